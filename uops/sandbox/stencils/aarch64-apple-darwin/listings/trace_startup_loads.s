# stencil startup_loads for aarch64-apple-darwin: 2652 code bytes, 72 data bytes, 58 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 090140f9                       ldr x9, [x8]
     c: 69060036                       tbz w9, #0x0, #0xcc
    10: a90200f9                       str x9, [x21]
    14: 0a0540f9                       ldr x10, [x8, #0x8]
    18: ca060036                       tbz w10, #0x0, #0xd8
    1c: 930080d2                       mov x19, #0x4
    20: 7301c0f2                       movk x19, #0xb, lsl #32
    24: aa0600f9                       str x10, [x21, #0x8]
    28: 2b010a0a                       and w11, w9, w10
    2c: 2b070036                       tbz w11, #0x0, #0xe4
    30: 4afd4193                       asr x10, x10, #1
    34: 4905898b                       add x9, x10, x9, asr #1
    38: 0a00f8d2                       mov x10, #-0x4000000000000000
    3c: 3f010aab                       cmn x9, x10
    40: 85240054                       b.pl #0x490
    44: 2a008052                       mov w10, #0x1
    48: 490509aa                       orr x9, x10, x9, lsl #1
    4c: a90200f9                       str x9, [x21]
    50: 000940f9                       ldr x0, [x8, #0x10]
    54: 090900f9                       str x9, [x8, #0x10]
    58: a0000037                       tbnz w0, #0x0, #0x14
    5c: 080040f9                       ldr x8, [x0]
    60: 080500f1                       subs x8, x8, #0x1
    64: 080000f9                       str x8, [x0]
    68: c0050054                       b.eq #0xb8
    6c: 09000090                       adrp x9, #0
        # hole +0x6c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
    70: 290140f9                       ldr x9, [x9]
        # hole +0x70: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
    74: 89000037                       tbnz w9, #0x0, #0x10
    78: 280140f9                       ldr x8, [x9]
    7c: 08050091                       add x8, x8, #0x1
    80: 280100f9                       str x8, [x9]
    84: a90200f9                       str x9, [x21]
    88: 880e40f9                       ldr x8, [x20, #0x18]
    8c: 000d40f9                       ldr x0, [x8, #0x18]
    90: 090d00f9                       str x9, [x8, #0x18]
    94: a0000037                       tbnz w0, #0x0, #0x14
    98: 090040f9                       ldr x9, [x0]
    9c: 290500f1                       subs x9, x9, #0x1
    a0: 090000f9                       str x9, [x0]
    a4: 80040054                       b.eq #0x90
    a8: e9238052                       mov w9, #0x11f
    ac: a90200f9                       str x9, [x21]
    b0: 001140f9                       ldr x0, [x8, #0x20]
    b4: 091100f9                       str x9, [x8, #0x20]
    b8: c0040037                       tbnz w0, #0x0, #0x98
    bc: 090040f9                       ldr x9, [x0]
    c0: 290500f1                       subs x9, x9, #0x1
    c4: 090000f9                       str x9, [x0]
    c8: 41040054                       b.ne #0x88
    cc: 00000094                       bl #0x0
        # hole +0xcc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    d0: 880e40f9                       ldr x8, [x20, #0x18]
    d4: 1f000014                       b #0x7c
    d8: 2a0140f9                       ldr x10, [x9]
    dc: 4a050091                       add x10, x10, #0x1
    e0: 2a0100f9                       str x10, [x9]
    e4: a90200f9                       str x9, [x21]
    e8: 0a0540f9                       ldr x10, [x8, #0x8]
    ec: 8af90737                       tbnz w10, #0x0, #-0xd0
    f0: 4b0140f9                       ldr x11, [x10]
    f4: 6b050091                       add x11, x11, #0x1
    f8: 4b0100f9                       str x11, [x10]
    fc: 930080d2                       mov x19, #0x4
   100: 7301c0f2                       movk x19, #0xb, lsl #32
   104: aa0600f9                       str x10, [x21, #0x8]
   108: 2b010a0a                       and w11, w9, w10
   10c: 2bf90737                       tbnz w11, #0x0, #-0xdc
   110: 05058052                       mov w5, #0x28
   114: 840080d2                       mov x4, #0x4
   118: 6401c0f2                       movk x4, #0xb, lsl #32
   11c: 17000014                       b #0x5c
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 09000090                       adrp x9, #0
        # hole +0x124: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
   128: 290140f9                       ldr x9, [x9]
        # hole +0x128: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
   12c: 69fa0736                       tbz w9, #0x0, #-0xb4
   130: d5ffff17                       b #-0xac
   134: 00000094                       bl #0x0
        # hole +0x134: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   138: 880e40f9                       ldr x8, [x20, #0x18]
   13c: e9238052                       mov w9, #0x11f
   140: a90200f9                       str x9, [x21]
   144: 001140f9                       ldr x0, [x8, #0x20]
   148: 091100f9                       str x9, [x8, #0x20]
   14c: 80fb0736                       tbz w0, #0x0, #-0x90
   150: 091540f9                       ldr x9, [x8, #0x28]
   154: 09020036                       tbz w9, #0x0, #0x40
   158: a90200f9                       str x9, [x21]
   15c: 0a1940f9                       ldr x10, [x8, #0x30]
   160: 6a020036                       tbz w10, #0x0, #0x4c
   164: aa0600f9                       str x10, [x21, #0x8]
   168: 2b010a0a                       and w11, w9, w10
   16c: cb020037                       tbnz w11, #0x0, #0x58
   170: 642e0091                       add x4, x19, #0xb
   174: c5128052                       mov w5, #0x96
   178: a1420091                       add x1, x21, #0x10
   17c: e00314aa                       mov x0, x20
   180: e20316aa                       mov x2, x22
   184: 23008052                       mov w3, #0x1
   188: 00000094                       bl #0x0
        # hole +0x188: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   18c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   190: c0035fd6                       ret
   194: 2a0140f9                       ldr x10, [x9]
   198: 4a050091                       add x10, x10, #0x1
   19c: 2a0100f9                       str x10, [x9]
   1a0: a90200f9                       str x9, [x21]
   1a4: 0a1940f9                       ldr x10, [x8, #0x30]
   1a8: eafd0737                       tbnz w10, #0x0, #-0x44
   1ac: 4b0140f9                       ldr x11, [x10]
   1b0: 6b050091                       add x11, x11, #0x1
   1b4: 4b0100f9                       str x11, [x10]
   1b8: aa0600f9                       str x10, [x21, #0x8]
   1bc: 2b010a0a                       and w11, w9, w10
   1c0: 8bfd0736                       tbz w11, #0x0, #-0x50
   1c4: 29fd4193                       asr x9, x9, #1
   1c8: 29058acb                       sub x9, x9, x10, asr #1
   1cc: 0a00f8d2                       mov x10, #-0x4000000000000000
   1d0: 3f010aab                       cmn x9, x10
   1d4: a5200054                       b.pl #0x414
   1d8: 2a008052                       mov w10, #0x1
   1dc: 490509aa                       orr x9, x10, x9, lsl #1
   1e0: a90200f9                       str x9, [x21]
   1e4: 001d40f9                       ldr x0, [x8, #0x38]
   1e8: 091d00f9                       str x9, [x8, #0x38]
   1ec: c0000037                       tbnz w0, #0x0, #0x18
   1f0: 080040f9                       ldr x8, [x0]
   1f4: 080500f1                       subs x8, x8, #0x1
   1f8: 080000f9                       str x8, [x0]
   1fc: 41000054                       b.ne #0x8
   200: 00000094                       bl #0x0
        # hole +0x200: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   204: 09000090                       adrp x9, #0
        # hole +0x204: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   208: 290140f9                       ldr x9, [x9]
        # hole +0x208: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   20c: 89000037                       tbnz w9, #0x0, #0x10
   210: 280140f9                       ldr x8, [x9]
   214: 08050091                       add x8, x8, #0x1
   218: 280100f9                       str x8, [x9]
   21c: a90200f9                       str x9, [x21]
   220: 880e40f9                       ldr x8, [x20, #0x18]
   224: 002140f9                       ldr x0, [x8, #0x40]
   228: 092100f9                       str x9, [x8, #0x40]
   22c: e0000037                       tbnz w0, #0x0, #0x1c
   230: 090040f9                       ldr x9, [x0]
   234: 290500f1                       subs x9, x9, #0x1
   238: 090000f9                       str x9, [x0]
   23c: 61000054                       b.ne #0xc
   240: 00000094                       bl #0x0
        # hole +0x240: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   244: 880e40f9                       ldr x8, [x20, #0x18]
   248: e9318052                       mov w9, #0x18f
   24c: a90200f9                       str x9, [x21]
   250: 002540f9                       ldr x0, [x8, #0x48]
   254: 092500f9                       str x9, [x8, #0x48]
   258: e0000037                       tbnz w0, #0x0, #0x1c
   25c: 090040f9                       ldr x9, [x0]
   260: 290500f1                       subs x9, x9, #0x1
   264: 090000f9                       str x9, [x0]
   268: 61000054                       b.ne #0xc
   26c: 00000094                       bl #0x0
        # hole +0x26c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   270: 880e40f9                       ldr x8, [x20, #0x18]
   274: 092940f9                       ldr x9, [x8, #0x50]
   278: 49010036                       tbz w9, #0x0, #0x28
   27c: a90200f9                       str x9, [x21]
   280: 0a2d40f9                       ldr x10, [x8, #0x58]
   284: aa010036                       tbz w10, #0x0, #0x34
   288: aa0600f9                       str x10, [x21, #0x8]
   28c: 2b010a0a                       and w11, w9, w10
   290: 0b020037                       tbnz w11, #0x0, #0x40
   294: 645a0091                       add x4, x19, #0x16
   298: 85208052                       mov w5, #0x104
   29c: b7ffff17                       b #-0x124
   2a0: 2a0140f9                       ldr x10, [x9]
   2a4: 4a050091                       add x10, x10, #0x1
   2a8: 2a0100f9                       str x10, [x9]
   2ac: a90200f9                       str x9, [x21]
   2b0: 0a2d40f9                       ldr x10, [x8, #0x58]
   2b4: aafe0737                       tbnz w10, #0x0, #-0x2c
   2b8: 4b0140f9                       ldr x11, [x10]
   2bc: 6b050091                       add x11, x11, #0x1
   2c0: 4b0100f9                       str x11, [x10]
   2c4: aa0600f9                       str x10, [x21, #0x8]
   2c8: 2b010a0a                       and w11, w9, w10
   2cc: 4bfe0736                       tbz w11, #0x0, #-0x38
   2d0: 2bfd4193                       asr x11, x9, #1
   2d4: 4afd4193                       asr x10, x10, #1
   2d8: 697d0a9b                       mul x9, x11, x10
   2dc: 6a7d4a9b                       smulh x10, x11, x10
   2e0: 5ffd89eb                       cmp x10, x9, asr #63
   2e4: 645e0091                       add x4, x19, #0x17
   2e8: c5218052                       mov w5, #0x10e
   2ec: 61f4ff54                       b.ne #-0x174
   2f0: 0a00f8d2                       mov x10, #-0x4000000000000000
   2f4: 2a010a8b                       add x10, x9, x10
   2f8: 0af4ffb6                       tbz x10, #0x3f, #-0x180
   2fc: 2a008052                       mov w10, #0x1
   300: 490509aa                       orr x9, x10, x9, lsl #1
   304: a90200f9                       str x9, [x21]
   308: 003140f9                       ldr x0, [x8, #0x60]
   30c: 093100f9                       str x9, [x8, #0x60]
   310: c0000037                       tbnz w0, #0x0, #0x18
   314: 080040f9                       ldr x8, [x0]
   318: 080500f1                       subs x8, x8, #0x1
   31c: 080000f9                       str x8, [x0]
   320: 41000054                       b.ne #0x8
   324: 00000094                       bl #0x0
        # hole +0x324: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   328: 09000090                       adrp x9, #0
        # hole +0x328: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   32c: 290140f9                       ldr x9, [x9]
        # hole +0x32c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   330: 89000037                       tbnz w9, #0x0, #0x10
   334: 280140f9                       ldr x8, [x9]
   338: 08050091                       add x8, x8, #0x1
   33c: 280100f9                       str x8, [x9]
   340: a90200f9                       str x9, [x21]
   344: 880e40f9                       ldr x8, [x20, #0x18]
   348: 003540f9                       ldr x0, [x8, #0x68]
   34c: 093500f9                       str x9, [x8, #0x68]
   350: e0000037                       tbnz w0, #0x0, #0x1c
   354: 090040f9                       ldr x9, [x0]
   358: 290500f1                       subs x9, x9, #0x1
   35c: 090000f9                       str x9, [x0]
   360: 61000054                       b.ne #0xc
   364: 00000094                       bl #0x0
        # hole +0x364: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   368: 880e40f9                       ldr x8, [x20, #0x18]
   36c: a9208052                       mov w9, #0x105
   370: a90200f9                       str x9, [x21]
   374: 003940f9                       ldr x0, [x8, #0x70]
   378: 093900f9                       str x9, [x8, #0x70]
   37c: e0000037                       tbnz w0, #0x0, #0x1c
   380: 090040f9                       ldr x9, [x0]
   384: 290500f1                       subs x9, x9, #0x1
   388: 090000f9                       str x9, [x0]
   38c: 61000054                       b.ne #0xc
   390: 00000094                       bl #0x0
        # hole +0x390: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   394: 880e40f9                       ldr x8, [x20, #0x18]
   398: 093d40f9                       ldr x9, [x8, #0x78]
   39c: 49010036                       tbz w9, #0x0, #0x28
   3a0: a90200f9                       str x9, [x21]
   3a4: 0a4140f9                       ldr x10, [x8, #0x80]
   3a8: aa010036                       tbz w10, #0x0, #0x34
   3ac: aa0600f9                       str x10, [x21, #0x8]
   3b0: 2b010a0a                       and w11, w9, w10
   3b4: 0b020037                       tbnz w11, #0x0, #0x40
   3b8: 64860091                       add x4, x19, #0x21
   3bc: 452e8052                       mov w5, #0x172
   3c0: 6effff17                       b #-0x248
   3c4: 2a0140f9                       ldr x10, [x9]
   3c8: 4a050091                       add x10, x10, #0x1
   3cc: 2a0100f9                       str x10, [x9]
   3d0: a90200f9                       str x9, [x21]
   3d4: 0a4140f9                       ldr x10, [x8, #0x80]
   3d8: aafe0737                       tbnz w10, #0x0, #-0x2c
   3dc: 4b0140f9                       ldr x11, [x10]
   3e0: 6b050091                       add x11, x11, #0x1
   3e4: 4b0100f9                       str x11, [x10]
   3e8: aa0600f9                       str x10, [x21, #0x8]
   3ec: 2b010a0a                       and w11, w9, w10
   3f0: 4bfe0736                       tbz w11, #0x0, #-0x38
   3f4: 4afd4193                       asr x10, x10, #1
   3f8: 4905898b                       add x9, x10, x9, asr #1
   3fc: 0a00f8d2                       mov x10, #-0x4000000000000000
   400: 3f010aab                       cmn x9, x10
   404: 05210054                       b.pl #0x420
   408: 2a008052                       mov w10, #0x1
   40c: 490509aa                       orr x9, x10, x9, lsl #1
   410: a90200f9                       str x9, [x21]
   414: 004540f9                       ldr x0, [x8, #0x88]
   418: 094500f9                       str x9, [x8, #0x88]
   41c: c0000037                       tbnz w0, #0x0, #0x18
   420: 080040f9                       ldr x8, [x0]
   424: 080500f1                       subs x8, x8, #0x1
   428: 080000f9                       str x8, [x0]
   42c: 41000054                       b.ne #0x8
   430: 00000094                       bl #0x0
        # hole +0x430: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   434: 09000090                       adrp x9, #0
        # hole +0x434: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   438: 290140f9                       ldr x9, [x9]
        # hole +0x438: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   43c: 89000037                       tbnz w9, #0x0, #0x10
   440: 280140f9                       ldr x8, [x9]
   444: 08050091                       add x8, x8, #0x1
   448: 280100f9                       str x8, [x9]
   44c: a90200f9                       str x9, [x21]
   450: 880e40f9                       ldr x8, [x20, #0x18]
   454: 004940f9                       ldr x0, [x8, #0x90]
   458: 094900f9                       str x9, [x8, #0x90]
   45c: e0000037                       tbnz w0, #0x0, #0x1c
   460: 090040f9                       ldr x9, [x0]
   464: 290500f1                       subs x9, x9, #0x1
   468: 090000f9                       str x9, [x0]
   46c: 61000054                       b.ne #0xc
   470: 00000094                       bl #0x0
        # hole +0x470: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   474: 880e40f9                       ldr x8, [x20, #0x18]
   478: 290c8052                       mov w9, #0x61
   47c: a90200f9                       str x9, [x21]
   480: 004d40f9                       ldr x0, [x8, #0x98]
   484: 094d00f9                       str x9, [x8, #0x98]
   488: e0000037                       tbnz w0, #0x0, #0x1c
   48c: 090040f9                       ldr x9, [x0]
   490: 290500f1                       subs x9, x9, #0x1
   494: 090000f9                       str x9, [x0]
   498: 61000054                       b.ne #0xc
   49c: 00000094                       bl #0x0
        # hole +0x49c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4a0: 880e40f9                       ldr x8, [x20, #0x18]
   4a4: 095140f9                       ldr x9, [x8, #0xa0]
   4a8: a9010036                       tbz w9, #0x0, #0x34
   4ac: a90200f9                       str x9, [x21]
   4b0: 0a5540f9                       ldr x10, [x8, #0xa8]
   4b4: 0a020036                       tbz w10, #0x0, #0x40
   4b8: aa0600f9                       str x10, [x21, #0x8]
   4bc: 2b010a0a                       and w11, w9, w10
   4c0: 6b020037                       tbnz w11, #0x0, #0x4c
   4c4: 64b20091                       add x4, x19, #0x2c
   4c8: 053c8052                       mov w5, #0x1e0
   4cc: 2bffff17                       b #-0x354
   4d0: 64060091                       add x4, x19, #0x1
   4d4: 45068052                       mov w5, #0x32
   4d8: 28ffff17                       b #-0x360
   4dc: 2a0140f9                       ldr x10, [x9]
   4e0: 4a050091                       add x10, x10, #0x1
   4e4: 2a0100f9                       str x10, [x9]
   4e8: a90200f9                       str x9, [x21]
   4ec: 0a5540f9                       ldr x10, [x8, #0xa8]
   4f0: 4afe0737                       tbnz w10, #0x0, #-0x38
   4f4: 4b0140f9                       ldr x11, [x10]
   4f8: 6b050091                       add x11, x11, #0x1
   4fc: 4b0100f9                       str x11, [x10]
   500: aa0600f9                       str x10, [x21, #0x8]
   504: 2b010a0a                       and w11, w9, w10
   508: ebfd0736                       tbz w11, #0x0, #-0x44
   50c: 29fd4193                       asr x9, x9, #1
   510: 29058acb                       sub x9, x9, x10, asr #1
   514: 0a00f8d2                       mov x10, #-0x4000000000000000
   518: 3f010aab                       cmn x9, x10
   51c: 05210054                       b.pl #0x420
   520: 2a008052                       mov w10, #0x1
   524: 490509aa                       orr x9, x10, x9, lsl #1
   528: a90200f9                       str x9, [x21]
   52c: 005940f9                       ldr x0, [x8, #0xb0]
   530: 095900f9                       str x9, [x8, #0xb0]
   534: c0000037                       tbnz w0, #0x0, #0x18
   538: 080040f9                       ldr x8, [x0]
   53c: 080500f1                       subs x8, x8, #0x1
   540: 080000f9                       str x8, [x0]
   544: 41000054                       b.ne #0x8
   548: 00000094                       bl #0x0
        # hole +0x548: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   54c: 09000090                       adrp x9, #0
        # hole +0x54c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   550: 290140f9                       ldr x9, [x9]
        # hole +0x550: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   554: 89000037                       tbnz w9, #0x0, #0x10
   558: 280140f9                       ldr x8, [x9]
   55c: 08050091                       add x8, x8, #0x1
   560: 280100f9                       str x8, [x9]
   564: a90200f9                       str x9, [x21]
   568: 880e40f9                       ldr x8, [x20, #0x18]
   56c: 005d40f9                       ldr x0, [x8, #0xb8]
   570: 095d00f9                       str x9, [x8, #0xb8]
   574: e0000037                       tbnz w0, #0x0, #0x1c
   578: 090040f9                       ldr x9, [x0]
   57c: 290500f1                       subs x9, x9, #0x1
   580: 090000f9                       str x9, [x0]
   584: 61000054                       b.ne #0xc
   588: 00000094                       bl #0x0
        # hole +0x588: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   58c: 880e40f9                       ldr x8, [x20, #0x18]
   590: e9208052                       mov w9, #0x107
   594: a90200f9                       str x9, [x21]
   598: 006140f9                       ldr x0, [x8, #0xc0]
   59c: 096100f9                       str x9, [x8, #0xc0]
   5a0: e0000037                       tbnz w0, #0x0, #0x1c
   5a4: 090040f9                       ldr x9, [x0]
   5a8: 290500f1                       subs x9, x9, #0x1
   5ac: 090000f9                       str x9, [x0]
   5b0: 61000054                       b.ne #0xc
   5b4: 00000094                       bl #0x0
        # hole +0x5b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5b8: 880e40f9                       ldr x8, [x20, #0x18]
   5bc: 096540f9                       ldr x9, [x8, #0xc8]
   5c0: a9010036                       tbz w9, #0x0, #0x34
   5c4: a90200f9                       str x9, [x21]
   5c8: 0a6940f9                       ldr x10, [x8, #0xd0]
   5cc: 0a020036                       tbz w10, #0x0, #0x40
   5d0: aa0600f9                       str x10, [x21, #0x8]
   5d4: 2b010a0a                       and w11, w9, w10
   5d8: 6b020037                       tbnz w11, #0x0, #0x4c
   5dc: 64de0091                       add x4, x19, #0x37
   5e0: c5498052                       mov w5, #0x24e
   5e4: e5feff17                       b #-0x46c
   5e8: 64320091                       add x4, x19, #0xc
   5ec: 05148052                       mov w5, #0xa0
   5f0: e2feff17                       b #-0x478
   5f4: 2a0140f9                       ldr x10, [x9]
   5f8: 4a050091                       add x10, x10, #0x1
   5fc: 2a0100f9                       str x10, [x9]
   600: a90200f9                       str x9, [x21]
   604: 0a6940f9                       ldr x10, [x8, #0xd0]
   608: 4afe0737                       tbnz w10, #0x0, #-0x38
   60c: 4b0140f9                       ldr x11, [x10]
   610: 6b050091                       add x11, x11, #0x1
   614: 4b0100f9                       str x11, [x10]
   618: aa0600f9                       str x10, [x21, #0x8]
   61c: 2b010a0a                       and w11, w9, w10
   620: ebfd0736                       tbz w11, #0x0, #-0x44
   624: 2bfd4193                       asr x11, x9, #1
   628: 4afd4193                       asr x10, x10, #1
   62c: 697d0a9b                       mul x9, x11, x10
   630: 6a7d4a9b                       smulh x10, x11, x10
   634: 5ffd89eb                       cmp x10, x9, asr #63
   638: 64e20091                       add x4, x19, #0x38
   63c: 054b8052                       mov w5, #0x258
   640: c1d9ff54                       b.ne #-0x4c8
   644: 0a00f8d2                       mov x10, #-0x4000000000000000
   648: 2a010a8b                       add x10, x9, x10
   64c: 6ad9ffb6                       tbz x10, #0x3f, #-0x4d4
   650: 2a008052                       mov w10, #0x1
   654: 490509aa                       orr x9, x10, x9, lsl #1
   658: a90200f9                       str x9, [x21]
   65c: 006d40f9                       ldr x0, [x8, #0xd8]
   660: 096d00f9                       str x9, [x8, #0xd8]
   664: c0000037                       tbnz w0, #0x0, #0x18
   668: 080040f9                       ldr x8, [x0]
   66c: 080500f1                       subs x8, x8, #0x1
   670: 080000f9                       str x8, [x0]
   674: 41000054                       b.ne #0x8
   678: 00000094                       bl #0x0
        # hole +0x678: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   67c: 09000090                       adrp x9, #0
        # hole +0x67c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   680: 290140f9                       ldr x9, [x9]
        # hole +0x680: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   684: 89000037                       tbnz w9, #0x0, #0x10
   688: 280140f9                       ldr x8, [x9]
   68c: 08050091                       add x8, x8, #0x1
   690: 280100f9                       str x8, [x9]
   694: a90200f9                       str x9, [x21]
   698: 880e40f9                       ldr x8, [x20, #0x18]
   69c: 007140f9                       ldr x0, [x8, #0xe0]
   6a0: 097100f9                       str x9, [x8, #0xe0]
   6a4: e0000037                       tbnz w0, #0x0, #0x1c
   6a8: 090040f9                       ldr x9, [x0]
   6ac: 290500f1                       subs x9, x9, #0x1
   6b0: 090000f9                       str x9, [x0]
   6b4: 61000054                       b.ne #0xc
   6b8: 00000094                       bl #0x0
        # hole +0x6b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6bc: 880e40f9                       ldr x8, [x20, #0x18]
   6c0: 69278052                       mov w9, #0x13b
   6c4: a90200f9                       str x9, [x21]
   6c8: 007540f9                       ldr x0, [x8, #0xe8]
   6cc: 097500f9                       str x9, [x8, #0xe8]
   6d0: e0000037                       tbnz w0, #0x0, #0x1c
   6d4: 090040f9                       ldr x9, [x0]
   6d8: 290500f1                       subs x9, x9, #0x1
   6dc: 090000f9                       str x9, [x0]
   6e0: 61000054                       b.ne #0xc
   6e4: 00000094                       bl #0x0
        # hole +0x6e4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6e8: 880e40f9                       ldr x8, [x20, #0x18]
   6ec: 097940f9                       ldr x9, [x8, #0xf0]
   6f0: 49010036                       tbz w9, #0x0, #0x28
   6f4: a90200f9                       str x9, [x21]
   6f8: 0a7d40f9                       ldr x10, [x8, #0xf8]
   6fc: aa010036                       tbz w10, #0x0, #0x34
   700: aa0600f9                       str x10, [x21, #0x8]
   704: 2b010a0a                       and w11, w9, w10
   708: 0b020037                       tbnz w11, #0x0, #0x40
   70c: 640a0191                       add x4, x19, #0x42
   710: 85578052                       mov w5, #0x2bc
   714: 99feff17                       b #-0x59c
   718: 2a0140f9                       ldr x10, [x9]
   71c: 4a050091                       add x10, x10, #0x1
   720: 2a0100f9                       str x10, [x9]
   724: a90200f9                       str x9, [x21]
   728: 0a7d40f9                       ldr x10, [x8, #0xf8]
   72c: aafe0737                       tbnz w10, #0x0, #-0x2c
   730: 4b0140f9                       ldr x11, [x10]
   734: 6b050091                       add x11, x11, #0x1
   738: 4b0100f9                       str x11, [x10]
   73c: aa0600f9                       str x10, [x21, #0x8]
   740: 2b010a0a                       and w11, w9, w10
   744: 4bfe0736                       tbz w11, #0x0, #-0x38
   748: 4afd4193                       asr x10, x10, #1
   74c: 4905898b                       add x9, x10, x9, asr #1
   750: 0a00f8d2                       mov x10, #-0x4000000000000000
   754: 3f010aab                       cmn x9, x10
   758: 65170054                       b.pl #0x2ec
   75c: 2a008052                       mov w10, #0x1
   760: 490509aa                       orr x9, x10, x9, lsl #1
   764: a90200f9                       str x9, [x21]
   768: 008140f9                       ldr x0, [x8, #0x100]
   76c: 098100f9                       str x9, [x8, #0x100]
   770: c0000037                       tbnz w0, #0x0, #0x18
   774: 080040f9                       ldr x8, [x0]
   778: 080500f1                       subs x8, x8, #0x1
   77c: 080000f9                       str x8, [x0]
   780: 41000054                       b.ne #0x8
   784: 00000094                       bl #0x0
        # hole +0x784: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   788: 09000090                       adrp x9, #0
        # hole +0x788: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   78c: 290140f9                       ldr x9, [x9]
        # hole +0x78c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   790: 89000037                       tbnz w9, #0x0, #0x10
   794: 280140f9                       ldr x8, [x9]
   798: 08050091                       add x8, x8, #0x1
   79c: 280100f9                       str x8, [x9]
   7a0: a90200f9                       str x9, [x21]
   7a4: 880e40f9                       ldr x8, [x20, #0x18]
   7a8: 008540f9                       ldr x0, [x8, #0x108]
   7ac: 098500f9                       str x9, [x8, #0x108]
   7b0: e0000037                       tbnz w0, #0x0, #0x1c
   7b4: 090040f9                       ldr x9, [x0]
   7b8: 290500f1                       subs x9, x9, #0x1
   7bc: 090000f9                       str x9, [x0]
   7c0: 61000054                       b.ne #0xc
   7c4: 00000094                       bl #0x0
        # hole +0x7c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7c8: 880e40f9                       ldr x8, [x20, #0x18]
   7cc: 29068052                       mov w9, #0x31
   7d0: a90200f9                       str x9, [x21]
   7d4: 008940f9                       ldr x0, [x8, #0x110]
   7d8: 098900f9                       str x9, [x8, #0x110]
   7dc: e0000037                       tbnz w0, #0x0, #0x1c
   7e0: 090040f9                       ldr x9, [x0]
   7e4: 290500f1                       subs x9, x9, #0x1
   7e8: 090000f9                       str x9, [x0]
   7ec: 61000054                       b.ne #0xc
   7f0: 00000094                       bl #0x0
        # hole +0x7f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7f4: 880e40f9                       ldr x8, [x20, #0x18]
   7f8: 098d40f9                       ldr x9, [x8, #0x118]
   7fc: a9010036                       tbz w9, #0x0, #0x34
   800: a90200f9                       str x9, [x21]
   804: 0a9140f9                       ldr x10, [x8, #0x120]
   808: 0a020036                       tbz w10, #0x0, #0x40
   80c: aa0600f9                       str x10, [x21, #0x8]
   810: 2b010a0a                       and w11, w9, w10
   814: 6b020037                       tbnz w11, #0x0, #0x4c
   818: 64360191                       add x4, x19, #0x4d
   81c: 45658052                       mov w5, #0x32a
   820: 56feff17                       b #-0x6a8
   824: 648a0091                       add x4, x19, #0x22
   828: 852f8052                       mov w5, #0x17c
   82c: 53feff17                       b #-0x6b4
   830: 2a0140f9                       ldr x10, [x9]
   834: 4a050091                       add x10, x10, #0x1
   838: 2a0100f9                       str x10, [x9]
   83c: a90200f9                       str x9, [x21]
   840: 0a9140f9                       ldr x10, [x8, #0x120]
   844: 4afe0737                       tbnz w10, #0x0, #-0x38
   848: 4b0140f9                       ldr x11, [x10]
   84c: 6b050091                       add x11, x11, #0x1
   850: 4b0100f9                       str x11, [x10]
   854: aa0600f9                       str x10, [x21, #0x8]
   858: 2b010a0a                       and w11, w9, w10
   85c: ebfd0736                       tbz w11, #0x0, #-0x44
   860: 29fd4193                       asr x9, x9, #1
   864: 29058acb                       sub x9, x9, x10, asr #1
   868: 0a00f8d2                       mov x10, #-0x4000000000000000
   86c: 3f010aab                       cmn x9, x10
   870: 050f0054                       b.pl #0x1e0
   874: 2a008052                       mov w10, #0x1
   878: 490509aa                       orr x9, x10, x9, lsl #1
   87c: a90200f9                       str x9, [x21]
   880: 009540f9                       ldr x0, [x8, #0x128]
   884: 099500f9                       str x9, [x8, #0x128]
   888: c0000037                       tbnz w0, #0x0, #0x18
   88c: 080040f9                       ldr x8, [x0]
   890: 080500f1                       subs x8, x8, #0x1
   894: 080000f9                       str x8, [x0]
   898: 41000054                       b.ne #0x8
   89c: 00000094                       bl #0x0
        # hole +0x89c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8a0: 09000090                       adrp x9, #0
        # hole +0x8a0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   8a4: 290140f9                       ldr x9, [x9]
        # hole +0x8a4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   8a8: 89000037                       tbnz w9, #0x0, #0x10
   8ac: 280140f9                       ldr x8, [x9]
   8b0: 08050091                       add x8, x8, #0x1
   8b4: 280100f9                       str x8, [x9]
   8b8: a90200f9                       str x9, [x21]
   8bc: 880e40f9                       ldr x8, [x20, #0x18]
   8c0: 009940f9                       ldr x0, [x8, #0x130]
   8c4: 099900f9                       str x9, [x8, #0x130]
   8c8: e0000037                       tbnz w0, #0x0, #0x1c
   8cc: 090040f9                       ldr x9, [x0]
   8d0: 290500f1                       subs x9, x9, #0x1
   8d4: 090000f9                       str x9, [x0]
   8d8: 61000054                       b.ne #0xc
   8dc: 00000094                       bl #0x0
        # hole +0x8dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8e0: 880e40f9                       ldr x8, [x20, #0x18]
   8e4: 29098052                       mov w9, #0x49
   8e8: a90200f9                       str x9, [x21]
   8ec: 009d40f9                       ldr x0, [x8, #0x138]
   8f0: 099d00f9                       str x9, [x8, #0x138]
   8f4: e0000037                       tbnz w0, #0x0, #0x1c
   8f8: 090040f9                       ldr x9, [x0]
   8fc: 290500f1                       subs x9, x9, #0x1
   900: 090000f9                       str x9, [x0]
   904: 61000054                       b.ne #0xc
   908: 00000094                       bl #0x0
        # hole +0x908: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   90c: 880e40f9                       ldr x8, [x20, #0x18]
   910: 09a140f9                       ldr x9, [x8, #0x140]
   914: a9010036                       tbz w9, #0x0, #0x34
   918: a90200f9                       str x9, [x21]
   91c: 0aa540f9                       ldr x10, [x8, #0x148]
   920: 0a020036                       tbz w10, #0x0, #0x40
   924: aa0600f9                       str x10, [x21, #0x8]
   928: 2b010a0a                       and w11, w9, w10
   92c: 6b020037                       tbnz w11, #0x0, #0x4c
   930: 64620191                       add x4, x19, #0x58
   934: 05738052                       mov w5, #0x398
   938: 10feff17                       b #-0x7c0
   93c: 64b60091                       add x4, x19, #0x2d
   940: 453d8052                       mov w5, #0x1ea
   944: 0dfeff17                       b #-0x7cc
   948: 2a0140f9                       ldr x10, [x9]
   94c: 4a050091                       add x10, x10, #0x1
   950: 2a0100f9                       str x10, [x9]
   954: a90200f9                       str x9, [x21]
   958: 0aa540f9                       ldr x10, [x8, #0x148]
   95c: 4afe0737                       tbnz w10, #0x0, #-0x38
   960: 4b0140f9                       ldr x11, [x10]
   964: 6b050091                       add x11, x11, #0x1
   968: 4b0100f9                       str x11, [x10]
   96c: aa0600f9                       str x10, [x21, #0x8]
   970: 2b010a0a                       and w11, w9, w10
   974: ebfd0736                       tbz w11, #0x0, #-0x44
   978: 2bfd4193                       asr x11, x9, #1
   97c: 4afd4193                       asr x10, x10, #1
   980: 697d0a9b                       mul x9, x11, x10
   984: 6a7d4a9b                       smulh x10, x11, x10
   988: 5ffd89eb                       cmp x10, x9, asr #63
   98c: 64660191                       add x4, x19, #0x59
   990: 45748052                       mov w5, #0x3a2
   994: 21bfff54                       b.ne #-0x81c
   998: 0a00f8d2                       mov x10, #-0x4000000000000000
   99c: 2a010a8b                       add x10, x9, x10
   9a0: cabeffb6                       tbz x10, #0x3f, #-0x828
   9a4: 2a008052                       mov w10, #0x1
   9a8: 490509aa                       orr x9, x10, x9, lsl #1
   9ac: a90200f9                       str x9, [x21]
   9b0: 00a940f9                       ldr x0, [x8, #0x150]
   9b4: 09a900f9                       str x9, [x8, #0x150]
   9b8: c0000037                       tbnz w0, #0x0, #0x18
   9bc: 080040f9                       ldr x8, [x0]
   9c0: 080500f1                       subs x8, x8, #0x1
   9c4: 080000f9                       str x8, [x0]
   9c8: 41000054                       b.ne #0x8
   9cc: 00000094                       bl #0x0
        # hole +0x9cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   9d0: 09000090                       adrp x9, #0
        # hole +0x9d0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9d4: 290140f9                       ldr x9, [x9]
        # hole +0x9d4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9d8: 89000037                       tbnz w9, #0x0, #0x10
   9dc: 280140f9                       ldr x8, [x9]
   9e0: 08050091                       add x8, x8, #0x1
   9e4: 280100f9                       str x8, [x9]
   9e8: a90200f9                       str x9, [x21]
   9ec: 880e40f9                       ldr x8, [x20, #0x18]
   9f0: 00ad40f9                       ldr x0, [x8, #0x158]
   9f4: 09ad00f9                       str x9, [x8, #0x158]
   9f8: e0000037                       tbnz w0, #0x0, #0x1c
   9fc: 090040f9                       ldr x9, [x0]
   a00: 290500f1                       subs x9, x9, #0x1
   a04: 090000f9                       str x9, [x0]
   a08: 61000054                       b.ne #0xc
   a0c: 00000094                       bl #0x0
        # hole +0xa0c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a10: 880e40f9                       ldr x8, [x20, #0x18]
   a14: 692c8052                       mov w9, #0x163
   a18: a90200f9                       str x9, [x21]
   a1c: 00b140f9                       ldr x0, [x8, #0x160]
   a20: 09b100f9                       str x9, [x8, #0x160]
   a24: c0000037                       tbnz w0, #0x0, #0x18
   a28: 080040f9                       ldr x8, [x0]
   a2c: 080500f1                       subs x8, x8, #0x1
   a30: 080000f9                       str x8, [x0]
   a34: 41000054                       b.ne #0x8
   a38: 00000094                       bl #0x0
        # hole +0xa38: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a3c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a40: 00000014                       b #0x0
        # hole +0xa40: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   a44: 640e0191                       add x4, x19, #0x43
   a48: c5588052                       mov w5, #0x2c6
   a4c: cbfdff17                       b #-0x8d4
   a50: 643a0191                       add x4, x19, #0x4e
   a54: 85668052                       mov w5, #0x334
   a58: c8fdff17                       b #-0x8e0
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[95]+0
        # hole data+0x8: GOT Abs64 operand0[84]+0
        # hole data+0x10: GOT Abs64 operand0[73]+0
        # hole data+0x18: GOT Abs64 operand0[62]+0
        # hole data+0x20: GOT Abs64 operand0[51]+0
        # hole data+0x28: GOT Abs64 operand0[40]+0
        # hole data+0x30: GOT Abs64 operand0[29]+0
        # hole data+0x38: GOT Abs64 operand0[18]+0
        # hole data+0x40: GOT Abs64 operand0[7]+0
