# stencil startup_mixed for x86_64-apple-darwin: 3513 code bytes, 24 data bytes, 44 holes
     0: 4c89f3                         movq %r14, %rbx
     3: 498b442418                     movq 0x18(%r12), %rax
     8: 488b38                         movq (%rax), %rdi
     b: 40f6c701                       testb $0x1, %dil
     f: 7503                           jne 0x3
    11: 48ff07                         incq (%rdi)
    14: 55                             pushq %rbp
    15: 4883ec30                       subq $0x30, %rsp
    19: 49be0a0000000c000000           movabsq $0xc0000000a, %r14
    23: 498d7508                       leaq 0x8(%r13), %rsi
    27: 49897d00                       movq %rdi, (%r13)
    2b: 4d8d46f7                       leaq -0x9(%r14), %r8
    2f: 41b90a000000                   movl $0xa, %r9d
    35: 41bf01000000                   movl $0x1, %r15d
    3b: 40f6c701                       testb $0x1, %dil
    3f: 0f856b020000                   jne 0x26b
    45: 837f0807                       cmpl $0x7, 0x8(%rdi)
    49: 0f8561020000                   jne 0x261
    4f: 488b0500000000                 movq (%rip), %rax
        # hole +0x52: X86_64_RELOC_GOT_LOAD Rel32 data+12
    56: 488b4f30                       movq 0x30(%rdi), %rcx
    5a: 48394130                       cmpq %rax, 0x30(%rcx)
    5e: 0f854c020000                   jne 0x24c
    64: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    69: 0f82ea050000                   jb 0x5ea
    6f: 488b4f48                       movq 0x48(%rdi), %rcx
    73: f6c101                         testb $0x1, %cl
    76: 7503                           jne 0x3
    78: 48ff01                         incq (%rcx)
    7b: 49894d00                       movq %rcx, (%r13)
    7f: 48ff0f                         decq (%rdi)
    82: 750f                           jne 0xf
    84: 4889f5                         movq %rsi, %rbp
    87: e800000000                     callq 0x0
        # hole +0x88: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    8c: 4889ee                         movq %rbp, %rsi
    8f: 498b4d00                       movq (%r13), %rcx
    93: 4889742418                     movq %rsi, 0x18(%rsp)
    98: 498b442418                     movq 0x18(%r12), %rax
    9d: 488b7808                       movq 0x8(%rax), %rdi
    a1: 48894808                       movq %rcx, 0x8(%rax)
    a5: 40f6c701                       testb $0x1, %dil
    a9: 750f                           jne 0xf
    ab: 48ff0f                         decq (%rdi)
    ae: 750a                           jne 0xa
    b0: e800000000                     callq 0x0
        # hole +0xb1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    b5: 498b442418                     movq 0x18(%r12), %rax
    ba: 488b6820                       movq 0x20(%rax), %rbp
    be: 40f6c501                       testb $0x1, %bpl
    c2: 7504                           jne 0x4
    c4: 48ff4500                       incq (%rbp)
    c8: 49896d00                       movq %rbp, (%r13)
    cc: 488b4010                       movq 0x10(%rax), %rax
    d0: a801                           testb $0x1, %al
    d2: 7503                           jne 0x3
    d4: 48ff00                         incq (%rax)
    d7: 498d7510                       leaq 0x10(%r13), %rsi
    db: 49894508                       movq %rax, 0x8(%r13)
    df: 4d8d46fc                       leaq -0x4(%r14), %r8
    e3: 41b93c000000                   movl $0x3c, %r9d
    e9: 40f6c501                       testb $0x1, %bpl
    ed: 0f85bd010000                   jne 0x1bd
    f3: 4889742410                     movq %rsi, 0x10(%rsp)
    f8: 4c89442420                     movq %r8, 0x20(%rsp)
    fd: 837d0808                       cmpl $0x8, 0x8(%rbp)
   101: 0f85810c0000                   jne 0xc81
   107: ba01000000                     movl $0x1, %edx
   10c: 48895c2408                     movq %rbx, 0x8(%rsp)
   111: 4889df                         movq %rbx, %rdi
   114: 4c8b7c2418                     movq 0x18(%rsp), %r15
   119: 4c89fe                         movq %r15, %rsi
   11c: ff5538                         callq *0x38(%rbp)
   11f: 4889c3                         movq %rax, %rbx
   122: 498b3f                         movq (%r15), %rdi
   125: 40f6c701                       testb $0x1, %dil
   129: 750a                           jne 0xa
   12b: 48ff0f                         decq (%rdi)
   12e: 7505                           jne 0x5
   130: e800000000                     callq 0x0
        # hole +0x131: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   135: 48ff4d00                       decq (%rbp)
   139: 7508                           jne 0x8
   13b: 4889ef                         movq %rbp, %rdi
   13e: e800000000                     callq 0x0
        # hole +0x13f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   143: 4885db                         testq %rbx, %rbx
   146: 0f844f070000                   je 0x74f
   14c: 49895d00                       movq %rbx, (%r13)
   150: 498b442418                     movq 0x18(%r12), %rax
   155: 488b7818                       movq 0x18(%rax), %rdi
   159: 48895818                       movq %rbx, 0x18(%rax)
   15d: 40f6c701                       testb $0x1, %dil
   161: 7543                           jne 0x43
   163: 48ff0f                         decq (%rdi)
   166: 488b5c2408                     movq 0x8(%rsp), %rbx
   16b: 41bf01000000                   movl $0x1, %r15d
   171: 7516                           jne 0x16
   173: e800000000                     callq 0x0
        # hole +0x174: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   178: 498b442418                     movq 0x18(%r12), %rax
   17d: 488b7828                       movq 0x28(%rax), %rdi
   181: 40f6c701                       testb $0x1, %dil
   185: 7534                           jne 0x34
   187: eb0a                           jmp 0xa
   189: 488b7828                       movq 0x28(%rax), %rdi
   18d: 40f6c701                       testb $0x1, %dil
   191: 7528                           jne 0x28
   193: 48ff07                         incq (%rdi)
   196: 49897d00                       movq %rdi, (%r13)
   19a: 488b6830                       movq 0x30(%rax), %rbp
   19e: 40f6c501                       testb $0x1, %bpl
   1a2: 7425                           je 0x25
   1a4: eb27                           jmp 0x27
   1a6: 488b5c2408                     movq 0x8(%rsp), %rbx
   1ab: 41bf01000000                   movl $0x1, %r15d
   1b1: 488b7828                       movq 0x28(%rax), %rdi
   1b5: 40f6c701                       testb $0x1, %dil
   1b9: 74d8                           je -0x28
   1bb: 49897d00                       movq %rdi, (%r13)
   1bf: 488b6830                       movq 0x30(%rax), %rbp
   1c3: 40f6c501                       testb $0x1, %bpl
   1c7: 7504                           jne 0x4
   1c9: 48ff4500                       incq (%rbp)
   1cd: 488b442418                     movq 0x18(%rsp), %rax
   1d2: 488928                         movq %rbp, (%rax)
   1d5: 41b964000000                   movl $0x64, %r9d
   1db: 40f6c701                       testb $0x1, %dil
   1df: 0f85c3000000                   jne 0xc3
   1e5: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1e9: 0f85b9000000                   jne 0xb9
   1ef: 40f6c501                       testb $0x1, %bpl
   1f3: 0f85af000000                   jne 0xaf
   1f9: 837d0802                       cmpl $0x2, 0x8(%rbp)
   1fd: 0f85a5000000                   jne 0xa5
   203: f20f104730                     movsd 0x30(%rdi), %xmm0
   208: f20f594530                     mulsd 0x30(%rbp), %xmm0
   20d: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   213: 48ff0f                         decq (%rdi)
   216: 7505                           jne 0x5
   218: e800000000                     callq 0x0
        # hole +0x219: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   21d: 48ff4d00                       decq (%rbp)
   221: 7508                           jne 0x8
   223: 4889ef                         movq %rbp, %rdi
   226: e800000000                     callq 0x0
        # hole +0x227: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   22b: 4889df                         movq %rbx, %rdi
   22e: f20f10442420                   movsd 0x20(%rsp), %xmm0
   234: e800000000                     callq 0x0
        # hole +0x235: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   239: 4885c0                         testq %rax, %rax
   23c: 0f848a060000                   je 0x68a
   242: 49894500                       movq %rax, (%r13)
   246: 498b4c2418                     movq 0x18(%r12), %rcx
   24b: 488b7938                       movq 0x38(%rcx), %rdi
   24f: 48894138                       movq %rax, 0x38(%rcx)
   253: 40f6c701                       testb $0x1, %dil
   257: 488b742418                     movq 0x18(%rsp), %rsi
   25c: 7515                           jne 0x15
   25e: 48ff0f                         decq (%rdi)
   261: 7510                           jne 0x10
   263: 4889f5                         movq %rsi, %rbp
   266: e800000000                     callq 0x0
        # hole +0x267: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   26b: 4889ee                         movq %rbp, %rsi
   26e: 498b4c2418                     movq 0x18(%r12), %rcx
   273: 488b4140                       movq 0x40(%rcx), %rax
   277: a801                           testb $0x1, %al
   279: 7503                           jne 0x3
   27b: 48ff00                         incq (%rax)
   27e: 49894500                       movq %rax, (%r13)
   282: 488b5148                       movq 0x48(%rcx), %rdx
   286: f6c201                         testb $0x1, %dl
   289: 7503                           jne 0x3
   28b: 48ff02                         incq (%rdx)
   28e: 4889f7                         movq %rsi, %rdi
   291: 488916                         movq %rdx, (%rsi)
   294: 89c6                           movl %eax, %esi
   296: 21d6                           andl %edx, %esi
   298: 40f6c601                       testb $0x1, %sil
   29c: 7525                           jne 0x25
   29e: 4983c605                       addq $0x5, %r14
   2a2: 41b996000000                   movl $0x96, %r9d
   2a8: 488b742410                     movq 0x10(%rsp), %rsi
   2ad: 4d89f0                         movq %r14, %r8
   2b0: 4c89e7                         movq %r12, %rdi
   2b3: 4889da                         movq %rbx, %rdx
   2b6: 4489f9                         movl %r15d, %ecx
   2b9: 4883c430                       addq $0x30, %rsp
   2bd: 5d                             popq %rbp
   2be: e900000000                     jmp 0x0
        # hole +0x2bf: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   2c3: 48d1f8                         sarq %rax
   2c6: 48d1fa                         sarq %rdx
   2c9: 4d8d4607                       leaq 0x7(%r14), %r8
   2cd: 4839d0                         cmpq %rdx, %rax
   2d0: 7d09                           jge 0x9
   2d2: 488b0500000000                 movq (%rip), %rax
        # hole +0x2d5: X86_64_RELOC_GOT_LOAD Rel32 data+4
   2d9: eb07                           jmp 0x7
   2db: 488b0500000000                 movq (%rip), %rax
        # hole +0x2de: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2e2: 49894500                       movq %rax, (%r13)
   2e6: 0f8df7050000                   jge 0x5f7
   2ec: 488b7950                       movq 0x50(%rcx), %rdi
   2f0: 40f6c701                       testb $0x1, %dil
   2f4: 7503                           jne 0x3
   2f6: 48ff07                         incq (%rdi)
   2f9: 49897d00                       movq %rdi, (%r13)
   2fd: 488b6958                       movq 0x58(%rcx), %rbp
   301: 40f6c501                       testb $0x1, %bpl
   305: 7504                           jne 0x4
   307: 48ff4500                       incq (%rbp)
   30b: 488b442418                     movq 0x18(%rsp), %rax
   310: 488928                         movq %rbp, (%rax)
   313: 4d8d460a                       leaq 0xa(%r14), %r8
   317: 41b9c8000000                   movl $0xc8, %r9d
   31d: 40f6c701                       testb $0x1, %dil
   321: 0f85cd000000                   jne 0xcd
   327: 837f0802                       cmpl $0x2, 0x8(%rdi)
   32b: 0f85c3000000                   jne 0xc3
   331: 40f6c501                       testb $0x1, %bpl
   335: 0f85b9000000                   jne 0xb9
   33b: 837d0802                       cmpl $0x2, 0x8(%rbp)
   33f: 0f85af000000                   jne 0xaf
   345: f20f104730                     movsd 0x30(%rdi), %xmm0
   34a: f20f594530                     mulsd 0x30(%rbp), %xmm0
   34f: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   355: 48ff0f                         decq (%rdi)
   358: 7505                           jne 0x5
   35a: e800000000                     callq 0x0
        # hole +0x35b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   35f: 48ff4d00                       decq (%rbp)
   363: 7508                           jne 0x8
   365: 4889ef                         movq %rbp, %rdi
   368: e800000000                     callq 0x0
        # hole +0x369: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   36d: 4889df                         movq %rbx, %rdi
   370: f20f10442420                   movsd 0x20(%rsp), %xmm0
   376: e800000000                     callq 0x0
        # hole +0x377: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   37b: 4885c0                         testq %rax, %rax
   37e: 0f84bd060000                   je 0x6bd
   384: 49894500                       movq %rax, (%r13)
   388: 498b4c2418                     movq 0x18(%r12), %rcx
   38d: 488b7960                       movq 0x60(%rcx), %rdi
   391: 48894160                       movq %rax, 0x60(%rcx)
   395: 40f6c701                       testb $0x1, %dil
   399: 488b742418                     movq 0x18(%rsp), %rsi
   39e: 4889f5                         movq %rsi, %rbp
   3a1: 7512                           jne 0x12
   3a3: 48ff0f                         decq (%rdi)
   3a6: 750d                           jne 0xd
   3a8: e800000000                     callq 0x0
        # hole +0x3a9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3ad: 4889ee                         movq %rbp, %rsi
   3b0: 498b4c2418                     movq 0x18(%r12), %rcx
   3b5: 488b5168                       movq 0x68(%rcx), %rdx
   3b9: f6c201                         testb $0x1, %dl
   3bc: 7503                           jne 0x3
   3be: 48ff02                         incq (%rdx)
   3c1: 49895500                       movq %rdx, (%r13)
   3c5: 488b4170                       movq 0x70(%rcx), %rax
   3c9: a801                           testb $0x1, %al
   3cb: 488b7c2410                     movq 0x10(%rsp), %rdi
   3d0: 7503                           jne 0x3
   3d2: 48ff00                         incq (%rax)
   3d5: 488906                         movq %rax, (%rsi)
   3d8: 89d6                           movl %edx, %esi
   3da: 21c6                           andl %eax, %esi
   3dc: 40f6c601                       testb $0x1, %sil
   3e0: 751c                           jne 0x1c
   3e2: 4983c60f                       addq $0xf, %r14
   3e6: 41b9fa000000                   movl $0xfa, %r9d
   3ec: 4889fe                         movq %rdi, %rsi
   3ef: e9b9feffff                     jmp -0x147
   3f4: 488b742410                     movq 0x10(%rsp), %rsi
   3f9: e9b2feffff                     jmp -0x14e
   3fe: 48d1fa                         sarq %rdx
   401: 48d1f8                         sarq %rax
   404: 4d8d4610                       leaq 0x10(%r14), %r8
   408: 480fafc2                       imulq %rdx, %rax
   40c: 41b904010000                   movl $0x104, %r9d
   412: 0f8001070000                   jo 0x701
   418: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   422: 488d1418                       leaq (%rax,%rbx), %rdx
   426: 4885d2                         testq %rdx, %rdx
   429: 0f89f2060000                   jns 0x6f2
   42f: 4889ee                         movq %rbp, %rsi
   432: 488d044501000000               leaq 0x1(,%rax,2), %rax
   43a: 49894500                       movq %rax, (%r13)
   43e: 488b7978                       movq 0x78(%rcx), %rdi
   442: 48894178                       movq %rax, 0x78(%rcx)
   446: 40f6c701                       testb $0x1, %dil
   44a: 7512                           jne 0x12
   44c: 48ff0f                         decq (%rdi)
   44f: 750d                           jne 0xd
   451: e800000000                     callq 0x0
        # hole +0x452: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   456: 4889ee                         movq %rbp, %rsi
   459: 498b4c2418                     movq 0x18(%r12), %rcx
   45e: 488b8180000000                 movq 0x80(%rcx), %rax
   465: a801                           testb $0x1, %al
   467: 7503                           jne 0x3
   469: 48ff00                         incq (%rax)
   46c: 49894500                       movq %rax, (%r13)
   470: 488b9188000000                 movq 0x88(%rcx), %rdx
   477: f6c201                         testb $0x1, %dl
   47a: 488b7c2410                     movq 0x10(%rsp), %rdi
   47f: 7503                           jne 0x3
   481: 48ff02                         incq (%rdx)
   484: 488916                         movq %rdx, (%rsi)
   487: 89c6                           movl %eax, %esi
   489: 21d6                           andl %edx, %esi
   48b: 40f6c601                       testb $0x1, %sil
   48f: 750f                           jne 0xf
   491: 4983c614                       addq $0x14, %r14
   495: 41b92c010000                   movl $0x12c, %r9d
   49b: e999000000                     jmp 0x99
   4a0: 48d1f8                         sarq %rax
   4a3: 48d1fa                         sarq %rdx
   4a6: 4d8d4615                       leaq 0x15(%r14), %r8
   4aa: 480fafd0                       imulq %rax, %rdx
   4ae: 41b936010000                   movl $0x136, %r9d
   4b4: 0f805f060000                   jo 0x65f
   4ba: 488d041a                       leaq (%rdx,%rbx), %rax
   4be: 4885c0                         testq %rax, %rax
   4c1: 0f895a060000                   jns 0x65a
   4c7: 4889ee                         movq %rbp, %rsi
   4ca: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   4d2: 49894500                       movq %rax, (%r13)
   4d6: 488bb990000000                 movq 0x90(%rcx), %rdi
   4dd: 48898190000000                 movq %rax, 0x90(%rcx)
   4e4: 40f6c701                       testb $0x1, %dil
   4e8: 7512                           jne 0x12
   4ea: 48ff0f                         decq (%rdi)
   4ed: 750d                           jne 0xd
   4ef: e800000000                     callq 0x0
        # hole +0x4f0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4f4: 4889ee                         movq %rbp, %rsi
   4f7: 498b4c2418                     movq 0x18(%r12), %rcx
   4fc: 488b8198000000                 movq 0x98(%rcx), %rax
   503: a801                           testb $0x1, %al
   505: 7503                           jne 0x3
   507: 48ff00                         incq (%rax)
   50a: 49894500                       movq %rax, (%r13)
   50e: 488b91a0000000                 movq 0xa0(%rcx), %rdx
   515: f6c201                         testb $0x1, %dl
   518: 488b7c2410                     movq 0x10(%rsp), %rdi
   51d: 7503                           jne 0x3
   51f: 48ff02                         incq (%rdx)
   522: 488916                         movq %rdx, (%rsi)
   525: 89c6                           movl %eax, %esi
   527: 21d6                           andl %edx, %esi
   529: 40f6c601                       testb $0x1, %sil
   52d: 751a                           jne 0x1a
   52f: 4983c619                       addq $0x19, %r14
   533: 41b95e010000                   movl $0x15e, %r9d
   539: 4889fe                         movq %rdi, %rsi
   53c: 4d89f0                         movq %r14, %r8
   53f: 488b5c2408                     movq 0x8(%rsp), %rbx
   544: e967fdffff                     jmp -0x299
   549: 48d1f8                         sarq %rax
   54c: 48d1fa                         sarq %rdx
   54f: 4d8d461a                       leaq 0x1a(%r14), %r8
   553: 480fafd0                       imulq %rax, %rdx
   557: 41b968010000                   movl $0x168, %r9d
   55d: 0f80b6050000                   jo 0x5b6
   563: 488d041a                       leaq (%rdx,%rbx), %rax
   567: 4885c0                         testq %rax, %rax
   56a: 0f89b1050000                   jns 0x5b1
   570: 4889ee                         movq %rbp, %rsi
   573: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   57b: 49894500                       movq %rax, (%r13)
   57f: 488bb9a8000000                 movq 0xa8(%rcx), %rdi
   586: 488981a8000000                 movq %rax, 0xa8(%rcx)
   58d: 40f6c701                       testb $0x1, %dil
   591: 7512                           jne 0x12
   593: 48ff0f                         decq (%rdi)
   596: 750d                           jne 0xd
   598: e800000000                     callq 0x0
        # hole +0x599: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   59d: 4889ee                         movq %rbp, %rsi
   5a0: 498b4c2418                     movq 0x18(%r12), %rcx
   5a5: 49c745003d000000               movq $0x3d, (%r13)
   5ad: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   5b4: 48c781b00000003d000000         movq $0x3d, 0xb0(%rcx)
   5bf: 40f6c701                       testb $0x1, %dil
   5c3: 7512                           jne 0x12
   5c5: 48ff0f                         decq (%rdi)
   5c8: 750d                           jne 0xd
   5ca: e800000000                     callq 0x0
        # hole +0x5cb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5cf: 4889ee                         movq %rbp, %rsi
   5d2: 498b4c2418                     movq 0x18(%r12), %rcx
   5d7: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   5de: 40f6c701                       testb $0x1, %dil
   5e2: 7562                           jne 0x62
   5e4: 48ff07                         incq (%rdi)
   5e7: 49897d00                       movq %rdi, (%r13)
   5eb: 4d8d461f                       leaq 0x1f(%r14), %r8
   5ef: 837f0807                       cmpl $0x7, 0x8(%rdi)
   5f3: 41b99a010000                   movl $0x19a, %r9d
   5f9: 0f8540ffffff                   jne -0xc0
   5ff: 488b4730                       movq 0x30(%rdi), %rax
   603: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   60b: 0f852effffff                   jne -0xd2
   611: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   616: 0f827f060000                   jb 0x67f
   61c: 488b4748                       movq 0x48(%rdi), %rax
   620: a801                           testb $0x1, %al
   622: 7544                           jne 0x44
   624: 48ff00                         incq (%rax)
   627: 49894500                       movq %rax, (%r13)
   62b: 48ff0f                         decq (%rdi)
   62e: 7441                           je 0x41
   630: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   637: 488981c0000000                 movq %rax, 0xc0(%rcx)
   63e: 40f6c701                       testb $0x1, %dil
   642: 744f                           je 0x4f
   644: eb5c                           jmp 0x5c
   646: 49897d00                       movq %rdi, (%r13)
   64a: 4983c61f                       addq $0x1f, %r14
   64e: 41b99a010000                   movl $0x19a, %r9d
   654: e9e3feffff                     jmp -0x11d
   659: 4983c6f8                       addq $-0x8, %r14
   65d: 41b914000000                   movl $0x14, %r9d
   663: e945fcffff                     jmp -0x3bb
   668: 49894500                       movq %rax, (%r13)
   66c: 48ff0f                         decq (%rdi)
   66f: 75bf                           jne -0x41
   671: e800000000                     callq 0x0
        # hole +0x672: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   676: 498b4500                       movq (%r13), %rax
   67a: 498b4c2418                     movq 0x18(%r12), %rcx
   67f: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   686: 488981c0000000                 movq %rax, 0xc0(%rcx)
   68d: 40f6c701                       testb $0x1, %dil
   691: 750f                           jne 0xf
   693: 48ff0f                         decq (%rdi)
   696: 750a                           jne 0xa
   698: e800000000                     callq 0x0
        # hole +0x699: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   69d: 498b4c2418                     movq 0x18(%r12), %rcx
   6a2: 488ba9e0000000                 movq 0xe0(%rcx), %rbp
   6a9: 40f6c501                       testb $0x1, %bpl
   6ad: 7504                           jne 0x4
   6af: 48ff4500                       incq (%rbp)
   6b3: 49896d00                       movq %rbp, (%r13)
   6b7: 488b81c8000000                 movq 0xc8(%rcx), %rax
   6be: a801                           testb $0x1, %al
   6c0: 7503                           jne 0x3
   6c2: 48ff00                         incq (%rax)
   6c5: 488b542418                     movq 0x18(%rsp), %rdx
   6ca: 488902                         movq %rax, (%rdx)
   6cd: 488b89d0000000                 movq 0xd0(%rcx), %rcx
   6d4: f6c101                         testb $0x1, %cl
   6d7: 7503                           jne 0x3
   6d9: 48ff01                         incq (%rcx)
   6dc: 498d4518                       leaq 0x18(%r13), %rax
   6e0: 49894d10                       movq %rcx, 0x10(%r13)
   6e4: 4d8d4625                       leaq 0x25(%r14), %r8
   6e8: 41b9d6010000                   movl $0x1d6, %r9d
   6ee: 40f6c501                       testb $0x1, %bpl
   6f2: 0f85bc010000                   jne 0x1bc
   6f8: 4c89442420                     movq %r8, 0x20(%rsp)
   6fd: 837d0808                       cmpl $0x8, 0x8(%rbp)
   701: 0f85a5060000                   jne 0x6a5
   707: ba02000000                     movl $0x2, %edx
   70c: 488b7c2408                     movq 0x8(%rsp), %rdi
   711: 4c8b7c2418                     movq 0x18(%rsp), %r15
   716: 4c89fe                         movq %r15, %rsi
   719: ff5538                         callq *0x38(%rbp)
   71c: 4889442428                     movq %rax, 0x28(%rsp)
   721: 498b3f                         movq (%r15), %rdi
   724: 40f6c701                       testb $0x1, %dil
   728: 750a                           jne 0xa
   72a: 48ff0f                         decq (%rdi)
   72d: 7505                           jne 0x5
   72f: e800000000                     callq 0x0
        # hole +0x730: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   734: 498b7d10                       movq 0x10(%r13), %rdi
   738: 40f6c701                       testb $0x1, %dil
   73c: 750a                           jne 0xa
   73e: 48ff0f                         decq (%rdi)
   741: 7505                           jne 0x5
   743: e800000000                     callq 0x0
        # hole +0x744: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   748: 48ff4d00                       decq (%rbp)
   74c: 7508                           jne 0x8
   74e: 4889ef                         movq %rbp, %rdi
   751: e800000000                     callq 0x0
        # hole +0x752: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   756: 48837c242800                   cmpq $0x0, 0x28(%rsp)
   75c: 0f849f050000                   je 0x59f
   762: 488b4c2428                     movq 0x28(%rsp), %rcx
   767: 49894d00                       movq %rcx, (%r13)
   76b: 498b442418                     movq 0x18(%r12), %rax
   770: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   777: 488988d8000000                 movq %rcx, 0xd8(%rax)
   77e: 40f6c701                       testb $0x1, %dil
   782: 750f                           jne 0xf
   784: 48ff0f                         decq (%rdi)
   787: 750a                           jne 0xa
   789: e800000000                     callq 0x0
        # hole +0x78a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   78e: 498b442418                     movq 0x18(%r12), %rax
   793: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   79a: 40f6c701                       testb $0x1, %dil
   79e: 7503                           jne 0x3
   7a0: 48ff07                         incq (%rdi)
   7a3: 49897d00                       movq %rdi, (%r13)
   7a7: 488ba8f0000000                 movq 0xf0(%rax), %rbp
   7ae: 40f6c501                       testb $0x1, %bpl
   7b2: 7504                           jne 0x4
   7b4: 48ff4500                       incq (%rbp)
   7b8: 488b442418                     movq 0x18(%rsp), %rax
   7bd: 488928                         movq %rbp, (%rax)
   7c0: 4d8d4629                       leaq 0x29(%r14), %r8
   7c4: 40f6c701                       testb $0x1, %dil
   7c8: 0f85ee000000                   jne 0xee
   7ce: 837f0802                       cmpl $0x2, 0x8(%rdi)
   7d2: 0f85e4000000                   jne 0xe4
   7d8: 40f6c501                       testb $0x1, %bpl
   7dc: 0f85da000000                   jne 0xda
   7e2: 837d0802                       cmpl $0x2, 0x8(%rbp)
   7e6: 0f85d0000000                   jne 0xd0
   7ec: f20f104730                     movsd 0x30(%rdi), %xmm0
   7f1: f20f594530                     mulsd 0x30(%rbp), %xmm0
   7f6: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   7fc: 48ff0f                         decq (%rdi)
   7ff: 7505                           jne 0x5
   801: e800000000                     callq 0x0
        # hole +0x802: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   806: 48ff4d00                       decq (%rbp)
   80a: 7508                           jne 0x8
   80c: 4889ef                         movq %rbp, %rdi
   80f: e800000000                     callq 0x0
        # hole +0x810: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   814: 488b7c2408                     movq 0x8(%rsp), %rdi
   819: f20f10442420                   movsd 0x20(%rsp), %xmm0
   81f: e800000000                     callq 0x0
        # hole +0x820: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   824: 4885c0                         testq %rax, %rax
   827: 0f84ed040000                   je 0x4ed
   82d: 49894500                       movq %rax, (%r13)
   831: 498b4c2418                     movq 0x18(%r12), %rcx
   836: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   83d: 488981f8000000                 movq %rax, 0xf8(%rcx)
   844: 40f6c701                       testb $0x1, %dil
   848: 750f                           jne 0xf
   84a: 48ff0f                         decq (%rdi)
   84d: 750a                           jne 0xa
   84f: e800000000                     callq 0x0
        # hole +0x850: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   854: 498b4c2418                     movq 0x18(%r12), %rcx
   859: 488b8100010000                 movq 0x100(%rcx), %rax
   860: a801                           testb $0x1, %al
   862: 7503                           jne 0x3
   864: 48ff00                         incq (%rax)
   867: 49894500                       movq %rax, (%r13)
   86b: 488b9108010000                 movq 0x108(%rcx), %rdx
   872: f6c201                         testb $0x1, %dl
   875: 7503                           jne 0x3
   877: 48ff02                         incq (%rdx)
   87a: 488b742418                     movq 0x18(%rsp), %rsi
   87f: 488916                         movq %rdx, (%rsi)
   882: 89c6                           movl %eax, %esi
   884: 21d6                           andl %edx, %esi
   886: 40f6c601                       testb $0x1, %sil
   88a: 756b                           jne 0x6b
   88c: 4983c62e                       addq $0x2e, %r14
   890: 41b930020000                   movl $0x230, %r9d
   896: e9e9000000                     jmp 0xe9
   89b: 4c89ee                         movq %r13, %rsi
   89e: 41b93c000000                   movl $0x3c, %r9d
   8a4: 4c8b442420                     movq 0x20(%rsp), %r8
   8a9: 41bf03000000                   movl $0x3, %r15d
   8af: e98bfcffff                     jmp -0x375
   8b4: 4889c6                         movq %rax, %rsi
   8b7: e9d0000000                     jmp 0xd0
   8bc: 488b742410                     movq 0x10(%rsp), %rsi
   8c1: 41b9fe010000                   movl $0x1fe, %r9d
   8c7: e9c0000000                     jmp 0xc0
   8cc: 49ffc6                         incq %r14
   8cf: 41b96e000000                   movl $0x6e, %r9d
   8d5: 4c89ee                         movq %r13, %rsi
   8d8: 41bf03000000                   movl $0x3, %r15d
   8de: e9caf9ffff                     jmp -0x636
   8e3: 41b9aa000000                   movl $0xaa, %r9d
   8e9: 41bf02000000                   movl $0x2, %r15d
   8ef: 4889fe                         movq %rdi, %rsi
   8f2: e9b9f9ffff                     jmp -0x647
   8f7: 48d1f8                         sarq %rax
   8fa: 48d1fa                         sarq %rdx
   8fd: 4d8d462f                       leaq 0x2f(%r14), %r8
   901: 480fafd0                       imulq %rax, %rdx
   905: 0f8027040000                   jo 0x427
   90b: 488d041a                       leaq (%rdx,%rbx), %rax
   90f: 4885c0                         testq %rax, %rax
   912: 0f891a040000                   jns 0x41a
   918: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   920: 49894500                       movq %rax, (%r13)
   924: 488bb910010000                 movq 0x110(%rcx), %rdi
   92b: 48898110010000                 movq %rax, 0x110(%rcx)
   932: 40f6c701                       testb $0x1, %dil
   936: 750f                           jne 0xf
   938: 48ff0f                         decq (%rdi)
   93b: 750a                           jne 0xa
   93d: e800000000                     callq 0x0
        # hole +0x93e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   942: 498b4c2418                     movq 0x18(%r12), %rcx
   947: 488b8118010000                 movq 0x118(%rcx), %rax
   94e: a801                           testb $0x1, %al
   950: 7503                           jne 0x3
   952: 48ff00                         incq (%rax)
   955: 49894500                       movq %rax, (%r13)
   959: 488b9120010000                 movq 0x120(%rcx), %rdx
   960: f6c201                         testb $0x1, %dl
   963: 7503                           jne 0x3
   965: 48ff02                         incq (%rdx)
   968: 488b742418                     movq 0x18(%rsp), %rsi
   96d: 488916                         movq %rdx, (%rsi)
   970: 89c6                           movl %eax, %esi
   972: 21d6                           andl %edx, %esi
   974: 40f6c601                       testb $0x1, %sil
   978: 7522                           jne 0x22
   97a: 4983c633                       addq $0x33, %r14
   97e: 41b962020000                   movl $0x262, %r9d
   984: 488b742410                     movq 0x10(%rsp), %rsi
   989: 4d89f0                         movq %r14, %r8
   98c: 488b5c2408                     movq 0x8(%rsp), %rbx
   991: 41bf01000000                   movl $0x1, %r15d
   997: e914f9ffff                     jmp -0x6ec
   99c: 48d1f8                         sarq %rax
   99f: 48d1fa                         sarq %rdx
   9a2: 4801c2                         addq %rax, %rdx
   9a5: 4889d0                         movq %rdx, %rax
   9a8: 4801d8                         addq %rbx, %rax
   9ab: 0f8991030000                   jns 0x391
   9b1: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   9b9: 49894500                       movq %rax, (%r13)
   9bd: 488bb928010000                 movq 0x128(%rcx), %rdi
   9c4: 48898128010000                 movq %rax, 0x128(%rcx)
   9cb: 40f6c701                       testb $0x1, %dil
   9cf: 750f                           jne 0xf
   9d1: 48ff0f                         decq (%rdi)
   9d4: 750a                           jne 0xa
   9d6: e800000000                     callq 0x0
        # hole +0x9d7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   9db: 498b4c2418                     movq 0x18(%r12), %rcx
   9e0: 488bb930010000                 movq 0x130(%rcx), %rdi
   9e7: 40f6c701                       testb $0x1, %dil
   9eb: 7563                           jne 0x63
   9ed: 48ff07                         incq (%rdi)
   9f0: 49897d00                       movq %rdi, (%r13)
   9f4: 4d8d4637                       leaq 0x37(%r14), %r8
   9f8: 837f0807                       cmpl $0x7, 0x8(%rdi)
   9fc: 7565                           jne 0x65
   9fe: 488b4730                       movq 0x30(%rdi), %rax
   a02: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   a0a: 7557                           jne 0x57
   a0c: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   a11: 0f843a030000                   je 0x33a
   a17: 488b4740                       movq 0x40(%rdi), %rax
   a1b: a801                           testb $0x1, %al
   a1d: 755f                           jne 0x5f
   a1f: 48ff00                         incq (%rax)
   a22: 49894500                       movq %rax, (%r13)
   a26: 48ff0f                         decq (%rdi)
   a29: 745c                           je 0x5c
   a2b: 488bb938010000                 movq 0x138(%rcx), %rdi
   a32: 48898138010000                 movq %rax, 0x138(%rcx)
   a39: 40f6c701                       testb $0x1, %dil
   a3d: 746a                           je 0x6a
   a3f: eb77                           jmp 0x77
   a41: 4983c60b                       addq $0xb, %r14
   a45: 41b9d2000000                   movl $0xd2, %r9d
   a4b: e985feffff                     jmp -0x17b
   a50: 49897d00                       movq %rdi, (%r13)
   a54: 4983c637                       addq $0x37, %r14
   a58: 41b98a020000                   movl $0x28a, %r9d
   a5e: 4d89f0                         movq %r14, %r8
   a61: eb06                           jmp 0x6
   a63: 41b98a020000                   movl $0x28a, %r9d
   a69: 488b5c2408                     movq 0x8(%rsp), %rbx
   a6e: 41bf01000000                   movl $0x1, %r15d
   a74: 488b742418                     movq 0x18(%rsp), %rsi
   a79: e932f8ffff                     jmp -0x7ce
   a7e: 49894500                       movq %rax, (%r13)
   a82: 48ff0f                         decq (%rdi)
   a85: 75a4                           jne -0x5c
   a87: e800000000                     callq 0x0
        # hole +0xa88: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a8c: 498b4500                       movq (%r13), %rax
   a90: 498b4c2418                     movq 0x18(%r12), %rcx
   a95: 488bb938010000                 movq 0x138(%rcx), %rdi
   a9c: 48898138010000                 movq %rax, 0x138(%rcx)
   aa3: 40f6c701                       testb $0x1, %dil
   aa7: 750f                           jne 0xf
   aa9: 48ff0f                         decq (%rdi)
   aac: 750a                           jne 0xa
   aae: e800000000                     callq 0x0
        # hole +0xaaf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   ab3: 498b4c2418                     movq 0x18(%r12), %rcx
   ab8: 488bb940010000                 movq 0x140(%rcx), %rdi
   abf: 40f6c701                       testb $0x1, %dil
   ac3: 7566                           jne 0x66
   ac5: 48ff07                         incq (%rdi)
   ac8: 49897d00                       movq %rdi, (%r13)
   acc: 4d8d463b                       leaq 0x3b(%r14), %r8
   ad0: 837f0807                       cmpl $0x7, 0x8(%rdi)
   ad4: 7568                           jne 0x68
   ad6: 488b4730                       movq 0x30(%rdi), %rax
   ada: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   ae2: 755a                           jne 0x5a
   ae4: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   ae9: 0f8471020000                   je 0x271
   aef: 488b4740                       movq 0x40(%rdi), %rax
   af3: a801                           testb $0x1, %al
   af5: 7552                           jne 0x52
   af7: 48ff00                         incq (%rax)
   afa: 49894500                       movq %rax, (%r13)
   afe: 48ff0f                         decq (%rdi)
   b01: 744f                           je 0x4f
   b03: 488bb948010000                 movq 0x148(%rcx), %rdi
   b0a: 48898148010000                 movq %rax, 0x148(%rcx)
   b11: 40f6c701                       testb $0x1, %dil
   b15: 745d                           je 0x5d
   b17: eb6a                           jmp 0x6a
   b19: 4889fe                         movq %rdi, %rsi
   b1c: e91efaffff                     jmp -0x5e2
   b21: 488b742410                     movq 0x10(%rsp), %rsi
   b26: e914faffff                     jmp -0x5ec
   b2b: 49897d00                       movq %rdi, (%r13)
   b2f: 4983c63b                       addq $0x3b, %r14
   b33: 41b9b2020000                   movl $0x2b2, %r9d
   b39: e920ffffff                     jmp -0xe0
   b3e: 41b9b2020000                   movl $0x2b2, %r9d
   b44: e920ffffff                     jmp -0xe0
   b49: 49894500                       movq %rax, (%r13)
   b4d: 48ff0f                         decq (%rdi)
   b50: 75b1                           jne -0x4f
   b52: e800000000                     callq 0x0
        # hole +0xb53: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b57: 498b4500                       movq (%r13), %rax
   b5b: 498b4c2418                     movq 0x18(%r12), %rcx
   b60: 488bb948010000                 movq 0x148(%rcx), %rdi
   b67: 48898148010000                 movq %rax, 0x148(%rcx)
   b6e: 40f6c701                       testb $0x1, %dil
   b72: 750f                           jne 0xf
   b74: 48ff0f                         decq (%rdi)
   b77: 750a                           jne 0xa
   b79: e800000000                     callq 0x0
        # hole +0xb7a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b7e: 498b4c2418                     movq 0x18(%r12), %rcx
   b83: 488ba960010000                 movq 0x160(%rcx), %rbp
   b8a: 40f6c501                       testb $0x1, %bpl
   b8e: 7504                           jne 0x4
   b90: 48ff4500                       incq (%rbp)
   b94: 49896d00                       movq %rbp, (%r13)
   b98: 488b8150010000                 movq 0x150(%rcx), %rax
   b9f: a801                           testb $0x1, %al
   ba1: 7503                           jne 0x3
   ba3: 48ff00                         incq (%rax)
   ba6: 488b4c2418                     movq 0x18(%rsp), %rcx
   bab: 488901                         movq %rax, (%rcx)
   bae: 498d4640                       leaq 0x40(%r14), %rax
   bb2: 4889442420                     movq %rax, 0x20(%rsp)
   bb7: 40f6c501                       testb $0x1, %bpl
   bbb: 0f85c5000000                   jne 0xc5
   bc1: 837d0808                       cmpl $0x8, 0x8(%rbp)
   bc5: 0f85bb000000                   jne 0xbb
   bcb: ba01000000                     movl $0x1, %edx
   bd0: 488b7c2408                     movq 0x8(%rsp), %rdi
   bd5: 4c8b7c2418                     movq 0x18(%rsp), %r15
   bda: 4c89fe                         movq %r15, %rsi
   bdd: ff5538                         callq *0x38(%rbp)
   be0: 4889442428                     movq %rax, 0x28(%rsp)
   be5: 498b3f                         movq (%r15), %rdi
   be8: 40f6c701                       testb $0x1, %dil
   bec: 750a                           jne 0xa
   bee: 48ff0f                         decq (%rdi)
   bf1: 7505                           jne 0x5
   bf3: e800000000                     callq 0x0
        # hole +0xbf4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   bf8: 48ff4d00                       decq (%rbp)
   bfc: 7508                           jne 0x8
   bfe: 4889ef                         movq %rbp, %rdi
   c01: e800000000                     callq 0x0
        # hole +0xc02: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c06: 48837c242800                   cmpq $0x0, 0x28(%rsp)
   c0c: 0f845d010000                   je 0x15d
   c12: 488b4c2428                     movq 0x28(%rsp), %rcx
   c17: 49894d00                       movq %rcx, (%r13)
   c1b: 498b442418                     movq 0x18(%r12), %rax
   c20: 488bb858010000                 movq 0x158(%rax), %rdi
   c27: 48898858010000                 movq %rcx, 0x158(%rax)
   c2e: 40f6c701                       testb $0x1, %dil
   c32: 750f                           jne 0xf
   c34: 48ff0f                         decq (%rdi)
   c37: 750a                           jne 0xa
   c39: e800000000                     callq 0x0
        # hole +0xc3a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c3e: 498b442418                     movq 0x18(%r12), %rax
   c43: 488b8868010000                 movq 0x168(%rax), %rcx
   c4a: f6c101                         testb $0x1, %cl
   c4d: 7503                           jne 0x3
   c4f: 48ff01                         incq (%rcx)
   c52: 49894d00                       movq %rcx, (%r13)
   c56: 488b9070010000                 movq 0x170(%rax), %rdx
   c5d: f6c201                         testb $0x1, %dl
   c60: 7503                           jne 0x3
   c62: 48ff02                         incq (%rdx)
   c65: 488b742418                     movq 0x18(%rsp), %rsi
   c6a: 488916                         movq %rdx, (%rsi)
   c6d: 89ce                           movl %ecx, %esi
   c6f: 21d6                           andl %edx, %esi
   c71: 40f6c601                       testb $0x1, %sil
   c75: 7533                           jne 0x33
   c77: 4983c644                       addq $0x44, %r14
   c7b: 41b90c030000                   movl $0x30c, %r9d
   c81: e9fefcffff                     jmp -0x302
   c86: 488b742410                     movq 0x10(%rsp), %rsi
   c8b: 41b9e4020000                   movl $0x2e4, %r9d
   c91: 4c8b442420                     movq 0x20(%rsp), %r8
   c96: e9f1fcffff                     jmp -0x30f
   c9b: 4983c620                       addq $0x20, %r14
   c9f: 41b9a4010000                   movl $0x1a4, %r9d
   ca5: e9b4fdffff                     jmp -0x24c
   caa: 48d1f9                         sarq %rcx
   cad: 48d1fa                         sarq %rdx
   cb0: 4801ca                         addq %rcx, %rdx
   cb3: 4801d3                         addq %rdx, %rbx
   cb6: 0f89e1000000                   jns 0xe1
   cbc: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   cc4: 49894d00                       movq %rcx, (%r13)
   cc8: 488bb878010000                 movq 0x178(%rax), %rdi
   ccf: 48898878010000                 movq %rcx, 0x178(%rax)
   cd6: 4983c647                       addq $0x47, %r14
   cda: 40f6c701                       testb $0x1, %dil
   cde: 750a                           jne 0xa
   ce0: 48ff0f                         decq (%rdi)
   ce3: 7505                           jne 0x5
   ce5: e800000000                     callq 0x0
        # hole +0xce6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   cea: 4c89ee                         movq %r13, %rsi
   ced: 41bf02000000                   movl $0x2, %r15d
   cf3: 4d89f0                         movq %r14, %r8
   cf6: 41b92a030000                   movl $0x32a, %r9d
   cfc: e93ef8ffff                     jmp -0x7c2
   d01: 4c89ee                         movq %r13, %rsi
   d04: 41bf03000000                   movl $0x3, %r15d
   d0a: 41b9d6010000                   movl $0x1d6, %r9d
   d10: 4c8b442420                     movq 0x20(%rsp), %r8
   d15: e925f8ffff                     jmp -0x7db
   d1a: 4983c62a                       addq $0x2a, %r14
   d1e: 41b908020000                   movl $0x208, %r9d
   d24: 4c89ee                         movq %r13, %rsi
   d27: 41bf03000000                   movl $0x3, %r15d
   d2d: e90af8ffff                     jmp -0x7f6
   d32: 488b742410                     movq 0x10(%rsp), %rsi
   d37: 41b93a020000                   movl $0x23a, %r9d
   d3d: e94afcffff                     jmp -0x3b6
   d42: 4983c634                       addq $0x34, %r14
   d46: 41b96c020000                   movl $0x26c, %r9d
   d4c: e933fcffff                     jmp -0x3cd
   d51: 4983c638                       addq $0x38, %r14
   d55: 41b994020000                   movl $0x294, %r9d
   d5b: e9fefcffff                     jmp -0x302
   d60: 4983c63c                       addq $0x3c, %r14
   d64: 41b9bc020000                   movl $0x2bc, %r9d
   d6a: e9effcffff                     jmp -0x311
   d6f: 4c89ee                         movq %r13, %rsi
   d72: 41bf03000000                   movl $0x3, %r15d
   d78: 41b9e4020000                   movl $0x2e4, %r9d
   d7e: 4c8b442420                     movq 0x20(%rsp), %r8
   d83: e9b7f7ffff                     jmp -0x849
   d88: 488b742410                     movq 0x10(%rsp), %rsi
   d8d: 4c8b442420                     movq 0x20(%rsp), %r8
   d92: 41bf01000000                   movl $0x1, %r15d
   d98: e913f5ffff                     jmp -0xaed
   d9d: 4983c645                       addq $0x45, %r14
   da1: 41b916030000                   movl $0x316, %r9d
   da7: e9d8fbffff                     jmp -0x428
   dac: 4889c6                         movq %rax, %rsi
   daf: 4c8b442420                     movq 0x20(%rsp), %r8
   db4: e9d3fbffff                     jmp -0x42d
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 operand0[1]+0
