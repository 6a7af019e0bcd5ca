# stencil startup_builtins for x86_64-unknown-linux-gnu: 2278 code bytes, 0 data bytes, 46 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b6810                       movq 0x10(%rax), %rbp
     e: 40f6c501                       testb $0x1, %bpl
    12: 741e                           je 0x1e
    14: 49896d00                       movq %rbp, (%r13)
    18: 488b00                         movq (%rax), %rax
    1b: a801                           testb $0x1, %al
    1d: 7422                           je 0x22
    1f: 498d7510                       leaq 0x10(%r13), %rsi
    23: 49894508                       movq %rax, 0x8(%r13)
    27: 40f6c501                       testb $0x1, %bpl
    2b: 742d                           je 0x2d
    2d: e917070000                     jmp 0x717
    32: 48ff4500                       incq (%rbp)
    36: 49896d00                       movq %rbp, (%r13)
    3a: 488b00                         movq (%rax), %rax
    3d: a801                           testb $0x1, %al
    3f: 75de                           jne -0x22
    41: 48ff00                         incq (%rax)
    44: 498b6d00                       movq (%r13), %rbp
    48: 498d7510                       leaq 0x10(%r13), %rsi
    4c: 49894508                       movq %rax, 0x8(%r13)
    50: 40f6c501                       testb $0x1, %bpl
    54: 0f85ef060000                   jne 0x6ef
    5a: 837d0808                       cmpl $0x8, 0x8(%rbp)
    5e: 0f85e5060000                   jne 0x6e5
    64: 48893424                       movq %rsi, (%rsp)
    68: 4d8d7d08                       leaq 0x8(%r13), %r15
    6c: ba01000000                     movl $0x1, %edx
    71: 4c89f7                         movq %r14, %rdi
    74: 4c89fe                         movq %r15, %rsi
    77: ff5538                         callq *0x38(%rbp)
    7a: 4889c3                         movq %rax, %rbx
    7d: 498b3f                         movq (%r15), %rdi
    80: 40f6c701                       testb $0x1, %dil
    84: 7505                           jne 0x5
    86: 48ff0f                         decq (%rdi)
    89: 7457                           je 0x57
    8b: 48ff4d00                       decq (%rbp)
    8f: 7508                           jne 0x8
    91: 4889ef                         movq %rbp, %rdi
    94: e800000000                     callq 0x0
        # hole +0x95: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    99: 4885db                         testq %rbx, %rbx
    9c: 0f8483070000                   je 0x783
    a2: 49895d00                       movq %rbx, (%r13)
    a6: 498b442418                     movq 0x18(%r12), %rax
    ab: 488b7808                       movq 0x8(%rax), %rdi
    af: 48895808                       movq %rbx, 0x8(%rax)
    b3: 40f6c701                       testb $0x1, %dil
    b7: 7505                           jne 0x5
    b9: 48ff0f                         decq (%rdi)
    bc: 7431                           je 0x31
    be: 488b6828                       movq 0x28(%rax), %rbp
    c2: 40f6c501                       testb $0x1, %bpl
    c6: 743b                           je 0x3b
    c8: 49896d00                       movq %rbp, (%r13)
    cc: 488b4018                       movq 0x18(%rax), %rax
    d0: a801                           testb $0x1, %al
    d2: 743f                           je 0x3f
    d4: 498907                         movq %rax, (%r15)
    d7: 40f6c501                       testb $0x1, %bpl
    db: 744a                           je 0x4a
    dd: e985060000                     jmp 0x685
    e2: e800000000                     callq 0x0
        # hole +0xe3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    e7: 48ff4d00                       decq (%rbp)
    eb: 75ac                           jne -0x54
    ed: eba2                           jmp -0x5e
    ef: e800000000                     callq 0x0
        # hole +0xf0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    f4: 498b442418                     movq 0x18(%r12), %rax
    f9: 488b6828                       movq 0x28(%rax), %rbp
    fd: 40f6c501                       testb $0x1, %bpl
   101: 75c5                           jne -0x3b
   103: 48ff4500                       incq (%rbp)
   107: 49896d00                       movq %rbp, (%r13)
   10b: 488b4018                       movq 0x18(%rax), %rax
   10f: a801                           testb $0x1, %al
   111: 75c1                           jne -0x3f
   113: 48ff00                         incq (%rax)
   116: 498b6d00                       movq (%r13), %rbp
   11a: 498907                         movq %rax, (%r15)
   11d: 40f6c501                       testb $0x1, %bpl
   121: 0f8540060000                   jne 0x640
   127: 837d0808                       cmpl $0x8, 0x8(%rbp)
   12b: 0f8536060000                   jne 0x636
   131: ba01000000                     movl $0x1, %edx
   136: 4c89f7                         movq %r14, %rdi
   139: 4c89fe                         movq %r15, %rsi
   13c: ff5538                         callq *0x38(%rbp)
   13f: 4889c3                         movq %rax, %rbx
   142: 498b3f                         movq (%r15), %rdi
   145: 40f6c701                       testb $0x1, %dil
   149: 7509                           jne 0x9
   14b: 48ff0f                         decq (%rdi)
   14e: 0f84bd000000                   je 0xbd
   154: 48ff4d00                       decq (%rbp)
   158: 7508                           jne 0x8
   15a: 4889ef                         movq %rbp, %rdi
   15d: e800000000                     callq 0x0
        # hole +0x15e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   162: 4885db                         testq %rbx, %rbx
   165: 0f84d3060000                   je 0x6d3
   16b: 49895d00                       movq %rbx, (%r13)
   16f: 498b442418                     movq 0x18(%r12), %rax
   174: 488b7820                       movq 0x20(%rax), %rdi
   178: 48895820                       movq %rbx, 0x20(%rax)
   17c: 40f6c701                       testb $0x1, %dil
   180: 7509                           jne 0x9
   182: 48ff0f                         decq (%rdi)
   185: 0f849a000000                   je 0x9a
   18b: 488b4848                       movq 0x48(%rax), %rcx
   18f: f6c101                         testb $0x1, %cl
   192: 0f84a4000000                   je 0xa4
   198: 49894d00                       movq %rcx, (%r13)
   19c: 488b4830                       movq 0x30(%rax), %rcx
   1a0: f6c101                         testb $0x1, %cl
   1a3: 0f84a7000000                   je 0xa7
   1a9: 49890f                         movq %rcx, (%r15)
   1ac: 488b4038                       movq 0x38(%rax), %rax
   1b0: a801                           testb $0x1, %al
   1b2: 7503                           jne 0x3
   1b4: 48ff00                         incq (%rax)
   1b7: 498d4d18                       leaq 0x18(%r13), %rcx
   1bb: 48894c2408                     movq %rcx, 0x8(%rsp)
   1c0: 49894510                       movq %rax, 0x10(%r13)
   1c4: 498b6d00                       movq (%r13), %rbp
   1c8: 40f6c501                       testb $0x1, %bpl
   1cc: 0f85ae050000                   jne 0x5ae
   1d2: 837d0808                       cmpl $0x8, 0x8(%rbp)
   1d6: 0f85a4050000                   jne 0x5a4
   1dc: ba02000000                     movl $0x2, %edx
   1e1: 4c89f7                         movq %r14, %rdi
   1e4: 4c89fe                         movq %r15, %rsi
   1e7: ff5538                         callq *0x38(%rbp)
   1ea: 4889c3                         movq %rax, %rbx
   1ed: 498b3f                         movq (%r15), %rdi
   1f0: 40f6c701                       testb $0x1, %dil
   1f4: 7505                           jne 0x5
   1f6: 48ff0f                         decq (%rdi)
   1f9: 746c                           je 0x6c
   1fb: 498b7d10                       movq 0x10(%r13), %rdi
   1ff: 40f6c701                       testb $0x1, %dil
   203: 7571                           jne 0x71
   205: 48ff0f                         decq (%rdi)
   208: 756c                           jne 0x6c
   20a: e800000000                     callq 0x0
        # hole +0x20b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   20f: eb65                           jmp 0x65
   211: e800000000                     callq 0x0
        # hole +0x212: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   216: 48ff4d00                       decq (%rbp)
   21a: 0f8542ffffff                   jne -0xbe
   220: e935ffffff                     jmp -0xcb
   225: e800000000                     callq 0x0
        # hole +0x226: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   22a: 498b442418                     movq 0x18(%r12), %rax
   22f: 488b4848                       movq 0x48(%rax), %rcx
   233: f6c101                         testb $0x1, %cl
   236: 0f855cffffff                   jne -0xa4
   23c: 48ff01                         incq (%rcx)
   23f: 49894d00                       movq %rcx, (%r13)
   243: 488b4830                       movq 0x30(%rax), %rcx
   247: f6c101                         testb $0x1, %cl
   24a: 0f8559ffffff                   jne -0xa7
   250: 48ff01                         incq (%rcx)
   253: 49890f                         movq %rcx, (%r15)
   256: 488b4038                       movq 0x38(%rax), %rax
   25a: a801                           testb $0x1, %al
   25c: 0f8452ffffff                   je -0xae
   262: e950ffffff                     jmp -0xb0
   267: e800000000                     callq 0x0
        # hole +0x268: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   26c: 498b7d10                       movq 0x10(%r13), %rdi
   270: 40f6c701                       testb $0x1, %dil
   274: 748f                           je -0x71
   276: 48ff4d00                       decq (%rbp)
   27a: 7508                           jne 0x8
   27c: 4889ef                         movq %rbp, %rdi
   27f: e800000000                     callq 0x0
        # hole +0x280: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   284: 4885db                         testq %rbx, %rbx
   287: 0f84ca050000                   je 0x5ca
   28d: 49895d00                       movq %rbx, (%r13)
   291: 498b442418                     movq 0x18(%r12), %rax
   296: 488b7840                       movq 0x40(%rax), %rdi
   29a: 48895840                       movq %rbx, 0x40(%rax)
   29e: 40f6c701                       testb $0x1, %dil
   2a2: 7505                           jne 0x5
   2a4: 48ff0f                         decq (%rdi)
   2a7: 7434                           je 0x34
   2a9: 488b4868                       movq 0x68(%rax), %rcx
   2ad: f6c101                         testb $0x1, %cl
   2b0: 743e                           je 0x3e
   2b2: 49894d00                       movq %rcx, (%r13)
   2b6: 488b4850                       movq 0x50(%rax), %rcx
   2ba: f6c101                         testb $0x1, %cl
   2bd: 7441                           je 0x41
   2bf: 49890f                         movq %rcx, (%r15)
   2c2: 488b4058                       movq 0x58(%rax), %rax
   2c6: a801                           testb $0x1, %al
   2c8: 7444                           je 0x44
   2ca: 49894510                       movq %rax, 0x10(%r13)
   2ce: 498b6d00                       movq (%r13), %rbp
   2d2: 40f6c501                       testb $0x1, %bpl
   2d6: 744b                           je 0x4b
   2d8: e9b9040000                     jmp 0x4b9
   2dd: e800000000                     callq 0x0
        # hole +0x2de: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2e2: 498b442418                     movq 0x18(%r12), %rax
   2e7: 488b4868                       movq 0x68(%rax), %rcx
   2eb: f6c101                         testb $0x1, %cl
   2ee: 75c2                           jne -0x3e
   2f0: 48ff01                         incq (%rcx)
   2f3: 49894d00                       movq %rcx, (%r13)
   2f7: 488b4850                       movq 0x50(%rax), %rcx
   2fb: f6c101                         testb $0x1, %cl
   2fe: 75bf                           jne -0x41
   300: 48ff01                         incq (%rcx)
   303: 49890f                         movq %rcx, (%r15)
   306: 488b4058                       movq 0x58(%rax), %rax
   30a: a801                           testb $0x1, %al
   30c: 75bc                           jne -0x44
   30e: 48ff00                         incq (%rax)
   311: 49894510                       movq %rax, 0x10(%r13)
   315: 498b6d00                       movq (%r13), %rbp
   319: 40f6c501                       testb $0x1, %bpl
   31d: 0f8573040000                   jne 0x473
   323: 837d0808                       cmpl $0x8, 0x8(%rbp)
   327: 0f8569040000                   jne 0x469
   32d: ba02000000                     movl $0x2, %edx
   332: 4c89f7                         movq %r14, %rdi
   335: 4c89fe                         movq %r15, %rsi
   338: ff5538                         callq *0x38(%rbp)
   33b: 4889c3                         movq %rax, %rbx
   33e: 498b3f                         movq (%r15), %rdi
   341: 40f6c701                       testb $0x1, %dil
   345: 7505                           jne 0x5
   347: 48ff0f                         decq (%rdi)
   34a: 7416                           je 0x16
   34c: 498b7d10                       movq 0x10(%r13), %rdi
   350: 40f6c701                       testb $0x1, %dil
   354: 751b                           jne 0x1b
   356: 48ff0f                         decq (%rdi)
   359: 7516                           jne 0x16
   35b: e800000000                     callq 0x0
        # hole +0x35c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   360: eb0f                           jmp 0xf
   362: e800000000                     callq 0x0
        # hole +0x363: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   367: 498b7d10                       movq 0x10(%r13), %rdi
   36b: 40f6c701                       testb $0x1, %dil
   36f: 74e5                           je -0x1b
   371: 48ff4d00                       decq (%rbp)
   375: 7508                           jne 0x8
   377: 4889ef                         movq %rbp, %rdi
   37a: e800000000                     callq 0x0
        # hole +0x37b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   37f: 4885db                         testq %rbx, %rbx
   382: 0f84e5040000                   je 0x4e5
   388: 49895d00                       movq %rbx, (%r13)
   38c: 498b442418                     movq 0x18(%r12), %rax
   391: 488b7860                       movq 0x60(%rax), %rdi
   395: 48895860                       movq %rbx, 0x60(%rax)
   399: 40f6c701                       testb $0x1, %dil
   39d: 7505                           jne 0x5
   39f: 48ff0f                         decq (%rdi)
   3a2: 7427                           je 0x27
   3a4: 488ba880000000                 movq 0x80(%rax), %rbp
   3ab: 40f6c501                       testb $0x1, %bpl
   3af: 7431                           je 0x31
   3b1: 49896d00                       movq %rbp, (%r13)
   3b5: 488b4070                       movq 0x70(%rax), %rax
   3b9: a801                           testb $0x1, %al
   3bb: 7435                           je 0x35
   3bd: 498907                         movq %rax, (%r15)
   3c0: 40f6c501                       testb $0x1, %bpl
   3c4: 7440                           je 0x40
   3c6: e9e1030000                     jmp 0x3e1
   3cb: e800000000                     callq 0x0
        # hole +0x3cc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3d0: 498b442418                     movq 0x18(%r12), %rax
   3d5: 488ba880000000                 movq 0x80(%rax), %rbp
   3dc: 40f6c501                       testb $0x1, %bpl
   3e0: 75cf                           jne -0x31
   3e2: 48ff4500                       incq (%rbp)
   3e6: 49896d00                       movq %rbp, (%r13)
   3ea: 488b4070                       movq 0x70(%rax), %rax
   3ee: a801                           testb $0x1, %al
   3f0: 75cb                           jne -0x35
   3f2: 48ff00                         incq (%rax)
   3f5: 498b6d00                       movq (%r13), %rbp
   3f9: 498907                         movq %rax, (%r15)
   3fc: 40f6c501                       testb $0x1, %bpl
   400: 0f85a6030000                   jne 0x3a6
   406: 837d0808                       cmpl $0x8, 0x8(%rbp)
   40a: 0f859c030000                   jne 0x39c
   410: ba01000000                     movl $0x1, %edx
   415: 4c89f7                         movq %r14, %rdi
   418: 4c89fe                         movq %r15, %rsi
   41b: ff5538                         callq *0x38(%rbp)
   41e: 4889c3                         movq %rax, %rbx
   421: 498b3f                         movq (%r15), %rdi
   424: 40f6c701                       testb $0x1, %dil
   428: 7505                           jne 0x5
   42a: 48ff0f                         decq (%rdi)
   42d: 745d                           je 0x5d
   42f: 48ff4d00                       decq (%rbp)
   433: 7508                           jne 0x8
   435: 4889ef                         movq %rbp, %rdi
   438: e800000000                     callq 0x0
        # hole +0x439: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   43d: 4885db                         testq %rbx, %rbx
   440: 0f843d040000                   je 0x43d
   446: 49895d00                       movq %rbx, (%r13)
   44a: 498b442418                     movq 0x18(%r12), %rax
   44f: 488b7878                       movq 0x78(%rax), %rdi
   453: 48895878                       movq %rbx, 0x78(%rax)
   457: 40f6c701                       testb $0x1, %dil
   45b: 7505                           jne 0x5
   45d: 48ff0f                         decq (%rdi)
   460: 7437                           je 0x37
   462: 488ba898000000                 movq 0x98(%rax), %rbp
   469: 40f6c501                       testb $0x1, %bpl
   46d: 7441                           je 0x41
   46f: 49896d00                       movq %rbp, (%r13)
   473: 488b8088000000                 movq 0x88(%rax), %rax
   47a: a801                           testb $0x1, %al
   47c: 7445                           je 0x45
   47e: 498907                         movq %rax, (%r15)
   481: 40f6c501                       testb $0x1, %bpl
   485: 7450                           je 0x50
   487: e936030000                     jmp 0x336
   48c: e800000000                     callq 0x0
        # hole +0x48d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   491: 48ff4d00                       decq (%rbp)
   495: 75a6                           jne -0x5a
   497: eb9c                           jmp -0x64
   499: e800000000                     callq 0x0
        # hole +0x49a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   49e: 498b442418                     movq 0x18(%r12), %rax
   4a3: 488ba898000000                 movq 0x98(%rax), %rbp
   4aa: 40f6c501                       testb $0x1, %bpl
   4ae: 75bf                           jne -0x41
   4b0: 48ff4500                       incq (%rbp)
   4b4: 49896d00                       movq %rbp, (%r13)
   4b8: 488b8088000000                 movq 0x88(%rax), %rax
   4bf: a801                           testb $0x1, %al
   4c1: 75bb                           jne -0x45
   4c3: 48ff00                         incq (%rax)
   4c6: 498b6d00                       movq (%r13), %rbp
   4ca: 498907                         movq %rax, (%r15)
   4cd: 40f6c501                       testb $0x1, %bpl
   4d1: 0f85eb020000                   jne 0x2eb
   4d7: 837d0808                       cmpl $0x8, 0x8(%rbp)
   4db: 0f85e1020000                   jne 0x2e1
   4e1: ba01000000                     movl $0x1, %edx
   4e6: 4c89f7                         movq %r14, %rdi
   4e9: 4c89fe                         movq %r15, %rsi
   4ec: ff5538                         callq *0x38(%rbp)
   4ef: 4889c3                         movq %rax, %rbx
   4f2: 498b3f                         movq (%r15), %rdi
   4f5: 40f6c701                       testb $0x1, %dil
   4f9: 7505                           jne 0x5
   4fb: 48ff0f                         decq (%rdi)
   4fe: 7476                           je 0x76
   500: 48ff4d00                       decq (%rbp)
   504: 7508                           jne 0x8
   506: 4889ef                         movq %rbp, %rdi
   509: e800000000                     callq 0x0
        # hole +0x50a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   50e: 4885db                         testq %rbx, %rbx
   511: 0f8482030000                   je 0x382
   517: 49895d00                       movq %rbx, (%r13)
   51b: 498b442418                     movq 0x18(%r12), %rax
   520: 488bb890000000                 movq 0x90(%rax), %rdi
   527: 48899890000000                 movq %rbx, 0x90(%rax)
   52e: 40f6c701                       testb $0x1, %dil
   532: 7505                           jne 0x5
   534: 48ff0f                         decq (%rdi)
   537: 744a                           je 0x4a
   539: 488b88b8000000                 movq 0xb8(%rax), %rcx
   540: f6c101                         testb $0x1, %cl
   543: 7454                           je 0x54
   545: 49894d00                       movq %rcx, (%r13)
   549: 488b88a0000000                 movq 0xa0(%rax), %rcx
   550: f6c101                         testb $0x1, %cl
   553: 7457                           je 0x57
   555: 49890f                         movq %rcx, (%r15)
   558: 488b80a8000000                 movq 0xa8(%rax), %rax
   55f: a801                           testb $0x1, %al
   561: 745a                           je 0x5a
   563: 49894510                       movq %rax, 0x10(%r13)
   567: 498b6d00                       movq (%r13), %rbp
   56b: 40f6c501                       testb $0x1, %bpl
   56f: 7461                           je 0x61
   571: e962020000                     jmp 0x262
   576: e800000000                     callq 0x0
        # hole +0x577: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   57b: 48ff4d00                       decq (%rbp)
   57f: 758d                           jne -0x73
   581: eb83                           jmp -0x7d
   583: e800000000                     callq 0x0
        # hole +0x584: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   588: 498b442418                     movq 0x18(%r12), %rax
   58d: 488b88b8000000                 movq 0xb8(%rax), %rcx
   594: f6c101                         testb $0x1, %cl
   597: 75ac                           jne -0x54
   599: 48ff01                         incq (%rcx)
   59c: 49894d00                       movq %rcx, (%r13)
   5a0: 488b88a0000000                 movq 0xa0(%rax), %rcx
   5a7: f6c101                         testb $0x1, %cl
   5aa: 75a9                           jne -0x57
   5ac: 48ff01                         incq (%rcx)
   5af: 49890f                         movq %rcx, (%r15)
   5b2: 488b80a8000000                 movq 0xa8(%rax), %rax
   5b9: a801                           testb $0x1, %al
   5bb: 75a6                           jne -0x5a
   5bd: 48ff00                         incq (%rax)
   5c0: 49894510                       movq %rax, 0x10(%r13)
   5c4: 498b6d00                       movq (%r13), %rbp
   5c8: 40f6c501                       testb $0x1, %bpl
   5cc: 0f8506020000                   jne 0x206
   5d2: 837d0808                       cmpl $0x8, 0x8(%rbp)
   5d6: 0f85fc010000                   jne 0x1fc
   5dc: ba02000000                     movl $0x2, %edx
   5e1: 4c89f7                         movq %r14, %rdi
   5e4: 4c89fe                         movq %r15, %rsi
   5e7: ff5538                         callq *0x38(%rbp)
   5ea: 4889c3                         movq %rax, %rbx
   5ed: 498b3f                         movq (%r15), %rdi
   5f0: 40f6c701                       testb $0x1, %dil
   5f4: 7505                           jne 0x5
   5f6: 48ff0f                         decq (%rdi)
   5f9: 7416                           je 0x16
   5fb: 498b7d10                       movq 0x10(%r13), %rdi
   5ff: 40f6c701                       testb $0x1, %dil
   603: 751b                           jne 0x1b
   605: 48ff0f                         decq (%rdi)
   608: 7516                           jne 0x16
   60a: e800000000                     callq 0x0
        # hole +0x60b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   60f: eb0f                           jmp 0xf
   611: e800000000                     callq 0x0
        # hole +0x612: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   616: 498b7d10                       movq 0x10(%r13), %rdi
   61a: 40f6c701                       testb $0x1, %dil
   61e: 74e5                           je -0x1b
   620: 48ff4d00                       decq (%rbp)
   624: 7508                           jne 0x8
   626: 4889ef                         movq %rbp, %rdi
   629: e800000000                     callq 0x0
        # hole +0x62a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   62e: 4885db                         testq %rbx, %rbx
   631: 0f8478020000                   je 0x278
   637: 49895d00                       movq %rbx, (%r13)
   63b: 498b442418                     movq 0x18(%r12), %rax
   640: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   647: 488998b0000000                 movq %rbx, 0xb0(%rax)
   64e: 40f6c701                       testb $0x1, %dil
   652: 7505                           jne 0x5
   654: 48ff0f                         decq (%rdi)
   657: 742a                           je 0x2a
   659: 488ba8d0000000                 movq 0xd0(%rax), %rbp
   660: 40f6c501                       testb $0x1, %bpl
   664: 7434                           je 0x34
   666: 49896d00                       movq %rbp, (%r13)
   66a: 488b80c0000000                 movq 0xc0(%rax), %rax
   671: a801                           testb $0x1, %al
   673: 7438                           je 0x38
   675: 498907                         movq %rax, (%r15)
   678: 40f6c501                       testb $0x1, %bpl
   67c: 7443                           je 0x43
   67e: e975010000                     jmp 0x175
   683: e800000000                     callq 0x0
        # hole +0x684: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   688: 498b442418                     movq 0x18(%r12), %rax
   68d: 488ba8d0000000                 movq 0xd0(%rax), %rbp
   694: 40f6c501                       testb $0x1, %bpl
   698: 75cc                           jne -0x34
   69a: 48ff4500                       incq (%rbp)
   69e: 49896d00                       movq %rbp, (%r13)
   6a2: 488b80c0000000                 movq 0xc0(%rax), %rax
   6a9: a801                           testb $0x1, %al
   6ab: 75c8                           jne -0x38
   6ad: 48ff00                         incq (%rax)
   6b0: 498b6d00                       movq (%r13), %rbp
   6b4: 498907                         movq %rax, (%r15)
   6b7: 40f6c501                       testb $0x1, %bpl
   6bb: 0f8537010000                   jne 0x137
   6c1: 837d0808                       cmpl $0x8, 0x8(%rbp)
   6c5: 0f852d010000                   jne 0x12d
   6cb: ba01000000                     movl $0x1, %edx
   6d0: 4c89f7                         movq %r14, %rdi
   6d3: 4c89fe                         movq %r15, %rsi
   6d6: ff5538                         callq *0x38(%rbp)
   6d9: 4889c3                         movq %rax, %rbx
   6dc: 498b3f                         movq (%r15), %rdi
   6df: 40f6c701                       testb $0x1, %dil
   6e3: 7505                           jne 0x5
   6e5: 48ff0f                         decq (%rdi)
   6e8: 7443                           je 0x43
   6ea: 48ff4d00                       decq (%rbp)
   6ee: 7508                           jne 0x8
   6f0: 4889ef                         movq %rbp, %rdi
   6f3: e800000000                     callq 0x0
        # hole +0x6f4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6f8: 4885db                         testq %rbx, %rbx
   6fb: 0f84c4010000                   je 0x1c4
   701: 49895d00                       movq %rbx, (%r13)
   705: 498b442418                     movq 0x18(%r12), %rax
   70a: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   711: 488998c8000000                 movq %rbx, 0xc8(%rax)
   718: 40f6c701                       testb $0x1, %dil
   71c: 7505                           jne 0x5
   71e: 48ff0f                         decq (%rdi)
   721: 7417                           je 0x17
   723: 4883c410                       addq $0x10, %rsp
   727: 5d                             popq %rbp
   728: e900000000                     jmp 0x0
        # hole +0x729: R_X86_64_PLT32 Rel32 continue-4
   72d: e800000000                     callq 0x0
        # hole +0x72e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   732: 48ff4d00                       decq (%rbp)
   736: 75c0                           jne -0x40
   738: ebb6                           jmp -0x4a
   73a: e800000000                     callq 0x0
        # hole +0x73b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   73f: 4883c410                       addq $0x10, %rsp
   743: 5d                             popq %rbp
   744: e900000000                     jmp 0x0
        # hole +0x745: R_X86_64_PLT32 Rel32 continue-4
   749: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x74b: R_X86_64_64 Abs64 index+0
   753: 4983c002                       addq $0x2, %r8
   757: 41b914000000                   movl $0x14, %r9d
   75d: b901000000                     movl $0x1, %ecx
   762: e9ae000000                     jmp 0xae
   767: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x769: R_X86_64_64 Abs64 index+0
   771: 4983c008                       addq $0x8, %r8
   775: 41b950000000                   movl $0x50, %r9d
   77b: e98c000000                     jmp 0x8c
   780: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x782: R_X86_64_64 Abs64 index+0
   78a: 4983c00f                       addq $0xf, %r8
   78e: 41b996000000                   movl $0x96, %r9d
   794: eb56                           jmp 0x56
   796: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x798: R_X86_64_64 Abs64 index+0
   7a0: 4983c016                       addq $0x16, %r8
   7a4: 41b9dc000000                   movl $0xdc, %r9d
   7aa: eb40                           jmp 0x40
   7ac: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7ae: R_X86_64_64 Abs64 index+0
   7b6: 4983c01c                       addq $0x1c, %r8
   7ba: 41b918010000                   movl $0x118, %r9d
   7c0: eb4a                           jmp 0x4a
   7c2: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7c4: R_X86_64_64 Abs64 index+0
   7cc: 4983c022                       addq $0x22, %r8
   7d0: 41b954010000                   movl $0x154, %r9d
   7d6: eb34                           jmp 0x34
   7d8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7da: R_X86_64_64 Abs64 index+0
   7e2: 4983c029                       addq $0x29, %r8
   7e6: 41b99a010000                   movl $0x19a, %r9d
   7ec: b901000000                     movl $0x1, %ecx
   7f1: 488b742408                     movq 0x8(%rsp), %rsi
   7f6: eb1d                           jmp 0x1d
   7f8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7fa: R_X86_64_64 Abs64 index+0
   802: 4983c02f                       addq $0x2f, %r8
   806: 41b9d6010000                   movl $0x1d6, %r9d
   80c: b901000000                     movl $0x1, %ecx
   811: 488b3424                       movq (%rsp), %rsi
   815: 4c89e7                         movq %r12, %rdi
   818: 4c89f2                         movq %r14, %rdx
   81b: 4883c410                       addq $0x10, %rsp
   81f: 5d                             popq %rbp
   820: e900000000                     jmp 0x0
        # hole +0x821: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   825: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x827: R_X86_64_64 Abs64 index+0
   82f: 4983c002                       addq $0x2, %r8
   833: 41b914000000                   movl $0x14, %r9d
   839: e99b000000                     jmp 0x9b
   83e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x840: R_X86_64_64 Abs64 index+0
   848: 4983c008                       addq $0x8, %r8
   84c: 41b950000000                   movl $0x50, %r9d
   852: e982000000                     jmp 0x82
   857: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x859: R_X86_64_64 Abs64 index+0
   861: 4983c00f                       addq $0xf, %r8
   865: 41b996000000                   movl $0x96, %r9d
   86b: eb6c                           jmp 0x6c
   86d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x86f: R_X86_64_64 Abs64 index+0
   877: 4983c016                       addq $0x16, %r8
   87b: 41b9dc000000                   movl $0xdc, %r9d
   881: eb56                           jmp 0x56
   883: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x885: R_X86_64_64 Abs64 index+0
   88d: 4983c01c                       addq $0x1c, %r8
   891: 41b918010000                   movl $0x118, %r9d
   897: eb40                           jmp 0x40
   899: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x89b: R_X86_64_64 Abs64 index+0
   8a3: 4983c022                       addq $0x22, %r8
   8a7: 41b954010000                   movl $0x154, %r9d
   8ad: eb2a                           jmp 0x2a
   8af: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8b1: R_X86_64_64 Abs64 index+0
   8b9: 4983c029                       addq $0x29, %r8
   8bd: 41b99a010000                   movl $0x19a, %r9d
   8c3: eb14                           jmp 0x14
   8c5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8c7: R_X86_64_64 Abs64 index+0
   8cf: 4983c02f                       addq $0x2f, %r8
   8d3: 41b9d6010000                   movl $0x1d6, %r9d
   8d9: b903000000                     movl $0x3, %ecx
   8de: 4c89ee                         movq %r13, %rsi
   8e1: e92fffffff                     jmp -0xd1
