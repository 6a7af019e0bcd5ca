# stencil startup_builtins for x86_64-apple-darwin: 2205 code bytes, 8 data bytes, 47 holes
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
    2b: 7429                           je 0x29
    2d: e904070000                     jmp 0x704
    32: 48ff4500                       incq (%rbp)
    36: 49896d00                       movq %rbp, (%r13)
    3a: 488b00                         movq (%rax), %rax
    3d: a801                           testb $0x1, %al
    3f: 75de                           jne -0x22
    41: 48ff00                         incq (%rax)
    44: 498d7510                       leaq 0x10(%r13), %rsi
    48: 49894508                       movq %rax, 0x8(%r13)
    4c: 40f6c501                       testb $0x1, %bpl
    50: 0f85e0060000                   jne 0x6e0
    56: 837d0808                       cmpl $0x8, 0x8(%rbp)
    5a: 0f85d6060000                   jne 0x6d6
    60: 48893424                       movq %rsi, (%rsp)
    64: 4d8d7d08                       leaq 0x8(%r13), %r15
    68: ba01000000                     movl $0x1, %edx
    6d: 4c89f7                         movq %r14, %rdi
    70: 4c89fe                         movq %r15, %rsi
    73: ff5538                         callq *0x38(%rbp)
    76: 4889c3                         movq %rax, %rbx
    79: 498b3f                         movq (%r15), %rdi
    7c: 40f6c701                       testb $0x1, %dil
    80: 7505                           jne 0x5
    82: 48ff0f                         decq (%rdi)
    85: 7457                           je 0x57
    87: 48ff4d00                       decq (%rbp)
    8b: 7508                           jne 0x8
    8d: 4889ef                         movq %rbp, %rdi
    90: e800000000                     callq 0x0
        # hole +0x91: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    95: 4885db                         testq %rbx, %rbx
    98: 0f8459070000                   je 0x759
    9e: 49895d00                       movq %rbx, (%r13)
    a2: 498b442418                     movq 0x18(%r12), %rax
    a7: 488b7808                       movq 0x8(%rax), %rdi
    ab: 48895808                       movq %rbx, 0x8(%rax)
    af: 40f6c701                       testb $0x1, %dil
    b3: 7505                           jne 0x5
    b5: 48ff0f                         decq (%rdi)
    b8: 7431                           je 0x31
    ba: 488b6828                       movq 0x28(%rax), %rbp
    be: 40f6c501                       testb $0x1, %bpl
    c2: 743b                           je 0x3b
    c4: 49896d00                       movq %rbp, (%r13)
    c8: 488b4018                       movq 0x18(%rax), %rax
    cc: a801                           testb $0x1, %al
    ce: 743f                           je 0x3f
    d0: 498907                         movq %rax, (%r15)
    d3: 40f6c501                       testb $0x1, %bpl
    d7: 7446                           je 0x46
    d9: e973060000                     jmp 0x673
    de: e800000000                     callq 0x0
        # hole +0xdf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    e3: 48ff4d00                       decq (%rbp)
    e7: 75ac                           jne -0x54
    e9: eba2                           jmp -0x5e
    eb: e800000000                     callq 0x0
        # hole +0xec: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    f0: 498b442418                     movq 0x18(%r12), %rax
    f5: 488b6828                       movq 0x28(%rax), %rbp
    f9: 40f6c501                       testb $0x1, %bpl
    fd: 75c5                           jne -0x3b
    ff: 48ff4500                       incq (%rbp)
   103: 49896d00                       movq %rbp, (%r13)
   107: 488b4018                       movq 0x18(%rax), %rax
   10b: a801                           testb $0x1, %al
   10d: 75c1                           jne -0x3f
   10f: 48ff00                         incq (%rax)
   112: 498907                         movq %rax, (%r15)
   115: 40f6c501                       testb $0x1, %bpl
   119: 0f8532060000                   jne 0x632
   11f: 837d0808                       cmpl $0x8, 0x8(%rbp)
   123: 0f8528060000                   jne 0x628
   129: ba01000000                     movl $0x1, %edx
   12e: 4c89f7                         movq %r14, %rdi
   131: 4c89fe                         movq %r15, %rsi
   134: ff5538                         callq *0x38(%rbp)
   137: 4889c3                         movq %rax, %rbx
   13a: 498b3f                         movq (%r15), %rdi
   13d: 40f6c701                       testb $0x1, %dil
   141: 7509                           jne 0x9
   143: 48ff0f                         decq (%rdi)
   146: 0f84ba000000                   je 0xba
   14c: 48ff4d00                       decq (%rbp)
   150: 7508                           jne 0x8
   152: 4889ef                         movq %rbp, %rdi
   155: e800000000                     callq 0x0
        # hole +0x156: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   15a: 4885db                         testq %rbx, %rbx
   15d: 0f84aa060000                   je 0x6aa
   163: 49895d00                       movq %rbx, (%r13)
   167: 498b442418                     movq 0x18(%r12), %rax
   16c: 488b7820                       movq 0x20(%rax), %rdi
   170: 48895820                       movq %rbx, 0x20(%rax)
   174: 40f6c701                       testb $0x1, %dil
   178: 7509                           jne 0x9
   17a: 48ff0f                         decq (%rdi)
   17d: 0f8497000000                   je 0x97
   183: 488b6848                       movq 0x48(%rax), %rbp
   187: 40f6c501                       testb $0x1, %bpl
   18b: 0f84a1000000                   je 0xa1
   191: 49896d00                       movq %rbp, (%r13)
   195: 488b4830                       movq 0x30(%rax), %rcx
   199: f6c101                         testb $0x1, %cl
   19c: 0f84a5000000                   je 0xa5
   1a2: 49890f                         movq %rcx, (%r15)
   1a5: 488b4038                       movq 0x38(%rax), %rax
   1a9: a801                           testb $0x1, %al
   1ab: 7503                           jne 0x3
   1ad: 48ff00                         incq (%rax)
   1b0: 498d4d18                       leaq 0x18(%r13), %rcx
   1b4: 48894c2408                     movq %rcx, 0x8(%rsp)
   1b9: 49894510                       movq %rax, 0x10(%r13)
   1bd: 40f6c501                       testb $0x1, %bpl
   1c1: 0f859d050000                   jne 0x59d
   1c7: 837d0808                       cmpl $0x8, 0x8(%rbp)
   1cb: 0f8593050000                   jne 0x593
   1d1: ba02000000                     movl $0x2, %edx
   1d6: 4c89f7                         movq %r14, %rdi
   1d9: 4c89fe                         movq %r15, %rsi
   1dc: ff5538                         callq *0x38(%rbp)
   1df: 4889c3                         movq %rax, %rbx
   1e2: 498b3f                         movq (%r15), %rdi
   1e5: 40f6c701                       testb $0x1, %dil
   1e9: 7505                           jne 0x5
   1eb: 48ff0f                         decq (%rdi)
   1ee: 746e                           je 0x6e
   1f0: 498b7d10                       movq 0x10(%r13), %rdi
   1f4: 40f6c701                       testb $0x1, %dil
   1f8: 7573                           jne 0x73
   1fa: 48ff0f                         decq (%rdi)
   1fd: 756e                           jne 0x6e
   1ff: e800000000                     callq 0x0
        # hole +0x200: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   204: eb67                           jmp 0x67
   206: e800000000                     callq 0x0
        # hole +0x207: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   20b: 48ff4d00                       decq (%rbp)
   20f: 0f8545ffffff                   jne -0xbb
   215: e938ffffff                     jmp -0xc8
   21a: e800000000                     callq 0x0
        # hole +0x21b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   21f: 498b442418                     movq 0x18(%r12), %rax
   224: 488b6848                       movq 0x48(%rax), %rbp
   228: 40f6c501                       testb $0x1, %bpl
   22c: 0f855fffffff                   jne -0xa1
   232: 48ff4500                       incq (%rbp)
   236: 49896d00                       movq %rbp, (%r13)
   23a: 488b4830                       movq 0x30(%rax), %rcx
   23e: f6c101                         testb $0x1, %cl
   241: 0f855bffffff                   jne -0xa5
   247: 48ff01                         incq (%rcx)
   24a: 49890f                         movq %rcx, (%r15)
   24d: 488b4038                       movq 0x38(%rax), %rax
   251: a801                           testb $0x1, %al
   253: 0f8454ffffff                   je -0xac
   259: e952ffffff                     jmp -0xae
   25e: e800000000                     callq 0x0
        # hole +0x25f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   263: 498b7d10                       movq 0x10(%r13), %rdi
   267: 40f6c701                       testb $0x1, %dil
   26b: 748d                           je -0x73
   26d: 48ff4d00                       decq (%rbp)
   271: 7508                           jne 0x8
   273: 4889ef                         movq %rbp, %rdi
   276: e800000000                     callq 0x0
        # hole +0x277: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   27b: 4885db                         testq %rbx, %rbx
   27e: 0f849c050000                   je 0x59c
   284: 49895d00                       movq %rbx, (%r13)
   288: 498b442418                     movq 0x18(%r12), %rax
   28d: 488b7840                       movq 0x40(%rax), %rdi
   291: 48895840                       movq %rbx, 0x40(%rax)
   295: 40f6c701                       testb $0x1, %dil
   299: 7505                           jne 0x5
   29b: 48ff0f                         decq (%rdi)
   29e: 7434                           je 0x34
   2a0: 488b6868                       movq 0x68(%rax), %rbp
   2a4: 40f6c501                       testb $0x1, %bpl
   2a8: 743e                           je 0x3e
   2aa: 49896d00                       movq %rbp, (%r13)
   2ae: 488b4850                       movq 0x50(%rax), %rcx
   2b2: f6c101                         testb $0x1, %cl
   2b5: 7442                           je 0x42
   2b7: 49890f                         movq %rcx, (%r15)
   2ba: 488b4058                       movq 0x58(%rax), %rax
   2be: a801                           testb $0x1, %al
   2c0: 7445                           je 0x45
   2c2: 488b0c24                       movq (%rsp), %rcx
   2c6: 488901                         movq %rax, (%rcx)
   2c9: 40f6c501                       testb $0x1, %bpl
   2cd: 744c                           je 0x4c
   2cf: e9a3040000                     jmp 0x4a3
   2d4: e800000000                     callq 0x0
        # hole +0x2d5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2d9: 498b442418                     movq 0x18(%r12), %rax
   2de: 488b6868                       movq 0x68(%rax), %rbp
   2e2: 40f6c501                       testb $0x1, %bpl
   2e6: 75c2                           jne -0x3e
   2e8: 48ff4500                       incq (%rbp)
   2ec: 49896d00                       movq %rbp, (%r13)
   2f0: 488b4850                       movq 0x50(%rax), %rcx
   2f4: f6c101                         testb $0x1, %cl
   2f7: 75be                           jne -0x42
   2f9: 48ff01                         incq (%rcx)
   2fc: 49890f                         movq %rcx, (%r15)
   2ff: 488b4058                       movq 0x58(%rax), %rax
   303: a801                           testb $0x1, %al
   305: 75bb                           jne -0x45
   307: 48ff00                         incq (%rax)
   30a: 488b0c24                       movq (%rsp), %rcx
   30e: 488901                         movq %rax, (%rcx)
   311: 40f6c501                       testb $0x1, %bpl
   315: 0f855c040000                   jne 0x45c
   31b: 837d0808                       cmpl $0x8, 0x8(%rbp)
   31f: 0f8552040000                   jne 0x452
   325: ba02000000                     movl $0x2, %edx
   32a: 4c89f7                         movq %r14, %rdi
   32d: 4c89fe                         movq %r15, %rsi
   330: ff5538                         callq *0x38(%rbp)
   333: 4889c3                         movq %rax, %rbx
   336: 498b3f                         movq (%r15), %rdi
   339: 40f6c701                       testb $0x1, %dil
   33d: 7505                           jne 0x5
   33f: 48ff0f                         decq (%rdi)
   342: 7416                           je 0x16
   344: 498b7d10                       movq 0x10(%r13), %rdi
   348: 40f6c701                       testb $0x1, %dil
   34c: 751b                           jne 0x1b
   34e: 48ff0f                         decq (%rdi)
   351: 7516                           jne 0x16
   353: e800000000                     callq 0x0
        # hole +0x354: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   358: eb0f                           jmp 0xf
   35a: e800000000                     callq 0x0
        # hole +0x35b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   35f: 498b7d10                       movq 0x10(%r13), %rdi
   363: 40f6c701                       testb $0x1, %dil
   367: 74e5                           je -0x1b
   369: 48ff4d00                       decq (%rbp)
   36d: 7508                           jne 0x8
   36f: 4889ef                         movq %rbp, %rdi
   372: e800000000                     callq 0x0
        # hole +0x373: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   377: 4885db                         testq %rbx, %rbx
   37a: 0f84b3040000                   je 0x4b3
   380: 49895d00                       movq %rbx, (%r13)
   384: 498b442418                     movq 0x18(%r12), %rax
   389: 488b7860                       movq 0x60(%rax), %rdi
   38d: 48895860                       movq %rbx, 0x60(%rax)
   391: 40f6c701                       testb $0x1, %dil
   395: 7505                           jne 0x5
   397: 48ff0f                         decq (%rdi)
   39a: 7427                           je 0x27
   39c: 488ba880000000                 movq 0x80(%rax), %rbp
   3a3: 40f6c501                       testb $0x1, %bpl
   3a7: 7431                           je 0x31
   3a9: 49896d00                       movq %rbp, (%r13)
   3ad: 488b4070                       movq 0x70(%rax), %rax
   3b1: a801                           testb $0x1, %al
   3b3: 7435                           je 0x35
   3b5: 498907                         movq %rax, (%r15)
   3b8: 40f6c501                       testb $0x1, %bpl
   3bc: 743c                           je 0x3c
   3be: e9c7030000                     jmp 0x3c7
   3c3: e800000000                     callq 0x0
        # hole +0x3c4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3c8: 498b442418                     movq 0x18(%r12), %rax
   3cd: 488ba880000000                 movq 0x80(%rax), %rbp
   3d4: 40f6c501                       testb $0x1, %bpl
   3d8: 75cf                           jne -0x31
   3da: 48ff4500                       incq (%rbp)
   3de: 49896d00                       movq %rbp, (%r13)
   3e2: 488b4070                       movq 0x70(%rax), %rax
   3e6: a801                           testb $0x1, %al
   3e8: 75cb                           jne -0x35
   3ea: 48ff00                         incq (%rax)
   3ed: 498907                         movq %rax, (%r15)
   3f0: 40f6c501                       testb $0x1, %bpl
   3f4: 0f8590030000                   jne 0x390
   3fa: 837d0808                       cmpl $0x8, 0x8(%rbp)
   3fe: 0f8586030000                   jne 0x386
   404: ba01000000                     movl $0x1, %edx
   409: 4c89f7                         movq %r14, %rdi
   40c: 4c89fe                         movq %r15, %rsi
   40f: ff5538                         callq *0x38(%rbp)
   412: 4889c3                         movq %rax, %rbx
   415: 498b3f                         movq (%r15), %rdi
   418: 40f6c701                       testb $0x1, %dil
   41c: 7505                           jne 0x5
   41e: 48ff0f                         decq (%rdi)
   421: 745d                           je 0x5d
   423: 48ff4d00                       decq (%rbp)
   427: 7508                           jne 0x8
   429: 4889ef                         movq %rbp, %rdi
   42c: e800000000                     callq 0x0
        # hole +0x42d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   431: 4885db                         testq %rbx, %rbx
   434: 0f840c040000                   je 0x40c
   43a: 49895d00                       movq %rbx, (%r13)
   43e: 498b442418                     movq 0x18(%r12), %rax
   443: 488b7878                       movq 0x78(%rax), %rdi
   447: 48895878                       movq %rbx, 0x78(%rax)
   44b: 40f6c701                       testb $0x1, %dil
   44f: 7505                           jne 0x5
   451: 48ff0f                         decq (%rdi)
   454: 7437                           je 0x37
   456: 488ba898000000                 movq 0x98(%rax), %rbp
   45d: 40f6c501                       testb $0x1, %bpl
   461: 7441                           je 0x41
   463: 49896d00                       movq %rbp, (%r13)
   467: 488b8088000000                 movq 0x88(%rax), %rax
   46e: a801                           testb $0x1, %al
   470: 7445                           je 0x45
   472: 498907                         movq %rax, (%r15)
   475: 40f6c501                       testb $0x1, %bpl
   479: 744c                           je 0x4c
   47b: e91d030000                     jmp 0x31d
   480: e800000000                     callq 0x0
        # hole +0x481: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   485: 48ff4d00                       decq (%rbp)
   489: 75a6                           jne -0x5a
   48b: eb9c                           jmp -0x64
   48d: e800000000                     callq 0x0
        # hole +0x48e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   492: 498b442418                     movq 0x18(%r12), %rax
   497: 488ba898000000                 movq 0x98(%rax), %rbp
   49e: 40f6c501                       testb $0x1, %bpl
   4a2: 75bf                           jne -0x41
   4a4: 48ff4500                       incq (%rbp)
   4a8: 49896d00                       movq %rbp, (%r13)
   4ac: 488b8088000000                 movq 0x88(%rax), %rax
   4b3: a801                           testb $0x1, %al
   4b5: 75bb                           jne -0x45
   4b7: 48ff00                         incq (%rax)
   4ba: 498907                         movq %rax, (%r15)
   4bd: 40f6c501                       testb $0x1, %bpl
   4c1: 0f85d6020000                   jne 0x2d6
   4c7: 837d0808                       cmpl $0x8, 0x8(%rbp)
   4cb: 0f85cc020000                   jne 0x2cc
   4d1: ba01000000                     movl $0x1, %edx
   4d6: 4c89f7                         movq %r14, %rdi
   4d9: 4c89fe                         movq %r15, %rsi
   4dc: ff5538                         callq *0x38(%rbp)
   4df: 4889c3                         movq %rax, %rbx
   4e2: 498b3f                         movq (%r15), %rdi
   4e5: 40f6c701                       testb $0x1, %dil
   4e9: 7505                           jne 0x5
   4eb: 48ff0f                         decq (%rdi)
   4ee: 7476                           je 0x76
   4f0: 48ff4d00                       decq (%rbp)
   4f4: 7508                           jne 0x8
   4f6: 4889ef                         movq %rbp, %rdi
   4f9: e800000000                     callq 0x0
        # hole +0x4fa: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4fe: 4885db                         testq %rbx, %rbx
   501: 0f8452030000                   je 0x352
   507: 49895d00                       movq %rbx, (%r13)
   50b: 498b442418                     movq 0x18(%r12), %rax
   510: 488bb890000000                 movq 0x90(%rax), %rdi
   517: 48899890000000                 movq %rbx, 0x90(%rax)
   51e: 40f6c701                       testb $0x1, %dil
   522: 7505                           jne 0x5
   524: 48ff0f                         decq (%rdi)
   527: 744a                           je 0x4a
   529: 488ba8b8000000                 movq 0xb8(%rax), %rbp
   530: 40f6c501                       testb $0x1, %bpl
   534: 7454                           je 0x54
   536: 49896d00                       movq %rbp, (%r13)
   53a: 488b88a0000000                 movq 0xa0(%rax), %rcx
   541: f6c101                         testb $0x1, %cl
   544: 7458                           je 0x58
   546: 49890f                         movq %rcx, (%r15)
   549: 488b80a8000000                 movq 0xa8(%rax), %rax
   550: a801                           testb $0x1, %al
   552: 745b                           je 0x5b
   554: 488b0c24                       movq (%rsp), %rcx
   558: 488901                         movq %rax, (%rcx)
   55b: 40f6c501                       testb $0x1, %bpl
   55f: 7462                           je 0x62
   561: e94a020000                     jmp 0x24a
   566: e800000000                     callq 0x0
        # hole +0x567: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   56b: 48ff4d00                       decq (%rbp)
   56f: 758d                           jne -0x73
   571: eb83                           jmp -0x7d
   573: e800000000                     callq 0x0
        # hole +0x574: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   578: 498b442418                     movq 0x18(%r12), %rax
   57d: 488ba8b8000000                 movq 0xb8(%rax), %rbp
   584: 40f6c501                       testb $0x1, %bpl
   588: 75ac                           jne -0x54
   58a: 48ff4500                       incq (%rbp)
   58e: 49896d00                       movq %rbp, (%r13)
   592: 488b88a0000000                 movq 0xa0(%rax), %rcx
   599: f6c101                         testb $0x1, %cl
   59c: 75a8                           jne -0x58
   59e: 48ff01                         incq (%rcx)
   5a1: 49890f                         movq %rcx, (%r15)
   5a4: 488b80a8000000                 movq 0xa8(%rax), %rax
   5ab: a801                           testb $0x1, %al
   5ad: 75a5                           jne -0x5b
   5af: 48ff00                         incq (%rax)
   5b2: 488b0c24                       movq (%rsp), %rcx
   5b6: 488901                         movq %rax, (%rcx)
   5b9: 40f6c501                       testb $0x1, %bpl
   5bd: 0f85ed010000                   jne 0x1ed
   5c3: 837d0808                       cmpl $0x8, 0x8(%rbp)
   5c7: 0f85e3010000                   jne 0x1e3
   5cd: ba02000000                     movl $0x2, %edx
   5d2: 4c89f7                         movq %r14, %rdi
   5d5: 4c89fe                         movq %r15, %rsi
   5d8: ff5538                         callq *0x38(%rbp)
   5db: 4889c3                         movq %rax, %rbx
   5de: 498b3f                         movq (%r15), %rdi
   5e1: 40f6c701                       testb $0x1, %dil
   5e5: 7505                           jne 0x5
   5e7: 48ff0f                         decq (%rdi)
   5ea: 7416                           je 0x16
   5ec: 498b7d10                       movq 0x10(%r13), %rdi
   5f0: 40f6c701                       testb $0x1, %dil
   5f4: 751b                           jne 0x1b
   5f6: 48ff0f                         decq (%rdi)
   5f9: 7516                           jne 0x16
   5fb: e800000000                     callq 0x0
        # hole +0x5fc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   600: eb0f                           jmp 0xf
   602: e800000000                     callq 0x0
        # hole +0x603: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   607: 498b7d10                       movq 0x10(%r13), %rdi
   60b: 40f6c701                       testb $0x1, %dil
   60f: 74e5                           je -0x1b
   611: 48ff4d00                       decq (%rbp)
   615: 7508                           jne 0x8
   617: 4889ef                         movq %rbp, %rdi
   61a: e800000000                     callq 0x0
        # hole +0x61b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   61f: 4885db                         testq %rbx, %rbx
   622: 0f8444020000                   je 0x244
   628: 49895d00                       movq %rbx, (%r13)
   62c: 498b442418                     movq 0x18(%r12), %rax
   631: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   638: 488998b0000000                 movq %rbx, 0xb0(%rax)
   63f: 40f6c701                       testb $0x1, %dil
   643: 7505                           jne 0x5
   645: 48ff0f                         decq (%rdi)
   648: 742a                           je 0x2a
   64a: 488ba8d0000000                 movq 0xd0(%rax), %rbp
   651: 40f6c501                       testb $0x1, %bpl
   655: 7434                           je 0x34
   657: 49896d00                       movq %rbp, (%r13)
   65b: 488b80c0000000                 movq 0xc0(%rax), %rax
   662: a801                           testb $0x1, %al
   664: 7438                           je 0x38
   666: 498907                         movq %rax, (%r15)
   669: 40f6c501                       testb $0x1, %bpl
   66d: 743f                           je 0x3f
   66f: e959010000                     jmp 0x159
   674: e800000000                     callq 0x0
        # hole +0x675: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   679: 498b442418                     movq 0x18(%r12), %rax
   67e: 488ba8d0000000                 movq 0xd0(%rax), %rbp
   685: 40f6c501                       testb $0x1, %bpl
   689: 75cc                           jne -0x34
   68b: 48ff4500                       incq (%rbp)
   68f: 49896d00                       movq %rbp, (%r13)
   693: 488b80c0000000                 movq 0xc0(%rax), %rax
   69a: a801                           testb $0x1, %al
   69c: 75c8                           jne -0x38
   69e: 48ff00                         incq (%rax)
   6a1: 498907                         movq %rax, (%r15)
   6a4: 40f6c501                       testb $0x1, %bpl
   6a8: 0f851f010000                   jne 0x11f
   6ae: 837d0808                       cmpl $0x8, 0x8(%rbp)
   6b2: 0f8515010000                   jne 0x115
   6b8: ba01000000                     movl $0x1, %edx
   6bd: 4c89f7                         movq %r14, %rdi
   6c0: 4c89fe                         movq %r15, %rsi
   6c3: ff5538                         callq *0x38(%rbp)
   6c6: 4889c3                         movq %rax, %rbx
   6c9: 498b3f                         movq (%r15), %rdi
   6cc: 40f6c701                       testb $0x1, %dil
   6d0: 7505                           jne 0x5
   6d2: 48ff0f                         decq (%rdi)
   6d5: 7443                           je 0x43
   6d7: 48ff4d00                       decq (%rbp)
   6db: 7508                           jne 0x8
   6dd: 4889ef                         movq %rbp, %rdi
   6e0: e800000000                     callq 0x0
        # hole +0x6e1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6e5: 4885db                         testq %rbx, %rbx
   6e8: 0f8491010000                   je 0x191
   6ee: 49895d00                       movq %rbx, (%r13)
   6f2: 498b442418                     movq 0x18(%r12), %rax
   6f7: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   6fe: 488998c8000000                 movq %rbx, 0xc8(%rax)
   705: 40f6c701                       testb $0x1, %dil
   709: 7505                           jne 0x5
   70b: 48ff0f                         decq (%rdi)
   70e: 7417                           je 0x17
   710: 4883c410                       addq $0x10, %rsp
   714: 5d                             popq %rbp
   715: e900000000                     jmp 0x0
        # hole +0x716: X86_64_RELOC_BRANCH Rel32 continue-4
   71a: e800000000                     callq 0x0
        # hole +0x71b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   71f: 48ff4d00                       decq (%rbp)
   723: 75c0                           jne -0x40
   725: ebb6                           jmp -0x4a
   727: e800000000                     callq 0x0
        # hole +0x728: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   72c: 4883c410                       addq $0x10, %rsp
   730: 5d                             popq %rbp
   731: e900000000                     jmp 0x0
        # hole +0x732: X86_64_RELOC_BRANCH Rel32 continue-4
   736: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x739: X86_64_RELOC_GOT_LOAD Rel32 data-4
   73d: 4983c002                       addq $0x2, %r8
   741: 41b914000000                   movl $0x14, %r9d
   747: b901000000                     movl $0x1, %ecx
   74c: e996000000                     jmp 0x96
   751: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x754: X86_64_RELOC_GOT_LOAD Rel32 data-4
   758: 4983c008                       addq $0x8, %r8
   75c: 41b950000000                   movl $0x50, %r9d
   762: eb7a                           jmp 0x7a
   764: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x767: X86_64_RELOC_GOT_LOAD Rel32 data-4
   76b: 4983c00f                       addq $0xf, %r8
   76f: 41b996000000                   movl $0x96, %r9d
   775: eb4a                           jmp 0x4a
   777: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x77a: X86_64_RELOC_GOT_LOAD Rel32 data-4
   77e: 4983c016                       addq $0x16, %r8
   782: 41b9dc000000                   movl $0xdc, %r9d
   788: eb37                           jmp 0x37
   78a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x78d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   791: 4983c01c                       addq $0x1c, %r8
   795: 41b918010000                   movl $0x118, %r9d
   79b: eb41                           jmp 0x41
   79d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7a0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7a4: 4983c022                       addq $0x22, %r8
   7a8: 41b954010000                   movl $0x154, %r9d
   7ae: eb2e                           jmp 0x2e
   7b0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7b3: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7b7: 4983c029                       addq $0x29, %r8
   7bb: 41b99a010000                   movl $0x19a, %r9d
   7c1: b901000000                     movl $0x1, %ecx
   7c6: 488b742408                     movq 0x8(%rsp), %rsi
   7cb: eb1a                           jmp 0x1a
   7cd: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7d0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7d4: 4983c02f                       addq $0x2f, %r8
   7d8: 41b9d6010000                   movl $0x1d6, %r9d
   7de: b901000000                     movl $0x1, %ecx
   7e3: 488b3424                       movq (%rsp), %rsi
   7e7: 4c89e7                         movq %r12, %rdi
   7ea: 4c89f2                         movq %r14, %rdx
   7ed: 4883c410                       addq $0x10, %rsp
   7f1: 5d                             popq %rbp
   7f2: e900000000                     jmp 0x0
        # hole +0x7f3: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   7f7: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7fa: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7fe: 4983c002                       addq $0x2, %r8
   802: 41b914000000                   movl $0x14, %r9d
   808: e983000000                     jmp 0x83
   80d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x810: X86_64_RELOC_GOT_LOAD Rel32 data-4
   814: 4983c008                       addq $0x8, %r8
   818: 41b950000000                   movl $0x50, %r9d
   81e: eb70                           jmp 0x70
   820: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x823: X86_64_RELOC_GOT_LOAD Rel32 data-4
   827: 4983c00f                       addq $0xf, %r8
   82b: 41b996000000                   movl $0x96, %r9d
   831: eb5d                           jmp 0x5d
   833: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x836: X86_64_RELOC_GOT_LOAD Rel32 data-4
   83a: 4983c016                       addq $0x16, %r8
   83e: 41b9dc000000                   movl $0xdc, %r9d
   844: eb4a                           jmp 0x4a
   846: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x849: X86_64_RELOC_GOT_LOAD Rel32 data-4
   84d: 4983c01c                       addq $0x1c, %r8
   851: 41b918010000                   movl $0x118, %r9d
   857: eb37                           jmp 0x37
   859: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x85c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   860: 4983c022                       addq $0x22, %r8
   864: 41b954010000                   movl $0x154, %r9d
   86a: eb24                           jmp 0x24
   86c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x86f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   873: 4983c029                       addq $0x29, %r8
   877: 41b99a010000                   movl $0x19a, %r9d
   87d: eb11                           jmp 0x11
   87f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x882: X86_64_RELOC_GOT_LOAD Rel32 data-4
   886: 4983c02f                       addq $0x2f, %r8
   88a: 41b9d6010000                   movl $0x1d6, %r9d
   890: b903000000                     movl $0x3, %ecx
   895: 4c89ee                         movq %r13, %rsi
   898: e94affffff                     jmp -0xb6
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
