# stencil _EXIT_TRACE for x86_64-pc-windows-msvc: 49 code bytes, 0 data bytes, 3 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 4d89f0                         movq %r14, %r8
     7: 4c89ea                         movq %r13, %rdx
     a: 4c89e1                         movq %r12, %rcx
     d: b800000000                     movl $0x0, %eax
        # hole +0xe: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    12: be00000000                     movl $0x0, %esi
        # hole +0x13: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    17: 4889442428                     movq %rax, 0x28(%rsp)
    1c: 4889742420                     movq %rsi, 0x20(%rsp)
    21: 41b902000000                   movl $0x2, %r9d
    27: e800000000                     callq 0x0
        # hole +0x28: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    2c: 4883c438                       addq $0x38, %rsp
    30: c3                             retq
