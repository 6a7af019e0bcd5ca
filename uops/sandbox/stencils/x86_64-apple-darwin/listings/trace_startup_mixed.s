# stencil startup_mixed for x86_64-apple-darwin: 3732 code bytes, 32 data bytes, 46 holes
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
    36: 0f854d030000                   jne 0x34d
    3c: 837f0807                       cmpl $0x7, 0x8(%rdi)
    40: 0f8543030000                   jne 0x343
    46: 488b0500000000                 movq (%rip), %rax
        # hole +0x49: X86_64_RELOC_GOT_LOAD Rel32 data+20
    4d: 488b5730                       movq 0x30(%rdi), %rdx
    51: 48394230                       cmpq %rax, 0x30(%rdx)
    55: 0f852e030000                   jne 0x32e
    5b: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    60: 0f82ec050000                   jb 0x5ec
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
    f4: 0f858a020000                   jne 0x28a
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
   139: 0f842e050000                   je 0x52e
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
   17e: e906020000                     jmp 0x206
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
   1d3: 0f85ab010000                   jne 0x1ab
   1d9: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1dd: 0f85a1010000                   jne 0x1a1
   1e3: 41f6c701                       testb $0x1, %r15b
   1e7: 0f8597010000                   jne 0x197
   1ed: 41837f0802                     cmpl $0x2, 0x8(%r15)
   1f2: 0f858c010000                   jne 0x18c
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
   22e: 49894500                       movq %rax, (%r13)
   232: 498b542418                     movq 0x18(%r12), %rdx
   237: 488b7a38                       movq 0x38(%rdx), %rdi
   23b: 48894238                       movq %rax, 0x38(%rdx)
   23f: 40f6c701                       testb $0x1, %dil
   243: 751b                           jne 0x1b
   245: 48ff0f                         decq (%rdi)
   248: b901000000                     movl $0x1, %ecx
   24d: 7516                           jne 0x16
   24f: e800000000                     callq 0x0
        # hole +0x250: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   254: b901000000                     movl $0x1, %ecx
   259: 498b542418                     movq 0x18(%r12), %rdx
   25e: eb05                           jmp 0x5
   260: b901000000                     movl $0x1, %ecx
   265: 488b4240                       movq 0x40(%rdx), %rax
   269: a801                           testb $0x1, %al
   26b: 7503                           jne 0x3
   26d: 48ff00                         incq (%rax)
   270: 49894500                       movq %rax, (%r13)
   274: 488b7248                       movq 0x48(%rdx), %rsi
   278: 40f6c601                       testb $0x1, %sil
   27c: 488b7c2410                     movq 0x10(%rsp), %rdi
   281: 7503                           jne 0x3
   283: 48ff06                         incq (%rsi)
   286: 488933                         movq %rsi, (%rbx)
   289: 41b996000000                   movl $0x96, %r9d
   28f: 41be0f000000                   movl $0xf, %r14d
   295: a801                           testb $0x1, %al
   297: 0f84a5030000                   je 0x3a5
   29d: 40f6c601                       testb $0x1, %sil
   2a1: 0f849b030000                   je 0x39b
   2a7: 48d1f8                         sarq %rax
   2aa: 48d1fe                         sarq %rsi
   2ad: 4839f0                         cmpq %rsi, %rax
   2b0: 7d09                           jge 0x9
   2b2: 488b0500000000                 movq (%rip), %rax
        # hole +0x2b5: X86_64_RELOC_GOT_LOAD Rel32 data+12
   2b9: eb07                           jmp 0x7
   2bb: 488b0500000000                 movq (%rip), %rax
        # hole +0x2be: X86_64_RELOC_GOT_LOAD Rel32 data+4
   2c2: 49894500                       movq %rax, (%r13)
   2c6: 0f8d70060000                   jge 0x670
   2cc: 488b7a50                       movq 0x50(%rdx), %rdi
   2d0: 40f6c701                       testb $0x1, %dil
   2d4: 7503                           jne 0x3
   2d6: 48ff07                         incq (%rdi)
   2d9: 49897d00                       movq %rdi, (%r13)
   2dd: 4c8b7a58                       movq 0x58(%rdx), %r15
   2e1: 41f6c701                       testb $0x1, %r15b
   2e5: 7503                           jne 0x3
   2e7: 49ff07                         incq (%r15)
   2ea: 4c893b                         movq %r15, (%rbx)
   2ed: 41b9c8000000                   movl $0xc8, %r9d
   2f3: 41be14000000                   movl $0x14, %r14d
   2f9: 40f6c701                       testb $0x1, %dil
   2fd: 0f8581000000                   jne 0x81
   303: 837f0802                       cmpl $0x2, 0x8(%rdi)
   307: 757b                           jne 0x7b
   309: 41f6c701                       testb $0x1, %r15b
   30d: 7575                           jne 0x75
   30f: 41837f0802                     cmpl $0x2, 0x8(%r15)
   314: 756e                           jne 0x6e
   316: f20f104730                     movsd 0x30(%rdi), %xmm0
   31b: f2410f594730                   mulsd 0x30(%r15), %xmm0
   321: 48ff0f                         decq (%rdi)
   324: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   32a: 750b                           jne 0xb
   32c: e800000000                     callq 0x0
        # hole +0x32d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   331: f20f10442418                   movsd 0x18(%rsp), %xmm0
   337: 49ff0f                         decq (%r15)
   33a: 750e                           jne 0xe
   33c: 4c89ff                         movq %r15, %rdi
   33f: e800000000                     callq 0x0
        # hole +0x340: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   344: f20f10442418                   movsd 0x18(%rsp), %xmm0
   34a: 4889ef                         movq %rbp, %rdi
   34d: e800000000                     callq 0x0
        # hole +0x34e: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   352: 49894500                       movq %rax, (%r13)
   356: 498b542418                     movq 0x18(%r12), %rdx
   35b: 488b7a60                       movq 0x60(%rdx), %rdi
   35f: 48894260                       movq %rax, 0x60(%rdx)
   363: 40f6c701                       testb $0x1, %dil
   367: 753d                           jne 0x3d
   369: 48ff0f                         decq (%rdi)
   36c: b901000000                     movl $0x1, %ecx
   371: 7538                           jne 0x38
   373: e800000000                     callq 0x0
        # hole +0x374: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   378: b901000000                     movl $0x1, %ecx
   37d: 498b542418                     movq 0x18(%r12), %rdx
   382: eb27                           jmp 0x27
   384: 488b5c2410                     movq 0x10(%rsp), %rbx
   389: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x38c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   390: 4d01f0                         addq %r14, %r8
   393: 4c89e7                         movq %r12, %rdi
   396: 4889de                         movq %rbx, %rsi
   399: 4889ea                         movq %rbp, %rdx
   39c: 4883c420                       addq $0x20, %rsp
   3a0: 5d                             popq %rbp
   3a1: e900000000                     jmp 0x0
        # hole +0x3a2: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   3a6: b901000000                     movl $0x1, %ecx
   3ab: 488b7268                       movq 0x68(%rdx), %rsi
   3af: 40f6c601                       testb $0x1, %sil
   3b3: 7503                           jne 0x3
   3b5: 48ff06                         incq (%rsi)
   3b8: 49897500                       movq %rsi, (%r13)
   3bc: 488b4270                       movq 0x70(%rdx), %rax
   3c0: a801                           testb $0x1, %al
   3c2: 488b7c2410                     movq 0x10(%rsp), %rdi
   3c7: 7503                           jne 0x3
   3c9: 48ff00                         incq (%rax)
   3cc: 488903                         movq %rax, (%rbx)
   3cf: 41b9fa000000                   movl $0xfa, %r9d
   3d5: 41be19000000                   movl $0x19, %r14d
   3db: 40f6c601                       testb $0x1, %sil
   3df: 0f845d020000                   je 0x25d
   3e5: a801                           testb $0x1, %al
   3e7: 0f8455020000                   je 0x255
   3ed: 48d1fe                         sarq %rsi
   3f0: 48d1f8                         sarq %rax
   3f3: 480fafc6                       imulq %rsi, %rax
   3f7: 41b904010000                   movl $0x104, %r9d
   3fd: 41be1a000000                   movl $0x1a, %r14d
   403: 0f8041020000                   jo 0x241
   409: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   413: 488d3428                       leaq (%rax,%rbp), %rsi
   417: 4885f6                         testq %rsi, %rsi
   41a: 0f8943020000                   jns 0x243
   420: 488d044501000000               leaq 0x1(,%rax,2), %rax
   428: 49894500                       movq %rax, (%r13)
   42c: 488b7a78                       movq 0x78(%rdx), %rdi
   430: 48894278                       movq %rax, 0x78(%rdx)
   434: 40f6c701                       testb $0x1, %dil
   438: 7514                           jne 0x14
   43a: 48ff0f                         decq (%rdi)
   43d: 750f                           jne 0xf
   43f: e800000000                     callq 0x0
        # hole +0x440: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   444: b901000000                     movl $0x1, %ecx
   449: 498b542418                     movq 0x18(%r12), %rdx
   44e: 488b8280000000                 movq 0x80(%rdx), %rax
   455: a801                           testb $0x1, %al
   457: 7503                           jne 0x3
   459: 48ff00                         incq (%rax)
   45c: 49894500                       movq %rax, (%r13)
   460: 488bb288000000                 movq 0x88(%rdx), %rsi
   467: 40f6c601                       testb $0x1, %sil
   46b: 488b7c2410                     movq 0x10(%rsp), %rdi
   470: 7503                           jne 0x3
   472: 48ff06                         incq (%rsi)
   475: 488933                         movq %rsi, (%rbx)
   478: 41b92c010000                   movl $0x12c, %r9d
   47e: 41be1e000000                   movl $0x1e, %r14d
   484: a801                           testb $0x1, %al
   486: 0f84be010000                   je 0x1be
   48c: 40f6c601                       testb $0x1, %sil
   490: 0f84b4010000                   je 0x1b4
   496: 48d1f8                         sarq %rax
   499: 48d1fe                         sarq %rsi
   49c: 480faff0                       imulq %rax, %rsi
   4a0: 41b936010000                   movl $0x136, %r9d
   4a6: 41be1f000000                   movl $0x1f, %r14d
   4ac: 0f8098010000                   jo 0x198
   4b2: 488d042e                       leaq (%rsi,%rbp), %rax
   4b6: 4885c0                         testq %rax, %rax
   4b9: 0f89a4010000                   jns 0x1a4
   4bf: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   4c7: 49894500                       movq %rax, (%r13)
   4cb: 488bba90000000                 movq 0x90(%rdx), %rdi
   4d2: 48898290000000                 movq %rax, 0x90(%rdx)
   4d9: 40f6c701                       testb $0x1, %dil
   4dd: 7514                           jne 0x14
   4df: 48ff0f                         decq (%rdi)
   4e2: 750f                           jne 0xf
   4e4: e800000000                     callq 0x0
        # hole +0x4e5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4e9: b901000000                     movl $0x1, %ecx
   4ee: 498b542418                     movq 0x18(%r12), %rdx
   4f3: 488b8298000000                 movq 0x98(%rdx), %rax
   4fa: a801                           testb $0x1, %al
   4fc: 7503                           jne 0x3
   4fe: 48ff00                         incq (%rax)
   501: 49894500                       movq %rax, (%r13)
   505: 488bb2a0000000                 movq 0xa0(%rdx), %rsi
   50c: 40f6c601                       testb $0x1, %sil
   510: 7503                           jne 0x3
   512: 48ff06                         incq (%rsi)
   515: 488933                         movq %rsi, (%rbx)
   518: 41b95e010000                   movl $0x15e, %r9d
   51e: 41be23000000                   movl $0x23, %r14d
   524: a801                           testb $0x1, %al
   526: 0f8437010000                   je 0x137
   52c: 40f6c601                       testb $0x1, %sil
   530: 0f842d010000                   je 0x12d
   536: 48d1f8                         sarq %rax
   539: 48d1fe                         sarq %rsi
   53c: 480faff0                       imulq %rax, %rsi
   540: 41be24000000                   movl $0x24, %r14d
   546: 0f8091060000                   jo 0x691
   54c: 488d042e                       leaq (%rsi,%rbp), %rax
   550: 4885c0                         testq %rax, %rax
   553: 0f8984060000                   jns 0x684
   559: 488d047501000000               leaq 0x1(,%rsi,2), %rax
   561: 49894500                       movq %rax, (%r13)
   565: 488bbaa8000000                 movq 0xa8(%rdx), %rdi
   56c: 488982a8000000                 movq %rax, 0xa8(%rdx)
   573: 40f6c701                       testb $0x1, %dil
   577: 750f                           jne 0xf
   579: 48ff0f                         decq (%rdi)
   57c: 750a                           jne 0xa
   57e: e800000000                     callq 0x0
        # hole +0x57f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   583: 498b542418                     movq 0x18(%r12), %rdx
   588: 49c745003d000000               movq $0x3d, (%r13)
   590: 488bbab0000000                 movq 0xb0(%rdx), %rdi
   597: 48c782b00000003d000000         movq $0x3d, 0xb0(%rdx)
   5a2: 40f6c701                       testb $0x1, %dil
   5a6: 750f                           jne 0xf
   5a8: 48ff0f                         decq (%rdi)
   5ab: 750a                           jne 0xa
   5ad: e800000000                     callq 0x0
        # hole +0x5ae: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5b2: 498b542418                     movq 0x18(%r12), %rdx
   5b7: 488bbab8000000                 movq 0xb8(%rdx), %rdi
   5be: 40f6c701                       testb $0x1, %dil
   5c2: 0f85b8000000                   jne 0xb8
   5c8: 488b07                         movq (%rdi), %rax
   5cb: 48ffc0                         incq %rax
   5ce: 488907                         movq %rax, (%rdi)
   5d1: 49897d00                       movq %rdi, (%r13)
   5d5: 41be29000000                   movl $0x29, %r14d
   5db: 837f0807                       cmpl $0x7, 0x8(%rdi)
   5df: 0f85b5000000                   jne 0xb5
   5e5: 488b4f30                       movq 0x30(%rdi), %rcx
   5e9: 48817930bb6e0800               cmpq $0x86ebb, 0x30(%rcx)
   5f1: 0f85a3000000                   jne 0xa3
   5f7: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   5fc: 0f8215060000                   jb 0x615
   602: 488b4f48                       movq 0x48(%rdi), %rcx
   606: f6c101                         testb $0x1, %cl
   609: 0f859b000000                   jne 0x9b
   60f: 48ff01                         incq (%rcx)
   612: 488b07                         movq (%rdi), %rax
   615: 49894d00                       movq %rcx, (%r13)
   619: 48ffc8                         decq %rax
   61c: 488907                         movq %rax, (%rdi)
   61f: 0f8495000000                   je 0x95
   625: 488bbac0000000                 movq 0xc0(%rdx), %rdi
   62c: 48898ac0000000                 movq %rcx, 0xc0(%rdx)
   633: 40f6c701                       testb $0x1, %dil
   637: 0f849f000000                   je 0x9f
   63d: e9a9000000                     jmp 0xa9
   642: 4889fb                         movq %rdi, %rbx
   645: e93ffdffff                     jmp -0x2c1
   64a: 4889fb                         movq %rdi, %rbx
   64d: e9e0020000                     jmp 0x2e0
   652: 41b914000000                   movl $0x14, %r9d
   658: 41be02000000                   movl $0x2, %r14d
   65e: e926fdffff                     jmp -0x2da
   663: 488b5c2410                     movq 0x10(%rsp), %rbx
   668: e9c5020000                     jmp 0x2c5
   66d: 4c89eb                         movq %r13, %rbx
   670: b903000000                     movl $0x3, %ecx
   675: 41b93c000000                   movl $0x3c, %r9d
   67b: e9b2020000                     jmp 0x2b2
   680: 49897d00                       movq %rdi, (%r13)
   684: 41b99a010000                   movl $0x19a, %r9d
   68a: 41be29000000                   movl $0x29, %r14d
   690: b901000000                     movl $0x1, %ecx
   695: e998020000                     jmp 0x298
   69a: b901000000                     movl $0x1, %ecx
   69f: 41b99a010000                   movl $0x19a, %r9d
   6a5: e988020000                     jmp 0x288
   6aa: 49894d00                       movq %rcx, (%r13)
   6ae: 48ffc8                         decq %rax
   6b1: 488907                         movq %rax, (%rdi)
   6b4: 0f856bffffff                   jne -0x95
   6ba: e800000000                     callq 0x0
        # hole +0x6bb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6bf: 498b4d00                       movq (%r13), %rcx
   6c3: 498b542418                     movq 0x18(%r12), %rdx
   6c8: 488bbac0000000                 movq 0xc0(%rdx), %rdi
   6cf: 48898ac0000000                 movq %rcx, 0xc0(%rdx)
   6d6: 40f6c701                       testb $0x1, %dil
   6da: 750f                           jne 0xf
   6dc: 48ff0f                         decq (%rdi)
   6df: 750a                           jne 0xa
   6e1: e800000000                     callq 0x0
        # hole +0x6e2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6e6: 498b542418                     movq 0x18(%r12), %rdx
   6eb: 4c8bbae0000000                 movq 0xe0(%rdx), %r15
   6f2: 41f6c701                       testb $0x1, %r15b
   6f6: 0f850b010000                   jne 0x10b
   6fc: 49ff07                         incq (%r15)
   6ff: 4d897d00                       movq %r15, (%r13)
   703: 488b82c8000000                 movq 0xc8(%rdx), %rax
   70a: a801                           testb $0x1, %al
   70c: 0f8408010000                   je 0x108
   712: 488903                         movq %rax, (%rbx)
   715: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   71c: f6c101                         testb $0x1, %cl
   71f: 7503                           jne 0x3
   721: 48ff01                         incq (%rcx)
   724: 498d4518                       leaq 0x18(%r13), %rax
   728: 49894d10                       movq %rcx, 0x10(%r13)
   72c: 41be2f000000                   movl $0x2f, %r14d
   732: 41f6c701                       testb $0x1, %r15b
   736: 0f85f9000000                   jne 0xf9
   73c: 41837f0808                     cmpl $0x8, 0x8(%r15)
   741: 0f85ee000000                   jne 0xee
   747: ba02000000                     movl $0x2, %edx
   74c: 488b7c2408                     movq 0x8(%rsp), %rdi
   751: 4889de                         movq %rbx, %rsi
   754: 41ff5738                       callq *0x38(%r15)
   758: 4889442418                     movq %rax, 0x18(%rsp)
   75d: 488b3b                         movq (%rbx), %rdi
   760: 40f6c701                       testb $0x1, %dil
   764: 750a                           jne 0xa
   766: 48ff0f                         decq (%rdi)
   769: 7505                           jne 0x5
   76b: e800000000                     callq 0x0
        # hole +0x76c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   770: 488b442410                     movq 0x10(%rsp), %rax
   775: 488b38                         movq (%rax), %rdi
   778: 40f6c701                       testb $0x1, %dil
   77c: 750a                           jne 0xa
   77e: 48ff0f                         decq (%rdi)
   781: 7505                           jne 0x5
   783: e800000000                     callq 0x0
        # hole +0x784: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   788: 49ff0f                         decq (%r15)
   78b: 7508                           jne 0x8
   78d: 4c89ff                         movq %r15, %rdi
   790: e800000000                     callq 0x0
        # hole +0x791: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   795: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   79b: 0f844e060000                   je 0x64e
   7a1: 488b4c2418                     movq 0x18(%rsp), %rcx
   7a6: 49894d00                       movq %rcx, (%r13)
   7aa: 498b442418                     movq 0x18(%r12), %rax
   7af: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   7b6: 488988d8000000                 movq %rcx, 0xd8(%rax)
   7bd: 40f6c701                       testb $0x1, %dil
   7c1: 750f                           jne 0xf
   7c3: 48ff0f                         decq (%rdi)
   7c6: 750a                           jne 0xa
   7c8: e800000000                     callq 0x0
        # hole +0x7c9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7cd: 498b442418                     movq 0x18(%r12), %rax
   7d2: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   7d9: 40f6c701                       testb $0x1, %dil
   7dd: 7569                           jne 0x69
   7df: 48ff07                         incq (%rdi)
   7e2: 49897d00                       movq %rdi, (%r13)
   7e6: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   7ed: 41f6c701                       testb $0x1, %r15b
   7f1: 7466                           je 0x66
   7f3: 4c893b                         movq %r15, (%rbx)
   7f6: 41be33000000                   movl $0x33, %r14d
   7fc: 40f6c701                       testb $0x1, %dil
   800: 746d                           je 0x6d
   802: e91b010000                     jmp 0x11b
   807: 4d897d00                       movq %r15, (%r13)
   80b: 488b82c8000000                 movq 0xc8(%rdx), %rax
   812: a801                           testb $0x1, %al
   814: 0f85f8feffff                   jne -0x108
   81a: 48ff00                         incq (%rax)
   81d: 488903                         movq %rax, (%rbx)
   820: 488b8ad0000000                 movq 0xd0(%rdx), %rcx
   827: f6c101                         testb $0x1, %cl
   82a: 0f84f1feffff                   je -0x10f
   830: e9effeffff                     jmp -0x111
   835: 4889c3                         movq %rax, %rbx
   838: b901000000                     movl $0x1, %ecx
   83d: 41b9d6010000                   movl $0x1d6, %r9d
   843: e9ea000000                     jmp 0xea
   848: 49897d00                       movq %rdi, (%r13)
   84c: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   853: 41f6c701                       testb $0x1, %r15b
   857: 759a                           jne -0x66
   859: 49ff07                         incq (%r15)
   85c: 4c893b                         movq %r15, (%rbx)
   85f: 41be33000000                   movl $0x33, %r14d
   865: 40f6c701                       testb $0x1, %dil
   869: 0f85b3000000                   jne 0xb3
   86f: 837f0802                       cmpl $0x2, 0x8(%rdi)
   873: 0f85a9000000                   jne 0xa9
   879: 41f6c701                       testb $0x1, %r15b
   87d: 0f859f000000                   jne 0x9f
   883: 41837f0802                     cmpl $0x2, 0x8(%r15)
   888: 0f8594000000                   jne 0x94
   88e: f20f104730                     movsd 0x30(%rdi), %xmm0
   893: f2410f594730                   mulsd 0x30(%r15), %xmm0
   899: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   89f: 48ff0f                         decq (%rdi)
   8a2: 7505                           jne 0x5
   8a4: e800000000                     callq 0x0
        # hole +0x8a5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8a9: 49ff0f                         decq (%r15)
   8ac: 7508                           jne 0x8
   8ae: 4c89ff                         movq %r15, %rdi
   8b1: e800000000                     callq 0x0
        # hole +0x8b2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8b6: 488b7c2408                     movq 0x8(%rsp), %rdi
   8bb: f20f10442418                   movsd 0x18(%rsp), %xmm0
   8c1: e800000000                     callq 0x0
        # hole +0x8c2: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   8c6: 49894500                       movq %rax, (%r13)
   8ca: 498b4c2418                     movq 0x18(%r12), %rcx
   8cf: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   8d6: 488981f8000000                 movq %rax, 0xf8(%rcx)
   8dd: 40f6c701                       testb $0x1, %dil
   8e1: 750f                           jne 0xf
   8e3: 48ff0f                         decq (%rdi)
   8e6: 750a                           jne 0xa
   8e8: e800000000                     callq 0x0
        # hole +0x8e9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8ed: 498b4c2418                     movq 0x18(%r12), %rcx
   8f2: 488b8100010000                 movq 0x100(%rcx), %rax
   8f9: a801                           testb $0x1, %al
   8fb: 7555                           jne 0x55
   8fd: 48ff00                         incq (%rax)
   900: 49894500                       movq %rax, (%r13)
   904: 488b9108010000                 movq 0x108(%rcx), %rdx
   90b: f6c201                         testb $0x1, %dl
   90e: 7452                           je 0x52
   910: 488913                         movq %rdx, (%rbx)
   913: 41be38000000                   movl $0x38, %r14d
   919: a801                           testb $0x1, %al
   91b: 7559                           jne 0x59
   91d: e9df000000                     jmp 0xdf
   922: 488b5c2410                     movq 0x10(%rsp), %rbx
   927: b901000000                     movl $0x1, %ecx
   92c: 41b9fe010000                   movl $0x1fe, %r9d
   932: 488b6c2408                     movq 0x8(%rsp), %rbp
   937: e94dfaffff                     jmp -0x5b3
   93c: 41b9aa000000                   movl $0xaa, %r9d
   942: 41be11000000                   movl $0x11, %r14d
   948: b902000000                     movl $0x2, %ecx
   94d: e937faffff                     jmp -0x5c9
   952: 49894500                       movq %rax, (%r13)
   956: 488b9108010000                 movq 0x108(%rcx), %rdx
   95d: f6c201                         testb $0x1, %dl
   960: 75ae                           jne -0x52
   962: 48ff02                         incq (%rdx)
   965: 488913                         movq %rdx, (%rbx)
   968: 41be38000000                   movl $0x38, %r14d
   96e: a801                           testb $0x1, %al
   970: 0f848b000000                   je 0x8b
   976: f6c201                         testb $0x1, %dl
   979: 0f8482000000                   je 0x82
   97f: 48d1f8                         sarq %rax
   982: 48d1fa                         sarq %rdx
   985: 480fafd0                       imulq %rax, %rdx
   989: 41be39000000                   movl $0x39, %r14d
   98f: 0f8082040000                   jo 0x482
   995: 488d042a                       leaq (%rdx,%rbp), %rax
   999: 4885c0                         testq %rax, %rax
   99c: 0f8975040000                   jns 0x475
   9a2: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   9aa: 49894500                       movq %rax, (%r13)
   9ae: 488bb910010000                 movq 0x110(%rcx), %rdi
   9b5: 48898110010000                 movq %rax, 0x110(%rcx)
   9bc: 40f6c701                       testb $0x1, %dil
   9c0: 750f                           jne 0xf
   9c2: 48ff0f                         decq (%rdi)
   9c5: 750a                           jne 0xa
   9c7: e800000000                     callq 0x0
        # hole +0x9c8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   9cc: 498b4c2418                     movq 0x18(%r12), %rcx
   9d1: 488b8118010000                 movq 0x118(%rcx), %rax
   9d8: a801                           testb $0x1, %al
   9da: 753a                           jne 0x3a
   9dc: 48ff00                         incq (%rax)
   9df: 49894500                       movq %rax, (%r13)
   9e3: 488b9120010000                 movq 0x120(%rcx), %rdx
   9ea: f6c201                         testb $0x1, %dl
   9ed: 7437                           je 0x37
   9ef: 488913                         movq %rdx, (%rbx)
   9f2: 41be3d000000                   movl $0x3d, %r14d
   9f8: a801                           testb $0x1, %al
   9fa: 753e                           jne 0x3e
   9fc: e9f6000000                     jmp 0xf6
   a01: 488b5c2410                     movq 0x10(%rsp), %rbx
   a06: b901000000                     movl $0x1, %ecx
   a0b: 41b930020000                   movl $0x230, %r9d
   a11: e91cffffff                     jmp -0xe4
   a16: 49894500                       movq %rax, (%r13)
   a1a: 488b9120010000                 movq 0x120(%rcx), %rdx
   a21: f6c201                         testb $0x1, %dl
   a24: 75c9                           jne -0x37
   a26: 48ff02                         incq (%rdx)
   a29: 488913                         movq %rdx, (%rbx)
   a2c: 41be3d000000                   movl $0x3d, %r14d
   a32: a801                           testb $0x1, %al
   a34: 0f84bd000000                   je 0xbd
   a3a: f6c201                         testb $0x1, %dl
   a3d: 0f84b4000000                   je 0xb4
   a43: 48d1f8                         sarq %rax
   a46: 48d1fa                         sarq %rdx
   a49: 4801c2                         addq %rax, %rdx
   a4c: 4889d0                         movq %rdx, %rax
   a4f: 4801e8                         addq %rbp, %rax
   a52: 0f89d4030000                   jns 0x3d4
   a58: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   a60: 49894500                       movq %rax, (%r13)
   a64: 488bb928010000                 movq 0x128(%rcx), %rdi
   a6b: 48898128010000                 movq %rax, 0x128(%rcx)
   a72: 40f6c701                       testb $0x1, %dil
   a76: 750f                           jne 0xf
   a78: 48ff0f                         decq (%rdi)
   a7b: 750a                           jne 0xa
   a7d: e800000000                     callq 0x0
        # hole +0xa7e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a82: 498b4c2418                     movq 0x18(%r12), %rcx
   a87: 488bb930010000                 movq 0x130(%rcx), %rdi
   a8e: 40f6c701                       testb $0x1, %dil
   a92: 7578                           jne 0x78
   a94: 488b07                         movq (%rdi), %rax
   a97: 48ffc0                         incq %rax
   a9a: 488907                         movq %rax, (%rdi)
   a9d: 49897d00                       movq %rdi, (%r13)
   aa1: 41be41000000                   movl $0x41, %r14d
   aa7: 837f0807                       cmpl $0x7, 0x8(%rdi)
   aab: 7579                           jne 0x79
   aad: 488b5730                       movq 0x30(%rdi), %rdx
   ab1: 48817a3081cf0800               cmpq $0x8cf81, 0x30(%rdx)
   ab9: 756b                           jne 0x6b
   abb: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   ac0: 0f8481030000                   je 0x381
   ac6: 488b5740                       movq 0x40(%rdi), %rdx
   aca: f6c201                         testb $0x1, %dl
   acd: 7567                           jne 0x67
   acf: 48ff02                         incq (%rdx)
   ad2: 488b07                         movq (%rdi), %rax
   ad5: 49895500                       movq %rdx, (%r13)
   ad9: 48ffc8                         decq %rax
   adc: 488907                         movq %rax, (%rdi)
   adf: 7461                           je 0x61
   ae1: 488bb938010000                 movq 0x138(%rcx), %rdi
   ae8: 48899138010000                 movq %rdx, 0x138(%rcx)
   aef: 40f6c701                       testb $0x1, %dil
   af3: 746f                           je 0x6f
   af5: eb7c                           jmp 0x7c
   af7: 488b5c2410                     movq 0x10(%rsp), %rbx
   afc: b901000000                     movl $0x1, %ecx
   b01: 41b962020000                   movl $0x262, %r9d
   b07: e926feffff                     jmp -0x1da
   b0c: 49897d00                       movq %rdi, (%r13)
   b10: 41b98a020000                   movl $0x28a, %r9d
   b16: 41be41000000                   movl $0x41, %r14d
   b1c: b901000000                     movl $0x1, %ecx
   b21: e90cfeffff                     jmp -0x1f4
   b26: b901000000                     movl $0x1, %ecx
   b2b: 41b98a020000                   movl $0x28a, %r9d
   b31: e9fcfdffff                     jmp -0x204
   b36: 49895500                       movq %rdx, (%r13)
   b3a: 48ffc8                         decq %rax
   b3d: 488907                         movq %rax, (%rdi)
   b40: 759f                           jne -0x61
   b42: e800000000                     callq 0x0
        # hole +0xb43: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b47: 498b5500                       movq (%r13), %rdx
   b4b: 498b4c2418                     movq 0x18(%r12), %rcx
   b50: 488bb938010000                 movq 0x138(%rcx), %rdi
   b57: 48899138010000                 movq %rdx, 0x138(%rcx)
   b5e: 40f6c701                       testb $0x1, %dil
   b62: 750f                           jne 0xf
   b64: 48ff0f                         decq (%rdi)
   b67: 750a                           jne 0xa
   b69: e800000000                     callq 0x0
        # hole +0xb6a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b6e: 498b4c2418                     movq 0x18(%r12), %rcx
   b73: 488bb940010000                 movq 0x140(%rcx), %rdi
   b7a: 40f6c701                       testb $0x1, %dil
   b7e: 756d                           jne 0x6d
   b80: 488b17                         movq (%rdi), %rdx
   b83: 488d4201                       leaq 0x1(%rdx), %rax
   b87: 488907                         movq %rax, (%rdi)
   b8a: 49897d00                       movq %rdi, (%r13)
   b8e: 41be45000000                   movl $0x45, %r14d
   b94: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b98: 756d                           jne 0x6d
   b9a: 488b4730                       movq 0x30(%rdi), %rax
   b9e: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   ba6: 755f                           jne 0x5f
   ba8: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   bad: 0f84aa020000                   je 0x2aa
   bb3: 488b4740                       movq 0x40(%rdi), %rax
   bb7: a801                           testb $0x1, %al
   bb9: 7572                           jne 0x72
   bbb: 48ff00                         incq (%rax)
   bbe: 488b17                         movq (%rdi), %rdx
   bc1: 49894500                       movq %rax, (%r13)
   bc5: 48ffca                         decq %rdx
   bc8: 488917                         movq %rdx, (%rdi)
   bcb: 7567                           jne 0x67
   bcd: e800000000                     callq 0x0
        # hole +0xbce: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   bd2: 498b4500                       movq (%r13), %rax
   bd6: 498b4c2418                     movq 0x18(%r12), %rcx
   bdb: eb57                           jmp 0x57
   bdd: 488b5c2410                     movq 0x10(%rsp), %rbx
   be2: 41b968010000                   movl $0x168, %r9d
   be8: e945fdffff                     jmp -0x2bb
   bed: 49897d00                       movq %rdi, (%r13)
   bf1: 41b9b2020000                   movl $0x2b2, %r9d
   bf7: 41be45000000                   movl $0x45, %r14d
   bfd: b901000000                     movl $0x1, %ecx
   c02: e92bfdffff                     jmp -0x2d5
   c07: b901000000                     movl $0x1, %ecx
   c0c: 41b9b2020000                   movl $0x2b2, %r9d
   c12: e91bfdffff                     jmp -0x2e5
   c17: 41b9a4010000                   movl $0x1a4, %r9d
   c1d: 41be2a000000                   movl $0x2a, %r14d
   c23: b901000000                     movl $0x1, %ecx
   c28: e905fdffff                     jmp -0x2fb
   c2d: 49894500                       movq %rax, (%r13)
   c31: 488917                         movq %rdx, (%rdi)
   c34: 488bb948010000                 movq 0x148(%rcx), %rdi
   c3b: 48898148010000                 movq %rax, 0x148(%rcx)
   c42: 40f6c701                       testb $0x1, %dil
   c46: 750f                           jne 0xf
   c48: 48ff0f                         decq (%rdi)
   c4b: 750a                           jne 0xa
   c4d: e800000000                     callq 0x0
        # hole +0xc4e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c52: 498b4c2418                     movq 0x18(%r12), %rcx
   c57: 4c8bb960010000                 movq 0x160(%rcx), %r15
   c5e: 41f6c701                       testb $0x1, %r15b
   c62: 7526                           jne 0x26
   c64: 49ff07                         incq (%r15)
   c67: 4d897d00                       movq %r15, (%r13)
   c6b: 488b8150010000                 movq 0x150(%rcx), %rax
   c72: a801                           testb $0x1, %al
   c74: 7423                           je 0x23
   c76: 488903                         movq %rax, (%rbx)
   c79: 41be4a000000                   movl $0x4a, %r14d
   c7f: 41f6c701                       testb $0x1, %r15b
   c83: 742a                           je 0x2a
   c85: e9d5000000                     jmp 0xd5
   c8a: 4d897d00                       movq %r15, (%r13)
   c8e: 488b8150010000                 movq 0x150(%rcx), %rax
   c95: a801                           testb $0x1, %al
   c97: 75dd                           jne -0x23
   c99: 48ff00                         incq (%rax)
   c9c: 488903                         movq %rax, (%rbx)
   c9f: 41be4a000000                   movl $0x4a, %r14d
   ca5: 41f6c701                       testb $0x1, %r15b
   ca9: 0f85b0000000                   jne 0xb0
   caf: 41837f0808                     cmpl $0x8, 0x8(%r15)
   cb4: 0f85a5000000                   jne 0xa5
   cba: ba01000000                     movl $0x1, %edx
   cbf: 488b7c2408                     movq 0x8(%rsp), %rdi
   cc4: 4889de                         movq %rbx, %rsi
   cc7: 41ff5738                       callq *0x38(%r15)
   ccb: 4889442418                     movq %rax, 0x18(%rsp)
   cd0: 488b3b                         movq (%rbx), %rdi
   cd3: 40f6c701                       testb $0x1, %dil
   cd7: 750a                           jne 0xa
   cd9: 48ff0f                         decq (%rdi)
   cdc: 7505                           jne 0x5
   cde: e800000000                     callq 0x0
        # hole +0xcdf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   ce3: 49ff0f                         decq (%r15)
   ce6: 7508                           jne 0x8
   ce8: 4c89ff                         movq %r15, %rdi
   ceb: e800000000                     callq 0x0
        # hole +0xcec: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   cf0: 48837c241800                   cmpq $0x0, 0x18(%rsp)
   cf6: 0f8477010000                   je 0x177
   cfc: 488b4c2418                     movq 0x18(%rsp), %rcx
   d01: 49894d00                       movq %rcx, (%r13)
   d05: 498b442418                     movq 0x18(%r12), %rax
   d0a: 488bb858010000                 movq 0x158(%rax), %rdi
   d11: 48898858010000                 movq %rcx, 0x158(%rax)
   d18: 40f6c701                       testb $0x1, %dil
   d1c: 750f                           jne 0xf
   d1e: 48ff0f                         decq (%rdi)
   d21: 750a                           jne 0xa
   d23: e800000000                     callq 0x0
        # hole +0xd24: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   d28: 498b442418                     movq 0x18(%r12), %rax
   d2d: 488b8868010000                 movq 0x168(%rax), %rcx
   d34: f6c101                         testb $0x1, %cl
   d37: 753b                           jne 0x3b
   d39: 48ff01                         incq (%rcx)
   d3c: 49894d00                       movq %rcx, (%r13)
   d40: 488b9070010000                 movq 0x170(%rax), %rdx
   d47: f6c201                         testb $0x1, %dl
   d4a: 7438                           je 0x38
   d4c: 488913                         movq %rdx, (%rbx)
   d4f: 41be4e000000                   movl $0x4e, %r14d
   d55: f6c101                         testb $0x1, %cl
   d58: 753b                           jne 0x3b
   d5a: e9a3000000                     jmp 0xa3
   d5f: 488b5c2410                     movq 0x10(%rsp), %rbx
   d64: b901000000                     movl $0x1, %ecx
   d69: 41b9e4020000                   movl $0x2e4, %r9d
   d6f: e9befbffff                     jmp -0x442
   d74: 49894d00                       movq %rcx, (%r13)
   d78: 488b9070010000                 movq 0x170(%rax), %rdx
   d7f: f6c201                         testb $0x1, %dl
   d82: 75c8                           jne -0x38
   d84: 48ff02                         incq (%rdx)
   d87: 488913                         movq %rdx, (%rbx)
   d8a: 41be4e000000                   movl $0x4e, %r14d
   d90: f6c101                         testb $0x1, %cl
   d93: 746d                           je 0x6d
   d95: f6c201                         testb $0x1, %dl
   d98: 7468                           je 0x68
   d9a: 48d1f9                         sarq %rcx
   d9d: 48d1fa                         sarq %rdx
   da0: 4801ca                         addq %rcx, %rdx
   da3: 4801d5                         addq %rdx, %rbp
   da6: 0f89da000000                   jns 0xda
   dac: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   db4: 49894d00                       movq %rcx, (%r13)
   db8: 488bb878010000                 movq 0x178(%rax), %rdi
   dbf: 48898878010000                 movq %rcx, 0x178(%rax)
   dc6: 41be51000000                   movl $0x51, %r14d
   dcc: 40f6c701                       testb $0x1, %dil
   dd0: 750a                           jne 0xa
   dd2: 48ff0f                         decq (%rdi)
   dd5: 7505                           jne 0x5
   dd7: e800000000                     callq 0x0
        # hole +0xdd8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   ddc: 4c89eb                         movq %r13, %rbx
   ddf: b902000000                     movl $0x2, %ecx
   de4: 41b92a030000                   movl $0x32a, %r9d
   dea: e943fbffff                     jmp -0x4bd
   def: 4c89eb                         movq %r13, %rbx
   df2: b903000000                     movl $0x3, %ecx
   df7: 41b9d6010000                   movl $0x1d6, %r9d
   dfd: e930fbffff                     jmp -0x4d0
   e02: 488b5c2410                     movq 0x10(%rsp), %rbx
   e07: b901000000                     movl $0x1, %ecx
   e0c: 41b90c030000                   movl $0x30c, %r9d
   e12: e91bfbffff                     jmp -0x4e5
   e17: 488b5c2410                     movq 0x10(%rsp), %rbx
   e1c: b901000000                     movl $0x1, %ecx
   e21: 41b93a020000                   movl $0x23a, %r9d
   e27: e906fbffff                     jmp -0x4fa
   e2c: 41b96c020000                   movl $0x26c, %r9d
   e32: 41be3e000000                   movl $0x3e, %r14d
   e38: 488b5c2410                     movq 0x10(%rsp), %rbx
   e3d: b901000000                     movl $0x1, %ecx
   e42: e9ebfaffff                     jmp -0x515
   e47: 41b994020000                   movl $0x294, %r9d
   e4d: 41be42000000                   movl $0x42, %r14d
   e53: b901000000                     movl $0x1, %ecx
   e58: e9d5faffff                     jmp -0x52b
   e5d: 41b9bc020000                   movl $0x2bc, %r9d
   e63: 41be46000000                   movl $0x46, %r14d
   e69: b901000000                     movl $0x1, %ecx
   e6e: e9bffaffff                     jmp -0x541
   e73: 4c89eb                         movq %r13, %rbx
   e76: b903000000                     movl $0x3, %ecx
   e7b: 41b9e4020000                   movl $0x2e4, %r9d
   e81: e9acfaffff                     jmp -0x554
   e86: 41b916030000                   movl $0x316, %r9d
   e8c: 41be4f000000                   movl $0x4f, %r14d
   e92: eba4                           jmp -0x5c
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
