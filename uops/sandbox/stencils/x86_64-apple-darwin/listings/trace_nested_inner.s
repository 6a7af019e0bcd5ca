# stencil nested_inner for x86_64-apple-darwin: 2287 code bytes, 24 data bytes, 25 holes
     0: 55                             pushq %rbp
     1: 4881ec00010000                 subq $0x100, %rsp
     8: 498b442410                     movq 0x10(%r12), %rax
     d: 48898424c0000000               movq %rax, 0xc0(%rsp)
    15: 410f100424                     movups (%r12), %xmm0
    1a: 0f298424b0000000               movaps %xmm0, 0xb0(%rsp)
    22: 4c89642420                     movq %r12, 0x20(%rsp)
    27: 498b442418                     movq 0x18(%r12), %rax
    2c: 4c8b20                         movq (%rax), %r12
    2f: 488b6808                       movq 0x8(%rax), %rbp
    33: 4c8b6810                       movq 0x10(%rax), %r13
    37: 488b5018                       movq 0x18(%rax), %rdx
    3b: 488b4820                       movq 0x20(%rax), %rcx
    3f: 488b4028                       movq 0x28(%rax), %rax
    43: 4889c3                         movq %rax, %rbx
    46: 48894c2448                     movq %rcx, 0x48(%rsp)
    4b: 4989c8                         movq %rcx, %r8
    4e: 4889542440                     movq %rdx, 0x40(%rsp)
    53: 4989d1                         movq %rdx, %r9
    56: 4c896c2438                     movq %r13, 0x38(%rsp)
    5b: 48896c2430                     movq %rbp, 0x30(%rsp)
    60: 4c89642428                     movq %r12, 0x28(%rsp)
    65: 4889442450                     movq %rax, 0x50(%rsp)
    6a: a801                           testb $0x1, %al
    6c: 0f85a9040000                   jne 0x4a9
    72: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
    7c: 488b5c2450                     movq 0x50(%rsp), %rbx
    81: 4c8b442448                     movq 0x48(%rsp), %r8
    86: 4c8b4c2440                     movq 0x40(%rsp), %r9
    8b: 4c8b6c2438                     movq 0x38(%rsp), %r13
    90: 488b6c2430                     movq 0x30(%rsp), %rbp
    95: 4c8b642428                     movq 0x28(%rsp), %r12
    9a: 4c89742418                     movq %r14, 0x18(%rsp)
    9f: 90                             nop
    a0: 837b0804                       cmpl $0x4, 0x8(%rbx)
    a4: 0f8571040000                   jne 0x471
    aa: 488b4340                       movq 0x40(%rbx), %rax
    ae: 4c8b7330                       movq 0x30(%rbx), %r14
    b2: 488b4b38                       movq 0x38(%rbx), %rcx
    b6: 4885c0                         testq %rax, %rax
    b9: 0f8ea1010000                   jle 0x1a1
    bf: 4939ce                         cmpq %rcx, %r14
    c2: 0f8da1010000                   jge 0x1a1
    c8: 4c01f0                         addq %r14, %rax
    cb: 48894330                       movq %rax, 0x30(%rbx)
    cf: 41f6c501                       testb $0x1, %r13b
    d3: 750a                           jne 0xa
    d5: 49ff4d00                       decq (%r13)
    d9: 0f8405040000                   je 0x405
    df: 41f6c401                       testb $0x1, %r12b
    e3: 7504                           jne 0x4
    e5: 49ff0424                       incq (%r12)
    e9: 40f6c501                       testb $0x1, %bpl
    ed: 7504                           jne 0x4
    ef: 48ff4500                       incq (%rbp)
    f3: 4e8d2c7501000000               leaq 0x1(,%r14,2), %r13
    fb: 4d01f6                         addq %r14, %r14
    fe: 4889e8                         movq %rbp, %rax
   101: 48d1f8                         sarq %rax
   104: 49d1fe                         sarq %r14
   107: 4c0faff0                       imulq %rax, %r14
   10b: 0f8043070000                   jo 0x743
   111: 4b8d0c16                       leaq (%r14,%r10), %rcx
   115: 4885c9                         testq %rcx, %rcx
   118: 0f8936070000                   jns 0x736
   11e: 4e8d3c7501000000               leaq 0x1(,%r14,2), %r15
   126: 41f6c401                       testb $0x1, %r12b
   12a: 0f8461070000                   je 0x761
   130: 4c89e1                         movq %r12, %rcx
   133: 48d1f9                         sarq %rcx
   136: 4901ce                         addq %rcx, %r14
   139: 4c89f1                         movq %r14, %rcx
   13c: 4c01d1                         addq %r10, %rcx
   13f: 0f8970070000                   jns 0x770
   145: 4e8d247501000000               leaq 0x1(,%r14,2), %r12
   14d: 4c8b742418                     movq 0x18(%rsp), %r14
   152: 49833e00                       cmpq $0x0, (%r14)
   156: 0f8596060000                   jne 0x696
   15c: 498b4e08                       movq 0x8(%r14), %rcx
   160: 498b5610                       movq 0x10(%r14), %rdx
   164: 48ffc1                         incq %rcx
   167: 49894e08                       movq %rcx, 0x8(%r14)
   16b: 4839d1                         cmpq %rdx, %rcx
   16e: 0f8da3060000                   jge 0x6a3
   174: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   180: f6c301                         testb $0x1, %bl
   183: 0f85c9030000                   jne 0x3c9
   189: 837b0804                       cmpl $0x4, 0x8(%rbx)
   18d: 0f85bf030000                   jne 0x3bf
   193: 488b7330                       movq 0x30(%rbx), %rsi
   197: 488b7b40                       movq 0x40(%rbx), %rdi
   19b: 4885ff                         testq %rdi, %rdi
   19e: 7e10                           jle 0x10
   1a0: 483b7338                       cmpq 0x38(%rbx), %rsi
   1a4: 7c10                           jl 0x10
   1a6: e985000000                     jmp 0x85
   1ab: 0f1f440000                     nopl (%rax,%rax)
   1b0: 483b7338                       cmpq 0x38(%rbx), %rsi
   1b4: 7e7a                           jle 0x7a
   1b6: 4801f7                         addq %rsi, %rdi
   1b9: 48897b30                       movq %rdi, 0x30(%rbx)
   1bd: 40f6c501                       testb $0x1, %bpl
   1c1: 7504                           jne 0x4
   1c3: 48ff4500                       incq (%rbp)
   1c7: 4c8d2c7501000000               leaq 0x1(,%rsi,2), %r13
   1cf: 4801f6                         addq %rsi, %rsi
   1d2: 48d1fe                         sarq %rsi
   1d5: 480faff0                       imulq %rax, %rsi
   1d9: 0f8085040000                   jo 0x485
   1df: 4a8d3c16                       leaq (%rsi,%r10), %rdi
   1e3: 4885ff                         testq %rdi, %rdi
   1e6: 0f8978040000                   jns 0x478
   1ec: 4c8d3c7501000000               leaq 0x1(,%rsi,2), %r15
   1f4: 4c89e7                         movq %r12, %rdi
   1f7: 48d1ff                         sarq %rdi
   1fa: 4801f7                         addq %rsi, %rdi
   1fd: 4889fe                         movq %rdi, %rsi
   200: 4c01d6                         addq %r10, %rsi
   203: 0f8993040000                   jns 0x493
   209: 4c8d247d01000000               leaq 0x1(,%rdi,2), %r12
   211: 48ffc1                         incq %rcx
   214: 49894e08                       movq %rcx, 0x8(%r14)
   218: 4839d1                         cmpq %rdx, %rcx
   21b: 0f8c5fffffff                   jl -0xa1
   221: e952030000                     jmp 0x352
   226: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   230: 488b8424c0000000               movq 0xc0(%rsp), %rax
   238: 48898424e0000000               movq %rax, 0xe0(%rsp)
   240: 0f288424b0000000               movaps 0xb0(%rsp), %xmm0
   248: 0f298424d0000000               movaps %xmm0, 0xd0(%rsp)
   250: 4c89e6                         movq %r12, %rsi
   253: 4c89ef                         movq %r13, %rdi
   256: eb3b                           jmp 0x3b
   258: 0f1f840000000000               nopl (%rax,%rax)
   260: 4939ce                         cmpq %rcx, %r14
   263: 0f8f5ffeffff                   jg -0x1a1
   269: 488b8424c0000000               movq 0xc0(%rsp), %rax
   271: 48898424e0000000               movq %rax, 0xe0(%rsp)
   279: 0f288424b0000000               movaps 0xb0(%rsp), %xmm0
   281: 0f298424d0000000               movaps %xmm0, 0xd0(%rsp)
   289: f6c301                         testb $0x1, %bl
   28c: 4c8b742418                     movq 0x18(%rsp), %r14
   291: 754b                           jne 0x4b
   293: 48ff0b                         decq (%rbx)
   296: 7546                           jne 0x46
   298: 4889bc24f0000000               movq %rdi, 0xf0(%rsp)
   2a0: 4889df                         movq %rbx, %rdi
   2a3: 4c89442410                     movq %r8, 0x10(%rsp)
   2a8: 4c894c2408                     movq %r9, 0x8(%rsp)
   2ad: 4c895c2458                     movq %r11, 0x58(%rsp)
   2b2: 4889b424f8000000               movq %rsi, 0xf8(%rsp)
   2ba: e800000000                     callq 0x0
        # hole +0x2bb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2bf: 488bbc24f0000000               movq 0xf0(%rsp), %rdi
   2c7: 488bb424f8000000               movq 0xf8(%rsp), %rsi
   2cf: 4c8b5c2458                     movq 0x58(%rsp), %r11
   2d4: 4c8b4c2408                     movq 0x8(%rsp), %r9
   2d9: 4c8b442410                     movq 0x10(%rsp), %r8
   2de: 4c89642460                     movq %r12, 0x60(%rsp)
   2e3: 48896c2468                     movq %rbp, 0x68(%rsp)
   2e8: 4c896c2470                     movq %r13, 0x70(%rsp)
   2ed: 4c894c2478                     movq %r9, 0x78(%rsp)
   2f2: 4c89842480000000               movq %r8, 0x80(%rsp)
   2fa: 48899c2488000000               movq %rbx, 0x88(%rsp)
   302: 4889b42490000000               movq %rsi, 0x90(%rsp)
   30a: 4c89bc2498000000               movq %r15, 0x98(%rsp)
   312: 4889bc24a0000000               movq %rdi, 0xa0(%rsp)
   31a: 4c899c24a8000000               movq %r11, 0xa8(%rsp)
   322: 41f6c001                       testb $0x1, %r8b
   326: 0f85a5030000                   jne 0x3a5
   32c: 4183780804                     cmpl $0x4, 0x8(%r8)
   331: 0f859a030000                   jne 0x39a
   337: 498b4040                       movq 0x40(%r8), %rax
   33b: 498b4830                       movq 0x30(%r8), %rcx
   33f: 498b5038                       movq 0x38(%r8), %rdx
   343: 4885c0                         testq %rax, %rax
   346: 7e18                           jle 0x18
   348: 4839d1                         cmpq %rdx, %rcx
   34b: 7c1c                           jl 0x1c
   34d: e99b030000                     jmp 0x39b
   352: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   360: 4839d1                         cmpq %rdx, %rcx
   363: 0f8e84030000                   jle 0x384
   369: 4801c8                         addq %rcx, %rax
   36c: 49894030                       movq %rax, 0x30(%r8)
   370: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   378: 4889842488000000               movq %rax, 0x88(%rsp)
   380: 4889442468                     movq %rax, 0x68(%rsp)
   385: 40f6c501                       testb $0x1, %bpl
   389: 7506                           jne 0x6
   38b: 48ff4d00                       decq (%rbp)
   38f: 7431                           je 0x31
   391: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x394: X86_64_RELOC_GOT_LOAD Rel32 data+12
   398: 41f6c701                       testb $0x1, %r15b
   39c: 7442                           je 0x42
   39e: 4c89bc2488000000               movq %r15, 0x88(%rsp)
   3a6: 488b442478                     movq 0x78(%rsp), %rax
   3ab: a801                           testb $0x1, %al
   3ad: 7445                           je 0x45
   3af: 4889842490000000               movq %rax, 0x90(%rsp)
   3b7: 41f6c701                       testb $0x1, %r15b
   3bb: 744c                           je 0x4c
   3bd: e94a030000                     jmp 0x34a
   3c2: 4889ef                         movq %rbp, %rdi
   3c5: e800000000                     callq 0x0
        # hole +0x3c6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3ca: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x3cd: X86_64_RELOC_GOT_LOAD Rel32 data+12
   3d1: 41f6c701                       testb $0x1, %r15b
   3d5: 75c7                           jne -0x39
   3d7: 660f1f840000000000             nopw (%rax,%rax)
   3e0: 49ff07                         incq (%r15)
   3e3: 4c89bc2488000000               movq %r15, 0x88(%rsp)
   3eb: 488b442478                     movq 0x78(%rsp), %rax
   3f0: a801                           testb $0x1, %al
   3f2: 75bb                           jne -0x45
   3f4: 48ff00                         incq (%rax)
   3f7: 4889842490000000               movq %rax, 0x90(%rsp)
   3ff: 41f6c701                       testb $0x1, %r15b
   403: 0f8503030000                   jne 0x303
   409: 41837f0808                     cmpl $0x8, 0x8(%r15)
   40e: 0f85f8020000                   jne 0x2f8
   414: ba01000000                     movl $0x1, %edx
   419: 4c89f7                         movq %r14, %rdi
   41c: 488db42490000000               leaq 0x90(%rsp), %rsi
   424: 41ff5738                       callq *0x38(%r15)
   428: 4889c3                         movq %rax, %rbx
   42b: 488bbc2490000000               movq 0x90(%rsp), %rdi
   433: 40f6c701                       testb $0x1, %dil
   437: 7509                           jne 0x9
   439: 48ff0f                         decq (%rdi)
   43c: 0f848f000000                   je 0x8f
   442: 49ff0f                         decq (%r15)
   445: 7508                           jne 0x8
   447: 4c89ff                         movq %r15, %rdi
   44a: e800000000                     callq 0x0
        # hole +0x44b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   44f: 4885db                         testq %rbx, %rbx
   452: 0f84dc030000                   je 0x3dc
   458: 48899c2488000000               movq %rbx, 0x88(%rsp)
   460: 0f288424d0000000               movaps 0xd0(%rsp), %xmm0
   468: 0f298424b0000000               movaps %xmm0, 0xb0(%rsp)
   470: 488b8424e0000000               movq 0xe0(%rsp), %rax
   478: 48898424c0000000               movq %rax, 0xc0(%rsp)
   480: 4c8b642460                     movq 0x60(%rsp), %r12
   485: 488b6c2468                     movq 0x68(%rsp), %rbp
   48a: 4c8b6c2470                     movq 0x70(%rsp), %r13
   48f: 4c8b4c2478                     movq 0x78(%rsp), %r9
   494: 4c8b842480000000               movq 0x80(%rsp), %r8
   49c: 488bb42490000000               movq 0x90(%rsp), %rsi
   4a4: 4c8bbc2498000000               movq 0x98(%rsp), %r15
   4ac: 488bbc24a0000000               movq 0xa0(%rsp), %rdi
   4b4: 4c8b9c24a8000000               movq 0xa8(%rsp), %r11
   4bc: f6c301                         testb $0x1, %bl
   4bf: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   4c9: 0f84d1fbffff                   je -0x42f
   4cf: eb4a                           jmp 0x4a
   4d1: e800000000                     callq 0x0
        # hole +0x4d2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4d6: 49ff0f                         decq (%r15)
   4d9: 0f8570ffffff                   jne -0x90
   4df: e963ffffff                     jmp -0x9d
   4e4: 4c89ef                         movq %r13, %rdi
   4e7: 4d89c7                         movq %r8, %r15
   4ea: 4d89cd                         movq %r9, %r13
   4ed: 4c895c2458                     movq %r11, 0x58(%rsp)
   4f2: e800000000                     callq 0x0
        # hole +0x4f3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4f7: 4c8b5c2458                     movq 0x58(%rsp), %r11
   4fc: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   506: 4d89e9                         movq %r13, %r9
   509: 4d89f8                         movq %r15, %r8
   50c: 41f6c401                       testb $0x1, %r12b
   510: 0f84cffbffff                   je -0x431
   516: e9cefbffff                     jmp -0x432
   51b: 4c894c2408                     movq %r9, 0x8(%rsp)
   520: 4c89442410                     movq %r8, 0x10(%rsp)
   525: 4d89e3                         movq %r12, %r11
   528: 4989fa                         movq %rdi, %r10
   52b: 4c89ef                         movq %r13, %rdi
   52e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x531: X86_64_RELOC_GOT_LOAD Rel32 data-4
   535: 49ffc0                         incq %r8
   538: b830000000                     movl $0x30, %eax
   53d: 41b90a000000                   movl $0xa, %r9d
   543: b901000000                     movl $0x1, %ecx
   548: 31d2                           xorl %edx, %edx
   54a: 4d89d5                         movq %r10, %r13
   54d: 4989f4                         movq %rsi, %r12
   550: eb5a                           jmp 0x5a
   552: 4c894c2408                     movq %r9, 0x8(%rsp)
   557: 4c89442410                     movq %r8, 0x10(%rsp)
   55c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x55f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   563: 49ffc0                         incq %r8
   566: b830000000                     movl $0x30, %eax
   56b: 41b90a000000                   movl $0xa, %r9d
   571: b901000000                     movl $0x1, %ecx
   576: eb2c                           jmp 0x2c
   578: 4c894c2408                     movq %r9, 0x8(%rsp)
   57d: 4c89442410                     movq %r8, 0x10(%rsp)
   582: 49c70601000000                 movq $0x1, (%r14)
   589: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x58c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   590: 4983c00d                       addq $0xd, %r8
   594: b830000000                     movl $0x30, %eax
   599: 41b982000000                   movl $0x82, %r9d
   59f: b902000000                     movl $0x2, %ecx
   5a4: 31d2                           xorl %edx, %edx
   5a6: 4c89ef                         movq %r13, %rdi
   5a9: 4d89e3                         movq %r12, %r11
   5ac: 4531d2                         xorl %r10d, %r10d
   5af: 488b742420                     movq 0x20(%rsp), %rsi
   5b4: 488b7618                       movq 0x18(%rsi), %rsi
   5b8: 4c3b5c2428                     cmpq 0x28(%rsp), %r11
   5bd: 7533                           jne 0x33
   5bf: 483b6c2430                     cmpq 0x30(%rsp), %rbp
   5c4: 7536                           jne 0x36
   5c6: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   5cb: 4c8b5c2410                     movq 0x10(%rsp), %r11
   5d0: 753a                           jne 0x3a
   5d2: 488b7c2408                     movq 0x8(%rsp), %rdi
   5d7: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   5dc: 753e                           jne 0x3e
   5de: 4c3b5c2448                     cmpq 0x48(%rsp), %r11
   5e3: 7542                           jne 0x42
   5e5: 483b5c2450                     cmpq 0x50(%rsp), %rbx
   5ea: 7546                           jne 0x46
   5ec: 84d2                           testb %dl, %dl
   5ee: 754a                           jne 0x4a
   5f0: eb59                           jmp 0x59
   5f2: 4c891e                         movq %r11, (%rsi)
   5f5: 483b6c2430                     cmpq 0x30(%rsp), %rbp
   5fa: 74ca                           je -0x36
   5fc: 48896e08                       movq %rbp, 0x8(%rsi)
   600: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   605: 4c8b5c2410                     movq 0x10(%rsp), %r11
   60a: 74c6                           je -0x3a
   60c: 48897e10                       movq %rdi, 0x10(%rsi)
   610: 488b7c2408                     movq 0x8(%rsp), %rdi
   615: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   61a: 74c2                           je -0x3e
   61c: 48897e18                       movq %rdi, 0x18(%rsi)
   620: 4c3b5c2448                     cmpq 0x48(%rsp), %r11
   625: 74be                           je -0x42
   627: 4c895e20                       movq %r11, 0x20(%rsi)
   62b: 483b5c2450                     cmpq 0x50(%rsp), %rbx
   630: 74ba                           je -0x46
   632: 48895e28                       movq %rbx, 0x28(%rsi)
   636: 84d2                           testb %dl, %dl
   638: 7411                           je 0x11
   63a: 4c896630                       movq %r12, 0x30(%rsi)
   63e: 4c897e38                       movq %r15, 0x38(%rsi)
   642: 4584d2                         testb %r10b, %r10b
   645: 7404                           je 0x4
   647: 4c896e40                       movq %r13, 0x40(%rsi)
   64b: 4801c6                         addq %rax, %rsi
   64e: 488b7c2420                     movq 0x20(%rsp), %rdi
   653: 4c89f2                         movq %r14, %rdx
   656: e800000000                     callq 0x0
        # hole +0x657: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   65b: 4881c400010000                 addq $0x100, %rsp
   662: 5d                             popq %rbp
   663: c3                             retq
   664: 4c894c2408                     movq %r9, 0x8(%rsp)
   669: 4c89442410                     movq %r8, 0x10(%rsp)
   66e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x671: X86_64_RELOC_GOT_LOAD Rel32 data-4
   675: 4983c008                       addq $0x8, %r8
   679: b848000000                     movl $0x48, %eax
   67e: b201                           movb $0x1, %dl
   680: 41b950000000                   movl $0x50, %r9d
   686: b901000000                     movl $0x1, %ecx
   68b: 4989ef                         movq %rbp, %r15
   68e: 4c89ef                         movq %r13, %rdi
   691: 4d89e3                         movq %r12, %r11
   694: 41b201                         movb $0x1, %r10b
   697: e913ffffff                     jmp -0xed
   69c: 4c894c2408                     movq %r9, 0x8(%rsp)
   6a1: 4c89442410                     movq %r8, 0x10(%rsp)
   6a6: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6a9: X86_64_RELOC_GOT_LOAD Rel32 data-4
   6ad: 4983c00a                       addq $0xa, %r8
   6b1: b840000000                     movl $0x40, %eax
   6b6: b201                           movb $0x1, %dl
   6b8: 41b964000000                   movl $0x64, %r9d
   6be: b901000000                     movl $0x1, %ecx
   6c3: 4531d2                         xorl %r10d, %r10d
   6c6: 4c89ef                         movq %r13, %rdi
   6c9: 4d89e3                         movq %r12, %r11
   6cc: e9defeffff                     jmp -0x122
   6d1: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6d4: X86_64_RELOC_GOT_LOAD Rel32 data+4
   6d8: 49ffc0                         incq %r8
   6db: b805000000                     movl $0x5, %eax
   6e0: 41b90a000000                   movl $0xa, %r9d
   6e6: b901000000                     movl $0x1, %ecx
   6eb: eb1b                           jmp 0x1b
   6ed: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6f0: X86_64_RELOC_GOT_LOAD Rel32 data+4
   6f4: 4983c002                       addq $0x2, %r8
   6f8: b805000000                     movl $0x5, %eax
   6fd: 41b914000000                   movl $0x14, %r9d
   703: b902000000                     movl $0x2, %ecx
   708: 31d2                           xorl %edx, %edx
   70a: eb1d                           jmp 0x1d
   70c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x70f: X86_64_RELOC_GOT_LOAD Rel32 data+4
   713: 4983c007                       addq $0x7, %r8
   717: b807000000                     movl $0x7, %eax
   71c: b201                           movb $0x1, %dl
   71e: 41b946000000                   movl $0x46, %r9d
   724: b901000000                     movl $0x1, %ecx
   729: 488b7c2460                     movq 0x60(%rsp), %rdi
   72e: 488b742420                     movq 0x20(%rsp), %rsi
   733: 488b7618                       movq 0x18(%rsi), %rsi
   737: 483b7c2428                     cmpq 0x28(%rsp), %rdi
   73c: 7570                           jne 0x70
   73e: 488b7c2468                     movq 0x68(%rsp), %rdi
   743: 483b7c2430                     cmpq 0x30(%rsp), %rdi
   748: 7573                           jne 0x73
   74a: 488b7c2470                     movq 0x70(%rsp), %rdi
   74f: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   754: 7577                           jne 0x77
   756: 488b7c2478                     movq 0x78(%rsp), %rdi
   75b: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   760: 757b                           jne 0x7b
   762: 488bbc2480000000               movq 0x80(%rsp), %rdi
   76a: 483b7c2448                     cmpq 0x48(%rsp), %rdi
   76f: 7404                           je 0x4
   771: 48897e20                       movq %rdi, 0x20(%rsi)
   775: 488bbc2488000000               movq 0x88(%rsp), %rdi
   77d: 483b7c2450                     cmpq 0x50(%rsp), %rdi
   782: 0f94c3                         sete %bl
   785: 4189d2                         movl %edx, %r10d
   788: 4180f201                       xorb $0x1, %r10b
   78c: 4108da                         orb %bl, %r10b
   78f: 7504                           jne 0x4
   791: 48897e28                       movq %rdi, 0x28(%rsi)
   795: 84d2                           testb %dl, %dl
   797: 740c                           je 0xc
   799: 488b942490000000               movq 0x90(%rsp), %rdx
   7a1: 48895630                       movq %rdx, 0x30(%rsi)
   7a5: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   7a9: e9a0feffff                     jmp -0x160
   7ae: 48893e                         movq %rdi, (%rsi)
   7b1: 488b7c2468                     movq 0x68(%rsp), %rdi
   7b6: 483b7c2430                     cmpq 0x30(%rsp), %rdi
   7bb: 748d                           je -0x73
   7bd: 48897e08                       movq %rdi, 0x8(%rsi)
   7c1: 488b7c2470                     movq 0x70(%rsp), %rdi
   7c6: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   7cb: 7489                           je -0x77
   7cd: 48897e10                       movq %rdi, 0x10(%rsi)
   7d1: 488b7c2478                     movq 0x78(%rsp), %rdi
   7d6: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   7db: 7485                           je -0x7b
   7dd: 48897e18                       movq %rdi, 0x18(%rsi)
   7e1: 488bbc2480000000               movq 0x80(%rsp), %rdi
   7e9: 483b7c2448                     cmpq 0x48(%rsp), %rdi
   7ee: 7581                           jne -0x7f
   7f0: eb83                           jmp -0x7d
   7f2: 4c894c2408                     movq %r9, 0x8(%rsp)
   7f7: 4c89442410                     movq %r8, 0x10(%rsp)
   7fc: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7ff: X86_64_RELOC_GOT_LOAD Rel32 data-4
   803: 4983c00c                       addq $0xc, %r8
   807: b830000000                     movl $0x30, %eax
   80c: 41b978000000                   movl $0x78, %r9d
   812: e988fdffff                     jmp -0x278
   817: 4c894c2408                     movq %r9, 0x8(%rsp)
   81c: 4c89442410                     movq %r8, 0x10(%rsp)
   821: 49c70601000000                 movq $0x1, (%r14)
   828: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x82b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   82f: e95cfdffff                     jmp -0x2a4
   834: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x837: X86_64_RELOC_GOT_LOAD Rel32 data+4
   83b: 4983c007                       addq $0x7, %r8
   83f: b805000000                     movl $0x5, %eax
   844: 41b946000000                   movl $0x46, %r9d
   84a: b903000000                     movl $0x3, %ecx
   84f: e9b4feffff                     jmp -0x14c
   854: 4c894c2408                     movq %r9, 0x8(%rsp)
   859: 4c89442410                     movq %r8, 0x10(%rsp)
   85e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x861: X86_64_RELOC_GOT_LOAD Rel32 data-4
   865: 4983c008                       addq $0x8, %r8
   869: b848000000                     movl $0x48, %eax
   86e: b201                           movb $0x1, %dl
   870: 41b950000000                   movl $0x50, %r9d
   876: b901000000                     movl $0x1, %ecx
   87b: 4989ef                         movq %rbp, %r15
   87e: 4c89ef                         movq %r13, %rdi
   881: 4d89e3                         movq %r12, %r11
   884: 41b201                         movb $0x1, %r10b
   887: 4c8b742418                     movq 0x18(%rsp), %r14
   88c: e91efdffff                     jmp -0x2e2
   891: 4c894c2408                     movq %r9, 0x8(%rsp)
   896: 4c89442410                     movq %r8, 0x10(%rsp)
   89b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x89e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   8a2: 4983c009                       addq $0x9, %r8
   8a6: b840000000                     movl $0x40, %eax
   8ab: b201                           movb $0x1, %dl
   8ad: 41b95a000000                   movl $0x5a, %r9d
   8b3: eb22                           jmp 0x22
   8b5: 4c894c2408                     movq %r9, 0x8(%rsp)
   8ba: 4c89442410                     movq %r8, 0x10(%rsp)
   8bf: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8c2: X86_64_RELOC_GOT_LOAD Rel32 data-4
   8c6: 4983c00a                       addq $0xa, %r8
   8ca: b840000000                     movl $0x40, %eax
   8cf: b201                           movb $0x1, %dl
   8d1: 41b964000000                   movl $0x64, %r9d
   8d7: b901000000                     movl $0x1, %ecx
   8dc: 4531d2                         xorl %r10d, %r10d
   8df: 4c89ef                         movq %r13, %rdi
   8e2: 4d89e3                         movq %r12, %r11
   8e5: 4c8b742418                     movq 0x18(%rsp), %r14
   8ea: e9c0fcffff                     jmp -0x340
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[16]+0
        # hole data+0x10: GOT Abs64 operand0[21]+0
