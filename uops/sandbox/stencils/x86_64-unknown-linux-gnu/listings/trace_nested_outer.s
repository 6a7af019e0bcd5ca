# stencil nested_outer for x86_64-unknown-linux-gnu: 1778 code bytes, 0 data bytes, 27 holes
     0: 55                             pushq %rbp
     1: 4883ec70                       subq $0x70, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b08                         movq (%rax), %rcx
     d: 48894c2450                     movq %rcx, 0x50(%rsp)
    12: 48890c24                       movq %rcx, (%rsp)
    16: 488b5808                       movq 0x8(%rax), %rbx
    1a: 48895c2408                     movq %rbx, 0x8(%rsp)
    1f: 488b4810                       movq 0x10(%rax), %rcx
    23: 48894c2460                     movq %rcx, 0x60(%rsp)
    28: 48894c2410                     movq %rcx, 0x10(%rsp)
    2d: 488b4818                       movq 0x18(%rax), %rcx
    31: 48894c2468                     movq %rcx, 0x68(%rsp)
    36: 48894c2418                     movq %rcx, 0x18(%rsp)
    3b: 4c8b7820                       movq 0x20(%rax), %r15
    3f: 4c897c2420                     movq %r15, 0x20(%rsp)
    44: 41f6c701                       testb $0x1, %r15b
    48: 48895c2458                     movq %rbx, 0x58(%rsp)
    4d: 7545                           jne 0x45
    4f: 41837f0804                     cmpl $0x4, 0x8(%r15)
    54: 753e                           jne 0x3e
    56: 498b4740                       movq 0x40(%r15), %rax
    5a: 498b4f30                       movq 0x30(%r15), %rcx
    5e: 498b5738                       movq 0x38(%r15), %rdx
    62: 4885c0                         testq %rax, %rax
    65: 0f8e12010000                   jle 0x112
    6b: 4839d1                         cmpq %rdx, %rcx
    6e: 0f8c12010000                   jl 0x112
    74: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x76: R_X86_64_64 Abs64 index+0
    7e: 4983c002                       addq $0x2, %r8
    82: b828000000                     movl $0x28, %eax
    87: 41b914000000                   movl $0x14, %r9d
    8d: b902000000                     movl $0x2, %ecx
    92: eb1d                           jmp 0x1d
    94: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x96: R_X86_64_64 Abs64 index+0
    9e: 49ffc0                         incq %r8
    a1: b828000000                     movl $0x28, %eax
    a6: 41b90a000000                   movl $0xa, %r9d
    ac: b901000000                     movl $0x1, %ecx
    b1: 31d2                           xorl %edx, %edx
    b3: 31ff                           xorl %edi, %edi
    b5: 31db                           xorl %ebx, %ebx
    b7: 4531d2                         xorl %r10d, %r10d
    ba: 4c8b1c24                       movq (%rsp), %r11
    be: 498b742418                     movq 0x18(%r12), %rsi
    c3: 4c3b5c2450                     cmpq 0x50(%rsp), %r11
    c8: 7403                           je 0x3
    ca: 4c891e                         movq %r11, (%rsi)
    cd: 4c8b5c2408                     movq 0x8(%rsp), %r11
    d2: 4c3b5c2458                     cmpq 0x58(%rsp), %r11
    d7: 7528                           jne 0x28
    d9: 4c8b5c2410                     movq 0x10(%rsp), %r11
    de: 4c3b5c2460                     cmpq 0x60(%rsp), %r11
    e3: 752c                           jne 0x2c
    e5: 4c8b5c2418                     movq 0x18(%rsp), %r11
    ea: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
    ef: 7530                           jne 0x30
    f1: 4c8b5c2420                     movq 0x20(%rsp), %r11
    f6: 4d39fb                         cmpq %r15, %r11
    f9: 7534                           jne 0x34
    fb: 84d2                           testb %dl, %dl
    fd: 7538                           jne 0x38
    ff: eb68                           jmp 0x68
   101: 4c895e08                       movq %r11, 0x8(%rsi)
   105: 4c8b5c2410                     movq 0x10(%rsp), %r11
   10a: 4c3b5c2460                     cmpq 0x60(%rsp), %r11
   10f: 74d4                           je -0x2c
   111: 4c895e10                       movq %r11, 0x10(%rsi)
   115: 4c8b5c2418                     movq 0x18(%rsp), %r11
   11a: 4c3b5c2468                     cmpq 0x68(%rsp), %r11
   11f: 74d0                           je -0x30
   121: 4c895e18                       movq %r11, 0x18(%rsi)
   125: 4c8b5c2420                     movq 0x20(%rsp), %r11
   12a: 4d39fb                         cmpq %r15, %r11
   12d: 74cc                           je -0x34
   12f: 4c895e20                       movq %r11, 0x20(%rsi)
   133: 84d2                           testb %dl, %dl
   135: 7432                           je 0x32
   137: 488b542428                     movq 0x28(%rsp), %rdx
   13c: 48895628                       movq %rdx, 0x28(%rsi)
   140: 4084ff                         testb %dil, %dil
   143: 7524                           jne 0x24
   145: 488b542430                     movq 0x30(%rsp), %rdx
   14a: 48895630                       movq %rdx, 0x30(%rsi)
   14e: 84db                           testb %bl, %bl
   150: 7417                           je 0x17
   152: 488b542438                     movq 0x38(%rsp), %rdx
   157: 48895638                       movq %rdx, 0x38(%rsi)
   15b: 4584d2                         testb %r10b, %r10b
   15e: 7509                           jne 0x9
   160: 488b542440                     movq 0x40(%rsp), %rdx
   165: 48895640                       movq %rdx, 0x40(%rsi)
   169: 4801c6                         addq %rax, %rsi
   16c: 4c89e7                         movq %r12, %rdi
   16f: 4c89f2                         movq %r14, %rdx
   172: e800000000                     callq 0x0
        # hole +0x173: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   177: 4883c470                       addq $0x70, %rsp
   17b: 5d                             popq %rbp
   17c: c3                             retq
   17d: 4839d1                         cmpq %rdx, %rcx
   180: 0f8eeefeffff                   jle -0x112
   186: 4801c8                         addq %rcx, %rax
   189: 49894730                       movq %rax, 0x30(%r15)
   18d: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   195: 4889442428                     movq %rax, 0x28(%rsp)
   19a: 4889442408                     movq %rax, 0x8(%rsp)
   19f: f6c301                         testb $0x1, %bl
   1a2: 750d                           jne 0xd
   1a4: 48ff0b                         decq (%rbx)
   1a7: 7508                           jne 0x8
   1a9: 4889df                         movq %rbx, %rdi
   1ac: e800000000                     callq 0x0
        # hole +0x1ad: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1b1: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x1b3: R_X86_64_64 Abs64 operand0[5]+0
   1bb: 40f6c501                       testb $0x1, %bpl
   1bf: 741e                           je 0x1e
   1c1: 48896c2428                     movq %rbp, 0x28(%rsp)
   1c6: 488b442418                     movq 0x18(%rsp), %rax
   1cb: a801                           testb $0x1, %al
   1cd: 7422                           je 0x22
   1cf: 4889442430                     movq %rax, 0x30(%rsp)
   1d4: 40f6c501                       testb $0x1, %bpl
   1d8: 742e                           je 0x2e
   1da: e99d030000                     jmp 0x39d
   1df: 48ff4500                       incq (%rbp)
   1e3: 48896c2428                     movq %rbp, 0x28(%rsp)
   1e8: 488b442418                     movq 0x18(%rsp), %rax
   1ed: a801                           testb $0x1, %al
   1ef: 75de                           jne -0x22
   1f1: 48ff00                         incq (%rax)
   1f4: 488b6c2428                     movq 0x28(%rsp), %rbp
   1f9: 4889442430                     movq %rax, 0x30(%rsp)
   1fe: 40f6c501                       testb $0x1, %bpl
   202: 0f8574030000                   jne 0x374
   208: 837d0808                       cmpl $0x8, 0x8(%rbp)
   20c: 0f856a030000                   jne 0x36a
   212: 488d742430                     leaq 0x30(%rsp), %rsi
   217: ba01000000                     movl $0x1, %edx
   21c: 4c89f7                         movq %r14, %rdi
   21f: ff5538                         callq *0x38(%rbp)
   222: 4989c5                         movq %rax, %r13
   225: 488b7c2430                     movq 0x30(%rsp), %rdi
   22a: 40f6c701                       testb $0x1, %dil
   22e: 750a                           jne 0xa
   230: 48ff0f                         decq (%rdi)
   233: 7505                           jne 0x5
   235: e800000000                     callq 0x0
        # hole +0x236: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   23a: 48ff4d00                       decq (%rbp)
   23e: 7508                           jne 0x8
   240: 4889ef                         movq %rbp, %rdi
   243: e800000000                     callq 0x0
        # hole +0x244: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   248: 4d85ed                         testq %r13, %r13
   24b: 0f8495040000                   je 0x495
   251: 4c896c2428                     movq %r13, 0x28(%rsp)
   256: 41f6c501                       testb $0x1, %r13b
   25a: 0f8541030000                   jne 0x341
   260: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   26a: eb44                           jmp 0x44
   26c: 0f1f4000                       nopl (%rax)
   270: 48ff4d00                       decq (%rbp)
   274: 7419                           je 0x19
   276: 4d85ed                         testq %r13, %r13
   279: 0f8444040000                   je 0x444
   27f: 4c896c2428                     movq %r13, 0x28(%rsp)
   284: 41f6c501                       testb $0x1, %r13b
   288: 7426                           je 0x26
   28a: e912030000                     jmp 0x312
   28f: 4889ef                         movq %rbp, %rdi
   292: e800000000                     callq 0x0
        # hole +0x293: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   297: 4d85ed                         testq %r13, %r13
   29a: 75e3                           jne -0x1d
   29c: e922040000                     jmp 0x422
   2a1: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   2b0: 41837d0804                     cmpl $0x4, 0x8(%r13)
   2b5: 0f85e6020000                   jne 0x2e6
   2bb: 498b4540                       movq 0x40(%r13), %rax
   2bf: 498b4d30                       movq 0x30(%r13), %rcx
   2c3: 498b5538                       movq 0x38(%r13), %rdx
   2c7: 4885c0                         testq %rax, %rax
   2ca: 0f8e20010000                   jle 0x120
   2d0: 4839d1                         cmpq %rdx, %rcx
   2d3: 0f8d20010000                   jge 0x120
   2d9: 4801c8                         addq %rcx, %rax
   2dc: 49894530                       movq %rax, 0x30(%r13)
   2e0: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   2e8: 4889442430                     movq %rax, 0x30(%rsp)
   2ed: 488b7c2410                     movq 0x10(%rsp), %rdi
   2f2: 4889442410                     movq %rax, 0x10(%rsp)
   2f7: 40f6c701                       testb $0x1, %dil
   2fb: 7509                           jne 0x9
   2fd: 48ff0f                         decq (%rdi)
   300: 0f84a3010000                   je 0x1a3
   306: 488b0424                       movq (%rsp), %rax
   30a: a801                           testb $0x1, %al
   30c: 0f84ae010000                   je 0x1ae
   312: 4889442430                     movq %rax, 0x30(%rsp)
   317: 488b4c2408                     movq 0x8(%rsp), %rcx
   31c: f6c101                         testb $0x1, %cl
   31f: 0f84b1010000                   je 0x1b1
   325: 48894c2438                     movq %rcx, 0x38(%rsp)
   32a: 488b442410                     movq 0x10(%rsp), %rax
   32f: a801                           testb $0x1, %al
   331: 7508                           jne 0x8
   333: 48ff00                         incq (%rax)
   336: 488b4c2438                     movq 0x38(%rsp), %rcx
   33b: 4889442440                     movq %rax, 0x40(%rsp)
   340: 48d1f9                         sarq %rcx
   343: 48d1f8                         sarq %rax
   346: 480fafc1                       imulq %rcx, %rax
   34a: 0f80ed020000                   jo 0x2ed
   350: 488d0c18                       leaq (%rax,%rbx), %rcx
   354: 4885c9                         testq %rcx, %rcx
   357: 0f89e0020000                   jns 0x2e0
   35d: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   365: 48894c2438                     movq %rcx, 0x38(%rsp)
   36a: 488b4c2430                     movq 0x30(%rsp), %rcx
   36f: f6c101                         testb $0x1, %cl
   372: 0f84ee020000                   je 0x2ee
   378: 48d1f9                         sarq %rcx
   37b: 4801c8                         addq %rcx, %rax
   37e: 4889c1                         movq %rax, %rcx
   381: 4801d9                         addq %rbx, %rcx
   384: 0f89f9020000                   jns 0x2f9
   38a: 488d044501000000               leaq 0x1(,%rax,2), %rax
   392: 4889442430                     movq %rax, 0x30(%rsp)
   397: 488b3c24                       movq (%rsp), %rdi
   39b: 48890424                       movq %rax, (%rsp)
   39f: 40f6c701                       testb $0x1, %dil
   3a3: 750b                           jne 0xb
   3a5: 48ff0f                         decq (%rdi)
   3a8: 7506                           jne 0x6
   3aa: e800000000                     callq 0x0
        # hole +0x3ab: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3af: 90                             nop
   3b0: 49833e00                       cmpq $0x0, (%r14)
   3b4: 0f851f020000                   jne 0x21f
   3ba: 498b4608                       movq 0x8(%r14), %rax
   3be: 48ffc0                         incq %rax
   3c1: 49894608                       movq %rax, 0x8(%r14)
   3c5: 493b4610                       cmpq 0x10(%r14), %rax
   3c9: 0f8d27020000                   jge 0x227
   3cf: 4c8b6c2428                     movq 0x28(%rsp), %r13
   3d4: 41f6c501                       testb $0x1, %r13b
   3d8: 0f84d2feffff                   je -0x12e
   3de: e9be010000                     jmp 0x1be
   3e3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   3f0: 4839d1                         cmpq %rdx, %rcx
   3f3: 0f8fe0feffff                   jg -0x120
   3f9: 49ff4d00                       decq (%r13)
   3fd: 7508                           jne 0x8
   3ff: 4c89ef                         movq %r13, %rdi
   402: e800000000                     callq 0x0
        # hole +0x403: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   407: 488b442420                     movq 0x20(%rsp), %rax
   40c: a801                           testb $0x1, %al
   40e: 0f85b6010000                   jne 0x1b6
   414: 83780804                       cmpl $0x4, 0x8(%rax)
   418: 0f85ac010000                   jne 0x1ac
   41e: 488b4840                       movq 0x40(%rax), %rcx
   422: 488b5030                       movq 0x30(%rax), %rdx
   426: 488b7038                       movq 0x38(%rax), %rsi
   42a: 4885c9                         testq %rcx, %rcx
   42d: 7e0a                           jle 0xa
   42f: 4839f2                         cmpq %rsi, %rdx
   432: 7c0e                           jl 0xe
   434: e9e6010000                     jmp 0x1e6
   439: 4839f2                         cmpq %rsi, %rdx
   43c: 0f8edd010000                   jle 0x1dd
   442: 4801d1                         addq %rdx, %rcx
   445: 48894830                       movq %rcx, 0x30(%rax)
   449: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   451: 4889442428                     movq %rax, 0x28(%rsp)
   456: 488b7c2408                     movq 0x8(%rsp), %rdi
   45b: 4889442408                     movq %rax, 0x8(%rsp)
   460: 40f6c701                       testb $0x1, %dil
   464: 7509                           jne 0x9
   466: 48ff0f                         decq (%rdi)
   469: 0f8481000000                   je 0x81
   46f: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x471: R_X86_64_64 Abs64 operand0[5]+0
   479: 40f6c501                       testb $0x1, %bpl
   47d: 0f848d000000                   je 0x8d
   483: 48896c2428                     movq %rbp, 0x28(%rsp)
   488: 488b442418                     movq 0x18(%rsp), %rax
   48d: a801                           testb $0x1, %al
   48f: 0f8491000000                   je 0x91
   495: 4889442430                     movq %rax, 0x30(%rsp)
   49a: 40f6c501                       testb $0x1, %bpl
   49e: 0f8499000000                   je 0x99
   4a4: e985010000                     jmp 0x185
   4a9: e800000000                     callq 0x0
        # hole +0x4aa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4ae: 488b0424                       movq (%rsp), %rax
   4b2: a801                           testb $0x1, %al
   4b4: 0f8558feffff                   jne -0x1a8
   4ba: 660f1f440000                   nopw (%rax,%rax)
   4c0: 48ff00                         incq (%rax)
   4c3: 4889442430                     movq %rax, 0x30(%rsp)
   4c8: 488b4c2408                     movq 0x8(%rsp), %rcx
   4cd: f6c101                         testb $0x1, %cl
   4d0: 0f854ffeffff                   jne -0x1b1
   4d6: 48ff01                         incq (%rcx)
   4d9: 48894c2438                     movq %rcx, 0x38(%rsp)
   4de: 488b442410                     movq 0x10(%rsp), %rax
   4e3: a801                           testb $0x1, %al
   4e5: 0f8448feffff                   je -0x1b8
   4eb: e94bfeffff                     jmp -0x1b5
   4f0: e800000000                     callq 0x0
        # hole +0x4f1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4f5: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x4f7: R_X86_64_64 Abs64 operand0[5]+0
   4ff: 40f6c501                       testb $0x1, %bpl
   503: 0f857affffff                   jne -0x86
   509: 0f1f8000000000                 nopl (%rax)
   510: 48ff4500                       incq (%rbp)
   514: 48896c2428                     movq %rbp, 0x28(%rsp)
   519: 488b442418                     movq 0x18(%rsp), %rax
   51e: a801                           testb $0x1, %al
   520: 0f856fffffff                   jne -0x91
   526: 48ff00                         incq (%rax)
   529: 488b6c2428                     movq 0x28(%rsp), %rbp
   52e: 4889442430                     movq %rax, 0x30(%rsp)
   533: 40f6c501                       testb $0x1, %bpl
   537: 0f85f1000000                   jne 0xf1
   53d: 837d0808                       cmpl $0x8, 0x8(%rbp)
   541: 0f85e7000000                   jne 0xe7
   547: ba01000000                     movl $0x1, %edx
   54c: 4c89f7                         movq %r14, %rdi
   54f: 488d742430                     leaq 0x30(%rsp), %rsi
   554: ff5538                         callq *0x38(%rbp)
   557: 4989c5                         movq %rax, %r13
   55a: 488b7c2430                     movq 0x30(%rsp), %rdi
   55f: 40f6c701                       testb $0x1, %dil
   563: 0f8507fdffff                   jne -0x2f9
   569: 48ff0f                         decq (%rdi)
   56c: 0f85fefcffff                   jne -0x302
   572: e800000000                     callq 0x0
        # hole +0x573: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   577: e9f4fcffff                     jmp -0x30c
   57c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x57e: R_X86_64_64 Abs64 index+0
   586: 4983c007                       addq $0x7, %r8
   58a: b838000000                     movl $0x38, %eax
   58f: b201                           movb $0x1, %dl
   591: 41b946000000                   movl $0x46, %r9d
   597: b901000000                     movl $0x1, %ecx
   59c: e912fbffff                     jmp -0x4ee
   5a1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5a3: R_X86_64_64 Abs64 index[9]+0
   5ab: 49ffc0                         incq %r8
   5ae: b830000000                     movl $0x30, %eax
   5b3: b201                           movb $0x1, %dl
   5b5: 41b90a000000                   movl $0xa, %r9d
   5bb: b901000000                     movl $0x1, %ecx
   5c0: 31db                           xorl %ebx, %ebx
   5c2: 40b701                         movb $0x1, %dil
   5c5: e9edfaffff                     jmp -0x513
   5ca: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5cc: R_X86_64_64 Abs64 index+0
   5d4: e9c5faffff                     jmp -0x53b
   5d9: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5db: R_X86_64_64 Abs64 index[9]+0
   5e3: 4983c00c                       addq $0xc, %r8
   5e7: b830000000                     movl $0x30, %eax
   5ec: b201                           movb $0x1, %dl
   5ee: 41b978000000                   movl $0x78, %r9d
   5f4: eb22                           jmp 0x22
   5f6: 49c70601000000                 movq $0x1, (%r14)
   5fd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x5ff: R_X86_64_64 Abs64 index[9]+0
   607: 4983c00d                       addq $0xd, %r8
   60b: b830000000                     movl $0x30, %eax
   610: b201                           movb $0x1, %dl
   612: 41b982000000                   movl $0x82, %r9d
   618: b902000000                     movl $0x2, %ecx
   61d: eba1                           jmp -0x5f
   61f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x621: R_X86_64_64 Abs64 index+0
   629: e950faffff                     jmp -0x5b0
   62e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x630: R_X86_64_64 Abs64 index+0
   638: e949ffffff                     jmp -0xb7
   63d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x63f: R_X86_64_64 Abs64 index[9]+0
   647: 4983c008                       addq $0x8, %r8
   64b: b848000000                     movl $0x48, %eax
   650: b201                           movb $0x1, %dl
   652: 41b950000000                   movl $0x50, %r9d
   658: b901000000                     movl $0x1, %ecx
   65d: 31ff                           xorl %edi, %edi
   65f: b301                           movb $0x1, %bl
   661: e951faffff                     jmp -0x5af
   666: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x668: R_X86_64_64 Abs64 index[9]+0
   670: 4983c009                       addq $0x9, %r8
   674: b840000000                     movl $0x40, %eax
   679: b201                           movb $0x1, %dl
   67b: 41b95a000000                   movl $0x5a, %r9d
   681: eb1b                           jmp 0x1b
   683: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x685: R_X86_64_64 Abs64 index[9]+0
   68d: 4983c00a                       addq $0xa, %r8
   691: b840000000                     movl $0x40, %eax
   696: b201                           movb $0x1, %dl
   698: 41b964000000                   movl $0x64, %r9d
   69e: b901000000                     movl $0x1, %ecx
   6a3: 31ff                           xorl %edi, %edi
   6a5: b301                           movb $0x1, %bl
   6a7: 41b201                         movb $0x1, %r10b
   6aa: 4c8b1c24                       movq (%rsp), %r11
   6ae: 498b742418                     movq 0x18(%r12), %rsi
   6b3: 4c3b5c2450                     cmpq 0x50(%rsp), %r11
   6b8: 0f850cfaffff                   jne -0x5f4
   6be: e90afaffff                     jmp -0x5f6
   6c3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6c5: R_X86_64_64 Abs64 index+0
   6cd: 4983c007                       addq $0x7, %r8
   6d1: b828000000                     movl $0x28, %eax
   6d6: 41b946000000                   movl $0x46, %r9d
   6dc: b903000000                     movl $0x3, %ecx
   6e1: e9cbf9ffff                     jmp -0x635
   6e6: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x6e8: R_X86_64_64 Abs64 index+0
   6f0: ebdb                           jmp -0x25
