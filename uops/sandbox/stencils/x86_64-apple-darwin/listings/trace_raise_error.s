# stencil raise_error for x86_64-apple-darwin: 166 code bytes, 16 data bytes, 7 holes
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
    1f: 49894508                       movq %rax, 0x8(%r13)
    23: 488b0500000000                 movq (%rip), %rax
        # hole +0x26: X86_64_RELOC_GOT_LOAD Rel32 data+4
    2a: a801                           testb $0x1, %al
    2c: 751e                           jne 0x1e
    2e: 488b08                         movq (%rax), %rcx
    31: 488d5101                       leaq 0x1(%rcx), %rdx
    35: 488910                         movq %rdx, (%rax)
    38: 49894510                       movq %rax, 0x10(%r13)
    3c: 488908                         movq %rcx, (%rax)
    3f: 50                             pushq %rax
    40: 498b7d08                       movq 0x8(%r13), %rdi
    44: 40f6c701                       testb $0x1, %dil
    48: 7411                           je 0x11
    4a: eb19                           jmp 0x19
    4c: 49894510                       movq %rax, 0x10(%r13)
    50: 50                             pushq %rax
    51: 498b7d08                       movq 0x8(%r13), %rdi
    55: 40f6c701                       testb $0x1, %dil
    59: 750a                           jne 0xa
    5b: 48ff0f                         decq (%rdi)
    5e: 7505                           jne 0x5
    60: e800000000                     callq 0x0
        # hole +0x61: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    65: 498b7d00                       movq (%r13), %rdi
    69: 40f6c701                       testb $0x1, %dil
    6d: 750a                           jne 0xa
    6f: 48ff0f                         decq (%rdi)
    72: 7505                           jne 0x5
    74: e800000000                     callq 0x0
        # hole +0x75: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    79: 49c7461806000000               movq $0x6, 0x18(%r14)
    81: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x84: X86_64_RELOC_GOT_LOAD Rel32 data-4
    88: 4983c004                       addq $0x4, %r8
    8c: 41b928000000                   movl $0x28, %r9d
    92: 4c89e7                         movq %r12, %rdi
    95: 4c89ee                         movq %r13, %rsi
    98: 4c89f2                         movq %r14, %rdx
    9b: b903000000                     movl $0x3, %ecx
    a0: 58                             popq %rax
    a1: e900000000                     jmp 0x0
        # hole +0xa2: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[3]+0
