# stencil _GUARD_NOT_EXHAUSTED_LIST@exit_to for aarch64-unknown-linux-gnu: 28 code bytes, 0 data bytes, 2 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: 092143a9                       ldp x9, x8, [x8, #0x30]
     8: 291940f9                       ldr x9, [x9, #0x30]
     c: 1f0109eb                       cmp x8, x9
    10: 42000054                       b.hs #0x8
    14: 00000014                       b #0x0
        # hole +0x14: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    18: 00000014                       b #0x0
        # hole +0x18: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace+0
