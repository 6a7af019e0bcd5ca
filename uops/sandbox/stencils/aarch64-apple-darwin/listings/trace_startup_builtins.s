# stencil startup_builtins for aarch64-apple-darwin: 2456 code bytes, 8 data bytes, 33 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 180940f9                       ldr x24, [x8, #0x10]
     c: 38010036                       tbz w24, #0x0, #0x24
    10: f70315aa                       mov x23, x21
    14: f88600f8                       str x24, [x23], #0x8
    18: 080140f9                       ldr x8, [x8]
    1c: 88010036                       tbz w8, #0x0, #0x30
    20: b3420091                       add x19, x21, #0x10
    24: a80600f9                       str x8, [x21, #0x8]
    28: f8010036                       tbz w24, #0x0, #0x3c
    2c: 08020014                       b #0x820
    30: 090340f9                       ldr x9, [x24]
    34: 29050091                       add x9, x9, #0x1
    38: 090300f9                       str x9, [x24]
    3c: f70315aa                       mov x23, x21
    40: f88600f8                       str x24, [x23], #0x8
    44: 080140f9                       ldr x8, [x8]
    48: c8fe0737                       tbnz w8, #0x0, #-0x28
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
    9c: 20030054                       b.eq #0x64
    a0: 080340f9                       ldr x8, [x24]
    a4: 080500f1                       subs x8, x8, #0x1
    a8: 080300f9                       str x8, [x24]
    ac: 61000054                       b.ne #0xc
    b0: e00318aa                       mov x0, x24
    b4: 00000094                       bl #0x0
        # hole +0xb4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    b8: 194200b4                       cbz x25, #0x840
    bc: b90200f9                       str x25, [x21]
    c0: 880e40f9                       ldr x8, [x20, #0x18]
    c4: 000540f9                       ldr x0, [x8, #0x8]
    c8: 190500f9                       str x25, [x8, #0x8]
    cc: a0000037                       tbnz w0, #0x0, #0x14
    d0: 090040f9                       ldr x9, [x0]
    d4: 290500f1                       subs x9, x9, #0x1
    d8: 090000f9                       str x9, [x0]
    dc: e0010054                       b.eq #0x3c
    e0: 181540f9                       ldr x24, [x8, #0x28]
    e4: 38020036                       tbz w24, #0x0, #0x44
    e8: b80200f9                       str x24, [x21]
    ec: 080d40f9                       ldr x8, [x8, #0x18]
    f0: 88020036                       tbz w8, #0x0, #0x50
    f4: e80200f9                       str x8, [x23]
    f8: f8020036                       tbz w24, #0x0, #0x5c
    fc: d8010014                       b #0x760
   100: 00000094                       bl #0x0
        # hole +0x100: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   104: 080340f9                       ldr x8, [x24]
   108: 080500f1                       subs x8, x8, #0x1
   10c: 080300f9                       str x8, [x24]
   110: 41fdff54                       b.ne #-0x58
   114: e7ffff17                       b #-0x64
   118: 00000094                       bl #0x0
        # hole +0x118: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   11c: 880e40f9                       ldr x8, [x20, #0x18]
   120: 181540f9                       ldr x24, [x8, #0x28]
   124: 38fe0737                       tbnz w24, #0x0, #-0x3c
   128: 090340f9                       ldr x9, [x24]
   12c: 29050091                       add x9, x9, #0x1
   130: 090300f9                       str x9, [x24]
   134: b80200f9                       str x24, [x21]
   138: 080d40f9                       ldr x8, [x8, #0x18]
   13c: c8fd0737                       tbnz w8, #0x0, #-0x48
   140: 090140f9                       ldr x9, [x8]
   144: 29050091                       add x9, x9, #0x1
   148: 090100f9                       str x9, [x8]
   14c: e80200f9                       str x8, [x23]
   150: 78380037                       tbnz w24, #0x0, #0x70c
   154: 080b40b9                       ldr w8, [x24, #0x8]
   158: 1f210071                       cmp w8, #0x8
   15c: 01380054                       b.ne #0x700
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
   18c: a0030054                       b.eq #0x74
   190: 080340f9                       ldr x8, [x24]
   194: 080500f1                       subs x8, x8, #0x1
   198: 080300f9                       str x8, [x24]
   19c: 61000054                       b.ne #0xc
   1a0: e00318aa                       mov x0, x24
   1a4: 00000094                       bl #0x0
        # hole +0x1a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1a8: 393b00b4                       cbz x25, #0x764
   1ac: b90200f9                       str x25, [x21]
   1b0: 880e40f9                       ldr x8, [x20, #0x18]
   1b4: 001140f9                       ldr x0, [x8, #0x20]
   1b8: 191100f9                       str x25, [x8, #0x20]
   1bc: a0000037                       tbnz w0, #0x0, #0x14
   1c0: 090040f9                       ldr x9, [x0]
   1c4: 290500f1                       subs x9, x9, #0x1
   1c8: 090000f9                       str x9, [x0]
   1cc: 60020054                       b.eq #0x4c
   1d0: 182540f9                       ldr x24, [x8, #0x48]
   1d4: b8020036                       tbz w24, #0x0, #0x54
   1d8: b80200f9                       str x24, [x21]
   1dc: 091940f9                       ldr x9, [x8, #0x30]
   1e0: 09030036                       tbz w9, #0x0, #0x60
   1e4: e90200f9                       str x9, [x23]
   1e8: 081d40f9                       ldr x8, [x8, #0x38]
   1ec: 68030036                       tbz w8, #0x0, #0x6c
   1f0: ba620091                       add x26, x21, #0x18
   1f4: a80a00f9                       str x8, [x21, #0x10]
   1f8: d8030036                       tbz w24, #0x0, #0x78
   1fc: 9c010014                       b #0x670
   200: 00000094                       bl #0x0
        # hole +0x200: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   204: 080340f9                       ldr x8, [x24]
   208: 080500f1                       subs x8, x8, #0x1
   20c: 080300f9                       str x8, [x24]
   210: c1fcff54                       b.ne #-0x68
   214: e3ffff17                       b #-0x74
   218: 00000094                       bl #0x0
        # hole +0x218: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   21c: 880e40f9                       ldr x8, [x20, #0x18]
   220: 182540f9                       ldr x24, [x8, #0x48]
   224: b8fd0737                       tbnz w24, #0x0, #-0x4c
   228: 090340f9                       ldr x9, [x24]
   22c: 29050091                       add x9, x9, #0x1
   230: 090300f9                       str x9, [x24]
   234: b80200f9                       str x24, [x21]
   238: 091940f9                       ldr x9, [x8, #0x30]
   23c: 49fd0737                       tbnz w9, #0x0, #-0x58
   240: 2a0140f9                       ldr x10, [x9]
   244: 4a050091                       add x10, x10, #0x1
   248: 2a0100f9                       str x10, [x9]
   24c: e90200f9                       str x9, [x23]
   250: 081d40f9                       ldr x8, [x8, #0x38]
   254: e8fc0737                       tbnz w8, #0x0, #-0x64
   258: 090140f9                       ldr x9, [x8]
   25c: 29050091                       add x9, x9, #0x1
   260: 090100f9                       str x9, [x8]
   264: ba620091                       add x26, x21, #0x18
   268: a80a00f9                       str x8, [x21, #0x10]
   26c: 18300037                       tbnz w24, #0x0, #0x600
   270: 080b40b9                       ldr w8, [x24, #0x8]
   274: 1f210071                       cmp w8, #0x8
   278: a12f0054                       b.ne #0x5f4
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
   2f0: 993100b4                       cbz x25, #0x630
   2f4: b90200f9                       str x25, [x21]
   2f8: 880e40f9                       ldr x8, [x20, #0x18]
   2fc: 002140f9                       ldr x0, [x8, #0x40]
   300: 192100f9                       str x25, [x8, #0x40]
   304: a0000037                       tbnz w0, #0x0, #0x14
   308: 090040f9                       ldr x9, [x0]
   30c: 290500f1                       subs x9, x9, #0x1
   310: 090000f9                       str x9, [x0]
   314: 80010054                       b.eq #0x30
   318: 183540f9                       ldr x24, [x8, #0x68]
   31c: d8010036                       tbz w24, #0x0, #0x38
   320: b80200f9                       str x24, [x21]
   324: 092940f9                       ldr x9, [x8, #0x50]
   328: 29020036                       tbz w9, #0x0, #0x44
   32c: e90200f9                       str x9, [x23]
   330: 082d40f9                       ldr x8, [x8, #0x58]
   334: 88020036                       tbz w8, #0x0, #0x50
   338: 680200f9                       str x8, [x19]
   33c: f8020036                       tbz w24, #0x0, #0x5c
   340: 50010014                       b #0x540
   344: 00000094                       bl #0x0
        # hole +0x344: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   348: 880e40f9                       ldr x8, [x20, #0x18]
   34c: 183540f9                       ldr x24, [x8, #0x68]
   350: 98fe0737                       tbnz w24, #0x0, #-0x30
   354: 090340f9                       ldr x9, [x24]
   358: 29050091                       add x9, x9, #0x1
   35c: 090300f9                       str x9, [x24]
   360: b80200f9                       str x24, [x21]
   364: 092940f9                       ldr x9, [x8, #0x50]
   368: 29fe0737                       tbnz w9, #0x0, #-0x3c
   36c: 2a0140f9                       ldr x10, [x9]
   370: 4a050091                       add x10, x10, #0x1
   374: 2a0100f9                       str x10, [x9]
   378: e90200f9                       str x9, [x23]
   37c: 082d40f9                       ldr x8, [x8, #0x58]
   380: c8fd0737                       tbnz w8, #0x0, #-0x48
   384: 090140f9                       ldr x9, [x8]
   388: 29050091                       add x9, x9, #0x1
   38c: 090100f9                       str x9, [x8]
   390: 680200f9                       str x8, [x19]
   394: 78270037                       tbnz w24, #0x0, #0x4ec
   398: 080b40b9                       ldr w8, [x24, #0x8]
   39c: 1f210071                       cmp w8, #0x8
   3a0: 01270054                       b.ne #0x4e0
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
   418: f92800b4                       cbz x25, #0x51c
   41c: b90200f9                       str x25, [x21]
   420: 880e40f9                       ldr x8, [x20, #0x18]
   424: 003140f9                       ldr x0, [x8, #0x60]
   428: 193100f9                       str x25, [x8, #0x60]
   42c: a0000037                       tbnz w0, #0x0, #0x14
   430: 090040f9                       ldr x9, [x0]
   434: 290500f1                       subs x9, x9, #0x1
   438: 090000f9                       str x9, [x0]
   43c: 20010054                       b.eq #0x24
   440: 184140f9                       ldr x24, [x8, #0x80]
   444: 78010036                       tbz w24, #0x0, #0x2c
   448: b80200f9                       str x24, [x21]
   44c: 083940f9                       ldr x8, [x8, #0x70]
   450: c8010036                       tbz w8, #0x0, #0x38
   454: e80200f9                       str x8, [x23]
   458: 38020036                       tbz w24, #0x0, #0x44
   45c: 0e010014                       b #0x438
   460: 00000094                       bl #0x0
        # hole +0x460: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   464: 880e40f9                       ldr x8, [x20, #0x18]
   468: 184140f9                       ldr x24, [x8, #0x80]
   46c: f8fe0737                       tbnz w24, #0x0, #-0x24
   470: 090340f9                       ldr x9, [x24]
   474: 29050091                       add x9, x9, #0x1
   478: 090300f9                       str x9, [x24]
   47c: b80200f9                       str x24, [x21]
   480: 083940f9                       ldr x8, [x8, #0x70]
   484: 88fe0737                       tbnz w8, #0x0, #-0x30
   488: 090140f9                       ldr x9, [x8]
   48c: 29050091                       add x9, x9, #0x1
   490: 090100f9                       str x9, [x8]
   494: e80200f9                       str x8, [x23]
   498: f81f0037                       tbnz w24, #0x0, #0x3fc
   49c: 080b40b9                       ldr w8, [x24, #0x8]
   4a0: 1f210071                       cmp w8, #0x8
   4a4: 811f0054                       b.ne #0x3f0
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
   4d4: 20030054                       b.eq #0x64
   4d8: 080340f9                       ldr x8, [x24]
   4dc: 080500f1                       subs x8, x8, #0x1
   4e0: 080300f9                       str x8, [x24]
   4e4: 61000054                       b.ne #0xc
   4e8: e00318aa                       mov x0, x24
   4ec: 00000094                       bl #0x0
        # hole +0x4ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4f0: d92200b4                       cbz x25, #0x458
   4f4: b90200f9                       str x25, [x21]
   4f8: 880e40f9                       ldr x8, [x20, #0x18]
   4fc: 003d40f9                       ldr x0, [x8, #0x78]
   500: 193d00f9                       str x25, [x8, #0x78]
   504: a0000037                       tbnz w0, #0x0, #0x14
   508: 090040f9                       ldr x9, [x0]
   50c: 290500f1                       subs x9, x9, #0x1
   510: 090000f9                       str x9, [x0]
   514: e0010054                       b.eq #0x3c
   518: 184d40f9                       ldr x24, [x8, #0x98]
   51c: 38020036                       tbz w24, #0x0, #0x44
   520: b80200f9                       str x24, [x21]
   524: 084540f9                       ldr x8, [x8, #0x88]
   528: 88020036                       tbz w8, #0x0, #0x50
   52c: e80200f9                       str x8, [x23]
   530: f8020036                       tbz w24, #0x0, #0x5c
   534: dc000014                       b #0x370
   538: 00000094                       bl #0x0
        # hole +0x538: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   53c: 080340f9                       ldr x8, [x24]
   540: 080500f1                       subs x8, x8, #0x1
   544: 080300f9                       str x8, [x24]
   548: 41fdff54                       b.ne #-0x58
   54c: e7ffff17                       b #-0x64
   550: 00000094                       bl #0x0
        # hole +0x550: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   554: 880e40f9                       ldr x8, [x20, #0x18]
   558: 184d40f9                       ldr x24, [x8, #0x98]
   55c: 38fe0737                       tbnz w24, #0x0, #-0x3c
   560: 090340f9                       ldr x9, [x24]
   564: 29050091                       add x9, x9, #0x1
   568: 090300f9                       str x9, [x24]
   56c: b80200f9                       str x24, [x21]
   570: 084540f9                       ldr x8, [x8, #0x88]
   574: c8fd0737                       tbnz w8, #0x0, #-0x48
   578: 090140f9                       ldr x9, [x8]
   57c: 29050091                       add x9, x9, #0x1
   580: 090100f9                       str x9, [x8]
   584: e80200f9                       str x8, [x23]
   588: f8180037                       tbnz w24, #0x0, #0x31c
   58c: 080b40b9                       ldr w8, [x24, #0x8]
   590: 1f210071                       cmp w8, #0x8
   594: 81180054                       b.ne #0x310
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
   5c4: 80030054                       b.eq #0x70
   5c8: 080340f9                       ldr x8, [x24]
   5cc: 080500f1                       subs x8, x8, #0x1
   5d0: 080300f9                       str x8, [x24]
   5d4: 61000054                       b.ne #0xc
   5d8: e00318aa                       mov x0, x24
   5dc: 00000094                       bl #0x0
        # hole +0x5dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5e0: f91b00b4                       cbz x25, #0x37c
   5e4: b90200f9                       str x25, [x21]
   5e8: 880e40f9                       ldr x8, [x20, #0x18]
   5ec: 004940f9                       ldr x0, [x8, #0x90]
   5f0: 194900f9                       str x25, [x8, #0x90]
   5f4: a0000037                       tbnz w0, #0x0, #0x14
   5f8: 090040f9                       ldr x9, [x0]
   5fc: 290500f1                       subs x9, x9, #0x1
   600: 090000f9                       str x9, [x0]
   604: 40020054                       b.eq #0x48
   608: 185d40f9                       ldr x24, [x8, #0xb8]
   60c: 98020036                       tbz w24, #0x0, #0x50
   610: b80200f9                       str x24, [x21]
   614: 095140f9                       ldr x9, [x8, #0xa0]
   618: e9020036                       tbz w9, #0x0, #0x5c
   61c: e90200f9                       str x9, [x23]
   620: 085540f9                       ldr x8, [x8, #0xa8]
   624: 48030036                       tbz w8, #0x0, #0x68
   628: 680200f9                       str x8, [x19]
   62c: b8030036                       tbz w24, #0x0, #0x74
   630: a1000014                       b #0x284
   634: 00000094                       bl #0x0
        # hole +0x634: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   638: 080340f9                       ldr x8, [x24]
   63c: 080500f1                       subs x8, x8, #0x1
   640: 080300f9                       str x8, [x24]
   644: e1fcff54                       b.ne #-0x64
   648: e4ffff17                       b #-0x70
   64c: 00000094                       bl #0x0
        # hole +0x64c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   650: 880e40f9                       ldr x8, [x20, #0x18]
   654: 185d40f9                       ldr x24, [x8, #0xb8]
   658: d8fd0737                       tbnz w24, #0x0, #-0x48
   65c: 090340f9                       ldr x9, [x24]
   660: 29050091                       add x9, x9, #0x1
   664: 090300f9                       str x9, [x24]
   668: b80200f9                       str x24, [x21]
   66c: 095140f9                       ldr x9, [x8, #0xa0]
   670: 69fd0737                       tbnz w9, #0x0, #-0x54
   674: 2a0140f9                       ldr x10, [x9]
   678: 4a050091                       add x10, x10, #0x1
   67c: 2a0100f9                       str x10, [x9]
   680: e90200f9                       str x9, [x23]
   684: 085540f9                       ldr x8, [x8, #0xa8]
   688: 08fd0737                       tbnz w8, #0x0, #-0x60
   68c: 090140f9                       ldr x9, [x8]
   690: 29050091                       add x9, x9, #0x1
   694: 090100f9                       str x9, [x8]
   698: 680200f9                       str x8, [x19]
   69c: d8100037                       tbnz w24, #0x0, #0x218
   6a0: 080b40b9                       ldr w8, [x24, #0x8]
   6a4: 1f210071                       cmp w8, #0x8
   6a8: 61100054                       b.ne #0x20c
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
   720: 991200b4                       cbz x25, #0x250
   724: b90200f9                       str x25, [x21]
   728: 880e40f9                       ldr x8, [x20, #0x18]
   72c: 005940f9                       ldr x0, [x8, #0xb0]
   730: 195900f9                       str x25, [x8, #0xb0]
   734: a0000037                       tbnz w0, #0x0, #0x14
   738: 090040f9                       ldr x9, [x0]
   73c: 290500f1                       subs x9, x9, #0x1
   740: 090000f9                       str x9, [x0]
   744: 20010054                       b.eq #0x24
   748: 186940f9                       ldr x24, [x8, #0xd0]
   74c: 78010036                       tbz w24, #0x0, #0x2c
   750: b80200f9                       str x24, [x21]
   754: 086140f9                       ldr x8, [x8, #0xc0]
   758: c8010036                       tbz w8, #0x0, #0x38
   75c: e80200f9                       str x8, [x23]
   760: 38020036                       tbz w24, #0x0, #0x44
   764: 59000014                       b #0x164
   768: 00000094                       bl #0x0
        # hole +0x768: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   76c: 880e40f9                       ldr x8, [x20, #0x18]
   770: 186940f9                       ldr x24, [x8, #0xd0]
   774: f8fe0737                       tbnz w24, #0x0, #-0x24
   778: 090340f9                       ldr x9, [x24]
   77c: 29050091                       add x9, x9, #0x1
   780: 090300f9                       str x9, [x24]
   784: b80200f9                       str x24, [x21]
   788: 086140f9                       ldr x8, [x8, #0xc0]
   78c: 88fe0737                       tbnz w8, #0x0, #-0x30
   790: 090140f9                       ldr x9, [x8]
   794: 29050091                       add x9, x9, #0x1
   798: 090100f9                       str x9, [x8]
   79c: e80200f9                       str x8, [x23]
   7a0: 58090037                       tbnz w24, #0x0, #0x128
   7a4: 080b40b9                       ldr w8, [x24, #0x8]
   7a8: 1f210071                       cmp w8, #0x8
   7ac: e1080054                       b.ne #0x11c
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
   7f8: 730c00b4                       cbz x19, #0x18c
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
   84c: 23008052                       mov w3, #0x1
   850: 85028052                       mov w5, #0x14
   854: 48008052                       mov w8, #0x2
   858: 1f000014                       b #0x7c
   85c: 23008052                       mov w3, #0x1
   860: 050a8052                       mov w5, #0x50
   864: 08018052                       mov w8, #0x8
   868: 1b000014                       b #0x6c
   86c: 23008052                       mov w3, #0x1
   870: c5128052                       mov w5, #0x96
   874: e8018052                       mov w8, #0xf
   878: f3031aaa                       mov x19, x26
   87c: 16000014                       b #0x58
   880: 23008052                       mov w3, #0x1
   884: 851b8052                       mov w5, #0xdc
   888: c8028052                       mov w8, #0x16
   88c: f3031aaa                       mov x19, x26
   890: 11000014                       b #0x44
   894: 23008052                       mov w3, #0x1
   898: 05238052                       mov w5, #0x118
   89c: 88038052                       mov w8, #0x1c
   8a0: 0d000014                       b #0x34
   8a4: 23008052                       mov w3, #0x1
   8a8: 852a8052                       mov w5, #0x154
   8ac: 48048052                       mov w8, #0x22
   8b0: 09000014                       b #0x24
   8b4: 23008052                       mov w3, #0x1
   8b8: 45338052                       mov w5, #0x19a
   8bc: 28058052                       mov w8, #0x29
   8c0: f3031aaa                       mov x19, x26
   8c4: 04000014                       b #0x10
   8c8: 23008052                       mov w3, #0x1
   8cc: c53a8052                       mov w5, #0x1d6
   8d0: e8058052                       mov w8, #0x2f
   8d4: 09000090                       adrp x9, #0
        # hole +0x8d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8d8: 290140f9                       ldr x9, [x9]
        # hole +0x8d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8dc: 2401088b                       add x4, x9, x8
   8e0: e00314aa                       mov x0, x20
   8e4: e10313aa                       mov x1, x19
   8e8: e20316aa                       mov x2, x22
   8ec: 00000094                       bl #0x0
        # hole +0x8ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   8f0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   8f4: c0035fd6                       ret
   8f8: 63008052                       mov w3, #0x3
   8fc: 85028052                       mov w5, #0x14
   900: 48008052                       mov w8, #0x2
   904: f30315aa                       mov x19, x21
   908: f3ffff17                       b #-0x34
   90c: 63008052                       mov w3, #0x3
   910: 050a8052                       mov w5, #0x50
   914: 08018052                       mov w8, #0x8
   918: f30315aa                       mov x19, x21
   91c: eeffff17                       b #-0x48
   920: 63008052                       mov w3, #0x3
   924: c5128052                       mov w5, #0x96
   928: e8018052                       mov w8, #0xf
   92c: f30315aa                       mov x19, x21
   930: e9ffff17                       b #-0x5c
   934: 63008052                       mov w3, #0x3
   938: 851b8052                       mov w5, #0xdc
   93c: c8028052                       mov w8, #0x16
   940: f30315aa                       mov x19, x21
   944: e4ffff17                       b #-0x70
   948: 63008052                       mov w3, #0x3
   94c: 05238052                       mov w5, #0x118
   950: 88038052                       mov w8, #0x1c
   954: f30315aa                       mov x19, x21
   958: dfffff17                       b #-0x84
   95c: 63008052                       mov w3, #0x3
   960: 852a8052                       mov w5, #0x154
   964: 48048052                       mov w8, #0x22
   968: f30315aa                       mov x19, x21
   96c: daffff17                       b #-0x98
   970: 63008052                       mov w3, #0x3
   974: 45338052                       mov w5, #0x19a
   978: 28058052                       mov w8, #0x29
   97c: f30315aa                       mov x19, x21
   980: d5ffff17                       b #-0xac
   984: 63008052                       mov w3, #0x3
   988: c53a8052                       mov w5, #0x1d6
   98c: e8058052                       mov w8, #0x2f
   990: f30315aa                       mov x19, x21
   994: d0ffff17                       b #-0xc0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
