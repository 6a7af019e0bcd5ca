# stencil nested_inner for x86_64-pc-windows-msvc: 1968 code bytes, 24 data bytes, 29 holes
     0: 55                             pushq %rbp
     1: 4881ecb0000000                 subq $0xb0, %rsp
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b38                         movq (%rax), %rdi
    10: 48897c2440                     movq %rdi, 0x40(%rsp)
    15: 488b4808                       movq 0x8(%rax), %rcx
    19: 48898c24a0000000               movq %rcx, 0xa0(%rsp)
    21: 48894c2448                     movq %rcx, 0x48(%rsp)
    26: 488b7010                       movq 0x10(%rax), %rsi
    2a: 4889742450                     movq %rsi, 0x50(%rsp)
    2f: 488b5818                       movq 0x18(%rax), %rbx
    33: 48895c2458                     movq %rbx, 0x58(%rsp)
    38: 488b6820                       movq 0x20(%rax), %rbp
    3c: 48896c2460                     movq %rbp, 0x60(%rsp)
    41: 4c8b6828                       movq 0x28(%rax), %r13
    45: 4c896c2468                     movq %r13, 0x68(%rsp)
    4a: 41f6c501                       testb $0x1, %r13b
    4e: 48899c24a8000000               movq %rbx, 0xa8(%rsp)
    56: 7539                           jne 0x39
    58: 41837d0804                     cmpl $0x4, 0x8(%r13)
    5d: 7532                           jne 0x32
    5f: 48896c2438                     movq %rbp, 0x38(%rsp)
    64: 4c8d7c2470                     leaq 0x70(%rsp), %r15
    69: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    73: 498b4540                       movq 0x40(%r13), %rax
    77: 498b5530                       movq 0x30(%r13), %rdx
    7b: 4d8b4538                       movq 0x38(%r13), %r8
    7f: 4c89e9                         movq %r13, %rcx
    82: 4885c0                         testq %rax, %rax
    85: 7e42                           jle 0x42
    87: 4c39c2                         cmpq %r8, %rdx
    8a: 7c46                           jl 0x46
    8c: e9a9010000                     jmp 0x1a9
    91: 488b0500000000                 movq (%rip), %rax
        # hole +0x94: IMAGE_REL_AMD64_REL32 Rel32 data-4
    98: 48ffc0                         incq %rax
    9b: ba30000000                     movl $0x30, %edx
    a0: b301                           movb $0x1, %bl
    a2: b90a000000                     movl $0xa, %ecx
    a7: 41b901000000                   movl $0x1, %r9d
    ad: 4531c0                         xorl %r8d, %r8d
    b0: 4531d2                         xorl %r10d, %r10d
    b3: 4531db                         xorl %r11d, %r11d
    b6: 4c8b7c2440                     movq 0x40(%rsp), %r15
    bb: 4939ff                         cmpq %rdi, %r15
    be: 0f8554060000                   jne 0x654
    c4: e9bb040000                     jmp 0x4bb
    c9: 4c39c2                         cmpq %r8, %rdx
    cc: 0f8e68010000                   jle 0x168
    d2: 4801d0                         addq %rdx, %rax
    d5: 49894530                       movq %rax, 0x30(%r13)
    d9: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    e1: 4889442470                     movq %rax, 0x70(%rsp)
    e6: 4889442450                     movq %rax, 0x50(%rsp)
    eb: 40f6c601                       testb $0x1, %sil
    ef: 750d                           jne 0xd
    f1: 48ff0e                         decq (%rsi)
    f4: 7508                           jne 0x8
    f6: 4889f1                         movq %rsi, %rcx
    f9: e800000000                     callq 0x0
        # hole +0xfa: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    fe: 488b442440                     movq 0x40(%rsp), %rax
   103: a801                           testb $0x1, %al
   105: 0f85d2000000                   jne 0xd2
   10b: 48ff00                         incq (%rax)
   10e: 4889442470                     movq %rax, 0x70(%rsp)
   113: 488b4c2448                     movq 0x48(%rsp), %rcx
   118: f6c101                         testb $0x1, %cl
   11b: 0f84cf000000                   je 0xcf
   121: 48894c2478                     movq %rcx, 0x78(%rsp)
   126: 488b442450                     movq 0x50(%rsp), %rax
   12b: a801                           testb $0x1, %al
   12d: 7508                           jne 0x8
   12f: 48ff00                         incq (%rax)
   132: 488b4c2478                     movq 0x78(%rsp), %rcx
   137: 4889842480000000               movq %rax, 0x80(%rsp)
   13f: 48d1f9                         sarq %rcx
   142: 48d1f8                         sarq %rax
   145: 480fafc1                       imulq %rcx, %rax
   149: 0f80c7000000                   jo 0xc7
   14f: 488d0c28                       leaq (%rax,%rbp), %rcx
   153: 4885c9                         testq %rcx, %rcx
   156: 0f89ba000000                   jns 0xba
   15c: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   164: 48894c2478                     movq %rcx, 0x78(%rsp)
   169: 488b4c2470                     movq 0x70(%rsp), %rcx
   16e: f6c101                         testb $0x1, %cl
   171: 0f84ab000000                   je 0xab
   177: 48d1f9                         sarq %rcx
   17a: 4801c8                         addq %rcx, %rax
   17d: 4889c1                         movq %rax, %rcx
   180: 4801e9                         addq %rbp, %rcx
   183: 0f89a5000000                   jns 0xa5
   189: 488d044501000000               leaq 0x1(,%rax,2), %rax
   191: 4889442470                     movq %rax, 0x70(%rsp)
   196: 488b4c2440                     movq 0x40(%rsp), %rcx
   19b: 4889442440                     movq %rax, 0x40(%rsp)
   1a0: f6c101                         testb $0x1, %cl
   1a3: 750a                           jne 0xa
   1a5: 48ff09                         decq (%rcx)
   1a8: 7505                           jne 0x5
   1aa: e800000000                     callq 0x0
        # hole +0x1ab: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1af: 49833e00                       cmpq $0x0, (%r14)
   1b3: 7555                           jne 0x55
   1b5: 498b4608                       movq 0x8(%r14), %rax
   1b9: 48ffc0                         incq %rax
   1bc: 49894608                       movq %rax, 0x8(%r14)
   1c0: 493b4610                       cmpq 0x10(%r14), %rax
   1c4: 0f8cb6010000                   jl 0x1b6
   1ca: 49c70601000000                 movq $0x1, (%r14)
   1d1: 488b0500000000                 movq (%rip), %rax
        # hole +0x1d4: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1d8: e975030000                     jmp 0x375
   1dd: 4889442470                     movq %rax, 0x70(%rsp)
   1e2: 488b4c2448                     movq 0x48(%rsp), %rcx
   1e7: f6c101                         testb $0x1, %cl
   1ea: 0f8531ffffff                   jne -0xcf
   1f0: 48ff01                         incq (%rcx)
   1f3: 48894c2478                     movq %rcx, 0x78(%rsp)
   1f8: 488b442450                     movq 0x50(%rsp), %rax
   1fd: a801                           testb $0x1, %al
   1ff: 0f842affffff                   je -0xd6
   205: e92dffffff                     jmp -0xd3
   20a: 488b0500000000                 movq (%rip), %rax
        # hole +0x20d: IMAGE_REL_AMD64_REL32 Rel32 data-4
   211: e91c030000                     jmp 0x31c
   216: 488b0500000000                 movq (%rip), %rax
        # hole +0x219: IMAGE_REL_AMD64_REL32 Rel32 data-4
   21d: e950040000                     jmp 0x450
   222: 488b0500000000                 movq (%rip), %rax
        # hole +0x225: IMAGE_REL_AMD64_REL32 Rel32 data-4
   229: e96f040000                     jmp 0x46f
   22e: 488b0500000000                 movq (%rip), %rax
        # hole +0x231: IMAGE_REL_AMD64_REL32 Rel32 data-4
   235: e97c040000                     jmp 0x47c
   23a: 48ff09                         decq (%rcx)
   23d: 4889bc2498000000               movq %rdi, 0x98(%rsp)
   245: 7505                           jne 0x5
   247: e800000000                     callq 0x0
        # hole +0x248: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   24c: 488b442460                     movq 0x60(%rsp), %rax
   251: a801                           testb $0x1, %al
   253: 0f85f1030000                   jne 0x3f1
   259: 83780804                       cmpl $0x4, 0x8(%rax)
   25d: 0f85e7030000                   jne 0x3e7
   263: 488b4840                       movq 0x40(%rax), %rcx
   267: 488b5030                       movq 0x30(%rax), %rdx
   26b: 4c8b4038                       movq 0x38(%rax), %r8
   26f: 4885c9                         testq %rcx, %rcx
   272: 7e27                           jle 0x27
   274: 4c39c2                         cmpq %r8, %rdx
   277: 7c27                           jl 0x27
   279: 488b0500000000                 movq (%rip), %rax
        # hole +0x27c: IMAGE_REL_AMD64_REL32 Rel32 data+4
   280: 4883c002                       addq $0x2, %rax
   284: ba28000000                     movl $0x28, %edx
   289: b914000000                     movl $0x14, %ecx
   28e: 41b902000000                   movl $0x2, %r9d
   294: 31db                           xorl %ebx, %ebx
   296: e9cd020000                     jmp 0x2cd
   29b: 4c39c2                         cmpq %r8, %rdx
   29e: 7ed9                           jle -0x27
   2a0: 4801d1                         addq %rdx, %rcx
   2a3: 48894830                       movq %rcx, 0x30(%rax)
   2a7: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   2af: 4889442468                     movq %rax, 0x68(%rsp)
   2b4: 488b4c2448                     movq 0x48(%rsp), %rcx
   2b9: 4889442448                     movq %rax, 0x48(%rsp)
   2be: f6c101                         testb $0x1, %cl
   2c1: 750a                           jne 0xa
   2c3: 48ff09                         decq (%rcx)
   2c6: 7505                           jne 0x5
   2c8: e800000000                     callq 0x0
        # hole +0x2c9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2cd: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x2d0: IMAGE_REL_AMD64_REL32 Rel32 data+12
   2d4: f6c301                         testb $0x1, %bl
   2d7: 7520                           jne 0x20
   2d9: 48ff03                         incq (%rbx)
   2dc: 48895c2468                     movq %rbx, 0x68(%rsp)
   2e1: 488b442458                     movq 0x58(%rsp), %rax
   2e6: a801                           testb $0x1, %al
   2e8: 741d                           je 0x1d
   2ea: 4889442470                     movq %rax, 0x70(%rsp)
   2ef: f6c301                         testb $0x1, %bl
   2f2: 7429                           je 0x29
   2f4: e9de030000                     jmp 0x3de
   2f9: 48895c2468                     movq %rbx, 0x68(%rsp)
   2fe: 488b442458                     movq 0x58(%rsp), %rax
   303: a801                           testb $0x1, %al
   305: 75e3                           jne -0x1d
   307: 48ff00                         incq (%rax)
   30a: 488b5c2468                     movq 0x68(%rsp), %rbx
   30f: 4889442470                     movq %rax, 0x70(%rsp)
   314: f6c301                         testb $0x1, %bl
   317: 0f85ba030000                   jne 0x3ba
   31d: 837b0808                       cmpl $0x8, 0x8(%rbx)
   321: 0f85b0030000                   jne 0x3b0
   327: 41b801000000                   movl $0x1, %r8d
   32d: 4c89f1                         movq %r14, %rcx
   330: 4c89ff                         movq %r15, %rdi
   333: 4c89fa                         movq %r15, %rdx
   336: ff5338                         callq *0x38(%rbx)
   339: 4989c7                         movq %rax, %r15
   33c: 488b4c2470                     movq 0x70(%rsp), %rcx
   341: f6c101                         testb $0x1, %cl
   344: 750a                           jne 0xa
   346: 48ff09                         decq (%rcx)
   349: 7505                           jne 0x5
   34b: e800000000                     callq 0x0
        # hole +0x34c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   350: 48ff0b                         decq (%rbx)
   353: 7508                           jne 0x8
   355: 4889d9                         movq %rbx, %rcx
   358: e800000000                     callq 0x0
        # hole +0x359: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   35d: 4d85ff                         testq %r15, %r15
   360: 0f841f040000                   je 0x41f
   366: 4c897c2468                     movq %r15, 0x68(%rsp)
   36b: 4989ff                         movq %rdi, %r15
   36e: 488bbc2498000000               movq 0x98(%rsp), %rdi
   376: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   380: 488b4c2468                     movq 0x68(%rsp), %rcx
   385: f6c101                         testb $0x1, %cl
   388: 0f857f010000                   jne 0x17f
   38e: 83790804                       cmpl $0x4, 0x8(%rcx)
   392: 0f8575010000                   jne 0x175
   398: 488b4140                       movq 0x40(%rcx), %rax
   39c: 488b5130                       movq 0x30(%rcx), %rdx
   3a0: 4c8b4138                       movq 0x38(%rcx), %r8
   3a4: 4885c0                         testq %rax, %rax
   3a7: 7e17                           jle 0x17
   3a9: 4c39c2                         cmpq %r8, %rdx
   3ac: 7c1b                           jl 0x1b
   3ae: e987feffff                     jmp -0x179
   3b3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   3c0: 4c39c2                         cmpq %r8, %rdx
   3c3: 0f8e71feffff                   jle -0x18f
   3c9: 4801d0                         addq %rdx, %rax
   3cc: 48894130                       movq %rax, 0x30(%rcx)
   3d0: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   3d8: 4889442470                     movq %rax, 0x70(%rsp)
   3dd: 488b4c2450                     movq 0x50(%rsp), %rcx
   3e2: 4889442450                     movq %rax, 0x50(%rsp)
   3e7: f6c101                         testb $0x1, %cl
   3ea: 7509                           jne 0x9
   3ec: 48ff09                         decq (%rcx)
   3ef: 0f84d8000000                   je 0xd8
   3f5: 488b442440                     movq 0x40(%rsp), %rax
   3fa: a801                           testb $0x1, %al
   3fc: 0f85de000000                   jne 0xde
   402: 48ff00                         incq (%rax)
   405: 4889442470                     movq %rax, 0x70(%rsp)
   40a: 488b4c2448                     movq 0x48(%rsp), %rcx
   40f: f6c101                         testb $0x1, %cl
   412: 0f84db000000                   je 0xdb
   418: 48894c2478                     movq %rcx, 0x78(%rsp)
   41d: 488b442450                     movq 0x50(%rsp), %rax
   422: a801                           testb $0x1, %al
   424: 7508                           jne 0x8
   426: 48ff00                         incq (%rax)
   429: 488b4c2478                     movq 0x78(%rsp), %rcx
   42e: 4889842480000000               movq %rax, 0x80(%rsp)
   436: 48d1f9                         sarq %rcx
   439: 48d1f8                         sarq %rax
   43c: 480fafc1                       imulq %rcx, %rax
   440: 0f8025020000                   jo 0x225
   446: 488d0c28                       leaq (%rax,%rbp), %rcx
   44a: 4885c9                         testq %rcx, %rcx
   44d: 0f8918020000                   jns 0x218
   453: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   45b: 48894c2478                     movq %rcx, 0x78(%rsp)
   460: 488b4c2470                     movq 0x70(%rsp), %rcx
   465: f6c101                         testb $0x1, %cl
   468: 0f8428020000                   je 0x228
   46e: 48d1f9                         sarq %rcx
   471: 4801c8                         addq %rcx, %rax
   474: 4889c1                         movq %rax, %rcx
   477: 4801e9                         addq %rbp, %rcx
   47a: 0f892f020000                   jns 0x22f
   480: 488d044501000000               leaq 0x1(,%rax,2), %rax
   488: 4889442470                     movq %rax, 0x70(%rsp)
   48d: 488b4c2440                     movq 0x40(%rsp), %rcx
   492: 4889442440                     movq %rax, 0x40(%rsp)
   497: f6c101                         testb $0x1, %cl
   49a: 7514                           jne 0x14
   49c: 48ff09                         decq (%rcx)
   49f: 750f                           jne 0xf
   4a1: e800000000                     callq 0x0
        # hole +0x4a2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4a6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   4b0: 49833e00                       cmpq $0x0, (%r14)
   4b4: 7575                           jne 0x75
   4b6: 498b4608                       movq 0x8(%r14), %rax
   4ba: 48ffc0                         incq %rax
   4bd: 49894608                       movq %rax, 0x8(%r14)
   4c1: 493b4610                       cmpq 0x10(%r14), %rax
   4c5: 0f8cb5feffff                   jl -0x14b
   4cb: eb77                           jmp 0x77
   4cd: e800000000                     callq 0x0
        # hole +0x4ce: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4d2: 488b442440                     movq 0x40(%rsp), %rax
   4d7: a801                           testb $0x1, %al
   4d9: 0f8423ffffff                   je -0xdd
   4df: 90                             nop
   4e0: 4889442470                     movq %rax, 0x70(%rsp)
   4e5: 488b4c2448                     movq 0x48(%rsp), %rcx
   4ea: f6c101                         testb $0x1, %cl
   4ed: 0f8525ffffff                   jne -0xdb
   4f3: 48ff01                         incq (%rcx)
   4f6: 48894c2478                     movq %rcx, 0x78(%rsp)
   4fb: 488b442450                     movq 0x50(%rsp), %rax
   500: a801                           testb $0x1, %al
   502: 0f841effffff                   je -0xe2
   508: e921ffffff                     jmp -0xdf
   50d: 488b0500000000                 movq (%rip), %rax
        # hole +0x510: IMAGE_REL_AMD64_REL32 Rel32 data-4
   514: 48ffc0                         incq %rax
   517: ba30000000                     movl $0x30, %edx
   51c: b301                           movb $0x1, %bl
   51e: b90a000000                     movl $0xa, %ecx
   523: 41b901000000                   movl $0x1, %r9d
   529: eb3d                           jmp 0x3d
   52b: 488b0500000000                 movq (%rip), %rax
        # hole +0x52e: IMAGE_REL_AMD64_REL32 Rel32 data-4
   532: 4883c00c                       addq $0xc, %rax
   536: ba30000000                     movl $0x30, %edx
   53b: b301                           movb $0x1, %bl
   53d: b978000000                     movl $0x78, %ecx
   542: eb1e                           jmp 0x1e
   544: 49c70601000000                 movq $0x1, (%r14)
   54b: 488b0500000000                 movq (%rip), %rax
        # hole +0x54e: IMAGE_REL_AMD64_REL32 Rel32 data-4
   552: 4883c00d                       addq $0xd, %rax
   556: ba30000000                     movl $0x30, %edx
   55b: b301                           movb $0x1, %bl
   55d: b982000000                     movl $0x82, %ecx
   562: 41b902000000                   movl $0x2, %r9d
   568: 4531c0                         xorl %r8d, %r8d
   56b: 4531d2                         xorl %r10d, %r10d
   56e: 4531db                         xorl %r11d, %r11d
   571: 488b6c2438                     movq 0x38(%rsp), %rbp
   576: 4c8b7c2440                     movq 0x40(%rsp), %r15
   57b: 4939ff                         cmpq %rdi, %r15
   57e: 0f8594010000                   jne 0x194
   584: 488b7c2448                     movq 0x48(%rsp), %rdi
   589: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   591: 0f859c010000                   jne 0x19c
   597: 488b7c2450                     movq 0x50(%rsp), %rdi
   59c: 4839f7                         cmpq %rsi, %rdi
   59f: 4c8bbc24a8000000               movq 0xa8(%rsp), %r15
   5a7: 0f85a5010000                   jne 0x1a5
   5ad: 488b742458                     movq 0x58(%rsp), %rsi
   5b2: 4c39fe                         cmpq %r15, %rsi
   5b5: 0f85ae010000                   jne 0x1ae
   5bb: 488b742460                     movq 0x60(%rsp), %rsi
   5c0: 4839ee                         cmpq %rbp, %rsi
   5c3: 7409                           je 0x9
   5c5: 498b7c2418                     movq 0x18(%r12), %rdi
   5ca: 48897720                       movq %rsi, 0x20(%rdi)
   5ce: 488b742468                     movq 0x68(%rsp), %rsi
   5d3: 4c39ee                         cmpq %r13, %rsi
   5d6: 400f94c7                       sete %dil
   5da: 80f301                         xorb $0x1, %bl
   5dd: 4008fb                         orb %dil, %bl
   5e0: 7509                           jne 0x9
   5e2: 498b7c2418                     movq 0x18(%r12), %rdi
   5e7: 48897728                       movq %rsi, 0x28(%rdi)
   5eb: 4584c0                         testb %r8b, %r8b
   5ee: 7437                           je 0x37
   5f0: 488b742470                     movq 0x70(%rsp), %rsi
   5f5: 498b7c2418                     movq 0x18(%r12), %rdi
   5fa: 48897730                       movq %rsi, 0x30(%rdi)
   5fe: 4584d2                         testb %r10b, %r10b
   601: 7524                           jne 0x24
   603: 488b742478                     movq 0x78(%rsp), %rsi
   608: 498b7c2418                     movq 0x18(%r12), %rdi
   60d: 48897738                       movq %rsi, 0x38(%rdi)
   611: 4584db                         testb %r11b, %r11b
   614: 7411                           je 0x11
   616: 488bb42480000000               movq 0x80(%rsp), %rsi
   61e: 498b7c2418                     movq 0x18(%r12), %rdi
   623: 48897740                       movq %rsi, 0x40(%rdi)
   627: 4903542418                     addq 0x18(%r12), %rdx
   62c: 48894c2428                     movq %rcx, 0x28(%rsp)
   631: 4889442420                     movq %rax, 0x20(%rsp)
   636: 4c89e1                         movq %r12, %rcx
   639: 4d89f0                         movq %r14, %r8
   63c: e800000000                     callq 0x0
        # hole +0x63d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   641: 4881c4b0000000                 addq $0xb0, %rsp
   648: 5d                             popq %rbp
   649: c3                             retq
   64a: 488b0500000000                 movq (%rip), %rax
        # hole +0x64d: IMAGE_REL_AMD64_REL32 Rel32 data+4
   651: 48ffc0                         incq %rax
   654: ba28000000                     movl $0x28, %edx
   659: b90a000000                     movl $0xa, %ecx
   65e: 41b901000000                   movl $0x1, %r9d
   664: 31db                           xorl %ebx, %ebx
   666: e9fdfeffff                     jmp -0x103
   66b: 488b0500000000                 movq (%rip), %rax
        # hole +0x66e: IMAGE_REL_AMD64_REL32 Rel32 data-4
   672: 4883c008                       addq $0x8, %rax
   676: ba48000000                     movl $0x48, %edx
   67b: b301                           movb $0x1, %bl
   67d: b950000000                     movl $0x50, %ecx
   682: 41b901000000                   movl $0x1, %r9d
   688: 4531d2                         xorl %r10d, %r10d
   68b: 41b001                         movb $0x1, %r8b
   68e: 41b301                         movb $0x1, %r11b
   691: e9dbfeffff                     jmp -0x125
   696: 488b0500000000                 movq (%rip), %rax
        # hole +0x699: IMAGE_REL_AMD64_REL32 Rel32 data-4
   69d: 4883c009                       addq $0x9, %rax
   6a1: ba40000000                     movl $0x40, %edx
   6a6: b301                           movb $0x1, %bl
   6a8: b95a000000                     movl $0x5a, %ecx
   6ad: eb17                           jmp 0x17
   6af: 488b0500000000                 movq (%rip), %rax
        # hole +0x6b2: IMAGE_REL_AMD64_REL32 Rel32 data-4
   6b6: 4883c00a                       addq $0xa, %rax
   6ba: ba40000000                     movl $0x40, %edx
   6bf: b301                           movb $0x1, %bl
   6c1: b964000000                     movl $0x64, %ecx
   6c6: 41b901000000                   movl $0x1, %r9d
   6cc: 4531d2                         xorl %r10d, %r10d
   6cf: 41b001                         movb $0x1, %r8b
   6d2: e997feffff                     jmp -0x169
   6d7: 488b0500000000                 movq (%rip), %rax
        # hole +0x6da: IMAGE_REL_AMD64_REL32 Rel32 data+4
   6de: 4883c007                       addq $0x7, %rax
   6e2: ba38000000                     movl $0x38, %edx
   6e7: b301                           movb $0x1, %bl
   6e9: b946000000                     movl $0x46, %ecx
   6ee: 41b901000000                   movl $0x1, %r9d
   6f4: 4531db                         xorl %r11d, %r11d
   6f7: 41b001                         movb $0x1, %r8b
   6fa: 41b201                         movb $0x1, %r10b
   6fd: 488b6c2438                     movq 0x38(%rsp), %rbp
   702: 488bbc2498000000               movq 0x98(%rsp), %rdi
   70a: 4c8b7c2440                     movq 0x40(%rsp), %r15
   70f: 4939ff                         cmpq %rdi, %r15
   712: 0f846cfeffff                   je -0x194
   718: 498b7c2418                     movq 0x18(%r12), %rdi
   71d: 4c893f                         movq %r15, (%rdi)
   720: 488b7c2448                     movq 0x48(%rsp), %rdi
   725: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   72d: 0f8464feffff                   je -0x19c
   733: 4d8b7c2418                     movq 0x18(%r12), %r15
   738: 49897f08                       movq %rdi, 0x8(%r15)
   73c: 488b7c2450                     movq 0x50(%rsp), %rdi
   741: 4839f7                         cmpq %rsi, %rdi
   744: 4c8bbc24a8000000               movq 0xa8(%rsp), %r15
   74c: 0f845bfeffff                   je -0x1a5
   752: 498b742418                     movq 0x18(%r12), %rsi
   757: 48897e10                       movq %rdi, 0x10(%rsi)
   75b: 488b742458                     movq 0x58(%rsp), %rsi
   760: 4c39fe                         cmpq %r15, %rsi
   763: 0f8452feffff                   je -0x1ae
   769: 498b7c2418                     movq 0x18(%r12), %rdi
   76e: 48897718                       movq %rsi, 0x18(%rdi)
   772: 488b742460                     movq 0x60(%rsp), %rsi
   777: 4839ee                         cmpq %rbp, %rsi
   77a: 0f8545feffff                   jne -0x1bb
   780: e949feffff                     jmp -0x1b7
   785: 488b0500000000                 movq (%rip), %rax
        # hole +0x788: IMAGE_REL_AMD64_REL32 Rel32 data+4
   78c: 4883c007                       addq $0x7, %rax
   790: ba28000000                     movl $0x28, %edx
   795: b946000000                     movl $0x46, %ecx
   79a: 41b903000000                   movl $0x3, %r9d
   7a0: 31db                           xorl %ebx, %ebx
   7a2: 4531c0                         xorl %r8d, %r8d
   7a5: 4531d2                         xorl %r10d, %r10d
   7a8: 4531db                         xorl %r11d, %r11d
   7ab: e94dffffff                     jmp -0xb3
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[16]+0
        # hole data+0x10: GOT Abs64 operand0[21]+0
