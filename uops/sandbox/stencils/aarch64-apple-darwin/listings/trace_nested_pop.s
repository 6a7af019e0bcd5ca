# stencil nested_pop for aarch64-apple-darwin: 1436 code bytes, 24 data bytes, 32 holes
     0: ffc301d1                       sub sp, sp, #0x70
     4: fd7b06a9                       stp x29, x30, [sp, #0x60]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1c6d40a9                       ldp x28, x27, [x8]
    10: fc6f01a9                       stp x28, x27, [sp, #0x10]
    14: 0a2541a9                       ldp x10, x9, [x8, #0x10]
    18: ea2700a9                       stp x10, x9, [sp]
    1c: ea2702a9                       stp x10, x9, [sp, #0x20]
    20: 184d42a9                       ldp x24, x19, [x8, #0x20]
    24: f84f03a9                       stp x24, x19, [sp, #0x30]
    28: f3000037                       tbnz w19, #0x0, #0x1c
    2c: 680240f9                       ldr x8, [x19]
    30: 080500f1                       subs x8, x8, #0x1
    34: 680200f9                       str x8, [x19]
    38: 61000054                       b.ne #0xc
    3c: e00313aa                       mov x0, x19
    40: 00000094                       bl #0x0
        # hole +0x40: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    44: 18150037                       tbnz w24, #0x0, #0x2a0
    48: 39008052                       mov w25, #0x1
    4c: 15000090                       adrp x21, #0
        # hole +0x4c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    50: b50240f9                       ldr x21, [x21]
        # hole +0x50: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    54: 1a00f8d2                       mov x26, #-0x4000000000000000
    58: e80318aa                       mov x8, x24
    5c: 07000014                       b #0x1c
    60: 080040f9                       ldr x8, [x0]
    64: 080500f1                       subs x8, x8, #0x1
    68: 080000f9                       str x8, [x0]
    6c: 20040054                       b.eq #0x84
    70: e81b40f9                       ldr x8, [sp, #0x30]
    74: 88130037                       tbnz w8, #0x0, #0x270
    78: 090940b9                       ldr w9, [x8, #0x8]
    7c: 3f110071                       cmp w9, #0x4
    80: 21130054                       b.ne #0x264
    84: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    88: 091940f9                       ldr x9, [x8, #0x30]
    8c: 5f0500f1                       cmp x10, #0x1
    90: 8b000054                       b.lt #0x10
    94: 3f010beb                       cmp x9, x11
    98: 8b000054                       b.lt #0x10
    9c: 1f010014                       b #0x47c
    a0: 3f010beb                       cmp x9, x11
    a4: ad230054                       b.le #0x474
    a8: 2a010a8b                       add x10, x9, x10
    ac: 0a1900f9                       str x10, [x8, #0x30]
    b0: e00f40f9                       ldr x0, [sp, #0x18]
    b4: 280709aa                       orr x8, x25, x9, lsl #1
    b8: e81f00f9                       str x8, [sp, #0x38]
    bc: e80f00f9                       str x8, [sp, #0x18]
    c0: a0000037                       tbnz w0, #0x0, #0x14
    c4: 080040f9                       ldr x8, [x0]
    c8: 080500f1                       subs x8, x8, #0x1
    cc: 080000f9                       str x8, [x0]
    d0: 80010054                       b.eq #0x30
    d4: b5010036                       tbz w21, #0x0, #0x34
    d8: f51f00f9                       str x21, [sp, #0x38]
    dc: e81740f9                       ldr x8, [sp, #0x28]
    e0: 08020036                       tbz w8, #0x0, #0x40
    e4: e82300f9                       str x8, [sp, #0x40]
    e8: 75020036                       tbz w21, #0x0, #0x4c
    ec: 16010014                       b #0x458
    f0: 00000094                       bl #0x0
        # hole +0xf0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    f4: e81b40f9                       ldr x8, [sp, #0x30]
    f8: 08fc0736                       tbz w8, #0x0, #-0x80
    fc: 7a000014                       b #0x1e8
   100: 00000094                       bl #0x0
        # hole +0x100: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   104: b5fe0737                       tbnz w21, #0x0, #-0x2c
   108: a80240f9                       ldr x8, [x21]
   10c: 08050091                       add x8, x8, #0x1
   110: a80200f9                       str x8, [x21]
   114: f51f00f9                       str x21, [sp, #0x38]
   118: e81740f9                       ldr x8, [sp, #0x28]
   11c: 48fe0737                       tbnz w8, #0x0, #-0x38
   120: 090140f9                       ldr x9, [x8]
   124: 29050091                       add x9, x9, #0x1
   128: 090100f9                       str x9, [x8]
   12c: e82300f9                       str x8, [sp, #0x40]
   130: b5200037                       tbnz w21, #0x0, #0x414
   134: a80a40b9                       ldr w8, [x21, #0x8]
   138: 1f210071                       cmp w8, #0x8
   13c: 41200054                       b.ne #0x408
   140: a81e40f9                       ldr x8, [x21, #0x38]
   144: e9430091                       add x9, sp, #0x10
   148: 21c10091                       add x1, x9, #0x30
   14c: e00316aa                       mov x0, x22
   150: 22008052                       mov w2, #0x1
   154: 00013fd6                       blr x8
   158: f70300aa                       mov x23, x0
   15c: e02340f9                       ldr x0, [sp, #0x40]
   160: a0000037                       tbnz w0, #0x0, #0x14
   164: 080040f9                       ldr x8, [x0]
   168: 080500f1                       subs x8, x8, #0x1
   16c: 080000f9                       str x8, [x0]
   170: e00a0054                       b.eq #0x15c
   174: a80240f9                       ldr x8, [x21]
   178: 080500f1                       subs x8, x8, #0x1
   17c: a80200f9                       str x8, [x21]
   180: 61000054                       b.ne #0xc
   184: e00315aa                       mov x0, x21
   188: 00000094                       bl #0x0
        # hole +0x188: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   18c: 371f00b4                       cbz x23, #0x3e4
   190: f71f00f9                       str x23, [sp, #0x38]
   194: e01f40f9                       ldr x0, [sp, #0x38]
   198: c00b0037                       tbnz w0, #0x0, #0x178
   19c: 080840b9                       ldr w8, [x0, #0x8]
   1a0: 1f110071                       cmp w8, #0x4
   1a4: 610b0054                       b.ne #0x16c
   1a8: 0aa443a9                       ldp x10, x9, [x0, #0x38]
   1ac: 081840f9                       ldr x8, [x0, #0x30]
   1b0: 3f0500f1                       cmp x9, #0x1
   1b4: 8b000054                       b.lt #0x10
   1b8: 1f010aeb                       cmp x8, x10
   1bc: 8b000054                       b.lt #0x10
   1c0: a8ffff17                       b #-0x160
   1c4: 1f010aeb                       cmp x8, x10
   1c8: cdf4ff54                       b.le #-0x168
   1cc: 0901098b                       add x9, x8, x9
   1d0: 091800f9                       str x9, [x0, #0x30]
   1d4: e01340f9                       ldr x0, [sp, #0x20]
   1d8: 280708aa                       orr x8, x25, x8, lsl #1
   1dc: e82300f9                       str x8, [sp, #0x40]
   1e0: e81300f9                       str x8, [sp, #0x20]
   1e4: a0000037                       tbnz w0, #0x0, #0x14
   1e8: 080040f9                       ldr x8, [x0]
   1ec: 080500f1                       subs x8, x8, #0x1
   1f0: 080000f9                       str x8, [x0]
   1f4: c0040054                       b.eq #0x98
   1f8: e80b40f9                       ldr x8, [sp, #0x10]
   1fc: e8040036                       tbz w8, #0x0, #0x9c
   200: e82300f9                       str x8, [sp, #0x40]
   204: e90f40f9                       ldr x9, [sp, #0x18]
   208: 49050036                       tbz w9, #0x0, #0xa8
   20c: e92700f9                       str x9, [sp, #0x48]
   210: ea1340f9                       ldr x10, [sp, #0x20]
   214: 8a000037                       tbnz w10, #0x0, #0x10
   218: 4b0140f9                       ldr x11, [x10]
   21c: 6b050091                       add x11, x11, #0x1
   220: 4b0100f9                       str x11, [x10]
   224: ea2b00f9                       str x10, [sp, #0x50]
   228: 2bfd4193                       asr x11, x9, #1
   22c: 4afd4193                       asr x10, x10, #1
   230: 697d0a9b                       mul x9, x11, x10
   234: 6a7d4a9b                       smulh x10, x11, x10
   238: 5ffd89eb                       cmp x10, x9, asr #63
   23c: e10a0054                       b.ne #0x15c
   240: 2a011a8b                       add x10, x9, x26
   244: aa0af8b6                       tbz x10, #0x3f, #0x154
   248: 2a0709aa                       orr x10, x25, x9, lsl #1
   24c: ea2700f9                       str x10, [sp, #0x48]
   250: a80b0036                       tbz w8, #0x0, #0x174
   254: 2805888b                       add x8, x9, x8, asr #1
   258: 1f011aab                       cmn x8, x26
   25c: 650c0054                       b.pl #0x18c
   260: 280708aa                       orr x8, x25, x8, lsl #1
   264: e82300f9                       str x8, [sp, #0x40]
   268: e80b00f9                       str x8, [sp, #0x10]
   26c: c80240f9                       ldr x8, [x22]
   270: 680600b5                       cbnz x8, #0xcc
   274: c8a640a9                       ldp x8, x9, [x22, #0x8]
   278: 08050091                       add x8, x8, #0x1
   27c: c80600f9                       str x8, [x22, #0x8]
   280: 1f0109eb                       cmp x8, x9
   284: 8bf8ff54                       b.lt #-0xf0
   288: 38000014                       b #0xe0
   28c: 00000094                       bl #0x0
        # hole +0x28c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   290: e80b40f9                       ldr x8, [sp, #0x10]
   294: 68fb0737                       tbnz w8, #0x0, #-0x94
   298: 090140f9                       ldr x9, [x8]
   29c: 29050091                       add x9, x9, #0x1
   2a0: 090100f9                       str x9, [x8]
   2a4: e82300f9                       str x8, [sp, #0x40]
   2a8: e90f40f9                       ldr x9, [sp, #0x18]
   2ac: 09fb0737                       tbnz w9, #0x0, #-0xa0
   2b0: 2a0140f9                       ldr x10, [x9]
   2b4: 4a050091                       add x10, x10, #0x1
   2b8: 2a0100f9                       str x10, [x9]
   2bc: e92700f9                       str x9, [sp, #0x48]
   2c0: ea1340f9                       ldr x10, [sp, #0x20]
   2c4: aafa0736                       tbz w10, #0x0, #-0xac
   2c8: d7ffff17                       b #-0xa4
   2cc: 00000094                       bl #0x0
        # hole +0x2cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d0: a80240f9                       ldr x8, [x21]
   2d4: 080500f1                       subs x8, x8, #0x1
   2d8: a80200f9                       str x8, [x21]
   2dc: 81f5ff54                       b.ne #-0x150
   2e0: a9ffff17                       b #-0x15c
   2e4: 0c008052                       mov w12, #0x0
   2e8: 0a008052                       mov w10, #0x0
   2ec: 08008052                       mov w8, #0x0
   2f0: 09008052                       mov w9, #0x0
   2f4: 0b000090                       adrp x11, #0
        # hole +0x2f4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   2f8: 6b0140f9                       ldr x11, [x11]
        # hole +0x2f8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   2fc: 64050091                       add x4, x11, #0x1
   300: 23008052                       mov w3, #0x1
   304: 0b058052                       mov w11, #0x28
   308: 45018052                       mov w5, #0xa
   30c: 41000014                       b #0x104
   310: 0a008052                       mov w10, #0x0
   314: 08008052                       mov w8, #0x0
   318: 09008052                       mov w9, #0x0
   31c: 0b000090                       adrp x11, #0
        # hole +0x31c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   320: 6b0140f9                       ldr x11, [x11]
        # hole +0x320: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   324: 64050091                       add x4, x11, #0x1
   328: 23008052                       mov w3, #0x1
   32c: 0b068052                       mov w11, #0x30
   330: 45018052                       mov w5, #0xa
   334: 2c008052                       mov w12, #0x1
   338: 36000014                       b #0xd8
   33c: 0a008052                       mov w10, #0x0
   340: 08008052                       mov w8, #0x0
   344: 09008052                       mov w9, #0x0
   348: 0b000090                       adrp x11, #0
        # hole +0x348: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   34c: 6b0140f9                       ldr x11, [x11]
        # hole +0x34c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   350: 64310091                       add x4, x11, #0xc
   354: 2c008052                       mov w12, #0x1
   358: 43008052                       mov w3, #0x2
   35c: 0b068052                       mov w11, #0x30
   360: 050f8052                       mov w5, #0x78
   364: 2b000014                       b #0xac
   368: 0a008052                       mov w10, #0x0
   36c: 08008052                       mov w8, #0x0
   370: 09008052                       mov w9, #0x0
   374: 2c008052                       mov w12, #0x1
   378: 0b000090                       adrp x11, #0
        # hole +0x378: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   37c: 6b0140f9                       ldr x11, [x11]
        # hole +0x37c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   380: cc0200f9                       str x12, [x22]
   384: 64350091                       add x4, x11, #0xd
   388: 43008052                       mov w3, #0x2
   38c: 0b068052                       mov w11, #0x30
   390: 45108052                       mov w5, #0x82
   394: 1f000014                       b #0x7c
   398: 08008052                       mov w8, #0x0
   39c: 09000090                       adrp x9, #0
        # hole +0x39c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   3a0: 290140f9                       ldr x9, [x9]
        # hole +0x3a0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   3a4: 24210091                       add x4, x9, #0x8
   3a8: 23008052                       mov w3, #0x1
   3ac: 0b098052                       mov w11, #0x48
   3b0: 050a8052                       mov w5, #0x50
   3b4: 2c008052                       mov w12, #0x1
   3b8: 2a008052                       mov w10, #0x1
   3bc: 29008052                       mov w9, #0x1
   3c0: 14000014                       b #0x50
   3c4: 08008052                       mov w8, #0x0
   3c8: 09008052                       mov w9, #0x0
   3cc: 0a000090                       adrp x10, #0
        # hole +0x3cc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   3d0: 4a0140f9                       ldr x10, [x10]
        # hole +0x3d0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   3d4: 44250091                       add x4, x10, #0x9
   3d8: 23008052                       mov w3, #0x1
   3dc: 0b088052                       mov w11, #0x40
   3e0: 450b8052                       mov w5, #0x5a
   3e4: 09000014                       b #0x24
   3e8: 08008052                       mov w8, #0x0
   3ec: 09008052                       mov w9, #0x0
   3f0: 0a000090                       adrp x10, #0
        # hole +0x3f0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   3f4: 4a0140f9                       ldr x10, [x10]
        # hole +0x3f4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   3f8: 44290091                       add x4, x10, #0xa
   3fc: 23008052                       mov w3, #0x1
   400: 0b088052                       mov w11, #0x40
   404: 850c8052                       mov w5, #0x64
   408: 2c008052                       mov w12, #0x1
   40c: 2a008052                       mov w10, #0x1
   410: ee0b40f9                       ldr x14, [sp, #0x10]
   414: 8d0e40f9                       ldr x13, [x20, #0x18]
   418: df011ceb                       cmp x14, x28
   41c: c1020054                       b.ne #0x58
   420: ee0f40f9                       ldr x14, [sp, #0x18]
   424: df011beb                       cmp x14, x27
   428: e1020054                       b.ne #0x5c
   42c: ee1340f9                       ldr x14, [sp, #0x20]
   430: ef0340f9                       ldr x15, [sp]
   434: df010feb                       cmp x14, x15
   438: 01030054                       b.ne #0x60
   43c: ee1740f9                       ldr x14, [sp, #0x28]
   440: ef0740f9                       ldr x15, [sp, #0x8]
   444: df010feb                       cmp x14, x15
   448: 21030054                       b.ne #0x64
   44c: ee1b40f9                       ldr x14, [sp, #0x30]
   450: df0118eb                       cmp x14, x24
   454: 41030054                       b.ne #0x68
   458: ee1f40f9                       ldr x14, [sp, #0x38]
   45c: df0113eb                       cmp x14, x19
   460: 8c010052                       eor w12, w12, #0x1
   464: 8c159f1a                       csinc w12, w12, wzr, ne
   468: 6c030036                       tbz w12, #0x0, #0x6c
   46c: 8a030035                       cbnz w10, #0x70
   470: 23000014                       b #0x8c
   474: ae0100f9                       str x14, [x13]
   478: ee0f40f9                       ldr x14, [sp, #0x18]
   47c: df011beb                       cmp x14, x27
   480: 60fdff54                       b.eq #-0x54
   484: ae0500f9                       str x14, [x13, #0x8]
   488: ee1340f9                       ldr x14, [sp, #0x20]
   48c: ef0340f9                       ldr x15, [sp]
   490: df010feb                       cmp x14, x15
   494: 40fdff54                       b.eq #-0x58
   498: ae0900f9                       str x14, [x13, #0x10]
   49c: ee1740f9                       ldr x14, [sp, #0x28]
   4a0: ef0740f9                       ldr x15, [sp, #0x8]
   4a4: df010feb                       cmp x14, x15
   4a8: 20fdff54                       b.eq #-0x5c
   4ac: ae0d00f9                       str x14, [x13, #0x18]
   4b0: ee1b40f9                       ldr x14, [sp, #0x30]
   4b4: df0118eb                       cmp x14, x24
   4b8: 00fdff54                       b.eq #-0x60
   4bc: ae1100f9                       str x14, [x13, #0x20]
   4c0: ee1f40f9                       ldr x14, [sp, #0x38]
   4c4: df0113eb                       cmp x14, x19
   4c8: 8c010052                       eor w12, w12, #0x1
   4cc: 8c159f1a                       csinc w12, w12, wzr, ne
   4d0: ecfc0737                       tbnz w12, #0x0, #-0x64
   4d4: ae1500f9                       str x14, [x13, #0x28]
   4d8: 2a010034                       cbz w10, #0x24
   4dc: ea2340f9                       ldr x10, [sp, #0x40]
   4e0: aa1900f9                       str x10, [x13, #0x30]
   4e4: c8000037                       tbnz w8, #0x0, #0x18
   4e8: e82740f9                       ldr x8, [sp, #0x48]
   4ec: a81d00f9                       str x8, [x13, #0x38]
   4f0: 69000034                       cbz w9, #0xc
   4f4: e82b40f9                       ldr x8, [sp, #0x50]
   4f8: a82100f9                       str x8, [x13, #0x40]
   4fc: a1010b8b                       add x1, x13, x11
   500: e00314aa                       mov x0, x20
   504: e20316aa                       mov x2, x22
   508: 00000094                       bl #0x0
        # hole +0x508: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   50c: fd7b46a9                       ldp x29, x30, [sp, #0x60]
   510: ffc30191                       add sp, sp, #0x70
   514: c0035fd6                       ret
   518: 0c008052                       mov w12, #0x0
   51c: 0a008052                       mov w10, #0x0
   520: 08008052                       mov w8, #0x0
   524: 09008052                       mov w9, #0x0
   528: 0b000090                       adrp x11, #0
        # hole +0x528: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   52c: 6b0140f9                       ldr x11, [x11]
        # hole +0x52c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   530: 64090091                       add x4, x11, #0x2
   534: 43008052                       mov w3, #0x2
   538: 0b058052                       mov w11, #0x28
   53c: 85028052                       mov w5, #0x14
   540: b4ffff17                       b #-0x130
   544: 09008052                       mov w9, #0x0
   548: 08000090                       adrp x8, #0
        # hole +0x548: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   54c: 080140f9                       ldr x8, [x8]
        # hole +0x54c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   550: 041d0091                       add x4, x8, #0x7
   554: 23008052                       mov w3, #0x1
   558: 0b078052                       mov w11, #0x38
   55c: c5088052                       mov w5, #0x46
   560: 2c008052                       mov w12, #0x1
   564: 2a008052                       mov w10, #0x1
   568: 28008052                       mov w8, #0x1
   56c: a9ffff17                       b #-0x15c
   570: 0c008052                       mov w12, #0x0
   574: 0a008052                       mov w10, #0x0
   578: 08008052                       mov w8, #0x0
   57c: 09008052                       mov w9, #0x0
   580: 0b000090                       adrp x11, #0
        # hole +0x580: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   584: 6b0140f9                       ldr x11, [x11]
        # hole +0x584: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   588: 641d0091                       add x4, x11, #0x7
   58c: 63008052                       mov w3, #0x3
   590: 0b058052                       mov w11, #0x28
   594: c5088052                       mov w5, #0x46
   598: 9effff17                       b #-0x188
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index[2]+0
        # hole data+0x8: GOT Abs64 index[11]+0
        # hole data+0x10: GOT Abs64 operand0[7]+0
