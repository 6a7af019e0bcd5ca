# stencil float_div_loop for aarch64-apple-darwin: 1480 code bytes, 8 data bytes, 17 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 174d40a9                       ldp x23, x19, [x8]
     c: 157141a9                       ldp x21, x28, [x8, #0x10]
    10: 7c020037                       tbnz w28, #0x0, #0x4c
    14: 880b40b9                       ldr w8, [x28, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: 01020054                       b.ne #0x40
    20: 89a343a9                       ldp x9, x8, [x28, #0x38]
    24: 981b40f9                       ldr x24, [x28, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: 2b040054                       b.lt #0x84
    30: 1f0309eb                       cmp x24, x9
    34: 2b040054                       b.lt #0x84
    38: 48008052                       mov w8, #0x2
    3c: 1b048052                       mov w27, #0x20
    40: 85028052                       mov w5, #0x14
    44: fa0315aa                       mov x26, x21
    48: e30308aa                       mov x3, x8
    4c: 890e40f9                       ldr x9, [x20, #0x18]
    50: bf0215eb                       cmp x21, x21
    54: 60010054                       b.eq #0x2c
    58: 09000014                       b #0x24
    5c: 28008052                       mov w8, #0x1
    60: 1b048052                       mov w27, #0x20
    64: 45018052                       mov w5, #0xa
    68: fa0315aa                       mov x26, x21
    6c: e30308aa                       mov x3, x8
    70: 890e40f9                       ldr x9, [x20, #0x18]
    74: bf0215eb                       cmp x21, x21
    78: 40000054                       b.eq #0x8
    7c: 3a0900f9                       str x26, [x9, #0x10]
    80: 7f8700f1                       cmp x27, #0x21
    84: 43000054                       b.lo #0x8
    88: 374d02a9                       stp x23, x19, [x9, #0x20]
    8c: 0a000090                       adrp x10, #0
        # hole +0x8c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    90: 4a0140f9                       ldr x10, [x10]
        # hole +0x90: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    94: 21011b8b                       add x1, x9, x27
    98: 4401088b                       add x4, x10, x8
    9c: e00314aa                       mov x0, x20
    a0: e20316aa                       mov x2, x22
    a4: 00000094                       bl #0x0
        # hole +0xa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    a8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    ac: c0035fd6                       ret
    b0: 1f0309eb                       cmp x24, x9
    b4: 2dfcff54                       b.le #-0x7c
    b8: 0803088b                       add x8, x24, x8
    bc: 881b00f9                       str x8, [x28, #0x30]
    c0: 39008052                       mov w25, #0x1
    c4: f5000037                       tbnz w21, #0x0, #0x1c
    c8: a80240f9                       ldr x8, [x21]
    cc: 080500f1                       subs x8, x8, #0x1
    d0: a80200f9                       str x8, [x21]
    d4: 61000054                       b.ne #0xc
    d8: e00315aa                       mov x0, x21
    dc: 00000094                       bl #0x0
        # hole +0xdc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    e0: 17010037                       tbnz w23, #0x0, #0x20
    e4: e80240f9                       ldr x8, [x23]
    e8: 08050091                       add x8, x8, #0x1
    ec: e80200f9                       str x8, [x23]
    f0: 3a0718aa                       orr x26, x25, x24, lsl #1
    f4: b3000036                       tbz w19, #0x0, #0x14
    f8: 17010036                       tbz w23, #0x0, #0x20
    fc: 26000014                       b #0x98
   100: 3a0718aa                       orr x26, x25, x24, lsl #1
   104: b3ff0737                       tbnz w19, #0x0, #-0xc
   108: 680240f9                       ldr x8, [x19]
   10c: 08050091                       add x8, x8, #0x1
   110: 680200f9                       str x8, [x19]
   114: 17040037                       tbnz w23, #0x0, #0x80
   118: e80a40b9                       ldr w8, [x23, #0x8]
   11c: 1f090071                       cmp w8, #0x2
   120: a1030054                       b.ne #0x74
   124: 93030037                       tbnz w19, #0x0, #0x70
   128: 680a40b9                       ldr w8, [x19, #0x8]
   12c: 1f090071                       cmp w8, #0x2
   130: 21030054                       b.ne #0x64
   134: e81a40fd                       ldr d8, [x23, #0x30]
   138: 691a40fd                       ldr d9, [x19, #0x30]
   13c: e80240f9                       ldr x8, [x23]
   140: 080500f1                       subs x8, x8, #0x1
   144: e80200f9                       str x8, [x23]
   148: 61030054                       b.ne #0x6c
   14c: e00317aa                       mov x0, x23
   150: 00000094                       bl #0x0
        # hole +0x150: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   154: 680240f9                       ldr x8, [x19]
   158: 080500f1                       subs x8, x8, #0x1
   15c: 680200f9                       str x8, [x19]
   160: 20030054                       b.eq #0x64
   164: 2821601e                       fcmp d9, #0.0
   168: 61030054                       b.ne #0x6c
   16c: 28008052                       mov w8, #0x1
   170: c80e00f9                       str x8, [x22, #0x18]
   174: 63008052                       mov w3, #0x3
   178: 1b048052                       mov w27, #0x20
   17c: 050a8052                       mov w5, #0x50
   180: 08018052                       mov w8, #0x8
   184: 890e40f9                       ldr x9, [x20, #0x18]
   188: 5f0315eb                       cmp x26, x21
   18c: a0f7ff54                       b.eq #-0x10c
   190: bbffff17                       b #-0x114
   194: 23008052                       mov w3, #0x1
   198: 1b068052                       mov w27, #0x30
   19c: c5088052                       mov w5, #0x46
   1a0: e8008052                       mov w8, #0x7
   1a4: 890e40f9                       ldr x9, [x20, #0x18]
   1a8: 5f0315eb                       cmp x26, x21
   1ac: a0f6ff54                       b.eq #-0x12c
   1b0: b3ffff17                       b #-0x134
   1b4: 680240f9                       ldr x8, [x19]
   1b8: 080500f1                       subs x8, x8, #0x1
   1bc: 680200f9                       str x8, [x19]
   1c0: 21fdff54                       b.ne #-0x5c
   1c4: e00313aa                       mov x0, x19
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: 2821601e                       fcmp d9, #0.0
   1d0: e0fcff54                       b.eq #-0x64
   1d4: 0019691e                       fdiv d0, d8, d9
   1d8: e00316aa                       mov x0, x22
   1dc: 00000094                       bl #0x0
        # hole +0x1dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   1e0: a0fcffb4                       cbz x0, #-0x6c
   1e4: f80300aa                       mov x24, x0
   1e8: e80240f9                       ldr x8, [x23]
   1ec: 080500f1                       subs x8, x8, #0x1
   1f0: e80200f9                       str x8, [x23]
   1f4: 61000054                       b.ne #0xc
   1f8: e00317aa                       mov x0, x23
   1fc: 00000094                       bl #0x0
        # hole +0x1fc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   200: c8a640a9                       ldp x8, x9, [x22, #0x8]
   204: 08050091                       add x8, x8, #0x1
   208: c80600f9                       str x8, [x22, #0x8]
   20c: 1f0109eb                       cmp x8, x9
   210: 2a160054                       b.ge #0x2c4
   214: c80240f9                       ldr x8, [x22]
   218: 281600b5                       cbnz x8, #0x2c4
   21c: 880b40b9                       ldr w8, [x28, #0x8]
   220: 1f110071                       cmp w8, #0x4
   224: 81010054                       b.ne #0x30
   228: 8aa743a9                       ldp x10, x9, [x28, #0x38]
   22c: 881b40f9                       ldr x8, [x28, #0x30]
   230: 3f0500f1                       cmp x9, #0x1
   234: ab010054                       b.lt #0x34
   238: 1f010aeb                       cmp x8, x10
   23c: ab010054                       b.lt #0x34
   240: 48008052                       mov w8, #0x2
   244: 1b048052                       mov w27, #0x20
   248: 85028052                       mov w5, #0x14
   24c: e30308aa                       mov x3, x8
   250: a7000014                       b #0x29c
   254: 28008052                       mov w8, #0x1
   258: 1b048052                       mov w27, #0x20
   25c: 45018052                       mov w5, #0xa
   260: e30308aa                       mov x3, x8
   264: a2000014                       b #0x288
   268: 1f010aeb                       cmp x8, x10
   26c: adfeff54                       b.le #-0x2c
   270: 0901098b                       add x9, x8, x9
   274: 891b00f9                       str x9, [x28, #0x30]
   278: 29008052                       mov w9, #0x1
   27c: 3a0508aa                       orr x26, x9, x8, lsl #1
   280: 98030037                       tbnz w24, #0x0, #0x70
   284: 080340f9                       ldr x8, [x24]
   288: 08050091                       add x8, x8, #0x1
   28c: 080300f9                       str x8, [x24]
   290: 680240f9                       ldr x8, [x19]
   294: 08050091                       add x8, x8, #0x1
   298: 680200f9                       str x8, [x19]
   29c: 080b40b9                       ldr w8, [x24, #0x8]
   2a0: 1f090071                       cmp w8, #0x2
   2a4: c1020054                       b.ne #0x58
   2a8: 680a40b9                       ldr w8, [x19, #0x8]
   2ac: 1f090071                       cmp w8, #0x2
   2b0: 61020054                       b.ne #0x4c
   2b4: 081b40fd                       ldr d8, [x24, #0x30]
   2b8: 691a40fd                       ldr d9, [x19, #0x30]
   2bc: 080340f9                       ldr x8, [x24]
   2c0: 080500f1                       subs x8, x8, #0x1
   2c4: 080300f9                       str x8, [x24]
   2c8: 41020054                       b.ne #0x48
   2cc: e00318aa                       mov x0, x24
   2d0: 00000094                       bl #0x0
        # hole +0x2d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d4: 680240f9                       ldr x8, [x19]
   2d8: 080500f1                       subs x8, x8, #0x1
   2dc: 680200f9                       str x8, [x19]
   2e0: 00020054                       b.eq #0x40
   2e4: 2821601e                       fcmp d9, #0.0
   2e8: 40020054                       b.eq #0x48
   2ec: 18000014                       b #0x60
   2f0: 680240f9                       ldr x8, [x19]
   2f4: 08050091                       add x8, x8, #0x1
   2f8: 680200f9                       str x8, [x19]
   2fc: 23008052                       mov w3, #0x1
   300: 1b068052                       mov w27, #0x30
   304: c5088052                       mov w5, #0x46
   308: e8008052                       mov w8, #0x7
   30c: 78000014                       b #0x1e0
   310: 680240f9                       ldr x8, [x19]
   314: 080500f1                       subs x8, x8, #0x1
   318: 680200f9                       str x8, [x19]
   31c: 41feff54                       b.ne #-0x38
   320: e00313aa                       mov x0, x19
   324: 00000094                       bl #0x0
        # hole +0x324: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   328: 2821601e                       fcmp d9, #0.0
   32c: 01010054                       b.ne #0x20
   330: 28008052                       mov w8, #0x1
   334: c80e00f9                       str x8, [x22, #0x18]
   338: 63008052                       mov w3, #0x3
   33c: 1b048052                       mov w27, #0x20
   340: 050a8052                       mov w5, #0x50
   344: 08018052                       mov w8, #0x8
   348: 69000014                       b #0x1a4
   34c: 0019691e                       fdiv d0, d8, d9
   350: e00316aa                       mov x0, x22
   354: 00000094                       bl #0x0
        # hole +0x354: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   358: 00ffffb4                       cbz x0, #-0x20
   35c: f90300aa                       mov x25, x0
   360: 080340f9                       ldr x8, [x24]
   364: 080500f1                       subs x8, x8, #0x1
   368: 080300f9                       str x8, [x24]
   36c: 61000054                       b.ne #0xc
   370: e00318aa                       mov x0, x24
   374: 00000094                       bl #0x0
        # hole +0x374: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   378: c8a640a9                       ldp x8, x9, [x22, #0x8]
   37c: 08050091                       add x8, x8, #0x1
   380: c80600f9                       str x8, [x22, #0x8]
   384: 1f0109eb                       cmp x8, x9
   388: 2a0c0054                       b.ge #0x184
   38c: c80240f9                       ldr x8, [x22]
   390: 680c00b5                       cbnz x8, #0x18c
   394: 880b40b9                       ldr w8, [x28, #0x8]
   398: 1f110071                       cmp w8, #0x4
   39c: c10c0054                       b.ne #0x198
   3a0: 1b048052                       mov w27, #0x20
   3a4: 8aa743a9                       ldp x10, x9, [x28, #0x38]
   3a8: 881b40f9                       ldr x8, [x28, #0x30]
   3ac: 3f0500f1                       cmp x9, #0x1
   3b0: 8b000054                       b.lt #0x10
   3b4: 1f010aeb                       cmp x8, x10
   3b8: 8b000054                       b.lt #0x10
   3bc: 64000014                       b #0x190
   3c0: 1f010aeb                       cmp x8, x10
   3c4: 4d0c0054                       b.le #0x188
   3c8: 0901098b                       add x9, x8, x9
   3cc: 891b00f9                       str x9, [x28, #0x30]
   3d0: 29008052                       mov w9, #0x1
   3d4: 3a0508aa                       orr x26, x9, x8, lsl #1
   3d8: 590c0037                       tbnz w25, #0x0, #0x188
   3dc: 280340f9                       ldr x8, [x25]
   3e0: 08050091                       add x8, x8, #0x1
   3e4: 280300f9                       str x8, [x25]
   3e8: 680240f9                       ldr x8, [x19]
   3ec: 08050091                       add x8, x8, #0x1
   3f0: 680200f9                       str x8, [x19]
   3f4: 280b40b9                       ldr w8, [x25, #0x8]
   3f8: 1f090071                       cmp w8, #0x2
   3fc: 410c0054                       b.ne #0x188
   400: 680a40b9                       ldr w8, [x19, #0x8]
   404: 1f090071                       cmp w8, #0x2
   408: e10b0054                       b.ne #0x17c
   40c: 281b40fd                       ldr d8, [x25, #0x30]
   410: 691a40fd                       ldr d9, [x19, #0x30]
   414: 280340f9                       ldr x8, [x25]
   418: 080500f1                       subs x8, x8, #0x1
   41c: 280300f9                       str x8, [x25]
   420: 00010054                       b.eq #0x20
   424: 680240f9                       ldr x8, [x19]
   428: 080500f1                       subs x8, x8, #0x1
   42c: 680200f9                       str x8, [x19]
   430: 40010054                       b.eq #0x28
   434: 2821601e                       fcmp d9, #0.0
   438: 81010054                       b.ne #0x30
   43c: 58000014                       b #0x160
   440: e00319aa                       mov x0, x25
   444: 00000094                       bl #0x0
        # hole +0x444: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   448: 680240f9                       ldr x8, [x19]
   44c: 080500f1                       subs x8, x8, #0x1
   450: 680200f9                       str x8, [x19]
   454: 01ffff54                       b.ne #-0x20
   458: e00313aa                       mov x0, x19
   45c: 00000094                       bl #0x0
        # hole +0x45c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   460: 2821601e                       fcmp d9, #0.0
   464: c0090054                       b.eq #0x138
   468: 0019691e                       fdiv d0, d8, d9
   46c: e00316aa                       mov x0, x22
   470: 00000094                       bl #0x0
        # hole +0x470: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   474: 000a00b4                       cbz x0, #0x140
   478: f80300aa                       mov x24, x0
   47c: 280340f9                       ldr x8, [x25]
   480: 080500f1                       subs x8, x8, #0x1
   484: 280300f9                       str x8, [x25]
   488: 45018052                       mov w5, #0xa
   48c: 81000054                       b.ne #0x10
   490: e00319aa                       mov x0, x25
   494: 00000094                       bl #0x0
        # hole +0x494: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   498: 45018052                       mov w5, #0xa
   49c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   4a0: 08050091                       add x8, x8, #0x1
   4a4: c80600f9                       str x8, [x22, #0x8]
   4a8: 1f0109eb                       cmp x8, x9
   4ac: 4a010054                       b.ge #0x28
   4b0: c80240f9                       ldr x8, [x22]
   4b4: 880700b5                       cbnz x8, #0xf0
   4b8: 890b40b9                       ldr w9, [x28, #0x8]
   4bc: 23008052                       mov w3, #0x1
   4c0: f90318aa                       mov x25, x24
   4c4: 28008052                       mov w8, #0x1
   4c8: 3f110071                       cmp w9, #0x4
   4cc: c0f6ff54                       b.eq #-0x128
   4d0: 07000014                       b #0x1c
   4d4: 28008052                       mov w8, #0x1
   4d8: c80200f9                       str x8, [x22]
   4dc: 43008052                       mov w3, #0x2
   4e0: 1b048052                       mov w27, #0x20
   4e4: 850c8052                       mov w5, #0x64
   4e8: 48018052                       mov w8, #0xa
   4ec: 890e40f9                       ldr x9, [x20, #0x18]
   4f0: 1f0317eb                       cmp x24, x23
   4f4: 40000054                       b.eq #0x8
   4f8: 380100f9                       str x24, [x9]
   4fc: f70318aa                       mov x23, x24
   500: 5f0315eb                       cmp x26, x21
   504: e0dbff54                       b.eq #-0x484
   508: ddfeff17                       b #-0x48c
   50c: 28008052                       mov w8, #0x1
   510: 43008052                       mov w3, #0x2
   514: c80200f9                       str x8, [x22]
   518: 02000014                       b #0x8
   51c: 43008052                       mov w3, #0x2
   520: 1b048052                       mov w27, #0x20
   524: 850c8052                       mov w5, #0x64
   528: 48018052                       mov w8, #0xa
   52c: f80319aa                       mov x24, x25
   530: efffff17                       b #-0x44
   534: 28008052                       mov w8, #0x1
   538: 1b048052                       mov w27, #0x20
   53c: 45018052                       mov w5, #0xa
   540: f80319aa                       mov x24, x25
   544: e30308aa                       mov x3, x8
   548: e9ffff17                       b #-0x5c
   54c: 48008052                       mov w8, #0x2
   550: f80319aa                       mov x24, x25
   554: e30308aa                       mov x3, x8
   558: 85028052                       mov w5, #0x14
   55c: e4ffff17                       b #-0x70
   560: 680240f9                       ldr x8, [x19]
   564: 08050091                       add x8, x8, #0x1
   568: 23008052                       mov w3, #0x1
   56c: 680200f9                       str x8, [x19]
   570: 1b068052                       mov w27, #0x30
   574: c5088052                       mov w5, #0x46
   578: e8008052                       mov w8, #0x7
   57c: f80319aa                       mov x24, x25
   580: dbffff17                       b #-0x94
   584: 23008052                       mov w3, #0x1
   588: f80319aa                       mov x24, x25
   58c: e8008052                       mov w8, #0x7
   590: c5088052                       mov w5, #0x46
   594: 1b068052                       mov w27, #0x30
   598: d5ffff17                       b #-0xac
   59c: f80319aa                       mov x24, x25
   5a0: 64ffff17                       b #-0x270
   5a4: 43008052                       mov w3, #0x2
   5a8: 48018052                       mov w8, #0xa
   5ac: 850c8052                       mov w5, #0x64
   5b0: cfffff17                       b #-0xc4
   5b4: 63008052                       mov w3, #0x3
   5b8: f80319aa                       mov x24, x25
   5bc: 08018052                       mov w8, #0x8
   5c0: 050a8052                       mov w5, #0x50
   5c4: caffff17                       b #-0xd8
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
