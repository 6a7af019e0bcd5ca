# stencil _NOP for x86_64-unknown-linux-gnu: 5 code bytes, 0 data bytes, 1 holes
     0: e900000000                     jmp 0x0
        # hole +0x1: R_X86_64_PLT32 Rel32 continue-4
