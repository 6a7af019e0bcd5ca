# stencil attr_loop for x86_64-unknown-linux-gnu: 1212 code bytes, 0 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d89f7                         movq %r14, %r15
     8: 4c89e7                         movq %r12, %rdi
     b: 498b442418                     movq 0x18(%r12), %rax
    10: 4c8b20                         movq (%rax), %r12
    13: 488b5008                       movq 0x8(%rax), %rdx
    17: 4c8b6818                       movq 0x18(%rax), %r13
    1b: b301                           movb $0x1, %bl
    1d: b901000000                     movl $0x1, %ecx
    22: 41f6c501                       testb $0x1, %r13b
    26: 0f854a020000                   jne 0x24a
    2c: 48897c2418                     movq %rdi, 0x18(%rsp)
    31: 488b5810                       movq 0x10(%rax), %rbx
    35: 4889542410                     movq %rdx, 0x10(%rsp)
    3a: 4889542408                     movq %rdx, 0x8(%rsp)
    3f: 4c897c2420                     movq %r15, 0x20(%rsp)
    44: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
    50: 41837d0804                     cmpl $0x4, 0x8(%r13)
    55: 0f85be020000                   jne 0x2be
    5b: 498b4540                       movq 0x40(%r13), %rax
    5f: 4885c0                         testq %rax, %rax
    62: 7e1c                           jle 0x1c
    64: 4d8b7530                       movq 0x30(%r13), %r14
    68: 4d3b7538                       cmpq 0x38(%r13), %r14
    6c: 7c20                           jl 0x20
    6e: e9c6020000                     jmp 0x2c6
    73: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    80: 4d8b7530                       movq 0x30(%r13), %r14
    84: 4d3b7538                       cmpq 0x38(%r13), %r14
    88: 0f8eab020000                   jle 0x2ab
    8e: 4c01f0                         addq %r14, %rax
    91: 49894530                       movq %rax, 0x30(%r13)
    95: 488b7c2408                     movq 0x8(%rsp), %rdi
    9a: 40f6c701                       testb $0x1, %dil
    9e: 7510                           jne 0x10
    a0: 48ff0f                         decq (%rdi)
    a3: 750b                           jne 0xb
    a5: e800000000                     callq 0x0
        # hole +0xa6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    aa: 660f1f440000                   nopw (%rax,%rax)
    b0: 4a8d047501000000               leaq 0x1(,%r14,2), %rax
    b8: 4889442408                     movq %rax, 0x8(%rsp)
    bd: 41f6c401                       testb $0x1, %r12b
    c1: 0f859e020000                   jne 0x29e
    c7: 49ff0424                       incq (%r12)
    cb: b001                           movb $0x1, %al
    cd: 41837c240807                   cmpl $0x7, 0x8(%r12)
    d3: 0f85ad020000                   jne 0x2ad
    d9: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0xdb: R_X86_64_64 Abs64 operand0[6]+0
    e3: 498b542430                     movq 0x30(%r12), %rdx
    e8: 48394a30                       cmpq %rcx, 0x30(%rdx)
    ec: 0f8594020000                   jne 0x294
    f2: 498b0424                       movq (%r12), %rax
    f6: 48ffc0                         incq %rax
    f9: 49890424                       movq %rax, (%r12)
    fd: 49837c243800                   cmpq $0x0, 0x38(%r12)
   103: 0f840c030000                   je 0x30c
   109: 4d8b7c2440                     movq 0x40(%r12), %r15
   10e: 41f6c701                       testb $0x1, %r15b
   112: 752c                           jne 0x2c
   114: 49ff07                         incq (%r15)
   117: 498b0424                       movq (%r12), %rax
   11b: 48ffc8                         decq %rax
   11e: 49890424                       movq %rax, (%r12)
   122: 7525                           jne 0x25
   124: 4c89e7                         movq %r12, %rdi
   127: e800000000                     callq 0x0
        # hole +0x128: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   12c: 41b601                         movb $0x1, %r14b
   12f: f6c301                         testb $0x1, %bl
   132: 7421                           je 0x21
   134: e99f010000                     jmp 0x19f
   139: 0f1f8000000000                 nopl (%rax)
   140: 48ffc8                         decq %rax
   143: 49890424                       movq %rax, (%r12)
   147: 74db                           je -0x25
   149: 41b601                         movb $0x1, %r14b
   14c: f6c301                         testb $0x1, %bl
   14f: 0f8583010000                   jne 0x183
   155: 48ff03                         incq (%rbx)
   158: 837b0807                       cmpl $0x7, 0x8(%rbx)
   15c: 0f8576010000                   jne 0x176
   162: 488b4330                       movq 0x30(%rbx), %rax
   166: 4883783003                     cmpq $0x3, 0x30(%rax)
   16b: 0f8567010000                   jne 0x167
   171: 48837b3800                     cmpq $0x0, 0x38(%rbx)
   176: 0f84ac020000                   je 0x2ac
   17c: 488b6b40                       movq 0x40(%rbx), %rbp
   180: 40f6c501                       testb $0x1, %bpl
   184: 752a                           jne 0x2a
   186: 48ff4500                       incq (%rbp)
   18a: 48ff0b                         decq (%rbx)
   18d: 7526                           jne 0x26
   18f: 4889df                         movq %rbx, %rdi
   192: e800000000                     callq 0x0
        # hole +0x193: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   197: 41f6c701                       testb $0x1, %r15b
   19b: 48896c2428                     movq %rbp, 0x28(%rsp)
   1a0: 7522                           jne 0x22
   1a2: e94c010000                     jmp 0x14c
   1a7: 660f1f840000000000             nopw (%rax,%rax)
   1b0: 48ff0b                         decq (%rbx)
   1b3: 74da                           je -0x26
   1b5: 41f6c701                       testb $0x1, %r15b
   1b9: 48896c2428                     movq %rbp, 0x28(%rsp)
   1be: 0f842f010000                   je 0x12f
   1c4: 40f6c501                       testb $0x1, %bpl
   1c8: 0f8425010000                   je 0x125
   1ce: 4c89f9                         movq %r15, %rcx
   1d1: 48d1f9                         sarq %rcx
   1d4: 4889e8                         movq %rbp, %rax
   1d7: 48d1f8                         sarq %rax
   1da: 4801c8                         addq %rcx, %rax
   1dd: 4889c1                         movq %rax, %rcx
   1e0: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1ea: 4801d1                         addq %rdx, %rcx
   1ed: 0f8953020000                   jns 0x253
   1f3: 488d2c4501000000               leaq 0x1(,%rax,2), %rbp
   1fb: 41837c240807                   cmpl $0x7, 0x8(%r12)
   201: 0f8597020000                   jne 0x297
   207: 49837c243802                   cmpq $0x2, 0x38(%r12)
   20d: 4c8b7c2420                     movq 0x20(%rsp), %r15
   212: 0f8247020000                   jb 0x247
   218: 498b7c2448                     movq 0x48(%r12), %rdi
   21d: 49896c2448                     movq %rbp, 0x48(%r12)
   222: 40f6c701                       testb $0x1, %dil
   226: 7505                           jne 0x5
   228: 48ff0f                         decq (%rdi)
   22b: 743c                           je 0x3c
   22d: 49ff0c24                       decq (%r12)
   231: 7508                           jne 0x8
   233: 4c89e7                         movq %r12, %rdi
   236: e800000000                     callq 0x0
        # hole +0x237: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   23b: 498b4708                       movq 0x8(%r15), %rax
   23f: 48ffc0                         incq %rax
   242: 49894708                       movq %rax, 0x8(%r15)
   246: 493b4710                       cmpq 0x10(%r15), %rax
   24a: 0f8d55010000                   jge 0x155
   250: 49833f00                       cmpq $0x0, (%r15)
   254: 0f8569010000                   jne 0x169
   25a: 41f6c501                       testb $0x1, %r13b
   25e: 0f84ecfdffff                   je -0x214
   264: e986010000                     jmp 0x186
   269: e800000000                     callq 0x0
        # hole +0x26a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   26e: 49ff0c24                       decq (%r12)
   272: 75c7                           jne -0x39
   274: ebbd                           jmp -0x43
   276: 31c0                           xorl %eax, %eax
   278: 4989d0                         movq %rdx, %r8
   27b: 4531f6                         xorl %r14d, %r14d
   27e: 41b90a000000                   movl $0xa, %r9d
   284: 41ba01000000                   movl $0x1, %r10d
   28a: 41bb20000000                   movl $0x20, %r11d
   290: 488b7718                       movq 0x18(%rdi), %rsi
   294: 4939d0                         cmpq %rdx, %r8
   297: 7404                           je 0x4
   299: 4c894608                       movq %r8, 0x8(%rsi)
   29d: 84db                           testb %bl, %bl
   29f: 751a                           jne 0x1a
   2a1: 48896e20                       movq %rbp, 0x20(%rsi)
   2a5: 84c0                           testb %al, %al
   2a7: 7512                           jne 0x12
   2a9: 4c896628                       movq %r12, 0x28(%rsi)
   2ad: 4584f6                         testb %r14b, %r14b
   2b0: 7409                           je 0x9
   2b2: 488b442428                     movq 0x28(%rsp), %rax
   2b7: 48894630                       movq %rax, 0x30(%rsi)
   2bb: 4c01de                         addq %r11, %rsi
   2be: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2c0: R_X86_64_64 Abs64 index+0
   2c8: 4d01d0                         addq %r10, %r8
   2cb: 4c89fa                         movq %r15, %rdx
   2ce: 4883c430                       addq $0x30, %rsp
   2d2: 5d                             popq %rbp
   2d3: e900000000                     jmp 0x0
        # hole +0x2d4: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   2d8: 4c89e5                         movq %r12, %rbp
   2db: 4d89fc                         movq %r15, %r12
   2de: 48895c2428                     movq %rbx, 0x28(%rsp)
   2e3: 31db                           xorl %ebx, %ebx
   2e5: 41ba0a000000                   movl $0xa, %r10d
   2eb: 41b964000000                   movl $0x64, %r9d
   2f1: eb14                           jmp 0x14
   2f3: 31db                           xorl %ebx, %ebx
   2f5: 4c89e5                         movq %r12, %rbp
   2f8: 4d89fc                         movq %r15, %r12
   2fb: 41ba0c000000                   movl $0xc, %r10d
   301: 41b978000000                   movl $0x78, %r9d
   307: 31c0                           xorl %eax, %eax
   309: 41bb38000000                   movl $0x38, %r11d
   30f: 4c8b7c2420                     movq 0x20(%rsp), %r15
   314: e95f010000                     jmp 0x15f
   319: 31c0                           xorl %eax, %eax
   31b: 4531f6                         xorl %r14d, %r14d
   31e: 488b7c2418                     movq 0x18(%rsp), %rdi
   323: b901000000                     movl $0x1, %ecx
   328: 488b542410                     movq 0x10(%rsp), %rdx
   32d: 4c8b442408                     movq 0x8(%rsp), %r8
   332: b301                           movb $0x1, %bl
   334: e945ffffff                     jmp -0xbb
   339: 41b914000000                   movl $0x14, %r9d
   33f: 41ba02000000                   movl $0x2, %r10d
   345: b902000000                     movl $0x2, %ecx
   34a: 31c0                           xorl %eax, %eax
   34c: 4531f6                         xorl %r14d, %r14d
   34f: 488b7c2418                     movq 0x18(%rsp), %rdi
   354: 488b542410                     movq 0x10(%rsp), %rdx
   359: 4c8b442408                     movq 0x8(%rsp), %r8
   35e: b301                           movb $0x1, %bl
   360: e925ffffff                     jmp -0xdb
   365: 41bb28000000                   movl $0x28, %r11d
   36b: b001                           movb $0x1, %al
   36d: 41b93c000000                   movl $0x3c, %r9d
   373: 41ba06000000                   movl $0x6, %r10d
   379: 31db                           xorl %ebx, %ebx
   37b: 4c89e5                         movq %r12, %rbp
   37e: 4531f6                         xorl %r14d, %r14d
   381: e9f2000000                     jmp 0xf2
   386: 31db                           xorl %ebx, %ebx
   388: 4c89e5                         movq %r12, %rbp
   38b: 41ba06000000                   movl $0x6, %r10d
   391: 41b93c000000                   movl $0x3c, %r9d
   397: 4531f6                         xorl %r14d, %r14d
   39a: 41bb28000000                   movl $0x28, %r11d
   3a0: e9d3000000                     jmp 0xd3
   3a5: 49c70701000000                 movq $0x1, (%r15)
   3ac: b301                           movb $0x1, %bl
   3ae: 41b9a0000000                   movl $0xa0, %r9d
   3b4: 41ba10000000                   movl $0x10, %r10d
   3ba: b902000000                     movl $0x2, %ecx
   3bf: 31c0                           xorl %eax, %eax
   3c1: eb15                           jmp 0x15
   3c3: 41b9a0000000                   movl $0xa0, %r9d
   3c9: 41ba10000000                   movl $0x10, %r10d
   3cf: b902000000                     movl $0x2, %ecx
   3d4: 31c0                           xorl %eax, %eax
   3d6: b301                           movb $0x1, %bl
   3d8: 4531f6                         xorl %r14d, %r14d
   3db: 488b7c2418                     movq 0x18(%rsp), %rdi
   3e0: 488b542410                     movq 0x10(%rsp), %rdx
   3e5: 4c8b442408                     movq 0x8(%rsp), %r8
   3ea: e99bfeffff                     jmp -0x165
   3ef: 41b90a000000                   movl $0xa, %r9d
   3f5: 31c0                           xorl %eax, %eax
   3f7: b301                           movb $0x1, %bl
   3f9: 4531f6                         xorl %r14d, %r14d
   3fc: 488b7c2418                     movq 0x18(%rsp), %rdi
   401: b901000000                     movl $0x1, %ecx
   406: 488b542410                     movq 0x10(%rsp), %rdx
   40b: 4c8b442408                     movq 0x8(%rsp), %r8
   410: e96ffeffff                     jmp -0x191
   415: 41b950000000                   movl $0x50, %r9d
   41b: 41ba08000000                   movl $0x8, %r10d
   421: 31db                           xorl %ebx, %ebx
   423: 4c89e5                         movq %r12, %rbp
   426: eb45                           jmp 0x45
   428: 41b96e000000                   movl $0x6e, %r9d
   42e: 41ba0b000000                   movl $0xb, %r10d
   434: 4c89e5                         movq %r12, %rbp
   437: 4d89fc                         movq %r15, %r12
   43a: 48895c2428                     movq %rbx, 0x28(%rsp)
   43f: 31db                           xorl %ebx, %ebx
   441: e9c1feffff                     jmp -0x13f
   446: 41b982000000                   movl $0x82, %r9d
   44c: 41ba0d000000                   movl $0xd, %r10d
   452: 31db                           xorl %ebx, %ebx
   454: 4c89e5                         movq %r12, %rbp
   457: 4d89fc                         movq %r15, %r12
   45a: e9a8feffff                     jmp -0x158
   45f: 31db                           xorl %ebx, %ebx
   461: 41ba0f000000                   movl $0xf, %r10d
   467: 41b996000000                   movl $0x96, %r9d
   46d: 31c0                           xorl %eax, %eax
   46f: 4531f6                         xorl %r14d, %r14d
   472: 41bb30000000                   movl $0x30, %r11d
   478: 488b7c2418                     movq 0x18(%rsp), %rdi
   47d: b901000000                     movl $0x1, %ecx
   482: 488b542410                     movq 0x10(%rsp), %rdx
   487: 4c8b442408                     movq 0x8(%rsp), %r8
   48c: 488b7718                       movq 0x18(%rdi), %rsi
   490: 4939d0                         cmpq %rdx, %r8
   493: 0f8500feffff                   jne -0x200
   499: e9fffdffff                     jmp -0x201
   49e: 31db                           xorl %ebx, %ebx
   4a0: 41ba0f000000                   movl $0xf, %r10d
   4a6: 41b996000000                   movl $0x96, %r9d
   4ac: 31c0                           xorl %eax, %eax
   4ae: 4531f6                         xorl %r14d, %r14d
   4b1: 41bb30000000                   movl $0x30, %r11d
   4b7: e953feffff                     jmp -0x1ad
