# stencil _JUMP_TO_TOP for x86_64-pc-windows-msvc: 92 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4608                       movq 0x8(%r14), %rax
     8: 48ffc0                         incq %rax
     b: 49894608                       movq %rax, 0x8(%r14)
     f: 493b4610                       cmpq 0x10(%r14), %rax
    13: 7d0f                           jge 0xf
    15: 49833e00                       cmpq $0x0, (%r14)
    19: 7510                           jne 0x10
    1b: 4883c438                       addq $0x38, %rsp
    1f: e900000000                     jmp 0x0
        # hole +0x20: IMAGE_REL_AMD64_REL32 Rel32 jump_target-4
    24: 49c70601000000                 movq $0x1, (%r14)
    2b: 488b0500000000                 movq (%rip), %rax
        # hole +0x2e: IMAGE_REL_AMD64_REL32 Rel32 data-4
    32: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x35: IMAGE_REL_AMD64_REL32 Rel32 data+4
    39: 4889442428                     movq %rax, 0x28(%rsp)
    3e: 48894c2420                     movq %rcx, 0x20(%rsp)
    43: 4c89e1                         movq %r12, %rcx
    46: 4c89ea                         movq %r13, %rdx
    49: 4d89f0                         movq %r14, %r8
    4c: 41b902000000                   movl $0x2, %r9d
    52: e800000000                     callq 0x0
        # hole +0x53: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    57: 4883c438                       addq $0x38, %rsp
    5b: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
