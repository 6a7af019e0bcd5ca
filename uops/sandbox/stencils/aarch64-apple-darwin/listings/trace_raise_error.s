# stencil raise_error for aarch64-apple-darwin: 232 code bytes, 16 data bytes, 12 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 090140f9                       ldr x9, [x8]
     8: c9010036                       tbz w9, #0x0, #0x38
     c: a90200f9                       str x9, [x21]
    10: 080540f9                       ldr x8, [x8, #0x8]
    14: 28020036                       tbz w8, #0x0, #0x44
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: a80600f9                       str x8, [x21, #0x8]
    20: 00000090                       adrp x0, #0
        # hole +0x20: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    24: 000040f9                       ldr x0, [x0]
        # hole +0x24: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    28: 80020037                       tbnz w0, #0x0, #0x50
    2c: 080040f9                       ldr x8, [x0]
    30: a00a00f9                       str x0, [x21, #0x10]
    34: 480200b5                       cbnz x8, #0x48
    38: 00000094                       bl #0x0
        # hole +0x38: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    3c: 10000014                       b #0x40
    40: 2a0140f9                       ldr x10, [x9]
    44: 4a050091                       add x10, x10, #0x1
    48: 2a0100f9                       str x10, [x9]
    4c: a90200f9                       str x9, [x21]
    50: 080540f9                       ldr x8, [x8, #0x8]
    54: 28fe0737                       tbnz w8, #0x0, #-0x3c
    58: 090140f9                       ldr x9, [x8]
    5c: 29050091                       add x9, x9, #0x1
    60: 090100f9                       str x9, [x8]
    64: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    68: a80600f9                       str x8, [x21, #0x8]
    6c: 00000090                       adrp x0, #0
        # hole +0x6c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    70: 000040f9                       ldr x0, [x0]
        # hole +0x70: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    74: c0fd0736                       tbz w0, #0x0, #-0x48
    78: a00a00f9                       str x0, [x21, #0x10]
    7c: a00640f9                       ldr x0, [x21, #0x8]
    80: c0000037                       tbnz w0, #0x0, #0x18
    84: 080040f9                       ldr x8, [x0]
    88: 080500f1                       subs x8, x8, #0x1
    8c: 080000f9                       str x8, [x0]
    90: 41000054                       b.ne #0x8
    94: 00000094                       bl #0x0
        # hole +0x94: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    98: a00240f9                       ldr x0, [x21]
    9c: c0000037                       tbnz w0, #0x0, #0x18
    a0: 080040f9                       ldr x8, [x0]
    a4: 080500f1                       subs x8, x8, #0x1
    a8: 080000f9                       str x8, [x0]
    ac: 41000054                       b.ne #0x8
    b0: 00000094                       bl #0x0
        # hole +0xb0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    b4: c8008052                       mov w8, #0x6
    b8: c80e00f9                       str x8, [x22, #0x18]
    bc: 08000090                       adrp x8, #0
        # hole +0xbc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    c0: 080140f9                       ldr x8, [x8]
        # hole +0xc0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    c4: 04110091                       add x4, x8, #0x4
    c8: e00314aa                       mov x0, x20
    cc: e10315aa                       mov x1, x21
    d0: e20316aa                       mov x2, x22
    d4: 63008052                       mov w3, #0x3
    d8: 05058052                       mov w5, #0x28
    dc: 00000094                       bl #0x0
        # hole +0xdc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    e0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    e4: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[3]+0
