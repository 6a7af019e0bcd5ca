# stencil float_div_loop for x86_64-unknown-linux-gnu: 1177 code bytes, 0 data bytes, 11 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b10                         movq (%rax), %r10
    10: 4c8b4008                       movq 0x8(%rax), %r8
    14: 4c8b6810                       movq 0x10(%rax), %r13
    18: 4c8b7018                       movq 0x18(%rax), %r14
    1c: 41bf20000000                   movl $0x20, %r15d
    22: b301                           movb $0x1, %bl
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
    50: 7e4f                           jle 0x4f
    52: 4839f5                         cmpq %rsi, %rbp
    55: 7c4f                           jl 0x4f
    57: 41b914000000                   movl $0x14, %r9d
    5d: bf02000000                     movl $0x2, %edi
    62: b902000000                     movl $0x2, %ecx
    67: 4c89ed                         movq %r13, %rbp
    6a: 498b742418                     movq 0x18(%r12), %rsi
    6f: 4c39ed                         cmpq %r13, %rbp
    72: 7404                           je 0x4
    74: 48896e10                       movq %rbp, 0x10(%rsi)
    78: 84db                           testb %bl, %bl
    7a: 7508                           jne 0x8
    7c: 4c895620                       movq %r10, 0x20(%rsi)
    80: 4c894628                       movq %r8, 0x28(%rsi)
    84: 4c01fe                         addq %r15, %rsi
    87: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x89: R_X86_64_64 Abs64 index+0
    91: 4901f8                         addq %rdi, %r8
    94: 4c89e7                         movq %r12, %rdi
    97: 4883c430                       addq $0x30, %rsp
    9b: 5d                             popq %rbp
    9c: e900000000                     jmp 0x0
        # hole +0x9d: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    a1: 4839f5                         cmpq %rsi, %rbp
    a4: 7eb1                           jle -0x4f
    a6: 4801e8                         addq %rbp, %rax
    a9: 49894630                       movq %rax, 0x30(%r14)
    ad: 41f6c501                       testb $0x1, %r13b
    b1: 7531                           jne 0x31
    b3: 49ff4d00                       decq (%r13)
    b7: 752b                           jne 0x2b
    b9: 4c89ef                         movq %r13, %rdi
    bc: 4889542418                     movq %rdx, 0x18(%rsp)
    c1: 4c89442408                     movq %r8, 0x8(%rsp)
    c6: 4c89542410                     movq %r10, 0x10(%rsp)
    cb: e800000000                     callq 0x0
        # hole +0xcc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    d0: 4c8b542410                     movq 0x10(%rsp), %r10
    d5: 4c8b442408                     movq 0x8(%rsp), %r8
    da: 488b542418                     movq 0x18(%rsp), %rdx
    df: b901000000                     movl $0x1, %ecx
    e4: 41f6c201                       testb $0x1, %r10b
    e8: 7503                           jne 0x3
    ea: 49ff02                         incq (%r10)
    ed: 41f6c001                       testb $0x1, %r8b
    f1: 7503                           jne 0x3
    f3: 49ff00                         incq (%r8)
    f6: 488d2c6d01000000               leaq 0x1(,%rbp,2), %rbp
    fe: 41b946000000                   movl $0x46, %r9d
   104: bf07000000                     movl $0x7, %edi
   109: 41f6c201                       testb $0x1, %r10b
   10d: 0f85c8000000                   jne 0xc8
   113: 41837a0802                     cmpl $0x2, 0x8(%r10)
   118: 0f85bd000000                   jne 0xbd
   11e: 41f6c001                       testb $0x1, %r8b
   122: 0f85b3000000                   jne 0xb3
   128: 4183780802                     cmpl $0x2, 0x8(%r8)
   12d: 0f85a8000000                   jne 0xa8
   133: f2410f104230                   movsd 0x30(%r10), %xmm0
   139: f2410f104830                   movsd 0x30(%r8), %xmm1
   13f: f20f114c2428                   movsd %xmm1, 0x28(%rsp)
   145: 49ff0a                         decq (%r10)
   148: 4889542418                     movq %rdx, 0x18(%rsp)
   14d: 4c89442408                     movq %r8, 0x8(%rsp)
   152: 4c89542410                     movq %r10, 0x10(%rsp)
   157: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   15d: 751d                           jne 0x1d
   15f: 4c89d7                         movq %r10, %rdi
   162: e800000000                     callq 0x0
        # hole +0x163: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   167: f20f10442420                   movsd 0x20(%rsp), %xmm0
   16d: 4c8b542410                     movq 0x10(%rsp), %r10
   172: 4c8b442408                     movq 0x8(%rsp), %r8
   177: 488b542418                     movq 0x18(%rsp), %rdx
   17c: 49ff08                         decq (%r8)
   17f: 751d                           jne 0x1d
   181: 4c89c7                         movq %r8, %rdi
   184: e800000000                     callq 0x0
        # hole +0x185: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   189: f20f10442420                   movsd 0x20(%rsp), %xmm0
   18f: 4c8b542410                     movq 0x10(%rsp), %r10
   194: 4c8b442408                     movq 0x8(%rsp), %r8
   199: 488b542418                     movq 0x18(%rsp), %rdx
   19e: 660f57c9                       xorpd %xmm1, %xmm1
   1a2: f20f10542428                   movsd 0x28(%rsp), %xmm2
   1a8: 660f2ed1                       ucomisd %xmm1, %xmm2
   1ac: 7548                           jne 0x48
   1ae: 7a46                           jp 0x46
   1b0: 48c7421801000000               movq $0x1, 0x18(%rdx)
   1b8: 41b950000000                   movl $0x50, %r9d
   1be: bf08000000                     movl $0x8, %edi
   1c3: b903000000                     movl $0x3, %ecx
   1c8: 498b742418                     movq 0x18(%r12), %rsi
   1cd: 4c39ed                         cmpq %r13, %rbp
   1d0: 0f859efeffff                   jne -0x162
   1d6: e99dfeffff                     jmp -0x163
   1db: 31db                           xorl %ebx, %ebx
   1dd: 41bf30000000                   movl $0x30, %r15d
   1e3: 498b742418                     movq 0x18(%r12), %rsi
   1e8: 4c39ed                         cmpq %r13, %rbp
   1eb: 0f8487feffff                   je -0x179
   1f1: e97efeffff                     jmp -0x182
   1f6: 49ff0a                         decq (%r10)
   1f9: 7514                           jne 0x14
   1fb: 4c89d7                         movq %r10, %rdi
   1fe: 4889d3                         movq %rdx, %rbx
   201: e800000000                     callq 0x0
        # hole +0x202: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   206: f20f10442420                   movsd 0x20(%rsp), %xmm0
   20c: 4889da                         movq %rbx, %rdx
   20f: f20f5e442428                   divsd 0x28(%rsp), %xmm0
   215: 488b7208                       movq 0x8(%rdx), %rsi
   219: 4c8b4210                       movq 0x10(%rdx), %r8
   21d: 488d7e01                       leaq 0x1(%rsi), %rdi
   221: 48897a08                       movq %rdi, 0x8(%rdx)
   225: 4c39c7                         cmpq %r8, %rdi
   228: 0f8d9a000000                   jge 0x9a
   22e: 48833a00                       cmpq $0x0, (%rdx)
   232: 0f8597000000                   jne 0x97
   238: 41837e0804                     cmpl $0x4, 0x8(%r14)
   23d: 0f85da000000                   jne 0xda
   243: 498b4640                       movq 0x40(%r14), %rax
   247: 498b4e30                       movq 0x30(%r14), %rcx
   24b: 4d8b4e38                       movq 0x38(%r14), %r9
   24f: 4885c0                         testq %rax, %rax
   252: 0f8eea000000                   jle 0xea
   258: 4c39c9                         cmpq %r9, %rcx
   25b: 0f8de8010000                   jge 0x1e8
   261: 4c8b542408                     movq 0x8(%rsp), %r10
   266: 41837a0802                     cmpl $0x2, 0x8(%r10)
   26b: 4d8b1a                         movq (%r10), %r11
   26e: 0f854c010000                   jne 0x14c
   274: 4c8b542408                     movq 0x8(%rsp), %r10
   279: f2410f105230                   movsd 0x30(%r10), %xmm2
   27f: 660f57c9                       xorpd %xmm1, %xmm1
   283: 660f2ed1                       ucomisd %xmm1, %xmm2
   287: 7506                           jne 0x6
   289: 0f8bea000000                   jnp 0xea
   28f: 4883c602                       addq $0x2, %rsi
   293: 4939f0                         cmpq %rsi, %r8
   296: 490f4ff0                       cmovgq %r8, %rsi
   29a: 488d2c09                       leaq (%rcx,%rcx), %rbp
   29e: 4c8d1400                       leaq (%rax,%rax), %r10
   2a2: 4c29d5                         subq %r10, %rbp
   2a5: 48ffc5                         incq %rbp
   2a8: f20f5ec2                       divsd %xmm2, %xmm0
   2ac: 48ffc7                         incq %rdi
   2af: 4c39c7                         cmpq %r8, %rdi
   2b2: 0f8db4010000                   jge 0x1b4
   2b8: 4801c1                         addq %rax, %rcx
   2bb: 4c01d5                         addq %r10, %rbp
   2be: 4c39c9                         cmpq %r9, %rcx
   2c1: 7ce5                           jl -0x1b
   2c3: e971010000                     jmp 0x171
   2c8: 48c70201000000                 movq $0x1, (%rdx)
   2cf: 4989d6                         movq %rdx, %r14
   2d2: 4889d7                         movq %rdx, %rdi
   2d5: e800000000                     callq 0x0
        # hole +0x2d6: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2da: 41bf20000000                   movl $0x20, %r15d
   2e0: b301                           movb $0x1, %bl
   2e2: 41b964000000                   movl $0x64, %r9d
   2e8: bf0a000000                     movl $0xa, %edi
   2ed: b902000000                     movl $0x2, %ecx
   2f2: 498b742418                     movq 0x18(%r12), %rsi
   2f7: 4c8b542410                     movq 0x10(%rsp), %r10
   2fc: 4c39d0                         cmpq %r10, %rax
   2ff: 7406                           je 0x6
   301: 488906                         movq %rax, (%rsi)
   304: 4989c2                         movq %rax, %r10
   307: 4c89f2                         movq %r14, %rdx
   30a: 4c8b442408                     movq 0x8(%rsp), %r8
   30f: 4c39ed                         cmpq %r13, %rbp
   312: 0f855cfdffff                   jne -0x2a4
   318: e95bfdffff                     jmp -0x2a5
   31d: 4989d6                         movq %rdx, %r14
   320: 4889d7                         movq %rdx, %rdi
   323: e800000000                     callq 0x0
        # hole +0x324: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   328: 41bf20000000                   movl $0x20, %r15d
   32e: b301                           movb $0x1, %bl
   330: 41b90a000000                   movl $0xa, %r9d
   336: bf01000000                     movl $0x1, %edi
   33b: b901000000                     movl $0x1, %ecx
   340: ebb0                           jmp -0x50
   342: 4c39c9                         cmpq %r9, %rcx
   345: 0f8efe000000                   jle 0xfe
   34b: 4c8b542408                     movq 0x8(%rsp), %r10
   350: 41837a0802                     cmpl $0x2, 0x8(%r10)
   355: 4d8b1a                         movq (%r10), %r11
   358: 7566                           jne 0x66
   35a: 4c8b542408                     movq 0x8(%rsp), %r10
   35f: f2410f105230                   movsd 0x30(%r10), %xmm2
   365: 660f57c9                       xorpd %xmm1, %xmm1
   369: 660f2ed1                       ucomisd %xmm1, %xmm2
   36d: 0f8596000000                   jne 0x96
   373: 0f8a90000000                   jp 0x90
   379: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   381: 4801c8                         addq %rcx, %rax
   384: 49894630                       movq %rax, 0x30(%r14)
   388: 488b442408                     movq 0x8(%rsp), %rax
   38d: 4c8918                         movq %r11, (%rax)
   390: 4889d7                         movq %rdx, %rdi
   393: 48c7421801000000               movq $0x1, 0x18(%rdx)
   39b: 4989d6                         movq %rdx, %r14
   39e: e800000000                     callq 0x0
        # hole +0x39f: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3a3: 41bf20000000                   movl $0x20, %r15d
   3a9: b301                           movb $0x1, %bl
   3ab: 41b950000000                   movl $0x50, %r9d
   3b1: bf08000000                     movl $0x8, %edi
   3b6: b903000000                     movl $0x3, %ecx
   3bb: e932ffffff                     jmp -0xce
   3c0: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   3c8: 4801c8                         addq %rcx, %rax
   3cb: 49894630                       movq %rax, 0x30(%r14)
   3cf: 49ffc3                         incq %r11
   3d2: 488b442408                     movq 0x8(%rsp), %rax
   3d7: 4c8918                         movq %r11, (%rax)
   3da: 4989d6                         movq %rdx, %r14
   3dd: 4889d7                         movq %rdx, %rdi
   3e0: e800000000                     callq 0x0
        # hole +0x3e1: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3e5: 48c70002000000                 movq $0x2, (%rax)
   3ec: 41bf30000000                   movl $0x30, %r15d
   3f2: 41b946000000                   movl $0x46, %r9d
   3f8: bf07000000                     movl $0x7, %edi
   3fd: b901000000                     movl $0x1, %ecx
   402: 31db                           xorl %ebx, %ebx
   404: e9e9feffff                     jmp -0x117
   409: 4883c602                       addq $0x2, %rsi
   40d: 4939f0                         cmpq %rsi, %r8
   410: 490f4ff0                       cmovgq %r8, %rsi
   414: 488d2c09                       leaq (%rcx,%rcx), %rbp
   418: 4c8d1400                       leaq (%rax,%rax), %r10
   41c: 4c29d5                         subq %r10, %rbp
   41f: 48ffc5                         incq %rbp
   422: f20f5ec2                       divsd %xmm2, %xmm0
   426: 48ffc7                         incq %rdi
   429: 4c39c7                         cmpq %r8, %rdi
   42c: 7d3e                           jge 0x3e
   42e: 4801c1                         addq %rax, %rcx
   431: 4c01d5                         addq %r10, %rbp
   434: 4c39c9                         cmpq %r9, %rcx
   437: 7fe9                           jg -0x17
   439: 48897a08                       movq %rdi, 0x8(%rdx)
   43d: 49894e30                       movq %rcx, 0x30(%r14)
   441: 488b442408                     movq 0x8(%rsp), %rax
   446: 4c8918                         movq %r11, (%rax)
   449: 4989d6                         movq %rdx, %r14
   44c: 4889d7                         movq %rdx, %rdi
   44f: e800000000                     callq 0x0
        # hole +0x450: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   454: 41bf20000000                   movl $0x20, %r15d
   45a: b301                           movb $0x1, %bl
   45c: 41b914000000                   movl $0x14, %r9d
   462: bf02000000                     movl $0x2, %edi
   467: e981feffff                     jmp -0x17f
   46c: 4801c8                         addq %rcx, %rax
   46f: 4889d7                         movq %rdx, %rdi
   472: 48897208                       movq %rsi, 0x8(%rdx)
   476: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   47e: 49894630                       movq %rax, 0x30(%r14)
   482: 488b442408                     movq 0x8(%rsp), %rax
   487: 4c8918                         movq %r11, (%rax)
   48a: 48c70201000000                 movq $0x1, (%rdx)
   491: 4989d6                         movq %rdx, %r14
   494: e93cfeffff                     jmp -0x1c4
