# stencil countdown_compare for aarch64-unknown-linux-gnu: 580 code bytes, 0 data bytes, 11 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 190080d2                       mov x25, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
     8: 1a0080d2                       mov x26, #0x0
        # hole +0x8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
     c: 93008092                       mov x19, #-0x5
    10: 1900a0f2                       movk x25, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
    14: 1a00a0f2                       movk x26, #0x0, lsl #16
        # hole +0x14: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
    18: b7220091                       add x23, x21, #0x8
    1c: 1900c0f2                       movk x25, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    20: 1a00c0f2                       movk x26, #0x0, lsl #32
        # hole +0x20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
    24: 3b008052                       mov w27, #0x1
    28: 1900e0f2                       movk x25, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    2c: 1a00e0f2                       movk x26, #0x0, lsl #48
        # hole +0x2c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
    30: 58068052                       mov w24, #0x32
    34: 1c00f8d2                       mov x28, #-0x4000000000000000
    38: bd008052                       mov w29, #0x5
    3c: f3ffeff2                       movk x19, #0x7fff, lsl #48
    40: 880e40f9                       ldr x8, [x20, #0x18]
    44: 090140f9                       ldr x9, [x8]
    48: c9070036                       tbz w9, #0x0, #0xf8
    4c: 3f0500f1                       cmp x9, #0x1
    50: 4ac3999a                       csel x10, x26, x25, gt
    54: 3f0900f1                       cmp x9, #0x2
    58: aa6e00a9                       stp x10, x27, [x21]
    5c: eb0c0054                       b.lt #0x19c
    60: 090140f9                       ldr x9, [x8]
    64: 89000037                       tbnz w9, #0x0, #0x10
    68: 2a0140f9                       ldr x10, [x9]
    6c: 4a050091                       add x10, x10, #0x1
    70: 2a0100f9                       str x10, [x9]
    74: a90200f9                       str x9, [x21]
    78: 090940f9                       ldr x9, [x8, #0x10]
    7c: 69070036                       tbz w9, #0x0, #0xec
    80: aa0240f9                       ldr x10, [x21]
    84: a90600f9                       str x9, [x21, #0x8]
    88: 4afd4193                       asr x10, x10, #1
    8c: 4a0589cb                       sub x10, x10, x9, asr #1
    90: 5f011cab                       cmn x10, x28
    94: c50b0054                       b.pl #0x178
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
    c8: 69060036                       tbz w9, #0x0, #0xcc
    cc: 3f0113eb                       cmp x9, x19
    d0: a97600a9                       stp x9, x29, [x21]
    d4: ac0a0054                       b.gt #0x154
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
   104: 080600b5                       cbnz x8, #0xc0
   108: c8a640a9                       ldp x8, x9, [x22, #0x8]
   10c: 08050091                       add x8, x8, #0x1
   110: 1f0109eb                       cmp x8, x9
   114: c80600f9                       str x8, [x22, #0x8]
   118: 4bf9ff54                       b.lt #-0xd8
   11c: 640080d2                       mov x4, #0x3
   120: 28008052                       mov w8, #0x1
   124: 43008052                       mov w3, #0x2
   128: 2400c0f2                       movk x4, #0x1, lsl #32
   12c: c80200f9                       str x8, [x22]
   130: 58158052                       mov w24, #0xaa
   134: 84380091                       add x4, x4, #0xe
   138: f70315aa                       mov x23, x21
   13c: 28000014                       b #0xa0
   140: 280140f9                       ldr x8, [x9]
   144: 23008052                       mov w3, #0x1
   148: 640080d2                       mov x4, #0x3
   14c: b7420091                       add x23, x21, #0x10
   150: d8038052                       mov w24, #0x1e
   154: 2400c0f2                       movk x4, #0x1, lsl #32
   158: 08050091                       add x8, x8, #0x1
   15c: 280100f9                       str x8, [x9]
   160: a90e00a9                       stp x9, x3, [x21]
   164: 1e000014                       b #0x78
   168: 280140f9                       ldr x8, [x9]
   16c: 640080d2                       mov x4, #0x3
   170: b7420091                       add x23, x21, #0x10
   174: 2400c0f2                       movk x4, #0x1, lsl #32
   178: 23008052                       mov w3, #0x1
   17c: 180a8052                       mov w24, #0x50
   180: 08050091                       add x8, x8, #0x1
   184: 84140091                       add x4, x4, #0x5
   188: 280100f9                       str x8, [x9]
   18c: a90600f9                       str x9, [x21, #0x8]
   190: 13000014                       b #0x4c
   194: 280140f9                       ldr x8, [x9]
   198: 640080d2                       mov x4, #0x3
   19c: b7420091                       add x23, x21, #0x10
   1a0: 2400c0f2                       movk x4, #0x1, lsl #32
   1a4: 23008052                       mov w3, #0x1
   1a8: 58108052                       mov w24, #0x82
   1ac: 08050091                       add x8, x8, #0x1
   1b0: 84280091                       add x4, x4, #0xa
   1b4: 280100f9                       str x8, [x9]
   1b8: a8008052                       mov w8, #0x5
   1bc: a92200a9                       stp x9, x8, [x21]
   1c0: 07000014                       b #0x1c
   1c4: 640080d2                       mov x4, #0x3
   1c8: 43008052                       mov w3, #0x2
   1cc: f70315aa                       mov x23, x21
   1d0: 2400c0f2                       movk x4, #0x1, lsl #32
   1d4: 18148052                       mov w24, #0xa0
   1d8: 84340091                       add x4, x4, #0xd
   1dc: e00314aa                       mov x0, x20
   1e0: e10317aa                       mov x1, x23
   1e4: e20316aa                       mov x2, x22
   1e8: e50318aa                       mov x5, x24
   1ec: 00000094                       bl #0x0
        # hole +0x1ec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1f0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1f4: c0035fd6                       ret
   1f8: 640080d2                       mov x4, #0x3
   1fc: 43008052                       mov w3, #0x2
   200: 2400c0f2                       movk x4, #0x1, lsl #32
   204: 84080091                       add x4, x4, #0x2
   208: f5ffff17                       b #-0x2c
   20c: 640080d2                       mov x4, #0x3
   210: b7420091                       add x23, x21, #0x10
   214: 23008052                       mov w3, #0x1
   218: 2400c0f2                       movk x4, #0x1, lsl #32
   21c: 580b8052                       mov w24, #0x5a
   220: 84180091                       add x4, x4, #0x6
   224: eeffff17                       b #-0x48
   228: 640080d2                       mov x4, #0x3
   22c: b7420091                       add x23, x21, #0x10
   230: 23008052                       mov w3, #0x1
   234: 2400c0f2                       movk x4, #0x1, lsl #32
   238: 98118052                       mov w24, #0x8c
   23c: 842c0091                       add x4, x4, #0xb
   240: e7ffff17                       b #-0x64
