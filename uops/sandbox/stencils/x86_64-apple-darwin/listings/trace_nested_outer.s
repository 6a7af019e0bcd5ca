# stencil nested_outer for x86_64-apple-darwin: 2337 code bytes, 24 data bytes, 26 holes
     0: 55                             pushq %rbp
     1: 4881ec00010000                 subq $0x100, %rsp
     8: 4d89f5                         movq %r14, %r13
     b: 498b442410                     movq 0x10(%r12), %rax
    10: 48898424c0000000               movq %rax, 0xc0(%rsp)
    18: 410f100424                     movups (%r12), %xmm0
    1d: 0f298424b0000000               movaps %xmm0, 0xb0(%rsp)
    25: 4c89642418                     movq %r12, 0x18(%rsp)
    2a: 498b442418                     movq 0x18(%r12), %rax
    2f: 488b08                         movq (%rax), %rcx
    32: 48898c2498000000               movq %rcx, 0x98(%rsp)
    3a: 48894c2440                     movq %rcx, 0x40(%rsp)
    3f: 488b4808                       movq 0x8(%rax), %rcx
    43: 48894c2428                     movq %rcx, 0x28(%rsp)
    48: 48894c2448                     movq %rcx, 0x48(%rsp)
    4d: 488b4810                       movq 0x10(%rax), %rcx
    51: 48898c24a0000000               movq %rcx, 0xa0(%rsp)
    59: 48894c2450                     movq %rcx, 0x50(%rsp)
    5e: 488b4818                       movq 0x18(%rax), %rcx
    62: 48898c24a8000000               movq %rcx, 0xa8(%rsp)
    6a: 48894c2458                     movq %rcx, 0x58(%rsp)
    6f: 488b4020                       movq 0x20(%rax), %rax
    73: 4889442460                     movq %rax, 0x60(%rsp)
    78: 4889442430                     movq %rax, 0x30(%rsp)
    7d: a801                           testb $0x1, %al
    7f: 0f8553040000                   jne 0x453
    85: 4c8b642428                     movq 0x28(%rsp), %r12
    8a: 4c8b5c2430                     movq 0x30(%rsp), %r11
    8f: 4c896c2420                     movq %r13, 0x20(%rsp)
    94: eb71                           jmp 0x71
    96: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    a0: 488b8424f0000000               movq 0xf0(%rsp), %rax
    a8: 48898424c0000000               movq %rax, 0xc0(%rsp)
    b0: 0f288424e0000000               movaps 0xe0(%rsp), %xmm0
    b8: 0f298424b0000000               movaps %xmm0, 0xb0(%rsp)
    c0: 4889742440                     movq %rsi, 0x40(%rsp)
    c5: 4c89642448                     movq %r12, 0x48(%rsp)
    ca: 4889542450                     movq %rdx, 0x50(%rsp)
    cf: 4c894c2458                     movq %r9, 0x58(%rsp)
    d4: 4c895c2460                     movq %r11, 0x60(%rsp)
    d9: 48895c2468                     movq %rbx, 0x68(%rsp)
    de: 4c89742470                     movq %r14, 0x70(%rsp)
    e3: 4c897c2478                     movq %r15, 0x78(%rsp)
    e8: 4889ac2480000000               movq %rbp, 0x80(%rsp)
    f0: 488b442410                     movq 0x10(%rsp), %rax
    f5: 4889842488000000               movq %rax, 0x88(%rsp)
    fd: 41f6c301                       testb $0x1, %r11b
   101: 0f85d1030000                   jne 0x3d1
   107: 41837b0804                     cmpl $0x4, 0x8(%r11)
   10c: 0f85c6030000                   jne 0x3c6
   112: 498b4340                       movq 0x40(%r11), %rax
   116: 498b4b30                       movq 0x30(%r11), %rcx
   11a: 498b5338                       movq 0x38(%r11), %rdx
   11e: 4885c0                         testq %rax, %rax
   121: 7e0d                           jle 0xd
   123: 4839d1                         cmpq %rdx, %rcx
   126: 7c11                           jl 0x11
   128: e9bb060000                     jmp 0x6bb
   12d: 0f1f00                         nopl (%rax)
   130: 4839d1                         cmpq %rdx, %rcx
   133: 0f8eaf060000                   jle 0x6af
   139: 4801c8                         addq %rcx, %rax
   13c: 49894330                       movq %rax, 0x30(%r11)
   140: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   148: 4889442468                     movq %rax, 0x68(%rsp)
   14d: 4889442448                     movq %rax, 0x48(%rsp)
   152: 41f6c401                       testb $0x1, %r12b
   156: 7506                           jne 0x6
   158: 49ff0c24                       decq (%r12)
   15c: 742e                           je 0x2e
   15e: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x161: X86_64_RELOC_GOT_LOAD Rel32 data+12
   165: 41f6c701                       testb $0x1, %r15b
   169: 7545                           jne 0x45
   16b: 49ff07                         incq (%r15)
   16e: 4c897c2468                     movq %r15, 0x68(%rsp)
   173: 488b442458                     movq 0x58(%rsp), %rax
   178: a801                           testb $0x1, %al
   17a: 7442                           je 0x42
   17c: 4889442470                     movq %rax, 0x70(%rsp)
   181: 41f6c701                       testb $0x1, %r15b
   185: 7449                           je 0x49
   187: e97c060000                     jmp 0x67c
   18c: 4c89e7                         movq %r12, %rdi
   18f: e800000000                     callq 0x0
        # hole +0x190: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   194: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x197: X86_64_RELOC_GOT_LOAD Rel32 data+12
   19b: 41f6c701                       testb $0x1, %r15b
   19f: 74ca                           je -0x36
   1a1: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   1b0: 4c897c2468                     movq %r15, 0x68(%rsp)
   1b5: 488b442458                     movq 0x58(%rsp), %rax
   1ba: a801                           testb $0x1, %al
   1bc: 75be                           jne -0x42
   1be: 48ff00                         incq (%rax)
   1c1: 4889442470                     movq %rax, 0x70(%rsp)
   1c6: 41f6c701                       testb $0x1, %r15b
   1ca: 0f8538060000                   jne 0x638
   1d0: 41837f0808                     cmpl $0x8, 0x8(%r15)
   1d5: 0f852d060000                   jne 0x62d
   1db: ba01000000                     movl $0x1, %edx
   1e0: 4c89ef                         movq %r13, %rdi
   1e3: 488d742470                     leaq 0x70(%rsp), %rsi
   1e8: 41ff5738                       callq *0x38(%r15)
   1ec: 4889c3                         movq %rax, %rbx
   1ef: 488b7c2470                     movq 0x70(%rsp), %rdi
   1f4: 40f6c701                       testb $0x1, %dil
   1f8: 7509                           jne 0x9
   1fa: 48ff0f                         decq (%rdi)
   1fd: 0f8485020000                   je 0x285
   203: 49ff0f                         decq (%r15)
   206: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   210: 7512                           jne 0x12
   212: 4c89ff                         movq %r15, %rdi
   215: e800000000                     callq 0x0
        # hole +0x216: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   21a: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   224: 4885db                         testq %rbx, %rbx
   227: 0f8438060000                   je 0x638
   22d: 48895c2468                     movq %rbx, 0x68(%rsp)
   232: 488b742440                     movq 0x40(%rsp), %rsi
   237: 4c8b642448                     movq 0x48(%rsp), %r12
   23c: 488b542450                     movq 0x50(%rsp), %rdx
   241: 4c8b4c2458                     movq 0x58(%rsp), %r9
   246: 4c8b5c2460                     movq 0x60(%rsp), %r11
   24b: 4c8b742470                     movq 0x70(%rsp), %r14
   250: 4c8b7c2478                     movq 0x78(%rsp), %r15
   255: 488bac2480000000               movq 0x80(%rsp), %rbp
   25d: f6c301                         testb $0x1, %bl
   260: 0f8555050000                   jne 0x555
   266: 837b0804                       cmpl $0x4, 0x8(%rbx)
   26a: 0f854b050000                   jne 0x54b
   270: 488b842488000000               movq 0x88(%rsp), %rax
   278: 4889442410                     movq %rax, 0x10(%rsp)
   27d: 488b4340                       movq 0x40(%rbx), %rax
   281: 4c8b6b30                       movq 0x30(%rbx), %r13
   285: 488b4b38                       movq 0x38(%rbx), %rcx
   289: 4885c0                         testq %rax, %rax
   28c: 0f8e7e010000                   jle 0x17e
   292: 4939cd                         cmpq %rcx, %r13
   295: 0f8d7e010000                   jge 0x17e
   29b: 4c01e8                         addq %r13, %rax
   29e: 48894330                       movq %rax, 0x30(%rbx)
   2a2: f6c201                         testb $0x1, %dl
   2a5: 7509                           jne 0x9
   2a7: 48ff0a                         decq (%rdx)
   2aa: 0f84f5010000                   je 0x1f5
   2b0: 40f6c601                       testb $0x1, %sil
   2b4: 7503                           jne 0x3
   2b6: 48ff06                         incq (%rsi)
   2b9: 41f6c401                       testb $0x1, %r12b
   2bd: 7504                           jne 0x4
   2bf: 49ff0424                       incq (%r12)
   2c3: 4a8d2c6d01000000               leaq 0x1(,%r13,2), %rbp
   2cb: 4d01ed                         addq %r13, %r13
   2ce: 4c89e0                         movq %r12, %rax
   2d1: 48d1f8                         sarq %rax
   2d4: 49d1fd                         sarq %r13
   2d7: 4c0fafe8                       imulq %rax, %r13
   2db: 0f80a4050000                   jo 0x5a4
   2e1: 4b8d0c2a                       leaq (%r10,%r13), %rcx
   2e5: 4885c9                         testq %rcx, %rcx
   2e8: 0f8997050000                   jns 0x597
   2ee: 4e8d3c6d01000000               leaq 0x1(,%r13,2), %r15
   2f6: 40f6c601                       testb $0x1, %sil
   2fa: 0f84c5050000                   je 0x5c5
   300: 4889f1                         movq %rsi, %rcx
   303: 48d1f9                         sarq %rcx
   306: 4901cd                         addq %rcx, %r13
   309: 4c89e9                         movq %r13, %rcx
   30c: 4c01d1                         addq %r10, %rcx
   30f: 0f89cf050000                   jns 0x5cf
   315: 4e8d346d01000000               leaq 0x1(,%r13,2), %r14
   31d: 4c8b6c2420                     movq 0x20(%rsp), %r13
   322: 49837d0000                     cmpq $0x0, (%r13)
   327: 0f85fd040000                   jne 0x4fd
   32d: 498b4d08                       movq 0x8(%r13), %rcx
   331: 498b5510                       movq 0x10(%r13), %rdx
   335: 48ffc1                         incq %rcx
   338: 49894d08                       movq %rcx, 0x8(%r13)
   33c: 4839d1                         cmpq %rdx, %rcx
   33f: 0f8d07050000                   jge 0x507
   345: 8b7308                         movl 0x8(%rbx), %esi
   348: 0f1f840000000000               nopl (%rax,%rax)
   350: 83fe04                         cmpl $0x4, %esi
   353: 0f8568020000                   jne 0x268
   359: 488b7b30                       movq 0x30(%rbx), %rdi
   35d: 4c8b4340                       movq 0x40(%rbx), %r8
   361: 4d85c0                         testq %r8, %r8
   364: 7e1a                           jle 0x1a
   366: 483b7b38                       cmpq 0x38(%rbx), %rdi
   36a: 7c1a                           jl 0x1a
   36c: e98f000000                     jmp 0x8f
   371: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   380: 483b7b38                       cmpq 0x38(%rbx), %rdi
   384: 7e7a                           jle 0x7a
   386: 4901f8                         addq %rdi, %r8
   389: 4c894330                       movq %r8, 0x30(%rbx)
   38d: 41f6c401                       testb $0x1, %r12b
   391: 7504                           jne 0x4
   393: 49ff0424                       incq (%r12)
   397: 488d2c7d01000000               leaq 0x1(,%rdi,2), %rbp
   39f: 4801ff                         addq %rdi, %rdi
   3a2: 48d1ff                         sarq %rdi
   3a5: 480faff8                       imulq %rax, %rdi
   3a9: 0f80a2030000                   jo 0x3a2
   3af: 4e8d0417                       leaq (%rdi,%r10), %r8
   3b3: 4d85c0                         testq %r8, %r8
   3b6: 0f8995030000                   jns 0x395
   3bc: 4c8d3c7d01000000               leaq 0x1(,%rdi,2), %r15
   3c4: 4d89f0                         movq %r14, %r8
   3c7: 49d1f8                         sarq %r8
   3ca: 4901f8                         addq %rdi, %r8
   3cd: 4c89c7                         movq %r8, %rdi
   3d0: 4c01d7                         addq %r10, %rdi
   3d3: 0f89aa030000                   jns 0x3aa
   3d9: 4e8d344501000000               leaq 0x1(,%r8,2), %r14
   3e1: 48ffc1                         incq %rcx
   3e4: 49894d08                       movq %rcx, 0x8(%r13)
   3e8: 4839d1                         cmpq %rdx, %rcx
   3eb: 0f8c5fffffff                   jl -0xa1
   3f1: e9f3010000                     jmp 0x1f3
   3f6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   400: 4889ea                         movq %rbp, %rdx
   403: 4c89f6                         movq %r14, %rsi
   406: eb16                           jmp 0x16
   408: 0f1f840000000000               nopl (%rax,%rax)
   410: 4939cd                         cmpq %rcx, %r13
   413: 0f8f82feffff                   jg -0x17e
   419: 4c8b6c2420                     movq 0x20(%rsp), %r13
   41e: 488b8424c0000000               movq 0xc0(%rsp), %rax
   426: 48898424f0000000               movq %rax, 0xf0(%rsp)
   42e: 0f288424b0000000               movaps 0xb0(%rsp), %xmm0
   436: 0f298424e0000000               movaps %xmm0, 0xe0(%rsp)
   43e: 48ff0b                         decq (%rbx)
   441: 0f8559fcffff                   jne -0x3a7
   447: 4889df                         movq %rbx, %rdi
   44a: 4c895c2438                     movq %r11, 0x38(%rsp)
   44f: 4c894c2408                     movq %r9, 0x8(%rsp)
   454: 4889b424d8000000               movq %rsi, 0xd8(%rsp)
   45c: 48899424d0000000               movq %rdx, 0xd0(%rsp)
   464: e800000000                     callq 0x0
        # hole +0x465: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   469: 488b9424d0000000               movq 0xd0(%rsp), %rdx
   471: 488bb424d8000000               movq 0xd8(%rsp), %rsi
   479: 4c8b4c2408                     movq 0x8(%rsp), %r9
   47e: 4c8b5c2438                     movq 0x38(%rsp), %r11
   483: e918fcffff                     jmp -0x3e8
   488: e800000000                     callq 0x0
        # hole +0x489: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   48d: 49ff0f                         decq (%r15)
   490: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   49a: 0f8584fdffff                   jne -0x27c
   4a0: e96dfdffff                     jmp -0x293
   4a5: 4889d7                         movq %rdx, %rdi
   4a8: 4d89de                         movq %r11, %r14
   4ab: 4d89cf                         movq %r9, %r15
   4ae: 4889f5                         movq %rsi, %rbp
   4b1: e800000000                     callq 0x0
        # hole +0x4b2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4b6: 4889ee                         movq %rbp, %rsi
   4b9: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   4c3: 4d89f9                         movq %r15, %r9
   4c6: 4d89f3                         movq %r14, %r11
   4c9: 40f6c601                       testb $0x1, %sil
   4cd: 0f84e3fdffff                   je -0x21d
   4d3: e9e1fdffff                     jmp -0x21f
   4d8: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x4db: X86_64_RELOC_GOT_LOAD Rel32 data+4
   4df: 49ffc0                         incq %r8
   4e2: b805000000                     movl $0x5, %eax
   4e7: 41b90a000000                   movl $0xa, %r9d
   4ed: b901000000                     movl $0x1, %ecx
   4f2: 31d2                           xorl %edx, %edx
   4f4: 488b7c2440                     movq 0x40(%rsp), %rdi
   4f9: 488b742418                     movq 0x18(%rsp), %rsi
   4fe: 488b7618                       movq 0x18(%rsi), %rsi
   502: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   50a: 7566                           jne 0x66
   50c: 488b7c2448                     movq 0x48(%rsp), %rdi
   511: 483b7c2428                     cmpq 0x28(%rsp), %rdi
   516: 7569                           jne 0x69
   518: 488b7c2450                     movq 0x50(%rsp), %rdi
   51d: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   525: 756d                           jne 0x6d
   527: 488b7c2458                     movq 0x58(%rsp), %rdi
   52c: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   534: 7571                           jne 0x71
   536: 488b7c2460                     movq 0x60(%rsp), %rdi
   53b: 483b7c2430                     cmpq 0x30(%rsp), %rdi
   540: 7575                           jne 0x75
   542: 84d2                           testb %dl, %dl
   544: 7412                           je 0x12
   546: 488b542468                     movq 0x68(%rsp), %rdx
   54b: 48895628                       movq %rdx, 0x28(%rsi)
   54f: 488b542470                     movq 0x70(%rsp), %rdx
   554: 48895630                       movq %rdx, 0x30(%rsi)
   558: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   55c: 488b7c2418                     movq 0x18(%rsp), %rdi
   561: 4c89ea                         movq %r13, %rdx
   564: e800000000                     callq 0x0
        # hole +0x565: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   569: 4881c400010000                 addq $0x100, %rsp
   570: 5d                             popq %rbp
   571: c3                             retq
   572: 48893e                         movq %rdi, (%rsi)
   575: 488b7c2448                     movq 0x48(%rsp), %rdi
   57a: 483b7c2428                     cmpq 0x28(%rsp), %rdi
   57f: 7497                           je -0x69
   581: 48897e08                       movq %rdi, 0x8(%rsi)
   585: 488b7c2450                     movq 0x50(%rsp), %rdi
   58a: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   592: 7493                           je -0x6d
   594: 48897e10                       movq %rdi, 0x10(%rsi)
   598: 488b7c2458                     movq 0x58(%rsp), %rdi
   59d: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   5a5: 748f                           je -0x71
   5a7: 48897e18                       movq %rdi, 0x18(%rsi)
   5ab: 488b7c2460                     movq 0x60(%rsp), %rdi
   5b0: 483b7c2430                     cmpq 0x30(%rsp), %rdi
   5b5: 748b                           je -0x75
   5b7: 48897e20                       movq %rdi, 0x20(%rsi)
   5bb: 84d2                           testb %dl, %dl
   5bd: 7587                           jne -0x79
   5bf: eb97                           jmp -0x69
   5c1: 4c894c2408                     movq %r9, 0x8(%rsp)
   5c6: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5c9: X86_64_RELOC_GOT_LOAD Rel32 data-4
   5cd: 49ffc0                         incq %r8
   5d0: b830000000                     movl $0x30, %eax
   5d5: 41b101                         movb $0x1, %r9b
   5d8: b90a000000                     movl $0xa, %ecx
   5dd: 48894c2410                     movq %rcx, 0x10(%rsp)
   5e2: b901000000                     movl $0x1, %ecx
   5e7: eb2f                           jmp 0x2f
   5e9: 4c894c2408                     movq %r9, 0x8(%rsp)
   5ee: 49c7450001000000               movq $0x1, (%r13)
   5f6: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5f9: X86_64_RELOC_GOT_LOAD Rel32 data-4
   5fd: 4983c00d                       addq $0xd, %r8
   601: b830000000                     movl $0x30, %eax
   606: 41b101                         movb $0x1, %r9b
   609: b982000000                     movl $0x82, %ecx
   60e: 48894c2410                     movq %rcx, 0x10(%rsp)
   613: b902000000                     movl $0x2, %ecx
   618: 31ff                           xorl %edi, %edi
   61a: 4889ea                         movq %rbp, %rdx
   61d: 4c89f6                         movq %r14, %rsi
   620: 4531d2                         xorl %r10d, %r10d
   623: 483bb42498000000               cmpq 0x98(%rsp), %rsi
   62b: 0f8586000000                   jne 0x86
   631: 4c3b642428                     cmpq 0x28(%rsp), %r12
   636: 0f85bd000000                   jne 0xbd
   63c: 483b9424a0000000               cmpq 0xa0(%rsp), %rdx
   644: 0f85ca000000                   jne 0xca
   64a: 488b542408                     movq 0x8(%rsp), %rdx
   64f: 483b9424a8000000               cmpq 0xa8(%rsp), %rdx
   657: 0f85d7000000                   jne 0xd7
   65d: 4c3b5c2430                     cmpq 0x30(%rsp), %r11
   662: 740d                           je 0xd
   664: 488b742418                     movq 0x18(%rsp), %rsi
   669: 488b7618                       movq 0x18(%rsi), %rsi
   66d: 4c895e20                       movq %r11, 0x20(%rsi)
   671: 488b742418                     movq 0x18(%rsp), %rsi
   676: 488b7618                       movq 0x18(%rsi), %rsi
   67a: 48895e28                       movq %rbx, 0x28(%rsi)
   67e: 4584c9                         testb %r9b, %r9b
   681: 7516                           jne 0x16
   683: 4c897630                       movq %r14, 0x30(%rsi)
   687: 4084ff                         testb %dil, %dil
   68a: 740d                           je 0xd
   68c: 4c897e38                       movq %r15, 0x38(%rsi)
   690: 4584d2                         testb %r10b, %r10b
   693: 7504                           jne 0x4
   695: 48896e40                       movq %rbp, 0x40(%rsi)
   699: 4801c6                         addq %rax, %rsi
   69c: 488b7c2418                     movq 0x18(%rsp), %rdi
   6a1: 4c89ea                         movq %r13, %rdx
   6a4: 4c8b4c2410                     movq 0x10(%rsp), %r9
   6a9: e800000000                     callq 0x0
        # hole +0x6aa: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   6ae: 4881c400010000                 addq $0x100, %rsp
   6b5: 5d                             popq %rbp
   6b6: c3                             retq
   6b7: 4c89442438                     movq %r8, 0x38(%rsp)
   6bc: 4589d0                         movl %r10d, %r8d
   6bf: 4589ca                         movl %r9d, %r10d
   6c2: 4189f9                         movl %edi, %r9d
   6c5: 4889c7                         movq %rax, %rdi
   6c8: 4889d0                         movq %rdx, %rax
   6cb: 4889f2                         movq %rsi, %rdx
   6ce: 488b742418                     movq 0x18(%rsp), %rsi
   6d3: 488b7618                       movq 0x18(%rsi), %rsi
   6d7: 488916                         movq %rdx, (%rsi)
   6da: 4889c2                         movq %rax, %rdx
   6dd: 4889f8                         movq %rdi, %rax
   6e0: 4489cf                         movl %r9d, %edi
   6e3: 4589d1                         movl %r10d, %r9d
   6e6: 4589c2                         movl %r8d, %r10d
   6e9: 4c8b442438                     movq 0x38(%rsp), %r8
   6ee: 4c3b642428                     cmpq 0x28(%rsp), %r12
   6f3: 0f8443ffffff                   je -0xbd
   6f9: 488b742418                     movq 0x18(%rsp), %rsi
   6fe: 488b7618                       movq 0x18(%rsi), %rsi
   702: 4c896608                       movq %r12, 0x8(%rsi)
   706: 483b9424a0000000               cmpq 0xa0(%rsp), %rdx
   70e: 0f8436ffffff                   je -0xca
   714: 488b742418                     movq 0x18(%rsp), %rsi
   719: 488b7618                       movq 0x18(%rsi), %rsi
   71d: 48895610                       movq %rdx, 0x10(%rsi)
   721: 488b542408                     movq 0x8(%rsp), %rdx
   726: 483b9424a8000000               cmpq 0xa8(%rsp), %rdx
   72e: 0f8429ffffff                   je -0xd7
   734: 488b742418                     movq 0x18(%rsp), %rsi
   739: 488b7618                       movq 0x18(%rsi), %rsi
   73d: 48895618                       movq %rdx, 0x18(%rsi)
   741: 4c3b5c2430                     cmpq 0x30(%rsp), %r11
   746: 0f8518ffffff                   jne -0xe8
   74c: e920ffffff                     jmp -0xe0
   751: 4c894c2408                     movq %r9, 0x8(%rsp)
   756: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x759: X86_64_RELOC_GOT_LOAD Rel32 data-4
   75d: 4983c008                       addq $0x8, %r8
   761: b848000000                     movl $0x48, %eax
   766: 40b701                         movb $0x1, %dil
   769: b950000000                     movl $0x50, %ecx
   76e: 48894c2410                     movq %rcx, 0x10(%rsp)
   773: b901000000                     movl $0x1, %ecx
   778: 4531c9                         xorl %r9d, %r9d
   77b: 4d89e7                         movq %r12, %r15
   77e: e997feffff                     jmp -0x169
   783: 4c894c2408                     movq %r9, 0x8(%rsp)
   788: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x78b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   78f: 4983c00a                       addq $0xa, %r8
   793: b840000000                     movl $0x40, %eax
   798: 40b701                         movb $0x1, %dil
   79b: b964000000                     movl $0x64, %ecx
   7a0: 48894c2410                     movq %rcx, 0x10(%rsp)
   7a5: b901000000                     movl $0x1, %ecx
   7aa: 4531c9                         xorl %r9d, %r9d
   7ad: 4889ea                         movq %rbp, %rdx
   7b0: 4c89f6                         movq %r14, %rsi
   7b3: 41b201                         movb $0x1, %r10b
   7b6: e968feffff                     jmp -0x198
   7bb: 4c894c2408                     movq %r9, 0x8(%rsp)
   7c0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7c3: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7c7: 49ffc0                         incq %r8
   7ca: b830000000                     movl $0x30, %eax
   7cf: 41b101                         movb $0x1, %r9b
   7d2: b90a000000                     movl $0xa, %ecx
   7d7: 48894c2410                     movq %rcx, 0x10(%rsp)
   7dc: b901000000                     movl $0x1, %ecx
   7e1: 31ff                           xorl %edi, %edi
   7e3: e938feffff                     jmp -0x1c8
   7e8: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7eb: X86_64_RELOC_GOT_LOAD Rel32 data+4
   7ef: 4983c002                       addq $0x2, %r8
   7f3: b805000000                     movl $0x5, %eax
   7f8: 41b914000000                   movl $0x14, %r9d
   7fe: b902000000                     movl $0x2, %ecx
   803: e9eafcffff                     jmp -0x316
   808: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x80b: X86_64_RELOC_GOT_LOAD Rel32 data+4
   80f: 4983c007                       addq $0x7, %r8
   813: b807000000                     movl $0x7, %eax
   818: b201                           movb $0x1, %dl
   81a: 41b946000000                   movl $0x46, %r9d
   820: b901000000                     movl $0x1, %ecx
   825: e9cafcffff                     jmp -0x336
   82a: 4c894c2408                     movq %r9, 0x8(%rsp)
   82f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x832: X86_64_RELOC_GOT_LOAD Rel32 data-4
   836: 4983c00c                       addq $0xc, %r8
   83a: b830000000                     movl $0x30, %eax
   83f: 41b101                         movb $0x1, %r9b
   842: b978000000                     movl $0x78, %ecx
   847: e9c2fdffff                     jmp -0x23e
   84c: 4c894c2408                     movq %r9, 0x8(%rsp)
   851: 49c7450001000000               movq $0x1, (%r13)
   859: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x85c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   860: e998fdffff                     jmp -0x268
   865: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x868: X86_64_RELOC_GOT_LOAD Rel32 data+4
   86c: 4983c007                       addq $0x7, %r8
   870: b805000000                     movl $0x5, %eax
   875: 41b946000000                   movl $0x46, %r9d
   87b: b903000000                     movl $0x3, %ecx
   880: e96dfcffff                     jmp -0x393
   885: 4c894c2408                     movq %r9, 0x8(%rsp)
   88a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x88d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   891: 4983c008                       addq $0x8, %r8
   895: b848000000                     movl $0x48, %eax
   89a: 40b701                         movb $0x1, %dil
   89d: b950000000                     movl $0x50, %ecx
   8a2: 48894c2410                     movq %rcx, 0x10(%rsp)
   8a7: b901000000                     movl $0x1, %ecx
   8ac: 4531c9                         xorl %r9d, %r9d
   8af: 4989f6                         movq %rsi, %r14
   8b2: 4d89e7                         movq %r12, %r15
   8b5: 4889ea                         movq %rbp, %rdx
   8b8: 4531d2                         xorl %r10d, %r10d
   8bb: 4c8b6c2420                     movq 0x20(%rsp), %r13
   8c0: e95efdffff                     jmp -0x2a2
   8c5: 4c894c2408                     movq %r9, 0x8(%rsp)
   8ca: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8cd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   8d1: 4983c009                       addq $0x9, %r8
   8d5: b840000000                     movl $0x40, %eax
   8da: 40b701                         movb $0x1, %dil
   8dd: b95a000000                     movl $0x5a, %ecx
   8e2: eb1d                           jmp 0x1d
   8e4: 4c894c2408                     movq %r9, 0x8(%rsp)
   8e9: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8ec: X86_64_RELOC_GOT_LOAD Rel32 data-4
   8f0: 4983c00a                       addq $0xa, %r8
   8f4: b840000000                     movl $0x40, %eax
   8f9: 40b701                         movb $0x1, %dil
   8fc: b964000000                     movl $0x64, %ecx
   901: 48894c2410                     movq %rcx, 0x10(%rsp)
   906: b901000000                     movl $0x1, %ecx
   90b: 4531c9                         xorl %r9d, %r9d
   90e: 4989f6                         movq %rsi, %r14
   911: 4889ea                         movq %rbp, %rdx
   914: 41b201                         movb $0x1, %r10b
   917: 4c8b6c2420                     movq 0x20(%rsp), %r13
   91c: e902fdffff                     jmp -0x2fe
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[9]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 operand0[5]+0
