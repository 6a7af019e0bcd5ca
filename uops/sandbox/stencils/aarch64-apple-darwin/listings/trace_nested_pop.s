# stencil nested_pop for aarch64-apple-darwin: 1948 code bytes, 24 data bytes, 40 holes
     0: ff0303d1                       sub sp, sp, #0xc0
     4: fd7b0ba9                       stp x29, x30, [sp, #0xb0]
     8: e20316aa                       mov x2, x22
     c: f41f00f9                       str x20, [sp, #0x38]
    10: 880e40f9                       ldr x8, [x20, #0x18]
    14: 0a6940a9                       ldp x10, x26, [x8]
    18: 094d42a9                       ldp x9, x19, [x8, #0x20]
    1c: 3c008052                       mov w28, #0x1
    20: 17000090                       adrp x23, #0
        # hole +0x20: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    24: f70240f9                       ldr x23, [x23]
        # hole +0x24: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    28: 1b00f8d2                       mov x27, #-0x4000000000000000
    2c: e9cf02a9                       stp x9, x19, [sp, #0x28]
    30: ef0309aa                       mov x15, x9
    34: 192141a9                       ldp x25, x8, [x8, #0x10]
    38: faa301a9                       stp x26, x8, [sp, #0x18]
    3c: f00308aa                       mov x16, x8
    40: eae700a9                       stp x10, x25, [sp, #0x8]
    44: ed030aaa                       mov x13, x10
    48: f62f00f9                       str x22, [sp, #0x58]
    4c: 03000014                       b #0xc
    50: f90318aa                       mov x25, x24
    54: ed0314aa                       mov x13, x20
    58: b3010037                       tbnz w19, #0x0, #0x34
    5c: 680240f9                       ldr x8, [x19]
    60: 080500f1                       subs x8, x8, #0x1
    64: 680200f9                       str x8, [x19]
    68: 21010054                       b.ne #0x24
    6c: e00313aa                       mov x0, x19
    70: f6030faa                       mov x22, x15
    74: edc304a9                       stp x13, x16, [sp, #0x48]
    78: f12300f9                       str x17, [sp, #0x40]
    7c: 00000094                       bl #0x0
        # hole +0x7c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    80: f13744a9                       ldp x17, x13, [sp, #0x40]
    84: f00b45a9                       ldp x16, x2, [sp, #0x50]
    88: ef0316aa                       mov x15, x22
    8c: ed6b06a9                       stp x13, x26, [sp, #0x60]
    90: f94307a9                       stp x25, x16, [sp, #0x70]
    94: ef4f08a9                       stp x15, x19, [sp, #0x80]
    98: f45709a9                       stp x20, x21, [sp, #0x90]
    9c: f8470aa9                       stp x24, x17, [sp, #0xa0]
    a0: 6f230037                       tbnz w15, #0x0, #0x46c
    a4: e80940b9                       ldr w8, [x15, #0x8]
    a8: 1f110071                       cmp w8, #0x4
    ac: 01230054                       b.ne #0x460
    b0: eaa543a9                       ldp x10, x9, [x15, #0x38]
    b4: e81940f9                       ldr x8, [x15, #0x30]
    b8: 3f0500f1                       cmp x9, #0x1
    bc: 8b000054                       b.lt #0x10
    c0: 1f010aeb                       cmp x8, x10
    c4: 8b000054                       b.lt #0x10
    c8: 28010014                       b #0x4a0
    cc: 1f010aeb                       cmp x8, x10
    d0: cd240054                       b.le #0x498
    d4: 0901098b                       add x9, x8, x9
    d8: e91900f9                       str x9, [x15, #0x30]
    dc: 880708aa                       orr x8, x28, x8, lsl #1
    e0: e84700f9                       str x8, [sp, #0x88]
    e4: e83700f9                       str x8, [sp, #0x68]
    e8: ba000037                       tbnz w26, #0x0, #0x14
    ec: 480340f9                       ldr x8, [x26]
    f0: 080500f1                       subs x8, x8, #0x1
    f4: 480300f9                       str x8, [x26]
    f8: 00010054                       b.eq #0x20
    fc: 77010036                       tbz w23, #0x0, #0x2c
   100: f74700f9                       str x23, [sp, #0x88]
   104: e83f40f9                       ldr x8, [sp, #0x78]
   108: c8010036                       tbz w8, #0x0, #0x38
   10c: e84b00f9                       str x8, [sp, #0x90]
   110: 37020036                       tbz w23, #0x0, #0x44
   114: 23010014                       b #0x48c
   118: e0031aaa                       mov x0, x26
   11c: 00000094                       bl #0x0
        # hole +0x11c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   120: e22f40f9                       ldr x2, [sp, #0x58]
   124: f7fe0737                       tbnz w23, #0x0, #-0x24
   128: e80240f9                       ldr x8, [x23]
   12c: 08050091                       add x8, x8, #0x1
   130: e80200f9                       str x8, [x23]
   134: f74700f9                       str x23, [sp, #0x88]
   138: e83f40f9                       ldr x8, [sp, #0x78]
   13c: 88fe0737                       tbnz w8, #0x0, #-0x30
   140: 090140f9                       ldr x9, [x8]
   144: 29050091                       add x9, x9, #0x1
   148: 090100f9                       str x9, [x8]
   14c: e84b00f9                       str x8, [sp, #0x90]
   150: 97220037                       tbnz w23, #0x0, #0x450
   154: e80a40b9                       ldr w8, [x23, #0x8]
   158: 1f210071                       cmp w8, #0x8
   15c: 21220054                       b.ne #0x444
   160: e81e40f9                       ldr x8, [x23, #0x38]
   164: e9830191                       add x9, sp, #0x60
   168: 21c10091                       add x1, x9, #0x30
   16c: e00302aa                       mov x0, x2
   170: 22008052                       mov w2, #0x1
   174: 00013fd6                       blr x8
   178: f30300aa                       mov x19, x0
   17c: e04b40f9                       ldr x0, [sp, #0x90]
   180: a0000037                       tbnz w0, #0x0, #0x14
   184: 080040f9                       ldr x8, [x0]
   188: 080500f1                       subs x8, x8, #0x1
   18c: 080000f9                       str x8, [x0]
   190: 800d0054                       b.eq #0x1b0
   194: e80240f9                       ldr x8, [x23]
   198: 080500f1                       subs x8, x8, #0x1
   19c: e80200f9                       str x8, [x23]
   1a0: 61000054                       b.ne #0xc
   1a4: e00317aa                       mov x0, x23
   1a8: 00000094                       bl #0x0
        # hole +0x1a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1ac: 332a00b4                       cbz x19, #0x544
   1b0: f34700f9                       str x19, [sp, #0x88]
   1b4: ed6b46a9                       ldp x13, x26, [sp, #0x60]
   1b8: f94347a9                       ldp x25, x16, [sp, #0x70]
   1bc: ef4340f9                       ldr x15, [sp, #0x80]
   1c0: f45749a9                       ldp x20, x21, [sp, #0x90]
   1c4: f85340f9                       ldr x24, [sp, #0xa0]
   1c8: e22f40f9                       ldr x2, [sp, #0x58]
   1cc: d31b0037                       tbnz w19, #0x0, #0x378
   1d0: 680a40b9                       ldr w8, [x19, #0x8]
   1d4: 1f110071                       cmp w8, #0x4
   1d8: 611b0054                       b.ne #0x36c
   1dc: f15740f9                       ldr x17, [sp, #0xa8]
   1e0: 69a243a9                       ldp x9, x8, [x19, #0x38]
   1e4: 761a40f9                       ldr x22, [x19, #0x30]
   1e8: 1f0500f1                       cmp x8, #0x1
   1ec: 8b000054                       b.lt #0x10
   1f0: df0209eb                       cmp x22, x9
   1f4: 2af3ff54                       b.ge #-0x19c
   1f8: 03000014                       b #0xc
   1fc: df0209eb                       cmp x22, x9
   200: cdf2ff54                       b.le #-0x1a8
   204: c802088b                       add x8, x22, x8
   208: 681a00f9                       str x8, [x19, #0x30]
   20c: b9000037                       tbnz w25, #0x0, #0x14
   210: 280340f9                       ldr x8, [x25]
   214: 080500f1                       subs x8, x8, #0x1
   218: 280300f9                       str x8, [x25]
   21c: e0090054                       b.eq #0x13c
   220: 8d000037                       tbnz w13, #0x0, #0x10
   224: a80140f9                       ldr x8, [x13]
   228: 08050091                       add x8, x8, #0x1
   22c: a80100f9                       str x8, [x13]
   230: 9a000037                       tbnz w26, #0x0, #0x10
   234: 480340f9                       ldr x8, [x26]
   238: 08050091                       add x8, x8, #0x1
   23c: 480300f9                       str x8, [x26]
   240: c9fa7fd3                       lsl x9, x22, #1
   244: 38008052                       mov w24, #0x1
   248: d8fa7fb3                       bfi x24, x22, #1, #63
   24c: 48ff4193                       asr x8, x26, #1
   250: 2afd4193                       asr x10, x9, #1
   254: 097d0a9b                       mul x9, x8, x10
   258: 0a7d4a9b                       smulh x10, x8, x10
   25c: 5ffd89eb                       cmp x10, x9, asr #63
   260: 41260054                       b.ne #0x4c8
   264: 2a011b8b                       add x10, x9, x27
   268: 0a26f8b6                       tbz x10, #0x3f, #0x4c0
   26c: 950709aa                       orr x21, x28, x9, lsl #1
   270: 0d270036                       tbz w13, #0x0, #0x4e0
   274: 29058d8b                       add x9, x9, x13, asr #1
   278: 3f011bab                       cmn x9, x27
   27c: a5270054                       b.pl #0x4f4
   280: 940709aa                       orr x20, x28, x9, lsl #1
   284: 490040f9                       ldr x9, [x2]
   288: 692100b5                       cbnz x9, #0x42c
   28c: 4aa440a9                       ldp x10, x9, [x2, #0x8]
   290: 4a050091                       add x10, x10, #0x1
   294: 4a0400f9                       str x10, [x2, #0x8]
   298: 5f0109eb                       cmp x10, x9
   29c: ea210054                       b.ge #0x43c
   2a0: 6b0a40b9                       ldr w11, [x19, #0x8]
   2a4: 7f110071                       cmp w11, #0x4
   2a8: 21070054                       b.ne #0xe4
   2ac: 6d2240f9                       ldr x13, [x19, #0x40]
   2b0: 6c1a40f9                       ldr x12, [x19, #0x30]
   2b4: bf0500f1                       cmp x13, #0x1
   2b8: ab000054                       b.lt #0x14
   2bc: 6e1e40f9                       ldr x14, [x19, #0x38]
   2c0: 9f010eeb                       cmp x12, x14
   2c4: ab000054                       b.lt #0x14
   2c8: 62ffff17                       b #-0x278
   2cc: 6e1e40f9                       ldr x14, [x19, #0x38]
   2d0: 9f010eeb                       cmp x12, x14
   2d4: edebff54                       b.le #-0x284
   2d8: 8d010d8b                       add x13, x12, x13
   2dc: 6d1a00f9                       str x13, [x19, #0x30]
   2e0: 9a000037                       tbnz w26, #0x0, #0x10
   2e4: 4d0340f9                       ldr x13, [x26]
   2e8: ad050091                       add x13, x13, #0x1
   2ec: 4d0300f9                       str x13, [x26]
   2f0: 8df97fd3                       lsl x13, x12, #1
   2f4: 38008052                       mov w24, #0x1
   2f8: 98f97fb3                       bfi x24, x12, #1, #63
   2fc: adfd4193                       asr x13, x13, #1
   300: 0c7d0d9b                       mul x12, x8, x13
   304: 0d7d4d9b                       smulh x13, x8, x13
   308: bffd8ceb                       cmp x13, x12, asr #63
   30c: 210d0054                       b.ne #0x1a4
   310: 8d011b8b                       add x13, x12, x27
   314: ed0cf8b6                       tbz x13, #0x3f, #0x19c
   318: 95070caa                       orr x21, x28, x12, lsl #1
   31c: 8c05948b                       add x12, x12, x20, asr #1
   320: 9f011bab                       cmn x12, x27
   324: e50d0054                       b.pl #0x1bc
   328: 94070caa                       orr x20, x28, x12, lsl #1
   32c: 4a050091                       add x10, x10, #0x1
   330: 4a0400f9                       str x10, [x2, #0x8]
   334: 5f0109eb                       cmp x10, x9
   338: 6bfbff54                       b.lt #-0x94
   33c: 1d000014                       b #0x74
   340: 00000094                       bl #0x0
        # hole +0x340: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   344: e80240f9                       ldr x8, [x23]
   348: 080500f1                       subs x8, x8, #0x1
   34c: e80200f9                       str x8, [x23]
   350: e1f2ff54                       b.ne #-0x1a4
   354: 94ffff17                       b #-0x1b0
   358: e00319aa                       mov x0, x25
   35c: f4030faa                       mov x20, x15
   360: f50310aa                       mov x21, x16
   364: f8030daa                       mov x24, x13
   368: f90311aa                       mov x25, x17
   36c: 00000094                       bl #0x0
        # hole +0x36c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   370: f10319aa                       mov x17, x25
   374: ed0318aa                       mov x13, x24
   378: f00315aa                       mov x16, x21
   37c: ef0314aa                       mov x15, x20
   380: e22f40f9                       ldr x2, [sp, #0x58]
   384: 0df50736                       tbz w13, #0x0, #-0x160
   388: aaffff17                       b #-0x158
   38c: 0a008052                       mov w10, #0x0
   390: 08008052                       mov w8, #0x0
   394: 09000090                       adrp x9, #0
        # hole +0x394: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   398: 290140f9                       ldr x9, [x9]
        # hole +0x398: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   39c: 24050091                       add x4, x9, #0x1
   3a0: 23008052                       mov w3, #0x1
   3a4: 09068052                       mov w9, #0x30
   3a8: 45018052                       mov w5, #0xa
   3ac: 0b000014                       b #0x2c
   3b0: 0a008052                       mov w10, #0x0
   3b4: 08008052                       mov w8, #0x0
   3b8: 29008052                       mov w9, #0x1
   3bc: 0b000090                       adrp x11, #0
        # hole +0x3bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3c0: 6b0140f9                       ldr x11, [x11]
        # hole +0x3c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3c4: 64350091                       add x4, x11, #0xd
   3c8: 43008052                       mov w3, #0x2
   3cc: 490000f9                       str x9, [x2]
   3d0: 09068052                       mov w9, #0x30
   3d4: 45108052                       mov w5, #0x82
   3d8: f90318aa                       mov x25, x24
   3dc: ed0314aa                       mov x13, x20
   3e0: e01f40f9                       ldr x0, [sp, #0x38]
   3e4: 0b0c40f9                       ldr x11, [x0, #0x18]
   3e8: ec0740f9                       ldr x12, [sp, #0x8]
   3ec: bf010ceb                       cmp x13, x12
   3f0: 41020054                       b.ne #0x48
   3f4: ec0f40f9                       ldr x12, [sp, #0x18]
   3f8: 5f030ceb                       cmp x26, x12
   3fc: 61020054                       b.ne #0x4c
   400: ec0b40f9                       ldr x12, [sp, #0x10]
   404: 3f030ceb                       cmp x25, x12
   408: 81020054                       b.ne #0x50
   40c: ec1340f9                       ldr x12, [sp, #0x20]
   410: 1f020ceb                       cmp x16, x12
   414: a1020054                       b.ne #0x54
   418: ec1740f9                       ldr x12, [sp, #0x28]
   41c: ff010ceb                       cmp x15, x12
   420: c1020054                       b.ne #0x58
   424: ec1b40f9                       ldr x12, [sp, #0x30]
   428: 7f020ceb                       cmp x19, x12
   42c: e1020054                       b.ne #0x5c
   430: 0a030035                       cbnz w10, #0x60
   434: 1a000014                       b #0x68
   438: 6d0100f9                       str x13, [x11]
   43c: ec0f40f9                       ldr x12, [sp, #0x18]
   440: 5f030ceb                       cmp x26, x12
   444: e0fdff54                       b.eq #-0x44
   448: 7a0500f9                       str x26, [x11, #0x8]
   44c: ec0b40f9                       ldr x12, [sp, #0x10]
   450: 3f030ceb                       cmp x25, x12
   454: c0fdff54                       b.eq #-0x48
   458: 790900f9                       str x25, [x11, #0x10]
   45c: ec1340f9                       ldr x12, [sp, #0x20]
   460: 1f020ceb                       cmp x16, x12
   464: a0fdff54                       b.eq #-0x4c
   468: 700d00f9                       str x16, [x11, #0x18]
   46c: ec1740f9                       ldr x12, [sp, #0x28]
   470: ff010ceb                       cmp x15, x12
   474: 80fdff54                       b.eq #-0x50
   478: 6f1100f9                       str x15, [x11, #0x20]
   47c: ec1b40f9                       ldr x12, [sp, #0x30]
   480: 7f020ceb                       cmp x19, x12
   484: 60fdff54                       b.eq #-0x54
   488: 731500f9                       str x19, [x11, #0x28]
   48c: 8a000034                       cbz w10, #0x10
   490: 745503a9                       stp x20, x21, [x11, #0x30]
   494: 48000034                       cbz w8, #0x8
   498: 782100f9                       str x24, [x11, #0x40]
   49c: 6101098b                       add x1, x11, x9
   4a0: 00000094                       bl #0x0
        # hole +0x4a0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   4a4: fd7b4ba9                       ldp x29, x30, [sp, #0xb0]
   4a8: ff030391                       add sp, sp, #0xc0
   4ac: c0035fd6                       ret
   4b0: 08000090                       adrp x8, #0
        # hole +0x4b0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4b4: 080140f9                       ldr x8, [x8]
        # hole +0x4b4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4b8: 04210091                       add x4, x8, #0x8
   4bc: 23008052                       mov w3, #0x1
   4c0: 09098052                       mov w9, #0x48
   4c4: 050a8052                       mov w5, #0x50
   4c8: f5031aaa                       mov x21, x26
   4cc: f90318aa                       mov x25, x24
   4d0: ed0314aa                       mov x13, x20
   4d4: 2a008052                       mov w10, #0x1
   4d8: 28008052                       mov w8, #0x1
   4dc: c1ffff17                       b #-0xfc
   4e0: 08008052                       mov w8, #0x0
   4e4: 09000090                       adrp x9, #0
        # hole +0x4e4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4e8: 290140f9                       ldr x9, [x9]
        # hole +0x4e8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4ec: 24290091                       add x4, x9, #0xa
   4f0: 23008052                       mov w3, #0x1
   4f4: 09088052                       mov w9, #0x40
   4f8: 850c8052                       mov w5, #0x64
   4fc: f90318aa                       mov x25, x24
   500: ed0314aa                       mov x13, x20
   504: 2a008052                       mov w10, #0x1
   508: b6ffff17                       b #-0x128
   50c: 08008052                       mov w8, #0x0
   510: 09000090                       adrp x9, #0
        # hole +0x510: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   514: 290140f9                       ldr x9, [x9]
        # hole +0x514: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   518: 24050091                       add x4, x9, #0x1
   51c: 23008052                       mov w3, #0x1
   520: a9008052                       mov w9, #0x5
   524: 45018052                       mov w5, #0xa
   528: eb3340f9                       ldr x11, [sp, #0x60]
   52c: e01f40f9                       ldr x0, [sp, #0x38]
   530: 0a0c40f9                       ldr x10, [x0, #0x18]
   534: ec0740f9                       ldr x12, [sp, #0x8]
   538: 7f010ceb                       cmp x11, x12
   53c: c1040054                       b.ne #0x98
   540: 26000014                       b #0x98
   544: 0a008052                       mov w10, #0x0
   548: 08008052                       mov w8, #0x0
   54c: 09000090                       adrp x9, #0
        # hole +0x54c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   550: 290140f9                       ldr x9, [x9]
        # hole +0x550: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   554: 24050091                       add x4, x9, #0x1
   558: 23008052                       mov w3, #0x1
   55c: 09068052                       mov w9, #0x30
   560: 45018052                       mov w5, #0xa
   564: 9fffff17                       b #-0x184
   568: 08008052                       mov w8, #0x0
   56c: 09000090                       adrp x9, #0
        # hole +0x56c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   570: 290140f9                       ldr x9, [x9]
        # hole +0x570: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   574: 24090091                       add x4, x9, #0x2
   578: 43008052                       mov w3, #0x2
   57c: a9008052                       mov w9, #0x5
   580: 85028052                       mov w5, #0x14
   584: eb3340f9                       ldr x11, [sp, #0x60]
   588: e01f40f9                       ldr x0, [sp, #0x38]
   58c: 0a0c40f9                       ldr x10, [x0, #0x18]
   590: ec0740f9                       ldr x12, [sp, #0x8]
   594: 7f010ceb                       cmp x11, x12
   598: e1010054                       b.ne #0x3c
   59c: 0f000014                       b #0x3c
   5a0: 08000090                       adrp x8, #0
        # hole +0x5a0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   5a4: 080140f9                       ldr x8, [x8]
        # hole +0x5a4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   5a8: 041d0091                       add x4, x8, #0x7
   5ac: 23008052                       mov w3, #0x1
   5b0: e9008052                       mov w9, #0x7
   5b4: c5088052                       mov w5, #0x46
   5b8: 28008052                       mov w8, #0x1
   5bc: eb3340f9                       ldr x11, [sp, #0x60]
   5c0: e01f40f9                       ldr x0, [sp, #0x38]
   5c4: 0a0c40f9                       ldr x10, [x0, #0x18]
   5c8: ec0740f9                       ldr x12, [sp, #0x8]
   5cc: 7f010ceb                       cmp x11, x12
   5d0: 40000054                       b.eq #0x8
   5d4: 4b0100f9                       str x11, [x10]
   5d8: eb3740f9                       ldr x11, [sp, #0x68]
   5dc: ec0f40f9                       ldr x12, [sp, #0x18]
   5e0: 7f010ceb                       cmp x11, x12
   5e4: 61030054                       b.ne #0x6c
   5e8: eb3b40f9                       ldr x11, [sp, #0x70]
   5ec: ec0b40f9                       ldr x12, [sp, #0x10]
   5f0: 7f010ceb                       cmp x11, x12
   5f4: 81030054                       b.ne #0x70
   5f8: eb3f40f9                       ldr x11, [sp, #0x78]
   5fc: ec1340f9                       ldr x12, [sp, #0x20]
   600: 7f010ceb                       cmp x11, x12
   604: a1030054                       b.ne #0x74
   608: eb4340f9                       ldr x11, [sp, #0x80]
   60c: ec1740f9                       ldr x12, [sp, #0x28]
   610: 7f010ceb                       cmp x11, x12
   614: c1030054                       b.ne #0x78
   618: eb4740f9                       ldr x11, [sp, #0x88]
   61c: ec1b40f9                       ldr x12, [sp, #0x30]
   620: 7f010ceb                       cmp x11, x12
   624: 0c010052                       eor w12, w8, #0x1
   628: 8c159f1a                       csinc w12, w12, wzr, ne
   62c: ec030036                       tbz w12, #0x0, #0x7c
   630: 68000034                       cbz w8, #0xc
   634: e84b40f9                       ldr x8, [sp, #0x90]
   638: 481900f9                       str x8, [x10, #0x30]
   63c: 410d098b                       add x1, x10, x9, lsl #3
   640: 00000094                       bl #0x0
        # hole +0x640: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   644: fd7b4ba9                       ldp x29, x30, [sp, #0xb0]
   648: ff030391                       add sp, sp, #0xc0
   64c: c0035fd6                       ret
   650: 4b0500f9                       str x11, [x10, #0x8]
   654: eb3b40f9                       ldr x11, [sp, #0x70]
   658: ec0b40f9                       ldr x12, [sp, #0x10]
   65c: 7f010ceb                       cmp x11, x12
   660: c0fcff54                       b.eq #-0x68
   664: 4b0900f9                       str x11, [x10, #0x10]
   668: eb3f40f9                       ldr x11, [sp, #0x78]
   66c: ec1340f9                       ldr x12, [sp, #0x20]
   670: 7f010ceb                       cmp x11, x12
   674: a0fcff54                       b.eq #-0x6c
   678: 4b0d00f9                       str x11, [x10, #0x18]
   67c: eb4340f9                       ldr x11, [sp, #0x80]
   680: ec1740f9                       ldr x12, [sp, #0x28]
   684: 7f010ceb                       cmp x11, x12
   688: 80fcff54                       b.eq #-0x70
   68c: 4b1100f9                       str x11, [x10, #0x20]
   690: eb4740f9                       ldr x11, [sp, #0x88]
   694: ec1b40f9                       ldr x12, [sp, #0x30]
   698: 7f010ceb                       cmp x11, x12
   69c: 0c010052                       eor w12, w8, #0x1
   6a0: 8c159f1a                       csinc w12, w12, wzr, ne
   6a4: 6cfc0737                       tbnz w12, #0x0, #-0x74
   6a8: 4b1500f9                       str x11, [x10, #0x28]
   6ac: 48fcff35                       cbnz w8, #-0x78
   6b0: e3ffff17                       b #-0x74
   6b4: 0a008052                       mov w10, #0x0
   6b8: 08008052                       mov w8, #0x0
   6bc: 09000090                       adrp x9, #0
        # hole +0x6bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6c0: 290140f9                       ldr x9, [x9]
        # hole +0x6c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6c4: 24310091                       add x4, x9, #0xc
   6c8: 43008052                       mov w3, #0x2
   6cc: 09068052                       mov w9, #0x30
   6d0: 050f8052                       mov w5, #0x78
   6d4: 41ffff17                       b #-0x2fc
   6d8: 0a008052                       mov w10, #0x0
   6dc: 08008052                       mov w8, #0x0
   6e0: 29008052                       mov w9, #0x1
   6e4: 0b000090                       adrp x11, #0
        # hole +0x6e4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6e8: 6b0140f9                       ldr x11, [x11]
        # hole +0x6e8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6ec: 36ffff17                       b #-0x328
   6f0: 08008052                       mov w8, #0x0
   6f4: 09000090                       adrp x9, #0
        # hole +0x6f4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   6f8: 290140f9                       ldr x9, [x9]
        # hole +0x6f8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   6fc: 241d0091                       add x4, x9, #0x7
   700: 63008052                       mov w3, #0x3
   704: a9008052                       mov w9, #0x5
   708: c5088052                       mov w5, #0x46
   70c: e2af45a9                       ldp x2, x11, [sp, #0x58]
   710: e01f40f9                       ldr x0, [sp, #0x38]
   714: 0a0c40f9                       ldr x10, [x0, #0x18]
   718: ec0740f9                       ldr x12, [sp, #0x8]
   71c: 7f010ceb                       cmp x11, x12
   720: a1f5ff54                       b.ne #-0x14c
   724: adffff17                       b #-0x14c
   728: 08000090                       adrp x8, #0
        # hole +0x728: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   72c: 080140f9                       ldr x8, [x8]
        # hole +0x72c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   730: 04210091                       add x4, x8, #0x8
   734: 23008052                       mov w3, #0x1
   738: 09098052                       mov w9, #0x48
   73c: 050a8052                       mov w5, #0x50
   740: f4030daa                       mov x20, x13
   744: f5031aaa                       mov x21, x26
   748: f90318aa                       mov x25, x24
   74c: 62ffff17                       b #-0x278
   750: 08008052                       mov w8, #0x0
   754: 09000090                       adrp x9, #0
        # hole +0x754: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   758: 290140f9                       ldr x9, [x9]
        # hole +0x758: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   75c: 24250091                       add x4, x9, #0x9
   760: 23008052                       mov w3, #0x1
   764: 09088052                       mov w9, #0x40
   768: 450b8052                       mov w5, #0x5a
   76c: 08000014                       b #0x20
   770: 08008052                       mov w8, #0x0
   774: 09000090                       adrp x9, #0
        # hole +0x774: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   778: 290140f9                       ldr x9, [x9]
        # hole +0x778: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   77c: 24290091                       add x4, x9, #0xa
   780: 23008052                       mov w3, #0x1
   784: 09088052                       mov w9, #0x40
   788: 850c8052                       mov w5, #0x64
   78c: f4030daa                       mov x20, x13
   790: f90318aa                       mov x25, x24
   794: 2a008052                       mov w10, #0x1
   798: 12ffff17                       b #-0x3b8
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[11]+0
        # hole data+0x8: GOT Abs64 index[2]+0
        # hole data+0x10: GOT Abs64 operand0[7]+0
