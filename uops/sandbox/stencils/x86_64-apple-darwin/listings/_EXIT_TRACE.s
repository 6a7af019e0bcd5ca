# stencil _EXIT_TRACE for x86_64-apple-darwin: 33 code bytes, 0 data bytes, 3 holes
     0: 4c89f2                         movq %r14, %rdx
     3: 4c89ee                         movq %r13, %rsi
     6: 4c89e7                         movq %r12, %rdi
     9: 4c8d0d00000000                 leaq (%rip), %r9
        # hole +0xc: X86_64_RELOC_SIGNED Rel32 target-4
    10: 4c8d0500000000                 leaq (%rip), %r8
        # hole +0x13: X86_64_RELOC_SIGNED Rel32 index-4
    17: b902000000                     movl $0x2, %ecx
    1c: e900000000                     jmp 0x0
        # hole +0x1d: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
