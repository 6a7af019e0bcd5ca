# stencil countdown_compare for aarch64-unknown-linux-gnu: 560 code bytes, 0 data bytes, 15 holes
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
    48: c9080036                       tbz w9, #0x0, #0x118
    4c: 3f0500f1                       cmp x9, #0x1
    50: 4ac3999a                       csel x10, x26, x25, gt
    54: 3f0900f1                       cmp x9, #0x2
    58: aa6e00a9                       stp x10, x27, [x21]
    5c: 2b0d0054                       b.lt #0x1a4
    60: 090140f9                       ldr x9, [x8]
    64: e9000036                       tbz w9, #0x0, #0x1c
    68: a90200f9                       str x9, [x21]
    6c: 090940f9                       ldr x9, [x8, #0x10]
    70: 49010036                       tbz w9, #0x0, #0x28
    74: 690200f9                       str x9, [x19]
    78: a9010037                       tbnz w9, #0x0, #0x34
    7c: 42000014                       b #0x108
    80: 2a0140f9                       ldr x10, [x9]
    84: 4a050091                       add x10, x10, #0x1
    88: 2a0100f9                       str x10, [x9]
    8c: a90200f9                       str x9, [x21]
    90: 090940f9                       ldr x9, [x8, #0x10]
    94: 09ff0737                       tbnz w9, #0x0, #-0x20
    98: 2a0140f9                       ldr x10, [x9]
    9c: 4a050091                       add x10, x10, #0x1
    a0: 2a0100f9                       str x10, [x9]
    a4: 690200f9                       str x9, [x19]
    a8: e9060036                       tbz w9, #0x0, #0xdc
    ac: aa0240f9                       ldr x10, [x21]
    b0: 4afd4193                       asr x10, x10, #1
    b4: 490589cb                       sub x9, x10, x9, asr #1
    b8: 3f011cab                       cmn x9, x28
    bc: 650a0054                       b.pl #0x14c
    c0: 690709aa                       orr x9, x27, x9, lsl #1
    c4: a90200f9                       str x9, [x21]
    c8: 000140f9                       ldr x0, [x8]
    cc: 090100f9                       str x9, [x8]
    d0: e0000037                       tbnz w0, #0x0, #0x1c
    d4: 090040f9                       ldr x9, [x0]
    d8: 290500f1                       subs x9, x9, #0x1
    dc: 090000f9                       str x9, [x0]
    e0: 61000054                       b.ne #0xc
    e4: 00000094                       bl #0x0
        # hole +0xe4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    e8: 880e40f9                       ldr x8, [x20, #0x18]
    ec: 090540f9                       ldr x9, [x8, #0x8]
    f0: 49050036                       tbz w9, #0x0, #0xa8
    f4: 3f011deb                       cmp x9, x29
    f8: a96200a9                       stp x9, x24, [x21]
    fc: 0c090054                       b.gt #0x120
   100: 29110091                       add x9, x9, #0x4
   104: a90200f9                       str x9, [x21]
   108: 000540f9                       ldr x0, [x8, #0x8]
   10c: 090500f9                       str x9, [x8, #0x8]
   110: c0000037                       tbnz w0, #0x0, #0x18
   114: 080040f9                       ldr x8, [x0]
   118: 080500f1                       subs x8, x8, #0x1
   11c: 080000f9                       str x8, [x0]
   120: 41000054                       b.ne #0x8
   124: 00000094                       bl #0x0
        # hole +0x124: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   128: c80240f9                       ldr x8, [x22]
   12c: a80400b5                       cbnz x8, #0x94
   130: c8a640a9                       ldp x8, x9, [x22, #0x8]
   134: 08050091                       add x8, x8, #0x1
   138: 1f0109eb                       cmp x8, x9
   13c: c80600f9                       str x8, [x22, #0x8]
   140: 0bf8ff54                       b.lt #-0x100
   144: 28008052                       mov w8, #0x1
   148: 43008052                       mov w3, #0x2
   14c: 57158052                       mov w23, #0xaa
   150: c80200f9                       str x8, [x22]
   154: 38028052                       mov w24, #0x11
   158: f30315aa                       mov x19, x21
   15c: 1d000014                       b #0x74
   160: 280140f9                       ldr x8, [x9]
   164: 23008052                       mov w3, #0x1
   168: b3420091                       add x19, x21, #0x10
   16c: d7038052                       mov w23, #0x1e
   170: 78008052                       mov w24, #0x3
   174: 08050091                       add x8, x8, #0x1
   178: 280100f9                       str x8, [x9]
   17c: a90e00a9                       stp x9, x3, [x21]
   180: 14000014                       b #0x50
   184: b3420091                       add x19, x21, #0x10
   188: 23008052                       mov w3, #0x1
   18c: 170a8052                       mov w23, #0x50
   190: 18018052                       mov w24, #0x8
   194: 0f000014                       b #0x3c
   198: 280140f9                       ldr x8, [x9]
   19c: b3420091                       add x19, x21, #0x10
   1a0: 23008052                       mov w3, #0x1
   1a4: 57108052                       mov w23, #0x82
   1a8: b8018052                       mov w24, #0xd
   1ac: 08050091                       add x8, x8, #0x1
   1b0: 280100f9                       str x8, [x9]
   1b4: a8008052                       mov w8, #0x5
   1b8: a92200a9                       stp x9, x8, [x21]
   1bc: 05000014                       b #0x14
   1c0: 43008052                       mov w3, #0x2
   1c4: f30315aa                       mov x19, x21
   1c8: 18028052                       mov w24, #0x10
   1cc: 17148052                       mov w23, #0xa0
   1d0: 080080d2                       mov x8, #0x0
        # hole +0x1d0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1d4: e00314aa                       mov x0, x20
   1d8: e10313aa                       mov x1, x19
   1dc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1dc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1e0: e20316aa                       mov x2, x22
   1e4: e50317aa                       mov x5, x23
   1e8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1e8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1ec: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1ec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1f0: 0401188b                       add x4, x8, x24
   1f4: 00000094                       bl #0x0
        # hole +0x1f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1f8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1fc: c0035fd6                       ret
   200: 43008052                       mov w3, #0x2
   204: f3ffff17                       b #-0x34
   208: b3420091                       add x19, x21, #0x10
   20c: 23008052                       mov w3, #0x1
   210: 570b8052                       mov w23, #0x5a
   214: 38018052                       mov w24, #0x9
   218: eeffff17                       b #-0x48
   21c: b3420091                       add x19, x21, #0x10
   220: 23008052                       mov w3, #0x1
   224: 97118052                       mov w23, #0x8c
   228: d8018052                       mov w24, #0xe
   22c: e9ffff17                       b #-0x5c
