# stencil nested_pop for x86_64-pc-windows-msvc: 3004 code bytes, 24 data bytes, 27 holes
     0: 55                             pushq %rbp
     1: 4881ecf0000000                 subq $0xf0, %rsp
     8: 498b4608                       movq 0x8(%r14), %rax
     c: 4889442450                     movq %rax, 0x50(%rsp)
    11: 4c89742458                     movq %r14, 0x58(%rsp)
    16: 498b4610                       movq 0x10(%r14), %rax
    1a: 48898424e8000000               movq %rax, 0xe8(%rsp)
    22: 4c89642448                     movq %r12, 0x48(%rsp)
    27: 498b442418                     movq 0x18(%r12), %rax
    2c: 4c8b28                         movq (%rax), %r13
    2f: 4c8b4808                       movq 0x8(%rax), %r9
    33: 488b5810                       movq 0x10(%rax), %rbx
    37: 488b4818                       movq 0x18(%rax), %rcx
    3b: 488b6820                       movq 0x20(%rax), %rbp
    3f: 488b7028                       movq 0x28(%rax), %rsi
    43: 4c8db42490000000               leaq 0x90(%rsp), %r14
    4b: 4889b424e0000000               movq %rsi, 0xe0(%rsp)
    53: 4889ac24d8000000               movq %rbp, 0xd8(%rsp)
    5b: 48898c24d0000000               movq %rcx, 0xd0(%rsp)
    63: 4989ca                         movq %rcx, %r10
    66: 48899c24c8000000               movq %rbx, 0xc8(%rsp)
    6e: 4c898c24c0000000               movq %r9, 0xc0(%rsp)
    76: 4c89ac24b8000000               movq %r13, 0xb8(%rsp)
    7e: 4989df                         movq %rbx, %r15
    81: 4c89ea                         movq %r13, %rdx
    84: eb13                           jmp 0x13
    86: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    90: 4939cc                         cmpq %rcx, %r12
    93: 0f8f67020000                   jg 0x267
    99: 40f6c601                       testb $0x1, %sil
    9d: 7551                           jne 0x51
    9f: 48ff0e                         decq (%rsi)
    a2: 754c                           jne 0x4c
    a4: 4889f1                         movq %rsi, %rcx
    a7: 4d89cc                         movq %r9, %r12
    aa: 48896c2438                     movq %rbp, 0x38(%rsp)
    af: 4c896c2430                     movq %r13, 0x30(%rsp)
    b4: 4989fd                         movq %rdi, %r13
    b7: 4889df                         movq %rbx, %rdi
    ba: 4c89d3                         movq %r10, %rbx
    bd: 4d89de                         movq %r11, %r14
    c0: 4889d5                         movq %rdx, %rbp
    c3: e800000000                     callq 0x0
        # hole +0xc4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    c8: 4889ea                         movq %rbp, %rdx
    cb: 4d89f3                         movq %r14, %r11
    ce: 4989da                         movq %rbx, %r10
    d1: 4889fb                         movq %rdi, %rbx
    d4: 4c89ef                         movq %r13, %rdi
    d7: 4c8b6c2430                     movq 0x30(%rsp), %r13
    dc: 488b6c2438                     movq 0x38(%rsp), %rbp
    e1: 4c8db42490000000               leaq 0x90(%rsp), %r14
    e9: 4d89e1                         movq %r12, %r9
    ec: 0f1f4000                       nopl (%rax)
    f0: 4889542460                     movq %rdx, 0x60(%rsp)
    f5: 4c894c2468                     movq %r9, 0x68(%rsp)
    fa: 4c897c2470                     movq %r15, 0x70(%rsp)
    ff: 4c89542478                     movq %r10, 0x78(%rsp)
   104: 4889ac2480000000               movq %rbp, 0x80(%rsp)
   10c: 4889b42488000000               movq %rsi, 0x88(%rsp)
   114: 4c89ac2490000000               movq %r13, 0x90(%rsp)
   11c: 4889bc2498000000               movq %rdi, 0x98(%rsp)
   124: 48899c24a0000000               movq %rbx, 0xa0(%rsp)
   12c: 4c899c24a8000000               movq %r11, 0xa8(%rsp)
   134: 40f6c501                       testb $0x1, %bpl
   138: 0f8580040000                   jne 0x480
   13e: 837d0804                       cmpl $0x4, 0x8(%rbp)
   142: 0f8576040000                   jne 0x476
   148: 488b4540                       movq 0x40(%rbp), %rax
   14c: 488b4d30                       movq 0x30(%rbp), %rcx
   150: 488b5538                       movq 0x38(%rbp), %rdx
   154: 4885c0                         testq %rax, %rax
   157: 4c8b642458                     movq 0x58(%rsp), %r12
   15c: 7e12                           jle 0x12
   15e: 4839d1                         cmpq %rdx, %rcx
   161: 7c16                           jl 0x16
   163: e9c2040000                     jmp 0x4c2
   168: 0f1f840000000000               nopl (%rax,%rax)
   170: 4839d1                         cmpq %rdx, %rcx
   173: 0f8eb1040000                   jle 0x4b1
   179: 4801c8                         addq %rcx, %rax
   17c: 48894530                       movq %rax, 0x30(%rbp)
   180: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   188: 4889842488000000               movq %rax, 0x88(%rsp)
   190: 4889442468                     movq %rax, 0x68(%rsp)
   195: 41f6c101                       testb $0x1, %r9b
   199: 7505                           jne 0x5
   19b: 49ff09                         decq (%r9)
   19e: 7431                           je 0x31
   1a0: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x1a3: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1a7: 40f6c701                       testb $0x1, %dil
   1ab: 7443                           je 0x43
   1ad: 4889bc2488000000               movq %rdi, 0x88(%rsp)
   1b5: 488b442478                     movq 0x78(%rsp), %rax
   1ba: a801                           testb $0x1, %al
   1bc: 7446                           je 0x46
   1be: 4889842490000000               movq %rax, 0x90(%rsp)
   1c6: 40f6c701                       testb $0x1, %dil
   1ca: 7455                           je 0x55
   1cc: e988040000                     jmp 0x488
   1d1: 4c89c9                         movq %r9, %rcx
   1d4: e800000000                     callq 0x0
        # hole +0x1d5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d9: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x1dc: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1e0: 40f6c701                       testb $0x1, %dil
   1e4: 75c7                           jne -0x39
   1e6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   1f0: 48ff07                         incq (%rdi)
   1f3: 4889bc2488000000               movq %rdi, 0x88(%rsp)
   1fb: 488b442478                     movq 0x78(%rsp), %rax
   200: a801                           testb $0x1, %al
   202: 75ba                           jne -0x46
   204: 48ff00                         incq (%rax)
   207: 488bbc2488000000               movq 0x88(%rsp), %rdi
   20f: 4889842490000000               movq %rax, 0x90(%rsp)
   217: 40f6c701                       testb $0x1, %dil
   21b: 0f8538040000                   jne 0x438
   221: 837f0808                       cmpl $0x8, 0x8(%rdi)
   225: 0f852e040000                   jne 0x42e
   22b: 41b801000000                   movl $0x1, %r8d
   231: 4c89e1                         movq %r12, %rcx
   234: 4c89f2                         movq %r14, %rdx
   237: ff5738                         callq *0x38(%rdi)
   23a: 4889c6                         movq %rax, %rsi
   23d: 488b8c2490000000               movq 0x90(%rsp), %rcx
   245: f6c101                         testb $0x1, %cl
   248: 7509                           jne 0x9
   24a: 48ff09                         decq (%rcx)
   24d: 0f848e000000                   je 0x8e
   253: 48ff0f                         decq (%rdi)
   256: 7508                           jne 0x8
   258: 4889f9                         movq %rdi, %rcx
   25b: e800000000                     callq 0x0
        # hole +0x25c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   260: 4885f6                         testq %rsi, %rsi
   263: 0f8499070000                   je 0x799
   269: 4889b42488000000               movq %rsi, 0x88(%rsp)
   271: 488b542460                     movq 0x60(%rsp), %rdx
   276: 4c8b4c2468                     movq 0x68(%rsp), %r9
   27b: 4c8b7c2470                     movq 0x70(%rsp), %r15
   280: 4c8b542478                     movq 0x78(%rsp), %r10
   285: 488bac2480000000               movq 0x80(%rsp), %rbp
   28d: 4c8bac2490000000               movq 0x90(%rsp), %r13
   295: 488bbc2498000000               movq 0x98(%rsp), %rdi
   29d: 488b9c24a0000000               movq 0xa0(%rsp), %rbx
   2a5: 40f6c601                       testb $0x1, %sil
   2a9: 0f8549030000                   jne 0x349
   2af: 837e0804                       cmpl $0x4, 0x8(%rsi)
   2b3: 0f853f030000                   jne 0x33f
   2b9: 4c8b9c24a8000000               movq 0xa8(%rsp), %r11
   2c1: 488b4640                       movq 0x40(%rsi), %rax
   2c5: 4c8b6630                       movq 0x30(%rsi), %r12
   2c9: 488b4e38                       movq 0x38(%rsi), %rcx
   2cd: 4885c0                         testq %rax, %rax
   2d0: 0f8ebafdffff                   jle -0x246
   2d6: 4939cc                         cmpq %rcx, %r12
   2d9: 0f8dbafdffff                   jge -0x246
   2df: eb1f                           jmp 0x1f
   2e1: e800000000                     callq 0x0
        # hole +0x2e2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2e6: 48ff0f                         decq (%rdi)
   2e9: 0f8571ffffff                   jne -0x8f
   2ef: e964ffffff                     jmp -0x9c
   2f4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   300: 4c01e0                         addq %r12, %rax
   303: 48894630                       movq %rax, 0x30(%rsi)
   307: 41f6c701                       testb $0x1, %r15b
   30b: 4c895c2438                     movq %r11, 0x38(%rsp)
   310: 7509                           jne 0x9
   312: 49ff0f                         decq (%r15)
   315: 0f8469020000                   je 0x269
   31b: f6c201                         testb $0x1, %dl
   31e: 7503                           jne 0x3
   320: 48ff02                         incq (%rdx)
   323: 41f6c101                       testb $0x1, %r9b
   327: 4c8bb424e8000000               movq 0xe8(%rsp), %r14
   32f: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
   339: 7503                           jne 0x3
   33b: 49ff01                         incq (%r9)
   33e: 4a8d1c6501000000               leaq 0x1(,%r12,2), %rbx
   346: 4d01e4                         addq %r12, %r12
   349: 4c89c8                         movq %r9, %rax
   34c: 48d1f8                         sarq %rax
   34f: 49d1fc                         sarq %r12
   352: 4c0fafe0                       imulq %rax, %r12
   356: 0f80b1070000                   jo 0x7b1
   35c: 4b8d0c3c                       leaq (%r12,%r15), %rcx
   360: 4885c9                         testq %rcx, %rcx
   363: 0f89a4070000                   jns 0x7a4
   369: 4a8d3c6501000000               leaq 0x1(,%r12,2), %rdi
   371: f6c201                         testb $0x1, %dl
   374: 0f84d7070000                   je 0x7d7
   37a: 4889d1                         movq %rdx, %rcx
   37d: 48d1f9                         sarq %rcx
   380: 4901cc                         addq %rcx, %r12
   383: 4c89e1                         movq %r12, %rcx
   386: 4c01f9                         addq %r15, %rcx
   389: 0f89ec070000                   jns 0x7ec
   38f: 4e8d2c6501000000               leaq 0x1(,%r12,2), %r13
   397: 4c8b642458                     movq 0x58(%rsp), %r12
   39c: 49833c2400                     cmpq $0x0, (%r12)
   3a1: 0f851e070000                   jne 0x71e
   3a7: 488b4c2450                     movq 0x50(%rsp), %rcx
   3ac: 48ffc1                         incq %rcx
   3af: 48894c2450                     movq %rcx, 0x50(%rsp)
   3b4: 4c39f1                         cmpq %r14, %rcx
   3b7: 0f8d1e070000                   jge 0x71e
   3bd: 41f6c101                       testb $0x1, %r9b
   3c1: 0f85c9000000                   jne 0xc9
   3c7: 660f1f840000000000             nopw (%rax,%rax)
   3d0: 837e0804                       cmpl $0x4, 0x8(%rsi)
   3d4: 0f854b040000                   jne 0x44b
   3da: 488b5640                       movq 0x40(%rsi), %rdx
   3de: 488b4e30                       movq 0x30(%rsi), %rcx
   3e2: 4c8b4638                       movq 0x38(%rsi), %r8
   3e6: 4885d2                         testq %rdx, %rdx
   3e9: 7e15                           jle 0x15
   3eb: 4c39c1                         cmpq %r8, %rcx
   3ee: 7c19                           jl 0x19
   3f0: e982010000                     jmp 0x182
   3f5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   400: 4c39c1                         cmpq %r8, %rcx
   403: 0f8ea8010000                   jle 0x1a8
   409: 4801ca                         addq %rcx, %rdx
   40c: 48895630                       movq %rdx, 0x30(%rsi)
   410: 49ff01                         incq (%r9)
   413: 488d1c4d01000000               leaq 0x1(,%rcx,2), %rbx
   41b: 4801c9                         addq %rcx, %rcx
   41e: 48d1f9                         sarq %rcx
   421: 480fafc8                       imulq %rax, %rcx
   425: 0f801d060000                   jo 0x61d
   42b: 4a8d1439                       leaq (%rcx,%r15), %rdx
   42f: 4885d2                         testq %rdx, %rdx
   432: 0f8910060000                   jns 0x610
   438: 488d3c4d01000000               leaq 0x1(,%rcx,2), %rdi
   440: 4c89ea                         movq %r13, %rdx
   443: 48d1fa                         sarq %rdx
   446: 4801ca                         addq %rcx, %rdx
   449: 4889d1                         movq %rdx, %rcx
   44c: 4c01f9                         addq %r15, %rcx
   44f: 0f8934060000                   jns 0x634
   455: 4c8d2c5501000000               leaq 0x1(,%rdx,2), %r13
   45d: 49833c2400                     cmpq $0x0, (%r12)
   462: 0f85e9030000                   jne 0x3e9
   468: 488b4c2450                     movq 0x50(%rsp), %rcx
   46d: 48ffc1                         incq %rcx
   470: 48894c2450                     movq %rcx, 0x50(%rsp)
   475: 4939ce                         cmpq %rcx, %r14
   478: 0f8552ffffff                   jne -0xae
   47e: e965030000                     jmp 0x365
   483: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   490: 837e0804                       cmpl $0x4, 0x8(%rsi)
   494: 4c894c2430                     movq %r9, 0x30(%rsp)
   499: 4c89542440                     movq %r10, 0x40(%rsp)
   49e: 0f858b030000                   jne 0x38b
   4a4: 488b5630                       movq 0x30(%rsi), %rdx
   4a8: 4c8b4e40                       movq 0x40(%rsi), %r9
   4ac: 488d0c12                       leaq (%rdx,%rdx), %rcx
   4b0: 4f8d0409                       leaq (%r9,%r9), %r8
   4b4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   4c0: 4c8b5638                       movq 0x38(%rsi), %r10
   4c4: 4d85c9                         testq %r9, %r9
   4c7: 7e17                           jle 0x17
   4c9: 4c39d2                         cmpq %r10, %rdx
   4cc: 7c17                           jl 0x17
   4ce: e98d000000                     jmp 0x8d
   4d3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   4e0: 4c39d2                         cmpq %r10, %rdx
   4e3: 7e7b                           jle 0x7b
   4e5: 4c01ca                         addq %r9, %rdx
   4e8: 48895630                       movq %rdx, 0x30(%rsi)
   4ec: 4989ca                         movq %rcx, %r10
   4ef: 49d1fa                         sarq %r10
   4f2: 4c0fafd0                       imulq %rax, %r10
   4f6: 0f803c050000                   jo 0x53c
   4fc: 4b8d3c3a                       leaq (%r10,%r15), %rdi
   500: 4885ff                         testq %rdi, %rdi
   503: 0f892f050000                   jns 0x52f
   509: 4a8d3c5501000000               leaq 0x1(,%r10,2), %rdi
   511: 4d89eb                         movq %r13, %r11
   514: 49d1fb                         sarq %r11
   517: 4d01d3                         addq %r10, %r11
   51a: 4d89da                         movq %r11, %r10
   51d: 4d01fa                         addq %r15, %r10
   520: 0f891a050000                   jns 0x51a
   526: 4e8d2c5d01000000               leaq 0x1(,%r11,2), %r13
   52e: 49833c2400                     cmpq $0x0, (%r12)
   533: 0f8591020000                   jne 0x291
   539: 488d5901                       leaq 0x1(%rcx), %rbx
   53d: 4c8b542450                     movq 0x50(%rsp), %r10
   542: 49ffc2                         incq %r10
   545: 4c01c1                         addq %r8, %rcx
   548: 4c89542450                     movq %r10, 0x50(%rsp)
   54d: 4d39d6                         cmpq %r10, %r14
   550: 4c8b5c2438                     movq 0x38(%rsp), %r11
   555: 0f8565ffffff                   jne -0x9b
   55b: e975020000                     jmp 0x275
   560: 4c8b4c2430                     movq 0x30(%rsp), %r9
   565: 4c8b542440                     movq 0x40(%rsp), %r10
   56a: 4c8db42490000000               leaq 0x90(%rsp), %r14
   572: e907fbffff                     jmp -0x4f9
   577: 4c8db42490000000               leaq 0x90(%rsp), %r14
   57f: e9fafaffff                     jmp -0x506
   584: 4c89f9                         movq %r15, %rcx
   587: 4c89cf                         movq %r9, %rdi
   58a: 4c89d3                         movq %r10, %rbx
   58d: 4989d6                         movq %rdx, %r14
   590: e800000000                     callq 0x0
        # hole +0x591: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   595: 4c89f2                         movq %r14, %rdx
   598: 4c8b5c2438                     movq 0x38(%rsp), %r11
   59d: 4989da                         movq %rbx, %r10
   5a0: 4989f9                         movq %rdi, %r9
   5a3: f6c201                         testb $0x1, %dl
   5a6: 0f8474fdffff                   je -0x28c
   5ac: e972fdffff                     jmp -0x28e
   5b1: 4c8db42490000000               leaq 0x90(%rsp), %r14
   5b9: e9c0faffff                     jmp -0x540
   5be: 488b0500000000                 movq (%rip), %rax
        # hole +0x5c1: IMAGE_REL_AMD64_REL32 Rel32 data+4
   5c5: 48ffc0                         incq %rax
   5c8: ba05000000                     movl $0x5, %edx
   5cd: 41ba0a000000                   movl $0xa, %r10d
   5d3: 41b901000000                   movl $0x1, %r9d
   5d9: 31f6                           xorl %esi, %esi
   5db: 4c8b642458                     movq 0x58(%rsp), %r12
   5e0: 488b7c2460                     movq 0x60(%rsp), %rdi
   5e5: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   5ed: 0f8594000000                   jne 0x94
   5f3: e99b000000                     jmp 0x9b
   5f8: 4c89542440                     movq %r10, 0x40(%rsp)
   5fd: 4c894c2430                     movq %r9, 0x30(%rsp)
   602: 488b0500000000                 movq (%rip), %rax
        # hole +0x605: IMAGE_REL_AMD64_REL32 Rel32 data+12
   609: 48ffc0                         incq %rax
   60c: b930000000                     movl $0x30, %ecx
   611: 48894c2438                     movq %rcx, 0x38(%rsp)
   616: 41b80a000000                   movl $0xa, %r8d
   61c: 41b901000000                   movl $0x1, %r9d
   622: 4531d2                         xorl %r10d, %r10d
   625: e95b020000                     jmp 0x25b
   62a: 488b0500000000                 movq (%rip), %rax
        # hole +0x62d: IMAGE_REL_AMD64_REL32 Rel32 data+4
   631: 4883c002                       addq $0x2, %rax
   635: ba05000000                     movl $0x5, %edx
   63a: 41ba14000000                   movl $0x14, %r10d
   640: 41b902000000                   movl $0x2, %r9d
   646: 31f6                           xorl %esi, %esi
   648: 488b7c2460                     movq 0x60(%rsp), %rdi
   64d: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   655: 7530                           jne 0x30
   657: eb3a                           jmp 0x3a
   659: 488b0500000000                 movq (%rip), %rax
        # hole +0x65c: IMAGE_REL_AMD64_REL32 Rel32 data+4
   660: 4883c007                       addq $0x7, %rax
   664: ba07000000                     movl $0x7, %edx
   669: 40b601                         movb $0x1, %sil
   66c: 41ba46000000                   movl $0x46, %r10d
   672: 41b901000000                   movl $0x1, %r9d
   678: 488b7c2460                     movq 0x60(%rsp), %rdi
   67d: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   685: 740c                           je 0xc
   687: 488b4c2448                     movq 0x48(%rsp), %rcx
   68c: 4c8b4118                       movq 0x18(%rcx), %r8
   690: 498938                         movq %rdi, (%r8)
   693: 488b7c2468                     movq 0x68(%rsp), %rdi
   698: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   6a0: 0f85bc000000                   jne 0xbc
   6a6: 488b7c2470                     movq 0x70(%rsp), %rdi
   6ab: 483bbc24c8000000               cmpq 0xc8(%rsp), %rdi
   6b3: 0f85c9000000                   jne 0xc9
   6b9: 488b7c2478                     movq 0x78(%rsp), %rdi
   6be: 483bbc24d0000000               cmpq 0xd0(%rsp), %rdi
   6c6: 0f85d6000000                   jne 0xd6
   6cc: 488bbc2480000000               movq 0x80(%rsp), %rdi
   6d4: 483bbc24d8000000               cmpq 0xd8(%rsp), %rdi
   6dc: 740d                           je 0xd
   6de: 488b4c2448                     movq 0x48(%rsp), %rcx
   6e3: 4c8b4118                       movq 0x18(%rcx), %r8
   6e7: 49897820                       movq %rdi, 0x20(%r8)
   6eb: 488bbc2488000000               movq 0x88(%rsp), %rdi
   6f3: 483bbc24e0000000               cmpq 0xe0(%rsp), %rdi
   6fb: 0f94c3                         sete %bl
   6fe: 4189f0                         movl %esi, %r8d
   701: 4180f001                       xorb $0x1, %r8b
   705: 4108d8                         orb %bl, %r8b
   708: 750d                           jne 0xd
   70a: 488b4c2448                     movq 0x48(%rsp), %rcx
   70f: 4c8b4118                       movq 0x18(%rcx), %r8
   713: 49897828                       movq %rdi, 0x28(%r8)
   717: 4084f6                         testb %sil, %sil
   71a: 7415                           je 0x15
   71c: 488bb42490000000               movq 0x90(%rsp), %rsi
   724: 488b4c2448                     movq 0x48(%rsp), %rcx
   729: 488b7918                       movq 0x18(%rcx), %rdi
   72d: 48897730                       movq %rsi, 0x30(%rdi)
   731: c1e203                         shll $0x3, %edx
   734: 488b4c2448                     movq 0x48(%rsp), %rcx
   739: 48035118                       addq 0x18(%rcx), %rdx
   73d: 4c89542428                     movq %r10, 0x28(%rsp)
   742: 4889442420                     movq %rax, 0x20(%rsp)
   747: 4d89e0                         movq %r12, %r8
   74a: e800000000                     callq 0x0
        # hole +0x74b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   74f: 488b742450                     movq 0x50(%rsp), %rsi
   754: 4989742408                     movq %rsi, 0x8(%r12)
   759: 4881c4f0000000                 addq $0xf0, %rsp
   760: 5d                             popq %rbp
   761: c3                             retq
   762: 488b4c2448                     movq 0x48(%rsp), %rcx
   767: 4c8b4118                       movq 0x18(%rcx), %r8
   76b: 49897808                       movq %rdi, 0x8(%r8)
   76f: 488b7c2470                     movq 0x70(%rsp), %rdi
   774: 483bbc24c8000000               cmpq 0xc8(%rsp), %rdi
   77c: 0f8437ffffff                   je -0xc9
   782: 488b4c2448                     movq 0x48(%rsp), %rcx
   787: 4c8b4118                       movq 0x18(%rcx), %r8
   78b: 49897810                       movq %rdi, 0x10(%r8)
   78f: 488b7c2478                     movq 0x78(%rsp), %rdi
   794: 483bbc24d0000000               cmpq 0xd0(%rsp), %rdi
   79c: 0f842affffff                   je -0xd6
   7a2: 488b4c2448                     movq 0x48(%rsp), %rcx
   7a7: 4c8b4118                       movq 0x18(%rcx), %r8
   7ab: 49897818                       movq %rdi, 0x18(%r8)
   7af: 488bbc2480000000               movq 0x80(%rsp), %rdi
   7b7: 483bbc24d8000000               cmpq 0xd8(%rsp), %rdi
   7bf: 0f8519ffffff                   jne -0xe7
   7c5: e921ffffff                     jmp -0xdf
   7ca: 48ffc1                         incq %rcx
   7cd: 4889cb                         movq %rcx, %rbx
   7d0: e986000000                     jmp 0x86
   7d5: 4c29c1                         subq %r8, %rcx
   7d8: 48ffc1                         incq %rcx
   7db: 4889cb                         movq %rcx, %rbx
   7de: 4c8b4c2430                     movq 0x30(%rsp), %r9
   7e3: 4c8b542440                     movq 0x40(%rsp), %r10
   7e8: 4c89542440                     movq %r10, 0x40(%rsp)
   7ed: 4c894c2430                     movq %r9, 0x30(%rsp)
   7f2: 49c7042401000000               movq $0x1, (%r12)
   7fa: 488b0500000000                 movq (%rip), %rax
        # hole +0x7fd: IMAGE_REL_AMD64_REL32 Rel32 data+12
   801: 4883c00d                       addq $0xd, %rax
   805: b930000000                     movl $0x30, %ecx
   80a: 48894c2438                     movq %rcx, 0x38(%rsp)
   80f: 41b882000000                   movl $0x82, %r8d
   815: 41b902000000                   movl $0x2, %r9d
   81b: 4531d2                         xorl %r10d, %r10d
   81e: 4c89742450                     movq %r14, 0x50(%rsp)
   823: eb5a                           jmp 0x5a
   825: 4c89542440                     movq %r10, 0x40(%rsp)
   82a: 4c894c2430                     movq %r9, 0x30(%rsp)
   82f: 488b0500000000                 movq (%rip), %rax
        # hole +0x832: IMAGE_REL_AMD64_REL32 Rel32 data+12
   836: 48ffc0                         incq %rax
   839: b930000000                     movl $0x30, %ecx
   83e: 48894c2438                     movq %rcx, 0x38(%rsp)
   843: 41b80a000000                   movl $0xa, %r8d
   849: 41b901000000                   movl $0x1, %r9d
   84f: eb2b                           jmp 0x2b
   851: 4c89542440                     movq %r10, 0x40(%rsp)
   856: 4c894c2430                     movq %r9, 0x30(%rsp)
   85b: 488b0500000000                 movq (%rip), %rax
        # hole +0x85e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   862: 4883c00c                       addq $0xc, %rax
   866: b930000000                     movl $0x30, %ecx
   86b: 48894c2438                     movq %rcx, 0x38(%rsp)
   870: 41b878000000                   movl $0x78, %r8d
   876: 41b902000000                   movl $0x2, %r9d
   87c: 4531d2                         xorl %r10d, %r10d
   87f: 4989df                         movq %rbx, %r15
   882: 4c89ea                         movq %r13, %rdx
   885: 4531db                         xorl %r11d, %r11d
   888: 483b9424b8000000               cmpq 0xb8(%rsp), %rdx
   890: 0f858d000000                   jne 0x8d
   896: 4c8b742430                     movq 0x30(%rsp), %r14
   89b: 4c3bb424c0000000               cmpq 0xc0(%rsp), %r14
   8a3: 0f859c000000                   jne 0x9c
   8a9: 4c3bbc24c8000000               cmpq 0xc8(%rsp), %r15
   8b1: 0f85a9000000                   jne 0xa9
   8b7: 4c8b742440                     movq 0x40(%rsp), %r14
   8bc: 4c3bb424d0000000               cmpq 0xd0(%rsp), %r14
   8c4: 0f85b6000000                   jne 0xb6
   8ca: 483bac24d8000000               cmpq 0xd8(%rsp), %rbp
   8d2: 0f85c3000000                   jne 0xc3
   8d8: 483bb424e0000000               cmpq 0xe0(%rsp), %rsi
   8e0: 0f85d0000000                   jne 0xd0
   8e6: 488b4c2448                     movq 0x48(%rsp), %rcx
   8eb: 488b5118                       movq 0x18(%rcx), %rdx
   8ef: 4584d2                         testb %r10b, %r10b
   8f2: 0f84dd000000                   je 0xdd
   8f8: 4c896a30                       movq %r13, 0x30(%rdx)
   8fc: 488b5118                       movq 0x18(%rcx), %rdx
   900: 48897a38                       movq %rdi, 0x38(%rdx)
   904: 488b5118                       movq 0x18(%rcx), %rdx
   908: 4584db                         testb %r11b, %r11b
   90b: 488b742450                     movq 0x50(%rsp), %rsi
   910: 0f84c4000000                   je 0xc4
   916: 48895a40                       movq %rbx, 0x40(%rdx)
   91a: 488b5118                       movq 0x18(%rcx), %rdx
   91e: e9b7000000                     jmp 0xb7
   923: 488b4c2448                     movq 0x48(%rsp), %rcx
   928: 4989d6                         movq %rdx, %r14
   92b: 488b5118                       movq 0x18(%rcx), %rdx
   92f: 4c8932                         movq %r14, (%rdx)
   932: 4c8b742430                     movq 0x30(%rsp), %r14
   937: 4c3bb424c0000000               cmpq 0xc0(%rsp), %r14
   93f: 0f8464ffffff                   je -0x9c
   945: 488b4c2448                     movq 0x48(%rsp), %rcx
   94a: 488b5118                       movq 0x18(%rcx), %rdx
   94e: 4c897208                       movq %r14, 0x8(%rdx)
   952: 4c3bbc24c8000000               cmpq 0xc8(%rsp), %r15
   95a: 0f8457ffffff                   je -0xa9
   960: 488b4c2448                     movq 0x48(%rsp), %rcx
   965: 488b5118                       movq 0x18(%rcx), %rdx
   969: 4c897a10                       movq %r15, 0x10(%rdx)
   96d: 4c8b742440                     movq 0x40(%rsp), %r14
   972: 4c3bb424d0000000               cmpq 0xd0(%rsp), %r14
   97a: 0f844affffff                   je -0xb6
   980: 488b4c2448                     movq 0x48(%rsp), %rcx
   985: 488b5118                       movq 0x18(%rcx), %rdx
   989: 4c897218                       movq %r14, 0x18(%rdx)
   98d: 483bac24d8000000               cmpq 0xd8(%rsp), %rbp
   995: 0f843dffffff                   je -0xc3
   99b: 488b4c2448                     movq 0x48(%rsp), %rcx
   9a0: 488b5118                       movq 0x18(%rcx), %rdx
   9a4: 48896a20                       movq %rbp, 0x20(%rdx)
   9a8: 483bb424e0000000               cmpq 0xe0(%rsp), %rsi
   9b0: 0f8430ffffff                   je -0xd0
   9b6: 488b4c2448                     movq 0x48(%rsp), %rcx
   9bb: 488b5118                       movq 0x18(%rcx), %rdx
   9bf: 48897228                       movq %rsi, 0x28(%rdx)
   9c3: 488b4c2448                     movq 0x48(%rsp), %rcx
   9c8: 488b5118                       movq 0x18(%rcx), %rdx
   9cc: 4584d2                         testb %r10b, %r10b
   9cf: 0f8523ffffff                   jne -0xdd
   9d5: 488b742450                     movq 0x50(%rsp), %rsi
   9da: 488b7c2438                     movq 0x38(%rsp), %rdi
   9df: 4801fa                         addq %rdi, %rdx
   9e2: 4c89442428                     movq %r8, 0x28(%rsp)
   9e7: 4889442420                     movq %rax, 0x20(%rsp)
   9ec: 4d89e0                         movq %r12, %r8
   9ef: e800000000                     callq 0x0
        # hole +0x9f0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   9f4: 4989742408                     movq %rsi, 0x8(%r12)
   9f9: 4881c4f0000000                 addq $0xf0, %rsp
   a00: 5d                             popq %rbp
   a01: c3                             retq
   a02: 488b0500000000                 movq (%rip), %rax
        # hole +0xa05: IMAGE_REL_AMD64_REL32 Rel32 data+4
   a09: 4883c007                       addq $0x7, %rax
   a0d: ba05000000                     movl $0x5, %edx
   a12: 41ba46000000                   movl $0x46, %r10d
   a18: 41b903000000                   movl $0x3, %r9d
   a1e: 31f6                           xorl %esi, %esi
   a20: 488b7c2460                     movq 0x60(%rsp), %rdi
   a25: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   a2d: 0f8554fcffff                   jne -0x3ac
   a33: e95bfcffff                     jmp -0x3a5
   a38: 48ffc1                         incq %rcx
   a3b: 4889cb                         movq %rcx, %rbx
   a3e: eb12                           jmp 0x12
   a40: 48ffc1                         incq %rcx
   a43: 4889cb                         movq %rcx, %rbx
   a46: eb4b                           jmp 0x4b
   a48: 4c89542440                     movq %r10, 0x40(%rsp)
   a4d: 4c894c2430                     movq %r9, 0x30(%rsp)
   a52: 488b0500000000                 movq (%rip), %rax
        # hole +0xa55: IMAGE_REL_AMD64_REL32 Rel32 data+12
   a59: 4883c008                       addq $0x8, %rax
   a5d: b948000000                     movl $0x48, %ecx
   a62: 48894c2438                     movq %rcx, 0x38(%rsp)
   a67: 41b201                         movb $0x1, %r10b
   a6a: 41b850000000                   movl $0x50, %r8d
   a70: 41b901000000                   movl $0x1, %r9d
   a76: 488b7c2430                     movq 0x30(%rsp), %rdi
   a7b: 4989df                         movq %rbx, %r15
   a7e: 4c89ea                         movq %r13, %rdx
   a81: 41b301                         movb $0x1, %r11b
   a84: e9fffdffff                     jmp -0x201
   a89: 4c89542440                     movq %r10, 0x40(%rsp)
   a8e: 4c894c2430                     movq %r9, 0x30(%rsp)
   a93: 488b0500000000                 movq (%rip), %rax
        # hole +0xa96: IMAGE_REL_AMD64_REL32 Rel32 data+12
   a9a: 4883c00a                       addq $0xa, %rax
   a9e: b940000000                     movl $0x40, %ecx
   aa3: 48894c2438                     movq %rcx, 0x38(%rsp)
   aa8: 41b201                         movb $0x1, %r10b
   aab: 41b864000000                   movl $0x64, %r8d
   ab1: 41b901000000                   movl $0x1, %r9d
   ab7: 4531db                         xorl %r11d, %r11d
   aba: 4989df                         movq %rbx, %r15
   abd: 4c89ea                         movq %r13, %rdx
   ac0: e9c3fdffff                     jmp -0x23d
   ac5: 4c89542440                     movq %r10, 0x40(%rsp)
   aca: 4c894c2430                     movq %r9, 0x30(%rsp)
   acf: 488b0500000000                 movq (%rip), %rax
        # hole +0xad2: IMAGE_REL_AMD64_REL32 Rel32 data+12
   ad6: e987fdffff                     jmp -0x279
   adb: 4c89542440                     movq %r10, 0x40(%rsp)
   ae0: 4c894c2430                     movq %r9, 0x30(%rsp)
   ae5: 49c7042401000000               movq $0x1, (%r12)
   aed: 488b0500000000                 movq (%rip), %rax
        # hole +0xaf0: IMAGE_REL_AMD64_REL32 Rel32 data+12
   af4: 4883c00d                       addq $0xd, %rax
   af8: b930000000                     movl $0x30, %ecx
   afd: 48894c2438                     movq %rcx, 0x38(%rsp)
   b02: 41b882000000                   movl $0x82, %r8d
   b08: e969fdffff                     jmp -0x297
   b0d: 4c89542440                     movq %r10, 0x40(%rsp)
   b12: 488b0500000000                 movq (%rip), %rax
        # hole +0xb15: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b19: 4883c008                       addq $0x8, %rax
   b1d: b948000000                     movl $0x48, %ecx
   b22: 48894c2438                     movq %rcx, 0x38(%rsp)
   b27: 41b201                         movb $0x1, %r10b
   b2a: 41b850000000                   movl $0x50, %r8d
   b30: 4c89cf                         movq %r9, %rdi
   b33: 41b901000000                   movl $0x1, %r9d
   b39: 4989d5                         movq %rdx, %r13
   b3c: 48897c2430                     movq %rdi, 0x30(%rsp)
   b41: 4989df                         movq %rbx, %r15
   b44: 41b301                         movb $0x1, %r11b
   b47: 4c8b642458                     movq 0x58(%rsp), %r12
   b4c: e937fdffff                     jmp -0x2c9
   b51: 4c89542440                     movq %r10, 0x40(%rsp)
   b56: 4c894c2430                     movq %r9, 0x30(%rsp)
   b5b: 488b0500000000                 movq (%rip), %rax
        # hole +0xb5e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b62: 4883c009                       addq $0x9, %rax
   b66: b940000000                     movl $0x40, %ecx
   b6b: 48894c2438                     movq %rcx, 0x38(%rsp)
   b70: 41b201                         movb $0x1, %r10b
   b73: 41b85a000000                   movl $0x5a, %r8d
   b79: eb28                           jmp 0x28
   b7b: 4c89542440                     movq %r10, 0x40(%rsp)
   b80: 4c894c2430                     movq %r9, 0x30(%rsp)
   b85: 488b0500000000                 movq (%rip), %rax
        # hole +0xb88: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b8c: 4883c00a                       addq $0xa, %rax
   b90: b940000000                     movl $0x40, %ecx
   b95: 48894c2438                     movq %rcx, 0x38(%rsp)
   b9a: 41b201                         movb $0x1, %r10b
   b9d: 41b864000000                   movl $0x64, %r8d
   ba3: 41b901000000                   movl $0x1, %r9d
   ba9: 4531db                         xorl %r11d, %r11d
   bac: 4989d5                         movq %rdx, %r13
   baf: 4989df                         movq %rbx, %r15
   bb2: 4c8b642458                     movq 0x58(%rsp), %r12
   bb7: e9ccfcffff                     jmp -0x334
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[7]+0
        # hole data+0x8: GOT Abs64 index[2]+0
        # hole data+0x10: GOT Abs64 index[11]+0
