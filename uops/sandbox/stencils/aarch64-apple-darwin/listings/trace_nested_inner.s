# stencil nested_inner for aarch64-apple-darwin: 1916 code bytes, 24 data bytes, 40 holes
     0: ff4304d1                       sub sp, sp, #0x110
     4: fd7b10a9                       stp x29, x30, [sp, #0x100]
     8: f80316aa                       mov x24, x22
     c: 8002c03d                       ldr q0, [x20]
    10: e03b803d                       str q0, [sp, #0xe0]
    14: 882641a9                       ldp x8, x9, [x20, #0x10]
    18: e87b00f9                       str x8, [sp, #0xf0]
    1c: 3b6540a9                       ldp x27, x25, [x9]
    20: 372941a9                       ldp x23, x10, [x9, #0x10]
    24: 284d42a9                       ldp x8, x19, [x9, #0x20]
    28: f3d303a9                       stp x19, x20, [sp, #0x38]
    2c: eaa302a9                       stp x10, x8, [sp, #0x28]
    30: f9df01a9                       stp x25, x23, [sp, #0x18]
    34: fb0b00f9                       str x27, [sp, #0x10]
    38: 331c0037                       tbnz w19, #0x0, #0x384
    3c: 34008052                       mov w20, #0x1
    40: 1a00f8d2                       mov x26, #-0x4000000000000000
    44: 09000090                       adrp x9, #0
        # hole +0x44: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    48: 290140f9                       ldr x9, [x9]
        # hole +0x48: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    4c: e96306a9                       stp x9, x24, [sp, #0x60]
    50: f10308aa                       mov x17, x8
    54: e1030aaa                       mov x1, x10
    58: 680a40b9                       ldr w8, [x19, #0x8]
    5c: 1f110071                       cmp w8, #0x4
    60: 211b0054                       b.ne #0x364
    64: 69a243a9                       ldp x9, x8, [x19, #0x38]
    68: 781a40f9                       ldr x24, [x19, #0x30]
    6c: 1f0500f1                       cmp x8, #0x1
    70: 6b0b0054                       b.lt #0x16c
    74: 1f0309eb                       cmp x24, x9
    78: 6a0b0054                       b.ge #0x16c
    7c: 0803088b                       add x8, x24, x8
    80: 681a00f9                       str x8, [x19, #0x30]
    84: b7000037                       tbnz w23, #0x0, #0x14
    88: e80240f9                       ldr x8, [x23]
    8c: 080500f1                       subs x8, x8, #0x1
    90: e80200f9                       str x8, [x23]
    94: 00180054                       b.eq #0x300
    98: 9b000037                       tbnz w27, #0x0, #0x10
    9c: 680340f9                       ldr x8, [x27]
    a0: 08050091                       add x8, x8, #0x1
    a4: 680300f9                       str x8, [x27]
    a8: 99000037                       tbnz w25, #0x0, #0x10
    ac: 280340f9                       ldr x8, [x25]
    b0: 08050091                       add x8, x8, #0x1
    b4: 280300f9                       str x8, [x25]
    b8: 09fb7fd3                       lsl x9, x24, #1
    bc: 37008052                       mov w23, #0x1
    c0: 17fb7fb3                       bfi x23, x24, #1, #63
    c4: 28ff4193                       asr x8, x25, #1
    c8: 2afd4193                       asr x10, x9, #1
    cc: 097d0a9b                       mul x9, x8, x10
    d0: 0a7d4a9b                       smulh x10, x8, x10
    d4: 5ffd89eb                       cmp x10, x9, asr #63
    d8: 01320054                       b.ne #0x640
    dc: 2a011a8b                       add x10, x9, x26
    e0: ca31f8b6                       tbz x10, #0x3f, #0x638
    e4: 950609aa                       orr x21, x20, x9, lsl #1
    e8: f83740f9                       ldr x24, [sp, #0x68]
    ec: 1b330036                       tbz w27, #0x0, #0x660
    f0: 29059b8b                       add x9, x9, x27, asr #1
    f4: 3f011aab                       cmn x9, x26
    f8: a5330054                       b.pl #0x674
    fc: 9b0609aa                       orr x27, x20, x9, lsl #1
   100: 090340f9                       ldr x9, [x24]
   104: c92d00b5                       cbnz x9, #0x5b8
   108: 0aa740a9                       ldp x10, x9, [x24, #0x8]
   10c: 4a050091                       add x10, x10, #0x1
   110: 0a0700f9                       str x10, [x24, #0x8]
   114: 5f0109eb                       cmp x10, x9
   118: 4a2e0054                       b.ge #0x5c8
   11c: f3160037                       tbnz w19, #0x0, #0x2dc
   120: 6b0a40b9                       ldr w11, [x19, #0x8]
   124: 7f110071                       cmp w11, #0x4
   128: 81160054                       b.ne #0x2d0
   12c: 6c2240f9                       ldr x12, [x19, #0x40]
   130: 6b1a40f9                       ldr x11, [x19, #0x30]
   134: 9f0500f1                       cmp x12, #0x1
   138: ab000054                       b.lt #0x14
   13c: 6d1e40f9                       ldr x13, [x19, #0x38]
   140: 7f010deb                       cmp x11, x13
   144: ab000054                       b.lt #0x14
   148: 1e000014                       b #0x78
   14c: 6d1e40f9                       ldr x13, [x19, #0x38]
   150: 7f010deb                       cmp x11, x13
   154: 6d030054                       b.le #0x6c
   158: 6c010c8b                       add x12, x11, x12
   15c: 6c1a00f9                       str x12, [x19, #0x30]
   160: 99000037                       tbnz w25, #0x0, #0x10
   164: 2c0340f9                       ldr x12, [x25]
   168: 8c050091                       add x12, x12, #0x1
   16c: 2c0300f9                       str x12, [x25]
   170: 6cf97fd3                       lsl x12, x11, #1
   174: 37008052                       mov w23, #0x1
   178: 77f97fb3                       bfi x23, x11, #1, #63
   17c: 8cfd4193                       asr x12, x12, #1
   180: 0b7d0c9b                       mul x11, x8, x12
   184: 0c7d4c9b                       smulh x12, x8, x12
   188: 9ffd8beb                       cmp x12, x11, asr #63
   18c: 011c0054                       b.ne #0x380
   190: 6c011a8b                       add x12, x11, x26
   194: cc1bf8b6                       tbz x12, #0x3f, #0x378
   198: 95060baa                       orr x21, x20, x11, lsl #1
   19c: 6b059b8b                       add x11, x11, x27, asr #1
   1a0: 7f011aab                       cmn x11, x26
   1a4: c51c0054                       b.pl #0x398
   1a8: 9b060baa                       orr x27, x20, x11, lsl #1
   1ac: 4a050091                       add x10, x10, #0x1
   1b0: 0a0700f9                       str x10, [x24, #0x8]
   1b4: 5f0109eb                       cmp x10, x9
   1b8: 2bfbff54                       b.lt #-0x9c
   1bc: 98000014                       b #0x260
   1c0: e03bc03d                       ldr q0, [sp, #0xe0]
   1c4: e033803d                       str q0, [sp, #0xc0]
   1c8: e87b40f9                       ldr x8, [sp, #0xf0]
   1cc: e86b00f9                       str x8, [sp, #0xd0]
   1d0: fc031baa                       mov x28, x27
   1d4: f60317aa                       mov x22, x23
   1d8: 09000014                       b #0x24
   1dc: 1f0309eb                       cmp x24, x9
   1e0: ecf4ff54                       b.gt #-0x164
   1e4: e03bc03d                       ldr q0, [sp, #0xe0]
   1e8: e033803d                       str q0, [sp, #0xc0]
   1ec: e87b40f9                       ldr x8, [sp, #0xf0]
   1f0: e86b00f9                       str x8, [sp, #0xd0]
   1f4: f83740f9                       ldr x24, [sp, #0x68]
   1f8: 73010037                       tbnz w19, #0x0, #0x2c
   1fc: 680240f9                       ldr x8, [x19]
   200: 080500f1                       subs x8, x8, #0x1
   204: 680200f9                       str x8, [x19]
   208: e1000054                       b.ne #0x1c
   20c: e00313aa                       mov x0, x19
   210: e14705a9                       stp x1, x17, [sp, #0x50]
   214: ee2700f9                       str x14, [sp, #0x48]
   218: 00000094                       bl #0x0
        # hole +0x218: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   21c: ee8744a9                       ldp x14, x1, [sp, #0x48]
   220: f12f40f9                       ldr x17, [sp, #0x58]
   224: fb6707a9                       stp x27, x25, [sp, #0x70]
   228: f70708a9                       stp x23, x1, [sp, #0x80]
   22c: f14f09a9                       stp x17, x19, [sp, #0x90]
   230: fc570aa9                       stp x28, x21, [sp, #0xa0]
   234: f63b0ba9                       stp x22, x14, [sp, #0xb0]
   238: 91190037                       tbnz w17, #0x0, #0x330
   23c: 280a40b9                       ldr w8, [x17, #0x8]
   240: 1f110071                       cmp w8, #0x4
   244: 21190054                       b.ne #0x324
   248: 2aa643a9                       ldp x10, x9, [x17, #0x38]
   24c: 281a40f9                       ldr x8, [x17, #0x30]
   250: 3f0500f1                       cmp x9, #0x1
   254: 8b000054                       b.lt #0x10
   258: 1f010aeb                       cmp x8, x10
   25c: 8b000054                       b.lt #0x10
   260: ca000014                       b #0x328
   264: 1f010aeb                       cmp x8, x10
   268: 0d190054                       b.le #0x320
   26c: 0901098b                       add x9, x8, x9
   270: 291a00f9                       str x9, [x17, #0x30]
   274: 880608aa                       orr x8, x20, x8, lsl #1
   278: e84f00f9                       str x8, [sp, #0x98]
   27c: e83f00f9                       str x8, [sp, #0x78]
   280: b9000037                       tbnz w25, #0x0, #0x14
   284: 280340f9                       ldr x8, [x25]
   288: 080500f1                       subs x8, x8, #0x1
   28c: 280300f9                       str x8, [x25]
   290: 20010054                       b.eq #0x24
   294: f53340f9                       ldr x21, [sp, #0x60]
   298: 75010036                       tbz w21, #0x0, #0x2c
   29c: f54f00f9                       str x21, [sp, #0x98]
   2a0: e84740f9                       ldr x8, [sp, #0x88]
   2a4: c8010036                       tbz w8, #0x0, #0x38
   2a8: e85300f9                       str x8, [sp, #0xa0]
   2ac: 35020036                       tbz w21, #0x0, #0x44
   2b0: be000014                       b #0x2f8
   2b4: e00319aa                       mov x0, x25
   2b8: 00000094                       bl #0x0
        # hole +0x2b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2bc: f53340f9                       ldr x21, [sp, #0x60]
   2c0: f5fe0737                       tbnz w21, #0x0, #-0x24
   2c4: a80240f9                       ldr x8, [x21]
   2c8: 08050091                       add x8, x8, #0x1
   2cc: a80200f9                       str x8, [x21]
   2d0: f54f00f9                       str x21, [sp, #0x98]
   2d4: e84740f9                       ldr x8, [sp, #0x88]
   2d8: 88fe0737                       tbnz w8, #0x0, #-0x30
   2dc: 090140f9                       ldr x9, [x8]
   2e0: 29050091                       add x9, x9, #0x1
   2e4: 090100f9                       str x9, [x8]
   2e8: e85300f9                       str x8, [sp, #0xa0]
   2ec: f5150037                       tbnz w21, #0x0, #0x2bc
   2f0: a80a40b9                       ldr w8, [x21, #0x8]
   2f4: 1f210071                       cmp w8, #0x8
   2f8: 81150054                       b.ne #0x2b0
   2fc: a81e40f9                       ldr x8, [x21, #0x38]
   300: e9c30191                       add x9, sp, #0x70
   304: 21c10091                       add x1, x9, #0x30
   308: e00318aa                       mov x0, x24
   30c: 22008052                       mov w2, #0x1
   310: 00013fd6                       blr x8
   314: f30300aa                       mov x19, x0
   318: e05340f9                       ldr x0, [sp, #0xa0]
   31c: a0000037                       tbnz w0, #0x0, #0x14
   320: 080040f9                       ldr x8, [x0]
   324: 080500f1                       subs x8, x8, #0x1
   328: 080000f9                       str x8, [x0]
   32c: 80020054                       b.eq #0x50
   330: a80240f9                       ldr x8, [x21]
   334: 080500f1                       subs x8, x8, #0x1
   338: a80200f9                       str x8, [x21]
   33c: 61000054                       b.ne #0xc
   340: e00315aa                       mov x0, x21
   344: 00000094                       bl #0x0
        # hole +0x344: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   348: 931d00b4                       cbz x19, #0x3b0
   34c: f34f00f9                       str x19, [sp, #0x98]
   350: e033c03d                       ldr q0, [sp, #0xc0]
   354: e03b803d                       str q0, [sp, #0xe0]
   358: e86b40f9                       ldr x8, [sp, #0xd0]
   35c: e87b00f9                       str x8, [sp, #0xf0]
   360: fb6747a9                       ldp x27, x25, [sp, #0x70]
   364: f70748a9                       ldp x23, x1, [sp, #0x80]
   368: f14b40f9                       ldr x17, [sp, #0x90]
   36c: fc574aa9                       ldp x28, x21, [sp, #0xa0]
   370: f63b4ba9                       ldp x22, x14, [sp, #0xb0]
   374: 33e70736                       tbz w19, #0x0, #-0x31c
   378: 13000014                       b #0x4c
   37c: 00000094                       bl #0x0
        # hole +0x37c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   380: a80240f9                       ldr x8, [x21]
   384: 080500f1                       subs x8, x8, #0x1
   388: a80200f9                       str x8, [x21]
   38c: e1fdff54                       b.ne #-0x44
   390: ecffff17                       b #-0x50
   394: e00317aa                       mov x0, x23
   398: f50311aa                       mov x21, x17
   39c: f60301aa                       mov x22, x1
   3a0: f7030eaa                       mov x23, x14
   3a4: 00000094                       bl #0x0
        # hole +0x3a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3a8: ee0317aa                       mov x14, x23
   3ac: e10316aa                       mov x1, x22
   3b0: f10315aa                       mov x17, x21
   3b4: 5be70736                       tbz w27, #0x0, #-0x318
   3b8: 3cffff17                       b #-0x310
   3bc: f10308aa                       mov x17, x8
   3c0: e1030aaa                       mov x1, x10
   3c4: 0a008052                       mov w10, #0x0
   3c8: 08008052                       mov w8, #0x0
   3cc: ec031baa                       mov x12, x27
   3d0: eb0317aa                       mov x11, x23
   3d4: 09000090                       adrp x9, #0
        # hole +0x3d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3d8: 290140f9                       ldr x9, [x9]
        # hole +0x3d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3dc: 24050091                       add x4, x9, #0x1
   3e0: 23008052                       mov w3, #0x1
   3e4: 09068052                       mov w9, #0x30
   3e8: 45018052                       mov w5, #0xa
   3ec: f70316aa                       mov x23, x22
   3f0: fb031caa                       mov x27, x28
   3f4: 16000014                       b #0x58
   3f8: 0a008052                       mov w10, #0x0
   3fc: 08008052                       mov w8, #0x0
   400: 09000090                       adrp x9, #0
        # hole +0x400: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   404: 290140f9                       ldr x9, [x9]
        # hole +0x404: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   408: 24050091                       add x4, x9, #0x1
   40c: 23008052                       mov w3, #0x1
   410: 09068052                       mov w9, #0x30
   414: 45018052                       mov w5, #0xa
   418: 0b000014                       b #0x2c
   41c: 0a008052                       mov w10, #0x0
   420: 08008052                       mov w8, #0x0
   424: 29008052                       mov w9, #0x1
   428: 0b000090                       adrp x11, #0
        # hole +0x428: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   42c: 6b0140f9                       ldr x11, [x11]
        # hole +0x42c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   430: 64350091                       add x4, x11, #0xd
   434: 43008052                       mov w3, #0x2
   438: 090300f9                       str x9, [x24]
   43c: 09068052                       mov w9, #0x30
   440: 45108052                       mov w5, #0x82
   444: eb0317aa                       mov x11, x23
   448: ec031baa                       mov x12, x27
   44c: e02340f9                       ldr x0, [sp, #0x40]
   450: 0d0c40f9                       ldr x13, [x0, #0x18]
   454: ee4341a9                       ldp x14, x16, [sp, #0x10]
   458: 9f010eeb                       cmp x12, x14
   45c: ef3b42a9                       ldp x15, x14, [sp, #0x20]
   460: e1010054                       b.ne #0x3c
   464: 3f0310eb                       cmp x25, x16
   468: 01020054                       b.ne #0x40
   46c: 7f010feb                       cmp x11, x15
   470: 21020054                       b.ne #0x44
   474: 3f000eeb                       cmp x1, x14
   478: 41020054                       b.ne #0x48
   47c: eb1b40f9                       ldr x11, [sp, #0x30]
   480: 3f020beb                       cmp x17, x11
   484: 61020054                       b.ne #0x4c
   488: eb1f40f9                       ldr x11, [sp, #0x38]
   48c: 7f020beb                       cmp x19, x11
   490: 81020054                       b.ne #0x50
   494: aa020035                       cbnz w10, #0x54
   498: 17000014                       b #0x5c
   49c: ac0100f9                       str x12, [x13]
   4a0: 3f0310eb                       cmp x25, x16
   4a4: 40feff54                       b.eq #-0x38
   4a8: b90500f9                       str x25, [x13, #0x8]
   4ac: 7f010feb                       cmp x11, x15
   4b0: 20feff54                       b.eq #-0x3c
   4b4: ab0900f9                       str x11, [x13, #0x10]
   4b8: 3f000eeb                       cmp x1, x14
   4bc: 00feff54                       b.eq #-0x40
   4c0: a10d00f9                       str x1, [x13, #0x18]
   4c4: eb1b40f9                       ldr x11, [sp, #0x30]
   4c8: 3f020beb                       cmp x17, x11
   4cc: e0fdff54                       b.eq #-0x44
   4d0: b11100f9                       str x17, [x13, #0x20]
   4d4: eb1f40f9                       ldr x11, [sp, #0x38]
   4d8: 7f020beb                       cmp x19, x11
   4dc: c0fdff54                       b.eq #-0x48
   4e0: b31500f9                       str x19, [x13, #0x28]
   4e4: 8a000034                       cbz w10, #0x10
   4e8: bb5503a9                       stp x27, x21, [x13, #0x30]
   4ec: 48000034                       cbz w8, #0x8
   4f0: b72100f9                       str x23, [x13, #0x40]
   4f4: a101098b                       add x1, x13, x9
   4f8: e20318aa                       mov x2, x24
   4fc: 00000094                       bl #0x0
        # hole +0x4fc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   500: fd7b50a9                       ldp x29, x30, [sp, #0x100]
   504: ff430491                       add sp, sp, #0x110
   508: c0035fd6                       ret
   50c: 08000090                       adrp x8, #0
        # hole +0x50c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   510: 080140f9                       ldr x8, [x8]
        # hole +0x510: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   514: 04210091                       add x4, x8, #0x8
   518: 23008052                       mov w3, #0x1
   51c: 09098052                       mov w9, #0x48
   520: 050a8052                       mov w5, #0x50
   524: f50319aa                       mov x21, x25
   528: eb0317aa                       mov x11, x23
   52c: ec031baa                       mov x12, x27
   530: 2a008052                       mov w10, #0x1
   534: 28008052                       mov w8, #0x1
   538: c5ffff17                       b #-0xec
   53c: 08008052                       mov w8, #0x0
   540: 09000090                       adrp x9, #0
        # hole +0x540: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   544: 290140f9                       ldr x9, [x9]
        # hole +0x544: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   548: 24290091                       add x4, x9, #0xa
   54c: 23008052                       mov w3, #0x1
   550: 09088052                       mov w9, #0x40
   554: 850c8052                       mov w5, #0x64
   558: eb0317aa                       mov x11, x23
   55c: ec031baa                       mov x12, x27
   560: 2a008052                       mov w10, #0x1
   564: baffff17                       b #-0x118
   568: 08008052                       mov w8, #0x0
   56c: 09000090                       adrp x9, #0
        # hole +0x56c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   570: 290140f9                       ldr x9, [x9]
        # hole +0x570: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   574: 24050091                       add x4, x9, #0x1
   578: 23008052                       mov w3, #0x1
   57c: a9008052                       mov w9, #0x5
   580: 45018052                       mov w5, #0xa
   584: 10000014                       b #0x40
   588: 08008052                       mov w8, #0x0
   58c: 09000090                       adrp x9, #0
        # hole +0x58c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   590: 290140f9                       ldr x9, [x9]
        # hole +0x590: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   594: 24090091                       add x4, x9, #0x2
   598: 43008052                       mov w3, #0x2
   59c: a9008052                       mov w9, #0x5
   5a0: 85028052                       mov w5, #0x14
   5a4: 08000014                       b #0x20
   5a8: 08000090                       adrp x8, #0
        # hole +0x5a8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   5ac: 080140f9                       ldr x8, [x8]
        # hole +0x5ac: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   5b0: 041d0091                       add x4, x8, #0x7
   5b4: 23008052                       mov w3, #0x1
   5b8: e9008052                       mov w9, #0x7
   5bc: c5088052                       mov w5, #0x46
   5c0: 28008052                       mov w8, #0x1
   5c4: eb3b40f9                       ldr x11, [sp, #0x70]
   5c8: e02340f9                       ldr x0, [sp, #0x40]
   5cc: 0a0c40f9                       ldr x10, [x0, #0x18]
   5d0: ec3b41a9                       ldp x12, x14, [sp, #0x10]
   5d4: 7f010ceb                       cmp x11, x12
   5d8: ed3342a9                       ldp x13, x12, [sp, #0x20]
   5dc: a1030054                       b.ne #0x74
   5e0: eb3f40f9                       ldr x11, [sp, #0x78]
   5e4: 7f010eeb                       cmp x11, x14
   5e8: c1030054                       b.ne #0x78
   5ec: eb4340f9                       ldr x11, [sp, #0x80]
   5f0: 7f010deb                       cmp x11, x13
   5f4: e1030054                       b.ne #0x7c
   5f8: eb4740f9                       ldr x11, [sp, #0x88]
   5fc: 7f010ceb                       cmp x11, x12
   600: 01040054                       b.ne #0x80
   604: eb4b40f9                       ldr x11, [sp, #0x90]
   608: ec1b40f9                       ldr x12, [sp, #0x30]
   60c: 7f010ceb                       cmp x11, x12
   610: 21040054                       b.ne #0x84
   614: eb4f40f9                       ldr x11, [sp, #0x98]
   618: ec1f40f9                       ldr x12, [sp, #0x38]
   61c: 7f010ceb                       cmp x11, x12
   620: 0c010052                       eor w12, w8, #0x1
   624: 8c159f1a                       csinc w12, w12, wzr, ne
   628: 4c040036                       tbz w12, #0x0, #0x88
   62c: 68000034                       cbz w8, #0xc
   630: e85340f9                       ldr x8, [sp, #0xa0]
   634: 481900f9                       str x8, [x10, #0x30]
   638: 410d098b                       add x1, x10, x9, lsl #3
   63c: e20318aa                       mov x2, x24
   640: 00000094                       bl #0x0
        # hole +0x640: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   644: fd7b50a9                       ldp x29, x30, [sp, #0x100]
   648: ff430491                       add sp, sp, #0x110
   64c: c0035fd6                       ret
   650: 4b0100f9                       str x11, [x10]
   654: eb3f40f9                       ldr x11, [sp, #0x78]
   658: 7f010eeb                       cmp x11, x14
   65c: 80fcff54                       b.eq #-0x70
   660: 4b0500f9                       str x11, [x10, #0x8]
   664: eb4340f9                       ldr x11, [sp, #0x80]
   668: 7f010deb                       cmp x11, x13
   66c: 60fcff54                       b.eq #-0x74
   670: 4b0900f9                       str x11, [x10, #0x10]
   674: eb4740f9                       ldr x11, [sp, #0x88]
   678: 7f010ceb                       cmp x11, x12
   67c: 40fcff54                       b.eq #-0x78
   680: 4b0d00f9                       str x11, [x10, #0x18]
   684: eb4b40f9                       ldr x11, [sp, #0x90]
   688: ec1b40f9                       ldr x12, [sp, #0x30]
   68c: 7f010ceb                       cmp x11, x12
   690: 20fcff54                       b.eq #-0x7c
   694: 4b1100f9                       str x11, [x10, #0x20]
   698: eb4f40f9                       ldr x11, [sp, #0x98]
   69c: ec1f40f9                       ldr x12, [sp, #0x38]
   6a0: 7f010ceb                       cmp x11, x12
   6a4: 0c010052                       eor w12, w8, #0x1
   6a8: 8c159f1a                       csinc w12, w12, wzr, ne
   6ac: 0cfc0737                       tbnz w12, #0x0, #-0x80
   6b0: 4b1500f9                       str x11, [x10, #0x28]
   6b4: e8fbff35                       cbnz w8, #-0x84
   6b8: e0ffff17                       b #-0x80
   6bc: 0a008052                       mov w10, #0x0
   6c0: 08008052                       mov w8, #0x0
   6c4: 09000090                       adrp x9, #0
        # hole +0x6c4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6c8: 290140f9                       ldr x9, [x9]
        # hole +0x6c8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6cc: 24310091                       add x4, x9, #0xc
   6d0: 43008052                       mov w3, #0x2
   6d4: 09068052                       mov w9, #0x30
   6d8: 050f8052                       mov w5, #0x78
   6dc: 5affff17                       b #-0x298
   6e0: 0a008052                       mov w10, #0x0
   6e4: 08008052                       mov w8, #0x0
   6e8: 29008052                       mov w9, #0x1
   6ec: 0b000090                       adrp x11, #0
        # hole +0x6ec: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6f0: 6b0140f9                       ldr x11, [x11]
        # hole +0x6f0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6f4: 4fffff17                       b #-0x2c4
   6f8: 08008052                       mov w8, #0x0
   6fc: 09000090                       adrp x9, #0
        # hole +0x6fc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   700: 290140f9                       ldr x9, [x9]
        # hole +0x700: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   704: 241d0091                       add x4, x9, #0x7
   708: 63008052                       mov w3, #0x3
   70c: a9008052                       mov w9, #0x5
   710: c5088052                       mov w5, #0x46
   714: acffff17                       b #-0x150
   718: 08000090                       adrp x8, #0
        # hole +0x718: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   71c: 080140f9                       ldr x8, [x8]
        # hole +0x71c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   720: 04210091                       add x4, x8, #0x8
   724: 23008052                       mov w3, #0x1
   728: 09098052                       mov w9, #0x48
   72c: 050a8052                       mov w5, #0x50
   730: f50319aa                       mov x21, x25
   734: eb0317aa                       mov x11, x23
   738: ec031baa                       mov x12, x27
   73c: 2a008052                       mov w10, #0x1
   740: 28008052                       mov w8, #0x1
   744: f83740f9                       ldr x24, [sp, #0x68]
   748: 41ffff17                       b #-0x2fc
   74c: 08008052                       mov w8, #0x0
   750: 09000090                       adrp x9, #0
        # hole +0x750: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   754: 290140f9                       ldr x9, [x9]
        # hole +0x754: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   758: 24250091                       add x4, x9, #0x9
   75c: 23008052                       mov w3, #0x1
   760: 09088052                       mov w9, #0x40
   764: 450b8052                       mov w5, #0x5a
   768: 7cffff17                       b #-0x210
   76c: 08008052                       mov w8, #0x0
   770: 09000090                       adrp x9, #0
        # hole +0x770: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   774: 290140f9                       ldr x9, [x9]
        # hole +0x774: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   778: 74ffff17                       b #-0x230
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 index[16]+0
        # hole data+0x10: GOT Abs64 operand0[21]+0
