# stencil nested_outer for x86_64-unknown-linux-gnu: 2377 code bytes, 0 data bytes, 23 holes
     0: 55                             pushq %rbp
     1: 4881ecf0000000                 subq $0xf0, %rsp
     8: 4d89f5                         movq %r14, %r13
     b: 498b442410                     movq 0x10(%r12), %rax
    10: 48898424b0000000               movq %rax, 0xb0(%rsp)
    18: 410f100424                     movups (%r12), %xmm0
    1d: 0f298424a0000000               movaps %xmm0, 0xa0(%rsp)
    25: 4c89642410                     movq %r12, 0x10(%rsp)
    2a: 498b442418                     movq 0x18(%r12), %rax
    2f: 488b08                         movq (%rax), %rcx
    32: 48898c2488000000               movq %rcx, 0x88(%rsp)
    3a: 48894c2420                     movq %rcx, 0x20(%rsp)
    3f: 488b4808                       movq 0x8(%rax), %rcx
    43: 48894c2470                     movq %rcx, 0x70(%rsp)
    48: 48894c2428                     movq %rcx, 0x28(%rsp)
    4d: 488b4810                       movq 0x10(%rax), %rcx
    51: 48898c2490000000               movq %rcx, 0x90(%rsp)
    59: 48894c2430                     movq %rcx, 0x30(%rsp)
    5e: 488b4818                       movq 0x18(%rax), %rcx
    62: 48898c2498000000               movq %rcx, 0x98(%rsp)
    6a: 48894c2438                     movq %rcx, 0x38(%rsp)
    6f: 488b4020                       movq 0x20(%rax), %rax
    73: 4889442440                     movq %rax, 0x40(%rsp)
    78: 4889442478                     movq %rax, 0x78(%rsp)
    7d: a801                           testb $0x1, %al
    7f: 0f8557040000                   jne 0x457
    85: 4c8b642470                     movq 0x70(%rsp), %r12
    8a: 4c8b5c2478                     movq 0x78(%rsp), %r11
    8f: 4c896c2418                     movq %r13, 0x18(%rsp)
    94: eb6b                           jmp 0x6b
    96: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    a0: 488b8424e0000000               movq 0xe0(%rsp), %rax
    a8: 48898424b0000000               movq %rax, 0xb0(%rsp)
    b0: 0f288424d0000000               movaps 0xd0(%rsp), %xmm0
    b8: 0f298424a0000000               movaps %xmm0, 0xa0(%rsp)
    c0: 4889742420                     movq %rsi, 0x20(%rsp)
    c5: 4c89642428                     movq %r12, 0x28(%rsp)
    ca: 4889542430                     movq %rdx, 0x30(%rsp)
    cf: 4c894c2438                     movq %r9, 0x38(%rsp)
    d4: 4c895c2440                     movq %r11, 0x40(%rsp)
    d9: 48895c2448                     movq %rbx, 0x48(%rsp)
    de: 4c89742450                     movq %r14, 0x50(%rsp)
    e3: 4c897c2458                     movq %r15, 0x58(%rsp)
    e8: 48896c2460                     movq %rbp, 0x60(%rsp)
    ed: 488b442408                     movq 0x8(%rsp), %rax
    f2: 4889442468                     movq %rax, 0x68(%rsp)
    f7: 41f6c301                       testb $0x1, %r11b
    fb: 0f85db030000                   jne 0x3db
   101: 41837b0804                     cmpl $0x4, 0x8(%r11)
   106: 0f85d0030000                   jne 0x3d0
   10c: 498b4340                       movq 0x40(%r11), %rax
   110: 498b4b30                       movq 0x30(%r11), %rcx
   114: 498b5338                       movq 0x38(%r11), %rdx
   118: 4885c0                         testq %rax, %rax
   11b: 7e13                           jle 0x13
   11d: 4839d1                         cmpq %rdx, %rcx
   120: 7c17                           jl 0x17
   122: e9d6060000                     jmp 0x6d6
   127: 660f1f840000000000             nopw (%rax,%rax)
   130: 4839d1                         cmpq %rdx, %rcx
   133: 0f8ec4060000                   jle 0x6c4
   139: 4801c8                         addq %rcx, %rax
   13c: 49894330                       movq %rax, 0x30(%r11)
   140: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   148: 4889442448                     movq %rax, 0x48(%rsp)
   14d: 4889442428                     movq %rax, 0x28(%rsp)
   152: 41f6c401                       testb $0x1, %r12b
   156: 7506                           jne 0x6
   158: 49ff0c24                       decq (%r12)
   15c: 7431                           je 0x31
   15e: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x160: R_X86_64_64 Abs64 operand0[5]+0
   168: 41f6c701                       testb $0x1, %r15b
   16c: 7542                           jne 0x42
   16e: 49ff07                         incq (%r15)
   171: 4c897c2448                     movq %r15, 0x48(%rsp)
   176: 488b442438                     movq 0x38(%rsp), %rax
   17b: a801                           testb $0x1, %al
   17d: 743f                           je 0x3f
   17f: 4889442450                     movq %rax, 0x50(%rsp)
   184: 41f6c701                       testb $0x1, %r15b
   188: 744b                           je 0x4b
   18a: e991060000                     jmp 0x691
   18f: 4c89e7                         movq %r12, %rdi
   192: e800000000                     callq 0x0
        # hole +0x193: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   197: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x199: R_X86_64_64 Abs64 operand0[5]+0
   1a1: 41f6c701                       testb $0x1, %r15b
   1a5: 74c7                           je -0x39
   1a7: 660f1f840000000000             nopw (%rax,%rax)
   1b0: 4c897c2448                     movq %r15, 0x48(%rsp)
   1b5: 488b442438                     movq 0x38(%rsp), %rax
   1ba: a801                           testb $0x1, %al
   1bc: 75c1                           jne -0x3f
   1be: 48ff00                         incq (%rax)
   1c1: 4c8b7c2448                     movq 0x48(%rsp), %r15
   1c6: 4889442450                     movq %rax, 0x50(%rsp)
   1cb: 41f6c701                       testb $0x1, %r15b
   1cf: 0f854b060000                   jne 0x64b
   1d5: 41837f0808                     cmpl $0x8, 0x8(%r15)
   1da: 0f8540060000                   jne 0x640
   1e0: ba01000000                     movl $0x1, %edx
   1e5: 4c89ef                         movq %r13, %rdi
   1e8: 488d742450                     leaq 0x50(%rsp), %rsi
   1ed: 41ff5738                       callq *0x38(%r15)
   1f1: 4889c3                         movq %rax, %rbx
   1f4: 488b7c2450                     movq 0x50(%rsp), %rdi
   1f9: 40f6c701                       testb $0x1, %dil
   1fd: 7509                           jne 0x9
   1ff: 48ff0f                         decq (%rdi)
   202: 0f8484020000                   je 0x284
   208: 49ff0f                         decq (%r15)
   20b: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   215: 7512                           jne 0x12
   217: 4c89ff                         movq %r15, %rdi
   21a: e800000000                     callq 0x0
        # hole +0x21b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   21f: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   229: 4885db                         testq %rbx, %rbx
   22c: 0f8452060000                   je 0x652
   232: 48895c2448                     movq %rbx, 0x48(%rsp)
   237: 488b742420                     movq 0x20(%rsp), %rsi
   23c: 4c8b642428                     movq 0x28(%rsp), %r12
   241: 488b542430                     movq 0x30(%rsp), %rdx
   246: 4c8b4c2438                     movq 0x38(%rsp), %r9
   24b: 4c8b5c2440                     movq 0x40(%rsp), %r11
   250: 4c8b742450                     movq 0x50(%rsp), %r14
   255: 4c8b7c2458                     movq 0x58(%rsp), %r15
   25a: 488b6c2460                     movq 0x60(%rsp), %rbp
   25f: f6c301                         testb $0x1, %bl
   262: 0f8566050000                   jne 0x566
   268: 837b0804                       cmpl $0x4, 0x8(%rbx)
   26c: 0f855c050000                   jne 0x55c
   272: 488b442468                     movq 0x68(%rsp), %rax
   277: 4889442408                     movq %rax, 0x8(%rsp)
   27c: 488b4340                       movq 0x40(%rbx), %rax
   280: 4c8b6b30                       movq 0x30(%rbx), %r13
   284: 488b4b38                       movq 0x38(%rbx), %rcx
   288: 4885c0                         testq %rax, %rax
   28b: 0f8e7f010000                   jle 0x17f
   291: 4939cd                         cmpq %rcx, %r13
   294: 0f8d7f010000                   jge 0x17f
   29a: 4c01e8                         addq %r13, %rax
   29d: 48894330                       movq %rax, 0x30(%rbx)
   2a1: f6c201                         testb $0x1, %dl
   2a4: 7509                           jne 0x9
   2a6: 48ff0a                         decq (%rdx)
   2a9: 0f84fa010000                   je 0x1fa
   2af: 40f6c601                       testb $0x1, %sil
   2b3: 7503                           jne 0x3
   2b5: 48ff06                         incq (%rsi)
   2b8: 41f6c401                       testb $0x1, %r12b
   2bc: 7504                           jne 0x4
   2be: 49ff0424                       incq (%r12)
   2c2: 4a8d2c6d01000000               leaq 0x1(,%r13,2), %rbp
   2ca: 4d01ed                         addq %r13, %r13
   2cd: 4c89e0                         movq %r12, %rax
   2d0: 48d1f8                         sarq %rax
   2d3: 49d1fd                         sarq %r13
   2d6: 4c0fafe8                       imulq %rax, %r13
   2da: 0f80c7050000                   jo 0x5c7
   2e0: 4b8d0c2a                       leaq (%r10,%r13), %rcx
   2e4: 4885c9                         testq %rcx, %rcx
   2e7: 0f89ba050000                   jns 0x5ba
   2ed: 4e8d3c6d01000000               leaq 0x1(,%r13,2), %r15
   2f5: 40f6c601                       testb $0x1, %sil
   2f9: 0f84ea050000                   je 0x5ea
   2ff: 4889f1                         movq %rsi, %rcx
   302: 48d1f9                         sarq %rcx
   305: 4901cd                         addq %rcx, %r13
   308: 4c89e9                         movq %r13, %rcx
   30b: 4c01d1                         addq %r10, %rcx
   30e: 0f89f6050000                   jns 0x5f6
   314: 4e8d346d01000000               leaq 0x1(,%r13,2), %r14
   31c: 4c8b6c2418                     movq 0x18(%rsp), %r13
   321: 49837d0000                     cmpq $0x0, (%r13)
   326: 0f8519050000                   jne 0x519
   32c: 498b4d08                       movq 0x8(%r13), %rcx
   330: 498b5510                       movq 0x10(%r13), %rdx
   334: 48ffc1                         incq %rcx
   337: 49894d08                       movq %rcx, 0x8(%r13)
   33b: 4839d1                         cmpq %rdx, %rcx
   33e: 0f8d25050000                   jge 0x525
   344: 8b7308                         movl 0x8(%rbx), %esi
   347: 660f1f840000000000             nopw (%rax,%rax)
   350: 83fe04                         cmpl $0x4, %esi
   353: 0f856f020000                   jne 0x26f
   359: 488b7b30                       movq 0x30(%rbx), %rdi
   35d: 4c8b4340                       movq 0x40(%rbx), %r8
   361: 4d85c0                         testq %r8, %r8
   364: 7e1a                           jle 0x1a
   366: 483b7b38                       cmpq 0x38(%rbx), %rdi
   36a: 7c1a                           jl 0x1a
   36c: e98f000000                     jmp 0x8f
   371: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   380: 483b7b38                       cmpq 0x38(%rbx), %rdi
   384: 7e7a                           jle 0x7a
   386: 4901f8                         addq %rdi, %r8
   389: 4c894330                       movq %r8, 0x30(%rbx)
   38d: 41f6c401                       testb $0x1, %r12b
   391: 7504                           jne 0x4
   393: 49ff0424                       incq (%r12)
   397: 488d2c7d01000000               leaq 0x1(,%rdi,2), %rbp
   39f: 4801ff                         addq %rdi, %rdi
   3a2: 48d1ff                         sarq %rdi
   3a5: 480faff8                       imulq %rax, %rdi
   3a9: 0f80b1030000                   jo 0x3b1
   3af: 4e8d0417                       leaq (%rdi,%r10), %r8
   3b3: 4d85c0                         testq %r8, %r8
   3b6: 0f89a4030000                   jns 0x3a4
   3bc: 4c8d3c7d01000000               leaq 0x1(,%rdi,2), %r15
   3c4: 4d89f0                         movq %r14, %r8
   3c7: 49d1f8                         sarq %r8
   3ca: 4901f8                         addq %rdi, %r8
   3cd: 4c89c7                         movq %r8, %rdi
   3d0: 4c01d7                         addq %r10, %rdi
   3d3: 0f89bb030000                   jns 0x3bb
   3d9: 4e8d344501000000               leaq 0x1(,%r8,2), %r14
   3e1: 48ffc1                         incq %rcx
   3e4: 49894d08                       movq %rcx, 0x8(%r13)
   3e8: 4839d1                         cmpq %rdx, %rcx
   3eb: 0f8c5fffffff                   jl -0xa1
   3f1: e9fc010000                     jmp 0x1fc
   3f6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   400: 4889ea                         movq %rbp, %rdx
   403: 4c89f6                         movq %r14, %rsi
   406: eb16                           jmp 0x16
   408: 0f1f840000000000               nopl (%rax,%rax)
   410: 4939cd                         cmpq %rcx, %r13
   413: 0f8f81feffff                   jg -0x17f
   419: 4c8b6c2418                     movq 0x18(%rsp), %r13
   41e: 488b8424b0000000               movq 0xb0(%rsp), %rax
   426: 48898424e0000000               movq %rax, 0xe0(%rsp)
   42e: 0f288424a0000000               movaps 0xa0(%rsp), %xmm0
   436: 0f298424d0000000               movaps %xmm0, 0xd0(%rsp)
   43e: 48ff0b                         decq (%rbx)
   441: 0f8559fcffff                   jne -0x3a7
   447: 4889df                         movq %rbx, %rdi
   44a: 4c899c2480000000               movq %r11, 0x80(%rsp)
   452: 4c890c24                       movq %r9, (%rsp)
   456: 4889b424c8000000               movq %rsi, 0xc8(%rsp)
   45e: 48899424c0000000               movq %rdx, 0xc0(%rsp)
   466: e800000000                     callq 0x0
        # hole +0x467: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   46b: 488b9424c0000000               movq 0xc0(%rsp), %rdx
   473: 488bb424c8000000               movq 0xc8(%rsp), %rsi
   47b: 4c8b0c24                       movq (%rsp), %r9
   47f: 4c8b9c2480000000               movq 0x80(%rsp), %r11
   487: e914fcffff                     jmp -0x3ec
   48c: e800000000                     callq 0x0
        # hole +0x48d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   491: 49ff0f                         decq (%r15)
   494: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   49e: 0f8585fdffff                   jne -0x27b
   4a4: e96efdffff                     jmp -0x292
   4a9: 4889d7                         movq %rdx, %rdi
   4ac: 4d89de                         movq %r11, %r14
   4af: 4d89cf                         movq %r9, %r15
   4b2: 4889f5                         movq %rsi, %rbp
   4b5: e800000000                     callq 0x0
        # hole +0x4b6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4ba: 4889ee                         movq %rbp, %rsi
   4bd: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   4c7: 4d89f9                         movq %r15, %r9
   4ca: 4d89f3                         movq %r14, %r11
   4cd: 40f6c601                       testb $0x1, %sil
   4d1: 0f84defdffff                   je -0x222
   4d7: e9dcfdffff                     jmp -0x224
   4dc: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x4de: R_X86_64_64 Abs64 index+0
   4e6: 49ffc0                         incq %r8
   4e9: b805000000                     movl $0x5, %eax
   4ee: 41b90a000000                   movl $0xa, %r9d
   4f4: b901000000                     movl $0x1, %ecx
   4f9: 31d2                           xorl %edx, %edx
   4fb: 488b7c2420                     movq 0x20(%rsp), %rdi
   500: 488b742410                     movq 0x10(%rsp), %rsi
   505: 488b7618                       movq 0x18(%rsi), %rsi
   509: 483bbc2488000000               cmpq 0x88(%rsp), %rdi
   511: 7566                           jne 0x66
   513: 488b7c2428                     movq 0x28(%rsp), %rdi
   518: 483b7c2470                     cmpq 0x70(%rsp), %rdi
   51d: 7569                           jne 0x69
   51f: 488b7c2430                     movq 0x30(%rsp), %rdi
   524: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   52c: 756d                           jne 0x6d
   52e: 488b7c2438                     movq 0x38(%rsp), %rdi
   533: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   53b: 7571                           jne 0x71
   53d: 488b7c2440                     movq 0x40(%rsp), %rdi
   542: 483b7c2478                     cmpq 0x78(%rsp), %rdi
   547: 7575                           jne 0x75
   549: 84d2                           testb %dl, %dl
   54b: 7412                           je 0x12
   54d: 488b542448                     movq 0x48(%rsp), %rdx
   552: 48895628                       movq %rdx, 0x28(%rsi)
   556: 488b542450                     movq 0x50(%rsp), %rdx
   55b: 48895630                       movq %rdx, 0x30(%rsi)
   55f: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   563: 488b7c2410                     movq 0x10(%rsp), %rdi
   568: 4c89ea                         movq %r13, %rdx
   56b: e800000000                     callq 0x0
        # hole +0x56c: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   570: 4881c4f0000000                 addq $0xf0, %rsp
   577: 5d                             popq %rbp
   578: c3                             retq
   579: 48893e                         movq %rdi, (%rsi)
   57c: 488b7c2428                     movq 0x28(%rsp), %rdi
   581: 483b7c2470                     cmpq 0x70(%rsp), %rdi
   586: 7497                           je -0x69
   588: 48897e08                       movq %rdi, 0x8(%rsi)
   58c: 488b7c2430                     movq 0x30(%rsp), %rdi
   591: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   599: 7493                           je -0x6d
   59b: 48897e10                       movq %rdi, 0x10(%rsi)
   59f: 488b7c2438                     movq 0x38(%rsp), %rdi
   5a4: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   5ac: 748f                           je -0x71
   5ae: 48897e18                       movq %rdi, 0x18(%rsi)
   5b2: 488b7c2440                     movq 0x40(%rsp), %rdi
   5b7: 483b7c2478                     cmpq 0x78(%rsp), %rdi
   5bc: 748b                           je -0x75
   5be: 48897e20                       movq %rdi, 0x20(%rsi)
   5c2: 84d2                           testb %dl, %dl
   5c4: 7587                           jne -0x79
   5c6: eb97                           jmp -0x69
   5c8: 4c890c24                       movq %r9, (%rsp)
   5cc: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5ce: R_X86_64_64 Abs64 index[9]+0
   5d6: 49ffc0                         incq %r8
   5d9: b830000000                     movl $0x30, %eax
   5de: 41b101                         movb $0x1, %r9b
   5e1: b90a000000                     movl $0xa, %ecx
   5e6: 48894c2408                     movq %rcx, 0x8(%rsp)
   5eb: b901000000                     movl $0x1, %ecx
   5f0: eb31                           jmp 0x31
   5f2: 4c890c24                       movq %r9, (%rsp)
   5f6: 49c7450001000000               movq $0x1, (%r13)
   5fe: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x600: R_X86_64_64 Abs64 index[9]+0
   608: 4983c00d                       addq $0xd, %r8
   60c: b830000000                     movl $0x30, %eax
   611: 41b101                         movb $0x1, %r9b
   614: b982000000                     movl $0x82, %ecx
   619: 48894c2408                     movq %rcx, 0x8(%rsp)
   61e: b902000000                     movl $0x2, %ecx
   623: 31ff                           xorl %edi, %edi
   625: 4889ea                         movq %rbp, %rdx
   628: 4c89f6                         movq %r14, %rsi
   62b: 4531d2                         xorl %r10d, %r10d
   62e: 483bb42488000000               cmpq 0x88(%rsp), %rsi
   636: 0f8585000000                   jne 0x85
   63c: 4c3b642470                     cmpq 0x70(%rsp), %r12
   641: 0f85c2000000                   jne 0xc2
   647: 483b942490000000               cmpq 0x90(%rsp), %rdx
   64f: 0f85cf000000                   jne 0xcf
   655: 488b1424                       movq (%rsp), %rdx
   659: 483b942498000000               cmpq 0x98(%rsp), %rdx
   661: 0f85dc000000                   jne 0xdc
   667: 4c3b5c2478                     cmpq 0x78(%rsp), %r11
   66c: 740d                           je 0xd
   66e: 488b742410                     movq 0x10(%rsp), %rsi
   673: 488b7618                       movq 0x18(%rsi), %rsi
   677: 4c895e20                       movq %r11, 0x20(%rsi)
   67b: 488b742410                     movq 0x10(%rsp), %rsi
   680: 488b7618                       movq 0x18(%rsi), %rsi
   684: 48895e28                       movq %rbx, 0x28(%rsi)
   688: 4584c9                         testb %r9b, %r9b
   68b: 7516                           jne 0x16
   68d: 4c897630                       movq %r14, 0x30(%rsi)
   691: 4084ff                         testb %dil, %dil
   694: 740d                           je 0xd
   696: 4c897e38                       movq %r15, 0x38(%rsi)
   69a: 4584d2                         testb %r10b, %r10b
   69d: 7504                           jne 0x4
   69f: 48896e40                       movq %rbp, 0x40(%rsi)
   6a3: 4801c6                         addq %rax, %rsi
   6a6: 488b7c2410                     movq 0x10(%rsp), %rdi
   6ab: 4c89ea                         movq %r13, %rdx
   6ae: 4c8b4c2408                     movq 0x8(%rsp), %r9
   6b3: e800000000                     callq 0x0
        # hole +0x6b4: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   6b8: 4881c4f0000000                 addq $0xf0, %rsp
   6bf: 5d                             popq %rbp
   6c0: c3                             retq
   6c1: 4c89842480000000               movq %r8, 0x80(%rsp)
   6c9: 4589d0                         movl %r10d, %r8d
   6cc: 4589ca                         movl %r9d, %r10d
   6cf: 4189f9                         movl %edi, %r9d
   6d2: 4889c7                         movq %rax, %rdi
   6d5: 4889d0                         movq %rdx, %rax
   6d8: 4889f2                         movq %rsi, %rdx
   6db: 488b742410                     movq 0x10(%rsp), %rsi
   6e0: 488b7618                       movq 0x18(%rsi), %rsi
   6e4: 488916                         movq %rdx, (%rsi)
   6e7: 4889c2                         movq %rax, %rdx
   6ea: 4889f8                         movq %rdi, %rax
   6ed: 4489cf                         movl %r9d, %edi
   6f0: 4589d1                         movl %r10d, %r9d
   6f3: 4589c2                         movl %r8d, %r10d
   6f6: 4c8b842480000000               movq 0x80(%rsp), %r8
   6fe: 4c3b642470                     cmpq 0x70(%rsp), %r12
   703: 0f843effffff                   je -0xc2
   709: 488b742410                     movq 0x10(%rsp), %rsi
   70e: 488b7618                       movq 0x18(%rsi), %rsi
   712: 4c896608                       movq %r12, 0x8(%rsi)
   716: 483b942490000000               cmpq 0x90(%rsp), %rdx
   71e: 0f8431ffffff                   je -0xcf
   724: 488b742410                     movq 0x10(%rsp), %rsi
   729: 488b7618                       movq 0x18(%rsi), %rsi
   72d: 48895610                       movq %rdx, 0x10(%rsi)
   731: 488b1424                       movq (%rsp), %rdx
   735: 483b942498000000               cmpq 0x98(%rsp), %rdx
   73d: 0f8424ffffff                   je -0xdc
   743: 488b742410                     movq 0x10(%rsp), %rsi
   748: 488b7618                       movq 0x18(%rsi), %rsi
   74c: 48895618                       movq %rdx, 0x18(%rsi)
   750: 4c3b5c2478                     cmpq 0x78(%rsp), %r11
   755: 0f8513ffffff                   jne -0xed
   75b: e91bffffff                     jmp -0xe5
   760: 4c890c24                       movq %r9, (%rsp)
   764: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x766: R_X86_64_64 Abs64 index[9]+0
   76e: 4983c008                       addq $0x8, %r8
   772: b848000000                     movl $0x48, %eax
   777: 40b701                         movb $0x1, %dil
   77a: b950000000                     movl $0x50, %ecx
   77f: 48894c2408                     movq %rcx, 0x8(%rsp)
   784: b901000000                     movl $0x1, %ecx
   789: 4531c9                         xorl %r9d, %r9d
   78c: 4d89e7                         movq %r12, %r15
   78f: e991feffff                     jmp -0x16f
   794: 4c890c24                       movq %r9, (%rsp)
   798: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x79a: R_X86_64_64 Abs64 index[9]+0
   7a2: 4983c00a                       addq $0xa, %r8
   7a6: b840000000                     movl $0x40, %eax
   7ab: 40b701                         movb $0x1, %dil
   7ae: b964000000                     movl $0x64, %ecx
   7b3: 48894c2408                     movq %rcx, 0x8(%rsp)
   7b8: b901000000                     movl $0x1, %ecx
   7bd: 4531c9                         xorl %r9d, %r9d
   7c0: 4889ea                         movq %rbp, %rdx
   7c3: 4c89f6                         movq %r14, %rsi
   7c6: 41b201                         movb $0x1, %r10b
   7c9: e960feffff                     jmp -0x1a0
   7ce: 4c890c24                       movq %r9, (%rsp)
   7d2: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7d4: R_X86_64_64 Abs64 index[9]+0
   7dc: 49ffc0                         incq %r8
   7df: b830000000                     movl $0x30, %eax
   7e4: 41b101                         movb $0x1, %r9b
   7e7: b90a000000                     movl $0xa, %ecx
   7ec: 48894c2408                     movq %rcx, 0x8(%rsp)
   7f1: b901000000                     movl $0x1, %ecx
   7f6: 31ff                           xorl %edi, %edi
   7f8: e92efeffff                     jmp -0x1d2
   7fd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7ff: R_X86_64_64 Abs64 index+0
   807: 4983c002                       addq $0x2, %r8
   80b: b805000000                     movl $0x5, %eax
   810: 41b914000000                   movl $0x14, %r9d
   816: b902000000                     movl $0x2, %ecx
   81b: e9d9fcffff                     jmp -0x327
   820: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x822: R_X86_64_64 Abs64 index+0
   82a: 4983c007                       addq $0x7, %r8
   82e: b807000000                     movl $0x7, %eax
   833: b201                           movb $0x1, %dl
   835: 41b946000000                   movl $0x46, %r9d
   83b: b901000000                     movl $0x1, %ecx
   840: e9b6fcffff                     jmp -0x34a
   845: 4c890c24                       movq %r9, (%rsp)
   849: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x84b: R_X86_64_64 Abs64 index[9]+0
   853: 4983c00c                       addq $0xc, %r8
   857: b830000000                     movl $0x30, %eax
   85c: 41b101                         movb $0x1, %r9b
   85f: b978000000                     movl $0x78, %ecx
   864: e9b0fdffff                     jmp -0x250
   869: 4c890c24                       movq %r9, (%rsp)
   86d: 49c7450001000000               movq $0x1, (%r13)
   875: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x877: R_X86_64_64 Abs64 index[9]+0
   87f: e984fdffff                     jmp -0x27c
   884: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x886: R_X86_64_64 Abs64 index+0
   88e: 4983c007                       addq $0x7, %r8
   892: b805000000                     movl $0x5, %eax
   897: 41b946000000                   movl $0x46, %r9d
   89d: b903000000                     movl $0x3, %ecx
   8a2: e952fcffff                     jmp -0x3ae
   8a7: 4c890c24                       movq %r9, (%rsp)
   8ab: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8ad: R_X86_64_64 Abs64 index[9]+0
   8b5: 4983c008                       addq $0x8, %r8
   8b9: b848000000                     movl $0x48, %eax
   8be: 40b701                         movb $0x1, %dil
   8c1: b950000000                     movl $0x50, %ecx
   8c6: 48894c2408                     movq %rcx, 0x8(%rsp)
   8cb: b901000000                     movl $0x1, %ecx
   8d0: 4531c9                         xorl %r9d, %r9d
   8d3: 4989f6                         movq %rsi, %r14
   8d6: 4d89e7                         movq %r12, %r15
   8d9: 4889ea                         movq %rbp, %rdx
   8dc: 4531d2                         xorl %r10d, %r10d
   8df: 4c8b6c2418                     movq 0x18(%rsp), %r13
   8e4: e945fdffff                     jmp -0x2bb
   8e9: 4c890c24                       movq %r9, (%rsp)
   8ed: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8ef: R_X86_64_64 Abs64 index[9]+0
   8f7: 4983c009                       addq $0x9, %r8
   8fb: b840000000                     movl $0x40, %eax
   900: 40b701                         movb $0x1, %dil
   903: b95a000000                     movl $0x5a, %ecx
   908: eb1f                           jmp 0x1f
   90a: 4c890c24                       movq %r9, (%rsp)
   90e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x910: R_X86_64_64 Abs64 index[9]+0
   918: 4983c00a                       addq $0xa, %r8
   91c: b840000000                     movl $0x40, %eax
   921: 40b701                         movb $0x1, %dil
   924: b964000000                     movl $0x64, %ecx
   929: 48894c2408                     movq %rcx, 0x8(%rsp)
   92e: b901000000                     movl $0x1, %ecx
   933: 4531c9                         xorl %r9d, %r9d
   936: 4989f6                         movq %rsi, %r14
   939: 4889ea                         movq %rbp, %rdx
   93c: 41b201                         movb $0x1, %r10b
   93f: 4c8b6c2418                     movq 0x18(%rsp), %r13
   944: e9e5fcffff                     jmp -0x31b
