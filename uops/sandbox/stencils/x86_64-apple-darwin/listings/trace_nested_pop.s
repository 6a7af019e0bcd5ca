# stencil nested_pop for x86_64-apple-darwin: 2503 code bytes, 24 data bytes, 25 holes
     0: 55                             pushq %rbp
     1: 4881ecd0000000                 subq $0xd0, %rsp
     8: 498b4608                       movq 0x8(%r14), %rax
     c: 4889442418                     movq %rax, 0x18(%rsp)
    11: 498b7e10                       movq 0x10(%r14), %rdi
    15: 4c89642430                     movq %r12, 0x30(%rsp)
    1a: 498b442418                     movq 0x18(%r12), %rax
    1f: 488b30                         movq (%rax), %rsi
    22: 4c8b5808                       movq 0x8(%rax), %r11
    26: 4c8b6010                       movq 0x10(%rax), %r12
    2a: 488b4818                       movq 0x18(%rax), %rcx
    2e: 4c8b6820                       movq 0x20(%rax), %r13
    32: 488b5828                       movq 0x28(%rax), %rbx
    36: b802000000                     movl $0x2, %eax
    3b: 4889bc24c0000000               movq %rdi, 0xc0(%rsp)
    43: 4829f8                         subq %rdi, %rax
    46: 4889442408                     movq %rax, 0x8(%rsp)
    4b: 48899c24b8000000               movq %rbx, 0xb8(%rsp)
    53: 4c89ac24b0000000               movq %r13, 0xb0(%rsp)
    5b: 48898c24a8000000               movq %rcx, 0xa8(%rsp)
    63: 4889cf                         movq %rcx, %rdi
    66: 4c89a424a0000000               movq %r12, 0xa0(%rsp)
    6e: 4c899c2498000000               movq %r11, 0x98(%rsp)
    76: 4889b42490000000               movq %rsi, 0x90(%rsp)
    7e: 4989f2                         movq %rsi, %r10
    81: 4c89742428                     movq %r14, 0x28(%rsp)
    86: 4c89e5                         movq %r12, %rbp
    89: 4c89d6                         movq %r10, %rsi
    8c: 4c8b742438                     movq 0x38(%rsp), %r14
    91: eb16                           jmp 0x16
    93: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    a0: 4939cf                         cmpq %rcx, %r15
    a3: 0f8f47020000                   jg 0x247
    a9: f6c301                         testb $0x1, %bl
    ac: 7562                           jne 0x62
    ae: 48ff0b                         decq (%rbx)
    b1: 755d                           jne 0x5d
    b3: 4c89642410                     movq %r12, 0x10(%rsp)
    b8: 4989fc                         movq %rdi, %r12
    bb: 4889df                         movq %rbx, %rdi
    be: 4d89df                         movq %r11, %r15
    c1: 48895c2420                     movq %rbx, 0x20(%rsp)
    c6: 4c89ac24c8000000               movq %r13, 0xc8(%rsp)
    ce: 4d89d5                         movq %r10, %r13
    d1: 4c89742438                     movq %r14, 0x38(%rsp)
    d6: 4d89c6                         movq %r8, %r14
    d9: 4889f3                         movq %rsi, %rbx
    dc: e800000000                     callq 0x0
        # hole +0xdd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    e1: 4889de                         movq %rbx, %rsi
    e4: 4d89f0                         movq %r14, %r8
    e7: 4c8b742438                     movq 0x38(%rsp), %r14
    ec: 4d89ea                         movq %r13, %r10
    ef: 4c8bac24c8000000               movq 0xc8(%rsp), %r13
    f7: 488b5c2420                     movq 0x20(%rsp), %rbx
    fc: 4c89e7                         movq %r12, %rdi
    ff: 4c8b642410                     movq 0x10(%rsp), %r12
   104: 4d89fb                         movq %r15, %r11
   107: 660f1f840000000000             nopw (%rax,%rax)
   110: 4889742440                     movq %rsi, 0x40(%rsp)
   115: 4c895c2448                     movq %r11, 0x48(%rsp)
   11a: 48896c2450                     movq %rbp, 0x50(%rsp)
   11f: 48897c2458                     movq %rdi, 0x58(%rsp)
   124: 4c896c2460                     movq %r13, 0x60(%rsp)
   129: 48895c2468                     movq %rbx, 0x68(%rsp)
   12e: 4c89542470                     movq %r10, 0x70(%rsp)
   133: 4c89442478                     movq %r8, 0x78(%rsp)
   138: 4c89a42480000000               movq %r12, 0x80(%rsp)
   140: 4c89b42488000000               movq %r14, 0x88(%rsp)
   148: 41f6c501                       testb $0x1, %r13b
   14c: 0f85fb030000                   jne 0x3fb
   152: 41837d0804                     cmpl $0x4, 0x8(%r13)
   157: 0f85f0030000                   jne 0x3f0
   15d: 498b4540                       movq 0x40(%r13), %rax
   161: 498b4d30                       movq 0x30(%r13), %rcx
   165: 498b5538                       movq 0x38(%r13), %rdx
   169: 4885c0                         testq %rax, %rax
   16c: 7e12                           jle 0x12
   16e: 4839d1                         cmpq %rdx, %rcx
   171: 4c8b742428                     movq 0x28(%rsp), %r14
   176: 7c16                           jl 0x16
   178: e9eb040000                     jmp 0x4eb
   17d: 0f1f00                         nopl (%rax)
   180: 4839d1                         cmpq %rdx, %rcx
   183: 4c8b742428                     movq 0x28(%rsp), %r14
   188: 0f8eda040000                   jle 0x4da
   18e: 4801c8                         addq %rcx, %rax
   191: 49894530                       movq %rax, 0x30(%r13)
   195: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   19d: 4889442468                     movq %rax, 0x68(%rsp)
   1a2: 4889442448                     movq %rax, 0x48(%rsp)
   1a7: 41f6c301                       testb $0x1, %r11b
   1ab: 7505                           jne 0x5
   1ad: 49ff0b                         decq (%r11)
   1b0: 742b                           je 0x2b
   1b2: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x1b5: X86_64_RELOC_GOT_LOAD Rel32 data+12
   1b9: 41f6c701                       testb $0x1, %r15b
   1bd: 7441                           je 0x41
   1bf: 4c897c2468                     movq %r15, 0x68(%rsp)
   1c4: 488b442458                     movq 0x58(%rsp), %rax
   1c9: a801                           testb $0x1, %al
   1cb: 7444                           je 0x44
   1cd: 4889442470                     movq %rax, 0x70(%rsp)
   1d2: 41f6c701                       testb $0x1, %r15b
   1d6: 744b                           je 0x4b
   1d8: e9aa040000                     jmp 0x4aa
   1dd: 4c89df                         movq %r11, %rdi
   1e0: e800000000                     callq 0x0
        # hole +0x1e1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1e5: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x1e8: X86_64_RELOC_GOT_LOAD Rel32 data+12
   1ec: 41f6c701                       testb $0x1, %r15b
   1f0: 75cd                           jne -0x33
   1f2: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   200: 49ff07                         incq (%r15)
   203: 4c897c2468                     movq %r15, 0x68(%rsp)
   208: 488b442458                     movq 0x58(%rsp), %rax
   20d: a801                           testb $0x1, %al
   20f: 75bc                           jne -0x44
   211: 48ff00                         incq (%rax)
   214: 4889442470                     movq %rax, 0x70(%rsp)
   219: 41f6c701                       testb $0x1, %r15b
   21d: 0f8564040000                   jne 0x464
   223: 41837f0808                     cmpl $0x8, 0x8(%r15)
   228: 0f8559040000                   jne 0x459
   22e: ba01000000                     movl $0x1, %edx
   233: 4c89f7                         movq %r14, %rdi
   236: 488d742470                     leaq 0x70(%rsp), %rsi
   23b: 41ff5738                       callq *0x38(%r15)
   23f: 4889c3                         movq %rax, %rbx
   242: 488b7c2470                     movq 0x70(%rsp), %rdi
   247: 40f6c701                       testb $0x1, %dil
   24b: 7509                           jne 0x9
   24d: 48ff0f                         decq (%rdi)
   250: 0f8481000000                   je 0x81
   256: 49ff0f                         decq (%r15)
   259: 7508                           jne 0x8
   25b: 4c89ff                         movq %r15, %rdi
   25e: e800000000                     callq 0x0
        # hole +0x25f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   263: 4885db                         testq %rbx, %rbx
   266: 0f84ab050000                   je 0x5ab
   26c: 48895c2468                     movq %rbx, 0x68(%rsp)
   271: 488b742440                     movq 0x40(%rsp), %rsi
   276: 4c8b5c2448                     movq 0x48(%rsp), %r11
   27b: 488b6c2450                     movq 0x50(%rsp), %rbp
   280: 488b7c2458                     movq 0x58(%rsp), %rdi
   285: 4c8b6c2460                     movq 0x60(%rsp), %r13
   28a: 4c8b542470                     movq 0x70(%rsp), %r10
   28f: 4c8b442478                     movq 0x78(%rsp), %r8
   294: 4c8ba42480000000               movq 0x80(%rsp), %r12
   29c: f6c301                         testb $0x1, %bl
   29f: 0f85ce020000                   jne 0x2ce
   2a5: 837b0804                       cmpl $0x4, 0x8(%rbx)
   2a9: 0f85c4020000                   jne 0x2c4
   2af: 4c8bb42488000000               movq 0x88(%rsp), %r14
   2b7: 488b4340                       movq 0x40(%rbx), %rax
   2bb: 4c8b7b30                       movq 0x30(%rbx), %r15
   2bf: 488b4b38                       movq 0x38(%rbx), %rcx
   2c3: 4885c0                         testq %rax, %rax
   2c6: 0f8ed4fdffff                   jle -0x22c
   2cc: 4939cf                         cmpq %rcx, %r15
   2cf: 0f8dd4fdffff                   jge -0x22c
   2d5: eb19                           jmp 0x19
   2d7: e800000000                     callq 0x0
        # hole +0x2d8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2dc: 49ff0f                         decq (%r15)
   2df: 7582                           jne -0x7e
   2e1: e975ffffff                     jmp -0x8b
   2e6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   2f0: 4c01f8                         addq %r15, %rax
   2f3: 48894330                       movq %rax, 0x30(%rbx)
   2f7: 40f6c501                       testb $0x1, %bpl
   2fb: 4c895c2420                     movq %r11, 0x20(%rsp)
   300: 750a                           jne 0xa
   302: 48ff4d00                       decq (%rbp)
   306: 0f8419020000                   je 0x219
   30c: 40f6c601                       testb $0x1, %sil
   310: 7503                           jne 0x3
   312: 48ff06                         incq (%rsi)
   315: 41f6c301                       testb $0x1, %r11b
   319: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   323: 7503                           jne 0x3
   325: 49ff03                         incq (%r11)
   328: 4e8d247d01000000               leaq 0x1(,%r15,2), %r12
   330: 4d01ff                         addq %r15, %r15
   333: 4c89d9                         movq %r11, %rcx
   336: 48d1f9                         sarq %rcx
   339: 49d1ff                         sarq %r15
   33c: 4c0faff9                       imulq %rcx, %r15
   340: 0f80ee050000                   jo 0x5ee
   346: 498d042f                       leaq (%r15,%rbp), %rax
   34a: 4885c0                         testq %rax, %rax
   34d: 0f89e1050000                   jns 0x5e1
   353: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
   35b: 40f6c601                       testb $0x1, %sil
   35f: 0f8407060000                   je 0x607
   365: 4889f0                         movq %rsi, %rax
   368: 48d1f8                         sarq %rax
   36b: 4901c7                         addq %rax, %r15
   36e: 4c89f8                         movq %r15, %rax
   371: 4801e8                         addq %rbp, %rax
   374: 0f8916060000                   jns 0x616
   37a: 4c89742438                     movq %r14, 0x38(%rsp)
   37f: 4e8d147d01000000               leaq 0x1(,%r15,2), %r10
   387: 4c8b742428                     movq 0x28(%rsp), %r14
   38c: 49833e00                       cmpq $0x0, (%r14)
   390: 0f851d050000                   jne 0x51d
   396: 488b442418                     movq 0x18(%rsp), %rax
   39b: 48ffc0                         incq %rax
   39e: 483b8424c0000000               cmpq 0xc0(%rsp), %rax
   3a6: 4889442418                     movq %rax, 0x18(%rsp)
   3ab: 0f8d24050000                   jge 0x524
   3b1: 837b0804                       cmpl $0x4, 0x8(%rbx)
   3b5: 0f8548050000                   jne 0x548
   3bb: 488b5340                       movq 0x40(%rbx), %rdx
   3bf: 488b4330                       movq 0x30(%rbx), %rax
   3c3: 488b7338                       movq 0x38(%rbx), %rsi
   3c7: 4885d2                         testq %rdx, %rdx
   3ca: 0f8ea0000000                   jle 0xa0
   3d0: 4839f0                         cmpq %rsi, %rax
   3d3: 0f8dadfcffff                   jge -0x353
   3d9: 4d89d7                         movq %r10, %r15
   3dc: 48897c2410                     movq %rdi, 0x10(%rsp)
   3e1: 4c8d2400                       leaq (%rax,%rax), %r12
   3e5: 4c8d0412                       leaq (%rdx,%rdx), %r8
   3e9: 0f1f8000000000                 nopl (%rax)
   3f0: 41f6c301                       testb $0x1, %r11b
   3f4: 7503                           jne 0x3
   3f6: 49ff03                         incq (%r11)
   3f9: 4801d0                         addq %rdx, %rax
   3fc: 4c89e7                         movq %r12, %rdi
   3ff: 48d1ff                         sarq %rdi
   402: 480faff9                       imulq %rcx, %rdi
   406: 4d89fa                         movq %r15, %r10
   409: 0f802a040000                   jo 0x42a
   40f: 4c8d0c2f                       leaq (%rdi,%rbp), %r9
   413: 4d85c9                         testq %r9, %r9
   416: 0f891d040000                   jns 0x41d
   41c: 4d89d1                         movq %r10, %r9
   41f: 49d1f9                         sarq %r9
   422: 4901f9                         addq %rdi, %r9
   425: 4d89ca                         movq %r9, %r10
   428: 4901ea                         addq %rbp, %r10
   42b: 0f8940040000                   jns 0x440
   431: 4c8b5c2418                     movq 0x18(%rsp), %r11
   436: 4c8b542408                     movq 0x8(%rsp), %r10
   43b: 4d01da                         addq %r11, %r10
   43e: 4e8d3c4d01000000               leaq 0x1(,%r9,2), %r15
   446: 4983fa01                       cmpq $0x1, %r10
   44a: 0f846c030000                   je 0x36c
   450: 49ffc3                         incq %r11
   453: 4c895c2418                     movq %r11, 0x18(%rsp)
   458: 4d01c4                         addq %r8, %r12
   45b: 4839f0                         cmpq %rsi, %rax
   45e: 4c8b5c2420                     movq 0x20(%rsp), %r11
   463: 7c8b                           jl -0x75
   465: e99b000000                     jmp 0x9b
   46a: 660f1f440000                   nopw (%rax,%rax)
   470: 4839f0                         cmpq %rsi, %rax
   473: 0f8e0dfcffff                   jle -0x3f3
   479: 4d89d7                         movq %r10, %r15
   47c: 48897c2410                     movq %rdi, 0x10(%rsp)
   481: 4c8d2400                       leaq (%rax,%rax), %r12
   485: 4c8d0412                       leaq (%rdx,%rdx), %r8
   489: 0f1f8000000000                 nopl (%rax)
   490: 41f6c301                       testb $0x1, %r11b
   494: 7503                           jne 0x3
   496: 49ff03                         incq (%r11)
   499: 4801d0                         addq %rdx, %rax
   49c: 4c89e7                         movq %r12, %rdi
   49f: 48d1ff                         sarq %rdi
   4a2: 480faff9                       imulq %rcx, %rdi
   4a6: 4d89fa                         movq %r15, %r10
   4a9: 0f808a030000                   jo 0x38a
   4af: 4c8d0c2f                       leaq (%rdi,%rbp), %r9
   4b3: 4d85c9                         testq %r9, %r9
   4b6: 0f897d030000                   jns 0x37d
   4bc: 4d89d1                         movq %r10, %r9
   4bf: 49d1f9                         sarq %r9
   4c2: 4901f9                         addq %rdi, %r9
   4c5: 4d89ca                         movq %r9, %r10
   4c8: 4901ea                         addq %rbp, %r10
   4cb: 0f89a0030000                   jns 0x3a0
   4d1: 4c8b5c2418                     movq 0x18(%rsp), %r11
   4d6: 4c8b542408                     movq 0x8(%rsp), %r10
   4db: 4d01da                         addq %r11, %r10
   4de: 4e8d3c4d01000000               leaq 0x1(,%r9,2), %r15
   4e6: 4983fa01                       cmpq $0x1, %r10
   4ea: 0f84cc020000                   je 0x2cc
   4f0: 49ffc3                         incq %r11
   4f3: 4c895c2418                     movq %r11, 0x18(%rsp)
   4f8: 4d01c4                         addq %r8, %r12
   4fb: 4839f0                         cmpq %rsi, %rax
   4fe: 4c8b5c2420                     movq 0x20(%rsp), %r11
   503: 7f8b                           jg -0x75
   505: 4d29c4                         subq %r8, %r12
   508: 4983cc01                       orq $0x1, %r12
   50c: 4c8d047d01000000               leaq 0x1(,%rdi,2), %r8
   514: 48894330                       movq %rax, 0x30(%rbx)
   518: 488b7c2410                     movq 0x10(%rsp), %rdi
   51d: 4d89fa                         movq %r15, %r10
   520: e961fbffff                     jmp -0x49f
   525: 4989fc                         movq %rdi, %r12
   528: 4889ef                         movq %rbp, %rdi
   52b: 4889f5                         movq %rsi, %rbp
   52e: e800000000                     callq 0x0
        # hole +0x52f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   533: 4889ee                         movq %rbp, %rsi
   536: 4c89e7                         movq %r12, %rdi
   539: 4c8b5c2420                     movq 0x20(%rsp), %r11
   53e: 40f6c601                       testb $0x1, %sil
   542: 0f84cafdffff                   je -0x236
   548: e9c8fdffff                     jmp -0x238
   54d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x550: X86_64_RELOC_GOT_LOAD Rel32 data+4
   554: 49ffc0                         incq %r8
   557: b805000000                     movl $0x5, %eax
   55c: 41b90a000000                   movl $0xa, %r9d
   562: b901000000                     movl $0x1, %ecx
   567: 31d2                           xorl %edx, %edx
   569: 4c8b742428                     movq 0x28(%rsp), %r14
   56e: e931010000                     jmp 0x131
   573: 4989f6                         movq %rsi, %r14
   576: 4c89442408                     movq %r8, 0x8(%rsp)
   57b: 48897c2410                     movq %rdi, 0x10(%rsp)
   580: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x583: X86_64_RELOC_GOT_LOAD Rel32 data-4
   587: 49ffc0                         incq %r8
   58a: b830000000                     movl $0x30, %eax
   58f: 41b90a000000                   movl $0xa, %r9d
   595: b901000000                     movl $0x1, %ecx
   59a: 31d2                           xorl %edx, %edx
   59c: 31ff                           xorl %edi, %edi
   59e: 488b742430                     movq 0x30(%rsp), %rsi
   5a3: 488b7618                       movq 0x18(%rsi), %rsi
   5a7: 4c3bb42490000000               cmpq 0x90(%rsp), %r14
   5af: 7542                           jne 0x42
   5b1: 4c3b9c2498000000               cmpq 0x98(%rsp), %r11
   5b9: 7545                           jne 0x45
   5bb: 483bac24a0000000               cmpq 0xa0(%rsp), %rbp
   5c3: 4c8b742428                     movq 0x28(%rsp), %r14
   5c8: 7549                           jne 0x49
   5ca: 4c8b7c2410                     movq 0x10(%rsp), %r15
   5cf: 4c3bbc24a8000000               cmpq 0xa8(%rsp), %r15
   5d7: 754d                           jne 0x4d
   5d9: 4c3bac24b0000000               cmpq 0xb0(%rsp), %r13
   5e1: 7551                           jne 0x51
   5e3: 483b9c24b8000000               cmpq 0xb8(%rsp), %rbx
   5eb: 7555                           jne 0x55
   5ed: 84d2                           testb %dl, %dl
   5ef: 7559                           jne 0x59
   5f1: eb6d                           jmp 0x6d
   5f3: 4c8936                         movq %r14, (%rsi)
   5f6: 4c3b9c2498000000               cmpq 0x98(%rsp), %r11
   5fe: 74bb                           je -0x45
   600: 4c895e08                       movq %r11, 0x8(%rsi)
   604: 483bac24a0000000               cmpq 0xa0(%rsp), %rbp
   60c: 4c8b742428                     movq 0x28(%rsp), %r14
   611: 74b7                           je -0x49
   613: 48896e10                       movq %rbp, 0x10(%rsi)
   617: 4c8b7c2410                     movq 0x10(%rsp), %r15
   61c: 4c3bbc24a8000000               cmpq 0xa8(%rsp), %r15
   624: 74b3                           je -0x4d
   626: 4c897e18                       movq %r15, 0x18(%rsi)
   62a: 4c3bac24b0000000               cmpq 0xb0(%rsp), %r13
   632: 74af                           je -0x51
   634: 4c896e20                       movq %r13, 0x20(%rsi)
   638: 483b9c24b8000000               cmpq 0xb8(%rsp), %rbx
   640: 74ab                           je -0x55
   642: 48895e28                       movq %rbx, 0x28(%rsi)
   646: 84d2                           testb %dl, %dl
   648: 7416                           je 0x16
   64a: 4c895630                       movq %r10, 0x30(%rsi)
   64e: 488b542408                     movq 0x8(%rsp), %rdx
   653: 48895638                       movq %rdx, 0x38(%rsi)
   657: 4084ff                         testb %dil, %dil
   65a: 7404                           je 0x4
   65c: 4c896640                       movq %r12, 0x40(%rsi)
   660: 4801c6                         addq %rax, %rsi
   663: e9d5000000                     jmp 0xd5
   668: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x66b: X86_64_RELOC_GOT_LOAD Rel32 data+4
   66f: 4983c002                       addq $0x2, %r8
   673: b805000000                     movl $0x5, %eax
   678: 41b914000000                   movl $0x14, %r9d
   67e: b902000000                     movl $0x2, %ecx
   683: 31d2                           xorl %edx, %edx
   685: eb1d                           jmp 0x1d
   687: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x68a: X86_64_RELOC_GOT_LOAD Rel32 data+4
   68e: 4983c007                       addq $0x7, %r8
   692: b807000000                     movl $0x7, %eax
   697: b201                           movb $0x1, %dl
   699: 41b946000000                   movl $0x46, %r9d
   69f: b901000000                     movl $0x1, %ecx
   6a4: 488b7c2440                     movq 0x40(%rsp), %rdi
   6a9: 488b742430                     movq 0x30(%rsp), %rsi
   6ae: 488b7618                       movq 0x18(%rsi), %rsi
   6b2: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   6ba: 0f859c000000                   jne 0x9c
   6c0: 488b7c2448                     movq 0x48(%rsp), %rdi
   6c5: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   6cd: 0f859f000000                   jne 0x9f
   6d3: 488b7c2450                     movq 0x50(%rsp), %rdi
   6d8: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   6e0: 0f85a3000000                   jne 0xa3
   6e6: 488b7c2458                     movq 0x58(%rsp), %rdi
   6eb: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   6f3: 0f85a7000000                   jne 0xa7
   6f9: 488b7c2460                     movq 0x60(%rsp), %rdi
   6fe: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   706: 7404                           je 0x4
   708: 48897e20                       movq %rdi, 0x20(%rsi)
   70c: 488b7c2468                     movq 0x68(%rsp), %rdi
   711: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   719: 0f94c3                         sete %bl
   71c: 4189d2                         movl %edx, %r10d
   71f: 4180f201                       xorb $0x1, %r10b
   723: 4108da                         orb %bl, %r10b
   726: 7504                           jne 0x4
   728: 48897e28                       movq %rdi, 0x28(%rsi)
   72c: 84d2                           testb %dl, %dl
   72e: 7409                           je 0x9
   730: 488b542470                     movq 0x70(%rsp), %rdx
   735: 48895630                       movq %rdx, 0x30(%rsi)
   739: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   73d: 488b7c2430                     movq 0x30(%rsp), %rdi
   742: 4c89f2                         movq %r14, %rdx
   745: e800000000                     callq 0x0
        # hole +0x746: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   74a: 488b4c2418                     movq 0x18(%rsp), %rcx
   74f: 49894e08                       movq %rcx, 0x8(%r14)
   753: 4881c4d0000000                 addq $0xd0, %rsp
   75a: 5d                             popq %rbp
   75b: c3                             retq
   75c: 48893e                         movq %rdi, (%rsi)
   75f: 488b7c2448                     movq 0x48(%rsp), %rdi
   764: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   76c: 0f8461ffffff                   je -0x9f
   772: 48897e08                       movq %rdi, 0x8(%rsi)
   776: 488b7c2450                     movq 0x50(%rsp), %rdi
   77b: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   783: 0f845dffffff                   je -0xa3
   789: 48897e10                       movq %rdi, 0x10(%rsi)
   78d: 488b7c2458                     movq 0x58(%rsp), %rdi
   792: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   79a: 0f8459ffffff                   je -0xa7
   7a0: 48897e18                       movq %rdi, 0x18(%rsi)
   7a4: 488b7c2460                     movq 0x60(%rsp), %rdi
   7a9: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   7b1: 0f8551ffffff                   jne -0xaf
   7b7: e950ffffff                     jmp -0xb0
   7bc: 4983cc01                       orq $0x1, %r12
   7c0: 488d0c7d01000000               leaq 0x1(,%rdi,2), %rcx
   7c8: 48894c2408                     movq %rcx, 0x8(%rsp)
   7cd: 48894330                       movq %rax, 0x30(%rbx)
   7d1: 49c70601000000                 movq $0x1, (%r14)
   7d8: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7db: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7df: 4983c00d                       addq $0xd, %r8
   7e3: b830000000                     movl $0x30, %eax
   7e8: 41b982000000                   movl $0x82, %r9d
   7ee: b902000000                     movl $0x2, %ecx
   7f3: 31d2                           xorl %edx, %edx
   7f5: 488bb424c0000000               movq 0xc0(%rsp), %rsi
   7fd: 4889742418                     movq %rsi, 0x18(%rsp)
   802: 4c89e5                         movq %r12, %rbp
   805: 4d89fa                         movq %r15, %r10
   808: 4d89fe                         movq %r15, %r14
   80b: 31ff                           xorl %edi, %edi
   80d: 4c8b5c2420                     movq 0x20(%rsp), %r11
   812: e987fdffff                     jmp -0x279
   817: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x81a: X86_64_RELOC_GOT_LOAD Rel32 data+4
   81e: 4983c007                       addq $0x7, %r8
   822: b805000000                     movl $0x5, %eax
   827: 41b946000000                   movl $0x46, %r9d
   82d: b903000000                     movl $0x3, %ecx
   832: 31d2                           xorl %edx, %edx
   834: e96bfeffff                     jmp -0x195
   839: 4983cc01                       orq $0x1, %r12
   83d: 48894330                       movq %rax, 0x30(%rbx)
   841: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x844: X86_64_RELOC_GOT_LOAD Rel32 data-4
   848: 4983c008                       addq $0x8, %r8
   84c: b848000000                     movl $0x48, %eax
   851: b201                           movb $0x1, %dl
   853: 41b950000000                   movl $0x50, %r9d
   859: b901000000                     movl $0x1, %ecx
   85e: 4c895c2408                     movq %r11, 0x8(%rsp)
   863: 4c89e5                         movq %r12, %rbp
   866: 4d89d6                         movq %r10, %r14
   869: 40b701                         movb $0x1, %dil
   86c: e92dfdffff                     jmp -0x2d3
   871: 4983cc01                       orq $0x1, %r12
   875: 488d0c7d01000000               leaq 0x1(,%rdi,2), %rcx
   87d: 48894c2408                     movq %rcx, 0x8(%rsp)
   882: 48894330                       movq %rax, 0x30(%rbx)
   886: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x889: X86_64_RELOC_GOT_LOAD Rel32 data-4
   88d: 4983c00a                       addq $0xa, %r8
   891: b840000000                     movl $0x40, %eax
   896: b201                           movb $0x1, %dl
   898: 41b964000000                   movl $0x64, %r9d
   89e: b901000000                     movl $0x1, %ecx
   8a3: 31ff                           xorl %edi, %edi
   8a5: 4c89e5                         movq %r12, %rbp
   8a8: 4d89fa                         movq %r15, %r10
   8ab: 4d89fe                         movq %r15, %r14
   8ae: e9ebfcffff                     jmp -0x315
   8b3: 4c89442408                     movq %r8, 0x8(%rsp)
   8b8: 48897c2410                     movq %rdi, 0x10(%rsp)
   8bd: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8c0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   8c4: 4983c00c                       addq $0xc, %r8
   8c8: b830000000                     movl $0x30, %eax
   8cd: 41b978000000                   movl $0x78, %r9d
   8d3: eb27                           jmp 0x27
   8d5: 4c89442408                     movq %r8, 0x8(%rsp)
   8da: 48897c2410                     movq %rdi, 0x10(%rsp)
   8df: 49c70601000000                 movq $0x1, (%r14)
   8e6: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x8e9: X86_64_RELOC_GOT_LOAD Rel32 data-4
   8ed: 4983c00d                       addq $0xd, %r8
   8f1: b830000000                     movl $0x30, %eax
   8f6: 41b982000000                   movl $0x82, %r9d
   8fc: b902000000                     movl $0x2, %ecx
   901: eb24                           jmp 0x24
   903: 4c89442408                     movq %r8, 0x8(%rsp)
   908: 48897c2410                     movq %rdi, 0x10(%rsp)
   90d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x910: X86_64_RELOC_GOT_LOAD Rel32 data-4
   914: 49ffc0                         incq %r8
   917: b830000000                     movl $0x30, %eax
   91c: 41b90a000000                   movl $0xa, %r9d
   922: b901000000                     movl $0x1, %ecx
   927: 31d2                           xorl %edx, %edx
   929: 4c89e5                         movq %r12, %rbp
   92c: 4d89d6                         movq %r10, %r14
   92f: e968fcffff                     jmp -0x398
   934: 48897c2410                     movq %rdi, 0x10(%rsp)
   939: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x93c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   940: 4983c008                       addq $0x8, %r8
   944: b848000000                     movl $0x48, %eax
   949: b201                           movb $0x1, %dl
   94b: 41b950000000                   movl $0x50, %r9d
   951: b901000000                     movl $0x1, %ecx
   956: 4989f6                         movq %rsi, %r14
   959: 4989f2                         movq %rsi, %r10
   95c: 4c895c2408                     movq %r11, 0x8(%rsp)
   961: 4c89e5                         movq %r12, %rbp
   964: 40b701                         movb $0x1, %dil
   967: e932fcffff                     jmp -0x3ce
   96c: 4c89442408                     movq %r8, 0x8(%rsp)
   971: 48897c2410                     movq %rdi, 0x10(%rsp)
   976: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x979: X86_64_RELOC_GOT_LOAD Rel32 data-4
   97d: 4983c009                       addq $0x9, %r8
   981: b840000000                     movl $0x40, %eax
   986: b201                           movb $0x1, %dl
   988: 41b95a000000                   movl $0x5a, %r9d
   98e: eb22                           jmp 0x22
   990: 4c89442408                     movq %r8, 0x8(%rsp)
   995: 48897c2410                     movq %rdi, 0x10(%rsp)
   99a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x99d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   9a1: 4983c00a                       addq $0xa, %r8
   9a5: b840000000                     movl $0x40, %eax
   9aa: b201                           movb $0x1, %dl
   9ac: 41b964000000                   movl $0x64, %r9d
   9b2: b901000000                     movl $0x1, %ecx
   9b7: 31ff                           xorl %edi, %edi
   9b9: 4989f6                         movq %rsi, %r14
   9bc: 4989f2                         movq %rsi, %r10
   9bf: 4c89e5                         movq %r12, %rbp
   9c2: e9d7fbffff                     jmp -0x429
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[11]+0
        # hole data+0x8: GOT Abs64 index[2]+0
        # hole data+0x10: GOT Abs64 operand0[7]+0
