# stencil _GUARD_TYPE_VERSION for x86_64-pc-windows-msvc: 93 code bytes, 24 data bytes, 8 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: a801                           testb $0x1, %al
     a: 7520                           jne 0x20
     c: 83780807                       cmpl $0x7, 0x8(%rax)
    10: 751a                           jne 0x1a
    12: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x15: IMAGE_REL_AMD64_REL32 Rel32 data-4
    19: 488b4030                       movq 0x30(%rax), %rax
    1d: 48394830                       cmpq %rcx, 0x30(%rax)
    21: 7509                           jne 0x9
    23: 4883c438                       addq $0x38, %rsp
    27: e900000000                     jmp 0x0
        # hole +0x28: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    2c: 488b0500000000                 movq (%rip), %rax
        # hole +0x2f: IMAGE_REL_AMD64_REL32 Rel32 data+4
    33: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x36: IMAGE_REL_AMD64_REL32 Rel32 data+12
    3a: 4889442428                     movq %rax, 0x28(%rsp)
    3f: 48894c2420                     movq %rcx, 0x20(%rsp)
    44: 4c89e1                         movq %r12, %rcx
    47: 4c89ea                         movq %r13, %rdx
    4a: 4d89f0                         movq %r14, %r8
    4d: 41b901000000                   movl $0x1, %r9d
    53: e800000000                     callq 0x0
        # hole +0x54: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    58: 4883c438                       addq $0x38, %rsp
    5c: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
