# stencil startup_attrs for x86_64-apple-darwin: 3005 code bytes, 72 data bytes, 65 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b38                         movq (%rax), %rdi
     8: 40f6c701                       testb $0x1, %dil
     c: 7503                           jne 0x3
     e: 48ff07                         incq (%rdi)
    11: 50                             pushq %rax
    12: 49b80100000009000000           movabsq $0x900000001, %r8
    1c: 498d7508                       leaq 0x8(%r13), %rsi
    20: 49897d00                       movq %rdi, (%r13)
    24: 41b90a000000                   movl $0xa, %r9d
    2a: b901000000                     movl $0x1, %ecx
    2f: 40f6c701                       testb $0x1, %dil
    33: 0f8501010000                   jne 0x101
    39: 837f0807                       cmpl $0x7, 0x8(%rdi)
    3d: 0f85f7000000                   jne 0xf7
    43: 488b0500000000                 movq (%rip), %rax
        # hole +0x46: X86_64_RELOC_GOT_LOAD Rel32 data+60
    4a: 488b5730                       movq 0x30(%rdi), %rdx
    4e: 48394230                       cmpq %rax, 0x30(%rdx)
    52: 0f85e2000000                   jne 0xe2
    58: 48837f3803                     cmpq $0x3, 0x38(%rdi)
    5d: 0f8240050000                   jb 0x540
    63: 488b5750                       movq 0x50(%rdi), %rdx
    67: f6c201                         testb $0x1, %dl
    6a: 7503                           jne 0x3
    6c: 48ff02                         incq (%rdx)
    6f: 49895500                       movq %rdx, (%r13)
    73: 48ff0f                         decq (%rdi)
    76: 751a                           jne 0x1a
    78: 4989f7                         movq %rsi, %r15
    7b: 4c89c3                         movq %r8, %rbx
    7e: e800000000                     callq 0x0
        # hole +0x7f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    83: 4989d8                         movq %rbx, %r8
    86: 4c89fe                         movq %r15, %rsi
    89: b901000000                     movl $0x1, %ecx
    8e: 498b5500                       movq (%r13), %rdx
    92: 498b442418                     movq 0x18(%r12), %rax
    97: 488b7808                       movq 0x8(%rax), %rdi
    9b: 48895008                       movq %rdx, 0x8(%rax)
    9f: 40f6c701                       testb $0x1, %dil
    a3: 7520                           jne 0x20
    a5: 48ff0f                         decq (%rdi)
    a8: 751b                           jne 0x1b
    aa: 4989f7                         movq %rsi, %r15
    ad: 4c89c3                         movq %r8, %rbx
    b0: e800000000                     callq 0x0
        # hole +0xb1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    b5: 4989d8                         movq %rbx, %r8
    b8: 4c89fe                         movq %r15, %rsi
    bb: b901000000                     movl $0x1, %ecx
    c0: 498b442418                     movq 0x18(%r12), %rax
    c5: 488b7810                       movq 0x10(%rax), %rdi
    c9: 40f6c701                       testb $0x1, %dil
    cd: 755d                           jne 0x5d
    cf: 48ff07                         incq (%rdi)
    d2: 49897d00                       movq %rdi, (%r13)
    d6: 498d5004                       leaq 0x4(%r8), %rdx
    da: 837f0807                       cmpl $0x7, 0x8(%rdi)
    de: 41b932000000                   movl $0x32, %r9d
    e4: 0f8522030000                   jne 0x322
    ea: 4c8b5730                       movq 0x30(%rdi), %r10
    ee: 49817a302f900400               cmpq $0x4902f, 0x30(%r10)
    f6: 0f8510030000                   jne 0x310
    fc: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   101: 0f84b6040000                   je 0x4b6
   107: 488b5740                       movq 0x40(%rdi), %rdx
   10b: f6c201                         testb $0x1, %dl
   10e: 7536                           jne 0x36
   110: 48ff02                         incq (%rdx)
   113: 49895500                       movq %rdx, (%r13)
   117: 48ff0f                         decq (%rdi)
   11a: 7433                           je 0x33
   11c: 488b7818                       movq 0x18(%rax), %rdi
   120: 48895018                       movq %rdx, 0x18(%rax)
   124: 40f6c701                       testb $0x1, %dil
   128: 7452                           je 0x52
   12a: eb70                           jmp 0x70
   12c: 49897d00                       movq %rdi, (%r13)
   130: 4983c004                       addq $0x4, %r8
   134: 41b932000000                   movl $0x32, %r9d
   13a: 4c89e7                         movq %r12, %rdi
   13d: 4c89f2                         movq %r14, %rdx
   140: 58                             popq %rax
   141: e900000000                     jmp 0x0
        # hole +0x142: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   146: 49895500                       movq %rdx, (%r13)
   14a: 48ff0f                         decq (%rdi)
   14d: 75cd                           jne -0x33
   14f: 4989f7                         movq %rsi, %r15
   152: 4c89c3                         movq %r8, %rbx
   155: e800000000                     callq 0x0
        # hole +0x156: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   15a: 4989d8                         movq %rbx, %r8
   15d: 4c89fe                         movq %r15, %rsi
   160: b901000000                     movl $0x1, %ecx
   165: 498b5500                       movq (%r13), %rdx
   169: 498b442418                     movq 0x18(%r12), %rax
   16e: 488b7818                       movq 0x18(%rax), %rdi
   172: 48895018                       movq %rdx, 0x18(%rax)
   176: 40f6c701                       testb $0x1, %dil
   17a: 7520                           jne 0x20
   17c: 48ff0f                         decq (%rdi)
   17f: 751b                           jne 0x1b
   181: 4989f7                         movq %rsi, %r15
   184: 4c89c3                         movq %r8, %rbx
   187: e800000000                     callq 0x0
        # hole +0x188: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   18c: 4989d8                         movq %rbx, %r8
   18f: 4c89fe                         movq %r15, %rsi
   192: b901000000                     movl $0x1, %ecx
   197: 498b442418                     movq 0x18(%r12), %rax
   19c: 488b7820                       movq 0x20(%rax), %rdi
   1a0: 40f6c701                       testb $0x1, %dil
   1a4: 7503                           jne 0x3
   1a6: 48ff07                         incq (%rdi)
   1a9: 49897d00                       movq %rdi, (%r13)
   1ad: 498d400a                       leaq 0xa(%r8), %rax
   1b1: 41b96e000000                   movl $0x6e, %r9d
   1b7: 40f6c701                       testb $0x1, %dil
   1bb: 0f85d3030000                   jne 0x3d3
   1c1: 837f0807                       cmpl $0x7, 0x8(%rdi)
   1c5: 0f85c9030000                   jne 0x3c9
   1cb: 488b1500000000                 movq (%rip), %rdx
        # hole +0x1ce: X86_64_RELOC_GOT_LOAD Rel32 data+52
   1d2: 4c8b5730                       movq 0x30(%rdi), %r10
   1d6: 49395230                       cmpq %rdx, 0x30(%r10)
   1da: 0f85b4030000                   jne 0x3b4
   1e0: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   1e5: 0f84b0060000                   je 0x6b0
   1eb: 488b4740                       movq 0x40(%rdi), %rax
   1ef: a801                           testb $0x1, %al
   1f1: 7503                           jne 0x3
   1f3: 48ff00                         incq (%rax)
   1f6: 49894500                       movq %rax, (%r13)
   1fa: 48ff0f                         decq (%rdi)
   1fd: 751a                           jne 0x1a
   1ff: 4989f7                         movq %rsi, %r15
   202: 4c89c3                         movq %r8, %rbx
   205: e800000000                     callq 0x0
        # hole +0x206: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   20a: 4989d8                         movq %rbx, %r8
   20d: 4c89fe                         movq %r15, %rsi
   210: b901000000                     movl $0x1, %ecx
   215: 498b4500                       movq (%r13), %rax
   219: 498b542418                     movq 0x18(%r12), %rdx
   21e: 488b7a28                       movq 0x28(%rdx), %rdi
   222: 48894228                       movq %rax, 0x28(%rdx)
   226: 40f6c701                       testb $0x1, %dil
   22a: 7520                           jne 0x20
   22c: 48ff0f                         decq (%rdi)
   22f: 751b                           jne 0x1b
   231: 4989f7                         movq %rsi, %r15
   234: 4c89c3                         movq %r8, %rbx
   237: e800000000                     callq 0x0
        # hole +0x238: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   23c: 4989d8                         movq %rbx, %r8
   23f: 4c89fe                         movq %r15, %rsi
   242: b901000000                     movl $0x1, %ecx
   247: 498b542418                     movq 0x18(%r12), %rdx
   24c: 488b7a30                       movq 0x30(%rdx), %rdi
   250: 40f6c701                       testb $0x1, %dil
   254: 7503                           jne 0x3
   256: 48ff07                         incq (%rdi)
   259: 49897d00                       movq %rdi, (%r13)
   25d: 498d4010                       leaq 0x10(%r8), %rax
   261: 41b9aa000000                   movl $0xaa, %r9d
   267: 40f6c701                       testb $0x1, %dil
   26b: 0f8523030000                   jne 0x323
   271: 837f0807                       cmpl $0x7, 0x8(%rdi)
   275: 0f8519030000                   jne 0x319
   27b: 488b1500000000                 movq (%rip), %rdx
        # hole +0x27e: X86_64_RELOC_GOT_LOAD Rel32 data+44
   282: 4c8b5730                       movq 0x30(%rdi), %r10
   286: 49395230                       cmpq %rdx, 0x30(%r10)
   28a: 0f8504030000                   jne 0x304
   290: 48837f3803                     cmpq $0x3, 0x38(%rdi)
   295: 0f8233060000                   jb 0x633
   29b: 488b4750                       movq 0x50(%rdi), %rax
   29f: a801                           testb $0x1, %al
   2a1: 7503                           jne 0x3
   2a3: 48ff00                         incq (%rax)
   2a6: 49894500                       movq %rax, (%r13)
   2aa: 48ff0f                         decq (%rdi)
   2ad: 751a                           jne 0x1a
   2af: 4989f7                         movq %rsi, %r15
   2b2: 4c89c3                         movq %r8, %rbx
   2b5: e800000000                     callq 0x0
        # hole +0x2b6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2ba: 4989d8                         movq %rbx, %r8
   2bd: 4c89fe                         movq %r15, %rsi
   2c0: b901000000                     movl $0x1, %ecx
   2c5: 498b4500                       movq (%r13), %rax
   2c9: 498b542418                     movq 0x18(%r12), %rdx
   2ce: 488b7a38                       movq 0x38(%rdx), %rdi
   2d2: 48894238                       movq %rax, 0x38(%rdx)
   2d6: 40f6c701                       testb $0x1, %dil
   2da: 7520                           jne 0x20
   2dc: 48ff0f                         decq (%rdi)
   2df: 751b                           jne 0x1b
   2e1: 4989f7                         movq %rsi, %r15
   2e4: 4c89c3                         movq %r8, %rbx
   2e7: e800000000                     callq 0x0
        # hole +0x2e8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2ec: 4989d8                         movq %rbx, %r8
   2ef: 4c89fe                         movq %r15, %rsi
   2f2: b901000000                     movl $0x1, %ecx
   2f7: 498b542418                     movq 0x18(%r12), %rdx
   2fc: 488b7a40                       movq 0x40(%rdx), %rdi
   300: 40f6c701                       testb $0x1, %dil
   304: 7503                           jne 0x3
   306: 48ff07                         incq (%rdi)
   309: 49897d00                       movq %rdi, (%r13)
   30d: 498d4014                       leaq 0x14(%r8), %rax
   311: 41b9d2000000                   movl $0xd2, %r9d
   317: 40f6c701                       testb $0x1, %dil
   31b: 0f8573020000                   jne 0x273
   321: 837f0807                       cmpl $0x7, 0x8(%rdi)
   325: 0f8569020000                   jne 0x269
   32b: 488b1500000000                 movq (%rip), %rdx
        # hole +0x32e: X86_64_RELOC_GOT_LOAD Rel32 data+36
   332: 4c8b5730                       movq 0x30(%rdi), %r10
   336: 49395230                       cmpq %rdx, 0x30(%r10)
   33a: 0f8554020000                   jne 0x254
   340: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   345: 0f84b6050000                   je 0x5b6
   34b: 488b5740                       movq 0x40(%rdi), %rdx
   34f: f6c201                         testb $0x1, %dl
   352: 7503                           jne 0x3
   354: 48ff02                         incq (%rdx)
   357: 49895500                       movq %rdx, (%r13)
   35b: 48ff0f                         decq (%rdi)
   35e: 751a                           jne 0x1a
   360: 4989f7                         movq %rsi, %r15
   363: 4c89c3                         movq %r8, %rbx
   366: e800000000                     callq 0x0
        # hole +0x367: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   36b: 4989d8                         movq %rbx, %r8
   36e: 4c89fe                         movq %r15, %rsi
   371: b901000000                     movl $0x1, %ecx
   376: 498b5500                       movq (%r13), %rdx
   37a: 498b442418                     movq 0x18(%r12), %rax
   37f: 488b7848                       movq 0x48(%rax), %rdi
   383: 48895048                       movq %rdx, 0x48(%rax)
   387: 40f6c701                       testb $0x1, %dil
   38b: 7520                           jne 0x20
   38d: 48ff0f                         decq (%rdi)
   390: 751b                           jne 0x1b
   392: 4989f7                         movq %rsi, %r15
   395: 4c89c3                         movq %r8, %rbx
   398: e800000000                     callq 0x0
        # hole +0x399: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   39d: 4989d8                         movq %rbx, %r8
   3a0: 4c89fe                         movq %r15, %rsi
   3a3: b901000000                     movl $0x1, %ecx
   3a8: 498b442418                     movq 0x18(%r12), %rax
   3ad: 488b7850                       movq 0x50(%rax), %rdi
   3b1: 40f6c701                       testb $0x1, %dil
   3b5: 7564                           jne 0x64
   3b7: 48ff07                         incq (%rdi)
   3ba: 49897d00                       movq %rdi, (%r13)
   3be: 498d501a                       leaq 0x1a(%r8), %rdx
   3c2: 837f0807                       cmpl $0x7, 0x8(%rdi)
   3c6: 41b90e010000                   movl $0x10e, %r9d
   3cc: 753e                           jne 0x3e
   3ce: 4c8b5730                       movq 0x30(%rdi), %r10
   3d2: 49817a309af20c00               cmpq $0xcf29a, 0x30(%r10)
   3da: 7530                           jne 0x30
   3dc: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   3e1: 0f8430050000                   je 0x530
   3e7: 488b5740                       movq 0x40(%rdi), %rdx
   3eb: f6c201                         testb $0x1, %dl
   3ee: 7545                           jne 0x45
   3f0: 48ff02                         incq (%rdx)
   3f3: 49895500                       movq %rdx, (%r13)
   3f7: 48ff0f                         decq (%rdi)
   3fa: 7442                           je 0x42
   3fc: 488b7858                       movq 0x58(%rax), %rdi
   400: 48895058                       movq %rdx, 0x58(%rax)
   404: 40f6c701                       testb $0x1, %dil
   408: 7461                           je 0x61
   40a: eb7f                           jmp 0x7f
   40c: 4989d0                         movq %rdx, %r8
   40f: 4c89e7                         movq %r12, %rdi
   412: 4c89f2                         movq %r14, %rdx
   415: 58                             popq %rax
   416: e900000000                     jmp 0x0
        # hole +0x417: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   41b: 49897d00                       movq %rdi, (%r13)
   41f: 4983c01a                       addq $0x1a, %r8
   423: 41b90e010000                   movl $0x10e, %r9d
   429: 4c89e7                         movq %r12, %rdi
   42c: 4c89f2                         movq %r14, %rdx
   42f: 58                             popq %rax
   430: e900000000                     jmp 0x0
        # hole +0x431: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   435: 49895500                       movq %rdx, (%r13)
   439: 48ff0f                         decq (%rdi)
   43c: 75be                           jne -0x42
   43e: 4989f7                         movq %rsi, %r15
   441: 4c89c3                         movq %r8, %rbx
   444: e800000000                     callq 0x0
        # hole +0x445: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   449: 4989d8                         movq %rbx, %r8
   44c: 4c89fe                         movq %r15, %rsi
   44f: b901000000                     movl $0x1, %ecx
   454: 498b5500                       movq (%r13), %rdx
   458: 498b442418                     movq 0x18(%r12), %rax
   45d: 488b7858                       movq 0x58(%rax), %rdi
   461: 48895058                       movq %rdx, 0x58(%rax)
   465: 40f6c701                       testb $0x1, %dil
   469: 7520                           jne 0x20
   46b: 48ff0f                         decq (%rdi)
   46e: 751b                           jne 0x1b
   470: 4989f7                         movq %rsi, %r15
   473: 4c89c3                         movq %r8, %rbx
   476: e800000000                     callq 0x0
        # hole +0x477: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   47b: 4989d8                         movq %rbx, %r8
   47e: 4c89fe                         movq %r15, %rsi
   481: b901000000                     movl $0x1, %ecx
   486: 498b442418                     movq 0x18(%r12), %rax
   48b: 488b7860                       movq 0x60(%rax), %rdi
   48f: 40f6c701                       testb $0x1, %dil
   493: 7503                           jne 0x3
   495: 48ff07                         incq (%rdi)
   498: 49897d00                       movq %rdi, (%r13)
   49c: 498d4020                       leaq 0x20(%r8), %rax
   4a0: 41b94a010000                   movl $0x14a, %r9d
   4a6: 40f6c701                       testb $0x1, %dil
   4aa: 0f85e4000000                   jne 0xe4
   4b0: 4889f3                         movq %rsi, %rbx
   4b3: 837f0807                       cmpl $0x7, 0x8(%rdi)
   4b7: 0f85f8060000                   jne 0x6f8
   4bd: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x4c0: X86_64_RELOC_GOT_LOAD Rel32 data+28
   4c4: 488b5730                       movq 0x30(%rdi), %rdx
   4c8: 48394a30                       cmpq %rcx, 0x30(%rdx)
   4cc: 0f85e6000000                   jne 0xe6
   4d2: 4d89c7                         movq %r8, %r15
   4d5: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   4da: 0f8412060000                   je 0x612
   4e0: 488b4f40                       movq 0x40(%rdi), %rcx
   4e4: f6c101                         testb $0x1, %cl
   4e7: 7503                           jne 0x3
   4e9: 48ff01                         incq (%rcx)
   4ec: 49894d00                       movq %rcx, (%r13)
   4f0: 48ff0f                         decq (%rdi)
   4f3: 7509                           jne 0x9
   4f5: e800000000                     callq 0x0
        # hole +0x4f6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4fa: 498b4d00                       movq (%r13), %rcx
   4fe: 498b442418                     movq 0x18(%r12), %rax
   503: 488b7868                       movq 0x68(%rax), %rdi
   507: 48894868                       movq %rcx, 0x68(%rax)
   50b: 40f6c701                       testb $0x1, %dil
   50f: 750f                           jne 0xf
   511: 48ff0f                         decq (%rdi)
   514: 750a                           jne 0xa
   516: e800000000                     callq 0x0
        # hole +0x517: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   51b: 498b442418                     movq 0x18(%r12), %rax
   520: 488b7870                       movq 0x70(%rax), %rdi
   524: 40f6c701                       testb $0x1, %dil
   528: 0f85a5000000                   jne 0xa5
   52e: 48ff07                         incq (%rdi)
   531: 49897d00                       movq %rdi, (%r13)
   535: 498d4f24                       leaq 0x24(%r15), %rcx
   539: 837f0807                       cmpl $0x7, 0x8(%rdi)
   53d: 0f85b5000000                   jne 0xb5
   543: 488b5730                       movq 0x30(%rdi), %rdx
   547: 48817a30d4990300               cmpq $0x399d4, 0x30(%rdx)
   54f: 0f85a3000000                   jne 0xa3
   555: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   55a: 0f82a4050000                   jb 0x5a4
   560: 488b4f48                       movq 0x48(%rdi), %rcx
   564: f6c101                         testb $0x1, %cl
   567: 0f85a8000000                   jne 0xa8
   56d: 48ff01                         incq (%rcx)
   570: 49894d00                       movq %rcx, (%r13)
   574: 48ff0f                         decq (%rdi)
   577: 0f84a5000000                   je 0xa5
   57d: 488b7878                       movq 0x78(%rax), %rdi
   581: 48894878                       movq %rcx, 0x78(%rax)
   585: 40f6c701                       testb $0x1, %dil
   589: 0f84af000000                   je 0xaf
   58f: e9b9000000                     jmp 0xb9
   594: 4989c0                         movq %rax, %r8
   597: 4c89e7                         movq %r12, %rdi
   59a: 4c89f2                         movq %r14, %rdx
   59d: 58                             popq %rax
   59e: e900000000                     jmp 0x0
        # hole +0x59f: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   5a3: 49ffc0                         incq %r8
   5a6: 41b914000000                   movl $0x14, %r9d
   5ac: 4c89e7                         movq %r12, %rdi
   5af: 4c89f2                         movq %r14, %rdx
   5b2: 58                             popq %rax
   5b3: e900000000                     jmp 0x0
        # hole +0x5b4: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   5b8: 4989c0                         movq %rax, %r8
   5bb: eb27                           jmp 0x27
   5bd: 4983c005                       addq $0x5, %r8
   5c1: 41b93c000000                   movl $0x3c, %r9d
   5c7: 4c89e7                         movq %r12, %rdi
   5ca: 4c89f2                         movq %r14, %rdx
   5cd: 58                             popq %rax
   5ce: e900000000                     jmp 0x0
        # hole +0x5cf: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   5d3: 49897d00                       movq %rdi, (%r13)
   5d7: 4d89f8                         movq %r15, %r8
   5da: 4983c024                       addq $0x24, %r8
   5de: 41b972010000                   movl $0x172, %r9d
   5e4: b901000000                     movl $0x1, %ecx
   5e9: 4889de                         movq %rbx, %rsi
   5ec: 4c89e7                         movq %r12, %rdi
   5ef: 4c89f2                         movq %r14, %rdx
   5f2: 58                             popq %rax
   5f3: e900000000                     jmp 0x0
        # hole +0x5f4: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   5f8: 4989c8                         movq %rcx, %r8
   5fb: b901000000                     movl $0x1, %ecx
   600: 4889de                         movq %rbx, %rsi
   603: 41b972010000                   movl $0x172, %r9d
   609: 4c89e7                         movq %r12, %rdi
   60c: 4c89f2                         movq %r14, %rdx
   60f: 58                             popq %rax
   610: e900000000                     jmp 0x0
        # hole +0x611: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   615: 49894d00                       movq %rcx, (%r13)
   619: 48ff0f                         decq (%rdi)
   61c: 0f855bffffff                   jne -0xa5
   622: e800000000                     callq 0x0
        # hole +0x623: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   627: 498b4d00                       movq (%r13), %rcx
   62b: 498b442418                     movq 0x18(%r12), %rax
   630: 488b7878                       movq 0x78(%rax), %rdi
   634: 48894878                       movq %rcx, 0x78(%rax)
   638: 40f6c701                       testb $0x1, %dil
   63c: 750f                           jne 0xf
   63e: 48ff0f                         decq (%rdi)
   641: 750a                           jne 0xa
   643: e800000000                     callq 0x0
        # hole +0x644: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   648: 498b442418                     movq 0x18(%r12), %rax
   64d: 488bb880000000                 movq 0x80(%rax), %rdi
   654: 40f6c701                       testb $0x1, %dil
   658: 7503                           jne 0x3
   65a: 48ff07                         incq (%rdi)
   65d: 49897d00                       movq %rdi, (%r13)
   661: 498d472a                       leaq 0x2a(%r15), %rax
   665: 40f6c701                       testb $0x1, %dil
   669: 0f850f020000                   jne 0x20f
   66f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   673: 0f8505020000                   jne 0x205
   679: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x67c: X86_64_RELOC_GOT_LOAD Rel32 data+20
   680: 488b5730                       movq 0x30(%rdi), %rdx
   684: 48394a30                       cmpq %rcx, 0x30(%rdx)
   688: 0f85f0010000                   jne 0x1f0
   68e: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   693: 0f84b0040000                   je 0x4b0
   699: 488b4740                       movq 0x40(%rdi), %rax
   69d: a801                           testb $0x1, %al
   69f: 7503                           jne 0x3
   6a1: 48ff00                         incq (%rax)
   6a4: 49894500                       movq %rax, (%r13)
   6a8: 48ff0f                         decq (%rdi)
   6ab: 7509                           jne 0x9
   6ad: e800000000                     callq 0x0
        # hole +0x6ae: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6b2: 498b4500                       movq (%r13), %rax
   6b6: 498b4c2418                     movq 0x18(%r12), %rcx
   6bb: 488bb988000000                 movq 0x88(%rcx), %rdi
   6c2: 48898188000000                 movq %rax, 0x88(%rcx)
   6c9: 40f6c701                       testb $0x1, %dil
   6cd: 750f                           jne 0xf
   6cf: 48ff0f                         decq (%rdi)
   6d2: 750a                           jne 0xa
   6d4: e800000000                     callq 0x0
        # hole +0x6d5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6d9: 498b4c2418                     movq 0x18(%r12), %rcx
   6de: 488bb990000000                 movq 0x90(%rcx), %rdi
   6e5: 40f6c701                       testb $0x1, %dil
   6e9: 7503                           jne 0x3
   6eb: 48ff07                         incq (%rdi)
   6ee: 49897d00                       movq %rdi, (%r13)
   6f2: 498d4730                       leaq 0x30(%r15), %rax
   6f6: 40f6c701                       testb $0x1, %dil
   6fa: 0f85b1010000                   jne 0x1b1
   700: 837f0807                       cmpl $0x7, 0x8(%rdi)
   704: 0f85a7010000                   jne 0x1a7
   70a: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x70d: X86_64_RELOC_GOT_LOAD Rel32 data+12
   711: 488b5730                       movq 0x30(%rdi), %rdx
   715: 48394a30                       cmpq %rcx, 0x30(%rdx)
   719: 0f8592010000                   jne 0x192
   71f: 48837f3804                     cmpq $0x4, 0x38(%rdi)
   724: 0f8231040000                   jb 0x431
   72a: 488b4758                       movq 0x58(%rdi), %rax
   72e: a801                           testb $0x1, %al
   730: 7503                           jne 0x3
   732: 48ff00                         incq (%rax)
   735: 49894500                       movq %rax, (%r13)
   739: 48ff0f                         decq (%rdi)
   73c: 7509                           jne 0x9
   73e: e800000000                     callq 0x0
        # hole +0x73f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   743: 498b4500                       movq (%r13), %rax
   747: 498b4c2418                     movq 0x18(%r12), %rcx
   74c: 488bb998000000                 movq 0x98(%rcx), %rdi
   753: 48898198000000                 movq %rax, 0x98(%rcx)
   75a: 40f6c701                       testb $0x1, %dil
   75e: 750f                           jne 0xf
   760: 48ff0f                         decq (%rdi)
   763: 750a                           jne 0xa
   765: e800000000                     callq 0x0
        # hole +0x766: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   76a: 498b4c2418                     movq 0x18(%r12), %rcx
   76f: 488bb9a0000000                 movq 0xa0(%rcx), %rdi
   776: 40f6c701                       testb $0x1, %dil
   77a: 7503                           jne 0x3
   77c: 48ff07                         incq (%rdi)
   77f: 49897d00                       movq %rdi, (%r13)
   783: 498d4734                       leaq 0x34(%r15), %rax
   787: 40f6c701                       testb $0x1, %dil
   78b: 0f8553010000                   jne 0x153
   791: 837f0807                       cmpl $0x7, 0x8(%rdi)
   795: 0f8549010000                   jne 0x149
   79b: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x79e: X86_64_RELOC_GOT_LOAD Rel32 data+4
   7a2: 488b5730                       movq 0x30(%rdi), %rdx
   7a6: 48394a30                       cmpq %rcx, 0x30(%rdx)
   7aa: 0f8534010000                   jne 0x134
   7b0: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   7b5: 0f84b2030000                   je 0x3b2
   7bb: 488b4f40                       movq 0x40(%rdi), %rcx
   7bf: f6c101                         testb $0x1, %cl
   7c2: 7503                           jne 0x3
   7c4: 48ff01                         incq (%rcx)
   7c7: 49894d00                       movq %rcx, (%r13)
   7cb: 48ff0f                         decq (%rdi)
   7ce: 7509                           jne 0x9
   7d0: e800000000                     callq 0x0
        # hole +0x7d1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7d5: 498b4d00                       movq (%r13), %rcx
   7d9: 498b442418                     movq 0x18(%r12), %rax
   7de: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   7e5: 488988a8000000                 movq %rcx, 0xa8(%rax)
   7ec: 40f6c701                       testb $0x1, %dil
   7f0: 750f                           jne 0xf
   7f2: 48ff0f                         decq (%rdi)
   7f5: 750a                           jne 0xa
   7f7: e800000000                     callq 0x0
        # hole +0x7f8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7fc: 498b442418                     movq 0x18(%r12), %rax
   801: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   808: 40f6c701                       testb $0x1, %dil
   80c: 0f851b010000                   jne 0x11b
   812: 48ff07                         incq (%rdi)
   815: 49897d00                       movq %rdi, (%r13)
   819: 498d4f3a                       leaq 0x3a(%r15), %rcx
   81d: 837f0807                       cmpl $0x7, 0x8(%rdi)
   821: 0f851c010000                   jne 0x11c
   827: 488b5730                       movq 0x30(%rdi), %rdx
   82b: 48817a30bb5e0800               cmpq $0x85ebb, 0x30(%rdx)
   833: 0f850a010000                   jne 0x10a
   839: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   83e: 0f823b030000                   jb 0x33b
   844: 488b4f48                       movq 0x48(%rdi), %rcx
   848: f6c101                         testb $0x1, %cl
   84b: 0f850f010000                   jne 0x10f
   851: 48ff01                         incq (%rcx)
   854: 49894d00                       movq %rcx, (%r13)
   858: 48ff0f                         decq (%rdi)
   85b: 0f840c010000                   je 0x10c
   861: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   868: 488988b8000000                 movq %rcx, 0xb8(%rax)
   86f: 40f6c701                       testb $0x1, %dil
   873: 0f8416010000                   je 0x116
   879: e920010000                     jmp 0x120
   87e: 4989c0                         movq %rax, %r8
   881: b901000000                     movl $0x1, %ecx
   886: 4889de                         movq %rbx, %rsi
   889: 41b9ae010000                   movl $0x1ae, %r9d
   88f: 4c89e7                         movq %r12, %rdi
   892: 4c89f2                         movq %r14, %rdx
   895: 58                             popq %rax
   896: e900000000                     jmp 0x0
        # hole +0x897: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   89b: 4983c00b                       addq $0xb, %r8
   89f: 41b978000000                   movl $0x78, %r9d
   8a5: 4c89e7                         movq %r12, %rdi
   8a8: 4c89f2                         movq %r14, %rdx
   8ab: 58                             popq %rax
   8ac: e900000000                     jmp 0x0
        # hole +0x8ad: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   8b1: 4989c0                         movq %rax, %r8
   8b4: b901000000                     movl $0x1, %ecx
   8b9: 4889de                         movq %rbx, %rsi
   8bc: 41b9ea010000                   movl $0x1ea, %r9d
   8c2: 4c89e7                         movq %r12, %rdi
   8c5: 4c89f2                         movq %r14, %rdx
   8c8: 58                             popq %rax
   8c9: e900000000                     jmp 0x0
        # hole +0x8ca: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   8ce: 4983c011                       addq $0x11, %r8
   8d2: 41b9b4000000                   movl $0xb4, %r9d
   8d8: 4c89e7                         movq %r12, %rdi
   8db: 4c89f2                         movq %r14, %rdx
   8de: 58                             popq %rax
   8df: e900000000                     jmp 0x0
        # hole +0x8e0: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   8e4: 4989c0                         movq %rax, %r8
   8e7: b901000000                     movl $0x1, %ecx
   8ec: 4889de                         movq %rbx, %rsi
   8ef: 41b912020000                   movl $0x212, %r9d
   8f5: 4c89e7                         movq %r12, %rdi
   8f8: 4c89f2                         movq %r14, %rdx
   8fb: 58                             popq %rax
   8fc: e900000000                     jmp 0x0
        # hole +0x8fd: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   901: 4983c015                       addq $0x15, %r8
   905: 41b9dc000000                   movl $0xdc, %r9d
   90b: 4c89e7                         movq %r12, %rdi
   90e: 4c89f2                         movq %r14, %rdx
   911: 58                             popq %rax
   912: e900000000                     jmp 0x0
        # hole +0x913: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   917: 4983c01b                       addq $0x1b, %r8
   91b: 41b918010000                   movl $0x118, %r9d
   921: 4c89e7                         movq %r12, %rdi
   924: 4c89f2                         movq %r14, %rdx
   927: 58                             popq %rax
   928: e900000000                     jmp 0x0
        # hole +0x929: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   92d: 49897d00                       movq %rdi, (%r13)
   931: 4d89f8                         movq %r15, %r8
   934: 4983c03a                       addq $0x3a, %r8
   938: 41b94e020000                   movl $0x24e, %r9d
   93e: e9a1fcffff                     jmp -0x35f
   943: 4989c8                         movq %rcx, %r8
   946: b901000000                     movl $0x1, %ecx
   94b: 4889de                         movq %rbx, %rsi
   94e: 41b94e020000                   movl $0x24e, %r9d
   954: 4c89e7                         movq %r12, %rdi
   957: 4c89f2                         movq %r14, %rdx
   95a: 58                             popq %rax
   95b: e900000000                     jmp 0x0
        # hole +0x95c: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   960: 49894d00                       movq %rcx, (%r13)
   964: 48ff0f                         decq (%rdi)
   967: 0f85f4feffff                   jne -0x10c
   96d: e800000000                     callq 0x0
        # hole +0x96e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   972: 498b4d00                       movq (%r13), %rcx
   976: 498b442418                     movq 0x18(%r12), %rax
   97b: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   982: 488988b8000000                 movq %rcx, 0xb8(%rax)
   989: 40f6c701                       testb $0x1, %dil
   98d: 750f                           jne 0xf
   98f: 48ff0f                         decq (%rdi)
   992: 750a                           jne 0xa
   994: e800000000                     callq 0x0
        # hole +0x995: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   999: 498b442418                     movq 0x18(%r12), %rax
   99e: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   9a5: 40f6c701                       testb $0x1, %dil
   9a9: 7503                           jne 0x3
   9ab: 48ff07                         incq (%rdi)
   9ae: 49897d00                       movq %rdi, (%r13)
   9b2: 498d4740                       leaq 0x40(%r15), %rax
   9b6: 40f6c701                       testb $0x1, %dil
   9ba: 0f8515010000                   jne 0x115
   9c0: 837f0807                       cmpl $0x7, 0x8(%rdi)
   9c4: 0f850b010000                   jne 0x10b
   9ca: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x9cd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   9d1: 488b5730                       movq 0x30(%rdi), %rdx
   9d5: 48394a30                       cmpq %rcx, 0x30(%rdx)
   9d9: 0f85f6000000                   jne 0xf6
   9df: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   9e4: 0f84a7010000                   je 0x1a7
   9ea: 488b4f40                       movq 0x40(%rdi), %rcx
   9ee: f6c101                         testb $0x1, %cl
   9f1: 7503                           jne 0x3
   9f3: 48ff01                         incq (%rcx)
   9f6: 49894d00                       movq %rcx, (%r13)
   9fa: 48ff0f                         decq (%rdi)
   9fd: 7509                           jne 0x9
   9ff: e800000000                     callq 0x0
        # hole +0xa00: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a04: 498b4d00                       movq (%r13), %rcx
   a08: 498b442418                     movq 0x18(%r12), %rax
   a0d: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   a14: 488988c8000000                 movq %rcx, 0xc8(%rax)
   a1b: 40f6c701                       testb $0x1, %dil
   a1f: 750f                           jne 0xf
   a21: 48ff0f                         decq (%rdi)
   a24: 750a                           jne 0xa
   a26: e800000000                     callq 0x0
        # hole +0xa27: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a2b: 498b442418                     movq 0x18(%r12), %rax
   a30: 488bb8d0000000                 movq 0xd0(%rax), %rdi
   a37: 40f6c701                       testb $0x1, %dil
   a3b: 0f85d5000000                   jne 0xd5
   a41: 48ff07                         incq (%rdi)
   a44: 49897d00                       movq %rdi, (%r13)
   a48: 498d4f44                       leaq 0x44(%r15), %rcx
   a4c: 837f0807                       cmpl $0x7, 0x8(%rdi)
   a50: 0f85d6000000                   jne 0xd6
   a56: 488b5730                       movq 0x30(%rdi), %rdx
   a5a: 48817a303aba0a00               cmpq $0xaba3a, 0x30(%rdx)
   a62: 0f85c4000000                   jne 0xc4
   a68: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   a6d: 0f8230010000                   jb 0x130
   a73: 488b4f48                       movq 0x48(%rdi), %rcx
   a77: f6c101                         testb $0x1, %cl
   a7a: 7503                           jne 0x3
   a7c: 48ff01                         incq (%rcx)
   a7f: 49894d00                       movq %rcx, (%r13)
   a83: 48ff0f                         decq (%rdi)
   a86: 750e                           jne 0xe
   a88: e800000000                     callq 0x0
        # hole +0xa89: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a8d: 498b4d00                       movq (%r13), %rcx
   a91: 498b442418                     movq 0x18(%r12), %rax
   a96: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   a9d: 488988d8000000                 movq %rcx, 0xd8(%rax)
   aa4: 4983c749                       addq $0x49, %r15
   aa8: 40f6c701                       testb $0x1, %dil
   aac: 750a                           jne 0xa
   aae: 48ff0f                         decq (%rdi)
   ab1: 7505                           jne 0x5
   ab3: e800000000                     callq 0x0
        # hole +0xab4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   ab8: 4c89ee                         movq %r13, %rsi
   abb: b902000000                     movl $0x2, %ecx
   ac0: 4d89f8                         movq %r15, %r8
   ac3: 41b9e4020000                   movl $0x2e4, %r9d
   ac9: 4c89e7                         movq %r12, %rdi
   acc: 4c89f2                         movq %r14, %rdx
   acf: 58                             popq %rax
   ad0: e900000000                     jmp 0x0
        # hole +0xad1: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   ad5: 4989c0                         movq %rax, %r8
   ad8: b901000000                     movl $0x1, %ecx
   add: 4889de                         movq %rbx, %rsi
   ae0: 41b98a020000                   movl $0x28a, %r9d
   ae6: 4c89e7                         movq %r12, %rdi
   ae9: 4c89f2                         movq %r14, %rdx
   aec: 58                             popq %rax
   aed: e900000000                     jmp 0x0
        # hole +0xaee: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   af2: 4d89f8                         movq %r15, %r8
   af5: 4983c021                       addq $0x21, %r8
   af9: 41b954010000                   movl $0x154, %r9d
   aff: e9e0faffff                     jmp -0x520
   b04: 4d89f8                         movq %r15, %r8
   b07: 4983c025                       addq $0x25, %r8
   b0b: 41b97c010000                   movl $0x17c, %r9d
   b11: e9cefaffff                     jmp -0x532
   b16: 49897d00                       movq %rdi, (%r13)
   b1a: 4d89f8                         movq %r15, %r8
   b1d: 4983c044                       addq $0x44, %r8
   b21: 41b9b2020000                   movl $0x2b2, %r9d
   b27: e9b8faffff                     jmp -0x548
   b2c: 4989c8                         movq %rcx, %r8
   b2f: b901000000                     movl $0x1, %ecx
   b34: 4889de                         movq %rbx, %rsi
   b37: 41b9b2020000                   movl $0x2b2, %r9d
   b3d: 4c89e7                         movq %r12, %rdi
   b40: 4c89f2                         movq %r14, %rdx
   b43: 58                             popq %rax
   b44: e900000000                     jmp 0x0
        # hole +0xb45: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   b49: 4d89f8                         movq %r15, %r8
   b4c: 4983c02b                       addq $0x2b, %r8
   b50: 41b9b8010000                   movl $0x1b8, %r9d
   b56: e989faffff                     jmp -0x577
   b5b: 4d89f8                         movq %r15, %r8
   b5e: 4983c031                       addq $0x31, %r8
   b62: 41b9f4010000                   movl $0x1f4, %r9d
   b68: e977faffff                     jmp -0x589
   b6d: 4d89f8                         movq %r15, %r8
   b70: 4983c035                       addq $0x35, %r8
   b74: 41b91c020000                   movl $0x21c, %r9d
   b7a: e965faffff                     jmp -0x59b
   b7f: 4d89f8                         movq %r15, %r8
   b82: 4983c03b                       addq $0x3b, %r8
   b86: 41b958020000                   movl $0x258, %r9d
   b8c: e953faffff                     jmp -0x5ad
   b91: 4d89f8                         movq %r15, %r8
   b94: 4983c041                       addq $0x41, %r8
   b98: 41b994020000                   movl $0x294, %r9d
   b9e: e941faffff                     jmp -0x5bf
   ba3: 4d89f8                         movq %r15, %r8
   ba6: 4983c045                       addq $0x45, %r8
   baa: 41b9bc020000                   movl $0x2bc, %r9d
   bb0: e92ffaffff                     jmp -0x5d1
   bb5: 4989c0                         movq %rax, %r8
   bb8: e92cfaffff                     jmp -0x5d4
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[65]+0
        # hole data+0x8: GOT Abs64 operand0[53]+0
        # hole data+0x10: GOT Abs64 operand0[49]+0
        # hole data+0x18: GOT Abs64 operand0[43]+0
        # hole data+0x20: GOT Abs64 operand0[33]+0
        # hole data+0x28: GOT Abs64 operand0[21]+0
        # hole data+0x30: GOT Abs64 operand0[17]+0
        # hole data+0x38: GOT Abs64 operand0[11]+0
        # hole data+0x40: GOT Abs64 operand0[1]+0
