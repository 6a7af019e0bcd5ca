# stencil startup_mixed for aarch64-apple-darwin: 4004 code bytes, 32 data bytes, 53 holes
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
    54: c33a0054                       b.lo #0x758
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
    a0: 96000014                       b #0x258
    a4: 28008052                       mov w8, #0x1
    a8: 45018052                       mov w5, #0xa
    ac: e30308aa                       mov x3, x8
    b0: 92000014                       b #0x248
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
   1a4: 583100b4                       cbz x24, #0x628
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
   1fc: 3b000014                       b #0xec
   200: 23008052                       mov w3, #0x1
   204: 85078052                       mov w5, #0x3c
   208: c8008052                       mov w8, #0x6
   20c: 3a000014                       b #0xe8
   210: a00200f9                       str x0, [x21]
   214: 171940f9                       ldr x23, [x8, #0x30]
   218: f7fe0737                       tbnz w23, #0x0, #-0x24
   21c: e80240f9                       ldr x8, [x23]
   220: 08050091                       add x8, x8, #0x1
   224: e80200f9                       str x8, [x23]
   228: 770200f9                       str x23, [x19]
   22c: e0050037                       tbnz w0, #0x0, #0xbc
   230: 080840b9                       ldr w8, [x0, #0x8]
   234: 1f090071                       cmp w8, #0x2
   238: 81050054                       b.ne #0xb0
   23c: 77050037                       tbnz w23, #0x0, #0xac
   240: e80a40b9                       ldr w8, [x23, #0x8]
   244: 1f090071                       cmp w8, #0x2
   248: 01050054                       b.ne #0xa0
   24c: 081840fd                       ldr d8, [x0, #0x30]
   250: e91a40fd                       ldr d9, [x23, #0x30]
   254: 080040f9                       ldr x8, [x0]
   258: 080500f1                       subs x8, x8, #0x1
   25c: 080000f9                       str x8, [x0]
   260: e1050054                       b.ne #0xbc
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 0809691e                       fmul d8, d8, d9
   26c: e80240f9                       ldr x8, [x23]
   270: 080500f1                       subs x8, x8, #0x1
   274: e80200f9                       str x8, [x23]
   278: c0050054                       b.eq #0xb8
   27c: e00316aa                       mov x0, x22
   280: 0041601e                       fmov d0, d8
   284: 00000094                       bl #0x0
        # hole +0x284: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   288: 000600b4                       cbz x0, #0xc0
   28c: e80300aa                       mov x8, x0
   290: a00200f9                       str x0, [x21]
   294: 890e40f9                       ldr x9, [x20, #0x18]
   298: 201d40f9                       ldr x0, [x9, #0x38]
   29c: 281d00f9                       str x8, [x9, #0x38]
   2a0: e0000037                       tbnz w0, #0x0, #0x1c
   2a4: 080040f9                       ldr x8, [x0]
   2a8: 080500f1                       subs x8, x8, #0x1
   2ac: 080000f9                       str x8, [x0]
   2b0: 61000054                       b.ne #0xc
   2b4: 00000094                       bl #0x0
        # hole +0x2b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2b8: 890e40f9                       ldr x9, [x20, #0x18]
   2bc: 282140f9                       ldr x8, [x9, #0x40]
   2c0: c8040037                       tbnz w8, #0x0, #0x98
   2c4: 0a0140f9                       ldr x10, [x8]
   2c8: 4a050091                       add x10, x10, #0x1
   2cc: 0a0100f9                       str x10, [x8]
   2d0: a80200f9                       str x8, [x21]
   2d4: 2a2540f9                       ldr x10, [x9, #0x48]
   2d8: 6a040036                       tbz w10, #0x0, #0x8c
   2dc: 6a0200f9                       str x10, [x19]
   2e0: c8040037                       tbnz w8, #0x0, #0x98
   2e4: 3a000014                       b #0xe8
   2e8: 23008052                       mov w3, #0x1
   2ec: 850c8052                       mov w5, #0x64
   2f0: 48018052                       mov w8, #0xa
   2f4: f30319aa                       mov x19, x25
   2f8: 09000090                       adrp x9, #0
        # hole +0x2f8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   2fc: 290140f9                       ldr x9, [x9]
        # hole +0x2fc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   300: 2401088b                       add x4, x9, x8
   304: e00314aa                       mov x0, x20
   308: e10313aa                       mov x1, x19
   30c: e20316aa                       mov x2, x22
   310: 00000094                       bl #0x0
        # hole +0x310: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   314: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   318: c0035fd6                       ret
   31c: 0809691e                       fmul d8, d8, d9
   320: e80240f9                       ldr x8, [x23]
   324: 080500f1                       subs x8, x8, #0x1
   328: e80200f9                       str x8, [x23]
   32c: 81faff54                       b.ne #-0xb0
   330: e00317aa                       mov x0, x23
   334: 00000094                       bl #0x0
        # hole +0x334: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   338: e00316aa                       mov x0, x22
   33c: 0041601e                       fmov d0, d8
   340: 00000094                       bl #0x0
        # hole +0x340: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   344: 40faffb5                       cbnz x0, #-0xb8
   348: 63008052                       mov w3, #0x3
   34c: c50d8052                       mov w5, #0x6e
   350: 68018052                       mov w8, #0xb
   354: 21010014                       b #0x484
   358: a80200f9                       str x8, [x21]
   35c: 2a2540f9                       ldr x10, [x9, #0x48]
   360: eafb0737                       tbnz w10, #0x0, #-0x84
   364: 4b0140f9                       ldr x11, [x10]
   368: 6b050091                       add x11, x11, #0x1
   36c: 4b0100f9                       str x11, [x10]
   370: 6a0200f9                       str x10, [x19]
   374: c8020036                       tbz w8, #0x0, #0x58
   378: aa020036                       tbz w10, #0x0, #0x54
   37c: 0b000090                       adrp x11, #0
        # hole +0x37c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   380: 6b0140f9                       ldr x11, [x11]
        # hole +0x380: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   384: 08fd4193                       asr x8, x8, #1
   388: 0c000090                       adrp x12, #0
        # hole +0x388: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   38c: 8c0140f9                       ldr x12, [x12]
        # hole +0x38c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   390: 1f058aeb                       cmp x8, x10, asr #1
   394: 88b18b9a                       csel x8, x12, x11, lt
   398: a80200f9                       str x8, [x21]
   39c: 0a370054                       b.ge #0x6e0
   3a0: 202940f9                       ldr x0, [x9, #0x50]
   3a4: c0010037                       tbnz w0, #0x0, #0x38
   3a8: 080040f9                       ldr x8, [x0]
   3ac: 08050091                       add x8, x8, #0x1
   3b0: 080000f9                       str x8, [x0]
   3b4: a00200f9                       str x0, [x21]
   3b8: 372d40f9                       ldr x23, [x9, #0x58]
   3bc: 77010036                       tbz w23, #0x0, #0x2c
   3c0: 770200f9                       str x23, [x19]
   3c4: c0010036                       tbz w0, #0x0, #0x38
   3c8: 3b000014                       b #0xec
   3cc: 23008052                       mov w3, #0x1
   3d0: c5128052                       mov w5, #0x96
   3d4: e8018052                       mov w8, #0xf
   3d8: c7ffff17                       b #-0xe4
   3dc: a00200f9                       str x0, [x21]
   3e0: 372d40f9                       ldr x23, [x9, #0x58]
   3e4: f7fe0737                       tbnz w23, #0x0, #-0x24
   3e8: e80240f9                       ldr x8, [x23]
   3ec: 08050091                       add x8, x8, #0x1
   3f0: e80200f9                       str x8, [x23]
   3f4: 770200f9                       str x23, [x19]
   3f8: e0050037                       tbnz w0, #0x0, #0xbc
   3fc: 080840b9                       ldr w8, [x0, #0x8]
   400: 1f090071                       cmp w8, #0x2
   404: 81050054                       b.ne #0xb0
   408: 77050037                       tbnz w23, #0x0, #0xac
   40c: e80a40b9                       ldr w8, [x23, #0x8]
   410: 1f090071                       cmp w8, #0x2
   414: 01050054                       b.ne #0xa0
   418: 081840fd                       ldr d8, [x0, #0x30]
   41c: e91a40fd                       ldr d9, [x23, #0x30]
   420: 080040f9                       ldr x8, [x0]
   424: 080500f1                       subs x8, x8, #0x1
   428: 080000f9                       str x8, [x0]
   42c: c1040054                       b.ne #0x98
   430: 00000094                       bl #0x0
        # hole +0x430: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   434: 0809691e                       fmul d8, d8, d9
   438: e80240f9                       ldr x8, [x23]
   43c: 080500f1                       subs x8, x8, #0x1
   440: e80200f9                       str x8, [x23]
   444: a0040054                       b.eq #0x94
   448: e00316aa                       mov x0, x22
   44c: 0041601e                       fmov d0, d8
   450: 00000094                       bl #0x0
        # hole +0x450: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   454: e00400b4                       cbz x0, #0x9c
   458: e80300aa                       mov x8, x0
   45c: a00200f9                       str x0, [x21]
   460: 890e40f9                       ldr x9, [x20, #0x18]
   464: 203140f9                       ldr x0, [x9, #0x60]
   468: 283100f9                       str x8, [x9, #0x60]
   46c: e0000037                       tbnz w0, #0x0, #0x1c
   470: 080040f9                       ldr x8, [x0]
   474: 080500f1                       subs x8, x8, #0x1
   478: 080000f9                       str x8, [x0]
   47c: 61000054                       b.ne #0xc
   480: 00000094                       bl #0x0
        # hole +0x480: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   484: 890e40f9                       ldr x9, [x20, #0x18]
   488: 283540f9                       ldr x8, [x9, #0x68]
   48c: a8030037                       tbnz w8, #0x0, #0x74
   490: 0a0140f9                       ldr x10, [x8]
   494: 4a050091                       add x10, x10, #0x1
   498: 0a0100f9                       str x10, [x8]
   49c: a80200f9                       str x8, [x21]
   4a0: 2a3940f9                       ldr x10, [x9, #0x70]
   4a4: 4a030036                       tbz w10, #0x0, #0x68
   4a8: 6a0200f9                       str x10, [x19]
   4ac: a8030037                       tbnz w8, #0x0, #0x74
   4b0: 40000014                       b #0x100
   4b4: 23008052                       mov w3, #0x1
   4b8: 05198052                       mov w5, #0xc8
   4bc: 88028052                       mov w8, #0x14
   4c0: 8dffff17                       b #-0x1cc
   4c4: 0809691e                       fmul d8, d8, d9
   4c8: e80240f9                       ldr x8, [x23]
   4cc: 080500f1                       subs x8, x8, #0x1
   4d0: e80200f9                       str x8, [x23]
   4d4: a1fbff54                       b.ne #-0x8c
   4d8: e00317aa                       mov x0, x23
   4dc: 00000094                       bl #0x0
        # hole +0x4dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4e0: e00316aa                       mov x0, x22
   4e4: 0041601e                       fmov d0, d8
   4e8: 00000094                       bl #0x0
        # hole +0x4e8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   4ec: 60fbffb5                       cbnz x0, #-0x94
   4f0: 63008052                       mov w3, #0x3
   4f4: 451a8052                       mov w5, #0xd2
   4f8: a8028052                       mov w8, #0x15
   4fc: b7000014                       b #0x2dc
   500: a80200f9                       str x8, [x21]
   504: 2a3940f9                       ldr x10, [x9, #0x70]
   508: 0afd0737                       tbnz w10, #0x0, #-0x60
   50c: 4b0140f9                       ldr x11, [x10]
   510: 6b050091                       add x11, x11, #0x1
   514: 4b0100f9                       str x11, [x10]
   518: 6a0200f9                       str x10, [x19]
   51c: a8040036                       tbz w8, #0x0, #0x94
   520: 8a040036                       tbz w10, #0x0, #0x90
   524: 08fd4193                       asr x8, x8, #1
   528: 4bfd4193                       asr x11, x10, #1
   52c: 0a7d0b9b                       mul x10, x8, x11
   530: 087d4b9b                       smulh x8, x8, x11
   534: 1ffd8aeb                       cmp x8, x10, asr #63
   538: 23008052                       mov w3, #0x1
   53c: 85208052                       mov w5, #0x104
   540: 48038052                       mov w8, #0x1a
   544: 81edff54                       b.ne #-0x250
   548: 0b00f8d2                       mov x11, #-0x4000000000000000
   54c: 4b010b8b                       add x11, x10, x11
   550: 2bedffb6                       tbz x11, #0x3f, #-0x25c
   554: 28008052                       mov w8, #0x1
   558: 08050aaa                       orr x8, x8, x10, lsl #1
   55c: a80200f9                       str x8, [x21]
   560: 203d40f9                       ldr x0, [x9, #0x78]
   564: 283d00f9                       str x8, [x9, #0x78]
   568: e0000037                       tbnz w0, #0x0, #0x1c
   56c: 080040f9                       ldr x8, [x0]
   570: 080500f1                       subs x8, x8, #0x1
   574: 080000f9                       str x8, [x0]
   578: 61000054                       b.ne #0xc
   57c: 00000094                       bl #0x0
        # hole +0x57c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   580: 890e40f9                       ldr x9, [x20, #0x18]
   584: 284140f9                       ldr x8, [x9, #0x80]
   588: c8010037                       tbnz w8, #0x0, #0x38
   58c: 0a0140f9                       ldr x10, [x8]
   590: 4a050091                       add x10, x10, #0x1
   594: 0a0100f9                       str x10, [x8]
   598: a80200f9                       str x8, [x21]
   59c: 2a4540f9                       ldr x10, [x9, #0x88]
   5a0: 6a010036                       tbz w10, #0x0, #0x2c
   5a4: 6a0200f9                       str x10, [x19]
   5a8: c8010037                       tbnz w8, #0x0, #0x38
   5ac: 31000014                       b #0xc4
   5b0: 23008052                       mov w3, #0x1
   5b4: 451f8052                       mov w5, #0xfa
   5b8: 28038052                       mov w8, #0x19
   5bc: 4effff17                       b #-0x2c8
   5c0: a80200f9                       str x8, [x21]
   5c4: 2a4540f9                       ldr x10, [x9, #0x88]
   5c8: eafe0737                       tbnz w10, #0x0, #-0x24
   5cc: 4b0140f9                       ldr x11, [x10]
   5d0: 6b050091                       add x11, x11, #0x1
   5d4: 4b0100f9                       str x11, [x10]
   5d8: 6a0200f9                       str x10, [x19]
   5dc: a8040036                       tbz w8, #0x0, #0x94
   5e0: 8a040036                       tbz w10, #0x0, #0x90
   5e4: 08fd4193                       asr x8, x8, #1
   5e8: 4bfd4193                       asr x11, x10, #1
   5ec: 0a7d0b9b                       mul x10, x8, x11
   5f0: 087d4b9b                       smulh x8, x8, x11
   5f4: 1ffd8aeb                       cmp x8, x10, asr #63
   5f8: 23008052                       mov w3, #0x1
   5fc: c5268052                       mov w5, #0x136
   600: e8038052                       mov w8, #0x1f
   604: 81e7ff54                       b.ne #-0x310
   608: 0b00f8d2                       mov x11, #-0x4000000000000000
   60c: 4b010b8b                       add x11, x10, x11
   610: 2be7ffb6                       tbz x11, #0x3f, #-0x31c
   614: 28008052                       mov w8, #0x1
   618: 08050aaa                       orr x8, x8, x10, lsl #1
   61c: a80200f9                       str x8, [x21]
   620: 204940f9                       ldr x0, [x9, #0x90]
   624: 284900f9                       str x8, [x9, #0x90]
   628: e0000037                       tbnz w0, #0x0, #0x1c
   62c: 080040f9                       ldr x8, [x0]
   630: 080500f1                       subs x8, x8, #0x1
   634: 080000f9                       str x8, [x0]
   638: 61000054                       b.ne #0xc
   63c: 00000094                       bl #0x0
        # hole +0x63c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   640: 890e40f9                       ldr x9, [x20, #0x18]
   644: 284d40f9                       ldr x8, [x9, #0x98]
   648: c8010037                       tbnz w8, #0x0, #0x38
   64c: 0a0140f9                       ldr x10, [x8]
   650: 4a050091                       add x10, x10, #0x1
   654: 0a0100f9                       str x10, [x8]
   658: a80200f9                       str x8, [x21]
   65c: 2a5140f9                       ldr x10, [x9, #0xa0]
   660: 6a010036                       tbz w10, #0x0, #0x2c
   664: 6a0200f9                       str x10, [x19]
   668: c8010037                       tbnz w8, #0x0, #0x38
   66c: 54000014                       b #0x150
   670: 23008052                       mov w3, #0x1
   674: 85258052                       mov w5, #0x12c
   678: c8038052                       mov w8, #0x1e
   67c: 1effff17                       b #-0x388
   680: a80200f9                       str x8, [x21]
   684: 2a5140f9                       ldr x10, [x9, #0xa0]
   688: eafe0737                       tbnz w10, #0x0, #-0x24
   68c: 4b0140f9                       ldr x11, [x10]
   690: 6b050091                       add x11, x11, #0x1
   694: 4b0100f9                       str x11, [x10]
   698: 6a0200f9                       str x10, [x19]
   69c: 08090036                       tbz w8, #0x0, #0x120
   6a0: ea080036                       tbz w10, #0x0, #0x11c
   6a4: 08fd4193                       asr x8, x8, #1
   6a8: 4bfd4193                       asr x11, x10, #1
   6ac: 0a7d0b9b                       mul x10, x8, x11
   6b0: 087d4b9b                       smulh x8, x8, x11
   6b4: 1ffd8aeb                       cmp x8, x10, asr #63
   6b8: 23008052                       mov w3, #0x1
   6bc: 052d8052                       mov w5, #0x168
   6c0: 88048052                       mov w8, #0x24
   6c4: 81e1ff54                       b.ne #-0x3d0
   6c8: 0b00f8d2                       mov x11, #-0x4000000000000000
   6cc: 4b010b8b                       add x11, x10, x11
   6d0: 2be1ffb6                       tbz x11, #0x3f, #-0x3dc
   6d4: 28008052                       mov w8, #0x1
   6d8: 08050aaa                       orr x8, x8, x10, lsl #1
   6dc: a80200f9                       str x8, [x21]
   6e0: 205540f9                       ldr x0, [x9, #0xa8]
   6e4: 285500f9                       str x8, [x9, #0xa8]
   6e8: e0000037                       tbnz w0, #0x0, #0x1c
   6ec: 080040f9                       ldr x8, [x0]
   6f0: 080500f1                       subs x8, x8, #0x1
   6f4: 080000f9                       str x8, [x0]
   6f8: 61000054                       b.ne #0xc
   6fc: 00000094                       bl #0x0
        # hole +0x6fc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   700: 890e40f9                       ldr x9, [x20, #0x18]
   704: a8078052                       mov w8, #0x3d
   708: a80200f9                       str x8, [x21]
   70c: 205940f9                       ldr x0, [x9, #0xb0]
   710: 285900f9                       str x8, [x9, #0xb0]
   714: e0000037                       tbnz w0, #0x0, #0x1c
   718: 080040f9                       ldr x8, [x0]
   71c: 080500f1                       subs x8, x8, #0x1
   720: 080000f9                       str x8, [x0]
   724: 61000054                       b.ne #0xc
   728: 00000094                       bl #0x0
        # hole +0x728: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   72c: 890e40f9                       ldr x9, [x20, #0x18]
   730: 205d40f9                       ldr x0, [x9, #0xb8]
   734: 60050037                       tbnz w0, #0x0, #0xac
   738: 080040f9                       ldr x8, [x0]
   73c: 08050091                       add x8, x8, #0x1
   740: 080000f9                       str x8, [x0]
   744: a00200f9                       str x0, [x21]
   748: 080840b9                       ldr w8, [x0, #0x8]
   74c: 1f1d0071                       cmp w8, #0x7
   750: a1040054                       b.ne #0x94
   754: 081840f9                       ldr x8, [x0, #0x30]
   758: 081940f9                       ldr x8, [x8, #0x30]
   75c: 081942d1                       sub x8, x8, #0x86, lsl #12
   760: 1fed3af1                       cmp x8, #0xebb
   764: 01040054                       b.ne #0x80
   768: 081c40f9                       ldr x8, [x0, #0x38]
   76c: 1f0900f1                       cmp x8, #0x2
   770: 83390054                       b.lo #0x730
   774: 082440f9                       ldr x8, [x0, #0x48]
   778: e8030037                       tbnz w8, #0x0, #0x7c
   77c: 0a0140f9                       ldr x10, [x8]
   780: 4a050091                       add x10, x10, #0x1
   784: 0a0100f9                       str x10, [x8]
   788: a80200f9                       str x8, [x21]
   78c: 0a0040f9                       ldr x10, [x0]
   790: 4a0500f1                       subs x10, x10, #0x1
   794: 0a0000f9                       str x10, [x0]
   798: 80030054                       b.eq #0x70
   79c: 206140f9                       ldr x0, [x9, #0xc0]
   7a0: 286100f9                       str x8, [x9, #0xc0]
   7a4: e0030036                       tbz w0, #0x0, #0x7c
   7a8: 24000014                       b #0x90
   7ac: 23008052                       mov w3, #0x1
   7b0: 85028052                       mov w5, #0x14
   7b4: 48008052                       mov w8, #0x2
   7b8: d0feff17                       b #-0x4c0
   7bc: 23008052                       mov w3, #0x1
   7c0: c52b8052                       mov w5, #0x15e
   7c4: 68048052                       mov w8, #0x23
   7c8: cbfeff17                       b #-0x4d4
   7cc: 63008052                       mov w3, #0x3
   7d0: 85078052                       mov w5, #0x3c
   7d4: c8008052                       mov w8, #0x6
   7d8: f30315aa                       mov x19, x21
   7dc: c7feff17                       b #-0x4e4
   7e0: a00200f9                       str x0, [x21]
   7e4: 23008052                       mov w3, #0x1
   7e8: 45338052                       mov w5, #0x19a
   7ec: 28058052                       mov w8, #0x29
   7f0: c2feff17                       b #-0x4f8
   7f4: a80200f9                       str x8, [x21]
   7f8: 0a0040f9                       ldr x10, [x0]
   7fc: 4a0500f1                       subs x10, x10, #0x1
   800: 0a0000f9                       str x10, [x0]
   804: c1fcff54                       b.ne #-0x68
   808: 00000094                       bl #0x0
        # hole +0x808: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   80c: a80240f9                       ldr x8, [x21]
   810: 890e40f9                       ldr x9, [x20, #0x18]
   814: 206140f9                       ldr x0, [x9, #0xc0]
   818: 286100f9                       str x8, [x9, #0xc0]
   81c: e0000037                       tbnz w0, #0x0, #0x1c
   820: 080040f9                       ldr x8, [x0]
   824: 080500f1                       subs x8, x8, #0x1
   828: 080000f9                       str x8, [x0]
   82c: 61000054                       b.ne #0xc
   830: 00000094                       bl #0x0
        # hole +0x830: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   834: 890e40f9                       ldr x9, [x20, #0x18]
   838: 377140f9                       ldr x23, [x9, #0xe0]
   83c: 37020037                       tbnz w23, #0x0, #0x44
   840: e80240f9                       ldr x8, [x23]
   844: 08050091                       add x8, x8, #0x1
   848: e80200f9                       str x8, [x23]
   84c: b70200f9                       str x23, [x21]
   850: 286540f9                       ldr x8, [x9, #0xc8]
   854: c8010036                       tbz w8, #0x0, #0x38
   858: 680200f9                       str x8, [x19]
   85c: 286940f9                       ldr x8, [x9, #0xd0]
   860: 28020037                       tbnz w8, #0x0, #0x44
   864: 090140f9                       ldr x9, [x8]
   868: 29050091                       add x9, x9, #0x1
   86c: 090100f9                       str x9, [x8]
   870: a9620091                       add x9, x21, #0x18
   874: a80a00f9                       str x8, [x21, #0x10]
   878: 57080037                       tbnz w23, #0x0, #0x108
   87c: 0d000014                       b #0x34
   880: b70200f9                       str x23, [x21]
   884: 286540f9                       ldr x8, [x9, #0xc8]
   888: 88fe0737                       tbnz w8, #0x0, #-0x30
   88c: 0a0140f9                       ldr x10, [x8]
   890: 4a050091                       add x10, x10, #0x1
   894: 0a0100f9                       str x10, [x8]
   898: 680200f9                       str x8, [x19]
   89c: 286940f9                       ldr x8, [x9, #0xd0]
   8a0: 28fe0736                       tbz w8, #0x0, #-0x3c
   8a4: a9620091                       add x9, x21, #0x18
   8a8: a80a00f9                       str x8, [x21, #0x10]
   8ac: b7060037                       tbnz w23, #0x0, #0xd4
   8b0: e80a40b9                       ldr w8, [x23, #0x8]
   8b4: 1f210071                       cmp w8, #0x8
   8b8: 41060054                       b.ne #0xc8
   8bc: e81e40f9                       ldr x8, [x23, #0x38]
   8c0: e00316aa                       mov x0, x22
   8c4: e10313aa                       mov x1, x19
   8c8: 42008052                       mov w2, #0x2
   8cc: 00013fd6                       blr x8
   8d0: f80300aa                       mov x24, x0
   8d4: 600240f9                       ldr x0, [x19]
   8d8: c0000037                       tbnz w0, #0x0, #0x18
   8dc: 080040f9                       ldr x8, [x0]
   8e0: 080500f1                       subs x8, x8, #0x1
   8e4: 080000f9                       str x8, [x0]
   8e8: 41000054                       b.ne #0x8
   8ec: 00000094                       bl #0x0
        # hole +0x8ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8f0: a00a40f9                       ldr x0, [x21, #0x10]
   8f4: c0000037                       tbnz w0, #0x0, #0x18
   8f8: 080040f9                       ldr x8, [x0]
   8fc: 080500f1                       subs x8, x8, #0x1
   900: 080000f9                       str x8, [x0]
   904: 41000054                       b.ne #0x8
   908: 00000094                       bl #0x0
        # hole +0x908: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   90c: e80240f9                       ldr x8, [x23]
   910: 080500f1                       subs x8, x8, #0x1
   914: e80200f9                       str x8, [x23]
   918: 61000054                       b.ne #0xc
   91c: e00317aa                       mov x0, x23
   920: 00000094                       bl #0x0
        # hole +0x920: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   924: 983000b4                       cbz x24, #0x610
   928: b80200f9                       str x24, [x21]
   92c: 880e40f9                       ldr x8, [x20, #0x18]
   930: 006d40f9                       ldr x0, [x8, #0xd8]
   934: 186d00f9                       str x24, [x8, #0xd8]
   938: e0000037                       tbnz w0, #0x0, #0x1c
   93c: 090040f9                       ldr x9, [x0]
   940: 290500f1                       subs x9, x9, #0x1
   944: 090000f9                       str x9, [x0]
   948: 61000054                       b.ne #0xc
   94c: 00000094                       bl #0x0
        # hole +0x94c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   950: 880e40f9                       ldr x8, [x20, #0x18]
   954: 007540f9                       ldr x0, [x8, #0xe8]
   958: e0010037                       tbnz w0, #0x0, #0x3c
   95c: 090040f9                       ldr x9, [x0]
   960: 29050091                       add x9, x9, #0x1
   964: 090000f9                       str x9, [x0]
   968: a00200f9                       str x0, [x21]
   96c: 177940f9                       ldr x23, [x8, #0xf0]
   970: 97010036                       tbz w23, #0x0, #0x30
   974: 770200f9                       str x23, [x19]
   978: e0010036                       tbz w0, #0x0, #0x3c
   97c: 3c000014                       b #0xf0
   980: 23008052                       mov w3, #0x1
   984: c53a8052                       mov w5, #0x1d6
   988: e8058052                       mov w8, #0x2f
   98c: f30309aa                       mov x19, x9
   990: 5afeff17                       b #-0x698
   994: a00200f9                       str x0, [x21]
   998: 177940f9                       ldr x23, [x8, #0xf0]
   99c: d7fe0737                       tbnz w23, #0x0, #-0x28
   9a0: e80240f9                       ldr x8, [x23]
   9a4: 08050091                       add x8, x8, #0x1
   9a8: e80200f9                       str x8, [x23]
   9ac: 770200f9                       str x23, [x19]
   9b0: e0050037                       tbnz w0, #0x0, #0xbc
   9b4: 080840b9                       ldr w8, [x0, #0x8]
   9b8: 1f090071                       cmp w8, #0x2
   9bc: 81050054                       b.ne #0xb0
   9c0: 77050037                       tbnz w23, #0x0, #0xac
   9c4: e80a40b9                       ldr w8, [x23, #0x8]
   9c8: 1f090071                       cmp w8, #0x2
   9cc: 01050054                       b.ne #0xa0
   9d0: 081840fd                       ldr d8, [x0, #0x30]
   9d4: e91a40fd                       ldr d9, [x23, #0x30]
   9d8: 080040f9                       ldr x8, [x0]
   9dc: 080500f1                       subs x8, x8, #0x1
   9e0: 080000f9                       str x8, [x0]
   9e4: 41050054                       b.ne #0xa8
   9e8: 00000094                       bl #0x0
        # hole +0x9e8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   9ec: 0809691e                       fmul d8, d8, d9
   9f0: e80240f9                       ldr x8, [x23]
   9f4: 080500f1                       subs x8, x8, #0x1
   9f8: e80200f9                       str x8, [x23]
   9fc: 20050054                       b.eq #0xa4
   a00: e00316aa                       mov x0, x22
   a04: 0041601e                       fmov d0, d8
   a08: 00000094                       bl #0x0
        # hole +0xa08: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   a0c: 600500b4                       cbz x0, #0xac
   a10: e80300aa                       mov x8, x0
   a14: a00200f9                       str x0, [x21]
   a18: 890e40f9                       ldr x9, [x20, #0x18]
   a1c: 207d40f9                       ldr x0, [x9, #0xf8]
   a20: 287d00f9                       str x8, [x9, #0xf8]
   a24: e0000037                       tbnz w0, #0x0, #0x1c
   a28: 080040f9                       ldr x8, [x0]
   a2c: 080500f1                       subs x8, x8, #0x1
   a30: 080000f9                       str x8, [x0]
   a34: 61000054                       b.ne #0xc
   a38: 00000094                       bl #0x0
        # hole +0xa38: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a3c: 890e40f9                       ldr x9, [x20, #0x18]
   a40: 288140f9                       ldr x8, [x9, #0x100]
   a44: 28040037                       tbnz w8, #0x0, #0x84
   a48: 0a0140f9                       ldr x10, [x8]
   a4c: 4a050091                       add x10, x10, #0x1
   a50: 0a0100f9                       str x10, [x8]
   a54: a80200f9                       str x8, [x21]
   a58: 2a8540f9                       ldr x10, [x9, #0x108]
   a5c: ca030036                       tbz w10, #0x0, #0x78
   a60: 6a0200f9                       str x10, [x19]
   a64: 28040037                       tbnz w8, #0x0, #0x84
   a68: 44000014                       b #0x110
   a6c: 23008052                       mov w3, #0x1
   a70: c53f8052                       mov w5, #0x1fe
   a74: 68068052                       mov w8, #0x33
   a78: 1ffeff17                       b #-0x784
   a7c: 43008052                       mov w3, #0x2
   a80: 45158052                       mov w5, #0xaa
   a84: 28028052                       mov w8, #0x11
   a88: 1cfeff17                       b #-0x790
   a8c: 0809691e                       fmul d8, d8, d9
   a90: e80240f9                       ldr x8, [x23]
   a94: 080500f1                       subs x8, x8, #0x1
   a98: e80200f9                       str x8, [x23]
   a9c: 21fbff54                       b.ne #-0x9c
   aa0: e00317aa                       mov x0, x23
   aa4: 00000094                       bl #0x0
        # hole +0xaa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   aa8: e00316aa                       mov x0, x22
   aac: 0041601e                       fmov d0, d8
   ab0: 00000094                       bl #0x0
        # hole +0xab0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   ab4: e0faffb5                       cbnz x0, #-0xa4
   ab8: 63008052                       mov w3, #0x3
   abc: 05418052                       mov w5, #0x208
   ac0: 88068052                       mov w8, #0x34
   ac4: 45ffff17                       b #-0x2ec
   ac8: a80200f9                       str x8, [x21]
   acc: 2a8540f9                       ldr x10, [x9, #0x108]
   ad0: 8afc0737                       tbnz w10, #0x0, #-0x70
   ad4: 4b0140f9                       ldr x11, [x10]
   ad8: 6b050091                       add x11, x11, #0x1
   adc: 4b0100f9                       str x11, [x10]
   ae0: 6a0200f9                       str x10, [x19]
   ae4: a8040036                       tbz w8, #0x0, #0x94
   ae8: 8a040036                       tbz w10, #0x0, #0x90
   aec: 08fd4193                       asr x8, x8, #1
   af0: 4bfd4193                       asr x11, x10, #1
   af4: 0a7d0b9b                       mul x10, x8, x11
   af8: 087d4b9b                       smulh x8, x8, x11
   afc: 1ffd8aeb                       cmp x8, x10, asr #63
   b00: 23008052                       mov w3, #0x1
   b04: 45478052                       mov w5, #0x23a
   b08: 28078052                       mov w8, #0x39
   b0c: 41bfff54                       b.ne #-0x818
   b10: 0b00f8d2                       mov x11, #-0x4000000000000000
   b14: 4b010b8b                       add x11, x10, x11
   b18: ebbeffb6                       tbz x11, #0x3f, #-0x824
   b1c: 28008052                       mov w8, #0x1
   b20: 08050aaa                       orr x8, x8, x10, lsl #1
   b24: a80200f9                       str x8, [x21]
   b28: 208940f9                       ldr x0, [x9, #0x110]
   b2c: 288900f9                       str x8, [x9, #0x110]
   b30: e0000037                       tbnz w0, #0x0, #0x1c
   b34: 080040f9                       ldr x8, [x0]
   b38: 080500f1                       subs x8, x8, #0x1
   b3c: 080000f9                       str x8, [x0]
   b40: 61000054                       b.ne #0xc
   b44: 00000094                       bl #0x0
        # hole +0xb44: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   b48: 890e40f9                       ldr x9, [x20, #0x18]
   b4c: 288d40f9                       ldr x8, [x9, #0x118]
   b50: c8010037                       tbnz w8, #0x0, #0x38
   b54: 0a0140f9                       ldr x10, [x8]
   b58: 4a050091                       add x10, x10, #0x1
   b5c: 0a0100f9                       str x10, [x8]
   b60: a80200f9                       str x8, [x21]
   b64: 2a9140f9                       ldr x10, [x9, #0x120]
   b68: 6a010036                       tbz w10, #0x0, #0x2c
   b6c: 6a0200f9                       str x10, [x19]
   b70: c8010037                       tbnz w8, #0x0, #0x38
   b74: 3d000014                       b #0xf4
   b78: 23008052                       mov w3, #0x1
   b7c: 05468052                       mov w5, #0x230
   b80: 08078052                       mov w8, #0x38
   b84: dcfdff17                       b #-0x890
   b88: a80200f9                       str x8, [x21]
   b8c: 2a9140f9                       ldr x10, [x9, #0x120]
   b90: eafe0737                       tbnz w10, #0x0, #-0x24
   b94: 4b0140f9                       ldr x11, [x10]
   b98: 6b050091                       add x11, x11, #0x1
   b9c: 4b0100f9                       str x11, [x10]
   ba0: 6a0200f9                       str x10, [x19]
   ba4: 28060036                       tbz w8, #0x0, #0xc4
   ba8: 0a060036                       tbz w10, #0x0, #0xc0
   bac: 4afd4193                       asr x10, x10, #1
   bb0: 4805888b                       add x8, x10, x8, asr #1
   bb4: 0a00f8d2                       mov x10, #-0x4000000000000000
   bb8: 1f010aab                       cmn x8, x10
   bbc: c51c0054                       b.pl #0x398
   bc0: 2a008052                       mov w10, #0x1
   bc4: 480508aa                       orr x8, x10, x8, lsl #1
   bc8: a80200f9                       str x8, [x21]
   bcc: 209540f9                       ldr x0, [x9, #0x128]
   bd0: 289500f9                       str x8, [x9, #0x128]
   bd4: e0000037                       tbnz w0, #0x0, #0x1c
   bd8: 080040f9                       ldr x8, [x0]
   bdc: 080500f1                       subs x8, x8, #0x1
   be0: 080000f9                       str x8, [x0]
   be4: 61000054                       b.ne #0xc
   be8: 00000094                       bl #0x0
        # hole +0xbe8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   bec: 890e40f9                       ldr x9, [x20, #0x18]
   bf0: 209940f9                       ldr x0, [x9, #0x130]
   bf4: 20040037                       tbnz w0, #0x0, #0x84
   bf8: 080040f9                       ldr x8, [x0]
   bfc: 08050091                       add x8, x8, #0x1
   c00: 080000f9                       str x8, [x0]
   c04: a00200f9                       str x0, [x21]
   c08: 080840b9                       ldr w8, [x0, #0x8]
   c0c: 1f1d0071                       cmp w8, #0x7
   c10: 61030054                       b.ne #0x6c
   c14: 081840f9                       ldr x8, [x0, #0x30]
   c18: 081940f9                       ldr x8, [x8, #0x30]
   c1c: 083142d1                       sub x8, x8, #0x8c, lsl #12
   c20: 1f053ef1                       cmp x8, #0xf81
   c24: c1020054                       b.ne #0x58
   c28: 081c40f9                       ldr x8, [x0, #0x38]
   c2c: c81900b4                       cbz x8, #0x338
   c30: 082040f9                       ldr x8, [x0, #0x40]
   c34: c8020037                       tbnz w8, #0x0, #0x58
   c38: 0a0140f9                       ldr x10, [x8]
   c3c: 4a050091                       add x10, x10, #0x1
   c40: 0a0100f9                       str x10, [x8]
   c44: a80200f9                       str x8, [x21]
   c48: 0a0040f9                       ldr x10, [x0]
   c4c: 4a0500f1                       subs x10, x10, #0x1
   c50: 0a0000f9                       str x10, [x0]
   c54: 60020054                       b.eq #0x4c
   c58: 209d40f9                       ldr x0, [x9, #0x138]
   c5c: 289d00f9                       str x8, [x9, #0x138]
   c60: c0020036                       tbz w0, #0x0, #0x58
   c64: 1b000014                       b #0x6c
   c68: 23008052                       mov w3, #0x1
   c6c: 454c8052                       mov w5, #0x262
   c70: a8078052                       mov w8, #0x3d
   c74: a0fdff17                       b #-0x980
   c78: a00200f9                       str x0, [x21]
   c7c: 23008052                       mov w3, #0x1
   c80: 45518052                       mov w5, #0x28a
   c84: 28088052                       mov w8, #0x41
   c88: 9cfdff17                       b #-0x990
   c8c: a80200f9                       str x8, [x21]
   c90: 0a0040f9                       ldr x10, [x0]
   c94: 4a0500f1                       subs x10, x10, #0x1
   c98: 0a0000f9                       str x10, [x0]
   c9c: e1fdff54                       b.ne #-0x44
   ca0: 00000094                       bl #0x0
        # hole +0xca0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ca4: a80240f9                       ldr x8, [x21]
   ca8: 890e40f9                       ldr x9, [x20, #0x18]
   cac: 209d40f9                       ldr x0, [x9, #0x138]
   cb0: 289d00f9                       str x8, [x9, #0x138]
   cb4: e0000037                       tbnz w0, #0x0, #0x1c
   cb8: 080040f9                       ldr x8, [x0]
   cbc: 080500f1                       subs x8, x8, #0x1
   cc0: 080000f9                       str x8, [x0]
   cc4: 61000054                       b.ne #0xc
   cc8: 00000094                       bl #0x0
        # hole +0xcc8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ccc: 890e40f9                       ldr x9, [x20, #0x18]
   cd0: 20a140f9                       ldr x0, [x9, #0x140]
   cd4: a0030037                       tbnz w0, #0x0, #0x74
   cd8: 080040f9                       ldr x8, [x0]
   cdc: 08050091                       add x8, x8, #0x1
   ce0: 080000f9                       str x8, [x0]
   ce4: a00200f9                       str x0, [x21]
   ce8: 080840b9                       ldr w8, [x0, #0x8]
   cec: 1f1d0071                       cmp w8, #0x7
   cf0: e1020054                       b.ne #0x5c
   cf4: 081840f9                       ldr x8, [x0, #0x30]
   cf8: 081940f9                       ldr x8, [x8, #0x30]
   cfc: 08f940d1                       sub x8, x8, #0x3e, lsl #12
   d00: 1f553ff1                       cmp x8, #0xfd5
   d04: 41020054                       b.ne #0x48
   d08: 081c40f9                       ldr x8, [x0, #0x38]
   d0c: 481300b4                       cbz x8, #0x268
   d10: 082040f9                       ldr x8, [x0, #0x40]
   d14: 48020037                       tbnz w8, #0x0, #0x48
   d18: 0a0140f9                       ldr x10, [x8]
   d1c: 4a050091                       add x10, x10, #0x1
   d20: 0a0100f9                       str x10, [x8]
   d24: a80200f9                       str x8, [x21]
   d28: 0a0040f9                       ldr x10, [x0]
   d2c: 4a0500f1                       subs x10, x10, #0x1
   d30: 0a0000f9                       str x10, [x0]
   d34: e0010054                       b.eq #0x3c
   d38: 20a540f9                       ldr x0, [x9, #0x148]
   d3c: 28a500f9                       str x8, [x9, #0x148]
   d40: 40020036                       tbz w0, #0x0, #0x48
   d44: 17000014                       b #0x5c
   d48: a00200f9                       str x0, [x21]
   d4c: 23008052                       mov w3, #0x1
   d50: 45568052                       mov w5, #0x2b2
   d54: a8088052                       mov w8, #0x45
   d58: 68fdff17                       b #-0xa60
   d5c: a80200f9                       str x8, [x21]
   d60: 0a0040f9                       ldr x10, [x0]
   d64: 4a0500f1                       subs x10, x10, #0x1
   d68: 0a0000f9                       str x10, [x0]
   d6c: 61feff54                       b.ne #-0x34
   d70: 00000094                       bl #0x0
        # hole +0xd70: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d74: a80240f9                       ldr x8, [x21]
   d78: 890e40f9                       ldr x9, [x20, #0x18]
   d7c: 20a540f9                       ldr x0, [x9, #0x148]
   d80: 28a500f9                       str x8, [x9, #0x148]
   d84: e0000037                       tbnz w0, #0x0, #0x1c
   d88: 080040f9                       ldr x8, [x0]
   d8c: 080500f1                       subs x8, x8, #0x1
   d90: 080000f9                       str x8, [x0]
   d94: 61000054                       b.ne #0xc
   d98: 00000094                       bl #0x0
        # hole +0xd98: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d9c: 890e40f9                       ldr x9, [x20, #0x18]
   da0: 37b140f9                       ldr x23, [x9, #0x160]
   da4: 57010037                       tbnz w23, #0x0, #0x28
   da8: e80240f9                       ldr x8, [x23]
   dac: 08050091                       add x8, x8, #0x1
   db0: e80200f9                       str x8, [x23]
   db4: b70200f9                       str x23, [x21]
   db8: 28a940f9                       ldr x8, [x9, #0x150]
   dbc: e8000036                       tbz w8, #0x0, #0x1c
   dc0: 680200f9                       str x8, [x19]
   dc4: 57010036                       tbz w23, #0x0, #0x28
   dc8: 3a000014                       b #0xe8
   dcc: b70200f9                       str x23, [x21]
   dd0: 28a940f9                       ldr x8, [x9, #0x150]
   dd4: 68ff0737                       tbnz w8, #0x0, #-0x14
   dd8: 090140f9                       ldr x9, [x8]
   ddc: 29050091                       add x9, x9, #0x1
   de0: 090100f9                       str x9, [x8]
   de4: 680200f9                       str x8, [x19]
   de8: 57060037                       tbnz w23, #0x0, #0xc8
   dec: e80a40b9                       ldr w8, [x23, #0x8]
   df0: 1f210071                       cmp w8, #0x8
   df4: e1050054                       b.ne #0xbc
   df8: e81e40f9                       ldr x8, [x23, #0x38]
   dfc: e00316aa                       mov x0, x22
   e00: e10313aa                       mov x1, x19
   e04: 22008052                       mov w2, #0x1
   e08: 00013fd6                       blr x8
   e0c: f80300aa                       mov x24, x0
   e10: 600240f9                       ldr x0, [x19]
   e14: c0000037                       tbnz w0, #0x0, #0x18
   e18: 080040f9                       ldr x8, [x0]
   e1c: 080500f1                       subs x8, x8, #0x1
   e20: 080000f9                       str x8, [x0]
   e24: 41000054                       b.ne #0x8
   e28: 00000094                       bl #0x0
        # hole +0xe28: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   e2c: e80240f9                       ldr x8, [x23]
   e30: 080500f1                       subs x8, x8, #0x1
   e34: e80200f9                       str x8, [x23]
   e38: 61000054                       b.ne #0xc
   e3c: e00317aa                       mov x0, x23
   e40: 00000094                       bl #0x0
        # hole +0xe40: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   e44: 180a00b4                       cbz x24, #0x140
   e48: b80200f9                       str x24, [x21]
   e4c: 880e40f9                       ldr x8, [x20, #0x18]
   e50: 00ad40f9                       ldr x0, [x8, #0x158]
   e54: 18ad00f9                       str x24, [x8, #0x158]
   e58: e0000037                       tbnz w0, #0x0, #0x1c
   e5c: 090040f9                       ldr x9, [x0]
   e60: 290500f1                       subs x9, x9, #0x1
   e64: 090000f9                       str x9, [x0]
   e68: 61000054                       b.ne #0xc
   e6c: 00000094                       bl #0x0
        # hole +0xe6c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   e70: 880e40f9                       ldr x8, [x20, #0x18]
   e74: 09b540f9                       ldr x9, [x8, #0x168]
   e78: 49020037                       tbnz w9, #0x0, #0x48
   e7c: 2a0140f9                       ldr x10, [x9]
   e80: 4a050091                       add x10, x10, #0x1
   e84: 2a0100f9                       str x10, [x9]
   e88: a90200f9                       str x9, [x21]
   e8c: 0ab940f9                       ldr x10, [x8, #0x170]
   e90: ea010036                       tbz w10, #0x0, #0x3c
   e94: 6a0200f9                       str x10, [x19]
   e98: 49020037                       tbnz w9, #0x0, #0x48
   e9c: 2a000014                       b #0xa8
   ea0: 23008052                       mov w3, #0x1
   ea4: 85348052                       mov w5, #0x1a4
   ea8: 48058052                       mov w8, #0x2a
   eac: 13fdff17                       b #-0xbb4
   eb0: 23008052                       mov w3, #0x1
   eb4: 855c8052                       mov w5, #0x2e4
   eb8: 48098052                       mov w8, #0x4a
   ebc: 0efdff17                       b #-0xbc8
   ec0: a90200f9                       str x9, [x21]
   ec4: 0ab940f9                       ldr x10, [x8, #0x170]
   ec8: 6afe0737                       tbnz w10, #0x0, #-0x34
   ecc: 4b0140f9                       ldr x11, [x10]
   ed0: 6b050091                       add x11, x11, #0x1
   ed4: 4b0100f9                       str x11, [x10]
   ed8: 6a0200f9                       str x10, [x19]
   edc: 49030036                       tbz w9, #0x0, #0x68
   ee0: 2a030036                       tbz w10, #0x0, #0x64
   ee4: 4afd4193                       asr x10, x10, #1
   ee8: 4905898b                       add x9, x10, x9, asr #1
   eec: 0a00f8d2                       mov x10, #-0x4000000000000000
   ef0: 3f010aab                       cmn x9, x10
   ef4: 05050054                       b.pl #0xa0
   ef8: 2a008052                       mov w10, #0x1
   efc: 490509aa                       orr x9, x10, x9, lsl #1
   f00: a90200f9                       str x9, [x21]
   f04: 00bd40f9                       ldr x0, [x8, #0x178]
   f08: 09bd00f9                       str x9, [x8, #0x178]
   f0c: c0000037                       tbnz w0, #0x0, #0x18
   f10: 080040f9                       ldr x8, [x0]
   f14: 080500f1                       subs x8, x8, #0x1
   f18: 080000f9                       str x8, [x0]
   f1c: 41000054                       b.ne #0x8
   f20: 00000094                       bl #0x0
        # hole +0xf20: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   f24: 43008052                       mov w3, #0x2
   f28: 45658052                       mov w5, #0x32a
   f2c: 280a8052                       mov w8, #0x51
   f30: 2afeff17                       b #-0x758
   f34: 63008052                       mov w3, #0x3
   f38: c53a8052                       mov w5, #0x1d6
   f3c: e8058052                       mov w8, #0x2f
   f40: 26feff17                       b #-0x768
   f44: 23008052                       mov w3, #0x1
   f48: 85618052                       mov w5, #0x30c
   f4c: c8098052                       mov w8, #0x4e
   f50: e9fcff17                       b #-0xc5c
   f54: 23008052                       mov w3, #0x1
   f58: 854d8052                       mov w5, #0x26c
   f5c: c8078052                       mov w8, #0x3e
   f60: e5fcff17                       b #-0xc6c
   f64: 23008052                       mov w3, #0x1
   f68: 85528052                       mov w5, #0x294
   f6c: 48088052                       mov w8, #0x42
   f70: e2fcff17                       b #-0xc78
   f74: 23008052                       mov w3, #0x1
   f78: 85578052                       mov w5, #0x2bc
   f7c: c8088052                       mov w8, #0x46
   f80: defcff17                       b #-0xc88
   f84: 63008052                       mov w3, #0x3
   f88: 855c8052                       mov w5, #0x2e4
   f8c: 48098052                       mov w8, #0x4a
   f90: 12feff17                       b #-0x7b8
   f94: 23008052                       mov w3, #0x1
   f98: c5628052                       mov w5, #0x316
   f9c: e8098052                       mov w8, #0x4f
   fa0: d5fcff17                       b #-0xcac
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 index+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
