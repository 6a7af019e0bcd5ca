# stencil startup_loads for aarch64-apple-darwin: 2788 code bytes, 80 data bytes, 95 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 090140f9                       ldr x9, [x8]
     c: 29060036                       tbz w9, #0x0, #0xc4
    10: a90200f9                       str x9, [x21]
    14: 0a0540f9                       ldr x10, [x8, #0x8]
    18: 8a060036                       tbz w10, #0x0, #0xd0
    1c: aa0600f9                       str x10, [x21, #0x8]
    20: 2b010a0a                       and w11, w9, w10
    24: eb060036                       tbz w11, #0x0, #0xdc
    28: 4afd4193                       asr x10, x10, #1
    2c: 4905898b                       add x9, x10, x9, asr #1
    30: 0a00f8d2                       mov x10, #-0x4000000000000000
    34: 3f010aab                       cmn x9, x10
    38: 25250054                       b.pl #0x4a4
    3c: 2a008052                       mov w10, #0x1
    40: 490509aa                       orr x9, x10, x9, lsl #1
    44: a90200f9                       str x9, [x21]
    48: 000940f9                       ldr x0, [x8, #0x10]
    4c: 090900f9                       str x9, [x8, #0x10]
    50: a0000037                       tbnz w0, #0x0, #0x14
    54: 080040f9                       ldr x8, [x0]
    58: 080500f1                       subs x8, x8, #0x1
    5c: 080000f9                       str x8, [x0]
    60: a0050054                       b.eq #0xb4
    64: 09000090                       adrp x9, #0
        # hole +0x64: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+72
    68: 290140f9                       ldr x9, [x9]
        # hole +0x68: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+72
    6c: 89000037                       tbnz w9, #0x0, #0x10
    70: 280140f9                       ldr x8, [x9]
    74: 08050091                       add x8, x8, #0x1
    78: 280100f9                       str x8, [x9]
    7c: a90200f9                       str x9, [x21]
    80: 880e40f9                       ldr x8, [x20, #0x18]
    84: 000d40f9                       ldr x0, [x8, #0x18]
    88: 090d00f9                       str x9, [x8, #0x18]
    8c: a0000037                       tbnz w0, #0x0, #0x14
    90: 090040f9                       ldr x9, [x0]
    94: 290500f1                       subs x9, x9, #0x1
    98: 090000f9                       str x9, [x0]
    9c: 60040054                       b.eq #0x8c
    a0: e9238052                       mov w9, #0x11f
    a4: a90200f9                       str x9, [x21]
    a8: 001140f9                       ldr x0, [x8, #0x20]
    ac: 091100f9                       str x9, [x8, #0x20]
    b0: a0040037                       tbnz w0, #0x0, #0x94
    b4: 090040f9                       ldr x9, [x0]
    b8: 290500f1                       subs x9, x9, #0x1
    bc: 090000f9                       str x9, [x0]
    c0: 21040054                       b.ne #0x84
    c4: 00000094                       bl #0x0
        # hole +0xc4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: 880e40f9                       ldr x8, [x20, #0x18]
    cc: 1e000014                       b #0x78
    d0: 2a0140f9                       ldr x10, [x9]
    d4: 4a050091                       add x10, x10, #0x1
    d8: 2a0100f9                       str x10, [x9]
    dc: a90200f9                       str x9, [x21]
    e0: 0a0540f9                       ldr x10, [x8, #0x8]
    e4: caf90737                       tbnz w10, #0x0, #-0xc8
    e8: 4b0140f9                       ldr x11, [x10]
    ec: 6b050091                       add x11, x11, #0x1
    f0: 4b0100f9                       str x11, [x10]
    f4: aa0600f9                       str x10, [x21, #0x8]
    f8: 2b010a0a                       and w11, w9, w10
    fc: 6bf90737                       tbnz w11, #0x0, #-0xd4
   100: 08000090                       adrp x8, #0
        # hole +0x100: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   104: 080140f9                       ldr x8, [x8]
        # hole +0x104: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   108: 04110091                       add x4, x8, #0x4
   10c: 05058052                       mov w5, #0x28
   110: 19000014                       b #0x64
   114: 00000094                       bl #0x0
        # hole +0x114: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 09000090                       adrp x9, #0
        # hole +0x118: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+72
   11c: 290140f9                       ldr x9, [x9]
        # hole +0x11c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+72
   120: 89fa0736                       tbz w9, #0x0, #-0xb0
   124: d6ffff17                       b #-0xa8
   128: 00000094                       bl #0x0
        # hole +0x128: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: 880e40f9                       ldr x8, [x20, #0x18]
   130: e9238052                       mov w9, #0x11f
   134: a90200f9                       str x9, [x21]
   138: 001140f9                       ldr x0, [x8, #0x20]
   13c: 091100f9                       str x9, [x8, #0x20]
   140: a0fb0736                       tbz w0, #0x0, #-0x8c
   144: 091540f9                       ldr x9, [x8, #0x28]
   148: 49020036                       tbz w9, #0x0, #0x48
   14c: a90200f9                       str x9, [x21]
   150: 0a1940f9                       ldr x10, [x8, #0x30]
   154: aa020036                       tbz w10, #0x0, #0x54
   158: aa0600f9                       str x10, [x21, #0x8]
   15c: 2b010a0a                       and w11, w9, w10
   160: 0b030037                       tbnz w11, #0x0, #0x60
   164: 08000090                       adrp x8, #0
        # hole +0x164: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   168: 080140f9                       ldr x8, [x8]
        # hole +0x168: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   16c: 043d0091                       add x4, x8, #0xf
   170: c5128052                       mov w5, #0x96
   174: a1420091                       add x1, x21, #0x10
   178: e00314aa                       mov x0, x20
   17c: e20316aa                       mov x2, x22
   180: 23008052                       mov w3, #0x1
   184: 00000094                       bl #0x0
        # hole +0x184: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   188: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   18c: c0035fd6                       ret
   190: 2a0140f9                       ldr x10, [x9]
   194: 4a050091                       add x10, x10, #0x1
   198: 2a0100f9                       str x10, [x9]
   19c: a90200f9                       str x9, [x21]
   1a0: 0a1940f9                       ldr x10, [x8, #0x30]
   1a4: aafd0737                       tbnz w10, #0x0, #-0x4c
   1a8: 4b0140f9                       ldr x11, [x10]
   1ac: 6b050091                       add x11, x11, #0x1
   1b0: 4b0100f9                       str x11, [x10]
   1b4: aa0600f9                       str x10, [x21, #0x8]
   1b8: 2b010a0a                       and w11, w9, w10
   1bc: 4bfd0736                       tbz w11, #0x0, #-0x58
   1c0: 29fd4193                       asr x9, x9, #1
   1c4: 29058acb                       sub x9, x9, x10, asr #1
   1c8: 0a00f8d2                       mov x10, #-0x4000000000000000
   1cc: 3f010aab                       cmn x9, x10
   1d0: a5210054                       b.pl #0x434
   1d4: 2a008052                       mov w10, #0x1
   1d8: 490509aa                       orr x9, x10, x9, lsl #1
   1dc: a90200f9                       str x9, [x21]
   1e0: 001d40f9                       ldr x0, [x8, #0x38]
   1e4: 091d00f9                       str x9, [x8, #0x38]
   1e8: c0000037                       tbnz w0, #0x0, #0x18
   1ec: 080040f9                       ldr x8, [x0]
   1f0: 080500f1                       subs x8, x8, #0x1
   1f4: 080000f9                       str x8, [x0]
   1f8: 41000054                       b.ne #0x8
   1fc: 00000094                       bl #0x0
        # hole +0x1fc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   200: 09000090                       adrp x9, #0
        # hole +0x200: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
   204: 290140f9                       ldr x9, [x9]
        # hole +0x204: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
   208: 89000037                       tbnz w9, #0x0, #0x10
   20c: 280140f9                       ldr x8, [x9]
   210: 08050091                       add x8, x8, #0x1
   214: 280100f9                       str x8, [x9]
   218: a90200f9                       str x9, [x21]
   21c: 880e40f9                       ldr x8, [x20, #0x18]
   220: 002140f9                       ldr x0, [x8, #0x40]
   224: 092100f9                       str x9, [x8, #0x40]
   228: e0000037                       tbnz w0, #0x0, #0x1c
   22c: 090040f9                       ldr x9, [x0]
   230: 290500f1                       subs x9, x9, #0x1
   234: 090000f9                       str x9, [x0]
   238: 61000054                       b.ne #0xc
   23c: 00000094                       bl #0x0
        # hole +0x23c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   240: 880e40f9                       ldr x8, [x20, #0x18]
   244: e9318052                       mov w9, #0x18f
   248: a90200f9                       str x9, [x21]
   24c: 002540f9                       ldr x0, [x8, #0x48]
   250: 092500f9                       str x9, [x8, #0x48]
   254: e0000037                       tbnz w0, #0x0, #0x1c
   258: 090040f9                       ldr x9, [x0]
   25c: 290500f1                       subs x9, x9, #0x1
   260: 090000f9                       str x9, [x0]
   264: 61000054                       b.ne #0xc
   268: 00000094                       bl #0x0
        # hole +0x268: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   26c: 880e40f9                       ldr x8, [x20, #0x18]
   270: 092940f9                       ldr x9, [x8, #0x50]
   274: 89010036                       tbz w9, #0x0, #0x30
   278: a90200f9                       str x9, [x21]
   27c: 0a2d40f9                       ldr x10, [x8, #0x58]
   280: ea010036                       tbz w10, #0x0, #0x3c
   284: aa0600f9                       str x10, [x21, #0x8]
   288: 2b010a0a                       and w11, w9, w10
   28c: 4b020037                       tbnz w11, #0x0, #0x48
   290: 08000090                       adrp x8, #0
        # hole +0x290: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   294: 080140f9                       ldr x8, [x8]
        # hole +0x294: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   298: 04690091                       add x4, x8, #0x1a
   29c: 85208052                       mov w5, #0x104
   2a0: b5ffff17                       b #-0x12c
   2a4: 2a0140f9                       ldr x10, [x9]
   2a8: 4a050091                       add x10, x10, #0x1
   2ac: 2a0100f9                       str x10, [x9]
   2b0: a90200f9                       str x9, [x21]
   2b4: 0a2d40f9                       ldr x10, [x8, #0x58]
   2b8: 6afe0737                       tbnz w10, #0x0, #-0x34
   2bc: 4b0140f9                       ldr x11, [x10]
   2c0: 6b050091                       add x11, x11, #0x1
   2c4: 4b0100f9                       str x11, [x10]
   2c8: aa0600f9                       str x10, [x21, #0x8]
   2cc: 2b010a0a                       and w11, w9, w10
   2d0: 0bfe0736                       tbz w11, #0x0, #-0x40
   2d4: 2bfd4193                       asr x11, x9, #1
   2d8: 4afd4193                       asr x10, x10, #1
   2dc: 697d0a9b                       mul x9, x11, x10
   2e0: 6a7d4a9b                       smulh x10, x11, x10
   2e4: 5ffd89eb                       cmp x10, x9, asr #63
   2e8: a1220054                       b.ne #0x454
   2ec: 0a00f8d2                       mov x10, #-0x4000000000000000
   2f0: 2a010a8b                       add x10, x9, x10
   2f4: 4a22f8b6                       tbz x10, #0x3f, #0x448
   2f8: 2a008052                       mov w10, #0x1
   2fc: 490509aa                       orr x9, x10, x9, lsl #1
   300: a90200f9                       str x9, [x21]
   304: 003140f9                       ldr x0, [x8, #0x60]
   308: 093100f9                       str x9, [x8, #0x60]
   30c: c0000037                       tbnz w0, #0x0, #0x18
   310: 080040f9                       ldr x8, [x0]
   314: 080500f1                       subs x8, x8, #0x1
   318: 080000f9                       str x8, [x0]
   31c: 41000054                       b.ne #0x8
   320: 00000094                       bl #0x0
        # hole +0x320: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   324: 09000090                       adrp x9, #0
        # hole +0x324: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   328: 290140f9                       ldr x9, [x9]
        # hole +0x328: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   32c: 89000037                       tbnz w9, #0x0, #0x10
   330: 280140f9                       ldr x8, [x9]
   334: 08050091                       add x8, x8, #0x1
   338: 280100f9                       str x8, [x9]
   33c: a90200f9                       str x9, [x21]
   340: 880e40f9                       ldr x8, [x20, #0x18]
   344: 003540f9                       ldr x0, [x8, #0x68]
   348: 093500f9                       str x9, [x8, #0x68]
   34c: e0000037                       tbnz w0, #0x0, #0x1c
   350: 090040f9                       ldr x9, [x0]
   354: 290500f1                       subs x9, x9, #0x1
   358: 090000f9                       str x9, [x0]
   35c: 61000054                       b.ne #0xc
   360: 00000094                       bl #0x0
        # hole +0x360: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   364: 880e40f9                       ldr x8, [x20, #0x18]
   368: a9208052                       mov w9, #0x105
   36c: a90200f9                       str x9, [x21]
   370: 003940f9                       ldr x0, [x8, #0x70]
   374: 093900f9                       str x9, [x8, #0x70]
   378: e0000037                       tbnz w0, #0x0, #0x1c
   37c: 090040f9                       ldr x9, [x0]
   380: 290500f1                       subs x9, x9, #0x1
   384: 090000f9                       str x9, [x0]
   388: 61000054                       b.ne #0xc
   38c: 00000094                       bl #0x0
        # hole +0x38c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   390: 880e40f9                       ldr x8, [x20, #0x18]
   394: 093d40f9                       ldr x9, [x8, #0x78]
   398: 89010036                       tbz w9, #0x0, #0x30
   39c: a90200f9                       str x9, [x21]
   3a0: 0a4140f9                       ldr x10, [x8, #0x80]
   3a4: ea010036                       tbz w10, #0x0, #0x3c
   3a8: aa0600f9                       str x10, [x21, #0x8]
   3ac: 2b010a0a                       and w11, w9, w10
   3b0: 4b020037                       tbnz w11, #0x0, #0x48
   3b4: 08000090                       adrp x8, #0
        # hole +0x3b4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3b8: 080140f9                       ldr x8, [x8]
        # hole +0x3b8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3bc: 04950091                       add x4, x8, #0x25
   3c0: 452e8052                       mov w5, #0x172
   3c4: 6cffff17                       b #-0x250
   3c8: 2a0140f9                       ldr x10, [x9]
   3cc: 4a050091                       add x10, x10, #0x1
   3d0: 2a0100f9                       str x10, [x9]
   3d4: a90200f9                       str x9, [x21]
   3d8: 0a4140f9                       ldr x10, [x8, #0x80]
   3dc: 6afe0737                       tbnz w10, #0x0, #-0x34
   3e0: 4b0140f9                       ldr x11, [x10]
   3e4: 6b050091                       add x11, x11, #0x1
   3e8: 4b0100f9                       str x11, [x10]
   3ec: aa0600f9                       str x10, [x21, #0x8]
   3f0: 2b010a0a                       and w11, w9, w10
   3f4: 0bfe0736                       tbz w11, #0x0, #-0x40
   3f8: 4afd4193                       asr x10, x10, #1
   3fc: 4905898b                       add x9, x10, x9, asr #1
   400: 0a00f8d2                       mov x10, #-0x4000000000000000
   404: 3f010aab                       cmn x9, x10
   408: e5220054                       b.pl #0x45c
   40c: 2a008052                       mov w10, #0x1
   410: 490509aa                       orr x9, x10, x9, lsl #1
   414: a90200f9                       str x9, [x21]
   418: 004540f9                       ldr x0, [x8, #0x88]
   41c: 094500f9                       str x9, [x8, #0x88]
   420: c0000037                       tbnz w0, #0x0, #0x18
   424: 080040f9                       ldr x8, [x0]
   428: 080500f1                       subs x8, x8, #0x1
   42c: 080000f9                       str x8, [x0]
   430: 41000054                       b.ne #0x8
   434: 00000094                       bl #0x0
        # hole +0x434: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   438: 09000090                       adrp x9, #0
        # hole +0x438: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   43c: 290140f9                       ldr x9, [x9]
        # hole +0x43c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   440: 89000037                       tbnz w9, #0x0, #0x10
   444: 280140f9                       ldr x8, [x9]
   448: 08050091                       add x8, x8, #0x1
   44c: 280100f9                       str x8, [x9]
   450: a90200f9                       str x9, [x21]
   454: 880e40f9                       ldr x8, [x20, #0x18]
   458: 004940f9                       ldr x0, [x8, #0x90]
   45c: 094900f9                       str x9, [x8, #0x90]
   460: e0000037                       tbnz w0, #0x0, #0x1c
   464: 090040f9                       ldr x9, [x0]
   468: 290500f1                       subs x9, x9, #0x1
   46c: 090000f9                       str x9, [x0]
   470: 61000054                       b.ne #0xc
   474: 00000094                       bl #0x0
        # hole +0x474: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   478: 880e40f9                       ldr x8, [x20, #0x18]
   47c: 290c8052                       mov w9, #0x61
   480: a90200f9                       str x9, [x21]
   484: 004d40f9                       ldr x0, [x8, #0x98]
   488: 094d00f9                       str x9, [x8, #0x98]
   48c: e0000037                       tbnz w0, #0x0, #0x1c
   490: 090040f9                       ldr x9, [x0]
   494: 290500f1                       subs x9, x9, #0x1
   498: 090000f9                       str x9, [x0]
   49c: 61000054                       b.ne #0xc
   4a0: 00000094                       bl #0x0
        # hole +0x4a0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4a4: 880e40f9                       ldr x8, [x20, #0x18]
   4a8: 095140f9                       ldr x9, [x8, #0xa0]
   4ac: 29020036                       tbz w9, #0x0, #0x44
   4b0: a90200f9                       str x9, [x21]
   4b4: 0a5540f9                       ldr x10, [x8, #0xa8]
   4b8: 8a020036                       tbz w10, #0x0, #0x50
   4bc: aa0600f9                       str x10, [x21, #0x8]
   4c0: 2b010a0a                       and w11, w9, w10
   4c4: eb020037                       tbnz w11, #0x0, #0x5c
   4c8: 08000090                       adrp x8, #0
        # hole +0x4c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4cc: 080140f9                       ldr x8, [x8]
        # hole +0x4cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4d0: 04c10091                       add x4, x8, #0x30
   4d4: 053c8052                       mov w5, #0x1e0
   4d8: 27ffff17                       b #-0x364
   4dc: 08000090                       adrp x8, #0
        # hole +0x4dc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4e0: 080140f9                       ldr x8, [x8]
        # hole +0x4e0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4e4: 04150091                       add x4, x8, #0x5
   4e8: 45068052                       mov w5, #0x32
   4ec: 22ffff17                       b #-0x378
   4f0: 2a0140f9                       ldr x10, [x9]
   4f4: 4a050091                       add x10, x10, #0x1
   4f8: 2a0100f9                       str x10, [x9]
   4fc: a90200f9                       str x9, [x21]
   500: 0a5540f9                       ldr x10, [x8, #0xa8]
   504: cafd0737                       tbnz w10, #0x0, #-0x48
   508: 4b0140f9                       ldr x11, [x10]
   50c: 6b050091                       add x11, x11, #0x1
   510: 4b0100f9                       str x11, [x10]
   514: aa0600f9                       str x10, [x21, #0x8]
   518: 2b010a0a                       and w11, w9, w10
   51c: 6bfd0736                       tbz w11, #0x0, #-0x54
   520: 29fd4193                       asr x9, x9, #1
   524: 29058acb                       sub x9, x9, x10, asr #1
   528: 0a00f8d2                       mov x10, #-0x4000000000000000
   52c: 3f010aab                       cmn x9, x10
   530: e5220054                       b.pl #0x45c
   534: 2a008052                       mov w10, #0x1
   538: 490509aa                       orr x9, x10, x9, lsl #1
   53c: a90200f9                       str x9, [x21]
   540: 005940f9                       ldr x0, [x8, #0xb0]
   544: 095900f9                       str x9, [x8, #0xb0]
   548: c0000037                       tbnz w0, #0x0, #0x18
   54c: 080040f9                       ldr x8, [x0]
   550: 080500f1                       subs x8, x8, #0x1
   554: 080000f9                       str x8, [x0]
   558: 41000054                       b.ne #0x8
   55c: 00000094                       bl #0x0
        # hole +0x55c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   560: 09000090                       adrp x9, #0
        # hole +0x560: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   564: 290140f9                       ldr x9, [x9]
        # hole +0x564: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   568: 89000037                       tbnz w9, #0x0, #0x10
   56c: 280140f9                       ldr x8, [x9]
   570: 08050091                       add x8, x8, #0x1
   574: 280100f9                       str x8, [x9]
   578: a90200f9                       str x9, [x21]
   57c: 880e40f9                       ldr x8, [x20, #0x18]
   580: 005d40f9                       ldr x0, [x8, #0xb8]
   584: 095d00f9                       str x9, [x8, #0xb8]
   588: e0000037                       tbnz w0, #0x0, #0x1c
   58c: 090040f9                       ldr x9, [x0]
   590: 290500f1                       subs x9, x9, #0x1
   594: 090000f9                       str x9, [x0]
   598: 61000054                       b.ne #0xc
   59c: 00000094                       bl #0x0
        # hole +0x59c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5a0: 880e40f9                       ldr x8, [x20, #0x18]
   5a4: e9208052                       mov w9, #0x107
   5a8: a90200f9                       str x9, [x21]
   5ac: 006140f9                       ldr x0, [x8, #0xc0]
   5b0: 096100f9                       str x9, [x8, #0xc0]
   5b4: e0000037                       tbnz w0, #0x0, #0x1c
   5b8: 090040f9                       ldr x9, [x0]
   5bc: 290500f1                       subs x9, x9, #0x1
   5c0: 090000f9                       str x9, [x0]
   5c4: 61000054                       b.ne #0xc
   5c8: 00000094                       bl #0x0
        # hole +0x5c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5cc: 880e40f9                       ldr x8, [x20, #0x18]
   5d0: 096540f9                       ldr x9, [x8, #0xc8]
   5d4: 29020036                       tbz w9, #0x0, #0x44
   5d8: a90200f9                       str x9, [x21]
   5dc: 0a6940f9                       ldr x10, [x8, #0xd0]
   5e0: 8a020036                       tbz w10, #0x0, #0x50
   5e4: aa0600f9                       str x10, [x21, #0x8]
   5e8: 2b010a0a                       and w11, w9, w10
   5ec: eb020037                       tbnz w11, #0x0, #0x5c
   5f0: 08000090                       adrp x8, #0
        # hole +0x5f0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5f4: 080140f9                       ldr x8, [x8]
        # hole +0x5f4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5f8: 04ed0091                       add x4, x8, #0x3b
   5fc: c5498052                       mov w5, #0x24e
   600: ddfeff17                       b #-0x48c
   604: 08000090                       adrp x8, #0
        # hole +0x604: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   608: 080140f9                       ldr x8, [x8]
        # hole +0x608: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   60c: 04410091                       add x4, x8, #0x10
   610: 05148052                       mov w5, #0xa0
   614: d8feff17                       b #-0x4a0
   618: 2a0140f9                       ldr x10, [x9]
   61c: 4a050091                       add x10, x10, #0x1
   620: 2a0100f9                       str x10, [x9]
   624: a90200f9                       str x9, [x21]
   628: 0a6940f9                       ldr x10, [x8, #0xd0]
   62c: cafd0737                       tbnz w10, #0x0, #-0x48
   630: 4b0140f9                       ldr x11, [x10]
   634: 6b050091                       add x11, x11, #0x1
   638: 4b0100f9                       str x11, [x10]
   63c: aa0600f9                       str x10, [x21, #0x8]
   640: 2b010a0a                       and w11, w9, w10
   644: 6bfd0736                       tbz w11, #0x0, #-0x54
   648: 2bfd4193                       asr x11, x9, #1
   64c: 4afd4193                       asr x10, x10, #1
   650: 697d0a9b                       mul x9, x11, x10
   654: 6a7d4a9b                       smulh x10, x11, x10
   658: 5ffd89eb                       cmp x10, x9, asr #63
   65c: c1210054                       b.ne #0x438
   660: 0a00f8d2                       mov x10, #-0x4000000000000000
   664: 2a010a8b                       add x10, x9, x10
   668: 6a21f8b6                       tbz x10, #0x3f, #0x42c
   66c: 2a008052                       mov w10, #0x1
   670: 490509aa                       orr x9, x10, x9, lsl #1
   674: a90200f9                       str x9, [x21]
   678: 006d40f9                       ldr x0, [x8, #0xd8]
   67c: 096d00f9                       str x9, [x8, #0xd8]
   680: c0000037                       tbnz w0, #0x0, #0x18
   684: 080040f9                       ldr x8, [x0]
   688: 080500f1                       subs x8, x8, #0x1
   68c: 080000f9                       str x8, [x0]
   690: 41000054                       b.ne #0x8
   694: 00000094                       bl #0x0
        # hole +0x694: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   698: 09000090                       adrp x9, #0
        # hole +0x698: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   69c: 290140f9                       ldr x9, [x9]
        # hole +0x69c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   6a0: 89000037                       tbnz w9, #0x0, #0x10
   6a4: 280140f9                       ldr x8, [x9]
   6a8: 08050091                       add x8, x8, #0x1
   6ac: 280100f9                       str x8, [x9]
   6b0: a90200f9                       str x9, [x21]
   6b4: 880e40f9                       ldr x8, [x20, #0x18]
   6b8: 007140f9                       ldr x0, [x8, #0xe0]
   6bc: 097100f9                       str x9, [x8, #0xe0]
   6c0: e0000037                       tbnz w0, #0x0, #0x1c
   6c4: 090040f9                       ldr x9, [x0]
   6c8: 290500f1                       subs x9, x9, #0x1
   6cc: 090000f9                       str x9, [x0]
   6d0: 61000054                       b.ne #0xc
   6d4: 00000094                       bl #0x0
        # hole +0x6d4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6d8: 880e40f9                       ldr x8, [x20, #0x18]
   6dc: 69278052                       mov w9, #0x13b
   6e0: a90200f9                       str x9, [x21]
   6e4: 007540f9                       ldr x0, [x8, #0xe8]
   6e8: 097500f9                       str x9, [x8, #0xe8]
   6ec: e0000037                       tbnz w0, #0x0, #0x1c
   6f0: 090040f9                       ldr x9, [x0]
   6f4: 290500f1                       subs x9, x9, #0x1
   6f8: 090000f9                       str x9, [x0]
   6fc: 61000054                       b.ne #0xc
   700: 00000094                       bl #0x0
        # hole +0x700: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   704: 880e40f9                       ldr x8, [x20, #0x18]
   708: 097940f9                       ldr x9, [x8, #0xf0]
   70c: 29020036                       tbz w9, #0x0, #0x44
   710: a90200f9                       str x9, [x21]
   714: 0a7d40f9                       ldr x10, [x8, #0xf8]
   718: 8a020036                       tbz w10, #0x0, #0x50
   71c: aa0600f9                       str x10, [x21, #0x8]
   720: 2b010a0a                       and w11, w9, w10
   724: eb020037                       tbnz w11, #0x0, #0x5c
   728: 08000090                       adrp x8, #0
        # hole +0x728: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   72c: 080140f9                       ldr x8, [x8]
        # hole +0x72c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   730: 04190191                       add x4, x8, #0x46
   734: 85578052                       mov w5, #0x2bc
   738: 8ffeff17                       b #-0x5c4
   73c: 08000090                       adrp x8, #0
        # hole +0x73c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   740: 080140f9                       ldr x8, [x8]
        # hole +0x740: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   744: 046d0091                       add x4, x8, #0x1b
   748: c5218052                       mov w5, #0x10e
   74c: 8afeff17                       b #-0x5d8
   750: 2a0140f9                       ldr x10, [x9]
   754: 4a050091                       add x10, x10, #0x1
   758: 2a0100f9                       str x10, [x9]
   75c: a90200f9                       str x9, [x21]
   760: 0a7d40f9                       ldr x10, [x8, #0xf8]
   764: cafd0737                       tbnz w10, #0x0, #-0x48
   768: 4b0140f9                       ldr x11, [x10]
   76c: 6b050091                       add x11, x11, #0x1
   770: 4b0100f9                       str x11, [x10]
   774: aa0600f9                       str x10, [x21, #0x8]
   778: 2b010a0a                       and w11, w9, w10
   77c: 6bfd0736                       tbz w11, #0x0, #-0x54
   780: 4afd4193                       asr x10, x10, #1
   784: 4905898b                       add x9, x10, x9, asr #1
   788: 0a00f8d2                       mov x10, #-0x4000000000000000
   78c: 3f010aab                       cmn x9, x10
   790: c5180054                       b.pl #0x318
   794: 2a008052                       mov w10, #0x1
   798: 490509aa                       orr x9, x10, x9, lsl #1
   79c: a90200f9                       str x9, [x21]
   7a0: 008140f9                       ldr x0, [x8, #0x100]
   7a4: 098100f9                       str x9, [x8, #0x100]
   7a8: c0000037                       tbnz w0, #0x0, #0x18
   7ac: 080040f9                       ldr x8, [x0]
   7b0: 080500f1                       subs x8, x8, #0x1
   7b4: 080000f9                       str x8, [x0]
   7b8: 41000054                       b.ne #0x8
   7bc: 00000094                       bl #0x0
        # hole +0x7bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7c0: 09000090                       adrp x9, #0
        # hole +0x7c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   7c4: 290140f9                       ldr x9, [x9]
        # hole +0x7c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   7c8: 89000037                       tbnz w9, #0x0, #0x10
   7cc: 280140f9                       ldr x8, [x9]
   7d0: 08050091                       add x8, x8, #0x1
   7d4: 280100f9                       str x8, [x9]
   7d8: a90200f9                       str x9, [x21]
   7dc: 880e40f9                       ldr x8, [x20, #0x18]
   7e0: 008540f9                       ldr x0, [x8, #0x108]
   7e4: 098500f9                       str x9, [x8, #0x108]
   7e8: e0000037                       tbnz w0, #0x0, #0x1c
   7ec: 090040f9                       ldr x9, [x0]
   7f0: 290500f1                       subs x9, x9, #0x1
   7f4: 090000f9                       str x9, [x0]
   7f8: 61000054                       b.ne #0xc
   7fc: 00000094                       bl #0x0
        # hole +0x7fc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   800: 880e40f9                       ldr x8, [x20, #0x18]
   804: 29068052                       mov w9, #0x31
   808: a90200f9                       str x9, [x21]
   80c: 008940f9                       ldr x0, [x8, #0x110]
   810: 098900f9                       str x9, [x8, #0x110]
   814: e0000037                       tbnz w0, #0x0, #0x1c
   818: 090040f9                       ldr x9, [x0]
   81c: 290500f1                       subs x9, x9, #0x1
   820: 090000f9                       str x9, [x0]
   824: 61000054                       b.ne #0xc
   828: 00000094                       bl #0x0
        # hole +0x828: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   82c: 880e40f9                       ldr x8, [x20, #0x18]
   830: 098d40f9                       ldr x9, [x8, #0x118]
   834: 29020036                       tbz w9, #0x0, #0x44
   838: a90200f9                       str x9, [x21]
   83c: 0a9140f9                       ldr x10, [x8, #0x120]
   840: 8a020036                       tbz w10, #0x0, #0x50
   844: aa0600f9                       str x10, [x21, #0x8]
   848: 2b010a0a                       and w11, w9, w10
   84c: eb020037                       tbnz w11, #0x0, #0x5c
   850: 08000090                       adrp x8, #0
        # hole +0x850: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   854: 080140f9                       ldr x8, [x8]
        # hole +0x854: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   858: 04450191                       add x4, x8, #0x51
   85c: 45658052                       mov w5, #0x32a
   860: 45feff17                       b #-0x6ec
   864: 08000090                       adrp x8, #0
        # hole +0x864: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   868: 080140f9                       ldr x8, [x8]
        # hole +0x868: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   86c: 04990091                       add x4, x8, #0x26
   870: 852f8052                       mov w5, #0x17c
   874: 40feff17                       b #-0x700
   878: 2a0140f9                       ldr x10, [x9]
   87c: 4a050091                       add x10, x10, #0x1
   880: 2a0100f9                       str x10, [x9]
   884: a90200f9                       str x9, [x21]
   888: 0a9140f9                       ldr x10, [x8, #0x120]
   88c: cafd0737                       tbnz w10, #0x0, #-0x48
   890: 4b0140f9                       ldr x11, [x10]
   894: 6b050091                       add x11, x11, #0x1
   898: 4b0100f9                       str x11, [x10]
   89c: aa0600f9                       str x10, [x21, #0x8]
   8a0: 2b010a0a                       and w11, w9, w10
   8a4: 6bfd0736                       tbz w11, #0x0, #-0x54
   8a8: 29fd4193                       asr x9, x9, #1
   8ac: 29058acb                       sub x9, x9, x10, asr #1
   8b0: 0a00f8d2                       mov x10, #-0x4000000000000000
   8b4: 3f010aab                       cmn x9, x10
   8b8: 25100054                       b.pl #0x204
   8bc: 2a008052                       mov w10, #0x1
   8c0: 490509aa                       orr x9, x10, x9, lsl #1
   8c4: a90200f9                       str x9, [x21]
   8c8: 009540f9                       ldr x0, [x8, #0x128]
   8cc: 099500f9                       str x9, [x8, #0x128]
   8d0: c0000037                       tbnz w0, #0x0, #0x18
   8d4: 080040f9                       ldr x8, [x0]
   8d8: 080500f1                       subs x8, x8, #0x1
   8dc: 080000f9                       str x8, [x0]
   8e0: 41000054                       b.ne #0x8
   8e4: 00000094                       bl #0x0
        # hole +0x8e4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8e8: 09000090                       adrp x9, #0
        # hole +0x8e8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   8ec: 290140f9                       ldr x9, [x9]
        # hole +0x8ec: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   8f0: 89000037                       tbnz w9, #0x0, #0x10
   8f4: 280140f9                       ldr x8, [x9]
   8f8: 08050091                       add x8, x8, #0x1
   8fc: 280100f9                       str x8, [x9]
   900: a90200f9                       str x9, [x21]
   904: 880e40f9                       ldr x8, [x20, #0x18]
   908: 009940f9                       ldr x0, [x8, #0x130]
   90c: 099900f9                       str x9, [x8, #0x130]
   910: e0000037                       tbnz w0, #0x0, #0x1c
   914: 090040f9                       ldr x9, [x0]
   918: 290500f1                       subs x9, x9, #0x1
   91c: 090000f9                       str x9, [x0]
   920: 61000054                       b.ne #0xc
   924: 00000094                       bl #0x0
        # hole +0x924: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   928: 880e40f9                       ldr x8, [x20, #0x18]
   92c: 29098052                       mov w9, #0x49
   930: a90200f9                       str x9, [x21]
   934: 009d40f9                       ldr x0, [x8, #0x138]
   938: 099d00f9                       str x9, [x8, #0x138]
   93c: e0000037                       tbnz w0, #0x0, #0x1c
   940: 090040f9                       ldr x9, [x0]
   944: 290500f1                       subs x9, x9, #0x1
   948: 090000f9                       str x9, [x0]
   94c: 61000054                       b.ne #0xc
   950: 00000094                       bl #0x0
        # hole +0x950: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   954: 880e40f9                       ldr x8, [x20, #0x18]
   958: 09a140f9                       ldr x9, [x8, #0x140]
   95c: 29020036                       tbz w9, #0x0, #0x44
   960: a90200f9                       str x9, [x21]
   964: 0aa540f9                       ldr x10, [x8, #0x148]
   968: 8a020036                       tbz w10, #0x0, #0x50
   96c: aa0600f9                       str x10, [x21, #0x8]
   970: 2b010a0a                       and w11, w9, w10
   974: eb020037                       tbnz w11, #0x0, #0x5c
   978: 08000090                       adrp x8, #0
        # hole +0x978: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   97c: 080140f9                       ldr x8, [x8]
        # hole +0x97c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   980: 04710191                       add x4, x8, #0x5c
   984: 05738052                       mov w5, #0x398
   988: fbfdff17                       b #-0x814
   98c: 08000090                       adrp x8, #0
        # hole +0x98c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   990: 080140f9                       ldr x8, [x8]
        # hole +0x990: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   994: 04c50091                       add x4, x8, #0x31
   998: 453d8052                       mov w5, #0x1ea
   99c: f6fdff17                       b #-0x828
   9a0: 2a0140f9                       ldr x10, [x9]
   9a4: 4a050091                       add x10, x10, #0x1
   9a8: 2a0100f9                       str x10, [x9]
   9ac: a90200f9                       str x9, [x21]
   9b0: 0aa540f9                       ldr x10, [x8, #0x148]
   9b4: cafd0737                       tbnz w10, #0x0, #-0x48
   9b8: 4b0140f9                       ldr x11, [x10]
   9bc: 6b050091                       add x11, x11, #0x1
   9c0: 4b0100f9                       str x11, [x10]
   9c4: aa0600f9                       str x10, [x21, #0x8]
   9c8: 2b010a0a                       and w11, w9, w10
   9cc: 6bfd0736                       tbz w11, #0x0, #-0x54
   9d0: 2bfd4193                       asr x11, x9, #1
   9d4: 4afd4193                       asr x10, x10, #1
   9d8: 697d0a9b                       mul x9, x11, x10
   9dc: 6a7d4a9b                       smulh x10, x11, x10
   9e0: 5ffd89eb                       cmp x10, x9, asr #63
   9e4: 61070054                       b.ne #0xec
   9e8: 0a00f8d2                       mov x10, #-0x4000000000000000
   9ec: 2a010a8b                       add x10, x9, x10
   9f0: 0a07f8b6                       tbz x10, #0x3f, #0xe0
   9f4: 2a008052                       mov w10, #0x1
   9f8: 490509aa                       orr x9, x10, x9, lsl #1
   9fc: a90200f9                       str x9, [x21]
   a00: 00a940f9                       ldr x0, [x8, #0x150]
   a04: 09a900f9                       str x9, [x8, #0x150]
   a08: c0000037                       tbnz w0, #0x0, #0x18
   a0c: 080040f9                       ldr x8, [x0]
   a10: 080500f1                       subs x8, x8, #0x1
   a14: 080000f9                       str x8, [x0]
   a18: 41000054                       b.ne #0x8
   a1c: 00000094                       bl #0x0
        # hole +0xa1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a20: 09000090                       adrp x9, #0
        # hole +0xa20: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   a24: 290140f9                       ldr x9, [x9]
        # hole +0xa24: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   a28: 89000037                       tbnz w9, #0x0, #0x10
   a2c: 280140f9                       ldr x8, [x9]
   a30: 08050091                       add x8, x8, #0x1
   a34: 280100f9                       str x8, [x9]
   a38: a90200f9                       str x9, [x21]
   a3c: 880e40f9                       ldr x8, [x20, #0x18]
   a40: 00ad40f9                       ldr x0, [x8, #0x158]
   a44: 09ad00f9                       str x9, [x8, #0x158]
   a48: e0000037                       tbnz w0, #0x0, #0x1c
   a4c: 090040f9                       ldr x9, [x0]
   a50: 290500f1                       subs x9, x9, #0x1
   a54: 090000f9                       str x9, [x0]
   a58: 61000054                       b.ne #0xc
   a5c: 00000094                       bl #0x0
        # hole +0xa5c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a60: 880e40f9                       ldr x8, [x20, #0x18]
   a64: 692c8052                       mov w9, #0x163
   a68: a90200f9                       str x9, [x21]
   a6c: 00b140f9                       ldr x0, [x8, #0x160]
   a70: 09b100f9                       str x9, [x8, #0x160]
   a74: c0000037                       tbnz w0, #0x0, #0x18
   a78: 080040f9                       ldr x8, [x0]
   a7c: 080500f1                       subs x8, x8, #0x1
   a80: 080000f9                       str x8, [x0]
   a84: 41000054                       b.ne #0x8
   a88: 00000094                       bl #0x0
        # hole +0xa88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a8c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a90: 00000014                       b #0x0
        # hole +0xa90: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   a94: 08000090                       adrp x8, #0
        # hole +0xa94: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   a98: 080140f9                       ldr x8, [x8]
        # hole +0xa98: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   a9c: 04f10091                       add x4, x8, #0x3c
   aa0: 054b8052                       mov w5, #0x258
   aa4: b4fdff17                       b #-0x930
   aa8: 08000090                       adrp x8, #0
        # hole +0xaa8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   aac: 080140f9                       ldr x8, [x8]
        # hole +0xaac: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ab0: 041d0191                       add x4, x8, #0x47
   ab4: c5588052                       mov w5, #0x2c6
   ab8: affdff17                       b #-0x944
   abc: 08000090                       adrp x8, #0
        # hole +0xabc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   ac0: 080140f9                       ldr x8, [x8]
        # hole +0xac0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ac4: 04490191                       add x4, x8, #0x52
   ac8: 85668052                       mov w5, #0x334
   acc: aafdff17                       b #-0x958
   ad0: 08000090                       adrp x8, #0
        # hole +0xad0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   ad4: 080140f9                       ldr x8, [x8]
        # hole +0xad4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ad8: 04750191                       add x4, x8, #0x5d
   adc: 45748052                       mov w5, #0x3a2
   ae0: a5fdff17                       b #-0x96c
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[95]+0
        # hole data+0x10: GOT Abs64 operand0[84]+0
        # hole data+0x18: GOT Abs64 operand0[73]+0
        # hole data+0x20: GOT Abs64 operand0[62]+0
        # hole data+0x28: GOT Abs64 operand0[51]+0
        # hole data+0x30: GOT Abs64 operand0[40]+0
        # hole data+0x38: GOT Abs64 operand0[29]+0
        # hole data+0x40: GOT Abs64 operand0[18]+0
        # hole data+0x48: GOT Abs64 operand0[7]+0
