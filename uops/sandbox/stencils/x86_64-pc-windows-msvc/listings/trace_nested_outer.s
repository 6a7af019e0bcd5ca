# stencil nested_outer for x86_64-pc-windows-msvc: 1792 code bytes, 24 data bytes, 30 holes
     0: 55                             pushq %rbp
     1: 4881ec90000000                 subq $0x90, %rsp
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b28                         movq (%rax), %rbp
    10: 48896c2430                     movq %rbp, 0x30(%rsp)
    15: 488b7008                       movq 0x8(%rax), %rsi
    19: 4889742438                     movq %rsi, 0x38(%rsp)
    1e: 488b4810                       movq 0x10(%rax), %rcx
    22: 48898c2480000000               movq %rcx, 0x80(%rsp)
    2a: 48894c2440                     movq %rcx, 0x40(%rsp)
    2f: 488b4818                       movq 0x18(%rax), %rcx
    33: 48898c2488000000               movq %rcx, 0x88(%rsp)
    3b: 48894c2448                     movq %rcx, 0x48(%rsp)
    40: 4c8b6820                       movq 0x20(%rax), %r13
    44: 4c896c2450                     movq %r13, 0x50(%rsp)
    49: 41f6c501                       testb $0x1, %r13b
    4d: 7542                           jne 0x42
    4f: 41837d0804                     cmpl $0x4, 0x8(%r13)
    54: 753b                           jne 0x3b
    56: 498b4540                       movq 0x40(%r13), %rax
    5a: 498b4d30                       movq 0x30(%r13), %rcx
    5e: 498b5538                       movq 0x38(%r13), %rdx
    62: 4885c0                         testq %rax, %rax
    65: 0f8e52010000                   jle 0x152
    6b: 4839d1                         cmpq %rdx, %rcx
    6e: 0f8c52010000                   jl 0x152
    74: 488b0500000000                 movq (%rip), %rax
        # hole +0x77: IMAGE_REL_AMD64_REL32 Rel32 data-4
    7b: 4883c002                       addq $0x2, %rax
    7f: ba28000000                     movl $0x28, %edx
    84: b914000000                     movl $0x14, %ecx
    89: 41b902000000                   movl $0x2, %r9d
    8f: eb1a                           jmp 0x1a
    91: 488b0500000000                 movq (%rip), %rax
        # hole +0x94: IMAGE_REL_AMD64_REL32 Rel32 data-4
    98: 48ffc0                         incq %rax
    9b: ba28000000                     movl $0x28, %edx
    a0: b90a000000                     movl $0xa, %ecx
    a5: 41b901000000                   movl $0x1, %r9d
    ab: 31ff                           xorl %edi, %edi
    ad: 31db                           xorl %ebx, %ebx
    af: 4531c0                         xorl %r8d, %r8d
    b2: 4531d2                         xorl %r10d, %r10d
    b5: 4c8b5c2430                     movq 0x30(%rsp), %r11
    ba: 4939eb                         cmpq %rbp, %r11
    bd: 7408                           je 0x8
    bf: 4d8b7c2418                     movq 0x18(%r12), %r15
    c4: 4d891f                         movq %r11, (%r15)
    c7: 4c8b5c2438                     movq 0x38(%rsp), %r11
    cc: 4939f3                         cmpq %rsi, %r11
    cf: 7532                           jne 0x32
    d1: 488b742440                     movq 0x40(%rsp), %rsi
    d6: 483bb42480000000               cmpq 0x80(%rsp), %rsi
    de: 753b                           jne 0x3b
    e0: 488b742448                     movq 0x48(%rsp), %rsi
    e5: 483bb42488000000               cmpq 0x88(%rsp), %rsi
    ed: 7544                           jne 0x44
    ef: 488b742450                     movq 0x50(%rsp), %rsi
    f4: 4c39ee                         cmpq %r13, %rsi
    f7: 754d                           jne 0x4d
    f9: 4084ff                         testb %dil, %dil
    fc: 7556                           jne 0x56
    fe: e997000000                     jmp 0x97
   103: 498b742418                     movq 0x18(%r12), %rsi
   108: 4c895e08                       movq %r11, 0x8(%rsi)
   10c: 488b742440                     movq 0x40(%rsp), %rsi
   111: 483bb42480000000               cmpq 0x80(%rsp), %rsi
   119: 74c5                           je -0x3b
   11b: 4d8b5c2418                     movq 0x18(%r12), %r11
   120: 49897310                       movq %rsi, 0x10(%r11)
   124: 488b742448                     movq 0x48(%rsp), %rsi
   129: 483bb42488000000               cmpq 0x88(%rsp), %rsi
   131: 74bc                           je -0x44
   133: 4d8b5c2418                     movq 0x18(%r12), %r11
   138: 49897318                       movq %rsi, 0x18(%r11)
   13c: 488b742450                     movq 0x50(%rsp), %rsi
   141: 4c39ee                         cmpq %r13, %rsi
   144: 74b3                           je -0x4d
   146: 4d8b5c2418                     movq 0x18(%r12), %r11
   14b: 49897320                       movq %rsi, 0x20(%r11)
   14f: 4084ff                         testb %dil, %dil
   152: 7446                           je 0x46
   154: 488b742458                     movq 0x58(%rsp), %rsi
   159: 498b7c2418                     movq 0x18(%r12), %rdi
   15e: 48897728                       movq %rsi, 0x28(%rdi)
   162: 84db                           testb %bl, %bl
   164: 7534                           jne 0x34
   166: 488b742460                     movq 0x60(%rsp), %rsi
   16b: 498b7c2418                     movq 0x18(%r12), %rdi
   170: 48897730                       movq %rsi, 0x30(%rdi)
   174: 4584c0                         testb %r8b, %r8b
   177: 7421                           je 0x21
   179: 488b742468                     movq 0x68(%rsp), %rsi
   17e: 498b7c2418                     movq 0x18(%r12), %rdi
   183: 48897738                       movq %rsi, 0x38(%rdi)
   187: 4584d2                         testb %r10b, %r10b
   18a: 750e                           jne 0xe
   18c: 488b742470                     movq 0x70(%rsp), %rsi
   191: 498b7c2418                     movq 0x18(%r12), %rdi
   196: 48897740                       movq %rsi, 0x40(%rdi)
   19a: 4903542418                     addq 0x18(%r12), %rdx
   19f: 48894c2428                     movq %rcx, 0x28(%rsp)
   1a4: 4889442420                     movq %rax, 0x20(%rsp)
   1a9: 4c89e1                         movq %r12, %rcx
   1ac: 4d89f0                         movq %r14, %r8
   1af: e800000000                     callq 0x0
        # hole +0x1b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1b4: 4881c490000000                 addq $0x90, %rsp
   1bb: 5d                             popq %rbp
   1bc: c3                             retq
   1bd: 4839d1                         cmpq %rdx, %rcx
   1c0: 0f8eaefeffff                   jle -0x152
   1c6: 4801c8                         addq %rcx, %rax
   1c9: 49894530                       movq %rax, 0x30(%r13)
   1cd: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   1d5: 4889442458                     movq %rax, 0x58(%rsp)
   1da: 4889442438                     movq %rax, 0x38(%rsp)
   1df: 40f6c601                       testb $0x1, %sil
   1e3: 750d                           jne 0xd
   1e5: 48ff0e                         decq (%rsi)
   1e8: 7508                           jne 0x8
   1ea: 4889f1                         movq %rsi, %rcx
   1ed: e800000000                     callq 0x0
        # hole +0x1ee: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1f2: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x1f5: IMAGE_REL_AMD64_REL32 Rel32 data+4
   1f9: 41f6c701                       testb $0x1, %r15b
   1fd: 741e                           je 0x1e
   1ff: 4c897c2458                     movq %r15, 0x58(%rsp)
   204: 488b442448                     movq 0x48(%rsp), %rax
   209: a801                           testb $0x1, %al
   20b: 7421                           je 0x21
   20d: 4889442460                     movq %rax, 0x60(%rsp)
   212: 41f6c701                       testb $0x1, %r15b
   216: 742d                           je 0x2d
   218: e990030000                     jmp 0x390
   21d: 49ff07                         incq (%r15)
   220: 4c897c2458                     movq %r15, 0x58(%rsp)
   225: 488b442448                     movq 0x48(%rsp), %rax
   22a: a801                           testb $0x1, %al
   22c: 75df                           jne -0x21
   22e: 48ff00                         incq (%rax)
   231: 4c8b7c2458                     movq 0x58(%rsp), %r15
   236: 4889442460                     movq %rax, 0x60(%rsp)
   23b: 41f6c701                       testb $0x1, %r15b
   23f: 0f8568030000                   jne 0x368
   245: 41837f0808                     cmpl $0x8, 0x8(%r15)
   24a: 0f855d030000                   jne 0x35d
   250: 488d542460                     leaq 0x60(%rsp), %rdx
   255: 41b801000000                   movl $0x1, %r8d
   25b: 4c89f1                         movq %r14, %rcx
   25e: 41ff5738                       callq *0x38(%r15)
   262: 4889c3                         movq %rax, %rbx
   265: 488b4c2460                     movq 0x60(%rsp), %rcx
   26a: f6c101                         testb $0x1, %cl
   26d: 750a                           jne 0xa
   26f: 48ff09                         decq (%rcx)
   272: 7505                           jne 0x5
   274: e800000000                     callq 0x0
        # hole +0x275: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   279: 49ff0f                         decq (%r15)
   27c: 7508                           jne 0x8
   27e: 4c89f9                         movq %r15, %rcx
   281: e800000000                     callq 0x0
        # hole +0x282: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   286: 4885db                         testq %rbx, %rbx
   289: 0f8468040000                   je 0x468
   28f: 48895c2458                     movq %rbx, 0x58(%rsp)
   294: f6c301                         testb $0x1, %bl
   297: 0f8533030000                   jne 0x333
   29d: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
   2a7: eb37                           jmp 0x37
   2a9: 0f1f8000000000                 nopl (%rax)
   2b0: 49ff0f                         decq (%r15)
   2b3: 7418                           je 0x18
   2b5: 4885db                         testq %rbx, %rbx
   2b8: 0f8419040000                   je 0x419
   2be: 48895c2458                     movq %rbx, 0x58(%rsp)
   2c3: f6c301                         testb $0x1, %bl
   2c6: 7418                           je 0x18
   2c8: e903030000                     jmp 0x303
   2cd: 4c89f9                         movq %r15, %rcx
   2d0: e800000000                     callq 0x0
        # hole +0x2d1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2d5: 4885db                         testq %rbx, %rbx
   2d8: 75e4                           jne -0x1c
   2da: e9f8030000                     jmp 0x3f8
   2df: 90                             nop
   2e0: 837b0804                       cmpl $0x4, 0x8(%rbx)
   2e4: 0f85e6020000                   jne 0x2e6
   2ea: 488b4340                       movq 0x40(%rbx), %rax
   2ee: 488b4b30                       movq 0x30(%rbx), %rcx
   2f2: 488b5338                       movq 0x38(%rbx), %rdx
   2f6: 4885c0                         testq %rax, %rax
   2f9: 0f8e21010000                   jle 0x121
   2ff: 4839d1                         cmpq %rdx, %rcx
   302: 0f8d21010000                   jge 0x121
   308: 4801c8                         addq %rcx, %rax
   30b: 48894330                       movq %rax, 0x30(%rbx)
   30f: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   317: 4889442460                     movq %rax, 0x60(%rsp)
   31c: 488b4c2440                     movq 0x40(%rsp), %rcx
   321: 4889442440                     movq %rax, 0x40(%rsp)
   326: f6c101                         testb $0x1, %cl
   329: 7509                           jne 0x9
   32b: 48ff09                         decq (%rcx)
   32e: 0f84a0010000                   je 0x1a0
   334: 488b442430                     movq 0x30(%rsp), %rax
   339: a801                           testb $0x1, %al
   33b: 0f84af010000                   je 0x1af
   341: 4889442460                     movq %rax, 0x60(%rsp)
   346: 488b4c2438                     movq 0x38(%rsp), %rcx
   34b: f6c101                         testb $0x1, %cl
   34e: 0f84b2010000                   je 0x1b2
   354: 48894c2468                     movq %rcx, 0x68(%rsp)
   359: 488b442440                     movq 0x40(%rsp), %rax
   35e: a801                           testb $0x1, %al
   360: 7508                           jne 0x8
   362: 48ff00                         incq (%rax)
   365: 488b4c2468                     movq 0x68(%rsp), %rcx
   36a: 4889442470                     movq %rax, 0x70(%rsp)
   36f: 48d1f9                         sarq %rcx
   372: 48d1f8                         sarq %rax
   375: 480fafc1                       imulq %rcx, %rax
   379: 0f80dd020000                   jo 0x2dd
   37f: 488d0c38                       leaq (%rax,%rdi), %rcx
   383: 4885c9                         testq %rcx, %rcx
   386: 0f89d0020000                   jns 0x2d0
   38c: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   394: 48894c2468                     movq %rcx, 0x68(%rsp)
   399: 488b4c2460                     movq 0x60(%rsp), %rcx
   39e: f6c101                         testb $0x1, %cl
   3a1: 0f84dd020000                   je 0x2dd
   3a7: 48d1f9                         sarq %rcx
   3aa: 4801c8                         addq %rcx, %rax
   3ad: 4889c1                         movq %rax, %rcx
   3b0: 4801f9                         addq %rdi, %rcx
   3b3: 0f89e5020000                   jns 0x2e5
   3b9: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3c1: 4889442460                     movq %rax, 0x60(%rsp)
   3c6: 488b4c2430                     movq 0x30(%rsp), %rcx
   3cb: 4889442430                     movq %rax, 0x30(%rsp)
   3d0: f6c101                         testb $0x1, %cl
   3d3: 750b                           jne 0xb
   3d5: 48ff09                         decq (%rcx)
   3d8: 7506                           jne 0x6
   3da: e800000000                     callq 0x0
        # hole +0x3db: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3df: 90                             nop
   3e0: 49833e00                       cmpq $0x0, (%r14)
   3e4: 0f8519020000                   jne 0x219
   3ea: 498b4608                       movq 0x8(%r14), %rax
   3ee: 48ffc0                         incq %rax
   3f1: 49894608                       movq %rax, 0x8(%r14)
   3f5: 493b4610                       cmpq 0x10(%r14), %rax
   3f9: 0f8d1e020000                   jge 0x21e
   3ff: 488b5c2458                     movq 0x58(%rsp), %rbx
   404: f6c301                         testb $0x1, %bl
   407: 0f84d3feffff                   je -0x12d
   40d: e9be010000                     jmp 0x1be
   412: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   420: 4839d1                         cmpq %rdx, %rcx
   423: 0f8fdffeffff                   jg -0x121
   429: 48ff0b                         decq (%rbx)
   42c: 7508                           jne 0x8
   42e: 4889d9                         movq %rbx, %rcx
   431: e800000000                     callq 0x0
        # hole +0x432: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   436: 488b442450                     movq 0x50(%rsp), %rax
   43b: a801                           testb $0x1, %al
   43d: 0f85b4010000                   jne 0x1b4
   443: 83780804                       cmpl $0x4, 0x8(%rax)
   447: 0f85aa010000                   jne 0x1aa
   44d: 488b4840                       movq 0x40(%rax), %rcx
   451: 488b5030                       movq 0x30(%rax), %rdx
   455: 4c8b4038                       movq 0x38(%rax), %r8
   459: 4885c9                         testq %rcx, %rcx
   45c: 7e0a                           jle 0xa
   45e: 4c39c2                         cmpq %r8, %rdx
   461: 7c0e                           jl 0xe
   463: e9dc010000                     jmp 0x1dc
   468: 4c39c2                         cmpq %r8, %rdx
   46b: 0f8ed3010000                   jle 0x1d3
   471: 4801d1                         addq %rdx, %rcx
   474: 48894830                       movq %rcx, 0x30(%rax)
   478: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   480: 4889442458                     movq %rax, 0x58(%rsp)
   485: 488b4c2438                     movq 0x38(%rsp), %rcx
   48a: 4889442438                     movq %rax, 0x38(%rsp)
   48f: f6c101                         testb $0x1, %cl
   492: 7509                           jne 0x9
   494: 48ff09                         decq (%rcx)
   497: 0f8483000000                   je 0x83
   49d: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x4a0: IMAGE_REL_AMD64_REL32 Rel32 data+4
   4a4: 41f6c701                       testb $0x1, %r15b
   4a8: 0f8492000000                   je 0x92
   4ae: 4c897c2458                     movq %r15, 0x58(%rsp)
   4b3: 488b442448                     movq 0x48(%rsp), %rax
   4b8: a801                           testb $0x1, %al
   4ba: 0f8495000000                   je 0x95
   4c0: 4889442460                     movq %rax, 0x60(%rsp)
   4c5: 41f6c701                       testb $0x1, %r15b
   4c9: 0f849d000000                   je 0x9d
   4cf: e97c010000                     jmp 0x17c
   4d4: e800000000                     callq 0x0
        # hole +0x4d5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4d9: 488b442430                     movq 0x30(%rsp), %rax
   4de: a801                           testb $0x1, %al
   4e0: 0f855bfeffff                   jne -0x1a5
   4e6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   4f0: 48ff00                         incq (%rax)
   4f3: 4889442460                     movq %rax, 0x60(%rsp)
   4f8: 488b4c2438                     movq 0x38(%rsp), %rcx
   4fd: f6c101                         testb $0x1, %cl
   500: 0f854efeffff                   jne -0x1b2
   506: 48ff01                         incq (%rcx)
   509: 48894c2468                     movq %rcx, 0x68(%rsp)
   50e: 488b442440                     movq 0x40(%rsp), %rax
   513: a801                           testb $0x1, %al
   515: 0f8447feffff                   je -0x1b9
   51b: e94afeffff                     jmp -0x1b6
   520: e800000000                     callq 0x0
        # hole +0x521: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   525: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x528: IMAGE_REL_AMD64_REL32 Rel32 data+4
   52c: 41f6c701                       testb $0x1, %r15b
   530: 0f8578ffffff                   jne -0x88
   536: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   540: 49ff07                         incq (%r15)
   543: 4c897c2458                     movq %r15, 0x58(%rsp)
   548: 488b442448                     movq 0x48(%rsp), %rax
   54d: a801                           testb $0x1, %al
   54f: 0f856bffffff                   jne -0x95
   555: 48ff00                         incq (%rax)
   558: 4c8b7c2458                     movq 0x58(%rsp), %r15
   55d: 4889442460                     movq %rax, 0x60(%rsp)
   562: 41f6c701                       testb $0x1, %r15b
   566: 0f85e4000000                   jne 0xe4
   56c: 41837f0808                     cmpl $0x8, 0x8(%r15)
   571: 0f85d9000000                   jne 0xd9
   577: 41b801000000                   movl $0x1, %r8d
   57d: 4c89f1                         movq %r14, %rcx
   580: 488d542460                     leaq 0x60(%rsp), %rdx
   585: 41ff5738                       callq *0x38(%r15)
   589: 4889c3                         movq %rax, %rbx
   58c: 488b4c2460                     movq 0x60(%rsp), %rcx
   591: f6c101                         testb $0x1, %cl
   594: 0f8516fdffff                   jne -0x2ea
   59a: 48ff09                         decq (%rcx)
   59d: 0f850dfdffff                   jne -0x2f3
   5a3: e800000000                     callq 0x0
        # hole +0x5a4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5a8: e903fdffff                     jmp -0x2fd
   5ad: 488b0500000000                 movq (%rip), %rax
        # hole +0x5b0: IMAGE_REL_AMD64_REL32 Rel32 data-4
   5b4: 4883c007                       addq $0x7, %rax
   5b8: ba38000000                     movl $0x38, %edx
   5bd: 40b701                         movb $0x1, %dil
   5c0: b946000000                     movl $0x46, %ecx
   5c5: 41b901000000                   movl $0x1, %r9d
   5cb: e9ddfaffff                     jmp -0x523
   5d0: 488b0500000000                 movq (%rip), %rax
        # hole +0x5d3: IMAGE_REL_AMD64_REL32 Rel32 data+12
   5d7: 48ffc0                         incq %rax
   5da: ba30000000                     movl $0x30, %edx
   5df: 40b701                         movb $0x1, %dil
   5e2: b90a000000                     movl $0xa, %ecx
   5e7: 41b901000000                   movl $0x1, %r9d
   5ed: 4531c0                         xorl %r8d, %r8d
   5f0: b301                           movb $0x1, %bl
   5f2: e9bbfaffff                     jmp -0x545
   5f7: 488b0500000000                 movq (%rip), %rax
        # hole +0x5fa: IMAGE_REL_AMD64_REL32 Rel32 data-4
   5fe: e995faffff                     jmp -0x56b
   603: 488b0500000000                 movq (%rip), %rax
        # hole +0x606: IMAGE_REL_AMD64_REL32 Rel32 data+12
   60a: 4883c00c                       addq $0xc, %rax
   60e: ba30000000                     movl $0x30, %edx
   613: 40b701                         movb $0x1, %dil
   616: b978000000                     movl $0x78, %ecx
   61b: eb1f                           jmp 0x1f
   61d: 49c70601000000                 movq $0x1, (%r14)
   624: 488b0500000000                 movq (%rip), %rax
        # hole +0x627: IMAGE_REL_AMD64_REL32 Rel32 data+12
   62b: 4883c00d                       addq $0xd, %rax
   62f: ba30000000                     movl $0x30, %edx
   634: 40b701                         movb $0x1, %dil
   637: b982000000                     movl $0x82, %ecx
   63c: 41b902000000                   movl $0x2, %r9d
   642: eba9                           jmp -0x57
   644: 488b0500000000                 movq (%rip), %rax
        # hole +0x647: IMAGE_REL_AMD64_REL32 Rel32 data-4
   64b: e92bfaffff                     jmp -0x5d5
   650: 488b0500000000                 movq (%rip), %rax
        # hole +0x653: IMAGE_REL_AMD64_REL32 Rel32 data-4
   657: e958ffffff                     jmp -0xa8
   65c: 488b0500000000                 movq (%rip), %rax
        # hole +0x65f: IMAGE_REL_AMD64_REL32 Rel32 data+12
   663: 4883c008                       addq $0x8, %rax
   667: ba48000000                     movl $0x48, %edx
   66c: 40b701                         movb $0x1, %dil
   66f: b950000000                     movl $0x50, %ecx
   674: 41b901000000                   movl $0x1, %r9d
   67a: 31db                           xorl %ebx, %ebx
   67c: 41b001                         movb $0x1, %r8b
   67f: e92efaffff                     jmp -0x5d2
   684: 488b0500000000                 movq (%rip), %rax
        # hole +0x687: IMAGE_REL_AMD64_REL32 Rel32 data+12
   68b: 4883c009                       addq $0x9, %rax
   68f: ba40000000                     movl $0x40, %edx
   694: 40b701                         movb $0x1, %dil
   697: b95a000000                     movl $0x5a, %ecx
   69c: eb18                           jmp 0x18
   69e: 488b0500000000                 movq (%rip), %rax
        # hole +0x6a1: IMAGE_REL_AMD64_REL32 Rel32 data+12
   6a5: 4883c00a                       addq $0xa, %rax
   6a9: ba40000000                     movl $0x40, %edx
   6ae: 40b701                         movb $0x1, %dil
   6b1: b964000000                     movl $0x64, %ecx
   6b6: 41b901000000                   movl $0x1, %r9d
   6bc: 31db                           xorl %ebx, %ebx
   6be: 41b001                         movb $0x1, %r8b
   6c1: 41b201                         movb $0x1, %r10b
   6c4: 4c8b5c2430                     movq 0x30(%rsp), %r11
   6c9: 4939eb                         cmpq %rbp, %r11
   6cc: 0f85edf9ffff                   jne -0x613
   6d2: e9f0f9ffff                     jmp -0x610
   6d7: 488b0500000000                 movq (%rip), %rax
        # hole +0x6da: IMAGE_REL_AMD64_REL32 Rel32 data-4
   6de: 4883c007                       addq $0x7, %rax
   6e2: ba28000000                     movl $0x28, %edx
   6e7: b946000000                     movl $0x46, %ecx
   6ec: 41b903000000                   movl $0x3, %r9d
   6f2: e9b4f9ffff                     jmp -0x64c
   6f7: 488b0500000000                 movq (%rip), %rax
        # hole +0x6fa: IMAGE_REL_AMD64_REL32 Rel32 data-4
   6fe: ebde                           jmp -0x22
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[5]+0
        # hole data+0x10: GOT Abs64 index[9]+0
