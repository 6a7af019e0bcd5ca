# stencil startup_builtins for aarch64-unknown-linux-gnu: 2540 code bytes, 0 data bytes, 34 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 180940f9                       ldr x24, [x8, #0x10]
     c: 38010036                       tbz w24, #0x0, #0x24
    10: f70315aa                       mov x23, x21
    14: f88600f8                       str x24, [x23], #0x8
    18: 080140f9                       ldr x8, [x8]
    1c: 88010036                       tbz w8, #0x0, #0x30
    20: b3420091                       add x19, x21, #0x10
    24: a80600f9                       str x8, [x21, #0x8]
    28: 18020036                       tbz w24, #0x0, #0x40
    2c: 1b020014                       b #0x86c
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
    a0: 20030054                       b.eq #0x64
    a4: 080340f9                       ldr x8, [x24]
    a8: 080500f1                       subs x8, x8, #0x1
    ac: 080300f9                       str x8, [x24]
    b0: 61000054                       b.ne #0xc
    b4: e00318aa                       mov x0, x24
    b8: 00000094                       bl #0x0
        # hole +0xb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    bc: 994400b4                       cbz x25, #0x890
    c0: 880e40f9                       ldr x8, [x20, #0x18]
    c4: b90200f9                       str x25, [x21]
    c8: 000540f9                       ldr x0, [x8, #0x8]
    cc: 190500f9                       str x25, [x8, #0x8]
    d0: a0000037                       tbnz w0, #0x0, #0x14
    d4: 090040f9                       ldr x9, [x0]
    d8: 290500f1                       subs x9, x9, #0x1
    dc: 090000f9                       str x9, [x0]
    e0: 00020054                       b.eq #0x40
    e4: 181540f9                       ldr x24, [x8, #0x28]
    e8: 58020036                       tbz w24, #0x0, #0x48
    ec: b80200f9                       str x24, [x21]
    f0: 080d40f9                       ldr x8, [x8, #0x18]
    f4: a8020036                       tbz w8, #0x0, #0x54
    f8: e80200f9                       str x8, [x23]
    fc: 38030036                       tbz w24, #0x0, #0x64
   100: ea010014                       b #0x7a8
   104: e00308aa                       mov x0, x8
   108: 00000094                       bl #0x0
        # hole +0x108: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   10c: 080340f9                       ldr x8, [x24]
   110: 080500f1                       subs x8, x8, #0x1
   114: 080300f9                       str x8, [x24]
   118: 21fdff54                       b.ne #-0x5c
   11c: e6ffff17                       b #-0x68
   120: 00000094                       bl #0x0
        # hole +0x120: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 880e40f9                       ldr x8, [x20, #0x18]
   128: 181540f9                       ldr x24, [x8, #0x28]
   12c: 18fe0737                       tbnz w24, #0x0, #-0x40
   130: 090340f9                       ldr x9, [x24]
   134: 29050091                       add x9, x9, #0x1
   138: 090300f9                       str x9, [x24]
   13c: b80200f9                       str x24, [x21]
   140: 080d40f9                       ldr x8, [x8, #0x18]
   144: a8fd0737                       tbnz w8, #0x0, #-0x4c
   148: 090140f9                       ldr x9, [x8]
   14c: 29050091                       add x9, x9, #0x1
   150: 090100f9                       str x9, [x8]
   154: b80240f9                       ldr x24, [x21]
   158: e80200f9                       str x8, [x23]
   15c: 783a0037                       tbnz w24, #0x0, #0x74c
   160: 080b40b9                       ldr w8, [x24, #0x8]
   164: 1f210071                       cmp w8, #0x8
   168: 013a0054                       b.ne #0x740
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
   198: c0030054                       b.eq #0x78
   19c: 080340f9                       ldr x8, [x24]
   1a0: 080500f1                       subs x8, x8, #0x1
   1a4: 080300f9                       str x8, [x24]
   1a8: 61000054                       b.ne #0xc
   1ac: e00318aa                       mov x0, x24
   1b0: 00000094                       bl #0x0
        # hole +0x1b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1b4: 793d00b4                       cbz x25, #0x7ac
   1b8: 880e40f9                       ldr x8, [x20, #0x18]
   1bc: b90200f9                       str x25, [x21]
   1c0: 001140f9                       ldr x0, [x8, #0x20]
   1c4: 191100f9                       str x25, [x8, #0x20]
   1c8: a0000037                       tbnz w0, #0x0, #0x14
   1cc: 090040f9                       ldr x9, [x0]
   1d0: 290500f1                       subs x9, x9, #0x1
   1d4: 090000f9                       str x9, [x0]
   1d8: a0020054                       b.eq #0x54
   1dc: 092540f9                       ldr x9, [x8, #0x48]
   1e0: e9020036                       tbz w9, #0x0, #0x5c
   1e4: a90200f9                       str x9, [x21]
   1e8: 091940f9                       ldr x9, [x8, #0x30]
   1ec: 49030036                       tbz w9, #0x0, #0x68
   1f0: e90200f9                       str x9, [x23]
   1f4: 081d40f9                       ldr x8, [x8, #0x38]
   1f8: a8030036                       tbz w8, #0x0, #0x74
   1fc: b80240f9                       ldr x24, [x21]
   200: ba620091                       add x26, x21, #0x18
   204: a80a00f9                       str x8, [x21, #0x10]
   208: 18040036                       tbz w24, #0x0, #0x80
   20c: ab010014                       b #0x6ac
   210: e00308aa                       mov x0, x8
   214: 00000094                       bl #0x0
        # hole +0x214: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   218: 080340f9                       ldr x8, [x24]
   21c: 080500f1                       subs x8, x8, #0x1
   220: 080300f9                       str x8, [x24]
   224: 81fcff54                       b.ne #-0x70
   228: e1ffff17                       b #-0x7c
   22c: 00000094                       bl #0x0
        # hole +0x22c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   230: 880e40f9                       ldr x8, [x20, #0x18]
   234: 092540f9                       ldr x9, [x8, #0x48]
   238: 69fd0737                       tbnz w9, #0x0, #-0x54
   23c: 2a0140f9                       ldr x10, [x9]
   240: 4a050091                       add x10, x10, #0x1
   244: 2a0100f9                       str x10, [x9]
   248: a90200f9                       str x9, [x21]
   24c: 091940f9                       ldr x9, [x8, #0x30]
   250: 09fd0737                       tbnz w9, #0x0, #-0x60
   254: 2a0140f9                       ldr x10, [x9]
   258: 4a050091                       add x10, x10, #0x1
   25c: 2a0100f9                       str x10, [x9]
   260: e90200f9                       str x9, [x23]
   264: 081d40f9                       ldr x8, [x8, #0x38]
   268: a8fc0737                       tbnz w8, #0x0, #-0x6c
   26c: 090140f9                       ldr x9, [x8]
   270: 29050091                       add x9, x9, #0x1
   274: 090100f9                       str x9, [x8]
   278: b80240f9                       ldr x24, [x21]
   27c: ba620091                       add x26, x21, #0x18
   280: a80a00f9                       str x8, [x21, #0x10]
   284: b8310037                       tbnz w24, #0x0, #0x634
   288: 080b40b9                       ldr w8, [x24, #0x8]
   28c: 1f210071                       cmp w8, #0x8
   290: 41310054                       b.ne #0x628
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
   30c: 593300b4                       cbz x25, #0x668
   310: 880e40f9                       ldr x8, [x20, #0x18]
   314: b90200f9                       str x25, [x21]
   318: 002140f9                       ldr x0, [x8, #0x40]
   31c: 192100f9                       str x25, [x8, #0x40]
   320: a0000037                       tbnz w0, #0x0, #0x14
   324: 090040f9                       ldr x9, [x0]
   328: 290500f1                       subs x9, x9, #0x1
   32c: 090000f9                       str x9, [x0]
   330: a0010054                       b.eq #0x34
   334: 093540f9                       ldr x9, [x8, #0x68]
   338: e9010036                       tbz w9, #0x0, #0x3c
   33c: a90200f9                       str x9, [x21]
   340: 092940f9                       ldr x9, [x8, #0x50]
   344: 49020036                       tbz w9, #0x0, #0x48
   348: e90200f9                       str x9, [x23]
   34c: 082d40f9                       ldr x8, [x8, #0x58]
   350: a8020036                       tbz w8, #0x0, #0x54
   354: b80240f9                       ldr x24, [x21]
   358: a80a00f9                       str x8, [x21, #0x10]
   35c: 18030036                       tbz w24, #0x0, #0x60
   360: 5b010014                       b #0x56c
   364: 00000094                       bl #0x0
        # hole +0x364: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   368: 880e40f9                       ldr x8, [x20, #0x18]
   36c: 093540f9                       ldr x9, [x8, #0x68]
   370: 69fe0737                       tbnz w9, #0x0, #-0x34
   374: 2a0140f9                       ldr x10, [x9]
   378: 4a050091                       add x10, x10, #0x1
   37c: 2a0100f9                       str x10, [x9]
   380: a90200f9                       str x9, [x21]
   384: 092940f9                       ldr x9, [x8, #0x50]
   388: 09fe0737                       tbnz w9, #0x0, #-0x40
   38c: 2a0140f9                       ldr x10, [x9]
   390: 4a050091                       add x10, x10, #0x1
   394: 2a0100f9                       str x10, [x9]
   398: e90200f9                       str x9, [x23]
   39c: 082d40f9                       ldr x8, [x8, #0x58]
   3a0: a8fd0737                       tbnz w8, #0x0, #-0x4c
   3a4: 090140f9                       ldr x9, [x8]
   3a8: 29050091                       add x9, x9, #0x1
   3ac: 090100f9                       str x9, [x8]
   3b0: b80240f9                       ldr x24, [x21]
   3b4: a80a00f9                       str x8, [x21, #0x10]
   3b8: b8280037                       tbnz w24, #0x0, #0x514
   3bc: 080b40b9                       ldr w8, [x24, #0x8]
   3c0: 1f210071                       cmp w8, #0x8
   3c4: 41280054                       b.ne #0x508
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
   440: 592a00b4                       cbz x25, #0x548
   444: 880e40f9                       ldr x8, [x20, #0x18]
   448: b90200f9                       str x25, [x21]
   44c: 003140f9                       ldr x0, [x8, #0x60]
   450: 193100f9                       str x25, [x8, #0x60]
   454: a0000037                       tbnz w0, #0x0, #0x14
   458: 090040f9                       ldr x9, [x0]
   45c: 290500f1                       subs x9, x9, #0x1
   460: 090000f9                       str x9, [x0]
   464: 20010054                       b.eq #0x24
   468: 184140f9                       ldr x24, [x8, #0x80]
   46c: 78010036                       tbz w24, #0x0, #0x2c
   470: b80200f9                       str x24, [x21]
   474: 083940f9                       ldr x8, [x8, #0x70]
   478: c8010036                       tbz w8, #0x0, #0x38
   47c: e80200f9                       str x8, [x23]
   480: 58020036                       tbz w24, #0x0, #0x48
   484: 17010014                       b #0x45c
   488: 00000094                       bl #0x0
        # hole +0x488: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   48c: 880e40f9                       ldr x8, [x20, #0x18]
   490: 184140f9                       ldr x24, [x8, #0x80]
   494: f8fe0737                       tbnz w24, #0x0, #-0x24
   498: 090340f9                       ldr x9, [x24]
   49c: 29050091                       add x9, x9, #0x1
   4a0: 090300f9                       str x9, [x24]
   4a4: b80200f9                       str x24, [x21]
   4a8: 083940f9                       ldr x8, [x8, #0x70]
   4ac: 88fe0737                       tbnz w8, #0x0, #-0x30
   4b0: 090140f9                       ldr x9, [x8]
   4b4: 29050091                       add x9, x9, #0x1
   4b8: 090100f9                       str x9, [x8]
   4bc: b80240f9                       ldr x24, [x21]
   4c0: e80200f9                       str x8, [x23]
   4c4: f8200037                       tbnz w24, #0x0, #0x41c
   4c8: 080b40b9                       ldr w8, [x24, #0x8]
   4cc: 1f210071                       cmp w8, #0x8
   4d0: 81200054                       b.ne #0x410
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
   500: 20030054                       b.eq #0x64
   504: 080340f9                       ldr x8, [x24]
   508: 080500f1                       subs x8, x8, #0x1
   50c: 080300f9                       str x8, [x24]
   510: 61000054                       b.ne #0xc
   514: e00318aa                       mov x0, x24
   518: 00000094                       bl #0x0
        # hole +0x518: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   51c: 192400b4                       cbz x25, #0x480
   520: 880e40f9                       ldr x8, [x20, #0x18]
   524: b90200f9                       str x25, [x21]
   528: 003d40f9                       ldr x0, [x8, #0x78]
   52c: 193d00f9                       str x25, [x8, #0x78]
   530: a0000037                       tbnz w0, #0x0, #0x14
   534: 090040f9                       ldr x9, [x0]
   538: 290500f1                       subs x9, x9, #0x1
   53c: 090000f9                       str x9, [x0]
   540: 00020054                       b.eq #0x40
   544: 184d40f9                       ldr x24, [x8, #0x98]
   548: 58020036                       tbz w24, #0x0, #0x48
   54c: b80200f9                       str x24, [x21]
   550: 084540f9                       ldr x8, [x8, #0x88]
   554: a8020036                       tbz w8, #0x0, #0x54
   558: e80200f9                       str x8, [x23]
   55c: 38030036                       tbz w24, #0x0, #0x64
   560: e4000014                       b #0x390
   564: e00308aa                       mov x0, x8
   568: 00000094                       bl #0x0
        # hole +0x568: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   56c: 080340f9                       ldr x8, [x24]
   570: 080500f1                       subs x8, x8, #0x1
   574: 080300f9                       str x8, [x24]
   578: 21fdff54                       b.ne #-0x5c
   57c: e6ffff17                       b #-0x68
   580: 00000094                       bl #0x0
        # hole +0x580: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   584: 880e40f9                       ldr x8, [x20, #0x18]
   588: 184d40f9                       ldr x24, [x8, #0x98]
   58c: 18fe0737                       tbnz w24, #0x0, #-0x40
   590: 090340f9                       ldr x9, [x24]
   594: 29050091                       add x9, x9, #0x1
   598: 090300f9                       str x9, [x24]
   59c: b80200f9                       str x24, [x21]
   5a0: 084540f9                       ldr x8, [x8, #0x88]
   5a4: a8fd0737                       tbnz w8, #0x0, #-0x4c
   5a8: 090140f9                       ldr x9, [x8]
   5ac: 29050091                       add x9, x9, #0x1
   5b0: 090100f9                       str x9, [x8]
   5b4: b80240f9                       ldr x24, [x21]
   5b8: e80200f9                       str x8, [x23]
   5bc: b8190037                       tbnz w24, #0x0, #0x334
   5c0: 080b40b9                       ldr w8, [x24, #0x8]
   5c4: 1f210071                       cmp w8, #0x8
   5c8: 41190054                       b.ne #0x328
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
   5f8: a0030054                       b.eq #0x74
   5fc: 080340f9                       ldr x8, [x24]
   600: 080500f1                       subs x8, x8, #0x1
   604: 080300f9                       str x8, [x24]
   608: 61000054                       b.ne #0xc
   60c: e00318aa                       mov x0, x24
   610: 00000094                       bl #0x0
        # hole +0x610: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   614: f91c00b4                       cbz x25, #0x39c
   618: 880e40f9                       ldr x8, [x20, #0x18]
   61c: b90200f9                       str x25, [x21]
   620: 004940f9                       ldr x0, [x8, #0x90]
   624: 194900f9                       str x25, [x8, #0x90]
   628: a0000037                       tbnz w0, #0x0, #0x14
   62c: 090040f9                       ldr x9, [x0]
   630: 290500f1                       subs x9, x9, #0x1
   634: 090000f9                       str x9, [x0]
   638: 80020054                       b.eq #0x50
   63c: 095d40f9                       ldr x9, [x8, #0xb8]
   640: c9020036                       tbz w9, #0x0, #0x58
   644: a90200f9                       str x9, [x21]
   648: 095140f9                       ldr x9, [x8, #0xa0]
   64c: 29030036                       tbz w9, #0x0, #0x64
   650: e90200f9                       str x9, [x23]
   654: 085540f9                       ldr x8, [x8, #0xa8]
   658: 88030036                       tbz w8, #0x0, #0x70
   65c: b80240f9                       ldr x24, [x21]
   660: a80a00f9                       str x8, [x21, #0x10]
   664: f8030036                       tbz w24, #0x0, #0x7c
   668: a6000014                       b #0x298
   66c: e00308aa                       mov x0, x8
   670: 00000094                       bl #0x0
        # hole +0x670: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   674: 080340f9                       ldr x8, [x24]
   678: 080500f1                       subs x8, x8, #0x1
   67c: 080300f9                       str x8, [x24]
   680: a1fcff54                       b.ne #-0x6c
   684: e2ffff17                       b #-0x78
   688: 00000094                       bl #0x0
        # hole +0x688: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   68c: 880e40f9                       ldr x8, [x20, #0x18]
   690: 095d40f9                       ldr x9, [x8, #0xb8]
   694: 89fd0737                       tbnz w9, #0x0, #-0x50
   698: 2a0140f9                       ldr x10, [x9]
   69c: 4a050091                       add x10, x10, #0x1
   6a0: 2a0100f9                       str x10, [x9]
   6a4: a90200f9                       str x9, [x21]
   6a8: 095140f9                       ldr x9, [x8, #0xa0]
   6ac: 29fd0737                       tbnz w9, #0x0, #-0x5c
   6b0: 2a0140f9                       ldr x10, [x9]
   6b4: 4a050091                       add x10, x10, #0x1
   6b8: 2a0100f9                       str x10, [x9]
   6bc: e90200f9                       str x9, [x23]
   6c0: 085540f9                       ldr x8, [x8, #0xa8]
   6c4: c8fc0737                       tbnz w8, #0x0, #-0x68
   6c8: 090140f9                       ldr x9, [x8]
   6cc: 29050091                       add x9, x9, #0x1
   6d0: 090100f9                       str x9, [x8]
   6d4: b80240f9                       ldr x24, [x21]
   6d8: a80a00f9                       str x8, [x21, #0x10]
   6dc: 38110037                       tbnz w24, #0x0, #0x224
   6e0: 080b40b9                       ldr w8, [x24, #0x8]
   6e4: 1f210071                       cmp w8, #0x8
   6e8: c1100054                       b.ne #0x218
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
   764: 191300b4                       cbz x25, #0x260
   768: 880e40f9                       ldr x8, [x20, #0x18]
   76c: b90200f9                       str x25, [x21]
   770: 005940f9                       ldr x0, [x8, #0xb0]
   774: 195900f9                       str x25, [x8, #0xb0]
   778: a0000037                       tbnz w0, #0x0, #0x14
   77c: 090040f9                       ldr x9, [x0]
   780: 290500f1                       subs x9, x9, #0x1
   784: 090000f9                       str x9, [x0]
   788: 20010054                       b.eq #0x24
   78c: 186940f9                       ldr x24, [x8, #0xd0]
   790: 78010036                       tbz w24, #0x0, #0x2c
   794: b80200f9                       str x24, [x21]
   798: 086140f9                       ldr x8, [x8, #0xc0]
   79c: c8010036                       tbz w8, #0x0, #0x38
   7a0: e80200f9                       str x8, [x23]
   7a4: 58020036                       tbz w24, #0x0, #0x48
   7a8: 5b000014                       b #0x16c
   7ac: 00000094                       bl #0x0
        # hole +0x7ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7b0: 880e40f9                       ldr x8, [x20, #0x18]
   7b4: 186940f9                       ldr x24, [x8, #0xd0]
   7b8: f8fe0737                       tbnz w24, #0x0, #-0x24
   7bc: 090340f9                       ldr x9, [x24]
   7c0: 29050091                       add x9, x9, #0x1
   7c4: 090300f9                       str x9, [x24]
   7c8: b80200f9                       str x24, [x21]
   7cc: 086140f9                       ldr x8, [x8, #0xc0]
   7d0: 88fe0737                       tbnz w8, #0x0, #-0x30
   7d4: 090140f9                       ldr x9, [x8]
   7d8: 29050091                       add x9, x9, #0x1
   7dc: 090100f9                       str x9, [x8]
   7e0: b80240f9                       ldr x24, [x21]
   7e4: e80200f9                       str x8, [x23]
   7e8: 78090037                       tbnz w24, #0x0, #0x12c
   7ec: 080b40b9                       ldr w8, [x24, #0x8]
   7f0: 1f210071                       cmp w8, #0x8
   7f4: 01090054                       b.ne #0x120
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
   840: d30c00b4                       cbz x19, #0x198
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
   898: 23008052                       mov w3, #0x1
   89c: 85028052                       mov w5, #0x14
   8a0: 48008052                       mov w8, #0x2
   8a4: 1f000014                       b #0x7c
   8a8: 23008052                       mov w3, #0x1
   8ac: 050a8052                       mov w5, #0x50
   8b0: 08018052                       mov w8, #0x8
   8b4: 1b000014                       b #0x6c
   8b8: 23008052                       mov w3, #0x1
   8bc: c5128052                       mov w5, #0x96
   8c0: e8018052                       mov w8, #0xf
   8c4: f3031aaa                       mov x19, x26
   8c8: 16000014                       b #0x58
   8cc: 23008052                       mov w3, #0x1
   8d0: 851b8052                       mov w5, #0xdc
   8d4: c8028052                       mov w8, #0x16
   8d8: f3031aaa                       mov x19, x26
   8dc: 11000014                       b #0x44
   8e0: 23008052                       mov w3, #0x1
   8e4: 05238052                       mov w5, #0x118
   8e8: 88038052                       mov w8, #0x1c
   8ec: 0d000014                       b #0x34
   8f0: 23008052                       mov w3, #0x1
   8f4: 852a8052                       mov w5, #0x154
   8f8: 48048052                       mov w8, #0x22
   8fc: 09000014                       b #0x24
   900: 23008052                       mov w3, #0x1
   904: 45338052                       mov w5, #0x19a
   908: 28058052                       mov w8, #0x29
   90c: f3031aaa                       mov x19, x26
   910: 04000014                       b #0x10
   914: 23008052                       mov w3, #0x1
   918: c53a8052                       mov w5, #0x1d6
   91c: e8058052                       mov w8, #0x2f
   920: 090080d2                       mov x9, #0x0
        # hole +0x920: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   924: e00314aa                       mov x0, x20
   928: e10313aa                       mov x1, x19
   92c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x92c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   930: e20316aa                       mov x2, x22
   934: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x934: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   938: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x938: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   93c: 2401088b                       add x4, x9, x8
   940: 00000094                       bl #0x0
        # hole +0x940: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   944: fe0741f8                       ldr x30, [sp], #0x10
   948: c0035fd6                       ret
   94c: 63008052                       mov w3, #0x3
   950: 85028052                       mov w5, #0x14
   954: 48008052                       mov w8, #0x2
   958: f30315aa                       mov x19, x21
   95c: f1ffff17                       b #-0x3c
   960: 63008052                       mov w3, #0x3
   964: 050a8052                       mov w5, #0x50
   968: 08018052                       mov w8, #0x8
   96c: f30315aa                       mov x19, x21
   970: ecffff17                       b #-0x50
   974: 63008052                       mov w3, #0x3
   978: c5128052                       mov w5, #0x96
   97c: e8018052                       mov w8, #0xf
   980: f30315aa                       mov x19, x21
   984: e7ffff17                       b #-0x64
   988: 63008052                       mov w3, #0x3
   98c: 851b8052                       mov w5, #0xdc
   990: c8028052                       mov w8, #0x16
   994: f30315aa                       mov x19, x21
   998: e2ffff17                       b #-0x78
   99c: 63008052                       mov w3, #0x3
   9a0: 05238052                       mov w5, #0x118
   9a4: 88038052                       mov w8, #0x1c
   9a8: f30315aa                       mov x19, x21
   9ac: ddffff17                       b #-0x8c
   9b0: 63008052                       mov w3, #0x3
   9b4: 852a8052                       mov w5, #0x154
   9b8: 48048052                       mov w8, #0x22
   9bc: f30315aa                       mov x19, x21
   9c0: d8ffff17                       b #-0xa0
   9c4: 63008052                       mov w3, #0x3
   9c8: 45338052                       mov w5, #0x19a
   9cc: 28058052                       mov w8, #0x29
   9d0: f30315aa                       mov x19, x21
   9d4: d3ffff17                       b #-0xb4
   9d8: 63008052                       mov w3, #0x3
   9dc: c53a8052                       mov w5, #0x1d6
   9e0: e8058052                       mov w8, #0x2f
   9e4: f30315aa                       mov x19, x21
   9e8: ceffff17                       b #-0xc8
