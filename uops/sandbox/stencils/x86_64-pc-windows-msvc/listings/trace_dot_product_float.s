# stencil dot_product_float for x86_64-pc-windows-msvc: 1474 code bytes, 8 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec70                       subq $0x70, %rsp
     5: 4c89742468                     movq %r14, 0x68(%rsp)
     a: 4c89e1                         movq %r12, %rcx
     d: 498b442418                     movq 0x18(%r12), %rax
    12: 488b7810                       movq 0x10(%rax), %rdi
    16: 4c8b5018                       movq 0x18(%rax), %r10
    1a: 4c8b7020                       movq 0x20(%rax), %r14
    1e: ba28000000                     movl $0x28, %edx
    23: 41bd0a000000                   movl $0xa, %r13d
    29: 41bf01000000                   movl $0x1, %r15d
    2f: 41b901000000                   movl $0x1, %r9d
    35: 41f6c601                       testb $0x1, %r14b
    39: 0f85d8020000                   jne 0x2d8
    3f: 48894c2440                     movq %rcx, 0x40(%rsp)
    44: 4c8b28                         movq (%rax), %r13
    47: 4d89d3                         movq %r10, %r11
    4a: 4c8b7808                       movq 0x8(%rax), %r15
    4e: 4889fb                         movq %rdi, %rbx
    51: 4c89542438                     movq %r10, 0x38(%rsp)
    56: 48897c2458                     movq %rdi, 0x58(%rsp)
    5b: 41837e0804                     cmpl $0x4, 0x8(%r14)
    60: 0f851d040000                   jne 0x41d
    66: 498b4e40                       movq 0x40(%r14), %rcx
    6a: 4885c9                         testq %rcx, %rcx
    6d: 7e11                           jle 0x11
    6f: 498b7e30                       movq 0x30(%r14), %rdi
    73: 493b7e38                       cmpq 0x38(%r14), %rdi
    77: 7c15                           jl 0x15
    79: e911040000                     jmp 0x411
    7e: 6690                           nop
    80: 498b7e30                       movq 0x30(%r14), %rdi
    84: 493b7e38                       cmpq 0x38(%r14), %rdi
    88: 0f8e01040000                   jle 0x401
    8e: 4801f9                         addq %rdi, %rcx
    91: 49894e30                       movq %rcx, 0x30(%r14)
    95: 41f6c301                       testb $0x1, %r11b
    99: 7509                           jne 0x9
    9b: 49ff0b                         decq (%r11)
    9e: 0f8432020000                   je 0x232
    a4: f6c301                         testb $0x1, %bl
    a7: 7503                           jne 0x3
    a9: 48ff03                         incq (%rbx)
    ac: 4c8d1c7d01000000               leaq 0x1(,%rdi,2), %r11
    b4: 40b501                         movb $0x1, %bpl
    b7: 41f6c501                       testb $0x1, %r13b
    bb: 0f8598020000                   jne 0x298
    c1: 49ff4500                       incq (%r13)
    c5: 41837d0803                     cmpl $0x3, 0x8(%r13)
    ca: 0f8589020000                   jne 0x289
    d0: 4801ff                         addq %rdi, %rdi
    d3: 48d1ff                         sarq %rdi
    d6: 0f887d020000                   js 0x27d
    dc: 493b7d30                       cmpq 0x30(%r13), %rdi
    e0: 0f8d73020000                   jge 0x273
    e6: 498b4540                       movq 0x40(%r13), %rax
    ea: 488b34f8                       movq (%rax,%rdi,8), %rsi
    ee: 40f6c601                       testb $0x1, %sil
    f2: 741c                           je 0x1c
    f4: 49ff4d00                       decq (%r13)
    f8: 4d89dc                         movq %r11, %r12
    fb: 741f                           je 0x1f
    fd: 41f6c701                       testb $0x1, %r15b
   101: 742e                           je 0x2e
   103: e97c020000                     jmp 0x27c
   108: 0f1f840000000000               nopl (%rax,%rax)
   110: 48ff06                         incq (%rsi)
   113: 49ff4d00                       decq (%r13)
   117: 4d89dc                         movq %r11, %r12
   11a: 75e1                           jne -0x1f
   11c: 4c89e9                         movq %r13, %rcx
   11f: e800000000                     callq 0x0
        # hole +0x120: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   124: 4d89e3                         movq %r12, %r11
   127: 41f6c701                       testb $0x1, %r15b
   12b: 0f8553020000                   jne 0x253
   131: 49ff07                         incq (%r15)
   134: 41837f0803                     cmpl $0x3, 0x8(%r15)
   139: 0f8545020000                   jne 0x245
   13f: 493b7f30                       cmpq 0x30(%r15), %rdi
   143: 0f8d3b020000                   jge 0x23b
   149: 498b4740                       movq 0x40(%r15), %rax
   14d: 488b04f8                       movq (%rax,%rdi,8), %rax
   151: a801                           testb $0x1, %al
   153: 741b                           je 0x1b
   155: 49ff0f                         decq (%r15)
   158: 741e                           je 0x1e
   15a: 40f6c601                       testb $0x1, %sil
   15e: 488b7c2458                     movq 0x58(%rsp), %rdi
   163: 4889442460                     movq %rax, 0x60(%rsp)
   168: 7433                           je 0x33
   16a: e9be010000                     jmp 0x1be
   16f: 90                             nop
   170: 48ff00                         incq (%rax)
   173: 49ff0f                         decq (%r15)
   176: 75e2                           jne -0x1e
   178: 4889c7                         movq %rax, %rdi
   17b: 4c89f9                         movq %r15, %rcx
   17e: e800000000                     callq 0x0
        # hole +0x17f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   183: 4889f8                         movq %rdi, %rax
   186: 4d89e3                         movq %r12, %r11
   189: 40f6c601                       testb $0x1, %sil
   18d: 488b7c2458                     movq 0x58(%rsp), %rdi
   192: 4889442460                     movq %rax, 0x60(%rsp)
   197: 0f8590010000                   jne 0x190
   19d: 837e0802                       cmpl $0x2, 0x8(%rsi)
   1a1: 0f8586010000                   jne 0x186
   1a7: a801                           testb $0x1, %al
   1a9: 0f857e010000                   jne 0x17e
   1af: 83780802                       cmpl $0x2, 0x8(%rax)
   1b3: 0f8574010000                   jne 0x174
   1b9: f20f107630                     movsd 0x30(%rsi), %xmm6
   1be: f20f597030                     mulsd 0x30(%rax), %xmm6
   1c3: 48ff0e                         decq (%rsi)
   1c6: 0f84e4000000                   je 0xe4
   1cc: 48ff08                         decq (%rax)
   1cf: 0f84f2000000                   je 0xf2
   1d5: 488b4c2468                     movq 0x68(%rsp), %rcx
   1da: 660f28ce                       movapd %xmm6, %xmm1
   1de: e800000000                     callq 0x0
        # hole +0x1df: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1e3: 40b501                         movb $0x1, %bpl
   1e6: 4885c0                         testq %rax, %rax
   1e9: 0f8475030000                   je 0x375
   1ef: f6c301                         testb $0x1, %bl
   1f2: 4d89e3                         movq %r12, %r11
   1f5: 4889442450                     movq %rax, 0x50(%rsp)
   1fa: 0f85c0010000                   jne 0x1c0
   200: 4531c0                         xorl %r8d, %r8d
   203: 837b0802                       cmpl $0x2, 0x8(%rbx)
   207: 0f85b6010000                   jne 0x1b6
   20d: 89c1                           movl %eax, %ecx
   20f: 83e101                         andl $0x1, %ecx
   212: 0f85ab010000                   jne 0x1ab
   218: 83780802                       cmpl $0x2, 0x8(%rax)
   21c: 0f859e010000                   jne 0x19e
   222: f20f107330                     movsd 0x30(%rbx), %xmm6
   227: f20f587030                     addsd 0x30(%rax), %xmm6
   22c: 48ff0b                         decq (%rbx)
   22f: 0f84b7000000                   je 0xb7
   235: 48ff08                         decq (%rax)
   238: 488b742468                     movq 0x68(%rsp), %rsi
   23d: 0f84c5000000                   je 0xc5
   243: 4889f1                         movq %rsi, %rcx
   246: 660f28ce                       movapd %xmm6, %xmm1
   24a: e800000000                     callq 0x0
        # hole +0x24b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   24f: 4885c0                         testq %rax, %rax
   252: 0f8446030000                   je 0x346
   258: 48ff0b                         decq (%rbx)
   25b: 4d89e3                         movq %r12, %r11
   25e: 7511                           jne 0x11
   260: 4889c5                         movq %rax, %rbp
   263: 4889d9                         movq %rbx, %rcx
   266: e800000000                     callq 0x0
        # hole +0x267: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   26b: 4889e8                         movq %rbp, %rax
   26e: 4d89e3                         movq %r12, %r11
   271: 488b4e08                       movq 0x8(%rsi), %rcx
   275: 48ffc1                         incq %rcx
   278: 48894e08                       movq %rcx, 0x8(%rsi)
   27c: 483b4e10                       cmpq 0x10(%rsi), %rcx
   280: 0f8d3f020000                   jge 0x23f
   286: 48833e00                       cmpq $0x0, (%rsi)
   28a: ba28000000                     movl $0x28, %edx
   28f: 0f8573020000                   jne 0x273
   295: 31ed                           xorl %ebp, %ebp
   297: 4c89de                         movq %r11, %rsi
   29a: 4889c3                         movq %rax, %rbx
   29d: 41f6c601                       testb $0x1, %r14b
   2a1: 0f84b4fdffff                   je -0x24c
   2a7: e983020000                     jmp 0x283
   2ac: 0f1f4000                       nopl (%rax)
   2b0: 4889c5                         movq %rax, %rbp
   2b3: 4889f1                         movq %rsi, %rcx
   2b6: e800000000                     callq 0x0
        # hole +0x2b7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2bb: 4889e8                         movq %rbp, %rax
   2be: 48ff08                         decq (%rax)
   2c1: 0f850effffff                   jne -0xf2
   2c7: 488b4c2460                     movq 0x60(%rsp), %rcx
   2cc: e800000000                     callq 0x0
        # hole +0x2cd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2d1: e9fffeffff                     jmp -0x101
   2d6: 4c89d9                         movq %r11, %rcx
   2d9: e800000000                     callq 0x0
        # hole +0x2da: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2de: f6c301                         testb $0x1, %bl
   2e1: 0f84c2fdffff                   je -0x23e
   2e7: e9c0fdffff                     jmp -0x240
   2ec: 4889d9                         movq %rbx, %rcx
   2ef: 4889c6                         movq %rax, %rsi
   2f2: e800000000                     callq 0x0
        # hole +0x2f3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f7: 4889f0                         movq %rsi, %rax
   2fa: 48ff08                         decq (%rax)
   2fd: 488b742468                     movq 0x68(%rsp), %rsi
   302: 0f853bffffff                   jne -0xc5
   308: 488b4c2450                     movq 0x50(%rsp), %rcx
   30d: e800000000                     callq 0x0
        # hole +0x30e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   312: e92cffffff                     jmp -0xd4
   317: 31ed                           xorl %ebp, %ebp
   319: 4d89d3                         movq %r10, %r11
   31c: 4889fb                         movq %rdi, %rbx
   31f: 4531c0                         xorl %r8d, %r8d
   322: 4531f6                         xorl %r14d, %r14d
   325: 4531e4                         xorl %r12d, %r12d
   328: e9c5000000                     jmp 0xc5
   32d: 4531c0                         xorl %r8d, %r8d
   330: 48895c2448                     movq %rbx, 0x48(%rsp)
   335: 4889742450                     movq %rsi, 0x50(%rsp)
   33a: 4c89de                         movq %r11, %rsi
   33d: 41bf0c000000                   movl $0xc, %r15d
   343: 41bd78000000                   movl $0x78, %r13d
   349: 41b601                         movb $0x1, %r14b
   34c: 41b401                         movb $0x1, %r12b
   34f: ba40000000                     movl $0x40, %edx
   354: e989000000                     jmp 0x89
   359: 4531c0                         xorl %r8d, %r8d
   35c: 48895c2448                     movq %rbx, 0x48(%rsp)
   361: 4c896c2450                     movq %r13, 0x50(%rsp)
   366: 4c895c2460                     movq %r11, 0x60(%rsp)
   36b: 41bf08000000                   movl $0x8, %r15d
   371: 41bd50000000                   movl $0x50, %r13d
   377: 41b601                         movb $0x1, %r14b
   37a: 41b401                         movb $0x1, %r12b
   37d: ba40000000                     movl $0x40, %edx
   382: eb2c                           jmp 0x2c
   384: 4531c0                         xorl %r8d, %r8d
   387: 48895c2448                     movq %rbx, 0x48(%rsp)
   38c: 4889742450                     movq %rsi, 0x50(%rsp)
   391: 4c897c2460                     movq %r15, 0x60(%rsp)
   396: 4c89de                         movq %r11, %rsi
   399: 41bf0b000000                   movl $0xb, %r15d
   39f: 41bd6e000000                   movl $0x6e, %r13d
   3a5: 41b601                         movb $0x1, %r14b
   3a8: 4531e4                         xorl %r12d, %r12d
   3ab: ba48000000                     movl $0x48, %edx
   3b0: 488b4c2440                     movq 0x40(%rsp), %rcx
   3b5: 41b901000000                   movl $0x1, %r9d
   3bb: e9f6000000                     jmp 0xf6
   3c0: 4531c0                         xorl %r8d, %r8d
   3c3: 48895c2448                     movq %rbx, 0x48(%rsp)
   3c8: 4c89de                         movq %r11, %rsi
   3cb: 41bf0e000000                   movl $0xe, %r15d
   3d1: 41bd8c000000                   movl $0x8c, %r13d
   3d7: 4531f6                         xorl %r14d, %r14d
   3da: 4531e4                         xorl %r12d, %r12d
   3dd: ba38000000                     movl $0x38, %edx
   3e2: 488b4c2440                     movq 0x40(%rsp), %rcx
   3e7: 41b901000000                   movl $0x1, %r9d
   3ed: 4c8b542438                     movq 0x38(%rsp), %r10
   3f2: 4839fb                         cmpq %rdi, %rbx
   3f5: 750c                           jne 0xc
   3f7: 4d39d3                         cmpq %r10, %r11
   3fa: 7514                           jne 0x14
   3fc: 4084ed                         testb %bpl, %bpl
   3ff: 751c                           jne 0x1c
   401: eb58                           jmp 0x58
   403: 488b7918                       movq 0x18(%rcx), %rdi
   407: 48895f10                       movq %rbx, 0x10(%rdi)
   40b: 4d39d3                         cmpq %r10, %r11
   40e: 74ec                           je -0x14
   410: 488b7918                       movq 0x18(%rcx), %rdi
   414: 4c895f18                       movq %r11, 0x18(%rdi)
   418: 4084ed                         testb %bpl, %bpl
   41b: 743e                           je 0x3e
   41d: 488b7918                       movq 0x18(%rcx), %rdi
   421: 488b442448                     movq 0x48(%rsp), %rax
   426: 48894728                       movq %rax, 0x28(%rdi)
   42a: 4584c0                         testb %r8b, %r8b
   42d: 752c                           jne 0x2c
   42f: 488b4118                       movq 0x18(%rcx), %rax
   433: 488b7c2450                     movq 0x50(%rsp), %rdi
   438: 48897830                       movq %rdi, 0x30(%rax)
   43c: 4584f6                         testb %r14b, %r14b
   43f: 741a                           je 0x1a
   441: 488b4118                       movq 0x18(%rcx), %rax
   445: 488b7c2460                     movq 0x60(%rsp), %rdi
   44a: 48897838                       movq %rdi, 0x38(%rax)
   44e: 4584e4                         testb %r12b, %r12b
   451: 7508                           jne 0x8
   453: 488b4118                       movq 0x18(%rcx), %rax
   457: 48897040                       movq %rsi, 0x40(%rax)
   45b: 48035118                       addq 0x18(%rcx), %rdx
   45f: 488b0500000000                 movq (%rip), %rax
        # hole +0x462: IMAGE_REL_AMD64_REL32 Rel32 data-4
   466: 4c01f8                         addq %r15, %rax
   469: 4c896c2428                     movq %r13, 0x28(%rsp)
   46e: 4889442420                     movq %rax, 0x20(%rsp)
   473: 4c8b442468                     movq 0x68(%rsp), %r8
   478: e800000000                     callq 0x0
        # hole +0x479: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   47d: 4883c470                       addq $0x70, %rsp
   481: 5d                             popq %rbp
   482: c3                             retq
   483: 4889442448                     movq %rax, 0x48(%rsp)
   488: 31ed                           xorl %ebp, %ebp
   48a: e9ab000000                     jmp 0xab
   48f: 4889442448                     movq %rax, 0x48(%rsp)
   494: 41bd14000000                   movl $0x14, %r13d
   49a: 41bf02000000                   movl $0x2, %r15d
   4a0: 41b902000000                   movl $0x2, %r9d
   4a6: 31ed                           xorl %ebp, %ebp
   4a8: 4531c0                         xorl %r8d, %r8d
   4ab: 4531f6                         xorl %r14d, %r14d
   4ae: 4531e4                         xorl %r12d, %r12d
   4b1: 488b4c2440                     movq 0x40(%rsp), %rcx
   4b6: 4c8b542438                     movq 0x38(%rsp), %r10
   4bb: 488b7c2458                     movq 0x58(%rsp), %rdi
   4c0: e92dffffff                     jmp -0xd3
   4c5: 48c70601000000                 movq $0x1, (%rsi)
   4cc: 41bdaa000000                   movl $0xaa, %r13d
   4d2: 41bf11000000                   movl $0x11, %r15d
   4d8: 41b902000000                   movl $0x2, %r9d
   4de: 31ed                           xorl %ebp, %ebp
   4e0: 4889442448                     movq %rax, 0x48(%rsp)
   4e5: 4889c3                         movq %rax, %rbx
   4e8: 4c89de                         movq %r11, %rsi
   4eb: 4531c0                         xorl %r8d, %r8d
   4ee: 4531f6                         xorl %r14d, %r14d
   4f1: 4531e4                         xorl %r12d, %r12d
   4f4: 488b4c2440                     movq 0x40(%rsp), %rcx
   4f9: 4c8b542438                     movq 0x38(%rsp), %r10
   4fe: ba28000000                     movl $0x28, %edx
   503: e9eafeffff                     jmp -0x116
   508: 41bdaa000000                   movl $0xaa, %r13d
   50e: 41bf11000000                   movl $0x11, %r15d
   514: 41b902000000                   movl $0x2, %r9d
   51a: 31ed                           xorl %ebp, %ebp
   51c: 4889442448                     movq %rax, 0x48(%rsp)
   521: 4889c3                         movq %rax, %rbx
   524: 4c89de                         movq %r11, %rsi
   527: 4531c0                         xorl %r8d, %r8d
   52a: 4531f6                         xorl %r14d, %r14d
   52d: eb62                           jmp 0x62
   52f: 4889442448                     movq %rax, 0x48(%rsp)
   534: 4889c3                         movq %rax, %rbx
   537: 4c89de                         movq %r11, %rsi
   53a: 4531c0                         xorl %r8d, %r8d
   53d: 4531f6                         xorl %r14d, %r14d
   540: 4531e4                         xorl %r12d, %r12d
   543: 488b4c2440                     movq 0x40(%rsp), %rcx
   548: 41b901000000                   movl $0x1, %r9d
   54e: 4c8b542438                     movq 0x38(%rsp), %r10
   553: 41bf01000000                   movl $0x1, %r15d
   559: 41bd0a000000                   movl $0xa, %r13d
   55f: e98efeffff                     jmp -0x172
   564: 41bd82000000                   movl $0x82, %r13d
   56a: 41bf0d000000                   movl $0xd, %r15d
   570: 4531f6                         xorl %r14d, %r14d
   573: 48895c2448                     movq %rbx, 0x48(%rsp)
   578: 4889742450                     movq %rsi, 0x50(%rsp)
   57d: 4d89e3                         movq %r12, %r11
   580: ba30000000                     movl $0x30, %edx
   585: 4c89e6                         movq %r12, %rsi
   588: 41b903000000                   movl $0x3, %r9d
   58e: 41b001                         movb $0x1, %r8b
   591: 4531e4                         xorl %r12d, %r12d
   594: 488b4c2440                     movq 0x40(%rsp), %rcx
   599: e94ffeffff                     jmp -0x1b1
   59e: 41bd96000000                   movl $0x96, %r13d
   5a4: 41bf0f000000                   movl $0xf, %r15d
   5aa: 31ed                           xorl %ebp, %ebp
   5ac: 48895c2448                     movq %rbx, 0x48(%rsp)
   5b1: 4d89e3                         movq %r12, %r11
   5b4: 4c89e6                         movq %r12, %rsi
   5b7: 41b903000000                   movl $0x3, %r9d
   5bd: e929ffffff                     jmp -0xd7
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
