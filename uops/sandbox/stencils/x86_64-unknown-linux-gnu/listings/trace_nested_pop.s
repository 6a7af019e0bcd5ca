# stencil nested_pop for x86_64-unknown-linux-gnu: 2189 code bytes, 0 data bytes, 23 holes
     0: 55                             pushq %rbp
     1: 4881ecb0000000                 subq $0xb0, %rsp
     8: 4d89f3                         movq %r14, %r11
     b: 4c89642418                     movq %r12, 0x18(%rsp)
    10: 498b442418                     movq 0x18(%r12), %rax
    15: 488b38                         movq (%rax), %rdi
    18: 4c8b6008                       movq 0x8(%rax), %r12
    1c: 488b7010                       movq 0x10(%rax), %rsi
    20: 488b5018                       movq 0x18(%rax), %rdx
    24: 488b4820                       movq 0x20(%rax), %rcx
    28: 488b5828                       movq 0x28(%rax), %rbx
    2c: 48899c2498000000               movq %rbx, 0x98(%rsp)
    34: 48898c2490000000               movq %rcx, 0x90(%rsp)
    3c: 4989ca                         movq %rcx, %r10
    3f: 4889942488000000               movq %rdx, 0x88(%rsp)
    47: 4989d1                         movq %rdx, %r9
    4a: 4889b42480000000               movq %rsi, 0x80(%rsp)
    52: 4889f2                         movq %rsi, %rdx
    55: 4c89642478                     movq %r12, 0x78(%rsp)
    5a: 48897c2470                     movq %rdi, 0x70(%rsp)
    5f: 4889fe                         movq %rdi, %rsi
    62: 4c895c2410                     movq %r11, 0x10(%rsp)
    67: eb0d                           jmp 0xd
    69: 0f1f8000000000                 nopl (%rax)
    70: 4889ea                         movq %rbp, %rdx
    73: 4c89f6                         movq %r14, %rsi
    76: f6c301                         testb $0x1, %bl
    79: 7545                           jne 0x45
    7b: 48ff0b                         decq (%rbx)
    7e: 7540                           jne 0x40
    80: 4889df                         movq %rbx, %rdi
    83: 4d89d5                         movq %r10, %r13
    86: 4c890c24                       movq %r9, (%rsp)
    8a: 4889b424a8000000               movq %rsi, 0xa8(%rsp)
    92: 48899424a0000000               movq %rdx, 0xa0(%rsp)
    9a: e800000000                     callq 0x0
        # hole +0x9b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    9f: 488b9424a0000000               movq 0xa0(%rsp), %rdx
    a7: 488bb424a8000000               movq 0xa8(%rsp), %rsi
    af: 4c8b0c24                       movq (%rsp), %r9
    b3: 4d89ea                         movq %r13, %r10
    b6: 4c8b5c2410                     movq 0x10(%rsp), %r11
    bb: 0f1f440000                     nopl (%rax,%rax)
    c0: 4889742420                     movq %rsi, 0x20(%rsp)
    c5: 4c89642428                     movq %r12, 0x28(%rsp)
    ca: 4889542430                     movq %rdx, 0x30(%rsp)
    cf: 4c894c2438                     movq %r9, 0x38(%rsp)
    d4: 4c89542440                     movq %r10, 0x40(%rsp)
    d9: 48895c2448                     movq %rbx, 0x48(%rsp)
    de: 4c89742450                     movq %r14, 0x50(%rsp)
    e3: 4c897c2458                     movq %r15, 0x58(%rsp)
    e8: 48896c2460                     movq %rbp, 0x60(%rsp)
    ed: 488b442408                     movq 0x8(%rsp), %rax
    f2: 4889442468                     movq %rax, 0x68(%rsp)
    f7: 41f6c201                       testb $0x1, %r10b
    fb: 0f85ed040000                   jne 0x4ed
   101: 41837a0804                     cmpl $0x4, 0x8(%r10)
   106: 0f85e2040000                   jne 0x4e2
   10c: 498b4240                       movq 0x40(%r10), %rax
   110: 498b4a30                       movq 0x30(%r10), %rcx
   114: 498b5238                       movq 0x38(%r10), %rdx
   118: 4885c0                         testq %rax, %rax
   11b: 7e13                           jle 0x13
   11d: 4839d1                         cmpq %rdx, %rcx
   120: 7c17                           jl 0x17
   122: e91b050000                     jmp 0x51b
   127: 660f1f840000000000             nopw (%rax,%rax)
   130: 4839d1                         cmpq %rdx, %rcx
   133: 0f8e09050000                   jle 0x509
   139: 4801c8                         addq %rcx, %rax
   13c: 49894230                       movq %rax, 0x30(%r10)
   140: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   148: 4889442448                     movq %rax, 0x48(%rsp)
   14d: 4889442428                     movq %rax, 0x28(%rsp)
   152: 41f6c401                       testb $0x1, %r12b
   156: 7506                           jne 0x6
   158: 49ff0c24                       decq (%r12)
   15c: 742e                           je 0x2e
   15e: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x160: R_X86_64_64 Abs64 operand0[7]+0
   168: 41f6c701                       testb $0x1, %r15b
   16c: 7442                           je 0x42
   16e: 4c897c2448                     movq %r15, 0x48(%rsp)
   173: 488b442438                     movq 0x38(%rsp), %rax
   178: a801                           testb $0x1, %al
   17a: 7445                           je 0x45
   17c: 4889442450                     movq %rax, 0x50(%rsp)
   181: 41f6c701                       testb $0x1, %r15b
   185: 7451                           je 0x51
   187: e9d8040000                     jmp 0x4d8
   18c: 4c89e7                         movq %r12, %rdi
   18f: e800000000                     callq 0x0
        # hole +0x190: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   194: 4c8b5c2410                     movq 0x10(%rsp), %r11
   199: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x19b: R_X86_64_64 Abs64 operand0[7]+0
   1a3: 41f6c701                       testb $0x1, %r15b
   1a7: 75c5                           jne -0x3b
   1a9: 0f1f8000000000                 nopl (%rax)
   1b0: 49ff07                         incq (%r15)
   1b3: 4c897c2448                     movq %r15, 0x48(%rsp)
   1b8: 488b442438                     movq 0x38(%rsp), %rax
   1bd: a801                           testb $0x1, %al
   1bf: 75bb                           jne -0x45
   1c1: 48ff00                         incq (%rax)
   1c4: 4c8b7c2448                     movq 0x48(%rsp), %r15
   1c9: 4889442450                     movq %rax, 0x50(%rsp)
   1ce: 41f6c701                       testb $0x1, %r15b
   1d2: 0f858c040000                   jne 0x48c
   1d8: 41837f0808                     cmpl $0x8, 0x8(%r15)
   1dd: 0f8581040000                   jne 0x481
   1e3: ba01000000                     movl $0x1, %edx
   1e8: 4c89df                         movq %r11, %rdi
   1eb: 488d742450                     leaq 0x50(%rsp), %rsi
   1f0: 41ff5738                       callq *0x38(%r15)
   1f4: 4889c3                         movq %rax, %rbx
   1f7: 488b7c2450                     movq 0x50(%rsp), %rdi
   1fc: 40f6c701                       testb $0x1, %dil
   200: 7509                           jne 0x9
   202: 48ff0f                         decq (%rdi)
   205: 0f8406020000                   je 0x206
   20b: 49ff0f                         decq (%r15)
   20e: 7508                           jne 0x8
   210: 4c89ff                         movq %r15, %rdi
   213: e800000000                     callq 0x0
        # hole +0x214: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   218: 4885db                         testq %rbx, %rbx
   21b: 0f84a7050000                   je 0x5a7
   221: 48895c2448                     movq %rbx, 0x48(%rsp)
   226: 488b742420                     movq 0x20(%rsp), %rsi
   22b: 4c8b642428                     movq 0x28(%rsp), %r12
   230: 488b542430                     movq 0x30(%rsp), %rdx
   235: 4c8b4c2438                     movq 0x38(%rsp), %r9
   23a: 4c8b542440                     movq 0x40(%rsp), %r10
   23f: 4c8b742450                     movq 0x50(%rsp), %r14
   244: 4c8b7c2458                     movq 0x58(%rsp), %r15
   249: 488b6c2460                     movq 0x60(%rsp), %rbp
   24e: f6c301                         testb $0x1, %bl
   251: 4c8b5c2410                     movq 0x10(%rsp), %r11
   256: 0f85b1030000                   jne 0x3b1
   25c: 837b0804                       cmpl $0x4, 0x8(%rbx)
   260: 0f85a7030000                   jne 0x3a7
   266: 488b442468                     movq 0x68(%rsp), %rax
   26b: 4889442408                     movq %rax, 0x8(%rsp)
   270: 488b4340                       movq 0x40(%rbx), %rax
   274: 4c8b6b30                       movq 0x30(%rbx), %r13
   278: 488b4b38                       movq 0x38(%rbx), %rcx
   27c: 4885c0                         testq %rax, %rax
   27f: 7e0f                           jle 0xf
   281: 4939cd                         cmpq %rcx, %r13
   284: 0f8decfdffff                   jge -0x214
   28a: eb0d                           jmp 0xd
   28c: 0f1f4000                       nopl (%rax)
   290: 4939cd                         cmpq %rcx, %r13
   293: 0f8eddfdffff                   jle -0x223
   299: 4c01e8                         addq %r13, %rax
   29c: 48894330                       movq %rax, 0x30(%rbx)
   2a0: f6c201                         testb $0x1, %dl
   2a3: 7509                           jne 0x9
   2a5: 48ff0a                         decq (%rdx)
   2a8: 0f8476010000                   je 0x176
   2ae: 40f6c601                       testb $0x1, %sil
   2b2: 7503                           jne 0x3
   2b4: 48ff06                         incq (%rsi)
   2b7: 41f6c401                       testb $0x1, %r12b
   2bb: 7504                           jne 0x4
   2bd: 49ff0424                       incq (%r12)
   2c1: 4a8d2c6d01000000               leaq 0x1(,%r13,2), %rbp
   2c9: 4d01ed                         addq %r13, %r13
   2cc: 4c89e0                         movq %r12, %rax
   2cf: 48d1f8                         sarq %rax
   2d2: 49d1fd                         sarq %r13
   2d5: 4c0fafe8                       imulq %rax, %r13
   2d9: 0f8013050000                   jo 0x513
   2df: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
   2e9: 4c01e9                         addq %r13, %rcx
   2ec: 4885c9                         testq %rcx, %rcx
   2ef: 0f89fd040000                   jns 0x4fd
   2f5: 4e8d3c6d01000000               leaq 0x1(,%r13,2), %r15
   2fd: 40f6c601                       testb $0x1, %sil
   301: 0f8428050000                   je 0x528
   307: 4889f1                         movq %rsi, %rcx
   30a: 48d1f9                         sarq %rcx
   30d: 4901cd                         addq %rcx, %r13
   310: 4c89e9                         movq %r13, %rcx
   313: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   31d: 4801d1                         addq %rdx, %rcx
   320: 0f892e050000                   jns 0x52e
   326: 4e8d346d01000000               leaq 0x1(,%r13,2), %r14
   32e: 49833b00                       cmpq $0x0, (%r11)
   332: 0f8552040000                   jne 0x452
   338: 498b4b08                       movq 0x8(%r11), %rcx
   33c: 498b5310                       movq 0x10(%r11), %rdx
   340: 48ffc1                         incq %rcx
   343: 49894b08                       movq %rcx, 0x8(%r11)
   347: 4839d1                         cmpq %rdx, %rcx
   34a: 0f8d5f040000                   jge 0x45f
   350: 8b7308                         movl 0x8(%rbx), %esi
   353: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   360: 83fe04                         cmpl $0x4, %esi
   363: 0f85e9000000                   jne 0xe9
   369: 488b7b30                       movq 0x30(%rbx), %rdi
   36d: 4c8b4340                       movq 0x40(%rbx), %r8
   371: 4d85c0                         testq %r8, %r8
   374: 7e1a                           jle 0x1a
   376: 483b7b38                       cmpq 0x38(%rbx), %rdi
   37a: 7c1e                           jl 0x1e
   37c: e9effcffff                     jmp -0x311
   381: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   390: 483b7b38                       cmpq 0x38(%rbx), %rdi
   394: 0f8ed6fcffff                   jle -0x32a
   39a: 4901f8                         addq %rdi, %r8
   39d: 4c894330                       movq %r8, 0x30(%rbx)
   3a1: 41f6c401                       testb $0x1, %r12b
   3a5: 7504                           jne 0x4
   3a7: 49ff0424                       incq (%r12)
   3ab: 488d2c7d01000000               leaq 0x1(,%rdi,2), %rbp
   3b3: 4801ff                         addq %rdi, %rdi
   3b6: 48d1ff                         sarq %rdi
   3b9: 480faff8                       imulq %rax, %rdi
   3bd: 49bd00000000000000c0           movabsq $-0x4000000000000000, %r13
   3c7: 0f80ab010000                   jo 0x1ab
   3cd: 4e8d042f                       leaq (%rdi,%r13), %r8
   3d1: 4d85c0                         testq %r8, %r8
   3d4: 0f899e010000                   jns 0x19e
   3da: 4c8d3c7d01000000               leaq 0x1(,%rdi,2), %r15
   3e2: 4d89f0                         movq %r14, %r8
   3e5: 49d1f8                         sarq %r8
   3e8: 4901f8                         addq %rdi, %r8
   3eb: 4c89c7                         movq %r8, %rdi
   3ee: 4c01ef                         addq %r13, %rdi
   3f1: 0f89be010000                   jns 0x1be
   3f7: 4e8d344501000000               leaq 0x1(,%r8,2), %r14
   3ff: 48ffc1                         incq %rcx
   402: 49894b08                       movq %rcx, 0x8(%r11)
   406: 4839d1                         cmpq %rdx, %rcx
   409: 0f8c51ffffff                   jl -0xaf
   40f: eb6b                           jmp 0x6b
   411: e800000000                     callq 0x0
        # hole +0x412: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   416: 49ff0f                         decq (%r15)
   419: 0f85f9fdffff                   jne -0x207
   41f: e9ecfdffff                     jmp -0x214
   424: 4889d7                         movq %rdx, %rdi
   427: 4d89d6                         movq %r10, %r14
   42a: 4d89cf                         movq %r9, %r15
   42d: 4889f5                         movq %rsi, %rbp
   430: e800000000                     callq 0x0
        # hole +0x431: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   435: 4889ee                         movq %rbp, %rsi
   438: 4d89f9                         movq %r15, %r9
   43b: 4d89f2                         movq %r14, %r10
   43e: 4c8b5c2410                     movq 0x10(%rsp), %r11
   443: 40f6c601                       testb $0x1, %sil
   447: 0f8467feffff                   je -0x199
   44d: e965feffff                     jmp -0x19b
   452: 4d89cd                         movq %r9, %r13
   455: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x457: R_X86_64_64 Abs64 index[11]+0
   45f: 49ffc0                         incq %r8
   462: b830000000                     movl $0x30, %eax
   467: 4889442408                     movq %rax, 0x8(%rsp)
   46c: b80a000000                     movl $0xa, %eax
   471: 48890424                       movq %rax, (%rsp)
   475: b901000000                     movl $0x1, %ecx
   47a: eb30                           jmp 0x30
   47c: 4d89cd                         movq %r9, %r13
   47f: 49c70301000000                 movq $0x1, (%r11)
   486: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x488: R_X86_64_64 Abs64 index[11]+0
   490: 4983c00d                       addq $0xd, %r8
   494: b830000000                     movl $0x30, %eax
   499: 4889442408                     movq %rax, 0x8(%rsp)
   49e: b882000000                     movl $0x82, %eax
   4a3: 48890424                       movq %rax, (%rsp)
   4a7: b902000000                     movl $0x2, %ecx
   4ac: 4531c9                         xorl %r9d, %r9d
   4af: 4889ea                         movq %rbp, %rdx
   4b2: 4c89f0                         movq %r14, %rax
   4b5: 31ff                           xorl %edi, %edi
   4b7: 488b742418                     movq 0x18(%rsp), %rsi
   4bc: 488b7618                       movq 0x18(%rsi), %rsi
   4c0: 483b442470                     cmpq 0x70(%rsp), %rax
   4c5: 7536                           jne 0x36
   4c7: 4c3b642478                     cmpq 0x78(%rsp), %r12
   4cc: 7539                           jne 0x39
   4ce: 483b942480000000               cmpq 0x80(%rsp), %rdx
   4d6: 753d                           jne 0x3d
   4d8: 4c3bac2488000000               cmpq 0x88(%rsp), %r13
   4e0: 7541                           jne 0x41
   4e2: 4c3b942490000000               cmpq 0x90(%rsp), %r10
   4ea: 7545                           jne 0x45
   4ec: 483b9c2498000000               cmpq 0x98(%rsp), %rbx
   4f4: 7549                           jne 0x49
   4f6: 4584c9                         testb %r9b, %r9b
   4f9: 754d                           jne 0x4d
   4fb: eb5c                           jmp 0x5c
   4fd: 488906                         movq %rax, (%rsi)
   500: 4c3b642478                     cmpq 0x78(%rsp), %r12
   505: 74c7                           je -0x39
   507: 4c896608                       movq %r12, 0x8(%rsi)
   50b: 483b942480000000               cmpq 0x80(%rsp), %rdx
   513: 74c3                           je -0x3d
   515: 48895610                       movq %rdx, 0x10(%rsi)
   519: 4c3bac2488000000               cmpq 0x88(%rsp), %r13
   521: 74bf                           je -0x41
   523: 4c896e18                       movq %r13, 0x18(%rsi)
   527: 4c3b942490000000               cmpq 0x90(%rsp), %r10
   52f: 74bb                           je -0x45
   531: 4c895620                       movq %r10, 0x20(%rsi)
   535: 483b9c2498000000               cmpq 0x98(%rsp), %rbx
   53d: 74b7                           je -0x49
   53f: 48895e28                       movq %rbx, 0x28(%rsi)
   543: 4584c9                         testb %r9b, %r9b
   546: 7411                           je 0x11
   548: 4c897630                       movq %r14, 0x30(%rsi)
   54c: 4c897e38                       movq %r15, 0x38(%rsi)
   550: 4084ff                         testb %dil, %dil
   553: 7404                           je 0x4
   555: 48896e40                       movq %rbp, 0x40(%rsi)
   559: 4803742408                     addq 0x8(%rsp), %rsi
   55e: 488b7c2418                     movq 0x18(%rsp), %rdi
   563: 4c89da                         movq %r11, %rdx
   566: 4c8b0c24                       movq (%rsp), %r9
   56a: e800000000                     callq 0x0
        # hole +0x56b: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   56f: 4881c4b0000000                 addq $0xb0, %rsp
   576: 5d                             popq %rbp
   577: c3                             retq
   578: 4d89cd                         movq %r9, %r13
   57b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x57d: R_X86_64_64 Abs64 index[11]+0
   585: 4983c008                       addq $0x8, %r8
   589: b848000000                     movl $0x48, %eax
   58e: 4889442408                     movq %rax, 0x8(%rsp)
   593: 41b101                         movb $0x1, %r9b
   596: b850000000                     movl $0x50, %eax
   59b: 48890424                       movq %rax, (%rsp)
   59f: b901000000                     movl $0x1, %ecx
   5a4: 4d89e7                         movq %r12, %r15
   5a7: 4889ea                         movq %rbp, %rdx
   5aa: 4c89f0                         movq %r14, %rax
   5ad: 40b701                         movb $0x1, %dil
   5b0: e902ffffff                     jmp -0xfe
   5b5: 4d89cd                         movq %r9, %r13
   5b8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5ba: R_X86_64_64 Abs64 index[11]+0
   5c2: 4983c00a                       addq $0xa, %r8
   5c6: b840000000                     movl $0x40, %eax
   5cb: 4889442408                     movq %rax, 0x8(%rsp)
   5d0: 41b101                         movb $0x1, %r9b
   5d3: b864000000                     movl $0x64, %eax
   5d8: 48890424                       movq %rax, (%rsp)
   5dc: b901000000                     movl $0x1, %ecx
   5e1: 31ff                           xorl %edi, %edi
   5e3: 4889ea                         movq %rbp, %rdx
   5e6: 4c89f0                         movq %r14, %rax
   5e9: e9c9feffff                     jmp -0x137
   5ee: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5f0: R_X86_64_64 Abs64 index[2]+0
   5f8: 49ffc0                         incq %r8
   5fb: b805000000                     movl $0x5, %eax
   600: 41b90a000000                   movl $0xa, %r9d
   606: b901000000                     movl $0x1, %ecx
   60b: eb53                           jmp 0x53
   60d: 4d89cd                         movq %r9, %r13
   610: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x612: R_X86_64_64 Abs64 index[11]+0
   61a: 49ffc0                         incq %r8
   61d: b830000000                     movl $0x30, %eax
   622: 4889442408                     movq %rax, 0x8(%rsp)
   627: b80a000000                     movl $0xa, %eax
   62c: 48890424                       movq %rax, (%rsp)
   630: b901000000                     movl $0x1, %ecx
   635: 4531c9                         xorl %r9d, %r9d
   638: 31ff                           xorl %edi, %edi
   63a: 4889f0                         movq %rsi, %rax
   63d: e975feffff                     jmp -0x18b
   642: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x644: R_X86_64_64 Abs64 index[2]+0
   64c: 4983c002                       addq $0x2, %r8
   650: b805000000                     movl $0x5, %eax
   655: 41b914000000                   movl $0x14, %r9d
   65b: b902000000                     movl $0x2, %ecx
   660: 31d2                           xorl %edx, %edx
   662: eb20                           jmp 0x20
   664: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x666: R_X86_64_64 Abs64 index[2]+0
   66e: 4983c007                       addq $0x7, %r8
   672: b807000000                     movl $0x7, %eax
   677: b201                           movb $0x1, %dl
   679: 41b946000000                   movl $0x46, %r9d
   67f: b901000000                     movl $0x1, %ecx
   684: 488b7c2420                     movq 0x20(%rsp), %rdi
   689: 488b742418                     movq 0x18(%rsp), %rsi
   68e: 488b7618                       movq 0x18(%rsi), %rsi
   692: 483b7c2470                     cmpq 0x70(%rsp), %rdi
   697: 0f8590000000                   jne 0x90
   69d: 488b7c2428                     movq 0x28(%rsp), %rdi
   6a2: 483b7c2478                     cmpq 0x78(%rsp), %rdi
   6a7: 0f8593000000                   jne 0x93
   6ad: 488b7c2430                     movq 0x30(%rsp), %rdi
   6b2: 483bbc2480000000               cmpq 0x80(%rsp), %rdi
   6ba: 0f8597000000                   jne 0x97
   6c0: 488b7c2438                     movq 0x38(%rsp), %rdi
   6c5: 483bbc2488000000               cmpq 0x88(%rsp), %rdi
   6cd: 0f859b000000                   jne 0x9b
   6d3: 488b7c2440                     movq 0x40(%rsp), %rdi
   6d8: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   6e0: 7404                           je 0x4
   6e2: 48897e20                       movq %rdi, 0x20(%rsi)
   6e6: 488b7c2448                     movq 0x48(%rsp), %rdi
   6eb: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   6f3: 0f94c3                         sete %bl
   6f6: 4189d2                         movl %edx, %r10d
   6f9: 4180f201                       xorb $0x1, %r10b
   6fd: 4108da                         orb %bl, %r10b
   700: 7504                           jne 0x4
   702: 48897e28                       movq %rdi, 0x28(%rsi)
   706: 84d2                           testb %dl, %dl
   708: 7409                           je 0x9
   70a: 488b542450                     movq 0x50(%rsp), %rdx
   70f: 48895630                       movq %rdx, 0x30(%rsi)
   713: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   717: 488b7c2418                     movq 0x18(%rsp), %rdi
   71c: 4c89da                         movq %r11, %rdx
   71f: e800000000                     callq 0x0
        # hole +0x720: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   724: 4881c4b0000000                 addq $0xb0, %rsp
   72b: 5d                             popq %rbp
   72c: c3                             retq
   72d: 48893e                         movq %rdi, (%rsi)
   730: 488b7c2428                     movq 0x28(%rsp), %rdi
   735: 483b7c2478                     cmpq 0x78(%rsp), %rdi
   73a: 0f846dffffff                   je -0x93
   740: 48897e08                       movq %rdi, 0x8(%rsi)
   744: 488b7c2430                     movq 0x30(%rsp), %rdi
   749: 483bbc2480000000               cmpq 0x80(%rsp), %rdi
   751: 0f8469ffffff                   je -0x97
   757: 48897e10                       movq %rdi, 0x10(%rsi)
   75b: 488b7c2438                     movq 0x38(%rsp), %rdi
   760: 483bbc2488000000               cmpq 0x88(%rsp), %rdi
   768: 0f8465ffffff                   je -0x9b
   76e: 48897e18                       movq %rdi, 0x18(%rsi)
   772: 488b7c2440                     movq 0x40(%rsp), %rdi
   777: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   77f: 0f855dffffff                   jne -0xa3
   785: e95cffffff                     jmp -0xa4
   78a: 4d89cd                         movq %r9, %r13
   78d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x78f: R_X86_64_64 Abs64 index[11]+0
   797: 4983c00c                       addq $0xc, %r8
   79b: b830000000                     movl $0x30, %eax
   7a0: 4889442408                     movq %rax, 0x8(%rsp)
   7a5: b878000000                     movl $0x78, %eax
   7aa: e9f4fcffff                     jmp -0x30c
   7af: 4d89cd                         movq %r9, %r13
   7b2: 49c70301000000                 movq $0x1, (%r11)
   7b9: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7bb: R_X86_64_64 Abs64 index[11]+0
   7c3: e9c8fcffff                     jmp -0x338
   7c8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7ca: R_X86_64_64 Abs64 index[2]+0
   7d2: 4983c007                       addq $0x7, %r8
   7d6: b805000000                     movl $0x5, %eax
   7db: 41b946000000                   movl $0x46, %r9d
   7e1: b903000000                     movl $0x3, %ecx
   7e6: 31d2                           xorl %edx, %edx
   7e8: 4c8b5c2410                     movq 0x10(%rsp), %r11
   7ed: e992feffff                     jmp -0x16e
   7f2: 4d89cd                         movq %r9, %r13
   7f5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7f7: R_X86_64_64 Abs64 index[11]+0
   7ff: 4983c008                       addq $0x8, %r8
   803: b848000000                     movl $0x48, %eax
   808: 4889442408                     movq %rax, 0x8(%rsp)
   80d: 41b101                         movb $0x1, %r9b
   810: b850000000                     movl $0x50, %eax
   815: 48890424                       movq %rax, (%rsp)
   819: b901000000                     movl $0x1, %ecx
   81e: 4989f6                         movq %rsi, %r14
   821: 4d89e7                         movq %r12, %r15
   824: 4889ea                         movq %rbp, %rdx
   827: 40b701                         movb $0x1, %dil
   82a: e90bfeffff                     jmp -0x1f5
   82f: 4d89cd                         movq %r9, %r13
   832: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x834: R_X86_64_64 Abs64 index[11]+0
   83c: 4983c009                       addq $0x9, %r8
   840: b840000000                     movl $0x40, %eax
   845: 4889442408                     movq %rax, 0x8(%rsp)
   84a: 41b101                         movb $0x1, %r9b
   84d: b85a000000                     movl $0x5a, %eax
   852: eb23                           jmp 0x23
   854: 4d89cd                         movq %r9, %r13
   857: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x859: R_X86_64_64 Abs64 index[11]+0
   861: 4983c00a                       addq $0xa, %r8
   865: b840000000                     movl $0x40, %eax
   86a: 4889442408                     movq %rax, 0x8(%rsp)
   86f: 41b101                         movb $0x1, %r9b
   872: b864000000                     movl $0x64, %eax
   877: 48890424                       movq %rax, (%rsp)
   87b: b901000000                     movl $0x1, %ecx
   880: 31ff                           xorl %edi, %edi
   882: 4989f6                         movq %rsi, %r14
   885: 4889ea                         movq %rbp, %rdx
   888: e9adfdffff                     jmp -0x253
