# stencil attr_loop for x86_64-unknown-linux-gnu: 1917 code bytes, 0 data bytes, 11 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b542418                     movq 0x18(%r12), %rdx
     a: 488b5a18                       movq 0x18(%rdx), %rbx
     e: be20000000                     movl $0x20, %esi
    13: 41b90a000000                   movl $0xa, %r9d
    19: bd01000000                     movl $0x1, %ebp
    1e: b901000000                     movl $0x1, %ecx
    23: f6c301                         testb $0x1, %bl
    26: 0f853a020000                   jne 0x23a
    2c: 837b0804                       cmpl $0x4, 0x8(%rbx)
    30: 0f8530020000                   jne 0x230
    36: 4c8b3a                         movq (%rdx), %r15
    39: 488b7a08                       movq 0x8(%rdx), %rdi
    3d: 4c8b5a10                       movq 0x10(%rdx), %r11
    41: 488b4340                       movq 0x40(%rbx), %rax
    45: 488b6b30                       movq 0x30(%rbx), %rbp
    49: 488b4b38                       movq 0x38(%rbx), %rcx
    4d: 4885c0                         testq %rax, %rax
    50: 7e1a                           jle 0x1a
    52: 4839cd                         cmpq %rcx, %rbp
    55: 7c1a                           jl 0x1a
    57: 41b914000000                   movl $0x14, %r9d
    5d: bd02000000                     movl $0x2, %ebp
    62: b902000000                     movl $0x2, %ecx
    67: e9fa010000                     jmp 0x1fa
    6c: 4839cd                         cmpq %rcx, %rbp
    6f: 7ee6                           jle -0x1a
    71: 4801e8                         addq %rbp, %rax
    74: 48894330                       movq %rax, 0x30(%rbx)
    78: 40f6c701                       testb $0x1, %dil
    7c: 7526                           jne 0x26
    7e: 48ff0f                         decq (%rdi)
    81: 7521                           jne 0x21
    83: 4989fd                         movq %rdi, %r13
    86: 4c89742408                     movq %r14, 0x8(%rsp)
    8b: 4d89fe                         movq %r15, %r14
    8e: 4d89df                         movq %r11, %r15
    91: e800000000                     callq 0x0
        # hole +0x92: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    96: 4d89fb                         movq %r15, %r11
    99: 4d89f7                         movq %r14, %r15
    9c: 4c8b742408                     movq 0x8(%rsp), %r14
    a1: 4c89ef                         movq %r13, %rdi
    a4: 4c8d2c6d01000000               leaq 0x1(,%rbp,2), %r13
    ac: 41f6c701                       testb $0x1, %r15b
    b0: 756b                           jne 0x6b
    b2: 49ff07                         incq (%r15)
    b5: be28000000                     movl $0x28, %esi
    ba: b001                           movb $0x1, %al
    bc: 41b93c000000                   movl $0x3c, %r9d
    c2: bd06000000                     movl $0x6, %ebp
    c7: 41837f0807                     cmpl $0x7, 0x8(%r15)
    cc: 756d                           jne 0x6d
    ce: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0xd0: R_X86_64_64 Abs64 operand0[6]+0
    d8: 498b5730                       movq 0x30(%r15), %rdx
    dc: 48394a30                       cmpq %rcx, 0x30(%rdx)
    e0: 7559                           jne 0x59
    e2: 498b07                         movq (%r15), %rax
    e5: 48ffc0                         incq %rax
    e8: 498907                         movq %rax, (%r15)
    eb: be30000000                     movl $0x30, %esi
    f0: 49837f3800                     cmpq $0x0, 0x38(%r15)
    f5: 0f847c050000                   je 0x57c
    fb: 498b5740                       movq 0x40(%r15), %rdx
    ff: f6c201                         testb $0x1, %dl
   102: 7549                           jne 0x49
   104: 48ff02                         incq (%rdx)
   107: 498b07                         movq (%r15), %rax
   10a: 48ffc8                         decq %rax
   10d: 498907                         movq %rax, (%r15)
   110: 7443                           je 0x43
   112: 41f6c301                       testb $0x1, %r11b
   116: 747e                           je 0x7e
   118: e9fd000000                     jmp 0xfd
   11d: be28000000                     movl $0x28, %esi
   122: b001                           movb $0x1, %al
   124: 41b93c000000                   movl $0x3c, %r9d
   12a: bd06000000                     movl $0x6, %ebp
   12f: b901000000                     movl $0x1, %ecx
   134: 31db                           xorl %ebx, %ebx
   136: 4d89fa                         movq %r15, %r10
   139: eb0a                           jmp 0xa
   13b: 31db                           xorl %ebx, %ebx
   13d: 4d89fa                         movq %r15, %r10
   140: b901000000                     movl $0x1, %ecx
   145: 4531db                         xorl %r11d, %r11d
   148: e9f2000000                     jmp 0xf2
   14d: 48ffc8                         decq %rax
   150: 498907                         movq %rax, (%r15)
   153: 75bd                           jne -0x43
   155: 4c896c2408                     movq %r13, 0x8(%rsp)
   15a: 48897c2410                     movq %rdi, 0x10(%rsp)
   15f: 4c89ff                         movq %r15, %rdi
   162: 4c895c2420                     movq %r11, 0x20(%rsp)
   167: 4989d5                         movq %rdx, %r13
   16a: e800000000                     callq 0x0
        # hole +0x16b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   16f: 4c89ea                         movq %r13, %rdx
   172: 4c8b5c2420                     movq 0x20(%rsp), %r11
   177: 488b7c2410                     movq 0x10(%rsp), %rdi
   17c: 4c8b6c2408                     movq 0x8(%rsp), %r13
   181: be30000000                     movl $0x30, %esi
   186: 41b93c000000                   movl $0x3c, %r9d
   18c: 41f6c301                       testb $0x1, %r11b
   190: 0f8584000000                   jne 0x84
   196: 498b03                         movq (%r11), %rax
   199: 488d4801                       leaq 0x1(%rax), %rcx
   19d: 49890b                         movq %rcx, (%r11)
   1a0: 41837b0807                     cmpl $0x7, 0x8(%r11)
   1a5: 7573                           jne 0x73
   1a7: 498b4b30                       movq 0x30(%r11), %rcx
   1ab: 4883793003                     cmpq $0x3, 0x30(%rcx)
   1b0: 7568                           jne 0x68
   1b2: 49837b3800                     cmpq $0x0, 0x38(%r11)
   1b7: 0f844b050000                   je 0x54b
   1bd: 4d8b4340                       movq 0x40(%r11), %r8
   1c1: 41f6c001                       testb $0x1, %r8b
   1c5: 0f85bb000000                   jne 0xbb
   1cb: 49ff00                         incq (%r8)
   1ce: 49ff0b                         decq (%r11)
   1d1: 0f85b2000000                   jne 0xb2
   1d7: 4c896c2408                     movq %r13, 0x8(%rsp)
   1dc: 48897c2410                     movq %rdi, 0x10(%rsp)
   1e1: 4c89df                         movq %r11, %rdi
   1e4: 4c89442418                     movq %r8, 0x18(%rsp)
   1e9: 4d89dd                         movq %r11, %r13
   1ec: 4889542428                     movq %rdx, 0x28(%rsp)
   1f1: e800000000                     callq 0x0
        # hole +0x1f2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1f6: 488b542428                     movq 0x28(%rsp), %rdx
   1fb: 4d89eb                         movq %r13, %r11
   1fe: 4c8b442418                     movq 0x18(%rsp), %r8
   203: 488b7c2410                     movq 0x10(%rsp), %rdi
   208: 4c8b6c2408                     movq 0x8(%rsp), %r13
   20d: be30000000                     movl $0x30, %esi
   212: 41b93c000000                   movl $0x3c, %r9d
   218: eb6f                           jmp 0x6f
   21a: 31db                           xorl %ebx, %ebx
   21c: 4d89fa                         movq %r15, %r10
   21f: 4989d7                         movq %rdx, %r15
   222: 4d89d8                         movq %r11, %r8
   225: b901000000                     movl $0x1, %ecx
   22a: bd0a000000                     movl $0xa, %ebp
   22f: 41b964000000                   movl $0x64, %r9d
   235: 31c0                           xorl %eax, %eax
   237: be38000000                     movl $0x38, %esi
   23c: 41b301                         movb $0x1, %r11b
   23f: 498b542418                     movq 0x18(%r12), %rdx
   244: 4939fd                         cmpq %rdi, %r13
   247: 7404                           je 0x4
   249: 4c896a08                       movq %r13, 0x8(%rdx)
   24d: 84db                           testb %bl, %bl
   24f: 7515                           jne 0x15
   251: 4c895220                       movq %r10, 0x20(%rdx)
   255: 84c0                           testb %al, %al
   257: 750d                           jne 0xd
   259: 4c897a28                       movq %r15, 0x28(%rdx)
   25d: 4584db                         testb %r11b, %r11b
   260: 7404                           je 0x4
   262: 4c894230                       movq %r8, 0x30(%rdx)
   266: 4801d6                         addq %rdx, %rsi
   269: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x26b: R_X86_64_64 Abs64 index+0
   273: 4901e8                         addq %rbp, %r8
   276: 4c89e7                         movq %r12, %rdi
   279: 4c89f2                         movq %r14, %rdx
   27c: 4883c430                       addq $0x30, %rsp
   280: 5d                             popq %rbp
   281: e900000000                     jmp 0x0
        # hole +0x282: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   286: 498903                         movq %rax, (%r11)
   289: f6c201                         testb $0x1, %dl
   28c: 0f84be020000                   je 0x2be
   292: 41f6c001                       testb $0x1, %r8b
   296: 0f84b4020000                   je 0x2b4
   29c: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   2a6: 4889d1                         movq %rdx, %rcx
   2a9: 48d1f9                         sarq %rcx
   2ac: 4c89c0                         movq %r8, %rax
   2af: 48d1f8                         sarq %rax
   2b2: 4801c8                         addq %rcx, %rax
   2b5: 4889c1                         movq %rax, %rcx
   2b8: 4c01d1                         addq %r10, %rcx
   2bb: 0f8967040000                   jns 0x467
   2c1: 4c896c2408                     movq %r13, 0x8(%rsp)
   2c6: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
   2ce: 41837f0807                     cmpl $0x7, 0x8(%r15)
   2d3: 0f8583040000                   jne 0x483
   2d9: 48897c2410                     movq %rdi, 0x10(%rsp)
   2de: 49837f3802                     cmpq $0x2, 0x38(%r15)
   2e3: 0f825c040000                   jb 0x45c
   2e9: 498b7f48                       movq 0x48(%r15), %rdi
   2ed: 4d895748                       movq %r10, 0x48(%r15)
   2f1: 40f6c701                       testb $0x1, %dil
   2f5: 752a                           jne 0x2a
   2f7: 48ff0f                         decq (%rdi)
   2fa: 7525                           jne 0x25
   2fc: 4d89c5                         movq %r8, %r13
   2ff: 4c89542418                     movq %r10, 0x18(%rsp)
   304: 4c895c2420                     movq %r11, 0x20(%rsp)
   309: e800000000                     callq 0x0
        # hole +0x30a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   30e: 4c8b5c2420                     movq 0x20(%rsp), %r11
   313: 4c8b542418                     movq 0x18(%rsp), %r10
   318: 4d89e8                         movq %r13, %r8
   31b: 41b93c000000                   movl $0x3c, %r9d
   321: 49ff0f                         decq (%r15)
   324: 7528                           jne 0x28
   326: 4c89ff                         movq %r15, %rdi
   329: 4d89c5                         movq %r8, %r13
   32c: 4c89542418                     movq %r10, 0x18(%rsp)
   331: 4c895c2420                     movq %r11, 0x20(%rsp)
   336: e800000000                     callq 0x0
        # hole +0x337: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   33b: 4c8b5c2420                     movq 0x20(%rsp), %r11
   340: 4c8b542418                     movq 0x18(%rsp), %r10
   345: 4d89e8                         movq %r13, %r8
   348: 41b93c000000                   movl $0x3c, %r9d
   34e: 498b4608                       movq 0x8(%r14), %rax
   352: 48ffc0                         incq %rax
   355: 49894608                       movq %rax, 0x8(%r14)
   359: 493b4610                       cmpq 0x10(%r14), %rax
   35d: 0f8d0a020000                   jge 0x20a
   363: be20000000                     movl $0x20, %esi
   368: b902000000                     movl $0x2, %ecx
   36d: 49833e00                       cmpq $0x0, (%r14)
   371: 488b7c2410                     movq 0x10(%rsp), %rdi
   376: 0f8523020000                   jne 0x223
   37c: 837b0804                       cmpl $0x4, 0x8(%rbx)
   380: 0f8528020000                   jne 0x228
   386: 4c895c2420                     movq %r11, 0x20(%rsp)
   38b: 488b5340                       movq 0x40(%rbx), %rdx
   38f: 488b4330                       movq 0x30(%rbx), %rax
   393: 488b7b38                       movq 0x38(%rbx), %rdi
   397: 4885d2                         testq %rdx, %rdx
   39a: 7e0a                           jle 0xa
   39c: 4839f8                         cmpq %rdi, %rax
   39f: 7c0e                           jl 0xe
   3a1: e943020000                     jmp 0x243
   3a6: 4839f8                         cmpq %rdi, %rax
   3a9: 0f8e3a020000                   jle 0x23a
   3af: 4801c2                         addq %rax, %rdx
   3b2: 48895330                       movq %rdx, 0x30(%rbx)
   3b6: 49ff07                         incq (%r15)
   3b9: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3c1: 4889442408                     movq %rax, 0x8(%rsp)
   3c6: b001                           movb $0x1, %al
   3c8: 41837f0807                     cmpl $0x7, 0x8(%r15)
   3cd: 0f852d020000                   jne 0x22d
   3d3: 48ba0000000000000000           movabsq $0x0, %rdx
        # hole +0x3d5: R_X86_64_64 Abs64 operand0[6]+0
   3dd: 498b7f30                       movq 0x30(%r15), %rdi
   3e1: 48395730                       cmpq %rdx, 0x30(%rdi)
   3e5: 0f8515020000                   jne 0x215
   3eb: 498b17                         movq (%r15), %rdx
   3ee: 48ffc2                         incq %rdx
   3f1: 498917                         movq %rdx, (%r15)
   3f4: 49837f3800                     cmpq $0x0, 0x38(%r15)
   3f9: 0f8494020000                   je 0x294
   3ff: 498b4740                       movq 0x40(%r15), %rax
   403: a801                           testb $0x1, %al
   405: 7506                           jne 0x6
   407: 48ff00                         incq (%rax)
   40a: 498b17                         movq (%r15), %rdx
   40d: 48ffca                         decq %rdx
   410: 498917                         movq %rdx, (%r15)
   413: 498b13                         movq (%r11), %rdx
   416: 48ffc2                         incq %rdx
   419: 498913                         movq %rdx, (%r11)
   41c: 41837b0807                     cmpl $0x7, 0x8(%r11)
   421: 0f85f0010000                   jne 0x1f0
   427: 498b7b30                       movq 0x30(%r11), %rdi
   42b: 48837f3003                     cmpq $0x3, 0x30(%rdi)
   430: 0f85e1010000                   jne 0x1e1
   436: 49837b3800                     cmpq $0x0, 0x38(%r11)
   43b: 0f8469020000                   je 0x269
   441: 4d8b4340                       movq 0x40(%r11), %r8
   445: 41f6c001                       testb $0x1, %r8b
   449: 7506                           jne 0x6
   44b: 49ff00                         incq (%r8)
   44e: 498b13                         movq (%r11), %rdx
   451: 48ffca                         decq %rdx
   454: 498913                         movq %rdx, (%r11)
   457: a801                           testb $0x1, %al
   459: 0f8470010000                   je 0x170
   45f: 41f6c001                       testb $0x1, %r8b
   463: 0f8466010000                   je 0x166
   469: 4889c7                         movq %rax, %rdi
   46c: 48d1ff                         sarq %rdi
   46f: 4c89c2                         movq %r8, %rdx
   472: 48d1fa                         sarq %rdx
   475: 4801fa                         addq %rdi, %rdx
   478: 4889d7                         movq %rdx, %rdi
   47b: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   485: 4c01d7                         addq %r10, %rdi
   488: 0f893c020000                   jns 0x23c
   48e: 4c8d145501000000               leaq 0x1(,%rdx,2), %r10
   496: 49837f3802                     cmpq $0x2, 0x38(%r15)
   49b: 0f8246020000                   jb 0x246
   4a1: 498b7f48                       movq 0x48(%r15), %rdi
   4a5: 4d895748                       movq %r10, 0x48(%r15)
   4a9: 40f6c701                       testb $0x1, %dil
   4ad: 752f                           jne 0x2f
   4af: 48ff0f                         decq (%rdi)
   4b2: 752a                           jne 0x2a
   4b4: 4d89c5                         movq %r8, %r13
   4b7: 4c89542418                     movq %r10, 0x18(%rsp)
   4bc: e800000000                     callq 0x0
        # hole +0x4bd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4c1: 4c8b5c2420                     movq 0x20(%rsp), %r11
   4c6: 4c8b542418                     movq 0x18(%rsp), %r10
   4cb: 4d89e8                         movq %r13, %r8
   4ce: b902000000                     movl $0x2, %ecx
   4d3: be20000000                     movl $0x20, %esi
   4d8: 41b93c000000                   movl $0x3c, %r9d
   4de: 49ff0f                         decq (%r15)
   4e1: 752d                           jne 0x2d
   4e3: 4c89ff                         movq %r15, %rdi
   4e6: 4d89c5                         movq %r8, %r13
   4e9: 4c89542418                     movq %r10, 0x18(%rsp)
   4ee: e800000000                     callq 0x0
        # hole +0x4ef: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4f3: 4c8b5c2420                     movq 0x20(%rsp), %r11
   4f8: 4c8b542418                     movq 0x18(%rsp), %r10
   4fd: 4d89e8                         movq %r13, %r8
   500: b902000000                     movl $0x2, %ecx
   505: be20000000                     movl $0x20, %esi
   50a: 41b93c000000                   movl $0x3c, %r9d
   510: 498b4608                       movq 0x8(%r14), %rax
   514: 48ffc0                         incq %rax
   517: 49894608                       movq %rax, 0x8(%r14)
   51b: 493b4610                       cmpq 0x10(%r14), %rax
   51f: 0f8d23010000                   jge 0x123
   525: 49833e00                       cmpq $0x0, (%r14)
   529: 0f8534010000                   jne 0x134
   52f: 31c0                           xorl %eax, %eax
   531: 837b0804                       cmpl $0x4, 0x8(%rbx)
   535: 0f8450feffff                   je -0x1b0
   53b: b901000000                     movl $0x1, %ecx
   540: bd01000000                     movl $0x1, %ebp
   545: 41b90a000000                   movl $0xa, %r9d
   54b: e920010000                     jmp 0x120
   550: 31db                           xorl %ebx, %ebx
   552: 4d89fa                         movq %r15, %r10
   555: 4989d7                         movq %rdx, %r15
   558: b901000000                     movl $0x1, %ecx
   55d: bd0c000000                     movl $0xc, %ebp
   562: 41b978000000                   movl $0x78, %r9d
   568: e9c8fcffff                     jmp -0x338
   56d: 49c70601000000                 movq $0x1, (%r14)
   574: be20000000                     movl $0x20, %esi
   579: b301                           movb $0x1, %bl
   57b: 41b9a0000000                   movl $0xa0, %r9d
   581: bd10000000                     movl $0x10, %ebp
   586: b902000000                     movl $0x2, %ecx
   58b: 31c0                           xorl %eax, %eax
   58d: 4531db                         xorl %r11d, %r11d
   590: 488b7c2410                     movq 0x10(%rsp), %rdi
   595: 4c8b6c2408                     movq 0x8(%rsp), %r13
   59a: e9a0fcffff                     jmp -0x360
   59f: 31c0                           xorl %eax, %eax
   5a1: bd10000000                     movl $0x10, %ebp
   5a6: 41b9a0000000                   movl $0xa0, %r9d
   5ac: eb12                           jmp 0x12
   5ae: 41b90a000000                   movl $0xa, %r9d
   5b4: 31c0                           xorl %eax, %eax
   5b6: b901000000                     movl $0x1, %ecx
   5bb: bd01000000                     movl $0x1, %ebp
   5c0: 4531db                         xorl %r11d, %r11d
   5c3: 4c8b6c2408                     movq 0x8(%rsp), %r13
   5c8: b301                           movb $0x1, %bl
   5ca: e970fcffff                     jmp -0x390
   5cf: 31db                           xorl %ebx, %ebx
   5d1: 4d89fa                         movq %r15, %r10
   5d4: 4989c7                         movq %rax, %r15
   5d7: b901000000                     movl $0x1, %ecx
   5dc: bd0c000000                     movl $0xc, %ebp
   5e1: 41b978000000                   movl $0x78, %r9d
   5e7: eb49                           jmp 0x49
   5e9: 41b914000000                   movl $0x14, %r9d
   5ef: bd02000000                     movl $0x2, %ebp
   5f4: 31c0                           xorl %eax, %eax
   5f6: 4531db                         xorl %r11d, %r11d
   5f9: 488b7c2410                     movq 0x10(%rsp), %rdi
   5fe: ebc3                           jmp -0x3d
   600: 31db                           xorl %ebx, %ebx
   602: 4d89fa                         movq %r15, %r10
   605: b901000000                     movl $0x1, %ecx
   60a: 4531db                         xorl %r11d, %r11d
   60d: be28000000                     movl $0x28, %esi
   612: e979ffffff                     jmp -0x87
   617: 31db                           xorl %ebx, %ebx
   619: 4d89fa                         movq %r15, %r10
   61c: 4989c7                         movq %rax, %r15
   61f: 4d89d8                         movq %r11, %r8
   622: b901000000                     movl $0x1, %ecx
   627: bd0a000000                     movl $0xa, %ebp
   62c: 41b964000000                   movl $0x64, %r9d
   632: 31c0                           xorl %eax, %eax
   634: be38000000                     movl $0x38, %esi
   639: 488b7c2410                     movq 0x10(%rsp), %rdi
   63e: 4c8b6c2408                     movq 0x8(%rsp), %r13
   643: e9f4fbffff                     jmp -0x40c
   648: 49c70601000000                 movq $0x1, (%r14)
   64f: b301                           movb $0x1, %bl
   651: 31c0                           xorl %eax, %eax
   653: bd10000000                     movl $0x10, %ebp
   658: 41b9a0000000                   movl $0xa0, %r9d
   65e: e92affffff                     jmp -0xd6
   663: 31c0                           xorl %eax, %eax
   665: bd10000000                     movl $0x10, %ebp
   66a: 41b9a0000000                   movl $0xa0, %r9d
   670: b301                           movb $0x1, %bl
   672: e916ffffff                     jmp -0xea
   677: 31db                           xorl %ebx, %ebx
   679: 4d89fa                         movq %r15, %r10
   67c: b901000000                     movl $0x1, %ecx
   681: bd08000000                     movl $0x8, %ebp
   686: 41b950000000                   movl $0x50, %r9d
   68c: 31c0                           xorl %eax, %eax
   68e: e9b2faffff                     jmp -0x54e
   693: 31db                           xorl %ebx, %ebx
   695: 4d89fa                         movq %r15, %r10
   698: b901000000                     movl $0x1, %ecx
   69d: bd08000000                     movl $0x8, %ebp
   6a2: 41b950000000                   movl $0x50, %r9d
   6a8: eb4f                           jmp 0x4f
   6aa: 31db                           xorl %ebx, %ebx
   6ac: 4d89fa                         movq %r15, %r10
   6af: 4989c7                         movq %rax, %r15
   6b2: 4d89d8                         movq %r11, %r8
   6b5: b901000000                     movl $0x1, %ecx
   6ba: bd0b000000                     movl $0xb, %ebp
   6bf: 41b96e000000                   movl $0x6e, %r9d
   6c5: e968ffffff                     jmp -0x98
   6ca: 31db                           xorl %ebx, %ebx
   6cc: 4d89fa                         movq %r15, %r10
   6cf: 4989c7                         movq %rax, %r15
   6d2: b901000000                     movl $0x1, %ecx
   6d7: bd0d000000                     movl $0xd, %ebp
   6dc: 41b982000000                   movl $0x82, %r9d
   6e2: e94bffffff                     jmp -0xb5
   6e7: 31db                           xorl %ebx, %ebx
   6e9: b901000000                     movl $0x1, %ecx
   6ee: bd0f000000                     movl $0xf, %ebp
   6f3: 41b996000000                   movl $0x96, %r9d
   6f9: 31c0                           xorl %eax, %eax
   6fb: 4531db                         xorl %r11d, %r11d
   6fe: be30000000                     movl $0x30, %esi
   703: e988feffff                     jmp -0x178
   708: 31db                           xorl %ebx, %ebx
   70a: 4d89fa                         movq %r15, %r10
   70d: 4989d7                         movq %rdx, %r15
   710: 4d89d8                         movq %r11, %r8
   713: b901000000                     movl $0x1, %ecx
   718: bd0b000000                     movl $0xb, %ebp
   71d: 41b96e000000                   movl $0x6e, %r9d
   723: e90dfbffff                     jmp -0x4f3
   728: 31db                           xorl %ebx, %ebx
   72a: 4d89fa                         movq %r15, %r10
   72d: 4989d7                         movq %rdx, %r15
   730: b901000000                     movl $0x1, %ecx
   735: bd0d000000                     movl $0xd, %ebp
   73a: 41b982000000                   movl $0x82, %r9d
   740: e9f0faffff                     jmp -0x510
   745: 31db                           xorl %ebx, %ebx
   747: b901000000                     movl $0x1, %ecx
   74c: bd0f000000                     movl $0xf, %ebp
   751: 41b996000000                   movl $0x96, %r9d
   757: e92ffeffff                     jmp -0x1d1
   75c: 31db                           xorl %ebx, %ebx
   75e: b901000000                     movl $0x1, %ecx
   763: bd0f000000                     movl $0xf, %ebp
   768: 41b996000000                   movl $0x96, %r9d
   76e: 31c0                           xorl %eax, %eax
   770: 4531db                         xorl %r11d, %r11d
   773: 4c8b6c2408                     movq 0x8(%rsp), %r13
   778: e9c2faffff                     jmp -0x53e
