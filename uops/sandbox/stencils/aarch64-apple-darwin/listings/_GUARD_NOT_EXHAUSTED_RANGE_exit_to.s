# stencil _GUARD_NOT_EXHAUSTED_RANGE@exit_to for aarch64-apple-darwin: 44 code bytes, 0 data bytes, 2 holes
     0: a9825ff8                       ldur x9, [x21, #-0x8]
     4: 281940f9                       ldr x8, [x9, #0x30]
     8: 29a943a9                       ldp x9, x10, [x9, #0x38]
     c: 5f0500f1                       cmp x10, #0x1
    10: 8b000054                       b.lt #0x10
    14: 1f0109eb                       cmp x8, x9
    18: 8a000054                       b.ge #0x10
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    20: 1f0109eb                       cmp x8, x9
    24: ccffff54                       b.gt #-0x8
    28: 00000014                       b #0x0
        # hole +0x28: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace+0
