# stencil _GUARD_BOTH_INT for x86_64-pc-windows-msvc: 76 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 41f645f001                     testb $0x1, -0x10(%r13)
     9: 7410                           je 0x10
     b: 41f645f801                     testb $0x1, -0x8(%r13)
    10: 7409                           je 0x9
    12: 4883c438                       addq $0x38, %rsp
    16: e900000000                     jmp 0x0
        # hole +0x17: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    1b: 488b0500000000                 movq (%rip), %rax
        # hole +0x1e: IMAGE_REL_AMD64_REL32 Rel32 data-4
    22: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x25: IMAGE_REL_AMD64_REL32 Rel32 data+4
    29: 4889442428                     movq %rax, 0x28(%rsp)
    2e: 48894c2420                     movq %rcx, 0x20(%rsp)
    33: 4c89e1                         movq %r12, %rcx
    36: 4c89ea                         movq %r13, %rdx
    39: 4d89f0                         movq %r14, %r8
    3c: 41b901000000                   movl $0x1, %r9d
    42: e800000000                     callq 0x0
        # hole +0x43: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    47: 4883c438                       addq $0x38, %rsp
    4b: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
