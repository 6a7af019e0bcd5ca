# stencil dot_product_float for x86_64-unknown-linux-gnu: 1115 code bytes, 0 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89642418                     movq %r12, 0x18(%rsp)
     a: 49bf0800000002000000           movabsq $0x200000008, %r15
    14: 4d8d6510                       leaq 0x10(%r13), %r12
    18: 498d5d08                       leaq 0x8(%r13), %rbx
    1c: 498d4518                       leaq 0x18(%r13), %rax
    20: 4889442408                     movq %rax, 0x8(%rsp)
    25: 498d47f9                       leaq -0x7(%r15), %rax
    29: 4889442428                     movq %rax, 0x28(%rsp)
    2e: 498d47fa                       leaq -0x6(%r15), %rax
    32: 4889442420                     movq %rax, 0x20(%rsp)
    37: 498b45f8                       movq -0x8(%r13), %rax
    3b: 41b90a000000                   movl $0xa, %r9d
    41: a801                           testb $0x1, %al
    43: 0f85b8030000                   jne 0x3b8
    49: 83780804                       cmpl $0x4, 0x8(%rax)
    4d: 0f85ae030000                   jne 0x3ae
    53: 488b4840                       movq 0x40(%rax), %rcx
    57: 488b5030                       movq 0x30(%rax), %rdx
    5b: 488b7038                       movq 0x38(%rax), %rsi
    5f: 4885c9                         testq %rcx, %rcx
    62: 7e0c                           jle 0xc
    64: 4839f2                         cmpq %rsi, %rdx
    67: 7c10                           jl 0x10
    69: e99a030000                     jmp 0x39a
    6e: 6690                           nop
    70: 4839f2                         cmpq %rsi, %rdx
    73: 0f8e8f030000                   jle 0x38f
    79: 4801d1                         addq %rdx, %rcx
    7c: 48894830                       movq %rcx, 0x30(%rax)
    80: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    88: 49894d00                       movq %rcx, (%r13)
    8c: 488b442418                     movq 0x18(%rsp), %rax
    91: 488b4018                       movq 0x18(%rax), %rax
    95: 488b7818                       movq 0x18(%rax), %rdi
    99: 48894818                       movq %rcx, 0x18(%rax)
    9d: 40f6c701                       testb $0x1, %dil
    a1: 7505                           jne 0x5
    a3: 48ff0f                         decq (%rdi)
    a6: 7437                           je 0x37
    a8: 488b4810                       movq 0x10(%rax), %rcx
    ac: f6c101                         testb $0x1, %cl
    af: 744f                           je 0x4f
    b1: 49894d00                       movq %rcx, (%r13)
    b5: 488b38                         movq (%rax), %rdi
    b8: 40f6c701                       testb $0x1, %dil
    bc: 7452                           je 0x52
    be: 48893b                         movq %rdi, (%rbx)
    c1: 488b4818                       movq 0x18(%rax), %rcx
    c5: f6c101                         testb $0x1, %cl
    c8: 7455                           je 0x55
    ca: 49890c24                       movq %rcx, (%r12)
    ce: 41b950000000                   movl $0x50, %r9d
    d4: 40f6c701                       testb $0x1, %dil
    d8: 745f                           je 0x5f
    da: e908030000                     jmp 0x308
    df: e800000000                     callq 0x0
        # hole +0xe0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    e4: 488b442418                     movq 0x18(%rsp), %rax
    e9: 488b4018                       movq 0x18(%rax), %rax
    ed: 488b4810                       movq 0x10(%rax), %rcx
    f1: f6c101                         testb $0x1, %cl
    f4: 75bb                           jne -0x45
    f6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   100: 48ff01                         incq (%rcx)
   103: 49894d00                       movq %rcx, (%r13)
   107: 488b38                         movq (%rax), %rdi
   10a: 40f6c701                       testb $0x1, %dil
   10e: 75ae                           jne -0x52
   110: 48ff07                         incq (%rdi)
   113: 48893b                         movq %rdi, (%rbx)
   116: 488b4818                       movq 0x18(%rax), %rcx
   11a: f6c101                         testb $0x1, %cl
   11d: 75ab                           jne -0x55
   11f: 48ff01                         incq (%rcx)
   122: 488b3b                         movq (%rbx), %rdi
   125: 49890c24                       movq %rcx, (%r12)
   129: 41b950000000                   movl $0x50, %r9d
   12f: 40f6c701                       testb $0x1, %dil
   133: 0f85ae020000                   jne 0x2ae
   139: f6c101                         testb $0x1, %cl
   13c: 0f84a5020000                   je 0x2a5
   142: 837f0803                       cmpl $0x3, 0x8(%rdi)
   146: 0f859b020000                   jne 0x29b
   14c: 48d1f9                         sarq %rcx
   14f: 0f8892020000                   js 0x292
   155: 483b4f30                       cmpq 0x30(%rdi), %rcx
   159: 0f8d88020000                   jge 0x288
   15f: 488b5740                       movq 0x40(%rdi), %rdx
   163: 488b2cca                       movq (%rdx,%rcx,8), %rbp
   167: 40f6c501                       testb $0x1, %bpl
   16b: 7433                           je 0x33
   16d: 48ff0f                         decq (%rdi)
   170: 7437                           je 0x37
   172: 48892b                         movq %rbp, (%rbx)
   175: 488b7808                       movq 0x8(%rax), %rdi
   179: 40f6c701                       testb $0x1, %dil
   17d: 7445                           je 0x45
   17f: 49893c24                       movq %rdi, (%r12)
   183: 488b4018                       movq 0x18(%rax), %rax
   187: a801                           testb $0x1, %al
   189: 7448                           je 0x48
   18b: 488b4c2408                     movq 0x8(%rsp), %rcx
   190: 488901                         movq %rax, (%rcx)
   193: 40f6c701                       testb $0x1, %dil
   197: 7453                           je 0x53
   199: e950020000                     jmp 0x250
   19e: 6690                           nop
   1a0: 48ff4500                       incq (%rbp)
   1a4: 48ff0f                         decq (%rdi)
   1a7: 75c9                           jne -0x37
   1a9: e800000000                     callq 0x0
        # hole +0x1aa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1ae: 488b442418                     movq 0x18(%rsp), %rax
   1b3: 488b4018                       movq 0x18(%rax), %rax
   1b7: 48892b                         movq %rbp, (%rbx)
   1ba: 488b7808                       movq 0x8(%rax), %rdi
   1be: 40f6c701                       testb $0x1, %dil
   1c2: 75bb                           jne -0x45
   1c4: 48ff07                         incq (%rdi)
   1c7: 49893c24                       movq %rdi, (%r12)
   1cb: 488b4018                       movq 0x18(%rax), %rax
   1cf: a801                           testb $0x1, %al
   1d1: 75b8                           jne -0x48
   1d3: 48ff00                         incq (%rax)
   1d6: 498b3c24                       movq (%r12), %rdi
   1da: 488b4c2408                     movq 0x8(%rsp), %rcx
   1df: 488901                         movq %rax, (%rcx)
   1e2: 40f6c701                       testb $0x1, %dil
   1e6: 0f8502020000                   jne 0x202
   1ec: a801                           testb $0x1, %al
   1ee: 0f84fa010000                   je 0x1fa
   1f4: 837f0803                       cmpl $0x3, 0x8(%rdi)
   1f8: 0f85f0010000                   jne 0x1f0
   1fe: 48d1f8                         sarq %rax
   201: 0f88e7010000                   js 0x1e7
   207: 483b4730                       cmpq 0x30(%rdi), %rax
   20b: 0f8ddd010000                   jge 0x1dd
   211: 488b4f40                       movq 0x40(%rdi), %rcx
   215: 488b2cc1                       movq (%rcx,%rax,8), %rbp
   219: 40f6c501                       testb $0x1, %bpl
   21d: 7504                           jne 0x4
   21f: 48ff4500                       incq (%rbp)
   223: 48ff0f                         decq (%rdi)
   226: 7505                           jne 0x5
   228: e800000000                     callq 0x0
        # hole +0x229: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   22d: 49892c24                       movq %rbp, (%r12)
   231: 488b3b                         movq (%rbx), %rdi
   234: 498d4704                       leaq 0x4(%r15), %rax
   238: 41b978000000                   movl $0x78, %r9d
   23e: 40f6c701                       testb $0x1, %dil
   242: 0f8595010000                   jne 0x195
   248: 837f0802                       cmpl $0x2, 0x8(%rdi)
   24c: 0f858b010000                   jne 0x18b
   252: 40f6c501                       testb $0x1, %bpl
   256: 0f8581010000                   jne 0x181
   25c: 837d0802                       cmpl $0x2, 0x8(%rbp)
   260: 0f8577010000                   jne 0x177
   266: f20f104730                     movsd 0x30(%rdi), %xmm0
   26b: f20f594530                     mulsd 0x30(%rbp), %xmm0
   270: 48ff0f                         decq (%rdi)
   273: 741b                           je 0x1b
   275: 48ff4d00                       decq (%rbp)
   279: 742c                           je 0x2c
   27b: 4c89f7                         movq %r14, %rdi
   27e: e800000000                     callq 0x0
        # hole +0x27f: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   283: 4885c0                         testq %rax, %rax
   286: 7544                           jne 0x44
   288: e9a8010000                     jmp 0x1a8
   28d: 0f1f00                         nopl (%rax)
   290: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   296: e800000000                     callq 0x0
        # hole +0x297: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   29b: f20f10442410                   movsd 0x10(%rsp), %xmm0
   2a1: 48ff4d00                       decq (%rbp)
   2a5: 75d4                           jne -0x2c
   2a7: 4889ef                         movq %rbp, %rdi
   2aa: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   2b0: e800000000                     callq 0x0
        # hole +0x2b1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2b5: f20f10442410                   movsd 0x10(%rsp), %xmm0
   2bb: 4c89f7                         movq %r14, %rdi
   2be: e800000000                     callq 0x0
        # hole +0x2bf: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2c3: 4885c0                         testq %rax, %rax
   2c6: 0f8469010000                   je 0x169
   2cc: 49894508                       movq %rax, 0x8(%r13)
   2d0: 498b7d00                       movq (%r13), %rdi
   2d4: 498d4f06                       leaq 0x6(%r15), %rcx
   2d8: 41b98c000000                   movl $0x8c, %r9d
   2de: 40f6c701                       testb $0x1, %dil
   2e2: 0f85d5000000                   jne 0xd5
   2e8: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2ec: 0f85cb000000                   jne 0xcb
   2f2: 89c2                           movl %eax, %edx
   2f4: 83e201                         andl $0x1, %edx
   2f7: 0f85c0000000                   jne 0xc0
   2fd: 83780802                       cmpl $0x2, 0x8(%rax)
   301: 0f85b6000000                   jne 0xb6
   307: f20f104730                     movsd 0x30(%rdi), %xmm0
   30c: f20f584030                     addsd 0x30(%rax), %xmm0
   311: 48ff0f                         decq (%rdi)
   314: 7417                           je 0x17
   316: 48ff08                         decq (%rax)
   319: 742e                           je 0x2e
   31b: 4c89f7                         movq %r14, %rdi
   31e: e800000000                     callq 0x0
        # hole +0x31f: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   323: 4885c0                         testq %rax, %rax
   326: 7546                           jne 0x46
   328: e917010000                     jmp 0x117
   32d: 4889c5                         movq %rax, %rbp
   330: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   336: e800000000                     callq 0x0
        # hole +0x337: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   33b: f20f10442410                   movsd 0x10(%rsp), %xmm0
   341: 4889e8                         movq %rbp, %rax
   344: 48ff08                         decq (%rax)
   347: 75d2                           jne -0x2e
   349: 4889c7                         movq %rax, %rdi
   34c: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   352: e800000000                     callq 0x0
        # hole +0x353: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   357: f20f10442410                   movsd 0x10(%rsp), %xmm0
   35d: 4c89f7                         movq %r14, %rdi
   360: e800000000                     callq 0x0
        # hole +0x361: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   365: 4885c0                         testq %rax, %rax
   368: 0f84d6000000                   je 0xd6
   36e: 49894500                       movq %rax, (%r13)
   372: 488b4c2418                     movq 0x18(%rsp), %rcx
   377: 488b4918                       movq 0x18(%rcx), %rcx
   37b: 488b7910                       movq 0x10(%rcx), %rdi
   37f: 48894110                       movq %rax, 0x10(%rcx)
   383: 40f6c701                       testb $0x1, %dil
   387: 7517                           jne 0x17
   389: 48ff0f                         decq (%rdi)
   38c: 7512                           jne 0x12
   38e: e800000000                     callq 0x0
        # hole +0x38f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   393: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   3a0: 498b4608                       movq 0x8(%r14), %rax
   3a4: 48ffc0                         incq %rax
   3a7: 49894608                       movq %rax, 0x8(%r14)
   3ab: 493b4610                       cmpq 0x10(%r14), %rax
   3af: 7d69                           jge 0x69
   3b1: 49833e00                       cmpq $0x0, (%r14)
   3b5: 0f847cfcffff                   je -0x384
   3bb: eb64                           jmp 0x64
   3bd: 4d89e5                         movq %r12, %r13
   3c0: 4989c8                         movq %rcx, %r8
   3c3: b901000000                     movl $0x1, %ecx
   3c8: 488b7c2418                     movq 0x18(%rsp), %rdi
   3cd: 4c89ee                         movq %r13, %rsi
   3d0: 4c89f2                         movq %r14, %rdx
   3d3: 4883c430                       addq $0x30, %rsp
   3d7: 5d                             popq %rbp
   3d8: e900000000                     jmp 0x0
        # hole +0x3d9: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   3dd: 4c8b6c2408                     movq 0x8(%rsp), %r13
   3e2: 4989c0                         movq %rax, %r8
   3e5: ebdc                           jmp -0x24
   3e7: 4c8b6c2408                     movq 0x8(%rsp), %r13
   3ec: eb0e                           jmp 0xe
   3ee: 4983c520                       addq $0x20, %r13
   3f2: 4983c703                       addq $0x3, %r15
   3f6: 41b96e000000                   movl $0x6e, %r9d
   3fc: 4d89f8                         movq %r15, %r8
   3ff: ebc2                           jmp -0x3e
   401: 4c8b442428                     movq 0x28(%rsp), %r8
   406: ebbb                           jmp -0x45
   408: 41b914000000                   movl $0x14, %r9d
   40e: b902000000                     movl $0x2, %ecx
   413: 4c8b442420                     movq 0x20(%rsp), %r8
   418: ebae                           jmp -0x52
   41a: 49c70601000000                 movq $0x1, (%r14)
   421: 4983c709                       addq $0x9, %r15
   425: 41b9aa000000                   movl $0xaa, %r9d
   42b: b902000000                     movl $0x2, %ecx
   430: 4d89f8                         movq %r15, %r8
   433: eb93                           jmp -0x6d
   435: 4983c705                       addq $0x5, %r15
   439: 41b982000000                   movl $0x82, %r9d
   43f: 4989dd                         movq %rbx, %r13
   442: eb0a                           jmp 0xa
   444: 4983c707                       addq $0x7, %r15
   448: 41b996000000                   movl $0x96, %r9d
   44e: b903000000                     movl $0x3, %ecx
   453: 4d89f8                         movq %r15, %r8
   456: e96dffffff                     jmp -0x93
