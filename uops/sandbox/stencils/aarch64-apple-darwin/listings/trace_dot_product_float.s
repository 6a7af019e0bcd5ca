# stencil dot_product_float for aarch64-apple-darwin: 1832 code bytes, 8 data bytes, 22 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 154d41a9                       ldp x21, x19, [x8, #0x10]
    10: 1c1140f9                       ldr x28, [x8, #0x20]
    14: 5c020037                       tbnz w28, #0x0, #0x48
    18: 890b40b9                       ldr w9, [x28, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 01030054                       b.ne #0x60
    24: 186940a9                       ldp x24, x26, [x8]
    28: 89a343a9                       ldp x9, x8, [x28, #0x38]
    2c: 971b40f9                       ldr x23, [x28, #0x30]
    30: 1f0500f1                       cmp x8, #0x1
    34: 4b060054                       b.lt #0xc8
    38: ff0209eb                       cmp x23, x9
    3c: 4b060054                       b.lt #0xc8
    40: 0c008052                       mov w12, #0x0
    44: 0b008052                       mov w11, #0x0
    48: 0a008052                       mov w10, #0x0
    4c: 49008052                       mov w9, #0x2
    50: 08058052                       mov w8, #0x28
    54: 85028052                       mov w5, #0x14
    58: 10000014                       b #0x40
    5c: 0c008052                       mov w12, #0x0
    60: 0b008052                       mov w11, #0x0
    64: 0a008052                       mov w10, #0x0
    68: 23008052                       mov w3, #0x1
    6c: 08058052                       mov w8, #0x28
    70: 45018052                       mov w5, #0xa
    74: fb0313aa                       mov x27, x19
    78: 29008052                       mov w9, #0x1
    7c: 09000014                       b #0x24
    80: 0c008052                       mov w12, #0x0
    84: 0b008052                       mov w11, #0x0
    88: 0a008052                       mov w10, #0x0
    8c: 29008052                       mov w9, #0x1
    90: 08058052                       mov w8, #0x28
    94: 45018052                       mov w5, #0xa
    98: fb0313aa                       mov x27, x19
    9c: e30309aa                       mov x3, x9
    a0: 8d0e40f9                       ldr x13, [x20, #0x18]
    a4: f7031baa                       mov x23, x27
    a8: f90318aa                       mov x25, x24
    ac: 7f0313eb                       cmp x27, x19
    b0: 40000054                       b.eq #0x8
    b4: bb0d00f9                       str x27, [x13, #0x18]
    b8: ec000034                       cbz w12, #0x1c
    bc: b5e502a9                       stp x21, x25, [x13, #0x28]
    c0: ab000034                       cbz w11, #0x14
    c4: eb0740f9                       ldr x11, [sp, #0x8]
    c8: ab1d00f9                       str x11, [x13, #0x38]
    cc: 4a000037                       tbnz w10, #0x0, #0x8
    d0: b72100f9                       str x23, [x13, #0x40]
    d4: 0a000090                       adrp x10, #0
        # hole +0xd4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    d8: 4a0140f9                       ldr x10, [x10]
        # hole +0xd8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    dc: a101088b                       add x1, x13, x8
    e0: 4401098b                       add x4, x10, x9
    e4: e00314aa                       mov x0, x20
    e8: e20316aa                       mov x2, x22
    ec: 00000094                       bl #0x0
        # hole +0xec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    f0: fd7b41a9                       ldp x29, x30, [sp, #0x10]
    f4: ff830091                       add sp, sp, #0x20
    f8: c0035fd6                       ret
    fc: ff0209eb                       cmp x23, x9
   100: 0dfaff54                       b.le #-0xc0
   104: e802088b                       add x8, x23, x8
   108: 881b00f9                       str x8, [x28, #0x30]
   10c: 3b008052                       mov w27, #0x1
   110: f3000037                       tbnz w19, #0x0, #0x1c
   114: 680240f9                       ldr x8, [x19]
   118: 080500f1                       subs x8, x8, #0x1
   11c: 680200f9                       str x8, [x19]
   120: 61000054                       b.ne #0xc
   124: e00313aa                       mov x0, x19
   128: 00000094                       bl #0x0
        # hole +0x128: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: fbfa7fb3                       bfi x27, x23, #1, #63
   130: 95000037                       tbnz w21, #0x0, #0x10
   134: a80240f9                       ldr x8, [x21]
   138: 08050091                       add x8, x8, #0x1
   13c: a80200f9                       str x8, [x21]
   140: b8020037                       tbnz w24, #0x0, #0x54
   144: 080340f9                       ldr x8, [x24]
   148: 08050091                       add x8, x8, #0x1
   14c: 080300f9                       str x8, [x24]
   150: 090b40b9                       ldr w9, [x24, #0x8]
   154: 3f0d0071                       cmp w9, #0x3
   158: e1010054                       b.ne #0x3c
   15c: e9fa7fd3                       lsl x9, x23, #1
   160: 37fd4193                       asr x23, x9, #1
   164: 9701f8b7                       tbnz x23, #0x3f, #0x30
   168: 091b40f9                       ldr x9, [x24, #0x30]
   16c: ff0209eb                       cmp x23, x9
   170: 2a010054                       b.ge #0x24
   174: 092340f9                       ldr x9, [x24, #0x40]
   178: 397977f8                       ldr x25, [x9, x23, lsl #3]
   17c: 99010036                       tbz w25, #0x0, #0x30
   180: 080500f1                       subs x8, x8, #0x1
   184: 080300f9                       str x8, [x24]
   188: 00020054                       b.eq #0x40
   18c: 5a020036                       tbz w26, #0x0, #0x48
   190: 23000014                       b #0x8c
   194: 23008052                       mov w3, #0x1
   198: 08088052                       mov w8, #0x40
   19c: 050a8052                       mov w5, #0x50
   1a0: 09018052                       mov w9, #0x8
   1a4: fb0700f9                       str x27, [sp, #0x8]
   1a8: 4b000014                       b #0x12c
   1ac: 280340f9                       ldr x8, [x25]
   1b0: 08050091                       add x8, x8, #0x1
   1b4: 280300f9                       str x8, [x25]
   1b8: 080340f9                       ldr x8, [x24]
   1bc: 080500f1                       subs x8, x8, #0x1
   1c0: 080300f9                       str x8, [x24]
   1c4: 41feff54                       b.ne #-0x38
   1c8: e00318aa                       mov x0, x24
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1d0: 7a020037                       tbnz w26, #0x0, #0x4c
   1d4: 480340f9                       ldr x8, [x26]
   1d8: 08050091                       add x8, x8, #0x1
   1dc: 480300f9                       str x8, [x26]
   1e0: 490b40b9                       ldr w9, [x26, #0x8]
   1e4: 3f0d0071                       cmp w9, #0x3
   1e8: a1010054                       b.ne #0x34
   1ec: 491b40f9                       ldr x9, [x26, #0x30]
   1f0: ff0209eb                       cmp x23, x9
   1f4: 4a010054                       b.ge #0x28
   1f8: 492340f9                       ldr x9, [x26, #0x40]
   1fc: 377977f8                       ldr x23, [x9, x23, lsl #3]
   200: 37020036                       tbz w23, #0x0, #0x44
   204: 080500f1                       subs x8, x8, #0x1
   208: 480300f9                       str x8, [x26]
   20c: a0020054                       b.eq #0x54
   210: f70700f9                       str x23, [sp, #0x8]
   214: f9020036                       tbz w25, #0x0, #0x5c
   218: 2a000014                       b #0xa8
   21c: 0a008052                       mov w10, #0x0
   220: 23008052                       mov w3, #0x1
   224: 08098052                       mov w8, #0x48
   228: c50d8052                       mov w5, #0x6e
   22c: 69018052                       mov w9, #0xb
   230: f80319aa                       mov x24, x25
   234: fa0700f9                       str x26, [sp, #0x8]
   238: 2c008052                       mov w12, #0x1
   23c: 2b008052                       mov w11, #0x1
   240: 98ffff17                       b #-0x1a0
   244: e80240f9                       ldr x8, [x23]
   248: 08050091                       add x8, x8, #0x1
   24c: e80200f9                       str x8, [x23]
   250: 480340f9                       ldr x8, [x26]
   254: 080500f1                       subs x8, x8, #0x1
   258: 480300f9                       str x8, [x26]
   25c: a1fdff54                       b.ne #-0x4c
   260: e0031aaa                       mov x0, x26
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: f70700f9                       str x23, [sp, #0x8]
   26c: b9020037                       tbnz w25, #0x0, #0x54
   270: 280b40b9                       ldr w8, [x25, #0x8]
   274: 1f090071                       cmp w8, #0x2
   278: 41020054                       b.ne #0x48
   27c: 37020037                       tbnz w23, #0x0, #0x44
   280: e80a40b9                       ldr w8, [x23, #0x8]
   284: 1f090071                       cmp w8, #0x2
   288: c1010054                       b.ne #0x38
   28c: 281b40fd                       ldr d8, [x25, #0x30]
   290: e91a40fd                       ldr d9, [x23, #0x30]
   294: 280340f9                       ldr x8, [x25]
   298: 080500f1                       subs x8, x8, #0x1
   29c: 280300f9                       str x8, [x25]
   2a0: 20020054                       b.eq #0x44
   2a4: e80240f9                       ldr x8, [x23]
   2a8: 080500f1                       subs x8, x8, #0x1
   2ac: e80200f9                       str x8, [x23]
   2b0: 60020054                       b.eq #0x4c
   2b4: 0009691e                       fmul d0, d8, d9
   2b8: b5020036                       tbz w21, #0x0, #0x54
   2bc: 26000014                       b #0x98
   2c0: 23008052                       mov w3, #0x1
   2c4: 08088052                       mov w8, #0x40
   2c8: 050f8052                       mov w5, #0x78
   2cc: 89018052                       mov w9, #0xc
   2d0: f80319aa                       mov x24, x25
   2d4: 2c008052                       mov w12, #0x1
   2d8: 2b008052                       mov w11, #0x1
   2dc: 2a008052                       mov w10, #0x1
   2e0: 70ffff17                       b #-0x240
   2e4: e00319aa                       mov x0, x25
   2e8: 00000094                       bl #0x0
        # hole +0x2e8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2ec: e80240f9                       ldr x8, [x23]
   2f0: 080500f1                       subs x8, x8, #0x1
   2f4: e80200f9                       str x8, [x23]
   2f8: e1fdff54                       b.ne #-0x44
   2fc: e00317aa                       mov x0, x23
   300: 00000094                       bl #0x0
        # hole +0x300: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   304: 0009691e                       fmul d0, d8, d9
   308: 75020037                       tbnz w21, #0x0, #0x4c
   30c: a80a40b9                       ldr w8, [x21, #0x8]
   310: 1f090071                       cmp w8, #0x2
   314: 01020054                       b.ne #0x40
   318: a81a40fd                       ldr d8, [x21, #0x30]
   31c: a80240f9                       ldr x8, [x21]
   320: 080500f1                       subs x8, x8, #0x1
   324: a80200f9                       str x8, [x21]
   328: c0020054                       b.eq #0x58
   32c: 080500f1                       subs x8, x8, #0x1
   330: a80200f9                       str x8, [x21]
   334: 60030054                       b.eq #0x6c
   338: 0028681e                       fadd d0, d0, d8
   33c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   340: 08050091                       add x8, x8, #0x1
   344: c80600f9                       str x8, [x22, #0x8]
   348: 1f0109eb                       cmp x8, x9
   34c: eb030054                       b.lt #0x7c
   350: ce000014                       b #0x338
   354: e00316aa                       mov x0, x22
   358: 00000094                       bl #0x0
        # hole +0x358: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   35c: f80300aa                       mov x24, x0
   360: 0b008052                       mov w11, #0x0
   364: 0a008052                       mov w10, #0x0
   368: 23008052                       mov w3, #0x1
   36c: 08078052                       mov w8, #0x38
   370: 85118052                       mov w5, #0x8c
   374: c9018052                       mov w9, #0xe
   378: 2c008052                       mov w12, #0x1
   37c: 49ffff17                       b #-0x2dc
   380: e00315aa                       mov x0, x21
   384: 0940601e                       fmov d9, d0
   388: 00000094                       bl #0x0
        # hole +0x388: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   38c: 2041601e                       fmov d0, d9
   390: a80240f9                       ldr x8, [x21]
   394: 080500f1                       subs x8, x8, #0x1
   398: a80200f9                       str x8, [x21]
   39c: e1fcff54                       b.ne #-0x64
   3a0: e00315aa                       mov x0, x21
   3a4: 0940601e                       fmov d9, d0
   3a8: 00000094                       bl #0x0
        # hole +0x3a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3ac: 2041601e                       fmov d0, d9
   3b0: 0028681e                       fadd d0, d0, d8
   3b4: c8a640a9                       ldp x8, x9, [x22, #0x8]
   3b8: 08050091                       add x8, x8, #0x1
   3bc: c80600f9                       str x8, [x22, #0x8]
   3c0: 1f0109eb                       cmp x8, x9
   3c4: 2a160054                       b.ge #0x2c4
   3c8: c80240f9                       ldr x8, [x22]
   3cc: 281600b5                       cbnz x8, #0x2c4
   3d0: 880b40b9                       ldr w8, [x28, #0x8]
   3d4: 1f110071                       cmp w8, #0x4
   3d8: c10e0054                       b.ne #0x1d8
   3dc: 0840601e                       fmov d8, d0
   3e0: f7031baa                       mov x23, x27
   3e4: 8aa343a9                       ldp x10, x8, [x28, #0x38]
   3e8: 891b40f9                       ldr x9, [x28, #0x30]
   3ec: 1f0500f1                       cmp x8, #0x1
   3f0: 8b000054                       b.lt #0x10
   3f4: 3f010aeb                       cmp x9, x10
   3f8: 8b000054                       b.lt #0x10
   3fc: 8b000014                       b #0x22c
   400: 3f010aeb                       cmp x9, x10
   404: 2d110054                       b.le #0x224
   408: 2801088b                       add x8, x9, x8
   40c: 881b00f9                       str x8, [x28, #0x30]
   410: 3b008052                       mov w27, #0x1
   414: 3bf97fb3                       bfi x27, x9, #1, #63
   418: 080340f9                       ldr x8, [x24]
   41c: 08050091                       add x8, x8, #0x1
   420: 080300f9                       str x8, [x24]
   424: 0a0b40b9                       ldr w10, [x24, #0x8]
   428: 5f0d0071                       cmp w10, #0x3
   42c: 41110054                       b.ne #0x228
   430: 29f97fd3                       lsl x9, x9, #1
   434: 2afd4193                       asr x10, x9, #1
   438: ea10f8b7                       tbnz x10, #0x3f, #0x21c
   43c: 091b40f9                       ldr x9, [x24, #0x30]
   440: 5f0109eb                       cmp x10, x9
   444: 8a100054                       b.ge #0x210
   448: 092340f9                       ldr x9, [x24, #0x40]
   44c: 39796af8                       ldr x25, [x9, x10, lsl #3]
   450: 79010036                       tbz w25, #0x0, #0x2c
   454: 080500f1                       subs x8, x8, #0x1
   458: 080300f9                       str x8, [x24]
   45c: e0010054                       b.eq #0x3c
   460: 480340f9                       ldr x8, [x26]
   464: 08050091                       add x8, x8, #0x1
   468: 480300f9                       str x8, [x26]
   46c: 490b40b9                       ldr w9, [x26, #0x8]
   470: 3f0d0071                       cmp w9, #0x3
   474: 60020054                       b.eq #0x4c
   478: 95000014                       b #0x254
   47c: 280340f9                       ldr x8, [x25]
   480: 08050091                       add x8, x8, #0x1
   484: 280300f9                       str x8, [x25]
   488: 080340f9                       ldr x8, [x24]
   48c: 080500f1                       subs x8, x8, #0x1
   490: 080300f9                       str x8, [x24]
   494: 61feff54                       b.ne #-0x34
   498: e00318aa                       mov x0, x24
   49c: f7030aaa                       mov x23, x10
   4a0: 00000094                       bl #0x0
        # hole +0x4a0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4a4: ea0317aa                       mov x10, x23
   4a8: 480340f9                       ldr x8, [x26]
   4ac: 08050091                       add x8, x8, #0x1
   4b0: 480300f9                       str x8, [x26]
   4b4: 490b40b9                       ldr w9, [x26, #0x8]
   4b8: 3f0d0071                       cmp w9, #0x3
   4bc: 81100054                       b.ne #0x210
   4c0: 491b40f9                       ldr x9, [x26, #0x30]
   4c4: 5f0109eb                       cmp x10, x9
   4c8: 2a100054                       b.ge #0x204
   4cc: 492340f9                       ldr x9, [x26, #0x40]
   4d0: 37796af8                       ldr x23, [x9, x10, lsl #3]
   4d4: f7000036                       tbz w23, #0x0, #0x1c
   4d8: 080500f1                       subs x8, x8, #0x1
   4dc: 480300f9                       str x8, [x26]
   4e0: 60010054                       b.eq #0x2c
   4e4: f70700f9                       str x23, [sp, #0x8]
   4e8: b9010036                       tbz w25, #0x0, #0x34
   4ec: 3f000014                       b #0xfc
   4f0: e80240f9                       ldr x8, [x23]
   4f4: 08050091                       add x8, x8, #0x1
   4f8: e80200f9                       str x8, [x23]
   4fc: 480340f9                       ldr x8, [x26]
   500: 080500f1                       subs x8, x8, #0x1
   504: 480300f9                       str x8, [x26]
   508: e1feff54                       b.ne #-0x24
   50c: e0031aaa                       mov x0, x26
   510: 00000094                       bl #0x0
        # hole +0x510: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   514: f70700f9                       str x23, [sp, #0x8]
   518: 99060037                       tbnz w25, #0x0, #0xd0
   51c: 77060037                       tbnz w23, #0x0, #0xcc
   520: 280b40b9                       ldr w8, [x25, #0x8]
   524: 1f090071                       cmp w8, #0x2
   528: 01060054                       b.ne #0xc0
   52c: e80a40b9                       ldr w8, [x23, #0x8]
   530: 1f090071                       cmp w8, #0x2
   534: a1050054                       b.ne #0xb4
   538: 291b40fd                       ldr d9, [x25, #0x30]
   53c: ea1a40fd                       ldr d10, [x23, #0x30]
   540: 280340f9                       ldr x8, [x25]
   544: 080500f1                       subs x8, x8, #0x1
   548: 280300f9                       str x8, [x25]
   54c: 61000054                       b.ne #0xc
   550: e00319aa                       mov x0, x25
   554: 00000094                       bl #0x0
        # hole +0x554: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   558: e80240f9                       ldr x8, [x23]
   55c: 080500f1                       subs x8, x8, #0x1
   560: e80200f9                       str x8, [x23]
   564: 61000054                       b.ne #0xc
   568: e00317aa                       mov x0, x23
   56c: 00000094                       bl #0x0
        # hole +0x56c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   570: 20096a1e                       fmul d0, d9, d10
   574: 0829601e                       fadd d8, d8, d0
   578: c8a640a9                       ldp x8, x9, [x22, #0x8]
   57c: 08050091                       add x8, x8, #0x1
   580: c80600f9                       str x8, [x22, #0x8]
   584: 1f0109eb                       cmp x8, x9
   588: ea070054                       b.ge #0xfc
   58c: c80240f9                       ldr x8, [x22]
   590: 680c00b5                       cbnz x8, #0x18c
   594: 880b40b9                       ldr w8, [x28, #0x8]
   598: f7031baa                       mov x23, x27
   59c: 1f110071                       cmp w8, #0x4
   5a0: 20f2ff54                       b.eq #-0x1bc
   5a4: e00316aa                       mov x0, x22
   5a8: 0041601e                       fmov d0, d8
   5ac: 02000014                       b #0x8
   5b0: e00316aa                       mov x0, x22
   5b4: 00000094                       bl #0x0
        # hole +0x5b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   5b8: 190080d2                       mov x25, #0x0
   5bc: 0b008052                       mov w11, #0x0
   5c0: 0a008052                       mov w10, #0x0
   5c4: 29008052                       mov w9, #0x1
   5c8: 08058052                       mov w8, #0x28
   5cc: 45018052                       mov w5, #0xa
   5d0: f7031baa                       mov x23, x27
   5d4: e30309aa                       mov x3, x9
   5d8: 8d0e40f9                       ldr x13, [x20, #0x18]
   5dc: 1f0015eb                       cmp x0, x21
   5e0: 20070054                       b.eq #0xe4
   5e4: 4a000014                       b #0x128
   5e8: e00316aa                       mov x0, x22
   5ec: 0041601e                       fmov d0, d8
   5f0: 00000094                       bl #0x0
        # hole +0x5f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   5f4: 48008052                       mov w8, #0x2
   5f8: 080000f9                       str x8, [x0]
   5fc: 23008052                       mov w3, #0x1
   600: 08088052                       mov w8, #0x40
   604: 050f8052                       mov w5, #0x78
   608: 89018052                       mov w9, #0xc
   60c: f7031baa                       mov x23, x27
   610: 2b008052                       mov w11, #0x1
   614: 2a008052                       mov w10, #0x1
   618: 8d0e40f9                       ldr x13, [x20, #0x18]
   61c: 1f0015eb                       cmp x0, x21
   620: 20050054                       b.eq #0xa4
   624: 3a000014                       b #0xe8
   628: e00316aa                       mov x0, x22
   62c: 0041601e                       fmov d0, d8
   630: 00000094                       bl #0x0
        # hole +0x630: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   634: 190080d2                       mov x25, #0x0
   638: 0b008052                       mov w11, #0x0
   63c: 0a008052                       mov w10, #0x0
   640: 49008052                       mov w9, #0x2
   644: 08058052                       mov w8, #0x28
   648: 85028052                       mov w5, #0x14
   64c: fb0317aa                       mov x27, x23
   650: e1ffff17                       b #-0x7c
   654: e00316aa                       mov x0, x22
   658: 0041601e                       fmov d0, d8
   65c: 00000094                       bl #0x0
        # hole +0x65c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   660: 48008052                       mov w8, #0x2
   664: 080000f9                       str x8, [x0]
   668: 23008052                       mov w3, #0x1
   66c: 08088052                       mov w8, #0x40
   670: 050a8052                       mov w5, #0x50
   674: 09018052                       mov w9, #0x8
   678: f90318aa                       mov x25, x24
   67c: fb0700f9                       str x27, [sp, #0x8]
   680: e4ffff17                       b #-0x70
   684: 0041601e                       fmov d0, d8
   688: 28008052                       mov w8, #0x1
   68c: c80200f9                       str x8, [x22]
   690: e00316aa                       mov x0, x22
   694: 00000094                       bl #0x0
        # hole +0x694: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   698: 190080d2                       mov x25, #0x0
   69c: 0b008052                       mov w11, #0x0
   6a0: 0a008052                       mov w10, #0x0
   6a4: 43008052                       mov w3, #0x2
   6a8: 08058052                       mov w8, #0x28
   6ac: 45158052                       mov w5, #0xaa
   6b0: 29028052                       mov w9, #0x11
   6b4: f7031baa                       mov x23, x27
   6b8: 8d0e40f9                       ldr x13, [x20, #0x18]
   6bc: 1f0015eb                       cmp x0, x21
   6c0: 61020054                       b.ne #0x4c
   6c4: ec030baa                       mov x12, x11
   6c8: 79feff17                       b #-0x61c
   6cc: e00316aa                       mov x0, x22
   6d0: 0041601e                       fmov d0, d8
   6d4: 00000094                       bl #0x0
        # hole +0x6d4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   6d8: 0a008052                       mov w10, #0x0
   6dc: 48008052                       mov w8, #0x2
   6e0: 080000f9                       str x8, [x0]
   6e4: 23008052                       mov w3, #0x1
   6e8: 08098052                       mov w8, #0x48
   6ec: c50d8052                       mov w5, #0x6e
   6f0: 69018052                       mov w9, #0xb
   6f4: fa0700f9                       str x26, [sp, #0x8]
   6f8: f7031baa                       mov x23, x27
   6fc: 2b008052                       mov w11, #0x1
   700: 8d0e40f9                       ldr x13, [x20, #0x18]
   704: 1f0015eb                       cmp x0, x21
   708: e0fdff54                       b.eq #-0x44
   70c: a00900f9                       str x0, [x13, #0x10]
   710: ec030baa                       mov x12, x11
   714: f50300aa                       mov x21, x0
   718: 65feff17                       b #-0x66c
   71c: e00316aa                       mov x0, x22
   720: 0041601e                       fmov d0, d8
   724: dcffff17                       b #-0x90
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
