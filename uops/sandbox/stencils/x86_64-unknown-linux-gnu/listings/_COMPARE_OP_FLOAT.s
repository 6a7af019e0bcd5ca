# stencil _COMPARE_OP_FLOAT for x86_64-unknown-linux-gnu: 209 code bytes, 0 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x3: R_X86_64_64 Abs64 oparg+0
     b: 498b7df0                       movq -0x10(%r13), %rdi
     f: 498b5df8                       movq -0x8(%r13), %rbx
    13: f20f104730                     movsd 0x30(%rdi), %xmm0
    18: f20f104b30                     movsd 0x30(%rbx), %xmm1
    1d: 4883f801                       cmpq $0x1, %rax
    21: 7e1c                           jle 0x1c
    23: 4883f802                       cmpq $0x2, %rax
    27: 7427                           je 0x27
    29: 4883f803                       cmpq $0x3, %rax
    2d: 7428                           je 0x28
    2f: 4883f804                       cmpq $0x4, %rax
    33: 753b                           jne 0x3b
    35: 660f2ec1                       ucomisd %xmm1, %xmm0
    39: 400f97c5                       seta %bpl
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
    5c: 66480f7ec5                     movq %xmm0, %rbp
    61: 83e501                         andl $0x1, %ebp
    64: eb12                           jmp 0x12
    66: 660f2ec8                       ucomisd %xmm0, %xmm1
    6a: 400f97c5                       seta %bpl
    6e: eb08                           jmp 0x8
    70: 660f2ec1                       ucomisd %xmm1, %xmm0
    74: 400f93c5                       setae %bpl
    78: 40f6c701                       testb $0x1, %dil
    7c: 7505                           jne 0x5
    7e: 48ff0f                         decq (%rdi)
    81: 7418                           je 0x18
    83: 4d8d7df8                       leaq -0x8(%r13), %r15
    87: f6c301                         testb $0x1, %bl
    8a: 751d                           jne 0x1d
    8c: 48ff0b                         decq (%rbx)
    8f: 7518                           jne 0x18
    91: 4889df                         movq %rbx, %rdi
    94: e800000000                     callq 0x0
        # hole +0x95: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    99: eb0e                           jmp 0xe
    9b: e800000000                     callq 0x0
        # hole +0x9c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    a0: 4d8d7df8                       leaq -0x8(%r13), %r15
    a4: f6c301                         testb $0x1, %bl
    a7: 74e3                           je -0x1d
    a9: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0xab: R_X86_64_64 Abs64 symbol:tf_True+0
    b3: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0xb5: R_X86_64_64 Abs64 symbol:tf_False+0
    bd: 4084ed                         testb %bpl, %bpl
    c0: 480f45c8                       cmovneq %rax, %rcx
    c4: 49894df0                       movq %rcx, -0x10(%r13)
    c8: 4d89fd                         movq %r15, %r13
    cb: 5d                             popq %rbp
    cc: e900000000                     jmp 0x0
        # hole +0xcd: R_X86_64_PLT32 Rel32 continue-4
