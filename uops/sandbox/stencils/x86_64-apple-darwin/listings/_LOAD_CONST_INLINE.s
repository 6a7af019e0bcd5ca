# stencil _LOAD_CONST_INLINE for x86_64-apple-darwin: 27 code bytes, 0 data bytes, 2 holes
     0: 488d0500000000                 leaq (%rip), %rax
        # hole +0x3: X86_64_RELOC_SIGNED Rel32 operand0-4
     7: a801                           testb $0x1, %al
     9: 7503                           jne 0x3
     b: 48ff00                         incq (%rax)
     e: 49894500                       movq %rax, (%r13)
    12: 4983c508                       addq $0x8, %r13
    16: e900000000                     jmp 0x0
        # hole +0x17: X86_64_RELOC_BRANCH Rel32 continue-4
