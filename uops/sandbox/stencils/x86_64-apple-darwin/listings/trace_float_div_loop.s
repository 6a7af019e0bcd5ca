# stencil float_div_loop for x86_64-apple-darwin: 1126 code bytes, 8 data bytes, 14 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b00                         movq (%rax), %r8
     d: 488b7808                       movq 0x8(%rax), %rdi
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
    77: 4c894620                       movq %r8, 0x20(%rsi)
    7b: 48897e28                       movq %rdi, 0x28(%rsi)
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
    bb: 4c89442418                     movq %r8, 0x18(%rsp)
    c0: e800000000                     callq 0x0
        # hole +0xc1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    c5: 4c8b442418                     movq 0x18(%rsp), %r8
    ca: 488b3c24                       movq (%rsp), %rdi
    ce: b901000000                     movl $0x1, %ecx
    d3: 41f6c001                       testb $0x1, %r8b
    d7: 7503                           jne 0x3
    d9: 49ff00                         incq (%r8)
    dc: 40f6c701                       testb $0x1, %dil
    e0: 7503                           jne 0x3
    e2: 48ff07                         incq (%rdi)
    e5: 488d2c6d01000000               leaq 0x1(,%rbp,2), %rbp
    ed: 41b946000000                   movl $0x46, %r9d
    f3: ba07000000                     movl $0x7, %edx
    f8: 41f6c001                       testb $0x1, %r8b
    fc: 0f85a9000000                   jne 0xa9
   102: 4183780802                     cmpl $0x2, 0x8(%r8)
   107: 0f859e000000                   jne 0x9e
   10d: 40f6c701                       testb $0x1, %dil
   111: 0f8594000000                   jne 0x94
   117: 837f0802                       cmpl $0x2, 0x8(%rdi)
   11b: 0f858a000000                   jne 0x8a
   121: f2410f104030                   movsd 0x30(%r8), %xmm0
   127: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   12d: f20f104730                     movsd 0x30(%rdi), %xmm0
   132: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   138: 49ff08                         decq (%r8)
   13b: 48893c24                       movq %rdi, (%rsp)
   13f: 4c89442418                     movq %r8, 0x18(%rsp)
   144: 7511                           jne 0x11
   146: 4c89c7                         movq %r8, %rdi
   149: e800000000                     callq 0x0
        # hole +0x14a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   14e: 4c8b442418                     movq 0x18(%rsp), %r8
   153: 488b3c24                       movq (%rsp), %rdi
   157: 48ff0f                         decq (%rdi)
   15a: 7512                           jne 0x12
   15c: 488b3c24                       movq (%rsp), %rdi
   160: e800000000                     callq 0x0
        # hole +0x161: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   165: 4c8b442418                     movq 0x18(%rsp), %r8
   16a: 488b3c24                       movq (%rsp), %rdi
   16e: 660f57c0                       xorpd %xmm0, %xmm0
   172: f20f104c2410                   movsd 0x10(%rsp), %xmm1
   178: 660f2ec8                       ucomisd %xmm0, %xmm1
   17c: 7545                           jne 0x45
   17e: 7a43                           jp 0x43
   180: 49c7461801000000               movq $0x1, 0x18(%r14)
   188: 41b950000000                   movl $0x50, %r9d
   18e: ba08000000                     movl $0x8, %edx
   193: b903000000                     movl $0x3, %ecx
   198: 498b742418                     movq 0x18(%r12), %rsi
   19d: 4c39ed                         cmpq %r13, %rbp
   1a0: 0f85c8feffff                   jne -0x138
   1a6: e9c7feffff                     jmp -0x139
   1ab: bb30000000                     movl $0x30, %ebx
   1b0: 498b742418                     movq 0x18(%r12), %rsi
   1b5: 4c39ed                         cmpq %r13, %rbp
   1b8: 0f85b0feffff                   jne -0x150
   1be: e9affeffff                     jmp -0x151
   1c3: 49ff08                         decq (%r8)
   1c6: 750c                           jne 0xc
   1c8: 4c89c7                         movq %r8, %rdi
   1cb: e800000000                     callq 0x0
        # hole +0x1cc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1d0: 488b3c24                       movq (%rsp), %rdi
   1d4: f20f10442408                   movsd 0x8(%rsp), %xmm0
   1da: f20f5e442410                   divsd 0x10(%rsp), %xmm0
   1e0: 498b4608                       movq 0x8(%r14), %rax
   1e4: 48ffc0                         incq %rax
   1e7: 49894608                       movq %rax, 0x8(%r14)
   1eb: 493b4610                       cmpq 0x10(%r14), %rax
   1ef: 0f8de8010000                   jge 0x1e8
   1f5: 49833e00                       cmpq $0x0, (%r14)
   1f9: 0f85e5010000                   jne 0x1e5
   1ff: 41837f0804                     cmpl $0x4, 0x8(%r15)
   204: 0f85a5010000                   jne 0x1a5
   20a: 498b4740                       movq 0x40(%r15), %rax
   20e: 498b4f30                       movq 0x30(%r15), %rcx
   212: 498b5738                       movq 0x38(%r15), %rdx
   216: 4885c0                         testq %rax, %rax
   219: 7e0a                           jle 0xa
   21b: 4839d1                         cmpq %rdx, %rcx
   21e: 7c0e                           jl 0xe
   220: e903020000                     jmp 0x203
   225: 4839d1                         cmpq %rdx, %rcx
   228: 0f8efa010000                   jle 0x1fa
   22e: 4801c8                         addq %rcx, %rax
   231: 49894730                       movq %rax, 0x30(%r15)
   235: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   23d: 488b07                         movq (%rdi), %rax
   240: 488d4801                       leaq 0x1(%rax), %rcx
   244: 48890f                         movq %rcx, (%rdi)
   247: 837f0802                       cmpl $0x2, 0x8(%rdi)
   24b: 0f85f1010000                   jne 0x1f1
   251: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   257: f20f104f30                     movsd 0x30(%rdi), %xmm1
   25c: 488907                         movq %rax, (%rdi)
   25f: 4885c0                         testq %rax, %rax
   262: 7511                           jne 0x11
   264: f20f114c2410                   movsd %xmm1, 0x10(%rsp)
   26a: e800000000                     callq 0x0
        # hole +0x26b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   26f: f20f104c2410                   movsd 0x10(%rsp), %xmm1
   275: 660f57c0                       xorpd %xmm0, %xmm0
   279: 660f2ec8                       ucomisd %xmm0, %xmm1
   27d: 7545                           jne 0x45
   27f: 7a43                           jp 0x43
   281: f20f10442408                   movsd 0x8(%rsp), %xmm0
   287: 49c7461801000000               movq $0x1, 0x18(%r14)
   28f: 4c89f7                         movq %r14, %rdi
   292: e800000000                     callq 0x0
        # hole +0x293: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   297: bb20000000                     movl $0x20, %ebx
   29c: 41b950000000                   movl $0x50, %r9d
   2a2: ba08000000                     movl $0x8, %edx
   2a7: b903000000                     movl $0x3, %ecx
   2ac: 498b742418                     movq 0x18(%r12), %rsi
   2b1: 4c8b442418                     movq 0x18(%rsp), %r8
   2b6: 4c39c0                         cmpq %r8, %rax
   2b9: 0f8551010000                   jne 0x151
   2bf: e952010000                     jmp 0x152
   2c4: f20f10442408                   movsd 0x8(%rsp), %xmm0
   2ca: f20f5ec1                       divsd %xmm1, %xmm0
   2ce: 498b4608                       movq 0x8(%r14), %rax
   2d2: 48ffc0                         incq %rax
   2d5: 49894608                       movq %rax, 0x8(%r14)
   2d9: 493b4610                       cmpq 0x10(%r14), %rax
   2dd: 0f8dfa000000                   jge 0xfa
   2e3: 49833e00                       cmpq $0x0, (%r14)
   2e7: 0f85f7000000                   jne 0xf7
   2ed: 41837f0804                     cmpl $0x4, 0x8(%r15)
   2f2: 0f85b7000000                   jne 0xb7
   2f8: 660f57c9                       xorpd %xmm1, %xmm1
   2fc: 488b3424                       movq (%rsp), %rsi
   300: 498b4740                       movq 0x40(%r15), %rax
   304: 498b4f30                       movq 0x30(%r15), %rcx
   308: 498b5738                       movq 0x38(%r15), %rdx
   30c: 4885c0                         testq %rax, %rax
   30f: 7e0a                           jle 0xa
   311: 4839d1                         cmpq %rdx, %rcx
   314: 7c0e                           jl 0xe
   316: e90d010000                     jmp 0x10d
   31b: 4839d1                         cmpq %rdx, %rcx
   31e: 0f8e04010000                   jle 0x104
   324: 4801c8                         addq %rcx, %rax
   327: 49894730                       movq %rax, 0x30(%r15)
   32b: 488d2c4d01000000               leaq 0x1(,%rcx,2), %rbp
   333: 488b06                         movq (%rsi), %rax
   336: 488d4801                       leaq 0x1(%rax), %rcx
   33a: 48890e                         movq %rcx, (%rsi)
   33d: 837e0802                       cmpl $0x2, 0x8(%rsi)
   341: 0f85fb000000                   jne 0xfb
   347: f20f105630                     movsd 0x30(%rsi), %xmm2
   34c: 488906                         movq %rax, (%rsi)
   34f: 4885c0                         testq %rax, %rax
   352: 7529                           jne 0x29
   354: 488b3c24                       movq (%rsp), %rdi
   358: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   35e: f20f11542410                   movsd %xmm2, 0x10(%rsp)
   364: e800000000                     callq 0x0
        # hole +0x365: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   369: f20f10542410                   movsd 0x10(%rsp), %xmm2
   36f: 660f57c9                       xorpd %xmm1, %xmm1
   373: f20f10442408                   movsd 0x8(%rsp), %xmm0
   379: 488b3424                       movq (%rsp), %rsi
   37d: 660f2ed1                       ucomisd %xmm1, %xmm2
   381: 7506                           jne 0x6
   383: 0f8bfefeffff                   jnp -0x102
   389: f20f5ec2                       divsd %xmm2, %xmm0
   38d: 498b4608                       movq 0x8(%r14), %rax
   391: 48ffc0                         incq %rax
   394: 49894608                       movq %rax, 0x8(%r14)
   398: 493b4610                       cmpq 0x10(%r14), %rax
   39c: 7d3f                           jge 0x3f
   39e: 49833e00                       cmpq $0x0, (%r14)
   3a2: 7540                           jne 0x40
   3a4: 41837f0804                     cmpl $0x4, 0x8(%r15)
   3a9: 0f8451ffffff                   je -0xaf
   3af: 4c89f7                         movq %r14, %rdi
   3b2: e800000000                     callq 0x0
        # hole +0x3b3: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3b7: bb20000000                     movl $0x20, %ebx
   3bc: 41b90a000000                   movl $0xa, %r9d
   3c2: ba01000000                     movl $0x1, %edx
   3c7: b901000000                     movl $0x1, %ecx
   3cc: 498b742418                     movq 0x18(%r12), %rsi
   3d1: 4c8b442418                     movq 0x18(%rsp), %r8
   3d6: 4c39c0                         cmpq %r8, %rax
   3d9: 7535                           jne 0x35
   3db: eb39                           jmp 0x39
   3dd: 49c70601000000                 movq $0x1, (%r14)
   3e4: 4c89f7                         movq %r14, %rdi
   3e7: e800000000                     callq 0x0
        # hole +0x3e8: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3ec: bb20000000                     movl $0x20, %ebx
   3f1: 41b964000000                   movl $0x64, %r9d
   3f7: ba0a000000                     movl $0xa, %edx
   3fc: b902000000                     movl $0x2, %ecx
   401: 498b742418                     movq 0x18(%r12), %rsi
   406: 4c8b442418                     movq 0x18(%rsp), %r8
   40b: 4c39c0                         cmpq %r8, %rax
   40e: 7406                           je 0x6
   410: 488906                         movq %rax, (%rsi)
   413: 4989c0                         movq %rax, %r8
   416: 488b3c24                       movq (%rsp), %rdi
   41a: 4c39ed                         cmpq %r13, %rbp
   41d: 0f854bfcffff                   jne -0x3b5
   423: e94afcffff                     jmp -0x3b6
   428: 4c89f7                         movq %r14, %rdi
   42b: e800000000                     callq 0x0
        # hole +0x42c: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   430: bb20000000                     movl $0x20, %ebx
   435: 41b914000000                   movl $0x14, %r9d
   43b: ba02000000                     movl $0x2, %edx
   440: ebba                           jmp -0x46
   442: 4c89f7                         movq %r14, %rdi
   445: e800000000                     callq 0x0
        # hole +0x446: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   44a: 48c70002000000                 movq $0x2, (%rax)
   451: bb30000000                     movl $0x30, %ebx
   456: 41b946000000                   movl $0x46, %r9d
   45c: ba07000000                     movl $0x7, %edx
   461: e961ffffff                     jmp -0x9f
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
