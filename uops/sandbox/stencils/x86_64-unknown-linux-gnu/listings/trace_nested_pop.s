# stencil nested_pop for x86_64-unknown-linux-gnu: 1560 code bytes, 0 data bytes, 20 holes
     0: 55                             pushq %rbp
     1: 4881ec80000000                 subq $0x80, %rsp
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b08                         movq (%rax), %rcx
    10: 48894c2458                     movq %rcx, 0x58(%rsp)
    15: 48890c24                       movq %rcx, (%rsp)
    19: 488b4808                       movq 0x8(%rax), %rcx
    1d: 48894c2460                     movq %rcx, 0x60(%rsp)
    22: 48894c2408                     movq %rcx, 0x8(%rsp)
    27: 488b4810                       movq 0x10(%rax), %rcx
    2b: 48894c2468                     movq %rcx, 0x68(%rsp)
    30: 48894c2410                     movq %rcx, 0x10(%rsp)
    35: 488b4818                       movq 0x18(%rax), %rcx
    39: 48894c2470                     movq %rcx, 0x70(%rsp)
    3e: 48894c2418                     movq %rcx, 0x18(%rsp)
    43: 488b4820                       movq 0x20(%rax), %rcx
    47: 48894c2478                     movq %rcx, 0x78(%rsp)
    4c: 48894c2420                     movq %rcx, 0x20(%rsp)
    51: 488b5828                       movq 0x28(%rax), %rbx
    55: 48895c2428                     movq %rbx, 0x28(%rsp)
    5a: f6c301                         testb $0x1, %bl
    5d: 750d                           jne 0xd
    5f: 48ff0b                         decq (%rbx)
    62: 7508                           jne 0x8
    64: 4889df                         movq %rbx, %rdi
    67: e800000000                     callq 0x0
        # hole +0x68: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    6c: 488b442420                     movq 0x20(%rsp), %rax
    71: a801                           testb $0x1, %al
    73: 0f8528030000                   jne 0x328
    79: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    83: eb21                           jmp 0x21
    85: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    90: 48ff0f                         decq (%rdi)
    93: 0f84a7000000                   je 0xa7
    99: 488b442420                     movq 0x20(%rsp), %rax
    9e: a801                           testb $0x1, %al
    a0: 0f85fb020000                   jne 0x2fb
    a6: 83780804                       cmpl $0x4, 0x8(%rax)
    aa: 0f85f1020000                   jne 0x2f1
    b0: 488b4840                       movq 0x40(%rax), %rcx
    b4: 488b5030                       movq 0x30(%rax), %rdx
    b8: 488b7038                       movq 0x38(%rax), %rsi
    bc: 4885c9                         testq %rcx, %rcx
    bf: 7e0f                           jle 0xf
    c1: 4839f2                         cmpq %rsi, %rdx
    c4: 7c13                           jl 0x13
    c6: e9d9040000                     jmp 0x4d9
    cb: 0f1f440000                     nopl (%rax,%rax)
    d0: 4839f2                         cmpq %rsi, %rdx
    d3: 0f8ecb040000                   jle 0x4cb
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
   102: 49bd0000000000000000           movabsq $0x0, %r13
        # hole +0x104: R_X86_64_64 Abs64 operand0[7]+0
   10c: 41f6c501                       testb $0x1, %r13b
   110: 755e                           jne 0x5e
   112: 49ff4500                       incq (%r13)
   116: 4c896c2428                     movq %r13, 0x28(%rsp)
   11b: 488b442418                     movq 0x18(%rsp), %rax
   120: a801                           testb $0x1, %al
   122: 745a                           je 0x5a
   124: 4889442430                     movq %rax, 0x30(%rsp)
   129: 41f6c501                       testb $0x1, %r13b
   12d: 7466                           je 0x66
   12f: e993040000                     jmp 0x493
   134: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   140: e800000000                     callq 0x0
        # hole +0x141: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   145: 488b442420                     movq 0x20(%rsp), %rax
   14a: a801                           testb $0x1, %al
   14c: 0f8454ffffff                   je -0xac
   152: e94a020000                     jmp 0x24a
   157: e800000000                     callq 0x0
        # hole +0x158: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   15c: 49bd0000000000000000           movabsq $0x0, %r13
        # hole +0x15e: R_X86_64_64 Abs64 operand0[7]+0
   166: 41f6c501                       testb $0x1, %r13b
   16a: 74a6                           je -0x5a
   16c: 0f1f4000                       nopl (%rax)
   170: 4c896c2428                     movq %r13, 0x28(%rsp)
   175: 488b442418                     movq 0x18(%rsp), %rax
   17a: a801                           testb $0x1, %al
   17c: 75a6                           jne -0x5a
   17e: 48ff00                         incq (%rax)
   181: 4c8b6c2428                     movq 0x28(%rsp), %r13
   186: 4889442430                     movq %rax, 0x30(%rsp)
   18b: 41f6c501                       testb $0x1, %r13b
   18f: 0f8532040000                   jne 0x432
   195: 41837d0808                     cmpl $0x8, 0x8(%r13)
   19a: 0f8527040000                   jne 0x427
   1a0: ba01000000                     movl $0x1, %edx
   1a5: 4c89f7                         movq %r14, %rdi
   1a8: 488d742430                     leaq 0x30(%rsp), %rsi
   1ad: 41ff5538                       callq *0x38(%r13)
   1b1: 4889c5                         movq %rax, %rbp
   1b4: 488b7c2430                     movq 0x30(%rsp), %rdi
   1b9: 40f6c701                       testb $0x1, %dil
   1bd: 7509                           jne 0x9
   1bf: 48ff0f                         decq (%rdi)
   1c2: 0f84c5010000                   je 0x1c5
   1c8: 49ff4d00                       decq (%r13)
   1cc: 7508                           jne 0x8
   1ce: 4c89ef                         movq %r13, %rdi
   1d1: e800000000                     callq 0x0
        # hole +0x1d2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1d6: 4885ed                         testq %rbp, %rbp
   1d9: 0f8416040000                   je 0x416
   1df: 48896c2428                     movq %rbp, 0x28(%rsp)
   1e4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   1f0: 488b7c2428                     movq 0x28(%rsp), %rdi
   1f5: 40f6c701                       testb $0x1, %dil
   1f9: 0f85c3010000                   jne 0x1c3
   1ff: 837f0804                       cmpl $0x4, 0x8(%rdi)
   203: 0f85b9010000                   jne 0x1b9
   209: 488b4740                       movq 0x40(%rdi), %rax
   20d: 488b4f30                       movq 0x30(%rdi), %rcx
   211: 488b5738                       movq 0x38(%rdi), %rdx
   215: 4885c0                         testq %rax, %rax
   218: 7e16                           jle 0x16
   21a: 4839d1                         cmpq %rdx, %rcx
   21d: 7c1a                           jl 0x1a
   21f: e96cfeffff                     jmp -0x194
   224: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   230: 4839d1                         cmpq %rdx, %rcx
   233: 0f8e57feffff                   jle -0x1a9
   239: 4801c8                         addq %rcx, %rax
   23c: 48894730                       movq %rax, 0x30(%rdi)
   240: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   248: 4889442430                     movq %rax, 0x30(%rsp)
   24d: 488b7c2410                     movq 0x10(%rsp), %rdi
   252: 4889442410                     movq %rax, 0x10(%rsp)
   257: 40f6c701                       testb $0x1, %dil
   25b: 7509                           jne 0x9
   25d: 48ff0f                         decq (%rdi)
   260: 0f84de000000                   je 0xde
   266: 488b0424                       movq (%rsp), %rax
   26a: a801                           testb $0x1, %al
   26c: 0f85ee000000                   jne 0xee
   272: 48ff00                         incq (%rax)
   275: 4889442430                     movq %rax, 0x30(%rsp)
   27a: 488b4c2408                     movq 0x8(%rsp), %rcx
   27f: f6c101                         testb $0x1, %cl
   282: 0f84eb000000                   je 0xeb
   288: 48894c2438                     movq %rcx, 0x38(%rsp)
   28d: 488b442410                     movq 0x10(%rsp), %rax
   292: a801                           testb $0x1, %al
   294: 7508                           jne 0x8
   296: 48ff00                         incq (%rax)
   299: 488b4c2438                     movq 0x38(%rsp), %rcx
   29e: 4889442440                     movq %rax, 0x40(%rsp)
   2a3: 48d1f9                         sarq %rcx
   2a6: 48d1f8                         sarq %rax
   2a9: 480fafc1                       imulq %rcx, %rax
   2ad: 0f807b020000                   jo 0x27b
   2b3: 4a8d0c38                       leaq (%rax,%r15), %rcx
   2b7: 4885c9                         testq %rcx, %rcx
   2ba: 0f896e020000                   jns 0x26e
   2c0: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   2c8: 48894c2438                     movq %rcx, 0x38(%rsp)
   2cd: 488b4c2430                     movq 0x30(%rsp), %rcx
   2d2: f6c101                         testb $0x1, %cl
   2d5: 0f8481020000                   je 0x281
   2db: 48d1f9                         sarq %rcx
   2de: 4801c8                         addq %rcx, %rax
   2e1: 4889c1                         movq %rax, %rcx
   2e4: 4c01f9                         addq %r15, %rcx
   2e7: 0f898c020000                   jns 0x28c
   2ed: 488d044501000000               leaq 0x1(,%rax,2), %rax
   2f5: 4889442430                     movq %rax, 0x30(%rsp)
   2fa: 488b3c24                       movq (%rsp), %rdi
   2fe: 48890424                       movq %rax, (%rsp)
   302: 40f6c701                       testb $0x1, %dil
   306: 7518                           jne 0x18
   308: 48ff0f                         decq (%rdi)
   30b: 7513                           jne 0x13
   30d: e800000000                     callq 0x0
        # hole +0x30e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   312: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   320: 49833e00                       cmpq $0x0, (%r14)
   324: 0f85b9000000                   jne 0xb9
   32a: 498b4608                       movq 0x8(%r14), %rax
   32e: 48ffc0                         incq %rax
   331: 49894608                       movq %rax, 0x8(%r14)
   335: 493b4610                       cmpq 0x10(%r14), %rax
   339: 0f8cb1feffff                   jl -0x14f
   33f: e9bc000000                     jmp 0xbc
   344: e800000000                     callq 0x0
        # hole +0x345: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   349: 488b0424                       movq (%rsp), %rax
   34d: a801                           testb $0x1, %al
   34f: 0f841dffffff                   je -0xe3
   355: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   360: 4889442430                     movq %rax, 0x30(%rsp)
   365: 488b4c2408                     movq 0x8(%rsp), %rcx
   36a: f6c101                         testb $0x1, %cl
   36d: 0f8515ffffff                   jne -0xeb
   373: 48ff01                         incq (%rcx)
   376: 48894c2438                     movq %rcx, 0x38(%rsp)
   37b: 488b442410                     movq 0x10(%rsp), %rax
   380: a801                           testb $0x1, %al
   382: 0f840effffff                   je -0xf2
   388: e911ffffff                     jmp -0xef
   38d: e800000000                     callq 0x0
        # hole +0x38e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   392: 49ff4d00                       decq (%r13)
   396: 0f853afeffff                   jne -0x1c6
   39c: e92dfeffff                     jmp -0x1d3
   3a1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3a3: R_X86_64_64 Abs64 index[2]+0
   3ab: 49ffc0                         incq %r8
   3ae: b828000000                     movl $0x28, %eax
   3b3: 41b90a000000                   movl $0xa, %r9d
   3b9: b901000000                     movl $0x1, %ecx
   3be: 31d2                           xorl %edx, %edx
   3c0: eb65                           jmp 0x65
   3c2: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3c4: R_X86_64_64 Abs64 index[11]+0
   3cc: 49ffc0                         incq %r8
   3cf: b830000000                     movl $0x30, %eax
   3d4: b201                           movb $0x1, %dl
   3d6: 41b90a000000                   movl $0xa, %r9d
   3dc: b901000000                     movl $0x1, %ecx
   3e1: eb44                           jmp 0x44
   3e3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3e5: R_X86_64_64 Abs64 index[11]+0
   3ed: 4983c00c                       addq $0xc, %r8
   3f1: b830000000                     movl $0x30, %eax
   3f6: b201                           movb $0x1, %dl
   3f8: 41b978000000                   movl $0x78, %r9d
   3fe: eb22                           jmp 0x22
   400: 49c70601000000                 movq $0x1, (%r14)
   407: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x409: R_X86_64_64 Abs64 index[11]+0
   411: 4983c00d                       addq $0xd, %r8
   415: b830000000                     movl $0x30, %eax
   41a: b201                           movb $0x1, %dl
   41c: 41b982000000                   movl $0x82, %r9d
   422: b902000000                     movl $0x2, %ecx
   427: 31ff                           xorl %edi, %edi
   429: 4531d2                         xorl %r10d, %r10d
   42c: 4531db                         xorl %r11d, %r11d
   42f: 4c8b3c24                       movq (%rsp), %r15
   433: 498b742418                     movq 0x18(%r12), %rsi
   438: 4c3b7c2458                     cmpq 0x58(%rsp), %r15
   43d: 0f8597000000                   jne 0x97
   443: 4c8b7c2408                     movq 0x8(%rsp), %r15
   448: 4c3b7c2460                     cmpq 0x60(%rsp), %r15
   44d: 0f859a000000                   jne 0x9a
   453: 4c8b7c2410                     movq 0x10(%rsp), %r15
   458: 4c3b7c2468                     cmpq 0x68(%rsp), %r15
   45d: 0f859e000000                   jne 0x9e
   463: 4c8b7c2418                     movq 0x18(%rsp), %r15
   468: 4c3b7c2470                     cmpq 0x70(%rsp), %r15
   46d: 0f85a2000000                   jne 0xa2
   473: 4c8b7c2420                     movq 0x20(%rsp), %r15
   478: 4c3b7c2478                     cmpq 0x78(%rsp), %r15
   47d: 7404                           je 0x4
   47f: 4c897e20                       movq %r15, 0x20(%rsi)
   483: 4c8b7c2428                     movq 0x28(%rsp), %r15
   488: 4939df                         cmpq %rbx, %r15
   48b: 0f94c3                         sete %bl
   48e: 80f201                         xorb $0x1, %dl
   491: 08da                           orb %bl, %dl
   493: 7504                           jne 0x4
   495: 4c897e28                       movq %r15, 0x28(%rsi)
   499: 4084ff                         testb %dil, %dil
   49c: 7425                           je 0x25
   49e: 488b542430                     movq 0x30(%rsp), %rdx
   4a3: 48895630                       movq %rdx, 0x30(%rsi)
   4a7: 4584d2                         testb %r10b, %r10b
   4aa: 7517                           jne 0x17
   4ac: 488b542438                     movq 0x38(%rsp), %rdx
   4b1: 48895638                       movq %rdx, 0x38(%rsi)
   4b5: 4584db                         testb %r11b, %r11b
   4b8: 7409                           je 0x9
   4ba: 488b542440                     movq 0x40(%rsp), %rdx
   4bf: 48895640                       movq %rdx, 0x40(%rsi)
   4c3: 4801c6                         addq %rax, %rsi
   4c6: 4c89e7                         movq %r12, %rdi
   4c9: 4c89f2                         movq %r14, %rdx
   4cc: e800000000                     callq 0x0
        # hole +0x4cd: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   4d1: 4881c480000000                 addq $0x80, %rsp
   4d8: 5d                             popq %rbp
   4d9: c3                             retq
   4da: 4c893e                         movq %r15, (%rsi)
   4dd: 4c8b7c2408                     movq 0x8(%rsp), %r15
   4e2: 4c3b7c2460                     cmpq 0x60(%rsp), %r15
   4e7: 0f8466ffffff                   je -0x9a
   4ed: 4c897e08                       movq %r15, 0x8(%rsi)
   4f1: 4c8b7c2410                     movq 0x10(%rsp), %r15
   4f6: 4c3b7c2468                     cmpq 0x68(%rsp), %r15
   4fb: 0f8462ffffff                   je -0x9e
   501: 4c897e10                       movq %r15, 0x10(%rsi)
   505: 4c8b7c2418                     movq 0x18(%rsp), %r15
   50a: 4c3b7c2470                     cmpq 0x70(%rsp), %r15
   50f: 0f845effffff                   je -0xa2
   515: 4c897e18                       movq %r15, 0x18(%rsi)
   519: 4c8b7c2420                     movq 0x20(%rsp), %r15
   51e: 4c3b7c2478                     cmpq 0x78(%rsp), %r15
   523: 0f8556ffffff                   jne -0xaa
   529: e955ffffff                     jmp -0xab
   52e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x530: R_X86_64_64 Abs64 index[11]+0
   538: 4983c008                       addq $0x8, %r8
   53c: b848000000                     movl $0x48, %eax
   541: b201                           movb $0x1, %dl
   543: 41b950000000                   movl $0x50, %r9d
   549: b901000000                     movl $0x1, %ecx
   54e: 4531d2                         xorl %r10d, %r10d
   551: 40b701                         movb $0x1, %dil
   554: 41b301                         movb $0x1, %r11b
   557: e9d3feffff                     jmp -0x12d
   55c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x55e: R_X86_64_64 Abs64 index[11]+0
   566: 4983c009                       addq $0x9, %r8
   56a: b840000000                     movl $0x40, %eax
   56f: b201                           movb $0x1, %dl
   571: 41b95a000000                   movl $0x5a, %r9d
   577: eb1b                           jmp 0x1b
   579: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x57b: R_X86_64_64 Abs64 index[11]+0
   583: 4983c00a                       addq $0xa, %r8
   587: b840000000                     movl $0x40, %eax
   58c: b201                           movb $0x1, %dl
   58e: 41b964000000                   movl $0x64, %r9d
   594: b901000000                     movl $0x1, %ecx
   599: 4531d2                         xorl %r10d, %r10d
   59c: 40b701                         movb $0x1, %dil
   59f: e988feffff                     jmp -0x178
   5a4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5a6: R_X86_64_64 Abs64 index[2]+0
   5ae: 4983c002                       addq $0x2, %r8
   5b2: b828000000                     movl $0x28, %eax
   5b7: 41b914000000                   movl $0x14, %r9d
   5bd: b902000000                     movl $0x2, %ecx
   5c2: e9f7fdffff                     jmp -0x209
   5c7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5c9: R_X86_64_64 Abs64 index[2]+0
   5d1: 4983c007                       addq $0x7, %r8
   5d5: b838000000                     movl $0x38, %eax
   5da: b201                           movb $0x1, %dl
   5dc: 41b946000000                   movl $0x46, %r9d
   5e2: b901000000                     movl $0x1, %ecx
   5e7: 4531db                         xorl %r11d, %r11d
   5ea: 40b701                         movb $0x1, %dil
   5ed: 41b201                         movb $0x1, %r10b
   5f0: e93afeffff                     jmp -0x1c6
   5f5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5f7: R_X86_64_64 Abs64 index[2]+0
   5ff: 4983c007                       addq $0x7, %r8
   603: b828000000                     movl $0x28, %eax
   608: 41b946000000                   movl $0x46, %r9d
   60e: b903000000                     movl $0x3, %ecx
   613: e9a6fdffff                     jmp -0x25a
