# stencil _GUARD_BOTH_FLOAT for x86_64-pc-windows-msvc: 86 code bytes, 0 data bytes, 4 holes
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
    29: b800000000                     movl $0x0, %eax
        # hole +0x2a: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    2e: b900000000                     movl $0x0, %ecx
        # hole +0x2f: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    33: 4889442428                     movq %rax, 0x28(%rsp)
    38: 48894c2420                     movq %rcx, 0x20(%rsp)
    3d: 4c89e1                         movq %r12, %rcx
    40: 4c89ea                         movq %r13, %rdx
    43: 4d89f0                         movq %r14, %r8
    46: 41b901000000                   movl $0x1, %r9d
    4c: e800000000                     callq 0x0
        # hole +0x4d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    51: 4883c438                       addq $0x38, %rsp
    55: c3                             retq
