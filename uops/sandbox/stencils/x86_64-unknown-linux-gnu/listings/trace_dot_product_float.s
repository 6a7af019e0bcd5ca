# stencil dot_product_float for x86_64-unknown-linux-gnu: 1479 code bytes, 0 data bytes, 14 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4c89e7                         movq %r12, %rdi
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b7810                       movq 0x10(%rax), %r15
    11: 4c8b4018                       movq 0x18(%rax), %r8
    15: 488b6820                       movq 0x20(%rax), %rbp
    19: b928000000                     movl $0x28, %ecx
    1e: 48894c2428                     movq %rcx, 0x28(%rsp)
    23: 41b90a000000                   movl $0xa, %r9d
    29: b901000000                     movl $0x1, %ecx
    2e: 40f6c501                       testb $0x1, %bpl
    32: 4c89742448                     movq %r14, 0x48(%rsp)
    37: 0f855d030000                   jne 0x35d
    3d: 48897c2418                     movq %rdi, 0x18(%rsp)
    42: 4d89c2                         movq %r8, %r10
    45: 488b18                         movq (%rax), %rbx
    48: 4d89fb                         movq %r15, %r11
    4b: 4c8b7808                       movq 0x8(%rax), %r15
    4f: 4c895c2408                     movq %r11, 0x8(%rsp)
    54: 4c89442410                     movq %r8, 0x10(%rsp)
    59: 837d0804                       cmpl $0x4, 0x8(%rbp)
    5d: 0f856b040000                   jne 0x46b
    63: 488b4d40                       movq 0x40(%rbp), %rcx
    67: 4885c9                         testq %rcx, %rcx
    6a: 7e14                           jle 0x14
    6c: 4c8b6d30                       movq 0x30(%rbp), %r13
    70: 4c3b6d38                       cmpq 0x38(%rbp), %r13
    74: 7c18                           jl 0x18
    76: e985040000                     jmp 0x485
    7b: 0f1f440000                     nopl (%rax,%rax)
    80: 4c8b6d30                       movq 0x30(%rbp), %r13
    84: 4c3b6d38                       cmpq 0x38(%rbp), %r13
    88: 0f8e72040000                   jle 0x472
    8e: 4c01e9                         addq %r13, %rcx
    91: 48894d30                       movq %rcx, 0x30(%rbp)
    95: 41f6c201                       testb $0x1, %r10b
    99: 4c895c2440                     movq %r11, 0x40(%rsp)
    9e: 7509                           jne 0x9
    a0: 49ff0a                         decq (%r10)
    a3: 0f8408020000                   je 0x208
    a9: 41f6c301                       testb $0x1, %r11b
    ad: 7503                           jne 0x3
    af: 49ff03                         incq (%r11)
    b2: 4e8d146d01000000               leaq 0x1(,%r13,2), %r10
    ba: f6c301                         testb $0x1, %bl
    bd: 0f850d030000                   jne 0x30d
    c3: 48ff03                         incq (%rbx)
    c6: 837b0803                       cmpl $0x3, 0x8(%rbx)
    ca: 0f8500030000                   jne 0x300
    d0: 4d01ed                         addq %r13, %r13
    d3: 49d1fd                         sarq %r13
    d6: 0f88f4020000                   js 0x2f4
    dc: 4c3b6b30                       cmpq 0x30(%rbx), %r13
    e0: 0f8dea020000                   jge 0x2ea
    e6: 488b4340                       movq 0x40(%rbx), %rax
    ea: 4e8b24e8                       movq (%rax,%r13,8), %r12
    ee: 41f6c401                       testb $0x1, %r12b
    f2: 741c                           je 0x1c
    f4: 48ff0b                         decq (%rbx)
    f7: 4c89542438                     movq %r10, 0x38(%rsp)
    fc: 7420                           je 0x20
    fe: 41f6c701                       testb $0x1, %r15b
   102: 7436                           je 0x36
   104: e9ee020000                     jmp 0x2ee
   109: 0f1f8000000000                 nopl (%rax)
   110: 49ff0424                       incq (%r12)
   114: 48ff0b                         decq (%rbx)
   117: 4c89542438                     movq %r10, 0x38(%rsp)
   11c: 75e0                           jne -0x20
   11e: 4889df                         movq %rbx, %rdi
   121: e800000000                     callq 0x0
        # hole +0x122: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   126: 4c8b5c2440                     movq 0x40(%rsp), %r11
   12b: 4c8b542438                     movq 0x38(%rsp), %r10
   130: 41f6c701                       testb $0x1, %r15b
   134: 0f85bd020000                   jne 0x2bd
   13a: 49ff07                         incq (%r15)
   13d: 41837f0803                     cmpl $0x3, 0x8(%r15)
   142: 0f85af020000                   jne 0x2af
   148: 4d3b6f30                       cmpq 0x30(%r15), %r13
   14c: 0f8da5020000                   jge 0x2a5
   152: 498b4740                       movq 0x40(%r15), %rax
   156: 4e8b2ce8                       movq (%rax,%r13,8), %r13
   15a: 41f6c501                       testb $0x1, %r13b
   15e: 7420                           je 0x20
   160: 49ff0f                         decq (%r15)
   163: 7424                           je 0x24
   165: 41f6c401                       testb $0x1, %r12b
   169: 488b7c2448                     movq 0x48(%rsp), %rdi
   16e: 4c896c2430                     movq %r13, 0x30(%rsp)
   173: 743a                           je 0x3a
   175: e93a020000                     jmp 0x23a
   17a: 660f1f440000                   nopw (%rax,%rax)
   180: 49ff4500                       incq (%r13)
   184: 49ff0f                         decq (%r15)
   187: 75dc                           jne -0x24
   189: 4c89ff                         movq %r15, %rdi
   18c: e800000000                     callq 0x0
        # hole +0x18d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   191: 4c8b5c2440                     movq 0x40(%rsp), %r11
   196: 4c8b542438                     movq 0x38(%rsp), %r10
   19b: 41f6c401                       testb $0x1, %r12b
   19f: 488b7c2448                     movq 0x48(%rsp), %rdi
   1a4: 4c896c2430                     movq %r13, 0x30(%rsp)
   1a9: 0f8505020000                   jne 0x205
   1af: 41837c240802                   cmpl $0x2, 0x8(%r12)
   1b5: 0f85f9010000                   jne 0x1f9
   1bb: 41f6c501                       testb $0x1, %r13b
   1bf: 0f85ef010000                   jne 0x1ef
   1c5: 41837d0802                     cmpl $0x2, 0x8(%r13)
   1ca: 0f85e4010000                   jne 0x1e4
   1d0: f2410f10442430                 movsd 0x30(%r12), %xmm0
   1d7: f2410f594530                   mulsd 0x30(%r13), %xmm0
   1dd: 49ff0c24                       decq (%r12)
   1e1: 741d                           je 0x1d
   1e3: 49ff4d00                       decq (%r13)
   1e7: 7436                           je 0x36
   1e9: e800000000                     callq 0x0
        # hole +0x1ea: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   1ee: 4885c0                         testq %rax, %rax
   1f1: 7556                           jne 0x56
   1f3: e960030000                     jmp 0x360
   1f8: 0f1f840000000000               nopl (%rax,%rax)
   200: 4c89e7                         movq %r12, %rdi
   203: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   209: e800000000                     callq 0x0
        # hole +0x20a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   20e: f20f10442420                   movsd 0x20(%rsp), %xmm0
   214: 488b7c2448                     movq 0x48(%rsp), %rdi
   219: 49ff4d00                       decq (%r13)
   21d: 75ca                           jne -0x36
   21f: 4989fe                         movq %rdi, %r14
   222: 488b7c2430                     movq 0x30(%rsp), %rdi
   227: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   22d: e800000000                     callq 0x0
        # hole +0x22e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   232: f20f10442420                   movsd 0x20(%rsp), %xmm0
   238: 4c89f7                         movq %r14, %rdi
   23b: e800000000                     callq 0x0
        # hole +0x23c: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   240: 4885c0                         testq %rax, %rax
   243: 0f840f030000                   je 0x30f
   249: 4c8b5c2440                     movq 0x40(%rsp), %r11
   24e: 41f6c301                       testb $0x1, %r11b
   252: 4c8b542438                     movq 0x38(%rsp), %r10
   257: 4889442420                     movq %rax, 0x20(%rsp)
   25c: 0f85bf010000                   jne 0x1bf
   262: 4531ed                         xorl %r13d, %r13d
   265: 41837b0802                     cmpl $0x2, 0x8(%r11)
   26a: 0f85b4010000                   jne 0x1b4
   270: 89c1                           movl %eax, %ecx
   272: 83e101                         andl $0x1, %ecx
   275: 0f85a9010000                   jne 0x1a9
   27b: 83780802                       cmpl $0x2, 0x8(%rax)
   27f: 0f859c010000                   jne 0x19c
   285: f2410f104330                   movsd 0x30(%r11), %xmm0
   28b: f20f584030                     addsd 0x30(%rax), %xmm0
   290: 49ff0b                         decq (%r11)
   293: 7438                           je 0x38
   295: 48ff08                         decq (%rax)
   298: 4c8b742448                     movq 0x48(%rsp), %r14
   29d: 7450                           je 0x50
   29f: 4c89f7                         movq %r14, %rdi
   2a2: e800000000                     callq 0x0
        # hole +0x2a3: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2a7: 4885c0                         testq %rax, %rax
   2aa: 7568                           jne 0x68
   2ac: e9ed020000                     jmp 0x2ed
   2b1: 4c89d7                         movq %r10, %rdi
   2b4: e800000000                     callq 0x0
        # hole +0x2b5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2b9: 4c8b5c2440                     movq 0x40(%rsp), %r11
   2be: 41f6c301                       testb $0x1, %r11b
   2c2: 0f84e7fdffff                   je -0x219
   2c8: e9e5fdffff                     jmp -0x21b
   2cd: 4c89df                         movq %r11, %rdi
   2d0: 4989c4                         movq %rax, %r12
   2d3: f20f110424                     movsd %xmm0, (%rsp)
   2d8: e800000000                     callq 0x0
        # hole +0x2d9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2dd: f20f100424                     movsd (%rsp), %xmm0
   2e2: 4c89e0                         movq %r12, %rax
   2e5: 48ff08                         decq (%rax)
   2e8: 4c8b742448                     movq 0x48(%rsp), %r14
   2ed: 75b0                           jne -0x50
   2ef: 488b7c2420                     movq 0x20(%rsp), %rdi
   2f4: f20f110424                     movsd %xmm0, (%rsp)
   2f9: e800000000                     callq 0x0
        # hole +0x2fa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2fe: f20f100424                     movsd (%rsp), %xmm0
   303: 4c89f7                         movq %r14, %rdi
   306: e800000000                     callq 0x0
        # hole +0x307: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   30b: 4885c0                         testq %rax, %rax
   30e: 0f848a020000                   je 0x28a
   314: 488b7c2440                     movq 0x40(%rsp), %rdi
   319: 48ff0f                         decq (%rdi)
   31c: 4c8b542438                     movq 0x38(%rsp), %r10
   321: 7510                           jne 0x10
   323: 4989c4                         movq %rax, %r12
   326: e800000000                     callq 0x0
        # hole +0x327: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   32b: 4c89e0                         movq %r12, %rax
   32e: 4c8b542438                     movq 0x38(%rsp), %r10
   333: 498b4e08                       movq 0x8(%r14), %rcx
   337: 48ffc1                         incq %rcx
   33a: 49894e08                       movq %rcx, 0x8(%r14)
   33e: 493b4e10                       cmpq 0x10(%r14), %rcx
   342: 0f8dd1010000                   jge 0x1d1
   348: 49833e00                       cmpq $0x0, (%r14)
   34c: 0f85ce010000                   jne 0x1ce
   352: 4d89d4                         movq %r10, %r12
   355: 4989c3                         movq %rax, %r11
   358: 40f6c501                       testb $0x1, %bpl
   35c: 0f84f7fcffff                   je -0x309
   362: 48890424                       movq %rax, (%rsp)
   366: 4989c3                         movq %rax, %r11
   369: 4d89d4                         movq %r10, %r12
   36c: 4531ed                         xorl %r13d, %r13d
   36f: 31db                           xorl %ebx, %ebx
   371: 31d2                           xorl %edx, %edx
   373: 488b7c2418                     movq 0x18(%rsp), %rdi
   378: 4c8b442410                     movq 0x10(%rsp), %r8
   37d: b901000000                     movl $0x1, %ecx
   382: 4c8b7c2408                     movq 0x8(%rsp), %r15
   387: bd01000000                     movl $0x1, %ebp
   38c: 41b90a000000                   movl $0xa, %r9d
   392: 4531f6                         xorl %r14d, %r14d
   395: e9c1000000                     jmp 0xc1
   39a: bd01000000                     movl $0x1, %ebp
   39f: 4531f6                         xorl %r14d, %r14d
   3a2: 4d89c2                         movq %r8, %r10
   3a5: 4d89fb                         movq %r15, %r11
   3a8: 4531ed                         xorl %r13d, %r13d
   3ab: 31db                           xorl %ebx, %ebx
   3ad: 31d2                           xorl %edx, %edx
   3af: e9a7000000                     jmp 0xa7
   3b4: 4531ed                         xorl %r13d, %r13d
   3b7: 4c891c24                       movq %r11, (%rsp)
   3bb: 4c89642420                     movq %r12, 0x20(%rsp)
   3c0: 4d89d4                         movq %r10, %r12
   3c3: bd0c000000                     movl $0xc, %ebp
   3c8: 41b978000000                   movl $0x78, %r9d
   3ce: eb1c                           jmp 0x1c
   3d0: 4531ed                         xorl %r13d, %r13d
   3d3: 4c891c24                       movq %r11, (%rsp)
   3d7: 48895c2420                     movq %rbx, 0x20(%rsp)
   3dc: 4c89542430                     movq %r10, 0x30(%rsp)
   3e1: bd08000000                     movl $0x8, %ebp
   3e6: 41b950000000                   movl $0x50, %r9d
   3ec: b301                           movb $0x1, %bl
   3ee: b201                           movb $0x1, %dl
   3f0: b840000000                     movl $0x40, %eax
   3f5: eb48                           jmp 0x48
   3f7: 4531ed                         xorl %r13d, %r13d
   3fa: 4c891c24                       movq %r11, (%rsp)
   3fe: 4c89642420                     movq %r12, 0x20(%rsp)
   403: 4c897c2430                     movq %r15, 0x30(%rsp)
   408: 4d89d4                         movq %r10, %r12
   40b: bd0b000000                     movl $0xb, %ebp
   410: 41b96e000000                   movl $0x6e, %r9d
   416: b301                           movb $0x1, %bl
   418: 31d2                           xorl %edx, %edx
   41a: b848000000                     movl $0x48, %eax
   41f: eb1e                           jmp 0x1e
   421: 4531ed                         xorl %r13d, %r13d
   424: 4c891c24                       movq %r11, (%rsp)
   428: 4d89d4                         movq %r10, %r12
   42b: bd0e000000                     movl $0xe, %ebp
   430: 41b98c000000                   movl $0x8c, %r9d
   436: 31db                           xorl %ebx, %ebx
   438: 31d2                           xorl %edx, %edx
   43a: b838000000                     movl $0x38, %eax
   43f: 4889442428                     movq %rax, 0x28(%rsp)
   444: 488b7c2418                     movq 0x18(%rsp), %rdi
   449: 4c8b442410                     movq 0x10(%rsp), %r8
   44e: b901000000                     movl $0x1, %ecx
   453: 4c8b7c2408                     movq 0x8(%rsp), %r15
   458: 41b601                         movb $0x1, %r14b
   45b: 488b7718                       movq 0x18(%rdi), %rsi
   45f: 4d39fb                         cmpq %r15, %r11
   462: 750c                           jne 0xc
   464: 4d39c2                         cmpq %r8, %r10
   467: 7510                           jne 0x10
   469: 4584f6                         testb %r14b, %r14b
   46c: 7514                           jne 0x14
   46e: eb3d                           jmp 0x3d
   470: 4c895e10                       movq %r11, 0x10(%rsi)
   474: 4d39c2                         cmpq %r8, %r10
   477: 74f0                           je -0x10
   479: 4c895618                       movq %r10, 0x18(%rsi)
   47d: 4584f6                         testb %r14b, %r14b
   480: 742b                           je 0x2b
   482: 488b0424                       movq (%rsp), %rax
   486: 48894628                       movq %rax, 0x28(%rsi)
   48a: 4584ed                         testb %r13b, %r13b
   48d: 751e                           jne 0x1e
   48f: 488b442420                     movq 0x20(%rsp), %rax
   494: 48894630                       movq %rax, 0x30(%rsi)
   498: 84db                           testb %bl, %bl
   49a: 7411                           je 0x11
   49c: 488b442430                     movq 0x30(%rsp), %rax
   4a1: 48894638                       movq %rax, 0x38(%rsi)
   4a5: 84d2                           testb %dl, %dl
   4a7: 7504                           jne 0x4
   4a9: 4c896640                       movq %r12, 0x40(%rsi)
   4ad: 4803742428                     addq 0x28(%rsp), %rsi
   4b2: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x4b4: R_X86_64_64 Abs64 index+0
   4bc: 4901e8                         addq %rbp, %r8
   4bf: 488b542448                     movq 0x48(%rsp), %rdx
   4c4: 4883c450                       addq $0x50, %rsp
   4c8: 5d                             popq %rbp
   4c9: e900000000                     jmp 0x0
        # hole +0x4ca: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   4ce: 48890424                       movq %rax, (%rsp)
   4d2: 4531f6                         xorl %r14d, %r14d
   4d5: 4531ed                         xorl %r13d, %r13d
   4d8: 31db                           xorl %ebx, %ebx
   4da: 31d2                           xorl %edx, %edx
   4dc: 488b7c2418                     movq 0x18(%rsp), %rdi
   4e1: 4c8b442410                     movq 0x10(%rsp), %r8
   4e6: b901000000                     movl $0x1, %ecx
   4eb: 4c8b7c2408                     movq 0x8(%rsp), %r15
   4f0: bd01000000                     movl $0x1, %ebp
   4f5: 41b90a000000                   movl $0xa, %r9d
   4fb: e95bffffff                     jmp -0xa5
   500: 48890424                       movq %rax, (%rsp)
   504: 41b914000000                   movl $0x14, %r9d
   50a: bd02000000                     movl $0x2, %ebp
   50f: b902000000                     movl $0x2, %ecx
   514: 4531f6                         xorl %r14d, %r14d
   517: eb24                           jmp 0x24
   519: 49c70601000000                 movq $0x1, (%r14)
   520: 41b9aa000000                   movl $0xaa, %r9d
   526: bd11000000                     movl $0x11, %ebp
   52b: b902000000                     movl $0x2, %ecx
   530: 4531f6                         xorl %r14d, %r14d
   533: 48890424                       movq %rax, (%rsp)
   537: 4989c3                         movq %rax, %r11
   53a: 4d89d4                         movq %r10, %r12
   53d: 4531ed                         xorl %r13d, %r13d
   540: 31db                           xorl %ebx, %ebx
   542: 31d2                           xorl %edx, %edx
   544: 488b7c2418                     movq 0x18(%rsp), %rdi
   549: 4c8b442410                     movq 0x10(%rsp), %r8
   54e: 4c8b7c2408                     movq 0x8(%rsp), %r15
   553: e903ffffff                     jmp -0xfd
   558: b830000000                     movl $0x30, %eax
   55d: 4889442428                     movq %rax, 0x28(%rsp)
   562: 41b982000000                   movl $0x82, %r9d
   568: bd0d000000                     movl $0xd, %ebp
   56d: 31db                           xorl %ebx, %ebx
   56f: 4c8b5c2440                     movq 0x40(%rsp), %r11
   574: 4c891c24                       movq %r11, (%rsp)
   578: 4c89642420                     movq %r12, 0x20(%rsp)
   57d: 4c8b542438                     movq 0x38(%rsp), %r10
   582: 4d89d4                         movq %r10, %r12
   585: b903000000                     movl $0x3, %ecx
   58a: 41b501                         movb $0x1, %r13b
   58d: 31d2                           xorl %edx, %edx
   58f: 488b7c2418                     movq 0x18(%rsp), %rdi
   594: 4c8b442410                     movq 0x10(%rsp), %r8
   599: e9b5feffff                     jmp -0x14b
   59e: 41b996000000                   movl $0x96, %r9d
   5a4: bd0f000000                     movl $0xf, %ebp
   5a9: 4531f6                         xorl %r14d, %r14d
   5ac: 4c8b5c2440                     movq 0x40(%rsp), %r11
   5b1: 4c891c24                       movq %r11, (%rsp)
   5b5: 4c8b542438                     movq 0x38(%rsp), %r10
   5ba: 4d89d4                         movq %r10, %r12
   5bd: b903000000                     movl $0x3, %ecx
   5c2: e976ffffff                     jmp -0x8a
