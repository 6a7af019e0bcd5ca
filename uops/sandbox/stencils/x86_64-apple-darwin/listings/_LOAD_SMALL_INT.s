# stencil _LOAD_SMALL_INT for x86_64-apple-darwin: 28 code bytes, 0 data bytes, 2 holes
     0: 488d0500000000                 leaq (%rip), %rax
        # hole +0x3: X86_64_RELOC_SIGNED Rel32 oparg-4
     7: 488d044501000000               leaq 0x1(,%rax,2), %rax
     f: 49894500                       movq %rax, (%r13)
    13: 4983c508                       addq $0x8, %r13
    17: e900000000                     jmp 0x0
        # hole +0x18: X86_64_RELOC_BRANCH Rel32 continue-4
