# stencil startup_builtins for x86_64-pc-windows-msvc: 1980 code bytes, 8 data bytes, 32 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89742430                     movq %r14, 0x30(%rsp)
     a: 498b442418                     movq 0x18(%r12), %rax
     f: 4c8b7810                       movq 0x10(%rax), %r15
    13: 41f6c701                       testb $0x1, %r15b
    17: 7503                           jne 0x3
    19: 49ff07                         incq (%r15)
    1c: 4d897d00                       movq %r15, (%r13)
    20: 498b442418                     movq 0x18(%r12), %rax
    25: 488b00                         movq (%rax), %rax
    28: a801                           testb $0x1, %al
    2a: 7507                           jne 0x7
    2c: 48ff00                         incq (%rax)
    2f: 4d8b7d00                       movq (%r13), %r15
    33: 498d5510                       leaq 0x10(%r13), %rdx
    37: 49894508                       movq %rax, 0x8(%r13)
    3b: bf14000000                     movl $0x14, %edi
    40: 41be02000000                   movl $0x2, %r14d
    46: 41b901000000                   movl $0x1, %r9d
    4c: 41f6c701                       testb $0x1, %r15b
    50: 0f85e6060000                   jne 0x6e6
    56: 4889542438                     movq %rdx, 0x38(%rsp)
    5b: 41837f0808                     cmpl $0x8, 0x8(%r15)
    60: 0f854f070000                   jne 0x74f
    66: 498d5d08                       leaq 0x8(%r13), %rbx
    6a: 41b801000000                   movl $0x1, %r8d
    70: 488b4c2430                     movq 0x30(%rsp), %rcx
    75: 4889da                         movq %rbx, %rdx
    78: 41ff5738                       callq *0x38(%r15)
    7c: 4889c5                         movq %rax, %rbp
    7f: 488b0b                         movq (%rbx), %rcx
    82: f6c101                         testb $0x1, %cl
    85: 7509                           jne 0x9
    87: 48ff09                         decq (%rcx)
    8a: 0f8477010000                   je 0x177
    90: 49ff0f                         decq (%r15)
    93: 7508                           jne 0x8
    95: 4c89f9                         movq %r15, %rcx
    98: e800000000                     callq 0x0
        # hole +0x99: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    9d: 4885ed                         testq %rbp, %rbp
    a0: 0f8404070000                   je 0x704
    a6: 49896d00                       movq %rbp, (%r13)
    aa: 498b442418                     movq 0x18(%r12), %rax
    af: 488b4808                       movq 0x8(%rax), %rcx
    b3: 48896808                       movq %rbp, 0x8(%rax)
    b7: f6c101                         testb $0x1, %cl
    ba: 7509                           jne 0x9
    bc: 48ff09                         decq (%rcx)
    bf: 0f8455010000                   je 0x155
    c5: 498b442418                     movq 0x18(%r12), %rax
    ca: 4c8b7828                       movq 0x28(%rax), %r15
    ce: 41f6c701                       testb $0x1, %r15b
    d2: 7503                           jne 0x3
    d4: 49ff07                         incq (%r15)
    d7: 4d897d00                       movq %r15, (%r13)
    db: 498b442418                     movq 0x18(%r12), %rax
    e0: 488b4018                       movq 0x18(%rax), %rax
    e4: a801                           testb $0x1, %al
    e6: 7507                           jne 0x7
    e8: 48ff00                         incq (%rax)
    eb: 4d8b7d00                       movq (%r13), %r15
    ef: 488903                         movq %rax, (%rbx)
    f2: bf50000000                     movl $0x50, %edi
    f7: 41be08000000                   movl $0x8, %r14d
    fd: 41f6c701                       testb $0x1, %r15b
   101: 0f852a060000                   jne 0x62a
   107: 41837f0808                     cmpl $0x8, 0x8(%r15)
   10c: 0f851f060000                   jne 0x61f
   112: 41b801000000                   movl $0x1, %r8d
   118: 488b4c2430                     movq 0x30(%rsp), %rcx
   11d: 4889da                         movq %rbx, %rdx
   120: 41ff5738                       callq *0x38(%r15)
   124: 4889c5                         movq %rax, %rbp
   127: 488b0b                         movq (%rbx), %rcx
   12a: f6c101                         testb $0x1, %cl
   12d: 7509                           jne 0x9
   12f: 48ff09                         decq (%rcx)
   132: 0f84ff000000                   je 0xff
   138: 49ff0f                         decq (%r15)
   13b: 7508                           jne 0x8
   13d: 4c89f9                         movq %r15, %rcx
   140: e800000000                     callq 0x0
        # hole +0x141: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   145: 4885ed                         testq %rbp, %rbp
   148: 0f845c060000                   je 0x65c
   14e: 49896d00                       movq %rbp, (%r13)
   152: 498b442418                     movq 0x18(%r12), %rax
   157: 488b4820                       movq 0x20(%rax), %rcx
   15b: 48896820                       movq %rbp, 0x20(%rax)
   15f: f6c101                         testb $0x1, %cl
   162: 7509                           jne 0x9
   164: 48ff09                         decq (%rcx)
   167: 0f84dd000000                   je 0xdd
   16d: 498b442418                     movq 0x18(%r12), %rax
   172: 488b4048                       movq 0x48(%rax), %rax
   176: a801                           testb $0x1, %al
   178: 7503                           jne 0x3
   17a: 48ff00                         incq (%rax)
   17d: 49894500                       movq %rax, (%r13)
   181: 498b442418                     movq 0x18(%r12), %rax
   186: 488b4030                       movq 0x30(%rax), %rax
   18a: a801                           testb $0x1, %al
   18c: 7503                           jne 0x3
   18e: 48ff00                         incq (%rax)
   191: 488903                         movq %rax, (%rbx)
   194: 498b442418                     movq 0x18(%r12), %rax
   199: 488b4038                       movq 0x38(%rax), %rax
   19d: a801                           testb $0x1, %al
   19f: 7503                           jne 0x3
   1a1: 48ff00                         incq (%rax)
   1a4: 498d7518                       leaq 0x18(%r13), %rsi
   1a8: 49894510                       movq %rax, 0x10(%r13)
   1ac: 4d8b7d00                       movq (%r13), %r15
   1b0: bf96000000                     movl $0x96, %edi
   1b5: 41be0f000000                   movl $0xf, %r14d
   1bb: 41f6c701                       testb $0x1, %r15b
   1bf: 0f85fc030000                   jne 0x3fc
   1c5: 41837f0808                     cmpl $0x8, 0x8(%r15)
   1ca: 0f85f1030000                   jne 0x3f1
   1d0: 41b802000000                   movl $0x2, %r8d
   1d6: 488b4c2430                     movq 0x30(%rsp), %rcx
   1db: 4889da                         movq %rbx, %rdx
   1de: 41ff5738                       callq *0x38(%r15)
   1e2: 4889c5                         movq %rax, %rbp
   1e5: 488b0b                         movq (%rbx), %rcx
   1e8: f6c101                         testb $0x1, %cl
   1eb: 7505                           jne 0x5
   1ed: 48ff09                         decq (%rcx)
   1f0: 7473                           je 0x73
   1f2: 498b4d10                       movq 0x10(%r13), %rcx
   1f6: f6c101                         testb $0x1, %cl
   1f9: 7578                           jne 0x78
   1fb: 48ff09                         decq (%rcx)
   1fe: 7573                           jne 0x73
   200: e800000000                     callq 0x0
        # hole +0x201: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   205: eb6c                           jmp 0x6c
   207: e800000000                     callq 0x0
        # hole +0x208: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   20c: 49ff0f                         decq (%r15)
   20f: 0f8588feffff                   jne -0x178
   215: e97bfeffff                     jmp -0x185
   21a: e800000000                     callq 0x0
        # hole +0x21b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   21f: 498b442418                     movq 0x18(%r12), %rax
   224: 4c8b7828                       movq 0x28(%rax), %r15
   228: 41f6c701                       testb $0x1, %r15b
   22c: 0f84a2feffff                   je -0x15e
   232: e9a0feffff                     jmp -0x160
   237: e800000000                     callq 0x0
        # hole +0x238: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   23c: 49ff0f                         decq (%r15)
   23f: 0f8500ffffff                   jne -0x100
   245: e9f3feffff                     jmp -0x10d
   24a: e800000000                     callq 0x0
        # hole +0x24b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   24f: 498b442418                     movq 0x18(%r12), %rax
   254: 488b4048                       movq 0x48(%rax), %rax
   258: a801                           testb $0x1, %al
   25a: 0f841affffff                   je -0xe6
   260: e918ffffff                     jmp -0xe8
   265: e800000000                     callq 0x0
        # hole +0x266: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   26a: 498b4d10                       movq 0x10(%r13), %rcx
   26e: f6c101                         testb $0x1, %cl
   271: 7488                           je -0x78
   273: 49ff0f                         decq (%r15)
   276: 7508                           jne 0x8
   278: 4c89f9                         movq %r15, %rcx
   27b: e800000000                     callq 0x0
        # hole +0x27c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   280: 4885ed                         testq %rbp, %rbp
   283: 0f8421050000                   je 0x521
   289: 49896d00                       movq %rbp, (%r13)
   28d: 498b442418                     movq 0x18(%r12), %rax
   292: 488b4840                       movq 0x40(%rax), %rcx
   296: 48896840                       movq %rbp, 0x40(%rax)
   29a: f6c101                         testb $0x1, %cl
   29d: 7509                           jne 0x9
   29f: 48ff09                         decq (%rcx)
   2a2: 0f8496000000                   je 0x96
   2a8: 498b442418                     movq 0x18(%r12), %rax
   2ad: 488b4068                       movq 0x68(%rax), %rax
   2b1: a801                           testb $0x1, %al
   2b3: 7503                           jne 0x3
   2b5: 48ff00                         incq (%rax)
   2b8: 49894500                       movq %rax, (%r13)
   2bc: 498b442418                     movq 0x18(%r12), %rax
   2c1: 488b4050                       movq 0x50(%rax), %rax
   2c5: a801                           testb $0x1, %al
   2c7: 7503                           jne 0x3
   2c9: 48ff00                         incq (%rax)
   2cc: 488903                         movq %rax, (%rbx)
   2cf: 498b442418                     movq 0x18(%r12), %rax
   2d4: 488b4058                       movq 0x58(%rax), %rax
   2d8: a801                           testb $0x1, %al
   2da: 7503                           jne 0x3
   2dc: 48ff00                         incq (%rax)
   2df: 49894510                       movq %rax, 0x10(%r13)
   2e3: 4d8b7d00                       movq (%r13), %r15
   2e7: bfdc000000                     movl $0xdc, %edi
   2ec: 41be16000000                   movl $0x16, %r14d
   2f2: 41f6c701                       testb $0x1, %r15b
   2f6: 0f85c5020000                   jne 0x2c5
   2fc: 41837f0808                     cmpl $0x8, 0x8(%r15)
   301: 0f85ba020000                   jne 0x2ba
   307: 41b802000000                   movl $0x2, %r8d
   30d: 488b4c2430                     movq 0x30(%rsp), %rcx
   312: 4889da                         movq %rbx, %rdx
   315: 41ff5738                       callq *0x38(%r15)
   319: 4889c5                         movq %rax, %rbp
   31c: 488b0b                         movq (%rbx), %rcx
   31f: f6c101                         testb $0x1, %cl
   322: 7505                           jne 0x5
   324: 48ff09                         decq (%rcx)
   327: 7430                           je 0x30
   329: 498b4d10                       movq 0x10(%r13), %rcx
   32d: f6c101                         testb $0x1, %cl
   330: 7535                           jne 0x35
   332: 48ff09                         decq (%rcx)
   335: 7530                           jne 0x30
   337: e800000000                     callq 0x0
        # hole +0x338: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   33c: eb29                           jmp 0x29
   33e: e800000000                     callq 0x0
        # hole +0x33f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   343: 498b442418                     movq 0x18(%r12), %rax
   348: 488b4068                       movq 0x68(%rax), %rax
   34c: a801                           testb $0x1, %al
   34e: 0f8461ffffff                   je -0x9f
   354: e95fffffff                     jmp -0xa1
   359: e800000000                     callq 0x0
        # hole +0x35a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   35e: 498b4d10                       movq 0x10(%r13), %rcx
   362: f6c101                         testb $0x1, %cl
   365: 74cb                           je -0x35
   367: 49ff0f                         decq (%r15)
   36a: 7508                           jne 0x8
   36c: 4c89f9                         movq %r15, %rcx
   36f: e800000000                     callq 0x0
        # hole +0x370: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   374: 4885ed                         testq %rbp, %rbp
   377: 0f842d040000                   je 0x42d
   37d: 49896d00                       movq %rbp, (%r13)
   381: 498b442418                     movq 0x18(%r12), %rax
   386: 488b4860                       movq 0x60(%rax), %rcx
   38a: 48896860                       movq %rbp, 0x60(%rax)
   38e: f6c101                         testb $0x1, %cl
   391: 7509                           jne 0x9
   393: 48ff09                         decq (%rcx)
   396: 0f8405020000                   je 0x205
   39c: 498b442418                     movq 0x18(%r12), %rax
   3a1: 4c8bb880000000                 movq 0x80(%rax), %r15
   3a8: 41f6c701                       testb $0x1, %r15b
   3ac: 7503                           jne 0x3
   3ae: 49ff07                         incq (%r15)
   3b1: 4d897d00                       movq %r15, (%r13)
   3b5: 498b442418                     movq 0x18(%r12), %rax
   3ba: 488b4070                       movq 0x70(%rax), %rax
   3be: a801                           testb $0x1, %al
   3c0: 7507                           jne 0x7
   3c2: 48ff00                         incq (%rax)
   3c5: 4d8b7d00                       movq (%r13), %r15
   3c9: 488903                         movq %rax, (%rbx)
   3cc: bf18010000                     movl $0x118, %edi
   3d1: 41be1c000000                   movl $0x1c, %r14d
   3d7: 41f6c701                       testb $0x1, %r15b
   3db: 0f8550030000                   jne 0x350
   3e1: 41837f0808                     cmpl $0x8, 0x8(%r15)
   3e6: 0f8545030000                   jne 0x345
   3ec: 41b801000000                   movl $0x1, %r8d
   3f2: 488b4c2430                     movq 0x30(%rsp), %rcx
   3f7: 4889da                         movq %rbx, %rdx
   3fa: 41ff5738                       callq *0x38(%r15)
   3fe: 4889c5                         movq %rax, %rbp
   401: 488b0b                         movq (%rbx), %rcx
   404: f6c101                         testb $0x1, %cl
   407: 7509                           jne 0x9
   409: 48ff09                         decq (%rcx)
   40c: 0f84b7010000                   je 0x1b7
   412: 49ff0f                         decq (%r15)
   415: 7508                           jne 0x8
   417: 4c89f9                         movq %r15, %rcx
   41a: e800000000                     callq 0x0
        # hole +0x41b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   41f: 4885ed                         testq %rbp, %rbp
   422: 0f8482030000                   je 0x382
   428: 49896d00                       movq %rbp, (%r13)
   42c: 498b442418                     movq 0x18(%r12), %rax
   431: 488b4878                       movq 0x78(%rax), %rcx
   435: 48896878                       movq %rbp, 0x78(%rax)
   439: f6c101                         testb $0x1, %cl
   43c: 7509                           jne 0x9
   43e: 48ff09                         decq (%rcx)
   441: 0f8495010000                   je 0x195
   447: 498b442418                     movq 0x18(%r12), %rax
   44c: 4c8bb898000000                 movq 0x98(%rax), %r15
   453: 41f6c701                       testb $0x1, %r15b
   457: 7503                           jne 0x3
   459: 49ff07                         incq (%r15)
   45c: 4d897d00                       movq %r15, (%r13)
   460: 498b442418                     movq 0x18(%r12), %rax
   465: 488b8088000000                 movq 0x88(%rax), %rax
   46c: a801                           testb $0x1, %al
   46e: 7507                           jne 0x7
   470: 48ff00                         incq (%rax)
   473: 4d8b7d00                       movq (%r13), %r15
   477: 488903                         movq %rax, (%rbx)
   47a: bf54010000                     movl $0x154, %edi
   47f: 41be22000000                   movl $0x22, %r14d
   485: 41f6c701                       testb $0x1, %r15b
   489: 0f85a2020000                   jne 0x2a2
   48f: 41837f0808                     cmpl $0x8, 0x8(%r15)
   494: 0f8597020000                   jne 0x297
   49a: 41b801000000                   movl $0x1, %r8d
   4a0: 488b4c2430                     movq 0x30(%rsp), %rcx
   4a5: 4889da                         movq %rbx, %rdx
   4a8: 41ff5738                       callq *0x38(%r15)
   4ac: 4889c5                         movq %rax, %rbp
   4af: 488b0b                         movq (%rbx), %rcx
   4b2: f6c101                         testb $0x1, %cl
   4b5: 7509                           jne 0x9
   4b7: 48ff09                         decq (%rcx)
   4ba: 0f843c010000                   je 0x13c
   4c0: 49ff0f                         decq (%r15)
   4c3: 7508                           jne 0x8
   4c5: 4c89f9                         movq %r15, %rcx
   4c8: e800000000                     callq 0x0
        # hole +0x4c9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4cd: 4885ed                         testq %rbp, %rbp
   4d0: 0f84d4020000                   je 0x2d4
   4d6: 49896d00                       movq %rbp, (%r13)
   4da: 498b442418                     movq 0x18(%r12), %rax
   4df: 488b8890000000                 movq 0x90(%rax), %rcx
   4e6: 4889a890000000                 movq %rbp, 0x90(%rax)
   4ed: f6c101                         testb $0x1, %cl
   4f0: 7509                           jne 0x9
   4f2: 48ff09                         decq (%rcx)
   4f5: 0f8414010000                   je 0x114
   4fb: 498b442418                     movq 0x18(%r12), %rax
   500: 488b80b8000000                 movq 0xb8(%rax), %rax
   507: a801                           testb $0x1, %al
   509: 7503                           jne 0x3
   50b: 48ff00                         incq (%rax)
   50e: 49894500                       movq %rax, (%r13)
   512: 498b442418                     movq 0x18(%r12), %rax
   517: 488b80a0000000                 movq 0xa0(%rax), %rax
   51e: a801                           testb $0x1, %al
   520: 7503                           jne 0x3
   522: 48ff00                         incq (%rax)
   525: 488903                         movq %rax, (%rbx)
   528: 498b442418                     movq 0x18(%r12), %rax
   52d: 488b80a8000000                 movq 0xa8(%rax), %rax
   534: a801                           testb $0x1, %al
   536: 7503                           jne 0x3
   538: 48ff00                         incq (%rax)
   53b: 49894510                       movq %rax, 0x10(%r13)
   53f: 4d8b7d00                       movq (%r13), %r15
   543: bf9a010000                     movl $0x19a, %edi
   548: 41be29000000                   movl $0x29, %r14d
   54e: 41f6c701                       testb $0x1, %r15b
   552: 756d                           jne 0x6d
   554: 41837f0808                     cmpl $0x8, 0x8(%r15)
   559: 7566                           jne 0x66
   55b: 41b802000000                   movl $0x2, %r8d
   561: 488b4c2430                     movq 0x30(%rsp), %rcx
   566: 4889da                         movq %rbx, %rdx
   569: 41ff5738                       callq *0x38(%r15)
   56d: 4889c5                         movq %rax, %rbp
   570: 488b0b                         movq (%rbx), %rcx
   573: f6c101                         testb $0x1, %cl
   576: 7509                           jne 0x9
   578: 48ff09                         decq (%rcx)
   57b: 0f84ac000000                   je 0xac
   581: 498b4d10                       movq 0x10(%r13), %rcx
   585: f6c101                         testb $0x1, %cl
   588: 0f85b1000000                   jne 0xb1
   58e: 48ff09                         decq (%rcx)
   591: 0f85a8000000                   jne 0xa8
   597: e800000000                     callq 0x0
        # hole +0x598: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   59c: e99e000000                     jmp 0x9e
   5a1: e800000000                     callq 0x0
        # hole +0x5a2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5a6: 498b442418                     movq 0x18(%r12), %rax
   5ab: 4c8bb880000000                 movq 0x80(%rax), %r15
   5b2: 41f6c701                       testb $0x1, %r15b
   5b6: 0f84f2fdffff                   je -0x20e
   5bc: e9f0fdffff                     jmp -0x210
   5c1: 4889f2                         movq %rsi, %rdx
   5c4: e96d010000                     jmp 0x16d
   5c9: e800000000                     callq 0x0
        # hole +0x5ca: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5ce: 49ff0f                         decq (%r15)
   5d1: 0f8548feffff                   jne -0x1b8
   5d7: e93bfeffff                     jmp -0x1c5
   5dc: e800000000                     callq 0x0
        # hole +0x5dd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5e1: 498b442418                     movq 0x18(%r12), %rax
   5e6: 4c8bb898000000                 movq 0x98(%rax), %r15
   5ed: 41f6c701                       testb $0x1, %r15b
   5f1: 0f8462feffff                   je -0x19e
   5f7: e960feffff                     jmp -0x1a0
   5fc: e800000000                     callq 0x0
        # hole +0x5fd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   601: 49ff0f                         decq (%r15)
   604: 0f85c3feffff                   jne -0x13d
   60a: e9b6feffff                     jmp -0x14a
   60f: e800000000                     callq 0x0
        # hole +0x610: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   614: 498b442418                     movq 0x18(%r12), %rax
   619: 488b80b8000000                 movq 0xb8(%rax), %rax
   620: a801                           testb $0x1, %al
   622: 0f84e3feffff                   je -0x11d
   628: e9e1feffff                     jmp -0x11f
   62d: e800000000                     callq 0x0
        # hole +0x62e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   632: 498b4d10                       movq 0x10(%r13), %rcx
   636: f6c101                         testb $0x1, %cl
   639: 0f844fffffff                   je -0xb1
   63f: 49ff0f                         decq (%r15)
   642: 7508                           jne 0x8
   644: 4c89f9                         movq %r15, %rcx
   647: e800000000                     callq 0x0
        # hole +0x648: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   64c: 4885ed                         testq %rbp, %rbp
   64f: 0f8455010000                   je 0x155
   655: 49896d00                       movq %rbp, (%r13)
   659: 498b442418                     movq 0x18(%r12), %rax
   65e: 488b88b0000000                 movq 0xb0(%rax), %rcx
   665: 4889a8b0000000                 movq %rbp, 0xb0(%rax)
   66c: f6c101                         testb $0x1, %cl
   66f: 7509                           jne 0x9
   671: 48ff09                         decq (%rcx)
   674: 0f84e9000000                   je 0xe9
   67a: 498b442418                     movq 0x18(%r12), %rax
   67f: 4c8bb8d0000000                 movq 0xd0(%rax), %r15
   686: 41f6c701                       testb $0x1, %r15b
   68a: 7503                           jne 0x3
   68c: 49ff07                         incq (%r15)
   68f: 4d897d00                       movq %r15, (%r13)
   693: 498b442418                     movq 0x18(%r12), %rax
   698: 488b80c0000000                 movq 0xc0(%rax), %rax
   69f: a801                           testb $0x1, %al
   6a1: 7507                           jne 0x7
   6a3: 48ff00                         incq (%rax)
   6a6: 4d8b7d00                       movq (%r13), %r15
   6aa: 488903                         movq %rax, (%rbx)
   6ad: bfd6010000                     movl $0x1d6, %edi
   6b2: 41be2f000000                   movl $0x2f, %r14d
   6b8: 41f6c701                       testb $0x1, %r15b
   6bc: 7573                           jne 0x73
   6be: 41837f0808                     cmpl $0x8, 0x8(%r15)
   6c3: 756c                           jne 0x6c
   6c5: 41b801000000                   movl $0x1, %r8d
   6cb: 488b4c2430                     movq 0x30(%rsp), %rcx
   6d0: 4889da                         movq %rbx, %rdx
   6d3: 41ff5738                       callq *0x38(%r15)
   6d7: 4889c6                         movq %rax, %rsi
   6da: 488b0b                         movq (%rbx), %rcx
   6dd: f6c101                         testb $0x1, %cl
   6e0: 7509                           jne 0x9
   6e2: 48ff09                         decq (%rcx)
   6e5: 0f8498000000                   je 0x98
   6eb: 49ff0f                         decq (%r15)
   6ee: 7508                           jne 0x8
   6f0: 4c89f9                         movq %r15, %rcx
   6f3: e800000000                     callq 0x0
        # hole +0x6f4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6f8: 4885f6                         testq %rsi, %rsi
   6fb: 0f84a9000000                   je 0xa9
   701: 49897500                       movq %rsi, (%r13)
   705: 498b442418                     movq 0x18(%r12), %rax
   70a: 488b88c8000000                 movq 0xc8(%rax), %rcx
   711: 4889b0c8000000                 movq %rsi, 0xc8(%rax)
   718: f6c101                         testb $0x1, %cl
   71b: 7505                           jne 0x5
   71d: 48ff09                         decq (%rcx)
   720: 7474                           je 0x74
   722: 4c8b742430                     movq 0x30(%rsp), %r14
   727: 4883c440                       addq $0x40, %rsp
   72b: 5d                             popq %rbp
   72c: e900000000                     jmp 0x0
        # hole +0x72d: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   731: 488b542438                     movq 0x38(%rsp), %rdx
   736: 41b901000000                   movl $0x1, %r9d
   73c: 488b0500000000                 movq (%rip), %rax
        # hole +0x73f: IMAGE_REL_AMD64_REL32 Rel32 data-4
   743: 4c01f0                         addq %r14, %rax
   746: 48897c2428                     movq %rdi, 0x28(%rsp)
   74b: 4889442420                     movq %rax, 0x20(%rsp)
   750: 4c89e1                         movq %r12, %rcx
   753: 4c8b442430                     movq 0x30(%rsp), %r8
   758: e800000000                     callq 0x0
        # hole +0x759: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   75d: 4883c440                       addq $0x40, %rsp
   761: 5d                             popq %rbp
   762: c3                             retq
   763: e800000000                     callq 0x0
        # hole +0x764: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   768: 498b442418                     movq 0x18(%r12), %rax
   76d: 4c8bb8d0000000                 movq 0xd0(%rax), %r15
   774: 41f6c701                       testb $0x1, %r15b
   778: 0f840effffff                   je -0xf2
   77e: e90cffffff                     jmp -0xf4
   783: e800000000                     callq 0x0
        # hole +0x784: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   788: 49ff0f                         decq (%r15)
   78b: 0f8567ffffff                   jne -0x99
   791: e95affffff                     jmp -0xa6
   796: e800000000                     callq 0x0
        # hole +0x797: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   79b: 4c8b742430                     movq 0x30(%rsp), %r14
   7a0: 4883c440                       addq $0x40, %rsp
   7a4: 5d                             popq %rbp
   7a5: e900000000                     jmp 0x0
        # hole +0x7a6: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   7aa: 4c89ea                         movq %r13, %rdx
   7ad: 41b903000000                   movl $0x3, %r9d
   7b3: eb87                           jmp -0x79
   7b5: 488b542438                     movq 0x38(%rsp), %rdx
   7ba: eb80                           jmp -0x80
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
