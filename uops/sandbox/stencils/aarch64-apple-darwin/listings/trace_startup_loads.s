# stencil startup_loads for aarch64-apple-darwin: 2892 code bytes, 80 data bytes, 74 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 090140f9                       ldr x9, [x8]
     c: e9000036                       tbz w9, #0x0, #0x1c
    10: a90200f9                       str x9, [x21]
    14: 0a0540f9                       ldr x10, [x8, #0x8]
    18: 4a010036                       tbz w10, #0x0, #0x28
    1c: aa0600f9                       str x10, [x21, #0x8]
    20: a9010037                       tbnz w9, #0x0, #0x34
    24: 94020014                       b #0xa50
    28: 2a0140f9                       ldr x10, [x9]
    2c: 4a050091                       add x10, x10, #0x1
    30: 2a0100f9                       str x10, [x9]
    34: a90200f9                       str x9, [x21]
    38: 0a0540f9                       ldr x10, [x8, #0x8]
    3c: 0aff0737                       tbnz w10, #0x0, #-0x20
    40: 4b0140f9                       ldr x11, [x10]
    44: 6b050091                       add x11, x11, #0x1
    48: 4b0100f9                       str x11, [x10]
    4c: aa0600f9                       str x10, [x21, #0x8]
    50: 29510036                       tbz w9, #0x0, #0xa24
    54: 0a510036                       tbz w10, #0x0, #0xa20
    58: 4afd4193                       asr x10, x10, #1
    5c: 4905898b                       add x9, x10, x9, asr #1
    60: 0a00f8d2                       mov x10, #-0x4000000000000000
    64: 3f010aab                       cmn x9, x10
    68: e5540054                       b.pl #0xa9c
    6c: 2a008052                       mov w10, #0x1
    70: 490509aa                       orr x9, x10, x9, lsl #1
    74: a90200f9                       str x9, [x21]
    78: 000940f9                       ldr x0, [x8, #0x10]
    7c: 090900f9                       str x9, [x8, #0x10]
    80: a0000037                       tbnz w0, #0x0, #0x14
    84: 080040f9                       ldr x8, [x0]
    88: 080500f1                       subs x8, x8, #0x1
    8c: 080000f9                       str x8, [x0]
    90: 80030054                       b.eq #0x70
    94: 09000090                       adrp x9, #0
        # hole +0x94: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+72
    98: 290140f9                       ldr x9, [x9]
        # hole +0x98: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+72
    9c: 89000037                       tbnz w9, #0x0, #0x10
    a0: 280140f9                       ldr x8, [x9]
    a4: 08050091                       add x8, x8, #0x1
    a8: 280100f9                       str x8, [x9]
    ac: a90200f9                       str x9, [x21]
    b0: 880e40f9                       ldr x8, [x20, #0x18]
    b4: 000d40f9                       ldr x0, [x8, #0x18]
    b8: 090d00f9                       str x9, [x8, #0x18]
    bc: a0000037                       tbnz w0, #0x0, #0x14
    c0: 090040f9                       ldr x9, [x0]
    c4: 290500f1                       subs x9, x9, #0x1
    c8: 090000f9                       str x9, [x0]
    cc: 40020054                       b.eq #0x48
    d0: e9238052                       mov w9, #0x11f
    d4: a90200f9                       str x9, [x21]
    d8: 001140f9                       ldr x0, [x8, #0x20]
    dc: 091100f9                       str x9, [x8, #0x20]
    e0: 80020037                       tbnz w0, #0x0, #0x50
    e4: 090040f9                       ldr x9, [x0]
    e8: 290500f1                       subs x9, x9, #0x1
    ec: 090000f9                       str x9, [x0]
    f0: 01020054                       b.ne #0x40
    f4: 00000094                       bl #0x0
        # hole +0xf4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    f8: 880e40f9                       ldr x8, [x20, #0x18]
    fc: 0d000014                       b #0x34
   100: 00000094                       bl #0x0
        # hole +0x100: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   104: 09000090                       adrp x9, #0
        # hole +0x104: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+72
   108: 290140f9                       ldr x9, [x9]
        # hole +0x108: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+72
   10c: a9fc0736                       tbz w9, #0x0, #-0x6c
   110: e7ffff17                       b #-0x64
   114: 00000094                       bl #0x0
        # hole +0x114: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 880e40f9                       ldr x8, [x20, #0x18]
   11c: e9238052                       mov w9, #0x11f
   120: a90200f9                       str x9, [x21]
   124: 001140f9                       ldr x0, [x8, #0x20]
   128: 091100f9                       str x9, [x8, #0x20]
   12c: c0fd0736                       tbz w0, #0x0, #-0x48
   130: 091540f9                       ldr x9, [x8, #0x28]
   134: e9000036                       tbz w9, #0x0, #0x1c
   138: a90200f9                       str x9, [x21]
   13c: 0a1940f9                       ldr x10, [x8, #0x30]
   140: 4a010036                       tbz w10, #0x0, #0x28
   144: aa0600f9                       str x10, [x21, #0x8]
   148: a9010037                       tbnz w9, #0x0, #0x34
   14c: 4d020014                       b #0x934
   150: 2a0140f9                       ldr x10, [x9]
   154: 4a050091                       add x10, x10, #0x1
   158: 2a0100f9                       str x10, [x9]
   15c: a90200f9                       str x9, [x21]
   160: 0a1940f9                       ldr x10, [x8, #0x30]
   164: 0aff0737                       tbnz w10, #0x0, #-0x20
   168: 4b0140f9                       ldr x11, [x10]
   16c: 6b050091                       add x11, x11, #0x1
   170: 4b0100f9                       str x11, [x10]
   174: aa0600f9                       str x10, [x21, #0x8]
   178: 49480036                       tbz w9, #0x0, #0x908
   17c: 2a480036                       tbz w10, #0x0, #0x904
   180: 29fd4193                       asr x9, x9, #1
   184: 29058acb                       sub x9, x9, x10, asr #1
   188: 0a00f8d2                       mov x10, #-0x4000000000000000
   18c: 3f010aab                       cmn x9, x10
   190: 054c0054                       b.pl #0x980
   194: 2a008052                       mov w10, #0x1
   198: 490509aa                       orr x9, x10, x9, lsl #1
   19c: a90200f9                       str x9, [x21]
   1a0: 001d40f9                       ldr x0, [x8, #0x38]
   1a4: 091d00f9                       str x9, [x8, #0x38]
   1a8: a0000037                       tbnz w0, #0x0, #0x14
   1ac: 080040f9                       ldr x8, [x0]
   1b0: 080500f1                       subs x8, x8, #0x1
   1b4: 080000f9                       str x8, [x0]
   1b8: 80030054                       b.eq #0x70
   1bc: 08000090                       adrp x8, #0
        # hole +0x1bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
   1c0: 080140f9                       ldr x8, [x8]
        # hole +0x1c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
   1c4: 88000037                       tbnz w8, #0x0, #0x10
   1c8: 090140f9                       ldr x9, [x8]
   1cc: 29050091                       add x9, x9, #0x1
   1d0: 090100f9                       str x9, [x8]
   1d4: a80200f9                       str x8, [x21]
   1d8: 890e40f9                       ldr x9, [x20, #0x18]
   1dc: 202140f9                       ldr x0, [x9, #0x40]
   1e0: 282100f9                       str x8, [x9, #0x40]
   1e4: a0000037                       tbnz w0, #0x0, #0x14
   1e8: 080040f9                       ldr x8, [x0]
   1ec: 080500f1                       subs x8, x8, #0x1
   1f0: 080000f9                       str x8, [x0]
   1f4: 40020054                       b.eq #0x48
   1f8: e8318052                       mov w8, #0x18f
   1fc: a80200f9                       str x8, [x21]
   200: 202540f9                       ldr x0, [x9, #0x48]
   204: 282500f9                       str x8, [x9, #0x48]
   208: 80020037                       tbnz w0, #0x0, #0x50
   20c: 080040f9                       ldr x8, [x0]
   210: 080500f1                       subs x8, x8, #0x1
   214: 080000f9                       str x8, [x0]
   218: 01020054                       b.ne #0x40
   21c: 00000094                       bl #0x0
        # hole +0x21c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   220: 890e40f9                       ldr x9, [x20, #0x18]
   224: 0d000014                       b #0x34
   228: 00000094                       bl #0x0
        # hole +0x228: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   22c: 08000090                       adrp x8, #0
        # hole +0x22c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
   230: 080140f9                       ldr x8, [x8]
        # hole +0x230: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
   234: a8fc0736                       tbz w8, #0x0, #-0x6c
   238: e7ffff17                       b #-0x64
   23c: 00000094                       bl #0x0
        # hole +0x23c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   240: 890e40f9                       ldr x9, [x20, #0x18]
   244: e8318052                       mov w8, #0x18f
   248: a80200f9                       str x8, [x21]
   24c: 202540f9                       ldr x0, [x9, #0x48]
   250: 282500f9                       str x8, [x9, #0x48]
   254: c0fd0736                       tbz w0, #0x0, #-0x48
   258: 282940f9                       ldr x8, [x9, #0x50]
   25c: e8000036                       tbz w8, #0x0, #0x1c
   260: a80200f9                       str x8, [x21]
   264: 2a2d40f9                       ldr x10, [x9, #0x58]
   268: 4a010036                       tbz w10, #0x0, #0x28
   26c: aa0600f9                       str x10, [x21, #0x8]
   270: a8010037                       tbnz w8, #0x0, #0x34
   274: 06020014                       b #0x818
   278: 0a0140f9                       ldr x10, [x8]
   27c: 4a050091                       add x10, x10, #0x1
   280: 0a0100f9                       str x10, [x8]
   284: a80200f9                       str x8, [x21]
   288: 2a2d40f9                       ldr x10, [x9, #0x58]
   28c: 0aff0737                       tbnz w10, #0x0, #-0x20
   290: 4b0140f9                       ldr x11, [x10]
   294: 6b050091                       add x11, x11, #0x1
   298: 4b0100f9                       str x11, [x10]
   29c: aa0600f9                       str x10, [x21, #0x8]
   2a0: 683f0036                       tbz w8, #0x0, #0x7ec
   2a4: 4a3f0036                       tbz w10, #0x0, #0x7e8
   2a8: 08fd4193                       asr x8, x8, #1
   2ac: 4bfd4193                       asr x11, x10, #1
   2b0: 0a7d0b9b                       mul x10, x8, x11
   2b4: 087d4b9b                       smulh x8, x8, x11
   2b8: 1ffd8aeb                       cmp x8, x10, asr #63
   2bc: c5218052                       mov w5, #0x10e
   2c0: 68038052                       mov w8, #0x1b
   2c4: c1400054                       b.ne #0x818
   2c8: 0b00f8d2                       mov x11, #-0x4000000000000000
   2cc: 4b010b8b                       add x11, x10, x11
   2d0: 6b40f8b6                       tbz x11, #0x3f, #0x80c
   2d4: 28008052                       mov w8, #0x1
   2d8: 08050aaa                       orr x8, x8, x10, lsl #1
   2dc: a80200f9                       str x8, [x21]
   2e0: 203140f9                       ldr x0, [x9, #0x60]
   2e4: 283100f9                       str x8, [x9, #0x60]
   2e8: a0000037                       tbnz w0, #0x0, #0x14
   2ec: 080040f9                       ldr x8, [x0]
   2f0: 080500f1                       subs x8, x8, #0x1
   2f4: 080000f9                       str x8, [x0]
   2f8: 80030054                       b.eq #0x70
   2fc: 09000090                       adrp x9, #0
        # hole +0x2fc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   300: 290140f9                       ldr x9, [x9]
        # hole +0x300: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   304: 89000037                       tbnz w9, #0x0, #0x10
   308: 280140f9                       ldr x8, [x9]
   30c: 08050091                       add x8, x8, #0x1
   310: 280100f9                       str x8, [x9]
   314: a90200f9                       str x9, [x21]
   318: 880e40f9                       ldr x8, [x20, #0x18]
   31c: 003540f9                       ldr x0, [x8, #0x68]
   320: 093500f9                       str x9, [x8, #0x68]
   324: a0000037                       tbnz w0, #0x0, #0x14
   328: 090040f9                       ldr x9, [x0]
   32c: 290500f1                       subs x9, x9, #0x1
   330: 090000f9                       str x9, [x0]
   334: 40020054                       b.eq #0x48
   338: a9208052                       mov w9, #0x105
   33c: a90200f9                       str x9, [x21]
   340: 003940f9                       ldr x0, [x8, #0x70]
   344: 093900f9                       str x9, [x8, #0x70]
   348: 80020037                       tbnz w0, #0x0, #0x50
   34c: 090040f9                       ldr x9, [x0]
   350: 290500f1                       subs x9, x9, #0x1
   354: 090000f9                       str x9, [x0]
   358: 01020054                       b.ne #0x40
   35c: 00000094                       bl #0x0
        # hole +0x35c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   360: 880e40f9                       ldr x8, [x20, #0x18]
   364: 0d000014                       b #0x34
   368: 00000094                       bl #0x0
        # hole +0x368: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   36c: 09000090                       adrp x9, #0
        # hole +0x36c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   370: 290140f9                       ldr x9, [x9]
        # hole +0x370: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   374: a9fc0736                       tbz w9, #0x0, #-0x6c
   378: e7ffff17                       b #-0x64
   37c: 00000094                       bl #0x0
        # hole +0x37c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   380: 880e40f9                       ldr x8, [x20, #0x18]
   384: a9208052                       mov w9, #0x105
   388: a90200f9                       str x9, [x21]
   38c: 003940f9                       ldr x0, [x8, #0x70]
   390: 093900f9                       str x9, [x8, #0x70]
   394: c0fd0736                       tbz w0, #0x0, #-0x48
   398: 093d40f9                       ldr x9, [x8, #0x78]
   39c: e9000036                       tbz w9, #0x0, #0x1c
   3a0: a90200f9                       str x9, [x21]
   3a4: 0a4140f9                       ldr x10, [x8, #0x80]
   3a8: 4a010036                       tbz w10, #0x0, #0x28
   3ac: aa0600f9                       str x10, [x21, #0x8]
   3b0: a9010037                       tbnz w9, #0x0, #0x34
   3b4: b9010014                       b #0x6e4
   3b8: 2a0140f9                       ldr x10, [x9]
   3bc: 4a050091                       add x10, x10, #0x1
   3c0: 2a0100f9                       str x10, [x9]
   3c4: a90200f9                       str x9, [x21]
   3c8: 0a4140f9                       ldr x10, [x8, #0x80]
   3cc: 0aff0737                       tbnz w10, #0x0, #-0x20
   3d0: 4b0140f9                       ldr x11, [x10]
   3d4: 6b050091                       add x11, x11, #0x1
   3d8: 4b0100f9                       str x11, [x10]
   3dc: aa0600f9                       str x10, [x21, #0x8]
   3e0: c9350036                       tbz w9, #0x0, #0x6b8
   3e4: aa350036                       tbz w10, #0x0, #0x6b4
   3e8: 4afd4193                       asr x10, x10, #1
   3ec: 4905898b                       add x9, x10, x9, asr #1
   3f0: 0a00f8d2                       mov x10, #-0x4000000000000000
   3f4: 3f010aab                       cmn x9, x10
   3f8: 25390054                       b.pl #0x724
   3fc: 2a008052                       mov w10, #0x1
   400: 490509aa                       orr x9, x10, x9, lsl #1
   404: a90200f9                       str x9, [x21]
   408: 004540f9                       ldr x0, [x8, #0x88]
   40c: 094500f9                       str x9, [x8, #0x88]
   410: a0000037                       tbnz w0, #0x0, #0x14
   414: 080040f9                       ldr x8, [x0]
   418: 080500f1                       subs x8, x8, #0x1
   41c: 080000f9                       str x8, [x0]
   420: 80030054                       b.eq #0x70
   424: 09000090                       adrp x9, #0
        # hole +0x424: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   428: 290140f9                       ldr x9, [x9]
        # hole +0x428: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   42c: 89000037                       tbnz w9, #0x0, #0x10
   430: 280140f9                       ldr x8, [x9]
   434: 08050091                       add x8, x8, #0x1
   438: 280100f9                       str x8, [x9]
   43c: a90200f9                       str x9, [x21]
   440: 880e40f9                       ldr x8, [x20, #0x18]
   444: 004940f9                       ldr x0, [x8, #0x90]
   448: 094900f9                       str x9, [x8, #0x90]
   44c: a0000037                       tbnz w0, #0x0, #0x14
   450: 090040f9                       ldr x9, [x0]
   454: 290500f1                       subs x9, x9, #0x1
   458: 090000f9                       str x9, [x0]
   45c: 40020054                       b.eq #0x48
   460: 290c8052                       mov w9, #0x61
   464: a90200f9                       str x9, [x21]
   468: 004d40f9                       ldr x0, [x8, #0x98]
   46c: 094d00f9                       str x9, [x8, #0x98]
   470: 80020037                       tbnz w0, #0x0, #0x50
   474: 090040f9                       ldr x9, [x0]
   478: 290500f1                       subs x9, x9, #0x1
   47c: 090000f9                       str x9, [x0]
   480: 01020054                       b.ne #0x40
   484: 00000094                       bl #0x0
        # hole +0x484: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   488: 880e40f9                       ldr x8, [x20, #0x18]
   48c: 0d000014                       b #0x34
   490: 00000094                       bl #0x0
        # hole +0x490: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   494: 09000090                       adrp x9, #0
        # hole +0x494: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   498: 290140f9                       ldr x9, [x9]
        # hole +0x498: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   49c: a9fc0736                       tbz w9, #0x0, #-0x6c
   4a0: e7ffff17                       b #-0x64
   4a4: 00000094                       bl #0x0
        # hole +0x4a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4a8: 880e40f9                       ldr x8, [x20, #0x18]
   4ac: 290c8052                       mov w9, #0x61
   4b0: a90200f9                       str x9, [x21]
   4b4: 004d40f9                       ldr x0, [x8, #0x98]
   4b8: 094d00f9                       str x9, [x8, #0x98]
   4bc: c0fd0736                       tbz w0, #0x0, #-0x48
   4c0: 095140f9                       ldr x9, [x8, #0xa0]
   4c4: e9000036                       tbz w9, #0x0, #0x1c
   4c8: a90200f9                       str x9, [x21]
   4cc: 0a5540f9                       ldr x10, [x8, #0xa8]
   4d0: 4a010036                       tbz w10, #0x0, #0x28
   4d4: aa0600f9                       str x10, [x21, #0x8]
   4d8: a9010037                       tbnz w9, #0x0, #0x34
   4dc: 72010014                       b #0x5c8
   4e0: 2a0140f9                       ldr x10, [x9]
   4e4: 4a050091                       add x10, x10, #0x1
   4e8: 2a0100f9                       str x10, [x9]
   4ec: a90200f9                       str x9, [x21]
   4f0: 0a5540f9                       ldr x10, [x8, #0xa8]
   4f4: 0aff0737                       tbnz w10, #0x0, #-0x20
   4f8: 4b0140f9                       ldr x11, [x10]
   4fc: 6b050091                       add x11, x11, #0x1
   500: 4b0100f9                       str x11, [x10]
   504: aa0600f9                       str x10, [x21, #0x8]
   508: e92c0036                       tbz w9, #0x0, #0x59c
   50c: ca2c0036                       tbz w10, #0x0, #0x598
   510: 29fd4193                       asr x9, x9, #1
   514: 29058acb                       sub x9, x9, x10, asr #1
   518: 0a00f8d2                       mov x10, #-0x4000000000000000
   51c: 3f010aab                       cmn x9, x10
   520: 45300054                       b.pl #0x608
   524: 2a008052                       mov w10, #0x1
   528: 490509aa                       orr x9, x10, x9, lsl #1
   52c: a90200f9                       str x9, [x21]
   530: 005940f9                       ldr x0, [x8, #0xb0]
   534: 095900f9                       str x9, [x8, #0xb0]
   538: a0000037                       tbnz w0, #0x0, #0x14
   53c: 080040f9                       ldr x8, [x0]
   540: 080500f1                       subs x8, x8, #0x1
   544: 080000f9                       str x8, [x0]
   548: 80030054                       b.eq #0x70
   54c: 08000090                       adrp x8, #0
        # hole +0x54c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   550: 080140f9                       ldr x8, [x8]
        # hole +0x550: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   554: 88000037                       tbnz w8, #0x0, #0x10
   558: 090140f9                       ldr x9, [x8]
   55c: 29050091                       add x9, x9, #0x1
   560: 090100f9                       str x9, [x8]
   564: a80200f9                       str x8, [x21]
   568: 890e40f9                       ldr x9, [x20, #0x18]
   56c: 205d40f9                       ldr x0, [x9, #0xb8]
   570: 285d00f9                       str x8, [x9, #0xb8]
   574: a0000037                       tbnz w0, #0x0, #0x14
   578: 080040f9                       ldr x8, [x0]
   57c: 080500f1                       subs x8, x8, #0x1
   580: 080000f9                       str x8, [x0]
   584: 40020054                       b.eq #0x48
   588: e8208052                       mov w8, #0x107
   58c: a80200f9                       str x8, [x21]
   590: 206140f9                       ldr x0, [x9, #0xc0]
   594: 286100f9                       str x8, [x9, #0xc0]
   598: 80020037                       tbnz w0, #0x0, #0x50
   59c: 080040f9                       ldr x8, [x0]
   5a0: 080500f1                       subs x8, x8, #0x1
   5a4: 080000f9                       str x8, [x0]
   5a8: 01020054                       b.ne #0x40
   5ac: 00000094                       bl #0x0
        # hole +0x5ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5b0: 890e40f9                       ldr x9, [x20, #0x18]
   5b4: 0d000014                       b #0x34
   5b8: 00000094                       bl #0x0
        # hole +0x5b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5bc: 08000090                       adrp x8, #0
        # hole +0x5bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   5c0: 080140f9                       ldr x8, [x8]
        # hole +0x5c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   5c4: a8fc0736                       tbz w8, #0x0, #-0x6c
   5c8: e7ffff17                       b #-0x64
   5cc: 00000094                       bl #0x0
        # hole +0x5cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5d0: 890e40f9                       ldr x9, [x20, #0x18]
   5d4: e8208052                       mov w8, #0x107
   5d8: a80200f9                       str x8, [x21]
   5dc: 206140f9                       ldr x0, [x9, #0xc0]
   5e0: 286100f9                       str x8, [x9, #0xc0]
   5e4: c0fd0736                       tbz w0, #0x0, #-0x48
   5e8: 286540f9                       ldr x8, [x9, #0xc8]
   5ec: e8000036                       tbz w8, #0x0, #0x1c
   5f0: a80200f9                       str x8, [x21]
   5f4: 2a6940f9                       ldr x10, [x9, #0xd0]
   5f8: 4a010036                       tbz w10, #0x0, #0x28
   5fc: aa0600f9                       str x10, [x21, #0x8]
   600: a8010037                       tbnz w8, #0x0, #0x34
   604: 2b010014                       b #0x4ac
   608: 0a0140f9                       ldr x10, [x8]
   60c: 4a050091                       add x10, x10, #0x1
   610: 0a0100f9                       str x10, [x8]
   614: a80200f9                       str x8, [x21]
   618: 2a6940f9                       ldr x10, [x9, #0xd0]
   61c: 0aff0737                       tbnz w10, #0x0, #-0x20
   620: 4b0140f9                       ldr x11, [x10]
   624: 6b050091                       add x11, x11, #0x1
   628: 4b0100f9                       str x11, [x10]
   62c: aa0600f9                       str x10, [x21, #0x8]
   630: 08240036                       tbz w8, #0x0, #0x480
   634: ea230036                       tbz w10, #0x0, #0x47c
   638: 08fd4193                       asr x8, x8, #1
   63c: 4bfd4193                       asr x11, x10, #1
   640: 0a7d0b9b                       mul x10, x8, x11
   644: 087d4b9b                       smulh x8, x8, x11
   648: 1ffd8aeb                       cmp x8, x10, asr #63
   64c: 054b8052                       mov w5, #0x258
   650: 88078052                       mov w8, #0x3c
   654: 41240054                       b.ne #0x488
   658: 0b00f8d2                       mov x11, #-0x4000000000000000
   65c: 4b010b8b                       add x11, x10, x11
   660: eb23f8b6                       tbz x11, #0x3f, #0x47c
   664: 28008052                       mov w8, #0x1
   668: 08050aaa                       orr x8, x8, x10, lsl #1
   66c: a80200f9                       str x8, [x21]
   670: 206d40f9                       ldr x0, [x9, #0xd8]
   674: 286d00f9                       str x8, [x9, #0xd8]
   678: a0000037                       tbnz w0, #0x0, #0x14
   67c: 080040f9                       ldr x8, [x0]
   680: 080500f1                       subs x8, x8, #0x1
   684: 080000f9                       str x8, [x0]
   688: 80030054                       b.eq #0x70
   68c: 09000090                       adrp x9, #0
        # hole +0x68c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   690: 290140f9                       ldr x9, [x9]
        # hole +0x690: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   694: 89000037                       tbnz w9, #0x0, #0x10
   698: 280140f9                       ldr x8, [x9]
   69c: 08050091                       add x8, x8, #0x1
   6a0: 280100f9                       str x8, [x9]
   6a4: a90200f9                       str x9, [x21]
   6a8: 880e40f9                       ldr x8, [x20, #0x18]
   6ac: 007140f9                       ldr x0, [x8, #0xe0]
   6b0: 097100f9                       str x9, [x8, #0xe0]
   6b4: a0000037                       tbnz w0, #0x0, #0x14
   6b8: 090040f9                       ldr x9, [x0]
   6bc: 290500f1                       subs x9, x9, #0x1
   6c0: 090000f9                       str x9, [x0]
   6c4: 40020054                       b.eq #0x48
   6c8: 69278052                       mov w9, #0x13b
   6cc: a90200f9                       str x9, [x21]
   6d0: 007540f9                       ldr x0, [x8, #0xe8]
   6d4: 097500f9                       str x9, [x8, #0xe8]
   6d8: 80020037                       tbnz w0, #0x0, #0x50
   6dc: 090040f9                       ldr x9, [x0]
   6e0: 290500f1                       subs x9, x9, #0x1
   6e4: 090000f9                       str x9, [x0]
   6e8: 01020054                       b.ne #0x40
   6ec: 00000094                       bl #0x0
        # hole +0x6ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6f0: 880e40f9                       ldr x8, [x20, #0x18]
   6f4: 0d000014                       b #0x34
   6f8: 00000094                       bl #0x0
        # hole +0x6f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6fc: 09000090                       adrp x9, #0
        # hole +0x6fc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   700: 290140f9                       ldr x9, [x9]
        # hole +0x700: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   704: a9fc0736                       tbz w9, #0x0, #-0x6c
   708: e7ffff17                       b #-0x64
   70c: 00000094                       bl #0x0
        # hole +0x70c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   710: 880e40f9                       ldr x8, [x20, #0x18]
   714: 69278052                       mov w9, #0x13b
   718: a90200f9                       str x9, [x21]
   71c: 007540f9                       ldr x0, [x8, #0xe8]
   720: 097500f9                       str x9, [x8, #0xe8]
   724: c0fd0736                       tbz w0, #0x0, #-0x48
   728: 097940f9                       ldr x9, [x8, #0xf0]
   72c: e9000036                       tbz w9, #0x0, #0x1c
   730: a90200f9                       str x9, [x21]
   734: 0a7d40f9                       ldr x10, [x8, #0xf8]
   738: 4a010036                       tbz w10, #0x0, #0x28
   73c: aa0600f9                       str x10, [x21, #0x8]
   740: a9010037                       tbnz w9, #0x0, #0x34
   744: de000014                       b #0x378
   748: 2a0140f9                       ldr x10, [x9]
   74c: 4a050091                       add x10, x10, #0x1
   750: 2a0100f9                       str x10, [x9]
   754: a90200f9                       str x9, [x21]
   758: 0a7d40f9                       ldr x10, [x8, #0xf8]
   75c: 0aff0737                       tbnz w10, #0x0, #-0x20
   760: 4b0140f9                       ldr x11, [x10]
   764: 6b050091                       add x11, x11, #0x1
   768: 4b0100f9                       str x11, [x10]
   76c: aa0600f9                       str x10, [x21, #0x8]
   770: 691a0036                       tbz w9, #0x0, #0x34c
   774: 4a1a0036                       tbz w10, #0x0, #0x348
   778: 4afd4193                       asr x10, x10, #1
   77c: 4905898b                       add x9, x10, x9, asr #1
   780: 0a00f8d2                       mov x10, #-0x4000000000000000
   784: 3f010aab                       cmn x9, x10
   788: 651d0054                       b.pl #0x3ac
   78c: 2a008052                       mov w10, #0x1
   790: 490509aa                       orr x9, x10, x9, lsl #1
   794: a90200f9                       str x9, [x21]
   798: 008140f9                       ldr x0, [x8, #0x100]
   79c: 098100f9                       str x9, [x8, #0x100]
   7a0: a0000037                       tbnz w0, #0x0, #0x14
   7a4: 080040f9                       ldr x8, [x0]
   7a8: 080500f1                       subs x8, x8, #0x1
   7ac: 080000f9                       str x8, [x0]
   7b0: 80030054                       b.eq #0x70
   7b4: 09000090                       adrp x9, #0
        # hole +0x7b4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   7b8: 290140f9                       ldr x9, [x9]
        # hole +0x7b8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   7bc: 89000037                       tbnz w9, #0x0, #0x10
   7c0: 280140f9                       ldr x8, [x9]
   7c4: 08050091                       add x8, x8, #0x1
   7c8: 280100f9                       str x8, [x9]
   7cc: a90200f9                       str x9, [x21]
   7d0: 880e40f9                       ldr x8, [x20, #0x18]
   7d4: 008540f9                       ldr x0, [x8, #0x108]
   7d8: 098500f9                       str x9, [x8, #0x108]
   7dc: a0000037                       tbnz w0, #0x0, #0x14
   7e0: 090040f9                       ldr x9, [x0]
   7e4: 290500f1                       subs x9, x9, #0x1
   7e8: 090000f9                       str x9, [x0]
   7ec: 40020054                       b.eq #0x48
   7f0: 29068052                       mov w9, #0x31
   7f4: a90200f9                       str x9, [x21]
   7f8: 008940f9                       ldr x0, [x8, #0x110]
   7fc: 098900f9                       str x9, [x8, #0x110]
   800: 80020037                       tbnz w0, #0x0, #0x50
   804: 090040f9                       ldr x9, [x0]
   808: 290500f1                       subs x9, x9, #0x1
   80c: 090000f9                       str x9, [x0]
   810: 01020054                       b.ne #0x40
   814: 00000094                       bl #0x0
        # hole +0x814: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   818: 880e40f9                       ldr x8, [x20, #0x18]
   81c: 0d000014                       b #0x34
   820: 00000094                       bl #0x0
        # hole +0x820: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   824: 09000090                       adrp x9, #0
        # hole +0x824: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   828: 290140f9                       ldr x9, [x9]
        # hole +0x828: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   82c: a9fc0736                       tbz w9, #0x0, #-0x6c
   830: e7ffff17                       b #-0x64
   834: 00000094                       bl #0x0
        # hole +0x834: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   838: 880e40f9                       ldr x8, [x20, #0x18]
   83c: 29068052                       mov w9, #0x31
   840: a90200f9                       str x9, [x21]
   844: 008940f9                       ldr x0, [x8, #0x110]
   848: 098900f9                       str x9, [x8, #0x110]
   84c: c0fd0736                       tbz w0, #0x0, #-0x48
   850: 098d40f9                       ldr x9, [x8, #0x118]
   854: e9000036                       tbz w9, #0x0, #0x1c
   858: a90200f9                       str x9, [x21]
   85c: 0a9140f9                       ldr x10, [x8, #0x120]
   860: 4a010036                       tbz w10, #0x0, #0x28
   864: aa0600f9                       str x10, [x21, #0x8]
   868: a9010037                       tbnz w9, #0x0, #0x34
   86c: 97000014                       b #0x25c
   870: 2a0140f9                       ldr x10, [x9]
   874: 4a050091                       add x10, x10, #0x1
   878: 2a0100f9                       str x10, [x9]
   87c: a90200f9                       str x9, [x21]
   880: 0a9140f9                       ldr x10, [x8, #0x120]
   884: 0aff0737                       tbnz w10, #0x0, #-0x20
   888: 4b0140f9                       ldr x11, [x10]
   88c: 6b050091                       add x11, x11, #0x1
   890: 4b0100f9                       str x11, [x10]
   894: aa0600f9                       str x10, [x21, #0x8]
   898: 89110036                       tbz w9, #0x0, #0x230
   89c: 6a110036                       tbz w10, #0x0, #0x22c
   8a0: 29fd4193                       asr x9, x9, #1
   8a4: 29058acb                       sub x9, x9, x10, asr #1
   8a8: 0a00f8d2                       mov x10, #-0x4000000000000000
   8ac: 3f010aab                       cmn x9, x10
   8b0: 85140054                       b.pl #0x290
   8b4: 2a008052                       mov w10, #0x1
   8b8: 490509aa                       orr x9, x10, x9, lsl #1
   8bc: a90200f9                       str x9, [x21]
   8c0: 009540f9                       ldr x0, [x8, #0x128]
   8c4: 099500f9                       str x9, [x8, #0x128]
   8c8: c0000037                       tbnz w0, #0x0, #0x18
   8cc: 080040f9                       ldr x8, [x0]
   8d0: 080500f1                       subs x8, x8, #0x1
   8d4: 080000f9                       str x8, [x0]
   8d8: 41000054                       b.ne #0x8
   8dc: 00000094                       bl #0x0
        # hole +0x8dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8e0: 08000090                       adrp x8, #0
        # hole +0x8e0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   8e4: 080140f9                       ldr x8, [x8]
        # hole +0x8e4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   8e8: 88000037                       tbnz w8, #0x0, #0x10
   8ec: 090140f9                       ldr x9, [x8]
   8f0: 29050091                       add x9, x9, #0x1
   8f4: 090100f9                       str x9, [x8]
   8f8: a80200f9                       str x8, [x21]
   8fc: 890e40f9                       ldr x9, [x20, #0x18]
   900: 209940f9                       ldr x0, [x9, #0x130]
   904: 289900f9                       str x8, [x9, #0x130]
   908: e0000037                       tbnz w0, #0x0, #0x1c
   90c: 080040f9                       ldr x8, [x0]
   910: 080500f1                       subs x8, x8, #0x1
   914: 080000f9                       str x8, [x0]
   918: 61000054                       b.ne #0xc
   91c: 00000094                       bl #0x0
        # hole +0x91c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   920: 890e40f9                       ldr x9, [x20, #0x18]
   924: 28098052                       mov w8, #0x49
   928: a80200f9                       str x8, [x21]
   92c: 209d40f9                       ldr x0, [x9, #0x138]
   930: 289d00f9                       str x8, [x9, #0x138]
   934: e0000037                       tbnz w0, #0x0, #0x1c
   938: 080040f9                       ldr x8, [x0]
   93c: 080500f1                       subs x8, x8, #0x1
   940: 080000f9                       str x8, [x0]
   944: 61000054                       b.ne #0xc
   948: 00000094                       bl #0x0
        # hole +0x948: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   94c: 890e40f9                       ldr x9, [x20, #0x18]
   950: 28a140f9                       ldr x8, [x9, #0x140]
   954: e8000036                       tbz w8, #0x0, #0x1c
   958: a80200f9                       str x8, [x21]
   95c: 2aa540f9                       ldr x10, [x9, #0x148]
   960: 4a010036                       tbz w10, #0x0, #0x28
   964: aa0600f9                       str x10, [x21, #0x8]
   968: a8010037                       tbnz w8, #0x0, #0x34
   96c: 5a000014                       b #0x168
   970: 0a0140f9                       ldr x10, [x8]
   974: 4a050091                       add x10, x10, #0x1
   978: 0a0100f9                       str x10, [x8]
   97c: a80200f9                       str x8, [x21]
   980: 2aa540f9                       ldr x10, [x9, #0x148]
   984: 0aff0737                       tbnz w10, #0x0, #-0x20
   988: 4b0140f9                       ldr x11, [x10]
   98c: 6b050091                       add x11, x11, #0x1
   990: 4b0100f9                       str x11, [x10]
   994: aa0600f9                       str x10, [x21, #0x8]
   998: e8090036                       tbz w8, #0x0, #0x13c
   99c: ca090036                       tbz w10, #0x0, #0x138
   9a0: 08fd4193                       asr x8, x8, #1
   9a4: 4bfd4193                       asr x11, x10, #1
   9a8: 0a7d0b9b                       mul x10, x8, x11
   9ac: 087d4b9b                       smulh x8, x8, x11
   9b0: 1ffd8aeb                       cmp x8, x10, asr #63
   9b4: 45748052                       mov w5, #0x3a2
   9b8: a80b8052                       mov w8, #0x5d
   9bc: 01090054                       b.ne #0x120
   9c0: 0b00f8d2                       mov x11, #-0x4000000000000000
   9c4: 4b010b8b                       add x11, x10, x11
   9c8: ab08f8b6                       tbz x11, #0x3f, #0x114
   9cc: 28008052                       mov w8, #0x1
   9d0: 08050aaa                       orr x8, x8, x10, lsl #1
   9d4: a80200f9                       str x8, [x21]
   9d8: 20a940f9                       ldr x0, [x9, #0x150]
   9dc: 28a900f9                       str x8, [x9, #0x150]
   9e0: c0000037                       tbnz w0, #0x0, #0x18
   9e4: 080040f9                       ldr x8, [x0]
   9e8: 080500f1                       subs x8, x8, #0x1
   9ec: 080000f9                       str x8, [x0]
   9f0: 41000054                       b.ne #0x8
   9f4: 00000094                       bl #0x0
        # hole +0x9f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   9f8: 09000090                       adrp x9, #0
        # hole +0x9f8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   9fc: 290140f9                       ldr x9, [x9]
        # hole +0x9fc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   a00: 89000037                       tbnz w9, #0x0, #0x10
   a04: 280140f9                       ldr x8, [x9]
   a08: 08050091                       add x8, x8, #0x1
   a0c: 280100f9                       str x8, [x9]
   a10: a90200f9                       str x9, [x21]
   a14: 880e40f9                       ldr x8, [x20, #0x18]
   a18: 00ad40f9                       ldr x0, [x8, #0x158]
   a1c: 09ad00f9                       str x9, [x8, #0x158]
   a20: e0000037                       tbnz w0, #0x0, #0x1c
   a24: 090040f9                       ldr x9, [x0]
   a28: 290500f1                       subs x9, x9, #0x1
   a2c: 090000f9                       str x9, [x0]
   a30: 61000054                       b.ne #0xc
   a34: 00000094                       bl #0x0
        # hole +0xa34: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a38: 880e40f9                       ldr x8, [x20, #0x18]
   a3c: 692c8052                       mov w9, #0x163
   a40: a90200f9                       str x9, [x21]
   a44: 00b140f9                       ldr x0, [x8, #0x160]
   a48: 09b100f9                       str x9, [x8, #0x160]
   a4c: a0000037                       tbnz w0, #0x0, #0x14
   a50: 080040f9                       ldr x8, [x0]
   a54: 080500f1                       subs x8, x8, #0x1
   a58: 080000f9                       str x8, [x0]
   a5c: 60000054                       b.eq #0xc
   a60: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a64: 00000014                       b #0x0
        # hole +0xa64: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   a68: 00000094                       bl #0x0
        # hole +0xa68: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a6c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a70: 00000014                       b #0x0
        # hole +0xa70: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
   a74: 05058052                       mov w5, #0x28
   a78: 88008052                       mov w8, #0x4
   a7c: 18000014                       b #0x60
   a80: c5128052                       mov w5, #0x96
   a84: e8018052                       mov w8, #0xf
   a88: 15000014                       b #0x54
   a8c: 85208052                       mov w5, #0x104
   a90: 48038052                       mov w8, #0x1a
   a94: 12000014                       b #0x48
   a98: 452e8052                       mov w5, #0x172
   a9c: a8048052                       mov w8, #0x25
   aa0: 0f000014                       b #0x3c
   aa4: 053c8052                       mov w5, #0x1e0
   aa8: 08068052                       mov w8, #0x30
   aac: 0c000014                       b #0x30
   ab0: c5498052                       mov w5, #0x24e
   ab4: 68078052                       mov w8, #0x3b
   ab8: 09000014                       b #0x24
   abc: 85578052                       mov w5, #0x2bc
   ac0: c8088052                       mov w8, #0x46
   ac4: 06000014                       b #0x18
   ac8: 45658052                       mov w5, #0x32a
   acc: 280a8052                       mov w8, #0x51
   ad0: 03000014                       b #0xc
   ad4: 05738052                       mov w5, #0x398
   ad8: 880b8052                       mov w8, #0x5c
   adc: 09000090                       adrp x9, #0
        # hole +0xadc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   ae0: 290140f9                       ldr x9, [x9]
        # hole +0xae0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ae4: a1420091                       add x1, x21, #0x10
   ae8: 2401088b                       add x4, x9, x8
   aec: e00314aa                       mov x0, x20
   af0: e20316aa                       mov x2, x22
   af4: 23008052                       mov w3, #0x1
   af8: 00000094                       bl #0x0
        # hole +0xaf8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   afc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   b00: c0035fd6                       ret
   b04: 45068052                       mov w5, #0x32
   b08: a8008052                       mov w8, #0x5
   b0c: f4ffff17                       b #-0x30
   b10: 05148052                       mov w5, #0xa0
   b14: 08028052                       mov w8, #0x10
   b18: f1ffff17                       b #-0x3c
   b1c: 852f8052                       mov w5, #0x17c
   b20: c8048052                       mov w8, #0x26
   b24: eeffff17                       b #-0x48
   b28: 453d8052                       mov w5, #0x1ea
   b2c: 28068052                       mov w8, #0x31
   b30: ebffff17                       b #-0x54
   b34: c5588052                       mov w5, #0x2c6
   b38: e8088052                       mov w8, #0x47
   b3c: e8ffff17                       b #-0x60
   b40: 85668052                       mov w5, #0x334
   b44: 480a8052                       mov w8, #0x52
   b48: e5ffff17                       b #-0x6c
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
