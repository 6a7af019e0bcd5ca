# stencil float_div_loop for x86_64-apple-darwin: 1037 code bytes, 8 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b38                         movq (%rax), %rdi
     d: 4c8b5008                       movq 0x8(%rax), %r10
    11: 4c8b6810                       movq 0x10(%rax), %r13
    15: 4c8b7818                       movq 0x18(%rax), %r15
    19: bb20000000                     movl $0x20, %ebx
    1e: 41b90a000000                   movl $0xa, %r9d
    24: ba01000000                     movl $0x1, %edx
    29: b901000000                     movl $0x1, %ecx
    2e: 41f6c701                       testb $0x1, %r15b
    32: 752d                           jne 0x2d
    34: 41837f0804                     cmpl $0x4, 0x8(%r15)
    39: 7526                           jne 0x26
    3b: 498b4740                       movq 0x40(%r15), %rax
    3f: 498b6f30                       movq 0x30(%r15), %rbp
    43: 498b5738                       movq 0x38(%r15), %rdx
    47: 4885c0                         testq %rax, %rax
    4a: 7e50                           jle 0x50
    4c: 4839d5                         cmpq %rdx, %rbp
    4f: 7c50                           jl 0x50
    51: 41b914000000                   movl $0x14, %r9d
    57: ba02000000                     movl $0x2, %edx
    5c: b902000000                     movl $0x2, %ecx
    61: 4c89ed                         movq %r13, %rbp
    64: 498b742418                     movq 0x18(%r12), %rsi
    69: 4c39ed                         cmpq %r13, %rbp
    6c: 7404                           je 0x4
    6e: 48896e10                       movq %rbp, 0x10(%rsi)
    72: 83fb21                         cmpl $0x21, %ebx
    75: 7208                           jb 0x8
    77: 48897e20                       movq %rdi, 0x20(%rsi)
    7b: 4c895628                       movq %r10, 0x28(%rsi)
    7f: 4801de                         addq %rbx, %rsi
    82: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x85: X86_64_RELOC_GOT_LOAD Rel32 data-4
    89: 4901d0                         addq %rdx, %r8
    8c: 4c89e7                         movq %r12, %rdi
    8f: 4c89f2                         movq %r14, %rdx
    92: 4883c420                       addq $0x20, %rsp
    96: 5d                             popq %rbp
    97: e900000000                     jmp 0x0
        # hole +0x98: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    9c: 4839d5                         cmpq %rdx, %rbp
    9f: 7eb0                           jle -0x50
    a1: 4801e8                         addq %rbp, %rax
    a4: 49894730                       movq %rax, 0x30(%r15)
    a8: 41f6c501                       testb $0x1, %r13b
    ac: 7525                           jne 0x25
    ae: 49ff4d00                       decq (%r13)
    b2: 751f                           jne 0x1f
    b4: 48893c24                       movq %rdi, (%rsp)
    b8: 4c89ef                         movq %r13, %rdi
    bb: 4c89542408                     movq %r10, 0x8(%rsp)
    c0: e800000000                     callq 0x0
        # hole +0xc1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    c5: 488b3c24                       movq (%rsp), %rdi
    c9: 4c8b542408                     movq 0x8(%rsp), %r10
    ce: b901000000                     movl $0x1, %ecx
    d3: 40f6c701                       testb $0x1, %dil
    d7: 7503                           jne 0x3
    d9: 48ff07                         incq (%rdi)
    dc: 41f6c201                       testb $0x1, %r10b
    e0: 7503                           jne 0x3
    e2: 49ff02                         incq (%r10)
    e5: 488d2c6d01000000               leaq 0x1(,%rbp,2), %rbp
    ed: 41b946000000                   movl $0x46, %r9d
    f3: ba07000000                     movl $0x7, %edx
    f8: 40f6c701                       testb $0x1, %dil
    fc: 0f85b5000000                   jne 0xb5
   102: 837f0802                       cmpl $0x2, 0x8(%rdi)
   106: 0f85ab000000                   jne 0xab
   10c: 41f6c201                       testb $0x1, %r10b
   110: 0f85a1000000                   jne 0xa1
   116: 41837a0802                     cmpl $0x2, 0x8(%r10)
   11b: 0f8596000000                   jne 0x96
   121: f20f104730                     movsd 0x30(%rdi), %xmm0
   126: f2410f104a30                   movsd 0x30(%r10), %xmm1
   12c: f20f114c2418                   movsd %xmm1, 0x18(%rsp)
   132: 48ff0f                         decq (%rdi)
   135: 4c89542408                     movq %r10, 0x8(%rsp)
   13a: 48893c24                       movq %rdi, (%rsp)
   13e: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   144: 7518                           jne 0x18
   146: 488b3c24                       movq (%rsp), %rdi
   14a: e800000000                     callq 0x0
        # hole +0x14b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   14f: f20f10442410                   movsd 0x10(%rsp), %xmm0
   155: 488b3c24                       movq (%rsp), %rdi
   159: 4c8b542408                     movq 0x8(%rsp), %r10
   15e: 49ff0a                         decq (%r10)
   161: 7517                           jne 0x17
   163: 4c89d7                         movq %r10, %rdi
   166: e800000000                     callq 0x0
        # hole +0x167: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   16b: f20f10442410                   movsd 0x10(%rsp), %xmm0
   171: 488b3c24                       movq (%rsp), %rdi
   175: 4c8b542408                     movq 0x8(%rsp), %r10
   17a: 660f57c9                       xorpd %xmm1, %xmm1
   17e: f20f10542418                   movsd 0x18(%rsp), %xmm2
   184: 660f2ed1                       ucomisd %xmm1, %xmm2
   188: 7545                           jne 0x45
   18a: 7a43                           jp 0x43
   18c: 49c7461801000000               movq $0x1, 0x18(%r14)
   194: 41b950000000                   movl $0x50, %r9d
   19a: ba08000000                     movl $0x8, %edx
   19f: b903000000                     movl $0x3, %ecx
   1a4: 498b742418                     movq 0x18(%r12), %rsi
   1a9: 4c39ed                         cmpq %r13, %rbp
   1ac: 0f84c0feffff                   je -0x140
   1b2: e9b7feffff                     jmp -0x149
   1b7: bb30000000                     movl $0x30, %ebx
   1bc: 498b742418                     movq 0x18(%r12), %rsi
   1c1: 4c39ed                         cmpq %r13, %rbp
   1c4: 0f84a8feffff                   je -0x158
   1ca: e99ffeffff                     jmp -0x161
   1cf: 48ff0f                         decq (%rdi)
   1d2: 7516                           jne 0x16
   1d4: 4889fb                         movq %rdi, %rbx
   1d7: e800000000                     callq 0x0
        # hole +0x1d8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1dc: f20f10442410                   movsd 0x10(%rsp), %xmm0
   1e2: 4889df                         movq %rbx, %rdi
   1e5: 4c8b542408                     movq 0x8(%rsp), %r10
   1ea: f20f5e442418                   divsd 0x18(%rsp), %xmm0
   1f0: 498b4608                       movq 0x8(%r14), %rax
   1f4: 498b4e10                       movq 0x10(%r14), %rcx
   1f8: 488d5001                       leaq 0x1(%rax), %rdx
   1fc: 49895608                       movq %rdx, 0x8(%r14)
   200: 4839ca                         cmpq %rcx, %rdx
   203: 7d28                           jge 0x28
   205: 49833e00                       cmpq $0x0, (%r14)
   209: 7529                           jne 0x29
   20b: 41837f0804                     cmpl $0x4, 0x8(%r15)
   210: 754a                           jne 0x4a
   212: 498b5740                       movq 0x40(%r15), %rdx
   216: 4d8b4730                       movq 0x30(%r15), %r8
   21a: 498b7f38                       movq 0x38(%r15), %rdi
   21e: 4885d2                         testq %rdx, %rdx
   221: 7e5b                           jle 0x5b
   223: 4939f8                         cmpq %rdi, %r8
   226: 7c5f                           jl 0x5f
   228: e96b010000                     jmp 0x16b
   22d: 49c70601000000                 movq $0x1, (%r14)
   234: 4889fb                         movq %rdi, %rbx
   237: 4c89f7                         movq %r14, %rdi
   23a: e800000000                     callq 0x0
        # hole +0x23b: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   23f: 4889df                         movq %rbx, %rdi
   242: bb20000000                     movl $0x20, %ebx
   247: 41b964000000                   movl $0x64, %r9d
   24d: ba0a000000                     movl $0xa, %edx
   252: b902000000                     movl $0x2, %ecx
   257: e95d010000                     jmp 0x15d
   25c: 4c89f7                         movq %r14, %rdi
   25f: e800000000                     callq 0x0
        # hole +0x260: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   264: bb20000000                     movl $0x20, %ebx
   269: 41b90a000000                   movl $0xa, %r9d
   26f: ba01000000                     movl $0x1, %edx
   274: b901000000                     movl $0x1, %ecx
   279: e937010000                     jmp 0x137
   27e: 4939f8                         cmpq %rdi, %r8
   281: 0f8e11010000                   jle 0x111
   287: 498d3410                       leaq (%r8,%rdx), %rsi
   28b: 49897730                       movq %rsi, 0x30(%r15)
   28f: 4a8d2c4501000000               leaq 0x1(,%r8,2), %rbp
   297: 4d8b02                         movq (%r10), %r8
   29a: 4d8d4801                       leaq 0x1(%r8), %r9
   29e: 4d890a                         movq %r9, (%r10)
   2a1: 41837a0802                     cmpl $0x2, 0x8(%r10)
   2a6: 753f                           jne 0x3f
   2a8: f2410f105230                   movsd 0x30(%r10), %xmm2
   2ae: 4d8902                         movq %r8, (%r10)
   2b1: 660f57c9                       xorpd %xmm1, %xmm1
   2b5: 660f2ed1                       ucomisd %xmm1, %xmm2
   2b9: 755f                           jne 0x5f
   2bb: 7a5d                           jp 0x5d
   2bd: 49c7461801000000               movq $0x1, 0x18(%r14)
   2c5: 4c89f7                         movq %r14, %rdi
   2c8: e800000000                     callq 0x0
        # hole +0x2c9: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2cd: bb20000000                     movl $0x20, %ebx
   2d2: 41b950000000                   movl $0x50, %r9d
   2d8: ba08000000                     movl $0x8, %edx
   2dd: b903000000                     movl $0x3, %ecx
   2e2: e9ce000000                     jmp 0xce
   2e7: 4c89f7                         movq %r14, %rdi
   2ea: e800000000                     callq 0x0
        # hole +0x2eb: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2ef: bb30000000                     movl $0x30, %ebx
   2f4: 41b946000000                   movl $0x46, %r9d
   2fa: ba07000000                     movl $0x7, %edx
   2ff: b901000000                     movl $0x1, %ecx
   304: 4883f808                       cmpq $0x8, %rax
   308: 0f82a7000000                   jb 0xa7
   30e: 48c70002000000                 movq $0x2, (%rax)
   315: e99b000000                     jmp 0x9b
   31a: f20f5ec2                       divsd %xmm2, %xmm0
   31e: 4c8d4002                       leaq 0x2(%rax), %r8
   322: 4d894608                       movq %r8, 0x8(%r14)
   326: 4939c8                         cmpq %rcx, %r8
   329: 0f8dbd000000                   jge 0xbd
   32f: 4885d2                         testq %rdx, %rdx
   332: 7e2d                           jle 0x2d
   334: 4839fe                         cmpq %rdi, %rsi
   337: 7d5f                           jge 0x5f
   339: 4883c003                       addq $0x3, %rax
   33d: 4839c1                         cmpq %rax, %rcx
   340: 480f4fc1                       cmovgq %rcx, %rax
   344: 4989f1                         movq %rsi, %r9
   347: 4801d6                         addq %rdx, %rsi
   34a: f20f5ec2                       divsd %xmm2, %xmm0
   34e: 49ffc0                         incq %r8
   351: 4939c8                         cmpq %rcx, %r8
   354: 0f8d82000000                   jge 0x82
   35a: 4839fe                         cmpq %rdi, %rsi
   35d: 7ce5                           jl -0x1b
   35f: eb27                           jmp 0x27
   361: 4839fe                         cmpq %rdi, %rsi
   364: 7e32                           jle 0x32
   366: 4883c003                       addq $0x3, %rax
   36a: 4839c1                         cmpq %rax, %rcx
   36d: 480f4fc1                       cmovgq %rcx, %rax
   371: 4989f1                         movq %rsi, %r9
   374: 4801d6                         addq %rdx, %rsi
   377: f20f5ec2                       divsd %xmm2, %xmm0
   37b: 49ffc0                         incq %r8
   37e: 4939c8                         cmpq %rcx, %r8
   381: 7d59                           jge 0x59
   383: 4839fe                         cmpq %rdi, %rsi
   386: 7fe9                           jg -0x17
   388: 4a8d2c4d01000000               leaq 0x1(,%r9,2), %rbp
   390: 49897730                       movq %rsi, 0x30(%r15)
   394: 4d894608                       movq %r8, 0x8(%r14)
   398: 4c89f7                         movq %r14, %rdi
   39b: e800000000                     callq 0x0
        # hole +0x39c: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3a0: bb20000000                     movl $0x20, %ebx
   3a5: 41b914000000                   movl $0x14, %r9d
   3ab: ba02000000                     movl $0x2, %edx
   3b0: b902000000                     movl $0x2, %ecx
   3b5: 488b3c24                       movq (%rsp), %rdi
   3b9: 498b742418                     movq 0x18(%r12), %rsi
   3be: 4839f8                         cmpq %rdi, %rax
   3c1: 7406                           je 0x6
   3c3: 488906                         movq %rax, (%rsi)
   3c6: 4889c7                         movq %rax, %rdi
   3c9: 4c8b542408                     movq 0x8(%rsp), %r10
   3ce: 4c39ed                         cmpq %r13, %rbp
   3d1: 0f849bfcffff                   je -0x365
   3d7: e992fcffff                     jmp -0x36e
   3dc: 4a8d2c4d01000000               leaq 0x1(,%r9,2), %rbp
   3e4: 49897730                       movq %rsi, 0x30(%r15)
   3e8: 49894608                       movq %rax, 0x8(%r14)
   3ec: 49c70601000000                 movq $0x1, (%r14)
   3f3: 4c89f7                         movq %r14, %rdi
   3f6: e800000000                     callq 0x0
        # hole +0x3f7: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3fb: bb20000000                     movl $0x20, %ebx
   400: 41b964000000                   movl $0x64, %r9d
   406: ba0a000000                     movl $0xa, %edx
   40b: eba3                           jmp -0x5d
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
