# stencil raise_error for x86_64-apple-darwin: 130 code bytes, 16 data bytes, 7 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b08                         movq (%rax), %rcx
     8: f6c101                         testb $0x1, %cl
     b: 7503                           jne 0x3
     d: 48ff01                         incq (%rcx)
    10: 49894d00                       movq %rcx, (%r13)
    14: 488b7808                       movq 0x8(%rax), %rdi
    18: 40f6c701                       testb $0x1, %dil
    1c: 7503                           jne 0x3
    1e: 48ff07                         incq (%rdi)
    21: 50                             pushq %rax
    22: 49897d08                       movq %rdi, 0x8(%r13)
    26: 488b0500000000                 movq (%rip), %rax
        # hole +0x29: X86_64_RELOC_GOT_LOAD Rel32 data+4
    2d: 49894510                       movq %rax, 0x10(%r13)
    31: 40f6c701                       testb $0x1, %dil
    35: 750a                           jne 0xa
    37: 48ff0f                         decq (%rdi)
    3a: 7505                           jne 0x5
    3c: e800000000                     callq 0x0
        # hole +0x3d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    41: 498b7d00                       movq (%r13), %rdi
    45: 40f6c701                       testb $0x1, %dil
    49: 750a                           jne 0xa
    4b: 48ff0f                         decq (%rdi)
    4e: 7505                           jne 0x5
    50: e800000000                     callq 0x0
        # hole +0x51: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    55: 49c7461806000000               movq $0x6, 0x18(%r14)
    5d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x60: X86_64_RELOC_GOT_LOAD Rel32 data-4
    64: 4983c004                       addq $0x4, %r8
    68: 41b928000000                   movl $0x28, %r9d
    6e: 4c89e7                         movq %r12, %rdi
    71: 4c89ee                         movq %r13, %rsi
    74: 4c89f2                         movq %r14, %rdx
    77: b903000000                     movl $0x3, %ecx
    7c: 58                             popq %rax
    7d: e900000000                     jmp 0x0
        # hole +0x7e: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[3]+0
