# stencil dot_product_float for aarch64-apple-darwin: 2664 code bytes, 8 data bytes, 27 holes
     0: ffc300d1                       sub sp, sp, #0x30
     4: fd7b02a9                       stp x29, x30, [sp, #0x20]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1a7141a9                       ldp x26, x28, [x8, #0x10]
    10: 151140f9                       ldr x21, [x8, #0x20]
    14: 75020037                       tbnz w21, #0x0, #0x4c
    18: a90a40b9                       ldr w9, [x21, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 01020054                       b.ne #0x40
    24: 186540a9                       ldp x24, x25, [x8]
    28: a9a243a9                       ldp x9, x8, [x21, #0x38]
    2c: b71a40f9                       ldr x23, [x21, #0x30]
    30: 1f0500f1                       cmp x8, #0x1
    34: ab050054                       b.lt #0xb4
    38: ff0209eb                       cmp x23, x9
    3c: ab050054                       b.lt #0xb4
    40: 0d008052                       mov w13, #0x0
    44: 09008052                       mov w9, #0x0
    48: 0b008052                       mov w11, #0x0
    4c: 0a008052                       mov w10, #0x0
    50: 4c008052                       mov w12, #0x2
    54: 1b058052                       mov w27, #0x28
    58: 85028052                       mov w5, #0x14
    5c: 08000014                       b #0x20
    60: 0d008052                       mov w13, #0x0
    64: 09008052                       mov w9, #0x0
    68: 0b008052                       mov w11, #0x0
    6c: 0a008052                       mov w10, #0x0
    70: 2c008052                       mov w12, #0x1
    74: 1b058052                       mov w27, #0x28
    78: 45018052                       mov w5, #0xa
    7c: f3031caa                       mov x19, x28
    80: e3030caa                       mov x3, x12
    84: 8f0e40f9                       ldr x15, [x20, #0x18]
    88: ee0313aa                       mov x14, x19
    8c: f70319aa                       mov x23, x25
    90: e80318aa                       mov x8, x24
    94: 7f021ceb                       cmp x19, x28
    98: 40000054                       b.eq #0x8
    9c: f30d00f9                       str x19, [x15, #0x18]
    a0: 0d010034                       cbz w13, #0x20
    a4: fa1500f9                       str x26, [x15, #0x28]
    a8: c9000037                       tbnz w9, #0x0, #0x18
    ac: e81900f9                       str x8, [x15, #0x30]
    b0: 8b000034                       cbz w11, #0x10
    b4: f71d00f9                       str x23, [x15, #0x38]
    b8: 4a000037                       tbnz w10, #0x0, #0x8
    bc: ee2100f9                       str x14, [x15, #0x40]
    c0: 08000090                       adrp x8, #0
        # hole +0xc0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    c4: 080140f9                       ldr x8, [x8]
        # hole +0xc4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    c8: e1011b8b                       add x1, x15, x27
    cc: 04010c8b                       add x4, x8, x12
    d0: e00314aa                       mov x0, x20
    d4: e20316aa                       mov x2, x22
    d8: 00000094                       bl #0x0
        # hole +0xd8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    dc: fd7b42a9                       ldp x29, x30, [sp, #0x20]
    e0: ffc30091                       add sp, sp, #0x30
    e4: c0035fd6                       ret
    e8: ff0209eb                       cmp x23, x9
    ec: adfaff54                       b.le #-0xac
    f0: e802088b                       add x8, x23, x8
    f4: a81a00f9                       str x8, [x21, #0x30]
    f8: 33008052                       mov w19, #0x1
    fc: fc000037                       tbnz w28, #0x0, #0x1c
   100: 880340f9                       ldr x8, [x28]
   104: 080500f1                       subs x8, x8, #0x1
   108: 880300f9                       str x8, [x28]
   10c: 61000054                       b.ne #0xc
   110: e0031caa                       mov x0, x28
   114: 00000094                       bl #0x0
        # hole +0x114: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   118: f3fa7fb3                       bfi x19, x23, #1, #63
   11c: 9a000037                       tbnz w26, #0x0, #0x10
   120: 480340f9                       ldr x8, [x26]
   124: 08050091                       add x8, x8, #0x1
   128: 480300f9                       str x8, [x26]
   12c: 58030037                       tbnz w24, #0x0, #0x68
   130: 080340f9                       ldr x8, [x24]
   134: 08050091                       add x8, x8, #0x1
   138: 080300f9                       str x8, [x24]
   13c: 080b40b9                       ldr w8, [x24, #0x8]
   140: 1f0d0071                       cmp w8, #0x3
   144: 81020054                       b.ne #0x50
   148: e8fa7fd3                       lsl x8, x23, #1
   14c: 17fd4193                       asr x23, x8, #1
   150: 3702f8b7                       tbnz x23, #0x3f, #0x44
   154: fa0f00f9                       str x26, [sp, #0x18]
   158: 081b40f9                       ldr x8, [x24, #0x30]
   15c: ff0208eb                       cmp x23, x8
   160: 6a380054                       b.ge #0x70c
   164: 082340f9                       ldr x8, [x24, #0x40]
   168: 1a7977f8                       ldr x26, [x8, x23, lsl #3]
   16c: 9a020037                       tbnz w26, #0x0, #0x50
   170: 480340f9                       ldr x8, [x26]
   174: 08050091                       add x8, x8, #0x1
   178: 480300f9                       str x8, [x26]
   17c: 080340f9                       ldr x8, [x24]
   180: 080500f1                       subs x8, x8, #0x1
   184: 080300f9                       str x8, [x24]
   188: 20020054                       b.eq #0x44
   18c: 79020036                       tbz w25, #0x0, #0x4c
   190: 27000014                       b #0x9c
   194: 09008052                       mov w9, #0x0
   198: 23008052                       mov w3, #0x1
   19c: 1b088052                       mov w27, #0x40
   1a0: 050a8052                       mov w5, #0x50
   1a4: 0c018052                       mov w12, #0x8
   1a8: f90313aa                       mov x25, x19
   1ac: 2d008052                       mov w13, #0x1
   1b0: 2b008052                       mov w11, #0x1
   1b4: 2a008052                       mov w10, #0x1
   1b8: b3ffff17                       b #-0x134
   1bc: 080340f9                       ldr x8, [x24]
   1c0: 080500f1                       subs x8, x8, #0x1
   1c4: 080300f9                       str x8, [x24]
   1c8: 21feff54                       b.ne #-0x3c
   1cc: e00318aa                       mov x0, x24
   1d0: 00000094                       bl #0x0
        # hole +0x1d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1d4: d9020037                       tbnz w25, #0x0, #0x58
   1d8: 280340f9                       ldr x8, [x25]
   1dc: 08050091                       add x8, x8, #0x1
   1e0: 280300f9                       str x8, [x25]
   1e4: 280b40b9                       ldr w8, [x25, #0x8]
   1e8: 1f0d0071                       cmp w8, #0x3
   1ec: 01020054                       b.ne #0x40
   1f0: 281b40f9                       ldr x8, [x25, #0x30]
   1f4: ff0208eb                       cmp x23, x8
   1f8: aa010054                       b.ge #0x34
   1fc: 282340f9                       ldr x8, [x25, #0x40]
   200: 177977f8                       ldr x23, [x8, x23, lsl #3]
   204: b7020037                       tbnz w23, #0x0, #0x54
   208: e80240f9                       ldr x8, [x23]
   20c: 08050091                       add x8, x8, #0x1
   210: e80200f9                       str x8, [x23]
   214: 280340f9                       ldr x8, [x25]
   218: 080500f1                       subs x8, x8, #0x1
   21c: 280300f9                       str x8, [x25]
   220: 40020054                       b.eq #0x48
   224: 9a020036                       tbz w26, #0x0, #0x50
   228: 26010014                       b #0x498
   22c: 09008052                       mov w9, #0x0
   230: 0a008052                       mov w10, #0x0
   234: 23008052                       mov w3, #0x1
   238: 1b098052                       mov w27, #0x48
   23c: c50d8052                       mov w5, #0x6e
   240: 6c018052                       mov w12, #0xb
   244: f8031aaa                       mov x24, x26
   248: 2d008052                       mov w13, #0x1
   24c: 2b008052                       mov w11, #0x1
   250: fa0f40f9                       ldr x26, [sp, #0x18]
   254: 8cffff17                       b #-0x1d0
   258: 280340f9                       ldr x8, [x25]
   25c: 080500f1                       subs x8, x8, #0x1
   260: 280300f9                       str x8, [x25]
   264: 01feff54                       b.ne #-0x40
   268: e00319aa                       mov x0, x25
   26c: 00000094                       bl #0x0
        # hole +0x26c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   270: 9a220037                       tbnz w26, #0x0, #0x450
   274: 480b40b9                       ldr w8, [x26, #0x8]
   278: 1f090071                       cmp w8, #0x2
   27c: 21220054                       b.ne #0x444
   280: 17220037                       tbnz w23, #0x0, #0x440
   284: e80a40b9                       ldr w8, [x23, #0x8]
   288: 1f090071                       cmp w8, #0x2
   28c: a1210054                       b.ne #0x434
   290: 481b40fd                       ldr d8, [x26, #0x30]
   294: e91a40fd                       ldr d9, [x23, #0x30]
   298: 480340f9                       ldr x8, [x26]
   29c: 080500f1                       subs x8, x8, #0x1
   2a0: 480300f9                       str x8, [x26]
   2a4: 61220054                       b.ne #0x44c
   2a8: e0031aaa                       mov x0, x26
   2ac: 00000094                       bl #0x0
        # hole +0x2ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2b0: 0809691e                       fmul d8, d8, d9
   2b4: e80240f9                       ldr x8, [x23]
   2b8: 080500f1                       subs x8, x8, #0x1
   2bc: e80200f9                       str x8, [x23]
   2c0: 20220054                       b.eq #0x444
   2c4: e00316aa                       mov x0, x22
   2c8: 0041601e                       fmov d0, d8
   2cc: 00000094                       bl #0x0
        # hole +0x2cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2d0: 602200b4                       cbz x0, #0x44c
   2d4: fa0f40f9                       ldr x26, [sp, #0x18]
   2d8: ba230037                       tbnz w26, #0x0, #0x474
   2dc: 09008052                       mov w9, #0x0
   2e0: 23008052                       mov w3, #0x1
   2e4: 480b40b9                       ldr w8, [x26, #0x8]
   2e8: 1b078052                       mov w27, #0x38
   2ec: 85118052                       mov w5, #0x8c
   2f0: cc018052                       mov w12, #0xe
   2f4: 1f090071                       cmp w8, #0x2
   2f8: 01240054                       b.ne #0x480
   2fc: e0230037                       tbnz w0, #0x0, #0x47c
   300: 080840b9                       ldr w8, [x0, #0x8]
   304: 1f090071                       cmp w8, #0x2
   308: 21220054                       b.ne #0x444
   30c: 481b40fd                       ldr d8, [x26, #0x30]
   310: 091840fd                       ldr d9, [x0, #0x30]
   314: 480340f9                       ldr x8, [x26]
   318: 080500f1                       subs x8, x8, #0x1
   31c: 480300f9                       str x8, [x26]
   320: 81230054                       b.ne #0x470
   324: fa0300aa                       mov x26, x0
   328: e00f40f9                       ldr x0, [sp, #0x18]
   32c: 00000094                       bl #0x0
        # hole +0x32c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   330: 0829691e                       fadd d8, d8, d9
   334: 480340f9                       ldr x8, [x26]
   338: 080500f1                       subs x8, x8, #0x1
   33c: 480300f9                       str x8, [x26]
   340: 40230054                       b.eq #0x468
   344: e00316aa                       mov x0, x22
   348: 0041601e                       fmov d0, d8
   34c: 00000094                       bl #0x0
        # hole +0x34c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   350: 802300b4                       cbz x0, #0x470
   354: e90f40f9                       ldr x9, [sp, #0x18]
   358: 280140f9                       ldr x8, [x9]
   35c: 080500f1                       subs x8, x8, #0x1
   360: 280100f9                       str x8, [x9]
   364: a1000054                       b.ne #0x14
   368: fb0300aa                       mov x27, x0
   36c: e00f40f9                       ldr x0, [sp, #0x18]
   370: 00000094                       bl #0x0
        # hole +0x370: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   374: e0031baa                       mov x0, x27
   378: c8a640a9                       ldp x8, x9, [x22, #0x8]
   37c: 08050091                       add x8, x8, #0x1
   380: c80600f9                       str x8, [x22, #0x8]
   384: 1f0109eb                       cmp x8, x9
   388: e8031aaa                       mov x8, x26
   38c: 0a300054                       b.ge #0x600
   390: c90240f9                       ldr x9, [x22]
   394: e92200b5                       cbnz x9, #0x45c
   398: a90a40b9                       ldr w9, [x21, #0x8]
   39c: 3f110071                       cmp w9, #0x4
   3a0: c1230054                       b.ne #0x478
   3a4: 1b058052                       mov w27, #0x28
   3a8: ee0313aa                       mov x14, x19
   3ac: e00b00f9                       str x0, [sp, #0x10]
   3b0: abaa43a9                       ldp x11, x10, [x21, #0x38]
   3b4: a91a40f9                       ldr x9, [x21, #0x30]
   3b8: 5f0500f1                       cmp x10, #0x1
   3bc: 8b000054                       b.lt #0x10
   3c0: 3f010beb                       cmp x9, x11
   3c4: 8b000054                       b.lt #0x10
   3c8: 3f010014                       b #0x4fc
   3cc: 3f010beb                       cmp x9, x11
   3d0: ad270054                       b.le #0x4f4
   3d4: 28010a8b                       add x8, x9, x10
   3d8: a81a00f9                       str x8, [x21, #0x30]
   3dc: e80b40f9                       ldr x8, [sp, #0x10]
   3e0: a8000037                       tbnz w8, #0x0, #0x14
   3e4: ea0b40f9                       ldr x10, [sp, #0x10]
   3e8: 480140f9                       ldr x8, [x10]
   3ec: 08050091                       add x8, x8, #0x1
   3f0: 480100f9                       str x8, [x10]
   3f4: 33008052                       mov w19, #0x1
   3f8: 33f97fb3                       bfi x19, x9, #1, #63
   3fc: 080340f9                       ldr x8, [x24]
   400: 08050091                       add x8, x8, #0x1
   404: 080300f9                       str x8, [x24]
   408: 080b40b9                       ldr w8, [x24, #0x8]
   40c: 1f0d0071                       cmp w8, #0x3
   410: c1270054                       b.ne #0x4f8
   414: 28f97fd3                       lsl x8, x9, #1
   418: 17fd4193                       asr x23, x8, #1
   41c: 7727f8b7                       tbnz x23, #0x3f, #0x4ec
   420: 081b40f9                       ldr x8, [x24, #0x30]
   424: ff0208eb                       cmp x23, x8
   428: 0a270054                       b.ge #0x4e0
   42c: 082340f9                       ldr x8, [x24, #0x40]
   430: 1a7977f8                       ldr x26, [x8, x23, lsl #3]
   434: 3a020037                       tbnz w26, #0x0, #0x44
   438: 480340f9                       ldr x8, [x26]
   43c: 08050091                       add x8, x8, #0x1
   440: 480300f9                       str x8, [x26]
   444: 080340f9                       ldr x8, [x24]
   448: 080500f1                       subs x8, x8, #0x1
   44c: 080300f9                       str x8, [x24]
   450: c1010054                       b.ne #0x38
   454: e00318aa                       mov x0, x24
   458: 00000094                       bl #0x0
        # hole +0x458: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   45c: 280340f9                       ldr x8, [x25]
   460: 08050091                       add x8, x8, #0x1
   464: 280300f9                       str x8, [x25]
   468: 280b40b9                       ldr w8, [x25, #0x8]
   46c: 1f0d0071                       cmp w8, #0x3
   470: 80010054                       b.eq #0x30
   474: 35010014                       b #0x4d4
   478: 080340f9                       ldr x8, [x24]
   47c: 080500f1                       subs x8, x8, #0x1
   480: 080300f9                       str x8, [x24]
   484: 80feff54                       b.eq #-0x30
   488: 280340f9                       ldr x8, [x25]
   48c: 08050091                       add x8, x8, #0x1
   490: 280300f9                       str x8, [x25]
   494: 280b40b9                       ldr w8, [x25, #0x8]
   498: 1f0d0071                       cmp w8, #0x3
   49c: 61250054                       b.ne #0x4ac
   4a0: 281b40f9                       ldr x8, [x25, #0x30]
   4a4: ff0208eb                       cmp x23, x8
   4a8: 0a250054                       b.ge #0x4a0
   4ac: 282340f9                       ldr x8, [x25, #0x40]
   4b0: 177977f8                       ldr x23, [x8, x23, lsl #3]
   4b4: b7010037                       tbnz w23, #0x0, #0x34
   4b8: e80240f9                       ldr x8, [x23]
   4bc: 08050091                       add x8, x8, #0x1
   4c0: e80200f9                       str x8, [x23]
   4c4: 280340f9                       ldr x8, [x25]
   4c8: 080500f1                       subs x8, x8, #0x1
   4cc: 280300f9                       str x8, [x25]
   4d0: 41010054                       b.ne #0x28
   4d4: e00319aa                       mov x0, x25
   4d8: 00000094                       bl #0x0
        # hole +0x4d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4dc: e8031aaa                       mov x8, x26
   4e0: 08010036                       tbz w8, #0x0, #0x20
   4e4: 05010014                       b #0x414
   4e8: 280340f9                       ldr x8, [x25]
   4ec: 080500f1                       subs x8, x8, #0x1
   4f0: 280300f9                       str x8, [x25]
   4f4: 00ffff54                       b.eq #-0x20
   4f8: e8031aaa                       mov x8, x26
   4fc: e81f0037                       tbnz w8, #0x0, #0x3fc
   500: 080940b9                       ldr w8, [x8, #0x8]
   504: 23008052                       mov w3, #0x1
   508: 1f090071                       cmp w8, #0x2
   50c: a1190054                       b.ne #0x334
   510: 97190037                       tbnz w23, #0x0, #0x330
   514: e80a40b9                       ldr w8, [x23, #0x8]
   518: 1f090071                       cmp w8, #0x2
   51c: 01210054                       b.ne #0x420
   520: 481b40fd                       ldr d8, [x26, #0x30]
   524: e91a40fd                       ldr d9, [x23, #0x30]
   528: 480340f9                       ldr x8, [x26]
   52c: 080500f1                       subs x8, x8, #0x1
   530: 480300f9                       str x8, [x26]
   534: 60010054                       b.eq #0x2c
   538: e80240f9                       ldr x8, [x23]
   53c: 080500f1                       subs x8, x8, #0x1
   540: e80200f9                       str x8, [x23]
   544: a0010054                       b.eq #0x34
   548: 0009691e                       fmul d0, d8, d9
   54c: e00316aa                       mov x0, x22
   550: 00000094                       bl #0x0
        # hole +0x550: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   554: e00700f9                       str x0, [sp, #0x8]
   558: e00100b5                       cbnz x0, #0x3c
   55c: 2a010014                       b #0x4a8
   560: e0031aaa                       mov x0, x26
   564: 00000094                       bl #0x0
        # hole +0x564: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   568: e80240f9                       ldr x8, [x23]
   56c: 080500f1                       subs x8, x8, #0x1
   570: e80200f9                       str x8, [x23]
   574: a1feff54                       b.ne #-0x2c
   578: e00317aa                       mov x0, x23
   57c: 00000094                       bl #0x0
        # hole +0x57c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   580: 0009691e                       fmul d0, d8, d9
   584: e00316aa                       mov x0, x22
   588: 00000094                       bl #0x0
        # hole +0x588: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   58c: e00700f9                       str x0, [sp, #0x8]
   590: a02300b4                       cbz x0, #0x474
   594: e80b40f9                       ldr x8, [sp, #0x10]
   598: 881c0037                       tbnz w8, #0x0, #0x390
   59c: e80b40f9                       ldr x8, [sp, #0x10]
   5a0: 080940b9                       ldr w8, [x8, #0x8]
   5a4: 23008052                       mov w3, #0x1
   5a8: 1f090071                       cmp w8, #0x2
   5ac: e1160054                       b.ne #0x2dc
   5b0: e80740f9                       ldr x8, [sp, #0x8]
   5b4: a8160037                       tbnz w8, #0x0, #0x2d4
   5b8: e80740f9                       ldr x8, [sp, #0x8]
   5bc: 080940b9                       ldr w8, [x8, #0x8]
   5c0: 1f090071                       cmp w8, #0x2
   5c4: 211b0054                       b.ne #0x364
   5c8: e8a740a9                       ldp x8, x9, [sp, #0x8]
   5cc: 281940fd                       ldr d8, [x9, #0x30]
   5d0: 091940fd                       ldr d9, [x8, #0x30]
   5d4: 280140f9                       ldr x8, [x9]
   5d8: 080500f1                       subs x8, x8, #0x1
   5dc: 280100f9                       str x8, [x9]
   5e0: 80010054                       b.eq #0x30
   5e4: e80740f9                       ldr x8, [sp, #0x8]
   5e8: 090140f9                       ldr x9, [x8]
   5ec: 290500f1                       subs x9, x9, #0x1
   5f0: 090100f9                       str x9, [x8]
   5f4: c0010054                       b.eq #0x38
   5f8: 0029691e                       fadd d0, d8, d9
   5fc: e00316aa                       mov x0, x22
   600: 00000094                       bl #0x0
        # hole +0x600: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   604: e00300f9                       str x0, [sp]
   608: 000200b5                       cbnz x0, #0x40
   60c: 0d010014                       b #0x434
   610: e00b40f9                       ldr x0, [sp, #0x10]
   614: 00000094                       bl #0x0
        # hole +0x614: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   618: e80740f9                       ldr x8, [sp, #0x8]
   61c: 090140f9                       ldr x9, [x8]
   620: 290500f1                       subs x9, x9, #0x1
   624: 090100f9                       str x9, [x8]
   628: 81feff54                       b.ne #-0x30
   62c: e00740f9                       ldr x0, [sp, #0x8]
   630: 00000094                       bl #0x0
        # hole +0x630: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   634: 0029691e                       fadd d0, d8, d9
   638: e00316aa                       mov x0, x22
   63c: 00000094                       bl #0x0
        # hole +0x63c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   640: e00300f9                       str x0, [sp]
   644: e01f00b4                       cbz x0, #0x3fc
   648: e90b40f9                       ldr x9, [sp, #0x10]
   64c: 280140f9                       ldr x8, [x9]
   650: 080500f1                       subs x8, x8, #0x1
   654: 280100f9                       str x8, [x9]
   658: 61000054                       b.ne #0xc
   65c: e00b40f9                       ldr x0, [sp, #0x10]
   660: 00000094                       bl #0x0
        # hole +0x660: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   664: c8a640a9                       ldp x8, x9, [x22, #0x8]
   668: 08050091                       add x8, x8, #0x1
   66c: c80600f9                       str x8, [x22, #0x8]
   670: 1f0109eb                       cmp x8, x9
   674: aa180054                       b.ge #0x314
   678: c80240f9                       ldr x8, [x22]
   67c: 081b00b5                       cbnz x8, #0x360
   680: 0d008052                       mov w13, #0x0
   684: 09008052                       mov w9, #0x0
   688: 0b008052                       mov w11, #0x0
   68c: 0a008052                       mov w10, #0x0
   690: a80a40b9                       ldr w8, [x21, #0x8]
   694: 23008052                       mov w3, #0x1
   698: ee0313aa                       mov x14, x19
   69c: e00340f9                       ldr x0, [sp]
   6a0: e00b00f9                       str x0, [sp, #0x10]
   6a4: 2c008052                       mov w12, #0x1
   6a8: 1f110071                       cmp w8, #0x4
   6ac: 45018052                       mov w5, #0xa
   6b0: e80740f9                       ldr x8, [sp, #0x8]
   6b4: f00f40f9                       ldr x16, [sp, #0x18]
   6b8: c0e7ff54                       b.eq #-0x308
   6bc: c0000014                       b #0x300
   6c0: 09008052                       mov w9, #0x0
   6c4: 23008052                       mov w3, #0x1
   6c8: 1b088052                       mov w27, #0x40
   6cc: 050f8052                       mov w5, #0x78
   6d0: 8c018052                       mov w12, #0xc
   6d4: f8031aaa                       mov x24, x26
   6d8: f90317aa                       mov x25, x23
   6dc: 2d008052                       mov w13, #0x1
   6e0: 2b008052                       mov w11, #0x1
   6e4: 2a008052                       mov w10, #0x1
   6e8: fa0f40f9                       ldr x26, [sp, #0x18]
   6ec: 66feff17                       b #-0x668
   6f0: 0809691e                       fmul d8, d8, d9
   6f4: e80240f9                       ldr x8, [x23]
   6f8: 080500f1                       subs x8, x8, #0x1
   6fc: e80200f9                       str x8, [x23]
   700: 21deff54                       b.ne #-0x43c
   704: e00317aa                       mov x0, x23
   708: 00000094                       bl #0x0
        # hole +0x708: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   70c: e00316aa                       mov x0, x22
   710: 0041601e                       fmov d0, d8
   714: 00000094                       bl #0x0
        # hole +0x714: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   718: e0ddffb5                       cbnz x0, #-0x444
   71c: 0b008052                       mov w11, #0x0
   720: 0a008052                       mov w10, #0x0
   724: 2d008052                       mov w13, #0x1
   728: 63008052                       mov w3, #0x3
   72c: 1b068052                       mov w27, #0x30
   730: 45108052                       mov w5, #0x82
   734: ac018052                       mov w12, #0xd
   738: f8031aaa                       mov x24, x26
   73c: f90317aa                       mov x25, x23
   740: 29008052                       mov w9, #0x1
   744: fa0f40f9                       ldr x26, [sp, #0x18]
   748: 4ffeff17                       b #-0x6c4
   74c: 09008052                       mov w9, #0x0
   750: 0b008052                       mov w11, #0x0
   754: 0a008052                       mov w10, #0x0
   758: 23008052                       mov w3, #0x1
   75c: 1b078052                       mov w27, #0x38
   760: 85118052                       mov w5, #0x8c
   764: cc018052                       mov w12, #0xe
   768: f80300aa                       mov x24, x0
   76c: f90317aa                       mov x25, x23
   770: 2d008052                       mov w13, #0x1
   774: 44feff17                       b #-0x6f0
   778: f80300aa                       mov x24, x0
   77c: f90317aa                       mov x25, x23
   780: 2d008052                       mov w13, #0x1
   784: eb0309aa                       mov x11, x9
   788: ea0309aa                       mov x10, x9
   78c: 3efeff17                       b #-0x708
   790: 0829691e                       fadd d8, d8, d9
   794: 080040f9                       ldr x8, [x0]
   798: 080500f1                       subs x8, x8, #0x1
   79c: fa0300aa                       mov x26, x0
   7a0: 080000f9                       str x8, [x0]
   7a4: 01ddff54                       b.ne #-0x460
   7a8: e0031aaa                       mov x0, x26
   7ac: 00000094                       bl #0x0
        # hole +0x7ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7b0: e00316aa                       mov x0, x22
   7b4: 0041601e                       fmov d0, d8
   7b8: 00000094                       bl #0x0
        # hole +0x7b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   7bc: c0dcffb5                       cbnz x0, #-0x468
   7c0: 0d008052                       mov w13, #0x0
   7c4: 09008052                       mov w9, #0x0
   7c8: 0b008052                       mov w11, #0x0
   7cc: 0a008052                       mov w10, #0x0
   7d0: 63008052                       mov w3, #0x3
   7d4: 1b058052                       mov w27, #0x28
   7d8: c5128052                       mov w5, #0x96
   7dc: ec018052                       mov w12, #0xf
   7e0: f8031aaa                       mov x24, x26
   7e4: f90317aa                       mov x25, x23
   7e8: fa0f40f9                       ldr x26, [sp, #0x18]
   7ec: 26feff17                       b #-0x768
   7f0: 0d008052                       mov w13, #0x0
   7f4: 09008052                       mov w9, #0x0
   7f8: 0b008052                       mov w11, #0x0
   7fc: 0a008052                       mov w10, #0x0
   800: 43008052                       mov w3, #0x2
   804: 1b058052                       mov w27, #0x28
   808: 45158052                       mov w5, #0xaa
   80c: 2c028052                       mov w12, #0x11
   810: ee0313aa                       mov x14, x19
   814: 27000014                       b #0x9c
   818: 0d008052                       mov w13, #0x0
   81c: 09008052                       mov w9, #0x0
   820: 0b008052                       mov w11, #0x0
   824: 0a008052                       mov w10, #0x0
   828: 2c008052                       mov w12, #0x1
   82c: 1b058052                       mov w27, #0x28
   830: 45018052                       mov w5, #0xa
   834: ee0313aa                       mov x14, x19
   838: e3030caa                       mov x3, x12
   83c: 1d000014                       b #0x74
   840: 09008052                       mov w9, #0x0
   844: e00b40f9                       ldr x0, [sp, #0x10]
   848: e8031aaa                       mov x8, x26
   84c: ee0313aa                       mov x14, x19
   850: 8c018052                       mov w12, #0xc
   854: 050f8052                       mov w5, #0x78
   858: 2d008052                       mov w13, #0x1
   85c: 2b008052                       mov w11, #0x1
   860: 2a008052                       mov w10, #0x1
   864: 1b088052                       mov w27, #0x40
   868: 12000014                       b #0x48
   86c: 09008052                       mov w9, #0x0
   870: 23008052                       mov w3, #0x1
   874: 1b088052                       mov w27, #0x40
   878: 050a8052                       mov w5, #0x50
   87c: 0c018052                       mov w12, #0x8
   880: f90313aa                       mov x25, x19
   884: 96ffff17                       b #-0x1a8
   888: 09008052                       mov w9, #0x0
   88c: 0b008052                       mov w11, #0x0
   890: 0a008052                       mov w10, #0x0
   894: e00b40f9                       ldr x0, [sp, #0x10]
   898: ee0313aa                       mov x14, x19
   89c: cc018052                       mov w12, #0xe
   8a0: 85118052                       mov w5, #0x8c
   8a4: 2d008052                       mov w13, #0x1
   8a8: 1b078052                       mov w27, #0x38
   8ac: e80740f9                       ldr x8, [sp, #0x8]
   8b0: f00f40f9                       ldr x16, [sp, #0x18]
   8b4: 8f0e40f9                       ldr x15, [x20, #0x18]
   8b8: 1f0010eb                       cmp x0, x16
   8bc: 80080054                       b.eq #0x110
   8c0: 42000014                       b #0x108
   8c4: 0d008052                       mov w13, #0x0
   8c8: 09008052                       mov w9, #0x0
   8cc: 0b008052                       mov w11, #0x0
   8d0: 0a008052                       mov w10, #0x0
   8d4: 4c008052                       mov w12, #0x2
   8d8: e04341a9                       ldp x0, x16, [sp, #0x10]
   8dc: f3030eaa                       mov x19, x14
   8e0: e3030caa                       mov x3, x12
   8e4: 85028052                       mov w5, #0x14
   8e8: 8f0e40f9                       ldr x15, [x20, #0x18]
   8ec: 1f0010eb                       cmp x0, x16
   8f0: e0060054                       b.eq #0xdc
   8f4: 35000014                       b #0xd4
   8f8: 09008052                       mov w9, #0x0
   8fc: 23008052                       mov w3, #0x1
   900: e00b40f9                       ldr x0, [sp, #0x10]
   904: d2ffff17                       b #-0xb8
   908: 09008052                       mov w9, #0x0
   90c: 23008052                       mov w3, #0x1
   910: e00b40f9                       ldr x0, [sp, #0x10]
   914: e80318aa                       mov x8, x24
   918: f70313aa                       mov x23, x19
   91c: 0c018052                       mov w12, #0x8
   920: 050a8052                       mov w5, #0x50
   924: cdffff17                       b #-0xcc
   928: 09008052                       mov w9, #0x0
   92c: 0b008052                       mov w11, #0x0
   930: 0a008052                       mov w10, #0x0
   934: 23008052                       mov w3, #0x1
   938: d7ffff17                       b #-0xa4
   93c: 09008052                       mov w9, #0x0
   940: 23008052                       mov w3, #0x1
   944: c0ffff17                       b #-0x100
   948: 09008052                       mov w9, #0x0
   94c: 0a008052                       mov w10, #0x0
   950: 23008052                       mov w3, #0x1
   954: e04341a9                       ldp x0, x16, [sp, #0x10]
   958: e8031aaa                       mov x8, x26
   95c: f70319aa                       mov x23, x25
   960: ee0313aa                       mov x14, x19
   964: 6c018052                       mov w12, #0xb
   968: c50d8052                       mov w5, #0x6e
   96c: 2d008052                       mov w13, #0x1
   970: 2b008052                       mov w11, #0x1
   974: 1b098052                       mov w27, #0x48
   978: 8f0e40f9                       ldr x15, [x20, #0x18]
   97c: 1f0010eb                       cmp x0, x16
   980: 60020054                       b.eq #0x4c
   984: 11000014                       b #0x44
   988: e02340a9                       ldp x0, x8, [sp]
   98c: f00f40f9                       ldr x16, [sp, #0x18]
   990: 0d008052                       mov w13, #0x0
   994: 09008052                       mov w9, #0x0
   998: 0b008052                       mov w11, #0x0
   99c: 0a008052                       mov w10, #0x0
   9a0: 2c008052                       mov w12, #0x1
   9a4: cc0200f9                       str x12, [x22]
   9a8: 43008052                       mov w3, #0x2
   9ac: 1b058052                       mov w27, #0x28
   9b0: 45158052                       mov w5, #0xaa
   9b4: 2c028052                       mov w12, #0x11
   9b8: ee0313aa                       mov x14, x19
   9bc: 8f0e40f9                       ldr x15, [x20, #0x18]
   9c0: 1f0010eb                       cmp x0, x16
   9c4: 40000054                       b.eq #0x8
   9c8: e00900f9                       str x0, [x15, #0x10]
   9cc: fa0300aa                       mov x26, x0
   9d0: 7f021ceb                       cmp x19, x28
   9d4: 41b6ff54                       b.ne #-0x938
   9d8: b2fdff17                       b #-0x938
   9dc: 0d008052                       mov w13, #0x0
   9e0: 09008052                       mov w9, #0x0
   9e4: 0b008052                       mov w11, #0x0
   9e8: 0a008052                       mov w10, #0x0
   9ec: 43008052                       mov w3, #0x2
   9f0: ee0313aa                       mov x14, x19
   9f4: 2c028052                       mov w12, #0x11
   9f8: 45158052                       mov w5, #0xaa
   9fc: e02340a9                       ldp x0, x8, [sp]
   a00: acffff17                       b #-0x150
   a04: 0b008052                       mov w11, #0x0
   a08: 0a008052                       mov w10, #0x0
   a0c: 2d008052                       mov w13, #0x1
   a10: 63008052                       mov w3, #0x3
   a14: e04341a9                       ldp x0, x16, [sp, #0x10]
   a18: e8031aaa                       mov x8, x26
   a1c: ee0313aa                       mov x14, x19
   a20: ac018052                       mov w12, #0xd
   a24: 45108052                       mov w5, #0x82
   a28: 29008052                       mov w9, #0x1
   a2c: 1b068052                       mov w27, #0x30
   a30: 8f0e40f9                       ldr x15, [x20, #0x18]
   a34: 1f0010eb                       cmp x0, x16
   a38: a0fcff54                       b.eq #-0x6c
   a3c: e3ffff17                       b #-0x74
   a40: 0d008052                       mov w13, #0x0
   a44: 09008052                       mov w9, #0x0
   a48: 0b008052                       mov w11, #0x0
   a4c: 0a008052                       mov w10, #0x0
   a50: 63008052                       mov w3, #0x3
   a54: e00b40f9                       ldr x0, [sp, #0x10]
   a58: ee0313aa                       mov x14, x19
   a5c: ec018052                       mov w12, #0xf
   a60: c5128052                       mov w5, #0x96
   a64: 92ffff17                       b #-0x1b8
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
