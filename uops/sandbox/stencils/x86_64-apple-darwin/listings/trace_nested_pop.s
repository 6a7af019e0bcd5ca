# stencil nested_pop for x86_64-apple-darwin: 2147 code bytes, 24 data bytes, 26 holes
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
        # hole +0x9b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
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
    fb: 0f85e1040000                   jne 0x4e1
   101: 41837a0804                     cmpl $0x4, 0x8(%r10)
   106: 0f85d6040000                   jne 0x4d6
   10c: 498b4240                       movq 0x40(%r10), %rax
   110: 498b4a30                       movq 0x30(%r10), %rcx
   114: 498b5238                       movq 0x38(%r10), %rdx
   118: 4885c0                         testq %rax, %rax
   11b: 7e13                           jle 0x13
   11d: 4839d1                         cmpq %rdx, %rcx
   120: 7c17                           jl 0x17
   122: e909050000                     jmp 0x509
   127: 660f1f840000000000             nopw (%rax,%rax)
   130: 4839d1                         cmpq %rdx, %rcx
   133: 0f8ef7040000                   jle 0x4f7
   139: 4801c8                         addq %rcx, %rax
   13c: 49894230                       movq %rax, 0x30(%r10)
   140: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   148: 4889442448                     movq %rax, 0x48(%rsp)
   14d: 4889442428                     movq %rax, 0x28(%rsp)
   152: 41f6c401                       testb $0x1, %r12b
   156: 7506                           jne 0x6
   158: 49ff0c24                       decq (%r12)
   15c: 742b                           je 0x2b
   15e: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x161: X86_64_RELOC_GOT_LOAD Rel32 data+12
   165: 41f6c701                       testb $0x1, %r15b
   169: 7445                           je 0x45
   16b: 4c897c2448                     movq %r15, 0x48(%rsp)
   170: 488b442438                     movq 0x38(%rsp), %rax
   175: a801                           testb $0x1, %al
   177: 7448                           je 0x48
   179: 4889442450                     movq %rax, 0x50(%rsp)
   17e: 41f6c701                       testb $0x1, %r15b
   182: 744f                           je 0x4f
   184: e9c6040000                     jmp 0x4c6
   189: 4c89e7                         movq %r12, %rdi
   18c: e800000000                     callq 0x0
        # hole +0x18d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   191: 4c8b5c2410                     movq 0x10(%rsp), %r11
   196: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x199: X86_64_RELOC_GOT_LOAD Rel32 data+12
   19d: 41f6c701                       testb $0x1, %r15b
   1a1: 75c8                           jne -0x38
   1a3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1b0: 49ff07                         incq (%r15)
   1b3: 4c897c2448                     movq %r15, 0x48(%rsp)
   1b8: 488b442438                     movq 0x38(%rsp), %rax
   1bd: a801                           testb $0x1, %al
   1bf: 75b8                           jne -0x48
   1c1: 48ff00                         incq (%rax)
   1c4: 4889442450                     movq %rax, 0x50(%rsp)
   1c9: 41f6c701                       testb $0x1, %r15b
   1cd: 0f857c040000                   jne 0x47c
   1d3: 41837f0808                     cmpl $0x8, 0x8(%r15)
   1d8: 0f8571040000                   jne 0x471
   1de: ba01000000                     movl $0x1, %edx
   1e3: 4c89df                         movq %r11, %rdi
   1e6: 488d742450                     leaq 0x50(%rsp), %rsi
   1eb: 41ff5738                       callq *0x38(%r15)
   1ef: 4889c3                         movq %rax, %rbx
   1f2: 488b7c2450                     movq 0x50(%rsp), %rdi
   1f7: 40f6c701                       testb $0x1, %dil
   1fb: 7509                           jne 0x9
   1fd: 48ff0f                         decq (%rdi)
   200: 0f840b020000                   je 0x20b
   206: 49ff0f                         decq (%r15)
   209: 7508                           jne 0x8
   20b: 4c89ff                         movq %r15, %rdi
   20e: e800000000                     callq 0x0
        # hole +0x20f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   213: 4885db                         testq %rbx, %rbx
   216: 0f848e050000                   je 0x58e
   21c: 48895c2448                     movq %rbx, 0x48(%rsp)
   221: 488b742420                     movq 0x20(%rsp), %rsi
   226: 4c8b642428                     movq 0x28(%rsp), %r12
   22b: 488b542430                     movq 0x30(%rsp), %rdx
   230: 4c8b4c2438                     movq 0x38(%rsp), %r9
   235: 4c8b542440                     movq 0x40(%rsp), %r10
   23a: 4c8b742450                     movq 0x50(%rsp), %r14
   23f: 4c8b7c2458                     movq 0x58(%rsp), %r15
   244: 488b6c2460                     movq 0x60(%rsp), %rbp
   249: f6c301                         testb $0x1, %bl
   24c: 4c8b5c2410                     movq 0x10(%rsp), %r11
   251: 0f85a7030000                   jne 0x3a7
   257: 837b0804                       cmpl $0x4, 0x8(%rbx)
   25b: 0f859d030000                   jne 0x39d
   261: 488b442468                     movq 0x68(%rsp), %rax
   266: 4889442408                     movq %rax, 0x8(%rsp)
   26b: 488b4340                       movq 0x40(%rbx), %rax
   26f: 4c8b6b30                       movq 0x30(%rbx), %r13
   273: 488b4b38                       movq 0x38(%rbx), %rcx
   277: 4885c0                         testq %rax, %rax
   27a: 7e14                           jle 0x14
   27c: 4939cd                         cmpq %rcx, %r13
   27f: 0f8df1fdffff                   jge -0x20f
   285: eb12                           jmp 0x12
   287: 660f1f840000000000             nopw (%rax,%rax)
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
   2d9: 0f80f2040000                   jo 0x4f2
   2df: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
   2e9: 4c01e9                         addq %r13, %rcx
   2ec: 4885c9                         testq %rcx, %rcx
   2ef: 0f89dc040000                   jns 0x4dc
   2f5: 4e8d3c6d01000000               leaq 0x1(,%r13,2), %r15
   2fd: 40f6c601                       testb $0x1, %sil
   301: 0f8404050000                   je 0x504
   307: 4889f1                         movq %rsi, %rcx
   30a: 48d1f9                         sarq %rcx
   30d: 4901cd                         addq %rcx, %r13
   310: 4c89e9                         movq %r13, %rcx
   313: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   31d: 4801d1                         addq %rdx, %rcx
   320: 0f8907050000                   jns 0x507
   326: 4e8d346d01000000               leaq 0x1(,%r13,2), %r14
   32e: 49833b00                       cmpq $0x0, (%r11)
   332: 0f853a040000                   jne 0x43a
   338: 498b4b08                       movq 0x8(%r11), %rcx
   33c: 498b5310                       movq 0x10(%r11), %rdx
   340: 48ffc1                         incq %rcx
   343: 49894b08                       movq %rcx, 0x8(%r11)
   347: 4839d1                         cmpq %rdx, %rcx
   34a: 0f8d44040000                   jge 0x444
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
   3c7: 0f80a5010000                   jo 0x1a5
   3cd: 4e8d042f                       leaq (%rdi,%r13), %r8
   3d1: 4d85c0                         testq %r8, %r8
   3d4: 0f8998010000                   jns 0x198
   3da: 4c8d3c7d01000000               leaq 0x1(,%rdi,2), %r15
   3e2: 4d89f0                         movq %r14, %r8
   3e5: 49d1f8                         sarq %r8
   3e8: 4901f8                         addq %rdi, %r8
   3eb: 4c89c7                         movq %r8, %rdi
   3ee: 4c01ef                         addq %r13, %rdi
   3f1: 0f89b5010000                   jns 0x1b5
   3f7: 4e8d344501000000               leaq 0x1(,%r8,2), %r14
   3ff: 48ffc1                         incq %rcx
   402: 49894b08                       movq %rcx, 0x8(%r11)
   406: 4839d1                         cmpq %rdx, %rcx
   409: 0f8c51ffffff                   jl -0xaf
   40f: eb68                           jmp 0x68
   411: e800000000                     callq 0x0
        # hole +0x412: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   416: 49ff0f                         decq (%r15)
   419: 0f85f4fdffff                   jne -0x20c
   41f: e9e7fdffff                     jmp -0x219
   424: 4889d7                         movq %rdx, %rdi
   427: 4d89d6                         movq %r10, %r14
   42a: 4d89cf                         movq %r9, %r15
   42d: 4889f5                         movq %rsi, %rbp
   430: e800000000                     callq 0x0
        # hole +0x431: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   435: 4889ee                         movq %rbp, %rsi
   438: 4d89f9                         movq %r15, %r9
   43b: 4d89f2                         movq %r14, %r10
   43e: 4c8b5c2410                     movq 0x10(%rsp), %r11
   443: 40f6c601                       testb $0x1, %sil
   447: 0f8467feffff                   je -0x199
   44d: e965feffff                     jmp -0x19b
   452: 4d89cd                         movq %r9, %r13
   455: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x458: X86_64_RELOC_GOT_LOAD Rel32 data-4
   45c: 49ffc0                         incq %r8
   45f: b830000000                     movl $0x30, %eax
   464: 4889442408                     movq %rax, 0x8(%rsp)
   469: b80a000000                     movl $0xa, %eax
   46e: 48890424                       movq %rax, (%rsp)
   472: b901000000                     movl $0x1, %ecx
   477: eb2d                           jmp 0x2d
   479: 4d89cd                         movq %r9, %r13
   47c: 49c70301000000                 movq $0x1, (%r11)
   483: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x486: X86_64_RELOC_GOT_LOAD Rel32 data-4
   48a: 4983c00d                       addq $0xd, %r8
   48e: b830000000                     movl $0x30, %eax
   493: 4889442408                     movq %rax, 0x8(%rsp)
   498: b882000000                     movl $0x82, %eax
   49d: 48890424                       movq %rax, (%rsp)
   4a1: b902000000                     movl $0x2, %ecx
   4a6: 4531c9                         xorl %r9d, %r9d
   4a9: 4889ea                         movq %rbp, %rdx
   4ac: 4c89f0                         movq %r14, %rax
   4af: 31ff                           xorl %edi, %edi
   4b1: 488b742418                     movq 0x18(%rsp), %rsi
   4b6: 488b7618                       movq 0x18(%rsi), %rsi
   4ba: 483b442470                     cmpq 0x70(%rsp), %rax
   4bf: 7536                           jne 0x36
   4c1: 4c3b642478                     cmpq 0x78(%rsp), %r12
   4c6: 7539                           jne 0x39
   4c8: 483b942480000000               cmpq 0x80(%rsp), %rdx
   4d0: 753d                           jne 0x3d
   4d2: 4c3bac2488000000               cmpq 0x88(%rsp), %r13
   4da: 7541                           jne 0x41
   4dc: 4c3b942490000000               cmpq 0x90(%rsp), %r10
   4e4: 7545                           jne 0x45
   4e6: 483b9c2498000000               cmpq 0x98(%rsp), %rbx
   4ee: 7549                           jne 0x49
   4f0: 4584c9                         testb %r9b, %r9b
   4f3: 754d                           jne 0x4d
   4f5: eb5c                           jmp 0x5c
   4f7: 488906                         movq %rax, (%rsi)
   4fa: 4c3b642478                     cmpq 0x78(%rsp), %r12
   4ff: 74c7                           je -0x39
   501: 4c896608                       movq %r12, 0x8(%rsi)
   505: 483b942480000000               cmpq 0x80(%rsp), %rdx
   50d: 74c3                           je -0x3d
   50f: 48895610                       movq %rdx, 0x10(%rsi)
   513: 4c3bac2488000000               cmpq 0x88(%rsp), %r13
   51b: 74bf                           je -0x41
   51d: 4c896e18                       movq %r13, 0x18(%rsi)
   521: 4c3b942490000000               cmpq 0x90(%rsp), %r10
   529: 74bb                           je -0x45
   52b: 4c895620                       movq %r10, 0x20(%rsi)
   52f: 483b9c2498000000               cmpq 0x98(%rsp), %rbx
   537: 74b7                           je -0x49
   539: 48895e28                       movq %rbx, 0x28(%rsi)
   53d: 4584c9                         testb %r9b, %r9b
   540: 7411                           je 0x11
   542: 4c897630                       movq %r14, 0x30(%rsi)
   546: 4c897e38                       movq %r15, 0x38(%rsi)
   54a: 4084ff                         testb %dil, %dil
   54d: 7404                           je 0x4
   54f: 48896e40                       movq %rbp, 0x40(%rsi)
   553: 4803742408                     addq 0x8(%rsp), %rsi
   558: 488b7c2418                     movq 0x18(%rsp), %rdi
   55d: 4c89da                         movq %r11, %rdx
   560: 4c8b0c24                       movq (%rsp), %r9
   564: e800000000                     callq 0x0
        # hole +0x565: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   569: 4881c4b0000000                 addq $0xb0, %rsp
   570: 5d                             popq %rbp
   571: c3                             retq
   572: 4d89cd                         movq %r9, %r13
   575: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x578: X86_64_RELOC_GOT_LOAD Rel32 data-4
   57c: 4983c008                       addq $0x8, %r8
   580: b848000000                     movl $0x48, %eax
   585: 4889442408                     movq %rax, 0x8(%rsp)
   58a: 41b101                         movb $0x1, %r9b
   58d: b850000000                     movl $0x50, %eax
   592: 48890424                       movq %rax, (%rsp)
   596: b901000000                     movl $0x1, %ecx
   59b: 4d89e7                         movq %r12, %r15
   59e: 4889ea                         movq %rbp, %rdx
   5a1: 4c89f0                         movq %r14, %rax
   5a4: 40b701                         movb $0x1, %dil
   5a7: e905ffffff                     jmp -0xfb
   5ac: 4d89cd                         movq %r9, %r13
   5af: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5b2: X86_64_RELOC_GOT_LOAD Rel32 data-4
   5b6: 4983c00a                       addq $0xa, %r8
   5ba: b840000000                     movl $0x40, %eax
   5bf: 4889442408                     movq %rax, 0x8(%rsp)
   5c4: 41b101                         movb $0x1, %r9b
   5c7: b864000000                     movl $0x64, %eax
   5cc: 48890424                       movq %rax, (%rsp)
   5d0: b901000000                     movl $0x1, %ecx
   5d5: 31ff                           xorl %edi, %edi
   5d7: 4889ea                         movq %rbp, %rdx
   5da: 4c89f0                         movq %r14, %rax
   5dd: e9cffeffff                     jmp -0x131
   5e2: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5e5: X86_64_RELOC_GOT_LOAD Rel32 data+4
   5e9: 49ffc0                         incq %r8
   5ec: b805000000                     movl $0x5, %eax
   5f1: 41b90a000000                   movl $0xa, %r9d
   5f7: b901000000                     movl $0x1, %ecx
   5fc: eb4d                           jmp 0x4d
   5fe: 4d89cd                         movq %r9, %r13
   601: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x604: X86_64_RELOC_GOT_LOAD Rel32 data-4
   608: 49ffc0                         incq %r8
   60b: b830000000                     movl $0x30, %eax
   610: 4889442408                     movq %rax, 0x8(%rsp)
   615: b80a000000                     movl $0xa, %eax
   61a: 48890424                       movq %rax, (%rsp)
   61e: b901000000                     movl $0x1, %ecx
   623: 4531c9                         xorl %r9d, %r9d
   626: 31ff                           xorl %edi, %edi
   628: 4889f0                         movq %rsi, %rax
   62b: e981feffff                     jmp -0x17f
   630: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x633: X86_64_RELOC_GOT_LOAD Rel32 data+4
   637: 4983c002                       addq $0x2, %r8
   63b: b805000000                     movl $0x5, %eax
   640: 41b914000000                   movl $0x14, %r9d
   646: b902000000                     movl $0x2, %ecx
   64b: 31d2                           xorl %edx, %edx
   64d: eb1d                           jmp 0x1d
   64f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x652: X86_64_RELOC_GOT_LOAD Rel32 data+4
   656: 4983c007                       addq $0x7, %r8
   65a: b807000000                     movl $0x7, %eax
   65f: b201                           movb $0x1, %dl
   661: 41b946000000                   movl $0x46, %r9d
   667: b901000000                     movl $0x1, %ecx
   66c: 488b7c2420                     movq 0x20(%rsp), %rdi
   671: 488b742418                     movq 0x18(%rsp), %rsi
   676: 488b7618                       movq 0x18(%rsi), %rsi
   67a: 483b7c2470                     cmpq 0x70(%rsp), %rdi
   67f: 0f8590000000                   jne 0x90
   685: 488b7c2428                     movq 0x28(%rsp), %rdi
   68a: 483b7c2478                     cmpq 0x78(%rsp), %rdi
   68f: 0f8593000000                   jne 0x93
   695: 488b7c2430                     movq 0x30(%rsp), %rdi
   69a: 483bbc2480000000               cmpq 0x80(%rsp), %rdi
   6a2: 0f8597000000                   jne 0x97
   6a8: 488b7c2438                     movq 0x38(%rsp), %rdi
   6ad: 483bbc2488000000               cmpq 0x88(%rsp), %rdi
   6b5: 0f859b000000                   jne 0x9b
   6bb: 488b7c2440                     movq 0x40(%rsp), %rdi
   6c0: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   6c8: 7404                           je 0x4
   6ca: 48897e20                       movq %rdi, 0x20(%rsi)
   6ce: 488b7c2448                     movq 0x48(%rsp), %rdi
   6d3: 483bbc2498000000               cmpq 0x98(%rsp), %rdi
   6db: 0f94c3                         sete %bl
   6de: 4189d2                         movl %edx, %r10d
   6e1: 4180f201                       xorb $0x1, %r10b
   6e5: 4108da                         orb %bl, %r10b
   6e8: 7504                           jne 0x4
   6ea: 48897e28                       movq %rdi, 0x28(%rsi)
   6ee: 84d2                           testb %dl, %dl
   6f0: 7409                           je 0x9
   6f2: 488b542450                     movq 0x50(%rsp), %rdx
   6f7: 48895630                       movq %rdx, 0x30(%rsi)
   6fb: 488d34c6                       leaq (%rsi,%rax,8), %rsi
   6ff: 488b7c2418                     movq 0x18(%rsp), %rdi
   704: 4c89da                         movq %r11, %rdx
   707: e800000000                     callq 0x0
        # hole +0x708: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   70c: 4881c4b0000000                 addq $0xb0, %rsp
   713: 5d                             popq %rbp
   714: c3                             retq
   715: 48893e                         movq %rdi, (%rsi)
   718: 488b7c2428                     movq 0x28(%rsp), %rdi
   71d: 483b7c2478                     cmpq 0x78(%rsp), %rdi
   722: 0f846dffffff                   je -0x93
   728: 48897e08                       movq %rdi, 0x8(%rsi)
   72c: 488b7c2430                     movq 0x30(%rsp), %rdi
   731: 483bbc2480000000               cmpq 0x80(%rsp), %rdi
   739: 0f8469ffffff                   je -0x97
   73f: 48897e10                       movq %rdi, 0x10(%rsi)
   743: 488b7c2438                     movq 0x38(%rsp), %rdi
   748: 483bbc2488000000               cmpq 0x88(%rsp), %rdi
   750: 0f8465ffffff                   je -0x9b
   756: 48897e18                       movq %rdi, 0x18(%rsi)
   75a: 488b7c2440                     movq 0x40(%rsp), %rdi
   75f: 483bbc2490000000               cmpq 0x90(%rsp), %rdi
   767: 0f855dffffff                   jne -0xa3
   76d: e95cffffff                     jmp -0xa4
   772: 4d89cd                         movq %r9, %r13
   775: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x778: X86_64_RELOC_GOT_LOAD Rel32 data-4
   77c: 4983c00c                       addq $0xc, %r8
   780: b830000000                     movl $0x30, %eax
   785: 4889442408                     movq %rax, 0x8(%rsp)
   78a: b878000000                     movl $0x78, %eax
   78f: e909fdffff                     jmp -0x2f7
   794: 4d89cd                         movq %r9, %r13
   797: 49c70301000000                 movq $0x1, (%r11)
   79e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7a1: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7a5: e9e0fcffff                     jmp -0x320
   7aa: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7ad: X86_64_RELOC_GOT_LOAD Rel32 data+4
   7b1: 4983c007                       addq $0x7, %r8
   7b5: b805000000                     movl $0x5, %eax
   7ba: 41b946000000                   movl $0x46, %r9d
   7c0: b903000000                     movl $0x3, %ecx
   7c5: 31d2                           xorl %edx, %edx
   7c7: 4c8b5c2410                     movq 0x10(%rsp), %r11
   7cc: e99bfeffff                     jmp -0x165
   7d1: 4d89cd                         movq %r9, %r13
   7d4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7d7: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7db: 4983c008                       addq $0x8, %r8
   7df: b848000000                     movl $0x48, %eax
   7e4: 4889442408                     movq %rax, 0x8(%rsp)
   7e9: 41b101                         movb $0x1, %r9b
   7ec: b850000000                     movl $0x50, %eax
   7f1: 48890424                       movq %rax, (%rsp)
   7f5: b901000000                     movl $0x1, %ecx
   7fa: 4989f6                         movq %rsi, %r14
   7fd: 4d89e7                         movq %r12, %r15
   800: 4889ea                         movq %rbp, %rdx
   803: 40b701                         movb $0x1, %dil
   806: e91dfeffff                     jmp -0x1e3
   80b: 4d89cd                         movq %r9, %r13
   80e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x811: X86_64_RELOC_GOT_LOAD Rel32 data-4
   815: 4983c009                       addq $0x9, %r8
   819: b840000000                     movl $0x40, %eax
   81e: 4889442408                     movq %rax, 0x8(%rsp)
   823: 41b101                         movb $0x1, %r9b
   826: b85a000000                     movl $0x5a, %eax
   82b: eb20                           jmp 0x20
   82d: 4d89cd                         movq %r9, %r13
   830: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x833: X86_64_RELOC_GOT_LOAD Rel32 data-4
   837: 4983c00a                       addq $0xa, %r8
   83b: b840000000                     movl $0x40, %eax
   840: 4889442408                     movq %rax, 0x8(%rsp)
   845: 41b101                         movb $0x1, %r9b
   848: b864000000                     movl $0x64, %eax
   84d: 48890424                       movq %rax, (%rsp)
   851: b901000000                     movl $0x1, %ecx
   856: 31ff                           xorl %edi, %edi
   858: 4989f6                         movq %rsi, %r14
   85b: 4889ea                         movq %rbp, %rdx
   85e: e9c5fdffff                     jmp -0x23b
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[11]+0
        # hole data+0x8: GOT Abs64 index[2]+0
        # hole data+0x10: GOT Abs64 operand0[7]+0
