# stencil nested_outer for aarch64-unknown-linux-gnu: 2292 code bytes, 0 data bytes, 67 holes
     0: ffc302d1                       sub sp, sp, #0xb0
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b0aa9                       stp x29, x30, [sp, #0xa0]
     c: f90316aa                       mov x25, x22
    10: 095540a9                       ldp x9, x21, [x8]
    14: 1d1140f9                       ldr x29, [x8, #0x20]
    18: fd5302a9                       stp x29, x20, [sp, #0x20]
    1c: e95700a9                       stp x9, x21, [sp]
    20: e95705a9                       stp x9, x21, [sp, #0x50]
    24: 0a2541a9                       ldp x10, x9, [x8, #0x10]
    28: fd3b00f9                       str x29, [sp, #0x70]
    2c: ea2701a9                       stp x10, x9, [sp, #0x10]
    30: ea2706a9                       stp x10, x9, [sp, #0x60]
    34: c9a240a9                       ldp x9, x8, [x22, #0x8]
    38: e92700f9                       str x9, [sp, #0x48]
    3c: 9d210037                       tbnz w29, #0x0, #0x430
    40: 140080d2                       mov x20, #0x0
        # hole +0x40: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    44: e81f00f9                       str x8, [sp, #0x38]
    48: 080900d1                       sub x8, x8, #0x2
    4c: 1400a0f2                       movk x20, #0x0, lsl #16
        # hole +0x4c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    50: e81b00f9                       str x8, [sp, #0x30]
    54: 2b008052                       mov w11, #0x1
    58: 1400c0f2                       movk x20, #0x0, lsl #32
        # hole +0x58: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    5c: 1b00f8d2                       mov x27, #-0x4000000000000000
    60: 1400e0f2                       movk x20, #0x0, lsl #48
        # hole +0x60: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    64: f42300f9                       str x20, [sp, #0x40]
    68: 0d000014                       b #0x34
    6c: 680240f9                       ldr x8, [x19]
    70: 080500f1                       subs x8, x8, #0x1
    74: 680200f9                       str x8, [x19]
    78: 201d0054                       b.eq #0x3a4
    7c: f42340f9                       ldr x20, [sp, #0x40]
    80: 2b008052                       mov w11, #0x1
    84: fa5705a9                       stp x26, x21, [sp, #0x50]
    88: f64b06a9                       stp x22, x18, [sp, #0x60]
    8c: fd4f07a9                       stp x29, x19, [sp, #0x70]
    90: fc4308a9                       stp x28, x16, [sp, #0x80]
    94: f70309a9                       stp x23, x0, [sp, #0x90]
    98: bd1e0037                       tbnz w29, #0x0, #0x3d4
    9c: a80b40b9                       ldr w8, [x29, #0x8]
    a0: 1f110071                       cmp w8, #0x4
    a4: 411e0054                       b.ne #0x3c8
    a8: aaa743a9                       ldp x10, x9, [x29, #0x38]
    ac: a81b40f9                       ldr x8, [x29, #0x30]
    b0: 3f0500f1                       cmp x9, #0x1
    b4: 8b000054                       b.lt #0x10
    b8: 1f010aeb                       cmp x8, x10
    bc: 8b000054                       b.lt #0x10
    c0: 9e010014                       b #0x678
    c4: 1f010aeb                       cmp x8, x10
    c8: 8d330054                       b.le #0x670
    cc: 0901098b                       add x9, x8, x9
    d0: 680508aa                       orr x8, x11, x8, lsl #1
    d4: a91b00f9                       str x9, [x29, #0x30]
    d8: e83f00f9                       str x8, [sp, #0x78]
    dc: e82f00f9                       str x8, [sp, #0x58]
    e0: b5000037                       tbnz w21, #0x0, #0x14
    e4: a80240f9                       ldr x8, [x21]
    e8: 080500f1                       subs x8, x8, #0x1
    ec: a80200f9                       str x8, [x21]
    f0: 80010054                       b.eq #0x30
    f4: d4010037                       tbnz w20, #0x0, #0x38
    f8: 880240f9                       ldr x8, [x20]
    fc: 08050091                       add x8, x8, #0x1
   100: 880200f9                       str x8, [x20]
   104: e83740f9                       ldr x8, [sp, #0x68]
   108: f50314aa                       mov x21, x20
   10c: f43f00f9                       str x20, [sp, #0x78]
   110: 68010036                       tbz w8, #0x0, #0x2c
   114: e84300f9                       str x8, [sp, #0x80]
   118: f5010036                       tbz w21, #0x0, #0x3c
   11c: 90010014                       b #0x640
   120: e00315aa                       mov x0, x21
   124: 00000094                       bl #0x0
        # hole +0x124: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   128: 94fe0736                       tbz w20, #0x0, #-0x30
   12c: e83740f9                       ldr x8, [sp, #0x68]
   130: f50314aa                       mov x21, x20
   134: f43f00f9                       str x20, [sp, #0x78]
   138: e8fe0737                       tbnz w8, #0x0, #-0x24
   13c: 090140f9                       ldr x9, [x8]
   140: 29050091                       add x9, x9, #0x1
   144: 090100f9                       str x9, [x8]
   148: f53f40f9                       ldr x21, [sp, #0x78]
   14c: e84300f9                       str x8, [sp, #0x80]
   150: 75300037                       tbnz w21, #0x0, #0x60c
   154: a80a40b9                       ldr w8, [x21, #0x8]
   158: 1f210071                       cmp w8, #0x8
   15c: 01300054                       b.ne #0x600
   160: a81e40f9                       ldr x8, [x21, #0x38]
   164: e9430191                       add x9, sp, #0x50
   168: e00319aa                       mov x0, x25
   16c: 21c10091                       add x1, x9, #0x30
   170: 22008052                       mov w2, #0x1
   174: 00013fd6                       blr x8
   178: e84340f9                       ldr x8, [sp, #0x80]
   17c: f30300aa                       mov x19, x0
   180: a8000037                       tbnz w8, #0x0, #0x14
   184: 090140f9                       ldr x9, [x8]
   188: 290500f1                       subs x9, x9, #0x1
   18c: 090100f9                       str x9, [x8]
   190: 400d0054                       b.eq #0x1a8
   194: a80240f9                       ldr x8, [x21]
   198: 080500f1                       subs x8, x8, #0x1
   19c: a80200f9                       str x8, [x21]
   1a0: 61000054                       b.ne #0xc
   1a4: e00315aa                       mov x0, x21
   1a8: 00000094                       bl #0x0
        # hole +0x1a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1ac: 933400b4                       cbz x19, #0x690
   1b0: fa5745a9                       ldp x26, x21, [sp, #0x50]
   1b4: fd3b40f9                       ldr x29, [sp, #0x70]
   1b8: f64b46a9                       ldp x22, x18, [sp, #0x60]
   1bc: f74b40f9                       ldr x23, [sp, #0x90]
   1c0: f33f00f9                       str x19, [sp, #0x78]
   1c4: fc4348a9                       ldp x28, x16, [sp, #0x80]
   1c8: 731f0037                       tbnz w19, #0x0, #0x3ec
   1cc: 680a40b9                       ldr w8, [x19, #0x8]
   1d0: 1f110071                       cmp w8, #0x4
   1d4: 011f0054                       b.ne #0x3e0
   1d8: 69a243a9                       ldp x9, x8, [x19, #0x38]
   1dc: e04f40f9                       ldr x0, [sp, #0x98]
   1e0: 741a40f9                       ldr x20, [x19, #0x30]
   1e4: 1f0500f1                       cmp x8, #0x1
   1e8: 8b000054                       b.lt #0x10
   1ec: 9f0209eb                       cmp x20, x9
   1f0: 8b000054                       b.lt #0x10
   1f4: 9effff17                       b #-0x188
   1f8: 9f0209eb                       cmp x20, x9
   1fc: 8df3ff54                       b.le #-0x190
   200: 8802088b                       add x8, x20, x8
   204: 681a00f9                       str x8, [x19, #0x30]
   208: b6000037                       tbnz w22, #0x0, #0x14
   20c: c80240f9                       ldr x8, [x22]
   210: 080500f1                       subs x8, x8, #0x1
   214: c80200f9                       str x8, [x22]
   218: a0110054                       b.eq #0x234
   21c: 9a000037                       tbnz w26, #0x0, #0x10
   220: 480340f9                       ldr x8, [x26]
   224: 08050091                       add x8, x8, #0x1
   228: 480300f9                       str x8, [x26]
   22c: 36008052                       mov w22, #0x1
   230: 95000037                       tbnz w21, #0x0, #0x10
   234: a80240f9                       ldr x8, [x21]
   238: 08050091                       add x8, x8, #0x1
   23c: a80200f9                       str x8, [x21]
   240: 89fa7fd3                       lsl x9, x20, #1
   244: a8fe4193                       asr x8, x21, #1
   248: 37008052                       mov w23, #0x1
   24c: 97fa7fb3                       bfi x23, x20, #1, #63
   250: 2afd4193                       asr x10, x9, #1
   254: 097d0a9b                       mul x9, x8, x10
   258: 0a7d4a9b                       smulh x10, x8, x10
   25c: 5ffd89eb                       cmp x10, x9, asr #63
   260: 01300054                       b.ne #0x600
   264: 2a011b8b                       add x10, x9, x27
   268: ca2ff8b6                       tbz x10, #0x3f, #0x5f8
   26c: d00609aa                       orr x16, x22, x9, lsl #1
   270: 5a310036                       tbz w26, #0x0, #0x628
   274: 29059a8b                       add x9, x9, x26, asr #1
   278: 3f011bab                       cmn x9, x27
   27c: 45320054                       b.pl #0x648
   280: 2a0340f9                       ldr x10, [x25]
   284: dc0609aa                       orr x28, x22, x9, lsl #1
   288: ea2700b5                       cbnz x10, #0x4fc
   28c: e92740f9                       ldr x9, [sp, #0x48]
   290: 2c050091                       add x12, x9, #0x1
   294: e91f40f9                       ldr x9, [sp, #0x38]
   298: 9f0109eb                       cmp x12, x9
   29c: 0a290054                       b.ge #0x520
   2a0: 690a40b9                       ldr w9, [x19, #0x8]
   2a4: 3f110071                       cmp w9, #0x4
   2a8: c12a0054                       b.ne #0x558
   2ac: 6ba643a9                       ldp x11, x9, [x19, #0x38]
   2b0: 6a1a40f9                       ldr x10, [x19, #0x30]
   2b4: 3f0500f1                       cmp x9, #0x1
   2b8: eb040054                       b.lt #0x9c
   2bc: 5f010beb                       cmp x10, x11
   2c0: 0a0a0054                       b.ge #0x140
   2c4: ed2740f9                       ldr x13, [sp, #0x48]
   2c8: f01b40f9                       ldr x16, [sp, #0x30]
   2cc: 4cf97fd3                       lsl x12, x10, #1
   2d0: 2ff97fd3                       lsl x15, x9, #1
   2d4: ee032daa                       mvn x14, x13
   2d8: 10020dcb                       sub x16, x16, x13
   2dc: 95000037                       tbnz w21, #0x0, #0x10
   2e0: ad0240f9                       ldr x13, [x21]
   2e4: ad050091                       add x13, x13, #0x1
   2e8: ad0200f9                       str x13, [x21]
   2ec: 91fd4193                       asr x17, x12, #1
   2f0: 4a01098b                       add x10, x10, x9
   2f4: 0d7d119b                       mul x13, x8, x17
   2f8: 117d519b                       smulh x17, x8, x17
   2fc: 3ffe8deb                       cmp x17, x13, asr #63
   300: 21170054                       b.ne #0x2e4
   304: b1011b8b                       add x17, x13, x27
   308: f116f8b6                       tbz x17, #0x3f, #0x2dc
   30c: b1059c8b                       add x17, x13, x28, asr #1
   310: 3f021bab                       cmn x17, x27
   314: e5180054                       b.pl #0x31c
   318: dc0611aa                       orr x28, x22, x17, lsl #1
   31c: 501200b4                       cbz x16, #0x248
   320: 5f010beb                       cmp x10, x11
   324: ce0500d1                       sub x14, x14, #0x1
   328: 100600d1                       sub x16, x16, #0x1
   32c: 8c010f8b                       add x12, x12, x15
   330: 6bfdff54                       b.lt #-0x54
   334: 26000014                       b #0x98
   338: e00308aa                       mov x0, x8
   33c: 00000094                       bl #0x0
        # hole +0x33c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   340: a80240f9                       ldr x8, [x21]
   344: 080500f1                       subs x8, x8, #0x1
   348: a80200f9                       str x8, [x21]
   34c: 01f3ff54                       b.ne #-0x1a0
   350: 95ffff17                       b #-0x1ac
   354: 5f010beb                       cmp x10, x11
   358: 4d050054                       b.le #0xa8
   35c: ed2740f9                       ldr x13, [sp, #0x48]
   360: f01b40f9                       ldr x16, [sp, #0x30]
   364: 4cf97fd3                       lsl x12, x10, #1
   368: 2ff97fd3                       lsl x15, x9, #1
   36c: ee032daa                       mvn x14, x13
   370: 10020dcb                       sub x16, x16, x13
   374: 95000037                       tbnz w21, #0x0, #0x10
   378: ad0240f9                       ldr x13, [x21]
   37c: ad050091                       add x13, x13, #0x1
   380: ad0200f9                       str x13, [x21]
   384: 91fd4193                       asr x17, x12, #1
   388: 4a01098b                       add x10, x10, x9
   38c: 0d7d119b                       mul x13, x8, x17
   390: 117d519b                       smulh x17, x8, x17
   394: 3ffe8deb                       cmp x17, x13, asr #63
   398: 61120054                       b.ne #0x24c
   39c: b1011b8b                       add x17, x13, x27
   3a0: 3112f8b6                       tbz x17, #0x3f, #0x244
   3a4: b1059c8b                       add x17, x13, x28, asr #1
   3a8: 3f021bab                       cmn x17, x27
   3ac: 25140054                       b.pl #0x284
   3b0: dc0611aa                       orr x28, x22, x17, lsl #1
   3b4: 900d00b4                       cbz x16, #0x1b0
   3b8: 5f010beb                       cmp x10, x11
   3bc: ce0500d1                       sub x14, x14, #0x1
   3c0: 100600d1                       sub x16, x16, #0x1
   3c4: 8c010f8b                       add x12, x12, x15
   3c8: 6cfdff54                       b.gt #-0x54
   3cc: 880509cb                       sub x8, x12, x9, lsl #1
   3d0: d0060daa                       orr x16, x22, x13, lsl #1
   3d4: e9030ecb                       neg x9, x14
   3d8: e92700f9                       str x9, [sp, #0x48]
   3dc: 170140b2                       orr x23, x8, #0x1
   3e0: 6a1a00f9                       str x10, [x19, #0x30]
   3e4: f60317aa                       mov x22, x23
   3e8: fa031caa                       mov x26, x28
   3ec: 680240f9                       ldr x8, [x19]
   3f0: 080500f1                       subs x8, x8, #0x1
   3f4: 680200f9                       str x8, [x19]
   3f8: 21e4ff54                       b.ne #-0x37c
   3fc: 08000014                       b #0x20
   400: ec2700f9                       str x12, [sp, #0x48]
   404: f60317aa                       mov x22, x23
   408: fa031caa                       mov x26, x28
   40c: 680240f9                       ldr x8, [x19]
   410: 080500f1                       subs x8, x8, #0x1
   414: 680200f9                       str x8, [x19]
   418: 21e3ff54                       b.ne #-0x39c
   41c: f80319aa                       mov x24, x25
   420: f90300aa                       mov x25, x0
   424: e00313aa                       mov x0, x19
   428: f40312aa                       mov x20, x18
   42c: fb0310aa                       mov x27, x16
   430: 00000094                       bl #0x0
        # hole +0x430: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   434: f0031baa                       mov x16, x27
   438: 1b00f8d2                       mov x27, #-0x4000000000000000
   43c: e00319aa                       mov x0, x25
   440: f90318aa                       mov x25, x24
   444: f20314aa                       mov x18, x20
   448: 0dffff17                       b #-0x3cc
   44c: f70300aa                       mov x23, x0
   450: e00316aa                       mov x0, x22
   454: f60312aa                       mov x22, x18
   458: 00000094                       bl #0x0
        # hole +0x458: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   45c: e00317aa                       mov x0, x23
   460: f20316aa                       mov x18, x22
   464: faed0736                       tbz w26, #0x0, #-0x244
   468: 71ffff17                       b #-0x23c
   46c: 090080d2                       mov x9, #0x0
        # hole +0x46c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   470: e8031f2a                       mov w8, wzr
   474: 23008052                       mov w3, #0x1
   478: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x478: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   47c: 45018052                       mov w5, #0xa
   480: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x480: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   484: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x484: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   488: 24050091                       add x4, x9, #0x1
   48c: a9008052                       mov w9, #0x5
   490: ec3b40a9                       ldp x12, x14, [sp]
   494: eb2b40f9                       ldr x11, [sp, #0x50]
   498: e01740f9                       ldr x0, [sp, #0x28]
   49c: 7f010ceb                       cmp x11, x12
   4a0: ed3341a9                       ldp x13, x12, [sp, #0x10]
   4a4: 0a0c40f9                       ldr x10, [x0, #0x18]
   4a8: 61030054                       b.ne #0x6c
   4ac: eb2f40f9                       ldr x11, [sp, #0x58]
   4b0: 7f010eeb                       cmp x11, x14
   4b4: 81030054                       b.ne #0x70
   4b8: eb3340f9                       ldr x11, [sp, #0x60]
   4bc: 7f010deb                       cmp x11, x13
   4c0: a1030054                       b.ne #0x74
   4c4: eb3740f9                       ldr x11, [sp, #0x68]
   4c8: 7f010ceb                       cmp x11, x12
   4cc: c1030054                       b.ne #0x78
   4d0: eb3b40f9                       ldr x11, [sp, #0x70]
   4d4: ec1340f9                       ldr x12, [sp, #0x20]
   4d8: 7f010ceb                       cmp x11, x12
   4dc: e1030054                       b.ne #0x7c
   4e0: a8000034                       cbz w8, #0x14
   4e4: e83f40f9                       ldr x8, [sp, #0x78]
   4e8: 481500f9                       str x8, [x10, #0x28]
   4ec: e84340f9                       ldr x8, [sp, #0x80]
   4f0: 481900f9                       str x8, [x10, #0x30]
   4f4: 410d098b                       add x1, x10, x9, lsl #3
   4f8: e20319aa                       mov x2, x25
   4fc: 00000094                       bl #0x0
        # hole +0x4fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   500: e82740f9                       ldr x8, [sp, #0x48]
   504: fd7b4aa9                       ldp x29, x30, [sp, #0xa0]
   508: 280700f9                       str x8, [x25, #0x8]
   50c: ffc30291                       add sp, sp, #0xb0
   510: c0035fd6                       ret
   514: 4b0100f9                       str x11, [x10]
   518: eb2f40f9                       ldr x11, [sp, #0x58]
   51c: 7f010eeb                       cmp x11, x14
   520: c0fcff54                       b.eq #-0x68
   524: 4b0500f9                       str x11, [x10, #0x8]
   528: eb3340f9                       ldr x11, [sp, #0x60]
   52c: 7f010deb                       cmp x11, x13
   530: a0fcff54                       b.eq #-0x6c
   534: 4b0900f9                       str x11, [x10, #0x10]
   538: eb3740f9                       ldr x11, [sp, #0x68]
   53c: 7f010ceb                       cmp x11, x12
   540: 80fcff54                       b.eq #-0x70
   544: 4b0d00f9                       str x11, [x10, #0x18]
   548: eb3b40f9                       ldr x11, [sp, #0x70]
   54c: ec1340f9                       ldr x12, [sp, #0x20]
   550: 7f010ceb                       cmp x11, x12
   554: 60fcff54                       b.eq #-0x74
   558: 4b1100f9                       str x11, [x10, #0x20]
   55c: 48fcff35                       cbnz w8, #-0x78
   560: e5ffff17                       b #-0x6c
   564: 0e0080d2                       mov x14, #0x0
        # hole +0x564: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   568: 960140b2                       orr x22, x12, #0x1
   56c: ec1f40f9                       ldr x12, [sp, #0x38]
   570: 0e00a0f2                       movk x14, #0x0, lsl #16
        # hole +0x570: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   574: 29008052                       mov w9, #0x1
   578: eb031f2a                       mov w11, wzr
   57c: 0e00c0f2                       movk x14, #0x0, lsl #32
        # hole +0x57c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   580: e8031f2a                       mov w8, wzr
   584: 6a1a00f9                       str x10, [x19, #0x30]
   588: 0e00e0f2                       movk x14, #0x0, lsl #48
        # hole +0x588: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   58c: 43008052                       mov w3, #0x2
   590: 0a068052                       mov w10, #0x30
   594: 45108052                       mov w5, #0x82
   598: 30050daa                       orr x16, x9, x13, lsl #1
   59c: 290300f9                       str x9, [x25]
   5a0: c4350091                       add x4, x14, #0xd
   5a4: f70316aa                       mov x23, x22
   5a8: ec2700f9                       str x12, [sp, #0x48]
   5ac: fa031caa                       mov x26, x28
   5b0: 32000014                       b #0xc8
   5b4: 090080d2                       mov x9, #0x0
        # hole +0x5b4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   5b8: eb031f2a                       mov w11, wzr
   5bc: e8031f2a                       mov w8, wzr
   5c0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x5c0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   5c4: 23008052                       mov w3, #0x1
   5c8: 0a068052                       mov w10, #0x30
   5cc: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x5cc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   5d0: 45018052                       mov w5, #0xa
   5d4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x5d4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   5d8: 24050091                       add x4, x9, #0x1
   5dc: 29008052                       mov w9, #0x1
   5e0: 26000014                       b #0x98
   5e4: 0b0080d2                       mov x11, #0x0
        # hole +0x5e4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   5e8: e8030ecb                       neg x8, x14
   5ec: 960140b2                       orr x22, x12, #0x1
   5f0: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x5f0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   5f4: e82700f9                       str x8, [sp, #0x48]
   5f8: e9031f2a                       mov w9, wzr
   5fc: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x5fc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   600: e8031f2a                       mov w8, wzr
   604: 6a1a00f9                       str x10, [x19, #0x30]
   608: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x608: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   60c: 23008052                       mov w3, #0x1
   610: 0a098052                       mov w10, #0x48
   614: 050a8052                       mov w5, #0x50
   618: f00315aa                       mov x16, x21
   61c: 64210091                       add x4, x11, #0x8
   620: f70316aa                       mov x23, x22
   624: fa031caa                       mov x26, x28
   628: 2b008052                       mov w11, #0x1
   62c: 13000014                       b #0x4c
   630: e8030ecb                       neg x8, x14
   634: 960140b2                       orr x22, x12, #0x1
   638: 23008052                       mov w3, #0x1
   63c: e82700f9                       str x8, [sp, #0x48]
   640: 080080d2                       mov x8, #0x0
        # hole +0x640: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   644: e9031f2a                       mov w9, wzr
   648: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x648: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   64c: 6a1a00f9                       str x10, [x19, #0x30]
   650: 0a088052                       mov w10, #0x40
   654: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x654: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   658: 850c8052                       mov w5, #0x64
   65c: 70040daa                       orr x16, x3, x13, lsl #1
   660: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x660: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   664: f70316aa                       mov x23, x22
   668: fa031caa                       mov x26, x28
   66c: 04290091                       add x4, x8, #0xa
   670: 2b008052                       mov w11, #0x1
   674: 28008052                       mov w8, #0x1
   678: e01740f9                       ldr x0, [sp, #0x28]
   67c: ee3741a9                       ldp x14, x13, [sp, #0x10]
   680: ef0340f9                       ldr x15, [sp]
   684: 0c0c40f9                       ldr x12, [x0, #0x18]
   688: 5f030feb                       cmp x26, x15
   68c: c1010054                       b.ne #0x38
   690: ef0740f9                       ldr x15, [sp, #0x8]
   694: bf020feb                       cmp x21, x15
   698: e1010054                       b.ne #0x3c
   69c: df020eeb                       cmp x22, x14
   6a0: 01020054                       b.ne #0x40
   6a4: 5f020deb                       cmp x18, x13
   6a8: 21020054                       b.ne #0x44
   6ac: ed1340f9                       ldr x13, [sp, #0x20]
   6b0: bf030deb                       cmp x29, x13
   6b4: 41020054                       b.ne #0x48
   6b8: 931500f9                       str x19, [x12, #0x28]
   6bc: 49020036                       tbz w9, #0x0, #0x48
   6c0: 16000014                       b #0x58
   6c4: 9a0100f9                       str x26, [x12]
   6c8: ef0740f9                       ldr x15, [sp, #0x8]
   6cc: bf020feb                       cmp x21, x15
   6d0: 60feff54                       b.eq #-0x34
   6d4: 950500f9                       str x21, [x12, #0x8]
   6d8: df020eeb                       cmp x22, x14
   6dc: 40feff54                       b.eq #-0x38
   6e0: 960900f9                       str x22, [x12, #0x10]
   6e4: 5f020deb                       cmp x18, x13
   6e8: 20feff54                       b.eq #-0x3c
   6ec: 920d00f9                       str x18, [x12, #0x18]
   6f0: ed1340f9                       ldr x13, [sp, #0x20]
   6f4: bf030deb                       cmp x29, x13
   6f8: 00feff54                       b.eq #-0x40
   6fc: 9d4d02a9                       stp x29, x19, [x12, #0x20]
   700: c9000037                       tbnz w9, #0x0, #0x18
   704: 9c1900f9                       str x28, [x12, #0x30]
   708: 8b000034                       cbz w11, #0x10
   70c: 901d00f9                       str x16, [x12, #0x38]
   710: 48000037                       tbnz w8, #0x0, #0x8
   714: 972100f9                       str x23, [x12, #0x40]
   718: 81010a8b                       add x1, x12, x10
   71c: e20319aa                       mov x2, x25
   720: 00000094                       bl #0x0
        # hole +0x720: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   724: e82740f9                       ldr x8, [sp, #0x48]
   728: fd7b4aa9                       ldp x29, x30, [sp, #0xa0]
   72c: 280700f9                       str x8, [x25, #0x8]
   730: ffc30291                       add sp, sp, #0xb0
   734: c0035fd6                       ret
   738: 090080d2                       mov x9, #0x0
        # hole +0x738: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   73c: e8031f2a                       mov w8, wzr
   740: 43008052                       mov w3, #0x2
   744: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x744: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   748: 85028052                       mov w5, #0x14
   74c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x74c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   750: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x750: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   754: 24090091                       add x4, x9, #0x2
   758: 4dffff17                       b #-0x2cc
   75c: 080080d2                       mov x8, #0x0
        # hole +0x75c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   760: 23008052                       mov w3, #0x1
   764: e9008052                       mov w9, #0x7
   768: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x768: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   76c: c5088052                       mov w5, #0x46
   770: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x770: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   774: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x774: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   778: 041d0091                       add x4, x8, #0x7
   77c: 28008052                       mov w8, #0x1
   780: 44ffff17                       b #-0x2f0
   784: 0c0080d2                       mov x12, #0x0
        # hole +0x784: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   788: eb031f2a                       mov w11, wzr
   78c: e8031f2a                       mov w8, wzr
   790: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x790: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   794: 29008052                       mov w9, #0x1
   798: 43008052                       mov w3, #0x2
   79c: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x79c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   7a0: 0a068052                       mov w10, #0x30
   7a4: 050f8052                       mov w5, #0x78
   7a8: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x7a8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   7ac: f60317aa                       mov x22, x23
   7b0: fa031caa                       mov x26, x28
   7b4: 84310091                       add x4, x12, #0xc
   7b8: b0ffff17                       b #-0x140
   7bc: 090080d2                       mov x9, #0x0
        # hole +0x7bc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   7c0: 2d008052                       mov w13, #0x1
   7c4: eb031f2a                       mov w11, wzr
   7c8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x7c8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   7cc: e8031f2a                       mov w8, wzr
   7d0: 43008052                       mov w3, #0x2
   7d4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7d4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   7d8: 0a068052                       mov w10, #0x30
   7dc: 45108052                       mov w5, #0x82
   7e0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7e0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   7e4: ec2700f9                       str x12, [sp, #0x48]
   7e8: f60317aa                       mov x22, x23
   7ec: 2d0300f9                       str x13, [x25]
   7f0: 24350091                       add x4, x9, #0xd
   7f4: fa031caa                       mov x26, x28
   7f8: e9030d2a                       mov w9, w13
   7fc: 9fffff17                       b #-0x184
   800: 090080d2                       mov x9, #0x0
        # hole +0x800: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   804: 23008052                       mov w3, #0x1
   808: eb031f2a                       mov w11, wzr
   80c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x80c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   810: e8031f2a                       mov w8, wzr
   814: 0a068052                       mov w10, #0x30
   818: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x818: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   81c: 45018052                       mov w5, #0xa
   820: ec2700f9                       str x12, [sp, #0x48]
   824: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x824: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   828: f60317aa                       mov x22, x23
   82c: fa031caa                       mov x26, x28
   830: 24050091                       add x4, x9, #0x1
   834: e903032a                       mov w9, w3
   838: 90ffff17                       b #-0x1c0
   83c: 090080d2                       mov x9, #0x0
        # hole +0x83c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   840: e8031f2a                       mov w8, wzr
   844: 63008052                       mov w3, #0x3
   848: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x848: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   84c: c5088052                       mov w5, #0x46
   850: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x850: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   854: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x854: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   858: 241d0091                       add x4, x9, #0x7
   85c: 0cffff17                       b #-0x3d0
   860: 0b0080d2                       mov x11, #0x0
        # hole +0x860: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   864: e9031f2a                       mov w9, wzr
   868: e8031f2a                       mov w8, wzr
   86c: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x86c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   870: 23008052                       mov w3, #0x1
   874: 0a098052                       mov w10, #0x48
   878: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x878: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   87c: 050a8052                       mov w5, #0x50
   880: fc031aaa                       mov x28, x26
   884: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x884: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   888: f00315aa                       mov x16, x21
   88c: f60317aa                       mov x22, x23
   890: 64210091                       add x4, x11, #0x8
   894: 65ffff17                       b #-0x26c
   898: 080080d2                       mov x8, #0x0
        # hole +0x898: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   89c: e9031f2a                       mov w9, wzr
   8a0: 23008052                       mov w3, #0x1
   8a4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8a4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   8a8: 0a088052                       mov w10, #0x40
   8ac: 450b8052                       mov w5, #0x5a
   8b0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x8b0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   8b4: fc031aaa                       mov x28, x26
   8b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x8b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   8bc: 04250091                       add x4, x8, #0x9
   8c0: 0b000014                       b #0x2c
   8c4: 080080d2                       mov x8, #0x0
        # hole +0x8c4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   8c8: e9031f2a                       mov w9, wzr
   8cc: 23008052                       mov w3, #0x1
   8d0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8d0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   8d4: 0a088052                       mov w10, #0x40
   8d8: 850c8052                       mov w5, #0x64
   8dc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x8dc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   8e0: fc031aaa                       mov x28, x26
   8e4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x8e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   8e8: 04290091                       add x4, x8, #0xa
   8ec: f60317aa                       mov x22, x23
   8f0: 60ffff17                       b #-0x280
