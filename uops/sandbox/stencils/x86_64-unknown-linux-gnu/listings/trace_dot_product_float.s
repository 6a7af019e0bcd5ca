# stencil dot_product_float for x86_64-unknown-linux-gnu: 2200 code bytes, 0 data bytes, 22 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5010                       movq 0x10(%rax), %r10
    11: 4c8b7018                       movq 0x18(%rax), %r14
    15: 4c8b7820                       movq 0x20(%rax), %r15
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41bb01000000                   movl $0x1, %r11d
    25: b901000000                     movl $0x1, %ecx
    2a: 41f6c701                       testb $0x1, %r15b
    2e: 7549                           jne 0x49
    30: 41837f0804                     cmpl $0x4, 0x8(%r15)
    35: 7542                           jne 0x42
    37: 488b38                         movq (%rax), %rdi
    3a: 4c8b4008                       movq 0x8(%rax), %r8
    3e: 498b4740                       movq 0x40(%r15), %rax
    42: 4d8b6f30                       movq 0x30(%r15), %r13
    46: 498b7738                       movq 0x38(%r15), %rsi
    4a: 4885c0                         testq %rax, %rax
    4d: 0f8e93000000                   jle 0x93
    53: 4939f5                         cmpq %rsi, %r13
    56: 0f8c93000000                   jl 0x93
    5c: b828000000                     movl $0x28, %eax
    61: 4889442408                     movq %rax, 0x8(%rsp)
    66: 41b914000000                   movl $0x14, %r9d
    6c: 41bb02000000                   movl $0x2, %r11d
    72: b902000000                     movl $0x2, %ecx
    77: eb0a                           jmp 0xa
    79: b828000000                     movl $0x28, %eax
    7e: 4889442408                     movq %rax, 0x8(%rsp)
    83: 31ed                           xorl %ebp, %ebp
    85: 4c89f3                         movq %r14, %rbx
    88: 4531c0                         xorl %r8d, %r8d
    8b: 31ff                           xorl %edi, %edi
    8d: 498b742418                     movq 0x18(%r12), %rsi
    92: 4989dd                         movq %rbx, %r13
    95: 4c39f3                         cmpq %r14, %rbx
    98: 7404                           je 0x4
    9a: 48895e18                       movq %rbx, 0x18(%rsi)
    9e: 4084ed                         testb %bpl, %bpl
    a1: 7424                           je 0x24
    a3: 4c895628                       movq %r10, 0x28(%rsi)
    a7: 488b442410                     movq 0x10(%rsp), %rax
    ac: 48894630                       movq %rax, 0x30(%rsi)
    b0: 4584c0                         testb %r8b, %r8b
    b3: 7412                           je 0x12
    b5: 488b442420                     movq 0x20(%rsp), %rax
    ba: 48894638                       movq %rax, 0x38(%rsi)
    be: 4084ff                         testb %dil, %dil
    c1: 7504                           jne 0x4
    c3: 4c896e40                       movq %r13, 0x40(%rsi)
    c7: 4803742408                     addq 0x8(%rsp), %rsi
    cc: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xce: R_X86_64_64 Abs64 index+0
    d6: 4d01d8                         addq %r11, %r8
    d9: 4c89e7                         movq %r12, %rdi
    dc: 4883c440                       addq $0x40, %rsp
    e0: 5d                             popq %rbp
    e1: e900000000                     jmp 0x0
        # hole +0xe2: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    e6: 4939f5                         cmpq %rsi, %r13
    e9: 0f8e6dffffff                   jle -0x93
    ef: 4c01e8                         addq %r13, %rax
    f2: 49894730                       movq %rax, 0x30(%r15)
    f6: 41f6c601                       testb $0x1, %r14b
    fa: 48897c2410                     movq %rdi, 0x10(%rsp)
    ff: 752d                           jne 0x2d
   101: 49ff0e                         decq (%r14)
   104: 7528                           jne 0x28
   106: 4c89f7                         movq %r14, %rdi
   109: 4889d3                         movq %rdx, %rbx
   10c: 4c89d5                         movq %r10, %rbp
   10f: 4c89442428                     movq %r8, 0x28(%rsp)
   114: e800000000                     callq 0x0
        # hole +0x115: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   119: 4c8b442428                     movq 0x28(%rsp), %r8
   11e: b901000000                     movl $0x1, %ecx
   123: 488b7c2410                     movq 0x10(%rsp), %rdi
   128: 4989ea                         movq %rbp, %r10
   12b: 4889da                         movq %rbx, %rdx
   12e: 41f6c201                       testb $0x1, %r10b
   132: 7503                           jne 0x3
   134: 49ff02                         incq (%r10)
   137: 4a8d1c6d01000000               leaq 0x1(,%r13,2), %rbx
   13f: b840000000                     movl $0x40, %eax
   144: 4889442408                     movq %rax, 0x8(%rsp)
   149: 40b501                         movb $0x1, %bpl
   14c: 41b950000000                   movl $0x50, %r9d
   152: 41bb08000000                   movl $0x8, %r11d
   158: 40f6c701                       testb $0x1, %dil
   15c: 754f                           jne 0x4f
   15e: 488b07                         movq (%rdi), %rax
   161: 48ffc0                         incq %rax
   164: 488907                         movq %rax, (%rdi)
   167: 837f0803                       cmpl $0x3, 0x8(%rdi)
   16b: 7540                           jne 0x40
   16d: 4d01ed                         addq %r13, %r13
   170: 49d1fd                         sarq %r13
   173: 7838                           js 0x38
   175: 4c3b6f30                       cmpq 0x30(%rdi), %r13
   179: 7d32                           jge 0x32
   17b: 488b7740                       movq 0x40(%rdi), %rsi
   17f: 4a8b34ee                       movq (%rsi,%r13,8), %rsi
   183: 4889742430                     movq %rsi, 0x30(%rsp)
   188: 40f6c601                       testb $0x1, %sil
   18c: 7429                           je 0x29
   18e: 48ffc8                         decq %rax
   191: 488907                         movq %rax, (%rdi)
   194: 7434                           je 0x34
   196: 41b96e000000                   movl $0x6e, %r9d
   19c: 41bb0b000000                   movl $0xb, %r11d
   1a2: 41f6c001                       testb $0x1, %r8b
   1a6: 746b                           je 0x6b
   1a8: e93e010000                     jmp 0x13e
   1ad: 48895c2420                     movq %rbx, 0x20(%rsp)
   1b2: e95c010000                     jmp 0x15c
   1b7: 488b442430                     movq 0x30(%rsp), %rax
   1bc: 48ff00                         incq (%rax)
   1bf: 488b07                         movq (%rdi), %rax
   1c2: 48ffc8                         decq %rax
   1c5: 488907                         movq %rax, (%rdi)
   1c8: 75cc                           jne -0x34
   1ca: 4c89742418                     movq %r14, 0x18(%rsp)
   1cf: 4889542420                     movq %rdx, 0x20(%rsp)
   1d4: 4d89d6                         movq %r10, %r14
   1d7: 4c89442428                     movq %r8, 0x28(%rsp)
   1dc: e800000000                     callq 0x0
        # hole +0x1dd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1e1: 4c8b442428                     movq 0x28(%rsp), %r8
   1e6: b901000000                     movl $0x1, %ecx
   1eb: 488b7c2410                     movq 0x10(%rsp), %rdi
   1f0: 4d89f2                         movq %r14, %r10
   1f3: 488b542420                     movq 0x20(%rsp), %rdx
   1f8: 4c8b742418                     movq 0x18(%rsp), %r14
   1fd: 41b96e000000                   movl $0x6e, %r9d
   203: 41bb0b000000                   movl $0xb, %r11d
   209: 41f6c001                       testb $0x1, %r8b
   20d: 0f85d8000000                   jne 0xd8
   213: 498b00                         movq (%r8), %rax
   216: 48ffc0                         incq %rax
   219: 498900                         movq %rax, (%r8)
   21c: 4183780803                     cmpl $0x3, 0x8(%r8)
   221: 0f85c4000000                   jne 0xc4
   227: 4d3b6830                       cmpq 0x30(%r8), %r13
   22b: 0f8dba000000                   jge 0xba
   231: 498b7040                       movq 0x40(%r8), %rsi
   235: 4a8b34ee                       movq (%rsi,%r13,8), %rsi
   239: 40f6c601                       testb $0x1, %sil
   23d: 7506                           jne 0x6
   23f: 48ff06                         incq (%rsi)
   242: 498b00                         movq (%r8), %rax
   245: 48ffc8                         decq %rax
   248: 498900                         movq %rax, (%r8)
   24b: 4889742420                     movq %rsi, 0x20(%rsp)
   250: 7537                           jne 0x37
   252: 4c89c7                         movq %r8, %rdi
   255: 4c89742418                     movq %r14, 0x18(%rsp)
   25a: 4989d6                         movq %rdx, %r14
   25d: 4d89d5                         movq %r10, %r13
   260: 4c89442428                     movq %r8, 0x28(%rsp)
   265: e800000000                     callq 0x0
        # hole +0x266: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   26a: 4c8b442428                     movq 0x28(%rsp), %r8
   26f: b901000000                     movl $0x1, %ecx
   274: 488b7c2410                     movq 0x10(%rsp), %rdi
   279: 4d89ea                         movq %r13, %r10
   27c: 488b742420                     movq 0x20(%rsp), %rsi
   281: 4c89f2                         movq %r14, %rdx
   284: 4c8b742418                     movq 0x18(%rsp), %r14
   289: 41b978000000                   movl $0x78, %r9d
   28f: 41bb0c000000                   movl $0xc, %r11d
   295: 488b442430                     movq 0x30(%rsp), %rax
   29a: a801                           testb $0x1, %al
   29c: 7570                           jne 0x70
   29e: 83780802                       cmpl $0x2, 0x8(%rax)
   2a2: 756a                           jne 0x6a
   2a4: 40f6c601                       testb $0x1, %sil
   2a8: 7564                           jne 0x64
   2aa: 837e0802                       cmpl $0x2, 0x8(%rsi)
   2ae: 755e                           jne 0x5e
   2b0: 4c89542438                     movq %r10, 0x38(%rsp)
   2b5: f20f104030                     movsd 0x30(%rax), %xmm0
   2ba: f20f594630                     mulsd 0x30(%rsi), %xmm0
   2bf: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   2c5: 48ff08                         decq (%rax)
   2c8: 4c89442428                     movq %r8, 0x28(%rsp)
   2cd: 744f                           je 0x4f
   2cf: 48ff0e                         decq (%rsi)
   2d2: 7472                           je 0x72
   2d4: 4889f9                         movq %rdi, %rcx
   2d7: 488b7c2438                     movq 0x38(%rsp), %rdi
   2dc: 40f6c701                       testb $0x1, %dil
   2e0: 0f8490000000                   je 0x90
   2e6: e924030000                     jmp 0x324
   2eb: 31ff                           xorl %edi, %edi
   2ed: 488b442430                     movq 0x30(%rsp), %rax
   2f2: 4889442410                     movq %rax, 0x10(%rsp)
   2f7: 4c89442420                     movq %r8, 0x20(%rsp)
   2fc: 41b001                         movb $0x1, %r8b
   2ff: b848000000                     movl $0x48, %eax
   304: 4889442408                     movq %rax, 0x8(%rsp)
   309: e97ffdffff                     jmp -0x281
   30e: 4889442410                     movq %rax, 0x10(%rsp)
   313: 41b001                         movb $0x1, %r8b
   316: 40b701                         movb $0x1, %dil
   319: e96ffdffff                     jmp -0x291
   31e: 4889c7                         movq %rax, %rdi
   321: 4d89f5                         movq %r14, %r13
   324: 4989d6                         movq %rdx, %r14
   327: e800000000                     callq 0x0
        # hole +0x328: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   32c: 4c8b442428                     movq 0x28(%rsp), %r8
   331: 488b7c2410                     movq 0x10(%rsp), %rdi
   336: 4c89f2                         movq %r14, %rdx
   339: 4d89ee                         movq %r13, %r14
   33c: 488b742420                     movq 0x20(%rsp), %rsi
   341: 48ff0e                         decq (%rsi)
   344: 758e                           jne -0x72
   346: 4889f7                         movq %rsi, %rdi
   349: 4d89f5                         movq %r14, %r13
   34c: 4989d6                         movq %rdx, %r14
   34f: e800000000                     callq 0x0
        # hole +0x350: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   354: 4c8b442428                     movq 0x28(%rsp), %r8
   359: 488b7c2410                     movq 0x10(%rsp), %rdi
   35e: 4c89f2                         movq %r14, %rdx
   361: 4d89ee                         movq %r13, %r14
   364: 4889f9                         movq %rdi, %rcx
   367: 488b7c2438                     movq 0x38(%rsp), %rdi
   36c: 40f6c701                       testb $0x1, %dil
   370: 0f8599020000                   jne 0x299
   376: 837f0802                       cmpl $0x2, 0x8(%rdi)
   37a: 0f858f020000                   jne 0x28f
   380: f20f10442408                   movsd 0x8(%rsp), %xmm0
   386: f20f584730                     addsd 0x30(%rdi), %xmm0
   38b: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   391: 488b07                         movq (%rdi), %rax
   394: 48ffc8                         decq %rax
   397: 488907                         movq %rax, (%rdi)
   39a: 7524                           jne 0x24
   39c: 4d89f5                         movq %r14, %r13
   39f: 4989d6                         movq %rdx, %r14
   3a2: 4c89c5                         movq %r8, %rbp
   3a5: e800000000                     callq 0x0
        # hole +0x3a6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3aa: 4989e8                         movq %rbp, %r8
   3ad: 488b4c2410                     movq 0x10(%rsp), %rcx
   3b2: 488b7c2438                     movq 0x38(%rsp), %rdi
   3b7: 4c89f2                         movq %r14, %rdx
   3ba: 4d89ee                         movq %r13, %r14
   3bd: 488b07                         movq (%rdi), %rax
   3c0: 48ffc8                         decq %rax
   3c3: 488907                         movq %rax, (%rdi)
   3c6: 751c                           jne 0x1c
   3c8: 4d89f5                         movq %r14, %r13
   3cb: 4989d6                         movq %rdx, %r14
   3ce: 4c89c5                         movq %r8, %rbp
   3d1: e800000000                     callq 0x0
        # hole +0x3d2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3d6: 4989e8                         movq %rbp, %r8
   3d9: 488b4c2410                     movq 0x10(%rsp), %rcx
   3de: 4c89f2                         movq %r14, %rdx
   3e1: 4d89ee                         movq %r13, %r14
   3e4: 488b4208                       movq 0x8(%rdx), %rax
   3e8: 48ffc0                         incq %rax
   3eb: 48894208                       movq %rax, 0x8(%rdx)
   3ef: 483b4210                       cmpq 0x10(%rdx), %rax
   3f3: 0f8d34030000                   jge 0x334
   3f9: 48833a00                       cmpq $0x0, (%rdx)
   3fd: 0f8531030000                   jne 0x331
   403: 41837f0804                     cmpl $0x4, 0x8(%r15)
   408: 0f8545020000                   jne 0x245
   40e: 4c89742418                     movq %r14, 0x18(%rsp)
   413: 4989dd                         movq %rbx, %r13
   416: 4889cf                         movq %rcx, %rdi
   419: 498b4740                       movq 0x40(%r15), %rax
   41d: 4d8b7730                       movq 0x30(%r15), %r14
   421: 498b4f38                       movq 0x38(%r15), %rcx
   425: 4885c0                         testq %rax, %rax
   428: 7e0a                           jle 0xa
   42a: 4939ce                         cmpq %rcx, %r14
   42d: 7c0e                           jl 0xe
   42f: e9b7020000                     jmp 0x2b7
   434: 4939ce                         cmpq %rcx, %r14
   437: 0f8eae020000                   jle 0x2ae
   43d: 4c01f0                         addq %r14, %rax
   440: 49894730                       movq %rax, 0x30(%r15)
   444: 4a8d1c7501000000               leaq 0x1(,%r14,2), %rbx
   44c: 488b07                         movq (%rdi), %rax
   44f: 48ffc0                         incq %rax
   452: 488907                         movq %rax, (%rdi)
   455: 837f0803                       cmpl $0x3, 0x8(%rdi)
   459: 0f8592030000                   jne 0x392
   45f: 4d01f6                         addq %r14, %r14
   462: 49d1fe                         sarq %r14
   465: 0f8886030000                   js 0x386
   46b: 4c3b7730                       cmpq 0x30(%rdi), %r14
   46f: 0f8d7c030000                   jge 0x37c
   475: 488b4f40                       movq 0x40(%rdi), %rcx
   479: 4a8b2cf1                       movq (%rcx,%r14,8), %rbp
   47d: 40f6c501                       testb $0x1, %bpl
   481: 7507                           jne 0x7
   483: 48ff4500                       incq (%rbp)
   487: 488b07                         movq (%rdi), %rax
   48a: 48ffc8                         decq %rax
   48d: 488907                         movq %rax, (%rdi)
   490: 7515                           jne 0x15
   492: 4989d5                         movq %rdx, %r13
   495: e800000000                     callq 0x0
        # hole +0x496: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   49a: 4c8b442428                     movq 0x28(%rsp), %r8
   49f: 488b7c2410                     movq 0x10(%rsp), %rdi
   4a4: 4c89ea                         movq %r13, %rdx
   4a7: 498b00                         movq (%r8), %rax
   4aa: 48ffc0                         incq %rax
   4ad: 498900                         movq %rax, (%r8)
   4b0: 4183780803                     cmpl $0x3, 0x8(%r8)
   4b5: 0f8569030000                   jne 0x369
   4bb: 4d3b7030                       cmpq 0x30(%r8), %r14
   4bf: 0f8d5f030000                   jge 0x35f
   4c5: 498b4840                       movq 0x40(%r8), %rcx
   4c9: 4e8b2cf1                       movq (%rcx,%r14,8), %r13
   4cd: 41f6c501                       testb $0x1, %r13b
   4d1: 7418                           je 0x18
   4d3: 48ffc8                         decq %rax
   4d6: 498900                         movq %rax, (%r8)
   4d9: 741f                           je 0x1f
   4db: 40f6c501                       testb $0x1, %bpl
   4df: 4c896c2420                     movq %r13, 0x20(%rsp)
   4e4: 743b                           je 0x3b
   4e6: e999010000                     jmp 0x199
   4eb: 49ff4500                       incq (%r13)
   4ef: 498b00                         movq (%r8), %rax
   4f2: 48ffc8                         decq %rax
   4f5: 498900                         movq %rax, (%r8)
   4f8: 75e1                           jne -0x1f
   4fa: 4c89c7                         movq %r8, %rdi
   4fd: 4989d6                         movq %rdx, %r14
   500: e800000000                     callq 0x0
        # hole +0x501: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   505: 4c8b442428                     movq 0x28(%rsp), %r8
   50a: 488b7c2410                     movq 0x10(%rsp), %rdi
   50f: 4c89f2                         movq %r14, %rdx
   512: 40f6c501                       testb $0x1, %bpl
   516: 4c896c2420                     movq %r13, 0x20(%rsp)
   51b: 0f8563010000                   jne 0x163
   521: 837d0802                       cmpl $0x2, 0x8(%rbp)
   525: 0f8559010000                   jne 0x159
   52b: 41f6c501                       testb $0x1, %r13b
   52f: 0f854f010000                   jne 0x14f
   535: 41837d0802                     cmpl $0x2, 0x8(%r13)
   53a: 0f8544010000                   jne 0x144
   540: f20f104d30                     movsd 0x30(%rbp), %xmm1
   545: f2410f594d30                   mulsd 0x30(%r13), %xmm1
   54b: 48ff4d00                       decq (%rbp)
   54f: 7525                           jne 0x25
   551: 4889ef                         movq %rbp, %rdi
   554: 4989d6                         movq %rdx, %r14
   557: 4c89c5                         movq %r8, %rbp
   55a: f20f114c2430                   movsd %xmm1, 0x30(%rsp)
   560: e800000000                     callq 0x0
        # hole +0x561: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   565: f20f104c2430                   movsd 0x30(%rsp), %xmm1
   56b: 4989e8                         movq %rbp, %r8
   56e: 488b7c2410                     movq 0x10(%rsp), %rdi
   573: 4c89f2                         movq %r14, %rdx
   576: 49ff4d00                       decq (%r13)
   57a: 7525                           jne 0x25
   57c: 4c89ef                         movq %r13, %rdi
   57f: 4989d6                         movq %rdx, %r14
   582: 4c89c5                         movq %r8, %rbp
   585: f20f114c2430                   movsd %xmm1, 0x30(%rsp)
   58b: e800000000                     callq 0x0
        # hole +0x58c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   590: f20f104c2430                   movsd 0x30(%rsp), %xmm1
   596: 4989e8                         movq %rbp, %r8
   599: 488b7c2410                     movq 0x10(%rsp), %rdi
   59e: 4c89f2                         movq %r14, %rdx
   5a1: f20f10442408                   movsd 0x8(%rsp), %xmm0
   5a7: f20f58c1                       addsd %xmm1, %xmm0
   5ab: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   5b1: 488b4208                       movq 0x8(%rdx), %rax
   5b5: 48ffc0                         incq %rax
   5b8: 48894208                       movq %rax, 0x8(%rdx)
   5bc: 483b4210                       cmpq 0x10(%rdx), %rax
   5c0: 0f8d62010000                   jge 0x162
   5c6: 48833a00                       cmpq $0x0, (%rdx)
   5ca: 0f85b5010000                   jne 0x1b5
   5d0: 41837f0804                     cmpl $0x4, 0x8(%r15)
   5d5: 4989dd                         movq %rbx, %r13
   5d8: 0f843bfeffff                   je -0x1c5
   5de: 4989d7                         movq %rdx, %r15
   5e1: 4889d7                         movq %rdx, %rdi
   5e4: f20f10442408                   movsd 0x8(%rsp), %xmm0
   5ea: e800000000                     callq 0x0
        # hole +0x5eb: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   5ef: b928000000                     movl $0x28, %ecx
   5f4: 48894c2408                     movq %rcx, 0x8(%rsp)
   5f9: 41b90a000000                   movl $0xa, %r9d
   5ff: 41bb01000000                   movl $0x1, %r11d
   605: b901000000                     movl $0x1, %ecx
   60a: e9a2010000                     jmp 0x1a2
   60f: 4889d7                         movq %rdx, %rdi
   612: f20f10442408                   movsd 0x8(%rsp), %xmm0
   618: 4d89f7                         movq %r14, %r15
   61b: 4989d6                         movq %rdx, %r14
   61e: e800000000                     callq 0x0
        # hole +0x61f: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   623: b901000000                     movl $0x1, %ecx
   628: 4c8b542438                     movq 0x38(%rsp), %r10
   62d: 4c89f2                         movq %r14, %rdx
   630: 4d89fe                         movq %r15, %r14
   633: 4889442410                     movq %rax, 0x10(%rsp)
   638: b838000000                     movl $0x38, %eax
   63d: 4889442408                     movq %rax, 0x8(%rsp)
   642: 41b98c000000                   movl $0x8c, %r9d
   648: 41bb0e000000                   movl $0xe, %r11d
   64e: e935faffff                     jmp -0x5cb
   653: 4989d7                         movq %rdx, %r15
   656: 4889d7                         movq %rdx, %rdi
   659: f20f10442408                   movsd 0x8(%rsp), %xmm0
   65f: e800000000                     callq 0x0
        # hole +0x660: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   664: b928000000                     movl $0x28, %ecx
   669: 48894c2408                     movq %rcx, 0x8(%rsp)
   66e: 41b90a000000                   movl $0xa, %r9d
   674: 41bb01000000                   movl $0x1, %r11d
   67a: b901000000                     movl $0x1, %ecx
   67f: e9dc000000                     jmp 0xdc
   684: 4989d7                         movq %rdx, %r15
   687: 4889d7                         movq %rdx, %rdi
   68a: f20f10442408                   movsd 0x8(%rsp), %xmm0
   690: e800000000                     callq 0x0
        # hole +0x691: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   695: b940000000                     movl $0x40, %ecx
   69a: 48894c2408                     movq %rcx, 0x8(%rsp)
   69f: 41b001                         movb $0x1, %r8b
   6a2: 41b978000000                   movl $0x78, %r9d
   6a8: 41bb0c000000                   movl $0xc, %r11d
   6ae: 4885c0                         testq %rax, %rax
   6b1: 7504                           jne 0x4
   6b3: 31c0                           xorl %eax, %eax
   6b5: eb07                           jmp 0x7
   6b7: 48c70002000000                 movq $0x2, (%rax)
   6be: 48896c2410                     movq %rbp, 0x10(%rsp)
   6c3: 4989dd                         movq %rbx, %r13
   6c6: 40b701                         movb $0x1, %dil
   6c9: 4c8b742418                     movq 0x18(%rsp), %r14
   6ce: b901000000                     movl $0x1, %ecx
   6d3: 498b742418                     movq 0x18(%r12), %rsi
   6d8: 4c8b542438                     movq 0x38(%rsp), %r10
   6dd: 4c39d0                         cmpq %r10, %rax
   6e0: 0f849a000000                   je 0x9a
   6e6: e9eb000000                     jmp 0xeb
   6eb: 4989d7                         movq %rdx, %r15
   6ee: 4889d7                         movq %rdx, %rdi
   6f1: f20f10442408                   movsd 0x8(%rsp), %xmm0
   6f7: e800000000                     callq 0x0
        # hole +0x6f8: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   6fc: b928000000                     movl $0x28, %ecx
   701: 48894c2408                     movq %rcx, 0x8(%rsp)
   706: 41b914000000                   movl $0x14, %r9d
   70c: 41bb02000000                   movl $0x2, %r11d
   712: b902000000                     movl $0x2, %ecx
   717: 48c744241000000000             movq $0x0, 0x10(%rsp)
   720: 4c89eb                         movq %r13, %rbx
   723: e995000000                     jmp 0x95
   728: 4c8b742418                     movq 0x18(%rsp), %r14
   72d: 48c70201000000                 movq $0x1, (%rdx)
   734: 4989d7                         movq %rdx, %r15
   737: 4889d7                         movq %rdx, %rdi
   73a: f20f10442408                   movsd 0x8(%rsp), %xmm0
   740: e800000000                     callq 0x0
        # hole +0x741: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   745: b928000000                     movl $0x28, %ecx
   74a: 48894c2408                     movq %rcx, 0x8(%rsp)
   74f: 41b9aa000000                   movl $0xaa, %r9d
   755: 41bb11000000                   movl $0x11, %r11d
   75b: b902000000                     movl $0x2, %ecx
   760: 48c744241000000000             movq $0x0, 0x10(%rsp)
   769: 4989dd                         movq %rbx, %r13
   76c: 4531c0                         xorl %r8d, %r8d
   76f: 31ff                           xorl %edi, %edi
   771: 498b742418                     movq 0x18(%r12), %rsi
   776: 4c8b542438                     movq 0x38(%rsp), %r10
   77b: 4c39d0                         cmpq %r10, %rax
   77e: 7556                           jne 0x56
   780: 4489c5                         movl %r8d, %ebp
   783: eb5b                           jmp 0x5b
   785: 4989d7                         movq %rdx, %r15
   788: 4889d7                         movq %rdx, %rdi
   78b: f20f10442408                   movsd 0x8(%rsp), %xmm0
   791: e800000000                     callq 0x0
        # hole +0x792: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   796: b928000000                     movl $0x28, %ecx
   79b: 48894c2408                     movq %rcx, 0x8(%rsp)
   7a0: 41b9aa000000                   movl $0xaa, %r9d
   7a6: 41bb11000000                   movl $0x11, %r11d
   7ac: b902000000                     movl $0x2, %ecx
   7b1: 48c744241000000000             movq $0x0, 0x10(%rsp)
   7ba: 4989dd                         movq %rbx, %r13
   7bd: 4531c0                         xorl %r8d, %r8d
   7c0: 31ff                           xorl %edi, %edi
   7c2: 4c8b742418                     movq 0x18(%rsp), %r14
   7c7: 498b742418                     movq 0x18(%r12), %rsi
   7cc: 4c8b542438                     movq 0x38(%rsp), %r10
   7d1: 4c39d0                         cmpq %r10, %rax
   7d4: 74aa                           je -0x56
   7d6: 48894610                       movq %rax, 0x10(%rsi)
   7da: 4489c5                         movl %r8d, %ebp
   7dd: 4989c2                         movq %rax, %r10
   7e0: 4c89fa                         movq %r15, %rdx
   7e3: 4c39f3                         cmpq %r14, %rbx
   7e6: 0f85aef8ffff                   jne -0x752
   7ec: e9adf8ffff                     jmp -0x753
   7f1: 4989d7                         movq %rdx, %r15
   7f4: 4889d7                         movq %rdx, %rdi
   7f7: f20f10442408                   movsd 0x8(%rsp), %xmm0
   7fd: e800000000                     callq 0x0
        # hole +0x7fe: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   802: b940000000                     movl $0x40, %ecx
   807: 48894c2408                     movq %rcx, 0x8(%rsp)
   80c: 41b001                         movb $0x1, %r8b
   80f: 41b950000000                   movl $0x50, %r9d
   815: 41bb08000000                   movl $0x8, %r11d
   81b: 4885c0                         testq %rax, %rax
   81e: 754c                           jne 0x4c
   820: 31c0                           xorl %eax, %eax
   822: eb4f                           jmp 0x4f
   824: 4d89c6                         movq %r8, %r14
   827: 4989d7                         movq %rdx, %r15
   82a: 4889d7                         movq %rdx, %rdi
   82d: f20f10442408                   movsd 0x8(%rsp), %xmm0
   833: e800000000                     callq 0x0
        # hole +0x834: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   838: b948000000                     movl $0x48, %ecx
   83d: 48894c2408                     movq %rcx, 0x8(%rsp)
   842: 41b001                         movb $0x1, %r8b
   845: 41b96e000000                   movl $0x6e, %r9d
   84b: 41bb0b000000                   movl $0xb, %r11d
   851: 4885c0                         testq %rax, %rax
   854: 7527                           jne 0x27
   856: 31c0                           xorl %eax, %eax
   858: 48896c2410                     movq %rbp, 0x10(%rsp)
   85d: 4c89742420                     movq %r14, 0x20(%rsp)
   862: 4989dd                         movq %rbx, %r13
   865: 31ff                           xorl %edi, %edi
   867: e95dfeffff                     jmp -0x1a3
   86c: 48c70002000000                 movq $0x2, (%rax)
   873: 48895c2420                     movq %rbx, 0x20(%rsp)
   878: e949feffff                     jmp -0x1b7
   87d: 48c70002000000                 movq $0x2, (%rax)
   884: 31ff                           xorl %edi, %edi
   886: 48896c2410                     movq %rbp, 0x10(%rsp)
   88b: 4c89742420                     movq %r14, 0x20(%rsp)
   890: 4989dd                         movq %rbx, %r13
   893: e931feffff                     jmp -0x1cf
