# stencil dot_product_float for x86_64-unknown-linux-gnu: 1912 code bytes, 0 data bytes, 17 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5010                       movq 0x10(%rax), %r10
    11: 488b5818                       movq 0x18(%rax), %rbx
    15: 488b6820                       movq 0x20(%rax), %rbp
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41be01000000                   movl $0x1, %r14d
    25: 40f6c501                       testb $0x1, %bpl
    29: 7553                           jne 0x53
    2b: 837d0804                       cmpl $0x4, 0x8(%rbp)
    2f: 754d                           jne 0x4d
    31: 488b38                         movq (%rax), %rdi
    34: 488b7008                       movq 0x8(%rax), %rsi
    38: 488b4540                       movq 0x40(%rbp), %rax
    3c: 4c8b6d30                       movq 0x30(%rbp), %r13
    40: 488b4d38                       movq 0x38(%rbp), %rcx
    44: 4885c0                         testq %rax, %rax
    47: 0f8ea3000000                   jle 0xa3
    4d: 4939cd                         cmpq %rcx, %r13
    50: 0f8ca3000000                   jl 0xa3
    56: b828000000                     movl $0x28, %eax
    5b: 4889442408                     movq %rax, 0x8(%rsp)
    60: 41b914000000                   movl $0x14, %r9d
    66: 41be02000000                   movl $0x2, %r14d
    6c: b902000000                     movl $0x2, %ecx
    71: 4531ff                         xorl %r15d, %r15d
    74: 4989db                         movq %rbx, %r11
    77: 4531c0                         xorl %r8d, %r8d
    7a: 31ff                           xorl %edi, %edi
    7c: eb1a                           jmp 0x1a
    7e: b828000000                     movl $0x28, %eax
    83: 4889442408                     movq %rax, 0x8(%rsp)
    88: 4531ff                         xorl %r15d, %r15d
    8b: 4989db                         movq %rbx, %r11
    8e: 4531c0                         xorl %r8d, %r8d
    91: 31ff                           xorl %edi, %edi
    93: b901000000                     movl $0x1, %ecx
    98: 498b742418                     movq 0x18(%r12), %rsi
    9d: 4d89dd                         movq %r11, %r13
    a0: 4939dd                         cmpq %rbx, %r13
    a3: 7404                           je 0x4
    a5: 4c896e18                       movq %r13, 0x18(%rsi)
    a9: 4584ff                         testb %r15b, %r15b
    ac: 7423                           je 0x23
    ae: 4c895628                       movq %r10, 0x28(%rsi)
    b2: 488b0424                       movq (%rsp), %rax
    b6: 48894630                       movq %rax, 0x30(%rsi)
    ba: 4584c0                         testb %r8b, %r8b
    bd: 7412                           je 0x12
    bf: 488b442410                     movq 0x10(%rsp), %rax
    c4: 48894638                       movq %rax, 0x38(%rsi)
    c8: 4084ff                         testb %dil, %dil
    cb: 7504                           jne 0x4
    cd: 4c895e40                       movq %r11, 0x40(%rsi)
    d1: 4803742408                     addq 0x8(%rsp), %rsi
    d6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xd8: R_X86_64_64 Abs64 index+0
    e0: 4d01f0                         addq %r14, %r8
    e3: 4c89e7                         movq %r12, %rdi
    e6: 4883c440                       addq $0x40, %rsp
    ea: 5d                             popq %rbp
    eb: e900000000                     jmp 0x0
        # hole +0xec: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    f0: 4939cd                         cmpq %rcx, %r13
    f3: 0f8e5dffffff                   jle -0xa3
    f9: 4c01e8                         addq %r13, %rax
    fc: 48894530                       movq %rax, 0x30(%rbp)
   100: f6c301                         testb $0x1, %bl
   103: 48893c24                       movq %rdi, (%rsp)
   107: 7527                           jne 0x27
   109: 48ff0b                         decq (%rbx)
   10c: 7522                           jne 0x22
   10e: 4889df                         movq %rbx, %rdi
   111: 4989d6                         movq %rdx, %r14
   114: 4d89d7                         movq %r10, %r15
   117: 4889742418                     movq %rsi, 0x18(%rsp)
   11c: e800000000                     callq 0x0
        # hole +0x11d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   121: 488b742418                     movq 0x18(%rsp), %rsi
   126: 488b3c24                       movq (%rsp), %rdi
   12a: 4d89fa                         movq %r15, %r10
   12d: 4c89f2                         movq %r14, %rdx
   130: 41f6c201                       testb $0x1, %r10b
   134: 7503                           jne 0x3
   136: 49ff02                         incq (%r10)
   139: 4e8d1c6d01000000               leaq 0x1(,%r13,2), %r11
   141: b840000000                     movl $0x40, %eax
   146: 4889442408                     movq %rax, 0x8(%rsp)
   14b: 41b701                         movb $0x1, %r15b
   14e: 41b950000000                   movl $0x50, %r9d
   154: 41be08000000                   movl $0x8, %r14d
   15a: 40f6c701                       testb $0x1, %dil
   15e: 754a                           jne 0x4a
   160: 488b07                         movq (%rdi), %rax
   163: 48ffc0                         incq %rax
   166: 488907                         movq %rax, (%rdi)
   169: 837f0803                       cmpl $0x3, 0x8(%rdi)
   16d: 753b                           jne 0x3b
   16f: 4d01ed                         addq %r13, %r13
   172: 49d1fd                         sarq %r13
   175: 7833                           js 0x33
   177: 4c3b6f30                       cmpq 0x30(%rdi), %r13
   17b: 7d2d                           jge 0x2d
   17d: 488b4f40                       movq 0x40(%rdi), %rcx
   181: 4e8b04e9                       movq (%rcx,%r13,8), %r8
   185: 41f6c001                       testb $0x1, %r8b
   189: 7429                           je 0x29
   18b: 48ffc8                         decq %rax
   18e: 488907                         movq %rax, (%rdi)
   191: 742f                           je 0x2f
   193: 41b96e000000                   movl $0x6e, %r9d
   199: 41be0b000000                   movl $0xb, %r14d
   19f: 40f6c601                       testb $0x1, %sil
   1a3: 7468                           je 0x68
   1a5: e9ae000000                     jmp 0xae
   1aa: 4c895c2410                     movq %r11, 0x10(%rsp)
   1af: e96f010000                     jmp 0x16f
   1b4: 49ff00                         incq (%r8)
   1b7: 488b07                         movq (%rdi), %rax
   1ba: 48ffc8                         decq %rax
   1bd: 488907                         movq %rax, (%rdi)
   1c0: 75d1                           jne -0x2f
   1c2: 4889542420                     movq %rdx, 0x20(%rsp)
   1c7: 48895c2418                     movq %rbx, 0x18(%rsp)
   1cc: 4c89d3                         movq %r10, %rbx
   1cf: 4c895c2430                     movq %r11, 0x30(%rsp)
   1d4: 4989f6                         movq %rsi, %r14
   1d7: 4c89442428                     movq %r8, 0x28(%rsp)
   1dc: e800000000                     callq 0x0
        # hole +0x1dd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1e1: 4c8b442428                     movq 0x28(%rsp), %r8
   1e6: 4c89f6                         movq %r14, %rsi
   1e9: 4c8b5c2430                     movq 0x30(%rsp), %r11
   1ee: 4989da                         movq %rbx, %r10
   1f1: 488b5c2418                     movq 0x18(%rsp), %rbx
   1f6: 488b542420                     movq 0x20(%rsp), %rdx
   1fb: 41b96e000000                   movl $0x6e, %r9d
   201: 41be0b000000                   movl $0xb, %r14d
   207: 40f6c601                       testb $0x1, %sil
   20b: 754b                           jne 0x4b
   20d: 488b06                         movq (%rsi), %rax
   210: 48ffc0                         incq %rax
   213: 488906                         movq %rax, (%rsi)
   216: 837e0803                       cmpl $0x3, 0x8(%rsi)
   21a: 753c                           jne 0x3c
   21c: 4c3b6e30                       cmpq 0x30(%rsi), %r13
   220: 7d36                           jge 0x36
   222: 488b4e40                       movq 0x40(%rsi), %rcx
   226: 4a8b3ce9                       movq (%rcx,%r13,8), %rdi
   22a: 40f6c701                       testb $0x1, %dil
   22e: 7445                           je 0x45
   230: 48ffc8                         decq %rax
   233: 488906                         movq %rax, (%rsi)
   236: 48897c2410                     movq %rdi, 0x10(%rsp)
   23b: 744b                           je 0x4b
   23d: 41b978000000                   movl $0x78, %r9d
   243: 41be0c000000                   movl $0xc, %r14d
   249: 41f6c001                       testb $0x1, %r8b
   24d: 0f8484000000                   je 0x84
   253: e9c7000000                     jmp 0xc7
   258: 31ff                           xorl %edi, %edi
   25a: 4c890424                       movq %r8, (%rsp)
   25e: 4889742410                     movq %rsi, 0x10(%rsp)
   263: 41b001                         movb $0x1, %r8b
   266: b848000000                     movl $0x48, %eax
   26b: 4889442408                     movq %rax, 0x8(%rsp)
   270: e91efeffff                     jmp -0x1e2
   275: 48ff07                         incq (%rdi)
   278: 488b06                         movq (%rsi), %rax
   27b: 48ffc8                         decq %rax
   27e: 488906                         movq %rax, (%rsi)
   281: 48897c2410                     movq %rdi, 0x10(%rsp)
   286: 75b5                           jne -0x4b
   288: 4889f7                         movq %rsi, %rdi
   28b: 4989d5                         movq %rdx, %r13
   28e: 48895c2418                     movq %rbx, 0x18(%rsp)
   293: 4c89d3                         movq %r10, %rbx
   296: 4c895c2430                     movq %r11, 0x30(%rsp)
   29b: 4989f6                         movq %rsi, %r14
   29e: 4c89442428                     movq %r8, 0x28(%rsp)
   2a3: e800000000                     callq 0x0
        # hole +0x2a4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2a8: 4c8b442428                     movq 0x28(%rsp), %r8
   2ad: 4c89f6                         movq %r14, %rsi
   2b0: 4c8b5c2430                     movq 0x30(%rsp), %r11
   2b5: 4989da                         movq %rbx, %r10
   2b8: 488b5c2418                     movq 0x18(%rsp), %rbx
   2bd: 4c89ea                         movq %r13, %rdx
   2c0: 488b7c2410                     movq 0x10(%rsp), %rdi
   2c5: 41b978000000                   movl $0x78, %r9d
   2cb: 41be0c000000                   movl $0xc, %r14d
   2d1: 41f6c001                       testb $0x1, %r8b
   2d5: 7548                           jne 0x48
   2d7: 4183780802                     cmpl $0x2, 0x8(%r8)
   2dc: 7541                           jne 0x41
   2de: 40f6c701                       testb $0x1, %dil
   2e2: 753b                           jne 0x3b
   2e4: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2e8: 7535                           jne 0x35
   2ea: 4c89542428                     movq %r10, 0x28(%rsp)
   2ef: f2410f104030                   movsd 0x30(%r8), %xmm0
   2f5: f20f594730                     mulsd 0x30(%rdi), %xmm0
   2fa: 49ff08                         decq (%r8)
   2fd: 4c895c2430                     movq %r11, 0x30(%rsp)
   302: f20f11442438                   movsd %xmm0, 0x38(%rsp)
   308: 7424                           je 0x24
   30a: 48ff0f                         decq (%rdi)
   30d: 7448                           je 0x48
   30f: 488b7c2428                     movq 0x28(%rsp), %rdi
   314: 40f6c701                       testb $0x1, %dil
   318: 7468                           je 0x68
   31a: e93c020000                     jmp 0x23c
   31f: 4c890424                       movq %r8, (%rsp)
   323: 41b001                         movb $0x1, %r8b
   326: 40b701                         movb $0x1, %dil
   329: e965fdffff                     jmp -0x29b
   32e: 4c89c7                         movq %r8, %rdi
   331: 4989d6                         movq %rdx, %r14
   334: 4989f5                         movq %rsi, %r13
   337: e800000000                     callq 0x0
        # hole +0x338: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   33c: f20f10442438                   movsd 0x38(%rsp), %xmm0
   342: 4c89ee                         movq %r13, %rsi
   345: 4c8b5c2430                     movq 0x30(%rsp), %r11
   34a: 488b7c2410                     movq 0x10(%rsp), %rdi
   34f: 4c89f2                         movq %r14, %rdx
   352: 48ff0f                         decq (%rdi)
   355: 75b8                           jne -0x48
   357: 4989d6                         movq %rdx, %r14
   35a: 4989f5                         movq %rsi, %r13
   35d: e800000000                     callq 0x0
        # hole +0x35e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   362: f20f10442438                   movsd 0x38(%rsp), %xmm0
   368: 4c89ee                         movq %r13, %rsi
   36b: 4c8b5c2430                     movq 0x30(%rsp), %r11
   370: 4c89f2                         movq %r14, %rdx
   373: 488b7c2428                     movq 0x28(%rsp), %rdi
   378: 40f6c701                       testb $0x1, %dil
   37c: 0f85d9010000                   jne 0x1d9
   382: 837f0802                       cmpl $0x2, 0x8(%rdi)
   386: 0f85cf010000                   jne 0x1cf
   38c: f20f584730                     addsd 0x30(%rdi), %xmm0
   391: 488b07                         movq (%rdi), %rax
   394: 48ffc8                         decq %rax
   397: 488907                         movq %rax, (%rdi)
   39a: f20f11442438                   movsd %xmm0, 0x38(%rsp)
   3a0: 7525                           jne 0x25
   3a2: 4989d6                         movq %rdx, %r14
   3a5: 4d89df                         movq %r11, %r15
   3a8: 4989f5                         movq %rsi, %r13
   3ab: e800000000                     callq 0x0
        # hole +0x3ac: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3b0: f20f10442438                   movsd 0x38(%rsp), %xmm0
   3b6: 4c89ee                         movq %r13, %rsi
   3b9: 4d89fb                         movq %r15, %r11
   3bc: 488b7c2428                     movq 0x28(%rsp), %rdi
   3c1: 4c89f2                         movq %r14, %rdx
   3c4: 488b07                         movq (%rdi), %rax
   3c7: 48ffc8                         decq %rax
   3ca: 488907                         movq %rax, (%rdi)
   3cd: 751d                           jne 0x1d
   3cf: 4989d6                         movq %rdx, %r14
   3d2: 4d89df                         movq %r11, %r15
   3d5: 4989f5                         movq %rsi, %r13
   3d8: e800000000                     callq 0x0
        # hole +0x3d9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3dd: f20f10442438                   movsd 0x38(%rsp), %xmm0
   3e3: 4c89ee                         movq %r13, %rsi
   3e6: 4d89fb                         movq %r15, %r11
   3e9: 4c89f2                         movq %r14, %rdx
   3ec: 488b4208                       movq 0x8(%rdx), %rax
   3f0: 488b4a10                       movq 0x10(%rdx), %rcx
   3f4: 48ffc0                         incq %rax
   3f7: 48894208                       movq %rax, 0x8(%rdx)
   3fb: 4839c8                         cmpq %rcx, %rax
   3fe: 4889542420                     movq %rdx, 0x20(%rsp)
   403: 0f8d8a010000                   jge 0x18a
   409: 48833a00                       cmpq $0x0, (%rdx)
   40d: 0f85c2010000                   jne 0x1c2
   413: 4889742418                     movq %rsi, 0x18(%rsp)
   418: 837d0804                       cmpl $0x4, 0x8(%rbp)
   41c: 0f85de010000                   jne 0x1de
   422: 4c8b7540                       movq 0x40(%rbp), %r14
   426: 488b7530                       movq 0x30(%rbp), %rsi
   42a: 4c8b4538                       movq 0x38(%rbp), %r8
   42e: 4c8d2c36                       leaq (%rsi,%rsi), %r13
   432: 4b8d3c36                       leaq (%r14,%r14), %rdi
   436: 48897c2408                     movq %rdi, 0x8(%rsp)
   43b: 488b7c2418                     movq 0x18(%rsp), %rdi
   440: 4d85f6                         testq %r14, %r14
   443: 7e0a                           jle 0xa
   445: 4c39c6                         cmpq %r8, %rsi
   448: 7c0e                           jl 0xe
   44a: e95d020000                     jmp 0x25d
   44f: 4c39c6                         cmpq %r8, %rsi
   452: 0f8e54020000                   jle 0x254
   458: 4c01f6                         addq %r14, %rsi
   45b: 48897530                       movq %rsi, 0x30(%rbp)
   45f: 4c8b0c24                       movq (%rsp), %r9
   463: 4d8b11                         movq (%r9), %r10
   466: 49ffc2                         incq %r10
   469: 4d8911                         movq %r10, (%r9)
   46c: 4183790803                     cmpl $0x3, 0x8(%r9)
   471: 0f855e020000                   jne 0x25e
   477: 4d89e9                         movq %r13, %r9
   47a: 49d1f9                         sarq %r9
   47d: 0f8852020000                   js 0x252
   483: 488b1424                       movq (%rsp), %rdx
   487: 4c3b4a30                       cmpq 0x30(%rdx), %r9
   48b: 0f8d9c020000                   jge 0x29c
   491: 4c8b5a40                       movq 0x40(%rdx), %r11
   495: 4f8b3ccb                       movq (%r11,%r9,8), %r15
   499: 41f6c701                       testb $0x1, %r15b
   49d: 7506                           jne 0x6
   49f: 49ff07                         incq (%r15)
   4a2: 4c8b12                         movq (%rdx), %r10
   4a5: 49ffca                         decq %r10
   4a8: 4c8912                         movq %r10, (%rdx)
   4ab: 4c8b17                         movq (%rdi), %r10
   4ae: 49ffc2                         incq %r10
   4b1: 4c8917                         movq %r10, (%rdi)
   4b4: 837f0803                       cmpl $0x3, 0x8(%rdi)
   4b8: 0f851f020000                   jne 0x21f
   4be: 4c3b4f30                       cmpq 0x30(%rdi), %r9
   4c2: 0f8d15020000                   jge 0x215
   4c8: 4c8b5f40                       movq 0x40(%rdi), %r11
   4cc: 4b8b14cb                       movq (%r11,%r9,8), %rdx
   4d0: 4889542410                     movq %rdx, 0x10(%rsp)
   4d5: f6c201                         testb $0x1, %dl
   4d8: 750b                           jne 0xb
   4da: 488b542410                     movq 0x10(%rsp), %rdx
   4df: 48ff02                         incq (%rdx)
   4e2: 4c8b17                         movq (%rdi), %r10
   4e5: 49ffca                         decq %r10
   4e8: 4c8917                         movq %r10, (%rdi)
   4eb: 41f6c701                       testb $0x1, %r15b
   4ef: 488b542420                     movq 0x20(%rsp), %rdx
   4f4: 0f8570010000                   jne 0x170
   4fa: 41837f0802                     cmpl $0x2, 0x8(%r15)
   4ff: 0f8565010000                   jne 0x165
   505: 4c8b4c2410                     movq 0x10(%rsp), %r9
   50a: 41f6c101                       testb $0x1, %r9b
   50e: 0f8556010000                   jne 0x156
   514: 4183790802                     cmpl $0x2, 0x8(%r9)
   519: 0f854b010000                   jne 0x14b
   51f: f2410f104f30                   movsd 0x30(%r15), %xmm1
   525: f2410f594930                   mulsd 0x30(%r9), %xmm1
   52b: 4d8d5d01                       leaq 0x1(%r13), %r11
   52f: 49ff0f                         decq (%r15)
   532: 49ff09                         decq (%r9)
   535: f20f58c1                       addsd %xmm1, %xmm0
   539: 48ffc0                         incq %rax
   53c: 48894208                       movq %rax, 0x8(%rdx)
   540: 4c036c2408                     addq 0x8(%rsp), %r13
   545: 4839c8                         cmpq %rcx, %rax
   548: 0f8cf2feffff                   jl -0x10e
   54e: 4c2b6c2408                     subq 0x8(%rsp), %r13
   553: 49ffc5                         incq %r13
   556: 4d89ef                         movq %r13, %r15
   559: eb3e                           jmp 0x3e
   55b: 4889d7                         movq %rdx, %rdi
   55e: 4989d6                         movq %rdx, %r14
   561: 4d89dd                         movq %r11, %r13
   564: e800000000                     callq 0x0
        # hole +0x565: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   569: 4d89eb                         movq %r13, %r11
   56c: 4c8b542428                     movq 0x28(%rsp), %r10
   571: 4c89f2                         movq %r14, %rdx
   574: 48890424                       movq %rax, (%rsp)
   578: b838000000                     movl $0x38, %eax
   57d: 4889442408                     movq %rax, 0x8(%rsp)
   582: 41b98c000000                   movl $0x8c, %r9d
   588: 41be0e000000                   movl $0xe, %r14d
   58e: e9fbfaffff                     jmp -0x505
   593: 4d89df                         movq %r11, %r15
   596: 4d89dd                         movq %r11, %r13
   599: 48c70201000000                 movq $0x1, (%rdx)
   5a0: 4889d7                         movq %rdx, %rdi
   5a3: e800000000                     callq 0x0
        # hole +0x5a4: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   5a8: b928000000                     movl $0x28, %ecx
   5ad: 48894c2408                     movq %rcx, 0x8(%rsp)
   5b2: 41b9aa000000                   movl $0xaa, %r9d
   5b8: 41be11000000                   movl $0x11, %r14d
   5be: b902000000                     movl $0x2, %ecx
   5c3: 48c7042400000000               movq $0x0, (%rsp)
   5cb: 4531c0                         xorl %r8d, %r8d
   5ce: 31ff                           xorl %edi, %edi
   5d0: 4d89fb                         movq %r15, %r11
   5d3: eb64                           jmp 0x64
   5d5: 4889d7                         movq %rdx, %rdi
   5d8: 4d89de                         movq %r11, %r14
   5db: e800000000                     callq 0x0
        # hole +0x5dc: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   5e0: 4d89f3                         movq %r14, %r11
   5e3: b928000000                     movl $0x28, %ecx
   5e8: 48894c2408                     movq %rcx, 0x8(%rsp)
   5ed: 41b9aa000000                   movl $0xaa, %r9d
   5f3: 41be11000000                   movl $0x11, %r14d
   5f9: b902000000                     movl $0x2, %ecx
   5fe: eb29                           jmp 0x29
   600: 4889d7                         movq %rdx, %rdi
   603: 4d89de                         movq %r11, %r14
   606: e800000000                     callq 0x0
        # hole +0x607: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   60b: 4d89f3                         movq %r14, %r11
   60e: b928000000                     movl $0x28, %ecx
   613: 48894c2408                     movq %rcx, 0x8(%rsp)
   618: 41b90a000000                   movl $0xa, %r9d
   61e: 41be01000000                   movl $0x1, %r14d
   624: b901000000                     movl $0x1, %ecx
   629: 48c7042400000000               movq $0x0, (%rsp)
   631: 4d89dd                         movq %r11, %r13
   634: 4531c0                         xorl %r8d, %r8d
   637: 31ff                           xorl %edi, %edi
   639: 498b742418                     movq 0x18(%r12), %rsi
   63e: 4c8b542428                     movq 0x28(%rsp), %r10
   643: 4c39d0                         cmpq %r10, %rax
   646: 7505                           jne 0x5
   648: 4589c7                         movl %r8d, %r15d
   64b: eb0a                           jmp 0xa
   64d: 48894610                       movq %rax, 0x10(%rsi)
   651: 4589c7                         movl %r8d, %r15d
   654: 4989c2                         movq %rax, %r10
   657: 488b542420                     movq 0x20(%rsp), %rdx
   65c: 4939dd                         cmpq %rbx, %r13
   65f: 0f8540faffff                   jne -0x5c0
   665: e93ffaffff                     jmp -0x5c1
   66a: 4889d7                         movq %rdx, %rdi
   66d: e800000000                     callq 0x0
        # hole +0x66e: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   672: 49ffc5                         incq %r13
   675: b940000000                     movl $0x40, %ecx
   67a: 48894c2408                     movq %rcx, 0x8(%rsp)
   67f: 41b001                         movb $0x1, %r8b
   682: 41b978000000                   movl $0x78, %r9d
   688: 41be0c000000                   movl $0xc, %r14d
   68e: 4883f808                       cmpq $0x8, %rax
   692: 7207                           jb 0x7
   694: 48c70002000000                 movq $0x2, (%rax)
   69b: 4c893c24                       movq %r15, (%rsp)
   69f: 4d89eb                         movq %r13, %r11
   6a2: 40b701                         movb $0x1, %dil
   6a5: b901000000                     movl $0x1, %ecx
   6aa: eb8d                           jmp -0x73
   6ac: 4889d7                         movq %rdx, %rdi
   6af: 4d89de                         movq %r11, %r14
   6b2: e800000000                     callq 0x0
        # hole +0x6b3: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   6b7: 4d89f3                         movq %r14, %r11
   6ba: b928000000                     movl $0x28, %ecx
   6bf: 48894c2408                     movq %rcx, 0x8(%rsp)
   6c4: 41b914000000                   movl $0x14, %r9d
   6ca: 41be02000000                   movl $0x2, %r14d
   6d0: e924ffffff                     jmp -0xdc
   6d5: 4d89df                         movq %r11, %r15
   6d8: 4889d7                         movq %rdx, %rdi
   6db: eb58                           jmp 0x58
   6dd: 488b7c2420                     movq 0x20(%rsp), %rdi
   6e2: e800000000                     callq 0x0
        # hole +0x6e3: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   6e7: 49ffc5                         incq %r13
   6ea: b948000000                     movl $0x48, %ecx
   6ef: 48894c2408                     movq %rcx, 0x8(%rsp)
   6f4: 41b001                         movb $0x1, %r8b
   6f7: 41b96e000000                   movl $0x6e, %r9d
   6fd: 41be0b000000                   movl $0xb, %r14d
   703: 4883f808                       cmpq $0x8, %rax
   707: 7207                           jb 0x7
   709: 48c70002000000                 movq $0x2, (%rax)
   710: 31ff                           xorl %edi, %edi
   712: 4c893c24                       movq %r15, (%rsp)
   716: 488b4c2418                     movq 0x18(%rsp), %rcx
   71b: 48894c2410                     movq %rcx, 0x10(%rsp)
   720: 4d89eb                         movq %r13, %r11
   723: b901000000                     movl $0x1, %ecx
   728: e90cffffff                     jmp -0xf4
   72d: 4d89df                         movq %r11, %r15
   730: 488b7c2420                     movq 0x20(%rsp), %rdi
   735: e800000000                     callq 0x0
        # hole +0x736: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   73a: 49ffc5                         incq %r13
   73d: b940000000                     movl $0x40, %ecx
   742: 48894c2408                     movq %rcx, 0x8(%rsp)
   747: 41b001                         movb $0x1, %r8b
   74a: 41b950000000                   movl $0x50, %r9d
   750: 41be08000000                   movl $0x8, %r14d
   756: 4883f808                       cmpq $0x8, %rax
   75a: 7207                           jb 0x7
   75c: 48c70002000000                 movq $0x2, (%rax)
   763: 4c896c2410                     movq %r13, 0x10(%rsp)
   768: 40b701                         movb $0x1, %dil
   76b: 4d89fb                         movq %r15, %r11
   76e: b901000000                     movl $0x1, %ecx
   773: e9c1feffff                     jmp -0x13f
