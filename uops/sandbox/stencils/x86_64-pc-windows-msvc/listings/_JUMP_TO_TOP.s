# stencil _JUMP_TO_TOP for x86_64-pc-windows-msvc: 88 code bytes, 0 data bytes, 4 holes
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
    2b: b800000000                     movl $0x0, %eax
        # hole +0x2c: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    30: b900000000                     movl $0x0, %ecx
        # hole +0x31: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    35: 4889442428                     movq %rax, 0x28(%rsp)
    3a: 48894c2420                     movq %rcx, 0x20(%rsp)
    3f: 4c89e1                         movq %r12, %rcx
    42: 4c89ea                         movq %r13, %rdx
    45: 4d89f0                         movq %r14, %r8
    48: 41b902000000                   movl $0x2, %r9d
    4e: e800000000                     callq 0x0
        # hole +0x4f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    53: 4883c438                       addq $0x38, %rsp
    57: c3                             retq
