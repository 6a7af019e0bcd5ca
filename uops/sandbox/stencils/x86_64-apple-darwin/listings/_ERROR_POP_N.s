# stencil _ERROR_POP_N for x86_64-apple-darwin: 95 code bytes, 24 data bytes, 8 holes
     0: 50                             pushq %rax
     1: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x4: X86_64_RELOC_GOT_LOAD Rel32 data+12
     8: 4885db                         testq %rbx, %rbx
     b: 753c                           jne 0x3c
     d: 49c7461806000000               movq $0x6, 0x18(%r14)
    15: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x18: X86_64_RELOC_GOT_LOAD Rel32 data+4
    1c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1f: X86_64_RELOC_GOT_LOAD Rel32 data-4
    23: 4c89e7                         movq %r12, %rdi
    26: 4c89ee                         movq %r13, %rsi
    29: 4c89f2                         movq %r14, %rdx
    2c: b903000000                     movl $0x3, %ecx
    31: 58                             popq %rax
    32: e900000000                     jmp 0x0
        # hole +0x33: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    37: 660f1f840000000000             nopw (%rax,%rax)
    40: 4983c5f8                       addq $-0x8, %r13
    44: 48ffcb                         decq %rbx
    47: 74c4                           je -0x3c
    49: 498b7df8                       movq -0x8(%r13), %rdi
    4d: 40f6c701                       testb $0x1, %dil
    51: 75ed                           jne -0x13
    53: 48ff0f                         decq (%rdi)
    56: 75e8                           jne -0x18
    58: e800000000                     callq 0x0
        # hole +0x59: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    5d: ebe1                           jmp -0x1f
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
