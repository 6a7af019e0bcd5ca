# stencil _COMPARE_OP_FLOAT for x86_64-pc-windows-msvc: 217 code bytes, 24 data bytes, 10 holes
     0: 4883ec28                       subq $0x28, %rsp
     4: 488b0500000000                 movq (%rip), %rax
        # hole +0x7: IMAGE_REL_AMD64_REL32 Rel32 data-4
     b: 498b4df0                       movq -0x10(%r13), %rcx
     f: 498b75f8                       movq -0x8(%r13), %rsi
    13: f20f104130                     movsd 0x30(%rcx), %xmm0
    18: f20f104e30                     movsd 0x30(%rsi), %xmm1
    1d: 4883f801                       cmpq $0x1, %rax
    21: 7e1c                           jle 0x1c
    23: 4883f802                       cmpq $0x2, %rax
    27: 7427                           je 0x27
    29: 4883f803                       cmpq $0x3, %rax
    2d: 7428                           je 0x28
    2f: 4883f804                       cmpq $0x4, %rax
    33: 753b                           jne 0x3b
    35: 660f2ec1                       ucomisd %xmm1, %xmm0
    39: 400f97c7                       seta %dil
    3d: eb39                           jmp 0x39
    3f: 4885c0                         testq %rax, %rax
    42: 7422                           je 0x22
    44: 4883f801                       cmpq $0x1, %rax
    48: 7526                           jne 0x26
    4a: 660f2ec8                       ucomisd %xmm0, %xmm1
    4e: eb24                           jmp 0x24
    50: f20fc2c100                     cmpeqsd %xmm1, %xmm0
    55: eb05                           jmp 0x5
    57: f20fc2c104                     cmpneqsd %xmm1, %xmm0
    5c: 66480f7ec7                     movq %xmm0, %rdi
    61: 83e701                         andl $0x1, %edi
    64: eb12                           jmp 0x12
    66: 660f2ec8                       ucomisd %xmm0, %xmm1
    6a: 400f97c7                       seta %dil
    6e: eb08                           jmp 0x8
    70: 660f2ec1                       ucomisd %xmm1, %xmm0
    74: 400f93c7                       setae %dil
    78: f6c101                         testb $0x1, %cl
    7b: 7505                           jne 0x5
    7d: 48ff09                         decq (%rcx)
    80: 7415                           je 0x15
    82: 40f6c601                       testb $0x1, %sil
    86: 751a                           jne 0x1a
    88: 48ff0e                         decq (%rsi)
    8b: 7515                           jne 0x15
    8d: 4889f1                         movq %rsi, %rcx
    90: e800000000                     callq 0x0
        # hole +0x91: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    95: eb0b                           jmp 0xb
    97: e800000000                     callq 0x0
        # hole +0x98: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    9c: 40f6c601                       testb $0x1, %sil
    a0: 74e6                           je -0x1a
    a2: 498d45f8                       leaq -0x8(%r13), %rax
    a6: 4084ff                         testb %dil, %dil
    a9: 7417                           je 0x17
    ab: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xae: IMAGE_REL_AMD64_REL32 Rel32 data+4
    b2: 49894df0                       movq %rcx, -0x10(%r13)
    b6: 4989c5                         movq %rax, %r13
    b9: 4883c428                       addq $0x28, %rsp
    bd: e900000000                     jmp 0x0
        # hole +0xbe: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    c2: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xc5: IMAGE_REL_AMD64_REL32 Rel32 data+12
    c9: 49894df0                       movq %rcx, -0x10(%r13)
    cd: 4989c5                         movq %rax, %r13
    d0: 4883c428                       addq $0x28, %rsp
    d4: e900000000                     jmp 0x0
        # hole +0xd5: IMAGE_REL_AMD64_REL32 Rel32 continue-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
