# stencil startup_builtins for aarch64-unknown-linux-gnu: 2884 code bytes, 0 data bytes, 101 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
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
    34: b8010036                       tbz w24, #0x0, #0x34
    38: 18020014                       b #0x860
    3c: f70315aa                       mov x23, x21
    40: f88600f8                       str x24, [x23], #0x8
    44: 080140f9                       ldr x8, [x8]
    48: 28ff0737                       tbnz w8, #0x0, #-0x1c
    4c: 090140f9                       ldr x9, [x8]
    50: 29050091                       add x9, x9, #0x1
    54: 090100f9                       str x9, [x8]
    58: b80240f9                       ldr x24, [x21]
    5c: b3420091                       add x19, x21, #0x10
    60: a80600f9                       str x8, [x21, #0x8]
    64: b8410037                       tbnz w24, #0x0, #0x834
    68: 080b40b9                       ldr w8, [x24, #0x8]
    6c: 1f210071                       cmp w8, #0x8
    70: 41410054                       b.ne #0x828
    74: 081f40f9                       ldr x8, [x24, #0x38]
    78: e00316aa                       mov x0, x22
    7c: e10317aa                       mov x1, x23
    80: 22008052                       mov w2, #0x1
    84: 00013fd6                       blr x8
    88: e80240f9                       ldr x8, [x23]
    8c: f90300aa                       mov x25, x0
    90: a8000037                       tbnz w8, #0x0, #0x14
    94: 090140f9                       ldr x9, [x8]
    98: 290500f1                       subs x9, x9, #0x1
    9c: 090100f9                       str x9, [x8]
    a0: 80030054                       b.eq #0x70
    a4: 080340f9                       ldr x8, [x24]
    a8: 080500f1                       subs x8, x8, #0x1
    ac: 080300f9                       str x8, [x24]
    b0: 61000054                       b.ne #0xc
    b4: e00318aa                       mov x0, x24
    b8: 00000094                       bl #0x0
        # hole +0xb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    bc: 594c00b4                       cbz x25, #0x988
    c0: 880e40f9                       ldr x8, [x20, #0x18]
    c4: b90200f9                       str x25, [x21]
    c8: 000540f9                       ldr x0, [x8, #0x8]
    cc: 190500f9                       str x25, [x8, #0x8]
    d0: a0000037                       tbnz w0, #0x0, #0x14
    d4: 090040f9                       ldr x9, [x0]
    d8: 290500f1                       subs x9, x9, #0x1
    dc: 090000f9                       str x9, [x0]
    e0: 60020054                       b.eq #0x4c
    e4: 181540f9                       ldr x24, [x8, #0x28]
    e8: b8020037                       tbnz w24, #0x0, #0x54
    ec: 090340f9                       ldr x9, [x24]
    f0: 29050091                       add x9, x9, #0x1
    f4: 090300f9                       str x9, [x24]
    f8: b80200f9                       str x24, [x21]
    fc: 080d40f9                       ldr x8, [x8, #0x18]
   100: 48020036                       tbz w8, #0x0, #0x48
   104: e80200f9                       str x8, [x23]
   108: d8020036                       tbz w24, #0x0, #0x58
   10c: f0010014                       b #0x7c0
   110: e00308aa                       mov x0, x8
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 080340f9                       ldr x8, [x24]
   11c: 080500f1                       subs x8, x8, #0x1
   120: 080300f9                       str x8, [x24]
   124: c1fcff54                       b.ne #-0x68
   128: e3ffff17                       b #-0x74
   12c: 00000094                       bl #0x0
        # hole +0x12c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   130: 880e40f9                       ldr x8, [x20, #0x18]
   134: 181540f9                       ldr x24, [x8, #0x28]
   138: b8fd0736                       tbz w24, #0x0, #-0x4c
   13c: b80200f9                       str x24, [x21]
   140: 080d40f9                       ldr x8, [x8, #0x18]
   144: 08fe0737                       tbnz w8, #0x0, #-0x40
   148: 090140f9                       ldr x9, [x8]
   14c: 29050091                       add x9, x9, #0x1
   150: 090100f9                       str x9, [x8]
   154: b80240f9                       ldr x24, [x21]
   158: e80200f9                       str x8, [x23]
   15c: 983b0037                       tbnz w24, #0x0, #0x770
   160: 080b40b9                       ldr w8, [x24, #0x8]
   164: 1f210071                       cmp w8, #0x8
   168: 213b0054                       b.ne #0x764
   16c: 081f40f9                       ldr x8, [x24, #0x38]
   170: e00316aa                       mov x0, x22
   174: e10317aa                       mov x1, x23
   178: 22008052                       mov w2, #0x1
   17c: 00013fd6                       blr x8
   180: e80240f9                       ldr x8, [x23]
   184: f90300aa                       mov x25, x0
   188: a8000037                       tbnz w8, #0x0, #0x14
   18c: 090140f9                       ldr x9, [x8]
   190: 290500f1                       subs x9, x9, #0x1
   194: 090100f9                       str x9, [x8]
   198: 80040054                       b.eq #0x90
   19c: 080340f9                       ldr x8, [x24]
   1a0: 080500f1                       subs x8, x8, #0x1
   1a4: 080300f9                       str x8, [x24]
   1a8: 61000054                       b.ne #0xc
   1ac: e00318aa                       mov x0, x24
   1b0: 00000094                       bl #0x0
        # hole +0x1b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1b4: 994500b4                       cbz x25, #0x8b0
   1b8: 880e40f9                       ldr x8, [x20, #0x18]
   1bc: b90200f9                       str x25, [x21]
   1c0: 001140f9                       ldr x0, [x8, #0x20]
   1c4: 191100f9                       str x25, [x8, #0x20]
   1c8: a0000037                       tbnz w0, #0x0, #0x14
   1cc: 090040f9                       ldr x9, [x0]
   1d0: 290500f1                       subs x9, x9, #0x1
   1d4: 090000f9                       str x9, [x0]
   1d8: 60030054                       b.eq #0x6c
   1dc: 092540f9                       ldr x9, [x8, #0x48]
   1e0: a9030037                       tbnz w9, #0x0, #0x74
   1e4: 2a0140f9                       ldr x10, [x9]
   1e8: 4a050091                       add x10, x10, #0x1
   1ec: 2a0100f9                       str x10, [x9]
   1f0: a90200f9                       str x9, [x21]
   1f4: 091940f9                       ldr x9, [x8, #0x30]
   1f8: 49030036                       tbz w9, #0x0, #0x68
   1fc: e90200f9                       str x9, [x23]
   200: 081d40f9                       ldr x8, [x8, #0x38]
   204: a8030037                       tbnz w8, #0x0, #0x74
   208: 090140f9                       ldr x9, [x8]
   20c: 29050091                       add x9, x9, #0x1
   210: 090100f9                       str x9, [x8]
   214: b80240f9                       ldr x24, [x21]
   218: ba620091                       add x26, x21, #0x18
   21c: a80a00f9                       str x8, [x21, #0x10]
   220: 58030036                       tbz w24, #0x0, #0x68
   224: b7010014                       b #0x6dc
   228: e00308aa                       mov x0, x8
   22c: 00000094                       bl #0x0
        # hole +0x22c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   230: 080340f9                       ldr x8, [x24]
   234: 080500f1                       subs x8, x8, #0x1
   238: 080300f9                       str x8, [x24]
   23c: c1fbff54                       b.ne #-0x88
   240: dbffff17                       b #-0x94
   244: 00000094                       bl #0x0
        # hole +0x244: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   248: 880e40f9                       ldr x8, [x20, #0x18]
   24c: 092540f9                       ldr x9, [x8, #0x48]
   250: a9fc0736                       tbz w9, #0x0, #-0x6c
   254: a90200f9                       str x9, [x21]
   258: 091940f9                       ldr x9, [x8, #0x30]
   25c: 09fd0737                       tbnz w9, #0x0, #-0x60
   260: 2a0140f9                       ldr x10, [x9]
   264: 4a050091                       add x10, x10, #0x1
   268: 2a0100f9                       str x10, [x9]
   26c: e90200f9                       str x9, [x23]
   270: 081d40f9                       ldr x8, [x8, #0x38]
   274: a8fc0736                       tbz w8, #0x0, #-0x6c
   278: b80240f9                       ldr x24, [x21]
   27c: ba620091                       add x26, x21, #0x18
   280: a80a00f9                       str x8, [x21, #0x10]
   284: f8330037                       tbnz w24, #0x0, #0x67c
   288: 080b40b9                       ldr w8, [x24, #0x8]
   28c: 1f210071                       cmp w8, #0x8
   290: 81330054                       b.ne #0x670
   294: 081f40f9                       ldr x8, [x24, #0x38]
   298: e00316aa                       mov x0, x22
   29c: e10317aa                       mov x1, x23
   2a0: 42008052                       mov w2, #0x2
   2a4: 00013fd6                       blr x8
   2a8: e80240f9                       ldr x8, [x23]
   2ac: f90300aa                       mov x25, x0
   2b0: a8000037                       tbnz w8, #0x0, #0x14
   2b4: 090140f9                       ldr x9, [x8]
   2b8: 290500f1                       subs x9, x9, #0x1
   2bc: 090100f9                       str x9, [x8]
   2c0: 20010054                       b.eq #0x24
   2c4: a00a40f9                       ldr x0, [x21, #0x10]
   2c8: 60010037                       tbnz w0, #0x0, #0x2c
   2cc: 080040f9                       ldr x8, [x0]
   2d0: 080500f1                       subs x8, x8, #0x1
   2d4: 080000f9                       str x8, [x0]
   2d8: e1000054                       b.ne #0x1c
   2dc: 00000094                       bl #0x0
        # hole +0x2dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2e0: 05000014                       b #0x14
   2e4: e00308aa                       mov x0, x8
   2e8: 00000094                       bl #0x0
        # hole +0x2e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2ec: a00a40f9                       ldr x0, [x21, #0x10]
   2f0: e0fe0736                       tbz w0, #0x0, #-0x24
   2f4: 080340f9                       ldr x8, [x24]
   2f8: 080500f1                       subs x8, x8, #0x1
   2fc: 080300f9                       str x8, [x24]
   300: 61000054                       b.ne #0xc
   304: e00318aa                       mov x0, x24
   308: 00000094                       bl #0x0
        # hole +0x308: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   30c: d93b00b4                       cbz x25, #0x778
   310: 880e40f9                       ldr x8, [x20, #0x18]
   314: b90200f9                       str x25, [x21]
   318: 002140f9                       ldr x0, [x8, #0x40]
   31c: 192100f9                       str x25, [x8, #0x40]
   320: a0000037                       tbnz w0, #0x0, #0x14
   324: 090040f9                       ldr x9, [x0]
   328: 290500f1                       subs x9, x9, #0x1
   32c: 090000f9                       str x9, [x0]
   330: 60020054                       b.eq #0x4c
   334: 093540f9                       ldr x9, [x8, #0x68]
   338: a9020037                       tbnz w9, #0x0, #0x54
   33c: 2a0140f9                       ldr x10, [x9]
   340: 4a050091                       add x10, x10, #0x1
   344: 2a0100f9                       str x10, [x9]
   348: a90200f9                       str x9, [x21]
   34c: 092940f9                       ldr x9, [x8, #0x50]
   350: 49020036                       tbz w9, #0x0, #0x48
   354: e90200f9                       str x9, [x23]
   358: 082d40f9                       ldr x8, [x8, #0x58]
   35c: a8020037                       tbnz w8, #0x0, #0x54
   360: 090140f9                       ldr x9, [x8]
   364: 29050091                       add x9, x9, #0x1
   368: 090100f9                       str x9, [x8]
   36c: b80240f9                       ldr x24, [x21]
   370: a80a00f9                       str x8, [x21, #0x10]
   374: 58020036                       tbz w24, #0x0, #0x48
   378: 70010014                       b #0x5c0
   37c: 00000094                       bl #0x0
        # hole +0x37c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   380: 880e40f9                       ldr x8, [x20, #0x18]
   384: 093540f9                       ldr x9, [x8, #0x68]
   388: a9fd0736                       tbz w9, #0x0, #-0x4c
   38c: a90200f9                       str x9, [x21]
   390: 092940f9                       ldr x9, [x8, #0x50]
   394: 09fe0737                       tbnz w9, #0x0, #-0x40
   398: 2a0140f9                       ldr x10, [x9]
   39c: 4a050091                       add x10, x10, #0x1
   3a0: 2a0100f9                       str x10, [x9]
   3a4: e90200f9                       str x9, [x23]
   3a8: 082d40f9                       ldr x8, [x8, #0x58]
   3ac: a8fd0736                       tbz w8, #0x0, #-0x4c
   3b0: b80240f9                       ldr x24, [x21]
   3b4: a80a00f9                       str x8, [x21, #0x10]
   3b8: 182c0037                       tbnz w24, #0x0, #0x580
   3bc: 080b40b9                       ldr w8, [x24, #0x8]
   3c0: 1f210071                       cmp w8, #0x8
   3c4: a12b0054                       b.ne #0x574
   3c8: 081f40f9                       ldr x8, [x24, #0x38]
   3cc: e00316aa                       mov x0, x22
   3d0: e10317aa                       mov x1, x23
   3d4: 42008052                       mov w2, #0x2
   3d8: 00013fd6                       blr x8
   3dc: e80240f9                       ldr x8, [x23]
   3e0: f90300aa                       mov x25, x0
   3e4: a8000037                       tbnz w8, #0x0, #0x14
   3e8: 090140f9                       ldr x9, [x8]
   3ec: 290500f1                       subs x9, x9, #0x1
   3f0: 090100f9                       str x9, [x8]
   3f4: 20010054                       b.eq #0x24
   3f8: a00a40f9                       ldr x0, [x21, #0x10]
   3fc: 60010037                       tbnz w0, #0x0, #0x2c
   400: 080040f9                       ldr x8, [x0]
   404: 080500f1                       subs x8, x8, #0x1
   408: 080000f9                       str x8, [x0]
   40c: e1000054                       b.ne #0x1c
   410: 00000094                       bl #0x0
        # hole +0x410: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   414: 05000014                       b #0x14
   418: e00308aa                       mov x0, x8
   41c: 00000094                       bl #0x0
        # hole +0x41c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   420: a00a40f9                       ldr x0, [x21, #0x10]
   424: e0fe0736                       tbz w0, #0x0, #-0x24
   428: 080340f9                       ldr x8, [x24]
   42c: 080500f1                       subs x8, x8, #0x1
   430: 080300f9                       str x8, [x24]
   434: 61000054                       b.ne #0xc
   438: e00318aa                       mov x0, x24
   43c: 00000094                       bl #0x0
        # hole +0x43c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   440: 393300b4                       cbz x25, #0x664
   444: 880e40f9                       ldr x8, [x20, #0x18]
   448: b90200f9                       str x25, [x21]
   44c: 003140f9                       ldr x0, [x8, #0x60]
   450: 193100f9                       str x25, [x8, #0x60]
   454: a0000037                       tbnz w0, #0x0, #0x14
   458: 090040f9                       ldr x9, [x0]
   45c: 290500f1                       subs x9, x9, #0x1
   460: 090000f9                       str x9, [x0]
   464: 80010054                       b.eq #0x30
   468: 184140f9                       ldr x24, [x8, #0x80]
   46c: d8010037                       tbnz w24, #0x0, #0x38
   470: 090340f9                       ldr x9, [x24]
   474: 29050091                       add x9, x9, #0x1
   478: 090300f9                       str x9, [x24]
   47c: b80200f9                       str x24, [x21]
   480: 083940f9                       ldr x8, [x8, #0x70]
   484: 68010036                       tbz w8, #0x0, #0x2c
   488: e80200f9                       str x8, [x23]
   48c: f8010036                       tbz w24, #0x0, #0x3c
   490: 38010014                       b #0x4e0
   494: 00000094                       bl #0x0
        # hole +0x494: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   498: 880e40f9                       ldr x8, [x20, #0x18]
   49c: 184140f9                       ldr x24, [x8, #0x80]
   4a0: 98fe0736                       tbz w24, #0x0, #-0x30
   4a4: b80200f9                       str x24, [x21]
   4a8: 083940f9                       ldr x8, [x8, #0x70]
   4ac: e8fe0737                       tbnz w8, #0x0, #-0x24
   4b0: 090140f9                       ldr x9, [x8]
   4b4: 29050091                       add x9, x9, #0x1
   4b8: 090100f9                       str x9, [x8]
   4bc: b80240f9                       ldr x24, [x21]
   4c0: e80200f9                       str x8, [x23]
   4c4: 78250037                       tbnz w24, #0x0, #0x4ac
   4c8: 080b40b9                       ldr w8, [x24, #0x8]
   4cc: 1f210071                       cmp w8, #0x8
   4d0: 01250054                       b.ne #0x4a0
   4d4: 081f40f9                       ldr x8, [x24, #0x38]
   4d8: e00316aa                       mov x0, x22
   4dc: e10317aa                       mov x1, x23
   4e0: 22008052                       mov w2, #0x1
   4e4: 00013fd6                       blr x8
   4e8: e80240f9                       ldr x8, [x23]
   4ec: f90300aa                       mov x25, x0
   4f0: a8000037                       tbnz w8, #0x0, #0x14
   4f4: 090140f9                       ldr x9, [x8]
   4f8: 290500f1                       subs x9, x9, #0x1
   4fc: 090100f9                       str x9, [x8]
   500: 80030054                       b.eq #0x70
   504: 080340f9                       ldr x8, [x24]
   508: 080500f1                       subs x8, x8, #0x1
   50c: 080300f9                       str x8, [x24]
   510: 61000054                       b.ne #0xc
   514: e00318aa                       mov x0, x24
   518: 00000094                       bl #0x0
        # hole +0x518: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   51c: 592d00b4                       cbz x25, #0x5a8
   520: 880e40f9                       ldr x8, [x20, #0x18]
   524: b90200f9                       str x25, [x21]
   528: 003d40f9                       ldr x0, [x8, #0x78]
   52c: 193d00f9                       str x25, [x8, #0x78]
   530: a0000037                       tbnz w0, #0x0, #0x14
   534: 090040f9                       ldr x9, [x0]
   538: 290500f1                       subs x9, x9, #0x1
   53c: 090000f9                       str x9, [x0]
   540: 60020054                       b.eq #0x4c
   544: 184d40f9                       ldr x24, [x8, #0x98]
   548: b8020037                       tbnz w24, #0x0, #0x54
   54c: 090340f9                       ldr x9, [x24]
   550: 29050091                       add x9, x9, #0x1
   554: 090300f9                       str x9, [x24]
   558: b80200f9                       str x24, [x21]
   55c: 084540f9                       ldr x8, [x8, #0x88]
   560: 48020036                       tbz w8, #0x0, #0x48
   564: e80200f9                       str x8, [x23]
   568: d8020036                       tbz w24, #0x0, #0x58
   56c: 0e010014                       b #0x438
   570: e00308aa                       mov x0, x8
   574: 00000094                       bl #0x0
        # hole +0x574: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   578: 080340f9                       ldr x8, [x24]
   57c: 080500f1                       subs x8, x8, #0x1
   580: 080300f9                       str x8, [x24]
   584: c1fcff54                       b.ne #-0x68
   588: e3ffff17                       b #-0x74
   58c: 00000094                       bl #0x0
        # hole +0x58c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   590: 880e40f9                       ldr x8, [x20, #0x18]
   594: 184d40f9                       ldr x24, [x8, #0x98]
   598: b8fd0736                       tbz w24, #0x0, #-0x4c
   59c: b80200f9                       str x24, [x21]
   5a0: 084540f9                       ldr x8, [x8, #0x88]
   5a4: 08fe0737                       tbnz w8, #0x0, #-0x40
   5a8: 090140f9                       ldr x9, [x8]
   5ac: 29050091                       add x9, x9, #0x1
   5b0: 090100f9                       str x9, [x8]
   5b4: b80240f9                       ldr x24, [x21]
   5b8: e80200f9                       str x8, [x23]
   5bc: 581f0037                       tbnz w24, #0x0, #0x3e8
   5c0: 080b40b9                       ldr w8, [x24, #0x8]
   5c4: 1f210071                       cmp w8, #0x8
   5c8: e11e0054                       b.ne #0x3dc
   5cc: 081f40f9                       ldr x8, [x24, #0x38]
   5d0: e00316aa                       mov x0, x22
   5d4: e10317aa                       mov x1, x23
   5d8: 22008052                       mov w2, #0x1
   5dc: 00013fd6                       blr x8
   5e0: e80240f9                       ldr x8, [x23]
   5e4: f90300aa                       mov x25, x0
   5e8: a8000037                       tbnz w8, #0x0, #0x14
   5ec: 090140f9                       ldr x9, [x8]
   5f0: 290500f1                       subs x9, x9, #0x1
   5f4: 090100f9                       str x9, [x8]
   5f8: 60040054                       b.eq #0x8c
   5fc: 080340f9                       ldr x8, [x24]
   600: 080500f1                       subs x8, x8, #0x1
   604: 080300f9                       str x8, [x24]
   608: 61000054                       b.ne #0xc
   60c: e00318aa                       mov x0, x24
   610: 00000094                       bl #0x0
        # hole +0x610: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   614: 992600b4                       cbz x25, #0x4d0
   618: 880e40f9                       ldr x8, [x20, #0x18]
   61c: b90200f9                       str x25, [x21]
   620: 004940f9                       ldr x0, [x8, #0x90]
   624: 194900f9                       str x25, [x8, #0x90]
   628: a0000037                       tbnz w0, #0x0, #0x14
   62c: 090040f9                       ldr x9, [x0]
   630: 290500f1                       subs x9, x9, #0x1
   634: 090000f9                       str x9, [x0]
   638: 40030054                       b.eq #0x68
   63c: 095d40f9                       ldr x9, [x8, #0xb8]
   640: 89030037                       tbnz w9, #0x0, #0x70
   644: 2a0140f9                       ldr x10, [x9]
   648: 4a050091                       add x10, x10, #0x1
   64c: 2a0100f9                       str x10, [x9]
   650: a90200f9                       str x9, [x21]
   654: 095140f9                       ldr x9, [x8, #0xa0]
   658: 29030036                       tbz w9, #0x0, #0x64
   65c: e90200f9                       str x9, [x23]
   660: 085540f9                       ldr x8, [x8, #0xa8]
   664: 88030037                       tbnz w8, #0x0, #0x70
   668: 090140f9                       ldr x9, [x8]
   66c: 29050091                       add x9, x9, #0x1
   670: 090100f9                       str x9, [x8]
   674: b80240f9                       ldr x24, [x21]
   678: a80a00f9                       str x8, [x21, #0x10]
   67c: 38030036                       tbz w24, #0x0, #0x64
   680: d6000014                       b #0x358
   684: e00308aa                       mov x0, x8
   688: 00000094                       bl #0x0
        # hole +0x688: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   68c: 080340f9                       ldr x8, [x24]
   690: 080500f1                       subs x8, x8, #0x1
   694: 080300f9                       str x8, [x24]
   698: e1fbff54                       b.ne #-0x84
   69c: dcffff17                       b #-0x90
   6a0: 00000094                       bl #0x0
        # hole +0x6a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6a4: 880e40f9                       ldr x8, [x20, #0x18]
   6a8: 095d40f9                       ldr x9, [x8, #0xb8]
   6ac: c9fc0736                       tbz w9, #0x0, #-0x68
   6b0: a90200f9                       str x9, [x21]
   6b4: 095140f9                       ldr x9, [x8, #0xa0]
   6b8: 29fd0737                       tbnz w9, #0x0, #-0x5c
   6bc: 2a0140f9                       ldr x10, [x9]
   6c0: 4a050091                       add x10, x10, #0x1
   6c4: 2a0100f9                       str x10, [x9]
   6c8: e90200f9                       str x9, [x23]
   6cc: 085540f9                       ldr x8, [x8, #0xa8]
   6d0: c8fc0736                       tbz w8, #0x0, #-0x68
   6d4: b80240f9                       ldr x24, [x21]
   6d8: a80a00f9                       str x8, [x21, #0x10]
   6dc: f8170037                       tbnz w24, #0x0, #0x2fc
   6e0: 080b40b9                       ldr w8, [x24, #0x8]
   6e4: 1f210071                       cmp w8, #0x8
   6e8: 81170054                       b.ne #0x2f0
   6ec: 081f40f9                       ldr x8, [x24, #0x38]
   6f0: e00316aa                       mov x0, x22
   6f4: e10317aa                       mov x1, x23
   6f8: 42008052                       mov w2, #0x2
   6fc: 00013fd6                       blr x8
   700: e80240f9                       ldr x8, [x23]
   704: f90300aa                       mov x25, x0
   708: a8000037                       tbnz w8, #0x0, #0x14
   70c: 090140f9                       ldr x9, [x8]
   710: 290500f1                       subs x9, x9, #0x1
   714: 090100f9                       str x9, [x8]
   718: 20010054                       b.eq #0x24
   71c: a00a40f9                       ldr x0, [x21, #0x10]
   720: 60010037                       tbnz w0, #0x0, #0x2c
   724: 080040f9                       ldr x8, [x0]
   728: 080500f1                       subs x8, x8, #0x1
   72c: 080000f9                       str x8, [x0]
   730: e1000054                       b.ne #0x1c
   734: 00000094                       bl #0x0
        # hole +0x734: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   738: 05000014                       b #0x14
   73c: e00308aa                       mov x0, x8
   740: 00000094                       bl #0x0
        # hole +0x740: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   744: a00a40f9                       ldr x0, [x21, #0x10]
   748: e0fe0736                       tbz w0, #0x0, #-0x24
   74c: 080340f9                       ldr x8, [x24]
   750: 080500f1                       subs x8, x8, #0x1
   754: 080300f9                       str x8, [x24]
   758: 61000054                       b.ne #0xc
   75c: e00318aa                       mov x0, x24
   760: 00000094                       bl #0x0
        # hole +0x760: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   764: 191d00b4                       cbz x25, #0x3a0
   768: 880e40f9                       ldr x8, [x20, #0x18]
   76c: b90200f9                       str x25, [x21]
   770: 005940f9                       ldr x0, [x8, #0xb0]
   774: 195900f9                       str x25, [x8, #0xb0]
   778: a0000037                       tbnz w0, #0x0, #0x14
   77c: 090040f9                       ldr x9, [x0]
   780: 290500f1                       subs x9, x9, #0x1
   784: 090000f9                       str x9, [x0]
   788: 80010054                       b.eq #0x30
   78c: 186940f9                       ldr x24, [x8, #0xd0]
   790: d8010037                       tbnz w24, #0x0, #0x38
   794: 090340f9                       ldr x9, [x24]
   798: 29050091                       add x9, x9, #0x1
   79c: 090300f9                       str x9, [x24]
   7a0: b80200f9                       str x24, [x21]
   7a4: 086140f9                       ldr x8, [x8, #0xc0]
   7a8: 68010036                       tbz w8, #0x0, #0x2c
   7ac: e80200f9                       str x8, [x23]
   7b0: f8010036                       tbz w24, #0x0, #0x3c
   7b4: 97000014                       b #0x25c
   7b8: 00000094                       bl #0x0
        # hole +0x7b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7bc: 880e40f9                       ldr x8, [x20, #0x18]
   7c0: 186940f9                       ldr x24, [x8, #0xd0]
   7c4: 98fe0736                       tbz w24, #0x0, #-0x30
   7c8: b80200f9                       str x24, [x21]
   7cc: 086140f9                       ldr x8, [x8, #0xc0]
   7d0: e8fe0737                       tbnz w8, #0x0, #-0x24
   7d4: 090140f9                       ldr x9, [x8]
   7d8: 29050091                       add x9, x9, #0x1
   7dc: 090100f9                       str x9, [x8]
   7e0: b80240f9                       ldr x24, [x21]
   7e4: e80200f9                       str x8, [x23]
   7e8: 58110037                       tbnz w24, #0x0, #0x228
   7ec: 080b40b9                       ldr w8, [x24, #0x8]
   7f0: 1f210071                       cmp w8, #0x8
   7f4: e1100054                       b.ne #0x21c
   7f8: 081f40f9                       ldr x8, [x24, #0x38]
   7fc: e00316aa                       mov x0, x22
   800: e10317aa                       mov x1, x23
   804: 22008052                       mov w2, #0x1
   808: 00013fd6                       blr x8
   80c: e80240f9                       ldr x8, [x23]
   810: f30300aa                       mov x19, x0
   814: a8000037                       tbnz w8, #0x0, #0x14
   818: 090140f9                       ldr x9, [x8]
   81c: 290500f1                       subs x9, x9, #0x1
   820: 090100f9                       str x9, [x8]
   824: 60020054                       b.eq #0x4c
   828: 080340f9                       ldr x8, [x24]
   82c: 080500f1                       subs x8, x8, #0x1
   830: 080300f9                       str x8, [x24]
   834: 61000054                       b.ne #0xc
   838: e00318aa                       mov x0, x24
   83c: 00000094                       bl #0x0
        # hole +0x83c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   840: 331700b4                       cbz x19, #0x2e4
   844: 880e40f9                       ldr x8, [x20, #0x18]
   848: b30200f9                       str x19, [x21]
   84c: 006540f9                       ldr x0, [x8, #0xc8]
   850: 136500f9                       str x19, [x8, #0xc8]
   854: a0000037                       tbnz w0, #0x0, #0x14
   858: 080040f9                       ldr x8, [x0]
   85c: 080500f1                       subs x8, x8, #0x1
   860: 080000f9                       str x8, [x0]
   864: 40010054                       b.eq #0x28
   868: fe0741f8                       ldr x30, [sp], #0x10
   86c: 00000014                       b #0x0
        # hole +0x86c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   870: e00308aa                       mov x0, x8
   874: 00000094                       bl #0x0
        # hole +0x874: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   878: 080340f9                       ldr x8, [x24]
   87c: 080500f1                       subs x8, x8, #0x1
   880: 080300f9                       str x8, [x24]
   884: e1fdff54                       b.ne #-0x44
   888: ecffff17                       b #-0x50
   88c: 00000094                       bl #0x0
        # hole +0x88c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   890: fe0741f8                       ldr x30, [sp], #0x10
   894: 00000014                       b #0x0
        # hole +0x894: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   898: 080080d2                       mov x8, #0x0
        # hole +0x898: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   89c: 23008052                       mov w3, #0x1
   8a0: 85028052                       mov w5, #0x14
   8a4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8a4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   8a8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x8a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   8ac: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x8ac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   8b0: 04090091                       add x4, x8, #0x2
   8b4: e00314aa                       mov x0, x20
   8b8: e10313aa                       mov x1, x19
   8bc: e20316aa                       mov x2, x22
   8c0: 00000094                       bl #0x0
        # hole +0x8c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   8c4: fe0741f8                       ldr x30, [sp], #0x10
   8c8: c0035fd6                       ret
   8cc: 080080d2                       mov x8, #0x0
        # hole +0x8cc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   8d0: 23008052                       mov w3, #0x1
   8d4: 050a8052                       mov w5, #0x50
   8d8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8d8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   8dc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x8dc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   8e0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x8e0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   8e4: 04210091                       add x4, x8, #0x8
   8e8: e00314aa                       mov x0, x20
   8ec: e10313aa                       mov x1, x19
   8f0: e20316aa                       mov x2, x22
   8f4: 00000094                       bl #0x0
        # hole +0x8f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   8f8: fe0741f8                       ldr x30, [sp], #0x10
   8fc: c0035fd6                       ret
   900: 080080d2                       mov x8, #0x0
        # hole +0x900: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   904: 23008052                       mov w3, #0x1
   908: c5128052                       mov w5, #0x96
   90c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x90c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   910: f3031aaa                       mov x19, x26
   914: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x914: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   918: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x918: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   91c: 043d0091                       add x4, x8, #0xf
   920: e00314aa                       mov x0, x20
   924: e10313aa                       mov x1, x19
   928: e20316aa                       mov x2, x22
   92c: 00000094                       bl #0x0
        # hole +0x92c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   930: fe0741f8                       ldr x30, [sp], #0x10
   934: c0035fd6                       ret
   938: 080080d2                       mov x8, #0x0
        # hole +0x938: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   93c: 23008052                       mov w3, #0x1
   940: 851b8052                       mov w5, #0xdc
   944: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x944: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   948: f3031aaa                       mov x19, x26
   94c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x94c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   950: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x950: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   954: 04590091                       add x4, x8, #0x16
   958: e00314aa                       mov x0, x20
   95c: e10313aa                       mov x1, x19
   960: e20316aa                       mov x2, x22
   964: 00000094                       bl #0x0
        # hole +0x964: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   968: fe0741f8                       ldr x30, [sp], #0x10
   96c: c0035fd6                       ret
   970: 080080d2                       mov x8, #0x0
        # hole +0x970: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   974: 23008052                       mov w3, #0x1
   978: 05238052                       mov w5, #0x118
   97c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x97c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   980: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x980: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   984: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x984: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   988: 04710091                       add x4, x8, #0x1c
   98c: e00314aa                       mov x0, x20
   990: e10313aa                       mov x1, x19
   994: e20316aa                       mov x2, x22
   998: 00000094                       bl #0x0
        # hole +0x998: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   99c: fe0741f8                       ldr x30, [sp], #0x10
   9a0: c0035fd6                       ret
   9a4: 080080d2                       mov x8, #0x0
        # hole +0x9a4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   9a8: 23008052                       mov w3, #0x1
   9ac: 852a8052                       mov w5, #0x154
   9b0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9b0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   9b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x9b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   9b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x9b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   9bc: 04890091                       add x4, x8, #0x22
   9c0: e00314aa                       mov x0, x20
   9c4: e10313aa                       mov x1, x19
   9c8: e20316aa                       mov x2, x22
   9cc: 00000094                       bl #0x0
        # hole +0x9cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   9d0: fe0741f8                       ldr x30, [sp], #0x10
   9d4: c0035fd6                       ret
   9d8: 080080d2                       mov x8, #0x0
        # hole +0x9d8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   9dc: 23008052                       mov w3, #0x1
   9e0: 45338052                       mov w5, #0x19a
   9e4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9e4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   9e8: f3031aaa                       mov x19, x26
   9ec: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x9ec: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   9f0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x9f0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   9f4: 04a50091                       add x4, x8, #0x29
   9f8: e00314aa                       mov x0, x20
   9fc: e10313aa                       mov x1, x19
   a00: e20316aa                       mov x2, x22
   a04: 00000094                       bl #0x0
        # hole +0xa04: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a08: fe0741f8                       ldr x30, [sp], #0x10
   a0c: c0035fd6                       ret
   a10: 080080d2                       mov x8, #0x0
        # hole +0xa10: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   a14: 23008052                       mov w3, #0x1
   a18: c53a8052                       mov w5, #0x1d6
   a1c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa1c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   a20: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   a24: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xa24: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   a28: 04bd0091                       add x4, x8, #0x2f
   a2c: e00314aa                       mov x0, x20
   a30: e10313aa                       mov x1, x19
   a34: e20316aa                       mov x2, x22
   a38: 00000094                       bl #0x0
        # hole +0xa38: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a3c: fe0741f8                       ldr x30, [sp], #0x10
   a40: c0035fd6                       ret
   a44: 080080d2                       mov x8, #0x0
        # hole +0xa44: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   a48: 63008052                       mov w3, #0x3
   a4c: 85028052                       mov w5, #0x14
   a50: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa50: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   a54: f30315aa                       mov x19, x21
   a58: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa58: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   a5c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xa5c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   a60: 94ffff17                       b #-0x1b0
   a64: 080080d2                       mov x8, #0x0
        # hole +0xa64: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   a68: 63008052                       mov w3, #0x3
   a6c: 050a8052                       mov w5, #0x50
   a70: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa70: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   a74: f30315aa                       mov x19, x21
   a78: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa78: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   a7c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xa7c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   a80: 99ffff17                       b #-0x19c
   a84: 080080d2                       mov x8, #0x0
        # hole +0xa84: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   a88: 63008052                       mov w3, #0x3
   a8c: c5128052                       mov w5, #0x96
   a90: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa90: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   a94: f30315aa                       mov x19, x21
   a98: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa98: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   a9c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xa9c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   aa0: 9fffff17                       b #-0x184
   aa4: 080080d2                       mov x8, #0x0
        # hole +0xaa4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   aa8: 63008052                       mov w3, #0x3
   aac: 851b8052                       mov w5, #0xdc
   ab0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xab0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   ab4: f30315aa                       mov x19, x21
   ab8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xab8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   abc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xabc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   ac0: a5ffff17                       b #-0x16c
   ac4: 080080d2                       mov x8, #0x0
        # hole +0xac4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   ac8: 63008052                       mov w3, #0x3
   acc: 05238052                       mov w5, #0x118
   ad0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xad0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   ad4: f30315aa                       mov x19, x21
   ad8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xad8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   adc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xadc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   ae0: aaffff17                       b #-0x158
   ae4: 080080d2                       mov x8, #0x0
        # hole +0xae4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   ae8: 63008052                       mov w3, #0x3
   aec: 852a8052                       mov w5, #0x154
   af0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xaf0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   af4: f30315aa                       mov x19, x21
   af8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xaf8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   afc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xafc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   b00: afffff17                       b #-0x144
   b04: 080080d2                       mov x8, #0x0
        # hole +0xb04: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   b08: 63008052                       mov w3, #0x3
   b0c: 45338052                       mov w5, #0x19a
   b10: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xb10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   b14: f30315aa                       mov x19, x21
   b18: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xb18: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   b1c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xb1c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   b20: b5ffff17                       b #-0x12c
   b24: 080080d2                       mov x8, #0x0
        # hole +0xb24: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   b28: 63008052                       mov w3, #0x3
   b2c: c53a8052                       mov w5, #0x1d6
   b30: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xb30: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   b34: f30315aa                       mov x19, x21
   b38: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xb38: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   b3c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xb3c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   b40: baffff17                       b #-0x118
