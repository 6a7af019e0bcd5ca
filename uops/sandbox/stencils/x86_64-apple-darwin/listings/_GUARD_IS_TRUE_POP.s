# stencil _GUARD_IS_TRUE_POP for x86_64-apple-darwin: 55 code bytes, 0 data bytes, 5 holes
     0: 488d0500000000                 leaq (%rip), %rax
        # hole +0x3: X86_64_RELOC_SIGNED Rel32 symbol:tf_True-4
     7: 493945f8                       cmpq %rax, -0x8(%r13)
     b: 7509                           jne 0x9
     d: 4983c5f8                       addq $-0x8, %r13
    11: e900000000                     jmp 0x0
        # hole +0x12: X86_64_RELOC_BRANCH Rel32 continue-4
    16: 4c8d0d00000000                 leaq (%rip), %r9
        # hole +0x19: X86_64_RELOC_SIGNED Rel32 target-4
    1d: 4c8d0500000000                 leaq (%rip), %r8
        # hole +0x20: X86_64_RELOC_SIGNED Rel32 index-4
    24: 4c89e7                         movq %r12, %rdi
    27: 4c89ee                         movq %r13, %rsi
    2a: 4c89f2                         movq %r14, %rdx
    2d: b902000000                     movl $0x2, %ecx
    32: e900000000                     jmp 0x0
        # hole +0x33: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
