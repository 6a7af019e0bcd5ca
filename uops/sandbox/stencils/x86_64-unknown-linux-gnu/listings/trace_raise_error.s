# stencil raise_error for x86_64-unknown-linux-gnu: 163 code bytes, 0 data bytes, 6 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b08                         movq (%rax), %rcx
     8: f6c101                         testb $0x1, %cl
     b: 7503                           jne 0x3
     d: 48ff01                         incq (%rcx)
    10: 49894d00                       movq %rcx, (%r13)
    14: 488b4008                       movq 0x8(%rax), %rax
    18: a801                           testb $0x1, %al
    1a: 7503                           jne 0x3
    1c: 48ff00                         incq (%rax)
    1f: 50                             pushq %rax
    20: 49894508                       movq %rax, 0x8(%r13)
    24: 48bf0000000000000000           movabsq $0x0, %rdi
        # hole +0x26: R_X86_64_64 Abs64 operand0[3]+0
    2e: 40f6c701                       testb $0x1, %dil
    32: 7513                           jne 0x13
    34: 48ff07                         incq (%rdi)
    37: 49897d10                       movq %rdi, 0x10(%r13)
    3b: 48ff0f                         decq (%rdi)
    3e: 750b                           jne 0xb
    40: e800000000                     callq 0x0
        # hole +0x41: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    45: eb04                           jmp 0x4
    47: 49897d10                       movq %rdi, 0x10(%r13)
    4b: 498b7d08                       movq 0x8(%r13), %rdi
    4f: 40f6c701                       testb $0x1, %dil
    53: 750a                           jne 0xa
    55: 48ff0f                         decq (%rdi)
    58: 7505                           jne 0x5
    5a: e800000000                     callq 0x0
        # hole +0x5b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    5f: 498b7d00                       movq (%r13), %rdi
    63: 40f6c701                       testb $0x1, %dil
    67: 750a                           jne 0xa
    69: 48ff0f                         decq (%rdi)
    6c: 7505                           jne 0x5
    6e: e800000000                     callq 0x0
        # hole +0x6f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    73: 49c7461806000000               movq $0x6, 0x18(%r14)
    7b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7d: R_X86_64_64 Abs64 index+0
    85: 4983c004                       addq $0x4, %r8
    89: 41b928000000                   movl $0x28, %r9d
    8f: 4c89e7                         movq %r12, %rdi
    92: 4c89ee                         movq %r13, %rsi
    95: 4c89f2                         movq %r14, %rdx
    98: b903000000                     movl $0x3, %ecx
    9d: 58                             popq %rax
    9e: e900000000                     jmp 0x0
        # hole +0x9f: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
