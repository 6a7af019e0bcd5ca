# stencil _ITER_CHECK_RANGE for aarch64-apple-darwin: 72 code bytes, 0 data bytes, 6 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: a8000037                       tbnz w8, #0x0, #0x14
     8: 080940b9                       ldr w8, [x8, #0x8]
     c: 1f110071                       cmp w8, #0x4
    10: 41000054                       b.ne #0x8
    14: 00000014                       b #0x0
        # hole +0x14: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: 05000090                       adrp x5, #0
        # hole +0x1c: ARM64_RELOC_PAGE21 Aarch64Page21 target+0
    20: a5000091                       add x5, x5, #0x0
        # hole +0x20: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 target+0
    24: 04000090                       adrp x4, #0
        # hole +0x24: ARM64_RELOC_PAGE21 Aarch64Page21 index+0
    28: 84000091                       add x4, x4, #0x0
        # hole +0x28: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 index+0
    2c: e00314aa                       mov x0, x20
    30: e10315aa                       mov x1, x21
    34: e20316aa                       mov x2, x22
    38: 23008052                       mov w3, #0x1
    3c: 00000094                       bl #0x0
        # hole +0x3c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    40: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    44: c0035fd6                       ret
