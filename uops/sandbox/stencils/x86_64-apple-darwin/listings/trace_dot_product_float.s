# stencil dot_product_float for x86_64-apple-darwin: 1092 code bytes, 8 data bytes, 14 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 4d89f7                         movq %r14, %r15
     8: 4c89e5                         movq %r12, %rbp
     b: 4d8d6510                       leaq 0x10(%r13), %r12
     f: 498d4508                       leaq 0x8(%r13), %rax
    13: 4889442418                     movq %rax, 0x18(%rsp)
    18: 4d8d7518                       leaq 0x18(%r13), %r14
    1c: 4c897c2408                     movq %r15, 0x8(%rsp)
    21: 498b45f8                       movq -0x8(%r13), %rax
    25: 41b90a000000                   movl $0xa, %r9d
    2b: b901000000                     movl $0x1, %ecx
    30: bb01000000                     movl $0x1, %ebx
    35: a801                           testb $0x1, %al
    37: 0f8568030000                   jne 0x368
    3d: 83780804                       cmpl $0x4, 0x8(%rax)
    41: 0f855e030000                   jne 0x35e
    47: 488b4840                       movq 0x40(%rax), %rcx
    4b: 488b5030                       movq 0x30(%rax), %rdx
    4f: 488b7038                       movq 0x38(%rax), %rsi
    53: 4885c9                         testq %rcx, %rcx
    56: 7e18                           jle 0x18
    58: 4839f2                         cmpq %rsi, %rdx
    5b: 7c1c                           jl 0x1c
    5d: e985030000                     jmp 0x385
    62: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    70: 4839f2                         cmpq %rsi, %rdx
    73: 0f8e6e030000                   jle 0x36e
    79: 4801d1                         addq %rdx, %rcx
    7c: 48894830                       movq %rcx, 0x30(%rax)
    80: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    88: 49894d00                       movq %rcx, (%r13)
    8c: 488b4518                       movq 0x18(%rbp), %rax
    90: 488b7818                       movq 0x18(%rax), %rdi
    94: 48894818                       movq %rcx, 0x18(%rax)
    98: 40f6c701                       testb $0x1, %dil
    9c: 7509                           jne 0x9
    9e: 48ff0f                         decq (%rdi)
    a1: 0f8450020000                   je 0x250
    a7: 488b4810                       movq 0x10(%rax), %rcx
    ab: f6c101                         testb $0x1, %cl
    ae: 7503                           jne 0x3
    b0: 48ff01                         incq (%rcx)
    b3: 49894d00                       movq %rcx, (%r13)
    b7: 488b38                         movq (%rax), %rdi
    ba: 40f6c701                       testb $0x1, %dil
    be: 7503                           jne 0x3
    c0: 48ff07                         incq (%rdi)
    c3: 488b4c2418                     movq 0x18(%rsp), %rcx
    c8: 488939                         movq %rdi, (%rcx)
    cb: 488b5018                       movq 0x18(%rax), %rdx
    cf: f6c201                         testb $0x1, %dl
    d2: 7503                           jne 0x3
    d4: 48ff02                         incq (%rdx)
    d7: 49891424                       movq %rdx, (%r12)
    db: 41b950000000                   movl $0x50, %r9d
    e1: b908000000                     movl $0x8, %ecx
    e6: 40f6c701                       testb $0x1, %dil
    ea: 0f85dc020000                   jne 0x2dc
    f0: f6c201                         testb $0x1, %dl
    f3: 0f84d3020000                   je 0x2d3
    f9: 837f0803                       cmpl $0x3, 0x8(%rdi)
    fd: 0f85c9020000                   jne 0x2c9
   103: 48d1fa                         sarq %rdx
   106: 0f88c0020000                   js 0x2c0
   10c: 483b5730                       cmpq 0x30(%rdi), %rdx
   110: 0f8db6020000                   jge 0x2b6
   116: 488b4f40                       movq 0x40(%rdi), %rcx
   11a: 4c8b3cd1                       movq (%rcx,%rdx,8), %r15
   11e: 41f6c701                       testb $0x1, %r15b
   122: 7503                           jne 0x3
   124: 49ff07                         incq (%r15)
   127: 48ff0f                         decq (%rdi)
   12a: 7509                           jne 0x9
   12c: e800000000                     callq 0x0
        # hole +0x12d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   131: 488b4518                       movq 0x18(%rbp), %rax
   135: 488b4c2418                     movq 0x18(%rsp), %rcx
   13a: 4c8939                         movq %r15, (%rcx)
   13d: 488b7808                       movq 0x8(%rax), %rdi
   141: 40f6c701                       testb $0x1, %dil
   145: 7529                           jne 0x29
   147: 48ff07                         incq (%rdi)
   14a: 49893c24                       movq %rdi, (%r12)
   14e: 488b4018                       movq 0x18(%rax), %rax
   152: a801                           testb $0x1, %al
   154: 7426                           je 0x26
   156: 498906                         movq %rax, (%r14)
   159: 40f6c701                       testb $0x1, %dil
   15d: 742d                           je 0x2d
   15f: e96d020000                     jmp 0x26d
   164: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   170: 49893c24                       movq %rdi, (%r12)
   174: 488b4018                       movq 0x18(%rax), %rax
   178: a801                           testb $0x1, %al
   17a: 75da                           jne -0x26
   17c: 48ff00                         incq (%rax)
   17f: 498906                         movq %rax, (%r14)
   182: 40f6c701                       testb $0x1, %dil
   186: 0f8545020000                   jne 0x245
   18c: a801                           testb $0x1, %al
   18e: 0f843d020000                   je 0x23d
   194: 837f0803                       cmpl $0x3, 0x8(%rdi)
   198: 0f8533020000                   jne 0x233
   19e: 48d1f8                         sarq %rax
   1a1: 0f882a020000                   js 0x22a
   1a7: 483b4730                       cmpq 0x30(%rdi), %rax
   1ab: 0f8d20020000                   jge 0x220
   1b1: 4c89f3                         movq %r14, %rbx
   1b4: 4989ee                         movq %rbp, %r14
   1b7: 488b4f40                       movq 0x40(%rdi), %rcx
   1bb: 488b2cc1                       movq (%rcx,%rax,8), %rbp
   1bf: 40f6c501                       testb $0x1, %bpl
   1c3: 7504                           jne 0x4
   1c5: 48ff4500                       incq (%rbp)
   1c9: 48ff0f                         decq (%rdi)
   1cc: 750d                           jne 0xd
   1ce: e800000000                     callq 0x0
        # hole +0x1cf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1d3: 488b442418                     movq 0x18(%rsp), %rax
   1d8: 4c8b38                         movq (%rax), %r15
   1db: 49892c24                       movq %rbp, (%r12)
   1df: 41b978000000                   movl $0x78, %r9d
   1e5: b90c000000                     movl $0xc, %ecx
   1ea: 41f6c701                       testb $0x1, %r15b
   1ee: 0f85d0010000                   jne 0x1d0
   1f4: 41837f0802                     cmpl $0x2, 0x8(%r15)
   1f9: 0f85c5010000                   jne 0x1c5
   1ff: 40f6c501                       testb $0x1, %bpl
   203: 0f85bb010000                   jne 0x1bb
   209: 837d0802                       cmpl $0x2, 0x8(%rbp)
   20d: 0f85b1010000                   jne 0x1b1
   213: f2410f104730                   movsd 0x30(%r15), %xmm0
   219: f20f594530                     mulsd 0x30(%rbp), %xmm0
   21e: 49ff0f                         decq (%r15)
   221: 0f8499000000                   je 0x99
   227: 48ff4d00                       decq (%rbp)
   22b: 0f84ad000000                   je 0xad
   231: 4c8b7c2408                     movq 0x8(%rsp), %r15
   236: 4c89ff                         movq %r15, %rdi
   239: e800000000                     callq 0x0
        # hole +0x23a: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   23e: 4885c0                         testq %rax, %rax
   241: 0f84cb010000                   je 0x1cb
   247: 49894508                       movq %rax, 0x8(%r13)
   24b: 498b7d00                       movq (%r13), %rdi
   24f: 41b98c000000                   movl $0x8c, %r9d
   255: b90e000000                     movl $0xe, %ecx
   25a: 40f6c701                       testb $0x1, %dil
   25e: 4c89f5                         movq %r14, %rbp
   261: 0f8536010000                   jne 0x136
   267: 837f0802                       cmpl $0x2, 0x8(%rdi)
   26b: 0f852c010000                   jne 0x12c
   271: 89c2                           movl %eax, %edx
   273: 83e201                         andl $0x1, %edx
   276: 0f8521010000                   jne 0x121
   27c: 83780802                       cmpl $0x2, 0x8(%rax)
   280: 0f8517010000                   jne 0x117
   286: f20f104730                     movsd 0x30(%rdi), %xmm0
   28b: f20f584030                     addsd 0x30(%rax), %xmm0
   290: 48ff0f                         decq (%rdi)
   293: 747d                           je 0x7d
   295: 48ff08                         decq (%rax)
   298: 4989de                         movq %rbx, %r14
   29b: 0f8499000000                   je 0x99
   2a1: 4c89ff                         movq %r15, %rdi
   2a4: e800000000                     callq 0x0
        # hole +0x2a5: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2a9: 4885c0                         testq %rax, %rax
   2ac: 0f85ad000000                   jne 0xad
   2b2: e978010000                     jmp 0x178
   2b7: 660f1f840000000000             nopw (%rax,%rax)
   2c0: 4c89ff                         movq %r15, %rdi
   2c3: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   2c9: e800000000                     callq 0x0
        # hole +0x2ca: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2ce: f20f10442410                   movsd 0x10(%rsp), %xmm0
   2d4: 48ff4d00                       decq (%rbp)
   2d8: 0f8553ffffff                   jne -0xad
   2de: 4889ef                         movq %rbp, %rdi
   2e1: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   2e7: e800000000                     callq 0x0
        # hole +0x2e8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2ec: f20f10442410                   movsd 0x10(%rsp), %xmm0
   2f2: e93affffff                     jmp -0xc6
   2f7: e800000000                     callq 0x0
        # hole +0x2f8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2fc: 488b4518                       movq 0x18(%rbp), %rax
   300: 488b4810                       movq 0x10(%rax), %rcx
   304: f6c101                         testb $0x1, %cl
   307: 0f84a3fdffff                   je -0x25d
   30d: e9a1fdffff                     jmp -0x25f
   312: 4989c7                         movq %rax, %r15
   315: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   31b: e800000000                     callq 0x0
        # hole +0x31c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   320: f20f10442410                   movsd 0x10(%rsp), %xmm0
   326: 4c89f8                         movq %r15, %rax
   329: 4c8b7c2408                     movq 0x8(%rsp), %r15
   32e: 48ff08                         decq (%rax)
   331: 4989de                         movq %rbx, %r14
   334: 0f8567ffffff                   jne -0x99
   33a: 4889c7                         movq %rax, %rdi
   33d: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   343: e800000000                     callq 0x0
        # hole +0x344: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   348: f20f10442410                   movsd 0x10(%rsp), %xmm0
   34e: 4c89ff                         movq %r15, %rdi
   351: e800000000                     callq 0x0
        # hole +0x352: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   356: 4885c0                         testq %rax, %rax
   359: 0f84d0000000                   je 0xd0
   35f: 49894500                       movq %rax, (%r13)
   363: 488b4d18                       movq 0x18(%rbp), %rcx
   367: 488b7910                       movq 0x10(%rcx), %rdi
   36b: 48894110                       movq %rax, 0x10(%rcx)
   36f: 40f6c701                       testb $0x1, %dil
   373: 750b                           jne 0xb
   375: 48ff0f                         decq (%rdi)
   378: 7506                           jne 0x6
   37a: e800000000                     callq 0x0
        # hole +0x37b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   37f: 90                             nop
   380: 498b4708                       movq 0x8(%r15), %rax
   384: 48ffc0                         incq %rax
   387: 49894708                       movq %rax, 0x8(%r15)
   38b: 493b4710                       cmpq 0x10(%r15), %rax
   38f: 7d68                           jge 0x68
   391: 49833f00                       cmpq $0x0, (%r15)
   395: 0f8486fcffff                   je -0x37a
   39b: eb63                           jmp 0x63
   39d: 4d89e5                         movq %r12, %r13
   3a0: bb01000000                     movl $0x1, %ebx
   3a5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3a8: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3ac: 4901c8                         addq %rcx, %r8
   3af: 4889ef                         movq %rbp, %rdi
   3b2: 4c89ee                         movq %r13, %rsi
   3b5: 4c89fa                         movq %r15, %rdx
   3b8: 89d9                           movl %ebx, %ecx
   3ba: 4883c420                       addq $0x20, %rsp
   3be: 5d                             popq %rbp
   3bf: e900000000                     jmp 0x0
        # hole +0x3c0: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   3c4: 4989dd                         movq %rbx, %r13
   3c7: 4c89f5                         movq %r14, %rbp
   3ca: eb14                           jmp 0x14
   3cc: 4d89f5                         movq %r14, %r13
   3cf: ebd4                           jmp -0x2c
   3d1: 4983c520                       addq $0x20, %r13
   3d5: 41b96e000000                   movl $0x6e, %r9d
   3db: b90b000000                     movl $0xb, %ecx
   3e0: 4c8b7c2408                     movq 0x8(%rsp), %r15
   3e5: ebb9                           jmp -0x47
   3e7: 41b914000000                   movl $0x14, %r9d
   3ed: b902000000                     movl $0x2, %ecx
   3f2: bb02000000                     movl $0x2, %ebx
   3f7: ebac                           jmp -0x54
   3f9: 49c70701000000                 movq $0x1, (%r15)
   400: 41b9aa000000                   movl $0xaa, %r9d
   406: b911000000                     movl $0x11, %ecx
   40b: bb02000000                     movl $0x2, %ebx
   410: eb93                           jmp -0x6d
   412: 41b982000000                   movl $0x82, %r9d
   418: b90d000000                     movl $0xd, %ecx
   41d: 4c8b6c2418                     movq 0x18(%rsp), %r13
   422: bb03000000                     movl $0x3, %ebx
   427: 4c89f5                         movq %r14, %rbp
   42a: e976ffffff                     jmp -0x8a
   42f: 41b996000000                   movl $0x96, %r9d
   435: b90f000000                     movl $0xf, %ecx
   43a: bb03000000                     movl $0x3, %ebx
   43f: e961ffffff                     jmp -0x9f
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
