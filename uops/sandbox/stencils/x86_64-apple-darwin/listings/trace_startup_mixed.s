# stencil startup_mixed for x86_64-apple-darwin: 3583 code bytes, 0 data bytes, 41 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f5                         movq %r14, %rbp
     8: 4d89e7                         movq %r12, %r15
     b: 498b442418                     movq 0x18(%r12), %rax
    10: 488b38                         movq (%rax), %rdi
    13: 40f6c701                       testb $0x1, %dil
    17: 7503                           jne 0x3
    19: 48ff07                         incq (%rdi)
    1c: 49bc0a0000000c000000           movabsq $0xc0000000a, %r12
    26: 498d7508                       leaq 0x8(%r13), %rsi
    2a: 49897d00                       movq %rdi, (%r13)
    2e: 498d4424f7                     leaq -0x9(%r12), %rax
    33: bb0a000000                     movl $0xa, %ebx
    38: 41be01000000                   movl $0x1, %r14d
    3e: 40f6c701                       testb $0x1, %dil
    42: 0f854d010000                   jne 0x14d
    48: 837f0807                       cmpl $0x7, 0x8(%rdi)
    4c: 0f8543010000                   jne 0x143
    52: 488d0d00000000                 leaq (%rip), %rcx
        # hole +0x55: X86_64_RELOC_SIGNED Rel32 operand0[1]-4
    59: 488b5730                       movq 0x30(%rdi), %rdx
    5d: 48394a30                       cmpq %rcx, 0x30(%rdx)
    61: 0f852e010000                   jne 0x12e
    67: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    6c: 0f82fc050000                   jb 0x5fc
    72: 488b4f48                       movq 0x48(%rdi), %rcx
    76: f6c101                         testb $0x1, %cl
    79: 7503                           jne 0x3
    7b: 48ff01                         incq (%rcx)
    7e: 49894d00                       movq %rcx, (%r13)
    82: 48ff0f                         decq (%rdi)
    85: 4889742418                     movq %rsi, 0x18(%rsp)
    8a: 750e                           jne 0xe
    8c: e800000000                     callq 0x0
        # hole +0x8d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    91: 488b742418                     movq 0x18(%rsp), %rsi
    96: 498b4d00                       movq (%r13), %rcx
    9a: 498b4718                       movq 0x18(%r15), %rax
    9e: 488b7808                       movq 0x8(%rax), %rdi
    a2: 48894808                       movq %rcx, 0x8(%rax)
    a6: 40f6c701                       testb $0x1, %dil
    aa: 7513                           jne 0x13
    ac: 48ff0f                         decq (%rdi)
    af: 750e                           jne 0xe
    b1: e800000000                     callq 0x0
        # hole +0xb2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    b6: 488b742418                     movq 0x18(%rsp), %rsi
    bb: 498b4718                       movq 0x18(%r15), %rax
    bf: 4c8b7020                       movq 0x20(%rax), %r14
    c3: 41f6c601                       testb $0x1, %r14b
    c7: 7503                           jne 0x3
    c9: 49ff06                         incq (%r14)
    cc: 4c893c24                       movq %r15, (%rsp)
    d0: 4d897500                       movq %r14, (%r13)
    d4: 488b4010                       movq 0x10(%rax), %rax
    d8: a801                           testb $0x1, %al
    da: 7503                           jne 0x3
    dc: 48ff00                         incq (%rax)
    df: 498d4d10                       leaq 0x10(%r13), %rcx
    e3: 49894508                       movq %rax, 0x8(%r13)
    e7: 4d8d7c24fc                     leaq -0x4(%r12), %r15
    ec: bb3c000000                     movl $0x3c, %ebx
    f1: 41f6c601                       testb $0x1, %r14b
    f5: 0f85a2000000                   jne 0xa2
    fb: 48894c2410                     movq %rcx, 0x10(%rsp)
   100: 41837e0808                     cmpl $0x8, 0x8(%r14)
   105: 0f85ca0c0000                   jne 0xcca
   10b: ba01000000                     movl $0x1, %edx
   110: 48896c2408                     movq %rbp, 0x8(%rsp)
   115: 4889ef                         movq %rbp, %rdi
   118: 41ff5638                       callq *0x38(%r14)
   11c: 488b4c2418                     movq 0x18(%rsp), %rcx
   121: 4889c5                         movq %rax, %rbp
   124: 488b39                         movq (%rcx), %rdi
   127: 40f6c701                       testb $0x1, %dil
   12b: 750f                           jne 0xf
   12d: 48ff0f                         decq (%rdi)
   130: 750a                           jne 0xa
   132: e800000000                     callq 0x0
        # hole +0x133: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   137: 488b4c2418                     movq 0x18(%rsp), %rcx
   13c: 49ff0e                         decq (%r14)
   13f: 750d                           jne 0xd
   141: 4c89f7                         movq %r14, %rdi
   144: e800000000                     callq 0x0
        # hole +0x145: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   149: 488b4c2418                     movq 0x18(%rsp), %rcx
   14e: 4885ed                         testq %rbp, %rbp
   151: 0f847e070000                   je 0x77e
   157: 49896d00                       movq %rbp, (%r13)
   15b: 4c8b3c24                       movq (%rsp), %r15
   15f: 498b4718                       movq 0x18(%r15), %rax
   163: 488b7818                       movq 0x18(%rax), %rdi
   167: 48896818                       movq %rbp, 0x18(%rax)
   16b: 40f6c701                       testb $0x1, %dil
   16f: 7569                           jne 0x69
   171: 48ff0f                         decq (%rdi)
   174: 488b6c2408                     movq 0x8(%rsp), %rbp
   179: 7531                           jne 0x31
   17b: e800000000                     callq 0x0
        # hole +0x17c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   180: 488b4c2418                     movq 0x18(%rsp), %rcx
   185: 498b4718                       movq 0x18(%r15), %rax
   189: 488b7828                       movq 0x28(%rax), %rdi
   18d: 40f6c701                       testb $0x1, %dil
   191: 7556                           jne 0x56
   193: eb21                           jmp 0x21
   195: 4989c4                         movq %rax, %r12
   198: e944010000                     jmp 0x144
   19d: 4889ce                         movq %rcx, %rsi
   1a0: 4d89fc                         movq %r15, %r12
   1a3: 4c8b3c24                       movq (%rsp), %r15
   1a7: e92f010000                     jmp 0x12f
   1ac: 488b7828                       movq 0x28(%rax), %rdi
   1b0: 40f6c701                       testb $0x1, %dil
   1b4: 7533                           jne 0x33
   1b6: 48ff07                         incq (%rdi)
   1b9: 49897d00                       movq %rdi, (%r13)
   1bd: 4c8b7030                       movq 0x30(%rax), %r14
   1c1: 41f6c601                       testb $0x1, %r14b
   1c5: 7430                           je 0x30
   1c7: 4c8931                         movq %r14, (%rcx)
   1ca: bb64000000                     movl $0x64, %ebx
   1cf: 40f6c701                       testb $0x1, %dil
   1d3: 7437                           je 0x37
   1d5: e9fc000000                     jmp 0xfc
   1da: 488b6c2408                     movq 0x8(%rsp), %rbp
   1df: 488b7828                       movq 0x28(%rax), %rdi
   1e3: 40f6c701                       testb $0x1, %dil
   1e7: 74cd                           je -0x33
   1e9: 49897d00                       movq %rdi, (%r13)
   1ed: 4c8b7030                       movq 0x30(%rax), %r14
   1f1: 41f6c601                       testb $0x1, %r14b
   1f5: 75d0                           jne -0x30
   1f7: 49ff06                         incq (%r14)
   1fa: 4c8931                         movq %r14, (%rcx)
   1fd: bb64000000                     movl $0x64, %ebx
   202: 40f6c701                       testb $0x1, %dil
   206: 0f85ca000000                   jne 0xca
   20c: 837f0802                       cmpl $0x2, 0x8(%rdi)
   210: 0f85c0000000                   jne 0xc0
   216: 41f6c601                       testb $0x1, %r14b
   21a: 0f85b6000000                   jne 0xb6
   220: 41837e0802                     cmpl $0x2, 0x8(%r14)
   225: 0f85ab000000                   jne 0xab
   22b: f20f104730                     movsd 0x30(%rdi), %xmm0
   230: f2410f594630                   mulsd 0x30(%r14), %xmm0
   236: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   23c: 48ff0f                         decq (%rdi)
   23f: 7505                           jne 0x5
   241: e800000000                     callq 0x0
        # hole +0x242: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   246: 49ff0e                         decq (%r14)
   249: 7508                           jne 0x8
   24b: 4c89f7                         movq %r14, %rdi
   24e: e800000000                     callq 0x0
        # hole +0x24f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   253: 4889ef                         movq %rbp, %rdi
   256: f20f10442420                   movsd 0x20(%rsp), %xmm0
   25c: e800000000                     callq 0x0
        # hole +0x25d: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   261: 4885c0                         testq %rax, %rax
   264: 0f84a7060000                   je 0x6a7
   26a: 49894500                       movq %rax, (%r13)
   26e: 498b4f18                       movq 0x18(%r15), %rcx
   272: 488b7938                       movq 0x38(%rcx), %rdi
   276: 48894138                       movq %rax, 0x38(%rcx)
   27a: 40f6c701                       testb $0x1, %dil
   27e: 41be01000000                   movl $0x1, %r14d
   284: 488b742418                     movq 0x18(%rsp), %rsi
   289: 7513                           jne 0x13
   28b: 48ff0f                         decq (%rdi)
   28e: 750e                           jne 0xe
   290: e800000000                     callq 0x0
        # hole +0x291: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   295: 488b742418                     movq 0x18(%rsp), %rsi
   29a: 498b4f18                       movq 0x18(%r15), %rcx
   29e: 488b4140                       movq 0x40(%rcx), %rax
   2a2: a801                           testb $0x1, %al
   2a4: 7503                           jne 0x3
   2a6: 48ff00                         incq (%rax)
   2a9: 49894500                       movq %rax, (%r13)
   2ad: 488b5148                       movq 0x48(%rcx), %rdx
   2b1: f6c201                         testb $0x1, %dl
   2b4: 7503                           jne 0x3
   2b6: 48ff02                         incq (%rdx)
   2b9: 488916                         movq %rdx, (%rsi)
   2bc: 89c7                           movl %eax, %edi
   2be: 21d7                           andl %edx, %edi
   2c0: 40f6c701                       testb $0x1, %dil
   2c4: 7534                           jne 0x34
   2c6: 4983c405                       addq $0x5, %r12
   2ca: bb96000000                     movl $0x96, %ebx
   2cf: 488b742410                     movq 0x10(%rsp), %rsi
   2d4: eb0b                           jmp 0xb
   2d6: 488b742410                     movq 0x10(%rsp), %rsi
   2db: 41be01000000                   movl $0x1, %r14d
   2e1: 4c89ff                         movq %r15, %rdi
   2e4: 4889ea                         movq %rbp, %rdx
   2e7: 4489f1                         movl %r14d, %ecx
   2ea: 4d89e0                         movq %r12, %r8
   2ed: 4989d9                         movq %rbx, %r9
   2f0: 4883c430                       addq $0x30, %rsp
   2f4: 5d                             popq %rbp
   2f5: e900000000                     jmp 0x0
        # hole +0x2f6: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   2fa: 48d1f8                         sarq %rax
   2fd: 48d1fa                         sarq %rdx
   300: 4c8d0500000000                 leaq (%rip), %r8
        # hole +0x303: X86_64_RELOC_SIGNED Rel32 symbol:tf_True-4
   307: 488d3d00000000                 leaq (%rip), %rdi
        # hole +0x30a: X86_64_RELOC_SIGNED Rel32 symbol:tf_False-4
   30e: 4839d0                         cmpq %rdx, %rax
   311: 490f4cf8                       cmovlq %r8, %rdi
   315: 49897d00                       movq %rdi, (%r13)
   319: 0f8d08060000                   jge 0x608
   31f: 488b7950                       movq 0x50(%rcx), %rdi
   323: 40f6c701                       testb $0x1, %dil
   327: 7503                           jne 0x3
   329: 48ff07                         incq (%rdi)
   32c: 49897d00                       movq %rdi, (%r13)
   330: 4c8b7158                       movq 0x58(%rcx), %r14
   334: 41f6c601                       testb $0x1, %r14b
   338: 7503                           jne 0x3
   33a: 49ff06                         incq (%r14)
   33d: 4c8936                         movq %r14, (%rsi)
   340: 498d44240a                     leaq 0xa(%r12), %rax
   345: bbc8000000                     movl $0xc8, %ebx
   34a: 40f6c701                       testb $0x1, %dil
   34e: 0f85c8000000                   jne 0xc8
   354: 837f0802                       cmpl $0x2, 0x8(%rdi)
   358: 0f85be000000                   jne 0xbe
   35e: 41f6c601                       testb $0x1, %r14b
   362: 0f85b4000000                   jne 0xb4
   368: 41837e0802                     cmpl $0x2, 0x8(%r14)
   36d: 0f85a9000000                   jne 0xa9
   373: f20f104730                     movsd 0x30(%rdi), %xmm0
   378: f2410f594630                   mulsd 0x30(%r14), %xmm0
   37e: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   384: 48ff0f                         decq (%rdi)
   387: 7505                           jne 0x5
   389: e800000000                     callq 0x0
        # hole +0x38a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   38e: 49ff0e                         decq (%r14)
   391: 7508                           jne 0x8
   393: 4c89f7                         movq %r14, %rdi
   396: e800000000                     callq 0x0
        # hole +0x397: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   39b: 4889ef                         movq %rbp, %rdi
   39e: f20f10442420                   movsd 0x20(%rsp), %xmm0
   3a4: e800000000                     callq 0x0
        # hole +0x3a5: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3a9: 4885c0                         testq %rax, %rax
   3ac: 0f84e3060000                   je 0x6e3
   3b2: 49894500                       movq %rax, (%r13)
   3b6: 498b4f18                       movq 0x18(%r15), %rcx
   3ba: 488b7960                       movq 0x60(%rcx), %rdi
   3be: 48894160                       movq %rax, 0x60(%rcx)
   3c2: 40f6c701                       testb $0x1, %dil
   3c6: 41be01000000                   movl $0x1, %r14d
   3cc: 488b742418                     movq 0x18(%rsp), %rsi
   3d1: 7513                           jne 0x13
   3d3: 48ff0f                         decq (%rdi)
   3d6: 750e                           jne 0xe
   3d8: e800000000                     callq 0x0
        # hole +0x3d9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3dd: 488b742418                     movq 0x18(%rsp), %rsi
   3e2: 498b4f18                       movq 0x18(%r15), %rcx
   3e6: 488b5168                       movq 0x68(%rcx), %rdx
   3ea: f6c201                         testb $0x1, %dl
   3ed: 7503                           jne 0x3
   3ef: 48ff02                         incq (%rdx)
   3f2: 49895500                       movq %rdx, (%r13)
   3f6: 488b4170                       movq 0x70(%rcx), %rax
   3fa: a801                           testb $0x1, %al
   3fc: 7503                           jne 0x3
   3fe: 48ff00                         incq (%rax)
   401: 488906                         movq %rax, (%rsi)
   404: 89d7                           movl %edx, %edi
   406: 21c7                           andl %eax, %edi
   408: 40f6c701                       testb $0x1, %dil
   40c: 751b                           jne 0x1b
   40e: 4983c40f                       addq $0xf, %r12
   412: bbfa000000                     movl $0xfa, %ebx
   417: e9b3feffff                     jmp -0x14d
   41c: 488b742410                     movq 0x10(%rsp), %rsi
   421: 4989c4                         movq %rax, %r12
   424: e9b2feffff                     jmp -0x14e
   429: 48d1fa                         sarq %rdx
   42c: 48d1f8                         sarq %rax
   42f: 498d7c2410                     leaq 0x10(%r12), %rdi
   434: 480fafc2                       imulq %rdx, %rax
   438: bb04010000                     movl $0x104, %ebx
   43d: 0f8072060000                   jo 0x672
   443: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   44d: 488d1428                       leaq (%rax,%rbp), %rdx
   451: 4885d2                         testq %rdx, %rdx
   454: 0f895b060000                   jns 0x65b
   45a: 488d044501000000               leaq 0x1(,%rax,2), %rax
   462: 49894500                       movq %rax, (%r13)
   466: 488b7978                       movq 0x78(%rcx), %rdi
   46a: 48894178                       movq %rax, 0x78(%rcx)
   46e: 40f6c701                       testb $0x1, %dil
   472: 7513                           jne 0x13
   474: 48ff0f                         decq (%rdi)
   477: 750e                           jne 0xe
   479: e800000000                     callq 0x0
        # hole +0x47a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   47e: 488b742418                     movq 0x18(%rsp), %rsi
   483: 498b4f18                       movq 0x18(%r15), %rcx
   487: 488b8180000000                 movq 0x80(%rcx), %rax
   48e: a801                           testb $0x1, %al
   490: 7503                           jne 0x3
   492: 48ff00                         incq (%rax)
   495: 49894500                       movq %rax, (%r13)
   499: 488b9188000000                 movq 0x88(%rcx), %rdx
   4a0: f6c201                         testb $0x1, %dl
   4a3: 7503                           jne 0x3
   4a5: 48ff02                         incq (%rdx)
   4a8: 488916                         movq %rdx, (%rsi)
   4ab: 89c7                           movl %eax, %edi
   4ad: 21d7                           andl %edx, %edi
   4af: 40f6c701                       testb $0x1, %dil
   4b3: 750e                           jne 0xe
   4b5: 4983c414                       addq $0x14, %r12
   4b9: bb2c010000                     movl $0x12c, %ebx
   4be: e991000000                     jmp 0x91
   4c3: 48d1f8                         sarq %rax
   4c6: 48d1fa                         sarq %rdx
   4c9: 498d7c2415                     leaq 0x15(%r12), %rdi
   4ce: 480fafd0                       imulq %rax, %rdx
   4d2: bb36010000                     movl $0x136, %ebx
   4d7: 0f80d8050000                   jo 0x5d8
   4dd: 488d042a                       leaq (%rdx,%rbp), %rax
   4e1: 4885c0                         testq %rax, %rax
   4e4: 0f89cb050000                   jns 0x5cb
   4ea: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   4f2: 49894500                       movq %rax, (%r13)
   4f6: 488bb990000000                 movq 0x90(%rcx), %rdi
   4fd: 48898190000000                 movq %rax, 0x90(%rcx)
   504: 40f6c701                       testb $0x1, %dil
   508: 7513                           jne 0x13
   50a: 48ff0f                         decq (%rdi)
   50d: 750e                           jne 0xe
   50f: e800000000                     callq 0x0
        # hole +0x510: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   514: 488b742418                     movq 0x18(%rsp), %rsi
   519: 498b4f18                       movq 0x18(%r15), %rcx
   51d: 488b8198000000                 movq 0x98(%rcx), %rax
   524: a801                           testb $0x1, %al
   526: 7503                           jne 0x3
   528: 48ff00                         incq (%rax)
   52b: 49894500                       movq %rax, (%r13)
   52f: 488b91a0000000                 movq 0xa0(%rcx), %rdx
   536: f6c201                         testb $0x1, %dl
   539: 7503                           jne 0x3
   53b: 48ff02                         incq (%rdx)
   53e: 488916                         movq %rdx, (%rsi)
   541: 89c7                           movl %eax, %edi
   543: 21d7                           andl %edx, %edi
   545: 40f6c701                       testb $0x1, %dil
   549: 7518                           jne 0x18
   54b: 4983c419                       addq $0x19, %r12
   54f: bb5e010000                     movl $0x15e, %ebx
   554: 488b742410                     movq 0x10(%rsp), %rsi
   559: 488b6c2408                     movq 0x8(%rsp), %rbp
   55e: e97efdffff                     jmp -0x282
   563: 48d1f8                         sarq %rax
   566: 48d1fa                         sarq %rdx
   569: 498d7c241a                     leaq 0x1a(%r12), %rdi
   56e: 480fafd0                       imulq %rax, %rdx
   572: bb68010000                     movl $0x168, %ebx
   577: 0f8038050000                   jo 0x538
   57d: 488d042a                       leaq (%rdx,%rbp), %rax
   581: 4885c0                         testq %rax, %rax
   584: 0f892b050000                   jns 0x52b
   58a: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   592: 49894500                       movq %rax, (%r13)
   596: 488bb9a8000000                 movq 0xa8(%rcx), %rdi
   59d: 488981a8000000                 movq %rax, 0xa8(%rcx)
   5a4: 40f6c701                       testb $0x1, %dil
   5a8: 7513                           jne 0x13
   5aa: 48ff0f                         decq (%rdi)
   5ad: 750e                           jne 0xe
   5af: e800000000                     callq 0x0
        # hole +0x5b0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5b4: 488b742418                     movq 0x18(%rsp), %rsi
   5b9: 498b4f18                       movq 0x18(%r15), %rcx
   5bd: 49c745003d000000               movq $0x3d, (%r13)
   5c5: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   5cc: 48c781b00000003d000000         movq $0x3d, 0xb0(%rcx)
   5d7: 40f6c701                       testb $0x1, %dil
   5db: 7513                           jne 0x13
   5dd: 48ff0f                         decq (%rdi)
   5e0: 750e                           jne 0xe
   5e2: e800000000                     callq 0x0
        # hole +0x5e3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5e7: 488b742418                     movq 0x18(%rsp), %rsi
   5ec: 498b4f18                       movq 0x18(%r15), %rcx
   5f0: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   5f7: 40f6c701                       testb $0x1, %dil
   5fb: 755a                           jne 0x5a
   5fd: 48ff07                         incq (%rdi)
   600: 49897d00                       movq %rdi, (%r13)
   604: 498d44241f                     leaq 0x1f(%r12), %rax
   609: 837f0807                       cmpl $0x7, 0x8(%rdi)
   60d: bb9a010000                     movl $0x19a, %ebx
   612: 7568                           jne 0x68
   614: 488b5730                       movq 0x30(%rdi), %rdx
   618: 48817a30bb6e0800               cmpq $0x86ebb, 0x30(%rdx)
   620: 755a                           jne 0x5a
   622: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   627: 0f82ce060000                   jb 0x6ce
   62d: 488b4748                       movq 0x48(%rdi), %rax
   631: a801                           testb $0x1, %al
   633: 7554                           jne 0x54
   635: 48ff00                         incq (%rax)
   638: 49894500                       movq %rax, (%r13)
   63c: 48ff0f                         decq (%rdi)
   63f: 7451                           je 0x51
   641: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   648: 488981c0000000                 movq %rax, 0xc0(%rcx)
   64f: 40f6c701                       testb $0x1, %dil
   653: 7462                           je 0x62
   655: eb72                           jmp 0x72
   657: 49897d00                       movq %rdi, (%r13)
   65b: 4983c41f                       addq $0x1f, %r12
   65f: bb9a010000                     movl $0x19a, %ebx
   664: 488b6c2408                     movq 0x8(%rsp), %rbp
   669: e973fcffff                     jmp -0x38d
   66e: 4983c4f8                       addq $-0x8, %r12
   672: bb14000000                     movl $0x14, %ebx
   677: e965fcffff                     jmp -0x39b
   67c: 4989c4                         movq %rax, %r12
   67f: 488b6c2408                     movq 0x8(%rsp), %rbp
   684: e958fcffff                     jmp -0x3a8
   689: 49894500                       movq %rax, (%r13)
   68d: 48ff0f                         decq (%rdi)
   690: 75af                           jne -0x51
   692: e800000000                     callq 0x0
        # hole +0x693: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   697: 498b4500                       movq (%r13), %rax
   69b: 488b0c24                       movq (%rsp), %rcx
   69f: 488b4918                       movq 0x18(%rcx), %rcx
   6a3: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   6aa: 488981c0000000                 movq %rax, 0xc0(%rcx)
   6b1: 40f6c701                       testb $0x1, %dil
   6b5: 7512                           jne 0x12
   6b7: 48ff0f                         decq (%rdi)
   6ba: 750d                           jne 0xd
   6bc: e800000000                     callq 0x0
        # hole +0x6bd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6c1: 488b0424                       movq (%rsp), %rax
   6c5: 488b4818                       movq 0x18(%rax), %rcx
   6c9: 488b81e0000000                 movq 0xe0(%rcx), %rax
   6d0: a801                           testb $0x1, %al
   6d2: 7503                           jne 0x3
   6d4: 48ff00                         incq (%rax)
   6d7: 4989c6                         movq %rax, %r14
   6da: 49894500                       movq %rax, (%r13)
   6de: 488b81c8000000                 movq 0xc8(%rcx), %rax
   6e5: a801                           testb $0x1, %al
   6e7: 7503                           jne 0x3
   6e9: 48ff00                         incq (%rax)
   6ec: 488b542418                     movq 0x18(%rsp), %rdx
   6f1: 488902                         movq %rax, (%rdx)
   6f4: 488b89d0000000                 movq 0xd0(%rcx), %rcx
   6fb: f6c101                         testb $0x1, %cl
   6fe: 7503                           jne 0x3
   700: 48ff01                         incq (%rcx)
   703: 498d4518                       leaq 0x18(%r13), %rax
   707: 49894d10                       movq %rcx, 0x10(%r13)
   70b: 498d542425                     leaq 0x25(%r12), %rdx
   710: bbd6010000                     movl $0x1d6, %ebx
   715: 4c89f1                         movq %r14, %rcx
   718: f6c101                         testb $0x1, %cl
   71b: 0f85ce010000                   jne 0x1ce
   721: 4889542428                     movq %rdx, 0x28(%rsp)
   726: 83790808                       cmpl $0x8, 0x8(%rcx)
   72a: 0f85bd060000                   jne 0x6bd
   730: ba02000000                     movl $0x2, %edx
   735: 488b7c2408                     movq 0x8(%rsp), %rdi
   73a: 4c8b7c2418                     movq 0x18(%rsp), %r15
   73f: 4c89fe                         movq %r15, %rsi
   742: 41ff5638                       callq *0x38(%r14)
   746: 4889442420                     movq %rax, 0x20(%rsp)
   74b: 498b3f                         movq (%r15), %rdi
   74e: 40f6c701                       testb $0x1, %dil
   752: 750a                           jne 0xa
   754: 48ff0f                         decq (%rdi)
   757: 7505                           jne 0x5
   759: e800000000                     callq 0x0
        # hole +0x75a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   75e: 498b7d10                       movq 0x10(%r13), %rdi
   762: 40f6c701                       testb $0x1, %dil
   766: 750a                           jne 0xa
   768: 48ff0f                         decq (%rdi)
   76b: 7505                           jne 0x5
   76d: e800000000                     callq 0x0
        # hole +0x76e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   772: 49ff0e                         decq (%r14)
   775: 7508                           jne 0x8
   777: 4c89f7                         movq %r14, %rdi
   77a: e800000000                     callq 0x0
        # hole +0x77b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   77f: 48837c242000                   cmpq $0x0, 0x20(%rsp)
   785: 0f84d1050000                   je 0x5d1
   78b: 488b4c2420                     movq 0x20(%rsp), %rcx
   790: 49894d00                       movq %rcx, (%r13)
   794: 488b0424                       movq (%rsp), %rax
   798: 488b4018                       movq 0x18(%rax), %rax
   79c: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   7a3: 488988d8000000                 movq %rcx, 0xd8(%rax)
   7aa: 40f6c701                       testb $0x1, %dil
   7ae: 7512                           jne 0x12
   7b0: 48ff0f                         decq (%rdi)
   7b3: 750d                           jne 0xd
   7b5: e800000000                     callq 0x0
        # hole +0x7b6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7ba: 488b0424                       movq (%rsp), %rax
   7be: 488b4018                       movq 0x18(%rax), %rax
   7c2: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   7c9: 40f6c701                       testb $0x1, %dil
   7cd: 7503                           jne 0x3
   7cf: 48ff07                         incq (%rdi)
   7d2: 49897d00                       movq %rdi, (%r13)
   7d6: 4c8bb0f0000000                 movq 0xf0(%rax), %r14
   7dd: 41f6c601                       testb $0x1, %r14b
   7e1: 7503                           jne 0x3
   7e3: 49ff06                         incq (%r14)
   7e6: 488b442418                     movq 0x18(%rsp), %rax
   7eb: 4c8930                         movq %r14, (%rax)
   7ee: 498d442429                     leaq 0x29(%r12), %rax
   7f3: bbfe010000                     movl $0x1fe, %ebx
   7f8: 40f6c701                       testb $0x1, %dil
   7fc: 0f85fd000000                   jne 0xfd
   802: 837f0802                       cmpl $0x2, 0x8(%rdi)
   806: 0f85f3000000                   jne 0xf3
   80c: 41f6c601                       testb $0x1, %r14b
   810: 0f85e9000000                   jne 0xe9
   816: 41837e0802                     cmpl $0x2, 0x8(%r14)
   81b: 0f85de000000                   jne 0xde
   821: f20f104730                     movsd 0x30(%rdi), %xmm0
   826: f2410f594630                   mulsd 0x30(%r14), %xmm0
   82c: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   832: 48ff0f                         decq (%rdi)
   835: 7505                           jne 0x5
   837: e800000000                     callq 0x0
        # hole +0x838: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   83c: 49ff0e                         decq (%r14)
   83f: 7508                           jne 0x8
   841: 4c89f7                         movq %r14, %rdi
   844: e800000000                     callq 0x0
        # hole +0x845: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   849: 488b7c2408                     movq 0x8(%rsp), %rdi
   84e: f20f10442420                   movsd 0x20(%rsp), %xmm0
   854: e800000000                     callq 0x0
        # hole +0x855: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   859: 4885c0                         testq %rax, %rax
   85c: 0f840d050000                   je 0x50d
   862: 49894500                       movq %rax, (%r13)
   866: 488b0c24                       movq (%rsp), %rcx
   86a: 488b4918                       movq 0x18(%rcx), %rcx
   86e: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   875: 488981f8000000                 movq %rax, 0xf8(%rcx)
   87c: 40f6c701                       testb $0x1, %dil
   880: 7512                           jne 0x12
   882: 48ff0f                         decq (%rdi)
   885: 750d                           jne 0xd
   887: e800000000                     callq 0x0
        # hole +0x888: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   88c: 488b0424                       movq (%rsp), %rax
   890: 488b4818                       movq 0x18(%rax), %rcx
   894: 488b8100010000                 movq 0x100(%rcx), %rax
   89b: a801                           testb $0x1, %al
   89d: 7503                           jne 0x3
   89f: 48ff00                         incq (%rax)
   8a2: 49894500                       movq %rax, (%r13)
   8a6: 488b9108010000                 movq 0x108(%rcx), %rdx
   8ad: f6c201                         testb $0x1, %dl
   8b0: 7503                           jne 0x3
   8b2: 48ff02                         incq (%rdx)
   8b5: 488b742418                     movq 0x18(%rsp), %rsi
   8ba: 488916                         movq %rdx, (%rsi)
   8bd: 89c6                           movl %eax, %esi
   8bf: 21d6                           andl %edx, %esi
   8c1: 40f6c601                       testb $0x1, %sil
   8c5: 7574                           jne 0x74
   8c7: 4983c42e                       addq $0x2e, %r12
   8cb: bb30020000                     movl $0x230, %ebx
   8d0: e9fb000000                     jmp 0xfb
   8d5: 4c89ee                         movq %r13, %rsi
   8d8: 41be03000000                   movl $0x3, %r14d
   8de: 4d89fc                         movq %r15, %r12
   8e1: 488b6c2408                     movq 0x8(%rsp), %rbp
   8e6: 4c8b3c24                       movq (%rsp), %r15
   8ea: e9f2f9ffff                     jmp -0x60e
   8ef: 4889c6                         movq %rax, %rsi
   8f2: 4989d4                         movq %rdx, %r12
   8f5: 488b6c2408                     movq 0x8(%rsp), %rbp
   8fa: e9a4f8ffff                     jmp -0x75c
   8ff: 488b742410                     movq 0x10(%rsp), %rsi
   904: 4989c4                         movq %rax, %r12
   907: 488b6c2408                     movq 0x8(%rsp), %rbp
   90c: e992f8ffff                     jmp -0x76e
   911: 49ffc4                         incq %r12
   914: bb6e000000                     movl $0x6e, %ebx
   919: 4c89ee                         movq %r13, %rsi
   91c: 41be03000000                   movl $0x3, %r14d
   922: e9baf9ffff                     jmp -0x646
   927: 4983c407                       addq $0x7, %r12
   92b: bbaa000000                     movl $0xaa, %ebx
   930: 41be02000000                   movl $0x2, %r14d
   936: e9a6f9ffff                     jmp -0x65a
   93b: 48d1f8                         sarq %rax
   93e: 48d1fa                         sarq %rdx
   941: 498d7c242f                     leaq 0x2f(%r12), %rdi
   946: 480fafd0                       imulq %rax, %rdx
   94a: bb3a020000                     movl $0x23a, %ebx
   94f: 0f8031040000                   jo 0x431
   955: 488d042a                       leaq (%rdx,%rbp), %rax
   959: 4885c0                         testq %rax, %rax
   95c: 0f8924040000                   jns 0x424
   962: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   96a: 49894500                       movq %rax, (%r13)
   96e: 488bb910010000                 movq 0x110(%rcx), %rdi
   975: 48898110010000                 movq %rax, 0x110(%rcx)
   97c: 40f6c701                       testb $0x1, %dil
   980: 7512                           jne 0x12
   982: 48ff0f                         decq (%rdi)
   985: 750d                           jne 0xd
   987: e800000000                     callq 0x0
        # hole +0x988: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   98c: 488b0424                       movq (%rsp), %rax
   990: 488b4818                       movq 0x18(%rax), %rcx
   994: 488b8118010000                 movq 0x118(%rcx), %rax
   99b: a801                           testb $0x1, %al
   99d: 7503                           jne 0x3
   99f: 48ff00                         incq (%rax)
   9a2: 49894500                       movq %rax, (%r13)
   9a6: 488b9120010000                 movq 0x120(%rcx), %rdx
   9ad: f6c201                         testb $0x1, %dl
   9b0: 7503                           jne 0x3
   9b2: 48ff02                         incq (%rdx)
   9b5: 488b742418                     movq 0x18(%rsp), %rsi
   9ba: 488916                         movq %rdx, (%rsi)
   9bd: 89c6                           movl %eax, %esi
   9bf: 21d6                           andl %edx, %esi
   9c1: 40f6c601                       testb $0x1, %sil
   9c5: 7518                           jne 0x18
   9c7: 4983c433                       addq $0x33, %r12
   9cb: bb62020000                     movl $0x262, %ebx
   9d0: 488b742410                     movq 0x10(%rsp), %rsi
   9d5: 488b6c2408                     movq 0x8(%rsp), %rbp
   9da: e9c4f7ffff                     jmp -0x83c
   9df: 48d1f8                         sarq %rax
   9e2: 48d1fa                         sarq %rdx
   9e5: 4801c2                         addq %rax, %rdx
   9e8: 4889d0                         movq %rdx, %rax
   9eb: 4801e8                         addq %rbp, %rax
   9ee: 0f89a4030000                   jns 0x3a4
   9f4: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   9fc: 49894500                       movq %rax, (%r13)
   a00: 488bb928010000                 movq 0x128(%rcx), %rdi
   a07: 48898128010000                 movq %rax, 0x128(%rcx)
   a0e: 40f6c701                       testb $0x1, %dil
   a12: 7512                           jne 0x12
   a14: 48ff0f                         decq (%rdi)
   a17: 750d                           jne 0xd
   a19: e800000000                     callq 0x0
        # hole +0xa1a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a1e: 488b0424                       movq (%rsp), %rax
   a22: 488b4818                       movq 0x18(%rax), %rcx
   a26: 488bb930010000                 movq 0x130(%rcx), %rdi
   a2d: 40f6c701                       testb $0x1, %dil
   a31: 7570                           jne 0x70
   a33: 48ff07                         incq (%rdi)
   a36: 49897d00                       movq %rdi, (%r13)
   a3a: 498d442437                     leaq 0x37(%r12), %rax
   a3f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   a43: bb8a020000                     movl $0x28a, %ebx
   a48: 0f8520010000                   jne 0x120
   a4e: 488b5730                       movq 0x30(%rdi), %rdx
   a52: 48817a3081cf0800               cmpq $0x8cf81, 0x30(%rdx)
   a5a: 0f850e010000                   jne 0x10e
   a60: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   a65: 0f843b030000                   je 0x33b
   a6b: 488b4740                       movq 0x40(%rdi), %rax
   a6f: a801                           testb $0x1, %al
   a71: 7554                           jne 0x54
   a73: 48ff00                         incq (%rax)
   a76: 49894500                       movq %rax, (%r13)
   a7a: 48ff0f                         decq (%rdi)
   a7d: 7451                           je 0x51
   a7f: 488bb938010000                 movq 0x138(%rcx), %rdi
   a86: 48898138010000                 movq %rax, 0x138(%rcx)
   a8d: 40f6c701                       testb $0x1, %dil
   a91: 7462                           je 0x62
   a93: eb72                           jmp 0x72
   a95: 4983c40b                       addq $0xb, %r12
   a99: bbd2000000                     movl $0xd2, %ebx
   a9e: e976feffff                     jmp -0x18a
   aa3: 49897d00                       movq %rdi, (%r13)
   aa7: 4983c437                       addq $0x37, %r12
   aab: bb8a020000                     movl $0x28a, %ebx
   ab0: e9cb000000                     jmp 0xcb
   ab5: 488b742410                     movq 0x10(%rsp), %rsi
   aba: 4989fc                         movq %rdi, %r12
   abd: 488b6c2408                     movq 0x8(%rsp), %rbp
   ac2: e91af8ffff                     jmp -0x7e6
   ac7: 49894500                       movq %rax, (%r13)
   acb: 48ff0f                         decq (%rdi)
   ace: 75af                           jne -0x51
   ad0: e800000000                     callq 0x0
        # hole +0xad1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   ad5: 498b4500                       movq (%r13), %rax
   ad9: 488b0c24                       movq (%rsp), %rcx
   add: 488b4918                       movq 0x18(%rcx), %rcx
   ae1: 488bb938010000                 movq 0x138(%rcx), %rdi
   ae8: 48898138010000                 movq %rax, 0x138(%rcx)
   aef: 40f6c701                       testb $0x1, %dil
   af3: 7512                           jne 0x12
   af5: 48ff0f                         decq (%rdi)
   af8: 750d                           jne 0xd
   afa: e800000000                     callq 0x0
        # hole +0xafb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   aff: 488b0424                       movq (%rsp), %rax
   b03: 488b4818                       movq 0x18(%rax), %rcx
   b07: 488bb940010000                 movq 0x140(%rcx), %rdi
   b0e: 40f6c701                       testb $0x1, %dil
   b12: 755f                           jne 0x5f
   b14: 48ff07                         incq (%rdi)
   b17: 49897d00                       movq %rdi, (%r13)
   b1b: 498d44243b                     leaq 0x3b(%r12), %rax
   b20: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b24: bbb2020000                     movl $0x2b2, %ebx
   b29: 7543                           jne 0x43
   b2b: 488b5730                       movq 0x30(%rdi), %rdx
   b2f: 48817a30d5ef0300               cmpq $0x3efd5, 0x30(%rdx)
   b37: 7535                           jne 0x35
   b39: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   b3e: 0f8470020000                   je 0x270
   b44: 488b4740                       movq 0x40(%rdi), %rax
   b48: a801                           testb $0x1, %al
   b4a: 754d                           jne 0x4d
   b4c: 48ff00                         incq (%rax)
   b4f: 49894500                       movq %rax, (%r13)
   b53: 48ff0f                         decq (%rdi)
   b56: 744a                           je 0x4a
   b58: 488bb948010000                 movq 0x148(%rcx), %rdi
   b5f: 48898148010000                 movq %rax, 0x148(%rcx)
   b66: 40f6c701                       testb $0x1, %dil
   b6a: 745b                           je 0x5b
   b6c: eb6b                           jmp 0x6b
   b6e: 4989c4                         movq %rax, %r12
   b71: eb0d                           jmp 0xd
   b73: 49897d00                       movq %rdi, (%r13)
   b77: 4983c43b                       addq $0x3b, %r12
   b7b: bbb2020000                     movl $0x2b2, %ebx
   b80: 488b6c2408                     movq 0x8(%rsp), %rbp
   b85: 4c8b3c24                       movq (%rsp), %r15
   b89: 41be01000000                   movl $0x1, %r14d
   b8f: 488b742418                     movq 0x18(%rsp), %rsi
   b94: e948f7ffff                     jmp -0x8b8
   b99: 49894500                       movq %rax, (%r13)
   b9d: 48ff0f                         decq (%rdi)
   ba0: 75b6                           jne -0x4a
   ba2: e800000000                     callq 0x0
        # hole +0xba3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   ba7: 498b4500                       movq (%r13), %rax
   bab: 488b0c24                       movq (%rsp), %rcx
   baf: 488b4918                       movq 0x18(%rcx), %rcx
   bb3: 488bb948010000                 movq 0x148(%rcx), %rdi
   bba: 48898148010000                 movq %rax, 0x148(%rcx)
   bc1: 40f6c701                       testb $0x1, %dil
   bc5: 7512                           jne 0x12
   bc7: 48ff0f                         decq (%rdi)
   bca: 750d                           jne 0xd
   bcc: e800000000                     callq 0x0
        # hole +0xbcd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   bd1: 488b0424                       movq (%rsp), %rax
   bd5: 488b4818                       movq 0x18(%rax), %rcx
   bd9: 4c8bb160010000                 movq 0x160(%rcx), %r14
   be0: 41f6c601                       testb $0x1, %r14b
   be4: 7503                           jne 0x3
   be6: 49ff06                         incq (%r14)
   be9: 4d897500                       movq %r14, (%r13)
   bed: 488b8150010000                 movq 0x150(%rcx), %rax
   bf4: a801                           testb $0x1, %al
   bf6: 7503                           jne 0x3
   bf8: 48ff00                         incq (%rax)
   bfb: 488b4c2418                     movq 0x18(%rsp), %rcx
   c00: 488901                         movq %rax, (%rcx)
   c03: 498d442440                     leaq 0x40(%r12), %rax
   c08: 4889442420                     movq %rax, 0x20(%rsp)
   c0d: bbe4020000                     movl $0x2e4, %ebx
   c12: 41f6c601                       testb $0x1, %r14b
   c16: 0f85cb000000                   jne 0xcb
   c1c: 41837e0808                     cmpl $0x8, 0x8(%r14)
   c21: 0f85c0000000                   jne 0xc0
   c27: ba01000000                     movl $0x1, %edx
   c2c: 488b7c2408                     movq 0x8(%rsp), %rdi
   c31: 4c8b7c2418                     movq 0x18(%rsp), %r15
   c36: 4c89fe                         movq %r15, %rsi
   c39: 41ff5638                       callq *0x38(%r14)
   c3d: 4889442428                     movq %rax, 0x28(%rsp)
   c42: 498b3f                         movq (%r15), %rdi
   c45: 40f6c701                       testb $0x1, %dil
   c49: 750a                           jne 0xa
   c4b: 48ff0f                         decq (%rdi)
   c4e: 7505                           jne 0x5
   c50: e800000000                     callq 0x0
        # hole +0xc51: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c55: 49ff0e                         decq (%r14)
   c58: 7508                           jne 0x8
   c5a: 4c89f7                         movq %r14, %rdi
   c5d: e800000000                     callq 0x0
        # hole +0xc5e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c62: 48837c242800                   cmpq $0x0, 0x28(%rsp)
   c68: 0f8454010000                   je 0x154
   c6e: 488b4c2428                     movq 0x28(%rsp), %rcx
   c73: 49894d00                       movq %rcx, (%r13)
   c77: 488b0424                       movq (%rsp), %rax
   c7b: 488b4018                       movq 0x18(%rax), %rax
   c7f: 488bb858010000                 movq 0x158(%rax), %rdi
   c86: 48898858010000                 movq %rcx, 0x158(%rax)
   c8d: 40f6c701                       testb $0x1, %dil
   c91: 7512                           jne 0x12
   c93: 48ff0f                         decq (%rdi)
   c96: 750d                           jne 0xd
   c98: e800000000                     callq 0x0
        # hole +0xc99: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c9d: 488b0424                       movq (%rsp), %rax
   ca1: 488b4018                       movq 0x18(%rax), %rax
   ca5: 488b8868010000                 movq 0x168(%rax), %rcx
   cac: f6c101                         testb $0x1, %cl
   caf: 7503                           jne 0x3
   cb1: 48ff01                         incq (%rcx)
   cb4: 49894d00                       movq %rcx, (%r13)
   cb8: 488b9070010000                 movq 0x170(%rax), %rdx
   cbf: f6c201                         testb $0x1, %dl
   cc2: 7503                           jne 0x3
   cc4: 48ff02                         incq (%rdx)
   cc7: 488b742418                     movq 0x18(%rsp), %rsi
   ccc: 488916                         movq %rdx, (%rsi)
   ccf: 89ce                           movl %ecx, %esi
   cd1: 21d6                           andl %edx, %esi
   cd3: 40f6c601                       testb $0x1, %sil
   cd7: 7530                           jne 0x30
   cd9: 4983c444                       addq $0x44, %r12
   cdd: bb0c030000                     movl $0x30c, %ebx
   ce2: e9e9fcffff                     jmp -0x317
   ce7: 488b742410                     movq 0x10(%rsp), %rsi
   cec: 4c8b642420                     movq 0x20(%rsp), %r12
   cf1: 488b6c2408                     movq 0x8(%rsp), %rbp
   cf6: e9a8f4ffff                     jmp -0xb58
   cfb: 4983c420                       addq $0x20, %r12
   cff: bba4010000                     movl $0x1a4, %ebx
   d04: e977feffff                     jmp -0x189
   d09: 48d1f9                         sarq %rcx
   d0c: 48d1fa                         sarq %rdx
   d0f: 4801ca                         addq %rcx, %rdx
   d12: 4801d5                         addq %rdx, %rbp
   d15: 0f89c4000000                   jns 0xc4
   d1b: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   d23: 49894d00                       movq %rcx, (%r13)
   d27: 488bb878010000                 movq 0x178(%rax), %rdi
   d2e: 48898878010000                 movq %rcx, 0x178(%rax)
   d35: 4983c447                       addq $0x47, %r12
   d39: bb2a030000                     movl $0x32a, %ebx
   d3e: 40f6c701                       testb $0x1, %dil
   d42: 750a                           jne 0xa
   d44: 48ff0f                         decq (%rdi)
   d47: 7505                           jne 0x5
   d49: e800000000                     callq 0x0
        # hole +0xd4a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   d4e: 4c89ee                         movq %r13, %rsi
   d51: 41be02000000                   movl $0x2, %r14d
   d57: e985fbffff                     jmp -0x47b
   d5c: 4c89ee                         movq %r13, %rsi
   d5f: 41be03000000                   movl $0x3, %r14d
   d65: 4c8b642428                     movq 0x28(%rsp), %r12
   d6a: e972fbffff                     jmp -0x48e
   d6f: 4983c42a                       addq $0x2a, %r12
   d73: bb08020000                     movl $0x208, %ebx
   d78: 4c89ee                         movq %r13, %rsi
   d7b: 41be03000000                   movl $0x3, %r14d
   d81: e95bfbffff                     jmp -0x4a5
   d86: 488b742410                     movq 0x10(%rsp), %rsi
   d8b: 4989fc                         movq %rdi, %r12
   d8e: 488b6c2408                     movq 0x8(%rsp), %rbp
   d93: e90bf4ffff                     jmp -0xbf5
   d98: 4983c434                       addq $0x34, %r12
   d9c: bb6c020000                     movl $0x26c, %ebx
   da1: e92afcffff                     jmp -0x3d6
   da6: 4983c438                       addq $0x38, %r12
   daa: bb94020000                     movl $0x294, %ebx
   daf: e9ccfdffff                     jmp -0x234
   db4: 4983c43c                       addq $0x3c, %r12
   db8: bbbc020000                     movl $0x2bc, %ebx
   dbd: e9befdffff                     jmp -0x242
   dc2: 4c89ee                         movq %r13, %rsi
   dc5: 41be03000000                   movl $0x3, %r14d
   dcb: 4c8b642420                     movq 0x20(%rsp), %r12
   dd0: e90cfbffff                     jmp -0x4f4
   dd5: 488b742410                     movq 0x10(%rsp), %rsi
   dda: e9c1f3ffff                     jmp -0xc3f
   ddf: 4983c445                       addq $0x45, %r12
   de3: bb16030000                     movl $0x316, %ebx
   de8: e9e3fbffff                     jmp -0x41d
   ded: 4889c6                         movq %rax, %rsi
   df0: 4c8b642428                     movq 0x28(%rsp), %r12
   df5: 488b6c2408                     movq 0x8(%rsp), %rbp
   dfa: e9a4f3ffff                     jmp -0xc5c
