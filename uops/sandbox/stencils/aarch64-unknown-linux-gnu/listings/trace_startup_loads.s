# stencil startup_loads for aarch64-unknown-linux-gnu: 2840 code bytes, 0 data bytes, 69 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 090140f9                       ldr x9, [x8]
     c: 2b014092                       and x11, x9, #0x1
    10: 89000037                       tbnz w9, #0x0, #0x10
    14: 2a0140f9                       ldr x10, [x9]
    18: 4a050091                       add x10, x10, #0x1
    1c: 2a0100f9                       str x10, [x9]
    20: a90200f9                       str x9, [x21]
    24: 0a0540f9                       ldr x10, [x8, #0x8]
    28: ca000037                       tbnz w10, #0x0, #0x18
    2c: 490140f9                       ldr x9, [x10]
    30: 29050091                       add x9, x9, #0x1
    34: 490100f9                       str x9, [x10]
    38: a90240f9                       ldr x9, [x21]
    3c: 2b014092                       and x11, x9, #0x1
    40: 930080d2                       mov x19, #0x4
    44: 840080d2                       mov x4, #0x4
    48: 05058052                       mov w5, #0x28
    4c: 7301c0f2                       movk x19, #0xb, lsl #32
    50: 6401c0f2                       movk x4, #0xb, lsl #32
    54: aa0600f9                       str x10, [x21, #0x8]
    58: eb0a00b4                       cbz x11, #0x15c
    5c: ca0a0036                       tbz w10, #0x0, #0x158
    60: 4afd4193                       asr x10, x10, #1
    64: 4905898b                       add x9, x10, x9, asr #1
    68: 0a00f8d2                       mov x10, #-0x4000000000000000
    6c: 3f010aab                       cmn x9, x10
    70: 25250054                       b.pl #0x4a4
    74: 2a008052                       mov w10, #0x1
    78: 490509aa                       orr x9, x10, x9, lsl #1
    7c: a90200f9                       str x9, [x21]
    80: 000940f9                       ldr x0, [x8, #0x10]
    84: 090900f9                       str x9, [x8, #0x10]
    88: a0000037                       tbnz w0, #0x0, #0x14
    8c: 080040f9                       ldr x8, [x0]
    90: 080500f1                       subs x8, x8, #0x1
    94: 080000f9                       str x8, [x0]
    98: c0030054                       b.eq #0x78
    9c: 090080d2                       mov x9, #0x0
        # hole +0x9c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
    a0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xa0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
    a4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xa4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
    a8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xa8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
    ac: 89000037                       tbnz w9, #0x0, #0x10
    b0: 280140f9                       ldr x8, [x9]
    b4: 08050091                       add x8, x8, #0x1
    b8: 280100f9                       str x8, [x9]
    bc: 880e40f9                       ldr x8, [x20, #0x18]
    c0: a90200f9                       str x9, [x21]
    c4: 000d40f9                       ldr x0, [x8, #0x18]
    c8: 090d00f9                       str x9, [x8, #0x18]
    cc: a0000037                       tbnz w0, #0x0, #0x14
    d0: 090040f9                       ldr x9, [x0]
    d4: 290500f1                       subs x9, x9, #0x1
    d8: 090000f9                       str x9, [x0]
    dc: 80020054                       b.eq #0x50
    e0: e9238052                       mov w9, #0x11f
    e4: a90200f9                       str x9, [x21]
    e8: 001140f9                       ldr x0, [x8, #0x20]
    ec: 091100f9                       str x9, [x8, #0x20]
    f0: c0020037                       tbnz w0, #0x0, #0x58
    f4: 090040f9                       ldr x9, [x0]
    f8: 290500f1                       subs x9, x9, #0x1
    fc: 090000f9                       str x9, [x0]
   100: 41020054                       b.ne #0x48
   104: 00000094                       bl #0x0
        # hole +0x104: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   108: 880e40f9                       ldr x8, [x20, #0x18]
   10c: 0f000014                       b #0x3c
   110: 00000094                       bl #0x0
        # hole +0x110: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   114: 090080d2                       mov x9, #0x0
        # hole +0x114: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
   118: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x118: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
   11c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x11c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
   120: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x120: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
   124: 69fc0736                       tbz w9, #0x0, #-0x74
   128: e5ffff17                       b #-0x6c
   12c: 00000094                       bl #0x0
        # hole +0x12c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   130: 880e40f9                       ldr x8, [x20, #0x18]
   134: e9238052                       mov w9, #0x11f
   138: a90200f9                       str x9, [x21]
   13c: 001140f9                       ldr x0, [x8, #0x20]
   140: 091100f9                       str x9, [x8, #0x20]
   144: 80fd0736                       tbz w0, #0x0, #-0x50
   148: 091540f9                       ldr x9, [x8, #0x28]
   14c: 2b014092                       and x11, x9, #0x1
   150: 29010036                       tbz w9, #0x0, #0x24
   154: a90200f9                       str x9, [x21]
   158: 0a1940f9                       ldr x10, [x8, #0x30]
   15c: 8a010036                       tbz w10, #0x0, #0x30
   160: 642e0091                       add x4, x19, #0xb
   164: c5128052                       mov w5, #0x96
   168: aa0600f9                       str x10, [x21, #0x8]
   16c: 2b0200b5                       cbnz x11, #0x44
   170: 11000014                       b #0x44
   174: 2a0140f9                       ldr x10, [x9]
   178: 4a050091                       add x10, x10, #0x1
   17c: 2a0100f9                       str x10, [x9]
   180: a90200f9                       str x9, [x21]
   184: 0a1940f9                       ldr x10, [x8, #0x30]
   188: cafe0737                       tbnz w10, #0x0, #-0x28
   18c: 490140f9                       ldr x9, [x10]
   190: 29050091                       add x9, x9, #0x1
   194: 490100f9                       str x9, [x10]
   198: a90240f9                       ldr x9, [x21]
   19c: 2b014092                       and x11, x9, #0x1
   1a0: 642e0091                       add x4, x19, #0xb
   1a4: c5128052                       mov w5, #0x96
   1a8: aa0600f9                       str x10, [x21, #0x8]
   1ac: 4b0000b4                       cbz x11, #0x8
   1b0: 0a010037                       tbnz w10, #0x0, #0x20
   1b4: a1420091                       add x1, x21, #0x10
   1b8: e00314aa                       mov x0, x20
   1bc: e20316aa                       mov x2, x22
   1c0: 23008052                       mov w3, #0x1
   1c4: 00000094                       bl #0x0
        # hole +0x1c4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c8: fe0741f8                       ldr x30, [sp], #0x10
   1cc: c0035fd6                       ret
   1d0: 29fd4193                       asr x9, x9, #1
   1d4: 29058acb                       sub x9, x9, x10, asr #1
   1d8: 0a00f8d2                       mov x10, #-0x4000000000000000
   1dc: 3f010aab                       cmn x9, x10
   1e0: 25230054                       b.pl #0x464
   1e4: 2a008052                       mov w10, #0x1
   1e8: 490509aa                       orr x9, x10, x9, lsl #1
   1ec: a90200f9                       str x9, [x21]
   1f0: 001d40f9                       ldr x0, [x8, #0x38]
   1f4: 091d00f9                       str x9, [x8, #0x38]
   1f8: c0000037                       tbnz w0, #0x0, #0x18
   1fc: 080040f9                       ldr x8, [x0]
   200: 080500f1                       subs x8, x8, #0x1
   204: 080000f9                       str x8, [x0]
   208: 41000054                       b.ne #0x8
   20c: 00000094                       bl #0x0
        # hole +0x20c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   210: 090080d2                       mov x9, #0x0
        # hole +0x210: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[18]+0
   214: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x214: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[18]+0
   218: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x218: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[18]+0
   21c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x21c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[18]+0
   220: 89000037                       tbnz w9, #0x0, #0x10
   224: 280140f9                       ldr x8, [x9]
   228: 08050091                       add x8, x8, #0x1
   22c: 280100f9                       str x8, [x9]
   230: 880e40f9                       ldr x8, [x20, #0x18]
   234: a90200f9                       str x9, [x21]
   238: 002140f9                       ldr x0, [x8, #0x40]
   23c: 092100f9                       str x9, [x8, #0x40]
   240: e0000037                       tbnz w0, #0x0, #0x1c
   244: 090040f9                       ldr x9, [x0]
   248: 290500f1                       subs x9, x9, #0x1
   24c: 090000f9                       str x9, [x0]
   250: 61000054                       b.ne #0xc
   254: 00000094                       bl #0x0
        # hole +0x254: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   258: 880e40f9                       ldr x8, [x20, #0x18]
   25c: e9318052                       mov w9, #0x18f
   260: a90200f9                       str x9, [x21]
   264: 002540f9                       ldr x0, [x8, #0x48]
   268: 092500f9                       str x9, [x8, #0x48]
   26c: e0000037                       tbnz w0, #0x0, #0x1c
   270: 090040f9                       ldr x9, [x0]
   274: 290500f1                       subs x9, x9, #0x1
   278: 090000f9                       str x9, [x0]
   27c: 61000054                       b.ne #0xc
   280: 00000094                       bl #0x0
        # hole +0x280: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   284: 880e40f9                       ldr x8, [x20, #0x18]
   288: 092940f9                       ldr x9, [x8, #0x50]
   28c: 2b014092                       and x11, x9, #0x1
   290: 29010036                       tbz w9, #0x0, #0x24
   294: a90200f9                       str x9, [x21]
   298: 0a2d40f9                       ldr x10, [x8, #0x58]
   29c: 8a010036                       tbz w10, #0x0, #0x30
   2a0: 645a0091                       add x4, x19, #0x16
   2a4: 85208052                       mov w5, #0x104
   2a8: aa0600f9                       str x10, [x21, #0x8]
   2ac: 2b0200b5                       cbnz x11, #0x44
   2b0: c1ffff17                       b #-0xfc
   2b4: 2a0140f9                       ldr x10, [x9]
   2b8: 4a050091                       add x10, x10, #0x1
   2bc: 2a0100f9                       str x10, [x9]
   2c0: a90200f9                       str x9, [x21]
   2c4: 0a2d40f9                       ldr x10, [x8, #0x58]
   2c8: cafe0737                       tbnz w10, #0x0, #-0x28
   2cc: 490140f9                       ldr x9, [x10]
   2d0: 29050091                       add x9, x9, #0x1
   2d4: 490100f9                       str x9, [x10]
   2d8: a90240f9                       ldr x9, [x21]
   2dc: 2b014092                       and x11, x9, #0x1
   2e0: 645a0091                       add x4, x19, #0x16
   2e4: 85208052                       mov w5, #0x104
   2e8: aa0600f9                       str x10, [x21, #0x8]
   2ec: 4bf6ffb4                       cbz x11, #-0x138
   2f0: 2af60736                       tbz w10, #0x0, #-0x13c
   2f4: 2bfd4193                       asr x11, x9, #1
   2f8: 4afd4193                       asr x10, x10, #1
   2fc: 645e0091                       add x4, x19, #0x17
   300: c5218052                       mov w5, #0x10e
   304: 697d0a9b                       mul x9, x11, x10
   308: 6a7d4a9b                       smulh x10, x11, x10
   30c: 5ffd89eb                       cmp x10, x9, asr #63
   310: 21f5ff54                       b.ne #-0x15c
   314: 0a00f8d2                       mov x10, #-0x4000000000000000
   318: 2a010a8b                       add x10, x9, x10
   31c: caf4ffb6                       tbz x10, #0x3f, #-0x168
   320: 2a008052                       mov w10, #0x1
   324: 490509aa                       orr x9, x10, x9, lsl #1
   328: a90200f9                       str x9, [x21]
   32c: 003140f9                       ldr x0, [x8, #0x60]
   330: 093100f9                       str x9, [x8, #0x60]
   334: c0000037                       tbnz w0, #0x0, #0x18
   338: 080040f9                       ldr x8, [x0]
   33c: 080500f1                       subs x8, x8, #0x1
   340: 080000f9                       str x8, [x0]
   344: 41000054                       b.ne #0x8
   348: 00000094                       bl #0x0
        # hole +0x348: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   34c: 090080d2                       mov x9, #0x0
        # hole +0x34c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[29]+0
   350: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x350: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[29]+0
   354: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x354: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[29]+0
   358: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x358: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[29]+0
   35c: 89000037                       tbnz w9, #0x0, #0x10
   360: 280140f9                       ldr x8, [x9]
   364: 08050091                       add x8, x8, #0x1
   368: 280100f9                       str x8, [x9]
   36c: 880e40f9                       ldr x8, [x20, #0x18]
   370: a90200f9                       str x9, [x21]
   374: 003540f9                       ldr x0, [x8, #0x68]
   378: 093500f9                       str x9, [x8, #0x68]
   37c: e0000037                       tbnz w0, #0x0, #0x1c
   380: 090040f9                       ldr x9, [x0]
   384: 290500f1                       subs x9, x9, #0x1
   388: 090000f9                       str x9, [x0]
   38c: 61000054                       b.ne #0xc
   390: 00000094                       bl #0x0
        # hole +0x390: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   394: 880e40f9                       ldr x8, [x20, #0x18]
   398: a9208052                       mov w9, #0x105
   39c: a90200f9                       str x9, [x21]
   3a0: 003940f9                       ldr x0, [x8, #0x70]
   3a4: 093900f9                       str x9, [x8, #0x70]
   3a8: e0000037                       tbnz w0, #0x0, #0x1c
   3ac: 090040f9                       ldr x9, [x0]
   3b0: 290500f1                       subs x9, x9, #0x1
   3b4: 090000f9                       str x9, [x0]
   3b8: 61000054                       b.ne #0xc
   3bc: 00000094                       bl #0x0
        # hole +0x3bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3c0: 880e40f9                       ldr x8, [x20, #0x18]
   3c4: 093d40f9                       ldr x9, [x8, #0x78]
   3c8: 2b014092                       and x11, x9, #0x1
   3cc: 29010036                       tbz w9, #0x0, #0x24
   3d0: a90200f9                       str x9, [x21]
   3d4: 0a4140f9                       ldr x10, [x8, #0x80]
   3d8: 8a010036                       tbz w10, #0x0, #0x30
   3dc: 64860091                       add x4, x19, #0x21
   3e0: 452e8052                       mov w5, #0x172
   3e4: aa0600f9                       str x10, [x21, #0x8]
   3e8: 2b0200b5                       cbnz x11, #0x44
   3ec: 72ffff17                       b #-0x238
   3f0: 2a0140f9                       ldr x10, [x9]
   3f4: 4a050091                       add x10, x10, #0x1
   3f8: 2a0100f9                       str x10, [x9]
   3fc: a90200f9                       str x9, [x21]
   400: 0a4140f9                       ldr x10, [x8, #0x80]
   404: cafe0737                       tbnz w10, #0x0, #-0x28
   408: 490140f9                       ldr x9, [x10]
   40c: 29050091                       add x9, x9, #0x1
   410: 490100f9                       str x9, [x10]
   414: a90240f9                       ldr x9, [x21]
   418: 2b014092                       and x11, x9, #0x1
   41c: 64860091                       add x4, x19, #0x21
   420: 452e8052                       mov w5, #0x172
   424: aa0600f9                       str x10, [x21, #0x8]
   428: 6becffb4                       cbz x11, #-0x274
   42c: 4aec0736                       tbz w10, #0x0, #-0x278
   430: 4afd4193                       asr x10, x10, #1
   434: 4905898b                       add x9, x10, x9, asr #1
   438: 0a00f8d2                       mov x10, #-0x4000000000000000
   43c: 3f010aab                       cmn x9, x10
   440: 85230054                       b.pl #0x470
   444: 2a008052                       mov w10, #0x1
   448: 490509aa                       orr x9, x10, x9, lsl #1
   44c: a90200f9                       str x9, [x21]
   450: 004540f9                       ldr x0, [x8, #0x88]
   454: 094500f9                       str x9, [x8, #0x88]
   458: c0000037                       tbnz w0, #0x0, #0x18
   45c: 080040f9                       ldr x8, [x0]
   460: 080500f1                       subs x8, x8, #0x1
   464: 080000f9                       str x8, [x0]
   468: 41000054                       b.ne #0x8
   46c: 00000094                       bl #0x0
        # hole +0x46c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   470: 090080d2                       mov x9, #0x0
        # hole +0x470: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[40]+0
   474: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x474: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[40]+0
   478: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x478: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[40]+0
   47c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x47c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[40]+0
   480: 89000037                       tbnz w9, #0x0, #0x10
   484: 280140f9                       ldr x8, [x9]
   488: 08050091                       add x8, x8, #0x1
   48c: 280100f9                       str x8, [x9]
   490: 880e40f9                       ldr x8, [x20, #0x18]
   494: a90200f9                       str x9, [x21]
   498: 004940f9                       ldr x0, [x8, #0x90]
   49c: 094900f9                       str x9, [x8, #0x90]
   4a0: e0000037                       tbnz w0, #0x0, #0x1c
   4a4: 090040f9                       ldr x9, [x0]
   4a8: 290500f1                       subs x9, x9, #0x1
   4ac: 090000f9                       str x9, [x0]
   4b0: 61000054                       b.ne #0xc
   4b4: 00000094                       bl #0x0
        # hole +0x4b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4b8: 880e40f9                       ldr x8, [x20, #0x18]
   4bc: 290c8052                       mov w9, #0x61
   4c0: a90200f9                       str x9, [x21]
   4c4: 004d40f9                       ldr x0, [x8, #0x98]
   4c8: 094d00f9                       str x9, [x8, #0x98]
   4cc: e0000037                       tbnz w0, #0x0, #0x1c
   4d0: 090040f9                       ldr x9, [x0]
   4d4: 290500f1                       subs x9, x9, #0x1
   4d8: 090000f9                       str x9, [x0]
   4dc: 61000054                       b.ne #0xc
   4e0: 00000094                       bl #0x0
        # hole +0x4e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4e4: 880e40f9                       ldr x8, [x20, #0x18]
   4e8: 095140f9                       ldr x9, [x8, #0xa0]
   4ec: 2b014092                       and x11, x9, #0x1
   4f0: 89010036                       tbz w9, #0x0, #0x30
   4f4: a90200f9                       str x9, [x21]
   4f8: 0a5540f9                       ldr x10, [x8, #0xa8]
   4fc: ea010036                       tbz w10, #0x0, #0x3c
   500: 64b20091                       add x4, x19, #0x2c
   504: 053c8052                       mov w5, #0x1e0
   508: aa0600f9                       str x10, [x21, #0x8]
   50c: 8b0200b5                       cbnz x11, #0x50
   510: 29ffff17                       b #-0x35c
   514: 64060091                       add x4, x19, #0x1
   518: 45068052                       mov w5, #0x32
   51c: 26ffff17                       b #-0x368
   520: 2a0140f9                       ldr x10, [x9]
   524: 4a050091                       add x10, x10, #0x1
   528: 2a0100f9                       str x10, [x9]
   52c: a90200f9                       str x9, [x21]
   530: 0a5540f9                       ldr x10, [x8, #0xa8]
   534: 6afe0737                       tbnz w10, #0x0, #-0x34
   538: 490140f9                       ldr x9, [x10]
   53c: 29050091                       add x9, x9, #0x1
   540: 490100f9                       str x9, [x10]
   544: a90240f9                       ldr x9, [x21]
   548: 2b014092                       and x11, x9, #0x1
   54c: 64b20091                       add x4, x19, #0x2c
   550: 053c8052                       mov w5, #0x1e0
   554: aa0600f9                       str x10, [x21, #0x8]
   558: ebe2ffb4                       cbz x11, #-0x3a4
   55c: cae20736                       tbz w10, #0x0, #-0x3a8
   560: 29fd4193                       asr x9, x9, #1
   564: 29058acb                       sub x9, x9, x10, asr #1
   568: 0a00f8d2                       mov x10, #-0x4000000000000000
   56c: 3f010aab                       cmn x9, x10
   570: 85230054                       b.pl #0x470
   574: 2a008052                       mov w10, #0x1
   578: 490509aa                       orr x9, x10, x9, lsl #1
   57c: a90200f9                       str x9, [x21]
   580: 005940f9                       ldr x0, [x8, #0xb0]
   584: 095900f9                       str x9, [x8, #0xb0]
   588: c0000037                       tbnz w0, #0x0, #0x18
   58c: 080040f9                       ldr x8, [x0]
   590: 080500f1                       subs x8, x8, #0x1
   594: 080000f9                       str x8, [x0]
   598: 41000054                       b.ne #0x8
   59c: 00000094                       bl #0x0
        # hole +0x59c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5a0: 090080d2                       mov x9, #0x0
        # hole +0x5a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[51]+0
   5a4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x5a4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[51]+0
   5a8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x5a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[51]+0
   5ac: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x5ac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[51]+0
   5b0: 89000037                       tbnz w9, #0x0, #0x10
   5b4: 280140f9                       ldr x8, [x9]
   5b8: 08050091                       add x8, x8, #0x1
   5bc: 280100f9                       str x8, [x9]
   5c0: 880e40f9                       ldr x8, [x20, #0x18]
   5c4: a90200f9                       str x9, [x21]
   5c8: 005d40f9                       ldr x0, [x8, #0xb8]
   5cc: 095d00f9                       str x9, [x8, #0xb8]
   5d0: e0000037                       tbnz w0, #0x0, #0x1c
   5d4: 090040f9                       ldr x9, [x0]
   5d8: 290500f1                       subs x9, x9, #0x1
   5dc: 090000f9                       str x9, [x0]
   5e0: 61000054                       b.ne #0xc
   5e4: 00000094                       bl #0x0
        # hole +0x5e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5e8: 880e40f9                       ldr x8, [x20, #0x18]
   5ec: e9208052                       mov w9, #0x107
   5f0: a90200f9                       str x9, [x21]
   5f4: 006140f9                       ldr x0, [x8, #0xc0]
   5f8: 096100f9                       str x9, [x8, #0xc0]
   5fc: e0000037                       tbnz w0, #0x0, #0x1c
   600: 090040f9                       ldr x9, [x0]
   604: 290500f1                       subs x9, x9, #0x1
   608: 090000f9                       str x9, [x0]
   60c: 61000054                       b.ne #0xc
   610: 00000094                       bl #0x0
        # hole +0x610: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   614: 880e40f9                       ldr x8, [x20, #0x18]
   618: 096540f9                       ldr x9, [x8, #0xc8]
   61c: 2b014092                       and x11, x9, #0x1
   620: 89010036                       tbz w9, #0x0, #0x30
   624: a90200f9                       str x9, [x21]
   628: 0a6940f9                       ldr x10, [x8, #0xd0]
   62c: ea010036                       tbz w10, #0x0, #0x3c
   630: 64de0091                       add x4, x19, #0x37
   634: c5498052                       mov w5, #0x24e
   638: aa0600f9                       str x10, [x21, #0x8]
   63c: 8b0200b5                       cbnz x11, #0x50
   640: ddfeff17                       b #-0x48c
   644: 64320091                       add x4, x19, #0xc
   648: 05148052                       mov w5, #0xa0
   64c: dafeff17                       b #-0x498
   650: 2a0140f9                       ldr x10, [x9]
   654: 4a050091                       add x10, x10, #0x1
   658: 2a0100f9                       str x10, [x9]
   65c: a90200f9                       str x9, [x21]
   660: 0a6940f9                       ldr x10, [x8, #0xd0]
   664: 6afe0737                       tbnz w10, #0x0, #-0x34
   668: 490140f9                       ldr x9, [x10]
   66c: 29050091                       add x9, x9, #0x1
   670: 490100f9                       str x9, [x10]
   674: a90240f9                       ldr x9, [x21]
   678: 2b014092                       and x11, x9, #0x1
   67c: 64de0091                       add x4, x19, #0x37
   680: c5498052                       mov w5, #0x24e
   684: aa0600f9                       str x10, [x21, #0x8]
   688: 6bd9ffb4                       cbz x11, #-0x4d4
   68c: 4ad90736                       tbz w10, #0x0, #-0x4d8
   690: 2bfd4193                       asr x11, x9, #1
   694: 4afd4193                       asr x10, x10, #1
   698: 64e20091                       add x4, x19, #0x38
   69c: 054b8052                       mov w5, #0x258
   6a0: 697d0a9b                       mul x9, x11, x10
   6a4: 6a7d4a9b                       smulh x10, x11, x10
   6a8: 5ffd89eb                       cmp x10, x9, asr #63
   6ac: 41d8ff54                       b.ne #-0x4f8
   6b0: 0a00f8d2                       mov x10, #-0x4000000000000000
   6b4: 2a010a8b                       add x10, x9, x10
   6b8: ead7ffb6                       tbz x10, #0x3f, #-0x504
   6bc: 2a008052                       mov w10, #0x1
   6c0: 490509aa                       orr x9, x10, x9, lsl #1
   6c4: a90200f9                       str x9, [x21]
   6c8: 006d40f9                       ldr x0, [x8, #0xd8]
   6cc: 096d00f9                       str x9, [x8, #0xd8]
   6d0: c0000037                       tbnz w0, #0x0, #0x18
   6d4: 080040f9                       ldr x8, [x0]
   6d8: 080500f1                       subs x8, x8, #0x1
   6dc: 080000f9                       str x8, [x0]
   6e0: 41000054                       b.ne #0x8
   6e4: 00000094                       bl #0x0
        # hole +0x6e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6e8: 090080d2                       mov x9, #0x0
        # hole +0x6e8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[62]+0
   6ec: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x6ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[62]+0
   6f0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x6f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[62]+0
   6f4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x6f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[62]+0
   6f8: 89000037                       tbnz w9, #0x0, #0x10
   6fc: 280140f9                       ldr x8, [x9]
   700: 08050091                       add x8, x8, #0x1
   704: 280100f9                       str x8, [x9]
   708: 880e40f9                       ldr x8, [x20, #0x18]
   70c: a90200f9                       str x9, [x21]
   710: 007140f9                       ldr x0, [x8, #0xe0]
   714: 097100f9                       str x9, [x8, #0xe0]
   718: e0000037                       tbnz w0, #0x0, #0x1c
   71c: 090040f9                       ldr x9, [x0]
   720: 290500f1                       subs x9, x9, #0x1
   724: 090000f9                       str x9, [x0]
   728: 61000054                       b.ne #0xc
   72c: 00000094                       bl #0x0
        # hole +0x72c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   730: 880e40f9                       ldr x8, [x20, #0x18]
   734: 69278052                       mov w9, #0x13b
   738: a90200f9                       str x9, [x21]
   73c: 007540f9                       ldr x0, [x8, #0xe8]
   740: 097500f9                       str x9, [x8, #0xe8]
   744: e0000037                       tbnz w0, #0x0, #0x1c
   748: 090040f9                       ldr x9, [x0]
   74c: 290500f1                       subs x9, x9, #0x1
   750: 090000f9                       str x9, [x0]
   754: 61000054                       b.ne #0xc
   758: 00000094                       bl #0x0
        # hole +0x758: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   75c: 880e40f9                       ldr x8, [x20, #0x18]
   760: 097940f9                       ldr x9, [x8, #0xf0]
   764: 2b014092                       and x11, x9, #0x1
   768: 29010036                       tbz w9, #0x0, #0x24
   76c: a90200f9                       str x9, [x21]
   770: 0a7d40f9                       ldr x10, [x8, #0xf8]
   774: 8a010036                       tbz w10, #0x0, #0x30
   778: 640a0191                       add x4, x19, #0x42
   77c: 85578052                       mov w5, #0x2bc
   780: aa0600f9                       str x10, [x21, #0x8]
   784: 2b0200b5                       cbnz x11, #0x44
   788: 8bfeff17                       b #-0x5d4
   78c: 2a0140f9                       ldr x10, [x9]
   790: 4a050091                       add x10, x10, #0x1
   794: 2a0100f9                       str x10, [x9]
   798: a90200f9                       str x9, [x21]
   79c: 0a7d40f9                       ldr x10, [x8, #0xf8]
   7a0: cafe0737                       tbnz w10, #0x0, #-0x28
   7a4: 490140f9                       ldr x9, [x10]
   7a8: 29050091                       add x9, x9, #0x1
   7ac: 490100f9                       str x9, [x10]
   7b0: a90240f9                       ldr x9, [x21]
   7b4: 2b014092                       and x11, x9, #0x1
   7b8: 640a0191                       add x4, x19, #0x42
   7bc: 85578052                       mov w5, #0x2bc
   7c0: aa0600f9                       str x10, [x21, #0x8]
   7c4: 8bcfffb4                       cbz x11, #-0x610
   7c8: 6acf0736                       tbz w10, #0x0, #-0x614
   7cc: 4afd4193                       asr x10, x10, #1
   7d0: 4905898b                       add x9, x10, x9, asr #1
   7d4: 0a00f8d2                       mov x10, #-0x4000000000000000
   7d8: 3f010aab                       cmn x9, x10
   7dc: 25190054                       b.pl #0x324
   7e0: 2a008052                       mov w10, #0x1
   7e4: 490509aa                       orr x9, x10, x9, lsl #1
   7e8: a90200f9                       str x9, [x21]
   7ec: 008140f9                       ldr x0, [x8, #0x100]
   7f0: 098100f9                       str x9, [x8, #0x100]
   7f4: c0000037                       tbnz w0, #0x0, #0x18
   7f8: 080040f9                       ldr x8, [x0]
   7fc: 080500f1                       subs x8, x8, #0x1
   800: 080000f9                       str x8, [x0]
   804: 41000054                       b.ne #0x8
   808: 00000094                       bl #0x0
        # hole +0x808: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   80c: 090080d2                       mov x9, #0x0
        # hole +0x80c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[73]+0
   810: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x810: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[73]+0
   814: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x814: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[73]+0
   818: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x818: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[73]+0
   81c: 89000037                       tbnz w9, #0x0, #0x10
   820: 280140f9                       ldr x8, [x9]
   824: 08050091                       add x8, x8, #0x1
   828: 280100f9                       str x8, [x9]
   82c: 880e40f9                       ldr x8, [x20, #0x18]
   830: a90200f9                       str x9, [x21]
   834: 008540f9                       ldr x0, [x8, #0x108]
   838: 098500f9                       str x9, [x8, #0x108]
   83c: e0000037                       tbnz w0, #0x0, #0x1c
   840: 090040f9                       ldr x9, [x0]
   844: 290500f1                       subs x9, x9, #0x1
   848: 090000f9                       str x9, [x0]
   84c: 61000054                       b.ne #0xc
   850: 00000094                       bl #0x0
        # hole +0x850: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   854: 880e40f9                       ldr x8, [x20, #0x18]
   858: 29068052                       mov w9, #0x31
   85c: a90200f9                       str x9, [x21]
   860: 008940f9                       ldr x0, [x8, #0x110]
   864: 098900f9                       str x9, [x8, #0x110]
   868: e0000037                       tbnz w0, #0x0, #0x1c
   86c: 090040f9                       ldr x9, [x0]
   870: 290500f1                       subs x9, x9, #0x1
   874: 090000f9                       str x9, [x0]
   878: 61000054                       b.ne #0xc
   87c: 00000094                       bl #0x0
        # hole +0x87c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   880: 880e40f9                       ldr x8, [x20, #0x18]
   884: 098d40f9                       ldr x9, [x8, #0x118]
   888: 2b014092                       and x11, x9, #0x1
   88c: 89010036                       tbz w9, #0x0, #0x30
   890: a90200f9                       str x9, [x21]
   894: 0a9140f9                       ldr x10, [x8, #0x120]
   898: ea010036                       tbz w10, #0x0, #0x3c
   89c: 64360191                       add x4, x19, #0x4d
   8a0: 45658052                       mov w5, #0x32a
   8a4: aa0600f9                       str x10, [x21, #0x8]
   8a8: 8b0200b5                       cbnz x11, #0x50
   8ac: 42feff17                       b #-0x6f8
   8b0: 648a0091                       add x4, x19, #0x22
   8b4: 852f8052                       mov w5, #0x17c
   8b8: 3ffeff17                       b #-0x704
   8bc: 2a0140f9                       ldr x10, [x9]
   8c0: 4a050091                       add x10, x10, #0x1
   8c4: 2a0100f9                       str x10, [x9]
   8c8: a90200f9                       str x9, [x21]
   8cc: 0a9140f9                       ldr x10, [x8, #0x120]
   8d0: 6afe0737                       tbnz w10, #0x0, #-0x34
   8d4: 490140f9                       ldr x9, [x10]
   8d8: 29050091                       add x9, x9, #0x1
   8dc: 490100f9                       str x9, [x10]
   8e0: a90240f9                       ldr x9, [x21]
   8e4: 2b014092                       and x11, x9, #0x1
   8e8: 64360191                       add x4, x19, #0x4d
   8ec: 45658052                       mov w5, #0x32a
   8f0: aa0600f9                       str x10, [x21, #0x8]
   8f4: 0bc6ffb4                       cbz x11, #-0x740
   8f8: eac50736                       tbz w10, #0x0, #-0x744
   8fc: 29fd4193                       asr x9, x9, #1
   900: 29058acb                       sub x9, x9, x10, asr #1
   904: 0a00f8d2                       mov x10, #-0x4000000000000000
   908: 3f010aab                       cmn x9, x10
   90c: 05100054                       b.pl #0x200
   910: 2a008052                       mov w10, #0x1
   914: 490509aa                       orr x9, x10, x9, lsl #1
   918: a90200f9                       str x9, [x21]
   91c: 009540f9                       ldr x0, [x8, #0x128]
   920: 099500f9                       str x9, [x8, #0x128]
   924: c0000037                       tbnz w0, #0x0, #0x18
   928: 080040f9                       ldr x8, [x0]
   92c: 080500f1                       subs x8, x8, #0x1
   930: 080000f9                       str x8, [x0]
   934: 41000054                       b.ne #0x8
   938: 00000094                       bl #0x0
        # hole +0x938: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   93c: 090080d2                       mov x9, #0x0
        # hole +0x93c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[84]+0
   940: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x940: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[84]+0
   944: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x944: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[84]+0
   948: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x948: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[84]+0
   94c: 89000037                       tbnz w9, #0x0, #0x10
   950: 280140f9                       ldr x8, [x9]
   954: 08050091                       add x8, x8, #0x1
   958: 280100f9                       str x8, [x9]
   95c: 880e40f9                       ldr x8, [x20, #0x18]
   960: a90200f9                       str x9, [x21]
   964: 009940f9                       ldr x0, [x8, #0x130]
   968: 099900f9                       str x9, [x8, #0x130]
   96c: e0000037                       tbnz w0, #0x0, #0x1c
   970: 090040f9                       ldr x9, [x0]
   974: 290500f1                       subs x9, x9, #0x1
   978: 090000f9                       str x9, [x0]
   97c: 61000054                       b.ne #0xc
   980: 00000094                       bl #0x0
        # hole +0x980: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   984: 880e40f9                       ldr x8, [x20, #0x18]
   988: 29098052                       mov w9, #0x49
   98c: a90200f9                       str x9, [x21]
   990: 009d40f9                       ldr x0, [x8, #0x138]
   994: 099d00f9                       str x9, [x8, #0x138]
   998: e0000037                       tbnz w0, #0x0, #0x1c
   99c: 090040f9                       ldr x9, [x0]
   9a0: 290500f1                       subs x9, x9, #0x1
   9a4: 090000f9                       str x9, [x0]
   9a8: 61000054                       b.ne #0xc
   9ac: 00000094                       bl #0x0
        # hole +0x9ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9b0: 880e40f9                       ldr x8, [x20, #0x18]
   9b4: 09a140f9                       ldr x9, [x8, #0x140]
   9b8: 2b014092                       and x11, x9, #0x1
   9bc: 89010036                       tbz w9, #0x0, #0x30
   9c0: a90200f9                       str x9, [x21]
   9c4: 0aa540f9                       ldr x10, [x8, #0x148]
   9c8: ea010036                       tbz w10, #0x0, #0x3c
   9cc: 64620191                       add x4, x19, #0x58
   9d0: 05738052                       mov w5, #0x398
   9d4: aa0600f9                       str x10, [x21, #0x8]
   9d8: 8b0200b5                       cbnz x11, #0x50
   9dc: f6fdff17                       b #-0x828
   9e0: 64b60091                       add x4, x19, #0x2d
   9e4: 453d8052                       mov w5, #0x1ea
   9e8: f3fdff17                       b #-0x834
   9ec: 2a0140f9                       ldr x10, [x9]
   9f0: 4a050091                       add x10, x10, #0x1
   9f4: 2a0100f9                       str x10, [x9]
   9f8: a90200f9                       str x9, [x21]
   9fc: 0aa540f9                       ldr x10, [x8, #0x148]
   a00: 6afe0737                       tbnz w10, #0x0, #-0x34
   a04: 490140f9                       ldr x9, [x10]
   a08: 29050091                       add x9, x9, #0x1
   a0c: 490100f9                       str x9, [x10]
   a10: a90240f9                       ldr x9, [x21]
   a14: 2b014092                       and x11, x9, #0x1
   a18: 64620191                       add x4, x19, #0x58
   a1c: 05738052                       mov w5, #0x398
   a20: aa0600f9                       str x10, [x21, #0x8]
   a24: 8bbcffb4                       cbz x11, #-0x870
   a28: 6abc0736                       tbz w10, #0x0, #-0x874
   a2c: 2bfd4193                       asr x11, x9, #1
   a30: 4afd4193                       asr x10, x10, #1
   a34: 64660191                       add x4, x19, #0x59
   a38: 45748052                       mov w5, #0x3a2
   a3c: 697d0a9b                       mul x9, x11, x10
   a40: 6a7d4a9b                       smulh x10, x11, x10
   a44: 5ffd89eb                       cmp x10, x9, asr #63
   a48: 61bbff54                       b.ne #-0x894
   a4c: 0a00f8d2                       mov x10, #-0x4000000000000000
   a50: 2a010a8b                       add x10, x9, x10
   a54: 0abbffb6                       tbz x10, #0x3f, #-0x8a0
   a58: 2a008052                       mov w10, #0x1
   a5c: 490509aa                       orr x9, x10, x9, lsl #1
   a60: a90200f9                       str x9, [x21]
   a64: 00a940f9                       ldr x0, [x8, #0x150]
   a68: 09a900f9                       str x9, [x8, #0x150]
   a6c: c0000037                       tbnz w0, #0x0, #0x18
   a70: 080040f9                       ldr x8, [x0]
   a74: 080500f1                       subs x8, x8, #0x1
   a78: 080000f9                       str x8, [x0]
   a7c: 41000054                       b.ne #0x8
   a80: 00000094                       bl #0x0
        # hole +0xa80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a84: 090080d2                       mov x9, #0x0
        # hole +0xa84: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[95]+0
   a88: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xa88: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[95]+0
   a8c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xa8c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[95]+0
   a90: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xa90: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[95]+0
   a94: 89000037                       tbnz w9, #0x0, #0x10
   a98: 280140f9                       ldr x8, [x9]
   a9c: 08050091                       add x8, x8, #0x1
   aa0: 280100f9                       str x8, [x9]
   aa4: 880e40f9                       ldr x8, [x20, #0x18]
   aa8: a90200f9                       str x9, [x21]
   aac: 00ad40f9                       ldr x0, [x8, #0x158]
   ab0: 09ad00f9                       str x9, [x8, #0x158]
   ab4: e0000037                       tbnz w0, #0x0, #0x1c
   ab8: 090040f9                       ldr x9, [x0]
   abc: 290500f1                       subs x9, x9, #0x1
   ac0: 090000f9                       str x9, [x0]
   ac4: 61000054                       b.ne #0xc
   ac8: 00000094                       bl #0x0
        # hole +0xac8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   acc: 880e40f9                       ldr x8, [x20, #0x18]
   ad0: 692c8052                       mov w9, #0x163
   ad4: a90200f9                       str x9, [x21]
   ad8: 00b140f9                       ldr x0, [x8, #0x160]
   adc: 09b100f9                       str x9, [x8, #0x160]
   ae0: c0000037                       tbnz w0, #0x0, #0x18
   ae4: 080040f9                       ldr x8, [x0]
   ae8: 080500f1                       subs x8, x8, #0x1
   aec: 080000f9                       str x8, [x0]
   af0: 41000054                       b.ne #0x8
   af4: 00000094                       bl #0x0
        # hole +0xaf4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   af8: fe0741f8                       ldr x30, [sp], #0x10
   afc: 00000014                       b #0x0
        # hole +0xafc: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   b00: 640e0191                       add x4, x19, #0x43
   b04: c5588052                       mov w5, #0x2c6
   b08: abfdff17                       b #-0x954
   b0c: 643a0191                       add x4, x19, #0x4e
   b10: 85668052                       mov w5, #0x334
   b14: a8fdff17                       b #-0x960
