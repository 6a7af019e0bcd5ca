# stencil _GUARD_BOTH_FLOAT for x86_64-pc-windows-msvc: 90 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f0                       movq -0x10(%r13), %rax
     8: a801                           testb $0x1, %al
     a: 751d                           jne 0x1d
     c: 83780802                       cmpl $0x2, 0x8(%rax)
    10: 7517                           jne 0x17
    12: 498b45f8                       movq -0x8(%r13), %rax
    16: a801                           testb $0x1, %al
    18: 750f                           jne 0xf
    1a: 83780802                       cmpl $0x2, 0x8(%rax)
    1e: 7509                           jne 0x9
    20: 4883c438                       addq $0x38, %rsp
    24: e900000000                     jmp 0x0
        # hole +0x25: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    29: 488b0500000000                 movq (%rip), %rax
        # hole +0x2c: IMAGE_REL_AMD64_REL32 Rel32 data-4
    30: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x33: IMAGE_REL_AMD64_REL32 Rel32 data+4
    37: 4889442428                     movq %rax, 0x28(%rsp)
    3c: 48894c2420                     movq %rcx, 0x20(%rsp)
    41: 4c89e1                         movq %r12, %rcx
    44: 4c89ea                         movq %r13, %rdx
    47: 4d89f0                         movq %r14, %r8
    4a: 41b901000000                   movl $0x1, %r9d
    50: e800000000                     callq 0x0
        # hole +0x51: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    55: 4883c438                       addq $0x38, %rsp
    59: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
