# stencil dot_product_float for x86_64-apple-darwin: 2163 code bytes, 8 data bytes, 24 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5010                       movq 0x10(%rax), %r10
    11: 4c8b7018                       movq 0x18(%rax), %r14
    15: 4c8b7820                       movq 0x20(%rax), %r15
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41bb01000000                   movl $0x1, %r11d
    25: b901000000                     movl $0x1, %ecx
    2a: 41f6c701                       testb $0x1, %r15b
    2e: 7548                           jne 0x48
    30: 41837f0804                     cmpl $0x4, 0x8(%r15)
    35: 7541                           jne 0x41
    37: 488b30                         movq (%rax), %rsi
    3a: 4c8b4008                       movq 0x8(%rax), %r8
    3e: 498b4740                       movq 0x40(%r15), %rax
    42: 4d8b6f30                       movq 0x30(%r15), %r13
    46: 498b7f38                       movq 0x38(%r15), %rdi
    4a: 4885c0                         testq %rax, %rax
    4d: 0f8e88000000                   jle 0x88
    53: 4939fd                         cmpq %rdi, %r13
    56: 0f8c88000000                   jl 0x88
    5c: b828000000                     movl $0x28, %eax
    61: 48890424                       movq %rax, (%rsp)
    65: 41b914000000                   movl $0x14, %r9d
    6b: 41bb02000000                   movl $0x2, %r11d
    71: b902000000                     movl $0x2, %ecx
    76: eb09                           jmp 0x9
    78: b828000000                     movl $0x28, %eax
    7d: 48890424                       movq %rax, (%rsp)
    81: 31ed                           xorl %ebp, %ebp
    83: 4c89f3                         movq %r14, %rbx
    86: 4531c0                         xorl %r8d, %r8d
    89: 31ff                           xorl %edi, %edi
    8b: 498b742418                     movq 0x18(%r12), %rsi
    90: 4989dd                         movq %rbx, %r13
    93: 4c39f3                         cmpq %r14, %rbx
    96: 7404                           je 0x4
    98: 48895e18                       movq %rbx, 0x18(%rsi)
    9c: 4084ed                         testb %bpl, %bpl
    9f: 741f                           je 0x1f
    a1: 4c895628                       movq %r10, 0x28(%rsi)
    a5: 4c897e30                       movq %r15, 0x30(%rsi)
    a9: 4584c0                         testb %r8b, %r8b
    ac: 7412                           je 0x12
    ae: 488b442410                     movq 0x10(%rsp), %rax
    b3: 48894638                       movq %rax, 0x38(%rsi)
    b7: 4084ff                         testb %dil, %dil
    ba: 7504                           jne 0x4
    bc: 4c896e40                       movq %r13, 0x40(%rsi)
    c0: 48033424                       addq (%rsp), %rsi
    c4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xc7: X86_64_RELOC_GOT_LOAD Rel32 data-4
    cb: 4d01d8                         addq %r11, %r8
    ce: 4c89e7                         movq %r12, %rdi
    d1: 4883c440                       addq $0x40, %rsp
    d5: 5d                             popq %rbp
    d6: e900000000                     jmp 0x0
        # hole +0xd7: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    db: 4939fd                         cmpq %rdi, %r13
    de: 0f8e78ffffff                   jle -0x88
    e4: 4c01e8                         addq %r13, %rax
    e7: 49894730                       movq %rax, 0x30(%r15)
    eb: 41f6c601                       testb $0x1, %r14b
    ef: 7532                           jne 0x32
    f1: 49ff0e                         decq (%r14)
    f4: 752d                           jne 0x2d
    f6: 4c89f7                         movq %r14, %rdi
    f9: 4889d3                         movq %rdx, %rbx
    fc: 4c89d5                         movq %r10, %rbp
    ff: 4889742420                     movq %rsi, 0x20(%rsp)
   104: 4c89442428                     movq %r8, 0x28(%rsp)
   109: e800000000                     callq 0x0
        # hole +0x10a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   10e: 4c8b442428                     movq 0x28(%rsp), %r8
   113: b901000000                     movl $0x1, %ecx
   118: 488b742420                     movq 0x20(%rsp), %rsi
   11d: 4989ea                         movq %rbp, %r10
   120: 4889da                         movq %rbx, %rdx
   123: 41f6c201                       testb $0x1, %r10b
   127: 7503                           jne 0x3
   129: 49ff02                         incq (%r10)
   12c: 4a8d1c6d01000000               leaq 0x1(,%r13,2), %rbx
   134: b840000000                     movl $0x40, %eax
   139: 48890424                       movq %rax, (%rsp)
   13d: 40b501                         movb $0x1, %bpl
   140: 41b950000000                   movl $0x50, %r9d
   146: 41bb08000000                   movl $0x8, %r11d
   14c: 40f6c601                       testb $0x1, %sil
   150: 754f                           jne 0x4f
   152: 488b06                         movq (%rsi), %rax
   155: 48ffc0                         incq %rax
   158: 488906                         movq %rax, (%rsi)
   15b: 837e0803                       cmpl $0x3, 0x8(%rsi)
   15f: 7540                           jne 0x40
   161: 4d01ed                         addq %r13, %r13
   164: 49d1fd                         sarq %r13
   167: 7838                           js 0x38
   169: 4c3b6e30                       cmpq 0x30(%rsi), %r13
   16d: 7d32                           jge 0x32
   16f: 488b7e40                       movq 0x40(%rsi), %rdi
   173: 4a8b3cef                       movq (%rdi,%r13,8), %rdi
   177: 48897c2430                     movq %rdi, 0x30(%rsp)
   17c: 40f6c701                       testb $0x1, %dil
   180: 742c                           je 0x2c
   182: 48ffc8                         decq %rax
   185: 488906                         movq %rax, (%rsi)
   188: 7437                           je 0x37
   18a: 41b96e000000                   movl $0x6e, %r9d
   190: 41bb0b000000                   movl $0xb, %r11d
   196: 41f6c001                       testb $0x1, %r8b
   19a: 7476                           je 0x76
   19c: e94f010000                     jmp 0x14f
   1a1: 4989f7                         movq %rsi, %r15
   1a4: 48895c2410                     movq %rbx, 0x10(%rsp)
   1a9: e962010000                     jmp 0x162
   1ae: 488b442430                     movq 0x30(%rsp), %rax
   1b3: 48ff00                         incq (%rax)
   1b6: 488b06                         movq (%rsi), %rax
   1b9: 48ffc8                         decq %rax
   1bc: 488906                         movq %rax, (%rsi)
   1bf: 75c9                           jne -0x37
   1c1: 4889f7                         movq %rsi, %rdi
   1c4: 4c89742408                     movq %r14, 0x8(%rsp)
   1c9: 4889542418                     movq %rdx, 0x18(%rsp)
   1ce: 4d89d6                         movq %r10, %r14
   1d1: 4889742420                     movq %rsi, 0x20(%rsp)
   1d6: 4c89442428                     movq %r8, 0x28(%rsp)
   1db: e800000000                     callq 0x0
        # hole +0x1dc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1e0: 4c8b442428                     movq 0x28(%rsp), %r8
   1e5: b901000000                     movl $0x1, %ecx
   1ea: 488b742420                     movq 0x20(%rsp), %rsi
   1ef: 4d89f2                         movq %r14, %r10
   1f2: 488b542418                     movq 0x18(%rsp), %rdx
   1f7: 4c8b742408                     movq 0x8(%rsp), %r14
   1fc: 41b96e000000                   movl $0x6e, %r9d
   202: 41bb0b000000                   movl $0xb, %r11d
   208: 41f6c001                       testb $0x1, %r8b
   20c: 0f85de000000                   jne 0xde
   212: 498b00                         movq (%r8), %rax
   215: 48ffc0                         incq %rax
   218: 498900                         movq %rax, (%r8)
   21b: 4183780803                     cmpl $0x3, 0x8(%r8)
   220: 0f85ca000000                   jne 0xca
   226: 4d3b6830                       cmpq 0x30(%r8), %r13
   22a: 0f8dc0000000                   jge 0xc0
   230: 498b7840                       movq 0x40(%r8), %rdi
   234: 4a8b3cef                       movq (%rdi,%r13,8), %rdi
   238: 40f6c701                       testb $0x1, %dil
   23c: 7506                           jne 0x6
   23e: 48ff07                         incq (%rdi)
   241: 498b00                         movq (%r8), %rax
   244: 48ffc8                         decq %rax
   247: 498900                         movq %rax, (%r8)
   24a: 48897c2410                     movq %rdi, 0x10(%rsp)
   24f: 753c                           jne 0x3c
   251: 4c89c7                         movq %r8, %rdi
   254: 4c89742408                     movq %r14, 0x8(%rsp)
   259: 4989d6                         movq %rdx, %r14
   25c: 4d89d5                         movq %r10, %r13
   25f: 4889742420                     movq %rsi, 0x20(%rsp)
   264: 4c89442428                     movq %r8, 0x28(%rsp)
   269: e800000000                     callq 0x0
        # hole +0x26a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   26e: 4c8b442428                     movq 0x28(%rsp), %r8
   273: b901000000                     movl $0x1, %ecx
   278: 488b742420                     movq 0x20(%rsp), %rsi
   27d: 4d89ea                         movq %r13, %r10
   280: 488b7c2410                     movq 0x10(%rsp), %rdi
   285: 4c89f2                         movq %r14, %rdx
   288: 4c8b742408                     movq 0x8(%rsp), %r14
   28d: 41b978000000                   movl $0x78, %r9d
   293: 41bb0c000000                   movl $0xc, %r11d
   299: 488b442430                     movq 0x30(%rsp), %rax
   29e: a801                           testb $0x1, %al
   2a0: 756b                           jne 0x6b
   2a2: 83780802                       cmpl $0x2, 0x8(%rax)
   2a6: 7565                           jne 0x65
   2a8: 40f6c701                       testb $0x1, %dil
   2ac: 755f                           jne 0x5f
   2ae: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2b2: 7559                           jne 0x59
   2b4: 4c89542438                     movq %r10, 0x38(%rsp)
   2b9: f20f104030                     movsd 0x30(%rax), %xmm0
   2be: f20f594730                     mulsd 0x30(%rdi), %xmm0
   2c3: f20f110424                     movsd %xmm0, (%rsp)
   2c8: 48ff08                         decq (%rax)
   2cb: 4c89742408                     movq %r14, 0x8(%rsp)
   2d0: 4c89442428                     movq %r8, 0x28(%rsp)
   2d5: 7444                           je 0x44
   2d7: 48ff0f                         decq (%rdi)
   2da: 7467                           je 0x67
   2dc: 488b7c2438                     movq 0x38(%rsp), %rdi
   2e1: 40f6c701                       testb $0x1, %dil
   2e5: 0f8482000000                   je 0x82
   2eb: e9fa020000                     jmp 0x2fa
   2f0: 31ff                           xorl %edi, %edi
   2f2: 4c8b7c2430                     movq 0x30(%rsp), %r15
   2f7: 4c89442410                     movq %r8, 0x10(%rsp)
   2fc: 41b001                         movb $0x1, %r8b
   2ff: b848000000                     movl $0x48, %eax
   304: 48890424                       movq %rax, (%rsp)
   308: e97efdffff                     jmp -0x282
   30d: 4989c7                         movq %rax, %r15
   310: 41b001                         movb $0x1, %r8b
   313: 40b701                         movb $0x1, %dil
   316: e970fdffff                     jmp -0x290
   31b: 4889c7                         movq %rax, %rdi
   31e: 4989d6                         movq %rdx, %r14
   321: 4989f5                         movq %rsi, %r13
   324: e800000000                     callq 0x0
        # hole +0x325: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   329: 4c8b442428                     movq 0x28(%rsp), %r8
   32e: 4c89ee                         movq %r13, %rsi
   331: 488b7c2410                     movq 0x10(%rsp), %rdi
   336: 4c89f2                         movq %r14, %rdx
   339: 4c8b742408                     movq 0x8(%rsp), %r14
   33e: 48ff0f                         decq (%rdi)
   341: 7599                           jne -0x67
   343: 4989d6                         movq %rdx, %r14
   346: 4989f5                         movq %rsi, %r13
   349: e800000000                     callq 0x0
        # hole +0x34a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   34e: 4c8b442428                     movq 0x28(%rsp), %r8
   353: 4c89ee                         movq %r13, %rsi
   356: 4c89f2                         movq %r14, %rdx
   359: 4c8b742408                     movq 0x8(%rsp), %r14
   35e: 488b7c2438                     movq 0x38(%rsp), %rdi
   363: 40f6c701                       testb $0x1, %dil
   367: 0f857d020000                   jne 0x27d
   36d: 837f0802                       cmpl $0x2, 0x8(%rdi)
   371: 0f8573020000                   jne 0x273
   377: f20f100424                     movsd (%rsp), %xmm0
   37c: f20f584730                     addsd 0x30(%rdi), %xmm0
   381: f20f110424                     movsd %xmm0, (%rsp)
   386: 488b07                         movq (%rdi), %rax
   389: 48ffc8                         decq %rax
   38c: 488907                         movq %rax, (%rdi)
   38f: 7524                           jne 0x24
   391: 4989d6                         movq %rdx, %r14
   394: 4889f5                         movq %rsi, %rbp
   397: 4d89c5                         movq %r8, %r13
   39a: e800000000                     callq 0x0
        # hole +0x39b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   39f: 4d89e8                         movq %r13, %r8
   3a2: 4889ee                         movq %rbp, %rsi
   3a5: 488b7c2438                     movq 0x38(%rsp), %rdi
   3aa: 4c89f2                         movq %r14, %rdx
   3ad: 4c8b742408                     movq 0x8(%rsp), %r14
   3b2: 488b07                         movq (%rdi), %rax
   3b5: 48ffc8                         decq %rax
   3b8: 488907                         movq %rax, (%rdi)
   3bb: 7521                           jne 0x21
   3bd: 4d89f5                         movq %r14, %r13
   3c0: 4989d6                         movq %rdx, %r14
   3c3: 4889742420                     movq %rsi, 0x20(%rsp)
   3c8: 4c89c5                         movq %r8, %rbp
   3cb: e800000000                     callq 0x0
        # hole +0x3cc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3d0: 4989e8                         movq %rbp, %r8
   3d3: 488b742420                     movq 0x20(%rsp), %rsi
   3d8: 4c89f2                         movq %r14, %rdx
   3db: 4d89ee                         movq %r13, %r14
   3de: 488b4208                       movq 0x8(%rdx), %rax
   3e2: 48ffc0                         incq %rax
   3e5: 48894208                       movq %rax, 0x8(%rdx)
   3e9: 483b4210                       cmpq 0x10(%rdx), %rax
   3ed: 4889542418                     movq %rdx, 0x18(%rsp)
   3f2: 0f8d6e030000                   jge 0x36e
   3f8: 48833a00                       cmpq $0x0, (%rdx)
   3fc: 0f856b030000                   jne 0x36b
   402: 41837f0804                     cmpl $0x4, 0x8(%r15)
   407: 0f851d020000                   jne 0x21d
   40d: 4989dd                         movq %rbx, %r13
   410: 498b4740                       movq 0x40(%r15), %rax
   414: 4d8b7730                       movq 0x30(%r15), %r14
   418: 498b4f38                       movq 0x38(%r15), %rcx
   41c: 4885c0                         testq %rax, %rax
   41f: 7e0a                           jle 0xa
   421: 4939ce                         cmpq %rcx, %r14
   424: 7c0e                           jl 0xe
   426: e9ad020000                     jmp 0x2ad
   42b: 4939ce                         cmpq %rcx, %r14
   42e: 0f8ea4020000                   jle 0x2a4
   434: 4c01f0                         addq %r14, %rax
   437: 49894730                       movq %rax, 0x30(%r15)
   43b: 4a8d1c7501000000               leaq 0x1(,%r14,2), %rbx
   443: 488b06                         movq (%rsi), %rax
   446: 48ffc0                         incq %rax
   449: 488906                         movq %rax, (%rsi)
   44c: 837e0803                       cmpl $0x3, 0x8(%rsi)
   450: 0f85cf020000                   jne 0x2cf
   456: 4d01f6                         addq %r14, %r14
   459: 49d1fe                         sarq %r14
   45c: 0f88c3020000                   js 0x2c3
   462: 4c3b7630                       cmpq 0x30(%rsi), %r14
   466: 0f8db9020000                   jge 0x2b9
   46c: 488b4e40                       movq 0x40(%rsi), %rcx
   470: 4a8b3cf1                       movq (%rcx,%r14,8), %rdi
   474: 40f6c701                       testb $0x1, %dil
   478: 7506                           jne 0x6
   47a: 48ff07                         incq (%rdi)
   47d: 488b06                         movq (%rsi), %rax
   480: 48ffc8                         decq %rax
   483: 488906                         movq %rax, (%rsi)
   486: 751e                           jne 0x1e
   488: 48897c2420                     movq %rdi, 0x20(%rsp)
   48d: 4889f7                         movq %rsi, %rdi
   490: 4989f5                         movq %rsi, %r13
   493: 4c89c5                         movq %r8, %rbp
   496: e800000000                     callq 0x0
        # hole +0x497: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   49b: 488b7c2420                     movq 0x20(%rsp), %rdi
   4a0: 4989e8                         movq %rbp, %r8
   4a3: 4c89ee                         movq %r13, %rsi
   4a6: 498b00                         movq (%r8), %rax
   4a9: 48ffc0                         incq %rax
   4ac: 498900                         movq %rax, (%r8)
   4af: 4183780803                     cmpl $0x3, 0x8(%r8)
   4b4: 0f8516030000                   jne 0x316
   4ba: 4d3b7030                       cmpq 0x30(%r8), %r14
   4be: 0f8d0c030000                   jge 0x30c
   4c4: 498b4840                       movq 0x40(%r8), %rcx
   4c8: 4e8b2cf1                       movq (%rcx,%r14,8), %r13
   4cc: 41f6c501                       testb $0x1, %r13b
   4d0: 7418                           je 0x18
   4d2: 48ffc8                         decq %rax
   4d5: 498900                         movq %rax, (%r8)
   4d8: 741f                           je 0x1f
   4da: 40f6c701                       testb $0x1, %dil
   4de: 4c896c2410                     movq %r13, 0x10(%rsp)
   4e3: 7441                           je 0x41
   4e5: e9bb010000                     jmp 0x1bb
   4ea: 49ff4500                       incq (%r13)
   4ee: 498b00                         movq (%r8), %rax
   4f1: 48ffc8                         decq %rax
   4f4: 498900                         movq %rax, (%r8)
   4f7: 75e1                           jne -0x1f
   4f9: 48897c2420                     movq %rdi, 0x20(%rsp)
   4fe: 4c89c7                         movq %r8, %rdi
   501: 4989f6                         movq %rsi, %r14
   504: 4c89c5                         movq %r8, %rbp
   507: e800000000                     callq 0x0
        # hole +0x508: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   50c: 488b7c2420                     movq 0x20(%rsp), %rdi
   511: 4989e8                         movq %rbp, %r8
   514: 4c89f6                         movq %r14, %rsi
   517: 40f6c701                       testb $0x1, %dil
   51b: 4c896c2410                     movq %r13, 0x10(%rsp)
   520: 0f857f010000                   jne 0x17f
   526: 41f6c501                       testb $0x1, %r13b
   52a: 0f8526010000                   jne 0x126
   530: 837f0802                       cmpl $0x2, 0x8(%rdi)
   534: 0f851c010000                   jne 0x11c
   53a: 41837d0802                     cmpl $0x2, 0x8(%r13)
   53f: 0f8560010000                   jne 0x160
   545: 4c89c5                         movq %r8, %rbp
   548: 4989f6                         movq %rsi, %r14
   54b: f20f104730                     movsd 0x30(%rdi), %xmm0
   550: f2410f594530                   mulsd 0x30(%r13), %xmm0
   556: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   55c: 48ff0f                         decq (%rdi)
   55f: 7505                           jne 0x5
   561: e800000000                     callq 0x0
        # hole +0x562: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   566: 49ff4d00                       decq (%r13)
   56a: 7508                           jne 0x8
   56c: 4c89ef                         movq %r13, %rdi
   56f: e800000000                     callq 0x0
        # hole +0x570: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   574: f20f100424                     movsd (%rsp), %xmm0
   579: f20f58442420                   addsd 0x20(%rsp), %xmm0
   57f: f20f110424                     movsd %xmm0, (%rsp)
   584: 488b542418                     movq 0x18(%rsp), %rdx
   589: 488b4208                       movq 0x8(%rdx), %rax
   58d: 48ffc0                         incq %rax
   590: 48894208                       movq %rax, 0x8(%rdx)
   594: 483b4210                       cmpq 0x10(%rdx), %rax
   598: 0f8dc3010000                   jge 0x1c3
   59e: 48833a00                       cmpq $0x0, (%rdx)
   5a2: 0f856b020000                   jne 0x26b
   5a8: 41837f0804                     cmpl $0x4, 0x8(%r15)
   5ad: 4989dd                         movq %rbx, %r13
   5b0: 4c89f6                         movq %r14, %rsi
   5b3: 4989e8                         movq %rbp, %r8
   5b6: 0f8454feffff                   je -0x1ac
   5bc: 488b7c2418                     movq 0x18(%rsp), %rdi
   5c1: f20f100424                     movsd (%rsp), %xmm0
   5c6: e800000000                     callq 0x0
        # hole +0x5c7: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   5cb: b928000000                     movl $0x28, %ecx
   5d0: 48890c24                       movq %rcx, (%rsp)
   5d4: 41b90a000000                   movl $0xa, %r9d
   5da: 41bb01000000                   movl $0x1, %r11d
   5e0: b901000000                     movl $0x1, %ecx
   5e5: e952020000                     jmp 0x252
   5ea: 4889d7                         movq %rdx, %rdi
   5ed: f20f100424                     movsd (%rsp), %xmm0
   5f2: 4d89f7                         movq %r14, %r15
   5f5: 4989d6                         movq %rdx, %r14
   5f8: e800000000                     callq 0x0
        # hole +0x5f9: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   5fd: b901000000                     movl $0x1, %ecx
   602: 4c8b542438                     movq 0x38(%rsp), %r10
   607: 4c89f2                         movq %r14, %rdx
   60a: 4d89fe                         movq %r15, %r14
   60d: 4989c7                         movq %rax, %r15
   610: b838000000                     movl $0x38, %eax
   615: 48890424                       movq %rax, (%rsp)
   619: 41b98c000000                   movl $0x8c, %r9d
   61f: 41bb0e000000                   movl $0xe, %r11d
   625: e95cfaffff                     jmp -0x5a4
   62a: 4889d7                         movq %rdx, %rdi
   62d: f20f100424                     movsd (%rsp), %xmm0
   632: e800000000                     callq 0x0
        # hole +0x633: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   637: b928000000                     movl $0x28, %ecx
   63c: 48890c24                       movq %rcx, (%rsp)
   640: 41b90a000000                   movl $0xa, %r9d
   646: 41bb01000000                   movl $0x1, %r11d
   64c: b901000000                     movl $0x1, %ecx
   651: e93e010000                     jmp 0x13e
   656: 4989ff                         movq %rdi, %r15
   659: 488b7c2418                     movq 0x18(%rsp), %rdi
   65e: f20f100424                     movsd (%rsp), %xmm0
   663: e800000000                     callq 0x0
        # hole +0x664: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   668: b940000000                     movl $0x40, %ecx
   66d: 48890c24                       movq %rcx, (%rsp)
   671: 41b001                         movb $0x1, %r8b
   674: 41b978000000                   movl $0x78, %r9d
   67a: 41bb0c000000                   movl $0xc, %r11d
   680: b901000000                     movl $0x1, %ecx
   685: 4885c0                         testq %rax, %rax
   688: 7504                           jne 0x4
   68a: 31c0                           xorl %eax, %eax
   68c: eb07                           jmp 0x7
   68e: 48c70002000000                 movq $0x2, (%rax)
   695: 4989dd                         movq %rbx, %r13
   698: 40b701                         movb $0x1, %dil
   69b: 4c8b742408                     movq 0x8(%rsp), %r14
   6a0: e9fa000000                     jmp 0xfa
   6a5: 4989ff                         movq %rdi, %r15
   6a8: 488b7c2418                     movq 0x18(%rsp), %rdi
   6ad: f20f100424                     movsd (%rsp), %xmm0
   6b2: e800000000                     callq 0x0
        # hole +0x6b3: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   6b7: b940000000                     movl $0x40, %ecx
   6bc: 48890c24                       movq %rcx, (%rsp)
   6c0: 41b001                         movb $0x1, %r8b
   6c3: 41b978000000                   movl $0x78, %r9d
   6c9: 41bb0c000000                   movl $0xc, %r11d
   6cf: 4885c0                         testq %rax, %rax
   6d2: 7538                           jne 0x38
   6d4: 31c0                           xorl %eax, %eax
   6d6: eb3b                           jmp 0x3b
   6d8: 488b7c2418                     movq 0x18(%rsp), %rdi
   6dd: f20f100424                     movsd (%rsp), %xmm0
   6e2: e800000000                     callq 0x0
        # hole +0x6e3: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   6e7: b928000000                     movl $0x28, %ecx
   6ec: 48890c24                       movq %rcx, (%rsp)
   6f0: 41b914000000                   movl $0x14, %r9d
   6f6: 41bb02000000                   movl $0x2, %r11d
   6fc: b902000000                     movl $0x2, %ecx
   701: 4531ff                         xorl %r15d, %r15d
   704: 4c89eb                         movq %r13, %rbx
   707: e936010000                     jmp 0x136
   70c: 48c70002000000                 movq $0x2, (%rax)
   713: 4989dd                         movq %rbx, %r13
   716: 40b701                         movb $0x1, %dil
   719: 4c8b742408                     movq 0x8(%rsp), %r14
   71e: b901000000                     movl $0x1, %ecx
   723: eb7a                           jmp 0x7a
   725: 4989f7                         movq %rsi, %r15
   728: 488b7c2418                     movq 0x18(%rsp), %rdi
   72d: f20f100424                     movsd (%rsp), %xmm0
   732: e800000000                     callq 0x0
        # hole +0x733: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   737: b940000000                     movl $0x40, %ecx
   73c: 48890c24                       movq %rcx, (%rsp)
   740: 41b001                         movb $0x1, %r8b
   743: 41b950000000                   movl $0x50, %r9d
   749: 41bb08000000                   movl $0x8, %r11d
   74f: 4885c0                         testq %rax, %rax
   752: 0f85f4000000                   jne 0xf4
   758: 31c0                           xorl %eax, %eax
   75a: 48895c2410                     movq %rbx, 0x10(%rsp)
   75f: ebb5                           jmp -0x4b
   761: 4c8b742408                     movq 0x8(%rsp), %r14
   766: 48c70201000000                 movq $0x1, (%rdx)
   76d: 4889d7                         movq %rdx, %rdi
   770: f20f100424                     movsd (%rsp), %xmm0
   775: e800000000                     callq 0x0
        # hole +0x776: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   77a: b928000000                     movl $0x28, %ecx
   77f: 48890c24                       movq %rcx, (%rsp)
   783: 41b9aa000000                   movl $0xaa, %r9d
   789: 41bb11000000                   movl $0x11, %r11d
   78f: b902000000                     movl $0x2, %ecx
   794: 4531ff                         xorl %r15d, %r15d
   797: 4989dd                         movq %rbx, %r13
   79a: 4531c0                         xorl %r8d, %r8d
   79d: 31ff                           xorl %edi, %edi
   79f: 498b742418                     movq 0x18(%r12), %rsi
   7a4: 4c8b542438                     movq 0x38(%rsp), %r10
   7a9: 4c39d0                         cmpq %r10, %rax
   7ac: 7505                           jne 0x5
   7ae: 4489c5                         movl %r8d, %ebp
   7b1: eb0a                           jmp 0xa
   7b3: 48894610                       movq %rax, 0x10(%rsi)
   7b7: 4489c5                         movl %r8d, %ebp
   7ba: 4989c2                         movq %rax, %r10
   7bd: 488b542418                     movq 0x18(%rsp), %rdx
   7c2: 4c39f3                         cmpq %r14, %rbx
   7c5: 0f85cdf8ffff                   jne -0x733
   7cb: e9ccf8ffff                     jmp -0x734
   7d0: 4989ff                         movq %rdi, %r15
   7d3: 4d89c6                         movq %r8, %r14
   7d6: 488b7c2418                     movq 0x18(%rsp), %rdi
   7db: f20f100424                     movsd (%rsp), %xmm0
   7e0: e800000000                     callq 0x0
        # hole +0x7e1: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   7e5: b948000000                     movl $0x48, %ecx
   7ea: 48890c24                       movq %rcx, (%rsp)
   7ee: 41b001                         movb $0x1, %r8b
   7f1: 41b96e000000                   movl $0x6e, %r9d
   7f7: 41bb0b000000                   movl $0xb, %r11d
   7fd: 4885c0                         testq %rax, %rax
   800: 755b                           jne 0x5b
   802: 31c0                           xorl %eax, %eax
   804: 4c89742410                     movq %r14, 0x10(%rsp)
   809: 4989dd                         movq %rbx, %r13
   80c: 31ff                           xorl %edi, %edi
   80e: e906ffffff                     jmp -0xfa
   813: 488b7c2418                     movq 0x18(%rsp), %rdi
   818: f20f100424                     movsd (%rsp), %xmm0
   81d: e800000000                     callq 0x0
        # hole +0x81e: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   822: b928000000                     movl $0x28, %ecx
   827: 48890c24                       movq %rcx, (%rsp)
   82b: 41b9aa000000                   movl $0xaa, %r9d
   831: 41bb11000000                   movl $0x11, %r11d
   837: b902000000                     movl $0x2, %ecx
   83c: 4531ff                         xorl %r15d, %r15d
   83f: 4989dd                         movq %rbx, %r13
   842: 4531c0                         xorl %r8d, %r8d
   845: 31ff                           xorl %edi, %edi
   847: e94ffeffff                     jmp -0x1b1
   84c: 48c70002000000                 movq $0x2, (%rax)
   853: 48895c2410                     movq %rbx, 0x10(%rsp)
   858: e9b9feffff                     jmp -0x147
   85d: 48c70002000000                 movq $0x2, (%rax)
   864: 31ff                           xorl %edi, %edi
   866: 4c89742410                     movq %r14, 0x10(%rsp)
   86b: 4989dd                         movq %rbx, %r13
   86e: e9a6feffff                     jmp -0x15a
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
