# stencil startup_attrs for x86_64-unknown-linux-gnu: 2645 code bytes, 0 data bytes, 67 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b38                         movq (%rax), %rdi
     8: 40f6c701                       testb $0x1, %dil
     c: 7503                           jne 0x3
     e: 48ff07                         incq (%rdi)
    11: 50                             pushq %rax
    12: 498d5d08                       leaq 0x8(%r13), %rbx
    16: 49897d00                       movq %rdi, (%r13)
    1a: 40f6c701                       testb $0x1, %dil
    1e: 0f855c070000                   jne 0x75c
    24: 837f0807                       cmpl $0x7, 0x8(%rdi)
    28: 0f8552070000                   jne 0x752
    2e: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x30: R_X86_64_64 Abs64 operand0[1]+0
    38: 488b4f30                       movq 0x30(%rdi), %rcx
    3c: 48394130                       cmpq %rax, 0x30(%rcx)
    40: 0f853a070000                   jne 0x73a
    46: 48837f3803                     cmpq $0x3, 0x38(%rdi)
    4b: 0f82eb070000                   jb 0x7eb
    51: 488b4750                       movq 0x50(%rdi), %rax
    55: a801                           testb $0x1, %al
    57: 7503                           jne 0x3
    59: 48ff00                         incq (%rax)
    5c: 49894500                       movq %rax, (%r13)
    60: 48ff0f                         decq (%rdi)
    63: 7505                           jne 0x5
    65: e800000000                     callq 0x0
        # hole +0x66: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    6a: 498b4d00                       movq (%r13), %rcx
    6e: 498b442418                     movq 0x18(%r12), %rax
    73: 488b7808                       movq 0x8(%rax), %rdi
    77: 48894808                       movq %rcx, 0x8(%rax)
    7b: 40f6c701                       testb $0x1, %dil
    7f: 750f                           jne 0xf
    81: 48ff0f                         decq (%rdi)
    84: 750a                           jne 0xa
    86: e800000000                     callq 0x0
        # hole +0x87: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    8b: 498b442418                     movq 0x18(%r12), %rax
    90: 488b7810                       movq 0x10(%rax), %rdi
    94: 40f6c701                       testb $0x1, %dil
    98: 0f850c070000                   jne 0x70c
    9e: 48ff07                         incq (%rdi)
    a1: 49897d00                       movq %rdi, (%r13)
    a5: 837f0807                       cmpl $0x7, 0x8(%rdi)
    a9: 0f85ff060000                   jne 0x6ff
    af: 488b4f30                       movq 0x30(%rdi), %rcx
    b3: 488179302f900400               cmpq $0x4902f, 0x30(%rcx)
    bb: 0f85ed060000                   jne 0x6ed
    c1: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    c6: 0f8489070000                   je 0x789
    cc: 488b4f40                       movq 0x40(%rdi), %rcx
    d0: f6c101                         testb $0x1, %cl
    d3: 7503                           jne 0x3
    d5: 48ff01                         incq (%rcx)
    d8: 49894d00                       movq %rcx, (%r13)
    dc: 48ff0f                         decq (%rdi)
    df: 750a                           jne 0xa
    e1: e800000000                     callq 0x0
        # hole +0xe2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    e6: 498b442418                     movq 0x18(%r12), %rax
    eb: 498b4d00                       movq (%r13), %rcx
    ef: 488b7818                       movq 0x18(%rax), %rdi
    f3: 48894818                       movq %rcx, 0x18(%rax)
    f7: 40f6c701                       testb $0x1, %dil
    fb: 750f                           jne 0xf
    fd: 48ff0f                         decq (%rdi)
   100: 750a                           jne 0xa
   102: e800000000                     callq 0x0
        # hole +0x103: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   107: 498b442418                     movq 0x18(%r12), %rax
   10c: 488b7820                       movq 0x20(%rax), %rdi
   110: 40f6c701                       testb $0x1, %dil
   114: 7503                           jne 0x3
   116: 48ff07                         incq (%rdi)
   119: 49897d00                       movq %rdi, (%r13)
   11d: 40f6c701                       testb $0x1, %dil
   121: 0f859d060000                   jne 0x69d
   127: 837f0807                       cmpl $0x7, 0x8(%rdi)
   12b: 0f8593060000                   jne 0x693
   131: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x133: R_X86_64_64 Abs64 operand0[11]+0
   13b: 488b4f30                       movq 0x30(%rdi), %rcx
   13f: 48394130                       cmpq %rax, 0x30(%rcx)
   143: 0f857b060000                   jne 0x67b
   149: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   14e: 0f8450070000                   je 0x750
   154: 488b4740                       movq 0x40(%rdi), %rax
   158: a801                           testb $0x1, %al
   15a: 7503                           jne 0x3
   15c: 48ff00                         incq (%rax)
   15f: 49894500                       movq %rax, (%r13)
   163: 48ff0f                         decq (%rdi)
   166: 7505                           jne 0x5
   168: e800000000                     callq 0x0
        # hole +0x169: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   16d: 498b4d00                       movq (%r13), %rcx
   171: 498b442418                     movq 0x18(%r12), %rax
   176: 488b7828                       movq 0x28(%rax), %rdi
   17a: 48894828                       movq %rcx, 0x28(%rax)
   17e: 40f6c701                       testb $0x1, %dil
   182: 750f                           jne 0xf
   184: 48ff0f                         decq (%rdi)
   187: 750a                           jne 0xa
   189: e800000000                     callq 0x0
        # hole +0x18a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   18e: 498b442418                     movq 0x18(%r12), %rax
   193: 488b7830                       movq 0x30(%rax), %rdi
   197: 40f6c701                       testb $0x1, %dil
   19b: 7503                           jne 0x3
   19d: 48ff07                         incq (%rdi)
   1a0: 49897d00                       movq %rdi, (%r13)
   1a4: 40f6c701                       testb $0x1, %dil
   1a8: 0f852c060000                   jne 0x62c
   1ae: 837f0807                       cmpl $0x7, 0x8(%rdi)
   1b2: 0f8522060000                   jne 0x622
   1b8: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x1ba: R_X86_64_64 Abs64 operand0[17]+0
   1c2: 488b4f30                       movq 0x30(%rdi), %rcx
   1c6: 48394130                       cmpq %rax, 0x30(%rcx)
   1ca: 0f850a060000                   jne 0x60a
   1d0: 48837f3803                     cmpq $0x3, 0x38(%rdi)
   1d5: 0f82fb060000                   jb 0x6fb
   1db: 488b4750                       movq 0x50(%rdi), %rax
   1df: a801                           testb $0x1, %al
   1e1: 7503                           jne 0x3
   1e3: 48ff00                         incq (%rax)
   1e6: 49894500                       movq %rax, (%r13)
   1ea: 48ff0f                         decq (%rdi)
   1ed: 7505                           jne 0x5
   1ef: e800000000                     callq 0x0
        # hole +0x1f0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1f4: 498b4d00                       movq (%r13), %rcx
   1f8: 498b442418                     movq 0x18(%r12), %rax
   1fd: 488b7838                       movq 0x38(%rax), %rdi
   201: 48894838                       movq %rcx, 0x38(%rax)
   205: 40f6c701                       testb $0x1, %dil
   209: 750f                           jne 0xf
   20b: 48ff0f                         decq (%rdi)
   20e: 750a                           jne 0xa
   210: e800000000                     callq 0x0
        # hole +0x211: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   215: 498b442418                     movq 0x18(%r12), %rax
   21a: 488b7840                       movq 0x40(%rax), %rdi
   21e: 40f6c701                       testb $0x1, %dil
   222: 7503                           jne 0x3
   224: 48ff07                         incq (%rdi)
   227: 49897d00                       movq %rdi, (%r13)
   22b: 40f6c701                       testb $0x1, %dil
   22f: 0f85bb050000                   jne 0x5bb
   235: 837f0807                       cmpl $0x7, 0x8(%rdi)
   239: 0f85b1050000                   jne 0x5b1
   23f: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x241: R_X86_64_64 Abs64 operand0[21]+0
   249: 488b4f30                       movq 0x30(%rdi), %rcx
   24d: 48394130                       cmpq %rax, 0x30(%rcx)
   251: 0f8599050000                   jne 0x599
   257: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   25c: 0f84a6060000                   je 0x6a6
   262: 488b4740                       movq 0x40(%rdi), %rax
   266: a801                           testb $0x1, %al
   268: 7503                           jne 0x3
   26a: 48ff00                         incq (%rax)
   26d: 49894500                       movq %rax, (%r13)
   271: 48ff0f                         decq (%rdi)
   274: 7505                           jne 0x5
   276: e800000000                     callq 0x0
        # hole +0x277: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   27b: 498b4d00                       movq (%r13), %rcx
   27f: 498b442418                     movq 0x18(%r12), %rax
   284: 488b7848                       movq 0x48(%rax), %rdi
   288: 48894848                       movq %rcx, 0x48(%rax)
   28c: 40f6c701                       testb $0x1, %dil
   290: 750f                           jne 0xf
   292: 48ff0f                         decq (%rdi)
   295: 750a                           jne 0xa
   297: e800000000                     callq 0x0
        # hole +0x298: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   29c: 498b442418                     movq 0x18(%r12), %rax
   2a1: 488b7850                       movq 0x50(%rax), %rdi
   2a5: 40f6c701                       testb $0x1, %dil
   2a9: 0f8557050000                   jne 0x557
   2af: 48ff07                         incq (%rdi)
   2b2: 49897d00                       movq %rdi, (%r13)
   2b6: 837f0807                       cmpl $0x7, 0x8(%rdi)
   2ba: 0f854a050000                   jne 0x54a
   2c0: 488b4f30                       movq 0x30(%rdi), %rcx
   2c4: 488179309af20c00               cmpq $0xcf29a, 0x30(%rcx)
   2cc: 0f8538050000                   jne 0x538
   2d2: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   2d7: 0f8444060000                   je 0x644
   2dd: 488b4f40                       movq 0x40(%rdi), %rcx
   2e1: f6c101                         testb $0x1, %cl
   2e4: 7503                           jne 0x3
   2e6: 48ff01                         incq (%rcx)
   2e9: 49894d00                       movq %rcx, (%r13)
   2ed: 48ff0f                         decq (%rdi)
   2f0: 750a                           jne 0xa
   2f2: e800000000                     callq 0x0
        # hole +0x2f3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2f7: 498b442418                     movq 0x18(%r12), %rax
   2fc: 498b4d00                       movq (%r13), %rcx
   300: 488b7858                       movq 0x58(%rax), %rdi
   304: 48894858                       movq %rcx, 0x58(%rax)
   308: 40f6c701                       testb $0x1, %dil
   30c: 750f                           jne 0xf
   30e: 48ff0f                         decq (%rdi)
   311: 750a                           jne 0xa
   313: e800000000                     callq 0x0
        # hole +0x314: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   318: 498b442418                     movq 0x18(%r12), %rax
   31d: 488b7860                       movq 0x60(%rax), %rdi
   321: 40f6c701                       testb $0x1, %dil
   325: 7503                           jne 0x3
   327: 48ff07                         incq (%rdi)
   32a: 49897d00                       movq %rdi, (%r13)
   32e: 40f6c701                       testb $0x1, %dil
   332: 0f85eb040000                   jne 0x4eb
   338: 837f0807                       cmpl $0x7, 0x8(%rdi)
   33c: 0f85e1040000                   jne 0x4e1
   342: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x344: R_X86_64_64 Abs64 operand0[33]+0
   34c: 488b4f30                       movq 0x30(%rdi), %rcx
   350: 48394130                       cmpq %rax, 0x30(%rcx)
   354: 0f85c9040000                   jne 0x4c9
   35a: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   35f: 0f840b060000                   je 0x60b
   365: 488b4740                       movq 0x40(%rdi), %rax
   369: a801                           testb $0x1, %al
   36b: 7503                           jne 0x3
   36d: 48ff00                         incq (%rax)
   370: 49894500                       movq %rax, (%r13)
   374: 48ff0f                         decq (%rdi)
   377: 7505                           jne 0x5
   379: e800000000                     callq 0x0
        # hole +0x37a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   37e: 498b4d00                       movq (%r13), %rcx
   382: 498b442418                     movq 0x18(%r12), %rax
   387: 488b7868                       movq 0x68(%rax), %rdi
   38b: 48894868                       movq %rcx, 0x68(%rax)
   38f: 40f6c701                       testb $0x1, %dil
   393: 750f                           jne 0xf
   395: 48ff0f                         decq (%rdi)
   398: 750a                           jne 0xa
   39a: e800000000                     callq 0x0
        # hole +0x39b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   39f: 498b442418                     movq 0x18(%r12), %rax
   3a4: 488b7870                       movq 0x70(%rax), %rdi
   3a8: 40f6c701                       testb $0x1, %dil
   3ac: 0f85bc040000                   jne 0x4bc
   3b2: 48ff07                         incq (%rdi)
   3b5: 49897d00                       movq %rdi, (%r13)
   3b9: 837f0807                       cmpl $0x7, 0x8(%rdi)
   3bd: 0f85af040000                   jne 0x4af
   3c3: 488b4f30                       movq 0x30(%rdi), %rcx
   3c7: 48817930d4990300               cmpq $0x399d4, 0x30(%rcx)
   3cf: 0f859d040000                   jne 0x49d
   3d5: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   3da: 0f82a9050000                   jb 0x5a9
   3e0: 488b4f48                       movq 0x48(%rdi), %rcx
   3e4: f6c101                         testb $0x1, %cl
   3e7: 7503                           jne 0x3
   3e9: 48ff01                         incq (%rcx)
   3ec: 49894d00                       movq %rcx, (%r13)
   3f0: 48ff0f                         decq (%rdi)
   3f3: 750a                           jne 0xa
   3f5: e800000000                     callq 0x0
        # hole +0x3f6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3fa: 498b442418                     movq 0x18(%r12), %rax
   3ff: 498b4d00                       movq (%r13), %rcx
   403: 488b7878                       movq 0x78(%rax), %rdi
   407: 48894878                       movq %rcx, 0x78(%rax)
   40b: 40f6c701                       testb $0x1, %dil
   40f: 750f                           jne 0xf
   411: 48ff0f                         decq (%rdi)
   414: 750a                           jne 0xa
   416: e800000000                     callq 0x0
        # hole +0x417: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   41b: 498b442418                     movq 0x18(%r12), %rax
   420: 488bb880000000                 movq 0x80(%rax), %rdi
   427: 40f6c701                       testb $0x1, %dil
   42b: 7503                           jne 0x3
   42d: 48ff07                         incq (%rdi)
   430: 49897d00                       movq %rdi, (%r13)
   434: 40f6c701                       testb $0x1, %dil
   438: 0f854d040000                   jne 0x44d
   43e: 837f0807                       cmpl $0x7, 0x8(%rdi)
   442: 0f8543040000                   jne 0x443
   448: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x44a: R_X86_64_64 Abs64 operand0[43]+0
   452: 488b4f30                       movq 0x30(%rdi), %rcx
   456: 48394130                       cmpq %rax, 0x30(%rcx)
   45a: 0f852b040000                   jne 0x42b
   460: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   465: 0f8454050000                   je 0x554
   46b: 488b4740                       movq 0x40(%rdi), %rax
   46f: a801                           testb $0x1, %al
   471: 7503                           jne 0x3
   473: 48ff00                         incq (%rax)
   476: 49894500                       movq %rax, (%r13)
   47a: 48ff0f                         decq (%rdi)
   47d: 7505                           jne 0x5
   47f: e800000000                     callq 0x0
        # hole +0x480: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   484: 498b4d00                       movq (%r13), %rcx
   488: 498b442418                     movq 0x18(%r12), %rax
   48d: 488bb888000000                 movq 0x88(%rax), %rdi
   494: 48898888000000                 movq %rcx, 0x88(%rax)
   49b: 40f6c701                       testb $0x1, %dil
   49f: 750f                           jne 0xf
   4a1: 48ff0f                         decq (%rdi)
   4a4: 750a                           jne 0xa
   4a6: e800000000                     callq 0x0
        # hole +0x4a7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4ab: 498b442418                     movq 0x18(%r12), %rax
   4b0: 488bb890000000                 movq 0x90(%rax), %rdi
   4b7: 40f6c701                       testb $0x1, %dil
   4bb: 7503                           jne 0x3
   4bd: 48ff07                         incq (%rdi)
   4c0: 49897d00                       movq %rdi, (%r13)
   4c4: 40f6c701                       testb $0x1, %dil
   4c8: 0f85ef030000                   jne 0x3ef
   4ce: 837f0807                       cmpl $0x7, 0x8(%rdi)
   4d2: 0f85e5030000                   jne 0x3e5
   4d8: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x4da: R_X86_64_64 Abs64 operand0[49]+0
   4e2: 488b4f30                       movq 0x30(%rdi), %rcx
   4e6: 48394130                       cmpq %rax, 0x30(%rcx)
   4ea: 0f85cd030000                   jne 0x3cd
   4f0: 48837f3804                     cmpq $0x4, 0x38(%rdi)
   4f5: 0f82dd040000                   jb 0x4dd
   4fb: 488b4758                       movq 0x58(%rdi), %rax
   4ff: a801                           testb $0x1, %al
   501: 7503                           jne 0x3
   503: 48ff00                         incq (%rax)
   506: 49894500                       movq %rax, (%r13)
   50a: 48ff0f                         decq (%rdi)
   50d: 7505                           jne 0x5
   50f: e800000000                     callq 0x0
        # hole +0x510: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   514: 498b4d00                       movq (%r13), %rcx
   518: 498b442418                     movq 0x18(%r12), %rax
   51d: 488bb898000000                 movq 0x98(%rax), %rdi
   524: 48898898000000                 movq %rcx, 0x98(%rax)
   52b: 40f6c701                       testb $0x1, %dil
   52f: 750f                           jne 0xf
   531: 48ff0f                         decq (%rdi)
   534: 750a                           jne 0xa
   536: e800000000                     callq 0x0
        # hole +0x537: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   53b: 498b442418                     movq 0x18(%r12), %rax
   540: 488bb8a0000000                 movq 0xa0(%rax), %rdi
   547: 40f6c701                       testb $0x1, %dil
   54b: 7503                           jne 0x3
   54d: 48ff07                         incq (%rdi)
   550: 49897d00                       movq %rdi, (%r13)
   554: 40f6c701                       testb $0x1, %dil
   558: 0f8591030000                   jne 0x391
   55e: 837f0807                       cmpl $0x7, 0x8(%rdi)
   562: 0f8587030000                   jne 0x387
   568: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x56a: R_X86_64_64 Abs64 operand0[53]+0
   572: 488b4f30                       movq 0x30(%rdi), %rcx
   576: 48394130                       cmpq %rax, 0x30(%rcx)
   57a: 0f856f030000                   jne 0x36f
   580: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   585: 0f8466040000                   je 0x466
   58b: 488b4740                       movq 0x40(%rdi), %rax
   58f: a801                           testb $0x1, %al
   591: 7503                           jne 0x3
   593: 48ff00                         incq (%rax)
   596: 49894500                       movq %rax, (%r13)
   59a: 48ff0f                         decq (%rdi)
   59d: 7505                           jne 0x5
   59f: e800000000                     callq 0x0
        # hole +0x5a0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5a4: 498b4d00                       movq (%r13), %rcx
   5a8: 498b442418                     movq 0x18(%r12), %rax
   5ad: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   5b4: 488988a8000000                 movq %rcx, 0xa8(%rax)
   5bb: 40f6c701                       testb $0x1, %dil
   5bf: 750f                           jne 0xf
   5c1: 48ff0f                         decq (%rdi)
   5c4: 750a                           jne 0xa
   5c6: e800000000                     callq 0x0
        # hole +0x5c7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5cb: 498b442418                     movq 0x18(%r12), %rax
   5d0: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   5d7: 40f6c701                       testb $0x1, %dil
   5db: 0f8559030000                   jne 0x359
   5e1: 48ff07                         incq (%rdi)
   5e4: 49897d00                       movq %rdi, (%r13)
   5e8: 837f0807                       cmpl $0x7, 0x8(%rdi)
   5ec: 0f854c030000                   jne 0x34c
   5f2: 488b4f30                       movq 0x30(%rdi), %rcx
   5f6: 48817930bb5e0800               cmpq $0x85ebb, 0x30(%rcx)
   5fe: 0f853a030000                   jne 0x33a
   604: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   609: 0f82fb030000                   jb 0x3fb
   60f: 488b4f48                       movq 0x48(%rdi), %rcx
   613: f6c101                         testb $0x1, %cl
   616: 7503                           jne 0x3
   618: 48ff01                         incq (%rcx)
   61b: 49894d00                       movq %rcx, (%r13)
   61f: 48ff0f                         decq (%rdi)
   622: 750a                           jne 0xa
   624: e800000000                     callq 0x0
        # hole +0x625: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   629: 498b442418                     movq 0x18(%r12), %rax
   62e: 498b4d00                       movq (%r13), %rcx
   632: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   639: 488988b8000000                 movq %rcx, 0xb8(%rax)
   640: 40f6c701                       testb $0x1, %dil
   644: 750f                           jne 0xf
   646: 48ff0f                         decq (%rdi)
   649: 750a                           jne 0xa
   64b: e800000000                     callq 0x0
        # hole +0x64c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   650: 498b442418                     movq 0x18(%r12), %rax
   655: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   65c: 40f6c701                       testb $0x1, %dil
   660: 7503                           jne 0x3
   662: 48ff07                         incq (%rdi)
   665: 49897d00                       movq %rdi, (%r13)
   669: 40f6c701                       testb $0x1, %dil
   66d: 0f85e4020000                   jne 0x2e4
   673: 837f0807                       cmpl $0x7, 0x8(%rdi)
   677: 0f85da020000                   jne 0x2da
   67d: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x67f: R_X86_64_64 Abs64 operand0[65]+0
   687: 488b4f30                       movq 0x30(%rdi), %rcx
   68b: 48394130                       cmpq %rax, 0x30(%rcx)
   68f: 0f85c2020000                   jne 0x2c2
   695: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   69a: 0f8483030000                   je 0x383
   6a0: 488b4740                       movq 0x40(%rdi), %rax
   6a4: a801                           testb $0x1, %al
   6a6: 7503                           jne 0x3
   6a8: 48ff00                         incq (%rax)
   6ab: 49894500                       movq %rax, (%r13)
   6af: 48ff0f                         decq (%rdi)
   6b2: 7505                           jne 0x5
   6b4: e800000000                     callq 0x0
        # hole +0x6b5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6b9: 498b4d00                       movq (%r13), %rcx
   6bd: 498b442418                     movq 0x18(%r12), %rax
   6c2: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   6c9: 488988c8000000                 movq %rcx, 0xc8(%rax)
   6d0: 40f6c701                       testb $0x1, %dil
   6d4: 750f                           jne 0xf
   6d6: 48ff0f                         decq (%rdi)
   6d9: 750a                           jne 0xa
   6db: e800000000                     callq 0x0
        # hole +0x6dc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6e0: 498b442418                     movq 0x18(%r12), %rax
   6e5: 488bb8d0000000                 movq 0xd0(%rax), %rdi
   6ec: 40f6c701                       testb $0x1, %dil
   6f0: 0f85ac020000                   jne 0x2ac
   6f6: 48ff07                         incq (%rdi)
   6f9: 49897d00                       movq %rdi, (%r13)
   6fd: 837f0807                       cmpl $0x7, 0x8(%rdi)
   701: 0f859f020000                   jne 0x29f
   707: 488b4f30                       movq 0x30(%rdi), %rcx
   70b: 488179303aba0a00               cmpq $0xaba3a, 0x30(%rcx)
   713: 0f858d020000                   jne 0x28d
   719: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   71e: 0f8218030000                   jb 0x318
   724: 488b4f48                       movq 0x48(%rdi), %rcx
   728: f6c101                         testb $0x1, %cl
   72b: 7503                           jne 0x3
   72d: 48ff01                         incq (%rcx)
   730: 49894d00                       movq %rcx, (%r13)
   734: 48ff0f                         decq (%rdi)
   737: 750a                           jne 0xa
   739: e800000000                     callq 0x0
        # hole +0x73a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   73e: 498b442418                     movq 0x18(%r12), %rax
   743: 498b4d00                       movq (%r13), %rcx
   747: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   74e: 488988d8000000                 movq %rcx, 0xd8(%rax)
   755: 40f6c701                       testb $0x1, %dil
   759: 750a                           jne 0xa
   75b: 48ff0f                         decq (%rdi)
   75e: 7505                           jne 0x5
   760: e800000000                     callq 0x0
        # hole +0x761: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   765: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x767: R_X86_64_64 Abs64 index+0
   76f: 4983c04a                       addq $0x4a, %r8
   773: 41b9e4020000                   movl $0x2e4, %r9d
   779: b902000000                     movl $0x2, %ecx
   77e: eb1b                           jmp 0x1b
   780: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x782: R_X86_64_64 Abs64 index+0
   78a: 49ffc0                         incq %r8
   78d: 41b90a000000                   movl $0xa, %r9d
   793: b901000000                     movl $0x1, %ecx
   798: 4989dd                         movq %rbx, %r13
   79b: 4c89e7                         movq %r12, %rdi
   79e: 4c89ee                         movq %r13, %rsi
   7a1: 4c89f2                         movq %r14, %rdx
   7a4: 58                             popq %rax
   7a5: e900000000                     jmp 0x0
        # hole +0x7a6: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   7aa: 49897d00                       movq %rdi, (%r13)
   7ae: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7b0: R_X86_64_64 Abs64 index+0
   7b8: 4983c005                       addq $0x5, %r8
   7bc: 41b932000000                   movl $0x32, %r9d
   7c2: ebcf                           jmp -0x31
   7c4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7c6: R_X86_64_64 Abs64 index+0
   7ce: 4983c00b                       addq $0xb, %r8
   7d2: 41b96e000000                   movl $0x6e, %r9d
   7d8: ebb9                           jmp -0x47
   7da: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7dc: R_X86_64_64 Abs64 index+0
   7e4: 4983c011                       addq $0x11, %r8
   7e8: 41b9aa000000                   movl $0xaa, %r9d
   7ee: eba3                           jmp -0x5d
   7f0: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7f2: R_X86_64_64 Abs64 index+0
   7fa: 4983c015                       addq $0x15, %r8
   7fe: 41b9d2000000                   movl $0xd2, %r9d
   804: eb8d                           jmp -0x73
   806: 49897d00                       movq %rdi, (%r13)
   80a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x80c: R_X86_64_64 Abs64 index+0
   814: 4983c01b                       addq $0x1b, %r8
   818: 41b90e010000                   movl $0x10e, %r9d
   81e: e970ffffff                     jmp -0x90
   823: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x825: R_X86_64_64 Abs64 index+0
   82d: 4983c021                       addq $0x21, %r8
   831: 41b94a010000                   movl $0x14a, %r9d
   837: e957ffffff                     jmp -0xa9
   83c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x83e: R_X86_64_64 Abs64 index+0
   846: 4983c002                       addq $0x2, %r8
   84a: 41b914000000                   movl $0x14, %r9d
   850: e93effffff                     jmp -0xc2
   855: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x857: R_X86_64_64 Abs64 index+0
   85f: 4983c006                       addq $0x6, %r8
   863: 41b93c000000                   movl $0x3c, %r9d
   869: e925ffffff                     jmp -0xdb
   86e: 49897d00                       movq %rdi, (%r13)
   872: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x874: R_X86_64_64 Abs64 index+0
   87c: 4983c025                       addq $0x25, %r8
   880: 41b972010000                   movl $0x172, %r9d
   886: e908ffffff                     jmp -0xf8
   88b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x88d: R_X86_64_64 Abs64 index+0
   895: 4983c02b                       addq $0x2b, %r8
   899: 41b9ae010000                   movl $0x1ae, %r9d
   89f: e9effeffff                     jmp -0x111
   8a4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8a6: R_X86_64_64 Abs64 index+0
   8ae: 4983c00c                       addq $0xc, %r8
   8b2: 41b978000000                   movl $0x78, %r9d
   8b8: e9d6feffff                     jmp -0x12a
   8bd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8bf: R_X86_64_64 Abs64 index+0
   8c7: 4983c031                       addq $0x31, %r8
   8cb: 41b9ea010000                   movl $0x1ea, %r9d
   8d1: e9bdfeffff                     jmp -0x143
   8d6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8d8: R_X86_64_64 Abs64 index+0
   8e0: 4983c012                       addq $0x12, %r8
   8e4: 41b9b4000000                   movl $0xb4, %r9d
   8ea: e9a4feffff                     jmp -0x15c
   8ef: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8f1: R_X86_64_64 Abs64 index+0
   8f9: 4983c035                       addq $0x35, %r8
   8fd: 41b912020000                   movl $0x212, %r9d
   903: e98bfeffff                     jmp -0x175
   908: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x90a: R_X86_64_64 Abs64 index+0
   912: 4983c016                       addq $0x16, %r8
   916: 41b9dc000000                   movl $0xdc, %r9d
   91c: e972feffff                     jmp -0x18e
   921: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x923: R_X86_64_64 Abs64 index+0
   92b: 4983c01c                       addq $0x1c, %r8
   92f: 41b918010000                   movl $0x118, %r9d
   935: e959feffff                     jmp -0x1a7
   93a: 49897d00                       movq %rdi, (%r13)
   93e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x940: R_X86_64_64 Abs64 index+0
   948: 4983c03b                       addq $0x3b, %r8
   94c: 41b94e020000                   movl $0x24e, %r9d
   952: e93cfeffff                     jmp -0x1c4
   957: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x959: R_X86_64_64 Abs64 index+0
   961: 4983c041                       addq $0x41, %r8
   965: 41b98a020000                   movl $0x28a, %r9d
   96b: e923feffff                     jmp -0x1dd
   970: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x972: R_X86_64_64 Abs64 index+0
   97a: 4983c022                       addq $0x22, %r8
   97e: 41b954010000                   movl $0x154, %r9d
   984: e90afeffff                     jmp -0x1f6
   989: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x98b: R_X86_64_64 Abs64 index+0
   993: 4983c026                       addq $0x26, %r8
   997: 41b97c010000                   movl $0x17c, %r9d
   99d: e9f1fdffff                     jmp -0x20f
   9a2: 49897d00                       movq %rdi, (%r13)
   9a6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9a8: R_X86_64_64 Abs64 index+0
   9b0: 4983c045                       addq $0x45, %r8
   9b4: 41b9b2020000                   movl $0x2b2, %r9d
   9ba: e9d4fdffff                     jmp -0x22c
   9bf: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9c1: R_X86_64_64 Abs64 index+0
   9c9: 4983c02c                       addq $0x2c, %r8
   9cd: 41b9b8010000                   movl $0x1b8, %r9d
   9d3: e9bbfdffff                     jmp -0x245
   9d8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9da: R_X86_64_64 Abs64 index+0
   9e2: 4983c032                       addq $0x32, %r8
   9e6: 41b9f4010000                   movl $0x1f4, %r9d
   9ec: e9a2fdffff                     jmp -0x25e
   9f1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9f3: R_X86_64_64 Abs64 index+0
   9fb: 4983c036                       addq $0x36, %r8
   9ff: 41b91c020000                   movl $0x21c, %r9d
   a05: e989fdffff                     jmp -0x277
   a0a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa0c: R_X86_64_64 Abs64 index+0
   a14: 4983c03c                       addq $0x3c, %r8
   a18: 41b958020000                   movl $0x258, %r9d
   a1e: e970fdffff                     jmp -0x290
   a23: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa25: R_X86_64_64 Abs64 index+0
   a2d: 4983c042                       addq $0x42, %r8
   a31: 41b994020000                   movl $0x294, %r9d
   a37: e957fdffff                     jmp -0x2a9
   a3c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa3e: R_X86_64_64 Abs64 index+0
   a46: 4983c046                       addq $0x46, %r8
   a4a: 41b9bc020000                   movl $0x2bc, %r9d
   a50: e93efdffff                     jmp -0x2c2
