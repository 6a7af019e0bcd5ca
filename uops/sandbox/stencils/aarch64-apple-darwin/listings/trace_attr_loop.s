# stencil attr_loop for aarch64-apple-darwin: 1992 code bytes, 16 data bytes, 16 holes
     0: ffc300d1                       sub sp, sp, #0x30
     4: fd7b02a9                       stp x29, x30, [sp, #0x20]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1c0d40f9                       ldr x28, [x8, #0x18]
    10: fc010037                       tbnz w28, #0x0, #0x3c
    14: 890b40b9                       ldr w9, [x28, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: 81010054                       b.ne #0x30
    20: 154d40a9                       ldp x21, x19, [x8]
    24: 170940f9                       ldr x23, [x8, #0x10]
    28: 8aa743a9                       ldp x10, x9, [x28, #0x38]
    2c: 881b40f9                       ldr x8, [x28, #0x30]
    30: 3f0500f1                       cmp x9, #0x1
    34: ab020054                       b.lt #0x54
    38: 1f010aeb                       cmp x8, x10
    3c: ab020054                       b.lt #0x54
    40: 59008052                       mov w25, #0x2
    44: 85028052                       mov w5, #0x14
    48: 03000014                       b #0xc
    4c: 39008052                       mov w25, #0x1
    50: 45018052                       mov w5, #0xa
    54: e30319aa                       mov x3, x25
    58: 8b0e40f9                       ldr x11, [x20, #0x18]
    5c: 1b048052                       mov w27, #0x20
    60: 08000090                       adrp x8, #0
        # hole +0x60: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    64: 080140f9                       ldr x8, [x8]
        # hole +0x64: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    68: 61011b8b                       add x1, x11, x27
    6c: 0401198b                       add x4, x8, x25
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
   108: 492b00b4                       cbz x9, #0x568
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
   134: 27000014                       b #0x9c
   138: 09008052                       mov w9, #0x0
   13c: 23008052                       mov w3, #0x1
   140: 1b058052                       mov w27, #0x28
   144: 85078052                       mov w5, #0x3c
   148: d9008052                       mov w25, #0x6
   14c: ec0315aa                       mov x12, x21
   150: 2a008052                       mov w10, #0x1
   154: 28008052                       mov w8, #0x1
   158: 28000014                       b #0xa0
   15c: 080500f1                       subs x8, x8, #0x1
   160: a80200f9                       str x8, [x21]
   164: 61feff54                       b.ne #-0x34
   168: e00315aa                       mov x0, x21
   16c: 00000094                       bl #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   170: 17030037                       tbnz w23, #0x0, #0x60
   174: e80240f9                       ldr x8, [x23]
   178: 08050091                       add x8, x8, #0x1
   17c: e80200f9                       str x8, [x23]
   180: e80a40b9                       ldr w8, [x23, #0x8]
   184: 1f1d0071                       cmp w8, #0x7
   188: 41020054                       b.ne #0x48
   18c: e81a40f9                       ldr x8, [x23, #0x30]
   190: 081940f9                       ldr x8, [x8, #0x30]
   194: 1f0d00f1                       cmp x8, #0x3
   198: c1010054                       b.ne #0x38
   19c: e81e40f9                       ldr x8, [x23, #0x38]
   1a0: 882b00b4                       cbz x8, #0x570
   1a4: e92240f9                       ldr x9, [x23, #0x40]
   1a8: 29040037                       tbnz w9, #0x0, #0x84
   1ac: 280140f9                       ldr x8, [x9]
   1b0: 08050091                       add x8, x8, #0x1
   1b4: 280100f9                       str x8, [x9]
   1b8: e80240f9                       ldr x8, [x23]
   1bc: 080500f1                       subs x8, x8, #0x1
   1c0: e80200f9                       str x8, [x23]
   1c4: c0030054                       b.eq #0x78
   1c8: 58040037                       tbnz w24, #0x0, #0x88
   1cc: dd000014                       b #0x374
   1d0: 08008052                       mov w8, #0x0
   1d4: 23008052                       mov w3, #0x1
   1d8: 1b078052                       mov w27, #0x38
   1dc: 850c8052                       mov w5, #0x64
   1e0: 59018052                       mov w25, #0xa
   1e4: ec0315aa                       mov x12, x21
   1e8: f50318aa                       mov x21, x24
   1ec: 2a008052                       mov w10, #0x1
   1f0: 29008052                       mov w9, #0x1
   1f4: f80f40f9                       ldr x24, [sp, #0x18]
   1f8: 8b0e40f9                       ldr x11, [x20, #0x18]
   1fc: 1f0313eb                       cmp x24, x19
   200: 40000054                       b.eq #0x8
   204: 780500f9                       str x24, [x11, #0x8]
   208: aaf2ff34                       cbz w10, #-0x1ac
   20c: 6c1100f9                       str x12, [x11, #0x20]
   210: 68000036                       tbz w8, #0x0, #0xc
   214: 1b058052                       mov w27, #0x28
   218: 92ffff17                       b #-0x1b8
   21c: 751500f9                       str x21, [x11, #0x28]
   220: 09f2ff34                       cbz w9, #-0x1c0
   224: 771900f9                       str x23, [x11, #0x30]
   228: 8effff17                       b #-0x1c8
   22c: e80240f9                       ldr x8, [x23]
   230: 080500f1                       subs x8, x8, #0x1
   234: e80200f9                       str x8, [x23]
   238: 81fcff54                       b.ne #-0x70
   23c: e00317aa                       mov x0, x23
   240: f90309aa                       mov x25, x9
   244: 00000094                       bl #0x0
        # hole +0x244: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   248: e90319aa                       mov x9, x25
   24c: b8170036                       tbz w24, #0x0, #0x2f4
   250: 89170036                       tbz w9, #0x0, #0x2f0
   254: e90b00f9                       str x9, [sp, #0x10]
   258: 28fd4193                       asr x8, x9, #1
   25c: 0805988b                       add x8, x8, x24, asr #1
   260: 0900f8d2                       mov x9, #-0x4000000000000000
   264: 1f0109ab                       cmn x8, x9
   268: e5250054                       b.pl #0x4bc
   26c: 2a008052                       mov w10, #0x1
   270: 4c0508aa                       orr x12, x10, x8, lsl #1
   274: a80a40b9                       ldr w8, [x21, #0x8]
   278: 1f1d0071                       cmp w8, #0x7
   27c: 61290054                       b.ne #0x52c
   280: a81e40f9                       ldr x8, [x21, #0x38]
   284: 1f0900f1                       cmp x8, #0x2
   288: f80f40f9                       ldr x24, [sp, #0x18]
   28c: e3250054                       b.lo #0x4bc
   290: a02640f9                       ldr x0, [x21, #0x48]
   294: ac2600f9                       str x12, [x21, #0x48]
   298: 00010037                       tbnz w0, #0x0, #0x20
   29c: 080040f9                       ldr x8, [x0]
   2a0: 080500f1                       subs x8, x8, #0x1
   2a4: 080000f9                       str x8, [x0]
   2a8: 81000054                       b.ne #0x10
   2ac: f9030caa                       mov x25, x12
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2b4: ec0319aa                       mov x12, x25
   2b8: a80240f9                       ldr x8, [x21]
   2bc: 080500f1                       subs x8, x8, #0x1
   2c0: a80200f9                       str x8, [x21]
   2c4: a1000054                       b.ne #0x14
   2c8: e00315aa                       mov x0, x21
   2cc: f9030caa                       mov x25, x12
   2d0: 00000094                       bl #0x0
        # hole +0x2d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d4: ec0319aa                       mov x12, x25
   2d8: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2dc: 08050091                       add x8, x8, #0x1
   2e0: c80600f9                       str x8, [x22, #0x8]
   2e4: 1f0109eb                       cmp x8, x9
   2e8: ea130054                       b.ge #0x27c
   2ec: c80240f9                       ldr x8, [x22]
   2f0: 681400b5                       cbnz x8, #0x28c
   2f4: 880b40b9                       ldr w8, [x28, #0x8]
   2f8: 1f110071                       cmp w8, #0x4
   2fc: 21150054                       b.ne #0x2a4
   300: 1b048052                       mov w27, #0x20
   304: d9008052                       mov w25, #0x6
   308: 45018052                       mov w5, #0xa
   30c: fa0700f9                       str x26, [sp, #0x8]
   310: 8aa343a9                       ldp x10, x8, [x28, #0x38]
   314: 891b40f9                       ldr x9, [x28, #0x30]
   318: 1f0500f1                       cmp x8, #0x1
   31c: 8b000054                       b.lt #0x10
   320: 3f010aeb                       cmp x9, x10
   324: 8b000054                       b.lt #0x10
   328: af000014                       b #0x2bc
   32c: 3f010aeb                       cmp x9, x10
   330: ad150054                       b.le #0x2b4
   334: 2801088b                       add x8, x9, x8
   338: 881b00f9                       str x8, [x28, #0x30]
   33c: 28008052                       mov w8, #0x1
   340: 180509aa                       orr x24, x8, x9, lsl #1
   344: a90240f9                       ldr x9, [x21]
   348: 29050091                       add x9, x9, #0x1
   34c: a90200f9                       str x9, [x21]
   350: a90a40b9                       ldr w9, [x21, #0x8]
   354: 3f1d0071                       cmp w9, #0x7
   358: 81210054                       b.ne #0x430
   35c: a81a40f9                       ldr x8, [x21, #0x30]
   360: 081940f9                       ldr x8, [x8, #0x30]
   364: 1f011aeb                       cmp x8, x26
   368: e1140054                       b.ne #0x29c
   36c: f80f00f9                       str x24, [sp, #0x18]
   370: a80240f9                       ldr x8, [x21]
   374: 08050091                       add x8, x8, #0x1
   378: a80200f9                       str x8, [x21]
   37c: a91e40f9                       ldr x9, [x21, #0x38]
   380: 891800b4                       cbz x9, #0x310
   384: b82240f9                       ldr x24, [x21, #0x40]
   388: 58020037                       tbnz w24, #0x0, #0x48
   38c: 080340f9                       ldr x8, [x24]
   390: 08050091                       add x8, x8, #0x1
   394: 080300f9                       str x8, [x24]
   398: a80240f9                       ldr x8, [x21]
   39c: 080500f1                       subs x8, x8, #0x1
   3a0: a80200f9                       str x8, [x21]
   3a4: c1010054                       b.ne #0x38
   3a8: e00315aa                       mov x0, x21
   3ac: 00000094                       bl #0x0
        # hole +0x3ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3b0: 45018052                       mov w5, #0xa
   3b4: e80240f9                       ldr x8, [x23]
   3b8: 08050091                       add x8, x8, #0x1
   3bc: e80200f9                       str x8, [x23]
   3c0: e80a40b9                       ldr w8, [x23, #0x8]
   3c4: 1f1d0071                       cmp w8, #0x7
   3c8: 60010054                       b.eq #0x2c
   3cc: 97000014                       b #0x25c
   3d0: 080500f1                       subs x8, x8, #0x1
   3d4: a80200f9                       str x8, [x21]
   3d8: 80feff54                       b.eq #-0x30
   3dc: e80240f9                       ldr x8, [x23]
   3e0: 08050091                       add x8, x8, #0x1
   3e4: e80200f9                       str x8, [x23]
   3e8: e80a40b9                       ldr w8, [x23, #0x8]
   3ec: 1f1d0071                       cmp w8, #0x7
   3f0: c1110054                       b.ne #0x238
   3f4: e81a40f9                       ldr x8, [x23, #0x30]
   3f8: 081940f9                       ldr x8, [x8, #0x30]
   3fc: 1f0d00f1                       cmp x8, #0x3
   400: 41110054                       b.ne #0x228
   404: e81e40f9                       ldr x8, [x23, #0x38]
   408: 681500b4                       cbz x8, #0x2ac
   40c: e92240f9                       ldr x9, [x23, #0x40]
   410: 09020037                       tbnz w9, #0x0, #0x40
   414: 280140f9                       ldr x8, [x9]
   418: 08050091                       add x8, x8, #0x1
   41c: 280100f9                       str x8, [x9]
   420: e80240f9                       ldr x8, [x23]
   424: 080500f1                       subs x8, x8, #0x1
   428: e80200f9                       str x8, [x23]
   42c: a1010054                       b.ne #0x34
   430: e00317aa                       mov x0, x23
   434: fa0309aa                       mov x26, x9
   438: 00000094                       bl #0x0
        # hole +0x438: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   43c: e9031aaa                       mov x9, x26
   440: fa0740f9                       ldr x26, [sp, #0x8]
   444: 45018052                       mov w5, #0xa
   448: f8000037                       tbnz w24, #0x0, #0x1c
   44c: 5e000014                       b #0x178
   450: e80240f9                       ldr x8, [x23]
   454: 080500f1                       subs x8, x8, #0x1
   458: e80200f9                       str x8, [x23]
   45c: a0feff54                       b.eq #-0x2c
   460: 380b0036                       tbz w24, #0x0, #0x164
   464: 090b0036                       tbz w9, #0x0, #0x160
   468: 28fd4193                       asr x8, x9, #1
   46c: 0805988b                       add x8, x8, x24, asr #1
   470: 0a00f8d2                       mov x10, #-0x4000000000000000
   474: 1f010aab                       cmn x8, x10
   478: a5120054                       b.pl #0x254
   47c: 2a008052                       mov w10, #0x1
   480: 4c0508aa                       orr x12, x10, x8, lsl #1
   484: a80a40b9                       ldr w8, [x21, #0x8]
   488: 1f1d0071                       cmp w8, #0x7
   48c: 01170054                       b.ne #0x2e0
   490: e90b00f9                       str x9, [sp, #0x10]
   494: a81e40f9                       ldr x8, [x21, #0x38]
   498: 1f0900f1                       cmp x8, #0x2
   49c: f80f40f9                       ldr x24, [sp, #0x18]
   4a0: 63120054                       b.lo #0x24c
   4a4: a02640f9                       ldr x0, [x21, #0x48]
   4a8: ac2600f9                       str x12, [x21, #0x48]
   4ac: 40010037                       tbnz w0, #0x0, #0x28
   4b0: 080040f9                       ldr x8, [x0]
   4b4: 080500f1                       subs x8, x8, #0x1
   4b8: 080000f9                       str x8, [x0]
   4bc: c1000054                       b.ne #0x18
   4c0: fa030caa                       mov x26, x12
   4c4: 00000094                       bl #0x0
        # hole +0x4c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4c8: ec031aaa                       mov x12, x26
   4cc: fa0740f9                       ldr x26, [sp, #0x8]
   4d0: 45018052                       mov w5, #0xa
   4d4: a80240f9                       ldr x8, [x21]
   4d8: 080500f1                       subs x8, x8, #0x1
   4dc: a80200f9                       str x8, [x21]
   4e0: e1000054                       b.ne #0x1c
   4e4: e00315aa                       mov x0, x21
   4e8: fa030caa                       mov x26, x12
   4ec: 00000094                       bl #0x0
        # hole +0x4ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4f0: ec031aaa                       mov x12, x26
   4f4: fa0740f9                       ldr x26, [sp, #0x8]
   4f8: 45018052                       mov w5, #0xa
   4fc: c8a640a9                       ldp x8, x9, [x22, #0x8]
   500: 08050091                       add x8, x8, #0x1
   504: c80600f9                       str x8, [x22, #0x8]
   508: 1f0109eb                       cmp x8, x9
   50c: ca020054                       b.ge #0x58
   510: c80240f9                       ldr x8, [x22]
   514: e80900b5                       cbnz x8, #0x13c
   518: 880b40b9                       ldr w8, [x28, #0x8]
   51c: 23008052                       mov w3, #0x1
   520: 1f110071                       cmp w8, #0x4
   524: 60efff54                       b.eq #-0x214
   528: 0a008052                       mov w10, #0x0
   52c: 08008052                       mov w8, #0x0
   530: 09008052                       mov w9, #0x0
   534: f70b40f9                       ldr x23, [sp, #0x10]
   538: 39008052                       mov w25, #0x1
   53c: 2fffff17                       b #-0x344
   540: 08008052                       mov w8, #0x0
   544: 23008052                       mov w3, #0x1
   548: 1b078052                       mov w27, #0x38
   54c: 050f8052                       mov w5, #0x78
   550: 99018052                       mov w25, #0xc
   554: ec0315aa                       mov x12, x21
   558: f50318aa                       mov x21, x24
   55c: f70309aa                       mov x23, x9
   560: 23ffff17                       b #-0x374
   564: 0a008052                       mov w10, #0x0
   568: 08008052                       mov w8, #0x0
   56c: 09008052                       mov w9, #0x0
   570: 2b008052                       mov w11, #0x1
   574: cb0200f9                       str x11, [x22]
   578: 04000014                       b #0x10
   57c: 0a008052                       mov w10, #0x0
   580: 08008052                       mov w8, #0x0
   584: 09008052                       mov w9, #0x0
   588: 43008052                       mov w3, #0x2
   58c: 1b048052                       mov w27, #0x20
   590: 05148052                       mov w5, #0xa0
   594: 19028052                       mov w25, #0x10
   598: f70b40f9                       ldr x23, [sp, #0x10]
   59c: 17ffff17                       b #-0x3a4
   5a0: 0a008052                       mov w10, #0x0
   5a4: 08008052                       mov w8, #0x0
   5a8: 09008052                       mov w9, #0x0
   5ac: 39008052                       mov w25, #0x1
   5b0: 1b048052                       mov w27, #0x20
   5b4: 45018052                       mov w5, #0xa
   5b8: f70b40f9                       ldr x23, [sp, #0x10]
   5bc: e30319aa                       mov x3, x25
   5c0: 0effff17                       b #-0x3c8
   5c4: 08008052                       mov w8, #0x0
   5c8: 23008052                       mov w3, #0x1
   5cc: ec0315aa                       mov x12, x21
   5d0: f50318aa                       mov x21, x24
   5d4: f70309aa                       mov x23, x9
   5d8: 99018052                       mov w25, #0xc
   5dc: 050f8052                       mov w5, #0x78
   5e0: 18000014                       b #0x60
   5e4: 0a008052                       mov w10, #0x0
   5e8: 08008052                       mov w8, #0x0
   5ec: 09008052                       mov w9, #0x0
   5f0: 59008052                       mov w25, #0x2
   5f4: f70b40f9                       ldr x23, [sp, #0x10]
   5f8: e30319aa                       mov x3, x25
   5fc: 85028052                       mov w5, #0x14
   600: fefeff17                       b #-0x408
   604: 09008052                       mov w9, #0x0
   608: 23008052                       mov w3, #0x1
   60c: ec0315aa                       mov x12, x21
   610: f70b40f9                       ldr x23, [sp, #0x10]
   614: 85078052                       mov w5, #0x3c
   618: ea0303aa                       mov x10, x3
   61c: e80303aa                       mov x8, x3
   620: 1b058052                       mov w27, #0x28
   624: f5feff17                       b #-0x42c
   628: 08008052                       mov w8, #0x0
   62c: 23008052                       mov w3, #0x1
   630: ec0315aa                       mov x12, x21
   634: f50318aa                       mov x21, x24
   638: 59018052                       mov w25, #0xa
   63c: 850c8052                       mov w5, #0x64
   640: ea0303aa                       mov x10, x3
   644: 29008052                       mov w9, #0x1
   648: 1b078052                       mov w27, #0x38
   64c: eafeff17                       b #-0x458
   650: 0a008052                       mov w10, #0x0
   654: 08008052                       mov w8, #0x0
   658: 09008052                       mov w9, #0x0
   65c: 43008052                       mov w3, #0x2
   660: f70b40f9                       ldr x23, [sp, #0x10]
   664: 19028052                       mov w25, #0x10
   668: 05148052                       mov w5, #0xa0
   66c: e3feff17                       b #-0x474
   670: 08008052                       mov w8, #0x0
   674: 23008052                       mov w3, #0x1
   678: 1b068052                       mov w27, #0x30
   67c: 050a8052                       mov w5, #0x50
   680: 19018052                       mov w25, #0x8
   684: ec0315aa                       mov x12, x21
   688: 2a008052                       mov w10, #0x1
   68c: dafeff17                       b #-0x498
   690: 08008052                       mov w8, #0x0
   694: 23008052                       mov w3, #0x1
   698: ec0315aa                       mov x12, x21
   69c: f70b40f9                       ldr x23, [sp, #0x10]
   6a0: 19018052                       mov w25, #0x8
   6a4: 050a8052                       mov w5, #0x50
   6a8: ea0303aa                       mov x10, x3
   6ac: 1b068052                       mov w27, #0x30
   6b0: d1feff17                       b #-0x4bc
   6b4: 23008052                       mov w3, #0x1
   6b8: ec0315aa                       mov x12, x21
   6bc: f50318aa                       mov x21, x24
   6c0: 79018052                       mov w25, #0xb
   6c4: c50d8052                       mov w5, #0x6e
   6c8: deffff17                       b #-0x88
   6cc: 08008052                       mov w8, #0x0
   6d0: 23008052                       mov w3, #0x1
   6d4: ec0315aa                       mov x12, x21
   6d8: f50318aa                       mov x21, x24
   6dc: f70309aa                       mov x23, x9
   6e0: b9018052                       mov w25, #0xd
   6e4: 45108052                       mov w5, #0x82
   6e8: d6ffff17                       b #-0xa8
   6ec: 08008052                       mov w8, #0x0
   6f0: 09008052                       mov w9, #0x0
   6f4: 23008052                       mov w3, #0x1
   6f8: f70b40f9                       ldr x23, [sp, #0x10]
   6fc: f9018052                       mov w25, #0xf
   700: c5128052                       mov w5, #0x96
   704: ea0303aa                       mov x10, x3
   708: 1b068052                       mov w27, #0x30
   70c: bbfeff17                       b #-0x514
   710: 23008052                       mov w3, #0x1
   714: 1b078052                       mov w27, #0x38
   718: c50d8052                       mov w5, #0x6e
   71c: 79018052                       mov w25, #0xb
   720: b1feff17                       b #-0x53c
   724: 08008052                       mov w8, #0x0
   728: 23008052                       mov w3, #0x1
   72c: 1b078052                       mov w27, #0x38
   730: 45108052                       mov w5, #0x82
   734: b9018052                       mov w25, #0xd
   738: ec0315aa                       mov x12, x21
   73c: f50318aa                       mov x21, x24
   740: f70b40f9                       ldr x23, [sp, #0x10]
   744: aafeff17                       b #-0x558
   748: 08008052                       mov w8, #0x0
   74c: 09008052                       mov w9, #0x0
   750: 23008052                       mov w3, #0x1
   754: 1b068052                       mov w27, #0x30
   758: c5128052                       mov w5, #0x96
   75c: f9018052                       mov w25, #0xf
   760: f70b40f9                       ldr x23, [sp, #0x10]
   764: ea0303aa                       mov x10, x3
   768: a4feff17                       b #-0x570
   76c: 08008052                       mov w8, #0x0
   770: f70309aa                       mov x23, x9
   774: 09008052                       mov w9, #0x0
   778: e3030aaa                       mov x3, x10
   77c: f9018052                       mov w25, #0xf
   780: c5128052                       mov w5, #0x96
   784: caffff17                       b #-0xd8
   788: 09008052                       mov w9, #0x0
   78c: ec0315aa                       mov x12, x21
   790: f70b40f9                       ldr x23, [sp, #0x10]
   794: e30308aa                       mov x3, x8
   798: 85078052                       mov w5, #0x3c
   79c: ea0308aa                       mov x10, x8
   7a0: 1b058052                       mov w27, #0x28
   7a4: 95feff17                       b #-0x5ac
   7a8: 08008052                       mov w8, #0x0
   7ac: 09008052                       mov w9, #0x0
   7b0: 1b068052                       mov w27, #0x30
   7b4: c5128052                       mov w5, #0x96
   7b8: f9018052                       mov w25, #0xf
   7bc: f76341a9                       ldp x23, x24, [sp, #0x10]
   7c0: e3030aaa                       mov x3, x10
   7c4: 8dfeff17                       b #-0x5cc
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
