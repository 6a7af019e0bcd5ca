# stencil _BINARY_OP_TRUE_DIVIDE_FLOAT for aarch64-apple-darwin: 176 code bytes, 16 data bytes, 11 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: f30315aa                       mov x19, x21
     8: 778e5ff8                       ldr x23, [x19, #-0x8]!
     c: 60825ff8                       ldur x0, [x19, #-0x8]
    10: 081840fd                       ldr d8, [x0, #0x30]
    14: e91a40fd                       ldr d9, [x23, #0x30]
    18: a0000037                       tbnz w0, #0x0, #0x14
    1c: 080040f9                       ldr x8, [x0]
    20: 080500f1                       subs x8, x8, #0x1
    24: 080000f9                       str x8, [x0]
    28: 20010054                       b.eq #0x24
    2c: 57010037                       tbnz w23, #0x0, #0x28
    30: e80240f9                       ldr x8, [x23]
    34: 080500f1                       subs x8, x8, #0x1
    38: e80200f9                       str x8, [x23]
    3c: c1000054                       b.ne #0x18
    40: e00317aa                       mov x0, x23
    44: 00000094                       bl #0x0
        # hole +0x44: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    48: 03000014                       b #0xc
    4c: 00000094                       bl #0x0
        # hole +0x4c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    50: 17ff0736                       tbz w23, #0x0, #-0x20
    54: 2821601e                       fcmp d9, #0.0
    58: 20010054                       b.eq #0x24
    5c: 0019691e                       fdiv d0, d8, d9
    60: e00316aa                       mov x0, x22
    64: 00000094                       bl #0x0
        # hole +0x64: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
    68: e00000b4                       cbz x0, #0x1c
    6c: a0021ff8                       stur x0, [x21, #-0x10]
    70: f50313aa                       mov x21, x19
    74: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    78: 00000014                       b #0x0
        # hole +0x78: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    7c: 28008052                       mov w8, #0x1
    80: c80e00f9                       str x8, [x22, #0x18]
    84: 05000090                       adrp x5, #0
        # hole +0x84: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    88: a50040f9                       ldr x5, [x5]
        # hole +0x88: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    8c: 04000090                       adrp x4, #0
        # hole +0x8c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    90: 840040f9                       ldr x4, [x4]
        # hole +0x90: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    94: a14200d1                       sub x1, x21, #0x10
    98: e00314aa                       mov x0, x20
    9c: e20316aa                       mov x2, x22
    a0: 63008052                       mov w3, #0x3
    a4: 00000094                       bl #0x0
        # hole +0xa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    a8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    ac: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
