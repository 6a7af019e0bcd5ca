# stencil nested_outer for aarch64-apple-darwin: 2196 code bytes, 24 data bytes, 40 holes
     0: ff0303d1                       sub sp, sp, #0xc0
     4: fd7b0ba9                       stp x29, x30, [sp, #0xb0]
     8: f90316aa                       mov x25, x22
     c: cada40a9                       ldp x10, x22, [x22, #0x8]
    10: 880e40f9                       ldr x8, [x20, #0x18]
    14: 095540a9                       ldp x9, x21, [x8]
    18: e9d700a9                       stp x9, x21, [sp, #0x8]
    1c: eaa705a9                       stp x10, x9, [sp, #0x58]
    20: 0a2541a9                       ldp x10, x9, [x8, #0x10]
    24: eaa701a9                       stp x10, x9, [sp, #0x18]
    28: f5ab06a9                       stp x21, x10, [sp, #0x68]
    2c: 081140f9                       ldr x8, [x8, #0x20]
    30: e9a307a9                       stp x9, x8, [sp, #0x78]
    34: e8d302a9                       stp x8, x20, [sp, #0x28]
    38: 88220037                       tbnz w8, #0x0, #0x450
    3c: f7830191                       add x23, sp, #0x60
    40: c90a00d1                       sub x9, x22, #0x2
    44: e91f00f9                       str x9, [sp, #0x38]
    48: 3b008052                       mov w27, #0x1
    4c: 14000090                       adrp x20, #0
        # hole +0x4c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    50: 940240f9                       ldr x20, [x20]
        # hole +0x50: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    54: e10308aa                       mov x1, x8
    58: f42b00f9                       str x20, [sp, #0x50]
    5c: 1c000014                       b #0x70
    60: fa6304a9                       stp x26, x24, [sp, #0x40]
    64: fa0300aa                       mov x26, x0
    68: e00313aa                       mov x0, x19
    6c: f70316aa                       mov x23, x22
    70: f60319aa                       mov x22, x25
    74: f90301aa                       mov x25, x1
    78: fb0302aa                       mov x27, x2
    7c: fc0311aa                       mov x28, x17
    80: f80306aa                       mov x24, x6
    84: 00000094                       bl #0x0
        # hole +0x84: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    88: e60318aa                       mov x6, x24
    8c: e0031aaa                       mov x0, x26
    90: fa6344a9                       ldp x26, x24, [sp, #0x40]
    94: f1031caa                       mov x17, x28
    98: e2031baa                       mov x2, x27
    9c: 3b008052                       mov w27, #0x1
    a0: e10319aa                       mov x1, x25
    a4: f90316aa                       mov x25, x22
    a8: f60317aa                       mov x22, x23
    ac: f7830191                       add x23, sp, #0x60
    b0: fa5706a9                       stp x26, x21, [sp, #0x60]
    b4: e60b07a9                       stp x6, x2, [sp, #0x70]
    b8: e14f08a9                       stp x1, x19, [sp, #0x80]
    bc: f44709a9                       stp x20, x17, [sp, #0x90]
    c0: f8030aa9                       stp x24, x0, [sp, #0xa0]
    c4: f42b40f9                       ldr x20, [sp, #0x50]
    c8: 011e0037                       tbnz w1, #0x0, #0x3c0
    cc: 280840b9                       ldr w8, [x1, #0x8]
    d0: 1f110071                       cmp w8, #0x4
    d4: a11d0054                       b.ne #0x3b4
    d8: 2aa443a9                       ldp x10, x9, [x1, #0x38]
    dc: 281840f9                       ldr x8, [x1, #0x30]
    e0: 3f0500f1                       cmp x9, #0x1
    e4: 8b000054                       b.lt #0x10
    e8: 1f010aeb                       cmp x8, x10
    ec: 8b000054                       b.lt #0x10
    f0: 8c010014                       b #0x630
    f4: 1f010aeb                       cmp x8, x10
    f8: 4d310054                       b.le #0x628
    fc: 0901098b                       add x9, x8, x9
   100: 291800f9                       str x9, [x1, #0x30]
   104: 680708aa                       orr x8, x27, x8, lsl #1
   108: e84700f9                       str x8, [sp, #0x88]
   10c: e83700f9                       str x8, [sp, #0x68]
   110: b5000037                       tbnz w21, #0x0, #0x14
   114: a80240f9                       ldr x8, [x21]
   118: 080500f1                       subs x8, x8, #0x1
   11c: a80200f9                       str x8, [x21]
   120: 60010054                       b.eq #0x2c
   124: b4010037                       tbnz w20, #0x0, #0x34
   128: 880240f9                       ldr x8, [x20]
   12c: 08050091                       add x8, x8, #0x1
   130: 880200f9                       str x8, [x20]
   134: f44700f9                       str x20, [sp, #0x88]
   138: e83f40f9                       ldr x8, [sp, #0x78]
   13c: 48010036                       tbz w8, #0x0, #0x28
   140: e84b00f9                       str x8, [sp, #0x90]
   144: b4010036                       tbz w20, #0x0, #0x34
   148: 7e010014                       b #0x5f8
   14c: e00315aa                       mov x0, x21
   150: 00000094                       bl #0x0
        # hole +0x150: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   154: b4fe0736                       tbz w20, #0x0, #-0x2c
   158: f44700f9                       str x20, [sp, #0x88]
   15c: e83f40f9                       ldr x8, [sp, #0x78]
   160: 08ff0737                       tbnz w8, #0x0, #-0x20
   164: 090140f9                       ldr x9, [x8]
   168: 29050091                       add x9, x9, #0x1
   16c: 090100f9                       str x9, [x8]
   170: e84b00f9                       str x8, [sp, #0x90]
   174: 742e0037                       tbnz w20, #0x0, #0x5cc
   178: 880a40b9                       ldr w8, [x20, #0x8]
   17c: 1f210071                       cmp w8, #0x8
   180: 012e0054                       b.ne #0x5c0
   184: 881e40f9                       ldr x8, [x20, #0x38]
   188: e1c20091                       add x1, x23, #0x30
   18c: e00319aa                       mov x0, x25
   190: 22008052                       mov w2, #0x1
   194: 00013fd6                       blr x8
   198: f30300aa                       mov x19, x0
   19c: e04b40f9                       ldr x0, [sp, #0x90]
   1a0: a0000037                       tbnz w0, #0x0, #0x14
   1a4: 080040f9                       ldr x8, [x0]
   1a8: 080500f1                       subs x8, x8, #0x1
   1ac: 080000f9                       str x8, [x0]
   1b0: e00d0054                       b.eq #0x1bc
   1b4: 880240f9                       ldr x8, [x20]
   1b8: 080500f1                       subs x8, x8, #0x1
   1bc: 880200f9                       str x8, [x20]
   1c0: 61000054                       b.ne #0xc
   1c4: e00314aa                       mov x0, x20
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: 933100b4                       cbz x19, #0x630
   1d0: f34700f9                       str x19, [sp, #0x88]
   1d4: fa5746a9                       ldp x26, x21, [sp, #0x60]
   1d8: e60b47a9                       ldp x6, x2, [sp, #0x70]
   1dc: e14340f9                       ldr x1, [sp, #0x80]
   1e0: f44749a9                       ldp x20, x17, [sp, #0x90]
   1e4: f85340f9                       ldr x24, [sp, #0xa0]
   1e8: b31e0037                       tbnz w19, #0x0, #0x3d4
   1ec: 680a40b9                       ldr w8, [x19, #0x8]
   1f0: 1f110071                       cmp w8, #0x4
   1f4: 411e0054                       b.ne #0x3c8
   1f8: e05740f9                       ldr x0, [sp, #0xa8]
   1fc: 69a243a9                       ldp x9, x8, [x19, #0x38]
   200: 7b1a40f9                       ldr x27, [x19, #0x30]
   204: 1f0500f1                       cmp x8, #0x1
   208: 2b0a0054                       b.lt #0x144
   20c: 7f0309eb                       cmp x27, x9
   210: 2a0a0054                       b.ge #0x144
   214: 6803088b                       add x8, x27, x8
   218: 681a00f9                       str x8, [x19, #0x30]
   21c: a6000037                       tbnz w6, #0x0, #0x14
   220: c80040f9                       ldr x8, [x6]
   224: 080500f1                       subs x8, x8, #0x1
   228: c80000f9                       str x8, [x6]
   22c: 20110054                       b.eq #0x224
   230: 9a000037                       tbnz w26, #0x0, #0x10
   234: 480340f9                       ldr x8, [x26]
   238: 08050091                       add x8, x8, #0x1
   23c: 480300f9                       str x8, [x26]
   240: 1c00f8d2                       mov x28, #-0x4000000000000000
   244: 95000037                       tbnz w21, #0x0, #0x10
   248: a80240f9                       ldr x8, [x21]
   24c: 08050091                       add x8, x8, #0x1
   250: a80200f9                       str x8, [x21]
   254: 69fb7fd3                       lsl x9, x27, #1
   258: 38008052                       mov w24, #0x1
   25c: 78fb7fb3                       bfi x24, x27, #1, #63
   260: a8fe4193                       asr x8, x21, #1
   264: 2afd4193                       asr x10, x9, #1
   268: 097d0a9b                       mul x9, x8, x10
   26c: 0a7d4a9b                       smulh x10, x8, x10
   270: 5ffd89eb                       cmp x10, x9, asr #63
   274: 412d0054                       b.ne #0x5a8
   278: 2a011c8b                       add x10, x9, x28
   27c: 0a2df8b6                       tbz x10, #0x3f, #0x5a0
   280: 3b008052                       mov w27, #0x1
   284: 710709aa                       orr x17, x27, x9, lsl #1
   288: 3a2e0036                       tbz w26, #0x0, #0x5c4
   28c: 29059a8b                       add x9, x9, x26, asr #1
   290: 3f011cab                       cmn x9, x28
   294: c52e0054                       b.pl #0x5d8
   298: 740709aa                       orr x20, x27, x9, lsl #1
   29c: 290340f9                       ldr x9, [x25]
   2a0: 092600b5                       cbnz x9, #0x4c0
   2a4: e92f40f9                       ldr x9, [sp, #0x58]
   2a8: 2c050091                       add x12, x9, #0x1
   2ac: 9f0116eb                       cmp x12, x22
   2b0: 0a270054                       b.ge #0x4e0
   2b4: 690a40b9                       ldr w9, [x19, #0x8]
   2b8: 3f110071                       cmp w9, #0x4
   2bc: 61280054                       b.ne #0x50c
   2c0: 6ba643a9                       ldp x11, x9, [x19, #0x38]
   2c4: 6a1a40f9                       ldr x10, [x19, #0x30]
   2c8: 3f0500f1                       cmp x9, #0x1
   2cc: cb050054                       b.lt #0xb8
   2d0: 5f010beb                       cmp x10, x11
   2d4: ea0a0054                       b.ge #0x15c
   2d8: ec2f40f9                       ldr x12, [sp, #0x58]
   2dc: ee032caa                       mvn x14, x12
   2e0: ed1f40f9                       ldr x13, [sp, #0x38]
   2e4: af010ccb                       sub x15, x13, x12
   2e8: 4cf97fd3                       lsl x12, x10, #1
   2ec: 30f97fd3                       lsl x16, x9, #1
   2f0: 95000037                       tbnz w21, #0x0, #0x10
   2f4: ad0240f9                       ldr x13, [x21]
   2f8: ad050091                       add x13, x13, #0x1
   2fc: ad0200f9                       str x13, [x21]
   300: 4a01098b                       add x10, x10, x9
   304: 91fd4193                       asr x17, x12, #1
   308: 0d7d119b                       mul x13, x8, x17
   30c: 117d519b                       smulh x17, x8, x17
   310: 3ffe8deb                       cmp x17, x13, asr #63
   314: 81160054                       b.ne #0x2d0
   318: b1011c8b                       add x17, x13, x28
   31c: 5116f8b6                       tbz x17, #0x3f, #0x2c8
   320: b105948b                       add x17, x13, x20, asr #1
   324: 3f021cab                       cmn x17, x28
   328: 05180054                       b.pl #0x300
   32c: 740711aa                       orr x20, x27, x17, lsl #1
   330: 4f1200b4                       cbz x15, #0x248
   334: ce0500d1                       sub x14, x14, #0x1
   338: ef0500d1                       sub x15, x15, #0x1
   33c: 8c01108b                       add x12, x12, x16
   340: 5f010beb                       cmp x10, x11
   344: 6bfdff54                       b.lt #-0x54
   348: 2d000014                       b #0xb4
   34c: 7f0309eb                       cmp x27, x9
   350: 2cf6ff54                       b.gt #-0x13c
   354: 3b008052                       mov w27, #0x1
   358: 680240f9                       ldr x8, [x19]
   35c: 080500f1                       subs x8, x8, #0x1
   360: 680200f9                       str x8, [x19]
   364: 61eaff54                       b.ne #-0x2b4
   368: 3effff17                       b #-0x308
   36c: 00000094                       bl #0x0
        # hole +0x36c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   370: 880240f9                       ldr x8, [x20]
   374: 080500f1                       subs x8, x8, #0x1
   378: 880200f9                       str x8, [x20]
   37c: 81f2ff54                       b.ne #-0x1b0
   380: 91ffff17                       b #-0x1bc
   384: 5f010beb                       cmp x10, x11
   388: 4d050054                       b.le #0xa8
   38c: ec2f40f9                       ldr x12, [sp, #0x58]
   390: ee032caa                       mvn x14, x12
   394: ed1f40f9                       ldr x13, [sp, #0x38]
   398: af010ccb                       sub x15, x13, x12
   39c: 4cf97fd3                       lsl x12, x10, #1
   3a0: 30f97fd3                       lsl x16, x9, #1
   3a4: 95000037                       tbnz w21, #0x0, #0x10
   3a8: ad0240f9                       ldr x13, [x21]
   3ac: ad050091                       add x13, x13, #0x1
   3b0: ad0200f9                       str x13, [x21]
   3b4: 4a01098b                       add x10, x10, x9
   3b8: 91fd4193                       asr x17, x12, #1
   3bc: 0d7d119b                       mul x13, x8, x17
   3c0: 117d519b                       smulh x17, x8, x17
   3c4: 3ffe8deb                       cmp x17, x13, asr #63
   3c8: e1100054                       b.ne #0x21c
   3cc: b1011c8b                       add x17, x13, x28
   3d0: b110f8b6                       tbz x17, #0x3f, #0x214
   3d4: b105948b                       add x17, x13, x20, asr #1
   3d8: 3f021cab                       cmn x17, x28
   3dc: 65120054                       b.pl #0x24c
   3e0: 740711aa                       orr x20, x27, x17, lsl #1
   3e4: af0c00b4                       cbz x15, #0x194
   3e8: ce0500d1                       sub x14, x14, #0x1
   3ec: ef0500d1                       sub x15, x15, #0x1
   3f0: 8c01108b                       add x12, x12, x16
   3f4: 5f010beb                       cmp x10, x11
   3f8: 6cfdff54                       b.gt #-0x54
   3fc: e8030ecb                       neg x8, x14
   400: e82f00f9                       str x8, [sp, #0x58]
   404: 880509cb                       sub x8, x12, x9, lsl #1
   408: 180140b2                       orr x24, x8, #0x1
   40c: 71070daa                       orr x17, x27, x13, lsl #1
   410: 6a1a00f9                       str x10, [x19, #0x30]
   414: e60318aa                       mov x6, x24
   418: fa0314aa                       mov x26, x20
   41c: 680240f9                       ldr x8, [x19]
   420: 080500f1                       subs x8, x8, #0x1
   424: 680200f9                       str x8, [x19]
   428: 41e4ff54                       b.ne #-0x378
   42c: 0dffff17                       b #-0x3cc
   430: ec2f00f9                       str x12, [sp, #0x58]
   434: e60318aa                       mov x6, x24
   438: fa0314aa                       mov x26, x20
   43c: 680240f9                       ldr x8, [x19]
   440: 080500f1                       subs x8, x8, #0x1
   444: 680200f9                       str x8, [x19]
   448: 41e3ff54                       b.ne #-0x398
   44c: 05ffff17                       b #-0x3ec
   450: fc031aaa                       mov x28, x26
   454: fa0313aa                       mov x26, x19
   458: f30300aa                       mov x19, x0
   45c: e00306aa                       mov x0, x6
   460: f40301aa                       mov x20, x1
   464: f80302aa                       mov x24, x2
   468: 00000094                       bl #0x0
        # hole +0x468: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   46c: e00313aa                       mov x0, x19
   470: f3031aaa                       mov x19, x26
   474: fa031caa                       mov x26, x28
   478: e20318aa                       mov x2, x24
   47c: e10314aa                       mov x1, x20
   480: baed0736                       tbz w26, #0x0, #-0x24c
   484: 6fffff17                       b #-0x244
   488: 08008052                       mov w8, #0x0
   48c: 09000090                       adrp x9, #0
        # hole +0x48c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   490: 290140f9                       ldr x9, [x9]
        # hole +0x490: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   494: 24050091                       add x4, x9, #0x1
   498: 23008052                       mov w3, #0x1
   49c: a9008052                       mov w9, #0x5
   4a0: 45018052                       mov w5, #0xa
   4a4: eb3340f9                       ldr x11, [sp, #0x60]
   4a8: e01b40f9                       ldr x0, [sp, #0x30]
   4ac: 0a0c40f9                       ldr x10, [x0, #0x18]
   4b0: ecbb40a9                       ldp x12, x14, [sp, #0x8]
   4b4: 7f010ceb                       cmp x11, x12
   4b8: edb341a9                       ldp x13, x12, [sp, #0x18]
   4bc: 61030054                       b.ne #0x6c
   4c0: eb3740f9                       ldr x11, [sp, #0x68]
   4c4: 7f010eeb                       cmp x11, x14
   4c8: 81030054                       b.ne #0x70
   4cc: eb3b40f9                       ldr x11, [sp, #0x70]
   4d0: 7f010deb                       cmp x11, x13
   4d4: a1030054                       b.ne #0x74
   4d8: eb3f40f9                       ldr x11, [sp, #0x78]
   4dc: 7f010ceb                       cmp x11, x12
   4e0: c1030054                       b.ne #0x78
   4e4: eb4340f9                       ldr x11, [sp, #0x80]
   4e8: ec1740f9                       ldr x12, [sp, #0x28]
   4ec: 7f010ceb                       cmp x11, x12
   4f0: e1030054                       b.ne #0x7c
   4f4: a8000034                       cbz w8, #0x14
   4f8: e84740f9                       ldr x8, [sp, #0x88]
   4fc: 481500f9                       str x8, [x10, #0x28]
   500: e84b40f9                       ldr x8, [sp, #0x90]
   504: 481900f9                       str x8, [x10, #0x30]
   508: 410d098b                       add x1, x10, x9, lsl #3
   50c: e20319aa                       mov x2, x25
   510: 00000094                       bl #0x0
        # hole +0x510: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   514: e82f40f9                       ldr x8, [sp, #0x58]
   518: 280700f9                       str x8, [x25, #0x8]
   51c: fd7b4ba9                       ldp x29, x30, [sp, #0xb0]
   520: ff030391                       add sp, sp, #0xc0
   524: c0035fd6                       ret
   528: 4b0100f9                       str x11, [x10]
   52c: eb3740f9                       ldr x11, [sp, #0x68]
   530: 7f010eeb                       cmp x11, x14
   534: c0fcff54                       b.eq #-0x68
   538: 4b0500f9                       str x11, [x10, #0x8]
   53c: eb3b40f9                       ldr x11, [sp, #0x70]
   540: 7f010deb                       cmp x11, x13
   544: a0fcff54                       b.eq #-0x6c
   548: 4b0900f9                       str x11, [x10, #0x10]
   54c: eb3f40f9                       ldr x11, [sp, #0x78]
   550: 7f010ceb                       cmp x11, x12
   554: 80fcff54                       b.eq #-0x70
   558: 4b0d00f9                       str x11, [x10, #0x18]
   55c: eb4340f9                       ldr x11, [sp, #0x80]
   560: ec1740f9                       ldr x12, [sp, #0x28]
   564: 7f010ceb                       cmp x11, x12
   568: 60fcff54                       b.eq #-0x74
   56c: 4b1100f9                       str x11, [x10, #0x20]
   570: 48fcff35                       cbnz w8, #-0x78
   574: e5ffff17                       b #-0x6c
   578: 0b008052                       mov w11, #0x0
   57c: 08008052                       mov w8, #0x0
   580: 860140b2                       orr x6, x12, #0x1
   584: 29008052                       mov w9, #0x1
   588: 31050daa                       orr x17, x9, x13, lsl #1
   58c: 6a1a00f9                       str x10, [x19, #0x30]
   590: 290300f9                       str x9, [x25]
   594: 0a000090                       adrp x10, #0
        # hole +0x594: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   598: 4a0140f9                       ldr x10, [x10]
        # hole +0x598: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   59c: 44350091                       add x4, x10, #0xd
   5a0: 43008052                       mov w3, #0x2
   5a4: 0a068052                       mov w10, #0x30
   5a8: 45108052                       mov w5, #0x82
   5ac: f62f00f9                       str x22, [sp, #0x58]
   5b0: f80306aa                       mov x24, x6
   5b4: fa0314aa                       mov x26, x20
   5b8: 2c000014                       b #0xb0
   5bc: 0b008052                       mov w11, #0x0
   5c0: 08008052                       mov w8, #0x0
   5c4: 09000090                       adrp x9, #0
        # hole +0x5c4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5c8: 290140f9                       ldr x9, [x9]
        # hole +0x5c8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5cc: 24050091                       add x4, x9, #0x1
   5d0: 23008052                       mov w3, #0x1
   5d4: 0a068052                       mov w10, #0x30
   5d8: 45018052                       mov w5, #0xa
   5dc: 29008052                       mov w9, #0x1
   5e0: 22000014                       b #0x88
   5e4: e8030ecb                       neg x8, x14
   5e8: e82f00f9                       str x8, [sp, #0x58]
   5ec: 09008052                       mov w9, #0x0
   5f0: 08008052                       mov w8, #0x0
   5f4: 860140b2                       orr x6, x12, #0x1
   5f8: 0b000090                       adrp x11, #0
        # hole +0x5f8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5fc: 6b0140f9                       ldr x11, [x11]
        # hole +0x5fc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   600: 6a1a00f9                       str x10, [x19, #0x30]
   604: 64210091                       add x4, x11, #0x8
   608: 23008052                       mov w3, #0x1
   60c: 0a098052                       mov w10, #0x48
   610: 050a8052                       mov w5, #0x50
   614: f10315aa                       mov x17, x21
   618: f80306aa                       mov x24, x6
   61c: fa0314aa                       mov x26, x20
   620: 2b008052                       mov w11, #0x1
   624: 11000014                       b #0x44
   628: e8030ecb                       neg x8, x14
   62c: e82f00f9                       str x8, [sp, #0x58]
   630: 09008052                       mov w9, #0x0
   634: 860140b2                       orr x6, x12, #0x1
   638: 23008052                       mov w3, #0x1
   63c: 71040daa                       orr x17, x3, x13, lsl #1
   640: 6a1a00f9                       str x10, [x19, #0x30]
   644: 08000090                       adrp x8, #0
        # hole +0x644: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   648: 080140f9                       ldr x8, [x8]
        # hole +0x648: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   64c: 04290091                       add x4, x8, #0xa
   650: 0a088052                       mov w10, #0x40
   654: 850c8052                       mov w5, #0x64
   658: f80306aa                       mov x24, x6
   65c: fa0314aa                       mov x26, x20
   660: 2b008052                       mov w11, #0x1
   664: 28008052                       mov w8, #0x1
   668: e01b40f9                       ldr x0, [sp, #0x30]
   66c: eeb741a9                       ldp x14, x13, [sp, #0x18]
   670: f0bf40a9                       ldp x16, x15, [sp, #0x8]
   674: 0c0c40f9                       ldr x12, [x0, #0x18]
   678: 5f0310eb                       cmp x26, x16
   67c: a1010054                       b.ne #0x34
   680: bf020feb                       cmp x21, x15
   684: c1010054                       b.ne #0x38
   688: df000eeb                       cmp x6, x14
   68c: e1010054                       b.ne #0x3c
   690: 5f000deb                       cmp x2, x13
   694: 01020054                       b.ne #0x40
   698: ed1740f9                       ldr x13, [sp, #0x28]
   69c: 3f000deb                       cmp x1, x13
   6a0: 21020054                       b.ne #0x44
   6a4: 931500f9                       str x19, [x12, #0x28]
   6a8: 29020036                       tbz w9, #0x0, #0x44
   6ac: 15000014                       b #0x54
   6b0: 9a0100f9                       str x26, [x12]
   6b4: bf020feb                       cmp x21, x15
   6b8: 80feff54                       b.eq #-0x30
   6bc: 950500f9                       str x21, [x12, #0x8]
   6c0: df000eeb                       cmp x6, x14
   6c4: 60feff54                       b.eq #-0x34
   6c8: 860900f9                       str x6, [x12, #0x10]
   6cc: 5f000deb                       cmp x2, x13
   6d0: 40feff54                       b.eq #-0x38
   6d4: 820d00f9                       str x2, [x12, #0x18]
   6d8: ed1740f9                       ldr x13, [sp, #0x28]
   6dc: 3f000deb                       cmp x1, x13
   6e0: 20feff54                       b.eq #-0x3c
   6e4: 814d02a9                       stp x1, x19, [x12, #0x20]
   6e8: c9000037                       tbnz w9, #0x0, #0x18
   6ec: 941900f9                       str x20, [x12, #0x30]
   6f0: 8b000034                       cbz w11, #0x10
   6f4: 911d00f9                       str x17, [x12, #0x38]
   6f8: 48000037                       tbnz w8, #0x0, #0x8
   6fc: 982100f9                       str x24, [x12, #0x40]
   700: 81010a8b                       add x1, x12, x10
   704: e20319aa                       mov x2, x25
   708: 00000094                       bl #0x0
        # hole +0x708: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   70c: e82f40f9                       ldr x8, [sp, #0x58]
   710: 280700f9                       str x8, [x25, #0x8]
   714: fd7b4ba9                       ldp x29, x30, [sp, #0xb0]
   718: ff030391                       add sp, sp, #0xc0
   71c: c0035fd6                       ret
   720: 08008052                       mov w8, #0x0
   724: 09000090                       adrp x9, #0
        # hole +0x724: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   728: 290140f9                       ldr x9, [x9]
        # hole +0x728: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   72c: 24090091                       add x4, x9, #0x2
   730: 43008052                       mov w3, #0x2
   734: a9008052                       mov w9, #0x5
   738: 85028052                       mov w5, #0x14
   73c: 5affff17                       b #-0x298
   740: 08000090                       adrp x8, #0
        # hole +0x740: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   744: 080140f9                       ldr x8, [x8]
        # hole +0x744: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   748: 041d0091                       add x4, x8, #0x7
   74c: 23008052                       mov w3, #0x1
   750: e9008052                       mov w9, #0x7
   754: c5088052                       mov w5, #0x46
   758: 28008052                       mov w8, #0x1
   75c: 52ffff17                       b #-0x2b8
   760: 0b008052                       mov w11, #0x0
   764: 08008052                       mov w8, #0x0
   768: 09000090                       adrp x9, #0
        # hole +0x768: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   76c: 290140f9                       ldr x9, [x9]
        # hole +0x76c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   770: 24310091                       add x4, x9, #0xc
   774: 29008052                       mov w9, #0x1
   778: 43008052                       mov w3, #0x2
   77c: 0a068052                       mov w10, #0x30
   780: 050f8052                       mov w5, #0x78
   784: e60318aa                       mov x6, x24
   788: fa0314aa                       mov x26, x20
   78c: b7ffff17                       b #-0x124
   790: 0b008052                       mov w11, #0x0
   794: 08008052                       mov w8, #0x0
   798: 29008052                       mov w9, #0x1
   79c: 0a000090                       adrp x10, #0
        # hole +0x79c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7a0: 4a0140f9                       ldr x10, [x10]
        # hole +0x7a0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7a4: 290300f9                       str x9, [x25]
   7a8: 44350091                       add x4, x10, #0xd
   7ac: 43008052                       mov w3, #0x2
   7b0: 0a068052                       mov w10, #0x30
   7b4: 45108052                       mov w5, #0x82
   7b8: ec2f00f9                       str x12, [sp, #0x58]
   7bc: e60318aa                       mov x6, x24
   7c0: fa0314aa                       mov x26, x20
   7c4: a9ffff17                       b #-0x15c
   7c8: 0b008052                       mov w11, #0x0
   7cc: 08008052                       mov w8, #0x0
   7d0: 09000090                       adrp x9, #0
        # hole +0x7d0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7d4: 290140f9                       ldr x9, [x9]
        # hole +0x7d4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7d8: 24050091                       add x4, x9, #0x1
   7dc: 23008052                       mov w3, #0x1
   7e0: 0a068052                       mov w10, #0x30
   7e4: 45018052                       mov w5, #0xa
   7e8: ec2f00f9                       str x12, [sp, #0x58]
   7ec: e60318aa                       mov x6, x24
   7f0: fa0314aa                       mov x26, x20
   7f4: e90303aa                       mov x9, x3
   7f8: 9cffff17                       b #-0x190
   7fc: 08008052                       mov w8, #0x0
   800: 09000090                       adrp x9, #0
        # hole +0x800: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   804: 290140f9                       ldr x9, [x9]
        # hole +0x804: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   808: 241d0091                       add x4, x9, #0x7
   80c: 63008052                       mov w3, #0x3
   810: a9008052                       mov w9, #0x5
   814: c5088052                       mov w5, #0x46
   818: 23ffff17                       b #-0x374
   81c: 09008052                       mov w9, #0x0
   820: 08008052                       mov w8, #0x0
   824: 0a000090                       adrp x10, #0
        # hole +0x824: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   828: 4a0140f9                       ldr x10, [x10]
        # hole +0x828: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   82c: 44210091                       add x4, x10, #0x8
   830: 23008052                       mov w3, #0x1
   834: 0a098052                       mov w10, #0x48
   838: 050a8052                       mov w5, #0x50
   83c: f4031aaa                       mov x20, x26
   840: f10315aa                       mov x17, x21
   844: e60318aa                       mov x6, x24
   848: 76ffff17                       b #-0x228
   84c: 09008052                       mov w9, #0x0
   850: 08000090                       adrp x8, #0
        # hole +0x850: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   854: 080140f9                       ldr x8, [x8]
        # hole +0x854: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   858: 04250091                       add x4, x8, #0x9
   85c: 23008052                       mov w3, #0x1
   860: 0a088052                       mov w10, #0x40
   864: 450b8052                       mov w5, #0x5a
   868: 08000014                       b #0x20
   86c: 09008052                       mov w9, #0x0
   870: 08000090                       adrp x8, #0
        # hole +0x870: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   874: 080140f9                       ldr x8, [x8]
        # hole +0x874: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   878: 04290091                       add x4, x8, #0xa
   87c: 23008052                       mov w3, #0x1
   880: 0a088052                       mov w10, #0x40
   884: 850c8052                       mov w5, #0x64
   888: f4031aaa                       mov x20, x26
   88c: e60318aa                       mov x6, x24
   890: 74ffff17                       b #-0x230
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[9]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 operand0[5]+0
