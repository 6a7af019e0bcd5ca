# stencil _CHECK_EVAL_BREAKER for x86_64-pc-windows-msvc: 64 code bytes, 0 data bytes, 4 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 49833e00                       cmpq $0x0, (%r14)
     8: 7509                           jne 0x9
     a: 4883c438                       addq $0x38, %rsp
     e: e900000000                     jmp 0x0
        # hole +0xf: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    13: b800000000                     movl $0x0, %eax
        # hole +0x14: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    18: b900000000                     movl $0x0, %ecx
        # hole +0x19: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    1d: 4889442428                     movq %rax, 0x28(%rsp)
    22: 48894c2420                     movq %rcx, 0x20(%rsp)
    27: 4c89e1                         movq %r12, %rcx
    2a: 4c89ea                         movq %r13, %rdx
    2d: 4d89f0                         movq %r14, %r8
    30: 41b902000000                   movl $0x2, %r9d
    36: e800000000                     callq 0x0
        # hole +0x37: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    3b: 4883c438                       addq $0x38, %rsp
    3f: c3                             retq
