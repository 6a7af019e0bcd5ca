# stencil dot_product_float for x86_64-unknown-linux-gnu: 1121 code bytes, 0 data bytes, 14 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 4c89642418                     movq %r12, 0x18(%rsp)
     a: 498d6d10                       leaq 0x10(%r13), %rbp
     e: 4d8d6508                       leaq 0x8(%r13), %r12
    12: 498d4518                       leaq 0x18(%r13), %rax
    16: 4889442408                     movq %rax, 0x8(%rsp)
    1b: 498b45f8                       movq -0x8(%r13), %rax
    1f: 41b90a000000                   movl $0xa, %r9d
    25: b901000000                     movl $0x1, %ecx
    2a: bb01000000                     movl $0x1, %ebx
    2f: a801                           testb $0x1, %al
    31: 0f8599030000                   jne 0x399
    37: 83780804                       cmpl $0x4, 0x8(%rax)
    3b: 0f858f030000                   jne 0x38f
    41: 488b4840                       movq 0x40(%rax), %rcx
    45: 488b5030                       movq 0x30(%rax), %rdx
    49: 488b7038                       movq 0x38(%rax), %rsi
    4d: 4885c9                         testq %rcx, %rcx
    50: 7e0e                           jle 0xe
    52: 4839f2                         cmpq %rsi, %rdx
    55: 7c12                           jl 0x12
    57: e9b0030000                     jmp 0x3b0
    5c: 0f1f4000                       nopl (%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8ea3030000                   jle 0x3a3
    69: 4801d1                         addq %rdx, %rcx
    6c: 48894830                       movq %rcx, 0x30(%rax)
    70: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    78: 49894d00                       movq %rcx, (%r13)
    7c: 488b442418                     movq 0x18(%rsp), %rax
    81: 488b4018                       movq 0x18(%rax), %rax
    85: 488b7818                       movq 0x18(%rax), %rdi
    89: 48894818                       movq %rcx, 0x18(%rax)
    8d: 40f6c701                       testb $0x1, %dil
    91: 7509                           jne 0x9
    93: 48ff0f                         decq (%rdi)
    96: 0f8465020000                   je 0x265
    9c: 488b4810                       movq 0x10(%rax), %rcx
    a0: f6c101                         testb $0x1, %cl
    a3: 0f8577020000                   jne 0x277
    a9: 48ff01                         incq (%rcx)
    ac: 49894d00                       movq %rcx, (%r13)
    b0: 488b38                         movq (%rax), %rdi
    b3: 40f6c701                       testb $0x1, %dil
    b7: 0f8474020000                   je 0x274
    bd: 49893c24                       movq %rdi, (%r12)
    c1: 488b5018                       movq 0x18(%rax), %rdx
    c5: f6c201                         testb $0x1, %dl
    c8: 7507                           jne 0x7
    ca: 48ff02                         incq (%rdx)
    cd: 498b3c24                       movq (%r12), %rdi
    d1: 48895500                       movq %rdx, (%rbp)
    d5: 41b950000000                   movl $0x50, %r9d
    db: b908000000                     movl $0x8, %ecx
    e0: 40f6c701                       testb $0x1, %dil
    e4: 0f850a030000                   jne 0x30a
    ea: f6c201                         testb $0x1, %dl
    ed: 0f8401030000                   je 0x301
    f3: 837f0803                       cmpl $0x3, 0x8(%rdi)
    f7: 0f85f7020000                   jne 0x2f7
    fd: 48d1fa                         sarq %rdx
   100: 0f88ee020000                   js 0x2ee
   106: 483b5730                       cmpq 0x30(%rdi), %rdx
   10a: 0f8de4020000                   jge 0x2e4
   110: 488b4f40                       movq 0x40(%rdi), %rcx
   114: 4c8b3cd1                       movq (%rcx,%rdx,8), %r15
   118: 41f6c701                       testb $0x1, %r15b
   11c: 7562                           jne 0x62
   11e: 49ff07                         incq (%r15)
   121: 48ff0f                         decq (%rdi)
   124: 755f                           jne 0x5f
   126: e800000000                     callq 0x0
        # hole +0x127: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   12b: 488b442418                     movq 0x18(%rsp), %rax
   130: 488b4018                       movq 0x18(%rax), %rax
   134: 4d893c24                       movq %r15, (%r12)
   138: 488b7808                       movq 0x8(%rax), %rdi
   13c: 40f6c701                       testb $0x1, %dil
   140: 7451                           je 0x51
   142: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   150: 48897d00                       movq %rdi, (%rbp)
   154: 488b4018                       movq 0x18(%rax), %rax
   158: a801                           testb $0x1, %al
   15a: 7546                           jne 0x46
   15c: 48ff00                         incq (%rax)
   15f: 488b7d00                       movq (%rbp), %rdi
   163: 488b4c2408                     movq 0x8(%rsp), %rcx
   168: 488901                         movq %rax, (%rcx)
   16b: 40f6c701                       testb $0x1, %dil
   16f: 7443                           je 0x43
   171: e985020000                     jmp 0x285
   176: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   180: 48ff0f                         decq (%rdi)
   183: 74a1                           je -0x5f
   185: 4d893c24                       movq %r15, (%r12)
   189: 488b7808                       movq 0x8(%rax), %rdi
   18d: 40f6c701                       testb $0x1, %dil
   191: 75bd                           jne -0x43
   193: 48ff07                         incq (%rdi)
   196: 48897d00                       movq %rdi, (%rbp)
   19a: 488b4018                       movq 0x18(%rax), %rax
   19e: a801                           testb $0x1, %al
   1a0: 74ba                           je -0x46
   1a2: 488b4c2408                     movq 0x8(%rsp), %rcx
   1a7: 488901                         movq %rax, (%rcx)
   1aa: 40f6c701                       testb $0x1, %dil
   1ae: 0f8547020000                   jne 0x247
   1b4: a801                           testb $0x1, %al
   1b6: 0f843f020000                   je 0x23f
   1bc: 837f0803                       cmpl $0x3, 0x8(%rdi)
   1c0: 0f8535020000                   jne 0x235
   1c6: 48d1f8                         sarq %rax
   1c9: 0f882c020000                   js 0x22c
   1cf: 483b4730                       cmpq 0x30(%rdi), %rax
   1d3: 0f8d22020000                   jge 0x222
   1d9: 488b4f40                       movq 0x40(%rdi), %rcx
   1dd: 4c8b3cc1                       movq (%rcx,%rax,8), %r15
   1e1: 41f6c701                       testb $0x1, %r15b
   1e5: 7503                           jne 0x3
   1e7: 49ff07                         incq (%r15)
   1ea: 48ff0f                         decq (%rdi)
   1ed: 7505                           jne 0x5
   1ef: e800000000                     callq 0x0
        # hole +0x1f0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1f4: 4c897d00                       movq %r15, (%rbp)
   1f8: 498b3c24                       movq (%r12), %rdi
   1fc: 41b978000000                   movl $0x78, %r9d
   202: b90c000000                     movl $0xc, %ecx
   207: 40f6c701                       testb $0x1, %dil
   20b: 0f85e3010000                   jne 0x1e3
   211: 837f0802                       cmpl $0x2, 0x8(%rdi)
   215: 0f85d9010000                   jne 0x1d9
   21b: 41f6c701                       testb $0x1, %r15b
   21f: 0f85cf010000                   jne 0x1cf
   225: 41837f0802                     cmpl $0x2, 0x8(%r15)
   22a: 0f85c4010000                   jne 0x1c4
   230: f20f104730                     movsd 0x30(%rdi), %xmm0
   235: f2410f594730                   mulsd 0x30(%r15), %xmm0
   23b: 48ff0f                         decq (%rdi)
   23e: 7420                           je 0x20
   240: 49ff0f                         decq (%r15)
   243: 7431                           je 0x31
   245: 4c89f7                         movq %r14, %rdi
   248: e800000000                     callq 0x0
        # hole +0x249: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   24d: 4885c0                         testq %rax, %rax
   250: 7549                           jne 0x49
   252: e9e0010000                     jmp 0x1e0
   257: 660f1f840000000000             nopw (%rax,%rax)
   260: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   266: e800000000                     callq 0x0
        # hole +0x267: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   26b: f20f10442410                   movsd 0x10(%rsp), %xmm0
   271: 49ff0f                         decq (%r15)
   274: 75cf                           jne -0x31
   276: 4c89ff                         movq %r15, %rdi
   279: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   27f: e800000000                     callq 0x0
        # hole +0x280: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   284: f20f10442410                   movsd 0x10(%rsp), %xmm0
   28a: 4c89f7                         movq %r14, %rdi
   28d: e800000000                     callq 0x0
        # hole +0x28e: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   292: 4885c0                         testq %rax, %rax
   295: 0f849c010000                   je 0x19c
   29b: 49894508                       movq %rax, 0x8(%r13)
   29f: 498b7d00                       movq (%r13), %rdi
   2a3: 41b98c000000                   movl $0x8c, %r9d
   2a9: b90e000000                     movl $0xe, %ecx
   2ae: 40f6c701                       testb $0x1, %dil
   2b2: 0f8515010000                   jne 0x115
   2b8: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2bc: 0f850b010000                   jne 0x10b
   2c2: 89c2                           movl %eax, %edx
   2c4: 83e201                         andl $0x1, %edx
   2c7: 0f8500010000                   jne 0x100
   2cd: 83780802                       cmpl $0x2, 0x8(%rax)
   2d1: 0f85f6000000                   jne 0xf6
   2d7: f20f104730                     movsd 0x30(%rdi), %xmm0
   2dc: f20f584030                     addsd 0x30(%rax), %xmm0
   2e1: 48ff0f                         decq (%rdi)
   2e4: 7464                           je 0x64
   2e6: 48ff08                         decq (%rax)
   2e9: 747b                           je 0x7b
   2eb: 4c89f7                         movq %r14, %rdi
   2ee: e800000000                     callq 0x0
        # hole +0x2ef: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2f3: 4885c0                         testq %rax, %rax
   2f6: 0f858f000000                   jne 0x8f
   2fc: e94b010000                     jmp 0x14b
   301: e800000000                     callq 0x0
        # hole +0x302: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   306: 488b442418                     movq 0x18(%rsp), %rax
   30b: 488b4018                       movq 0x18(%rax), %rax
   30f: 488b4810                       movq 0x10(%rax), %rcx
   313: f6c101                         testb $0x1, %cl
   316: 0f848dfdffff                   je -0x273
   31c: 0f1f4000                       nopl (%rax)
   320: 49894d00                       movq %rcx, (%r13)
   324: 488b38                         movq (%rax), %rdi
   327: 40f6c701                       testb $0x1, %dil
   32b: 0f858cfdffff                   jne -0x274
   331: 48ff07                         incq (%rdi)
   334: 49893c24                       movq %rdi, (%r12)
   338: 488b5018                       movq 0x18(%rax), %rdx
   33c: f6c201                         testb $0x1, %dl
   33f: 0f8485fdffff                   je -0x27b
   345: e987fdffff                     jmp -0x279
   34a: 4889c3                         movq %rax, %rbx
   34d: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   353: e800000000                     callq 0x0
        # hole +0x354: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   358: f20f10442410                   movsd 0x10(%rsp), %xmm0
   35e: 4889d8                         movq %rbx, %rax
   361: 48ff08                         decq (%rax)
   364: 7585                           jne -0x7b
   366: 4889c7                         movq %rax, %rdi
   369: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   36f: e800000000                     callq 0x0
        # hole +0x370: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   374: f20f10442410                   movsd 0x10(%rsp), %xmm0
   37a: 4c89f7                         movq %r14, %rdi
   37d: e800000000                     callq 0x0
        # hole +0x37e: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   382: 4885c0                         testq %rax, %rax
   385: 0f84c1000000                   je 0xc1
   38b: 49894500                       movq %rax, (%r13)
   38f: 488b4c2418                     movq 0x18(%rsp), %rcx
   394: 488b4918                       movq 0x18(%rcx), %rcx
   398: 488b7910                       movq 0x10(%rcx), %rdi
   39c: 48894110                       movq %rax, 0x10(%rcx)
   3a0: 40f6c701                       testb $0x1, %dil
   3a4: 750a                           jne 0xa
   3a6: 48ff0f                         decq (%rdi)
   3a9: 7505                           jne 0x5
   3ab: e800000000                     callq 0x0
        # hole +0x3ac: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3b0: 498b4608                       movq 0x8(%r14), %rax
   3b4: 48ffc0                         incq %rax
   3b7: 49894608                       movq %rax, 0x8(%r14)
   3bb: 493b4610                       cmpq 0x10(%r14), %rax
   3bf: 7d5d                           jge 0x5d
   3c1: 49833e00                       cmpq $0x0, (%r14)
   3c5: 0f8450fcffff                   je -0x3b0
   3cb: eb58                           jmp 0x58
   3cd: 4989ed                         movq %rbp, %r13
   3d0: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3d2: R_X86_64_64 Abs64 index+0
   3da: 4901c8                         addq %rcx, %r8
   3dd: 488b7c2418                     movq 0x18(%rsp), %rdi
   3e2: 4c89ee                         movq %r13, %rsi
   3e5: 4c89f2                         movq %r14, %rdx
   3e8: 89d9                           movl %ebx, %ecx
   3ea: 4883c420                       addq $0x20, %rsp
   3ee: 5d                             popq %rbp
   3ef: e900000000                     jmp 0x0
        # hole +0x3f0: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   3f4: 4c8b6c2408                     movq 0x8(%rsp), %r13
   3f9: ebd5                           jmp -0x2b
   3fb: 4983c520                       addq $0x20, %r13
   3ff: 41b96e000000                   movl $0x6e, %r9d
   405: b90b000000                     movl $0xb, %ecx
   40a: ebc4                           jmp -0x3c
   40c: 41b914000000                   movl $0x14, %r9d
   412: b902000000                     movl $0x2, %ecx
   417: bb02000000                     movl $0x2, %ebx
   41c: ebb2                           jmp -0x4e
   41e: 49c70601000000                 movq $0x1, (%r14)
   425: 41b9aa000000                   movl $0xaa, %r9d
   42b: b911000000                     movl $0x11, %ecx
   430: bb02000000                     movl $0x2, %ebx
   435: eb99                           jmp -0x67
   437: 41b982000000                   movl $0x82, %r9d
   43d: b90d000000                     movl $0xd, %ecx
   442: 4d89e5                         movq %r12, %r13
   445: bb03000000                     movl $0x3, %ebx
   44a: eb84                           jmp -0x7c
   44c: 41b996000000                   movl $0x96, %r9d
   452: b90f000000                     movl $0xf, %ecx
   457: bb03000000                     movl $0x3, %ebx
   45c: e96fffffff                     jmp -0x91
