# stencil startup_attrs for x86_64-pc-windows-msvc: 2479 code bytes, 80 data bytes, 77 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 488b08                         movq (%rax), %rcx
     c: f6c101                         testb $0x1, %cl
     f: 7503                           jne 0x3
    11: 48ff01                         incq (%rcx)
    14: 498d7508                       leaq 0x8(%r13), %rsi
    18: 49894d00                       movq %rcx, (%r13)
    1c: f6c101                         testb $0x1, %cl
    1f: 0f8516070000                   jne 0x716
    25: 83790807                       cmpl $0x7, 0x8(%rcx)
    29: 0f850c070000                   jne 0x70c
    2f: 488b0500000000                 movq (%rip), %rax
        # hole +0x32: IMAGE_REL_AMD64_REL32 Rel32 data-4
    36: 488b5130                       movq 0x30(%rcx), %rdx
    3a: 48394230                       cmpq %rax, 0x30(%rdx)
    3e: 0f85f7060000                   jne 0x6f7
    44: 4883793803                     cmpq $0x3, 0x38(%rcx)
    49: 0f829b070000                   jb 0x79b
    4f: 488b4150                       movq 0x50(%rcx), %rax
    53: a801                           testb $0x1, %al
    55: 7503                           jne 0x3
    57: 48ff00                         incq (%rax)
    5a: 49894500                       movq %rax, (%r13)
    5e: 48ff09                         decq (%rcx)
    61: 7505                           jne 0x5
    63: e800000000                     callq 0x0
        # hole +0x64: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    68: 498b4500                       movq (%r13), %rax
    6c: 498b542418                     movq 0x18(%r12), %rdx
    71: 488b4a08                       movq 0x8(%rdx), %rcx
    75: 48894208                       movq %rax, 0x8(%rdx)
    79: f6c101                         testb $0x1, %cl
    7c: 750a                           jne 0xa
    7e: 48ff09                         decq (%rcx)
    81: 7505                           jne 0x5
    83: e800000000                     callq 0x0
        # hole +0x84: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    88: 498b442418                     movq 0x18(%r12), %rax
    8d: 488b4810                       movq 0x10(%rax), %rcx
    91: f6c101                         testb $0x1, %cl
    94: 0f85d6060000                   jne 0x6d6
    9a: 48ff01                         incq (%rcx)
    9d: 49894d00                       movq %rcx, (%r13)
    a1: 83790807                       cmpl $0x7, 0x8(%rcx)
    a5: 0f85c9060000                   jne 0x6c9
    ab: 488b4130                       movq 0x30(%rcx), %rax
    af: 488178302f900400               cmpq $0x4902f, 0x30(%rax)
    b7: 0f85b7060000                   jne 0x6b7
    bd: 4883793800                     cmpq $0x0, 0x38(%rcx)
    c2: 0f8437070000                   je 0x737
    c8: 488b4140                       movq 0x40(%rcx), %rax
    cc: a801                           testb $0x1, %al
    ce: 7503                           jne 0x3
    d0: 48ff00                         incq (%rax)
    d3: 49894500                       movq %rax, (%r13)
    d7: 48ff09                         decq (%rcx)
    da: 7505                           jne 0x5
    dc: e800000000                     callq 0x0
        # hole +0xdd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    e1: 498b4500                       movq (%r13), %rax
    e5: 498b542418                     movq 0x18(%r12), %rdx
    ea: 488b4a18                       movq 0x18(%rdx), %rcx
    ee: 48894218                       movq %rax, 0x18(%rdx)
    f2: f6c101                         testb $0x1, %cl
    f5: 750a                           jne 0xa
    f7: 48ff09                         decq (%rcx)
    fa: 7505                           jne 0x5
    fc: e800000000                     callq 0x0
        # hole +0xfd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   101: 498b442418                     movq 0x18(%r12), %rax
   106: 488b4820                       movq 0x20(%rax), %rcx
   10a: f6c101                         testb $0x1, %cl
   10d: 7503                           jne 0x3
   10f: 48ff01                         incq (%rcx)
   112: 49894d00                       movq %rcx, (%r13)
   116: f6c101                         testb $0x1, %cl
   119: 0f8567060000                   jne 0x667
   11f: 83790807                       cmpl $0x7, 0x8(%rcx)
   123: 0f855d060000                   jne 0x65d
   129: 488b0500000000                 movq (%rip), %rax
        # hole +0x12c: IMAGE_REL_AMD64_REL32 Rel32 data+4
   130: 488b5130                       movq 0x30(%rcx), %rdx
   134: 48394230                       cmpq %rax, 0x30(%rdx)
   138: 0f8548060000                   jne 0x648
   13e: 4883793800                     cmpq $0x0, 0x38(%rcx)
   143: 0f84f9060000                   je 0x6f9
   149: 488b4140                       movq 0x40(%rcx), %rax
   14d: a801                           testb $0x1, %al
   14f: 7503                           jne 0x3
   151: 48ff00                         incq (%rax)
   154: 49894500                       movq %rax, (%r13)
   158: 48ff09                         decq (%rcx)
   15b: 7505                           jne 0x5
   15d: e800000000                     callq 0x0
        # hole +0x15e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   162: 498b4500                       movq (%r13), %rax
   166: 498b542418                     movq 0x18(%r12), %rdx
   16b: 488b4a28                       movq 0x28(%rdx), %rcx
   16f: 48894228                       movq %rax, 0x28(%rdx)
   173: f6c101                         testb $0x1, %cl
   176: 750a                           jne 0xa
   178: 48ff09                         decq (%rcx)
   17b: 7505                           jne 0x5
   17d: e800000000                     callq 0x0
        # hole +0x17e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   182: 498b442418                     movq 0x18(%r12), %rax
   187: 488b4830                       movq 0x30(%rax), %rcx
   18b: f6c101                         testb $0x1, %cl
   18e: 7503                           jne 0x3
   190: 48ff01                         incq (%rcx)
   193: 49894d00                       movq %rcx, (%r13)
   197: f6c101                         testb $0x1, %cl
   19a: 0f85f8050000                   jne 0x5f8
   1a0: 83790807                       cmpl $0x7, 0x8(%rcx)
   1a4: 0f85ee050000                   jne 0x5ee
   1aa: 488b0500000000                 movq (%rip), %rax
        # hole +0x1ad: IMAGE_REL_AMD64_REL32 Rel32 data+12
   1b1: 488b5130                       movq 0x30(%rcx), %rdx
   1b5: 48394230                       cmpq %rax, 0x30(%rdx)
   1b9: 0f85d9050000                   jne 0x5d9
   1bf: 4883793803                     cmpq $0x3, 0x38(%rcx)
   1c4: 0f82a2060000                   jb 0x6a2
   1ca: 488b4150                       movq 0x50(%rcx), %rax
   1ce: a801                           testb $0x1, %al
   1d0: 7503                           jne 0x3
   1d2: 48ff00                         incq (%rax)
   1d5: 49894500                       movq %rax, (%r13)
   1d9: 48ff09                         decq (%rcx)
   1dc: 7505                           jne 0x5
   1de: e800000000                     callq 0x0
        # hole +0x1df: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1e3: 498b4500                       movq (%r13), %rax
   1e7: 498b542418                     movq 0x18(%r12), %rdx
   1ec: 488b4a38                       movq 0x38(%rdx), %rcx
   1f0: 48894238                       movq %rax, 0x38(%rdx)
   1f4: f6c101                         testb $0x1, %cl
   1f7: 750a                           jne 0xa
   1f9: 48ff09                         decq (%rcx)
   1fc: 7505                           jne 0x5
   1fe: e800000000                     callq 0x0
        # hole +0x1ff: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   203: 498b442418                     movq 0x18(%r12), %rax
   208: 488b4840                       movq 0x40(%rax), %rcx
   20c: f6c101                         testb $0x1, %cl
   20f: 7503                           jne 0x3
   211: 48ff01                         incq (%rcx)
   214: 49894d00                       movq %rcx, (%r13)
   218: f6c101                         testb $0x1, %cl
   21b: 0f8589050000                   jne 0x589
   221: 83790807                       cmpl $0x7, 0x8(%rcx)
   225: 0f857f050000                   jne 0x57f
   22b: 488b0500000000                 movq (%rip), %rax
        # hole +0x22e: IMAGE_REL_AMD64_REL32 Rel32 data+20
   232: 488b5130                       movq 0x30(%rcx), %rdx
   236: 48394230                       cmpq %rax, 0x30(%rdx)
   23a: 0f856a050000                   jne 0x56a
   240: 4883793800                     cmpq $0x0, 0x38(%rcx)
   245: 0f844b060000                   je 0x64b
   24b: 488b4140                       movq 0x40(%rcx), %rax
   24f: a801                           testb $0x1, %al
   251: 7503                           jne 0x3
   253: 48ff00                         incq (%rax)
   256: 49894500                       movq %rax, (%r13)
   25a: 48ff09                         decq (%rcx)
   25d: 7505                           jne 0x5
   25f: e800000000                     callq 0x0
        # hole +0x260: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   264: 498b4500                       movq (%r13), %rax
   268: 498b542418                     movq 0x18(%r12), %rdx
   26d: 488b4a48                       movq 0x48(%rdx), %rcx
   271: 48894248                       movq %rax, 0x48(%rdx)
   275: f6c101                         testb $0x1, %cl
   278: 750a                           jne 0xa
   27a: 48ff09                         decq (%rcx)
   27d: 7505                           jne 0x5
   27f: e800000000                     callq 0x0
        # hole +0x280: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   284: 498b442418                     movq 0x18(%r12), %rax
   289: 488b4850                       movq 0x50(%rax), %rcx
   28d: f6c101                         testb $0x1, %cl
   290: 0f8526050000                   jne 0x526
   296: 48ff01                         incq (%rcx)
   299: 49894d00                       movq %rcx, (%r13)
   29d: 83790807                       cmpl $0x7, 0x8(%rcx)
   2a1: 0f8519050000                   jne 0x519
   2a7: 488b4130                       movq 0x30(%rcx), %rax
   2ab: 488178309af20c00               cmpq $0xcf29a, 0x30(%rax)
   2b3: 0f8507050000                   jne 0x507
   2b9: 4883793800                     cmpq $0x0, 0x38(%rcx)
   2be: 0f84e7050000                   je 0x5e7
   2c4: 488b4140                       movq 0x40(%rcx), %rax
   2c8: a801                           testb $0x1, %al
   2ca: 7503                           jne 0x3
   2cc: 48ff00                         incq (%rax)
   2cf: 49894500                       movq %rax, (%r13)
   2d3: 48ff09                         decq (%rcx)
   2d6: 7505                           jne 0x5
   2d8: e800000000                     callq 0x0
        # hole +0x2d9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2dd: 498b4500                       movq (%r13), %rax
   2e1: 498b542418                     movq 0x18(%r12), %rdx
   2e6: 488b4a58                       movq 0x58(%rdx), %rcx
   2ea: 48894258                       movq %rax, 0x58(%rdx)
   2ee: f6c101                         testb $0x1, %cl
   2f1: 750a                           jne 0xa
   2f3: 48ff09                         decq (%rcx)
   2f6: 7505                           jne 0x5
   2f8: e800000000                     callq 0x0
        # hole +0x2f9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2fd: 498b442418                     movq 0x18(%r12), %rax
   302: 488b4860                       movq 0x60(%rax), %rcx
   306: f6c101                         testb $0x1, %cl
   309: 7503                           jne 0x3
   30b: 48ff01                         incq (%rcx)
   30e: 49894d00                       movq %rcx, (%r13)
   312: f6c101                         testb $0x1, %cl
   315: 0f85ba040000                   jne 0x4ba
   31b: 83790807                       cmpl $0x7, 0x8(%rcx)
   31f: 0f85b0040000                   jne 0x4b0
   325: 488b0500000000                 movq (%rip), %rax
        # hole +0x328: IMAGE_REL_AMD64_REL32 Rel32 data+28
   32c: 488b5130                       movq 0x30(%rcx), %rdx
   330: 48394230                       cmpq %rax, 0x30(%rdx)
   334: 0f859b040000                   jne 0x49b
   33a: 4883793800                     cmpq $0x0, 0x38(%rcx)
   33f: 0f84a9050000                   je 0x5a9
   345: 488b4140                       movq 0x40(%rcx), %rax
   349: a801                           testb $0x1, %al
   34b: 7503                           jne 0x3
   34d: 48ff00                         incq (%rax)
   350: 49894500                       movq %rax, (%r13)
   354: 48ff09                         decq (%rcx)
   357: 7505                           jne 0x5
   359: e800000000                     callq 0x0
        # hole +0x35a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   35e: 498b4500                       movq (%r13), %rax
   362: 498b542418                     movq 0x18(%r12), %rdx
   367: 488b4a68                       movq 0x68(%rdx), %rcx
   36b: 48894268                       movq %rax, 0x68(%rdx)
   36f: f6c101                         testb $0x1, %cl
   372: 750a                           jne 0xa
   374: 48ff09                         decq (%rcx)
   377: 7505                           jne 0x5
   379: e800000000                     callq 0x0
        # hole +0x37a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   37e: 498b442418                     movq 0x18(%r12), %rax
   383: 488b4870                       movq 0x70(%rax), %rcx
   387: f6c101                         testb $0x1, %cl
   38a: 0f8584040000                   jne 0x484
   390: 48ff01                         incq (%rcx)
   393: 49894d00                       movq %rcx, (%r13)
   397: 83790807                       cmpl $0x7, 0x8(%rcx)
   39b: 0f8577040000                   jne 0x477
   3a1: 488b4130                       movq 0x30(%rcx), %rax
   3a5: 48817830d4990300               cmpq $0x399d4, 0x30(%rax)
   3ad: 0f8565040000                   jne 0x465
   3b3: 4883793802                     cmpq $0x2, 0x38(%rcx)
   3b8: 0f8245050000                   jb 0x545
   3be: 488b4148                       movq 0x48(%rcx), %rax
   3c2: a801                           testb $0x1, %al
   3c4: 7503                           jne 0x3
   3c6: 48ff00                         incq (%rax)
   3c9: 49894500                       movq %rax, (%r13)
   3cd: 48ff09                         decq (%rcx)
   3d0: 7505                           jne 0x5
   3d2: e800000000                     callq 0x0
        # hole +0x3d3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3d7: 498b4500                       movq (%r13), %rax
   3db: 498b542418                     movq 0x18(%r12), %rdx
   3e0: 488b4a78                       movq 0x78(%rdx), %rcx
   3e4: 48894278                       movq %rax, 0x78(%rdx)
   3e8: f6c101                         testb $0x1, %cl
   3eb: 750a                           jne 0xa
   3ed: 48ff09                         decq (%rcx)
   3f0: 7505                           jne 0x5
   3f2: e800000000                     callq 0x0
        # hole +0x3f3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3f7: 498b442418                     movq 0x18(%r12), %rax
   3fc: 488b8880000000                 movq 0x80(%rax), %rcx
   403: f6c101                         testb $0x1, %cl
   406: 7503                           jne 0x3
   408: 48ff01                         incq (%rcx)
   40b: 49894d00                       movq %rcx, (%r13)
   40f: f6c101                         testb $0x1, %cl
   412: 0f8515040000                   jne 0x415
   418: 83790807                       cmpl $0x7, 0x8(%rcx)
   41c: 0f850b040000                   jne 0x40b
   422: 488b0500000000                 movq (%rip), %rax
        # hole +0x425: IMAGE_REL_AMD64_REL32 Rel32 data+36
   429: 488b5130                       movq 0x30(%rcx), %rdx
   42d: 48394230                       cmpq %rax, 0x30(%rdx)
   431: 0f85f6030000                   jne 0x3f6
   437: 4883793800                     cmpq $0x0, 0x38(%rcx)
   43c: 0f84ef040000                   je 0x4ef
   442: 488b4140                       movq 0x40(%rcx), %rax
   446: a801                           testb $0x1, %al
   448: 7503                           jne 0x3
   44a: 48ff00                         incq (%rax)
   44d: 49894500                       movq %rax, (%r13)
   451: 48ff09                         decq (%rcx)
   454: 7505                           jne 0x5
   456: e800000000                     callq 0x0
        # hole +0x457: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   45b: 498b4500                       movq (%r13), %rax
   45f: 498b542418                     movq 0x18(%r12), %rdx
   464: 488b8a88000000                 movq 0x88(%rdx), %rcx
   46b: 48898288000000                 movq %rax, 0x88(%rdx)
   472: f6c101                         testb $0x1, %cl
   475: 750a                           jne 0xa
   477: 48ff09                         decq (%rcx)
   47a: 7505                           jne 0x5
   47c: e800000000                     callq 0x0
        # hole +0x47d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   481: 498b442418                     movq 0x18(%r12), %rax
   486: 488b8890000000                 movq 0x90(%rax), %rcx
   48d: f6c101                         testb $0x1, %cl
   490: 7503                           jne 0x3
   492: 48ff01                         incq (%rcx)
   495: 49894d00                       movq %rcx, (%r13)
   499: f6c101                         testb $0x1, %cl
   49c: 0f85b5030000                   jne 0x3b5
   4a2: 83790807                       cmpl $0x7, 0x8(%rcx)
   4a6: 0f85ab030000                   jne 0x3ab
   4ac: 488b0500000000                 movq (%rip), %rax
        # hole +0x4af: IMAGE_REL_AMD64_REL32 Rel32 data+44
   4b3: 488b5130                       movq 0x30(%rcx), %rdx
   4b7: 48394230                       cmpq %rax, 0x30(%rdx)
   4bb: 0f8596030000                   jne 0x396
   4c1: 4883793804                     cmpq $0x4, 0x38(%rcx)
   4c6: 0f827a040000                   jb 0x47a
   4cc: 488b4158                       movq 0x58(%rcx), %rax
   4d0: a801                           testb $0x1, %al
   4d2: 7503                           jne 0x3
   4d4: 48ff00                         incq (%rax)
   4d7: 49894500                       movq %rax, (%r13)
   4db: 48ff09                         decq (%rcx)
   4de: 7505                           jne 0x5
   4e0: e800000000                     callq 0x0
        # hole +0x4e1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4e5: 498b4500                       movq (%r13), %rax
   4e9: 498b542418                     movq 0x18(%r12), %rdx
   4ee: 488b8a98000000                 movq 0x98(%rdx), %rcx
   4f5: 48898298000000                 movq %rax, 0x98(%rdx)
   4fc: f6c101                         testb $0x1, %cl
   4ff: 750a                           jne 0xa
   501: 48ff09                         decq (%rcx)
   504: 7505                           jne 0x5
   506: e800000000                     callq 0x0
        # hole +0x507: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   50b: 498b442418                     movq 0x18(%r12), %rax
   510: 488b88a0000000                 movq 0xa0(%rax), %rcx
   517: f6c101                         testb $0x1, %cl
   51a: 7503                           jne 0x3
   51c: 48ff01                         incq (%rcx)
   51f: 49894d00                       movq %rcx, (%r13)
   523: f6c101                         testb $0x1, %cl
   526: 0f8555030000                   jne 0x355
   52c: 83790807                       cmpl $0x7, 0x8(%rcx)
   530: 0f854b030000                   jne 0x34b
   536: 488b0500000000                 movq (%rip), %rax
        # hole +0x539: IMAGE_REL_AMD64_REL32 Rel32 data+52
   53d: 488b5130                       movq 0x30(%rcx), %rdx
   541: 48394230                       cmpq %rax, 0x30(%rdx)
   545: 0f8536030000                   jne 0x336
   54b: 4883793800                     cmpq $0x0, 0x38(%rcx)
   550: 0f8405040000                   je 0x405
   556: 488b4140                       movq 0x40(%rcx), %rax
   55a: a801                           testb $0x1, %al
   55c: 7503                           jne 0x3
   55e: 48ff00                         incq (%rax)
   561: 49894500                       movq %rax, (%r13)
   565: 48ff09                         decq (%rcx)
   568: 7505                           jne 0x5
   56a: e800000000                     callq 0x0
        # hole +0x56b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   56f: 498b4500                       movq (%r13), %rax
   573: 498b542418                     movq 0x18(%r12), %rdx
   578: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   57f: 488982a8000000                 movq %rax, 0xa8(%rdx)
   586: f6c101                         testb $0x1, %cl
   589: 750a                           jne 0xa
   58b: 48ff09                         decq (%rcx)
   58e: 7505                           jne 0x5
   590: e800000000                     callq 0x0
        # hole +0x591: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   595: 498b442418                     movq 0x18(%r12), %rax
   59a: 488b88b0000000                 movq 0xb0(%rax), %rcx
   5a1: f6c101                         testb $0x1, %cl
   5a4: 0f8516030000                   jne 0x316
   5aa: 48ff01                         incq (%rcx)
   5ad: 49894d00                       movq %rcx, (%r13)
   5b1: 83790807                       cmpl $0x7, 0x8(%rcx)
   5b5: 0f8509030000                   jne 0x309
   5bb: 488b4130                       movq 0x30(%rcx), %rax
   5bf: 48817830bb5e0800               cmpq $0x85ebb, 0x30(%rax)
   5c7: 0f85f7020000                   jne 0x2f7
   5cd: 4883793802                     cmpq $0x2, 0x38(%rcx)
   5d2: 0f8298030000                   jb 0x398
   5d8: 488b4148                       movq 0x48(%rcx), %rax
   5dc: a801                           testb $0x1, %al
   5de: 7503                           jne 0x3
   5e0: 48ff00                         incq (%rax)
   5e3: 49894500                       movq %rax, (%r13)
   5e7: 48ff09                         decq (%rcx)
   5ea: 7505                           jne 0x5
   5ec: e800000000                     callq 0x0
        # hole +0x5ed: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5f1: 498b4500                       movq (%r13), %rax
   5f5: 498b542418                     movq 0x18(%r12), %rdx
   5fa: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   601: 488982b8000000                 movq %rax, 0xb8(%rdx)
   608: f6c101                         testb $0x1, %cl
   60b: 750a                           jne 0xa
   60d: 48ff09                         decq (%rcx)
   610: 7505                           jne 0x5
   612: e800000000                     callq 0x0
        # hole +0x613: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   617: 498b442418                     movq 0x18(%r12), %rax
   61c: 488b88c0000000                 movq 0xc0(%rax), %rcx
   623: f6c101                         testb $0x1, %cl
   626: 7503                           jne 0x3
   628: 48ff01                         incq (%rcx)
   62b: 49894d00                       movq %rcx, (%r13)
   62f: f6c101                         testb $0x1, %cl
   632: 0f85a1020000                   jne 0x2a1
   638: 83790807                       cmpl $0x7, 0x8(%rcx)
   63c: 0f8597020000                   jne 0x297
   642: 488b0500000000                 movq (%rip), %rax
        # hole +0x645: IMAGE_REL_AMD64_REL32 Rel32 data+60
   649: 488b5130                       movq 0x30(%rcx), %rdx
   64d: 48394230                       cmpq %rax, 0x30(%rdx)
   651: 0f8582020000                   jne 0x282
   657: 4883793800                     cmpq $0x0, 0x38(%rcx)
   65c: 0f8423030000                   je 0x323
   662: 488b4140                       movq 0x40(%rcx), %rax
   666: a801                           testb $0x1, %al
   668: 7503                           jne 0x3
   66a: 48ff00                         incq (%rax)
   66d: 49894500                       movq %rax, (%r13)
   671: 48ff09                         decq (%rcx)
   674: 7505                           jne 0x5
   676: e800000000                     callq 0x0
        # hole +0x677: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   67b: 498b4500                       movq (%r13), %rax
   67f: 498b542418                     movq 0x18(%r12), %rdx
   684: 488b8ac8000000                 movq 0xc8(%rdx), %rcx
   68b: 488982c8000000                 movq %rax, 0xc8(%rdx)
   692: f6c101                         testb $0x1, %cl
   695: 750a                           jne 0xa
   697: 48ff09                         decq (%rcx)
   69a: 7505                           jne 0x5
   69c: e800000000                     callq 0x0
        # hole +0x69d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6a1: 498b442418                     movq 0x18(%r12), %rax
   6a6: 488b88d0000000                 movq 0xd0(%rax), %rcx
   6ad: f6c101                         testb $0x1, %cl
   6b0: 0f8562020000                   jne 0x262
   6b6: 48ff01                         incq (%rcx)
   6b9: 49894d00                       movq %rcx, (%r13)
   6bd: 83790807                       cmpl $0x7, 0x8(%rcx)
   6c1: 0f8555020000                   jne 0x255
   6c7: 488b4130                       movq 0x30(%rcx), %rax
   6cb: 488178303aba0a00               cmpq $0xaba3a, 0x30(%rax)
   6d3: 0f8543020000                   jne 0x243
   6d9: 4883793802                     cmpq $0x2, 0x38(%rcx)
   6de: 0f82b6020000                   jb 0x2b6
   6e4: 488b4148                       movq 0x48(%rcx), %rax
   6e8: a801                           testb $0x1, %al
   6ea: 7503                           jne 0x3
   6ec: 48ff00                         incq (%rax)
   6ef: 49894500                       movq %rax, (%r13)
   6f3: 48ff09                         decq (%rcx)
   6f6: 7505                           jne 0x5
   6f8: e800000000                     callq 0x0
        # hole +0x6f9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6fd: 498b4500                       movq (%r13), %rax
   701: 498b542418                     movq 0x18(%r12), %rdx
   706: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   70d: 488982d8000000                 movq %rax, 0xd8(%rdx)
   714: f6c101                         testb $0x1, %cl
   717: 750a                           jne 0xa
   719: 48ff09                         decq (%rcx)
   71c: 7505                           jne 0x5
   71e: e800000000                     callq 0x0
        # hole +0x71f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   723: 488b0500000000                 movq (%rip), %rax
        # hole +0x726: IMAGE_REL_AMD64_REL32 Rel32 data+68
   72a: 4883c04a                       addq $0x4a, %rax
   72e: b9e4020000                     movl $0x2e4, %ecx
   733: 41b902000000                   movl $0x2, %r9d
   739: eb18                           jmp 0x18
   73b: 488b0500000000                 movq (%rip), %rax
        # hole +0x73e: IMAGE_REL_AMD64_REL32 Rel32 data+68
   742: 48ffc0                         incq %rax
   745: b90a000000                     movl $0xa, %ecx
   74a: 41b901000000                   movl $0x1, %r9d
   750: 4989f5                         movq %rsi, %r13
   753: 48894c2428                     movq %rcx, 0x28(%rsp)
   758: 4889442420                     movq %rax, 0x20(%rsp)
   75d: 4c89e1                         movq %r12, %rcx
   760: 4c89ea                         movq %r13, %rdx
   763: 4d89f0                         movq %r14, %r8
   766: e800000000                     callq 0x0
        # hole +0x767: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   76b: 4883c438                       addq $0x38, %rsp
   76f: c3                             retq
   770: 49894d00                       movq %rcx, (%r13)
   774: 488b0500000000                 movq (%rip), %rax
        # hole +0x777: IMAGE_REL_AMD64_REL32 Rel32 data+68
   77b: 4883c005                       addq $0x5, %rax
   77f: b932000000                     movl $0x32, %ecx
   784: ebc4                           jmp -0x3c
   786: 488b0500000000                 movq (%rip), %rax
        # hole +0x789: IMAGE_REL_AMD64_REL32 Rel32 data+68
   78d: 4883c00b                       addq $0xb, %rax
   791: b96e000000                     movl $0x6e, %ecx
   796: ebb2                           jmp -0x4e
   798: 488b0500000000                 movq (%rip), %rax
        # hole +0x79b: IMAGE_REL_AMD64_REL32 Rel32 data+68
   79f: 4883c011                       addq $0x11, %rax
   7a3: b9aa000000                     movl $0xaa, %ecx
   7a8: eba0                           jmp -0x60
   7aa: 488b0500000000                 movq (%rip), %rax
        # hole +0x7ad: IMAGE_REL_AMD64_REL32 Rel32 data+68
   7b1: 4883c015                       addq $0x15, %rax
   7b5: b9d2000000                     movl $0xd2, %ecx
   7ba: eb8e                           jmp -0x72
   7bc: 49894d00                       movq %rcx, (%r13)
   7c0: 488b0500000000                 movq (%rip), %rax
        # hole +0x7c3: IMAGE_REL_AMD64_REL32 Rel32 data+68
   7c7: 4883c01b                       addq $0x1b, %rax
   7cb: b90e010000                     movl $0x10e, %ecx
   7d0: e975ffffff                     jmp -0x8b
   7d5: 488b0500000000                 movq (%rip), %rax
        # hole +0x7d8: IMAGE_REL_AMD64_REL32 Rel32 data+68
   7dc: 4883c021                       addq $0x21, %rax
   7e0: b94a010000                     movl $0x14a, %ecx
   7e5: e960ffffff                     jmp -0xa0
   7ea: 488b0500000000                 movq (%rip), %rax
        # hole +0x7ed: IMAGE_REL_AMD64_REL32 Rel32 data+68
   7f1: 4883c002                       addq $0x2, %rax
   7f5: b914000000                     movl $0x14, %ecx
   7fa: e94bffffff                     jmp -0xb5
   7ff: 488b0500000000                 movq (%rip), %rax
        # hole +0x802: IMAGE_REL_AMD64_REL32 Rel32 data+68
   806: 4883c006                       addq $0x6, %rax
   80a: b93c000000                     movl $0x3c, %ecx
   80f: e936ffffff                     jmp -0xca
   814: 49894d00                       movq %rcx, (%r13)
   818: 488b0500000000                 movq (%rip), %rax
        # hole +0x81b: IMAGE_REL_AMD64_REL32 Rel32 data+68
   81f: 4883c025                       addq $0x25, %rax
   823: b972010000                     movl $0x172, %ecx
   828: e91dffffff                     jmp -0xe3
   82d: 488b0500000000                 movq (%rip), %rax
        # hole +0x830: IMAGE_REL_AMD64_REL32 Rel32 data+68
   834: 4883c02b                       addq $0x2b, %rax
   838: b9ae010000                     movl $0x1ae, %ecx
   83d: e908ffffff                     jmp -0xf8
   842: 488b0500000000                 movq (%rip), %rax
        # hole +0x845: IMAGE_REL_AMD64_REL32 Rel32 data+68
   849: 4883c00c                       addq $0xc, %rax
   84d: b978000000                     movl $0x78, %ecx
   852: e9f3feffff                     jmp -0x10d
   857: 488b0500000000                 movq (%rip), %rax
        # hole +0x85a: IMAGE_REL_AMD64_REL32 Rel32 data+68
   85e: 4883c031                       addq $0x31, %rax
   862: b9ea010000                     movl $0x1ea, %ecx
   867: e9defeffff                     jmp -0x122
   86c: 488b0500000000                 movq (%rip), %rax
        # hole +0x86f: IMAGE_REL_AMD64_REL32 Rel32 data+68
   873: 4883c012                       addq $0x12, %rax
   877: b9b4000000                     movl $0xb4, %ecx
   87c: e9c9feffff                     jmp -0x137
   881: 488b0500000000                 movq (%rip), %rax
        # hole +0x884: IMAGE_REL_AMD64_REL32 Rel32 data+68
   888: 4883c035                       addq $0x35, %rax
   88c: b912020000                     movl $0x212, %ecx
   891: e9b4feffff                     jmp -0x14c
   896: 488b0500000000                 movq (%rip), %rax
        # hole +0x899: IMAGE_REL_AMD64_REL32 Rel32 data+68
   89d: 4883c016                       addq $0x16, %rax
   8a1: b9dc000000                     movl $0xdc, %ecx
   8a6: e99ffeffff                     jmp -0x161
   8ab: 488b0500000000                 movq (%rip), %rax
        # hole +0x8ae: IMAGE_REL_AMD64_REL32 Rel32 data+68
   8b2: 4883c01c                       addq $0x1c, %rax
   8b6: b918010000                     movl $0x118, %ecx
   8bb: e98afeffff                     jmp -0x176
   8c0: 49894d00                       movq %rcx, (%r13)
   8c4: 488b0500000000                 movq (%rip), %rax
        # hole +0x8c7: IMAGE_REL_AMD64_REL32 Rel32 data+68
   8cb: 4883c03b                       addq $0x3b, %rax
   8cf: b94e020000                     movl $0x24e, %ecx
   8d4: e971feffff                     jmp -0x18f
   8d9: 488b0500000000                 movq (%rip), %rax
        # hole +0x8dc: IMAGE_REL_AMD64_REL32 Rel32 data+68
   8e0: 4883c041                       addq $0x41, %rax
   8e4: b98a020000                     movl $0x28a, %ecx
   8e9: e95cfeffff                     jmp -0x1a4
   8ee: 488b0500000000                 movq (%rip), %rax
        # hole +0x8f1: IMAGE_REL_AMD64_REL32 Rel32 data+68
   8f5: 4883c022                       addq $0x22, %rax
   8f9: b954010000                     movl $0x154, %ecx
   8fe: e947feffff                     jmp -0x1b9
   903: 488b0500000000                 movq (%rip), %rax
        # hole +0x906: IMAGE_REL_AMD64_REL32 Rel32 data+68
   90a: 4883c026                       addq $0x26, %rax
   90e: b97c010000                     movl $0x17c, %ecx
   913: e932feffff                     jmp -0x1ce
   918: 49894d00                       movq %rcx, (%r13)
   91c: 488b0500000000                 movq (%rip), %rax
        # hole +0x91f: IMAGE_REL_AMD64_REL32 Rel32 data+68
   923: 4883c045                       addq $0x45, %rax
   927: b9b2020000                     movl $0x2b2, %ecx
   92c: e919feffff                     jmp -0x1e7
   931: 488b0500000000                 movq (%rip), %rax
        # hole +0x934: IMAGE_REL_AMD64_REL32 Rel32 data+68
   938: 4883c02c                       addq $0x2c, %rax
   93c: b9b8010000                     movl $0x1b8, %ecx
   941: e904feffff                     jmp -0x1fc
   946: 488b0500000000                 movq (%rip), %rax
        # hole +0x949: IMAGE_REL_AMD64_REL32 Rel32 data+68
   94d: 4883c032                       addq $0x32, %rax
   951: b9f4010000                     movl $0x1f4, %ecx
   956: e9effdffff                     jmp -0x211
   95b: 488b0500000000                 movq (%rip), %rax
        # hole +0x95e: IMAGE_REL_AMD64_REL32 Rel32 data+68
   962: 4883c036                       addq $0x36, %rax
   966: b91c020000                     movl $0x21c, %ecx
   96b: e9dafdffff                     jmp -0x226
   970: 488b0500000000                 movq (%rip), %rax
        # hole +0x973: IMAGE_REL_AMD64_REL32 Rel32 data+68
   977: 4883c03c                       addq $0x3c, %rax
   97b: b958020000                     movl $0x258, %ecx
   980: e9c5fdffff                     jmp -0x23b
   985: 488b0500000000                 movq (%rip), %rax
        # hole +0x988: IMAGE_REL_AMD64_REL32 Rel32 data+68
   98c: 4883c042                       addq $0x42, %rax
   990: b994020000                     movl $0x294, %ecx
   995: e9b0fdffff                     jmp -0x250
   99a: 488b0500000000                 movq (%rip), %rax
        # hole +0x99d: IMAGE_REL_AMD64_REL32 Rel32 data+68
   9a1: 4883c046                       addq $0x46, %rax
   9a5: b9bc020000                     movl $0x2bc, %ecx
   9aa: e99bfdffff                     jmp -0x265
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 operand0[11]+0
        # hole data+0x10: GOT Abs64 operand0[17]+0
        # hole data+0x18: GOT Abs64 operand0[21]+0
        # hole data+0x20: GOT Abs64 operand0[33]+0
        # hole data+0x28: GOT Abs64 operand0[43]+0
        # hole data+0x30: GOT Abs64 operand0[49]+0
        # hole data+0x38: GOT Abs64 operand0[53]+0
        # hole data+0x40: GOT Abs64 operand0[65]+0
        # hole data+0x48: GOT Abs64 index+0
