# stencil float_div_loop for x86_64-unknown-linux-gnu: 1241 code bytes, 0 data bytes, 12 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b10                         movq (%rax), %r10
    10: 4c8b4008                       movq 0x8(%rax), %r8
    14: 4c8b6810                       movq 0x10(%rax), %r13
    18: 4c8b7018                       movq 0x18(%rax), %r14
    1c: bb20000000                     movl $0x20, %ebx
    21: 41b701                         movb $0x1, %r15b
    24: 41b90a000000                   movl $0xa, %r9d
    2a: bf01000000                     movl $0x1, %edi
    2f: b901000000                     movl $0x1, %ecx
    34: 41f6c601                       testb $0x1, %r14b
    38: 752d                           jne 0x2d
    3a: 41837e0804                     cmpl $0x4, 0x8(%r14)
    3f: 7526                           jne 0x26
    41: 498b4640                       movq 0x40(%r14), %rax
    45: 498b6e30                       movq 0x30(%r14), %rbp
    49: 498b7638                       movq 0x38(%r14), %rsi
    4d: 4885c0                         testq %rax, %rax
    50: 7e50                           jle 0x50
    52: 4839f5                         cmpq %rsi, %rbp
    55: 7c50                           jl 0x50
    57: 41b914000000                   movl $0x14, %r9d
    5d: bf02000000                     movl $0x2, %edi
    62: b902000000                     movl $0x2, %ecx
    67: 4c89ed                         movq %r13, %rbp
    6a: 498b742418                     movq 0x18(%r12), %rsi
    6f: 4c39ed                         cmpq %r13, %rbp
    72: 7404                           je 0x4
    74: 48896e10                       movq %rbp, 0x10(%rsi)
    78: 4584ff                         testb %r15b, %r15b
    7b: 7508                           jne 0x8
    7d: 4c895620                       movq %r10, 0x20(%rsi)
    81: 4c894628                       movq %r8, 0x28(%rsi)
    85: 4801de                         addq %rbx, %rsi
    88: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8a: R_X86_64_64 Abs64 index+0
    92: 4901f8                         addq %rdi, %r8
    95: 4c89e7                         movq %r12, %rdi
    98: 4883c430                       addq $0x30, %rsp
    9c: 5d                             popq %rbp
    9d: e900000000                     jmp 0x0
        # hole +0x9e: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    a2: 4839f5                         cmpq %rsi, %rbp
    a5: 7eb0                           jle -0x50
    a7: 4801e8                         addq %rbp, %rax
    aa: 49894630                       movq %rax, 0x30(%r14)
    ae: 41f6c501                       testb $0x1, %r13b
    b2: 7531                           jne 0x31
    b4: 49ff4d00                       decq (%r13)
    b8: 752b                           jne 0x2b
    ba: 4c89ef                         movq %r13, %rdi
    bd: 4889542418                     movq %rdx, 0x18(%rsp)
    c2: 4c89442408                     movq %r8, 0x8(%rsp)
    c7: 4c89542410                     movq %r10, 0x10(%rsp)
    cc: e800000000                     callq 0x0
        # hole +0xcd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    d1: 4c8b542410                     movq 0x10(%rsp), %r10
    d6: 4c8b442408                     movq 0x8(%rsp), %r8
    db: 488b542418                     movq 0x18(%rsp), %rdx
    e0: b901000000                     movl $0x1, %ecx
    e5: 41f6c201                       testb $0x1, %r10b
    e9: 7503                           jne 0x3
    eb: 49ff02                         incq (%r10)
    ee: 41f6c001                       testb $0x1, %r8b
    f2: 7503                           jne 0x3
    f4: 49ff00                         incq (%r8)
    f7: 488d2c6d01000000               leaq 0x1(,%rbp,2), %rbp
    ff: 41b946000000                   movl $0x46, %r9d
   105: bf07000000                     movl $0x7, %edi
   10a: 41f6c201                       testb $0x1, %r10b
   10e: 0f85c8000000                   jne 0xc8
   114: 41837a0802                     cmpl $0x2, 0x8(%r10)
   119: 0f85bd000000                   jne 0xbd
   11f: 41f6c001                       testb $0x1, %r8b
   123: 0f85b3000000                   jne 0xb3
   129: 4183780802                     cmpl $0x2, 0x8(%r8)
   12e: 0f85a8000000                   jne 0xa8
   134: f2410f104230                   movsd 0x30(%r10), %xmm0
   13a: f2410f104830                   movsd 0x30(%r8), %xmm1
   140: f20f114c2428                   movsd %xmm1, 0x28(%rsp)
   146: 49ff0a                         decq (%r10)
   149: 4889542418                     movq %rdx, 0x18(%rsp)
   14e: 4c89442408                     movq %r8, 0x8(%rsp)
   153: 4c89542410                     movq %r10, 0x10(%rsp)
   158: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   15e: 751d                           jne 0x1d
   160: 4c89d7                         movq %r10, %rdi
   163: e800000000                     callq 0x0
        # hole +0x164: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   168: f20f10442420                   movsd 0x20(%rsp), %xmm0
   16e: 4c8b542410                     movq 0x10(%rsp), %r10
   173: 4c8b442408                     movq 0x8(%rsp), %r8
   178: 488b542418                     movq 0x18(%rsp), %rdx
   17d: 49ff08                         decq (%r8)
   180: 751d                           jne 0x1d
   182: 4c89c7                         movq %r8, %rdi
   185: e800000000                     callq 0x0
        # hole +0x186: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   18a: f20f10442420                   movsd 0x20(%rsp), %xmm0
   190: 4c8b542410                     movq 0x10(%rsp), %r10
   195: 4c8b442408                     movq 0x8(%rsp), %r8
   19a: 488b542418                     movq 0x18(%rsp), %rdx
   19f: 660f57c9                       xorpd %xmm1, %xmm1
   1a3: f20f10542428                   movsd 0x28(%rsp), %xmm2
   1a9: 660f2ed1                       ucomisd %xmm1, %xmm2
   1ad: 7548                           jne 0x48
   1af: 7a46                           jp 0x46
   1b1: 48c7421801000000               movq $0x1, 0x18(%rdx)
   1b9: 41b950000000                   movl $0x50, %r9d
   1bf: bf08000000                     movl $0x8, %edi
   1c4: b903000000                     movl $0x3, %ecx
   1c9: 498b742418                     movq 0x18(%r12), %rsi
   1ce: 4c39ed                         cmpq %r13, %rbp
   1d1: 0f859dfeffff                   jne -0x163
   1d7: e99cfeffff                     jmp -0x164
   1dc: 4531ff                         xorl %r15d, %r15d
   1df: bb30000000                     movl $0x30, %ebx
   1e4: 498b742418                     movq 0x18(%r12), %rsi
   1e9: 4c39ed                         cmpq %r13, %rbp
   1ec: 0f8486feffff                   je -0x17a
   1f2: e97dfeffff                     jmp -0x183
   1f7: 49ff0a                         decq (%r10)
   1fa: 751a                           jne 0x1a
   1fc: 4c89d7                         movq %r10, %rdi
   1ff: 4889d3                         movq %rdx, %rbx
   202: 4d89d7                         movq %r10, %r15
   205: e800000000                     callq 0x0
        # hole +0x206: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   20a: f20f10442420                   movsd 0x20(%rsp), %xmm0
   210: 4d89fa                         movq %r15, %r10
   213: 4889da                         movq %rbx, %rdx
   216: f20f5e442428                   divsd 0x28(%rsp), %xmm0
   21c: 488b7208                       movq 0x8(%rdx), %rsi
   220: 4c8b4210                       movq 0x10(%rdx), %r8
   224: 488d7e01                       leaq 0x1(%rsi), %rdi
   228: 48897a08                       movq %rdi, 0x8(%rdx)
   22c: 4c39c7                         cmpq %r8, %rdi
   22f: 0f8d9a000000                   jge 0x9a
   235: 48833a00                       cmpq $0x0, (%rdx)
   239: 0f8597000000                   jne 0x97
   23f: 41837e0804                     cmpl $0x4, 0x8(%r14)
   244: 0f85db000000                   jne 0xdb
   24a: 498b4640                       movq 0x40(%r14), %rax
   24e: 498b4e30                       movq 0x30(%r14), %rcx
   252: 4d8b4e38                       movq 0x38(%r14), %r9
   256: 4885c0                         testq %rax, %rax
   259: 0f8ef1000000                   jle 0xf1
   25f: 4c39c9                         cmpq %r9, %rcx
   262: 0f8d02020000                   jge 0x202
   268: 4c8b542408                     movq 0x8(%rsp), %r10
   26d: 41837a0802                     cmpl $0x2, 0x8(%r10)
   272: 4d8b1a                         movq (%r10), %r11
   275: 0f8558010000                   jne 0x158
   27b: 4c8b542408                     movq 0x8(%rsp), %r10
   280: f2410f105230                   movsd 0x30(%r10), %xmm2
   286: 660f57c9                       xorpd %xmm1, %xmm1
   28a: 660f2ed1                       ucomisd %xmm1, %xmm2
   28e: 7506                           jne 0x6
   290: 0f8bf1000000                   jnp 0xf1
   296: 4883c602                       addq $0x2, %rsi
   29a: 4939f0                         cmpq %rsi, %r8
   29d: 490f4ff0                       cmovgq %r8, %rsi
   2a1: 488d2c09                       leaq (%rcx,%rcx), %rbp
   2a5: 4c8d1400                       leaq (%rax,%rax), %r10
   2a9: 4c29d5                         subq %r10, %rbp
   2ac: 48ffc5                         incq %rbp
   2af: f20f5ec2                       divsd %xmm2, %xmm0
   2b3: 48ffc7                         incq %rdi
   2b6: 4c39c7                         cmpq %r8, %rdi
   2b9: 0f8dd8010000                   jge 0x1d8
   2bf: 4801c1                         addq %rax, %rcx
   2c2: 4c01d5                         addq %r10, %rbp
   2c5: 4c39c9                         cmpq %r9, %rcx
   2c8: 7ce5                           jl -0x1b
   2ca: e98b010000                     jmp 0x18b
   2cf: 48c70201000000                 movq $0x1, (%rdx)
   2d6: 4989d6                         movq %rdx, %r14
   2d9: 4889d7                         movq %rdx, %rdi
   2dc: 4c89d3                         movq %r10, %rbx
   2df: e800000000                     callq 0x0
        # hole +0x2e0: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2e4: 4989da                         movq %rbx, %r10
   2e7: bb20000000                     movl $0x20, %ebx
   2ec: 41b701                         movb $0x1, %r15b
   2ef: 41b964000000                   movl $0x64, %r9d
   2f5: bf0a000000                     movl $0xa, %edi
   2fa: b902000000                     movl $0x2, %ecx
   2ff: 498b742418                     movq 0x18(%r12), %rsi
   304: 4c39d0                         cmpq %r10, %rax
   307: 7406                           je 0x6
   309: 488906                         movq %rax, (%rsi)
   30c: 4989c2                         movq %rax, %r10
   30f: 4c89f2                         movq %r14, %rdx
   312: 4c8b442408                     movq 0x8(%rsp), %r8
   317: 4c39ed                         cmpq %r13, %rbp
   31a: 0f8554fdffff                   jne -0x2ac
   320: e953fdffff                     jmp -0x2ad
   325: 4989d6                         movq %rdx, %r14
   328: 4889d7                         movq %rdx, %rdi
   32b: 4c89d3                         movq %r10, %rbx
   32e: e800000000                     callq 0x0
        # hole +0x32f: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   333: 4989da                         movq %rbx, %r10
   336: bb20000000                     movl $0x20, %ebx
   33b: 41b701                         movb $0x1, %r15b
   33e: 41b90a000000                   movl $0xa, %r9d
   344: bf01000000                     movl $0x1, %edi
   349: b901000000                     movl $0x1, %ecx
   34e: ebaf                           jmp -0x51
   350: 4c39c9                         cmpq %r9, %rcx
   353: 0f8e11010000                   jle 0x111
   359: 4c8b542408                     movq 0x8(%rsp), %r10
   35e: 41837a0802                     cmpl $0x2, 0x8(%r10)
   363: 4d8b1a                         movq (%r10), %r11
   366: 756b                           jne 0x6b
   368: 4c8b542408                     movq 0x8(%rsp), %r10
   36d: f2410f105230                   movsd 0x30(%r10), %xmm2
   373: 660f57c9                       xorpd %xmm1, %xmm1
   377: 660f2ed1                       ucomisd %xmm1, %xmm2
   37b: 0f85a9000000                   jne 0xa9
   381: 0f8aa3000000                   jp 0xa3
   387: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   38f: 4801c8                         addq %rcx, %rax
   392: 49894630                       movq %rax, 0x30(%r14)
   396: 488b442408                     movq 0x8(%rsp), %rax
   39b: 4c8918                         movq %r11, (%rax)
   39e: 4889d7                         movq %rdx, %rdi
   3a1: 48c7421801000000               movq $0x1, 0x18(%rdx)
   3a9: 4989d6                         movq %rdx, %r14
   3ac: e800000000                     callq 0x0
        # hole +0x3ad: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3b1: bb20000000                     movl $0x20, %ebx
   3b6: 41b701                         movb $0x1, %r15b
   3b9: 41b950000000                   movl $0x50, %r9d
   3bf: bf08000000                     movl $0x8, %edi
   3c4: b903000000                     movl $0x3, %ecx
   3c9: 4c8b542410                     movq 0x10(%rsp), %r10
   3ce: e92cffffff                     jmp -0xd4
   3d3: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   3db: 4801c8                         addq %rcx, %rax
   3de: 49894630                       movq %rax, 0x30(%r14)
   3e2: 49ffc3                         incq %r11
   3e5: 488b442408                     movq 0x8(%rsp), %rax
   3ea: 4c8918                         movq %r11, (%rax)
   3ed: 4989d6                         movq %rdx, %r14
   3f0: 4889d7                         movq %rdx, %rdi
   3f3: e800000000                     callq 0x0
        # hole +0x3f4: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3f8: bb30000000                     movl $0x30, %ebx
   3fd: 41b946000000                   movl $0x46, %r9d
   403: bf07000000                     movl $0x7, %edi
   408: b901000000                     movl $0x1, %ecx
   40d: 4885c0                         testq %rax, %rax
   410: 7504                           jne 0x4
   412: 31c0                           xorl %eax, %eax
   414: eb07                           jmp 0x7
   416: 48c70002000000                 movq $0x2, (%rax)
   41d: 4531ff                         xorl %r15d, %r15d
   420: 4c8b542410                     movq 0x10(%rsp), %r10
   425: e9d5feffff                     jmp -0x12b
   42a: 4883c602                       addq $0x2, %rsi
   42e: 4939f0                         cmpq %rsi, %r8
   431: 490f4ff0                       cmovgq %r8, %rsi
   435: 488d2c09                       leaq (%rcx,%rcx), %rbp
   439: 4c8d1400                       leaq (%rax,%rax), %r10
   43d: 4c29d5                         subq %r10, %rbp
   440: 48ffc5                         incq %rbp
   443: f20f5ec2                       divsd %xmm2, %xmm0
   447: 48ffc7                         incq %rdi
   44a: 4c39c7                         cmpq %r8, %rdi
   44d: 7d48                           jge 0x48
   44f: 4801c1                         addq %rax, %rcx
   452: 4c01d5                         addq %r10, %rbp
   455: 4c39c9                         cmpq %r9, %rcx
   458: 7fe9                           jg -0x17
   45a: 48897a08                       movq %rdi, 0x8(%rdx)
   45e: 49894e30                       movq %rcx, 0x30(%r14)
   462: 488b442408                     movq 0x8(%rsp), %rax
   467: 4c8918                         movq %r11, (%rax)
   46a: 4989d6                         movq %rdx, %r14
   46d: 4889d7                         movq %rdx, %rdi
   470: e800000000                     callq 0x0
        # hole +0x471: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   475: bb20000000                     movl $0x20, %ebx
   47a: 41b701                         movb $0x1, %r15b
   47d: 41b914000000                   movl $0x14, %r9d
   483: bf02000000                     movl $0x2, %edi
   488: b902000000                     movl $0x2, %ecx
   48d: 4c8b542410                     movq 0x10(%rsp), %r10
   492: e968feffff                     jmp -0x198
   497: 4801c8                         addq %rcx, %rax
   49a: 4889d7                         movq %rdx, %rdi
   49d: 48897208                       movq %rsi, 0x8(%rdx)
   4a1: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   4a9: 49894630                       movq %rax, 0x30(%r14)
   4ad: 488b442408                     movq 0x8(%rsp), %rax
   4b2: 4c8918                         movq %r11, (%rax)
   4b5: 48c70201000000                 movq $0x1, (%rdx)
   4bc: 4989d6                         movq %rdx, %r14
   4bf: e800000000                     callq 0x0
        # hole +0x4c0: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   4c4: bb20000000                     movl $0x20, %ebx
   4c9: 41b701                         movb $0x1, %r15b
   4cc: 41b964000000                   movl $0x64, %r9d
   4d2: bf0a000000                     movl $0xa, %edi
   4d7: ebaf                           jmp -0x51
