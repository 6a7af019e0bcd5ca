# stencil dot_product_float for x86_64-pc-windows-msvc: 2259 code bytes, 8 data bytes, 21 holes
     0: 55                             pushq %rbp
     1: 4883ec60                       subq $0x60, %rsp
     5: 498b742418                     movq 0x18(%r12), %rsi
     a: 488b7e20                       movq 0x20(%rsi), %rdi
     e: 41b901000000                   movl $0x1, %r9d
    14: b901000000                     movl $0x1, %ecx
    19: b80a000000                     movl $0xa, %eax
    1e: ba28000000                     movl $0x28, %edx
    23: 40f6c701                       testb $0x1, %dil
    27: 0f85ae050000                   jne 0x5ae
    2d: 837f0804                       cmpl $0x4, 0x8(%rdi)
    31: 0f85a4050000                   jne 0x5a4
    37: 4c8b3e                         movq (%rsi), %r15
    3a: 4c8b6e08                       movq 0x8(%rsi), %r13
    3e: 488b6e10                       movq 0x10(%rsi), %rbp
    42: 488b7618                       movq 0x18(%rsi), %rsi
    46: 488b4740                       movq 0x40(%rdi), %rax
    4a: 488b5f30                       movq 0x30(%rdi), %rbx
    4e: 488b4f38                       movq 0x38(%rdi), %rcx
    52: 4885c0                         testq %rax, %rax
    55: 7e1a                           jle 0x1a
    57: 4839cb                         cmpq %rcx, %rbx
    5a: 7c1a                           jl 0x1a
    5c: 41b902000000                   movl $0x2, %r9d
    62: b902000000                     movl $0x2, %ecx
    67: b814000000                     movl $0x14, %eax
    6c: e96a050000                     jmp 0x56a
    71: 4839cb                         cmpq %rcx, %rbx
    74: 7ee6                           jle -0x1a
    76: 4801d8                         addq %rbx, %rax
    79: 48894730                       movq %rax, 0x30(%rdi)
    7d: 40f6c601                       testb $0x1, %sil
    81: 750d                           jne 0xd
    83: 48ff0e                         decq (%rsi)
    86: 7508                           jne 0x8
    88: 4889f1                         movq %rsi, %rcx
    8b: e800000000                     callq 0x0
        # hole +0x8c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    90: 40f6c501                       testb $0x1, %bpl
    94: 7504                           jne 0x4
    96: 48ff4500                       incq (%rbp)
    9a: 4c8d1c5d01000000               leaq 0x1(,%rbx,2), %r11
    a2: 41b901000000                   movl $0x1, %r9d
    a8: b908000000                     movl $0x8, %ecx
    ad: b850000000                     movl $0x50, %eax
    b2: b201                           movb $0x1, %dl
    b4: 4889542450                     movq %rdx, 0x50(%rsp)
    b9: ba40000000                     movl $0x40, %edx
    be: 41f6c701                       testb $0x1, %r15b
    c2: 7559                           jne 0x59
    c4: 4d8b07                         movq (%r15), %r8
    c7: 49ffc0                         incq %r8
    ca: 4d8907                         movq %r8, (%r15)
    cd: 41837f0803                     cmpl $0x3, 0x8(%r15)
    d2: 7549                           jne 0x49
    d4: 4801db                         addq %rbx, %rbx
    d7: 48d1fb                         sarq %rbx
    da: 7841                           js 0x41
    dc: 48896c2430                     movq %rbp, 0x30(%rsp)
    e1: 493b5f30                       cmpq 0x30(%r15), %rbx
    e5: 0f8d6d060000                   jge 0x66d
    eb: 498b4740                       movq 0x40(%r15), %rax
    ef: 488b2cd8                       movq (%rax,%rbx,8), %rbp
    f3: 40f6c501                       testb $0x1, %bpl
    f7: 7535                           jne 0x35
    f9: 48ff4500                       incq (%rbp)
    fd: 4d8b07                         movq (%r15), %r8
   100: 49ffc8                         decq %r8
   103: 4d8907                         movq %r8, (%r15)
   106: 742e                           je 0x2e
   108: b90b000000                     movl $0xb, %ecx
   10d: b86e000000                     movl $0x6e, %eax
   112: 41f6c501                       testb $0x1, %r13b
   116: 7469                           je 0x69
   118: e9ae000000                     jmp 0xae
   11d: 40b701                         movb $0x1, %dil
   120: 41b001                         movb $0x1, %r8b
   123: 4d89dd                         movq %r11, %r13
   126: 4c89db                         movq %r11, %rbx
   129: e964040000                     jmp 0x464
   12e: 49ffc8                         decq %r8
   131: 4d8907                         movq %r8, (%r15)
   134: 75d2                           jne -0x2e
   136: 4c89f9                         movq %r15, %rcx
   139: 4c89742438                     movq %r14, 0x38(%rsp)
   13e: 4d89fe                         movq %r15, %r14
   141: 4989ef                         movq %rbp, %r15
   144: 4c89ed                         movq %r13, %rbp
   147: 4989f5                         movq %rsi, %r13
   14a: 4c89de                         movq %r11, %rsi
   14d: e800000000                     callq 0x0
        # hole +0x14e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   152: 4989f3                         movq %rsi, %r11
   155: 4c89ee                         movq %r13, %rsi
   158: 4989ed                         movq %rbp, %r13
   15b: 4c89fd                         movq %r15, %rbp
   15e: 4d89f7                         movq %r14, %r15
   161: 4c8b742438                     movq 0x38(%rsp), %r14
   166: ba40000000                     movl $0x40, %edx
   16b: 41b901000000                   movl $0x1, %r9d
   171: b90b000000                     movl $0xb, %ecx
   176: b86e000000                     movl $0x6e, %eax
   17b: 41f6c501                       testb $0x1, %r13b
   17f: 754a                           jne 0x4a
   181: 4d8b4500                       movq (%r13), %r8
   185: 49ffc0                         incq %r8
   188: 4d894500                       movq %r8, (%r13)
   18c: 41837d0803                     cmpl $0x3, 0x8(%r13)
   191: 7538                           jne 0x38
   193: 493b5d30                       cmpq 0x30(%r13), %rbx
   197: 7d32                           jge 0x32
   199: 498b4540                       movq 0x40(%r13), %rax
   19d: 488b1cd8                       movq (%rax,%rbx,8), %rbx
   1a1: f6c301                         testb $0x1, %bl
   1a4: 7534                           jne 0x34
   1a6: 48ff03                         incq (%rbx)
   1a9: 4d8b4500                       movq (%r13), %r8
   1ad: 49ffc8                         decq %r8
   1b0: 4d894500                       movq %r8, (%r13)
   1b4: 742d                           je 0x2d
   1b6: b90c000000                     movl $0xc, %ecx
   1bb: b878000000                     movl $0x78, %eax
   1c0: 40f6c501                       testb $0x1, %bpl
   1c4: 7460                           je 0x60
   1c6: e9b3030000                     jmp 0x3b3
   1cb: 31ff                           xorl %edi, %edi
   1cd: ba48000000                     movl $0x48, %edx
   1d2: 41b001                         movb $0x1, %r8b
   1d5: e9ad030000                     jmp 0x3ad
   1da: 49ffc8                         decq %r8
   1dd: 4d894500                       movq %r8, (%r13)
   1e1: 75d3                           jne -0x2d
   1e3: 4c89e9                         movq %r13, %rcx
   1e6: 4c896c2438                     movq %r13, 0x38(%rsp)
   1eb: 4989dd                         movq %rbx, %r13
   1ee: 4889f3                         movq %rsi, %rbx
   1f1: 4c89de                         movq %r11, %rsi
   1f4: e800000000                     callq 0x0
        # hole +0x1f5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1f9: 4989f3                         movq %rsi, %r11
   1fc: 4889de                         movq %rbx, %rsi
   1ff: 4c89eb                         movq %r13, %rbx
   202: 4c8b6c2438                     movq 0x38(%rsp), %r13
   207: ba40000000                     movl $0x40, %edx
   20c: 41b901000000                   movl $0x1, %r9d
   212: b90c000000                     movl $0xc, %ecx
   217: b878000000                     movl $0x78, %eax
   21c: 40f6c501                       testb $0x1, %bpl
   220: 0f8558030000                   jne 0x358
   226: 837d0802                       cmpl $0x2, 0x8(%rbp)
   22a: 0f854e030000                   jne 0x34e
   230: f6c301                         testb $0x1, %bl
   233: 0f8545030000                   jne 0x345
   239: 837b0802                       cmpl $0x2, 0x8(%rbx)
   23d: 0f853b030000                   jne 0x33b
   243: f20f107530                     movsd 0x30(%rbp), %xmm6
   248: f20f597330                     mulsd 0x30(%rbx), %xmm6
   24d: 48ff4d00                       decq (%rbp)
   251: 0f85ae030000                   jne 0x3ae
   257: 4889e9                         movq %rbp, %rcx
   25a: 4c89ed                         movq %r13, %rbp
   25d: 4989dd                         movq %rbx, %r13
   260: 4889f3                         movq %rsi, %rbx
   263: 4c89de                         movq %r11, %rsi
   266: e800000000                     callq 0x0
        # hole +0x267: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   26b: 4989f3                         movq %rsi, %r11
   26e: 4889de                         movq %rbx, %rsi
   271: 4c89eb                         movq %r13, %rbx
   274: 4989ed                         movq %rbp, %r13
   277: 48ff0b                         decq (%rbx)
   27a: 0f848e030000                   je 0x38e
   280: 488b6c2430                     movq 0x30(%rsp), %rbp
   285: 40f6c501                       testb $0x1, %bpl
   289: 0f85ae030000                   jne 0x3ae
   28f: 48895c2448                     movq %rbx, 0x48(%rsp)
   294: 4c89db                         movq %r11, %rbx
   297: 837d0802                       cmpl $0x2, 0x8(%rbp)
   29b: 0f85d9030000                   jne 0x3d9
   2a1: f20f587530                     addsd 0x30(%rbp), %xmm6
   2a6: 48ff4d00                       decq (%rbp)
   2aa: 7508                           jne 0x8
   2ac: 4889e9                         movq %rbp, %rcx
   2af: e800000000                     callq 0x0
        # hole +0x2b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2b4: 4c89f1                         movq %r14, %rcx
   2b7: 660f28ce                       movapd %xmm6, %xmm1
   2bb: e800000000                     callq 0x0
        # hole +0x2bc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   2c0: 4885c0                         testq %rax, %rax
   2c3: 0f84c8040000                   je 0x4c8
   2c9: 4989c2                         movq %rax, %r10
   2cc: 48ff4d00                       decq (%rbp)
   2d0: 7512                           jne 0x12
   2d2: 4889e9                         movq %rbp, %rcx
   2d5: 4c89542440                     movq %r10, 0x40(%rsp)
   2da: e800000000                     callq 0x0
        # hole +0x2db: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2df: 4c8b542440                     movq 0x40(%rsp), %r10
   2e4: 498b4608                       movq 0x8(%r14), %rax
   2e8: 48ffc0                         incq %rax
   2eb: 49894608                       movq %rax, 0x8(%r14)
   2ef: 493b4610                       cmpq 0x10(%r14), %rax
   2f3: 4989db                         movq %rbx, %r11
   2f6: 0f8db4030000                   jge 0x3b4
   2fc: ba28000000                     movl $0x28, %edx
   301: b8aa000000                     movl $0xaa, %eax
   306: b911000000                     movl $0x11, %ecx
   30b: 41b902000000                   movl $0x2, %r9d
   311: 49833e00                       cmpq $0x0, (%r14)
   315: 0f85b9030000                   jne 0x3b9
   31b: 837f0804                       cmpl $0x4, 0x8(%rdi)
   31f: 0f85b7030000                   jne 0x3b7
   325: 4c89742438                     movq %r14, 0x38(%rsp)
   32a: 4c8b742438                     movq 0x38(%rsp), %r14
   32f: 488b4740                       movq 0x40(%rdi), %rax
   333: 488b6f30                       movq 0x30(%rdi), %rbp
   337: 488b4f38                       movq 0x38(%rdi), %rcx
   33b: 4885c0                         testq %rax, %rax
   33e: 7e0a                           jle 0xa
   340: 4839cd                         cmpq %rcx, %rbp
   343: 7c0e                           jl 0xe
   345: e973040000                     jmp 0x473
   34a: 4839cd                         cmpq %rcx, %rbp
   34d: 0f8e6a040000                   jle 0x46a
   353: 4801e8                         addq %rbp, %rax
   356: 48894730                       movq %rax, 0x30(%rdi)
   35a: 41f6c201                       testb $0x1, %r10b
   35e: 7503                           jne 0x3
   360: 49ff02                         incq (%r10)
   363: 488d1c6d01000000               leaq 0x1(,%rbp,2), %rbx
   36b: 498b17                         movq (%r15), %rdx
   36e: 48ffc2                         incq %rdx
   371: 498917                         movq %rdx, (%r15)
   374: b001                           movb $0x1, %al
   376: 4889442450                     movq %rax, 0x50(%rsp)
   37b: b850000000                     movl $0x50, %eax
   380: b908000000                     movl $0x8, %ecx
   385: 41837f0803                     cmpl $0x3, 0x8(%r15)
   38a: 0f856d040000                   jne 0x46d
   390: 4801ed                         addq %rbp, %rbp
   393: 48d1fd                         sarq %rbp
   396: 0f8861040000                   js 0x461
   39c: 493b6f30                       cmpq 0x30(%r15), %rbp
   3a0: 0f8d57040000                   jge 0x457
   3a6: 498b4740                       movq 0x40(%r15), %rax
   3aa: 488b04e8                       movq (%rax,%rbp,8), %rax
   3ae: 4889442458                     movq %rax, 0x58(%rsp)
   3b3: a801                           testb $0x1, %al
   3b5: 750b                           jne 0xb
   3b7: 488b442458                     movq 0x58(%rsp), %rax
   3bc: 48ff00                         incq (%rax)
   3bf: 498b17                         movq (%r15), %rdx
   3c2: 48ffca                         decq %rdx
   3c5: 498917                         movq %rdx, (%r15)
   3c8: 4c89542440                     movq %r10, 0x40(%rsp)
   3cd: 750d                           jne 0xd
   3cf: 4c89f9                         movq %r15, %rcx
   3d2: e800000000                     callq 0x0
        # hole +0x3d3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3d7: 4c8b542440                     movq 0x40(%rsp), %r10
   3dc: 498b5500                       movq (%r13), %rdx
   3e0: 48ffc2                         incq %rdx
   3e3: 49895500                       movq %rdx, (%r13)
   3e7: b86e000000                     movl $0x6e, %eax
   3ec: b90b000000                     movl $0xb, %ecx
   3f1: 41837d0803                     cmpl $0x3, 0x8(%r13)
   3f6: 0f8519040000                   jne 0x419
   3fc: 493b6d30                       cmpq 0x30(%r13), %rbp
   400: 0f8d0f040000                   jge 0x40f
   406: 498b4540                       movq 0x40(%r13), %rax
   40a: 488b04e8                       movq (%rax,%rbp,8), %rax
   40e: 4889442448                     movq %rax, 0x48(%rsp)
   413: a801                           testb $0x1, %al
   415: 750c                           jne 0xc
   417: 488b442448                     movq 0x48(%rsp), %rax
   41c: 48ff00                         incq (%rax)
   41f: 498b5500                       movq (%r13), %rdx
   423: 48ffca                         decq %rdx
   426: 49895500                       movq %rdx, (%r13)
   42a: 7508                           jne 0x8
   42c: 4c89e9                         movq %r13, %rcx
   42f: e800000000                     callq 0x0
        # hole +0x430: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   434: b878000000                     movl $0x78, %eax
   439: b90c000000                     movl $0xc, %ecx
   43e: 4c8b542458                     movq 0x58(%rsp), %r10
   443: 41f6c201                       testb $0x1, %r10b
   447: 0f8585030000                   jne 0x385
   44d: 41837a0802                     cmpl $0x2, 0x8(%r10)
   452: 0f8558040000                   jne 0x458
   458: 488b542448                     movq 0x48(%rsp), %rdx
   45d: f6c201                         testb $0x1, %dl
   460: 4c8b542440                     movq 0x40(%rsp), %r10
   465: 0f85fe020000                   jne 0x2fe
   46b: 837a0802                       cmpl $0x2, 0x8(%rdx)
   46f: 0f85f4020000                   jne 0x2f4
   475: 488b4c2458                     movq 0x58(%rsp), %rcx
   47a: f20f107130                     movsd 0x30(%rcx), %xmm6
   47f: f20f597230                     mulsd 0x30(%rdx), %xmm6
   484: 48ff09                         decq (%rcx)
   487: 7415                           je 0x15
   489: 488b442448                     movq 0x48(%rsp), %rax
   48e: 48ff08                         decq (%rax)
   491: 741f                           je 0x1f
   493: 41f6c201                       testb $0x1, %r10b
   497: 7432                           je 0x32
   499: e97d020000                     jmp 0x27d
   49e: e800000000                     callq 0x0
        # hole +0x49f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4a3: 4c8b542440                     movq 0x40(%rsp), %r10
   4a8: 488b442448                     movq 0x48(%rsp), %rax
   4ad: 48ff08                         decq (%rax)
   4b0: 75e1                           jne -0x1f
   4b2: 488b4c2448                     movq 0x48(%rsp), %rcx
   4b7: e800000000                     callq 0x0
        # hole +0x4b8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4bc: 4c8b542440                     movq 0x40(%rsp), %r10
   4c1: 41f6c201                       testb $0x1, %r10b
   4c5: 0f8550020000                   jne 0x250
   4cb: 41837a0802                     cmpl $0x2, 0x8(%r10)
   4d0: 0f8545020000                   jne 0x245
   4d6: f2410f587230                   addsd 0x30(%r10), %xmm6
   4dc: 49ff0a                         decq (%r10)
   4df: 750a                           jne 0xa
   4e1: 488b4c2440                     movq 0x40(%rsp), %rcx
   4e6: e800000000                     callq 0x0
        # hole +0x4e7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4eb: 488b4c2438                     movq 0x38(%rsp), %rcx
   4f0: 660f28ce                       movapd %xmm6, %xmm1
   4f4: e800000000                     callq 0x0
        # hole +0x4f5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   4f9: 4885c0                         testq %rax, %rax
   4fc: 0f847b030000                   je 0x37b
   502: 4889c5                         movq %rax, %rbp
   505: 488b4c2440                     movq 0x40(%rsp), %rcx
   50a: 48ff09                         decq (%rcx)
   50d: 7505                           jne 0x5
   50f: e800000000                     callq 0x0
        # hole +0x510: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   514: 498b4608                       movq 0x8(%r14), %rax
   518: 48ffc0                         incq %rax
   51b: 49894608                       movq %rax, 0x8(%r14)
   51f: 493b4610                       cmpq 0x10(%r14), %rax
   523: 0f8d09030000                   jge 0x309
   529: 49833e00                       cmpq $0x0, (%r14)
   52d: 0f850f030000                   jne 0x30f
   533: 837f0804                       cmpl $0x4, 0x8(%rdi)
   537: 4989db                         movq %rbx, %r11
   53a: 4989ea                         movq %rbp, %r10
   53d: 0f84ecfdffff                   je -0x214
   543: 4989ea                         movq %rbp, %r10
   546: 4989db                         movq %rbx, %r11
   549: 41b901000000                   movl $0x1, %r9d
   54f: b901000000                     movl $0x1, %ecx
   554: b80a000000                     movl $0xa, %eax
   559: 48c744245000000000             movq $0x0, 0x50(%rsp)
   562: 4531c0                         xorl %r8d, %r8d
   565: 31ff                           xorl %edi, %edi
   567: ba28000000                     movl $0x28, %edx
   56c: 488b6c2430                     movq 0x30(%rsp), %rbp
   571: 4531ff                         xorl %r15d, %r15d
   574: 4c8b742438                     movq 0x38(%rsp), %r14
   579: e982010000                     jmp 0x182
   57e: 40b701                         movb $0x1, %dil
   581: 41b001                         movb $0x1, %r8b
   584: 4989dd                         movq %rbx, %r13
   587: 4c89db                         movq %r11, %rbx
   58a: 4989ef                         movq %rbp, %r15
   58d: 488b6c2430                     movq 0x30(%rsp), %rbp
   592: 4839f3                         cmpq %rsi, %rbx
   595: 7409                           je 0x9
   597: 498b742418                     movq 0x18(%r12), %rsi
   59c: 48895e18                       movq %rbx, 0x18(%rsi)
   5a0: 807c245000                     cmpb $0x0, 0x50(%rsp)
   5a5: 7434                           je 0x34
   5a7: 498b742418                     movq 0x18(%r12), %rsi
   5ac: 48896e28                       movq %rbp, 0x28(%rsi)
   5b0: 498b742418                     movq 0x18(%r12), %rsi
   5b5: 4c897e30                       movq %r15, 0x30(%rsi)
   5b9: 4584c0                         testb %r8b, %r8b
   5bc: 741d                           je 0x1d
   5be: 498b742418                     movq 0x18(%r12), %rsi
   5c3: 4c896e38                       movq %r13, 0x38(%rsi)
   5c7: 41b840000000                   movl $0x40, %r8d
   5cd: 4084ff                         testb %dil, %dil
   5d0: 7509                           jne 0x9
   5d2: 498b742418                     movq 0x18(%r12), %rsi
   5d7: 4e891c06                       movq %r11, (%rsi,%r8)
   5db: 4903542418                     addq 0x18(%r12), %rdx
   5e0: 488b3500000000                 movq (%rip), %rsi
        # hole +0x5e3: IMAGE_REL_AMD64_REL32 Rel32 data-4
   5e7: 4801ce                         addq %rcx, %rsi
   5ea: 4889442428                     movq %rax, 0x28(%rsp)
   5ef: 4889742420                     movq %rsi, 0x20(%rsp)
   5f4: 4c89e1                         movq %r12, %rcx
   5f7: 4d89f0                         movq %r14, %r8
   5fa: e800000000                     callq 0x0
        # hole +0x5fb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   5ff: 4883c460                       addq $0x60, %rsp
   603: 5d                             popq %rbp
   604: c3                             retq
   605: 48ff0b                         decq (%rbx)
   608: 0f8572fcffff                   jne -0x38e
   60e: 4889d9                         movq %rbx, %rcx
   611: 4c89ed                         movq %r13, %rbp
   614: 4989dd                         movq %rbx, %r13
   617: 4889f3                         movq %rsi, %rbx
   61a: 4c89de                         movq %r11, %rsi
   61d: e800000000                     callq 0x0
        # hole +0x61e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   622: 4989f3                         movq %rsi, %r11
   625: 4889de                         movq %rbx, %rsi
   628: 4c89eb                         movq %r13, %rbx
   62b: 4989ed                         movq %rbp, %r13
   62e: 488b6c2430                     movq 0x30(%rsp), %rbp
   633: 40f6c501                       testb $0x1, %bpl
   637: 0f8452fcffff                   je -0x3ae
   63d: 4c89f1                         movq %r14, %rcx
   640: 660f28ce                       movapd %xmm6, %xmm1
   644: 4889f7                         movq %rsi, %rdi
   647: 4c89de                         movq %r11, %rsi
   64a: e800000000                     callq 0x0
        # hole +0x64b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   64f: 4989f3                         movq %rsi, %r11
   652: 4889fe                         movq %rdi, %rsi
   655: 41b901000000                   movl $0x1, %r9d
   65b: 4989c7                         movq %rax, %r15
   65e: b90e000000                     movl $0xe, %ecx
   663: b88c000000                     movl $0x8c, %eax
   668: ba38000000                     movl $0x38, %edx
   66d: 31ff                           xorl %edi, %edi
   66f: 4531c0                         xorl %r8d, %r8d
   672: 4989dd                         movq %rbx, %r13
   675: e9acfaffff                     jmp -0x554
   67a: 4c89f1                         movq %r14, %rcx
   67d: 660f28ce                       movapd %xmm6, %xmm1
   681: e800000000                     callq 0x0
        # hole +0x682: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   686: 41b901000000                   movl $0x1, %r9d
   68c: 4989c7                         movq %rax, %r15
   68f: b90e000000                     movl $0xe, %ecx
   694: b88c000000                     movl $0x8c, %eax
   699: ba38000000                     movl $0x38, %edx
   69e: 31ff                           xorl %edi, %edi
   6a0: 4531c0                         xorl %r8d, %r8d
   6a3: 4c8b6c2448                     movq 0x48(%rsp), %r13
   6a8: 4989db                         movq %rbx, %r11
   6ab: e9e2feffff                     jmp -0x11e
   6b0: 4c89db                         movq %r11, %rbx
   6b3: 49c70601000000                 movq $0x1, (%r14)
   6ba: ba28000000                     movl $0x28, %edx
   6bf: b8aa000000                     movl $0xaa, %eax
   6c4: b911000000                     movl $0x11, %ecx
   6c9: 41b902000000                   movl $0x2, %r9d
   6cf: 4531ff                         xorl %r15d, %r15d
   6d2: eb1e                           jmp 0x1e
   6d4: 4531ff                         xorl %r15d, %r15d
   6d7: 4c89db                         movq %r11, %rbx
   6da: eb16                           jmp 0x16
   6dc: 4531ff                         xorl %r15d, %r15d
   6df: 4c89db                         movq %r11, %rbx
   6e2: 41b901000000                   movl $0x1, %r9d
   6e8: b901000000                     movl $0x1, %ecx
   6ed: b80a000000                     movl $0xa, %eax
   6f2: 48c744245000000000             movq $0x0, 0x50(%rsp)
   6fb: 4531c0                         xorl %r8d, %r8d
   6fe: 31ff                           xorl %edi, %edi
   700: 4939ea                         cmpq %rbp, %r10
   703: 740c                           je 0xc
   705: 4c89d5                         movq %r10, %rbp
   708: 4d8b542418                     movq 0x18(%r12), %r10
   70d: 49896a10                       movq %rbp, 0x10(%r10)
   711: 4c8b6c2448                     movq 0x48(%rsp), %r13
   716: e977feffff                     jmp -0x189
   71b: 4c8b742438                     movq 0x38(%rsp), %r14
   720: 4c89f1                         movq %r14, %rcx
   723: 660f28ce                       movapd %xmm6, %xmm1
   727: e800000000                     callq 0x0
        # hole +0x728: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   72c: 4c8b542440                     movq 0x40(%rsp), %r10
   731: 4989c7                         movq %rax, %r15
   734: ba38000000                     movl $0x38, %edx
   739: b88c000000                     movl $0x8c, %eax
   73e: b90e000000                     movl $0xe, %ecx
   743: 4531c0                         xorl %r8d, %r8d
   746: 4989db                         movq %rbx, %r11
   749: 41b901000000                   movl $0x1, %r9d
   74f: 31ff                           xorl %edi, %edi
   751: 488b6c2430                     movq 0x30(%rsp), %rbp
   756: eba8                           jmp -0x58
   758: 40b701                         movb $0x1, %dil
   75b: 41b001                         movb $0x1, %r8b
   75e: 4d89dd                         movq %r11, %r13
   761: 4c89db                         movq %r11, %rbx
   764: e924feffff                     jmp -0x1dc
   769: 4989db                         movq %rbx, %r11
   76c: 41b901000000                   movl $0x1, %r9d
   772: 41b001                         movb $0x1, %r8b
   775: 40b701                         movb $0x1, %dil
   778: ba40000000                     movl $0x40, %edx
   77d: 488b6c2430                     movq 0x30(%rsp), %rbp
   782: 4c8b7c2458                     movq 0x58(%rsp), %r15
   787: 4c8b742438                     movq 0x38(%rsp), %r14
   78c: e96fffffff                     jmp -0x91
   791: 41b818000000                   movl $0x18, %r8d
   797: 41b903000000                   movl $0x3, %r9d
   79d: b90f000000                     movl $0xf, %ecx
   7a2: b896000000                     movl $0x96, %eax
   7a7: ba28000000                     movl $0x28, %edx
   7ac: 4989db                         movq %rbx, %r11
   7af: 4839f3                         cmpq %rsi, %rbx
   7b2: 0f851afeffff                   jne -0x1e6
   7b8: e91efeffff                     jmp -0x1e2
   7bd: b814000000                     movl $0x14, %eax
   7c2: b902000000                     movl $0x2, %ecx
   7c7: 4531ff                         xorl %r15d, %r15d
   7ca: 4c89db                         movq %r11, %rbx
   7cd: e983000000                     jmp 0x83
   7d2: 4989db                         movq %rbx, %r11
   7d5: 41b901000000                   movl $0x1, %r9d
   7db: 41b001                         movb $0x1, %r8b
   7de: 40b701                         movb $0x1, %dil
   7e1: ba40000000                     movl $0x40, %edx
   7e6: 488b6c2430                     movq 0x30(%rsp), %rbp
   7eb: 4d89d7                         movq %r10, %r15
   7ee: 4c8b542440                     movq 0x40(%rsp), %r10
   7f3: 4c8b742438                     movq 0x38(%rsp), %r14
   7f8: e903ffffff                     jmp -0xfd
   7fd: 48895c2448                     movq %rbx, 0x48(%rsp)
   802: 41b901000000                   movl $0x1, %r9d
   808: 41b001                         movb $0x1, %r8b
   80b: 40b701                         movb $0x1, %dil
   80e: ba40000000                     movl $0x40, %edx
   813: eb59                           jmp 0x59
   815: 31ff                           xorl %edi, %edi
   817: 4c896c2448                     movq %r13, 0x48(%rsp)
   81c: 4989db                         movq %rbx, %r11
   81f: 41b901000000                   movl $0x1, %r9d
   825: 41b001                         movb $0x1, %r8b
   828: ba48000000                     movl $0x48, %edx
   82d: e94bffffff                     jmp -0xb5
   832: 4989ea                         movq %rbp, %r10
   835: 4989db                         movq %rbx, %r11
   838: 488b6c2430                     movq 0x30(%rsp), %rbp
   83d: e971feffff                     jmp -0x18f
   842: 4531ff                         xorl %r15d, %r15d
   845: 4989ea                         movq %rbp, %r10
   848: 4989db                         movq %rbx, %r11
   84b: b911000000                     movl $0x11, %ecx
   850: b8aa000000                     movl $0xaa, %eax
   855: 48c744245000000000             movq $0x0, 0x50(%rsp)
   85e: 4531c0                         xorl %r8d, %r8d
   861: 31ff                           xorl %edi, %edi
   863: 41b902000000                   movl $0x2, %r9d
   869: ba28000000                     movl $0x28, %edx
   86e: 488b6c2430                     movq 0x30(%rsp), %rbp
   873: 4c8b742438                     movq 0x38(%rsp), %r14
   878: e983feffff                     jmp -0x17d
   87d: b896000000                     movl $0x96, %eax
   882: b90f000000                     movl $0xf, %ecx
   887: 41b903000000                   movl $0x3, %r9d
   88d: 4531ff                         xorl %r15d, %r15d
   890: 4989db                         movq %rbx, %r11
   893: 48c744245000000000             movq $0x0, 0x50(%rsp)
   89c: 4531c0                         xorl %r8d, %r8d
   89f: 31ff                           xorl %edi, %edi
   8a1: ba28000000                     movl $0x28, %edx
   8a6: 488b6c2430                     movq 0x30(%rsp), %rbp
   8ab: e93effffff                     jmp -0xc2
   8b0: 4989db                         movq %rbx, %r11
   8b3: 41b901000000                   movl $0x1, %r9d
   8b9: 41b001                         movb $0x1, %r8b
   8bc: 40b701                         movb $0x1, %dil
   8bf: ba40000000                     movl $0x40, %edx
   8c4: 488b6c2430                     movq 0x30(%rsp), %rbp
   8c9: 4c8b7c2458                     movq 0x58(%rsp), %r15
   8ce: e91bffffff                     jmp -0xe5
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
