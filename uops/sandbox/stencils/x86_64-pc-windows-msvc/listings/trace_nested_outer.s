# stencil nested_outer for x86_64-pc-windows-msvc: 2492 code bytes, 24 data bytes, 27 holes
     0: 55                             pushq %rbp
     1: 4881ec10010000                 subq $0x110, %rsp
     8: 498b442410                     movq 0x10(%r12), %rax
     d: 48898424e0000000               movq %rax, 0xe0(%rsp)
    15: 410f100424                     movups (%r12), %xmm0
    1a: 0f298424d0000000               movaps %xmm0, 0xd0(%rsp)
    22: 4c89a424c8000000               movq %r12, 0xc8(%rsp)
    2a: 498b442418                     movq 0x18(%r12), %rax
    2f: 488b08                         movq (%rax), %rcx
    32: 48898c24b0000000               movq %rcx, 0xb0(%rsp)
    3a: 48894c2450                     movq %rcx, 0x50(%rsp)
    3f: 488b4808                       movq 0x8(%rax), %rcx
    43: 48898c24a0000000               movq %rcx, 0xa0(%rsp)
    4b: 48894c2458                     movq %rcx, 0x58(%rsp)
    50: 488b4810                       movq 0x10(%rax), %rcx
    54: 48898c24b8000000               movq %rcx, 0xb8(%rsp)
    5c: 48894c2460                     movq %rcx, 0x60(%rsp)
    61: 488b4818                       movq 0x18(%rax), %rcx
    65: 48898c24c0000000               movq %rcx, 0xc0(%rsp)
    6d: 48894c2468                     movq %rcx, 0x68(%rsp)
    72: 488b4020                       movq 0x20(%rax), %rax
    76: 4889442470                     movq %rax, 0x70(%rsp)
    7b: 48898424a8000000               movq %rax, 0xa8(%rsp)
    83: a801                           testb $0x1, %al
    85: 0f8545040000                   jne 0x445
    8b: 49bd00000000000000c0           movabsq $-0x4000000000000000, %r13
    95: 4c8ba424a0000000               movq 0xa0(%rsp), %r12
    9d: 4c8b8424a8000000               movq 0xa8(%rsp), %r8
    a5: eb71                           jmp 0x71
    a7: 660f1f840000000000             nopw (%rax,%rax)
    b0: 488b842400010000               movq 0x100(%rsp), %rax
    b8: 48898424e0000000               movq %rax, 0xe0(%rsp)
    c0: 0f288424f0000000               movaps 0xf0(%rsp), %xmm0
    c8: 0f298424d0000000               movaps %xmm0, 0xd0(%rsp)
    d0: 4c895c2450                     movq %r11, 0x50(%rsp)
    d5: 4c89642458                     movq %r12, 0x58(%rsp)
    da: 4889542460                     movq %rdx, 0x60(%rsp)
    df: 4c894c2468                     movq %r9, 0x68(%rsp)
    e4: 4c89442470                     movq %r8, 0x70(%rsp)
    e9: 4889742478                     movq %rsi, 0x78(%rsp)
    ee: 4889ac2480000000               movq %rbp, 0x80(%rsp)
    f6: 4889bc2488000000               movq %rdi, 0x88(%rsp)
    fe: 4c89bc2490000000               movq %r15, 0x90(%rsp)
   106: 4c89942498000000               movq %r10, 0x98(%rsp)
   10e: 41f6c001                       testb $0x1, %r8b
   112: 0f85b8030000                   jne 0x3b8
   118: 4183780804                     cmpl $0x4, 0x8(%r8)
   11d: 0f85ad030000                   jne 0x3ad
   123: 498b4040                       movq 0x40(%r8), %rax
   127: 498b4830                       movq 0x30(%r8), %rcx
   12b: 498b5038                       movq 0x38(%r8), %rdx
   12f: 4885c0                         testq %rax, %rax
   132: 7e0c                           jle 0xc
   134: 4839d1                         cmpq %rdx, %rcx
   137: 7c10                           jl 0x10
   139: e936070000                     jmp 0x736
   13e: 6690                           nop
   140: 4839d1                         cmpq %rdx, %rcx
   143: 0f8e2b070000                   jle 0x72b
   149: 4801c8                         addq %rcx, %rax
   14c: 49894030                       movq %rax, 0x30(%r8)
   150: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   158: 4889442478                     movq %rax, 0x78(%rsp)
   15d: 4889442458                     movq %rax, 0x58(%rsp)
   162: 41f6c401                       testb $0x1, %r12b
   166: 7506                           jne 0x6
   168: 49ff0c24                       decq (%r12)
   16c: 7431                           je 0x31
   16e: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x171: IMAGE_REL_AMD64_REL32 Rel32 data-4
   175: 40f6c701                       testb $0x1, %dil
   179: 7545                           jne 0x45
   17b: 48ff07                         incq (%rdi)
   17e: 48897c2478                     movq %rdi, 0x78(%rsp)
   183: 488b442468                     movq 0x68(%rsp), %rax
   188: a801                           testb $0x1, %al
   18a: 7442                           je 0x42
   18c: 4889842480000000               movq %rax, 0x80(%rsp)
   194: 40f6c701                       testb $0x1, %dil
   198: 744e                           je 0x4e
   19a: e9f6060000                     jmp 0x6f6
   19f: 4c89e1                         movq %r12, %rcx
   1a2: e800000000                     callq 0x0
        # hole +0x1a3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1a7: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x1aa: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1ae: 40f6c701                       testb $0x1, %dil
   1b2: 74c7                           je -0x39
   1b4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   1c0: 48897c2478                     movq %rdi, 0x78(%rsp)
   1c5: 488b442468                     movq 0x68(%rsp), %rax
   1ca: a801                           testb $0x1, %al
   1cc: 75be                           jne -0x42
   1ce: 48ff00                         incq (%rax)
   1d1: 488b7c2478                     movq 0x78(%rsp), %rdi
   1d6: 4889842480000000               movq %rax, 0x80(%rsp)
   1de: 40f6c701                       testb $0x1, %dil
   1e2: 0f85ad060000                   jne 0x6ad
   1e8: 837f0808                       cmpl $0x8, 0x8(%rdi)
   1ec: 0f85a3060000                   jne 0x6a3
   1f2: 41b801000000                   movl $0x1, %r8d
   1f8: 4c89f1                         movq %r14, %rcx
   1fb: 488d942480000000               leaq 0x80(%rsp), %rdx
   203: ff5738                         callq *0x38(%rdi)
   206: 4889c6                         movq %rax, %rsi
   209: 488b8c2480000000               movq 0x80(%rsp), %rcx
   211: f6c101                         testb $0x1, %cl
   214: 7509                           jne 0x9
   216: 48ff09                         decq (%rcx)
   219: 0f846b020000                   je 0x26b
   21f: 48ff0f                         decq (%rdi)
   222: 7508                           jne 0x8
   224: 4889f9                         movq %rdi, %rcx
   227: e800000000                     callq 0x0
        # hole +0x228: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   22c: 4885f6                         testq %rsi, %rsi
   22f: 0f84c8060000                   je 0x6c8
   235: 4889742478                     movq %rsi, 0x78(%rsp)
   23a: 4c8b5c2450                     movq 0x50(%rsp), %r11
   23f: 4c8b642458                     movq 0x58(%rsp), %r12
   244: 488b542460                     movq 0x60(%rsp), %rdx
   249: 4c8b4c2468                     movq 0x68(%rsp), %r9
   24e: 4c8b442470                     movq 0x70(%rsp), %r8
   253: 488bac2480000000               movq 0x80(%rsp), %rbp
   25b: 488bbc2488000000               movq 0x88(%rsp), %rdi
   263: 4c8bbc2490000000               movq 0x90(%rsp), %r15
   26b: 40f6c601                       testb $0x1, %sil
   26f: 0f85c3050000                   jne 0x5c3
   275: 837e0804                       cmpl $0x4, 0x8(%rsi)
   279: 0f85b9050000                   jne 0x5b9
   27f: 4c8b942498000000               movq 0x98(%rsp), %r10
   287: 488b4640                       movq 0x40(%rsi), %rax
   28b: 488b5e30                       movq 0x30(%rsi), %rbx
   28f: 488b4e38                       movq 0x38(%rsi), %rcx
   293: 4885c0                         testq %rax, %rax
   296: 7e18                           jle 0x18
   298: 4839cb                         cmpq %rcx, %rbx
   29b: 7c1c                           jl 0x1c
   29d: e984010000                     jmp 0x184
   2a2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   2b0: 4839cb                         cmpq %rcx, %rbx
   2b3: 0f8e6d010000                   jle 0x16d
   2b9: 4801d8                         addq %rbx, %rax
   2bc: 48894630                       movq %rax, 0x30(%rsi)
   2c0: f6c201                         testb $0x1, %dl
   2c3: 7509                           jne 0x9
   2c5: 48ff0a                         decq (%rdx)
   2c8: 0f84cf010000                   je 0x1cf
   2ce: 41f6c301                       testb $0x1, %r11b
   2d2: 7503                           jne 0x3
   2d4: 49ff03                         incq (%r11)
   2d7: 41f6c401                       testb $0x1, %r12b
   2db: 7504                           jne 0x4
   2dd: 49ff0424                       incq (%r12)
   2e1: 4c8d3c5d01000000               leaq 0x1(,%rbx,2), %r15
   2e9: 4801db                         addq %rbx, %rbx
   2ec: 4c89e0                         movq %r12, %rax
   2ef: 48d1f8                         sarq %rax
   2f2: 48d1fb                         sarq %rbx
   2f5: 480fafd8                       imulq %rax, %rbx
   2f9: 0f801f060000                   jo 0x61f
   2ff: 4a8d0c2b                       leaq (%rbx,%r13), %rcx
   303: 4885c9                         testq %rcx, %rcx
   306: 0f8912060000                   jns 0x612
   30c: 488d3c5d01000000               leaq 0x1(,%rbx,2), %rdi
   314: 41f6c301                       testb $0x1, %r11b
   318: 0f843e060000                   je 0x63e
   31e: 4c89d9                         movq %r11, %rcx
   321: 48d1f9                         sarq %rcx
   324: 4801cb                         addq %rcx, %rbx
   327: 4889d9                         movq %rbx, %rcx
   32a: 4c01e9                         addq %r13, %rcx
   32d: 0f894b060000                   jns 0x64b
   333: 488d2c5d01000000               leaq 0x1(,%rbx,2), %rbp
   33b: 49833e00                       cmpq $0x0, (%r14)
   33f: 0f858f050000                   jne 0x58f
   345: 498b4e08                       movq 0x8(%r14), %rcx
   349: 48ffc1                         incq %rcx
   34c: 49894e08                       movq %rcx, 0x8(%r14)
   350: 493b4e10                       cmpq 0x10(%r14), %rcx
   354: 0f8d8b050000                   jge 0x58b
   35a: 660f1f440000                   nopw (%rax,%rax)
   360: 837e0804                       cmpl $0x4, 0x8(%rsi)
   364: 0f8594020000                   jne 0x294
   36a: 488b4e30                       movq 0x30(%rsi), %rcx
   36e: 488b5640                       movq 0x40(%rsi), %rdx
   372: 4885d2                         testq %rdx, %rdx
   375: 7e19                           jle 0x19
   377: 483b4e38                       cmpq 0x38(%rsi), %rcx
   37b: 7c1d                           jl 0x1d
   37d: e99e000000                     jmp 0x9e
   382: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   390: 483b4e38                       cmpq 0x38(%rsi), %rcx
   394: 0f8e86000000                   jle 0x86
   39a: 4801ca                         addq %rcx, %rdx
   39d: 48895630                       movq %rdx, 0x30(%rsi)
   3a1: 41f6c401                       testb $0x1, %r12b
   3a5: 7504                           jne 0x4
   3a7: 49ff0424                       incq (%r12)
   3ab: 4c8d3c4d01000000               leaq 0x1(,%rcx,2), %r15
   3b3: 4801c9                         addq %rcx, %rcx
   3b6: 48d1f9                         sarq %rcx
   3b9: 480fafc8                       imulq %rax, %rcx
   3bd: 0f8030030000                   jo 0x330
   3c3: 4a8d1429                       leaq (%rcx,%r13), %rdx
   3c7: 4885d2                         testq %rdx, %rdx
   3ca: 0f8923030000                   jns 0x323
   3d0: 488d3c4d01000000               leaq 0x1(,%rcx,2), %rdi
   3d8: 4889ea                         movq %rbp, %rdx
   3db: 48d1fa                         sarq %rdx
   3de: 4801ca                         addq %rcx, %rdx
   3e1: 4889d1                         movq %rdx, %rcx
   3e4: 4c01e9                         addq %r13, %rcx
   3e7: 0f893e030000                   jns 0x33e
   3ed: 488d2c5501000000               leaq 0x1(,%rdx,2), %rbp
   3f5: 49833e00                       cmpq $0x0, (%r14)
   3f9: 0f852a020000                   jne 0x22a
   3ff: 498b4e08                       movq 0x8(%r14), %rcx
   403: 48ffc1                         incq %rcx
   406: 49894e08                       movq %rcx, 0x8(%r14)
   40a: 493b4e10                       cmpq 0x10(%r14), %rcx
   40e: 0f8c4cffffff                   jl -0xb4
   414: e92f020000                     jmp 0x22f
   419: 0f1f8000000000                 nopl (%rax)
   420: 4c89fa                         movq %r15, %rdx
   423: 4989eb                         movq %rbp, %r11
   426: 488b8424e0000000               movq 0xe0(%rsp), %rax
   42e: 4889842400010000               movq %rax, 0x100(%rsp)
   436: 0f288424d0000000               movaps 0xd0(%rsp), %xmm0
   43e: 0f298424f0000000               movaps %xmm0, 0xf0(%rsp)
   446: 48ff0e                         decq (%rsi)
   449: 0f8561fcffff                   jne -0x39f
   44f: 4889f1                         movq %rsi, %rcx
   452: 4c89442430                     movq %r8, 0x30(%rsp)
   457: 4c89cb                         movq %r9, %rbx
   45a: 4c895c2448                     movq %r11, 0x48(%rsp)
   45f: 4889542440                     movq %rdx, 0x40(%rsp)
   464: 4c89542438                     movq %r10, 0x38(%rsp)
   469: e800000000                     callq 0x0
        # hole +0x46a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   46e: 4c8b542438                     movq 0x38(%rsp), %r10
   473: 488b542440                     movq 0x40(%rsp), %rdx
   478: 4c8b5c2448                     movq 0x48(%rsp), %r11
   47d: 4989d9                         movq %rbx, %r9
   480: 4c8b442430                     movq 0x30(%rsp), %r8
   485: e926fcffff                     jmp -0x3da
   48a: e800000000                     callq 0x0
        # hole +0x48b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   48f: 48ff0f                         decq (%rdi)
   492: 0f8594fdffff                   jne -0x26c
   498: e987fdffff                     jmp -0x279
   49d: 4889d1                         movq %rdx, %rcx
   4a0: 4c89442430                     movq %r8, 0x30(%rsp)
   4a5: 4d89cf                         movq %r9, %r15
   4a8: 4c89dd                         movq %r11, %rbp
   4ab: 4c89d7                         movq %r10, %rdi
   4ae: e800000000                     callq 0x0
        # hole +0x4af: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4b3: 4989fa                         movq %rdi, %r10
   4b6: 4989eb                         movq %rbp, %r11
   4b9: 4d89f9                         movq %r15, %r9
   4bc: 4c8b442430                     movq 0x30(%rsp), %r8
   4c1: 41f6c301                       testb $0x1, %r11b
   4c5: 0f8409feffff                   je -0x1f7
   4cb: e907feffff                     jmp -0x1f9
   4d0: 488b0500000000                 movq (%rip), %rax
        # hole +0x4d3: IMAGE_REL_AMD64_REL32 Rel32 data+4
   4d7: 48ffc0                         incq %rax
   4da: ba05000000                     movl $0x5, %edx
   4df: 41ba0a000000                   movl $0xa, %r10d
   4e5: 41b901000000                   movl $0x1, %r9d
   4eb: 31f6                           xorl %esi, %esi
   4ed: 488b7c2450                     movq 0x50(%rsp), %rdi
   4f2: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   4fa: 488b8c24c8000000               movq 0xc8(%rsp), %rcx
   502: 7407                           je 0x7
   504: 4c8b4118                       movq 0x18(%rcx), %r8
   508: 498938                         movq %rdi, (%r8)
   50b: 488b7c2458                     movq 0x58(%rsp), %rdi
   510: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   518: 757d                           jne 0x7d
   51a: 488b7c2460                     movq 0x60(%rsp), %rdi
   51f: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   527: 0f8585000000                   jne 0x85
   52d: 488b7c2468                     movq 0x68(%rsp), %rdi
   532: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   53a: 0f858d000000                   jne 0x8d
   540: 488b7c2470                     movq 0x70(%rsp), %rdi
   545: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   54d: 0f8595000000                   jne 0x95
   553: 4084f6                         testb %sil, %sil
   556: 741d                           je 0x1d
   558: 488b742478                     movq 0x78(%rsp), %rsi
   55d: 488b7918                       movq 0x18(%rcx), %rdi
   561: 48897728                       movq %rsi, 0x28(%rdi)
   565: 488bb42480000000               movq 0x80(%rsp), %rsi
   56d: 488b7918                       movq 0x18(%rcx), %rdi
   571: 48897730                       movq %rsi, 0x30(%rdi)
   575: c1e203                         shll $0x3, %edx
   578: 48035118                       addq 0x18(%rcx), %rdx
   57c: 4c89542428                     movq %r10, 0x28(%rsp)
   581: 4889442420                     movq %rax, 0x20(%rsp)
   586: 4d89f0                         movq %r14, %r8
   589: e800000000                     callq 0x0
        # hole +0x58a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   58e: 4881c410010000                 addq $0x110, %rsp
   595: 5d                             popq %rbp
   596: c3                             retq
   597: 4c8b4118                       movq 0x18(%rcx), %r8
   59b: 49897808                       movq %rdi, 0x8(%r8)
   59f: 488b7c2460                     movq 0x60(%rsp), %rdi
   5a4: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   5ac: 0f847bffffff                   je -0x85
   5b2: 4c8b4118                       movq 0x18(%rcx), %r8
   5b6: 49897810                       movq %rdi, 0x10(%r8)
   5ba: 488b7c2468                     movq 0x68(%rsp), %rdi
   5bf: 483bbc24c0000000               cmpq 0xc0(%rsp), %rdi
   5c7: 0f8473ffffff                   je -0x8d
   5cd: 4c8b4118                       movq 0x18(%rcx), %r8
   5d1: 49897818                       movq %rdi, 0x18(%r8)
   5d5: 488b7c2470                     movq 0x70(%rsp), %rdi
   5da: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   5e2: 0f846bffffff                   je -0x95
   5e8: 4c8b4118                       movq 0x18(%rcx), %r8
   5ec: 49897820                       movq %rdi, 0x20(%r8)
   5f0: 4084f6                         testb %sil, %sil
   5f3: 0f855fffffff                   jne -0xa1
   5f9: e977ffffff                     jmp -0x89
   5fe: 4c894c2430                     movq %r9, 0x30(%rsp)
   603: 488b0500000000                 movq (%rip), %rax
        # hole +0x606: IMAGE_REL_AMD64_REL32 Rel32 data+12
   60a: 48ffc0                         incq %rax
   60d: ba30000000                     movl $0x30, %edx
   612: 41b101                         movb $0x1, %r9b
   615: b90a000000                     movl $0xa, %ecx
   61a: 48894c2448                     movq %rcx, 0x48(%rsp)
   61f: c744244001000000               movl $0x1, 0x40(%rsp)
   627: eb50                           jmp 0x50
   629: 4c894c2430                     movq %r9, 0x30(%rsp)
   62e: 488b0500000000                 movq (%rip), %rax
        # hole +0x631: IMAGE_REL_AMD64_REL32 Rel32 data+12
   635: 4883c00c                       addq $0xc, %rax
   639: ba30000000                     movl $0x30, %edx
   63e: 41b101                         movb $0x1, %r9b
   641: b978000000                     movl $0x78, %ecx
   646: eb24                           jmp 0x24
   648: 4c894c2430                     movq %r9, 0x30(%rsp)
   64d: 49c70601000000                 movq $0x1, (%r14)
   654: 488b0500000000                 movq (%rip), %rax
        # hole +0x657: IMAGE_REL_AMD64_REL32 Rel32 data+12
   65b: 4883c00d                       addq $0xd, %rax
   65f: ba30000000                     movl $0x30, %edx
   664: 41b101                         movb $0x1, %r9b
   667: b982000000                     movl $0x82, %ecx
   66c: 48894c2448                     movq %rcx, 0x48(%rsp)
   671: c744244002000000               movl $0x2, 0x40(%rsp)
   679: c744243800000000               movl $0x0, 0x38(%rsp)
   681: 4d89fa                         movq %r15, %r10
   684: 4989ed                         movq %rbp, %r13
   687: 4531db                         xorl %r11d, %r11d
   68a: 4c3bac24b0000000               cmpq 0xb0(%rsp), %r13
   692: 488b8c24c8000000               movq 0xc8(%rsp), %rcx
   69a: 0f85da000000                   jne 0xda
   6a0: 4c3ba424a0000000               cmpq 0xa0(%rsp), %r12
   6a8: 0f85e1000000                   jne 0xe1
   6ae: 4c3b9424b8000000               cmpq 0xb8(%rsp), %r10
   6b6: 0f85e9000000                   jne 0xe9
   6bc: 4c8b642430                     movq 0x30(%rsp), %r12
   6c1: 4c3ba424c0000000               cmpq 0xc0(%rsp), %r12
   6c9: 0f85f1000000                   jne 0xf1
   6cf: 4c3b8424a8000000               cmpq 0xa8(%rsp), %r8
   6d7: 0f85f9000000                   jne 0xf9
   6dd: 488b5918                       movq 0x18(%rcx), %rbx
   6e1: 48897328                       movq %rsi, 0x28(%rbx)
   6e5: 4584c9                         testb %r9b, %r9b
   6e8: 0f84fd000000                   je 0xfd
   6ee: e91c010000                     jmp 0x11c
   6f3: 4c894c2430                     movq %r9, 0x30(%rsp)
   6f8: 488b0500000000                 movq (%rip), %rax
        # hole +0x6fb: IMAGE_REL_AMD64_REL32 Rel32 data+12
   6ff: 4883c008                       addq $0x8, %rax
   703: ba48000000                     movl $0x48, %edx
   708: b101                           movb $0x1, %cl
   70a: 894c2438                       movl %ecx, 0x38(%rsp)
   70e: b950000000                     movl $0x50, %ecx
   713: 48894c2448                     movq %rcx, 0x48(%rsp)
   718: c744244001000000               movl $0x1, 0x40(%rsp)
   720: 4531c9                         xorl %r9d, %r9d
   723: 4c89e7                         movq %r12, %rdi
   726: e956ffffff                     jmp -0xaa
   72b: 4c894c2430                     movq %r9, 0x30(%rsp)
   730: 488b0500000000                 movq (%rip), %rax
        # hole +0x733: IMAGE_REL_AMD64_REL32 Rel32 data+12
   737: 4883c00a                       addq $0xa, %rax
   73b: ba40000000                     movl $0x40, %edx
   740: b101                           movb $0x1, %cl
   742: 894c2438                       movl %ecx, 0x38(%rsp)
   746: b964000000                     movl $0x64, %ecx
   74b: 48894c2448                     movq %rcx, 0x48(%rsp)
   750: c744244001000000               movl $0x1, 0x40(%rsp)
   758: 4531c9                         xorl %r9d, %r9d
   75b: 4d89fa                         movq %r15, %r10
   75e: 4989ed                         movq %rbp, %r13
   761: 41b301                         movb $0x1, %r11b
   764: 4c3bac24b0000000               cmpq 0xb0(%rsp), %r13
   76c: 488b8c24c8000000               movq 0xc8(%rsp), %rcx
   774: 0f8426ffffff                   je -0xda
   77a: 488b5918                       movq 0x18(%rcx), %rbx
   77e: 4c892b                         movq %r13, (%rbx)
   781: 4c3ba424a0000000               cmpq 0xa0(%rsp), %r12
   789: 0f841fffffff                   je -0xe1
   78f: 488b5918                       movq 0x18(%rcx), %rbx
   793: 4c896308                       movq %r12, 0x8(%rbx)
   797: 4c3b9424b8000000               cmpq 0xb8(%rsp), %r10
   79f: 0f8417ffffff                   je -0xe9
   7a5: 488b5918                       movq 0x18(%rcx), %rbx
   7a9: 4c895310                       movq %r10, 0x10(%rbx)
   7ad: 4c8b642430                     movq 0x30(%rsp), %r12
   7b2: 4c3ba424c0000000               cmpq 0xc0(%rsp), %r12
   7ba: 0f840fffffff                   je -0xf1
   7c0: 488b5918                       movq 0x18(%rcx), %rbx
   7c4: 4c896318                       movq %r12, 0x18(%rbx)
   7c8: 4c3b8424a8000000               cmpq 0xa8(%rsp), %r8
   7d0: 0f8407ffffff                   je -0xf9
   7d6: 488b5918                       movq 0x18(%rcx), %rbx
   7da: 4c894320                       movq %r8, 0x20(%rbx)
   7de: 488b5918                       movq 0x18(%rcx), %rbx
   7e2: 48897328                       movq %rsi, 0x28(%rbx)
   7e6: 4584c9                         testb %r9b, %r9b
   7e9: 7524                           jne 0x24
   7eb: 488b7118                       movq 0x18(%rcx), %rsi
   7ef: 48896e30                       movq %rbp, 0x30(%rsi)
   7f3: 807c243800                     cmpb $0x0, 0x38(%rsp)
   7f8: 7415                           je 0x15
   7fa: 488b7118                       movq 0x18(%rcx), %rsi
   7fe: 48897e38                       movq %rdi, 0x38(%rsi)
   802: 4584db                         testb %r11b, %r11b
   805: 7508                           jne 0x8
   807: 488b7118                       movq 0x18(%rcx), %rsi
   80b: 4c897e40                       movq %r15, 0x40(%rsi)
   80f: 48035118                       addq 0x18(%rcx), %rdx
   813: 488b742448                     movq 0x48(%rsp), %rsi
   818: 4889742428                     movq %rsi, 0x28(%rsp)
   81d: 4889442420                     movq %rax, 0x20(%rsp)
   822: 4d89f0                         movq %r14, %r8
   825: 448b4c2440                     movl 0x40(%rsp), %r9d
   82a: e800000000                     callq 0x0
        # hole +0x82b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   82f: 4881c410010000                 addq $0x110, %rsp
   836: 5d                             popq %rbp
   837: c3                             retq
   838: 4989d2                         movq %rdx, %r10
   83b: 4c894c2430                     movq %r9, 0x30(%rsp)
   840: 488b0500000000                 movq (%rip), %rax
        # hole +0x843: IMAGE_REL_AMD64_REL32 Rel32 data+12
   847: 48ffc0                         incq %rax
   84a: ba30000000                     movl $0x30, %edx
   84f: 41b101                         movb $0x1, %r9b
   852: b90a000000                     movl $0xa, %ecx
   857: 48894c2448                     movq %rcx, 0x48(%rsp)
   85c: c744244001000000               movl $0x1, 0x40(%rsp)
   864: c744243800000000               movl $0x0, 0x38(%rsp)
   86c: 4d89dd                         movq %r11, %r13
   86f: e913feffff                     jmp -0x1ed
   874: 488b0500000000                 movq (%rip), %rax
        # hole +0x877: IMAGE_REL_AMD64_REL32 Rel32 data+4
   87b: 4883c002                       addq $0x2, %rax
   87f: ba05000000                     movl $0x5, %edx
   884: 41ba14000000                   movl $0x14, %r10d
   88a: 41b902000000                   movl $0x2, %r9d
   890: e956fcffff                     jmp -0x3aa
   895: 488b0500000000                 movq (%rip), %rax
        # hole +0x898: IMAGE_REL_AMD64_REL32 Rel32 data+4
   89c: 4883c007                       addq $0x7, %rax
   8a0: ba07000000                     movl $0x7, %edx
   8a5: 40b601                         movb $0x1, %sil
   8a8: 41ba46000000                   movl $0x46, %r10d
   8ae: 41b901000000                   movl $0x1, %r9d
   8b4: 488b7c2450                     movq 0x50(%rsp), %rdi
   8b9: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   8c1: 488b8c24c8000000               movq 0xc8(%rsp), %rcx
   8c9: 0f8535fcffff                   jne -0x3cb
   8cf: e937fcffff                     jmp -0x3c9
   8d4: 4c894c2430                     movq %r9, 0x30(%rsp)
   8d9: 488b0500000000                 movq (%rip), %rax
        # hole +0x8dc: IMAGE_REL_AMD64_REL32 Rel32 data+12
   8e0: e950fdffff                     jmp -0x2b0
   8e5: 4c894c2430                     movq %r9, 0x30(%rsp)
   8ea: 49c70601000000                 movq $0x1, (%r14)
   8f1: 488b0500000000                 movq (%rip), %rax
        # hole +0x8f4: IMAGE_REL_AMD64_REL32 Rel32 data+12
   8f8: e95efdffff                     jmp -0x2a2
   8fd: 488b0500000000                 movq (%rip), %rax
        # hole +0x900: IMAGE_REL_AMD64_REL32 Rel32 data+4
   904: 4883c007                       addq $0x7, %rax
   908: ba05000000                     movl $0x5, %edx
   90d: 41ba46000000                   movl $0x46, %r10d
   913: 41b903000000                   movl $0x3, %r9d
   919: e9cdfbffff                     jmp -0x433
   91e: 4c894c2430                     movq %r9, 0x30(%rsp)
   923: 488b0500000000                 movq (%rip), %rax
        # hole +0x926: IMAGE_REL_AMD64_REL32 Rel32 data+12
   92a: 4883c008                       addq $0x8, %rax
   92e: ba48000000                     movl $0x48, %edx
   933: b101                           movb $0x1, %cl
   935: 894c2438                       movl %ecx, 0x38(%rsp)
   939: b950000000                     movl $0x50, %ecx
   93e: 48894c2448                     movq %rcx, 0x48(%rsp)
   943: c744244001000000               movl $0x1, 0x40(%rsp)
   94b: 4531c9                         xorl %r9d, %r9d
   94e: 4c89dd                         movq %r11, %rbp
   951: 4c89e7                         movq %r12, %rdi
   954: 4d89fa                         movq %r15, %r10
   957: e910ffffff                     jmp -0xf0
   95c: 4c894c2430                     movq %r9, 0x30(%rsp)
   961: 488b0500000000                 movq (%rip), %rax
        # hole +0x964: IMAGE_REL_AMD64_REL32 Rel32 data+12
   968: 4883c009                       addq $0x9, %rax
   96c: ba40000000                     movl $0x40, %edx
   971: b101                           movb $0x1, %cl
   973: 894c2438                       movl %ecx, 0x38(%rsp)
   977: b95a000000                     movl $0x5a, %ecx
   97c: eb20                           jmp 0x20
   97e: 4c894c2430                     movq %r9, 0x30(%rsp)
   983: 488b0500000000                 movq (%rip), %rax
        # hole +0x986: IMAGE_REL_AMD64_REL32 Rel32 data+12
   98a: 4883c00a                       addq $0xa, %rax
   98e: ba40000000                     movl $0x40, %edx
   993: b101                           movb $0x1, %cl
   995: 894c2438                       movl %ecx, 0x38(%rsp)
   999: b964000000                     movl $0x64, %ecx
   99e: 48894c2448                     movq %rcx, 0x48(%rsp)
   9a3: c744244001000000               movl $0x1, 0x40(%rsp)
   9ab: 4531c9                         xorl %r9d, %r9d
   9ae: 4c89dd                         movq %r11, %rbp
   9b1: 4d89fa                         movq %r15, %r10
   9b4: 4d89dd                         movq %r11, %r13
   9b7: e9a5fdffff                     jmp -0x25b
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[5]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 index[9]+0
