# stencil nested_outer for x86_64-apple-darwin: 1689 code bytes, 24 data bytes, 29 holes
     0: 55                             pushq %rbp
     1: 4883ec70                       subq $0x70, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b08                         movq (%rax), %rcx
     d: 48894c2458                     movq %rcx, 0x58(%rsp)
    12: 48890c24                       movq %rcx, (%rsp)
    16: 488b7008                       movq 0x8(%rax), %rsi
    1a: 4889742408                     movq %rsi, 0x8(%rsp)
    1f: 488b4810                       movq 0x10(%rax), %rcx
    23: 48894c2460                     movq %rcx, 0x60(%rsp)
    28: 48894c2410                     movq %rcx, 0x10(%rsp)
    2d: 488b5818                       movq 0x18(%rax), %rbx
    31: 48895c2418                     movq %rbx, 0x18(%rsp)
    36: 4c8b7820                       movq 0x20(%rax), %r15
    3a: 4c897c2420                     movq %r15, 0x20(%rsp)
    3f: 41f6c701                       testb $0x1, %r15b
    43: 4889742450                     movq %rsi, 0x50(%rsp)
    48: 48895c2468                     movq %rbx, 0x68(%rsp)
    4d: 7542                           jne 0x42
    4f: 41837f0804                     cmpl $0x4, 0x8(%r15)
    54: 753b                           jne 0x3b
    56: 498b4740                       movq 0x40(%r15), %rax
    5a: 498b4f30                       movq 0x30(%r15), %rcx
    5e: 498b5738                       movq 0x38(%r15), %rdx
    62: 4885c0                         testq %rax, %rax
    65: 0f8e0c010000                   jle 0x10c
    6b: 4839d1                         cmpq %rdx, %rcx
    6e: 0f8c0c010000                   jl 0x10c
    74: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x77: X86_64_RELOC_GOT_LOAD Rel32 data-4
    7b: 4983c002                       addq $0x2, %r8
    7f: b828000000                     movl $0x28, %eax
    84: 41b914000000                   movl $0x14, %r9d
    8a: b902000000                     movl $0x2, %ecx
    8f: eb1a                           jmp 0x1a
    91: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x94: X86_64_RELOC_GOT_LOAD Rel32 data-4
    98: 49ffc0                         incq %r8
    9b: b828000000                     movl $0x28, %eax
    a0: 41b90a000000                   movl $0xa, %r9d
    a6: b901000000                     movl $0x1, %ecx
    ab: 31d2                           xorl %edx, %edx
    ad: 31ff                           xorl %edi, %edi
    af: 31db                           xorl %ebx, %ebx
    b1: 4531d2                         xorl %r10d, %r10d
    b4: 4c8b1c24                       movq (%rsp), %r11
    b8: 498b742418                     movq 0x18(%r12), %rsi
    bd: 4c3b5c2458                     cmpq 0x58(%rsp), %r11
    c2: 7403                           je 0x3
    c4: 4c891e                         movq %r11, (%rsi)
    c7: 4c8b5c2408                     movq 0x8(%rsp), %r11
    cc: 4c3b5c2450                     cmpq 0x50(%rsp), %r11
    d1: 7528                           jne 0x28
    d3: 4c8b5c2410                     movq 0x10(%rsp), %r11
    d8: 4c3b5c2460                     cmpq 0x60(%rsp), %r11
    dd: 752c                           jne 0x2c
    df: 4c8b5c2418                     movq 0x18(%rsp), %r11
    e4: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
    e9: 7530                           jne 0x30
    eb: 4c8b5c2420                     movq 0x20(%rsp), %r11
    f0: 4d39fb                         cmpq %r15, %r11
    f3: 7534                           jne 0x34
    f5: 84d2                           testb %dl, %dl
    f7: 7538                           jne 0x38
    f9: eb68                           jmp 0x68
    fb: 4c895e08                       movq %r11, 0x8(%rsi)
    ff: 4c8b5c2410                     movq 0x10(%rsp), %r11
   104: 4c3b5c2460                     cmpq 0x60(%rsp), %r11
   109: 74d4                           je -0x2c
   10b: 4c895e10                       movq %r11, 0x10(%rsi)
   10f: 4c8b5c2418                     movq 0x18(%rsp), %r11
   114: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
   119: 74d0                           je -0x30
   11b: 4c895e18                       movq %r11, 0x18(%rsi)
   11f: 4c8b5c2420                     movq 0x20(%rsp), %r11
   124: 4d39fb                         cmpq %r15, %r11
   127: 74cc                           je -0x34
   129: 4c895e20                       movq %r11, 0x20(%rsi)
   12d: 84d2                           testb %dl, %dl
   12f: 7432                           je 0x32
   131: 488b542428                     movq 0x28(%rsp), %rdx
   136: 48895628                       movq %rdx, 0x28(%rsi)
   13a: 4084ff                         testb %dil, %dil
   13d: 7524                           jne 0x24
   13f: 488b542430                     movq 0x30(%rsp), %rdx
   144: 48895630                       movq %rdx, 0x30(%rsi)
   148: 84db                           testb %bl, %bl
   14a: 7417                           je 0x17
   14c: 488b542438                     movq 0x38(%rsp), %rdx
   151: 48895638                       movq %rdx, 0x38(%rsi)
   155: 4584d2                         testb %r10b, %r10b
   158: 7509                           jne 0x9
   15a: 488b542440                     movq 0x40(%rsp), %rdx
   15f: 48895640                       movq %rdx, 0x40(%rsi)
   163: 4801c6                         addq %rax, %rsi
   166: 4c89e7                         movq %r12, %rdi
   169: 4c89f2                         movq %r14, %rdx
   16c: e800000000                     callq 0x0
        # hole +0x16d: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   171: 4883c470                       addq $0x70, %rsp
   175: 5d                             popq %rbp
   176: c3                             retq
   177: 4839d1                         cmpq %rdx, %rcx
   17a: 0f8ef4feffff                   jle -0x10c
   180: 4801c8                         addq %rcx, %rax
   183: 49894730                       movq %rax, 0x30(%r15)
   187: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   18f: 4889442408                     movq %rax, 0x8(%rsp)
   194: 40f6c601                       testb $0x1, %sil
   198: 750f                           jne 0xf
   19a: 48ff0e                         decq (%rsi)
   19d: 750a                           jne 0xa
   19f: 488b7c2450                     movq 0x50(%rsp), %rdi
   1a4: e800000000                     callq 0x0
        # hole +0x1a5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1a9: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x1ac: X86_64_RELOC_GOT_LOAD Rel32 data+12
   1b0: 40f6c501                       testb $0x1, %bpl
   1b4: 741a                           je 0x1a
   1b6: 48896c2428                     movq %rbp, 0x28(%rsp)
   1bb: f6c301                         testb $0x1, %bl
   1be: 741e                           je 0x1e
   1c0: 48895c2430                     movq %rbx, 0x30(%rsp)
   1c5: 40f6c501                       testb $0x1, %bpl
   1c9: 7425                           je 0x25
   1cb: e977030000                     jmp 0x377
   1d0: 48ff4500                       incq (%rbp)
   1d4: 48896c2428                     movq %rbp, 0x28(%rsp)
   1d9: f6c301                         testb $0x1, %bl
   1dc: 75e2                           jne -0x1e
   1de: 48ff03                         incq (%rbx)
   1e1: 48895c2430                     movq %rbx, 0x30(%rsp)
   1e6: 40f6c501                       testb $0x1, %bpl
   1ea: 0f8557030000                   jne 0x357
   1f0: 837d0808                       cmpl $0x8, 0x8(%rbp)
   1f4: 0f854d030000                   jne 0x34d
   1fa: 488d742430                     leaq 0x30(%rsp), %rsi
   1ff: ba01000000                     movl $0x1, %edx
   204: 4c89f7                         movq %r14, %rdi
   207: ff5538                         callq *0x38(%rbp)
   20a: 4989c5                         movq %rax, %r13
   20d: 488b7c2430                     movq 0x30(%rsp), %rdi
   212: 40f6c701                       testb $0x1, %dil
   216: 750a                           jne 0xa
   218: 48ff0f                         decq (%rdi)
   21b: 7505                           jne 0x5
   21d: e800000000                     callq 0x0
        # hole +0x21e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   222: 48ff4d00                       decq (%rbp)
   226: 7508                           jne 0x8
   228: 4889ef                         movq %rbp, %rdi
   22b: e800000000                     callq 0x0
        # hole +0x22c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   230: 4d85ed                         testq %r13, %r13
   233: 0f8457040000                   je 0x457
   239: 4c896c2428                     movq %r13, 0x28(%rsp)
   23e: 41f6c501                       testb $0x1, %r13b
   242: 0f8521030000                   jne 0x321
   248: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   252: eb4c                           jmp 0x4c
   254: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   260: 48ff4d00                       decq (%rbp)
   264: 7419                           je 0x19
   266: 4d85ed                         testq %r13, %r13
   269: 0f8401040000                   je 0x401
   26f: 4c896c2428                     movq %r13, 0x28(%rsp)
   274: 41f6c501                       testb $0x1, %r13b
   278: 7426                           je 0x26
   27a: e9ea020000                     jmp 0x2ea
   27f: 4889ef                         movq %rbp, %rdi
   282: e800000000                     callq 0x0
        # hole +0x283: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   287: 4d85ed                         testq %r13, %r13
   28a: 75e3                           jne -0x1d
   28c: e9df030000                     jmp 0x3df
   291: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   2a0: 41837d0804                     cmpl $0x4, 0x8(%r13)
   2a5: 0f85be020000                   jne 0x2be
   2ab: 498b4540                       movq 0x40(%r13), %rax
   2af: 498b4d30                       movq 0x30(%r13), %rcx
   2b3: 498b5538                       movq 0x38(%r13), %rdx
   2b7: 4885c0                         testq %rax, %rax
   2ba: 0f8e00010000                   jle 0x100
   2c0: 4839d1                         cmpq %rdx, %rcx
   2c3: 0f8d00010000                   jge 0x100
   2c9: 4801c8                         addq %rcx, %rax
   2cc: 49894530                       movq %rax, 0x30(%r13)
   2d0: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   2d8: 4889442430                     movq %rax, 0x30(%rsp)
   2dd: 488b7c2410                     movq 0x10(%rsp), %rdi
   2e2: 4889442410                     movq %rax, 0x10(%rsp)
   2e7: 40f6c701                       testb $0x1, %dil
   2eb: 7509                           jne 0x9
   2ed: 48ff0f                         decq (%rdi)
   2f0: 0f8480010000                   je 0x180
   2f6: 488b0424                       movq (%rsp), %rax
   2fa: a801                           testb $0x1, %al
   2fc: 0f848e010000                   je 0x18e
   302: 4889442430                     movq %rax, 0x30(%rsp)
   307: 488b542408                     movq 0x8(%rsp), %rdx
   30c: f6c201                         testb $0x1, %dl
   30f: 0f8491010000                   je 0x191
   315: 4889542438                     movq %rdx, 0x38(%rsp)
   31a: 488b4c2410                     movq 0x10(%rsp), %rcx
   31f: f6c101                         testb $0x1, %cl
   322: 7503                           jne 0x3
   324: 48ff01                         incq (%rcx)
   327: 48894c2440                     movq %rcx, 0x40(%rsp)
   32c: 48d1fa                         sarq %rdx
   32f: 48d1f9                         sarq %rcx
   332: 480fafca                       imulq %rdx, %rcx
   336: 0f80b7020000                   jo 0x2b7
   33c: 488d1419                       leaq (%rcx,%rbx), %rdx
   340: 4885d2                         testq %rdx, %rdx
   343: 0f89aa020000                   jns 0x2aa
   349: 488d144d01000000               leaq 0x1(,%rcx,2), %rdx
   351: 4889542438                     movq %rdx, 0x38(%rsp)
   356: a801                           testb $0x1, %al
   358: 0f84bb020000                   je 0x2bb
   35e: 48d1f8                         sarq %rax
   361: 4801c1                         addq %rax, %rcx
   364: 4889c8                         movq %rcx, %rax
   367: 4801d8                         addq %rbx, %rax
   36a: 0f89c3020000                   jns 0x2c3
   370: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   378: 4889442430                     movq %rax, 0x30(%rsp)
   37d: 48890424                       movq %rax, (%rsp)
   381: 49833e00                       cmpq $0x0, (%r14)
   385: 0f8510020000                   jne 0x210
   38b: 498b4608                       movq 0x8(%r14), %rax
   38f: 48ffc0                         incq %rax
   392: 49894608                       movq %rax, 0x8(%r14)
   396: 493b4610                       cmpq 0x10(%r14), %rax
   39a: 0f8d15020000                   jge 0x215
   3a0: 4c8b6c2428                     movq 0x28(%rsp), %r13
   3a5: 41f6c501                       testb $0x1, %r13b
   3a9: 0f84f1feffff                   je -0x10f
   3af: e9b5010000                     jmp 0x1b5
   3b4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   3c0: 4839d1                         cmpq %rdx, %rcx
   3c3: 0f8f00ffffff                   jg -0x100
   3c9: 49ff4d00                       decq (%r13)
   3cd: 7508                           jne 0x8
   3cf: 4c89ef                         movq %r13, %rdi
   3d2: e800000000                     callq 0x0
        # hole +0x3d3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3d7: 488b442420                     movq 0x20(%rsp), %rax
   3dc: a801                           testb $0x1, %al
   3de: 0f85ab010000                   jne 0x1ab
   3e4: 83780804                       cmpl $0x4, 0x8(%rax)
   3e8: 0f85a1010000                   jne 0x1a1
   3ee: 488b4840                       movq 0x40(%rax), %rcx
   3f2: 488b5030                       movq 0x30(%rax), %rdx
   3f6: 488b7038                       movq 0x38(%rax), %rsi
   3fa: 4885c9                         testq %rcx, %rcx
   3fd: 7e0a                           jle 0xa
   3ff: 4839f2                         cmpq %rsi, %rdx
   402: 7c0e                           jl 0xe
   404: e9d2010000                     jmp 0x1d2
   409: 4839f2                         cmpq %rsi, %rdx
   40c: 0f8ec9010000                   jle 0x1c9
   412: 4801d1                         addq %rdx, %rcx
   415: 48894830                       movq %rcx, 0x30(%rax)
   419: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   421: 4889442428                     movq %rax, 0x28(%rsp)
   426: 488b7c2408                     movq 0x8(%rsp), %rdi
   42b: 4889442408                     movq %rax, 0x8(%rsp)
   430: 40f6c701                       testb $0x1, %dil
   434: 7509                           jne 0x9
   436: 48ff0f                         decq (%rdi)
   439: 0f8482000000                   je 0x82
   43f: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x442: X86_64_RELOC_GOT_LOAD Rel32 data+12
   446: 40f6c501                       testb $0x1, %bpl
   44a: 0f8490000000                   je 0x90
   450: 48896c2428                     movq %rbp, 0x28(%rsp)
   455: 488b442418                     movq 0x18(%rsp), %rax
   45a: a801                           testb $0x1, %al
   45c: 0f8494000000                   je 0x94
   462: 4889442430                     movq %rax, 0x30(%rsp)
   467: 40f6c501                       testb $0x1, %bpl
   46b: 0f8497000000                   je 0x97
   471: e971010000                     jmp 0x171
   476: e800000000                     callq 0x0
        # hole +0x477: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   47b: 488b0424                       movq (%rsp), %rax
   47f: a801                           testb $0x1, %al
   481: 0f857bfeffff                   jne -0x185
   487: 660f1f840000000000             nopw (%rax,%rax)
   490: 48ff00                         incq (%rax)
   493: 4889442430                     movq %rax, 0x30(%rsp)
   498: 488b542408                     movq 0x8(%rsp), %rdx
   49d: f6c201                         testb $0x1, %dl
   4a0: 0f856ffeffff                   jne -0x191
   4a6: 48ff02                         incq (%rdx)
   4a9: 4889542438                     movq %rdx, 0x38(%rsp)
   4ae: 488b4c2410                     movq 0x10(%rsp), %rcx
   4b3: f6c101                         testb $0x1, %cl
   4b6: 0f8468feffff                   je -0x198
   4bc: e966feffff                     jmp -0x19a
   4c1: e800000000                     callq 0x0
        # hole +0x4c2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4c6: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x4c9: X86_64_RELOC_GOT_LOAD Rel32 data+12
   4cd: 40f6c501                       testb $0x1, %bpl
   4d1: 0f8579ffffff                   jne -0x87
   4d7: 660f1f840000000000             nopw (%rax,%rax)
   4e0: 48ff4500                       incq (%rbp)
   4e4: 48896c2428                     movq %rbp, 0x28(%rsp)
   4e9: 488b442418                     movq 0x18(%rsp), %rax
   4ee: a801                           testb $0x1, %al
   4f0: 0f856cffffff                   jne -0x94
   4f6: 48ff00                         incq (%rax)
   4f9: 4889442430                     movq %rax, 0x30(%rsp)
   4fe: 40f6c501                       testb $0x1, %bpl
   502: 0f85df000000                   jne 0xdf
   508: 837d0808                       cmpl $0x8, 0x8(%rbp)
   50c: 0f85d5000000                   jne 0xd5
   512: ba01000000                     movl $0x1, %edx
   517: 4c89f7                         movq %r14, %rdi
   51a: 488d742430                     leaq 0x30(%rsp), %rsi
   51f: ff5538                         callq *0x38(%rbp)
   522: 4989c5                         movq %rax, %r13
   525: 488b7c2430                     movq 0x30(%rsp), %rdi
   52a: 40f6c701                       testb $0x1, %dil
   52e: 0f852cfdffff                   jne -0x2d4
   534: 48ff0f                         decq (%rdi)
   537: 0f8523fdffff                   jne -0x2dd
   53d: e800000000                     callq 0x0
        # hole +0x53e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   542: e919fdffff                     jmp -0x2e7
   547: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x54a: X86_64_RELOC_GOT_LOAD Rel32 data-4
   54e: 4983c007                       addq $0x7, %r8
   552: b838000000                     movl $0x38, %eax
   557: b201                           movb $0x1, %dl
   559: 41b946000000                   movl $0x46, %r9d
   55f: b901000000                     movl $0x1, %ecx
   564: e944fbffff                     jmp -0x4bc
   569: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x56c: X86_64_RELOC_GOT_LOAD Rel32 data+4
   570: 49ffc0                         incq %r8
   573: b830000000                     movl $0x30, %eax
   578: b201                           movb $0x1, %dl
   57a: 41b90a000000                   movl $0xa, %r9d
   580: b901000000                     movl $0x1, %ecx
   585: 31db                           xorl %ebx, %ebx
   587: 40b701                         movb $0x1, %dil
   58a: e922fbffff                     jmp -0x4de
   58f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x592: X86_64_RELOC_GOT_LOAD Rel32 data-4
   596: e9fdfaffff                     jmp -0x503
   59b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x59e: X86_64_RELOC_GOT_LOAD Rel32 data+4
   5a2: 4983c00c                       addq $0xc, %r8
   5a6: b830000000                     movl $0x30, %eax
   5ab: b201                           movb $0x1, %dl
   5ad: 41b978000000                   movl $0x78, %r9d
   5b3: eb1f                           jmp 0x1f
   5b5: 49c70601000000                 movq $0x1, (%r14)
   5bc: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5bf: X86_64_RELOC_GOT_LOAD Rel32 data+4
   5c3: 4983c00d                       addq $0xd, %r8
   5c7: b830000000                     movl $0x30, %eax
   5cc: b201                           movb $0x1, %dl
   5ce: 41b982000000                   movl $0x82, %r9d
   5d4: b902000000                     movl $0x2, %ecx
   5d9: ebaa                           jmp -0x56
   5db: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5de: X86_64_RELOC_GOT_LOAD Rel32 data-4
   5e2: e994faffff                     jmp -0x56c
   5e7: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5ea: X86_64_RELOC_GOT_LOAD Rel32 data-4
   5ee: e95bffffff                     jmp -0xa5
   5f3: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5f6: X86_64_RELOC_GOT_LOAD Rel32 data+4
   5fa: 4983c008                       addq $0x8, %r8
   5fe: b848000000                     movl $0x48, %eax
   603: b201                           movb $0x1, %dl
   605: 41b950000000                   movl $0x50, %r9d
   60b: b901000000                     movl $0x1, %ecx
   610: 31ff                           xorl %edi, %edi
   612: b301                           movb $0x1, %bl
   614: e998faffff                     jmp -0x568
   619: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x61c: X86_64_RELOC_GOT_LOAD Rel32 data+4
   620: 4983c009                       addq $0x9, %r8
   624: b840000000                     movl $0x40, %eax
   629: b201                           movb $0x1, %dl
   62b: 41b95a000000                   movl $0x5a, %r9d
   631: eb18                           jmp 0x18
   633: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x636: X86_64_RELOC_GOT_LOAD Rel32 data+4
   63a: 4983c00a                       addq $0xa, %r8
   63e: b840000000                     movl $0x40, %eax
   643: b201                           movb $0x1, %dl
   645: 41b964000000                   movl $0x64, %r9d
   64b: b901000000                     movl $0x1, %ecx
   650: 31ff                           xorl %edi, %edi
   652: b301                           movb $0x1, %bl
   654: 41b201                         movb $0x1, %r10b
   657: 4c8b1c24                       movq (%rsp), %r11
   65b: 498b742418                     movq 0x18(%r12), %rsi
   660: 4c3b5c2458                     cmpq 0x58(%rsp), %r11
   665: 0f8559faffff                   jne -0x5a7
   66b: e957faffff                     jmp -0x5a9
   670: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x673: X86_64_RELOC_GOT_LOAD Rel32 data-4
   677: 4983c007                       addq $0x7, %r8
   67b: b828000000                     movl $0x28, %eax
   680: 41b946000000                   movl $0x46, %r9d
   686: b903000000                     movl $0x3, %ecx
   68b: e91bfaffff                     jmp -0x5e5
   690: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x693: X86_64_RELOC_GOT_LOAD Rel32 data-4
   697: ebde                           jmp -0x22
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[9]+0
        # hole data+0x10: GOT Abs64 operand0[5]+0
