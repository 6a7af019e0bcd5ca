# stencil float_div_loop for x86_64-apple-darwin: 1224 code bytes, 16 data bytes, 14 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b6818                       movq 0x18(%rax), %r13
     e: 41b90a000000                   movl $0xa, %r9d
    14: 41bf01000000                   movl $0x1, %r15d
    1a: b901000000                     movl $0x1, %ecx
    1f: 41f6c501                       testb $0x1, %r13b
    23: 7539                           jne 0x39
    25: 41837d0804                     cmpl $0x4, 0x8(%r13)
    2a: 7532                           jne 0x32
    2c: 488b38                         movq (%rax), %rdi
    2f: 488b6808                       movq 0x8(%rax), %rbp
    33: 4c8b7810                       movq 0x10(%rax), %r15
    37: 498b4540                       movq 0x40(%r13), %rax
    3b: 498b5d30                       movq 0x30(%r13), %rbx
    3f: 498b4d38                       movq 0x38(%r13), %rcx
    43: 4885c0                         testq %rax, %rax
    46: 7e3d                           jle 0x3d
    48: 4839cb                         cmpq %rcx, %rbx
    4b: 7c3d                           jl 0x3d
    4d: 41b914000000                   movl $0x14, %r9d
    53: 41bf02000000                   movl $0x2, %r15d
    59: b902000000                     movl $0x2, %ecx
    5e: 498b742418                     movq 0x18(%r12), %rsi
    63: bb20000000                     movl $0x20, %ebx
    68: 4801de                         addq %rbx, %rsi
    6b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6e: X86_64_RELOC_GOT_LOAD Rel32 data+4
    72: 4d01f8                         addq %r15, %r8
    75: 4c89e7                         movq %r12, %rdi
    78: 4c89f2                         movq %r14, %rdx
    7b: 4883c440                       addq $0x40, %rsp
    7f: 5d                             popq %rbp
    80: e900000000                     jmp 0x0
        # hole +0x81: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    85: 4839cb                         cmpq %rcx, %rbx
    88: 7ec3                           jle -0x3d
    8a: 4801d8                         addq %rbx, %rax
    8d: 49894530                       movq %rax, 0x30(%r13)
    91: 41f6c701                       testb $0x1, %r15b
    95: 48897c2410                     movq %rdi, 0x10(%rsp)
    9a: 7512                           jne 0x12
    9c: 49ff0f                         decq (%r15)
    9f: 750d                           jne 0xd
    a1: 4c89ff                         movq %r15, %rdi
    a4: e800000000                     callq 0x0
        # hole +0xa5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a9: 488b7c2410                     movq 0x10(%rsp), %rdi
    ae: 40f6c701                       testb $0x1, %dil
    b2: 7503                           jne 0x3
    b4: 48ff07                         incq (%rdi)
    b7: 4c897c2438                     movq %r15, 0x38(%rsp)
    bc: 40f6c501                       testb $0x1, %bpl
    c0: 7504                           jne 0x4
    c2: 48ff4500                       incq (%rbp)
    c6: 488d045d01000000               leaq 0x1(,%rbx,2), %rax
    ce: 4889442408                     movq %rax, 0x8(%rsp)
    d3: bb30000000                     movl $0x30, %ebx
    d8: 41b946000000                   movl $0x46, %r9d
    de: 41bf07000000                   movl $0x7, %r15d
    e4: b901000000                     movl $0x1, %ecx
    e9: 40f6c701                       testb $0x1, %dil
    ed: 0f85a5030000                   jne 0x3a5
    f3: 837f0802                       cmpl $0x2, 0x8(%rdi)
    f7: 0f859b030000                   jne 0x39b
    fd: 40f6c501                       testb $0x1, %bpl
   101: 0f8591030000                   jne 0x391
   107: 837d0802                       cmpl $0x2, 0x8(%rbp)
   10b: 0f8587030000                   jne 0x387
   111: f20f104730                     movsd 0x30(%rdi), %xmm0
   116: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   11c: f20f104d30                     movsd 0x30(%rbp), %xmm1
   121: 48ff0f                         decq (%rdi)
   124: f20f114c2418                   movsd %xmm1, 0x18(%rsp)
   12a: 7524                           jne 0x24
   12c: e800000000                     callq 0x0
        # hole +0x12d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   131: f20f104c2418                   movsd 0x18(%rsp), %xmm1
   137: 488b7c2410                     movq 0x10(%rsp), %rdi
   13c: 48ff4d00                       decq (%rbp)
   140: 7414                           je 0x14
   142: 660f57c0                       xorpd %xmm0, %xmm0
   146: 660f2ec8                       ucomisd %xmm0, %xmm1
   14a: 7565                           jne 0x65
   14c: 7b27                           jnp 0x27
   14e: eb61                           jmp 0x61
   150: 48ff4d00                       decq (%rbp)
   154: 75ec                           jne -0x14
   156: 4889ef                         movq %rbp, %rdi
   159: e800000000                     callq 0x0
        # hole +0x15a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   15e: f20f104c2418                   movsd 0x18(%rsp), %xmm1
   164: 488b7c2410                     movq 0x10(%rsp), %rdi
   169: 660f57c0                       xorpd %xmm0, %xmm0
   16d: 660f2ec8                       ucomisd %xmm0, %xmm1
   171: 753e                           jne 0x3e
   173: 7a3c                           jp 0x3c
   175: 49c7461801000000               movq $0x1, 0x18(%r14)
   17d: bb20000000                     movl $0x20, %ebx
   182: 41b950000000                   movl $0x50, %r9d
   188: 41bf08000000                   movl $0x8, %r15d
   18e: b903000000                     movl $0x3, %ecx
   193: 488b442408                     movq 0x8(%rsp), %rax
   198: 498b742418                     movq 0x18(%r12), %rsi
   19d: 483b7c2410                     cmpq 0x10(%rsp), %rdi
   1a2: 7403                           je 0x3
   1a4: 48893e                         movq %rdi, (%rsi)
   1a7: 48897c2410                     movq %rdi, 0x10(%rsp)
   1ac: e9f1020000                     jmp 0x2f1
   1b1: f20f10442428                   movsd 0x28(%rsp), %xmm0
   1b7: f20f5ec1                       divsd %xmm1, %xmm0
   1bb: 4c89f7                         movq %r14, %rdi
   1be: e800000000                     callq 0x0
        # hole +0x1bf: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   1c3: 4885c0                         testq %rax, %rax
   1c6: 0f84b6020000                   je 0x2b6
   1cc: 4889c2                         movq %rax, %rdx
   1cf: 488b7c2410                     movq 0x10(%rsp), %rdi
   1d4: 48ff0f                         decq (%rdi)
   1d7: 750b                           jne 0xb
   1d9: 4889d3                         movq %rdx, %rbx
   1dc: e800000000                     callq 0x0
        # hole +0x1dd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1e1: 4889da                         movq %rbx, %rdx
   1e4: 498b4608                       movq 0x8(%r14), %rax
   1e8: 48ffc0                         incq %rax
   1eb: 49894608                       movq %rax, 0x8(%r14)
   1ef: 493b4610                       cmpq 0x10(%r14), %rax
   1f3: 0f8daa010000                   jge 0x1aa
   1f9: bb20000000                     movl $0x20, %ebx
   1fe: 41b964000000                   movl $0x64, %r9d
   204: 41bf0a000000                   movl $0xa, %r15d
   20a: b902000000                     movl $0x2, %ecx
   20f: 49833e00                       cmpq $0x0, (%r14)
   213: 4889d7                         movq %rdx, %rdi
   216: 0f8577ffffff                   jne -0x89
   21c: 41bf01000000                   movl $0x1, %r15d
   222: b901000000                     movl $0x1, %ecx
   227: 41837d0804                     cmpl $0x4, 0x8(%r13)
   22c: 0f85ab010000                   jne 0x1ab
   232: 48896c2420                     movq %rbp, 0x20(%rsp)
   237: 498b4540                       movq 0x40(%r13), %rax
   23b: 498b5530                       movq 0x30(%r13), %rdx
   23f: 498b7538                       movq 0x38(%r13), %rsi
   243: 4885c0                         testq %rax, %rax
   246: 7e0f                           jle 0xf
   248: 4839f2                         cmpq %rsi, %rdx
   24b: 488b6c2420                     movq 0x20(%rsp), %rbp
   250: 7c13                           jl 0x13
   252: e991010000                     jmp 0x191
   257: 4839f2                         cmpq %rsi, %rdx
   25a: 488b6c2420                     movq 0x20(%rsp), %rbp
   25f: 0f8e83010000                   jle 0x183
   265: 4801d0                         addq %rdx, %rax
   268: 49894530                       movq %rax, 0x30(%r13)
   26c: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   274: 4889442408                     movq %rax, 0x8(%rsp)
   279: 40f6c701                       testb $0x1, %dil
   27d: 0f857b010000                   jne 0x17b
   283: 48ff07                         incq (%rdi)
   286: 48ff4500                       incq (%rbp)
   28a: 837f0802                       cmpl $0x2, 0x8(%rdi)
   28e: 0f8584010000                   jne 0x184
   294: 837d0802                       cmpl $0x2, 0x8(%rbp)
   298: 0f857a010000                   jne 0x17a
   29e: f20f104730                     movsd 0x30(%rdi), %xmm0
   2a3: f20f104d30                     movsd 0x30(%rbp), %xmm1
   2a8: 48ff0f                         decq (%rdi)
   2ab: 48897c2418                     movq %rdi, 0x18(%rsp)
   2b0: 7417                           je 0x17
   2b2: 48ff4d00                       decq (%rbp)
   2b6: 7439                           je 0x39
   2b8: 660f2e0d08020000               ucomisd 0x208(%rip), %xmm1
        # hole +0x2bc: X86_64_RELOC_SIGNED Rel32 data-4
   2c0: 7564                           jne 0x64
   2c2: 7a62                           jp 0x62
   2c4: e9acfeffff                     jmp -0x154
   2c9: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   2cf: f20f114c2430                   movsd %xmm1, 0x30(%rsp)
   2d5: e800000000                     callq 0x0
        # hole +0x2d6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2da: f20f104c2430                   movsd 0x30(%rsp), %xmm1
   2e0: f20f10442428                   movsd 0x28(%rsp), %xmm0
   2e6: 488b7c2418                     movq 0x18(%rsp), %rdi
   2eb: 48ff4d00                       decq (%rbp)
   2ef: 75c7                           jne -0x39
   2f1: 4889ef                         movq %rbp, %rdi
   2f4: f20f11442428                   movsd %xmm0, 0x28(%rsp)
   2fa: f20f114c2430                   movsd %xmm1, 0x30(%rsp)
   300: e800000000                     callq 0x0
        # hole +0x301: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   305: f20f104c2430                   movsd 0x30(%rsp), %xmm1
   30b: f20f10442428                   movsd 0x28(%rsp), %xmm0
   311: 488b7c2418                     movq 0x18(%rsp), %rdi
   316: 660f2e0daa010000               ucomisd 0x1aa(%rip), %xmm1
        # hole +0x31a: X86_64_RELOC_SIGNED Rel32 data-4
   31e: 7506                           jne 0x6
   320: 0f8b4ffeffff                   jnp -0x1b1
   326: f20f5ec1                       divsd %xmm1, %xmm0
   32a: 4c89f7                         movq %r14, %rdi
   32d: e800000000                     callq 0x0
        # hole +0x32e: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   332: 4885c0                         testq %rax, %rax
   335: 0f8412010000                   je 0x112
   33b: 4889c5                         movq %rax, %rbp
   33e: 488b7c2418                     movq 0x18(%rsp), %rdi
   343: 48ff0f                         decq (%rdi)
   346: 41b964000000                   movl $0x64, %r9d
   34c: b901000000                     movl $0x1, %ecx
   351: 7510                           jne 0x10
   353: e800000000                     callq 0x0
        # hole +0x354: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   358: b901000000                     movl $0x1, %ecx
   35d: 41b964000000                   movl $0x64, %r9d
   363: 498b4608                       movq 0x8(%r14), %rax
   367: 48ffc0                         incq %rax
   36a: 49894608                       movq %rax, 0x8(%r14)
   36e: 493b4610                       cmpq 0x10(%r14), %rax
   372: 0f8db6000000                   jge 0xb6
   378: 49833e00                       cmpq $0x0, (%r14)
   37c: 0f85b3000000                   jne 0xb3
   382: 41837d0804                     cmpl $0x4, 0x8(%r13)
   387: 4889ef                         movq %rbp, %rdi
   38a: 0f84a7feffff                   je -0x159
   390: 41b90a000000                   movl $0xa, %r9d
   396: 4889ef                         movq %rbp, %rdi
   399: 488b6c2420                     movq 0x20(%rsp), %rbp
   39e: e9f0fdffff                     jmp -0x210
   3a3: 49c70601000000                 movq $0x1, (%r14)
   3aa: bb20000000                     movl $0x20, %ebx
   3af: 41b964000000                   movl $0x64, %r9d
   3b5: 41bf0a000000                   movl $0xa, %r15d
   3bb: b902000000                     movl $0x2, %ecx
   3c0: 488b442408                     movq 0x8(%rsp), %rax
   3c5: 4889d7                         movq %rdx, %rdi
   3c8: 498b742418                     movq 0x18(%r12), %rsi
   3cd: 483b7c2410                     cmpq 0x10(%rsp), %rdi
   3d2: 0f84cffdffff                   je -0x231
   3d8: e9c7fdffff                     jmp -0x239
   3dd: 41b90a000000                   movl $0xa, %r9d
   3e3: e9abfdffff                     jmp -0x255
   3e8: 41b914000000                   movl $0x14, %r9d
   3ee: 41bf02000000                   movl $0x2, %r15d
   3f4: b902000000                     movl $0x2, %ecx
   3f9: e995fdffff                     jmp -0x26b
   3fe: 48ff4500                       incq (%rbp)
   402: bb30000000                     movl $0x30, %ebx
   407: 41b946000000                   movl $0x46, %r9d
   40d: 41bf07000000                   movl $0x7, %r15d
   413: e97bfdffff                     jmp -0x285
   418: 41bf07000000                   movl $0x7, %r15d
   41e: 41b946000000                   movl $0x46, %r9d
   424: bb30000000                     movl $0x30, %ebx
   429: e965fdffff                     jmp -0x29b
   42e: 49c70601000000                 movq $0x1, (%r14)
   435: 41bf0a000000                   movl $0xa, %r15d
   43b: 4889ef                         movq %rbp, %rdi
   43e: b902000000                     movl $0x2, %ecx
   443: 488b6c2420                     movq 0x20(%rsp), %rbp
   448: e946fdffff                     jmp -0x2ba
   44d: 41b950000000                   movl $0x50, %r9d
   453: 41bf08000000                   movl $0x8, %r15d
   459: b903000000                     movl $0x3, %ecx
   45e: 488b6c2420                     movq 0x20(%rsp), %rbp
   463: 488b442408                     movq 0x8(%rsp), %rax
   468: 488b7c2418                     movq 0x18(%rsp), %rdi
   46d: 498b742418                     movq 0x18(%r12), %rsi
   472: 483b7c2410                     cmpq 0x10(%rsp), %rdi
   477: 0f8527fdffff                   jne -0x2d9
   47d: e925fdffff                     jmp -0x2db
   482: bb20000000                     movl $0x20, %ebx
   487: 41b950000000                   movl $0x50, %r9d
   48d: 41bf08000000                   movl $0x8, %r15d
   493: b903000000                     movl $0x3, %ecx
   498: 498b742418                     movq 0x18(%r12), %rsi
   49d: 488b442408                     movq 0x8(%rsp), %rax
   4a2: 483b442438                     cmpq 0x38(%rsp), %rax
   4a7: 7404                           je 0x4
   4a9: 48894610                       movq %rax, 0x10(%rsi)
   4ad: 83fb21                         cmpl $0x21, %ebx
   4b0: 0f82adfbffff                   jb -0x453
   4b6: 488b442410                     movq 0x10(%rsp), %rax
   4bb: 48894620                       movq %rax, 0x20(%rsi)
   4bf: 48896e28                       movq %rbp, 0x28(%rsi)
   4c3: e9a0fbffff                     jmp -0x460
# data
     0: 00000000000000000000000000000000
        # hole data+0x8: GOT Abs64 index+0
