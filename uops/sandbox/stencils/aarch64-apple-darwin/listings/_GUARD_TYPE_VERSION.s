# stencil _GUARD_TYPE_VERSION for aarch64-apple-darwin: 96 code bytes, 24 data bytes, 11 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: 68010037                       tbnz w8, #0x0, #0x2c
     8: 090940b9                       ldr w9, [x8, #0x8]
     c: 3f1d0071                       cmp w9, #0x7
    10: 01010054                       b.ne #0x20
    14: 09000090                       adrp x9, #0
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    18: 290140f9                       ldr x9, [x9]
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    1c: 081940f9                       ldr x8, [x8, #0x30]
    20: 081940f9                       ldr x8, [x8, #0x30]
    24: 1f0109eb                       cmp x8, x9
    28: 41000054                       b.ne #0x8
    2c: 00000014                       b #0x0
        # hole +0x2c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    30: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    34: 05000090                       adrp x5, #0
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    38: a50040f9                       ldr x5, [x5]
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    3c: 04000090                       adrp x4, #0
        # hole +0x3c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    40: 840040f9                       ldr x4, [x4]
        # hole +0x40: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    44: e00314aa                       mov x0, x20
    48: e10315aa                       mov x1, x21
    4c: e20316aa                       mov x2, x22
    50: 23008052                       mov w3, #0x1
    54: 00000094                       bl #0x0
        # hole +0x54: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    58: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    5c: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 operand0+0
