# stencil dot_product_float for x86_64-unknown-linux-gnu: 2261 code bytes, 0 data bytes, 21 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b742418                     movq 0x18(%r12), %rsi
     d: 4c8b4610                       movq 0x10(%rsi), %r8
    11: 4c8b7618                       movq 0x18(%rsi), %r14
    15: 4c8b6e20                       movq 0x20(%rsi), %r13
    19: 41b90a000000                   movl $0xa, %r9d
    1f: b801000000                     movl $0x1, %eax
    24: b901000000                     movl $0x1, %ecx
    29: 41f6c501                       testb $0x1, %r13b
    2d: 4c89442428                     movq %r8, 0x28(%rsp)
    32: 4c89742438                     movq %r14, 0x38(%rsp)
    37: 7541                           jne 0x41
    39: 41837d0804                     cmpl $0x4, 0x8(%r13)
    3e: 753a                           jne 0x3a
    40: 4c8b3e                         movq (%rsi), %r15
    43: 488b4608                       movq 0x8(%rsi), %rax
    47: 4889442430                     movq %rax, 0x30(%rsp)
    4c: 498b4540                       movq 0x40(%r13), %rax
    50: 498b6d30                       movq 0x30(%r13), %rbp
    54: 498b7538                       movq 0x38(%r13), %rsi
    58: 4885c0                         testq %rax, %rax
    5b: 0f8e90000000                   jle 0x90
    61: 4839f5                         cmpq %rsi, %rbp
    64: 0f8c90000000                   jl 0x90
    6a: 41b914000000                   movl $0x14, %r9d
    70: b802000000                     movl $0x2, %eax
    75: b902000000                     movl $0x2, %ecx
    7a: 31ed                           xorl %ebp, %ebp
    7c: 4c89f3                         movq %r14, %rbx
    7f: 4531db                         xorl %r11d, %r11d
    82: 4531c0                         xorl %r8d, %r8d
    85: 4531d2                         xorl %r10d, %r10d
    88: 41bd28000000                   movl $0x28, %r13d
    8e: 498b742418                     movq 0x18(%r12), %rsi
    93: 4989de                         movq %rbx, %r14
    96: 48897c2410                     movq %rdi, 0x10(%rsp)
    9b: 483b5c2438                     cmpq 0x38(%rsp), %rbx
    a0: 7404                           je 0x4
    a2: 48895e18                       movq %rbx, 0x18(%rsi)
    a6: 4084ed                         testb %bpl, %bpl
    a9: 7429                           je 0x29
    ab: 488b5c2428                     movq 0x28(%rsp), %rbx
    b0: 48895e28                       movq %rbx, 0x28(%rsi)
    b4: 4584db                         testb %r11b, %r11b
    b7: 751b                           jne 0x1b
    b9: 4c897e30                       movq %r15, 0x30(%rsi)
    bd: 4584c0                         testb %r8b, %r8b
    c0: 7412                           je 0x12
    c2: 4c8b442410                     movq 0x10(%rsp), %r8
    c7: 4c894638                       movq %r8, 0x38(%rsi)
    cb: 4584d2                         testb %r10b, %r10b
    ce: 7504                           jne 0x4
    d0: 4c897640                       movq %r14, 0x40(%rsi)
    d4: 4c01ee                         addq %r13, %rsi
    d7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xd9: R_X86_64_64 Abs64 index+0
    e1: 4901c0                         addq %rax, %r8
    e4: 4c89e7                         movq %r12, %rdi
    e7: 4883c440                       addq $0x40, %rsp
    eb: 5d                             popq %rbp
    ec: e900000000                     jmp 0x0
        # hole +0xed: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    f1: 4839f5                         cmpq %rsi, %rbp
    f4: 0f8e70ffffff                   jle -0x90
    fa: 4801e8                         addq %rbp, %rax
    fd: 49894530                       movq %rax, 0x30(%r13)
   101: 41f6c601                       testb $0x1, %r14b
   105: 7528                           jne 0x28
   107: 49ff0e                         decq (%r14)
   10a: 7523                           jne 0x23
   10c: 4c897c2418                     movq %r15, 0x18(%rsp)
   111: 4c89f7                         movq %r14, %rdi
   114: 4889d3                         movq %rdx, %rbx
   117: 4d89c7                         movq %r8, %r15
   11a: e800000000                     callq 0x0
        # hole +0x11b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   11f: 4d89f8                         movq %r15, %r8
   122: 4c8b7c2418                     movq 0x18(%rsp), %r15
   127: 4889da                         movq %rbx, %rdx
   12a: b901000000                     movl $0x1, %ecx
   12f: 41f6c001                       testb $0x1, %r8b
   133: 7503                           jne 0x3
   135: 49ff00                         incq (%r8)
   138: 488d1c6d01000000               leaq 0x1(,%rbp,2), %rbx
   140: 41b950000000                   movl $0x50, %r9d
   146: b808000000                     movl $0x8, %eax
   14b: 41f6c701                       testb $0x1, %r15b
   14f: 7546                           jne 0x46
   151: 49ff07                         incq (%r15)
   154: 41837f0803                     cmpl $0x3, 0x8(%r15)
   159: 753c                           jne 0x3c
   15b: 4801ed                         addq %rbp, %rbp
   15e: 48d1fd                         sarq %rbp
   161: 488b7c2430                     movq 0x30(%rsp), %rdi
   166: 782f                           js 0x2f
   168: 493b6f30                       cmpq 0x30(%r15), %rbp
   16c: 7d29                           jge 0x29
   16e: 498b4740                       movq 0x40(%r15), %rax
   172: 4c8b34e8                       movq (%rax,%rbp,8), %r14
   176: 41f6c601                       testb $0x1, %r14b
   17a: 7435                           je 0x35
   17c: 49ff0f                         decq (%r15)
   17f: 7438                           je 0x38
   181: 41b96e000000                   movl $0x6e, %r9d
   187: b80b000000                     movl $0xb, %eax
   18c: 40f6c701                       testb $0x1, %dil
   190: 745e                           je 0x5e
   192: e9c5040000                     jmp 0x4c5
   197: 4531db                         xorl %r11d, %r11d
   19a: 4889df                         movq %rbx, %rdi
   19d: 41b001                         movb $0x1, %r8b
   1a0: 41b201                         movb $0x1, %r10b
   1a3: 41bd40000000                   movl $0x40, %r13d
   1a9: 40b501                         movb $0x1, %bpl
   1ac: e9ddfeffff                     jmp -0x123
   1b1: 49ff06                         incq (%r14)
   1b4: 49ff0f                         decq (%r15)
   1b7: 75c8                           jne -0x38
   1b9: 4c89ff                         movq %r15, %rdi
   1bc: 4c89742418                     movq %r14, 0x18(%rsp)
   1c1: 4989d6                         movq %rdx, %r14
   1c4: e800000000                     callq 0x0
        # hole +0x1c5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1c9: 4c89f2                         movq %r14, %rdx
   1cc: 4c8b742418                     movq 0x18(%rsp), %r14
   1d1: 488b7c2430                     movq 0x30(%rsp), %rdi
   1d6: b901000000                     movl $0x1, %ecx
   1db: 41b96e000000                   movl $0x6e, %r9d
   1e1: b80b000000                     movl $0xb, %eax
   1e6: 40f6c701                       testb $0x1, %dil
   1ea: 0f856c040000                   jne 0x46c
   1f0: 48ff07                         incq (%rdi)
   1f3: 837f0803                       cmpl $0x3, 0x8(%rdi)
   1f7: 0f855f040000                   jne 0x45f
   1fd: 483b6f30                       cmpq 0x30(%rdi), %rbp
   201: 0f8d55040000                   jge 0x455
   207: 488b4740                       movq 0x40(%rdi), %rax
   20b: 488b34e8                       movq (%rax,%rbp,8), %rsi
   20f: 40f6c601                       testb $0x1, %sil
   213: 7503                           jne 0x3
   215: 48ff06                         incq (%rsi)
   218: 48ff0f                         decq (%rdi)
   21b: 7524                           jne 0x24
   21d: 4889742410                     movq %rsi, 0x10(%rsp)
   222: 4c89742418                     movq %r14, 0x18(%rsp)
   227: 4989d6                         movq %rdx, %r14
   22a: e800000000                     callq 0x0
        # hole +0x22b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   22f: 488b742410                     movq 0x10(%rsp), %rsi
   234: 4c89f2                         movq %r14, %rdx
   237: 4c8b742418                     movq 0x18(%rsp), %r14
   23c: b901000000                     movl $0x1, %ecx
   241: 41b978000000                   movl $0x78, %r9d
   247: b80c000000                     movl $0xc, %eax
   24c: 41f6c601                       testb $0x1, %r14b
   250: 40b501                         movb $0x1, %bpl
   253: 0f851d040000                   jne 0x41d
   259: 41837e0802                     cmpl $0x2, 0x8(%r14)
   25e: 0f8512040000                   jne 0x412
   264: 40f6c601                       testb $0x1, %sil
   268: 0f8508040000                   jne 0x408
   26e: 837e0802                       cmpl $0x2, 0x8(%rsi)
   272: 0f85fe030000                   jne 0x3fe
   278: 4c897c2418                     movq %r15, 0x18(%rsp)
   27d: 48891424                       movq %rdx, (%rsp)
   281: f2410f104630                   movsd 0x30(%r14), %xmm0
   287: f20f594630                     mulsd 0x30(%rsi), %xmm0
   28c: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   292: 49ff0e                         decq (%r14)
   295: 750e                           jne 0xe
   297: 4889f5                         movq %rsi, %rbp
   29a: 4c89f7                         movq %r14, %rdi
   29d: e800000000                     callq 0x0
        # hole +0x29e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2a2: 4889ee                         movq %rbp, %rsi
   2a5: 4889742410                     movq %rsi, 0x10(%rsp)
   2aa: 48ff0e                         decq (%rsi)
   2ad: 750a                           jne 0xa
   2af: 488b7c2410                     movq 0x10(%rsp), %rdi
   2b4: e800000000                     callq 0x0
        # hole +0x2b5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2b9: 488b3c24                       movq (%rsp), %rdi
   2bd: f20f10442408                   movsd 0x8(%rsp), %xmm0
   2c3: e800000000                     callq 0x0
        # hole +0x2c4: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2c8: 40b501                         movb $0x1, %bpl
   2cb: 4885c0                         testq %rax, %rax
   2ce: 0f8413040000                   je 0x413
   2d4: 4989c7                         movq %rax, %r15
   2d7: 41b98c000000                   movl $0x8c, %r9d
   2dd: b80e000000                     movl $0xe, %eax
   2e2: 488b7c2428                     movq 0x28(%rsp), %rdi
   2e7: 40f6c701                       testb $0x1, %dil
   2eb: b901000000                     movl $0x1, %ecx
   2f0: 488b1424                       movq (%rsp), %rdx
   2f4: 4c8b442410                     movq 0x10(%rsp), %r8
   2f9: 0f8591030000                   jne 0x391
   2ff: 4531db                         xorl %r11d, %r11d
   302: 837f0802                       cmpl $0x2, 0x8(%rdi)
   306: 0f8587030000                   jne 0x387
   30c: 4489fe                         movl %r15d, %esi
   30f: 83e601                         andl $0x1, %esi
   312: 0f857b030000                   jne 0x37b
   318: 41837f0802                     cmpl $0x2, 0x8(%r15)
   31d: 0f856d030000                   jne 0x36d
   323: f20f104730                     movsd 0x30(%rdi), %xmm0
   328: f2410f584730                   addsd 0x30(%r15), %xmm0
   32e: 48ff0f                         decq (%rdi)
   331: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   337: 750b                           jne 0xb
   339: e800000000                     callq 0x0
        # hole +0x33a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   33e: f20f10442420                   movsd 0x20(%rsp), %xmm0
   344: 49ff0f                         decq (%r15)
   347: 750e                           jne 0xe
   349: 4c89ff                         movq %r15, %rdi
   34c: e800000000                     callq 0x0
        # hole +0x34d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   351: f20f10442420                   movsd 0x20(%rsp), %xmm0
   357: 4c897c2408                     movq %r15, 0x8(%rsp)
   35c: 488b3c24                       movq (%rsp), %rdi
   360: e800000000                     callq 0x0
        # hole +0x361: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   365: 4885c0                         testq %rax, %rax
   368: 0f84fa030000                   je 0x3fa
   36e: 4989c7                         movq %rax, %r15
   371: 488b7c2428                     movq 0x28(%rsp), %rdi
   376: 48ff0f                         decq (%rdi)
   379: 7505                           jne 0x5
   37b: e800000000                     callq 0x0
        # hole +0x37c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   380: 488b1424                       movq (%rsp), %rdx
   384: 488b4208                       movq 0x8(%rdx), %rax
   388: 48ffc0                         incq %rax
   38b: 48894208                       movq %rax, 0x8(%rdx)
   38f: 483b4210                       cmpq 0x10(%rdx), %rax
   393: 0f8d4e040000                   jge 0x44e
   399: 41b9aa000000                   movl $0xaa, %r9d
   39f: b811000000                     movl $0x11, %eax
   3a4: b902000000                     movl $0x2, %ecx
   3a9: 48833a00                       cmpq $0x0, (%rdx)
   3ad: 0f85f4020000                   jne 0x2f4
   3b3: 41837d0804                     cmpl $0x4, 0x8(%r13)
   3b8: 0f85f0020000                   jne 0x2f0
   3be: 4989de                         movq %rbx, %r14
   3c1: 498b6d30                       movq 0x30(%r13), %rbp
   3c5: 498b4540                       movq 0x40(%r13), %rax
   3c9: 4885c0                         testq %rax, %rax
   3cc: 7e0b                           jle 0xb
   3ce: 493b6d38                       cmpq 0x38(%r13), %rbp
   3d2: 7c0f                           jl 0xf
   3d4: e9bd030000                     jmp 0x3bd
   3d9: 493b6d38                       cmpq 0x38(%r13), %rbp
   3dd: 0f8eb3030000                   jle 0x3b3
   3e3: 4801e8                         addq %rbp, %rax
   3e6: 49894530                       movq %rax, 0x30(%r13)
   3ea: 41f6c701                       testb $0x1, %r15b
   3ee: 7503                           jne 0x3
   3f0: 49ff07                         incq (%r15)
   3f3: 488d1c6d01000000               leaq 0x1(,%rbp,2), %rbx
   3fb: 488b4c2418                     movq 0x18(%rsp), %rcx
   400: 48ff01                         incq (%rcx)
   403: 41b950000000                   movl $0x50, %r9d
   409: b808000000                     movl $0x8, %eax
   40e: 83790803                       cmpl $0x3, 0x8(%rcx)
   412: 0f8593030000                   jne 0x393
   418: 4801ed                         addq %rbp, %rbp
   41b: 48d1fd                         sarq %rbp
   41e: 0f8887030000                   js 0x387
   424: 488b4c2418                     movq 0x18(%rsp), %rcx
   429: 483b6930                       cmpq 0x30(%rcx), %rbp
   42d: 0f8d44040000                   jge 0x444
   433: 488b4140                       movq 0x40(%rcx), %rax
   437: 4c8b34e8                       movq (%rax,%rbp,8), %r14
   43b: 41f6c601                       testb $0x1, %r14b
   43f: 7503                           jne 0x3
   441: 49ff06                         incq (%r14)
   444: 48ff09                         decq (%rcx)
   447: 750a                           jne 0xa
   449: 488b7c2418                     movq 0x18(%rsp), %rdi
   44e: e800000000                     callq 0x0
        # hole +0x44f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   453: 488b7c2430                     movq 0x30(%rsp), %rdi
   458: 48ff07                         incq (%rdi)
   45b: 41b96e000000                   movl $0x6e, %r9d
   461: b80b000000                     movl $0xb, %eax
   466: 837f0803                       cmpl $0x3, 0x8(%rdi)
   46a: 0f8548030000                   jne 0x348
   470: 483b6f30                       cmpq 0x30(%rdi), %rbp
   474: 0f8d3e030000                   jge 0x33e
   47a: 488b4740                       movq 0x40(%rdi), %rax
   47e: 488b04e8                       movq (%rax,%rbp,8), %rax
   482: a801                           testb $0x1, %al
   484: 7420                           je 0x20
   486: 4889442410                     movq %rax, 0x10(%rsp)
   48b: 48ff0f                         decq (%rdi)
   48e: 7423                           je 0x23
   490: 41b978000000                   movl $0x78, %r9d
   496: b80c000000                     movl $0xc, %eax
   49b: 41f6c601                       testb $0x1, %r14b
   49f: 742c                           je 0x2c
   4a1: e971020000                     jmp 0x271
   4a6: 48ff00                         incq (%rax)
   4a9: 4889442410                     movq %rax, 0x10(%rsp)
   4ae: 48ff0f                         decq (%rdi)
   4b1: 75dd                           jne -0x23
   4b3: e800000000                     callq 0x0
        # hole +0x4b4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4b8: 41b978000000                   movl $0x78, %r9d
   4be: b80c000000                     movl $0xc, %eax
   4c3: 41f6c601                       testb $0x1, %r14b
   4c7: 0f854a020000                   jne 0x24a
   4cd: 41837e0802                     cmpl $0x2, 0x8(%r14)
   4d2: 0f853f020000                   jne 0x23f
   4d8: 488b4c2410                     movq 0x10(%rsp), %rcx
   4dd: f6c101                         testb $0x1, %cl
   4e0: 0f8531020000                   jne 0x231
   4e6: 83790802                       cmpl $0x2, 0x8(%rcx)
   4ea: 0f8527020000                   jne 0x227
   4f0: f2410f104630                   movsd 0x30(%r14), %xmm0
   4f6: f20f594130                     mulsd 0x30(%rcx), %xmm0
   4fb: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   501: 49ff0e                         decq (%r14)
   504: 750d                           jne 0xd
   506: 4c89f7                         movq %r14, %rdi
   509: e800000000                     callq 0x0
        # hole +0x50a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   50e: 488b4c2410                     movq 0x10(%rsp), %rcx
   513: 48ff09                         decq (%rcx)
   516: 750a                           jne 0xa
   518: 488b7c2410                     movq 0x10(%rsp), %rdi
   51d: e800000000                     callq 0x0
        # hole +0x51e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   522: 488b3c24                       movq (%rsp), %rdi
   526: f20f10442408                   movsd 0x8(%rsp), %xmm0
   52c: e800000000                     callq 0x0
        # hole +0x52d: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   531: 4889442408                     movq %rax, 0x8(%rsp)
   536: 4885c0                         testq %rax, %rax
   539: 0f844a030000                   je 0x34a
   53f: 41b98c000000                   movl $0x8c, %r9d
   545: b80e000000                     movl $0xe, %eax
   54a: 41f6c701                       testb $0x1, %r15b
   54e: 0f85e1010000                   jne 0x1e1
   554: 4531db                         xorl %r11d, %r11d
   557: 41837f0802                     cmpl $0x2, 0x8(%r15)
   55c: 0f85d6010000                   jne 0x1d6
   562: 488b4c2408                     movq 0x8(%rsp), %rcx
   567: 83e101                         andl $0x1, %ecx
   56a: 0f85c8010000                   jne 0x1c8
   570: 488b4c2408                     movq 0x8(%rsp), %rcx
   575: 83790802                       cmpl $0x2, 0x8(%rcx)
   579: 0f85b6010000                   jne 0x1b6
   57f: f2410f104730                   movsd 0x30(%r15), %xmm0
   585: 488b442408                     movq 0x8(%rsp), %rax
   58a: f20f584030                     addsd 0x30(%rax), %xmm0
   58f: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   595: 49ff0f                         decq (%r15)
   598: 7508                           jne 0x8
   59a: 4c89ff                         movq %r15, %rdi
   59d: e800000000                     callq 0x0
        # hole +0x59e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5a2: 488b442408                     movq 0x8(%rsp), %rax
   5a7: 48ff08                         decq (%rax)
   5aa: 750a                           jne 0xa
   5ac: 488b7c2408                     movq 0x8(%rsp), %rdi
   5b1: e800000000                     callq 0x0
        # hole +0x5b2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5b6: 488b3c24                       movq (%rsp), %rdi
   5ba: f20f10442420                   movsd 0x20(%rsp), %xmm0
   5c0: e800000000                     callq 0x0
        # hole +0x5c1: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   5c5: 4889442420                     movq %rax, 0x20(%rsp)
   5ca: 4885c0                         testq %rax, %rax
   5cd: 0f84e2020000                   je 0x2e2
   5d3: 49ff0f                         decq (%r15)
   5d6: 7508                           jne 0x8
   5d8: 4c89ff                         movq %r15, %rdi
   5db: e800000000                     callq 0x0
        # hole +0x5dc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5e0: 488b0c24                       movq (%rsp), %rcx
   5e4: 488b4108                       movq 0x8(%rcx), %rax
   5e8: 48ffc0                         incq %rax
   5eb: 48894108                       movq %rax, 0x8(%rcx)
   5ef: 483b4110                       cmpq 0x10(%rcx), %rax
   5f3: 0f8de5010000                   jge 0x1e5
   5f9: 488b0424                       movq (%rsp), %rax
   5fd: 48833800                       cmpq $0x0, (%rax)
   601: 0f8535020000                   jne 0x235
   607: 41837d0804                     cmpl $0x4, 0x8(%r13)
   60c: 4989de                         movq %rbx, %r14
   60f: 4c8b7c2420                     movq 0x20(%rsp), %r15
   614: 0f84a7fdffff                   je -0x259
   61a: 4c8b7c2420                     movq 0x20(%rsp), %r15
   61f: 4989de                         movq %rbx, %r14
   622: b901000000                     movl $0x1, %ecx
   627: b801000000                     movl $0x1, %eax
   62c: 41b90a000000                   movl $0xa, %r9d
   632: 4531db                         xorl %r11d, %r11d
   635: 4531c0                         xorl %r8d, %r8d
   638: 4531d2                         xorl %r10d, %r10d
   63b: 488b1424                       movq (%rsp), %rdx
   63f: 31ed                           xorl %ebp, %ebp
   641: 41bd28000000                   movl $0x28, %r13d
   647: 498b742418                     movq 0x18(%r12), %rsi
   64c: 4c3b7c2428                     cmpq 0x28(%rsp), %r15
   651: 0f85c7010000                   jne 0x1c7
   657: e9c6010000                     jmp 0x1c6
   65c: 4531db                         xorl %r11d, %r11d
   65f: 4d89f7                         movq %r14, %r15
   662: 41b001                         movb $0x1, %r8b
   665: 4531d2                         xorl %r10d, %r10d
   668: 41bd48000000                   movl $0x48, %r13d
   66e: 40b501                         movb $0x1, %bpl
   671: e918faffff                     jmp -0x5e8
   676: 4531db                         xorl %r11d, %r11d
   679: 4d89f7                         movq %r14, %r15
   67c: 4889f7                         movq %rsi, %rdi
   67f: 41b001                         movb $0x1, %r8b
   682: 41b201                         movb $0x1, %r10b
   685: 41bd40000000                   movl $0x40, %r13d
   68b: e9fef9ffff                     jmp -0x602
   690: 4531db                         xorl %r11d, %r11d
   693: 4c89c7                         movq %r8, %rdi
   696: 4531c0                         xorl %r8d, %r8d
   699: 4531d2                         xorl %r10d, %r10d
   69c: 41bd38000000                   movl $0x38, %r13d
   6a2: e9e7f9ffff                     jmp -0x619
   6a7: 31ed                           xorl %ebp, %ebp
   6a9: 4989de                         movq %rbx, %r14
   6ac: eb15                           jmp 0x15
   6ae: 31ed                           xorl %ebp, %ebp
   6b0: 4989de                         movq %rbx, %r14
   6b3: b901000000                     movl $0x1, %ecx
   6b8: b801000000                     movl $0x1, %eax
   6bd: 41b90a000000                   movl $0xa, %r9d
   6c3: 4531db                         xorl %r11d, %r11d
   6c6: 4531c0                         xorl %r8d, %r8d
   6c9: 4531d2                         xorl %r10d, %r10d
   6cc: 41bd28000000                   movl $0x28, %r13d
   6d2: 498b742418                     movq 0x18(%r12), %rsi
   6d7: 4c3b7c2428                     cmpq 0x28(%rsp), %r15
   6dc: 0f853c010000                   jne 0x13c
   6e2: e93b010000                     jmp 0x13b
   6e7: 41bd30000000                   movl $0x30, %r13d
   6ed: 41b982000000                   movl $0x82, %r9d
   6f3: b80d000000                     movl $0xd, %eax
   6f8: 4531c0                         xorl %r8d, %r8d
   6fb: 4d89f7                         movq %r14, %r15
   6fe: 488b7c2410                     movq 0x10(%rsp), %rdi
   703: b903000000                     movl $0x3, %ecx
   708: 41b301                         movb $0x1, %r11b
   70b: 4531d2                         xorl %r10d, %r10d
   70e: 488b1424                       movq (%rsp), %rdx
   712: e977f9ffff                     jmp -0x689
   717: 4531db                         xorl %r11d, %r11d
   71a: 4c89742408                     movq %r14, 0x8(%rsp)
   71f: 4989de                         movq %rbx, %r14
   722: b901000000                     movl $0x1, %ecx
   727: 41b001                         movb $0x1, %r8b
   72a: 41b201                         movb $0x1, %r10b
   72d: 41bd40000000                   movl $0x40, %r13d
   733: eb17                           jmp 0x17
   735: 4531db                         xorl %r11d, %r11d
   738: 4989de                         movq %rbx, %r14
   73b: b901000000                     movl $0x1, %ecx
   740: 4531c0                         xorl %r8d, %r8d
   743: 4531d2                         xorl %r10d, %r10d
   746: 41bd38000000                   movl $0x38, %r13d
   74c: 488b1424                       movq (%rsp), %rdx
   750: 40b501                         movb $0x1, %bpl
   753: 498b742418                     movq 0x18(%r12), %rsi
   758: 4c3b7c2428                     cmpq 0x28(%rsp), %r15
   75d: 0f85bb000000                   jne 0xbb
   763: e9ba000000                     jmp 0xba
   768: 41b996000000                   movl $0x96, %r9d
   76e: b80f000000                     movl $0xf, %eax
   773: 31ed                           xorl %ebp, %ebp
   775: 4c8b7c2408                     movq 0x8(%rsp), %r15
   77a: 488b7c2410                     movq 0x10(%rsp), %rdi
   77f: b903000000                     movl $0x3, %ecx
   784: 4531db                         xorl %r11d, %r11d
   787: 4531c0                         xorl %r8d, %r8d
   78a: 4531d2                         xorl %r10d, %r10d
   78d: 488b1424                       movq (%rsp), %rdx
   791: e9f2f8ffff                     jmp -0x70e
   796: 41b914000000                   movl $0x14, %r9d
   79c: b802000000                     movl $0x2, %eax
   7a1: 31ed                           xorl %ebp, %ebp
   7a3: 4c89f3                         movq %r14, %rbx
   7a6: e9a6000000                     jmp 0xa6
   7ab: 4531db                         xorl %r11d, %r11d
   7ae: 488b4c2418                     movq 0x18(%rsp), %rcx
   7b3: e9c2000000                     jmp 0xc2
   7b8: 4531db                         xorl %r11d, %r11d
   7bb: 4c89742408                     movq %r14, 0x8(%rsp)
   7c0: 48897c2410                     movq %rdi, 0x10(%rsp)
   7c5: 4989de                         movq %rbx, %r14
   7c8: b901000000                     movl $0x1, %ecx
   7cd: 41b001                         movb $0x1, %r8b
   7d0: 4531d2                         xorl %r10d, %r10d
   7d3: 41bd48000000                   movl $0x48, %r13d
   7d9: e96effffff                     jmp -0x92
   7de: 4c8b7c2420                     movq 0x20(%rsp), %r15
   7e3: 488b1424                       movq (%rsp), %rdx
   7e7: 48c70201000000                 movq $0x1, (%rdx)
   7ee: 41bd28000000                   movl $0x28, %r13d
   7f4: 41b9aa000000                   movl $0xaa, %r9d
   7fa: b811000000                     movl $0x11, %eax
   7ff: b902000000                     movl $0x2, %ecx
   804: 31ed                           xorl %ebp, %ebp
   806: 4989de                         movq %rbx, %r14
   809: 4531db                         xorl %r11d, %r11d
   80c: 4531c0                         xorl %r8d, %r8d
   80f: 4531d2                         xorl %r10d, %r10d
   812: 498b742418                     movq 0x18(%r12), %rsi
   817: 4c3b7c2428                     cmpq 0x28(%rsp), %r15
   81c: 7404                           je 0x4
   81e: 4c897e10                       movq %r15, 0x10(%rsi)
   822: 4c897c2428                     movq %r15, 0x28(%rsp)
   827: 4c8b7c2408                     movq 0x8(%rsp), %r15
   82c: 483b5c2438                     cmpq 0x38(%rsp), %rbx
   831: 0f856bf8ffff                   jne -0x795
   837: e96af8ffff                     jmp -0x796
   83c: 31ed                           xorl %ebp, %ebp
   83e: 4c8b7c2420                     movq 0x20(%rsp), %r15
   843: 4989de                         movq %rbx, %r14
   846: b811000000                     movl $0x11, %eax
   84b: 41b9aa000000                   movl $0xaa, %r9d
   851: 4531db                         xorl %r11d, %r11d
   854: 4531c0                         xorl %r8d, %r8d
   857: 4531d2                         xorl %r10d, %r10d
   85a: b902000000                     movl $0x2, %ecx
   85f: 488b1424                       movq (%rsp), %rdx
   863: 41bd28000000                   movl $0x28, %r13d
   869: 498b742418                     movq 0x18(%r12), %rsi
   86e: 4c3b7c2428                     cmpq 0x28(%rsp), %r15
   873: 75a9                           jne -0x57
   875: ebab                           jmp -0x55
   877: 4531db                         xorl %r11d, %r11d
   87a: 48894c2408                     movq %rcx, 0x8(%rsp)
   87f: 48895c2410                     movq %rbx, 0x10(%rsp)
   884: e999feffff                     jmp -0x167
   889: 41bd30000000                   movl $0x30, %r13d
   88f: 41b982000000                   movl $0x82, %r9d
   895: b80d000000                     movl $0xd, %eax
   89a: 4531c0                         xorl %r8d, %r8d
   89d: 4c89742408                     movq %r14, 0x8(%rsp)
   8a2: 4989de                         movq %rbx, %r14
   8a5: b903000000                     movl $0x3, %ecx
   8aa: 41b301                         movb $0x1, %r11b
   8ad: 4531d2                         xorl %r10d, %r10d
   8b0: e997feffff                     jmp -0x169
   8b5: 41b996000000                   movl $0x96, %r9d
   8bb: b80f000000                     movl $0xf, %eax
   8c0: 31ed                           xorl %ebp, %ebp
   8c2: 4989de                         movq %rbx, %r14
   8c5: b903000000                     movl $0x3, %ecx
   8ca: 4531db                         xorl %r11d, %r11d
   8cd: 4531c0                         xorl %r8d, %r8d
   8d0: 4531d2                         xorl %r10d, %r10d
   8d3: eb8a                           jmp -0x76
