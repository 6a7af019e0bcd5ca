# stencil startup_builtins for aarch64-apple-darwin: 2480 code bytes, 0 data bytes, 30 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
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
    30: 5301c0f2                       movk x19, #0xa, lsl #32
    34: b7420091                       add x23, x21, #0x10
    38: a80600f9                       str x8, [x21, #0x8]
    3c: d9010036                       tbz w25, #0x0, #0x38
    40: 15020014                       b #0x854
    44: f80315aa                       mov x24, x21
    48: 198700f8                       str x25, [x24], #0x8
    4c: 080140f9                       ldr x8, [x8]
    50: e8fe0737                       tbnz w8, #0x0, #-0x24
    54: 090140f9                       ldr x9, [x8]
    58: 29050091                       add x9, x9, #0x1
    5c: 090100f9                       str x9, [x8]
    60: 530080d2                       mov x19, #0x2
    64: 5301c0f2                       movk x19, #0xa, lsl #32
    68: b7420091                       add x23, x21, #0x10
    6c: a80600f9                       str x8, [x21, #0x8]
    70: 39410037                       tbnz w25, #0x0, #0x824
    74: 280b40b9                       ldr w8, [x25, #0x8]
    78: 1f210071                       cmp w8, #0x8
    7c: c1400054                       b.ne #0x818
    80: 281f40f9                       ldr x8, [x25, #0x38]
    84: e00316aa                       mov x0, x22
    88: e10318aa                       mov x1, x24
    8c: 22008052                       mov w2, #0x1
    90: 00013fd6                       blr x8
    94: fa0300aa                       mov x26, x0
    98: 000340f9                       ldr x0, [x24]
    9c: a0000037                       tbnz w0, #0x0, #0x14
    a0: 080040f9                       ldr x8, [x0]
    a4: 080500f1                       subs x8, x8, #0x1
    a8: 080000f9                       str x8, [x0]
    ac: a0030054                       b.eq #0x74
    b0: 280340f9                       ldr x8, [x25]
    b4: 080500f1                       subs x8, x8, #0x1
    b8: 280300f9                       str x8, [x25]
    bc: 61000054                       b.ne #0xc
    c0: e00319aa                       mov x0, x25
    c4: 00000094                       bl #0x0
        # hole +0xc4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: 7a4200b4                       cbz x26, #0x84c
    cc: ba0200f9                       str x26, [x21]
    d0: 880e40f9                       ldr x8, [x20, #0x18]
    d4: 000540f9                       ldr x0, [x8, #0x8]
    d8: 1a0500f9                       str x26, [x8, #0x8]
    dc: a0000037                       tbnz w0, #0x0, #0x14
    e0: 090040f9                       ldr x9, [x0]
    e4: 290500f1                       subs x9, x9, #0x1
    e8: 090000f9                       str x9, [x0]
    ec: 60020054                       b.eq #0x4c
    f0: 191540f9                       ldr x25, [x8, #0x28]
    f4: b9020037                       tbnz w25, #0x0, #0x54
    f8: 290340f9                       ldr x9, [x25]
    fc: 29050091                       add x9, x9, #0x1
   100: 290300f9                       str x9, [x25]
   104: b90200f9                       str x25, [x21]
   108: 080d40f9                       ldr x8, [x8, #0x18]
   10c: 48020036                       tbz w8, #0x0, #0x48
   110: 080300f9                       str x8, [x24]
   114: 681a0091                       add x8, x19, #0x6
   118: b9020036                       tbz w25, #0x0, #0x54
   11c: e1010014                       b #0x784
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 280340f9                       ldr x8, [x25]
   128: 080500f1                       subs x8, x8, #0x1
   12c: 280300f9                       str x8, [x25]
   130: c1fcff54                       b.ne #-0x68
   134: e3ffff17                       b #-0x74
   138: 00000094                       bl #0x0
        # hole +0x138: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   13c: 880e40f9                       ldr x8, [x20, #0x18]
   140: 191540f9                       ldr x25, [x8, #0x28]
   144: b9fd0736                       tbz w25, #0x0, #-0x4c
   148: b90200f9                       str x25, [x21]
   14c: 080d40f9                       ldr x8, [x8, #0x18]
   150: 08fe0737                       tbnz w8, #0x0, #-0x40
   154: 090140f9                       ldr x9, [x8]
   158: 29050091                       add x9, x9, #0x1
   15c: 090100f9                       str x9, [x8]
   160: 080300f9                       str x8, [x24]
   164: 681a0091                       add x8, x19, #0x6
   168: d9390037                       tbnz w25, #0x0, #0x738
   16c: 290b40b9                       ldr w9, [x25, #0x8]
   170: 3f210071                       cmp w9, #0x8
   174: 61390054                       b.ne #0x72c
   178: 281f40f9                       ldr x8, [x25, #0x38]
   17c: e00316aa                       mov x0, x22
   180: e10318aa                       mov x1, x24
   184: 22008052                       mov w2, #0x1
   188: 00013fd6                       blr x8
   18c: fa0300aa                       mov x26, x0
   190: 000340f9                       ldr x0, [x24]
   194: a0000037                       tbnz w0, #0x0, #0x14
   198: 080040f9                       ldr x8, [x0]
   19c: 080500f1                       subs x8, x8, #0x1
   1a0: 080000f9                       str x8, [x0]
   1a4: 80040054                       b.eq #0x90
   1a8: 280340f9                       ldr x8, [x25]
   1ac: 080500f1                       subs x8, x8, #0x1
   1b0: 280300f9                       str x8, [x25]
   1b4: 61000054                       b.ne #0xc
   1b8: e00319aa                       mov x0, x25
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1c0: 3a3b00b4                       cbz x26, #0x764
   1c4: ba0200f9                       str x26, [x21]
   1c8: 880e40f9                       ldr x8, [x20, #0x18]
   1cc: 001140f9                       ldr x0, [x8, #0x20]
   1d0: 1a1100f9                       str x26, [x8, #0x20]
   1d4: a0000037                       tbnz w0, #0x0, #0x14
   1d8: 090040f9                       ldr x9, [x0]
   1dc: 290500f1                       subs x9, x9, #0x1
   1e0: 090000f9                       str x9, [x0]
   1e4: 40030054                       b.eq #0x68
   1e8: 192540f9                       ldr x25, [x8, #0x48]
   1ec: 99030037                       tbnz w25, #0x0, #0x70
   1f0: 290340f9                       ldr x9, [x25]
   1f4: 29050091                       add x9, x9, #0x1
   1f8: 290300f9                       str x9, [x25]
   1fc: b90200f9                       str x25, [x21]
   200: 091940f9                       ldr x9, [x8, #0x30]
   204: 29030036                       tbz w9, #0x0, #0x64
   208: 090300f9                       str x9, [x24]
   20c: 081d40f9                       ldr x8, [x8, #0x38]
   210: 88030037                       tbnz w8, #0x0, #0x70
   214: 090140f9                       ldr x9, [x8]
   218: 29050091                       add x9, x9, #0x1
   21c: 090100f9                       str x9, [x8]
   220: bb620091                       add x27, x21, #0x18
   224: a80a00f9                       str x8, [x21, #0x10]
   228: 68360091                       add x8, x19, #0xd
   22c: 39030036                       tbz w25, #0x0, #0x64
   230: 9f010014                       b #0x67c
   234: 00000094                       bl #0x0
        # hole +0x234: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   238: 280340f9                       ldr x8, [x25]
   23c: 080500f1                       subs x8, x8, #0x1
   240: 280300f9                       str x8, [x25]
   244: e1fbff54                       b.ne #-0x84
   248: dcffff17                       b #-0x90
   24c: 00000094                       bl #0x0
        # hole +0x24c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   250: 880e40f9                       ldr x8, [x20, #0x18]
   254: 192540f9                       ldr x25, [x8, #0x48]
   258: d9fc0736                       tbz w25, #0x0, #-0x68
   25c: b90200f9                       str x25, [x21]
   260: 091940f9                       ldr x9, [x8, #0x30]
   264: 29fd0737                       tbnz w9, #0x0, #-0x5c
   268: 2a0140f9                       ldr x10, [x9]
   26c: 4a050091                       add x10, x10, #0x1
   270: 2a0100f9                       str x10, [x9]
   274: 090300f9                       str x9, [x24]
   278: 081d40f9                       ldr x8, [x8, #0x38]
   27c: c8fc0736                       tbz w8, #0x0, #-0x68
   280: bb620091                       add x27, x21, #0x18
   284: a80a00f9                       str x8, [x21, #0x10]
   288: 68360091                       add x8, x19, #0xd
   28c: 19310037                       tbnz w25, #0x0, #0x620
   290: 290b40b9                       ldr w9, [x25, #0x8]
   294: 3f210071                       cmp w9, #0x8
   298: a1300054                       b.ne #0x614
   29c: 281f40f9                       ldr x8, [x25, #0x38]
   2a0: e00316aa                       mov x0, x22
   2a4: e10318aa                       mov x1, x24
   2a8: 42008052                       mov w2, #0x2
   2ac: 00013fd6                       blr x8
   2b0: fa0300aa                       mov x26, x0
   2b4: 000340f9                       ldr x0, [x24]
   2b8: a0000037                       tbnz w0, #0x0, #0x14
   2bc: 080040f9                       ldr x8, [x0]
   2c0: 080500f1                       subs x8, x8, #0x1
   2c4: 080000f9                       str x8, [x0]
   2c8: 20010054                       b.eq #0x24
   2cc: a00a40f9                       ldr x0, [x21, #0x10]
   2d0: 40010037                       tbnz w0, #0x0, #0x28
   2d4: 080040f9                       ldr x8, [x0]
   2d8: 080500f1                       subs x8, x8, #0x1
   2dc: 080000f9                       str x8, [x0]
   2e0: c1000054                       b.ne #0x18
   2e4: 00000094                       bl #0x0
        # hole +0x2e4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2e8: 04000014                       b #0x10
   2ec: 00000094                       bl #0x0
        # hole +0x2ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2f0: a00a40f9                       ldr x0, [x21, #0x10]
   2f4: 00ff0736                       tbz w0, #0x0, #-0x20
   2f8: 280340f9                       ldr x8, [x25]
   2fc: 080500f1                       subs x8, x8, #0x1
   300: 280300f9                       str x8, [x25]
   304: 61000054                       b.ne #0xc
   308: e00319aa                       mov x0, x25
   30c: 00000094                       bl #0x0
        # hole +0x30c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   310: 5a3100b4                       cbz x26, #0x628
   314: ba0200f9                       str x26, [x21]
   318: 880e40f9                       ldr x8, [x20, #0x18]
   31c: 002140f9                       ldr x0, [x8, #0x40]
   320: 1a2100f9                       str x26, [x8, #0x40]
   324: a0000037                       tbnz w0, #0x0, #0x14
   328: 090040f9                       ldr x9, [x0]
   32c: 290500f1                       subs x9, x9, #0x1
   330: 090000f9                       str x9, [x0]
   334: 60020054                       b.eq #0x4c
   338: 193540f9                       ldr x25, [x8, #0x68]
   33c: b9020037                       tbnz w25, #0x0, #0x54
   340: 290340f9                       ldr x9, [x25]
   344: 29050091                       add x9, x9, #0x1
   348: 290300f9                       str x9, [x25]
   34c: b90200f9                       str x25, [x21]
   350: 092940f9                       ldr x9, [x8, #0x50]
   354: 49020036                       tbz w9, #0x0, #0x48
   358: 090300f9                       str x9, [x24]
   35c: 082d40f9                       ldr x8, [x8, #0x58]
   360: a8020037                       tbnz w8, #0x0, #0x54
   364: 090140f9                       ldr x9, [x8]
   368: 29050091                       add x9, x9, #0x1
   36c: 090100f9                       str x9, [x8]
   370: e80200f9                       str x8, [x23]
   374: 68520091                       add x8, x19, #0x14
   378: 59020036                       tbz w25, #0x0, #0x48
   37c: 4f010014                       b #0x53c
   380: 00000094                       bl #0x0
        # hole +0x380: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   384: 880e40f9                       ldr x8, [x20, #0x18]
   388: 193540f9                       ldr x25, [x8, #0x68]
   38c: b9fd0736                       tbz w25, #0x0, #-0x4c
   390: b90200f9                       str x25, [x21]
   394: 092940f9                       ldr x9, [x8, #0x50]
   398: 09fe0737                       tbnz w9, #0x0, #-0x40
   39c: 2a0140f9                       ldr x10, [x9]
   3a0: 4a050091                       add x10, x10, #0x1
   3a4: 2a0100f9                       str x10, [x9]
   3a8: 090300f9                       str x9, [x24]
   3ac: 082d40f9                       ldr x8, [x8, #0x58]
   3b0: a8fd0736                       tbz w8, #0x0, #-0x4c
   3b4: e80200f9                       str x8, [x23]
   3b8: 68520091                       add x8, x19, #0x14
   3bc: f9270037                       tbnz w25, #0x0, #0x4fc
   3c0: 290b40b9                       ldr w9, [x25, #0x8]
   3c4: 3f210071                       cmp w9, #0x8
   3c8: 81270054                       b.ne #0x4f0
   3cc: 281f40f9                       ldr x8, [x25, #0x38]
   3d0: e00316aa                       mov x0, x22
   3d4: e10318aa                       mov x1, x24
   3d8: 42008052                       mov w2, #0x2
   3dc: 00013fd6                       blr x8
   3e0: fa0300aa                       mov x26, x0
   3e4: 000340f9                       ldr x0, [x24]
   3e8: a0000037                       tbnz w0, #0x0, #0x14
   3ec: 080040f9                       ldr x8, [x0]
   3f0: 080500f1                       subs x8, x8, #0x1
   3f4: 080000f9                       str x8, [x0]
   3f8: 20010054                       b.eq #0x24
   3fc: a00a40f9                       ldr x0, [x21, #0x10]
   400: 40010037                       tbnz w0, #0x0, #0x28
   404: 080040f9                       ldr x8, [x0]
   408: 080500f1                       subs x8, x8, #0x1
   40c: 080000f9                       str x8, [x0]
   410: c1000054                       b.ne #0x18
   414: 00000094                       bl #0x0
        # hole +0x414: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   418: 04000014                       b #0x10
   41c: 00000094                       bl #0x0
        # hole +0x41c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   420: a00a40f9                       ldr x0, [x21, #0x10]
   424: 00ff0736                       tbz w0, #0x0, #-0x20
   428: 280340f9                       ldr x8, [x25]
   42c: 080500f1                       subs x8, x8, #0x1
   430: 280300f9                       str x8, [x25]
   434: 61000054                       b.ne #0xc
   438: e00319aa                       mov x0, x25
   43c: 00000094                       bl #0x0
        # hole +0x43c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   440: 7a2800b4                       cbz x26, #0x50c
   444: ba0200f9                       str x26, [x21]
   448: 880e40f9                       ldr x8, [x20, #0x18]
   44c: 003140f9                       ldr x0, [x8, #0x60]
   450: 1a3100f9                       str x26, [x8, #0x60]
   454: a0000037                       tbnz w0, #0x0, #0x14
   458: 090040f9                       ldr x9, [x0]
   45c: 290500f1                       subs x9, x9, #0x1
   460: 090000f9                       str x9, [x0]
   464: a0010054                       b.eq #0x34
   468: 194140f9                       ldr x25, [x8, #0x80]
   46c: f9010037                       tbnz w25, #0x0, #0x3c
   470: 290340f9                       ldr x9, [x25]
   474: 29050091                       add x9, x9, #0x1
   478: 290300f9                       str x9, [x25]
   47c: b90200f9                       str x25, [x21]
   480: 083940f9                       ldr x8, [x8, #0x70]
   484: 88010036                       tbz w8, #0x0, #0x30
   488: 080300f9                       str x8, [x24]
   48c: 686a0091                       add x8, x19, #0x1a
   490: f9010036                       tbz w25, #0x0, #0x3c
   494: 0c010014                       b #0x430
   498: 00000094                       bl #0x0
        # hole +0x498: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   49c: 880e40f9                       ldr x8, [x20, #0x18]
   4a0: 194140f9                       ldr x25, [x8, #0x80]
   4a4: 79fe0736                       tbz w25, #0x0, #-0x34
   4a8: b90200f9                       str x25, [x21]
   4ac: 083940f9                       ldr x8, [x8, #0x70]
   4b0: c8fe0737                       tbnz w8, #0x0, #-0x28
   4b4: 090140f9                       ldr x9, [x8]
   4b8: 29050091                       add x9, x9, #0x1
   4bc: 090100f9                       str x9, [x8]
   4c0: 080300f9                       str x8, [x24]
   4c4: 686a0091                       add x8, x19, #0x1a
   4c8: f91f0037                       tbnz w25, #0x0, #0x3fc
   4cc: 290b40b9                       ldr w9, [x25, #0x8]
   4d0: 3f210071                       cmp w9, #0x8
   4d4: 811f0054                       b.ne #0x3f0
   4d8: 281f40f9                       ldr x8, [x25, #0x38]
   4dc: e00316aa                       mov x0, x22
   4e0: e10318aa                       mov x1, x24
   4e4: 22008052                       mov w2, #0x1
   4e8: 00013fd6                       blr x8
   4ec: fa0300aa                       mov x26, x0
   4f0: 000340f9                       ldr x0, [x24]
   4f4: a0000037                       tbnz w0, #0x0, #0x14
   4f8: 080040f9                       ldr x8, [x0]
   4fc: 080500f1                       subs x8, x8, #0x1
   500: 080000f9                       str x8, [x0]
   504: a0030054                       b.eq #0x74
   508: 280340f9                       ldr x8, [x25]
   50c: 080500f1                       subs x8, x8, #0x1
   510: 280300f9                       str x8, [x25]
   514: 61000054                       b.ne #0xc
   518: e00319aa                       mov x0, x25
   51c: 00000094                       bl #0x0
        # hole +0x51c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   520: 1a2200b4                       cbz x26, #0x440
   524: ba0200f9                       str x26, [x21]
   528: 880e40f9                       ldr x8, [x20, #0x18]
   52c: 003d40f9                       ldr x0, [x8, #0x78]
   530: 1a3d00f9                       str x26, [x8, #0x78]
   534: a0000037                       tbnz w0, #0x0, #0x14
   538: 090040f9                       ldr x9, [x0]
   53c: 290500f1                       subs x9, x9, #0x1
   540: 090000f9                       str x9, [x0]
   544: 60020054                       b.eq #0x4c
   548: 194d40f9                       ldr x25, [x8, #0x98]
   54c: b9020037                       tbnz w25, #0x0, #0x54
   550: 290340f9                       ldr x9, [x25]
   554: 29050091                       add x9, x9, #0x1
   558: 290300f9                       str x9, [x25]
   55c: b90200f9                       str x25, [x21]
   560: 084540f9                       ldr x8, [x8, #0x88]
   564: 48020036                       tbz w8, #0x0, #0x48
   568: 080300f9                       str x8, [x24]
   56c: 68820091                       add x8, x19, #0x20
   570: b9020036                       tbz w25, #0x0, #0x54
   574: d7000014                       b #0x35c
   578: 00000094                       bl #0x0
        # hole +0x578: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   57c: 280340f9                       ldr x8, [x25]
   580: 080500f1                       subs x8, x8, #0x1
   584: 280300f9                       str x8, [x25]
   588: c1fcff54                       b.ne #-0x68
   58c: e3ffff17                       b #-0x74
   590: 00000094                       bl #0x0
        # hole +0x590: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   594: 880e40f9                       ldr x8, [x20, #0x18]
   598: 194d40f9                       ldr x25, [x8, #0x98]
   59c: b9fd0736                       tbz w25, #0x0, #-0x4c
   5a0: b90200f9                       str x25, [x21]
   5a4: 084540f9                       ldr x8, [x8, #0x88]
   5a8: 08fe0737                       tbnz w8, #0x0, #-0x40
   5ac: 090140f9                       ldr x9, [x8]
   5b0: 29050091                       add x9, x9, #0x1
   5b4: 090100f9                       str x9, [x8]
   5b8: 080300f9                       str x8, [x24]
   5bc: 68820091                       add x8, x19, #0x20
   5c0: 99180037                       tbnz w25, #0x0, #0x310
   5c4: 290b40b9                       ldr w9, [x25, #0x8]
   5c8: 3f210071                       cmp w9, #0x8
   5cc: 21180054                       b.ne #0x304
   5d0: 281f40f9                       ldr x8, [x25, #0x38]
   5d4: e00316aa                       mov x0, x22
   5d8: e10318aa                       mov x1, x24
   5dc: 22008052                       mov w2, #0x1
   5e0: 00013fd6                       blr x8
   5e4: fa0300aa                       mov x26, x0
   5e8: 000340f9                       ldr x0, [x24]
   5ec: a0000037                       tbnz w0, #0x0, #0x14
   5f0: 080040f9                       ldr x8, [x0]
   5f4: 080500f1                       subs x8, x8, #0x1
   5f8: 080000f9                       str x8, [x0]
   5fc: 60040054                       b.eq #0x8c
   600: 280340f9                       ldr x8, [x25]
   604: 080500f1                       subs x8, x8, #0x1
   608: 280300f9                       str x8, [x25]
   60c: 61000054                       b.ne #0xc
   610: e00319aa                       mov x0, x25
   614: 00000094                       bl #0x0
        # hole +0x614: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   618: fa1a00b4                       cbz x26, #0x35c
   61c: ba0200f9                       str x26, [x21]
   620: 880e40f9                       ldr x8, [x20, #0x18]
   624: 004940f9                       ldr x0, [x8, #0x90]
   628: 1a4900f9                       str x26, [x8, #0x90]
   62c: a0000037                       tbnz w0, #0x0, #0x14
   630: 090040f9                       ldr x9, [x0]
   634: 290500f1                       subs x9, x9, #0x1
   638: 090000f9                       str x9, [x0]
   63c: 20030054                       b.eq #0x64
   640: 195d40f9                       ldr x25, [x8, #0xb8]
   644: 79030037                       tbnz w25, #0x0, #0x6c
   648: 290340f9                       ldr x9, [x25]
   64c: 29050091                       add x9, x9, #0x1
   650: 290300f9                       str x9, [x25]
   654: b90200f9                       str x25, [x21]
   658: 095140f9                       ldr x9, [x8, #0xa0]
   65c: 09030036                       tbz w9, #0x0, #0x60
   660: 090300f9                       str x9, [x24]
   664: 085540f9                       ldr x8, [x8, #0xa8]
   668: 68030037                       tbnz w8, #0x0, #0x6c
   66c: 090140f9                       ldr x9, [x8]
   670: 29050091                       add x9, x9, #0x1
   674: 090100f9                       str x9, [x8]
   678: e80200f9                       str x8, [x23]
   67c: 689e0091                       add x8, x19, #0x27
   680: 19030036                       tbz w25, #0x0, #0x60
   684: 96000014                       b #0x258
   688: 00000094                       bl #0x0
        # hole +0x688: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   68c: 280340f9                       ldr x8, [x25]
   690: 080500f1                       subs x8, x8, #0x1
   694: 280300f9                       str x8, [x25]
   698: 01fcff54                       b.ne #-0x80
   69c: ddffff17                       b #-0x8c
   6a0: 00000094                       bl #0x0
        # hole +0x6a0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6a4: 880e40f9                       ldr x8, [x20, #0x18]
   6a8: 195d40f9                       ldr x25, [x8, #0xb8]
   6ac: f9fc0736                       tbz w25, #0x0, #-0x64
   6b0: b90200f9                       str x25, [x21]
   6b4: 095140f9                       ldr x9, [x8, #0xa0]
   6b8: 49fd0737                       tbnz w9, #0x0, #-0x58
   6bc: 2a0140f9                       ldr x10, [x9]
   6c0: 4a050091                       add x10, x10, #0x1
   6c4: 2a0100f9                       str x10, [x9]
   6c8: 090300f9                       str x9, [x24]
   6cc: 085540f9                       ldr x8, [x8, #0xa8]
   6d0: e8fc0736                       tbz w8, #0x0, #-0x64
   6d4: e80200f9                       str x8, [x23]
   6d8: 689e0091                       add x8, x19, #0x27
   6dc: 19100037                       tbnz w25, #0x0, #0x200
   6e0: 290b40b9                       ldr w9, [x25, #0x8]
   6e4: 3f210071                       cmp w9, #0x8
   6e8: a10f0054                       b.ne #0x1f4
   6ec: 281f40f9                       ldr x8, [x25, #0x38]
   6f0: e00316aa                       mov x0, x22
   6f4: e10318aa                       mov x1, x24
   6f8: 42008052                       mov w2, #0x2
   6fc: 00013fd6                       blr x8
   700: fa0300aa                       mov x26, x0
   704: 000340f9                       ldr x0, [x24]
   708: a0000037                       tbnz w0, #0x0, #0x14
   70c: 080040f9                       ldr x8, [x0]
   710: 080500f1                       subs x8, x8, #0x1
   714: 080000f9                       str x8, [x0]
   718: 20010054                       b.eq #0x24
   71c: a00a40f9                       ldr x0, [x21, #0x10]
   720: 40010037                       tbnz w0, #0x0, #0x28
   724: 080040f9                       ldr x8, [x0]
   728: 080500f1                       subs x8, x8, #0x1
   72c: 080000f9                       str x8, [x0]
   730: c1000054                       b.ne #0x18
   734: 00000094                       bl #0x0
        # hole +0x734: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   738: 04000014                       b #0x10
   73c: 00000094                       bl #0x0
        # hole +0x73c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   740: a00a40f9                       ldr x0, [x21, #0x10]
   744: 00ff0736                       tbz w0, #0x0, #-0x20
   748: 280340f9                       ldr x8, [x25]
   74c: 080500f1                       subs x8, x8, #0x1
   750: 280300f9                       str x8, [x25]
   754: 61000054                       b.ne #0xc
   758: e00319aa                       mov x0, x25
   75c: 00000094                       bl #0x0
        # hole +0x75c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   760: 5a1100b4                       cbz x26, #0x228
   764: ba0200f9                       str x26, [x21]
   768: 880e40f9                       ldr x8, [x20, #0x18]
   76c: 005940f9                       ldr x0, [x8, #0xb0]
   770: 1a5900f9                       str x26, [x8, #0xb0]
   774: a0000037                       tbnz w0, #0x0, #0x14
   778: 090040f9                       ldr x9, [x0]
   77c: 290500f1                       subs x9, x9, #0x1
   780: 090000f9                       str x9, [x0]
   784: a0010054                       b.eq #0x34
   788: 196940f9                       ldr x25, [x8, #0xd0]
   78c: f9010037                       tbnz w25, #0x0, #0x3c
   790: 290340f9                       ldr x9, [x25]
   794: 29050091                       add x9, x9, #0x1
   798: 290300f9                       str x9, [x25]
   79c: b90200f9                       str x25, [x21]
   7a0: 086140f9                       ldr x8, [x8, #0xc0]
   7a4: 88010036                       tbz w8, #0x0, #0x30
   7a8: 080300f9                       str x8, [x24]
   7ac: 68b60091                       add x8, x19, #0x2d
   7b0: f9010036                       tbz w25, #0x0, #0x3c
   7b4: 4e000014                       b #0x138
   7b8: 00000094                       bl #0x0
        # hole +0x7b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7bc: 880e40f9                       ldr x8, [x20, #0x18]
   7c0: 196940f9                       ldr x25, [x8, #0xd0]
   7c4: 79fe0736                       tbz w25, #0x0, #-0x34
   7c8: b90200f9                       str x25, [x21]
   7cc: 086140f9                       ldr x8, [x8, #0xc0]
   7d0: c8fe0737                       tbnz w8, #0x0, #-0x28
   7d4: 090140f9                       ldr x9, [x8]
   7d8: 29050091                       add x9, x9, #0x1
   7dc: 090100f9                       str x9, [x8]
   7e0: 080300f9                       str x8, [x24]
   7e4: 68b60091                       add x8, x19, #0x2d
   7e8: 39080037                       tbnz w25, #0x0, #0x104
   7ec: 290b40b9                       ldr w9, [x25, #0x8]
   7f0: 3f210071                       cmp w9, #0x8
   7f4: c1070054                       b.ne #0xf8
   7f8: 281f40f9                       ldr x8, [x25, #0x38]
   7fc: e00316aa                       mov x0, x22
   800: e10318aa                       mov x1, x24
   804: 22008052                       mov w2, #0x1
   808: 00013fd6                       blr x8
   80c: f70300aa                       mov x23, x0
   810: 000340f9                       ldr x0, [x24]
   814: a0000037                       tbnz w0, #0x0, #0x14
   818: 080040f9                       ldr x8, [x0]
   81c: 080500f1                       subs x8, x8, #0x1
   820: 080000f9                       str x8, [x0]
   824: 60020054                       b.eq #0x4c
   828: 280340f9                       ldr x8, [x25]
   82c: 080500f1                       subs x8, x8, #0x1
   830: 280300f9                       str x8, [x25]
   834: 61000054                       b.ne #0xc
   838: e00319aa                       mov x0, x25
   83c: 00000094                       bl #0x0
        # hole +0x83c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   840: f70a00b4                       cbz x23, #0x15c
   844: b70200f9                       str x23, [x21]
   848: 880e40f9                       ldr x8, [x20, #0x18]
   84c: 006540f9                       ldr x0, [x8, #0xc8]
   850: 176500f9                       str x23, [x8, #0xc8]
   854: a0000037                       tbnz w0, #0x0, #0x14
   858: 080040f9                       ldr x8, [x0]
   85c: 080500f1                       subs x8, x8, #0x1
   860: 080000f9                       str x8, [x0]
   864: 20010054                       b.eq #0x24
   868: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   86c: 00000014                       b #0x0
        # hole +0x86c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   870: 00000094                       bl #0x0
        # hole +0x870: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   874: 280340f9                       ldr x8, [x25]
   878: 080500f1                       subs x8, x8, #0x1
   87c: 280300f9                       str x8, [x25]
   880: 01feff54                       b.ne #-0x40
   884: edffff17                       b #-0x4c
   888: 00000094                       bl #0x0
        # hole +0x888: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   88c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   890: 00000014                       b #0x0
        # hole +0x890: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   894: 23008052                       mov w3, #0x1
   898: 85028052                       mov w5, #0x14
   89c: 17000014                       b #0x5c
   8a0: 23008052                       mov w3, #0x1
   8a4: 050a8052                       mov w5, #0x50
   8a8: 13000014                       b #0x4c
   8ac: 23008052                       mov w3, #0x1
   8b0: c5128052                       mov w5, #0x96
   8b4: 0c000014                       b #0x30
   8b8: 23008052                       mov w3, #0x1
   8bc: 851b8052                       mov w5, #0xdc
   8c0: 09000014                       b #0x24
   8c4: 23008052                       mov w3, #0x1
   8c8: 05238052                       mov w5, #0x118
   8cc: 0a000014                       b #0x28
   8d0: 23008052                       mov w3, #0x1
   8d4: 852a8052                       mov w5, #0x154
   8d8: 07000014                       b #0x1c
   8dc: 23008052                       mov w3, #0x1
   8e0: 45338052                       mov w5, #0x19a
   8e4: f7031baa                       mov x23, x27
   8e8: 03000014                       b #0xc
   8ec: 23008052                       mov w3, #0x1
   8f0: c53a8052                       mov w5, #0x1d6
   8f4: f30308aa                       mov x19, x8
   8f8: e00314aa                       mov x0, x20
   8fc: e10317aa                       mov x1, x23
   900: e20316aa                       mov x2, x22
   904: e40313aa                       mov x4, x19
   908: 00000094                       bl #0x0
        # hole +0x908: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   90c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   910: c0035fd6                       ret
   914: 63008052                       mov w3, #0x3
   918: 85028052                       mov w5, #0x14
   91c: f70315aa                       mov x23, x21
   920: f6ffff17                       b #-0x28
   924: 731a0091                       add x19, x19, #0x6
   928: 63008052                       mov w3, #0x3
   92c: 050a8052                       mov w5, #0x50
   930: f70315aa                       mov x23, x21
   934: f1ffff17                       b #-0x3c
   938: 73360091                       add x19, x19, #0xd
   93c: 63008052                       mov w3, #0x3
   940: c5128052                       mov w5, #0x96
   944: f70315aa                       mov x23, x21
   948: ecffff17                       b #-0x50
   94c: 73520091                       add x19, x19, #0x14
   950: 63008052                       mov w3, #0x3
   954: 851b8052                       mov w5, #0xdc
   958: f70315aa                       mov x23, x21
   95c: e7ffff17                       b #-0x64
   960: 736a0091                       add x19, x19, #0x1a
   964: 63008052                       mov w3, #0x3
   968: 05238052                       mov w5, #0x118
   96c: f70315aa                       mov x23, x21
   970: e2ffff17                       b #-0x78
   974: 73820091                       add x19, x19, #0x20
   978: 63008052                       mov w3, #0x3
   97c: 852a8052                       mov w5, #0x154
   980: f70315aa                       mov x23, x21
   984: ddffff17                       b #-0x8c
   988: 739e0091                       add x19, x19, #0x27
   98c: 63008052                       mov w3, #0x3
   990: 45338052                       mov w5, #0x19a
   994: f70315aa                       mov x23, x21
   998: d8ffff17                       b #-0xa0
   99c: 73b60091                       add x19, x19, #0x2d
   9a0: 63008052                       mov w3, #0x3
   9a4: c53a8052                       mov w5, #0x1d6
   9a8: f70315aa                       mov x23, x21
   9ac: d3ffff17                       b #-0xb4
