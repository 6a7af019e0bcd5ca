# stencil dot_product_float for aarch64-unknown-linux-gnu: 1368 code bytes, 0 data bytes, 54 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: b8220091                       add x24, x21, #0x8
     8: b9420091                       add x25, x21, #0x10
     c: b3620091                       add x19, x21, #0x18
    10: 3a008052                       mov w26, #0x1
    14: a8825ff8                       ldur x8, [x21, #-0x8]
    18: 48230037                       tbnz w8, #0x0, #0x468
    1c: 090940b9                       ldr w9, [x8, #0x8]
    20: 3f110071                       cmp w9, #0x4
    24: e1220054                       b.ne #0x45c
    28: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    2c: 091940f9                       ldr x9, [x8, #0x30]
    30: 5f0500f1                       cmp x10, #0x1
    34: 8b000054                       b.lt #0x10
    38: 3f010beb                       cmp x9, x11
    3c: 8b000054                       b.lt #0x10
    40: 18010014                       b #0x460
    44: 3f010beb                       cmp x9, x11
    48: cd220054                       b.le #0x458
    4c: 2a010a8b                       add x10, x9, x10
    50: 490709aa                       orr x9, x26, x9, lsl #1
    54: 0a1900f9                       str x10, [x8, #0x30]
    58: 880e40f9                       ldr x8, [x20, #0x18]
    5c: a90200f9                       str x9, [x21]
    60: 000d40f9                       ldr x0, [x8, #0x18]
    64: 090d00f9                       str x9, [x8, #0x18]
    68: a0000037                       tbnz w0, #0x0, #0x14
    6c: 090040f9                       ldr x9, [x0]
    70: 290500f1                       subs x9, x9, #0x1
    74: 090000f9                       str x9, [x0]
    78: 80010054                       b.eq #0x30
    7c: 090940f9                       ldr x9, [x8, #0x10]
    80: c9010036                       tbz w9, #0x0, #0x38
    84: a90200f9                       str x9, [x21]
    88: 000140f9                       ldr x0, [x8]
    8c: 20020036                       tbz w0, #0x0, #0x44
    90: 000300f9                       str x0, [x24]
    94: 090d40f9                       ldr x9, [x8, #0x18]
    98: 89020036                       tbz w9, #0x0, #0x50
    9c: 290300f9                       str x9, [x25]
    a0: 00030036                       tbz w0, #0x0, #0x60
    a4: dc000014                       b #0x370
    a8: 00000094                       bl #0x0
        # hole +0xa8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    ac: 880e40f9                       ldr x8, [x20, #0x18]
    b0: 090940f9                       ldr x9, [x8, #0x10]
    b4: 89fe0737                       tbnz w9, #0x0, #-0x30
    b8: 2a0140f9                       ldr x10, [x9]
    bc: 4a050091                       add x10, x10, #0x1
    c0: 2a0100f9                       str x10, [x9]
    c4: a90200f9                       str x9, [x21]
    c8: 000140f9                       ldr x0, [x8]
    cc: 20fe0737                       tbnz w0, #0x0, #-0x3c
    d0: 090040f9                       ldr x9, [x0]
    d4: 29050091                       add x9, x9, #0x1
    d8: 090000f9                       str x9, [x0]
    dc: 000300f9                       str x0, [x24]
    e0: 090d40f9                       ldr x9, [x8, #0x18]
    e4: c9fd0737                       tbnz w9, #0x0, #-0x48
    e8: 2a0140f9                       ldr x10, [x9]
    ec: 4a050091                       add x10, x10, #0x1
    f0: 2a0100f9                       str x10, [x9]
    f4: 000340f9                       ldr x0, [x24]
    f8: 290300f9                       str x9, [x25]
    fc: c0180037                       tbnz w0, #0x0, #0x318
   100: a9180036                       tbz w9, #0x0, #0x314
   104: 0a0840b9                       ldr w10, [x0, #0x8]
   108: 5f0d0071                       cmp w10, #0x3
   10c: 41180054                       b.ne #0x308
   110: 29fd4193                       asr x9, x9, #1
   114: 0918f8b7                       tbnz x9, #0x3f, #0x300
   118: 0a1840f9                       ldr x10, [x0, #0x30]
   11c: 3f010aeb                       cmp x9, x10
   120: aa170054                       b.ge #0x2f4
   124: 0a2040f9                       ldr x10, [x0, #0x40]
   128: 577969f8                       ldr x23, [x10, x9, lsl #3]
   12c: d7010036                       tbz w23, #0x0, #0x38
   130: 090040f9                       ldr x9, [x0]
   134: 290500f1                       subs x9, x9, #0x1
   138: 090000f9                       str x9, [x0]
   13c: 20020054                       b.eq #0x44
   140: 170300f9                       str x23, [x24]
   144: 000540f9                       ldr x0, [x8, #0x8]
   148: 60020036                       tbz w0, #0x0, #0x4c
   14c: 200300f9                       str x0, [x25]
   150: 080d40f9                       ldr x8, [x8, #0x18]
   154: c8020036                       tbz w8, #0x0, #0x58
   158: 680200f9                       str x8, [x19]
   15c: 40030036                       tbz w0, #0x0, #0x68
   160: ba000014                       b #0x2e8
   164: e90240f9                       ldr x9, [x23]
   168: 29050091                       add x9, x9, #0x1
   16c: e90200f9                       str x9, [x23]
   170: 090040f9                       ldr x9, [x0]
   174: 290500f1                       subs x9, x9, #0x1
   178: 090000f9                       str x9, [x0]
   17c: 21feff54                       b.ne #-0x3c
   180: 00000094                       bl #0x0
        # hole +0x180: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   184: 880e40f9                       ldr x8, [x20, #0x18]
   188: 170300f9                       str x23, [x24]
   18c: 000540f9                       ldr x0, [x8, #0x8]
   190: e0fd0737                       tbnz w0, #0x0, #-0x44
   194: 090040f9                       ldr x9, [x0]
   198: 29050091                       add x9, x9, #0x1
   19c: 090000f9                       str x9, [x0]
   1a0: 200300f9                       str x0, [x25]
   1a4: 080d40f9                       ldr x8, [x8, #0x18]
   1a8: 88fd0737                       tbnz w8, #0x0, #-0x50
   1ac: 090140f9                       ldr x9, [x8]
   1b0: 29050091                       add x9, x9, #0x1
   1b4: 090100f9                       str x9, [x8]
   1b8: 200340f9                       ldr x0, [x25]
   1bc: 680200f9                       str x8, [x19]
   1c0: 40140037                       tbnz w0, #0x0, #0x288
   1c4: 28140036                       tbz w8, #0x0, #0x284
   1c8: 090840b9                       ldr w9, [x0, #0x8]
   1cc: 3f0d0071                       cmp w9, #0x3
   1d0: c1130054                       b.ne #0x278
   1d4: 08fd4193                       asr x8, x8, #1
   1d8: 8813f8b7                       tbnz x8, #0x3f, #0x270
   1dc: 091840f9                       ldr x9, [x0, #0x30]
   1e0: 1f0109eb                       cmp x8, x9
   1e4: 2a130054                       b.ge #0x264
   1e8: 092040f9                       ldr x9, [x0, #0x40]
   1ec: 377968f8                       ldr x23, [x9, x8, lsl #3]
   1f0: 37010036                       tbz w23, #0x0, #0x24
   1f4: 080040f9                       ldr x8, [x0]
   1f8: 080500f1                       subs x8, x8, #0x1
   1fc: 080000f9                       str x8, [x0]
   200: 80010054                       b.eq #0x30
   204: 000340f9                       ldr x0, [x24]
   208: 370300f9                       str x23, [x25]
   20c: a0010036                       tbz w0, #0x0, #0x34
   210: 66000014                       b #0x198
   214: e80240f9                       ldr x8, [x23]
   218: 08050091                       add x8, x8, #0x1
   21c: e80200f9                       str x8, [x23]
   220: 080040f9                       ldr x8, [x0]
   224: 080500f1                       subs x8, x8, #0x1
   228: 080000f9                       str x8, [x0]
   22c: c1feff54                       b.ne #-0x28
   230: 00000094                       bl #0x0
        # hole +0x230: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   234: 000340f9                       ldr x0, [x24]
   238: 370300f9                       str x23, [x25]
   23c: 600b0037                       tbnz w0, #0x0, #0x16c
   240: 080840b9                       ldr w8, [x0, #0x8]
   244: 1f090071                       cmp w8, #0x2
   248: 010b0054                       b.ne #0x160
   24c: f70a0037                       tbnz w23, #0x0, #0x15c
   250: e80a40b9                       ldr w8, [x23, #0x8]
   254: 1f090071                       cmp w8, #0x2
   258: 810a0054                       b.ne #0x150
   25c: 080040f9                       ldr x8, [x0]
   260: 081840fd                       ldr d8, [x0, #0x30]
   264: e91a40fd                       ldr d9, [x23, #0x30]
   268: 080500f1                       subs x8, x8, #0x1
   26c: 080000f9                       str x8, [x0]
   270: 40010054                       b.eq #0x28
   274: e80240f9                       ldr x8, [x23]
   278: 080500f1                       subs x8, x8, #0x1
   27c: e80200f9                       str x8, [x23]
   280: 60010054                       b.eq #0x2c
   284: 0009691e                       fmul d0, d8, d9
   288: e00316aa                       mov x0, x22
   28c: 00000094                       bl #0x0
        # hole +0x28c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   290: a00100b5                       cbnz x0, #0x34
   294: 9b000014                       b #0x26c
   298: 00000094                       bl #0x0
        # hole +0x298: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   29c: e80240f9                       ldr x8, [x23]
   2a0: 080500f1                       subs x8, x8, #0x1
   2a4: e80200f9                       str x8, [x23]
   2a8: e1feff54                       b.ne #-0x24
   2ac: e00317aa                       mov x0, x23
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2b4: 0009691e                       fmul d0, d8, d9
   2b8: e00316aa                       mov x0, x22
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2c0: 001200b4                       cbz x0, #0x240
   2c4: a80240f9                       ldr x8, [x21]
   2c8: a00600f9                       str x0, [x21, #0x8]
   2cc: 88080037                       tbnz w8, #0x0, #0x110
   2d0: 090940b9                       ldr w9, [x8, #0x8]
   2d4: 3f090071                       cmp w9, #0x2
   2d8: 21080054                       b.ne #0x104
   2dc: 00080037                       tbnz w0, #0x0, #0x100
   2e0: 090840b9                       ldr w9, [x0, #0x8]
   2e4: 3f090071                       cmp w9, #0x2
   2e8: a1070054                       b.ne #0xf4
   2ec: 090140f9                       ldr x9, [x8]
   2f0: 081940fd                       ldr d8, [x8, #0x30]
   2f4: 091840fd                       ldr d9, [x0, #0x30]
   2f8: 290500f1                       subs x9, x9, #0x1
   2fc: 090100f9                       str x9, [x8]
   300: 40010054                       b.eq #0x28
   304: 080040f9                       ldr x8, [x0]
   308: 080500f1                       subs x8, x8, #0x1
   30c: 080000f9                       str x8, [x0]
   310: c0010054                       b.eq #0x38
   314: 0029691e                       fadd d0, d8, d9
   318: e00316aa                       mov x0, x22
   31c: 00000094                       bl #0x0
        # hole +0x31c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   320: e00100b5                       cbnz x0, #0x3c
   324: 85000014                       b #0x214
   328: f70300aa                       mov x23, x0
   32c: e00308aa                       mov x0, x8
   330: 00000094                       bl #0x0
        # hole +0x330: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   334: e00317aa                       mov x0, x23
   338: e80240f9                       ldr x8, [x23]
   33c: 080500f1                       subs x8, x8, #0x1
   340: e80200f9                       str x8, [x23]
   344: 81feff54                       b.ne #-0x30
   348: 00000094                       bl #0x0
        # hole +0x348: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   34c: 0029691e                       fadd d0, d8, d9
   350: e00316aa                       mov x0, x22
   354: 00000094                       bl #0x0
        # hole +0x354: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   358: 000f00b4                       cbz x0, #0x1e0
   35c: 890e40f9                       ldr x9, [x20, #0x18]
   360: a00200f9                       str x0, [x21]
   364: e80300aa                       mov x8, x0
   368: 200940f9                       ldr x0, [x9, #0x10]
   36c: 280900f9                       str x8, [x9, #0x10]
   370: c0000037                       tbnz w0, #0x0, #0x18
   374: 080040f9                       ldr x8, [x0]
   378: 080500f1                       subs x8, x8, #0x1
   37c: 080000f9                       str x8, [x0]
   380: 41000054                       b.ne #0x8
   384: 00000094                       bl #0x0
        # hole +0x384: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   388: c8a640a9                       ldp x8, x9, [x22, #0x8]
   38c: 08050091                       add x8, x8, #0x1
   390: 1f0109eb                       cmp x8, x9
   394: c80600f9                       str x8, [x22, #0x8]
   398: 4a090054                       b.ge #0x128
   39c: c80240f9                       ldr x8, [x22]
   3a0: a8e3ffb4                       cbz x8, #-0x38c
   3a4: 49000014                       b #0x124
   3a8: 080080d2                       mov x8, #0x0
        # hole +0x3a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3ac: 23008052                       mov w3, #0x1
   3b0: 050f8052                       mov w5, #0x78
   3b4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3b4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3b8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3b8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3bc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3bc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3c0: 04310091                       add x4, x8, #0xc
   3c4: e00314aa                       mov x0, x20
   3c8: e10313aa                       mov x1, x19
   3cc: e20316aa                       mov x2, x22
   3d0: 00000094                       bl #0x0
        # hole +0x3d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3d4: fe0741f8                       ldr x30, [sp], #0x10
   3d8: c0035fd6                       ret
   3dc: 080080d2                       mov x8, #0x0
        # hole +0x3dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3e0: 23008052                       mov w3, #0x1
   3e4: 85118052                       mov w5, #0x8c
   3e8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3ec: f30319aa                       mov x19, x25
   3f0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3f4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3f8: 04390091                       add x4, x8, #0xe
   3fc: e00314aa                       mov x0, x20
   400: e10313aa                       mov x1, x19
   404: e20316aa                       mov x2, x22
   408: 00000094                       bl #0x0
        # hole +0x408: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   40c: fe0741f8                       ldr x30, [sp], #0x10
   410: c0035fd6                       ret
   414: 080080d2                       mov x8, #0x0
        # hole +0x414: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   418: 23008052                       mov w3, #0x1
   41c: 050a8052                       mov w5, #0x50
   420: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x420: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   424: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x424: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   428: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x428: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   42c: 04210091                       add x4, x8, #0x8
   430: e00314aa                       mov x0, x20
   434: e10313aa                       mov x1, x19
   438: e20316aa                       mov x2, x22
   43c: 00000094                       bl #0x0
        # hole +0x43c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   440: fe0741f8                       ldr x30, [sp], #0x10
   444: c0035fd6                       ret
   448: 080080d2                       mov x8, #0x0
        # hole +0x448: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   44c: b3820091                       add x19, x21, #0x20
   450: 23008052                       mov w3, #0x1
   454: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x454: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   458: c50d8052                       mov w5, #0x6e
   45c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x45c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   460: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x460: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   464: 042d0091                       add x4, x8, #0xb
   468: e00314aa                       mov x0, x20
   46c: e10313aa                       mov x1, x19
   470: e20316aa                       mov x2, x22
   474: 00000094                       bl #0x0
        # hole +0x474: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   478: fe0741f8                       ldr x30, [sp], #0x10
   47c: c0035fd6                       ret
   480: 080080d2                       mov x8, #0x0
        # hole +0x480: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   484: 23008052                       mov w3, #0x1
   488: 45018052                       mov w5, #0xa
   48c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x48c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   490: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x490: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   494: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x494: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   498: 04050091                       add x4, x8, #0x1
   49c: 12000014                       b #0x48
   4a0: 080080d2                       mov x8, #0x0
        # hole +0x4a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   4a4: 43008052                       mov w3, #0x2
   4a8: 85028052                       mov w5, #0x14
   4ac: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x4ac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   4b0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x4b0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   4b4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x4b4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   4b8: 04090091                       add x4, x8, #0x2
   4bc: 0a000014                       b #0x28
   4c0: 28008052                       mov w8, #0x1
   4c4: c80200f9                       str x8, [x22]
   4c8: 080080d2                       mov x8, #0x0
        # hole +0x4c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   4cc: 43008052                       mov w3, #0x2
   4d0: 45158052                       mov w5, #0xaa
   4d4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x4d4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   4d8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x4d8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   4dc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x4dc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   4e0: 04450091                       add x4, x8, #0x11
   4e4: f30315aa                       mov x19, x21
   4e8: e00314aa                       mov x0, x20
   4ec: e10313aa                       mov x1, x19
   4f0: e20316aa                       mov x2, x22
   4f4: 00000094                       bl #0x0
        # hole +0x4f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   4f8: fe0741f8                       ldr x30, [sp], #0x10
   4fc: c0035fd6                       ret
   500: 080080d2                       mov x8, #0x0
        # hole +0x500: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   504: 63008052                       mov w3, #0x3
   508: 45108052                       mov w5, #0x82
   50c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x50c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   510: f30318aa                       mov x19, x24
   514: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x514: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   518: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x518: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   51c: 04350091                       add x4, x8, #0xd
   520: e00314aa                       mov x0, x20
   524: e10313aa                       mov x1, x19
   528: e20316aa                       mov x2, x22
   52c: 00000094                       bl #0x0
        # hole +0x52c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   530: fe0741f8                       ldr x30, [sp], #0x10
   534: c0035fd6                       ret
   538: 080080d2                       mov x8, #0x0
        # hole +0x538: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   53c: 63008052                       mov w3, #0x3
   540: c5128052                       mov w5, #0x96
   544: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x544: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   548: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x548: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   54c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x54c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   550: 043d0091                       add x4, x8, #0xf
   554: e4ffff17                       b #-0x70
