# stencil _GUARD_BOTH_FLOAT for aarch64-apple-darwin: 92 code bytes, 16 data bytes, 8 holes
     0: a8025ff8                       ldur x8, [x21, #-0x10]
     4: 48010037                       tbnz w8, #0x0, #0x28
     8: 080940b9                       ldr w8, [x8, #0x8]
     c: 1f090071                       cmp w8, #0x2
    10: e1000054                       b.ne #0x1c
    14: a8825ff8                       ldur x8, [x21, #-0x8]
    18: a8000037                       tbnz w8, #0x0, #0x14
    1c: 080940b9                       ldr w8, [x8, #0x8]
    20: 1f090071                       cmp w8, #0x2
    24: 41000054                       b.ne #0x8
    28: 00000014                       b #0x0
        # hole +0x28: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    2c: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    30: 05000090                       adrp x5, #0
        # hole +0x30: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    34: a50040f9                       ldr x5, [x5]
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    38: 04000090                       adrp x4, #0
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    3c: 840040f9                       ldr x4, [x4]
        # hole +0x3c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    40: e00314aa                       mov x0, x20
    44: e10315aa                       mov x1, x21
    48: e20316aa                       mov x2, x22
    4c: 23008052                       mov w3, #0x1
    50: 00000094                       bl #0x0
        # hole +0x50: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    54: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    58: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
