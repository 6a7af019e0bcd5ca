# stencil float_div_loop for x86_64-apple-darwin: 1011 code bytes, 8 data bytes, 12 holes
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
    b4: 48897c2408                     movq %rdi, 0x8(%rsp)
    b9: 4c89ef                         movq %r13, %rdi
    bc: 4c891424                       movq %r10, (%rsp)
    c0: e800000000                     callq 0x0
        # hole +0xc1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    c5: 488b7c2408                     movq 0x8(%rsp), %rdi
    ca: 4c8b1424                       movq (%rsp), %r10
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
    fc: 0f85b6000000                   jne 0xb6
   102: 837f0802                       cmpl $0x2, 0x8(%rdi)
   106: 0f85ac000000                   jne 0xac
   10c: 41f6c201                       testb $0x1, %r10b
   110: 0f85a2000000                   jne 0xa2
   116: 41837a0802                     cmpl $0x2, 0x8(%r10)
   11b: 0f8597000000                   jne 0x97
   121: f20f104730                     movsd 0x30(%rdi), %xmm0
   126: f2410f104a30                   movsd 0x30(%r10), %xmm1
   12c: f20f114c2418                   movsd %xmm1, 0x18(%rsp)
   132: 48ff0f                         decq (%rdi)
   135: 4c891424                       movq %r10, (%rsp)
   139: 48897c2408                     movq %rdi, 0x8(%rsp)
   13e: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   144: 7519                           jne 0x19
   146: 488b7c2408                     movq 0x8(%rsp), %rdi
   14b: e800000000                     callq 0x0
        # hole +0x14c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   150: f20f10442410                   movsd 0x10(%rsp), %xmm0
   156: 488b7c2408                     movq 0x8(%rsp), %rdi
   15b: 4c8b1424                       movq (%rsp), %r10
   15f: 49ff0a                         decq (%r10)
   162: 7517                           jne 0x17
   164: 4c89d7                         movq %r10, %rdi
   167: e800000000                     callq 0x0
        # hole +0x168: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   16c: f20f10442410                   movsd 0x10(%rsp), %xmm0
   172: 488b7c2408                     movq 0x8(%rsp), %rdi
   177: 4c8b1424                       movq (%rsp), %r10
   17b: 660f57c9                       xorpd %xmm1, %xmm1
   17f: f20f10542418                   movsd 0x18(%rsp), %xmm2
   185: 660f2ed1                       ucomisd %xmm1, %xmm2
   189: 7545                           jne 0x45
   18b: 7a43                           jp 0x43
   18d: 49c7461801000000               movq $0x1, 0x18(%r14)
   195: 41b950000000                   movl $0x50, %r9d
   19b: ba08000000                     movl $0x8, %edx
   1a0: b903000000                     movl $0x3, %ecx
   1a5: 498b742418                     movq 0x18(%r12), %rsi
   1aa: 4c39ed                         cmpq %r13, %rbp
   1ad: 0f84bffeffff                   je -0x141
   1b3: e9b6feffff                     jmp -0x14a
   1b8: bb30000000                     movl $0x30, %ebx
   1bd: 498b742418                     movq 0x18(%r12), %rsi
   1c2: 4c39ed                         cmpq %r13, %rbp
   1c5: 0f84a7feffff                   je -0x159
   1cb: e99efeffff                     jmp -0x162
   1d0: 48ff0f                         decq (%rdi)
   1d3: 750f                           jne 0xf
   1d5: e800000000                     callq 0x0
        # hole +0x1d6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1da: f20f10442410                   movsd 0x10(%rsp), %xmm0
   1e0: 4c8b1424                       movq (%rsp), %r10
   1e4: f20f5e442418                   divsd 0x18(%rsp), %xmm0
   1ea: 498b4608                       movq 0x8(%r14), %rax
   1ee: 498b4e10                       movq 0x10(%r14), %rcx
   1f2: 488d5001                       leaq 0x1(%rax), %rdx
   1f6: 49895608                       movq %rdx, 0x8(%r14)
   1fa: 4839ca                         cmpq %rcx, %rdx
   1fd: 0f8da5010000                   jge 0x1a5
   203: 49833e00                       cmpq $0x0, (%r14)
   207: 0f85a2010000                   jne 0x1a2
   20d: 41837f0804                     cmpl $0x4, 0x8(%r15)
   212: 751b                           jne 0x1b
   214: 498b5740                       movq 0x40(%r15), %rdx
   218: 4d8b4730                       movq 0x30(%r15), %r8
   21c: 498b7f38                       movq 0x38(%r15), %rdi
   220: 4885d2                         testq %rdx, %rdx
   223: 7e3f                           jle 0x3f
   225: 4939f8                         cmpq %rdi, %r8
   228: 7c43                           jl 0x43
   22a: e94f010000                     jmp 0x14f
   22f: 4c89f7                         movq %r14, %rdi
   232: e800000000                     callq 0x0
        # hole +0x233: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   237: bb20000000                     movl $0x20, %ebx
   23c: 41b90a000000                   movl $0xa, %r9d
   242: ba01000000                     movl $0x1, %edx
   247: b901000000                     movl $0x1, %ecx
   24c: 498b742418                     movq 0x18(%r12), %rsi
   251: 488b7c2408                     movq 0x8(%rsp), %rdi
   256: 4839f8                         cmpq %rdi, %rax
   259: 0f857c010000                   jne 0x17c
   25f: e97d010000                     jmp 0x17d
   264: 4939f8                         cmpq %rdi, %r8
   267: 0f8e11010000                   jle 0x111
   26d: 498d3410                       leaq (%r8,%rdx), %rsi
   271: 49897730                       movq %rsi, 0x30(%r15)
   275: 4a8d2c4501000000               leaq 0x1(,%r8,2), %rbp
   27d: 4d8b02                         movq (%r10), %r8
   280: 4d8d4801                       leaq 0x1(%r8), %r9
   284: 4d890a                         movq %r9, (%r10)
   287: 41837a0802                     cmpl $0x2, 0x8(%r10)
   28c: 7552                           jne 0x52
   28e: f2410f105230                   movsd 0x30(%r10), %xmm2
   294: 4d8902                         movq %r8, (%r10)
   297: 660f57c9                       xorpd %xmm1, %xmm1
   29b: 660f2ed1                       ucomisd %xmm1, %xmm2
   29f: 7563                           jne 0x63
   2a1: 7a61                           jp 0x61
   2a3: 49c7461801000000               movq $0x1, 0x18(%r14)
   2ab: 4c89f7                         movq %r14, %rdi
   2ae: e800000000                     callq 0x0
        # hole +0x2af: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2b3: bb20000000                     movl $0x20, %ebx
   2b8: 41b950000000                   movl $0x50, %r9d
   2be: ba08000000                     movl $0x8, %edx
   2c3: b903000000                     movl $0x3, %ecx
   2c8: 498b742418                     movq 0x18(%r12), %rsi
   2cd: 488b7c2408                     movq 0x8(%rsp), %rdi
   2d2: 4839f8                         cmpq %rdi, %rax
   2d5: 0f8500010000                   jne 0x100
   2db: e901010000                     jmp 0x101
   2e0: 4c89f7                         movq %r14, %rdi
   2e3: e800000000                     callq 0x0
        # hole +0x2e4: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2e8: 48c70002000000                 movq $0x2, (%rax)
   2ef: bb30000000                     movl $0x30, %ebx
   2f4: 41b946000000                   movl $0x46, %r9d
   2fa: ba07000000                     movl $0x7, %edx
   2ff: e943ffffff                     jmp -0xbd
   304: f20f5ec2                       divsd %xmm2, %xmm0
   308: 4c8d4002                       leaq 0x2(%rax), %r8
   30c: 4d894608                       movq %r8, 0x8(%r14)
   310: 4939c8                         cmpq %rcx, %r8
   313: 0f8d8f000000                   jge 0x8f
   319: 4885d2                         testq %rdx, %rdx
   31c: 7e29                           jle 0x29
   31e: 4839fe                         cmpq %rdi, %rsi
   321: 7d5b                           jge 0x5b
   323: 4883c003                       addq $0x3, %rax
   327: 4839c1                         cmpq %rax, %rcx
   32a: 480f4fc1                       cmovgq %rcx, %rax
   32e: 4989f1                         movq %rsi, %r9
   331: 4801d6                         addq %rdx, %rsi
   334: f20f5ec2                       divsd %xmm2, %xmm0
   338: 49ffc0                         incq %r8
   33b: 4939c8                         cmpq %rcx, %r8
   33e: 7d58                           jge 0x58
   340: 4839fe                         cmpq %rdi, %rsi
   343: 7ce9                           jl -0x17
   345: eb27                           jmp 0x27
   347: 4839fe                         cmpq %rdi, %rsi
   34a: 7e32                           jle 0x32
   34c: 4883c003                       addq $0x3, %rax
   350: 4839c1                         cmpq %rax, %rcx
   353: 480f4fc1                       cmovgq %rcx, %rax
   357: 4989f1                         movq %rsi, %r9
   35a: 4801d6                         addq %rdx, %rsi
   35d: f20f5ec2                       divsd %xmm2, %xmm0
   361: 49ffc0                         incq %r8
   364: 4939c8                         cmpq %rcx, %r8
   367: 7d2f                           jge 0x2f
   369: 4839fe                         cmpq %rdi, %rsi
   36c: 7fe9                           jg -0x17
   36e: 4a8d2c4d01000000               leaq 0x1(,%r9,2), %rbp
   376: 49897730                       movq %rsi, 0x30(%r15)
   37a: 4d894608                       movq %r8, 0x8(%r14)
   37e: 4c89f7                         movq %r14, %rdi
   381: e800000000                     callq 0x0
        # hole +0x382: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   386: bb20000000                     movl $0x20, %ebx
   38b: 41b914000000                   movl $0x14, %r9d
   391: ba02000000                     movl $0x2, %edx
   396: eb2f                           jmp 0x2f
   398: 4a8d2c4d01000000               leaq 0x1(,%r9,2), %rbp
   3a0: 49897730                       movq %rsi, 0x30(%r15)
   3a4: 49894608                       movq %rax, 0x8(%r14)
   3a8: 49c70601000000                 movq $0x1, (%r14)
   3af: 4c89f7                         movq %r14, %rdi
   3b2: e800000000                     callq 0x0
        # hole +0x3b3: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3b7: bb20000000                     movl $0x20, %ebx
   3bc: 41b964000000                   movl $0x64, %r9d
   3c2: ba0a000000                     movl $0xa, %edx
   3c7: b902000000                     movl $0x2, %ecx
   3cc: 498b742418                     movq 0x18(%r12), %rsi
   3d1: 488b7c2408                     movq 0x8(%rsp), %rdi
   3d6: 4839f8                         cmpq %rdi, %rax
   3d9: 7406                           je 0x6
   3db: 488906                         movq %rax, (%rsi)
   3de: 4889c7                         movq %rax, %rdi
   3e1: 4c8b1424                       movq (%rsp), %r10
   3e5: 4c39ed                         cmpq %r13, %rbp
   3e8: 0f8484fcffff                   je -0x37c
   3ee: e97bfcffff                     jmp -0x385
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
