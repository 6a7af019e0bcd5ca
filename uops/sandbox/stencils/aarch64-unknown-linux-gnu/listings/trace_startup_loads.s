# stencil startup_loads for aarch64-unknown-linux-gnu: 3120 code bytes, 0 data bytes, 141 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 090140f9                       ldr x9, [x8]
     c: 2b014092                       and x11, x9, #0x1
    10: e9000036                       tbz w9, #0x0, #0x1c
    14: a90200f9                       str x9, [x21]
    18: 0a0540f9                       ldr x10, [x8, #0x8]
    1c: 4a010036                       tbz w10, #0x0, #0x28
    20: aa0600f9                       str x10, [x21, #0x8]
    24: eb0100b5                       cbnz x11, #0x3c
    28: 09010014                       b #0x424
    2c: 2a0140f9                       ldr x10, [x9]
    30: 4a050091                       add x10, x10, #0x1
    34: 2a0100f9                       str x10, [x9]
    38: a90200f9                       str x9, [x21]
    3c: 0a0540f9                       ldr x10, [x8, #0x8]
    40: 0aff0737                       tbnz w10, #0x0, #-0x20
    44: 490140f9                       ldr x9, [x10]
    48: 29050091                       add x9, x9, #0x1
    4c: 490100f9                       str x9, [x10]
    50: a90240f9                       ldr x9, [x21]
    54: 2b014092                       and x11, x9, #0x1
    58: aa0600f9                       str x10, [x21, #0x8]
    5c: 8b1f00b4                       cbz x11, #0x3f0
    60: 6a1f0036                       tbz w10, #0x0, #0x3ec
    64: 4afd4193                       asr x10, x10, #1
    68: 4905898b                       add x9, x10, x9, asr #1
    6c: 0a00f8d2                       mov x10, #-0x4000000000000000
    70: 3f010aab                       cmn x9, x10
    74: a51f0054                       b.pl #0x3f4
    78: 2a008052                       mov w10, #0x1
    7c: 490509aa                       orr x9, x10, x9, lsl #1
    80: a90200f9                       str x9, [x21]
    84: 000940f9                       ldr x0, [x8, #0x10]
    88: 090900f9                       str x9, [x8, #0x10]
    8c: a0000037                       tbnz w0, #0x0, #0x14
    90: 080040f9                       ldr x8, [x0]
    94: 080500f1                       subs x8, x8, #0x1
    98: 080000f9                       str x8, [x0]
    9c: c0030054                       b.eq #0x78
    a0: 090080d2                       mov x9, #0x0
        # hole +0xa0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
    a4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xa4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
    a8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xa8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
    ac: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
    b0: 89000037                       tbnz w9, #0x0, #0x10
    b4: 280140f9                       ldr x8, [x9]
    b8: 08050091                       add x8, x8, #0x1
    bc: 280100f9                       str x8, [x9]
    c0: 880e40f9                       ldr x8, [x20, #0x18]
    c4: a90200f9                       str x9, [x21]
    c8: 000d40f9                       ldr x0, [x8, #0x18]
    cc: 090d00f9                       str x9, [x8, #0x18]
    d0: a0000037                       tbnz w0, #0x0, #0x14
    d4: 090040f9                       ldr x9, [x0]
    d8: 290500f1                       subs x9, x9, #0x1
    dc: 090000f9                       str x9, [x0]
    e0: 80020054                       b.eq #0x50
    e4: e9238052                       mov w9, #0x11f
    e8: a90200f9                       str x9, [x21]
    ec: 001140f9                       ldr x0, [x8, #0x20]
    f0: 091100f9                       str x9, [x8, #0x20]
    f4: c0020037                       tbnz w0, #0x0, #0x58
    f8: 090040f9                       ldr x9, [x0]
    fc: 290500f1                       subs x9, x9, #0x1
   100: 090000f9                       str x9, [x0]
   104: 41020054                       b.ne #0x48
   108: 00000094                       bl #0x0
        # hole +0x108: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   10c: 880e40f9                       ldr x8, [x20, #0x18]
   110: 0f000014                       b #0x3c
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 090080d2                       mov x9, #0x0
        # hole +0x118: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
   11c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x11c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
   120: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x120: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
   124: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x124: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
   128: 69fc0736                       tbz w9, #0x0, #-0x74
   12c: e5ffff17                       b #-0x6c
   130: 00000094                       bl #0x0
        # hole +0x130: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   134: 880e40f9                       ldr x8, [x20, #0x18]
   138: e9238052                       mov w9, #0x11f
   13c: a90200f9                       str x9, [x21]
   140: 001140f9                       ldr x0, [x8, #0x20]
   144: 091100f9                       str x9, [x8, #0x20]
   148: 80fd0736                       tbz w0, #0x0, #-0x50
   14c: 091540f9                       ldr x9, [x8, #0x28]
   150: 2b014092                       and x11, x9, #0x1
   154: e9000036                       tbz w9, #0x0, #0x1c
   158: a90200f9                       str x9, [x21]
   15c: 0a1940f9                       ldr x10, [x8, #0x30]
   160: 4a010036                       tbz w10, #0x0, #0x28
   164: aa0600f9                       str x10, [x21, #0x8]
   168: eb0100b5                       cbnz x11, #0x3c
   16c: 0f000014                       b #0x3c
   170: 2a0140f9                       ldr x10, [x9]
   174: 4a050091                       add x10, x10, #0x1
   178: 2a0100f9                       str x10, [x9]
   17c: a90200f9                       str x9, [x21]
   180: 0a1940f9                       ldr x10, [x8, #0x30]
   184: 0aff0737                       tbnz w10, #0x0, #-0x20
   188: 490140f9                       ldr x9, [x10]
   18c: 29050091                       add x9, x9, #0x1
   190: 490100f9                       str x9, [x10]
   194: a90240f9                       ldr x9, [x21]
   198: 2b014092                       and x11, x9, #0x1
   19c: aa0600f9                       str x10, [x21, #0x8]
   1a0: 4b0000b4                       cbz x11, #0x8
   1a4: ca010037                       tbnz w10, #0x0, #0x38
   1a8: 080080d2                       mov x8, #0x0
        # hole +0x1a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1ac: c5128052                       mov w5, #0x96
   1b0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1b0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1bc: 043d0091                       add x4, x8, #0xf
   1c0: a1420091                       add x1, x21, #0x10
   1c4: e00314aa                       mov x0, x20
   1c8: e20316aa                       mov x2, x22
   1cc: 23008052                       mov w3, #0x1
   1d0: 00000094                       bl #0x0
        # hole +0x1d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d4: fe0741f8                       ldr x30, [sp], #0x10
   1d8: c0035fd6                       ret
   1dc: 29fd4193                       asr x9, x9, #1
   1e0: 29058acb                       sub x9, x9, x10, asr #1
   1e4: 0a00f8d2                       mov x10, #-0x4000000000000000
   1e8: 3f010aab                       cmn x9, x10
   1ec: 451e0054                       b.pl #0x3c8
   1f0: 2a008052                       mov w10, #0x1
   1f4: 490509aa                       orr x9, x10, x9, lsl #1
   1f8: a90200f9                       str x9, [x21]
   1fc: 001d40f9                       ldr x0, [x8, #0x38]
   200: 091d00f9                       str x9, [x8, #0x38]
   204: c0000037                       tbnz w0, #0x0, #0x18
   208: 080040f9                       ldr x8, [x0]
   20c: 080500f1                       subs x8, x8, #0x1
   210: 080000f9                       str x8, [x0]
   214: 41000054                       b.ne #0x8
   218: 00000094                       bl #0x0
        # hole +0x218: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   21c: 090080d2                       mov x9, #0x0
        # hole +0x21c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[18]+0
   220: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x220: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[18]+0
   224: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x224: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[18]+0
   228: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x228: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[18]+0
   22c: 89000037                       tbnz w9, #0x0, #0x10
   230: 280140f9                       ldr x8, [x9]
   234: 08050091                       add x8, x8, #0x1
   238: 280100f9                       str x8, [x9]
   23c: 880e40f9                       ldr x8, [x20, #0x18]
   240: a90200f9                       str x9, [x21]
   244: 002140f9                       ldr x0, [x8, #0x40]
   248: 092100f9                       str x9, [x8, #0x40]
   24c: e0000037                       tbnz w0, #0x0, #0x1c
   250: 090040f9                       ldr x9, [x0]
   254: 290500f1                       subs x9, x9, #0x1
   258: 090000f9                       str x9, [x0]
   25c: 61000054                       b.ne #0xc
   260: 00000094                       bl #0x0
        # hole +0x260: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   264: 880e40f9                       ldr x8, [x20, #0x18]
   268: e9318052                       mov w9, #0x18f
   26c: a90200f9                       str x9, [x21]
   270: 002540f9                       ldr x0, [x8, #0x48]
   274: 092500f9                       str x9, [x8, #0x48]
   278: e0000037                       tbnz w0, #0x0, #0x1c
   27c: 090040f9                       ldr x9, [x0]
   280: 290500f1                       subs x9, x9, #0x1
   284: 090000f9                       str x9, [x0]
   288: 61000054                       b.ne #0xc
   28c: 00000094                       bl #0x0
        # hole +0x28c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   290: 880e40f9                       ldr x8, [x20, #0x18]
   294: 092940f9                       ldr x9, [x8, #0x50]
   298: 2b014092                       and x11, x9, #0x1
   29c: e9000036                       tbz w9, #0x0, #0x1c
   2a0: a90200f9                       str x9, [x21]
   2a4: 0a2d40f9                       ldr x10, [x8, #0x58]
   2a8: 4a010036                       tbz w10, #0x0, #0x28
   2ac: aa0600f9                       str x10, [x21, #0x8]
   2b0: eb0100b5                       cbnz x11, #0x3c
   2b4: 0f000014                       b #0x3c
   2b8: 2a0140f9                       ldr x10, [x9]
   2bc: 4a050091                       add x10, x10, #0x1
   2c0: 2a0100f9                       str x10, [x9]
   2c4: a90200f9                       str x9, [x21]
   2c8: 0a2d40f9                       ldr x10, [x8, #0x58]
   2cc: 0aff0737                       tbnz w10, #0x0, #-0x20
   2d0: 490140f9                       ldr x9, [x10]
   2d4: 29050091                       add x9, x9, #0x1
   2d8: 490100f9                       str x9, [x10]
   2dc: a90240f9                       ldr x9, [x21]
   2e0: 2b014092                       and x11, x9, #0x1
   2e4: aa0600f9                       str x10, [x21, #0x8]
   2e8: 4b0000b4                       cbz x11, #0x8
   2ec: 0a010037                       tbnz w10, #0x0, #0x20
   2f0: 080080d2                       mov x8, #0x0
        # hole +0x2f0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2f4: 85208052                       mov w5, #0x104
   2f8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2f8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2fc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2fc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   300: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x300: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   304: 04690091                       add x4, x8, #0x1a
   308: aeffff17                       b #-0x148
   30c: 2bfd4193                       asr x11, x9, #1
   310: 4afd4193                       asr x10, x10, #1
   314: 697d0a9b                       mul x9, x11, x10
   318: 6a7d4a9b                       smulh x10, x11, x10
   31c: 5ffd89eb                       cmp x10, x9, asr #63
   320: 011f0054                       b.ne #0x3e0
   324: 0a00f8d2                       mov x10, #-0x4000000000000000
   328: 2a010a8b                       add x10, x9, x10
   32c: aa1ef8b6                       tbz x10, #0x3f, #0x3d4
   330: 2a008052                       mov w10, #0x1
   334: 490509aa                       orr x9, x10, x9, lsl #1
   338: a90200f9                       str x9, [x21]
   33c: 003140f9                       ldr x0, [x8, #0x60]
   340: 093100f9                       str x9, [x8, #0x60]
   344: c0000037                       tbnz w0, #0x0, #0x18
   348: 080040f9                       ldr x8, [x0]
   34c: 080500f1                       subs x8, x8, #0x1
   350: 080000f9                       str x8, [x0]
   354: 41000054                       b.ne #0x8
   358: 00000094                       bl #0x0
        # hole +0x358: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   35c: 090080d2                       mov x9, #0x0
        # hole +0x35c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[29]+0
   360: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x360: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[29]+0
   364: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x364: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[29]+0
   368: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x368: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[29]+0
   36c: 89000037                       tbnz w9, #0x0, #0x10
   370: 280140f9                       ldr x8, [x9]
   374: 08050091                       add x8, x8, #0x1
   378: 280100f9                       str x8, [x9]
   37c: 880e40f9                       ldr x8, [x20, #0x18]
   380: a90200f9                       str x9, [x21]
   384: 003540f9                       ldr x0, [x8, #0x68]
   388: 093500f9                       str x9, [x8, #0x68]
   38c: e0000037                       tbnz w0, #0x0, #0x1c
   390: 090040f9                       ldr x9, [x0]
   394: 290500f1                       subs x9, x9, #0x1
   398: 090000f9                       str x9, [x0]
   39c: 61000054                       b.ne #0xc
   3a0: 00000094                       bl #0x0
        # hole +0x3a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3a4: 880e40f9                       ldr x8, [x20, #0x18]
   3a8: a9208052                       mov w9, #0x105
   3ac: a90200f9                       str x9, [x21]
   3b0: 003940f9                       ldr x0, [x8, #0x70]
   3b4: 093900f9                       str x9, [x8, #0x70]
   3b8: e0000037                       tbnz w0, #0x0, #0x1c
   3bc: 090040f9                       ldr x9, [x0]
   3c0: 290500f1                       subs x9, x9, #0x1
   3c4: 090000f9                       str x9, [x0]
   3c8: 61000054                       b.ne #0xc
   3cc: 00000094                       bl #0x0
        # hole +0x3cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3d0: 880e40f9                       ldr x8, [x20, #0x18]
   3d4: 093d40f9                       ldr x9, [x8, #0x78]
   3d8: 2b014092                       and x11, x9, #0x1
   3dc: e9000036                       tbz w9, #0x0, #0x1c
   3e0: a90200f9                       str x9, [x21]
   3e4: 0a4140f9                       ldr x10, [x8, #0x80]
   3e8: 4a010036                       tbz w10, #0x0, #0x28
   3ec: aa0600f9                       str x10, [x21, #0x8]
   3f0: eb0100b5                       cbnz x11, #0x3c
   3f4: 0f000014                       b #0x3c
   3f8: 2a0140f9                       ldr x10, [x9]
   3fc: 4a050091                       add x10, x10, #0x1
   400: 2a0100f9                       str x10, [x9]
   404: a90200f9                       str x9, [x21]
   408: 0a4140f9                       ldr x10, [x8, #0x80]
   40c: 0aff0737                       tbnz w10, #0x0, #-0x20
   410: 490140f9                       ldr x9, [x10]
   414: 29050091                       add x9, x9, #0x1
   418: 490100f9                       str x9, [x10]
   41c: a90240f9                       ldr x9, [x21]
   420: 2b014092                       and x11, x9, #0x1
   424: aa0600f9                       str x10, [x21, #0x8]
   428: 4b0000b4                       cbz x11, #0x8
   42c: ca020037                       tbnz w10, #0x0, #0x58
   430: 080080d2                       mov x8, #0x0
        # hole +0x430: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   434: 452e8052                       mov w5, #0x172
   438: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x438: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   43c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x43c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   440: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x440: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   444: 04950091                       add x4, x8, #0x25
   448: 5effff17                       b #-0x288
   44c: 080080d2                       mov x8, #0x0
        # hole +0x44c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   450: 05058052                       mov w5, #0x28
   454: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x454: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   458: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x458: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   45c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x45c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   460: 04110091                       add x4, x8, #0x4
   464: 57ffff17                       b #-0x2a4
   468: 080080d2                       mov x8, #0x0
        # hole +0x468: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   46c: 45068052                       mov w5, #0x32
   470: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x470: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   474: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x474: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   478: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x478: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   47c: 04150091                       add x4, x8, #0x5
   480: 50ffff17                       b #-0x2c0
   484: 4afd4193                       asr x10, x10, #1
   488: 4905898b                       add x9, x10, x9, asr #1
   48c: 0a00f8d2                       mov x10, #-0x4000000000000000
   490: 3f010aab                       cmn x9, x10
   494: 451e0054                       b.pl #0x3c8
   498: 2a008052                       mov w10, #0x1
   49c: 490509aa                       orr x9, x10, x9, lsl #1
   4a0: a90200f9                       str x9, [x21]
   4a4: 004540f9                       ldr x0, [x8, #0x88]
   4a8: 094500f9                       str x9, [x8, #0x88]
   4ac: c0000037                       tbnz w0, #0x0, #0x18
   4b0: 080040f9                       ldr x8, [x0]
   4b4: 080500f1                       subs x8, x8, #0x1
   4b8: 080000f9                       str x8, [x0]
   4bc: 41000054                       b.ne #0x8
   4c0: 00000094                       bl #0x0
        # hole +0x4c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4c4: 090080d2                       mov x9, #0x0
        # hole +0x4c4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[40]+0
   4c8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x4c8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[40]+0
   4cc: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x4cc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[40]+0
   4d0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x4d0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[40]+0
   4d4: 89000037                       tbnz w9, #0x0, #0x10
   4d8: 280140f9                       ldr x8, [x9]
   4dc: 08050091                       add x8, x8, #0x1
   4e0: 280100f9                       str x8, [x9]
   4e4: 880e40f9                       ldr x8, [x20, #0x18]
   4e8: a90200f9                       str x9, [x21]
   4ec: 004940f9                       ldr x0, [x8, #0x90]
   4f0: 094900f9                       str x9, [x8, #0x90]
   4f4: e0000037                       tbnz w0, #0x0, #0x1c
   4f8: 090040f9                       ldr x9, [x0]
   4fc: 290500f1                       subs x9, x9, #0x1
   500: 090000f9                       str x9, [x0]
   504: 61000054                       b.ne #0xc
   508: 00000094                       bl #0x0
        # hole +0x508: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   50c: 880e40f9                       ldr x8, [x20, #0x18]
   510: 290c8052                       mov w9, #0x61
   514: a90200f9                       str x9, [x21]
   518: 004d40f9                       ldr x0, [x8, #0x98]
   51c: 094d00f9                       str x9, [x8, #0x98]
   520: e0000037                       tbnz w0, #0x0, #0x1c
   524: 090040f9                       ldr x9, [x0]
   528: 290500f1                       subs x9, x9, #0x1
   52c: 090000f9                       str x9, [x0]
   530: 61000054                       b.ne #0xc
   534: 00000094                       bl #0x0
        # hole +0x534: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   538: 880e40f9                       ldr x8, [x20, #0x18]
   53c: 095140f9                       ldr x9, [x8, #0xa0]
   540: 2b014092                       and x11, x9, #0x1
   544: e9000036                       tbz w9, #0x0, #0x1c
   548: a90200f9                       str x9, [x21]
   54c: 0a5540f9                       ldr x10, [x8, #0xa8]
   550: 4a010036                       tbz w10, #0x0, #0x28
   554: aa0600f9                       str x10, [x21, #0x8]
   558: eb0100b5                       cbnz x11, #0x3c
   55c: 0f000014                       b #0x3c
   560: 2a0140f9                       ldr x10, [x9]
   564: 4a050091                       add x10, x10, #0x1
   568: 2a0100f9                       str x10, [x9]
   56c: a90200f9                       str x9, [x21]
   570: 0a5540f9                       ldr x10, [x8, #0xa8]
   574: 0aff0737                       tbnz w10, #0x0, #-0x20
   578: 490140f9                       ldr x9, [x10]
   57c: 29050091                       add x9, x9, #0x1
   580: 490100f9                       str x9, [x10]
   584: a90240f9                       ldr x9, [x21]
   588: 2b014092                       and x11, x9, #0x1
   58c: aa0600f9                       str x10, [x21, #0x8]
   590: 4b0000b4                       cbz x11, #0x8
   594: ea010037                       tbnz w10, #0x0, #0x3c
   598: 080080d2                       mov x8, #0x0
        # hole +0x598: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   59c: 053c8052                       mov w5, #0x1e0
   5a0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5a0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5a4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x5a4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   5a8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x5a8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   5ac: 04c10091                       add x4, x8, #0x30
   5b0: 04ffff17                       b #-0x3f0
   5b4: 080080d2                       mov x8, #0x0
        # hole +0x5b4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   5b8: 05148052                       mov w5, #0xa0
   5bc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5c0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x5c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   5c4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x5c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   5c8: 04410091                       add x4, x8, #0x10
   5cc: fdfeff17                       b #-0x40c
   5d0: 29fd4193                       asr x9, x9, #1
   5d4: 29058acb                       sub x9, x9, x10, asr #1
   5d8: 0a00f8d2                       mov x10, #-0x4000000000000000
   5dc: 3f010aab                       cmn x9, x10
   5e0: 451e0054                       b.pl #0x3c8
   5e4: 2a008052                       mov w10, #0x1
   5e8: 490509aa                       orr x9, x10, x9, lsl #1
   5ec: a90200f9                       str x9, [x21]
   5f0: 005940f9                       ldr x0, [x8, #0xb0]
   5f4: 095900f9                       str x9, [x8, #0xb0]
   5f8: c0000037                       tbnz w0, #0x0, #0x18
   5fc: 080040f9                       ldr x8, [x0]
   600: 080500f1                       subs x8, x8, #0x1
   604: 080000f9                       str x8, [x0]
   608: 41000054                       b.ne #0x8
   60c: 00000094                       bl #0x0
        # hole +0x60c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   610: 090080d2                       mov x9, #0x0
        # hole +0x610: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[51]+0
   614: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x614: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[51]+0
   618: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x618: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[51]+0
   61c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x61c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[51]+0
   620: 89000037                       tbnz w9, #0x0, #0x10
   624: 280140f9                       ldr x8, [x9]
   628: 08050091                       add x8, x8, #0x1
   62c: 280100f9                       str x8, [x9]
   630: 880e40f9                       ldr x8, [x20, #0x18]
   634: a90200f9                       str x9, [x21]
   638: 005d40f9                       ldr x0, [x8, #0xb8]
   63c: 095d00f9                       str x9, [x8, #0xb8]
   640: e0000037                       tbnz w0, #0x0, #0x1c
   644: 090040f9                       ldr x9, [x0]
   648: 290500f1                       subs x9, x9, #0x1
   64c: 090000f9                       str x9, [x0]
   650: 61000054                       b.ne #0xc
   654: 00000094                       bl #0x0
        # hole +0x654: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   658: 880e40f9                       ldr x8, [x20, #0x18]
   65c: e9208052                       mov w9, #0x107
   660: a90200f9                       str x9, [x21]
   664: 006140f9                       ldr x0, [x8, #0xc0]
   668: 096100f9                       str x9, [x8, #0xc0]
   66c: e0000037                       tbnz w0, #0x0, #0x1c
   670: 090040f9                       ldr x9, [x0]
   674: 290500f1                       subs x9, x9, #0x1
   678: 090000f9                       str x9, [x0]
   67c: 61000054                       b.ne #0xc
   680: 00000094                       bl #0x0
        # hole +0x680: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   684: 880e40f9                       ldr x8, [x20, #0x18]
   688: 096540f9                       ldr x9, [x8, #0xc8]
   68c: 2b014092                       and x11, x9, #0x1
   690: e9000036                       tbz w9, #0x0, #0x1c
   694: a90200f9                       str x9, [x21]
   698: 0a6940f9                       ldr x10, [x8, #0xd0]
   69c: 4a010036                       tbz w10, #0x0, #0x28
   6a0: aa0600f9                       str x10, [x21, #0x8]
   6a4: eb0100b5                       cbnz x11, #0x3c
   6a8: 0f000014                       b #0x3c
   6ac: 2a0140f9                       ldr x10, [x9]
   6b0: 4a050091                       add x10, x10, #0x1
   6b4: 2a0100f9                       str x10, [x9]
   6b8: a90200f9                       str x9, [x21]
   6bc: 0a6940f9                       ldr x10, [x8, #0xd0]
   6c0: 0aff0737                       tbnz w10, #0x0, #-0x20
   6c4: 490140f9                       ldr x9, [x10]
   6c8: 29050091                       add x9, x9, #0x1
   6cc: 490100f9                       str x9, [x10]
   6d0: a90240f9                       ldr x9, [x21]
   6d4: 2b014092                       and x11, x9, #0x1
   6d8: aa0600f9                       str x10, [x21, #0x8]
   6dc: 4b0000b4                       cbz x11, #0x8
   6e0: ea010037                       tbnz w10, #0x0, #0x3c
   6e4: 080080d2                       mov x8, #0x0
        # hole +0x6e4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6e8: c5498052                       mov w5, #0x24e
   6ec: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   6f0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x6f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   6f4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x6f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   6f8: 04ed0091                       add x4, x8, #0x3b
   6fc: b1feff17                       b #-0x53c
   700: 080080d2                       mov x8, #0x0
        # hole +0x700: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   704: c5218052                       mov w5, #0x10e
   708: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x708: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   70c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x70c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   710: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x710: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   714: 046d0091                       add x4, x8, #0x1b
   718: aafeff17                       b #-0x558
   71c: 2bfd4193                       asr x11, x9, #1
   720: 4afd4193                       asr x10, x10, #1
   724: 697d0a9b                       mul x9, x11, x10
   728: 6a7d4a9b                       smulh x10, x11, x10
   72c: 5ffd89eb                       cmp x10, x9, asr #63
   730: 211e0054                       b.ne #0x3c4
   734: 0a00f8d2                       mov x10, #-0x4000000000000000
   738: 2a010a8b                       add x10, x9, x10
   73c: ca1df8b6                       tbz x10, #0x3f, #0x3b8
   740: 2a008052                       mov w10, #0x1
   744: 490509aa                       orr x9, x10, x9, lsl #1
   748: a90200f9                       str x9, [x21]
   74c: 006d40f9                       ldr x0, [x8, #0xd8]
   750: 096d00f9                       str x9, [x8, #0xd8]
   754: c0000037                       tbnz w0, #0x0, #0x18
   758: 080040f9                       ldr x8, [x0]
   75c: 080500f1                       subs x8, x8, #0x1
   760: 080000f9                       str x8, [x0]
   764: 41000054                       b.ne #0x8
   768: 00000094                       bl #0x0
        # hole +0x768: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   76c: 090080d2                       mov x9, #0x0
        # hole +0x76c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[62]+0
   770: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x770: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[62]+0
   774: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x774: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[62]+0
   778: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x778: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[62]+0
   77c: 89000037                       tbnz w9, #0x0, #0x10
   780: 280140f9                       ldr x8, [x9]
   784: 08050091                       add x8, x8, #0x1
   788: 280100f9                       str x8, [x9]
   78c: 880e40f9                       ldr x8, [x20, #0x18]
   790: a90200f9                       str x9, [x21]
   794: 007140f9                       ldr x0, [x8, #0xe0]
   798: 097100f9                       str x9, [x8, #0xe0]
   79c: e0000037                       tbnz w0, #0x0, #0x1c
   7a0: 090040f9                       ldr x9, [x0]
   7a4: 290500f1                       subs x9, x9, #0x1
   7a8: 090000f9                       str x9, [x0]
   7ac: 61000054                       b.ne #0xc
   7b0: 00000094                       bl #0x0
        # hole +0x7b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7b4: 880e40f9                       ldr x8, [x20, #0x18]
   7b8: 69278052                       mov w9, #0x13b
   7bc: a90200f9                       str x9, [x21]
   7c0: 007540f9                       ldr x0, [x8, #0xe8]
   7c4: 097500f9                       str x9, [x8, #0xe8]
   7c8: e0000037                       tbnz w0, #0x0, #0x1c
   7cc: 090040f9                       ldr x9, [x0]
   7d0: 290500f1                       subs x9, x9, #0x1
   7d4: 090000f9                       str x9, [x0]
   7d8: 61000054                       b.ne #0xc
   7dc: 00000094                       bl #0x0
        # hole +0x7dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7e0: 880e40f9                       ldr x8, [x20, #0x18]
   7e4: 097940f9                       ldr x9, [x8, #0xf0]
   7e8: 2b014092                       and x11, x9, #0x1
   7ec: e9000036                       tbz w9, #0x0, #0x1c
   7f0: a90200f9                       str x9, [x21]
   7f4: 0a7d40f9                       ldr x10, [x8, #0xf8]
   7f8: 4a010036                       tbz w10, #0x0, #0x28
   7fc: aa0600f9                       str x10, [x21, #0x8]
   800: eb0100b5                       cbnz x11, #0x3c
   804: 0f000014                       b #0x3c
   808: 2a0140f9                       ldr x10, [x9]
   80c: 4a050091                       add x10, x10, #0x1
   810: 2a0100f9                       str x10, [x9]
   814: a90200f9                       str x9, [x21]
   818: 0a7d40f9                       ldr x10, [x8, #0xf8]
   81c: 0aff0737                       tbnz w10, #0x0, #-0x20
   820: 490140f9                       ldr x9, [x10]
   824: 29050091                       add x9, x9, #0x1
   828: 490100f9                       str x9, [x10]
   82c: a90240f9                       ldr x9, [x21]
   830: 2b014092                       and x11, x9, #0x1
   834: aa0600f9                       str x10, [x21, #0x8]
   838: 4b0000b4                       cbz x11, #0x8
   83c: ea010037                       tbnz w10, #0x0, #0x3c
   840: 080080d2                       mov x8, #0x0
        # hole +0x840: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   844: 85578052                       mov w5, #0x2bc
   848: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x848: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   84c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x84c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   850: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x850: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   854: 04190191                       add x4, x8, #0x46
   858: 5afeff17                       b #-0x698
   85c: 080080d2                       mov x8, #0x0
        # hole +0x85c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   860: 852f8052                       mov w5, #0x17c
   864: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x864: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   868: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x868: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   86c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x86c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   870: 04990091                       add x4, x8, #0x26
   874: 53feff17                       b #-0x6b4
   878: 4afd4193                       asr x10, x10, #1
   87c: 4905898b                       add x9, x10, x9, asr #1
   880: 0a00f8d2                       mov x10, #-0x4000000000000000
   884: 3f010aab                       cmn x9, x10
   888: a51a0054                       b.pl #0x354
   88c: 2a008052                       mov w10, #0x1
   890: 490509aa                       orr x9, x10, x9, lsl #1
   894: a90200f9                       str x9, [x21]
   898: 008140f9                       ldr x0, [x8, #0x100]
   89c: 098100f9                       str x9, [x8, #0x100]
   8a0: c0000037                       tbnz w0, #0x0, #0x18
   8a4: 080040f9                       ldr x8, [x0]
   8a8: 080500f1                       subs x8, x8, #0x1
   8ac: 080000f9                       str x8, [x0]
   8b0: 41000054                       b.ne #0x8
   8b4: 00000094                       bl #0x0
        # hole +0x8b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8b8: 090080d2                       mov x9, #0x0
        # hole +0x8b8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[73]+0
   8bc: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x8bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[73]+0
   8c0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x8c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[73]+0
   8c4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x8c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[73]+0
   8c8: 89000037                       tbnz w9, #0x0, #0x10
   8cc: 280140f9                       ldr x8, [x9]
   8d0: 08050091                       add x8, x8, #0x1
   8d4: 280100f9                       str x8, [x9]
   8d8: 880e40f9                       ldr x8, [x20, #0x18]
   8dc: a90200f9                       str x9, [x21]
   8e0: 008540f9                       ldr x0, [x8, #0x108]
   8e4: 098500f9                       str x9, [x8, #0x108]
   8e8: e0000037                       tbnz w0, #0x0, #0x1c
   8ec: 090040f9                       ldr x9, [x0]
   8f0: 290500f1                       subs x9, x9, #0x1
   8f4: 090000f9                       str x9, [x0]
   8f8: 61000054                       b.ne #0xc
   8fc: 00000094                       bl #0x0
        # hole +0x8fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   900: 880e40f9                       ldr x8, [x20, #0x18]
   904: 29068052                       mov w9, #0x31
   908: a90200f9                       str x9, [x21]
   90c: 008940f9                       ldr x0, [x8, #0x110]
   910: 098900f9                       str x9, [x8, #0x110]
   914: e0000037                       tbnz w0, #0x0, #0x1c
   918: 090040f9                       ldr x9, [x0]
   91c: 290500f1                       subs x9, x9, #0x1
   920: 090000f9                       str x9, [x0]
   924: 61000054                       b.ne #0xc
   928: 00000094                       bl #0x0
        # hole +0x928: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   92c: 880e40f9                       ldr x8, [x20, #0x18]
   930: 098d40f9                       ldr x9, [x8, #0x118]
   934: 2b014092                       and x11, x9, #0x1
   938: e9000036                       tbz w9, #0x0, #0x1c
   93c: a90200f9                       str x9, [x21]
   940: 0a9140f9                       ldr x10, [x8, #0x120]
   944: 4a010036                       tbz w10, #0x0, #0x28
   948: aa0600f9                       str x10, [x21, #0x8]
   94c: eb0100b5                       cbnz x11, #0x3c
   950: 0f000014                       b #0x3c
   954: 2a0140f9                       ldr x10, [x9]
   958: 4a050091                       add x10, x10, #0x1
   95c: 2a0100f9                       str x10, [x9]
   960: a90200f9                       str x9, [x21]
   964: 0a9140f9                       ldr x10, [x8, #0x120]
   968: 0aff0737                       tbnz w10, #0x0, #-0x20
   96c: 490140f9                       ldr x9, [x10]
   970: 29050091                       add x9, x9, #0x1
   974: 490100f9                       str x9, [x10]
   978: a90240f9                       ldr x9, [x21]
   97c: 2b014092                       and x11, x9, #0x1
   980: aa0600f9                       str x10, [x21, #0x8]
   984: 4b0000b4                       cbz x11, #0x8
   988: ea010037                       tbnz w10, #0x0, #0x3c
   98c: 080080d2                       mov x8, #0x0
        # hole +0x98c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   990: 45658052                       mov w5, #0x32a
   994: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x994: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   998: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x998: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   99c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x99c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   9a0: 04450191                       add x4, x8, #0x51
   9a4: 07feff17                       b #-0x7e4
   9a8: 080080d2                       mov x8, #0x0
        # hole +0x9a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   9ac: 453d8052                       mov w5, #0x1ea
   9b0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9b0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   9b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x9b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   9b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x9b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   9bc: 04c50091                       add x4, x8, #0x31
   9c0: 00feff17                       b #-0x800
   9c4: 29fd4193                       asr x9, x9, #1
   9c8: 29058acb                       sub x9, x9, x10, asr #1
   9cc: 0a00f8d2                       mov x10, #-0x4000000000000000
   9d0: 3f010aab                       cmn x9, x10
   9d4: 25110054                       b.pl #0x224
   9d8: 2a008052                       mov w10, #0x1
   9dc: 490509aa                       orr x9, x10, x9, lsl #1
   9e0: a90200f9                       str x9, [x21]
   9e4: 009540f9                       ldr x0, [x8, #0x128]
   9e8: 099500f9                       str x9, [x8, #0x128]
   9ec: c0000037                       tbnz w0, #0x0, #0x18
   9f0: 080040f9                       ldr x8, [x0]
   9f4: 080500f1                       subs x8, x8, #0x1
   9f8: 080000f9                       str x8, [x0]
   9fc: 41000054                       b.ne #0x8
   a00: 00000094                       bl #0x0
        # hole +0xa00: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a04: 090080d2                       mov x9, #0x0
        # hole +0xa04: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[84]+0
   a08: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xa08: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[84]+0
   a0c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xa0c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[84]+0
   a10: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xa10: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[84]+0
   a14: 89000037                       tbnz w9, #0x0, #0x10
   a18: 280140f9                       ldr x8, [x9]
   a1c: 08050091                       add x8, x8, #0x1
   a20: 280100f9                       str x8, [x9]
   a24: 880e40f9                       ldr x8, [x20, #0x18]
   a28: a90200f9                       str x9, [x21]
   a2c: 009940f9                       ldr x0, [x8, #0x130]
   a30: 099900f9                       str x9, [x8, #0x130]
   a34: e0000037                       tbnz w0, #0x0, #0x1c
   a38: 090040f9                       ldr x9, [x0]
   a3c: 290500f1                       subs x9, x9, #0x1
   a40: 090000f9                       str x9, [x0]
   a44: 61000054                       b.ne #0xc
   a48: 00000094                       bl #0x0
        # hole +0xa48: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a4c: 880e40f9                       ldr x8, [x20, #0x18]
   a50: 29098052                       mov w9, #0x49
   a54: a90200f9                       str x9, [x21]
   a58: 009d40f9                       ldr x0, [x8, #0x138]
   a5c: 099d00f9                       str x9, [x8, #0x138]
   a60: e0000037                       tbnz w0, #0x0, #0x1c
   a64: 090040f9                       ldr x9, [x0]
   a68: 290500f1                       subs x9, x9, #0x1
   a6c: 090000f9                       str x9, [x0]
   a70: 61000054                       b.ne #0xc
   a74: 00000094                       bl #0x0
        # hole +0xa74: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a78: 880e40f9                       ldr x8, [x20, #0x18]
   a7c: 09a140f9                       ldr x9, [x8, #0x140]
   a80: 2b014092                       and x11, x9, #0x1
   a84: e9000036                       tbz w9, #0x0, #0x1c
   a88: a90200f9                       str x9, [x21]
   a8c: 0aa540f9                       ldr x10, [x8, #0x148]
   a90: 4a010036                       tbz w10, #0x0, #0x28
   a94: aa0600f9                       str x10, [x21, #0x8]
   a98: eb0100b5                       cbnz x11, #0x3c
   a9c: 0f000014                       b #0x3c
   aa0: 2a0140f9                       ldr x10, [x9]
   aa4: 4a050091                       add x10, x10, #0x1
   aa8: 2a0100f9                       str x10, [x9]
   aac: a90200f9                       str x9, [x21]
   ab0: 0aa540f9                       ldr x10, [x8, #0x148]
   ab4: 0aff0737                       tbnz w10, #0x0, #-0x20
   ab8: 490140f9                       ldr x9, [x10]
   abc: 29050091                       add x9, x9, #0x1
   ac0: 490100f9                       str x9, [x10]
   ac4: a90240f9                       ldr x9, [x21]
   ac8: 2b014092                       and x11, x9, #0x1
   acc: aa0600f9                       str x10, [x21, #0x8]
   ad0: 4b0000b4                       cbz x11, #0x8
   ad4: ea010037                       tbnz w10, #0x0, #0x3c
   ad8: 080080d2                       mov x8, #0x0
        # hole +0xad8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   adc: 05738052                       mov w5, #0x398
   ae0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xae0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   ae4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xae4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   ae8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xae8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   aec: 04710191                       add x4, x8, #0x5c
   af0: b4fdff17                       b #-0x930
   af4: 080080d2                       mov x8, #0x0
        # hole +0xaf4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   af8: 054b8052                       mov w5, #0x258
   afc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xafc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   b00: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xb00: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   b04: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xb04: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   b08: 04f10091                       add x4, x8, #0x3c
   b0c: adfdff17                       b #-0x94c
   b10: 2bfd4193                       asr x11, x9, #1
   b14: 4afd4193                       asr x10, x10, #1
   b18: 697d0a9b                       mul x9, x11, x10
   b1c: 6a7d4a9b                       smulh x10, x11, x10
   b20: 5ffd89eb                       cmp x10, x9, asr #63
   b24: 81070054                       b.ne #0xf0
   b28: 0a00f8d2                       mov x10, #-0x4000000000000000
   b2c: 2a010a8b                       add x10, x9, x10
   b30: 2a07f8b6                       tbz x10, #0x3f, #0xe4
   b34: 2a008052                       mov w10, #0x1
   b38: 490509aa                       orr x9, x10, x9, lsl #1
   b3c: a90200f9                       str x9, [x21]
   b40: 00a940f9                       ldr x0, [x8, #0x150]
   b44: 09a900f9                       str x9, [x8, #0x150]
   b48: c0000037                       tbnz w0, #0x0, #0x18
   b4c: 080040f9                       ldr x8, [x0]
   b50: 080500f1                       subs x8, x8, #0x1
   b54: 080000f9                       str x8, [x0]
   b58: 41000054                       b.ne #0x8
   b5c: 00000094                       bl #0x0
        # hole +0xb5c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b60: 090080d2                       mov x9, #0x0
        # hole +0xb60: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[95]+0
   b64: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xb64: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[95]+0
   b68: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xb68: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[95]+0
   b6c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xb6c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[95]+0
   b70: 89000037                       tbnz w9, #0x0, #0x10
   b74: 280140f9                       ldr x8, [x9]
   b78: 08050091                       add x8, x8, #0x1
   b7c: 280100f9                       str x8, [x9]
   b80: 880e40f9                       ldr x8, [x20, #0x18]
   b84: a90200f9                       str x9, [x21]
   b88: 00ad40f9                       ldr x0, [x8, #0x158]
   b8c: 09ad00f9                       str x9, [x8, #0x158]
   b90: e0000037                       tbnz w0, #0x0, #0x1c
   b94: 090040f9                       ldr x9, [x0]
   b98: 290500f1                       subs x9, x9, #0x1
   b9c: 090000f9                       str x9, [x0]
   ba0: 61000054                       b.ne #0xc
   ba4: 00000094                       bl #0x0
        # hole +0xba4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ba8: 880e40f9                       ldr x8, [x20, #0x18]
   bac: 692c8052                       mov w9, #0x163
   bb0: a90200f9                       str x9, [x21]
   bb4: 00b140f9                       ldr x0, [x8, #0x160]
   bb8: 09b100f9                       str x9, [x8, #0x160]
   bbc: c0000037                       tbnz w0, #0x0, #0x18
   bc0: 080040f9                       ldr x8, [x0]
   bc4: 080500f1                       subs x8, x8, #0x1
   bc8: 080000f9                       str x8, [x0]
   bcc: 41000054                       b.ne #0x8
   bd0: 00000094                       bl #0x0
        # hole +0xbd0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   bd4: fe0741f8                       ldr x30, [sp], #0x10
   bd8: 00000014                       b #0x0
        # hole +0xbd8: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   bdc: 080080d2                       mov x8, #0x0
        # hole +0xbdc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   be0: c5588052                       mov w5, #0x2c6
   be4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xbe4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   be8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xbe8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   bec: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xbec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   bf0: 041d0191                       add x4, x8, #0x47
   bf4: 73fdff17                       b #-0xa34
   bf8: 080080d2                       mov x8, #0x0
        # hole +0xbf8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   bfc: 85668052                       mov w5, #0x334
   c00: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xc00: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   c04: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc04: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   c08: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc08: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   c0c: 04490191                       add x4, x8, #0x52
   c10: 6cfdff17                       b #-0xa50
   c14: 080080d2                       mov x8, #0x0
        # hole +0xc14: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   c18: 45748052                       mov w5, #0x3a2
   c1c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xc1c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   c20: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   c24: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc24: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   c28: 04750191                       add x4, x8, #0x5d
   c2c: 65fdff17                       b #-0xa6c
