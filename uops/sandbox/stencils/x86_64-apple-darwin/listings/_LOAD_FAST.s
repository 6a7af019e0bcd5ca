# stencil _LOAD_FAST for x86_64-apple-darwin: 36 code bytes, 0 data bytes, 2 holes
     0: 488d0500000000                 leaq (%rip), %rax
        # hole +0x3: X86_64_RELOC_SIGNED Rel32 oparg-4
     7: 498b4c2418                     movq 0x18(%r12), %rcx
     c: 488b04c1                       movq (%rcx,%rax,8), %rax
    10: a801                           testb $0x1, %al
    12: 7503                           jne 0x3
    14: 48ff00                         incq (%rax)
    17: 49894500                       movq %rax, (%r13)
    1b: 4983c508                       addq $0x8, %r13
    1f: e900000000                     jmp 0x0
        # hole +0x20: X86_64_RELOC_BRANCH Rel32 continue-4
