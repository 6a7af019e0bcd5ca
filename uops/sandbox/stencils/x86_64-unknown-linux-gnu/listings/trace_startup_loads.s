# stencil startup_loads for x86_64-unknown-linux-gnu: 2627 code bytes, 0 data bytes, 57 holes
     0: 50                             pushq %rax
     1: 498b442418                     movq 0x18(%r12), %rax
     6: 488b08                         movq (%rax), %rcx
     9: f6c101                         testb $0x1, %cl
     c: 7503                           jne 0x3
     e: 48ff01                         incq (%rcx)
    11: 49894d00                       movq %rcx, (%r13)
    15: 488b5008                       movq 0x8(%rax), %rdx
    19: f6c201                         testb $0x1, %dl
    1c: 7507                           jne 0x7
    1e: 48ff02                         incq (%rdx)
    21: 498b4d00                       movq (%r13), %rcx
    25: 89ce                           movl %ecx, %esi
    27: 83e601                         andl $0x1, %esi
    2a: 49895508                       movq %rdx, 0x8(%r13)
    2e: 4885f6                         testq %rsi, %rsi
    31: 0f8432030000                   je 0x332
    37: 89d6                           movl %edx, %esi
    39: 83e601                         andl $0x1, %esi
    3c: 0f8427030000                   je 0x327
    42: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    4c: 48d1f9                         sarq %rcx
    4f: 48d1fa                         sarq %rdx
    52: 4801ca                         addq %rcx, %rdx
    55: 4889d1                         movq %rdx, %rcx
    58: 4801d9                         addq %rbx, %rcx
    5b: 0f8921030000                   jns 0x321
    61: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    69: 49894d00                       movq %rcx, (%r13)
    6d: 488b7810                       movq 0x10(%rax), %rdi
    71: 48894810                       movq %rcx, 0x10(%rax)
    75: 40f6c701                       testb $0x1, %dil
    79: 7509                           jne 0x9
    7b: 48ff0f                         decq (%rdi)
    7e: 0f84c3000000                   je 0xc3
    84: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x86: R_X86_64_64 Abs64 operand0[7]+0
    8e: f6c101                         testb $0x1, %cl
    91: 7503                           jne 0x3
    93: 48ff01                         incq (%rcx)
    96: 49894d00                       movq %rcx, (%r13)
    9a: 498b442418                     movq 0x18(%r12), %rax
    9f: 488b7818                       movq 0x18(%rax), %rdi
    a3: 48894818                       movq %rcx, 0x18(%rax)
    a7: 40f6c701                       testb $0x1, %dil
    ab: 750f                           jne 0xf
    ad: 48ff0f                         decq (%rdi)
    b0: 750a                           jne 0xa
    b2: e800000000                     callq 0x0
        # hole +0xb3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    b7: 498b442418                     movq 0x18(%r12), %rax
    bc: 49c745001f010000               movq $0x11f, (%r13)
    c4: 488b7820                       movq 0x20(%rax), %rdi
    c8: 48c740201f010000               movq $0x11f, 0x20(%rax)
    d0: 40f6c701                       testb $0x1, %dil
    d4: 7509                           jne 0x9
    d6: 48ff0f                         decq (%rdi)
    d9: 0f8485000000                   je 0x85
    df: 488b4828                       movq 0x28(%rax), %rcx
    e3: f6c101                         testb $0x1, %cl
    e6: 7503                           jne 0x3
    e8: 48ff01                         incq (%rcx)
    eb: 49894d00                       movq %rcx, (%r13)
    ef: 488b5030                       movq 0x30(%rax), %rdx
    f3: f6c201                         testb $0x1, %dl
    f6: 7507                           jne 0x7
    f8: 48ff02                         incq (%rdx)
    fb: 498b4d00                       movq (%r13), %rcx
    ff: 89ce                           movl %ecx, %esi
   101: 83e601                         andl $0x1, %esi
   104: 49895508                       movq %rdx, 0x8(%r13)
   108: 4885f6                         testq %rsi, %rsi
   10b: 400f94c6                       sete %sil
   10f: f6c201                         testb $0x1, %dl
   112: 400f94c7                       sete %dil
   116: 4008f7                         orb %sil, %dil
   119: 7465                           je 0x65
   11b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x11d: R_X86_64_64 Abs64 index+0
   125: 4983c00f                       addq $0xf, %r8
   129: 41b996000000                   movl $0x96, %r9d
   12f: 4983c510                       addq $0x10, %r13
   133: 4c89e7                         movq %r12, %rdi
   136: 4c89ee                         movq %r13, %rsi
   139: 4c89f2                         movq %r14, %rdx
   13c: b901000000                     movl $0x1, %ecx
   141: 58                             popq %rax
   142: e900000000                     jmp 0x0
        # hole +0x143: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   147: e800000000                     callq 0x0
        # hole +0x148: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   14c: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x14e: R_X86_64_64 Abs64 operand0[7]+0
   156: f6c101                         testb $0x1, %cl
   159: 0f8434ffffff                   je -0xcc
   15f: e932ffffff                     jmp -0xce
   164: e800000000                     callq 0x0
        # hole +0x165: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   169: 498b442418                     movq 0x18(%r12), %rax
   16e: 488b4828                       movq 0x28(%rax), %rcx
   172: f6c101                         testb $0x1, %cl
   175: 0f846dffffff                   je -0x93
   17b: e96bffffff                     jmp -0x95
   180: 48d1f9                         sarq %rcx
   183: 48d1fa                         sarq %rdx
   186: 4829d1                         subq %rdx, %rcx
   189: 4889ca                         movq %rcx, %rdx
   18c: 4801da                         addq %rbx, %rdx
   18f: 0f890d030000                   jns 0x30d
   195: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   19d: 49894d00                       movq %rcx, (%r13)
   1a1: 488b7838                       movq 0x38(%rax), %rdi
   1a5: 48894838                       movq %rcx, 0x38(%rax)
   1a9: 40f6c701                       testb $0x1, %dil
   1ad: 750a                           jne 0xa
   1af: 48ff0f                         decq (%rdi)
   1b2: 7505                           jne 0x5
   1b4: e800000000                     callq 0x0
        # hole +0x1b5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1b9: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x1bb: R_X86_64_64 Abs64 operand0[18]+0
   1c3: f6c101                         testb $0x1, %cl
   1c6: 7503                           jne 0x3
   1c8: 48ff01                         incq (%rcx)
   1cb: 49894d00                       movq %rcx, (%r13)
   1cf: 498b442418                     movq 0x18(%r12), %rax
   1d4: 488b7840                       movq 0x40(%rax), %rdi
   1d8: 48894840                       movq %rcx, 0x40(%rax)
   1dc: 40f6c701                       testb $0x1, %dil
   1e0: 750f                           jne 0xf
   1e2: 48ff0f                         decq (%rdi)
   1e5: 750a                           jne 0xa
   1e7: e800000000                     callq 0x0
        # hole +0x1e8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1ec: 498b442418                     movq 0x18(%r12), %rax
   1f1: 49c745008f010000               movq $0x18f, (%r13)
   1f9: 488b7848                       movq 0x48(%rax), %rdi
   1fd: 48c740488f010000               movq $0x18f, 0x48(%rax)
   205: 40f6c701                       testb $0x1, %dil
   209: 750f                           jne 0xf
   20b: 48ff0f                         decq (%rdi)
   20e: 750a                           jne 0xa
   210: e800000000                     callq 0x0
        # hole +0x211: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   215: 498b442418                     movq 0x18(%r12), %rax
   21a: 488b5050                       movq 0x50(%rax), %rdx
   21e: f6c201                         testb $0x1, %dl
   221: 7503                           jne 0x3
   223: 48ff02                         incq (%rdx)
   226: 49895500                       movq %rdx, (%r13)
   22a: 488b4858                       movq 0x58(%rax), %rcx
   22e: f6c101                         testb $0x1, %cl
   231: 7507                           jne 0x7
   233: 48ff01                         incq (%rcx)
   236: 498b5500                       movq (%r13), %rdx
   23a: 89d6                           movl %edx, %esi
   23c: 83e601                         andl $0x1, %esi
   23f: 49894d08                       movq %rcx, 0x8(%r13)
   243: 4885f6                         testq %rsi, %rsi
   246: 400f94c6                       sete %sil
   24a: f6c101                         testb $0x1, %cl
   24d: 400f94c7                       sete %dil
   251: 4008f7                         orb %sil, %dil
   254: 7419                           je 0x19
   256: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x258: R_X86_64_64 Abs64 index+0
   260: 4983c01a                       addq $0x1a, %r8
   264: 41b904010000                   movl $0x104, %r9d
   26a: e9c0feffff                     jmp -0x140
   26f: 48d1fa                         sarq %rdx
   272: 48d1f9                         sarq %rcx
   275: 480fafca                       imulq %rdx, %rcx
   279: 0f8043030000                   jo 0x343
   27f: 488d1419                       leaq (%rcx,%rbx), %rdx
   283: 4885d2                         testq %rdx, %rdx
   286: 0f8936030000                   jns 0x336
   28c: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   294: 49894d00                       movq %rcx, (%r13)
   298: 488b7860                       movq 0x60(%rax), %rdi
   29c: 48894860                       movq %rcx, 0x60(%rax)
   2a0: 40f6c701                       testb $0x1, %dil
   2a4: 750a                           jne 0xa
   2a6: 48ff0f                         decq (%rdi)
   2a9: 7505                           jne 0x5
   2ab: e800000000                     callq 0x0
        # hole +0x2ac: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2b0: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x2b2: R_X86_64_64 Abs64 operand0[29]+0
   2ba: f6c101                         testb $0x1, %cl
   2bd: 7503                           jne 0x3
   2bf: 48ff01                         incq (%rcx)
   2c2: 49894d00                       movq %rcx, (%r13)
   2c6: 498b442418                     movq 0x18(%r12), %rax
   2cb: 488b7868                       movq 0x68(%rax), %rdi
   2cf: 48894868                       movq %rcx, 0x68(%rax)
   2d3: 40f6c701                       testb $0x1, %dil
   2d7: 750f                           jne 0xf
   2d9: 48ff0f                         decq (%rdi)
   2dc: 750a                           jne 0xa
   2de: e800000000                     callq 0x0
        # hole +0x2df: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2e3: 498b442418                     movq 0x18(%r12), %rax
   2e8: 49c7450005010000               movq $0x105, (%r13)
   2f0: 488b7870                       movq 0x70(%rax), %rdi
   2f4: 48c7407005010000               movq $0x105, 0x70(%rax)
   2fc: 40f6c701                       testb $0x1, %dil
   300: 750f                           jne 0xf
   302: 48ff0f                         decq (%rdi)
   305: 750a                           jne 0xa
   307: e800000000                     callq 0x0
        # hole +0x308: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   30c: 498b442418                     movq 0x18(%r12), %rax
   311: 488b4878                       movq 0x78(%rax), %rcx
   315: f6c101                         testb $0x1, %cl
   318: 7503                           jne 0x3
   31a: 48ff01                         incq (%rcx)
   31d: 49894d00                       movq %rcx, (%r13)
   321: 488b9080000000                 movq 0x80(%rax), %rdx
   328: f6c201                         testb $0x1, %dl
   32b: 7507                           jne 0x7
   32d: 48ff02                         incq (%rdx)
   330: 498b4d00                       movq (%r13), %rcx
   334: 89ce                           movl %ecx, %esi
   336: 83e601                         andl $0x1, %esi
   339: 49895508                       movq %rdx, 0x8(%r13)
   33d: 4885f6                         testq %rsi, %rsi
   340: 400f94c6                       sete %sil
   344: f6c201                         testb $0x1, %dl
   347: 400f94c7                       sete %dil
   34b: 4008f7                         orb %sil, %dil
   34e: 744b                           je 0x4b
   350: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x352: R_X86_64_64 Abs64 index+0
   35a: 4983c025                       addq $0x25, %r8
   35e: 41b972010000                   movl $0x172, %r9d
   364: e9c6fdffff                     jmp -0x23a
   369: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x36b: R_X86_64_64 Abs64 index+0
   373: 4983c004                       addq $0x4, %r8
   377: 41b928000000                   movl $0x28, %r9d
   37d: e9adfdffff                     jmp -0x253
   382: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x384: R_X86_64_64 Abs64 index+0
   38c: 4983c005                       addq $0x5, %r8
   390: 41b932000000                   movl $0x32, %r9d
   396: e994fdffff                     jmp -0x26c
   39b: 48d1f9                         sarq %rcx
   39e: 48d1fa                         sarq %rdx
   3a1: 4801ca                         addq %rcx, %rdx
   3a4: 4889d1                         movq %rdx, %rcx
   3a7: 4801d9                         addq %rbx, %rcx
   3aa: 0f893a030000                   jns 0x33a
   3b0: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   3b8: 49894d00                       movq %rcx, (%r13)
   3bc: 488bb888000000                 movq 0x88(%rax), %rdi
   3c3: 48898888000000                 movq %rcx, 0x88(%rax)
   3ca: 40f6c701                       testb $0x1, %dil
   3ce: 750a                           jne 0xa
   3d0: 48ff0f                         decq (%rdi)
   3d3: 7505                           jne 0x5
   3d5: e800000000                     callq 0x0
        # hole +0x3d6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3da: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x3dc: R_X86_64_64 Abs64 operand0[40]+0
   3e4: f6c101                         testb $0x1, %cl
   3e7: 7503                           jne 0x3
   3e9: 48ff01                         incq (%rcx)
   3ec: 49894d00                       movq %rcx, (%r13)
   3f0: 498b442418                     movq 0x18(%r12), %rax
   3f5: 488bb890000000                 movq 0x90(%rax), %rdi
   3fc: 48898890000000                 movq %rcx, 0x90(%rax)
   403: 40f6c701                       testb $0x1, %dil
   407: 750f                           jne 0xf
   409: 48ff0f                         decq (%rdi)
   40c: 750a                           jne 0xa
   40e: e800000000                     callq 0x0
        # hole +0x40f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   413: 498b442418                     movq 0x18(%r12), %rax
   418: 49c7450061000000               movq $0x61, (%r13)
   420: 488bb898000000                 movq 0x98(%rax), %rdi
   427: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   432: 40f6c701                       testb $0x1, %dil
   436: 750f                           jne 0xf
   438: 48ff0f                         decq (%rdi)
   43b: 750a                           jne 0xa
   43d: e800000000                     callq 0x0
        # hole +0x43e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   442: 498b442418                     movq 0x18(%r12), %rax
   447: 488b88a0000000                 movq 0xa0(%rax), %rcx
   44e: f6c101                         testb $0x1, %cl
   451: 7503                           jne 0x3
   453: 48ff01                         incq (%rcx)
   456: 49894d00                       movq %rcx, (%r13)
   45a: 488b90a8000000                 movq 0xa8(%rax), %rdx
   461: f6c201                         testb $0x1, %dl
   464: 7507                           jne 0x7
   466: 48ff02                         incq (%rdx)
   469: 498b4d00                       movq (%r13), %rcx
   46d: 89ce                           movl %ecx, %esi
   46f: 83e601                         andl $0x1, %esi
   472: 49895508                       movq %rdx, 0x8(%r13)
   476: 4885f6                         testq %rsi, %rsi
   479: 400f94c6                       sete %sil
   47d: f6c201                         testb $0x1, %dl
   480: 400f94c7                       sete %dil
   484: 4008f7                         orb %sil, %dil
   487: 7432                           je 0x32
   489: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x48b: R_X86_64_64 Abs64 index+0
   493: 4983c030                       addq $0x30, %r8
   497: 41b9e0010000                   movl $0x1e0, %r9d
   49d: e98dfcffff                     jmp -0x373
   4a2: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x4a4: R_X86_64_64 Abs64 index+0
   4ac: 4983c010                       addq $0x10, %r8
   4b0: 41b9a0000000                   movl $0xa0, %r9d
   4b6: e974fcffff                     jmp -0x38c
   4bb: 48d1f9                         sarq %rcx
   4be: 48d1fa                         sarq %rdx
   4c1: 4829d1                         subq %rdx, %rcx
   4c4: 4889ca                         movq %rcx, %rdx
   4c7: 4801da                         addq %rbx, %rdx
   4ca: 0f893a030000                   jns 0x33a
   4d0: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   4d8: 49894d00                       movq %rcx, (%r13)
   4dc: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   4e3: 488988b0000000                 movq %rcx, 0xb0(%rax)
   4ea: 40f6c701                       testb $0x1, %dil
   4ee: 750a                           jne 0xa
   4f0: 48ff0f                         decq (%rdi)
   4f3: 7505                           jne 0x5
   4f5: e800000000                     callq 0x0
        # hole +0x4f6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4fa: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x4fc: R_X86_64_64 Abs64 operand0[51]+0
   504: f6c101                         testb $0x1, %cl
   507: 7503                           jne 0x3
   509: 48ff01                         incq (%rcx)
   50c: 49894d00                       movq %rcx, (%r13)
   510: 498b442418                     movq 0x18(%r12), %rax
   515: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   51c: 488988b8000000                 movq %rcx, 0xb8(%rax)
   523: 40f6c701                       testb $0x1, %dil
   527: 750f                           jne 0xf
   529: 48ff0f                         decq (%rdi)
   52c: 750a                           jne 0xa
   52e: e800000000                     callq 0x0
        # hole +0x52f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   533: 498b442418                     movq 0x18(%r12), %rax
   538: 49c7450007010000               movq $0x107, (%r13)
   540: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   547: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   552: 40f6c701                       testb $0x1, %dil
   556: 750f                           jne 0xf
   558: 48ff0f                         decq (%rdi)
   55b: 750a                           jne 0xa
   55d: e800000000                     callq 0x0
        # hole +0x55e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   562: 498b442418                     movq 0x18(%r12), %rax
   567: 488b90c8000000                 movq 0xc8(%rax), %rdx
   56e: f6c201                         testb $0x1, %dl
   571: 7503                           jne 0x3
   573: 48ff02                         incq (%rdx)
   576: 49895500                       movq %rdx, (%r13)
   57a: 488b88d0000000                 movq 0xd0(%rax), %rcx
   581: f6c101                         testb $0x1, %cl
   584: 7507                           jne 0x7
   586: 48ff01                         incq (%rcx)
   589: 498b5500                       movq (%r13), %rdx
   58d: 89d6                           movl %edx, %esi
   58f: 83e601                         andl $0x1, %esi
   592: 49894d08                       movq %rcx, 0x8(%r13)
   596: 4885f6                         testq %rsi, %rsi
   599: 400f94c6                       sete %sil
   59d: f6c101                         testb $0x1, %cl
   5a0: 400f94c7                       sete %dil
   5a4: 4008f7                         orb %sil, %dil
   5a7: 7432                           je 0x32
   5a9: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5ab: R_X86_64_64 Abs64 index+0
   5b3: 4983c03b                       addq $0x3b, %r8
   5b7: 41b94e020000                   movl $0x24e, %r9d
   5bd: e96dfbffff                     jmp -0x493
   5c2: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5c4: R_X86_64_64 Abs64 index+0
   5cc: 4983c01b                       addq $0x1b, %r8
   5d0: 41b90e010000                   movl $0x10e, %r9d
   5d6: e954fbffff                     jmp -0x4ac
   5db: 48d1fa                         sarq %rdx
   5de: 48d1f9                         sarq %rcx
   5e1: 480fafca                       imulq %rdx, %rcx
   5e5: 0f803f030000                   jo 0x33f
   5eb: 488d1419                       leaq (%rcx,%rbx), %rdx
   5ef: 4885d2                         testq %rdx, %rdx
   5f2: 0f8932030000                   jns 0x332
   5f8: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   600: 49894d00                       movq %rcx, (%r13)
   604: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   60b: 488988d8000000                 movq %rcx, 0xd8(%rax)
   612: 40f6c701                       testb $0x1, %dil
   616: 750a                           jne 0xa
   618: 48ff0f                         decq (%rdi)
   61b: 7505                           jne 0x5
   61d: e800000000                     callq 0x0
        # hole +0x61e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   622: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x624: R_X86_64_64 Abs64 operand0[62]+0
   62c: f6c101                         testb $0x1, %cl
   62f: 7503                           jne 0x3
   631: 48ff01                         incq (%rcx)
   634: 49894d00                       movq %rcx, (%r13)
   638: 498b442418                     movq 0x18(%r12), %rax
   63d: 488bb8e0000000                 movq 0xe0(%rax), %rdi
   644: 488988e0000000                 movq %rcx, 0xe0(%rax)
   64b: 40f6c701                       testb $0x1, %dil
   64f: 750f                           jne 0xf
   651: 48ff0f                         decq (%rdi)
   654: 750a                           jne 0xa
   656: e800000000                     callq 0x0
        # hole +0x657: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   65b: 498b442418                     movq 0x18(%r12), %rax
   660: 49c745003b010000               movq $0x13b, (%r13)
   668: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   66f: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   67a: 40f6c701                       testb $0x1, %dil
   67e: 750f                           jne 0xf
   680: 48ff0f                         decq (%rdi)
   683: 750a                           jne 0xa
   685: e800000000                     callq 0x0
        # hole +0x686: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   68a: 498b442418                     movq 0x18(%r12), %rax
   68f: 488b88f0000000                 movq 0xf0(%rax), %rcx
   696: f6c101                         testb $0x1, %cl
   699: 7503                           jne 0x3
   69b: 48ff01                         incq (%rcx)
   69e: 49894d00                       movq %rcx, (%r13)
   6a2: 488b90f8000000                 movq 0xf8(%rax), %rdx
   6a9: f6c201                         testb $0x1, %dl
   6ac: 7507                           jne 0x7
   6ae: 48ff02                         incq (%rdx)
   6b1: 498b4d00                       movq (%r13), %rcx
   6b5: 89ce                           movl %ecx, %esi
   6b7: 83e601                         andl $0x1, %esi
   6ba: 49895508                       movq %rdx, 0x8(%r13)
   6be: 4885f6                         testq %rsi, %rsi
   6c1: 400f94c6                       sete %sil
   6c5: f6c201                         testb $0x1, %dl
   6c8: 400f94c7                       sete %dil
   6cc: 4008f7                         orb %sil, %dil
   6cf: 7432                           je 0x32
   6d1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6d3: R_X86_64_64 Abs64 index+0
   6db: 4983c046                       addq $0x46, %r8
   6df: 41b9bc020000                   movl $0x2bc, %r9d
   6e5: e945faffff                     jmp -0x5bb
   6ea: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6ec: R_X86_64_64 Abs64 index+0
   6f4: 4983c026                       addq $0x26, %r8
   6f8: 41b97c010000                   movl $0x17c, %r9d
   6fe: e92cfaffff                     jmp -0x5d4
   703: 48d1f9                         sarq %rcx
   706: 48d1fa                         sarq %rdx
   709: 4801ca                         addq %rcx, %rdx
   70c: 4889d1                         movq %rdx, %rcx
   70f: 4801d9                         addq %rbx, %rcx
   712: 0f89e0020000                   jns 0x2e0
   718: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   720: 49894d00                       movq %rcx, (%r13)
   724: 488bb800010000                 movq 0x100(%rax), %rdi
   72b: 48898800010000                 movq %rcx, 0x100(%rax)
   732: 40f6c701                       testb $0x1, %dil
   736: 750a                           jne 0xa
   738: 48ff0f                         decq (%rdi)
   73b: 7505                           jne 0x5
   73d: e800000000                     callq 0x0
        # hole +0x73e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   742: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x744: R_X86_64_64 Abs64 operand0[73]+0
   74c: f6c101                         testb $0x1, %cl
   74f: 7503                           jne 0x3
   751: 48ff01                         incq (%rcx)
   754: 49894d00                       movq %rcx, (%r13)
   758: 498b442418                     movq 0x18(%r12), %rax
   75d: 488bb808010000                 movq 0x108(%rax), %rdi
   764: 48898808010000                 movq %rcx, 0x108(%rax)
   76b: 40f6c701                       testb $0x1, %dil
   76f: 750f                           jne 0xf
   771: 48ff0f                         decq (%rdi)
   774: 750a                           jne 0xa
   776: e800000000                     callq 0x0
        # hole +0x777: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   77b: 498b442418                     movq 0x18(%r12), %rax
   780: 49c7450031000000               movq $0x31, (%r13)
   788: 488bb810010000                 movq 0x110(%rax), %rdi
   78f: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   79a: 40f6c701                       testb $0x1, %dil
   79e: 750f                           jne 0xf
   7a0: 48ff0f                         decq (%rdi)
   7a3: 750a                           jne 0xa
   7a5: e800000000                     callq 0x0
        # hole +0x7a6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7aa: 498b442418                     movq 0x18(%r12), %rax
   7af: 488b8818010000                 movq 0x118(%rax), %rcx
   7b6: f6c101                         testb $0x1, %cl
   7b9: 7503                           jne 0x3
   7bb: 48ff01                         incq (%rcx)
   7be: 49894d00                       movq %rcx, (%r13)
   7c2: 488b9020010000                 movq 0x120(%rax), %rdx
   7c9: f6c201                         testb $0x1, %dl
   7cc: 7507                           jne 0x7
   7ce: 48ff02                         incq (%rdx)
   7d1: 498b4d00                       movq (%r13), %rcx
   7d5: 89ce                           movl %ecx, %esi
   7d7: 83e601                         andl $0x1, %esi
   7da: 49895508                       movq %rdx, 0x8(%r13)
   7de: 4885f6                         testq %rsi, %rsi
   7e1: 400f94c6                       sete %sil
   7e5: f6c201                         testb $0x1, %dl
   7e8: 400f94c7                       sete %dil
   7ec: 4008f7                         orb %sil, %dil
   7ef: 7432                           je 0x32
   7f1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7f3: R_X86_64_64 Abs64 index+0
   7fb: 4983c051                       addq $0x51, %r8
   7ff: 41b92a030000                   movl $0x32a, %r9d
   805: e925f9ffff                     jmp -0x6db
   80a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x80c: R_X86_64_64 Abs64 index+0
   814: 4983c031                       addq $0x31, %r8
   818: 41b9ea010000                   movl $0x1ea, %r9d
   81e: e90cf9ffff                     jmp -0x6f4
   823: 48d1f9                         sarq %rcx
   826: 48d1fa                         sarq %rdx
   829: 4829d1                         subq %rdx, %rcx
   82c: 4889ca                         movq %rcx, %rdx
   82f: 4801da                         addq %rbx, %rdx
   832: 0f89d9010000                   jns 0x1d9
   838: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   840: 49894d00                       movq %rcx, (%r13)
   844: 488bb828010000                 movq 0x128(%rax), %rdi
   84b: 48898828010000                 movq %rcx, 0x128(%rax)
   852: 40f6c701                       testb $0x1, %dil
   856: 750a                           jne 0xa
   858: 48ff0f                         decq (%rdi)
   85b: 7505                           jne 0x5
   85d: e800000000                     callq 0x0
        # hole +0x85e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   862: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x864: R_X86_64_64 Abs64 operand0[84]+0
   86c: f6c101                         testb $0x1, %cl
   86f: 7503                           jne 0x3
   871: 48ff01                         incq (%rcx)
   874: 49894d00                       movq %rcx, (%r13)
   878: 498b442418                     movq 0x18(%r12), %rax
   87d: 488bb830010000                 movq 0x130(%rax), %rdi
   884: 48898830010000                 movq %rcx, 0x130(%rax)
   88b: 40f6c701                       testb $0x1, %dil
   88f: 750f                           jne 0xf
   891: 48ff0f                         decq (%rdi)
   894: 750a                           jne 0xa
   896: e800000000                     callq 0x0
        # hole +0x897: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   89b: 498b442418                     movq 0x18(%r12), %rax
   8a0: 49c7450049000000               movq $0x49, (%r13)
   8a8: 488bb838010000                 movq 0x138(%rax), %rdi
   8af: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   8ba: 40f6c701                       testb $0x1, %dil
   8be: 750f                           jne 0xf
   8c0: 48ff0f                         decq (%rdi)
   8c3: 750a                           jne 0xa
   8c5: e800000000                     callq 0x0
        # hole +0x8c6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8ca: 498b442418                     movq 0x18(%r12), %rax
   8cf: 488b9040010000                 movq 0x140(%rax), %rdx
   8d6: f6c201                         testb $0x1, %dl
   8d9: 7503                           jne 0x3
   8db: 48ff02                         incq (%rdx)
   8de: 49895500                       movq %rdx, (%r13)
   8e2: 488b8848010000                 movq 0x148(%rax), %rcx
   8e9: f6c101                         testb $0x1, %cl
   8ec: 7507                           jne 0x7
   8ee: 48ff01                         incq (%rcx)
   8f1: 498b5500                       movq (%r13), %rdx
   8f5: 89d6                           movl %edx, %esi
   8f7: 83e601                         andl $0x1, %esi
   8fa: 49894d08                       movq %rcx, 0x8(%r13)
   8fe: 4885f6                         testq %rsi, %rsi
   901: 400f94c6                       sete %sil
   905: f6c101                         testb $0x1, %cl
   908: 400f94c7                       sete %dil
   90c: 4008f7                         orb %sil, %dil
   90f: 7432                           je 0x32
   911: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x913: R_X86_64_64 Abs64 index+0
   91b: 4983c05c                       addq $0x5c, %r8
   91f: 41b998030000                   movl $0x398, %r9d
   925: e905f8ffff                     jmp -0x7fb
   92a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x92c: R_X86_64_64 Abs64 index+0
   934: 4983c03c                       addq $0x3c, %r8
   938: 41b958020000                   movl $0x258, %r9d
   93e: e9ecf7ffff                     jmp -0x814
   943: 48d1fa                         sarq %rdx
   946: 48d1f9                         sarq %rcx
   949: 480fafca                       imulq %rdx, %rcx
   94d: 0f80d7000000                   jo 0xd7
   953: 488d1419                       leaq (%rcx,%rbx), %rdx
   957: 4885d2                         testq %rdx, %rdx
   95a: 0f89ca000000                   jns 0xca
   960: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   968: 49894d00                       movq %rcx, (%r13)
   96c: 488bb850010000                 movq 0x150(%rax), %rdi
   973: 48898850010000                 movq %rcx, 0x150(%rax)
   97a: 40f6c701                       testb $0x1, %dil
   97e: 750a                           jne 0xa
   980: 48ff0f                         decq (%rdi)
   983: 7505                           jne 0x5
   985: e800000000                     callq 0x0
        # hole +0x986: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   98a: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x98c: R_X86_64_64 Abs64 operand0[95]+0
   994: f6c101                         testb $0x1, %cl
   997: 7503                           jne 0x3
   999: 48ff01                         incq (%rcx)
   99c: 49894d00                       movq %rcx, (%r13)
   9a0: 498b442418                     movq 0x18(%r12), %rax
   9a5: 488bb858010000                 movq 0x158(%rax), %rdi
   9ac: 48898858010000                 movq %rcx, 0x158(%rax)
   9b3: 40f6c701                       testb $0x1, %dil
   9b7: 750f                           jne 0xf
   9b9: 48ff0f                         decq (%rdi)
   9bc: 750a                           jne 0xa
   9be: e800000000                     callq 0x0
        # hole +0x9bf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   9c3: 498b442418                     movq 0x18(%r12), %rax
   9c8: 49c7450063010000               movq $0x163, (%r13)
   9d0: 488bb860010000                 movq 0x160(%rax), %rdi
   9d7: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   9e2: 40f6c701                       testb $0x1, %dil
   9e6: 750a                           jne 0xa
   9e8: 48ff0f                         decq (%rdi)
   9eb: 7505                           jne 0x5
   9ed: e800000000                     callq 0x0
        # hole +0x9ee: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   9f2: 58                             popq %rax
   9f3: e900000000                     jmp 0x0
        # hole +0x9f4: R_X86_64_PLT32 Rel32 continue-4
   9f8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9fa: R_X86_64_64 Abs64 index+0
   a02: 4983c047                       addq $0x47, %r8
   a06: 41b9c6020000                   movl $0x2c6, %r9d
   a0c: e91ef7ffff                     jmp -0x8e2
   a11: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa13: R_X86_64_64 Abs64 index+0
   a1b: 4983c052                       addq $0x52, %r8
   a1f: 41b934030000                   movl $0x334, %r9d
   a25: e905f7ffff                     jmp -0x8fb
   a2a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa2c: R_X86_64_64 Abs64 index+0
   a34: 4983c05d                       addq $0x5d, %r8
   a38: 41b9a2030000                   movl $0x3a2, %r9d
   a3e: e9ecf6ffff                     jmp -0x914
