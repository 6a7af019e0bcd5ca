# stencil dot_product_float for x86_64-pc-windows-msvc: 1790 code bytes, 8 data bytes, 21 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b7820                       movq 0x20(%rax), %r15
     e: 41b901000000                   movl $0x1, %r9d
    14: 41b801000000                   movl $0x1, %r8d
    1a: b90a000000                     movl $0xa, %ecx
    1f: ba28000000                     movl $0x28, %edx
    24: 41f6c701                       testb $0x1, %r15b
    28: 0f8584020000                   jne 0x284
    2e: 41837f0804                     cmpl $0x4, 0x8(%r15)
    33: 0f8579020000                   jne 0x279
    39: 488b18                         movq (%rax), %rbx
    3c: 4c8b6808                       movq 0x8(%rax), %r13
    40: 488b7810                       movq 0x10(%rax), %rdi
    44: 488b6818                       movq 0x18(%rax), %rbp
    48: 498b4740                       movq 0x40(%r15), %rax
    4c: 498b7730                       movq 0x30(%r15), %rsi
    50: 498b4f38                       movq 0x38(%r15), %rcx
    54: 4885c0                         testq %rax, %rax
    57: 7e1b                           jle 0x1b
    59: 4839ce                         cmpq %rcx, %rsi
    5c: 7c1b                           jl 0x1b
    5e: 41b902000000                   movl $0x2, %r9d
    64: 41b802000000                   movl $0x2, %r8d
    6a: b914000000                     movl $0x14, %ecx
    6f: e93e020000                     jmp 0x23e
    74: 4839ce                         cmpq %rcx, %rsi
    77: 7ee5                           jle -0x1b
    79: 4801f0                         addq %rsi, %rax
    7c: 49894730                       movq %rax, 0x30(%r15)
    80: 40f6c501                       testb $0x1, %bpl
    84: 750e                           jne 0xe
    86: 48ff4d00                       decq (%rbp)
    8a: 7508                           jne 0x8
    8c: 4889e9                         movq %rbp, %rcx
    8f: e800000000                     callq 0x0
        # hole +0x90: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    94: 40f6c701                       testb $0x1, %dil
    98: 7503                           jne 0x3
    9a: 48ff07                         incq (%rdi)
    9d: 48897c2448                     movq %rdi, 0x48(%rsp)
    a2: 488d047501000000               leaq 0x1(,%rsi,2), %rax
    aa: 41b901000000                   movl $0x1, %r9d
    b0: 41b808000000                   movl $0x8, %r8d
    b6: b950000000                     movl $0x50, %ecx
    bb: ba40000000                     movl $0x40, %edx
    c0: f6c301                         testb $0x1, %bl
    c3: 7564                           jne 0x64
    c5: 4889c7                         movq %rax, %rdi
    c8: 488b03                         movq (%rbx), %rax
    cb: 48ffc0                         incq %rax
    ce: 488903                         movq %rax, (%rbx)
    d1: 837b0803                       cmpl $0x3, 0x8(%rbx)
    d5: 0f85c7040000                   jne 0x4c7
    db: 4801f6                         addq %rsi, %rsi
    de: 48d1fe                         sarq %rsi
    e1: 0f88bb040000                   js 0x4bb
    e7: 48896c2438                     movq %rbp, 0x38(%rsp)
    ec: 483b7330                       cmpq 0x30(%rbx), %rsi
    f0: 0f8d11050000                   jge 0x511
    f6: 488b4b40                       movq 0x40(%rbx), %rcx
    fa: 488b2cf1                       movq (%rcx,%rsi,8), %rbp
    fe: 40f6c501                       testb $0x1, %bpl
   102: 7536                           jne 0x36
   104: 48ff4500                       incq (%rbp)
   108: 488b03                         movq (%rbx), %rax
   10b: 48ffc8                         decq %rax
   10e: 488903                         movq %rax, (%rbx)
   111: 742f                           je 0x2f
   113: 41b80b000000                   movl $0xb, %r8d
   119: b96e000000                     movl $0x6e, %ecx
   11e: 41f6c501                       testb $0x1, %r13b
   122: 7442                           je 0x42
   124: e98c000000                     jmp 0x8c
   129: 41b301                         movb $0x1, %r11b
   12c: 41b201                         movb $0x1, %r10b
   12f: 4989c5                         movq %rax, %r13
   132: 4889c6                         movq %rax, %rsi
   135: e92f010000                     jmp 0x12f
   13a: 48ffc8                         decq %rax
   13d: 488903                         movq %rax, (%rbx)
   140: 75d1                           jne -0x2f
   142: 4889d9                         movq %rbx, %rcx
   145: e800000000                     callq 0x0
        # hole +0x146: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   14a: 41b901000000                   movl $0x1, %r9d
   150: ba40000000                     movl $0x40, %edx
   155: 41b80b000000                   movl $0xb, %r8d
   15b: b96e000000                     movl $0x6e, %ecx
   160: 41f6c501                       testb $0x1, %r13b
   164: 754f                           jne 0x4f
   166: 498b4500                       movq (%r13), %rax
   16a: 48ffc0                         incq %rax
   16d: 49894500                       movq %rax, (%r13)
   171: 41837d0803                     cmpl $0x3, 0x8(%r13)
   176: 753d                           jne 0x3d
   178: 493b7530                       cmpq 0x30(%r13), %rsi
   17c: 7d37                           jge 0x37
   17e: 498b4d40                       movq 0x40(%r13), %rcx
   182: 4c8b14f1                       movq (%rcx,%rsi,8), %r10
   186: 41f6c201                       testb $0x1, %r10b
   18a: 753c                           jne 0x3c
   18c: 49ff02                         incq (%r10)
   18f: 498b4500                       movq (%r13), %rax
   193: 48ffc8                         decq %rax
   196: 49894500                       movq %rax, (%r13)
   19a: 4889fe                         movq %rdi, %rsi
   19d: 7435                           je 0x35
   19f: 41b80c000000                   movl $0xc, %r8d
   1a5: b978000000                     movl $0x78, %ecx
   1aa: 40f6c501                       testb $0x1, %bpl
   1ae: 744e                           je 0x4e
   1b0: e9a0000000                     jmp 0xa0
   1b5: 4531db                         xorl %r11d, %r11d
   1b8: ba48000000                     movl $0x48, %edx
   1bd: 41b201                         movb $0x1, %r10b
   1c0: 4889fe                         movq %rdi, %rsi
   1c3: e999000000                     jmp 0x99
   1c8: 48ffc8                         decq %rax
   1cb: 49894500                       movq %rax, (%r13)
   1cf: 4889fe                         movq %rdi, %rsi
   1d2: 75cb                           jne -0x35
   1d4: 4c89e9                         movq %r13, %rcx
   1d7: 4c89d7                         movq %r10, %rdi
   1da: e800000000                     callq 0x0
        # hole +0x1db: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1df: 4989fa                         movq %rdi, %r10
   1e2: 41b901000000                   movl $0x1, %r9d
   1e8: ba40000000                     movl $0x40, %edx
   1ed: 41b80c000000                   movl $0xc, %r8d
   1f3: b978000000                     movl $0x78, %ecx
   1f8: 40f6c501                       testb $0x1, %bpl
   1fc: 7557                           jne 0x57
   1fe: 837d0802                       cmpl $0x2, 0x8(%rbp)
   202: 7551                           jne 0x51
   204: 41f6c201                       testb $0x1, %r10b
   208: 754b                           jne 0x4b
   20a: 41837a0802                     cmpl $0x2, 0x8(%r10)
   20f: 7544                           jne 0x44
   211: f20f107530                     movsd 0x30(%rbp), %xmm6
   216: f2410f597230                   mulsd 0x30(%r10), %xmm6
   21c: 48ff4d00                       decq (%rbp)
   220: 0f85b6000000                   jne 0xb6
   226: 4889e9                         movq %rbp, %rcx
   229: 4c89d7                         movq %r10, %rdi
   22c: e800000000                     callq 0x0
        # hole +0x22d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   231: 4989fa                         movq %rdi, %r10
   234: 49ff0a                         decq (%r10)
   237: 0f84a8000000                   je 0xa8
   23d: 488b4c2448                     movq 0x48(%rsp), %rcx
   242: f6c101                         testb $0x1, %cl
   245: 488b6c2438                     movq 0x38(%rsp), %rbp
   24a: 0f84b6000000                   je 0xb6
   250: e9c8020000                     jmp 0x2c8
   255: 41b301                         movb $0x1, %r11b
   258: 4d89d5                         movq %r10, %r13
   25b: 41b201                         movb $0x1, %r10b
   25e: 4889f7                         movq %rsi, %rdi
   261: 4889eb                         movq %rbp, %rbx
   264: 488b6c2438                     movq 0x38(%rsp), %rbp
   269: 41b701                         movb $0x1, %r15b
   26c: 4839ee                         cmpq %rbp, %rsi
   26f: 7409                           je 0x9
   271: 498b442418                     movq 0x18(%r12), %rax
   276: 48897018                       movq %rsi, 0x18(%rax)
   27a: 4584ff                         testb %r15b, %r15b
   27d: 7433                           je 0x33
   27f: 498b442418                     movq 0x18(%r12), %rax
   284: 488b742448                     movq 0x48(%rsp), %rsi
   289: 48897028                       movq %rsi, 0x28(%rax)
   28d: 498b442418                     movq 0x18(%r12), %rax
   292: 48895830                       movq %rbx, 0x30(%rax)
   296: 4584d2                         testb %r10b, %r10b
   299: 7417                           je 0x17
   29b: 498b442418                     movq 0x18(%r12), %rax
   2a0: 4c896838                       movq %r13, 0x38(%rax)
   2a4: 4584db                         testb %r11b, %r11b
   2a7: 7509                           jne 0x9
   2a9: 498b442418                     movq 0x18(%r12), %rax
   2ae: 48897840                       movq %rdi, 0x40(%rax)
   2b2: 4903542418                     addq 0x18(%r12), %rdx
   2b7: 488b0500000000                 movq (%rip), %rax
        # hole +0x2ba: IMAGE_REL_AMD64_REL32 Rel32 data-4
   2be: 4c01c0                         addq %r8, %rax
   2c1: 48894c2428                     movq %rcx, 0x28(%rsp)
   2c6: 4889442420                     movq %rax, 0x20(%rsp)
   2cb: 4c89e1                         movq %r12, %rcx
   2ce: 4d89f0                         movq %r14, %r8
   2d1: e800000000                     callq 0x0
        # hole +0x2d2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   2d6: 4883c450                       addq $0x50, %rsp
   2da: 5d                             popq %rbp
   2db: c3                             retq
   2dc: 49ff0a                         decq (%r10)
   2df: 0f8558ffffff                   jne -0xa8
   2e5: 4c89d1                         movq %r10, %rcx
   2e8: 4c89d7                         movq %r10, %rdi
   2eb: e800000000                     callq 0x0
        # hole +0x2ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f0: 4989fa                         movq %rdi, %r10
   2f3: 488b4c2448                     movq 0x48(%rsp), %rcx
   2f8: f6c101                         testb $0x1, %cl
   2fb: 488b6c2438                     movq 0x38(%rsp), %rbp
   300: 0f8517020000                   jne 0x217
   306: 83790802                       cmpl $0x2, 0x8(%rcx)
   30a: 0f850d020000                   jne 0x20d
   310: f20f587130                     addsd 0x30(%rcx), %xmm6
   315: 488b01                         movq (%rcx), %rax
   318: 48ffc8                         decq %rax
   31b: 488901                         movq %rax, (%rcx)
   31e: 7518                           jne 0x18
   320: 488b4c2448                     movq 0x48(%rsp), %rcx
   325: 4c89d7                         movq %r10, %rdi
   328: e800000000                     callq 0x0
        # hole +0x329: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   32d: 488b4c2448                     movq 0x48(%rsp), %rcx
   332: 4989fa                         movq %rdi, %r10
   335: 488b01                         movq (%rcx), %rax
   338: 48ffc8                         decq %rax
   33b: 488901                         movq %rax, (%rcx)
   33e: 7510                           jne 0x10
   340: 488b4c2448                     movq 0x48(%rsp), %rcx
   345: 4c89d7                         movq %r10, %rdi
   348: e800000000                     callq 0x0
        # hole +0x349: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   34d: 4989fa                         movq %rdi, %r10
   350: 498b4608                       movq 0x8(%r14), %rax
   354: 48ffc0                         incq %rax
   357: 49894608                       movq %rax, 0x8(%r14)
   35b: 493b4610                       cmpq 0x10(%r14), %rax
   35f: 0f8dee010000                   jge 0x1ee
   365: 49833e00                       cmpq $0x0, (%r14)
   369: 0f85f0010000                   jne 0x1f0
   36f: 41837f0804                     cmpl $0x4, 0x8(%r15)
   374: 0f857c010000                   jne 0x17c
   37a: 4889f7                         movq %rsi, %rdi
   37d: 498b4740                       movq 0x40(%r15), %rax
   381: 498b7730                       movq 0x30(%r15), %rsi
   385: 498b4f38                       movq 0x38(%r15), %rcx
   389: 4885c0                         testq %rax, %rax
   38c: 7e0a                           jle 0xa
   38e: 4839ce                         cmpq %rcx, %rsi
   391: 7c0e                           jl 0xe
   393: e980020000                     jmp 0x280
   398: 4839ce                         cmpq %rcx, %rsi
   39b: 0f8e77020000                   jle 0x277
   3a1: 4801f0                         addq %rsi, %rax
   3a4: 49894730                       movq %rax, 0x30(%r15)
   3a8: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   3b0: 4889442440                     movq %rax, 0x40(%rsp)
   3b5: 488b03                         movq (%rbx), %rax
   3b8: 48ffc0                         incq %rax
   3bb: 488903                         movq %rax, (%rbx)
   3be: 837b0803                       cmpl $0x3, 0x8(%rbx)
   3c2: 0f8590020000                   jne 0x290
   3c8: 4801f6                         addq %rsi, %rsi
   3cb: 48d1fe                         sarq %rsi
   3ce: 0f8884020000                   js 0x284
   3d4: 483b7330                       cmpq 0x30(%rbx), %rsi
   3d8: 0f8d7a020000                   jge 0x27a
   3de: 488b4b40                       movq 0x40(%rbx), %rcx
   3e2: 488b2cf1                       movq (%rcx,%rsi,8), %rbp
   3e6: 40f6c501                       testb $0x1, %bpl
   3ea: 7507                           jne 0x7
   3ec: 48ff4500                       incq (%rbp)
   3f0: 488b03                         movq (%rbx), %rax
   3f3: 48ffc8                         decq %rax
   3f6: 488903                         movq %rax, (%rbx)
   3f9: 7508                           jne 0x8
   3fb: 4889d9                         movq %rbx, %rcx
   3fe: e800000000                     callq 0x0
        # hole +0x3ff: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   403: 498b4500                       movq (%r13), %rax
   407: 48ffc0                         incq %rax
   40a: 49894500                       movq %rax, (%r13)
   40e: 41837d0803                     cmpl $0x3, 0x8(%r13)
   413: 0f8573020000                   jne 0x273
   419: 493b7530                       cmpq 0x30(%r13), %rsi
   41d: 0f8d69020000                   jge 0x269
   423: 498b4d40                       movq 0x40(%r13), %rcx
   427: 4c8b14f1                       movq (%rcx,%rsi,8), %r10
   42b: 41f6c201                       testb $0x1, %r10b
   42f: 752e                           jne 0x2e
   431: 49ff02                         incq (%r10)
   434: 498b4500                       movq (%r13), %rax
   438: 48ffc8                         decq %rax
   43b: 49894500                       movq %rax, (%r13)
   43f: 488b742440                     movq 0x40(%rsp), %rsi
   444: 7527                           jne 0x27
   446: 4c89e9                         movq %r13, %rcx
   449: 4c89d7                         movq %r10, %rdi
   44c: e800000000                     callq 0x0
        # hole +0x44d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   451: 4989fa                         movq %rdi, %r10
   454: 40f6c501                       testb $0x1, %bpl
   458: 741d                           je 0x1d
   45a: e954010000                     jmp 0x154
   45f: 48ffc8                         decq %rax
   462: 49894500                       movq %rax, (%r13)
   466: 488b742440                     movq 0x40(%rsp), %rsi
   46b: 74d9                           je -0x27
   46d: 40f6c501                       testb $0x1, %bpl
   471: 0f853c010000                   jne 0x13c
   477: 837d0802                       cmpl $0x2, 0x8(%rbp)
   47b: 0f8532010000                   jne 0x132
   481: 41f6c201                       testb $0x1, %r10b
   485: 0f8528010000                   jne 0x128
   48b: 41837a0802                     cmpl $0x2, 0x8(%r10)
   490: 0f851d010000                   jne 0x11d
   496: f20f107d30                     movsd 0x30(%rbp), %xmm7
   49b: f2410f597a30                   mulsd 0x30(%r10), %xmm7
   4a1: 48ff4d00                       decq (%rbp)
   4a5: 750e                           jne 0xe
   4a7: 4889e9                         movq %rbp, %rcx
   4aa: 4c89d7                         movq %r10, %rdi
   4ad: e800000000                     callq 0x0
        # hole +0x4ae: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4b2: 4989fa                         movq %rdi, %r10
   4b5: 49ff0a                         decq (%r10)
   4b8: 750e                           jne 0xe
   4ba: 4c89d1                         movq %r10, %rcx
   4bd: 4c89d7                         movq %r10, %rdi
   4c0: e800000000                     callq 0x0
        # hole +0x4c1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4c5: 4989fa                         movq %rdi, %r10
   4c8: f20f58f7                       addsd %xmm7, %xmm6
   4cc: 498b4608                       movq 0x8(%r14), %rax
   4d0: 48ffc0                         incq %rax
   4d3: 49894608                       movq %rax, 0x8(%r14)
   4d7: 493b4610                       cmpq 0x10(%r14), %rax
   4db: 488b6c2438                     movq 0x38(%rsp), %rbp
   4e0: 7d71                           jge 0x71
   4e2: 49833e00                       cmpq $0x0, (%r14)
   4e6: 7577                           jne 0x77
   4e8: 41837f0804                     cmpl $0x4, 0x8(%r15)
   4ed: 4889f7                         movq %rsi, %rdi
   4f0: 0f8487feffff                   je -0x179
   4f6: 4d89d5                         movq %r10, %r13
   4f9: 4c89f1                         movq %r14, %rcx
   4fc: 660f28ce                       movapd %xmm6, %xmm1
   500: e800000000                     callq 0x0
        # hole +0x501: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   505: ba28000000                     movl $0x28, %edx
   50a: b90a000000                     movl $0xa, %ecx
   50f: 41b801000000                   movl $0x1, %r8d
   515: 41b901000000                   movl $0x1, %r9d
   51b: eb67                           jmp 0x67
   51d: 4c89f1                         movq %r14, %rcx
   520: 660f28ce                       movapd %xmm6, %xmm1
   524: 4d89d5                         movq %r10, %r13
   527: e800000000                     callq 0x0
        # hole +0x528: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   52c: 41b901000000                   movl $0x1, %r9d
   532: 4889c3                         movq %rax, %rbx
   535: 41b80e000000                   movl $0xe, %r8d
   53b: b98c000000                     movl $0x8c, %ecx
   540: ba38000000                     movl $0x38, %edx
   545: 4531db                         xorl %r11d, %r11d
   548: 4531d2                         xorl %r10d, %r10d
   54b: 4889f7                         movq %rsi, %rdi
   54e: e916fdffff                     jmp -0x2ea
   553: 4d89d5                         movq %r10, %r13
   556: 49c70601000000                 movq $0x1, (%r14)
   55d: eb03                           jmp 0x3
   55f: 4d89d5                         movq %r10, %r13
   562: 4c89f1                         movq %r14, %rcx
   565: 660f28ce                       movapd %xmm6, %xmm1
   569: e800000000                     callq 0x0
        # hole +0x56a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   56e: ba28000000                     movl $0x28, %edx
   573: b9aa000000                     movl $0xaa, %ecx
   578: 41b811000000                   movl $0x11, %r8d
   57e: 41b902000000                   movl $0x2, %r9d
   584: 31db                           xorl %ebx, %ebx
   586: 4889f7                         movq %rsi, %rdi
   589: 4531d2                         xorl %r10d, %r10d
   58c: 4531db                         xorl %r11d, %r11d
   58f: 483b442448                     cmpq 0x48(%rsp), %rax
   594: 0f8542010000                   jne 0x142
   59a: 4589d7                         movl %r10d, %r15d
   59d: e9cafcffff                     jmp -0x336
   5a2: 41b301                         movb $0x1, %r11b
   5a5: 41b201                         movb $0x1, %r10b
   5a8: 4889fe                         movq %rdi, %rsi
   5ab: 4989f5                         movq %rsi, %r13
   5ae: e9b6fcffff                     jmp -0x34a
   5b3: 4d89d5                         movq %r10, %r13
   5b6: 4c89f1                         movq %r14, %rcx
   5b9: 660f28ce                       movapd %xmm6, %xmm1
   5bd: e800000000                     callq 0x0
        # hole +0x5be: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   5c2: 41b201                         movb $0x1, %r10b
   5c5: b978000000                     movl $0x78, %ecx
   5ca: 41b80c000000                   movl $0xc, %r8d
   5d0: 4883f808                       cmpq $0x8, %rax
   5d4: 7207                           jb 0x7
   5d6: 48c70002000000                 movq $0x2, (%rax)
   5dd: 4889eb                         movq %rbp, %rbx
   5e0: 488b742440                     movq 0x40(%rsp), %rsi
   5e5: 4889f7                         movq %rsi, %rdi
   5e8: 41b301                         movb $0x1, %r11b
   5eb: ba40000000                     movl $0x40, %edx
   5f0: 41b901000000                   movl $0x1, %r9d
   5f6: 488b6c2438                     movq 0x38(%rsp), %rbp
   5fb: 483b442448                     cmpq 0x48(%rsp), %rax
   600: 7498                           je -0x68
   602: e9d5000000                     jmp 0xd5
   607: 41b301                         movb $0x1, %r11b
   60a: 41b201                         movb $0x1, %r10b
   60d: 4889fe                         movq %rdi, %rsi
   610: 4989f5                         movq %rsi, %r13
   613: e94cfcffff                     jmp -0x3b4
   618: 4d89d5                         movq %r10, %r13
   61b: 4c89f1                         movq %r14, %rcx
   61e: 660f28ce                       movapd %xmm6, %xmm1
   622: e800000000                     callq 0x0
        # hole +0x623: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   627: ba28000000                     movl $0x28, %edx
   62c: b914000000                     movl $0x14, %ecx
   631: 41b802000000                   movl $0x2, %r8d
   637: 41b902000000                   movl $0x2, %r9d
   63d: 31db                           xorl %ebx, %ebx
   63f: 4889fe                         movq %rdi, %rsi
   642: 4531d2                         xorl %r10d, %r10d
   645: 4531db                         xorl %r11d, %r11d
   648: 483b442448                     cmpq 0x48(%rsp), %rax
   64d: 0f8589000000                   jne 0x89
   653: e942ffffff                     jmp -0xbe
   658: 4c89f1                         movq %r14, %rcx
   65b: 660f28ce                       movapd %xmm6, %xmm1
   65f: e800000000                     callq 0x0
        # hole +0x660: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   664: 41b201                         movb $0x1, %r10b
   667: b950000000                     movl $0x50, %ecx
   66c: 41b808000000                   movl $0x8, %r8d
   672: 4883f808                       cmpq $0x8, %rax
   676: 7207                           jb 0x7
   678: 48c70002000000                 movq $0x2, (%rax)
   67f: 488b742440                     movq 0x40(%rsp), %rsi
   684: 4989f5                         movq %rsi, %r13
   687: e95cffffff                     jmp -0xa4
   68c: 4c89f1                         movq %r14, %rcx
   68f: 660f28ce                       movapd %xmm6, %xmm1
   693: e800000000                     callq 0x0
        # hole +0x694: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   698: 41b201                         movb $0x1, %r10b
   69b: b96e000000                     movl $0x6e, %ecx
   6a0: 41b80b000000                   movl $0xb, %r8d
   6a6: 4883f808                       cmpq $0x8, %rax
   6aa: 7207                           jb 0x7
   6ac: 48c70002000000                 movq $0x2, (%rax)
   6b3: 4531db                         xorl %r11d, %r11d
   6b6: 4889eb                         movq %rbp, %rbx
   6b9: 488b742440                     movq 0x40(%rsp), %rsi
   6be: 4889f7                         movq %rsi, %rdi
   6c1: ba48000000                     movl $0x48, %edx
   6c6: 41b901000000                   movl $0x1, %r9d
   6cc: 488b6c2438                     movq 0x38(%rsp), %rbp
   6d1: 483b442448                     cmpq 0x48(%rsp), %rax
   6d6: 0f84befeffff                   je -0x142
   6dc: 4989ff                         movq %rdi, %r15
   6df: 4889f7                         movq %rsi, %rdi
   6e2: 498b742418                     movq 0x18(%r12), %rsi
   6e7: 48894610                       movq %rax, 0x10(%rsi)
   6eb: 4889fe                         movq %rdi, %rsi
   6ee: 4c89ff                         movq %r15, %rdi
   6f1: 4589d7                         movl %r10d, %r15d
   6f4: 4889442448                     movq %rax, 0x48(%rsp)
   6f9: e96efbffff                     jmp -0x492
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
