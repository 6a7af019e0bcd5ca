# stencil attr_loop for aarch64-apple-darwin: 1796 code bytes, 16 data bytes, 14 holes
     0: ffc300d1                       sub sp, sp, #0x30
     4: fd7b02a9                       stp x29, x30, [sp, #0x20]
     8: 8b0e40f9                       ldr x11, [x20, #0x18]
     c: 7c0d40f9                       ldr x28, [x11, #0x18]
    10: 1c020037                       tbnz w28, #0x0, #0x40
    14: 880b40b9                       ldr w8, [x28, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: a1010054                       b.ne #0x34
    20: 754d40a9                       ldp x21, x19, [x11]
    24: 770940f9                       ldr x23, [x11, #0x10]
    28: 8aa743a9                       ldp x10, x9, [x28, #0x38]
    2c: 881b40f9                       ldr x8, [x28, #0x30]
    30: 3f0500f1                       cmp x9, #0x1
    34: ab020054                       b.lt #0x54
    38: 1f010aeb                       cmp x8, x10
    3c: ab020054                       b.lt #0x54
    40: 5a008052                       mov w26, #0x2
    44: 19048052                       mov w25, #0x20
    48: 85028052                       mov w5, #0x14
    4c: 04000014                       b #0x10
    50: 3a008052                       mov w26, #0x1
    54: 19048052                       mov w25, #0x20
    58: 45018052                       mov w5, #0xa
    5c: e3031aaa                       mov x3, x26
    60: 08000090                       adrp x8, #0
        # hole +0x60: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    64: 080140f9                       ldr x8, [x8]
        # hole +0x64: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    68: 6101198b                       add x1, x11, x25
    6c: 04011a8b                       add x4, x8, x26
    70: e00314aa                       mov x0, x20
    74: e20316aa                       mov x2, x22
    78: 00000094                       bl #0x0
        # hole +0x78: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    7c: fd7b42a9                       ldp x29, x30, [sp, #0x20]
    80: ffc30091                       add sp, sp, #0x30
    84: c0035fd6                       ret
    88: 1f010aeb                       cmp x8, x10
    8c: adfdff54                       b.le #-0x4c
    90: 0901098b                       add x9, x8, x9
    94: 891b00f9                       str x9, [x28, #0x30]
    98: 29008052                       mov w9, #0x1
    9c: 380508aa                       orr x24, x9, x8, lsl #1
    a0: f3000037                       tbnz w19, #0x0, #0x1c
    a4: 680240f9                       ldr x8, [x19]
    a8: 080500f1                       subs x8, x8, #0x1
    ac: 680200f9                       str x8, [x19]
    b0: 61000054                       b.ne #0xc
    b4: e00313aa                       mov x0, x19
    b8: 00000094                       bl #0x0
        # hole +0xb8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    bc: f5030037                       tbnz w21, #0x0, #0x7c
    c0: a80240f9                       ldr x8, [x21]
    c4: 08050091                       add x8, x8, #0x1
    c8: a80200f9                       str x8, [x21]
    cc: a80a40b9                       ldr w8, [x21, #0x8]
    d0: 1f1d0071                       cmp w8, #0x7
    d4: 21030054                       b.ne #0x64
    d8: 1a000090                       adrp x26, #0
        # hole +0xd8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    dc: 5a0340f9                       ldr x26, [x26]
        # hole +0xdc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    e0: e8031aaa                       mov x8, x26
    e4: a91a40f9                       ldr x9, [x21, #0x30]
    e8: 291940f9                       ldr x9, [x9, #0x30]
    ec: 3f0108eb                       cmp x9, x8
    f0: 41020054                       b.ne #0x48
    f4: f80f00f9                       str x24, [sp, #0x18]
    f8: a80240f9                       ldr x8, [x21]
    fc: 08050091                       add x8, x8, #0x1
   100: a80200f9                       str x8, [x21]
   104: a91e40f9                       ldr x9, [x21, #0x38]
   108: e92500b4                       cbz x9, #0x4bc
   10c: b82240f9                       ldr x24, [x21, #0x40]
   110: 78020037                       tbnz w24, #0x0, #0x4c
   114: 080340f9                       ldr x8, [x24]
   118: 08050091                       add x8, x8, #0x1
   11c: 080300f9                       str x8, [x24]
   120: a80240f9                       ldr x8, [x21]
   124: 080500f1                       subs x8, x8, #0x1
   128: a80200f9                       str x8, [x21]
   12c: e0010054                       b.eq #0x3c
   130: 37020036                       tbz w23, #0x0, #0x44
   134: 2a000014                       b #0xa8
   138: 09008052                       mov w9, #0x0
   13c: 23008052                       mov w3, #0x1
   140: 19058052                       mov w25, #0x28
   144: 85078052                       mov w5, #0x3c
   148: da008052                       mov w26, #0x6
   14c: fb0315aa                       mov x27, x21
   150: 2a008052                       mov w10, #0x1
   154: 28008052                       mov w8, #0x1
   158: 2b000014                       b #0xac
   15c: 080500f1                       subs x8, x8, #0x1
   160: a80200f9                       str x8, [x21]
   164: 61feff54                       b.ne #-0x34
   168: e00315aa                       mov x0, x21
   16c: 00000094                       bl #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   170: 77030037                       tbnz w23, #0x0, #0x6c
   174: e80240f9                       ldr x8, [x23]
   178: 09050091                       add x9, x8, #0x1
   17c: e90200f9                       str x9, [x23]
   180: e90a40b9                       ldr w9, [x23, #0x8]
   184: 3f1d0071                       cmp w9, #0x7
   188: a1020054                       b.ne #0x54
   18c: e91a40f9                       ldr x9, [x23, #0x30]
   190: 291940f9                       ldr x9, [x9, #0x30]
   194: 3f0d00f1                       cmp x9, #0x3
   198: 21020054                       b.ne #0x44
   19c: e91e40f9                       ldr x9, [x23, #0x38]
   1a0: 292600b4                       cbz x9, #0x4c4
   1a4: e92240f9                       ldr x9, [x23, #0x40]
   1a8: c9040037                       tbnz w9, #0x0, #0x98
   1ac: 280140f9                       ldr x8, [x9]
   1b0: 08050091                       add x8, x8, #0x1
   1b4: 280100f9                       str x8, [x9]
   1b8: e80240f9                       ldr x8, [x23]
   1bc: 080500f1                       subs x8, x8, #0x1
   1c0: e80200f9                       str x8, [x23]
   1c4: 01040054                       b.ne #0x80
   1c8: e00317aa                       mov x0, x23
   1cc: f90309aa                       mov x25, x9
   1d0: 00000094                       bl #0x0
        # hole +0x1d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1d4: e90319aa                       mov x9, x25
   1d8: 1b000014                       b #0x6c
   1dc: 08008052                       mov w8, #0x0
   1e0: 23008052                       mov w3, #0x1
   1e4: 19078052                       mov w25, #0x38
   1e8: 850c8052                       mov w5, #0x64
   1ec: 5a018052                       mov w26, #0xa
   1f0: fb0315aa                       mov x27, x21
   1f4: f50318aa                       mov x21, x24
   1f8: 2a008052                       mov w10, #0x1
   1fc: 29008052                       mov w9, #0x1
   200: f80f40f9                       ldr x24, [sp, #0x18]
   204: 8b0e40f9                       ldr x11, [x20, #0x18]
   208: 1f0313eb                       cmp x24, x19
   20c: 40000054                       b.eq #0x8
   210: 780500f9                       str x24, [x11, #0x8]
   214: aa000034                       cbz w10, #0x14
   218: 7b1100f9                       str x27, [x11, #0x20]
   21c: a8000036                       tbz w8, #0x0, #0x14
   220: 19058052                       mov w25, #0x28
   224: 8fffff17                       b #-0x1c4
   228: 19048052                       mov w25, #0x20
   22c: 8dffff17                       b #-0x1cc
   230: 751500f9                       str x21, [x11, #0x28]
   234: 69f1ff34                       cbz w9, #-0x1d4
   238: 771900f9                       str x23, [x11, #0x30]
   23c: 89ffff17                       b #-0x1dc
   240: e80200f9                       str x8, [x23]
   244: 98120036                       tbz w24, #0x0, #0x250
   248: 69120036                       tbz w9, #0x0, #0x24c
   24c: e90b00f9                       str x9, [sp, #0x10]
   250: 28fd4193                       asr x8, x9, #1
   254: 0805988b                       add x8, x8, x24, asr #1
   258: 0900f8d2                       mov x9, #-0x4000000000000000
   25c: 1f0109ab                       cmn x8, x9
   260: e5200054                       b.pl #0x41c
   264: 2a008052                       mov w10, #0x1
   268: 5b0508aa                       orr x27, x10, x8, lsl #1
   26c: a80a40b9                       ldr w8, [x21, #0x8]
   270: 1f1d0071                       cmp w8, #0x7
   274: 81230054                       b.ne #0x470
   278: a81e40f9                       ldr x8, [x21, #0x38]
   27c: 1f0900f1                       cmp x8, #0x2
   280: f80f40f9                       ldr x24, [sp, #0x18]
   284: e3200054                       b.lo #0x41c
   288: a02640f9                       ldr x0, [x21, #0x48]
   28c: bb2600f9                       str x27, [x21, #0x48]
   290: c0000037                       tbnz w0, #0x0, #0x18
   294: 080040f9                       ldr x8, [x0]
   298: 080500f1                       subs x8, x8, #0x1
   29c: 080000f9                       str x8, [x0]
   2a0: 41000054                       b.ne #0x8
   2a4: 00000094                       bl #0x0
        # hole +0x2a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2a8: a80240f9                       ldr x8, [x21]
   2ac: 080500f1                       subs x8, x8, #0x1
   2b0: a80200f9                       str x8, [x21]
   2b4: 61000054                       b.ne #0xc
   2b8: e00315aa                       mov x0, x21
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2c0: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2c4: 08050091                       add x8, x8, #0x1
   2c8: c80600f9                       str x8, [x22, #0x8]
   2cc: 1f0109eb                       cmp x8, x9
   2d0: 4a0f0054                       b.ge #0x1e8
   2d4: c80240f9                       ldr x8, [x22]
   2d8: c80f00b5                       cbnz x8, #0x1f8
   2dc: 880b40b9                       ldr w8, [x28, #0x8]
   2e0: 1f110071                       cmp w8, #0x4
   2e4: 81100054                       b.ne #0x210
   2e8: 19048052                       mov w25, #0x20
   2ec: fa0700f9                       str x26, [sp, #0x8]
   2f0: da008052                       mov w26, #0x6
   2f4: 45018052                       mov w5, #0xa
   2f8: 8aa343a9                       ldp x10, x8, [x28, #0x38]
   2fc: 891b40f9                       ldr x9, [x28, #0x30]
   300: 1f0500f1                       cmp x8, #0x1
   304: 8b000054                       b.lt #0x10
   308: 3f010aeb                       cmp x9, x10
   30c: 8b000054                       b.lt #0x10
   310: 8a000014                       b #0x228
   314: 3f010aeb                       cmp x9, x10
   318: 0d110054                       b.le #0x220
   31c: 2801088b                       add x8, x9, x8
   320: 881b00f9                       str x8, [x28, #0x30]
   324: 28008052                       mov w8, #0x1
   328: 180509aa                       orr x24, x8, x9, lsl #1
   32c: a90240f9                       ldr x9, [x21]
   330: 29050091                       add x9, x9, #0x1
   334: a90200f9                       str x9, [x21]
   338: a90a40b9                       ldr w9, [x21, #0x8]
   33c: 3f1d0071                       cmp w9, #0x7
   340: 211c0054                       b.ne #0x384
   344: a81a40f9                       ldr x8, [x21, #0x30]
   348: 081940f9                       ldr x8, [x8, #0x30]
   34c: e90740f9                       ldr x9, [sp, #0x8]
   350: 1f0109eb                       cmp x8, x9
   354: 21100054                       b.ne #0x204
   358: a80240f9                       ldr x8, [x21]
   35c: 08050091                       add x8, x8, #0x1
   360: a80200f9                       str x8, [x21]
   364: a91e40f9                       ldr x9, [x21, #0x38]
   368: e91300b4                       cbz x9, #0x27c
   36c: a92240f9                       ldr x9, [x21, #0x40]
   370: a9000037                       tbnz w9, #0x0, #0x14
   374: 280140f9                       ldr x8, [x9]
   378: 08050091                       add x8, x8, #0x1
   37c: 280100f9                       str x8, [x9]
   380: a80240f9                       ldr x8, [x21]
   384: 080500d1                       sub x8, x8, #0x1
   388: a80200f9                       str x8, [x21]
   38c: e80240f9                       ldr x8, [x23]
   390: 08050091                       add x8, x8, #0x1
   394: e80200f9                       str x8, [x23]
   398: ea0a40b9                       ldr w10, [x23, #0x8]
   39c: 5f1d0071                       cmp w10, #0x7
   3a0: e10e0054                       b.ne #0x1dc
   3a4: ea1a40f9                       ldr x10, [x23, #0x30]
   3a8: 4a1940f9                       ldr x10, [x10, #0x30]
   3ac: 5f0d00f1                       cmp x10, #0x3
   3b0: 610e0054                       b.ne #0x1cc
   3b4: ea1e40f9                       ldr x10, [x23, #0x38]
   3b8: 8a1200b4                       cbz x10, #0x250
   3bc: ea2240f9                       ldr x10, [x23, #0x40]
   3c0: aa000037                       tbnz w10, #0x0, #0x14
   3c4: 480140f9                       ldr x8, [x10]
   3c8: 08050091                       add x8, x8, #0x1
   3cc: 480100f9                       str x8, [x10]
   3d0: e80240f9                       ldr x8, [x23]
   3d4: 080500d1                       sub x8, x8, #0x1
   3d8: e80200f9                       str x8, [x23]
   3dc: e9090036                       tbz w9, #0x0, #0x13c
   3e0: ca090036                       tbz w10, #0x0, #0x138
   3e4: ea0b00f9                       str x10, [sp, #0x10]
   3e8: 48fd4193                       asr x8, x10, #1
   3ec: 0805898b                       add x8, x8, x9, asr #1
   3f0: 0a00f8d2                       mov x10, #-0x4000000000000000
   3f4: 1f010aab                       cmn x8, x10
   3f8: 65110054                       b.pl #0x22c
   3fc: 2a008052                       mov w10, #0x1
   400: 5b0508aa                       orr x27, x10, x8, lsl #1
   404: a81e40f9                       ldr x8, [x21, #0x38]
   408: 1f0900f1                       cmp x8, #0x2
   40c: c3110054                       b.lo #0x238
   410: a02640f9                       ldr x0, [x21, #0x48]
   414: bb2600f9                       str x27, [x21, #0x48]
   418: e0000037                       tbnz w0, #0x0, #0x1c
   41c: 080040f9                       ldr x8, [x0]
   420: 080500f1                       subs x8, x8, #0x1
   424: 080000f9                       str x8, [x0]
   428: 61000054                       b.ne #0xc
   42c: 00000094                       bl #0x0
        # hole +0x42c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   430: 45018052                       mov w5, #0xa
   434: a80240f9                       ldr x8, [x21]
   438: 080500f1                       subs x8, x8, #0x1
   43c: a80200f9                       str x8, [x21]
   440: 81000054                       b.ne #0x10
   444: e00315aa                       mov x0, x21
   448: 00000094                       bl #0x0
        # hole +0x448: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   44c: 45018052                       mov w5, #0xa
   450: c8a640a9                       ldp x8, x9, [x22, #0x8]
   454: 08050091                       add x8, x8, #0x1
   458: c80600f9                       str x8, [x22, #0x8]
   45c: 1f0109eb                       cmp x8, x9
   460: ca020054                       b.ge #0x58
   464: c80240f9                       ldr x8, [x22]
   468: e80900b5                       cbnz x8, #0x13c
   46c: 880b40b9                       ldr w8, [x28, #0x8]
   470: 23008052                       mov w3, #0x1
   474: 1f110071                       cmp w8, #0x4
   478: 00f4ff54                       b.eq #-0x180
   47c: 0a008052                       mov w10, #0x0
   480: 08008052                       mov w8, #0x0
   484: 09008052                       mov w9, #0x0
   488: f70b40f9                       ldr x23, [sp, #0x10]
   48c: 3a008052                       mov w26, #0x1
   490: 5dffff17                       b #-0x28c
   494: 08008052                       mov w8, #0x0
   498: 23008052                       mov w3, #0x1
   49c: 19078052                       mov w25, #0x38
   4a0: 050f8052                       mov w5, #0x78
   4a4: 9a018052                       mov w26, #0xc
   4a8: fb0315aa                       mov x27, x21
   4ac: f50318aa                       mov x21, x24
   4b0: f70309aa                       mov x23, x9
   4b4: 51ffff17                       b #-0x2bc
   4b8: 0a008052                       mov w10, #0x0
   4bc: 08008052                       mov w8, #0x0
   4c0: 09008052                       mov w9, #0x0
   4c4: 2b008052                       mov w11, #0x1
   4c8: cb0200f9                       str x11, [x22]
   4cc: 04000014                       b #0x10
   4d0: 0a008052                       mov w10, #0x0
   4d4: 08008052                       mov w8, #0x0
   4d8: 09008052                       mov w9, #0x0
   4dc: 43008052                       mov w3, #0x2
   4e0: 19048052                       mov w25, #0x20
   4e4: 05148052                       mov w5, #0xa0
   4e8: 1a028052                       mov w26, #0x10
   4ec: f70b40f9                       ldr x23, [sp, #0x10]
   4f0: 45ffff17                       b #-0x2ec
   4f4: 0a008052                       mov w10, #0x0
   4f8: 08008052                       mov w8, #0x0
   4fc: 09008052                       mov w9, #0x0
   500: 3a008052                       mov w26, #0x1
   504: 19048052                       mov w25, #0x20
   508: 45018052                       mov w5, #0xa
   50c: f70b40f9                       ldr x23, [sp, #0x10]
   510: e3031aaa                       mov x3, x26
   514: 3cffff17                       b #-0x310
   518: 08008052                       mov w8, #0x0
   51c: 23008052                       mov w3, #0x1
   520: fb0315aa                       mov x27, x21
   524: f50309aa                       mov x21, x9
   528: f7030aaa                       mov x23, x10
   52c: 9a018052                       mov w26, #0xc
   530: 050f8052                       mov w5, #0x78
   534: 18000014                       b #0x60
   538: 0a008052                       mov w10, #0x0
   53c: 08008052                       mov w8, #0x0
   540: 09008052                       mov w9, #0x0
   544: 5a008052                       mov w26, #0x2
   548: f70b40f9                       ldr x23, [sp, #0x10]
   54c: e3031aaa                       mov x3, x26
   550: 85028052                       mov w5, #0x14
   554: 2cffff17                       b #-0x350
   558: 09008052                       mov w9, #0x0
   55c: 23008052                       mov w3, #0x1
   560: fb0315aa                       mov x27, x21
   564: f70b40f9                       ldr x23, [sp, #0x10]
   568: 85078052                       mov w5, #0x3c
   56c: ea0303aa                       mov x10, x3
   570: e80303aa                       mov x8, x3
   574: 19058052                       mov w25, #0x28
   578: 23ffff17                       b #-0x374
   57c: 08008052                       mov w8, #0x0
   580: 23008052                       mov w3, #0x1
   584: fb0315aa                       mov x27, x21
   588: f50309aa                       mov x21, x9
   58c: 5a018052                       mov w26, #0xa
   590: 850c8052                       mov w5, #0x64
   594: ea0303aa                       mov x10, x3
   598: 29008052                       mov w9, #0x1
   59c: 19078052                       mov w25, #0x38
   5a0: 19ffff17                       b #-0x39c
   5a4: 0a008052                       mov w10, #0x0
   5a8: 08008052                       mov w8, #0x0
   5ac: 09008052                       mov w9, #0x0
   5b0: 43008052                       mov w3, #0x2
   5b4: f70b40f9                       ldr x23, [sp, #0x10]
   5b8: 1a028052                       mov w26, #0x10
   5bc: 05148052                       mov w5, #0xa0
   5c0: 11ffff17                       b #-0x3bc
   5c4: 08008052                       mov w8, #0x0
   5c8: 23008052                       mov w3, #0x1
   5cc: 19068052                       mov w25, #0x30
   5d0: 050a8052                       mov w5, #0x50
   5d4: 1a018052                       mov w26, #0x8
   5d8: fb0315aa                       mov x27, x21
   5dc: 2a008052                       mov w10, #0x1
   5e0: 08ffff17                       b #-0x3e0
   5e4: 08008052                       mov w8, #0x0
   5e8: 23008052                       mov w3, #0x1
   5ec: fb0315aa                       mov x27, x21
   5f0: f70b40f9                       ldr x23, [sp, #0x10]
   5f4: 1a018052                       mov w26, #0x8
   5f8: 050a8052                       mov w5, #0x50
   5fc: ea0303aa                       mov x10, x3
   600: 19068052                       mov w25, #0x30
   604: 00ffff17                       b #-0x400
   608: 08008052                       mov w8, #0x0
   60c: 23008052                       mov w3, #0x1
   610: fb0315aa                       mov x27, x21
   614: f50309aa                       mov x21, x9
   618: 7a018052                       mov w26, #0xb
   61c: c50d8052                       mov w5, #0x6e
   620: ddffff17                       b #-0x8c
   624: 08008052                       mov w8, #0x0
   628: 23008052                       mov w3, #0x1
   62c: fb0315aa                       mov x27, x21
   630: f50309aa                       mov x21, x9
   634: f70b40f9                       ldr x23, [sp, #0x10]
   638: ba018052                       mov w26, #0xd
   63c: 45108052                       mov w5, #0x82
   640: d5ffff17                       b #-0xac
   644: 08008052                       mov w8, #0x0
   648: 09008052                       mov w9, #0x0
   64c: f70b40f9                       ldr x23, [sp, #0x10]
   650: e3030aaa                       mov x3, x10
   654: fa018052                       mov w26, #0xf
   658: c5128052                       mov w5, #0x96
   65c: 19068052                       mov w25, #0x30
   660: e9feff17                       b #-0x45c
   664: 08008052                       mov w8, #0x0
   668: 23008052                       mov w3, #0x1
   66c: 19078052                       mov w25, #0x38
   670: c50d8052                       mov w5, #0x6e
   674: 7a018052                       mov w26, #0xb
   678: defeff17                       b #-0x488
   67c: 08008052                       mov w8, #0x0
   680: 23008052                       mov w3, #0x1
   684: 19078052                       mov w25, #0x38
   688: 45108052                       mov w5, #0x82
   68c: ba018052                       mov w26, #0xd
   690: fb0315aa                       mov x27, x21
   694: f50318aa                       mov x21, x24
   698: f70b40f9                       ldr x23, [sp, #0x10]
   69c: d7feff17                       b #-0x4a4
   6a0: 08008052                       mov w8, #0x0
   6a4: 09008052                       mov w9, #0x0
   6a8: 23008052                       mov w3, #0x1
   6ac: 19068052                       mov w25, #0x30
   6b0: c5128052                       mov w5, #0x96
   6b4: fa018052                       mov w26, #0xf
   6b8: f70b40f9                       ldr x23, [sp, #0x10]
   6bc: ea0303aa                       mov x10, x3
   6c0: d1feff17                       b #-0x4bc
   6c4: 09008052                       mov w9, #0x0
   6c8: fb0315aa                       mov x27, x21
   6cc: f70b40f9                       ldr x23, [sp, #0x10]
   6d0: e30308aa                       mov x3, x8
   6d4: 85078052                       mov w5, #0x3c
   6d8: ea0308aa                       mov x10, x8
   6dc: 19058052                       mov w25, #0x28
   6e0: c9feff17                       b #-0x4dc
   6e4: 08008052                       mov w8, #0x0
   6e8: 09008052                       mov w9, #0x0
   6ec: 19068052                       mov w25, #0x30
   6f0: c5128052                       mov w5, #0x96
   6f4: fa018052                       mov w26, #0xf
   6f8: f76341a9                       ldp x23, x24, [sp, #0x10]
   6fc: e3030aaa                       mov x3, x10
   700: c1feff17                       b #-0x4fc
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
