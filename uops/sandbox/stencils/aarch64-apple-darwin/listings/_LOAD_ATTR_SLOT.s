# stencil _LOAD_ATTR_SLOT for aarch64-apple-darwin: 172 code bytes, 24 data bytes, 13 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: a0825ff8                       ldur x0, [x21, #-0x8]
     8: c0030037                       tbnz w0, #0x0, #0x78
     c: 080840b9                       ldr w8, [x0, #0x8]
    10: 1f1d0071                       cmp w8, #0x7
    14: 61030054                       b.ne #0x6c
    18: 08000090                       adrp x8, #0
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    1c: 080140f9                       ldr x8, [x8]
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    20: 091c40f9                       ldr x9, [x0, #0x38]
    24: 3f0108eb                       cmp x9, x8
    28: c9020054                       b.ls #0x58
    2c: 080c088b                       add x8, x0, x8, lsl #3
    30: 082140f9                       ldr x8, [x8, #0x40]
    34: 08010036                       tbz w8, #0x0, #0x20
    38: a8821ff8                       stur x8, [x21, #-0x8]
    3c: 080040f9                       ldr x8, [x0]
    40: 080500f1                       subs x8, x8, #0x1
    44: 080000f9                       str x8, [x0]
    48: 60010054                       b.eq #0x2c
    4c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    50: 00000014                       b #0x0
        # hole +0x50: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    54: 090140f9                       ldr x9, [x8]
    58: 29050091                       add x9, x9, #0x1
    5c: 090100f9                       str x9, [x8]
    60: a8821ff8                       stur x8, [x21, #-0x8]
    64: 080040f9                       ldr x8, [x0]
    68: 080500f1                       subs x8, x8, #0x1
    6c: 080000f9                       str x8, [x0]
    70: e1feff54                       b.ne #-0x24
    74: 00000094                       bl #0x0
        # hole +0x74: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    78: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    7c: 00000014                       b #0x0
        # hole +0x7c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    80: 05000090                       adrp x5, #0
        # hole +0x80: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    84: a50040f9                       ldr x5, [x5]
        # hole +0x84: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    88: 04000090                       adrp x4, #0
        # hole +0x88: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    8c: 840040f9                       ldr x4, [x4]
        # hole +0x8c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    90: e00314aa                       mov x0, x20
    94: e10315aa                       mov x1, x21
    98: e20316aa                       mov x2, x22
    9c: 23008052                       mov w3, #0x1
    a0: 00000094                       bl #0x0
        # hole +0xa0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    a4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    a8: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
