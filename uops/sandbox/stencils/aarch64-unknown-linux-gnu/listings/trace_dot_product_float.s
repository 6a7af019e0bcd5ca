# stencil dot_product_float for aarch64-unknown-linux-gnu: 1472 code bytes, 0 data bytes, 17 holes
     0: ffc300d1                       sub sp, sp, #0x30
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b02a9                       stp x29, x30, [sp, #0x20]
     c: fd0314aa                       mov x29, x20
    10: 13d141a9                       ldp x19, x20, [x8, #0x18]
    14: 150940f9                       ldr x21, [x8, #0x10]
    18: f5cf00a9                       stp x21, x19, [sp, #0x8]
    1c: 34180037                       tbnz w20, #0x0, #0x304
    20: 1b7140a9                       ldp x27, x28, [x8]
    24: 08058052                       mov w8, #0x28
    28: e80f00f9                       str x8, [sp, #0x18]
    2c: 59018052                       mov w25, #0xa
    30: fd0300f9                       str x29, [sp]
    34: 880a40b9                       ldr w8, [x20, #0x8]
    38: 1f110071                       cmp w8, #0x4
    3c: 41220054                       b.ne #0x448
    40: 882240f9                       ldr x8, [x20, #0x40]
    44: 1f0500f1                       cmp x8, #0x1
    48: ab000054                       b.lt #0x14
    4c: 9d2643a9                       ldp x29, x9, [x20, #0x30]
    50: bf0309eb                       cmp x29, x9
    54: ab000054                       b.lt #0x14
    58: 12010014                       b #0x448
    5c: 9d2643a9                       ldp x29, x9, [x20, #0x30]
    60: bf0309eb                       cmp x29, x9
    64: ed210054                       b.le #0x43c
    68: a803088b                       add x8, x29, x8
    6c: 881a00f9                       str x8, [x20, #0x30]
    70: b3000037                       tbnz w19, #0x0, #0x14
    74: 680240f9                       ldr x8, [x19]
    78: 080500f1                       subs x8, x8, #0x1
    7c: 680200f9                       str x8, [x19]
    80: e00f0054                       b.eq #0x1fc
    84: 95000037                       tbnz w21, #0x0, #0x10
    88: a80240f9                       ldr x8, [x21]
    8c: 08050091                       add x8, x8, #0x1
    90: a80200f9                       str x8, [x21]
    94: 33008052                       mov w19, #0x1
    98: b3fb7fb3                       bfi x19, x29, #1, #63
    9c: 3b1c0037                       tbnz w27, #0x0, #0x384
    a0: 680340f9                       ldr x8, [x27]
    a4: 690b40b9                       ldr w9, [x27, #0x8]
    a8: 08050091                       add x8, x8, #0x1
    ac: 3f0d0071                       cmp w9, #0x3
    b0: 680300f9                       str x8, [x27]
    b4: 611b0054                       b.ne #0x36c
    b8: a8fb7fd3                       lsl x8, x29, #1
    bc: 17fd4193                       asr x23, x8, #1
    c0: 171bf8b7                       tbnz x23, #0x3f, #0x360
    c4: 681b40f9                       ldr x8, [x27, #0x30]
    c8: ff0208eb                       cmp x23, x8
    cc: aa1a0054                       b.ge #0x354
    d0: 682340f9                       ldr x8, [x27, #0x40]
    d4: 1d7977f8                       ldr x29, [x8, x23, lsl #3]
    d8: 9d010037                       tbnz w29, #0x0, #0x30
    dc: a80340f9                       ldr x8, [x29]
    e0: 08050091                       add x8, x8, #0x1
    e4: a80300f9                       str x8, [x29]
    e8: 680340f9                       ldr x8, [x27]
    ec: 080500f1                       subs x8, x8, #0x1
    f0: 680300f9                       str x8, [x27]
    f4: 21010054                       b.ne #0x24
    f8: e0031baa                       mov x0, x27
    fc: 00000094                       bl #0x0
        # hole +0xfc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   100: fc000036                       tbz w28, #0x0, #0x1c
   104: d3000014                       b #0x34c
   108: 680340f9                       ldr x8, [x27]
   10c: 080500f1                       subs x8, x8, #0x1
   110: 680300f9                       str x8, [x27]
   114: 20ffff54                       b.eq #-0x1c
   118: dc190037                       tbnz w28, #0x0, #0x338
   11c: 880340f9                       ldr x8, [x28]
   120: 890b40b9                       ldr w9, [x28, #0x8]
   124: 08050091                       add x8, x8, #0x1
   128: 3f0d0071                       cmp w9, #0x3
   12c: 880300f9                       str x8, [x28]
   130: 01190054                       b.ne #0x320
   134: 881b40f9                       ldr x8, [x28, #0x30]
   138: ff0208eb                       cmp x23, x8
   13c: aa180054                       b.ge #0x314
   140: 882340f9                       ldr x8, [x28, #0x40]
   144: 177977f8                       ldr x23, [x8, x23, lsl #3]
   148: 97010037                       tbnz w23, #0x0, #0x30
   14c: e80240f9                       ldr x8, [x23]
   150: 08050091                       add x8, x8, #0x1
   154: e80200f9                       str x8, [x23]
   158: 880340f9                       ldr x8, [x28]
   15c: 080500f1                       subs x8, x8, #0x1
   160: 880300f9                       str x8, [x28]
   164: 21010054                       b.ne #0x24
   168: e0031caa                       mov x0, x28
   16c: 00000094                       bl #0x0
        # hole +0x16c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   170: fd000036                       tbz w29, #0x0, #0x1c
   174: a3000014                       b #0x28c
   178: 880340f9                       ldr x8, [x28]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 880300f9                       str x8, [x28]
   184: 20ffff54                       b.eq #-0x1c
   188: dd130037                       tbnz w29, #0x0, #0x278
   18c: a80b40b9                       ldr w8, [x29, #0x8]
   190: 1f090071                       cmp w8, #0x2
   194: 61130054                       b.ne #0x26c
   198: 57130037                       tbnz w23, #0x0, #0x268
   19c: e80a40b9                       ldr w8, [x23, #0x8]
   1a0: 1f090071                       cmp w8, #0x2
   1a4: e1120054                       b.ne #0x25c
   1a8: a80340f9                       ldr x8, [x29]
   1ac: a81b40fd                       ldr d8, [x29, #0x30]
   1b0: e91a40fd                       ldr d9, [x23, #0x30]
   1b4: 080500f1                       subs x8, x8, #0x1
   1b8: a80300f9                       str x8, [x29]
   1bc: 40010054                       b.eq #0x28
   1c0: e80240f9                       ldr x8, [x23]
   1c4: 080500f1                       subs x8, x8, #0x1
   1c8: e80200f9                       str x8, [x23]
   1cc: 80010054                       b.eq #0x30
   1d0: 0009691e                       fmul d0, d8, d9
   1d4: e00316aa                       mov x0, x22
   1d8: 00000094                       bl #0x0
        # hole +0x1d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   1dc: c00100b5                       cbnz x0, #0x38
   1e0: e2000014                       b #0x388
   1e4: e0031daa                       mov x0, x29
   1e8: 00000094                       bl #0x0
        # hole +0x1e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1ec: e80240f9                       ldr x8, [x23]
   1f0: 080500f1                       subs x8, x8, #0x1
   1f4: e80200f9                       str x8, [x23]
   1f8: c1feff54                       b.ne #-0x28
   1fc: e00317aa                       mov x0, x23
   200: 00000094                       bl #0x0
        # hole +0x200: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   204: 0009691e                       fmul d0, d8, d9
   208: e00316aa                       mov x0, x22
   20c: 00000094                       bl #0x0
        # hole +0x20c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   210: c01a00b4                       cbz x0, #0x358
   214: f80300aa                       mov x24, x0
   218: 75150037                       tbnz w21, #0x0, #0x2ac
   21c: a80a40b9                       ldr w8, [x21, #0x8]
   220: fd0340f9                       ldr x29, [sp]
   224: 23008052                       mov w3, #0x1
   228: 1f090071                       cmp w8, #0x2
   22c: e1080054                       b.ne #0x11c
   230: d8080037                       tbnz w24, #0x0, #0x118
   234: 080b40b9                       ldr w8, [x24, #0x8]
   238: 1f090071                       cmp w8, #0x2
   23c: c1150054                       b.ne #0x2b8
   240: a80240f9                       ldr x8, [x21]
   244: a81a40fd                       ldr d8, [x21, #0x30]
   248: 091b40fd                       ldr d9, [x24, #0x30]
   24c: 080500f1                       subs x8, x8, #0x1
   250: a80200f9                       str x8, [x21]
   254: 00020054                       b.eq #0x40
   258: 080340f9                       ldr x8, [x24]
   25c: 080500f1                       subs x8, x8, #0x1
   260: 080300f9                       str x8, [x24]
   264: 40020054                       b.eq #0x48
   268: 0029691e                       fadd d0, d8, d9
   26c: e00316aa                       mov x0, x22
   270: 00000094                       bl #0x0
        # hole +0x270: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   274: 800200b5                       cbnz x0, #0x50
   278: c8000014                       b #0x320
   27c: e00313aa                       mov x0, x19
   280: f3030faa                       mov x19, x15
   284: 00000094                       bl #0x0
        # hole +0x284: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   288: ef0313aa                       mov x15, x19
   28c: f5ef0736                       tbz w21, #0x0, #-0x204
   290: 81ffff17                       b #-0x1fc
   294: e00315aa                       mov x0, x21
   298: 00000094                       bl #0x0
        # hole +0x298: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   29c: 080340f9                       ldr x8, [x24]
   2a0: 080500f1                       subs x8, x8, #0x1
   2a4: 080300f9                       str x8, [x24]
   2a8: 01feff54                       b.ne #-0x40
   2ac: e00318aa                       mov x0, x24
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2b4: 0029691e                       fadd d0, d8, d9
   2b8: e00316aa                       mov x0, x22
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2c0: c01600b4                       cbz x0, #0x2d8
   2c4: a80240f9                       ldr x8, [x21]
   2c8: fa0300aa                       mov x26, x0
   2cc: 080500f1                       subs x8, x8, #0x1
   2d0: a80200f9                       str x8, [x21]
   2d4: 61000054                       b.ne #0xc
   2d8: e00315aa                       mov x0, x21
   2dc: 00000094                       bl #0x0
        # hole +0x2dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2e0: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2e4: 08050091                       add x8, x8, #0x1
   2e8: 1f0109eb                       cmp x8, x9
   2ec: c80600f9                       str x8, [x22, #0x8]
   2f0: ca100054                       b.ge #0x218
   2f4: c80240f9                       ldr x8, [x22]
   2f8: 481200b5                       cbnz x8, #0x248
   2fc: eb031f2a                       mov w11, wzr
   300: ea031f2a                       mov w10, wzr
   304: e9031f2a                       mov w9, wzr
   308: 23008052                       mov w3, #0x1
   30c: ef0313aa                       mov x15, x19
   310: f5031aaa                       mov x21, x26
   314: 2c008052                       mov w12, #0x1
   318: f4e80736                       tbz w20, #0x0, #-0x2e4
   31c: 15000014                       b #0x54
   320: 2c008052                       mov w12, #0x1
   324: 0d058052                       mov w13, #0x28
   328: eb031f2a                       mov w11, wzr
   32c: e8031f2a                       mov w8, wzr
   330: ea031f2a                       mov w10, wzr
   334: e9031f2a                       mov w9, wzr
   338: ed0f00f9                       str x13, [sp, #0x18]
   33c: 59018052                       mov w25, #0xa
   340: e3030c2a                       mov w3, w12
   344: 0b000014                       b #0x2c
   348: e8031f2a                       mov w8, wzr
   34c: ea031f2a                       mov w10, wzr
   350: e9031f2a                       mov w9, wzr
   354: 0d078052                       mov w13, #0x38
   358: fa0315aa                       mov x26, x21
   35c: ef0313aa                       mov x15, x19
   360: cc018052                       mov w12, #0xe
   364: 99118052                       mov w25, #0x8c
   368: 2b008052                       mov w11, #0x1
   36c: ed0f00f9                       str x13, [sp, #0x18]
   370: ee0740f9                       ldr x14, [sp, #0x8]
   374: ad0f40f9                       ldr x13, [x29, #0x18]
   378: bf020eeb                       cmp x21, x14
   37c: c1000054                       b.ne #0x18
   380: ee0b40f9                       ldr x14, [sp, #0x10]
   384: 7f020eeb                       cmp x19, x14
   388: e1000054                       b.ne #0x1c
   38c: 0b010035                       cbnz w11, #0x20
   390: 0e000014                       b #0x38
   394: b50900f9                       str x21, [x13, #0x10]
   398: ee0b40f9                       ldr x14, [sp, #0x10]
   39c: 7f020eeb                       cmp x19, x14
   3a0: 60ffff54                       b.eq #-0x14
   3a4: b30d00f9                       str x19, [x13, #0x18]
   3a8: 0b010034                       cbz w11, #0x20
   3ac: ba1500f9                       str x26, [x13, #0x28]
   3b0: c8000037                       tbnz w8, #0x0, #0x18
   3b4: b81900f9                       str x24, [x13, #0x30]
   3b8: 8a000034                       cbz w10, #0x10
   3bc: b71d00f9                       str x23, [x13, #0x38]
   3c0: 49000037                       tbnz w9, #0x0, #0x8
   3c4: af2100f9                       str x15, [x13, #0x40]
   3c8: 080080d2                       mov x8, #0x0
        # hole +0x3c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3cc: e90f40f9                       ldr x9, [sp, #0x18]
   3d0: e0031daa                       mov x0, x29
   3d4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3d4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3d8: e20316aa                       mov x2, x22
   3dc: e50319aa                       mov x5, x25
   3e0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3e4: a101098b                       add x1, x13, x9
   3e8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3e8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3ec: 04010c8b                       add x4, x8, x12
   3f0: 00000094                       bl #0x0
        # hole +0x3f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3f4: fd7b42a9                       ldp x29, x30, [sp, #0x20]
   3f8: ffc30091                       add sp, sp, #0x30
   3fc: c0035fd6                       ret
   400: e8031f2a                       mov w8, wzr
   404: 23008052                       mov w3, #0x1
   408: fa0315aa                       mov x26, x21
   40c: f8031daa                       mov x24, x29
   410: ef0313aa                       mov x15, x19
   414: 8c018052                       mov w12, #0xc
   418: 190f8052                       mov w25, #0x78
   41c: 08000014                       b #0x20
   420: e8031f2a                       mov w8, wzr
   424: 23008052                       mov w3, #0x1
   428: fa0315aa                       mov x26, x21
   42c: f8031baa                       mov x24, x27
   430: f70313aa                       mov x23, x19
   434: 0c018052                       mov w12, #0x8
   438: 190a8052                       mov w25, #0x50
   43c: 2b008052                       mov w11, #0x1
   440: 2a008052                       mov w10, #0x1
   444: 29008052                       mov w9, #0x1
   448: 0d088052                       mov w13, #0x40
   44c: 28000014                       b #0xa0
   450: e8031f2a                       mov w8, wzr
   454: e9031f2a                       mov w9, wzr
   458: 23008052                       mov w3, #0x1
   45c: fa0315aa                       mov x26, x21
   460: f8031daa                       mov x24, x29
   464: f7031caa                       mov x23, x28
   468: ef0313aa                       mov x15, x19
   46c: 6c018052                       mov w12, #0xb
   470: d90d8052                       mov w25, #0x6e
   474: 2b008052                       mov w11, #0x1
   478: 2a008052                       mov w10, #0x1
   47c: 0d098052                       mov w13, #0x48
   480: 1b000014                       b #0x6c
   484: 2c008052                       mov w12, #0x1
   488: eb031f2a                       mov w11, wzr
   48c: e8031f2a                       mov w8, wzr
   490: ea031f2a                       mov w10, wzr
   494: e9031f2a                       mov w9, wzr
   498: e3030c2a                       mov w3, w12
   49c: b5ffff17                       b #-0x12c
   4a0: 4c008052                       mov w12, #0x2
   4a4: fd0340f9                       ldr x29, [sp]
   4a8: eb031f2a                       mov w11, wzr
   4ac: e8031f2a                       mov w8, wzr
   4b0: ea031f2a                       mov w10, wzr
   4b4: e9031f2a                       mov w9, wzr
   4b8: e3030c2a                       mov w3, w12
   4bc: 99028052                       mov w25, #0x14
   4c0: acffff17                       b #-0x150
   4c4: e8031f2a                       mov w8, wzr
   4c8: ea031f2a                       mov w10, wzr
   4cc: e9031f2a                       mov w9, wzr
   4d0: 23008052                       mov w3, #0x1
   4d4: fa0315aa                       mov x26, x21
   4d8: ef0313aa                       mov x15, x19
   4dc: cc018052                       mov w12, #0xe
   4e0: 99118052                       mov w25, #0x8c
   4e4: 2b008052                       mov w11, #0x1
   4e8: 0d078052                       mov w13, #0x38
   4ec: fd0340f9                       ldr x29, [sp]
   4f0: 9fffff17                       b #-0x184
   4f4: e8031f2a                       mov w8, wzr
   4f8: ea031f2a                       mov w10, wzr
   4fc: e9031f2a                       mov w9, wzr
   500: 23008052                       mov w3, #0x1
   504: 94ffff17                       b #-0x1b0
   508: 2c008052                       mov w12, #0x1
   50c: eb031f2a                       mov w11, wzr
   510: e8031f2a                       mov w8, wzr
   514: cc0200f9                       str x12, [x22]
   518: 0c058052                       mov w12, #0x28
   51c: ea031f2a                       mov w10, wzr
   520: e9031f2a                       mov w9, wzr
   524: 43008052                       mov w3, #0x2
   528: ec0f00f9                       str x12, [sp, #0x18]
   52c: 59158052                       mov w25, #0xaa
   530: 2c028052                       mov w12, #0x11
   534: f5031aaa                       mov x21, x26
   538: ef0313aa                       mov x15, x19
   53c: 8dffff17                       b #-0x1cc
   540: eb031f2a                       mov w11, wzr
   544: e8031f2a                       mov w8, wzr
   548: ea031f2a                       mov w10, wzr
   54c: e9031f2a                       mov w9, wzr
   550: 43008052                       mov w3, #0x2
   554: f5031aaa                       mov x21, x26
   558: ef0313aa                       mov x15, x19
   55c: 2c028052                       mov w12, #0x11
   560: 59158052                       mov w25, #0xaa
   564: 83ffff17                       b #-0x1f4
   568: ea031f2a                       mov w10, wzr
   56c: e9031f2a                       mov w9, wzr
   570: 2b008052                       mov w11, #0x1
   574: 63008052                       mov w3, #0x3
   578: fa0315aa                       mov x26, x21
   57c: f8031daa                       mov x24, x29
   580: ef0313aa                       mov x15, x19
   584: ac018052                       mov w12, #0xd
   588: 59108052                       mov w25, #0x82
   58c: 28008052                       mov w8, #0x1
   590: 0d068052                       mov w13, #0x30
   594: d6ffff17                       b #-0xa8
   598: eb031f2a                       mov w11, wzr
   59c: e8031f2a                       mov w8, wzr
   5a0: ea031f2a                       mov w10, wzr
   5a4: e9031f2a                       mov w9, wzr
   5a8: 63008052                       mov w3, #0x3
   5ac: fa0315aa                       mov x26, x21
   5b0: ef0313aa                       mov x15, x19
   5b4: ec018052                       mov w12, #0xf
   5b8: d9128052                       mov w25, #0x96
   5bc: 6dffff17                       b #-0x24c
