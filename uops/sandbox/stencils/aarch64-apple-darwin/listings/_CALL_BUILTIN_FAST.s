# stencil _CALL_BUILTIN_FAST for aarch64-apple-darwin: 252 code bytes, 24 data bytes, 18 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 19000090                       adrp x25, #0
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
     8: 390340f9                       ldr x25, [x25]
        # hole +0x8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
     c: e80339aa                       mvn x8, x25
    10: b30e088b                       add x19, x21, x8, lsl #3
    14: 770240f9                       ldr x23, [x19]
    18: 57040037                       tbnz w23, #0x0, #0x88
    1c: e80a40b9                       ldr w8, [x23, #0x8]
    20: 1f210071                       cmp w8, #0x8
    24: e1030054                       b.ne #0x7c
    28: a10e19cb                       sub x1, x21, x25, lsl #3
    2c: e81e40f9                       ldr x8, [x23, #0x38]
    30: e00316aa                       mov x0, x22
    34: e20319aa                       mov x2, x25
    38: 00013fd6                       blr x8
    3c: f80300aa                       mov x24, x0
    40: b90100b4                       cbz x25, #0x34
    44: f90319cb                       neg x25, x25
    48: 03000014                       b #0xc
    4c: 39070091                       add x25, x25, #0x1
    50: 390100b4                       cbz x25, #0x24
    54: a07a79f8                       ldr x0, [x21, x25, lsl #3]
    58: a0ff0737                       tbnz w0, #0x0, #-0xc
    5c: 080040f9                       ldr x8, [x0]
    60: 080500f1                       subs x8, x8, #0x1
    64: 080000f9                       str x8, [x0]
    68: 21ffff54                       b.ne #-0x1c
    6c: 00000094                       bl #0x0
        # hole +0x6c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    70: f7ffff17                       b #-0x24
    74: e80240f9                       ldr x8, [x23]
    78: 080500f1                       subs x8, x8, #0x1
    7c: e80200f9                       str x8, [x23]
    80: 61000054                       b.ne #0xc
    84: e00317aa                       mov x0, x23
    88: 00000094                       bl #0x0
        # hole +0x88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    8c: 180200b4                       cbz x24, #0x40
    90: 788600f8                       str x24, [x19], #0x8
    94: f50313aa                       mov x21, x19
    98: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    9c: 00000014                       b #0x0
        # hole +0x9c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    a0: 05000090                       adrp x5, #0
        # hole +0xa0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    a4: a50040f9                       ldr x5, [x5]
        # hole +0xa4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    a8: 04000090                       adrp x4, #0
        # hole +0xa8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    ac: 840040f9                       ldr x4, [x4]
        # hole +0xac: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    b0: 23008052                       mov w3, #0x1
    b4: e00314aa                       mov x0, x20
    b8: e10315aa                       mov x1, x21
    bc: e20316aa                       mov x2, x22
    c0: 00000094                       bl #0x0
        # hole +0xc0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    c8: c0035fd6                       ret
    cc: 05000090                       adrp x5, #0
        # hole +0xcc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    d0: a50040f9                       ldr x5, [x5]
        # hole +0xd0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    d4: 04000090                       adrp x4, #0
        # hole +0xd4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    d8: 840040f9                       ldr x4, [x4]
        # hole +0xd8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    dc: 63008052                       mov w3, #0x3
    e0: f50313aa                       mov x21, x19
    e4: e00314aa                       mov x0, x20
    e8: e10315aa                       mov x1, x21
    ec: e20316aa                       mov x2, x22
    f0: 00000094                       bl #0x0
        # hole +0xf0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    f4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    f8: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
