# stencil nested_outer for aarch64-apple-darwin: 2100 code bytes, 24 data bytes, 41 holes
     0: ffc303d1                       sub sp, sp, #0xf0
     4: fd7b0ea9                       stp x29, x30, [sp, #0xe0]
     8: 8002c03d                       ldr q0, [x20]
     c: e033803d                       str q0, [sp, #0xc0]
    10: 882641a9                       ldp x8, x9, [x20, #0x10]
    14: e86b00f9                       str x8, [sp, #0xd0]
    18: 2a2140a9                       ldp x10, x8, [x9]
    1c: ea0300f9                       str x10, [sp]
    20: ea2307a9                       stp x10, x8, [sp, #0x70]
    24: f4a301a9                       stp x20, x8, [sp, #0x18]
    28: 2a2141a9                       ldp x10, x8, [x9, #0x10]
    2c: eaa300a9                       stp x10, x8, [sp, #0x8]
    30: ea2308a9                       stp x10, x8, [sp, #0x80]
    34: 281140f9                       ldr x8, [x9, #0x20]
    38: e84b00f9                       str x8, [sp, #0x90]
    3c: e81700f9                       str x8, [sp, #0x28]
    40: 281c0037                       tbnz w8, #0x0, #0x384
    44: f7c30191                       add x23, sp, #0x70
    48: 3a008052                       mov w26, #0x1
    4c: 14000090                       adrp x20, #0
        # hole +0x4c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    50: 940240f9                       ldr x20, [x20]
        # hole +0x50: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    54: 1900f8d2                       mov x25, #-0x4000000000000000
    58: fb3f42a9                       ldp x27, x15, [sp, #0x20]
    5c: f45b04a9                       stp x20, x22, [sp, #0x40]
    60: 0c000014                       b #0x30
    64: e017c03d                       ldr q0, [sp, #0x50]
    68: e033803d                       str q0, [sp, #0xc0]
    6c: e83340f9                       ldr x8, [sp, #0x60]
    70: e86b00f9                       str x8, [sp, #0xd0]
    74: ed6f07a9                       stp x13, x27, [sp, #0x70]
    78: ee7308a9                       stp x14, x28, [sp, #0x80]
    7c: ef4f09a9                       stp x15, x19, [sp, #0x90]
    80: f4570aa9                       stp x20, x21, [sp, #0xa0]
    84: f8430ba9                       stp x24, x16, [sp, #0xb0]
    88: f42340f9                       ldr x20, [sp, #0x40]
    8c: cf190037                       tbnz w15, #0x0, #0x338
    90: e80940b9                       ldr w8, [x15, #0x8]
    94: 1f110071                       cmp w8, #0x4
    98: 61190054                       b.ne #0x32c
    9c: eaa543a9                       ldp x10, x9, [x15, #0x38]
    a0: e81940f9                       ldr x8, [x15, #0x30]
    a4: 3f0500f1                       cmp x9, #0x1
    a8: 8b000054                       b.lt #0x10
    ac: 1f010aeb                       cmp x8, x10
    b0: 8b000054                       b.lt #0x10
    b4: 89010014                       b #0x624
    b8: 1f010aeb                       cmp x8, x10
    bc: ed300054                       b.le #0x61c
    c0: 0901098b                       add x9, x8, x9
    c4: e91900f9                       str x9, [x15, #0x30]
    c8: 480708aa                       orr x8, x26, x8, lsl #1
    cc: e84f00f9                       str x8, [sp, #0x98]
    d0: e83f00f9                       str x8, [sp, #0x78]
    d4: bb000037                       tbnz w27, #0x0, #0x14
    d8: 680340f9                       ldr x8, [x27]
    dc: 080500f1                       subs x8, x8, #0x1
    e0: 680300f9                       str x8, [x27]
    e4: 60010054                       b.eq #0x2c
    e8: b4010037                       tbnz w20, #0x0, #0x34
    ec: 880240f9                       ldr x8, [x20]
    f0: 08050091                       add x8, x8, #0x1
    f4: 880200f9                       str x8, [x20]
    f8: f44f00f9                       str x20, [sp, #0x98]
    fc: e84740f9                       ldr x8, [sp, #0x88]
   100: 48010036                       tbz w8, #0x0, #0x28
   104: e85300f9                       str x8, [sp, #0xa0]
   108: b4010036                       tbz w20, #0x0, #0x34
   10c: 7b010014                       b #0x5ec
   110: e0031baa                       mov x0, x27
   114: 00000094                       bl #0x0
        # hole +0x114: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   118: b4fe0736                       tbz w20, #0x0, #-0x2c
   11c: f44f00f9                       str x20, [sp, #0x98]
   120: e84740f9                       ldr x8, [sp, #0x88]
   124: 08ff0737                       tbnz w8, #0x0, #-0x20
   128: 090140f9                       ldr x9, [x8]
   12c: 29050091                       add x9, x9, #0x1
   130: 090100f9                       str x9, [x8]
   134: e85300f9                       str x8, [sp, #0xa0]
   138: 142e0037                       tbnz w20, #0x0, #0x5c0
   13c: 880a40b9                       ldr w8, [x20, #0x8]
   140: 1f210071                       cmp w8, #0x8
   144: a12d0054                       b.ne #0x5b4
   148: 881e40f9                       ldr x8, [x20, #0x38]
   14c: e1c20091                       add x1, x23, #0x30
   150: e00316aa                       mov x0, x22
   154: 22008052                       mov w2, #0x1
   158: 00013fd6                       blr x8
   15c: f30300aa                       mov x19, x0
   160: e05340f9                       ldr x0, [sp, #0xa0]
   164: a0000037                       tbnz w0, #0x0, #0x14
   168: 080040f9                       ldr x8, [x0]
   16c: 080500f1                       subs x8, x8, #0x1
   170: 080000f9                       str x8, [x0]
   174: 80100054                       b.eq #0x210
   178: 880240f9                       ldr x8, [x20]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 880200f9                       str x8, [x20]
   184: 61000054                       b.ne #0xc
   188: e00314aa                       mov x0, x20
   18c: 00000094                       bl #0x0
        # hole +0x18c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   190: b32f00b4                       cbz x19, #0x5f4
   194: f34f00f9                       str x19, [sp, #0x98]
   198: ed6f47a9                       ldp x13, x27, [sp, #0x70]
   19c: ee7348a9                       ldp x14, x28, [sp, #0x80]
   1a0: ef4b40f9                       ldr x15, [sp, #0x90]
   1a4: f4574aa9                       ldp x20, x21, [sp, #0xa0]
   1a8: f85b40f9                       ldr x24, [sp, #0xb0]
   1ac: b3270037                       tbnz w19, #0x0, #0x4f4
   1b0: 680a40b9                       ldr w8, [x19, #0x8]
   1b4: 1f110071                       cmp w8, #0x4
   1b8: 41270054                       b.ne #0x4e8
   1bc: f05f40f9                       ldr x16, [sp, #0xb8]
   1c0: 69a243a9                       ldp x9, x8, [x19, #0x38]
   1c4: 761a40f9                       ldr x22, [x19, #0x30]
   1c8: 1f0500f1                       cmp x8, #0x1
   1cc: cb0a0054                       b.lt #0x158
   1d0: df0209eb                       cmp x22, x9
   1d4: ca0a0054                       b.ge #0x158
   1d8: c802088b                       add x8, x22, x8
   1dc: 681a00f9                       str x8, [x19, #0x30]
   1e0: ae000037                       tbnz w14, #0x0, #0x14
   1e4: c80140f9                       ldr x8, [x14]
   1e8: 080500f1                       subs x8, x8, #0x1
   1ec: c80100f9                       str x8, [x14]
   1f0: 600d0054                       b.eq #0x1ac
   1f4: 8d000037                       tbnz w13, #0x0, #0x10
   1f8: a80140f9                       ldr x8, [x13]
   1fc: 08050091                       add x8, x8, #0x1
   200: a80100f9                       str x8, [x13]
   204: 9b000037                       tbnz w27, #0x0, #0x10
   208: 680340f9                       ldr x8, [x27]
   20c: 08050091                       add x8, x8, #0x1
   210: 680300f9                       str x8, [x27]
   214: c9fa7fd3                       lsl x9, x22, #1
   218: 38008052                       mov w24, #0x1
   21c: d8fa7fb3                       bfi x24, x22, #1, #63
   220: 68ff4193                       asr x8, x27, #1
   224: 2afd4193                       asr x10, x9, #1
   228: 097d0a9b                       mul x9, x8, x10
   22c: 0a7d4a9b                       smulh x10, x8, x10
   230: 5ffd89eb                       cmp x10, x9, asr #63
   234: 812b0054                       b.ne #0x570
   238: 2a01198b                       add x10, x9, x25
   23c: 4a2bf8b6                       tbz x10, #0x3f, #0x568
   240: 550709aa                       orr x21, x26, x9, lsl #1
   244: f62740f9                       ldr x22, [sp, #0x48]
   248: 2d2d0036                       tbz w13, #0x0, #0x5a4
   24c: 29058d8b                       add x9, x9, x13, asr #1
   250: 3f0119ab                       cmn x9, x25
   254: c52d0054                       b.pl #0x5b8
   258: 540709aa                       orr x20, x26, x9, lsl #1
   25c: c90240f9                       ldr x9, [x22]
   260: c92500b5                       cbnz x9, #0x4b8
   264: caa640a9                       ldp x10, x9, [x22, #0x8]
   268: 4a050091                       add x10, x10, #0x1
   26c: ca0600f9                       str x10, [x22, #0x8]
   270: 5f0109eb                       cmp x10, x9
   274: 6a260054                       b.ge #0x4cc
   278: 6b0a40b9                       ldr w11, [x19, #0x8]
   27c: 7f110071                       cmp w11, #0x4
   280: 01120054                       b.ne #0x240
   284: 6d2240f9                       ldr x13, [x19, #0x40]
   288: 6c1a40f9                       ldr x12, [x19, #0x30]
   28c: bf0500f1                       cmp x13, #0x1
   290: ab000054                       b.lt #0x14
   294: 6e1e40f9                       ldr x14, [x19, #0x38]
   298: 9f010eeb                       cmp x12, x14
   29c: ab000054                       b.lt #0x14
   2a0: 1e000014                       b #0x78
   2a4: 6e1e40f9                       ldr x14, [x19, #0x38]
   2a8: 9f010eeb                       cmp x12, x14
   2ac: 6d030054                       b.le #0x6c
   2b0: 8d010d8b                       add x13, x12, x13
   2b4: 6d1a00f9                       str x13, [x19, #0x30]
   2b8: 9b000037                       tbnz w27, #0x0, #0x10
   2bc: 6d0340f9                       ldr x13, [x27]
   2c0: ad050091                       add x13, x13, #0x1
   2c4: 6d0300f9                       str x13, [x27]
   2c8: 8df97fd3                       lsl x13, x12, #1
   2cc: 38008052                       mov w24, #0x1
   2d0: 98f97fb3                       bfi x24, x12, #1, #63
   2d4: adfd4193                       asr x13, x13, #1
   2d8: 0c7d0d9b                       mul x12, x8, x13
   2dc: 0d7d4d9b                       smulh x13, x8, x13
   2e0: bffd8ceb                       cmp x13, x12, asr #63
   2e4: c1190054                       b.ne #0x338
   2e8: 8d01198b                       add x13, x12, x25
   2ec: 8d19f8b6                       tbz x13, #0x3f, #0x330
   2f0: 55070caa                       orr x21, x26, x12, lsl #1
   2f4: 8c05948b                       add x12, x12, x20, asr #1
   2f8: 9f0119ab                       cmn x12, x25
   2fc: 251b0054                       b.pl #0x364
   300: 54070caa                       orr x20, x26, x12, lsl #1
   304: 4a050091                       add x10, x10, #0x1
   308: ca0600f9                       str x10, [x22, #0x8]
   30c: 5f0109eb                       cmp x10, x9
   310: 6bfbff54                       b.lt #-0x94
   314: aa000014                       b #0x2a8
   318: ee0318aa                       mov x14, x24
   31c: ed0314aa                       mov x13, x20
   320: 04000014                       b #0x10
   324: df0209eb                       cmp x22, x9
   328: 8cf5ff54                       b.gt #-0x150
   32c: f62740f9                       ldr x22, [sp, #0x48]
   330: e033c03d                       ldr q0, [sp, #0xc0]
   334: e017803d                       str q0, [sp, #0x50]
   338: e86b40f9                       ldr x8, [sp, #0xd0]
   33c: e83300f9                       str x8, [sp, #0x60]
   340: 680240f9                       ldr x8, [x19]
   344: 080500f1                       subs x8, x8, #0x1
   348: 680200f9                       str x8, [x19]
   34c: c1e8ff54                       b.ne #-0x2e8
   350: e00313aa                       mov x0, x19
   354: f07303a9                       stp x16, x28, [sp, #0x30]
   358: fc030faa                       mov x28, x15
   35c: f6030daa                       mov x22, x13
   360: f7030eaa                       mov x23, x14
   364: 00000094                       bl #0x0
        # hole +0x364: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   368: ee0317aa                       mov x14, x23
   36c: ed0316aa                       mov x13, x22
   370: f62740f9                       ldr x22, [sp, #0x48]
   374: ef031caa                       mov x15, x28
   378: f07343a9                       ldp x16, x28, [sp, #0x30]
   37c: f7c30191                       add x23, sp, #0x70
   380: 39ffff17                       b #-0x31c
   384: 00000094                       bl #0x0
        # hole +0x384: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   388: 880240f9                       ldr x8, [x20]
   38c: 080500f1                       subs x8, x8, #0x1
   390: 880200f9                       str x8, [x20]
   394: e1efff54                       b.ne #-0x204
   398: 7cffff17                       b #-0x210
   39c: e0030eaa                       mov x0, x14
   3a0: f4030faa                       mov x20, x15
   3a4: f5030daa                       mov x21, x13
   3a8: f80310aa                       mov x24, x16
   3ac: 00000094                       bl #0x0
        # hole +0x3ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3b0: f00318aa                       mov x16, x24
   3b4: ed0315aa                       mov x13, x21
   3b8: ef0314aa                       mov x15, x20
   3bc: edf10736                       tbz w13, #0x0, #-0x1c4
   3c0: 91ffff17                       b #-0x1bc
   3c4: 08008052                       mov w8, #0x0
   3c8: 09000090                       adrp x9, #0
        # hole +0x3c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   3cc: 290140f9                       ldr x9, [x9]
        # hole +0x3cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   3d0: 24050091                       add x4, x9, #0x1
   3d4: 23008052                       mov w3, #0x1
   3d8: a9008052                       mov w9, #0x5
   3dc: 45018052                       mov w5, #0xa
   3e0: eb3b40f9                       ldr x11, [sp, #0x70]
   3e4: e00f40f9                       ldr x0, [sp, #0x18]
   3e8: 0a0c40f9                       ldr x10, [x0, #0x18]
   3ec: ec0340f9                       ldr x12, [sp]
   3f0: 7f010ceb                       cmp x11, x12
   3f4: 81030054                       b.ne #0x70
   3f8: eb3f40f9                       ldr x11, [sp, #0x78]
   3fc: ec1340f9                       ldr x12, [sp, #0x20]
   400: 7f010ceb                       cmp x11, x12
   404: a1030054                       b.ne #0x74
   408: eb4340f9                       ldr x11, [sp, #0x80]
   40c: ec0740f9                       ldr x12, [sp, #0x8]
   410: 7f010ceb                       cmp x11, x12
   414: c1030054                       b.ne #0x78
   418: eb4740f9                       ldr x11, [sp, #0x88]
   41c: ec0b40f9                       ldr x12, [sp, #0x10]
   420: 7f010ceb                       cmp x11, x12
   424: e1030054                       b.ne #0x7c
   428: eb4b40f9                       ldr x11, [sp, #0x90]
   42c: ec1740f9                       ldr x12, [sp, #0x28]
   430: 7f010ceb                       cmp x11, x12
   434: 01040054                       b.ne #0x80
   438: a8000034                       cbz w8, #0x14
   43c: e84f40f9                       ldr x8, [sp, #0x98]
   440: 481500f9                       str x8, [x10, #0x28]
   444: e85340f9                       ldr x8, [sp, #0xa0]
   448: 481900f9                       str x8, [x10, #0x30]
   44c: 410d098b                       add x1, x10, x9, lsl #3
   450: e20316aa                       mov x2, x22
   454: 00000094                       bl #0x0
        # hole +0x454: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   458: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   45c: ffc30391                       add sp, sp, #0xf0
   460: c0035fd6                       ret
   464: 4b0100f9                       str x11, [x10]
   468: eb3f40f9                       ldr x11, [sp, #0x78]
   46c: ec1340f9                       ldr x12, [sp, #0x20]
   470: 7f010ceb                       cmp x11, x12
   474: a0fcff54                       b.eq #-0x6c
   478: 4b0500f9                       str x11, [x10, #0x8]
   47c: eb4340f9                       ldr x11, [sp, #0x80]
   480: ec0740f9                       ldr x12, [sp, #0x8]
   484: 7f010ceb                       cmp x11, x12
   488: 80fcff54                       b.eq #-0x70
   48c: 4b0900f9                       str x11, [x10, #0x10]
   490: eb4740f9                       ldr x11, [sp, #0x88]
   494: ec0b40f9                       ldr x12, [sp, #0x10]
   498: 7f010ceb                       cmp x11, x12
   49c: 60fcff54                       b.eq #-0x74
   4a0: 4b0d00f9                       str x11, [x10, #0x18]
   4a4: eb4b40f9                       ldr x11, [sp, #0x90]
   4a8: ec1740f9                       ldr x12, [sp, #0x28]
   4ac: 7f010ceb                       cmp x11, x12
   4b0: 40fcff54                       b.eq #-0x78
   4b4: 4b1100f9                       str x11, [x10, #0x20]
   4b8: 28fcff35                       cbnz w8, #-0x7c
   4bc: e4ffff17                       b #-0x70
   4c0: 0b008052                       mov w11, #0x0
   4c4: 08008052                       mov w8, #0x0
   4c8: 09000090                       adrp x9, #0
        # hole +0x4c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4cc: 290140f9                       ldr x9, [x9]
        # hole +0x4cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4d0: 24050091                       add x4, x9, #0x1
   4d4: 23008052                       mov w3, #0x1
   4d8: 0a068052                       mov w10, #0x30
   4dc: 45018052                       mov w5, #0xa
   4e0: ee0318aa                       mov x14, x24
   4e4: ed0314aa                       mov x13, x20
   4e8: 29008052                       mov w9, #0x1
   4ec: ec0340f9                       ldr x12, [sp]
   4f0: 9f020ceb                       cmp x20, x12
   4f4: e00f40f9                       ldr x0, [sp, #0x18]
   4f8: 60000054                       b.eq #0xc
   4fc: 0c0c40f9                       ldr x12, [x0, #0x18]
   500: 8d0100f9                       str x13, [x12]
   504: ec1340f9                       ldr x12, [sp, #0x20]
   508: 7f030ceb                       cmp x27, x12
   50c: c1010054                       b.ne #0x38
   510: ec0740f9                       ldr x12, [sp, #0x8]
   514: df010ceb                       cmp x14, x12
   518: 01020054                       b.ne #0x40
   51c: ec0b40f9                       ldr x12, [sp, #0x10]
   520: 9f030ceb                       cmp x28, x12
   524: 41020054                       b.ne #0x48
   528: ec1740f9                       ldr x12, [sp, #0x28]
   52c: ff010ceb                       cmp x15, x12
   530: 81020054                       b.ne #0x50
   534: 0c0c40f9                       ldr x12, [x0, #0x18]
   538: 931500f9                       str x19, [x12, #0x28]
   53c: c9020036                       tbz w9, #0x0, #0x58
   540: 19000014                       b #0x64
   544: 0c0c40f9                       ldr x12, [x0, #0x18]
   548: 9b0500f9                       str x27, [x12, #0x8]
   54c: ec0740f9                       ldr x12, [sp, #0x8]
   550: df010ceb                       cmp x14, x12
   554: 40feff54                       b.eq #-0x38
   558: 0c0c40f9                       ldr x12, [x0, #0x18]
   55c: 8e0900f9                       str x14, [x12, #0x10]
   560: ec0b40f9                       ldr x12, [sp, #0x10]
   564: 9f030ceb                       cmp x28, x12
   568: 00feff54                       b.eq #-0x40
   56c: 0c0c40f9                       ldr x12, [x0, #0x18]
   570: 9c0d00f9                       str x28, [x12, #0x18]
   574: ec1740f9                       ldr x12, [sp, #0x28]
   578: ff010ceb                       cmp x15, x12
   57c: c0fdff54                       b.eq #-0x48
   580: 0c0c40f9                       ldr x12, [x0, #0x18]
   584: 8f1100f9                       str x15, [x12, #0x20]
   588: 0c0c40f9                       ldr x12, [x0, #0x18]
   58c: 931500f9                       str x19, [x12, #0x28]
   590: a9000037                       tbnz w9, #0x0, #0x14
   594: 941900f9                       str x20, [x12, #0x30]
   598: 6b000034                       cbz w11, #0xc
   59c: 951d00f9                       str x21, [x12, #0x38]
   5a0: 08030036                       tbz w8, #0x0, #0x60
   5a4: 81010a8b                       add x1, x12, x10
   5a8: e20316aa                       mov x2, x22
   5ac: 00000094                       bl #0x0
        # hole +0x5ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5b0: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   5b4: ffc30391                       add sp, sp, #0xf0
   5b8: c0035fd6                       ret
   5bc: 0b008052                       mov w11, #0x0
   5c0: 08008052                       mov w8, #0x0
   5c4: 29008052                       mov w9, #0x1
   5c8: 0a000090                       adrp x10, #0
        # hole +0x5c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5cc: 4a0140f9                       ldr x10, [x10]
        # hole +0x5cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5d0: 44350091                       add x4, x10, #0xd
   5d4: 43008052                       mov w3, #0x2
   5d8: c90200f9                       str x9, [x22]
   5dc: 0a068052                       mov w10, #0x30
   5e0: 45108052                       mov w5, #0x82
   5e4: ee0318aa                       mov x14, x24
   5e8: ed0314aa                       mov x13, x20
   5ec: ec0340f9                       ldr x12, [sp]
   5f0: 9f020ceb                       cmp x20, x12
   5f4: e00f40f9                       ldr x0, [sp, #0x18]
   5f8: 21f8ff54                       b.ne #-0xfc
   5fc: c2ffff17                       b #-0xf8
   600: 982100f9                       str x24, [x12, #0x40]
   604: 81010a8b                       add x1, x12, x10
   608: e20316aa                       mov x2, x22
   60c: 00000094                       bl #0x0
        # hole +0x60c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   610: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   614: ffc30391                       add sp, sp, #0xf0
   618: c0035fd6                       ret
   61c: 09008052                       mov w9, #0x0
   620: 08008052                       mov w8, #0x0
   624: 0a000090                       adrp x10, #0
        # hole +0x624: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   628: 4a0140f9                       ldr x10, [x10]
        # hole +0x628: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   62c: 44210091                       add x4, x10, #0x8
   630: 23008052                       mov w3, #0x1
   634: 0a098052                       mov w10, #0x48
   638: 050a8052                       mov w5, #0x50
   63c: f5031baa                       mov x21, x27
   640: ee0318aa                       mov x14, x24
   644: ed0314aa                       mov x13, x20
   648: 2b008052                       mov w11, #0x1
   64c: ec0340f9                       ldr x12, [sp]
   650: 9f020ceb                       cmp x20, x12
   654: e00f40f9                       ldr x0, [sp, #0x18]
   658: 21f5ff54                       b.ne #-0x15c
   65c: aaffff17                       b #-0x158
   660: 09008052                       mov w9, #0x0
   664: 08000090                       adrp x8, #0
        # hole +0x664: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   668: 080140f9                       ldr x8, [x8]
        # hole +0x668: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   66c: 04290091                       add x4, x8, #0xa
   670: 23008052                       mov w3, #0x1
   674: 0a088052                       mov w10, #0x40
   678: 850c8052                       mov w5, #0x64
   67c: ee0318aa                       mov x14, x24
   680: ed0314aa                       mov x13, x20
   684: 2b008052                       mov w11, #0x1
   688: 28008052                       mov w8, #0x1
   68c: ec0340f9                       ldr x12, [sp]
   690: bf010ceb                       cmp x13, x12
   694: e00f40f9                       ldr x0, [sp, #0x18]
   698: 21f3ff54                       b.ne #-0x19c
   69c: 9affff17                       b #-0x198
   6a0: 0b008052                       mov w11, #0x0
   6a4: 08008052                       mov w8, #0x0
   6a8: 09000090                       adrp x9, #0
        # hole +0x6a8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6ac: 290140f9                       ldr x9, [x9]
        # hole +0x6ac: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6b0: 24050091                       add x4, x9, #0x1
   6b4: 23008052                       mov w3, #0x1
   6b8: 0a068052                       mov w10, #0x30
   6bc: 45018052                       mov w5, #0xa
   6c0: 29008052                       mov w9, #0x1
   6c4: ec0340f9                       ldr x12, [sp]
   6c8: bf010ceb                       cmp x13, x12
   6cc: e00f40f9                       ldr x0, [sp, #0x18]
   6d0: 61f1ff54                       b.ne #-0x1d4
   6d4: 8cffff17                       b #-0x1d0
   6d8: 08008052                       mov w8, #0x0
   6dc: 09000090                       adrp x9, #0
        # hole +0x6dc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   6e0: 290140f9                       ldr x9, [x9]
        # hole +0x6e0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   6e4: 24090091                       add x4, x9, #0x2
   6e8: 43008052                       mov w3, #0x2
   6ec: a9008052                       mov w9, #0x5
   6f0: 85028052                       mov w5, #0x14
   6f4: 3bffff17                       b #-0x314
   6f8: 08000090                       adrp x8, #0
        # hole +0x6f8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   6fc: 080140f9                       ldr x8, [x8]
        # hole +0x6fc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   700: 041d0091                       add x4, x8, #0x7
   704: 23008052                       mov w3, #0x1
   708: e9008052                       mov w9, #0x7
   70c: c5088052                       mov w5, #0x46
   710: 28008052                       mov w8, #0x1
   714: 33ffff17                       b #-0x334
   718: 0b008052                       mov w11, #0x0
   71c: 08008052                       mov w8, #0x0
   720: 09000090                       adrp x9, #0
        # hole +0x720: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   724: 290140f9                       ldr x9, [x9]
        # hole +0x724: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   728: 24310091                       add x4, x9, #0xc
   72c: 29008052                       mov w9, #0x1
   730: 43008052                       mov w3, #0x2
   734: 0a068052                       mov w10, #0x30
   738: 050f8052                       mov w5, #0x78
   73c: 0b000014                       b #0x2c
   740: 0b008052                       mov w11, #0x0
   744: 08008052                       mov w8, #0x0
   748: 29008052                       mov w9, #0x1
   74c: 0a000090                       adrp x10, #0
        # hole +0x74c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   750: 4a0140f9                       ldr x10, [x10]
        # hole +0x750: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   754: 44350091                       add x4, x10, #0xd
   758: 43008052                       mov w3, #0x2
   75c: c90200f9                       str x9, [x22]
   760: 0a068052                       mov w10, #0x30
   764: 45108052                       mov w5, #0x82
   768: ee0318aa                       mov x14, x24
   76c: ed0314aa                       mov x13, x20
   770: ec0340f9                       ldr x12, [sp]
   774: 9f020ceb                       cmp x20, x12
   778: e00f40f9                       ldr x0, [sp, #0x18]
   77c: 40ecff54                       b.eq #-0x278
   780: 5fffff17                       b #-0x284
   784: 08008052                       mov w8, #0x0
   788: 09000090                       adrp x9, #0
        # hole +0x788: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   78c: 290140f9                       ldr x9, [x9]
        # hole +0x78c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   790: 241d0091                       add x4, x9, #0x7
   794: 63008052                       mov w3, #0x3
   798: a9008052                       mov w9, #0x5
   79c: c5088052                       mov w5, #0x46
   7a0: 10ffff17                       b #-0x3c0
   7a4: 09008052                       mov w9, #0x0
   7a8: 08008052                       mov w8, #0x0
   7ac: 0a000090                       adrp x10, #0
        # hole +0x7ac: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7b0: 4a0140f9                       ldr x10, [x10]
        # hole +0x7b0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7b4: 44210091                       add x4, x10, #0x8
   7b8: 23008052                       mov w3, #0x1
   7bc: 0a098052                       mov w10, #0x48
   7c0: 050a8052                       mov w5, #0x50
   7c4: f4030daa                       mov x20, x13
   7c8: f5031baa                       mov x21, x27
   7cc: ee0318aa                       mov x14, x24
   7d0: 2b008052                       mov w11, #0x1
   7d4: f62740f9                       ldr x22, [sp, #0x48]
   7d8: ec0340f9                       ldr x12, [sp]
   7dc: bf010ceb                       cmp x13, x12
   7e0: e00f40f9                       ldr x0, [sp, #0x18]
   7e4: c1e8ff54                       b.ne #-0x2e8
   7e8: 47ffff17                       b #-0x2e4
   7ec: 09008052                       mov w9, #0x0
   7f0: 08000090                       adrp x8, #0
        # hole +0x7f0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7f4: 080140f9                       ldr x8, [x8]
        # hole +0x7f4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7f8: 04250091                       add x4, x8, #0x9
   7fc: 23008052                       mov w3, #0x1
   800: 0a088052                       mov w10, #0x40
   804: 450b8052                       mov w5, #0x5a
   808: 08000014                       b #0x20
   80c: 09008052                       mov w9, #0x0
   810: 08000090                       adrp x8, #0
        # hole +0x810: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   814: 080140f9                       ldr x8, [x8]
        # hole +0x814: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   818: 04290091                       add x4, x8, #0xa
   81c: 23008052                       mov w3, #0x1
   820: 0a088052                       mov w10, #0x40
   824: 850c8052                       mov w5, #0x64
   828: f4030daa                       mov x20, x13
   82c: ee0318aa                       mov x14, x24
   830: 95ffff17                       b #-0x1ac
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[9]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 operand0[5]+0
