# stencil _GUARD_IS_FALSE_POP for x86_64-pc-windows-msvc: 79 code bytes, 24 data bytes, 8 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: 483b0500000000                 cmpq (%rip), %rax
        # hole +0xb: IMAGE_REL_AMD64_REL32 Rel32 data-4
     f: 750d                           jne 0xd
    11: 4983c5f8                       addq $-0x8, %r13
    15: 4883c438                       addq $0x38, %rsp
    19: e900000000                     jmp 0x0
        # hole +0x1a: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    1e: 488b0500000000                 movq (%rip), %rax
        # hole +0x21: IMAGE_REL_AMD64_REL32 Rel32 data+4
    25: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x28: IMAGE_REL_AMD64_REL32 Rel32 data+12
    2c: 4889442428                     movq %rax, 0x28(%rsp)
    31: 48894c2420                     movq %rcx, 0x20(%rsp)
    36: 4c89e1                         movq %r12, %rcx
    39: 4c89ea                         movq %r13, %rdx
    3c: 4d89f0                         movq %r14, %r8
    3f: 41b902000000                   movl $0x2, %r9d
    45: e800000000                     callq 0x0
        # hole +0x46: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    4a: 4883c438                       addq $0x38, %rsp
    4e: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
