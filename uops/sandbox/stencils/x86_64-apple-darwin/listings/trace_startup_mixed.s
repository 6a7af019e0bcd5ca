# stencil startup_mixed for x86_64-apple-darwin: 3809 code bytes, 32 data bytes, 47 holes
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
    36: 0f8549030000                   jne 0x349
    3c: 837f0807                       cmpl $0x7, 0x8(%rdi)
    40: 0f853f030000                   jne 0x33f
    46: 488b0500000000                 movq (%rip), %rax
        # hole +0x49: X86_64_RELOC_GOT_LOAD Rel32 data+20
    4d: 488b5730                       movq 0x30(%rdi), %rdx
    51: 48394230                       cmpq %rax, 0x30(%rdx)
    55: 0f852a030000                   jne 0x32a
    5b: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    60: 0f820c060000                   jb 0x60c
    66: 488b5748                       movq 0x48(%rdi), %rdx
    6a: f6c201                         testb $0x1, %dl
    6d: 7503                           jne 0x3
    6f: 48ff02                         incq (%rdx)
    72: 49895500                       movq %rdx, (%r13)
    76: 48ff0f                         decq (%rdi)
    79: 750e                           jne 0xe
    7b: e800000000                     callq 0x0
        # hole +0x7c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    80: b901000000                     movl $0x1, %ecx
    85: 498b5500                       movq (%r13), %rdx
    89: 498b442418                     movq 0x18(%r12), %rax
    8e: 488b7808                       movq 0x8(%rax), %rdi
    92: 48895008                       movq %rdx, 0x8(%rax)
    96: 40f6c701                       testb $0x1, %dil
    9a: 7514                           jne 0x14
    9c: 48ff0f                         decq (%rdi)
    9f: 750f                           jne 0xf
    a1: e800000000                     callq 0x0
        # hole +0xa2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a6: b901000000                     movl $0x1, %ecx
    ab: 498b442418                     movq 0x18(%r12), %rax
    b0: 4c8b7820                       movq 0x20(%rax), %r15
    b4: 41f6c701                       testb $0x1, %r15b
    b8: 7503                           jne 0x3
    ba: 49ff07                         incq (%r15)
    bd: 4d897d00                       movq %r15, (%r13)
    c1: 488b4010                       movq 0x10(%rax), %rax
    c5: a801                           testb $0x1, %al
    c7: 7503                           jne 0x3
    c9: 48ff00                         incq (%rax)
    cc: 498d5510                       leaq 0x10(%r13), %rdx
    d0: 49894508                       movq %rax, 0x8(%r13)
    d4: 41b93c000000                   movl $0x3c, %r9d
    da: 41be06000000                   movl $0x6, %r14d
    e0: 41f6c701                       testb $0x1, %r15b
    e4: 0f8591000000                   jne 0x91
    ea: 4889542410                     movq %rdx, 0x10(%rsp)
    ef: 41837f0808                     cmpl $0x8, 0x8(%r15)
    f4: 0f8586020000                   jne 0x286
    fa: ba01000000                     movl $0x1, %edx
    ff: 48896c2408                     movq %rbp, 0x8(%rsp)
   104: 4889ef                         movq %rbp, %rdi
   107: 4889de                         movq %rbx, %rsi
   10a: 41ff5738                       callq *0x38(%r15)
   10e: 4889c5                         movq %rax, %rbp
   111: 488b3b                         movq (%rbx), %rdi
   114: 40f6c701                       testb $0x1, %dil
   118: 750a                           jne 0xa
   11a: 48ff0f                         decq (%rdi)
   11d: 7505                           jne 0x5
   11f: e800000000                     callq 0x0
        # hole +0x120: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   124: 49ff0f                         decq (%r15)
   127: 7508                           jne 0x8
   129: 4c89ff                         movq %r15, %rdi
   12c: e800000000                     callq 0x0
        # hole +0x12d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   131: 4885ed                         testq %rbp, %rbp
   134: b901000000                     movl $0x1, %ecx
   139: 0f844e050000                   je 0x54e
   13f: 49896d00                       movq %rbp, (%r13)
   143: 498b442418                     movq 0x18(%r12), %rax
   148: 488b7818                       movq 0x18(%rax), %rdi
   14c: 48896818                       movq %rbp, 0x18(%rax)
   150: 40f6c701                       testb $0x1, %dil
   154: 754a                           jne 0x4a
   156: 48ff0f                         decq (%rdi)
   159: 488b6c2408                     movq 0x8(%rsp), %rbp
   15e: 7523                           jne 0x23
   160: e800000000                     callq 0x0
        # hole +0x161: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   165: b901000000                     movl $0x1, %ecx
   16a: 498b442418                     movq 0x18(%r12), %rax
   16f: 488b7828                       movq 0x28(%rax), %rdi
   173: 40f6c701                       testb $0x1, %dil
   177: 7536                           jne 0x36
   179: eb12                           jmp 0x12
   17b: 4889d3                         movq %rdx, %rbx
   17e: e902020000                     jmp 0x202
   183: 488b7828                       movq 0x28(%rax), %rdi
   187: 40f6c701                       testb $0x1, %dil
   18b: 7522                           jne 0x22
   18d: 48ff07                         incq (%rdi)
   190: 49897d00                       movq %rdi, (%r13)
   194: 4c8b7830                       movq 0x30(%rax), %r15
   198: 41f6c701                       testb $0x1, %r15b
   19c: 741f                           je 0x1f
   19e: eb20                           jmp 0x20
   1a0: 488b6c2408                     movq 0x8(%rsp), %rbp
   1a5: 488b7828                       movq 0x28(%rax), %rdi
   1a9: 40f6c701                       testb $0x1, %dil
   1ad: 74de                           je -0x22
   1af: 49897d00                       movq %rdi, (%r13)
   1b3: 4c8b7830                       movq 0x30(%rax), %r15
   1b7: 41f6c701                       testb $0x1, %r15b
   1bb: 7503                           jne 0x3
   1bd: 49ff07                         incq (%r15)
   1c0: 4c893b                         movq %r15, (%rbx)
   1c3: 41b964000000                   movl $0x64, %r9d
   1c9: 41be0a000000                   movl $0xa, %r14d
   1cf: 40f6c701                       testb $0x1, %dil
   1d3: 0f85a7010000                   jne 0x1a7
   1d9: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1dd: 0f859d010000                   jne 0x19d
   1e3: 41f6c701                       testb $0x1, %r15b
   1e7: 0f8593010000                   jne 0x193
   1ed: 41837f0802                     cmpl $0x2, 0x8(%r15)
   1f2: 0f8588010000                   jne 0x188
   1f8: f20f104730                     movsd 0x30(%rdi), %xmm0
   1fd: f2410f594730                   mulsd 0x30(%r15), %xmm0
   203: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   209: 48ff0f                         decq (%rdi)
   20c: 7505                           jne 0x5
   20e: e800000000                     callq 0x0
        # hole +0x20f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   213: 49ff0f                         decq (%r15)
   216: 7508                           jne 0x8
   218: 4c89ff                         movq %r15, %rdi
   21b: e800000000                     callq 0x0
        # hole +0x21c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   220: 4889ef                         movq %rbp, %rdi
   223: f20f10442418                   movsd 0x18(%rsp), %xmm0
   229: e800000000                     callq 0x0
        # hole +0x22a: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   22e: 4885c0                         testq %rax, %rax
   231: 0f8427070000                   je 0x727
   237: 49894500                       movq %rax, (%r13)
   23b: 498b542418                     movq 0x18(%r12), %rdx
   240: 488b7a38                       movq 0x38(%rdx), %rdi
   244: 48894238                       movq %rax, 0x38(%rdx)
   248: 40f6c701                       testb $0x1, %dil
   24c: 751b                           jne 0x1b
   24e: 48ff0f                         decq (%rdi)
   251: b901000000                     movl $0x1, %ecx
   256: 7516                           jne 0x16
   258: e800000000                     callq 0x0
        # hole +0x259: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   25d: b901000000                     movl $0x1, %ecx
   262: 498b542418                     movq 0x18(%r12), %rdx
   267: eb05                           jmp 0x5
   269: b901000000                     movl $0x1, %ecx
   26e: 488b4240                       movq 0x40(%rdx), %rax
   272: a801                           testb $0x1, %al
   274: 7503                           jne 0x3
   276: 48ff00                         incq (%rax)
   279: 49894500                       movq %rax, (%r13)
   27d: 488b7248                       movq 0x48(%rdx), %rsi
   281: 40f6c601                       testb $0x1, %sil
   285: 488b7c2410                     movq 0x10(%rsp), %rdi
   28a: 7503                           jne 0x3
   28c: 48ff06                         incq (%rsi)
   28f: 488933                         movq %rsi, (%rbx)
   292: 41b996000000                   movl $0x96, %r9d
   298: 41be0f000000                   movl $0xf, %r14d
   29e: a801                           testb $0x1, %al
   2a0: 0f84bc030000                   je 0x3bc
   2a6: 40f6c601                       testb $0x1, %sil
   2aa: 0f84b2030000                   je 0x3b2
   2b0: 48d1f8                         sarq %rax
   2b3: 48d1fe                         sarq %rsi
   2b6: 4839f0                         cmpq %rsi, %rax
   2b9: 7d09                           jge 0x9
   2bb: 488b0500000000                 movq (%rip), %rax
        # hole +0x2be: X86_64_RELOC_GOT_LOAD Rel32 data+12
   2c2: eb07                           jmp 0x7
   2c4: 488b0500000000                 movq (%rip), %rax
        # hole +0x2c7: X86_64_RELOC_GOT_LOAD Rel32 data+4
   2cb: 49894500                       movq %rax, (%r13)
   2cf: 0f8da2060000                   jge 0x6a2
   2d5: 488b7a50                       movq 0x50(%rdx), %rdi
   2d9: 40f6c701                       testb $0x1, %dil
   2dd: 7503                           jne 0x3
   2df: 48ff07                         incq (%rdi)
   2e2: 49897d00                       movq %rdi, (%r13)
   2e6: 4c8b7a58                       movq 0x58(%rdx), %r15
   2ea: 41f6c701                       testb $0x1, %r15b
   2ee: 7503                           jne 0x3
   2f0: 49ff07                         incq (%r15)
   2f3: 4c893b                         movq %r15, (%rbx)
   2f6: 41b9c8000000                   movl $0xc8, %r9d
   2fc: 41be14000000                   movl $0x14, %r14d
   302: 40f6c701                       testb $0x1, %dil
   306: 7578                           jne 0x78
   308: 837f0802                       cmpl $0x2, 0x8(%rdi)
   30c: 7572                           jne 0x72
   30e: 41f6c701                       testb $0x1, %r15b
   312: 756c                           jne 0x6c
   314: 41837f0802                     cmpl $0x2, 0x8(%r15)
   319: 7565                           jne 0x65
   31b: f20f104730                     movsd 0x30(%rdi), %xmm0
   320: f2410f594730                   mulsd 0x30(%r15), %xmm0
   326: 48ff0f                         decq (%rdi)
   329: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   32f: 7571                           jne 0x71
   331: e800000000                     callq 0x0
        # hole +0x332: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   336: f20f10442418                   movsd 0x18(%rsp), %xmm0
   33c: 49ff0f                         decq (%r15)
   33f: 7466                           je 0x66
   341: 4889ef                         movq %rbp, %rdi
   344: e800000000                     callq 0x0
        # hole +0x345: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   349: 4885c0                         testq %rax, %rax
   34c: 7474                           je 0x74
   34e: 49894500                       movq %rax, (%r13)
   352: 498b542418                     movq 0x18(%r12), %rdx
   357: 488b7a60                       movq 0x60(%rdx), %rdi
   35b: 48894260                       movq %rax, 0x60(%rdx)
   35f: 40f6c701                       testb $0x1, %dil
   363: 756e                           jne 0x6e
   365: 48ff0f                         decq (%rdi)
   368: b901000000                     movl $0x1, %ecx
   36d: 7569                           jne 0x69
   36f: e800000000                     callq 0x0
        # hole +0x370: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   374: b901000000                     movl $0x1, %ecx
   379: 498b542418                     movq 0x18(%r12), %rdx
   37e: eb58                           jmp 0x58
   380: 488b5c2410                     movq 0x10(%rsp), %rbx
   385: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x388: X86_64_RELOC_GOT_LOAD Rel32 data-4
   38c: 4d01f0                         addq %r14, %r8
   38f: 4c89e7                         movq %r12, %rdi
   392: 4889de                         movq %rbx, %rsi
   395: 4889ea                         movq %rbp, %rdx
   398: 4883c420                       addq $0x20, %rsp
   39c: 5d                             popq %rbp
   39d: e900000000                     jmp 0x0
        # hole +0x39e: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   3a2: 49ff0f                         decq (%r15)
   3a5: 759a                           jne -0x66
   3a7: 4c89ff                         movq %r15, %rdi
   3aa: e800000000                     callq 0x0
        # hole +0x3ab: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3af: f20f10442418                   movsd 0x18(%rsp), %xmm0
   3b5: 4889ef                         movq %rbp, %rdi
   3b8: e800000000                     callq 0x0
        # hole +0x3b9: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3bd: 4885c0                         testq %rax, %rax
   3c0: 758c                           jne -0x74
   3c2: 41b9d2000000                   movl $0xd2, %r9d
   3c8: 41be15000000                   movl $0x15, %r14d
   3ce: e997050000                     jmp 0x597
   3d3: b901000000                     movl $0x1, %ecx
   3d8: 488b7268                       movq 0x68(%rdx), %rsi
   3dc: 40f6c601                       testb $0x1, %sil
   3e0: 7503                           jne 0x3
   3e2: 48ff06                         incq (%rsi)
   3e5: 49897500                       movq %rsi, (%r13)
   3e9: 488b4270                       movq 0x70(%rdx), %rax
   3ed: a801                           testb $0x1, %al
   3ef: 488b7c2410                     movq 0x10(%rsp), %rdi
   3f4: 7503                           jne 0x3
   3f6: 48ff00                         incq (%rax)
   3f9: 488903                         movq %rax, (%rbx)
   3fc: 41b9fa000000                   movl $0xfa, %r9d
   402: 41be19000000                   movl $0x19, %r14d
   408: 40f6c601                       testb $0x1, %sil
   40c: 0f8450020000                   je 0x250
   412: a801                           testb $0x1, %al
   414: 0f8448020000                   je 0x248
   41a: 48d1fe                         sarq %rsi
   41d: 48d1f8                         sarq %rax
   420: 480fafc6                       imulq %rsi, %rax
   424: 41b904010000                   movl $0x104, %r9d
   42a: 41be1a000000                   movl $0x1a, %r14d
   430: 0f8034020000                   jo 0x234
   436: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   440: 488d3428                       leaq (%rax,%rbp), %rsi
   444: 4885f6                         testq %rsi, %rsi
   447: 0f8936020000                   jns 0x236
   44d: 488d044501000000               leaq 0x1(,%rax,2), %rax
   455: 49894500                       movq %rax, (%r13)
   459: 488b7a78                       movq 0x78(%rdx), %rdi
   45d: 48894278                       movq %rax, 0x78(%rdx)
   461: 40f6c701                       testb $0x1, %dil
   465: 7514                           jne 0x14
   467: 48ff0f                         decq (%rdi)
   46a: 750f                           jne 0xf
   46c: e800000000                     callq 0x0
        # hole +0x46d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   471: b901000000                     movl $0x1, %ecx
   476: 498b542418                     movq 0x18(%r12), %rdx
   47b: 488b8280000000                 movq 0x80(%rdx), %rax
   482: a801                           testb $0x1, %al
   484: 7503                           jne 0x3
   486: 48ff00                         incq (%rax)
   489: 49894500                       movq %rax, (%r13)
   48d: 488bb288000000                 movq 0x88(%rdx), %rsi
   494: 40f6c601                       testb $0x1, %sil
   498: 488b7c2410                     movq 0x10(%rsp), %rdi
   49d: 7503                           jne 0x3
   49f: 48ff06                         incq (%rsi)
   4a2: 488933                         movq %rsi, (%rbx)
   4a5: 41b92c010000                   movl $0x12c, %r9d
   4ab: 41be1e000000                   movl $0x1e, %r14d
   4b1: a801                           testb $0x1, %al
   4b3: 0f84b1010000                   je 0x1b1
   4b9: 40f6c601                       testb $0x1, %sil
   4bd: 0f84a7010000                   je 0x1a7
   4c3: 48d1f8                         sarq %rax
   4c6: 48d1fe                         sarq %rsi
   4c9: 480faff0                       imulq %rax, %rsi
   4cd: 41b936010000                   movl $0x136, %r9d
   4d3: 41be1f000000                   movl $0x1f, %r14d
   4d9: 0f808b010000                   jo 0x18b
   4df: 488d042e                       leaq (%rsi,%rbp), %rax
   4e3: 4885c0                         testq %rax, %rax
   4e6: 0f8997010000                   jns 0x197
   4ec: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   4f4: 49894500                       movq %rax, (%r13)
   4f8: 488bba90000000                 movq 0x90(%rdx), %rdi
   4ff: 48898290000000                 movq %rax, 0x90(%rdx)
   506: 40f6c701                       testb $0x1, %dil
   50a: 7514                           jne 0x14
   50c: 48ff0f                         decq (%rdi)
   50f: 750f                           jne 0xf
   511: e800000000                     callq 0x0
        # hole +0x512: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   516: b901000000                     movl $0x1, %ecx
   51b: 498b542418                     movq 0x18(%r12), %rdx
   520: 488b8298000000                 movq 0x98(%rdx), %rax
   527: a801                           testb $0x1, %al
   529: 7503                           jne 0x3
   52b: 48ff00                         incq (%rax)
   52e: 49894500                       movq %rax, (%r13)
   532: 488bb2a0000000                 movq 0xa0(%rdx), %rsi
   539: 40f6c601                       testb $0x1, %sil
   53d: 7503                           jne 0x3
   53f: 48ff06                         incq (%rsi)
   542: 488933                         movq %rsi, (%rbx)
   545: 41b95e010000                   movl $0x15e, %r9d
   54b: 41be23000000                   movl $0x23, %r14d
   551: a801                           testb $0x1, %al
   553: 0f842a010000                   je 0x12a
   559: 40f6c601                       testb $0x1, %sil
   55d: 0f8420010000                   je 0x120
   563: 48d1f8                         sarq %rax
   566: 48d1fe                         sarq %rsi
   569: 480faff0                       imulq %rax, %rsi
   56d: 41be24000000                   movl $0x24, %r14d
   573: 0f8088060000                   jo 0x688
   579: 488d042e                       leaq (%rsi,%rbp), %rax
   57d: 4885c0                         testq %rax, %rax
   580: 0f897b060000                   jns 0x67b
   586: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   58e: 49894500                       movq %rax, (%r13)
   592: 488bbaa8000000                 movq 0xa8(%rdx), %rdi
   599: 488982a8000000                 movq %rax, 0xa8(%rdx)
   5a0: 40f6c701                       testb $0x1, %dil
   5a4: 750f                           jne 0xf
   5a6: 48ff0f                         decq (%rdi)
   5a9: 750a                           jne 0xa
   5ab: e800000000                     callq 0x0
        # hole +0x5ac: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5b0: 498b542418                     movq 0x18(%r12), %rdx
   5b5: 49c745003d000000               movq $0x3d, (%r13)
   5bd: 488bbab0000000                 movq 0xb0(%rdx), %rdi
   5c4: 48c782b00000003d000000         movq $0x3d, 0xb0(%rdx)
   5cf: 40f6c701                       testb $0x1, %dil
   5d3: 750f                           jne 0xf
   5d5: 48ff0f                         decq (%rdi)
   5d8: 750a                           jne 0xa
   5da: e800000000                     callq 0x0
        # hole +0x5db: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5df: 498b542418                     movq 0x18(%r12), %rdx
   5e4: 488bbab8000000                 movq 0xb8(%rdx), %rdi
   5eb: 40f6c701                       testb $0x1, %dil
   5ef: 0f85ab000000                   jne 0xab
   5f5: 48ff07                         incq (%rdi)
   5f8: 49897d00                       movq %rdi, (%r13)
   5fc: 41be29000000                   movl $0x29, %r14d
   602: 837f0807                       cmpl $0x7, 0x8(%rdi)
   606: 0f85ae000000                   jne 0xae
   60c: 488b4730                       movq 0x30(%rdi), %rax
   610: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   618: 0f859c000000                   jne 0x9c
   61e: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   623: 0f8254070000                   jb 0x754
   629: 488b4748                       movq 0x48(%rdi), %rax
   62d: a801                           testb $0x1, %al
   62f: 0f8595000000                   jne 0x95
   635: 48ff00                         incq (%rax)
   638: 49894500                       movq %rax, (%r13)
   63c: 48ff0f                         decq (%rdi)
   63f: 0f8492000000                   je 0x92
   645: 488bbac0000000                 movq 0xc0(%rdx), %rdi
   64c: 488982c0000000                 movq %rax, 0xc0(%rdx)
   653: 40f6c701                       testb $0x1, %dil
   657: 0f849c000000                   je 0x9c
   65d: e9a6000000                     jmp 0xa6
   662: 4889fb                         movq %rdi, %rbx
   665: e91bfdffff                     jmp -0x2e5
   66a: 4889fb                         movq %rdi, %rbx
   66d: e9e2020000                     jmp 0x2e2
   672: 41b914000000                   movl $0x14, %r9d
   678: 41be02000000                   movl $0x2, %r14d
   67e: e902fdffff                     jmp -0x2fe
   683: 488b5c2410                     movq 0x10(%rsp), %rbx
   688: e9c7020000                     jmp 0x2c7
   68d: 4c89eb                         movq %r13, %rbx
   690: b903000000                     movl $0x3, %ecx
   695: 41b93c000000                   movl $0x3c, %r9d
   69b: e9b4020000                     jmp 0x2b4
   6a0: 49897d00                       movq %rdi, (%r13)
   6a4: 41b99a010000                   movl $0x19a, %r9d
   6aa: 41be29000000                   movl $0x29, %r14d
   6b0: b901000000                     movl $0x1, %ecx
   6b5: e99a020000                     jmp 0x29a
   6ba: b901000000                     movl $0x1, %ecx
   6bf: 41b99a010000                   movl $0x19a, %r9d
   6c5: e98a020000                     jmp 0x28a
   6ca: 49894500                       movq %rax, (%r13)
   6ce: 48ff0f                         decq (%rdi)
   6d1: 0f856effffff                   jne -0x92
   6d7: e800000000                     callq 0x0
        # hole +0x6d8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6dc: 498b4500                       movq (%r13), %rax
   6e0: 498b542418                     movq 0x18(%r12), %rdx
   6e5: 488bbac0000000                 movq 0xc0(%rdx), %rdi
   6ec: 488982c0000000                 movq %rax, 0xc0(%rdx)
   6f3: 40f6c701                       testb $0x1, %dil
   6f7: 750f                           jne 0xf
   6f9: 48ff0f                         decq (%rdi)
   6fc: 750a                           jne 0xa
   6fe: e800000000                     callq 0x0
        # hole +0x6ff: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   703: 498b542418                     movq 0x18(%r12), %rdx
   708: 4c8bbae0000000                 movq 0xe0(%rdx), %r15
   70f: 41f6c701                       testb $0x1, %r15b
   713: 0f8507010000                   jne 0x107
   719: 49ff07                         incq (%r15)
   71c: 4d897d00                       movq %r15, (%r13)
   720: 488b82c8000000                 movq 0xc8(%rdx), %rax
   727: a801                           testb $0x1, %al
   729: 0f8404010000                   je 0x104
   72f: 488903                         movq %rax, (%rbx)
   732: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   739: f6c101                         testb $0x1, %cl
   73c: 7503                           jne 0x3
   73e: 48ff01                         incq (%rcx)
   741: 498d4518                       leaq 0x18(%r13), %rax
   745: 49894d10                       movq %rcx, 0x10(%r13)
   749: 41be2f000000                   movl $0x2f, %r14d
   74f: 41f6c701                       testb $0x1, %r15b
   753: 0f85f5000000                   jne 0xf5
   759: 41837f0808                     cmpl $0x8, 0x8(%r15)
   75e: 0f85ea000000                   jne 0xea
   764: ba02000000                     movl $0x2, %edx
   769: 488b7c2408                     movq 0x8(%rsp), %rdi
   76e: 4889de                         movq %rbx, %rsi
   771: 41ff5738                       callq *0x38(%r15)
   775: 4889442418                     movq %rax, 0x18(%rsp)
   77a: 488b3b                         movq (%rbx), %rdi
   77d: 40f6c701                       testb $0x1, %dil
   781: 750a                           jne 0xa
   783: 48ff0f                         decq (%rdi)
   786: 7505                           jne 0x5
   788: e800000000                     callq 0x0
        # hole +0x789: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   78d: 498b7d10                       movq 0x10(%r13), %rdi
   791: 40f6c701                       testb $0x1, %dil
   795: 750a                           jne 0xa
   797: 48ff0f                         decq (%rdi)
   79a: 7505                           jne 0x5
   79c: e800000000                     callq 0x0
        # hole +0x79d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7a1: 49ff0f                         decq (%r15)
   7a4: 7508                           jne 0x8
   7a6: 4c89ff                         movq %r15, %rdi
   7a9: e800000000                     callq 0x0
        # hole +0x7aa: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7ae: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   7b4: 0f8469060000                   je 0x669
   7ba: 488b4c2418                     movq 0x18(%rsp), %rcx
   7bf: 49894d00                       movq %rcx, (%r13)
   7c3: 498b442418                     movq 0x18(%r12), %rax
   7c8: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   7cf: 488988d8000000                 movq %rcx, 0xd8(%rax)
   7d6: 40f6c701                       testb $0x1, %dil
   7da: 750f                           jne 0xf
   7dc: 48ff0f                         decq (%rdi)
   7df: 750a                           jne 0xa
   7e1: e800000000                     callq 0x0
        # hole +0x7e2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7e6: 498b442418                     movq 0x18(%r12), %rax
   7eb: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   7f2: 40f6c701                       testb $0x1, %dil
   7f6: 7569                           jne 0x69
   7f8: 48ff07                         incq (%rdi)
   7fb: 49897d00                       movq %rdi, (%r13)
   7ff: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   806: 41f6c701                       testb $0x1, %r15b
   80a: 7466                           je 0x66
   80c: 4c893b                         movq %r15, (%rbx)
   80f: 41be33000000                   movl $0x33, %r14d
   815: 40f6c701                       testb $0x1, %dil
   819: 746d                           je 0x6d
   81b: e924010000                     jmp 0x124
   820: 4d897d00                       movq %r15, (%r13)
   824: 488b82c8000000                 movq 0xc8(%rdx), %rax
   82b: a801                           testb $0x1, %al
   82d: 0f85fcfeffff                   jne -0x104
   833: 48ff00                         incq (%rax)
   836: 488903                         movq %rax, (%rbx)
   839: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   840: f6c101                         testb $0x1, %cl
   843: 0f84f5feffff                   je -0x10b
   849: e9f3feffff                     jmp -0x10d
   84e: 4889c3                         movq %rax, %rbx
   851: b901000000                     movl $0x1, %ecx
   856: 41b9d6010000                   movl $0x1d6, %r9d
   85c: e9f3000000                     jmp 0xf3
   861: 49897d00                       movq %rdi, (%r13)
   865: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   86c: 41f6c701                       testb $0x1, %r15b
   870: 759a                           jne -0x66
   872: 49ff07                         incq (%r15)
   875: 4c893b                         movq %r15, (%rbx)
   878: 41be33000000                   movl $0x33, %r14d
   87e: 40f6c701                       testb $0x1, %dil
   882: 0f85bc000000                   jne 0xbc
   888: 837f0802                       cmpl $0x2, 0x8(%rdi)
   88c: 0f85b2000000                   jne 0xb2
   892: 41f6c701                       testb $0x1, %r15b
   896: 0f85a8000000                   jne 0xa8
   89c: 41837f0802                     cmpl $0x2, 0x8(%r15)
   8a1: 0f859d000000                   jne 0x9d
   8a7: f20f104730                     movsd 0x30(%rdi), %xmm0
   8ac: f2410f594730                   mulsd 0x30(%r15), %xmm0
   8b2: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   8b8: 48ff0f                         decq (%rdi)
   8bb: 7505                           jne 0x5
   8bd: e800000000                     callq 0x0
        # hole +0x8be: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8c2: 49ff0f                         decq (%r15)
   8c5: 7508                           jne 0x8
   8c7: 4c89ff                         movq %r15, %rdi
   8ca: e800000000                     callq 0x0
        # hole +0x8cb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8cf: 488b7c2408                     movq 0x8(%rsp), %rdi
   8d4: f20f10442418                   movsd 0x18(%rsp), %xmm0
   8da: e800000000                     callq 0x0
        # hole +0x8db: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   8df: 4885c0                         testq %rax, %rax
   8e2: 0f8463050000                   je 0x563
   8e8: 49894500                       movq %rax, (%r13)
   8ec: 498b4c2418                     movq 0x18(%r12), %rcx
   8f1: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   8f8: 488981f8000000                 movq %rax, 0xf8(%rcx)
   8ff: 40f6c701                       testb $0x1, %dil
   903: 750f                           jne 0xf
   905: 48ff0f                         decq (%rdi)
   908: 750a                           jne 0xa
   90a: e800000000                     callq 0x0
        # hole +0x90b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   90f: 498b4c2418                     movq 0x18(%r12), %rcx
   914: 488b8100010000                 movq 0x100(%rcx), %rax
   91b: a801                           testb $0x1, %al
   91d: 756e                           jne 0x6e
   91f: 48ff00                         incq (%rax)
   922: 49894500                       movq %rax, (%r13)
   926: 488b9108010000                 movq 0x108(%rcx), %rdx
   92d: f6c201                         testb $0x1, %dl
   930: 746b                           je 0x6b
   932: 488913                         movq %rdx, (%rbx)
   935: 41be38000000                   movl $0x38, %r14d
   93b: a801                           testb $0x1, %al
   93d: 7572                           jne 0x72
   93f: e9f8000000                     jmp 0xf8
   944: 488b5c2410                     movq 0x10(%rsp), %rbx
   949: b901000000                     movl $0x1, %ecx
   94e: 41b9fe010000                   movl $0x1fe, %r9d
   954: 488b6c2408                     movq 0x8(%rsp), %rbp
   959: e927faffff                     jmp -0x5d9
   95e: 41b96e000000                   movl $0x6e, %r9d
   964: 41be0b000000                   movl $0xb, %r14d
   96a: 4c89eb                         movq %r13, %rbx
   96d: b903000000                     movl $0x3, %ecx
   972: e90efaffff                     jmp -0x5f2
   977: 41b9aa000000                   movl $0xaa, %r9d
   97d: 41be11000000                   movl $0x11, %r14d
   983: b902000000                     movl $0x2, %ecx
   988: e9f8f9ffff                     jmp -0x608
   98d: 49894500                       movq %rax, (%r13)
   991: 488b9108010000                 movq 0x108(%rcx), %rdx
   998: f6c201                         testb $0x1, %dl
   99b: 7595                           jne -0x6b
   99d: 48ff02                         incq (%rdx)
   9a0: 488913                         movq %rdx, (%rbx)
   9a3: 41be38000000                   movl $0x38, %r14d
   9a9: a801                           testb $0x1, %al
   9ab: 0f848b000000                   je 0x8b
   9b1: f6c201                         testb $0x1, %dl
   9b4: 0f8482000000                   je 0x82
   9ba: 48d1f8                         sarq %rax
   9bd: 48d1fa                         sarq %rdx
   9c0: 480fafd0                       imulq %rax, %rdx
   9c4: 41be39000000                   movl $0x39, %r14d
   9ca: 0f8094040000                   jo 0x494
   9d0: 488d042a                       leaq (%rdx,%rbp), %rax
   9d4: 4885c0                         testq %rax, %rax
   9d7: 0f8987040000                   jns 0x487
   9dd: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   9e5: 49894500                       movq %rax, (%r13)
   9e9: 488bb910010000                 movq 0x110(%rcx), %rdi
   9f0: 48898110010000                 movq %rax, 0x110(%rcx)
   9f7: 40f6c701                       testb $0x1, %dil
   9fb: 750f                           jne 0xf
   9fd: 48ff0f                         decq (%rdi)
   a00: 750a                           jne 0xa
   a02: e800000000                     callq 0x0
        # hole +0xa03: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a07: 498b4c2418                     movq 0x18(%r12), %rcx
   a0c: 488b8118010000                 movq 0x118(%rcx), %rax
   a13: a801                           testb $0x1, %al
   a15: 753a                           jne 0x3a
   a17: 48ff00                         incq (%rax)
   a1a: 49894500                       movq %rax, (%r13)
   a1e: 488b9120010000                 movq 0x120(%rcx), %rdx
   a25: f6c201                         testb $0x1, %dl
   a28: 7437                           je 0x37
   a2a: 488913                         movq %rdx, (%rbx)
   a2d: 41be3d000000                   movl $0x3d, %r14d
   a33: a801                           testb $0x1, %al
   a35: 753e                           jne 0x3e
   a37: e9e9000000                     jmp 0xe9
   a3c: 488b5c2410                     movq 0x10(%rsp), %rbx
   a41: b901000000                     movl $0x1, %ecx
   a46: 41b930020000                   movl $0x230, %r9d
   a4c: e903ffffff                     jmp -0xfd
   a51: 49894500                       movq %rax, (%r13)
   a55: 488b9120010000                 movq 0x120(%rcx), %rdx
   a5c: f6c201                         testb $0x1, %dl
   a5f: 75c9                           jne -0x37
   a61: 48ff02                         incq (%rdx)
   a64: 488913                         movq %rdx, (%rbx)
   a67: 41be3d000000                   movl $0x3d, %r14d
   a6d: a801                           testb $0x1, %al
   a6f: 0f84b0000000                   je 0xb0
   a75: f6c201                         testb $0x1, %dl
   a78: 0f84a7000000                   je 0xa7
   a7e: 48d1f8                         sarq %rax
   a81: 48d1fa                         sarq %rdx
   a84: 4801c2                         addq %rax, %rdx
   a87: 4889d0                         movq %rdx, %rax
   a8a: 4801e8                         addq %rbp, %rax
   a8d: 0f89e6030000                   jns 0x3e6
   a93: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   a9b: 49894500                       movq %rax, (%r13)
   a9f: 488bb928010000                 movq 0x128(%rcx), %rdi
   aa6: 48898128010000                 movq %rax, 0x128(%rcx)
   aad: 40f6c701                       testb $0x1, %dil
   ab1: 750f                           jne 0xf
   ab3: 48ff0f                         decq (%rdi)
   ab6: 750a                           jne 0xa
   ab8: e800000000                     callq 0x0
        # hole +0xab9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   abd: 498b4c2418                     movq 0x18(%r12), %rcx
   ac2: 488bb930010000                 movq 0x130(%rcx), %rdi
   ac9: 40f6c701                       testb $0x1, %dil
   acd: 756b                           jne 0x6b
   acf: 48ff07                         incq (%rdi)
   ad2: 49897d00                       movq %rdi, (%r13)
   ad6: 41be41000000                   movl $0x41, %r14d
   adc: 837f0807                       cmpl $0x7, 0x8(%rdi)
   ae0: 7572                           jne 0x72
   ae2: 488b4730                       movq 0x30(%rdi), %rax
   ae6: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   aee: 7564                           jne 0x64
   af0: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   af5: 0f8499030000                   je 0x399
   afb: 488b4740                       movq 0x40(%rdi), %rax
   aff: a801                           testb $0x1, %al
   b01: 7561                           jne 0x61
   b03: 48ff00                         incq (%rax)
   b06: 49894500                       movq %rax, (%r13)
   b0a: 48ff0f                         decq (%rdi)
   b0d: 745e                           je 0x5e
   b0f: 488bb938010000                 movq 0x138(%rcx), %rdi
   b16: 48898138010000                 movq %rax, 0x138(%rcx)
   b1d: 40f6c701                       testb $0x1, %dil
   b21: 746c                           je 0x6c
   b23: eb79                           jmp 0x79
   b25: 488b5c2410                     movq 0x10(%rsp), %rbx
   b2a: b901000000                     movl $0x1, %ecx
   b2f: 41b962020000                   movl $0x262, %r9d
   b35: e91afeffff                     jmp -0x1e6
   b3a: 49897d00                       movq %rdi, (%r13)
   b3e: 41b98a020000                   movl $0x28a, %r9d
   b44: 41be41000000                   movl $0x41, %r14d
   b4a: b901000000                     movl $0x1, %ecx
   b4f: e900feffff                     jmp -0x200
   b54: b901000000                     movl $0x1, %ecx
   b59: 41b98a020000                   movl $0x28a, %r9d
   b5f: e9f0fdffff                     jmp -0x210
   b64: 49894500                       movq %rax, (%r13)
   b68: 48ff0f                         decq (%rdi)
   b6b: 75a2                           jne -0x5e
   b6d: e800000000                     callq 0x0
        # hole +0xb6e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b72: 498b4500                       movq (%r13), %rax
   b76: 498b4c2418                     movq 0x18(%r12), %rcx
   b7b: 488bb938010000                 movq 0x138(%rcx), %rdi
   b82: 48898138010000                 movq %rax, 0x138(%rcx)
   b89: 40f6c701                       testb $0x1, %dil
   b8d: 750f                           jne 0xf
   b8f: 48ff0f                         decq (%rdi)
   b92: 750a                           jne 0xa
   b94: e800000000                     callq 0x0
        # hole +0xb95: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b99: 498b4c2418                     movq 0x18(%r12), %rcx
   b9e: 488bb940010000                 movq 0x140(%rcx), %rdi
   ba5: 40f6c701                       testb $0x1, %dil
   ba9: 7566                           jne 0x66
   bab: 48ff07                         incq (%rdi)
   bae: 49897d00                       movq %rdi, (%r13)
   bb2: 41be45000000                   movl $0x45, %r14d
   bb8: 837f0807                       cmpl $0x7, 0x8(%rdi)
   bbc: 756d                           jne 0x6d
   bbe: 488b4730                       movq 0x30(%rdi), %rax
   bc2: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   bca: 755f                           jne 0x5f
   bcc: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   bd1: 0f84d3020000                   je 0x2d3
   bd7: 488b4740                       movq 0x40(%rdi), %rax
   bdb: a801                           testb $0x1, %al
   bdd: 755c                           jne 0x5c
   bdf: 48ff00                         incq (%rax)
   be2: 49894500                       movq %rax, (%r13)
   be6: 48ff0f                         decq (%rdi)
   be9: 7459                           je 0x59
   beb: 488bb948010000                 movq 0x148(%rcx), %rdi
   bf2: 48898148010000                 movq %rax, 0x148(%rcx)
   bf9: 40f6c701                       testb $0x1, %dil
   bfd: 7467                           je 0x67
   bff: eb74                           jmp 0x74
   c01: 488b5c2410                     movq 0x10(%rsp), %rbx
   c06: 41b968010000                   movl $0x168, %r9d
   c0c: e943fdffff                     jmp -0x2bd
   c11: 49897d00                       movq %rdi, (%r13)
   c15: 41b9b2020000                   movl $0x2b2, %r9d
   c1b: 41be45000000                   movl $0x45, %r14d
   c21: b901000000                     movl $0x1, %ecx
   c26: e929fdffff                     jmp -0x2d7
   c2b: b901000000                     movl $0x1, %ecx
   c30: 41b9b2020000                   movl $0x2b2, %r9d
   c36: e919fdffff                     jmp -0x2e7
   c3b: 49894500                       movq %rax, (%r13)
   c3f: 48ff0f                         decq (%rdi)
   c42: 75a7                           jne -0x59
   c44: e800000000                     callq 0x0
        # hole +0xc45: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c49: 498b4500                       movq (%r13), %rax
   c4d: 498b4c2418                     movq 0x18(%r12), %rcx
   c52: 488bb948010000                 movq 0x148(%rcx), %rdi
   c59: 48898148010000                 movq %rax, 0x148(%rcx)
   c60: 40f6c701                       testb $0x1, %dil
   c64: 750f                           jne 0xf
   c66: 48ff0f                         decq (%rdi)
   c69: 750a                           jne 0xa
   c6b: e800000000                     callq 0x0
        # hole +0xc6c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c70: 498b4c2418                     movq 0x18(%r12), %rcx
   c75: 4c8bb960010000                 movq 0x160(%rcx), %r15
   c7c: 41f6c701                       testb $0x1, %r15b
   c80: 7526                           jne 0x26
   c82: 49ff07                         incq (%r15)
   c85: 4d897d00                       movq %r15, (%r13)
   c89: 488b8150010000                 movq 0x150(%rcx), %rax
   c90: a801                           testb $0x1, %al
   c92: 7423                           je 0x23
   c94: 488903                         movq %rax, (%rbx)
   c97: 41be4a000000                   movl $0x4a, %r14d
   c9d: 41f6c701                       testb $0x1, %r15b
   ca1: 742a                           je 0x2a
   ca3: e9eb000000                     jmp 0xeb
   ca8: 4d897d00                       movq %r15, (%r13)
   cac: 488b8150010000                 movq 0x150(%rcx), %rax
   cb3: a801                           testb $0x1, %al
   cb5: 75dd                           jne -0x23
   cb7: 48ff00                         incq (%rax)
   cba: 488903                         movq %rax, (%rbx)
   cbd: 41be4a000000                   movl $0x4a, %r14d
   cc3: 41f6c701                       testb $0x1, %r15b
   cc7: 0f85c6000000                   jne 0xc6
   ccd: 41837f0808                     cmpl $0x8, 0x8(%r15)
   cd2: 0f85bb000000                   jne 0xbb
   cd8: ba01000000                     movl $0x1, %edx
   cdd: 488b7c2408                     movq 0x8(%rsp), %rdi
   ce2: 4889de                         movq %rbx, %rsi
   ce5: 41ff5738                       callq *0x38(%r15)
   ce9: 4889442418                     movq %rax, 0x18(%rsp)
   cee: 488b3b                         movq (%rbx), %rdi
   cf1: 40f6c701                       testb $0x1, %dil
   cf5: 750a                           jne 0xa
   cf7: 48ff0f                         decq (%rdi)
   cfa: 7505                           jne 0x5
   cfc: e800000000                     callq 0x0
        # hole +0xcfd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   d01: 49ff0f                         decq (%r15)
   d04: 7508                           jne 0x8
   d06: 4c89ff                         movq %r15, %rdi
   d09: e800000000                     callq 0x0
        # hole +0xd0a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   d0e: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   d14: 0f84a6010000                   je 0x1a6
   d1a: 488b4c2418                     movq 0x18(%rsp), %rcx
   d1f: 49894d00                       movq %rcx, (%r13)
   d23: 498b442418                     movq 0x18(%r12), %rax
   d28: 488bb858010000                 movq 0x158(%rax), %rdi
   d2f: 48898858010000                 movq %rcx, 0x158(%rax)
   d36: 40f6c701                       testb $0x1, %dil
   d3a: 750f                           jne 0xf
   d3c: 48ff0f                         decq (%rdi)
   d3f: 750a                           jne 0xa
   d41: e800000000                     callq 0x0
        # hole +0xd42: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   d46: 498b442418                     movq 0x18(%r12), %rax
   d4b: 488b8868010000                 movq 0x168(%rax), %rcx
   d52: f6c101                         testb $0x1, %cl
   d55: 7551                           jne 0x51
   d57: 48ff01                         incq (%rcx)
   d5a: 49894d00                       movq %rcx, (%r13)
   d5e: 488b9070010000                 movq 0x170(%rax), %rdx
   d65: f6c201                         testb $0x1, %dl
   d68: 744e                           je 0x4e
   d6a: 488913                         movq %rdx, (%rbx)
   d6d: 41be4e000000                   movl $0x4e, %r14d
   d73: f6c101                         testb $0x1, %cl
   d76: 7551                           jne 0x51
   d78: e9b9000000                     jmp 0xb9
   d7d: 41b9a4010000                   movl $0x1a4, %r9d
   d83: 41be2a000000                   movl $0x2a, %r14d
   d89: b901000000                     movl $0x1, %ecx
   d8e: e9c1fbffff                     jmp -0x43f
   d93: 488b5c2410                     movq 0x10(%rsp), %rbx
   d98: b901000000                     movl $0x1, %ecx
   d9d: 41b9e4020000                   movl $0x2e4, %r9d
   da3: e9acfbffff                     jmp -0x454
   da8: 49894d00                       movq %rcx, (%r13)
   dac: 488b9070010000                 movq 0x170(%rax), %rdx
   db3: f6c201                         testb $0x1, %dl
   db6: 75b2                           jne -0x4e
   db8: 48ff02                         incq (%rdx)
   dbb: 488913                         movq %rdx, (%rbx)
   dbe: 41be4e000000                   movl $0x4e, %r14d
   dc4: f6c101                         testb $0x1, %cl
   dc7: 746d                           je 0x6d
   dc9: f6c201                         testb $0x1, %dl
   dcc: 7468                           je 0x68
   dce: 48d1f9                         sarq %rcx
   dd1: 48d1fa                         sarq %rdx
   dd4: 4801ca                         addq %rcx, %rdx
   dd7: 4801d5                         addq %rdx, %rbp
   dda: 0f89f3000000                   jns 0xf3
   de0: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   de8: 49894d00                       movq %rcx, (%r13)
   dec: 488bb878010000                 movq 0x178(%rax), %rdi
   df3: 48898878010000                 movq %rcx, 0x178(%rax)
   dfa: 41be51000000                   movl $0x51, %r14d
   e00: 40f6c701                       testb $0x1, %dil
   e04: 750a                           jne 0xa
   e06: 48ff0f                         decq (%rdi)
   e09: 7505                           jne 0x5
   e0b: e800000000                     callq 0x0
        # hole +0xe0c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   e10: 4c89eb                         movq %r13, %rbx
   e13: b902000000                     movl $0x2, %ecx
   e18: 41b92a030000                   movl $0x32a, %r9d
   e1e: e931fbffff                     jmp -0x4cf
   e23: 4c89eb                         movq %r13, %rbx
   e26: b903000000                     movl $0x3, %ecx
   e2b: 41b9d6010000                   movl $0x1d6, %r9d
   e31: e91efbffff                     jmp -0x4e2
   e36: 488b5c2410                     movq 0x10(%rsp), %rbx
   e3b: b901000000                     movl $0x1, %ecx
   e40: 41b90c030000                   movl $0x30c, %r9d
   e46: e909fbffff                     jmp -0x4f7
   e4b: 41b908020000                   movl $0x208, %r9d
   e51: 41be34000000                   movl $0x34, %r14d
   e57: 4c89eb                         movq %r13, %rbx
   e5a: b903000000                     movl $0x3, %ecx
   e5f: e9f0faffff                     jmp -0x510
   e64: 488b5c2410                     movq 0x10(%rsp), %rbx
   e69: b901000000                     movl $0x1, %ecx
   e6e: 41b93a020000                   movl $0x23a, %r9d
   e74: e9dbfaffff                     jmp -0x525
   e79: 41b96c020000                   movl $0x26c, %r9d
   e7f: 41be3e000000                   movl $0x3e, %r14d
   e85: 488b5c2410                     movq 0x10(%rsp), %rbx
   e8a: b901000000                     movl $0x1, %ecx
   e8f: e9c0faffff                     jmp -0x540
   e94: 41b994020000                   movl $0x294, %r9d
   e9a: 41be42000000                   movl $0x42, %r14d
   ea0: b901000000                     movl $0x1, %ecx
   ea5: e9aafaffff                     jmp -0x556
   eaa: 41b9bc020000                   movl $0x2bc, %r9d
   eb0: 41be46000000                   movl $0x46, %r14d
   eb6: b901000000                     movl $0x1, %ecx
   ebb: e994faffff                     jmp -0x56c
   ec0: 4c89eb                         movq %r13, %rbx
   ec3: b903000000                     movl $0x3, %ecx
   ec8: 41b9e4020000                   movl $0x2e4, %r9d
   ece: e981faffff                     jmp -0x57f
   ed3: 41b916030000                   movl $0x316, %r9d
   ed9: 41be4f000000                   movl $0x4f, %r14d
   edf: eba4                           jmp -0x5c
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
