# stencil dot_product_float for x86_64-unknown-linux-gnu: 1879 code bytes, 0 data bytes, 17 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5810                       movq 0x10(%rax), %r11
    11: 488b5818                       movq 0x18(%rax), %rbx
    15: 488b6820                       movq 0x20(%rax), %rbp
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41ba01000000                   movl $0x1, %r10d
    25: b901000000                     movl $0x1, %ecx
    2a: 40f6c501                       testb $0x1, %bpl
    2e: 7544                           jne 0x44
    30: 837d0804                       cmpl $0x4, 0x8(%rbp)
    34: 753e                           jne 0x3e
    36: 4c8b00                         movq (%rax), %r8
    39: 488b7808                       movq 0x8(%rax), %rdi
    3d: 488b4540                       movq 0x40(%rbp), %rax
    41: 4c8b6d30                       movq 0x30(%rbp), %r13
    45: 488b7538                       movq 0x38(%rbp), %rsi
    49: 4885c0                         testq %rax, %rax
    4c: 0f8e85000000                   jle 0x85
    52: 4939f5                         cmpq %rsi, %r13
    55: 0f8c85000000                   jl 0x85
    5b: 41bf28000000                   movl $0x28, %r15d
    61: 41b914000000                   movl $0x14, %r9d
    67: 41ba02000000                   movl $0x2, %r10d
    6d: b902000000                     movl $0x2, %ecx
    72: eb06                           jmp 0x6
    74: 41bf28000000                   movl $0x28, %r15d
    7a: 4531f6                         xorl %r14d, %r14d
    7d: 4889d8                         movq %rbx, %rax
    80: 31ff                           xorl %edi, %edi
    82: 4531c0                         xorl %r8d, %r8d
    85: 498b742418                     movq 0x18(%r12), %rsi
    8a: 4989c5                         movq %rax, %r13
    8d: 4939dd                         cmpq %rbx, %r13
    90: 7404                           je 0x4
    92: 4c896e18                       movq %r13, 0x18(%rsi)
    96: 4584f6                         testb %r14b, %r14b
    99: 741f                           je 0x1f
    9b: 4c895e28                       movq %r11, 0x28(%rsi)
    9f: 48896e30                       movq %rbp, 0x30(%rsi)
    a3: 4084ff                         testb %dil, %dil
    a6: 7412                           je 0x12
    a8: 488b7c2408                     movq 0x8(%rsp), %rdi
    ad: 48897e38                       movq %rdi, 0x38(%rsi)
    b1: 4584c0                         testb %r8b, %r8b
    b4: 7504                           jne 0x4
    b6: 48894640                       movq %rax, 0x40(%rsi)
    ba: 4c01fe                         addq %r15, %rsi
    bd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xbf: R_X86_64_64 Abs64 index+0
    c7: 4d01d0                         addq %r10, %r8
    ca: 4c89e7                         movq %r12, %rdi
    cd: 4883c440                       addq $0x40, %rsp
    d1: 5d                             popq %rbp
    d2: e900000000                     jmp 0x0
        # hole +0xd3: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    d7: 4939f5                         cmpq %rsi, %r13
    da: 0f8e7bffffff                   jle -0x85
    e0: 4c01e8                         addq %r13, %rax
    e3: 48894530                       movq %rax, 0x30(%rbp)
    e7: f6c301                         testb $0x1, %bl
    ea: 7532                           jne 0x32
    ec: 48ff0b                         decq (%rbx)
    ef: 752d                           jne 0x2d
    f1: 48897c2420                     movq %rdi, 0x20(%rsp)
    f6: 4889df                         movq %rbx, %rdi
    f9: 4989d6                         movq %rdx, %r14
    fc: 4c89442410                     movq %r8, 0x10(%rsp)
   101: 4d89df                         movq %r11, %r15
   104: e800000000                     callq 0x0
        # hole +0x105: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   109: 488b7c2420                     movq 0x20(%rsp), %rdi
   10e: 4d89fb                         movq %r15, %r11
   111: 4c8b442410                     movq 0x10(%rsp), %r8
   116: 4c89f2                         movq %r14, %rdx
   119: b901000000                     movl $0x1, %ecx
   11e: 41f6c301                       testb $0x1, %r11b
   122: 7503                           jne 0x3
   124: 49ff03                         incq (%r11)
   127: 4a8d046d01000000               leaq 0x1(,%r13,2), %rax
   12f: 41bf40000000                   movl $0x40, %r15d
   135: 41b601                         movb $0x1, %r14b
   138: 41b950000000                   movl $0x50, %r9d
   13e: 41ba08000000                   movl $0x8, %r10d
   144: 41f6c001                       testb $0x1, %r8b
   148: 0f85a5010000                   jne 0x1a5
   14e: 48890424                       movq %rax, (%rsp)
   152: 498b00                         movq (%r8), %rax
   155: 48ffc0                         incq %rax
   158: 498900                         movq %rax, (%r8)
   15b: 4183780803                     cmpl $0x3, 0x8(%r8)
   160: 0f85c3040000                   jne 0x4c3
   166: 4d01ed                         addq %r13, %r13
   169: 49d1fd                         sarq %r13
   16c: 0f88b7040000                   js 0x4b7
   172: 4d3b6830                       cmpq 0x30(%r8), %r13
   176: 0f8dad040000                   jge 0x4ad
   17c: 498b7040                       movq 0x40(%r8), %rsi
   180: 4a8b34ee                       movq (%rsi,%r13,8), %rsi
   184: 40f6c601                       testb $0x1, %sil
   188: 7506                           jne 0x6
   18a: 48ff06                         incq (%rsi)
   18d: 498b00                         movq (%r8), %rax
   190: 48ffc8                         decq %rax
   193: 498900                         movq %rax, (%r8)
   196: 48897c2420                     movq %rdi, 0x20(%rsp)
   19b: 4889742438                     movq %rsi, 0x38(%rsp)
   1a0: 753b                           jne 0x3b
   1a2: 4c89c7                         movq %r8, %rdi
   1a5: 48895c2418                     movq %rbx, 0x18(%rsp)
   1aa: 4889d3                         movq %rdx, %rbx
   1ad: 4c89442410                     movq %r8, 0x10(%rsp)
   1b2: 4c895c2430                     movq %r11, 0x30(%rsp)
   1b7: e800000000                     callq 0x0
        # hole +0x1b8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1bc: 488b742438                     movq 0x38(%rsp), %rsi
   1c1: 488b7c2420                     movq 0x20(%rsp), %rdi
   1c6: 4c8b5c2430                     movq 0x30(%rsp), %r11
   1cb: 4c8b442410                     movq 0x10(%rsp), %r8
   1d0: 4889da                         movq %rbx, %rdx
   1d3: 488b5c2418                     movq 0x18(%rsp), %rbx
   1d8: b901000000                     movl $0x1, %ecx
   1dd: 41b96e000000                   movl $0x6e, %r9d
   1e3: 41ba0b000000                   movl $0xb, %r10d
   1e9: 40f6c701                       testb $0x1, %dil
   1ed: 0f8513010000                   jne 0x113
   1f3: 488b07                         movq (%rdi), %rax
   1f6: 48ffc0                         incq %rax
   1f9: 488907                         movq %rax, (%rdi)
   1fc: 837f0803                       cmpl $0x3, 0x8(%rdi)
   200: 0f8500010000                   jne 0x100
   206: 4c3b6f30                       cmpq 0x30(%rdi), %r13
   20a: 0f8d88040000                   jge 0x488
   210: 488b7740                       movq 0x40(%rdi), %rsi
   214: 4989f9                         movq %rdi, %r9
   217: 4a8b3cee                       movq (%rsi,%r13,8), %rdi
   21b: 40f6c701                       testb $0x1, %dil
   21f: 7506                           jne 0x6
   221: 48ff07                         incq (%rdi)
   224: 498b01                         movq (%r9), %rax
   227: 48ffc8                         decq %rax
   22a: 498901                         movq %rax, (%r9)
   22d: 48897c2408                     movq %rdi, 0x8(%rsp)
   232: 7534                           jne 0x34
   234: 488b7c2420                     movq 0x20(%rsp), %rdi
   239: 48895c2418                     movq %rbx, 0x18(%rsp)
   23e: 4889d3                         movq %rdx, %rbx
   241: 4c89442410                     movq %r8, 0x10(%rsp)
   246: 4d89dd                         movq %r11, %r13
   249: e800000000                     callq 0x0
        # hole +0x24a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   24e: 4d89eb                         movq %r13, %r11
   251: 4c8b442410                     movq 0x10(%rsp), %r8
   256: 4889da                         movq %rbx, %rdx
   259: 488b5c2418                     movq 0x18(%rsp), %rbx
   25e: 488b7c2408                     movq 0x8(%rsp), %rdi
   263: b901000000                     movl $0x1, %ecx
   268: 41b978000000                   movl $0x78, %r9d
   26e: 41ba0c000000                   movl $0xc, %r10d
   274: 488b742438                     movq 0x38(%rsp), %rsi
   279: 40f6c601                       testb $0x1, %sil
   27d: 0f8599000000                   jne 0x99
   283: 837e0802                       cmpl $0x2, 0x8(%rsi)
   287: 488b0424                       movq (%rsp), %rax
   28b: 0f859d000000                   jne 0x9d
   291: 40f6c701                       testb $0x1, %dil
   295: 0f8593000000                   jne 0x93
   29b: 837f0802                       cmpl $0x2, 0x8(%rdi)
   29f: 0f8589000000                   jne 0x89
   2a5: 4c895c2430                     movq %r11, 0x30(%rsp)
   2aa: f20f104630                     movsd 0x30(%rsi), %xmm0
   2af: f20f594730                     mulsd 0x30(%rdi), %xmm0
   2b4: 48ff0e                         decq (%rsi)
   2b7: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   2bd: 7574                           jne 0x74
   2bf: 4889f7                         movq %rsi, %rdi
   2c2: 4d89c5                         movq %r8, %r13
   2c5: 4989d7                         movq %rdx, %r15
   2c8: e800000000                     callq 0x0
        # hole +0x2c9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2cd: f20f10442418                   movsd 0x18(%rsp), %xmm0
   2d3: 4c89fa                         movq %r15, %rdx
   2d6: 4d89e8                         movq %r13, %r8
   2d9: 488b7c2408                     movq 0x8(%rsp), %rdi
   2de: 48ff0f                         decq (%rdi)
   2e1: 7455                           je 0x55
   2e3: 488b7c2430                     movq 0x30(%rsp), %rdi
   2e8: 40f6c701                       testb $0x1, %dil
   2ec: 7470                           je 0x70
   2ee: e94b020000                     jmp 0x24b
   2f3: 4c89c5                         movq %r8, %rbp
   2f6: 4889442408                     movq %rax, 0x8(%rsp)
   2fb: 40b701                         movb $0x1, %dil
   2fe: 41b001                         movb $0x1, %r8b
   301: e97ffdffff                     jmp -0x281
   306: 4531c0                         xorl %r8d, %r8d
   309: 4889f5                         movq %rsi, %rbp
   30c: 48897c2408                     movq %rdi, 0x8(%rsp)
   311: 40b701                         movb $0x1, %dil
   314: 41bf48000000                   movl $0x48, %r15d
   31a: eb09                           jmp 0x9
   31c: 4889f5                         movq %rsi, %rbp
   31f: 40b701                         movb $0x1, %dil
   322: 41b001                         movb $0x1, %r8b
   325: 488b0424                       movq (%rsp), %rax
   329: e957fdffff                     jmp -0x2a9
   32e: 4889f5                         movq %rsi, %rbp
   331: ebc8                           jmp -0x38
   333: 48ff0f                         decq (%rdi)
   336: 75ab                           jne -0x55
   338: 4d89c5                         movq %r8, %r13
   33b: 4989d7                         movq %rdx, %r15
   33e: e800000000                     callq 0x0
        # hole +0x33f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   343: f20f10442418                   movsd 0x18(%rsp), %xmm0
   349: 4c89fa                         movq %r15, %rdx
   34c: 4d89e8                         movq %r13, %r8
   34f: 488b7c2430                     movq 0x30(%rsp), %rdi
   354: 40f6c701                       testb $0x1, %dil
   358: 0f85e0010000                   jne 0x1e0
   35e: 837f0802                       cmpl $0x2, 0x8(%rdi)
   362: 0f85d6010000                   jne 0x1d6
   368: f20f584730                     addsd 0x30(%rdi), %xmm0
   36d: 488b07                         movq (%rdi), %rax
   370: 48ffc8                         decq %rax
   373: 488907                         movq %rax, (%rdi)
   376: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   37c: 7525                           jne 0x25
   37e: 4989de                         movq %rbx, %r14
   381: 4889d3                         movq %rdx, %rbx
   384: 4d89c7                         movq %r8, %r15
   387: e800000000                     callq 0x0
        # hole +0x388: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   38c: f20f10442418                   movsd 0x18(%rsp), %xmm0
   392: 4d89f8                         movq %r15, %r8
   395: 488b7c2430                     movq 0x30(%rsp), %rdi
   39a: 4889da                         movq %rbx, %rdx
   39d: 4c89f3                         movq %r14, %rbx
   3a0: 488b07                         movq (%rdi), %rax
   3a3: 48ffc8                         decq %rax
   3a6: 488907                         movq %rax, (%rdi)
   3a9: 751d                           jne 0x1d
   3ab: 4989de                         movq %rbx, %r14
   3ae: 4889d3                         movq %rdx, %rbx
   3b1: 4d89c7                         movq %r8, %r15
   3b4: e800000000                     callq 0x0
        # hole +0x3b5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3b9: f20f10442418                   movsd 0x18(%rsp), %xmm0
   3bf: 4d89f8                         movq %r15, %r8
   3c2: 4889da                         movq %rbx, %rdx
   3c5: 4c89f3                         movq %r14, %rbx
   3c8: 488b4208                       movq 0x8(%rdx), %rax
   3cc: 488b4a10                       movq 0x10(%rdx), %rcx
   3d0: 48ffc0                         incq %rax
   3d3: 48894208                       movq %rax, 0x8(%rdx)
   3d7: 4839c8                         cmpq %rcx, %rax
   3da: 4889542428                     movq %rdx, 0x28(%rsp)
   3df: 0f8d96010000                   jge 0x196
   3e5: 48833a00                       cmpq $0x0, (%rdx)
   3e9: 0f85ba010000                   jne 0x1ba
   3ef: 4c89442410                     movq %r8, 0x10(%rsp)
   3f4: 837d0804                       cmpl $0x4, 0x8(%rbp)
   3f8: 0f85cc010000                   jne 0x1cc
   3fe: 4c8b7d40                       movq 0x40(%rbp), %r15
   402: 488b7530                       movq 0x30(%rbp), %rsi
   406: 4c8b4538                       movq 0x38(%rbp), %r8
   40a: 4c8d2c36                       leaq (%rsi,%rsi), %r13
   40e: 4b8d3c3f                       leaq (%r15,%r15), %rdi
   412: 48897c2438                     movq %rdi, 0x38(%rsp)
   417: 488b7c2420                     movq 0x20(%rsp), %rdi
   41c: 4d85ff                         testq %r15, %r15
   41f: 7e0a                           jle 0xa
   421: 4c39c6                         cmpq %r8, %rsi
   424: 7c0e                           jl 0xe
   426: e94e020000                     jmp 0x24e
   42b: 4c39c6                         cmpq %r8, %rsi
   42e: 0f8e45020000                   jle 0x245
   434: 4c01fe                         addq %r15, %rsi
   437: 48897530                       movq %rsi, 0x30(%rbp)
   43b: 4c8b4c2410                     movq 0x10(%rsp), %r9
   440: 4d8b11                         movq (%r9), %r10
   443: 49ffc2                         incq %r10
   446: 4d8911                         movq %r10, (%r9)
   449: 4183790803                     cmpl $0x3, 0x8(%r9)
   44e: 0f8551020000                   jne 0x251
   454: 4d89e9                         movq %r13, %r9
   457: 49d1f9                         sarq %r9
   45a: 0f8845020000                   js 0x245
   460: 488b542410                     movq 0x10(%rsp), %rdx
   465: 4c3b4a30                       cmpq 0x30(%rdx), %r9
   469: 0f8d74020000                   jge 0x274
   46f: 4c8b5a40                       movq 0x40(%rdx), %r11
   473: 4f8b34cb                       movq (%r11,%r9,8), %r14
   477: 41f6c601                       testb $0x1, %r14b
   47b: 7506                           jne 0x6
   47d: 49ff06                         incq (%r14)
   480: 4c8b12                         movq (%rdx), %r10
   483: 49ffca                         decq %r10
   486: 4c8912                         movq %r10, (%rdx)
   489: 4c8b17                         movq (%rdi), %r10
   48c: 49ffc2                         incq %r10
   48f: 4c8917                         movq %r10, (%rdi)
   492: 837f0803                       cmpl $0x3, 0x8(%rdi)
   496: 0f850e020000                   jne 0x20e
   49c: 4c3b4f30                       cmpq 0x30(%rdi), %r9
   4a0: 0f8d04020000                   jge 0x204
   4a6: 4c8b5f40                       movq 0x40(%rdi), %r11
   4aa: 4b8b14cb                       movq (%r11,%r9,8), %rdx
   4ae: 4889542408                     movq %rdx, 0x8(%rsp)
   4b3: f6c201                         testb $0x1, %dl
   4b6: 750b                           jne 0xb
   4b8: 488b542408                     movq 0x8(%rsp), %rdx
   4bd: 48ff02                         incq (%rdx)
   4c0: 4c8b17                         movq (%rdi), %r10
   4c3: 49ffca                         decq %r10
   4c6: 4c8917                         movq %r10, (%rdi)
   4c9: 41f6c601                       testb $0x1, %r14b
   4cd: 488b542428                     movq 0x28(%rsp), %rdx
   4d2: 0f855d010000                   jne 0x15d
   4d8: 41837e0802                     cmpl $0x2, 0x8(%r14)
   4dd: 0f8552010000                   jne 0x152
   4e3: 4c8b542408                     movq 0x8(%rsp), %r10
   4e8: 41f6c201                       testb $0x1, %r10b
   4ec: 0f8543010000                   jne 0x143
   4f2: 41837a0802                     cmpl $0x2, 0x8(%r10)
   4f7: 0f8538010000                   jne 0x138
   4fd: f2410f104e30                   movsd 0x30(%r14), %xmm1
   503: f2410f594a30                   mulsd 0x30(%r10), %xmm1
   509: 4d8d4d01                       leaq 0x1(%r13), %r9
   50d: 4c890c24                       movq %r9, (%rsp)
   511: 49ff0e                         decq (%r14)
   514: 49ff0a                         decq (%r10)
   517: f20f58c1                       addsd %xmm1, %xmm0
   51b: 48ffc0                         incq %rax
   51e: 48894208                       movq %rax, 0x8(%rdx)
   522: 4c036c2438                     addq 0x38(%rsp), %r13
   527: 4839c8                         cmpq %rcx, %rax
   52a: 0f8cecfeffff                   jl -0x114
   530: 4c2b6c2438                     subq 0x38(%rsp), %r13
   535: 49ffc5                         incq %r13
   538: 4c892c24                       movq %r13, (%rsp)
   53c: eb41                           jmp 0x41
   53e: 4889d7                         movq %rdx, %rdi
   541: 4989df                         movq %rbx, %r15
   544: 4889d3                         movq %rdx, %rbx
   547: e800000000                     callq 0x0
        # hole +0x548: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   54c: 4c8b5c2430                     movq 0x30(%rsp), %r11
   551: 4889da                         movq %rbx, %rdx
   554: 4c89fb                         movq %r15, %rbx
   557: b901000000                     movl $0x1, %ecx
   55c: 4889c5                         movq %rax, %rbp
   55f: 41bf38000000                   movl $0x38, %r15d
   565: 41b98c000000                   movl $0x8c, %r9d
   56b: 41ba0e000000                   movl $0xe, %r10d
   571: 31ff                           xorl %edi, %edi
   573: 4531c0                         xorl %r8d, %r8d
   576: e9aafdffff                     jmp -0x256
   57b: 4c8b2c24                       movq (%rsp), %r13
   57f: 48c70201000000                 movq $0x1, (%rdx)
   586: 4889d7                         movq %rdx, %rdi
   589: e800000000                     callq 0x0
        # hole +0x58a: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   58e: 41bf28000000                   movl $0x28, %r15d
   594: 41b9aa000000                   movl $0xaa, %r9d
   59a: 41ba11000000                   movl $0x11, %r10d
   5a0: b902000000                     movl $0x2, %ecx
   5a5: 31ed                           xorl %ebp, %ebp
   5a7: eb46                           jmp 0x46
   5a9: 4889d7                         movq %rdx, %rdi
   5ac: e800000000                     callq 0x0
        # hole +0x5ad: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   5b1: 41bf28000000                   movl $0x28, %r15d
   5b7: 41b9aa000000                   movl $0xaa, %r9d
   5bd: 41ba11000000                   movl $0x11, %r10d
   5c3: b902000000                     movl $0x2, %ecx
   5c8: eb1f                           jmp 0x1f
   5ca: 4889d7                         movq %rdx, %rdi
   5cd: e800000000                     callq 0x0
        # hole +0x5ce: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   5d2: 41bf28000000                   movl $0x28, %r15d
   5d8: 41b90a000000                   movl $0xa, %r9d
   5de: 41ba01000000                   movl $0x1, %r10d
   5e4: b901000000                     movl $0x1, %ecx
   5e9: 31ed                           xorl %ebp, %ebp
   5eb: 4c8b2c24                       movq (%rsp), %r13
   5ef: 31ff                           xorl %edi, %edi
   5f1: 4531c0                         xorl %r8d, %r8d
   5f4: 498b742418                     movq 0x18(%r12), %rsi
   5f9: 4c8b5c2430                     movq 0x30(%rsp), %r11
   5fe: 4c39d8                         cmpq %r11, %rax
   601: 7505                           jne 0x5
   603: 4189fe                         movl %edi, %r14d
   606: eb0a                           jmp 0xa
   608: 48894610                       movq %rax, 0x10(%rsi)
   60c: 4189fe                         movl %edi, %r14d
   60f: 4989c3                         movq %rax, %r11
   612: 488b542428                     movq 0x28(%rsp), %rdx
   617: 488b0424                       movq (%rsp), %rax
   61b: 4939dd                         cmpq %rbx, %r13
   61e: 0f856efaffff                   jne -0x592
   624: e96dfaffff                     jmp -0x593
   629: 4c89c5                         movq %r8, %rbp
   62c: 488b0424                       movq (%rsp), %rax
   630: e9c1fcffff                     jmp -0x33f
   635: 4889d7                         movq %rdx, %rdi
   638: e800000000                     callq 0x0
        # hole +0x639: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   63d: 49ffc5                         incq %r13
   640: 40b701                         movb $0x1, %dil
   643: 41b978000000                   movl $0x78, %r9d
   649: 41ba0c000000                   movl $0xc, %r10d
   64f: 4885c0                         testq %rax, %rax
   652: 7504                           jne 0x4
   654: 31c0                           xorl %eax, %eax
   656: eb07                           jmp 0x7
   658: 48c70002000000                 movq $0x2, (%rax)
   65f: 4c89f5                         movq %r14, %rbp
   662: 4c892c24                       movq %r13, (%rsp)
   666: 41b001                         movb $0x1, %r8b
   669: b901000000                     movl $0x1, %ecx
   66e: 41bf40000000                   movl $0x40, %r15d
   674: e97bffffff                     jmp -0x85
   679: 4889d7                         movq %rdx, %rdi
   67c: e800000000                     callq 0x0
        # hole +0x67d: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   681: 41bf28000000                   movl $0x28, %r15d
   687: 41b914000000                   movl $0x14, %r9d
   68d: 41ba02000000                   movl $0x2, %r10d
   693: e92bffffff                     jmp -0xd5
   698: 4531c0                         xorl %r8d, %r8d
   69b: 488b6c2438                     movq 0x38(%rsp), %rbp
   6a0: e967fcffff                     jmp -0x399
   6a5: 4889d7                         movq %rdx, %rdi
   6a8: eb3e                           jmp 0x3e
   6aa: 488b7c2428                     movq 0x28(%rsp), %rdi
   6af: e800000000                     callq 0x0
        # hole +0x6b0: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   6b4: 49ffc5                         incq %r13
   6b7: 40b701                         movb $0x1, %dil
   6ba: 41b96e000000                   movl $0x6e, %r9d
   6c0: 41ba0b000000                   movl $0xb, %r10d
   6c6: 4885c0                         testq %rax, %rax
   6c9: 7561                           jne 0x61
   6cb: 31c0                           xorl %eax, %eax
   6cd: 4c89f5                         movq %r14, %rbp
   6d0: 488b4c2420                     movq 0x20(%rsp), %rcx
   6d5: 48894c2408                     movq %rcx, 0x8(%rsp)
   6da: 4c892c24                       movq %r13, (%rsp)
   6de: 4531c0                         xorl %r8d, %r8d
   6e1: eb64                           jmp 0x64
   6e3: 488b7c2428                     movq 0x28(%rsp), %rdi
   6e8: e800000000                     callq 0x0
        # hole +0x6e9: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   6ed: 49ffc5                         incq %r13
   6f0: 40b701                         movb $0x1, %dil
   6f3: 41b950000000                   movl $0x50, %r9d
   6f9: 41ba08000000                   movl $0x8, %r10d
   6ff: 4885c0                         testq %rax, %rax
   702: 7504                           jne 0x4
   704: 31c0                           xorl %eax, %eax
   706: eb07                           jmp 0x7
   708: 48c70002000000                 movq $0x2, (%rax)
   70f: 4c896c2408                     movq %r13, 0x8(%rsp)
   714: 41b001                         movb $0x1, %r8b
   717: b901000000                     movl $0x1, %ecx
   71c: 488b6c2410                     movq 0x10(%rsp), %rbp
   721: 41bf40000000                   movl $0x40, %r15d
   727: e9c8feffff                     jmp -0x138
   72c: 48c70002000000                 movq $0x2, (%rax)
   733: 4531c0                         xorl %r8d, %r8d
   736: 4c89f5                         movq %r14, %rbp
   739: 488b4c2420                     movq 0x20(%rsp), %rcx
   73e: 48894c2408                     movq %rcx, 0x8(%rsp)
   743: 4c892c24                       movq %r13, (%rsp)
   747: b901000000                     movl $0x1, %ecx
   74c: 41bf48000000                   movl $0x48, %r15d
   752: e99dfeffff                     jmp -0x163
