# stencil dot_product_float for x86_64-apple-darwin: 1169 code bytes, 0 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d89e7                         movq %r12, %r15
     8: 48b80800000002000000           movabsq $0x200000008, %rax
    12: 498d5d10                       leaq 0x10(%r13), %rbx
    16: 498d4d08                       leaq 0x8(%r13), %rcx
    1a: 48894c2418                     movq %rcx, 0x18(%rsp)
    1f: 498d4d18                       leaq 0x18(%r13), %rcx
    23: 48894c2408                     movq %rcx, 0x8(%rsp)
    28: 488d48f9                       leaq -0x7(%rax), %rcx
    2c: 48894c2428                     movq %rcx, 0x28(%rsp)
    31: 4883c0fa                       addq $-0x6, %rax
    35: 4889442420                     movq %rax, 0x20(%rsp)
    3a: 498b45f8                       movq -0x8(%r13), %rax
    3e: 41b90a000000                   movl $0xa, %r9d
    44: 41bc01000000                   movl $0x1, %r12d
    4a: a801                           testb $0x1, %al
    4c: 0f85b9030000                   jne 0x3b9
    52: 83780804                       cmpl $0x4, 0x8(%rax)
    56: 0f85af030000                   jne 0x3af
    5c: 488b4840                       movq 0x40(%rax), %rcx
    60: 488b5030                       movq 0x30(%rax), %rdx
    64: 488b7038                       movq 0x38(%rax), %rsi
    68: 4885c9                         testq %rcx, %rcx
    6b: 7e13                           jle 0x13
    6d: 4839f2                         cmpq %rsi, %rdx
    70: 7c17                           jl 0x17
    72: e99b030000                     jmp 0x39b
    77: 660f1f840000000000             nopw (%rax,%rax)
    80: 4839f2                         cmpq %rsi, %rdx
    83: 0f8e89030000                   jle 0x389
    89: 4801d1                         addq %rdx, %rcx
    8c: 48894830                       movq %rcx, 0x30(%rax)
    90: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    98: 49894d00                       movq %rcx, (%r13)
    9c: 498b4718                       movq 0x18(%r15), %rax
    a0: 488b7818                       movq 0x18(%rax), %rdi
    a4: 48894818                       movq %rcx, 0x18(%rax)
    a8: 40f6c701                       testb $0x1, %dil
    ac: 7509                           jne 0x9
    ae: 48ff0f                         decq (%rdi)
    b1: 0f8455020000                   je 0x255
    b7: 488b4810                       movq 0x10(%rax), %rcx
    bb: f6c101                         testb $0x1, %cl
    be: 7503                           jne 0x3
    c0: 48ff01                         incq (%rcx)
    c3: 49894d00                       movq %rcx, (%r13)
    c7: 488b38                         movq (%rax), %rdi
    ca: 40f6c701                       testb $0x1, %dil
    ce: 7503                           jne 0x3
    d0: 48ff07                         incq (%rdi)
    d3: 488b4c2418                     movq 0x18(%rsp), %rcx
    d8: 488939                         movq %rdi, (%rcx)
    db: 488b4818                       movq 0x18(%rax), %rcx
    df: f6c101                         testb $0x1, %cl
    e2: 7503                           jne 0x3
    e4: 48ff01                         incq (%rcx)
    e7: 48890b                         movq %rcx, (%rbx)
    ea: 41b950000000                   movl $0x50, %r9d
    f0: 40f6c701                       testb $0x1, %dil
    f4: 0f85e6020000                   jne 0x2e6
    fa: f6c101                         testb $0x1, %cl
    fd: 0f84dd020000                   je 0x2dd
   103: 837f0803                       cmpl $0x3, 0x8(%rdi)
   107: 0f85d3020000                   jne 0x2d3
   10d: 48d1f9                         sarq %rcx
   110: 0f88ca020000                   js 0x2ca
   116: 483b4f30                       cmpq 0x30(%rdi), %rcx
   11a: 0f8dc0020000                   jge 0x2c0
   120: 488b5740                       movq 0x40(%rdi), %rdx
   124: 488b2cca                       movq (%rdx,%rcx,8), %rbp
   128: 40f6c501                       testb $0x1, %bpl
   12c: 7504                           jne 0x4
   12e: 48ff4500                       incq (%rbp)
   132: 48ff0f                         decq (%rdi)
   135: 7509                           jne 0x9
   137: e800000000                     callq 0x0
        # hole +0x138: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   13c: 498b4718                       movq 0x18(%r15), %rax
   140: 488b4c2418                     movq 0x18(%rsp), %rcx
   145: 488929                         movq %rbp, (%rcx)
   148: 488b7808                       movq 0x8(%rax), %rdi
   14c: 40f6c701                       testb $0x1, %dil
   150: 752e                           jne 0x2e
   152: 48ff07                         incq (%rdi)
   155: 48893b                         movq %rdi, (%rbx)
   158: 488b4018                       movq 0x18(%rax), %rax
   15c: a801                           testb $0x1, %al
   15e: 742b                           je 0x2b
   160: 488b4c2408                     movq 0x8(%rsp), %rcx
   165: 488901                         movq %rax, (%rcx)
   168: 40f6c701                       testb $0x1, %dil
   16c: 7432                           je 0x32
   16e: e97e020000                     jmp 0x27e
   173: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   180: 48893b                         movq %rdi, (%rbx)
   183: 488b4018                       movq 0x18(%rax), %rax
   187: a801                           testb $0x1, %al
   189: 75d5                           jne -0x2b
   18b: 48ff00                         incq (%rax)
   18e: 488b4c2408                     movq 0x8(%rsp), %rcx
   193: 488901                         movq %rax, (%rcx)
   196: 40f6c701                       testb $0x1, %dil
   19a: 0f8551020000                   jne 0x251
   1a0: a801                           testb $0x1, %al
   1a2: 0f8449020000                   je 0x249
   1a8: 837f0803                       cmpl $0x3, 0x8(%rdi)
   1ac: 0f853f020000                   jne 0x23f
   1b2: 48d1f8                         sarq %rax
   1b5: 0f8836020000                   js 0x236
   1bb: 483b4730                       cmpq 0x30(%rdi), %rax
   1bf: 0f8d2c020000                   jge 0x22c
   1c5: 4d89fc                         movq %r15, %r12
   1c8: 488b4f40                       movq 0x40(%rdi), %rcx
   1cc: 4c8b3cc1                       movq (%rcx,%rax,8), %r15
   1d0: 41f6c701                       testb $0x1, %r15b
   1d4: 7503                           jne 0x3
   1d6: 49ff07                         incq (%r15)
   1d9: 48ff0f                         decq (%rdi)
   1dc: 750d                           jne 0xd
   1de: e800000000                     callq 0x0
        # hole +0x1df: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1e3: 488b442418                     movq 0x18(%rsp), %rax
   1e8: 488b28                         movq (%rax), %rbp
   1eb: 4c893b                         movq %r15, (%rbx)
   1ee: 48b80800000002000000           movabsq $0x200000008, %rax
   1f8: 4883c004                       addq $0x4, %rax
   1fc: 41b978000000                   movl $0x78, %r9d
   202: 40f6c501                       testb $0x1, %bpl
   206: 0f85c7010000                   jne 0x1c7
   20c: 837d0802                       cmpl $0x2, 0x8(%rbp)
   210: 0f85bd010000                   jne 0x1bd
   216: 41f6c701                       testb $0x1, %r15b
   21a: 0f85b3010000                   jne 0x1b3
   220: 41837f0802                     cmpl $0x2, 0x8(%r15)
   225: 0f85a8010000                   jne 0x1a8
   22b: f20f104530                     movsd 0x30(%rbp), %xmm0
   230: f2410f594730                   mulsd 0x30(%r15), %xmm0
   236: 48ff4d00                       decq (%rbp)
   23a: 7424                           je 0x24
   23c: 49ff0f                         decq (%r15)
   23f: 7438                           je 0x38
   241: 4c89f7                         movq %r14, %rdi
   244: e800000000                     callq 0x0
        # hole +0x245: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   249: 4885c0                         testq %rax, %rax
   24c: 7550                           jne 0x50
   24e: e9f8010000                     jmp 0x1f8
   253: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   260: 4889ef                         movq %rbp, %rdi
   263: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   269: e800000000                     callq 0x0
        # hole +0x26a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   26e: f20f10442410                   movsd 0x10(%rsp), %xmm0
   274: 49ff0f                         decq (%r15)
   277: 75c8                           jne -0x38
   279: 4c89ff                         movq %r15, %rdi
   27c: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   282: e800000000                     callq 0x0
        # hole +0x283: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   287: f20f10442410                   movsd 0x10(%rsp), %xmm0
   28d: 4c89f7                         movq %r14, %rdi
   290: e800000000                     callq 0x0
        # hole +0x291: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   295: 4885c0                         testq %rax, %rax
   298: 0f84ad010000                   je 0x1ad
   29e: 49894508                       movq %rax, 0x8(%r13)
   2a2: 498b7d00                       movq (%r13), %rdi
   2a6: 48b90800000002000000           movabsq $0x200000008, %rcx
   2b0: 4883c106                       addq $0x6, %rcx
   2b4: 41b98c000000                   movl $0x8c, %r9d
   2ba: 40f6c701                       testb $0x1, %dil
   2be: 4d89e7                         movq %r12, %r15
   2c1: 0f85ea000000                   jne 0xea
   2c7: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2cb: 0f85e0000000                   jne 0xe0
   2d1: 89c2                           movl %eax, %edx
   2d3: 83e201                         andl $0x1, %edx
   2d6: 0f85d5000000                   jne 0xd5
   2dc: 83780802                       cmpl $0x2, 0x8(%rax)
   2e0: 0f85cb000000                   jne 0xcb
   2e6: f20f104730                     movsd 0x30(%rdi), %xmm0
   2eb: f20f584030                     addsd 0x30(%rax), %xmm0
   2f0: 48ff0f                         decq (%rdi)
   2f3: 7432                           je 0x32
   2f5: 48ff08                         decq (%rax)
   2f8: 744c                           je 0x4c
   2fa: 4c89f7                         movq %r14, %rdi
   2fd: e800000000                     callq 0x0
        # hole +0x2fe: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   302: 4885c0                         testq %rax, %rax
   305: 7564                           jne 0x64
   307: e966010000                     jmp 0x166
   30c: e800000000                     callq 0x0
        # hole +0x30d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   311: 498b4718                       movq 0x18(%r15), %rax
   315: 488b4810                       movq 0x10(%rax), %rcx
   319: f6c101                         testb $0x1, %cl
   31c: 0f849efdffff                   je -0x262
   322: e99cfdffff                     jmp -0x264
   327: 4989c7                         movq %rax, %r15
   32a: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   330: e800000000                     callq 0x0
        # hole +0x331: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   335: f20f10442410                   movsd 0x10(%rsp), %xmm0
   33b: 4c89f8                         movq %r15, %rax
   33e: 4d89e7                         movq %r12, %r15
   341: 48ff08                         decq (%rax)
   344: 75b4                           jne -0x4c
   346: 4889c7                         movq %rax, %rdi
   349: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   34f: e800000000                     callq 0x0
        # hole +0x350: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   354: f20f10442410                   movsd 0x10(%rsp), %xmm0
   35a: 4c89f7                         movq %r14, %rdi
   35d: e800000000                     callq 0x0
        # hole +0x35e: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   362: 4885c0                         testq %rax, %rax
   365: 0f8407010000                   je 0x107
   36b: 49894500                       movq %rax, (%r13)
   36f: 498b4f18                       movq 0x18(%r15), %rcx
   373: 488b7910                       movq 0x10(%rcx), %rdi
   377: 48894110                       movq %rax, 0x10(%rcx)
   37b: 40f6c701                       testb $0x1, %dil
   37f: 750f                           jne 0xf
   381: 48ff0f                         decq (%rdi)
   384: 750a                           jne 0xa
   386: e800000000                     callq 0x0
        # hole +0x387: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   38b: 0f1f440000                     nopl (%rax,%rax)
   390: 498b4608                       movq 0x8(%r14), %rax
   394: 48ffc0                         incq %rax
   397: 49894608                       movq %rax, 0x8(%r14)
   39b: 493b4610                       cmpq 0x10(%r14), %rax
   39f: 0f8d80000000                   jge 0x80
   3a5: 49833e00                       cmpq $0x0, (%r14)
   3a9: 0f848bfcffff                   je -0x375
   3af: eb7b                           jmp 0x7b
   3b1: 4989dd                         movq %rbx, %r13
   3b4: 4989c8                         movq %rcx, %r8
   3b7: 41bc01000000                   movl $0x1, %r12d
   3bd: 4c89ff                         movq %r15, %rdi
   3c0: 4c89ee                         movq %r13, %rsi
   3c3: 4c89f2                         movq %r14, %rdx
   3c6: 4489e1                         movl %r12d, %ecx
   3c9: 4883c430                       addq $0x30, %rsp
   3cd: 5d                             popq %rbp
   3ce: e900000000                     jmp 0x0
        # hole +0x3cf: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   3d3: 4c8b6c2408                     movq 0x8(%rsp), %r13
   3d8: 4989c0                         movq %rax, %r8
   3db: 4d89e7                         movq %r12, %r15
   3de: ebd7                           jmp -0x29
   3e0: 4c8b6c2408                     movq 0x8(%rsp), %r13
   3e5: 49b80800000002000000           movabsq $0x200000008, %r8
   3ef: ebcc                           jmp -0x34
   3f1: 4983c520                       addq $0x20, %r13
   3f5: 49b80800000002000000           movabsq $0x200000008, %r8
   3ff: 4983c003                       addq $0x3, %r8
   403: 41b96e000000                   movl $0x6e, %r9d
   409: ebb2                           jmp -0x4e
   40b: 4c8b442428                     movq 0x28(%rsp), %r8
   410: ebab                           jmp -0x55
   412: 41b914000000                   movl $0x14, %r9d
   418: 41bc02000000                   movl $0x2, %r12d
   41e: 4c8b442420                     movq 0x20(%rsp), %r8
   423: eb98                           jmp -0x68
   425: 49c70601000000                 movq $0x1, (%r14)
   42c: 49b80800000002000000           movabsq $0x200000008, %r8
   436: 4983c009                       addq $0x9, %r8
   43a: 41b9aa000000                   movl $0xaa, %r9d
   440: 41bc02000000                   movl $0x2, %r12d
   446: e972ffffff                     jmp -0x8e
   44b: 49b80800000002000000           movabsq $0x200000008, %r8
   455: 4983c005                       addq $0x5, %r8
   459: 41b982000000                   movl $0x82, %r9d
   45f: 4c8b6c2418                     movq 0x18(%rsp), %r13
   464: 4d89e7                         movq %r12, %r15
   467: 41bc03000000                   movl $0x3, %r12d
   46d: e94bffffff                     jmp -0xb5
   472: 49b80800000002000000           movabsq $0x200000008, %r8
   47c: 4983c007                       addq $0x7, %r8
   480: 41b996000000                   movl $0x96, %r9d
   486: 41bc03000000                   movl $0x3, %r12d
   48c: e92cffffff                     jmp -0xd4
