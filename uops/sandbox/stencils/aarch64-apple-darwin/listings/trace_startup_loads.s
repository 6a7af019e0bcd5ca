# stencil startup_loads for aarch64-apple-darwin: 2644 code bytes, 80 data bytes, 61 holes
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
    38: 85240054                       b.pl #0x490
    3c: 2a008052                       mov w10, #0x1
    40: 490509aa                       orr x9, x10, x9, lsl #1
    44: a90200f9                       str x9, [x21]
    48: 000940f9                       ldr x0, [x8, #0x10]
    4c: 090900f9                       str x9, [x8, #0x10]
    50: a0000037                       tbnz w0, #0x0, #0x14
    54: 080040f9                       ldr x8, [x0]
    58: 080500f1                       subs x8, x8, #0x1
    5c: 080000f9                       str x8, [x0]
    60: 60050054                       b.eq #0xac
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
    9c: 20040054                       b.eq #0x84
    a0: e9238052                       mov w9, #0x11f
    a4: a90200f9                       str x9, [x21]
    a8: 001140f9                       ldr x0, [x8, #0x20]
    ac: 091100f9                       str x9, [x8, #0x20]
    b0: 60040037                       tbnz w0, #0x0, #0x8c
    b4: 090040f9                       ldr x9, [x0]
    b8: 290500f1                       subs x9, x9, #0x1
    bc: 090000f9                       str x9, [x0]
    c0: e1030054                       b.ne #0x7c
    c4: 00000094                       bl #0x0
        # hole +0xc4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: 880e40f9                       ldr x8, [x20, #0x18]
    cc: 1c000014                       b #0x70
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
   100: 05058052                       mov w5, #0x28
   104: 88008052                       mov w8, #0x4
   108: 17000014                       b #0x5c
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   110: 09000090                       adrp x9, #0
        # hole +0x110: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+72
   114: 290140f9                       ldr x9, [x9]
        # hole +0x114: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+72
   118: c9fa0736                       tbz w9, #0x0, #-0xa8
   11c: d8ffff17                       b #-0xa0
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 880e40f9                       ldr x8, [x20, #0x18]
   128: e9238052                       mov w9, #0x11f
   12c: a90200f9                       str x9, [x21]
   130: 001140f9                       ldr x0, [x8, #0x20]
   134: 091100f9                       str x9, [x8, #0x20]
   138: e0fb0736                       tbz w0, #0x0, #-0x84
   13c: 091540f9                       ldr x9, [x8, #0x28]
   140: 69020036                       tbz w9, #0x0, #0x4c
   144: a90200f9                       str x9, [x21]
   148: 0a1940f9                       ldr x10, [x8, #0x30]
   14c: ca020036                       tbz w10, #0x0, #0x58
   150: aa0600f9                       str x10, [x21, #0x8]
   154: 2b010a0a                       and w11, w9, w10
   158: 2b030037                       tbnz w11, #0x0, #0x64
   15c: c5128052                       mov w5, #0x96
   160: e8018052                       mov w8, #0xf
   164: 09000090                       adrp x9, #0
        # hole +0x164: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
   168: 290140f9                       ldr x9, [x9]
        # hole +0x168: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
   16c: a1420091                       add x1, x21, #0x10
   170: 2401088b                       add x4, x9, x8
   174: e00314aa                       mov x0, x20
   178: e20316aa                       mov x2, x22
   17c: 23008052                       mov w3, #0x1
   180: 00000094                       bl #0x0
        # hole +0x180: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   184: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   188: c0035fd6                       ret
   18c: 2a0140f9                       ldr x10, [x9]
   190: 4a050091                       add x10, x10, #0x1
   194: 2a0100f9                       str x10, [x9]
   198: a90200f9                       str x9, [x21]
   19c: 0a1940f9                       ldr x10, [x8, #0x30]
   1a0: 8afd0737                       tbnz w10, #0x0, #-0x50
   1a4: 4b0140f9                       ldr x11, [x10]
   1a8: 6b050091                       add x11, x11, #0x1
   1ac: 4b0100f9                       str x11, [x10]
   1b0: aa0600f9                       str x10, [x21, #0x8]
   1b4: 2b010a0a                       and w11, w9, w10
   1b8: 2bfd0736                       tbz w11, #0x0, #-0x5c
   1bc: 29fd4193                       asr x9, x9, #1
   1c0: 29058acb                       sub x9, x9, x10, asr #1
   1c4: 0a00f8d2                       mov x10, #-0x4000000000000000
   1c8: 3f010aab                       cmn x9, x10
   1cc: a5200054                       b.pl #0x414
   1d0: 2a008052                       mov w10, #0x1
   1d4: 490509aa                       orr x9, x10, x9, lsl #1
   1d8: a90200f9                       str x9, [x21]
   1dc: 001d40f9                       ldr x0, [x8, #0x38]
   1e0: 091d00f9                       str x9, [x8, #0x38]
   1e4: c0000037                       tbnz w0, #0x0, #0x18
   1e8: 080040f9                       ldr x8, [x0]
   1ec: 080500f1                       subs x8, x8, #0x1
   1f0: 080000f9                       str x8, [x0]
   1f4: 41000054                       b.ne #0x8
   1f8: 00000094                       bl #0x0
        # hole +0x1f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1fc: 08000090                       adrp x8, #0
        # hole +0x1fc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   200: 080140f9                       ldr x8, [x8]
        # hole +0x200: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   204: 88000037                       tbnz w8, #0x0, #0x10
   208: 090140f9                       ldr x9, [x8]
   20c: 29050091                       add x9, x9, #0x1
   210: 090100f9                       str x9, [x8]
   214: a80200f9                       str x8, [x21]
   218: 890e40f9                       ldr x9, [x20, #0x18]
   21c: 202140f9                       ldr x0, [x9, #0x40]
   220: 282100f9                       str x8, [x9, #0x40]
   224: e0000037                       tbnz w0, #0x0, #0x1c
   228: 080040f9                       ldr x8, [x0]
   22c: 080500f1                       subs x8, x8, #0x1
   230: 080000f9                       str x8, [x0]
   234: 61000054                       b.ne #0xc
   238: 00000094                       bl #0x0
        # hole +0x238: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   23c: 890e40f9                       ldr x9, [x20, #0x18]
   240: e8318052                       mov w8, #0x18f
   244: a80200f9                       str x8, [x21]
   248: 202540f9                       ldr x0, [x9, #0x48]
   24c: 282500f9                       str x8, [x9, #0x48]
   250: e0000037                       tbnz w0, #0x0, #0x1c
   254: 080040f9                       ldr x8, [x0]
   258: 080500f1                       subs x8, x8, #0x1
   25c: 080000f9                       str x8, [x0]
   260: 61000054                       b.ne #0xc
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 890e40f9                       ldr x9, [x20, #0x18]
   26c: 282940f9                       ldr x8, [x9, #0x50]
   270: 48010036                       tbz w8, #0x0, #0x28
   274: a80200f9                       str x8, [x21]
   278: 2a2d40f9                       ldr x10, [x9, #0x58]
   27c: aa010036                       tbz w10, #0x0, #0x34
   280: aa0600f9                       str x10, [x21, #0x8]
   284: 0b010a0a                       and w11, w8, w10
   288: 0b020037                       tbnz w11, #0x0, #0x40
   28c: 85208052                       mov w5, #0x104
   290: 48038052                       mov w8, #0x1a
   294: b4ffff17                       b #-0x130
   298: 0a0140f9                       ldr x10, [x8]
   29c: 4a050091                       add x10, x10, #0x1
   2a0: 0a0100f9                       str x10, [x8]
   2a4: a80200f9                       str x8, [x21]
   2a8: 2a2d40f9                       ldr x10, [x9, #0x58]
   2ac: aafe0737                       tbnz w10, #0x0, #-0x2c
   2b0: 4b0140f9                       ldr x11, [x10]
   2b4: 6b050091                       add x11, x11, #0x1
   2b8: 4b0100f9                       str x11, [x10]
   2bc: aa0600f9                       str x10, [x21, #0x8]
   2c0: 0b010a0a                       and w11, w8, w10
   2c4: 4bfe0736                       tbz w11, #0x0, #-0x38
   2c8: 08fd4193                       asr x8, x8, #1
   2cc: 4bfd4193                       asr x11, x10, #1
   2d0: 0a7d0b9b                       mul x10, x8, x11
   2d4: 087d4b9b                       smulh x8, x8, x11
   2d8: 1ffd8aeb                       cmp x8, x10, asr #63
   2dc: c5218052                       mov w5, #0x10e
   2e0: 68038052                       mov w8, #0x1b
   2e4: 01f4ff54                       b.ne #-0x180
   2e8: 0b00f8d2                       mov x11, #-0x4000000000000000
   2ec: 4b010b8b                       add x11, x10, x11
   2f0: abf3ffb6                       tbz x11, #0x3f, #-0x18c
   2f4: 28008052                       mov w8, #0x1
   2f8: 08050aaa                       orr x8, x8, x10, lsl #1
   2fc: a80200f9                       str x8, [x21]
   300: 203140f9                       ldr x0, [x9, #0x60]
   304: 283100f9                       str x8, [x9, #0x60]
   308: c0000037                       tbnz w0, #0x0, #0x18
   30c: 080040f9                       ldr x8, [x0]
   310: 080500f1                       subs x8, x8, #0x1
   314: 080000f9                       str x8, [x0]
   318: 41000054                       b.ne #0x8
   31c: 00000094                       bl #0x0
        # hole +0x31c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   320: 09000090                       adrp x9, #0
        # hole +0x320: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   324: 290140f9                       ldr x9, [x9]
        # hole +0x324: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   328: 89000037                       tbnz w9, #0x0, #0x10
   32c: 280140f9                       ldr x8, [x9]
   330: 08050091                       add x8, x8, #0x1
   334: 280100f9                       str x8, [x9]
   338: a90200f9                       str x9, [x21]
   33c: 880e40f9                       ldr x8, [x20, #0x18]
   340: 003540f9                       ldr x0, [x8, #0x68]
   344: 093500f9                       str x9, [x8, #0x68]
   348: e0000037                       tbnz w0, #0x0, #0x1c
   34c: 090040f9                       ldr x9, [x0]
   350: 290500f1                       subs x9, x9, #0x1
   354: 090000f9                       str x9, [x0]
   358: 61000054                       b.ne #0xc
   35c: 00000094                       bl #0x0
        # hole +0x35c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   360: 880e40f9                       ldr x8, [x20, #0x18]
   364: a9208052                       mov w9, #0x105
   368: a90200f9                       str x9, [x21]
   36c: 003940f9                       ldr x0, [x8, #0x70]
   370: 093900f9                       str x9, [x8, #0x70]
   374: e0000037                       tbnz w0, #0x0, #0x1c
   378: 090040f9                       ldr x9, [x0]
   37c: 290500f1                       subs x9, x9, #0x1
   380: 090000f9                       str x9, [x0]
   384: 61000054                       b.ne #0xc
   388: 00000094                       bl #0x0
        # hole +0x388: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   38c: 880e40f9                       ldr x8, [x20, #0x18]
   390: 093d40f9                       ldr x9, [x8, #0x78]
   394: 49010036                       tbz w9, #0x0, #0x28
   398: a90200f9                       str x9, [x21]
   39c: 0a4140f9                       ldr x10, [x8, #0x80]
   3a0: aa010036                       tbz w10, #0x0, #0x34
   3a4: aa0600f9                       str x10, [x21, #0x8]
   3a8: 2b010a0a                       and w11, w9, w10
   3ac: 0b020037                       tbnz w11, #0x0, #0x40
   3b0: 452e8052                       mov w5, #0x172
   3b4: a8048052                       mov w8, #0x25
   3b8: 6bffff17                       b #-0x254
   3bc: 2a0140f9                       ldr x10, [x9]
   3c0: 4a050091                       add x10, x10, #0x1
   3c4: 2a0100f9                       str x10, [x9]
   3c8: a90200f9                       str x9, [x21]
   3cc: 0a4140f9                       ldr x10, [x8, #0x80]
   3d0: aafe0737                       tbnz w10, #0x0, #-0x2c
   3d4: 4b0140f9                       ldr x11, [x10]
   3d8: 6b050091                       add x11, x11, #0x1
   3dc: 4b0100f9                       str x11, [x10]
   3e0: aa0600f9                       str x10, [x21, #0x8]
   3e4: 2b010a0a                       and w11, w9, w10
   3e8: 4bfe0736                       tbz w11, #0x0, #-0x38
   3ec: 4afd4193                       asr x10, x10, #1
   3f0: 4905898b                       add x9, x10, x9, asr #1
   3f4: 0a00f8d2                       mov x10, #-0x4000000000000000
   3f8: 3f010aab                       cmn x9, x10
   3fc: 05210054                       b.pl #0x420
   400: 2a008052                       mov w10, #0x1
   404: 490509aa                       orr x9, x10, x9, lsl #1
   408: a90200f9                       str x9, [x21]
   40c: 004540f9                       ldr x0, [x8, #0x88]
   410: 094500f9                       str x9, [x8, #0x88]
   414: c0000037                       tbnz w0, #0x0, #0x18
   418: 080040f9                       ldr x8, [x0]
   41c: 080500f1                       subs x8, x8, #0x1
   420: 080000f9                       str x8, [x0]
   424: 41000054                       b.ne #0x8
   428: 00000094                       bl #0x0
        # hole +0x428: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   42c: 09000090                       adrp x9, #0
        # hole +0x42c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   430: 290140f9                       ldr x9, [x9]
        # hole +0x430: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   434: 89000037                       tbnz w9, #0x0, #0x10
   438: 280140f9                       ldr x8, [x9]
   43c: 08050091                       add x8, x8, #0x1
   440: 280100f9                       str x8, [x9]
   444: a90200f9                       str x9, [x21]
   448: 880e40f9                       ldr x8, [x20, #0x18]
   44c: 004940f9                       ldr x0, [x8, #0x90]
   450: 094900f9                       str x9, [x8, #0x90]
   454: e0000037                       tbnz w0, #0x0, #0x1c
   458: 090040f9                       ldr x9, [x0]
   45c: 290500f1                       subs x9, x9, #0x1
   460: 090000f9                       str x9, [x0]
   464: 61000054                       b.ne #0xc
   468: 00000094                       bl #0x0
        # hole +0x468: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   46c: 880e40f9                       ldr x8, [x20, #0x18]
   470: 290c8052                       mov w9, #0x61
   474: a90200f9                       str x9, [x21]
   478: 004d40f9                       ldr x0, [x8, #0x98]
   47c: 094d00f9                       str x9, [x8, #0x98]
   480: e0000037                       tbnz w0, #0x0, #0x1c
   484: 090040f9                       ldr x9, [x0]
   488: 290500f1                       subs x9, x9, #0x1
   48c: 090000f9                       str x9, [x0]
   490: 61000054                       b.ne #0xc
   494: 00000094                       bl #0x0
        # hole +0x494: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   498: 880e40f9                       ldr x8, [x20, #0x18]
   49c: 095140f9                       ldr x9, [x8, #0xa0]
   4a0: a9010036                       tbz w9, #0x0, #0x34
   4a4: a90200f9                       str x9, [x21]
   4a8: 0a5540f9                       ldr x10, [x8, #0xa8]
   4ac: 0a020036                       tbz w10, #0x0, #0x40
   4b0: aa0600f9                       str x10, [x21, #0x8]
   4b4: 2b010a0a                       and w11, w9, w10
   4b8: 6b020037                       tbnz w11, #0x0, #0x4c
   4bc: 053c8052                       mov w5, #0x1e0
   4c0: 08068052                       mov w8, #0x30
   4c4: 28ffff17                       b #-0x360
   4c8: 45068052                       mov w5, #0x32
   4cc: a8008052                       mov w8, #0x5
   4d0: 25ffff17                       b #-0x36c
   4d4: 2a0140f9                       ldr x10, [x9]
   4d8: 4a050091                       add x10, x10, #0x1
   4dc: 2a0100f9                       str x10, [x9]
   4e0: a90200f9                       str x9, [x21]
   4e4: 0a5540f9                       ldr x10, [x8, #0xa8]
   4e8: 4afe0737                       tbnz w10, #0x0, #-0x38
   4ec: 4b0140f9                       ldr x11, [x10]
   4f0: 6b050091                       add x11, x11, #0x1
   4f4: 4b0100f9                       str x11, [x10]
   4f8: aa0600f9                       str x10, [x21, #0x8]
   4fc: 2b010a0a                       and w11, w9, w10
   500: ebfd0736                       tbz w11, #0x0, #-0x44
   504: 29fd4193                       asr x9, x9, #1
   508: 29058acb                       sub x9, x9, x10, asr #1
   50c: 0a00f8d2                       mov x10, #-0x4000000000000000
   510: 3f010aab                       cmn x9, x10
   514: 05210054                       b.pl #0x420
   518: 2a008052                       mov w10, #0x1
   51c: 490509aa                       orr x9, x10, x9, lsl #1
   520: a90200f9                       str x9, [x21]
   524: 005940f9                       ldr x0, [x8, #0xb0]
   528: 095900f9                       str x9, [x8, #0xb0]
   52c: c0000037                       tbnz w0, #0x0, #0x18
   530: 080040f9                       ldr x8, [x0]
   534: 080500f1                       subs x8, x8, #0x1
   538: 080000f9                       str x8, [x0]
   53c: 41000054                       b.ne #0x8
   540: 00000094                       bl #0x0
        # hole +0x540: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   544: 08000090                       adrp x8, #0
        # hole +0x544: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   548: 080140f9                       ldr x8, [x8]
        # hole +0x548: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   54c: 88000037                       tbnz w8, #0x0, #0x10
   550: 090140f9                       ldr x9, [x8]
   554: 29050091                       add x9, x9, #0x1
   558: 090100f9                       str x9, [x8]
   55c: a80200f9                       str x8, [x21]
   560: 890e40f9                       ldr x9, [x20, #0x18]
   564: 205d40f9                       ldr x0, [x9, #0xb8]
   568: 285d00f9                       str x8, [x9, #0xb8]
   56c: e0000037                       tbnz w0, #0x0, #0x1c
   570: 080040f9                       ldr x8, [x0]
   574: 080500f1                       subs x8, x8, #0x1
   578: 080000f9                       str x8, [x0]
   57c: 61000054                       b.ne #0xc
   580: 00000094                       bl #0x0
        # hole +0x580: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   584: 890e40f9                       ldr x9, [x20, #0x18]
   588: e8208052                       mov w8, #0x107
   58c: a80200f9                       str x8, [x21]
   590: 206140f9                       ldr x0, [x9, #0xc0]
   594: 286100f9                       str x8, [x9, #0xc0]
   598: e0000037                       tbnz w0, #0x0, #0x1c
   59c: 080040f9                       ldr x8, [x0]
   5a0: 080500f1                       subs x8, x8, #0x1
   5a4: 080000f9                       str x8, [x0]
   5a8: 61000054                       b.ne #0xc
   5ac: 00000094                       bl #0x0
        # hole +0x5ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5b0: 890e40f9                       ldr x9, [x20, #0x18]
   5b4: 286540f9                       ldr x8, [x9, #0xc8]
   5b8: a8010036                       tbz w8, #0x0, #0x34
   5bc: a80200f9                       str x8, [x21]
   5c0: 2a6940f9                       ldr x10, [x9, #0xd0]
   5c4: 0a020036                       tbz w10, #0x0, #0x40
   5c8: aa0600f9                       str x10, [x21, #0x8]
   5cc: 0b010a0a                       and w11, w8, w10
   5d0: 6b020037                       tbnz w11, #0x0, #0x4c
   5d4: c5498052                       mov w5, #0x24e
   5d8: 68078052                       mov w8, #0x3b
   5dc: e2feff17                       b #-0x478
   5e0: 05148052                       mov w5, #0xa0
   5e4: 08028052                       mov w8, #0x10
   5e8: dffeff17                       b #-0x484
   5ec: 0a0140f9                       ldr x10, [x8]
   5f0: 4a050091                       add x10, x10, #0x1
   5f4: 0a0100f9                       str x10, [x8]
   5f8: a80200f9                       str x8, [x21]
   5fc: 2a6940f9                       ldr x10, [x9, #0xd0]
   600: 4afe0737                       tbnz w10, #0x0, #-0x38
   604: 4b0140f9                       ldr x11, [x10]
   608: 6b050091                       add x11, x11, #0x1
   60c: 4b0100f9                       str x11, [x10]
   610: aa0600f9                       str x10, [x21, #0x8]
   614: 0b010a0a                       and w11, w8, w10
   618: ebfd0736                       tbz w11, #0x0, #-0x44
   61c: 08fd4193                       asr x8, x8, #1
   620: 4bfd4193                       asr x11, x10, #1
   624: 0a7d0b9b                       mul x10, x8, x11
   628: 087d4b9b                       smulh x8, x8, x11
   62c: 1ffd8aeb                       cmp x8, x10, asr #63
   630: 054b8052                       mov w5, #0x258
   634: 88078052                       mov w8, #0x3c
   638: 61d9ff54                       b.ne #-0x4d4
   63c: 0b00f8d2                       mov x11, #-0x4000000000000000
   640: 4b010b8b                       add x11, x10, x11
   644: 0bd9ffb6                       tbz x11, #0x3f, #-0x4e0
   648: 28008052                       mov w8, #0x1
   64c: 08050aaa                       orr x8, x8, x10, lsl #1
   650: a80200f9                       str x8, [x21]
   654: 206d40f9                       ldr x0, [x9, #0xd8]
   658: 286d00f9                       str x8, [x9, #0xd8]
   65c: c0000037                       tbnz w0, #0x0, #0x18
   660: 080040f9                       ldr x8, [x0]
   664: 080500f1                       subs x8, x8, #0x1
   668: 080000f9                       str x8, [x0]
   66c: 41000054                       b.ne #0x8
   670: 00000094                       bl #0x0
        # hole +0x670: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   674: 09000090                       adrp x9, #0
        # hole +0x674: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   678: 290140f9                       ldr x9, [x9]
        # hole +0x678: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   67c: 89000037                       tbnz w9, #0x0, #0x10
   680: 280140f9                       ldr x8, [x9]
   684: 08050091                       add x8, x8, #0x1
   688: 280100f9                       str x8, [x9]
   68c: a90200f9                       str x9, [x21]
   690: 880e40f9                       ldr x8, [x20, #0x18]
   694: 007140f9                       ldr x0, [x8, #0xe0]
   698: 097100f9                       str x9, [x8, #0xe0]
   69c: e0000037                       tbnz w0, #0x0, #0x1c
   6a0: 090040f9                       ldr x9, [x0]
   6a4: 290500f1                       subs x9, x9, #0x1
   6a8: 090000f9                       str x9, [x0]
   6ac: 61000054                       b.ne #0xc
   6b0: 00000094                       bl #0x0
        # hole +0x6b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6b4: 880e40f9                       ldr x8, [x20, #0x18]
   6b8: 69278052                       mov w9, #0x13b
   6bc: a90200f9                       str x9, [x21]
   6c0: 007540f9                       ldr x0, [x8, #0xe8]
   6c4: 097500f9                       str x9, [x8, #0xe8]
   6c8: e0000037                       tbnz w0, #0x0, #0x1c
   6cc: 090040f9                       ldr x9, [x0]
   6d0: 290500f1                       subs x9, x9, #0x1
   6d4: 090000f9                       str x9, [x0]
   6d8: 61000054                       b.ne #0xc
   6dc: 00000094                       bl #0x0
        # hole +0x6dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6e0: 880e40f9                       ldr x8, [x20, #0x18]
   6e4: 097940f9                       ldr x9, [x8, #0xf0]
   6e8: 49010036                       tbz w9, #0x0, #0x28
   6ec: a90200f9                       str x9, [x21]
   6f0: 0a7d40f9                       ldr x10, [x8, #0xf8]
   6f4: aa010036                       tbz w10, #0x0, #0x34
   6f8: aa0600f9                       str x10, [x21, #0x8]
   6fc: 2b010a0a                       and w11, w9, w10
   700: 0b020037                       tbnz w11, #0x0, #0x40
   704: 85578052                       mov w5, #0x2bc
   708: c8088052                       mov w8, #0x46
   70c: 96feff17                       b #-0x5a8
   710: 2a0140f9                       ldr x10, [x9]
   714: 4a050091                       add x10, x10, #0x1
   718: 2a0100f9                       str x10, [x9]
   71c: a90200f9                       str x9, [x21]
   720: 0a7d40f9                       ldr x10, [x8, #0xf8]
   724: aafe0737                       tbnz w10, #0x0, #-0x2c
   728: 4b0140f9                       ldr x11, [x10]
   72c: 6b050091                       add x11, x11, #0x1
   730: 4b0100f9                       str x11, [x10]
   734: aa0600f9                       str x10, [x21, #0x8]
   738: 2b010a0a                       and w11, w9, w10
   73c: 4bfe0736                       tbz w11, #0x0, #-0x38
   740: 4afd4193                       asr x10, x10, #1
   744: 4905898b                       add x9, x10, x9, asr #1
   748: 0a00f8d2                       mov x10, #-0x4000000000000000
   74c: 3f010aab                       cmn x9, x10
   750: 65170054                       b.pl #0x2ec
   754: 2a008052                       mov w10, #0x1
   758: 490509aa                       orr x9, x10, x9, lsl #1
   75c: a90200f9                       str x9, [x21]
   760: 008140f9                       ldr x0, [x8, #0x100]
   764: 098100f9                       str x9, [x8, #0x100]
   768: c0000037                       tbnz w0, #0x0, #0x18
   76c: 080040f9                       ldr x8, [x0]
   770: 080500f1                       subs x8, x8, #0x1
   774: 080000f9                       str x8, [x0]
   778: 41000054                       b.ne #0x8
   77c: 00000094                       bl #0x0
        # hole +0x77c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   780: 09000090                       adrp x9, #0
        # hole +0x780: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   784: 290140f9                       ldr x9, [x9]
        # hole +0x784: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   788: 89000037                       tbnz w9, #0x0, #0x10
   78c: 280140f9                       ldr x8, [x9]
   790: 08050091                       add x8, x8, #0x1
   794: 280100f9                       str x8, [x9]
   798: a90200f9                       str x9, [x21]
   79c: 880e40f9                       ldr x8, [x20, #0x18]
   7a0: 008540f9                       ldr x0, [x8, #0x108]
   7a4: 098500f9                       str x9, [x8, #0x108]
   7a8: e0000037                       tbnz w0, #0x0, #0x1c
   7ac: 090040f9                       ldr x9, [x0]
   7b0: 290500f1                       subs x9, x9, #0x1
   7b4: 090000f9                       str x9, [x0]
   7b8: 61000054                       b.ne #0xc
   7bc: 00000094                       bl #0x0
        # hole +0x7bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7c0: 880e40f9                       ldr x8, [x20, #0x18]
   7c4: 29068052                       mov w9, #0x31
   7c8: a90200f9                       str x9, [x21]
   7cc: 008940f9                       ldr x0, [x8, #0x110]
   7d0: 098900f9                       str x9, [x8, #0x110]
   7d4: e0000037                       tbnz w0, #0x0, #0x1c
   7d8: 090040f9                       ldr x9, [x0]
   7dc: 290500f1                       subs x9, x9, #0x1
   7e0: 090000f9                       str x9, [x0]
   7e4: 61000054                       b.ne #0xc
   7e8: 00000094                       bl #0x0
        # hole +0x7e8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7ec: 880e40f9                       ldr x8, [x20, #0x18]
   7f0: 098d40f9                       ldr x9, [x8, #0x118]
   7f4: a9010036                       tbz w9, #0x0, #0x34
   7f8: a90200f9                       str x9, [x21]
   7fc: 0a9140f9                       ldr x10, [x8, #0x120]
   800: 0a020036                       tbz w10, #0x0, #0x40
   804: aa0600f9                       str x10, [x21, #0x8]
   808: 2b010a0a                       and w11, w9, w10
   80c: 6b020037                       tbnz w11, #0x0, #0x4c
   810: 45658052                       mov w5, #0x32a
   814: 280a8052                       mov w8, #0x51
   818: 53feff17                       b #-0x6b4
   81c: 852f8052                       mov w5, #0x17c
   820: c8048052                       mov w8, #0x26
   824: 50feff17                       b #-0x6c0
   828: 2a0140f9                       ldr x10, [x9]
   82c: 4a050091                       add x10, x10, #0x1
   830: 2a0100f9                       str x10, [x9]
   834: a90200f9                       str x9, [x21]
   838: 0a9140f9                       ldr x10, [x8, #0x120]
   83c: 4afe0737                       tbnz w10, #0x0, #-0x38
   840: 4b0140f9                       ldr x11, [x10]
   844: 6b050091                       add x11, x11, #0x1
   848: 4b0100f9                       str x11, [x10]
   84c: aa0600f9                       str x10, [x21, #0x8]
   850: 2b010a0a                       and w11, w9, w10
   854: ebfd0736                       tbz w11, #0x0, #-0x44
   858: 29fd4193                       asr x9, x9, #1
   85c: 29058acb                       sub x9, x9, x10, asr #1
   860: 0a00f8d2                       mov x10, #-0x4000000000000000
   864: 3f010aab                       cmn x9, x10
   868: 050f0054                       b.pl #0x1e0
   86c: 2a008052                       mov w10, #0x1
   870: 490509aa                       orr x9, x10, x9, lsl #1
   874: a90200f9                       str x9, [x21]
   878: 009540f9                       ldr x0, [x8, #0x128]
   87c: 099500f9                       str x9, [x8, #0x128]
   880: c0000037                       tbnz w0, #0x0, #0x18
   884: 080040f9                       ldr x8, [x0]
   888: 080500f1                       subs x8, x8, #0x1
   88c: 080000f9                       str x8, [x0]
   890: 41000054                       b.ne #0x8
   894: 00000094                       bl #0x0
        # hole +0x894: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   898: 08000090                       adrp x8, #0
        # hole +0x898: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   89c: 080140f9                       ldr x8, [x8]
        # hole +0x89c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   8a0: 88000037                       tbnz w8, #0x0, #0x10
   8a4: 090140f9                       ldr x9, [x8]
   8a8: 29050091                       add x9, x9, #0x1
   8ac: 090100f9                       str x9, [x8]
   8b0: a80200f9                       str x8, [x21]
   8b4: 890e40f9                       ldr x9, [x20, #0x18]
   8b8: 209940f9                       ldr x0, [x9, #0x130]
   8bc: 289900f9                       str x8, [x9, #0x130]
   8c0: e0000037                       tbnz w0, #0x0, #0x1c
   8c4: 080040f9                       ldr x8, [x0]
   8c8: 080500f1                       subs x8, x8, #0x1
   8cc: 080000f9                       str x8, [x0]
   8d0: 61000054                       b.ne #0xc
   8d4: 00000094                       bl #0x0
        # hole +0x8d4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8d8: 890e40f9                       ldr x9, [x20, #0x18]
   8dc: 28098052                       mov w8, #0x49
   8e0: a80200f9                       str x8, [x21]
   8e4: 209d40f9                       ldr x0, [x9, #0x138]
   8e8: 289d00f9                       str x8, [x9, #0x138]
   8ec: e0000037                       tbnz w0, #0x0, #0x1c
   8f0: 080040f9                       ldr x8, [x0]
   8f4: 080500f1                       subs x8, x8, #0x1
   8f8: 080000f9                       str x8, [x0]
   8fc: 61000054                       b.ne #0xc
   900: 00000094                       bl #0x0
        # hole +0x900: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   904: 890e40f9                       ldr x9, [x20, #0x18]
   908: 28a140f9                       ldr x8, [x9, #0x140]
   90c: a8010036                       tbz w8, #0x0, #0x34
   910: a80200f9                       str x8, [x21]
   914: 2aa540f9                       ldr x10, [x9, #0x148]
   918: 0a020036                       tbz w10, #0x0, #0x40
   91c: aa0600f9                       str x10, [x21, #0x8]
   920: 0b010a0a                       and w11, w8, w10
   924: 6b020037                       tbnz w11, #0x0, #0x4c
   928: 05738052                       mov w5, #0x398
   92c: 880b8052                       mov w8, #0x5c
   930: 0dfeff17                       b #-0x7cc
   934: 453d8052                       mov w5, #0x1ea
   938: 28068052                       mov w8, #0x31
   93c: 0afeff17                       b #-0x7d8
   940: 0a0140f9                       ldr x10, [x8]
   944: 4a050091                       add x10, x10, #0x1
   948: 0a0100f9                       str x10, [x8]
   94c: a80200f9                       str x8, [x21]
   950: 2aa540f9                       ldr x10, [x9, #0x148]
   954: 4afe0737                       tbnz w10, #0x0, #-0x38
   958: 4b0140f9                       ldr x11, [x10]
   95c: 6b050091                       add x11, x11, #0x1
   960: 4b0100f9                       str x11, [x10]
   964: aa0600f9                       str x10, [x21, #0x8]
   968: 0b010a0a                       and w11, w8, w10
   96c: ebfd0736                       tbz w11, #0x0, #-0x44
   970: 08fd4193                       asr x8, x8, #1
   974: 4bfd4193                       asr x11, x10, #1
   978: 0a7d0b9b                       mul x10, x8, x11
   97c: 087d4b9b                       smulh x8, x8, x11
   980: 1ffd8aeb                       cmp x8, x10, asr #63
   984: 45748052                       mov w5, #0x3a2
   988: a80b8052                       mov w8, #0x5d
   98c: c1beff54                       b.ne #-0x828
   990: 0b00f8d2                       mov x11, #-0x4000000000000000
   994: 4b010b8b                       add x11, x10, x11
   998: 6bbeffb6                       tbz x11, #0x3f, #-0x834
   99c: 28008052                       mov w8, #0x1
   9a0: 08050aaa                       orr x8, x8, x10, lsl #1
   9a4: a80200f9                       str x8, [x21]
   9a8: 20a940f9                       ldr x0, [x9, #0x150]
   9ac: 28a900f9                       str x8, [x9, #0x150]
   9b0: c0000037                       tbnz w0, #0x0, #0x18
   9b4: 080040f9                       ldr x8, [x0]
   9b8: 080500f1                       subs x8, x8, #0x1
   9bc: 080000f9                       str x8, [x0]
   9c0: 41000054                       b.ne #0x8
   9c4: 00000094                       bl #0x0
        # hole +0x9c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   9c8: 09000090                       adrp x9, #0
        # hole +0x9c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9cc: 290140f9                       ldr x9, [x9]
        # hole +0x9cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9d0: 89000037                       tbnz w9, #0x0, #0x10
   9d4: 280140f9                       ldr x8, [x9]
   9d8: 08050091                       add x8, x8, #0x1
   9dc: 280100f9                       str x8, [x9]
   9e0: a90200f9                       str x9, [x21]
   9e4: 880e40f9                       ldr x8, [x20, #0x18]
   9e8: 00ad40f9                       ldr x0, [x8, #0x158]
   9ec: 09ad00f9                       str x9, [x8, #0x158]
   9f0: e0000037                       tbnz w0, #0x0, #0x1c
   9f4: 090040f9                       ldr x9, [x0]
   9f8: 290500f1                       subs x9, x9, #0x1
   9fc: 090000f9                       str x9, [x0]
   a00: 61000054                       b.ne #0xc
   a04: 00000094                       bl #0x0
        # hole +0xa04: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a08: 880e40f9                       ldr x8, [x20, #0x18]
   a0c: 692c8052                       mov w9, #0x163
   a10: a90200f9                       str x9, [x21]
   a14: 00b140f9                       ldr x0, [x8, #0x160]
   a18: 09b100f9                       str x9, [x8, #0x160]
   a1c: c0000037                       tbnz w0, #0x0, #0x18
   a20: 080040f9                       ldr x8, [x0]
   a24: 080500f1                       subs x8, x8, #0x1
   a28: 080000f9                       str x8, [x0]
   a2c: 41000054                       b.ne #0x8
   a30: 00000094                       bl #0x0
        # hole +0xa30: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a34: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a38: 00000014                       b #0x0
        # hole +0xa38: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   a3c: c5588052                       mov w5, #0x2c6
   a40: e8088052                       mov w8, #0x47
   a44: c8fdff17                       b #-0x8e0
   a48: 85668052                       mov w5, #0x334
   a4c: 480a8052                       mov w8, #0x52
   a50: c5fdff17                       b #-0x8ec
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[95]+0
        # hole data+0x8: GOT Abs64 operand0[84]+0
        # hole data+0x10: GOT Abs64 operand0[73]+0
        # hole data+0x18: GOT Abs64 operand0[62]+0
        # hole data+0x20: GOT Abs64 operand0[51]+0
        # hole data+0x28: GOT Abs64 operand0[40]+0
        # hole data+0x30: GOT Abs64 operand0[29]+0
        # hole data+0x38: GOT Abs64 operand0[18]+0
        # hole data+0x40: GOT Abs64 index+0
        # hole data+0x48: GOT Abs64 operand0[7]+0
