# stencil startup_mixed for x86_64-unknown-linux-gnu: 3726 code bytes, 0 data bytes, 42 holes
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
    36: 0f8591070000                   jne 0x791
    3c: 837f0807                       cmpl $0x7, 0x8(%rdi)
    40: 0f8587070000                   jne 0x787
    46: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x48: R_X86_64_64 Abs64 operand0[1]+0
    50: 488b5730                       movq 0x30(%rdi), %rdx
    54: 48394230                       cmpq %rax, 0x30(%rdx)
    58: 0f856f070000                   jne 0x76f
    5e: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    63: 0f8291070000                   jb 0x791
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
    fa: 0f85c8060000                   jne 0x6c8
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
   13f: 0f84cd060000                   je 0x6cd
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
   184: e944060000                     jmp 0x644
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
   1dd: 0f85e5050000                   jne 0x5e5
   1e3: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1e7: 0f85db050000                   jne 0x5db
   1ed: 41f6c701                       testb $0x1, %r15b
   1f1: 0f85d1050000                   jne 0x5d1
   1f7: 41837f0802                     cmpl $0x2, 0x8(%r15)
   1fc: 0f85c6050000                   jne 0x5c6
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
   238: 49894500                       movq %rax, (%r13)
   23c: 498b542418                     movq 0x18(%r12), %rdx
   241: 488b7a38                       movq 0x38(%rdx), %rdi
   245: 48894238                       movq %rax, 0x38(%rdx)
   249: 40f6c701                       testb $0x1, %dil
   24d: 753e                           jne 0x3e
   24f: 48ff0f                         decq (%rdi)
   252: b901000000                     movl $0x1, %ecx
   257: 7519                           jne 0x19
   259: e800000000                     callq 0x0
        # hole +0x25a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   25e: b901000000                     movl $0x1, %ecx
   263: 498b542418                     movq 0x18(%r12), %rdx
   268: 488b4240                       movq 0x40(%rdx), %rax
   26c: a801                           testb $0x1, %al
   26e: 752a                           jne 0x2a
   270: eb08                           jmp 0x8
   272: 488b4240                       movq 0x40(%rdx), %rax
   276: a801                           testb $0x1, %al
   278: 7520                           jne 0x20
   27a: 48ff00                         incq (%rax)
   27d: 49894500                       movq %rax, (%r13)
   281: 488b7248                       movq 0x48(%rdx), %rsi
   285: 40f6c601                       testb $0x1, %sil
   289: 741d                           je 0x1d
   28b: eb22                           jmp 0x22
   28d: b901000000                     movl $0x1, %ecx
   292: 488b4240                       movq 0x40(%rdx), %rax
   296: a801                           testb $0x1, %al
   298: 74e0                           je -0x20
   29a: 49894500                       movq %rax, (%r13)
   29e: 488b7248                       movq 0x48(%rdx), %rsi
   2a2: 40f6c601                       testb $0x1, %sil
   2a6: 7507                           jne 0x7
   2a8: 48ff06                         incq (%rsi)
   2ab: 498b4500                       movq (%r13), %rax
   2af: 89c7                           movl %eax, %edi
   2b1: 83e701                         andl $0x1, %edi
   2b4: 488933                         movq %rsi, (%rbx)
   2b7: 41b996000000                   movl $0x96, %r9d
   2bd: 41be0f000000                   movl $0xf, %r14d
   2c3: 4885ff                         testq %rdi, %rdi
   2c6: 0f84fc040000                   je 0x4fc
   2cc: 40f6c601                       testb $0x1, %sil
   2d0: 0f84f2040000                   je 0x4f2
   2d6: 48d1f8                         sarq %rax
   2d9: 48d1fe                         sarq %rsi
   2dc: 48bf0000000000000000           movabsq $0x0, %rdi
        # hole +0x2de: R_X86_64_64 Abs64 symbol:tf_True+0
   2e6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2e8: R_X86_64_64 Abs64 symbol:tf_False+0
   2f0: 4839f0                         cmpq %rsi, %rax
   2f3: 4c0f4cc7                       cmovlq %rdi, %r8
   2f7: 4d894500                       movq %r8, (%r13)
   2fb: 0f8dcd080000                   jge 0x8cd
   301: 488b7a50                       movq 0x50(%rdx), %rdi
   305: 40f6c701                       testb $0x1, %dil
   309: 7503                           jne 0x3
   30b: 48ff07                         incq (%rdi)
   30e: 49897d00                       movq %rdi, (%r13)
   312: 4c8b7a58                       movq 0x58(%rdx), %r15
   316: 41f6c701                       testb $0x1, %r15b
   31a: 7507                           jne 0x7
   31c: 49ff07                         incq (%r15)
   31f: 498b7d00                       movq (%r13), %rdi
   323: 4c893b                         movq %r15, (%rbx)
   326: 41b9c8000000                   movl $0xc8, %r9d
   32c: 41be14000000                   movl $0x14, %r14d
   332: 40f6c701                       testb $0x1, %dil
   336: 0f858c040000                   jne 0x48c
   33c: 837f0802                       cmpl $0x2, 0x8(%rdi)
   340: 0f8582040000                   jne 0x482
   346: 41f6c701                       testb $0x1, %r15b
   34a: 0f8578040000                   jne 0x478
   350: 41837f0802                     cmpl $0x2, 0x8(%r15)
   355: 0f856d040000                   jne 0x46d
   35b: f20f104730                     movsd 0x30(%rdi), %xmm0
   360: f2410f594730                   mulsd 0x30(%r15), %xmm0
   366: 48ff0f                         decq (%rdi)
   369: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   36f: 750b                           jne 0xb
   371: e800000000                     callq 0x0
        # hole +0x372: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   376: f20f10442418                   movsd 0x18(%rsp), %xmm0
   37c: 49ff0f                         decq (%r15)
   37f: 750e                           jne 0xe
   381: 4c89ff                         movq %r15, %rdi
   384: e800000000                     callq 0x0
        # hole +0x385: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   389: f20f10442418                   movsd 0x18(%rsp), %xmm0
   38f: 4889ef                         movq %rbp, %rdi
   392: e800000000                     callq 0x0
        # hole +0x393: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   397: 49894500                       movq %rax, (%r13)
   39b: 498b542418                     movq 0x18(%r12), %rdx
   3a0: 488b7a60                       movq 0x60(%rdx), %rdi
   3a4: 48894260                       movq %rax, 0x60(%rdx)
   3a8: 40f6c701                       testb $0x1, %dil
   3ac: 7540                           jne 0x40
   3ae: 48ff0f                         decq (%rdi)
   3b1: b901000000                     movl $0x1, %ecx
   3b6: 751b                           jne 0x1b
   3b8: e800000000                     callq 0x0
        # hole +0x3b9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3bd: b901000000                     movl $0x1, %ecx
   3c2: 498b542418                     movq 0x18(%r12), %rdx
   3c7: 488b7268                       movq 0x68(%rdx), %rsi
   3cb: 40f6c601                       testb $0x1, %sil
   3cf: 752c                           jne 0x2c
   3d1: eb0a                           jmp 0xa
   3d3: 488b7268                       movq 0x68(%rdx), %rsi
   3d7: 40f6c601                       testb $0x1, %sil
   3db: 7520                           jne 0x20
   3dd: 48ff06                         incq (%rsi)
   3e0: 49897500                       movq %rsi, (%r13)
   3e4: 488b4270                       movq 0x70(%rdx), %rax
   3e8: a801                           testb $0x1, %al
   3ea: 741d                           je 0x1d
   3ec: eb22                           jmp 0x22
   3ee: b901000000                     movl $0x1, %ecx
   3f3: 488b7268                       movq 0x68(%rdx), %rsi
   3f7: 40f6c601                       testb $0x1, %sil
   3fb: 74e0                           je -0x20
   3fd: 49897500                       movq %rsi, (%r13)
   401: 488b4270                       movq 0x70(%rdx), %rax
   405: a801                           testb $0x1, %al
   407: 7507                           jne 0x7
   409: 48ff00                         incq (%rax)
   40c: 498b7500                       movq (%r13), %rsi
   410: 89f7                           movl %esi, %edi
   412: 83e701                         andl $0x1, %edi
   415: 488903                         movq %rax, (%rbx)
   418: 41b9fa000000                   movl $0xfa, %r9d
   41e: 41be19000000                   movl $0x19, %r14d
   424: 4885ff                         testq %rdi, %rdi
   427: 0f849b030000                   je 0x39b
   42d: a801                           testb $0x1, %al
   42f: 488b7c2410                     movq 0x10(%rsp), %rdi
   434: 0f84b3030000                   je 0x3b3
   43a: 48d1fe                         sarq %rsi
   43d: 48d1f8                         sarq %rax
   440: 480fafc6                       imulq %rsi, %rax
   444: 41b904010000                   movl $0x104, %r9d
   44a: 41be1a000000                   movl $0x1a, %r14d
   450: 0f809c030000                   jo 0x39c
   456: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   460: 488d3428                       leaq (%rax,%rbp), %rsi
   464: 4885f6                         testq %rsi, %rsi
   467: 0f899b030000                   jns 0x39b
   46d: 488d044501000000               leaq 0x1(,%rax,2), %rax
   475: 49894500                       movq %rax, (%r13)
   479: 488b7a78                       movq 0x78(%rdx), %rdi
   47d: 48894278                       movq %rax, 0x78(%rdx)
   481: 40f6c701                       testb $0x1, %dil
   485: 7514                           jne 0x14
   487: 48ff0f                         decq (%rdi)
   48a: 750f                           jne 0xf
   48c: e800000000                     callq 0x0
        # hole +0x48d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   491: b901000000                     movl $0x1, %ecx
   496: 498b542418                     movq 0x18(%r12), %rdx
   49b: 488bb280000000                 movq 0x80(%rdx), %rsi
   4a2: 40f6c601                       testb $0x1, %sil
   4a6: 7503                           jne 0x3
   4a8: 48ff06                         incq (%rsi)
   4ab: 49897500                       movq %rsi, (%r13)
   4af: 488b8288000000                 movq 0x88(%rdx), %rax
   4b6: a801                           testb $0x1, %al
   4b8: 7507                           jne 0x7
   4ba: 48ff00                         incq (%rax)
   4bd: 498b7500                       movq (%r13), %rsi
   4c1: 89f7                           movl %esi, %edi
   4c3: 83e701                         andl $0x1, %edi
   4c6: 488903                         movq %rax, (%rbx)
   4c9: 41b92c010000                   movl $0x12c, %r9d
   4cf: 41be1e000000                   movl $0x1e, %r14d
   4d5: 4885ff                         testq %rdi, %rdi
   4d8: 0f842a030000                   je 0x32a
   4de: a801                           testb $0x1, %al
   4e0: 488b7c2410                     movq 0x10(%rsp), %rdi
   4e5: 0f8407030000                   je 0x307
   4eb: 48d1fe                         sarq %rsi
   4ee: 48d1f8                         sarq %rax
   4f1: 480fafc6                       imulq %rsi, %rax
   4f5: 41b936010000                   movl $0x136, %r9d
   4fb: 41be1f000000                   movl $0x1f, %r14d
   501: 0f80eb020000                   jo 0x2eb
   507: 488d3428                       leaq (%rax,%rbp), %rsi
   50b: 4885f6                         testq %rsi, %rsi
   50e: 0f89f4020000                   jns 0x2f4
   514: 488d044501000000               leaq 0x1(,%rax,2), %rax
   51c: 49894500                       movq %rax, (%r13)
   520: 488bba90000000                 movq 0x90(%rdx), %rdi
   527: 48898290000000                 movq %rax, 0x90(%rdx)
   52e: 40f6c701                       testb $0x1, %dil
   532: 7514                           jne 0x14
   534: 48ff0f                         decq (%rdi)
   537: 750f                           jne 0xf
   539: e800000000                     callq 0x0
        # hole +0x53a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   53e: b901000000                     movl $0x1, %ecx
   543: 498b542418                     movq 0x18(%r12), %rdx
   548: 488bb298000000                 movq 0x98(%rdx), %rsi
   54f: 40f6c601                       testb $0x1, %sil
   553: 7503                           jne 0x3
   555: 48ff06                         incq (%rsi)
   558: 49897500                       movq %rsi, (%r13)
   55c: 488b82a0000000                 movq 0xa0(%rdx), %rax
   563: a801                           testb $0x1, %al
   565: 7507                           jne 0x7
   567: 48ff00                         incq (%rax)
   56a: 498b7500                       movq (%r13), %rsi
   56e: 89f7                           movl %esi, %edi
   570: 83e701                         andl $0x1, %edi
   573: 488903                         movq %rax, (%rbx)
   576: 41b95e010000                   movl $0x15e, %r9d
   57c: 41be23000000                   movl $0x23, %r14d
   582: 4885ff                         testq %rdi, %rdi
   585: 0f847d020000                   je 0x27d
   58b: a801                           testb $0x1, %al
   58d: 0f8475020000                   je 0x275
   593: 48d1fe                         sarq %rsi
   596: 48d1f8                         sarq %rax
   599: 480fafc6                       imulq %rsi, %rax
   59d: 41be24000000                   movl $0x24, %r14d
   5a3: 0f809a060000                   jo 0x69a
   5a9: 488d0c28                       leaq (%rax,%rbp), %rcx
   5ad: 4885c9                         testq %rcx, %rcx
   5b0: 0f899d060000                   jns 0x69d
   5b6: 488d044501000000               leaq 0x1(,%rax,2), %rax
   5be: 49894500                       movq %rax, (%r13)
   5c2: 488bbaa8000000                 movq 0xa8(%rdx), %rdi
   5c9: 488982a8000000                 movq %rax, 0xa8(%rdx)
   5d0: 40f6c701                       testb $0x1, %dil
   5d4: 750f                           jne 0xf
   5d6: 48ff0f                         decq (%rdi)
   5d9: 750a                           jne 0xa
   5db: e800000000                     callq 0x0
        # hole +0x5dc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5e0: 498b542418                     movq 0x18(%r12), %rdx
   5e5: 49c745003d000000               movq $0x3d, (%r13)
   5ed: 488bbab0000000                 movq 0xb0(%rdx), %rdi
   5f4: 48c782b00000003d000000         movq $0x3d, 0xb0(%rdx)
   5ff: 40f6c701                       testb $0x1, %dil
   603: 750f                           jne 0xf
   605: 48ff0f                         decq (%rdi)
   608: 750a                           jne 0xa
   60a: e800000000                     callq 0x0
        # hole +0x60b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   60f: 498b542418                     movq 0x18(%r12), %rdx
   614: 488bbab8000000                 movq 0xb8(%rdx), %rdi
   61b: 40f6c701                       testb $0x1, %dil
   61f: 0f8500020000                   jne 0x200
   625: 48ff07                         incq (%rdi)
   628: 49897d00                       movq %rdi, (%r13)
   62c: 41be29000000                   movl $0x29, %r14d
   632: 837f0807                       cmpl $0x7, 0x8(%rdi)
   636: 0f8503020000                   jne 0x203
   63c: 488b4730                       movq 0x30(%rdi), %rax
   640: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   648: 0f85f1010000                   jne 0x1f1
   64e: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   653: 0f8265070000                   jb 0x765
   659: 488b4748                       movq 0x48(%rdi), %rax
   65d: a801                           testb $0x1, %al
   65f: 7503                           jne 0x3
   661: 48ff00                         incq (%rax)
   664: 49894500                       movq %rax, (%r13)
   668: 48ff0f                         decq (%rdi)
   66b: 750a                           jne 0xa
   66d: e800000000                     callq 0x0
        # hole +0x66e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   672: 498b542418                     movq 0x18(%r12), %rdx
   677: 498b4500                       movq (%r13), %rax
   67b: 488bbac0000000                 movq 0xc0(%rdx), %rdi
   682: 488982c0000000                 movq %rax, 0xc0(%rdx)
   689: 40f6c701                       testb $0x1, %dil
   68d: 750f                           jne 0xf
   68f: 48ff0f                         decq (%rdi)
   692: 750a                           jne 0xa
   694: e800000000                     callq 0x0
        # hole +0x695: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   699: 498b542418                     movq 0x18(%r12), %rdx
   69e: 488b82e0000000                 movq 0xe0(%rdx), %rax
   6a5: a801                           testb $0x1, %al
   6a7: 0f85a2010000                   jne 0x1a2
   6ad: 48ff00                         incq (%rax)
   6b0: 49894500                       movq %rax, (%r13)
   6b4: 488b82c8000000                 movq 0xc8(%rdx), %rax
   6bb: a801                           testb $0x1, %al
   6bd: 0f849f010000                   je 0x19f
   6c3: 488903                         movq %rax, (%rbx)
   6c6: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   6cd: f6c101                         testb $0x1, %cl
   6d0: 7503                           jne 0x3
   6d2: 48ff01                         incq (%rcx)
   6d5: 498d4518                       leaq 0x18(%r13), %rax
   6d9: 49894d10                       movq %rcx, 0x10(%r13)
   6dd: 4d8b7d00                       movq (%r13), %r15
   6e1: 41be2f000000                   movl $0x2f, %r14d
   6e7: 41f6c701                       testb $0x1, %r15b
   6eb: 0f858c010000                   jne 0x18c
   6f1: 41837f0808                     cmpl $0x8, 0x8(%r15)
   6f6: 0f8581010000                   jne 0x181
   6fc: ba02000000                     movl $0x2, %edx
   701: 488b7c2408                     movq 0x8(%rsp), %rdi
   706: 4889de                         movq %rbx, %rsi
   709: 41ff5738                       callq *0x38(%r15)
   70d: 4889442418                     movq %rax, 0x18(%rsp)
   712: 488b3b                         movq (%rbx), %rdi
   715: 40f6c701                       testb $0x1, %dil
   719: 750a                           jne 0xa
   71b: 48ff0f                         decq (%rdi)
   71e: 7505                           jne 0x5
   720: e800000000                     callq 0x0
        # hole +0x721: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   725: 488b442410                     movq 0x10(%rsp), %rax
   72a: 488b38                         movq (%rax), %rdi
   72d: 40f6c701                       testb $0x1, %dil
   731: 750a                           jne 0xa
   733: 48ff0f                         decq (%rdi)
   736: 7505                           jne 0x5
   738: e800000000                     callq 0x0
        # hole +0x739: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   73d: 49ff0f                         decq (%r15)
   740: 7508                           jne 0x8
   742: 4c89ff                         movq %r15, %rdi
   745: e800000000                     callq 0x0
        # hole +0x746: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   74a: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   750: 0f8493060000                   je 0x693
   756: 488b4c2418                     movq 0x18(%rsp), %rcx
   75b: 49894d00                       movq %rcx, (%r13)
   75f: 498b442418                     movq 0x18(%r12), %rax
   764: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   76b: 488988d8000000                 movq %rcx, 0xd8(%rax)
   772: 40f6c701                       testb $0x1, %dil
   776: 750f                           jne 0xf
   778: 48ff0f                         decq (%rdi)
   77b: 750a                           jne 0xa
   77d: e800000000                     callq 0x0
        # hole +0x77e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   782: 498b442418                     movq 0x18(%r12), %rax
   787: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   78e: 40f6c701                       testb $0x1, %dil
   792: 0f85f8000000                   jne 0xf8
   798: 48ff07                         incq (%rdi)
   79b: 49897d00                       movq %rdi, (%r13)
   79f: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   7a6: 41f6c701                       testb $0x1, %r15b
   7aa: 0f84f5000000                   je 0xf5
   7b0: 4c893b                         movq %r15, (%rbx)
   7b3: 41be33000000                   movl $0x33, %r14d
   7b9: 40f6c701                       testb $0x1, %dil
   7bd: 0f84fc000000                   je 0xfc
   7c3: e9ec030000                     jmp 0x3ec
   7c8: 488b5c2410                     movq 0x10(%rsp), %rbx
   7cd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7cf: R_X86_64_64 Abs64 index+0
   7d7: 4d01f0                         addq %r14, %r8
   7da: 4c89e7                         movq %r12, %rdi
   7dd: 4889de                         movq %rbx, %rsi
   7e0: 4889ea                         movq %rbp, %rdx
   7e3: 4883c420                       addq $0x20, %rsp
   7e7: 5d                             popq %rbp
   7e8: e900000000                     jmp 0x0
        # hole +0x7e9: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   7ed: 4889fb                         movq %rdi, %rbx
   7f0: ebdb                           jmp -0x25
   7f2: 4889fb                         movq %rdi, %rbx
   7f5: e9ca030000                     jmp 0x3ca
   7fa: 41b914000000                   movl $0x14, %r9d
   800: 41be02000000                   movl $0x2, %r14d
   806: ebc5                           jmp -0x3b
   808: 488b5c2410                     movq 0x10(%rsp), %rbx
   80d: e9b2030000                     jmp 0x3b2
   812: 4c89eb                         movq %r13, %rbx
   815: b903000000                     movl $0x3, %ecx
   81a: 41b93c000000                   movl $0x3c, %r9d
   820: e99f030000                     jmp 0x39f
   825: 49897d00                       movq %rdi, (%r13)
   829: 41b99a010000                   movl $0x19a, %r9d
   82f: 41be29000000                   movl $0x29, %r14d
   835: b901000000                     movl $0x1, %ecx
   83a: e985030000                     jmp 0x385
   83f: b901000000                     movl $0x1, %ecx
   844: 41b99a010000                   movl $0x19a, %r9d
   84a: e975030000                     jmp 0x375
   84f: 49894500                       movq %rax, (%r13)
   853: 488b82c8000000                 movq 0xc8(%rdx), %rax
   85a: a801                           testb $0x1, %al
   85c: 0f8561feffff                   jne -0x19f
   862: 48ff00                         incq (%rax)
   865: 488903                         movq %rax, (%rbx)
   868: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   86f: f6c101                         testb $0x1, %cl
   872: 0f845afeffff                   je -0x1a6
   878: e958feffff                     jmp -0x1a8
   87d: 4889c3                         movq %rax, %rbx
   880: b901000000                     movl $0x1, %ecx
   885: 41b9d6010000                   movl $0x1d6, %r9d
   88b: e934030000                     jmp 0x334
   890: 49897d00                       movq %rdi, (%r13)
   894: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   89b: 41f6c701                       testb $0x1, %r15b
   89f: 0f850bffffff                   jne -0xf5
   8a5: 49ff07                         incq (%r15)
   8a8: 498b7d00                       movq (%r13), %rdi
   8ac: 4c893b                         movq %r15, (%rbx)
   8af: 41be33000000                   movl $0x33, %r14d
   8b5: 40f6c701                       testb $0x1, %dil
   8b9: 0f85f5020000                   jne 0x2f5
   8bf: 837f0802                       cmpl $0x2, 0x8(%rdi)
   8c3: 0f85eb020000                   jne 0x2eb
   8c9: 41f6c701                       testb $0x1, %r15b
   8cd: 0f85e1020000                   jne 0x2e1
   8d3: 41837f0802                     cmpl $0x2, 0x8(%r15)
   8d8: 0f85d6020000                   jne 0x2d6
   8de: f20f104730                     movsd 0x30(%rdi), %xmm0
   8e3: f2410f594730                   mulsd 0x30(%r15), %xmm0
   8e9: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   8ef: 48ff0f                         decq (%rdi)
   8f2: 7505                           jne 0x5
   8f4: e800000000                     callq 0x0
        # hole +0x8f5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8f9: 49ff0f                         decq (%r15)
   8fc: 7508                           jne 0x8
   8fe: 4c89ff                         movq %r15, %rdi
   901: e800000000                     callq 0x0
        # hole +0x902: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   906: 488b7c2408                     movq 0x8(%rsp), %rdi
   90b: f20f10442418                   movsd 0x18(%rsp), %xmm0
   911: e800000000                     callq 0x0
        # hole +0x912: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   916: 49894500                       movq %rax, (%r13)
   91a: 498b4c2418                     movq 0x18(%r12), %rcx
   91f: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   926: 488981f8000000                 movq %rax, 0xf8(%rcx)
   92d: 40f6c701                       testb $0x1, %dil
   931: 750f                           jne 0xf
   933: 48ff0f                         decq (%rdi)
   936: 750a                           jne 0xa
   938: e800000000                     callq 0x0
        # hole +0x939: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   93d: 498b4c2418                     movq 0x18(%r12), %rcx
   942: 488b9100010000                 movq 0x100(%rcx), %rdx
   949: f6c201                         testb $0x1, %dl
   94c: 7503                           jne 0x3
   94e: 48ff02                         incq (%rdx)
   951: 49895500                       movq %rdx, (%r13)
   955: 488b8108010000                 movq 0x108(%rcx), %rax
   95c: a801                           testb $0x1, %al
   95e: 7507                           jne 0x7
   960: 48ff00                         incq (%rax)
   963: 498b5500                       movq (%r13), %rdx
   967: 89d6                           movl %edx, %esi
   969: 83e601                         andl $0x1, %esi
   96c: 488903                         movq %rax, (%rbx)
   96f: 41be38000000                   movl $0x38, %r14d
   975: 4885f6                         testq %rsi, %rsi
   978: 0f8466020000                   je 0x266
   97e: a801                           testb $0x1, %al
   980: 0f845e020000                   je 0x25e
   986: 48d1fa                         sarq %rdx
   989: 48d1f8                         sarq %rax
   98c: 480fafc2                       imulq %rdx, %rax
   990: 41be39000000                   movl $0x39, %r14d
   996: 0f8075040000                   jo 0x475
   99c: 488d1428                       leaq (%rax,%rbp), %rdx
   9a0: 4885d2                         testq %rdx, %rdx
   9a3: 0f8968040000                   jns 0x468
   9a9: 488d044501000000               leaq 0x1(,%rax,2), %rax
   9b1: 49894500                       movq %rax, (%r13)
   9b5: 488bb910010000                 movq 0x110(%rcx), %rdi
   9bc: 48898110010000                 movq %rax, 0x110(%rcx)
   9c3: 40f6c701                       testb $0x1, %dil
   9c7: 750f                           jne 0xf
   9c9: 48ff0f                         decq (%rdi)
   9cc: 750a                           jne 0xa
   9ce: e800000000                     callq 0x0
        # hole +0x9cf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   9d3: 498b4c2418                     movq 0x18(%r12), %rcx
   9d8: 488b8118010000                 movq 0x118(%rcx), %rax
   9df: a801                           testb $0x1, %al
   9e1: 7503                           jne 0x3
   9e3: 48ff00                         incq (%rax)
   9e6: 49894500                       movq %rax, (%r13)
   9ea: 488b9120010000                 movq 0x120(%rcx), %rdx
   9f1: f6c201                         testb $0x1, %dl
   9f4: 7507                           jne 0x7
   9f6: 48ff02                         incq (%rdx)
   9f9: 498b4500                       movq (%r13), %rax
   9fd: 89c6                           movl %eax, %esi
   9ff: 83e601                         andl $0x1, %esi
   a02: 488913                         movq %rdx, (%rbx)
   a05: 41be3d000000                   movl $0x3d, %r14d
   a0b: 4885f6                         testq %rsi, %rsi
   a0e: 0f84e2010000                   je 0x1e2
   a14: f6c201                         testb $0x1, %dl
   a17: 0f84d9010000                   je 0x1d9
   a1d: 48d1f8                         sarq %rax
   a20: 48d1fa                         sarq %rdx
   a23: 4801c2                         addq %rax, %rdx
   a26: 4889d0                         movq %rdx, %rax
   a29: 4801e8                         addq %rbp, %rax
   a2c: 0f89f4030000                   jns 0x3f4
   a32: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   a3a: 49894500                       movq %rax, (%r13)
   a3e: 488bb928010000                 movq 0x128(%rcx), %rdi
   a45: 48898128010000                 movq %rax, 0x128(%rcx)
   a4c: 40f6c701                       testb $0x1, %dil
   a50: 750f                           jne 0xf
   a52: 48ff0f                         decq (%rdi)
   a55: 750a                           jne 0xa
   a57: e800000000                     callq 0x0
        # hole +0xa58: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a5c: 498b4c2418                     movq 0x18(%r12), %rcx
   a61: 488bb930010000                 movq 0x130(%rcx), %rdi
   a68: 40f6c701                       testb $0x1, %dil
   a6c: 0f8596010000                   jne 0x196
   a72: 48ff07                         incq (%rdi)
   a75: 49897d00                       movq %rdi, (%r13)
   a79: 41be41000000                   movl $0x41, %r14d
   a7f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   a83: 0f8596010000                   jne 0x196
   a89: 488b4730                       movq 0x30(%rdi), %rax
   a8d: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   a95: 0f8584010000                   jne 0x184
   a9b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   aa0: 0f849b030000                   je 0x39b
   aa6: 488b4740                       movq 0x40(%rdi), %rax
   aaa: a801                           testb $0x1, %al
   aac: 7503                           jne 0x3
   aae: 48ff00                         incq (%rax)
   ab1: 49894500                       movq %rax, (%r13)
   ab5: 48ff0f                         decq (%rdi)
   ab8: 750a                           jne 0xa
   aba: e800000000                     callq 0x0
        # hole +0xabb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   abf: 498b4c2418                     movq 0x18(%r12), %rcx
   ac4: 498b4500                       movq (%r13), %rax
   ac8: 488bb938010000                 movq 0x138(%rcx), %rdi
   acf: 48898138010000                 movq %rax, 0x138(%rcx)
   ad6: 40f6c701                       testb $0x1, %dil
   ada: 750f                           jne 0xf
   adc: 48ff0f                         decq (%rdi)
   adf: 750a                           jne 0xa
   ae1: e800000000                     callq 0x0
        # hole +0xae2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   ae6: 498b4c2418                     movq 0x18(%r12), %rcx
   aeb: 488bb940010000                 movq 0x140(%rcx), %rdi
   af2: 40f6c701                       testb $0x1, %dil
   af6: 0f8530010000                   jne 0x130
   afc: 48ff07                         incq (%rdi)
   aff: 49897d00                       movq %rdi, (%r13)
   b03: 41be45000000                   movl $0x45, %r14d
   b09: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b0d: 0f8555010000                   jne 0x155
   b13: 488b4730                       movq 0x30(%rdi), %rax
   b17: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   b1f: 0f8543010000                   jne 0x143
   b25: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   b2a: 0f8427030000                   je 0x327
   b30: 488b4740                       movq 0x40(%rdi), %rax
   b34: a801                           testb $0x1, %al
   b36: 7503                           jne 0x3
   b38: 48ff00                         incq (%rax)
   b3b: 49894500                       movq %rax, (%r13)
   b3f: 48ff0f                         decq (%rdi)
   b42: 750a                           jne 0xa
   b44: e800000000                     callq 0x0
        # hole +0xb45: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b49: 498b4c2418                     movq 0x18(%r12), %rcx
   b4e: 498b4500                       movq (%r13), %rax
   b52: 488bb948010000                 movq 0x148(%rcx), %rdi
   b59: 48898148010000                 movq %rax, 0x148(%rcx)
   b60: 40f6c701                       testb $0x1, %dil
   b64: 750f                           jne 0xf
   b66: 48ff0f                         decq (%rdi)
   b69: 750a                           jne 0xa
   b6b: e800000000                     callq 0x0
        # hole +0xb6c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b70: 498b4c2418                     movq 0x18(%r12), %rcx
   b75: 4c8bb960010000                 movq 0x160(%rcx), %r15
   b7c: 41f6c701                       testb $0x1, %r15b
   b80: 0f85f2000000                   jne 0xf2
   b86: 49ff07                         incq (%r15)
   b89: 4d897d00                       movq %r15, (%r13)
   b8d: 488b8150010000                 movq 0x150(%rcx), %rax
   b94: a801                           testb $0x1, %al
   b96: 0f84ef000000                   je 0xef
   b9c: 488903                         movq %rax, (%rbx)
   b9f: 41be4a000000                   movl $0x4a, %r14d
   ba5: 41f6c701                       testb $0x1, %r15b
   ba9: 0f84f6000000                   je 0xf6
   baf: e920020000                     jmp 0x220
   bb4: 488b5c2410                     movq 0x10(%rsp), %rbx
   bb9: b901000000                     movl $0x1, %ecx
   bbe: 41b9fe010000                   movl $0x1fe, %r9d
   bc4: 488b6c2408                     movq 0x8(%rsp), %rbp
   bc9: e9fffbffff                     jmp -0x401
   bce: 41b9aa000000                   movl $0xaa, %r9d
   bd4: 41be11000000                   movl $0x11, %r14d
   bda: b902000000                     movl $0x2, %ecx
   bdf: e9e9fbffff                     jmp -0x417
   be4: 488b5c2410                     movq 0x10(%rsp), %rbx
   be9: b901000000                     movl $0x1, %ecx
   bee: 41b930020000                   movl $0x230, %r9d
   bf4: ebce                           jmp -0x32
   bf6: 488b5c2410                     movq 0x10(%rsp), %rbx
   bfb: b901000000                     movl $0x1, %ecx
   c00: 41b962020000                   movl $0x262, %r9d
   c06: ebbc                           jmp -0x44
   c08: 49897d00                       movq %rdi, (%r13)
   c0c: 41b98a020000                   movl $0x28a, %r9d
   c12: 41be41000000                   movl $0x41, %r14d
   c18: b901000000                     movl $0x1, %ecx
   c1d: eba5                           jmp -0x5b
   c1f: b901000000                     movl $0x1, %ecx
   c24: 41b98a020000                   movl $0x28a, %r9d
   c2a: eb98                           jmp -0x68
   c2c: 49897d00                       movq %rdi, (%r13)
   c30: 41b9b2020000                   movl $0x2b2, %r9d
   c36: 41be45000000                   movl $0x45, %r14d
   c3c: b901000000                     movl $0x1, %ecx
   c41: eb81                           jmp -0x7f
   c43: 488b5c2410                     movq 0x10(%rsp), %rbx
   c48: 41b968010000                   movl $0x168, %r9d
   c4e: e971ffffff                     jmp -0x8f
   c53: 488b5c2410                     movq 0x10(%rsp), %rbx
   c58: b901000000                     movl $0x1, %ecx
   c5d: 41b968010000                   movl $0x168, %r9d
   c63: e95cffffff                     jmp -0xa4
   c68: b901000000                     movl $0x1, %ecx
   c6d: 41b9b2020000                   movl $0x2b2, %r9d
   c73: e94cffffff                     jmp -0xb4
   c78: 4d897d00                       movq %r15, (%r13)
   c7c: 488b8150010000                 movq 0x150(%rcx), %rax
   c83: a801                           testb $0x1, %al
   c85: 0f8511ffffff                   jne -0xef
   c8b: 48ff00                         incq (%rax)
   c8e: 4d8b7d00                       movq (%r13), %r15
   c92: 488903                         movq %rax, (%rbx)
   c95: 41be4a000000                   movl $0x4a, %r14d
   c9b: 41f6c701                       testb $0x1, %r15b
   c9f: 0f852f010000                   jne 0x12f
   ca5: 41837f0808                     cmpl $0x8, 0x8(%r15)
   caa: 0f8524010000                   jne 0x124
   cb0: ba01000000                     movl $0x1, %edx
   cb5: 488b7c2408                     movq 0x8(%rsp), %rdi
   cba: 4889de                         movq %rbx, %rsi
   cbd: 41ff5738                       callq *0x38(%r15)
   cc1: 4889442418                     movq %rax, 0x18(%rsp)
   cc6: 488b3b                         movq (%rbx), %rdi
   cc9: 40f6c701                       testb $0x1, %dil
   ccd: 750a                           jne 0xa
   ccf: 48ff0f                         decq (%rdi)
   cd2: 7505                           jne 0x5
   cd4: e800000000                     callq 0x0
        # hole +0xcd5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   cd9: 49ff0f                         decq (%r15)
   cdc: 7508                           jne 0x8
   cde: 4c89ff                         movq %r15, %rdi
   ce1: e800000000                     callq 0x0
        # hole +0xce2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   ce6: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   cec: 0f847b010000                   je 0x17b
   cf2: 488b4c2418                     movq 0x18(%rsp), %rcx
   cf7: 49894d00                       movq %rcx, (%r13)
   cfb: 498b442418                     movq 0x18(%r12), %rax
   d00: 488bb858010000                 movq 0x158(%rax), %rdi
   d07: 48898858010000                 movq %rcx, 0x158(%rax)
   d0e: 40f6c701                       testb $0x1, %dil
   d12: 750f                           jne 0xf
   d14: 48ff0f                         decq (%rdi)
   d17: 750a                           jne 0xa
   d19: e800000000                     callq 0x0
        # hole +0xd1a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   d1e: 498b442418                     movq 0x18(%r12), %rax
   d23: 488b8868010000                 movq 0x168(%rax), %rcx
   d2a: f6c101                         testb $0x1, %cl
   d2d: 7503                           jne 0x3
   d2f: 48ff01                         incq (%rcx)
   d32: 49894d00                       movq %rcx, (%r13)
   d36: 488b9070010000                 movq 0x170(%rax), %rdx
   d3d: f6c201                         testb $0x1, %dl
   d40: 7507                           jne 0x7
   d42: 48ff02                         incq (%rdx)
   d45: 498b4d00                       movq (%r13), %rcx
   d49: 89ce                           movl %ecx, %esi
   d4b: 83e601                         andl $0x1, %esi
   d4e: 488913                         movq %rdx, (%rbx)
   d51: 41be4e000000                   movl $0x4e, %r14d
   d57: 4885f6                         testq %rsi, %rsi
   d5a: 0f849c000000                   je 0x9c
   d60: f6c201                         testb $0x1, %dl
   d63: 0f8493000000                   je 0x93
   d69: 48d1f9                         sarq %rcx
   d6c: 48d1fa                         sarq %rdx
   d6f: 4801ca                         addq %rcx, %rdx
   d72: 4801d5                         addq %rdx, %rbp
   d75: 0f8905010000                   jns 0x105
   d7b: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   d83: 49894d00                       movq %rcx, (%r13)
   d87: 488bb878010000                 movq 0x178(%rax), %rdi
   d8e: 48898878010000                 movq %rcx, 0x178(%rax)
   d95: 41be51000000                   movl $0x51, %r14d
   d9b: 40f6c701                       testb $0x1, %dil
   d9f: 750a                           jne 0xa
   da1: 48ff0f                         decq (%rdi)
   da4: 7505                           jne 0x5
   da6: e800000000                     callq 0x0
        # hole +0xda7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   dab: 4c89eb                         movq %r13, %rbx
   dae: b902000000                     movl $0x2, %ecx
   db3: 41b92a030000                   movl $0x32a, %r9d
   db9: e906feffff                     jmp -0x1fa
   dbe: 41b9a4010000                   movl $0x1a4, %r9d
   dc4: 41be2a000000                   movl $0x2a, %r14d
   dca: b901000000                     movl $0x1, %ecx
   dcf: e9f0fdffff                     jmp -0x210
   dd4: 488b5c2410                     movq 0x10(%rsp), %rbx
   dd9: b901000000                     movl $0x1, %ecx
   dde: 41b9e4020000                   movl $0x2e4, %r9d
   de4: e9dbfdffff                     jmp -0x225
   de9: 4c89eb                         movq %r13, %rbx
   dec: b903000000                     movl $0x3, %ecx
   df1: 41b9d6010000                   movl $0x1d6, %r9d
   df7: e9c8fdffff                     jmp -0x238
   dfc: 488b5c2410                     movq 0x10(%rsp), %rbx
   e01: b901000000                     movl $0x1, %ecx
   e06: 41b90c030000                   movl $0x30c, %r9d
   e0c: e9b3fdffff                     jmp -0x24d
   e11: 488b5c2410                     movq 0x10(%rsp), %rbx
   e16: b901000000                     movl $0x1, %ecx
   e1b: 41b93a020000                   movl $0x23a, %r9d
   e21: e99efdffff                     jmp -0x262
   e26: 41b96c020000                   movl $0x26c, %r9d
   e2c: 41be3e000000                   movl $0x3e, %r14d
   e32: 488b5c2410                     movq 0x10(%rsp), %rbx
   e37: b901000000                     movl $0x1, %ecx
   e3c: e983fdffff                     jmp -0x27d
   e41: 41b994020000                   movl $0x294, %r9d
   e47: 41be42000000                   movl $0x42, %r14d
   e4d: b901000000                     movl $0x1, %ecx
   e52: e96dfdffff                     jmp -0x293
   e57: 41b9bc020000                   movl $0x2bc, %r9d
   e5d: 41be46000000                   movl $0x46, %r14d
   e63: b901000000                     movl $0x1, %ecx
   e68: e957fdffff                     jmp -0x2a9
   e6d: 4c89eb                         movq %r13, %rbx
   e70: b903000000                     movl $0x3, %ecx
   e75: 41b9e4020000                   movl $0x2e4, %r9d
   e7b: e944fdffff                     jmp -0x2bc
   e80: 41b916030000                   movl $0x316, %r9d
   e86: 41be4f000000                   movl $0x4f, %r14d
   e8c: eba4                           jmp -0x5c
