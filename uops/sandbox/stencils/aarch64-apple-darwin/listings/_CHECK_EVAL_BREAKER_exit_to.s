# stencil _CHECK_EVAL_BREAKER@exit_to for aarch64-apple-darwin: 16 code bytes, 0 data bytes, 2 holes
     0: c80240f9                       ldr x8, [x22]
     4: 480000b4                       cbz x8, #0x8
     8: 00000014                       b #0x0
        # hole +0x8: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace+0
     c: 00000014                       b #0x0
        # hole +0xc: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
