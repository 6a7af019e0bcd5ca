# stencil nested_pop for x86_64-apple-darwin: 1469 code bytes, 24 data bytes, 22 holes
     0: 55                             pushq %rbp
     1: 4881ec80000000                 subq $0x80, %rsp
     8: 4c89642458                     movq %r12, 0x58(%rsp)
     d: 498b442418                     movq 0x18(%r12), %rax
    12: 488b08                         movq (%rax), %rcx
    15: 48894c2460                     movq %rcx, 0x60(%rsp)
    1a: 48890c24                       movq %rcx, (%rsp)
    1e: 488b4808                       movq 0x8(%rax), %rcx
    22: 48894c2468                     movq %rcx, 0x68(%rsp)
    27: 48894c2408                     movq %rcx, 0x8(%rsp)
    2c: 488b4810                       movq 0x10(%rax), %rcx
    30: 48894c2470                     movq %rcx, 0x70(%rsp)
    35: 48894c2410                     movq %rcx, 0x10(%rsp)
    3a: 488b4818                       movq 0x18(%rax), %rcx
    3e: 48894c2478                     movq %rcx, 0x78(%rsp)
    43: 48894c2418                     movq %rcx, 0x18(%rsp)
    48: 4c8b7820                       movq 0x20(%rax), %r15
    4c: 4c897c2420                     movq %r15, 0x20(%rsp)
    51: 488b5828                       movq 0x28(%rax), %rbx
    55: 48895c2428                     movq %rbx, 0x28(%rsp)
    5a: f6c301                         testb $0x1, %bl
    5d: 750d                           jne 0xd
    5f: 48ff0b                         decq (%rbx)
    62: 7508                           jne 0x8
    64: 4889df                         movq %rbx, %rdi
    67: e800000000                     callq 0x0
        # hole +0x68: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    6c: 41f6c701                       testb $0x1, %r15b
    70: 0f85ec020000                   jne 0x2ec
    76: 49bc00000000000000c0           movabsq $-0x4000000000000000, %r12
    80: 4c89f8                         movq %r15, %rax
    83: eb21                           jmp 0x21
    85: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    90: 48ff0f                         decq (%rdi)
    93: 0f84a7000000                   je 0xa7
    99: 488b442420                     movq 0x20(%rsp), %rax
    9e: a801                           testb $0x1, %al
    a0: 0f85bc020000                   jne 0x2bc
    a6: 83780804                       cmpl $0x4, 0x8(%rax)
    aa: 0f85b2020000                   jne 0x2b2
    b0: 488b4840                       movq 0x40(%rax), %rcx
    b4: 488b5030                       movq 0x30(%rax), %rdx
    b8: 488b7038                       movq 0x38(%rax), %rsi
    bc: 4885c9                         testq %rcx, %rcx
    bf: 7e0f                           jle 0xf
    c1: 4839f2                         cmpq %rsi, %rdx
    c4: 7c13                           jl 0x13
    c6: e987040000                     jmp 0x487
    cb: 0f1f440000                     nopl (%rax,%rax)
    d0: 4839f2                         cmpq %rsi, %rdx
    d3: 0f8e79040000                   jle 0x479
    d9: 4801d1                         addq %rdx, %rcx
    dc: 48894830                       movq %rcx, 0x30(%rax)
    e0: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    e8: 4889442428                     movq %rax, 0x28(%rsp)
    ed: 488b7c2408                     movq 0x8(%rsp), %rdi
    f2: 4889442408                     movq %rax, 0x8(%rsp)
    f7: 40f6c701                       testb $0x1, %dil
    fb: 7505                           jne 0x5
    fd: 48ff0f                         decq (%rdi)
   100: 7455                           je 0x55
   102: 4c8b2d00000000                 movq (%rip), %r13
        # hole +0x105: X86_64_RELOC_GOT_LOAD Rel32 data+12
   109: 41f6c501                       testb $0x1, %r13b
   10d: 7561                           jne 0x61
   10f: 49ff4500                       incq (%r13)
   113: 4c896c2428                     movq %r13, 0x28(%rsp)
   118: 488b442418                     movq 0x18(%rsp), %rax
   11d: a801                           testb $0x1, %al
   11f: 745d                           je 0x5d
   121: 4889442430                     movq %rax, 0x30(%rsp)
   126: 41f6c501                       testb $0x1, %r13b
   12a: 7464                           je 0x64
   12c: e941040000                     jmp 0x441
   131: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   140: e800000000                     callq 0x0
        # hole +0x141: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   145: 488b442420                     movq 0x20(%rsp), %rax
   14a: a801                           testb $0x1, %al
   14c: 0f8454ffffff                   je -0xac
   152: e90b020000                     jmp 0x20b
   157: e800000000                     callq 0x0
        # hole +0x158: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   15c: 4c8b2d00000000                 movq (%rip), %r13
        # hole +0x15f: X86_64_RELOC_GOT_LOAD Rel32 data+12
   163: 41f6c501                       testb $0x1, %r13b
   167: 74a6                           je -0x5a
   169: 0f1f8000000000                 nopl (%rax)
   170: 4c896c2428                     movq %r13, 0x28(%rsp)
   175: 488b442418                     movq 0x18(%rsp), %rax
   17a: a801                           testb $0x1, %al
   17c: 75a3                           jne -0x5d
   17e: 48ff00                         incq (%rax)
   181: 4889442430                     movq %rax, 0x30(%rsp)
   186: 41f6c501                       testb $0x1, %r13b
   18a: 0f85e2030000                   jne 0x3e2
   190: 41837d0808                     cmpl $0x8, 0x8(%r13)
   195: 0f85d7030000                   jne 0x3d7
   19b: ba01000000                     movl $0x1, %edx
   1a0: 4c89f7                         movq %r14, %rdi
   1a3: 488d742430                     leaq 0x30(%rsp), %rsi
   1a8: 41ff5538                       callq *0x38(%r13)
   1ac: 4889c5                         movq %rax, %rbp
   1af: 488b7c2430                     movq 0x30(%rsp), %rdi
   1b4: 40f6c701                       testb $0x1, %dil
   1b8: 7509                           jne 0x9
   1ba: 48ff0f                         decq (%rdi)
   1bd: 0f848b010000                   je 0x18b
   1c3: 49ff4d00                       decq (%r13)
   1c7: 7508                           jne 0x8
   1c9: 4c89ef                         movq %r13, %rdi
   1cc: e800000000                     callq 0x0
        # hole +0x1cd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1d1: 4885ed                         testq %rbp, %rbp
   1d4: 0f84c3030000                   je 0x3c3
   1da: 48896c2428                     movq %rbp, 0x28(%rsp)
   1df: 90                             nop
   1e0: 488b7c2428                     movq 0x28(%rsp), %rdi
   1e5: 40f6c701                       testb $0x1, %dil
   1e9: 0f8591010000                   jne 0x191
   1ef: 837f0804                       cmpl $0x4, 0x8(%rdi)
   1f3: 0f8587010000                   jne 0x187
   1f9: 488b4740                       movq 0x40(%rdi), %rax
   1fd: 488b4f30                       movq 0x30(%rdi), %rcx
   201: 488b5738                       movq 0x38(%rdi), %rdx
   205: 4885c0                         testq %rax, %rax
   208: 7e16                           jle 0x16
   20a: 4839d1                         cmpq %rdx, %rcx
   20d: 7c1a                           jl 0x1a
   20f: e97cfeffff                     jmp -0x184
   214: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   220: 4839d1                         cmpq %rdx, %rcx
   223: 0f8e67feffff                   jle -0x199
   229: 4801c8                         addq %rcx, %rax
   22c: 48894730                       movq %rax, 0x30(%rdi)
   230: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   238: 4889442430                     movq %rax, 0x30(%rsp)
   23d: 488b7c2410                     movq 0x10(%rsp), %rdi
   242: 4889442410                     movq %rax, 0x10(%rsp)
   247: 40f6c701                       testb $0x1, %dil
   24b: 7509                           jne 0x9
   24d: 48ff0f                         decq (%rdi)
   250: 0f84b2000000                   je 0xb2
   256: 488b0424                       movq (%rsp), %rax
   25a: a801                           testb $0x1, %al
   25c: 0f85be000000                   jne 0xbe
   262: 48ff00                         incq (%rax)
   265: 4889442430                     movq %rax, 0x30(%rsp)
   26a: 488b542408                     movq 0x8(%rsp), %rdx
   26f: f6c201                         testb $0x1, %dl
   272: 0f84bb000000                   je 0xbb
   278: 4889542438                     movq %rdx, 0x38(%rsp)
   27d: 488b4c2410                     movq 0x10(%rsp), %rcx
   282: f6c101                         testb $0x1, %cl
   285: 7503                           jne 0x3
   287: 48ff01                         incq (%rcx)
   28a: 48894c2440                     movq %rcx, 0x40(%rsp)
   28f: 48d1fa                         sarq %rdx
   292: 48d1f9                         sarq %rcx
   295: 480fafca                       imulq %rdx, %rcx
   299: 0f8046020000                   jo 0x246
   29f: 4a8d1421                       leaq (%rcx,%r12), %rdx
   2a3: 4885d2                         testq %rdx, %rdx
   2a6: 0f8939020000                   jns 0x239
   2ac: 488d144d01000000               leaq 0x1(,%rcx,2), %rdx
   2b4: 4889542438                     movq %rdx, 0x38(%rsp)
   2b9: a801                           testb $0x1, %al
   2bb: 0f844f020000                   je 0x24f
   2c1: 48d1f8                         sarq %rax
   2c4: 4801c1                         addq %rax, %rcx
   2c7: 4889c8                         movq %rcx, %rax
   2ca: 4c01e0                         addq %r12, %rax
   2cd: 0f8957020000                   jns 0x257
   2d3: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   2db: 4889442430                     movq %rax, 0x30(%rsp)
   2e0: 48890424                       movq %rax, (%rsp)
   2e4: 49833e00                       cmpq $0x0, (%r14)
   2e8: 0f85b0000000                   jne 0xb0
   2ee: 498b4608                       movq 0x8(%r14), %rax
   2f2: 48ffc0                         incq %rax
   2f5: 49894608                       movq %rax, 0x8(%r14)
   2f9: 493b4610                       cmpq 0x10(%r14), %rax
   2fd: 0f8cddfeffff                   jl -0x123
   303: e9b0000000                     jmp 0xb0
   308: e800000000                     callq 0x0
        # hole +0x309: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   30d: 488b0424                       movq (%rsp), %rax
   311: a801                           testb $0x1, %al
   313: 0f8449ffffff                   je -0xb7
   319: 0f1f8000000000                 nopl (%rax)
   320: 4889442430                     movq %rax, 0x30(%rsp)
   325: 488b542408                     movq 0x8(%rsp), %rdx
   32a: f6c201                         testb $0x1, %dl
   32d: 0f8545ffffff                   jne -0xbb
   333: 48ff02                         incq (%rdx)
   336: 4889542438                     movq %rdx, 0x38(%rsp)
   33b: 488b4c2410                     movq 0x10(%rsp), %rcx
   340: f6c101                         testb $0x1, %cl
   343: 0f843effffff                   je -0xc2
   349: e93cffffff                     jmp -0xc4
   34e: e800000000                     callq 0x0
        # hole +0x34f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   353: 49ff4d00                       decq (%r13)
   357: 0f8574feffff                   jne -0x18c
   35d: e967feffff                     jmp -0x199
   362: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x365: X86_64_RELOC_GOT_LOAD Rel32 data-4
   369: 49ffc0                         incq %r8
   36c: b828000000                     movl $0x28, %eax
   371: 41b90a000000                   movl $0xa, %r9d
   377: b901000000                     movl $0x1, %ecx
   37c: 31d2                           xorl %edx, %edx
   37e: eb5c                           jmp 0x5c
   380: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x383: X86_64_RELOC_GOT_LOAD Rel32 data+4
   387: 49ffc0                         incq %r8
   38a: b830000000                     movl $0x30, %eax
   38f: b201                           movb $0x1, %dl
   391: 41b90a000000                   movl $0xa, %r9d
   397: b901000000                     movl $0x1, %ecx
   39c: eb3e                           jmp 0x3e
   39e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3a1: X86_64_RELOC_GOT_LOAD Rel32 data+4
   3a5: 4983c00c                       addq $0xc, %r8
   3a9: b830000000                     movl $0x30, %eax
   3ae: b201                           movb $0x1, %dl
   3b0: 41b978000000                   movl $0x78, %r9d
   3b6: eb1f                           jmp 0x1f
   3b8: 49c70601000000                 movq $0x1, (%r14)
   3bf: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3c2: X86_64_RELOC_GOT_LOAD Rel32 data+4
   3c6: 4983c00d                       addq $0xd, %r8
   3ca: b830000000                     movl $0x30, %eax
   3cf: b201                           movb $0x1, %dl
   3d1: 41b982000000                   movl $0x82, %r9d
   3d7: b902000000                     movl $0x2, %ecx
   3dc: 31ff                           xorl %edi, %edi
   3de: 4531d2                         xorl %r10d, %r10d
   3e1: 4531db                         xorl %r11d, %r11d
   3e4: 4c8b2424                       movq (%rsp), %r12
   3e8: 488b742458                     movq 0x58(%rsp), %rsi
   3ed: 488b7618                       movq 0x18(%rsi), %rsi
   3f1: 4c3b642460                     cmpq 0x60(%rsp), %r12
   3f6: 0f8597000000                   jne 0x97
   3fc: 4c8b642408                     movq 0x8(%rsp), %r12
   401: 4c3b642468                     cmpq 0x68(%rsp), %r12
   406: 0f859a000000                   jne 0x9a
   40c: 4c8b642410                     movq 0x10(%rsp), %r12
   411: 4c3b642470                     cmpq 0x70(%rsp), %r12
   416: 0f859e000000                   jne 0x9e
   41c: 4c8b642418                     movq 0x18(%rsp), %r12
   421: 4c3b642478                     cmpq 0x78(%rsp), %r12
   426: 0f85a2000000                   jne 0xa2
   42c: 4c8b642420                     movq 0x20(%rsp), %r12
   431: 4d39fc                         cmpq %r15, %r12
   434: 7404                           je 0x4
   436: 4c896620                       movq %r12, 0x20(%rsi)
   43a: 4c8b7c2428                     movq 0x28(%rsp), %r15
   43f: 4939df                         cmpq %rbx, %r15
   442: 0f94c3                         sete %bl
   445: 80f201                         xorb $0x1, %dl
   448: 08da                           orb %bl, %dl
   44a: 7504                           jne 0x4
   44c: 4c897e28                       movq %r15, 0x28(%rsi)
   450: 4084ff                         testb %dil, %dil
   453: 7425                           je 0x25
   455: 488b542430                     movq 0x30(%rsp), %rdx
   45a: 48895630                       movq %rdx, 0x30(%rsi)
   45e: 4584d2                         testb %r10b, %r10b
   461: 7517                           jne 0x17
   463: 488b542438                     movq 0x38(%rsp), %rdx
   468: 48895638                       movq %rdx, 0x38(%rsi)
   46c: 4584db                         testb %r11b, %r11b
   46f: 7409                           je 0x9
   471: 488b542440                     movq 0x40(%rsp), %rdx
   476: 48895640                       movq %rdx, 0x40(%rsi)
   47a: 4801c6                         addq %rax, %rsi
   47d: 488b7c2458                     movq 0x58(%rsp), %rdi
   482: 4c89f2                         movq %r14, %rdx
   485: e800000000                     callq 0x0
        # hole +0x486: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   48a: 4881c480000000                 addq $0x80, %rsp
   491: 5d                             popq %rbp
   492: c3                             retq
   493: 4c8926                         movq %r12, (%rsi)
   496: 4c8b642408                     movq 0x8(%rsp), %r12
   49b: 4c3b642468                     cmpq 0x68(%rsp), %r12
   4a0: 0f8466ffffff                   je -0x9a
   4a6: 4c896608                       movq %r12, 0x8(%rsi)
   4aa: 4c8b642410                     movq 0x10(%rsp), %r12
   4af: 4c3b642470                     cmpq 0x70(%rsp), %r12
   4b4: 0f8462ffffff                   je -0x9e
   4ba: 4c896610                       movq %r12, 0x10(%rsi)
   4be: 4c8b642418                     movq 0x18(%rsp), %r12
   4c3: 4c3b642478                     cmpq 0x78(%rsp), %r12
   4c8: 0f845effffff                   je -0xa2
   4ce: 4c896618                       movq %r12, 0x18(%rsi)
   4d2: 4c8b642420                     movq 0x20(%rsp), %r12
   4d7: 4d39fc                         cmpq %r15, %r12
   4da: 0f8556ffffff                   jne -0xaa
   4e0: e955ffffff                     jmp -0xab
   4e5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x4e8: X86_64_RELOC_GOT_LOAD Rel32 data+4
   4ec: 4983c008                       addq $0x8, %r8
   4f0: b848000000                     movl $0x48, %eax
   4f5: b201                           movb $0x1, %dl
   4f7: 41b950000000                   movl $0x50, %r9d
   4fd: b901000000                     movl $0x1, %ecx
   502: 4531d2                         xorl %r10d, %r10d
   505: 40b701                         movb $0x1, %dil
   508: 41b301                         movb $0x1, %r11b
   50b: e9d4feffff                     jmp -0x12c
   510: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x513: X86_64_RELOC_GOT_LOAD Rel32 data+4
   517: 4983c009                       addq $0x9, %r8
   51b: b840000000                     movl $0x40, %eax
   520: b201                           movb $0x1, %dl
   522: 41b95a000000                   movl $0x5a, %r9d
   528: eb18                           jmp 0x18
   52a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x52d: X86_64_RELOC_GOT_LOAD Rel32 data+4
   531: 4983c00a                       addq $0xa, %r8
   535: b840000000                     movl $0x40, %eax
   53a: b201                           movb $0x1, %dl
   53c: 41b964000000                   movl $0x64, %r9d
   542: b901000000                     movl $0x1, %ecx
   547: 4531d2                         xorl %r10d, %r10d
   54a: 40b701                         movb $0x1, %dil
   54d: e98ffeffff                     jmp -0x171
   552: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x555: X86_64_RELOC_GOT_LOAD Rel32 data-4
   559: 4983c002                       addq $0x2, %r8
   55d: b828000000                     movl $0x28, %eax
   562: 41b914000000                   movl $0x14, %r9d
   568: b902000000                     movl $0x2, %ecx
   56d: e90afeffff                     jmp -0x1f6
   572: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x575: X86_64_RELOC_GOT_LOAD Rel32 data-4
   579: 4983c007                       addq $0x7, %r8
   57d: b838000000                     movl $0x38, %eax
   582: b201                           movb $0x1, %dl
   584: 41b946000000                   movl $0x46, %r9d
   58a: b901000000                     movl $0x1, %ecx
   58f: 4531db                         xorl %r11d, %r11d
   592: 40b701                         movb $0x1, %dil
   595: 41b201                         movb $0x1, %r10b
   598: e947feffff                     jmp -0x1b9
   59d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5a0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   5a4: 4983c007                       addq $0x7, %r8
   5a8: b828000000                     movl $0x28, %eax
   5ad: 41b946000000                   movl $0x46, %r9d
   5b3: b903000000                     movl $0x3, %ecx
   5b8: e9bffdffff                     jmp -0x241
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[2]+0
        # hole data+0x8: GOT Abs64 index[11]+0
        # hole data+0x10: GOT Abs64 operand0[7]+0
