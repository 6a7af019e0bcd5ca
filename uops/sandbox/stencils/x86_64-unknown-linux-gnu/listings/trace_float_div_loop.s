# stencil float_div_loop for x86_64-unknown-linux-gnu: 1000 code bytes, 0 data bytes, 12 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b38                         movq (%rax), %rdi
    10: 4c8b4008                       movq 0x8(%rax), %r8
    14: 4c8b6810                       movq 0x10(%rax), %r13
    18: 4c8b7018                       movq 0x18(%rax), %r14
    1c: bb20000000                     movl $0x20, %ebx
    21: 41b701                         movb $0x1, %r15b
    24: 41b90a000000                   movl $0xa, %r9d
    2a: 41ba01000000                   movl $0x1, %r10d
    30: b901000000                     movl $0x1, %ecx
    35: 41f6c601                       testb $0x1, %r14b
    39: 752e                           jne 0x2e
    3b: 41837e0804                     cmpl $0x4, 0x8(%r14)
    40: 7527                           jne 0x27
    42: 498b4640                       movq 0x40(%r14), %rax
    46: 498b6e30                       movq 0x30(%r14), %rbp
    4a: 498b7638                       movq 0x38(%r14), %rsi
    4e: 4885c0                         testq %rax, %rax
    51: 7e51                           jle 0x51
    53: 4839f5                         cmpq %rsi, %rbp
    56: 7c51                           jl 0x51
    58: 41b914000000                   movl $0x14, %r9d
    5e: 41ba02000000                   movl $0x2, %r10d
    64: b902000000                     movl $0x2, %ecx
    69: 4c89ed                         movq %r13, %rbp
    6c: 498b742418                     movq 0x18(%r12), %rsi
    71: 4c39ed                         cmpq %r13, %rbp
    74: 7404                           je 0x4
    76: 48896e10                       movq %rbp, 0x10(%rsi)
    7a: 4584ff                         testb %r15b, %r15b
    7d: 7508                           jne 0x8
    7f: 48897e20                       movq %rdi, 0x20(%rsi)
    83: 4c894628                       movq %r8, 0x28(%rsi)
    87: 4801de                         addq %rbx, %rsi
    8a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8c: R_X86_64_64 Abs64 index+0
    94: 4d01d0                         addq %r10, %r8
    97: 4c89e7                         movq %r12, %rdi
    9a: 4883c430                       addq $0x30, %rsp
    9e: 5d                             popq %rbp
    9f: e900000000                     jmp 0x0
        # hole +0xa0: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    a4: 4839f5                         cmpq %rsi, %rbp
    a7: 7eaf                           jle -0x51
    a9: 4801e8                         addq %rbp, %rax
    ac: 49894630                       movq %rax, 0x30(%r14)
    b0: 41f6c501                       testb $0x1, %r13b
    b4: 48897c2420                     movq %rdi, 0x20(%rsp)
    b9: 752c                           jne 0x2c
    bb: 49ff4d00                       decq (%r13)
    bf: 7526                           jne 0x26
    c1: 4c89ef                         movq %r13, %rdi
    c4: 4889542418                     movq %rdx, 0x18(%rsp)
    c9: 4c89442408                     movq %r8, 0x8(%rsp)
    ce: e800000000                     callq 0x0
        # hole +0xcf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    d3: 488b7c2420                     movq 0x20(%rsp), %rdi
    d8: 4c8b442408                     movq 0x8(%rsp), %r8
    dd: 488b542418                     movq 0x18(%rsp), %rdx
    e2: b901000000                     movl $0x1, %ecx
    e7: 40f6c701                       testb $0x1, %dil
    eb: 7503                           jne 0x3
    ed: 48ff07                         incq (%rdi)
    f0: 41f6c001                       testb $0x1, %r8b
    f4: 7503                           jne 0x3
    f6: 49ff00                         incq (%r8)
    f9: 488d2c6d01000000               leaq 0x1(,%rbp,2), %rbp
   101: 41b946000000                   movl $0x46, %r9d
   107: 41ba07000000                   movl $0x7, %r10d
   10d: 40f6c701                       testb $0x1, %dil
   111: 0f85b3000000                   jne 0xb3
   117: 837f0802                       cmpl $0x2, 0x8(%rdi)
   11b: 0f85a9000000                   jne 0xa9
   121: 41f6c001                       testb $0x1, %r8b
   125: 0f859f000000                   jne 0x9f
   12b: 4183780802                     cmpl $0x2, 0x8(%r8)
   130: 0f8594000000                   jne 0x94
   136: f20f104730                     movsd 0x30(%rdi), %xmm0
   13b: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   141: f2410f104030                   movsd 0x30(%r8), %xmm0
   147: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   14d: 48ff0f                         decq (%rdi)
   150: 4889542418                     movq %rdx, 0x18(%rsp)
   155: 4c89442408                     movq %r8, 0x8(%rsp)
   15a: 7514                           jne 0x14
   15c: e800000000                     callq 0x0
        # hole +0x15d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   161: 488b7c2420                     movq 0x20(%rsp), %rdi
   166: 4c8b442408                     movq 0x8(%rsp), %r8
   16b: 488b542418                     movq 0x18(%rsp), %rdx
   170: 49ff08                         decq (%r8)
   173: 7517                           jne 0x17
   175: 4c89c7                         movq %r8, %rdi
   178: e800000000                     callq 0x0
        # hole +0x179: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   17d: 488b7c2420                     movq 0x20(%rsp), %rdi
   182: 4c8b442408                     movq 0x8(%rsp), %r8
   187: 488b542418                     movq 0x18(%rsp), %rdx
   18c: 660f57c0                       xorpd %xmm0, %xmm0
   190: f20f104c2410                   movsd 0x10(%rsp), %xmm1
   196: 660f2ec8                       ucomisd %xmm0, %xmm1
   19a: 7549                           jne 0x49
   19c: 7a47                           jp 0x47
   19e: 48c7421801000000               movq $0x1, 0x18(%rdx)
   1a6: 41b950000000                   movl $0x50, %r9d
   1ac: 41ba08000000                   movl $0x8, %r10d
   1b2: b903000000                     movl $0x3, %ecx
   1b7: 498b742418                     movq 0x18(%r12), %rsi
   1bc: 4c39ed                         cmpq %r13, %rbp
   1bf: 0f85b1feffff                   jne -0x14f
   1c5: e9b0feffff                     jmp -0x150
   1ca: 4531ff                         xorl %r15d, %r15d
   1cd: bb30000000                     movl $0x30, %ebx
   1d2: 498b742418                     movq 0x18(%r12), %rsi
   1d7: 4c39ed                         cmpq %r13, %rbp
   1da: 0f849afeffff                   je -0x166
   1e0: e991feffff                     jmp -0x16f
   1e5: 48ff0f                         decq (%rdi)
   1e8: 7511                           jne 0x11
   1ea: 4889d3                         movq %rdx, %rbx
   1ed: 4d89c7                         movq %r8, %r15
   1f0: e800000000                     callq 0x0
        # hole +0x1f1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1f5: 4d89f8                         movq %r15, %r8
   1f8: 4889da                         movq %rbx, %rdx
   1fb: f20f10442428                   movsd 0x28(%rsp), %xmm0
   201: f20f5e442410                   divsd 0x10(%rsp), %xmm0
   207: 488b4208                       movq 0x8(%rdx), %rax
   20b: 48ffc0                         incq %rax
   20e: 48894208                       movq %rax, 0x8(%rdx)
   212: 483b4210                       cmpq 0x10(%rdx), %rax
   216: 0f8df7000000                   jge 0xf7
   21c: 48833a00                       cmpq $0x0, (%rdx)
   220: 0f85f4000000                   jne 0xf4
   226: 41837e0804                     cmpl $0x4, 0x8(%r14)
   22b: 0f85bc000000                   jne 0xbc
   231: 660f57c9                       xorpd %xmm1, %xmm1
   235: 498b4640                       movq 0x40(%r14), %rax
   239: 498b4e30                       movq 0x30(%r14), %rcx
   23d: 498b7638                       movq 0x38(%r14), %rsi
   241: 4885c0                         testq %rax, %rax
   244: 7e0a                           jle 0xa
   246: 4839f1                         cmpq %rsi, %rcx
   249: 7c0e                           jl 0xe
   24b: e919010000                     jmp 0x119
   250: 4839f1                         cmpq %rsi, %rcx
   253: 0f8e10010000                   jle 0x110
   259: 4801c8                         addq %rcx, %rax
   25c: 49894630                       movq %rax, 0x30(%r14)
   260: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   268: 498b00                         movq (%r8), %rax
   26b: 488d4801                       leaq 0x1(%rax), %rcx
   26f: 498908                         movq %rcx, (%r8)
   272: 4183780802                     cmpl $0x2, 0x8(%r8)
   277: 0f850d010000                   jne 0x10d
   27d: f2410f105030                   movsd 0x30(%r8), %xmm2
   283: 498900                         movq %rax, (%r8)
   286: 4885c0                         testq %rax, %rax
   289: 7530                           jne 0x30
   28b: 4c89c7                         movq %r8, %rdi
   28e: 4889d3                         movq %rdx, %rbx
   291: 4d89c7                         movq %r8, %r15
   294: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   29a: f20f11542410                   movsd %xmm2, 0x10(%rsp)
   2a0: e800000000                     callq 0x0
        # hole +0x2a1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2a5: f20f10542410                   movsd 0x10(%rsp), %xmm2
   2ab: 660f57c9                       xorpd %xmm1, %xmm1
   2af: f20f10442428                   movsd 0x28(%rsp), %xmm0
   2b5: 4d89f8                         movq %r15, %r8
   2b8: 4889da                         movq %rbx, %rdx
   2bb: 660f2ed1                       ucomisd %xmm1, %xmm2
   2bf: 7506                           jne 0x6
   2c1: 0f8bf0000000                   jnp 0xf0
   2c7: f20f5ec2                       divsd %xmm2, %xmm0
   2cb: 488b4208                       movq 0x8(%rdx), %rax
   2cf: 48ffc0                         incq %rax
   2d2: 48894208                       movq %rax, 0x8(%rdx)
   2d6: 483b4210                       cmpq 0x10(%rdx), %rax
   2da: 7d37                           jge 0x37
   2dc: 48833a00                       cmpq $0x0, (%rdx)
   2e0: 7538                           jne 0x38
   2e2: 41837e0804                     cmpl $0x4, 0x8(%r14)
   2e7: 0f8448ffffff                   je -0xb8
   2ed: 4989d6                         movq %rdx, %r14
   2f0: 4889d7                         movq %rdx, %rdi
   2f3: e800000000                     callq 0x0
        # hole +0x2f4: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2f8: bb20000000                     movl $0x20, %ebx
   2fd: 41b701                         movb $0x1, %r15b
   300: 41b90a000000                   movl $0xa, %r9d
   306: 41ba01000000                   movl $0x1, %r10d
   30c: b901000000                     movl $0x1, %ecx
   311: eb2b                           jmp 0x2b
   313: 48c70201000000                 movq $0x1, (%rdx)
   31a: 4989d6                         movq %rdx, %r14
   31d: 4889d7                         movq %rdx, %rdi
   320: e800000000                     callq 0x0
        # hole +0x321: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   325: bb20000000                     movl $0x20, %ebx
   32a: 41b701                         movb $0x1, %r15b
   32d: 41b964000000                   movl $0x64, %r9d
   333: 41ba0a000000                   movl $0xa, %r10d
   339: b902000000                     movl $0x2, %ecx
   33e: 498b742418                     movq 0x18(%r12), %rsi
   343: 488b7c2420                     movq 0x20(%rsp), %rdi
   348: 4839f8                         cmpq %rdi, %rax
   34b: 7406                           je 0x6
   34d: 488906                         movq %rax, (%rsi)
   350: 4889c7                         movq %rax, %rdi
   353: 4c89f2                         movq %r14, %rdx
   356: 4c8b442408                     movq 0x8(%rsp), %r8
   35b: 4c39ed                         cmpq %r13, %rbp
   35e: 0f8512fdffff                   jne -0x2ee
   364: e911fdffff                     jmp -0x2ef
   369: 4989d6                         movq %rdx, %r14
   36c: 4889d7                         movq %rdx, %rdi
   36f: e800000000                     callq 0x0
        # hole +0x370: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   374: bb20000000                     movl $0x20, %ebx
   379: 41b701                         movb $0x1, %r15b
   37c: 41b914000000                   movl $0x14, %r9d
   382: 41ba02000000                   movl $0x2, %r10d
   388: ebaf                           jmp -0x51
   38a: 4989d6                         movq %rdx, %r14
   38d: 4889d7                         movq %rdx, %rdi
   390: e800000000                     callq 0x0
        # hole +0x391: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   395: 48c70002000000                 movq $0x2, (%rax)
   39c: bb30000000                     movl $0x30, %ebx
   3a1: 41b946000000                   movl $0x46, %r9d
   3a7: 41ba07000000                   movl $0x7, %r10d
   3ad: b901000000                     movl $0x1, %ecx
   3b2: 4531ff                         xorl %r15d, %r15d
   3b5: eb87                           jmp -0x79
   3b7: 48c7421801000000               movq $0x1, 0x18(%rdx)
   3bf: 4989d6                         movq %rdx, %r14
   3c2: 4889d7                         movq %rdx, %rdi
   3c5: e800000000                     callq 0x0
        # hole +0x3c6: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3ca: bb20000000                     movl $0x20, %ebx
   3cf: 41b701                         movb $0x1, %r15b
   3d2: 41b950000000                   movl $0x50, %r9d
   3d8: 41ba08000000                   movl $0x8, %r10d
   3de: b903000000                     movl $0x3, %ecx
   3e3: e956ffffff                     jmp -0xaa
