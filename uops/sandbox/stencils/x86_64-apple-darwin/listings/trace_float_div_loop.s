# stencil float_div_loop for x86_64-apple-darwin: 1046 code bytes, 8 data bytes, 13 holes
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
   1f0: 498b4e08                       movq 0x8(%r14), %rcx
   1f4: 498b4610                       movq 0x10(%r14), %rax
   1f8: 488d5101                       leaq 0x1(%rcx), %rdx
   1fc: 49895608                       movq %rdx, 0x8(%r14)
   200: 4839c2                         cmpq %rax, %rdx
   203: 7d30                           jge 0x30
   205: 49833e00                       cmpq $0x0, (%r14)
   209: 7531                           jne 0x31
   20b: 41837f0804                     cmpl $0x4, 0x8(%r15)
   210: 7570                           jne 0x70
   212: 498b5740                       movq 0x40(%r15), %rdx
   216: 4d8b4730                       movq 0x30(%r15), %r8
   21a: 498b7738                       movq 0x38(%r15), %rsi
   21e: 4885d2                         testq %rdx, %rdx
   221: 0f8e80000000                   jle 0x80
   227: 4939f0                         cmpq %rsi, %r8
   22a: 0f8c80000000                   jl 0x80
   230: e98a010000                     jmp 0x18a
   235: 49c70601000000                 movq $0x1, (%r14)
   23c: 4889fb                         movq %rdi, %rbx
   23f: 4c89f7                         movq %r14, %rdi
   242: e800000000                     callq 0x0
        # hole +0x243: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   247: 4889df                         movq %rbx, %rdi
   24a: bb20000000                     movl $0x20, %ebx
   24f: 41b964000000                   movl $0x64, %r9d
   255: ba0a000000                     movl $0xa, %edx
   25a: b902000000                     movl $0x2, %ecx
   25f: 498b742418                     movq 0x18(%r12), %rsi
   264: 4839f8                         cmpq %rdi, %rax
   267: 7406                           je 0x6
   269: 488906                         movq %rax, (%rsi)
   26c: 4889c7                         movq %rax, %rdi
   26f: 4c8b542408                     movq 0x8(%rsp), %r10
   274: 4c39ed                         cmpq %r13, %rbp
   277: 0f84f5fdffff                   je -0x20b
   27d: e9ecfdffff                     jmp -0x214
   282: 4889fb                         movq %rdi, %rbx
   285: 4c89f7                         movq %r14, %rdi
   288: e800000000                     callq 0x0
        # hole +0x289: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   28d: 4889df                         movq %rbx, %rdi
   290: bb20000000                     movl $0x20, %ebx
   295: 41b90a000000                   movl $0xa, %r9d
   29b: ba01000000                     movl $0x1, %edx
   2a0: b901000000                     movl $0x1, %ecx
   2a5: ebb8                           jmp -0x48
   2a7: 4939f0                         cmpq %rsi, %r8
   2aa: 0f8e0f010000                   jle 0x10f
   2b0: 498d3c10                       leaq (%r8,%rdx), %rdi
   2b4: 49897f30                       movq %rdi, 0x30(%r15)
   2b8: 4a8d2c4501000000               leaq 0x1(,%r8,2), %rbp
   2c0: 41837a0802                     cmpl $0x2, 0x8(%r10)
   2c5: 753c                           jne 0x3c
   2c7: f2410f105230                   movsd 0x30(%r10), %xmm2
   2cd: 660f57c9                       xorpd %xmm1, %xmm1
   2d1: 660f2ed1                       ucomisd %xmm1, %xmm2
   2d5: 7568                           jne 0x68
   2d7: 7a66                           jp 0x66
   2d9: 49c7461801000000               movq $0x1, 0x18(%r14)
   2e1: 4c89f7                         movq %r14, %rdi
   2e4: e800000000                     callq 0x0
        # hole +0x2e5: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2e9: bb20000000                     movl $0x20, %ebx
   2ee: 41b950000000                   movl $0x50, %r9d
   2f4: ba08000000                     movl $0x8, %edx
   2f9: b903000000                     movl $0x3, %ecx
   2fe: e9d9000000                     jmp 0xd9
   303: 498b02                         movq (%r10), %rax
   306: 48ffc0                         incq %rax
   309: 498902                         movq %rax, (%r10)
   30c: 4c89f7                         movq %r14, %rdi
   30f: e800000000                     callq 0x0
        # hole +0x310: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   314: bb30000000                     movl $0x30, %ebx
   319: 41b946000000                   movl $0x46, %r9d
   31f: ba07000000                     movl $0x7, %edx
   324: b901000000                     movl $0x1, %ecx
   329: 4883f808                       cmpq $0x8, %rax
   32d: 0f82a9000000                   jb 0xa9
   333: 48c70002000000                 movq $0x2, (%rax)
   33a: e99d000000                     jmp 0x9d
   33f: f20f5ec2                       divsd %xmm2, %xmm0
   343: 4883c102                       addq $0x2, %rcx
   347: 49894e08                       movq %rcx, 0x8(%r14)
   34b: 4839c1                         cmpq %rax, %rcx
   34e: 0f8da1000000                   jge 0xa1
   354: 4885d2                         testq %rdx, %rdx
   357: 7e2c                           jle 0x2c
   359: 4839f7                         cmpq %rsi, %rdi
   35c: 7d61                           jge 0x61
   35e: 41b903000000                   movl $0x3, %r9d
   364: 4929c1                         subq %rax, %r9
   367: 4989f8                         movq %rdi, %r8
   36a: 4d8d1409                       leaq (%r9,%rcx), %r10
   36e: 4801d7                         addq %rdx, %rdi
   371: f20f5ec2                       divsd %xmm2, %xmm0
   375: 4983fa02                       cmpq $0x2, %r10
   379: 746a                           je 0x6a
   37b: 48ffc1                         incq %rcx
   37e: 4839f7                         cmpq %rsi, %rdi
   381: 7ce4                           jl -0x1c
   383: eb2a                           jmp 0x2a
   385: 4839f7                         cmpq %rsi, %rdi
   388: 7e35                           jle 0x35
   38a: 41b903000000                   movl $0x3, %r9d
   390: 4929c1                         subq %rax, %r9
   393: 4989f8                         movq %rdi, %r8
   396: 4d8d1409                       leaq (%r9,%rcx), %r10
   39a: 4801d7                         addq %rdx, %rdi
   39d: f20f5ec2                       divsd %xmm2, %xmm0
   3a1: 4983fa02                       cmpq $0x2, %r10
   3a5: 743e                           je 0x3e
   3a7: 48ffc1                         incq %rcx
   3aa: 4839f7                         cmpq %rsi, %rdi
   3ad: 7fe4                           jg -0x1c
   3af: 4a8d2c4501000000               leaq 0x1(,%r8,2), %rbp
   3b7: 49897f30                       movq %rdi, 0x30(%r15)
   3bb: 49894e08                       movq %rcx, 0x8(%r14)
   3bf: 4c89f7                         movq %r14, %rdi
   3c2: e800000000                     callq 0x0
        # hole +0x3c3: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3c7: bb20000000                     movl $0x20, %ebx
   3cc: 41b914000000                   movl $0x14, %r9d
   3d2: ba02000000                     movl $0x2, %edx
   3d7: b902000000                     movl $0x2, %ecx
   3dc: 488b3c24                       movq (%rsp), %rdi
   3e0: e97afeffff                     jmp -0x186
   3e5: 4a8d2c4501000000               leaq 0x1(,%r8,2), %rbp
   3ed: 49897f30                       movq %rdi, 0x30(%r15)
   3f1: 49894608                       movq %rax, 0x8(%r14)
   3f5: 49c70601000000                 movq $0x1, (%r14)
   3fc: 4c89f7                         movq %r14, %rdi
   3ff: e800000000                     callq 0x0
        # hole +0x400: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   404: bb20000000                     movl $0x20, %ebx
   409: 41b964000000                   movl $0x64, %r9d
   40f: ba0a000000                     movl $0xa, %edx
   414: ebc1                           jmp -0x3f
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
