# stencil attr_loop for x86_64-apple-darwin: 1896 code bytes, 16 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b7c2418                     movq 0x18(%r12), %rdi
     a: 488b5f18                       movq 0x18(%rdi), %rbx
     e: be20000000                     movl $0x20, %esi
    13: 41b90a000000                   movl $0xa, %r9d
    19: bd01000000                     movl $0x1, %ebp
    1e: b901000000                     movl $0x1, %ecx
    23: f6c301                         testb $0x1, %bl
    26: 0f855f020000                   jne 0x25f
    2c: 837b0804                       cmpl $0x4, 0x8(%rbx)
    30: 0f8555020000                   jne 0x255
    36: 4c8b3f                         movq (%rdi), %r15
    39: 4c8b4708                       movq 0x8(%rdi), %r8
    3d: 4c8b5f10                       movq 0x10(%rdi), %r11
    41: 488b4340                       movq 0x40(%rbx), %rax
    45: 4c8b6b30                       movq 0x30(%rbx), %r13
    49: 488b4b38                       movq 0x38(%rbx), %rcx
    4d: 4885c0                         testq %rax, %rax
    50: 7e1a                           jle 0x1a
    52: 4939cd                         cmpq %rcx, %r13
    55: 7c1a                           jl 0x1a
    57: 41b914000000                   movl $0x14, %r9d
    5d: bd02000000                     movl $0x2, %ebp
    62: b902000000                     movl $0x2, %ecx
    67: e91f020000                     jmp 0x21f
    6c: 4939cd                         cmpq %rcx, %r13
    6f: 7ee6                           jle -0x1a
    71: 4c01e8                         addq %r13, %rax
    74: 48894330                       movq %rax, 0x30(%rbx)
    78: 41f6c001                       testb $0x1, %r8b
    7c: 752e                           jne 0x2e
    7e: 49ff08                         decq (%r8)
    81: 7529                           jne 0x29
    83: 4c89c7                         movq %r8, %rdi
    86: 4c89c5                         movq %r8, %rbp
    89: 4c89742428                     movq %r14, 0x28(%rsp)
    8e: 4d89fe                         movq %r15, %r14
    91: 4d89df                         movq %r11, %r15
    94: e800000000                     callq 0x0
        # hole +0x95: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    99: 4d89fb                         movq %r15, %r11
    9c: 4d89f7                         movq %r14, %r15
    9f: 4c8b742428                     movq 0x28(%rsp), %r14
    a4: 4989e8                         movq %rbp, %r8
    a7: be20000000                     movl $0x20, %esi
    ac: 4a8d046d01000000               leaq 0x1(,%r13,2), %rax
    b4: 4889442428                     movq %rax, 0x28(%rsp)
    b9: 41f6c701                       testb $0x1, %r15b
    bd: 7566                           jne 0x66
    bf: 49ff07                         incq (%r15)
    c2: 41b501                         movb $0x1, %r13b
    c5: 41b93c000000                   movl $0x3c, %r9d
    cb: bd06000000                     movl $0x6, %ebp
    d0: b901000000                     movl $0x1, %ecx
    d5: 41837f0807                     cmpl $0x7, 0x8(%r15)
    da: 7572                           jne 0x72
    dc: 488b0500000000                 movq (%rip), %rax
        # hole +0xdf: X86_64_RELOC_GOT_LOAD Rel32 data-4
    e3: 498b5730                       movq 0x30(%r15), %rdx
    e7: 48394230                       cmpq %rax, 0x30(%rdx)
    eb: 7561                           jne 0x61
    ed: 498b07                         movq (%r15), %rax
    f0: 48ffc0                         incq %rax
    f3: 498907                         movq %rax, (%r15)
    f6: 49837f3800                     cmpq $0x0, 0x38(%r15)
    fb: 0f8462050000                   je 0x562
   101: 4d8b5740                       movq 0x40(%r15), %r10
   105: 41f6c201                       testb $0x1, %r10b
   109: 7458                           je 0x58
   10b: 48ffc8                         decq %rax
   10e: 498907                         movq %rax, (%r15)
   111: 745e                           je 0x5e
   113: 41b501                         movb $0x1, %r13b
   116: 41f6c301                       testb $0x1, %r11b
   11a: 0f8490000000                   je 0x90
   120: e90d010000                     jmp 0x10d
   125: b828000000                     movl $0x28, %eax
   12a: 41b501                         movb $0x1, %r13b
   12d: 41b93c000000                   movl $0x3c, %r9d
   133: bd06000000                     movl $0x6, %ebp
   138: b901000000                     movl $0x1, %ecx
   13d: 31d2                           xorl %edx, %edx
   13f: 4c89fb                         movq %r15, %rbx
   142: 40b701                         movb $0x1, %dil
   145: 897c240c                       movl %edi, 0xc(%rsp)
   149: e904010000                     jmp 0x104
   14e: 31d2                           xorl %edx, %edx
   150: 4c89fb                         movq %r15, %rbx
   153: b001                           movb $0x1, %al
   155: 8944240c                       movl %eax, 0xc(%rsp)
   159: b828000000                     movl $0x28, %eax
   15e: e9ef000000                     jmp 0xef
   163: 49ff02                         incq (%r10)
   166: 498b07                         movq (%r15), %rax
   169: 48ffc8                         decq %rax
   16c: 498907                         movq %rax, (%r15)
   16f: 75a2                           jne -0x5e
   171: 4c89ff                         movq %r15, %rdi
   174: 4d89c5                         movq %r8, %r13
   177: 4c895c2420                     movq %r11, 0x20(%rsp)
   17c: 4c89542410                     movq %r10, 0x10(%rsp)
   181: e800000000                     callq 0x0
        # hole +0x182: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   186: 4c8b542410                     movq 0x10(%rsp), %r10
   18b: 4c8b5c2420                     movq 0x20(%rsp), %r11
   190: 4d89e8                         movq %r13, %r8
   193: 41b93c000000                   movl $0x3c, %r9d
   199: b901000000                     movl $0x1, %ecx
   19e: be20000000                     movl $0x20, %esi
   1a3: 41b501                         movb $0x1, %r13b
   1a6: 41f6c301                       testb $0x1, %r11b
   1aa: 0f8582000000                   jne 0x82
   1b0: 498b03                         movq (%r11), %rax
   1b3: 488d5001                       leaq 0x1(%rax), %rdx
   1b7: 498913                         movq %rdx, (%r11)
   1ba: 41837b0807                     cmpl $0x7, 0x8(%r11)
   1bf: 7571                           jne 0x71
   1c1: 498b5330                       movq 0x30(%r11), %rdx
   1c5: 48837a3003                     cmpq $0x3, 0x30(%rdx)
   1ca: 7566                           jne 0x66
   1cc: 49837b3800                     cmpq $0x0, 0x38(%r11)
   1d1: 0f842d050000                   je 0x52d
   1d7: 498b7b40                       movq 0x40(%r11), %rdi
   1db: 40f6c701                       testb $0x1, %dil
   1df: 0f85c3000000                   jne 0xc3
   1e5: 48ff07                         incq (%rdi)
   1e8: 49ff0b                         decq (%r11)
   1eb: 0f85ba000000                   jne 0xba
   1f1: 48897c2418                     movq %rdi, 0x18(%rsp)
   1f6: 4c89df                         movq %r11, %rdi
   1f9: 4d89c5                         movq %r8, %r13
   1fc: 4c895c2420                     movq %r11, 0x20(%rsp)
   201: 4c89542410                     movq %r10, 0x10(%rsp)
   206: e800000000                     callq 0x0
        # hole +0x207: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   20b: 4c8b542410                     movq 0x10(%rsp), %r10
   210: 488b7c2418                     movq 0x18(%rsp), %rdi
   215: 4c8b5c2420                     movq 0x20(%rsp), %r11
   21a: 4d89e8                         movq %r13, %r8
   21d: 41b501                         movb $0x1, %r13b
   220: 41b93c000000                   movl $0x3c, %r9d
   226: b901000000                     movl $0x1, %ecx
   22b: be20000000                     movl $0x20, %esi
   230: eb79                           jmp 0x79
   232: c744240c00000000               movl $0x0, 0xc(%rsp)
   23a: 4c89fb                         movq %r15, %rbx
   23d: 4d89d7                         movq %r10, %r15
   240: bd0a000000                     movl $0xa, %ebp
   245: 41b964000000                   movl $0x64, %r9d
   24b: b201                           movb $0x1, %dl
   24d: b838000000                     movl $0x38, %eax
   252: 498b7c2418                     movq 0x18(%r12), %rdi
   257: 4c39442428                     cmpq %r8, 0x28(%rsp)
   25c: 7409                           je 0x9
   25e: 4c8b442428                     movq 0x28(%rsp), %r8
   263: 4c894708                       movq %r8, 0x8(%rdi)
   267: 4584ed                         testb %r13b, %r13b
   26a: 741f                           je 0x1f
   26c: 48895f20                       movq %rbx, 0x20(%rdi)
   270: be28000000                     movl $0x28, %esi
   275: 807c240c00                     cmpb $0x0, 0xc(%rsp)
   27a: 750f                           jne 0xf
   27c: 4c897f28                       movq %r15, 0x28(%rdi)
   280: 84d2                           testb %dl, %dl
   282: 7404                           je 0x4
   284: 4c895f30                       movq %r11, 0x30(%rdi)
   288: 4889c6                         movq %rax, %rsi
   28b: 4801fe                         addq %rdi, %rsi
   28e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x291: X86_64_RELOC_GOT_LOAD Rel32 data+4
   295: 4901e8                         addq %rbp, %r8
   298: 4c89e7                         movq %r12, %rdi
   29b: 4c89f2                         movq %r14, %rdx
   29e: 4883c430                       addq $0x30, %rsp
   2a2: 5d                             popq %rbp
   2a3: e900000000                     jmp 0x0
        # hole +0x2a4: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   2a8: 498903                         movq %rax, (%r11)
   2ab: 41f6c201                       testb $0x1, %r10b
   2af: 0f84b5020000                   je 0x2b5
   2b5: 40f6c701                       testb $0x1, %dil
   2b9: 0f84ab020000                   je 0x2ab
   2bf: 4c89d2                         movq %r10, %rdx
   2c2: 4c89542410                     movq %r10, 0x10(%rsp)
   2c7: 48d1fa                         sarq %rdx
   2ca: 4889f8                         movq %rdi, %rax
   2cd: 48d1f8                         sarq %rax
   2d0: 4801d0                         addq %rdx, %rax
   2d3: 4889c2                         movq %rax, %rdx
   2d6: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   2e0: 4c01d2                         addq %r10, %rdx
   2e3: 0f8939040000                   jns 0x439
   2e9: 488d044501000000               leaq 0x1(,%rax,2), %rax
   2f1: 4889442410                     movq %rax, 0x10(%rsp)
   2f6: 41837f0807                     cmpl $0x7, 0x8(%r15)
   2fb: 0f855a040000                   jne 0x45a
   301: 48897c2418                     movq %rdi, 0x18(%rsp)
   306: 49837f3802                     cmpq $0x2, 0x38(%r15)
   30b: 0f8226040000                   jb 0x426
   311: 498b7f48                       movq 0x48(%r15), %rdi
   315: 488b442410                     movq 0x10(%rsp), %rax
   31a: 49894748                       movq %rax, 0x48(%r15)
   31e: 40f6c701                       testb $0x1, %dil
   322: 752a                           jne 0x2a
   324: 48ff0f                         decq (%rdi)
   327: 7525                           jne 0x25
   329: 4d89c5                         movq %r8, %r13
   32c: 4c895c2420                     movq %r11, 0x20(%rsp)
   331: e800000000                     callq 0x0
        # hole +0x332: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   336: 4c8b5c2420                     movq 0x20(%rsp), %r11
   33b: 4d89e8                         movq %r13, %r8
   33e: 41b93c000000                   movl $0x3c, %r9d
   344: b901000000                     movl $0x1, %ecx
   349: be20000000                     movl $0x20, %esi
   34e: 49ff0f                         decq (%r15)
   351: 7528                           jne 0x28
   353: 4c89ff                         movq %r15, %rdi
   356: 4d89c5                         movq %r8, %r13
   359: 4c895c2420                     movq %r11, 0x20(%rsp)
   35e: e800000000                     callq 0x0
        # hole +0x35f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   363: 4c8b5c2420                     movq 0x20(%rsp), %r11
   368: 4d89e8                         movq %r13, %r8
   36b: 41b93c000000                   movl $0x3c, %r9d
   371: b901000000                     movl $0x1, %ecx
   376: be20000000                     movl $0x20, %esi
   37b: 498b4608                       movq 0x8(%r14), %rax
   37f: 48ffc0                         incq %rax
   382: 49894608                       movq %rax, 0x8(%r14)
   386: 493b4610                       cmpq 0x10(%r14), %rax
   38a: 0f8dfb010000                   jge 0x1fb
   390: 49833e00                       cmpq $0x0, (%r14)
   394: 488b442418                     movq 0x18(%rsp), %rax
   399: 0f851c020000                   jne 0x21c
   39f: 837b0804                       cmpl $0x4, 0x8(%rbx)
   3a3: 0f852a020000                   jne 0x22a
   3a9: 4c895c2420                     movq %r11, 0x20(%rsp)
   3ae: 488b5340                       movq 0x40(%rbx), %rdx
   3b2: 488b4330                       movq 0x30(%rbx), %rax
   3b6: 488b7b38                       movq 0x38(%rbx), %rdi
   3ba: 4885d2                         testq %rdx, %rdx
   3bd: 7e0a                           jle 0xa
   3bf: 4839f8                         cmpq %rdi, %rax
   3c2: 7c0e                           jl 0xe
   3c4: e934020000                     jmp 0x234
   3c9: 4839f8                         cmpq %rdi, %rax
   3cc: 0f8e2b020000                   jle 0x22b
   3d2: 4801c2                         addq %rax, %rdx
   3d5: 48895330                       movq %rdx, 0x30(%rbx)
   3d9: 49ff07                         incq (%r15)
   3dc: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3e4: 4889442428                     movq %rax, 0x28(%rsp)
   3e9: 41b501                         movb $0x1, %r13b
   3ec: 41837f0807                     cmpl $0x7, 0x8(%r15)
   3f1: 0f8520020000                   jne 0x220
   3f7: 488b0500000000                 movq (%rip), %rax
        # hole +0x3fa: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3fe: 498b5730                       movq 0x30(%r15), %rdx
   402: 48394230                       cmpq %rax, 0x30(%rdx)
   406: 0f850b020000                   jne 0x20b
   40c: 498b07                         movq (%r15), %rax
   40f: 48ffc0                         incq %rax
   412: 498907                         movq %rax, (%r15)
   415: 49837f3800                     cmpq $0x0, 0x38(%r15)
   41a: 0f8450020000                   je 0x250
   420: 498b5740                       movq 0x40(%r15), %rdx
   424: f6c201                         testb $0x1, %dl
   427: 7506                           jne 0x6
   429: 48ff02                         incq (%rdx)
   42c: 498b07                         movq (%r15), %rax
   42f: 48ffc8                         decq %rax
   432: 498907                         movq %rax, (%r15)
   435: 498b03                         movq (%r11), %rax
   438: 48ffc0                         incq %rax
   43b: 498903                         movq %rax, (%r11)
   43e: 41b501                         movb $0x1, %r13b
   441: 41837b0807                     cmpl $0x7, 0x8(%r11)
   446: 0f85da010000                   jne 0x1da
   44c: 498b7b30                       movq 0x30(%r11), %rdi
   450: 48837f3003                     cmpq $0x3, 0x30(%rdi)
   455: 0f85cb010000                   jne 0x1cb
   45b: 49837b3800                     cmpq $0x0, 0x38(%r11)
   460: 0f8431020000                   je 0x231
   466: 498b7b40                       movq 0x40(%r11), %rdi
   46a: 40f6c701                       testb $0x1, %dil
   46e: 7506                           jne 0x6
   470: 48ff07                         incq (%rdi)
   473: 498b03                         movq (%r11), %rax
   476: 48ffc8                         decq %rax
   479: 498903                         movq %rax, (%r11)
   47c: f6c201                         testb $0x1, %dl
   47f: 0f8422020000                   je 0x222
   485: 40f6c701                       testb $0x1, %dil
   489: 4889f8                         movq %rdi, %rax
   48c: 0f84a7010000                   je 0x1a7
   492: 4889d7                         movq %rdx, %rdi
   495: 48d1ff                         sarq %rdi
   498: 4889442418                     movq %rax, 0x18(%rsp)
   49d: 48d1f8                         sarq %rax
   4a0: 4801f8                         addq %rdi, %rax
   4a3: 4889c7                         movq %rax, %rdi
   4a6: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   4b0: 4c01d7                         addq %r10, %rdi
   4b3: 0f8901020000                   jns 0x201
   4b9: 488d044501000000               leaq 0x1(,%rax,2), %rax
   4c1: 49837f3802                     cmpq $0x2, 0x38(%r15)
   4c6: 0f8211020000                   jb 0x211
   4cc: 498b7f48                       movq 0x48(%r15), %rdi
   4d0: 4889442410                     movq %rax, 0x10(%rsp)
   4d5: 49894748                       movq %rax, 0x48(%r15)
   4d9: 40f6c701                       testb $0x1, %dil
   4dd: 7525                           jne 0x25
   4df: 48ff0f                         decq (%rdi)
   4e2: 7520                           jne 0x20
   4e4: 4d89c5                         movq %r8, %r13
   4e7: e800000000                     callq 0x0
        # hole +0x4e8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4ec: 4c8b5c2420                     movq 0x20(%rsp), %r11
   4f1: 4d89e8                         movq %r13, %r8
   4f4: 41b93c000000                   movl $0x3c, %r9d
   4fa: b901000000                     movl $0x1, %ecx
   4ff: be20000000                     movl $0x20, %esi
   504: 49ff0f                         decq (%r15)
   507: 7523                           jne 0x23
   509: 4c89ff                         movq %r15, %rdi
   50c: 4d89c5                         movq %r8, %r13
   50f: e800000000                     callq 0x0
        # hole +0x510: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   514: 4c8b5c2420                     movq 0x20(%rsp), %r11
   519: 4d89e8                         movq %r13, %r8
   51c: 41b93c000000                   movl $0x3c, %r9d
   522: b901000000                     movl $0x1, %ecx
   527: be20000000                     movl $0x20, %esi
   52c: 498b4608                       movq 0x8(%r14), %rax
   530: 48ffc0                         incq %rax
   533: 49894608                       movq %rax, 0x8(%r14)
   537: 493b4610                       cmpq 0x10(%r14), %rax
   53b: 0f8d0e010000                   jge 0x10e
   541: 49833e00                       cmpq $0x0, (%r14)
   545: 0f850b010000                   jne 0x10b
   54b: 4531ed                         xorl %r13d, %r13d
   54e: 837b0804                       cmpl $0x4, 0x8(%rbx)
   552: 0f8456feffff                   je -0x1aa
   558: 4c8b5c2418                     movq 0x18(%rsp), %r11
   55d: bd01000000                     movl $0x1, %ebp
   562: 41b90a000000                   movl $0xa, %r9d
   568: eb7a                           jmp 0x7a
   56a: c744240c00000000               movl $0x0, 0xc(%rsp)
   572: 4c89fb                         movq %r15, %rbx
   575: 4d89d7                         movq %r10, %r15
   578: 4989fb                         movq %rdi, %r11
   57b: bd0c000000                     movl $0xc, %ebp
   580: 41b978000000                   movl $0x78, %r9d
   586: e9c0fcffff                     jmp -0x340
   58b: 49c70601000000                 movq $0x1, (%r14)
   592: b820000000                     movl $0x20, %eax
   597: 41b9a0000000                   movl $0xa0, %r9d
   59d: bd10000000                     movl $0x10, %ebp
   5a2: b902000000                     movl $0x2, %ecx
   5a7: 4531ed                         xorl %r13d, %r13d
   5aa: 4c8b5c2418                     movq 0x18(%rsp), %r11
   5af: c744240c00000000               movl $0x0, 0xc(%rsp)
   5b7: 31d2                           xorl %edx, %edx
   5b9: eb38                           jmp 0x38
   5bb: 4531ed                         xorl %r13d, %r13d
   5be: 4989c3                         movq %rax, %r11
   5c1: b902000000                     movl $0x2, %ecx
   5c6: bd10000000                     movl $0x10, %ebp
   5cb: 41b9a0000000                   movl $0xa0, %r9d
   5d1: eb11                           jmp 0x11
   5d3: 41b90a000000                   movl $0xa, %r9d
   5d9: 4531ed                         xorl %r13d, %r13d
   5dc: 4989c3                         movq %rax, %r11
   5df: bd01000000                     movl $0x1, %ebp
   5e4: c744240c00000000               movl $0x0, 0xc(%rsp)
   5ec: 31d2                           xorl %edx, %edx
   5ee: b820000000                     movl $0x20, %eax
   5f3: 488b5c2410                     movq 0x10(%rsp), %rbx
   5f8: e955fcffff                     jmp -0x3ab
   5fd: 41b914000000                   movl $0x14, %r9d
   603: bd02000000                     movl $0x2, %ebp
   608: 4531ed                         xorl %r13d, %r13d
   60b: 4c8b5c2418                     movq 0x18(%rsp), %r11
   610: b902000000                     movl $0x2, %ecx
   615: ebcd                           jmp -0x33
   617: 31d2                           xorl %edx, %edx
   619: 4c89fb                         movq %r15, %rbx
   61c: 4c8b5c2418                     movq 0x18(%rsp), %r11
   621: e92dfbffff                     jmp -0x4d3
   626: c744240c00000000               movl $0x0, 0xc(%rsp)
   62e: 4c89fb                         movq %r15, %rbx
   631: 4989d7                         movq %rdx, %r15
   634: e907fcffff                     jmp -0x3f9
   639: c744240c00000000               movl $0x0, 0xc(%rsp)
   641: 4c89fb                         movq %r15, %rbx
   644: 4989d7                         movq %rdx, %r15
   647: 4989c3                         movq %rax, %r11
   64a: e92cffffff                     jmp -0xd4
   64f: 49c70601000000                 movq $0x1, (%r14)
   656: 4531ed                         xorl %r13d, %r13d
   659: 4c8b5c2418                     movq 0x18(%rsp), %r11
   65e: e95effffff                     jmp -0xa2
   663: c744240c00000000               movl $0x0, 0xc(%rsp)
   66b: 4c89fb                         movq %r15, %rbx
   66e: eb10                           jmp 0x10
   670: c744240c00000000               movl $0x0, 0xc(%rsp)
   678: 4c89fb                         movq %r15, %rbx
   67b: 4c8b5c2418                     movq 0x18(%rsp), %r11
   680: bd08000000                     movl $0x8, %ebp
   685: 41b950000000                   movl $0x50, %r9d
   68b: 31d2                           xorl %edx, %edx
   68d: b830000000                     movl $0x30, %eax
   692: e9bbfbffff                     jmp -0x445
   697: c744240c00000000               movl $0x0, 0xc(%rsp)
   69f: 4c89fb                         movq %r15, %rbx
   6a2: 4989d7                         movq %rdx, %r15
   6a5: eb6b                           jmp 0x6b
   6a7: c744240c00000000               movl $0x0, 0xc(%rsp)
   6af: 4c89fb                         movq %r15, %rbx
   6b2: 4989d7                         movq %rdx, %r15
   6b5: e9befeffff                     jmp -0x142
   6ba: c744240c00000000               movl $0x0, 0xc(%rsp)
   6c2: 4c89fb                         movq %r15, %rbx
   6c5: 4989d7                         movq %rdx, %r15
   6c8: 4c8b5c2418                     movq 0x18(%rsp), %r11
   6cd: bd0d000000                     movl $0xd, %ebp
   6d2: 41b982000000                   movl $0x82, %r9d
   6d8: e96efbffff                     jmp -0x492
   6dd: c744240c00000000               movl $0x0, 0xc(%rsp)
   6e5: 4c8b5c2418                     movq 0x18(%rsp), %r11
   6ea: bd0f000000                     movl $0xf, %ebp
   6ef: 41b996000000                   movl $0x96, %r9d
   6f5: 31d2                           xorl %edx, %edx
   6f7: 4889c3                         movq %rax, %rbx
   6fa: b830000000                     movl $0x30, %eax
   6ff: e94efbffff                     jmp -0x4b2
   704: c744240c00000000               movl $0x0, 0xc(%rsp)
   70c: 4c89fb                         movq %r15, %rbx
   70f: 4d89d7                         movq %r10, %r15
   712: bd0b000000                     movl $0xb, %ebp
   717: 41b96e000000                   movl $0x6e, %r9d
   71d: e929fbffff                     jmp -0x4d7
   722: c744240c00000000               movl $0x0, 0xc(%rsp)
   72a: 4c89fb                         movq %r15, %rbx
   72d: 4c8b7c2410                     movq 0x10(%rsp), %r15
   732: 4989fb                         movq %rdi, %r11
   735: eb96                           jmp -0x6a
   737: c744240c00000000               movl $0x0, 0xc(%rsp)
   73f: 4c8b5c2418                     movq 0x18(%rsp), %r11
   744: bd0f000000                     movl $0xf, %ebp
   749: 41b996000000                   movl $0x96, %r9d
   74f: 31d2                           xorl %edx, %edx
   751: b830000000                     movl $0x30, %eax
   756: e998feffff                     jmp -0x168
   75b: c744240c00000000               movl $0x0, 0xc(%rsp)
   763: 4989fb                         movq %rdi, %r11
   766: ebdc                           jmp -0x24
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
