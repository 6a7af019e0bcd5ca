# stencil _STORE_ATTR_SLOT for aarch64-apple-darwin: 184 code bytes, 24 data bytes, 14 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b3825ff8                       ldur x19, [x21, #-0x8]
     8: 33040037                       tbnz w19, #0x0, #0x84
     c: 680a40b9                       ldr w8, [x19, #0x8]
    10: 1f1d0071                       cmp w8, #0x7
    14: c1030054                       b.ne #0x78
    18: 08000090                       adrp x8, #0
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    1c: 080140f9                       ldr x8, [x8]
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    20: 691e40f9                       ldr x9, [x19, #0x38]
    24: 3f0108eb                       cmp x9, x8
    28: 29030054                       b.ls #0x64
    2c: a90e5ff8                       ldr x9, [x21, #-0x10]!
    30: 680e088b                       add x8, x19, x8, lsl #3
    34: 002140f9                       ldr x0, [x8, #0x40]
    38: 092100f9                       str x9, [x8, #0x40]
    3c: a0000037                       tbnz w0, #0x0, #0x14
    40: 080040f9                       ldr x8, [x0]
    44: 080500f1                       subs x8, x8, #0x1
    48: 080000f9                       str x8, [x0]
    4c: e0000054                       b.eq #0x1c
    50: 680240f9                       ldr x8, [x19]
    54: 080500f1                       subs x8, x8, #0x1
    58: 680200f9                       str x8, [x19]
    5c: 00010054                       b.eq #0x20
    60: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    64: 00000014                       b #0x0
        # hole +0x64: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    68: 00000094                       bl #0x0
        # hole +0x68: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    6c: 680240f9                       ldr x8, [x19]
    70: 080500f1                       subs x8, x8, #0x1
    74: 680200f9                       str x8, [x19]
    78: 41ffff54                       b.ne #-0x18
    7c: e00313aa                       mov x0, x19
    80: 00000094                       bl #0x0
        # hole +0x80: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    84: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    88: 00000014                       b #0x0
        # hole +0x88: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    8c: 05000090                       adrp x5, #0
        # hole +0x8c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    90: a50040f9                       ldr x5, [x5]
        # hole +0x90: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    94: 04000090                       adrp x4, #0
        # hole +0x94: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    98: 840040f9                       ldr x4, [x4]
        # hole +0x98: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    9c: e00314aa                       mov x0, x20
    a0: e10315aa                       mov x1, x21
    a4: e20316aa                       mov x2, x22
    a8: 23008052                       mov w3, #0x1
    ac: 00000094                       bl #0x0
        # hole +0xac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    b4: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
