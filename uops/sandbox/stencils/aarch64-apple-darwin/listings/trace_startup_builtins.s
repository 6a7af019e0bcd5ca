# stencil startup_builtins for aarch64-apple-darwin: 2656 code bytes, 8 data bytes, 69 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 180940f9                       ldr x24, [x8, #0x10]
     c: 98010037                       tbnz w24, #0x0, #0x30
    10: 090340f9                       ldr x9, [x24]
    14: 29050091                       add x9, x9, #0x1
    18: 090300f9                       str x9, [x24]
    1c: f70315aa                       mov x23, x21
    20: f88600f8                       str x24, [x23], #0x8
    24: 080140f9                       ldr x8, [x8]
    28: 28010036                       tbz w8, #0x0, #0x24
    2c: b3420091                       add x19, x21, #0x10
    30: a80600f9                       str x8, [x21, #0x8]
    34: 98010036                       tbz w24, #0x0, #0x30
    38: 05020014                       b #0x814
    3c: f70315aa                       mov x23, x21
    40: f88600f8                       str x24, [x23], #0x8
    44: 080140f9                       ldr x8, [x8]
    48: 28ff0737                       tbnz w8, #0x0, #-0x1c
    4c: 090140f9                       ldr x9, [x8]
    50: 29050091                       add x9, x9, #0x1
    54: 090100f9                       str x9, [x8]
    58: b3420091                       add x19, x21, #0x10
    5c: a80600f9                       str x8, [x21, #0x8]
    60: 783f0037                       tbnz w24, #0x0, #0x7ec
    64: 080b40b9                       ldr w8, [x24, #0x8]
    68: 1f210071                       cmp w8, #0x8
    6c: 013f0054                       b.ne #0x7e0
    70: 081f40f9                       ldr x8, [x24, #0x38]
    74: e00316aa                       mov x0, x22
    78: e10317aa                       mov x1, x23
    7c: 22008052                       mov w2, #0x1
    80: 00013fd6                       blr x8
    84: f90300aa                       mov x25, x0
    88: e00240f9                       ldr x0, [x23]
    8c: a0000037                       tbnz w0, #0x0, #0x14
    90: 080040f9                       ldr x8, [x0]
    94: 080500f1                       subs x8, x8, #0x1
    98: 080000f9                       str x8, [x0]
    9c: 80030054                       b.eq #0x70
    a0: 080340f9                       ldr x8, [x24]
    a4: 080500f1                       subs x8, x8, #0x1
    a8: 080300f9                       str x8, [x24]
    ac: 61000054                       b.ne #0xc
    b0: e00318aa                       mov x0, x24
    b4: 00000094                       bl #0x0
        # hole +0xb4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    b8: 994600b4                       cbz x25, #0x8d0
    bc: b90200f9                       str x25, [x21]
    c0: 880e40f9                       ldr x8, [x20, #0x18]
    c4: 000540f9                       ldr x0, [x8, #0x8]
    c8: 190500f9                       str x25, [x8, #0x8]
    cc: a0000037                       tbnz w0, #0x0, #0x14
    d0: 090040f9                       ldr x9, [x0]
    d4: 290500f1                       subs x9, x9, #0x1
    d8: 090000f9                       str x9, [x0]
    dc: 40020054                       b.eq #0x48
    e0: 181540f9                       ldr x24, [x8, #0x28]
    e4: 98020037                       tbnz w24, #0x0, #0x50
    e8: 090340f9                       ldr x9, [x24]
    ec: 29050091                       add x9, x9, #0x1
    f0: 090300f9                       str x9, [x24]
    f4: b80200f9                       str x24, [x21]
    f8: 080d40f9                       ldr x8, [x8, #0x18]
    fc: 28020036                       tbz w8, #0x0, #0x44
   100: e80200f9                       str x8, [x23]
   104: 98020036                       tbz w24, #0x0, #0x50
   108: dc010014                       b #0x770
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   110: 080340f9                       ldr x8, [x24]
   114: 080500f1                       subs x8, x8, #0x1
   118: 080300f9                       str x8, [x24]
   11c: e1fcff54                       b.ne #-0x64
   120: e4ffff17                       b #-0x70
   124: 00000094                       bl #0x0
        # hole +0x124: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   128: 880e40f9                       ldr x8, [x20, #0x18]
   12c: 181540f9                       ldr x24, [x8, #0x28]
   130: d8fd0736                       tbz w24, #0x0, #-0x48
   134: b80200f9                       str x24, [x21]
   138: 080d40f9                       ldr x8, [x8, #0x18]
   13c: 28fe0737                       tbnz w8, #0x0, #-0x3c
   140: 090140f9                       ldr x9, [x8]
   144: 29050091                       add x9, x9, #0x1
   148: 090100f9                       str x9, [x8]
   14c: e80200f9                       str x8, [x23]
   150: 58390037                       tbnz w24, #0x0, #0x728
   154: 080b40b9                       ldr w8, [x24, #0x8]
   158: 1f210071                       cmp w8, #0x8
   15c: e1380054                       b.ne #0x71c
   160: 081f40f9                       ldr x8, [x24, #0x38]
   164: e00316aa                       mov x0, x22
   168: e10317aa                       mov x1, x23
   16c: 22008052                       mov w2, #0x1
   170: 00013fd6                       blr x8
   174: f90300aa                       mov x25, x0
   178: e00240f9                       ldr x0, [x23]
   17c: a0000037                       tbnz w0, #0x0, #0x14
   180: 080040f9                       ldr x8, [x0]
   184: 080500f1                       subs x8, x8, #0x1
   188: 080000f9                       str x8, [x0]
   18c: 60040054                       b.eq #0x8c
   190: 080340f9                       ldr x8, [x24]
   194: 080500f1                       subs x8, x8, #0x1
   198: 080300f9                       str x8, [x24]
   19c: 61000054                       b.ne #0xc
   1a0: e00318aa                       mov x0, x24
   1a4: 00000094                       bl #0x0
        # hole +0x1a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1a8: d93f00b4                       cbz x25, #0x7f8
   1ac: b90200f9                       str x25, [x21]
   1b0: 880e40f9                       ldr x8, [x20, #0x18]
   1b4: 001140f9                       ldr x0, [x8, #0x20]
   1b8: 191100f9                       str x25, [x8, #0x20]
   1bc: a0000037                       tbnz w0, #0x0, #0x14
   1c0: 090040f9                       ldr x9, [x0]
   1c4: 290500f1                       subs x9, x9, #0x1
   1c8: 090000f9                       str x9, [x0]
   1cc: 20030054                       b.eq #0x64
   1d0: 182540f9                       ldr x24, [x8, #0x48]
   1d4: 78030037                       tbnz w24, #0x0, #0x6c
   1d8: 090340f9                       ldr x9, [x24]
   1dc: 29050091                       add x9, x9, #0x1
   1e0: 090300f9                       str x9, [x24]
   1e4: b80200f9                       str x24, [x21]
   1e8: 091940f9                       ldr x9, [x8, #0x30]
   1ec: 09030036                       tbz w9, #0x0, #0x60
   1f0: e90200f9                       str x9, [x23]
   1f4: 081d40f9                       ldr x8, [x8, #0x38]
   1f8: 68030037                       tbnz w8, #0x0, #0x6c
   1fc: 090140f9                       ldr x9, [x8]
   200: 29050091                       add x9, x9, #0x1
   204: 090100f9                       str x9, [x8]
   208: ba620091                       add x26, x21, #0x18
   20c: a80a00f9                       str x8, [x21, #0x10]
   210: 18030036                       tbz w24, #0x0, #0x60
   214: a4010014                       b #0x690
   218: 00000094                       bl #0x0
        # hole +0x218: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   21c: 080340f9                       ldr x8, [x24]
   220: 080500f1                       subs x8, x8, #0x1
   224: 080300f9                       str x8, [x24]
   228: 01fcff54                       b.ne #-0x80
   22c: ddffff17                       b #-0x8c
   230: 00000094                       bl #0x0
        # hole +0x230: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   234: 880e40f9                       ldr x8, [x20, #0x18]
   238: 182540f9                       ldr x24, [x8, #0x48]
   23c: f8fc0736                       tbz w24, #0x0, #-0x64
   240: b80200f9                       str x24, [x21]
   244: 091940f9                       ldr x9, [x8, #0x30]
   248: 49fd0737                       tbnz w9, #0x0, #-0x58
   24c: 2a0140f9                       ldr x10, [x9]
   250: 4a050091                       add x10, x10, #0x1
   254: 2a0100f9                       str x10, [x9]
   258: e90200f9                       str x9, [x23]
   25c: 081d40f9                       ldr x8, [x8, #0x38]
   260: e8fc0736                       tbz w8, #0x0, #-0x64
   264: ba620091                       add x26, x21, #0x18
   268: a80a00f9                       str x8, [x21, #0x10]
   26c: d8310037                       tbnz w24, #0x0, #0x638
   270: 080b40b9                       ldr w8, [x24, #0x8]
   274: 1f210071                       cmp w8, #0x8
   278: 61310054                       b.ne #0x62c
   27c: 081f40f9                       ldr x8, [x24, #0x38]
   280: e00316aa                       mov x0, x22
   284: e10317aa                       mov x1, x23
   288: 42008052                       mov w2, #0x2
   28c: 00013fd6                       blr x8
   290: f90300aa                       mov x25, x0
   294: e00240f9                       ldr x0, [x23]
   298: a0000037                       tbnz w0, #0x0, #0x14
   29c: 080040f9                       ldr x8, [x0]
   2a0: 080500f1                       subs x8, x8, #0x1
   2a4: 080000f9                       str x8, [x0]
   2a8: 20010054                       b.eq #0x24
   2ac: a00a40f9                       ldr x0, [x21, #0x10]
   2b0: 40010037                       tbnz w0, #0x0, #0x28
   2b4: 080040f9                       ldr x8, [x0]
   2b8: 080500f1                       subs x8, x8, #0x1
   2bc: 080000f9                       str x8, [x0]
   2c0: c1000054                       b.ne #0x18
   2c4: 00000094                       bl #0x0
        # hole +0x2c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2c8: 04000014                       b #0x10
   2cc: 00000094                       bl #0x0
        # hole +0x2cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d0: a00a40f9                       ldr x0, [x21, #0x10]
   2d4: 00ff0736                       tbz w0, #0x0, #-0x20
   2d8: 080340f9                       ldr x8, [x24]
   2dc: 080500f1                       subs x8, x8, #0x1
   2e0: 080300f9                       str x8, [x24]
   2e4: 61000054                       b.ne #0xc
   2e8: e00318aa                       mov x0, x24
   2ec: 00000094                       bl #0x0
        # hole +0x2ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2f0: 593600b4                       cbz x25, #0x6c8
   2f4: b90200f9                       str x25, [x21]
   2f8: 880e40f9                       ldr x8, [x20, #0x18]
   2fc: 002140f9                       ldr x0, [x8, #0x40]
   300: 192100f9                       str x25, [x8, #0x40]
   304: a0000037                       tbnz w0, #0x0, #0x14
   308: 090040f9                       ldr x9, [x0]
   30c: 290500f1                       subs x9, x9, #0x1
   310: 090000f9                       str x9, [x0]
   314: 40020054                       b.eq #0x48
   318: 183540f9                       ldr x24, [x8, #0x68]
   31c: 98020037                       tbnz w24, #0x0, #0x50
   320: 090340f9                       ldr x9, [x24]
   324: 29050091                       add x9, x9, #0x1
   328: 090300f9                       str x9, [x24]
   32c: b80200f9                       str x24, [x21]
   330: 092940f9                       ldr x9, [x8, #0x50]
   334: 29020036                       tbz w9, #0x0, #0x44
   338: e90200f9                       str x9, [x23]
   33c: 082d40f9                       ldr x8, [x8, #0x58]
   340: 88020037                       tbnz w8, #0x0, #0x50
   344: 090140f9                       ldr x9, [x8]
   348: 29050091                       add x9, x9, #0x1
   34c: 090100f9                       str x9, [x8]
   350: 680200f9                       str x8, [x19]
   354: 38020036                       tbz w24, #0x0, #0x44
   358: 59010014                       b #0x564
   35c: 00000094                       bl #0x0
        # hole +0x35c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   360: 880e40f9                       ldr x8, [x20, #0x18]
   364: 183540f9                       ldr x24, [x8, #0x68]
   368: d8fd0736                       tbz w24, #0x0, #-0x48
   36c: b80200f9                       str x24, [x21]
   370: 092940f9                       ldr x9, [x8, #0x50]
   374: 29fe0737                       tbnz w9, #0x0, #-0x3c
   378: 2a0140f9                       ldr x10, [x9]
   37c: 4a050091                       add x10, x10, #0x1
   380: 2a0100f9                       str x10, [x9]
   384: e90200f9                       str x9, [x23]
   388: 082d40f9                       ldr x8, [x8, #0x58]
   38c: c8fd0736                       tbz w8, #0x0, #-0x48
   390: 680200f9                       str x8, [x19]
   394: 58290037                       tbnz w24, #0x0, #0x528
   398: 080b40b9                       ldr w8, [x24, #0x8]
   39c: 1f210071                       cmp w8, #0x8
   3a0: e1280054                       b.ne #0x51c
   3a4: 081f40f9                       ldr x8, [x24, #0x38]
   3a8: e00316aa                       mov x0, x22
   3ac: e10317aa                       mov x1, x23
   3b0: 42008052                       mov w2, #0x2
   3b4: 00013fd6                       blr x8
   3b8: f90300aa                       mov x25, x0
   3bc: e00240f9                       ldr x0, [x23]
   3c0: a0000037                       tbnz w0, #0x0, #0x14
   3c4: 080040f9                       ldr x8, [x0]
   3c8: 080500f1                       subs x8, x8, #0x1
   3cc: 080000f9                       str x8, [x0]
   3d0: 20010054                       b.eq #0x24
   3d4: a00a40f9                       ldr x0, [x21, #0x10]
   3d8: 40010037                       tbnz w0, #0x0, #0x28
   3dc: 080040f9                       ldr x8, [x0]
   3e0: 080500f1                       subs x8, x8, #0x1
   3e4: 080000f9                       str x8, [x0]
   3e8: c1000054                       b.ne #0x18
   3ec: 00000094                       bl #0x0
        # hole +0x3ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3f0: 04000014                       b #0x10
   3f4: 00000094                       bl #0x0
        # hole +0x3f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3f8: a00a40f9                       ldr x0, [x21, #0x10]
   3fc: 00ff0736                       tbz w0, #0x0, #-0x20
   400: 080340f9                       ldr x8, [x24]
   404: 080500f1                       subs x8, x8, #0x1
   408: 080300f9                       str x8, [x24]
   40c: 61000054                       b.ne #0xc
   410: e00318aa                       mov x0, x24
   414: 00000094                       bl #0x0
        # hole +0x414: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   418: d92d00b4                       cbz x25, #0x5b8
   41c: b90200f9                       str x25, [x21]
   420: 880e40f9                       ldr x8, [x20, #0x18]
   424: 003140f9                       ldr x0, [x8, #0x60]
   428: 193100f9                       str x25, [x8, #0x60]
   42c: a0000037                       tbnz w0, #0x0, #0x14
   430: 090040f9                       ldr x9, [x0]
   434: 290500f1                       subs x9, x9, #0x1
   438: 090000f9                       str x9, [x0]
   43c: 80010054                       b.eq #0x30
   440: 184140f9                       ldr x24, [x8, #0x80]
   444: d8010037                       tbnz w24, #0x0, #0x38
   448: 090340f9                       ldr x9, [x24]
   44c: 29050091                       add x9, x9, #0x1
   450: 090300f9                       str x9, [x24]
   454: b80200f9                       str x24, [x21]
   458: 083940f9                       ldr x8, [x8, #0x70]
   45c: 68010036                       tbz w8, #0x0, #0x2c
   460: e80200f9                       str x8, [x23]
   464: d8010036                       tbz w24, #0x0, #0x38
   468: 1b010014                       b #0x46c
   46c: 00000094                       bl #0x0
        # hole +0x46c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   470: 880e40f9                       ldr x8, [x20, #0x18]
   474: 184140f9                       ldr x24, [x8, #0x80]
   478: 98fe0736                       tbz w24, #0x0, #-0x30
   47c: b80200f9                       str x24, [x21]
   480: 083940f9                       ldr x8, [x8, #0x70]
   484: e8fe0737                       tbnz w8, #0x0, #-0x24
   488: 090140f9                       ldr x9, [x8]
   48c: 29050091                       add x9, x9, #0x1
   490: 090100f9                       str x9, [x8]
   494: e80200f9                       str x8, [x23]
   498: f8210037                       tbnz w24, #0x0, #0x43c
   49c: 080b40b9                       ldr w8, [x24, #0x8]
   4a0: 1f210071                       cmp w8, #0x8
   4a4: 81210054                       b.ne #0x430
   4a8: 081f40f9                       ldr x8, [x24, #0x38]
   4ac: e00316aa                       mov x0, x22
   4b0: e10317aa                       mov x1, x23
   4b4: 22008052                       mov w2, #0x1
   4b8: 00013fd6                       blr x8
   4bc: f90300aa                       mov x25, x0
   4c0: e00240f9                       ldr x0, [x23]
   4c4: a0000037                       tbnz w0, #0x0, #0x14
   4c8: 080040f9                       ldr x8, [x0]
   4cc: 080500f1                       subs x8, x8, #0x1
   4d0: 080000f9                       str x8, [x0]
   4d4: 80030054                       b.eq #0x70
   4d8: 080340f9                       ldr x8, [x24]
   4dc: 080500f1                       subs x8, x8, #0x1
   4e0: 080300f9                       str x8, [x24]
   4e4: 61000054                       b.ne #0xc
   4e8: e00318aa                       mov x0, x24
   4ec: 00000094                       bl #0x0
        # hole +0x4ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4f0: d92700b4                       cbz x25, #0x4f8
   4f4: b90200f9                       str x25, [x21]
   4f8: 880e40f9                       ldr x8, [x20, #0x18]
   4fc: 003d40f9                       ldr x0, [x8, #0x78]
   500: 193d00f9                       str x25, [x8, #0x78]
   504: a0000037                       tbnz w0, #0x0, #0x14
   508: 090040f9                       ldr x9, [x0]
   50c: 290500f1                       subs x9, x9, #0x1
   510: 090000f9                       str x9, [x0]
   514: 40020054                       b.eq #0x48
   518: 184d40f9                       ldr x24, [x8, #0x98]
   51c: 98020037                       tbnz w24, #0x0, #0x50
   520: 090340f9                       ldr x9, [x24]
   524: 29050091                       add x9, x9, #0x1
   528: 090300f9                       str x9, [x24]
   52c: b80200f9                       str x24, [x21]
   530: 084540f9                       ldr x8, [x8, #0x88]
   534: 28020036                       tbz w8, #0x0, #0x44
   538: e80200f9                       str x8, [x23]
   53c: 98020036                       tbz w24, #0x0, #0x50
   540: f0000014                       b #0x3c0
   544: 00000094                       bl #0x0
        # hole +0x544: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   548: 080340f9                       ldr x8, [x24]
   54c: 080500f1                       subs x8, x8, #0x1
   550: 080300f9                       str x8, [x24]
   554: e1fcff54                       b.ne #-0x64
   558: e4ffff17                       b #-0x70
   55c: 00000094                       bl #0x0
        # hole +0x55c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   560: 880e40f9                       ldr x8, [x20, #0x18]
   564: 184d40f9                       ldr x24, [x8, #0x98]
   568: d8fd0736                       tbz w24, #0x0, #-0x48
   56c: b80200f9                       str x24, [x21]
   570: 084540f9                       ldr x8, [x8, #0x88]
   574: 28fe0737                       tbnz w8, #0x0, #-0x3c
   578: 090140f9                       ldr x9, [x8]
   57c: 29050091                       add x9, x9, #0x1
   580: 090100f9                       str x9, [x8]
   584: e80200f9                       str x8, [x23]
   588: d81b0037                       tbnz w24, #0x0, #0x378
   58c: 080b40b9                       ldr w8, [x24, #0x8]
   590: 1f210071                       cmp w8, #0x8
   594: 611b0054                       b.ne #0x36c
   598: 081f40f9                       ldr x8, [x24, #0x38]
   59c: e00316aa                       mov x0, x22
   5a0: e10317aa                       mov x1, x23
   5a4: 22008052                       mov w2, #0x1
   5a8: 00013fd6                       blr x8
   5ac: f90300aa                       mov x25, x0
   5b0: e00240f9                       ldr x0, [x23]
   5b4: a0000037                       tbnz w0, #0x0, #0x14
   5b8: 080040f9                       ldr x8, [x0]
   5bc: 080500f1                       subs x8, x8, #0x1
   5c0: 080000f9                       str x8, [x0]
   5c4: 40040054                       b.eq #0x88
   5c8: 080340f9                       ldr x8, [x24]
   5cc: 080500f1                       subs x8, x8, #0x1
   5d0: 080300f9                       str x8, [x24]
   5d4: 61000054                       b.ne #0xc
   5d8: e00318aa                       mov x0, x24
   5dc: 00000094                       bl #0x0
        # hole +0x5dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5e0: 192100b4                       cbz x25, #0x420
   5e4: b90200f9                       str x25, [x21]
   5e8: 880e40f9                       ldr x8, [x20, #0x18]
   5ec: 004940f9                       ldr x0, [x8, #0x90]
   5f0: 194900f9                       str x25, [x8, #0x90]
   5f4: a0000037                       tbnz w0, #0x0, #0x14
   5f8: 090040f9                       ldr x9, [x0]
   5fc: 290500f1                       subs x9, x9, #0x1
   600: 090000f9                       str x9, [x0]
   604: 00030054                       b.eq #0x60
   608: 185d40f9                       ldr x24, [x8, #0xb8]
   60c: 58030037                       tbnz w24, #0x0, #0x68
   610: 090340f9                       ldr x9, [x24]
   614: 29050091                       add x9, x9, #0x1
   618: 090300f9                       str x9, [x24]
   61c: b80200f9                       str x24, [x21]
   620: 095140f9                       ldr x9, [x8, #0xa0]
   624: e9020036                       tbz w9, #0x0, #0x5c
   628: e90200f9                       str x9, [x23]
   62c: 085540f9                       ldr x8, [x8, #0xa8]
   630: 48030037                       tbnz w8, #0x0, #0x68
   634: 090140f9                       ldr x9, [x8]
   638: 29050091                       add x9, x9, #0x1
   63c: 090100f9                       str x9, [x8]
   640: 680200f9                       str x8, [x19]
   644: f8020036                       tbz w24, #0x0, #0x5c
   648: b9000014                       b #0x2e4
   64c: 00000094                       bl #0x0
        # hole +0x64c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   650: 080340f9                       ldr x8, [x24]
   654: 080500f1                       subs x8, x8, #0x1
   658: 080300f9                       str x8, [x24]
   65c: 21fcff54                       b.ne #-0x7c
   660: deffff17                       b #-0x88
   664: 00000094                       bl #0x0
        # hole +0x664: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   668: 880e40f9                       ldr x8, [x20, #0x18]
   66c: 185d40f9                       ldr x24, [x8, #0xb8]
   670: 18fd0736                       tbz w24, #0x0, #-0x60
   674: b80200f9                       str x24, [x21]
   678: 095140f9                       ldr x9, [x8, #0xa0]
   67c: 69fd0737                       tbnz w9, #0x0, #-0x54
   680: 2a0140f9                       ldr x10, [x9]
   684: 4a050091                       add x10, x10, #0x1
   688: 2a0100f9                       str x10, [x9]
   68c: e90200f9                       str x9, [x23]
   690: 085540f9                       ldr x8, [x8, #0xa8]
   694: 08fd0736                       tbz w8, #0x0, #-0x60
   698: 680200f9                       str x8, [x19]
   69c: 98140037                       tbnz w24, #0x0, #0x290
   6a0: 080b40b9                       ldr w8, [x24, #0x8]
   6a4: 1f210071                       cmp w8, #0x8
   6a8: 21140054                       b.ne #0x284
   6ac: 081f40f9                       ldr x8, [x24, #0x38]
   6b0: e00316aa                       mov x0, x22
   6b4: e10317aa                       mov x1, x23
   6b8: 42008052                       mov w2, #0x2
   6bc: 00013fd6                       blr x8
   6c0: f90300aa                       mov x25, x0
   6c4: e00240f9                       ldr x0, [x23]
   6c8: a0000037                       tbnz w0, #0x0, #0x14
   6cc: 080040f9                       ldr x8, [x0]
   6d0: 080500f1                       subs x8, x8, #0x1
   6d4: 080000f9                       str x8, [x0]
   6d8: 20010054                       b.eq #0x24
   6dc: a00a40f9                       ldr x0, [x21, #0x10]
   6e0: 40010037                       tbnz w0, #0x0, #0x28
   6e4: 080040f9                       ldr x8, [x0]
   6e8: 080500f1                       subs x8, x8, #0x1
   6ec: 080000f9                       str x8, [x0]
   6f0: c1000054                       b.ne #0x18
   6f4: 00000094                       bl #0x0
        # hole +0x6f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6f8: 04000014                       b #0x10
   6fc: 00000094                       bl #0x0
        # hole +0x6fc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   700: a00a40f9                       ldr x0, [x21, #0x10]
   704: 00ff0736                       tbz w0, #0x0, #-0x20
   708: 080340f9                       ldr x8, [x24]
   70c: 080500f1                       subs x8, x8, #0x1
   710: 080300f9                       str x8, [x24]
   714: 61000054                       b.ne #0xc
   718: e00318aa                       mov x0, x24
   71c: 00000094                       bl #0x0
        # hole +0x71c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   720: d91700b4                       cbz x25, #0x2f8
   724: b90200f9                       str x25, [x21]
   728: 880e40f9                       ldr x8, [x20, #0x18]
   72c: 005940f9                       ldr x0, [x8, #0xb0]
   730: 195900f9                       str x25, [x8, #0xb0]
   734: a0000037                       tbnz w0, #0x0, #0x14
   738: 090040f9                       ldr x9, [x0]
   73c: 290500f1                       subs x9, x9, #0x1
   740: 090000f9                       str x9, [x0]
   744: 80010054                       b.eq #0x30
   748: 186940f9                       ldr x24, [x8, #0xd0]
   74c: d8010037                       tbnz w24, #0x0, #0x38
   750: 090340f9                       ldr x9, [x24]
   754: 29050091                       add x9, x9, #0x1
   758: 090300f9                       str x9, [x24]
   75c: b80200f9                       str x24, [x21]
   760: 086140f9                       ldr x8, [x8, #0xc0]
   764: 68010036                       tbz w8, #0x0, #0x2c
   768: e80200f9                       str x8, [x23]
   76c: d8010036                       tbz w24, #0x0, #0x38
   770: 7b000014                       b #0x1ec
   774: 00000094                       bl #0x0
        # hole +0x774: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   778: 880e40f9                       ldr x8, [x20, #0x18]
   77c: 186940f9                       ldr x24, [x8, #0xd0]
   780: 98fe0736                       tbz w24, #0x0, #-0x30
   784: b80200f9                       str x24, [x21]
   788: 086140f9                       ldr x8, [x8, #0xc0]
   78c: e8fe0737                       tbnz w8, #0x0, #-0x24
   790: 090140f9                       ldr x9, [x8]
   794: 29050091                       add x9, x9, #0x1
   798: 090100f9                       str x9, [x8]
   79c: e80200f9                       str x8, [x23]
   7a0: f80d0037                       tbnz w24, #0x0, #0x1bc
   7a4: 080b40b9                       ldr w8, [x24, #0x8]
   7a8: 1f210071                       cmp w8, #0x8
   7ac: 810d0054                       b.ne #0x1b0
   7b0: 081f40f9                       ldr x8, [x24, #0x38]
   7b4: e00316aa                       mov x0, x22
   7b8: e10317aa                       mov x1, x23
   7bc: 22008052                       mov w2, #0x1
   7c0: 00013fd6                       blr x8
   7c4: f30300aa                       mov x19, x0
   7c8: e00240f9                       ldr x0, [x23]
   7cc: a0000037                       tbnz w0, #0x0, #0x14
   7d0: 080040f9                       ldr x8, [x0]
   7d4: 080500f1                       subs x8, x8, #0x1
   7d8: 080000f9                       str x8, [x0]
   7dc: 60020054                       b.eq #0x4c
   7e0: 080340f9                       ldr x8, [x24]
   7e4: 080500f1                       subs x8, x8, #0x1
   7e8: 080300f9                       str x8, [x24]
   7ec: 61000054                       b.ne #0xc
   7f0: e00318aa                       mov x0, x24
   7f4: 00000094                       bl #0x0
        # hole +0x7f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7f8: d31100b4                       cbz x19, #0x238
   7fc: b30200f9                       str x19, [x21]
   800: 880e40f9                       ldr x8, [x20, #0x18]
   804: 006540f9                       ldr x0, [x8, #0xc8]
   808: 136500f9                       str x19, [x8, #0xc8]
   80c: a0000037                       tbnz w0, #0x0, #0x14
   810: 080040f9                       ldr x8, [x0]
   814: 080500f1                       subs x8, x8, #0x1
   818: 080000f9                       str x8, [x0]
   81c: 20010054                       b.eq #0x24
   820: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   824: 00000014                       b #0x0
        # hole +0x824: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   828: 00000094                       bl #0x0
        # hole +0x828: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   82c: 080340f9                       ldr x8, [x24]
   830: 080500f1                       subs x8, x8, #0x1
   834: 080300f9                       str x8, [x24]
   838: 01feff54                       b.ne #-0x40
   83c: edffff17                       b #-0x4c
   840: 00000094                       bl #0x0
        # hole +0x840: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   844: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   848: 00000014                       b #0x0
        # hole +0x848: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   84c: 08000090                       adrp x8, #0
        # hole +0x84c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   850: 080140f9                       ldr x8, [x8]
        # hole +0x850: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   854: 04090091                       add x4, x8, #0x2
   858: 23008052                       mov w3, #0x1
   85c: 85028052                       mov w5, #0x14
   860: e00314aa                       mov x0, x20
   864: e10313aa                       mov x1, x19
   868: e20316aa                       mov x2, x22
   86c: 00000094                       bl #0x0
        # hole +0x86c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   870: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   874: c0035fd6                       ret
   878: 08000090                       adrp x8, #0
        # hole +0x878: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   87c: 080140f9                       ldr x8, [x8]
        # hole +0x87c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   880: 04210091                       add x4, x8, #0x8
   884: 23008052                       mov w3, #0x1
   888: 050a8052                       mov w5, #0x50
   88c: e00314aa                       mov x0, x20
   890: e10313aa                       mov x1, x19
   894: e20316aa                       mov x2, x22
   898: 00000094                       bl #0x0
        # hole +0x898: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   89c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   8a0: c0035fd6                       ret
   8a4: 08000090                       adrp x8, #0
        # hole +0x8a4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8a8: 080140f9                       ldr x8, [x8]
        # hole +0x8a8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8ac: 043d0091                       add x4, x8, #0xf
   8b0: 23008052                       mov w3, #0x1
   8b4: c5128052                       mov w5, #0x96
   8b8: 22000014                       b #0x88
   8bc: 08000090                       adrp x8, #0
        # hole +0x8bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8c0: 080140f9                       ldr x8, [x8]
        # hole +0x8c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8c4: 04590091                       add x4, x8, #0x16
   8c8: 23008052                       mov w3, #0x1
   8cc: 851b8052                       mov w5, #0xdc
   8d0: 1c000014                       b #0x70
   8d4: 08000090                       adrp x8, #0
        # hole +0x8d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8d8: 080140f9                       ldr x8, [x8]
        # hole +0x8d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8dc: 04710091                       add x4, x8, #0x1c
   8e0: 23008052                       mov w3, #0x1
   8e4: 05238052                       mov w5, #0x118
   8e8: e00314aa                       mov x0, x20
   8ec: e10313aa                       mov x1, x19
   8f0: e20316aa                       mov x2, x22
   8f4: 00000094                       bl #0x0
        # hole +0x8f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   8f8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   8fc: c0035fd6                       ret
   900: 08000090                       adrp x8, #0
        # hole +0x900: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   904: 080140f9                       ldr x8, [x8]
        # hole +0x904: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   908: 04890091                       add x4, x8, #0x22
   90c: 23008052                       mov w3, #0x1
   910: 852a8052                       mov w5, #0x154
   914: e00314aa                       mov x0, x20
   918: e10313aa                       mov x1, x19
   91c: e20316aa                       mov x2, x22
   920: 00000094                       bl #0x0
        # hole +0x920: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   924: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   928: c0035fd6                       ret
   92c: 08000090                       adrp x8, #0
        # hole +0x92c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   930: 080140f9                       ldr x8, [x8]
        # hole +0x930: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   934: 04a50091                       add x4, x8, #0x29
   938: 23008052                       mov w3, #0x1
   93c: 45338052                       mov w5, #0x19a
   940: f3031aaa                       mov x19, x26
   944: e00314aa                       mov x0, x20
   948: e10313aa                       mov x1, x19
   94c: e20316aa                       mov x2, x22
   950: 00000094                       bl #0x0
        # hole +0x950: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   954: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   958: c0035fd6                       ret
   95c: 08000090                       adrp x8, #0
        # hole +0x95c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   960: 080140f9                       ldr x8, [x8]
        # hole +0x960: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   964: 04bd0091                       add x4, x8, #0x2f
   968: 23008052                       mov w3, #0x1
   96c: c53a8052                       mov w5, #0x1d6
   970: e00314aa                       mov x0, x20
   974: e10313aa                       mov x1, x19
   978: e20316aa                       mov x2, x22
   97c: 00000094                       bl #0x0
        # hole +0x97c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   980: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   984: c0035fd6                       ret
   988: 08000090                       adrp x8, #0
        # hole +0x988: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   98c: 080140f9                       ldr x8, [x8]
        # hole +0x98c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   990: 04090091                       add x4, x8, #0x2
   994: 63008052                       mov w3, #0x3
   998: 85028052                       mov w5, #0x14
   99c: 2a000014                       b #0xa8
   9a0: 08000090                       adrp x8, #0
        # hole +0x9a0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9a4: 080140f9                       ldr x8, [x8]
        # hole +0x9a4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9a8: 04210091                       add x4, x8, #0x8
   9ac: 63008052                       mov w3, #0x3
   9b0: 050a8052                       mov w5, #0x50
   9b4: 24000014                       b #0x90
   9b8: 08000090                       adrp x8, #0
        # hole +0x9b8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9bc: 080140f9                       ldr x8, [x8]
        # hole +0x9bc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9c0: 043d0091                       add x4, x8, #0xf
   9c4: 63008052                       mov w3, #0x3
   9c8: c5128052                       mov w5, #0x96
   9cc: 1e000014                       b #0x78
   9d0: 08000090                       adrp x8, #0
        # hole +0x9d0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9d4: 080140f9                       ldr x8, [x8]
        # hole +0x9d4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9d8: 04590091                       add x4, x8, #0x16
   9dc: 63008052                       mov w3, #0x3
   9e0: 851b8052                       mov w5, #0xdc
   9e4: 18000014                       b #0x60
   9e8: 08000090                       adrp x8, #0
        # hole +0x9e8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9ec: 080140f9                       ldr x8, [x8]
        # hole +0x9ec: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9f0: 04710091                       add x4, x8, #0x1c
   9f4: 63008052                       mov w3, #0x3
   9f8: 05238052                       mov w5, #0x118
   9fc: 12000014                       b #0x48
   a00: 08000090                       adrp x8, #0
        # hole +0xa00: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   a04: 080140f9                       ldr x8, [x8]
        # hole +0xa04: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   a08: 04890091                       add x4, x8, #0x22
   a0c: 63008052                       mov w3, #0x3
   a10: 852a8052                       mov w5, #0x154
   a14: 0c000014                       b #0x30
   a18: 08000090                       adrp x8, #0
        # hole +0xa18: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   a1c: 080140f9                       ldr x8, [x8]
        # hole +0xa1c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   a20: 04a50091                       add x4, x8, #0x29
   a24: 63008052                       mov w3, #0x3
   a28: 45338052                       mov w5, #0x19a
   a2c: 06000014                       b #0x18
   a30: 08000090                       adrp x8, #0
        # hole +0xa30: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   a34: 080140f9                       ldr x8, [x8]
        # hole +0xa34: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   a38: 04bd0091                       add x4, x8, #0x2f
   a3c: 63008052                       mov w3, #0x3
   a40: c53a8052                       mov w5, #0x1d6
   a44: f30315aa                       mov x19, x21
   a48: e00314aa                       mov x0, x20
   a4c: e10313aa                       mov x1, x19
   a50: e20316aa                       mov x2, x22
   a54: 00000094                       bl #0x0
        # hole +0xa54: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a58: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a5c: c0035fd6                       ret
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
