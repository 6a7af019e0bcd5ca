# stencil nested_pop for aarch64-apple-darwin: 2132 code bytes, 24 data bytes, 40 holes
     0: ff0303d1                       sub sp, sp, #0xc0
     4: fd7b0ba9                       stp x29, x30, [sp, #0xb0]
     8: f90316aa                       mov x25, x22
     c: cca640a9                       ldp x12, x9, [x22, #0x8]
    10: 880e40f9                       ldr x8, [x20, #0x18]
    14: 1b5540a9                       ldp x27, x21, [x8]
    18: 1c4d42a9                       ldp x28, x19, [x8, #0x20]
    1c: e92300f9                       str x9, [sp, #0x40]
    20: 290900d1                       sub x9, x9, #0x2
    24: f42703a9                       stp x20, x9, [sp, #0x30]
    28: 17000090                       adrp x23, #0
        # hole +0x28: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    2c: f70240f9                       ldr x23, [x23]
        # hole +0x2c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    30: fc4f02a9                       stp x28, x19, [sp, #0x20]
    34: 162141a9                       ldp x22, x8, [x8, #0x10]
    38: f52301a9                       stp x21, x8, [sp, #0x10]
    3c: e10308aa                       mov x1, x8
    40: fb5b00a9                       stp x27, x22, [sp]
    44: f92f00f9                       str x25, [sp, #0x58]
    48: ec2700f9                       str x12, [sp, #0x48]
    4c: f80316aa                       mov x24, x22
    50: fa031baa                       mov x26, x27
    54: 03000014                       b #0xc
    58: 3f0309eb                       cmp x25, x9
    5c: 4c0f0054                       b.gt #0x1e8
    60: f3020037                       tbnz w19, #0x0, #0x5c
    64: 680240f9                       ldr x8, [x19]
    68: 080500f1                       subs x8, x8, #0x1
    6c: 680200f9                       str x8, [x19]
    70: 61020054                       b.ne #0x4c
    74: fa2b00f9                       str x26, [sp, #0x50]
    78: fa031caa                       mov x26, x28
    7c: fc0316aa                       mov x28, x22
    80: f60315aa                       mov x22, x21
    84: f5031baa                       mov x21, x27
    88: fb0314aa                       mov x27, x20
    8c: f40300aa                       mov x20, x0
    90: e00313aa                       mov x0, x19
    94: f90301aa                       mov x25, x1
    98: 00000094                       bl #0x0
        # hole +0x98: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: e00314aa                       mov x0, x20
    a0: f4031baa                       mov x20, x27
    a4: fb0315aa                       mov x27, x21
    a8: f50316aa                       mov x21, x22
    ac: f6031caa                       mov x22, x28
    b0: fc031aaa                       mov x28, x26
    b4: fa2b40f9                       ldr x26, [sp, #0x50]
    b8: e10319aa                       mov x1, x25
    bc: fa5706a9                       stp x26, x21, [sp, #0x60]
    c0: f80707a9                       stp x24, x1, [sp, #0x70]
    c4: fc4f08a9                       stp x28, x19, [sp, #0x80]
    c8: fb5309a9                       stp x27, x20, [sp, #0x90]
    cc: f6030aa9                       stp x22, x0, [sp, #0xa0]
    d0: 9c1b0037                       tbnz w28, #0x0, #0x370
    d4: 880b40b9                       ldr w8, [x28, #0x8]
    d8: 1f110071                       cmp w8, #0x4
    dc: 211b0054                       b.ne #0x364
    e0: 8aa743a9                       ldp x10, x9, [x28, #0x38]
    e4: 881b40f9                       ldr x8, [x28, #0x30]
    e8: 3f0500f1                       cmp x9, #0x1
    ec: f92f40f9                       ldr x25, [sp, #0x58]
    f0: 8b000054                       b.lt #0x10
    f4: 1f010aeb                       cmp x8, x10
    f8: 8b000054                       b.lt #0x10
    fc: 11010014                       b #0x444
   100: 1f010aeb                       cmp x8, x10
   104: ed210054                       b.le #0x43c
   108: 0901098b                       add x9, x8, x9
   10c: 891b00f9                       str x9, [x28, #0x30]
   110: 29008052                       mov w9, #0x1
   114: 280508aa                       orr x8, x9, x8, lsl #1
   118: e84700f9                       str x8, [sp, #0x88]
   11c: e83700f9                       str x8, [sp, #0x68]
   120: b5000037                       tbnz w21, #0x0, #0x14
   124: a80240f9                       ldr x8, [x21]
   128: 080500f1                       subs x8, x8, #0x1
   12c: a80200f9                       str x8, [x21]
   130: 00010054                       b.eq #0x20
   134: 57010036                       tbz w23, #0x0, #0x28
   138: f74700f9                       str x23, [sp, #0x88]
   13c: e83f40f9                       ldr x8, [sp, #0x78]
   140: a8010036                       tbz w8, #0x0, #0x34
   144: e84b00f9                       str x8, [sp, #0x90]
   148: 17020036                       tbz w23, #0x0, #0x40
   14c: 05010014                       b #0x414
   150: e00315aa                       mov x0, x21
   154: 00000094                       bl #0x0
        # hole +0x154: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   158: 17ff0737                       tbnz w23, #0x0, #-0x20
   15c: e80240f9                       ldr x8, [x23]
   160: 08050091                       add x8, x8, #0x1
   164: e80200f9                       str x8, [x23]
   168: f74700f9                       str x23, [sp, #0x88]
   16c: e83f40f9                       ldr x8, [sp, #0x78]
   170: a8fe0737                       tbnz w8, #0x0, #-0x2c
   174: 090140f9                       ldr x9, [x8]
   178: 29050091                       add x9, x9, #0x1
   17c: 090100f9                       str x9, [x8]
   180: e84b00f9                       str x8, [sp, #0x90]
   184: f71e0037                       tbnz w23, #0x0, #0x3dc
   188: e80a40b9                       ldr w8, [x23, #0x8]
   18c: 1f210071                       cmp w8, #0x8
   190: 811e0054                       b.ne #0x3d0
   194: e81e40f9                       ldr x8, [x23, #0x38]
   198: e9830191                       add x9, sp, #0x60
   19c: 21c10091                       add x1, x9, #0x30
   1a0: e00319aa                       mov x0, x25
   1a4: 22008052                       mov w2, #0x1
   1a8: 00013fd6                       blr x8
   1ac: f30300aa                       mov x19, x0
   1b0: e04b40f9                       ldr x0, [sp, #0x90]
   1b4: a0000037                       tbnz w0, #0x0, #0x14
   1b8: 080040f9                       ldr x8, [x0]
   1bc: 080500f1                       subs x8, x8, #0x1
   1c0: 080000f9                       str x8, [x0]
   1c4: 40030054                       b.eq #0x68
   1c8: e80240f9                       ldr x8, [x23]
   1cc: 080500f1                       subs x8, x8, #0x1
   1d0: e80200f9                       str x8, [x23]
   1d4: 61000054                       b.ne #0xc
   1d8: e00317aa                       mov x0, x23
   1dc: 00000094                       bl #0x0
        # hole +0x1dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1e0: d32600b4                       cbz x19, #0x4d8
   1e4: f34700f9                       str x19, [sp, #0x88]
   1e8: fa5746a9                       ldp x26, x21, [sp, #0x60]
   1ec: f80747a9                       ldp x24, x1, [sp, #0x70]
   1f0: fc4340f9                       ldr x28, [sp, #0x80]
   1f4: fb5349a9                       ldp x27, x20, [sp, #0x90]
   1f8: f65340f9                       ldr x22, [sp, #0xa0]
   1fc: 53130037                       tbnz w19, #0x0, #0x268
   200: 680a40b9                       ldr w8, [x19, #0x8]
   204: 1f110071                       cmp w8, #0x4
   208: e1120054                       b.ne #0x25c
   20c: e05740f9                       ldr x0, [sp, #0xa8]
   210: 69a243a9                       ldp x9, x8, [x19, #0x38]
   214: 791a40f9                       ldr x25, [x19, #0x30]
   218: 1f0500f1                       cmp x8, #0x1
   21c: ebf1ff54                       b.lt #-0x1c4
   220: 3f0309eb                       cmp x25, x9
   224: eaf1ff54                       b.ge #-0x1c4
   228: 07000014                       b #0x1c
   22c: 00000094                       bl #0x0
        # hole +0x22c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   230: e80240f9                       ldr x8, [x23]
   234: 080500f1                       subs x8, x8, #0x1
   238: e80200f9                       str x8, [x23]
   23c: 21fdff54                       b.ne #-0x5c
   240: e6ffff17                       b #-0x68
   244: 2803088b                       add x8, x25, x8
   248: 681a00f9                       str x8, [x19, #0x30]
   24c: b8000037                       tbnz w24, #0x0, #0x14
   250: 080340f9                       ldr x8, [x24]
   254: 080500f1                       subs x8, x8, #0x1
   258: 080300f9                       str x8, [x24]
   25c: 200e0054                       b.eq #0x1c4
   260: 9a000037                       tbnz w26, #0x0, #0x10
   264: 480340f9                       ldr x8, [x26]
   268: 08050091                       add x8, x8, #0x1
   26c: 480300f9                       str x8, [x26]
   270: 1800f8d2                       mov x24, #-0x4000000000000000
   274: 95000037                       tbnz w21, #0x0, #0x10
   278: a80240f9                       ldr x8, [x21]
   27c: 08050091                       add x8, x8, #0x1
   280: a80200f9                       str x8, [x21]
   284: 29fb7fd3                       lsl x9, x25, #1
   288: 36008052                       mov w22, #0x1
   28c: 36fb7fb3                       bfi x22, x25, #1, #63
   290: a8fe4193                       asr x8, x21, #1
   294: 2afd4193                       asr x10, x9, #1
   298: 097d0a9b                       mul x9, x8, x10
   29c: 0a7d4a9b                       smulh x10, x8, x10
   2a0: 5ffd89eb                       cmp x10, x9, asr #63
   2a4: a1290054                       b.ne #0x534
   2a8: 2a01188b                       add x10, x9, x24
   2ac: 6a29f8b6                       tbz x10, #0x3f, #0x52c
   2b0: 2a008052                       mov w10, #0x1
   2b4: 540509aa                       orr x20, x10, x9, lsl #1
   2b8: f92f40f9                       ldr x25, [sp, #0x58]
   2bc: 9a2a0036                       tbz w26, #0x0, #0x550
   2c0: 29059a8b                       add x9, x9, x26, asr #1
   2c4: 3f0118ab                       cmn x9, x24
   2c8: 252b0054                       b.pl #0x564
   2cc: 2a008052                       mov w10, #0x1
   2d0: 5b0509aa                       orr x27, x10, x9, lsl #1
   2d4: 290340f9                       ldr x9, [x25]
   2d8: 092400b5                       cbnz x9, #0x480
   2dc: e92b44a9                       ldp x9, x10, [sp, #0x40]
   2e0: 4c050091                       add x12, x10, #0x1
   2e4: 9f0109eb                       cmp x12, x9
   2e8: aa240054                       b.ge #0x494
   2ec: 690a40b9                       ldr w9, [x19, #0x8]
   2f0: 3f110071                       cmp w9, #0x4
   2f4: a1250054                       b.ne #0x4b4
   2f8: 6dae43a9                       ldp x13, x11, [x19, #0x38]
   2fc: 691a40f9                       ldr x9, [x19, #0x30]
   300: 7f0500f1                       cmp x11, #0x1
   304: 2b040054                       b.lt #0x84
   308: 3f010deb                       cmp x9, x13
   30c: eae9ff54                       b.ge #-0x2c4
   310: ea2740f9                       ldr x10, [sp, #0x48]
   314: ec032aaa                       mvn x12, x10
   318: ee1f40f9                       ldr x14, [sp, #0x38]
   31c: cf010acb                       sub x15, x14, x10
   320: 2af97fd3                       lsl x10, x9, #1
   324: 70f97fd3                       lsl x16, x11, #1
   328: 95000037                       tbnz w21, #0x0, #0x10
   32c: ae0240f9                       ldr x14, [x21]
   330: ce050091                       add x14, x14, #0x1
   334: ae0200f9                       str x14, [x21]
   338: 29010b8b                       add x9, x9, x11
   33c: 51fd4193                       asr x17, x10, #1
   340: 0e7d119b                       mul x14, x8, x17
   344: 117d519b                       smulh x17, x8, x17
   348: 3ffe8eeb                       cmp x17, x14, asr #63
   34c: 611c0054                       b.ne #0x38c
   350: d101188b                       add x17, x14, x24
   354: 311cf8b6                       tbz x17, #0x3f, #0x384
   358: d1059b8b                       add x17, x14, x27, asr #1
   35c: 3f0218ab                       cmn x17, x24
   360: c51d0054                       b.pl #0x3b8
   364: 34008052                       mov w20, #0x1
   368: 9b0611aa                       orr x27, x20, x17, lsl #1
   36c: 2f1800b4                       cbz x15, #0x304
   370: 8c0500d1                       sub x12, x12, #0x1
   374: ef0500d1                       sub x15, x15, #0x1
   378: 4a01108b                       add x10, x10, x16
   37c: 3f010deb                       cmp x9, x13
   380: 4bfdff54                       b.lt #-0x58
   384: 20000014                       b #0x80
   388: 3f010deb                       cmp x9, x13
   38c: ede5ff54                       b.le #-0x344
   390: ea2740f9                       ldr x10, [sp, #0x48]
   394: ec032aaa                       mvn x12, x10
   398: ee1f40f9                       ldr x14, [sp, #0x38]
   39c: cf010acb                       sub x15, x14, x10
   3a0: 2af97fd3                       lsl x10, x9, #1
   3a4: 70f97fd3                       lsl x16, x11, #1
   3a8: 95000037                       tbnz w21, #0x0, #0x10
   3ac: ae0240f9                       ldr x14, [x21]
   3b0: ce050091                       add x14, x14, #0x1
   3b4: ae0200f9                       str x14, [x21]
   3b8: 29010b8b                       add x9, x9, x11
   3bc: 51fd4193                       asr x17, x10, #1
   3c0: 0e7d119b                       mul x14, x8, x17
   3c4: 117d519b                       smulh x17, x8, x17
   3c8: 3ffe8eeb                       cmp x17, x14, asr #63
   3cc: 61180054                       b.ne #0x30c
   3d0: d101188b                       add x17, x14, x24
   3d4: 3118f8b6                       tbz x17, #0x3f, #0x304
   3d8: d1059b8b                       add x17, x14, x27, asr #1
   3dc: 3f0218ab                       cmn x17, x24
   3e0: c5190054                       b.pl #0x338
   3e4: 34008052                       mov w20, #0x1
   3e8: 9b0611aa                       orr x27, x20, x17, lsl #1
   3ec: 2f1400b4                       cbz x15, #0x284
   3f0: 8c0500d1                       sub x12, x12, #0x1
   3f4: ef0500d1                       sub x15, x15, #0x1
   3f8: 4a01108b                       add x10, x10, x16
   3fc: 3f010deb                       cmp x9, x13
   400: 4cfdff54                       b.gt #-0x58
   404: ec030ccb                       neg x12, x12
   408: 48050bcb                       sub x8, x10, x11, lsl #1
   40c: 160140b2                       orr x22, x8, #0x1
   410: 28008052                       mov w8, #0x1
   414: 14050eaa                       orr x20, x8, x14, lsl #1
   418: 691a00f9                       str x9, [x19, #0x30]
   41c: 0bffff17                       b #-0x3d4
   420: f60300aa                       mov x22, x0
   424: e00318aa                       mov x0, x24
   428: f40301aa                       mov x20, x1
   42c: 00000094                       bl #0x0
        # hole +0x42c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   430: e00316aa                       mov x0, x22
   434: e10314aa                       mov x1, x20
   438: 7af10736                       tbz w26, #0x0, #-0x1d4
   43c: 8dffff17                       b #-0x1cc
   440: 08008052                       mov w8, #0x0
   444: 09000090                       adrp x9, #0
        # hole +0x444: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   448: 290140f9                       ldr x9, [x9]
        # hole +0x448: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   44c: 24050091                       add x4, x9, #0x1
   450: 23008052                       mov w3, #0x1
   454: a9008052                       mov w9, #0x5
   458: 45018052                       mov w5, #0xa
   45c: f92f40f9                       ldr x25, [sp, #0x58]
   460: 47000014                       b #0x11c
   464: 0b008052                       mov w11, #0x0
   468: 08008052                       mov w8, #0x0
   46c: 09000090                       adrp x9, #0
        # hole +0x46c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   470: 290140f9                       ldr x9, [x9]
        # hole +0x470: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   474: 24050091                       add x4, x9, #0x1
   478: 23008052                       mov w3, #0x1
   47c: 0a068052                       mov w10, #0x30
   480: 45018052                       mov w5, #0xa
   484: ec8342a9                       ldp x12, x0, [sp, #0x28]
   488: eeb741a9                       ldp x14, x13, [sp, #0x18]
   48c: f0bf40a9                       ldp x16, x15, [sp, #0x8]
   490: f10340f9                       ldr x17, [sp]
   494: 090c40f9                       ldr x9, [x0, #0x18]
   498: 5f0311eb                       cmp x26, x17
   49c: a1010054                       b.ne #0x34
   4a0: bf020feb                       cmp x21, x15
   4a4: c1010054                       b.ne #0x38
   4a8: 1f0310eb                       cmp x24, x16
   4ac: e1010054                       b.ne #0x3c
   4b0: 3f000eeb                       cmp x1, x14
   4b4: 01020054                       b.ne #0x40
   4b8: 9f030deb                       cmp x28, x13
   4bc: 21020054                       b.ne #0x44
   4c0: 7f020ceb                       cmp x19, x12
   4c4: 41020054                       b.ne #0x48
   4c8: 6b020035                       cbnz w11, #0x4c
   4cc: 15000014                       b #0x54
   4d0: 3a0100f9                       str x26, [x9]
   4d4: bf020feb                       cmp x21, x15
   4d8: 80feff54                       b.eq #-0x30
   4dc: 350500f9                       str x21, [x9, #0x8]
   4e0: 1f0310eb                       cmp x24, x16
   4e4: 60feff54                       b.eq #-0x34
   4e8: 380900f9                       str x24, [x9, #0x10]
   4ec: 3f000eeb                       cmp x1, x14
   4f0: 40feff54                       b.eq #-0x38
   4f4: 210d00f9                       str x1, [x9, #0x18]
   4f8: 9f030deb                       cmp x28, x13
   4fc: 20feff54                       b.eq #-0x3c
   500: 3c1100f9                       str x28, [x9, #0x20]
   504: 7f020ceb                       cmp x19, x12
   508: 00feff54                       b.eq #-0x40
   50c: 331500f9                       str x19, [x9, #0x28]
   510: 8b000034                       cbz w11, #0x10
   514: 3b5103a9                       stp x27, x20, [x9, #0x30]
   518: 48000034                       cbz w8, #0x8
   51c: 362100f9                       str x22, [x9, #0x40]
   520: 21010a8b                       add x1, x9, x10
   524: e20319aa                       mov x2, x25
   528: 00000094                       bl #0x0
        # hole +0x528: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   52c: e82740f9                       ldr x8, [sp, #0x48]
   530: 280700f9                       str x8, [x25, #0x8]
   534: fd7b4ba9                       ldp x29, x30, [sp, #0xb0]
   538: ff030391                       add sp, sp, #0xc0
   53c: c0035fd6                       ret
   540: 08008052                       mov w8, #0x0
   544: 09000090                       adrp x9, #0
        # hole +0x544: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   548: 290140f9                       ldr x9, [x9]
        # hole +0x548: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   54c: 24090091                       add x4, x9, #0x2
   550: 43008052                       mov w3, #0x2
   554: a9008052                       mov w9, #0x5
   558: 85028052                       mov w5, #0x14
   55c: 08000014                       b #0x20
   560: 08000090                       adrp x8, #0
        # hole +0x560: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   564: 080140f9                       ldr x8, [x8]
        # hole +0x564: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   568: 041d0091                       add x4, x8, #0x7
   56c: 23008052                       mov w3, #0x1
   570: e9008052                       mov w9, #0x7
   574: c5088052                       mov w5, #0x46
   578: 28008052                       mov w8, #0x1
   57c: eb3340f9                       ldr x11, [sp, #0x60]
   580: e01b40f9                       ldr x0, [sp, #0x30]
   584: 0a0c40f9                       ldr x10, [x0, #0x18]
   588: ec4340a9                       ldp x12, x16, [sp]
   58c: 7f010ceb                       cmp x11, x12
   590: ed3342a9                       ldp x13, x12, [sp, #0x20]
   594: ef3b41a9                       ldp x15, x14, [sp, #0x10]
   598: a1030054                       b.ne #0x74
   59c: eb3740f9                       ldr x11, [sp, #0x68]
   5a0: 7f010feb                       cmp x11, x15
   5a4: c1030054                       b.ne #0x78
   5a8: eb3b40f9                       ldr x11, [sp, #0x70]
   5ac: 7f0110eb                       cmp x11, x16
   5b0: e1030054                       b.ne #0x7c
   5b4: eb3f40f9                       ldr x11, [sp, #0x78]
   5b8: 7f010eeb                       cmp x11, x14
   5bc: 01040054                       b.ne #0x80
   5c0: eb4340f9                       ldr x11, [sp, #0x80]
   5c4: 7f010deb                       cmp x11, x13
   5c8: 21040054                       b.ne #0x84
   5cc: eb4740f9                       ldr x11, [sp, #0x88]
   5d0: 7f010ceb                       cmp x11, x12
   5d4: 0c010052                       eor w12, w8, #0x1
   5d8: 8c159f1a                       csinc w12, w12, wzr, ne
   5dc: 4c040036                       tbz w12, #0x0, #0x88
   5e0: 68000034                       cbz w8, #0xc
   5e4: e84b40f9                       ldr x8, [sp, #0x90]
   5e8: 481900f9                       str x8, [x10, #0x30]
   5ec: 410d098b                       add x1, x10, x9, lsl #3
   5f0: e20319aa                       mov x2, x25
   5f4: 00000094                       bl #0x0
        # hole +0x5f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5f8: e82740f9                       ldr x8, [sp, #0x48]
   5fc: 280700f9                       str x8, [x25, #0x8]
   600: fd7b4ba9                       ldp x29, x30, [sp, #0xb0]
   604: ff030391                       add sp, sp, #0xc0
   608: c0035fd6                       ret
   60c: 4b0100f9                       str x11, [x10]
   610: eb3740f9                       ldr x11, [sp, #0x68]
   614: 7f010feb                       cmp x11, x15
   618: 80fcff54                       b.eq #-0x70
   61c: 4b0500f9                       str x11, [x10, #0x8]
   620: eb3b40f9                       ldr x11, [sp, #0x70]
   624: 7f0110eb                       cmp x11, x16
   628: 60fcff54                       b.eq #-0x74
   62c: 4b0900f9                       str x11, [x10, #0x10]
   630: eb3f40f9                       ldr x11, [sp, #0x78]
   634: 7f010eeb                       cmp x11, x14
   638: 40fcff54                       b.eq #-0x78
   63c: 4b0d00f9                       str x11, [x10, #0x18]
   640: eb4340f9                       ldr x11, [sp, #0x80]
   644: 7f010deb                       cmp x11, x13
   648: 20fcff54                       b.eq #-0x7c
   64c: 4b1100f9                       str x11, [x10, #0x20]
   650: eb4740f9                       ldr x11, [sp, #0x88]
   654: 7f010ceb                       cmp x11, x12
   658: 0c010052                       eor w12, w8, #0x1
   65c: 8c159f1a                       csinc w12, w12, wzr, ne
   660: 0cfc0737                       tbnz w12, #0x0, #-0x80
   664: 4b1500f9                       str x11, [x10, #0x28]
   668: e8fbff35                       cbnz w8, #-0x84
   66c: e0ffff17                       b #-0x80
   670: 0b008052                       mov w11, #0x0
   674: 08008052                       mov w8, #0x0
   678: 580140b2                       orr x24, x10, #0x1
   67c: 2a008052                       mov w10, #0x1
   680: 54050eaa                       orr x20, x10, x14, lsl #1
   684: 691a00f9                       str x9, [x19, #0x30]
   688: 2a0300f9                       str x10, [x25]
   68c: 09000090                       adrp x9, #0
        # hole +0x68c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   690: 290140f9                       ldr x9, [x9]
        # hole +0x690: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   694: 24350091                       add x4, x9, #0xd
   698: 43008052                       mov w3, #0x2
   69c: 0a068052                       mov w10, #0x30
   6a0: 45108052                       mov w5, #0x82
   6a4: e92340f9                       ldr x9, [sp, #0x40]
   6a8: e92700f9                       str x9, [sp, #0x48]
   6ac: f60318aa                       mov x22, x24
   6b0: fa031baa                       mov x26, x27
   6b4: 74ffff17                       b #-0x230
   6b8: 08008052                       mov w8, #0x0
   6bc: 09000090                       adrp x9, #0
        # hole +0x6bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   6c0: 290140f9                       ldr x9, [x9]
        # hole +0x6c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   6c4: 241d0091                       add x4, x9, #0x7
   6c8: 63008052                       mov w3, #0x3
   6cc: a9008052                       mov w9, #0x5
   6d0: c5088052                       mov w5, #0x46
   6d4: aaffff17                       b #-0x158
   6d8: e8030ccb                       neg x8, x12
   6dc: e82700f9                       str x8, [sp, #0x48]
   6e0: 08000090                       adrp x8, #0
        # hole +0x6e0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6e4: 080140f9                       ldr x8, [x8]
        # hole +0x6e4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6e8: 580140b2                       orr x24, x10, #0x1
   6ec: 04210091                       add x4, x8, #0x8
   6f0: 23008052                       mov w3, #0x1
   6f4: 0a098052                       mov w10, #0x48
   6f8: 050a8052                       mov w5, #0x50
   6fc: 691a00f9                       str x9, [x19, #0x30]
   700: f40315aa                       mov x20, x21
   704: f60318aa                       mov x22, x24
   708: fa031baa                       mov x26, x27
   70c: 2b008052                       mov w11, #0x1
   710: 28008052                       mov w8, #0x1
   714: 5cffff17                       b #-0x290
   718: e8030ccb                       neg x8, x12
   71c: e82700f9                       str x8, [sp, #0x48]
   720: 08008052                       mov w8, #0x0
   724: 580140b2                       orr x24, x10, #0x1
   728: 23008052                       mov w3, #0x1
   72c: 74040eaa                       orr x20, x3, x14, lsl #1
   730: 691a00f9                       str x9, [x19, #0x30]
   734: 09000090                       adrp x9, #0
        # hole +0x734: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   738: 290140f9                       ldr x9, [x9]
        # hole +0x738: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   73c: 24290091                       add x4, x9, #0xa
   740: 0a088052                       mov w10, #0x40
   744: 850c8052                       mov w5, #0x64
   748: f60318aa                       mov x22, x24
   74c: fa031baa                       mov x26, x27
   750: 2b008052                       mov w11, #0x1
   754: 4cffff17                       b #-0x2d0
   758: 0b008052                       mov w11, #0x0
   75c: 08008052                       mov w8, #0x0
   760: 09000090                       adrp x9, #0
        # hole +0x760: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   764: 290140f9                       ldr x9, [x9]
        # hole +0x764: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   768: 24310091                       add x4, x9, #0xc
   76c: 43008052                       mov w3, #0x2
   770: 0a068052                       mov w10, #0x30
   774: 050f8052                       mov w5, #0x78
   778: 15000014                       b #0x54
   77c: 0b008052                       mov w11, #0x0
   780: 08008052                       mov w8, #0x0
   784: 29008052                       mov w9, #0x1
   788: 0a000090                       adrp x10, #0
        # hole +0x788: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   78c: 4a0140f9                       ldr x10, [x10]
        # hole +0x78c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   790: 44350091                       add x4, x10, #0xd
   794: 43008052                       mov w3, #0x2
   798: 290300f9                       str x9, [x25]
   79c: 0a068052                       mov w10, #0x30
   7a0: 45108052                       mov w5, #0x82
   7a4: 09000014                       b #0x24
   7a8: 0b008052                       mov w11, #0x0
   7ac: 08008052                       mov w8, #0x0
   7b0: 09000090                       adrp x9, #0
        # hole +0x7b0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7b4: 290140f9                       ldr x9, [x9]
        # hole +0x7b4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7b8: 24050091                       add x4, x9, #0x1
   7bc: 23008052                       mov w3, #0x1
   7c0: 0a068052                       mov w10, #0x30
   7c4: 45018052                       mov w5, #0xa
   7c8: ec2700f9                       str x12, [sp, #0x48]
   7cc: f80316aa                       mov x24, x22
   7d0: fa031baa                       mov x26, x27
   7d4: 2cffff17                       b #-0x350
   7d8: 08000090                       adrp x8, #0
        # hole +0x7d8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7dc: 080140f9                       ldr x8, [x8]
        # hole +0x7dc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7e0: 04210091                       add x4, x8, #0x8
   7e4: 23008052                       mov w3, #0x1
   7e8: 0a098052                       mov w10, #0x48
   7ec: 050a8052                       mov w5, #0x50
   7f0: fb031aaa                       mov x27, x26
   7f4: f40315aa                       mov x20, x21
   7f8: f80316aa                       mov x24, x22
   7fc: 2b008052                       mov w11, #0x1
   800: 28008052                       mov w8, #0x1
   804: f92f40f9                       ldr x25, [sp, #0x58]
   808: 1fffff17                       b #-0x384
   80c: 08008052                       mov w8, #0x0
   810: 09000090                       adrp x9, #0
        # hole +0x810: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   814: 290140f9                       ldr x9, [x9]
        # hole +0x814: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   818: 24250091                       add x4, x9, #0x9
   81c: 23008052                       mov w3, #0x1
   820: 0a088052                       mov w10, #0x40
   824: 450b8052                       mov w5, #0x5a
   828: 08000014                       b #0x20
   82c: 08008052                       mov w8, #0x0
   830: 09000090                       adrp x9, #0
        # hole +0x830: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   834: 290140f9                       ldr x9, [x9]
        # hole +0x834: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   838: 24290091                       add x4, x9, #0xa
   83c: 23008052                       mov w3, #0x1
   840: 0a088052                       mov w10, #0x40
   844: 850c8052                       mov w5, #0x64
   848: fb031aaa                       mov x27, x26
   84c: f80316aa                       mov x24, x22
   850: c0ffff17                       b #-0x100
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[11]+0
        # hole data+0x8: GOT Abs64 index[2]+0
        # hole data+0x10: GOT Abs64 operand0[7]+0
