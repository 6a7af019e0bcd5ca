# stencil _GUARD_NOT_EXHAUSTED_LIST for aarch64-apple-darwin: 72 code bytes, 16 data bytes, 8 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: 082543a9                       ldp x8, x9, [x8, #0x30]
     8: 081940f9                       ldr x8, [x8, #0x30]
     c: 3f0108eb                       cmp x9, x8
    10: 42000054                       b.hs #0x8
    14: 00000014                       b #0x0
        # hole +0x14: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: 05000090                       adrp x5, #0
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    20: a50040f9                       ldr x5, [x5]
        # hole +0x20: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    24: 04000090                       adrp x4, #0
        # hole +0x24: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    28: 840040f9                       ldr x4, [x4]
        # hole +0x28: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    2c: e00314aa                       mov x0, x20
    30: e10315aa                       mov x1, x21
    34: e20316aa                       mov x2, x22
    38: 43008052                       mov w3, #0x2
    3c: 00000094                       bl #0x0
        # hole +0x3c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    40: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    44: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
