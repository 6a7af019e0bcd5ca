# stencil attr_loop for aarch64-unknown-linux-gnu: 1860 code bytes, 0 data bytes, 16 holes
     0: ffc300d1                       sub sp, sp, #0x30
     4: 8b0e40f9                       ldr x11, [x20, #0x18]
     8: fd7b02a9                       stp x29, x30, [sp, #0x20]
     c: 7d0d40f9                       ldr x29, [x11, #0x18]
    10: 1d020037                       tbnz w29, #0x0, #0x40
    14: a80b40b9                       ldr w8, [x29, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: a1010054                       b.ne #0x34
    20: aaa343a9                       ldp x10, x8, [x29, #0x38]
    24: 770940f9                       ldr x23, [x11, #0x10]
    28: 754d40a9                       ldp x21, x19, [x11]
    2c: a91b40f9                       ldr x9, [x29, #0x30]
    30: 1f0500f1                       cmp x8, #0x1
    34: eb020054                       b.lt #0x5c
    38: 3f010aeb                       cmp x9, x10
    3c: eb020054                       b.lt #0x5c
    40: 5b008052                       mov w27, #0x2
    44: 1a048052                       mov w26, #0x20
    48: 85028052                       mov w5, #0x14
    4c: 04000014                       b #0x10
    50: 3b008052                       mov w27, #0x1
    54: 1a048052                       mov w26, #0x20
    58: 45018052                       mov w5, #0xa
    5c: e3031b2a                       mov w3, w27
    60: 080080d2                       mov x8, #0x0
        # hole +0x60: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    64: 61011a8b                       add x1, x11, x26
    68: e00314aa                       mov x0, x20
    6c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    70: e20316aa                       mov x2, x22
    74: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x74: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    78: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x78: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    7c: 04011b8b                       add x4, x8, x27
    80: 00000094                       bl #0x0
        # hole +0x80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    84: fd7b42a9                       ldp x29, x30, [sp, #0x20]
    88: ffc30091                       add sp, sp, #0x30
    8c: c0035fd6                       ret
    90: 3f010aeb                       cmp x9, x10
    94: 6dfdff54                       b.le #-0x54
    98: 2a008052                       mov w10, #0x1
    9c: 2801088b                       add x8, x9, x8
    a0: 580509aa                       orr x24, x10, x9, lsl #1
    a4: a81b00f9                       str x8, [x29, #0x30]
    a8: f3000037                       tbnz w19, #0x0, #0x1c
    ac: 680240f9                       ldr x8, [x19]
    b0: 080500f1                       subs x8, x8, #0x1
    b4: 680200f9                       str x8, [x19]
    b8: 61000054                       b.ne #0xc
    bc: e00313aa                       mov x0, x19
    c0: 00000094                       bl #0x0
        # hole +0xc0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    c4: 35040037                       tbnz w21, #0x0, #0x84
    c8: a80240f9                       ldr x8, [x21]
    cc: a90a40b9                       ldr w9, [x21, #0x8]
    d0: 08050091                       add x8, x8, #0x1
    d4: 3f1d0071                       cmp w9, #0x7
    d8: a80200f9                       str x8, [x21]
    dc: 61030054                       b.ne #0x6c
    e0: 190080d2                       mov x25, #0x0
        # hole +0xe0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[6]+0
    e4: a81a40f9                       ldr x8, [x21, #0x30]
    e8: 1900a0f2                       movk x25, #0x0, lsl #16
        # hole +0xe8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[6]+0
    ec: 1900c0f2                       movk x25, #0x0, lsl #32
        # hole +0xec: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[6]+0
    f0: 081940f9                       ldr x8, [x8, #0x30]
    f4: 1900e0f2                       movk x25, #0x0, lsl #48
        # hole +0xf4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[6]+0
    f8: e90319aa                       mov x9, x25
    fc: 1f0109eb                       cmp x8, x9
   100: 41020054                       b.ne #0x48
   104: a80240f9                       ldr x8, [x21]
   108: a91e40f9                       ldr x9, [x21, #0x38]
   10c: f80b00f9                       str x24, [sp, #0x10]
   110: 08050091                       add x8, x8, #0x1
   114: a80200f9                       str x8, [x21]
   118: a92700b4                       cbz x9, #0x4f4
   11c: b82240f9                       ldr x24, [x21, #0x40]
   120: 78020037                       tbnz w24, #0x0, #0x4c
   124: 080340f9                       ldr x8, [x24]
   128: 08050091                       add x8, x8, #0x1
   12c: 080300f9                       str x8, [x24]
   130: a80240f9                       ldr x8, [x21]
   134: 080500f1                       subs x8, x8, #0x1
   138: a80200f9                       str x8, [x21]
   13c: e0010054                       b.eq #0x3c
   140: 37020036                       tbz w23, #0x0, #0x44
   144: 2a000014                       b #0xa8
   148: 23008052                       mov w3, #0x1
   14c: e8031f2a                       mov w8, wzr
   150: ea031f2a                       mov w10, wzr
   154: 1a058052                       mov w26, #0x28
   158: 85078052                       mov w5, #0x3c
   15c: db008052                       mov w27, #0x6
   160: fc0315aa                       mov x28, x21
   164: e903032a                       mov w9, w3
   168: 2c000014                       b #0xb0
   16c: 080500f1                       subs x8, x8, #0x1
   170: a80200f9                       str x8, [x21]
   174: 61feff54                       b.ne #-0x34
   178: e00315aa                       mov x0, x21
   17c: 00000094                       bl #0x0
        # hole +0x17c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   180: 77030037                       tbnz w23, #0x0, #0x6c
   184: e80240f9                       ldr x8, [x23]
   188: e90a40b9                       ldr w9, [x23, #0x8]
   18c: 0a050091                       add x10, x8, #0x1
   190: 3f1d0071                       cmp w9, #0x7
   194: ea0200f9                       str x10, [x23]
   198: a1020054                       b.ne #0x54
   19c: e91a40f9                       ldr x9, [x23, #0x30]
   1a0: 291940f9                       ldr x9, [x9, #0x30]
   1a4: 3f0d00f1                       cmp x9, #0x3
   1a8: 21020054                       b.ne #0x44
   1ac: e91e40f9                       ldr x9, [x23, #0x38]
   1b0: 292800b4                       cbz x9, #0x504
   1b4: e92240f9                       ldr x9, [x23, #0x40]
   1b8: e90f00f9                       str x9, [sp, #0x18]
   1bc: 69040037                       tbnz w9, #0x0, #0x8c
   1c0: 280140f9                       ldr x8, [x9]
   1c4: 08050091                       add x8, x8, #0x1
   1c8: 280100f9                       str x8, [x9]
   1cc: e80240f9                       ldr x8, [x23]
   1d0: 080500f1                       subs x8, x8, #0x1
   1d4: e80200f9                       str x8, [x23]
   1d8: a1030054                       b.ne #0x74
   1dc: e00317aa                       mov x0, x23
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1e4: e90f40f9                       ldr x9, [sp, #0x18]
   1e8: 19000014                       b #0x64
   1ec: e8031f2a                       mov w8, wzr
   1f0: e9031f2a                       mov w9, wzr
   1f4: 23008052                       mov w3, #0x1
   1f8: 1a078052                       mov w26, #0x38
   1fc: 850c8052                       mov w5, #0x64
   200: 5b018052                       mov w27, #0xa
   204: fc0315aa                       mov x28, x21
   208: f50318aa                       mov x21, x24
   20c: f70f00f9                       str x23, [sp, #0x18]
   210: f80b40f9                       ldr x24, [sp, #0x10]
   214: 2a008052                       mov w10, #0x1
   218: 8b0e40f9                       ldr x11, [x20, #0x18]
   21c: 1f0313eb                       cmp x24, x19
   220: 40000054                       b.eq #0x8
   224: 780500f9                       str x24, [x11, #0x8]
   228: c8f10737                       tbnz w8, #0x0, #-0x1c8
   22c: 7c1100f9                       str x28, [x11, #0x20]
   230: 89f10737                       tbnz w9, #0x0, #-0x1d0
   234: 751500f9                       str x21, [x11, #0x28]
   238: 4af1ff34                       cbz w10, #-0x1d8
   23c: e80f40f9                       ldr x8, [sp, #0x18]
   240: 681900f9                       str x8, [x11, #0x30]
   244: 87ffff17                       b #-0x1e4
   248: e80200f9                       str x8, [x23]
   24c: 98130036                       tbz w24, #0x0, #0x270
   250: 69130036                       tbz w9, #0x0, #0x26c
   254: 28fd4193                       asr x8, x9, #1
   258: 0900f8d2                       mov x9, #-0x4000000000000000
   25c: 0805988b                       add x8, x8, x24, asr #1
   260: 1f0109ab                       cmn x8, x9
   264: 45230054                       b.pl #0x468
   268: a90a40b9                       ldr w9, [x21, #0x8]
   26c: 23008052                       mov w3, #0x1
   270: 7c0408aa                       orr x28, x3, x8, lsl #1
   274: 3f1d0071                       cmp w9, #0x7
   278: 61250054                       b.ne #0x4ac
   27c: a81e40f9                       ldr x8, [x21, #0x38]
   280: f80b40f9                       ldr x24, [sp, #0x10]
   284: 1f0900f1                       cmp x8, #0x2
   288: 03230054                       b.lo #0x460
   28c: a02640f9                       ldr x0, [x21, #0x48]
   290: bc2600f9                       str x28, [x21, #0x48]
   294: c0000037                       tbnz w0, #0x0, #0x18
   298: 080040f9                       ldr x8, [x0]
   29c: 080500f1                       subs x8, x8, #0x1
   2a0: 080000f9                       str x8, [x0]
   2a4: 41000054                       b.ne #0x8
   2a8: 00000094                       bl #0x0
        # hole +0x2a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2ac: a80240f9                       ldr x8, [x21]
   2b0: 080500f1                       subs x8, x8, #0x1
   2b4: a80200f9                       str x8, [x21]
   2b8: 61000054                       b.ne #0xc
   2bc: e00315aa                       mov x0, x21
   2c0: 00000094                       bl #0x0
        # hole +0x2c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2c4: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2c8: 08050091                       add x8, x8, #0x1
   2cc: 1f0109eb                       cmp x8, x9
   2d0: c80600f9                       str x8, [x22, #0x8]
   2d4: 6a100054                       b.ge #0x20c
   2d8: c80240f9                       ldr x8, [x22]
   2dc: 481100b5                       cbnz x8, #0x228
   2e0: a80b40b9                       ldr w8, [x29, #0x8]
   2e4: 1f110071                       cmp w8, #0x4
   2e8: e1110054                       b.ne #0x23c
   2ec: eb0f40f9                       ldr x11, [sp, #0x18]
   2f0: 1a048052                       mov w26, #0x20
   2f4: db008052                       mov w27, #0x6
   2f8: 45018052                       mov w5, #0xa
   2fc: f30700f9                       str x19, [sp, #0x8]
   300: aaa743a9                       ldp x10, x9, [x29, #0x38]
   304: a81b40f9                       ldr x8, [x29, #0x30]
   308: eb0f00f9                       str x11, [sp, #0x18]
   30c: 3f0500f1                       cmp x9, #0x1
   310: 8b000054                       b.lt #0x10
   314: 1f010aeb                       cmp x8, x10
   318: 8b000054                       b.lt #0x10
   31c: 93000014                       b #0x24c
   320: 1f010aeb                       cmp x8, x10
   324: 2d120054                       b.le #0x244
   328: 0901098b                       add x9, x8, x9
   32c: aa0240f9                       ldr x10, [x21]
   330: ab0a40b9                       ldr w11, [x21, #0x8]
   334: a91b00f9                       str x9, [x29, #0x30]
   338: 29008052                       mov w9, #0x1
   33c: 380508aa                       orr x24, x9, x8, lsl #1
   340: 48050091                       add x8, x10, #0x1
   344: 7f1d0071                       cmp w11, #0x7
   348: a80200f9                       str x8, [x21]
   34c: e11d0054                       b.ne #0x3bc
   350: a81a40f9                       ldr x8, [x21, #0x30]
   354: 081940f9                       ldr x8, [x8, #0x30]
   358: 1f0119eb                       cmp x8, x25
   35c: 41110054                       b.ne #0x228
   360: a80240f9                       ldr x8, [x21]
   364: a91e40f9                       ldr x9, [x21, #0x38]
   368: 08050091                       add x8, x8, #0x1
   36c: a80200f9                       str x8, [x21]
   370: 091600b4                       cbz x9, #0x2c0
   374: aa2240f9                       ldr x10, [x21, #0x40]
   378: aa000037                       tbnz w10, #0x0, #0x14
   37c: 480140f9                       ldr x8, [x10]
   380: 08050091                       add x8, x8, #0x1
   384: 480100f9                       str x8, [x10]
   388: a80240f9                       ldr x8, [x21]
   38c: 080500d1                       sub x8, x8, #0x1
   390: e90a40b9                       ldr w9, [x23, #0x8]
   394: a80200f9                       str x8, [x21]
   398: e80240f9                       ldr x8, [x23]
   39c: 3f1d0071                       cmp w9, #0x7
   3a0: 08050091                       add x8, x8, #0x1
   3a4: e80200f9                       str x8, [x23]
   3a8: e10f0054                       b.ne #0x1fc
   3ac: e91a40f9                       ldr x9, [x23, #0x30]
   3b0: 291940f9                       ldr x9, [x9, #0x30]
   3b4: 3f0d00f1                       cmp x9, #0x3
   3b8: 610f0054                       b.ne #0x1ec
   3bc: e91e40f9                       ldr x9, [x23, #0x38]
   3c0: 891400b4                       cbz x9, #0x290
   3c4: eb2240f9                       ldr x11, [x23, #0x40]
   3c8: ab000037                       tbnz w11, #0x0, #0x14
   3cc: 680140f9                       ldr x8, [x11]
   3d0: 08050091                       add x8, x8, #0x1
   3d4: 680100f9                       str x8, [x11]
   3d8: e80240f9                       ldr x8, [x23]
   3dc: 080500d1                       sub x8, x8, #0x1
   3e0: e80200f9                       str x8, [x23]
   3e4: 0a0b0036                       tbz w10, #0x0, #0x160
   3e8: eb0a0036                       tbz w11, #0x0, #0x15c
   3ec: 68fd4193                       asr x8, x11, #1
   3f0: 0900f8d2                       mov x9, #-0x4000000000000000
   3f4: 08058a8b                       add x8, x8, x10, asr #1
   3f8: 1f0109ab                       cmn x8, x9
   3fc: a5130054                       b.pl #0x274
   400: a91e40f9                       ldr x9, [x21, #0x38]
   404: 23008052                       mov w3, #0x1
   408: 7c0408aa                       orr x28, x3, x8, lsl #1
   40c: 3f0900f1                       cmp x9, #0x2
   410: 23140054                       b.lo #0x284
   414: a02640f9                       ldr x0, [x21, #0x48]
   418: bc2600f9                       str x28, [x21, #0x48]
   41c: 20010037                       tbnz w0, #0x0, #0x24
   420: 080040f9                       ldr x8, [x0]
   424: 080500f1                       subs x8, x8, #0x1
   428: 080000f9                       str x8, [x0]
   42c: a1000054                       b.ne #0x14
   430: eb0f00f9                       str x11, [sp, #0x18]
   434: 00000094                       bl #0x0
        # hole +0x434: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   438: eb0f40f9                       ldr x11, [sp, #0x18]
   43c: 45018052                       mov w5, #0xa
   440: a80240f9                       ldr x8, [x21]
   444: 080500f1                       subs x8, x8, #0x1
   448: a80200f9                       str x8, [x21]
   44c: 61010054                       b.ne #0x2c
   450: e00315aa                       mov x0, x21
   454: f30318aa                       mov x19, x24
   458: f8031caa                       mov x24, x28
   45c: fc030baa                       mov x28, x11
   460: 00000094                       bl #0x0
        # hole +0x460: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   464: eb031caa                       mov x11, x28
   468: fc0318aa                       mov x28, x24
   46c: f80313aa                       mov x24, x19
   470: f30740f9                       ldr x19, [sp, #0x8]
   474: 45018052                       mov w5, #0xa
   478: c8a640a9                       ldp x8, x9, [x22, #0x8]
   47c: 08050091                       add x8, x8, #0x1
   480: 1f0109eb                       cmp x8, x9
   484: c80600f9                       str x8, [x22, #0x8]
   488: 4a0a0054                       b.ge #0x148
   48c: c80240f9                       ldr x8, [x22]
   490: e80a00b5                       cbnz x8, #0x15c
   494: a80b40b9                       ldr w8, [x29, #0x8]
   498: 23008052                       mov w3, #0x1
   49c: 1f110071                       cmp w8, #0x4
   4a0: 00f3ff54                       b.eq #-0x1a0
   4a4: eb0f00f9                       str x11, [sp, #0x18]
   4a8: e9031f2a                       mov w9, wzr
   4ac: ea031f2a                       mov w10, wzr
   4b0: 3b008052                       mov w27, #0x1
   4b4: 28008052                       mov w8, #0x1
   4b8: 58ffff17                       b #-0x2a0
   4bc: e8031f2a                       mov w8, wzr
   4c0: e9031f2a                       mov w9, wzr
   4c4: 23008052                       mov w3, #0x1
   4c8: 1a078052                       mov w26, #0x38
   4cc: 050f8052                       mov w5, #0x78
   4d0: 9b018052                       mov w27, #0xc
   4d4: fc0315aa                       mov x28, x21
   4d8: f50318aa                       mov x21, x24
   4dc: 4dffff17                       b #-0x2cc
   4e0: 28008052                       mov w8, #0x1
   4e4: e9031f2a                       mov w9, wzr
   4e8: ea031f2a                       mov w10, wzr
   4ec: 43008052                       mov w3, #0x2
   4f0: 1a048052                       mov w26, #0x20
   4f4: c80200f9                       str x8, [x22]
   4f8: 05148052                       mov w5, #0xa0
   4fc: 1b028052                       mov w27, #0x10
   500: 46ffff17                       b #-0x2e8
   504: e9031f2a                       mov w9, wzr
   508: ea031f2a                       mov w10, wzr
   50c: 28008052                       mov w8, #0x1
   510: 43008052                       mov w3, #0x2
   514: 1a048052                       mov w26, #0x20
   518: 05148052                       mov w5, #0xa0
   51c: 1b028052                       mov w27, #0x10
   520: 3effff17                       b #-0x308
   524: 3b008052                       mov w27, #0x1
   528: e9031f2a                       mov w9, wzr
   52c: ea031f2a                       mov w10, wzr
   530: 1a048052                       mov w26, #0x20
   534: 45018052                       mov w5, #0xa
   538: e3031b2a                       mov w3, w27
   53c: e8031b2a                       mov w8, w27
   540: 36ffff17                       b #-0x328
   544: eb0f00f9                       str x11, [sp, #0x18]
   548: e8031f2a                       mov w8, wzr
   54c: e9031f2a                       mov w9, wzr
   550: 23008052                       mov w3, #0x1
   554: fc0315aa                       mov x28, x21
   558: f5030aaa                       mov x21, x10
   55c: 9b018052                       mov w27, #0xc
   560: 050f8052                       mov w5, #0x78
   564: 18000014                       b #0x60
   568: 5b008052                       mov w27, #0x2
   56c: e9031f2a                       mov w9, wzr
   570: ea031f2a                       mov w10, wzr
   574: 28008052                       mov w8, #0x1
   578: e3031b2a                       mov w3, w27
   57c: 85028052                       mov w5, #0x14
   580: 26ffff17                       b #-0x368
   584: 23008052                       mov w3, #0x1
   588: e8031f2a                       mov w8, wzr
   58c: ea031f2a                       mov w10, wzr
   590: fc0315aa                       mov x28, x21
   594: 85078052                       mov w5, #0x3c
   598: e903032a                       mov w9, w3
   59c: 1a058052                       mov w26, #0x28
   5a0: 1effff17                       b #-0x388
   5a4: e8031f2a                       mov w8, wzr
   5a8: e9031f2a                       mov w9, wzr
   5ac: 23008052                       mov w3, #0x1
   5b0: fc0315aa                       mov x28, x21
   5b4: f5030aaa                       mov x21, x10
   5b8: f70f00f9                       str x23, [sp, #0x18]
   5bc: 5b018052                       mov w27, #0xa
   5c0: 850c8052                       mov w5, #0x64
   5c4: 2a008052                       mov w10, #0x1
   5c8: 1a078052                       mov w26, #0x38
   5cc: 13ffff17                       b #-0x3b4
   5d0: 28008052                       mov w8, #0x1
   5d4: eb0f00f9                       str x11, [sp, #0x18]
   5d8: e9031f2a                       mov w9, wzr
   5dc: ea031f2a                       mov w10, wzr
   5e0: 43008052                       mov w3, #0x2
   5e4: c80200f9                       str x8, [x22]
   5e8: cbffff17                       b #-0xd4
   5ec: eb0f00f9                       str x11, [sp, #0x18]
   5f0: e9031f2a                       mov w9, wzr
   5f4: ea031f2a                       mov w10, wzr
   5f8: 28008052                       mov w8, #0x1
   5fc: 43008052                       mov w3, #0x2
   600: 1b028052                       mov w27, #0x10
   604: 05148052                       mov w5, #0xa0
   608: 04ffff17                       b #-0x3f0
   60c: f80b40f9                       ldr x24, [sp, #0x10]
   610: e8031f2a                       mov w8, wzr
   614: ea031f2a                       mov w10, wzr
   618: 23008052                       mov w3, #0x1
   61c: 1a068052                       mov w26, #0x30
   620: 050a8052                       mov w5, #0x50
   624: 1b018052                       mov w27, #0x8
   628: fc0315aa                       mov x28, x21
   62c: fbfeff17                       b #-0x414
   630: e8031f2a                       mov w8, wzr
   634: ea031f2a                       mov w10, wzr
   638: 23008052                       mov w3, #0x1
   63c: fc0315aa                       mov x28, x21
   640: 1b018052                       mov w27, #0x8
   644: 050a8052                       mov w5, #0x50
   648: 1a068052                       mov w26, #0x30
   64c: f3feff17                       b #-0x434
   650: e8031f2a                       mov w8, wzr
   654: 23008052                       mov w3, #0x1
   658: fc0315aa                       mov x28, x21
   65c: f5030aaa                       mov x21, x10
   660: 7b018052                       mov w27, #0xb
   664: c50d8052                       mov w5, #0x6e
   668: f70f00f9                       str x23, [sp, #0x18]
   66c: d6ffff17                       b #-0xa8
   670: eb0f00f9                       str x11, [sp, #0x18]
   674: e8031f2a                       mov w8, wzr
   678: e9031f2a                       mov w9, wzr
   67c: 23008052                       mov w3, #0x1
   680: fc0315aa                       mov x28, x21
   684: f5030aaa                       mov x21, x10
   688: bb018052                       mov w27, #0xd
   68c: 45108052                       mov w5, #0x82
   690: cdffff17                       b #-0xcc
   694: eb0f00f9                       str x11, [sp, #0x18]
   698: e8031f2a                       mov w8, wzr
   69c: e9031f2a                       mov w9, wzr
   6a0: ea031f2a                       mov w10, wzr
   6a4: fb018052                       mov w27, #0xf
   6a8: c5128052                       mov w5, #0x96
   6ac: 1a068052                       mov w26, #0x30
   6b0: dafeff17                       b #-0x498
   6b4: e8031f2a                       mov w8, wzr
   6b8: 23008052                       mov w3, #0x1
   6bc: 1a078052                       mov w26, #0x38
   6c0: c50d8052                       mov w5, #0x6e
   6c4: 7b018052                       mov w27, #0xb
   6c8: cffeff17                       b #-0x4c4
   6cc: e8031f2a                       mov w8, wzr
   6d0: e9031f2a                       mov w9, wzr
   6d4: 23008052                       mov w3, #0x1
   6d8: 1a078052                       mov w26, #0x38
   6dc: 45108052                       mov w5, #0x82
   6e0: bb018052                       mov w27, #0xd
   6e4: 7cffff17                       b #-0x210
   6e8: e8031f2a                       mov w8, wzr
   6ec: e9031f2a                       mov w9, wzr
   6f0: ea031f2a                       mov w10, wzr
   6f4: 23008052                       mov w3, #0x1
   6f8: 1a068052                       mov w26, #0x30
   6fc: c5128052                       mov w5, #0x96
   700: fb018052                       mov w27, #0xf
   704: c5feff17                       b #-0x4ec
   708: e8031f2a                       mov w8, wzr
   70c: ea031f2a                       mov w10, wzr
   710: fc0315aa                       mov x28, x21
   714: e303092a                       mov w3, w9
   718: 85078052                       mov w5, #0x3c
   71c: 1a058052                       mov w26, #0x28
   720: befeff17                       b #-0x508
   724: f80b40f9                       ldr x24, [sp, #0x10]
   728: e8031f2a                       mov w8, wzr
   72c: e9031f2a                       mov w9, wzr
   730: ea031f2a                       mov w10, wzr
   734: 1a068052                       mov w26, #0x30
   738: c5128052                       mov w5, #0x96
   73c: fb018052                       mov w27, #0xf
   740: b6feff17                       b #-0x528
