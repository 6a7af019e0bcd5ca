# stencil _GUARD_IS_TRUE_POP for aarch64-apple-darwin: 80 code bytes, 0 data bytes, 8 holes
     0: e80315aa                       mov x8, x21
     4: 098d5ff8                       ldr x9, [x8, #-0x8]!
     8: 0a000090                       adrp x10, #0
        # hole +0x8: ARM64_RELOC_PAGE21 Aarch64Page21 symbol:tf_True+0
     c: 4a010091                       add x10, x10, #0x0
        # hole +0xc: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 symbol:tf_True+0
    10: 3f010aeb                       cmp x9, x10
    14: 61000054                       b.ne #0xc
    18: f50308aa                       mov x21, x8
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    20: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    24: 05000090                       adrp x5, #0
        # hole +0x24: ARM64_RELOC_PAGE21 Aarch64Page21 target+0
    28: a5000091                       add x5, x5, #0x0
        # hole +0x28: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 target+0
    2c: 04000090                       adrp x4, #0
        # hole +0x2c: ARM64_RELOC_PAGE21 Aarch64Page21 index+0
    30: 84000091                       add x4, x4, #0x0
        # hole +0x30: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 index+0
    34: e00314aa                       mov x0, x20
    38: e10315aa                       mov x1, x21
    3c: e20316aa                       mov x2, x22
    40: 43008052                       mov w3, #0x2
    44: 00000094                       bl #0x0
        # hole +0x44: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    48: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    4c: c0035fd6                       ret
