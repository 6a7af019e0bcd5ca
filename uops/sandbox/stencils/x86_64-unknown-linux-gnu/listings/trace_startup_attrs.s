# stencil startup_attrs for x86_64-unknown-linux-gnu: 2899 code bytes, 0 data bytes, 56 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b38                         movq (%rax), %rdi
     8: 40f6c701                       testb $0x1, %dil
     c: 7503                           jne 0x3
     e: 48ff07                         incq (%rdi)
    11: 50                             pushq %rax
    12: 49b80100000009000000           movabsq $0x900000001, %r8
    1c: 498d7508                       leaq 0x8(%r13), %rsi
    20: 49897d00                       movq %rdi, (%r13)
    24: 41b90a000000                   movl $0xa, %r9d
    2a: b901000000                     movl $0x1, %ecx
    2f: 40f6c701                       testb $0x1, %dil
    33: 0f859a080000                   jne 0x89a
    39: 837f0807                       cmpl $0x7, 0x8(%rdi)
    3d: 0f8590080000                   jne 0x890
    43: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x45: R_X86_64_64 Abs64 operand0[1]+0
    4d: 488b5730                       movq 0x30(%rdi), %rdx
    51: 48394230                       cmpq %rax, 0x30(%rdx)
    55: 0f8578080000                   jne 0x878
    5b: 48837f3803                     cmpq $0x3, 0x38(%rdi)
    60: 0f82b1080000                   jb 0x8b1
    66: 488b4750                       movq 0x50(%rdi), %rax
    6a: a801                           testb $0x1, %al
    6c: 7503                           jne 0x3
    6e: 48ff00                         incq (%rax)
    71: 49894500                       movq %rax, (%r13)
    75: 48ff0f                         decq (%rdi)
    78: 7516                           jne 0x16
    7a: 4989f7                         movq %rsi, %r15
    7d: 4c89c3                         movq %r8, %rbx
    80: e800000000                     callq 0x0
        # hole +0x81: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    85: 4989d8                         movq %rbx, %r8
    88: 4c89fe                         movq %r15, %rsi
    8b: b901000000                     movl $0x1, %ecx
    90: 498b5500                       movq (%r13), %rdx
    94: 498b442418                     movq 0x18(%r12), %rax
    99: 488b7808                       movq 0x8(%rax), %rdi
    9d: 48895008                       movq %rdx, 0x8(%rax)
    a1: 40f6c701                       testb $0x1, %dil
    a5: 7520                           jne 0x20
    a7: 48ff0f                         decq (%rdi)
    aa: 751b                           jne 0x1b
    ac: 4989f7                         movq %rsi, %r15
    af: 4c89c3                         movq %r8, %rbx
    b2: e800000000                     callq 0x0
        # hole +0xb3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    b7: 4989d8                         movq %rbx, %r8
    ba: 4c89fe                         movq %r15, %rsi
    bd: b901000000                     movl $0x1, %ecx
    c2: 498b442418                     movq 0x18(%r12), %rax
    c7: 488b7810                       movq 0x10(%rax), %rdi
    cb: 40f6c701                       testb $0x1, %dil
    cf: 0f85f0070000                   jne 0x7f0
    d5: 48ff07                         incq (%rdi)
    d8: 49897d00                       movq %rdi, (%r13)
    dc: 498d5004                       leaq 0x4(%r8), %rdx
    e0: 837f0807                       cmpl $0x7, 0x8(%rdi)
    e4: 41b932000000                   movl $0x32, %r9d
    ea: 0f85ef070000                   jne 0x7ef
    f0: 4c8b5730                       movq 0x30(%rdi), %r10
    f4: 49817a302f900400               cmpq $0x4902f, 0x30(%r10)
    fc: 0f85dd070000                   jne 0x7dd
   102: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   107: 0f8424080000                   je 0x824
   10d: 488b5740                       movq 0x40(%rdi), %rdx
   111: f6c201                         testb $0x1, %dl
   114: 7503                           jne 0x3
   116: 48ff02                         incq (%rdx)
   119: 49895500                       movq %rdx, (%r13)
   11d: 48ff0f                         decq (%rdi)
   120: 751b                           jne 0x1b
   122: 4989f7                         movq %rsi, %r15
   125: 4c89c3                         movq %r8, %rbx
   128: e800000000                     callq 0x0
        # hole +0x129: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   12d: 4989d8                         movq %rbx, %r8
   130: 4c89fe                         movq %r15, %rsi
   133: b901000000                     movl $0x1, %ecx
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 498b5500                       movq (%r13), %rdx
   141: 488b7818                       movq 0x18(%rax), %rdi
   145: 48895018                       movq %rdx, 0x18(%rax)
   149: 40f6c701                       testb $0x1, %dil
   14d: 7520                           jne 0x20
   14f: 48ff0f                         decq (%rdi)
   152: 751b                           jne 0x1b
   154: 4989f7                         movq %rsi, %r15
   157: 4c89c3                         movq %r8, %rbx
   15a: e800000000                     callq 0x0
        # hole +0x15b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   15f: 4989d8                         movq %rbx, %r8
   162: 4c89fe                         movq %r15, %rsi
   165: b901000000                     movl $0x1, %ecx
   16a: 498b442418                     movq 0x18(%r12), %rax
   16f: 488b7820                       movq 0x20(%rax), %rdi
   173: 40f6c701                       testb $0x1, %dil
   177: 7503                           jne 0x3
   179: 48ff07                         incq (%rdi)
   17c: 49897d00                       movq %rdi, (%r13)
   180: 498d400a                       leaq 0xa(%r8), %rax
   184: 41b96e000000                   movl $0x6e, %r9d
   18a: 40f6c701                       testb $0x1, %dil
   18e: 0f855a070000                   jne 0x75a
   194: 837f0807                       cmpl $0x7, 0x8(%rdi)
   198: 0f8550070000                   jne 0x750
   19e: 48ba0000000000000000           movabsq $0x0, %rdx
        # hole +0x1a0: R_X86_64_64 Abs64 operand0[11]+0
   1a8: 4c8b5730                       movq 0x30(%rdi), %r10
   1ac: 49395230                       cmpq %rdx, 0x30(%r10)
   1b0: 0f8538070000                   jne 0x738
   1b6: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   1bb: 0f84e5070000                   je 0x7e5
   1c1: 488b4740                       movq 0x40(%rdi), %rax
   1c5: a801                           testb $0x1, %al
   1c7: 7503                           jne 0x3
   1c9: 48ff00                         incq (%rax)
   1cc: 49894500                       movq %rax, (%r13)
   1d0: 48ff0f                         decq (%rdi)
   1d3: 7516                           jne 0x16
   1d5: 4989f7                         movq %rsi, %r15
   1d8: 4c89c3                         movq %r8, %rbx
   1db: e800000000                     callq 0x0
        # hole +0x1dc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1e0: 4989d8                         movq %rbx, %r8
   1e3: 4c89fe                         movq %r15, %rsi
   1e6: b901000000                     movl $0x1, %ecx
   1eb: 498b5500                       movq (%r13), %rdx
   1ef: 498b442418                     movq 0x18(%r12), %rax
   1f4: 488b7828                       movq 0x28(%rax), %rdi
   1f8: 48895028                       movq %rdx, 0x28(%rax)
   1fc: 40f6c701                       testb $0x1, %dil
   200: 7520                           jne 0x20
   202: 48ff0f                         decq (%rdi)
   205: 751b                           jne 0x1b
   207: 4989f7                         movq %rsi, %r15
   20a: 4c89c3                         movq %r8, %rbx
   20d: e800000000                     callq 0x0
        # hole +0x20e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   212: 4989d8                         movq %rbx, %r8
   215: 4c89fe                         movq %r15, %rsi
   218: b901000000                     movl $0x1, %ecx
   21d: 498b442418                     movq 0x18(%r12), %rax
   222: 488b7830                       movq 0x30(%rax), %rdi
   226: 40f6c701                       testb $0x1, %dil
   22a: 7503                           jne 0x3
   22c: 48ff07                         incq (%rdi)
   22f: 49897d00                       movq %rdi, (%r13)
   233: 498d4010                       leaq 0x10(%r8), %rax
   237: 41b9aa000000                   movl $0xaa, %r9d
   23d: 40f6c701                       testb $0x1, %dil
   241: 0f85a7060000                   jne 0x6a7
   247: 837f0807                       cmpl $0x7, 0x8(%rdi)
   24b: 0f859d060000                   jne 0x69d
   251: 48ba0000000000000000           movabsq $0x0, %rdx
        # hole +0x253: R_X86_64_64 Abs64 operand0[17]+0
   25b: 4c8b5730                       movq 0x30(%rdi), %r10
   25f: 49395230                       cmpq %rdx, 0x30(%r10)
   263: 0f8585060000                   jne 0x685
   269: 48837f3803                     cmpq $0x3, 0x38(%rdi)
   26e: 0f8265070000                   jb 0x765
   274: 488b4750                       movq 0x50(%rdi), %rax
   278: a801                           testb $0x1, %al
   27a: 7503                           jne 0x3
   27c: 48ff00                         incq (%rax)
   27f: 49894500                       movq %rax, (%r13)
   283: 48ff0f                         decq (%rdi)
   286: 7516                           jne 0x16
   288: 4989f7                         movq %rsi, %r15
   28b: 4c89c3                         movq %r8, %rbx
   28e: e800000000                     callq 0x0
        # hole +0x28f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   293: 4989d8                         movq %rbx, %r8
   296: 4c89fe                         movq %r15, %rsi
   299: b901000000                     movl $0x1, %ecx
   29e: 498b5500                       movq (%r13), %rdx
   2a2: 498b442418                     movq 0x18(%r12), %rax
   2a7: 488b7838                       movq 0x38(%rax), %rdi
   2ab: 48895038                       movq %rdx, 0x38(%rax)
   2af: 40f6c701                       testb $0x1, %dil
   2b3: 7520                           jne 0x20
   2b5: 48ff0f                         decq (%rdi)
   2b8: 751b                           jne 0x1b
   2ba: 4989f7                         movq %rsi, %r15
   2bd: 4c89c3                         movq %r8, %rbx
   2c0: e800000000                     callq 0x0
        # hole +0x2c1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2c5: 4989d8                         movq %rbx, %r8
   2c8: 4c89fe                         movq %r15, %rsi
   2cb: b901000000                     movl $0x1, %ecx
   2d0: 498b442418                     movq 0x18(%r12), %rax
   2d5: 488b7840                       movq 0x40(%rax), %rdi
   2d9: 40f6c701                       testb $0x1, %dil
   2dd: 7503                           jne 0x3
   2df: 48ff07                         incq (%rdi)
   2e2: 49897d00                       movq %rdi, (%r13)
   2e6: 498d4014                       leaq 0x14(%r8), %rax
   2ea: 41b9d2000000                   movl $0xd2, %r9d
   2f0: 40f6c701                       testb $0x1, %dil
   2f4: 0f85f4050000                   jne 0x5f4
   2fa: 837f0807                       cmpl $0x7, 0x8(%rdi)
   2fe: 0f85ea050000                   jne 0x5ea
   304: 48ba0000000000000000           movabsq $0x0, %rdx
        # hole +0x306: R_X86_64_64 Abs64 operand0[21]+0
   30e: 4c8b5730                       movq 0x30(%rdi), %r10
   312: 49395230                       cmpq %rdx, 0x30(%r10)
   316: 0f85d2050000                   jne 0x5d2
   31c: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   321: 0f84e5060000                   je 0x6e5
   327: 488b4740                       movq 0x40(%rdi), %rax
   32b: a801                           testb $0x1, %al
   32d: 7503                           jne 0x3
   32f: 48ff00                         incq (%rax)
   332: 49894500                       movq %rax, (%r13)
   336: 48ff0f                         decq (%rdi)
   339: 7516                           jne 0x16
   33b: 4989f7                         movq %rsi, %r15
   33e: 4c89c3                         movq %r8, %rbx
   341: e800000000                     callq 0x0
        # hole +0x342: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   346: 4989d8                         movq %rbx, %r8
   349: 4c89fe                         movq %r15, %rsi
   34c: b901000000                     movl $0x1, %ecx
   351: 498b5500                       movq (%r13), %rdx
   355: 498b442418                     movq 0x18(%r12), %rax
   35a: 488b7848                       movq 0x48(%rax), %rdi
   35e: 48895048                       movq %rdx, 0x48(%rax)
   362: 40f6c701                       testb $0x1, %dil
   366: 7520                           jne 0x20
   368: 48ff0f                         decq (%rdi)
   36b: 751b                           jne 0x1b
   36d: 4989f7                         movq %rsi, %r15
   370: 4c89c3                         movq %r8, %rbx
   373: e800000000                     callq 0x0
        # hole +0x374: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   378: 4989d8                         movq %rbx, %r8
   37b: 4c89fe                         movq %r15, %rsi
   37e: b901000000                     movl $0x1, %ecx
   383: 498b442418                     movq 0x18(%r12), %rax
   388: 488b7850                       movq 0x50(%rax), %rdi
   38c: 40f6c701                       testb $0x1, %dil
   390: 0f8567050000                   jne 0x567
   396: 48ff07                         incq (%rdi)
   399: 49897d00                       movq %rdi, (%r13)
   39d: 498d501a                       leaq 0x1a(%r8), %rdx
   3a1: 837f0807                       cmpl $0x7, 0x8(%rdi)
   3a5: 41b90e010000                   movl $0x10e, %r9d
   3ab: 0f852e050000                   jne 0x52e
   3b1: 4c8b5730                       movq 0x30(%rdi), %r10
   3b5: 49817a309af20c00               cmpq $0xcf29a, 0x30(%r10)
   3bd: 0f851c050000                   jne 0x51c
   3c3: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   3c8: 0f8454060000                   je 0x654
   3ce: 488b5740                       movq 0x40(%rdi), %rdx
   3d2: f6c201                         testb $0x1, %dl
   3d5: 7503                           jne 0x3
   3d7: 48ff02                         incq (%rdx)
   3da: 49895500                       movq %rdx, (%r13)
   3de: 48ff0f                         decq (%rdi)
   3e1: 751b                           jne 0x1b
   3e3: 4989f7                         movq %rsi, %r15
   3e6: 4c89c3                         movq %r8, %rbx
   3e9: e800000000                     callq 0x0
        # hole +0x3ea: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3ee: 4989d8                         movq %rbx, %r8
   3f1: 4c89fe                         movq %r15, %rsi
   3f4: b901000000                     movl $0x1, %ecx
   3f9: 498b442418                     movq 0x18(%r12), %rax
   3fe: 498b5500                       movq (%r13), %rdx
   402: 488b7858                       movq 0x58(%rax), %rdi
   406: 48895058                       movq %rdx, 0x58(%rax)
   40a: 40f6c701                       testb $0x1, %dil
   40e: 7520                           jne 0x20
   410: 48ff0f                         decq (%rdi)
   413: 751b                           jne 0x1b
   415: 4989f7                         movq %rsi, %r15
   418: 4c89c3                         movq %r8, %rbx
   41b: e800000000                     callq 0x0
        # hole +0x41c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   420: 4989d8                         movq %rbx, %r8
   423: 4c89fe                         movq %r15, %rsi
   426: b901000000                     movl $0x1, %ecx
   42b: 498b442418                     movq 0x18(%r12), %rax
   430: 488b7860                       movq 0x60(%rax), %rdi
   434: 40f6c701                       testb $0x1, %dil
   438: 7503                           jne 0x3
   43a: 48ff07                         incq (%rdi)
   43d: 49897d00                       movq %rdi, (%r13)
   441: 498d4020                       leaq 0x20(%r8), %rax
   445: 41b94a010000                   movl $0x14a, %r9d
   44b: 40f6c701                       testb $0x1, %dil
   44f: 0f8599040000                   jne 0x499
   455: 4889f3                         movq %rsi, %rbx
   458: 837f0807                       cmpl $0x7, 0x8(%rdi)
   45c: 0f85e9060000                   jne 0x6e9
   462: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x464: R_X86_64_64 Abs64 operand0[33]+0
   46c: 488b5730                       movq 0x30(%rdi), %rdx
   470: 48394a30                       cmpq %rcx, 0x30(%rdx)
   474: 0f85b2040000                   jne 0x4b2
   47a: 4d89c7                         movq %r8, %r15
   47d: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   482: 0f8400060000                   je 0x600
   488: 488b4740                       movq 0x40(%rdi), %rax
   48c: a801                           testb $0x1, %al
   48e: 7503                           jne 0x3
   490: 48ff00                         incq (%rax)
   493: 49894500                       movq %rax, (%r13)
   497: 48ff0f                         decq (%rdi)
   49a: 7505                           jne 0x5
   49c: e800000000                     callq 0x0
        # hole +0x49d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4a1: 498b4d00                       movq (%r13), %rcx
   4a5: 498b442418                     movq 0x18(%r12), %rax
   4aa: 488b7868                       movq 0x68(%rax), %rdi
   4ae: 48894868                       movq %rcx, 0x68(%rax)
   4b2: 40f6c701                       testb $0x1, %dil
   4b6: 750f                           jne 0xf
   4b8: 48ff0f                         decq (%rdi)
   4bb: 750a                           jne 0xa
   4bd: e800000000                     callq 0x0
        # hole +0x4be: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4c2: 498b442418                     movq 0x18(%r12), %rax
   4c7: 488b7870                       movq 0x70(%rax), %rdi
   4cb: 40f6c701                       testb $0x1, %dil
   4cf: 0f8572040000                   jne 0x472
   4d5: 48ff07                         incq (%rdi)
   4d8: 49897d00                       movq %rdi, (%r13)
   4dc: 498d4f24                       leaq 0x24(%r15), %rcx
   4e0: 837f0807                       cmpl $0x7, 0x8(%rdi)
   4e4: 0f8582040000                   jne 0x482
   4ea: 488b5730                       movq 0x30(%rdi), %rdx
   4ee: 48817a30d4990300               cmpq $0x399d4, 0x30(%rdx)
   4f6: 0f8570040000                   jne 0x470
   4fc: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   501: 0f8293050000                   jb 0x593
   507: 488b4f48                       movq 0x48(%rdi), %rcx
   50b: f6c101                         testb $0x1, %cl
   50e: 7503                           jne 0x3
   510: 48ff01                         incq (%rcx)
   513: 49894d00                       movq %rcx, (%r13)
   517: 48ff0f                         decq (%rdi)
   51a: 750a                           jne 0xa
   51c: e800000000                     callq 0x0
        # hole +0x51d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   521: 498b442418                     movq 0x18(%r12), %rax
   526: 498b4d00                       movq (%r13), %rcx
   52a: 488b7878                       movq 0x78(%rax), %rdi
   52e: 48894878                       movq %rcx, 0x78(%rax)
   532: 40f6c701                       testb $0x1, %dil
   536: 750f                           jne 0xf
   538: 48ff0f                         decq (%rdi)
   53b: 750a                           jne 0xa
   53d: e800000000                     callq 0x0
        # hole +0x53e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   542: 498b442418                     movq 0x18(%r12), %rax
   547: 488bb880000000                 movq 0x80(%rax), %rdi
   54e: 40f6c701                       testb $0x1, %dil
   552: 7503                           jne 0x3
   554: 48ff07                         incq (%rdi)
   557: 49897d00                       movq %rdi, (%r13)
   55b: 498d472a                       leaq 0x2a(%r15), %rax
   55f: 40f6c701                       testb $0x1, %dil
   563: 0f8520040000                   jne 0x420
   569: 837f0807                       cmpl $0x7, 0x8(%rdi)
   56d: 0f8516040000                   jne 0x416
   573: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x575: R_X86_64_64 Abs64 operand0[43]+0
   57d: 488b5730                       movq 0x30(%rdi), %rdx
   581: 48394a30                       cmpq %rcx, 0x30(%rdx)
   585: 0f85fe030000                   jne 0x3fe
   58b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   590: 0f8449050000                   je 0x549
   596: 488b4740                       movq 0x40(%rdi), %rax
   59a: a801                           testb $0x1, %al
   59c: 7503                           jne 0x3
   59e: 48ff00                         incq (%rax)
   5a1: 49894500                       movq %rax, (%r13)
   5a5: 48ff0f                         decq (%rdi)
   5a8: 7505                           jne 0x5
   5aa: e800000000                     callq 0x0
        # hole +0x5ab: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5af: 498b4d00                       movq (%r13), %rcx
   5b3: 498b442418                     movq 0x18(%r12), %rax
   5b8: 488bb888000000                 movq 0x88(%rax), %rdi
   5bf: 48898888000000                 movq %rcx, 0x88(%rax)
   5c6: 40f6c701                       testb $0x1, %dil
   5ca: 750f                           jne 0xf
   5cc: 48ff0f                         decq (%rdi)
   5cf: 750a                           jne 0xa
   5d1: e800000000                     callq 0x0
        # hole +0x5d2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5d6: 498b442418                     movq 0x18(%r12), %rax
   5db: 488bb890000000                 movq 0x90(%rax), %rdi
   5e2: 40f6c701                       testb $0x1, %dil
   5e6: 7503                           jne 0x3
   5e8: 48ff07                         incq (%rdi)
   5eb: 49897d00                       movq %rdi, (%r13)
   5ef: 498d4730                       leaq 0x30(%r15), %rax
   5f3: 40f6c701                       testb $0x1, %dil
   5f7: 0f85bf030000                   jne 0x3bf
   5fd: 837f0807                       cmpl $0x7, 0x8(%rdi)
   601: 0f85b5030000                   jne 0x3b5
   607: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x609: R_X86_64_64 Abs64 operand0[49]+0
   611: 488b5730                       movq 0x30(%rdi), %rdx
   615: 48394a30                       cmpq %rcx, 0x30(%rdx)
   619: 0f859d030000                   jne 0x39d
   61f: 48837f3804                     cmpq $0x4, 0x38(%rdi)
   624: 0f82c7040000                   jb 0x4c7
   62a: 488b4758                       movq 0x58(%rdi), %rax
   62e: a801                           testb $0x1, %al
   630: 7503                           jne 0x3
   632: 48ff00                         incq (%rax)
   635: 49894500                       movq %rax, (%r13)
   639: 48ff0f                         decq (%rdi)
   63c: 7505                           jne 0x5
   63e: e800000000                     callq 0x0
        # hole +0x63f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   643: 498b4d00                       movq (%r13), %rcx
   647: 498b442418                     movq 0x18(%r12), %rax
   64c: 488bb898000000                 movq 0x98(%rax), %rdi
   653: 48898898000000                 movq %rcx, 0x98(%rax)
   65a: 40f6c701                       testb $0x1, %dil
   65e: 750f                           jne 0xf
   660: 48ff0f                         decq (%rdi)
   663: 750a                           jne 0xa
   665: e800000000                     callq 0x0
        # hole +0x666: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   66a: 498b442418                     movq 0x18(%r12), %rax
   66f: 488bb8a0000000                 movq 0xa0(%rax), %rdi
   676: 40f6c701                       testb $0x1, %dil
   67a: 7503                           jne 0x3
   67c: 48ff07                         incq (%rdi)
   67f: 49897d00                       movq %rdi, (%r13)
   683: 498d4734                       leaq 0x34(%r15), %rax
   687: 40f6c701                       testb $0x1, %dil
   68b: 0f855e030000                   jne 0x35e
   691: 837f0807                       cmpl $0x7, 0x8(%rdi)
   695: 0f8554030000                   jne 0x354
   69b: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x69d: R_X86_64_64 Abs64 operand0[53]+0
   6a5: 488b5730                       movq 0x30(%rdi), %rdx
   6a9: 48394a30                       cmpq %rcx, 0x30(%rdx)
   6ad: 0f853c030000                   jne 0x33c
   6b3: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   6b8: 0f8445040000                   je 0x445
   6be: 488b4740                       movq 0x40(%rdi), %rax
   6c2: a801                           testb $0x1, %al
   6c4: 7503                           jne 0x3
   6c6: 48ff00                         incq (%rax)
   6c9: 49894500                       movq %rax, (%r13)
   6cd: 48ff0f                         decq (%rdi)
   6d0: 7505                           jne 0x5
   6d2: e800000000                     callq 0x0
        # hole +0x6d3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6d7: 498b4d00                       movq (%r13), %rcx
   6db: 498b442418                     movq 0x18(%r12), %rax
   6e0: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   6e7: 488988a8000000                 movq %rcx, 0xa8(%rax)
   6ee: 40f6c701                       testb $0x1, %dil
   6f2: 750f                           jne 0xf
   6f4: 48ff0f                         decq (%rdi)
   6f7: 750a                           jne 0xa
   6f9: e800000000                     callq 0x0
        # hole +0x6fa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6fe: 498b442418                     movq 0x18(%r12), %rax
   703: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   70a: 40f6c701                       testb $0x1, %dil
   70e: 0f8524030000                   jne 0x324
   714: 48ff07                         incq (%rdi)
   717: 49897d00                       movq %rdi, (%r13)
   71b: 498d4f3a                       leaq 0x3a(%r15), %rcx
   71f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   723: 0f8525030000                   jne 0x325
   729: 488b5730                       movq 0x30(%rdi), %rdx
   72d: 48817a30bb5e0800               cmpq $0x85ebb, 0x30(%rdx)
   735: 0f8513030000                   jne 0x313
   73b: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   740: 0f82cf030000                   jb 0x3cf
   746: 488b4f48                       movq 0x48(%rdi), %rcx
   74a: f6c101                         testb $0x1, %cl
   74d: 7503                           jne 0x3
   74f: 48ff01                         incq (%rcx)
   752: 49894d00                       movq %rcx, (%r13)
   756: 48ff0f                         decq (%rdi)
   759: 750a                           jne 0xa
   75b: e800000000                     callq 0x0
        # hole +0x75c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   760: 498b442418                     movq 0x18(%r12), %rax
   765: 498b4d00                       movq (%r13), %rcx
   769: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   770: 488988b8000000                 movq %rcx, 0xb8(%rax)
   777: 40f6c701                       testb $0x1, %dil
   77b: 750f                           jne 0xf
   77d: 48ff0f                         decq (%rdi)
   780: 750a                           jne 0xa
   782: e800000000                     callq 0x0
        # hole +0x783: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   787: 498b442418                     movq 0x18(%r12), %rax
   78c: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   793: 40f6c701                       testb $0x1, %dil
   797: 7503                           jne 0x3
   799: 48ff07                         incq (%rdi)
   79c: 49897d00                       movq %rdi, (%r13)
   7a0: 498d4740                       leaq 0x40(%r15), %rax
   7a4: 40f6c701                       testb $0x1, %dil
   7a8: 0f85bd020000                   jne 0x2bd
   7ae: 837f0807                       cmpl $0x7, 0x8(%rdi)
   7b2: 0f85b3020000                   jne 0x2b3
   7b8: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x7ba: R_X86_64_64 Abs64 operand0[65]+0
   7c2: 488b5730                       movq 0x30(%rdi), %rdx
   7c6: 48394a30                       cmpq %rcx, 0x30(%rdx)
   7ca: 0f859b020000                   jne 0x29b
   7d0: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   7d5: 0f844c030000                   je 0x34c
   7db: 488b4740                       movq 0x40(%rdi), %rax
   7df: a801                           testb $0x1, %al
   7e1: 7503                           jne 0x3
   7e3: 48ff00                         incq (%rax)
   7e6: 49894500                       movq %rax, (%r13)
   7ea: 48ff0f                         decq (%rdi)
   7ed: 7505                           jne 0x5
   7ef: e800000000                     callq 0x0
        # hole +0x7f0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7f4: 498b4d00                       movq (%r13), %rcx
   7f8: 498b442418                     movq 0x18(%r12), %rax
   7fd: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   804: 488988c8000000                 movq %rcx, 0xc8(%rax)
   80b: 40f6c701                       testb $0x1, %dil
   80f: 750f                           jne 0xf
   811: 48ff0f                         decq (%rdi)
   814: 750a                           jne 0xa
   816: e800000000                     callq 0x0
        # hole +0x817: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   81b: 498b442418                     movq 0x18(%r12), %rax
   820: 488bb8d0000000                 movq 0xd0(%rax), %rdi
   827: 40f6c701                       testb $0x1, %dil
   82b: 0f857b020000                   jne 0x27b
   831: 48ff07                         incq (%rdi)
   834: 49897d00                       movq %rdi, (%r13)
   838: 498d4f44                       leaq 0x44(%r15), %rcx
   83c: 837f0807                       cmpl $0x7, 0x8(%rdi)
   840: 0f857c020000                   jne 0x27c
   846: 488b5730                       movq 0x30(%rdi), %rdx
   84a: 48817a303aba0a00               cmpq $0xaba3a, 0x30(%rdx)
   852: 0f856a020000                   jne 0x26a
   858: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   85d: 0f82d6020000                   jb 0x2d6
   863: 488b4f48                       movq 0x48(%rdi), %rcx
   867: f6c101                         testb $0x1, %cl
   86a: 7503                           jne 0x3
   86c: 48ff01                         incq (%rcx)
   86f: 49894d00                       movq %rcx, (%r13)
   873: 48ff0f                         decq (%rdi)
   876: 750a                           jne 0xa
   878: e800000000                     callq 0x0
        # hole +0x879: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   87d: 498b442418                     movq 0x18(%r12), %rax
   882: 498b4d00                       movq (%r13), %rcx
   886: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   88d: 488988d8000000                 movq %rcx, 0xd8(%rax)
   894: 4983c749                       addq $0x49, %r15
   898: 40f6c701                       testb $0x1, %dil
   89c: 750a                           jne 0xa
   89e: 48ff0f                         decq (%rdi)
   8a1: 7505                           jne 0x5
   8a3: e800000000                     callq 0x0
        # hole +0x8a4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8a8: 4c89ee                         movq %r13, %rsi
   8ab: b902000000                     movl $0x2, %ecx
   8b0: 4d89f8                         movq %r15, %r8
   8b3: 41b9e4020000                   movl $0x2e4, %r9d
   8b9: 4c89e7                         movq %r12, %rdi
   8bc: 4c89f2                         movq %r14, %rdx
   8bf: 58                             popq %rax
   8c0: e900000000                     jmp 0x0
        # hole +0x8c1: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   8c5: 49897d00                       movq %rdi, (%r13)
   8c9: 4983c004                       addq $0x4, %r8
   8cd: 41b932000000                   movl $0x32, %r9d
   8d3: 4c89e7                         movq %r12, %rdi
   8d6: 4c89f2                         movq %r14, %rdx
   8d9: 58                             popq %rax
   8da: e900000000                     jmp 0x0
        # hole +0x8db: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   8df: 4989d0                         movq %rdx, %r8
   8e2: 4c89e7                         movq %r12, %rdi
   8e5: 4c89f2                         movq %r14, %rdx
   8e8: 58                             popq %rax
   8e9: e900000000                     jmp 0x0
        # hole +0x8ea: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   8ee: 4989c0                         movq %rax, %r8
   8f1: 4c89e7                         movq %r12, %rdi
   8f4: 4c89f2                         movq %r14, %rdx
   8f7: 58                             popq %rax
   8f8: e900000000                     jmp 0x0
        # hole +0x8f9: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   8fd: 49897d00                       movq %rdi, (%r13)
   901: 4983c01a                       addq $0x1a, %r8
   905: 41b90e010000                   movl $0x10e, %r9d
   90b: 4c89e7                         movq %r12, %rdi
   90e: 4c89f2                         movq %r14, %rdx
   911: 58                             popq %rax
   912: e900000000                     jmp 0x0
        # hole +0x913: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   917: 49ffc0                         incq %r8
   91a: 41b914000000                   movl $0x14, %r9d
   920: 4c89e7                         movq %r12, %rdi
   923: 4c89f2                         movq %r14, %rdx
   926: 58                             popq %rax
   927: e900000000                     jmp 0x0
        # hole +0x928: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   92c: 4989c0                         movq %rax, %r8
   92f: eb27                           jmp 0x27
   931: 4983c005                       addq $0x5, %r8
   935: 41b93c000000                   movl $0x3c, %r9d
   93b: 4c89e7                         movq %r12, %rdi
   93e: 4c89f2                         movq %r14, %rdx
   941: 58                             popq %rax
   942: e900000000                     jmp 0x0
        # hole +0x943: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   947: 49897d00                       movq %rdi, (%r13)
   94b: 4d89f8                         movq %r15, %r8
   94e: 4983c024                       addq $0x24, %r8
   952: 41b972010000                   movl $0x172, %r9d
   958: b901000000                     movl $0x1, %ecx
   95d: 4889de                         movq %rbx, %rsi
   960: 4c89e7                         movq %r12, %rdi
   963: 4c89f2                         movq %r14, %rdx
   966: 58                             popq %rax
   967: e900000000                     jmp 0x0
        # hole +0x968: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   96c: 4989c8                         movq %rcx, %r8
   96f: b901000000                     movl $0x1, %ecx
   974: 4889de                         movq %rbx, %rsi
   977: 41b972010000                   movl $0x172, %r9d
   97d: 4c89e7                         movq %r12, %rdi
   980: 4c89f2                         movq %r14, %rdx
   983: 58                             popq %rax
   984: e900000000                     jmp 0x0
        # hole +0x985: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   989: 4989c0                         movq %rax, %r8
   98c: b901000000                     movl $0x1, %ecx
   991: 4889de                         movq %rbx, %rsi
   994: 41b9ae010000                   movl $0x1ae, %r9d
   99a: 4c89e7                         movq %r12, %rdi
   99d: 4c89f2                         movq %r14, %rdx
   9a0: 58                             popq %rax
   9a1: e900000000                     jmp 0x0
        # hole +0x9a2: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   9a6: 4983c00b                       addq $0xb, %r8
   9aa: 41b978000000                   movl $0x78, %r9d
   9b0: 4c89e7                         movq %r12, %rdi
   9b3: 4c89f2                         movq %r14, %rdx
   9b6: 58                             popq %rax
   9b7: e900000000                     jmp 0x0
        # hole +0x9b8: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   9bc: 4989c0                         movq %rax, %r8
   9bf: b901000000                     movl $0x1, %ecx
   9c4: 4889de                         movq %rbx, %rsi
   9c7: 41b9ea010000                   movl $0x1ea, %r9d
   9cd: 4c89e7                         movq %r12, %rdi
   9d0: 4c89f2                         movq %r14, %rdx
   9d3: 58                             popq %rax
   9d4: e900000000                     jmp 0x0
        # hole +0x9d5: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   9d9: 4983c011                       addq $0x11, %r8
   9dd: 41b9b4000000                   movl $0xb4, %r9d
   9e3: 4c89e7                         movq %r12, %rdi
   9e6: 4c89f2                         movq %r14, %rdx
   9e9: 58                             popq %rax
   9ea: e900000000                     jmp 0x0
        # hole +0x9eb: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   9ef: 4989c0                         movq %rax, %r8
   9f2: b901000000                     movl $0x1, %ecx
   9f7: 4889de                         movq %rbx, %rsi
   9fa: 41b912020000                   movl $0x212, %r9d
   a00: 4c89e7                         movq %r12, %rdi
   a03: 4c89f2                         movq %r14, %rdx
   a06: 58                             popq %rax
   a07: e900000000                     jmp 0x0
        # hole +0xa08: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   a0c: 4983c015                       addq $0x15, %r8
   a10: 41b9dc000000                   movl $0xdc, %r9d
   a16: 4c89e7                         movq %r12, %rdi
   a19: 4c89f2                         movq %r14, %rdx
   a1c: 58                             popq %rax
   a1d: e900000000                     jmp 0x0
        # hole +0xa1e: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   a22: 4983c01b                       addq $0x1b, %r8
   a26: 41b918010000                   movl $0x118, %r9d
   a2c: 4c89e7                         movq %r12, %rdi
   a2f: 4c89f2                         movq %r14, %rdx
   a32: 58                             popq %rax
   a33: e900000000                     jmp 0x0
        # hole +0xa34: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   a38: 49897d00                       movq %rdi, (%r13)
   a3c: 4d89f8                         movq %r15, %r8
   a3f: 4983c03a                       addq $0x3a, %r8
   a43: 41b94e020000                   movl $0x24e, %r9d
   a49: e90affffff                     jmp -0xf6
   a4e: 4989c8                         movq %rcx, %r8
   a51: b901000000                     movl $0x1, %ecx
   a56: 4889de                         movq %rbx, %rsi
   a59: 41b94e020000                   movl $0x24e, %r9d
   a5f: 4c89e7                         movq %r12, %rdi
   a62: 4c89f2                         movq %r14, %rdx
   a65: 58                             popq %rax
   a66: e900000000                     jmp 0x0
        # hole +0xa67: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   a6b: 4989c0                         movq %rax, %r8
   a6e: b901000000                     movl $0x1, %ecx
   a73: 4889de                         movq %rbx, %rsi
   a76: 41b98a020000                   movl $0x28a, %r9d
   a7c: 4c89e7                         movq %r12, %rdi
   a7f: 4c89f2                         movq %r14, %rdx
   a82: 58                             popq %rax
   a83: e900000000                     jmp 0x0
        # hole +0xa84: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   a88: 4d89f8                         movq %r15, %r8
   a8b: 4983c021                       addq $0x21, %r8
   a8f: 41b954010000                   movl $0x154, %r9d
   a95: e9befeffff                     jmp -0x142
   a9a: 4d89f8                         movq %r15, %r8
   a9d: 4983c025                       addq $0x25, %r8
   aa1: 41b97c010000                   movl $0x17c, %r9d
   aa7: e9acfeffff                     jmp -0x154
   aac: 49897d00                       movq %rdi, (%r13)
   ab0: 4d89f8                         movq %r15, %r8
   ab3: 4983c044                       addq $0x44, %r8
   ab7: 41b9b2020000                   movl $0x2b2, %r9d
   abd: e996feffff                     jmp -0x16a
   ac2: 4989c8                         movq %rcx, %r8
   ac5: b901000000                     movl $0x1, %ecx
   aca: 4889de                         movq %rbx, %rsi
   acd: 41b9b2020000                   movl $0x2b2, %r9d
   ad3: 4c89e7                         movq %r12, %rdi
   ad6: 4c89f2                         movq %r14, %rdx
   ad9: 58                             popq %rax
   ada: e900000000                     jmp 0x0
        # hole +0xadb: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   adf: 4d89f8                         movq %r15, %r8
   ae2: 4983c02b                       addq $0x2b, %r8
   ae6: 41b9b8010000                   movl $0x1b8, %r9d
   aec: e967feffff                     jmp -0x199
   af1: 4d89f8                         movq %r15, %r8
   af4: 4983c031                       addq $0x31, %r8
   af8: 41b9f4010000                   movl $0x1f4, %r9d
   afe: e955feffff                     jmp -0x1ab
   b03: 4d89f8                         movq %r15, %r8
   b06: 4983c035                       addq $0x35, %r8
   b0a: 41b91c020000                   movl $0x21c, %r9d
   b10: e943feffff                     jmp -0x1bd
   b15: 4d89f8                         movq %r15, %r8
   b18: 4983c03b                       addq $0x3b, %r8
   b1c: 41b958020000                   movl $0x258, %r9d
   b22: e931feffff                     jmp -0x1cf
   b27: 4d89f8                         movq %r15, %r8
   b2a: 4983c041                       addq $0x41, %r8
   b2e: 41b994020000                   movl $0x294, %r9d
   b34: e91ffeffff                     jmp -0x1e1
   b39: 4d89f8                         movq %r15, %r8
   b3c: 4983c045                       addq $0x45, %r8
   b40: 41b9bc020000                   movl $0x2bc, %r9d
   b46: e90dfeffff                     jmp -0x1f3
   b4b: 4989c0                         movq %rax, %r8
   b4e: e90afeffff                     jmp -0x1f6
