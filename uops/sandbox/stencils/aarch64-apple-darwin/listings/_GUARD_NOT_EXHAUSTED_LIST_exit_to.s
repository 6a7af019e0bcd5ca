# stencil _GUARD_NOT_EXHAUSTED_LIST@exit_to for aarch64-apple-darwin: 28 code bytes, 0 data bytes, 2 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: 082543a9                       ldp x8, x9, [x8, #0x30]
     8: 081940f9                       ldr x8, [x8, #0x30]
     c: 3f0108eb                       cmp x9, x8
    10: 42000054                       b.hs #0x8
    14: 00000014                       b #0x0
        # hole +0x14: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    18: 00000014                       b #0x0
        # hole +0x18: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace+0
