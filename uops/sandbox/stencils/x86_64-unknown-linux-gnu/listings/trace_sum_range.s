# stencil sum_range for x86_64-unknown-linux-gnu: 438 code bytes, 0 data bytes, 3 holes
     0: 55                             pushq %rbp
     1: 48bb010000000d000000           movabsq $0xd00000001, %rbx
     b: 4c8d4301                       leaq 0x1(%rbx), %r8
     f: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    19: 498b45f8                       movq -0x8(%r13), %rax
    1d: 41b90a000000                   movl $0xa, %r9d
    23: b901000000                     movl $0x1, %ecx
    28: a801                           testb $0x1, %al
    2a: 0f853f010000                   jne 0x13f
    30: 83780804                       cmpl $0x4, 0x8(%rax)
    34: 0f8535010000                   jne 0x135
    3a: 488b5040                       movq 0x40(%rax), %rdx
    3e: 488b7030                       movq 0x30(%rax), %rsi
    42: 488b7838                       movq 0x38(%rax), %rdi
    46: 4885d2                         testq %rdx, %rdx
    49: 7e15                           jle 0x15
    4b: 4839fe                         cmpq %rdi, %rsi
    4e: 7c19                           jl 0x19
    50: e92c010000                     jmp 0x12c
    55: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    60: 4839fe                         cmpq %rdi, %rsi
    63: 0f8e18010000                   jle 0x118
    69: 4801f2                         addq %rsi, %rdx
    6c: 48895030                       movq %rdx, 0x30(%rax)
    70: 488d147501000000               leaq 0x1(,%rsi,2), %rdx
    78: 49895500                       movq %rdx, (%r13)
    7c: 498b442418                     movq 0x18(%r12), %rax
    81: 488b7808                       movq 0x8(%rax), %rdi
    85: 48895008                       movq %rdx, 0x8(%rax)
    89: 40f6c701                       testb $0x1, %dil
    8d: 7505                           jne 0x5
    8f: 48ff0f                         decq (%rdi)
    92: 7424                           je 0x24
    94: 488b10                         movq (%rax), %rdx
    97: f6c201                         testb $0x1, %dl
    9a: 7444                           je 0x44
    9c: 49895500                       movq %rdx, (%r13)
    a0: 488b7008                       movq 0x8(%rax), %rsi
    a4: 40f6c601                       testb $0x1, %sil
    a8: 7447                           je 0x47
    aa: 49897508                       movq %rsi, 0x8(%r13)
    ae: f6c201                         testb $0x1, %dl
    b1: 754e                           jne 0x4e
    b3: e9a9000000                     jmp 0xa9
    b8: 4c89c5                         movq %r8, %rbp
    bb: e800000000                     callq 0x0
        # hole +0xbc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    c0: b901000000                     movl $0x1, %ecx
    c5: 4989e8                         movq %rbp, %r8
    c8: 498b442418                     movq 0x18(%r12), %rax
    cd: 488b10                         movq (%rax), %rdx
    d0: f6c201                         testb $0x1, %dl
    d3: 75c7                           jne -0x39
    d5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    e0: 48ff02                         incq (%rdx)
    e3: 49895500                       movq %rdx, (%r13)
    e7: 488b7008                       movq 0x8(%rax), %rsi
    eb: 40f6c601                       testb $0x1, %sil
    ef: 75b9                           jne -0x47
    f1: 48ff06                         incq (%rsi)
    f4: 498b5500                       movq (%r13), %rdx
    f8: 49897508                       movq %rsi, 0x8(%r13)
    fc: f6c201                         testb $0x1, %dl
    ff: 7460                           je 0x60
   101: 40f6c601                       testb $0x1, %sil
   105: 745a                           je 0x5a
   107: 48d1fa                         sarq %rdx
   10a: 48d1fe                         sarq %rsi
   10d: 4801d6                         addq %rdx, %rsi
   110: 4889f2                         movq %rsi, %rdx
   113: 4c01fa                         addq %r15, %rdx
   116: 0f898a000000                   jns 0x8a
   11c: 488d0c7501000000               leaq 0x1(,%rsi,2), %rcx
   124: 49894d00                       movq %rcx, (%r13)
   128: 488b38                         movq (%rax), %rdi
   12b: 488908                         movq %rcx, (%rax)
   12e: 40f6c701                       testb $0x1, %dil
   132: 7510                           jne 0x10
   134: 48ff0f                         decq (%rdi)
   137: 750b                           jne 0xb
   139: 4c89c5                         movq %r8, %rbp
   13c: e800000000                     callq 0x0
        # hole +0x13d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   141: 4989e8                         movq %rbp, %r8
   144: 498b4608                       movq 0x8(%r14), %rax
   148: 48ffc0                         incq %rax
   14b: 49894608                       movq %rax, 0x8(%r14)
   14f: 493b4610                       cmpq 0x10(%r14), %rax
   153: 7d39                           jge 0x39
   155: 49833e00                       cmpq $0x0, (%r14)
   159: 0f84bafeffff                   je -0x146
   15f: eb34                           jmp 0x34
   161: 4983c510                       addq $0x10, %r13
   165: 4883c306                       addq $0x6, %rbx
   169: 41b946000000                   movl $0x46, %r9d
   16f: 4989d8                         movq %rbx, %r8
   172: 4c89e7                         movq %r12, %rdi
   175: 4c89ee                         movq %r13, %rsi
   178: 4c89f2                         movq %r14, %rdx
   17b: 5d                             popq %rbp
   17c: e900000000                     jmp 0x0
        # hole +0x17d: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   181: 41b914000000                   movl $0x14, %r9d
   187: b902000000                     movl $0x2, %ecx
   18c: ebe4                           jmp -0x1c
   18e: 49c70601000000                 movq $0x1, (%r14)
   195: 4883c309                       addq $0x9, %rbx
   199: 41b964000000                   movl $0x64, %r9d
   19f: b902000000                     movl $0x2, %ecx
   1a4: ebc9                           jmp -0x37
   1a6: 4983c510                       addq $0x10, %r13
   1aa: 4883c307                       addq $0x7, %rbx
   1ae: 41b950000000                   movl $0x50, %r9d
   1b4: ebb9                           jmp -0x47
