# stencil dot_product_float for aarch64-unknown-linux-gnu: 1180 code bytes, 0 data bytes, 13 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 130180d2                       mov x19, #0x8
     8: ba420091                       add x26, x21, #0x10
     c: bc220091                       add x28, x21, #0x8
    10: 5300c0f2                       movk x19, #0x2, lsl #32
    14: b9620091                       add x25, x21, #0x18
    18: 3d008052                       mov w29, #0x1
    1c: 7b1e00d1                       sub x27, x19, #0x7
    20: 170a8052                       mov w23, #0x50
    24: a8825ff8                       ldur x8, [x21, #-0x8]
    28: e81e0037                       tbnz w8, #0x0, #0x3dc
    2c: 090940b9                       ldr w9, [x8, #0x8]
    30: 3f110071                       cmp w9, #0x4
    34: 811e0054                       b.ne #0x3d0
    38: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    3c: 091940f9                       ldr x9, [x8, #0x30]
    40: 5f0500f1                       cmp x10, #0x1
    44: 8b000054                       b.lt #0x10
    48: 3f010beb                       cmp x9, x11
    4c: 8b000054                       b.lt #0x10
    50: f1000014                       b #0x3c4
    54: 3f010beb                       cmp x9, x11
    58: ed1d0054                       b.le #0x3bc
    5c: 2a010a8b                       add x10, x9, x10
    60: a90709aa                       orr x9, x29, x9, lsl #1
    64: 0a1900f9                       str x10, [x8, #0x30]
    68: 880e40f9                       ldr x8, [x20, #0x18]
    6c: a90200f9                       str x9, [x21]
    70: 000d40f9                       ldr x0, [x8, #0x18]
    74: 090d00f9                       str x9, [x8, #0x18]
    78: a0000037                       tbnz w0, #0x0, #0x14
    7c: 090040f9                       ldr x9, [x0]
    80: 290500f1                       subs x9, x9, #0x1
    84: 090000f9                       str x9, [x0]
    88: 80020054                       b.eq #0x50
    8c: 090940f9                       ldr x9, [x8, #0x10]
    90: c9020037                       tbnz w9, #0x0, #0x58
    94: 2a0140f9                       ldr x10, [x9]
    98: 4a050091                       add x10, x10, #0x1
    9c: 2a0100f9                       str x10, [x9]
    a0: a90200f9                       str x9, [x21]
    a4: 000140f9                       ldr x0, [x8]
    a8: 60020036                       tbz w0, #0x0, #0x4c
    ac: 800300f9                       str x0, [x28]
    b0: 090d40f9                       ldr x9, [x8, #0x18]
    b4: c9020037                       tbnz w9, #0x0, #0x58
    b8: 2a0140f9                       ldr x10, [x9]
    bc: 4a050091                       add x10, x10, #0x1
    c0: 2a0100f9                       str x10, [x9]
    c4: 800340f9                       ldr x0, [x28]
    c8: 23008052                       mov w3, #0x1
    cc: 490300f9                       str x9, [x26]
    d0: 40020036                       tbz w0, #0x0, #0x48
    d4: c5000014                       b #0x314
    d8: 00000094                       bl #0x0
        # hole +0xd8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    dc: 880e40f9                       ldr x8, [x20, #0x18]
    e0: 090940f9                       ldr x9, [x8, #0x10]
    e4: 89fd0736                       tbz w9, #0x0, #-0x50
    e8: a90200f9                       str x9, [x21]
    ec: 000140f9                       ldr x0, [x8]
    f0: e0fd0737                       tbnz w0, #0x0, #-0x44
    f4: 090040f9                       ldr x9, [x0]
    f8: 29050091                       add x9, x9, #0x1
    fc: 090000f9                       str x9, [x0]
   100: 800300f9                       str x0, [x28]
   104: 090d40f9                       ldr x9, [x8, #0x18]
   108: 89fd0736                       tbz w9, #0x0, #-0x50
   10c: 23008052                       mov w3, #0x1
   110: 490300f9                       str x9, [x26]
   114: a0160037                       tbnz w0, #0x0, #0x2d4
   118: 89160036                       tbz w9, #0x0, #0x2d0
   11c: 0a0840b9                       ldr w10, [x0, #0x8]
   120: 5f0d0071                       cmp w10, #0x3
   124: 21160054                       b.ne #0x2c4
   128: 29fd4193                       asr x9, x9, #1
   12c: e915f8b7                       tbnz x9, #0x3f, #0x2bc
   130: 0a1840f9                       ldr x10, [x0, #0x30]
   134: 3f010aeb                       cmp x9, x10
   138: 8a150054                       b.ge #0x2b0
   13c: 0a2040f9                       ldr x10, [x0, #0x40]
   140: 587969f8                       ldr x24, [x10, x9, lsl #3]
   144: f8020037                       tbnz w24, #0x0, #0x5c
   148: 090340f9                       ldr x9, [x24]
   14c: 29050091                       add x9, x9, #0x1
   150: 090300f9                       str x9, [x24]
   154: 090040f9                       ldr x9, [x0]
   158: 290500f1                       subs x9, x9, #0x1
   15c: 090000f9                       str x9, [x0]
   160: 81020054                       b.ne #0x50
   164: 00000094                       bl #0x0
        # hole +0x164: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   168: 880e40f9                       ldr x8, [x20, #0x18]
   16c: 980300f9                       str x24, [x28]
   170: 000540f9                       ldr x0, [x8, #0x8]
   174: 40020036                       tbz w0, #0x0, #0x48
   178: 400300f9                       str x0, [x26]
   17c: 080d40f9                       ldr x8, [x8, #0x18]
   180: a8020037                       tbnz w8, #0x0, #0x54
   184: 090140f9                       ldr x9, [x8]
   188: 29050091                       add x9, x9, #0x1
   18c: 090100f9                       str x9, [x8]
   190: 400340f9                       ldr x0, [x26]
   194: 280300f9                       str x8, [x25]
   198: 20020036                       tbz w0, #0x0, #0x44
   19c: 95000014                       b #0x254
   1a0: 090040f9                       ldr x9, [x0]
   1a4: 290500f1                       subs x9, x9, #0x1
   1a8: 090000f9                       str x9, [x0]
   1ac: c0fdff54                       b.eq #-0x48
   1b0: 980300f9                       str x24, [x28]
   1b4: 000540f9                       ldr x0, [x8, #0x8]
   1b8: 00fe0737                       tbnz w0, #0x0, #-0x40
   1bc: 090040f9                       ldr x9, [x0]
   1c0: 29050091                       add x9, x9, #0x1
   1c4: 090000f9                       str x9, [x0]
   1c8: 400300f9                       str x0, [x26]
   1cc: 080d40f9                       ldr x8, [x8, #0x18]
   1d0: a8fd0736                       tbz w8, #0x0, #-0x4c
   1d4: 280300f9                       str x8, [x25]
   1d8: c0100037                       tbnz w0, #0x0, #0x218
   1dc: a8100036                       tbz w8, #0x0, #0x214
   1e0: 090840b9                       ldr w9, [x0, #0x8]
   1e4: 3f0d0071                       cmp w9, #0x3
   1e8: 41100054                       b.ne #0x208
   1ec: 08fd4193                       asr x8, x8, #1
   1f0: 0810f8b7                       tbnz x8, #0x3f, #0x200
   1f4: 091840f9                       ldr x9, [x0, #0x30]
   1f8: 1f0109eb                       cmp x8, x9
   1fc: aa0f0054                       b.ge #0x1f4
   200: 092040f9                       ldr x9, [x0, #0x40]
   204: 387968f8                       ldr x24, [x9, x8, lsl #3]
   208: d8010037                       tbnz w24, #0x0, #0x38
   20c: 080340f9                       ldr x8, [x24]
   210: 08050091                       add x8, x8, #0x1
   214: 080300f9                       str x8, [x24]
   218: 080040f9                       ldr x8, [x0]
   21c: 080500f1                       subs x8, x8, #0x1
   220: 080000f9                       str x8, [x0]
   224: 61010054                       b.ne #0x2c
   228: 00000094                       bl #0x0
        # hole +0x228: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   22c: 800340f9                       ldr x0, [x28]
   230: 68120091                       add x8, x19, #0x4
   234: 580300f9                       str x24, [x26]
   238: 40010036                       tbz w0, #0x0, #0x28
   23c: 66000014                       b #0x198
   240: 080040f9                       ldr x8, [x0]
   244: 080500f1                       subs x8, x8, #0x1
   248: 080000f9                       str x8, [x0]
   24c: e0feff54                       b.eq #-0x24
   250: 800340f9                       ldr x0, [x28]
   254: 68120091                       add x8, x19, #0x4
   258: 580300f9                       str x24, [x26]
   25c: c00b0037                       tbnz w0, #0x0, #0x178
   260: 090840b9                       ldr w9, [x0, #0x8]
   264: 3f090071                       cmp w9, #0x2
   268: 610b0054                       b.ne #0x16c
   26c: 68120091                       add x8, x19, #0x4
   270: 380b0037                       tbnz w24, #0x0, #0x164
   274: 090b40b9                       ldr w9, [x24, #0x8]
   278: 3f090071                       cmp w9, #0x2
   27c: c10a0054                       b.ne #0x158
   280: 080040f9                       ldr x8, [x0]
   284: 081840fd                       ldr d8, [x0, #0x30]
   288: 091b40fd                       ldr d9, [x24, #0x30]
   28c: 080500f1                       subs x8, x8, #0x1
   290: 080000f9                       str x8, [x0]
   294: 40010054                       b.eq #0x28
   298: 080340f9                       ldr x8, [x24]
   29c: 080500f1                       subs x8, x8, #0x1
   2a0: 080300f9                       str x8, [x24]
   2a4: 60010054                       b.eq #0x2c
   2a8: 0009691e                       fmul d0, d8, d9
   2ac: e00316aa                       mov x0, x22
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2b4: a00100b5                       cbnz x0, #0x34
   2b8: 6d000014                       b #0x1b4
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2c0: 080340f9                       ldr x8, [x24]
   2c4: 080500f1                       subs x8, x8, #0x1
   2c8: 080300f9                       str x8, [x24]
   2cc: e1feff54                       b.ne #-0x24
   2d0: e00318aa                       mov x0, x24
   2d4: 00000094                       bl #0x0
        # hole +0x2d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2d8: 0009691e                       fmul d0, d8, d9
   2dc: e00316aa                       mov x0, x22
   2e0: 00000094                       bl #0x0
        # hole +0x2e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2e4: 400c00b4                       cbz x0, #0x188
   2e8: a80240f9                       ldr x8, [x21]
   2ec: 691a0091                       add x9, x19, #0x6
   2f0: a00600f9                       str x0, [x21, #0x8]
   2f4: 88090037                       tbnz w8, #0x0, #0x130
   2f8: 0a0940b9                       ldr w10, [x8, #0x8]
   2fc: 23008052                       mov w3, #0x1
   300: 5f090071                       cmp w10, #0x2
   304: 21090054                       b.ne #0x124
   308: 00090037                       tbnz w0, #0x0, #0x120
   30c: 090840b9                       ldr w9, [x0, #0x8]
   310: 3f090071                       cmp w9, #0x2
   314: e10b0054                       b.ne #0x17c
   318: 090140f9                       ldr x9, [x8]
   31c: 081940fd                       ldr d8, [x8, #0x30]
   320: 091840fd                       ldr d9, [x0, #0x30]
   324: 290500f1                       subs x9, x9, #0x1
   328: 090100f9                       str x9, [x8]
   32c: 40010054                       b.eq #0x28
   330: 080040f9                       ldr x8, [x0]
   334: 080500f1                       subs x8, x8, #0x1
   338: 080000f9                       str x8, [x0]
   33c: c0010054                       b.eq #0x38
   340: 0029691e                       fadd d0, d8, d9
   344: e00316aa                       mov x0, x22
   348: 00000094                       bl #0x0
        # hole +0x348: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   34c: e00100b5                       cbnz x0, #0x3c
   350: 4c000014                       b #0x130
   354: f80300aa                       mov x24, x0
   358: e00308aa                       mov x0, x8
   35c: 00000094                       bl #0x0
        # hole +0x35c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   360: e00318aa                       mov x0, x24
   364: 080340f9                       ldr x8, [x24]
   368: 080500f1                       subs x8, x8, #0x1
   36c: 080300f9                       str x8, [x24]
   370: 81feff54                       b.ne #-0x30
   374: 00000094                       bl #0x0
        # hole +0x374: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   378: 0029691e                       fadd d0, d8, d9
   37c: e00316aa                       mov x0, x22
   380: 00000094                       bl #0x0
        # hole +0x380: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   384: e00700b4                       cbz x0, #0xfc
   388: 890e40f9                       ldr x9, [x20, #0x18]
   38c: a00200f9                       str x0, [x21]
   390: e80300aa                       mov x8, x0
   394: 200940f9                       ldr x0, [x9, #0x10]
   398: 280900f9                       str x8, [x9, #0x10]
   39c: c0000037                       tbnz w0, #0x0, #0x18
   3a0: 080040f9                       ldr x8, [x0]
   3a4: 080500f1                       subs x8, x8, #0x1
   3a8: 080000f9                       str x8, [x0]
   3ac: 41000054                       b.ne #0x8
   3b0: 00000094                       bl #0x0
        # hole +0x3b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3b4: c8a640a9                       ldp x8, x9, [x22, #0x8]
   3b8: 08050091                       add x8, x8, #0x1
   3bc: 1f0109eb                       cmp x8, x9
   3c0: c80600f9                       str x8, [x22, #0x8]
   3c4: 8a040054                       b.ge #0x90
   3c8: c80240f9                       ldr x8, [x22]
   3cc: c8e2ffb4                       cbz x8, #-0x3a8
   3d0: 23000014                       b #0x8c
   3d4: 23008052                       mov w3, #0x1
   3d8: f50319aa                       mov x21, x25
   3dc: f30308aa                       mov x19, x8
   3e0: 170f8052                       mov w23, #0x78
   3e4: 14000014                       b #0x50
   3e8: f50319aa                       mov x21, x25
   3ec: 12000014                       b #0x48
   3f0: b5820091                       add x21, x21, #0x20
   3f4: 730e0091                       add x19, x19, #0x3
   3f8: 23008052                       mov w3, #0x1
   3fc: d70d8052                       mov w23, #0x6e
   400: 0d000014                       b #0x34
   404: 23008052                       mov w3, #0x1
   408: f3031baa                       mov x19, x27
   40c: 57018052                       mov w23, #0xa
   410: 09000014                       b #0x24
   414: f3031fb2                       mov x19, #0x200000002
   418: 43008052                       mov w3, #0x2
   41c: 97028052                       mov w23, #0x14
   420: 05000014                       b #0x14
   424: 23008052                       mov w3, #0x1
   428: f5031aaa                       mov x21, x26
   42c: f30309aa                       mov x19, x9
   430: 97118052                       mov w23, #0x8c
   434: e00314aa                       mov x0, x20
   438: e10315aa                       mov x1, x21
   43c: e20316aa                       mov x2, x22
   440: e40313aa                       mov x4, x19
   444: e50317aa                       mov x5, x23
   448: 00000094                       bl #0x0
        # hole +0x448: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   44c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   450: c0035fd6                       ret
   454: 28008052                       mov w8, #0x1
   458: c80200f9                       str x8, [x22]
   45c: 73260091                       add x19, x19, #0x9
   460: 43008052                       mov w3, #0x2
   464: 57158052                       mov w23, #0xaa
   468: f3ffff17                       b #-0x34
   46c: 73160091                       add x19, x19, #0x5
   470: 63008052                       mov w3, #0x3
   474: f5031caa                       mov x21, x28
   478: 57108052                       mov w23, #0x82
   47c: eeffff17                       b #-0x48
   480: 731e0091                       add x19, x19, #0x7
   484: 63008052                       mov w3, #0x3
   488: d7128052                       mov w23, #0x96
   48c: eaffff17                       b #-0x58
   490: 731a0091                       add x19, x19, #0x6
   494: f5031aaa                       mov x21, x26
   498: e6ffff17                       b #-0x68
