# stencil float_div_loop for x86_64-pc-windows-msvc: 878 code bytes, 8 data bytes, 12 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 4c8b6818                       movq 0x18(%rax), %r13
     d: 41b901000000                   movl $0x1, %r9d
    13: 41b801000000                   movl $0x1, %r8d
    19: b90a000000                     movl $0xa, %ecx
    1e: ba20000000                     movl $0x20, %edx
    23: 41f6c501                       testb $0x1, %r13b
    27: 0f8540010000                   jne 0x140
    2d: 41837d0804                     cmpl $0x4, 0x8(%r13)
    32: 0f8535010000                   jne 0x135
    38: 488b18                         movq (%rax), %rbx
    3b: 488b7008                       movq 0x8(%rax), %rsi
    3f: 488b7810                       movq 0x10(%rax), %rdi
    43: 498b4540                       movq 0x40(%r13), %rax
    47: 4d8b7d30                       movq 0x30(%r13), %r15
    4b: 498b4d38                       movq 0x38(%r13), %rcx
    4f: 4885c0                         testq %rax, %rax
    52: 7e1b                           jle 0x1b
    54: 4939cf                         cmpq %rcx, %r15
    57: 7c1b                           jl 0x1b
    59: 41b902000000                   movl $0x2, %r9d
    5f: 41b802000000                   movl $0x2, %r8d
    65: b914000000                     movl $0x14, %ecx
    6a: e9fe000000                     jmp 0xfe
    6f: 4939cf                         cmpq %rcx, %r15
    72: 7ee5                           jle -0x1b
    74: 4c01f8                         addq %r15, %rax
    77: 49894530                       movq %rax, 0x30(%r13)
    7b: 40f6c701                       testb $0x1, %dil
    7f: 750d                           jne 0xd
    81: 48ff0f                         decq (%rdi)
    84: 7508                           jne 0x8
    86: 4889f9                         movq %rdi, %rcx
    89: e800000000                     callq 0x0
        # hole +0x8a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    8e: f6c301                         testb $0x1, %bl
    91: 7503                           jne 0x3
    93: 48ff03                         incq (%rbx)
    96: 40f6c601                       testb $0x1, %sil
    9a: 7503                           jne 0x3
    9c: 48ff06                         incq (%rsi)
    9f: 4e8d3c7d01000000               leaq 0x1(,%r15,2), %r15
    a7: 41b901000000                   movl $0x1, %r9d
    ad: 41b807000000                   movl $0x7, %r8d
    b3: b946000000                     movl $0x46, %ecx
    b8: ba30000000                     movl $0x30, %edx
    bd: f6c301                         testb $0x1, %bl
    c0: 7574                           jne 0x74
    c2: 837b0802                       cmpl $0x2, 0x8(%rbx)
    c6: 756e                           jne 0x6e
    c8: 40f6c601                       testb $0x1, %sil
    cc: 7568                           jne 0x68
    ce: 837e0802                       cmpl $0x2, 0x8(%rsi)
    d2: 7562                           jne 0x62
    d4: f20f107330                     movsd 0x30(%rbx), %xmm6
    d9: f20f107e30                     movsd 0x30(%rsi), %xmm7
    de: 48ff0b                         decq (%rbx)
    e1: 0f85af000000                   jne 0xaf
    e7: 4889d9                         movq %rbx, %rcx
    ea: e800000000                     callq 0x0
        # hole +0xeb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    ef: 48ff0e                         decq (%rsi)
    f2: 0f84a7000000                   je 0xa7
    f8: 660f57c0                       xorpd %xmm0, %xmm0
    fc: 660f2ef8                       ucomisd %xmm0, %xmm7
   100: 0f85b1000000                   jne 0xb1
   106: 0f8aab000000                   jp 0xab
   10c: 49c7461801000000               movq $0x1, 0x18(%r14)
   114: b810000000                     movl $0x10, %eax
   119: 41b903000000                   movl $0x3, %r9d
   11f: 41b808000000                   movl $0x8, %r8d
   125: b950000000                     movl $0x50, %ecx
   12a: ba20000000                     movl $0x20, %edx
   12f: 4939ff                         cmpq %rdi, %r15
   132: 7530                           jne 0x30
   134: eb37                           jmp 0x37
   136: 4531d2                         xorl %r10d, %r10d
   139: 4939ff                         cmpq %rdi, %r15
   13c: 7507                           jne 0x7
   13e: 4584d2                         testb %r10b, %r10b
   141: 7410                           je 0x10
   143: eb28                           jmp 0x28
   145: 498b442418                     movq 0x18(%r12), %rax
   14a: 4c897810                       movq %r15, 0x10(%rax)
   14e: 4584d2                         testb %r10b, %r10b
   151: 751a                           jne 0x1a
   153: 498b442418                     movq 0x18(%r12), %rax
   158: 48895820                       movq %rbx, 0x20(%rax)
   15c: b828000000                     movl $0x28, %eax
   161: 4989f7                         movq %rsi, %r15
   164: 498b742418                     movq 0x18(%r12), %rsi
   169: 4c893c06                       movq %r15, (%rsi,%rax)
   16d: 4903542418                     addq 0x18(%r12), %rdx
   172: 488b0500000000                 movq (%rip), %rax
        # hole +0x175: IMAGE_REL_AMD64_REL32 Rel32 data-4
   179: 4c01c0                         addq %r8, %rax
   17c: 48894c2428                     movq %rcx, 0x28(%rsp)
   181: 4889442420                     movq %rax, 0x20(%rsp)
   186: 4c89e1                         movq %r12, %rcx
   189: 4d89f0                         movq %r14, %r8
   18c: e800000000                     callq 0x0
        # hole +0x18d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   191: 4883c438                       addq $0x38, %rsp
   195: c3                             retq
   196: 48ff0e                         decq (%rsi)
   199: 0f8559ffffff                   jne -0xa7
   19f: 4889f1                         movq %rsi, %rcx
   1a2: e800000000                     callq 0x0
        # hole +0x1a3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1a7: 660f57c0                       xorpd %xmm0, %xmm0
   1ab: 660f2ef8                       ucomisd %xmm0, %xmm7
   1af: 7506                           jne 0x6
   1b1: 0f8b55ffffff                   jnp -0xab
   1b7: 48ff0b                         decq (%rbx)
   1ba: 7508                           jne 0x8
   1bc: 4889d9                         movq %rbx, %rcx
   1bf: e800000000                     callq 0x0
        # hole +0x1c0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1c4: f20f5ef7                       divsd %xmm7, %xmm6
   1c8: 498b4608                       movq 0x8(%r14), %rax
   1cc: 48ffc0                         incq %rax
   1cf: 49894608                       movq %rax, 0x8(%r14)
   1d3: 493b4610                       cmpq 0x10(%r14), %rax
   1d7: 0f8dbd000000                   jge 0xbd
   1dd: 49833e00                       cmpq $0x0, (%r14)
   1e1: 0f85ba000000                   jne 0xba
   1e7: 41837d0804                     cmpl $0x4, 0x8(%r13)
   1ec: 0f8581000000                   jne 0x81
   1f2: 660f57c0                       xorpd %xmm0, %xmm0
   1f6: 498b4540                       movq 0x40(%r13), %rax
   1fa: 498b4d30                       movq 0x30(%r13), %rcx
   1fe: 498b5538                       movq 0x38(%r13), %rdx
   202: 4885c0                         testq %rax, %rax
   205: 7e0a                           jle 0xa
   207: 4839d1                         cmpq %rdx, %rcx
   20a: 7c0e                           jl 0xe
   20c: e9ce000000                     jmp 0xce
   211: 4839d1                         cmpq %rdx, %rcx
   214: 0f8ec5000000                   jle 0xc5
   21a: 4801c8                         addq %rcx, %rax
   21d: 49894530                       movq %rax, 0x30(%r13)
   221: 4c8d3c4d01000000               leaq 0x1(,%rcx,2), %r15
   229: 488b06                         movq (%rsi), %rax
   22c: 488d4801                       leaq 0x1(%rax), %rcx
   230: 48890e                         movq %rcx, (%rsi)
   233: 837e0802                       cmpl $0x2, 0x8(%rsi)
   237: 0f85c3000000                   jne 0xc3
   23d: f20f104e30                     movsd 0x30(%rsi), %xmm1
   242: 488906                         movq %rax, (%rsi)
   245: 660f2ec8                       ucomisd %xmm0, %xmm1
   249: 7506                           jne 0x6
   24b: 0f8bdc000000                   jnp 0xdc
   251: f20f5ef1                       divsd %xmm1, %xmm6
   255: 498b4608                       movq 0x8(%r14), %rax
   259: 48ffc0                         incq %rax
   25c: 49894608                       movq %rax, 0x8(%r14)
   260: 493b4610                       cmpq 0x10(%r14), %rax
   264: 7d34                           jge 0x34
   266: 49833e00                       cmpq $0x0, (%r14)
   26a: 7535                           jne 0x35
   26c: 41837d0804                     cmpl $0x4, 0x8(%r13)
   271: 7483                           je -0x7d
   273: 4c89f1                         movq %r14, %rcx
   276: 660f28ce                       movapd %xmm6, %xmm1
   27a: e800000000                     callq 0x0
        # hole +0x27b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   27f: ba20000000                     movl $0x20, %edx
   284: 41b201                         movb $0x1, %r10b
   287: b90a000000                     movl $0xa, %ecx
   28c: 41b801000000                   movl $0x1, %r8d
   292: 41b901000000                   movl $0x1, %r9d
   298: eb2c                           jmp 0x2c
   29a: 49c70601000000                 movq $0x1, (%r14)
   2a1: 4c89f1                         movq %r14, %rcx
   2a4: 660f28ce                       movapd %xmm6, %xmm1
   2a8: e800000000                     callq 0x0
        # hole +0x2a9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   2ad: ba20000000                     movl $0x20, %edx
   2b2: 41b201                         movb $0x1, %r10b
   2b5: b964000000                     movl $0x64, %ecx
   2ba: 41b80a000000                   movl $0xa, %r8d
   2c0: 41b902000000                   movl $0x2, %r9d
   2c6: 4839d8                         cmpq %rbx, %rax
   2c9: 0f846afeffff                   je -0x196
   2cf: 4d8b5c2418                     movq 0x18(%r12), %r11
   2d4: 498903                         movq %rax, (%r11)
   2d7: 4889c3                         movq %rax, %rbx
   2da: e95afeffff                     jmp -0x1a6
   2df: 4c89f1                         movq %r14, %rcx
   2e2: 660f28ce                       movapd %xmm6, %xmm1
   2e6: e800000000                     callq 0x0
        # hole +0x2e7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   2eb: ba20000000                     movl $0x20, %edx
   2f0: 41b201                         movb $0x1, %r10b
   2f3: b914000000                     movl $0x14, %ecx
   2f8: 41b802000000                   movl $0x2, %r8d
   2fe: ebc0                           jmp -0x40
   300: 4c89f1                         movq %r14, %rcx
   303: 660f28ce                       movapd %xmm6, %xmm1
   307: e800000000                     callq 0x0
        # hole +0x308: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   30c: ba30000000                     movl $0x30, %edx
   311: b946000000                     movl $0x46, %ecx
   316: 41b807000000                   movl $0x7, %r8d
   31c: 41b901000000                   movl $0x1, %r9d
   322: 4883f808                       cmpq $0x8, %rax
   326: 7337                           jae 0x37
   328: 4531d2                         xorl %r10d, %r10d
   32b: eb99                           jmp -0x67
   32d: 49c7461801000000               movq $0x1, 0x18(%r14)
   335: 4c89f1                         movq %r14, %rcx
   338: 660f28ce                       movapd %xmm6, %xmm1
   33c: e800000000                     callq 0x0
        # hole +0x33d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   341: ba20000000                     movl $0x20, %edx
   346: 41b201                         movb $0x1, %r10b
   349: b950000000                     movl $0x50, %ecx
   34e: 41b808000000                   movl $0x8, %r8d
   354: 41b903000000                   movl $0x3, %r9d
   35a: e967ffffff                     jmp -0x99
   35f: 48c70002000000                 movq $0x2, (%rax)
   366: 4531d2                         xorl %r10d, %r10d
   369: e958ffffff                     jmp -0xa8
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
