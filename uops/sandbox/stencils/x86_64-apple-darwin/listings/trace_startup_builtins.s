# stencil startup_builtins for x86_64-apple-darwin: 2547 code bytes, 0 data bytes, 29 holes
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
    28: 7503                           jne 0x3
    2a: 48ff00                         incq (%rax)
    2d: 49b8020000000a000000           movabsq $0xa00000002, %r8
    37: 498d7510                       leaq 0x10(%r13), %rsi
    3b: 49894508                       movq %rax, 0x8(%r13)
    3f: 41bc14000000                   movl $0x14, %r12d
    45: b901000000                     movl $0x1, %ecx
    4a: 41f6c601                       testb $0x1, %r14b
    4e: 0f851d090000                   jne 0x91d
    54: 4889742418                     movq %rsi, 0x18(%rsp)
    59: 41837e0808                     cmpl $0x8, 0x8(%r14)
    5e: 0f8572090000                   jne 0x972
    64: 498d6d08                       leaq 0x8(%r13), %rbp
    68: ba01000000                     movl $0x1, %edx
    6d: 4889df                         movq %rbx, %rdi
    70: 4889ee                         movq %rbp, %rsi
    73: 41ff5638                       callq *0x38(%r14)
    77: 4989c7                         movq %rax, %r15
    7a: 488b7d00                       movq (%rbp), %rdi
    7e: 40f6c701                       testb $0x1, %dil
    82: 7509                           jne 0x9
    84: 48ff0f                         decq (%rdi)
    87: 0f84ea010000                   je 0x1ea
    8d: 49ff0e                         decq (%r14)
    90: 7508                           jne 0x8
    92: 4c89f7                         movq %r14, %rdi
    95: e800000000                     callq 0x0
        # hole +0x96: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    9a: 4d85ff                         testq %r15, %r15
    9d: 0f8413090000                   je 0x913
    a3: 4d897d00                       movq %r15, (%r13)
    a7: 488b442410                     movq 0x10(%rsp), %rax
    ac: 488b4018                       movq 0x18(%rax), %rax
    b0: 488b7808                       movq 0x8(%rax), %rdi
    b4: 4c897808                       movq %r15, 0x8(%rax)
    b8: 40f6c701                       testb $0x1, %dil
    bc: 7509                           jne 0x9
    be: 48ff0f                         decq (%rdi)
    c1: 0f84c3010000                   je 0x1c3
    c7: 4c8b7028                       movq 0x28(%rax), %r14
    cb: 41f6c601                       testb $0x1, %r14b
    cf: 48b9020000000a000000           movabsq $0xa00000002, %rcx
    d9: 7503                           jne 0x3
    db: 49ff06                         incq (%r14)
    de: 48895c2408                     movq %rbx, 0x8(%rsp)
    e3: 4d897500                       movq %r14, (%r13)
    e7: 488b4018                       movq 0x18(%rax), %rax
    eb: a801                           testb $0x1, %al
    ed: 7503                           jne 0x3
    ef: 48ff00                         incq (%rax)
    f2: 48894500                       movq %rax, (%rbp)
    f6: 488d5906                       leaq 0x6(%rcx), %rbx
    fa: 41bc50000000                   movl $0x50, %r12d
   100: 41f6c601                       testb $0x1, %r14b
   104: 0f8557060000                   jne 0x657
   10a: 41837e0808                     cmpl $0x8, 0x8(%r14)
   10f: 0f854c060000                   jne 0x64c
   115: ba01000000                     movl $0x1, %edx
   11a: 488b7c2408                     movq 0x8(%rsp), %rdi
   11f: 4889ee                         movq %rbp, %rsi
   122: 41ff5638                       callq *0x38(%r14)
   126: 4989c7                         movq %rax, %r15
   129: 488b7d00                       movq (%rbp), %rdi
   12d: 40f6c701                       testb $0x1, %dil
   131: 7509                           jne 0x9
   133: 48ff0f                         decq (%rdi)
   136: 0f8479010000                   je 0x179
   13c: 49ff0e                         decq (%r14)
   13f: 7508                           jne 0x8
   141: 4c89f7                         movq %r14, %rdi
   144: e800000000                     callq 0x0
        # hole +0x145: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   149: 4d85ff                         testq %r15, %r15
   14c: 0f8434080000                   je 0x834
   152: 4d897d00                       movq %r15, (%r13)
   156: 488b442410                     movq 0x10(%rsp), %rax
   15b: 488b4018                       movq 0x18(%rax), %rax
   15f: 488b7820                       movq 0x20(%rax), %rdi
   163: 4c897820                       movq %r15, 0x20(%rax)
   167: 40f6c701                       testb $0x1, %dil
   16b: 0f85c0000000                   jne 0xc0
   171: 48ff0f                         decq (%rdi)
   174: 488b5c2408                     movq 0x8(%rsp), %rbx
   179: 49bf020000000a000000           movabsq $0xa00000002, %r15
   183: 0f843f010000                   je 0x13f
   189: 4c8b7048                       movq 0x48(%rax), %r14
   18d: 41f6c601                       testb $0x1, %r14b
   191: 0f85b7000000                   jne 0xb7
   197: 49ff06                         incq (%r14)
   19a: 4d897500                       movq %r14, (%r13)
   19e: 488b4830                       movq 0x30(%rax), %rcx
   1a2: f6c101                         testb $0x1, %cl
   1a5: 0f84b4000000                   je 0xb4
   1ab: 48894d00                       movq %rcx, (%rbp)
   1af: 488b4038                       movq 0x38(%rax), %rax
   1b3: a801                           testb $0x1, %al
   1b5: 7503                           jne 0x3
   1b7: 48ff00                         incq (%rax)
   1ba: 498d7518                       leaq 0x18(%r13), %rsi
   1be: 49894510                       movq %rax, 0x10(%r13)
   1c2: 4d8d470d                       leaq 0xd(%r15), %r8
   1c6: 41bc96000000                   movl $0x96, %r12d
   1cc: 41f6c601                       testb $0x1, %r14b
   1d0: 0f8596070000                   jne 0x796
   1d6: 4c89442420                     movq %r8, 0x20(%rsp)
   1db: 4889742428                     movq %rsi, 0x28(%rsp)
   1e0: 41837e0808                     cmpl $0x8, 0x8(%r14)
   1e5: 0f85df070000                   jne 0x7df
   1eb: ba02000000                     movl $0x2, %edx
   1f0: 4889df                         movq %rbx, %rdi
   1f3: 4889ee                         movq %rbp, %rsi
   1f6: 41ff5638                       callq *0x38(%r14)
   1fa: 4989c7                         movq %rax, %r15
   1fd: 488b7d00                       movq (%rbp), %rdi
   201: 40f6c701                       testb $0x1, %dil
   205: 7509                           jne 0x9
   207: 48ff0f                         decq (%rdi)
   20a: 0f84d9000000                   je 0xd9
   210: 498b7d10                       movq 0x10(%r13), %rdi
   214: 40f6c701                       testb $0x1, %dil
   218: 0f85de000000                   jne 0xde
   21e: 48ff0f                         decq (%rdi)
   221: 0f85d5000000                   jne 0xd5
   227: e800000000                     callq 0x0
        # hole +0x228: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   22c: e9cb000000                     jmp 0xcb
   231: 488b5c2408                     movq 0x8(%rsp), %rbx
   236: 49bf020000000a000000           movabsq $0xa00000002, %r15
   240: 4c8b7048                       movq 0x48(%rax), %r14
   244: 41f6c601                       testb $0x1, %r14b
   248: 0f8449ffffff                   je -0xb7
   24e: 4d897500                       movq %r14, (%r13)
   252: 488b4830                       movq 0x30(%rax), %rcx
   256: f6c101                         testb $0x1, %cl
   259: 0f854cffffff                   jne -0xb4
   25f: 48ff01                         incq (%rcx)
   262: 48894d00                       movq %rcx, (%rbp)
   266: 488b4038                       movq 0x38(%rax), %rax
   26a: a801                           testb $0x1, %al
   26c: 0f8445ffffff                   je -0xbb
   272: e943ffffff                     jmp -0xbd
   277: e800000000                     callq 0x0
        # hole +0x278: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   27c: 49ff0e                         decq (%r14)
   27f: 0f8515feffff                   jne -0x1eb
   285: e908feffff                     jmp -0x1f8
   28a: e800000000                     callq 0x0
        # hole +0x28b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   28f: 488b442410                     movq 0x10(%rsp), %rax
   294: 488b4018                       movq 0x18(%rax), %rax
   298: 4c8b7028                       movq 0x28(%rax), %r14
   29c: 41f6c601                       testb $0x1, %r14b
   2a0: 48b9020000000a000000           movabsq $0xa00000002, %rcx
   2aa: 0f842bfeffff                   je -0x1d5
   2b0: e929feffff                     jmp -0x1d7
   2b5: e800000000                     callq 0x0
        # hole +0x2b6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2ba: 49ff0e                         decq (%r14)
   2bd: 0f8586feffff                   jne -0x17a
   2c3: e979feffff                     jmp -0x187
   2c8: e800000000                     callq 0x0
        # hole +0x2c9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2cd: 488b442410                     movq 0x10(%rsp), %rax
   2d2: 488b4018                       movq 0x18(%rax), %rax
   2d6: 4c8b7048                       movq 0x48(%rax), %r14
   2da: 41f6c601                       testb $0x1, %r14b
   2de: 0f856affffff                   jne -0x96
   2e4: e9aefeffff                     jmp -0x152
   2e9: e800000000                     callq 0x0
        # hole +0x2ea: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2ee: 498b7d10                       movq 0x10(%r13), %rdi
   2f2: 40f6c701                       testb $0x1, %dil
   2f6: 0f8422ffffff                   je -0xde
   2fc: 49ff0e                         decq (%r14)
   2ff: 7508                           jne 0x8
   301: 4c89f7                         movq %r14, %rdi
   304: e800000000                     callq 0x0
        # hole +0x305: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   309: 4d85ff                         testq %r15, %r15
   30c: 0f8486060000                   je 0x686
   312: 4d897d00                       movq %r15, (%r13)
   316: 488b442410                     movq 0x10(%rsp), %rax
   31b: 488b4018                       movq 0x18(%rax), %rax
   31f: 488b7840                       movq 0x40(%rax), %rdi
   323: 4c897840                       movq %r15, 0x40(%rax)
   327: 40f6c701                       testb $0x1, %dil
   32b: 0f85a7000000                   jne 0xa7
   331: 48ff0f                         decq (%rdi)
   334: 49bf020000000a000000           movabsq $0xa00000002, %r15
   33e: 0f84d5000000                   je 0xd5
   344: 4c8b7068                       movq 0x68(%rax), %r14
   348: 41f6c601                       testb $0x1, %r14b
   34c: 0f859e000000                   jne 0x9e
   352: 49ff06                         incq (%r14)
   355: 4d897500                       movq %r14, (%r13)
   359: 488b4850                       movq 0x50(%rax), %rcx
   35d: f6c101                         testb $0x1, %cl
   360: 0f849b000000                   je 0x9b
   366: 48894d00                       movq %rcx, (%rbp)
   36a: 488b4058                       movq 0x58(%rax), %rax
   36e: a801                           testb $0x1, %al
   370: 7503                           jne 0x3
   372: 48ff00                         incq (%rax)
   375: 488b4c2418                     movq 0x18(%rsp), %rcx
   37a: 488901                         movq %rax, (%rcx)
   37d: 4d8d4714                       leaq 0x14(%r15), %r8
   381: 41bcdc000000                   movl $0xdc, %r12d
   387: 41f6c601                       testb $0x1, %r14b
   38b: 0f85d6050000                   jne 0x5d6
   391: 4c89442420                     movq %r8, 0x20(%rsp)
   396: 41837e0808                     cmpl $0x8, 0x8(%r14)
   39b: 0f8529060000                   jne 0x629
   3a1: ba02000000                     movl $0x2, %edx
   3a6: 4889df                         movq %rbx, %rdi
   3a9: 4889ee                         movq %rbp, %rsi
   3ac: 41ff5638                       callq *0x38(%r14)
   3b0: 4989c7                         movq %rax, %r15
   3b3: 488b7d00                       movq (%rbp), %rdi
   3b7: 40f6c701                       testb $0x1, %dil
   3bb: 7505                           jne 0x5
   3bd: 48ff0f                         decq (%rdi)
   3c0: 7474                           je 0x74
   3c2: 498b7d10                       movq 0x10(%r13), %rdi
   3c6: 40f6c701                       testb $0x1, %dil
   3ca: 7579                           jne 0x79
   3cc: 48ff0f                         decq (%rdi)
   3cf: 7574                           jne 0x74
   3d1: e800000000                     callq 0x0
        # hole +0x3d2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3d6: eb6d                           jmp 0x6d
   3d8: 49bf020000000a000000           movabsq $0xa00000002, %r15
   3e2: 4c8b7068                       movq 0x68(%rax), %r14
   3e6: 41f6c601                       testb $0x1, %r14b
   3ea: 0f8462ffffff                   je -0x9e
   3f0: 4d897500                       movq %r14, (%r13)
   3f4: 488b4850                       movq 0x50(%rax), %rcx
   3f8: f6c101                         testb $0x1, %cl
   3fb: 0f8565ffffff                   jne -0x9b
   401: 48ff01                         incq (%rcx)
   404: 48894d00                       movq %rcx, (%rbp)
   408: 488b4058                       movq 0x58(%rax), %rax
   40c: a801                           testb $0x1, %al
   40e: 0f845effffff                   je -0xa2
   414: e95cffffff                     jmp -0xa4
   419: e800000000                     callq 0x0
        # hole +0x41a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   41e: 488b442410                     movq 0x10(%rsp), %rax
   423: 488b4018                       movq 0x18(%rax), %rax
   427: 4c8b7068                       movq 0x68(%rax), %r14
   42b: 41f6c601                       testb $0x1, %r14b
   42f: 75bf                           jne -0x41
   431: e91cffffff                     jmp -0xe4
   436: e800000000                     callq 0x0
        # hole +0x437: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   43b: 498b7d10                       movq 0x10(%r13), %rdi
   43f: 40f6c701                       testb $0x1, %dil
   443: 7487                           je -0x79
   445: 49ff0e                         decq (%r14)
   448: 7508                           jne 0x8
   44a: 4c89f7                         movq %r14, %rdi
   44d: e800000000                     callq 0x0
        # hole +0x44e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   452: 4d85ff                         testq %r15, %r15
   455: 0f843d050000                   je 0x53d
   45b: 4d897d00                       movq %r15, (%r13)
   45f: 488b442410                     movq 0x10(%rsp), %rax
   464: 488b4018                       movq 0x18(%rax), %rax
   468: 488b7860                       movq 0x60(%rax), %rdi
   46c: 4c897860                       movq %r15, 0x60(%rax)
   470: 40f6c701                       testb $0x1, %dil
   474: 7531                           jne 0x31
   476: 48ff0f                         decq (%rdi)
   479: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   483: 0f84b4020000                   je 0x2b4
   489: 4c8bb080000000                 movq 0x80(%rax), %r14
   490: 41f6c601                       testb $0x1, %r14b
   494: 7528                           jne 0x28
   496: 49ff06                         incq (%r14)
   499: 4d897500                       movq %r14, (%r13)
   49d: 488b4070                       movq 0x70(%rax), %rax
   4a1: a801                           testb $0x1, %al
   4a3: 7425                           je 0x25
   4a5: eb26                           jmp 0x26
   4a7: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   4b1: 4c8bb080000000                 movq 0x80(%rax), %r14
   4b8: 41f6c601                       testb $0x1, %r14b
   4bc: 74d8                           je -0x28
   4be: 4d897500                       movq %r14, (%r13)
   4c2: 488b4070                       movq 0x70(%rax), %rax
   4c6: a801                           testb $0x1, %al
   4c8: 7503                           jne 0x3
   4ca: 48ff00                         incq (%rax)
   4cd: 48894500                       movq %rax, (%rbp)
   4d1: 4883c31a                       addq $0x1a, %rbx
   4d5: 41bc18010000                   movl $0x118, %r12d
   4db: 41f6c601                       testb $0x1, %r14b
   4df: 0f857c020000                   jne 0x27c
   4e5: 41837e0808                     cmpl $0x8, 0x8(%r14)
   4ea: 0f8571020000                   jne 0x271
   4f0: ba01000000                     movl $0x1, %edx
   4f5: 488b7c2408                     movq 0x8(%rsp), %rdi
   4fa: 4889ee                         movq %rbp, %rsi
   4fd: 41ff5638                       callq *0x38(%r14)
   501: 4989c7                         movq %rax, %r15
   504: 488b7d00                       movq (%rbp), %rdi
   508: 40f6c701                       testb $0x1, %dil
   50c: 7509                           jne 0x9
   50e: 48ff0f                         decq (%rdi)
   511: 0f8457020000                   je 0x257
   517: 49ff0e                         decq (%r14)
   51a: 7508                           jne 0x8
   51c: 4c89f7                         movq %r14, %rdi
   51f: e800000000                     callq 0x0
        # hole +0x520: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   524: 4d85ff                         testq %r15, %r15
   527: 0f8459040000                   je 0x459
   52d: 4d897d00                       movq %r15, (%r13)
   531: 488b442410                     movq 0x10(%rsp), %rax
   536: 488b4018                       movq 0x18(%rax), %rax
   53a: 488b7878                       movq 0x78(%rax), %rdi
   53e: 4c897878                       movq %r15, 0x78(%rax)
   542: 40f6c701                       testb $0x1, %dil
   546: 7534                           jne 0x34
   548: 48ff0f                         decq (%rdi)
   54b: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   555: 0f8426020000                   je 0x226
   55b: 4c8bb098000000                 movq 0x98(%rax), %r14
   562: 41f6c601                       testb $0x1, %r14b
   566: 752b                           jne 0x2b
   568: 49ff06                         incq (%r14)
   56b: 4d897500                       movq %r14, (%r13)
   56f: 488b8088000000                 movq 0x88(%rax), %rax
   576: a801                           testb $0x1, %al
   578: 7428                           je 0x28
   57a: eb29                           jmp 0x29
   57c: 48bb020000000a000000           movabsq $0xa00000002, %rbx
   586: 4c8bb098000000                 movq 0x98(%rax), %r14
   58d: 41f6c601                       testb $0x1, %r14b
   591: 74d5                           je -0x2b
   593: 4d897500                       movq %r14, (%r13)
   597: 488b8088000000                 movq 0x88(%rax), %rax
   59e: a801                           testb $0x1, %al
   5a0: 7503                           jne 0x3
   5a2: 48ff00                         incq (%rax)
   5a5: 48894500                       movq %rax, (%rbp)
   5a9: 4883c320                       addq $0x20, %rbx
   5ad: 41bc54010000                   movl $0x154, %r12d
   5b3: 41f6c601                       testb $0x1, %r14b
   5b7: 0f85a4010000                   jne 0x1a4
   5bd: 41837e0808                     cmpl $0x8, 0x8(%r14)
   5c2: 0f8599010000                   jne 0x199
   5c8: ba01000000                     movl $0x1, %edx
   5cd: 488b7c2408                     movq 0x8(%rsp), %rdi
   5d2: 4889ee                         movq %rbp, %rsi
   5d5: 41ff5638                       callq *0x38(%r14)
   5d9: 4989c7                         movq %rax, %r15
   5dc: 488b7d00                       movq (%rbp), %rdi
   5e0: 40f6c701                       testb $0x1, %dil
   5e4: 7509                           jne 0x9
   5e6: 48ff0f                         decq (%rdi)
   5e9: 0f84b6010000                   je 0x1b6
   5ef: 49ff0e                         decq (%r14)
   5f2: 7508                           jne 0x8
   5f4: 4c89f7                         movq %r14, %rdi
   5f7: e800000000                     callq 0x0
        # hole +0x5f8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5fc: 4d85ff                         testq %r15, %r15
   5ff: 0f8481030000                   je 0x381
   605: 4d897d00                       movq %r15, (%r13)
   609: 488b442410                     movq 0x10(%rsp), %rax
   60e: 488b4018                       movq 0x18(%rax), %rax
   612: 488bb890000000                 movq 0x90(%rax), %rdi
   619: 4c89b890000000                 movq %r15, 0x90(%rax)
   620: 40f6c701                       testb $0x1, %dil
   624: 0f85c4000000                   jne 0xc4
   62a: 48ff0f                         decq (%rdi)
   62d: 488b5c2408                     movq 0x8(%rsp), %rbx
   632: 49bf020000000a000000           movabsq $0xa00000002, %r15
   63c: 0f8476010000                   je 0x176
   642: 4c8bb0b8000000                 movq 0xb8(%rax), %r14
   649: 41f6c601                       testb $0x1, %r14b
   64d: 0f85bb000000                   jne 0xbb
   653: 49ff06                         incq (%r14)
   656: 4d897500                       movq %r14, (%r13)
   65a: 488b88a0000000                 movq 0xa0(%rax), %rcx
   661: f6c101                         testb $0x1, %cl
   664: 0f84b8000000                   je 0xb8
   66a: 48894d00                       movq %rcx, (%rbp)
   66e: 488b80a8000000                 movq 0xa8(%rax), %rax
   675: a801                           testb $0x1, %al
   677: 7503                           jne 0x3
   679: 48ff00                         incq (%rax)
   67c: 488b4c2418                     movq 0x18(%rsp), %rcx
   681: 488901                         movq %rax, (%rcx)
   684: 4d8d4727                       leaq 0x27(%r15), %r8
   688: 41bc9a010000                   movl $0x19a, %r12d
   68e: 41f6c601                       testb $0x1, %r14b
   692: 0f85cf020000                   jne 0x2cf
   698: 4c89442408                     movq %r8, 0x8(%rsp)
   69d: 41837e0808                     cmpl $0x8, 0x8(%r14)
   6a2: 0f8535030000                   jne 0x335
   6a8: ba02000000                     movl $0x2, %edx
   6ad: 4889df                         movq %rbx, %rdi
   6b0: 4889ee                         movq %rbp, %rsi
   6b3: 41ff5638                       callq *0x38(%r14)
   6b7: 4989c7                         movq %rax, %r15
   6ba: 488b7d00                       movq (%rbp), %rdi
   6be: 40f6c701                       testb $0x1, %dil
   6c2: 7509                           jne 0x9
   6c4: 48ff0f                         decq (%rdi)
   6c7: 0f840f010000                   je 0x10f
   6cd: 498b7d10                       movq 0x10(%r13), %rdi
   6d1: 40f6c701                       testb $0x1, %dil
   6d5: 0f8514010000                   jne 0x114
   6db: 48ff0f                         decq (%rdi)
   6de: 0f850b010000                   jne 0x10b
   6e4: e800000000                     callq 0x0
        # hole +0x6e5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6e9: e901010000                     jmp 0x101
   6ee: 488b5c2408                     movq 0x8(%rsp), %rbx
   6f3: 49bf020000000a000000           movabsq $0xa00000002, %r15
   6fd: 4c8bb0b8000000                 movq 0xb8(%rax), %r14
   704: 41f6c601                       testb $0x1, %r14b
   708: 0f8445ffffff                   je -0xbb
   70e: 4d897500                       movq %r14, (%r13)
   712: 488b88a0000000                 movq 0xa0(%rax), %rcx
   719: f6c101                         testb $0x1, %cl
   71c: 0f8548ffffff                   jne -0xb8
   722: 48ff01                         incq (%rcx)
   725: 48894d00                       movq %rcx, (%rbp)
   729: 488b80a8000000                 movq 0xa8(%rax), %rax
   730: a801                           testb $0x1, %al
   732: 0f8441ffffff                   je -0xbf
   738: e93fffffff                     jmp -0xc1
   73d: e800000000                     callq 0x0
        # hole +0x73e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   742: 488b442410                     movq 0x10(%rsp), %rax
   747: 488b4018                       movq 0x18(%rax), %rax
   74b: 4c8bb080000000                 movq 0x80(%rax), %r14
   752: 41f6c601                       testb $0x1, %r14b
   756: 0f8562fdffff                   jne -0x29e
   75c: e935fdffff                     jmp -0x2cb
   761: 4989d8                         movq %rbx, %r8
   764: 488b5c2408                     movq 0x8(%rsp), %rbx
   769: e9b5010000                     jmp 0x1b5
   76e: e800000000                     callq 0x0
        # hole +0x76f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   773: 49ff0e                         decq (%r14)
   776: 0f85a8fdffff                   jne -0x258
   77c: e99bfdffff                     jmp -0x265
   781: e800000000                     callq 0x0
        # hole +0x782: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   786: 488b442410                     movq 0x10(%rsp), %rax
   78b: 488b4018                       movq 0x18(%rax), %rax
   78f: 4c8bb098000000                 movq 0x98(%rax), %r14
   796: 41f6c601                       testb $0x1, %r14b
   79a: 0f85f3fdffff                   jne -0x20d
   7a0: e9c3fdffff                     jmp -0x23d
   7a5: e800000000                     callq 0x0
        # hole +0x7a6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7aa: 49ff0e                         decq (%r14)
   7ad: 0f8549feffff                   jne -0x1b7
   7b3: e93cfeffff                     jmp -0x1c4
   7b8: e800000000                     callq 0x0
        # hole +0x7b9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7bd: 488b442410                     movq 0x10(%rsp), %rax
   7c2: 488b4018                       movq 0x18(%rax), %rax
   7c6: 4c8bb0b8000000                 movq 0xb8(%rax), %r14
   7cd: 41f6c601                       testb $0x1, %r14b
   7d1: 0f8537ffffff                   jne -0xc9
   7d7: e977feffff                     jmp -0x189
   7dc: e800000000                     callq 0x0
        # hole +0x7dd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7e1: 498b7d10                       movq 0x10(%r13), %rdi
   7e5: 40f6c701                       testb $0x1, %dil
   7e9: 0f84ecfeffff                   je -0x114
   7ef: 49ff0e                         decq (%r14)
   7f2: 7508                           jne 0x8
   7f4: 4c89f7                         movq %r14, %rdi
   7f7: e800000000                     callq 0x0
        # hole +0x7f8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7fc: 4d85ff                         testq %r15, %r15
   7ff: 0f84a2010000                   je 0x1a2
   805: 4d897d00                       movq %r15, (%r13)
   809: 488b442410                     movq 0x10(%rsp), %rax
   80e: 488b4018                       movq 0x18(%rax), %rax
   812: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   819: 4c89b8b0000000                 movq %r15, 0xb0(%rax)
   820: 40f6c701                       testb $0x1, %dil
   824: 7534                           jne 0x34
   826: 48ff0f                         decq (%rdi)
   829: 49b8020000000a000000           movabsq $0xa00000002, %r8
   833: 0f84f1000000                   je 0xf1
   839: 4c8bb0d0000000                 movq 0xd0(%rax), %r14
   840: 41f6c601                       testb $0x1, %r14b
   844: 752b                           jne 0x2b
   846: 49ff06                         incq (%r14)
   849: 4d897500                       movq %r14, (%r13)
   84d: 488b80c0000000                 movq 0xc0(%rax), %rax
   854: a801                           testb $0x1, %al
   856: 7428                           je 0x28
   858: eb29                           jmp 0x29
   85a: 49b8020000000a000000           movabsq $0xa00000002, %r8
   864: 4c8bb0d0000000                 movq 0xd0(%rax), %r14
   86b: 41f6c601                       testb $0x1, %r14b
   86f: 74d5                           je -0x2b
   871: 4d897500                       movq %r14, (%r13)
   875: 488b80c0000000                 movq 0xc0(%rax), %rax
   87c: a801                           testb $0x1, %al
   87e: 7503                           jne 0x3
   880: 48ff00                         incq (%rax)
   883: 48894500                       movq %rax, (%rbp)
   887: 4983c02d                       addq $0x2d, %r8
   88b: 41bcd6010000                   movl $0x1d6, %r12d
   891: 41f6c601                       testb $0x1, %r14b
   895: 0f8588000000                   jne 0x88
   89b: 4c89442408                     movq %r8, 0x8(%rsp)
   8a0: 41837e0808                     cmpl $0x8, 0x8(%r14)
   8a5: 0f8539010000                   jne 0x139
   8ab: ba01000000                     movl $0x1, %edx
   8b0: 4889df                         movq %rbx, %rdi
   8b3: 4889ee                         movq %rbp, %rsi
   8b6: 41ff5638                       callq *0x38(%r14)
   8ba: 4989c7                         movq %rax, %r15
   8bd: 488b7d00                       movq (%rbp), %rdi
   8c1: 40f6c701                       testb $0x1, %dil
   8c5: 7509                           jne 0x9
   8c7: 48ff0f                         decq (%rdi)
   8ca: 0f8484000000                   je 0x84
   8d0: 49ff0e                         decq (%r14)
   8d3: 7508                           jne 0x8
   8d5: 4c89f7                         movq %r14, %rdi
   8d8: e800000000                     callq 0x0
        # hole +0x8d9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8dd: 4d85ff                         testq %r15, %r15
   8e0: 0f84c1000000                   je 0xc1
   8e6: 4d897d00                       movq %r15, (%r13)
   8ea: 488b442410                     movq 0x10(%rsp), %rax
   8ef: 488b4018                       movq 0x18(%rax), %rax
   8f3: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   8fa: 4c89b8c8000000                 movq %r15, 0xc8(%rax)
   901: 40f6c701                       testb $0x1, %dil
   905: 750a                           jne 0xa
   907: 48ff0f                         decq (%rdi)
   90a: 7505                           jne 0x5
   90c: e800000000                     callq 0x0
        # hole +0x90d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   911: 4c8b642410                     movq 0x10(%rsp), %r12
   916: 4989de                         movq %rbx, %r14
   919: 4883c430                       addq $0x30, %rsp
   91d: 5d                             popq %rbp
   91e: e900000000                     jmp 0x0
        # hole +0x91f: X86_64_RELOC_BRANCH Rel32 continue-4
   923: 488b742418                     movq 0x18(%rsp), %rsi
   928: eb42                           jmp 0x42
   92a: 4d89c6                         movq %r8, %r14
   92d: e800000000                     callq 0x0
        # hole +0x92e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   932: 4d89f0                         movq %r14, %r8
   935: 488b442410                     movq 0x10(%rsp), %rax
   93a: 488b4018                       movq 0x18(%rax), %rax
   93e: 4c8bb0d0000000                 movq 0xd0(%rax), %r14
   945: 41f6c601                       testb $0x1, %r14b
   949: 0f8522ffffff                   jne -0xde
   94f: e9f2feffff                     jmp -0x10e
   954: e800000000                     callq 0x0
        # hole +0x955: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   959: 49ff0e                         decq (%r14)
   95c: 0f857bffffff                   jne -0x85
   962: e96effffff                     jmp -0x92
   967: 488b742428                     movq 0x28(%rsp), %rsi
   96c: b901000000                     movl $0x1, %ecx
   971: 488b7c2410                     movq 0x10(%rsp), %rdi
   976: 4889da                         movq %rbx, %rdx
   979: 4d89e1                         movq %r12, %r9
   97c: 4883c430                       addq $0x30, %rsp
   980: 5d                             popq %rbp
   981: e900000000                     jmp 0x0
        # hole +0x982: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   986: 4c89ee                         movq %r13, %rsi
   989: b903000000                     movl $0x3, %ecx
   98e: 4989d8                         movq %rbx, %r8
   991: 488b5c2408                     movq 0x8(%rsp), %rbx
   996: ebd9                           jmp -0x27
   998: 4c89ee                         movq %r13, %rsi
   99b: b903000000                     movl $0x3, %ecx
   9a0: 4c8b442420                     movq 0x20(%rsp), %r8
   9a5: ebca                           jmp -0x36
   9a7: 4c89ee                         movq %r13, %rsi
   9aa: b903000000                     movl $0x3, %ecx
   9af: 4c8b442408                     movq 0x8(%rsp), %r8
   9b4: ebbb                           jmp -0x45
   9b6: 4c89ee                         movq %r13, %rsi
   9b9: b903000000                     movl $0x3, %ecx
   9be: 49b8020000000a000000           movabsq $0xa00000002, %r8
   9c8: eba7                           jmp -0x59
   9ca: 488b742428                     movq 0x28(%rsp), %rsi
   9cf: 4c8b442420                     movq 0x20(%rsp), %r8
   9d4: eb96                           jmp -0x6a
   9d6: 488b742418                     movq 0x18(%rsp), %rsi
   9db: eb94                           jmp -0x6c
   9dd: 488b742428                     movq 0x28(%rsp), %rsi
   9e2: eb05                           jmp 0x5
   9e4: 488b742418                     movq 0x18(%rsp), %rsi
   9e9: 4c8b442408                     movq 0x8(%rsp), %r8
   9ee: e979ffffff                     jmp -0x87
