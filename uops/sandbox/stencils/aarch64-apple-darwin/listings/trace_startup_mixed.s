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
    54: e33b0054                       b.lo #0x77c
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
    a0: 9a000014                       b #0x268
    a4: 28008052                       mov w8, #0x1
    a8: 45018052                       mov w5, #0xa
    ac: e30308aa                       mov x3, x8
    b0: 96000014                       b #0x258
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
   1a4: 583e00b4                       cbz x24, #0x7c8
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
   1fc: 3f000014                       b #0xfc
   200: 23008052                       mov w3, #0x1
   204: 85078052                       mov w5, #0x3c
   208: c8008052                       mov w8, #0x6
   20c: 3e000014                       b #0xf8
   210: a00200f9                       str x0, [x21]
   214: 171940f9                       ldr x23, [x8, #0x30]
   218: f7fe0737                       tbnz w23, #0x0, #-0x24
   21c: e80240f9                       ldr x8, [x23]
   220: 08050091                       add x8, x8, #0x1
   224: e80200f9                       str x8, [x23]
   228: 770200f9                       str x23, [x19]
   22c: 60060037                       tbnz w0, #0x0, #0xcc
   230: 080840b9                       ldr w8, [x0, #0x8]
   234: 1f090071                       cmp w8, #0x2
   238: 01060054                       b.ne #0xc0
   23c: f7050037                       tbnz w23, #0x0, #0xbc
   240: e80a40b9                       ldr w8, [x23, #0x8]
   244: 1f090071                       cmp w8, #0x2
   248: 81050054                       b.ne #0xb0
   24c: 081840fd                       ldr d8, [x0, #0x30]
   250: e91a40fd                       ldr d9, [x23, #0x30]
   254: 080040f9                       ldr x8, [x0]
   258: 080500f1                       subs x8, x8, #0x1
   25c: 080000f9                       str x8, [x0]
   260: 61060054                       b.ne #0xcc
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 0809691e                       fmul d8, d8, d9
   26c: e80240f9                       ldr x8, [x23]
   270: 080500f1                       subs x8, x8, #0x1
   274: e80200f9                       str x8, [x23]
   278: 40060054                       b.eq #0xc8
   27c: e00316aa                       mov x0, x22
   280: 0041601e                       fmov d0, d8
   284: 00000094                       bl #0x0
        # hole +0x284: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   288: 800600b4                       cbz x0, #0xd0
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
   2c0: 48050037                       tbnz w8, #0x0, #0xa8
   2c4: 0a0140f9                       ldr x10, [x8]
   2c8: 4a050091                       add x10, x10, #0x1
   2cc: 0a0100f9                       str x10, [x8]
   2d0: a80200f9                       str x8, [x21]
   2d4: 2a2540f9                       ldr x10, [x9, #0x48]
   2d8: ea040036                       tbz w10, #0x0, #0x9c
   2dc: 6a0200f9                       str x10, [x19]
   2e0: 0b010a0a                       and w11, w8, w10
   2e4: 4b050037                       tbnz w11, #0x0, #0xa8
   2e8: 23008052                       mov w3, #0x1
   2ec: c5128052                       mov w5, #0x96
   2f0: e8018052                       mov w8, #0xf
   2f4: 04000014                       b #0x10
   2f8: 23008052                       mov w3, #0x1
   2fc: 850c8052                       mov w5, #0x64
   300: 48018052                       mov w8, #0xa
   304: f30319aa                       mov x19, x25
   308: 09000090                       adrp x9, #0
        # hole +0x308: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   30c: 290140f9                       ldr x9, [x9]
        # hole +0x30c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   310: 2401088b                       add x4, x9, x8
   314: e00314aa                       mov x0, x20
   318: e10313aa                       mov x1, x19
   31c: e20316aa                       mov x2, x22
   320: 00000094                       bl #0x0
        # hole +0x320: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   324: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   328: c0035fd6                       ret
   32c: 0809691e                       fmul d8, d8, d9
   330: e80240f9                       ldr x8, [x23]
   334: 080500f1                       subs x8, x8, #0x1
   338: e80200f9                       str x8, [x23]
   33c: 01faff54                       b.ne #-0xc0
   340: e00317aa                       mov x0, x23
   344: 00000094                       bl #0x0
        # hole +0x344: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   348: e00316aa                       mov x0, x22
   34c: 0041601e                       fmov d0, d8
   350: 00000094                       bl #0x0
        # hole +0x350: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   354: c0f9ffb5                       cbnz x0, #-0xc8
   358: 63008052                       mov w3, #0x3
   35c: c50d8052                       mov w5, #0x6e
   360: 68018052                       mov w8, #0xb
   364: 85010014                       b #0x614
   368: a80200f9                       str x8, [x21]
   36c: 2a2540f9                       ldr x10, [x9, #0x48]
   370: 6afb0737                       tbnz w10, #0x0, #-0x94
   374: 4b0140f9                       ldr x11, [x10]
   378: 6b050091                       add x11, x11, #0x1
   37c: 4b0100f9                       str x11, [x10]
   380: 6a0200f9                       str x10, [x19]
   384: 0b010a0a                       and w11, w8, w10
   388: 0bfb0736                       tbz w11, #0x0, #-0xa0
   38c: 0b000090                       adrp x11, #0
        # hole +0x38c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   390: 6b0140f9                       ldr x11, [x11]
        # hole +0x390: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   394: 08fd4193                       asr x8, x8, #1
   398: 0c000090                       adrp x12, #0
        # hole +0x398: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   39c: 8c0140f9                       ldr x12, [x12]
        # hole +0x39c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3a0: 1f058aeb                       cmp x8, x10, asr #1
   3a4: 88b18b9a                       csel x8, x12, x11, lt
   3a8: a80200f9                       str x8, [x21]
   3ac: ea3e0054                       b.ge #0x7dc
   3b0: 202940f9                       ldr x0, [x9, #0x50]
   3b4: 40010037                       tbnz w0, #0x0, #0x28
   3b8: 080040f9                       ldr x8, [x0]
   3bc: 08050091                       add x8, x8, #0x1
   3c0: 080000f9                       str x8, [x0]
   3c4: a00200f9                       str x0, [x21]
   3c8: 372d40f9                       ldr x23, [x9, #0x58]
   3cc: f7000036                       tbz w23, #0x0, #0x1c
   3d0: 770200f9                       str x23, [x19]
   3d4: 40010036                       tbz w0, #0x0, #0x28
   3d8: 3b000014                       b #0xec
   3dc: a00200f9                       str x0, [x21]
   3e0: 372d40f9                       ldr x23, [x9, #0x58]
   3e4: 77ff0737                       tbnz w23, #0x0, #-0x14
   3e8: e80240f9                       ldr x8, [x23]
   3ec: 08050091                       add x8, x8, #0x1
   3f0: e80200f9                       str x8, [x23]
   3f4: 770200f9                       str x23, [x19]
   3f8: 60060037                       tbnz w0, #0x0, #0xcc
   3fc: 080840b9                       ldr w8, [x0, #0x8]
   400: 1f090071                       cmp w8, #0x2
   404: 01060054                       b.ne #0xc0
   408: f7050037                       tbnz w23, #0x0, #0xbc
   40c: e80a40b9                       ldr w8, [x23, #0x8]
   410: 1f090071                       cmp w8, #0x2
   414: 81050054                       b.ne #0xb0
   418: 081840fd                       ldr d8, [x0, #0x30]
   41c: e91a40fd                       ldr d9, [x23, #0x30]
   420: 080040f9                       ldr x8, [x0]
   424: 080500f1                       subs x8, x8, #0x1
   428: 080000f9                       str x8, [x0]
   42c: 41050054                       b.ne #0xa8
   430: 00000094                       bl #0x0
        # hole +0x430: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   434: 0809691e                       fmul d8, d8, d9
   438: e80240f9                       ldr x8, [x23]
   43c: 080500f1                       subs x8, x8, #0x1
   440: e80200f9                       str x8, [x23]
   444: 20050054                       b.eq #0xa4
   448: e00316aa                       mov x0, x22
   44c: 0041601e                       fmov d0, d8
   450: 00000094                       bl #0x0
        # hole +0x450: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   454: 600500b4                       cbz x0, #0xac
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
   48c: 28040037                       tbnz w8, #0x0, #0x84
   490: 0a0140f9                       ldr x10, [x8]
   494: 4a050091                       add x10, x10, #0x1
   498: 0a0100f9                       str x10, [x8]
   49c: a80200f9                       str x8, [x21]
   4a0: 2a3940f9                       ldr x10, [x9, #0x70]
   4a4: ca030036                       tbz w10, #0x0, #0x78
   4a8: 6a0200f9                       str x10, [x19]
   4ac: 0b010a0a                       and w11, w8, w10
   4b0: 2b040037                       tbnz w11, #0x0, #0x84
   4b4: 23008052                       mov w3, #0x1
   4b8: 451f8052                       mov w5, #0xfa
   4bc: 28038052                       mov w8, #0x19
   4c0: 91ffff17                       b #-0x1bc
   4c4: 23008052                       mov w3, #0x1
   4c8: 05198052                       mov w5, #0xc8
   4cc: 88028052                       mov w8, #0x14
   4d0: 8dffff17                       b #-0x1cc
   4d4: 0809691e                       fmul d8, d8, d9
   4d8: e80240f9                       ldr x8, [x23]
   4dc: 080500f1                       subs x8, x8, #0x1
   4e0: e80200f9                       str x8, [x23]
   4e4: 21fbff54                       b.ne #-0x9c
   4e8: e00317aa                       mov x0, x23
   4ec: 00000094                       bl #0x0
        # hole +0x4ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4f0: e00316aa                       mov x0, x22
   4f4: 0041601e                       fmov d0, d8
   4f8: 00000094                       bl #0x0
        # hole +0x4f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   4fc: e0faffb5                       cbnz x0, #-0xa4
   500: 63008052                       mov w3, #0x3
   504: 451a8052                       mov w5, #0xd2
   508: a8028052                       mov w8, #0x15
   50c: 1b010014                       b #0x46c
   510: a80200f9                       str x8, [x21]
   514: 2a3940f9                       ldr x10, [x9, #0x70]
   518: 8afc0737                       tbnz w10, #0x0, #-0x70
   51c: 4b0140f9                       ldr x11, [x10]
   520: 6b050091                       add x11, x11, #0x1
   524: 4b0100f9                       str x11, [x10]
   528: 6a0200f9                       str x10, [x19]
   52c: 0b010a0a                       and w11, w8, w10
   530: 2bfc0736                       tbz w11, #0x0, #-0x7c
   534: 08fd4193                       asr x8, x8, #1
   538: 4bfd4193                       asr x11, x10, #1
   53c: 0a7d0b9b                       mul x10, x8, x11
   540: 087d4b9b                       smulh x8, x8, x11
   544: 1ffd8aeb                       cmp x8, x10, asr #63
   548: 23008052                       mov w3, #0x1
   54c: 85208052                       mov w5, #0x104
   550: 48038052                       mov w8, #0x1a
   554: 81edff54                       b.ne #-0x250
   558: 0b00f8d2                       mov x11, #-0x4000000000000000
   55c: 4b010b8b                       add x11, x10, x11
   560: 2bedffb6                       tbz x11, #0x3f, #-0x25c
   564: 28008052                       mov w8, #0x1
   568: 08050aaa                       orr x8, x8, x10, lsl #1
   56c: a80200f9                       str x8, [x21]
   570: 203d40f9                       ldr x0, [x9, #0x78]
   574: 283d00f9                       str x8, [x9, #0x78]
   578: e0000037                       tbnz w0, #0x0, #0x1c
   57c: 080040f9                       ldr x8, [x0]
   580: 080500f1                       subs x8, x8, #0x1
   584: 080000f9                       str x8, [x0]
   588: 61000054                       b.ne #0xc
   58c: 00000094                       bl #0x0
        # hole +0x58c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   590: 890e40f9                       ldr x9, [x20, #0x18]
   594: 284140f9                       ldr x8, [x9, #0x80]
   598: c8010037                       tbnz w8, #0x0, #0x38
   59c: 0a0140f9                       ldr x10, [x8]
   5a0: 4a050091                       add x10, x10, #0x1
   5a4: 0a0100f9                       str x10, [x8]
   5a8: a80200f9                       str x8, [x21]
   5ac: 2a4540f9                       ldr x10, [x9, #0x88]
   5b0: 6a010036                       tbz w10, #0x0, #0x2c
   5b4: 6a0200f9                       str x10, [x19]
   5b8: 0b010a0a                       and w11, w8, w10
   5bc: cb010037                       tbnz w11, #0x0, #0x38
   5c0: 23008052                       mov w3, #0x1
   5c4: 85258052                       mov w5, #0x12c
   5c8: c8038052                       mov w8, #0x1e
   5cc: 4effff17                       b #-0x2c8
   5d0: a80200f9                       str x8, [x21]
   5d4: 2a4540f9                       ldr x10, [x9, #0x88]
   5d8: eafe0737                       tbnz w10, #0x0, #-0x24
   5dc: 4b0140f9                       ldr x11, [x10]
   5e0: 6b050091                       add x11, x11, #0x1
   5e4: 4b0100f9                       str x11, [x10]
   5e8: 6a0200f9                       str x10, [x19]
   5ec: 0b010a0a                       and w11, w8, w10
   5f0: 8bfe0736                       tbz w11, #0x0, #-0x30
   5f4: 08fd4193                       asr x8, x8, #1
   5f8: 4bfd4193                       asr x11, x10, #1
   5fc: 0a7d0b9b                       mul x10, x8, x11
   600: 087d4b9b                       smulh x8, x8, x11
   604: 1ffd8aeb                       cmp x8, x10, asr #63
   608: 23008052                       mov w3, #0x1
   60c: c5268052                       mov w5, #0x136
   610: e8038052                       mov w8, #0x1f
   614: 81e7ff54                       b.ne #-0x310
   618: 0b00f8d2                       mov x11, #-0x4000000000000000
   61c: 4b010b8b                       add x11, x10, x11
   620: 2be7ffb6                       tbz x11, #0x3f, #-0x31c
   624: 28008052                       mov w8, #0x1
   628: 08050aaa                       orr x8, x8, x10, lsl #1
   62c: a80200f9                       str x8, [x21]
   630: 204940f9                       ldr x0, [x9, #0x90]
   634: 284900f9                       str x8, [x9, #0x90]
   638: e0000037                       tbnz w0, #0x0, #0x1c
   63c: 080040f9                       ldr x8, [x0]
   640: 080500f1                       subs x8, x8, #0x1
   644: 080000f9                       str x8, [x0]
   648: 61000054                       b.ne #0xc
   64c: 00000094                       bl #0x0
        # hole +0x64c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   650: 890e40f9                       ldr x9, [x20, #0x18]
   654: 284d40f9                       ldr x8, [x9, #0x98]
   658: c8010037                       tbnz w8, #0x0, #0x38
   65c: 0a0140f9                       ldr x10, [x8]
   660: 4a050091                       add x10, x10, #0x1
   664: 0a0100f9                       str x10, [x8]
   668: a80200f9                       str x8, [x21]
   66c: 2a5140f9                       ldr x10, [x9, #0xa0]
   670: 6a010036                       tbz w10, #0x0, #0x2c
   674: 6a0200f9                       str x10, [x19]
   678: 0b010a0a                       and w11, w8, w10
   67c: cb010037                       tbnz w11, #0x0, #0x38
   680: 23008052                       mov w3, #0x1
   684: c52b8052                       mov w5, #0x15e
   688: 68048052                       mov w8, #0x23
   68c: 1effff17                       b #-0x388
   690: a80200f9                       str x8, [x21]
   694: 2a5140f9                       ldr x10, [x9, #0xa0]
   698: eafe0737                       tbnz w10, #0x0, #-0x24
   69c: 4b0140f9                       ldr x11, [x10]
   6a0: 6b050091                       add x11, x11, #0x1
   6a4: 4b0100f9                       str x11, [x10]
   6a8: 6a0200f9                       str x10, [x19]
   6ac: 0b010a0a                       and w11, w8, w10
   6b0: 8bfe0736                       tbz w11, #0x0, #-0x30
   6b4: 08fd4193                       asr x8, x8, #1
   6b8: 4bfd4193                       asr x11, x10, #1
   6bc: 0a7d0b9b                       mul x10, x8, x11
   6c0: 087d4b9b                       smulh x8, x8, x11
   6c4: 1ffd8aeb                       cmp x8, x10, asr #63
   6c8: 23008052                       mov w3, #0x1
   6cc: 052d8052                       mov w5, #0x168
   6d0: 88048052                       mov w8, #0x24
   6d4: 81e1ff54                       b.ne #-0x3d0
   6d8: 0b00f8d2                       mov x11, #-0x4000000000000000
   6dc: 4b010b8b                       add x11, x10, x11
   6e0: 2be1ffb6                       tbz x11, #0x3f, #-0x3dc
   6e4: 28008052                       mov w8, #0x1
   6e8: 08050aaa                       orr x8, x8, x10, lsl #1
   6ec: a80200f9                       str x8, [x21]
   6f0: 205540f9                       ldr x0, [x9, #0xa8]
   6f4: 285500f9                       str x8, [x9, #0xa8]
   6f8: e0000037                       tbnz w0, #0x0, #0x1c
   6fc: 080040f9                       ldr x8, [x0]
   700: 080500f1                       subs x8, x8, #0x1
   704: 080000f9                       str x8, [x0]
   708: 61000054                       b.ne #0xc
   70c: 00000094                       bl #0x0
        # hole +0x70c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   710: 890e40f9                       ldr x9, [x20, #0x18]
   714: a8078052                       mov w8, #0x3d
   718: a80200f9                       str x8, [x21]
   71c: 205940f9                       ldr x0, [x9, #0xb0]
   720: 285900f9                       str x8, [x9, #0xb0]
   724: e0000037                       tbnz w0, #0x0, #0x1c
   728: 080040f9                       ldr x8, [x0]
   72c: 080500f1                       subs x8, x8, #0x1
   730: 080000f9                       str x8, [x0]
   734: 61000054                       b.ne #0xc
   738: 00000094                       bl #0x0
        # hole +0x738: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   73c: 890e40f9                       ldr x9, [x20, #0x18]
   740: 205d40f9                       ldr x0, [x9, #0xb8]
   744: c0030037                       tbnz w0, #0x0, #0x78
   748: 080040f9                       ldr x8, [x0]
   74c: 08050091                       add x8, x8, #0x1
   750: 080000f9                       str x8, [x0]
   754: a00200f9                       str x0, [x21]
   758: 080840b9                       ldr w8, [x0, #0x8]
   75c: 1f1d0071                       cmp w8, #0x7
   760: 01030054                       b.ne #0x60
   764: 081840f9                       ldr x8, [x0, #0x30]
   768: 081940f9                       ldr x8, [x8, #0x30]
   76c: 081942d1                       sub x8, x8, #0x86, lsl #12
   770: 1fed3af1                       cmp x8, #0xebb
   774: 61020054                       b.ne #0x4c
   778: 081c40f9                       ldr x8, [x0, #0x38]
   77c: 1f0900f1                       cmp x8, #0x2
   780: a33d0054                       b.lo #0x7b4
   784: 082440f9                       ldr x8, [x0, #0x48]
   788: c8020037                       tbnz w8, #0x0, #0x58
   78c: 0a0140f9                       ldr x10, [x8]
   790: 4a050091                       add x10, x10, #0x1
   794: 0a0100f9                       str x10, [x8]
   798: a80200f9                       str x8, [x21]
   79c: 0a0040f9                       ldr x10, [x0]
   7a0: 4a0500f1                       subs x10, x10, #0x1
   7a4: 0a0000f9                       str x10, [x0]
   7a8: 60020054                       b.eq #0x4c
   7ac: 206140f9                       ldr x0, [x9, #0xc0]
   7b0: 286100f9                       str x8, [x9, #0xc0]
   7b4: c0020036                       tbz w0, #0x0, #0x58
   7b8: 1b000014                       b #0x6c
   7bc: a00200f9                       str x0, [x21]
   7c0: 23008052                       mov w3, #0x1
   7c4: 45338052                       mov w5, #0x19a
   7c8: 28058052                       mov w8, #0x29
   7cc: cffeff17                       b #-0x4c4
   7d0: 23008052                       mov w3, #0x1
   7d4: 85028052                       mov w5, #0x14
   7d8: 48008052                       mov w8, #0x2
   7dc: cbfeff17                       b #-0x4d4
   7e0: a80200f9                       str x8, [x21]
   7e4: 0a0040f9                       ldr x10, [x0]
   7e8: 4a0500f1                       subs x10, x10, #0x1
   7ec: 0a0000f9                       str x10, [x0]
   7f0: e1fdff54                       b.ne #-0x44
   7f4: 00000094                       bl #0x0
        # hole +0x7f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   7f8: a80240f9                       ldr x8, [x21]
   7fc: 890e40f9                       ldr x9, [x20, #0x18]
   800: 206140f9                       ldr x0, [x9, #0xc0]
   804: 286100f9                       str x8, [x9, #0xc0]
   808: e0000037                       tbnz w0, #0x0, #0x1c
   80c: 080040f9                       ldr x8, [x0]
   810: 080500f1                       subs x8, x8, #0x1
   814: 080000f9                       str x8, [x0]
   818: 61000054                       b.ne #0xc
   81c: 00000094                       bl #0x0
        # hole +0x81c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   820: 890e40f9                       ldr x9, [x20, #0x18]
   824: 377140f9                       ldr x23, [x9, #0xe0]
   828: 37020037                       tbnz w23, #0x0, #0x44
   82c: e80240f9                       ldr x8, [x23]
   830: 08050091                       add x8, x8, #0x1
   834: e80200f9                       str x8, [x23]
   838: b70200f9                       str x23, [x21]
   83c: 286540f9                       ldr x8, [x9, #0xc8]
   840: c8010036                       tbz w8, #0x0, #0x38
   844: 680200f9                       str x8, [x19]
   848: 286940f9                       ldr x8, [x9, #0xd0]
   84c: 28020037                       tbnz w8, #0x0, #0x44
   850: 090140f9                       ldr x9, [x8]
   854: 29050091                       add x9, x9, #0x1
   858: 090100f9                       str x9, [x8]
   85c: a9620091                       add x9, x21, #0x18
   860: a80a00f9                       str x8, [x21, #0x10]
   864: f7080037                       tbnz w23, #0x0, #0x11c
   868: 0d000014                       b #0x34
   86c: b70200f9                       str x23, [x21]
   870: 286540f9                       ldr x8, [x9, #0xc8]
   874: 88fe0737                       tbnz w8, #0x0, #-0x30
   878: 0a0140f9                       ldr x10, [x8]
   87c: 4a050091                       add x10, x10, #0x1
   880: 0a0100f9                       str x10, [x8]
   884: 680200f9                       str x8, [x19]
   888: 286940f9                       ldr x8, [x9, #0xd0]
   88c: 28fe0736                       tbz w8, #0x0, #-0x3c
   890: a9620091                       add x9, x21, #0x18
   894: a80a00f9                       str x8, [x21, #0x10]
   898: 57070037                       tbnz w23, #0x0, #0xe8
   89c: e80a40b9                       ldr w8, [x23, #0x8]
   8a0: 1f210071                       cmp w8, #0x8
   8a4: e1060054                       b.ne #0xdc
   8a8: e81e40f9                       ldr x8, [x23, #0x38]
   8ac: e00316aa                       mov x0, x22
   8b0: e10313aa                       mov x1, x19
   8b4: 42008052                       mov w2, #0x2
   8b8: 00013fd6                       blr x8
   8bc: f80300aa                       mov x24, x0
   8c0: 600240f9                       ldr x0, [x19]
   8c4: c0000037                       tbnz w0, #0x0, #0x18
   8c8: 080040f9                       ldr x8, [x0]
   8cc: 080500f1                       subs x8, x8, #0x1
   8d0: 080000f9                       str x8, [x0]
   8d4: 41000054                       b.ne #0x8
   8d8: 00000094                       bl #0x0
        # hole +0x8d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8dc: a00a40f9                       ldr x0, [x21, #0x10]
   8e0: c0000037                       tbnz w0, #0x0, #0x18
   8e4: 080040f9                       ldr x8, [x0]
   8e8: 080500f1                       subs x8, x8, #0x1
   8ec: 080000f9                       str x8, [x0]
   8f0: 41000054                       b.ne #0x8
   8f4: 00000094                       bl #0x0
        # hole +0x8f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   8f8: e80240f9                       ldr x8, [x23]
   8fc: 080500f1                       subs x8, x8, #0x1
   900: e80200f9                       str x8, [x23]
   904: 61000054                       b.ne #0xc
   908: e00317aa                       mov x0, x23
   90c: 00000094                       bl #0x0
        # hole +0x90c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   910: b83100b4                       cbz x24, #0x634
   914: b80200f9                       str x24, [x21]
   918: 880e40f9                       ldr x8, [x20, #0x18]
   91c: 006d40f9                       ldr x0, [x8, #0xd8]
   920: 186d00f9                       str x24, [x8, #0xd8]
   924: e0000037                       tbnz w0, #0x0, #0x1c
   928: 090040f9                       ldr x9, [x0]
   92c: 290500f1                       subs x9, x9, #0x1
   930: 090000f9                       str x9, [x0]
   934: 61000054                       b.ne #0xc
   938: 00000094                       bl #0x0
        # hole +0x938: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   93c: 880e40f9                       ldr x8, [x20, #0x18]
   940: 007540f9                       ldr x0, [x8, #0xe8]
   944: 80020037                       tbnz w0, #0x0, #0x50
   948: 090040f9                       ldr x9, [x0]
   94c: 29050091                       add x9, x9, #0x1
   950: 090000f9                       str x9, [x0]
   954: a00200f9                       str x0, [x21]
   958: 177940f9                       ldr x23, [x8, #0xf0]
   95c: 37020036                       tbz w23, #0x0, #0x44
   960: 770200f9                       str x23, [x19]
   964: 80020036                       tbz w0, #0x0, #0x50
   968: 45000014                       b #0x114
   96c: 63008052                       mov w3, #0x3
   970: 85078052                       mov w5, #0x3c
   974: c8008052                       mov w8, #0x6
   978: f30315aa                       mov x19, x21
   97c: 63feff17                       b #-0x674
   980: 23008052                       mov w3, #0x1
   984: c53a8052                       mov w5, #0x1d6
   988: e8058052                       mov w8, #0x2f
   98c: f30309aa                       mov x19, x9
   990: 5efeff17                       b #-0x688
   994: a00200f9                       str x0, [x21]
   998: 177940f9                       ldr x23, [x8, #0xf0]
   99c: 37fe0737                       tbnz w23, #0x0, #-0x3c
   9a0: e80240f9                       ldr x8, [x23]
   9a4: 08050091                       add x8, x8, #0x1
   9a8: e80200f9                       str x8, [x23]
   9ac: 770200f9                       str x23, [x19]
   9b0: 60060037                       tbnz w0, #0x0, #0xcc
   9b4: 080840b9                       ldr w8, [x0, #0x8]
   9b8: 1f090071                       cmp w8, #0x2
   9bc: 01060054                       b.ne #0xc0
   9c0: f7050037                       tbnz w23, #0x0, #0xbc
   9c4: e80a40b9                       ldr w8, [x23, #0x8]
   9c8: 1f090071                       cmp w8, #0x2
   9cc: 81050054                       b.ne #0xb0
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
   a64: 0b010a0a                       and w11, w8, w10
   a68: 2b040037                       tbnz w11, #0x0, #0x84
   a6c: 23008052                       mov w3, #0x1
   a70: 05468052                       mov w5, #0x230
   a74: 08078052                       mov w8, #0x38
   a78: 23feff17                       b #-0x774
   a7c: 23008052                       mov w3, #0x1
   a80: c53f8052                       mov w5, #0x1fe
   a84: 68068052                       mov w8, #0x33
   a88: 1ffeff17                       b #-0x784
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
   ac4: adffff17                       b #-0x14c
   ac8: a80200f9                       str x8, [x21]
   acc: 2a8540f9                       ldr x10, [x9, #0x108]
   ad0: 8afc0737                       tbnz w10, #0x0, #-0x70
   ad4: 4b0140f9                       ldr x11, [x10]
   ad8: 6b050091                       add x11, x11, #0x1
   adc: 4b0100f9                       str x11, [x10]
   ae0: 6a0200f9                       str x10, [x19]
   ae4: 0b010a0a                       and w11, w8, w10
   ae8: 2bfc0736                       tbz w11, #0x0, #-0x7c
   aec: 08fd4193                       asr x8, x8, #1
   af0: 4bfd4193                       asr x11, x10, #1
   af4: 0a7d0b9b                       mul x10, x8, x11
   af8: 087d4b9b                       smulh x8, x8, x11
   afc: 1ffd8aeb                       cmp x8, x10, asr #63
   b00: 23008052                       mov w3, #0x1
   b04: 45478052                       mov w5, #0x23a
   b08: 28078052                       mov w8, #0x39
   b0c: c1bfff54                       b.ne #-0x808
   b10: 0b00f8d2                       mov x11, #-0x4000000000000000
   b14: 4b010b8b                       add x11, x10, x11
   b18: 6bbfffb6                       tbz x11, #0x3f, #-0x814
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
   b50: 48020037                       tbnz w8, #0x0, #0x48
   b54: 0a0140f9                       ldr x10, [x8]
   b58: 4a050091                       add x10, x10, #0x1
   b5c: 0a0100f9                       str x10, [x8]
   b60: a80200f9                       str x8, [x21]
   b64: 2a9140f9                       ldr x10, [x9, #0x120]
   b68: ea010036                       tbz w10, #0x0, #0x3c
   b6c: 6a0200f9                       str x10, [x19]
   b70: 0b010a0a                       and w11, w8, w10
   b74: 4b020037                       tbnz w11, #0x0, #0x48
   b78: 23008052                       mov w3, #0x1
   b7c: 454c8052                       mov w5, #0x262
   b80: a8078052                       mov w8, #0x3d
   b84: e0fdff17                       b #-0x880
   b88: 43008052                       mov w3, #0x2
   b8c: 45158052                       mov w5, #0xaa
   b90: 28028052                       mov w8, #0x11
   b94: ddfdff17                       b #-0x88c
   b98: a80200f9                       str x8, [x21]
   b9c: 2a9140f9                       ldr x10, [x9, #0x120]
   ba0: 6afe0737                       tbnz w10, #0x0, #-0x34
   ba4: 4b0140f9                       ldr x11, [x10]
   ba8: 6b050091                       add x11, x11, #0x1
   bac: 4b0100f9                       str x11, [x10]
   bb0: 6a0200f9                       str x10, [x19]
   bb4: 0b010a0a                       and w11, w8, w10
   bb8: 0bfe0736                       tbz w11, #0x0, #-0x40
   bbc: 4afd4193                       asr x10, x10, #1
   bc0: 4805888b                       add x8, x10, x8, asr #1
   bc4: 0a00f8d2                       mov x10, #-0x4000000000000000
   bc8: 1f010aab                       cmn x8, x10
   bcc: 451c0054                       b.pl #0x388
   bd0: 2a008052                       mov w10, #0x1
   bd4: 480508aa                       orr x8, x10, x8, lsl #1
   bd8: a80200f9                       str x8, [x21]
   bdc: 209540f9                       ldr x0, [x9, #0x128]
   be0: 289500f9                       str x8, [x9, #0x128]
   be4: e0000037                       tbnz w0, #0x0, #0x1c
   be8: 080040f9                       ldr x8, [x0]
   bec: 080500f1                       subs x8, x8, #0x1
   bf0: 080000f9                       str x8, [x0]
   bf4: 61000054                       b.ne #0xc
   bf8: 00000094                       bl #0x0
        # hole +0xbf8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   bfc: 890e40f9                       ldr x9, [x20, #0x18]
   c00: 209940f9                       ldr x0, [x9, #0x130]
   c04: a0030037                       tbnz w0, #0x0, #0x74
   c08: 080040f9                       ldr x8, [x0]
   c0c: 08050091                       add x8, x8, #0x1
   c10: 080000f9                       str x8, [x0]
   c14: a00200f9                       str x0, [x21]
   c18: 080840b9                       ldr w8, [x0, #0x8]
   c1c: 1f1d0071                       cmp w8, #0x7
   c20: e1020054                       b.ne #0x5c
   c24: 081840f9                       ldr x8, [x0, #0x30]
   c28: 081940f9                       ldr x8, [x8, #0x30]
   c2c: 083142d1                       sub x8, x8, #0x8c, lsl #12
   c30: 1f053ef1                       cmp x8, #0xf81
   c34: 41020054                       b.ne #0x48
   c38: 081c40f9                       ldr x8, [x0, #0x38]
   c3c: 481900b4                       cbz x8, #0x328
   c40: 082040f9                       ldr x8, [x0, #0x40]
   c44: 48020037                       tbnz w8, #0x0, #0x48
   c48: 0a0140f9                       ldr x10, [x8]
   c4c: 4a050091                       add x10, x10, #0x1
   c50: 0a0100f9                       str x10, [x8]
   c54: a80200f9                       str x8, [x21]
   c58: 0a0040f9                       ldr x10, [x0]
   c5c: 4a0500f1                       subs x10, x10, #0x1
   c60: 0a0000f9                       str x10, [x0]
   c64: e0010054                       b.eq #0x3c
   c68: 209d40f9                       ldr x0, [x9, #0x138]
   c6c: 289d00f9                       str x8, [x9, #0x138]
   c70: 40020036                       tbz w0, #0x0, #0x48
   c74: 17000014                       b #0x5c
   c78: a00200f9                       str x0, [x21]
   c7c: 23008052                       mov w3, #0x1
   c80: 45518052                       mov w5, #0x28a
   c84: 28088052                       mov w8, #0x41
   c88: a0fdff17                       b #-0x980
   c8c: a80200f9                       str x8, [x21]
   c90: 0a0040f9                       ldr x10, [x0]
   c94: 4a0500f1                       subs x10, x10, #0x1
   c98: 0a0000f9                       str x10, [x0]
   c9c: 61feff54                       b.ne #-0x34
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
   d58: 6cfdff17                       b #-0xa50
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
   e98: 2b010a0a                       and w11, w9, w10
   e9c: 4b020037                       tbnz w11, #0x0, #0x48
   ea0: 23008052                       mov w3, #0x1
   ea4: 85618052                       mov w5, #0x30c
   ea8: c8098052                       mov w8, #0x4e
   eac: 16fdff17                       b #-0xba8
   eb0: 23008052                       mov w3, #0x1
   eb4: 855c8052                       mov w5, #0x2e4
   eb8: 48098052                       mov w8, #0x4a
   ebc: 12fdff17                       b #-0xbb8
   ec0: a90200f9                       str x9, [x21]
   ec4: 0ab940f9                       ldr x10, [x8, #0x170]
   ec8: 6afe0737                       tbnz w10, #0x0, #-0x34
   ecc: 4b0140f9                       ldr x11, [x10]
   ed0: 6b050091                       add x11, x11, #0x1
   ed4: 4b0100f9                       str x11, [x10]
   ed8: 6a0200f9                       str x10, [x19]
   edc: 2b010a0a                       and w11, w9, w10
   ee0: 0bfe0736                       tbz w11, #0x0, #-0x40
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
   f30: 92feff17                       b #-0x5b8
   f34: 23008052                       mov w3, #0x1
   f38: 85348052                       mov w5, #0x1a4
   f3c: 48058052                       mov w8, #0x2a
   f40: f2fcff17                       b #-0xc38
   f44: 63008052                       mov w3, #0x3
   f48: c53a8052                       mov w5, #0x1d6
   f4c: e8058052                       mov w8, #0x2f
   f50: 8afeff17                       b #-0x5d8
   f54: 23008052                       mov w3, #0x1
   f58: 854d8052                       mov w5, #0x26c
   f5c: c8078052                       mov w8, #0x3e
   f60: e9fcff17                       b #-0xc5c
   f64: 23008052                       mov w3, #0x1
   f68: 85528052                       mov w5, #0x294
   f6c: 48088052                       mov w8, #0x42
   f70: e6fcff17                       b #-0xc68
   f74: 23008052                       mov w3, #0x1
   f78: 85578052                       mov w5, #0x2bc
   f7c: c8088052                       mov w8, #0x46
   f80: e2fcff17                       b #-0xc78
   f84: 63008052                       mov w3, #0x3
   f88: 855c8052                       mov w5, #0x2e4
   f8c: 48098052                       mov w8, #0x4a
   f90: 7afeff17                       b #-0x618
   f94: 23008052                       mov w3, #0x1
   f98: c5628052                       mov w5, #0x316
   f9c: e8098052                       mov w8, #0x4f
   fa0: d9fcff17                       b #-0xc9c
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 index+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
