# stencil attr_loop for x86_64-apple-darwin: 1901 code bytes, 16 data bytes, 15 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b6818                       movq 0x18(%rax), %r13
     e: 41b90a000000                   movl $0xa, %r9d
    14: bd01000000                     movl $0x1, %ebp
    19: b901000000                     movl $0x1, %ecx
    1e: 41f6c501                       testb $0x1, %r13b
    22: 7538                           jne 0x38
    24: 41837d0804                     cmpl $0x4, 0x8(%r13)
    29: 7531                           jne 0x31
    2b: 4c8b38                         movq (%rax), %r15
    2e: 4c8b4008                       movq 0x8(%rax), %r8
    32: 488b7810                       movq 0x10(%rax), %rdi
    36: 498b4540                       movq 0x40(%r13), %rax
    3a: 498b5d30                       movq 0x30(%r13), %rbx
    3e: 498b4d38                       movq 0x38(%r13), %rcx
    42: 4885c0                         testq %rax, %rax
    45: 7e3c                           jle 0x3c
    47: 4839cb                         cmpq %rcx, %rbx
    4a: 7c3c                           jl 0x3c
    4c: 41b914000000                   movl $0x14, %r9d
    52: bd02000000                     movl $0x2, %ebp
    57: b902000000                     movl $0x2, %ecx
    5c: 498b7c2418                     movq 0x18(%r12), %rdi
    61: be20000000                     movl $0x20, %esi
    66: 4801fe                         addq %rdi, %rsi
    69: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6c: X86_64_RELOC_GOT_LOAD Rel32 data+4
    70: 4901e8                         addq %rbp, %r8
    73: 4c89e7                         movq %r12, %rdi
    76: 4c89f2                         movq %r14, %rdx
    79: 4883c430                       addq $0x30, %rsp
    7d: 5d                             popq %rbp
    7e: e900000000                     jmp 0x0
        # hole +0x7f: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    83: 4839cb                         cmpq %rcx, %rbx
    86: 7ec4                           jle -0x3c
    88: 4801d8                         addq %rbx, %rax
    8b: 49894530                       movq %rax, 0x30(%r13)
    8f: 41f6c001                       testb $0x1, %r8b
    93: 48897c2408                     movq %rdi, 0x8(%rsp)
    98: 7518                           jne 0x18
    9a: 49ff08                         decq (%r8)
    9d: 7513                           jne 0x13
    9f: 4c89c7                         movq %r8, %rdi
    a2: 4c89c5                         movq %r8, %rbp
    a5: e800000000                     callq 0x0
        # hole +0xa6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    aa: 488b7c2408                     movq 0x8(%rsp), %rdi
    af: 4989e8                         movq %rbp, %r8
    b2: 4c8d145d01000000               leaq 0x1(,%rbx,2), %r10
    ba: 41f6c701                       testb $0x1, %r15b
    be: 756c                           jne 0x6c
    c0: 49ff07                         incq (%r15)
    c3: be28000000                     movl $0x28, %esi
    c8: 41b301                         movb $0x1, %r11b
    cb: 41b93c000000                   movl $0x3c, %r9d
    d1: bd06000000                     movl $0x6, %ebp
    d6: b901000000                     movl $0x1, %ecx
    db: 41837f0807                     cmpl $0x7, 0x8(%r15)
    e0: 7562                           jne 0x62
    e2: 488b0500000000                 movq (%rip), %rax
        # hole +0xe5: X86_64_RELOC_GOT_LOAD Rel32 data-4
    e9: 498b5730                       movq 0x30(%r15), %rdx
    ed: 48394230                       cmpq %rax, 0x30(%rdx)
    f1: 7551                           jne 0x51
    f3: 498b07                         movq (%r15), %rax
    f6: 48ffc0                         incq %rax
    f9: 498907                         movq %rax, (%r15)
    fc: 49837f3800                     cmpq $0x0, 0x38(%r15)
   101: 0f84e5050000                   je 0x5e5
   107: 498b5740                       movq 0x40(%r15), %rdx
   10b: f6c201                         testb $0x1, %dl
   10e: 7540                           jne 0x40
   110: 48ff02                         incq (%rdx)
   113: 498b07                         movq (%r15), %rax
   116: 48ffc8                         decq %rax
   119: 498907                         movq %rax, (%r15)
   11c: 743a                           je 0x3a
   11e: 41b301                         movb $0x1, %r11b
   121: 40f6c701                       testb $0x1, %dil
   125: 7471                           je 0x71
   127: e9ae000000                     jmp 0xae
   12c: be28000000                     movl $0x28, %esi
   131: 41b301                         movb $0x1, %r11b
   134: 41b93c000000                   movl $0x3c, %r9d
   13a: bd06000000                     movl $0x6, %ebp
   13f: b901000000                     movl $0x1, %ecx
   144: 31d2                           xorl %edx, %edx
   146: 4c89fb                         movq %r15, %rbx
   149: b001                           movb $0x1, %al
   14b: e9a4000000                     jmp 0xa4
   150: 48ffc8                         decq %rax
   153: 498907                         movq %rax, (%r15)
   156: 75c6                           jne -0x3a
   158: 4c89ff                         movq %r15, %rdi
   15b: 4c89c3                         movq %r8, %rbx
   15e: 4c89542418                     movq %r10, 0x18(%rsp)
   163: 4889542420                     movq %rdx, 0x20(%rsp)
   168: e800000000                     callq 0x0
        # hole +0x169: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   16d: 488b542420                     movq 0x20(%rsp), %rdx
   172: 488b7c2408                     movq 0x8(%rsp), %rdi
   177: 4c8b542418                     movq 0x18(%rsp), %r10
   17c: 4989d8                         movq %rbx, %r8
   17f: be28000000                     movl $0x28, %esi
   184: 41b93c000000                   movl $0x3c, %r9d
   18a: b901000000                     movl $0x1, %ecx
   18f: 41b301                         movb $0x1, %r11b
   192: 40f6c701                       testb $0x1, %dil
   196: 7542                           jne 0x42
   198: 48ff07                         incq (%rdi)
   19b: 837f0807                       cmpl $0x7, 0x8(%rdi)
   19f: 7539                           jne 0x39
   1a1: 488b4730                       movq 0x30(%rdi), %rax
   1a5: 4883783003                     cmpq $0x3, 0x30(%rax)
   1aa: 752e                           jne 0x2e
   1ac: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   1b1: 0f8494050000                   je 0x594
   1b7: 488b4740                       movq 0x40(%rdi), %rax
   1bb: a801                           testb $0x1, %al
   1bd: 7578                           jne 0x78
   1bf: 48ff00                         incq (%rax)
   1c2: 48ff0f                         decq (%rdi)
   1c5: 4889442410                     movq %rax, 0x10(%rsp)
   1ca: 7475                           je 0x75
   1cc: f6c201                         testb $0x1, %dl
   1cf: 0f85b1000000                   jne 0xb1
   1d5: e9fa030000                     jmp 0x3fa
   1da: 31c0                           xorl %eax, %eax
   1dc: 4c89fb                         movq %r15, %rbx
   1df: 4989d7                         movq %rdx, %r15
   1e2: bd0a000000                     movl $0xa, %ebp
   1e7: 41b964000000                   movl $0x64, %r9d
   1ed: b201                           movb $0x1, %dl
   1ef: be38000000                     movl $0x38, %esi
   1f4: 498b7c2418                     movq 0x18(%r12), %rdi
   1f9: 4d39c2                         cmpq %r8, %r10
   1fc: 7404                           je 0x4
   1fe: 4c895708                       movq %r10, 0x8(%rdi)
   202: 4584db                         testb %r11b, %r11b
   205: 0f8456feffff                   je -0x1aa
   20b: 48895f20                       movq %rbx, 0x20(%rdi)
   20f: 84c0                           testb %al, %al
   211: 740a                           je 0xa
   213: be28000000                     movl $0x28, %esi
   218: e949feffff                     jmp -0x1b7
   21d: 4c897f28                       movq %r15, 0x28(%rdi)
   221: 84d2                           testb %dl, %dl
   223: 0f843dfeffff                   je -0x1c3
   229: 488b442408                     movq 0x8(%rsp), %rax
   22e: 48894730                       movq %rax, 0x30(%rdi)
   232: e92ffeffff                     jmp -0x1d1
   237: 48ff0f                         decq (%rdi)
   23a: 4889442410                     movq %rax, 0x10(%rsp)
   23f: 758b                           jne -0x75
   241: 488b7c2408                     movq 0x8(%rsp), %rdi
   246: 4c89c3                         movq %r8, %rbx
   249: 4c89542418                     movq %r10, 0x18(%rsp)
   24e: 4889542420                     movq %rdx, 0x20(%rsp)
   253: e800000000                     callq 0x0
        # hole +0x254: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   258: 488b542420                     movq 0x20(%rsp), %rdx
   25d: 488b442410                     movq 0x10(%rsp), %rax
   262: 41b301                         movb $0x1, %r11b
   265: 4c8b542418                     movq 0x18(%rsp), %r10
   26a: 4989d8                         movq %rbx, %r8
   26d: be28000000                     movl $0x28, %esi
   272: 41b93c000000                   movl $0x3c, %r9d
   278: b901000000                     movl $0x1, %ecx
   27d: f6c201                         testb $0x1, %dl
   280: 0f844e030000                   je 0x34e
   286: a801                           testb $0x1, %al
   288: 0f8446030000                   je 0x346
   28e: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   298: 4889d7                         movq %rdx, %rdi
   29b: 48d1fa                         sarq %rdx
   29e: 48d1f8                         sarq %rax
   2a1: 4801d0                         addq %rdx, %rax
   2a4: 4889c2                         movq %rax, %rdx
   2a7: 4801da                         addq %rbx, %rdx
   2aa: 0f89b3040000                   jns 0x4b3
   2b0: 488d1c4501000000               leaq 0x1(,%rax,2), %rbx
   2b8: 41837f0807                     cmpl $0x7, 0x8(%r15)
   2bd: 0f8510040000                   jne 0x410
   2c3: 49837f3802                     cmpq $0x2, 0x38(%r15)
   2c8: 0f8205040000                   jb 0x405
   2ce: 498b7f48                       movq 0x48(%r15), %rdi
   2d2: 49895f48                       movq %rbx, 0x48(%r15)
   2d6: 40f6c701                       testb $0x1, %dil
   2da: 7534                           jne 0x34
   2dc: 48ff0f                         decq (%rdi)
   2df: 752f                           jne 0x2f
   2e1: 48895c2420                     movq %rbx, 0x20(%rsp)
   2e6: 4c89c3                         movq %r8, %rbx
   2e9: 4c89542418                     movq %r10, 0x18(%rsp)
   2ee: e800000000                     callq 0x0
        # hole +0x2ef: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2f3: 4c8b542418                     movq 0x18(%rsp), %r10
   2f8: 4989d8                         movq %rbx, %r8
   2fb: 488b5c2420                     movq 0x20(%rsp), %rbx
   300: be28000000                     movl $0x28, %esi
   305: 41b93c000000                   movl $0x3c, %r9d
   30b: b901000000                     movl $0x1, %ecx
   310: 49ff0f                         decq (%r15)
   313: 7532                           jne 0x32
   315: 4c89ff                         movq %r15, %rdi
   318: 48895c2420                     movq %rbx, 0x20(%rsp)
   31d: 4c89c3                         movq %r8, %rbx
   320: 4c89542418                     movq %r10, 0x18(%rsp)
   325: e800000000                     callq 0x0
        # hole +0x326: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   32a: 4c8b542418                     movq 0x18(%rsp), %r10
   32f: 4989d8                         movq %rbx, %r8
   332: 488b5c2420                     movq 0x20(%rsp), %rbx
   337: be28000000                     movl $0x28, %esi
   33c: 41b93c000000                   movl $0x3c, %r9d
   342: b901000000                     movl $0x1, %ecx
   347: 498b4608                       movq 0x8(%r14), %rax
   34b: 48ffc0                         incq %rax
   34e: 49894608                       movq %rax, 0x8(%r14)
   352: 493b4610                       cmpq 0x10(%r14), %rax
   356: 0f8d9b020000                   jge 0x29b
   35c: 49833e00                       cmpq $0x0, (%r14)
   360: 488b442410                     movq 0x10(%rsp), %rax
   365: 0f85be020000                   jne 0x2be
   36b: 41837d0804                     cmpl $0x4, 0x8(%r13)
   370: 0f85cd020000                   jne 0x2cd
   376: 4c89442428                     movq %r8, 0x28(%rsp)
   37b: 498b5540                       movq 0x40(%r13), %rdx
   37f: 498b4530                       movq 0x30(%r13), %rax
   383: 498b7d38                       movq 0x38(%r13), %rdi
   387: 4885d2                         testq %rdx, %rdx
   38a: 7e0a                           jle 0xa
   38c: 4839f8                         cmpq %rdi, %rax
   38f: 7c0e                           jl 0xe
   391: e9e6020000                     jmp 0x2e6
   396: 4839f8                         cmpq %rdi, %rax
   399: 0f8edd020000                   jle 0x2dd
   39f: 4801c2                         addq %rax, %rdx
   3a2: 49895530                       movq %rdx, 0x30(%r13)
   3a6: 49ff07                         incq (%r15)
   3a9: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
   3b1: 41b301                         movb $0x1, %r11b
   3b4: 41837f0807                     cmpl $0x7, 0x8(%r15)
   3b9: 488b7c2408                     movq 0x8(%rsp), %rdi
   3be: 0f85d7020000                   jne 0x2d7
   3c4: 488b0500000000                 movq (%rip), %rax
        # hole +0x3c7: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3cb: 498b5730                       movq 0x30(%r15), %rdx
   3cf: 48394230                       cmpq %rax, 0x30(%rdx)
   3d3: 0f85c2020000                   jne 0x2c2
   3d9: 498b07                         movq (%r15), %rax
   3dc: 48ffc0                         incq %rax
   3df: 498907                         movq %rax, (%r15)
   3e2: 49837f3800                     cmpq $0x0, 0x38(%r15)
   3e7: 0f8406030000                   je 0x306
   3ed: 498b5f40                       movq 0x40(%r15), %rbx
   3f1: f6c301                         testb $0x1, %bl
   3f4: 754b                           jne 0x4b
   3f6: 48ff03                         incq (%rbx)
   3f9: 498b07                         movq (%r15), %rax
   3fc: 48ffc8                         decq %rax
   3ff: 498907                         movq %rax, (%r15)
   402: 4c89542418                     movq %r10, 0x18(%rsp)
   407: 7545                           jne 0x45
   409: 4c89ff                         movq %r15, %rdi
   40c: e800000000                     callq 0x0
        # hole +0x40d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   411: 488b7c2408                     movq 0x8(%rsp), %rdi
   416: 4c8b542418                     movq 0x18(%rsp), %r10
   41b: 4c8b442428                     movq 0x28(%rsp), %r8
   420: be28000000                     movl $0x28, %esi
   425: 41b93c000000                   movl $0x3c, %r9d
   42b: b901000000                     movl $0x1, %ecx
   430: 48ff07                         incq (%rdi)
   433: 41b301                         movb $0x1, %r11b
   436: 837f0807                       cmpl $0x7, 0x8(%rdi)
   43a: 7422                           je 0x22
   43c: e96e020000                     jmp 0x26e
   441: 48ffc8                         decq %rax
   444: 498907                         movq %rax, (%r15)
   447: 4c89542418                     movq %r10, 0x18(%rsp)
   44c: 74bb                           je -0x45
   44e: 48ff07                         incq (%rdi)
   451: 41b301                         movb $0x1, %r11b
   454: 837f0807                       cmpl $0x7, 0x8(%rdi)
   458: 0f8551020000                   jne 0x251
   45e: 488b4730                       movq 0x30(%rdi), %rax
   462: 4883783003                     cmpq $0x3, 0x30(%rax)
   467: 0f8542020000                   jne 0x242
   46d: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   472: 0f84a1020000                   je 0x2a1
   478: 488b4740                       movq 0x40(%rdi), %rax
   47c: a801                           testb $0x1, %al
   47e: 7543                           jne 0x43
   480: 48ff00                         incq (%rax)
   483: 48ff0f                         decq (%rdi)
   486: 4889442410                     movq %rax, 0x10(%rsp)
   48b: 7540                           jne 0x40
   48d: 488b7c2408                     movq 0x8(%rsp), %rdi
   492: e800000000                     callq 0x0
        # hole +0x493: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   497: 488b442410                     movq 0x10(%rsp), %rax
   49c: 41b301                         movb $0x1, %r11b
   49f: 4c8b542418                     movq 0x18(%rsp), %r10
   4a4: 4c8b442428                     movq 0x28(%rsp), %r8
   4a9: be28000000                     movl $0x28, %esi
   4ae: 41b93c000000                   movl $0x3c, %r9d
   4b4: b901000000                     movl $0x1, %ecx
   4b9: f6c301                         testb $0x1, %bl
   4bc: 7518                           jne 0x18
   4be: e9a1010000                     jmp 0x1a1
   4c3: 48ff0f                         decq (%rdi)
   4c6: 4889442410                     movq %rax, 0x10(%rsp)
   4cb: 74c0                           je -0x40
   4cd: f6c301                         testb $0x1, %bl
   4d0: 0f848e010000                   je 0x18e
   4d6: a801                           testb $0x1, %al
   4d8: 0f8486010000                   je 0x186
   4de: 4889da                         movq %rbx, %rdx
   4e1: 48d1fa                         sarq %rdx
   4e4: 48d1f8                         sarq %rax
   4e7: 4801d0                         addq %rdx, %rax
   4ea: 4889c2                         movq %rax, %rdx
   4ed: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
   4f7: 4801fa                         addq %rdi, %rdx
   4fa: 0f8926020000                   jns 0x226
   500: 488d1c4501000000               leaq 0x1(,%rax,2), %rbx
   508: 41837f0807                     cmpl $0x7, 0x8(%r15)
   50d: 0f85c0010000                   jne 0x1c0
   513: 49837f3802                     cmpq $0x2, 0x38(%r15)
   518: 0f82b5010000                   jb 0x1b5
   51e: 498b7f48                       movq 0x48(%r15), %rdi
   522: 49895f48                       movq %rbx, 0x48(%r15)
   526: 40f6c701                       testb $0x1, %dil
   52a: 752f                           jne 0x2f
   52c: 48ff0f                         decq (%rdi)
   52f: 752a                           jne 0x2a
   531: 48895c2420                     movq %rbx, 0x20(%rsp)
   536: 4c89c3                         movq %r8, %rbx
   539: e800000000                     callq 0x0
        # hole +0x53a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   53e: 4c8b542418                     movq 0x18(%rsp), %r10
   543: 4989d8                         movq %rbx, %r8
   546: 488b5c2420                     movq 0x20(%rsp), %rbx
   54b: be28000000                     movl $0x28, %esi
   550: 41b93c000000                   movl $0x3c, %r9d
   556: b901000000                     movl $0x1, %ecx
   55b: 49ff0f                         decq (%r15)
   55e: 752d                           jne 0x2d
   560: 4c89ff                         movq %r15, %rdi
   563: 48895c2420                     movq %rbx, 0x20(%rsp)
   568: 4c89c3                         movq %r8, %rbx
   56b: e800000000                     callq 0x0
        # hole +0x56c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   570: 4c8b542418                     movq 0x18(%rsp), %r10
   575: 4989d8                         movq %rbx, %r8
   578: 488b5c2420                     movq 0x20(%rsp), %rbx
   57d: be28000000                     movl $0x28, %esi
   582: 41b93c000000                   movl $0x3c, %r9d
   588: b901000000                     movl $0x1, %ecx
   58d: 498b4608                       movq 0x8(%r14), %rax
   591: 48ffc0                         incq %rax
   594: 49894608                       movq %rax, 0x8(%r14)
   598: 493b4610                       cmpq 0x10(%r14), %rax
   59c: 0f8d1d010000                   jge 0x11d
   5a2: 49833e00                       cmpq $0x0, (%r14)
   5a6: 0f851a010000                   jne 0x11a
   5ac: 4531db                         xorl %r11d, %r11d
   5af: 41837d0804                     cmpl $0x4, 0x8(%r13)
   5b4: 0f84c1fdffff                   je -0x23f
   5ba: 488b442410                     movq 0x10(%rsp), %rax
   5bf: 4889442408                     movq %rax, 0x8(%rsp)
   5c4: bd01000000                     movl $0x1, %ebp
   5c9: 41b90a000000                   movl $0xa, %r9d
   5cf: e982000000                     jmp 0x82
   5d4: 4889d6                         movq %rdx, %rsi
   5d7: 4889c2                         movq %rax, %rdx
   5da: 31c0                           xorl %eax, %eax
   5dc: 4c89fb                         movq %r15, %rbx
   5df: 4989f7                         movq %rsi, %r15
   5e2: 4889542408                     movq %rdx, 0x8(%rsp)
   5e7: bd0c000000                     movl $0xc, %ebp
   5ec: 41b978000000                   movl $0x78, %r9d
   5f2: e9f6fbffff                     jmp -0x40a
   5f7: 49c70601000000                 movq $0x1, (%r14)
   5fe: be20000000                     movl $0x20, %esi
   603: 41b9a0000000                   movl $0xa0, %r9d
   609: bd10000000                     movl $0x10, %ebp
   60e: b902000000                     movl $0x2, %ecx
   613: 4531db                         xorl %r11d, %r11d
   616: 488b442410                     movq 0x10(%rsp), %rax
   61b: 4889442408                     movq %rax, 0x8(%rsp)
   620: 31c0                           xorl %eax, %eax
   622: 31d2                           xorl %edx, %edx
   624: e9cbfbffff                     jmp -0x435
   629: 4531db                         xorl %r11d, %r11d
   62c: 4889442408                     movq %rax, 0x8(%rsp)
   631: b902000000                     movl $0x2, %ecx
   636: bd10000000                     movl $0x10, %ebp
   63b: 41b9a0000000                   movl $0xa0, %r9d
   641: eb13                           jmp 0x13
   643: 41b90a000000                   movl $0xa, %r9d
   649: 4531db                         xorl %r11d, %r11d
   64c: 4889442408                     movq %rax, 0x8(%rsp)
   651: bd01000000                     movl $0x1, %ebp
   656: 31c0                           xorl %eax, %eax
   658: 31d2                           xorl %edx, %edx
   65a: be20000000                     movl $0x20, %esi
   65f: e990fbffff                     jmp -0x470
   664: 4889c6                         movq %rax, %rsi
   667: 31c0                           xorl %eax, %eax
   669: 4c89fa                         movq %r15, %rdx
   66c: 4989df                         movq %rbx, %r15
   66f: 4889d3                         movq %rdx, %rbx
   672: 4889742408                     movq %rsi, 0x8(%rsp)
   677: e96bffffff                     jmp -0x95
   67c: 41b914000000                   movl $0x14, %r9d
   682: bd02000000                     movl $0x2, %ebp
   687: 4531db                         xorl %r11d, %r11d
   68a: 488b442410                     movq 0x10(%rsp), %rax
   68f: 4889442408                     movq %rax, 0x8(%rsp)
   694: b902000000                     movl $0x2, %ecx
   699: ebbb                           jmp -0x45
   69b: 31d2                           xorl %edx, %edx
   69d: 4c89fb                         movq %r15, %rbx
   6a0: 488b442410                     movq 0x10(%rsp), %rax
   6a5: 4889442408                     movq %rax, 0x8(%rsp)
   6aa: e99afaffff                     jmp -0x566
   6af: 31c0                           xorl %eax, %eax
   6b1: 4c89fa                         movq %r15, %rdx
   6b4: 4989df                         movq %rbx, %r15
   6b7: 4889d3                         movq %rdx, %rbx
   6ba: e923fbffff                     jmp -0x4dd
   6bf: 49c70601000000                 movq $0x1, (%r14)
   6c6: 4531db                         xorl %r11d, %r11d
   6c9: 488b442410                     movq 0x10(%rsp), %rax
   6ce: e959ffffff                     jmp -0xa7
   6d3: 31c0                           xorl %eax, %eax
   6d5: 488b542410                     movq 0x10(%rsp), %rdx
   6da: 4889542408                     movq %rdx, 0x8(%rsp)
   6df: bd0f000000                     movl $0xf, %ebp
   6e4: 41b996000000                   movl $0x96, %r9d
   6ea: eb21                           jmp 0x21
   6ec: 31c0                           xorl %eax, %eax
   6ee: 4c89fb                         movq %r15, %rbx
   6f1: eb0f                           jmp 0xf
   6f3: 31c0                           xorl %eax, %eax
   6f5: 4c89fb                         movq %r15, %rbx
   6f8: 488b542410                     movq 0x10(%rsp), %rdx
   6fd: 4889542408                     movq %rdx, 0x8(%rsp)
   702: bd08000000                     movl $0x8, %ebp
   707: 41b950000000                   movl $0x50, %r9d
   70d: 31d2                           xorl %edx, %edx
   70f: be30000000                     movl $0x30, %esi
   714: e9dbfaffff                     jmp -0x525
   719: 31c0                           xorl %eax, %eax
   71b: 4c89fa                         movq %r15, %rdx
   71e: 4989df                         movq %rbx, %r15
   721: 4889d3                         movq %rdx, %rbx
   724: eb2d                           jmp 0x2d
   726: 31c0                           xorl %eax, %eax
   728: 4c89fa                         movq %r15, %rdx
   72b: 4989df                         movq %rbx, %r15
   72e: 4889d3                         movq %rdx, %rbx
   731: 488b542410                     movq 0x10(%rsp), %rdx
   736: 4889542408                     movq %rdx, 0x8(%rsp)
   73b: bd0d000000                     movl $0xd, %ebp
   740: 41b982000000                   movl $0x82, %r9d
   746: e9a2faffff                     jmp -0x55e
   74b: 31c0                           xorl %eax, %eax
   74d: 4c89fb                         movq %r15, %rbx
   750: 4989d7                         movq %rdx, %r15
   753: bd0b000000                     movl $0xb, %ebp
   758: 41b96e000000                   movl $0x6e, %r9d
   75e: e98afaffff                     jmp -0x576
   763: 31c0                           xorl %eax, %eax
   765: 4c89fb                         movq %r15, %rbx
   768: 4989ff                         movq %rdi, %r15
   76b: ebc4                           jmp -0x3c
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
