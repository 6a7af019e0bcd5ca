# stencil nested_inner for x86_64-unknown-linux-gnu: 1885 code bytes, 0 data bytes, 26 holes
     0: 55                             pushq %rbp
     1: 4881ec80000000                 subq $0x80, %rsp
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b08                         movq (%rax), %rcx
    10: 48894c2470                     movq %rcx, 0x70(%rsp)
    15: 48890c24                       movq %rcx, (%rsp)
    19: 488b4808                       movq 0x8(%rax), %rcx
    1d: 48894c2478                     movq %rcx, 0x78(%rsp)
    22: 48894c2408                     movq %rcx, 0x8(%rsp)
    27: 488b4810                       movq 0x10(%rax), %rcx
    2b: 48894c2468                     movq %rcx, 0x68(%rsp)
    30: 48894c2410                     movq %rcx, 0x10(%rsp)
    35: 488b6818                       movq 0x18(%rax), %rbp
    39: 48896c2418                     movq %rbp, 0x18(%rsp)
    3e: 4c8b6820                       movq 0x20(%rax), %r13
    42: 4c896c2420                     movq %r13, 0x20(%rsp)
    47: 4c8b7828                       movq 0x28(%rax), %r15
    4b: 4c897c2428                     movq %r15, 0x28(%rsp)
    50: 41f6c701                       testb $0x1, %r15b
    54: 7537                           jne 0x37
    56: 41837f0804                     cmpl $0x4, 0x8(%r15)
    5b: 7530                           jne 0x30
    5d: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    67: 498b4740                       movq 0x40(%r15), %rax
    6b: 498b4f30                       movq 0x30(%r15), %rcx
    6f: 498b5738                       movq 0x38(%r15), %rdx
    73: 4c89ff                         movq %r15, %rdi
    76: 4885c0                         testq %rax, %rax
    79: 0f8e2c010000                   jle 0x12c
    7f: 4839d1                         cmpq %rdx, %rcx
    82: 0f8c2c010000                   jl 0x12c
    88: e99e020000                     jmp 0x29e
    8d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8f: R_X86_64_64 Abs64 index+0
    97: 49ffc0                         incq %r8
    9a: b830000000                     movl $0x30, %eax
    9f: b201                           movb $0x1, %dl
    a1: 41b90a000000                   movl $0xa, %r9d
    a7: b901000000                     movl $0x1, %ecx
    ac: 31ff                           xorl %edi, %edi
    ae: 31db                           xorl %ebx, %ebx
    b0: 4531d2                         xorl %r10d, %r10d
    b3: 4c8b1c24                       movq (%rsp), %r11
    b7: 498b742418                     movq 0x18(%r12), %rsi
    bc: 4c3b5c2470                     cmpq 0x70(%rsp), %r11
    c1: 0f8594000000                   jne 0x94
    c7: 4c8b5c2408                     movq 0x8(%rsp), %r11
    cc: 4c3b5c2478                     cmpq 0x78(%rsp), %r11
    d1: 0f8597000000                   jne 0x97
    d7: 4c8b5c2410                     movq 0x10(%rsp), %r11
    dc: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
    e1: 0f859b000000                   jne 0x9b
    e7: 4c8b5c2418                     movq 0x18(%rsp), %r11
    ec: 4939eb                         cmpq %rbp, %r11
    ef: 0f859f000000                   jne 0x9f
    f5: 4c8b5c2420                     movq 0x20(%rsp), %r11
    fa: 4d39eb                         cmpq %r13, %r11
    fd: 7404                           je 0x4
    ff: 4c895e20                       movq %r11, 0x20(%rsi)
   103: 4c8b5c2428                     movq 0x28(%rsp), %r11
   108: 4d39fb                         cmpq %r15, %r11
   10b: 410f94c7                       sete %r15b
   10f: 80f201                         xorb $0x1, %dl
   112: 4408fa                         orb %r15b, %dl
   115: 7504                           jne 0x4
   117: 4c895e28                       movq %r11, 0x28(%rsi)
   11b: 4084ff                         testb %dil, %dil
   11e: 7424                           je 0x24
   120: 488b542430                     movq 0x30(%rsp), %rdx
   125: 48895630                       movq %rdx, 0x30(%rsi)
   129: 84db                           testb %bl, %bl
   12b: 7517                           jne 0x17
   12d: 488b542438                     movq 0x38(%rsp), %rdx
   132: 48895638                       movq %rdx, 0x38(%rsi)
   136: 4584d2                         testb %r10b, %r10b
   139: 7409                           je 0x9
   13b: 488b542440                     movq 0x40(%rsp), %rdx
   140: 48895640                       movq %rdx, 0x40(%rsi)
   144: 4801c6                         addq %rax, %rsi
   147: 4c89e7                         movq %r12, %rdi
   14a: 4c89f2                         movq %r14, %rdx
   14d: e800000000                     callq 0x0
        # hole +0x14e: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   152: 4881c480000000                 addq $0x80, %rsp
   159: 5d                             popq %rbp
   15a: c3                             retq
   15b: 4c891e                         movq %r11, (%rsi)
   15e: 4c8b5c2408                     movq 0x8(%rsp), %r11
   163: 4c3b5c2478                     cmpq 0x78(%rsp), %r11
   168: 0f8469ffffff                   je -0x97
   16e: 4c895e08                       movq %r11, 0x8(%rsi)
   172: 4c8b5c2410                     movq 0x10(%rsp), %r11
   177: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
   17c: 0f8465ffffff                   je -0x9b
   182: 4c895e10                       movq %r11, 0x10(%rsi)
   186: 4c8b5c2418                     movq 0x18(%rsp), %r11
   18b: 4939eb                         cmpq %rbp, %r11
   18e: 0f8461ffffff                   je -0x9f
   194: 4c895e18                       movq %r11, 0x18(%rsi)
   198: 4c8b5c2420                     movq 0x20(%rsp), %r11
   19d: 4d39eb                         cmpq %r13, %r11
   1a0: 0f8559ffffff                   jne -0xa7
   1a6: e958ffffff                     jmp -0xa8
   1ab: 4839d1                         cmpq %rdx, %rcx
   1ae: 0f8e77010000                   jle 0x177
   1b4: 4801c8                         addq %rcx, %rax
   1b7: 49894730                       movq %rax, 0x30(%r15)
   1bb: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   1c3: 4889442430                     movq %rax, 0x30(%rsp)
   1c8: 4889442410                     movq %rax, 0x10(%rsp)
   1cd: 488b442468                     movq 0x68(%rsp), %rax
   1d2: a801                           testb $0x1, %al
   1d4: 750f                           jne 0xf
   1d6: 48ff08                         decq (%rax)
   1d9: 750a                           jne 0xa
   1db: 488b7c2468                     movq 0x68(%rsp), %rdi
   1e0: e800000000                     callq 0x0
        # hole +0x1e1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1e5: 488b0424                       movq (%rsp), %rax
   1e9: a801                           testb $0x1, %al
   1eb: 0f85d1000000                   jne 0xd1
   1f1: 48ff00                         incq (%rax)
   1f4: 4889442430                     movq %rax, 0x30(%rsp)
   1f9: 488b4c2408                     movq 0x8(%rsp), %rcx
   1fe: f6c101                         testb $0x1, %cl
   201: 0f84ce000000                   je 0xce
   207: 48894c2438                     movq %rcx, 0x38(%rsp)
   20c: 488b442410                     movq 0x10(%rsp), %rax
   211: a801                           testb $0x1, %al
   213: 7508                           jne 0x8
   215: 48ff00                         incq (%rax)
   218: 488b4c2438                     movq 0x38(%rsp), %rcx
   21d: 4889442440                     movq %rax, 0x40(%rsp)
   222: 48d1f9                         sarq %rcx
   225: 48d1f8                         sarq %rax
   228: 480fafc1                       imulq %rcx, %rax
   22c: 0f80cc000000                   jo 0xcc
   232: 488d0c18                       leaq (%rax,%rbx), %rcx
   236: 4885c9                         testq %rcx, %rcx
   239: 0f89bf000000                   jns 0xbf
   23f: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   247: 48894c2438                     movq %rcx, 0x38(%rsp)
   24c: 488b4c2430                     movq 0x30(%rsp), %rcx
   251: f6c101                         testb $0x1, %cl
   254: 0f84b3000000                   je 0xb3
   25a: 48d1f9                         sarq %rcx
   25d: 4801c8                         addq %rcx, %rax
   260: 4889c1                         movq %rax, %rcx
   263: 4801d9                         addq %rbx, %rcx
   266: 0f89b0000000                   jns 0xb0
   26c: 488d044501000000               leaq 0x1(,%rax,2), %rax
   274: 4889442430                     movq %rax, 0x30(%rsp)
   279: 488b3c24                       movq (%rsp), %rdi
   27d: 48890424                       movq %rax, (%rsp)
   281: 40f6c701                       testb $0x1, %dil
   285: 750a                           jne 0xa
   287: 48ff0f                         decq (%rdi)
   28a: 7505                           jne 0x5
   28c: e800000000                     callq 0x0
        # hole +0x28d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   291: 49833e00                       cmpq $0x0, (%r14)
   295: 7558                           jne 0x58
   297: 498b4608                       movq 0x8(%r14), %rax
   29b: 48ffc0                         incq %rax
   29e: 49894608                       movq %rax, 0x8(%r14)
   2a2: 493b4610                       cmpq 0x10(%r14), %rax
   2a6: 0f8cd4010000                   jl 0x1d4
   2ac: 49c70601000000                 movq $0x1, (%r14)
   2b3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2b5: R_X86_64_64 Abs64 index+0
   2bd: e988030000                     jmp 0x388
   2c2: 4889442430                     movq %rax, 0x30(%rsp)
   2c7: 488b4c2408                     movq 0x8(%rsp), %rcx
   2cc: f6c101                         testb $0x1, %cl
   2cf: 0f8532ffffff                   jne -0xce
   2d5: 48ff01                         incq (%rcx)
   2d8: 48894c2438                     movq %rcx, 0x38(%rsp)
   2dd: 488b442410                     movq 0x10(%rsp), %rax
   2e2: a801                           testb $0x1, %al
   2e4: 0f842bffffff                   je -0xd5
   2ea: e92effffff                     jmp -0xd2
   2ef: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2f1: R_X86_64_64 Abs64 index+0
   2f9: e928030000                     jmp 0x328
   2fe: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x300: R_X86_64_64 Abs64 index+0
   308: e986030000                     jmp 0x386
   30d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x30f: R_X86_64_64 Abs64 index+0
   317: e9a4030000                     jmp 0x3a4
   31c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x31e: R_X86_64_64 Abs64 index+0
   326: e9b2030000                     jmp 0x3b2
   32b: 48ff0f                         decq (%rdi)
   32e: 4c896c2460                     movq %r13, 0x60(%rsp)
   333: 48896c2458                     movq %rbp, 0x58(%rsp)
   338: 7505                           jne 0x5
   33a: e800000000                     callq 0x0
        # hole +0x33b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   33f: 488b442420                     movq 0x20(%rsp), %rax
   344: a801                           testb $0x1, %al
   346: 0f8519030000                   jne 0x319
   34c: 83780804                       cmpl $0x4, 0x8(%rax)
   350: 0f850f030000                   jne 0x30f
   356: 488b4840                       movq 0x40(%rax), %rcx
   35a: 488b5030                       movq 0x30(%rax), %rdx
   35e: 488b7038                       movq 0x38(%rax), %rsi
   362: 4885c9                         testq %rcx, %rcx
   365: 7e2a                           jle 0x2a
   367: 4839f2                         cmpq %rsi, %rdx
   36a: 7c2a                           jl 0x2a
   36c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x36e: R_X86_64_64 Abs64 index[16]+0
   376: 4983c002                       addq $0x2, %r8
   37a: b828000000                     movl $0x28, %eax
   37f: 41b914000000                   movl $0x14, %r9d
   385: b902000000                     movl $0x2, %ecx
   38a: 31d2                           xorl %edx, %edx
   38c: e91bfdffff                     jmp -0x2e5
   391: 4839f2                         cmpq %rsi, %rdx
   394: 7ed6                           jle -0x2a
   396: 4801d1                         addq %rdx, %rcx
   399: 48894830                       movq %rcx, 0x30(%rax)
   39d: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   3a5: 4889442428                     movq %rax, 0x28(%rsp)
   3aa: 488b7c2408                     movq 0x8(%rsp), %rdi
   3af: 4889442408                     movq %rax, 0x8(%rsp)
   3b4: 40f6c701                       testb $0x1, %dil
   3b8: 750a                           jne 0xa
   3ba: 48ff0f                         decq (%rdi)
   3bd: 7505                           jne 0x5
   3bf: e800000000                     callq 0x0
        # hole +0x3c0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3c4: 49bd0000000000000000           movabsq $0x0, %r13
        # hole +0x3c6: R_X86_64_64 Abs64 operand0[21]+0
   3ce: 41f6c501                       testb $0x1, %r13b
   3d2: 7522                           jne 0x22
   3d4: 49ff4500                       incq (%r13)
   3d8: 4c896c2428                     movq %r13, 0x28(%rsp)
   3dd: 488b442418                     movq 0x18(%rsp), %rax
   3e2: a801                           testb $0x1, %al
   3e4: 741e                           je 0x1e
   3e6: 4889442430                     movq %rax, 0x30(%rsp)
   3eb: 41f6c501                       testb $0x1, %r13b
   3ef: 742a                           je 0x2a
   3f1: e907030000                     jmp 0x307
   3f6: 4c896c2428                     movq %r13, 0x28(%rsp)
   3fb: 488b442418                     movq 0x18(%rsp), %rax
   400: a801                           testb $0x1, %al
   402: 75e2                           jne -0x1e
   404: 48ff00                         incq (%rax)
   407: 4c8b6c2428                     movq 0x28(%rsp), %r13
   40c: 4889442430                     movq %rax, 0x30(%rsp)
   411: 41f6c501                       testb $0x1, %r13b
   415: 0f85e2020000                   jne 0x2e2
   41b: 41837d0808                     cmpl $0x8, 0x8(%r13)
   420: 0f85d7020000                   jne 0x2d7
   426: ba01000000                     movl $0x1, %edx
   42b: 4c89f7                         movq %r14, %rdi
   42e: 488d742430                     leaq 0x30(%rsp), %rsi
   433: 41ff5538                       callq *0x38(%r13)
   437: 4889c5                         movq %rax, %rbp
   43a: 488b7c2430                     movq 0x30(%rsp), %rdi
   43f: 40f6c701                       testb $0x1, %dil
   443: 750a                           jne 0xa
   445: 48ff0f                         decq (%rdi)
   448: 7505                           jne 0x5
   44a: e800000000                     callq 0x0
        # hole +0x44b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   44f: 49ff4d00                       decq (%r13)
   453: 7508                           jne 0x8
   455: 4c89ef                         movq %r13, %rdi
   458: e800000000                     callq 0x0
        # hole +0x459: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   45d: 4885ed                         testq %rbp, %rbp
   460: 0f84ce020000                   je 0x2ce
   466: 48896c2428                     movq %rbp, 0x28(%rsp)
   46b: 4c8b6c2460                     movq 0x60(%rsp), %r13
   470: 488b6c2458                     movq 0x58(%rsp), %rbp
   475: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   480: 488b7c2428                     movq 0x28(%rsp), %rdi
   485: 40f6c701                       testb $0x1, %dil
   489: 0f857e010000                   jne 0x17e
   48f: 837f0804                       cmpl $0x4, 0x8(%rdi)
   493: 0f8574010000                   jne 0x174
   499: 488b4740                       movq 0x40(%rdi), %rax
   49d: 488b4f30                       movq 0x30(%rdi), %rcx
   4a1: 488b5738                       movq 0x38(%rdi), %rdx
   4a5: 4885c0                         testq %rax, %rax
   4a8: 7e16                           jle 0x16
   4aa: 4839d1                         cmpq %rdx, %rcx
   4ad: 7c1a                           jl 0x1a
   4af: e977feffff                     jmp -0x189
   4b4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   4c0: 4839d1                         cmpq %rdx, %rcx
   4c3: 0f8e62feffff                   jle -0x19e
   4c9: 4801c8                         addq %rcx, %rax
   4cc: 48894730                       movq %rax, 0x30(%rdi)
   4d0: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   4d8: 4889442430                     movq %rax, 0x30(%rsp)
   4dd: 488b7c2410                     movq 0x10(%rsp), %rdi
   4e2: 4889442410                     movq %rax, 0x10(%rsp)
   4e7: 40f6c701                       testb $0x1, %dil
   4eb: 7509                           jne 0x9
   4ed: 48ff0f                         decq (%rdi)
   4f0: 0f84d7000000                   je 0xd7
   4f6: 488b0424                       movq (%rsp), %rax
   4fa: a801                           testb $0x1, %al
   4fc: 0f85de000000                   jne 0xde
   502: 48ff00                         incq (%rax)
   505: 4889442430                     movq %rax, 0x30(%rsp)
   50a: 488b4c2408                     movq 0x8(%rsp), %rcx
   50f: f6c101                         testb $0x1, %cl
   512: 0f84db000000                   je 0xdb
   518: 48894c2438                     movq %rcx, 0x38(%rsp)
   51d: 488b442410                     movq 0x10(%rsp), %rax
   522: a801                           testb $0x1, %al
   524: 7508                           jne 0x8
   526: 48ff00                         incq (%rax)
   529: 488b4c2438                     movq 0x38(%rsp), %rcx
   52e: 4889442440                     movq %rax, 0x40(%rsp)
   533: 48d1f9                         sarq %rcx
   536: 48d1f8                         sarq %rax
   539: 480fafc1                       imulq %rcx, %rax
   53d: 0f8046010000                   jo 0x146
   543: 488d0c18                       leaq (%rax,%rbx), %rcx
   547: 4885c9                         testq %rcx, %rcx
   54a: 0f8939010000                   jns 0x139
   550: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   558: 48894c2438                     movq %rcx, 0x38(%rsp)
   55d: 488b4c2430                     movq 0x30(%rsp), %rcx
   562: f6c101                         testb $0x1, %cl
   565: 0f844b010000                   je 0x14b
   56b: 48d1f9                         sarq %rcx
   56e: 4801c8                         addq %rcx, %rax
   571: 4889c1                         movq %rax, %rcx
   574: 4801d9                         addq %rbx, %rcx
   577: 0f8956010000                   jns 0x156
   57d: 488d044501000000               leaq 0x1(,%rax,2), %rax
   585: 4889442430                     movq %rax, 0x30(%rsp)
   58a: 488b3c24                       movq (%rsp), %rdi
   58e: 48890424                       movq %rax, (%rsp)
   592: 40f6c701                       testb $0x1, %dil
   596: 7518                           jne 0x18
   598: 48ff0f                         decq (%rdi)
   59b: 7513                           jne 0x13
   59d: e800000000                     callq 0x0
        # hole +0x59e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5a2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   5b0: 49833e00                       cmpq $0x0, (%r14)
   5b4: 7566                           jne 0x66
   5b6: 498b4608                       movq 0x8(%r14), %rax
   5ba: 48ffc0                         incq %rax
   5bd: 49894608                       movq %rax, 0x8(%r14)
   5c1: 493b4610                       cmpq 0x10(%r14), %rax
   5c5: 0f8cb5feffff                   jl -0x14b
   5cb: eb6c                           jmp 0x6c
   5cd: e800000000                     callq 0x0
        # hole +0x5ce: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5d2: 488b0424                       movq (%rsp), %rax
   5d6: a801                           testb $0x1, %al
   5d8: 0f8424ffffff                   je -0xdc
   5de: 6690                           nop
   5e0: 4889442430                     movq %rax, 0x30(%rsp)
   5e5: 488b4c2408                     movq 0x8(%rsp), %rcx
   5ea: f6c101                         testb $0x1, %cl
   5ed: 0f8525ffffff                   jne -0xdb
   5f3: 48ff01                         incq (%rcx)
   5f6: 48894c2438                     movq %rcx, 0x38(%rsp)
   5fb: 488b442410                     movq 0x10(%rsp), %rax
   600: a801                           testb $0x1, %al
   602: 0f841effffff                   je -0xe2
   608: e921ffffff                     jmp -0xdf
   60d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x60f: R_X86_64_64 Abs64 index+0
   617: e97bfaffff                     jmp -0x585
   61c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x61e: R_X86_64_64 Abs64 index+0
   626: 4983c00c                       addq $0xc, %r8
   62a: b830000000                     movl $0x30, %eax
   62f: b201                           movb $0x1, %dl
   631: 41b978000000                   movl $0x78, %r9d
   637: eb22                           jmp 0x22
   639: 49c70601000000                 movq $0x1, (%r14)
   640: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x642: R_X86_64_64 Abs64 index+0
   64a: 4983c00d                       addq $0xd, %r8
   64e: b830000000                     movl $0x30, %eax
   653: b201                           movb $0x1, %dl
   655: 41b982000000                   movl $0x82, %r9d
   65b: b902000000                     movl $0x2, %ecx
   660: e947faffff                     jmp -0x5b9
   665: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x667: R_X86_64_64 Abs64 index[16]+0
   66f: 49ffc0                         incq %r8
   672: b828000000                     movl $0x28, %eax
   677: 41b90a000000                   movl $0xa, %r9d
   67d: b901000000                     movl $0x1, %ecx
   682: 31d2                           xorl %edx, %edx
   684: e923faffff                     jmp -0x5dd
   689: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x68b: R_X86_64_64 Abs64 index+0
   693: 4983c008                       addq $0x8, %r8
   697: b848000000                     movl $0x48, %eax
   69c: b201                           movb $0x1, %dl
   69e: 41b950000000                   movl $0x50, %r9d
   6a4: b901000000                     movl $0x1, %ecx
   6a9: 31db                           xorl %ebx, %ebx
   6ab: 40b701                         movb $0x1, %dil
   6ae: 41b201                         movb $0x1, %r10b
   6b1: e9fdf9ffff                     jmp -0x603
   6b6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6b8: R_X86_64_64 Abs64 index+0
   6c0: 4983c009                       addq $0x9, %r8
   6c4: b840000000                     movl $0x40, %eax
   6c9: b201                           movb $0x1, %dl
   6cb: 41b95a000000                   movl $0x5a, %r9d
   6d1: eb1b                           jmp 0x1b
   6d3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6d5: R_X86_64_64 Abs64 index+0
   6dd: 4983c00a                       addq $0xa, %r8
   6e1: b840000000                     movl $0x40, %eax
   6e6: b201                           movb $0x1, %dl
   6e8: 41b964000000                   movl $0x64, %r9d
   6ee: b901000000                     movl $0x1, %ecx
   6f3: 31db                           xorl %ebx, %ebx
   6f5: 40b701                         movb $0x1, %dil
   6f8: e9b3f9ffff                     jmp -0x64d
   6fd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6ff: R_X86_64_64 Abs64 index[16]+0
   707: 4983c007                       addq $0x7, %r8
   70b: b838000000                     movl $0x38, %eax
   710: b201                           movb $0x1, %dl
   712: 41b946000000                   movl $0x46, %r9d
   718: b901000000                     movl $0x1, %ecx
   71d: 4531d2                         xorl %r10d, %r10d
   720: 40b701                         movb $0x1, %dil
   723: b301                           movb $0x1, %bl
   725: 4c8b6c2460                     movq 0x60(%rsp), %r13
   72a: 488b6c2458                     movq 0x58(%rsp), %rbp
   72f: e97ff9ffff                     jmp -0x681
   734: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x736: R_X86_64_64 Abs64 index[16]+0
   73e: 4983c007                       addq $0x7, %r8
   742: b828000000                     movl $0x28, %eax
   747: 41b946000000                   movl $0x46, %r9d
   74d: b903000000                     movl $0x3, %ecx
   752: 31d2                           xorl %edx, %edx
   754: 31ff                           xorl %edi, %edi
   756: 31db                           xorl %ebx, %ebx
   758: 4531d2                         xorl %r10d, %r10d
   75b: ebc8                           jmp -0x38
