# stencil _DEOPT for x86_64-pc-windows-msvc: 53 code bytes, 16 data bytes, 5 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 4d89f0                         movq %r14, %r8
     7: 4c89ea                         movq %r13, %rdx
     a: 4c89e1                         movq %r12, %rcx
     d: 488b0500000000                 movq (%rip), %rax
        # hole +0x10: IMAGE_REL_AMD64_REL32 Rel32 data-4
    14: 488b3500000000                 movq (%rip), %rsi
        # hole +0x17: IMAGE_REL_AMD64_REL32 Rel32 data+4
    1b: 4889442428                     movq %rax, 0x28(%rsp)
    20: 4889742420                     movq %rsi, 0x20(%rsp)
    25: 41b901000000                   movl $0x1, %r9d
    2b: e800000000                     callq 0x0
        # hole +0x2c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    30: 4883c438                       addq $0x38, %rsp
    34: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
