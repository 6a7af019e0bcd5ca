# stencil startup_mixed for aarch64-apple-darwin: 3804 code bytes, 32 data bytes, 50 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: f30315aa                       mov x19, x21
    20: 608600f8                       str x0, [x19], #0x8
    24: 80030037                       tbnz w0, #0x0, #0x70
    28: 080840b9                       ldr w8, [x0, #0x8]
    2c: 1f1d0071                       cmp w8, #0x7
    30: a1030054                       b.ne #0x74
    34: 08000090                       adrp x8, #0
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
    38: 080140f9                       ldr x8, [x8]
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
    3c: 091840f9                       ldr x9, [x0, #0x30]
    40: 291940f9                       ldr x9, [x9, #0x30]
    44: 3f0108eb                       cmp x9, x8
    48: e1020054                       b.ne #0x5c
    4c: 081c40f9                       ldr x8, [x0, #0x38]
    50: 1f0900f1                       cmp x8, #0x2
    54: 43370054                       b.lo #0x6e8
    58: 092440f9                       ldr x9, [x0, #0x48]
    5c: c9020037                       tbnz w9, #0x0, #0x58
    60: 280140f9                       ldr x8, [x9]
    64: 08050091                       add x8, x8, #0x1
    68: 280100f9                       str x8, [x9]
    6c: a90200f9                       str x9, [x21]
    70: 080040f9                       ldr x8, [x0]
    74: 080500f1                       subs x8, x8, #0x1
    78: 080000f9                       str x8, [x0]
    7c: 60020054                       b.eq #0x4c
    80: 880e40f9                       ldr x8, [x20, #0x18]
    84: 000540f9                       ldr x0, [x8, #0x8]
    88: 090500f9                       str x9, [x8, #0x8]
    8c: a0020036                       tbz w0, #0x0, #0x54
    90: 1a000014                       b #0x68
    94: 23008052                       mov w3, #0x1
    98: 45018052                       mov w5, #0xa
    9c: 28008052                       mov w8, #0x1
    a0: 97000014                       b #0x25c
    a4: 28008052                       mov w8, #0x1
    a8: 45018052                       mov w5, #0xa
    ac: e30308aa                       mov x3, x8
    b0: 93000014                       b #0x24c
    b4: a90200f9                       str x9, [x21]
    b8: 080040f9                       ldr x8, [x0]
    bc: 080500f1                       subs x8, x8, #0x1
    c0: 080000f9                       str x8, [x0]
    c4: e1fdff54                       b.ne #-0x44
    c8: 00000094                       bl #0x0
        # hole +0xc8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    cc: a90240f9                       ldr x9, [x21]
    d0: 880e40f9                       ldr x8, [x20, #0x18]
    d4: 000540f9                       ldr x0, [x8, #0x8]
    d8: 090500f9                       str x9, [x8, #0x8]
    dc: e0000037                       tbnz w0, #0x0, #0x1c
    e0: 090040f9                       ldr x9, [x0]
    e4: 290500f1                       subs x9, x9, #0x1
    e8: 090000f9                       str x9, [x0]
    ec: 61000054                       b.ne #0xc
    f0: 00000094                       bl #0x0
        # hole +0xf0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    f4: 880e40f9                       ldr x8, [x20, #0x18]
    f8: 171140f9                       ldr x23, [x8, #0x20]
    fc: 77010037                       tbnz w23, #0x0, #0x2c
   100: e90240f9                       ldr x9, [x23]
   104: 29050091                       add x9, x9, #0x1
   108: e90200f9                       str x9, [x23]
   10c: b70200f9                       str x23, [x21]
   110: 080940f9                       ldr x8, [x8, #0x10]
   114: 08010036                       tbz w8, #0x0, #0x20
   118: b9420091                       add x25, x21, #0x10
   11c: a80600f9                       str x8, [x21, #0x8]
   120: 77010036                       tbz w23, #0x0, #0x2c
   124: 37000014                       b #0xdc
   128: b70200f9                       str x23, [x21]
   12c: 080940f9                       ldr x8, [x8, #0x10]
   130: 48ff0737                       tbnz w8, #0x0, #-0x18
   134: 090140f9                       ldr x9, [x8]
   138: 29050091                       add x9, x9, #0x1
   13c: 090100f9                       str x9, [x8]
   140: b9420091                       add x25, x21, #0x10
   144: a80600f9                       str x8, [x21, #0x8]
   148: d7050037                       tbnz w23, #0x0, #0xb8
   14c: e80a40b9                       ldr w8, [x23, #0x8]
   150: 1f210071                       cmp w8, #0x8
   154: 61050054                       b.ne #0xac
   158: e81e40f9                       ldr x8, [x23, #0x38]
   15c: e00316aa                       mov x0, x22
   160: e10313aa                       mov x1, x19
   164: 22008052                       mov w2, #0x1
   168: 00013fd6                       blr x8
   16c: f80300aa                       mov x24, x0
   170: 600240f9                       ldr x0, [x19]
   174: c0000037                       tbnz w0, #0x0, #0x18
   178: 080040f9                       ldr x8, [x0]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 080000f9                       str x8, [x0]
   184: 41000054                       b.ne #0x8
   188: 00000094                       bl #0x0
        # hole +0x188: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   18c: e80240f9                       ldr x8, [x23]
   190: 080500f1                       subs x8, x8, #0x1
   194: e80200f9                       str x8, [x23]
   198: 61000054                       b.ne #0xc
   19c: e00317aa                       mov x0, x23
   1a0: 00000094                       bl #0x0
        # hole +0x1a0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1a4: d82d00b4                       cbz x24, #0x5b8
   1a8: b80200f9                       str x24, [x21]
   1ac: 880e40f9                       ldr x8, [x20, #0x18]
   1b0: 000d40f9                       ldr x0, [x8, #0x18]
   1b4: 180d00f9                       str x24, [x8, #0x18]
   1b8: e0000037                       tbnz w0, #0x0, #0x1c
   1bc: 090040f9                       ldr x9, [x0]
   1c0: 290500f1                       subs x9, x9, #0x1
   1c4: 090000f9                       str x9, [x0]
   1c8: 61000054                       b.ne #0xc
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1d0: 880e40f9                       ldr x8, [x20, #0x18]
   1d4: 001540f9                       ldr x0, [x8, #0x28]
   1d8: c0010037                       tbnz w0, #0x0, #0x38
   1dc: 090040f9                       ldr x9, [x0]
   1e0: 29050091                       add x9, x9, #0x1
   1e4: 090000f9                       str x9, [x0]
   1e8: a00200f9                       str x0, [x21]
   1ec: 171940f9                       ldr x23, [x8, #0x30]
   1f0: 77010036                       tbz w23, #0x0, #0x2c
   1f4: 770200f9                       str x23, [x19]
   1f8: c0010036                       tbz w0, #0x0, #0x38
   1fc: 3c000014                       b #0xf0
   200: 23008052                       mov w3, #0x1
   204: 85078052                       mov w5, #0x3c
   208: c8008052                       mov w8, #0x6
   20c: 3b000014                       b #0xec
   210: a00200f9                       str x0, [x21]
   214: 171940f9                       ldr x23, [x8, #0x30]
   218: f7fe0737                       tbnz w23, #0x0, #-0x24
   21c: e80240f9                       ldr x8, [x23]
   220: 08050091                       add x8, x8, #0x1
   224: e80200f9                       str x8, [x23]
   228: 770200f9                       str x23, [x19]
   22c: 00060037                       tbnz w0, #0x0, #0xc0
   230: 080840b9                       ldr w8, [x0, #0x8]
   234: 1f090071                       cmp w8, #0x2
   238: a1050054                       b.ne #0xb4
   23c: 97050037                       tbnz w23, #0x0, #0xb0
   240: e80a40b9                       ldr w8, [x23, #0x8]
   244: 1f090071                       cmp w8, #0x2
   248: 21050054                       b.ne #0xa4
   24c: 081840fd                       ldr d8, [x0, #0x30]
   250: e91a40fd                       ldr d9, [x23, #0x30]
   254: 080040f9                       ldr x8, [x0]
   258: 080500f1                       subs x8, x8, #0x1
   25c: 080000f9                       str x8, [x0]
   260: 41000054                       b.ne #0x8
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 0809691e                       fmul d8, d8, d9
   26c: e80240f9                       ldr x8, [x23]
   270: 080500f1                       subs x8, x8, #0x1
   274: e80200f9                       str x8, [x23]
   278: 61000054                       b.ne #0xc
   27c: e00317aa                       mov x0, x23
   280: 00000094                       bl #0x0
        # hole +0x280: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   284: e00316aa                       mov x0, x22
   288: 0041601e                       fmov d0, d8
   28c: 00000094                       bl #0x0
        # hole +0x28c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   290: e80300aa                       mov x8, x0
   294: a00200f9                       str x0, [x21]
   298: 890e40f9                       ldr x9, [x20, #0x18]
   29c: 201d40f9                       ldr x0, [x9, #0x38]
   2a0: 281d00f9                       str x8, [x9, #0x38]
   2a4: e0000037                       tbnz w0, #0x0, #0x1c
   2a8: 080040f9                       ldr x8, [x0]
   2ac: 080500f1                       subs x8, x8, #0x1
   2b0: 080000f9                       str x8, [x0]
   2b4: 61000054                       b.ne #0xc
   2b8: 00000094                       bl #0x0
        # hole +0x2b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2bc: 890e40f9                       ldr x9, [x20, #0x18]
   2c0: 282140f9                       ldr x8, [x9, #0x40]
   2c4: e8020037                       tbnz w8, #0x0, #0x5c
   2c8: 0a0140f9                       ldr x10, [x8]
   2cc: 4a050091                       add x10, x10, #0x1
   2d0: 0a0100f9                       str x10, [x8]
   2d4: a80200f9                       str x8, [x21]
   2d8: 2a2540f9                       ldr x10, [x9, #0x48]
   2dc: 8a020036                       tbz w10, #0x0, #0x50
   2e0: 6a0200f9                       str x10, [x19]
   2e4: e8020037                       tbnz w8, #0x0, #0x5c
   2e8: 2b000014                       b #0xac
   2ec: 23008052                       mov w3, #0x1
   2f0: 850c8052                       mov w5, #0x64
   2f4: 48018052                       mov w8, #0xa
   2f8: f30319aa                       mov x19, x25
   2fc: 09000090                       adrp x9, #0
        # hole +0x2fc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   300: 290140f9                       ldr x9, [x9]
        # hole +0x300: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   304: 2401088b                       add x4, x9, x8
   308: e00314aa                       mov x0, x20
   30c: e10313aa                       mov x1, x19
   310: e20316aa                       mov x2, x22
   314: 00000094                       bl #0x0
        # hole +0x314: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   318: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   31c: c0035fd6                       ret
   320: a80200f9                       str x8, [x21]
   324: 2a2540f9                       ldr x10, [x9, #0x48]
   328: cafd0737                       tbnz w10, #0x0, #-0x48
   32c: 4b0140f9                       ldr x11, [x10]
   330: 6b050091                       add x11, x11, #0x1
   334: 4b0100f9                       str x11, [x10]
   338: 6a0200f9                       str x10, [x19]
   33c: c8020036                       tbz w8, #0x0, #0x58
   340: aa020036                       tbz w10, #0x0, #0x54
   344: 0b000090                       adrp x11, #0
        # hole +0x344: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   348: 6b0140f9                       ldr x11, [x11]
        # hole +0x348: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   34c: 08fd4193                       asr x8, x8, #1
   350: 0c000090                       adrp x12, #0
        # hole +0x350: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   354: 8c0140f9                       ldr x12, [x12]
        # hole +0x354: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   358: 1f058aeb                       cmp x8, x10, asr #1
   35c: 88b18b9a                       csel x8, x12, x11, lt
   360: a80200f9                       str x8, [x21]
   364: 4a350054                       b.ge #0x6a8
   368: 202940f9                       ldr x0, [x9, #0x50]
   36c: c0010037                       tbnz w0, #0x0, #0x38
   370: 080040f9                       ldr x8, [x0]
   374: 08050091                       add x8, x8, #0x1
   378: 080000f9                       str x8, [x0]
   37c: a00200f9                       str x0, [x21]
   380: 372d40f9                       ldr x23, [x9, #0x58]
   384: 77010036                       tbz w23, #0x0, #0x2c
   388: 770200f9                       str x23, [x19]
   38c: c0010036                       tbz w0, #0x0, #0x38
   390: 3c000014                       b #0xf0
   394: 23008052                       mov w3, #0x1
   398: c5128052                       mov w5, #0x96
   39c: e8018052                       mov w8, #0xf
   3a0: d6ffff17                       b #-0xa8
   3a4: a00200f9                       str x0, [x21]
   3a8: 372d40f9                       ldr x23, [x9, #0x58]
   3ac: f7fe0737                       tbnz w23, #0x0, #-0x24
   3b0: e80240f9                       ldr x8, [x23]
   3b4: 08050091                       add x8, x8, #0x1
   3b8: e80200f9                       str x8, [x23]
   3bc: 770200f9                       str x23, [x19]
   3c0: 00060037                       tbnz w0, #0x0, #0xc0
   3c4: 080840b9                       ldr w8, [x0, #0x8]
   3c8: 1f090071                       cmp w8, #0x2
   3cc: a1050054                       b.ne #0xb4
   3d0: 97050037                       tbnz w23, #0x0, #0xb0
   3d4: e80a40b9                       ldr w8, [x23, #0x8]
   3d8: 1f090071                       cmp w8, #0x2
   3dc: 21050054                       b.ne #0xa4
   3e0: 081840fd                       ldr d8, [x0, #0x30]
   3e4: e91a40fd                       ldr d9, [x23, #0x30]
   3e8: 080040f9                       ldr x8, [x0]
   3ec: 080500f1                       subs x8, x8, #0x1
   3f0: 080000f9                       str x8, [x0]
   3f4: 41000054                       b.ne #0x8
   3f8: 00000094                       bl #0x0
        # hole +0x3f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3fc: 0809691e                       fmul d8, d8, d9
   400: e80240f9                       ldr x8, [x23]
   404: 080500f1                       subs x8, x8, #0x1
   408: e80200f9                       str x8, [x23]
   40c: 61000054                       b.ne #0xc
   410: e00317aa                       mov x0, x23
   414: 00000094                       bl #0x0
        # hole +0x414: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   418: e00316aa                       mov x0, x22
   41c: 0041601e                       fmov d0, d8
   420: 00000094                       bl #0x0
        # hole +0x420: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   424: e80300aa                       mov x8, x0
   428: a00200f9                       str x0, [x21]
   42c: 890e40f9                       ldr x9, [x20, #0x18]
   430: 203140f9                       ldr x0, [x9, #0x60]
   434: 283100f9                       str x8, [x9, #0x60]
   438: e0000037                       tbnz w0, #0x0, #0x1c
   43c: 080040f9                       ldr x8, [x0]
   440: 080500f1                       subs x8, x8, #0x1
   444: 080000f9                       str x8, [x0]
   448: 61000054                       b.ne #0xc
   44c: 00000094                       bl #0x0
        # hole +0x44c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   450: 890e40f9                       ldr x9, [x20, #0x18]
   454: 283540f9                       ldr x8, [x9, #0x68]
   458: c8010037                       tbnz w8, #0x0, #0x38
   45c: 0a0140f9                       ldr x10, [x8]
   460: 4a050091                       add x10, x10, #0x1
   464: 0a0100f9                       str x10, [x8]
   468: a80200f9                       str x8, [x21]
   46c: 2a3940f9                       ldr x10, [x9, #0x70]
   470: 6a010036                       tbz w10, #0x0, #0x2c
   474: 6a0200f9                       str x10, [x19]
   478: c8010037                       tbnz w8, #0x0, #0x38
   47c: 31000014                       b #0xc4
   480: 23008052                       mov w3, #0x1
   484: 05198052                       mov w5, #0xc8
   488: 88028052                       mov w8, #0x14
   48c: 9bffff17                       b #-0x194
   490: a80200f9                       str x8, [x21]
   494: 2a3940f9                       ldr x10, [x9, #0x70]
   498: eafe0737                       tbnz w10, #0x0, #-0x24
   49c: 4b0140f9                       ldr x11, [x10]
   4a0: 6b050091                       add x11, x11, #0x1
   4a4: 4b0100f9                       str x11, [x10]
   4a8: 6a0200f9                       str x10, [x19]
   4ac: a8040036                       tbz w8, #0x0, #0x94
   4b0: 8a040036                       tbz w10, #0x0, #0x90
   4b4: 08fd4193                       asr x8, x8, #1
   4b8: 4bfd4193                       asr x11, x10, #1
   4bc: 0a7d0b9b                       mul x10, x8, x11
   4c0: 087d4b9b                       smulh x8, x8, x11
   4c4: 1ffd8aeb                       cmp x8, x10, asr #63
   4c8: 23008052                       mov w3, #0x1
   4cc: 85208052                       mov w5, #0x104
   4d0: 48038052                       mov w8, #0x1a
   4d4: 21f1ff54                       b.ne #-0x1dc
   4d8: 0b00f8d2                       mov x11, #-0x4000000000000000
   4dc: 4b010b8b                       add x11, x10, x11
   4e0: cbf0ffb6                       tbz x11, #0x3f, #-0x1e8
   4e4: 28008052                       mov w8, #0x1
   4e8: 08050aaa                       orr x8, x8, x10, lsl #1
   4ec: a80200f9                       str x8, [x21]
   4f0: 203d40f9                       ldr x0, [x9, #0x78]
   4f4: 283d00f9                       str x8, [x9, #0x78]
   4f8: e0000037                       tbnz w0, #0x0, #0x1c
   4fc: 080040f9                       ldr x8, [x0]
   500: 080500f1                       subs x8, x8, #0x1
   504: 080000f9                       str x8, [x0]
   508: 61000054                       b.ne #0xc
   50c: 00000094                       bl #0x0
        # hole +0x50c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   510: 890e40f9                       ldr x9, [x20, #0x18]
   514: 284140f9                       ldr x8, [x9, #0x80]
   518: c8010037                       tbnz w8, #0x0, #0x38
   51c: 0a0140f9                       ldr x10, [x8]
   520: 4a050091                       add x10, x10, #0x1
   524: 0a0100f9                       str x10, [x8]
   528: a80200f9                       str x8, [x21]
   52c: 2a4540f9                       ldr x10, [x9, #0x88]
   530: 6a010036                       tbz w10, #0x0, #0x2c
   534: 6a0200f9                       str x10, [x19]
   538: c8010037                       tbnz w8, #0x0, #0x38
   53c: 31000014                       b #0xc4
   540: 23008052                       mov w3, #0x1
   544: 451f8052                       mov w5, #0xfa
   548: 28038052                       mov w8, #0x19
   54c: 6bffff17                       b #-0x254
   550: a80200f9                       str x8, [x21]
   554: 2a4540f9                       ldr x10, [x9, #0x88]
   558: eafe0737                       tbnz w10, #0x0, #-0x24
   55c: 4b0140f9                       ldr x11, [x10]
   560: 6b050091                       add x11, x11, #0x1
   564: 4b0100f9                       str x11, [x10]
   568: 6a0200f9                       str x10, [x19]
   56c: a8040036                       tbz w8, #0x0, #0x94
   570: 8a040036                       tbz w10, #0x0, #0x90
   574: 08fd4193                       asr x8, x8, #1
   578: 4bfd4193                       asr x11, x10, #1
   57c: 0a7d0b9b                       mul x10, x8, x11
   580: 087d4b9b                       smulh x8, x8, x11
   584: 1ffd8aeb                       cmp x8, x10, asr #63
   588: 23008052                       mov w3, #0x1
   58c: c5268052                       mov w5, #0x136
   590: e8038052                       mov w8, #0x1f
   594: 21ebff54                       b.ne #-0x29c
   598: 0b00f8d2                       mov x11, #-0x4000000000000000
   59c: 4b010b8b                       add x11, x10, x11
   5a0: cbeaffb6                       tbz x11, #0x3f, #-0x2a8
   5a4: 28008052                       mov w8, #0x1
   5a8: 08050aaa                       orr x8, x8, x10, lsl #1
   5ac: a80200f9                       str x8, [x21]
   5b0: 204940f9                       ldr x0, [x9, #0x90]
   5b4: 284900f9                       str x8, [x9, #0x90]
   5b8: e0000037                       tbnz w0, #0x0, #0x1c
   5bc: 080040f9                       ldr x8, [x0]
   5c0: 080500f1                       subs x8, x8, #0x1
   5c4: 080000f9                       str x8, [x0]
   5c8: 61000054                       b.ne #0xc
   5cc: 00000094                       bl #0x0
        # hole +0x5cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5d0: 890e40f9                       ldr x9, [x20, #0x18]
   5d4: 284d40f9                       ldr x8, [x9, #0x98]
   5d8: c8010037                       tbnz w8, #0x0, #0x38
   5dc: 0a0140f9                       ldr x10, [x8]
   5e0: 4a050091                       add x10, x10, #0x1
   5e4: 0a0100f9                       str x10, [x8]
   5e8: a80200f9                       str x8, [x21]
   5ec: 2a5140f9                       ldr x10, [x9, #0xa0]
   5f0: 6a010036                       tbz w10, #0x0, #0x2c
   5f4: 6a0200f9                       str x10, [x19]
   5f8: c8010037                       tbnz w8, #0x0, #0x38
   5fc: 54000014                       b #0x150
   600: 23008052                       mov w3, #0x1
   604: 85258052                       mov w5, #0x12c
   608: c8038052                       mov w8, #0x1e
   60c: 3bffff17                       b #-0x314
   610: a80200f9                       str x8, [x21]
   614: 2a5140f9                       ldr x10, [x9, #0xa0]
   618: eafe0737                       tbnz w10, #0x0, #-0x24
   61c: 4b0140f9                       ldr x11, [x10]
   620: 6b050091                       add x11, x11, #0x1
   624: 4b0100f9                       str x11, [x10]
   628: 6a0200f9                       str x10, [x19]
   62c: 08090036                       tbz w8, #0x0, #0x120
   630: ea080036                       tbz w10, #0x0, #0x11c
   634: 08fd4193                       asr x8, x8, #1
   638: 4bfd4193                       asr x11, x10, #1
   63c: 0a7d0b9b                       mul x10, x8, x11
   640: 087d4b9b                       smulh x8, x8, x11
   644: 1ffd8aeb                       cmp x8, x10, asr #63
   648: 23008052                       mov w3, #0x1
   64c: 052d8052                       mov w5, #0x168
   650: 88048052                       mov w8, #0x24
   654: 21e5ff54                       b.ne #-0x35c
   658: 0b00f8d2                       mov x11, #-0x4000000000000000
   65c: 4b010b8b                       add x11, x10, x11
   660: cbe4ffb6                       tbz x11, #0x3f, #-0x368
   664: 28008052                       mov w8, #0x1
   668: 08050aaa                       orr x8, x8, x10, lsl #1
   66c: a80200f9                       str x8, [x21]
   670: 205540f9                       ldr x0, [x9, #0xa8]
   674: 285500f9                       str x8, [x9, #0xa8]
   678: e0000037                       tbnz w0, #0x0, #0x1c
   67c: 080040f9                       ldr x8, [x0]
   680: 080500f1                       subs x8, x8, #0x1
   684: 080000f9                       str x8, [x0]
   688: 61000054                       b.ne #0xc
   68c: 00000094                       bl #0x0
        # hole +0x68c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   690: 890e40f9                       ldr x9, [x20, #0x18]
   694: a8078052                       mov w8, #0x3d
   698: a80200f9                       str x8, [x21]
   69c: 205940f9                       ldr x0, [x9, #0xb0]
   6a0: 285900f9                       str x8, [x9, #0xb0]
   6a4: e0000037                       tbnz w0, #0x0, #0x1c
   6a8: 080040f9                       ldr x8, [x0]
   6ac: 080500f1                       subs x8, x8, #0x1
   6b0: 080000f9                       str x8, [x0]
   6b4: 61000054                       b.ne #0xc
   6b8: 00000094                       bl #0x0
        # hole +0x6b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6bc: 890e40f9                       ldr x9, [x20, #0x18]
   6c0: 205d40f9                       ldr x0, [x9, #0xb8]
   6c4: 60050037                       tbnz w0, #0x0, #0xac
   6c8: 080040f9                       ldr x8, [x0]
   6cc: 0a050091                       add x10, x8, #0x1
   6d0: 0a0000f9                       str x10, [x0]
   6d4: a00200f9                       str x0, [x21]
   6d8: 080840b9                       ldr w8, [x0, #0x8]
   6dc: 1f1d0071                       cmp w8, #0x7
   6e0: a1040054                       b.ne #0x94
   6e4: 081840f9                       ldr x8, [x0, #0x30]
   6e8: 081940f9                       ldr x8, [x8, #0x30]
   6ec: 081942d1                       sub x8, x8, #0x86, lsl #12
   6f0: 1fed3af1                       cmp x8, #0xebb
   6f4: 01040054                       b.ne #0x80
   6f8: 081c40f9                       ldr x8, [x0, #0x38]
   6fc: 1f0900f1                       cmp x8, #0x2
   700: 632d0054                       b.lo #0x5ac
   704: 082440f9                       ldr x8, [x0, #0x48]
   708: e8030037                       tbnz w8, #0x0, #0x7c
   70c: 0a0140f9                       ldr x10, [x8]
   710: 4a050091                       add x10, x10, #0x1
   714: 0a0100f9                       str x10, [x8]
   718: 0a0040f9                       ldr x10, [x0]
   71c: a80200f9                       str x8, [x21]
   720: 4a0500f1                       subs x10, x10, #0x1
   724: 0a0000f9                       str x10, [x0]
   728: 60030054                       b.eq #0x6c
   72c: 206140f9                       ldr x0, [x9, #0xc0]
   730: 286100f9                       str x8, [x9, #0xc0]
   734: c0030036                       tbz w0, #0x0, #0x78
   738: 23000014                       b #0x8c
   73c: 23008052                       mov w3, #0x1
   740: 85028052                       mov w5, #0x14
   744: 48008052                       mov w8, #0x2
   748: edfeff17                       b #-0x44c
   74c: 23008052                       mov w3, #0x1
   750: c52b8052                       mov w5, #0x15e
   754: 68048052                       mov w8, #0x23
   758: e8feff17                       b #-0x460
   75c: 63008052                       mov w3, #0x3
   760: 85078052                       mov w5, #0x3c
   764: c8008052                       mov w8, #0x6
   768: f30315aa                       mov x19, x21
   76c: e4feff17                       b #-0x470
   770: a00200f9                       str x0, [x21]
   774: 23008052                       mov w3, #0x1
   778: 45338052                       mov w5, #0x19a
   77c: 28058052                       mov w8, #0x29
   780: dffeff17                       b #-0x484
   784: a80200f9                       str x8, [x21]
   788: 4a0500f1                       subs x10, x10, #0x1
   78c: 0a0000f9                       str x10, [x0]
   790: e1fcff54                       b.ne #-0x64
   794: 00000094                       bl #0x0
        # hole +0x794: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   798: a80240f9                       ldr x8, [x21]
   79c: 890e40f9                       ldr x9, [x20, #0x18]
   7a0: 206140f9                       ldr x0, [x9, #0xc0]
   7a4: 286100f9                       str x8, [x9, #0xc0]
   7a8: e0000037                       tbnz w0, #0x0, #0x1c
   7ac: 080040f9                       ldr x8, [x0]
   7b0: 080500f1                       subs x8, x8, #0x1
   7b4: 080000f9                       str x8, [x0]
   7b8: 61000054                       b.ne #0xc
   7bc: 00000094                       bl #0x0
        # hole +0x7bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7c0: 890e40f9                       ldr x9, [x20, #0x18]
   7c4: 377140f9                       ldr x23, [x9, #0xe0]
   7c8: 37020037                       tbnz w23, #0x0, #0x44
   7cc: e80240f9                       ldr x8, [x23]
   7d0: 08050091                       add x8, x8, #0x1
   7d4: e80200f9                       str x8, [x23]
   7d8: b70200f9                       str x23, [x21]
   7dc: 286540f9                       ldr x8, [x9, #0xc8]
   7e0: c8010036                       tbz w8, #0x0, #0x38
   7e4: 680200f9                       str x8, [x19]
   7e8: 286940f9                       ldr x8, [x9, #0xd0]
   7ec: 28020037                       tbnz w8, #0x0, #0x44
   7f0: 090140f9                       ldr x9, [x8]
   7f4: 29050091                       add x9, x9, #0x1
   7f8: 090100f9                       str x9, [x8]
   7fc: a9620091                       add x9, x21, #0x18
   800: a80a00f9                       str x8, [x21, #0x10]
   804: 57080037                       tbnz w23, #0x0, #0x108
   808: 0d000014                       b #0x34
   80c: b70200f9                       str x23, [x21]
   810: 286540f9                       ldr x8, [x9, #0xc8]
   814: 88fe0737                       tbnz w8, #0x0, #-0x30
   818: 0a0140f9                       ldr x10, [x8]
   81c: 4a050091                       add x10, x10, #0x1
   820: 0a0100f9                       str x10, [x8]
   824: 680200f9                       str x8, [x19]
   828: 286940f9                       ldr x8, [x9, #0xd0]
   82c: 28fe0736                       tbz w8, #0x0, #-0x3c
   830: a9620091                       add x9, x21, #0x18
   834: a80a00f9                       str x8, [x21, #0x10]
   838: b7060037                       tbnz w23, #0x0, #0xd4
   83c: e80a40b9                       ldr w8, [x23, #0x8]
   840: 1f210071                       cmp w8, #0x8
   844: 41060054                       b.ne #0xc8
   848: e81e40f9                       ldr x8, [x23, #0x38]
   84c: e00316aa                       mov x0, x22
   850: e10313aa                       mov x1, x19
   854: 42008052                       mov w2, #0x2
   858: 00013fd6                       blr x8
   85c: f80300aa                       mov x24, x0
   860: 600240f9                       ldr x0, [x19]
   864: c0000037                       tbnz w0, #0x0, #0x18
   868: 080040f9                       ldr x8, [x0]
   86c: 080500f1                       subs x8, x8, #0x1
   870: 080000f9                       str x8, [x0]
   874: 41000054                       b.ne #0x8
   878: 00000094                       bl #0x0
        # hole +0x878: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   87c: 200340f9                       ldr x0, [x25]
   880: c0000037                       tbnz w0, #0x0, #0x18
   884: 080040f9                       ldr x8, [x0]
   888: 080500f1                       subs x8, x8, #0x1
   88c: 080000f9                       str x8, [x0]
   890: 41000054                       b.ne #0x8
   894: 00000094                       bl #0x0
        # hole +0x894: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   898: e80240f9                       ldr x8, [x23]
   89c: 080500f1                       subs x8, x8, #0x1
   8a0: e80200f9                       str x8, [x23]
   8a4: 61000054                       b.ne #0xc
   8a8: e00317aa                       mov x0, x23
   8ac: 00000094                       bl #0x0
        # hole +0x8ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8b0: f82d00b4                       cbz x24, #0x5bc
   8b4: b80200f9                       str x24, [x21]
   8b8: 880e40f9                       ldr x8, [x20, #0x18]
   8bc: 006d40f9                       ldr x0, [x8, #0xd8]
   8c0: 186d00f9                       str x24, [x8, #0xd8]
   8c4: e0000037                       tbnz w0, #0x0, #0x1c
   8c8: 090040f9                       ldr x9, [x0]
   8cc: 290500f1                       subs x9, x9, #0x1
   8d0: 090000f9                       str x9, [x0]
   8d4: 61000054                       b.ne #0xc
   8d8: 00000094                       bl #0x0
        # hole +0x8d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8dc: 880e40f9                       ldr x8, [x20, #0x18]
   8e0: 007540f9                       ldr x0, [x8, #0xe8]
   8e4: e0010037                       tbnz w0, #0x0, #0x3c
   8e8: 090040f9                       ldr x9, [x0]
   8ec: 29050091                       add x9, x9, #0x1
   8f0: 090000f9                       str x9, [x0]
   8f4: a00200f9                       str x0, [x21]
   8f8: 177940f9                       ldr x23, [x8, #0xf0]
   8fc: 97010036                       tbz w23, #0x0, #0x30
   900: 770200f9                       str x23, [x19]
   904: e0010036                       tbz w0, #0x0, #0x3c
   908: 3d000014                       b #0xf4
   90c: 23008052                       mov w3, #0x1
   910: c53a8052                       mov w5, #0x1d6
   914: e8058052                       mov w8, #0x2f
   918: f30309aa                       mov x19, x9
   91c: 78feff17                       b #-0x620
   920: a00200f9                       str x0, [x21]
   924: 177940f9                       ldr x23, [x8, #0xf0]
   928: d7fe0737                       tbnz w23, #0x0, #-0x28
   92c: e80240f9                       ldr x8, [x23]
   930: 08050091                       add x8, x8, #0x1
   934: e80200f9                       str x8, [x23]
   938: 770200f9                       str x23, [x19]
   93c: 00060037                       tbnz w0, #0x0, #0xc0
   940: 080840b9                       ldr w8, [x0, #0x8]
   944: 1f090071                       cmp w8, #0x2
   948: a1050054                       b.ne #0xb4
   94c: 97050037                       tbnz w23, #0x0, #0xb0
   950: e80a40b9                       ldr w8, [x23, #0x8]
   954: 1f090071                       cmp w8, #0x2
   958: 21050054                       b.ne #0xa4
   95c: 081840fd                       ldr d8, [x0, #0x30]
   960: e91a40fd                       ldr d9, [x23, #0x30]
   964: 080040f9                       ldr x8, [x0]
   968: 080500f1                       subs x8, x8, #0x1
   96c: 080000f9                       str x8, [x0]
   970: 41000054                       b.ne #0x8
   974: 00000094                       bl #0x0
        # hole +0x974: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   978: 0809691e                       fmul d8, d8, d9
   97c: e80240f9                       ldr x8, [x23]
   980: 080500f1                       subs x8, x8, #0x1
   984: e80200f9                       str x8, [x23]
   988: 61000054                       b.ne #0xc
   98c: e00317aa                       mov x0, x23
   990: 00000094                       bl #0x0
        # hole +0x990: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   994: e00316aa                       mov x0, x22
   998: 0041601e                       fmov d0, d8
   99c: 00000094                       bl #0x0
        # hole +0x99c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   9a0: e80300aa                       mov x8, x0
   9a4: a00200f9                       str x0, [x21]
   9a8: 890e40f9                       ldr x9, [x20, #0x18]
   9ac: 207d40f9                       ldr x0, [x9, #0xf8]
   9b0: 287d00f9                       str x8, [x9, #0xf8]
   9b4: e0000037                       tbnz w0, #0x0, #0x1c
   9b8: 080040f9                       ldr x8, [x0]
   9bc: 080500f1                       subs x8, x8, #0x1
   9c0: 080000f9                       str x8, [x0]
   9c4: 61000054                       b.ne #0xc
   9c8: 00000094                       bl #0x0
        # hole +0x9c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   9cc: 890e40f9                       ldr x9, [x20, #0x18]
   9d0: 288140f9                       ldr x8, [x9, #0x100]
   9d4: 48020037                       tbnz w8, #0x0, #0x48
   9d8: 0a0140f9                       ldr x10, [x8]
   9dc: 4a050091                       add x10, x10, #0x1
   9e0: 0a0100f9                       str x10, [x8]
   9e4: a80200f9                       str x8, [x21]
   9e8: 2a8540f9                       ldr x10, [x9, #0x108]
   9ec: ea010036                       tbz w10, #0x0, #0x3c
   9f0: 6a0200f9                       str x10, [x19]
   9f4: 48020037                       tbnz w8, #0x0, #0x48
   9f8: 35000014                       b #0xd4
   9fc: 23008052                       mov w3, #0x1
   a00: c53f8052                       mov w5, #0x1fe
   a04: 68068052                       mov w8, #0x33
   a08: 3cfeff17                       b #-0x710
   a0c: 43008052                       mov w3, #0x2
   a10: 45158052                       mov w5, #0xaa
   a14: 28028052                       mov w8, #0x11
   a18: 39feff17                       b #-0x71c
   a1c: a80200f9                       str x8, [x21]
   a20: 2a8540f9                       ldr x10, [x9, #0x108]
   a24: 6afe0737                       tbnz w10, #0x0, #-0x34
   a28: 4b0140f9                       ldr x11, [x10]
   a2c: 6b050091                       add x11, x11, #0x1
   a30: 4b0100f9                       str x11, [x10]
   a34: 6a0200f9                       str x10, [x19]
   a38: a8040036                       tbz w8, #0x0, #0x94
   a3c: 8a040036                       tbz w10, #0x0, #0x90
   a40: 08fd4193                       asr x8, x8, #1
   a44: 4bfd4193                       asr x11, x10, #1
   a48: 0a7d0b9b                       mul x10, x8, x11
   a4c: 087d4b9b                       smulh x8, x8, x11
   a50: 1ffd8aeb                       cmp x8, x10, asr #63
   a54: 23008052                       mov w3, #0x1
   a58: 45478052                       mov w5, #0x23a
   a5c: 28078052                       mov w8, #0x39
   a60: c1c4ff54                       b.ne #-0x768
   a64: 0b00f8d2                       mov x11, #-0x4000000000000000
   a68: 4b010b8b                       add x11, x10, x11
   a6c: 6bc4ffb6                       tbz x11, #0x3f, #-0x774
   a70: 28008052                       mov w8, #0x1
   a74: 08050aaa                       orr x8, x8, x10, lsl #1
   a78: a80200f9                       str x8, [x21]
   a7c: 208940f9                       ldr x0, [x9, #0x110]
   a80: 288900f9                       str x8, [x9, #0x110]
   a84: e0000037                       tbnz w0, #0x0, #0x1c
   a88: 080040f9                       ldr x8, [x0]
   a8c: 080500f1                       subs x8, x8, #0x1
   a90: 080000f9                       str x8, [x0]
   a94: 61000054                       b.ne #0xc
   a98: 00000094                       bl #0x0
        # hole +0xa98: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a9c: 890e40f9                       ldr x9, [x20, #0x18]
   aa0: 288d40f9                       ldr x8, [x9, #0x118]
   aa4: c8010037                       tbnz w8, #0x0, #0x38
   aa8: 0a0140f9                       ldr x10, [x8]
   aac: 4a050091                       add x10, x10, #0x1
   ab0: 0a0100f9                       str x10, [x8]
   ab4: a80200f9                       str x8, [x21]
   ab8: 2a9140f9                       ldr x10, [x9, #0x120]
   abc: 6a010036                       tbz w10, #0x0, #0x2c
   ac0: 6a0200f9                       str x10, [x19]
   ac4: c8010037                       tbnz w8, #0x0, #0x38
   ac8: 3d000014                       b #0xf4
   acc: 23008052                       mov w3, #0x1
   ad0: 05468052                       mov w5, #0x230
   ad4: 08078052                       mov w8, #0x38
   ad8: 08feff17                       b #-0x7e0
   adc: a80200f9                       str x8, [x21]
   ae0: 2a9140f9                       ldr x10, [x9, #0x120]
   ae4: eafe0737                       tbnz w10, #0x0, #-0x24
   ae8: 4b0140f9                       ldr x11, [x10]
   aec: 6b050091                       add x11, x11, #0x1
   af0: 4b0100f9                       str x11, [x10]
   af4: 6a0200f9                       str x10, [x19]
   af8: 28060036                       tbz w8, #0x0, #0xc4
   afc: 0a060036                       tbz w10, #0x0, #0xc0
   b00: 4afd4193                       asr x10, x10, #1
   b04: 4805888b                       add x8, x10, x8, asr #1
   b08: 0a00f8d2                       mov x10, #-0x4000000000000000
   b0c: 1f010aab                       cmn x8, x10
   b10: e51b0054                       b.pl #0x37c
   b14: 2a008052                       mov w10, #0x1
   b18: 480508aa                       orr x8, x10, x8, lsl #1
   b1c: a80200f9                       str x8, [x21]
   b20: 209540f9                       ldr x0, [x9, #0x128]
   b24: 289500f9                       str x8, [x9, #0x128]
   b28: e0000037                       tbnz w0, #0x0, #0x1c
   b2c: 080040f9                       ldr x8, [x0]
   b30: 080500f1                       subs x8, x8, #0x1
   b34: 080000f9                       str x8, [x0]
   b38: 61000054                       b.ne #0xc
   b3c: 00000094                       bl #0x0
        # hole +0xb3c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   b40: 890e40f9                       ldr x9, [x20, #0x18]
   b44: 209940f9                       ldr x0, [x9, #0x130]
   b48: 20040037                       tbnz w0, #0x0, #0x84
   b4c: 080040f9                       ldr x8, [x0]
   b50: 0a050091                       add x10, x8, #0x1
   b54: 0a0000f9                       str x10, [x0]
   b58: a00200f9                       str x0, [x21]
   b5c: 080840b9                       ldr w8, [x0, #0x8]
   b60: 1f1d0071                       cmp w8, #0x7
   b64: 61030054                       b.ne #0x6c
   b68: 081840f9                       ldr x8, [x0, #0x30]
   b6c: 081940f9                       ldr x8, [x8, #0x30]
   b70: 083142d1                       sub x8, x8, #0x8c, lsl #12
   b74: 1f053ef1                       cmp x8, #0xf81
   b78: c1020054                       b.ne #0x58
   b7c: 081c40f9                       ldr x8, [x0, #0x38]
   b80: e81800b4                       cbz x8, #0x31c
   b84: 082040f9                       ldr x8, [x0, #0x40]
   b88: c8020037                       tbnz w8, #0x0, #0x58
   b8c: 0a0140f9                       ldr x10, [x8]
   b90: 4a050091                       add x10, x10, #0x1
   b94: 0a0100f9                       str x10, [x8]
   b98: 0a0040f9                       ldr x10, [x0]
   b9c: a80200f9                       str x8, [x21]
   ba0: 4a0500f1                       subs x10, x10, #0x1
   ba4: 0a0000f9                       str x10, [x0]
   ba8: 40020054                       b.eq #0x48
   bac: 209d40f9                       ldr x0, [x9, #0x138]
   bb0: 289d00f9                       str x8, [x9, #0x138]
   bb4: a0020036                       tbz w0, #0x0, #0x54
   bb8: 1a000014                       b #0x68
   bbc: 23008052                       mov w3, #0x1
   bc0: 454c8052                       mov w5, #0x262
   bc4: a8078052                       mov w8, #0x3d
   bc8: ccfdff17                       b #-0x8d0
   bcc: a00200f9                       str x0, [x21]
   bd0: 23008052                       mov w3, #0x1
   bd4: 45518052                       mov w5, #0x28a
   bd8: 28088052                       mov w8, #0x41
   bdc: c8fdff17                       b #-0x8e0
   be0: a80200f9                       str x8, [x21]
   be4: 4a0500f1                       subs x10, x10, #0x1
   be8: 0a0000f9                       str x10, [x0]
   bec: 01feff54                       b.ne #-0x40
   bf0: 00000094                       bl #0x0
        # hole +0xbf0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   bf4: a80240f9                       ldr x8, [x21]
   bf8: 890e40f9                       ldr x9, [x20, #0x18]
   bfc: 209d40f9                       ldr x0, [x9, #0x138]
   c00: 289d00f9                       str x8, [x9, #0x138]
   c04: e0000037                       tbnz w0, #0x0, #0x1c
   c08: 080040f9                       ldr x8, [x0]
   c0c: 080500f1                       subs x8, x8, #0x1
   c10: 080000f9                       str x8, [x0]
   c14: 61000054                       b.ne #0xc
   c18: 00000094                       bl #0x0
        # hole +0xc18: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c1c: 890e40f9                       ldr x9, [x20, #0x18]
   c20: 20a140f9                       ldr x0, [x9, #0x140]
   c24: a0030037                       tbnz w0, #0x0, #0x74
   c28: 0a0040f9                       ldr x10, [x0]
   c2c: 48050091                       add x8, x10, #0x1
   c30: 080000f9                       str x8, [x0]
   c34: a00200f9                       str x0, [x21]
   c38: 080840b9                       ldr w8, [x0, #0x8]
   c3c: 1f1d0071                       cmp w8, #0x7
   c40: e1020054                       b.ne #0x5c
   c44: 081840f9                       ldr x8, [x0, #0x30]
   c48: 081940f9                       ldr x8, [x8, #0x30]
   c4c: 08f940d1                       sub x8, x8, #0x3e, lsl #12
   c50: 1f553ff1                       cmp x8, #0xfd5
   c54: 41020054                       b.ne #0x48
   c58: 081c40f9                       ldr x8, [x0, #0x38]
   c5c: 881200b4                       cbz x8, #0x250
   c60: 082040f9                       ldr x8, [x0, #0x40]
   c64: c8020037                       tbnz w8, #0x0, #0x58
   c68: 0a0140f9                       ldr x10, [x8]
   c6c: 4a050091                       add x10, x10, #0x1
   c70: 0a0100f9                       str x10, [x8]
   c74: 0a0040f9                       ldr x10, [x0]
   c78: a80200f9                       str x8, [x21]
   c7c: 4a0500f1                       subs x10, x10, #0x1
   c80: 0a0000f9                       str x10, [x0]
   c84: 01020054                       b.ne #0x40
   c88: 00000094                       bl #0x0
        # hole +0xc88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c8c: a80240f9                       ldr x8, [x21]
   c90: 890e40f9                       ldr x9, [x20, #0x18]
   c94: 0c000014                       b #0x30
   c98: a00200f9                       str x0, [x21]
   c9c: 23008052                       mov w3, #0x1
   ca0: 45568052                       mov w5, #0x2b2
   ca4: a8088052                       mov w8, #0x45
   ca8: 95fdff17                       b #-0x9ac
   cac: 23008052                       mov w3, #0x1
   cb0: 85348052                       mov w5, #0x1a4
   cb4: 48058052                       mov w8, #0x2a
   cb8: 91fdff17                       b #-0x9bc
   cbc: a80200f9                       str x8, [x21]
   cc0: 0a0000f9                       str x10, [x0]
   cc4: 20a540f9                       ldr x0, [x9, #0x148]
   cc8: 28a500f9                       str x8, [x9, #0x148]
   ccc: e0000037                       tbnz w0, #0x0, #0x1c
   cd0: 080040f9                       ldr x8, [x0]
   cd4: 080500f1                       subs x8, x8, #0x1
   cd8: 080000f9                       str x8, [x0]
   cdc: 61000054                       b.ne #0xc
   ce0: 00000094                       bl #0x0
        # hole +0xce0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ce4: 890e40f9                       ldr x9, [x20, #0x18]
   ce8: 37b140f9                       ldr x23, [x9, #0x160]
   cec: 57010037                       tbnz w23, #0x0, #0x28
   cf0: e80240f9                       ldr x8, [x23]
   cf4: 08050091                       add x8, x8, #0x1
   cf8: e80200f9                       str x8, [x23]
   cfc: b70200f9                       str x23, [x21]
   d00: 28a940f9                       ldr x8, [x9, #0x150]
   d04: e8000036                       tbz w8, #0x0, #0x1c
   d08: 680200f9                       str x8, [x19]
   d0c: 57010036                       tbz w23, #0x0, #0x28
   d10: 36000014                       b #0xd8
   d14: b70200f9                       str x23, [x21]
   d18: 28a940f9                       ldr x8, [x9, #0x150]
   d1c: 68ff0737                       tbnz w8, #0x0, #-0x14
   d20: 090140f9                       ldr x9, [x8]
   d24: 29050091                       add x9, x9, #0x1
   d28: 090100f9                       str x9, [x8]
   d2c: 680200f9                       str x8, [x19]
   d30: d7050037                       tbnz w23, #0x0, #0xb8
   d34: e80a40b9                       ldr w8, [x23, #0x8]
   d38: 1f210071                       cmp w8, #0x8
   d3c: 61050054                       b.ne #0xac
   d40: e81e40f9                       ldr x8, [x23, #0x38]
   d44: e00316aa                       mov x0, x22
   d48: e10313aa                       mov x1, x19
   d4c: 22008052                       mov w2, #0x1
   d50: 00013fd6                       blr x8
   d54: f80300aa                       mov x24, x0
   d58: 600240f9                       ldr x0, [x19]
   d5c: c0000037                       tbnz w0, #0x0, #0x18
   d60: 080040f9                       ldr x8, [x0]
   d64: 080500f1                       subs x8, x8, #0x1
   d68: 080000f9                       str x8, [x0]
   d6c: 41000054                       b.ne #0x8
   d70: 00000094                       bl #0x0
        # hole +0xd70: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d74: e80240f9                       ldr x8, [x23]
   d78: 080500f1                       subs x8, x8, #0x1
   d7c: e80200f9                       str x8, [x23]
   d80: 61000054                       b.ne #0xc
   d84: e00317aa                       mov x0, x23
   d88: 00000094                       bl #0x0
        # hole +0xd88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d8c: 980900b4                       cbz x24, #0x130
   d90: b80200f9                       str x24, [x21]
   d94: 880e40f9                       ldr x8, [x20, #0x18]
   d98: 00ad40f9                       ldr x0, [x8, #0x158]
   d9c: 18ad00f9                       str x24, [x8, #0x158]
   da0: e0000037                       tbnz w0, #0x0, #0x1c
   da4: 090040f9                       ldr x9, [x0]
   da8: 290500f1                       subs x9, x9, #0x1
   dac: 090000f9                       str x9, [x0]
   db0: 61000054                       b.ne #0xc
   db4: 00000094                       bl #0x0
        # hole +0xdb4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   db8: 880e40f9                       ldr x8, [x20, #0x18]
   dbc: 09b540f9                       ldr x9, [x8, #0x168]
   dc0: c9010037                       tbnz w9, #0x0, #0x38
   dc4: 2a0140f9                       ldr x10, [x9]
   dc8: 4a050091                       add x10, x10, #0x1
   dcc: 2a0100f9                       str x10, [x9]
   dd0: a90200f9                       str x9, [x21]
   dd4: 0ab940f9                       ldr x10, [x8, #0x170]
   dd8: 6a010036                       tbz w10, #0x0, #0x2c
   ddc: 6a0200f9                       str x10, [x19]
   de0: c9010037                       tbnz w9, #0x0, #0x38
   de4: 26000014                       b #0x98
   de8: 23008052                       mov w3, #0x1
   dec: 855c8052                       mov w5, #0x2e4
   df0: 48098052                       mov w8, #0x4a
   df4: 41fdff17                       b #-0xafc
   df8: a90200f9                       str x9, [x21]
   dfc: 0ab940f9                       ldr x10, [x8, #0x170]
   e00: eafe0737                       tbnz w10, #0x0, #-0x24
   e04: 4b0140f9                       ldr x11, [x10]
   e08: 6b050091                       add x11, x11, #0x1
   e0c: 4b0100f9                       str x11, [x10]
   e10: 6a0200f9                       str x10, [x19]
   e14: 49030036                       tbz w9, #0x0, #0x68
   e18: 2a030036                       tbz w10, #0x0, #0x64
   e1c: 4afd4193                       asr x10, x10, #1
   e20: 4905898b                       add x9, x10, x9, asr #1
   e24: 0a00f8d2                       mov x10, #-0x4000000000000000
   e28: 3f010aab                       cmn x9, x10
   e2c: 05050054                       b.pl #0xa0
   e30: 2a008052                       mov w10, #0x1
   e34: 490509aa                       orr x9, x10, x9, lsl #1
   e38: a90200f9                       str x9, [x21]
   e3c: 00bd40f9                       ldr x0, [x8, #0x178]
   e40: 09bd00f9                       str x9, [x8, #0x178]
   e44: c0000037                       tbnz w0, #0x0, #0x18
   e48: 080040f9                       ldr x8, [x0]
   e4c: 080500f1                       subs x8, x8, #0x1
   e50: 080000f9                       str x8, [x0]
   e54: 41000054                       b.ne #0x8
   e58: 00000094                       bl #0x0
        # hole +0xe58: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   e5c: 43008052                       mov w3, #0x2
   e60: 45658052                       mov w5, #0x32a
   e64: 280a8052                       mov w8, #0x51
   e68: 40feff17                       b #-0x700
   e6c: 63008052                       mov w3, #0x3
   e70: c53a8052                       mov w5, #0x1d6
   e74: e8058052                       mov w8, #0x2f
   e78: 3cfeff17                       b #-0x710
   e7c: 23008052                       mov w3, #0x1
   e80: 85618052                       mov w5, #0x30c
   e84: c8098052                       mov w8, #0x4e
   e88: 1cfdff17                       b #-0xb90
   e8c: 23008052                       mov w3, #0x1
   e90: 854d8052                       mov w5, #0x26c
   e94: c8078052                       mov w8, #0x3e
   e98: 18fdff17                       b #-0xba0
   e9c: 23008052                       mov w3, #0x1
   ea0: 85528052                       mov w5, #0x294
   ea4: 48088052                       mov w8, #0x42
   ea8: 15fdff17                       b #-0xbac
   eac: 23008052                       mov w3, #0x1
   eb0: 85578052                       mov w5, #0x2bc
   eb4: c8088052                       mov w8, #0x46
   eb8: 11fdff17                       b #-0xbbc
   ebc: 63008052                       mov w3, #0x3
   ec0: 855c8052                       mov w5, #0x2e4
   ec4: 48098052                       mov w8, #0x4a
   ec8: 28feff17                       b #-0x760
   ecc: 23008052                       mov w3, #0x1
   ed0: c5628052                       mov w5, #0x316
   ed4: e8098052                       mov w8, #0x4f
   ed8: 08fdff17                       b #-0xbe0
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 index+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
