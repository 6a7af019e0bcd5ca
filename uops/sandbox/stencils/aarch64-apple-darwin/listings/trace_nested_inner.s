# stencil nested_inner for aarch64-apple-darwin: 1788 code bytes, 24 data bytes, 45 holes
     0: ff8301d1                       sub sp, sp, #0x60
     4: fd7b05a9                       stp x29, x30, [sp, #0x50]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1c6d40a9                       ldp x28, x27, [x8]
    10: fc6f00a9                       stp x28, x27, [sp]
    14: 136941a9                       ldp x19, x26, [x8, #0x10]
    18: f36b01a9                       stp x19, x26, [sp, #0x10]
    1c: 196142a9                       ldp x25, x24, [x8, #0x20]
    20: f96302a9                       stp x25, x24, [sp, #0x20]
    24: d8040037                       tbnz w24, #0x0, #0x98
    28: 080b40b9                       ldr w8, [x24, #0x8]
    2c: 1f110071                       cmp w8, #0x4
    30: 61040054                       b.ne #0x8c
    34: 09a343a9                       ldp x9, x8, [x24, #0x38]
    38: 151b40f9                       ldr x21, [x24, #0x30]
    3c: 1f0500f1                       cmp x8, #0x1
    40: eb0c0054                       b.lt #0x19c
    44: bf0209eb                       cmp x21, x9
    48: eb0c0054                       b.lt #0x19c
    4c: e00318aa                       mov x0, x24
    50: 080040f9                       ldr x8, [x0]
    54: 080500f1                       subs x8, x8, #0x1
    58: 080000f9                       str x8, [x0]
    5c: 41000054                       b.ne #0x8
    60: 00000094                       bl #0x0
        # hole +0x60: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    64: e81340f9                       ldr x8, [sp, #0x20]
    68: e82a0037                       tbnz w8, #0x0, #0x55c
    6c: 090940b9                       ldr w9, [x8, #0x8]
    70: 3f110071                       cmp w9, #0x4
    74: 812a0054                       b.ne #0x550
    78: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    7c: 091940f9                       ldr x9, [x8, #0x30]
    80: 5f0500f1                       cmp x10, #0x1
    84: eb120054                       b.lt #0x25c
    88: 3f010beb                       cmp x9, x11
    8c: eb120054                       b.lt #0x25c
    90: 0c008052                       mov w12, #0x0
    94: 0a008052                       mov w10, #0x0
    98: 08008052                       mov w8, #0x0
    9c: 09008052                       mov w9, #0x0
    a0: 0b000090                       adrp x11, #0
        # hole +0xa0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    a4: 6b0140f9                       ldr x11, [x11]
        # hole +0xa4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    a8: 64090091                       add x4, x11, #0x2
    ac: 43008052                       mov w3, #0x2
    b0: 0b058052                       mov w11, #0x28
    b4: 85028052                       mov w5, #0x14
    b8: 0b000014                       b #0x2c
    bc: 0a008052                       mov w10, #0x0
    c0: 08008052                       mov w8, #0x0
    c4: 09008052                       mov w9, #0x0
    c8: 0b000090                       adrp x11, #0
        # hole +0xc8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    cc: 6b0140f9                       ldr x11, [x11]
        # hole +0xcc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    d0: 64050091                       add x4, x11, #0x1
    d4: 23008052                       mov w3, #0x1
    d8: 0b068052                       mov w11, #0x30
    dc: 45018052                       mov w5, #0xa
    e0: 2c008052                       mov w12, #0x1
    e4: ee0340f9                       ldr x14, [sp]
    e8: 8d0e40f9                       ldr x13, [x20, #0x18]
    ec: df011ceb                       cmp x14, x28
    f0: a1020054                       b.ne #0x54
    f4: ee0740f9                       ldr x14, [sp, #0x8]
    f8: df011beb                       cmp x14, x27
    fc: c1020054                       b.ne #0x58
   100: ee0b40f9                       ldr x14, [sp, #0x10]
   104: df0113eb                       cmp x14, x19
   108: e1020054                       b.ne #0x5c
   10c: ee0f40f9                       ldr x14, [sp, #0x18]
   110: df011aeb                       cmp x14, x26
   114: 01030054                       b.ne #0x60
   118: ee1340f9                       ldr x14, [sp, #0x20]
   11c: df0119eb                       cmp x14, x25
   120: 21030054                       b.ne #0x64
   124: ee1740f9                       ldr x14, [sp, #0x28]
   128: df0118eb                       cmp x14, x24
   12c: 8c010052                       eor w12, w12, #0x1
   130: 8c159f1a                       csinc w12, w12, wzr, ne
   134: 4c030037                       tbnz w12, #0x0, #0x68
   138: ae1500f9                       str x14, [x13, #0x28]
   13c: 2a040034                       cbz w10, #0x84
   140: 18000014                       b #0x60
   144: ae0100f9                       str x14, [x13]
   148: ee0740f9                       ldr x14, [sp, #0x8]
   14c: df011beb                       cmp x14, x27
   150: 80fdff54                       b.eq #-0x50
   154: ae0500f9                       str x14, [x13, #0x8]
   158: ee0b40f9                       ldr x14, [sp, #0x10]
   15c: df0113eb                       cmp x14, x19
   160: 60fdff54                       b.eq #-0x54
   164: ae0900f9                       str x14, [x13, #0x10]
   168: ee0f40f9                       ldr x14, [sp, #0x18]
   16c: df011aeb                       cmp x14, x26
   170: 40fdff54                       b.eq #-0x58
   174: ae0d00f9                       str x14, [x13, #0x18]
   178: ee1340f9                       ldr x14, [sp, #0x20]
   17c: df0119eb                       cmp x14, x25
   180: 20fdff54                       b.eq #-0x5c
   184: ae1100f9                       str x14, [x13, #0x20]
   188: ee1740f9                       ldr x14, [sp, #0x28]
   18c: df0118eb                       cmp x14, x24
   190: 8c010052                       eor w12, w12, #0x1
   194: 8c159f1a                       csinc w12, w12, wzr, ne
   198: 0cfd0736                       tbz w12, #0x0, #-0x60
   19c: 2a010034                       cbz w10, #0x24
   1a0: ea1b40f9                       ldr x10, [sp, #0x30]
   1a4: aa1900f9                       str x10, [x13, #0x30]
   1a8: c8000037                       tbnz w8, #0x0, #0x18
   1ac: e81f40f9                       ldr x8, [sp, #0x38]
   1b0: a81d00f9                       str x8, [x13, #0x38]
   1b4: 69000034                       cbz w9, #0xc
   1b8: e82340f9                       ldr x8, [sp, #0x40]
   1bc: a82100f9                       str x8, [x13, #0x40]
   1c0: a1010b8b                       add x1, x13, x11
   1c4: e00314aa                       mov x0, x20
   1c8: e20316aa                       mov x2, x22
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d0: fd7b45a9                       ldp x29, x30, [sp, #0x50]
   1d4: ff830191                       add sp, sp, #0x60
   1d8: c0035fd6                       ret
   1dc: bf0209eb                       cmp x21, x9
   1e0: 6df3ff54                       b.le #-0x194
   1e4: a802088b                       add x8, x21, x8
   1e8: 081b00f9                       str x8, [x24, #0x30]
   1ec: 37008052                       mov w23, #0x1
   1f0: b7fa7fb3                       bfi x23, x21, #1, #63
   1f4: f70b00f9                       str x23, [sp, #0x10]
   1f8: f3000037                       tbnz w19, #0x0, #0x1c
   1fc: 680240f9                       ldr x8, [x19]
   200: 080500f1                       subs x8, x8, #0x1
   204: 680200f9                       str x8, [x19]
   208: 61000054                       b.ne #0xc
   20c: e00313aa                       mov x0, x19
   210: 00000094                       bl #0x0
        # hole +0x210: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   214: 9c000037                       tbnz w28, #0x0, #0x10
   218: 880340f9                       ldr x8, [x28]
   21c: 08050091                       add x8, x8, #0x1
   220: 880300f9                       str x8, [x28]
   224: a8fa7fd3                       lsl x8, x21, #1
   228: fc1b00f9                       str x28, [sp, #0x30]
   22c: 9b000037                       tbnz w27, #0x0, #0x10
   230: 690340f9                       ldr x9, [x27]
   234: 29050091                       add x9, x9, #0x1
   238: 690300f9                       str x9, [x27]
   23c: fbdf03a9                       stp x27, x23, [sp, #0x38]
   240: 69ff4193                       asr x9, x27, #1
   244: 0afd4193                       asr x10, x8, #1
   248: 287d0a9b                       mul x8, x9, x10
   24c: 297d4a9b                       smulh x9, x9, x10
   250: 3ffd88eb                       cmp x9, x8, asr #63
   254: 81230054                       b.ne #0x470
   258: 0900f8d2                       mov x9, #-0x4000000000000000
   25c: 0901098b                       add x9, x8, x9
   260: 2923f8b6                       tbz x9, #0x3f, #0x464
   264: 29008052                       mov w9, #0x1
   268: 290508aa                       orr x9, x9, x8, lsl #1
   26c: e91f00f9                       str x9, [sp, #0x38]
   270: 3c230036                       tbz w28, #0x0, #0x464
   274: 08059c8b                       add x8, x8, x28, asr #1
   278: 0900f8d2                       mov x9, #-0x4000000000000000
   27c: 1f0109ab                       cmn x8, x9
   280: 45230054                       b.pl #0x468
   284: 29008052                       mov w9, #0x1
   288: 280508aa                       orr x8, x9, x8, lsl #1
   28c: e81b00f9                       str x8, [sp, #0x30]
   290: e80300f9                       str x8, [sp]
   294: c80240f9                       ldr x8, [x22]
   298: 081500b5                       cbnz x8, #0x2a0
   29c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2a0: 08050091                       add x8, x8, #0x1
   2a4: c80600f9                       str x8, [x22, #0x8]
   2a8: 1f0109eb                       cmp x8, x9
   2ac: 2b090054                       b.lt #0x124
   2b0: 0a008052                       mov w10, #0x0
   2b4: 08008052                       mov w8, #0x0
   2b8: 09008052                       mov w9, #0x0
   2bc: 2c008052                       mov w12, #0x1
   2c0: 0b000090                       adrp x11, #0
        # hole +0x2c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   2c4: 6b0140f9                       ldr x11, [x11]
        # hole +0x2c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   2c8: cc0200f9                       str x12, [x22]
   2cc: 64350091                       add x4, x11, #0xd
   2d0: 43008052                       mov w3, #0x2
   2d4: 0b068052                       mov w11, #0x30
   2d8: 45108052                       mov w5, #0x82
   2dc: 82ffff17                       b #-0x1f8
   2e0: 3f010beb                       cmp x9, x11
   2e4: 6dedff54                       b.le #-0x254
   2e8: 2a010a8b                       add x10, x9, x10
   2ec: 0a1900f9                       str x10, [x8, #0x30]
   2f0: 28008052                       mov w8, #0x1
   2f4: e00740f9                       ldr x0, [sp, #0x8]
   2f8: 080509aa                       orr x8, x8, x9, lsl #1
   2fc: e81700f9                       str x8, [sp, #0x28]
   300: e80700f9                       str x8, [sp, #0x8]
   304: c0000037                       tbnz w0, #0x0, #0x18
   308: 080040f9                       ldr x8, [x0]
   30c: 080500f1                       subs x8, x8, #0x1
   310: 080000f9                       str x8, [x0]
   314: 41000054                       b.ne #0x8
   318: 00000094                       bl #0x0
        # hole +0x318: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   31c: 15000090                       adrp x21, #0
        # hole +0x31c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   320: b50240f9                       ldr x21, [x21]
        # hole +0x320: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   324: 55010037                       tbnz w21, #0x0, #0x28
   328: a80240f9                       ldr x8, [x21]
   32c: 08050091                       add x8, x8, #0x1
   330: a80200f9                       str x8, [x21]
   334: f51700f9                       str x21, [sp, #0x28]
   338: e80f40f9                       ldr x8, [sp, #0x18]
   33c: e8000036                       tbz w8, #0x0, #0x1c
   340: e81b00f9                       str x8, [sp, #0x30]
   344: 55010036                       tbz w21, #0x0, #0x28
   348: c9000014                       b #0x324
   34c: f51700f9                       str x21, [sp, #0x28]
   350: e80f40f9                       ldr x8, [sp, #0x18]
   354: 68ff0737                       tbnz w8, #0x0, #-0x14
   358: 090140f9                       ldr x9, [x8]
   35c: 29050091                       add x9, x9, #0x1
   360: 090100f9                       str x9, [x8]
   364: e81b00f9                       str x8, [sp, #0x30]
   368: 35180037                       tbnz w21, #0x0, #0x304
   36c: a80a40b9                       ldr w8, [x21, #0x8]
   370: 1f210071                       cmp w8, #0x8
   374: c1170054                       b.ne #0x2f8
   378: a81e40f9                       ldr x8, [x21, #0x38]
   37c: e9030091                       mov x9, sp
   380: 21c10091                       add x1, x9, #0x30
   384: e00316aa                       mov x0, x22
   388: 22008052                       mov w2, #0x1
   38c: 00013fd6                       blr x8
   390: f70300aa                       mov x23, x0
   394: e01b40f9                       ldr x0, [sp, #0x30]
   398: c0000037                       tbnz w0, #0x0, #0x18
   39c: 080040f9                       ldr x8, [x0]
   3a0: 080500f1                       subs x8, x8, #0x1
   3a4: 080000f9                       str x8, [x0]
   3a8: 41000054                       b.ne #0x8
   3ac: 00000094                       bl #0x0
        # hole +0x3ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3b0: a80240f9                       ldr x8, [x21]
   3b4: 080500f1                       subs x8, x8, #0x1
   3b8: a80200f9                       str x8, [x21]
   3bc: 61000054                       b.ne #0xc
   3c0: e00315aa                       mov x0, x21
   3c4: 00000094                       bl #0x0
        # hole +0x3c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3c8: 971600b4                       cbz x23, #0x2d0
   3cc: f71700f9                       str x23, [sp, #0x28]
   3d0: e01740f9                       ldr x0, [sp, #0x28]
   3d4: e00b0037                       tbnz w0, #0x0, #0x17c
   3d8: 080840b9                       ldr w8, [x0, #0x8]
   3dc: 1f110071                       cmp w8, #0x4
   3e0: 810b0054                       b.ne #0x170
   3e4: 0aa443a9                       ldp x10, x9, [x0, #0x38]
   3e8: 081840f9                       ldr x8, [x0, #0x30]
   3ec: 3f0500f1                       cmp x9, #0x1
   3f0: 8b000054                       b.lt #0x10
   3f4: 1f010aeb                       cmp x8, x10
   3f8: 8b000054                       b.lt #0x10
   3fc: 15ffff17                       b #-0x3ac
   400: 1f010aeb                       cmp x8, x10
   404: 6de2ff54                       b.le #-0x3b4
   408: 0901098b                       add x9, x8, x9
   40c: 091800f9                       str x9, [x0, #0x30]
   410: 29008052                       mov w9, #0x1
   414: e00b40f9                       ldr x0, [sp, #0x10]
   418: 280508aa                       orr x8, x9, x8, lsl #1
   41c: e81b00f9                       str x8, [sp, #0x30]
   420: e80b00f9                       str x8, [sp, #0x10]
   424: a0000037                       tbnz w0, #0x0, #0x14
   428: 080040f9                       ldr x8, [x0]
   42c: 080500f1                       subs x8, x8, #0x1
   430: 080000f9                       str x8, [x0]
   434: 80060054                       b.eq #0xd0
   438: e80340f9                       ldr x8, [sp]
   43c: a8060037                       tbnz w8, #0x0, #0xd4
   440: 090140f9                       ldr x9, [x8]
   444: 29050091                       add x9, x9, #0x1
   448: 090100f9                       str x9, [x8]
   44c: e81b00f9                       str x8, [sp, #0x30]
   450: e90740f9                       ldr x9, [sp, #0x8]
   454: 49060036                       tbz w9, #0x0, #0xc8
   458: e91f00f9                       str x9, [sp, #0x38]
   45c: ea0b40f9                       ldr x10, [sp, #0x10]
   460: 8a000037                       tbnz w10, #0x0, #0x10
   464: 4b0140f9                       ldr x11, [x10]
   468: 6b050091                       add x11, x11, #0x1
   46c: 4b0100f9                       str x11, [x10]
   470: ea2300f9                       str x10, [sp, #0x40]
   474: 2bfd4193                       asr x11, x9, #1
   478: 4afd4193                       asr x10, x10, #1
   47c: 697d0a9b                       mul x9, x11, x10
   480: 6a7d4a9b                       smulh x10, x11, x10
   484: 5ffd89eb                       cmp x10, x9, asr #63
   488: 410b0054                       b.ne #0x168
   48c: 0a00f8d2                       mov x10, #-0x4000000000000000
   490: 2a010a8b                       add x10, x9, x10
   494: ea0af8b6                       tbz x10, #0x3f, #0x15c
   498: 2a008052                       mov w10, #0x1
   49c: 4a0509aa                       orr x10, x10, x9, lsl #1
   4a0: ea1f00f9                       str x10, [sp, #0x38]
   4a4: c80b0036                       tbz w8, #0x0, #0x178
   4a8: 2805888b                       add x8, x9, x8, asr #1
   4ac: 0900f8d2                       mov x9, #-0x4000000000000000
   4b0: 1f0109ab                       cmn x8, x9
   4b4: 650c0054                       b.pl #0x18c
   4b8: 29008052                       mov w9, #0x1
   4bc: e00340f9                       ldr x0, [sp]
   4c0: 280508aa                       orr x8, x9, x8, lsl #1
   4c4: e81b00f9                       str x8, [sp, #0x30]
   4c8: e80300f9                       str x8, [sp]
   4cc: c0000037                       tbnz w0, #0x0, #0x18
   4d0: 080040f9                       ldr x8, [x0]
   4d4: 080500f1                       subs x8, x8, #0x1
   4d8: 080000f9                       str x8, [x0]
   4dc: 41000054                       b.ne #0x8
   4e0: 00000094                       bl #0x0
        # hole +0x4e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4e4: c80240f9                       ldr x8, [x22]
   4e8: 080400b5                       cbnz x8, #0x80
   4ec: c8a640a9                       ldp x8, x9, [x22, #0x8]
   4f0: 08050091                       add x8, x8, #0x1
   4f4: c80600f9                       str x8, [x22, #0x8]
   4f8: 1f0109eb                       cmp x8, x9
   4fc: abf6ff54                       b.lt #-0x12c
   500: 25000014                       b #0x94
   504: 00000094                       bl #0x0
        # hole +0x504: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   508: e80340f9                       ldr x8, [sp]
   50c: a8f90736                       tbz w8, #0x0, #-0xcc
   510: e81b00f9                       str x8, [sp, #0x30]
   514: e90740f9                       ldr x9, [sp, #0x8]
   518: 09fa0737                       tbnz w9, #0x0, #-0xc0
   51c: 2a0140f9                       ldr x10, [x9]
   520: 4a050091                       add x10, x10, #0x1
   524: 2a0100f9                       str x10, [x9]
   528: e91f00f9                       str x9, [sp, #0x38]
   52c: ea0b40f9                       ldr x10, [sp, #0x10]
   530: aaf90736                       tbz w10, #0x0, #-0xcc
   534: cfffff17                       b #-0xc4
   538: 0a008052                       mov w10, #0x0
   53c: 08008052                       mov w8, #0x0
   540: 09008052                       mov w9, #0x0
   544: 0b000090                       adrp x11, #0
        # hole +0x544: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   548: 6b0140f9                       ldr x11, [x11]
        # hole +0x548: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   54c: 0c000014                       b #0x30
   550: 0a008052                       mov w10, #0x0
   554: 08008052                       mov w8, #0x0
   558: 09008052                       mov w9, #0x0
   55c: 0b000090                       adrp x11, #0
        # hole +0x55c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   560: 6b0140f9                       ldr x11, [x11]
        # hole +0x560: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   564: dbfeff17                       b #-0x494
   568: 0a008052                       mov w10, #0x0
   56c: 08008052                       mov w8, #0x0
   570: 09008052                       mov w9, #0x0
   574: 0b000090                       adrp x11, #0
        # hole +0x574: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   578: 6b0140f9                       ldr x11, [x11]
        # hole +0x578: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   57c: 64310091                       add x4, x11, #0xc
   580: 2c008052                       mov w12, #0x1
   584: 43008052                       mov w3, #0x2
   588: 0b068052                       mov w11, #0x30
   58c: 050f8052                       mov w5, #0x78
   590: d5feff17                       b #-0x4ac
   594: 0a008052                       mov w10, #0x0
   598: 08008052                       mov w8, #0x0
   59c: 09008052                       mov w9, #0x0
   5a0: 2c008052                       mov w12, #0x1
   5a4: 0b000090                       adrp x11, #0
        # hole +0x5a4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5a8: 6b0140f9                       ldr x11, [x11]
        # hole +0x5a8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5ac: 64350091                       add x4, x11, #0xd
   5b0: cc0200f9                       str x12, [x22]
   5b4: 43008052                       mov w3, #0x2
   5b8: 0b068052                       mov w11, #0x30
   5bc: 45108052                       mov w5, #0x82
   5c0: c9feff17                       b #-0x4dc
   5c4: 0c008052                       mov w12, #0x0
   5c8: 0a008052                       mov w10, #0x0
   5cc: 08008052                       mov w8, #0x0
   5d0: 09008052                       mov w9, #0x0
   5d4: 0b000090                       adrp x11, #0
        # hole +0x5d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   5d8: 6b0140f9                       ldr x11, [x11]
        # hole +0x5d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   5dc: 64050091                       add x4, x11, #0x1
   5e0: 23008052                       mov w3, #0x1
   5e4: 0b058052                       mov w11, #0x28
   5e8: 45018052                       mov w5, #0xa
   5ec: befeff17                       b #-0x508
   5f0: 08008052                       mov w8, #0x0
   5f4: 09000090                       adrp x9, #0
        # hole +0x5f4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5f8: 290140f9                       ldr x9, [x9]
        # hole +0x5f8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5fc: 24210091                       add x4, x9, #0x8
   600: 23008052                       mov w3, #0x1
   604: 0b098052                       mov w11, #0x48
   608: 050a8052                       mov w5, #0x50
   60c: 2c008052                       mov w12, #0x1
   610: 2a008052                       mov w10, #0x1
   614: 29008052                       mov w9, #0x1
   618: b3feff17                       b #-0x534
   61c: 08008052                       mov w8, #0x0
   620: 09008052                       mov w9, #0x0
   624: 0a000090                       adrp x10, #0
        # hole +0x624: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   628: 4a0140f9                       ldr x10, [x10]
        # hole +0x628: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   62c: 44250091                       add x4, x10, #0x9
   630: 23008052                       mov w3, #0x1
   634: 0b088052                       mov w11, #0x40
   638: 450b8052                       mov w5, #0x5a
   63c: 09000014                       b #0x24
   640: 08008052                       mov w8, #0x0
   644: 09008052                       mov w9, #0x0
   648: 0a000090                       adrp x10, #0
        # hole +0x648: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   64c: 4a0140f9                       ldr x10, [x10]
        # hole +0x64c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   650: 44290091                       add x4, x10, #0xa
   654: 23008052                       mov w3, #0x1
   658: 0b088052                       mov w11, #0x40
   65c: 850c8052                       mov w5, #0x64
   660: 2c008052                       mov w12, #0x1
   664: 2a008052                       mov w10, #0x1
   668: 9ffeff17                       b #-0x584
   66c: 09008052                       mov w9, #0x0
   670: 08000090                       adrp x8, #0
        # hole +0x670: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   674: 080140f9                       ldr x8, [x8]
        # hole +0x674: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   678: 041d0091                       add x4, x8, #0x7
   67c: 23008052                       mov w3, #0x1
   680: 0b078052                       mov w11, #0x38
   684: c5088052                       mov w5, #0x46
   688: 2c008052                       mov w12, #0x1
   68c: 2a008052                       mov w10, #0x1
   690: 28008052                       mov w8, #0x1
   694: 94feff17                       b #-0x5b0
   698: 0c008052                       mov w12, #0x0
   69c: 0a008052                       mov w10, #0x0
   6a0: 08008052                       mov w8, #0x0
   6a4: 09008052                       mov w9, #0x0
   6a8: 0b000090                       adrp x11, #0
        # hole +0x6a8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   6ac: 6b0140f9                       ldr x11, [x11]
        # hole +0x6ac: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   6b0: 641d0091                       add x4, x11, #0x7
   6b4: 63008052                       mov w3, #0x3
   6b8: 0b058052                       mov w11, #0x28
   6bc: c5088052                       mov w5, #0x46
   6c0: 89feff17                       b #-0x5dc
   6c4: 08008052                       mov w8, #0x0
   6c8: 09000090                       adrp x9, #0
        # hole +0x6c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6cc: 290140f9                       ldr x9, [x9]
        # hole +0x6cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6d0: cbffff17                       b #-0xd4
   6d4: 08008052                       mov w8, #0x0
   6d8: 09008052                       mov w9, #0x0
   6dc: 0a000090                       adrp x10, #0
        # hole +0x6dc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6e0: 4a0140f9                       ldr x10, [x10]
        # hole +0x6e0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6e4: d2ffff17                       b #-0xb8
   6e8: 08008052                       mov w8, #0x0
   6ec: 09008052                       mov w9, #0x0
   6f0: 0a000090                       adrp x10, #0
        # hole +0x6f0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6f4: 4a0140f9                       ldr x10, [x10]
        # hole +0x6f4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6f8: d6ffff17                       b #-0xa8
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[16]+0
        # hole data+0x10: GOT Abs64 operand0[21]+0
