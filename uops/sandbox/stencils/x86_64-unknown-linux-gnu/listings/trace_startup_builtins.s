# stencil startup_builtins for x86_64-unknown-linux-gnu: 2577 code bytes, 0 data bytes, 29 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f3                         movq %r14, %rbx
     8: 4c89642410                     movq %r12, 0x10(%rsp)
     d: 498b442418                     movq 0x18(%r12), %rax
    12: 4c8b7010                       movq 0x10(%rax), %r14
    16: 41f6c601                       testb $0x1, %r14b
    1a: 7503                           jne 0x3
    1c: 49ff06                         incq (%r14)
    1f: 4d897500                       movq %r14, (%r13)
    23: 488b00                         movq (%rax), %rax
    26: a801                           testb $0x1, %al
    28: 7507                           jne 0x7
    2a: 48ff00                         incq (%rax)
    2d: 4d8b7500                       movq (%r13), %r14
    31: 49b8020000000a000000           movabsq $0xa00000002, %r8
    3b: 498d7510                       leaq 0x10(%r13), %rsi
    3f: 49894508                       movq %rax, 0x8(%r13)
    43: 41bc14000000                   movl $0x14, %r12d
    49: b901000000                     movl $0x1, %ecx
    4e: 41f6c601                       testb $0x1, %r14b
    52: 0f85ee080000                   jne 0x8ee
    58: 4889742418                     movq %rsi, 0x18(%rsp)
    5d: 41837e0808                     cmpl $0x8, 0x8(%r14)
    62: 0f8589090000                   jne 0x989
    68: 498d6d08                       leaq 0x8(%r13), %rbp
    6c: ba01000000                     movl $0x1, %edx
    71: 4889df                         movq %rbx, %rdi
    74: 4889ee                         movq %rbp, %rsi
    77: 41ff5638                       callq *0x38(%r14)
    7b: 4989c7                         movq %rax, %r15
    7e: 488b7d00                       movq (%rbp), %rdi
    82: 40f6c701                       testb $0x1, %dil
    86: 7509                           jne 0x9
    88: 48ff0f                         decq (%rdi)
    8b: 0f84f0010000                   je 0x1f0
    91: 49ff0e                         decq (%r14)
    94: 7508                           jne 0x8
    96: 4c89f7                         movq %r14, %rdi
    99: e800000000                     callq 0x0
        # hole +0x9a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    9e: 4d85ff                         testq %r15, %r15
    a1: 0f8424090000                   je 0x924
    a7: 4d897d00                       movq %r15, (%r13)
    ab: 488b442410                     movq 0x10(%rsp), %rax
    b0: 488b4018                       movq 0x18(%rax), %rax
    b4: 488b7808                       movq 0x8(%rax), %rdi
    b8: 4c897808                       movq %r15, 0x8(%rax)
    bc: 40f6c701                       testb $0x1, %dil
    c0: 7509                           jne 0x9
    c2: 48ff0f                         decq (%rdi)
    c5: 0f84c9010000                   je 0x1c9
    cb: 4c8b7028                       movq 0x28(%rax), %r14
    cf: 41f6c601                       testb $0x1, %r14b
    d3: 48b9020000000a000000           movabsq $0xa00000002, %rcx
    dd: 7503                           jne 0x3
    df: 49ff06                         incq (%r14)
    e2: 48895c2408                     movq %rbx, 0x8(%rsp)
    e7: 4d897500                       movq %r14, (%r13)
    eb: 488b4018                       movq 0x18(%rax), %rax
    ef: a801                           testb $0x1, %al
    f1: 7507                           jne 0x7
    f3: 48ff00                         incq (%rax)
    f6: 4d8b7500                       movq (%r13), %r14
    fa: 48894500                       movq %rax, (%rbp)
    fe: 488d5906                       leaq 0x6(%rcx), %rbx
   102: 41bc50000000                   movl $0x50, %r12d
   108: 41f6c601                       testb $0x1, %r14b
   10c: 0f855b060000                   jne 0x65b
   112: 41837e0808                     cmpl $0x8, 0x8(%r14)
   117: 0f8550060000                   jne 0x650
   11d: ba01000000                     movl $0x1, %edx
   122: 488b7c2408                     movq 0x8(%rsp), %rdi
   127: 4889ee                         movq %rbp, %rsi
   12a: 41ff5638                       callq *0x38(%r14)
   12e: 4989c7                         movq %rax, %r15
   131: 488b7d00                       movq (%rbp), %rdi
   135: 40f6c701                       testb $0x1, %dil
   139: 7509                           jne 0x9
   13b: 48ff0f                         decq (%rdi)
   13e: 0f847b010000                   je 0x17b
   144: 49ff0e                         decq (%r14)
   147: 7508                           jne 0x8
   149: 4c89f7                         movq %r14, %rdi
   14c: e800000000                     callq 0x0
        # hole +0x14d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   151: 4d85ff                         testq %r15, %r15
   154: 0f843e080000                   je 0x83e
   15a: 4d897d00                       movq %r15, (%r13)
   15e: 488b442410                     movq 0x10(%rsp), %rax
   163: 488b4018                       movq 0x18(%rax), %rax
   167: 488b7820                       movq 0x20(%rax), %rdi
   16b: 4c897820                       movq %r15, 0x20(%rax)
   16f: 40f6c701                       testb $0x1, %dil
   173: 0f85c3000000                   jne 0xc3
   179: 48ff0f                         decq (%rdi)
   17c: 488b5c2408                     movq 0x8(%rsp), %rbx
   181: 49bf020000000a000000           movabsq $0xa00000002, %r15
   18b: 0f8441010000                   je 0x141
   191: 488b4848                       movq 0x48(%rax), %rcx
   195: f6c101                         testb $0x1, %cl
   198: 0f85ba000000                   jne 0xba
   19e: 48ff01                         incq (%rcx)
   1a1: 49894d00                       movq %rcx, (%r13)
   1a5: 488b4830                       movq 0x30(%rax), %rcx
   1a9: f6c101                         testb $0x1, %cl
   1ac: 0f84b7000000                   je 0xb7
   1b2: 48894d00                       movq %rcx, (%rbp)
   1b6: 488b4038                       movq 0x38(%rax), %rax
   1ba: a801                           testb $0x1, %al
   1bc: 7503                           jne 0x3
   1be: 48ff00                         incq (%rax)
   1c1: 498d4d18                       leaq 0x18(%r13), %rcx
   1c5: 48894c2420                     movq %rcx, 0x20(%rsp)
   1ca: 49894510                       movq %rax, 0x10(%r13)
   1ce: 4d8b7500                       movq (%r13), %r14
   1d2: 4d8d470d                       leaq 0xd(%r15), %r8
   1d6: 41bc96000000                   movl $0x96, %r12d
   1dc: 41f6c601                       testb $0x1, %r14b
   1e0: 0f8594050000                   jne 0x594
   1e6: 4c89442428                     movq %r8, 0x28(%rsp)
   1eb: 41837e0808                     cmpl $0x8, 0x8(%r14)
   1f0: 0f85ec070000                   jne 0x7ec
   1f6: ba02000000                     movl $0x2, %edx
   1fb: 4889df                         movq %rbx, %rdi
   1fe: 4889ee                         movq %rbp, %rsi
   201: 41ff5638                       callq *0x38(%r14)
   205: 4989c7                         movq %rax, %r15
   208: 488b7d00                       movq (%rbp), %rdi
   20c: 40f6c701                       testb $0x1, %dil
   210: 7509                           jne 0x9
   212: 48ff0f                         decq (%rdi)
   215: 0f84d7000000                   je 0xd7
   21b: 498b7d10                       movq 0x10(%r13), %rdi
   21f: 40f6c701                       testb $0x1, %dil
   223: 0f85dc000000                   jne 0xdc
   229: 48ff0f                         decq (%rdi)
   22c: 0f85d3000000                   jne 0xd3
   232: e800000000                     callq 0x0
        # hole +0x233: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   237: e9c9000000                     jmp 0xc9
   23c: 488b5c2408                     movq 0x8(%rsp), %rbx
   241: 49bf020000000a000000           movabsq $0xa00000002, %r15
   24b: 488b4848                       movq 0x48(%rax), %rcx
   24f: f6c101                         testb $0x1, %cl
   252: 0f8446ffffff                   je -0xba
   258: 49894d00                       movq %rcx, (%r13)
   25c: 488b4830                       movq 0x30(%rax), %rcx
   260: f6c101                         testb $0x1, %cl
   263: 0f8549ffffff                   jne -0xb7
   269: 48ff01                         incq (%rcx)
   26c: 48894d00                       movq %rcx, (%rbp)
   270: 488b4038                       movq 0x38(%rax), %rax
   274: a801                           testb $0x1, %al
   276: 0f8442ffffff                   je -0xbe
   27c: e940ffffff                     jmp -0xc0
   281: e800000000                     callq 0x0
        # hole +0x282: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   286: 49ff0e                         decq (%r14)
   289: 0f850ffeffff                   jne -0x1f1
   28f: e902feffff                     jmp -0x1fe
   294: e800000000                     callq 0x0
        # hole +0x295: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   299: 488b442410                     movq 0x10(%rsp), %rax
   29e: 488b4018                       movq 0x18(%rax), %rax
   2a2: 4c8b7028                       movq 0x28(%rax), %r14
   2a6: 41f6c601                       testb $0x1, %r14b
   2aa: 48b9020000000a000000           movabsq $0xa00000002, %rcx
   2b4: 0f8425feffff                   je -0x1db
   2ba: e923feffff                     jmp -0x1dd
   2bf: e800000000                     callq 0x0
        # hole +0x2c0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2c4: 49ff0e                         decq (%r14)
   2c7: 0f8584feffff                   jne -0x17c
   2cd: e977feffff                     jmp -0x189
   2d2: e800000000                     callq 0x0
        # hole +0x2d3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2d7: 488b442410                     movq 0x10(%rsp), %rax
   2dc: 488b4018                       movq 0x18(%rax), %rax
   2e0: 488b4848                       movq 0x48(%rax), %rcx
   2e4: f6c101                         testb $0x1, %cl
   2e7: 0f856bffffff                   jne -0x95
   2ed: e9acfeffff                     jmp -0x154
   2f2: e800000000                     callq 0x0
        # hole +0x2f3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2f7: 498b7d10                       movq 0x10(%r13), %rdi
   2fb: 40f6c701                       testb $0x1, %dil
   2ff: 0f8424ffffff                   je -0xdc
   305: 49ff0e                         decq (%r14)
   308: 7508                           jne 0x8
   30a: 4c89f7                         movq %r14, %rdi
   30d: e800000000                     callq 0x0
        # hole +0x30e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   312: 4d85ff                         testq %r15, %r15
   315: 0f848f060000                   je 0x68f
   31b: 4d897d00                       movq %r15, (%r13)
   31f: 488b442410                     movq 0x10(%rsp), %rax
   324: 488b4018                       movq 0x18(%rax), %rax
   328: 488b7840                       movq 0x40(%rax), %rdi
   32c: 4c897840                       movq %r15, 0x40(%rax)
   330: 40f6c701                       testb $0x1, %dil
   334: 0f85a6000000                   jne 0xa6
   33a: 48ff0f                         decq (%rdi)
   33d: 49bf020000000a000000           movabsq $0xa00000002, %r15
   347: 0f84d3000000                   je 0xd3
   34d: 488b4868                       movq 0x68(%rax), %rcx
   351: f6c101                         testb $0x1, %cl
   354: 0f859d000000                   jne 0x9d
   35a: 48ff01                         incq (%rcx)
   35d: 49894d00                       movq %rcx, (%r13)
   361: 488b4850                       movq 0x50(%rax), %rcx
   365: f6c101                         testb $0x1, %cl
   368: 0f849a000000                   je 0x9a
   36e: 48894d00                       movq %rcx, (%rbp)
   372: 488b4058                       movq 0x58(%rax), %rax
   376: a801                           testb $0x1, %al
   378: 7503                           jne 0x3
   37a: 48ff00                         incq (%rax)
   37d: 49894510                       movq %rax, 0x10(%r13)
   381: 4d8b7500                       movq (%r13), %r14
   385: 4d8d4714                       leaq 0x14(%r15), %r8
   389: 41bcdc000000                   movl $0xdc, %r12d
   38f: 41f6c601                       testb $0x1, %r14b
   393: 0f85e1030000                   jne 0x3e1
   399: 4c89442428                     movq %r8, 0x28(%rsp)
   39e: 41837e0808                     cmpl $0x8, 0x8(%r14)
   3a3: 0f8539060000                   jne 0x639
   3a9: ba02000000                     movl $0x2, %edx
   3ae: 4889df                         movq %rbx, %rdi
   3b1: 4889ee                         movq %rbp, %rsi
   3b4: 41ff5638                       callq *0x38(%r14)
   3b8: 4989c7                         movq %rax, %r15
   3bb: 488b7d00                       movq (%rbp), %rdi
   3bf: 40f6c701                       testb $0x1, %dil
   3c3: 7505                           jne 0x5
   3c5: 48ff0f                         decq (%rdi)
   3c8: 7472                           je 0x72
   3ca: 498b7d10                       movq 0x10(%r13), %rdi
   3ce: 40f6c701                       testb $0x1, %dil
   3d2: 7577                           jne 0x77
   3d4: 48ff0f                         decq (%rdi)
   3d7: 7572                           jne 0x72
   3d9: e800000000                     callq 0x0
        # hole +0x3da: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3de: eb6b                           jmp 0x6b
   3e0: 49bf020000000a000000           movabsq $0xa00000002, %r15
   3ea: 488b4868                       movq 0x68(%rax), %rcx
   3ee: f6c101                         testb $0x1, %cl
   3f1: 0f8463ffffff                   je -0x9d
   3f7: 49894d00                       movq %rcx, (%r13)
   3fb: 488b4850                       movq 0x50(%rax), %rcx
   3ff: f6c101                         testb $0x1, %cl
   402: 0f8566ffffff                   jne -0x9a
   408: 48ff01                         incq (%rcx)
   40b: 48894d00                       movq %rcx, (%rbp)
   40f: 488b4058                       movq 0x58(%rax), %rax
   413: a801                           testb $0x1, %al
   415: 0f845fffffff                   je -0xa1
   41b: e95dffffff                     jmp -0xa3
   420: e800000000                     callq 0x0
        # hole +0x421: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   425: 488b442410                     movq 0x10(%rsp), %rax
   42a: 488b4018                       movq 0x18(%rax), %rax
   42e: 488b4868                       movq 0x68(%rax), %rcx
   432: f6c101                         testb $0x1, %cl
   435: 75c0                           jne -0x40
   437: e91effffff                     jmp -0xe2
   43c: e800000000                     callq 0x0
        # hole +0x43d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   441: 498b7d10                       movq 0x10(%r13), %rdi
   445: 40f6c701                       testb $0x1, %dil
   449: 7489                           je -0x77
   44b: 49ff0e                         decq (%r14)
   44e: 7508                           jne 0x8
   450: 4c89f7                         movq %r14, %rdi
   453: e800000000                     callq 0x0
        # hole +0x454: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   458: 4d85ff                         testq %r15, %r15
   45b: 0f8449050000                   je 0x549
   461: 4d897d00                       movq %r15, (%r13)
   465: 488b442410                     movq 0x10(%rsp), %rax
   46a: 488b4018                       movq 0x18(%rax), %rax
   46e: 488b7860                       movq 0x60(%rax), %rdi
   472: 4c897860                       movq %r15, 0x60(%rax)
   476: 40f6c701                       testb $0x1, %dil
   47a: 7531                           jne 0x31
   47c: 48ff0f                         decq (%rdi)
   47f: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   489: 0f84ba020000                   je 0x2ba
   48f: 4c8bb080000000                 movq 0x80(%rax), %r14
   496: 41f6c601                       testb $0x1, %r14b
   49a: 7528                           jne 0x28
   49c: 49ff06                         incq (%r14)
   49f: 4d897500                       movq %r14, (%r13)
   4a3: 488b4070                       movq 0x70(%rax), %rax
   4a7: a801                           testb $0x1, %al
   4a9: 7425                           je 0x25
   4ab: eb2a                           jmp 0x2a
   4ad: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   4b7: 4c8bb080000000                 movq 0x80(%rax), %r14
   4be: 41f6c601                       testb $0x1, %r14b
   4c2: 74d8                           je -0x28
   4c4: 4d897500                       movq %r14, (%r13)
   4c8: 488b4070                       movq 0x70(%rax), %rax
   4cc: a801                           testb $0x1, %al
   4ce: 7507                           jne 0x7
   4d0: 48ff00                         incq (%rax)
   4d3: 4d8b7500                       movq (%r13), %r14
   4d7: 48894500                       movq %rax, (%rbp)
   4db: 4883c31a                       addq $0x1a, %rbx
   4df: 41bc18010000                   movl $0x118, %r12d
   4e5: 41f6c601                       testb $0x1, %r14b
   4e9: 0f857e020000                   jne 0x27e
   4ef: 41837e0808                     cmpl $0x8, 0x8(%r14)
   4f4: 0f8573020000                   jne 0x273
   4fa: ba01000000                     movl $0x1, %edx
   4ff: 488b7c2408                     movq 0x8(%rsp), %rdi
   504: 4889ee                         movq %rbp, %rsi
   507: 41ff5638                       callq *0x38(%r14)
   50b: 4989c7                         movq %rax, %r15
   50e: 488b7d00                       movq (%rbp), %rdi
   512: 40f6c701                       testb $0x1, %dil
   516: 7509                           jne 0x9
   518: 48ff0f                         decq (%rdi)
   51b: 0f8463020000                   je 0x263
   521: 49ff0e                         decq (%r14)
   524: 7508                           jne 0x8
   526: 4c89f7                         movq %r14, %rdi
   529: e800000000                     callq 0x0
        # hole +0x52a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   52e: 4d85ff                         testq %r15, %r15
   531: 0f8461040000                   je 0x461
   537: 4d897d00                       movq %r15, (%r13)
   53b: 488b442410                     movq 0x10(%rsp), %rax
   540: 488b4018                       movq 0x18(%rax), %rax
   544: 488b7878                       movq 0x78(%rax), %rdi
   548: 4c897878                       movq %r15, 0x78(%rax)
   54c: 40f6c701                       testb $0x1, %dil
   550: 7534                           jne 0x34
   552: 48ff0f                         decq (%rdi)
   555: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   55f: 0f8432020000                   je 0x232
   565: 4c8bb098000000                 movq 0x98(%rax), %r14
   56c: 41f6c601                       testb $0x1, %r14b
   570: 752b                           jne 0x2b
   572: 49ff06                         incq (%r14)
   575: 4d897500                       movq %r14, (%r13)
   579: 488b8088000000                 movq 0x88(%rax), %rax
   580: a801                           testb $0x1, %al
   582: 7428                           je 0x28
   584: eb2d                           jmp 0x2d
   586: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   590: 4c8bb098000000                 movq 0x98(%rax), %r14
   597: 41f6c601                       testb $0x1, %r14b
   59b: 74d5                           je -0x2b
   59d: 4d897500                       movq %r14, (%r13)
   5a1: 488b8088000000                 movq 0x88(%rax), %rax
   5a8: a801                           testb $0x1, %al
   5aa: 7507                           jne 0x7
   5ac: 48ff00                         incq (%rax)
   5af: 4d8b7500                       movq (%r13), %r14
   5b3: 48894500                       movq %rax, (%rbp)
   5b7: 4883c320                       addq $0x20, %rbx
   5bb: 41bc54010000                   movl $0x154, %r12d
   5c1: 41f6c601                       testb $0x1, %r14b
   5c5: 0f85a2010000                   jne 0x1a2
   5cb: 41837e0808                     cmpl $0x8, 0x8(%r14)
   5d0: 0f8597010000                   jne 0x197
   5d6: ba01000000                     movl $0x1, %edx
   5db: 488b7c2408                     movq 0x8(%rsp), %rdi
   5e0: 4889ee                         movq %rbp, %rsi
   5e3: 41ff5638                       callq *0x38(%r14)
   5e7: 4989c7                         movq %rax, %r15
   5ea: 488b7d00                       movq (%rbp), %rdi
   5ee: 40f6c701                       testb $0x1, %dil
   5f2: 7509                           jne 0x9
   5f4: 48ff0f                         decq (%rdi)
   5f7: 0f84be010000                   je 0x1be
   5fd: 49ff0e                         decq (%r14)
   600: 7508                           jne 0x8
   602: 4c89f7                         movq %r14, %rdi
   605: e800000000                     callq 0x0
        # hole +0x606: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   60a: 4d85ff                         testq %r15, %r15
   60d: 0f8485030000                   je 0x385
   613: 4d897d00                       movq %r15, (%r13)
   617: 488b442410                     movq 0x10(%rsp), %rax
   61c: 488b4018                       movq 0x18(%rax), %rax
   620: 488bb890000000                 movq 0x90(%rax), %rdi
   627: 4c89b890000000                 movq %r15, 0x90(%rax)
   62e: 40f6c701                       testb $0x1, %dil
   632: 0f85c3000000                   jne 0xc3
   638: 48ff0f                         decq (%rdi)
   63b: 488b5c2408                     movq 0x8(%rsp), %rbx
   640: 49bf020000000a000000           movabsq $0xa00000002, %r15
   64a: 0f847e010000                   je 0x17e
   650: 488b88b8000000                 movq 0xb8(%rax), %rcx
   657: f6c101                         testb $0x1, %cl
   65a: 0f85ba000000                   jne 0xba
   660: 48ff01                         incq (%rcx)
   663: 49894d00                       movq %rcx, (%r13)
   667: 488b88a0000000                 movq 0xa0(%rax), %rcx
   66e: f6c101                         testb $0x1, %cl
   671: 0f84b7000000                   je 0xb7
   677: 48894d00                       movq %rcx, (%rbp)
   67b: 488b80a8000000                 movq 0xa8(%rax), %rax
   682: a801                           testb $0x1, %al
   684: 7503                           jne 0x3
   686: 48ff00                         incq (%rax)
   689: 49894510                       movq %rax, 0x10(%r13)
   68d: 4d8b7500                       movq (%r13), %r14
   691: 4d8d4727                       leaq 0x27(%r15), %r8
   695: 41bc9a010000                   movl $0x19a, %r12d
   69b: 41f6c601                       testb $0x1, %r14b
   69f: 0f85d5000000                   jne 0xd5
   6a5: 4c89442408                     movq %r8, 0x8(%rsp)
   6aa: 41837e0808                     cmpl $0x8, 0x8(%r14)
   6af: 0f8546030000                   jne 0x346
   6b5: ba02000000                     movl $0x2, %edx
   6ba: 4889df                         movq %rbx, %rdi
   6bd: 4889ee                         movq %rbp, %rsi
   6c0: 41ff5638                       callq *0x38(%r14)
   6c4: 4989c7                         movq %rax, %r15
   6c7: 488b7d00                       movq (%rbp), %rdi
   6cb: 40f6c701                       testb $0x1, %dil
   6cf: 7509                           jne 0x9
   6d1: 48ff0f                         decq (%rdi)
   6d4: 0f8417010000                   je 0x117
   6da: 498b7d10                       movq 0x10(%r13), %rdi
   6de: 40f6c701                       testb $0x1, %dil
   6e2: 0f851c010000                   jne 0x11c
   6e8: 48ff0f                         decq (%rdi)
   6eb: 0f8513010000                   jne 0x113
   6f1: e800000000                     callq 0x0
        # hole +0x6f2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6f6: e909010000                     jmp 0x109
   6fb: 488b5c2408                     movq 0x8(%rsp), %rbx
   700: 49bf020000000a000000           movabsq $0xa00000002, %r15
   70a: 488b88b8000000                 movq 0xb8(%rax), %rcx
   711: f6c101                         testb $0x1, %cl
   714: 0f8446ffffff                   je -0xba
   71a: 49894d00                       movq %rcx, (%r13)
   71e: 488b88a0000000                 movq 0xa0(%rax), %rcx
   725: f6c101                         testb $0x1, %cl
   728: 0f8549ffffff                   jne -0xb7
   72e: 48ff01                         incq (%rcx)
   731: 48894d00                       movq %rcx, (%rbp)
   735: 488b80a8000000                 movq 0xa8(%rax), %rax
   73c: a801                           testb $0x1, %al
   73e: 0f8442ffffff                   je -0xbe
   744: e940ffffff                     jmp -0xc0
   749: e800000000                     callq 0x0
        # hole +0x74a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   74e: 488b442410                     movq 0x10(%rsp), %rax
   753: 488b4018                       movq 0x18(%rax), %rax
   757: 4c8bb080000000                 movq 0x80(%rax), %r14
   75e: 41f6c601                       testb $0x1, %r14b
   762: 0f855cfdffff                   jne -0x2a4
   768: e92ffdffff                     jmp -0x2d1
   76d: 4989d8                         movq %rbx, %r8
   770: 488b5c2408                     movq 0x8(%rsp), %rbx
   775: e9c2010000                     jmp 0x1c2
   77a: 488b742420                     movq 0x20(%rsp), %rsi
   77f: e9bd010000                     jmp 0x1bd
   784: e800000000                     callq 0x0
        # hole +0x785: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   789: 49ff0e                         decq (%r14)
   78c: 0f859cfdffff                   jne -0x264
   792: e98ffdffff                     jmp -0x271
   797: e800000000                     callq 0x0
        # hole +0x798: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   79c: 488b442410                     movq 0x10(%rsp), %rax
   7a1: 488b4018                       movq 0x18(%rax), %rax
   7a5: 4c8bb098000000                 movq 0x98(%rax), %r14
   7ac: 41f6c601                       testb $0x1, %r14b
   7b0: 0f85e7fdffff                   jne -0x219
   7b6: e9b7fdffff                     jmp -0x249
   7bb: e800000000                     callq 0x0
        # hole +0x7bc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7c0: 49ff0e                         decq (%r14)
   7c3: 0f8541feffff                   jne -0x1bf
   7c9: e934feffff                     jmp -0x1cc
   7ce: e800000000                     callq 0x0
        # hole +0x7cf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7d3: 488b442410                     movq 0x10(%rsp), %rax
   7d8: 488b4018                       movq 0x18(%rax), %rax
   7dc: 488b88b8000000                 movq 0xb8(%rax), %rcx
   7e3: f6c101                         testb $0x1, %cl
   7e6: 0f852effffff                   jne -0xd2
   7ec: e96ffeffff                     jmp -0x191
   7f1: e800000000                     callq 0x0
        # hole +0x7f2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7f6: 498b7d10                       movq 0x10(%r13), %rdi
   7fa: 40f6c701                       testb $0x1, %dil
   7fe: 0f84e4feffff                   je -0x11c
   804: 49ff0e                         decq (%r14)
   807: 7508                           jne 0x8
   809: 4c89f7                         movq %r14, %rdi
   80c: e800000000                     callq 0x0
        # hole +0x80d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   811: 4d85ff                         testq %r15, %r15
   814: 0f849f010000                   je 0x19f
   81a: 4d897d00                       movq %r15, (%r13)
   81e: 488b442410                     movq 0x10(%rsp), %rax
   823: 488b4018                       movq 0x18(%rax), %rax
   827: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   82e: 4c89b8b0000000                 movq %r15, 0xb0(%rax)
   835: 40f6c701                       testb $0x1, %dil
   839: 7534                           jne 0x34
   83b: 48ff0f                         decq (%rdi)
   83e: 49b8020000000a000000           movabsq $0xa00000002, %r8
   848: 0f840d010000                   je 0x10d
   84e: 4c8bb0d0000000                 movq 0xd0(%rax), %r14
   855: 41f6c601                       testb $0x1, %r14b
   859: 752b                           jne 0x2b
   85b: 49ff06                         incq (%r14)
   85e: 4d897500                       movq %r14, (%r13)
   862: 488b80c0000000                 movq 0xc0(%rax), %rax
   869: a801                           testb $0x1, %al
   86b: 7428                           je 0x28
   86d: eb2d                           jmp 0x2d
   86f: 49b8020000000a000000           movabsq $0xa00000002, %r8
   879: 4c8bb0d0000000                 movq 0xd0(%rax), %r14
   880: 41f6c601                       testb $0x1, %r14b
   884: 74d5                           je -0x2b
   886: 4d897500                       movq %r14, (%r13)
   88a: 488b80c0000000                 movq 0xc0(%rax), %rax
   891: a801                           testb $0x1, %al
   893: 7507                           jne 0x7
   895: 48ff00                         incq (%rax)
   898: 4d8b7500                       movq (%r13), %r14
   89c: 48894500                       movq %rax, (%rbp)
   8a0: 4983c02d                       addq $0x2d, %r8
   8a4: 41bcd6010000                   movl $0x1d6, %r12d
   8aa: 41f6c601                       testb $0x1, %r14b
   8ae: 0f8588000000                   jne 0x88
   8b4: 4c89442408                     movq %r8, 0x8(%rsp)
   8b9: 41837e0808                     cmpl $0x8, 0x8(%r14)
   8be: 0f853e010000                   jne 0x13e
   8c4: ba01000000                     movl $0x1, %edx
   8c9: 4889df                         movq %rbx, %rdi
   8cc: 4889ee                         movq %rbp, %rsi
   8cf: 41ff5638                       callq *0x38(%r14)
   8d3: 4989c7                         movq %rax, %r15
   8d6: 488b7d00                       movq (%rbp), %rdi
   8da: 40f6c701                       testb $0x1, %dil
   8de: 7509                           jne 0x9
   8e0: 48ff0f                         decq (%rdi)
   8e3: 0f849c000000                   je 0x9c
   8e9: 49ff0e                         decq (%r14)
   8ec: 7508                           jne 0x8
   8ee: 4c89f7                         movq %r14, %rdi
   8f1: e800000000                     callq 0x0
        # hole +0x8f2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8f6: 4d85ff                         testq %r15, %r15
   8f9: 0f84ba000000                   je 0xba
   8ff: 4d897d00                       movq %r15, (%r13)
   903: 488b442410                     movq 0x10(%rsp), %rax
   908: 488b4018                       movq 0x18(%rax), %rax
   90c: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   913: 4c89b8c8000000                 movq %r15, 0xc8(%rax)
   91a: 40f6c701                       testb $0x1, %dil
   91e: 750a                           jne 0xa
   920: 48ff0f                         decq (%rdi)
   923: 7505                           jne 0x5
   925: e800000000                     callq 0x0
        # hole +0x926: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   92a: 4c8b642410                     movq 0x10(%rsp), %r12
   92f: 4989de                         movq %rbx, %r14
   932: 4883c430                       addq $0x30, %rsp
   936: 5d                             popq %rbp
   937: e900000000                     jmp 0x0
        # hole +0x938: R_X86_64_PLT32 Rel32 continue-4
   93c: 488b742418                     movq 0x18(%rsp), %rsi
   941: b901000000                     movl $0x1, %ecx
   946: 488b7c2410                     movq 0x10(%rsp), %rdi
   94b: 4889da                         movq %rbx, %rdx
   94e: 4d89e1                         movq %r12, %r9
   951: 4883c430                       addq $0x30, %rsp
   955: 5d                             popq %rbp
   956: e900000000                     jmp 0x0
        # hole +0x957: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   95b: 4d89c6                         movq %r8, %r14
   95e: e800000000                     callq 0x0
        # hole +0x95f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   963: 4d89f0                         movq %r14, %r8
   966: 488b442410                     movq 0x10(%rsp), %rax
   96b: 488b4018                       movq 0x18(%rax), %rax
   96f: 4c8bb0d0000000                 movq 0xd0(%rax), %r14
   976: 41f6c601                       testb $0x1, %r14b
   97a: 0f8506ffffff                   jne -0xfa
   980: e9d6feffff                     jmp -0x12a
   985: e800000000                     callq 0x0
        # hole +0x986: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   98a: 49ff0e                         decq (%r14)
   98d: 0f8563ffffff                   jne -0x9d
   993: e956ffffff                     jmp -0xaa
   998: 4c89ee                         movq %r13, %rsi
   99b: b903000000                     movl $0x3, %ecx
   9a0: 4989d8                         movq %rbx, %r8
   9a3: 488b5c2408                     movq 0x8(%rsp), %rbx
   9a8: eb9c                           jmp -0x64
   9aa: 4c89ee                         movq %r13, %rsi
   9ad: b903000000                     movl $0x3, %ecx
   9b2: 4c8b442428                     movq 0x28(%rsp), %r8
   9b7: eb8d                           jmp -0x73
   9b9: 4c89ee                         movq %r13, %rsi
   9bc: b903000000                     movl $0x3, %ecx
   9c1: 4c8b442408                     movq 0x8(%rsp), %r8
   9c6: e97bffffff                     jmp -0x85
   9cb: 4c89ee                         movq %r13, %rsi
   9ce: b903000000                     movl $0x3, %ecx
   9d3: 49b8020000000a000000           movabsq $0xa00000002, %r8
   9dd: e964ffffff                     jmp -0x9c
   9e2: 488b742420                     movq 0x20(%rsp), %rsi
   9e7: 4c8b442428                     movq 0x28(%rsp), %r8
   9ec: e950ffffff                     jmp -0xb0
   9f1: 488b742418                     movq 0x18(%rsp), %rsi
   9f6: e94bffffff                     jmp -0xb5
   9fb: 488b742420                     movq 0x20(%rsp), %rsi
   a00: eb05                           jmp 0x5
   a02: 488b742418                     movq 0x18(%rsp), %rsi
   a07: 4c8b442408                     movq 0x8(%rsp), %r8
   a0c: e930ffffff                     jmp -0xd0
