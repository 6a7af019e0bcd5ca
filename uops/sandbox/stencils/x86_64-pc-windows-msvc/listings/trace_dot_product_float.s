# stencil dot_product_float for x86_64-pc-windows-msvc: 976 code bytes, 0 data bytes, 11 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 49bf0800000002000000           movabsq $0x200000008, %r15
     f: 498d5d10                       leaq 0x10(%r13), %rbx
    13: 498d6d08                       leaq 0x8(%r13), %rbp
    17: 498d4518                       leaq 0x18(%r13), %rax
    1b: 4889442438                     movq %rax, 0x38(%rsp)
    20: 498d47f9                       leaq -0x7(%r15), %rax
    24: 4889442448                     movq %rax, 0x48(%rsp)
    29: 498d47fa                       leaq -0x6(%r15), %rax
    2d: 4889442440                     movq %rax, 0x40(%rsp)
    32: 498b45f8                       movq -0x8(%r13), %rax
    36: ba0a000000                     movl $0xa, %edx
    3b: be01000000                     movl $0x1, %esi
    40: a801                           testb $0x1, %al
    42: 0f8533030000                   jne 0x333
    48: 83780804                       cmpl $0x4, 0x8(%rax)
    4c: 0f8529030000                   jne 0x329
    52: 488b4840                       movq 0x40(%rax), %rcx
    56: 488b5030                       movq 0x30(%rax), %rdx
    5a: 488b7838                       movq 0x38(%rax), %rdi
    5e: 4885c9                         testq %rcx, %rcx
    61: 7e0d                           jle 0xd
    63: 4839fa                         cmpq %rdi, %rdx
    66: 7c11                           jl 0x11
    68: e915030000                     jmp 0x315
    6d: 0f1f00                         nopl (%rax)
    70: 4839fa                         cmpq %rdi, %rdx
    73: 0f8e09030000                   jle 0x309
    79: 4801d1                         addq %rdx, %rcx
    7c: 48894830                       movq %rcx, 0x30(%rax)
    80: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    88: 49894500                       movq %rax, (%r13)
    8c: 498b542418                     movq 0x18(%r12), %rdx
    91: 488b4a18                       movq 0x18(%rdx), %rcx
    95: 48894218                       movq %rax, 0x18(%rdx)
    99: f6c101                         testb $0x1, %cl
    9c: 7509                           jne 0x9
    9e: 48ff09                         decq (%rcx)
    a1: 0f8454020000                   je 0x254
    a7: 498b442418                     movq 0x18(%r12), %rax
    ac: 488b4010                       movq 0x10(%rax), %rax
    b0: a801                           testb $0x1, %al
    b2: 7503                           jne 0x3
    b4: 48ff00                         incq (%rax)
    b7: 49894500                       movq %rax, (%r13)
    bb: 498b442418                     movq 0x18(%r12), %rax
    c0: 488b08                         movq (%rax), %rcx
    c3: f6c101                         testb $0x1, %cl
    c6: 7503                           jne 0x3
    c8: 48ff01                         incq (%rcx)
    cb: 48894d00                       movq %rcx, (%rbp)
    cf: 498b442418                     movq 0x18(%r12), %rax
    d4: 488b4018                       movq 0x18(%rax), %rax
    d8: a801                           testb $0x1, %al
    da: 7507                           jne 0x7
    dc: 48ff00                         incq (%rax)
    df: 488b4d00                       movq (%rbp), %rcx
    e3: 488903                         movq %rax, (%rbx)
    e6: ba50000000                     movl $0x50, %edx
    eb: f6c101                         testb $0x1, %cl
    ee: 0f8571020000                   jne 0x271
    f4: a801                           testb $0x1, %al
    f6: 0f8469020000                   je 0x269
    fc: 83790803                       cmpl $0x3, 0x8(%rcx)
   100: 0f855f020000                   jne 0x25f
   106: 48d1f8                         sarq %rax
   109: 0f8856020000                   js 0x256
   10f: 483b4130                       cmpq 0x30(%rcx), %rax
   113: 0f8d4c020000                   jge 0x24c
   119: 488b5140                       movq 0x40(%rcx), %rdx
   11d: 488b3cc2                       movq (%rdx,%rax,8), %rdi
   121: 40f6c701                       testb $0x1, %dil
   125: 7503                           jne 0x3
   127: 48ff07                         incq (%rdi)
   12a: 48ff09                         decq (%rcx)
   12d: 7505                           jne 0x5
   12f: e800000000                     callq 0x0
        # hole +0x130: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   134: 48897d00                       movq %rdi, (%rbp)
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 488b4808                       movq 0x8(%rax), %rcx
   141: f6c101                         testb $0x1, %cl
   144: 7503                           jne 0x3
   146: 48ff01                         incq (%rcx)
   149: 48890b                         movq %rcx, (%rbx)
   14c: 498b442418                     movq 0x18(%r12), %rax
   151: 488b4018                       movq 0x18(%rax), %rax
   155: a801                           testb $0x1, %al
   157: 7506                           jne 0x6
   159: 48ff00                         incq (%rax)
   15c: 488b0b                         movq (%rbx), %rcx
   15f: 488b542438                     movq 0x38(%rsp), %rdx
   164: 488902                         movq %rax, (%rdx)
   167: f6c101                         testb $0x1, %cl
   16a: 0f85fc010000                   jne 0x1fc
   170: a801                           testb $0x1, %al
   172: 0f84f4010000                   je 0x1f4
   178: 83790803                       cmpl $0x3, 0x8(%rcx)
   17c: 0f85ea010000                   jne 0x1ea
   182: 48d1f8                         sarq %rax
   185: 0f88e1010000                   js 0x1e1
   18b: 483b4130                       cmpq 0x30(%rcx), %rax
   18f: 0f8dd7010000                   jge 0x1d7
   195: 488b5140                       movq 0x40(%rcx), %rdx
   199: 488b3cc2                       movq (%rdx,%rax,8), %rdi
   19d: 40f6c701                       testb $0x1, %dil
   1a1: 7503                           jne 0x3
   1a3: 48ff07                         incq (%rdi)
   1a6: 48ff09                         decq (%rcx)
   1a9: 7505                           jne 0x5
   1ab: e800000000                     callq 0x0
        # hole +0x1ac: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1b0: 48893b                         movq %rdi, (%rbx)
   1b3: 488b4d00                       movq (%rbp), %rcx
   1b7: 498d4704                       leaq 0x4(%r15), %rax
   1bb: ba78000000                     movl $0x78, %edx
   1c0: f6c101                         testb $0x1, %cl
   1c3: 0f8592010000                   jne 0x192
   1c9: 83790802                       cmpl $0x2, 0x8(%rcx)
   1cd: 0f8588010000                   jne 0x188
   1d3: 40f6c701                       testb $0x1, %dil
   1d7: 0f857e010000                   jne 0x17e
   1dd: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1e1: 0f8574010000                   jne 0x174
   1e7: f20f107130                     movsd 0x30(%rcx), %xmm6
   1ec: f20f597730                     mulsd 0x30(%rdi), %xmm6
   1f1: 48ff09                         decq (%rcx)
   1f4: 0f84e6000000                   je 0xe6
   1fa: 48ff0f                         decq (%rdi)
   1fd: 0f84eb000000                   je 0xeb
   203: 4c89f1                         movq %r14, %rcx
   206: 660f28ce                       movapd %xmm6, %xmm1
   20a: e800000000                     callq 0x0
        # hole +0x20b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   20f: 4885c0                         testq %rax, %rax
   212: 0f8495010000                   je 0x195
   218: 49894508                       movq %rax, 0x8(%r13)
   21c: 498b4d00                       movq (%r13), %rcx
   220: 498d7f06                       leaq 0x6(%r15), %rdi
   224: ba8c000000                     movl $0x8c, %edx
   229: f6c101                         testb $0x1, %cl
   22c: 0f8505010000                   jne 0x105
   232: 83790802                       cmpl $0x2, 0x8(%rcx)
   236: 0f85fb000000                   jne 0xfb
   23c: 4189c0                         movl %eax, %r8d
   23f: 4183e001                       andl $0x1, %r8d
   243: 0f85ee000000                   jne 0xee
   249: 83780802                       cmpl $0x2, 0x8(%rax)
   24d: 0f85e4000000                   jne 0xe4
   253: f20f107130                     movsd 0x30(%rcx), %xmm6
   258: f20f587030                     addsd 0x30(%rax), %xmm6
   25d: 48ff09                         decq (%rcx)
   260: 0f84b0000000                   je 0xb0
   266: 48ff08                         decq (%rax)
   269: 0f84bb000000                   je 0xbb
   26f: 4c89f1                         movq %r14, %rcx
   272: 660f28ce                       movapd %xmm6, %xmm1
   276: e800000000                     callq 0x0
        # hole +0x277: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   27b: 4885c0                         testq %rax, %rax
   27e: 0f843c010000                   je 0x13c
   284: 49894500                       movq %rax, (%r13)
   288: 498b542418                     movq 0x18(%r12), %rdx
   28d: 488b4a10                       movq 0x10(%rdx), %rcx
   291: 48894210                       movq %rax, 0x10(%rdx)
   295: f6c101                         testb $0x1, %cl
   298: 7516                           jne 0x16
   29a: 48ff09                         decq (%rcx)
   29d: 7511                           jne 0x11
   29f: e800000000                     callq 0x0
        # hole +0x2a0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2a4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   2b0: 498b4608                       movq 0x8(%r14), %rax
   2b4: 48ffc0                         incq %rax
   2b7: 49894608                       movq %rax, 0x8(%r14)
   2bb: 493b4610                       cmpq 0x10(%r14), %rax
   2bf: 0f8dce000000                   jge 0xce
   2c5: 49833e00                       cmpq $0x0, (%r14)
   2c9: 0f8463fdffff                   je -0x29d
   2cf: e9c6000000                     jmp 0xc6
   2d4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   2e0: e800000000                     callq 0x0
        # hole +0x2e1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2e5: 48ff0f                         decq (%rdi)
   2e8: 0f8515ffffff                   jne -0xeb
   2ee: 4889f9                         movq %rdi, %rcx
   2f1: e800000000                     callq 0x0
        # hole +0x2f2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f6: e908ffffff                     jmp -0xf8
   2fb: e800000000                     callq 0x0
        # hole +0x2fc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   300: 498b442418                     movq 0x18(%r12), %rax
   305: 488b4010                       movq 0x10(%rax), %rax
   309: a801                           testb $0x1, %al
   30b: 0f84a3fdffff                   je -0x25d
   311: e9a1fdffff                     jmp -0x25f
   316: 4889c6                         movq %rax, %rsi
   319: e800000000                     callq 0x0
        # hole +0x31a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   31e: 4889f0                         movq %rsi, %rax
   321: 48ff08                         decq (%rax)
   324: 0f8545ffffff                   jne -0xbb
   32a: 4889c1                         movq %rax, %rcx
   32d: e800000000                     callq 0x0
        # hole +0x32e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   332: e938ffffff                     jmp -0xc8
   337: 4989dd                         movq %rbx, %r13
   33a: 4889542428                     movq %rdx, 0x28(%rsp)
   33f: 48897c2420                     movq %rdi, 0x20(%rsp)
   344: 4c89e1                         movq %r12, %rcx
   347: 4c89ea                         movq %r13, %rdx
   34a: 4d89f0                         movq %r14, %r8
   34d: 4189f1                         movl %esi, %r9d
   350: e800000000                     callq 0x0
        # hole +0x351: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   355: 4883c450                       addq $0x50, %rsp
   359: 5d                             popq %rbp
   35a: c3                             retq
   35b: 4c8b6c2438                     movq 0x38(%rsp), %r13
   360: 4889c7                         movq %rax, %rdi
   363: ebd5                           jmp -0x2b
   365: 4c8b6c2438                     movq 0x38(%rsp), %r13
   36a: eb3c                           jmp 0x3c
   36c: 4983c520                       addq $0x20, %r13
   370: 4983c703                       addq $0x3, %r15
   374: ba6e000000                     movl $0x6e, %edx
   379: eb2d                           jmp 0x2d
   37b: 488b7c2448                     movq 0x48(%rsp), %rdi
   380: ebb8                           jmp -0x48
   382: ba14000000                     movl $0x14, %edx
   387: be02000000                     movl $0x2, %esi
   38c: 488b7c2440                     movq 0x40(%rsp), %rdi
   391: eba7                           jmp -0x59
   393: 49c70601000000                 movq $0x1, (%r14)
   39a: 4983c709                       addq $0x9, %r15
   39e: baaa000000                     movl $0xaa, %edx
   3a3: be02000000                     movl $0x2, %esi
   3a8: 4c89ff                         movq %r15, %rdi
   3ab: eb8d                           jmp -0x73
   3ad: 4983c705                       addq $0x5, %r15
   3b1: ba82000000                     movl $0x82, %edx
   3b6: 4989ed                         movq %rbp, %r13
   3b9: be03000000                     movl $0x3, %esi
   3be: ebe8                           jmp -0x18
   3c0: 4983c707                       addq $0x7, %r15
   3c4: ba96000000                     movl $0x96, %edx
   3c9: be03000000                     movl $0x3, %esi
   3ce: ebd8                           jmp -0x28
