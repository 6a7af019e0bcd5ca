# stencil sum_range for x86_64-apple-darwin: 469 code bytes, 0 data bytes, 3 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 48bb010000000d000000           movabsq $0xd00000001, %rbx
     f: 4c8d4301                       leaq 0x1(%rbx), %r8
    13: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    1d: 4c8d5b09                       leaq 0x9(%rbx), %r11
    21: 498b45f8                       movq -0x8(%r13), %rax
    25: 41b90a000000                   movl $0xa, %r9d
    2b: b901000000                     movl $0x1, %ecx
    30: a801                           testb $0x1, %al
    32: 0f8553010000                   jne 0x153
    38: 83780804                       cmpl $0x4, 0x8(%rax)
    3c: 0f8549010000                   jne 0x149
    42: 488b5040                       movq 0x40(%rax), %rdx
    46: 488b7030                       movq 0x30(%rax), %rsi
    4a: 488b7838                       movq 0x38(%rax), %rdi
    4e: 4885d2                         testq %rdx, %rdx
    51: 7e0d                           jle 0xd
    53: 4839fe                         cmpq %rdi, %rsi
    56: 7c11                           jl 0x11
    58: e944010000                     jmp 0x144
    5d: 0f1f00                         nopl (%rax)
    60: 4839fe                         cmpq %rdi, %rsi
    63: 0f8e38010000                   jle 0x138
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
    9a: 7454                           je 0x54
    9c: 49895500                       movq %rdx, (%r13)
    a0: 488b7008                       movq 0x8(%rax), %rsi
    a4: 40f6c601                       testb $0x1, %sil
    a8: 7457                           je 0x57
    aa: 49897508                       movq %rsi, 0x8(%r13)
    ae: f6c201                         testb $0x1, %dl
    b1: 755a                           jne 0x5a
    b3: e9c5000000                     jmp 0xc5
    b8: 4c89c5                         movq %r8, %rbp
    bb: 4c89742408                     movq %r14, 0x8(%rsp)
    c0: 4d89de                         movq %r11, %r14
    c3: e800000000                     callq 0x0
        # hole +0xc4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    c8: 4d89f3                         movq %r14, %r11
    cb: 4c8b742408                     movq 0x8(%rsp), %r14
    d0: b901000000                     movl $0x1, %ecx
    d5: 4989e8                         movq %rbp, %r8
    d8: 498b442418                     movq 0x18(%r12), %rax
    dd: 488b10                         movq (%rax), %rdx
    e0: f6c201                         testb $0x1, %dl
    e3: 75b7                           jne -0x49
    e5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    f0: 48ff02                         incq (%rdx)
    f3: 49895500                       movq %rdx, (%r13)
    f7: 488b7008                       movq 0x8(%rax), %rsi
    fb: 40f6c601                       testb $0x1, %sil
    ff: 75a9                           jne -0x57
   101: 48ff06                         incq (%rsi)
   104: 49897508                       movq %rsi, 0x8(%r13)
   108: f6c201                         testb $0x1, %dl
   10b: 7470                           je 0x70
   10d: 40f6c601                       testb $0x1, %sil
   111: 746a                           je 0x6a
   113: 48d1fa                         sarq %rdx
   116: 48d1fe                         sarq %rsi
   119: 4801d6                         addq %rdx, %rsi
   11c: 4889f2                         movq %rsi, %rdx
   11f: 4c01fa                         addq %r15, %rdx
   122: 0f899d000000                   jns 0x9d
   128: 488d0c7501000000               leaq 0x1(,%rsi,2), %rcx
   130: 49894d00                       movq %rcx, (%r13)
   134: 488b38                         movq (%rax), %rdi
   137: 488908                         movq %rcx, (%rax)
   13a: 40f6c701                       testb $0x1, %dil
   13e: 7520                           jne 0x20
   140: 48ff0f                         decq (%rdi)
   143: 751b                           jne 0x1b
   145: 4c89c5                         movq %r8, %rbp
   148: 4c89742408                     movq %r14, 0x8(%rsp)
   14d: 4d89de                         movq %r11, %r14
   150: e800000000                     callq 0x0
        # hole +0x151: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   155: 4d89f3                         movq %r14, %r11
   158: 4c8b742408                     movq 0x8(%rsp), %r14
   15d: 4989e8                         movq %rbp, %r8
   160: 498b4608                       movq 0x8(%r14), %rax
   164: 48ffc0                         incq %rax
   167: 49894608                       movq %rax, 0x8(%r14)
   16b: 493b4610                       cmpq 0x10(%r14), %rax
   16f: 7d3d                           jge 0x3d
   171: 49833e00                       cmpq $0x0, (%r14)
   175: 0f84a6feffff                   je -0x15a
   17b: eb38                           jmp 0x38
   17d: 4983c510                       addq $0x10, %r13
   181: 4883c306                       addq $0x6, %rbx
   185: 41b946000000                   movl $0x46, %r9d
   18b: 4989d8                         movq %rbx, %r8
   18e: 4c89e7                         movq %r12, %rdi
   191: 4c89ee                         movq %r13, %rsi
   194: 4c89f2                         movq %r14, %rdx
   197: 4883c410                       addq $0x10, %rsp
   19b: 5d                             popq %rbp
   19c: e900000000                     jmp 0x0
        # hole +0x19d: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1a1: 41b914000000                   movl $0x14, %r9d
   1a7: b902000000                     movl $0x2, %ecx
   1ac: ebe0                           jmp -0x20
   1ae: 49c70601000000                 movq $0x1, (%r14)
   1b5: 41b964000000                   movl $0x64, %r9d
   1bb: b902000000                     movl $0x2, %ecx
   1c0: 4d89d8                         movq %r11, %r8
   1c3: ebc9                           jmp -0x37
   1c5: 4983c510                       addq $0x10, %r13
   1c9: 4883c307                       addq $0x7, %rbx
   1cd: 41b950000000                   movl $0x50, %r9d
   1d3: ebb6                           jmp -0x4a
