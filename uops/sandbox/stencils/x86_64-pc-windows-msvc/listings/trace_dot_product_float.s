# stencil dot_product_float for x86_64-pc-windows-msvc: 1820 code bytes, 8 data bytes, 22 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b7820                       movq 0x20(%rax), %r15
     e: 41b901000000                   movl $0x1, %r9d
    14: 41b801000000                   movl $0x1, %r8d
    1a: b90a000000                     movl $0xa, %ecx
    1f: ba28000000                     movl $0x28, %edx
    24: 41f6c701                       testb $0x1, %r15b
    28: 0f8592020000                   jne 0x292
    2e: 41837f0804                     cmpl $0x4, 0x8(%r15)
    33: 0f8587020000                   jne 0x287
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
    6f: e94c020000                     jmp 0x24c
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
    9d: 48897c2440                     movq %rdi, 0x40(%rsp)
    a2: 488d047501000000               leaq 0x1(,%rsi,2), %rax
    aa: 41b901000000                   movl $0x1, %r9d
    b0: 41b808000000                   movl $0x8, %r8d
    b6: b950000000                     movl $0x50, %ecx
    bb: 40b701                         movb $0x1, %dil
    be: ba40000000                     movl $0x40, %edx
    c3: f6c301                         testb $0x1, %bl
    c6: 7566                           jne 0x66
    c8: 4889442438                     movq %rax, 0x38(%rsp)
    cd: 488b03                         movq (%rbx), %rax
    d0: 48ffc0                         incq %rax
    d3: 488903                         movq %rax, (%rbx)
    d6: 837b0803                       cmpl $0x3, 0x8(%rbx)
    da: 0f85c3040000                   jne 0x4c3
    e0: 4801f6                         addq %rsi, %rsi
    e3: 48d1fe                         sarq %rsi
    e6: 0f88b7040000                   js 0x4b7
    ec: 48896c2430                     movq %rbp, 0x30(%rsp)
    f1: 483b7330                       cmpq 0x30(%rbx), %rsi
    f5: 0f8df7040000                   jge 0x4f7
    fb: 488b4b40                       movq 0x40(%rbx), %rcx
    ff: 488b2cf1                       movq (%rcx,%rsi,8), %rbp
   103: 40f6c501                       testb $0x1, %bpl
   107: 7536                           jne 0x36
   109: 48ff4500                       incq (%rbp)
   10d: 488b03                         movq (%rbx), %rax
   110: 48ffc8                         decq %rax
   113: 488903                         movq %rax, (%rbx)
   116: 742f                           je 0x2f
   118: 41b80b000000                   movl $0xb, %r8d
   11e: b96e000000                     movl $0x6e, %ecx
   123: 41f6c501                       testb $0x1, %r13b
   127: 7442                           je 0x42
   129: e994000000                     jmp 0x94
   12e: 41b301                         movb $0x1, %r11b
   131: 41b201                         movb $0x1, %r10b
   134: 4989c5                         movq %rax, %r13
   137: 4889c6                         movq %rax, %rsi
   13a: e93b010000                     jmp 0x13b
   13f: 48ffc8                         decq %rax
   142: 488903                         movq %rax, (%rbx)
   145: 75d1                           jne -0x2f
   147: 4889d9                         movq %rbx, %rcx
   14a: e800000000                     callq 0x0
        # hole +0x14b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   14f: 41b901000000                   movl $0x1, %r9d
   155: ba40000000                     movl $0x40, %edx
   15a: 41b80b000000                   movl $0xb, %r8d
   160: b96e000000                     movl $0x6e, %ecx
   165: 41f6c501                       testb $0x1, %r13b
   169: 7557                           jne 0x57
   16b: 498b4500                       movq (%r13), %rax
   16f: 48ffc0                         incq %rax
   172: 49894500                       movq %rax, (%r13)
   176: 41837d0803                     cmpl $0x3, 0x8(%r13)
   17b: 7545                           jne 0x45
   17d: 493b7530                       cmpq 0x30(%r13), %rsi
   181: 0f8d7e040000                   jge 0x47e
   187: 498b4d40                       movq 0x40(%r13), %rcx
   18b: 488b0cf1                       movq (%rcx,%rsi,8), %rcx
   18f: 4889cf                         movq %rcx, %rdi
   192: f6c101                         testb $0x1, %cl
   195: 754b                           jne 0x4b
   197: 48ff07                         incq (%rdi)
   19a: 498b4500                       movq (%r13), %rax
   19e: 48ffc8                         decq %rax
   1a1: 49894500                       movq %rax, (%r13)
   1a5: 488b742438                     movq 0x38(%rsp), %rsi
   1aa: 7444                           je 0x44
   1ac: 41b80c000000                   movl $0xc, %r8d
   1b2: b978000000                     movl $0x78, %ecx
   1b7: 40f6c501                       testb $0x1, %bpl
   1bb: 7457                           je 0x57
   1bd: e9a1000000                     jmp 0xa1
   1c2: 4531db                         xorl %r11d, %r11d
   1c5: ba48000000                     movl $0x48, %edx
   1ca: 41b201                         movb $0x1, %r10b
   1cd: 488b742438                     movq 0x38(%rsp), %rsi
   1d2: 4989f7                         movq %rsi, %r15
   1d5: 4889eb                         movq %rbp, %rbx
   1d8: 488b6c2430                     movq 0x30(%rsp), %rbp
   1dd: e998000000                     jmp 0x98
   1e2: 48ffc8                         decq %rax
   1e5: 49894500                       movq %rax, (%r13)
   1e9: 488b742438                     movq 0x38(%rsp), %rsi
   1ee: 75bc                           jne -0x44
   1f0: 4c89e9                         movq %r13, %rcx
   1f3: e800000000                     callq 0x0
        # hole +0x1f4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1f8: 41b901000000                   movl $0x1, %r9d
   1fe: ba40000000                     movl $0x40, %edx
   203: 41b80c000000                   movl $0xc, %r8d
   209: b978000000                     movl $0x78, %ecx
   20e: 40f6c501                       testb $0x1, %bpl
   212: 754f                           jne 0x4f
   214: 837d0802                       cmpl $0x2, 0x8(%rbp)
   218: 7549                           jne 0x49
   21a: 40f6c701                       testb $0x1, %dil
   21e: 7543                           jne 0x43
   220: 837f0802                       cmpl $0x2, 0x8(%rdi)
   224: 753d                           jne 0x3d
   226: f20f107530                     movsd 0x30(%rbp), %xmm6
   22b: f20f597730                     mulsd 0x30(%rdi), %xmm6
   230: 48ff4d00                       decq (%rbp)
   234: 0f85b0000000                   jne 0xb0
   23a: 4889e9                         movq %rbp, %rcx
   23d: e800000000                     callq 0x0
        # hole +0x23e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   242: 48ff0f                         decq (%rdi)
   245: 0f84a8000000                   je 0xa8
   24b: 488b4c2440                     movq 0x40(%rsp), %rcx
   250: f6c101                         testb $0x1, %cl
   253: 488b6c2430                     movq 0x30(%rsp), %rbp
   258: 0f84b0000000                   je 0xb0
   25e: e9a5020000                     jmp 0x2a5
   263: 41b301                         movb $0x1, %r11b
   266: 41b201                         movb $0x1, %r10b
   269: 4989f7                         movq %rsi, %r15
   26c: 4989fd                         movq %rdi, %r13
   26f: 4889eb                         movq %rbp, %rbx
   272: 488b6c2430                     movq 0x30(%rsp), %rbp
   277: 40b701                         movb $0x1, %dil
   27a: 4839ee                         cmpq %rbp, %rsi
   27d: 7409                           je 0x9
   27f: 498b442418                     movq 0x18(%r12), %rax
   284: 48897018                       movq %rsi, 0x18(%rax)
   288: 4084ff                         testb %dil, %dil
   28b: 7433                           je 0x33
   28d: 498b442418                     movq 0x18(%r12), %rax
   292: 488b742440                     movq 0x40(%rsp), %rsi
   297: 48897028                       movq %rsi, 0x28(%rax)
   29b: 498b442418                     movq 0x18(%r12), %rax
   2a0: 48895830                       movq %rbx, 0x30(%rax)
   2a4: 4584d2                         testb %r10b, %r10b
   2a7: 7417                           je 0x17
   2a9: 498b442418                     movq 0x18(%r12), %rax
   2ae: 4c896838                       movq %r13, 0x38(%rax)
   2b2: 4584db                         testb %r11b, %r11b
   2b5: 7509                           jne 0x9
   2b7: 498b442418                     movq 0x18(%r12), %rax
   2bc: 4c897840                       movq %r15, 0x40(%rax)
   2c0: 4903542418                     addq 0x18(%r12), %rdx
   2c5: 488b0500000000                 movq (%rip), %rax
        # hole +0x2c8: IMAGE_REL_AMD64_REL32 Rel32 data-4
   2cc: 4c01c0                         addq %r8, %rax
   2cf: 48894c2428                     movq %rcx, 0x28(%rsp)
   2d4: 4889442420                     movq %rax, 0x20(%rsp)
   2d9: 4c89e1                         movq %r12, %rcx
   2dc: 4d89f0                         movq %r14, %r8
   2df: e800000000                     callq 0x0
        # hole +0x2e0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   2e4: 4883c450                       addq $0x50, %rsp
   2e8: 5d                             popq %rbp
   2e9: c3                             retq
   2ea: 48ff0f                         decq (%rdi)
   2ed: 0f8558ffffff                   jne -0xa8
   2f3: 4889f9                         movq %rdi, %rcx
   2f6: e800000000                     callq 0x0
        # hole +0x2f7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2fb: 488b4c2440                     movq 0x40(%rsp), %rcx
   300: f6c101                         testb $0x1, %cl
   303: 488b6c2430                     movq 0x30(%rsp), %rbp
   308: 0f85fa010000                   jne 0x1fa
   30e: 83790802                       cmpl $0x2, 0x8(%rcx)
   312: 0f85f0010000                   jne 0x1f0
   318: f20f587130                     addsd 0x30(%rcx), %xmm6
   31d: 488b01                         movq (%rcx), %rax
   320: 48ffc8                         decq %rax
   323: 488901                         movq %rax, (%rcx)
   326: 7512                           jne 0x12
   328: 488b4c2440                     movq 0x40(%rsp), %rcx
   32d: e800000000                     callq 0x0
        # hole +0x32e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   332: 488b4c2440                     movq 0x40(%rsp), %rcx
   337: 488b01                         movq (%rcx), %rax
   33a: 48ffc8                         decq %rax
   33d: 488901                         movq %rax, (%rcx)
   340: 750a                           jne 0xa
   342: 488b4c2440                     movq 0x40(%rsp), %rcx
   347: e800000000                     callq 0x0
        # hole +0x348: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   34c: 498b4608                       movq 0x8(%r14), %rax
   350: 48ffc0                         incq %rax
   353: 49894608                       movq %rax, 0x8(%r14)
   357: 493b4610                       cmpq 0x10(%r14), %rax
   35b: 0f8ddd010000                   jge 0x1dd
   361: 49833e00                       cmpq $0x0, (%r14)
   365: 0f85da010000                   jne 0x1da
   36b: 41837f0804                     cmpl $0x4, 0x8(%r15)
   370: 0f856e010000                   jne 0x16e
   376: 4889742448                     movq %rsi, 0x48(%rsp)
   37b: 498b4740                       movq 0x40(%r15), %rax
   37f: 498b7730                       movq 0x30(%r15), %rsi
   383: 498b4f38                       movq 0x38(%r15), %rcx
   387: 4885c0                         testq %rax, %rax
   38a: 7e0a                           jle 0xa
   38c: 4839ce                         cmpq %rcx, %rsi
   38f: 7c0e                           jl 0xe
   391: e987020000                     jmp 0x287
   396: 4839ce                         cmpq %rcx, %rsi
   399: 0f8e7e020000                   jle 0x27e
   39f: 4801f0                         addq %rsi, %rax
   3a2: 49894730                       movq %rax, 0x30(%r15)
   3a6: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   3ae: 4889442438                     movq %rax, 0x38(%rsp)
   3b3: 488b03                         movq (%rbx), %rax
   3b6: 48ffc0                         incq %rax
   3b9: 488903                         movq %rax, (%rbx)
   3bc: 837b0803                       cmpl $0x3, 0x8(%rbx)
   3c0: 0f8588020000                   jne 0x288
   3c6: 4801f6                         addq %rsi, %rsi
   3c9: 48d1fe                         sarq %rsi
   3cc: 0f887c020000                   js 0x27c
   3d2: 483b7330                       cmpq 0x30(%rbx), %rsi
   3d6: 0f8dfa020000                   jge 0x2fa
   3dc: 488b4b40                       movq 0x40(%rbx), %rcx
   3e0: 488b2cf1                       movq (%rcx,%rsi,8), %rbp
   3e4: 40f6c501                       testb $0x1, %bpl
   3e8: 7507                           jne 0x7
   3ea: 48ff4500                       incq (%rbp)
   3ee: 488b03                         movq (%rbx), %rax
   3f1: 48ffc8                         decq %rax
   3f4: 488903                         movq %rax, (%rbx)
   3f7: 7508                           jne 0x8
   3f9: 4889d9                         movq %rbx, %rcx
   3fc: e800000000                     callq 0x0
        # hole +0x3fd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   401: 498b4500                       movq (%r13), %rax
   405: 48ffc0                         incq %rax
   408: 49894500                       movq %rax, (%r13)
   40c: 41837d0803                     cmpl $0x3, 0x8(%r13)
   411: 0f8578020000                   jne 0x278
   417: 493b7530                       cmpq 0x30(%r13), %rsi
   41b: 0f8d6e020000                   jge 0x26e
   421: 498b4d40                       movq 0x40(%r13), %rcx
   425: 488b0cf1                       movq (%rcx,%rsi,8), %rcx
   429: 4889cf                         movq %rcx, %rdi
   42c: f6c101                         testb $0x1, %cl
   42f: 7528                           jne 0x28
   431: 48ff07                         incq (%rdi)
   434: 498b4500                       movq (%r13), %rax
   438: 48ffc8                         decq %rax
   43b: 49894500                       movq %rax, (%r13)
   43f: 488b742438                     movq 0x38(%rsp), %rsi
   444: 7521                           jne 0x21
   446: 4c89e9                         movq %r13, %rcx
   449: e800000000                     callq 0x0
        # hole +0x44a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   44e: 40f6c501                       testb $0x1, %bpl
   452: 741d                           je 0x1d
   454: e95d010000                     jmp 0x15d
   459: 48ffc8                         decq %rax
   45c: 49894500                       movq %rax, (%r13)
   460: 488b742438                     movq 0x38(%rsp), %rsi
   465: 74df                           je -0x21
   467: 40f6c501                       testb $0x1, %bpl
   46b: 0f8545010000                   jne 0x145
   471: 837d0802                       cmpl $0x2, 0x8(%rbp)
   475: 0f853b010000                   jne 0x13b
   47b: 40f6c701                       testb $0x1, %dil
   47f: 0f8531010000                   jne 0x131
   485: 837f0802                       cmpl $0x2, 0x8(%rdi)
   489: 0f8527010000                   jne 0x127
   48f: f20f107d30                     movsd 0x30(%rbp), %xmm7
   494: f20f597f30                     mulsd 0x30(%rdi), %xmm7
   499: 48ff4d00                       decq (%rbp)
   49d: 7508                           jne 0x8
   49f: 4889e9                         movq %rbp, %rcx
   4a2: e800000000                     callq 0x0
        # hole +0x4a3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4a7: 48ff0f                         decq (%rdi)
   4aa: 7508                           jne 0x8
   4ac: 4889f9                         movq %rdi, %rcx
   4af: e800000000                     callq 0x0
        # hole +0x4b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4b4: f20f58f7                       addsd %xmm7, %xmm6
   4b8: 498b4608                       movq 0x8(%r14), %rax
   4bc: 48ffc0                         incq %rax
   4bf: 49894608                       movq %rax, 0x8(%r14)
   4c3: 493b4610                       cmpq 0x10(%r14), %rax
   4c7: 488b6c2430                     movq 0x30(%rsp), %rbp
   4cc: 7d70                           jge 0x70
   4ce: 49833e00                       cmpq $0x0, (%r14)
   4d2: 7571                           jne 0x71
   4d4: 41837f0804                     cmpl $0x4, 0x8(%r15)
   4d9: 4889742448                     movq %rsi, 0x48(%rsp)
   4de: 0f8497feffff                   je -0x169
   4e4: 4c89f1                         movq %r14, %rcx
   4e7: 660f28ce                       movapd %xmm6, %xmm1
   4eb: e800000000                     callq 0x0
        # hole +0x4ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   4f0: ba28000000                     movl $0x28, %edx
   4f5: b90a000000                     movl $0xa, %ecx
   4fa: 41b801000000                   movl $0x1, %r8d
   500: 41b901000000                   movl $0x1, %r9d
   506: eb5f                           jmp 0x5f
   508: 4c89f1                         movq %r14, %rcx
   50b: 660f28ce                       movapd %xmm6, %xmm1
   50f: e800000000                     callq 0x0
        # hole +0x510: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   514: 41b901000000                   movl $0x1, %r9d
   51a: 4889c3                         movq %rax, %rbx
   51d: 41b80e000000                   movl $0xe, %r8d
   523: b98c000000                     movl $0x8c, %ecx
   528: ba38000000                     movl $0x38, %edx
   52d: 4531db                         xorl %r11d, %r11d
   530: 4531d2                         xorl %r10d, %r10d
   533: 4989f7                         movq %rsi, %r15
   536: 4989fd                         movq %rdi, %r13
   539: e939fdffff                     jmp -0x2c7
   53e: 49c70601000000                 movq $0x1, (%r14)
   545: 4c89f1                         movq %r14, %rcx
   548: 660f28ce                       movapd %xmm6, %xmm1
   54c: e800000000                     callq 0x0
        # hole +0x54d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   551: ba28000000                     movl $0x28, %edx
   556: b9aa000000                     movl $0xaa, %ecx
   55b: 41b811000000                   movl $0x11, %r8d
   561: 41b902000000                   movl $0x2, %r9d
   567: 31db                           xorl %ebx, %ebx
   569: 4989f7                         movq %rsi, %r15
   56c: 4531d2                         xorl %r10d, %r10d
   56f: 4531db                         xorl %r11d, %r11d
   572: 483b442440                     cmpq 0x40(%rsp), %rax
   577: 750b                           jne 0xb
   579: 4989fd                         movq %rdi, %r13
   57c: 4489d7                         movl %r10d, %edi
   57f: e9f6fcffff                     jmp -0x30a
   584: 4989fd                         movq %rdi, %r13
   587: 4889f7                         movq %rsi, %rdi
   58a: 498b742418                     movq 0x18(%r12), %rsi
   58f: 48894610                       movq %rax, 0x10(%rsi)
   593: 4889fe                         movq %rdi, %rsi
   596: 4489d7                         movl %r10d, %edi
   599: 4889442440                     movq %rax, 0x40(%rsp)
   59e: e9d7fcffff                     jmp -0x329
   5a3: 41b301                         movb $0x1, %r11b
   5a6: 41b201                         movb $0x1, %r10b
   5a9: 488b742438                     movq 0x38(%rsp), %rsi
   5ae: 4989f5                         movq %rsi, %r13
   5b1: e9c4fcffff                     jmp -0x33c
   5b6: 4c89f1                         movq %r14, %rcx
   5b9: 660f28ce                       movapd %xmm6, %xmm1
   5bd: e800000000                     callq 0x0
        # hole +0x5be: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   5c2: 48c70002000000                 movq $0x2, (%rax)
   5c9: ba40000000                     movl $0x40, %edx
   5ce: 41b201                         movb $0x1, %r10b
   5d1: b978000000                     movl $0x78, %ecx
   5d6: 41b80c000000                   movl $0xc, %r8d
   5dc: 41b901000000                   movl $0x1, %r9d
   5e2: 4889eb                         movq %rbp, %rbx
   5e5: 4989f7                         movq %rsi, %r15
   5e8: 41b301                         movb $0x1, %r11b
   5eb: 488b6c2430                     movq 0x30(%rsp), %rbp
   5f0: eb80                           jmp -0x80
   5f2: 41b301                         movb $0x1, %r11b
   5f5: 41b201                         movb $0x1, %r10b
   5f8: 488b742438                     movq 0x38(%rsp), %rsi
   5fd: 4989f5                         movq %rsi, %r13
   600: e9d3fbffff                     jmp -0x42d
   605: 4531db                         xorl %r11d, %r11d
   608: ba48000000                     movl $0x48, %edx
   60d: 41b201                         movb $0x1, %r10b
   610: 488b742438                     movq 0x38(%rsp), %rsi
   615: 4989f7                         movq %rsi, %r15
   618: e952fcffff                     jmp -0x3ae
   61d: 4c89f1                         movq %r14, %rcx
   620: 660f28ce                       movapd %xmm6, %xmm1
   624: e800000000                     callq 0x0
        # hole +0x625: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   629: ba28000000                     movl $0x28, %edx
   62e: b914000000                     movl $0x14, %ecx
   633: 41b802000000                   movl $0x2, %r8d
   639: 41b902000000                   movl $0x2, %r9d
   63f: 31db                           xorl %ebx, %ebx
   641: 4c8b7c2448                     movq 0x48(%rsp), %r15
   646: 4c89fe                         movq %r15, %rsi
   649: e91effffff                     jmp -0xe2
   64e: 4c89f1                         movq %r14, %rcx
   651: 660f28ce                       movapd %xmm6, %xmm1
   655: e800000000                     callq 0x0
        # hole +0x656: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   65a: 48c70002000000                 movq $0x2, (%rax)
   661: ba40000000                     movl $0x40, %edx
   666: 41b201                         movb $0x1, %r10b
   669: b950000000                     movl $0x50, %ecx
   66e: 41b808000000                   movl $0x8, %r8d
   674: 41b901000000                   movl $0x1, %r9d
   67a: 488b742438                     movq 0x38(%rsp), %rsi
   67f: 4889f7                         movq %rsi, %rdi
   682: 41b301                         movb $0x1, %r11b
   685: 4c8b7c2448                     movq 0x48(%rsp), %r15
   68a: e9e3feffff                     jmp -0x11d
   68f: 4c89f1                         movq %r14, %rcx
   692: 660f28ce                       movapd %xmm6, %xmm1
   696: e800000000                     callq 0x0
        # hole +0x697: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   69b: 48c70002000000                 movq $0x2, (%rax)
   6a2: ba48000000                     movl $0x48, %edx
   6a7: 41b201                         movb $0x1, %r10b
   6aa: b96e000000                     movl $0x6e, %ecx
   6af: 41b80b000000                   movl $0xb, %r8d
   6b5: 41b901000000                   movl $0x1, %r9d
   6bb: 4531db                         xorl %r11d, %r11d
   6be: 4889eb                         movq %rbp, %rbx
   6c1: 4c89ef                         movq %r13, %rdi
   6c4: 488b742438                     movq 0x38(%rsp), %rsi
   6c9: 4989f7                         movq %rsi, %r15
   6cc: 488b6c2430                     movq 0x30(%rsp), %rbp
   6d1: e99cfeffff                     jmp -0x164
   6d6: 4c89f1                         movq %r14, %rcx
   6d9: 660f28ce                       movapd %xmm6, %xmm1
   6dd: e800000000                     callq 0x0
        # hole +0x6de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   6e2: 48c70002000000                 movq $0x2, (%rax)
   6e9: ba40000000                     movl $0x40, %edx
   6ee: 41b201                         movb $0x1, %r10b
   6f1: b950000000                     movl $0x50, %ecx
   6f6: 41b808000000                   movl $0x8, %r8d
   6fc: 41b901000000                   movl $0x1, %r9d
   702: 488b742438                     movq 0x38(%rsp), %rsi
   707: 4889f7                         movq %rsi, %rdi
   70a: 41b301                         movb $0x1, %r11b
   70d: 488b6c2430                     movq 0x30(%rsp), %rbp
   712: 4c8b7c2448                     movq 0x48(%rsp), %r15
   717: e956feffff                     jmp -0x1aa
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
