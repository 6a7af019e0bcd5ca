# stencil dot_product_float for x86_64-apple-darwin: 2042 code bytes, 8 data bytes, 15 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b28                         movq (%rax), %rbp
    10: 4c8b5810                       movq 0x10(%rax), %r11
    14: 4c8b5018                       movq 0x18(%rax), %r10
    18: 4c8b6820                       movq 0x20(%rax), %r13
    1c: 41b90a000000                   movl $0xa, %r9d
    22: bb01000000                     movl $0x1, %ebx
    27: b901000000                     movl $0x1, %ecx
    2c: 41f6c501                       testb $0x1, %r13b
    30: 0f85cc030000                   jne 0x3cc
    36: 418b7508                       movl 0x8(%r13), %esi
    3a: 40f6c501                       testb $0x1, %bpl
    3e: 0f858b030000                   jne 0x38b
    44: 83fe04                         cmpl $0x4, %esi
    47: 0f8523040000                   jne 0x423
    4d: 488b7808                       movq 0x8(%rax), %rdi
    51: 4c891c24                       movq %r11, (%rsp)
    55: 4d89d7                         movq %r10, %r15
    58: 48897c2448                     movq %rdi, 0x48(%rsp)
    5d: 4c89642420                     movq %r12, 0x20(%rsp)
    62: 4c895c2438                     movq %r11, 0x38(%rsp)
    67: 498b4540                       movq 0x40(%r13), %rax
    6b: 4d8b6530                       movq 0x30(%r13), %r12
    6f: 498b7538                       movq 0x38(%r13), %rsi
    73: 4885c0                         testq %rax, %rax
    76: 7e0a                           jle 0xa
    78: 4939f4                         cmpq %rsi, %r12
    7b: 7c0e                           jl 0xe
    7d: e90d050000                     jmp 0x50d
    82: 4939f4                         cmpq %rsi, %r12
    85: 0f8e04050000                   jle 0x504
    8b: 4c01e0                         addq %r12, %rax
    8e: 49894530                       movq %rax, 0x30(%r13)
    92: 41f6c701                       testb $0x1, %r15b
    96: 7529                           jne 0x29
    98: 49ff0f                         decq (%r15)
    9b: 7524                           jne 0x24
    9d: 4c89ff                         movq %r15, %rdi
    a0: 4889d3                         movq %rdx, %rbx
    a3: 4d89d7                         movq %r10, %r15
    a6: 4d89de                         movq %r11, %r14
    a9: e800000000                     callq 0x0
        # hole +0xaa: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    ae: 488b7c2448                     movq 0x48(%rsp), %rdi
    b3: 4d89f3                         movq %r14, %r11
    b6: 4d89fa                         movq %r15, %r10
    b9: 4889da                         movq %rbx, %rdx
    bc: b901000000                     movl $0x1, %ecx
    c1: f6042401                       testb $0x1, (%rsp)
    c5: 7507                           jne 0x7
    c7: 488b0424                       movq (%rsp), %rax
    cb: 48ff00                         incq (%rax)
    ce: 48ff4500                       incq (%rbp)
    d2: 4e8d3c6501000000               leaq 0x1(,%r12,2), %r15
    da: 837d0803                       cmpl $0x3, 0x8(%rbp)
    de: 0f85f1040000                   jne 0x4f1
    e4: 4d01e4                         addq %r12, %r12
    e7: 49d1fc                         sarq %r12
    ea: 0f88e5040000                   js 0x4e5
    f0: 4c3b6530                       cmpq 0x30(%rbp), %r12
    f4: 0f8ddb040000                   jge 0x4db
    fa: 488b4540                       movq 0x40(%rbp), %rax
    fe: 4a8b1ce0                       movq (%rax,%r12,8), %rbx
   102: f6c301                         testb $0x1, %bl
   105: 7417                           je 0x17
   107: b001                           movb $0x1, %al
   109: 89442408                       movl %eax, 0x8(%rsp)
   10d: 48ff4d00                       decq (%rbp)
   111: 741a                           je 0x1a
   113: 40f6c701                       testb $0x1, %dil
   117: 7445                           je 0x45
   119: e92a040000                     jmp 0x42a
   11e: 48ff03                         incq (%rbx)
   121: b001                           movb $0x1, %al
   123: 89442408                       movl %eax, 0x8(%rsp)
   127: 48ff4d00                       decq (%rbp)
   12b: 75e6                           jne -0x1a
   12d: 4889ef                         movq %rbp, %rdi
   130: 4889542418                     movq %rdx, 0x18(%rsp)
   135: 4d89d6                         movq %r10, %r14
   138: e800000000                     callq 0x0
        # hole +0x139: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   13d: 488b7c2448                     movq 0x48(%rsp), %rdi
   142: 4c8b5c2438                     movq 0x38(%rsp), %r11
   147: 4d89f2                         movq %r14, %r10
   14a: 488b542418                     movq 0x18(%rsp), %rdx
   14f: b901000000                     movl $0x1, %ecx
   154: 40f6c701                       testb $0x1, %dil
   158: 0f85ea030000                   jne 0x3ea
   15e: 48ff07                         incq (%rdi)
   161: 837f0803                       cmpl $0x3, 0x8(%rdi)
   165: 0f85dd030000                   jne 0x3dd
   16b: 4c3b6730                       cmpq 0x30(%rdi), %r12
   16f: 0f8dd3030000                   jge 0x3d3
   175: 488b4740                       movq 0x40(%rdi), %rax
   179: 4a8b04e0                       movq (%rax,%r12,8), %rax
   17d: 4889442430                     movq %rax, 0x30(%rsp)
   182: a801                           testb $0x1, %al
   184: 7416                           je 0x16
   186: 48ff0f                         decq (%rdi)
   189: 4c8b642420                     movq 0x20(%rsp), %r12
   18e: 741e                           je 0x1e
   190: 31c0                           xorl %eax, %eax
   192: f6c301                         testb $0x1, %bl
   195: 7447                           je 0x47
   197: e96a030000                     jmp 0x36a
   19c: 488b442430                     movq 0x30(%rsp), %rax
   1a1: 48ff00                         incq (%rax)
   1a4: 48ff0f                         decq (%rdi)
   1a7: 4c8b642420                     movq 0x20(%rsp), %r12
   1ac: 75e2                           jne -0x1e
   1ae: 488b7c2448                     movq 0x48(%rsp), %rdi
   1b3: 4989d4                         movq %rdx, %r12
   1b6: 4d89d6                         movq %r10, %r14
   1b9: e800000000                     callq 0x0
        # hole +0x1ba: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1be: 4c8b5c2438                     movq 0x38(%rsp), %r11
   1c3: 4d89f2                         movq %r14, %r10
   1c6: 4c89e2                         movq %r12, %rdx
   1c9: 4c8b642420                     movq 0x20(%rsp), %r12
   1ce: b901000000                     movl $0x1, %ecx
   1d3: 31c0                           xorl %eax, %eax
   1d5: f6c301                         testb $0x1, %bl
   1d8: 0f8528030000                   jne 0x328
   1de: 837b0802                       cmpl $0x2, 0x8(%rbx)
   1e2: 0f851e030000                   jne 0x31e
   1e8: 4c8b742430                     movq 0x30(%rsp), %r14
   1ed: 4489f6                         movl %r14d, %esi
   1f0: 83e601                         andl $0x1, %esi
   1f3: 0f8529040000                   jne 0x429
   1f9: 41837e0802                     cmpl $0x2, 0x8(%r14)
   1fe: 0f851c040000                   jne 0x41c
   204: f20f104330                     movsd 0x30(%rbx), %xmm0
   209: f2410f594630                   mulsd 0x30(%r14), %xmm0
   20f: 48ff0b                         decq (%rbx)
   212: 4c89542440                     movq %r10, 0x40(%rsp)
   217: 751e                           jne 0x1e
   219: 4889df                         movq %rbx, %rdi
   21c: 4889542418                     movq %rdx, 0x18(%rsp)
   221: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   227: e800000000                     callq 0x0
        # hole +0x228: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   22c: f20f10442408                   movsd 0x8(%rsp), %xmm0
   232: 488b542418                     movq 0x18(%rsp), %rdx
   237: 49ff0e                         decq (%r14)
   23a: 751c                           jne 0x1c
   23c: 488b7c2430                     movq 0x30(%rsp), %rdi
   241: 4989d6                         movq %rdx, %r14
   244: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   24a: e800000000                     callq 0x0
        # hole +0x24b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   24f: f20f10442408                   movsd 0x8(%rsp), %xmm0
   255: 4c89f2                         movq %r14, %rdx
   258: 4989d4                         movq %rdx, %r12
   25b: 4889d7                         movq %rdx, %rdi
   25e: e800000000                     callq 0x0
        # hole +0x25f: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   263: 4889c7                         movq %rax, %rdi
   266: b001                           movb $0x1, %al
   268: 89442408                       movl %eax, 0x8(%rsp)
   26c: 4885ff                         testq %rdi, %rdi
   26f: 0f84e2040000                   je 0x4e2
   275: 488b3424                       movq (%rsp), %rsi
   279: 40f6c601                       testb $0x1, %sil
   27d: b901000000                     movl $0x1, %ecx
   282: 4c89e2                         movq %r12, %rdx
   285: 4c8b542440                     movq 0x40(%rsp), %r10
   28a: 4c8b5c2438                     movq 0x38(%rsp), %r11
   28f: 48897c2418                     movq %rdi, 0x18(%rsp)
   294: 0f85be030000                   jne 0x3be
   29a: 31c0                           xorl %eax, %eax
   29c: 837e0802                       cmpl $0x2, 0x8(%rsi)
   2a0: 0f85ef030000                   jne 0x3ef
   2a6: 89fe                           movl %edi, %esi
   2a8: 83e601                         andl $0x1, %esi
   2ab: 0f85e4030000                   jne 0x3e4
   2b1: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2b5: 0f85d8030000                   jne 0x3d8
   2bb: 488b0424                       movq (%rsp), %rax
   2bf: f20f104030                     movsd 0x30(%rax), %xmm0
   2c4: f20f584730                     addsd 0x30(%rdi), %xmm0
   2c9: 48ff08                         decq (%rax)
   2cc: bb01000000                     movl $0x1, %ebx
   2d1: 7417                           je 0x17
   2d3: 48ff0f                         decq (%rdi)
   2d6: 7435                           je 0x35
   2d8: 4889d7                         movq %rdx, %rdi
   2db: e800000000                     callq 0x0
        # hole +0x2dc: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2e0: 4885c0                         testq %rax, %rax
   2e3: 7552                           jne 0x52
   2e5: e9c7040000                     jmp 0x4c7
   2ea: 4989fe                         movq %rdi, %r14
   2ed: 488b3c24                       movq (%rsp), %rdi
   2f1: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   2f7: e800000000                     callq 0x0
        # hole +0x2f8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2fc: f20f10442408                   movsd 0x8(%rsp), %xmm0
   302: 4c89f7                         movq %r14, %rdi
   305: 4c89e2                         movq %r12, %rdx
   308: 48ff0f                         decq (%rdi)
   30b: 75cb                           jne -0x35
   30d: 488b7c2418                     movq 0x18(%rsp), %rdi
   312: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   318: e800000000                     callq 0x0
        # hole +0x319: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   31d: f20f10442408                   movsd 0x8(%rsp), %xmm0
   323: 4c89e2                         movq %r12, %rdx
   326: 4889d7                         movq %rdx, %rdi
   329: e800000000                     callq 0x0
        # hole +0x32a: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   32e: 4885c0                         testq %rax, %rax
   331: 0f847a040000                   je 0x47a
   337: 488b3c24                       movq (%rsp), %rdi
   33b: 48ff0f                         decq (%rdi)
   33e: b901000000                     movl $0x1, %ecx
   343: 41b90a000000                   movl $0xa, %r9d
   349: 4c8b542440                     movq 0x40(%rsp), %r10
   34e: 4c8b5c2438                     movq 0x38(%rsp), %r11
   353: 7520                           jne 0x20
   355: 4989c6                         movq %rax, %r14
   358: e800000000                     callq 0x0
        # hole +0x359: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   35d: 4c89f0                         movq %r14, %rax
   360: 4c8b5c2438                     movq 0x38(%rsp), %r11
   365: 4c8b542440                     movq 0x40(%rsp), %r10
   36a: 41b90a000000                   movl $0xa, %r9d
   370: b901000000                     movl $0x1, %ecx
   375: 4c89e2                         movq %r12, %rdx
   378: 498b742408                     movq 0x8(%r12), %rsi
   37d: 48ffc6                         incq %rsi
   380: 4989742408                     movq %rsi, 0x8(%r12)
   385: 493b742410                     cmpq 0x10(%r12), %rsi
   38a: 4889442410                     movq %rax, 0x10(%rsp)
   38f: 0f8d54030000                   jge 0x354
   395: 48833a00                       cmpq $0x0, (%rdx)
   399: 4c8b642420                     movq 0x20(%rsp), %r12
   39e: 488b7c2448                     movq 0x48(%rsp), %rdi
   3a3: 0f857d030000                   jne 0x37d
   3a9: 41837d0804                     cmpl $0x4, 0x8(%r13)
   3ae: 4c897c2428                     movq %r15, 0x28(%rsp)
   3b3: 48890424                       movq %rax, (%rsp)
   3b7: 0f84aafcffff                   je -0x356
   3bd: c744240800000000               movl $0x0, 0x8(%rsp)
   3c5: 488b6c2410                     movq 0x10(%rsp), %rbp
   3ca: e972030000                     jmp 0x372
   3cf: 83fe04                         cmpl $0x4, %esi
   3d2: 752e                           jne 0x2e
   3d4: 498b4540                       movq 0x40(%r13), %rax
   3d8: 498b5d30                       movq 0x30(%r13), %rbx
   3dc: 498b7538                       movq 0x38(%r13), %rsi
   3e0: 4885c0                         testq %rax, %rax
   3e3: 0f8eb5000000                   jle 0xb5
   3e9: 4839f3                         cmpq %rsi, %rbx
   3ec: 0f8cb5000000                   jl 0xb5
   3f2: 41b914000000                   movl $0x14, %r9d
   3f8: bb02000000                     movl $0x2, %ebx
   3fd: b902000000                     movl $0x2, %ecx
   402: 4531c0                         xorl %r8d, %r8d
   405: 4d89d6                         movq %r10, %r14
   408: 41bd28000000                   movl $0x28, %r13d
   40e: 498b742418                     movq 0x18(%r12), %rsi
   413: 31c0                           xorl %eax, %eax
   415: 4489c7                         movl %r8d, %edi
   418: 4589c7                         movl %r8d, %r15d
   41b: 44897c2408                     movl %r15d, 0x8(%rsp)
   420: 4d89f7                         movq %r14, %r15
   423: 4d39d7                         cmpq %r10, %r15
   426: 7404                           je 0x4
   428: 4c897e18                       movq %r15, 0x18(%rsi)
   42c: 807c240800                     cmpb $0x0, 0x8(%rsp)
   431: 7423                           je 0x23
   433: 4c895e28                       movq %r11, 0x28(%rsi)
   437: 84c0                           testb %al, %al
   439: 751b                           jne 0x1b
   43b: 48896e30                       movq %rbp, 0x30(%rsi)
   43f: 4084ff                         testb %dil, %dil
   442: 7412                           je 0x12
   444: 4c897638                       movq %r14, 0x38(%rsi)
   448: 4584c0                         testb %r8b, %r8b
   44b: 7509                           jne 0x9
   44d: 488b442428                     movq 0x28(%rsp), %rax
   452: 48894640                       movq %rax, 0x40(%rsi)
   456: 4c01ee                         addq %r13, %rsi
   459: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x45c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   460: 4901d8                         addq %rbx, %r8
   463: 4c89e7                         movq %r12, %rdi
   466: 4883c450                       addq $0x50, %rsp
   46a: 5d                             popq %rbp
   46b: e900000000                     jmp 0x0
        # hole +0x46c: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   470: c744240800000000               movl $0x0, 0x8(%rsp)
   478: 4d89d7                         movq %r10, %r15
   47b: 4c89dd                         movq %r11, %rbp
   47e: 31c0                           xorl %eax, %eax
   480: 31ff                           xorl %edi, %edi
   482: 4531c0                         xorl %r8d, %r8d
   485: 41bd28000000                   movl $0x28, %r13d
   48b: 498b742418                     movq 0x18(%r12), %rsi
   490: 4c39dd                         cmpq %r11, %rbp
   493: 0f8534020000                   jne 0x234
   499: e933020000                     jmp 0x233
   49e: 4839f3                         cmpq %rsi, %rbx
   4a1: 0f8e4bffffff                   jle -0xb5
   4a7: 4801d8                         addq %rbx, %rax
   4aa: 49894530                       movq %rax, 0x30(%r13)
   4ae: 41f6c201                       testb $0x1, %r10b
   4b2: 7524                           jne 0x24
   4b4: 49ff0a                         decq (%r10)
   4b7: 751f                           jne 0x1f
   4b9: 4c89d7                         movq %r10, %rdi
   4bc: 4989d6                         movq %rdx, %r14
   4bf: 4d89d7                         movq %r10, %r15
   4c2: 4d89dd                         movq %r11, %r13
   4c5: e800000000                     callq 0x0
        # hole +0x4c6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4ca: 4d89eb                         movq %r13, %r11
   4cd: 4d89fa                         movq %r15, %r10
   4d0: 4c89f2                         movq %r14, %rdx
   4d3: b901000000                     movl $0x1, %ecx
   4d8: 4c8d345d01000000               leaq 0x1(,%rbx,2), %r14
   4e0: 41bd40000000                   movl $0x40, %r13d
   4e6: 41b001                         movb $0x1, %r8b
   4e9: 41b950000000                   movl $0x50, %r9d
   4ef: bb08000000                     movl $0x8, %ebx
   4f4: 41f6c301                       testb $0x1, %r11b
   4f8: 0f8510ffffff                   jne -0xf0
   4fe: 49ff03                         incq (%r11)
   501: e908ffffff                     jmp -0xf8
   506: 488b2c24                       movq (%rsp), %rbp
   50a: 48896c2410                     movq %rbp, 0x10(%rsp)
   50f: 48895c2418                     movq %rbx, 0x18(%rsp)
   514: 4c897c2428                     movq %r15, 0x28(%rsp)
   519: bb0c000000                     movl $0xc, %ebx
   51e: 41b978000000                   movl $0x78, %r9d
   524: 40b701                         movb $0x1, %dil
   527: 41b001                         movb $0x1, %r8b
   52a: 41bd40000000                   movl $0x40, %r13d
   530: 4c8b742430                     movq 0x30(%rsp), %r14
   535: 498b742418                     movq 0x18(%r12), %rsi
   53a: 4c39dd                         cmpq %r11, %rbp
   53d: 0f858a010000                   jne 0x18a
   543: e989010000                     jmp 0x189
   548: 31c0                           xorl %eax, %eax
   54a: 488b2c24                       movq (%rsp), %rbp
   54e: 48896c2410                     movq %rbp, 0x10(%rsp)
   553: 48895c2418                     movq %rbx, 0x18(%rsp)
   558: 4989fe                         movq %rdi, %r14
   55b: 4c897c2428                     movq %r15, 0x28(%rsp)
   560: bb0b000000                     movl $0xb, %ebx
   565: 41b96e000000                   movl $0x6e, %r9d
   56b: 40b701                         movb $0x1, %dil
   56e: 4531c0                         xorl %r8d, %r8d
   571: 41bd48000000                   movl $0x48, %r13d
   577: 4c8b642420                     movq 0x20(%rsp), %r12
   57c: 498b742418                     movq 0x18(%r12), %rsi
   581: 4c39dd                         cmpq %r11, %rbp
   584: 0f8543010000                   jne 0x143
   58a: e942010000                     jmp 0x142
   58f: 41b914000000                   movl $0x14, %r9d
   595: bb02000000                     movl $0x2, %ebx
   59a: b902000000                     movl $0x2, %ecx
   59f: c744240800000000               movl $0x0, 0x8(%rsp)
   5a7: 31c0                           xorl %eax, %eax
   5a9: 31ff                           xorl %edi, %edi
   5ab: 4531c0                         xorl %r8d, %r8d
   5ae: 4c8b642420                     movq 0x20(%rsp), %r12
   5b3: 4c8b742430                     movq 0x30(%rsp), %r14
   5b8: 41bd28000000                   movl $0x28, %r13d
   5be: 488b2c24                       movq (%rsp), %rbp
   5c2: 498b742418                     movq 0x18(%r12), %rsi
   5c7: 4c39dd                         cmpq %r11, %rbp
   5ca: 0f85fd000000                   jne 0xfd
   5d0: e9fc000000                     jmp 0xfc
   5d5: b001                           movb $0x1, %al
   5d7: 89442408                       movl %eax, 0x8(%rsp)
   5db: 31c0                           xorl %eax, %eax
   5dd: 488b3424                       movq (%rsp), %rsi
   5e1: 4889742410                     movq %rsi, 0x10(%rsp)
   5e6: 48896c2418                     movq %rbp, 0x18(%rsp)
   5eb: 4889f5                         movq %rsi, %rbp
   5ee: 4d89fe                         movq %r15, %r14
   5f1: bb08000000                     movl $0x8, %ebx
   5f6: 41b950000000                   movl $0x50, %r9d
   5fc: 40b701                         movb $0x1, %dil
   5ff: 41b001                         movb $0x1, %r8b
   602: 41bd40000000                   movl $0x40, %r13d
   608: 4c8b642420                     movq 0x20(%rsp), %r12
   60d: 498b742418                     movq 0x18(%r12), %rsi
   612: 4c39dd                         cmpq %r11, %rbp
   615: 0f85b2000000                   jne 0xb2
   61b: e9b1000000                     jmp 0xb1
   620: 31c0                           xorl %eax, %eax
   622: 488b2c24                       movq (%rsp), %rbp
   626: 48896c2410                     movq %rbp, 0x10(%rsp)
   62b: 48895c2418                     movq %rbx, 0x18(%rsp)
   630: 4c897c2428                     movq %r15, 0x28(%rsp)
   635: bb0c000000                     movl $0xc, %ebx
   63a: 41b978000000                   movl $0x78, %r9d
   640: 40b701                         movb $0x1, %dil
   643: 41b001                         movb $0x1, %r8b
   646: 41bd40000000                   movl $0x40, %r13d
   64c: 498b742418                     movq 0x18(%r12), %rsi
   651: 4c39dd                         cmpq %r11, %rbp
   654: 7577                           jne 0x77
   656: eb79                           jmp 0x79
   658: 31c0                           xorl %eax, %eax
   65a: 4889742410                     movq %rsi, 0x10(%rsp)
   65f: 4c897c2428                     movq %r15, 0x28(%rsp)
   664: bb0e000000                     movl $0xe, %ebx
   669: 41b98c000000                   movl $0x8c, %r9d
   66f: 31ff                           xorl %edi, %edi
   671: 4531c0                         xorl %r8d, %r8d
   674: 41bd38000000                   movl $0x38, %r13d
   67a: 4c8b642420                     movq 0x20(%rsp), %r12
   67f: 4c8b742430                     movq 0x30(%rsp), %r14
   684: 4889f5                         movq %rsi, %rbp
   687: 498b742418                     movq 0x18(%r12), %rsi
   68c: 4c39dd                         cmpq %r11, %rbp
   68f: 753c                           jne 0x3c
   691: eb3e                           jmp 0x3e
   693: 31c0                           xorl %eax, %eax
   695: 488b2c24                       movq (%rsp), %rbp
   699: 48896c2410                     movq %rbp, 0x10(%rsp)
   69e: 4c897c2428                     movq %r15, 0x28(%rsp)
   6a3: bb0e000000                     movl $0xe, %ebx
   6a8: 41b98c000000                   movl $0x8c, %r9d
   6ae: 31ff                           xorl %edi, %edi
   6b0: 4531c0                         xorl %r8d, %r8d
   6b3: 41bd38000000                   movl $0x38, %r13d
   6b9: 4c8b642420                     movq 0x20(%rsp), %r12
   6be: 4c8b742430                     movq 0x30(%rsp), %r14
   6c3: 498b742418                     movq 0x18(%r12), %rsi
   6c8: 4c39dd                         cmpq %r11, %rbp
   6cb: 7404                           je 0x4
   6cd: 48896e10                       movq %rbp, 0x10(%rsi)
   6d1: 488b6c2418                     movq 0x18(%rsp), %rbp
   6d6: 4c8b5c2410                     movq 0x10(%rsp), %r11
   6db: 4d39d7                         cmpq %r10, %r15
   6de: 0f8544fdffff                   jne -0x2bc
   6e4: e943fdffff                     jmp -0x2bd
   6e9: 48c70201000000                 movq $0x1, (%rdx)
   6f0: 41b9aa000000                   movl $0xaa, %r9d
   6f6: bb11000000                     movl $0x11, %ebx
   6fb: b902000000                     movl $0x2, %ecx
   700: c744240800000000               movl $0x0, 0x8(%rsp)
   708: 4889c5                         movq %rax, %rbp
   70b: 4c897c2428                     movq %r15, 0x28(%rsp)
   710: 31c0                           xorl %eax, %eax
   712: 31ff                           xorl %edi, %edi
   714: 4531c0                         xorl %r8d, %r8d
   717: 4c8b642420                     movq 0x20(%rsp), %r12
   71c: 4c8b742430                     movq 0x30(%rsp), %r14
   721: e95ffdffff                     jmp -0x2a1
   726: 41b9aa000000                   movl $0xaa, %r9d
   72c: bb11000000                     movl $0x11, %ebx
   731: b902000000                     movl $0x2, %ecx
   736: c744240800000000               movl $0x0, 0x8(%rsp)
   73e: 4889c5                         movq %rax, %rbp
   741: 4c897c2428                     movq %r15, 0x28(%rsp)
   746: 31c0                           xorl %eax, %eax
   748: 31ff                           xorl %edi, %edi
   74a: 4531c0                         xorl %r8d, %r8d
   74d: 4c8b742430                     movq 0x30(%rsp), %r14
   752: e92efdffff                     jmp -0x2d2
   757: 41bd30000000                   movl $0x30, %r13d
   75d: 41b982000000                   movl $0x82, %r9d
   763: 31ff                           xorl %edi, %edi
   765: 488b2c24                       movq (%rsp), %rbp
   769: 48896c2410                     movq %rbp, 0x10(%rsp)
   76e: 48895c2418                     movq %rbx, 0x18(%rsp)
   773: bb0d000000                     movl $0xd, %ebx
   778: 4c897c2428                     movq %r15, 0x28(%rsp)
   77d: b903000000                     movl $0x3, %ecx
   782: b001                           movb $0x1, %al
   784: 4531c0                         xorl %r8d, %r8d
   787: 4c89e2                         movq %r12, %rdx
   78a: 4c8b642420                     movq 0x20(%rsp), %r12
   78f: 4c8b542440                     movq 0x40(%rsp), %r10
   794: 4c8b5c2438                     movq 0x38(%rsp), %r11
   799: 4c8b742430                     movq 0x30(%rsp), %r14
   79e: 498b742418                     movq 0x18(%r12), %rsi
   7a3: 4c39dd                         cmpq %r11, %rbp
   7a6: 0f8521ffffff                   jne -0xdf
   7ac: e920ffffff                     jmp -0xe0
   7b1: 41b996000000                   movl $0x96, %r9d
   7b7: bb0f000000                     movl $0xf, %ebx
   7bc: c744240800000000               movl $0x0, 0x8(%rsp)
   7c4: 488b2c24                       movq (%rsp), %rbp
   7c8: 48896c2410                     movq %rbp, 0x10(%rsp)
   7cd: 4c897c2428                     movq %r15, 0x28(%rsp)
   7d2: b903000000                     movl $0x3, %ecx
   7d7: 31c0                           xorl %eax, %eax
   7d9: 31ff                           xorl %edi, %edi
   7db: 4531c0                         xorl %r8d, %r8d
   7de: 4c89e2                         movq %r12, %rdx
   7e1: 4c8b642420                     movq 0x20(%rsp), %r12
   7e6: 4c8b542440                     movq 0x40(%rsp), %r10
   7eb: 4c8b5c2438                     movq 0x38(%rsp), %r11
   7f0: 4c8b742430                     movq 0x30(%rsp), %r14
   7f5: e98bfcffff                     jmp -0x375
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
