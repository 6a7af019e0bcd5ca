# stencil _NOP for x86_64-pc-windows-msvc: 5 code bytes, 0 data bytes, 1 holes
     0: e900000000                     jmp 0x0
        # hole +0x1: IMAGE_REL_AMD64_REL32 Rel32 continue-4
