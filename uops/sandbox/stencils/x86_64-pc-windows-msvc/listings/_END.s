# stencil _END for x86_64-pc-windows-msvc: 34 code bytes, 0 data bytes, 1 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 4d89f0                         movq %r14, %r8
     7: 4c89ea                         movq %r13, %rdx
     a: 4c89e1                         movq %r12, %rcx
     d: 0f57c0                         xorps %xmm0, %xmm0
    10: 0f11442420                     movups %xmm0, 0x20(%rsp)
    15: 4531c9                         xorl %r9d, %r9d
    18: e800000000                     callq 0x0
        # hole +0x19: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    1d: 4883c438                       addq $0x38, %rsp
    21: c3                             retq
