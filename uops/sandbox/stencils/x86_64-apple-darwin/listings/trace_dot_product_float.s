# stencil dot_product_float for x86_64-apple-darwin: 1872 code bytes, 8 data bytes, 21 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b6810                       movq 0x10(%rax), %rbp
    11: 4c8b5818                       movq 0x18(%rax), %r11
    15: 4c8b6820                       movq 0x20(%rax), %r13
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41ba01000000                   movl $0x1, %r10d
    25: b901000000                     movl $0x1, %ecx
    2a: 41f6c501                       testb $0x1, %r13b
    2e: 48896c2430                     movq %rbp, 0x30(%rsp)
    33: 754d                           jne 0x4d
    35: 41837d0804                     cmpl $0x4, 0x8(%r13)
    3a: 7546                           jne 0x46
    3c: 488b30                         movq (%rax), %rsi
    3f: 4889742428                     movq %rsi, 0x28(%rsp)
    44: 4c8b4008                       movq 0x8(%rax), %r8
    48: 498b4540                       movq 0x40(%r13), %rax
    4c: 4d8b7530                       movq 0x30(%r13), %r14
    50: 498b7538                       movq 0x38(%r13), %rsi
    54: 4885c0                         testq %rax, %rax
    57: 0f8e8e000000                   jle 0x8e
    5d: 4939f6                         cmpq %rsi, %r14
    60: 0f8c8e000000                   jl 0x8e
    66: b828000000                     movl $0x28, %eax
    6b: 48890424                       movq %rax, (%rsp)
    6f: 41b914000000                   movl $0x14, %r9d
    75: 41ba02000000                   movl $0x2, %r10d
    7b: b902000000                     movl $0x2, %ecx
    80: eb09                           jmp 0x9
    82: b828000000                     movl $0x28, %eax
    87: 48890424                       movq %rax, (%rsp)
    8b: 4531ff                         xorl %r15d, %r15d
    8e: 4c89db                         movq %r11, %rbx
    91: 31ff                           xorl %edi, %edi
    93: 4531c0                         xorl %r8d, %r8d
    96: 498b742418                     movq 0x18(%r12), %rsi
    9b: 4989de                         movq %rbx, %r14
    9e: 4c39db                         cmpq %r11, %rbx
    a1: 7404                           je 0x4
    a3: 48895e18                       movq %rbx, 0x18(%rsi)
    a7: 4584ff                         testb %r15b, %r15b
    aa: 7424                           je 0x24
    ac: 488b442430                     movq 0x30(%rsp), %rax
    b1: 48894628                       movq %rax, 0x28(%rsi)
    b5: 48896e30                       movq %rbp, 0x30(%rsi)
    b9: 4084ff                         testb %dil, %dil
    bc: 7412                           je 0x12
    be: 488b442408                     movq 0x8(%rsp), %rax
    c3: 48894638                       movq %rax, 0x38(%rsi)
    c7: 4584c0                         testb %r8b, %r8b
    ca: 7504                           jne 0x4
    cc: 4c897640                       movq %r14, 0x40(%rsi)
    d0: 48033424                       addq (%rsp), %rsi
    d4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xd7: X86_64_RELOC_GOT_LOAD Rel32 data-4
    db: 4d01d0                         addq %r10, %r8
    de: 4c89e7                         movq %r12, %rdi
    e1: 4883c440                       addq $0x40, %rsp
    e5: 5d                             popq %rbp
    e6: e900000000                     jmp 0x0
        # hole +0xe7: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    eb: 4939f6                         cmpq %rsi, %r14
    ee: 0f8e72ffffff                   jle -0x8e
    f4: 4c01f0                         addq %r14, %rax
    f7: 49894530                       movq %rax, 0x30(%r13)
    fb: 41f6c301                       testb $0x1, %r11b
    ff: 7528                           jne 0x28
   101: 49ff0b                         decq (%r11)
   104: 7523                           jne 0x23
   106: 4c89df                         movq %r11, %rdi
   109: 4889d3                         movq %rdx, %rbx
   10c: 4c895c2418                     movq %r11, 0x18(%rsp)
   111: 4d89c7                         movq %r8, %r15
   114: e800000000                     callq 0x0
        # hole +0x115: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   119: 4d89f8                         movq %r15, %r8
   11c: 4c8b5c2418                     movq 0x18(%rsp), %r11
   121: 4889da                         movq %rbx, %rdx
   124: b901000000                     movl $0x1, %ecx
   129: 40f6c501                       testb $0x1, %bpl
   12d: 7504                           jne 0x4
   12f: 48ff4500                       incq (%rbp)
   133: 4a8d1c7501000000               leaq 0x1(,%r14,2), %rbx
   13b: b840000000                     movl $0x40, %eax
   140: 48890424                       movq %rax, (%rsp)
   144: 41b701                         movb $0x1, %r15b
   147: 41b950000000                   movl $0x50, %r9d
   14d: 41ba08000000                   movl $0x8, %r10d
   153: 488b742428                     movq 0x28(%rsp), %rsi
   158: 40f6c601                       testb $0x1, %sil
   15c: 7559                           jne 0x59
   15e: 488b06                         movq (%rsi), %rax
   161: 48ffc0                         incq %rax
   164: 488906                         movq %rax, (%rsi)
   167: 837e0803                       cmpl $0x3, 0x8(%rsi)
   16b: 754a                           jne 0x4a
   16d: 4d01f6                         addq %r14, %r14
   170: 49d1fe                         sarq %r14
   173: 7842                           js 0x42
   175: 4c3b7630                       cmpq 0x30(%rsi), %r14
   179: 7d3c                           jge 0x3c
   17b: 488b742428                     movq 0x28(%rsp), %rsi
   180: 488b7640                       movq 0x40(%rsi), %rsi
   184: 4a8b34f6                       movq (%rsi,%r14,8), %rsi
   188: 488b7c2428                     movq 0x28(%rsp), %rdi
   18d: 4889742420                     movq %rsi, 0x20(%rsp)
   192: 40f6c601                       testb $0x1, %sil
   196: 7432                           je 0x32
   198: 48ffc8                         decq %rax
   19b: 488907                         movq %rax, (%rdi)
   19e: 743d                           je 0x3d
   1a0: 41b96e000000                   movl $0x6e, %r9d
   1a6: 41ba0b000000                   movl $0xb, %r10d
   1ac: 41f6c001                       testb $0x1, %r8b
   1b0: 7465                           je 0x65
   1b2: e91f010000                     jmp 0x11f
   1b7: 48895c2408                     movq %rbx, 0x8(%rsp)
   1bc: 40b701                         movb $0x1, %dil
   1bf: 41b001                         movb $0x1, %r8b
   1c2: 4889f5                         movq %rsi, %rbp
   1c5: e9ccfeffff                     jmp -0x134
   1ca: 488b442420                     movq 0x20(%rsp), %rax
   1cf: 48ff00                         incq (%rax)
   1d2: 488b07                         movq (%rdi), %rax
   1d5: 48ffc8                         decq %rax
   1d8: 488907                         movq %rax, (%rdi)
   1db: 75c3                           jne -0x3d
   1dd: 4889d5                         movq %rdx, %rbp
   1e0: 4c895c2418                     movq %r11, 0x18(%rsp)
   1e5: 4c89442438                     movq %r8, 0x38(%rsp)
   1ea: e800000000                     callq 0x0
        # hole +0x1eb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1ef: 4c8b442438                     movq 0x38(%rsp), %r8
   1f4: 4c8b5c2418                     movq 0x18(%rsp), %r11
   1f9: 4889ea                         movq %rbp, %rdx
   1fc: b901000000                     movl $0x1, %ecx
   201: 41b96e000000                   movl $0x6e, %r9d
   207: 41ba0b000000                   movl $0xb, %r10d
   20d: 41f6c001                       testb $0x1, %r8b
   211: 0f85bf000000                   jne 0xbf
   217: 498b00                         movq (%r8), %rax
   21a: 48ffc0                         incq %rax
   21d: 498900                         movq %rax, (%r8)
   220: 4183780803                     cmpl $0x3, 0x8(%r8)
   225: 0f85ab000000                   jne 0xab
   22b: 4d3b7030                       cmpq 0x30(%r8), %r14
   22f: 0f8da1000000                   jge 0xa1
   235: 498b7040                       movq 0x40(%r8), %rsi
   239: 4a8b34f6                       movq (%rsi,%r14,8), %rsi
   23d: 40f6c601                       testb $0x1, %sil
   241: 7506                           jne 0x6
   243: 48ff06                         incq (%rsi)
   246: 498b00                         movq (%r8), %rax
   249: 48ffc8                         decq %rax
   24c: 498900                         movq %rax, (%r8)
   24f: 4889742408                     movq %rsi, 0x8(%rsp)
   254: 7528                           jne 0x28
   256: 4c89c7                         movq %r8, %rdi
   259: 4989d6                         movq %rdx, %r14
   25c: 4c895c2418                     movq %r11, 0x18(%rsp)
   261: 4c89c5                         movq %r8, %rbp
   264: e800000000                     callq 0x0
        # hole +0x265: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   269: 4989e8                         movq %rbp, %r8
   26c: 4c8b5c2418                     movq 0x18(%rsp), %r11
   271: 488b742408                     movq 0x8(%rsp), %rsi
   276: 4c89f2                         movq %r14, %rdx
   279: b901000000                     movl $0x1, %ecx
   27e: 41b978000000                   movl $0x78, %r9d
   284: 41ba0c000000                   movl $0xc, %r10d
   28a: 488b6c2420                     movq 0x20(%rsp), %rbp
   28f: 40f6c501                       testb $0x1, %bpl
   293: 7562                           jne 0x62
   295: 837d0802                       cmpl $0x2, 0x8(%rbp)
   299: 755c                           jne 0x5c
   29b: 40f6c601                       testb $0x1, %sil
   29f: 7556                           jne 0x56
   2a1: 837e0802                       cmpl $0x2, 0x8(%rsi)
   2a5: 7550                           jne 0x50
   2a7: f20f104530                     movsd 0x30(%rbp), %xmm0
   2ac: f20f594630                     mulsd 0x30(%rsi), %xmm0
   2b1: f20f110424                     movsd %xmm0, (%rsp)
   2b6: 48ff4d00                       decq (%rbp)
   2ba: 4c895c2418                     movq %r11, 0x18(%rsp)
   2bf: 7441                           je 0x41
   2c1: 48ff0e                         decq (%rsi)
   2c4: 745f                           je 0x5f
   2c6: 488b6c2430                     movq 0x30(%rsp), %rbp
   2cb: 40f6c501                       testb $0x1, %bpl
   2cf: 747e                           je 0x7e
   2d1: e9a5020000                     jmp 0x2a5
   2d6: 4c89c0                         movq %r8, %rax
   2d9: 4531c0                         xorl %r8d, %r8d
   2dc: 488b6c2420                     movq 0x20(%rsp), %rbp
   2e1: 4889442408                     movq %rax, 0x8(%rsp)
   2e6: 40b701                         movb $0x1, %dil
   2e9: b848000000                     movl $0x48, %eax
   2ee: 48890424                       movq %rax, (%rsp)
   2f2: e99ffdffff                     jmp -0x261
   2f7: 40b701                         movb $0x1, %dil
   2fa: 41b001                         movb $0x1, %r8b
   2fd: e994fdffff                     jmp -0x26c
   302: 4889ef                         movq %rbp, %rdi
   305: 4989d6                         movq %rdx, %r14
   308: 4c89c5                         movq %r8, %rbp
   30b: e800000000                     callq 0x0
        # hole +0x30c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   310: 4989e8                         movq %rbp, %r8
   313: 4c8b5c2418                     movq 0x18(%rsp), %r11
   318: 488b742408                     movq 0x8(%rsp), %rsi
   31d: 4c89f2                         movq %r14, %rdx
   320: 48ff0e                         decq (%rsi)
   323: 75a1                           jne -0x5f
   325: 488b7c2408                     movq 0x8(%rsp), %rdi
   32a: 4989d6                         movq %rdx, %r14
   32d: 4c89c5                         movq %r8, %rbp
   330: e800000000                     callq 0x0
        # hole +0x331: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   335: 4989e8                         movq %rbp, %r8
   338: 4c8b5c2418                     movq 0x18(%rsp), %r11
   33d: 4c89f2                         movq %r14, %rdx
   340: 488b6c2430                     movq 0x30(%rsp), %rbp
   345: 40f6c501                       testb $0x1, %bpl
   349: 0f852c020000                   jne 0x22c
   34f: 837d0802                       cmpl $0x2, 0x8(%rbp)
   353: 0f8522020000                   jne 0x222
   359: f20f100424                     movsd (%rsp), %xmm0
   35e: f20f584530                     addsd 0x30(%rbp), %xmm0
   363: f20f110424                     movsd %xmm0, (%rsp)
   368: 488b4500                       movq (%rbp), %rax
   36c: 48ffc8                         decq %rax
   36f: 48894500                       movq %rax, (%rbp)
   373: 751c                           jne 0x1c
   375: 4889ef                         movq %rbp, %rdi
   378: 4989d6                         movq %rdx, %r14
   37b: 4c89442438                     movq %r8, 0x38(%rsp)
   380: e800000000                     callq 0x0
        # hole +0x381: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   385: 4c8b442438                     movq 0x38(%rsp), %r8
   38a: 4c89f2                         movq %r14, %rdx
   38d: 488b4500                       movq (%rbp), %rax
   391: 48ffc8                         decq %rax
   394: 48894500                       movq %rax, (%rbp)
   398: 7514                           jne 0x14
   39a: 4889ef                         movq %rbp, %rdi
   39d: 4989d6                         movq %rdx, %r14
   3a0: 4c89c5                         movq %r8, %rbp
   3a3: e800000000                     callq 0x0
        # hole +0x3a4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3a8: 4989e8                         movq %rbp, %r8
   3ab: 4c89f2                         movq %r14, %rdx
   3ae: 488b4208                       movq 0x8(%rdx), %rax
   3b2: 48ffc0                         incq %rax
   3b5: 48894208                       movq %rax, 0x8(%rdx)
   3b9: 483b4210                       cmpq 0x10(%rdx), %rax
   3bd: 4889542410                     movq %rdx, 0x10(%rsp)
   3c2: 0f8dee010000                   jge 0x1ee
   3c8: 48833a00                       cmpq $0x0, (%rdx)
   3cc: 0f85eb010000                   jne 0x1eb
   3d2: 41837d0804                     cmpl $0x4, 0x8(%r13)
   3d7: 0f8546020000                   jne 0x246
   3dd: 4989de                         movq %rbx, %r14
   3e0: 488b7c2428                     movq 0x28(%rsp), %rdi
   3e5: 498b4540                       movq 0x40(%r13), %rax
   3e9: 4d8b7d30                       movq 0x30(%r13), %r15
   3ed: 498b4d38                       movq 0x38(%r13), %rcx
   3f1: 4885c0                         testq %rax, %rax
   3f4: 7e0a                           jle 0xa
   3f6: 4939cf                         cmpq %rcx, %r15
   3f9: 7c0e                           jl 0xe
   3fb: e98a020000                     jmp 0x28a
   400: 4939cf                         cmpq %rcx, %r15
   403: 0f8e81020000                   jle 0x281
   409: 4c01f8                         addq %r15, %rax
   40c: 49894530                       movq %rax, 0x30(%r13)
   410: 4a8d1c7d01000000               leaq 0x1(,%r15,2), %rbx
   418: 488b07                         movq (%rdi), %rax
   41b: 48ffc0                         incq %rax
   41e: 488907                         movq %rax, (%rdi)
   421: 837f0803                       cmpl $0x3, 0x8(%rdi)
   425: 0f8592020000                   jne 0x292
   42b: 4d01ff                         addq %r15, %r15
   42e: 49d1ff                         sarq %r15
   431: 0f8886020000                   js 0x286
   437: 4c3b7f30                       cmpq 0x30(%rdi), %r15
   43b: 0f8d7c020000                   jge 0x27c
   441: 488b4f40                       movq 0x40(%rdi), %rcx
   445: 4a8b2cf9                       movq (%rcx,%r15,8), %rbp
   449: 40f6c501                       testb $0x1, %bpl
   44d: 7507                           jne 0x7
   44f: 48ff4500                       incq (%rbp)
   453: 488b07                         movq (%rdi), %rax
   456: 48ffc8                         decq %rax
   459: 488907                         movq %rax, (%rdi)
   45c: 750b                           jne 0xb
   45e: 4d89c6                         movq %r8, %r14
   461: e800000000                     callq 0x0
        # hole +0x462: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   466: 4d89f0                         movq %r14, %r8
   469: 498b00                         movq (%r8), %rax
   46c: 48ffc0                         incq %rax
   46f: 498900                         movq %rax, (%r8)
   472: 4183780803                     cmpl $0x3, 0x8(%r8)
   477: 0f8583020000                   jne 0x283
   47d: 4d3b7830                       cmpq 0x30(%r8), %r15
   481: 0f8d79020000                   jge 0x279
   487: 498b4840                       movq 0x40(%r8), %rcx
   48b: 4a8b0cf9                       movq (%rcx,%r15,8), %rcx
   48f: 48894c2408                     movq %rcx, 0x8(%rsp)
   494: f6c101                         testb $0x1, %cl
   497: 7413                           je 0x13
   499: 48ffc8                         decq %rax
   49c: 498900                         movq %rax, (%r8)
   49f: 741e                           je 0x1e
   4a1: 40f6c501                       testb $0x1, %bpl
   4a5: 7430                           je 0x30
   4a7: e9a0010000                     jmp 0x1a0
   4ac: 488b442408                     movq 0x8(%rsp), %rax
   4b1: 48ff00                         incq (%rax)
   4b4: 498b00                         movq (%r8), %rax
   4b7: 48ffc8                         decq %rax
   4ba: 498900                         movq %rax, (%r8)
   4bd: 75e2                           jne -0x1e
   4bf: 4c89c7                         movq %r8, %rdi
   4c2: 4d89c6                         movq %r8, %r14
   4c5: e800000000                     callq 0x0
        # hole +0x4c6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4ca: 4d89f0                         movq %r14, %r8
   4cd: 40f6c501                       testb $0x1, %bpl
   4d1: 0f8575010000                   jne 0x175
   4d7: f644240801                     testb $0x1, 0x8(%rsp)
   4dc: 0f856a010000                   jne 0x16a
   4e2: 837d0802                       cmpl $0x2, 0x8(%rbp)
   4e6: 0f8560010000                   jne 0x160
   4ec: 488b442408                     movq 0x8(%rsp), %rax
   4f1: 83780802                       cmpl $0x2, 0x8(%rax)
   4f5: 0f8551010000                   jne 0x151
   4fb: 4d89c7                         movq %r8, %r15
   4fe: f20f104530                     movsd 0x30(%rbp), %xmm0
   503: f20f594030                     mulsd 0x30(%rax), %xmm0
   508: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   50e: 48ff4d00                       decq (%rbp)
   512: 7508                           jne 0x8
   514: 4889ef                         movq %rbp, %rdi
   517: e800000000                     callq 0x0
        # hole +0x518: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   51c: 488b7c2408                     movq 0x8(%rsp), %rdi
   521: 48ff0f                         decq (%rdi)
   524: 7505                           jne 0x5
   526: e800000000                     callq 0x0
        # hole +0x527: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   52b: f20f100424                     movsd (%rsp), %xmm0
   530: f20f58442420                   addsd 0x20(%rsp), %xmm0
   536: f20f110424                     movsd %xmm0, (%rsp)
   53b: 488b542410                     movq 0x10(%rsp), %rdx
   540: 488b4208                       movq 0x8(%rdx), %rax
   544: 48ffc0                         incq %rax
   547: 48894208                       movq %rax, 0x8(%rdx)
   54b: 483b4210                       cmpq 0x10(%rdx), %rax
   54f: 7d65                           jge 0x65
   551: 48833a00                       cmpq $0x0, (%rdx)
   555: 0f85eb010000                   jne 0x1eb
   55b: 41837d0804                     cmpl $0x4, 0x8(%r13)
   560: 4989de                         movq %rbx, %r14
   563: 488b7c2428                     movq 0x28(%rsp), %rdi
   568: 4d89f8                         movq %r15, %r8
   56b: 0f8474feffff                   je -0x18c
   571: 488b7c2410                     movq 0x10(%rsp), %rdi
   576: e9ab000000                     jmp 0xab
   57b: 4889d7                         movq %rdx, %rdi
   57e: f20f100424                     movsd (%rsp), %xmm0
   583: 4989d6                         movq %rdx, %r14
   586: 4d89dd                         movq %r11, %r13
   589: e800000000                     callq 0x0
        # hole +0x58a: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   58e: 4d89eb                         movq %r13, %r11
   591: 4c89f2                         movq %r14, %rdx
   594: b901000000                     movl $0x1, %ecx
   599: 4889c5                         movq %rax, %rbp
   59c: b838000000                     movl $0x38, %eax
   5a1: 48890424                       movq %rax, (%rsp)
   5a5: 41b98c000000                   movl $0x8c, %r9d
   5ab: 41ba0e000000                   movl $0xe, %r10d
   5b1: e9dbfaffff                     jmp -0x525
   5b6: 48c70201000000                 movq $0x1, (%rdx)
   5bd: 4889d7                         movq %rdx, %rdi
   5c0: f20f100424                     movsd (%rsp), %xmm0
   5c5: e800000000                     callq 0x0
        # hole +0x5c6: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   5ca: b928000000                     movl $0x28, %ecx
   5cf: 48890c24                       movq %rcx, (%rsp)
   5d3: 41b9aa000000                   movl $0xaa, %r9d
   5d9: 41ba11000000                   movl $0x11, %r10d
   5df: b902000000                     movl $0x2, %ecx
   5e4: 31ed                           xorl %ebp, %ebp
   5e6: 4989de                         movq %rbx, %r14
   5e9: 31ff                           xorl %edi, %edi
   5eb: 4531c0                         xorl %r8d, %r8d
   5ee: 498b742418                     movq 0x18(%r12), %rsi
   5f3: 483b442430                     cmpq 0x30(%rsp), %rax
   5f8: 4c8b5c2418                     movq 0x18(%rsp), %r11
   5fd: 7505                           jne 0x5
   5ff: 4189ff                         movl %edi, %r15d
   602: eb0c                           jmp 0xc
   604: 48894610                       movq %rax, 0x10(%rsi)
   608: 4189ff                         movl %edi, %r15d
   60b: 4889442430                     movq %rax, 0x30(%rsp)
   610: 488b542410                     movq 0x10(%rsp), %rdx
   615: 4c39db                         cmpq %r11, %rbx
   618: 0f8585faffff                   jne -0x57b
   61e: e984faffff                     jmp -0x57c
   623: 4889d7                         movq %rdx, %rdi
   626: f20f100424                     movsd (%rsp), %xmm0
   62b: e800000000                     callq 0x0
        # hole +0x62c: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   630: b928000000                     movl $0x28, %ecx
   635: 48890c24                       movq %rcx, (%rsp)
   639: 41b90a000000                   movl $0xa, %r9d
   63f: 41ba01000000                   movl $0x1, %r10d
   645: b901000000                     movl $0x1, %ecx
   64a: eb98                           jmp -0x68
   64c: 488b7c2410                     movq 0x10(%rsp), %rdi
   651: f20f100424                     movsd (%rsp), %xmm0
   656: e800000000                     callq 0x0
        # hole +0x657: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   65b: 48c70002000000                 movq $0x2, (%rax)
   662: b940000000                     movl $0x40, %ecx
   667: 48890c24                       movq %rcx, (%rsp)
   66b: 40b701                         movb $0x1, %dil
   66e: 41b978000000                   movl $0x78, %r9d
   674: 41ba0c000000                   movl $0xc, %r10d
   67a: b901000000                     movl $0x1, %ecx
   67f: 4989de                         movq %rbx, %r14
   682: 41b001                         movb $0x1, %r8b
   685: e964ffffff                     jmp -0x9c
   68a: 488b7c2410                     movq 0x10(%rsp), %rdi
   68f: f20f100424                     movsd (%rsp), %xmm0
   694: e800000000                     callq 0x0
        # hole +0x695: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   699: b928000000                     movl $0x28, %ecx
   69e: 48890c24                       movq %rcx, (%rsp)
   6a2: 41b914000000                   movl $0x14, %r9d
   6a8: 41ba02000000                   movl $0x2, %r10d
   6ae: b902000000                     movl $0x2, %ecx
   6b3: 31ed                           xorl %ebp, %ebp
   6b5: 4c89f3                         movq %r14, %rbx
   6b8: e92cffffff                     jmp -0xd4
   6bd: 4889fd                         movq %rdi, %rbp
   6c0: 488b7c2410                     movq 0x10(%rsp), %rdi
   6c5: f20f100424                     movsd (%rsp), %xmm0
   6ca: e800000000                     callq 0x0
        # hole +0x6cb: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   6cf: 48c70002000000                 movq $0x2, (%rax)
   6d6: b940000000                     movl $0x40, %ecx
   6db: 48890c24                       movq %rcx, (%rsp)
   6df: 40b701                         movb $0x1, %dil
   6e2: 41b950000000                   movl $0x50, %r9d
   6e8: 41ba08000000                   movl $0x8, %r10d
   6ee: b901000000                     movl $0x1, %ecx
   6f3: 48895c2408                     movq %rbx, 0x8(%rsp)
   6f8: 41b001                         movb $0x1, %r8b
   6fb: e9eefeffff                     jmp -0x112
   700: 488b7c2410                     movq 0x10(%rsp), %rdi
   705: f20f100424                     movsd (%rsp), %xmm0
   70a: 4d89c6                         movq %r8, %r14
   70d: e800000000                     callq 0x0
        # hole +0x70e: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   712: 48c70002000000                 movq $0x2, (%rax)
   719: b948000000                     movl $0x48, %ecx
   71e: 48890c24                       movq %rcx, (%rsp)
   722: 40b701                         movb $0x1, %dil
   725: 41b96e000000                   movl $0x6e, %r9d
   72b: 41ba0b000000                   movl $0xb, %r10d
   731: b901000000                     movl $0x1, %ecx
   736: 4531c0                         xorl %r8d, %r8d
   739: 4c89742408                     movq %r14, 0x8(%rsp)
   73e: 4989de                         movq %rbx, %r14
   741: e9a8feffff                     jmp -0x158
   746: 488b7c2410                     movq 0x10(%rsp), %rdi
   74b: e970feffff                     jmp -0x190
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
