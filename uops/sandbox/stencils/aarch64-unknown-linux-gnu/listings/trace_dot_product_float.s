# stencil dot_product_float for aarch64-unknown-linux-gnu: 1820 code bytes, 0 data bytes, 23 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 13f141a9                       ldp x19, x28, [x8, #0x18]
     c: 150940f9                       ldr x21, [x8, #0x10]
    10: 5c020037                       tbnz w28, #0x0, #0x48
    14: 890b40b9                       ldr w9, [x28, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: 01030054                       b.ne #0x60
    20: 176540a9                       ldp x23, x25, [x8]
    24: 981b40f9                       ldr x24, [x28, #0x30]
    28: 88a743a9                       ldp x8, x9, [x28, #0x38]
    2c: 3f0500f1                       cmp x9, #0x1
    30: 2b060054                       b.lt #0xc4
    34: 1f0308eb                       cmp x24, x8
    38: 2b060054                       b.lt #0xc4
    3c: ec031f2a                       mov w12, wzr
    40: eb031f2a                       mov w11, wzr
    44: ea031f2a                       mov w10, wzr
    48: 49008052                       mov w9, #0x2
    4c: 08058052                       mov w8, #0x28
    50: 85028052                       mov w5, #0x14
    54: 10000014                       b #0x40
    58: ec031f2a                       mov w12, wzr
    5c: eb031f2a                       mov w11, wzr
    60: ea031f2a                       mov w10, wzr
    64: 23008052                       mov w3, #0x1
    68: 08058052                       mov w8, #0x28
    6c: 45018052                       mov w5, #0xa
    70: fb0313aa                       mov x27, x19
    74: 29008052                       mov w9, #0x1
    78: 09000014                       b #0x24
    7c: ec031f2a                       mov w12, wzr
    80: eb031f2a                       mov w11, wzr
    84: ea031f2a                       mov w10, wzr
    88: 29008052                       mov w9, #0x1
    8c: 08058052                       mov w8, #0x28
    90: 45018052                       mov w5, #0xa
    94: fb0313aa                       mov x27, x19
    98: e303092a                       mov w3, w9
    9c: 8d0e40f9                       ldr x13, [x20, #0x18]
    a0: fa031baa                       mov x26, x27
    a4: 7f0313eb                       cmp x27, x19
    a8: 40000054                       b.eq #0x8
    ac: bb0d00f9                       str x27, [x13, #0x18]
    b0: cc000034                       cbz w12, #0x18
    b4: b5dd02a9                       stp x21, x23, [x13, #0x28]
    b8: 8b000034                       cbz w11, #0x10
    bc: b81d00f9                       str x24, [x13, #0x38]
    c0: 4a000037                       tbnz w10, #0x0, #0x8
    c4: ba2100f9                       str x26, [x13, #0x40]
    c8: 0a0080d2                       mov x10, #0x0
        # hole +0xc8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    cc: a101088b                       add x1, x13, x8
    d0: e00314aa                       mov x0, x20
    d4: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0xd4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    d8: e20316aa                       mov x2, x22
    dc: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0xdc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    e0: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0xe0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    e4: 4401098b                       add x4, x10, x9
    e8: 00000094                       bl #0x0
        # hole +0xe8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    ec: fe0741f8                       ldr x30, [sp], #0x10
    f0: c0035fd6                       ret
    f4: 1f0308eb                       cmp x24, x8
    f8: 2dfaff54                       b.le #-0xbc
    fc: 0803098b                       add x8, x24, x9
   100: 3b008052                       mov w27, #0x1
   104: 881b00f9                       str x8, [x28, #0x30]
   108: f3000037                       tbnz w19, #0x0, #0x1c
   10c: 680240f9                       ldr x8, [x19]
   110: 080500f1                       subs x8, x8, #0x1
   114: 680200f9                       str x8, [x19]
   118: 61000054                       b.ne #0xc
   11c: e00313aa                       mov x0, x19
   120: 00000094                       bl #0x0
        # hole +0x120: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 1bfb7fb3                       bfi x27, x24, #1, #63
   128: 95000037                       tbnz w21, #0x0, #0x10
   12c: a80240f9                       ldr x8, [x21]
   130: 08050091                       add x8, x8, #0x1
   134: a80200f9                       str x8, [x21]
   138: b7020037                       tbnz w23, #0x0, #0x54
   13c: e80240f9                       ldr x8, [x23]
   140: e90a40b9                       ldr w9, [x23, #0x8]
   144: 08050091                       add x8, x8, #0x1
   148: 3f0d0071                       cmp w9, #0x3
   14c: e80200f9                       str x8, [x23]
   150: e1010054                       b.ne #0x3c
   154: 09fb7fd3                       lsl x9, x24, #1
   158: 38fd4193                       asr x24, x9, #1
   15c: 9801f8b7                       tbnz x24, #0x3f, #0x30
   160: e91a40f9                       ldr x9, [x23, #0x30]
   164: 1f0309eb                       cmp x24, x9
   168: 2a010054                       b.ge #0x24
   16c: e92240f9                       ldr x9, [x23, #0x40]
   170: 3a7978f8                       ldr x26, [x9, x24, lsl #3]
   174: 9a010036                       tbz w26, #0x0, #0x30
   178: 080500f1                       subs x8, x8, #0x1
   17c: e80200f9                       str x8, [x23]
   180: 00020054                       b.eq #0x40
   184: 59020036                       tbz w25, #0x0, #0x48
   188: 22000014                       b #0x88
   18c: 23008052                       mov w3, #0x1
   190: 08088052                       mov w8, #0x40
   194: 050a8052                       mov w5, #0x50
   198: 09018052                       mov w9, #0x8
   19c: f8031baa                       mov x24, x27
   1a0: 49000014                       b #0x124
   1a4: 480340f9                       ldr x8, [x26]
   1a8: 08050091                       add x8, x8, #0x1
   1ac: 480300f9                       str x8, [x26]
   1b0: e80240f9                       ldr x8, [x23]
   1b4: 080500f1                       subs x8, x8, #0x1
   1b8: e80200f9                       str x8, [x23]
   1bc: 41feff54                       b.ne #-0x38
   1c0: e00317aa                       mov x0, x23
   1c4: 00000094                       bl #0x0
        # hole +0x1c4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1c8: 59020037                       tbnz w25, #0x0, #0x48
   1cc: 280340f9                       ldr x8, [x25]
   1d0: 290b40b9                       ldr w9, [x25, #0x8]
   1d4: 08050091                       add x8, x8, #0x1
   1d8: 3f0d0071                       cmp w9, #0x3
   1dc: 280300f9                       str x8, [x25]
   1e0: 81010054                       b.ne #0x30
   1e4: 291b40f9                       ldr x9, [x25, #0x30]
   1e8: 1f0309eb                       cmp x24, x9
   1ec: 2a010054                       b.ge #0x24
   1f0: 292340f9                       ldr x9, [x25, #0x40]
   1f4: 387978f8                       ldr x24, [x9, x24, lsl #3]
   1f8: 18020036                       tbz w24, #0x0, #0x40
   1fc: 080500f1                       subs x8, x8, #0x1
   200: 280300f9                       str x8, [x25]
   204: 80020054                       b.eq #0x50
   208: da020036                       tbz w26, #0x0, #0x58
   20c: 29000014                       b #0xa4
   210: ea031f2a                       mov w10, wzr
   214: 23008052                       mov w3, #0x1
   218: 08098052                       mov w8, #0x48
   21c: c50d8052                       mov w5, #0x6e
   220: 69018052                       mov w9, #0xb
   224: f7031aaa                       mov x23, x26
   228: f80319aa                       mov x24, x25
   22c: 2c008052                       mov w12, #0x1
   230: 2b008052                       mov w11, #0x1
   234: 9affff17                       b #-0x198
   238: 080340f9                       ldr x8, [x24]
   23c: 08050091                       add x8, x8, #0x1
   240: 080300f9                       str x8, [x24]
   244: 280340f9                       ldr x8, [x25]
   248: 080500f1                       subs x8, x8, #0x1
   24c: 280300f9                       str x8, [x25]
   250: c1fdff54                       b.ne #-0x48
   254: e00319aa                       mov x0, x25
   258: 00000094                       bl #0x0
        # hole +0x258: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   25c: ba020037                       tbnz w26, #0x0, #0x54
   260: 480b40b9                       ldr w8, [x26, #0x8]
   264: 1f090071                       cmp w8, #0x2
   268: 41020054                       b.ne #0x48
   26c: 38020037                       tbnz w24, #0x0, #0x44
   270: 080b40b9                       ldr w8, [x24, #0x8]
   274: 1f090071                       cmp w8, #0x2
   278: c1010054                       b.ne #0x38
   27c: 480340f9                       ldr x8, [x26]
   280: 481b40fd                       ldr d8, [x26, #0x30]
   284: 091b40fd                       ldr d9, [x24, #0x30]
   288: 080500f1                       subs x8, x8, #0x1
   28c: 480300f9                       str x8, [x26]
   290: 20020054                       b.eq #0x44
   294: 080340f9                       ldr x8, [x24]
   298: 080500f1                       subs x8, x8, #0x1
   29c: 080300f9                       str x8, [x24]
   2a0: 60020054                       b.eq #0x4c
   2a4: 0009691e                       fmul d0, d8, d9
   2a8: b5020036                       tbz w21, #0x0, #0x54
   2ac: 26000014                       b #0x98
   2b0: 23008052                       mov w3, #0x1
   2b4: 08088052                       mov w8, #0x40
   2b8: 050f8052                       mov w5, #0x78
   2bc: 89018052                       mov w9, #0xc
   2c0: f7031aaa                       mov x23, x26
   2c4: 2c008052                       mov w12, #0x1
   2c8: 2b008052                       mov w11, #0x1
   2cc: 2a008052                       mov w10, #0x1
   2d0: 73ffff17                       b #-0x234
   2d4: e0031aaa                       mov x0, x26
   2d8: 00000094                       bl #0x0
        # hole +0x2d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2dc: 080340f9                       ldr x8, [x24]
   2e0: 080500f1                       subs x8, x8, #0x1
   2e4: 080300f9                       str x8, [x24]
   2e8: e1fdff54                       b.ne #-0x44
   2ec: e00318aa                       mov x0, x24
   2f0: 00000094                       bl #0x0
        # hole +0x2f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2f4: 0009691e                       fmul d0, d8, d9
   2f8: 75020037                       tbnz w21, #0x0, #0x4c
   2fc: a80a40b9                       ldr w8, [x21, #0x8]
   300: 1f090071                       cmp w8, #0x2
   304: 01020054                       b.ne #0x40
   308: a80240f9                       ldr x8, [x21]
   30c: a81a40fd                       ldr d8, [x21, #0x30]
   310: 080500f1                       subs x8, x8, #0x1
   314: a80200f9                       str x8, [x21]
   318: c0020054                       b.eq #0x58
   31c: 080500f1                       subs x8, x8, #0x1
   320: a80200f9                       str x8, [x21]
   324: 60030054                       b.eq #0x6c
   328: c8a640a9                       ldp x8, x9, [x22, #0x8]
   32c: 0828681e                       fadd d8, d0, d8
   330: 08050091                       add x8, x8, #0x1
   334: 1f0109eb                       cmp x8, x9
   338: c80600f9                       str x8, [x22, #0x8]
   33c: eb030054                       b.lt #0x7c
   340: 9c000014                       b #0x270
   344: e00316aa                       mov x0, x22
   348: 00000094                       bl #0x0
        # hole +0x348: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   34c: f70300aa                       mov x23, x0
   350: eb031f2a                       mov w11, wzr
   354: ea031f2a                       mov w10, wzr
   358: 23008052                       mov w3, #0x1
   35c: 08078052                       mov w8, #0x38
   360: 85118052                       mov w5, #0x8c
   364: c9018052                       mov w9, #0xe
   368: 2c008052                       mov w12, #0x1
   36c: 4cffff17                       b #-0x2d0
   370: e00315aa                       mov x0, x21
   374: 0940601e                       fmov d9, d0
   378: 00000094                       bl #0x0
        # hole +0x378: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   37c: 2041601e                       fmov d0, d9
   380: a80240f9                       ldr x8, [x21]
   384: 080500f1                       subs x8, x8, #0x1
   388: a80200f9                       str x8, [x21]
   38c: e1fcff54                       b.ne #-0x64
   390: e00315aa                       mov x0, x21
   394: 0940601e                       fmov d9, d0
   398: 00000094                       bl #0x0
        # hole +0x398: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   39c: 2041601e                       fmov d0, d9
   3a0: c8a640a9                       ldp x8, x9, [x22, #0x8]
   3a4: 0828681e                       fadd d8, d0, d8
   3a8: 08050091                       add x8, x8, #0x1
   3ac: 1f0109eb                       cmp x8, x9
   3b0: c80600f9                       str x8, [x22, #0x8]
   3b4: ea0f0054                       b.ge #0x1fc
   3b8: c80240f9                       ldr x8, [x22]
   3bc: e80f00b5                       cbnz x8, #0x1fc
   3c0: 880b40b9                       ldr w8, [x28, #0x8]
   3c4: 1f110071                       cmp w8, #0x4
   3c8: c10d0054                       b.ne #0x1b8
   3cc: fa031baa                       mov x26, x27
   3d0: 8aa743a9                       ldp x10, x9, [x28, #0x38]
   3d4: 881b40f9                       ldr x8, [x28, #0x30]
   3d8: 3f0500f1                       cmp x9, #0x1
   3dc: 8b000054                       b.lt #0x10
   3e0: 1f010aeb                       cmp x8, x10
   3e4: 8b000054                       b.lt #0x10
   3e8: 9c000014                       b #0x270
   3ec: 1f010aeb                       cmp x8, x10
   3f0: 4d130054                       b.le #0x268
   3f4: ea0240f9                       ldr x10, [x23]
   3f8: eb0a40b9                       ldr w11, [x23, #0x8]
   3fc: 3b008052                       mov w27, #0x1
   400: 0901098b                       add x9, x8, x9
   404: 1bf97fb3                       bfi x27, x8, #1, #63
   408: 891b00f9                       str x9, [x28, #0x30]
   40c: 49050091                       add x9, x10, #0x1
   410: 7f0d0071                       cmp w11, #0x3
   414: e90200f9                       str x9, [x23]
   418: 81130054                       b.ne #0x270
   41c: 08f97fd3                       lsl x8, x8, #1
   420: 18fd4193                       asr x24, x8, #1
   424: 3813f8b7                       tbnz x24, #0x3f, #0x264
   428: e81a40f9                       ldr x8, [x23, #0x30]
   42c: 1f0308eb                       cmp x24, x8
   430: ca120054                       b.ge #0x258
   434: e82240f9                       ldr x8, [x23, #0x40]
   438: 1a7978f8                       ldr x26, [x8, x24, lsl #3]
   43c: 7a010036                       tbz w26, #0x0, #0x2c
   440: 280500f1                       subs x8, x9, #0x1
   444: e80200f9                       str x8, [x23]
   448: e0010054                       b.eq #0x3c
   44c: 280340f9                       ldr x8, [x25]
   450: 290b40b9                       ldr w9, [x25, #0x8]
   454: 08050091                       add x8, x8, #0x1
   458: 3f0d0071                       cmp w9, #0x3
   45c: 280300f9                       str x8, [x25]
   460: 20020054                       b.eq #0x44
   464: 92000014                       b #0x248
   468: 480340f9                       ldr x8, [x26]
   46c: 08050091                       add x8, x8, #0x1
   470: 480300f9                       str x8, [x26]
   474: e90240f9                       ldr x9, [x23]
   478: 280500f1                       subs x8, x9, #0x1
   47c: e80200f9                       str x8, [x23]
   480: 61feff54                       b.ne #-0x34
   484: e00317aa                       mov x0, x23
   488: 00000094                       bl #0x0
        # hole +0x488: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   48c: 280340f9                       ldr x8, [x25]
   490: 290b40b9                       ldr w9, [x25, #0x8]
   494: 08050091                       add x8, x8, #0x1
   498: 3f0d0071                       cmp w9, #0x3
   49c: 280300f9                       str x8, [x25]
   4a0: 61100054                       b.ne #0x20c
   4a4: 291b40f9                       ldr x9, [x25, #0x30]
   4a8: 1f0309eb                       cmp x24, x9
   4ac: 0a100054                       b.ge #0x200
   4b0: 292340f9                       ldr x9, [x25, #0x40]
   4b4: 387978f8                       ldr x24, [x9, x24, lsl #3]
   4b8: d8000036                       tbz w24, #0x0, #0x18
   4bc: 080500f1                       subs x8, x8, #0x1
   4c0: 280300f9                       str x8, [x25]
   4c4: 40010054                       b.eq #0x28
   4c8: 9a010036                       tbz w26, #0x0, #0x30
   4cc: 4f000014                       b #0x13c
   4d0: 080340f9                       ldr x8, [x24]
   4d4: 08050091                       add x8, x8, #0x1
   4d8: 080300f9                       str x8, [x24]
   4dc: 280340f9                       ldr x8, [x25]
   4e0: 080500f1                       subs x8, x8, #0x1
   4e4: 280300f9                       str x8, [x25]
   4e8: 01ffff54                       b.ne #-0x20
   4ec: e00319aa                       mov x0, x25
   4f0: 00000094                       bl #0x0
        # hole +0x4f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4f4: ba080037                       tbnz w26, #0x0, #0x114
   4f8: 480b40b9                       ldr w8, [x26, #0x8]
   4fc: 1f090071                       cmp w8, #0x2
   500: 41080054                       b.ne #0x108
   504: 38080037                       tbnz w24, #0x0, #0x104
   508: 080b40b9                       ldr w8, [x24, #0x8]
   50c: 1f090071                       cmp w8, #0x2
   510: c1070054                       b.ne #0xf8
   514: 480340f9                       ldr x8, [x26]
   518: 491b40fd                       ldr d9, [x26, #0x30]
   51c: 0a1b40fd                       ldr d10, [x24, #0x30]
   520: 080500f1                       subs x8, x8, #0x1
   524: 480300f9                       str x8, [x26]
   528: 61000054                       b.ne #0xc
   52c: e0031aaa                       mov x0, x26
   530: 00000094                       bl #0x0
        # hole +0x530: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   534: 080340f9                       ldr x8, [x24]
   538: 080500f1                       subs x8, x8, #0x1
   53c: 080300f9                       str x8, [x24]
   540: 61000054                       b.ne #0xc
   544: e00318aa                       mov x0, x24
   548: 00000094                       bl #0x0
        # hole +0x548: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   54c: 20096a1e                       fmul d0, d9, d10
   550: c8a640a9                       ldp x8, x9, [x22, #0x8]
   554: 08050091                       add x8, x8, #0x1
   558: 0829601e                       fadd d8, d8, d0
   55c: 1f0109eb                       cmp x8, x9
   560: c80600f9                       str x8, [x22, #0x8]
   564: 6a020054                       b.ge #0x4c
   568: c80240f9                       ldr x8, [x22]
   56c: 680200b5                       cbnz x8, #0x4c
   570: 880b40b9                       ldr w8, [x28, #0x8]
   574: fa031baa                       mov x26, x27
   578: 1f110071                       cmp w8, #0x4
   57c: a0f2ff54                       b.eq #-0x1ac
   580: 0041601e                       fmov d0, d8
   584: e00316aa                       mov x0, x22
   588: 00000094                       bl #0x0
        # hole +0x588: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   58c: 29008052                       mov w9, #0x1
   590: f7031faa                       mov x23, xzr
   594: eb031f2a                       mov w11, wzr
   598: ea031f2a                       mov w10, wzr
   59c: 08058052                       mov w8, #0x28
   5a0: 45018052                       mov w5, #0xa
   5a4: fa031baa                       mov x26, x27
   5a8: e303092a                       mov w3, w9
   5ac: 0e000014                       b #0x38
   5b0: 28008052                       mov w8, #0x1
   5b4: c80200f9                       str x8, [x22]
   5b8: 0041601e                       fmov d0, d8
   5bc: e00316aa                       mov x0, x22
   5c0: 00000094                       bl #0x0
        # hole +0x5c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   5c4: f7031faa                       mov x23, xzr
   5c8: eb031f2a                       mov w11, wzr
   5cc: ea031f2a                       mov w10, wzr
   5d0: 43008052                       mov w3, #0x2
   5d4: 08058052                       mov w8, #0x28
   5d8: 45158052                       mov w5, #0xaa
   5dc: 29028052                       mov w9, #0x11
   5e0: fa031baa                       mov x26, x27
   5e4: 8d0e40f9                       ldr x13, [x20, #0x18]
   5e8: 1f0015eb                       cmp x0, x21
   5ec: 61000054                       b.ne #0xc
   5f0: ec030b2a                       mov w12, w11
   5f4: acfeff17                       b #-0x550
   5f8: ec030b2a                       mov w12, w11
   5fc: f50300aa                       mov x21, x0
   600: a00900f9                       str x0, [x13, #0x10]
   604: a8feff17                       b #-0x560
   608: 0041601e                       fmov d0, d8
   60c: e00316aa                       mov x0, x22
   610: 00000094                       bl #0x0
        # hole +0x610: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   614: c00000b5                       cbnz x0, #0x18
   618: 23008052                       mov w3, #0x1
   61c: 08088052                       mov w8, #0x40
   620: 050f8052                       mov w5, #0x78
   624: 89018052                       mov w9, #0xc
   628: 07000014                       b #0x1c
   62c: 4a008052                       mov w10, #0x2
   630: 23008052                       mov w3, #0x1
   634: 08088052                       mov w8, #0x40
   638: 050f8052                       mov w5, #0x78
   63c: 89018052                       mov w9, #0xc
   640: 0a0000f9                       str x10, [x0]
   644: f7031aaa                       mov x23, x26
   648: fa031baa                       mov x26, x27
   64c: 2b008052                       mov w11, #0x1
   650: 2a008052                       mov w10, #0x1
   654: e4ffff17                       b #-0x70
   658: 0041601e                       fmov d0, d8
   65c: e00316aa                       mov x0, x22
   660: 00000094                       bl #0x0
        # hole +0x660: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   664: 49008052                       mov w9, #0x2
   668: f7031faa                       mov x23, xzr
   66c: eb031f2a                       mov w11, wzr
   670: ea031f2a                       mov w10, wzr
   674: 08058052                       mov w8, #0x28
   678: 85028052                       mov w5, #0x14
   67c: fb031aaa                       mov x27, x26
   680: e303092a                       mov w3, w9
   684: d8ffff17                       b #-0xa0
   688: 0041601e                       fmov d0, d8
   68c: e00316aa                       mov x0, x22
   690: 00000094                       bl #0x0
        # hole +0x690: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   694: e00100b5                       cbnz x0, #0x3c
   698: 23008052                       mov w3, #0x1
   69c: 08088052                       mov w8, #0x40
   6a0: 050a8052                       mov w5, #0x50
   6a4: 09018052                       mov w9, #0x8
   6a8: 10000014                       b #0x40
   6ac: 0041601e                       fmov d0, d8
   6b0: e00316aa                       mov x0, x22
   6b4: 00000094                       bl #0x0
        # hole +0x6b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   6b8: ea031f2a                       mov w10, wzr
   6bc: a00100b5                       cbnz x0, #0x34
   6c0: 23008052                       mov w3, #0x1
   6c4: 08098052                       mov w8, #0x48
   6c8: c50d8052                       mov w5, #0x6e
   6cc: 0e000014                       b #0x38
   6d0: 4a008052                       mov w10, #0x2
   6d4: 23008052                       mov w3, #0x1
   6d8: 08088052                       mov w8, #0x40
   6dc: 050a8052                       mov w5, #0x50
   6e0: 09018052                       mov w9, #0x8
   6e4: 0a0000f9                       str x10, [x0]
   6e8: f8031baa                       mov x24, x27
   6ec: d8ffff17                       b #-0xa0
   6f0: 49008052                       mov w9, #0x2
   6f4: 23008052                       mov w3, #0x1
   6f8: 08098052                       mov w8, #0x48
   6fc: c50d8052                       mov w5, #0x6e
   700: 090000f9                       str x9, [x0]
   704: 69018052                       mov w9, #0xb
   708: f7031aaa                       mov x23, x26
   70c: f80319aa                       mov x24, x25
   710: fa031baa                       mov x26, x27
   714: 2b008052                       mov w11, #0x1
   718: b3ffff17                       b #-0x134
