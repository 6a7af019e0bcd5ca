# stencil startup_loads for x86_64-unknown-linux-gnu: 2434 code bytes, 0 data bytes, 39 holes
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
    2a: 48bb040000000b000000           movabsq $0xb00000004, %rbx
    34: 49895508                       movq %rdx, 0x8(%r13)
    38: 41b928000000                   movl $0x28, %r9d
    3e: 4885f6                         testq %rsi, %rsi
    41: 0f84ea000000                   je 0xea
    47: 89d6                           movl %edx, %esi
    49: 83e601                         andl $0x1, %esi
    4c: 0f84df000000                   je 0xdf
    52: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    5c: 48d1f9                         sarq %rcx
    5f: 48d1fa                         sarq %rdx
    62: 4801ca                         addq %rcx, %rdx
    65: 4889d1                         movq %rdx, %rcx
    68: 4c01f9                         addq %r15, %rcx
    6b: 0f89f3020000                   jns 0x2f3
    71: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    79: 49894d00                       movq %rcx, (%r13)
    7d: 488b7810                       movq 0x10(%rax), %rdi
    81: 48894810                       movq %rcx, 0x10(%rax)
    85: 40f6c701                       testb $0x1, %dil
    89: 7509                           jne 0x9
    8b: 48ff0f                         decq (%rdi)
    8e: 0f84b8000000                   je 0xb8
    94: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x96: R_X86_64_64 Abs64 operand0[7]+0
    9e: f6c101                         testb $0x1, %cl
    a1: 7503                           jne 0x3
    a3: 48ff01                         incq (%rcx)
    a6: 49894d00                       movq %rcx, (%r13)
    aa: 498b442418                     movq 0x18(%r12), %rax
    af: 488b7818                       movq 0x18(%rax), %rdi
    b3: 48894818                       movq %rcx, 0x18(%rax)
    b7: 40f6c701                       testb $0x1, %dil
    bb: 750f                           jne 0xf
    bd: 48ff0f                         decq (%rdi)
    c0: 750a                           jne 0xa
    c2: e800000000                     callq 0x0
        # hole +0xc3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    c7: 498b442418                     movq 0x18(%r12), %rax
    cc: 49c745001f010000               movq $0x11f, (%r13)
    d4: 488b7820                       movq 0x20(%rax), %rdi
    d8: 48c740201f010000               movq $0x11f, 0x20(%rax)
    e0: 40f6c701                       testb $0x1, %dil
    e4: 7505                           jne 0x5
    e6: 48ff0f                         decq (%rdi)
    e9: 747e                           je 0x7e
    eb: 488b4828                       movq 0x28(%rax), %rcx
    ef: f6c101                         testb $0x1, %cl
    f2: 7503                           jne 0x3
    f4: 48ff01                         incq (%rcx)
    f7: 49894d00                       movq %rcx, (%r13)
    fb: 488b5030                       movq 0x30(%rax), %rdx
    ff: f6c201                         testb $0x1, %dl
   102: 7507                           jne 0x7
   104: 48ff02                         incq (%rdx)
   107: 498b4d00                       movq (%r13), %rcx
   10b: 89ce                           movl %ecx, %esi
   10d: 83e601                         andl $0x1, %esi
   110: 49895508                       movq %rdx, 0x8(%r13)
   114: 4885f6                         testq %rsi, %rsi
   117: 400f94c6                       sete %sil
   11b: f6c201                         testb $0x1, %dl
   11e: 400f94c7                       sete %dil
   122: 4008f7                         orb %sil, %dil
   125: 745e                           je 0x5e
   127: 4883c30b                       addq $0xb, %rbx
   12b: 41b996000000                   movl $0x96, %r9d
   131: 4989d8                         movq %rbx, %r8
   134: 4983c510                       addq $0x10, %r13
   138: 4c89e7                         movq %r12, %rdi
   13b: 4c89ee                         movq %r13, %rsi
   13e: 4c89f2                         movq %r14, %rdx
   141: b901000000                     movl $0x1, %ecx
   146: 58                             popq %rax
   147: e900000000                     jmp 0x0
        # hole +0x148: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   14c: e800000000                     callq 0x0
        # hole +0x14d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   151: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x153: R_X86_64_64 Abs64 operand0[7]+0
   15b: f6c101                         testb $0x1, %cl
   15e: 0f843fffffff                   je -0xc1
   164: e93dffffff                     jmp -0xc3
   169: e800000000                     callq 0x0
        # hole +0x16a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   16e: 498b442418                     movq 0x18(%r12), %rax
   173: 488b4828                       movq 0x28(%rax), %rcx
   177: f6c101                         testb $0x1, %cl
   17a: 0f8474ffffff                   je -0x8c
   180: e972ffffff                     jmp -0x8e
   185: 48d1f9                         sarq %rcx
   188: 48d1fa                         sarq %rdx
   18b: 4829d1                         subq %rdx, %rcx
   18e: 4889ca                         movq %rcx, %rdx
   191: 4c01fa                         addq %r15, %rdx
   194: 0f89d5020000                   jns 0x2d5
   19a: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   1a2: 49894d00                       movq %rcx, (%r13)
   1a6: 488b7838                       movq 0x38(%rax), %rdi
   1aa: 48894838                       movq %rcx, 0x38(%rax)
   1ae: 40f6c701                       testb $0x1, %dil
   1b2: 750a                           jne 0xa
   1b4: 48ff0f                         decq (%rdi)
   1b7: 7505                           jne 0x5
   1b9: e800000000                     callq 0x0
        # hole +0x1ba: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1be: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x1c0: R_X86_64_64 Abs64 operand0[18]+0
   1c8: f6c101                         testb $0x1, %cl
   1cb: 7503                           jne 0x3
   1cd: 48ff01                         incq (%rcx)
   1d0: 49894d00                       movq %rcx, (%r13)
   1d4: 498b442418                     movq 0x18(%r12), %rax
   1d9: 488b7840                       movq 0x40(%rax), %rdi
   1dd: 48894840                       movq %rcx, 0x40(%rax)
   1e1: 40f6c701                       testb $0x1, %dil
   1e5: 750f                           jne 0xf
   1e7: 48ff0f                         decq (%rdi)
   1ea: 750a                           jne 0xa
   1ec: e800000000                     callq 0x0
        # hole +0x1ed: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1f1: 498b442418                     movq 0x18(%r12), %rax
   1f6: 49c745008f010000               movq $0x18f, (%r13)
   1fe: 488b7848                       movq 0x48(%rax), %rdi
   202: 48c740488f010000               movq $0x18f, 0x48(%rax)
   20a: 40f6c701                       testb $0x1, %dil
   20e: 750f                           jne 0xf
   210: 48ff0f                         decq (%rdi)
   213: 750a                           jne 0xa
   215: e800000000                     callq 0x0
        # hole +0x216: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   21a: 498b442418                     movq 0x18(%r12), %rax
   21f: 488b5050                       movq 0x50(%rax), %rdx
   223: f6c201                         testb $0x1, %dl
   226: 7503                           jne 0x3
   228: 48ff02                         incq (%rdx)
   22b: 49895500                       movq %rdx, (%r13)
   22f: 488b4858                       movq 0x58(%rax), %rcx
   233: f6c101                         testb $0x1, %cl
   236: 7507                           jne 0x7
   238: 48ff01                         incq (%rcx)
   23b: 498b5500                       movq (%r13), %rdx
   23f: 89d6                           movl %edx, %esi
   241: 83e601                         andl $0x1, %esi
   244: 49894d08                       movq %rcx, 0x8(%r13)
   248: 4885f6                         testq %rsi, %rsi
   24b: 400f94c6                       sete %sil
   24f: f6c101                         testb $0x1, %cl
   252: 400f94c7                       sete %dil
   256: 4008f7                         orb %sil, %dil
   259: 740f                           je 0xf
   25b: 4883c316                       addq $0x16, %rbx
   25f: 41b904010000                   movl $0x104, %r9d
   265: e9c7feffff                     jmp -0x139
   26a: 48d1fa                         sarq %rdx
   26d: 48d1f9                         sarq %rcx
   270: 4c8d4317                       leaq 0x17(%rbx), %r8
   274: 480fafca                       imulq %rdx, %rcx
   278: 41b90e010000                   movl $0x10e, %r9d
   27e: 0f80b0feffff                   jo -0x150
   284: 4a8d1439                       leaq (%rcx,%r15), %rdx
   288: 4885d2                         testq %rdx, %rdx
   28b: 0f89a3feffff                   jns -0x15d
   291: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   299: 49894d00                       movq %rcx, (%r13)
   29d: 488b7860                       movq 0x60(%rax), %rdi
   2a1: 48894860                       movq %rcx, 0x60(%rax)
   2a5: 40f6c701                       testb $0x1, %dil
   2a9: 750a                           jne 0xa
   2ab: 48ff0f                         decq (%rdi)
   2ae: 7505                           jne 0x5
   2b0: e800000000                     callq 0x0
        # hole +0x2b1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2b5: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x2b7: R_X86_64_64 Abs64 operand0[29]+0
   2bf: f6c101                         testb $0x1, %cl
   2c2: 7503                           jne 0x3
   2c4: 48ff01                         incq (%rcx)
   2c7: 49894d00                       movq %rcx, (%r13)
   2cb: 498b442418                     movq 0x18(%r12), %rax
   2d0: 488b7868                       movq 0x68(%rax), %rdi
   2d4: 48894868                       movq %rcx, 0x68(%rax)
   2d8: 40f6c701                       testb $0x1, %dil
   2dc: 750f                           jne 0xf
   2de: 48ff0f                         decq (%rdi)
   2e1: 750a                           jne 0xa
   2e3: e800000000                     callq 0x0
        # hole +0x2e4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2e8: 498b442418                     movq 0x18(%r12), %rax
   2ed: 49c7450005010000               movq $0x105, (%r13)
   2f5: 488b7870                       movq 0x70(%rax), %rdi
   2f9: 48c7407005010000               movq $0x105, 0x70(%rax)
   301: 40f6c701                       testb $0x1, %dil
   305: 750f                           jne 0xf
   307: 48ff0f                         decq (%rdi)
   30a: 750a                           jne 0xa
   30c: e800000000                     callq 0x0
        # hole +0x30d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   311: 498b442418                     movq 0x18(%r12), %rax
   316: 488b4878                       movq 0x78(%rax), %rcx
   31a: f6c101                         testb $0x1, %cl
   31d: 7503                           jne 0x3
   31f: 48ff01                         incq (%rcx)
   322: 49894d00                       movq %rcx, (%r13)
   326: 488b9080000000                 movq 0x80(%rax), %rdx
   32d: f6c201                         testb $0x1, %dl
   330: 7507                           jne 0x7
   332: 48ff02                         incq (%rdx)
   335: 498b4d00                       movq (%r13), %rcx
   339: 89ce                           movl %ecx, %esi
   33b: 83e601                         andl $0x1, %esi
   33e: 49895508                       movq %rdx, 0x8(%r13)
   342: 4885f6                         testq %rsi, %rsi
   345: 400f94c6                       sete %sil
   349: f6c201                         testb $0x1, %dl
   34c: 400f94c7                       sete %dil
   350: 4008f7                         orb %sil, %dil
   353: 741d                           je 0x1d
   355: 4883c321                       addq $0x21, %rbx
   359: 41b972010000                   movl $0x172, %r9d
   35f: e9cdfdffff                     jmp -0x233
   364: 48ffc3                         incq %rbx
   367: 41b932000000                   movl $0x32, %r9d
   36d: e9bffdffff                     jmp -0x241
   372: 48d1f9                         sarq %rcx
   375: 48d1fa                         sarq %rdx
   378: 4801ca                         addq %rcx, %rdx
   37b: 4889d1                         movq %rdx, %rcx
   37e: 4c01f9                         addq %r15, %rcx
   381: 0f8903030000                   jns 0x303
   387: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   38f: 49894d00                       movq %rcx, (%r13)
   393: 488bb888000000                 movq 0x88(%rax), %rdi
   39a: 48898888000000                 movq %rcx, 0x88(%rax)
   3a1: 40f6c701                       testb $0x1, %dil
   3a5: 750a                           jne 0xa
   3a7: 48ff0f                         decq (%rdi)
   3aa: 7505                           jne 0x5
   3ac: e800000000                     callq 0x0
        # hole +0x3ad: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3b1: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x3b3: R_X86_64_64 Abs64 operand0[40]+0
   3bb: f6c101                         testb $0x1, %cl
   3be: 7503                           jne 0x3
   3c0: 48ff01                         incq (%rcx)
   3c3: 49894d00                       movq %rcx, (%r13)
   3c7: 498b442418                     movq 0x18(%r12), %rax
   3cc: 488bb890000000                 movq 0x90(%rax), %rdi
   3d3: 48898890000000                 movq %rcx, 0x90(%rax)
   3da: 40f6c701                       testb $0x1, %dil
   3de: 750f                           jne 0xf
   3e0: 48ff0f                         decq (%rdi)
   3e3: 750a                           jne 0xa
   3e5: e800000000                     callq 0x0
        # hole +0x3e6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3ea: 498b442418                     movq 0x18(%r12), %rax
   3ef: 49c7450061000000               movq $0x61, (%r13)
   3f7: 488bb898000000                 movq 0x98(%rax), %rdi
   3fe: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   409: 40f6c701                       testb $0x1, %dil
   40d: 750f                           jne 0xf
   40f: 48ff0f                         decq (%rdi)
   412: 750a                           jne 0xa
   414: e800000000                     callq 0x0
        # hole +0x415: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   419: 498b442418                     movq 0x18(%r12), %rax
   41e: 488b88a0000000                 movq 0xa0(%rax), %rcx
   425: f6c101                         testb $0x1, %cl
   428: 7503                           jne 0x3
   42a: 48ff01                         incq (%rcx)
   42d: 49894d00                       movq %rcx, (%r13)
   431: 488b90a8000000                 movq 0xa8(%rax), %rdx
   438: f6c201                         testb $0x1, %dl
   43b: 7507                           jne 0x7
   43d: 48ff02                         incq (%rdx)
   440: 498b4d00                       movq (%r13), %rcx
   444: 89ce                           movl %ecx, %esi
   446: 83e601                         andl $0x1, %esi
   449: 49895508                       movq %rdx, 0x8(%r13)
   44d: 4885f6                         testq %rsi, %rsi
   450: 400f94c6                       sete %sil
   454: f6c201                         testb $0x1, %dl
   457: 400f94c7                       sete %dil
   45b: 4008f7                         orb %sil, %dil
   45e: 741e                           je 0x1e
   460: 4883c32c                       addq $0x2c, %rbx
   464: 41b9e0010000                   movl $0x1e0, %r9d
   46a: e9c2fcffff                     jmp -0x33e
   46f: 4883c30c                       addq $0xc, %rbx
   473: 41b9a0000000                   movl $0xa0, %r9d
   479: e9b3fcffff                     jmp -0x34d
   47e: 48d1f9                         sarq %rcx
   481: 48d1fa                         sarq %rdx
   484: 4829d1                         subq %rdx, %rcx
   487: 4889ca                         movq %rcx, %rdx
   48a: 4c01fa                         addq %r15, %rdx
   48d: 0f8903030000                   jns 0x303
   493: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   49b: 49894d00                       movq %rcx, (%r13)
   49f: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   4a6: 488988b0000000                 movq %rcx, 0xb0(%rax)
   4ad: 40f6c701                       testb $0x1, %dil
   4b1: 750a                           jne 0xa
   4b3: 48ff0f                         decq (%rdi)
   4b6: 7505                           jne 0x5
   4b8: e800000000                     callq 0x0
        # hole +0x4b9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4bd: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x4bf: R_X86_64_64 Abs64 operand0[51]+0
   4c7: f6c101                         testb $0x1, %cl
   4ca: 7503                           jne 0x3
   4cc: 48ff01                         incq (%rcx)
   4cf: 49894d00                       movq %rcx, (%r13)
   4d3: 498b442418                     movq 0x18(%r12), %rax
   4d8: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   4df: 488988b8000000                 movq %rcx, 0xb8(%rax)
   4e6: 40f6c701                       testb $0x1, %dil
   4ea: 750f                           jne 0xf
   4ec: 48ff0f                         decq (%rdi)
   4ef: 750a                           jne 0xa
   4f1: e800000000                     callq 0x0
        # hole +0x4f2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4f6: 498b442418                     movq 0x18(%r12), %rax
   4fb: 49c7450007010000               movq $0x107, (%r13)
   503: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   50a: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   515: 40f6c701                       testb $0x1, %dil
   519: 750f                           jne 0xf
   51b: 48ff0f                         decq (%rdi)
   51e: 750a                           jne 0xa
   520: e800000000                     callq 0x0
        # hole +0x521: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   525: 498b442418                     movq 0x18(%r12), %rax
   52a: 488b90c8000000                 movq 0xc8(%rax), %rdx
   531: f6c201                         testb $0x1, %dl
   534: 7503                           jne 0x3
   536: 48ff02                         incq (%rdx)
   539: 49895500                       movq %rdx, (%r13)
   53d: 488b88d0000000                 movq 0xd0(%rax), %rcx
   544: f6c101                         testb $0x1, %cl
   547: 7507                           jne 0x7
   549: 48ff01                         incq (%rcx)
   54c: 498b5500                       movq (%r13), %rdx
   550: 89d6                           movl %edx, %esi
   552: 83e601                         andl $0x1, %esi
   555: 49894d08                       movq %rcx, 0x8(%r13)
   559: 4885f6                         testq %rsi, %rsi
   55c: 400f94c6                       sete %sil
   560: f6c101                         testb $0x1, %cl
   563: 400f94c7                       sete %dil
   567: 4008f7                         orb %sil, %dil
   56a: 740f                           je 0xf
   56c: 4883c337                       addq $0x37, %rbx
   570: 41b94e020000                   movl $0x24e, %r9d
   576: e9b6fbffff                     jmp -0x44a
   57b: 48d1fa                         sarq %rdx
   57e: 48d1f9                         sarq %rcx
   581: 4c8d4338                       leaq 0x38(%rbx), %r8
   585: 480fafca                       imulq %rdx, %rcx
   589: 41b958020000                   movl $0x258, %r9d
   58f: 0f809ffbffff                   jo -0x461
   595: 4a8d1439                       leaq (%rcx,%r15), %rdx
   599: 4885d2                         testq %rdx, %rdx
   59c: 0f8992fbffff                   jns -0x46e
   5a2: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   5aa: 49894d00                       movq %rcx, (%r13)
   5ae: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   5b5: 488988d8000000                 movq %rcx, 0xd8(%rax)
   5bc: 40f6c701                       testb $0x1, %dil
   5c0: 750a                           jne 0xa
   5c2: 48ff0f                         decq (%rdi)
   5c5: 7505                           jne 0x5
   5c7: e800000000                     callq 0x0
        # hole +0x5c8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5cc: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x5ce: R_X86_64_64 Abs64 operand0[62]+0
   5d6: f6c101                         testb $0x1, %cl
   5d9: 7503                           jne 0x3
   5db: 48ff01                         incq (%rcx)
   5de: 49894d00                       movq %rcx, (%r13)
   5e2: 498b442418                     movq 0x18(%r12), %rax
   5e7: 488bb8e0000000                 movq 0xe0(%rax), %rdi
   5ee: 488988e0000000                 movq %rcx, 0xe0(%rax)
   5f5: 40f6c701                       testb $0x1, %dil
   5f9: 750f                           jne 0xf
   5fb: 48ff0f                         decq (%rdi)
   5fe: 750a                           jne 0xa
   600: e800000000                     callq 0x0
        # hole +0x601: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   605: 498b442418                     movq 0x18(%r12), %rax
   60a: 49c745003b010000               movq $0x13b, (%r13)
   612: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   619: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   624: 40f6c701                       testb $0x1, %dil
   628: 750f                           jne 0xf
   62a: 48ff0f                         decq (%rdi)
   62d: 750a                           jne 0xa
   62f: e800000000                     callq 0x0
        # hole +0x630: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   634: 498b442418                     movq 0x18(%r12), %rax
   639: 488b88f0000000                 movq 0xf0(%rax), %rcx
   640: f6c101                         testb $0x1, %cl
   643: 7503                           jne 0x3
   645: 48ff01                         incq (%rcx)
   648: 49894d00                       movq %rcx, (%r13)
   64c: 488b90f8000000                 movq 0xf8(%rax), %rdx
   653: f6c201                         testb $0x1, %dl
   656: 7507                           jne 0x7
   658: 48ff02                         incq (%rdx)
   65b: 498b4d00                       movq (%r13), %rcx
   65f: 89ce                           movl %ecx, %esi
   661: 83e601                         andl $0x1, %esi
   664: 49895508                       movq %rdx, 0x8(%r13)
   668: 4885f6                         testq %rsi, %rsi
   66b: 400f94c6                       sete %sil
   66f: f6c201                         testb $0x1, %dl
   672: 400f94c7                       sete %dil
   676: 4008f7                         orb %sil, %dil
   679: 741e                           je 0x1e
   67b: 4883c342                       addq $0x42, %rbx
   67f: 41b9bc020000                   movl $0x2bc, %r9d
   685: e9a7faffff                     jmp -0x559
   68a: 4883c322                       addq $0x22, %rbx
   68e: 41b97c010000                   movl $0x17c, %r9d
   694: e998faffff                     jmp -0x568
   699: 48d1f9                         sarq %rcx
   69c: 48d1fa                         sarq %rdx
   69f: 4801ca                         addq %rcx, %rdx
   6a2: 4889d1                         movq %rdx, %rcx
   6a5: 4c01f9                         addq %r15, %rcx
   6a8: 0f89b6020000                   jns 0x2b6
   6ae: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   6b6: 49894d00                       movq %rcx, (%r13)
   6ba: 488bb800010000                 movq 0x100(%rax), %rdi
   6c1: 48898800010000                 movq %rcx, 0x100(%rax)
   6c8: 40f6c701                       testb $0x1, %dil
   6cc: 750a                           jne 0xa
   6ce: 48ff0f                         decq (%rdi)
   6d1: 7505                           jne 0x5
   6d3: e800000000                     callq 0x0
        # hole +0x6d4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6d8: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x6da: R_X86_64_64 Abs64 operand0[73]+0
   6e2: f6c101                         testb $0x1, %cl
   6e5: 7503                           jne 0x3
   6e7: 48ff01                         incq (%rcx)
   6ea: 49894d00                       movq %rcx, (%r13)
   6ee: 498b442418                     movq 0x18(%r12), %rax
   6f3: 488bb808010000                 movq 0x108(%rax), %rdi
   6fa: 48898808010000                 movq %rcx, 0x108(%rax)
   701: 40f6c701                       testb $0x1, %dil
   705: 750f                           jne 0xf
   707: 48ff0f                         decq (%rdi)
   70a: 750a                           jne 0xa
   70c: e800000000                     callq 0x0
        # hole +0x70d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   711: 498b442418                     movq 0x18(%r12), %rax
   716: 49c7450031000000               movq $0x31, (%r13)
   71e: 488bb810010000                 movq 0x110(%rax), %rdi
   725: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   730: 40f6c701                       testb $0x1, %dil
   734: 750f                           jne 0xf
   736: 48ff0f                         decq (%rdi)
   739: 750a                           jne 0xa
   73b: e800000000                     callq 0x0
        # hole +0x73c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   740: 498b442418                     movq 0x18(%r12), %rax
   745: 488b8818010000                 movq 0x118(%rax), %rcx
   74c: f6c101                         testb $0x1, %cl
   74f: 7503                           jne 0x3
   751: 48ff01                         incq (%rcx)
   754: 49894d00                       movq %rcx, (%r13)
   758: 488b9020010000                 movq 0x120(%rax), %rdx
   75f: f6c201                         testb $0x1, %dl
   762: 7507                           jne 0x7
   764: 48ff02                         incq (%rdx)
   767: 498b4d00                       movq (%r13), %rcx
   76b: 89ce                           movl %ecx, %esi
   76d: 83e601                         andl $0x1, %esi
   770: 49895508                       movq %rdx, 0x8(%r13)
   774: 4885f6                         testq %rsi, %rsi
   777: 400f94c6                       sete %sil
   77b: f6c201                         testb $0x1, %dl
   77e: 400f94c7                       sete %dil
   782: 4008f7                         orb %sil, %dil
   785: 741e                           je 0x1e
   787: 4883c34d                       addq $0x4d, %rbx
   78b: 41b92a030000                   movl $0x32a, %r9d
   791: e99bf9ffff                     jmp -0x665
   796: 4883c32d                       addq $0x2d, %rbx
   79a: 41b9ea010000                   movl $0x1ea, %r9d
   7a0: e98cf9ffff                     jmp -0x674
   7a5: 48d1f9                         sarq %rcx
   7a8: 48d1fa                         sarq %rdx
   7ab: 4829d1                         subq %rdx, %rcx
   7ae: 4889ca                         movq %rcx, %rdx
   7b1: 4c01fa                         addq %r15, %rdx
   7b4: 0f89b9010000                   jns 0x1b9
   7ba: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   7c2: 49894d00                       movq %rcx, (%r13)
   7c6: 488bb828010000                 movq 0x128(%rax), %rdi
   7cd: 48898828010000                 movq %rcx, 0x128(%rax)
   7d4: 40f6c701                       testb $0x1, %dil
   7d8: 750a                           jne 0xa
   7da: 48ff0f                         decq (%rdi)
   7dd: 7505                           jne 0x5
   7df: e800000000                     callq 0x0
        # hole +0x7e0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7e4: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x7e6: R_X86_64_64 Abs64 operand0[84]+0
   7ee: f6c101                         testb $0x1, %cl
   7f1: 7503                           jne 0x3
   7f3: 48ff01                         incq (%rcx)
   7f6: 49894d00                       movq %rcx, (%r13)
   7fa: 498b442418                     movq 0x18(%r12), %rax
   7ff: 488bb830010000                 movq 0x130(%rax), %rdi
   806: 48898830010000                 movq %rcx, 0x130(%rax)
   80d: 40f6c701                       testb $0x1, %dil
   811: 750f                           jne 0xf
   813: 48ff0f                         decq (%rdi)
   816: 750a                           jne 0xa
   818: e800000000                     callq 0x0
        # hole +0x819: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   81d: 498b442418                     movq 0x18(%r12), %rax
   822: 49c7450049000000               movq $0x49, (%r13)
   82a: 488bb838010000                 movq 0x138(%rax), %rdi
   831: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   83c: 40f6c701                       testb $0x1, %dil
   840: 750f                           jne 0xf
   842: 48ff0f                         decq (%rdi)
   845: 750a                           jne 0xa
   847: e800000000                     callq 0x0
        # hole +0x848: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   84c: 498b442418                     movq 0x18(%r12), %rax
   851: 488b9040010000                 movq 0x140(%rax), %rdx
   858: f6c201                         testb $0x1, %dl
   85b: 7503                           jne 0x3
   85d: 48ff02                         incq (%rdx)
   860: 49895500                       movq %rdx, (%r13)
   864: 488b8848010000                 movq 0x148(%rax), %rcx
   86b: f6c101                         testb $0x1, %cl
   86e: 7507                           jne 0x7
   870: 48ff01                         incq (%rcx)
   873: 498b5500                       movq (%r13), %rdx
   877: 89d6                           movl %edx, %esi
   879: 83e601                         andl $0x1, %esi
   87c: 49894d08                       movq %rcx, 0x8(%r13)
   880: 4885f6                         testq %rsi, %rsi
   883: 400f94c6                       sete %sil
   887: f6c101                         testb $0x1, %cl
   88a: 400f94c7                       sete %dil
   88e: 4008f7                         orb %sil, %dil
   891: 740f                           je 0xf
   893: 4883c358                       addq $0x58, %rbx
   897: 41b998030000                   movl $0x398, %r9d
   89d: e98ff8ffff                     jmp -0x771
   8a2: 48d1fa                         sarq %rdx
   8a5: 48d1f9                         sarq %rcx
   8a8: 4883c359                       addq $0x59, %rbx
   8ac: 480fafca                       imulq %rdx, %rcx
   8b0: 41b9a2030000                   movl $0x3a2, %r9d
   8b6: 0f8075f8ffff                   jo -0x78b
   8bc: 4a8d1439                       leaq (%rcx,%r15), %rdx
   8c0: 4989d8                         movq %rbx, %r8
   8c3: 4885d2                         testq %rdx, %rdx
   8c6: 0f8968f8ffff                   jns -0x798
   8cc: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   8d4: 49894d00                       movq %rcx, (%r13)
   8d8: 488bb850010000                 movq 0x150(%rax), %rdi
   8df: 48898850010000                 movq %rcx, 0x150(%rax)
   8e6: 40f6c701                       testb $0x1, %dil
   8ea: 750a                           jne 0xa
   8ec: 48ff0f                         decq (%rdi)
   8ef: 7505                           jne 0x5
   8f1: e800000000                     callq 0x0
        # hole +0x8f2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8f6: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x8f8: R_X86_64_64 Abs64 operand0[95]+0
   900: f6c101                         testb $0x1, %cl
   903: 7503                           jne 0x3
   905: 48ff01                         incq (%rcx)
   908: 49894d00                       movq %rcx, (%r13)
   90c: 498b442418                     movq 0x18(%r12), %rax
   911: 488bb858010000                 movq 0x158(%rax), %rdi
   918: 48898858010000                 movq %rcx, 0x158(%rax)
   91f: 40f6c701                       testb $0x1, %dil
   923: 750f                           jne 0xf
   925: 48ff0f                         decq (%rdi)
   928: 750a                           jne 0xa
   92a: e800000000                     callq 0x0
        # hole +0x92b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   92f: 498b442418                     movq 0x18(%r12), %rax
   934: 49c7450063010000               movq $0x163, (%r13)
   93c: 488bb860010000                 movq 0x160(%rax), %rdi
   943: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   94e: 40f6c701                       testb $0x1, %dil
   952: 750a                           jne 0xa
   954: 48ff0f                         decq (%rdi)
   957: 7505                           jne 0x5
   959: e800000000                     callq 0x0
        # hole +0x95a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   95e: 58                             popq %rax
   95f: e900000000                     jmp 0x0
        # hole +0x960: R_X86_64_PLT32 Rel32 continue-4
   964: 4883c343                       addq $0x43, %rbx
   968: 41b9c6020000                   movl $0x2c6, %r9d
   96e: e9bef7ffff                     jmp -0x842
   973: 4883c34e                       addq $0x4e, %rbx
   977: 41b934030000                   movl $0x334, %r9d
   97d: e9aff7ffff                     jmp -0x851
