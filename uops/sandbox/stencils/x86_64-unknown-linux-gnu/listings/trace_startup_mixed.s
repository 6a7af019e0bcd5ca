# stencil startup_mixed for x86_64-unknown-linux-gnu: 3836 code bytes, 0 data bytes, 43 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 4c89f5                         movq %r14, %rbp
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b38                         movq (%rax), %rdi
    10: 40f6c701                       testb $0x1, %dil
    14: 7503                           jne 0x3
    16: 48ff07                         incq (%rdi)
    19: 498d5d08                       leaq 0x8(%r13), %rbx
    1d: 49897d00                       movq %rdi, (%r13)
    21: 41b90a000000                   movl $0xa, %r9d
    27: 41be01000000                   movl $0x1, %r14d
    2d: b901000000                     movl $0x1, %ecx
    32: 40f6c701                       testb $0x1, %dil
    36: 0f85be070000                   jne 0x7be
    3c: 837f0807                       cmpl $0x7, 0x8(%rdi)
    40: 0f85b4070000                   jne 0x7b4
    46: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x48: R_X86_64_64 Abs64 operand0[1]+0
    50: 488b5730                       movq 0x30(%rdi), %rdx
    54: 48394230                       cmpq %rax, 0x30(%rdx)
    58: 0f859c070000                   jne 0x79c
    5e: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    63: 0f82be070000                   jb 0x7be
    69: 488b4748                       movq 0x48(%rdi), %rax
    6d: a801                           testb $0x1, %al
    6f: 7503                           jne 0x3
    71: 48ff00                         incq (%rax)
    74: 49894500                       movq %rax, (%r13)
    78: 48ff0f                         decq (%rdi)
    7b: 750a                           jne 0xa
    7d: e800000000                     callq 0x0
        # hole +0x7e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    82: b901000000                     movl $0x1, %ecx
    87: 498b5500                       movq (%r13), %rdx
    8b: 498b442418                     movq 0x18(%r12), %rax
    90: 488b7808                       movq 0x8(%rax), %rdi
    94: 48895008                       movq %rdx, 0x8(%rax)
    98: 40f6c701                       testb $0x1, %dil
    9c: 7514                           jne 0x14
    9e: 48ff0f                         decq (%rdi)
    a1: 750f                           jne 0xf
    a3: e800000000                     callq 0x0
        # hole +0xa4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    a8: b901000000                     movl $0x1, %ecx
    ad: 498b442418                     movq 0x18(%r12), %rax
    b2: 4c8b7820                       movq 0x20(%rax), %r15
    b6: 41f6c701                       testb $0x1, %r15b
    ba: 7503                           jne 0x3
    bc: 49ff07                         incq (%r15)
    bf: 4d897d00                       movq %r15, (%r13)
    c3: 488b4010                       movq 0x10(%rax), %rax
    c7: a801                           testb $0x1, %al
    c9: 7507                           jne 0x7
    cb: 48ff00                         incq (%rax)
    ce: 4d8b7d00                       movq (%r13), %r15
    d2: 498d5510                       leaq 0x10(%r13), %rdx
    d6: 49894508                       movq %rax, 0x8(%r13)
    da: 41b93c000000                   movl $0x3c, %r9d
    e0: 41be06000000                   movl $0x6, %r14d
    e6: 41f6c701                       testb $0x1, %r15b
    ea: 0f8591000000                   jne 0x91
    f0: 4889542410                     movq %rdx, 0x10(%rsp)
    f5: 41837f0808                     cmpl $0x8, 0x8(%r15)
    fa: 0f85f5060000                   jne 0x6f5
   100: ba01000000                     movl $0x1, %edx
   105: 48896c2408                     movq %rbp, 0x8(%rsp)
   10a: 4889ef                         movq %rbp, %rdi
   10d: 4889de                         movq %rbx, %rsi
   110: 41ff5738                       callq *0x38(%r15)
   114: 4889c5                         movq %rax, %rbp
   117: 488b3b                         movq (%rbx), %rdi
   11a: 40f6c701                       testb $0x1, %dil
   11e: 750a                           jne 0xa
   120: 48ff0f                         decq (%rdi)
   123: 7505                           jne 0x5
   125: e800000000                     callq 0x0
        # hole +0x126: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   12a: 49ff0f                         decq (%r15)
   12d: 7508                           jne 0x8
   12f: 4c89ff                         movq %r15, %rdi
   132: e800000000                     callq 0x0
        # hole +0x133: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   137: 4885ed                         testq %rbp, %rbp
   13a: b901000000                     movl $0x1, %ecx
   13f: 0f84fa060000                   je 0x6fa
   145: 49896d00                       movq %rbp, (%r13)
   149: 498b442418                     movq 0x18(%r12), %rax
   14e: 488b7818                       movq 0x18(%rax), %rdi
   152: 48896818                       movq %rbp, 0x18(%rax)
   156: 40f6c701                       testb $0x1, %dil
   15a: 754a                           jne 0x4a
   15c: 48ff0f                         decq (%rdi)
   15f: 488b6c2408                     movq 0x8(%rsp), %rbp
   164: 7523                           jne 0x23
   166: e800000000                     callq 0x0
        # hole +0x167: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   16b: b901000000                     movl $0x1, %ecx
   170: 498b442418                     movq 0x18(%r12), %rax
   175: 488b7828                       movq 0x28(%rax), %rdi
   179: 40f6c701                       testb $0x1, %dil
   17d: 7536                           jne 0x36
   17f: eb12                           jmp 0x12
   181: 4889d3                         movq %rdx, %rbx
   184: e971060000                     jmp 0x671
   189: 488b7828                       movq 0x28(%rax), %rdi
   18d: 40f6c701                       testb $0x1, %dil
   191: 7522                           jne 0x22
   193: 48ff07                         incq (%rdi)
   196: 49897d00                       movq %rdi, (%r13)
   19a: 4c8b7830                       movq 0x30(%rax), %r15
   19e: 41f6c701                       testb $0x1, %r15b
   1a2: 741f                           je 0x1f
   1a4: eb24                           jmp 0x24
   1a6: 488b6c2408                     movq 0x8(%rsp), %rbp
   1ab: 488b7828                       movq 0x28(%rax), %rdi
   1af: 40f6c701                       testb $0x1, %dil
   1b3: 74de                           je -0x22
   1b5: 49897d00                       movq %rdi, (%r13)
   1b9: 4c8b7830                       movq 0x30(%rax), %r15
   1bd: 41f6c701                       testb $0x1, %r15b
   1c1: 7507                           jne 0x7
   1c3: 49ff07                         incq (%r15)
   1c6: 498b7d00                       movq (%r13), %rdi
   1ca: 4c893b                         movq %r15, (%rbx)
   1cd: 41b964000000                   movl $0x64, %r9d
   1d3: 41be0a000000                   movl $0xa, %r14d
   1d9: 40f6c701                       testb $0x1, %dil
   1dd: 0f8512060000                   jne 0x612
   1e3: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1e7: 0f8508060000                   jne 0x608
   1ed: 41f6c701                       testb $0x1, %r15b
   1f1: 0f85fe050000                   jne 0x5fe
   1f7: 41837f0802                     cmpl $0x2, 0x8(%r15)
   1fc: 0f85f3050000                   jne 0x5f3
   202: f20f104730                     movsd 0x30(%rdi), %xmm0
   207: f2410f594730                   mulsd 0x30(%r15), %xmm0
   20d: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   213: 48ff0f                         decq (%rdi)
   216: 7505                           jne 0x5
   218: e800000000                     callq 0x0
        # hole +0x219: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   21d: 49ff0f                         decq (%r15)
   220: 7508                           jne 0x8
   222: 4c89ff                         movq %r15, %rdi
   225: e800000000                     callq 0x0
        # hole +0x226: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   22a: 4889ef                         movq %rbp, %rdi
   22d: f20f10442418                   movsd 0x18(%rsp), %xmm0
   233: e800000000                     callq 0x0
        # hole +0x234: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   238: 4885c0                         testq %rax, %rax
   23b: 0f84c3090000                   je 0x9c3
   241: 49894500                       movq %rax, (%r13)
   245: 498b542418                     movq 0x18(%r12), %rdx
   24a: 488b7a38                       movq 0x38(%rdx), %rdi
   24e: 48894238                       movq %rax, 0x38(%rdx)
   252: 40f6c701                       testb $0x1, %dil
   256: 753e                           jne 0x3e
   258: 48ff0f                         decq (%rdi)
   25b: b901000000                     movl $0x1, %ecx
   260: 7519                           jne 0x19
   262: e800000000                     callq 0x0
        # hole +0x263: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   267: b901000000                     movl $0x1, %ecx
   26c: 498b542418                     movq 0x18(%r12), %rdx
   271: 488b4240                       movq 0x40(%rdx), %rax
   275: a801                           testb $0x1, %al
   277: 752a                           jne 0x2a
   279: eb08                           jmp 0x8
   27b: 488b4240                       movq 0x40(%rdx), %rax
   27f: a801                           testb $0x1, %al
   281: 7520                           jne 0x20
   283: 48ff00                         incq (%rax)
   286: 49894500                       movq %rax, (%r13)
   28a: 488b7248                       movq 0x48(%rdx), %rsi
   28e: 40f6c601                       testb $0x1, %sil
   292: 741d                           je 0x1d
   294: eb22                           jmp 0x22
   296: b901000000                     movl $0x1, %ecx
   29b: 488b4240                       movq 0x40(%rdx), %rax
   29f: a801                           testb $0x1, %al
   2a1: 74e0                           je -0x20
   2a3: 49894500                       movq %rax, (%r13)
   2a7: 488b7248                       movq 0x48(%rdx), %rsi
   2ab: 40f6c601                       testb $0x1, %sil
   2af: 7507                           jne 0x7
   2b1: 48ff06                         incq (%rsi)
   2b4: 498b4500                       movq (%r13), %rax
   2b8: 89c7                           movl %eax, %edi
   2ba: 83e701                         andl $0x1, %edi
   2bd: 488933                         movq %rsi, (%rbx)
   2c0: 41b996000000                   movl $0x96, %r9d
   2c6: 41be0f000000                   movl $0xf, %r14d
   2cc: 4885ff                         testq %rdi, %rdi
   2cf: 0f8420050000                   je 0x520
   2d5: 40f6c601                       testb $0x1, %sil
   2d9: 0f8416050000                   je 0x516
   2df: 48d1f8                         sarq %rax
   2e2: 48d1fe                         sarq %rsi
   2e5: 48bf0000000000000000           movabsq $0x0, %rdi
        # hole +0x2e7: R_X86_64_64 Abs64 symbol:tf_True+0
   2ef: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2f1: R_X86_64_64 Abs64 symbol:tf_False+0
   2f9: 4839f0                         cmpq %rsi, %rax
   2fc: 4c0f4cc7                       cmovlq %rdi, %r8
   300: 4d894500                       movq %r8, (%r13)
   304: 0f8d13090000                   jge 0x913
   30a: 488b7a50                       movq 0x50(%rdx), %rdi
   30e: 40f6c701                       testb $0x1, %dil
   312: 7503                           jne 0x3
   314: 48ff07                         incq (%rdi)
   317: 49897d00                       movq %rdi, (%r13)
   31b: 4c8b7a58                       movq 0x58(%rdx), %r15
   31f: 41f6c701                       testb $0x1, %r15b
   323: 7507                           jne 0x7
   325: 49ff07                         incq (%r15)
   328: 498b7d00                       movq (%r13), %rdi
   32c: 4c893b                         movq %r15, (%rbx)
   32f: 41b9c8000000                   movl $0xc8, %r9d
   335: 41be14000000                   movl $0x14, %r14d
   33b: 40f6c701                       testb $0x1, %dil
   33f: 0f85b0040000                   jne 0x4b0
   345: 837f0802                       cmpl $0x2, 0x8(%rdi)
   349: 0f85a6040000                   jne 0x4a6
   34f: 41f6c701                       testb $0x1, %r15b
   353: 0f859c040000                   jne 0x49c
   359: 41837f0802                     cmpl $0x2, 0x8(%r15)
   35e: 0f8591040000                   jne 0x491
   364: f20f104730                     movsd 0x30(%rdi), %xmm0
   369: f2410f594730                   mulsd 0x30(%r15), %xmm0
   36f: 48ff0f                         decq (%rdi)
   372: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   378: 7559                           jne 0x59
   37a: e800000000                     callq 0x0
        # hole +0x37b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   37f: f20f10442418                   movsd 0x18(%rsp), %xmm0
   385: 49ff0f                         decq (%r15)
   388: 744e                           je 0x4e
   38a: 4889ef                         movq %rbp, %rdi
   38d: e800000000                     callq 0x0
        # hole +0x38e: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   392: 4885c0                         testq %rax, %rax
   395: 745c                           je 0x5c
   397: 49894500                       movq %rax, (%r13)
   39b: 498b542418                     movq 0x18(%r12), %rdx
   3a0: 488b7a60                       movq 0x60(%rdx), %rdi
   3a4: 48894260                       movq %rax, 0x60(%rdx)
   3a8: 40f6c701                       testb $0x1, %dil
   3ac: 7571                           jne 0x71
   3ae: 48ff0f                         decq (%rdi)
   3b1: b901000000                     movl $0x1, %ecx
   3b6: 754c                           jne 0x4c
   3b8: e800000000                     callq 0x0
        # hole +0x3b9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3bd: b901000000                     movl $0x1, %ecx
   3c2: 498b542418                     movq 0x18(%r12), %rdx
   3c7: 488b7268                       movq 0x68(%rdx), %rsi
   3cb: 40f6c601                       testb $0x1, %sil
   3cf: 755d                           jne 0x5d
   3d1: eb3b                           jmp 0x3b
   3d3: 49ff0f                         decq (%r15)
   3d6: 75b2                           jne -0x4e
   3d8: 4c89ff                         movq %r15, %rdi
   3db: e800000000                     callq 0x0
        # hole +0x3dc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3e0: f20f10442418                   movsd 0x18(%rsp), %xmm0
   3e6: 4889ef                         movq %rbp, %rdi
   3e9: e800000000                     callq 0x0
        # hole +0x3ea: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3ee: 4885c0                         testq %rax, %rax
   3f1: 75a4                           jne -0x5c
   3f3: 41b9d2000000                   movl $0xd2, %r9d
   3f9: 41be15000000                   movl $0x15, %r14d
   3ff: e90c080000                     jmp 0x80c
   404: 488b7268                       movq 0x68(%rdx), %rsi
   408: 40f6c601                       testb $0x1, %sil
   40c: 7520                           jne 0x20
   40e: 48ff06                         incq (%rsi)
   411: 49897500                       movq %rsi, (%r13)
   415: 488b4270                       movq 0x70(%rdx), %rax
   419: a801                           testb $0x1, %al
   41b: 741d                           je 0x1d
   41d: eb22                           jmp 0x22
   41f: b901000000                     movl $0x1, %ecx
   424: 488b7268                       movq 0x68(%rdx), %rsi
   428: 40f6c601                       testb $0x1, %sil
   42c: 74e0                           je -0x20
   42e: 49897500                       movq %rsi, (%r13)
   432: 488b4270                       movq 0x70(%rdx), %rax
   436: a801                           testb $0x1, %al
   438: 7507                           jne 0x7
   43a: 48ff00                         incq (%rax)
   43d: 498b7500                       movq (%r13), %rsi
   441: 89f7                           movl %esi, %edi
   443: 83e701                         andl $0x1, %edi
   446: 488903                         movq %rax, (%rbx)
   449: 41b9fa000000                   movl $0xfa, %r9d
   44f: 41be19000000                   movl $0x19, %r14d
   455: 4885ff                         testq %rdi, %rdi
   458: 0f8497030000                   je 0x397
   45e: a801                           testb $0x1, %al
   460: 488b7c2410                     movq 0x10(%rsp), %rdi
   465: 0f84af030000                   je 0x3af
   46b: 48d1fe                         sarq %rsi
   46e: 48d1f8                         sarq %rax
   471: 480fafc6                       imulq %rsi, %rax
   475: 41b904010000                   movl $0x104, %r9d
   47b: 41be1a000000                   movl $0x1a, %r14d
   481: 0f8098030000                   jo 0x398
   487: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   491: 488d3428                       leaq (%rax,%rbp), %rsi
   495: 4885f6                         testq %rsi, %rsi
   498: 0f8997030000                   jns 0x397
   49e: 488d044501000000               leaq 0x1(,%rax,2), %rax
   4a6: 49894500                       movq %rax, (%r13)
   4aa: 488b7a78                       movq 0x78(%rdx), %rdi
   4ae: 48894278                       movq %rax, 0x78(%rdx)
   4b2: 40f6c701                       testb $0x1, %dil
   4b6: 7514                           jne 0x14
   4b8: 48ff0f                         decq (%rdi)
   4bb: 750f                           jne 0xf
   4bd: e800000000                     callq 0x0
        # hole +0x4be: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4c2: b901000000                     movl $0x1, %ecx
   4c7: 498b542418                     movq 0x18(%r12), %rdx
   4cc: 488bb280000000                 movq 0x80(%rdx), %rsi
   4d3: 40f6c601                       testb $0x1, %sil
   4d7: 7503                           jne 0x3
   4d9: 48ff06                         incq (%rsi)
   4dc: 49897500                       movq %rsi, (%r13)
   4e0: 488b8288000000                 movq 0x88(%rdx), %rax
   4e7: a801                           testb $0x1, %al
   4e9: 7507                           jne 0x7
   4eb: 48ff00                         incq (%rax)
   4ee: 498b7500                       movq (%r13), %rsi
   4f2: 89f7                           movl %esi, %edi
   4f4: 83e701                         andl $0x1, %edi
   4f7: 488903                         movq %rax, (%rbx)
   4fa: 41b92c010000                   movl $0x12c, %r9d
   500: 41be1e000000                   movl $0x1e, %r14d
   506: 4885ff                         testq %rdi, %rdi
   509: 0f8426030000                   je 0x326
   50f: a801                           testb $0x1, %al
   511: 488b7c2410                     movq 0x10(%rsp), %rdi
   516: 0f8403030000                   je 0x303
   51c: 48d1fe                         sarq %rsi
   51f: 48d1f8                         sarq %rax
   522: 480fafc6                       imulq %rsi, %rax
   526: 41b936010000                   movl $0x136, %r9d
   52c: 41be1f000000                   movl $0x1f, %r14d
   532: 0f80e7020000                   jo 0x2e7
   538: 488d3428                       leaq (%rax,%rbp), %rsi
   53c: 4885f6                         testq %rsi, %rsi
   53f: 0f89f0020000                   jns 0x2f0
   545: 488d044501000000               leaq 0x1(,%rax,2), %rax
   54d: 49894500                       movq %rax, (%r13)
   551: 488bba90000000                 movq 0x90(%rdx), %rdi
   558: 48898290000000                 movq %rax, 0x90(%rdx)
   55f: 40f6c701                       testb $0x1, %dil
   563: 7514                           jne 0x14
   565: 48ff0f                         decq (%rdi)
   568: 750f                           jne 0xf
   56a: e800000000                     callq 0x0
        # hole +0x56b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   56f: b901000000                     movl $0x1, %ecx
   574: 498b542418                     movq 0x18(%r12), %rdx
   579: 488bb298000000                 movq 0x98(%rdx), %rsi
   580: 40f6c601                       testb $0x1, %sil
   584: 7503                           jne 0x3
   586: 48ff06                         incq (%rsi)
   589: 49897500                       movq %rsi, (%r13)
   58d: 488b82a0000000                 movq 0xa0(%rdx), %rax
   594: a801                           testb $0x1, %al
   596: 7507                           jne 0x7
   598: 48ff00                         incq (%rax)
   59b: 498b7500                       movq (%r13), %rsi
   59f: 89f7                           movl %esi, %edi
   5a1: 83e701                         andl $0x1, %edi
   5a4: 488903                         movq %rax, (%rbx)
   5a7: 41b95e010000                   movl $0x15e, %r9d
   5ad: 41be23000000                   movl $0x23, %r14d
   5b3: 4885ff                         testq %rdi, %rdi
   5b6: 0f8479020000                   je 0x279
   5bc: a801                           testb $0x1, %al
   5be: 0f8471020000                   je 0x271
   5c4: 48d1fe                         sarq %rsi
   5c7: 48d1f8                         sarq %rax
   5ca: 480fafc6                       imulq %rsi, %rax
   5ce: 41be24000000                   movl $0x24, %r14d
   5d4: 0f80be060000                   jo 0x6be
   5da: 488d0c28                       leaq (%rax,%rbp), %rcx
   5de: 4885c9                         testq %rcx, %rcx
   5e1: 0f89c1060000                   jns 0x6c1
   5e7: 488d044501000000               leaq 0x1(,%rax,2), %rax
   5ef: 49894500                       movq %rax, (%r13)
   5f3: 488bbaa8000000                 movq 0xa8(%rdx), %rdi
   5fa: 488982a8000000                 movq %rax, 0xa8(%rdx)
   601: 40f6c701                       testb $0x1, %dil
   605: 750f                           jne 0xf
   607: 48ff0f                         decq (%rdi)
   60a: 750a                           jne 0xa
   60c: e800000000                     callq 0x0
        # hole +0x60d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   611: 498b542418                     movq 0x18(%r12), %rdx
   616: 49c745003d000000               movq $0x3d, (%r13)
   61e: 488bbab0000000                 movq 0xb0(%rdx), %rdi
   625: 48c782b00000003d000000         movq $0x3d, 0xb0(%rdx)
   630: 40f6c701                       testb $0x1, %dil
   634: 750f                           jne 0xf
   636: 48ff0f                         decq (%rdi)
   639: 750a                           jne 0xa
   63b: e800000000                     callq 0x0
        # hole +0x63c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   640: 498b542418                     movq 0x18(%r12), %rdx
   645: 488bbab8000000                 movq 0xb8(%rdx), %rdi
   64c: 40f6c701                       testb $0x1, %dil
   650: 0f85fc010000                   jne 0x1fc
   656: 48ff07                         incq (%rdi)
   659: 49897d00                       movq %rdi, (%r13)
   65d: 41be29000000                   movl $0x29, %r14d
   663: 837f0807                       cmpl $0x7, 0x8(%rdi)
   667: 0f85ff010000                   jne 0x1ff
   66d: 488b4730                       movq 0x30(%rdi), %rax
   671: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   679: 0f85ed010000                   jne 0x1ed
   67f: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   684: 0f8289070000                   jb 0x789
   68a: 488b4748                       movq 0x48(%rdi), %rax
   68e: a801                           testb $0x1, %al
   690: 7503                           jne 0x3
   692: 48ff00                         incq (%rax)
   695: 49894500                       movq %rax, (%r13)
   699: 48ff0f                         decq (%rdi)
   69c: 750a                           jne 0xa
   69e: e800000000                     callq 0x0
        # hole +0x69f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6a3: 498b542418                     movq 0x18(%r12), %rdx
   6a8: 498b4500                       movq (%r13), %rax
   6ac: 488bbac0000000                 movq 0xc0(%rdx), %rdi
   6b3: 488982c0000000                 movq %rax, 0xc0(%rdx)
   6ba: 40f6c701                       testb $0x1, %dil
   6be: 750f                           jne 0xf
   6c0: 48ff0f                         decq (%rdi)
   6c3: 750a                           jne 0xa
   6c5: e800000000                     callq 0x0
        # hole +0x6c6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6ca: 498b542418                     movq 0x18(%r12), %rdx
   6cf: 488b82e0000000                 movq 0xe0(%rdx), %rax
   6d6: a801                           testb $0x1, %al
   6d8: 0f859e010000                   jne 0x19e
   6de: 48ff00                         incq (%rax)
   6e1: 49894500                       movq %rax, (%r13)
   6e5: 488b82c8000000                 movq 0xc8(%rdx), %rax
   6ec: a801                           testb $0x1, %al
   6ee: 0f849b010000                   je 0x19b
   6f4: 488903                         movq %rax, (%rbx)
   6f7: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   6fe: f6c101                         testb $0x1, %cl
   701: 7503                           jne 0x3
   703: 48ff01                         incq (%rcx)
   706: 498d4518                       leaq 0x18(%r13), %rax
   70a: 49894d10                       movq %rcx, 0x10(%r13)
   70e: 4d8b7d00                       movq (%r13), %r15
   712: 41be2f000000                   movl $0x2f, %r14d
   718: 41f6c701                       testb $0x1, %r15b
   71c: 0f8588010000                   jne 0x188
   722: 41837f0808                     cmpl $0x8, 0x8(%r15)
   727: 0f857d010000                   jne 0x17d
   72d: ba02000000                     movl $0x2, %edx
   732: 488b7c2408                     movq 0x8(%rsp), %rdi
   737: 4889de                         movq %rbx, %rsi
   73a: 41ff5738                       callq *0x38(%r15)
   73e: 4889442418                     movq %rax, 0x18(%rsp)
   743: 488b3b                         movq (%rbx), %rdi
   746: 40f6c701                       testb $0x1, %dil
   74a: 750a                           jne 0xa
   74c: 48ff0f                         decq (%rdi)
   74f: 7505                           jne 0x5
   751: e800000000                     callq 0x0
        # hole +0x752: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   756: 498b7d10                       movq 0x10(%r13), %rdi
   75a: 40f6c701                       testb $0x1, %dil
   75e: 750a                           jne 0xa
   760: 48ff0f                         decq (%rdi)
   763: 7505                           jne 0x5
   765: e800000000                     callq 0x0
        # hole +0x766: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   76a: 49ff0f                         decq (%r15)
   76d: 7508                           jne 0x8
   76f: 4c89ff                         movq %r15, %rdi
   772: e800000000                     callq 0x0
        # hole +0x773: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   777: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   77d: 0f84bb060000                   je 0x6bb
   783: 488b4c2418                     movq 0x18(%rsp), %rcx
   788: 49894d00                       movq %rcx, (%r13)
   78c: 498b442418                     movq 0x18(%r12), %rax
   791: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   798: 488988d8000000                 movq %rcx, 0xd8(%rax)
   79f: 40f6c701                       testb $0x1, %dil
   7a3: 750f                           jne 0xf
   7a5: 48ff0f                         decq (%rdi)
   7a8: 750a                           jne 0xa
   7aa: e800000000                     callq 0x0
        # hole +0x7ab: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7af: 498b442418                     movq 0x18(%r12), %rax
   7b4: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   7bb: 40f6c701                       testb $0x1, %dil
   7bf: 0f85f8000000                   jne 0xf8
   7c5: 48ff07                         incq (%rdi)
   7c8: 49897d00                       movq %rdi, (%r13)
   7cc: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   7d3: 41f6c701                       testb $0x1, %r15b
   7d7: 0f84f5000000                   je 0xf5
   7dd: 4c893b                         movq %r15, (%rbx)
   7e0: 41be33000000                   movl $0x33, %r14d
   7e6: 40f6c701                       testb $0x1, %dil
   7ea: 0f84fc000000                   je 0xfc
   7f0: e9f5030000                     jmp 0x3f5
   7f5: 488b5c2410                     movq 0x10(%rsp), %rbx
   7fa: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7fc: R_X86_64_64 Abs64 index+0
   804: 4d01f0                         addq %r14, %r8
   807: 4c89e7                         movq %r12, %rdi
   80a: 4889de                         movq %rbx, %rsi
   80d: 4889ea                         movq %rbp, %rdx
   810: 4883c420                       addq $0x20, %rsp
   814: 5d                             popq %rbp
   815: e900000000                     jmp 0x0
        # hole +0x816: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   81a: 4889fb                         movq %rdi, %rbx
   81d: ebdb                           jmp -0x25
   81f: 4889fb                         movq %rdi, %rbx
   822: e9d3030000                     jmp 0x3d3
   827: 41b914000000                   movl $0x14, %r9d
   82d: 41be02000000                   movl $0x2, %r14d
   833: ebc5                           jmp -0x3b
   835: 488b5c2410                     movq 0x10(%rsp), %rbx
   83a: e9bb030000                     jmp 0x3bb
   83f: 4c89eb                         movq %r13, %rbx
   842: b903000000                     movl $0x3, %ecx
   847: 41b93c000000                   movl $0x3c, %r9d
   84d: e9a8030000                     jmp 0x3a8
   852: 49897d00                       movq %rdi, (%r13)
   856: 41b99a010000                   movl $0x19a, %r9d
   85c: 41be29000000                   movl $0x29, %r14d
   862: b901000000                     movl $0x1, %ecx
   867: e98e030000                     jmp 0x38e
   86c: b901000000                     movl $0x1, %ecx
   871: 41b99a010000                   movl $0x19a, %r9d
   877: e97e030000                     jmp 0x37e
   87c: 49894500                       movq %rax, (%r13)
   880: 488b82c8000000                 movq 0xc8(%rdx), %rax
   887: a801                           testb $0x1, %al
   889: 0f8565feffff                   jne -0x19b
   88f: 48ff00                         incq (%rax)
   892: 488903                         movq %rax, (%rbx)
   895: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   89c: f6c101                         testb $0x1, %cl
   89f: 0f845efeffff                   je -0x1a2
   8a5: e95cfeffff                     jmp -0x1a4
   8aa: 4889c3                         movq %rax, %rbx
   8ad: b901000000                     movl $0x1, %ecx
   8b2: 41b9d6010000                   movl $0x1d6, %r9d
   8b8: e93d030000                     jmp 0x33d
   8bd: 49897d00                       movq %rdi, (%r13)
   8c1: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   8c8: 41f6c701                       testb $0x1, %r15b
   8cc: 0f850bffffff                   jne -0xf5
   8d2: 49ff07                         incq (%r15)
   8d5: 498b7d00                       movq (%r13), %rdi
   8d9: 4c893b                         movq %r15, (%rbx)
   8dc: 41be33000000                   movl $0x33, %r14d
   8e2: 40f6c701                       testb $0x1, %dil
   8e6: 0f85fe020000                   jne 0x2fe
   8ec: 837f0802                       cmpl $0x2, 0x8(%rdi)
   8f0: 0f85f4020000                   jne 0x2f4
   8f6: 41f6c701                       testb $0x1, %r15b
   8fa: 0f85ea020000                   jne 0x2ea
   900: 41837f0802                     cmpl $0x2, 0x8(%r15)
   905: 0f85df020000                   jne 0x2df
   90b: f20f104730                     movsd 0x30(%rdi), %xmm0
   910: f2410f594730                   mulsd 0x30(%r15), %xmm0
   916: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   91c: 48ff0f                         decq (%rdi)
   91f: 7505                           jne 0x5
   921: e800000000                     callq 0x0
        # hole +0x922: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   926: 49ff0f                         decq (%r15)
   929: 7508                           jne 0x8
   92b: 4c89ff                         movq %r15, %rdi
   92e: e800000000                     callq 0x0
        # hole +0x92f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   933: 488b7c2408                     movq 0x8(%rsp), %rdi
   938: f20f10442418                   movsd 0x18(%rsp), %xmm0
   93e: e800000000                     callq 0x0
        # hole +0x93f: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   943: 4885c0                         testq %rax, %rax
   946: 0f841a050000                   je 0x51a
   94c: 49894500                       movq %rax, (%r13)
   950: 498b4c2418                     movq 0x18(%r12), %rcx
   955: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   95c: 488981f8000000                 movq %rax, 0xf8(%rcx)
   963: 40f6c701                       testb $0x1, %dil
   967: 750f                           jne 0xf
   969: 48ff0f                         decq (%rdi)
   96c: 750a                           jne 0xa
   96e: e800000000                     callq 0x0
        # hole +0x96f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   973: 498b4c2418                     movq 0x18(%r12), %rcx
   978: 488b9100010000                 movq 0x100(%rcx), %rdx
   97f: f6c201                         testb $0x1, %dl
   982: 7503                           jne 0x3
   984: 48ff02                         incq (%rdx)
   987: 49895500                       movq %rdx, (%r13)
   98b: 488b8108010000                 movq 0x108(%rcx), %rax
   992: a801                           testb $0x1, %al
   994: 7507                           jne 0x7
   996: 48ff00                         incq (%rax)
   999: 498b5500                       movq (%r13), %rdx
   99d: 89d6                           movl %edx, %esi
   99f: 83e601                         andl $0x1, %esi
   9a2: 488903                         movq %rax, (%rbx)
   9a5: 41be38000000                   movl $0x38, %r14d
   9ab: 4885f6                         testq %rsi, %rsi
   9ae: 0f847f020000                   je 0x27f
   9b4: a801                           testb $0x1, %al
   9b6: 0f8477020000                   je 0x277
   9bc: 48d1fa                         sarq %rdx
   9bf: 48d1f8                         sarq %rax
   9c2: 480fafc2                       imulq %rdx, %rax
   9c6: 41be39000000                   movl $0x39, %r14d
   9cc: 0f80ad040000                   jo 0x4ad
   9d2: 488d1428                       leaq (%rax,%rbp), %rdx
   9d6: 4885d2                         testq %rdx, %rdx
   9d9: 0f89a0040000                   jns 0x4a0
   9df: 488d044501000000               leaq 0x1(,%rax,2), %rax
   9e7: 49894500                       movq %rax, (%r13)
   9eb: 488bb910010000                 movq 0x110(%rcx), %rdi
   9f2: 48898110010000                 movq %rax, 0x110(%rcx)
   9f9: 40f6c701                       testb $0x1, %dil
   9fd: 750f                           jne 0xf
   9ff: 48ff0f                         decq (%rdi)
   a02: 750a                           jne 0xa
   a04: e800000000                     callq 0x0
        # hole +0xa05: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a09: 498b4c2418                     movq 0x18(%r12), %rcx
   a0e: 488b8118010000                 movq 0x118(%rcx), %rax
   a15: a801                           testb $0x1, %al
   a17: 7503                           jne 0x3
   a19: 48ff00                         incq (%rax)
   a1c: 49894500                       movq %rax, (%r13)
   a20: 488b9120010000                 movq 0x120(%rcx), %rdx
   a27: f6c201                         testb $0x1, %dl
   a2a: 7507                           jne 0x7
   a2c: 48ff02                         incq (%rdx)
   a2f: 498b4500                       movq (%r13), %rax
   a33: 89c6                           movl %eax, %esi
   a35: 83e601                         andl $0x1, %esi
   a38: 488913                         movq %rdx, (%rbx)
   a3b: 41be3d000000                   movl $0x3d, %r14d
   a41: 4885f6                         testq %rsi, %rsi
   a44: 0f84fb010000                   je 0x1fb
   a4a: f6c201                         testb $0x1, %dl
   a4d: 0f84f2010000                   je 0x1f2
   a53: 48d1f8                         sarq %rax
   a56: 48d1fa                         sarq %rdx
   a59: 4801c2                         addq %rax, %rdx
   a5c: 4889d0                         movq %rdx, %rax
   a5f: 4801e8                         addq %rbp, %rax
   a62: 0f892c040000                   jns 0x42c
   a68: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   a70: 49894500                       movq %rax, (%r13)
   a74: 488bb928010000                 movq 0x128(%rcx), %rdi
   a7b: 48898128010000                 movq %rax, 0x128(%rcx)
   a82: 40f6c701                       testb $0x1, %dil
   a86: 750f                           jne 0xf
   a88: 48ff0f                         decq (%rdi)
   a8b: 750a                           jne 0xa
   a8d: e800000000                     callq 0x0
        # hole +0xa8e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a92: 498b4c2418                     movq 0x18(%r12), %rcx
   a97: 488bb930010000                 movq 0x130(%rcx), %rdi
   a9e: 40f6c701                       testb $0x1, %dil
   aa2: 0f85af010000                   jne 0x1af
   aa8: 48ff07                         incq (%rdi)
   aab: 49897d00                       movq %rdi, (%r13)
   aaf: 41be41000000                   movl $0x41, %r14d
   ab5: 837f0807                       cmpl $0x7, 0x8(%rdi)
   ab9: 0f85af010000                   jne 0x1af
   abf: 488b4730                       movq 0x30(%rdi), %rax
   ac3: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   acb: 0f859d010000                   jne 0x19d
   ad1: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   ad6: 0f84d3030000                   je 0x3d3
   adc: 488b4740                       movq 0x40(%rdi), %rax
   ae0: a801                           testb $0x1, %al
   ae2: 7503                           jne 0x3
   ae4: 48ff00                         incq (%rax)
   ae7: 49894500                       movq %rax, (%r13)
   aeb: 48ff0f                         decq (%rdi)
   aee: 750a                           jne 0xa
   af0: e800000000                     callq 0x0
        # hole +0xaf1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   af5: 498b4c2418                     movq 0x18(%r12), %rcx
   afa: 498b4500                       movq (%r13), %rax
   afe: 488bb938010000                 movq 0x138(%rcx), %rdi
   b05: 48898138010000                 movq %rax, 0x138(%rcx)
   b0c: 40f6c701                       testb $0x1, %dil
   b10: 750f                           jne 0xf
   b12: 48ff0f                         decq (%rdi)
   b15: 750a                           jne 0xa
   b17: e800000000                     callq 0x0
        # hole +0xb18: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b1c: 498b4c2418                     movq 0x18(%r12), %rcx
   b21: 488bb940010000                 movq 0x140(%rcx), %rdi
   b28: 40f6c701                       testb $0x1, %dil
   b2c: 0f854c010000                   jne 0x14c
   b32: 48ff07                         incq (%rdi)
   b35: 49897d00                       movq %rdi, (%r13)
   b39: 41be45000000                   movl $0x45, %r14d
   b3f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b43: 0f8574010000                   jne 0x174
   b49: 488b4730                       movq 0x30(%rdi), %rax
   b4d: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   b55: 0f8562010000                   jne 0x162
   b5b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   b60: 0f845f030000                   je 0x35f
   b66: 488b4740                       movq 0x40(%rdi), %rax
   b6a: a801                           testb $0x1, %al
   b6c: 7503                           jne 0x3
   b6e: 48ff00                         incq (%rax)
   b71: 49894500                       movq %rax, (%r13)
   b75: 48ff0f                         decq (%rdi)
   b78: 750a                           jne 0xa
   b7a: e800000000                     callq 0x0
        # hole +0xb7b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b7f: 498b4c2418                     movq 0x18(%r12), %rcx
   b84: 498b4500                       movq (%r13), %rax
   b88: 488bb948010000                 movq 0x148(%rcx), %rdi
   b8f: 48898148010000                 movq %rax, 0x148(%rcx)
   b96: 40f6c701                       testb $0x1, %dil
   b9a: 750f                           jne 0xf
   b9c: 48ff0f                         decq (%rdi)
   b9f: 750a                           jne 0xa
   ba1: e800000000                     callq 0x0
        # hole +0xba2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   ba6: 498b4c2418                     movq 0x18(%r12), %rcx
   bab: 4c8bb960010000                 movq 0x160(%rcx), %r15
   bb2: 41f6c701                       testb $0x1, %r15b
   bb6: 0f8511010000                   jne 0x111
   bbc: 49ff07                         incq (%r15)
   bbf: 4d897d00                       movq %r15, (%r13)
   bc3: 488b8150010000                 movq 0x150(%rcx), %rax
   bca: a801                           testb $0x1, %al
   bcc: 0f840e010000                   je 0x10e
   bd2: 488903                         movq %rax, (%rbx)
   bd5: 41be4a000000                   movl $0x4a, %r14d
   bdb: 41f6c701                       testb $0x1, %r15b
   bdf: 0f8415010000                   je 0x115
   be5: e93f020000                     jmp 0x23f
   bea: 488b5c2410                     movq 0x10(%rsp), %rbx
   bef: b901000000                     movl $0x1, %ecx
   bf4: 41b9fe010000                   movl $0x1fe, %r9d
   bfa: 488b6c2408                     movq 0x8(%rsp), %rbp
   bff: e9f6fbffff                     jmp -0x40a
   c04: 41b96e000000                   movl $0x6e, %r9d
   c0a: 41be0b000000                   movl $0xb, %r14d
   c10: 4c89eb                         movq %r13, %rbx
   c13: b903000000                     movl $0x3, %ecx
   c18: e9ddfbffff                     jmp -0x423
   c1d: 41b9aa000000                   movl $0xaa, %r9d
   c23: 41be11000000                   movl $0x11, %r14d
   c29: b902000000                     movl $0x2, %ecx
   c2e: e9c7fbffff                     jmp -0x439
   c33: 488b5c2410                     movq 0x10(%rsp), %rbx
   c38: b901000000                     movl $0x1, %ecx
   c3d: 41b930020000                   movl $0x230, %r9d
   c43: ebb5                           jmp -0x4b
   c45: 488b5c2410                     movq 0x10(%rsp), %rbx
   c4a: b901000000                     movl $0x1, %ecx
   c4f: 41b962020000                   movl $0x262, %r9d
   c55: eba3                           jmp -0x5d
   c57: 49897d00                       movq %rdi, (%r13)
   c5b: 41b98a020000                   movl $0x28a, %r9d
   c61: 41be41000000                   movl $0x41, %r14d
   c67: b901000000                     movl $0x1, %ecx
   c6c: eb8c                           jmp -0x74
   c6e: b901000000                     movl $0x1, %ecx
   c73: 41b98a020000                   movl $0x28a, %r9d
   c79: e97cffffff                     jmp -0x84
   c7e: 49897d00                       movq %rdi, (%r13)
   c82: 41b9b2020000                   movl $0x2b2, %r9d
   c88: 41be45000000                   movl $0x45, %r14d
   c8e: b901000000                     movl $0x1, %ecx
   c93: e962ffffff                     jmp -0x9e
   c98: 488b5c2410                     movq 0x10(%rsp), %rbx
   c9d: 41b968010000                   movl $0x168, %r9d
   ca3: e952ffffff                     jmp -0xae
   ca8: 488b5c2410                     movq 0x10(%rsp), %rbx
   cad: b901000000                     movl $0x1, %ecx
   cb2: 41b968010000                   movl $0x168, %r9d
   cb8: e93dffffff                     jmp -0xc3
   cbd: b901000000                     movl $0x1, %ecx
   cc2: 41b9b2020000                   movl $0x2b2, %r9d
   cc8: e92dffffff                     jmp -0xd3
   ccd: 4d897d00                       movq %r15, (%r13)
   cd1: 488b8150010000                 movq 0x150(%rcx), %rax
   cd8: a801                           testb $0x1, %al
   cda: 0f85f2feffff                   jne -0x10e
   ce0: 48ff00                         incq (%rax)
   ce3: 4d8b7d00                       movq (%r13), %r15
   ce7: 488903                         movq %rax, (%rbx)
   cea: 41be4a000000                   movl $0x4a, %r14d
   cf0: 41f6c701                       testb $0x1, %r15b
   cf4: 0f852f010000                   jne 0x12f
   cfa: 41837f0808                     cmpl $0x8, 0x8(%r15)
   cff: 0f8524010000                   jne 0x124
   d05: ba01000000                     movl $0x1, %edx
   d0a: 488b7c2408                     movq 0x8(%rsp), %rdi
   d0f: 4889de                         movq %rbx, %rsi
   d12: 41ff5738                       callq *0x38(%r15)
   d16: 4889442418                     movq %rax, 0x18(%rsp)
   d1b: 488b3b                         movq (%rbx), %rdi
   d1e: 40f6c701                       testb $0x1, %dil
   d22: 750a                           jne 0xa
   d24: 48ff0f                         decq (%rdi)
   d27: 7505                           jne 0x5
   d29: e800000000                     callq 0x0
        # hole +0xd2a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   d2e: 49ff0f                         decq (%r15)
   d31: 7508                           jne 0x8
   d33: 4c89ff                         movq %r15, %rdi
   d36: e800000000                     callq 0x0
        # hole +0xd37: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   d3b: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   d41: 0f8494010000                   je 0x194
   d47: 488b4c2418                     movq 0x18(%rsp), %rcx
   d4c: 49894d00                       movq %rcx, (%r13)
   d50: 498b442418                     movq 0x18(%r12), %rax
   d55: 488bb858010000                 movq 0x158(%rax), %rdi
   d5c: 48898858010000                 movq %rcx, 0x158(%rax)
   d63: 40f6c701                       testb $0x1, %dil
   d67: 750f                           jne 0xf
   d69: 48ff0f                         decq (%rdi)
   d6c: 750a                           jne 0xa
   d6e: e800000000                     callq 0x0
        # hole +0xd6f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   d73: 498b442418                     movq 0x18(%r12), %rax
   d78: 488b8868010000                 movq 0x168(%rax), %rcx
   d7f: f6c101                         testb $0x1, %cl
   d82: 7503                           jne 0x3
   d84: 48ff01                         incq (%rcx)
   d87: 49894d00                       movq %rcx, (%r13)
   d8b: 488b9070010000                 movq 0x170(%rax), %rdx
   d92: f6c201                         testb $0x1, %dl
   d95: 7507                           jne 0x7
   d97: 48ff02                         incq (%rdx)
   d9a: 498b4d00                       movq (%r13), %rcx
   d9e: 89ce                           movl %ecx, %esi
   da0: 83e601                         andl $0x1, %esi
   da3: 488913                         movq %rdx, (%rbx)
   da6: 41be4e000000                   movl $0x4e, %r14d
   dac: 4885f6                         testq %rsi, %rsi
   daf: 0f849c000000                   je 0x9c
   db5: f6c201                         testb $0x1, %dl
   db8: 0f8493000000                   je 0x93
   dbe: 48d1f9                         sarq %rcx
   dc1: 48d1fa                         sarq %rdx
   dc4: 4801ca                         addq %rcx, %rdx
   dc7: 4801d5                         addq %rdx, %rbp
   dca: 0f891e010000                   jns 0x11e
   dd0: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   dd8: 49894d00                       movq %rcx, (%r13)
   ddc: 488bb878010000                 movq 0x178(%rax), %rdi
   de3: 48898878010000                 movq %rcx, 0x178(%rax)
   dea: 41be51000000                   movl $0x51, %r14d
   df0: 40f6c701                       testb $0x1, %dil
   df4: 750a                           jne 0xa
   df6: 48ff0f                         decq (%rdi)
   df9: 7505                           jne 0x5
   dfb: e800000000                     callq 0x0
        # hole +0xdfc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   e00: 4c89eb                         movq %r13, %rbx
   e03: b902000000                     movl $0x2, %ecx
   e08: 41b92a030000                   movl $0x32a, %r9d
   e0e: e9e7fdffff                     jmp -0x219
   e13: 41b9a4010000                   movl $0x1a4, %r9d
   e19: 41be2a000000                   movl $0x2a, %r14d
   e1f: b901000000                     movl $0x1, %ecx
   e24: e9d1fdffff                     jmp -0x22f
   e29: 488b5c2410                     movq 0x10(%rsp), %rbx
   e2e: b901000000                     movl $0x1, %ecx
   e33: 41b9e4020000                   movl $0x2e4, %r9d
   e39: e9bcfdffff                     jmp -0x244
   e3e: 4c89eb                         movq %r13, %rbx
   e41: b903000000                     movl $0x3, %ecx
   e46: 41b9d6010000                   movl $0x1d6, %r9d
   e4c: e9a9fdffff                     jmp -0x257
   e51: 488b5c2410                     movq 0x10(%rsp), %rbx
   e56: b901000000                     movl $0x1, %ecx
   e5b: 41b90c030000                   movl $0x30c, %r9d
   e61: e994fdffff                     jmp -0x26c
   e66: 41b908020000                   movl $0x208, %r9d
   e6c: 41be34000000                   movl $0x34, %r14d
   e72: 4c89eb                         movq %r13, %rbx
   e75: b903000000                     movl $0x3, %ecx
   e7a: e97bfdffff                     jmp -0x285
   e7f: 488b5c2410                     movq 0x10(%rsp), %rbx
   e84: b901000000                     movl $0x1, %ecx
   e89: 41b93a020000                   movl $0x23a, %r9d
   e8f: e966fdffff                     jmp -0x29a
   e94: 41b96c020000                   movl $0x26c, %r9d
   e9a: 41be3e000000                   movl $0x3e, %r14d
   ea0: 488b5c2410                     movq 0x10(%rsp), %rbx
   ea5: b901000000                     movl $0x1, %ecx
   eaa: e94bfdffff                     jmp -0x2b5
   eaf: 41b994020000                   movl $0x294, %r9d
   eb5: 41be42000000                   movl $0x42, %r14d
   ebb: b901000000                     movl $0x1, %ecx
   ec0: e935fdffff                     jmp -0x2cb
   ec5: 41b9bc020000                   movl $0x2bc, %r9d
   ecb: 41be46000000                   movl $0x46, %r14d
   ed1: b901000000                     movl $0x1, %ecx
   ed6: e91ffdffff                     jmp -0x2e1
   edb: 4c89eb                         movq %r13, %rbx
   ede: b903000000                     movl $0x3, %ecx
   ee3: 41b9e4020000                   movl $0x2e4, %r9d
   ee9: e90cfdffff                     jmp -0x2f4
   eee: 41b916030000                   movl $0x316, %r9d
   ef4: 41be4f000000                   movl $0x4f, %r14d
   efa: eba4                           jmp -0x5c
