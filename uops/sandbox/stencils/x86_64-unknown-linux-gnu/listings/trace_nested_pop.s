# stencil nested_pop for x86_64-unknown-linux-gnu: 2545 code bytes, 0 data bytes, 22 holes
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
        # hole +0xdd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
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
   178: e9f1040000                     jmp 0x4f1
   17d: 0f1f00                         nopl (%rax)
   180: 4839d1                         cmpq %rdx, %rcx
   183: 4c8b742428                     movq 0x28(%rsp), %r14
   188: 0f8ee0040000                   jle 0x4e0
   18e: 4801c8                         addq %rcx, %rax
   191: 49894530                       movq %rax, 0x30(%r13)
   195: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   19d: 4889442468                     movq %rax, 0x68(%rsp)
   1a2: 4889442448                     movq %rax, 0x48(%rsp)
   1a7: 41f6c301                       testb $0x1, %r11b
   1ab: 7505                           jne 0x5
   1ad: 49ff0b                         decq (%r11)
   1b0: 742e                           je 0x2e
   1b2: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x1b4: R_X86_64_64 Abs64 operand0[7]+0
   1bc: 41f6c701                       testb $0x1, %r15b
   1c0: 743e                           je 0x3e
   1c2: 4c897c2468                     movq %r15, 0x68(%rsp)
   1c7: 488b442458                     movq 0x58(%rsp), %rax
   1cc: a801                           testb $0x1, %al
   1ce: 7441                           je 0x41
   1d0: 4889442470                     movq %rax, 0x70(%rsp)
   1d5: 41f6c701                       testb $0x1, %r15b
   1d9: 744d                           je 0x4d
   1db: e9b0040000                     jmp 0x4b0
   1e0: 4c89df                         movq %r11, %rdi
   1e3: e800000000                     callq 0x0
        # hole +0x1e4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1e8: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x1ea: R_X86_64_64 Abs64 operand0[7]+0
   1f2: 41f6c701                       testb $0x1, %r15b
   1f6: 75ca                           jne -0x36
   1f8: 0f1f840000000000               nopl (%rax,%rax)
   200: 49ff07                         incq (%r15)
   203: 4c897c2468                     movq %r15, 0x68(%rsp)
   208: 488b442458                     movq 0x58(%rsp), %rax
   20d: a801                           testb $0x1, %al
   20f: 75bf                           jne -0x41
   211: 48ff00                         incq (%rax)
   214: 4c8b7c2468                     movq 0x68(%rsp), %r15
   219: 4889442470                     movq %rax, 0x70(%rsp)
   21e: 41f6c701                       testb $0x1, %r15b
   222: 0f8568040000                   jne 0x468
   228: 41837f0808                     cmpl $0x8, 0x8(%r15)
   22d: 0f855d040000                   jne 0x45d
   233: ba01000000                     movl $0x1, %edx
   238: 4c89f7                         movq %r14, %rdi
   23b: 488d742470                     leaq 0x70(%rsp), %rsi
   240: 41ff5738                       callq *0x38(%r15)
   244: 4889c3                         movq %rax, %rbx
   247: 488b7c2470                     movq 0x70(%rsp), %rdi
   24c: 40f6c701                       testb $0x1, %dil
   250: 7509                           jne 0x9
   252: 48ff0f                         decq (%rdi)
   255: 0f8481000000                   je 0x81
   25b: 49ff0f                         decq (%r15)
   25e: 7508                           jne 0x8
   260: 4c89ff                         movq %r15, %rdi
   263: e800000000                     callq 0x0
        # hole +0x264: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   268: 4885db                         testq %rbx, %rbx
   26b: 0f84b5050000                   je 0x5b5
   271: 48895c2468                     movq %rbx, 0x68(%rsp)
   276: 488b742440                     movq 0x40(%rsp), %rsi
   27b: 4c8b5c2448                     movq 0x48(%rsp), %r11
   280: 488b6c2450                     movq 0x50(%rsp), %rbp
   285: 488b7c2458                     movq 0x58(%rsp), %rdi
   28a: 4c8b6c2460                     movq 0x60(%rsp), %r13
   28f: 4c8b542470                     movq 0x70(%rsp), %r10
   294: 4c8b442478                     movq 0x78(%rsp), %r8
   299: 4c8ba42480000000               movq 0x80(%rsp), %r12
   2a1: f6c301                         testb $0x1, %bl
   2a4: 0f85cc020000                   jne 0x2cc
   2aa: 837b0804                       cmpl $0x4, 0x8(%rbx)
   2ae: 0f85c2020000                   jne 0x2c2
   2b4: 4c8bb42488000000               movq 0x88(%rsp), %r14
   2bc: 488b4340                       movq 0x40(%rbx), %rax
   2c0: 4c8b7b30                       movq 0x30(%rbx), %r15
   2c4: 488b4b38                       movq 0x38(%rbx), %rcx
   2c8: 4885c0                         testq %rax, %rax
   2cb: 0f8ecffdffff                   jle -0x231
   2d1: 4939cf                         cmpq %rcx, %r15
   2d4: 0f8dcffdffff                   jge -0x231
   2da: eb14                           jmp 0x14
   2dc: e800000000                     callq 0x0
        # hole +0x2dd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2e1: 49ff0f                         decq (%r15)
   2e4: 7582                           jne -0x7e
   2e6: e975ffffff                     jmp -0x8b
   2eb: 0f1f440000                     nopl (%rax,%rax)
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
   340: 0f800f060000                   jo 0x60f
   346: 498d042f                       leaq (%r15,%rbp), %rax
   34a: 4885c0                         testq %rax, %rax
   34d: 0f8902060000                   jns 0x602
   353: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
   35b: 40f6c601                       testb $0x1, %sil
   35f: 0f842b060000                   je 0x62b
   365: 4889f0                         movq %rsi, %rax
   368: 48d1f8                         sarq %rax
   36b: 4901c7                         addq %rax, %r15
   36e: 4c89f8                         movq %r15, %rax
   371: 4801e8                         addq %rbp, %rax
   374: 0f893d060000                   jns 0x63d
   37a: 4c89742438                     movq %r14, 0x38(%rsp)
   37f: 4e8d147d01000000               leaq 0x1(,%r15,2), %r10
   387: 4c8b742428                     movq 0x28(%rsp), %r14
   38c: 49833e00                       cmpq $0x0, (%r14)
   390: 0f8535050000                   jne 0x535
   396: 488b442418                     movq 0x18(%rsp), %rax
   39b: 48ffc0                         incq %rax
   39e: 483b8424c0000000               cmpq 0xc0(%rsp), %rax
   3a6: 4889442418                     movq %rax, 0x18(%rsp)
   3ab: 0f8d3f050000                   jge 0x53f
   3b1: 837b0804                       cmpl $0x4, 0x8(%rbx)
   3b5: 0f8566050000                   jne 0x566
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
   409: 0f803c040000                   jo 0x43c
   40f: 4c8d0c2f                       leaq (%rdi,%rbp), %r9
   413: 4d85c9                         testq %r9, %r9
   416: 0f892f040000                   jns 0x42f
   41c: 4d89d1                         movq %r10, %r9
   41f: 49d1f9                         sarq %r9
   422: 4901f9                         addq %rdi, %r9
   425: 4d89ca                         movq %r9, %r10
   428: 4901ea                         addq %rbp, %r10
   42b: 0f8955040000                   jns 0x455
   431: 4c8b5c2418                     movq 0x18(%rsp), %r11
   436: 4c8b542408                     movq 0x8(%rsp), %r10
   43b: 4d01da                         addq %r11, %r10
   43e: 4e8d3c4d01000000               leaq 0x1(,%r9,2), %r15
   446: 4983fa01                       cmpq $0x1, %r10
   44a: 0f8478030000                   je 0x378
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
   4a9: 0f809c030000                   jo 0x39c
   4af: 4c8d0c2f                       leaq (%rdi,%rbp), %r9
   4b3: 4d85c9                         testq %r9, %r9
   4b6: 0f898f030000                   jns 0x38f
   4bc: 4d89d1                         movq %r10, %r9
   4bf: 49d1f9                         sarq %r9
   4c2: 4901f9                         addq %rdi, %r9
   4c5: 4d89ca                         movq %r9, %r10
   4c8: 4901ea                         addq %rbp, %r10
   4cb: 0f89b5030000                   jns 0x3b5
   4d1: 4c8b5c2418                     movq 0x18(%rsp), %r11
   4d6: 4c8b542408                     movq 0x8(%rsp), %r10
   4db: 4d01da                         addq %r11, %r10
   4de: 4e8d3c4d01000000               leaq 0x1(,%r9,2), %r15
   4e6: 4983fa01                       cmpq $0x1, %r10
   4ea: 0f84d8020000                   je 0x2d8
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
        # hole +0x52f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   533: 4889ee                         movq %rbp, %rsi
   536: 4c89e7                         movq %r12, %rdi
   539: 4c8b5c2420                     movq 0x20(%rsp), %r11
   53e: 40f6c601                       testb $0x1, %sil
   542: 0f84cafdffff                   je -0x236
   548: e9c8fdffff                     jmp -0x238
   54d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x54f: R_X86_64_64 Abs64 index[2]+0
   557: 49ffc0                         incq %r8
   55a: b805000000                     movl $0x5, %eax
   55f: 41b90a000000                   movl $0xa, %r9d
   565: b901000000                     movl $0x1, %ecx
   56a: 31d2                           xorl %edx, %edx
   56c: 4c8b742428                     movq 0x28(%rsp), %r14
   571: e93a010000                     jmp 0x13a
   576: 4989f6                         movq %rsi, %r14
   579: 4c89442408                     movq %r8, 0x8(%rsp)
   57e: 48897c2410                     movq %rdi, 0x10(%rsp)
   583: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x585: R_X86_64_64 Abs64 index[11]+0
   58d: 49ffc0                         incq %r8
   590: b830000000                     movl $0x30, %eax
   595: 41b90a000000                   movl $0xa, %r9d
   59b: b901000000                     movl $0x1, %ecx
   5a0: 31d2                           xorl %edx, %edx
   5a2: 31ff                           xorl %edi, %edi
   5a4: 488b742430                     movq 0x30(%rsp), %rsi
   5a9: 488b7618                       movq 0x18(%rsi), %rsi
   5ad: 4c3bb42490000000               cmpq 0x90(%rsp), %r14
   5b5: 7542                           jne 0x42
   5b7: 4c3b9c2498000000               cmpq 0x98(%rsp), %r11
   5bf: 7545                           jne 0x45
   5c1: 483bac24a0000000               cmpq 0xa0(%rsp), %rbp
   5c9: 4c8b742428                     movq 0x28(%rsp), %r14
   5ce: 7549                           jne 0x49
   5d0: 4c8b7c2410                     movq 0x10(%rsp), %r15
   5d5: 4c3bbc24a8000000               cmpq 0xa8(%rsp), %r15
   5dd: 754d                           jne 0x4d
   5df: 4c3bac24b0000000               cmpq 0xb0(%rsp), %r13
   5e7: 7551                           jne 0x51
   5e9: 483b9c24b8000000               cmpq 0xb8(%rsp), %rbx
   5f1: 7555                           jne 0x55
   5f3: 84d2                           testb %dl, %dl
   5f5: 7559                           jne 0x59
   5f7: eb6d                           jmp 0x6d
   5f9: 4c8936                         movq %r14, (%rsi)
   5fc: 4c3b9c2498000000               cmpq 0x98(%rsp), %r11
   604: 74bb                           je -0x45
   606: 4c895e08                       movq %r11, 0x8(%rsi)
   60a: 483bac24a0000000               cmpq 0xa0(%rsp), %rbp
   612: 4c8b742428                     movq 0x28(%rsp), %r14
   617: 74b7                           je -0x49
   619: 48896e10                       movq %rbp, 0x10(%rsi)
   61d: 4c8b7c2410                     movq 0x10(%rsp), %r15
   622: 4c3bbc24a8000000               cmpq 0xa8(%rsp), %r15
   62a: 74b3                           je -0x4d
   62c: 4c897e18                       movq %r15, 0x18(%rsi)
   630: 4c3bac24b0000000               cmpq 0xb0(%rsp), %r13
   638: 74af                           je -0x51
   63a: 4c896e20                       movq %r13, 0x20(%rsi)
   63e: 483b9c24b8000000               cmpq 0xb8(%rsp), %rbx
   646: 74ab                           je -0x55
   648: 48895e28                       movq %rbx, 0x28(%rsi)
   64c: 84d2                           testb %dl, %dl
   64e: 7416                           je 0x16
   650: 4c895630                       movq %r10, 0x30(%rsi)
   654: 488b542408                     movq 0x8(%rsp), %rdx
   659: 48895638                       movq %rdx, 0x38(%rsi)
   65d: 4084ff                         testb %dil, %dil
   660: 7404                           je 0x4
   662: 4c896640                       movq %r12, 0x40(%rsi)
   666: 4801c6                         addq %rax, %rsi
   669: e9db000000                     jmp 0xdb
   66e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x670: R_X86_64_64 Abs64 index[2]+0
   678: 4983c002                       addq $0x2, %r8
   67c: b805000000                     movl $0x5, %eax
   681: 41b914000000                   movl $0x14, %r9d
   687: b902000000                     movl $0x2, %ecx
   68c: 31d2                           xorl %edx, %edx
   68e: eb20                           jmp 0x20
   690: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x692: R_X86_64_64 Abs64 index[2]+0
   69a: 4983c007                       addq $0x7, %r8
   69e: b807000000                     movl $0x7, %eax
   6a3: b201                           movb $0x1, %dl
   6a5: 41b946000000                   movl $0x46, %r9d
   6ab: b901000000                     movl $0x1, %ecx
   6b0: 488b7c2440                     movq 0x40(%rsp), %rdi
   6b5: 488b742430                     movq 0x30(%rsp), %rsi
   6ba: 488b7618                       movq 0x18(%rsi), %rsi
   6be: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   6c6: 0f859c000000                   jne 0x9c
   6cc: 488b7c2448                     movq 0x48(%rsp), %rdi
   6d1: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   6d9: 0f859f000000                   jne 0x9f
   6df: 488b7c2450                     movq 0x50(%rsp), %rdi
   6e4: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   6ec: 0f85a3000000                   jne 0xa3
   6f2: 488b7c2458                     movq 0x58(%rsp), %rdi
   6f7: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   6ff: 0f85a7000000                   jne 0xa7
   705: 488b7c2460                     movq 0x60(%rsp), %rdi
   70a: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   712: 7404                           je 0x4
   714: 48897e20                       movq %rdi, 0x20(%rsi)
   718: 488b7c2468                     movq 0x68(%rsp), %rdi
   71d: 483bbc24b8000000               cmpq 0xb8(%rsp), %rdi
   725: 0f94c3                         sete %bl
   728: 4189d2                         movl %edx, %r10d
   72b: 4180f201                       xorb $0x1, %r10b
   72f: 4108da                         orb %bl, %r10b
   732: 7504                           jne 0x4
   734: 48897e28                       movq %rdi, 0x28(%rsi)
   738: 84d2                           testb %dl, %dl
   73a: 7409                           je 0x9
   73c: 488b542470                     movq 0x70(%rsp), %rdx
   741: 48895630                       movq %rdx, 0x30(%rsi)
   745: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   749: 488b7c2430                     movq 0x30(%rsp), %rdi
   74e: 4c89f2                         movq %r14, %rdx
   751: e800000000                     callq 0x0
        # hole +0x752: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   756: 488b4c2418                     movq 0x18(%rsp), %rcx
   75b: 49894e08                       movq %rcx, 0x8(%r14)
   75f: 4881c4d0000000                 addq $0xd0, %rsp
   766: 5d                             popq %rbp
   767: c3                             retq
   768: 48893e                         movq %rdi, (%rsi)
   76b: 488b7c2448                     movq 0x48(%rsp), %rdi
   770: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   778: 0f8461ffffff                   je -0x9f
   77e: 48897e08                       movq %rdi, 0x8(%rsi)
   782: 488b7c2450                     movq 0x50(%rsp), %rdi
   787: 483bbc24a0000000               cmpq 0xa0(%rsp), %rdi
   78f: 0f845dffffff                   je -0xa3
   795: 48897e10                       movq %rdi, 0x10(%rsi)
   799: 488b7c2458                     movq 0x58(%rsp), %rdi
   79e: 483bbc24a8000000               cmpq 0xa8(%rsp), %rdi
   7a6: 0f8459ffffff                   je -0xa7
   7ac: 48897e18                       movq %rdi, 0x18(%rsi)
   7b0: 488b7c2460                     movq 0x60(%rsp), %rdi
   7b5: 483bbc24b0000000               cmpq 0xb0(%rsp), %rdi
   7bd: 0f8551ffffff                   jne -0xaf
   7c3: e950ffffff                     jmp -0xb0
   7c8: 4983cc01                       orq $0x1, %r12
   7cc: 488d0c7d01000000               leaq 0x1(,%rdi,2), %rcx
   7d4: 48894c2408                     movq %rcx, 0x8(%rsp)
   7d9: 48894330                       movq %rax, 0x30(%rbx)
   7dd: 49c70601000000                 movq $0x1, (%r14)
   7e4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7e6: R_X86_64_64 Abs64 index[11]+0
   7ee: 4983c00d                       addq $0xd, %r8
   7f2: b830000000                     movl $0x30, %eax
   7f7: 41b982000000                   movl $0x82, %r9d
   7fd: b902000000                     movl $0x2, %ecx
   802: 31d2                           xorl %edx, %edx
   804: 488bb424c0000000               movq 0xc0(%rsp), %rsi
   80c: 4889742418                     movq %rsi, 0x18(%rsp)
   811: 4c89e5                         movq %r12, %rbp
   814: 4d89fa                         movq %r15, %r10
   817: 4d89fe                         movq %r15, %r14
   81a: 31ff                           xorl %edi, %edi
   81c: 4c8b5c2420                     movq 0x20(%rsp), %r11
   821: e97efdffff                     jmp -0x282
   826: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x828: R_X86_64_64 Abs64 index[2]+0
   830: 4983c007                       addq $0x7, %r8
   834: b805000000                     movl $0x5, %eax
   839: 41b946000000                   movl $0x46, %r9d
   83f: b903000000                     movl $0x3, %ecx
   844: 31d2                           xorl %edx, %edx
   846: e965feffff                     jmp -0x19b
   84b: 4983cc01                       orq $0x1, %r12
   84f: 48894330                       movq %rax, 0x30(%rbx)
   853: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x855: R_X86_64_64 Abs64 index[11]+0
   85d: 4983c008                       addq $0x8, %r8
   861: b848000000                     movl $0x48, %eax
   866: b201                           movb $0x1, %dl
   868: 41b950000000                   movl $0x50, %r9d
   86e: b901000000                     movl $0x1, %ecx
   873: 4c895c2408                     movq %r11, 0x8(%rsp)
   878: 4c89e5                         movq %r12, %rbp
   87b: 4d89d6                         movq %r10, %r14
   87e: 40b701                         movb $0x1, %dil
   881: e91efdffff                     jmp -0x2e2
   886: 4983cc01                       orq $0x1, %r12
   88a: 488d0c7d01000000               leaq 0x1(,%rdi,2), %rcx
   892: 48894c2408                     movq %rcx, 0x8(%rsp)
   897: 48894330                       movq %rax, 0x30(%rbx)
   89b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x89d: R_X86_64_64 Abs64 index[11]+0
   8a5: 4983c00a                       addq $0xa, %r8
   8a9: b840000000                     movl $0x40, %eax
   8ae: b201                           movb $0x1, %dl
   8b0: 41b964000000                   movl $0x64, %r9d
   8b6: b901000000                     movl $0x1, %ecx
   8bb: 31ff                           xorl %edi, %edi
   8bd: 4c89e5                         movq %r12, %rbp
   8c0: 4d89fa                         movq %r15, %r10
   8c3: 4d89fe                         movq %r15, %r14
   8c6: e9d9fcffff                     jmp -0x327
   8cb: 4c89442408                     movq %r8, 0x8(%rsp)
   8d0: 48897c2410                     movq %rdi, 0x10(%rsp)
   8d5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8d7: R_X86_64_64 Abs64 index[11]+0
   8df: 4983c00c                       addq $0xc, %r8
   8e3: b830000000                     movl $0x30, %eax
   8e8: 41b978000000                   movl $0x78, %r9d
   8ee: eb2a                           jmp 0x2a
   8f0: 4c89442408                     movq %r8, 0x8(%rsp)
   8f5: 48897c2410                     movq %rdi, 0x10(%rsp)
   8fa: 49c70601000000                 movq $0x1, (%r14)
   901: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x903: R_X86_64_64 Abs64 index[11]+0
   90b: 4983c00d                       addq $0xd, %r8
   90f: b830000000                     movl $0x30, %eax
   914: 41b982000000                   movl $0x82, %r9d
   91a: b902000000                     movl $0x2, %ecx
   91f: eb27                           jmp 0x27
   921: 4c89442408                     movq %r8, 0x8(%rsp)
   926: 48897c2410                     movq %rdi, 0x10(%rsp)
   92b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x92d: R_X86_64_64 Abs64 index[11]+0
   935: 49ffc0                         incq %r8
   938: b830000000                     movl $0x30, %eax
   93d: 41b90a000000                   movl $0xa, %r9d
   943: b901000000                     movl $0x1, %ecx
   948: 31d2                           xorl %edx, %edx
   94a: 4c89e5                         movq %r12, %rbp
   94d: 4d89d6                         movq %r10, %r14
   950: e94dfcffff                     jmp -0x3b3
   955: 48897c2410                     movq %rdi, 0x10(%rsp)
   95a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x95c: R_X86_64_64 Abs64 index[11]+0
   964: 4983c008                       addq $0x8, %r8
   968: b848000000                     movl $0x48, %eax
   96d: b201                           movb $0x1, %dl
   96f: 41b950000000                   movl $0x50, %r9d
   975: b901000000                     movl $0x1, %ecx
   97a: 4989f6                         movq %rsi, %r14
   97d: 4989f2                         movq %rsi, %r10
   980: 4c895c2408                     movq %r11, 0x8(%rsp)
   985: 4c89e5                         movq %r12, %rbp
   988: 40b701                         movb $0x1, %dil
   98b: e914fcffff                     jmp -0x3ec
   990: 4c89442408                     movq %r8, 0x8(%rsp)
   995: 48897c2410                     movq %rdi, 0x10(%rsp)
   99a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x99c: R_X86_64_64 Abs64 index[11]+0
   9a4: 4983c009                       addq $0x9, %r8
   9a8: b840000000                     movl $0x40, %eax
   9ad: b201                           movb $0x1, %dl
   9af: 41b95a000000                   movl $0x5a, %r9d
   9b5: eb25                           jmp 0x25
   9b7: 4c89442408                     movq %r8, 0x8(%rsp)
   9bc: 48897c2410                     movq %rdi, 0x10(%rsp)
   9c1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9c3: R_X86_64_64 Abs64 index[11]+0
   9cb: 4983c00a                       addq $0xa, %r8
   9cf: b840000000                     movl $0x40, %eax
   9d4: b201                           movb $0x1, %dl
   9d6: 41b964000000                   movl $0x64, %r9d
   9dc: b901000000                     movl $0x1, %ecx
   9e1: 31ff                           xorl %edi, %edi
   9e3: 4989f6                         movq %rsi, %r14
   9e6: 4989f2                         movq %rsi, %r10
   9e9: 4c89e5                         movq %r12, %rbp
   9ec: e9b3fbffff                     jmp -0x44d
