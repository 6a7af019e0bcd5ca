# stencil nested_outer for x86_64-pc-windows-msvc: 2864 code bytes, 24 data bytes, 26 holes
     0: 55                             pushq %rbp
     1: 4881ecf0000000                 subq $0xf0, %rsp
     8: 4d8b6e08                       movq 0x8(%r14), %r13
     c: 4c89f6                         movq %r14, %rsi
     f: 498b4610                       movq 0x10(%r14), %rax
    13: 4889442478                     movq %rax, 0x78(%rsp)
    18: 4c89642468                     movq %r12, 0x68(%rsp)
    1d: 498b442418                     movq 0x18(%r12), %rax
    22: 488b08                         movq (%rax), %rcx
    25: 48894c2458                     movq %rcx, 0x58(%rsp)
    2a: 48898c2480000000               movq %rcx, 0x80(%rsp)
    32: 4c8b7008                       movq 0x8(%rax), %r14
    36: 4c89b42488000000               movq %r14, 0x88(%rsp)
    3e: 488b4810                       movq 0x10(%rax), %rcx
    42: 48898c24d8000000               movq %rcx, 0xd8(%rsp)
    4a: 48898c2490000000               movq %rcx, 0x90(%rsp)
    52: 488b4818                       movq 0x18(%rax), %rcx
    56: 48898c24e0000000               movq %rcx, 0xe0(%rsp)
    5e: 48898c2498000000               movq %rcx, 0x98(%rsp)
    66: 488b4020                       movq 0x20(%rax), %rax
    6a: 48898424a0000000               movq %rax, 0xa0(%rsp)
    72: a801                           testb $0x1, %al
    74: 4889442460                     movq %rax, 0x60(%rsp)
    79: 4c89b424d0000000               movq %r14, 0xd0(%rsp)
    81: 0f8519050000                   jne 0x519
    87: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    91: 4989c1                         movq %rax, %r9
    94: 4989f4                         movq %rsi, %r12
    97: 4889742470                     movq %rsi, 0x70(%rsp)
    9c: e9aa000000                     jmp 0xaa
    a1: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    b0: 4889f1                         movq %rsi, %rcx
    b3: 4c89742440                     movq %r14, 0x40(%rsp)
    b8: 4c894c2430                     movq %r9, 0x30(%rsp)
    bd: 4d89d6                         movq %r10, %r14
    c0: 4c89442448                     movq %r8, 0x48(%rsp)
    c5: 4c899c24e8000000               movq %r11, 0xe8(%rsp)
    cd: e800000000                     callq 0x0
        # hole +0xce: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    d2: 4c8b9c24e8000000               movq 0xe8(%rsp), %r11
    da: 4c8b442448                     movq 0x48(%rsp), %r8
    df: 4d89f2                         movq %r14, %r10
    e2: 4c8b4c2430                     movq 0x30(%rsp), %r9
    e7: 4c8b742440                     movq 0x40(%rsp), %r14
    ec: 4c89842480000000               movq %r8, 0x80(%rsp)
    f4: 4c89b42488000000               movq %r14, 0x88(%rsp)
    fc: 4c899c2490000000               movq %r11, 0x90(%rsp)
   104: 4c89942498000000               movq %r10, 0x98(%rsp)
   10c: 4c898c24a0000000               movq %r9, 0xa0(%rsp)
   114: 4889b424a8000000               movq %rsi, 0xa8(%rsp)
   11c: 48899c24b0000000               movq %rbx, 0xb0(%rsp)
   124: 4889bc24b8000000               movq %rdi, 0xb8(%rsp)
   12c: 4c89bc24c0000000               movq %r15, 0xc0(%rsp)
   134: 488b442450                     movq 0x50(%rsp), %rax
   139: 48898424c8000000               movq %rax, 0xc8(%rsp)
   141: 41f6c101                       testb $0x1, %r9b
   145: 0f8558040000                   jne 0x458
   14b: 4183790804                     cmpl $0x4, 0x8(%r9)
   150: 0f854d040000                   jne 0x44d
   156: 498b4140                       movq 0x40(%r9), %rax
   15a: 498b4930                       movq 0x30(%r9), %rcx
   15e: 498b5138                       movq 0x38(%r9), %rdx
   162: 4885c0                         testq %rax, %rax
   165: 7e19                           jle 0x19
   167: 4839d1                         cmpq %rdx, %rcx
   16a: 7c1d                           jl 0x1d
   16c: e94b080000                     jmp 0x84b
   171: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   180: 4839d1                         cmpq %rdx, %rcx
   183: 0f8e33080000                   jle 0x833
   189: 4801c8                         addq %rcx, %rax
   18c: 49894130                       movq %rax, 0x30(%r9)
   190: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   198: 48898424a8000000               movq %rax, 0xa8(%rsp)
   1a0: 4889842488000000               movq %rax, 0x88(%rsp)
   1a8: 41f6c601                       testb $0x1, %r14b
   1ac: 7505                           jne 0x5
   1ae: 49ff0e                         decq (%r14)
   1b1: 7437                           je 0x37
   1b3: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x1b6: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1ba: 40f6c701                       testb $0x1, %dil
   1be: 7540                           jne 0x40
   1c0: 48ff07                         incq (%rdi)
   1c3: 4889bc24a8000000               movq %rdi, 0xa8(%rsp)
   1cb: 488b842498000000               movq 0x98(%rsp), %rax
   1d3: a801                           testb $0x1, %al
   1d5: 743d                           je 0x3d
   1d7: 48898424b0000000               movq %rax, 0xb0(%rsp)
   1df: 40f6c701                       testb $0x1, %dil
   1e3: 744c                           je 0x4c
   1e5: e9f3070000                     jmp 0x7f3
   1ea: 4c89f1                         movq %r14, %rcx
   1ed: e800000000                     callq 0x0
        # hole +0x1ee: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1f2: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x1f5: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1f9: 40f6c701                       testb $0x1, %dil
   1fd: 74c1                           je -0x3f
   1ff: 90                             nop
   200: 4889bc24a8000000               movq %rdi, 0xa8(%rsp)
   208: 488b842498000000               movq 0x98(%rsp), %rax
   210: a801                           testb $0x1, %al
   212: 75c3                           jne -0x3d
   214: 48ff00                         incq (%rax)
   217: 488bbc24a8000000               movq 0xa8(%rsp), %rdi
   21f: 48898424b0000000               movq %rax, 0xb0(%rsp)
   227: 40f6c701                       testb $0x1, %dil
   22b: 0f85ac070000                   jne 0x7ac
   231: 837f0808                       cmpl $0x8, 0x8(%rdi)
   235: 0f85a2070000                   jne 0x7a2
   23b: 41b801000000                   movl $0x1, %r8d
   241: 4c89e1                         movq %r12, %rcx
   244: 488d9424b0000000               leaq 0xb0(%rsp), %rdx
   24c: ff5738                         callq *0x38(%rdi)
   24f: 4889c6                         movq %rax, %rsi
   252: 488b8c24b0000000               movq 0xb0(%rsp), %rcx
   25a: f6c101                         testb $0x1, %cl
   25d: 7509                           jne 0x9
   25f: 48ff09                         decq (%rcx)
   262: 0f84fc020000                   je 0x2fc
   268: 48ff0f                         decq (%rdi)
   26b: 7508                           jne 0x8
   26d: 4889f9                         movq %rdi, %rcx
   270: e800000000                     callq 0x0
        # hole +0x271: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   275: 4885f6                         testq %rsi, %rsi
   278: 0f84d2070000                   je 0x7d2
   27e: 4889b424a8000000               movq %rsi, 0xa8(%rsp)
   286: 4c8b842480000000               movq 0x80(%rsp), %r8
   28e: 4c8bb42488000000               movq 0x88(%rsp), %r14
   296: 4c8b9c2490000000               movq 0x90(%rsp), %r11
   29e: 4c8b942498000000               movq 0x98(%rsp), %r10
   2a6: 4c8b8c24a0000000               movq 0xa0(%rsp), %r9
   2ae: 488b9c24b0000000               movq 0xb0(%rsp), %rbx
   2b6: 488bbc24b8000000               movq 0xb8(%rsp), %rdi
   2be: 4c8bbc24c0000000               movq 0xc0(%rsp), %r15
   2c6: 40f6c601                       testb $0x1, %sil
   2ca: 0f8513060000                   jne 0x613
   2d0: 837e0804                       cmpl $0x4, 0x8(%rsi)
   2d4: 0f8509060000                   jne 0x609
   2da: 488b8424c8000000               movq 0xc8(%rsp), %rax
   2e2: 4889442450                     movq %rax, 0x50(%rsp)
   2e7: 488b4640                       movq 0x40(%rsi), %rax
   2eb: 4c8b6630                       movq 0x30(%rsi), %r12
   2ef: 488b4e38                       movq 0x38(%rsi), %rcx
   2f3: 4885c0                         testq %rax, %rax
   2f6: 0f8e64010000                   jle 0x164
   2fc: 4939cc                         cmpq %rcx, %r12
   2ff: 0f8d64010000                   jge 0x164
   305: 4c01e0                         addq %r12, %rax
   308: 48894630                       movq %rax, 0x30(%rsi)
   30c: 41f6c301                       testb $0x1, %r11b
   310: 7509                           jne 0x9
   312: 49ff0b                         decq (%r11)
   315: 0f845c020000                   je 0x25c
   31b: 41f6c001                       testb $0x1, %r8b
   31f: 7503                           jne 0x3
   321: 49ff00                         incq (%r8)
   324: 41f6c601                       testb $0x1, %r14b
   328: 7503                           jne 0x3
   32a: 49ff06                         incq (%r14)
   32d: 4e8d3c6501000000               leaq 0x1(,%r12,2), %r15
   335: 4d01e4                         addq %r12, %r12
   338: 4c89f0                         movq %r14, %rax
   33b: 48d1f8                         sarq %rax
   33e: 49d1fc                         sarq %r12
   341: 4c0fafe0                       imulq %rax, %r12
   345: 0f8030070000                   jo 0x730
   34b: 498d0c2c                       leaq (%r12,%rbp), %rcx
   34f: 4885c9                         testq %rcx, %rcx
   352: 0f8923070000                   jns 0x723
   358: 4a8d3c6501000000               leaq 0x1(,%r12,2), %rdi
   360: 41f6c001                       testb $0x1, %r8b
   364: 0f8457070000                   je 0x757
   36a: 4c89c1                         movq %r8, %rcx
   36d: 48d1f9                         sarq %rcx
   370: 4901cc                         addq %rcx, %r12
   373: 4c89e1                         movq %r12, %rcx
   376: 4801e9                         addq %rbp, %rcx
   379: 0f896e070000                   jns 0x76e
   37f: 4a8d1c6501000000               leaq 0x1(,%r12,2), %rbx
   387: 4c8b642470                     movq 0x70(%rsp), %r12
   38c: 49833c2400                     cmpq $0x0, (%r12)
   391: 0f856a060000                   jne 0x66a
   397: 49ffc5                         incq %r13
   39a: 4c3b6c2478                     cmpq 0x78(%rsp), %r13
   39f: 0f8d77060000                   jge 0x677
   3a5: 41f6c601                       testb $0x1, %r14b
   3a9: 0f85d1000000                   jne 0xd1
   3af: 90                             nop
   3b0: 837e0804                       cmpl $0x4, 0x8(%rsi)
   3b4: 0f85a3030000                   jne 0x3a3
   3ba: 488b5640                       movq 0x40(%rsi), %rdx
   3be: 488b4e30                       movq 0x30(%rsi), %rcx
   3c2: 4c8b4638                       movq 0x38(%rsi), %r8
   3c6: 4885d2                         testq %rdx, %rdx
   3c9: 7e15                           jle 0x15
   3cb: 4c39c1                         cmpq %r8, %rcx
   3ce: 7c19                           jl 0x19
   3d0: e97b010000                     jmp 0x17b
   3d5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   3e0: 4c39c1                         cmpq %r8, %rcx
   3e3: 0f8e67010000                   jle 0x167
   3e9: 4801ca                         addq %rcx, %rdx
   3ec: 48895630                       movq %rdx, 0x30(%rsi)
   3f0: 49ff06                         incq (%r14)
   3f3: 4c8d3c4d01000000               leaq 0x1(,%rcx,2), %r15
   3fb: 4801c9                         addq %rcx, %rcx
   3fe: 48d1f9                         sarq %rcx
   401: 480fafc8                       imulq %rax, %rcx
   405: 0f802b050000                   jo 0x52b
   40b: 488d1429                       leaq (%rcx,%rbp), %rdx
   40f: 4885d2                         testq %rdx, %rdx
   412: 0f891e050000                   jns 0x51e
   418: 488d3c4d01000000               leaq 0x1(,%rcx,2), %rdi
   420: 4889da                         movq %rbx, %rdx
   423: 48d1fa                         sarq %rdx
   426: 4801ca                         addq %rcx, %rdx
   429: 4889d1                         movq %rdx, %rcx
   42c: 4801e9                         addq %rbp, %rcx
   42f: 0f8941050000                   jns 0x541
   435: 488d1c5501000000               leaq 0x1(,%rdx,2), %rbx
   43d: 49833c2400                     cmpq $0x0, (%r12)
   442: 0f8548030000                   jne 0x348
   448: 49ffc5                         incq %r13
   44b: 4c396c2478                     cmpq %r13, 0x78(%rsp)
   450: 0f855affffff                   jne -0xa6
   456: e9b9020000                     jmp 0x2b9
   45b: 0f1f440000                     nopl (%rax,%rax)
   460: 4939cc                         cmpq %rcx, %r12
   463: 0f8f9cfeffff                   jg -0x164
   469: 4c8b642470                     movq 0x70(%rsp), %r12
   46e: 48ff0e                         decq (%rsi)
   471: 0f8575fcffff                   jne -0x38b
   477: e934fcffff                     jmp -0x3cc
   47c: 0f1f4000                       nopl (%rax)
   480: 4c89542438                     movq %r10, 0x38(%rsp)
   485: 4c894c2430                     movq %r9, 0x30(%rsp)
   48a: 837e0804                       cmpl $0x4, 0x8(%rsi)
   48e: 0f85dd050000                   jne 0x5dd
   494: 488b5630                       movq 0x30(%rsi), %rdx
   498: 4c8b4e40                       movq 0x40(%rsi), %r9
   49c: 488d0c12                       leaq (%rdx,%rdx), %rcx
   4a0: 4f8d0409                       leaq (%r9,%r9), %r8
   4a4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   4b0: 4c8b5638                       movq 0x38(%rsi), %r10
   4b4: 4d85c9                         testq %r9, %r9
   4b7: 7e07                           jle 0x7
   4b9: 4c39d2                         cmpq %r10, %rdx
   4bc: 7c07                           jl 0x7
   4be: eb70                           jmp 0x70
   4c0: 4c39d2                         cmpq %r10, %rdx
   4c3: 7e6b                           jle 0x6b
   4c5: 4c01ca                         addq %r9, %rdx
   4c8: 48895630                       movq %rdx, 0x30(%rsi)
   4cc: 4989ca                         movq %rcx, %r10
   4cf: 49d1fa                         sarq %r10
   4d2: 4c0fafd0                       imulq %rax, %r10
   4d6: 0f8045040000                   jo 0x445
   4dc: 498d3c2a                       leaq (%r10,%rbp), %rdi
   4e0: 4885ff                         testq %rdi, %rdi
   4e3: 0f8938040000                   jns 0x438
   4e9: 4a8d3c5501000000               leaq 0x1(,%r10,2), %rdi
   4f1: 4989db                         movq %rbx, %r11
   4f4: 49d1fb                         sarq %r11
   4f7: 4d01d3                         addq %r10, %r11
   4fa: 4d89da                         movq %r11, %r10
   4fd: 4901ea                         addq %rbp, %r10
   500: 0f8923040000                   jns 0x423
   506: 4a8d1c5d01000000               leaq 0x1(,%r11,2), %rbx
   50e: 49833c2400                     cmpq $0x0, (%r12)
   513: 0f85d8010000                   jne 0x1d8
   519: 4c8d7901                       leaq 0x1(%rcx), %r15
   51d: 49ffc5                         incq %r13
   520: 4c01c1                         addq %r8, %rcx
   523: 4c396c2478                     cmpq %r13, 0x78(%rsp)
   528: 7586                           jne -0x7a
   52a: e9d2010000                     jmp 0x1d2
   52f: 90                             nop
   530: 4d89fb                         movq %r15, %r11
   533: 4989d8                         movq %rbx, %r8
   536: 4c8b4c2430                     movq 0x30(%rsp), %r9
   53b: 4c8b542438                     movq 0x38(%rsp), %r10
   540: 48ff0e                         decq (%rsi)
   543: 0f85a3fbffff                   jne -0x45d
   549: e962fbffff                     jmp -0x49e
   54e: 6690                           nop
   550: 4d89fb                         movq %r15, %r11
   553: 4989d8                         movq %rbx, %r8
   556: 48ff0e                         decq (%rsi)
   559: 0f858dfbffff                   jne -0x473
   55f: e94cfbffff                     jmp -0x4b4
   564: e800000000                     callq 0x0
        # hole +0x565: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   569: 48ff0f                         decq (%rdi)
   56c: 0f8503fdffff                   jne -0x2fd
   572: e9f6fcffff                     jmp -0x30a
   577: 4c89d9                         movq %r11, %rcx
   57a: 4c89cf                         movq %r9, %rdi
   57d: 4c89d3                         movq %r10, %rbx
   580: 4d89c7                         movq %r8, %r15
   583: e800000000                     callq 0x0
        # hole +0x584: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   588: 4d89f8                         movq %r15, %r8
   58b: 4989da                         movq %rbx, %r10
   58e: 4989f9                         movq %rdi, %r9
   591: 41f6c001                       testb $0x1, %r8b
   595: 0f8486fdffff                   je -0x27a
   59b: e984fdffff                     jmp -0x27c
   5a0: 4989f4                         movq %rsi, %r12
   5a3: 488b0500000000                 movq (%rip), %rax
        # hole +0x5a6: IMAGE_REL_AMD64_REL32 Rel32 data+4
   5aa: 48ffc0                         incq %rax
   5ad: ba05000000                     movl $0x5, %edx
   5b2: 41ba0a000000                   movl $0xa, %r10d
   5b8: 41b901000000                   movl $0x1, %r9d
   5be: 31f6                           xorl %esi, %esi
   5c0: 488bbc2480000000               movq 0x80(%rsp), %rdi
   5c8: 483b7c2458                     cmpq 0x58(%rsp), %rdi
   5cd: 488b4c2468                     movq 0x68(%rsp), %rcx
   5d2: 4c8b5c2460                     movq 0x60(%rsp), %r11
   5d7: 488b9c24d0000000               movq 0xd0(%rsp), %rbx
   5df: 0f8589000000                   jne 0x89
   5e5: 488bbc2488000000               movq 0x88(%rsp), %rdi
   5ed: 4839df                         cmpq %rbx, %rdi
   5f0: 0f8590000000                   jne 0x90
   5f6: 488bbc2490000000               movq 0x90(%rsp), %rdi
   5fe: 483bbc24d8000000               cmpq 0xd8(%rsp), %rdi
   606: 0f8598000000                   jne 0x98
   60c: 488bbc2498000000               movq 0x98(%rsp), %rdi
   614: 483bbc24e0000000               cmpq 0xe0(%rsp), %rdi
   61c: 0f85a0000000                   jne 0xa0
   622: 488bbc24a0000000               movq 0xa0(%rsp), %rdi
   62a: 4c39df                         cmpq %r11, %rdi
   62d: 0f85a8000000                   jne 0xa8
   633: 4084f6                         testb %sil, %sil
   636: 7420                           je 0x20
   638: 488bb424a8000000               movq 0xa8(%rsp), %rsi
   640: 488b7918                       movq 0x18(%rcx), %rdi
   644: 48897728                       movq %rsi, 0x28(%rdi)
   648: 488bb424b0000000               movq 0xb0(%rsp), %rsi
   650: 488b7918                       movq 0x18(%rcx), %rdi
   654: 48897730                       movq %rsi, 0x30(%rdi)
   658: c1e203                         shll $0x3, %edx
   65b: 48035118                       addq 0x18(%rcx), %rdx
   65f: 4c89542428                     movq %r10, 0x28(%rsp)
   664: 4889442420                     movq %rax, 0x20(%rsp)
   669: e95f020000                     jmp 0x25f
   66e: 4c8b4118                       movq 0x18(%rcx), %r8
   672: 498938                         movq %rdi, (%r8)
   675: 488bbc2488000000               movq 0x88(%rsp), %rdi
   67d: 4839df                         cmpq %rbx, %rdi
   680: 0f8470ffffff                   je -0x90
   686: 4c8b4118                       movq 0x18(%rcx), %r8
   68a: 49897808                       movq %rdi, 0x8(%r8)
   68e: 488bbc2490000000               movq 0x90(%rsp), %rdi
   696: 483bbc24d8000000               cmpq 0xd8(%rsp), %rdi
   69e: 0f8468ffffff                   je -0x98
   6a4: 4c8b4118                       movq 0x18(%rcx), %r8
   6a8: 49897810                       movq %rdi, 0x10(%r8)
   6ac: 488bbc2498000000               movq 0x98(%rsp), %rdi
   6b4: 483bbc24e0000000               cmpq 0xe0(%rsp), %rdi
   6bc: 0f8460ffffff                   je -0xa0
   6c2: 4c8b4118                       movq 0x18(%rcx), %r8
   6c6: 49897818                       movq %rdi, 0x18(%r8)
   6ca: 488bbc24a0000000               movq 0xa0(%rsp), %rdi
   6d2: 4c39df                         cmpq %r11, %rdi
   6d5: 0f8458ffffff                   je -0xa8
   6db: 4c8b4118                       movq 0x18(%rcx), %r8
   6df: 49897820                       movq %rdi, 0x20(%r8)
   6e3: 4084f6                         testb %sil, %sil
   6e6: 0f854cffffff                   jne -0xb4
   6ec: e967ffffff                     jmp -0x99
   6f1: 4c89742440                     movq %r14, 0x40(%rsp)
   6f6: 48ffc1                         incq %rcx
   6f9: 4989cf                         movq %rcx, %r15
   6fc: e99e000000                     jmp 0x9e
   701: 4c29c1                         subq %r8, %rcx
   704: 48ffc1                         incq %rcx
   707: 4989cf                         movq %rcx, %r15
   70a: 4c8b4c2430                     movq 0x30(%rsp), %r9
   70f: 4c8b542438                     movq 0x38(%rsp), %r10
   714: 4c89542438                     movq %r10, 0x38(%rsp)
   719: 4c89742440                     movq %r14, 0x40(%rsp)
   71e: 4c894c2430                     movq %r9, 0x30(%rsp)
   723: 49c7042401000000               movq $0x1, (%r12)
   72b: 488b0500000000                 movq (%rip), %rax
        # hole +0x72e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   732: 4883c00d                       addq $0xd, %rax
   736: ba30000000                     movl $0x30, %edx
   73b: 41b201                         movb $0x1, %r10b
   73e: b982000000                     movl $0x82, %ecx
   743: 48894c2450                     movq %rcx, 0x50(%rsp)
   748: 41b902000000                   movl $0x2, %r9d
   74e: c744244800000000               movl $0x0, 0x48(%rsp)
   756: 4c8b6c2478                     movq 0x78(%rsp), %r13
   75b: eb6d                           jmp 0x6d
   75d: 4c89542438                     movq %r10, 0x38(%rsp)
   762: 4c89742440                     movq %r14, 0x40(%rsp)
   767: 4c894c2430                     movq %r9, 0x30(%rsp)
   76c: 488b0500000000                 movq (%rip), %rax
        # hole +0x76f: IMAGE_REL_AMD64_REL32 Rel32 data+12
   773: 48ffc0                         incq %rax
   776: ba30000000                     movl $0x30, %edx
   77b: 41b201                         movb $0x1, %r10b
   77e: b90a000000                     movl $0xa, %ecx
   783: 48894c2450                     movq %rcx, 0x50(%rsp)
   788: 41b901000000                   movl $0x1, %r9d
   78e: eb32                           jmp 0x32
   790: 4c89542438                     movq %r10, 0x38(%rsp)
   795: 4c89742440                     movq %r14, 0x40(%rsp)
   79a: 4c894c2430                     movq %r9, 0x30(%rsp)
   79f: 488b0500000000                 movq (%rip), %rax
        # hole +0x7a2: IMAGE_REL_AMD64_REL32 Rel32 data+12
   7a6: 4883c00c                       addq $0xc, %rax
   7aa: ba30000000                     movl $0x30, %edx
   7af: 41b201                         movb $0x1, %r10b
   7b2: b978000000                     movl $0x78, %ecx
   7b7: 48894c2450                     movq %rcx, 0x50(%rsp)
   7bc: 41b902000000                   movl $0x2, %r9d
   7c2: c744244800000000               movl $0x0, 0x48(%rsp)
   7ca: 4d89fb                         movq %r15, %r11
   7cd: 4989d8                         movq %rbx, %r8
   7d0: 4531e4                         xorl %r12d, %r12d
   7d3: 488b4c2468                     movq 0x68(%rsp), %rcx
   7d8: 488b6c2460                     movq 0x60(%rsp), %rbp
   7dd: 4c8b742458                     movq 0x58(%rsp), %r14
   7e2: 4d39f0                         cmpq %r14, %r8
   7e5: 7544                           jne 0x44
   7e7: 4c8b442440                     movq 0x40(%rsp), %r8
   7ec: 4c3b8424d0000000               cmpq 0xd0(%rsp), %r8
   7f4: 754b                           jne 0x4b
   7f6: 4c3b9c24d8000000               cmpq 0xd8(%rsp), %r11
   7fe: 7553                           jne 0x53
   800: 4c8b442438                     movq 0x38(%rsp), %r8
   805: 4c3b8424e0000000               cmpq 0xe0(%rsp), %r8
   80d: 755b                           jne 0x5b
   80f: 4c8b442430                     movq 0x30(%rsp), %r8
   814: 4939e8                         cmpq %rbp, %r8
   817: 7563                           jne 0x63
   819: 4c8b7118                       movq 0x18(%rcx), %r14
   81d: 49897628                       movq %rsi, 0x28(%r14)
   821: 4584d2                         testb %r10b, %r10b
   824: 746b                           je 0x6b
   826: e98a000000                     jmp 0x8a
   82b: 4c8b7118                       movq 0x18(%rcx), %r14
   82f: 4d8906                         movq %r8, (%r14)
   832: 4c8b442440                     movq 0x40(%rsp), %r8
   837: 4c3b8424d0000000               cmpq 0xd0(%rsp), %r8
   83f: 74b5                           je -0x4b
   841: 4c8b7118                       movq 0x18(%rcx), %r14
   845: 4d894608                       movq %r8, 0x8(%r14)
   849: 4c3b9c24d8000000               cmpq 0xd8(%rsp), %r11
   851: 74ad                           je -0x53
   853: 4c8b7118                       movq 0x18(%rcx), %r14
   857: 4d895e10                       movq %r11, 0x10(%r14)
   85b: 4c8b442438                     movq 0x38(%rsp), %r8
   860: 4c3b8424e0000000               cmpq 0xe0(%rsp), %r8
   868: 74a5                           je -0x5b
   86a: 4c8b7118                       movq 0x18(%rcx), %r14
   86e: 4d894618                       movq %r8, 0x18(%r14)
   872: 4c8b442430                     movq 0x30(%rsp), %r8
   877: 4939e8                         cmpq %rbp, %r8
   87a: 749d                           je -0x63
   87c: 4c8b7118                       movq 0x18(%rcx), %r14
   880: 4d894620                       movq %r8, 0x20(%r14)
   884: 4c8b7118                       movq 0x18(%rcx), %r14
   888: 49897628                       movq %rsi, 0x28(%r14)
   88c: 4584d2                         testb %r10b, %r10b
   88f: 7524                           jne 0x24
   891: 488b7118                       movq 0x18(%rcx), %rsi
   895: 48895e30                       movq %rbx, 0x30(%rsi)
   899: 807c244800                     cmpb $0x0, 0x48(%rsp)
   89e: 7415                           je 0x15
   8a0: 488b7118                       movq 0x18(%rcx), %rsi
   8a4: 48897e38                       movq %rdi, 0x38(%rsi)
   8a8: 4584e4                         testb %r12b, %r12b
   8ab: 7508                           jne 0x8
   8ad: 488b7118                       movq 0x18(%rcx), %rsi
   8b1: 4c897e40                       movq %r15, 0x40(%rsi)
   8b5: 48035118                       addq 0x18(%rcx), %rdx
   8b9: 488b742450                     movq 0x50(%rsp), %rsi
   8be: 4889742428                     movq %rsi, 0x28(%rsp)
   8c3: 4889442420                     movq %rax, 0x20(%rsp)
   8c8: 4c8b642470                     movq 0x70(%rsp), %r12
   8cd: 4d89e0                         movq %r12, %r8
   8d0: e800000000                     callq 0x0
        # hole +0x8d1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   8d5: 4d896c2408                     movq %r13, 0x8(%r12)
   8da: 4881c4f0000000                 addq $0xf0, %rsp
   8e1: 5d                             popq %rbp
   8e2: c3                             retq
   8e3: 4c89542438                     movq %r10, 0x38(%rsp)
   8e8: 4c89742440                     movq %r14, 0x40(%rsp)
   8ed: 4c894c2430                     movq %r9, 0x30(%rsp)
   8f2: 488b0500000000                 movq (%rip), %rax
        # hole +0x8f5: IMAGE_REL_AMD64_REL32 Rel32 data+12
   8f9: 48ffc0                         incq %rax
   8fc: ba30000000                     movl $0x30, %edx
   901: 41b201                         movb $0x1, %r10b
   904: b90a000000                     movl $0xa, %ecx
   909: 48894c2450                     movq %rcx, 0x50(%rsp)
   90e: 41b901000000                   movl $0x1, %r9d
   914: c744244800000000               movl $0x0, 0x48(%rsp)
   91c: e9affeffff                     jmp -0x151
   921: 48ffc1                         incq %rcx
   924: 4989cf                         movq %rcx, %r15
   927: eb17                           jmp 0x17
   929: 4c89742440                     movq %r14, 0x40(%rsp)
   92e: 48ffc1                         incq %rcx
   931: 4989cf                         movq %rcx, %r15
   934: eb4f                           jmp 0x4f
   936: 4c89542438                     movq %r10, 0x38(%rsp)
   93b: 4c894c2430                     movq %r9, 0x30(%rsp)
   940: 488b0500000000                 movq (%rip), %rax
        # hole +0x943: IMAGE_REL_AMD64_REL32 Rel32 data+12
   947: 4883c008                       addq $0x8, %rax
   94b: ba48000000                     movl $0x48, %edx
   950: b101                           movb $0x1, %cl
   952: 894c2448                       movl %ecx, 0x48(%rsp)
   956: b950000000                     movl $0x50, %ecx
   95b: 48894c2450                     movq %rcx, 0x50(%rsp)
   960: 41b901000000                   movl $0x1, %r9d
   966: 4531d2                         xorl %r10d, %r10d
   969: 4c89742440                     movq %r14, 0x40(%rsp)
   96e: 4c89f7                         movq %r14, %rdi
   971: e954feffff                     jmp -0x1ac
   976: 4c89542438                     movq %r10, 0x38(%rsp)
   97b: 4c89742440                     movq %r14, 0x40(%rsp)
   980: 4c894c2430                     movq %r9, 0x30(%rsp)
   985: 488b0500000000                 movq (%rip), %rax
        # hole +0x988: IMAGE_REL_AMD64_REL32 Rel32 data+12
   98c: 4883c00a                       addq $0xa, %rax
   990: ba40000000                     movl $0x40, %edx
   995: b101                           movb $0x1, %cl
   997: 894c2448                       movl %ecx, 0x48(%rsp)
   99b: b964000000                     movl $0x64, %ecx
   9a0: 48894c2450                     movq %rcx, 0x50(%rsp)
   9a5: 41b901000000                   movl $0x1, %r9d
   9ab: 4531d2                         xorl %r10d, %r10d
   9ae: 4d89fb                         movq %r15, %r11
   9b1: 4989d8                         movq %rbx, %r8
   9b4: 41b401                         movb $0x1, %r12b
   9b7: e917feffff                     jmp -0x1e9
   9bc: 488b0500000000                 movq (%rip), %rax
        # hole +0x9bf: IMAGE_REL_AMD64_REL32 Rel32 data+4
   9c3: 4883c002                       addq $0x2, %rax
   9c7: ba05000000                     movl $0x5, %edx
   9cc: 41ba14000000                   movl $0x14, %r10d
   9d2: 41b902000000                   movl $0x2, %r9d
   9d8: e9e1fbffff                     jmp -0x41f
   9dd: 488b0500000000                 movq (%rip), %rax
        # hole +0x9e0: IMAGE_REL_AMD64_REL32 Rel32 data+4
   9e4: 4883c007                       addq $0x7, %rax
   9e8: ba07000000                     movl $0x7, %edx
   9ed: 40b601                         movb $0x1, %sil
   9f0: 41ba46000000                   movl $0x46, %r10d
   9f6: 41b901000000                   movl $0x1, %r9d
   9fc: e9bffbffff                     jmp -0x441
   a01: 4c89542438                     movq %r10, 0x38(%rsp)
   a06: 4c89742440                     movq %r14, 0x40(%rsp)
   a0b: 4c894c2430                     movq %r9, 0x30(%rsp)
   a10: 488b0500000000                 movq (%rip), %rax
        # hole +0xa13: IMAGE_REL_AMD64_REL32 Rel32 data+12
   a17: e98afdffff                     jmp -0x276
   a1c: 4c89542438                     movq %r10, 0x38(%rsp)
   a21: 4c89742440                     movq %r14, 0x40(%rsp)
   a26: 4c894c2430                     movq %r9, 0x30(%rsp)
   a2b: 49c7042401000000               movq $0x1, (%r12)
   a33: 488b0500000000                 movq (%rip), %rax
        # hole +0xa36: IMAGE_REL_AMD64_REL32 Rel32 data+12
   a3a: 4883c00d                       addq $0xd, %rax
   a3e: ba30000000                     movl $0x30, %edx
   a43: 41b201                         movb $0x1, %r10b
   a46: b982000000                     movl $0x82, %ecx
   a4b: e967fdffff                     jmp -0x299
   a50: 488b0500000000                 movq (%rip), %rax
        # hole +0xa53: IMAGE_REL_AMD64_REL32 Rel32 data+4
   a57: 4883c007                       addq $0x7, %rax
   a5b: ba05000000                     movl $0x5, %edx
   a60: 41ba46000000                   movl $0x46, %r10d
   a66: 41b903000000                   movl $0x3, %r9d
   a6c: e94dfbffff                     jmp -0x4b3
   a71: 4c89742440                     movq %r14, 0x40(%rsp)
   a76: e9f1fcffff                     jmp -0x30f
   a7b: 4c89542438                     movq %r10, 0x38(%rsp)
   a80: 4c894c2430                     movq %r9, 0x30(%rsp)
   a85: 488b0500000000                 movq (%rip), %rax
        # hole +0xa88: IMAGE_REL_AMD64_REL32 Rel32 data+12
   a8c: 4883c008                       addq $0x8, %rax
   a90: ba48000000                     movl $0x48, %edx
   a95: b101                           movb $0x1, %cl
   a97: 894c2448                       movl %ecx, 0x48(%rsp)
   a9b: b950000000                     movl $0x50, %ecx
   aa0: 48894c2450                     movq %rcx, 0x50(%rsp)
   aa5: 41b901000000                   movl $0x1, %r9d
   aab: 4531d2                         xorl %r10d, %r10d
   aae: 4c89c3                         movq %r8, %rbx
   ab1: 4c89742440                     movq %r14, 0x40(%rsp)
   ab6: 4c89f7                         movq %r14, %rdi
   ab9: 4d89fb                         movq %r15, %r11
   abc: e90ffdffff                     jmp -0x2f1
   ac1: 4c89542438                     movq %r10, 0x38(%rsp)
   ac6: 4c89742440                     movq %r14, 0x40(%rsp)
   acb: 4c894c2430                     movq %r9, 0x30(%rsp)
   ad0: 488b0500000000                 movq (%rip), %rax
        # hole +0xad3: IMAGE_REL_AMD64_REL32 Rel32 data+12
   ad7: 4883c009                       addq $0x9, %rax
   adb: ba40000000                     movl $0x40, %edx
   ae0: b101                           movb $0x1, %cl
   ae2: 894c2448                       movl %ecx, 0x48(%rsp)
   ae6: b95a000000                     movl $0x5a, %ecx
   aeb: eb2a                           jmp 0x2a
   aed: 4c89542438                     movq %r10, 0x38(%rsp)
   af2: 4c89742440                     movq %r14, 0x40(%rsp)
   af7: 4c894c2430                     movq %r9, 0x30(%rsp)
   afc: 488b0500000000                 movq (%rip), %rax
        # hole +0xaff: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b03: 4883c00a                       addq $0xa, %rax
   b07: ba40000000                     movl $0x40, %edx
   b0c: b101                           movb $0x1, %cl
   b0e: 894c2448                       movl %ecx, 0x48(%rsp)
   b12: b964000000                     movl $0x64, %ecx
   b17: 48894c2450                     movq %rcx, 0x50(%rsp)
   b1c: 41b901000000                   movl $0x1, %r9d
   b22: 4531d2                         xorl %r10d, %r10d
   b25: 4c89c3                         movq %r8, %rbx
   b28: 4d89fb                         movq %r15, %r11
   b2b: e984feffff                     jmp -0x17c
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[5]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 index[9]+0
