# stencil nested_outer for aarch64-apple-darwin: 1784 code bytes, 24 data bytes, 42 holes
     0: ffc301d1                       sub sp, sp, #0x70
     4: fd7b06a9                       stp x29, x30, [sp, #0x60]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1c4d40a9                       ldp x28, x19, [x8]
    10: fc4f01a9                       stp x28, x19, [sp, #0x10]
    14: 1b6941a9                       ldp x27, x26, [x8, #0x10]
    18: fb6b02a9                       stp x27, x26, [sp, #0x20]
    1c: 191140f9                       ldr x25, [x8, #0x20]
    20: f91b00f9                       str x25, [sp, #0x30]
    24: b9020037                       tbnz w25, #0x0, #0x54
    28: 280b40b9                       ldr w8, [x25, #0x8]
    2c: 1f110071                       cmp w8, #0x4
    30: 41020054                       b.ne #0x48
    34: 2aa743a9                       ldp x10, x9, [x25, #0x38]
    38: 281b40f9                       ldr x8, [x25, #0x30]
    3c: 3f0500f1                       cmp x9, #0x1
    40: cb090054                       b.lt #0x138
    44: 1f010aeb                       cmp x8, x10
    48: cb090054                       b.lt #0x138
    4c: 0b008052                       mov w11, #0x0
    50: 0a008052                       mov w10, #0x0
    54: 09008052                       mov w9, #0x0
    58: 08008052                       mov w8, #0x0
    5c: 0c000090                       adrp x12, #0
        # hole +0x5c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    60: 8c0140f9                       ldr x12, [x12]
        # hole +0x60: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    64: 84090091                       add x4, x12, #0x2
    68: 43008052                       mov w3, #0x2
    6c: 0c058052                       mov w12, #0x28
    70: 85028052                       mov w5, #0x14
    74: 0b000014                       b #0x2c
    78: 0b008052                       mov w11, #0x0
    7c: 0a008052                       mov w10, #0x0
    80: 09008052                       mov w9, #0x0
    84: 08008052                       mov w8, #0x0
    88: 0c000090                       adrp x12, #0
        # hole +0x88: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    8c: 8c0140f9                       ldr x12, [x12]
        # hole +0x8c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    90: 84050091                       add x4, x12, #0x1
    94: 23008052                       mov w3, #0x1
    98: 0c058052                       mov w12, #0x28
    9c: 45018052                       mov w5, #0xa
    a0: ee0b40f9                       ldr x14, [sp, #0x10]
    a4: 8d0e40f9                       ldr x13, [x20, #0x18]
    a8: df011ceb                       cmp x14, x28
    ac: e1010054                       b.ne #0x3c
    b0: ee0f40f9                       ldr x14, [sp, #0x18]
    b4: df0113eb                       cmp x14, x19
    b8: 01020054                       b.ne #0x40
    bc: ee1340f9                       ldr x14, [sp, #0x20]
    c0: df011beb                       cmp x14, x27
    c4: 21020054                       b.ne #0x44
    c8: ee1740f9                       ldr x14, [sp, #0x28]
    cc: df011aeb                       cmp x14, x26
    d0: 41020054                       b.ne #0x48
    d4: ee1b40f9                       ldr x14, [sp, #0x30]
    d8: df0119eb                       cmp x14, x25
    dc: 61020054                       b.ne #0x4c
    e0: 8b020035                       cbnz w11, #0x50
    e4: 1e000014                       b #0x78
    e8: ae0100f9                       str x14, [x13]
    ec: ee0f40f9                       ldr x14, [sp, #0x18]
    f0: df0113eb                       cmp x14, x19
    f4: 40feff54                       b.eq #-0x38
    f8: ae0500f9                       str x14, [x13, #0x8]
    fc: ee1340f9                       ldr x14, [sp, #0x20]
   100: df011beb                       cmp x14, x27
   104: 20feff54                       b.eq #-0x3c
   108: ae0900f9                       str x14, [x13, #0x10]
   10c: ee1740f9                       ldr x14, [sp, #0x28]
   110: df011aeb                       cmp x14, x26
   114: 00feff54                       b.eq #-0x40
   118: ae0d00f9                       str x14, [x13, #0x18]
   11c: ee1b40f9                       ldr x14, [sp, #0x30]
   120: df0119eb                       cmp x14, x25
   124: e0fdff54                       b.eq #-0x44
   128: ae1100f9                       str x14, [x13, #0x20]
   12c: 8b010034                       cbz w11, #0x30
   130: eb1f40f9                       ldr x11, [sp, #0x38]
   134: ab1500f9                       str x11, [x13, #0x28]
   138: 2a010037                       tbnz w10, #0x0, #0x24
   13c: ea2340f9                       ldr x10, [sp, #0x40]
   140: aa1900f9                       str x10, [x13, #0x30]
   144: c9000034                       cbz w9, #0x18
   148: e92740f9                       ldr x9, [sp, #0x48]
   14c: a91d00f9                       str x9, [x13, #0x38]
   150: 68000037                       tbnz w8, #0x0, #0xc
   154: e82b40f9                       ldr x8, [sp, #0x50]
   158: a82100f9                       str x8, [x13, #0x40]
   15c: a1010c8b                       add x1, x13, x12
   160: e00314aa                       mov x0, x20
   164: e20316aa                       mov x2, x22
   168: 00000094                       bl #0x0
        # hole +0x168: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   16c: fd7b46a9                       ldp x29, x30, [sp, #0x60]
   170: ffc30191                       add sp, sp, #0x70
   174: c0035fd6                       ret
   178: 1f010aeb                       cmp x8, x10
   17c: 8df6ff54                       b.le #-0x130
   180: 0901098b                       add x9, x8, x9
   184: 291b00f9                       str x9, [x25, #0x30]
   188: 29008052                       mov w9, #0x1
   18c: 280508aa                       orr x8, x9, x8, lsl #1
   190: e80f00f9                       str x8, [sp, #0x18]
   194: f3000037                       tbnz w19, #0x0, #0x1c
   198: 680240f9                       ldr x8, [x19]
   19c: 080500f1                       subs x8, x8, #0x1
   1a0: 680200f9                       str x8, [x19]
   1a4: 61000054                       b.ne #0xc
   1a8: e00313aa                       mov x0, x19
   1ac: 00000094                       bl #0x0
        # hole +0x1ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1b0: 15000090                       adrp x21, #0
        # hole +0x1b0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   1b4: b50240f9                       ldr x21, [x21]
        # hole +0x1b4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   1b8: f80315aa                       mov x24, x21
   1bc: d8000036                       tbz w24, #0x0, #0x18
   1c0: f81f00f9                       str x24, [sp, #0x38]
   1c4: 3a010036                       tbz w26, #0x0, #0x24
   1c8: fa2300f9                       str x26, [sp, #0x40]
   1cc: 98010036                       tbz w24, #0x0, #0x30
   1d0: c7000014                       b #0x31c
   1d4: 080340f9                       ldr x8, [x24]
   1d8: 08050091                       add x8, x8, #0x1
   1dc: 080300f9                       str x8, [x24]
   1e0: f81f00f9                       str x24, [sp, #0x38]
   1e4: 3aff0737                       tbnz w26, #0x0, #-0x1c
   1e8: 480340f9                       ldr x8, [x26]
   1ec: 08050091                       add x8, x8, #0x1
   1f0: 480300f9                       str x8, [x26]
   1f4: fa2300f9                       str x26, [sp, #0x40]
   1f8: b8170037                       tbnz w24, #0x0, #0x2f4
   1fc: 080b40b9                       ldr w8, [x24, #0x8]
   200: 1f210071                       cmp w8, #0x8
   204: 41170054                       b.ne #0x2e8
   208: e9430091                       add x9, sp, #0x10
   20c: 081f40f9                       ldr x8, [x24, #0x38]
   210: 21c10091                       add x1, x9, #0x30
   214: e00316aa                       mov x0, x22
   218: 22008052                       mov w2, #0x1
   21c: 00013fd6                       blr x8
   220: f70300aa                       mov x23, x0
   224: e02340f9                       ldr x0, [sp, #0x40]
   228: c0000037                       tbnz w0, #0x0, #0x18
   22c: 080040f9                       ldr x8, [x0]
   230: 080500f1                       subs x8, x8, #0x1
   234: 080000f9                       str x8, [x0]
   238: 41000054                       b.ne #0x8
   23c: 00000094                       bl #0x0
        # hole +0x23c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   240: fb0700f9                       str x27, [sp, #0x8]
   244: 080340f9                       ldr x8, [x24]
   248: 080500f1                       subs x8, x8, #0x1
   24c: 080300f9                       str x8, [x24]
   250: 61000054                       b.ne #0xc
   254: e00318aa                       mov x0, x24
   258: 00000094                       bl #0x0
        # hole +0x258: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   25c: 172400b4                       cbz x23, #0x480
   260: f71f00f9                       str x23, [sp, #0x38]
   264: b7150037                       tbnz w23, #0x0, #0x2b4
   268: 38008052                       mov w24, #0x1
   26c: 1b00f8d2                       mov x27, #-0x4000000000000000
   270: 0d000014                       b #0x34
   274: a80240f9                       ldr x8, [x21]
   278: 080500f1                       subs x8, x8, #0x1
   27c: a80200f9                       str x8, [x21]
   280: a0000054                       b.eq #0x14
   284: 572100b4                       cbz x23, #0x428
   288: f71f00f9                       str x23, [sp, #0x38]
   28c: d7000036                       tbz w23, #0x0, #0x18
   290: a2000014                       b #0x288
   294: e00315aa                       mov x0, x21
   298: 00000094                       bl #0x0
        # hole +0x298: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   29c: 77ffffb5                       cbnz x23, #-0x14
   2a0: 03010014                       b #0x40c
   2a4: e80a40b9                       ldr w8, [x23, #0x8]
   2a8: 1f110071                       cmp w8, #0x4
   2ac: 61130054                       b.ne #0x26c
   2b0: eaa643a9                       ldp x10, x9, [x23, #0x38]
   2b4: e81a40f9                       ldr x8, [x23, #0x30]
   2b8: 3f0500f1                       cmp x9, #0x1
   2bc: ab060054                       b.lt #0xd4
   2c0: 1f010aeb                       cmp x8, x10
   2c4: aa060054                       b.ge #0xd4
   2c8: 0901098b                       add x9, x8, x9
   2cc: e91a00f9                       str x9, [x23, #0x30]
   2d0: e01340f9                       ldr x0, [sp, #0x20]
   2d4: 080708aa                       orr x8, x24, x8, lsl #1
   2d8: e82300f9                       str x8, [sp, #0x40]
   2dc: e81300f9                       str x8, [sp, #0x20]
   2e0: a0000037                       tbnz w0, #0x0, #0x14
   2e4: 080040f9                       ldr x8, [x0]
   2e8: 080500f1                       subs x8, x8, #0x1
   2ec: 080000f9                       str x8, [x0]
   2f0: 000a0054                       b.eq #0x140
   2f4: e80b40f9                       ldr x8, [sp, #0x10]
   2f8: 280a0036                       tbz w8, #0x0, #0x144
   2fc: e82300f9                       str x8, [sp, #0x40]
   300: e90f40f9                       ldr x9, [sp, #0x18]
   304: 890a0036                       tbz w9, #0x0, #0x150
   308: e92700f9                       str x9, [sp, #0x48]
   30c: ea1340f9                       ldr x10, [sp, #0x20]
   310: 8a000037                       tbnz w10, #0x0, #0x10
   314: 4b0140f9                       ldr x11, [x10]
   318: 6b050091                       add x11, x11, #0x1
   31c: 4b0100f9                       str x11, [x10]
   320: ea2b00f9                       str x10, [sp, #0x50]
   324: 2bfd4193                       asr x11, x9, #1
   328: 4afd4193                       asr x10, x10, #1
   32c: 697d0a9b                       mul x9, x11, x10
   330: 6a7d4a9b                       smulh x10, x11, x10
   334: 5ffd89eb                       cmp x10, x9, asr #63
   338: a1170054                       b.ne #0x2f4
   33c: 2a011b8b                       add x10, x9, x27
   340: 6a17f8b6                       tbz x10, #0x3f, #0x2ec
   344: 0a0709aa                       orr x10, x24, x9, lsl #1
   348: ea2700f9                       str x10, [sp, #0x48]
   34c: 88180036                       tbz w8, #0x0, #0x310
   350: 2805888b                       add x8, x9, x8, asr #1
   354: 1f011bab                       cmn x8, x27
   358: 25190054                       b.pl #0x324
   35c: 080708aa                       orr x8, x24, x8, lsl #1
   360: e82300f9                       str x8, [sp, #0x40]
   364: e80b00f9                       str x8, [sp, #0x10]
   368: c80240f9                       ldr x8, [x22]
   36c: 681000b5                       cbnz x8, #0x20c
   370: c8a640a9                       ldp x8, x9, [x22, #0x8]
   374: 08050091                       add x8, x8, #0x1
   378: c80600f9                       str x8, [x22, #0x8]
   37c: 1f0109eb                       cmp x8, x9
   380: 0a110054                       b.ge #0x220
   384: f71f40f9                       ldr x23, [sp, #0x38]
   388: f7f80736                       tbz w23, #0x0, #-0xe4
   38c: 63000014                       b #0x18c
   390: 1f010aeb                       cmp x8, x10
   394: acf9ff54                       b.gt #-0xcc
   398: e80240f9                       ldr x8, [x23]
   39c: 080500f1                       subs x8, x8, #0x1
   3a0: e80200f9                       str x8, [x23]
   3a4: 61000054                       b.ne #0xc
   3a8: e00317aa                       mov x0, x23
   3ac: 00000094                       bl #0x0
        # hole +0x3ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3b0: e81b40f9                       ldr x8, [sp, #0x30]
   3b4: a80c0037                       tbnz w8, #0x0, #0x194
   3b8: 090940b9                       ldr w9, [x8, #0x8]
   3bc: 3f110071                       cmp w9, #0x4
   3c0: 410c0054                       b.ne #0x188
   3c4: 0ba943a9                       ldp x11, x10, [x8, #0x38]
   3c8: 091940f9                       ldr x9, [x8, #0x30]
   3cc: 5f0500f1                       cmp x10, #0x1
   3d0: 8b000054                       b.lt #0x10
   3d4: 3f010beb                       cmp x9, x11
   3d8: 8b000054                       b.lt #0x10
   3dc: 7c000014                       b #0x1f0
   3e0: 3f010beb                       cmp x9, x11
   3e4: 4d0f0054                       b.le #0x1e8
   3e8: 2a010a8b                       add x10, x9, x10
   3ec: 0a1900f9                       str x10, [x8, #0x30]
   3f0: e00f40f9                       ldr x0, [sp, #0x18]
   3f4: 080709aa                       orr x8, x24, x9, lsl #1
   3f8: e81f00f9                       str x8, [sp, #0x38]
   3fc: e80f00f9                       str x8, [sp, #0x18]
   400: a0000037                       tbnz w0, #0x0, #0x14
   404: 080040f9                       ldr x8, [x0]
   408: 080500f1                       subs x8, x8, #0x1
   40c: 080000f9                       str x8, [x0]
   410: 00030054                       b.eq #0x60
   414: 35030036                       tbz w21, #0x0, #0x64
   418: f51f00f9                       str x21, [sp, #0x38]
   41c: e81740f9                       ldr x8, [sp, #0x28]
   420: 88030036                       tbz w8, #0x0, #0x70
   424: e82300f9                       str x8, [sp, #0x40]
   428: f5030036                       tbz w21, #0x0, #0x7c
   42c: 74000014                       b #0x1d0
   430: 00000094                       bl #0x0
        # hole +0x430: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   434: e80b40f9                       ldr x8, [sp, #0x10]
   438: 28f60737                       tbnz w8, #0x0, #-0x13c
   43c: 090140f9                       ldr x9, [x8]
   440: 29050091                       add x9, x9, #0x1
   444: 090100f9                       str x9, [x8]
   448: e82300f9                       str x8, [sp, #0x40]
   44c: e90f40f9                       ldr x9, [sp, #0x18]
   450: c9f50737                       tbnz w9, #0x0, #-0x148
   454: 2a0140f9                       ldr x10, [x9]
   458: 4a050091                       add x10, x10, #0x1
   45c: 2a0100f9                       str x10, [x9]
   460: e92700f9                       str x9, [sp, #0x48]
   464: ea1340f9                       ldr x10, [sp, #0x20]
   468: 6af50736                       tbz w10, #0x0, #-0x154
   46c: adffff17                       b #-0x14c
   470: 00000094                       bl #0x0
        # hole +0x470: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   474: 35fd0737                       tbnz w21, #0x0, #-0x5c
   478: a80240f9                       ldr x8, [x21]
   47c: 08050091                       add x8, x8, #0x1
   480: a80200f9                       str x8, [x21]
   484: f51f00f9                       str x21, [sp, #0x38]
   488: e81740f9                       ldr x8, [sp, #0x28]
   48c: c8fc0737                       tbnz w8, #0x0, #-0x68
   490: 090140f9                       ldr x9, [x8]
   494: 29050091                       add x9, x9, #0x1
   498: 090100f9                       str x9, [x8]
   49c: e82300f9                       str x8, [sp, #0x40]
   4a0: f50a0037                       tbnz w21, #0x0, #0x15c
   4a4: a80a40b9                       ldr w8, [x21, #0x8]
   4a8: 1f210071                       cmp w8, #0x8
   4ac: 810a0054                       b.ne #0x150
   4b0: a81e40f9                       ldr x8, [x21, #0x38]
   4b4: e9430091                       add x9, sp, #0x10
   4b8: 21c10091                       add x1, x9, #0x30
   4bc: e00316aa                       mov x0, x22
   4c0: 22008052                       mov w2, #0x1
   4c4: 00013fd6                       blr x8
   4c8: f70300aa                       mov x23, x0
   4cc: e02340f9                       ldr x0, [sp, #0x40]
   4d0: 20ed0737                       tbnz w0, #0x0, #-0x25c
   4d4: 080040f9                       ldr x8, [x0]
   4d8: 080500f1                       subs x8, x8, #0x1
   4dc: 080000f9                       str x8, [x0]
   4e0: a1ecff54                       b.ne #-0x26c
   4e4: 00000094                       bl #0x0
        # hole +0x4e4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4e8: 63ffff17                       b #-0x274
   4ec: 0a008052                       mov w10, #0x0
   4f0: 09008052                       mov w9, #0x0
   4f4: 08008052                       mov w8, #0x0
   4f8: 0b000090                       adrp x11, #0
        # hole +0x4f8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4fc: 6b0140f9                       ldr x11, [x11]
        # hole +0x4fc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   500: 641d0091                       add x4, x11, #0x7
   504: 23008052                       mov w3, #0x1
   508: 0c078052                       mov w12, #0x38
   50c: c5088052                       mov w5, #0x46
   510: 2b008052                       mov w11, #0x1
   514: e3feff17                       b #-0x474
   518: 09008052                       mov w9, #0x0
   51c: 08008052                       mov w8, #0x0
   520: 0a000090                       adrp x10, #0
        # hole +0x520: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   524: 4a0140f9                       ldr x10, [x10]
        # hole +0x524: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   528: 44050091                       add x4, x10, #0x1
   52c: 23008052                       mov w3, #0x1
   530: 0c068052                       mov w12, #0x30
   534: 45018052                       mov w5, #0xa
   538: 2b008052                       mov w11, #0x1
   53c: 2a008052                       mov w10, #0x1
   540: fb0740f9                       ldr x27, [sp, #0x8]
   544: d7feff17                       b #-0x4a4
   548: 0b008052                       mov w11, #0x0
   54c: 0a008052                       mov w10, #0x0
   550: 09008052                       mov w9, #0x0
   554: 08008052                       mov w8, #0x0
   558: 0c000090                       adrp x12, #0
        # hole +0x558: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   55c: 8c0140f9                       ldr x12, [x12]
        # hole +0x55c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   560: 84050091                       add x4, x12, #0x1
   564: 23008052                       mov w3, #0x1
   568: 0c058052                       mov w12, #0x28
   56c: 45018052                       mov w5, #0xa
   570: fb0740f9                       ldr x27, [sp, #0x8]
   574: cbfeff17                       b #-0x4d4
   578: 09008052                       mov w9, #0x0
   57c: 08008052                       mov w8, #0x0
   580: 0a000090                       adrp x10, #0
        # hole +0x580: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   584: 4a0140f9                       ldr x10, [x10]
        # hole +0x584: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   588: 44310091                       add x4, x10, #0xc
   58c: 2b008052                       mov w11, #0x1
   590: 43008052                       mov w3, #0x2
   594: 0c068052                       mov w12, #0x30
   598: 050f8052                       mov w5, #0x78
   59c: e8ffff17                       b #-0x60
   5a0: 09008052                       mov w9, #0x0
   5a4: 08008052                       mov w8, #0x0
   5a8: 2b008052                       mov w11, #0x1
   5ac: 0a000090                       adrp x10, #0
        # hole +0x5ac: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   5b0: 4a0140f9                       ldr x10, [x10]
        # hole +0x5b0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   5b4: 44350091                       add x4, x10, #0xd
   5b8: cb0200f9                       str x11, [x22]
   5bc: 43008052                       mov w3, #0x2
   5c0: 0c068052                       mov w12, #0x30
   5c4: 45108052                       mov w5, #0x82
   5c8: ddffff17                       b #-0x8c
   5cc: 0b008052                       mov w11, #0x0
   5d0: 0a008052                       mov w10, #0x0
   5d4: 09008052                       mov w9, #0x0
   5d8: 08008052                       mov w8, #0x0
   5dc: 0c000090                       adrp x12, #0
        # hole +0x5dc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5e0: 8c0140f9                       ldr x12, [x12]
        # hole +0x5e0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5e4: 84090091                       add x4, x12, #0x2
   5e8: 43008052                       mov w3, #0x2
   5ec: 0c058052                       mov w12, #0x28
   5f0: 85028052                       mov w5, #0x14
   5f4: fb0740f9                       ldr x27, [sp, #0x8]
   5f8: aafeff17                       b #-0x558
   5fc: 0a008052                       mov w10, #0x0
   600: 09008052                       mov w9, #0x0
   604: 08008052                       mov w8, #0x0
   608: 0b000090                       adrp x11, #0
        # hole +0x608: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   60c: 6b0140f9                       ldr x11, [x11]
        # hole +0x60c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   610: 641d0091                       add x4, x11, #0x7
   614: 23008052                       mov w3, #0x1
   618: 0c078052                       mov w12, #0x38
   61c: c5088052                       mov w5, #0x46
   620: 2b008052                       mov w11, #0x1
   624: fb0740f9                       ldr x27, [sp, #0x8]
   628: 9efeff17                       b #-0x588
   62c: 0a008052                       mov w10, #0x0
   630: 08008052                       mov w8, #0x0
   634: 09000090                       adrp x9, #0
        # hole +0x634: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   638: 290140f9                       ldr x9, [x9]
        # hole +0x638: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   63c: 24210091                       add x4, x9, #0x8
   640: 23008052                       mov w3, #0x1
   644: 0c098052                       mov w12, #0x48
   648: 050a8052                       mov w5, #0x50
   64c: 2b008052                       mov w11, #0x1
   650: 29008052                       mov w9, #0x1
   654: fb0740f9                       ldr x27, [sp, #0x8]
   658: 92feff17                       b #-0x5b8
   65c: 0a008052                       mov w10, #0x0
   660: 08000090                       adrp x8, #0
        # hole +0x660: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   664: 080140f9                       ldr x8, [x8]
        # hole +0x664: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   668: 04250091                       add x4, x8, #0x9
   66c: 23008052                       mov w3, #0x1
   670: 0c088052                       mov w12, #0x40
   674: 450b8052                       mov w5, #0x5a
   678: 08000014                       b #0x20
   67c: 0a008052                       mov w10, #0x0
   680: 08000090                       adrp x8, #0
        # hole +0x680: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   684: 080140f9                       ldr x8, [x8]
        # hole +0x684: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   688: 04290091                       add x4, x8, #0xa
   68c: 23008052                       mov w3, #0x1
   690: 0c088052                       mov w12, #0x40
   694: 850c8052                       mov w5, #0x64
   698: 2b008052                       mov w11, #0x1
   69c: 29008052                       mov w9, #0x1
   6a0: 28008052                       mov w8, #0x1
   6a4: fb0740f9                       ldr x27, [sp, #0x8]
   6a8: 7efeff17                       b #-0x608
   6ac: 0b008052                       mov w11, #0x0
   6b0: 0a008052                       mov w10, #0x0
   6b4: 09008052                       mov w9, #0x0
   6b8: 08008052                       mov w8, #0x0
   6bc: 0c000090                       adrp x12, #0
        # hole +0x6bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6c0: 8c0140f9                       ldr x12, [x12]
        # hole +0x6c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6c4: 841d0091                       add x4, x12, #0x7
   6c8: 63008052                       mov w3, #0x3
   6cc: 0c058052                       mov w12, #0x28
   6d0: c5088052                       mov w5, #0x46
   6d4: fb0740f9                       ldr x27, [sp, #0x8]
   6d8: 72feff17                       b #-0x638
   6dc: 0b008052                       mov w11, #0x0
   6e0: 0a008052                       mov w10, #0x0
   6e4: 09008052                       mov w9, #0x0
   6e8: 08008052                       mov w8, #0x0
   6ec: 0c000090                       adrp x12, #0
        # hole +0x6ec: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6f0: 8c0140f9                       ldr x12, [x12]
        # hole +0x6f0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6f4: f4ffff17                       b #-0x30
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[9]+0
        # hole data+0x10: GOT Abs64 operand0[5]+0
