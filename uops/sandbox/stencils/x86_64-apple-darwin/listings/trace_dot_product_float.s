# stencil dot_product_float for x86_64-apple-darwin: 1976 code bytes, 8 data bytes, 19 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5810                       movq 0x10(%rax), %r11
    11: 4c8b5018                       movq 0x18(%rax), %r10
    15: 4c8b7820                       movq 0x20(%rax), %r15
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41be01000000                   movl $0x1, %r14d
    25: 41f6c701                       testb $0x1, %r15b
    29: 7553                           jne 0x53
    2b: 41837f0804                     cmpl $0x4, 0x8(%r15)
    30: 754c                           jne 0x4c
    32: 488b30                         movq (%rax), %rsi
    35: 4c8b4008                       movq 0x8(%rax), %r8
    39: 498b4740                       movq 0x40(%r15), %rax
    3d: 4d8b6f30                       movq 0x30(%r15), %r13
    41: 498b4f38                       movq 0x38(%r15), %rcx
    45: 4885c0                         testq %rax, %rax
    48: 0f8e9f000000                   jle 0x9f
    4e: 4939cd                         cmpq %rcx, %r13
    51: 0f8c9f000000                   jl 0x9f
    57: b828000000                     movl $0x28, %eax
    5c: 4889442408                     movq %rax, 0x8(%rsp)
    61: 41b914000000                   movl $0x14, %r9d
    67: 41be02000000                   movl $0x2, %r14d
    6d: b902000000                     movl $0x2, %ecx
    72: 31ed                           xorl %ebp, %ebp
    74: 4c89d3                         movq %r10, %rbx
    77: 4531c0                         xorl %r8d, %r8d
    7a: 31ff                           xorl %edi, %edi
    7c: eb19                           jmp 0x19
    7e: b828000000                     movl $0x28, %eax
    83: 4889442408                     movq %rax, 0x8(%rsp)
    88: 31ed                           xorl %ebp, %ebp
    8a: 4c89d3                         movq %r10, %rbx
    8d: 4531c0                         xorl %r8d, %r8d
    90: 31ff                           xorl %edi, %edi
    92: b901000000                     movl $0x1, %ecx
    97: 498b742418                     movq 0x18(%r12), %rsi
    9c: 4989dd                         movq %rbx, %r13
    9f: 4c39d3                         cmpq %r10, %rbx
    a2: 7404                           je 0x4
    a4: 48895e18                       movq %rbx, 0x18(%rsi)
    a8: 4084ed                         testb %bpl, %bpl
    ab: 7424                           je 0x24
    ad: 4c895e28                       movq %r11, 0x28(%rsi)
    b1: 488b442410                     movq 0x10(%rsp), %rax
    b6: 48894630                       movq %rax, 0x30(%rsi)
    ba: 4584c0                         testb %r8b, %r8b
    bd: 7412                           je 0x12
    bf: 488b442418                     movq 0x18(%rsp), %rax
    c4: 48894638                       movq %rax, 0x38(%rsi)
    c8: 4084ff                         testb %dil, %dil
    cb: 7504                           jne 0x4
    cd: 4c896e40                       movq %r13, 0x40(%rsi)
    d1: 4803742408                     addq 0x8(%rsp), %rsi
    d6: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xd9: X86_64_RELOC_GOT_LOAD Rel32 data-4
    dd: 4d01f0                         addq %r14, %r8
    e0: 4c89e7                         movq %r12, %rdi
    e3: 4883c440                       addq $0x40, %rsp
    e7: 5d                             popq %rbp
    e8: e900000000                     jmp 0x0
        # hole +0xe9: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    ed: 4939cd                         cmpq %rcx, %r13
    f0: 0f8e61ffffff                   jle -0x9f
    f6: 4c01e8                         addq %r13, %rax
    f9: 49894730                       movq %rax, 0x30(%r15)
    fd: 41f6c201                       testb $0x1, %r10b
   101: 7533                           jne 0x33
   103: 49ff0a                         decq (%r10)
   106: 752e                           jne 0x2e
   108: 4c89d7                         movq %r10, %rdi
   10b: 4889542420                     movq %rdx, 0x20(%rsp)
   110: 4d89d6                         movq %r10, %r14
   113: 4c89dd                         movq %r11, %rbp
   116: 4889f3                         movq %rsi, %rbx
   119: 4c89442428                     movq %r8, 0x28(%rsp)
   11e: e800000000                     callq 0x0
        # hole +0x11f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   123: 4c8b442428                     movq 0x28(%rsp), %r8
   128: 4889de                         movq %rbx, %rsi
   12b: 4989eb                         movq %rbp, %r11
   12e: 4d89f2                         movq %r14, %r10
   131: 488b542420                     movq 0x20(%rsp), %rdx
   136: 41f6c301                       testb $0x1, %r11b
   13a: 7503                           jne 0x3
   13c: 49ff03                         incq (%r11)
   13f: 4a8d1c6d01000000               leaq 0x1(,%r13,2), %rbx
   147: b840000000                     movl $0x40, %eax
   14c: 4889442408                     movq %rax, 0x8(%rsp)
   151: 40b501                         movb $0x1, %bpl
   154: 41b950000000                   movl $0x50, %r9d
   15a: 41be08000000                   movl $0x8, %r14d
   160: 40f6c601                       testb $0x1, %sil
   164: 4889742410                     movq %rsi, 0x10(%rsp)
   169: 7549                           jne 0x49
   16b: 488b06                         movq (%rsi), %rax
   16e: 48ffc0                         incq %rax
   171: 488906                         movq %rax, (%rsi)
   174: 837e0803                       cmpl $0x3, 0x8(%rsi)
   178: 753a                           jne 0x3a
   17a: 4d01ed                         addq %r13, %r13
   17d: 49d1fd                         sarq %r13
   180: 7832                           js 0x32
   182: 4c3b6e30                       cmpq 0x30(%rsi), %r13
   186: 7d2c                           jge 0x2c
   188: 488b4e40                       movq 0x40(%rsi), %rcx
   18c: 4a8b0ce9                       movq (%rcx,%r13,8), %rcx
   190: f6c101                         testb $0x1, %cl
   193: 7429                           je 0x29
   195: 48ffc8                         decq %rax
   198: 488906                         movq %rax, (%rsi)
   19b: 742f                           je 0x2f
   19d: 41b96e000000                   movl $0x6e, %r9d
   1a3: 41be0b000000                   movl $0xb, %r14d
   1a9: 41f6c001                       testb $0x1, %r8b
   1ad: 7469                           je 0x69
   1af: e930010000                     jmp 0x130
   1b4: 48895c2418                     movq %rbx, 0x18(%rsp)
   1b9: e949010000                     jmp 0x149
   1be: 48ff01                         incq (%rcx)
   1c1: 488b06                         movq (%rsi), %rax
   1c4: 48ffc8                         decq %rax
   1c7: 488906                         movq %rax, (%rsi)
   1ca: 75d1                           jne -0x2f
   1cc: 4889f7                         movq %rsi, %rdi
   1cf: 4889542420                     movq %rdx, 0x20(%rsp)
   1d4: 4c89542418                     movq %r10, 0x18(%rsp)
   1d9: 4c895c2430                     movq %r11, 0x30(%rsp)
   1de: 4c89442428                     movq %r8, 0x28(%rsp)
   1e3: 4989ce                         movq %rcx, %r14
   1e6: e800000000                     callq 0x0
        # hole +0x1e7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1eb: 4c89f1                         movq %r14, %rcx
   1ee: 4c8b442428                     movq 0x28(%rsp), %r8
   1f3: 4c8b5c2430                     movq 0x30(%rsp), %r11
   1f8: 4c8b542418                     movq 0x18(%rsp), %r10
   1fd: 488b542420                     movq 0x20(%rsp), %rdx
   202: 41b96e000000                   movl $0x6e, %r9d
   208: 41be0b000000                   movl $0xb, %r14d
   20e: 41f6c001                       testb $0x1, %r8b
   212: 0f85cc000000                   jne 0xcc
   218: 498b00                         movq (%r8), %rax
   21b: 48ffc0                         incq %rax
   21e: 498900                         movq %rax, (%r8)
   221: 4183780803                     cmpl $0x3, 0x8(%r8)
   226: 0f85b8000000                   jne 0xb8
   22c: 48894c2438                     movq %rcx, 0x38(%rsp)
   231: 4d3b6830                       cmpq 0x30(%r8), %r13
   235: 0f8d4c040000                   jge 0x44c
   23b: 498b4840                       movq 0x40(%r8), %rcx
   23f: 4a8b3ce9                       movq (%rcx,%r13,8), %rdi
   243: 40f6c701                       testb $0x1, %dil
   247: 7506                           jne 0x6
   249: 48ff07                         incq (%rdi)
   24c: 498b00                         movq (%r8), %rax
   24f: 48ffc8                         decq %rax
   252: 498900                         movq %rax, (%r8)
   255: 48897c2418                     movq %rdi, 0x18(%rsp)
   25a: 752d                           jne 0x2d
   25c: 4c89c7                         movq %r8, %rdi
   25f: 4889542420                     movq %rdx, 0x20(%rsp)
   264: 4d89d5                         movq %r10, %r13
   267: 4c895c2430                     movq %r11, 0x30(%rsp)
   26c: 4d89c6                         movq %r8, %r14
   26f: e800000000                     callq 0x0
        # hole +0x270: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   274: 4d89f0                         movq %r14, %r8
   277: 4c8b5c2430                     movq 0x30(%rsp), %r11
   27c: 4d89ea                         movq %r13, %r10
   27f: 488b7c2418                     movq 0x18(%rsp), %rdi
   284: 488b542420                     movq 0x20(%rsp), %rdx
   289: 41b978000000                   movl $0x78, %r9d
   28f: 41be0c000000                   movl $0xc, %r14d
   295: 488b442438                     movq 0x38(%rsp), %rax
   29a: a801                           testb $0x1, %al
   29c: 7564                           jne 0x64
   29e: 83780802                       cmpl $0x2, 0x8(%rax)
   2a2: 755e                           jne 0x5e
   2a4: 40f6c701                       testb $0x1, %dil
   2a8: 7558                           jne 0x58
   2aa: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2ae: 7552                           jne 0x52
   2b0: 4c895c2430                     movq %r11, 0x30(%rsp)
   2b5: f20f104030                     movsd 0x30(%rax), %xmm0
   2ba: f20f594730                     mulsd 0x30(%rdi), %xmm0
   2bf: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   2c5: 48ff08                         decq (%rax)
   2c8: 4889542420                     movq %rdx, 0x20(%rsp)
   2cd: 7443                           je 0x43
   2cf: 48ff0f                         decq (%rdi)
   2d2: 7461                           je 0x61
   2d4: 488b7c2430                     movq 0x30(%rsp), %rdi
   2d9: 40f6c701                       testb $0x1, %dil
   2dd: 747b                           je 0x7b
   2df: e971020000                     jmp 0x271
   2e4: 31ff                           xorl %edi, %edi
   2e6: 48894c2410                     movq %rcx, 0x10(%rsp)
   2eb: 4c89442418                     movq %r8, 0x18(%rsp)
   2f0: 41b001                         movb $0x1, %r8b
   2f3: b848000000                     movl $0x48, %eax
   2f8: 4889442408                     movq %rax, 0x8(%rsp)
   2fd: e990fdffff                     jmp -0x270
   302: 4889442410                     movq %rax, 0x10(%rsp)
   307: 41b001                         movb $0x1, %r8b
   30a: 40b701                         movb $0x1, %dil
   30d: e980fdffff                     jmp -0x280
   312: 4889c7                         movq %rax, %rdi
   315: 4d89d5                         movq %r10, %r13
   318: 4d89c6                         movq %r8, %r14
   31b: e800000000                     callq 0x0
        # hole +0x31c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   320: 4d89f0                         movq %r14, %r8
   323: 4d89ea                         movq %r13, %r10
   326: 488b7c2418                     movq 0x18(%rsp), %rdi
   32b: 488b542420                     movq 0x20(%rsp), %rdx
   330: 48ff0f                         decq (%rdi)
   333: 759f                           jne -0x61
   335: 4d89d5                         movq %r10, %r13
   338: 4d89c6                         movq %r8, %r14
   33b: e800000000                     callq 0x0
        # hole +0x33c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   340: 4d89f0                         movq %r14, %r8
   343: 4d89ea                         movq %r13, %r10
   346: 488b542420                     movq 0x20(%rsp), %rdx
   34b: 488b7c2430                     movq 0x30(%rsp), %rdi
   350: 40f6c701                       testb $0x1, %dil
   354: 0f85fb010000                   jne 0x1fb
   35a: 837f0802                       cmpl $0x2, 0x8(%rdi)
   35e: 0f85f1010000                   jne 0x1f1
   364: f20f10442408                   movsd 0x8(%rsp), %xmm0
   36a: f20f584730                     addsd 0x30(%rdi), %xmm0
   36f: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   375: 488b07                         movq (%rdi), %rax
   378: 48ffc8                         decq %rax
   37b: 488907                         movq %rax, (%rdi)
   37e: 4c89442428                     movq %r8, 0x28(%rsp)
   383: 7519                           jne 0x19
   385: 4989d6                         movq %rdx, %r14
   388: 4d89d5                         movq %r10, %r13
   38b: e800000000                     callq 0x0
        # hole +0x38c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   390: 488b7c2430                     movq 0x30(%rsp), %rdi
   395: 4d89ea                         movq %r13, %r10
   398: 4c89f2                         movq %r14, %rdx
   39b: 488b07                         movq (%rdi), %rax
   39e: 48ffc8                         decq %rax
   3a1: 488907                         movq %rax, (%rdi)
   3a4: 7511                           jne 0x11
   3a6: 4989d6                         movq %rdx, %r14
   3a9: 4d89d5                         movq %r10, %r13
   3ac: e800000000                     callq 0x0
        # hole +0x3ad: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3b1: 4d89ea                         movq %r13, %r10
   3b4: 4c89f2                         movq %r14, %rdx
   3b7: 488b4208                       movq 0x8(%rdx), %rax
   3bb: 488b4a10                       movq 0x10(%rdx), %rcx
   3bf: 48ffc0                         incq %rax
   3c2: 48894208                       movq %rax, 0x8(%rdx)
   3c6: 4839c8                         cmpq %rcx, %rax
   3c9: 0f8dc5010000                   jge 0x1c5
   3cf: 48833a00                       cmpq $0x0, (%rdx)
   3d3: 0f85c7010000                   jne 0x1c7
   3d9: 4c89d5                         movq %r10, %rbp
   3dc: 41837f0804                     cmpl $0x4, 0x8(%r15)
   3e1: 0f852a020000                   jne 0x22a
   3e7: 4989dd                         movq %rbx, %r13
   3ea: 498b7740                       movq 0x40(%r15), %rsi
   3ee: 498b5730                       movq 0x30(%r15), %rdx
   3f2: 498b7f38                       movq 0x38(%r15), %rdi
   3f6: 4885f6                         testq %rsi, %rsi
   3f9: 7e0a                           jle 0xa
   3fb: 4839fa                         cmpq %rdi, %rdx
   3fe: 7c0e                           jl 0xe
   400: e9d9020000                     jmp 0x2d9
   405: 4839fa                         cmpq %rdi, %rdx
   408: 0f8ed0020000                   jle 0x2d0
   40e: 4801d6                         addq %rdx, %rsi
   411: 49897730                       movq %rsi, 0x30(%r15)
   415: 488d1c5501000000               leaq 0x1(,%rdx,2), %rbx
   41d: 488b7c2410                     movq 0x10(%rsp), %rdi
   422: 488b37                         movq (%rdi), %rsi
   425: 48ffc6                         incq %rsi
   428: 488937                         movq %rsi, (%rdi)
   42b: 837f0803                       cmpl $0x3, 0x8(%rdi)
   42f: 0f85e5020000                   jne 0x2e5
   435: 4801d2                         addq %rdx, %rdx
   438: 48d1fa                         sarq %rdx
   43b: 0f88d9020000                   js 0x2d9
   441: 4c8b442410                     movq 0x10(%rsp), %r8
   446: 493b5030                       cmpq 0x30(%r8), %rdx
   44a: 0f8dca020000                   jge 0x2ca
   450: 498b7840                       movq 0x40(%r8), %rdi
   454: 4c8b2cd7                       movq (%rdi,%rdx,8), %r13
   458: 41f6c501                       testb $0x1, %r13b
   45c: 7507                           jne 0x7
   45e: 49ff4500                       incq (%r13)
   462: 498b30                         movq (%r8), %rsi
   465: 48ffce                         decq %rsi
   468: 498930                         movq %rsi, (%r8)
   46b: 4c8b442428                     movq 0x28(%rsp), %r8
   470: 498b30                         movq (%r8), %rsi
   473: 48ffc6                         incq %rsi
   476: 498930                         movq %rsi, (%r8)
   479: 4183780803                     cmpl $0x3, 0x8(%r8)
   47e: 0f85d6020000                   jne 0x2d6
   484: 493b5030                       cmpq 0x30(%r8), %rdx
   488: 0f8dcc020000                   jge 0x2cc
   48e: 498b7840                       movq 0x40(%r8), %rdi
   492: 488b14d7                       movq (%rdi,%rdx,8), %rdx
   496: 4889542418                     movq %rdx, 0x18(%rsp)
   49b: f6c201                         testb $0x1, %dl
   49e: 750b                           jne 0xb
   4a0: 488b542418                     movq 0x18(%rsp), %rdx
   4a5: 48ff02                         incq (%rdx)
   4a8: 498b30                         movq (%r8), %rsi
   4ab: 48ffce                         decq %rsi
   4ae: 498930                         movq %rsi, (%r8)
   4b1: 41f6c501                       testb $0x1, %r13b
   4b5: 0f85dd010000                   jne 0x1dd
   4bb: f644241801                     testb $0x1, 0x18(%rsp)
   4c0: 0f8576010000                   jne 0x176
   4c6: 41837d0802                     cmpl $0x2, 0x8(%r13)
   4cb: 0f856b010000                   jne 0x16b
   4d1: 488b7c2418                     movq 0x18(%rsp), %rdi
   4d6: 837f0802                       cmpl $0x2, 0x8(%rdi)
   4da: 0f85b8010000                   jne 0x1b8
   4e0: f2410f104d30                   movsd 0x30(%r13), %xmm1
   4e6: f20f594f30                     mulsd 0x30(%rdi), %xmm1
   4eb: 49ff4d00                       decq (%r13)
   4ef: 48ff0f                         decq (%rdi)
   4f2: 751e                           jne 0x1e
   4f4: f20f114c2438                   movsd %xmm1, 0x38(%rsp)
   4fa: e800000000                     callq 0x0
        # hole +0x4fb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4ff: f20f104c2438                   movsd 0x38(%rsp), %xmm1
   505: 488b4c2420                     movq 0x20(%rsp), %rcx
   50a: 488b4108                       movq 0x8(%rcx), %rax
   50e: 488b4910                       movq 0x10(%rcx), %rcx
   512: f20f10442408                   movsd 0x8(%rsp), %xmm0
   518: f20f58c1                       addsd %xmm1, %xmm0
   51c: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   522: 48ffc0                         incq %rax
   525: 488b542420                     movq 0x20(%rsp), %rdx
   52a: 48894208                       movq %rax, 0x8(%rdx)
   52e: 4839c8                         cmpq %rcx, %rax
   531: 7d64                           jge 0x64
   533: 48833a00                       cmpq $0x0, (%rdx)
   537: 0f8571020000                   jne 0x271
   53d: 41837f0804                     cmpl $0x4, 0x8(%r15)
   542: 4989dd                         movq %rbx, %r13
   545: 0f849ffeffff                   je -0x161
   54b: 488b7c2420                     movq 0x20(%rsp), %rdi
   550: e9bf000000                     jmp 0xbf
   555: 4889d7                         movq %rdx, %rdi
   558: f20f10442408                   movsd 0x8(%rsp), %xmm0
   55e: 4989d6                         movq %rdx, %r14
   561: 4d89d7                         movq %r10, %r15
   564: e800000000                     callq 0x0
        # hole +0x565: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   569: 4c8b5c2430                     movq 0x30(%rsp), %r11
   56e: 4d89fa                         movq %r15, %r10
   571: 4c89f2                         movq %r14, %rdx
   574: 4889442410                     movq %rax, 0x10(%rsp)
   579: b838000000                     movl $0x38, %eax
   57e: 4889442408                     movq %rax, 0x8(%rsp)
   583: 41b98c000000                   movl $0x8c, %r9d
   589: 41be0e000000                   movl $0xe, %r14d
   58f: e9f9faffff                     jmp -0x507
   594: 4c89d5                         movq %r10, %rbp
   597: 48c70201000000                 movq $0x1, (%rdx)
   59e: eb03                           jmp 0x3
   5a0: 4c89d5                         movq %r10, %rbp
   5a3: 4889d7                         movq %rdx, %rdi
   5a6: f20f10442408                   movsd 0x8(%rsp), %xmm0
   5ac: e800000000                     callq 0x0
        # hole +0x5ad: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   5b1: b928000000                     movl $0x28, %ecx
   5b6: 48894c2408                     movq %rcx, 0x8(%rsp)
   5bb: 41b9aa000000                   movl $0xaa, %r9d
   5c1: 41be11000000                   movl $0x11, %r14d
   5c7: b902000000                     movl $0x2, %ecx
   5cc: 48c744241000000000             movq $0x0, 0x10(%rsp)
   5d5: 4989dd                         movq %rbx, %r13
   5d8: 4531c0                         xorl %r8d, %r8d
   5db: 31ff                           xorl %edi, %edi
   5dd: 498b742418                     movq 0x18(%r12), %rsi
   5e2: 4c8b5c2430                     movq 0x30(%rsp), %r11
   5e7: 4c39d8                         cmpq %r11, %rax
   5ea: 4989ea                         movq %rbp, %r10
   5ed: 7505                           jne 0x5
   5ef: 4489c5                         movl %r8d, %ebp
   5f2: eb0a                           jmp 0xa
   5f4: 48894610                       movq %rax, 0x10(%rsi)
   5f8: 4489c5                         movl %r8d, %ebp
   5fb: 4989c3                         movq %rax, %r11
   5fe: 488b542420                     movq 0x20(%rsp), %rdx
   603: 4c39d3                         cmpq %r10, %rbx
   606: 0f8598faffff                   jne -0x568
   60c: e997faffff                     jmp -0x569
   611: 4889d7                         movq %rdx, %rdi
   614: f20f10442408                   movsd 0x8(%rsp), %xmm0
   61a: e800000000                     callq 0x0
        # hole +0x61b: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   61f: b928000000                     movl $0x28, %ecx
   624: 48894c2408                     movq %rcx, 0x8(%rsp)
   629: 41b90a000000                   movl $0xa, %r9d
   62f: 41be01000000                   movl $0x1, %r14d
   635: b901000000                     movl $0x1, %ecx
   63a: eb90                           jmp -0x70
   63c: 488b7c2420                     movq 0x20(%rsp), %rdi
   641: f20f10442408                   movsd 0x8(%rsp), %xmm0
   647: e800000000                     callq 0x0
        # hole +0x648: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   64c: b940000000                     movl $0x40, %ecx
   651: 48894c2408                     movq %rcx, 0x8(%rsp)
   656: 41b001                         movb $0x1, %r8b
   659: 41b978000000                   movl $0x78, %r9d
   65f: 41be0c000000                   movl $0xc, %r14d
   665: b901000000                     movl $0x1, %ecx
   66a: 4883f808                       cmpq $0x8, %rax
   66e: 7207                           jb 0x7
   670: 48c70002000000                 movq $0x2, (%rax)
   677: 4c896c2410                     movq %r13, 0x10(%rsp)
   67c: 4989dd                         movq %rbx, %r13
   67f: 40b701                         movb $0x1, %dil
   682: e956ffffff                     jmp -0xaa
   687: 31ff                           xorl %edi, %edi
   689: 488b442438                     movq 0x38(%rsp), %rax
   68e: 4889442410                     movq %rax, 0x10(%rsp)
   693: e953fcffff                     jmp -0x3ad
   698: 488b7c2420                     movq 0x20(%rsp), %rdi
   69d: f20f10442408                   movsd 0x8(%rsp), %xmm0
   6a3: e800000000                     callq 0x0
        # hole +0x6a4: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   6a8: b940000000                     movl $0x40, %ecx
   6ad: 48894c2408                     movq %rcx, 0x8(%rsp)
   6b2: 41b001                         movb $0x1, %r8b
   6b5: 41b978000000                   movl $0x78, %r9d
   6bb: 41be0c000000                   movl $0xc, %r14d
   6c1: 4883f808                       cmpq $0x8, %rax
   6c5: 7207                           jb 0x7
   6c7: 48c70002000000                 movq $0x2, (%rax)
   6ce: 4c896c2410                     movq %r13, 0x10(%rsp)
   6d3: 4989dd                         movq %rbx, %r13
   6d6: 40b701                         movb $0x1, %dil
   6d9: e9c6000000                     jmp 0xc6
   6de: 488b7c2420                     movq 0x20(%rsp), %rdi
   6e3: f20f10442408                   movsd 0x8(%rsp), %xmm0
   6e9: e800000000                     callq 0x0
        # hole +0x6ea: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   6ee: b928000000                     movl $0x28, %ecx
   6f3: 48894c2408                     movq %rcx, 0x8(%rsp)
   6f8: 41b914000000                   movl $0x14, %r9d
   6fe: 41be02000000                   movl $0x2, %r14d
   704: b902000000                     movl $0x2, %ecx
   709: 48c744241000000000             movq $0x0, 0x10(%rsp)
   712: 4c89eb                         movq %r13, %rbx
   715: e9befeffff                     jmp -0x142
   71a: 488b7c2420                     movq 0x20(%rsp), %rdi
   71f: f20f10442408                   movsd 0x8(%rsp), %xmm0
   725: e800000000                     callq 0x0
        # hole +0x726: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   72a: b940000000                     movl $0x40, %ecx
   72f: 48894c2408                     movq %rcx, 0x8(%rsp)
   734: 41b001                         movb $0x1, %r8b
   737: 41b950000000                   movl $0x50, %r9d
   73d: 41be08000000                   movl $0x8, %r14d
   743: 4883f808                       cmpq $0x8, %rax
   747: 7207                           jb 0x7
   749: 48c70002000000                 movq $0x2, (%rax)
   750: 48895c2418                     movq %rbx, 0x18(%rsp)
   755: 40b701                         movb $0x1, %dil
   758: eb4a                           jmp 0x4a
   75a: 488b7c2420                     movq 0x20(%rsp), %rdi
   75f: f20f10442408                   movsd 0x8(%rsp), %xmm0
   765: e800000000                     callq 0x0
        # hole +0x766: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   76a: b948000000                     movl $0x48, %ecx
   76f: 48894c2408                     movq %rcx, 0x8(%rsp)
   774: 41b001                         movb $0x1, %r8b
   777: 41b96e000000                   movl $0x6e, %r9d
   77d: 41be0b000000                   movl $0xb, %r14d
   783: 4883f808                       cmpq $0x8, %rax
   787: 7207                           jb 0x7
   789: 48c70002000000                 movq $0x2, (%rax)
   790: 31ff                           xorl %edi, %edi
   792: 4c896c2410                     movq %r13, 0x10(%rsp)
   797: 488b4c2428                     movq 0x28(%rsp), %rcx
   79c: 48894c2418                     movq %rcx, 0x18(%rsp)
   7a1: 4989dd                         movq %rbx, %r13
   7a4: b901000000                     movl $0x1, %ecx
   7a9: e92ffeffff                     jmp -0x1d1
   7ae: 488b7c2420                     movq 0x20(%rsp), %rdi
   7b3: e9eefdffff                     jmp -0x212
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
