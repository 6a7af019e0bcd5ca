# stencil sum_range for x86_64-apple-darwin: 405 code bytes, 8 data bytes, 9 holes
     0: 50                             pushq %rax
     1: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
     b: 498b45f8                       movq -0x8(%r13), %rax
     f: a801                           testb $0x1, %al
    11: 0f851e010000                   jne 0x11e
    17: 83780804                       cmpl $0x4, 0x8(%rax)
    1b: 0f8514010000                   jne 0x114
    21: 488b4840                       movq 0x40(%rax), %rcx
    25: 488b5030                       movq 0x30(%rax), %rdx
    29: 488b7038                       movq 0x38(%rax), %rsi
    2d: 4885c9                         testq %rcx, %rcx
    30: 7e0e                           jle 0xe
    32: 4839f2                         cmpq %rsi, %rdx
    35: 7c12                           jl 0x12
    37: e90b010000                     jmp 0x10b
    3c: 0f1f4000                       nopl (%rax)
    40: 4839f2                         cmpq %rsi, %rdx
    43: 0f8efe000000                   jle 0xfe
    49: 4801d1                         addq %rdx, %rcx
    4c: 48894830                       movq %rcx, 0x30(%rax)
    50: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    58: 49894d00                       movq %rcx, (%r13)
    5c: 498b442418                     movq 0x18(%r12), %rax
    61: 488b7808                       movq 0x8(%rax), %rdi
    65: 48894808                       movq %rcx, 0x8(%rax)
    69: 40f6c701                       testb $0x1, %dil
    6d: 7505                           jne 0x5
    6f: 48ff0f                         decq (%rdi)
    72: 747d                           je 0x7d
    74: 488b08                         movq (%rax), %rcx
    77: f6c101                         testb $0x1, %cl
    7a: 7503                           jne 0x3
    7c: 48ff01                         incq (%rcx)
    7f: 49894d00                       movq %rcx, (%r13)
    83: 488b5008                       movq 0x8(%rax), %rdx
    87: f6c201                         testb $0x1, %dl
    8a: 7503                           jne 0x3
    8c: 48ff02                         incq (%rdx)
    8f: 49895508                       movq %rdx, 0x8(%r13)
    93: 89ce                           movl %ecx, %esi
    95: 21d6                           andl %edx, %esi
    97: 40f6c601                       testb $0x1, %sil
    9b: 746f                           je 0x6f
    9d: 48d1f9                         sarq %rcx
    a0: 48d1fa                         sarq %rdx
    a3: 4801ca                         addq %rcx, %rdx
    a6: 4889d1                         movq %rdx, %rcx
    a9: 4801d9                         addq %rbx, %rcx
    ac: 0f89cc000000                   jns 0xcc
    b2: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    ba: 49894d00                       movq %rcx, (%r13)
    be: 488b38                         movq (%rax), %rdi
    c1: 488908                         movq %rcx, (%rax)
    c4: 40f6c701                       testb $0x1, %dil
    c8: 750a                           jne 0xa
    ca: 48ff0f                         decq (%rdi)
    cd: 7505                           jne 0x5
    cf: e800000000                     callq 0x0
        # hole +0xd0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    d4: 498b4608                       movq 0x8(%r14), %rax
    d8: 48ffc0                         incq %rax
    db: 49894608                       movq %rax, 0x8(%r14)
    df: 493b4610                       cmpq 0x10(%r14), %rax
    e3: 7d7a                           jge 0x7a
    e5: 49833e00                       cmpq $0x0, (%r14)
    e9: 0f841cffffff                   je -0xe4
    ef: eb75                           jmp 0x75
    f1: e800000000                     callq 0x0
        # hole +0xf2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    f6: 498b442418                     movq 0x18(%r12), %rax
    fb: 488b08                         movq (%rax), %rcx
    fe: f6c101                         testb $0x1, %cl
   101: 0f8475ffffff                   je -0x8b
   107: e973ffffff                     jmp -0x8d
   10c: 4983c510                       addq $0x10, %r13
   110: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x113: X86_64_RELOC_GOT_LOAD Rel32 data-4
   117: 4983c007                       addq $0x7, %r8
   11b: 41b946000000                   movl $0x46, %r9d
   121: b901000000                     movl $0x1, %ecx
   126: 4c89e7                         movq %r12, %rdi
   129: 4c89ee                         movq %r13, %rsi
   12c: 4c89f2                         movq %r14, %rdx
   12f: 58                             popq %rax
   130: e900000000                     jmp 0x0
        # hole +0x131: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   135: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x138: X86_64_RELOC_GOT_LOAD Rel32 data-4
   13c: 49ffc0                         incq %r8
   13f: 41b90a000000                   movl $0xa, %r9d
   145: ebda                           jmp -0x26
   147: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x14a: X86_64_RELOC_GOT_LOAD Rel32 data-4
   14e: 4983c002                       addq $0x2, %r8
   152: 41b914000000                   movl $0x14, %r9d
   158: b902000000                     movl $0x2, %ecx
   15d: ebc7                           jmp -0x39
   15f: 49c70601000000                 movq $0x1, (%r14)
   166: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x169: X86_64_RELOC_GOT_LOAD Rel32 data-4
   16d: 4983c00a                       addq $0xa, %r8
   171: 41b964000000                   movl $0x64, %r9d
   177: b902000000                     movl $0x2, %ecx
   17c: eba8                           jmp -0x58
   17e: 4983c510                       addq $0x10, %r13
   182: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x185: X86_64_RELOC_GOT_LOAD Rel32 data-4
   189: 4983c008                       addq $0x8, %r8
   18d: 41b950000000                   movl $0x50, %r9d
   193: eb8c                           jmp -0x74
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
