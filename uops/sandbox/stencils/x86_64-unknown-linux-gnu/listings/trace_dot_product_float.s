# stencil dot_product_float for x86_64-unknown-linux-gnu: 2012 code bytes, 0 data bytes, 20 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5810                       movq 0x10(%rax), %r11
    11: 4c8b5018                       movq 0x18(%rax), %r10
    15: 4c8b7820                       movq 0x20(%rax), %r15
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41be01000000                   movl $0x1, %r14d
    25: 41f6c701                       testb $0x1, %r15b
    29: 7553                           jne 0x53
    2b: 41837f0804                     cmpl $0x4, 0x8(%r15)
    30: 754c                           jne 0x4c
    32: 488b38                         movq (%rax), %rdi
    35: 4c8b4008                       movq 0x8(%rax), %r8
    39: 498b4740                       movq 0x40(%r15), %rax
    3d: 498b6f30                       movq 0x30(%r15), %rbp
    41: 498b4f38                       movq 0x38(%r15), %rcx
    45: 4885c0                         testq %rax, %rax
    48: 0f8ea1000000                   jle 0xa1
    4e: 4839cd                         cmpq %rcx, %rbp
    51: 0f8ca1000000                   jl 0xa1
    57: b828000000                     movl $0x28, %eax
    5c: 48890424                       movq %rax, (%rsp)
    60: 41b914000000                   movl $0x14, %r9d
    66: 41be02000000                   movl $0x2, %r14d
    6c: b902000000                     movl $0x2, %ecx
    71: 4531ed                         xorl %r13d, %r13d
    74: 4c89d3                         movq %r10, %rbx
    77: 4531c0                         xorl %r8d, %r8d
    7a: 31ff                           xorl %edi, %edi
    7c: eb19                           jmp 0x19
    7e: b828000000                     movl $0x28, %eax
    83: 48890424                       movq %rax, (%rsp)
    87: 4531ed                         xorl %r13d, %r13d
    8a: 4c89d3                         movq %r10, %rbx
    8d: 4531c0                         xorl %r8d, %r8d
    90: 31ff                           xorl %edi, %edi
    92: b901000000                     movl $0x1, %ecx
    97: 498b742418                     movq 0x18(%r12), %rsi
    9c: 4889dd                         movq %rbx, %rbp
    9f: 4c39d3                         cmpq %r10, %rbx
    a2: 7404                           je 0x4
    a4: 48895e18                       movq %rbx, 0x18(%rsi)
    a8: 4584ed                         testb %r13b, %r13b
    ab: 7424                           je 0x24
    ad: 4c895e28                       movq %r11, 0x28(%rsi)
    b1: 488b442408                     movq 0x8(%rsp), %rax
    b6: 48894630                       movq %rax, 0x30(%rsi)
    ba: 4584c0                         testb %r8b, %r8b
    bd: 7412                           je 0x12
    bf: 488b442410                     movq 0x10(%rsp), %rax
    c4: 48894638                       movq %rax, 0x38(%rsi)
    c8: 4084ff                         testb %dil, %dil
    cb: 7504                           jne 0x4
    cd: 48896e40                       movq %rbp, 0x40(%rsi)
    d1: 48033424                       addq (%rsp), %rsi
    d5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xd7: R_X86_64_64 Abs64 index+0
    df: 4d01f0                         addq %r14, %r8
    e2: 4c89e7                         movq %r12, %rdi
    e5: 4883c440                       addq $0x40, %rsp
    e9: 5d                             popq %rbp
    ea: e900000000                     jmp 0x0
        # hole +0xeb: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    ef: 4839cd                         cmpq %rcx, %rbp
    f2: 0f8e5fffffff                   jle -0xa1
    f8: 4801e8                         addq %rbp, %rax
    fb: 49894730                       movq %rax, 0x30(%r15)
    ff: 41f6c201                       testb $0x1, %r10b
   103: 48897c2408                     movq %rdi, 0x8(%rsp)
   108: 752e                           jne 0x2e
   10a: 49ff0a                         decq (%r10)
   10d: 7529                           jne 0x29
   10f: 4c89d7                         movq %r10, %rdi
   112: 4889d3                         movq %rdx, %rbx
   115: 4d89d6                         movq %r10, %r14
   118: 4d89dd                         movq %r11, %r13
   11b: 4c89442428                     movq %r8, 0x28(%rsp)
   120: e800000000                     callq 0x0
        # hole +0x121: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   125: 4c8b442428                     movq 0x28(%rsp), %r8
   12a: 488b7c2408                     movq 0x8(%rsp), %rdi
   12f: 4d89eb                         movq %r13, %r11
   132: 4d89f2                         movq %r14, %r10
   135: 4889da                         movq %rbx, %rdx
   138: 41f6c301                       testb $0x1, %r11b
   13c: 7503                           jne 0x3
   13e: 49ff03                         incq (%r11)
   141: 488d1c6d01000000               leaq 0x1(,%rbp,2), %rbx
   149: b840000000                     movl $0x40, %eax
   14e: 48890424                       movq %rax, (%rsp)
   152: 41b501                         movb $0x1, %r13b
   155: 41b950000000                   movl $0x50, %r9d
   15b: 41be08000000                   movl $0x8, %r14d
   161: 40f6c701                       testb $0x1, %dil
   165: 7549                           jne 0x49
   167: 488b07                         movq (%rdi), %rax
   16a: 48ffc0                         incq %rax
   16d: 488907                         movq %rax, (%rdi)
   170: 837f0803                       cmpl $0x3, 0x8(%rdi)
   174: 753a                           jne 0x3a
   176: 4801ed                         addq %rbp, %rbp
   179: 48d1fd                         sarq %rbp
   17c: 7832                           js 0x32
   17e: 483b6f30                       cmpq 0x30(%rdi), %rbp
   182: 7d2c                           jge 0x2c
   184: 488b4f40                       movq 0x40(%rdi), %rcx
   188: 488b0ce9                       movq (%rcx,%rbp,8), %rcx
   18c: f6c101                         testb $0x1, %cl
   18f: 7429                           je 0x29
   191: 48ffc8                         decq %rax
   194: 488907                         movq %rax, (%rdi)
   197: 742f                           je 0x2f
   199: 41b96e000000                   movl $0x6e, %r9d
   19f: 41be0b000000                   movl $0xb, %r14d
   1a5: 41f6c001                       testb $0x1, %r8b
   1a9: 746b                           je 0x6b
   1ab: e93d010000                     jmp 0x13d
   1b0: 48895c2410                     movq %rbx, 0x10(%rsp)
   1b5: e955010000                     jmp 0x155
   1ba: 48ff01                         incq (%rcx)
   1bd: 488b07                         movq (%rdi), %rax
   1c0: 48ffc8                         decq %rax
   1c3: 488907                         movq %rax, (%rdi)
   1c6: 75d1                           jne -0x2f
   1c8: 4889542418                     movq %rdx, 0x18(%rsp)
   1cd: 4c89542430                     movq %r10, 0x30(%rsp)
   1d2: 4c895c2420                     movq %r11, 0x20(%rsp)
   1d7: 4c89442428                     movq %r8, 0x28(%rsp)
   1dc: 4989ce                         movq %rcx, %r14
   1df: e800000000                     callq 0x0
        # hole +0x1e0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1e4: 4c89f1                         movq %r14, %rcx
   1e7: 4c8b442428                     movq 0x28(%rsp), %r8
   1ec: 488b7c2408                     movq 0x8(%rsp), %rdi
   1f1: 4c8b5c2420                     movq 0x20(%rsp), %r11
   1f6: 4c8b542430                     movq 0x30(%rsp), %r10
   1fb: 488b542418                     movq 0x18(%rsp), %rdx
   200: 41b96e000000                   movl $0x6e, %r9d
   206: 41be0b000000                   movl $0xb, %r14d
   20c: 41f6c001                       testb $0x1, %r8b
   210: 0f85d7000000                   jne 0xd7
   216: 498b00                         movq (%r8), %rax
   219: 48ffc0                         incq %rax
   21c: 498900                         movq %rax, (%r8)
   21f: 4183780803                     cmpl $0x3, 0x8(%r8)
   224: 0f85c3000000                   jne 0xc3
   22a: 48894c2438                     movq %rcx, 0x38(%rsp)
   22f: 493b6830                       cmpq 0x30(%r8), %rbp
   233: 0f8dcb040000                   jge 0x4cb
   239: 498b4840                       movq 0x40(%r8), %rcx
   23d: 488b34e9                       movq (%rcx,%rbp,8), %rsi
   241: 40f6c601                       testb $0x1, %sil
   245: 7506                           jne 0x6
   247: 48ff06                         incq (%rsi)
   24a: 498b00                         movq (%r8), %rax
   24d: 48ffc8                         decq %rax
   250: 498900                         movq %rax, (%r8)
   253: 4889742410                     movq %rsi, 0x10(%rsp)
   258: 7532                           jne 0x32
   25a: 4c89c7                         movq %r8, %rdi
   25d: 4889542418                     movq %rdx, 0x18(%rsp)
   262: 4c89d5                         movq %r10, %rbp
   265: 4c895c2420                     movq %r11, 0x20(%rsp)
   26a: 4d89c6                         movq %r8, %r14
   26d: e800000000                     callq 0x0
        # hole +0x26e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   272: 4d89f0                         movq %r14, %r8
   275: 488b7c2408                     movq 0x8(%rsp), %rdi
   27a: 4c8b5c2420                     movq 0x20(%rsp), %r11
   27f: 4989ea                         movq %rbp, %r10
   282: 488b742410                     movq 0x10(%rsp), %rsi
   287: 488b542418                     movq 0x18(%rsp), %rdx
   28c: 41b978000000                   movl $0x78, %r9d
   292: 41be0c000000                   movl $0xc, %r14d
   298: 488b442438                     movq 0x38(%rsp), %rax
   29d: a801                           testb $0x1, %al
   29f: 7569                           jne 0x69
   2a1: 83780802                       cmpl $0x2, 0x8(%rax)
   2a5: 7563                           jne 0x63
   2a7: 40f6c601                       testb $0x1, %sil
   2ab: 755d                           jne 0x5d
   2ad: 837e0802                       cmpl $0x2, 0x8(%rsi)
   2b1: 7557                           jne 0x57
   2b3: 4c895c2420                     movq %r11, 0x20(%rsp)
   2b8: f20f104030                     movsd 0x30(%rax), %xmm0
   2bd: f20f594630                     mulsd 0x30(%rsi), %xmm0
   2c2: f20f110424                     movsd %xmm0, (%rsp)
   2c7: 48ff08                         decq (%rax)
   2ca: 4c89442428                     movq %r8, 0x28(%rsp)
   2cf: 7449                           je 0x49
   2d1: 48ff0e                         decq (%rsi)
   2d4: 746c                           je 0x6c
   2d6: 4889f9                         movq %rdi, %rcx
   2d9: 488b7c2420                     movq 0x20(%rsp), %rdi
   2de: 40f6c701                       testb $0x1, %dil
   2e2: 0f848a000000                   je 0x8a
   2e8: e923030000                     jmp 0x323
   2ed: 31ff                           xorl %edi, %edi
   2ef: 48894c2408                     movq %rcx, 0x8(%rsp)
   2f4: 4c89442410                     movq %r8, 0x10(%rsp)
   2f9: 41b001                         movb $0x1, %r8b
   2fc: b848000000                     movl $0x48, %eax
   301: 48890424                       movq %rax, (%rsp)
   305: e988fdffff                     jmp -0x278
   30a: 4889442408                     movq %rax, 0x8(%rsp)
   30f: 41b001                         movb $0x1, %r8b
   312: 40b701                         movb $0x1, %dil
   315: e978fdffff                     jmp -0x288
   31a: 4889c7                         movq %rax, %rdi
   31d: 4989d6                         movq %rdx, %r14
   320: 4c89d5                         movq %r10, %rbp
   323: e800000000                     callq 0x0
        # hole +0x324: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   328: 4c8b442428                     movq 0x28(%rsp), %r8
   32d: 488b7c2408                     movq 0x8(%rsp), %rdi
   332: 4989ea                         movq %rbp, %r10
   335: 488b742410                     movq 0x10(%rsp), %rsi
   33a: 4c89f2                         movq %r14, %rdx
   33d: 48ff0e                         decq (%rsi)
   340: 7594                           jne -0x6c
   342: 4889f7                         movq %rsi, %rdi
   345: 4989d6                         movq %rdx, %r14
   348: 4c89d5                         movq %r10, %rbp
   34b: e800000000                     callq 0x0
        # hole +0x34c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   350: 4c8b442428                     movq 0x28(%rsp), %r8
   355: 488b7c2408                     movq 0x8(%rsp), %rdi
   35a: 4989ea                         movq %rbp, %r10
   35d: 4c89f2                         movq %r14, %rdx
   360: 4889f9                         movq %rdi, %rcx
   363: 488b7c2420                     movq 0x20(%rsp), %rdi
   368: 40f6c701                       testb $0x1, %dil
   36c: 0f859e020000                   jne 0x29e
   372: 837f0802                       cmpl $0x2, 0x8(%rdi)
   376: 0f8594020000                   jne 0x294
   37c: f20f100424                     movsd (%rsp), %xmm0
   381: f20f584730                     addsd 0x30(%rdi), %xmm0
   386: f20f110424                     movsd %xmm0, (%rsp)
   38b: 488b07                         movq (%rdi), %rax
   38e: 48ffc8                         decq %rax
   391: 488907                         movq %rax, (%rdi)
   394: 7524                           jne 0x24
   396: 4989d6                         movq %rdx, %r14
   399: 4d89d5                         movq %r10, %r13
   39c: 4c89c5                         movq %r8, %rbp
   39f: e800000000                     callq 0x0
        # hole +0x3a0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3a4: 4989e8                         movq %rbp, %r8
   3a7: 488b4c2408                     movq 0x8(%rsp), %rcx
   3ac: 488b7c2420                     movq 0x20(%rsp), %rdi
   3b1: 4d89ea                         movq %r13, %r10
   3b4: 4c89f2                         movq %r14, %rdx
   3b7: 488b07                         movq (%rdi), %rax
   3ba: 48ffc8                         decq %rax
   3bd: 488907                         movq %rax, (%rdi)
   3c0: 751c                           jne 0x1c
   3c2: 4989d6                         movq %rdx, %r14
   3c5: 4d89d5                         movq %r10, %r13
   3c8: 4c89c5                         movq %r8, %rbp
   3cb: e800000000                     callq 0x0
        # hole +0x3cc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3d0: 4989e8                         movq %rbp, %r8
   3d3: 488b4c2408                     movq 0x8(%rsp), %rcx
   3d8: 4d89ea                         movq %r13, %r10
   3db: 4c89f2                         movq %r14, %rdx
   3de: 488b4208                       movq 0x8(%rdx), %rax
   3e2: 48ffc0                         incq %rax
   3e5: 48894208                       movq %rax, 0x8(%rdx)
   3e9: 483b4210                       cmpq 0x10(%rdx), %rax
   3ed: 4c89542430                     movq %r10, 0x30(%rsp)
   3f2: 0f8d55020000                   jge 0x255
   3f8: 48833a00                       cmpq $0x0, (%rdx)
   3fc: 0f8552020000                   jne 0x252
   402: 41837f0804                     cmpl $0x4, 0x8(%r15)
   407: 0f85d7010000                   jne 0x1d7
   40d: 4889dd                         movq %rbx, %rbp
   410: 4889cf                         movq %rcx, %rdi
   413: 498b4740                       movq 0x40(%r15), %rax
   417: 4d8b7730                       movq 0x30(%r15), %r14
   41b: 498b4f38                       movq 0x38(%r15), %rcx
   41f: 4885c0                         testq %rax, %rax
   422: 7e0a                           jle 0xa
   424: 4939ce                         cmpq %rcx, %r14
   427: 7c0e                           jl 0xe
   429: e9e7020000                     jmp 0x2e7
   42e: 4939ce                         cmpq %rcx, %r14
   431: 0f8ede020000                   jle 0x2de
   437: 4c01f0                         addq %r14, %rax
   43a: 49894730                       movq %rax, 0x30(%r15)
   43e: 4a8d1c7501000000               leaq 0x1(,%r14,2), %rbx
   446: 488b07                         movq (%rdi), %rax
   449: 48ffc0                         incq %rax
   44c: 488907                         movq %rax, (%rdi)
   44f: 837f0803                       cmpl $0x3, 0x8(%rdi)
   453: 0f85f7020000                   jne 0x2f7
   459: 4d01f6                         addq %r14, %r14
   45c: 49d1fe                         sarq %r14
   45f: 0f88eb020000                   js 0x2eb
   465: 4c3b7730                       cmpq 0x30(%rdi), %r14
   469: 0f8de1020000                   jge 0x2e1
   46f: 488b4f40                       movq 0x40(%rdi), %rcx
   473: 4a8b2cf1                       movq (%rcx,%r14,8), %rbp
   477: 40f6c501                       testb $0x1, %bpl
   47b: 7507                           jne 0x7
   47d: 48ff4500                       incq (%rbp)
   481: 488b07                         movq (%rdi), %rax
   484: 48ffc8                         decq %rax
   487: 488907                         movq %rax, (%rdi)
   48a: 7520                           jne 0x20
   48c: 4989d5                         movq %rdx, %r13
   48f: 48896c2418                     movq %rbp, 0x18(%rsp)
   494: 4c89c5                         movq %r8, %rbp
   497: e800000000                     callq 0x0
        # hole +0x498: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   49c: 4989e8                         movq %rbp, %r8
   49f: 488b6c2418                     movq 0x18(%rsp), %rbp
   4a4: 488b7c2408                     movq 0x8(%rsp), %rdi
   4a9: 4c89ea                         movq %r13, %rdx
   4ac: 498b00                         movq (%r8), %rax
   4af: 48ffc0                         incq %rax
   4b2: 498900                         movq %rax, (%r8)
   4b5: 4183780803                     cmpl $0x3, 0x8(%r8)
   4ba: 0f85d1020000                   jne 0x2d1
   4c0: 4d3b7030                       cmpq 0x30(%r8), %r14
   4c4: 0f8dc7020000                   jge 0x2c7
   4ca: 498b4840                       movq 0x40(%r8), %rcx
   4ce: 4e8b2cf1                       movq (%rcx,%r14,8), %r13
   4d2: 41f6c501                       testb $0x1, %r13b
   4d6: 7418                           je 0x18
   4d8: 48ffc8                         decq %rax
   4db: 498900                         movq %rax, (%r8)
   4de: 741f                           je 0x1f
   4e0: 40f6c501                       testb $0x1, %bpl
   4e4: 4c896c2410                     movq %r13, 0x10(%rsp)
   4e9: 7446                           je 0x46
   4eb: e9d3010000                     jmp 0x1d3
   4f0: 49ff4500                       incq (%r13)
   4f4: 498b00                         movq (%r8), %rax
   4f7: 48ffc8                         decq %rax
   4fa: 498900                         movq %rax, (%r8)
   4fd: 75e1                           jne -0x1f
   4ff: 4c89c7                         movq %r8, %rdi
   502: 4989d6                         movq %rdx, %r14
   505: 48896c2418                     movq %rbp, 0x18(%rsp)
   50a: 4c89c5                         movq %r8, %rbp
   50d: e800000000                     callq 0x0
        # hole +0x50e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   512: 4989e8                         movq %rbp, %r8
   515: 488b6c2418                     movq 0x18(%rsp), %rbp
   51a: 488b7c2408                     movq 0x8(%rsp), %rdi
   51f: 4c89f2                         movq %r14, %rdx
   522: 40f6c501                       testb $0x1, %bpl
   526: 4c896c2410                     movq %r13, 0x10(%rsp)
   52b: 0f8592010000                   jne 0x192
   531: 837d0802                       cmpl $0x2, 0x8(%rbp)
   535: 0f8588010000                   jne 0x188
   53b: 41f6c501                       testb $0x1, %r13b
   53f: 0f857e010000                   jne 0x17e
   545: 41837d0802                     cmpl $0x2, 0x8(%r13)
   54a: 0f8573010000                   jne 0x173
   550: f20f104d30                     movsd 0x30(%rbp), %xmm1
   555: f2410f594d30                   mulsd 0x30(%r13), %xmm1
   55b: 48ff4d00                       decq (%rbp)
   55f: 7525                           jne 0x25
   561: 4889ef                         movq %rbp, %rdi
   564: 4989d6                         movq %rdx, %r14
   567: 4c89c5                         movq %r8, %rbp
   56a: f20f114c2418                   movsd %xmm1, 0x18(%rsp)
   570: e800000000                     callq 0x0
        # hole +0x571: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   575: f20f104c2418                   movsd 0x18(%rsp), %xmm1
   57b: 4989e8                         movq %rbp, %r8
   57e: 488b7c2408                     movq 0x8(%rsp), %rdi
   583: 4c89f2                         movq %r14, %rdx
   586: 49ff4d00                       decq (%r13)
   58a: 7525                           jne 0x25
   58c: 4c89ef                         movq %r13, %rdi
   58f: 4989d6                         movq %rdx, %r14
   592: 4c89c5                         movq %r8, %rbp
   595: f20f114c2418                   movsd %xmm1, 0x18(%rsp)
   59b: e800000000                     callq 0x0
        # hole +0x59c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5a0: f20f104c2418                   movsd 0x18(%rsp), %xmm1
   5a6: 4989e8                         movq %rbp, %r8
   5a9: 488b7c2408                     movq 0x8(%rsp), %rdi
   5ae: 4c89f2                         movq %r14, %rdx
   5b1: f20f100424                     movsd (%rsp), %xmm0
   5b6: f20f58c1                       addsd %xmm1, %xmm0
   5ba: f20f110424                     movsd %xmm0, (%rsp)
   5bf: 488b4208                       movq 0x8(%rdx), %rax
   5c3: 48ffc0                         incq %rax
   5c6: 48894208                       movq %rax, 0x8(%rdx)
   5ca: 483b4210                       cmpq 0x10(%rdx), %rax
   5ce: 7d7d                           jge 0x7d
   5d0: 48833a00                       cmpq $0x0, (%rdx)
   5d4: 757e                           jne 0x7e
   5d6: 41837f0804                     cmpl $0x4, 0x8(%r15)
   5db: 4889dd                         movq %rbx, %rbp
   5de: 0f842ffeffff                   je -0x1d1
   5e4: 4989d7                         movq %rdx, %r15
   5e7: 4889d7                         movq %rdx, %rdi
   5ea: f20f100424                     movsd (%rsp), %xmm0
   5ef: e800000000                     callq 0x0
        # hole +0x5f0: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   5f4: b928000000                     movl $0x28, %ecx
   5f9: 48890c24                       movq %rcx, (%rsp)
   5fd: 41b90a000000                   movl $0xa, %r9d
   603: 41be01000000                   movl $0x1, %r14d
   609: b901000000                     movl $0x1, %ecx
   60e: eb6e                           jmp 0x6e
   610: 4889d7                         movq %rdx, %rdi
   613: f20f100424                     movsd (%rsp), %xmm0
   618: 4989d6                         movq %rdx, %r14
   61b: 4d89d7                         movq %r10, %r15
   61e: e800000000                     callq 0x0
        # hole +0x61f: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   623: 4c8b5c2420                     movq 0x20(%rsp), %r11
   628: 4d89fa                         movq %r15, %r10
   62b: 4c89f2                         movq %r14, %rdx
   62e: 4889442408                     movq %rax, 0x8(%rsp)
   633: b838000000                     movl $0x38, %eax
   638: 48890424                       movq %rax, (%rsp)
   63c: 41b98c000000                   movl $0x8c, %r9d
   642: 41be0e000000                   movl $0xe, %r14d
   648: e940faffff                     jmp -0x5c0
   64d: 48c70201000000                 movq $0x1, (%rdx)
   654: 4989d7                         movq %rdx, %r15
   657: 4889d7                         movq %rdx, %rdi
   65a: f20f100424                     movsd (%rsp), %xmm0
   65f: e800000000                     callq 0x0
        # hole +0x660: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   664: b928000000                     movl $0x28, %ecx
   669: 48890c24                       movq %rcx, (%rsp)
   66d: 41b9aa000000                   movl $0xaa, %r9d
   673: 41be11000000                   movl $0x11, %r14d
   679: b902000000                     movl $0x2, %ecx
   67e: 48c744240800000000             movq $0x0, 0x8(%rsp)
   687: 4889dd                         movq %rbx, %rbp
   68a: 4531c0                         xorl %r8d, %r8d
   68d: 31ff                           xorl %edi, %edi
   68f: 498b742418                     movq 0x18(%r12), %rsi
   694: 4c8b5c2420                     movq 0x20(%rsp), %r11
   699: 4c39d8                         cmpq %r11, %rax
   69c: 4c8b542430                     movq 0x30(%rsp), %r10
   6a1: 7505                           jne 0x5
   6a3: 4589c5                         movl %r8d, %r13d
   6a6: eb0a                           jmp 0xa
   6a8: 48894610                       movq %rax, 0x10(%rsi)
   6ac: 4589c5                         movl %r8d, %r13d
   6af: 4989c3                         movq %rax, %r11
   6b2: 4c89fa                         movq %r15, %rdx
   6b5: 4c39d3                         cmpq %r10, %rbx
   6b8: 0f85e6f9ffff                   jne -0x61a
   6be: e9e5f9ffff                     jmp -0x61b
   6c3: 4989d7                         movq %rdx, %r15
   6c6: 4889d7                         movq %rdx, %rdi
   6c9: f20f100424                     movsd (%rsp), %xmm0
   6ce: e800000000                     callq 0x0
        # hole +0x6cf: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   6d3: 48c70002000000                 movq $0x2, (%rax)
   6da: b940000000                     movl $0x40, %ecx
   6df: 48890c24                       movq %rcx, (%rsp)
   6e3: 41b001                         movb $0x1, %r8b
   6e6: 41b978000000                   movl $0x78, %r9d
   6ec: 41be0c000000                   movl $0xc, %r14d
   6f2: b901000000                     movl $0x1, %ecx
   6f7: 48896c2408                     movq %rbp, 0x8(%rsp)
   6fc: 4889dd                         movq %rbx, %rbp
   6ff: 40b701                         movb $0x1, %dil
   702: eb8b                           jmp -0x75
   704: 31ff                           xorl %edi, %edi
   706: 488b442438                     movq 0x38(%rsp), %rax
   70b: 4889442408                     movq %rax, 0x8(%rsp)
   710: e9dffbffff                     jmp -0x421
   715: 4989d7                         movq %rdx, %r15
   718: 4889d7                         movq %rdx, %rdi
   71b: f20f100424                     movsd (%rsp), %xmm0
   720: e800000000                     callq 0x0
        # hole +0x721: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   725: b928000000                     movl $0x28, %ecx
   72a: 48890c24                       movq %rcx, (%rsp)
   72e: 41b914000000                   movl $0x14, %r9d
   734: 41be02000000                   movl $0x2, %r14d
   73a: b902000000                     movl $0x2, %ecx
   73f: 48c744240800000000             movq $0x0, 0x8(%rsp)
   748: 4889eb                         movq %rbp, %rbx
   74b: e93affffff                     jmp -0xc6
   750: 4989d7                         movq %rdx, %r15
   753: 4889d7                         movq %rdx, %rdi
   756: f20f100424                     movsd (%rsp), %xmm0
   75b: e800000000                     callq 0x0
        # hole +0x75c: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   760: 48c70002000000                 movq $0x2, (%rax)
   767: b940000000                     movl $0x40, %ecx
   76c: 48890c24                       movq %rcx, (%rsp)
   770: 41b001                         movb $0x1, %r8b
   773: 41b950000000                   movl $0x50, %r9d
   779: 41be08000000                   movl $0x8, %r14d
   77f: b901000000                     movl $0x1, %ecx
   784: 48895c2410                     movq %rbx, 0x10(%rsp)
   789: 40b701                         movb $0x1, %dil
   78c: e9fefeffff                     jmp -0x102
   791: 4989d7                         movq %rdx, %r15
   794: 4889d7                         movq %rdx, %rdi
   797: f20f100424                     movsd (%rsp), %xmm0
   79c: 4d89c5                         movq %r8, %r13
   79f: e800000000                     callq 0x0
        # hole +0x7a0: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   7a4: 48c70002000000                 movq $0x2, (%rax)
   7ab: b948000000                     movl $0x48, %ecx
   7b0: 48890c24                       movq %rcx, (%rsp)
   7b4: 41b001                         movb $0x1, %r8b
   7b7: 41b96e000000                   movl $0x6e, %r9d
   7bd: 41be0b000000                   movl $0xb, %r14d
   7c3: b901000000                     movl $0x1, %ecx
   7c8: 31ff                           xorl %edi, %edi
   7ca: 48896c2408                     movq %rbp, 0x8(%rsp)
   7cf: 4c896c2410                     movq %r13, 0x10(%rsp)
   7d4: 4889dd                         movq %rbx, %rbp
   7d7: e9b3feffff                     jmp -0x14d
