# stencil countdown_compare for aarch64-unknown-linux-gnu: 536 code bytes, 0 data bytes, 15 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 190080d2                       mov x25, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
     8: 1a0080d2                       mov x26, #0x0
        # hole +0x8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
     c: 9d008092                       mov x29, #-0x5
    10: 1900a0f2                       movk x25, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
    14: 1a00a0f2                       movk x26, #0x0, lsl #16
        # hole +0x14: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
    18: 3b008052                       mov w27, #0x1
    1c: 1900c0f2                       movk x25, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    20: 1a00c0f2                       movk x26, #0x0, lsl #32
        # hole +0x20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
    24: b3220091                       add x19, x21, #0x8
    28: 1900e0f2                       movk x25, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    2c: 1a00e0f2                       movk x26, #0x0, lsl #48
        # hole +0x2c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
    30: 57068052                       mov w23, #0x32
    34: b8008052                       mov w24, #0x5
    38: 1c00f8d2                       mov x28, #-0x4000000000000000
    3c: fdffeff2                       movk x29, #0x7fff, lsl #48
    40: 880e40f9                       ldr x8, [x20, #0x18]
    44: 090140f9                       ldr x9, [x8]
    48: 89070036                       tbz w9, #0x0, #0xf0
    4c: 3f0500f1                       cmp x9, #0x1
    50: 4ac3999a                       csel x10, x26, x25, gt
    54: 3f0900f1                       cmp x9, #0x2
    58: aa6e00a9                       stp x10, x27, [x21]
    5c: 6b0c0054                       b.lt #0x18c
    60: 090140f9                       ldr x9, [x8]
    64: 89000037                       tbnz w9, #0x0, #0x10
    68: 2a0140f9                       ldr x10, [x9]
    6c: 4a050091                       add x10, x10, #0x1
    70: 2a0100f9                       str x10, [x9]
    74: a90200f9                       str x9, [x21]
    78: 090940f9                       ldr x9, [x8, #0x10]
    7c: 09070036                       tbz w9, #0x0, #0xe0
    80: aa0240f9                       ldr x10, [x21]
    84: a90600f9                       str x9, [x21, #0x8]
    88: 4afd4193                       asr x10, x10, #1
    8c: 4a0589cb                       sub x10, x10, x9, asr #1
    90: 5f011cab                       cmn x10, x28
    94: e50a0054                       b.pl #0x15c
    98: 69070aaa                       orr x9, x27, x10, lsl #1
    9c: a90200f9                       str x9, [x21]
    a0: 000140f9                       ldr x0, [x8]
    a4: 090100f9                       str x9, [x8]
    a8: e0000037                       tbnz w0, #0x0, #0x1c
    ac: 090040f9                       ldr x9, [x0]
    b0: 290500f1                       subs x9, x9, #0x1
    b4: 090000f9                       str x9, [x0]
    b8: 61000054                       b.ne #0xc
    bc: 00000094                       bl #0x0
        # hole +0xbc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    c0: 880e40f9                       ldr x8, [x20, #0x18]
    c4: 090540f9                       ldr x9, [x8, #0x8]
    c8: c9050036                       tbz w9, #0x0, #0xb8
    cc: 3f011deb                       cmp x9, x29
    d0: a96200a9                       stp x9, x24, [x21]
    d4: 8c090054                       b.gt #0x130
    d8: 29110091                       add x9, x9, #0x4
    dc: a90200f9                       str x9, [x21]
    e0: 000540f9                       ldr x0, [x8, #0x8]
    e4: 090500f9                       str x9, [x8, #0x8]
    e8: c0000037                       tbnz w0, #0x0, #0x18
    ec: 080040f9                       ldr x8, [x0]
    f0: 080500f1                       subs x8, x8, #0x1
    f4: 080000f9                       str x8, [x0]
    f8: 41000054                       b.ne #0x8
    fc: 00000094                       bl #0x0
        # hole +0xfc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   100: c80240f9                       ldr x8, [x22]
   104: 280500b5                       cbnz x8, #0xa4
   108: c8a640a9                       ldp x8, x9, [x22, #0x8]
   10c: 08050091                       add x8, x8, #0x1
   110: 1f0109eb                       cmp x8, x9
   114: c80600f9                       str x8, [x22, #0x8]
   118: 4bf9ff54                       b.lt #-0xd8
   11c: 28008052                       mov w8, #0x1
   120: 43008052                       mov w3, #0x2
   124: 57158052                       mov w23, #0xaa
   128: c80200f9                       str x8, [x22]
   12c: 38028052                       mov w24, #0x11
   130: f30315aa                       mov x19, x21
   134: 21000014                       b #0x84
   138: 280140f9                       ldr x8, [x9]
   13c: 23008052                       mov w3, #0x1
   140: b3420091                       add x19, x21, #0x10
   144: d7038052                       mov w23, #0x1e
   148: 78008052                       mov w24, #0x3
   14c: 08050091                       add x8, x8, #0x1
   150: 280100f9                       str x8, [x9]
   154: a90e00a9                       stp x9, x3, [x21]
   158: 18000014                       b #0x60
   15c: 280140f9                       ldr x8, [x9]
   160: b3420091                       add x19, x21, #0x10
   164: 23008052                       mov w3, #0x1
   168: 170a8052                       mov w23, #0x50
   16c: 18018052                       mov w24, #0x8
   170: 08050091                       add x8, x8, #0x1
   174: 280100f9                       str x8, [x9]
   178: a90600f9                       str x9, [x21, #0x8]
   17c: 0f000014                       b #0x3c
   180: 280140f9                       ldr x8, [x9]
   184: b3420091                       add x19, x21, #0x10
   188: 23008052                       mov w3, #0x1
   18c: 57108052                       mov w23, #0x82
   190: b8018052                       mov w24, #0xd
   194: 08050091                       add x8, x8, #0x1
   198: 280100f9                       str x8, [x9]
   19c: a8008052                       mov w8, #0x5
   1a0: a92200a9                       stp x9, x8, [x21]
   1a4: 05000014                       b #0x14
   1a8: 43008052                       mov w3, #0x2
   1ac: f30315aa                       mov x19, x21
   1b0: 18028052                       mov w24, #0x10
   1b4: 17148052                       mov w23, #0xa0
   1b8: 080080d2                       mov x8, #0x0
        # hole +0x1b8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1bc: e00314aa                       mov x0, x20
   1c0: e10313aa                       mov x1, x19
   1c4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1c4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1c8: e20316aa                       mov x2, x22
   1cc: e50317aa                       mov x5, x23
   1d0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1d0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1d4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1d4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1d8: 0401188b                       add x4, x8, x24
   1dc: 00000094                       bl #0x0
        # hole +0x1dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e4: c0035fd6                       ret
   1e8: 43008052                       mov w3, #0x2
   1ec: f3ffff17                       b #-0x34
   1f0: b3420091                       add x19, x21, #0x10
   1f4: 23008052                       mov w3, #0x1
   1f8: 570b8052                       mov w23, #0x5a
   1fc: 38018052                       mov w24, #0x9
   200: eeffff17                       b #-0x48
   204: b3420091                       add x19, x21, #0x10
   208: 23008052                       mov w3, #0x1
   20c: 97118052                       mov w23, #0x8c
   210: d8018052                       mov w24, #0xe
   214: e9ffff17                       b #-0x5c
