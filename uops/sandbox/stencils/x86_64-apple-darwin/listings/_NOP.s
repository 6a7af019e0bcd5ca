# stencil _NOP for x86_64-apple-darwin: 5 code bytes, 0 data bytes, 1 holes
     0: e900000000                     jmp 0x0
        # hole +0x1: X86_64_RELOC_BRANCH Rel32 continue-4
