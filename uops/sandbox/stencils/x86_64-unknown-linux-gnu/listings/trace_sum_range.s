# stencil sum_range for x86_64-unknown-linux-gnu: 446 code bytes, 0 data bytes, 8 holes
     0: 50                             pushq %rax
     1: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
     b: 498b45f8                       movq -0x8(%r13), %rax
     f: a801                           testb $0x1, %al
    11: 0f853b010000                   jne 0x13b
    17: 83780804                       cmpl $0x4, 0x8(%rax)
    1b: 0f8531010000                   jne 0x131
    21: 488b4840                       movq 0x40(%rax), %rcx
    25: 488b5030                       movq 0x30(%rax), %rdx
    29: 488b7038                       movq 0x38(%rax), %rsi
    2d: 4885c9                         testq %rcx, %rcx
    30: 7e0e                           jle 0xe
    32: 4839f2                         cmpq %rsi, %rdx
    35: 7c12                           jl 0x12
    37: e92b010000                     jmp 0x12b
    3c: 0f1f4000                       nopl (%rax)
    40: 4839f2                         cmpq %rsi, %rdx
    43: 0f8e1e010000                   jle 0x11e
    49: 4801d1                         addq %rdx, %rcx
    4c: 48894830                       movq %rcx, 0x30(%rax)
    50: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    58: 49894d00                       movq %rcx, (%r13)
    5c: 498b442418                     movq 0x18(%r12), %rax
    61: 488b7808                       movq 0x8(%rax), %rdi
    65: 48894808                       movq %rcx, 0x8(%rax)
    69: 40f6c701                       testb $0x1, %dil
    6d: 7509                           jne 0x9
    6f: 48ff0f                         decq (%rdi)
    72: 0f8493000000                   je 0x93
    78: 488b08                         movq (%rax), %rcx
    7b: f6c101                         testb $0x1, %cl
    7e: 7503                           jne 0x3
    80: 48ff01                         incq (%rcx)
    83: 49894d00                       movq %rcx, (%r13)
    87: 488b5008                       movq 0x8(%rax), %rdx
    8b: f6c201                         testb $0x1, %dl
    8e: 7507                           jne 0x7
    90: 48ff02                         incq (%rdx)
    93: 498b4d00                       movq (%r13), %rcx
    97: 89ce                           movl %ecx, %esi
    99: 83e601                         andl $0x1, %esi
    9c: 49895508                       movq %rdx, 0x8(%r13)
    a0: 4885f6                         testq %rsi, %rsi
    a3: 400f94c6                       sete %sil
    a7: f6c201                         testb $0x1, %dl
    aa: 400f94c7                       sete %dil
    ae: 4008f7                         orb %sil, %dil
    b1: 7573                           jne 0x73
    b3: 48d1f9                         sarq %rcx
    b6: 48d1fa                         sarq %rdx
    b9: 4801ca                         addq %rcx, %rdx
    bc: 4889d1                         movq %rdx, %rcx
    bf: 4801d9                         addq %rbx, %rcx
    c2: 0f89dc000000                   jns 0xdc
    c8: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    d0: 49894d00                       movq %rcx, (%r13)
    d4: 488b38                         movq (%rax), %rdi
    d7: 488908                         movq %rcx, (%rax)
    da: 40f6c701                       testb $0x1, %dil
    de: 750a                           jne 0xa
    e0: 48ff0f                         decq (%rdi)
    e3: 7505                           jne 0x5
    e5: e800000000                     callq 0x0
        # hole +0xe6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    ea: 498b4608                       movq 0x8(%r14), %rax
    ee: 48ffc0                         incq %rax
    f1: 49894608                       movq %rax, 0x8(%r14)
    f5: 493b4610                       cmpq 0x10(%r14), %rax
    f9: 0f8d83000000                   jge 0x83
    ff: 49833e00                       cmpq $0x0, (%r14)
   103: 0f8402ffffff                   je -0xfe
   109: eb7e                           jmp 0x7e
   10b: e800000000                     callq 0x0
        # hole +0x10c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   110: 498b442418                     movq 0x18(%r12), %rax
   115: 488b08                         movq (%rax), %rcx
   118: f6c101                         testb $0x1, %cl
   11b: 0f845fffffff                   je -0xa1
   121: e95dffffff                     jmp -0xa3
   126: 4983c510                       addq $0x10, %r13
   12a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x12c: R_X86_64_64 Abs64 index+0
   134: 4983c007                       addq $0x7, %r8
   138: 41b946000000                   movl $0x46, %r9d
   13e: b901000000                     movl $0x1, %ecx
   143: 4c89e7                         movq %r12, %rdi
   146: 4c89ee                         movq %r13, %rsi
   149: 4c89f2                         movq %r14, %rdx
   14c: 58                             popq %rax
   14d: e900000000                     jmp 0x0
        # hole +0x14e: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   152: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x154: R_X86_64_64 Abs64 index+0
   15c: 49ffc0                         incq %r8
   15f: 41b90a000000                   movl $0xa, %r9d
   165: ebd7                           jmp -0x29
   167: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x169: R_X86_64_64 Abs64 index+0
   171: 4983c002                       addq $0x2, %r8
   175: 41b914000000                   movl $0x14, %r9d
   17b: b902000000                     movl $0x2, %ecx
   180: ebc1                           jmp -0x3f
   182: 49c70601000000                 movq $0x1, (%r14)
   189: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x18b: R_X86_64_64 Abs64 index+0
   193: 4983c00a                       addq $0xa, %r8
   197: 41b964000000                   movl $0x64, %r9d
   19d: b902000000                     movl $0x2, %ecx
   1a2: eb9f                           jmp -0x61
   1a4: 4983c510                       addq $0x10, %r13
   1a8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1aa: R_X86_64_64 Abs64 index+0
   1b2: 4983c008                       addq $0x8, %r8
   1b6: 41b950000000                   movl $0x50, %r9d
   1bc: eb80                           jmp -0x80
