# stencil _BINARY_OP_SUBTRACT_FLOAT for aarch64-apple-darwin: 172 code bytes, 16 data bytes, 11 holes
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
    28: 80010054                       b.eq #0x30
    2c: 0039691e                       fsub d0, d8, d9
    30: b7010037                       tbnz w23, #0x0, #0x34
    34: e80240f9                       ldr x8, [x23]
    38: 080500f1                       subs x8, x8, #0x1
    3c: e80200f9                       str x8, [x23]
    40: 21010054                       b.ne #0x24
    44: e00317aa                       mov x0, x23
    48: 0840601e                       fmov d8, d0
    4c: 00000094                       bl #0x0
        # hole +0x4c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    50: 0041601e                       fmov d0, d8
    54: 04000014                       b #0x10
    58: 00000094                       bl #0x0
        # hole +0x58: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    5c: 0039691e                       fsub d0, d8, d9
    60: b7fe0736                       tbz w23, #0x0, #-0x2c
    64: e00316aa                       mov x0, x22
    68: 00000094                       bl #0x0
        # hole +0x68: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
    6c: a00000b4                       cbz x0, #0x14
    70: a0021ff8                       stur x0, [x21, #-0x10]
    74: f50313aa                       mov x21, x19
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
    90: a14200d1                       sub x1, x21, #0x10
    94: e00314aa                       mov x0, x20
    98: e20316aa                       mov x2, x22
    9c: 63008052                       mov w3, #0x3
    a0: 00000094                       bl #0x0
        # hole +0xa0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    a4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    a8: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
