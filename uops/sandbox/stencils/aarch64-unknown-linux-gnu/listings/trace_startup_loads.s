# stencil startup_loads for aarch64-unknown-linux-gnu: 3136 code bytes, 0 data bytes, 98 holes
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
    28: ce020014                       b #0xb38
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
    5c: 2b5800b4                       cbz x11, #0xb04
    60: 0a580036                       tbz w10, #0x0, #0xb00
    64: 4afd4193                       asr x10, x10, #1
    68: 4905898b                       add x9, x10, x9, asr #1
    6c: 0a00f8d2                       mov x10, #-0x4000000000000000
    70: 3f010aab                       cmn x9, x10
    74: 255c0054                       b.pl #0xb84
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
   16c: 80020014                       b #0xa00
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
   1a0: 6b4e00b4                       cbz x11, #0x9cc
   1a4: 4a4e0036                       tbz w10, #0x0, #0x9c8
   1a8: 29fd4193                       asr x9, x9, #1
   1ac: 29058acb                       sub x9, x9, x10, asr #1
   1b0: 0a00f8d2                       mov x10, #-0x4000000000000000
   1b4: 3f010aab                       cmn x9, x10
   1b8: 65520054                       b.pl #0xa4c
   1bc: 2a008052                       mov w10, #0x1
   1c0: 490509aa                       orr x9, x10, x9, lsl #1
   1c4: a90200f9                       str x9, [x21]
   1c8: 001d40f9                       ldr x0, [x8, #0x38]
   1cc: 091d00f9                       str x9, [x8, #0x38]
   1d0: a0000037                       tbnz w0, #0x0, #0x14
   1d4: 080040f9                       ldr x8, [x0]
   1d8: 080500f1                       subs x8, x8, #0x1
   1dc: 080000f9                       str x8, [x0]
   1e0: c0030054                       b.eq #0x78
   1e4: 080080d2                       mov x8, #0x0
        # hole +0x1e4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[18]+0
   1e8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[18]+0
   1ec: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1ec: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[18]+0
   1f0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1f0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[18]+0
   1f4: 88000037                       tbnz w8, #0x0, #0x10
   1f8: 090140f9                       ldr x9, [x8]
   1fc: 29050091                       add x9, x9, #0x1
   200: 090100f9                       str x9, [x8]
   204: 890e40f9                       ldr x9, [x20, #0x18]
   208: a80200f9                       str x8, [x21]
   20c: 202140f9                       ldr x0, [x9, #0x40]
   210: 282100f9                       str x8, [x9, #0x40]
   214: a0000037                       tbnz w0, #0x0, #0x14
   218: 080040f9                       ldr x8, [x0]
   21c: 080500f1                       subs x8, x8, #0x1
   220: 080000f9                       str x8, [x0]
   224: 80020054                       b.eq #0x50
   228: e8318052                       mov w8, #0x18f
   22c: a80200f9                       str x8, [x21]
   230: 202540f9                       ldr x0, [x9, #0x48]
   234: 282500f9                       str x8, [x9, #0x48]
   238: c0020037                       tbnz w0, #0x0, #0x58
   23c: 080040f9                       ldr x8, [x0]
   240: 080500f1                       subs x8, x8, #0x1
   244: 080000f9                       str x8, [x0]
   248: 41020054                       b.ne #0x48
   24c: 00000094                       bl #0x0
        # hole +0x24c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   250: 890e40f9                       ldr x9, [x20, #0x18]
   254: 0f000014                       b #0x3c
   258: 00000094                       bl #0x0
        # hole +0x258: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   25c: 080080d2                       mov x8, #0x0
        # hole +0x25c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[18]+0
   260: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x260: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[18]+0
   264: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x264: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[18]+0
   268: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x268: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[18]+0
   26c: 68fc0736                       tbz w8, #0x0, #-0x74
   270: e5ffff17                       b #-0x6c
   274: 00000094                       bl #0x0
        # hole +0x274: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   278: 890e40f9                       ldr x9, [x20, #0x18]
   27c: e8318052                       mov w8, #0x18f
   280: a80200f9                       str x8, [x21]
   284: 202540f9                       ldr x0, [x9, #0x48]
   288: 282500f9                       str x8, [x9, #0x48]
   28c: 80fd0736                       tbz w0, #0x0, #-0x50
   290: 282940f9                       ldr x8, [x9, #0x50]
   294: 0b014092                       and x11, x8, #0x1
   298: e8000036                       tbz w8, #0x0, #0x1c
   29c: a80200f9                       str x8, [x21]
   2a0: 2a2d40f9                       ldr x10, [x9, #0x58]
   2a4: 4a010036                       tbz w10, #0x0, #0x28
   2a8: aa0600f9                       str x10, [x21, #0x8]
   2ac: eb0100b5                       cbnz x11, #0x3c
   2b0: 32020014                       b #0x8c8
   2b4: 0a0140f9                       ldr x10, [x8]
   2b8: 4a050091                       add x10, x10, #0x1
   2bc: 0a0100f9                       str x10, [x8]
   2c0: a80200f9                       str x8, [x21]
   2c4: 2a2d40f9                       ldr x10, [x9, #0x58]
   2c8: 0aff0737                       tbnz w10, #0x0, #-0x20
   2cc: 480140f9                       ldr x8, [x10]
   2d0: 08050091                       add x8, x8, #0x1
   2d4: 480100f9                       str x8, [x10]
   2d8: a80240f9                       ldr x8, [x21]
   2dc: 0b014092                       and x11, x8, #0x1
   2e0: aa0600f9                       str x10, [x21, #0x8]
   2e4: ab4400b4                       cbz x11, #0x894
   2e8: 8a440036                       tbz w10, #0x0, #0x890
   2ec: 08fd4193                       asr x8, x8, #1
   2f0: 4bfd4193                       asr x11, x10, #1
   2f4: c5218052                       mov w5, #0x10e
   2f8: 0a7d0b9b                       mul x10, x8, x11
   2fc: 087d4b9b                       smulh x8, x8, x11
   300: 1ffd8aeb                       cmp x8, x10, asr #63
   304: 68038052                       mov w8, #0x1b
   308: 01460054                       b.ne #0x8c0
   30c: 0b00f8d2                       mov x11, #-0x4000000000000000
   310: 4b010b8b                       add x11, x10, x11
   314: ab45f8b6                       tbz x11, #0x3f, #0x8b4
   318: 28008052                       mov w8, #0x1
   31c: 08050aaa                       orr x8, x8, x10, lsl #1
   320: a80200f9                       str x8, [x21]
   324: 203140f9                       ldr x0, [x9, #0x60]
   328: 283100f9                       str x8, [x9, #0x60]
   32c: a0000037                       tbnz w0, #0x0, #0x14
   330: 080040f9                       ldr x8, [x0]
   334: 080500f1                       subs x8, x8, #0x1
   338: 080000f9                       str x8, [x0]
   33c: c0030054                       b.eq #0x78
   340: 090080d2                       mov x9, #0x0
        # hole +0x340: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[29]+0
   344: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x344: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[29]+0
   348: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x348: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[29]+0
   34c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x34c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[29]+0
   350: 89000037                       tbnz w9, #0x0, #0x10
   354: 280140f9                       ldr x8, [x9]
   358: 08050091                       add x8, x8, #0x1
   35c: 280100f9                       str x8, [x9]
   360: 880e40f9                       ldr x8, [x20, #0x18]
   364: a90200f9                       str x9, [x21]
   368: 003540f9                       ldr x0, [x8, #0x68]
   36c: 093500f9                       str x9, [x8, #0x68]
   370: a0000037                       tbnz w0, #0x0, #0x14
   374: 090040f9                       ldr x9, [x0]
   378: 290500f1                       subs x9, x9, #0x1
   37c: 090000f9                       str x9, [x0]
   380: 80020054                       b.eq #0x50
   384: a9208052                       mov w9, #0x105
   388: a90200f9                       str x9, [x21]
   38c: 003940f9                       ldr x0, [x8, #0x70]
   390: 093900f9                       str x9, [x8, #0x70]
   394: c0020037                       tbnz w0, #0x0, #0x58
   398: 090040f9                       ldr x9, [x0]
   39c: 290500f1                       subs x9, x9, #0x1
   3a0: 090000f9                       str x9, [x0]
   3a4: 41020054                       b.ne #0x48
   3a8: 00000094                       bl #0x0
        # hole +0x3a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3ac: 880e40f9                       ldr x8, [x20, #0x18]
   3b0: 0f000014                       b #0x3c
   3b4: 00000094                       bl #0x0
        # hole +0x3b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3b8: 090080d2                       mov x9, #0x0
        # hole +0x3b8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[29]+0
   3bc: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x3bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[29]+0
   3c0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x3c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[29]+0
   3c4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x3c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[29]+0
   3c8: 69fc0736                       tbz w9, #0x0, #-0x74
   3cc: e5ffff17                       b #-0x6c
   3d0: 00000094                       bl #0x0
        # hole +0x3d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3d4: 880e40f9                       ldr x8, [x20, #0x18]
   3d8: a9208052                       mov w9, #0x105
   3dc: a90200f9                       str x9, [x21]
   3e0: 003940f9                       ldr x0, [x8, #0x70]
   3e4: 093900f9                       str x9, [x8, #0x70]
   3e8: 80fd0736                       tbz w0, #0x0, #-0x50
   3ec: 093d40f9                       ldr x9, [x8, #0x78]
   3f0: 2b014092                       and x11, x9, #0x1
   3f4: e9000036                       tbz w9, #0x0, #0x1c
   3f8: a90200f9                       str x9, [x21]
   3fc: 0a4140f9                       ldr x10, [x8, #0x80]
   400: 4a010036                       tbz w10, #0x0, #0x28
   404: aa0600f9                       str x10, [x21, #0x8]
   408: eb0100b5                       cbnz x11, #0x3c
   40c: de010014                       b #0x778
   410: 2a0140f9                       ldr x10, [x9]
   414: 4a050091                       add x10, x10, #0x1
   418: 2a0100f9                       str x10, [x9]
   41c: a90200f9                       str x9, [x21]
   420: 0a4140f9                       ldr x10, [x8, #0x80]
   424: 0aff0737                       tbnz w10, #0x0, #-0x20
   428: 490140f9                       ldr x9, [x10]
   42c: 29050091                       add x9, x9, #0x1
   430: 490100f9                       str x9, [x10]
   434: a90240f9                       ldr x9, [x21]
   438: 2b014092                       and x11, x9, #0x1
   43c: aa0600f9                       str x10, [x21, #0x8]
   440: 2b3a00b4                       cbz x11, #0x744
   444: 0a3a0036                       tbz w10, #0x0, #0x740
   448: 4afd4193                       asr x10, x10, #1
   44c: 4905898b                       add x9, x10, x9, asr #1
   450: 0a00f8d2                       mov x10, #-0x4000000000000000
   454: 3f010aab                       cmn x9, x10
   458: c53d0054                       b.pl #0x7b8
   45c: 2a008052                       mov w10, #0x1
   460: 490509aa                       orr x9, x10, x9, lsl #1
   464: a90200f9                       str x9, [x21]
   468: 004540f9                       ldr x0, [x8, #0x88]
   46c: 094500f9                       str x9, [x8, #0x88]
   470: a0000037                       tbnz w0, #0x0, #0x14
   474: 080040f9                       ldr x8, [x0]
   478: 080500f1                       subs x8, x8, #0x1
   47c: 080000f9                       str x8, [x0]
   480: c0030054                       b.eq #0x78
   484: 090080d2                       mov x9, #0x0
        # hole +0x484: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[40]+0
   488: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x488: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[40]+0
   48c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x48c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[40]+0
   490: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x490: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[40]+0
   494: 89000037                       tbnz w9, #0x0, #0x10
   498: 280140f9                       ldr x8, [x9]
   49c: 08050091                       add x8, x8, #0x1
   4a0: 280100f9                       str x8, [x9]
   4a4: 880e40f9                       ldr x8, [x20, #0x18]
   4a8: a90200f9                       str x9, [x21]
   4ac: 004940f9                       ldr x0, [x8, #0x90]
   4b0: 094900f9                       str x9, [x8, #0x90]
   4b4: a0000037                       tbnz w0, #0x0, #0x14
   4b8: 090040f9                       ldr x9, [x0]
   4bc: 290500f1                       subs x9, x9, #0x1
   4c0: 090000f9                       str x9, [x0]
   4c4: 80020054                       b.eq #0x50
   4c8: 290c8052                       mov w9, #0x61
   4cc: a90200f9                       str x9, [x21]
   4d0: 004d40f9                       ldr x0, [x8, #0x98]
   4d4: 094d00f9                       str x9, [x8, #0x98]
   4d8: c0020037                       tbnz w0, #0x0, #0x58
   4dc: 090040f9                       ldr x9, [x0]
   4e0: 290500f1                       subs x9, x9, #0x1
   4e4: 090000f9                       str x9, [x0]
   4e8: 41020054                       b.ne #0x48
   4ec: 00000094                       bl #0x0
        # hole +0x4ec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4f0: 880e40f9                       ldr x8, [x20, #0x18]
   4f4: 0f000014                       b #0x3c
   4f8: 00000094                       bl #0x0
        # hole +0x4f8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4fc: 090080d2                       mov x9, #0x0
        # hole +0x4fc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[40]+0
   500: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x500: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[40]+0
   504: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x504: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[40]+0
   508: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x508: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[40]+0
   50c: 69fc0736                       tbz w9, #0x0, #-0x74
   510: e5ffff17                       b #-0x6c
   514: 00000094                       bl #0x0
        # hole +0x514: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   518: 880e40f9                       ldr x8, [x20, #0x18]
   51c: 290c8052                       mov w9, #0x61
   520: a90200f9                       str x9, [x21]
   524: 004d40f9                       ldr x0, [x8, #0x98]
   528: 094d00f9                       str x9, [x8, #0x98]
   52c: 80fd0736                       tbz w0, #0x0, #-0x50
   530: 095140f9                       ldr x9, [x8, #0xa0]
   534: 2b014092                       and x11, x9, #0x1
   538: e9000036                       tbz w9, #0x0, #0x1c
   53c: a90200f9                       str x9, [x21]
   540: 0a5540f9                       ldr x10, [x8, #0xa8]
   544: 4a010036                       tbz w10, #0x0, #0x28
   548: aa0600f9                       str x10, [x21, #0x8]
   54c: eb0100b5                       cbnz x11, #0x3c
   550: 90010014                       b #0x640
   554: 2a0140f9                       ldr x10, [x9]
   558: 4a050091                       add x10, x10, #0x1
   55c: 2a0100f9                       str x10, [x9]
   560: a90200f9                       str x9, [x21]
   564: 0a5540f9                       ldr x10, [x8, #0xa8]
   568: 0aff0737                       tbnz w10, #0x0, #-0x20
   56c: 490140f9                       ldr x9, [x10]
   570: 29050091                       add x9, x9, #0x1
   574: 490100f9                       str x9, [x10]
   578: a90240f9                       ldr x9, [x21]
   57c: 2b014092                       and x11, x9, #0x1
   580: aa0600f9                       str x10, [x21, #0x8]
   584: 6b3000b4                       cbz x11, #0x60c
   588: 4a300036                       tbz w10, #0x0, #0x608
   58c: 29fd4193                       asr x9, x9, #1
   590: 29058acb                       sub x9, x9, x10, asr #1
   594: 0a00f8d2                       mov x10, #-0x4000000000000000
   598: 3f010aab                       cmn x9, x10
   59c: 05340054                       b.pl #0x680
   5a0: 2a008052                       mov w10, #0x1
   5a4: 490509aa                       orr x9, x10, x9, lsl #1
   5a8: a90200f9                       str x9, [x21]
   5ac: 005940f9                       ldr x0, [x8, #0xb0]
   5b0: 095900f9                       str x9, [x8, #0xb0]
   5b4: a0000037                       tbnz w0, #0x0, #0x14
   5b8: 080040f9                       ldr x8, [x0]
   5bc: 080500f1                       subs x8, x8, #0x1
   5c0: 080000f9                       str x8, [x0]
   5c4: c0030054                       b.eq #0x78
   5c8: 080080d2                       mov x8, #0x0
        # hole +0x5c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[51]+0
   5cc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5cc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[51]+0
   5d0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x5d0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[51]+0
   5d4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x5d4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[51]+0
   5d8: 88000037                       tbnz w8, #0x0, #0x10
   5dc: 090140f9                       ldr x9, [x8]
   5e0: 29050091                       add x9, x9, #0x1
   5e4: 090100f9                       str x9, [x8]
   5e8: 890e40f9                       ldr x9, [x20, #0x18]
   5ec: a80200f9                       str x8, [x21]
   5f0: 205d40f9                       ldr x0, [x9, #0xb8]
   5f4: 285d00f9                       str x8, [x9, #0xb8]
   5f8: a0000037                       tbnz w0, #0x0, #0x14
   5fc: 080040f9                       ldr x8, [x0]
   600: 080500f1                       subs x8, x8, #0x1
   604: 080000f9                       str x8, [x0]
   608: 80020054                       b.eq #0x50
   60c: e8208052                       mov w8, #0x107
   610: a80200f9                       str x8, [x21]
   614: 206140f9                       ldr x0, [x9, #0xc0]
   618: 286100f9                       str x8, [x9, #0xc0]
   61c: c0020037                       tbnz w0, #0x0, #0x58
   620: 080040f9                       ldr x8, [x0]
   624: 080500f1                       subs x8, x8, #0x1
   628: 080000f9                       str x8, [x0]
   62c: 41020054                       b.ne #0x48
   630: 00000094                       bl #0x0
        # hole +0x630: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   634: 890e40f9                       ldr x9, [x20, #0x18]
   638: 0f000014                       b #0x3c
   63c: 00000094                       bl #0x0
        # hole +0x63c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   640: 080080d2                       mov x8, #0x0
        # hole +0x640: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[51]+0
   644: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x644: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[51]+0
   648: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x648: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[51]+0
   64c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x64c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[51]+0
   650: 68fc0736                       tbz w8, #0x0, #-0x74
   654: e5ffff17                       b #-0x6c
   658: 00000094                       bl #0x0
        # hole +0x658: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   65c: 890e40f9                       ldr x9, [x20, #0x18]
   660: e8208052                       mov w8, #0x107
   664: a80200f9                       str x8, [x21]
   668: 206140f9                       ldr x0, [x9, #0xc0]
   66c: 286100f9                       str x8, [x9, #0xc0]
   670: 80fd0736                       tbz w0, #0x0, #-0x50
   674: 286540f9                       ldr x8, [x9, #0xc8]
   678: 0b014092                       and x11, x8, #0x1
   67c: e8000036                       tbz w8, #0x0, #0x1c
   680: a80200f9                       str x8, [x21]
   684: 2a6940f9                       ldr x10, [x9, #0xd0]
   688: 4a010036                       tbz w10, #0x0, #0x28
   68c: aa0600f9                       str x10, [x21, #0x8]
   690: eb0100b5                       cbnz x11, #0x3c
   694: 42010014                       b #0x508
   698: 0a0140f9                       ldr x10, [x8]
   69c: 4a050091                       add x10, x10, #0x1
   6a0: 0a0100f9                       str x10, [x8]
   6a4: a80200f9                       str x8, [x21]
   6a8: 2a6940f9                       ldr x10, [x9, #0xd0]
   6ac: 0aff0737                       tbnz w10, #0x0, #-0x20
   6b0: 480140f9                       ldr x8, [x10]
   6b4: 08050091                       add x8, x8, #0x1
   6b8: 480100f9                       str x8, [x10]
   6bc: a80240f9                       ldr x8, [x21]
   6c0: 0b014092                       and x11, x8, #0x1
   6c4: aa0600f9                       str x10, [x21, #0x8]
   6c8: ab2600b4                       cbz x11, #0x4d4
   6cc: 8a260036                       tbz w10, #0x0, #0x4d0
   6d0: 08fd4193                       asr x8, x8, #1
   6d4: 4bfd4193                       asr x11, x10, #1
   6d8: 054b8052                       mov w5, #0x258
   6dc: 0a7d0b9b                       mul x10, x8, x11
   6e0: 087d4b9b                       smulh x8, x8, x11
   6e4: 1ffd8aeb                       cmp x8, x10, asr #63
   6e8: 88078052                       mov w8, #0x3c
   6ec: e1260054                       b.ne #0x4dc
   6f0: 0b00f8d2                       mov x11, #-0x4000000000000000
   6f4: 4b010b8b                       add x11, x10, x11
   6f8: 8b26f8b6                       tbz x11, #0x3f, #0x4d0
   6fc: 28008052                       mov w8, #0x1
   700: 08050aaa                       orr x8, x8, x10, lsl #1
   704: a80200f9                       str x8, [x21]
   708: 206d40f9                       ldr x0, [x9, #0xd8]
   70c: 286d00f9                       str x8, [x9, #0xd8]
   710: a0000037                       tbnz w0, #0x0, #0x14
   714: 080040f9                       ldr x8, [x0]
   718: 080500f1                       subs x8, x8, #0x1
   71c: 080000f9                       str x8, [x0]
   720: c0030054                       b.eq #0x78
   724: 090080d2                       mov x9, #0x0
        # hole +0x724: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[62]+0
   728: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x728: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[62]+0
   72c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x72c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[62]+0
   730: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x730: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[62]+0
   734: 89000037                       tbnz w9, #0x0, #0x10
   738: 280140f9                       ldr x8, [x9]
   73c: 08050091                       add x8, x8, #0x1
   740: 280100f9                       str x8, [x9]
   744: 880e40f9                       ldr x8, [x20, #0x18]
   748: a90200f9                       str x9, [x21]
   74c: 007140f9                       ldr x0, [x8, #0xe0]
   750: 097100f9                       str x9, [x8, #0xe0]
   754: a0000037                       tbnz w0, #0x0, #0x14
   758: 090040f9                       ldr x9, [x0]
   75c: 290500f1                       subs x9, x9, #0x1
   760: 090000f9                       str x9, [x0]
   764: 80020054                       b.eq #0x50
   768: 69278052                       mov w9, #0x13b
   76c: a90200f9                       str x9, [x21]
   770: 007540f9                       ldr x0, [x8, #0xe8]
   774: 097500f9                       str x9, [x8, #0xe8]
   778: c0020037                       tbnz w0, #0x0, #0x58
   77c: 090040f9                       ldr x9, [x0]
   780: 290500f1                       subs x9, x9, #0x1
   784: 090000f9                       str x9, [x0]
   788: 41020054                       b.ne #0x48
   78c: 00000094                       bl #0x0
        # hole +0x78c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   790: 880e40f9                       ldr x8, [x20, #0x18]
   794: 0f000014                       b #0x3c
   798: 00000094                       bl #0x0
        # hole +0x798: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   79c: 090080d2                       mov x9, #0x0
        # hole +0x79c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[62]+0
   7a0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x7a0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[62]+0
   7a4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7a4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[62]+0
   7a8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7a8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[62]+0
   7ac: 69fc0736                       tbz w9, #0x0, #-0x74
   7b0: e5ffff17                       b #-0x6c
   7b4: 00000094                       bl #0x0
        # hole +0x7b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7b8: 880e40f9                       ldr x8, [x20, #0x18]
   7bc: 69278052                       mov w9, #0x13b
   7c0: a90200f9                       str x9, [x21]
   7c4: 007540f9                       ldr x0, [x8, #0xe8]
   7c8: 097500f9                       str x9, [x8, #0xe8]
   7cc: 80fd0736                       tbz w0, #0x0, #-0x50
   7d0: 097940f9                       ldr x9, [x8, #0xf0]
   7d4: 2b014092                       and x11, x9, #0x1
   7d8: e9000036                       tbz w9, #0x0, #0x1c
   7dc: a90200f9                       str x9, [x21]
   7e0: 0a7d40f9                       ldr x10, [x8, #0xf8]
   7e4: 4a010036                       tbz w10, #0x0, #0x28
   7e8: aa0600f9                       str x10, [x21, #0x8]
   7ec: eb0100b5                       cbnz x11, #0x3c
   7f0: ee000014                       b #0x3b8
   7f4: 2a0140f9                       ldr x10, [x9]
   7f8: 4a050091                       add x10, x10, #0x1
   7fc: 2a0100f9                       str x10, [x9]
   800: a90200f9                       str x9, [x21]
   804: 0a7d40f9                       ldr x10, [x8, #0xf8]
   808: 0aff0737                       tbnz w10, #0x0, #-0x20
   80c: 490140f9                       ldr x9, [x10]
   810: 29050091                       add x9, x9, #0x1
   814: 490100f9                       str x9, [x10]
   818: a90240f9                       ldr x9, [x21]
   81c: 2b014092                       and x11, x9, #0x1
   820: aa0600f9                       str x10, [x21, #0x8]
   824: 2b1c00b4                       cbz x11, #0x384
   828: 0a1c0036                       tbz w10, #0x0, #0x380
   82c: 4afd4193                       asr x10, x10, #1
   830: 4905898b                       add x9, x10, x9, asr #1
   834: 0a00f8d2                       mov x10, #-0x4000000000000000
   838: 3f010aab                       cmn x9, x10
   83c: 651f0054                       b.pl #0x3ec
   840: 2a008052                       mov w10, #0x1
   844: 490509aa                       orr x9, x10, x9, lsl #1
   848: a90200f9                       str x9, [x21]
   84c: 008140f9                       ldr x0, [x8, #0x100]
   850: 098100f9                       str x9, [x8, #0x100]
   854: a0000037                       tbnz w0, #0x0, #0x14
   858: 080040f9                       ldr x8, [x0]
   85c: 080500f1                       subs x8, x8, #0x1
   860: 080000f9                       str x8, [x0]
   864: c0030054                       b.eq #0x78
   868: 090080d2                       mov x9, #0x0
        # hole +0x868: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[73]+0
   86c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x86c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[73]+0
   870: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x870: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[73]+0
   874: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x874: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[73]+0
   878: 89000037                       tbnz w9, #0x0, #0x10
   87c: 280140f9                       ldr x8, [x9]
   880: 08050091                       add x8, x8, #0x1
   884: 280100f9                       str x8, [x9]
   888: 880e40f9                       ldr x8, [x20, #0x18]
   88c: a90200f9                       str x9, [x21]
   890: 008540f9                       ldr x0, [x8, #0x108]
   894: 098500f9                       str x9, [x8, #0x108]
   898: a0000037                       tbnz w0, #0x0, #0x14
   89c: 090040f9                       ldr x9, [x0]
   8a0: 290500f1                       subs x9, x9, #0x1
   8a4: 090000f9                       str x9, [x0]
   8a8: 80020054                       b.eq #0x50
   8ac: 29068052                       mov w9, #0x31
   8b0: a90200f9                       str x9, [x21]
   8b4: 008940f9                       ldr x0, [x8, #0x110]
   8b8: 098900f9                       str x9, [x8, #0x110]
   8bc: c0020037                       tbnz w0, #0x0, #0x58
   8c0: 090040f9                       ldr x9, [x0]
   8c4: 290500f1                       subs x9, x9, #0x1
   8c8: 090000f9                       str x9, [x0]
   8cc: 41020054                       b.ne #0x48
   8d0: 00000094                       bl #0x0
        # hole +0x8d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8d4: 880e40f9                       ldr x8, [x20, #0x18]
   8d8: 0f000014                       b #0x3c
   8dc: 00000094                       bl #0x0
        # hole +0x8dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8e0: 090080d2                       mov x9, #0x0
        # hole +0x8e0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[73]+0
   8e4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x8e4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[73]+0
   8e8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x8e8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[73]+0
   8ec: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x8ec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[73]+0
   8f0: 69fc0736                       tbz w9, #0x0, #-0x74
   8f4: e5ffff17                       b #-0x6c
   8f8: 00000094                       bl #0x0
        # hole +0x8f8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8fc: 880e40f9                       ldr x8, [x20, #0x18]
   900: 29068052                       mov w9, #0x31
   904: a90200f9                       str x9, [x21]
   908: 008940f9                       ldr x0, [x8, #0x110]
   90c: 098900f9                       str x9, [x8, #0x110]
   910: 80fd0736                       tbz w0, #0x0, #-0x50
   914: 098d40f9                       ldr x9, [x8, #0x118]
   918: 2b014092                       and x11, x9, #0x1
   91c: e9000036                       tbz w9, #0x0, #0x1c
   920: a90200f9                       str x9, [x21]
   924: 0a9140f9                       ldr x10, [x8, #0x120]
   928: 4a010036                       tbz w10, #0x0, #0x28
   92c: aa0600f9                       str x10, [x21, #0x8]
   930: eb0100b5                       cbnz x11, #0x3c
   934: a0000014                       b #0x280
   938: 2a0140f9                       ldr x10, [x9]
   93c: 4a050091                       add x10, x10, #0x1
   940: 2a0100f9                       str x10, [x9]
   944: a90200f9                       str x9, [x21]
   948: 0a9140f9                       ldr x10, [x8, #0x120]
   94c: 0aff0737                       tbnz w10, #0x0, #-0x20
   950: 490140f9                       ldr x9, [x10]
   954: 29050091                       add x9, x9, #0x1
   958: 490100f9                       str x9, [x10]
   95c: a90240f9                       ldr x9, [x21]
   960: 2b014092                       and x11, x9, #0x1
   964: aa0600f9                       str x10, [x21, #0x8]
   968: 6b1200b4                       cbz x11, #0x24c
   96c: 4a120036                       tbz w10, #0x0, #0x248
   970: 29fd4193                       asr x9, x9, #1
   974: 29058acb                       sub x9, x9, x10, asr #1
   978: 0a00f8d2                       mov x10, #-0x4000000000000000
   97c: 3f010aab                       cmn x9, x10
   980: a5150054                       b.pl #0x2b4
   984: 2a008052                       mov w10, #0x1
   988: 490509aa                       orr x9, x10, x9, lsl #1
   98c: a90200f9                       str x9, [x21]
   990: 009540f9                       ldr x0, [x8, #0x128]
   994: 099500f9                       str x9, [x8, #0x128]
   998: c0000037                       tbnz w0, #0x0, #0x18
   99c: 080040f9                       ldr x8, [x0]
   9a0: 080500f1                       subs x8, x8, #0x1
   9a4: 080000f9                       str x8, [x0]
   9a8: 41000054                       b.ne #0x8
   9ac: 00000094                       bl #0x0
        # hole +0x9ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9b0: 080080d2                       mov x8, #0x0
        # hole +0x9b0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[84]+0
   9b4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9b4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[84]+0
   9b8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x9b8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[84]+0
   9bc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x9bc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[84]+0
   9c0: 88000037                       tbnz w8, #0x0, #0x10
   9c4: 090140f9                       ldr x9, [x8]
   9c8: 29050091                       add x9, x9, #0x1
   9cc: 090100f9                       str x9, [x8]
   9d0: 890e40f9                       ldr x9, [x20, #0x18]
   9d4: a80200f9                       str x8, [x21]
   9d8: 209940f9                       ldr x0, [x9, #0x130]
   9dc: 289900f9                       str x8, [x9, #0x130]
   9e0: e0000037                       tbnz w0, #0x0, #0x1c
   9e4: 080040f9                       ldr x8, [x0]
   9e8: 080500f1                       subs x8, x8, #0x1
   9ec: 080000f9                       str x8, [x0]
   9f0: 61000054                       b.ne #0xc
   9f4: 00000094                       bl #0x0
        # hole +0x9f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9f8: 890e40f9                       ldr x9, [x20, #0x18]
   9fc: 28098052                       mov w8, #0x49
   a00: a80200f9                       str x8, [x21]
   a04: 209d40f9                       ldr x0, [x9, #0x138]
   a08: 289d00f9                       str x8, [x9, #0x138]
   a0c: e0000037                       tbnz w0, #0x0, #0x1c
   a10: 080040f9                       ldr x8, [x0]
   a14: 080500f1                       subs x8, x8, #0x1
   a18: 080000f9                       str x8, [x0]
   a1c: 61000054                       b.ne #0xc
   a20: 00000094                       bl #0x0
        # hole +0xa20: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a24: 890e40f9                       ldr x9, [x20, #0x18]
   a28: 28a140f9                       ldr x8, [x9, #0x140]
   a2c: 0b014092                       and x11, x8, #0x1
   a30: e8000036                       tbz w8, #0x0, #0x1c
   a34: a80200f9                       str x8, [x21]
   a38: 2aa540f9                       ldr x10, [x9, #0x148]
   a3c: 4a010036                       tbz w10, #0x0, #0x28
   a40: aa0600f9                       str x10, [x21, #0x8]
   a44: eb0100b5                       cbnz x11, #0x3c
   a48: 5e000014                       b #0x178
   a4c: 0a0140f9                       ldr x10, [x8]
   a50: 4a050091                       add x10, x10, #0x1
   a54: 0a0100f9                       str x10, [x8]
   a58: a80200f9                       str x8, [x21]
   a5c: 2aa540f9                       ldr x10, [x9, #0x148]
   a60: 0aff0737                       tbnz w10, #0x0, #-0x20
   a64: 480140f9                       ldr x8, [x10]
   a68: 08050091                       add x8, x8, #0x1
   a6c: 480100f9                       str x8, [x10]
   a70: a80240f9                       ldr x8, [x21]
   a74: 0b014092                       and x11, x8, #0x1
   a78: aa0600f9                       str x10, [x21, #0x8]
   a7c: 2b0a00b4                       cbz x11, #0x144
   a80: 0a0a0036                       tbz w10, #0x0, #0x140
   a84: 08fd4193                       asr x8, x8, #1
   a88: 4bfd4193                       asr x11, x10, #1
   a8c: 45748052                       mov w5, #0x3a2
   a90: 0a7d0b9b                       mul x10, x8, x11
   a94: 087d4b9b                       smulh x8, x8, x11
   a98: 1ffd8aeb                       cmp x8, x10, asr #63
   a9c: a80b8052                       mov w8, #0x5d
   aa0: 41090054                       b.ne #0x128
   aa4: 0b00f8d2                       mov x11, #-0x4000000000000000
   aa8: 4b010b8b                       add x11, x10, x11
   aac: eb08f8b6                       tbz x11, #0x3f, #0x11c
   ab0: 28008052                       mov w8, #0x1
   ab4: 08050aaa                       orr x8, x8, x10, lsl #1
   ab8: a80200f9                       str x8, [x21]
   abc: 20a940f9                       ldr x0, [x9, #0x150]
   ac0: 28a900f9                       str x8, [x9, #0x150]
   ac4: c0000037                       tbnz w0, #0x0, #0x18
   ac8: 080040f9                       ldr x8, [x0]
   acc: 080500f1                       subs x8, x8, #0x1
   ad0: 080000f9                       str x8, [x0]
   ad4: 41000054                       b.ne #0x8
   ad8: 00000094                       bl #0x0
        # hole +0xad8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   adc: 090080d2                       mov x9, #0x0
        # hole +0xadc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[95]+0
   ae0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xae0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[95]+0
   ae4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xae4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[95]+0
   ae8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xae8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[95]+0
   aec: 89000037                       tbnz w9, #0x0, #0x10
   af0: 280140f9                       ldr x8, [x9]
   af4: 08050091                       add x8, x8, #0x1
   af8: 280100f9                       str x8, [x9]
   afc: 880e40f9                       ldr x8, [x20, #0x18]
   b00: a90200f9                       str x9, [x21]
   b04: 00ad40f9                       ldr x0, [x8, #0x158]
   b08: 09ad00f9                       str x9, [x8, #0x158]
   b0c: e0000037                       tbnz w0, #0x0, #0x1c
   b10: 090040f9                       ldr x9, [x0]
   b14: 290500f1                       subs x9, x9, #0x1
   b18: 090000f9                       str x9, [x0]
   b1c: 61000054                       b.ne #0xc
   b20: 00000094                       bl #0x0
        # hole +0xb20: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b24: 880e40f9                       ldr x8, [x20, #0x18]
   b28: 692c8052                       mov w9, #0x163
   b2c: a90200f9                       str x9, [x21]
   b30: 00b140f9                       ldr x0, [x8, #0x160]
   b34: 09b100f9                       str x9, [x8, #0x160]
   b38: a0000037                       tbnz w0, #0x0, #0x14
   b3c: 080040f9                       ldr x8, [x0]
   b40: 080500f1                       subs x8, x8, #0x1
   b44: 080000f9                       str x8, [x0]
   b48: 60000054                       b.eq #0xc
   b4c: fe0741f8                       ldr x30, [sp], #0x10
   b50: 00000014                       b #0x0
        # hole +0xb50: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   b54: 00000094                       bl #0x0
        # hole +0xb54: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b58: fe0741f8                       ldr x30, [sp], #0x10
   b5c: 00000014                       b #0x0
        # hole +0xb5c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   b60: 05058052                       mov w5, #0x28
   b64: 88008052                       mov w8, #0x4
   b68: 18000014                       b #0x60
   b6c: c5128052                       mov w5, #0x96
   b70: e8018052                       mov w8, #0xf
   b74: 15000014                       b #0x54
   b78: 85208052                       mov w5, #0x104
   b7c: 48038052                       mov w8, #0x1a
   b80: 12000014                       b #0x48
   b84: 452e8052                       mov w5, #0x172
   b88: a8048052                       mov w8, #0x25
   b8c: 0f000014                       b #0x3c
   b90: 053c8052                       mov w5, #0x1e0
   b94: 08068052                       mov w8, #0x30
   b98: 0c000014                       b #0x30
   b9c: c5498052                       mov w5, #0x24e
   ba0: 68078052                       mov w8, #0x3b
   ba4: 09000014                       b #0x24
   ba8: 85578052                       mov w5, #0x2bc
   bac: c8088052                       mov w8, #0x46
   bb0: 06000014                       b #0x18
   bb4: 45658052                       mov w5, #0x32a
   bb8: 280a8052                       mov w8, #0x51
   bbc: 03000014                       b #0xc
   bc0: 05738052                       mov w5, #0x398
   bc4: 880b8052                       mov w8, #0x5c
   bc8: 090080d2                       mov x9, #0x0
        # hole +0xbc8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   bcc: a1420091                       add x1, x21, #0x10
   bd0: e00314aa                       mov x0, x20
   bd4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xbd4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   bd8: e20316aa                       mov x2, x22
   bdc: 23008052                       mov w3, #0x1
   be0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xbe0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   be4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xbe4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   be8: 2401088b                       add x4, x9, x8
   bec: 00000094                       bl #0x0
        # hole +0xbec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   bf0: fe0741f8                       ldr x30, [sp], #0x10
   bf4: c0035fd6                       ret
   bf8: 45068052                       mov w5, #0x32
   bfc: a8008052                       mov w8, #0x5
   c00: f2ffff17                       b #-0x38
   c04: 05148052                       mov w5, #0xa0
   c08: 08028052                       mov w8, #0x10
   c0c: efffff17                       b #-0x44
   c10: 852f8052                       mov w5, #0x17c
   c14: c8048052                       mov w8, #0x26
   c18: ecffff17                       b #-0x50
   c1c: 453d8052                       mov w5, #0x1ea
   c20: 28068052                       mov w8, #0x31
   c24: e9ffff17                       b #-0x5c
   c28: c5588052                       mov w5, #0x2c6
   c2c: e8088052                       mov w8, #0x47
   c30: e6ffff17                       b #-0x68
   c34: 85668052                       mov w5, #0x334
   c38: 480a8052                       mov w8, #0x52
   c3c: e3ffff17                       b #-0x74
