# stencil nested_inner for x86_64-unknown-linux-gnu: 2337 code bytes, 0 data bytes, 22 holes
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
    6c: 0f85b1040000                   jne 0x4b1
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
    a4: 0f8579040000                   jne 0x479
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
    d9: 0f840d040000                   je 0x40d
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
   10b: 0f806c070000                   jo 0x76c
   111: 4b8d0c16                       leaq (%r14,%r10), %rcx
   115: 4885c9                         testq %rcx, %rcx
   118: 0f895f070000                   jns 0x75f
   11e: 4e8d3c7501000000               leaq 0x1(,%r14,2), %r15
   126: 41f6c401                       testb $0x1, %r12b
   12a: 0f848d070000                   je 0x78d
   130: 4c89e1                         movq %r12, %rcx
   133: 48d1f9                         sarq %rcx
   136: 4901ce                         addq %rcx, %r14
   139: 4c89f1                         movq %r14, %rcx
   13c: 4c01d1                         addq %r10, %rcx
   13f: 0f899f070000                   jns 0x79f
   145: 4e8d247501000000               leaq 0x1(,%r14,2), %r12
   14d: 4c8b742418                     movq 0x18(%rsp), %r14
   152: 49833e00                       cmpq $0x0, (%r14)
   156: 0f85b6060000                   jne 0x6b6
   15c: 498b4e08                       movq 0x8(%r14), %rcx
   160: 498b5610                       movq 0x10(%r14), %rdx
   164: 48ffc1                         incq %rcx
   167: 49894e08                       movq %rcx, 0x8(%r14)
   16b: 4839d1                         cmpq %rdx, %rcx
   16e: 0f8dc6060000                   jge 0x6c6
   174: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   180: f6c301                         testb $0x1, %bl
   183: 0f85d4030000                   jne 0x3d4
   189: 837b0804                       cmpl $0x4, 0x8(%rbx)
   18d: 0f85ca030000                   jne 0x3ca
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
   1d9: 0f8096040000                   jo 0x496
   1df: 4a8d3c16                       leaq (%rsi,%r10), %rdi
   1e3: 4885ff                         testq %rdi, %rdi
   1e6: 0f8989040000                   jns 0x489
   1ec: 4c8d3c7501000000               leaq 0x1(,%rsi,2), %r15
   1f4: 4c89e7                         movq %r12, %rdi
   1f7: 48d1ff                         sarq %rdi
   1fa: 4801f7                         addq %rsi, %rdi
   1fd: 4889fe                         movq %rdi, %rsi
   200: 4c01d6                         addq %r10, %rsi
   203: 0f89a7040000                   jns 0x4a7
   209: 4c8d247d01000000               leaq 0x1(,%rdi,2), %r12
   211: 48ffc1                         incq %rcx
   214: 49894e08                       movq %rcx, 0x8(%r14)
   218: 4839d1                         cmpq %rdx, %rcx
   21b: 0f8c5fffffff                   jl -0xa1
   221: e960030000                     jmp 0x360
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
        # hole +0x2bb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
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
   326: 0f85bc030000                   jne 0x3bc
   32c: 4183780804                     cmpl $0x4, 0x8(%r8)
   331: 0f85b1030000                   jne 0x3b1
   337: 498b4040                       movq 0x40(%r8), %rax
   33b: 498b4830                       movq 0x30(%r8), %rcx
   33f: 498b5038                       movq 0x38(%r8), %rdx
   343: 4885c0                         testq %rax, %rax
   346: 7e18                           jle 0x18
   348: 4839d1                         cmpq %rdx, %rcx
   34b: 7c1c                           jl 0x1c
   34d: e9b5030000                     jmp 0x3b5
   352: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   360: 4839d1                         cmpq %rdx, %rcx
   363: 0f8e9e030000                   jle 0x39e
   369: 4801c8                         addq %rcx, %rax
   36c: 49894030                       movq %rax, 0x30(%r8)
   370: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   378: 4889842488000000               movq %rax, 0x88(%rsp)
   380: 4889442468                     movq %rax, 0x68(%rsp)
   385: 40f6c501                       testb $0x1, %bpl
   389: 7506                           jne 0x6
   38b: 48ff4d00                       decq (%rbp)
   38f: 7434                           je 0x34
   391: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x393: R_X86_64_64 Abs64 operand0[21]+0
   39b: 41f6c701                       testb $0x1, %r15b
   39f: 743f                           je 0x3f
   3a1: 4c89bc2488000000               movq %r15, 0x88(%rsp)
   3a9: 488b442478                     movq 0x78(%rsp), %rax
   3ae: a801                           testb $0x1, %al
   3b0: 7442                           je 0x42
   3b2: 4889842490000000               movq %rax, 0x90(%rsp)
   3ba: 41f6c701                       testb $0x1, %r15b
   3be: 7451                           je 0x51
   3c0: e964030000                     jmp 0x364
   3c5: 4889ef                         movq %rbp, %rdi
   3c8: e800000000                     callq 0x0
        # hole +0x3c9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3cd: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x3cf: R_X86_64_64 Abs64 operand0[21]+0
   3d7: 41f6c701                       testb $0x1, %r15b
   3db: 75c4                           jne -0x3c
   3dd: 0f1f00                         nopl (%rax)
   3e0: 49ff07                         incq (%r15)
   3e3: 4c89bc2488000000               movq %r15, 0x88(%rsp)
   3eb: 488b442478                     movq 0x78(%rsp), %rax
   3f0: a801                           testb $0x1, %al
   3f2: 75be                           jne -0x42
   3f4: 48ff00                         incq (%rax)
   3f7: 4c8bbc2488000000               movq 0x88(%rsp), %r15
   3ff: 4889842490000000               movq %rax, 0x90(%rsp)
   407: 41f6c701                       testb $0x1, %r15b
   40b: 0f8518030000                   jne 0x318
   411: 41837f0808                     cmpl $0x8, 0x8(%r15)
   416: 0f850d030000                   jne 0x30d
   41c: ba01000000                     movl $0x1, %edx
   421: 4c89f7                         movq %r14, %rdi
   424: 488db42490000000               leaq 0x90(%rsp), %rsi
   42c: 41ff5738                       callq *0x38(%r15)
   430: 4889c3                         movq %rax, %rbx
   433: 488bbc2490000000               movq 0x90(%rsp), %rdi
   43b: 40f6c701                       testb $0x1, %dil
   43f: 7509                           jne 0x9
   441: 48ff0f                         decq (%rdi)
   444: 0f848f000000                   je 0x8f
   44a: 49ff0f                         decq (%r15)
   44d: 7508                           jne 0x8
   44f: 4c89ff                         movq %r15, %rdi
   452: e800000000                     callq 0x0
        # hole +0x453: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   457: 4885db                         testq %rbx, %rbx
   45a: 0f84fa030000                   je 0x3fa
   460: 48899c2488000000               movq %rbx, 0x88(%rsp)
   468: 0f288424d0000000               movaps 0xd0(%rsp), %xmm0
   470: 0f298424b0000000               movaps %xmm0, 0xb0(%rsp)
   478: 488b8424e0000000               movq 0xe0(%rsp), %rax
   480: 48898424c0000000               movq %rax, 0xc0(%rsp)
   488: 4c8b642460                     movq 0x60(%rsp), %r12
   48d: 488b6c2468                     movq 0x68(%rsp), %rbp
   492: 4c8b6c2470                     movq 0x70(%rsp), %r13
   497: 4c8b4c2478                     movq 0x78(%rsp), %r9
   49c: 4c8b842480000000               movq 0x80(%rsp), %r8
   4a4: 488bb42490000000               movq 0x90(%rsp), %rsi
   4ac: 4c8bbc2498000000               movq 0x98(%rsp), %r15
   4b4: 488bbc24a0000000               movq 0xa0(%rsp), %rdi
   4bc: 4c8b9c24a8000000               movq 0xa8(%rsp), %r11
   4c4: f6c301                         testb $0x1, %bl
   4c7: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   4d1: 0f84c9fbffff                   je -0x437
   4d7: eb4a                           jmp 0x4a
   4d9: e800000000                     callq 0x0
        # hole +0x4da: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4de: 49ff0f                         decq (%r15)
   4e1: 0f8570ffffff                   jne -0x90
   4e7: e963ffffff                     jmp -0x9d
   4ec: 4c89ef                         movq %r13, %rdi
   4ef: 4d89c7                         movq %r8, %r15
   4f2: 4d89cd                         movq %r9, %r13
   4f5: 4c895c2458                     movq %r11, 0x58(%rsp)
   4fa: e800000000                     callq 0x0
        # hole +0x4fb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4ff: 4c8b5c2458                     movq 0x58(%rsp), %r11
   504: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   50e: 4d89e9                         movq %r13, %r9
   511: 4d89f8                         movq %r15, %r8
   514: 41f6c401                       testb $0x1, %r12b
   518: 0f84c7fbffff                   je -0x439
   51e: e9c6fbffff                     jmp -0x43a
   523: 4c894c2408                     movq %r9, 0x8(%rsp)
   528: 4c89442410                     movq %r8, 0x10(%rsp)
   52d: 4d89e3                         movq %r12, %r11
   530: 4989fa                         movq %rdi, %r10
   533: 4c89ef                         movq %r13, %rdi
   536: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x538: R_X86_64_64 Abs64 index+0
   540: 49ffc0                         incq %r8
   543: b830000000                     movl $0x30, %eax
   548: 41b90a000000                   movl $0xa, %r9d
   54e: b901000000                     movl $0x1, %ecx
   553: 31d2                           xorl %edx, %edx
   555: 4d89d5                         movq %r10, %r13
   558: 4989f4                         movq %rsi, %r12
   55b: eb60                           jmp 0x60
   55d: 4c894c2408                     movq %r9, 0x8(%rsp)
   562: 4c89442410                     movq %r8, 0x10(%rsp)
   567: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x569: R_X86_64_64 Abs64 index+0
   571: 49ffc0                         incq %r8
   574: b830000000                     movl $0x30, %eax
   579: 41b90a000000                   movl $0xa, %r9d
   57f: b901000000                     movl $0x1, %ecx
   584: eb2f                           jmp 0x2f
   586: 4c894c2408                     movq %r9, 0x8(%rsp)
   58b: 4c89442410                     movq %r8, 0x10(%rsp)
   590: 49c70601000000                 movq $0x1, (%r14)
   597: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x599: R_X86_64_64 Abs64 index+0
   5a1: 4983c00d                       addq $0xd, %r8
   5a5: b830000000                     movl $0x30, %eax
   5aa: 41b982000000                   movl $0x82, %r9d
   5b0: b902000000                     movl $0x2, %ecx
   5b5: 31d2                           xorl %edx, %edx
   5b7: 4c89ef                         movq %r13, %rdi
   5ba: 4d89e3                         movq %r12, %r11
   5bd: 4531d2                         xorl %r10d, %r10d
   5c0: 488b742420                     movq 0x20(%rsp), %rsi
   5c5: 488b7618                       movq 0x18(%rsi), %rsi
   5c9: 4c3b5c2428                     cmpq 0x28(%rsp), %r11
   5ce: 7533                           jne 0x33
   5d0: 483b6c2430                     cmpq 0x30(%rsp), %rbp
   5d5: 7536                           jne 0x36
   5d7: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   5dc: 4c8b5c2410                     movq 0x10(%rsp), %r11
   5e1: 753a                           jne 0x3a
   5e3: 488b7c2408                     movq 0x8(%rsp), %rdi
   5e8: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   5ed: 753e                           jne 0x3e
   5ef: 4c3b5c2448                     cmpq 0x48(%rsp), %r11
   5f4: 7542                           jne 0x42
   5f6: 483b5c2450                     cmpq 0x50(%rsp), %rbx
   5fb: 7546                           jne 0x46
   5fd: 84d2                           testb %dl, %dl
   5ff: 754a                           jne 0x4a
   601: eb59                           jmp 0x59
   603: 4c891e                         movq %r11, (%rsi)
   606: 483b6c2430                     cmpq 0x30(%rsp), %rbp
   60b: 74ca                           je -0x36
   60d: 48896e08                       movq %rbp, 0x8(%rsi)
   611: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   616: 4c8b5c2410                     movq 0x10(%rsp), %r11
   61b: 74c6                           je -0x3a
   61d: 48897e10                       movq %rdi, 0x10(%rsi)
   621: 488b7c2408                     movq 0x8(%rsp), %rdi
   626: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   62b: 74c2                           je -0x3e
   62d: 48897e18                       movq %rdi, 0x18(%rsi)
   631: 4c3b5c2448                     cmpq 0x48(%rsp), %r11
   636: 74be                           je -0x42
   638: 4c895e20                       movq %r11, 0x20(%rsi)
   63c: 483b5c2450                     cmpq 0x50(%rsp), %rbx
   641: 74ba                           je -0x46
   643: 48895e28                       movq %rbx, 0x28(%rsi)
   647: 84d2                           testb %dl, %dl
   649: 7411                           je 0x11
   64b: 4c896630                       movq %r12, 0x30(%rsi)
   64f: 4c897e38                       movq %r15, 0x38(%rsi)
   653: 4584d2                         testb %r10b, %r10b
   656: 7404                           je 0x4
   658: 4c896e40                       movq %r13, 0x40(%rsi)
   65c: 4801c6                         addq %rax, %rsi
   65f: 488b7c2420                     movq 0x20(%rsp), %rdi
   664: 4c89f2                         movq %r14, %rdx
   667: e800000000                     callq 0x0
        # hole +0x668: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   66c: 4881c400010000                 addq $0x100, %rsp
   673: 5d                             popq %rbp
   674: c3                             retq
   675: 4c894c2408                     movq %r9, 0x8(%rsp)
   67a: 4c89442410                     movq %r8, 0x10(%rsp)
   67f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x681: R_X86_64_64 Abs64 index+0
   689: 4983c008                       addq $0x8, %r8
   68d: b848000000                     movl $0x48, %eax
   692: b201                           movb $0x1, %dl
   694: 41b950000000                   movl $0x50, %r9d
   69a: b901000000                     movl $0x1, %ecx
   69f: 4989ef                         movq %rbp, %r15
   6a2: 4c89ef                         movq %r13, %rdi
   6a5: 4d89e3                         movq %r12, %r11
   6a8: 41b201                         movb $0x1, %r10b
   6ab: e910ffffff                     jmp -0xf0
   6b0: 4c894c2408                     movq %r9, 0x8(%rsp)
   6b5: 4c89442410                     movq %r8, 0x10(%rsp)
   6ba: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6bc: R_X86_64_64 Abs64 index+0
   6c4: 4983c00a                       addq $0xa, %r8
   6c8: b840000000                     movl $0x40, %eax
   6cd: b201                           movb $0x1, %dl
   6cf: 41b964000000                   movl $0x64, %r9d
   6d5: b901000000                     movl $0x1, %ecx
   6da: 4531d2                         xorl %r10d, %r10d
   6dd: 4c89ef                         movq %r13, %rdi
   6e0: 4d89e3                         movq %r12, %r11
   6e3: e9d8feffff                     jmp -0x128
   6e8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6ea: R_X86_64_64 Abs64 index[16]+0
   6f2: 49ffc0                         incq %r8
   6f5: b805000000                     movl $0x5, %eax
   6fa: 41b90a000000                   movl $0xa, %r9d
   700: b901000000                     movl $0x1, %ecx
   705: eb1e                           jmp 0x1e
   707: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x709: R_X86_64_64 Abs64 index[16]+0
   711: 4983c002                       addq $0x2, %r8
   715: b805000000                     movl $0x5, %eax
   71a: 41b914000000                   movl $0x14, %r9d
   720: b902000000                     movl $0x2, %ecx
   725: 31d2                           xorl %edx, %edx
   727: eb20                           jmp 0x20
   729: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x72b: R_X86_64_64 Abs64 index[16]+0
   733: 4983c007                       addq $0x7, %r8
   737: b807000000                     movl $0x7, %eax
   73c: b201                           movb $0x1, %dl
   73e: 41b946000000                   movl $0x46, %r9d
   744: b901000000                     movl $0x1, %ecx
   749: 488b7c2460                     movq 0x60(%rsp), %rdi
   74e: 488b742420                     movq 0x20(%rsp), %rsi
   753: 488b7618                       movq 0x18(%rsi), %rsi
   757: 483b7c2428                     cmpq 0x28(%rsp), %rdi
   75c: 7570                           jne 0x70
   75e: 488b7c2468                     movq 0x68(%rsp), %rdi
   763: 483b7c2430                     cmpq 0x30(%rsp), %rdi
   768: 7573                           jne 0x73
   76a: 488b7c2470                     movq 0x70(%rsp), %rdi
   76f: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   774: 7577                           jne 0x77
   776: 488b7c2478                     movq 0x78(%rsp), %rdi
   77b: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   780: 757b                           jne 0x7b
   782: 488bbc2480000000               movq 0x80(%rsp), %rdi
   78a: 483b7c2448                     cmpq 0x48(%rsp), %rdi
   78f: 7404                           je 0x4
   791: 48897e20                       movq %rdi, 0x20(%rsi)
   795: 488bbc2488000000               movq 0x88(%rsp), %rdi
   79d: 483b7c2450                     cmpq 0x50(%rsp), %rdi
   7a2: 0f94c3                         sete %bl
   7a5: 4189d2                         movl %edx, %r10d
   7a8: 4180f201                       xorb $0x1, %r10b
   7ac: 4108da                         orb %bl, %r10b
   7af: 7504                           jne 0x4
   7b1: 48897e28                       movq %rdi, 0x28(%rsi)
   7b5: 84d2                           testb %dl, %dl
   7b7: 740c                           je 0xc
   7b9: 488b942490000000               movq 0x90(%rsp), %rdx
   7c1: 48895630                       movq %rdx, 0x30(%rsi)
   7c5: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   7c9: e991feffff                     jmp -0x16f
   7ce: 48893e                         movq %rdi, (%rsi)
   7d1: 488b7c2468                     movq 0x68(%rsp), %rdi
   7d6: 483b7c2430                     cmpq 0x30(%rsp), %rdi
   7db: 748d                           je -0x73
   7dd: 48897e08                       movq %rdi, 0x8(%rsi)
   7e1: 488b7c2470                     movq 0x70(%rsp), %rdi
   7e6: 483b7c2438                     cmpq 0x38(%rsp), %rdi
   7eb: 7489                           je -0x77
   7ed: 48897e10                       movq %rdi, 0x10(%rsi)
   7f1: 488b7c2478                     movq 0x78(%rsp), %rdi
   7f6: 483b7c2440                     cmpq 0x40(%rsp), %rdi
   7fb: 7485                           je -0x7b
   7fd: 48897e18                       movq %rdi, 0x18(%rsi)
   801: 488bbc2480000000               movq 0x80(%rsp), %rdi
   809: 483b7c2448                     cmpq 0x48(%rsp), %rdi
   80e: 7581                           jne -0x7f
   810: eb83                           jmp -0x7d
   812: 4c894c2408                     movq %r9, 0x8(%rsp)
   817: 4c89442410                     movq %r8, 0x10(%rsp)
   81c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x81e: R_X86_64_64 Abs64 index+0
   826: 4983c00c                       addq $0xc, %r8
   82a: b830000000                     movl $0x30, %eax
   82f: 41b978000000                   movl $0x78, %r9d
   835: e976fdffff                     jmp -0x28a
   83a: 4c894c2408                     movq %r9, 0x8(%rsp)
   83f: 4c89442410                     movq %r8, 0x10(%rsp)
   844: 49c70601000000                 movq $0x1, (%r14)
   84b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x84d: R_X86_64_64 Abs64 index+0
   855: e947fdffff                     jmp -0x2b9
   85a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x85c: R_X86_64_64 Abs64 index[16]+0
   864: 4983c007                       addq $0x7, %r8
   868: b805000000                     movl $0x5, %eax
   86d: 41b946000000                   movl $0x46, %r9d
   873: b903000000                     movl $0x3, %ecx
   878: e9a8feffff                     jmp -0x158
   87d: 4c894c2408                     movq %r9, 0x8(%rsp)
   882: 4c89442410                     movq %r8, 0x10(%rsp)
   887: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x889: R_X86_64_64 Abs64 index+0
   891: 4983c008                       addq $0x8, %r8
   895: b848000000                     movl $0x48, %eax
   89a: b201                           movb $0x1, %dl
   89c: 41b950000000                   movl $0x50, %r9d
   8a2: b901000000                     movl $0x1, %ecx
   8a7: 4989ef                         movq %rbp, %r15
   8aa: 4c89ef                         movq %r13, %rdi
   8ad: 4d89e3                         movq %r12, %r11
   8b0: 41b201                         movb $0x1, %r10b
   8b3: 4c8b742418                     movq 0x18(%rsp), %r14
   8b8: e903fdffff                     jmp -0x2fd
   8bd: 4c894c2408                     movq %r9, 0x8(%rsp)
   8c2: 4c89442410                     movq %r8, 0x10(%rsp)
   8c7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8c9: R_X86_64_64 Abs64 index+0
   8d1: 4983c009                       addq $0x9, %r8
   8d5: b840000000                     movl $0x40, %eax
   8da: b201                           movb $0x1, %dl
   8dc: 41b95a000000                   movl $0x5a, %r9d
   8e2: eb25                           jmp 0x25
   8e4: 4c894c2408                     movq %r9, 0x8(%rsp)
   8e9: 4c89442410                     movq %r8, 0x10(%rsp)
   8ee: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8f0: R_X86_64_64 Abs64 index+0
   8f8: 4983c00a                       addq $0xa, %r8
   8fc: b840000000                     movl $0x40, %eax
   901: b201                           movb $0x1, %dl
   903: 41b964000000                   movl $0x64, %r9d
   909: b901000000                     movl $0x1, %ecx
   90e: 4531d2                         xorl %r10d, %r10d
   911: 4c89ef                         movq %r13, %rdi
   914: 4d89e3                         movq %r12, %r11
   917: 4c8b742418                     movq 0x18(%rsp), %r14
   91c: e99ffcffff                     jmp -0x361
