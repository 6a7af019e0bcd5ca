# stencil float_div_loop for x86_64-unknown-linux-gnu: 573 code bytes, 8 data bytes, 9 holes
     0: 4883ec18                       subq $0x18, %rsp
     4: bb01000000                     movl $0x1, %ebx
     9: 0f1f8000000000                 nopl (%rax)
    10: 498b4df8                       movq -0x8(%r13), %rcx
    14: 41b90a000000                   movl $0xa, %r9d
    1a: b801000000                     movl $0x1, %eax
    1f: f6c101                         testb $0x1, %cl
    22: 0f85f4010000                   jne 0x1f4
    28: 83790804                       cmpl $0x4, 0x8(%rcx)
    2c: 0f85ea010000                   jne 0x1ea
    32: 488b4140                       movq 0x40(%rcx), %rax
    36: 488b5130                       movq 0x30(%rcx), %rdx
    3a: 488b7138                       movq 0x38(%rcx), %rsi
    3e: 4885c0                         testq %rax, %rax
    41: 7e0d                           jle 0xd
    43: 4839f2                         cmpq %rsi, %rdx
    46: 7c11                           jl 0x11
    48: e991010000                     jmp 0x191
    4d: 0f1f00                         nopl (%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8e85010000                   jle 0x185
    59: 4801d0                         addq %rdx, %rax
    5c: 48894130                       movq %rax, 0x30(%rcx)
    60: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    68: 49894d00                       movq %rcx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7810                       movq 0x10(%rax), %rdi
    75: 48894810                       movq %rcx, 0x10(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7505                           jne 0x5
    7f: 48ff0f                         decq (%rdi)
    82: 7429                           je 0x29
    84: 488b38                         movq (%rax), %rdi
    87: 40f6c701                       testb $0x1, %dil
    8b: 7533                           jne 0x33
    8d: 48ff07                         incq (%rdi)
    90: 49897d00                       movq %rdi, (%r13)
    94: 4c8b7808                       movq 0x8(%rax), %r15
    98: 41f6c701                       testb $0x1, %r15b
    9c: 7430                           je 0x30
    9e: 4d897d08                       movq %r15, 0x8(%r13)
    a2: 40f6c701                       testb $0x1, %dil
    a6: 743b                           je 0x3b
    a8: e920010000                     jmp 0x120
    ad: e800000000                     callq 0x0
        # hole +0xae: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    b2: 498b442418                     movq 0x18(%r12), %rax
    b7: 488b38                         movq (%rax), %rdi
    ba: 40f6c701                       testb $0x1, %dil
    be: 74cd                           je -0x33
    c0: 49897d00                       movq %rdi, (%r13)
    c4: 4c8b7808                       movq 0x8(%rax), %r15
    c8: 41f6c701                       testb $0x1, %r15b
    cc: 75d0                           jne -0x30
    ce: 49ff07                         incq (%r15)
    d1: 498b7d00                       movq (%r13), %rdi
    d5: 4d897d08                       movq %r15, 0x8(%r13)
    d9: 40f6c701                       testb $0x1, %dil
    dd: 0f85ea000000                   jne 0xea
    e3: 837f0802                       cmpl $0x2, 0x8(%rdi)
    e7: 0f85e0000000                   jne 0xe0
    ed: 41f6c701                       testb $0x1, %r15b
    f1: 0f85d6000000                   jne 0xd6
    f7: 41837f0802                     cmpl $0x2, 0x8(%r15)
    fc: 0f85cb000000                   jne 0xcb
   102: f20f104730                     movsd 0x30(%rdi), %xmm0
   107: f2410f104f30                   movsd 0x30(%r15), %xmm1
   10d: 48ff0f                         decq (%rdi)
   110: 741e                           je 0x1e
   112: 49ff0f                         decq (%r15)
   115: 743b                           je 0x3b
   117: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0x11b: R_X86_64_PC32 Rel32 data-4
   11f: 755d                           jne 0x5d
   121: 7a5b                           jp 0x5b
   123: e9c3000000                     jmp 0xc3
   128: 0f1f840000000000               nopl (%rax,%rax)
   130: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   136: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   13c: e800000000                     callq 0x0
        # hole +0x13d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   141: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   147: f20f10442410                   movsd 0x10(%rsp), %xmm0
   14d: 49ff0f                         decq (%r15)
   150: 75c5                           jne -0x3b
   152: 4c89ff                         movq %r15, %rdi
   155: f20f11442410                   movsd %xmm0, 0x10(%rsp)
   15b: f20f114c2408                   movsd %xmm1, 0x8(%rsp)
   161: e800000000                     callq 0x0
        # hole +0x162: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   166: f20f104c2408                   movsd 0x8(%rsp), %xmm1
   16c: f20f10442410                   movsd 0x10(%rsp), %xmm0
   172: 660f2e0d00000000               ucomisd (%rip), %xmm1
        # hole +0x176: R_X86_64_PC32 Rel32 data-4
   17a: 7502                           jne 0x2
   17c: 7b6d                           jnp 0x6d
   17e: f20f5ec1                       divsd %xmm1, %xmm0
   182: 4c89f7                         movq %r14, %rdi
   185: e800000000                     callq 0x0
        # hole +0x186: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   18a: 4885c0                         testq %rax, %rax
   18d: 7464                           je 0x64
   18f: 49894500                       movq %rax, (%r13)
   193: 498b4c2418                     movq 0x18(%r12), %rcx
   198: 488b39                         movq (%rcx), %rdi
   19b: 488901                         movq %rax, (%rcx)
   19e: 40f6c701                       testb $0x1, %dil
   1a2: 750c                           jne 0xc
   1a4: 48ff0f                         decq (%rdi)
   1a7: 7507                           jne 0x7
   1a9: e800000000                     callq 0x0
        # hole +0x1aa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1ae: 6690                           nop
   1b0: 498b4608                       movq 0x8(%r14), %rax
   1b4: 48ffc0                         incq %rax
   1b7: 49894608                       movq %rax, 0x8(%r14)
   1bb: 493b4610                       cmpq 0x10(%r14), %rax
   1bf: 7d44                           jge 0x44
   1c1: 49833e00                       cmpq $0x0, (%r14)
   1c5: 0f8445feffff                   je -0x1bb
   1cb: eb3f                           jmp 0x3f
   1cd: 4983c510                       addq $0x10, %r13
   1d1: 41b946000000                   movl $0x46, %r9d
   1d7: b807000000                     movl $0x7, %eax
   1dc: eb3e                           jmp 0x3e
   1de: 41b914000000                   movl $0x14, %r9d
   1e4: b802000000                     movl $0x2, %eax
   1e9: eb2c                           jmp 0x2c
   1eb: 49c7461801000000               movq $0x1, 0x18(%r14)
   1f3: 41b950000000                   movl $0x50, %r9d
   1f9: b808000000                     movl $0x8, %eax
   1fe: bb03000000                     movl $0x3, %ebx
   203: eb17                           jmp 0x17
   205: 49c70601000000                 movq $0x1, (%r14)
   20c: 41b964000000                   movl $0x64, %r9d
   212: b80a000000                     movl $0xa, %eax
   217: bb02000000                     movl $0x2, %ebx
   21c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x21e: R_X86_64_64 Abs64 index+0
   226: 4901c0                         addq %rax, %r8
   229: 4c89e7                         movq %r12, %rdi
   22c: 4c89ee                         movq %r13, %rsi
   22f: 4c89f2                         movq %r14, %rdx
   232: 89d9                           movl %ebx, %ecx
   234: 4883c418                       addq $0x18, %rsp
   238: e900000000                     jmp 0x0
        # hole +0x239: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
# data
     0: 0000000000000000
