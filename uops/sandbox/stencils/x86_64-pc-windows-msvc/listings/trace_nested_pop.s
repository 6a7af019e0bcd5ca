# stencil nested_pop for x86_64-pc-windows-msvc: 1561 code bytes, 24 data bytes, 23 holes
     0: 55                             pushq %rbp
     1: 4881eca0000000                 subq $0xa0, %rsp
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b28                         movq (%rax), %rbp
    10: 48896c2430                     movq %rbp, 0x30(%rsp)
    15: 4c8b6808                       movq 0x8(%rax), %r13
    19: 4c896c2438                     movq %r13, 0x38(%rsp)
    1e: 488b4810                       movq 0x10(%rax), %rcx
    22: 48898c2488000000               movq %rcx, 0x88(%rsp)
    2a: 48894c2440                     movq %rcx, 0x40(%rsp)
    2f: 488b4818                       movq 0x18(%rax), %rcx
    33: 48898c2490000000               movq %rcx, 0x90(%rsp)
    3b: 48894c2448                     movq %rcx, 0x48(%rsp)
    40: 488b4820                       movq 0x20(%rax), %rcx
    44: 48898c2498000000               movq %rcx, 0x98(%rsp)
    4c: 48894c2450                     movq %rcx, 0x50(%rsp)
    51: 488b7028                       movq 0x28(%rax), %rsi
    55: 4889742458                     movq %rsi, 0x58(%rsp)
    5a: 40f6c601                       testb $0x1, %sil
    5e: 750d                           jne 0xd
    60: 48ff0e                         decq (%rsi)
    63: 7508                           jne 0x8
    65: 4889f1                         movq %rsi, %rcx
    68: e800000000                     callq 0x0
        # hole +0x69: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    6d: 488b442450                     movq 0x50(%rsp), %rax
    72: a801                           testb $0x1, %al
    74: 0f8506030000                   jne 0x306
    7a: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
    84: eb20                           jmp 0x20
    86: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    90: 48ff09                         decq (%rcx)
    93: 0f8497000000                   je 0x97
    99: 488b442450                     movq 0x50(%rsp), %rax
    9e: a801                           testb $0x1, %al
    a0: 0f85da020000                   jne 0x2da
    a6: 83780804                       cmpl $0x4, 0x8(%rax)
    aa: 0f85d0020000                   jne 0x2d0
    b0: 488b4840                       movq 0x40(%rax), %rcx
    b4: 488b5030                       movq 0x30(%rax), %rdx
    b8: 4c8b4038                       movq 0x38(%rax), %r8
    bc: 4885c9                         testq %rcx, %rcx
    bf: 7e0f                           jle 0xf
    c1: 4c39c2                         cmpq %r8, %rdx
    c4: 7c13                           jl 0x13
    c6: e9e4040000                     jmp 0x4e4
    cb: 0f1f440000                     nopl (%rax,%rax)
    d0: 4c39c2                         cmpq %r8, %rdx
    d3: 0f8ed6040000                   jle 0x4d6
    d9: 4801d1                         addq %rdx, %rcx
    dc: 48894830                       movq %rcx, 0x30(%rax)
    e0: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    e8: 4889442458                     movq %rax, 0x58(%rsp)
    ed: 488b4c2438                     movq 0x38(%rsp), %rcx
    f2: 4889442438                     movq %rax, 0x38(%rsp)
    f7: f6c101                         testb $0x1, %cl
    fa: 7505                           jne 0x5
    fc: 48ff09                         decq (%rcx)
    ff: 7446                           je 0x46
   101: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x104: IMAGE_REL_AMD64_REL32 Rel32 data-4
   108: f6c301                         testb $0x1, %bl
   10b: 7553                           jne 0x53
   10d: 48ff03                         incq (%rbx)
   110: 48895c2458                     movq %rbx, 0x58(%rsp)
   115: 488b442448                     movq 0x48(%rsp), %rax
   11a: a801                           testb $0x1, %al
   11c: 7450                           je 0x50
   11e: 4889442460                     movq %rax, 0x60(%rsp)
   123: f6c301                         testb $0x1, %bl
   126: 745c                           je 0x5c
   128: e9a2040000                     jmp 0x4a2
   12d: 0f1f00                         nopl (%rax)
   130: e800000000                     callq 0x0
        # hole +0x131: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   135: 488b442450                     movq 0x50(%rsp), %rax
   13a: a801                           testb $0x1, %al
   13c: 0f8464ffffff                   je -0x9c
   142: e939020000                     jmp 0x239
   147: e800000000                     callq 0x0
        # hole +0x148: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   14c: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x14f: IMAGE_REL_AMD64_REL32 Rel32 data-4
   153: f6c301                         testb $0x1, %bl
   156: 74b5                           je -0x4b
   158: 0f1f840000000000               nopl (%rax,%rax)
   160: 48895c2458                     movq %rbx, 0x58(%rsp)
   165: 488b442448                     movq 0x48(%rsp), %rax
   16a: a801                           testb $0x1, %al
   16c: 75b0                           jne -0x50
   16e: 48ff00                         incq (%rax)
   171: 488b5c2458                     movq 0x58(%rsp), %rbx
   176: 4889442460                     movq %rax, 0x60(%rsp)
   17b: f6c301                         testb $0x1, %bl
   17e: 0f854b040000                   jne 0x44b
   184: 837b0808                       cmpl $0x8, 0x8(%rbx)
   188: 0f8541040000                   jne 0x441
   18e: 41b801000000                   movl $0x1, %r8d
   194: 4c89f1                         movq %r14, %rcx
   197: 488d542460                     leaq 0x60(%rsp), %rdx
   19c: ff5338                         callq *0x38(%rbx)
   19f: 4989c7                         movq %rax, %r15
   1a2: 488b4c2460                     movq 0x60(%rsp), %rcx
   1a7: f6c101                         testb $0x1, %cl
   1aa: 7509                           jne 0x9
   1ac: 48ff09                         decq (%rcx)
   1af: 0f84b8010000                   je 0x1b8
   1b5: 48ff0b                         decq (%rbx)
   1b8: 7508                           jne 0x8
   1ba: 4889d9                         movq %rbx, %rcx
   1bd: e800000000                     callq 0x0
        # hole +0x1be: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1c2: 4d85ff                         testq %r15, %r15
   1c5: 0f842e040000                   je 0x42e
   1cb: 4c897c2458                     movq %r15, 0x58(%rsp)
   1d0: 488b4c2458                     movq 0x58(%rsp), %rcx
   1d5: f6c101                         testb $0x1, %cl
   1d8: 0f85c0010000                   jne 0x1c0
   1de: 83790804                       cmpl $0x4, 0x8(%rcx)
   1e2: 0f85b6010000                   jne 0x1b6
   1e8: 488b4140                       movq 0x40(%rcx), %rax
   1ec: 488b5130                       movq 0x30(%rcx), %rdx
   1f0: 4c8b4138                       movq 0x38(%rcx), %r8
   1f4: 4885c0                         testq %rax, %rax
   1f7: 7e17                           jle 0x17
   1f9: 4c39c2                         cmpq %r8, %rdx
   1fc: 7c1b                           jl 0x1b
   1fe: e98dfeffff                     jmp -0x173
   203: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   210: 4c39c2                         cmpq %r8, %rdx
   213: 0f8e77feffff                   jle -0x189
   219: 4801d0                         addq %rdx, %rax
   21c: 48894130                       movq %rax, 0x30(%rcx)
   220: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   228: 4889442460                     movq %rax, 0x60(%rsp)
   22d: 488b4c2440                     movq 0x40(%rsp), %rcx
   232: 4889442440                     movq %rax, 0x40(%rsp)
   237: f6c101                         testb $0x1, %cl
   23a: 7509                           jne 0x9
   23c: 48ff09                         decq (%rcx)
   23f: 0f84df000000                   je 0xdf
   245: 488b442430                     movq 0x30(%rsp), %rax
   24a: a801                           testb $0x1, %al
   24c: 0f85ee000000                   jne 0xee
   252: 48ff00                         incq (%rax)
   255: 4889442460                     movq %rax, 0x60(%rsp)
   25a: 488b4c2438                     movq 0x38(%rsp), %rcx
   25f: f6c101                         testb $0x1, %cl
   262: 0f84eb000000                   je 0xeb
   268: 48894c2468                     movq %rcx, 0x68(%rsp)
   26d: 488b442440                     movq 0x40(%rsp), %rax
   272: a801                           testb $0x1, %al
   274: 7508                           jne 0x8
   276: 48ff00                         incq (%rax)
   279: 488b4c2468                     movq 0x68(%rsp), %rcx
   27e: 4889442470                     movq %rax, 0x70(%rsp)
   283: 48d1f9                         sarq %rcx
   286: 48d1f8                         sarq %rax
   289: 480fafc1                       imulq %rcx, %rax
   28d: 0f80b2020000                   jo 0x2b2
   293: 488d0c38                       leaq (%rax,%rdi), %rcx
   297: 4885c9                         testq %rcx, %rcx
   29a: 0f89a5020000                   jns 0x2a5
   2a0: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   2a8: 48894c2468                     movq %rcx, 0x68(%rsp)
   2ad: 488b4c2460                     movq 0x60(%rsp), %rcx
   2b2: f6c101                         testb $0x1, %cl
   2b5: 0f84b4020000                   je 0x2b4
   2bb: 48d1f9                         sarq %rcx
   2be: 4801c8                         addq %rcx, %rax
   2c1: 4889c1                         movq %rax, %rcx
   2c4: 4801f9                         addq %rdi, %rcx
   2c7: 0f89bb020000                   jns 0x2bb
   2cd: 488d044501000000               leaq 0x1(,%rax,2), %rax
   2d5: 4889442460                     movq %rax, 0x60(%rsp)
   2da: 488b4c2430                     movq 0x30(%rsp), %rcx
   2df: 4889442430                     movq %rax, 0x30(%rsp)
   2e4: f6c101                         testb $0x1, %cl
   2e7: 7517                           jne 0x17
   2e9: 48ff09                         decq (%rcx)
   2ec: 7512                           jne 0x12
   2ee: e800000000                     callq 0x0
        # hole +0x2ef: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   300: 49833e00                       cmpq $0x0, (%r14)
   304: 0f85b2000000                   jne 0xb2
   30a: 498b4608                       movq 0x8(%r14), %rax
   30e: 48ffc0                         incq %rax
   311: 49894608                       movq %rax, 0x8(%r14)
   315: 493b4610                       cmpq 0x10(%r14), %rax
   319: 0f8cb1feffff                   jl -0x14f
   31f: e9b1000000                     jmp 0xb1
   324: e800000000                     callq 0x0
        # hole +0x325: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   329: 488b442430                     movq 0x30(%rsp), %rax
   32e: a801                           testb $0x1, %al
   330: 0f841cffffff                   je -0xe4
   336: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   340: 4889442460                     movq %rax, 0x60(%rsp)
   345: 488b4c2438                     movq 0x38(%rsp), %rcx
   34a: f6c101                         testb $0x1, %cl
   34d: 0f8515ffffff                   jne -0xeb
   353: 48ff01                         incq (%rcx)
   356: 48894c2468                     movq %rcx, 0x68(%rsp)
   35b: 488b442440                     movq 0x40(%rsp), %rax
   360: a801                           testb $0x1, %al
   362: 0f840effffff                   je -0xf2
   368: e911ffffff                     jmp -0xef
   36d: e800000000                     callq 0x0
        # hole +0x36e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   372: 48ff0b                         decq (%rbx)
   375: 0f8547feffff                   jne -0x1b9
   37b: e93afeffff                     jmp -0x1c6
   380: 488b0500000000                 movq (%rip), %rax
        # hole +0x383: IMAGE_REL_AMD64_REL32 Rel32 data+4
   387: 48ffc0                         incq %rax
   38a: b928000000                     movl $0x28, %ecx
   38f: bf0a000000                     movl $0xa, %edi
   394: 41b901000000                   movl $0x1, %r9d
   39a: 31d2                           xorl %edx, %edx
   39c: eb5b                           jmp 0x5b
   39e: 488b0500000000                 movq (%rip), %rax
        # hole +0x3a1: IMAGE_REL_AMD64_REL32 Rel32 data+12
   3a5: 48ffc0                         incq %rax
   3a8: b930000000                     movl $0x30, %ecx
   3ad: b201                           movb $0x1, %dl
   3af: bf0a000000                     movl $0xa, %edi
   3b4: 41b901000000                   movl $0x1, %r9d
   3ba: eb3d                           jmp 0x3d
   3bc: 488b0500000000                 movq (%rip), %rax
        # hole +0x3bf: IMAGE_REL_AMD64_REL32 Rel32 data+12
   3c3: 4883c00c                       addq $0xc, %rax
   3c7: b930000000                     movl $0x30, %ecx
   3cc: b201                           movb $0x1, %dl
   3ce: bf78000000                     movl $0x78, %edi
   3d3: eb1e                           jmp 0x1e
   3d5: 49c70601000000                 movq $0x1, (%r14)
   3dc: 488b0500000000                 movq (%rip), %rax
        # hole +0x3df: IMAGE_REL_AMD64_REL32 Rel32 data+12
   3e3: 4883c00d                       addq $0xd, %rax
   3e7: b930000000                     movl $0x30, %ecx
   3ec: b201                           movb $0x1, %dl
   3ee: bf82000000                     movl $0x82, %edi
   3f3: 41b902000000                   movl $0x2, %r9d
   3f9: 31db                           xorl %ebx, %ebx
   3fb: 4531c0                         xorl %r8d, %r8d
   3fe: 4531d2                         xorl %r10d, %r10d
   401: 4c8b5c2430                     movq 0x30(%rsp), %r11
   406: 4939eb                         cmpq %rbp, %r11
   409: 0f85c7000000                   jne 0xc7
   40f: 4c8b5c2438                     movq 0x38(%rsp), %r11
   414: 4d39eb                         cmpq %r13, %r11
   417: 0f85cf000000                   jne 0xcf
   41d: 4c8b5c2440                     movq 0x40(%rsp), %r11
   422: 4c3b9c2488000000               cmpq 0x88(%rsp), %r11
   42a: 0f85d8000000                   jne 0xd8
   430: 4c8b5c2448                     movq 0x48(%rsp), %r11
   435: 4c3b9c2490000000               cmpq 0x90(%rsp), %r11
   43d: 0f85e1000000                   jne 0xe1
   443: 4c8b5c2450                     movq 0x50(%rsp), %r11
   448: 4c3b9c2498000000               cmpq 0x98(%rsp), %r11
   450: 7409                           je 0x9
   452: 4d8b7c2418                     movq 0x18(%r12), %r15
   457: 4d895f20                       movq %r11, 0x20(%r15)
   45b: 4c8b5c2458                     movq 0x58(%rsp), %r11
   460: 4939f3                         cmpq %rsi, %r11
   463: 400f94c6                       sete %sil
   467: 80f201                         xorb $0x1, %dl
   46a: 4008f2                         orb %sil, %dl
   46d: 7509                           jne 0x9
   46f: 498b542418                     movq 0x18(%r12), %rdx
   474: 4c895a28                       movq %r11, 0x28(%rdx)
   478: 498b542418                     movq 0x18(%r12), %rdx
   47d: 84db                           testb %bl, %bl
   47f: 7434                           je 0x34
   481: 488b742460                     movq 0x60(%rsp), %rsi
   486: 48897230                       movq %rsi, 0x30(%rdx)
   48a: 498b542418                     movq 0x18(%r12), %rdx
   48f: 4584c0                         testb %r8b, %r8b
   492: 7521                           jne 0x21
   494: 488b742468                     movq 0x68(%rsp), %rsi
   499: 48897238                       movq %rsi, 0x38(%rdx)
   49d: 498b542418                     movq 0x18(%r12), %rdx
   4a2: 4584d2                         testb %r10b, %r10b
   4a5: 740e                           je 0xe
   4a7: 488b742470                     movq 0x70(%rsp), %rsi
   4ac: 48897240                       movq %rsi, 0x40(%rdx)
   4b0: 498b542418                     movq 0x18(%r12), %rdx
   4b5: 4801ca                         addq %rcx, %rdx
   4b8: 48897c2428                     movq %rdi, 0x28(%rsp)
   4bd: 4889442420                     movq %rax, 0x20(%rsp)
   4c2: 4c89e1                         movq %r12, %rcx
   4c5: 4d89f0                         movq %r14, %r8
   4c8: e800000000                     callq 0x0
        # hole +0x4c9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   4cd: 4881c4a0000000                 addq $0xa0, %rsp
   4d4: 5d                             popq %rbp
   4d5: c3                             retq
   4d6: 4d8b7c2418                     movq 0x18(%r12), %r15
   4db: 4d891f                         movq %r11, (%r15)
   4de: 4c8b5c2438                     movq 0x38(%rsp), %r11
   4e3: 4d39eb                         cmpq %r13, %r11
   4e6: 0f8431ffffff                   je -0xcf
   4ec: 4d8b7c2418                     movq 0x18(%r12), %r15
   4f1: 4d895f08                       movq %r11, 0x8(%r15)
   4f5: 4c8b5c2440                     movq 0x40(%rsp), %r11
   4fa: 4c3b9c2488000000               cmpq 0x88(%rsp), %r11
   502: 0f8428ffffff                   je -0xd8
   508: 4d8b7c2418                     movq 0x18(%r12), %r15
   50d: 4d895f10                       movq %r11, 0x10(%r15)
   511: 4c8b5c2448                     movq 0x48(%rsp), %r11
   516: 4c3b9c2490000000               cmpq 0x90(%rsp), %r11
   51e: 0f841fffffff                   je -0xe1
   524: 4d8b7c2418                     movq 0x18(%r12), %r15
   529: 4d895f18                       movq %r11, 0x18(%r15)
   52d: 4c8b5c2450                     movq 0x50(%rsp), %r11
   532: 4c3b9c2498000000               cmpq 0x98(%rsp), %r11
   53a: 0f8512ffffff                   jne -0xee
   540: e916ffffff                     jmp -0xea
   545: 488b0500000000                 movq (%rip), %rax
        # hole +0x548: IMAGE_REL_AMD64_REL32 Rel32 data+12
   54c: 4883c008                       addq $0x8, %rax
   550: b948000000                     movl $0x48, %ecx
   555: b201                           movb $0x1, %dl
   557: bf50000000                     movl $0x50, %edi
   55c: 41b901000000                   movl $0x1, %r9d
   562: 4531c0                         xorl %r8d, %r8d
   565: b301                           movb $0x1, %bl
   567: 41b201                         movb $0x1, %r10b
   56a: e992feffff                     jmp -0x16e
   56f: 488b0500000000                 movq (%rip), %rax
        # hole +0x572: IMAGE_REL_AMD64_REL32 Rel32 data+12
   576: 4883c009                       addq $0x9, %rax
   57a: b940000000                     movl $0x40, %ecx
   57f: b201                           movb $0x1, %dl
   581: bf5a000000                     movl $0x5a, %edi
   586: eb17                           jmp 0x17
   588: 488b0500000000                 movq (%rip), %rax
        # hole +0x58b: IMAGE_REL_AMD64_REL32 Rel32 data+12
   58f: 4883c00a                       addq $0xa, %rax
   593: b940000000                     movl $0x40, %ecx
   598: b201                           movb $0x1, %dl
   59a: bf64000000                     movl $0x64, %edi
   59f: 41b901000000                   movl $0x1, %r9d
   5a5: 4531c0                         xorl %r8d, %r8d
   5a8: b301                           movb $0x1, %bl
   5aa: e94ffeffff                     jmp -0x1b1
   5af: 488b0500000000                 movq (%rip), %rax
        # hole +0x5b2: IMAGE_REL_AMD64_REL32 Rel32 data+4
   5b6: 4883c002                       addq $0x2, %rax
   5ba: b928000000                     movl $0x28, %ecx
   5bf: bf14000000                     movl $0x14, %edi
   5c4: 41b902000000                   movl $0x2, %r9d
   5ca: e9cbfdffff                     jmp -0x235
   5cf: 488b0500000000                 movq (%rip), %rax
        # hole +0x5d2: IMAGE_REL_AMD64_REL32 Rel32 data+4
   5d6: 4883c007                       addq $0x7, %rax
   5da: b938000000                     movl $0x38, %ecx
   5df: b201                           movb $0x1, %dl
   5e1: bf46000000                     movl $0x46, %edi
   5e6: 41b901000000                   movl $0x1, %r9d
   5ec: 4531d2                         xorl %r10d, %r10d
   5ef: b301                           movb $0x1, %bl
   5f1: 41b001                         movb $0x1, %r8b
   5f4: e908feffff                     jmp -0x1f8
   5f9: 488b0500000000                 movq (%rip), %rax
        # hole +0x5fc: IMAGE_REL_AMD64_REL32 Rel32 data+4
   600: 4883c007                       addq $0x7, %rax
   604: b928000000                     movl $0x28, %ecx
   609: bf46000000                     movl $0x46, %edi
   60e: 41b903000000                   movl $0x3, %r9d
   614: e981fdffff                     jmp -0x27f
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[7]+0
        # hole data+0x8: GOT Abs64 index[2]+0
        # hole data+0x10: GOT Abs64 index[11]+0
