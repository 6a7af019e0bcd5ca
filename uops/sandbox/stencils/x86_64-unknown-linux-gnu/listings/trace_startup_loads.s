# stencil startup_loads for x86_64-unknown-linux-gnu: 2453 code bytes, 0 data bytes, 40 holes
     0: 50                             pushq %rax
     1: 498b4c2418                     movq 0x18(%r12), %rcx
     6: 488b11                         movq (%rcx), %rdx
     9: f6c201                         testb $0x1, %dl
     c: 7503                           jne 0x3
     e: 48ff02                         incq (%rdx)
    11: 49895500                       movq %rdx, (%r13)
    15: 488b7108                       movq 0x8(%rcx), %rsi
    19: 40f6c601                       testb $0x1, %sil
    1d: 7507                           jne 0x7
    1f: 48ff06                         incq (%rsi)
    22: 498b5500                       movq (%r13), %rdx
    26: 89d7                           movl %edx, %edi
    28: 83e701                         andl $0x1, %edi
    2b: 49897508                       movq %rsi, 0x8(%r13)
    2f: 41b928000000                   movl $0x28, %r9d
    35: b804000000                     movl $0x4, %eax
    3a: 4885ff                         testq %rdi, %rdi
    3d: 0f84ef000000                   je 0xef
    43: 89f7                           movl %esi, %edi
    45: 83e701                         andl $0x1, %edi
    48: 0f84e4000000                   je 0xe4
    4e: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    58: 48d1fa                         sarq %rdx
    5b: 48d1fe                         sarq %rsi
    5e: 4801d6                         addq %rdx, %rsi
    61: 4889f0                         movq %rsi, %rax
    64: 4801d8                         addq %rbx, %rax
    67: 0f8903030000                   jns 0x303
    6d: 488d047501000000               leaq 0x1(,%rsi,2), %rax
    75: 49894500                       movq %rax, (%r13)
    79: 488b7910                       movq 0x10(%rcx), %rdi
    7d: 48894110                       movq %rax, 0x10(%rcx)
    81: 40f6c701                       testb $0x1, %dil
    85: 7509                           jne 0x9
    87: 48ff0f                         decq (%rdi)
    8a: 0f84c7000000                   je 0xc7
    90: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x92: R_X86_64_64 Abs64 operand0[7]+0
    9a: f6c101                         testb $0x1, %cl
    9d: 7503                           jne 0x3
    9f: 48ff01                         incq (%rcx)
    a2: 49894d00                       movq %rcx, (%r13)
    a6: 498b442418                     movq 0x18(%r12), %rax
    ab: 488b7818                       movq 0x18(%rax), %rdi
    af: 48894818                       movq %rcx, 0x18(%rax)
    b3: 40f6c701                       testb $0x1, %dil
    b7: 750f                           jne 0xf
    b9: 48ff0f                         decq (%rdi)
    bc: 750a                           jne 0xa
    be: e800000000                     callq 0x0
        # hole +0xbf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    c3: 498b442418                     movq 0x18(%r12), %rax
    c8: 49c745001f010000               movq $0x11f, (%r13)
    d0: 488b7820                       movq 0x20(%rax), %rdi
    d4: 48c740201f010000               movq $0x11f, 0x20(%rax)
    dc: 40f6c701                       testb $0x1, %dil
    e0: 7509                           jne 0x9
    e2: 48ff0f                         decq (%rdi)
    e5: 0f8489000000                   je 0x89
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
   125: 7469                           je 0x69
   127: 41b996000000                   movl $0x96, %r9d
   12d: b80f000000                     movl $0xf, %eax
   132: 4983c510                       addq $0x10, %r13
   136: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x138: R_X86_64_64 Abs64 index+0
   140: 4901c0                         addq %rax, %r8
   143: 4c89e7                         movq %r12, %rdi
   146: 4c89ee                         movq %r13, %rsi
   149: 4c89f2                         movq %r14, %rdx
   14c: b901000000                     movl $0x1, %ecx
   151: 58                             popq %rax
   152: e900000000                     jmp 0x0
        # hole +0x153: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   157: e800000000                     callq 0x0
        # hole +0x158: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   15c: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x15e: R_X86_64_64 Abs64 operand0[7]+0
   166: f6c101                         testb $0x1, %cl
   169: 0f8430ffffff                   je -0xd0
   16f: e92effffff                     jmp -0xd2
   174: e800000000                     callq 0x0
        # hole +0x175: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   179: 498b442418                     movq 0x18(%r12), %rax
   17e: 488b4828                       movq 0x28(%rax), %rcx
   182: f6c101                         testb $0x1, %cl
   185: 0f8469ffffff                   je -0x97
   18b: e967ffffff                     jmp -0x99
   190: 48d1f9                         sarq %rcx
   193: 48d1fa                         sarq %rdx
   196: 4829d1                         subq %rdx, %rcx
   199: 4889ca                         movq %rcx, %rdx
   19c: 4801da                         addq %rbx, %rdx
   19f: 0f89d9020000                   jns 0x2d9
   1a5: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   1ad: 49894d00                       movq %rcx, (%r13)
   1b1: 488b7838                       movq 0x38(%rax), %rdi
   1b5: 48894838                       movq %rcx, 0x38(%rax)
   1b9: 40f6c701                       testb $0x1, %dil
   1bd: 750a                           jne 0xa
   1bf: 48ff0f                         decq (%rdi)
   1c2: 7505                           jne 0x5
   1c4: e800000000                     callq 0x0
        # hole +0x1c5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1c9: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x1cb: R_X86_64_64 Abs64 operand0[18]+0
   1d3: a801                           testb $0x1, %al
   1d5: 7503                           jne 0x3
   1d7: 48ff00                         incq (%rax)
   1da: 49894500                       movq %rax, (%r13)
   1de: 498b4c2418                     movq 0x18(%r12), %rcx
   1e3: 488b7940                       movq 0x40(%rcx), %rdi
   1e7: 48894140                       movq %rax, 0x40(%rcx)
   1eb: 40f6c701                       testb $0x1, %dil
   1ef: 750f                           jne 0xf
   1f1: 48ff0f                         decq (%rdi)
   1f4: 750a                           jne 0xa
   1f6: e800000000                     callq 0x0
        # hole +0x1f7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1fb: 498b4c2418                     movq 0x18(%r12), %rcx
   200: 49c745008f010000               movq $0x18f, (%r13)
   208: 488b7948                       movq 0x48(%rcx), %rdi
   20c: 48c741488f010000               movq $0x18f, 0x48(%rcx)
   214: 40f6c701                       testb $0x1, %dil
   218: 750f                           jne 0xf
   21a: 48ff0f                         decq (%rdi)
   21d: 750a                           jne 0xa
   21f: e800000000                     callq 0x0
        # hole +0x220: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   224: 498b4c2418                     movq 0x18(%r12), %rcx
   229: 488b4150                       movq 0x50(%rcx), %rax
   22d: a801                           testb $0x1, %al
   22f: 7503                           jne 0x3
   231: 48ff00                         incq (%rax)
   234: 49894500                       movq %rax, (%r13)
   238: 488b5158                       movq 0x58(%rcx), %rdx
   23c: f6c201                         testb $0x1, %dl
   23f: 7507                           jne 0x7
   241: 48ff02                         incq (%rdx)
   244: 498b4500                       movq (%r13), %rax
   248: 89c6                           movl %eax, %esi
   24a: 83e601                         andl $0x1, %esi
   24d: 49895508                       movq %rdx, 0x8(%r13)
   251: 4885f6                         testq %rsi, %rsi
   254: 400f94c6                       sete %sil
   258: f6c201                         testb $0x1, %dl
   25b: 400f94c7                       sete %dil
   25f: 4008f7                         orb %sil, %dil
   262: 7410                           je 0x10
   264: 41b904010000                   movl $0x104, %r9d
   26a: b81a000000                     movl $0x1a, %eax
   26f: e9befeffff                     jmp -0x142
   274: 48d1f8                         sarq %rax
   277: 48d1fa                         sarq %rdx
   27a: 480fafd0                       imulq %rax, %rdx
   27e: 41b90e010000                   movl $0x10e, %r9d
   284: b81b000000                     movl $0x1b, %eax
   289: 0f80a3feffff                   jo -0x15d
   28f: 488d341a                       leaq (%rdx,%rbx), %rsi
   293: 4885f6                         testq %rsi, %rsi
   296: 0f8996feffff                   jns -0x16a
   29c: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   2a4: 49894500                       movq %rax, (%r13)
   2a8: 488b7960                       movq 0x60(%rcx), %rdi
   2ac: 48894160                       movq %rax, 0x60(%rcx)
   2b0: 40f6c701                       testb $0x1, %dil
   2b4: 750a                           jne 0xa
   2b6: 48ff0f                         decq (%rdi)
   2b9: 7505                           jne 0x5
   2bb: e800000000                     callq 0x0
        # hole +0x2bc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2c0: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x2c2: R_X86_64_64 Abs64 operand0[29]+0
   2ca: f6c101                         testb $0x1, %cl
   2cd: 7503                           jne 0x3
   2cf: 48ff01                         incq (%rcx)
   2d2: 49894d00                       movq %rcx, (%r13)
   2d6: 498b442418                     movq 0x18(%r12), %rax
   2db: 488b7868                       movq 0x68(%rax), %rdi
   2df: 48894868                       movq %rcx, 0x68(%rax)
   2e3: 40f6c701                       testb $0x1, %dil
   2e7: 750f                           jne 0xf
   2e9: 48ff0f                         decq (%rdi)
   2ec: 750a                           jne 0xa
   2ee: e800000000                     callq 0x0
        # hole +0x2ef: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2f3: 498b442418                     movq 0x18(%r12), %rax
   2f8: 49c7450005010000               movq $0x105, (%r13)
   300: 488b7870                       movq 0x70(%rax), %rdi
   304: 48c7407005010000               movq $0x105, 0x70(%rax)
   30c: 40f6c701                       testb $0x1, %dil
   310: 750f                           jne 0xf
   312: 48ff0f                         decq (%rdi)
   315: 750a                           jne 0xa
   317: e800000000                     callq 0x0
        # hole +0x318: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   31c: 498b442418                     movq 0x18(%r12), %rax
   321: 488b4878                       movq 0x78(%rax), %rcx
   325: f6c101                         testb $0x1, %cl
   328: 7503                           jne 0x3
   32a: 48ff01                         incq (%rcx)
   32d: 49894d00                       movq %rcx, (%r13)
   331: 488b9080000000                 movq 0x80(%rax), %rdx
   338: f6c201                         testb $0x1, %dl
   33b: 7507                           jne 0x7
   33d: 48ff02                         incq (%rdx)
   340: 498b4d00                       movq (%r13), %rcx
   344: 89ce                           movl %ecx, %esi
   346: 83e601                         andl $0x1, %esi
   349: 49895508                       movq %rdx, 0x8(%r13)
   34d: 4885f6                         testq %rsi, %rsi
   350: 400f94c6                       sete %sil
   354: f6c201                         testb $0x1, %dl
   357: 400f94c7                       sete %dil
   35b: 4008f7                         orb %sil, %dil
   35e: 7420                           je 0x20
   360: 41b972010000                   movl $0x172, %r9d
   366: b825000000                     movl $0x25, %eax
   36b: e9c2fdffff                     jmp -0x23e
   370: 41b932000000                   movl $0x32, %r9d
   376: b805000000                     movl $0x5, %eax
   37b: e9b2fdffff                     jmp -0x24e
   380: 48d1f9                         sarq %rcx
   383: 48d1fa                         sarq %rdx
   386: 4801ca                         addq %rcx, %rdx
   389: 4889d1                         movq %rdx, %rcx
   38c: 4801d9                         addq %rbx, %rcx
   38f: 0f8906030000                   jns 0x306
   395: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   39d: 49894d00                       movq %rcx, (%r13)
   3a1: 488bb888000000                 movq 0x88(%rax), %rdi
   3a8: 48898888000000                 movq %rcx, 0x88(%rax)
   3af: 40f6c701                       testb $0x1, %dil
   3b3: 750a                           jne 0xa
   3b5: 48ff0f                         decq (%rdi)
   3b8: 7505                           jne 0x5
   3ba: e800000000                     callq 0x0
        # hole +0x3bb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3bf: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x3c1: R_X86_64_64 Abs64 operand0[40]+0
   3c9: f6c101                         testb $0x1, %cl
   3cc: 7503                           jne 0x3
   3ce: 48ff01                         incq (%rcx)
   3d1: 49894d00                       movq %rcx, (%r13)
   3d5: 498b442418                     movq 0x18(%r12), %rax
   3da: 488bb890000000                 movq 0x90(%rax), %rdi
   3e1: 48898890000000                 movq %rcx, 0x90(%rax)
   3e8: 40f6c701                       testb $0x1, %dil
   3ec: 750f                           jne 0xf
   3ee: 48ff0f                         decq (%rdi)
   3f1: 750a                           jne 0xa
   3f3: e800000000                     callq 0x0
        # hole +0x3f4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3f8: 498b442418                     movq 0x18(%r12), %rax
   3fd: 49c7450061000000               movq $0x61, (%r13)
   405: 488bb898000000                 movq 0x98(%rax), %rdi
   40c: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   417: 40f6c701                       testb $0x1, %dil
   41b: 750f                           jne 0xf
   41d: 48ff0f                         decq (%rdi)
   420: 750a                           jne 0xa
   422: e800000000                     callq 0x0
        # hole +0x423: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   427: 498b442418                     movq 0x18(%r12), %rax
   42c: 488b88a0000000                 movq 0xa0(%rax), %rcx
   433: f6c101                         testb $0x1, %cl
   436: 7503                           jne 0x3
   438: 48ff01                         incq (%rcx)
   43b: 49894d00                       movq %rcx, (%r13)
   43f: 488b90a8000000                 movq 0xa8(%rax), %rdx
   446: f6c201                         testb $0x1, %dl
   449: 7507                           jne 0x7
   44b: 48ff02                         incq (%rdx)
   44e: 498b4d00                       movq (%r13), %rcx
   452: 89ce                           movl %ecx, %esi
   454: 83e601                         andl $0x1, %esi
   457: 49895508                       movq %rdx, 0x8(%r13)
   45b: 4885f6                         testq %rsi, %rsi
   45e: 400f94c6                       sete %sil
   462: f6c201                         testb $0x1, %dl
   465: 400f94c7                       sete %dil
   469: 4008f7                         orb %sil, %dil
   46c: 7420                           je 0x20
   46e: 41b9e0010000                   movl $0x1e0, %r9d
   474: b830000000                     movl $0x30, %eax
   479: e9b4fcffff                     jmp -0x34c
   47e: 41b9a0000000                   movl $0xa0, %r9d
   484: b810000000                     movl $0x10, %eax
   489: e9a4fcffff                     jmp -0x35c
   48e: 48d1f9                         sarq %rcx
   491: 48d1fa                         sarq %rdx
   494: 4829d1                         subq %rdx, %rcx
   497: 4889ca                         movq %rcx, %rdx
   49a: 4801da                         addq %rbx, %rdx
   49d: 0f8906030000                   jns 0x306
   4a3: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   4ab: 49894d00                       movq %rcx, (%r13)
   4af: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   4b6: 488988b0000000                 movq %rcx, 0xb0(%rax)
   4bd: 40f6c701                       testb $0x1, %dil
   4c1: 750a                           jne 0xa
   4c3: 48ff0f                         decq (%rdi)
   4c6: 7505                           jne 0x5
   4c8: e800000000                     callq 0x0
        # hole +0x4c9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4cd: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x4cf: R_X86_64_64 Abs64 operand0[51]+0
   4d7: a801                           testb $0x1, %al
   4d9: 7503                           jne 0x3
   4db: 48ff00                         incq (%rax)
   4de: 49894500                       movq %rax, (%r13)
   4e2: 498b4c2418                     movq 0x18(%r12), %rcx
   4e7: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   4ee: 488981b8000000                 movq %rax, 0xb8(%rcx)
   4f5: 40f6c701                       testb $0x1, %dil
   4f9: 750f                           jne 0xf
   4fb: 48ff0f                         decq (%rdi)
   4fe: 750a                           jne 0xa
   500: e800000000                     callq 0x0
        # hole +0x501: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   505: 498b4c2418                     movq 0x18(%r12), %rcx
   50a: 49c7450007010000               movq $0x107, (%r13)
   512: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   519: 48c781c000000007010000         movq $0x107, 0xc0(%rcx)
   524: 40f6c701                       testb $0x1, %dil
   528: 750f                           jne 0xf
   52a: 48ff0f                         decq (%rdi)
   52d: 750a                           jne 0xa
   52f: e800000000                     callq 0x0
        # hole +0x530: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   534: 498b4c2418                     movq 0x18(%r12), %rcx
   539: 488b81c8000000                 movq 0xc8(%rcx), %rax
   540: a801                           testb $0x1, %al
   542: 7503                           jne 0x3
   544: 48ff00                         incq (%rax)
   547: 49894500                       movq %rax, (%r13)
   54b: 488b91d0000000                 movq 0xd0(%rcx), %rdx
   552: f6c201                         testb $0x1, %dl
   555: 7507                           jne 0x7
   557: 48ff02                         incq (%rdx)
   55a: 498b4500                       movq (%r13), %rax
   55e: 89c6                           movl %eax, %esi
   560: 83e601                         andl $0x1, %esi
   563: 49895508                       movq %rdx, 0x8(%r13)
   567: 4885f6                         testq %rsi, %rsi
   56a: 400f94c6                       sete %sil
   56e: f6c201                         testb $0x1, %dl
   571: 400f94c7                       sete %dil
   575: 4008f7                         orb %sil, %dil
   578: 7410                           je 0x10
   57a: 41b94e020000                   movl $0x24e, %r9d
   580: b83b000000                     movl $0x3b, %eax
   585: e9a8fbffff                     jmp -0x458
   58a: 48d1f8                         sarq %rax
   58d: 48d1fa                         sarq %rdx
   590: 480fafd0                       imulq %rax, %rdx
   594: 41b958020000                   movl $0x258, %r9d
   59a: b83c000000                     movl $0x3c, %eax
   59f: 0f808dfbffff                   jo -0x473
   5a5: 488d341a                       leaq (%rdx,%rbx), %rsi
   5a9: 4885f6                         testq %rsi, %rsi
   5ac: 0f8980fbffff                   jns -0x480
   5b2: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   5ba: 49894500                       movq %rax, (%r13)
   5be: 488bb9d8000000                 movq 0xd8(%rcx), %rdi
   5c5: 488981d8000000                 movq %rax, 0xd8(%rcx)
   5cc: 40f6c701                       testb $0x1, %dil
   5d0: 750a                           jne 0xa
   5d2: 48ff0f                         decq (%rdi)
   5d5: 7505                           jne 0x5
   5d7: e800000000                     callq 0x0
        # hole +0x5d8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5dc: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x5de: R_X86_64_64 Abs64 operand0[62]+0
   5e6: f6c101                         testb $0x1, %cl
   5e9: 7503                           jne 0x3
   5eb: 48ff01                         incq (%rcx)
   5ee: 49894d00                       movq %rcx, (%r13)
   5f2: 498b442418                     movq 0x18(%r12), %rax
   5f7: 488bb8e0000000                 movq 0xe0(%rax), %rdi
   5fe: 488988e0000000                 movq %rcx, 0xe0(%rax)
   605: 40f6c701                       testb $0x1, %dil
   609: 750f                           jne 0xf
   60b: 48ff0f                         decq (%rdi)
   60e: 750a                           jne 0xa
   610: e800000000                     callq 0x0
        # hole +0x611: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   615: 498b442418                     movq 0x18(%r12), %rax
   61a: 49c745003b010000               movq $0x13b, (%r13)
   622: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   629: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   634: 40f6c701                       testb $0x1, %dil
   638: 750f                           jne 0xf
   63a: 48ff0f                         decq (%rdi)
   63d: 750a                           jne 0xa
   63f: e800000000                     callq 0x0
        # hole +0x640: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   644: 498b442418                     movq 0x18(%r12), %rax
   649: 488b88f0000000                 movq 0xf0(%rax), %rcx
   650: f6c101                         testb $0x1, %cl
   653: 7503                           jne 0x3
   655: 48ff01                         incq (%rcx)
   658: 49894d00                       movq %rcx, (%r13)
   65c: 488b90f8000000                 movq 0xf8(%rax), %rdx
   663: f6c201                         testb $0x1, %dl
   666: 7507                           jne 0x7
   668: 48ff02                         incq (%rdx)
   66b: 498b4d00                       movq (%r13), %rcx
   66f: 89ce                           movl %ecx, %esi
   671: 83e601                         andl $0x1, %esi
   674: 49895508                       movq %rdx, 0x8(%r13)
   678: 4885f6                         testq %rsi, %rsi
   67b: 400f94c6                       sete %sil
   67f: f6c201                         testb $0x1, %dl
   682: 400f94c7                       sete %dil
   686: 4008f7                         orb %sil, %dil
   689: 7420                           je 0x20
   68b: 41b9bc020000                   movl $0x2bc, %r9d
   691: b846000000                     movl $0x46, %eax
   696: e997faffff                     jmp -0x569
   69b: 41b97c010000                   movl $0x17c, %r9d
   6a1: b826000000                     movl $0x26, %eax
   6a6: e987faffff                     jmp -0x579
   6ab: 48d1f9                         sarq %rcx
   6ae: 48d1fa                         sarq %rdx
   6b1: 4801ca                         addq %rcx, %rdx
   6b4: 4889d1                         movq %rdx, %rcx
   6b7: 4801d9                         addq %rbx, %rcx
   6ba: 0f89b5020000                   jns 0x2b5
   6c0: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   6c8: 49894d00                       movq %rcx, (%r13)
   6cc: 488bb800010000                 movq 0x100(%rax), %rdi
   6d3: 48898800010000                 movq %rcx, 0x100(%rax)
   6da: 40f6c701                       testb $0x1, %dil
   6de: 750a                           jne 0xa
   6e0: 48ff0f                         decq (%rdi)
   6e3: 7505                           jne 0x5
   6e5: e800000000                     callq 0x0
        # hole +0x6e6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6ea: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x6ec: R_X86_64_64 Abs64 operand0[73]+0
   6f4: f6c101                         testb $0x1, %cl
   6f7: 7503                           jne 0x3
   6f9: 48ff01                         incq (%rcx)
   6fc: 49894d00                       movq %rcx, (%r13)
   700: 498b442418                     movq 0x18(%r12), %rax
   705: 488bb808010000                 movq 0x108(%rax), %rdi
   70c: 48898808010000                 movq %rcx, 0x108(%rax)
   713: 40f6c701                       testb $0x1, %dil
   717: 750f                           jne 0xf
   719: 48ff0f                         decq (%rdi)
   71c: 750a                           jne 0xa
   71e: e800000000                     callq 0x0
        # hole +0x71f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   723: 498b442418                     movq 0x18(%r12), %rax
   728: 49c7450031000000               movq $0x31, (%r13)
   730: 488bb810010000                 movq 0x110(%rax), %rdi
   737: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   742: 40f6c701                       testb $0x1, %dil
   746: 750f                           jne 0xf
   748: 48ff0f                         decq (%rdi)
   74b: 750a                           jne 0xa
   74d: e800000000                     callq 0x0
        # hole +0x74e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   752: 498b442418                     movq 0x18(%r12), %rax
   757: 488b8818010000                 movq 0x118(%rax), %rcx
   75e: f6c101                         testb $0x1, %cl
   761: 7503                           jne 0x3
   763: 48ff01                         incq (%rcx)
   766: 49894d00                       movq %rcx, (%r13)
   76a: 488b9020010000                 movq 0x120(%rax), %rdx
   771: f6c201                         testb $0x1, %dl
   774: 7507                           jne 0x7
   776: 48ff02                         incq (%rdx)
   779: 498b4d00                       movq (%r13), %rcx
   77d: 89ce                           movl %ecx, %esi
   77f: 83e601                         andl $0x1, %esi
   782: 49895508                       movq %rdx, 0x8(%r13)
   786: 4885f6                         testq %rsi, %rsi
   789: 400f94c6                       sete %sil
   78d: f6c201                         testb $0x1, %dl
   790: 400f94c7                       sete %dil
   794: 4008f7                         orb %sil, %dil
   797: 7420                           je 0x20
   799: 41b92a030000                   movl $0x32a, %r9d
   79f: b851000000                     movl $0x51, %eax
   7a4: e989f9ffff                     jmp -0x677
   7a9: 41b9ea010000                   movl $0x1ea, %r9d
   7af: b831000000                     movl $0x31, %eax
   7b4: e979f9ffff                     jmp -0x687
   7b9: 48d1f9                         sarq %rcx
   7bc: 48d1fa                         sarq %rdx
   7bf: 4829d1                         subq %rdx, %rcx
   7c2: 4889ca                         movq %rcx, %rdx
   7c5: 4801da                         addq %rbx, %rdx
   7c8: 0f89b7010000                   jns 0x1b7
   7ce: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   7d6: 49894d00                       movq %rcx, (%r13)
   7da: 488bb828010000                 movq 0x128(%rax), %rdi
   7e1: 48898828010000                 movq %rcx, 0x128(%rax)
   7e8: 40f6c701                       testb $0x1, %dil
   7ec: 750a                           jne 0xa
   7ee: 48ff0f                         decq (%rdi)
   7f1: 7505                           jne 0x5
   7f3: e800000000                     callq 0x0
        # hole +0x7f4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7f8: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x7fa: R_X86_64_64 Abs64 operand0[84]+0
   802: a801                           testb $0x1, %al
   804: 7503                           jne 0x3
   806: 48ff00                         incq (%rax)
   809: 49894500                       movq %rax, (%r13)
   80d: 498b4c2418                     movq 0x18(%r12), %rcx
   812: 488bb930010000                 movq 0x130(%rcx), %rdi
   819: 48898130010000                 movq %rax, 0x130(%rcx)
   820: 40f6c701                       testb $0x1, %dil
   824: 750f                           jne 0xf
   826: 48ff0f                         decq (%rdi)
   829: 750a                           jne 0xa
   82b: e800000000                     callq 0x0
        # hole +0x82c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   830: 498b4c2418                     movq 0x18(%r12), %rcx
   835: 49c7450049000000               movq $0x49, (%r13)
   83d: 488bb938010000                 movq 0x138(%rcx), %rdi
   844: 48c7813801000049000000         movq $0x49, 0x138(%rcx)
   84f: 40f6c701                       testb $0x1, %dil
   853: 750f                           jne 0xf
   855: 48ff0f                         decq (%rdi)
   858: 750a                           jne 0xa
   85a: e800000000                     callq 0x0
        # hole +0x85b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   85f: 498b4c2418                     movq 0x18(%r12), %rcx
   864: 488b8140010000                 movq 0x140(%rcx), %rax
   86b: a801                           testb $0x1, %al
   86d: 7503                           jne 0x3
   86f: 48ff00                         incq (%rax)
   872: 49894500                       movq %rax, (%r13)
   876: 488b9148010000                 movq 0x148(%rcx), %rdx
   87d: f6c201                         testb $0x1, %dl
   880: 7507                           jne 0x7
   882: 48ff02                         incq (%rdx)
   885: 498b4500                       movq (%r13), %rax
   889: 89c6                           movl %eax, %esi
   88b: 83e601                         andl $0x1, %esi
   88e: 49895508                       movq %rdx, 0x8(%r13)
   892: 4885f6                         testq %rsi, %rsi
   895: 400f94c6                       sete %sil
   899: f6c201                         testb $0x1, %dl
   89c: 400f94c7                       sete %dil
   8a0: 4008f7                         orb %sil, %dil
   8a3: 7410                           je 0x10
   8a5: 41b998030000                   movl $0x398, %r9d
   8ab: b85c000000                     movl $0x5c, %eax
   8b0: e97df8ffff                     jmp -0x783
   8b5: 48d1f8                         sarq %rax
   8b8: 48d1fa                         sarq %rdx
   8bb: 480fafd0                       imulq %rax, %rdx
   8bf: 41b9a2030000                   movl $0x3a2, %r9d
   8c5: b85d000000                     movl $0x5d, %eax
   8ca: 0f8062f8ffff                   jo -0x79e
   8d0: 488d341a                       leaq (%rdx,%rbx), %rsi
   8d4: 4885f6                         testq %rsi, %rsi
   8d7: 0f8955f8ffff                   jns -0x7ab
   8dd: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   8e5: 49894500                       movq %rax, (%r13)
   8e9: 488bb950010000                 movq 0x150(%rcx), %rdi
   8f0: 48898150010000                 movq %rax, 0x150(%rcx)
   8f7: 40f6c701                       testb $0x1, %dil
   8fb: 750a                           jne 0xa
   8fd: 48ff0f                         decq (%rdi)
   900: 7505                           jne 0x5
   902: e800000000                     callq 0x0
        # hole +0x903: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   907: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x909: R_X86_64_64 Abs64 operand0[95]+0
   911: f6c101                         testb $0x1, %cl
   914: 7503                           jne 0x3
   916: 48ff01                         incq (%rcx)
   919: 49894d00                       movq %rcx, (%r13)
   91d: 498b442418                     movq 0x18(%r12), %rax
   922: 488bb858010000                 movq 0x158(%rax), %rdi
   929: 48898858010000                 movq %rcx, 0x158(%rax)
   930: 40f6c701                       testb $0x1, %dil
   934: 750f                           jne 0xf
   936: 48ff0f                         decq (%rdi)
   939: 750a                           jne 0xa
   93b: e800000000                     callq 0x0
        # hole +0x93c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   940: 498b442418                     movq 0x18(%r12), %rax
   945: 49c7450063010000               movq $0x163, (%r13)
   94d: 488bb860010000                 movq 0x160(%rax), %rdi
   954: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   95f: 40f6c701                       testb $0x1, %dil
   963: 750a                           jne 0xa
   965: 48ff0f                         decq (%rdi)
   968: 7505                           jne 0x5
   96a: e800000000                     callq 0x0
        # hole +0x96b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   96f: 58                             popq %rax
   970: e900000000                     jmp 0x0
        # hole +0x971: R_X86_64_PLT32 Rel32 continue-4
   975: 41b9c6020000                   movl $0x2c6, %r9d
   97b: b847000000                     movl $0x47, %eax
   980: e9adf7ffff                     jmp -0x853
   985: 41b934030000                   movl $0x334, %r9d
   98b: b852000000                     movl $0x52, %eax
   990: e99df7ffff                     jmp -0x863
