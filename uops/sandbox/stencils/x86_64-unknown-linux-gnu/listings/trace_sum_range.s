# stencil sum_range for x86_64-unknown-linux-gnu: 418 code bytes, 0 data bytes, 4 holes
     0: 50                             pushq %rax
     1: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
     b: 498b55f8                       movq -0x8(%r13), %rdx
     f: 41b90a000000                   movl $0xa, %r9d
    15: b801000000                     movl $0x1, %eax
    1a: b901000000                     movl $0x1, %ecx
    1f: f6c201                         testb $0x1, %dl
    22: 0f8522010000                   jne 0x122
    28: 837a0804                       cmpl $0x4, 0x8(%rdx)
    2c: 0f8518010000                   jne 0x118
    32: 488b4240                       movq 0x40(%rdx), %rax
    36: 488b7230                       movq 0x30(%rdx), %rsi
    3a: 488b7a38                       movq 0x38(%rdx), %rdi
    3e: 4885c0                         testq %rax, %rax
    41: 7e0d                           jle 0xd
    43: 4839fe                         cmpq %rdi, %rsi
    46: 7c11                           jl 0x11
    48: e919010000                     jmp 0x119
    4d: 0f1f00                         nopl (%rax)
    50: 4839fe                         cmpq %rdi, %rsi
    53: 0f8e0d010000                   jle 0x10d
    59: 4801f0                         addq %rsi, %rax
    5c: 48894230                       movq %rax, 0x30(%rdx)
    60: 488d147501000000               leaq 0x1(,%rsi,2), %rdx
    68: 49895500                       movq %rdx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7808                       movq 0x8(%rax), %rdi
    75: 48895008                       movq %rdx, 0x8(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7505                           jne 0x5
    7f: 48ff0f                         decq (%rdi)
    82: 7424                           je 0x24
    84: 488b10                         movq (%rax), %rdx
    87: f6c201                         testb $0x1, %dl
    8a: 7434                           je 0x34
    8c: 49895500                       movq %rdx, (%r13)
    90: 488b7008                       movq 0x8(%rax), %rsi
    94: 40f6c601                       testb $0x1, %sil
    98: 7437                           je 0x37
    9a: 49897508                       movq %rsi, 0x8(%r13)
    9e: f6c201                         testb $0x1, %dl
    a1: 753e                           jne 0x3e
    a3: e993000000                     jmp 0x93
    a8: e800000000                     callq 0x0
        # hole +0xa9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    ad: b901000000                     movl $0x1, %ecx
    b2: 498b442418                     movq 0x18(%r12), %rax
    b7: 488b10                         movq (%rax), %rdx
    ba: f6c201                         testb $0x1, %dl
    bd: 75cd                           jne -0x33
    bf: 90                             nop
    c0: 48ff02                         incq (%rdx)
    c3: 49895500                       movq %rdx, (%r13)
    c7: 488b7008                       movq 0x8(%rax), %rsi
    cb: 40f6c601                       testb $0x1, %sil
    cf: 75c9                           jne -0x37
    d1: 48ff06                         incq (%rsi)
    d4: 498b5500                       movq (%r13), %rdx
    d8: 49897508                       movq %rsi, 0x8(%r13)
    dc: f6c201                         testb $0x1, %dl
    df: 745a                           je 0x5a
    e1: 40f6c601                       testb $0x1, %sil
    e5: 7454                           je 0x54
    e7: 48d1fa                         sarq %rdx
    ea: 48d1fe                         sarq %rsi
    ed: 4801d6                         addq %rdx, %rsi
    f0: 4889f2                         movq %rsi, %rdx
    f3: 4801da                         addq %rbx, %rdx
    f6: 0f8995000000                   jns 0x95
    fc: 488d0c7501000000               leaq 0x1(,%rsi,2), %rcx
   104: 49894d00                       movq %rcx, (%r13)
   108: 488b38                         movq (%rax), %rdi
   10b: 488908                         movq %rcx, (%rax)
   10e: 40f6c701                       testb $0x1, %dil
   112: 750a                           jne 0xa
   114: 48ff0f                         decq (%rdi)
   117: 7505                           jne 0x5
   119: e800000000                     callq 0x0
        # hole +0x11a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   11e: 498b4608                       movq 0x8(%r14), %rax
   122: 48ffc0                         incq %rax
   125: 49894608                       movq %rax, 0x8(%r14)
   129: 493b4610                       cmpq 0x10(%r14), %rax
   12d: 7d49                           jge 0x49
   12f: 49833e00                       cmpq $0x0, (%r14)
   133: 0f84d2feffff                   je -0x12e
   139: eb44                           jmp 0x44
   13b: 4983c510                       addq $0x10, %r13
   13f: 41b946000000                   movl $0x46, %r9d
   145: b807000000                     movl $0x7, %eax
   14a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x14c: R_X86_64_64 Abs64 index+0
   154: 4901c0                         addq %rax, %r8
   157: 4c89e7                         movq %r12, %rdi
   15a: 4c89ee                         movq %r13, %rsi
   15d: 4c89f2                         movq %r14, %rdx
   160: 58                             popq %rax
   161: e900000000                     jmp 0x0
        # hole +0x162: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   166: 41b914000000                   movl $0x14, %r9d
   16c: b802000000                     movl $0x2, %eax
   171: b902000000                     movl $0x2, %ecx
   176: ebd2                           jmp -0x2e
   178: 49c70601000000                 movq $0x1, (%r14)
   17f: 41b964000000                   movl $0x64, %r9d
   185: b80a000000                     movl $0xa, %eax
   18a: b902000000                     movl $0x2, %ecx
   18f: ebb9                           jmp -0x47
   191: 4983c510                       addq $0x10, %r13
   195: 41b950000000                   movl $0x50, %r9d
   19b: b808000000                     movl $0x8, %eax
   1a0: eba8                           jmp -0x58
