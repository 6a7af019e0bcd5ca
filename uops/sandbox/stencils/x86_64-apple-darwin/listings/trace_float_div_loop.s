# stencil float_div_loop for x86_64-apple-darwin: 1819 code bytes, 16 data bytes, 18 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b10                         movq (%rax), %r10
    10: 4c8b4008                       movq 0x8(%rax), %r8
    14: 4c8b7810                       movq 0x10(%rax), %r15
    18: 4c8b7018                       movq 0x18(%rax), %r14
    1c: bd20000000                     movl $0x20, %ebp
    21: 41b90a000000                   movl $0xa, %r9d
    27: 41bd01000000                   movl $0x1, %r13d
    2d: b901000000                     movl $0x1, %ecx
    32: 41f6c601                       testb $0x1, %r14b
    36: 752e                           jne 0x2e
    38: 41837e0804                     cmpl $0x4, 0x8(%r14)
    3d: 7527                           jne 0x27
    3f: 498b4640                       movq 0x40(%r14), %rax
    43: 498b5e30                       movq 0x30(%r14), %rbx
    47: 498b7638                       movq 0x38(%r14), %rsi
    4b: 4885c0                         testq %rax, %rax
    4e: 7e55                           jle 0x55
    50: 4839f3                         cmpq %rsi, %rbx
    53: 7c55                           jl 0x55
    55: 41b914000000                   movl $0x14, %r9d
    5b: 41bd02000000                   movl $0x2, %r13d
    61: b902000000                     movl $0x2, %ecx
    66: 4c89fb                         movq %r15, %rbx
    69: 498b742418                     movq 0x18(%r12), %rsi
    6e: 4c39fb                         cmpq %r15, %rbx
    71: 7527                           jne 0x27
    73: 83fd21                         cmpl $0x21, %ebp
    76: 7208                           jb 0x8
    78: 4c895620                       movq %r10, 0x20(%rsi)
    7c: 4c894628                       movq %r8, 0x28(%rsi)
    80: 4801ee                         addq %rbp, %rsi
    83: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x86: X86_64_RELOC_GOT_LOAD Rel32 data+4
    8a: 4d01e8                         addq %r13, %r8
    8d: 4c89e7                         movq %r12, %rdi
    90: 4883c430                       addq $0x30, %rsp
    94: 5d                             popq %rbp
    95: e900000000                     jmp 0x0
        # hole +0x96: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    9a: 48895e10                       movq %rbx, 0x10(%rsi)
    9e: 83fd21                         cmpl $0x21, %ebp
    a1: 73d5                           jae -0x2b
    a3: ebdb                           jmp -0x25
    a5: 4839f3                         cmpq %rsi, %rbx
    a8: 7eab                           jle -0x55
    aa: 4801d8                         addq %rbx, %rax
    ad: 49894630                       movq %rax, 0x30(%r14)
    b1: 41f6c701                       testb $0x1, %r15b
    b5: 752a                           jne 0x2a
    b7: 49ff0f                         decq (%r15)
    ba: 7525                           jne 0x25
    bc: 4c89ff                         movq %r15, %rdi
    bf: 4989d5                         movq %rdx, %r13
    c2: 4c89442410                     movq %r8, 0x10(%rsp)
    c7: 4c891424                       movq %r10, (%rsp)
    cb: e800000000                     callq 0x0
        # hole +0xcc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    d0: 4c8b1424                       movq (%rsp), %r10
    d4: 4c8b442410                     movq 0x10(%rsp), %r8
    d9: 4c89ea                         movq %r13, %rdx
    dc: b901000000                     movl $0x1, %ecx
    e1: 41f6c201                       testb $0x1, %r10b
    e5: 7503                           jne 0x3
    e7: 49ff02                         incq (%r10)
    ea: 41f6c001                       testb $0x1, %r8b
    ee: 7503                           jne 0x3
    f0: 49ff00                         incq (%r8)
    f3: 488d1c5d01000000               leaq 0x1(,%rbx,2), %rbx
    fb: 41b946000000                   movl $0x46, %r9d
   101: 41bd07000000                   movl $0x7, %r13d
   107: 41f6c201                       testb $0x1, %r10b
   10b: 0f8586000000                   jne 0x86
   111: 41837a0802                     cmpl $0x2, 0x8(%r10)
   116: 757f                           jne 0x7f
   118: 41f6c001                       testb $0x1, %r8b
   11c: 7579                           jne 0x79
   11e: 4183780802                     cmpl $0x2, 0x8(%r8)
   123: 7572                           jne 0x72
   125: f2410f104230                   movsd 0x30(%r10), %xmm0
   12b: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   131: f2410f104830                   movsd 0x30(%r8), %xmm1
   137: 49ff0a                         decq (%r10)
   13a: 4889542408                     movq %rdx, 0x8(%rsp)
   13f: 4c891424                       movq %r10, (%rsp)
   143: f20f114c2420                   movsd %xmm1, 0x20(%rsp)
   149: 7556                           jne 0x56
   14b: 4c89d7                         movq %r10, %rdi
   14e: 4d89c5                         movq %r8, %r13
   151: e800000000                     callq 0x0
        # hole +0x152: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   156: f20f104c2420                   movsd 0x20(%rsp), %xmm1
   15c: 4c8b1424                       movq (%rsp), %r10
   160: 4d89e8                         movq %r13, %r8
   163: 488b542408                     movq 0x8(%rsp), %rdx
   168: 49ff08                         decq (%r8)
   16b: 7439                           je 0x39
   16d: 660f57c0                       xorpd %xmm0, %xmm0
   171: 660f2ec8                       ucomisd %xmm0, %xmm1
   175: 7558                           jne 0x58
   177: 7a56                           jp 0x56
   179: 48c7421801000000               movq $0x1, 0x18(%rdx)
   181: 41b950000000                   movl $0x50, %r9d
   187: 41bd08000000                   movl $0x8, %r13d
   18d: b903000000                     movl $0x3, %ecx
   192: e9d2feffff                     jmp -0x12e
   197: bd30000000                     movl $0x30, %ebp
   19c: e9c8feffff                     jmp -0x138
   1a1: 49ff08                         decq (%r8)
   1a4: 75c7                           jne -0x39
   1a6: 4c89c7                         movq %r8, %rdi
   1a9: 4d89c5                         movq %r8, %r13
   1ac: e800000000                     callq 0x0
        # hole +0x1ad: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1b1: f20f104c2420                   movsd 0x20(%rsp), %xmm1
   1b7: 4c8b1424                       movq (%rsp), %r10
   1bb: 4d89e8                         movq %r13, %r8
   1be: 488b542408                     movq 0x8(%rsp), %rdx
   1c3: 660f57c0                       xorpd %xmm0, %xmm0
   1c7: 660f2ec8                       ucomisd %xmm0, %xmm1
   1cb: 7502                           jne 0x2
   1cd: 7baa                           jnp -0x56
   1cf: 4c89442410                     movq %r8, 0x10(%rsp)
   1d4: f20f10442418                   movsd 0x18(%rsp), %xmm0
   1da: f20f5ec1                       divsd %xmm1, %xmm0
   1de: 4889d7                         movq %rdx, %rdi
   1e1: e800000000                     callq 0x0
        # hole +0x1e2: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   1e6: 4885c0                         testq %rax, %rax
   1e9: 0f8478040000                   je 0x478
   1ef: 4989c2                         movq %rax, %r10
   1f2: 488b3c24                       movq (%rsp), %rdi
   1f6: 48ff0f                         decq (%rdi)
   1f9: 750f                           jne 0xf
   1fb: 4d89d5                         movq %r10, %r13
   1fe: e800000000                     callq 0x0
        # hole +0x1ff: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   203: 4d89ea                         movq %r13, %r10
   206: 488b3c24                       movq (%rsp), %rdi
   20a: 488b542408                     movq 0x8(%rsp), %rdx
   20f: 488b4208                       movq 0x8(%rdx), %rax
   213: 48ffc0                         incq %rax
   216: 48894208                       movq %rax, 0x8(%rdx)
   21a: 483b4210                       cmpq 0x10(%rdx), %rax
   21e: 4c8b442410                     movq 0x10(%rsp), %r8
   223: 7d6d                           jge 0x6d
   225: bd20000000                     movl $0x20, %ebp
   22a: 41b964000000                   movl $0x64, %r9d
   230: 41bd0a000000                   movl $0xa, %r13d
   236: b902000000                     movl $0x2, %ecx
   23b: 48833a00                       cmpq $0x0, (%rdx)
   23f: 7541                           jne 0x41
   241: 41837e0804                     cmpl $0x4, 0x8(%r14)
   246: 757d                           jne 0x7d
   248: 498b4640                       movq 0x40(%r14), %rax
   24c: 4d8b4e30                       movq 0x30(%r14), %r9
   250: 498b7638                       movq 0x38(%r14), %rsi
   254: 4885c0                         testq %rax, %rax
   257: 0f8e89000000                   jle 0x89
   25d: 4939f1                         cmpq %rsi, %r9
   260: 0f8c89000000                   jl 0x89
   266: 41b914000000                   movl $0x14, %r9d
   26c: 41bd02000000                   movl $0x2, %r13d
   272: 498b742418                     movq 0x18(%r12), %rsi
   277: 4939fa                         cmpq %rdi, %r10
   27a: 0f84eefdffff                   je -0x212
   280: eb3b                           jmp 0x3b
   282: 498b742418                     movq 0x18(%r12), %rsi
   287: 4939fa                         cmpq %rdi, %r10
   28a: 0f84defdffff                   je -0x222
   290: eb2b                           jmp 0x2b
   292: 48c70201000000                 movq $0x1, (%rdx)
   299: bd20000000                     movl $0x20, %ebp
   29e: 41b964000000                   movl $0x64, %r9d
   2a4: 41bd0a000000                   movl $0xa, %r13d
   2aa: b902000000                     movl $0x2, %ecx
   2af: 498b742418                     movq 0x18(%r12), %rsi
   2b4: 4939fa                         cmpq %rdi, %r10
   2b7: 0f84b1fdffff                   je -0x24f
   2bd: 4c8916                         movq %r10, (%rsi)
   2c0: e9a9fdffff                     jmp -0x257
   2c5: b901000000                     movl $0x1, %ecx
   2ca: 41bd01000000                   movl $0x1, %r13d
   2d0: 41b90a000000                   movl $0xa, %r9d
   2d6: 498b742418                     movq 0x18(%r12), %rsi
   2db: 4939fa                         cmpq %rdi, %r10
   2de: 0f848afdffff                   je -0x276
   2e4: ebd7                           jmp -0x29
   2e6: 4939f1                         cmpq %rsi, %r9
   2e9: 0f8e77ffffff                   jle -0x89
   2ef: 4c01c8                         addq %r9, %rax
   2f2: 49894630                       movq %rax, 0x30(%r14)
   2f6: 4a8d1c4d01000000               leaq 0x1(,%r9,2), %rbx
   2fe: 41f6c201                       testb $0x1, %r10b
   302: 0f85bb000000                   jne 0xbb
   308: 49ff02                         incq (%r10)
   30b: 49ff00                         incq (%r8)
   30e: 41bd07000000                   movl $0x7, %r13d
   314: 41837a0802                     cmpl $0x2, 0x8(%r10)
   319: 0f85d0000000                   jne 0xd0
   31f: 4183780802                     cmpl $0x2, 0x8(%r8)
   324: 0f85c5000000                   jne 0xc5
   32a: f2410f104230                   movsd 0x30(%r10), %xmm0
   330: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   336: f2410f104030                   movsd 0x30(%r8), %xmm0
   33c: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   342: 4c89542418                     movq %r10, 0x18(%rsp)
   347: 49ff0a                         decq (%r10)
   34a: 750a                           jne 0xa
   34c: 488b7c2418                     movq 0x18(%rsp), %rdi
   351: e800000000                     callq 0x0
        # hole +0x352: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   356: 488b442410                     movq 0x10(%rsp), %rax
   35b: 48ff08                         decq (%rax)
   35e: 750a                           jne 0xa
   360: 488b7c2410                     movq 0x10(%rsp), %rdi
   365: e800000000                     callq 0x0
        # hole +0x366: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   36a: 660f57c0                       xorpd %xmm0, %xmm0
   36e: f20f104c2420                   movsd 0x20(%rsp), %xmm1
   374: 660f2ec8                       ucomisd %xmm0, %xmm1
   378: 0f8594000000                   jne 0x94
   37e: 0f8a8e000000                   jp 0x8e
   384: 488b542408                     movq 0x8(%rsp), %rdx
   389: 48c7421801000000               movq $0x1, 0x18(%rdx)
   391: 41b950000000                   movl $0x50, %r9d
   397: 41bd08000000                   movl $0x8, %r13d
   39d: b903000000                     movl $0x3, %ecx
   3a2: 4c8b442410                     movq 0x10(%rsp), %r8
   3a7: 488b3c24                       movq (%rsp), %rdi
   3ab: 4c8b542418                     movq 0x18(%rsp), %r10
   3b0: 498b742418                     movq 0x18(%r12), %rsi
   3b5: 4939fa                         cmpq %rdi, %r10
   3b8: 0f84b0fcffff                   je -0x350
   3be: e9fafeffff                     jmp -0x106
   3c3: 49ff00                         incq (%r8)
   3c6: bd30000000                     movl $0x30, %ebp
   3cb: 41b946000000                   movl $0x46, %r9d
   3d1: 41bd07000000                   movl $0x7, %r13d
   3d7: b901000000                     movl $0x1, %ecx
   3dc: 498b742418                     movq 0x18(%r12), %rsi
   3e1: 4939fa                         cmpq %rdi, %r10
   3e4: 0f8484fcffff                   je -0x37c
   3ea: e9cefeffff                     jmp -0x132
   3ef: b901000000                     movl $0x1, %ecx
   3f4: 41b946000000                   movl $0x46, %r9d
   3fa: bd30000000                     movl $0x30, %ebp
   3ff: 498b742418                     movq 0x18(%r12), %rsi
   404: 4939fa                         cmpq %rdi, %r10
   407: 0f8461fcffff                   je -0x39f
   40d: e9abfeffff                     jmp -0x155
   412: f20f10442428                   movsd 0x28(%rsp), %xmm0
   418: f20f5ec1                       divsd %xmm1, %xmm0
   41c: 488b7c2408                     movq 0x8(%rsp), %rdi
   421: e800000000                     callq 0x0
        # hole +0x422: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   426: 4889442420                     movq %rax, 0x20(%rsp)
   42b: 4885c0                         testq %rax, %rax
   42e: 0f84cc020000                   je 0x2cc
   434: 488b442418                     movq 0x18(%rsp), %rax
   439: 48ff08                         decq (%rax)
   43c: 750a                           jne 0xa
   43e: 488b7c2418                     movq 0x18(%rsp), %rdi
   443: e800000000                     callq 0x0
        # hole +0x444: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   448: 488b4c2408                     movq 0x8(%rsp), %rcx
   44d: 488b4108                       movq 0x8(%rcx), %rax
   451: 48ffc0                         incq %rax
   454: 48894108                       movq %rax, 0x8(%rcx)
   458: 483b4110                       cmpq 0x10(%rcx), %rax
   45c: 0f8d92010000                   jge 0x192
   462: 488b442408                     movq 0x8(%rsp), %rax
   467: 48833800                       cmpq $0x0, (%rax)
   46b: 0f85a7010000                   jne 0x1a7
   471: 41837e0804                     cmpl $0x4, 0x8(%r14)
   476: 0f85b4010000                   jne 0x1b4
   47c: 488b542408                     movq 0x8(%rsp), %rdx
   481: 4c8b442410                     movq 0x10(%rsp), %r8
   486: 488b7c2420                     movq 0x20(%rsp), %rdi
   48b: 498b4640                       movq 0x40(%r14), %rax
   48f: 498b4e30                       movq 0x30(%r14), %rcx
   493: 498b7638                       movq 0x38(%r14), %rsi
   497: 4885c0                         testq %rax, %rax
   49a: 7e0a                           jle 0xa
   49c: 4839f1                         cmpq %rsi, %rcx
   49f: 7c0e                           jl 0xe
   4a1: e9e5010000                     jmp 0x1e5
   4a6: 4839f1                         cmpq %rsi, %rcx
   4a9: 0f8edc010000                   jle 0x1dc
   4af: 4801c8                         addq %rcx, %rax
   4b2: 49894630                       movq %rax, 0x30(%r14)
   4b6: 488d1c4d01000000               leaq 0x1(,%rcx,2), %rbx
   4be: 40f6c701                       testb $0x1, %dil
   4c2: 0f85d9010000                   jne 0x1d9
   4c8: 48ff07                         incq (%rdi)
   4cb: 49ff00                         incq (%r8)
   4ce: 837f0802                       cmpl $0x2, 0x8(%rdi)
   4d2: 0f85cc010000                   jne 0x1cc
   4d8: 4183780802                     cmpl $0x2, 0x8(%r8)
   4dd: 0f85c1010000                   jne 0x1c1
   4e3: f20f104730                     movsd 0x30(%rdi), %xmm0
   4e8: f2410f104830                   movsd 0x30(%r8), %xmm1
   4ee: 48ff0f                         decq (%rdi)
   4f1: 48897c2420                     movq %rdi, 0x20(%rsp)
   4f6: 7416                           je 0x16
   4f8: 49ff08                         decq (%r8)
   4fb: 7442                           je 0x42
   4fd: 660f2e0d1b020000               ucomisd 0x21b(%rip), %xmm1
        # hole +0x501: X86_64_RELOC_SIGNED Rel32 data-4
   505: 756d                           jne 0x6d
   507: 7a6b                           jp 0x6b
   509: e9ab010000                     jmp 0x1ab
   50e: 488b7c2420                     movq 0x20(%rsp), %rdi
   513: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   519: f20f114c2428                   movsd %xmm1, 0x28(%rsp)
   51f: e800000000                     callq 0x0
        # hole +0x520: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   524: f20f104c2428                   movsd 0x28(%rsp), %xmm1
   52a: f20f10442418                   movsd 0x18(%rsp), %xmm0
   530: 4c8b442410                     movq 0x10(%rsp), %r8
   535: 488b542408                     movq 0x8(%rsp), %rdx
   53a: 49ff08                         decq (%r8)
   53d: 75be                           jne -0x42
   53f: 4c89c7                         movq %r8, %rdi
   542: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   548: f20f114c2428                   movsd %xmm1, 0x28(%rsp)
   54e: e800000000                     callq 0x0
        # hole +0x54f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   553: f20f104c2428                   movsd 0x28(%rsp), %xmm1
   559: f20f10442418                   movsd 0x18(%rsp), %xmm0
   55f: 488b542408                     movq 0x8(%rsp), %rdx
   564: 660f2e0db4010000               ucomisd 0x1b4(%rip), %xmm1
        # hole +0x568: X86_64_RELOC_SIGNED Rel32 data-4
   56c: 7506                           jne 0x6
   56e: 0f8b45010000                   jnp 0x145
   574: f20f5ec1                       divsd %xmm1, %xmm0
   578: 4889d7                         movq %rdx, %rdi
   57b: e800000000                     callq 0x0
        # hole +0x57c: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   580: 4885c0                         testq %rax, %rax
   583: 0f845c010000                   je 0x15c
   589: 4989c2                         movq %rax, %r10
   58c: 488b7c2420                     movq 0x20(%rsp), %rdi
   591: 48ff0f                         decq (%rdi)
   594: 4c8b442410                     movq 0x10(%rsp), %r8
   599: 7514                           jne 0x14
   59b: 4c89542418                     movq %r10, 0x18(%rsp)
   5a0: e800000000                     callq 0x0
        # hole +0x5a1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5a5: 4c8b542418                     movq 0x18(%rsp), %r10
   5aa: 4c8b442410                     movq 0x10(%rsp), %r8
   5af: 488b542408                     movq 0x8(%rsp), %rdx
   5b4: 488b4208                       movq 0x8(%rdx), %rax
   5b8: 48ffc0                         incq %rax
   5bb: 48894208                       movq %rax, 0x8(%rdx)
   5bf: 483b4210                       cmpq 0x10(%rdx), %rax
   5c3: 0f8dff000000                   jge 0xff
   5c9: 48833a00                       cmpq $0x0, (%rdx)
   5cd: 0f85fc000000                   jne 0xfc
   5d3: 41837e0804                     cmpl $0x4, 0x8(%r14)
   5d8: 4c89d7                         movq %r10, %rdi
   5db: 0f84aafeffff                   je -0x156
   5e1: b901000000                     movl $0x1, %ecx
   5e6: 41bd01000000                   movl $0x1, %r13d
   5ec: 41b90a000000                   movl $0xa, %r9d
   5f2: eb5c                           jmp 0x5c
   5f4: 488b542408                     movq 0x8(%rsp), %rdx
   5f9: 48c70201000000                 movq $0x1, (%rdx)
   600: 41bd0a000000                   movl $0xa, %r13d
   606: 4c8b542420                     movq 0x20(%rsp), %r10
   60b: b902000000                     movl $0x2, %ecx
   610: 41b964000000                   movl $0x64, %r9d
   616: eb33                           jmp 0x33
   618: 4c8b542420                     movq 0x20(%rsp), %r10
   61d: 41bd0a000000                   movl $0xa, %r13d
   623: b902000000                     movl $0x2, %ecx
   628: 41b964000000                   movl $0x64, %r9d
   62e: eb16                           jmp 0x16
   630: 4c8b542420                     movq 0x20(%rsp), %r10
   635: b901000000                     movl $0x1, %ecx
   63a: 41bd01000000                   movl $0x1, %r13d
   640: 41b90a000000                   movl $0xa, %r9d
   646: 488b542408                     movq 0x8(%rsp), %rdx
   64b: 4c8b442410                     movq 0x10(%rsp), %r8
   650: 488b3c24                       movq (%rsp), %rdi
   654: 498b742418                     movq 0x18(%r12), %rsi
   659: 4939fa                         cmpq %rdi, %r10
   65c: 0f840cfaffff                   je -0x5f4
   662: e956fcffff                     jmp -0x3aa
   667: 41b950000000                   movl $0x50, %r9d
   66d: 41bd08000000                   movl $0x8, %r13d
   673: b903000000                     movl $0x3, %ecx
   678: 488b542408                     movq 0x8(%rsp), %rdx
   67d: 4c8b442410                     movq 0x10(%rsp), %r8
   682: 4c8b1424                       movq (%rsp), %r10
   686: e9def9ffff                     jmp -0x622
   68b: 41b914000000                   movl $0x14, %r9d
   691: 41bd02000000                   movl $0x2, %r13d
   697: 4989fa                         movq %rdi, %r10
   69a: b902000000                     movl $0x2, %ecx
   69f: ebaf                           jmp -0x51
   6a1: 49ff00                         incq (%r8)
   6a4: 4989fa                         movq %rdi, %r10
   6a7: b901000000                     movl $0x1, %ecx
   6ac: 41b946000000                   movl $0x46, %r9d
   6b2: bd30000000                     movl $0x30, %ebp
   6b7: eb97                           jmp -0x69
   6b9: 488b442420                     movq 0x20(%rsp), %rax
   6be: 4889442418                     movq %rax, 0x18(%rsp)
   6c3: e9bcfcffff                     jmp -0x344
   6c8: 48c70201000000                 movq $0x1, (%rdx)
   6cf: 41bd0a000000                   movl $0xa, %r13d
   6d5: b902000000                     movl $0x2, %ecx
   6da: 41b964000000                   movl $0x64, %r9d
   6e0: e96bffffff                     jmp -0x95
   6e5: 4c8b542420                     movq 0x20(%rsp), %r10
   6ea: b903000000                     movl $0x3, %ecx
   6ef: 41bd08000000                   movl $0x8, %r13d
   6f5: 41b950000000                   movl $0x50, %r9d
   6fb: e946ffffff                     jmp -0xba
   700: b903000000                     movl $0x3, %ecx
   705: 41bd08000000                   movl $0x8, %r13d
   70b: 41b950000000                   movl $0x50, %r9d
   711: 488b542408                     movq 0x8(%rsp), %rdx
   716: e987fcffff                     jmp -0x379
# data
     0: 00000000000000000000000000000000
        # hole data+0x8: GOT Abs64 index+0
