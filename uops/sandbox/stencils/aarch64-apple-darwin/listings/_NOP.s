# stencil _NOP for aarch64-apple-darwin: 4 code bytes, 0 data bytes, 1 holes
     0: 00000014                       b #0x0
        # hole +0x0: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
