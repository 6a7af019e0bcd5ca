# stencil raise_error for aarch64-apple-darwin: 176 code bytes, 16 data bytes, 9 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 090140f9                       ldr x9, [x8]
     8: 89000037                       tbnz w9, #0x0, #0x10
     c: 2a0140f9                       ldr x10, [x9]
    10: 4a050091                       add x10, x10, #0x1
    14: 2a0100f9                       str x10, [x9]
    18: a90200f9                       str x9, [x21]
    1c: 080540f9                       ldr x8, [x8, #0x8]
    20: 88000037                       tbnz w8, #0x0, #0x10
    24: 090140f9                       ldr x9, [x8]
    28: 29050091                       add x9, x9, #0x1
    2c: 090100f9                       str x9, [x8]
    30: a80600f9                       str x8, [x21, #0x8]
    34: 08000090                       adrp x8, #0
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    38: 080140f9                       ldr x8, [x8]
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    3c: a80a00f9                       str x8, [x21, #0x10]
    40: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    44: a00640f9                       ldr x0, [x21, #0x8]
    48: c0000037                       tbnz w0, #0x0, #0x18
    4c: 080040f9                       ldr x8, [x0]
    50: 080500f1                       subs x8, x8, #0x1
    54: 080000f9                       str x8, [x0]
    58: 41000054                       b.ne #0x8
    5c: 00000094                       bl #0x0
        # hole +0x5c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    60: a00240f9                       ldr x0, [x21]
    64: c0000037                       tbnz w0, #0x0, #0x18
    68: 080040f9                       ldr x8, [x0]
    6c: 080500f1                       subs x8, x8, #0x1
    70: 080000f9                       str x8, [x0]
    74: 41000054                       b.ne #0x8
    78: 00000094                       bl #0x0
        # hole +0x78: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    7c: c8008052                       mov w8, #0x6
    80: c80e00f9                       str x8, [x22, #0x18]
    84: 08000090                       adrp x8, #0
        # hole +0x84: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    88: 080140f9                       ldr x8, [x8]
        # hole +0x88: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    8c: 04110091                       add x4, x8, #0x4
    90: e00314aa                       mov x0, x20
    94: e10315aa                       mov x1, x21
    98: e20316aa                       mov x2, x22
    9c: 63008052                       mov w3, #0x3
    a0: 05058052                       mov w5, #0x28
    a4: 00000094                       bl #0x0
        # hole +0xa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    a8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    ac: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[3]+0
