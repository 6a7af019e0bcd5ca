# stencil nested_inner for x86_64-apple-darwin: 1842 code bytes, 24 data bytes, 28 holes
     0: 55                             pushq %rbp
     1: 4881ec80000000                 subq $0x80, %rsp
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b30                         movq (%rax), %rsi
    10: 4889742410                     movq %rsi, 0x10(%rsp)
    15: 488b5008                       movq 0x8(%rax), %rdx
    19: 4889542418                     movq %rdx, 0x18(%rsp)
    1e: 488b4810                       movq 0x10(%rax), %rcx
    22: 48894c2468                     movq %rcx, 0x68(%rsp)
    27: 48894c2420                     movq %rcx, 0x20(%rsp)
    2c: 4c8b6818                       movq 0x18(%rax), %r13
    30: 4c896c2428                     movq %r13, 0x28(%rsp)
    35: 488b6820                       movq 0x20(%rax), %rbp
    39: 48896c2430                     movq %rbp, 0x30(%rsp)
    3e: 4c8b7828                       movq 0x28(%rax), %r15
    42: 4c897c2438                     movq %r15, 0x38(%rsp)
    47: 41f6c701                       testb $0x1, %r15b
    4b: 4889542470                     movq %rdx, 0x70(%rsp)
    50: 4889742478                     movq %rsi, 0x78(%rsp)
    55: 753b                           jne 0x3b
    57: 41837f0804                     cmpl $0x4, 0x8(%r15)
    5c: 7534                           jne 0x34
    5e: 4c892c24                       movq %r13, (%rsp)
    62: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    6c: 498b4740                       movq 0x40(%r15), %rax
    70: 4d8b6f30                       movq 0x30(%r15), %r13
    74: 498b4f38                       movq 0x38(%r15), %rcx
    78: 4c89ff                         movq %r15, %rdi
    7b: 4885c0                         testq %rax, %rax
    7e: 0f8e2a010000                   jle 0x12a
    84: 4939cd                         cmpq %rcx, %r13
    87: 0f8c2a010000                   jl 0x12a
    8d: e9ab020000                     jmp 0x2ab
    92: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x95: X86_64_RELOC_GOT_LOAD Rel32 data+4
    99: 49ffc0                         incq %r8
    9c: b830000000                     movl $0x30, %eax
    a1: b201                           movb $0x1, %dl
    a3: 41b90a000000                   movl $0xa, %r9d
    a9: b901000000                     movl $0x1, %ecx
    ae: 31ff                           xorl %edi, %edi
    b0: 31db                           xorl %ebx, %ebx
    b2: 4531d2                         xorl %r10d, %r10d
    b5: 4c8b5c2410                     movq 0x10(%rsp), %r11
    ba: 498b742418                     movq 0x18(%r12), %rsi
    bf: 4c3b5c2478                     cmpq 0x78(%rsp), %r11
    c4: 0f8594000000                   jne 0x94
    ca: 4c8b5c2418                     movq 0x18(%rsp), %r11
    cf: 4c3b5c2470                     cmpq 0x70(%rsp), %r11
    d4: 0f8597000000                   jne 0x97
    da: 4c8b5c2420                     movq 0x20(%rsp), %r11
    df: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
    e4: 0f859b000000                   jne 0x9b
    ea: 4c8b5c2428                     movq 0x28(%rsp), %r11
    ef: 4d39eb                         cmpq %r13, %r11
    f2: 0f859f000000                   jne 0x9f
    f8: 4c8b5c2430                     movq 0x30(%rsp), %r11
    fd: 4939eb                         cmpq %rbp, %r11
   100: 7404                           je 0x4
   102: 4c895e20                       movq %r11, 0x20(%rsi)
   106: 4c8b5c2438                     movq 0x38(%rsp), %r11
   10b: 4d39fb                         cmpq %r15, %r11
   10e: 410f94c7                       sete %r15b
   112: 80f201                         xorb $0x1, %dl
   115: 4408fa                         orb %r15b, %dl
   118: 7504                           jne 0x4
   11a: 4c895e28                       movq %r11, 0x28(%rsi)
   11e: 4084ff                         testb %dil, %dil
   121: 7424                           je 0x24
   123: 488b542440                     movq 0x40(%rsp), %rdx
   128: 48895630                       movq %rdx, 0x30(%rsi)
   12c: 84db                           testb %bl, %bl
   12e: 7517                           jne 0x17
   130: 488b542448                     movq 0x48(%rsp), %rdx
   135: 48895638                       movq %rdx, 0x38(%rsi)
   139: 4584d2                         testb %r10b, %r10b
   13c: 7409                           je 0x9
   13e: 488b542450                     movq 0x50(%rsp), %rdx
   143: 48895640                       movq %rdx, 0x40(%rsi)
   147: 4801c6                         addq %rax, %rsi
   14a: 4c89e7                         movq %r12, %rdi
   14d: 4c89f2                         movq %r14, %rdx
   150: e800000000                     callq 0x0
        # hole +0x151: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   155: 4881c480000000                 addq $0x80, %rsp
   15c: 5d                             popq %rbp
   15d: c3                             retq
   15e: 4c891e                         movq %r11, (%rsi)
   161: 4c8b5c2418                     movq 0x18(%rsp), %r11
   166: 4c3b5c2470                     cmpq 0x70(%rsp), %r11
   16b: 0f8469ffffff                   je -0x97
   171: 4c895e08                       movq %r11, 0x8(%rsi)
   175: 4c8b5c2420                     movq 0x20(%rsp), %r11
   17a: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
   17f: 0f8465ffffff                   je -0x9b
   185: 4c895e10                       movq %r11, 0x10(%rsi)
   189: 4c8b5c2428                     movq 0x28(%rsp), %r11
   18e: 4d39eb                         cmpq %r13, %r11
   191: 0f8461ffffff                   je -0x9f
   197: 4c895e18                       movq %r11, 0x18(%rsi)
   19b: 4c8b5c2430                     movq 0x30(%rsp), %r11
   1a0: 4939eb                         cmpq %rbp, %r11
   1a3: 0f8559ffffff                   jne -0xa7
   1a9: e958ffffff                     jmp -0xa8
   1ae: 4939cd                         cmpq %rcx, %r13
   1b1: 0f8e86010000                   jle 0x186
   1b7: 48896c2408                     movq %rbp, 0x8(%rsp)
   1bc: 4c01e8                         addq %r13, %rax
   1bf: 49894730                       movq %rax, 0x30(%r15)
   1c3: 4a8d2c6d01000000               leaq 0x1(,%r13,2), %rbp
   1cb: 48896c2420                     movq %rbp, 0x20(%rsp)
   1d0: 488b442468                     movq 0x68(%rsp), %rax
   1d5: a801                           testb $0x1, %al
   1d7: 7514                           jne 0x14
   1d9: 48ff08                         decq (%rax)
   1dc: 750f                           jne 0xf
   1de: 488b7c2468                     movq 0x68(%rsp), %rdi
   1e3: e800000000                     callq 0x0
        # hole +0x1e4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1e8: 488b542470                     movq 0x70(%rsp), %rdx
   1ed: 488b4c2478                     movq 0x78(%rsp), %rcx
   1f2: f6c101                         testb $0x1, %cl
   1f5: 7503                           jne 0x3
   1f7: 48ff01                         incq (%rcx)
   1fa: 4d01ed                         addq %r13, %r13
   1fd: 48894c2440                     movq %rcx, 0x40(%rsp)
   202: f6c201                         testb $0x1, %dl
   205: 7503                           jne 0x3
   207: 48ff02                         incq (%rdx)
   20a: 4889542448                     movq %rdx, 0x48(%rsp)
   20f: 48896c2450                     movq %rbp, 0x50(%rsp)
   214: 4889d0                         movq %rdx, %rax
   217: 48d1f8                         sarq %rax
   21a: 49d1fd                         sarq %r13
   21d: 4c0fafe8                       imulq %rax, %r13
   221: 0f80ae000000                   jo 0xae
   227: 4a8d042b                       leaq (%rbx,%r13), %rax
   22b: 4885c0                         testq %rax, %rax
   22e: 0f89a1000000                   jns 0xa1
   234: 4a8d046d01000000               leaq 0x1(,%r13,2), %rax
   23c: 4889442448                     movq %rax, 0x48(%rsp)
   241: f6c101                         testb $0x1, %cl
   244: 488b6c2408                     movq 0x8(%rsp), %rbp
   249: 0f84b0000000                   je 0xb0
   24f: 4889c8                         movq %rcx, %rax
   252: 48d1f8                         sarq %rax
   255: 4901c5                         addq %rax, %r13
   258: 4c89e8                         movq %r13, %rax
   25b: 4801d8                         addq %rbx, %rax
   25e: 0f89b5000000                   jns 0xb5
   264: 4a8d046d01000000               leaq 0x1(,%r13,2), %rax
   26c: 4889442440                     movq %rax, 0x40(%rsp)
   271: 4889442410                     movq %rax, 0x10(%rsp)
   276: 49833e00                       cmpq $0x0, (%r14)
   27a: 752c                           jne 0x2c
   27c: 498b4608                       movq 0x8(%r14), %rax
   280: 48ffc0                         incq %rax
   283: 49894608                       movq %rax, 0x8(%r14)
   287: 493b4610                       cmpq 0x10(%r14), %rax
   28b: 4c8b2c24                       movq (%rsp), %r13
   28f: 0f8ceb010000                   jl 0x1eb
   295: 49c70601000000                 movq $0x1, (%r14)
   29c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x29f: X86_64_RELOC_GOT_LOAD Rel32 data+4
   2a3: e98a030000                     jmp 0x38a
   2a8: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2ab: X86_64_RELOC_GOT_LOAD Rel32 data+4
   2af: 4983c00c                       addq $0xc, %r8
   2b3: b830000000                     movl $0x30, %eax
   2b8: b201                           movb $0x1, %dl
   2ba: 41b978000000                   movl $0x78, %r9d
   2c0: b902000000                     movl $0x2, %ecx
   2c5: 31ff                           xorl %edi, %edi
   2c7: 31db                           xorl %ebx, %ebx
   2c9: 4531d2                         xorl %r10d, %r10d
   2cc: 4c8b2c24                       movq (%rsp), %r13
   2d0: e9e0fdffff                     jmp -0x220
   2d5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2d8: X86_64_RELOC_GOT_LOAD Rel32 data+4
   2dc: 4983c008                       addq $0x8, %r8
   2e0: b848000000                     movl $0x48, %eax
   2e5: b201                           movb $0x1, %dl
   2e7: 41b950000000                   movl $0x50, %r9d
   2ed: b901000000                     movl $0x1, %ecx
   2f2: 31db                           xorl %ebx, %ebx
   2f4: 40b701                         movb $0x1, %dil
   2f7: 41b201                         movb $0x1, %r10b
   2fa: e9ff030000                     jmp 0x3ff
   2ff: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x302: X86_64_RELOC_GOT_LOAD Rel32 data+4
   306: 4983c009                       addq $0x9, %r8
   30a: b840000000                     movl $0x40, %eax
   30f: b201                           movb $0x1, %dl
   311: 41b95a000000                   movl $0x5a, %r9d
   317: eb18                           jmp 0x18
   319: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x31c: X86_64_RELOC_GOT_LOAD Rel32 data+4
   320: 4983c00a                       addq $0xa, %r8
   324: b840000000                     movl $0x40, %eax
   329: b201                           movb $0x1, %dl
   32b: 41b964000000                   movl $0x64, %r9d
   331: b901000000                     movl $0x1, %ecx
   336: 31db                           xorl %ebx, %ebx
   338: 40b701                         movb $0x1, %dil
   33b: eb8c                           jmp -0x74
   33d: 48ff0f                         decq (%rdi)
   340: 4c8b2c24                       movq (%rsp), %r13
   344: 48896c2408                     movq %rbp, 0x8(%rsp)
   349: 7505                           jne 0x5
   34b: e800000000                     callq 0x0
        # hole +0x34c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   350: 488b442430                     movq 0x30(%rsp), %rax
   355: a801                           testb $0x1, %al
   357: 0f85f0020000                   jne 0x2f0
   35d: 83780804                       cmpl $0x4, 0x8(%rax)
   361: 0f85e6020000                   jne 0x2e6
   367: 488b4840                       movq 0x40(%rax), %rcx
   36b: 488b5030                       movq 0x30(%rax), %rdx
   36f: 488b7038                       movq 0x38(%rax), %rsi
   373: 4885c9                         testq %rcx, %rcx
   376: 7e27                           jle 0x27
   378: 4839f2                         cmpq %rsi, %rdx
   37b: 7c27                           jl 0x27
   37d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x380: X86_64_RELOC_GOT_LOAD Rel32 data-4
   384: 4983c002                       addq $0x2, %r8
   388: b828000000                     movl $0x28, %eax
   38d: 41b914000000                   movl $0x14, %r9d
   393: b902000000                     movl $0x2, %ecx
   398: 31d2                           xorl %edx, %edx
   39a: e90ffdffff                     jmp -0x2f1
   39f: 4839f2                         cmpq %rsi, %rdx
   3a2: 7ed9                           jle -0x27
   3a4: 4801d1                         addq %rdx, %rcx
   3a7: 48894830                       movq %rcx, 0x30(%rax)
   3ab: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   3b3: 4889442438                     movq %rax, 0x38(%rsp)
   3b8: 488b7c2418                     movq 0x18(%rsp), %rdi
   3bd: 4889442418                     movq %rax, 0x18(%rsp)
   3c2: 40f6c701                       testb $0x1, %dil
   3c6: 750a                           jne 0xa
   3c8: 48ff0f                         decq (%rdi)
   3cb: 7505                           jne 0x5
   3cd: e800000000                     callq 0x0
        # hole +0x3ce: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3d2: 4c8b2d00000000                 movq (%rip), %r13
        # hole +0x3d5: X86_64_RELOC_GOT_LOAD Rel32 data+12
   3d9: 41f6c501                       testb $0x1, %r13b
   3dd: 7522                           jne 0x22
   3df: 49ff4500                       incq (%r13)
   3e3: 4c896c2438                     movq %r13, 0x38(%rsp)
   3e8: 488b442428                     movq 0x28(%rsp), %rax
   3ed: a801                           testb $0x1, %al
   3ef: 741e                           je 0x1e
   3f1: 4889442440                     movq %rax, 0x40(%rsp)
   3f6: 41f6c501                       testb $0x1, %r13b
   3fa: 7425                           je 0x25
   3fc: e9d8020000                     jmp 0x2d8
   401: 4c896c2438                     movq %r13, 0x38(%rsp)
   406: 488b442428                     movq 0x28(%rsp), %rax
   40b: a801                           testb $0x1, %al
   40d: 75e2                           jne -0x1e
   40f: 48ff00                         incq (%rax)
   412: 4889442440                     movq %rax, 0x40(%rsp)
   417: 41f6c501                       testb $0x1, %r13b
   41b: 0f85b8020000                   jne 0x2b8
   421: 41837d0808                     cmpl $0x8, 0x8(%r13)
   426: 0f85ad020000                   jne 0x2ad
   42c: ba01000000                     movl $0x1, %edx
   431: 4c89f7                         movq %r14, %rdi
   434: 488d742440                     leaq 0x40(%rsp), %rsi
   439: 41ff5538                       callq *0x38(%r13)
   43d: 4889c5                         movq %rax, %rbp
   440: 488b7c2440                     movq 0x40(%rsp), %rdi
   445: 40f6c701                       testb $0x1, %dil
   449: 750a                           jne 0xa
   44b: 48ff0f                         decq (%rdi)
   44e: 7505                           jne 0x5
   450: e800000000                     callq 0x0
        # hole +0x451: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   455: 49ff4d00                       decq (%r13)
   459: 7508                           jne 0x8
   45b: 4c89ef                         movq %r13, %rdi
   45e: e800000000                     callq 0x0
        # hole +0x45f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   463: 4885ed                         testq %rbp, %rbp
   466: 0f84a0020000                   je 0x2a0
   46c: 48896c2438                     movq %rbp, 0x38(%rsp)
   471: 488b6c2408                     movq 0x8(%rsp), %rbp
   476: 4c8b2c24                       movq (%rsp), %r13
   47a: 660f1f440000                   nopw (%rax,%rax)
   480: 488b7c2438                     movq 0x38(%rsp), %rdi
   485: 40f6c701                       testb $0x1, %dil
   489: 0f856f010000                   jne 0x16f
   48f: 837f0804                       cmpl $0x4, 0x8(%rdi)
   493: 0f8565010000                   jne 0x165
   499: 488b4740                       movq 0x40(%rdi), %rax
   49d: 488b4f30                       movq 0x30(%rdi), %rcx
   4a1: 488b5738                       movq 0x38(%rdi), %rdx
   4a5: 4885c0                         testq %rax, %rax
   4a8: 7e16                           jle 0x16
   4aa: 4839d1                         cmpq %rdx, %rcx
   4ad: 7c1a                           jl 0x1a
   4af: e989feffff                     jmp -0x177
   4b4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   4c0: 4839d1                         cmpq %rdx, %rcx
   4c3: 0f8e74feffff                   jle -0x18c
   4c9: 4801c8                         addq %rcx, %rax
   4cc: 48894730                       movq %rax, 0x30(%rdi)
   4d0: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   4d8: 4889442440                     movq %rax, 0x40(%rsp)
   4dd: 488b7c2420                     movq 0x20(%rsp), %rdi
   4e2: 4889442420                     movq %rax, 0x20(%rsp)
   4e7: 40f6c701                       testb $0x1, %dil
   4eb: 7509                           jne 0x9
   4ed: 48ff0f                         decq (%rdi)
   4f0: 0f84c7000000                   je 0xc7
   4f6: 488b442410                     movq 0x10(%rsp), %rax
   4fb: a801                           testb $0x1, %al
   4fd: 0f85cd000000                   jne 0xcd
   503: 48ff00                         incq (%rax)
   506: 4889442440                     movq %rax, 0x40(%rsp)
   50b: 488b542418                     movq 0x18(%rsp), %rdx
   510: f6c201                         testb $0x1, %dl
   513: 0f84ca000000                   je 0xca
   519: 4889542448                     movq %rdx, 0x48(%rsp)
   51e: 488b4c2420                     movq 0x20(%rsp), %rcx
   523: f6c101                         testb $0x1, %cl
   526: 7503                           jne 0x3
   528: 48ff01                         incq (%rcx)
   52b: 48894c2450                     movq %rcx, 0x50(%rsp)
   530: 48d1fa                         sarq %rdx
   533: 48d1f9                         sarq %rcx
   536: 480fafca                       imulq %rdx, %rcx
   53a: 0f802e010000                   jo 0x12e
   540: 488d1419                       leaq (%rcx,%rbx), %rdx
   544: 4885d2                         testq %rdx, %rdx
   547: 0f8921010000                   jns 0x121
   54d: 488d144d01000000               leaq 0x1(,%rcx,2), %rdx
   555: 4889542448                     movq %rdx, 0x48(%rsp)
   55a: a801                           testb $0x1, %al
   55c: 0f8436010000                   je 0x136
   562: 48d1f8                         sarq %rax
   565: 4801c1                         addq %rax, %rcx
   568: 4889c8                         movq %rcx, %rax
   56b: 4801d8                         addq %rbx, %rax
   56e: 0f893e010000                   jns 0x13e
   574: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   57c: 4889442440                     movq %rax, 0x40(%rsp)
   581: 488b7c2410                     movq 0x10(%rsp), %rdi
   586: 4889442410                     movq %rax, 0x10(%rsp)
   58b: 40f6c701                       testb $0x1, %dil
   58f: 750f                           jne 0xf
   591: 48ff0f                         decq (%rdi)
   594: 750a                           jne 0xa
   596: e800000000                     callq 0x0
        # hole +0x597: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   59b: 0f1f440000                     nopl (%rax,%rax)
   5a0: 49833e00                       cmpq $0x0, (%r14)
   5a4: 7564                           jne 0x64
   5a6: 498b4608                       movq 0x8(%r14), %rax
   5aa: 48ffc0                         incq %rax
   5ad: 49894608                       movq %rax, 0x8(%r14)
   5b1: 493b4610                       cmpq 0x10(%r14), %rax
   5b5: 0f8cc5feffff                   jl -0x13b
   5bb: eb67                           jmp 0x67
   5bd: e800000000                     callq 0x0
        # hole +0x5be: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5c2: 488b442410                     movq 0x10(%rsp), %rax
   5c7: a801                           testb $0x1, %al
   5c9: 0f8434ffffff                   je -0xcc
   5cf: 90                             nop
   5d0: 4889442440                     movq %rax, 0x40(%rsp)
   5d5: 488b542418                     movq 0x18(%rsp), %rdx
   5da: f6c201                         testb $0x1, %dl
   5dd: 0f8536ffffff                   jne -0xca
   5e3: 48ff02                         incq (%rdx)
   5e6: 4889542448                     movq %rdx, 0x48(%rsp)
   5eb: 488b4c2420                     movq 0x20(%rsp), %rcx
   5f0: f6c101                         testb $0x1, %cl
   5f3: 0f842fffffff                   je -0xd1
   5f9: e92dffffff                     jmp -0xd3
   5fe: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x601: X86_64_RELOC_GOT_LOAD Rel32 data+4
   605: e98ffaffff                     jmp -0x571
   60a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x60d: X86_64_RELOC_GOT_LOAD Rel32 data+4
   611: 4983c00c                       addq $0xc, %r8
   615: b830000000                     movl $0x30, %eax
   61a: b201                           movb $0x1, %dl
   61c: 41b978000000                   movl $0x78, %r9d
   622: eb1f                           jmp 0x1f
   624: 49c70601000000                 movq $0x1, (%r14)
   62b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x62e: X86_64_RELOC_GOT_LOAD Rel32 data+4
   632: 4983c00d                       addq $0xd, %r8
   636: b830000000                     movl $0x30, %eax
   63b: b201                           movb $0x1, %dl
   63d: 41b982000000                   movl $0x82, %r9d
   643: b902000000                     movl $0x2, %ecx
   648: e961faffff                     jmp -0x59f
   64d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x650: X86_64_RELOC_GOT_LOAD Rel32 data-4
   654: 49ffc0                         incq %r8
   657: b828000000                     movl $0x28, %eax
   65c: 41b90a000000                   movl $0xa, %r9d
   662: b901000000                     movl $0x1, %ecx
   667: 31d2                           xorl %edx, %edx
   669: e940faffff                     jmp -0x5c0
   66e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x671: X86_64_RELOC_GOT_LOAD Rel32 data+4
   675: 4983c008                       addq $0x8, %r8
   679: b848000000                     movl $0x48, %eax
   67e: b201                           movb $0x1, %dl
   680: 41b950000000                   movl $0x50, %r9d
   686: b901000000                     movl $0x1, %ecx
   68b: 31db                           xorl %ebx, %ebx
   68d: 40b701                         movb $0x1, %dil
   690: 41b201                         movb $0x1, %r10b
   693: e91dfaffff                     jmp -0x5e3
   698: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x69b: X86_64_RELOC_GOT_LOAD Rel32 data+4
   69f: 4983c009                       addq $0x9, %r8
   6a3: b840000000                     movl $0x40, %eax
   6a8: b201                           movb $0x1, %dl
   6aa: 41b95a000000                   movl $0x5a, %r9d
   6b0: eb18                           jmp 0x18
   6b2: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6b5: X86_64_RELOC_GOT_LOAD Rel32 data+4
   6b9: 4983c00a                       addq $0xa, %r8
   6bd: b840000000                     movl $0x40, %eax
   6c2: b201                           movb $0x1, %dl
   6c4: 41b964000000                   movl $0x64, %r9d
   6ca: b901000000                     movl $0x1, %ecx
   6cf: 31db                           xorl %ebx, %ebx
   6d1: 40b701                         movb $0x1, %dil
   6d4: e9d9f9ffff                     jmp -0x627
   6d9: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6dc: X86_64_RELOC_GOT_LOAD Rel32 data-4
   6e0: 4983c007                       addq $0x7, %r8
   6e4: b838000000                     movl $0x38, %eax
   6e9: b201                           movb $0x1, %dl
   6eb: 41b946000000                   movl $0x46, %r9d
   6f1: b901000000                     movl $0x1, %ecx
   6f6: 4531d2                         xorl %r10d, %r10d
   6f9: 40b701                         movb $0x1, %dil
   6fc: b301                           movb $0x1, %bl
   6fe: 488b6c2408                     movq 0x8(%rsp), %rbp
   703: 4c8b2c24                       movq (%rsp), %r13
   707: e9a9f9ffff                     jmp -0x657
   70c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x70f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   713: 4983c007                       addq $0x7, %r8
   717: b828000000                     movl $0x28, %eax
   71c: 41b946000000                   movl $0x46, %r9d
   722: b903000000                     movl $0x3, %ecx
   727: 31d2                           xorl %edx, %edx
   729: 31ff                           xorl %edi, %edi
   72b: 31db                           xorl %ebx, %ebx
   72d: 4531d2                         xorl %r10d, %r10d
   730: ebcc                           jmp -0x34
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[16]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 operand0[21]+0
