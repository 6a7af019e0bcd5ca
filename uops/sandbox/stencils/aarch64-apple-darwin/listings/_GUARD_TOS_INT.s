# stencil _GUARD_TOS_INT for aarch64-apple-darwin: 60 code bytes, 0 data bytes, 6 holes
     0: a8825f38                       ldurb w8, [x21, #-0x8]
     4: 48000036                       tbz w8, #0x0, #0x8
     8: 00000014                       b #0x0
        # hole +0x8: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
     c: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    10: 05000090                       adrp x5, #0
        # hole +0x10: ARM64_RELOC_PAGE21 Aarch64Page21 target+0
    14: a5000091                       add x5, x5, #0x0
        # hole +0x14: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 target+0
    18: 04000090                       adrp x4, #0
        # hole +0x18: ARM64_RELOC_PAGE21 Aarch64Page21 index+0
    1c: 84000091                       add x4, x4, #0x0
        # hole +0x1c: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 index+0
    20: e00314aa                       mov x0, x20
    24: e10315aa                       mov x1, x21
    28: e20316aa                       mov x2, x22
    2c: 23008052                       mov w3, #0x1
    30: 00000094                       bl #0x0
        # hole +0x30: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    34: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    38: c0035fd6                       ret
