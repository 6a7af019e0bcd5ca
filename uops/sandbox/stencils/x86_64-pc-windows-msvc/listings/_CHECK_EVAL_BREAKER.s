# stencil _CHECK_EVAL_BREAKER for x86_64-pc-windows-msvc: 68 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 49833e00                       cmpq $0x0, (%r14)
     8: 7509                           jne 0x9
     a: 4883c438                       addq $0x38, %rsp
     e: e900000000                     jmp 0x0
        # hole +0xf: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    13: 488b0500000000                 movq (%rip), %rax
        # hole +0x16: IMAGE_REL_AMD64_REL32 Rel32 data-4
    1a: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x1d: IMAGE_REL_AMD64_REL32 Rel32 data+4
    21: 4889442428                     movq %rax, 0x28(%rsp)
    26: 48894c2420                     movq %rcx, 0x20(%rsp)
    2b: 4c89e1                         movq %r12, %rcx
    2e: 4c89ea                         movq %r13, %rdx
    31: 4d89f0                         movq %r14, %r8
    34: 41b902000000                   movl $0x2, %r9d
    3a: e800000000                     callq 0x0
        # hole +0x3b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    3f: 4883c438                       addq $0x38, %rsp
    43: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
