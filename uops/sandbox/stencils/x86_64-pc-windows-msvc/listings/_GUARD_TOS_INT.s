# stencil _GUARD_TOS_INT for x86_64-pc-windows-msvc: 69 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 41f645f801                     testb $0x1, -0x8(%r13)
     9: 7409                           je 0x9
     b: 4883c438                       addq $0x38, %rsp
     f: e900000000                     jmp 0x0
        # hole +0x10: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    14: 488b0500000000                 movq (%rip), %rax
        # hole +0x17: IMAGE_REL_AMD64_REL32 Rel32 data-4
    1b: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x1e: IMAGE_REL_AMD64_REL32 Rel32 data+4
    22: 4889442428                     movq %rax, 0x28(%rsp)
    27: 48894c2420                     movq %rcx, 0x20(%rsp)
    2c: 4c89e1                         movq %r12, %rcx
    2f: 4c89ea                         movq %r13, %rdx
    32: 4d89f0                         movq %r14, %r8
    35: 41b901000000                   movl $0x1, %r9d
    3b: e800000000                     callq 0x0
        # hole +0x3c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    40: 4883c438                       addq $0x38, %rsp
    44: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
