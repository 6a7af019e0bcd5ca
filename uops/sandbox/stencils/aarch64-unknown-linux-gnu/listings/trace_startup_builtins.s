# stencil startup_builtins for aarch64-unknown-linux-gnu: 2556 code bytes, 0 data bytes, 30 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 190940f9                       ldr x25, [x8, #0x10]
     c: d9010037                       tbnz w25, #0x0, #0x38
    10: 290340f9                       ldr x9, [x25]
    14: 29050091                       add x9, x9, #0x1
    18: 290300f9                       str x9, [x25]
    1c: f80315aa                       mov x24, x21
    20: 198700f8                       str x25, [x24], #0x8
    24: 080140f9                       ldr x8, [x8]
    28: 68010036                       tbz w8, #0x0, #0x2c
    2c: 530080d2                       mov x19, #0x2
    30: b7420091                       add x23, x21, #0x10
    34: a80600f9                       str x8, [x21, #0x8]
    38: 5301c0f2                       movk x19, #0xa, lsl #32
    3c: f9010036                       tbz w25, #0x0, #0x3c
    40: 28020014                       b #0x8a0
    44: f80315aa                       mov x24, x21
    48: 198700f8                       str x25, [x24], #0x8
    4c: 080140f9                       ldr x8, [x8]
    50: e8fe0737                       tbnz w8, #0x0, #-0x24
    54: 090140f9                       ldr x9, [x8]
    58: 29050091                       add x9, x9, #0x1
    5c: 090100f9                       str x9, [x8]
    60: b90240f9                       ldr x25, [x21]
    64: 530080d2                       mov x19, #0x2
    68: b7420091                       add x23, x21, #0x10
    6c: a80600f9                       str x8, [x21, #0x8]
    70: 5301c0f2                       movk x19, #0xa, lsl #32
    74: 79430037                       tbnz w25, #0x0, #0x86c
    78: 280b40b9                       ldr w8, [x25, #0x8]
    7c: 1f210071                       cmp w8, #0x8
    80: 01430054                       b.ne #0x860
    84: 281f40f9                       ldr x8, [x25, #0x38]
    88: e00316aa                       mov x0, x22
    8c: e10318aa                       mov x1, x24
    90: 22008052                       mov w2, #0x1
    94: 00013fd6                       blr x8
    98: 080340f9                       ldr x8, [x24]
    9c: fa0300aa                       mov x26, x0
    a0: a8000037                       tbnz w8, #0x0, #0x14
    a4: 090140f9                       ldr x9, [x8]
    a8: 290500f1                       subs x9, x9, #0x1
    ac: 090100f9                       str x9, [x8]
    b0: a0030054                       b.eq #0x74
    b4: 280340f9                       ldr x8, [x25]
    b8: 080500f1                       subs x8, x8, #0x1
    bc: 280300f9                       str x8, [x25]
    c0: 61000054                       b.ne #0xc
    c4: e00319aa                       mov x0, x25
    c8: 00000094                       bl #0x0
        # hole +0xc8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    cc: ba4400b4                       cbz x26, #0x894
    d0: 880e40f9                       ldr x8, [x20, #0x18]
    d4: ba0200f9                       str x26, [x21]
    d8: 000540f9                       ldr x0, [x8, #0x8]
    dc: 1a0500f9                       str x26, [x8, #0x8]
    e0: a0000037                       tbnz w0, #0x0, #0x14
    e4: 090040f9                       ldr x9, [x0]
    e8: 290500f1                       subs x9, x9, #0x1
    ec: 090000f9                       str x9, [x0]
    f0: 80020054                       b.eq #0x50
    f4: 191540f9                       ldr x25, [x8, #0x28]
    f8: d9020037                       tbnz w25, #0x0, #0x58
    fc: 290340f9                       ldr x9, [x25]
   100: 29050091                       add x9, x9, #0x1
   104: 290300f9                       str x9, [x25]
   108: b90200f9                       str x25, [x21]
   10c: 080d40f9                       ldr x8, [x8, #0x18]
   110: 68020036                       tbz w8, #0x0, #0x4c
   114: 080300f9                       str x8, [x24]
   118: 681a0091                       add x8, x19, #0x6
   11c: f9020036                       tbz w25, #0x0, #0x5c
   120: f3010014                       b #0x7cc
   124: e00308aa                       mov x0, x8
   128: 00000094                       bl #0x0
        # hole +0x128: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: 280340f9                       ldr x8, [x25]
   130: 080500f1                       subs x8, x8, #0x1
   134: 280300f9                       str x8, [x25]
   138: a1fcff54                       b.ne #-0x6c
   13c: e2ffff17                       b #-0x78
   140: 00000094                       bl #0x0
        # hole +0x140: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   144: 880e40f9                       ldr x8, [x20, #0x18]
   148: 191540f9                       ldr x25, [x8, #0x28]
   14c: 99fd0736                       tbz w25, #0x0, #-0x50
   150: b90200f9                       str x25, [x21]
   154: 080d40f9                       ldr x8, [x8, #0x18]
   158: e8fd0737                       tbnz w8, #0x0, #-0x44
   15c: 090140f9                       ldr x9, [x8]
   160: 29050091                       add x9, x9, #0x1
   164: 090100f9                       str x9, [x8]
   168: b90240f9                       ldr x25, [x21]
   16c: 080300f9                       str x8, [x24]
   170: 681a0091                       add x8, x19, #0x6
   174: d93b0037                       tbnz w25, #0x0, #0x778
   178: 290b40b9                       ldr w9, [x25, #0x8]
   17c: 3f210071                       cmp w9, #0x8
   180: 613b0054                       b.ne #0x76c
   184: 281f40f9                       ldr x8, [x25, #0x38]
   188: e00316aa                       mov x0, x22
   18c: e10318aa                       mov x1, x24
   190: 22008052                       mov w2, #0x1
   194: 00013fd6                       blr x8
   198: 080340f9                       ldr x8, [x24]
   19c: fa0300aa                       mov x26, x0
   1a0: a8000037                       tbnz w8, #0x0, #0x14
   1a4: 090140f9                       ldr x9, [x8]
   1a8: 290500f1                       subs x9, x9, #0x1
   1ac: 090100f9                       str x9, [x8]
   1b0: a0040054                       b.eq #0x94
   1b4: 280340f9                       ldr x8, [x25]
   1b8: 080500f1                       subs x8, x8, #0x1
   1bc: 280300f9                       str x8, [x25]
   1c0: 61000054                       b.ne #0xc
   1c4: e00319aa                       mov x0, x25
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: 3a3d00b4                       cbz x26, #0x7a4
   1d0: 880e40f9                       ldr x8, [x20, #0x18]
   1d4: ba0200f9                       str x26, [x21]
   1d8: 001140f9                       ldr x0, [x8, #0x20]
   1dc: 1a1100f9                       str x26, [x8, #0x20]
   1e0: a0000037                       tbnz w0, #0x0, #0x14
   1e4: 090040f9                       ldr x9, [x0]
   1e8: 290500f1                       subs x9, x9, #0x1
   1ec: 090000f9                       str x9, [x0]
   1f0: 80030054                       b.eq #0x70
   1f4: 092540f9                       ldr x9, [x8, #0x48]
   1f8: c9030037                       tbnz w9, #0x0, #0x78
   1fc: 2a0140f9                       ldr x10, [x9]
   200: 4a050091                       add x10, x10, #0x1
   204: 2a0100f9                       str x10, [x9]
   208: a90200f9                       str x9, [x21]
   20c: 091940f9                       ldr x9, [x8, #0x30]
   210: 69030036                       tbz w9, #0x0, #0x6c
   214: 090300f9                       str x9, [x24]
   218: 081d40f9                       ldr x8, [x8, #0x38]
   21c: c8030037                       tbnz w8, #0x0, #0x78
   220: 090140f9                       ldr x9, [x8]
   224: 29050091                       add x9, x9, #0x1
   228: 090100f9                       str x9, [x8]
   22c: b90240f9                       ldr x25, [x21]
   230: bb620091                       add x27, x21, #0x18
   234: a80a00f9                       str x8, [x21, #0x10]
   238: 68360091                       add x8, x19, #0xd
   23c: 79030036                       tbz w25, #0x0, #0x6c
   240: ae010014                       b #0x6b8
   244: e00308aa                       mov x0, x8
   248: 00000094                       bl #0x0
        # hole +0x248: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   24c: 280340f9                       ldr x8, [x25]
   250: 080500f1                       subs x8, x8, #0x1
   254: 280300f9                       str x8, [x25]
   258: a1fbff54                       b.ne #-0x8c
   25c: daffff17                       b #-0x98
   260: 00000094                       bl #0x0
        # hole +0x260: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   264: 880e40f9                       ldr x8, [x20, #0x18]
   268: 092540f9                       ldr x9, [x8, #0x48]
   26c: 89fc0736                       tbz w9, #0x0, #-0x70
   270: a90200f9                       str x9, [x21]
   274: 091940f9                       ldr x9, [x8, #0x30]
   278: e9fc0737                       tbnz w9, #0x0, #-0x64
   27c: 2a0140f9                       ldr x10, [x9]
   280: 4a050091                       add x10, x10, #0x1
   284: 2a0100f9                       str x10, [x9]
   288: 090300f9                       str x9, [x24]
   28c: 081d40f9                       ldr x8, [x8, #0x38]
   290: 88fc0736                       tbz w8, #0x0, #-0x70
   294: b90240f9                       ldr x25, [x21]
   298: bb620091                       add x27, x21, #0x18
   29c: a80a00f9                       str x8, [x21, #0x10]
   2a0: 68360091                       add x8, x19, #0xd
   2a4: b9320037                       tbnz w25, #0x0, #0x654
   2a8: 290b40b9                       ldr w9, [x25, #0x8]
   2ac: 3f210071                       cmp w9, #0x8
   2b0: 41320054                       b.ne #0x648
   2b4: 281f40f9                       ldr x8, [x25, #0x38]
   2b8: e00316aa                       mov x0, x22
   2bc: e10318aa                       mov x1, x24
   2c0: 42008052                       mov w2, #0x2
   2c4: 00013fd6                       blr x8
   2c8: 080340f9                       ldr x8, [x24]
   2cc: fa0300aa                       mov x26, x0
   2d0: a8000037                       tbnz w8, #0x0, #0x14
   2d4: 090140f9                       ldr x9, [x8]
   2d8: 290500f1                       subs x9, x9, #0x1
   2dc: 090100f9                       str x9, [x8]
   2e0: 20010054                       b.eq #0x24
   2e4: a00a40f9                       ldr x0, [x21, #0x10]
   2e8: 60010037                       tbnz w0, #0x0, #0x2c
   2ec: 080040f9                       ldr x8, [x0]
   2f0: 080500f1                       subs x8, x8, #0x1
   2f4: 080000f9                       str x8, [x0]
   2f8: e1000054                       b.ne #0x1c
   2fc: 00000094                       bl #0x0
        # hole +0x2fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   300: 05000014                       b #0x14
   304: e00308aa                       mov x0, x8
   308: 00000094                       bl #0x0
        # hole +0x308: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   30c: a00a40f9                       ldr x0, [x21, #0x10]
   310: e0fe0736                       tbz w0, #0x0, #-0x24
   314: 280340f9                       ldr x8, [x25]
   318: 080500f1                       subs x8, x8, #0x1
   31c: 280300f9                       str x8, [x25]
   320: 61000054                       b.ne #0xc
   324: e00319aa                       mov x0, x25
   328: 00000094                       bl #0x0
        # hole +0x328: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   32c: da3200b4                       cbz x26, #0x658
   330: 880e40f9                       ldr x8, [x20, #0x18]
   334: ba0200f9                       str x26, [x21]
   338: 002140f9                       ldr x0, [x8, #0x40]
   33c: 1a2100f9                       str x26, [x8, #0x40]
   340: a0000037                       tbnz w0, #0x0, #0x14
   344: 090040f9                       ldr x9, [x0]
   348: 290500f1                       subs x9, x9, #0x1
   34c: 090000f9                       str x9, [x0]
   350: 80020054                       b.eq #0x50
   354: 093540f9                       ldr x9, [x8, #0x68]
   358: c9020037                       tbnz w9, #0x0, #0x58
   35c: 2a0140f9                       ldr x10, [x9]
   360: 4a050091                       add x10, x10, #0x1
   364: 2a0100f9                       str x10, [x9]
   368: a90200f9                       str x9, [x21]
   36c: 092940f9                       ldr x9, [x8, #0x50]
   370: 69020036                       tbz w9, #0x0, #0x4c
   374: 090300f9                       str x9, [x24]
   378: 082d40f9                       ldr x8, [x8, #0x58]
   37c: c8020037                       tbnz w8, #0x0, #0x58
   380: 090140f9                       ldr x9, [x8]
   384: 29050091                       add x9, x9, #0x1
   388: 090100f9                       str x9, [x8]
   38c: b90240f9                       ldr x25, [x21]
   390: a80a00f9                       str x8, [x21, #0x10]
   394: 68520091                       add x8, x19, #0x14
   398: 79020036                       tbz w25, #0x0, #0x4c
   39c: 5a010014                       b #0x568
   3a0: 00000094                       bl #0x0
        # hole +0x3a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3a4: 880e40f9                       ldr x8, [x20, #0x18]
   3a8: 093540f9                       ldr x9, [x8, #0x68]
   3ac: 89fd0736                       tbz w9, #0x0, #-0x50
   3b0: a90200f9                       str x9, [x21]
   3b4: 092940f9                       ldr x9, [x8, #0x50]
   3b8: e9fd0737                       tbnz w9, #0x0, #-0x44
   3bc: 2a0140f9                       ldr x10, [x9]
   3c0: 4a050091                       add x10, x10, #0x1
   3c4: 2a0100f9                       str x10, [x9]
   3c8: 090300f9                       str x9, [x24]
   3cc: 082d40f9                       ldr x8, [x8, #0x58]
   3d0: 88fd0736                       tbz w8, #0x0, #-0x50
   3d4: b90240f9                       ldr x25, [x21]
   3d8: a80a00f9                       str x8, [x21, #0x10]
   3dc: 68520091                       add x8, x19, #0x14
   3e0: 39290037                       tbnz w25, #0x0, #0x524
   3e4: 290b40b9                       ldr w9, [x25, #0x8]
   3e8: 3f210071                       cmp w9, #0x8
   3ec: c1280054                       b.ne #0x518
   3f0: 281f40f9                       ldr x8, [x25, #0x38]
   3f4: e00316aa                       mov x0, x22
   3f8: e10318aa                       mov x1, x24
   3fc: 42008052                       mov w2, #0x2
   400: 00013fd6                       blr x8
   404: 080340f9                       ldr x8, [x24]
   408: fa0300aa                       mov x26, x0
   40c: a8000037                       tbnz w8, #0x0, #0x14
   410: 090140f9                       ldr x9, [x8]
   414: 290500f1                       subs x9, x9, #0x1
   418: 090100f9                       str x9, [x8]
   41c: 20010054                       b.eq #0x24
   420: a00a40f9                       ldr x0, [x21, #0x10]
   424: 60010037                       tbnz w0, #0x0, #0x2c
   428: 080040f9                       ldr x8, [x0]
   42c: 080500f1                       subs x8, x8, #0x1
   430: 080000f9                       str x8, [x0]
   434: e1000054                       b.ne #0x1c
   438: 00000094                       bl #0x0
        # hole +0x438: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   43c: 05000014                       b #0x14
   440: e00308aa                       mov x0, x8
   444: 00000094                       bl #0x0
        # hole +0x444: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   448: a00a40f9                       ldr x0, [x21, #0x10]
   44c: e0fe0736                       tbz w0, #0x0, #-0x24
   450: 280340f9                       ldr x8, [x25]
   454: 080500f1                       subs x8, x8, #0x1
   458: 280300f9                       str x8, [x25]
   45c: 61000054                       b.ne #0xc
   460: e00319aa                       mov x0, x25
   464: 00000094                       bl #0x0
        # hole +0x464: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   468: 9a2900b4                       cbz x26, #0x530
   46c: 880e40f9                       ldr x8, [x20, #0x18]
   470: ba0200f9                       str x26, [x21]
   474: 003140f9                       ldr x0, [x8, #0x60]
   478: 1a3100f9                       str x26, [x8, #0x60]
   47c: a0000037                       tbnz w0, #0x0, #0x14
   480: 090040f9                       ldr x9, [x0]
   484: 290500f1                       subs x9, x9, #0x1
   488: 090000f9                       str x9, [x0]
   48c: a0010054                       b.eq #0x34
   490: 194140f9                       ldr x25, [x8, #0x80]
   494: f9010037                       tbnz w25, #0x0, #0x3c
   498: 290340f9                       ldr x9, [x25]
   49c: 29050091                       add x9, x9, #0x1
   4a0: 290300f9                       str x9, [x25]
   4a4: b90200f9                       str x25, [x21]
   4a8: 083940f9                       ldr x8, [x8, #0x70]
   4ac: 88010036                       tbz w8, #0x0, #0x30
   4b0: 080300f9                       str x8, [x24]
   4b4: 686a0091                       add x8, x19, #0x1a
   4b8: 19020036                       tbz w25, #0x0, #0x40
   4bc: 15010014                       b #0x454
   4c0: 00000094                       bl #0x0
        # hole +0x4c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4c4: 880e40f9                       ldr x8, [x20, #0x18]
   4c8: 194140f9                       ldr x25, [x8, #0x80]
   4cc: 79fe0736                       tbz w25, #0x0, #-0x34
   4d0: b90200f9                       str x25, [x21]
   4d4: 083940f9                       ldr x8, [x8, #0x70]
   4d8: c8fe0737                       tbnz w8, #0x0, #-0x28
   4dc: 090140f9                       ldr x9, [x8]
   4e0: 29050091                       add x9, x9, #0x1
   4e4: 090100f9                       str x9, [x8]
   4e8: b90240f9                       ldr x25, [x21]
   4ec: 080300f9                       str x8, [x24]
   4f0: 686a0091                       add x8, x19, #0x1a
   4f4: f9200037                       tbnz w25, #0x0, #0x41c
   4f8: 290b40b9                       ldr w9, [x25, #0x8]
   4fc: 3f210071                       cmp w9, #0x8
   500: 81200054                       b.ne #0x410
   504: 281f40f9                       ldr x8, [x25, #0x38]
   508: e00316aa                       mov x0, x22
   50c: e10318aa                       mov x1, x24
   510: 22008052                       mov w2, #0x1
   514: 00013fd6                       blr x8
   518: 080340f9                       ldr x8, [x24]
   51c: fa0300aa                       mov x26, x0
   520: a8000037                       tbnz w8, #0x0, #0x14
   524: 090140f9                       ldr x9, [x8]
   528: 290500f1                       subs x9, x9, #0x1
   52c: 090100f9                       str x9, [x8]
   530: a0030054                       b.eq #0x74
   534: 280340f9                       ldr x8, [x25]
   538: 080500f1                       subs x8, x8, #0x1
   53c: 280300f9                       str x8, [x25]
   540: 61000054                       b.ne #0xc
   544: e00319aa                       mov x0, x25
   548: 00000094                       bl #0x0
        # hole +0x548: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   54c: 1a2300b4                       cbz x26, #0x460
   550: 880e40f9                       ldr x8, [x20, #0x18]
   554: ba0200f9                       str x26, [x21]
   558: 003d40f9                       ldr x0, [x8, #0x78]
   55c: 1a3d00f9                       str x26, [x8, #0x78]
   560: a0000037                       tbnz w0, #0x0, #0x14
   564: 090040f9                       ldr x9, [x0]
   568: 290500f1                       subs x9, x9, #0x1
   56c: 090000f9                       str x9, [x0]
   570: 80020054                       b.eq #0x50
   574: 194d40f9                       ldr x25, [x8, #0x98]
   578: d9020037                       tbnz w25, #0x0, #0x58
   57c: 290340f9                       ldr x9, [x25]
   580: 29050091                       add x9, x9, #0x1
   584: 290300f9                       str x9, [x25]
   588: b90200f9                       str x25, [x21]
   58c: 084540f9                       ldr x8, [x8, #0x88]
   590: 68020036                       tbz w8, #0x0, #0x4c
   594: 080300f9                       str x8, [x24]
   598: 68820091                       add x8, x19, #0x20
   59c: f9020036                       tbz w25, #0x0, #0x5c
   5a0: df000014                       b #0x37c
   5a4: e00308aa                       mov x0, x8
   5a8: 00000094                       bl #0x0
        # hole +0x5a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5ac: 280340f9                       ldr x8, [x25]
   5b0: 080500f1                       subs x8, x8, #0x1
   5b4: 280300f9                       str x8, [x25]
   5b8: a1fcff54                       b.ne #-0x6c
   5bc: e2ffff17                       b #-0x78
   5c0: 00000094                       bl #0x0
        # hole +0x5c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5c4: 880e40f9                       ldr x8, [x20, #0x18]
   5c8: 194d40f9                       ldr x25, [x8, #0x98]
   5cc: 99fd0736                       tbz w25, #0x0, #-0x50
   5d0: b90200f9                       str x25, [x21]
   5d4: 084540f9                       ldr x8, [x8, #0x88]
   5d8: e8fd0737                       tbnz w8, #0x0, #-0x44
   5dc: 090140f9                       ldr x9, [x8]
   5e0: 29050091                       add x9, x9, #0x1
   5e4: 090100f9                       str x9, [x8]
   5e8: b90240f9                       ldr x25, [x21]
   5ec: 080300f9                       str x8, [x24]
   5f0: 68820091                       add x8, x19, #0x20
   5f4: 59190037                       tbnz w25, #0x0, #0x328
   5f8: 290b40b9                       ldr w9, [x25, #0x8]
   5fc: 3f210071                       cmp w9, #0x8
   600: e1180054                       b.ne #0x31c
   604: 281f40f9                       ldr x8, [x25, #0x38]
   608: e00316aa                       mov x0, x22
   60c: e10318aa                       mov x1, x24
   610: 22008052                       mov w2, #0x1
   614: 00013fd6                       blr x8
   618: 080340f9                       ldr x8, [x24]
   61c: fa0300aa                       mov x26, x0
   620: a8000037                       tbnz w8, #0x0, #0x14
   624: 090140f9                       ldr x9, [x8]
   628: 290500f1                       subs x9, x9, #0x1
   62c: 090100f9                       str x9, [x8]
   630: 80040054                       b.eq #0x90
   634: 280340f9                       ldr x8, [x25]
   638: 080500f1                       subs x8, x8, #0x1
   63c: 280300f9                       str x8, [x25]
   640: 61000054                       b.ne #0xc
   644: e00319aa                       mov x0, x25
   648: 00000094                       bl #0x0
        # hole +0x648: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   64c: ba1b00b4                       cbz x26, #0x374
   650: 880e40f9                       ldr x8, [x20, #0x18]
   654: ba0200f9                       str x26, [x21]
   658: 004940f9                       ldr x0, [x8, #0x90]
   65c: 1a4900f9                       str x26, [x8, #0x90]
   660: a0000037                       tbnz w0, #0x0, #0x14
   664: 090040f9                       ldr x9, [x0]
   668: 290500f1                       subs x9, x9, #0x1
   66c: 090000f9                       str x9, [x0]
   670: 60030054                       b.eq #0x6c
   674: 095d40f9                       ldr x9, [x8, #0xb8]
   678: a9030037                       tbnz w9, #0x0, #0x74
   67c: 2a0140f9                       ldr x10, [x9]
   680: 4a050091                       add x10, x10, #0x1
   684: 2a0100f9                       str x10, [x9]
   688: a90200f9                       str x9, [x21]
   68c: 095140f9                       ldr x9, [x8, #0xa0]
   690: 49030036                       tbz w9, #0x0, #0x68
   694: 090300f9                       str x9, [x24]
   698: 085540f9                       ldr x8, [x8, #0xa8]
   69c: a8030037                       tbnz w8, #0x0, #0x74
   6a0: 090140f9                       ldr x9, [x8]
   6a4: 29050091                       add x9, x9, #0x1
   6a8: 090100f9                       str x9, [x8]
   6ac: b90240f9                       ldr x25, [x21]
   6b0: a80a00f9                       str x8, [x21, #0x10]
   6b4: 689e0091                       add x8, x19, #0x27
   6b8: 59030036                       tbz w25, #0x0, #0x68
   6bc: 9b000014                       b #0x26c
   6c0: e00308aa                       mov x0, x8
   6c4: 00000094                       bl #0x0
        # hole +0x6c4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6c8: 280340f9                       ldr x8, [x25]
   6cc: 080500f1                       subs x8, x8, #0x1
   6d0: 280300f9                       str x8, [x25]
   6d4: c1fbff54                       b.ne #-0x88
   6d8: dbffff17                       b #-0x94
   6dc: 00000094                       bl #0x0
        # hole +0x6dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6e0: 880e40f9                       ldr x8, [x20, #0x18]
   6e4: 095d40f9                       ldr x9, [x8, #0xb8]
   6e8: a9fc0736                       tbz w9, #0x0, #-0x6c
   6ec: a90200f9                       str x9, [x21]
   6f0: 095140f9                       ldr x9, [x8, #0xa0]
   6f4: 09fd0737                       tbnz w9, #0x0, #-0x60
   6f8: 2a0140f9                       ldr x10, [x9]
   6fc: 4a050091                       add x10, x10, #0x1
   700: 2a0100f9                       str x10, [x9]
   704: 090300f9                       str x9, [x24]
   708: 085540f9                       ldr x8, [x8, #0xa8]
   70c: a8fc0736                       tbz w8, #0x0, #-0x6c
   710: b90240f9                       ldr x25, [x21]
   714: a80a00f9                       str x8, [x21, #0x10]
   718: 689e0091                       add x8, x19, #0x27
   71c: 79100037                       tbnz w25, #0x0, #0x20c
   720: 290b40b9                       ldr w9, [x25, #0x8]
   724: 3f210071                       cmp w9, #0x8
   728: 01100054                       b.ne #0x200
   72c: 281f40f9                       ldr x8, [x25, #0x38]
   730: e00316aa                       mov x0, x22
   734: e10318aa                       mov x1, x24
   738: 42008052                       mov w2, #0x2
   73c: 00013fd6                       blr x8
   740: 080340f9                       ldr x8, [x24]
   744: fa0300aa                       mov x26, x0
   748: a8000037                       tbnz w8, #0x0, #0x14
   74c: 090140f9                       ldr x9, [x8]
   750: 290500f1                       subs x9, x9, #0x1
   754: 090100f9                       str x9, [x8]
   758: 20010054                       b.eq #0x24
   75c: a00a40f9                       ldr x0, [x21, #0x10]
   760: 60010037                       tbnz w0, #0x0, #0x2c
   764: 080040f9                       ldr x8, [x0]
   768: 080500f1                       subs x8, x8, #0x1
   76c: 080000f9                       str x8, [x0]
   770: e1000054                       b.ne #0x1c
   774: 00000094                       bl #0x0
        # hole +0x774: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   778: 05000014                       b #0x14
   77c: e00308aa                       mov x0, x8
   780: 00000094                       bl #0x0
        # hole +0x780: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   784: a00a40f9                       ldr x0, [x21, #0x10]
   788: e0fe0736                       tbz w0, #0x0, #-0x24
   78c: 280340f9                       ldr x8, [x25]
   790: 080500f1                       subs x8, x8, #0x1
   794: 280300f9                       str x8, [x25]
   798: 61000054                       b.ne #0xc
   79c: e00319aa                       mov x0, x25
   7a0: 00000094                       bl #0x0
        # hole +0x7a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7a4: 9a1100b4                       cbz x26, #0x230
   7a8: 880e40f9                       ldr x8, [x20, #0x18]
   7ac: ba0200f9                       str x26, [x21]
   7b0: 005940f9                       ldr x0, [x8, #0xb0]
   7b4: 1a5900f9                       str x26, [x8, #0xb0]
   7b8: a0000037                       tbnz w0, #0x0, #0x14
   7bc: 090040f9                       ldr x9, [x0]
   7c0: 290500f1                       subs x9, x9, #0x1
   7c4: 090000f9                       str x9, [x0]
   7c8: a0010054                       b.eq #0x34
   7cc: 196940f9                       ldr x25, [x8, #0xd0]
   7d0: f9010037                       tbnz w25, #0x0, #0x3c
   7d4: 290340f9                       ldr x9, [x25]
   7d8: 29050091                       add x9, x9, #0x1
   7dc: 290300f9                       str x9, [x25]
   7e0: b90200f9                       str x25, [x21]
   7e4: 086140f9                       ldr x8, [x8, #0xc0]
   7e8: 88010036                       tbz w8, #0x0, #0x30
   7ec: 080300f9                       str x8, [x24]
   7f0: 68b60091                       add x8, x19, #0x2d
   7f4: 19020036                       tbz w25, #0x0, #0x40
   7f8: 50000014                       b #0x140
   7fc: 00000094                       bl #0x0
        # hole +0x7fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   800: 880e40f9                       ldr x8, [x20, #0x18]
   804: 196940f9                       ldr x25, [x8, #0xd0]
   808: 79fe0736                       tbz w25, #0x0, #-0x34
   80c: b90200f9                       str x25, [x21]
   810: 086140f9                       ldr x8, [x8, #0xc0]
   814: c8fe0737                       tbnz w8, #0x0, #-0x28
   818: 090140f9                       ldr x9, [x8]
   81c: 29050091                       add x9, x9, #0x1
   820: 090100f9                       str x9, [x8]
   824: b90240f9                       ldr x25, [x21]
   828: 080300f9                       str x8, [x24]
   82c: 68b60091                       add x8, x19, #0x2d
   830: 59080037                       tbnz w25, #0x0, #0x108
   834: 290b40b9                       ldr w9, [x25, #0x8]
   838: 3f210071                       cmp w9, #0x8
   83c: e1070054                       b.ne #0xfc
   840: 281f40f9                       ldr x8, [x25, #0x38]
   844: e00316aa                       mov x0, x22
   848: e10318aa                       mov x1, x24
   84c: 22008052                       mov w2, #0x1
   850: 00013fd6                       blr x8
   854: 080340f9                       ldr x8, [x24]
   858: f70300aa                       mov x23, x0
   85c: a8000037                       tbnz w8, #0x0, #0x14
   860: 090140f9                       ldr x9, [x8]
   864: 290500f1                       subs x9, x9, #0x1
   868: 090100f9                       str x9, [x8]
   86c: 60020054                       b.eq #0x4c
   870: 280340f9                       ldr x8, [x25]
   874: 080500f1                       subs x8, x8, #0x1
   878: 280300f9                       str x8, [x25]
   87c: 61000054                       b.ne #0xc
   880: e00319aa                       mov x0, x25
   884: 00000094                       bl #0x0
        # hole +0x884: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   888: 170b00b4                       cbz x23, #0x160
   88c: 880e40f9                       ldr x8, [x20, #0x18]
   890: b70200f9                       str x23, [x21]
   894: 006540f9                       ldr x0, [x8, #0xc8]
   898: 176500f9                       str x23, [x8, #0xc8]
   89c: a0000037                       tbnz w0, #0x0, #0x14
   8a0: 080040f9                       ldr x8, [x0]
   8a4: 080500f1                       subs x8, x8, #0x1
   8a8: 080000f9                       str x8, [x0]
   8ac: 40010054                       b.eq #0x28
   8b0: fe0741f8                       ldr x30, [sp], #0x10
   8b4: 00000014                       b #0x0
        # hole +0x8b4: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   8b8: e00308aa                       mov x0, x8
   8bc: 00000094                       bl #0x0
        # hole +0x8bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8c0: 280340f9                       ldr x8, [x25]
   8c4: 080500f1                       subs x8, x8, #0x1
   8c8: 280300f9                       str x8, [x25]
   8cc: e1fdff54                       b.ne #-0x44
   8d0: ecffff17                       b #-0x50
   8d4: 00000094                       bl #0x0
        # hole +0x8d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8d8: fe0741f8                       ldr x30, [sp], #0x10
   8dc: 00000014                       b #0x0
        # hole +0x8dc: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   8e0: 23008052                       mov w3, #0x1
   8e4: 85028052                       mov w5, #0x14
   8e8: 17000014                       b #0x5c
   8ec: 23008052                       mov w3, #0x1
   8f0: 050a8052                       mov w5, #0x50
   8f4: 13000014                       b #0x4c
   8f8: 23008052                       mov w3, #0x1
   8fc: c5128052                       mov w5, #0x96
   900: 0c000014                       b #0x30
   904: 23008052                       mov w3, #0x1
   908: 851b8052                       mov w5, #0xdc
   90c: 09000014                       b #0x24
   910: 23008052                       mov w3, #0x1
   914: 05238052                       mov w5, #0x118
   918: 0a000014                       b #0x28
   91c: 23008052                       mov w3, #0x1
   920: 852a8052                       mov w5, #0x154
   924: 07000014                       b #0x1c
   928: 23008052                       mov w3, #0x1
   92c: 45338052                       mov w5, #0x19a
   930: f7031baa                       mov x23, x27
   934: 03000014                       b #0xc
   938: 23008052                       mov w3, #0x1
   93c: c53a8052                       mov w5, #0x1d6
   940: f30308aa                       mov x19, x8
   944: e00314aa                       mov x0, x20
   948: e10317aa                       mov x1, x23
   94c: e20316aa                       mov x2, x22
   950: e40313aa                       mov x4, x19
   954: 00000094                       bl #0x0
        # hole +0x954: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   958: fe0741f8                       ldr x30, [sp], #0x10
   95c: c0035fd6                       ret
   960: 63008052                       mov w3, #0x3
   964: 85028052                       mov w5, #0x14
   968: f70315aa                       mov x23, x21
   96c: f6ffff17                       b #-0x28
   970: 731a0091                       add x19, x19, #0x6
   974: 63008052                       mov w3, #0x3
   978: 050a8052                       mov w5, #0x50
   97c: f70315aa                       mov x23, x21
   980: f1ffff17                       b #-0x3c
   984: 73360091                       add x19, x19, #0xd
   988: 63008052                       mov w3, #0x3
   98c: c5128052                       mov w5, #0x96
   990: f70315aa                       mov x23, x21
   994: ecffff17                       b #-0x50
   998: 73520091                       add x19, x19, #0x14
   99c: 63008052                       mov w3, #0x3
   9a0: 851b8052                       mov w5, #0xdc
   9a4: f70315aa                       mov x23, x21
   9a8: e7ffff17                       b #-0x64
   9ac: 736a0091                       add x19, x19, #0x1a
   9b0: 63008052                       mov w3, #0x3
   9b4: 05238052                       mov w5, #0x118
   9b8: f70315aa                       mov x23, x21
   9bc: e2ffff17                       b #-0x78
   9c0: 73820091                       add x19, x19, #0x20
   9c4: 63008052                       mov w3, #0x3
   9c8: 852a8052                       mov w5, #0x154
   9cc: f70315aa                       mov x23, x21
   9d0: ddffff17                       b #-0x8c
   9d4: 739e0091                       add x19, x19, #0x27
   9d8: 63008052                       mov w3, #0x3
   9dc: 45338052                       mov w5, #0x19a
   9e0: f70315aa                       mov x23, x21
   9e4: d8ffff17                       b #-0xa0
   9e8: 73b60091                       add x19, x19, #0x2d
   9ec: 63008052                       mov w3, #0x3
   9f0: c53a8052                       mov w5, #0x1d6
   9f4: f70315aa                       mov x23, x21
   9f8: d3ffff17                       b #-0xb4
