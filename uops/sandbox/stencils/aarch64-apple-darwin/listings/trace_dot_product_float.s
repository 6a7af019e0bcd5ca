# stencil dot_product_float for aarch64-apple-darwin: 1808 code bytes, 8 data bytes, 22 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 154d41a9                       ldp x21, x19, [x8, #0x10]
     c: 1c1140f9                       ldr x28, [x8, #0x20]
    10: 5c020037                       tbnz w28, #0x0, #0x48
    14: 890b40b9                       ldr w9, [x28, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: 01030054                       b.ne #0x60
    20: 176540a9                       ldp x23, x25, [x8]
    24: 89a343a9                       ldp x9, x8, [x28, #0x38]
    28: 981b40f9                       ldr x24, [x28, #0x30]
    2c: 1f0500f1                       cmp x8, #0x1
    30: eb050054                       b.lt #0xbc
    34: 1f0309eb                       cmp x24, x9
    38: eb050054                       b.lt #0xbc
    3c: 0c008052                       mov w12, #0x0
    40: 0b008052                       mov w11, #0x0
    44: 0a008052                       mov w10, #0x0
    48: 49008052                       mov w9, #0x2
    4c: 08058052                       mov w8, #0x28
    50: 85028052                       mov w5, #0x14
    54: 10000014                       b #0x40
    58: 0c008052                       mov w12, #0x0
    5c: 0b008052                       mov w11, #0x0
    60: 0a008052                       mov w10, #0x0
    64: 23008052                       mov w3, #0x1
    68: 08058052                       mov w8, #0x28
    6c: 45018052                       mov w5, #0xa
    70: fb0313aa                       mov x27, x19
    74: 29008052                       mov w9, #0x1
    78: 09000014                       b #0x24
    7c: 0c008052                       mov w12, #0x0
    80: 0b008052                       mov w11, #0x0
    84: 0a008052                       mov w10, #0x0
    88: 29008052                       mov w9, #0x1
    8c: 08058052                       mov w8, #0x28
    90: 45018052                       mov w5, #0xa
    94: fb0313aa                       mov x27, x19
    98: e30309aa                       mov x3, x9
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
    c8: 0a000090                       adrp x10, #0
        # hole +0xc8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    cc: 4a0140f9                       ldr x10, [x10]
        # hole +0xcc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    d0: a101088b                       add x1, x13, x8
    d4: 4401098b                       add x4, x10, x9
    d8: e00314aa                       mov x0, x20
    dc: e20316aa                       mov x2, x22
    e0: 00000094                       bl #0x0
        # hole +0xe0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    e4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    e8: c0035fd6                       ret
    ec: 1f0309eb                       cmp x24, x9
    f0: 6dfaff54                       b.le #-0xb4
    f4: 0803088b                       add x8, x24, x8
    f8: 881b00f9                       str x8, [x28, #0x30]
    fc: 3b008052                       mov w27, #0x1
   100: f3000037                       tbnz w19, #0x0, #0x1c
   104: 680240f9                       ldr x8, [x19]
   108: 080500f1                       subs x8, x8, #0x1
   10c: 680200f9                       str x8, [x19]
   110: 61000054                       b.ne #0xc
   114: e00313aa                       mov x0, x19
   118: 00000094                       bl #0x0
        # hole +0x118: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   11c: 1bfb7fb3                       bfi x27, x24, #1, #63
   120: 95000037                       tbnz w21, #0x0, #0x10
   124: a80240f9                       ldr x8, [x21]
   128: 08050091                       add x8, x8, #0x1
   12c: a80200f9                       str x8, [x21]
   130: b7020037                       tbnz w23, #0x0, #0x54
   134: e80240f9                       ldr x8, [x23]
   138: 08050091                       add x8, x8, #0x1
   13c: e80200f9                       str x8, [x23]
   140: e90a40b9                       ldr w9, [x23, #0x8]
   144: 3f0d0071                       cmp w9, #0x3
   148: e1010054                       b.ne #0x3c
   14c: 09fb7fd3                       lsl x9, x24, #1
   150: 38fd4193                       asr x24, x9, #1
   154: 9801f8b7                       tbnz x24, #0x3f, #0x30
   158: e91a40f9                       ldr x9, [x23, #0x30]
   15c: 1f0309eb                       cmp x24, x9
   160: 2a010054                       b.ge #0x24
   164: e92240f9                       ldr x9, [x23, #0x40]
   168: 3a7978f8                       ldr x26, [x9, x24, lsl #3]
   16c: 9a010036                       tbz w26, #0x0, #0x30
   170: 080500f1                       subs x8, x8, #0x1
   174: e80200f9                       str x8, [x23]
   178: 00020054                       b.eq #0x40
   17c: 59020036                       tbz w25, #0x0, #0x48
   180: 22000014                       b #0x88
   184: 23008052                       mov w3, #0x1
   188: 08088052                       mov w8, #0x40
   18c: 050a8052                       mov w5, #0x50
   190: 09018052                       mov w9, #0x8
   194: f8031baa                       mov x24, x27
   198: 49000014                       b #0x124
   19c: 480340f9                       ldr x8, [x26]
   1a0: 08050091                       add x8, x8, #0x1
   1a4: 480300f9                       str x8, [x26]
   1a8: e80240f9                       ldr x8, [x23]
   1ac: 080500f1                       subs x8, x8, #0x1
   1b0: e80200f9                       str x8, [x23]
   1b4: 41feff54                       b.ne #-0x38
   1b8: e00317aa                       mov x0, x23
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1c0: 59020037                       tbnz w25, #0x0, #0x48
   1c4: 280340f9                       ldr x8, [x25]
   1c8: 08050091                       add x8, x8, #0x1
   1cc: 280300f9                       str x8, [x25]
   1d0: 290b40b9                       ldr w9, [x25, #0x8]
   1d4: 3f0d0071                       cmp w9, #0x3
   1d8: 81010054                       b.ne #0x30
   1dc: 291b40f9                       ldr x9, [x25, #0x30]
   1e0: 1f0309eb                       cmp x24, x9
   1e4: 2a010054                       b.ge #0x24
   1e8: 292340f9                       ldr x9, [x25, #0x40]
   1ec: 387978f8                       ldr x24, [x9, x24, lsl #3]
   1f0: 18020036                       tbz w24, #0x0, #0x40
   1f4: 080500f1                       subs x8, x8, #0x1
   1f8: 280300f9                       str x8, [x25]
   1fc: 80020054                       b.eq #0x50
   200: da020036                       tbz w26, #0x0, #0x58
   204: 29000014                       b #0xa4
   208: 0a008052                       mov w10, #0x0
   20c: 23008052                       mov w3, #0x1
   210: 08098052                       mov w8, #0x48
   214: c50d8052                       mov w5, #0x6e
   218: 69018052                       mov w9, #0xb
   21c: f7031aaa                       mov x23, x26
   220: f80319aa                       mov x24, x25
   224: 2c008052                       mov w12, #0x1
   228: 2b008052                       mov w11, #0x1
   22c: 9cffff17                       b #-0x190
   230: 080340f9                       ldr x8, [x24]
   234: 08050091                       add x8, x8, #0x1
   238: 080300f9                       str x8, [x24]
   23c: 280340f9                       ldr x8, [x25]
   240: 080500f1                       subs x8, x8, #0x1
   244: 280300f9                       str x8, [x25]
   248: c1fdff54                       b.ne #-0x48
   24c: e00319aa                       mov x0, x25
   250: 00000094                       bl #0x0
        # hole +0x250: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   254: ba020037                       tbnz w26, #0x0, #0x54
   258: 480b40b9                       ldr w8, [x26, #0x8]
   25c: 1f090071                       cmp w8, #0x2
   260: 41020054                       b.ne #0x48
   264: 38020037                       tbnz w24, #0x0, #0x44
   268: 080b40b9                       ldr w8, [x24, #0x8]
   26c: 1f090071                       cmp w8, #0x2
   270: c1010054                       b.ne #0x38
   274: 481b40fd                       ldr d8, [x26, #0x30]
   278: 091b40fd                       ldr d9, [x24, #0x30]
   27c: 480340f9                       ldr x8, [x26]
   280: 080500f1                       subs x8, x8, #0x1
   284: 480300f9                       str x8, [x26]
   288: 20020054                       b.eq #0x44
   28c: 080340f9                       ldr x8, [x24]
   290: 080500f1                       subs x8, x8, #0x1
   294: 080300f9                       str x8, [x24]
   298: 60020054                       b.eq #0x4c
   29c: 0009691e                       fmul d0, d8, d9
   2a0: b5020036                       tbz w21, #0x0, #0x54
   2a4: 26000014                       b #0x98
   2a8: 23008052                       mov w3, #0x1
   2ac: 08088052                       mov w8, #0x40
   2b0: 050f8052                       mov w5, #0x78
   2b4: 89018052                       mov w9, #0xc
   2b8: f7031aaa                       mov x23, x26
   2bc: 2c008052                       mov w12, #0x1
   2c0: 2b008052                       mov w11, #0x1
   2c4: 2a008052                       mov w10, #0x1
   2c8: 75ffff17                       b #-0x22c
   2cc: e0031aaa                       mov x0, x26
   2d0: 00000094                       bl #0x0
        # hole +0x2d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d4: 080340f9                       ldr x8, [x24]
   2d8: 080500f1                       subs x8, x8, #0x1
   2dc: 080300f9                       str x8, [x24]
   2e0: e1fdff54                       b.ne #-0x44
   2e4: e00318aa                       mov x0, x24
   2e8: 00000094                       bl #0x0
        # hole +0x2e8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2ec: 0009691e                       fmul d0, d8, d9
   2f0: 75020037                       tbnz w21, #0x0, #0x4c
   2f4: a80a40b9                       ldr w8, [x21, #0x8]
   2f8: 1f090071                       cmp w8, #0x2
   2fc: 01020054                       b.ne #0x40
   300: a81a40fd                       ldr d8, [x21, #0x30]
   304: a80240f9                       ldr x8, [x21]
   308: 080500f1                       subs x8, x8, #0x1
   30c: a80200f9                       str x8, [x21]
   310: c0020054                       b.eq #0x58
   314: 080500f1                       subs x8, x8, #0x1
   318: a80200f9                       str x8, [x21]
   31c: 60030054                       b.eq #0x6c
   320: 0028681e                       fadd d0, d0, d8
   324: c8a640a9                       ldp x8, x9, [x22, #0x8]
   328: 08050091                       add x8, x8, #0x1
   32c: c80600f9                       str x8, [x22, #0x8]
   330: 1f0109eb                       cmp x8, x9
   334: eb030054                       b.lt #0x7c
   338: cc000014                       b #0x330
   33c: e00316aa                       mov x0, x22
   340: 00000094                       bl #0x0
        # hole +0x340: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   344: f70300aa                       mov x23, x0
   348: 0b008052                       mov w11, #0x0
   34c: 0a008052                       mov w10, #0x0
   350: 23008052                       mov w3, #0x1
   354: 08078052                       mov w8, #0x38
   358: 85118052                       mov w5, #0x8c
   35c: c9018052                       mov w9, #0xe
   360: 2c008052                       mov w12, #0x1
   364: 4effff17                       b #-0x2c8
   368: e00315aa                       mov x0, x21
   36c: 0940601e                       fmov d9, d0
   370: 00000094                       bl #0x0
        # hole +0x370: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   374: 2041601e                       fmov d0, d9
   378: a80240f9                       ldr x8, [x21]
   37c: 080500f1                       subs x8, x8, #0x1
   380: a80200f9                       str x8, [x21]
   384: e1fcff54                       b.ne #-0x64
   388: e00315aa                       mov x0, x21
   38c: 0940601e                       fmov d9, d0
   390: 00000094                       bl #0x0
        # hole +0x390: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   394: 2041601e                       fmov d0, d9
   398: 0028681e                       fadd d0, d0, d8
   39c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   3a0: 08050091                       add x8, x8, #0x1
   3a4: c80600f9                       str x8, [x22, #0x8]
   3a8: 1f0109eb                       cmp x8, x9
   3ac: ea150054                       b.ge #0x2bc
   3b0: c80240f9                       ldr x8, [x22]
   3b4: e81500b5                       cbnz x8, #0x2bc
   3b8: 880b40b9                       ldr w8, [x28, #0x8]
   3bc: 1f110071                       cmp w8, #0x4
   3c0: 410e0054                       b.ne #0x1c8
   3c4: 0840601e                       fmov d8, d0
   3c8: fa031baa                       mov x26, x27
   3cc: 8aa343a9                       ldp x10, x8, [x28, #0x38]
   3d0: 891b40f9                       ldr x9, [x28, #0x30]
   3d4: 1f0500f1                       cmp x8, #0x1
   3d8: 8b000054                       b.lt #0x10
   3dc: 3f010aeb                       cmp x9, x10
   3e0: 8b000054                       b.lt #0x10
   3e4: 89000014                       b #0x224
   3e8: 3f010aeb                       cmp x9, x10
   3ec: ed100054                       b.le #0x21c
   3f0: 2801088b                       add x8, x9, x8
   3f4: 881b00f9                       str x8, [x28, #0x30]
   3f8: 3b008052                       mov w27, #0x1
   3fc: 3bf97fb3                       bfi x27, x9, #1, #63
   400: e80240f9                       ldr x8, [x23]
   404: 08050091                       add x8, x8, #0x1
   408: e80200f9                       str x8, [x23]
   40c: ea0a40b9                       ldr w10, [x23, #0x8]
   410: 5f0d0071                       cmp w10, #0x3
   414: 01110054                       b.ne #0x220
   418: 29f97fd3                       lsl x9, x9, #1
   41c: 38fd4193                       asr x24, x9, #1
   420: b810f8b7                       tbnz x24, #0x3f, #0x214
   424: e91a40f9                       ldr x9, [x23, #0x30]
   428: 1f0309eb                       cmp x24, x9
   42c: 4a100054                       b.ge #0x208
   430: e92240f9                       ldr x9, [x23, #0x40]
   434: 3a7978f8                       ldr x26, [x9, x24, lsl #3]
   438: 7a010036                       tbz w26, #0x0, #0x2c
   43c: 080500f1                       subs x8, x8, #0x1
   440: e80200f9                       str x8, [x23]
   444: e0010054                       b.eq #0x3c
   448: 280340f9                       ldr x8, [x25]
   44c: 08050091                       add x8, x8, #0x1
   450: 280300f9                       str x8, [x25]
   454: 290b40b9                       ldr w9, [x25, #0x8]
   458: 3f0d0071                       cmp w9, #0x3
   45c: 20020054                       b.eq #0x44
   460: 93000014                       b #0x24c
   464: 480340f9                       ldr x8, [x26]
   468: 08050091                       add x8, x8, #0x1
   46c: 480300f9                       str x8, [x26]
   470: e80240f9                       ldr x8, [x23]
   474: 080500f1                       subs x8, x8, #0x1
   478: e80200f9                       str x8, [x23]
   47c: 61feff54                       b.ne #-0x34
   480: e00317aa                       mov x0, x23
   484: 00000094                       bl #0x0
        # hole +0x484: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   488: 280340f9                       ldr x8, [x25]
   48c: 08050091                       add x8, x8, #0x1
   490: 280300f9                       str x8, [x25]
   494: 290b40b9                       ldr w9, [x25, #0x8]
   498: 3f0d0071                       cmp w9, #0x3
   49c: 81100054                       b.ne #0x210
   4a0: 291b40f9                       ldr x9, [x25, #0x30]
   4a4: 1f0309eb                       cmp x24, x9
   4a8: 2a100054                       b.ge #0x204
   4ac: 292340f9                       ldr x9, [x25, #0x40]
   4b0: 387978f8                       ldr x24, [x9, x24, lsl #3]
   4b4: d8000036                       tbz w24, #0x0, #0x18
   4b8: 080500f1                       subs x8, x8, #0x1
   4bc: 280300f9                       str x8, [x25]
   4c0: 40010054                       b.eq #0x28
   4c4: 9a010036                       tbz w26, #0x0, #0x30
   4c8: 3e000014                       b #0xf8
   4cc: 080340f9                       ldr x8, [x24]
   4d0: 08050091                       add x8, x8, #0x1
   4d4: 080300f9                       str x8, [x24]
   4d8: 280340f9                       ldr x8, [x25]
   4dc: 080500f1                       subs x8, x8, #0x1
   4e0: 280300f9                       str x8, [x25]
   4e4: 01ffff54                       b.ne #-0x20
   4e8: e00319aa                       mov x0, x25
   4ec: 00000094                       bl #0x0
        # hole +0x4ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4f0: 9a060037                       tbnz w26, #0x0, #0xd0
   4f4: 78060037                       tbnz w24, #0x0, #0xcc
   4f8: 480b40b9                       ldr w8, [x26, #0x8]
   4fc: 1f090071                       cmp w8, #0x2
   500: 01060054                       b.ne #0xc0
   504: 080b40b9                       ldr w8, [x24, #0x8]
   508: 1f090071                       cmp w8, #0x2
   50c: a1050054                       b.ne #0xb4
   510: 491b40fd                       ldr d9, [x26, #0x30]
   514: 0a1b40fd                       ldr d10, [x24, #0x30]
   518: 480340f9                       ldr x8, [x26]
   51c: 080500f1                       subs x8, x8, #0x1
   520: 480300f9                       str x8, [x26]
   524: 61000054                       b.ne #0xc
   528: e0031aaa                       mov x0, x26
   52c: 00000094                       bl #0x0
        # hole +0x52c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   530: 080340f9                       ldr x8, [x24]
   534: 080500f1                       subs x8, x8, #0x1
   538: 080300f9                       str x8, [x24]
   53c: 61000054                       b.ne #0xc
   540: e00318aa                       mov x0, x24
   544: 00000094                       bl #0x0
        # hole +0x544: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   548: 20096a1e                       fmul d0, d9, d10
   54c: 0829601e                       fadd d8, d8, d0
   550: c8a640a9                       ldp x8, x9, [x22, #0x8]
   554: 08050091                       add x8, x8, #0x1
   558: c80600f9                       str x8, [x22, #0x8]
   55c: 1f0109eb                       cmp x8, x9
   560: 2a080054                       b.ge #0x104
   564: c80240f9                       ldr x8, [x22]
   568: e80c00b5                       cbnz x8, #0x19c
   56c: 880b40b9                       ldr w8, [x28, #0x8]
   570: fa031baa                       mov x26, x27
   574: 1f110071                       cmp w8, #0x4
   578: a0f2ff54                       b.eq #-0x1ac
   57c: e00316aa                       mov x0, x22
   580: 0041601e                       fmov d0, d8
   584: 02000014                       b #0x8
   588: e00316aa                       mov x0, x22
   58c: 00000094                       bl #0x0
        # hole +0x58c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   590: 170080d2                       mov x23, #0x0
   594: 0b008052                       mov w11, #0x0
   598: 0a008052                       mov w10, #0x0
   59c: 29008052                       mov w9, #0x1
   5a0: 08058052                       mov w8, #0x28
   5a4: 45018052                       mov w5, #0xa
   5a8: fa031baa                       mov x26, x27
   5ac: e30309aa                       mov x3, x9
   5b0: 8d0e40f9                       ldr x13, [x20, #0x18]
   5b4: 1f0015eb                       cmp x0, x21
   5b8: 60070054                       b.eq #0xec
   5bc: 4e000014                       b #0x138
   5c0: e00316aa                       mov x0, x22
   5c4: 0041601e                       fmov d0, d8
   5c8: 00000094                       bl #0x0
        # hole +0x5c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   5cc: 600000b4                       cbz x0, #0xc
   5d0: 48008052                       mov w8, #0x2
   5d4: 080000f9                       str x8, [x0]
   5d8: 23008052                       mov w3, #0x1
   5dc: 08088052                       mov w8, #0x40
   5e0: 050f8052                       mov w5, #0x78
   5e4: 89018052                       mov w9, #0xc
   5e8: f7031aaa                       mov x23, x26
   5ec: fa031baa                       mov x26, x27
   5f0: 2b008052                       mov w11, #0x1
   5f4: 2a008052                       mov w10, #0x1
   5f8: 8d0e40f9                       ldr x13, [x20, #0x18]
   5fc: 1f0015eb                       cmp x0, x21
   600: 20050054                       b.eq #0xa4
   604: 3c000014                       b #0xf0
   608: e00316aa                       mov x0, x22
   60c: 0041601e                       fmov d0, d8
   610: 00000094                       bl #0x0
        # hole +0x610: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   614: 170080d2                       mov x23, #0x0
   618: 0b008052                       mov w11, #0x0
   61c: 0a008052                       mov w10, #0x0
   620: 49008052                       mov w9, #0x2
   624: 08058052                       mov w8, #0x28
   628: 85028052                       mov w5, #0x14
   62c: fb031aaa                       mov x27, x26
   630: dfffff17                       b #-0x84
   634: e00316aa                       mov x0, x22
   638: 0041601e                       fmov d0, d8
   63c: 00000094                       bl #0x0
        # hole +0x63c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   640: 600000b4                       cbz x0, #0xc
   644: 48008052                       mov w8, #0x2
   648: 080000f9                       str x8, [x0]
   64c: 23008052                       mov w3, #0x1
   650: 08088052                       mov w8, #0x40
   654: 050a8052                       mov w5, #0x50
   658: 09018052                       mov w9, #0x8
   65c: f8031baa                       mov x24, x27
   660: e4ffff17                       b #-0x70
   664: 0041601e                       fmov d0, d8
   668: 28008052                       mov w8, #0x1
   66c: c80200f9                       str x8, [x22]
   670: e00316aa                       mov x0, x22
   674: 00000094                       bl #0x0
        # hole +0x674: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   678: 170080d2                       mov x23, #0x0
   67c: 0b008052                       mov w11, #0x0
   680: 0a008052                       mov w10, #0x0
   684: 43008052                       mov w3, #0x2
   688: 08058052                       mov w8, #0x28
   68c: 45158052                       mov w5, #0xaa
   690: 29028052                       mov w9, #0x11
   694: fa031baa                       mov x26, x27
   698: 8d0e40f9                       ldr x13, [x20, #0x18]
   69c: 1f0015eb                       cmp x0, x21
   6a0: a1020054                       b.ne #0x54
   6a4: ec030baa                       mov x12, x11
   6a8: 7ffeff17                       b #-0x604
   6ac: e00316aa                       mov x0, x22
   6b0: 0041601e                       fmov d0, d8
   6b4: 00000094                       bl #0x0
        # hole +0x6b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   6b8: 0a008052                       mov w10, #0x0
   6bc: 600000b4                       cbz x0, #0xc
   6c0: 48008052                       mov w8, #0x2
   6c4: 080000f9                       str x8, [x0]
   6c8: 23008052                       mov w3, #0x1
   6cc: 08098052                       mov w8, #0x48
   6d0: c50d8052                       mov w5, #0x6e
   6d4: 69018052                       mov w9, #0xb
   6d8: f7031aaa                       mov x23, x26
   6dc: f80319aa                       mov x24, x25
   6e0: fa031baa                       mov x26, x27
   6e4: 2b008052                       mov w11, #0x1
   6e8: 8d0e40f9                       ldr x13, [x20, #0x18]
   6ec: 1f0015eb                       cmp x0, x21
   6f0: a0fdff54                       b.eq #-0x4c
   6f4: a00900f9                       str x0, [x13, #0x10]
   6f8: ec030baa                       mov x12, x11
   6fc: f50300aa                       mov x21, x0
   700: 69feff17                       b #-0x65c
   704: e00316aa                       mov x0, x22
   708: 0041601e                       fmov d0, d8
   70c: daffff17                       b #-0x98
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
