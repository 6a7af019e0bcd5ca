# stencil startup_mixed for x86_64-unknown-linux-gnu: 3611 code bytes, 0 data bytes, 42 holes
     0: 4c89f3                         movq %r14, %rbx
     3: 498b442418                     movq 0x18(%r12), %rax
     8: 488b38                         movq (%rax), %rdi
     b: 40f6c701                       testb $0x1, %dil
     f: 7503                           jne 0x3
    11: 48ff07                         incq (%rdi)
    14: 55                             pushq %rbp
    15: 4883ec20                       subq $0x20, %rsp
    19: 4d8d7d08                       leaq 0x8(%r13), %r15
    1d: 49897d00                       movq %rdi, (%r13)
    21: 41b90a000000                   movl $0xa, %r9d
    27: 41be01000000                   movl $0x1, %r14d
    2d: bd01000000                     movl $0x1, %ebp
    32: 40f6c701                       testb $0x1, %dil
    36: 0f85bf030000                   jne 0x3bf
    3c: 837f0807                       cmpl $0x7, 0x8(%rdi)
    40: 0f85b5030000                   jne 0x3b5
    46: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x48: R_X86_64_64 Abs64 operand0[1]+0
    50: 488b4f30                       movq 0x30(%rdi), %rcx
    54: 48394130                       cmpq %rax, 0x30(%rcx)
    58: 0f859d030000                   jne 0x39d
    5e: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    63: 0f8269070000                   jb 0x769
    69: 488b4748                       movq 0x48(%rdi), %rax
    6d: a801                           testb $0x1, %al
    6f: 7503                           jne 0x3
    71: 48ff00                         incq (%rax)
    74: 49894500                       movq %rax, (%r13)
    78: 48ff0f                         decq (%rdi)
    7b: 7505                           jne 0x5
    7d: e800000000                     callq 0x0
        # hole +0x7e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    82: 498b4d00                       movq (%r13), %rcx
    86: 498b442418                     movq 0x18(%r12), %rax
    8b: 488b7808                       movq 0x8(%rax), %rdi
    8f: 48894808                       movq %rcx, 0x8(%rax)
    93: 40f6c701                       testb $0x1, %dil
    97: 750f                           jne 0xf
    99: 48ff0f                         decq (%rdi)
    9c: 750a                           jne 0xa
    9e: e800000000                     callq 0x0
        # hole +0x9f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    a3: 498b442418                     movq 0x18(%r12), %rax
    a8: 488b6820                       movq 0x20(%rax), %rbp
    ac: 40f6c501                       testb $0x1, %bpl
    b0: 7504                           jne 0x4
    b2: 48ff4500                       incq (%rbp)
    b6: 49896d00                       movq %rbp, (%r13)
    ba: 488b4010                       movq 0x10(%rax), %rax
    be: a801                           testb $0x1, %al
    c0: 7507                           jne 0x7
    c2: 48ff00                         incq (%rax)
    c5: 498b6d00                       movq (%r13), %rbp
    c9: 498d4d10                       leaq 0x10(%r13), %rcx
    cd: 49894508                       movq %rax, 0x8(%r13)
    d1: 41b93c000000                   movl $0x3c, %r9d
    d7: 41be06000000                   movl $0x6, %r14d
    dd: 40f6c501                       testb $0x1, %bpl
    e1: 0f8586000000                   jne 0x86
    e7: 48894c2410                     movq %rcx, 0x10(%rsp)
    ec: 837d0808                       cmpl $0x8, 0x8(%rbp)
    f0: 0f85fb020000                   jne 0x2fb
    f6: ba01000000                     movl $0x1, %edx
    fb: 48895c2408                     movq %rbx, 0x8(%rsp)
   100: 4889df                         movq %rbx, %rdi
   103: 4c89fe                         movq %r15, %rsi
   106: ff5538                         callq *0x38(%rbp)
   109: 4889c3                         movq %rax, %rbx
   10c: 498b3f                         movq (%r15), %rdi
   10f: 40f6c701                       testb $0x1, %dil
   113: 750a                           jne 0xa
   115: 48ff0f                         decq (%rdi)
   118: 7505                           jne 0x5
   11a: e800000000                     callq 0x0
        # hole +0x11b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   11f: 48ff4d00                       decq (%rbp)
   123: 7508                           jne 0x8
   125: 4889ef                         movq %rbp, %rdi
   128: e800000000                     callq 0x0
        # hole +0x129: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   12d: 4885db                         testq %rbx, %rbx
   130: 0f84db060000                   je 0x6db
   136: 49895d00                       movq %rbx, (%r13)
   13a: 498b442418                     movq 0x18(%r12), %rax
   13f: 488b7818                       movq 0x18(%rax), %rdi
   143: 48895818                       movq %rbx, 0x18(%rax)
   147: 40f6c701                       testb $0x1, %dil
   14b: 7545                           jne 0x45
   14d: 48ff0f                         decq (%rdi)
   150: 488b5c2408                     movq 0x8(%rsp), %rbx
   155: 751e                           jne 0x1e
   157: e800000000                     callq 0x0
        # hole +0x158: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   15c: 498b442418                     movq 0x18(%r12), %rax
   161: 488b7828                       movq 0x28(%rax), %rdi
   165: 40f6c701                       testb $0x1, %dil
   169: 7536                           jne 0x36
   16b: eb12                           jmp 0x12
   16d: 4989cf                         movq %rcx, %r15
   170: e981020000                     jmp 0x281
   175: 488b7828                       movq 0x28(%rax), %rdi
   179: 40f6c701                       testb $0x1, %dil
   17d: 7522                           jne 0x22
   17f: 48ff07                         incq (%rdi)
   182: 49897d00                       movq %rdi, (%r13)
   186: 488b6830                       movq 0x30(%rax), %rbp
   18a: 40f6c501                       testb $0x1, %bpl
   18e: 741f                           je 0x1f
   190: eb25                           jmp 0x25
   192: 488b5c2408                     movq 0x8(%rsp), %rbx
   197: 488b7828                       movq 0x28(%rax), %rdi
   19b: 40f6c701                       testb $0x1, %dil
   19f: 74de                           je -0x22
   1a1: 49897d00                       movq %rdi, (%r13)
   1a5: 488b6830                       movq 0x30(%rax), %rbp
   1a9: 40f6c501                       testb $0x1, %bpl
   1ad: 7508                           jne 0x8
   1af: 48ff4500                       incq (%rbp)
   1b3: 498b7d00                       movq (%r13), %rdi
   1b7: 49892f                         movq %rbp, (%r15)
   1ba: 41b964000000                   movl $0x64, %r9d
   1c0: 41be0a000000                   movl $0xa, %r14d
   1c6: 40f6c701                       testb $0x1, %dil
   1ca: 0f8521020000                   jne 0x221
   1d0: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1d4: 0f8517020000                   jne 0x217
   1da: 40f6c501                       testb $0x1, %bpl
   1de: 0f850d020000                   jne 0x20d
   1e4: 837d0802                       cmpl $0x2, 0x8(%rbp)
   1e8: 0f8503020000                   jne 0x203
   1ee: f20f104730                     movsd 0x30(%rdi), %xmm0
   1f3: f20f594530                     mulsd 0x30(%rbp), %xmm0
   1f8: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   1fe: 48ff0f                         decq (%rdi)
   201: 7505                           jne 0x5
   203: e800000000                     callq 0x0
        # hole +0x204: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   208: 48ff4d00                       decq (%rbp)
   20c: 7508                           jne 0x8
   20e: 4889ef                         movq %rbp, %rdi
   211: e800000000                     callq 0x0
        # hole +0x212: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   216: 4889df                         movq %rbx, %rdi
   219: f20f10442418                   movsd 0x18(%rsp), %xmm0
   21f: e800000000                     callq 0x0
        # hole +0x220: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   224: 4885c0                         testq %rax, %rax
   227: 0f841a070000                   je 0x71a
   22d: 49894500                       movq %rax, (%r13)
   231: 498b4c2418                     movq 0x18(%r12), %rcx
   236: 488b7938                       movq 0x38(%rcx), %rdi
   23a: 48894138                       movq %rax, 0x38(%rcx)
   23e: 40f6c701                       testb $0x1, %dil
   242: bd01000000                     movl $0x1, %ebp
   247: 750f                           jne 0xf
   249: 48ff0f                         decq (%rdi)
   24c: 750a                           jne 0xa
   24e: e800000000                     callq 0x0
        # hole +0x24f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   253: 498b4c2418                     movq 0x18(%r12), %rcx
   258: 488b4140                       movq 0x40(%rcx), %rax
   25c: a801                           testb $0x1, %al
   25e: 7503                           jne 0x3
   260: 48ff00                         incq (%rax)
   263: 49894500                       movq %rax, (%r13)
   267: 488b5148                       movq 0x48(%rcx), %rdx
   26b: f6c201                         testb $0x1, %dl
   26e: 488b7c2410                     movq 0x10(%rsp), %rdi
   273: 7507                           jne 0x7
   275: 48ff02                         incq (%rdx)
   278: 498b4500                       movq (%r13), %rax
   27c: 89c6                           movl %eax, %esi
   27e: 83e601                         andl $0x1, %esi
   281: 498917                         movq %rdx, (%r15)
   284: 4885f6                         testq %rsi, %rsi
   287: 0f94c3                         sete %bl
   28a: f6c201                         testb $0x1, %dl
   28d: 400f94c6                       sete %sil
   291: 4008de                         orb %bl, %sil
   294: 7419                           je 0x19
   296: 41b996000000                   movl $0x96, %r9d
   29c: 41be0f000000                   movl $0xf, %r14d
   2a2: 4989ff                         movq %rdi, %r15
   2a5: 488b5c2408                     movq 0x8(%rsp), %rbx
   2aa: e94c010000                     jmp 0x14c
   2af: 48d1f8                         sarq %rax
   2b2: 48d1fa                         sarq %rdx
   2b5: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x2b7: R_X86_64_64 Abs64 symbol:tf_True+0
   2bf: 48bf0000000000000000           movabsq $0x0, %rdi
        # hole +0x2c1: R_X86_64_64 Abs64 symbol:tf_False+0
   2c9: 4839d0                         cmpq %rdx, %rax
   2cc: 480f4cfe                       cmovlq %rsi, %rdi
   2d0: 49897d00                       movq %rdi, (%r13)
   2d4: 488b5c2408                     movq 0x8(%rsp), %rbx
   2d9: 0f8d81060000                   jge 0x681
   2df: 488b7950                       movq 0x50(%rcx), %rdi
   2e3: 40f6c701                       testb $0x1, %dil
   2e7: 7503                           jne 0x3
   2e9: 48ff07                         incq (%rdi)
   2ec: 49897d00                       movq %rdi, (%r13)
   2f0: 488b6958                       movq 0x58(%rcx), %rbp
   2f4: 40f6c501                       testb $0x1, %bpl
   2f8: 7508                           jne 0x8
   2fa: 48ff4500                       incq (%rbp)
   2fe: 498b7d00                       movq (%r13), %rdi
   302: 49892f                         movq %rbp, (%r15)
   305: 41b9c8000000                   movl $0xc8, %r9d
   30b: 41be14000000                   movl $0x14, %r14d
   311: 40f6c701                       testb $0x1, %dil
   315: 0f85d6000000                   jne 0xd6
   31b: 837f0802                       cmpl $0x2, 0x8(%rdi)
   31f: 0f85cc000000                   jne 0xcc
   325: 40f6c501                       testb $0x1, %bpl
   329: 0f85c2000000                   jne 0xc2
   32f: 837d0802                       cmpl $0x2, 0x8(%rbp)
   333: 0f85b8000000                   jne 0xb8
   339: f20f104730                     movsd 0x30(%rdi), %xmm0
   33e: f20f594530                     mulsd 0x30(%rbp), %xmm0
   343: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   349: 48ff0f                         decq (%rdi)
   34c: 7505                           jne 0x5
   34e: e800000000                     callq 0x0
        # hole +0x34f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   353: 48ff4d00                       decq (%rbp)
   357: 7508                           jne 0x8
   359: 4889ef                         movq %rbp, %rdi
   35c: e800000000                     callq 0x0
        # hole +0x35d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   361: 4889df                         movq %rbx, %rdi
   364: f20f10442418                   movsd 0x18(%rsp), %xmm0
   36a: e800000000                     callq 0x0
        # hole +0x36b: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   36f: 4885c0                         testq %rax, %rax
   372: 0f8443080000                   je 0x843
   378: 49894500                       movq %rax, (%r13)
   37c: 498b4c2418                     movq 0x18(%r12), %rcx
   381: 488b7960                       movq 0x60(%rcx), %rdi
   385: 48894160                       movq %rax, 0x60(%rcx)
   389: 40f6c701                       testb $0x1, %dil
   38d: bd01000000                     movl $0x1, %ebp
   392: 750f                           jne 0xf
   394: 48ff0f                         decq (%rdi)
   397: 750a                           jne 0xa
   399: e800000000                     callq 0x0
        # hole +0x39a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   39e: 498b4c2418                     movq 0x18(%r12), %rcx
   3a3: 488b5168                       movq 0x68(%rcx), %rdx
   3a7: f6c201                         testb $0x1, %dl
   3aa: 7503                           jne 0x3
   3ac: 48ff02                         incq (%rdx)
   3af: 49895500                       movq %rdx, (%r13)
   3b3: 488b4170                       movq 0x70(%rcx), %rax
   3b7: a801                           testb $0x1, %al
   3b9: 488b7c2410                     movq 0x10(%rsp), %rdi
   3be: 7507                           jne 0x7
   3c0: 48ff00                         incq (%rax)
   3c3: 498b5500                       movq (%r13), %rdx
   3c7: 89d6                           movl %edx, %esi
   3c9: 83e601                         andl $0x1, %esi
   3cc: 498907                         movq %rax, (%r15)
   3cf: 4885f6                         testq %rsi, %rsi
   3d2: 0f94c3                         sete %bl
   3d5: a801                           testb $0x1, %al
   3d7: 400f94c6                       sete %sil
   3db: 4008de                         orb %bl, %sil
   3de: 743d                           je 0x3d
   3e0: 41b9fa000000                   movl $0xfa, %r9d
   3e6: 41be19000000                   movl $0x19, %r14d
   3ec: e9b1feffff                     jmp -0x14f
   3f1: 4c8b7c2410                     movq 0x10(%rsp), %r15
   3f6: bd01000000                     movl $0x1, %ebp
   3fb: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3fd: R_X86_64_64 Abs64 index+0
   405: 4d01f0                         addq %r14, %r8
   408: 4c89e7                         movq %r12, %rdi
   40b: 4c89fe                         movq %r15, %rsi
   40e: 4889da                         movq %rbx, %rdx
   411: 89e9                           movl %ebp, %ecx
   413: 4883c420                       addq $0x20, %rsp
   417: 5d                             popq %rbp
   418: e900000000                     jmp 0x0
        # hole +0x419: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   41d: 48d1fa                         sarq %rdx
   420: 48d1f8                         sarq %rax
   423: 480fafc2                       imulq %rdx, %rax
   427: 41b904010000                   movl $0x104, %r9d
   42d: 41be1a000000                   movl $0x1a, %r14d
   433: 0f8069feffff                   jo -0x197
   439: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   443: 488d1418                       leaq (%rax,%rbx), %rdx
   447: 4885d2                         testq %rdx, %rdx
   44a: 0f8991070000                   jns 0x791
   450: 488d044501000000               leaq 0x1(,%rax,2), %rax
   458: 49894500                       movq %rax, (%r13)
   45c: 488b7978                       movq 0x78(%rcx), %rdi
   460: 48894178                       movq %rax, 0x78(%rcx)
   464: 40f6c701                       testb $0x1, %dil
   468: 750f                           jne 0xf
   46a: 48ff0f                         decq (%rdi)
   46d: 750a                           jne 0xa
   46f: e800000000                     callq 0x0
        # hole +0x470: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   474: 498b4c2418                     movq 0x18(%r12), %rcx
   479: 488b9180000000                 movq 0x80(%rcx), %rdx
   480: f6c201                         testb $0x1, %dl
   483: 7503                           jne 0x3
   485: 48ff02                         incq (%rdx)
   488: 49895500                       movq %rdx, (%r13)
   48c: 488b8188000000                 movq 0x88(%rcx), %rax
   493: a801                           testb $0x1, %al
   495: 7507                           jne 0x7
   497: 48ff00                         incq (%rax)
   49a: 498b5500                       movq (%r13), %rdx
   49e: 89d6                           movl %edx, %esi
   4a0: 83e601                         andl $0x1, %esi
   4a3: 498907                         movq %rax, (%r15)
   4a6: 4885f6                         testq %rsi, %rsi
   4a9: 400f94c6                       sete %sil
   4ad: a801                           testb $0x1, %al
   4af: 400f94c7                       sete %dil
   4b3: 4008f7                         orb %sil, %dil
   4b6: 7416                           je 0x16
   4b8: 41b92c010000                   movl $0x12c, %r9d
   4be: 41be1e000000                   movl $0x1e, %r14d
   4c4: 4c8b7c2410                     movq 0x10(%rsp), %r15
   4c9: e9d7fdffff                     jmp -0x229
   4ce: 48d1fa                         sarq %rdx
   4d1: 48d1f8                         sarq %rax
   4d4: 480fafc2                       imulq %rdx, %rax
   4d8: 41b936010000                   movl $0x136, %r9d
   4de: 41be1f000000                   movl $0x1f, %r14d
   4e4: 0f80f7060000                   jo 0x6f7
   4ea: 488d1418                       leaq (%rax,%rbx), %rdx
   4ee: 4885d2                         testq %rdx, %rdx
   4f1: 0f89ea060000                   jns 0x6ea
   4f7: 488d044501000000               leaq 0x1(,%rax,2), %rax
   4ff: 49894500                       movq %rax, (%r13)
   503: 488bb990000000                 movq 0x90(%rcx), %rdi
   50a: 48898190000000                 movq %rax, 0x90(%rcx)
   511: 40f6c701                       testb $0x1, %dil
   515: 750f                           jne 0xf
   517: 48ff0f                         decq (%rdi)
   51a: 750a                           jne 0xa
   51c: e800000000                     callq 0x0
        # hole +0x51d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   521: 498b4c2418                     movq 0x18(%r12), %rcx
   526: 488b9198000000                 movq 0x98(%rcx), %rdx
   52d: f6c201                         testb $0x1, %dl
   530: 7503                           jne 0x3
   532: 48ff02                         incq (%rdx)
   535: 49895500                       movq %rdx, (%r13)
   539: 488b81a0000000                 movq 0xa0(%rcx), %rax
   540: a801                           testb $0x1, %al
   542: 7507                           jne 0x7
   544: 48ff00                         incq (%rax)
   547: 498b5500                       movq (%r13), %rdx
   54b: 89d6                           movl %edx, %esi
   54d: 83e601                         andl $0x1, %esi
   550: 498907                         movq %rax, (%r15)
   553: 4885f6                         testq %rsi, %rsi
   556: 400f94c6                       sete %sil
   55a: a801                           testb $0x1, %al
   55c: 400f94c7                       sete %dil
   560: 4008f7                         orb %sil, %dil
   563: 7416                           je 0x16
   565: 41b95e010000                   movl $0x15e, %r9d
   56b: 41be23000000                   movl $0x23, %r14d
   571: 4c8b7c2410                     movq 0x10(%rsp), %r15
   576: e92afdffff                     jmp -0x2d6
   57b: 48d1fa                         sarq %rdx
   57e: 48d1f8                         sarq %rax
   581: 480fafc2                       imulq %rdx, %rax
   585: 41b968010000                   movl $0x168, %r9d
   58b: 41be24000000                   movl $0x24, %r14d
   591: 0f804a060000                   jo 0x64a
   597: 488d1418                       leaq (%rax,%rbx), %rdx
   59b: 4885d2                         testq %rdx, %rdx
   59e: 0f893d060000                   jns 0x63d
   5a4: 488d044501000000               leaq 0x1(,%rax,2), %rax
   5ac: 49894500                       movq %rax, (%r13)
   5b0: 488bb9a8000000                 movq 0xa8(%rcx), %rdi
   5b7: 488981a8000000                 movq %rax, 0xa8(%rcx)
   5be: 40f6c701                       testb $0x1, %dil
   5c2: 750f                           jne 0xf
   5c4: 48ff0f                         decq (%rdi)
   5c7: 750a                           jne 0xa
   5c9: e800000000                     callq 0x0
        # hole +0x5ca: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5ce: 498b4c2418                     movq 0x18(%r12), %rcx
   5d3: 49c745003d000000               movq $0x3d, (%r13)
   5db: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   5e2: 48c781b00000003d000000         movq $0x3d, 0xb0(%rcx)
   5ed: 40f6c701                       testb $0x1, %dil
   5f1: 750f                           jne 0xf
   5f3: 48ff0f                         decq (%rdi)
   5f6: 750a                           jne 0xa
   5f8: e800000000                     callq 0x0
        # hole +0x5f9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5fd: 498b4c2418                     movq 0x18(%r12), %rcx
   602: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   609: 40f6c701                       testb $0x1, %dil
   60d: 0f85aa010000                   jne 0x1aa
   613: 48ff07                         incq (%rdi)
   616: 49897d00                       movq %rdi, (%r13)
   61a: 41b99a010000                   movl $0x19a, %r9d
   620: 41be29000000                   movl $0x29, %r14d
   626: 837f0807                       cmpl $0x7, 0x8(%rdi)
   62a: 0f8575fcffff                   jne -0x38b
   630: 488b4730                       movq 0x30(%rdi), %rax
   634: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   63c: 0f8563fcffff                   jne -0x39d
   642: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   647: 0f82d5060000                   jb 0x6d5
   64d: 488b4748                       movq 0x48(%rdi), %rax
   651: a801                           testb $0x1, %al
   653: 7503                           jne 0x3
   655: 48ff00                         incq (%rax)
   658: 49894500                       movq %rax, (%r13)
   65c: 48ff0f                         decq (%rdi)
   65f: 750a                           jne 0xa
   661: e800000000                     callq 0x0
        # hole +0x662: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   666: 498b4c2418                     movq 0x18(%r12), %rcx
   66b: 498b4500                       movq (%r13), %rax
   66f: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   676: 488981c0000000                 movq %rax, 0xc0(%rcx)
   67d: 40f6c701                       testb $0x1, %dil
   681: 750f                           jne 0xf
   683: 48ff0f                         decq (%rdi)
   686: 750a                           jne 0xa
   688: e800000000                     callq 0x0
        # hole +0x689: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   68d: 498b4c2418                     movq 0x18(%r12), %rcx
   692: 488b81e0000000                 movq 0xe0(%rcx), %rax
   699: a801                           testb $0x1, %al
   69b: 0f8542010000                   jne 0x142
   6a1: 48ff00                         incq (%rax)
   6a4: 49894500                       movq %rax, (%r13)
   6a8: 488b81c8000000                 movq 0xc8(%rcx), %rax
   6af: a801                           testb $0x1, %al
   6b1: 0f843f010000                   je 0x13f
   6b7: 498907                         movq %rax, (%r15)
   6ba: 488b89d0000000                 movq 0xd0(%rcx), %rcx
   6c1: f6c101                         testb $0x1, %cl
   6c4: 7503                           jne 0x3
   6c6: 48ff01                         incq (%rcx)
   6c9: 498d4518                       leaq 0x18(%r13), %rax
   6cd: 49894d10                       movq %rcx, 0x10(%r13)
   6d1: 498b6d00                       movq (%r13), %rbp
   6d5: 41b9d6010000                   movl $0x1d6, %r9d
   6db: 41be2f000000                   movl $0x2f, %r14d
   6e1: 40f6c501                       testb $0x1, %bpl
   6e5: 0f8539010000                   jne 0x139
   6eb: 837d0808                       cmpl $0x8, 0x8(%rbp)
   6ef: 0f852f010000                   jne 0x12f
   6f5: ba02000000                     movl $0x2, %edx
   6fa: 488b7c2408                     movq 0x8(%rsp), %rdi
   6ff: 4c89fe                         movq %r15, %rsi
   702: ff5538                         callq *0x38(%rbp)
   705: 4889442418                     movq %rax, 0x18(%rsp)
   70a: 498b3f                         movq (%r15), %rdi
   70d: 40f6c701                       testb $0x1, %dil
   711: 750a                           jne 0xa
   713: 48ff0f                         decq (%rdi)
   716: 7505                           jne 0x5
   718: e800000000                     callq 0x0
        # hole +0x719: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   71d: 498b7d10                       movq 0x10(%r13), %rdi
   721: 40f6c701                       testb $0x1, %dil
   725: 750a                           jne 0xa
   727: 48ff0f                         decq (%rdi)
   72a: 7505                           jne 0x5
   72c: e800000000                     callq 0x0
        # hole +0x72d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   731: 48ff4d00                       decq (%rbp)
   735: 7508                           jne 0x8
   737: 4889ef                         movq %rbp, %rdi
   73a: e800000000                     callq 0x0
        # hole +0x73b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   73f: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   745: 0f843d060000                   je 0x63d
   74b: 488b4c2418                     movq 0x18(%rsp), %rcx
   750: 49894d00                       movq %rcx, (%r13)
   754: 498b442418                     movq 0x18(%r12), %rax
   759: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   760: 488988d8000000                 movq %rcx, 0xd8(%rax)
   767: 40f6c701                       testb $0x1, %dil
   76b: 750f                           jne 0xf
   76d: 48ff0f                         decq (%rdi)
   770: 750a                           jne 0xa
   772: e800000000                     callq 0x0
        # hole +0x773: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   777: 498b442418                     movq 0x18(%r12), %rax
   77c: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   783: 40f6c701                       testb $0x1, %dil
   787: 0f859f000000                   jne 0x9f
   78d: 48ff07                         incq (%rdi)
   790: 49897d00                       movq %rdi, (%r13)
   794: 488ba8f0000000                 movq 0xf0(%rax), %rbp
   79b: 40f6c501                       testb $0x1, %bpl
   79f: 0f849c000000                   je 0x9c
   7a5: 49892f                         movq %rbp, (%r15)
   7a8: 41be33000000                   movl $0x33, %r14d
   7ae: 40f6c701                       testb $0x1, %dil
   7b2: 0f84a4000000                   je 0xa4
   7b8: e97a010000                     jmp 0x17a
   7bd: 49897d00                       movq %rdi, (%r13)
   7c1: 41b99a010000                   movl $0x19a, %r9d
   7c7: 41be29000000                   movl $0x29, %r14d
   7cd: e9d3faffff                     jmp -0x52d
   7d2: 41b914000000                   movl $0x14, %r9d
   7d8: 41be02000000                   movl $0x2, %r14d
   7de: e918fcffff                     jmp -0x3e8
   7e3: 49894500                       movq %rax, (%r13)
   7e7: 488b81c8000000                 movq 0xc8(%rcx), %rax
   7ee: a801                           testb $0x1, %al
   7f0: 0f85c1feffff                   jne -0x13f
   7f6: 48ff00                         incq (%rax)
   7f9: 498907                         movq %rax, (%r15)
   7fc: 488b89d0000000                 movq 0xd0(%rcx), %rcx
   803: f6c101                         testb $0x1, %cl
   806: 0f84bafeffff                   je -0x146
   80c: e9b8feffff                     jmp -0x148
   811: 4d89ef                         movq %r13, %r15
   814: bd03000000                     movl $0x3, %ebp
   819: 41b93c000000                   movl $0x3c, %r9d
   81f: e981faffff                     jmp -0x57f
   824: 4989c7                         movq %rax, %r15
   827: e9ed010000                     jmp 0x1ed
   82c: 49897d00                       movq %rdi, (%r13)
   830: 488ba8f0000000                 movq 0xf0(%rax), %rbp
   837: 40f6c501                       testb $0x1, %bpl
   83b: 0f8564ffffff                   jne -0x9c
   841: 48ff4500                       incq (%rbp)
   845: 498b7d00                       movq (%r13), %rdi
   849: 49892f                         movq %rbp, (%r15)
   84c: 41be33000000                   movl $0x33, %r14d
   852: 40f6c701                       testb $0x1, %dil
   856: 0f85db000000                   jne 0xdb
   85c: 837f0802                       cmpl $0x2, 0x8(%rdi)
   860: 0f85d1000000                   jne 0xd1
   866: 40f6c501                       testb $0x1, %bpl
   86a: 0f85c7000000                   jne 0xc7
   870: 837d0802                       cmpl $0x2, 0x8(%rbp)
   874: 0f85bd000000                   jne 0xbd
   87a: f20f104730                     movsd 0x30(%rdi), %xmm0
   87f: f20f594530                     mulsd 0x30(%rbp), %xmm0
   884: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   88a: 48ff0f                         decq (%rdi)
   88d: 7505                           jne 0x5
   88f: e800000000                     callq 0x0
        # hole +0x890: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   894: 48ff4d00                       decq (%rbp)
   898: 7508                           jne 0x8
   89a: 4889ef                         movq %rbp, %rdi
   89d: e800000000                     callq 0x0
        # hole +0x89e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8a2: 488b7c2408                     movq 0x8(%rsp), %rdi
   8a7: f20f10442418                   movsd 0x18(%rsp), %xmm0
   8ad: e800000000                     callq 0x0
        # hole +0x8ae: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   8b2: 4885c0                         testq %rax, %rax
   8b5: 0f84e0040000                   je 0x4e0
   8bb: 49894500                       movq %rax, (%r13)
   8bf: 498b4c2418                     movq 0x18(%r12), %rcx
   8c4: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   8cb: 488981f8000000                 movq %rax, 0xf8(%rcx)
   8d2: 40f6c701                       testb $0x1, %dil
   8d6: 750f                           jne 0xf
   8d8: 48ff0f                         decq (%rdi)
   8db: 750a                           jne 0xa
   8dd: e800000000                     callq 0x0
        # hole +0x8de: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8e2: 498b4c2418                     movq 0x18(%r12), %rcx
   8e7: 488b9100010000                 movq 0x100(%rcx), %rdx
   8ee: f6c201                         testb $0x1, %dl
   8f1: 7503                           jne 0x3
   8f3: 48ff02                         incq (%rdx)
   8f6: 49895500                       movq %rdx, (%r13)
   8fa: 488b8108010000                 movq 0x108(%rcx), %rax
   901: a801                           testb $0x1, %al
   903: 7507                           jne 0x7
   905: 48ff00                         incq (%rax)
   908: 498b5500                       movq (%r13), %rdx
   90c: 89d6                           movl %edx, %esi
   90e: 83e601                         andl $0x1, %esi
   911: 498907                         movq %rax, (%r15)
   914: 4885f6                         testq %rsi, %rsi
   917: 400f94c6                       sete %sil
   91b: a801                           testb $0x1, %al
   91d: 400f94c7                       sete %dil
   921: 4008f7                         orb %sil, %dil
   924: 7450                           je 0x50
   926: 41b930020000                   movl $0x230, %r9d
   92c: 41be38000000                   movl $0x38, %r14d
   932: e9dd000000                     jmp 0xdd
   937: 4c8b7c2410                     movq 0x10(%rsp), %r15
   93c: 41b9fe010000                   movl $0x1fe, %r9d
   942: e9d2000000                     jmp 0xd2
   947: 41b96e000000                   movl $0x6e, %r9d
   94d: 41be0b000000                   movl $0xb, %r14d
   953: 4d89ef                         movq %r13, %r15
   956: bd03000000                     movl $0x3, %ebp
   95b: e99bfaffff                     jmp -0x565
   960: 41b9aa000000                   movl $0xaa, %r9d
   966: 41be11000000                   movl $0x11, %r14d
   96c: bd02000000                     movl $0x2, %ebp
   971: e985faffff                     jmp -0x57b
   976: 48d1fa                         sarq %rdx
   979: 48d1f8                         sarq %rax
   97c: 480fafc2                       imulq %rdx, %rax
   980: 41be39000000                   movl $0x39, %r14d
   986: 0f8028040000                   jo 0x428
   98c: 488d1418                       leaq (%rax,%rbx), %rdx
   990: 4885d2                         testq %rdx, %rdx
   993: 0f891b040000                   jns 0x41b
   999: 488d044501000000               leaq 0x1(,%rax,2), %rax
   9a1: 49894500                       movq %rax, (%r13)
   9a5: 488bb910010000                 movq 0x110(%rcx), %rdi
   9ac: 48898110010000                 movq %rax, 0x110(%rcx)
   9b3: 40f6c701                       testb $0x1, %dil
   9b7: 750f                           jne 0xf
   9b9: 48ff0f                         decq (%rdi)
   9bc: 750a                           jne 0xa
   9be: e800000000                     callq 0x0
        # hole +0x9bf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   9c3: 498b4c2418                     movq 0x18(%r12), %rcx
   9c8: 488b8118010000                 movq 0x118(%rcx), %rax
   9cf: a801                           testb $0x1, %al
   9d1: 7503                           jne 0x3
   9d3: 48ff00                         incq (%rax)
   9d6: 49894500                       movq %rax, (%r13)
   9da: 488b9120010000                 movq 0x120(%rcx), %rdx
   9e1: f6c201                         testb $0x1, %dl
   9e4: 7507                           jne 0x7
   9e6: 48ff02                         incq (%rdx)
   9e9: 498b4500                       movq (%r13), %rax
   9ed: 89c6                           movl %eax, %esi
   9ef: 83e601                         andl $0x1, %esi
   9f2: 498917                         movq %rdx, (%r15)
   9f5: 4885f6                         testq %rsi, %rsi
   9f8: 400f94c6                       sete %sil
   9fc: f6c201                         testb $0x1, %dl
   9ff: 400f94c7                       sete %dil
   a03: 4008f7                         orb %sil, %dil
   a06: 741b                           je 0x1b
   a08: 41b962020000                   movl $0x262, %r9d
   a0e: 41be3d000000                   movl $0x3d, %r14d
   a14: 4c8b7c2410                     movq 0x10(%rsp), %r15
   a19: 488b5c2408                     movq 0x8(%rsp), %rbx
   a1e: e9d3f9ffff                     jmp -0x62d
   a23: 48d1f8                         sarq %rax
   a26: 48d1fa                         sarq %rdx
   a29: 4801c2                         addq %rax, %rdx
   a2c: 4889d0                         movq %rdx, %rax
   a2f: 4801d8                         addq %rbx, %rax
   a32: 0f898c030000                   jns 0x38c
   a38: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   a40: 49894500                       movq %rax, (%r13)
   a44: 488bb928010000                 movq 0x128(%rcx), %rdi
   a4b: 48898128010000                 movq %rax, 0x128(%rcx)
   a52: 40f6c701                       testb $0x1, %dil
   a56: 750f                           jne 0xf
   a58: 48ff0f                         decq (%rdi)
   a5b: 750a                           jne 0xa
   a5d: e800000000                     callq 0x0
        # hole +0xa5e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a62: 498b4c2418                     movq 0x18(%r12), %rcx
   a67: 488bb930010000                 movq 0x130(%rcx), %rdi
   a6e: 40f6c701                       testb $0x1, %dil
   a72: 0f8554010000                   jne 0x154
   a78: 48ff07                         incq (%rdi)
   a7b: 49897d00                       movq %rdi, (%r13)
   a7f: 41be41000000                   movl $0x41, %r14d
   a85: 837f0807                       cmpl $0x7, 0x8(%rdi)
   a89: 0f855c010000                   jne 0x15c
   a8f: 488b4730                       movq 0x30(%rdi), %rax
   a93: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   a9b: 0f854a010000                   jne 0x14a
   aa1: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   aa6: 0f8429030000                   je 0x329
   aac: 488b4740                       movq 0x40(%rdi), %rax
   ab0: a801                           testb $0x1, %al
   ab2: 7503                           jne 0x3
   ab4: 48ff00                         incq (%rax)
   ab7: 49894500                       movq %rax, (%r13)
   abb: 48ff0f                         decq (%rdi)
   abe: 750a                           jne 0xa
   ac0: e800000000                     callq 0x0
        # hole +0xac1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   ac5: 498b4c2418                     movq 0x18(%r12), %rcx
   aca: 498b4500                       movq (%r13), %rax
   ace: 488bb938010000                 movq 0x138(%rcx), %rdi
   ad5: 48898138010000                 movq %rax, 0x138(%rcx)
   adc: 40f6c701                       testb $0x1, %dil
   ae0: 750f                           jne 0xf
   ae2: 48ff0f                         decq (%rdi)
   ae5: 750a                           jne 0xa
   ae7: e800000000                     callq 0x0
        # hole +0xae8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   aec: 498b4c2418                     movq 0x18(%r12), %rcx
   af1: 488bb940010000                 movq 0x140(%rcx), %rdi
   af8: 40f6c701                       testb $0x1, %dil
   afc: 0f85f4000000                   jne 0xf4
   b02: 48ff07                         incq (%rdi)
   b05: 49897d00                       movq %rdi, (%r13)
   b09: 41be45000000                   movl $0x45, %r14d
   b0f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b13: 0f85f2000000                   jne 0xf2
   b19: 488b4730                       movq 0x30(%rdi), %rax
   b1d: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   b25: 0f85e0000000                   jne 0xe0
   b2b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   b30: 0f84b0020000                   je 0x2b0
   b36: 488b4740                       movq 0x40(%rdi), %rax
   b3a: a801                           testb $0x1, %al
   b3c: 7503                           jne 0x3
   b3e: 48ff00                         incq (%rax)
   b41: 49894500                       movq %rax, (%r13)
   b45: 48ff0f                         decq (%rdi)
   b48: 750a                           jne 0xa
   b4a: e800000000                     callq 0x0
        # hole +0xb4b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b4f: 498b4c2418                     movq 0x18(%r12), %rcx
   b54: 498b4500                       movq (%r13), %rax
   b58: 488bb948010000                 movq 0x148(%rcx), %rdi
   b5f: 48898148010000                 movq %rax, 0x148(%rcx)
   b66: 40f6c701                       testb $0x1, %dil
   b6a: 750f                           jne 0xf
   b6c: 48ff0f                         decq (%rdi)
   b6f: 750a                           jne 0xa
   b71: e800000000                     callq 0x0
        # hole +0xb72: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b76: 498b4c2418                     movq 0x18(%r12), %rcx
   b7b: 488ba960010000                 movq 0x160(%rcx), %rbp
   b82: 40f6c501                       testb $0x1, %bpl
   b86: 0f858a000000                   jne 0x8a
   b8c: 48ff4500                       incq (%rbp)
   b90: 49896d00                       movq %rbp, (%r13)
   b94: 488b8150010000                 movq 0x150(%rcx), %rax
   b9b: a801                           testb $0x1, %al
   b9d: 0f8486000000                   je 0x86
   ba3: 498907                         movq %rax, (%r15)
   ba6: 41be4a000000                   movl $0x4a, %r14d
   bac: 40f6c501                       testb $0x1, %bpl
   bb0: 0f848d000000                   je 0x8d
   bb6: e957010000                     jmp 0x157
   bbb: 41b9d2000000                   movl $0xd2, %r9d
   bc1: 41be15000000                   movl $0x15, %r14d
   bc7: e987fdffff                     jmp -0x279
   bcc: 49897d00                       movq %rdi, (%r13)
   bd0: 41b98a020000                   movl $0x28a, %r9d
   bd6: 41be41000000                   movl $0x41, %r14d
   bdc: e938feffff                     jmp -0x1c8
   be1: 4c8b7c2410                     movq 0x10(%rsp), %r15
   be6: e9baf6ffff                     jmp -0x946
   beb: 41b98a020000                   movl $0x28a, %r9d
   bf1: e923feffff                     jmp -0x1dd
   bf6: 49897d00                       movq %rdi, (%r13)
   bfa: 41b9b2020000                   movl $0x2b2, %r9d
   c00: 41be45000000                   movl $0x45, %r14d
   c06: e90efeffff                     jmp -0x1f2
   c0b: 41b9b2020000                   movl $0x2b2, %r9d
   c11: e903feffff                     jmp -0x1fd
   c16: 49896d00                       movq %rbp, (%r13)
   c1a: 488b8150010000                 movq 0x150(%rcx), %rax
   c21: a801                           testb $0x1, %al
   c23: 0f857affffff                   jne -0x86
   c29: 48ff00                         incq (%rax)
   c2c: 498b6d00                       movq (%r13), %rbp
   c30: 498907                         movq %rax, (%r15)
   c33: 41be4a000000                   movl $0x4a, %r14d
   c39: 40f6c501                       testb $0x1, %bpl
   c3d: 0f85cf000000                   jne 0xcf
   c43: 837d0808                       cmpl $0x8, 0x8(%rbp)
   c47: 0f85c5000000                   jne 0xc5
   c4d: ba01000000                     movl $0x1, %edx
   c52: 488b7c2408                     movq 0x8(%rsp), %rdi
   c57: 4c89fe                         movq %r15, %rsi
   c5a: ff5538                         callq *0x38(%rbp)
   c5d: 4889442418                     movq %rax, 0x18(%rsp)
   c62: 498b3f                         movq (%r15), %rdi
   c65: 40f6c701                       testb $0x1, %dil
   c69: 750a                           jne 0xa
   c6b: 48ff0f                         decq (%rdi)
   c6e: 7505                           jne 0x5
   c70: e800000000                     callq 0x0
        # hole +0xc71: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   c75: 48ff4d00                       decq (%rbp)
   c79: 7508                           jne 0x8
   c7b: 4889ef                         movq %rbp, %rdi
   c7e: e800000000                     callq 0x0
        # hole +0xc7f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   c83: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   c89: 0f8468010000                   je 0x168
   c8f: 488b4c2418                     movq 0x18(%rsp), %rcx
   c94: 49894d00                       movq %rcx, (%r13)
   c98: 498b442418                     movq 0x18(%r12), %rax
   c9d: 488bb858010000                 movq 0x158(%rax), %rdi
   ca4: 48898858010000                 movq %rcx, 0x158(%rax)
   cab: 40f6c701                       testb $0x1, %dil
   caf: 750f                           jne 0xf
   cb1: 48ff0f                         decq (%rdi)
   cb4: 750a                           jne 0xa
   cb6: e800000000                     callq 0x0
        # hole +0xcb7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   cbb: 498b442418                     movq 0x18(%r12), %rax
   cc0: 488b8868010000                 movq 0x168(%rax), %rcx
   cc7: f6c101                         testb $0x1, %cl
   cca: 7503                           jne 0x3
   ccc: 48ff01                         incq (%rcx)
   ccf: 49894d00                       movq %rcx, (%r13)
   cd3: 488b9070010000                 movq 0x170(%rax), %rdx
   cda: f6c201                         testb $0x1, %dl
   cdd: 7507                           jne 0x7
   cdf: 48ff02                         incq (%rdx)
   ce2: 498b4d00                       movq (%r13), %rcx
   ce6: 89ce                           movl %ecx, %esi
   ce8: 83e601                         andl $0x1, %esi
   ceb: 498917                         movq %rdx, (%r15)
   cee: 4885f6                         testq %rsi, %rsi
   cf1: 400f94c6                       sete %sil
   cf5: f6c201                         testb $0x1, %dl
   cf8: 400f94c7                       sete %dil
   cfc: 4008f7                         orb %sil, %dil
   cff: 7432                           je 0x32
   d01: 41b90c030000                   movl $0x30c, %r9d
   d07: 41be4e000000                   movl $0x4e, %r14d
   d0d: e902fdffff                     jmp -0x2fe
   d12: 4c8b7c2410                     movq 0x10(%rsp), %r15
   d17: 41b9e4020000                   movl $0x2e4, %r9d
   d1d: e9f7fcffff                     jmp -0x309
   d22: 41b9a4010000                   movl $0x1a4, %r9d
   d28: 41be2a000000                   movl $0x2a, %r14d
   d2e: e9e6fcffff                     jmp -0x31a
   d33: 48d1f9                         sarq %rcx
   d36: 48d1fa                         sarq %rdx
   d39: 4801ca                         addq %rcx, %rdx
   d3c: 4801d3                         addq %rdx, %rbx
   d3f: 0f89c5000000                   jns 0xc5
   d45: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   d4d: 49894d00                       movq %rcx, (%r13)
   d51: 488bb878010000                 movq 0x178(%rax), %rdi
   d58: 48898878010000                 movq %rcx, 0x178(%rax)
   d5f: 41be51000000                   movl $0x51, %r14d
   d65: 40f6c701                       testb $0x1, %dil
   d69: 750a                           jne 0xa
   d6b: 48ff0f                         decq (%rdi)
   d6e: 7505                           jne 0x5
   d70: e800000000                     callq 0x0
        # hole +0xd71: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   d75: 4d89ef                         movq %r13, %r15
   d78: bd02000000                     movl $0x2, %ebp
   d7d: 41b92a030000                   movl $0x32a, %r9d
   d83: e91df5ffff                     jmp -0xae3
   d88: 4d89ef                         movq %r13, %r15
   d8b: bd03000000                     movl $0x3, %ebp
   d90: 41b9d6010000                   movl $0x1d6, %r9d
   d96: e90af5ffff                     jmp -0xaf6
   d9b: 41b908020000                   movl $0x208, %r9d
   da1: 41be34000000                   movl $0x34, %r14d
   da7: 4d89ef                         movq %r13, %r15
   daa: bd03000000                     movl $0x3, %ebp
   daf: e9f1f4ffff                     jmp -0xb0f
   db4: 4c8b7c2410                     movq 0x10(%rsp), %r15
   db9: 41b93a020000                   movl $0x23a, %r9d
   dbf: e955fcffff                     jmp -0x3ab
   dc4: 41b96c020000                   movl $0x26c, %r9d
   dca: 41be3e000000                   movl $0x3e, %r14d
   dd0: e93ffcffff                     jmp -0x3c1
   dd5: 41b994020000                   movl $0x294, %r9d
   ddb: 41be42000000                   movl $0x42, %r14d
   de1: e933fcffff                     jmp -0x3cd
   de6: 41b9bc020000                   movl $0x2bc, %r9d
   dec: 41be46000000                   movl $0x46, %r14d
   df2: e922fcffff                     jmp -0x3de
   df7: 4d89ef                         movq %r13, %r15
   dfa: bd03000000                     movl $0x3, %ebp
   dff: 41b9e4020000                   movl $0x2e4, %r9d
   e05: e99bf4ffff                     jmp -0xb65
   e0a: 41b916030000                   movl $0x316, %r9d
   e10: 41be4f000000                   movl $0x4f, %r14d
   e16: e9f9fbffff                     jmp -0x407
