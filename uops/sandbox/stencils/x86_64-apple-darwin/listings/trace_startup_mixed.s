# stencil startup_mixed for x86_64-apple-darwin: 3501 code bytes, 32 data bytes, 46 holes
     0: 4c89f3                         movq %r14, %rbx
     3: 498b442418                     movq 0x18(%r12), %rax
     8: 488b38                         movq (%rax), %rdi
     b: 40f6c701                       testb $0x1, %dil
     f: 7503                           jne 0x3
    11: 48ff07                         incq (%rdi)
    14: 55                             pushq %rbp
    15: 4883ec20                       subq $0x20, %rsp
    19: 4d8d7d08                       leaq 0x8(%r13), %r15
    1d: 49897d00                       movq %rdi, (%r13)
    21: 41b90a000000                   movl $0xa, %r9d
    27: 41be01000000                   movl $0x1, %r14d
    2d: bd01000000                     movl $0x1, %ebp
    32: 40f6c701                       testb $0x1, %dil
    36: 0f8580030000                   jne 0x380
    3c: 837f0807                       cmpl $0x7, 0x8(%rdi)
    40: 0f8576030000                   jne 0x376
    46: 488b0500000000                 movq (%rip), %rax
        # hole +0x49: X86_64_RELOC_GOT_LOAD Rel32 data+20
    4d: 488b4f30                       movq 0x30(%rdi), %rcx
    51: 48394130                       cmpq %rax, 0x30(%rcx)
    55: 0f8561030000                   jne 0x361
    5b: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    60: 0f82c4050000                   jb 0x5c4
    66: 488b4f48                       movq 0x48(%rdi), %rcx
    6a: f6c101                         testb $0x1, %cl
    6d: 7503                           jne 0x3
    6f: 48ff01                         incq (%rcx)
    72: 49894d00                       movq %rcx, (%r13)
    76: 48ff0f                         decq (%rdi)
    79: 7509                           jne 0x9
    7b: e800000000                     callq 0x0
        # hole +0x7c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    80: 498b4d00                       movq (%r13), %rcx
    84: 498b442418                     movq 0x18(%r12), %rax
    89: 488b7808                       movq 0x8(%rax), %rdi
    8d: 48894808                       movq %rcx, 0x8(%rax)
    91: 40f6c701                       testb $0x1, %dil
    95: 750f                           jne 0xf
    97: 48ff0f                         decq (%rdi)
    9a: 750a                           jne 0xa
    9c: e800000000                     callq 0x0
        # hole +0x9d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a1: 498b442418                     movq 0x18(%r12), %rax
    a6: 488b6820                       movq 0x20(%rax), %rbp
    aa: 40f6c501                       testb $0x1, %bpl
    ae: 7504                           jne 0x4
    b0: 48ff4500                       incq (%rbp)
    b4: 49896d00                       movq %rbp, (%r13)
    b8: 488b4010                       movq 0x10(%rax), %rax
    bc: a801                           testb $0x1, %al
    be: 7503                           jne 0x3
    c0: 48ff00                         incq (%rax)
    c3: 498d4d10                       leaq 0x10(%r13), %rcx
    c7: 49894508                       movq %rax, 0x8(%r13)
    cb: 41b93c000000                   movl $0x3c, %r9d
    d1: 41be06000000                   movl $0x6, %r14d
    d7: 40f6c501                       testb $0x1, %bpl
    db: 0f8586000000                   jne 0x86
    e1: 48894c2410                     movq %rcx, 0x10(%rsp)
    e6: 837d0808                       cmpl $0x8, 0x8(%rbp)
    ea: 0f85c2020000                   jne 0x2c2
    f0: ba01000000                     movl $0x1, %edx
    f5: 48895c2408                     movq %rbx, 0x8(%rsp)
    fa: 4889df                         movq %rbx, %rdi
    fd: 4c89fe                         movq %r15, %rsi
   100: ff5538                         callq *0x38(%rbp)
   103: 4889c3                         movq %rax, %rbx
   106: 498b3f                         movq (%r15), %rdi
   109: 40f6c701                       testb $0x1, %dil
   10d: 750a                           jne 0xa
   10f: 48ff0f                         decq (%rdi)
   112: 7505                           jne 0x5
   114: e800000000                     callq 0x0
        # hole +0x115: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   119: 48ff4d00                       decq (%rbp)
   11d: 7508                           jne 0x8
   11f: 4889ef                         movq %rbp, %rdi
   122: e800000000                     callq 0x0
        # hole +0x123: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   127: 4885db                         testq %rbx, %rbx
   12a: 0f8491060000                   je 0x691
   130: 49895d00                       movq %rbx, (%r13)
   134: 498b442418                     movq 0x18(%r12), %rax
   139: 488b7818                       movq 0x18(%rax), %rdi
   13d: 48895818                       movq %rbx, 0x18(%rax)
   141: 40f6c701                       testb $0x1, %dil
   145: 7545                           jne 0x45
   147: 48ff0f                         decq (%rdi)
   14a: 488b5c2408                     movq 0x8(%rsp), %rbx
   14f: 751e                           jne 0x1e
   151: e800000000                     callq 0x0
        # hole +0x152: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   156: 498b442418                     movq 0x18(%r12), %rax
   15b: 488b7828                       movq 0x28(%rax), %rdi
   15f: 40f6c701                       testb $0x1, %dil
   163: 7536                           jne 0x36
   165: eb12                           jmp 0x12
   167: 4989cf                         movq %rcx, %r15
   16a: e948020000                     jmp 0x248
   16f: 488b7828                       movq 0x28(%rax), %rdi
   173: 40f6c701                       testb $0x1, %dil
   177: 7522                           jne 0x22
   179: 48ff07                         incq (%rdi)
   17c: 49897d00                       movq %rdi, (%r13)
   180: 488b6830                       movq 0x30(%rax), %rbp
   184: 40f6c501                       testb $0x1, %bpl
   188: 741f                           je 0x1f
   18a: eb21                           jmp 0x21
   18c: 488b5c2408                     movq 0x8(%rsp), %rbx
   191: 488b7828                       movq 0x28(%rax), %rdi
   195: 40f6c701                       testb $0x1, %dil
   199: 74de                           je -0x22
   19b: 49897d00                       movq %rdi, (%r13)
   19f: 488b6830                       movq 0x30(%rax), %rbp
   1a3: 40f6c501                       testb $0x1, %bpl
   1a7: 7504                           jne 0x4
   1a9: 48ff4500                       incq (%rbp)
   1ad: 49892f                         movq %rbp, (%r15)
   1b0: 41b964000000                   movl $0x64, %r9d
   1b6: 41be0a000000                   movl $0xa, %r14d
   1bc: 40f6c701                       testb $0x1, %dil
   1c0: 0f85ec010000                   jne 0x1ec
   1c6: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1ca: 0f85e2010000                   jne 0x1e2
   1d0: 40f6c501                       testb $0x1, %bpl
   1d4: 0f85d8010000                   jne 0x1d8
   1da: 837d0802                       cmpl $0x2, 0x8(%rbp)
   1de: 0f85ce010000                   jne 0x1ce
   1e4: f20f104730                     movsd 0x30(%rdi), %xmm0
   1e9: f20f594530                     mulsd 0x30(%rbp), %xmm0
   1ee: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   1f4: 48ff0f                         decq (%rdi)
   1f7: 7505                           jne 0x5
   1f9: e800000000                     callq 0x0
        # hole +0x1fa: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1fe: 48ff4d00                       decq (%rbp)
   202: 7508                           jne 0x8
   204: 4889ef                         movq %rbp, %rdi
   207: e800000000                     callq 0x0
        # hole +0x208: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   20c: 4889df                         movq %rbx, %rdi
   20f: f20f10442418                   movsd 0x18(%rsp), %xmm0
   215: e800000000                     callq 0x0
        # hole +0x216: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   21a: 4885c0                         testq %rax, %rax
   21d: 0f84c0060000                   je 0x6c0
   223: 49894500                       movq %rax, (%r13)
   227: 498b4c2418                     movq 0x18(%r12), %rcx
   22c: 488b7938                       movq 0x38(%rcx), %rdi
   230: 48894138                       movq %rax, 0x38(%rcx)
   234: 40f6c701                       testb $0x1, %dil
   238: bd01000000                     movl $0x1, %ebp
   23d: 750f                           jne 0xf
   23f: 48ff0f                         decq (%rdi)
   242: 750a                           jne 0xa
   244: e800000000                     callq 0x0
        # hole +0x245: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   249: 498b4c2418                     movq 0x18(%r12), %rcx
   24e: 488b4140                       movq 0x40(%rcx), %rax
   252: a801                           testb $0x1, %al
   254: 7503                           jne 0x3
   256: 48ff00                         incq (%rax)
   259: 49894500                       movq %rax, (%r13)
   25d: 488b5148                       movq 0x48(%rcx), %rdx
   261: f6c201                         testb $0x1, %dl
   264: 488b7c2410                     movq 0x10(%rsp), %rdi
   269: 7503                           jne 0x3
   26b: 48ff02                         incq (%rdx)
   26e: 498917                         movq %rdx, (%r15)
   271: 89c6                           movl %eax, %esi
   273: 21d6                           andl %edx, %esi
   275: 40f6c601                       testb $0x1, %sil
   279: 7514                           jne 0x14
   27b: 41b996000000                   movl $0x96, %r9d
   281: 41be0f000000                   movl $0xf, %r14d
   287: 4989ff                         movq %rdi, %r15
   28a: e92d010000                     jmp 0x12d
   28f: 48d1f8                         sarq %rax
   292: 48d1fa                         sarq %rdx
   295: 4839d0                         cmpq %rdx, %rax
   298: 7d09                           jge 0x9
   29a: 488b0500000000                 movq (%rip), %rax
        # hole +0x29d: X86_64_RELOC_GOT_LOAD Rel32 data+12
   2a1: eb07                           jmp 0x7
   2a3: 488b0500000000                 movq (%rip), %rax
        # hole +0x2a6: X86_64_RELOC_GOT_LOAD Rel32 data+4
   2aa: 49894500                       movq %rax, (%r13)
   2ae: 0f8d48060000                   jge 0x648
   2b4: 488b7950                       movq 0x50(%rcx), %rdi
   2b8: 40f6c701                       testb $0x1, %dil
   2bc: 7503                           jne 0x3
   2be: 48ff07                         incq (%rdi)
   2c1: 49897d00                       movq %rdi, (%r13)
   2c5: 488b6958                       movq 0x58(%rcx), %rbp
   2c9: 40f6c501                       testb $0x1, %bpl
   2cd: 7504                           jne 0x4
   2cf: 48ff4500                       incq (%rbp)
   2d3: 49892f                         movq %rbp, (%r15)
   2d6: 41b9c8000000                   movl $0xc8, %r9d
   2dc: 41be14000000                   movl $0x14, %r14d
   2e2: 40f6c701                       testb $0x1, %dil
   2e6: 0f85c6000000                   jne 0xc6
   2ec: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2f0: 0f85bc000000                   jne 0xbc
   2f6: 40f6c501                       testb $0x1, %bpl
   2fa: 0f85b2000000                   jne 0xb2
   300: 837d0802                       cmpl $0x2, 0x8(%rbp)
   304: 0f85a8000000                   jne 0xa8
   30a: f20f104730                     movsd 0x30(%rdi), %xmm0
   30f: f20f594530                     mulsd 0x30(%rbp), %xmm0
   314: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   31a: 48ff0f                         decq (%rdi)
   31d: 7505                           jne 0x5
   31f: e800000000                     callq 0x0
        # hole +0x320: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   324: 48ff4d00                       decq (%rbp)
   328: 7508                           jne 0x8
   32a: 4889ef                         movq %rbp, %rdi
   32d: e800000000                     callq 0x0
        # hole +0x32e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   332: 4889df                         movq %rbx, %rdi
   335: f20f10442418                   movsd 0x18(%rsp), %xmm0
   33b: e800000000                     callq 0x0
        # hole +0x33c: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   340: 4885c0                         testq %rax, %rax
   343: 0f840b070000                   je 0x70b
   349: 49894500                       movq %rax, (%r13)
   34d: 498b4c2418                     movq 0x18(%r12), %rcx
   352: 488b7960                       movq 0x60(%rcx), %rdi
   356: 48894160                       movq %rax, 0x60(%rcx)
   35a: 40f6c701                       testb $0x1, %dil
   35e: bd01000000                     movl $0x1, %ebp
   363: 750f                           jne 0xf
   365: 48ff0f                         decq (%rdi)
   368: 750a                           jne 0xa
   36a: e800000000                     callq 0x0
        # hole +0x36b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   36f: 498b4c2418                     movq 0x18(%r12), %rcx
   374: 488b5168                       movq 0x68(%rcx), %rdx
   378: f6c201                         testb $0x1, %dl
   37b: 7503                           jne 0x3
   37d: 48ff02                         incq (%rdx)
   380: 49895500                       movq %rdx, (%r13)
   384: 488b4170                       movq 0x70(%rcx), %rax
   388: a801                           testb $0x1, %al
   38a: 488b7c2410                     movq 0x10(%rsp), %rdi
   38f: 7503                           jne 0x3
   391: 48ff00                         incq (%rax)
   394: 498907                         movq %rax, (%r15)
   397: 89d6                           movl %edx, %esi
   399: 21c6                           andl %eax, %esi
   39b: 40f6c601                       testb $0x1, %sil
   39f: 753a                           jne 0x3a
   3a1: 41b9fa000000                   movl $0xfa, %r9d
   3a7: 41be19000000                   movl $0x19, %r14d
   3ad: 4989ff                         movq %rdi, %r15
   3b0: eb0a                           jmp 0xa
   3b2: 4c8b7c2410                     movq 0x10(%rsp), %r15
   3b7: bd01000000                     movl $0x1, %ebp
   3bc: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3bf: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3c3: 4d01f0                         addq %r14, %r8
   3c6: 4c89e7                         movq %r12, %rdi
   3c9: 4c89fe                         movq %r15, %rsi
   3cc: 4889da                         movq %rbx, %rdx
   3cf: 89e9                           movl %ebp, %ecx
   3d1: 4883c420                       addq $0x20, %rsp
   3d5: 5d                             popq %rbp
   3d6: e900000000                     jmp 0x0
        # hole +0x3d7: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   3db: 48d1fa                         sarq %rdx
   3de: 48d1f8                         sarq %rax
   3e1: 480fafc2                       imulq %rdx, %rax
   3e5: 41b904010000                   movl $0x104, %r9d
   3eb: 41be1a000000                   movl $0x1a, %r14d
   3f1: 0f802b070000                   jo 0x72b
   3f7: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   401: 488d1418                       leaq (%rax,%rbx), %rdx
   405: 4885d2                         testq %rdx, %rdx
   408: 0f891c070000                   jns 0x71c
   40e: 488d044501000000               leaq 0x1(,%rax,2), %rax
   416: 49894500                       movq %rax, (%r13)
   41a: 488b7978                       movq 0x78(%rcx), %rdi
   41e: 48894178                       movq %rax, 0x78(%rcx)
   422: 40f6c701                       testb $0x1, %dil
   426: 750f                           jne 0xf
   428: 48ff0f                         decq (%rdi)
   42b: 750a                           jne 0xa
   42d: e800000000                     callq 0x0
        # hole +0x42e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   432: 498b4c2418                     movq 0x18(%r12), %rcx
   437: 488b9180000000                 movq 0x80(%rcx), %rdx
   43e: f6c201                         testb $0x1, %dl
   441: 7503                           jne 0x3
   443: 48ff02                         incq (%rdx)
   446: 49895500                       movq %rdx, (%r13)
   44a: 488b8188000000                 movq 0x88(%rcx), %rax
   451: a801                           testb $0x1, %al
   453: 488b7c2410                     movq 0x10(%rsp), %rdi
   458: 7503                           jne 0x3
   45a: 48ff00                         incq (%rax)
   45d: 498907                         movq %rax, (%r15)
   460: 89d6                           movl %edx, %esi
   462: 21c6                           andl %eax, %esi
   464: 40f6c601                       testb $0x1, %sil
   468: 7514                           jne 0x14
   46a: 41b92c010000                   movl $0x12c, %r9d
   470: 41be1e000000                   movl $0x1e, %r14d
   476: 4989ff                         movq %rdi, %r15
   479: e951030000                     jmp 0x351
   47e: 48d1fa                         sarq %rdx
   481: 48d1f8                         sarq %rax
   484: 480fafc2                       imulq %rdx, %rax
   488: 41b936010000                   movl $0x136, %r9d
   48e: 41be1f000000                   movl $0x1f, %r14d
   494: 0f8088060000                   jo 0x688
   49a: 488d1418                       leaq (%rax,%rbx), %rdx
   49e: 4885d2                         testq %rdx, %rdx
   4a1: 0f8983060000                   jns 0x683
   4a7: 488d044501000000               leaq 0x1(,%rax,2), %rax
   4af: 49894500                       movq %rax, (%r13)
   4b3: 488bb990000000                 movq 0x90(%rcx), %rdi
   4ba: 48898190000000                 movq %rax, 0x90(%rcx)
   4c1: 40f6c701                       testb $0x1, %dil
   4c5: 750f                           jne 0xf
   4c7: 48ff0f                         decq (%rdi)
   4ca: 750a                           jne 0xa
   4cc: e800000000                     callq 0x0
        # hole +0x4cd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4d1: 498b4c2418                     movq 0x18(%r12), %rcx
   4d6: 488b9198000000                 movq 0x98(%rcx), %rdx
   4dd: f6c201                         testb $0x1, %dl
   4e0: 7503                           jne 0x3
   4e2: 48ff02                         incq (%rdx)
   4e5: 49895500                       movq %rdx, (%r13)
   4e9: 488b81a0000000                 movq 0xa0(%rcx), %rax
   4f0: a801                           testb $0x1, %al
   4f2: 488b7c2410                     movq 0x10(%rsp), %rdi
   4f7: 7503                           jne 0x3
   4f9: 48ff00                         incq (%rax)
   4fc: 498907                         movq %rax, (%r15)
   4ff: 89d6                           movl %edx, %esi
   501: 21c6                           andl %eax, %esi
   503: 40f6c601                       testb $0x1, %sil
   507: 7514                           jne 0x14
   509: 41b95e010000                   movl $0x15e, %r9d
   50f: 41be23000000                   movl $0x23, %r14d
   515: 4989ff                         movq %rdi, %r15
   518: e9b2020000                     jmp 0x2b2
   51d: 48d1fa                         sarq %rdx
   520: 48d1f8                         sarq %rax
   523: 480fafc2                       imulq %rdx, %rax
   527: 41b968010000                   movl $0x168, %r9d
   52d: 41be24000000                   movl $0x24, %r14d
   533: 0f80e9050000                   jo 0x5e9
   539: 488d1418                       leaq (%rax,%rbx), %rdx
   53d: 4885d2                         testq %rdx, %rdx
   540: 0f89e4050000                   jns 0x5e4
   546: 488d044501000000               leaq 0x1(,%rax,2), %rax
   54e: 49894500                       movq %rax, (%r13)
   552: 488bb9a8000000                 movq 0xa8(%rcx), %rdi
   559: 488981a8000000                 movq %rax, 0xa8(%rcx)
   560: 40f6c701                       testb $0x1, %dil
   564: 750f                           jne 0xf
   566: 48ff0f                         decq (%rdi)
   569: 750a                           jne 0xa
   56b: e800000000                     callq 0x0
        # hole +0x56c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   570: 498b4c2418                     movq 0x18(%r12), %rcx
   575: 49c745003d000000               movq $0x3d, (%r13)
   57d: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   584: 48c781b00000003d000000         movq $0x3d, 0xb0(%rcx)
   58f: 40f6c701                       testb $0x1, %dil
   593: 750f                           jne 0xf
   595: 48ff0f                         decq (%rdi)
   598: 750a                           jne 0xa
   59a: e800000000                     callq 0x0
        # hole +0x59b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   59f: 498b4c2418                     movq 0x18(%r12), %rcx
   5a4: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   5ab: 40f6c701                       testb $0x1, %dil
   5af: 7564                           jne 0x64
   5b1: 48ff07                         incq (%rdi)
   5b4: 49897d00                       movq %rdi, (%r13)
   5b8: 41b99a010000                   movl $0x19a, %r9d
   5be: 41be29000000                   movl $0x29, %r14d
   5c4: 837f0807                       cmpl $0x7, 0x8(%rdi)
   5c8: 0f8501020000                   jne 0x201
   5ce: 488b4730                       movq 0x30(%rdi), %rax
   5d2: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   5da: 0f85ef010000                   jne 0x1ef
   5e0: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   5e5: 0f82c9060000                   jb 0x6c9
   5eb: 488b4748                       movq 0x48(%rdi), %rax
   5ef: a801                           testb $0x1, %al
   5f1: 7548                           jne 0x48
   5f3: 48ff00                         incq (%rax)
   5f6: 49894500                       movq %rax, (%r13)
   5fa: 48ff0f                         decq (%rdi)
   5fd: 7445                           je 0x45
   5ff: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   606: 488981c0000000                 movq %rax, 0xc0(%rcx)
   60d: 40f6c701                       testb $0x1, %dil
   611: 7453                           je 0x53
   613: eb60                           jmp 0x60
   615: 49897d00                       movq %rdi, (%r13)
   619: 41b99a010000                   movl $0x19a, %r9d
   61f: 41be29000000                   movl $0x29, %r14d
   625: e9a5010000                     jmp 0x1a5
   62a: 41b914000000                   movl $0x14, %r9d
   630: 41be02000000                   movl $0x2, %r14d
   636: e981fdffff                     jmp -0x27f
   63b: 49894500                       movq %rax, (%r13)
   63f: 48ff0f                         decq (%rdi)
   642: 75bb                           jne -0x45
   644: e800000000                     callq 0x0
        # hole +0x645: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   649: 498b4500                       movq (%r13), %rax
   64d: 498b4c2418                     movq 0x18(%r12), %rcx
   652: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   659: 488981c0000000                 movq %rax, 0xc0(%rcx)
   660: 40f6c701                       testb $0x1, %dil
   664: 750f                           jne 0xf
   666: 48ff0f                         decq (%rdi)
   669: 750a                           jne 0xa
   66b: e800000000                     callq 0x0
        # hole +0x66c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   670: 498b4c2418                     movq 0x18(%r12), %rcx
   675: 488ba9e0000000                 movq 0xe0(%rcx), %rbp
   67c: 40f6c501                       testb $0x1, %bpl
   680: 0f850d010000                   jne 0x10d
   686: 48ff4500                       incq (%rbp)
   68a: 49896d00                       movq %rbp, (%r13)
   68e: 488b81c8000000                 movq 0xc8(%rcx), %rax
   695: a801                           testb $0x1, %al
   697: 0f8409010000                   je 0x109
   69d: 498907                         movq %rax, (%r15)
   6a0: 488b89d0000000                 movq 0xd0(%rcx), %rcx
   6a7: f6c101                         testb $0x1, %cl
   6aa: 7503                           jne 0x3
   6ac: 48ff01                         incq (%rcx)
   6af: 498d4518                       leaq 0x18(%r13), %rax
   6b3: 49894d10                       movq %rcx, 0x10(%r13)
   6b7: 41b9d6010000                   movl $0x1d6, %r9d
   6bd: 41be2f000000                   movl $0x2f, %r14d
   6c3: 40f6c501                       testb $0x1, %bpl
   6c7: 0f850c010000                   jne 0x10c
   6cd: 837d0808                       cmpl $0x8, 0x8(%rbp)
   6d1: 0f8502010000                   jne 0x102
   6d7: ba02000000                     movl $0x2, %edx
   6dc: 488b7c2408                     movq 0x8(%rsp), %rdi
   6e1: 4c89fe                         movq %r15, %rsi
   6e4: ff5538                         callq *0x38(%rbp)
   6e7: 4889442418                     movq %rax, 0x18(%rsp)
   6ec: 498b3f                         movq (%r15), %rdi
   6ef: 40f6c701                       testb $0x1, %dil
   6f3: 750a                           jne 0xa
   6f5: 48ff0f                         decq (%rdi)
   6f8: 7505                           jne 0x5
   6fa: e800000000                     callq 0x0
        # hole +0x6fb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6ff: 498b7d10                       movq 0x10(%r13), %rdi
   703: 40f6c701                       testb $0x1, %dil
   707: 750a                           jne 0xa
   709: 48ff0f                         decq (%rdi)
   70c: 7505                           jne 0x5
   70e: e800000000                     callq 0x0
        # hole +0x70f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   713: 48ff4d00                       decq (%rbp)
   717: 7508                           jne 0x8
   719: 4889ef                         movq %rbp, %rdi
   71c: e800000000                     callq 0x0
        # hole +0x71d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   721: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   727: 0f84ed050000                   je 0x5ed
   72d: 488b4c2418                     movq 0x18(%rsp), %rcx
   732: 49894d00                       movq %rcx, (%r13)
   736: 498b442418                     movq 0x18(%r12), %rax
   73b: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   742: 488988d8000000                 movq %rcx, 0xd8(%rax)
   749: 40f6c701                       testb $0x1, %dil
   74d: 750f                           jne 0xf
   74f: 48ff0f                         decq (%rdi)
   752: 750a                           jne 0xa
   754: e800000000                     callq 0x0
        # hole +0x755: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   759: 498b442418                     movq 0x18(%r12), %rax
   75e: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   765: 40f6c701                       testb $0x1, %dil
   769: 7576                           jne 0x76
   76b: 48ff07                         incq (%rdi)
   76e: 49897d00                       movq %rdi, (%r13)
   772: 488ba8f0000000                 movq 0xf0(%rax), %rbp
   779: 40f6c501                       testb $0x1, %bpl
   77d: 7473                           je 0x73
   77f: 49892f                         movq %rbp, (%r15)
   782: 41be33000000                   movl $0x33, %r14d
   788: 40f6c701                       testb $0x1, %dil
   78c: 747b                           je 0x7b
   78e: e940010000                     jmp 0x140
   793: 49896d00                       movq %rbp, (%r13)
   797: 488b81c8000000                 movq 0xc8(%rcx), %rax
   79e: a801                           testb $0x1, %al
   7a0: 0f85f7feffff                   jne -0x109
   7a6: 48ff00                         incq (%rax)
   7a9: 498907                         movq %rax, (%r15)
   7ac: 488b89d0000000                 movq 0xd0(%rcx), %rcx
   7b3: f6c101                         testb $0x1, %cl
   7b6: 0f84f0feffff                   je -0x110
   7bc: e9eefeffff                     jmp -0x112
   7c1: 4d89ef                         movq %r13, %r15
   7c4: bd03000000                     movl $0x3, %ebp
   7c9: 41b93c000000                   movl $0x3c, %r9d
   7cf: 488b5c2408                     movq 0x8(%rsp), %rbx
   7d4: e9e3fbffff                     jmp -0x41d
   7d9: 4989c7                         movq %rax, %r15
   7dc: e9c2010000                     jmp 0x1c2
   7e1: 49897d00                       movq %rdi, (%r13)
   7e5: 488ba8f0000000                 movq 0xf0(%rax), %rbp
   7ec: 40f6c501                       testb $0x1, %bpl
   7f0: 758d                           jne -0x73
   7f2: 48ff4500                       incq (%rbp)
   7f6: 49892f                         movq %rbp, (%r15)
   7f9: 41be33000000                   movl $0x33, %r14d
   7ff: 40f6c701                       testb $0x1, %dil
   803: 0f85ca000000                   jne 0xca
   809: 837f0802                       cmpl $0x2, 0x8(%rdi)
   80d: 0f85c0000000                   jne 0xc0
   813: 40f6c501                       testb $0x1, %bpl
   817: 0f85b6000000                   jne 0xb6
   81d: 837d0802                       cmpl $0x2, 0x8(%rbp)
   821: 0f85ac000000                   jne 0xac
   827: f20f104730                     movsd 0x30(%rdi), %xmm0
   82c: f20f594530                     mulsd 0x30(%rbp), %xmm0
   831: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   837: 48ff0f                         decq (%rdi)
   83a: 7505                           jne 0x5
   83c: e800000000                     callq 0x0
        # hole +0x83d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   841: 48ff4d00                       decq (%rbp)
   845: 7508                           jne 0x8
   847: 4889ef                         movq %rbp, %rdi
   84a: e800000000                     callq 0x0
        # hole +0x84b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   84f: 488b7c2408                     movq 0x8(%rsp), %rdi
   854: f20f10442418                   movsd 0x18(%rsp), %xmm0
   85a: e800000000                     callq 0x0
        # hole +0x85b: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   85f: 4885c0                         testq %rax, %rax
   862: 0f84c5040000                   je 0x4c5
   868: 49894500                       movq %rax, (%r13)
   86c: 498b4c2418                     movq 0x18(%r12), %rcx
   871: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   878: 488981f8000000                 movq %rax, 0xf8(%rcx)
   87f: 40f6c701                       testb $0x1, %dil
   883: 750f                           jne 0xf
   885: 48ff0f                         decq (%rdi)
   888: 750a                           jne 0xa
   88a: e800000000                     callq 0x0
        # hole +0x88b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   88f: 498b4c2418                     movq 0x18(%r12), %rcx
   894: 488b9100010000                 movq 0x100(%rcx), %rdx
   89b: f6c201                         testb $0x1, %dl
   89e: 7503                           jne 0x3
   8a0: 48ff02                         incq (%rdx)
   8a3: 49895500                       movq %rdx, (%r13)
   8a7: 488b8108010000                 movq 0x108(%rcx), %rax
   8ae: a801                           testb $0x1, %al
   8b0: 7503                           jne 0x3
   8b2: 48ff00                         incq (%rax)
   8b5: 498907                         movq %rax, (%r15)
   8b8: 89d6                           movl %edx, %esi
   8ba: 21c6                           andl %eax, %esi
   8bc: 40f6c601                       testb $0x1, %sil
   8c0: 7550                           jne 0x50
   8c2: 41b930020000                   movl $0x230, %r9d
   8c8: 41be38000000                   movl $0x38, %r14d
   8ce: e9cb000000                     jmp 0xcb
   8d3: 4c8b7c2410                     movq 0x10(%rsp), %r15
   8d8: 41b9fe010000                   movl $0x1fe, %r9d
   8de: e9c0000000                     jmp 0xc0
   8e3: 41b96e000000                   movl $0x6e, %r9d
   8e9: 41be0b000000                   movl $0xb, %r14d
   8ef: 4d89ef                         movq %r13, %r15
   8f2: bd03000000                     movl $0x3, %ebp
   8f7: e9c0faffff                     jmp -0x540
   8fc: 41b9aa000000                   movl $0xaa, %r9d
   902: 41be11000000                   movl $0x11, %r14d
   908: bd02000000                     movl $0x2, %ebp
   90d: e9aafaffff                     jmp -0x556
   912: 48d1fa                         sarq %rdx
   915: 48d1f8                         sarq %rax
   918: 480fafc2                       imulq %rdx, %rax
   91c: 41be39000000                   movl $0x39, %r14d
   922: 0f801e040000                   jo 0x41e
   928: 488d1418                       leaq (%rax,%rbx), %rdx
   92c: 4885d2                         testq %rdx, %rdx
   92f: 0f8911040000                   jns 0x411
   935: 488d044501000000               leaq 0x1(,%rax,2), %rax
   93d: 49894500                       movq %rax, (%r13)
   941: 488bb910010000                 movq 0x110(%rcx), %rdi
   948: 48898110010000                 movq %rax, 0x110(%rcx)
   94f: 40f6c701                       testb $0x1, %dil
   953: 750f                           jne 0xf
   955: 48ff0f                         decq (%rdi)
   958: 750a                           jne 0xa
   95a: e800000000                     callq 0x0
        # hole +0x95b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   95f: 498b4c2418                     movq 0x18(%r12), %rcx
   964: 488b8118010000                 movq 0x118(%rcx), %rax
   96b: a801                           testb $0x1, %al
   96d: 7503                           jne 0x3
   96f: 48ff00                         incq (%rax)
   972: 49894500                       movq %rax, (%r13)
   976: 488b9120010000                 movq 0x120(%rcx), %rdx
   97d: f6c201                         testb $0x1, %dl
   980: 7503                           jne 0x3
   982: 48ff02                         incq (%rdx)
   985: 498917                         movq %rdx, (%r15)
   988: 89c6                           movl %eax, %esi
   98a: 21d6                           andl %edx, %esi
   98c: 40f6c601                       testb $0x1, %sil
   990: 751b                           jne 0x1b
   992: 41b962020000                   movl $0x262, %r9d
   998: 41be3d000000                   movl $0x3d, %r14d
   99e: 4c8b7c2410                     movq 0x10(%rsp), %r15
   9a3: 488b5c2408                     movq 0x8(%rsp), %rbx
   9a8: e90afaffff                     jmp -0x5f6
   9ad: 48d1f8                         sarq %rax
   9b0: 48d1fa                         sarq %rdx
   9b3: 4801c2                         addq %rax, %rdx
   9b6: 4889d0                         movq %rdx, %rax
   9b9: 4801d8                         addq %rbx, %rax
   9bc: 0f8994030000                   jns 0x394
   9c2: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   9ca: 49894500                       movq %rax, (%r13)
   9ce: 488bb928010000                 movq 0x128(%rcx), %rdi
   9d5: 48898128010000                 movq %rax, 0x128(%rcx)
   9dc: 40f6c701                       testb $0x1, %dil
   9e0: 750f                           jne 0xf
   9e2: 48ff0f                         decq (%rdi)
   9e5: 750a                           jne 0xa
   9e7: e800000000                     callq 0x0
        # hole +0x9e8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   9ec: 498b4c2418                     movq 0x18(%r12), %rcx
   9f1: 488bb930010000                 movq 0x130(%rcx), %rdi
   9f8: 40f6c701                       testb $0x1, %dil
   9fc: 7567                           jne 0x67
   9fe: 48ff07                         incq (%rdi)
   a01: 49897d00                       movq %rdi, (%r13)
   a05: 41be41000000                   movl $0x41, %r14d
   a0b: 837f0807                       cmpl $0x7, 0x8(%rdi)
   a0f: 7569                           jne 0x69
   a11: 488b4730                       movq 0x30(%rdi), %rax
   a15: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   a1d: 755b                           jne 0x5b
   a1f: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   a24: 0f843d030000                   je 0x33d
   a2a: 488b4740                       movq 0x40(%rdi), %rax
   a2e: a801                           testb $0x1, %al
   a30: 7553                           jne 0x53
   a32: 48ff00                         incq (%rax)
   a35: 49894500                       movq %rax, (%r13)
   a39: 48ff0f                         decq (%rdi)
   a3c: 7450                           je 0x50
   a3e: 488bb938010000                 movq 0x138(%rcx), %rdi
   a45: 48898138010000                 movq %rax, 0x138(%rcx)
   a4c: 40f6c701                       testb $0x1, %dil
   a50: 745e                           je 0x5e
   a52: eb6b                           jmp 0x6b
   a54: 41b9d2000000                   movl $0xd2, %r9d
   a5a: 41be15000000                   movl $0x15, %r14d
   a60: e98afeffff                     jmp -0x176
   a65: 49897d00                       movq %rdi, (%r13)
   a69: 41b98a020000                   movl $0x28a, %r9d
   a6f: 41be41000000                   movl $0x41, %r14d
   a75: e929ffffff                     jmp -0xd7
   a7a: 41b98a020000                   movl $0x28a, %r9d
   a80: e91effffff                     jmp -0xe2
   a85: 49894500                       movq %rax, (%r13)
   a89: 48ff0f                         decq (%rdi)
   a8c: 75b0                           jne -0x50
   a8e: e800000000                     callq 0x0
        # hole +0xa8f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a93: 498b4500                       movq (%r13), %rax
   a97: 498b4c2418                     movq 0x18(%r12), %rcx
   a9c: 488bb938010000                 movq 0x138(%rcx), %rdi
   aa3: 48898138010000                 movq %rax, 0x138(%rcx)
   aaa: 40f6c701                       testb $0x1, %dil
   aae: 750f                           jne 0xf
   ab0: 48ff0f                         decq (%rdi)
   ab3: 750a                           jne 0xa
   ab5: e800000000                     callq 0x0
        # hole +0xab6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   aba: 498b4c2418                     movq 0x18(%r12), %rcx
   abf: 488bb940010000                 movq 0x140(%rcx), %rdi
   ac6: 40f6c701                       testb $0x1, %dil
   aca: 7568                           jne 0x68
   acc: 48ff07                         incq (%rdi)
   acf: 49897d00                       movq %rdi, (%r13)
   ad3: 41be45000000                   movl $0x45, %r14d
   ad9: 837f0807                       cmpl $0x7, 0x8(%rdi)
   add: 756a                           jne 0x6a
   adf: 488b4730                       movq 0x30(%rdi), %rax
   ae3: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   aeb: 755c                           jne 0x5c
   aed: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   af2: 0f8480020000                   je 0x280
   af8: 488b4740                       movq 0x40(%rdi), %rax
   afc: a801                           testb $0x1, %al
   afe: 7554                           jne 0x54
   b00: 48ff00                         incq (%rax)
   b03: 49894500                       movq %rax, (%r13)
   b07: 48ff0f                         decq (%rdi)
   b0a: 7451                           je 0x51
   b0c: 488bb948010000                 movq 0x148(%rcx), %rdi
   b13: 48898148010000                 movq %rax, 0x148(%rcx)
   b1a: 40f6c701                       testb $0x1, %dil
   b1e: 745f                           je 0x5f
   b20: eb6c                           jmp 0x6c
   b22: 4989ff                         movq %rdi, %r15
   b25: e9a5fcffff                     jmp -0x35b
   b2a: 4c8b7c2410                     movq 0x10(%rsp), %r15
   b2f: e99bfcffff                     jmp -0x365
   b34: 49897d00                       movq %rdi, (%r13)
   b38: 41b9b2020000                   movl $0x2b2, %r9d
   b3e: 41be45000000                   movl $0x45, %r14d
   b44: e95afeffff                     jmp -0x1a6
   b49: 41b9b2020000                   movl $0x2b2, %r9d
   b4f: e94ffeffff                     jmp -0x1b1
   b54: 49894500                       movq %rax, (%r13)
   b58: 48ff0f                         decq (%rdi)
   b5b: 75af                           jne -0x51
   b5d: e800000000                     callq 0x0
        # hole +0xb5e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b62: 498b4500                       movq (%r13), %rax
   b66: 498b4c2418                     movq 0x18(%r12), %rcx
   b6b: 488bb948010000                 movq 0x148(%rcx), %rdi
   b72: 48898148010000                 movq %rax, 0x148(%rcx)
   b79: 40f6c701                       testb $0x1, %dil
   b7d: 750f                           jne 0xf
   b7f: 48ff0f                         decq (%rdi)
   b82: 750a                           jne 0xa
   b84: e800000000                     callq 0x0
        # hole +0xb85: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b89: 498b4c2418                     movq 0x18(%r12), %rcx
   b8e: 488ba960010000                 movq 0x160(%rcx), %rbp
   b95: 40f6c501                       testb $0x1, %bpl
   b99: 7527                           jne 0x27
   b9b: 48ff4500                       incq (%rbp)
   b9f: 49896d00                       movq %rbp, (%r13)
   ba3: 488b8150010000                 movq 0x150(%rcx), %rax
   baa: a801                           testb $0x1, %al
   bac: 7423                           je 0x23
   bae: 498907                         movq %rax, (%r15)
   bb1: 41be4a000000                   movl $0x4a, %r14d
   bb7: 40f6c501                       testb $0x1, %bpl
   bbb: 742a                           je 0x2a
   bbd: e9e2000000                     jmp 0xe2
   bc2: 49896d00                       movq %rbp, (%r13)
   bc6: 488b8150010000                 movq 0x150(%rcx), %rax
   bcd: a801                           testb $0x1, %al
   bcf: 75dd                           jne -0x23
   bd1: 48ff00                         incq (%rax)
   bd4: 498907                         movq %rax, (%r15)
   bd7: 41be4a000000                   movl $0x4a, %r14d
   bdd: 40f6c501                       testb $0x1, %bpl
   be1: 0f85bd000000                   jne 0xbd
   be7: 837d0808                       cmpl $0x8, 0x8(%rbp)
   beb: 0f85b3000000                   jne 0xb3
   bf1: ba01000000                     movl $0x1, %edx
   bf6: 488b7c2408                     movq 0x8(%rsp), %rdi
   bfb: 4c89fe                         movq %r15, %rsi
   bfe: ff5538                         callq *0x38(%rbp)
   c01: 4889442418                     movq %rax, 0x18(%rsp)
   c06: 498b3f                         movq (%r15), %rdi
   c09: 40f6c701                       testb $0x1, %dil
   c0d: 750a                           jne 0xa
   c0f: 48ff0f                         decq (%rdi)
   c12: 7505                           jne 0x5
   c14: e800000000                     callq 0x0
        # hole +0xc15: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c19: 48ff4d00                       decq (%rbp)
   c1d: 7508                           jne 0x8
   c1f: 4889ef                         movq %rbp, %rdi
   c22: e800000000                     callq 0x0
        # hole +0xc23: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c27: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   c2d: 0f8456010000                   je 0x156
   c33: 488b4c2418                     movq 0x18(%rsp), %rcx
   c38: 49894d00                       movq %rcx, (%r13)
   c3c: 498b442418                     movq 0x18(%r12), %rax
   c41: 488bb858010000                 movq 0x158(%rax), %rdi
   c48: 48898858010000                 movq %rcx, 0x158(%rax)
   c4f: 40f6c701                       testb $0x1, %dil
   c53: 750f                           jne 0xf
   c55: 48ff0f                         decq (%rdi)
   c58: 750a                           jne 0xa
   c5a: e800000000                     callq 0x0
        # hole +0xc5b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c5f: 498b442418                     movq 0x18(%r12), %rax
   c64: 488b8868010000                 movq 0x168(%rax), %rcx
   c6b: f6c101                         testb $0x1, %cl
   c6e: 7503                           jne 0x3
   c70: 48ff01                         incq (%rcx)
   c73: 49894d00                       movq %rcx, (%r13)
   c77: 488b9070010000                 movq 0x170(%rax), %rdx
   c7e: f6c201                         testb $0x1, %dl
   c81: 7503                           jne 0x3
   c83: 48ff02                         incq (%rdx)
   c86: 498917                         movq %rdx, (%r15)
   c89: 89ce                           movl %ecx, %esi
   c8b: 21d6                           andl %edx, %esi
   c8d: 40f6c601                       testb $0x1, %sil
   c91: 7532                           jne 0x32
   c93: 41b90c030000                   movl $0x30c, %r9d
   c99: 41be4e000000                   movl $0x4e, %r14d
   c9f: e9fafcffff                     jmp -0x306
   ca4: 4c8b7c2410                     movq 0x10(%rsp), %r15
   ca9: 41b9e4020000                   movl $0x2e4, %r9d
   caf: e9effcffff                     jmp -0x311
   cb4: 41b9a4010000                   movl $0x1a4, %r9d
   cba: 41be2a000000                   movl $0x2a, %r14d
   cc0: e9defcffff                     jmp -0x322
   cc5: 48d1f9                         sarq %rcx
   cc8: 48d1fa                         sarq %rdx
   ccb: 4801ca                         addq %rcx, %rdx
   cce: 4801d3                         addq %rdx, %rbx
   cd1: 0f89c5000000                   jns 0xc5
   cd7: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   cdf: 49894d00                       movq %rcx, (%r13)
   ce3: 488bb878010000                 movq 0x178(%rax), %rdi
   cea: 48898878010000                 movq %rcx, 0x178(%rax)
   cf1: 41be51000000                   movl $0x51, %r14d
   cf7: 40f6c701                       testb $0x1, %dil
   cfb: 750a                           jne 0xa
   cfd: 48ff0f                         decq (%rdi)
   d00: 7505                           jne 0x5
   d02: e800000000                     callq 0x0
        # hole +0xd03: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   d07: 4d89ef                         movq %r13, %r15
   d0a: bd02000000                     movl $0x2, %ebp
   d0f: 41b92a030000                   movl $0x32a, %r9d
   d15: e9b5faffff                     jmp -0x54b
   d1a: 4d89ef                         movq %r13, %r15
   d1d: bd03000000                     movl $0x3, %ebp
   d22: 41b9d6010000                   movl $0x1d6, %r9d
   d28: e9a2faffff                     jmp -0x55e
   d2d: 41b908020000                   movl $0x208, %r9d
   d33: 41be34000000                   movl $0x34, %r14d
   d39: 4d89ef                         movq %r13, %r15
   d3c: bd03000000                     movl $0x3, %ebp
   d41: e989faffff                     jmp -0x577
   d46: 4c8b7c2410                     movq 0x10(%rsp), %r15
   d4b: 41b93a020000                   movl $0x23a, %r9d
   d51: e94dfcffff                     jmp -0x3b3
   d56: 41b96c020000                   movl $0x26c, %r9d
   d5c: 41be3e000000                   movl $0x3e, %r14d
   d62: e937fcffff                     jmp -0x3c9
   d67: 41b994020000                   movl $0x294, %r9d
   d6d: 41be42000000                   movl $0x42, %r14d
   d73: e92bfcffff                     jmp -0x3d5
   d78: 41b9bc020000                   movl $0x2bc, %r9d
   d7e: 41be46000000                   movl $0x46, %r14d
   d84: e91afcffff                     jmp -0x3e6
   d89: 4d89ef                         movq %r13, %r15
   d8c: bd03000000                     movl $0x3, %ebp
   d91: 41b9e4020000                   movl $0x2e4, %r9d
   d97: e933faffff                     jmp -0x5cd
   d9c: 41b916030000                   movl $0x316, %r9d
   da2: 41be4f000000                   movl $0x4f, %r14d
   da8: e9f1fbffff                     jmp -0x40f
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
