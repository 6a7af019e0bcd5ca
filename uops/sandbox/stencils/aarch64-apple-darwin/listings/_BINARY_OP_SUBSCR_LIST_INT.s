# stencil _BINARY_OP_SUBSCR_LIST_INT for aarch64-apple-darwin: 196 code bytes, 16 data bytes, 10 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: f30315aa                       mov x19, x21
     8: 688e5ff8                       ldr x8, [x19, #-0x8]!
     c: 60825ff8                       ldur x0, [x19, #-0x8]
    10: 40040037                       tbnz w0, #0x0, #0x88
    14: 090840b9                       ldr w9, [x0, #0x8]
    18: 0a014092                       and x10, x8, #0x1
    1c: 3f0d0071                       cmp w9, #0x3
    20: 440940fa                       ccmp x10, #0x0, #0x4, eq
    24: a0030054                       b.eq #0x74
    28: 08fd4193                       asr x8, x8, #1
    2c: 6803f8b7                       tbnz x8, #0x3f, #0x6c
    30: 091840f9                       ldr x9, [x0, #0x30]
    34: 1f0109eb                       cmp x8, x9
    38: 0a030054                       b.ge #0x60
    3c: 092040f9                       ldr x9, [x0, #0x40]
    40: 377968f8                       ldr x23, [x9, x8, lsl #3]
    44: 37010036                       tbz w23, #0x0, #0x24
    48: 080040f9                       ldr x8, [x0]
    4c: 080500f1                       subs x8, x8, #0x1
    50: 080000f9                       str x8, [x0]
    54: 80010054                       b.eq #0x30
    58: b7021ff8                       stur x23, [x21, #-0x10]
    5c: f50313aa                       mov x21, x19
    60: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    64: 00000014                       b #0x0
        # hole +0x64: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    68: e80240f9                       ldr x8, [x23]
    6c: 08050091                       add x8, x8, #0x1
    70: e80200f9                       str x8, [x23]
    74: 080040f9                       ldr x8, [x0]
    78: 080500f1                       subs x8, x8, #0x1
    7c: 080000f9                       str x8, [x0]
    80: c1feff54                       b.ne #-0x28
    84: 00000094                       bl #0x0
        # hole +0x84: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    88: b7021ff8                       stur x23, [x21, #-0x10]
    8c: f50313aa                       mov x21, x19
    90: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    94: 00000014                       b #0x0
        # hole +0x94: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    98: 05000090                       adrp x5, #0
        # hole +0x98: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    9c: a50040f9                       ldr x5, [x5]
        # hole +0x9c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    a0: 04000090                       adrp x4, #0
        # hole +0xa0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    a4: 840040f9                       ldr x4, [x4]
        # hole +0xa4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    a8: e00314aa                       mov x0, x20
    ac: e10315aa                       mov x1, x21
    b0: e20316aa                       mov x2, x22
    b4: 23008052                       mov w3, #0x1
    b8: 00000094                       bl #0x0
        # hole +0xb8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    bc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    c0: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
