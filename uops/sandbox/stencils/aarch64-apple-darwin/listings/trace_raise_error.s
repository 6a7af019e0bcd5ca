# stencil raise_error for aarch64-apple-darwin: 204 code bytes, 16 data bytes, 11 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 090140f9                       ldr x9, [x8]
     8: 49010036                       tbz w9, #0x0, #0x28
     c: a90200f9                       str x9, [x21]
    10: 000540f9                       ldr x0, [x8, #0x8]
    14: a0010036                       tbz w0, #0x0, #0x34
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: 08000090                       adrp x8, #0
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    20: 080140f9                       ldr x8, [x8]
        # hole +0x20: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    24: a0a200a9                       stp x0, x8, [x21, #0x8]
    28: 00020036                       tbz w0, #0x0, #0x40
    2c: 14000014                       b #0x50
    30: 2a0140f9                       ldr x10, [x9]
    34: 4a050091                       add x10, x10, #0x1
    38: 2a0100f9                       str x10, [x9]
    3c: a90200f9                       str x9, [x21]
    40: 000540f9                       ldr x0, [x8, #0x8]
    44: a0fe0737                       tbnz w0, #0x0, #-0x2c
    48: 080040f9                       ldr x8, [x0]
    4c: 08050091                       add x8, x8, #0x1
    50: 080000f9                       str x8, [x0]
    54: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    58: 08000090                       adrp x8, #0
        # hole +0x58: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    5c: 080140f9                       ldr x8, [x8]
        # hole +0x5c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    60: a0a200a9                       stp x0, x8, [x21, #0x8]
    64: c0000037                       tbnz w0, #0x0, #0x18
    68: 080040f9                       ldr x8, [x0]
    6c: 080500f1                       subs x8, x8, #0x1
    70: 080000f9                       str x8, [x0]
    74: 41000054                       b.ne #0x8
    78: 00000094                       bl #0x0
        # hole +0x78: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    7c: a00240f9                       ldr x0, [x21]
    80: c0000037                       tbnz w0, #0x0, #0x18
    84: 080040f9                       ldr x8, [x0]
    88: 080500f1                       subs x8, x8, #0x1
    8c: 080000f9                       str x8, [x0]
    90: 41000054                       b.ne #0x8
    94: 00000094                       bl #0x0
        # hole +0x94: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    98: c8008052                       mov w8, #0x6
    9c: c80e00f9                       str x8, [x22, #0x18]
    a0: 08000090                       adrp x8, #0
        # hole +0xa0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    a4: 080140f9                       ldr x8, [x8]
        # hole +0xa4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    a8: 04110091                       add x4, x8, #0x4
    ac: e00314aa                       mov x0, x20
    b0: e10315aa                       mov x1, x21
    b4: e20316aa                       mov x2, x22
    b8: 63008052                       mov w3, #0x3
    bc: 05058052                       mov w5, #0x28
    c0: 00000094                       bl #0x0
        # hole +0xc0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    c8: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[3]+0
