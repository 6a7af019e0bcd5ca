# stencil _GUARD_TYPE_VERSION for x86_64-pc-windows-msvc: 87 code bytes, 0 data bytes, 5 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: a801                           testb $0x1, %al
     a: 751e                           jne 0x1e
     c: 83780807                       cmpl $0x7, 0x8(%rax)
    10: 7518                           jne 0x18
    12: b900000000                     movl $0x0, %ecx
        # hole +0x13: IMAGE_REL_AMD64_ADDR32 Abs32 operand0+0
    17: 488b4030                       movq 0x30(%rax), %rax
    1b: 48394830                       cmpq %rcx, 0x30(%rax)
    1f: 7509                           jne 0x9
    21: 4883c438                       addq $0x38, %rsp
    25: e900000000                     jmp 0x0
        # hole +0x26: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    2a: b800000000                     movl $0x0, %eax
        # hole +0x2b: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    2f: b900000000                     movl $0x0, %ecx
        # hole +0x30: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    34: 4889442428                     movq %rax, 0x28(%rsp)
    39: 48894c2420                     movq %rcx, 0x20(%rsp)
    3e: 4c89e1                         movq %r12, %rcx
    41: 4c89ea                         movq %r13, %rdx
    44: 4d89f0                         movq %r14, %r8
    47: 41b901000000                   movl $0x1, %r9d
    4d: e800000000                     callq 0x0
        # hole +0x4e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    52: 4883c438                       addq $0x38, %rsp
    56: c3                             retq
