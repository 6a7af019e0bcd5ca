# stencil sum_range for x86_64-unknown-linux-gnu: 888 code bytes, 0 data bytes, 3 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b28                         movq (%rax), %rbp
     d: 488b5808                       movq 0x8(%rax), %rbx
    11: 4c8b6810                       movq 0x10(%rax), %r13
    15: ba18000000                     movl $0x18, %edx
    1a: 41b90a000000                   movl $0xa, %r9d
    20: b801000000                     movl $0x1, %eax
    25: c744240c01000000               movl $0x1, 0xc(%rsp)
    2d: 41f6c501                       testb $0x1, %r13b
    31: 7530                           jne 0x30
    33: 41837d0804                     cmpl $0x4, 0x8(%r13)
    38: 7529                           jne 0x29
    3a: 498b4540                       movq 0x40(%r13), %rax
    3e: 4d8b7d30                       movq 0x30(%r13), %r15
    42: 498b4d38                       movq 0x38(%r13), %rcx
    46: 4885c0                         testq %rax, %rax
    49: 7e5d                           jle 0x5d
    4b: 4939cf                         cmpq %rcx, %r15
    4e: 7c5d                           jl 0x5d
    50: 41b914000000                   movl $0x14, %r9d
    56: b802000000                     movl $0x2, %eax
    5b: c744240c02000000               movl $0x2, 0xc(%rsp)
    63: 4531d2                         xorl %r10d, %r10d
    66: 4889df                         movq %rbx, %rdi
    69: 498b742418                     movq 0x18(%r12), %rsi
    6e: 4839df                         cmpq %rbx, %rdi
    71: 7404                           je 0x4
    73: 48897e08                       movq %rdi, 0x8(%rsi)
    77: 4584d2                         testb %r10b, %r10b
    7a: 7408                           je 0x8
    7c: 48896e18                       movq %rbp, 0x18(%rsi)
    80: 48897e20                       movq %rdi, 0x20(%rsi)
    84: 4801d6                         addq %rdx, %rsi
    87: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x89: R_X86_64_64 Abs64 index+0
    91: 4901c0                         addq %rax, %r8
    94: 4c89e7                         movq %r12, %rdi
    97: 4c89f2                         movq %r14, %rdx
    9a: 8b4c240c                       movl 0xc(%rsp), %ecx
    9e: 4883c420                       addq $0x20, %rsp
    a2: 5d                             popq %rbp
    a3: e900000000                     jmp 0x0
        # hole +0xa4: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    a8: 4939cf                         cmpq %rcx, %r15
    ab: 7ea3                           jle -0x5d
    ad: 4c01f8                         addq %r15, %rax
    b0: 49894530                       movq %rax, 0x30(%r13)
    b4: f6c301                         testb $0x1, %bl
    b7: 7515                           jne 0x15
    b9: 48ff0b                         decq (%rbx)
    bc: 7510                           jne 0x10
    be: 4889df                         movq %rbx, %rdi
    c1: e800000000                     callq 0x0
        # hole +0xc2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    c6: c744240c01000000               movl $0x1, 0xc(%rsp)
    ce: 4a8d3c7d01000000               leaq 0x1(,%r15,2), %rdi
    d6: 40f6c501                       testb $0x1, %bpl
    da: 752a                           jne 0x2a
    dc: 48ff4500                       incq (%rbp)
    e0: ba28000000                     movl $0x28, %edx
    e5: 41b201                         movb $0x1, %r10b
    e8: 41b946000000                   movl $0x46, %r9d
    ee: b807000000                     movl $0x7, %eax
    f3: 498b742418                     movq 0x18(%r12), %rsi
    f8: 4839df                         cmpq %rbx, %rdi
    fb: 0f8476ffffff                   je -0x8a
   101: e96dffffff                     jmp -0x93
   106: 4d01ff                         addq %r15, %r15
   109: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
   113: 4889e8                         movq %rbp, %rax
   116: 48d1f8                         sarq %rax
   119: 49d1ff                         sarq %r15
   11c: 4901c7                         addq %rax, %r15
   11f: 4c89f8                         movq %r15, %rax
   122: 4801c8                         addq %rcx, %rax
   125: 0f8927020000                   jns 0x227
   12b: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
   133: 4d8b5608                       movq 0x8(%r14), %r10
   137: 4d8b5e10                       movq 0x10(%r14), %r11
   13b: 498d4201                       leaq 0x1(%r10), %rax
   13f: 49894608                       movq %rax, 0x8(%r14)
   143: 4c39d8                         cmpq %r11, %rax
   146: 0f8d8d010000                   jge 0x18d
   14c: ba18000000                     movl $0x18, %edx
   151: c744240c02000000               movl $0x2, 0xc(%rsp)
   159: 49833e00                       cmpq $0x0, (%r14)
   15d: 0f8500010000                   jne 0x100
   163: 48896c2410                     movq %rbp, 0x10(%rsp)
   168: 418b6d08                       movl 0x8(%r13), %ebp
   16c: 41b90a000000                   movl $0xa, %r9d
   172: b801000000                     movl $0x1, %eax
   177: 83fd04                         cmpl $0x4, %ebp
   17a: 0f8504010000                   jne 0x104
   180: 48895c2418                     movq %rbx, 0x18(%rsp)
   185: 498b4d30                       movq 0x30(%r13), %rcx
   189: 4d8b7d40                       movq 0x40(%r13), %r15
   18d: 488d1409                       leaq (%rcx,%rcx), %rdx
   191: 4b8d343f                       leaq (%r15,%r15), %rsi
   195: 4983c202                       addq $0x2, %r10
   199: 49b900000000000000c0           movabsq $-0x4000000000000000, %r9
   1a3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1b0: 4889d3                         movq %rdx, %rbx
   1b3: 4d85ff                         testq %r15, %r15
   1b6: 7e18                           jle 0x18
   1b8: 493b4d38                       cmpq 0x38(%r13), %rcx
   1bc: 7c1c                           jl 0x1c
   1be: e9dd000000                     jmp 0xdd
   1c3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1d0: 493b4d38                       cmpq 0x38(%r13), %rcx
   1d4: 0f8ec6000000                   jle 0xc6
   1da: 4a8d0439                       leaq (%rcx,%r15), %rax
   1de: 49894530                       movq %rax, 0x30(%r13)
   1e2: 4c89c7                         movq %r8, %rdi
   1e5: 48d1ff                         sarq %rdi
   1e8: 4889da                         movq %rbx, %rdx
   1eb: 48d1fa                         sarq %rdx
   1ee: 4801fa                         addq %rdi, %rdx
   1f1: 4889d7                         movq %rdx, %rdi
   1f4: 4c01cf                         addq %r9, %rdi
   1f7: 0f891c010000                   jns 0x11c
   1fd: 4c8d045501000000               leaq 0x1(,%rdx,2), %r8
   205: 4d895608                       movq %r10, 0x8(%r14)
   209: 4d39da                         cmpq %r11, %r10
   20c: 0f8db7000000                   jge 0xb7
   212: 488d7b01                       leaq 0x1(%rbx), %rdi
   216: 488d1433                       leaq (%rbx,%rsi), %rdx
   21a: 49ffc2                         incq %r10
   21d: 4889c1                         movq %rax, %rcx
   220: 83fd04                         cmpl $0x4, %ebp
   223: 748b                           je -0x75
   225: 48ffc3                         incq %rbx
   228: 4531d2                         xorl %r10d, %r10d
   22b: 4889df                         movq %rbx, %rdi
   22e: c744240c01000000               movl $0x1, 0xc(%rsp)
   236: 488b5c2418                     movq 0x18(%rsp), %rbx
   23b: 488b6c2410                     movq 0x10(%rsp), %rbp
   240: ba18000000                     movl $0x18, %edx
   245: 41b90a000000                   movl $0xa, %r9d
   24b: b801000000                     movl $0x1, %eax
   250: 498b742418                     movq 0x18(%r12), %rsi
   255: 4939e8                         cmpq %rbp, %r8
   258: 0f85a7000000                   jne 0xa7
   25e: e9a5000000                     jmp 0xa5
   263: 41b964000000                   movl $0x64, %r9d
   269: b80a000000                     movl $0xa, %eax
   26e: 4531d2                         xorl %r10d, %r10d
   271: 498b742418                     movq 0x18(%r12), %rsi
   276: 4939e8                         cmpq %rbp, %r8
   279: 0f8586000000                   jne 0x86
   27f: e984000000                     jmp 0x84
   284: 4531d2                         xorl %r10d, %r10d
   287: c744240c01000000               movl $0x1, 0xc(%rsp)
   28f: 488b6c2410                     movq 0x10(%rsp), %rbp
   294: 498b742418                     movq 0x18(%r12), %rsi
   299: 4939e8                         cmpq %rbp, %r8
   29c: 7567                           jne 0x67
   29e: eb68                           jmp 0x68
   2a0: 41b914000000                   movl $0x14, %r9d
   2a6: b802000000                     movl $0x2, %eax
   2ab: 4531d2                         xorl %r10d, %r10d
   2ae: 488b5c2418                     movq 0x18(%rsp), %rbx
   2b3: 488b6c2410                     movq 0x10(%rsp), %rbp
   2b8: ba18000000                     movl $0x18, %edx
   2bd: 498b742418                     movq 0x18(%r12), %rsi
   2c2: 4939e8                         cmpq %rbp, %r8
   2c5: 753e                           jne 0x3e
   2c7: eb3f                           jmp 0x3f
   2c9: 48ffc3                         incq %rbx
   2cc: 4889df                         movq %rbx, %rdi
   2cf: 488b5c2418                     movq 0x18(%rsp), %rbx
   2d4: 488b6c2410                     movq 0x10(%rsp), %rbp
   2d9: 49c70601000000                 movq $0x1, (%r14)
   2e0: ba18000000                     movl $0x18, %edx
   2e5: 41b964000000                   movl $0x64, %r9d
   2eb: b80a000000                     movl $0xa, %eax
   2f0: c744240c02000000               movl $0x2, 0xc(%rsp)
   2f8: 4531d2                         xorl %r10d, %r10d
   2fb: 498b742418                     movq 0x18(%r12), %rsi
   300: 4939e8                         cmpq %rbp, %r8
   303: 7403                           je 0x3
   305: 4c8906                         movq %r8, (%rsi)
   308: 4c89c5                         movq %r8, %rbp
   30b: 4839df                         cmpq %rbx, %rdi
   30e: 0f8463fdffff                   je -0x29d
   314: e95afdffff                     jmp -0x2a6
   319: 488d3c4d01000000               leaq 0x1(,%rcx,2), %rdi
   321: ba28000000                     movl $0x28, %edx
   326: 41b201                         movb $0x1, %r10b
   329: 41b950000000                   movl $0x50, %r9d
   32f: b808000000                     movl $0x8, %eax
   334: c744240c01000000               movl $0x1, 0xc(%rsp)
   33c: 488b5c2418                     movq 0x18(%rsp), %rbx
   341: 488b6c2410                     movq 0x10(%rsp), %rbp
   346: 498b742418                     movq 0x18(%r12), %rsi
   34b: 4939e8                         cmpq %rbp, %r8
   34e: 75b5                           jne -0x4b
   350: ebb6                           jmp -0x4a
   352: ba28000000                     movl $0x28, %edx
   357: 41b201                         movb $0x1, %r10b
   35a: 41b950000000                   movl $0x50, %r9d
   360: b808000000                     movl $0x8, %eax
   365: 498b742418                     movq 0x18(%r12), %rsi
   36a: 4839df                         cmpq %rbx, %rdi
   36d: 0f8404fdffff                   je -0x2fc
   373: e9fbfcffff                     jmp -0x305
