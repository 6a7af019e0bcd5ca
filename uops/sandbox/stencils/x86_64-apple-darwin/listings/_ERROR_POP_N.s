# stencil _ERROR_POP_N for x86_64-apple-darwin: 92 code bytes, 0 data bytes, 5 holes
     0: 488d1d00000000                 leaq (%rip), %rbx
        # hole +0x3: X86_64_RELOC_SIGNED Rel32 oparg-4
     7: 4885db                         testq %rbx, %rbx
     a: 7427                           je 0x27
     c: 50                             pushq %rax
     d: eb0a                           jmp 0xa
     f: 90                             nop
    10: 4983c5f8                       addq $-0x8, %r13
    14: 48ffcb                         decq %rbx
    17: 7416                           je 0x16
    19: 498b7df8                       movq -0x8(%r13), %rdi
    1d: 40f6c701                       testb $0x1, %dil
    21: 75ed                           jne -0x13
    23: 48ff0f                         decq (%rdi)
    26: 75e8                           jne -0x18
    28: e800000000                     callq 0x0
        # hole +0x29: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    2d: ebe1                           jmp -0x1f
    2f: 4883c408                       addq $0x8, %rsp
    33: 49c7461806000000               movq $0x6, 0x18(%r14)
    3b: 4c8d0d00000000                 leaq (%rip), %r9
        # hole +0x3e: X86_64_RELOC_SIGNED Rel32 target-4
    42: 4c8d0500000000                 leaq (%rip), %r8
        # hole +0x45: X86_64_RELOC_SIGNED Rel32 index-4
    49: 4c89e7                         movq %r12, %rdi
    4c: 4c89ee                         movq %r13, %rsi
    4f: 4c89f2                         movq %r14, %rdx
    52: b903000000                     movl $0x3, %ecx
    57: e900000000                     jmp 0x0
        # hole +0x58: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
