# stencil dot_product_float for aarch64-apple-darwin: 1732 code bytes, 8 data bytes, 19 holes
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
   338: b6000014                       b #0x2d8
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
   3ac: 2a130054                       b.ge #0x264
   3b0: ca0240f9                       ldr x10, [x22]
   3b4: 2a1300b5                       cbnz x10, #0x264
   3b8: 8a0b40b9                       ldr w10, [x28, #0x8]
   3bc: 5f110071                       cmp w10, #0x4
   3c0: 410b0054                       b.ne #0x168
   3c4: 0840601e                       fmov d8, d0
   3c8: fa031baa                       mov x26, x27
   3cc: 8caf43a9                       ldp x12, x11, [x28, #0x38]
   3d0: 8a1b40f9                       ldr x10, [x28, #0x30]
   3d4: 7f0500f1                       cmp x11, #0x1
   3d8: 8b000054                       b.lt #0x10
   3dc: 5f010ceb                       cmp x10, x12
   3e0: 8b000054                       b.lt #0x10
   3e4: 72000014                       b #0x1c8
   3e8: 5f010ceb                       cmp x10, x12
   3ec: 0d0e0054                       b.le #0x1c0
   3f0: 4b010b8b                       add x11, x10, x11
   3f4: 8b1b00f9                       str x11, [x28, #0x30]
   3f8: 3b008052                       mov w27, #0x1
   3fc: 5bf97fb3                       bfi x27, x10, #1, #63
   400: eb0240f9                       ldr x11, [x23]
   404: 6b050091                       add x11, x11, #0x1
   408: eb0200f9                       str x11, [x23]
   40c: ec0a40b9                       ldr w12, [x23, #0x8]
   410: 9f0d0071                       cmp w12, #0x3
   414: 210e0054                       b.ne #0x1c4
   418: 4af97fd3                       lsl x10, x10, #1
   41c: 4afd4193                       asr x10, x10, #1
   420: ca0df8b7                       tbnz x10, #0x3f, #0x1b8
   424: ec1a40f9                       ldr x12, [x23, #0x30]
   428: 5f010ceb                       cmp x10, x12
   42c: 6a0d0054                       b.ge #0x1ac
   430: ec2240f9                       ldr x12, [x23, #0x40]
   434: 9a796af8                       ldr x26, [x12, x10, lsl #3]
   438: ba000037                       tbnz w26, #0x0, #0x14
   43c: 4b0340f9                       ldr x11, [x26]
   440: 6b050091                       add x11, x11, #0x1
   444: 4b0300f9                       str x11, [x26]
   448: eb0240f9                       ldr x11, [x23]
   44c: 6b0500d1                       sub x11, x11, #0x1
   450: eb0200f9                       str x11, [x23]
   454: 2b0340f9                       ldr x11, [x25]
   458: 6b050091                       add x11, x11, #0x1
   45c: 2b0300f9                       str x11, [x25]
   460: 2c0b40b9                       ldr w12, [x25, #0x8]
   464: 9f0d0071                       cmp w12, #0x3
   468: 610f0054                       b.ne #0x1ec
   46c: 2c1b40f9                       ldr x12, [x25, #0x30]
   470: 5f010ceb                       cmp x10, x12
   474: 0a0f0054                       b.ge #0x1e0
   478: 2c2340f9                       ldr x12, [x25, #0x40]
   47c: 98796af8                       ldr x24, [x12, x10, lsl #3]
   480: b8000037                       tbnz w24, #0x0, #0x14
   484: 0a0340f9                       ldr x10, [x24]
   488: 4a050091                       add x10, x10, #0x1
   48c: 0a0300f9                       str x10, [x24]
   490: 2b0340f9                       ldr x11, [x25]
   494: 6a0500d1                       sub x10, x11, #0x1
   498: 2a0300f9                       str x10, [x25]
   49c: 3a060037                       tbnz w26, #0x0, #0xc4
   4a0: 18060037                       tbnz w24, #0x0, #0xc0
   4a4: 4a0b40b9                       ldr w10, [x26, #0x8]
   4a8: 5f090071                       cmp w10, #0x2
   4ac: a1050054                       b.ne #0xb4
   4b0: 0a0b40b9                       ldr w10, [x24, #0x8]
   4b4: 5f090071                       cmp w10, #0x2
   4b8: 41050054                       b.ne #0xa8
   4bc: 491b40fd                       ldr d9, [x26, #0x30]
   4c0: 0a1b40fd                       ldr d10, [x24, #0x30]
   4c4: 4a0340f9                       ldr x10, [x26]
   4c8: 4a0500d1                       sub x10, x10, #0x1
   4cc: 4a0300f9                       str x10, [x26]
   4d0: 0a0340f9                       ldr x10, [x24]
   4d4: 4a0500f1                       subs x10, x10, #0x1
   4d8: 0a0300f9                       str x10, [x24]
   4dc: 81000054                       b.ne #0x10
   4e0: e00318aa                       mov x0, x24
   4e4: 00000094                       bl #0x0
        # hole +0x4e4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4e8: c8a640a9                       ldp x8, x9, [x22, #0x8]
   4ec: 20096a1e                       fmul d0, d9, d10
   4f0: 0829601e                       fadd d8, d8, d0
   4f4: 08050091                       add x8, x8, #0x1
   4f8: c80600f9                       str x8, [x22, #0x8]
   4fc: 1f0109eb                       cmp x8, x9
   500: 6a080054                       b.ge #0x10c
   504: ca0240f9                       ldr x10, [x22]
   508: 4a0b00b5                       cbnz x10, #0x168
   50c: 8a0b40b9                       ldr w10, [x28, #0x8]
   510: fa031baa                       mov x26, x27
   514: 5f110071                       cmp w10, #0x4
   518: a0f5ff54                       b.eq #-0x14c
   51c: e00316aa                       mov x0, x22
   520: 0041601e                       fmov d0, d8
   524: 02000014                       b #0x8
   528: e00316aa                       mov x0, x22
   52c: 00000094                       bl #0x0
        # hole +0x52c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   530: 170080d2                       mov x23, #0x0
   534: 0b008052                       mov w11, #0x0
   538: 0a008052                       mov w10, #0x0
   53c: 29008052                       mov w9, #0x1
   540: 08058052                       mov w8, #0x28
   544: 45018052                       mov w5, #0xa
   548: fa031baa                       mov x26, x27
   54c: e30309aa                       mov x3, x9
   550: 8d0e40f9                       ldr x13, [x20, #0x18]
   554: 1f0015eb                       cmp x0, x21
   558: a0070054                       b.eq #0xf4
   55c: 56000014                       b #0x158
   560: e00316aa                       mov x0, x22
   564: 0041601e                       fmov d0, d8
   568: 00000094                       bl #0x0
        # hole +0x568: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   56c: 1f2000f1                       cmp x0, #0x8
   570: 63000054                       b.lo #0xc
   574: 48008052                       mov w8, #0x2
   578: 080000f9                       str x8, [x0]
   57c: 23008052                       mov w3, #0x1
   580: 08088052                       mov w8, #0x40
   584: 050f8052                       mov w5, #0x78
   588: 89018052                       mov w9, #0xc
   58c: f7031aaa                       mov x23, x26
   590: fa031baa                       mov x26, x27
   594: 2b008052                       mov w11, #0x1
   598: 2a008052                       mov w10, #0x1
   59c: 8d0e40f9                       ldr x13, [x20, #0x18]
   5a0: 1f0015eb                       cmp x0, x21
   5a4: 40050054                       b.eq #0xa8
   5a8: 43000014                       b #0x10c
   5ac: e00316aa                       mov x0, x22
   5b0: 0041601e                       fmov d0, d8
   5b4: 00000094                       bl #0x0
        # hole +0x5b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   5b8: 170080d2                       mov x23, #0x0
   5bc: 0b008052                       mov w11, #0x0
   5c0: 0a008052                       mov w10, #0x0
   5c4: 49008052                       mov w9, #0x2
   5c8: 08058052                       mov w8, #0x28
   5cc: 85028052                       mov w5, #0x14
   5d0: fb031aaa                       mov x27, x26
   5d4: deffff17                       b #-0x88
   5d8: e00316aa                       mov x0, x22
   5dc: 0041601e                       fmov d0, d8
   5e0: 00000094                       bl #0x0
        # hole +0x5e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   5e4: 1f2000f1                       cmp x0, #0x8
   5e8: 63000054                       b.lo #0xc
   5ec: 48008052                       mov w8, #0x2
   5f0: 080000f9                       str x8, [x0]
   5f4: 23008052                       mov w3, #0x1
   5f8: 08088052                       mov w8, #0x40
   5fc: 050a8052                       mov w5, #0x50
   600: 09018052                       mov w9, #0x8
   604: f8031baa                       mov x24, x27
   608: e3ffff17                       b #-0x74
   60c: 0041601e                       fmov d0, d8
   610: 28008052                       mov w8, #0x1
   614: c80200f9                       str x8, [x22]
   618: e00316aa                       mov x0, x22
   61c: 00000094                       bl #0x0
        # hole +0x61c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   620: 170080d2                       mov x23, #0x0
   624: 0b008052                       mov w11, #0x0
   628: 0a008052                       mov w10, #0x0
   62c: 43008052                       mov w3, #0x2
   630: 08058052                       mov w8, #0x28
   634: 45158052                       mov w5, #0xaa
   638: 29028052                       mov w9, #0x11
   63c: fa031baa                       mov x26, x27
   640: 8d0e40f9                       ldr x13, [x20, #0x18]
   644: 1f0015eb                       cmp x0, x21
   648: 61030054                       b.ne #0x6c
   64c: ec030baa                       mov x12, x11
   650: 95feff17                       b #-0x5ac
   654: e00316aa                       mov x0, x22
   658: 0041601e                       fmov d0, d8
   65c: 00000094                       bl #0x0
        # hole +0x65c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   660: 1f2000f1                       cmp x0, #0x8
   664: c2000054                       b.hs #0x18
   668: 0a008052                       mov w10, #0x0
   66c: 07000014                       b #0x1c
   670: e00316aa                       mov x0, x22
   674: 0041601e                       fmov d0, d8
   678: e9ffff17                       b #-0x5c
   67c: 0a008052                       mov w10, #0x0
   680: 48008052                       mov w8, #0x2
   684: 080000f9                       str x8, [x0]
   688: 23008052                       mov w3, #0x1
   68c: 08098052                       mov w8, #0x48
   690: c50d8052                       mov w5, #0x6e
   694: 69018052                       mov w9, #0xb
   698: f7031aaa                       mov x23, x26
   69c: f80319aa                       mov x24, x25
   6a0: fa031baa                       mov x26, x27
   6a4: 2b008052                       mov w11, #0x1
   6a8: 8d0e40f9                       ldr x13, [x20, #0x18]
   6ac: 1f0015eb                       cmp x0, x21
   6b0: e0fcff54                       b.eq #-0x64
   6b4: a00900f9                       str x0, [x13, #0x10]
   6b8: ec030baa                       mov x12, x11
   6bc: f50300aa                       mov x21, x0
   6c0: 79feff17                       b #-0x61c
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
