# stencil float_div_loop for x86_64-unknown-linux-gnu: 1237 code bytes, 0 data bytes, 12 holes
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
   1f9: 751a                           jne 0x1a
   1fb: 4c89d7                         movq %r10, %rdi
   1fe: 4889d3                         movq %rdx, %rbx
   201: 4d89d7                         movq %r10, %r15
   204: e800000000                     callq 0x0
        # hole +0x205: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   209: f20f10442420                   movsd 0x20(%rsp), %xmm0
   20f: 4d89fa                         movq %r15, %r10
   212: 4889da                         movq %rbx, %rdx
   215: f20f5e442428                   divsd 0x28(%rsp), %xmm0
   21b: 488b7208                       movq 0x8(%rdx), %rsi
   21f: 4c8b4210                       movq 0x10(%rdx), %r8
   223: 488d7e01                       leaq 0x1(%rsi), %rdi
   227: 48897a08                       movq %rdi, 0x8(%rdx)
   22b: 4c39c7                         cmpq %r8, %rdi
   22e: 0f8d9a000000                   jge 0x9a
   234: 48833a00                       cmpq $0x0, (%rdx)
   238: 0f8597000000                   jne 0x97
   23e: 41837e0804                     cmpl $0x4, 0x8(%r14)
   243: 0f85db000000                   jne 0xdb
   249: 498b4640                       movq 0x40(%r14), %rax
   24d: 498b4e30                       movq 0x30(%r14), %rcx
   251: 4d8b4e38                       movq 0x38(%r14), %r9
   255: 4885c0                         testq %rax, %rax
   258: 0f8ef1000000                   jle 0xf1
   25e: 4c39c9                         cmpq %r9, %rcx
   261: 0f8dff010000                   jge 0x1ff
   267: 4c8b542408                     movq 0x8(%rsp), %r10
   26c: 41837a0802                     cmpl $0x2, 0x8(%r10)
   271: 4d8b1a                         movq (%r10), %r11
   274: 0f8558010000                   jne 0x158
   27a: 4c8b542408                     movq 0x8(%rsp), %r10
   27f: f2410f105230                   movsd 0x30(%r10), %xmm2
   285: 660f57c9                       xorpd %xmm1, %xmm1
   289: 660f2ed1                       ucomisd %xmm1, %xmm2
   28d: 7506                           jne 0x6
   28f: 0f8bf1000000                   jnp 0xf1
   295: 4883c602                       addq $0x2, %rsi
   299: 4939f0                         cmpq %rsi, %r8
   29c: 490f4ff0                       cmovgq %r8, %rsi
   2a0: 488d2c09                       leaq (%rcx,%rcx), %rbp
   2a4: 4c8d1400                       leaq (%rax,%rax), %r10
   2a8: 4c29d5                         subq %r10, %rbp
   2ab: 48ffc5                         incq %rbp
   2ae: f20f5ec2                       divsd %xmm2, %xmm0
   2b2: 48ffc7                         incq %rdi
   2b5: 4c39c7                         cmpq %r8, %rdi
   2b8: 0f8dd5010000                   jge 0x1d5
   2be: 4801c1                         addq %rax, %rcx
   2c1: 4c01d5                         addq %r10, %rbp
   2c4: 4c39c9                         cmpq %r9, %rcx
   2c7: 7ce5                           jl -0x1b
   2c9: e988010000                     jmp 0x188
   2ce: 48c70201000000                 movq $0x1, (%rdx)
   2d5: 4989d6                         movq %rdx, %r14
   2d8: 4889d7                         movq %rdx, %rdi
   2db: 4c89d3                         movq %r10, %rbx
   2de: e800000000                     callq 0x0
        # hole +0x2df: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2e3: 4989da                         movq %rbx, %r10
   2e6: 41bf20000000                   movl $0x20, %r15d
   2ec: b301                           movb $0x1, %bl
   2ee: 41b964000000                   movl $0x64, %r9d
   2f4: bf0a000000                     movl $0xa, %edi
   2f9: b902000000                     movl $0x2, %ecx
   2fe: 498b742418                     movq 0x18(%r12), %rsi
   303: 4c39d0                         cmpq %r10, %rax
   306: 7406                           je 0x6
   308: 488906                         movq %rax, (%rsi)
   30b: 4989c2                         movq %rax, %r10
   30e: 4c89f2                         movq %r14, %rdx
   311: 4c8b442408                     movq 0x8(%rsp), %r8
   316: 4c39ed                         cmpq %r13, %rbp
   319: 0f8555fdffff                   jne -0x2ab
   31f: e954fdffff                     jmp -0x2ac
   324: 4989d6                         movq %rdx, %r14
   327: 4889d7                         movq %rdx, %rdi
   32a: 4c89d3                         movq %r10, %rbx
   32d: e800000000                     callq 0x0
        # hole +0x32e: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   332: 4989da                         movq %rbx, %r10
   335: 41bf20000000                   movl $0x20, %r15d
   33b: b301                           movb $0x1, %bl
   33d: 41b90a000000                   movl $0xa, %r9d
   343: bf01000000                     movl $0x1, %edi
   348: b901000000                     movl $0x1, %ecx
   34d: ebaf                           jmp -0x51
   34f: 4c39c9                         cmpq %r9, %rcx
   352: 0f8e0e010000                   jle 0x10e
   358: 4c8b542408                     movq 0x8(%rsp), %r10
   35d: 41837a0802                     cmpl $0x2, 0x8(%r10)
   362: 4d8b1a                         movq (%r10), %r11
   365: 756b                           jne 0x6b
   367: 4c8b542408                     movq 0x8(%rsp), %r10
   36c: f2410f105230                   movsd 0x30(%r10), %xmm2
   372: 660f57c9                       xorpd %xmm1, %xmm1
   376: 660f2ed1                       ucomisd %xmm1, %xmm2
   37a: 0f85a6000000                   jne 0xa6
   380: 0f8aa0000000                   jp 0xa0
   386: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   38e: 4801c8                         addq %rcx, %rax
   391: 49894630                       movq %rax, 0x30(%r14)
   395: 488b442408                     movq 0x8(%rsp), %rax
   39a: 4c8918                         movq %r11, (%rax)
   39d: 4889d7                         movq %rdx, %rdi
   3a0: 48c7421801000000               movq $0x1, 0x18(%rdx)
   3a8: 4989d6                         movq %rdx, %r14
   3ab: e800000000                     callq 0x0
        # hole +0x3ac: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3b0: 41bf20000000                   movl $0x20, %r15d
   3b6: b301                           movb $0x1, %bl
   3b8: 41b950000000                   movl $0x50, %r9d
   3be: bf08000000                     movl $0x8, %edi
   3c3: b903000000                     movl $0x3, %ecx
   3c8: 4c8b542410                     movq 0x10(%rsp), %r10
   3cd: e92cffffff                     jmp -0xd4
   3d2: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   3da: 4801c8                         addq %rcx, %rax
   3dd: 49894630                       movq %rax, 0x30(%r14)
   3e1: 49ffc3                         incq %r11
   3e4: 488b442408                     movq 0x8(%rsp), %rax
   3e9: 4c8918                         movq %r11, (%rax)
   3ec: 4989d6                         movq %rdx, %r14
   3ef: 4889d7                         movq %rdx, %rdi
   3f2: e800000000                     callq 0x0
        # hole +0x3f3: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3f7: 41bf30000000                   movl $0x30, %r15d
   3fd: 41b946000000                   movl $0x46, %r9d
   403: bf07000000                     movl $0x7, %edi
   408: b901000000                     movl $0x1, %ecx
   40d: 4883f808                       cmpq $0x8, %rax
   411: 7207                           jb 0x7
   413: 48c70002000000                 movq $0x2, (%rax)
   41a: 31db                           xorl %ebx, %ebx
   41c: 4c8b542410                     movq 0x10(%rsp), %r10
   421: e9d8feffff                     jmp -0x128
   426: 4883c602                       addq $0x2, %rsi
   42a: 4939f0                         cmpq %rsi, %r8
   42d: 490f4ff0                       cmovgq %r8, %rsi
   431: 488d2c09                       leaq (%rcx,%rcx), %rbp
   435: 4c8d1400                       leaq (%rax,%rax), %r10
   439: 4c29d5                         subq %r10, %rbp
   43c: 48ffc5                         incq %rbp
   43f: f20f5ec2                       divsd %xmm2, %xmm0
   443: 48ffc7                         incq %rdi
   446: 4c39c7                         cmpq %r8, %rdi
   449: 7d48                           jge 0x48
   44b: 4801c1                         addq %rax, %rcx
   44e: 4c01d5                         addq %r10, %rbp
   451: 4c39c9                         cmpq %r9, %rcx
   454: 7fe9                           jg -0x17
   456: 48897a08                       movq %rdi, 0x8(%rdx)
   45a: 49894e30                       movq %rcx, 0x30(%r14)
   45e: 488b442408                     movq 0x8(%rsp), %rax
   463: 4c8918                         movq %r11, (%rax)
   466: 4989d6                         movq %rdx, %r14
   469: 4889d7                         movq %rdx, %rdi
   46c: e800000000                     callq 0x0
        # hole +0x46d: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   471: 41bf20000000                   movl $0x20, %r15d
   477: b301                           movb $0x1, %bl
   479: 41b914000000                   movl $0x14, %r9d
   47f: bf02000000                     movl $0x2, %edi
   484: b902000000                     movl $0x2, %ecx
   489: 4c8b542410                     movq 0x10(%rsp), %r10
   48e: e96bfeffff                     jmp -0x195
   493: 4801c8                         addq %rcx, %rax
   496: 4889d7                         movq %rdx, %rdi
   499: 48897208                       movq %rsi, 0x8(%rdx)
   49d: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   4a5: 49894630                       movq %rax, 0x30(%r14)
   4a9: 488b442408                     movq 0x8(%rsp), %rax
   4ae: 4c8918                         movq %r11, (%rax)
   4b1: 48c70201000000                 movq $0x1, (%rdx)
   4b8: 4989d6                         movq %rdx, %r14
   4bb: e800000000                     callq 0x0
        # hole +0x4bc: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   4c0: 41bf20000000                   movl $0x20, %r15d
   4c6: b301                           movb $0x1, %bl
   4c8: 41b964000000                   movl $0x64, %r9d
   4ce: bf0a000000                     movl $0xa, %edi
   4d3: ebaf                           jmp -0x51
