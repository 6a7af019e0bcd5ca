# stencil startup_mixed for aarch64-apple-darwin: 4136 code bytes, 24 data bytes, 50 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: 530180d2                       mov x19, #0xa
    20: 9301c0f2                       movk x19, #0xc, lsl #32
    24: f70315aa                       mov x23, x21
    28: e08600f8                       str x0, [x23], #0x8
    2c: 682600d1                       sub x8, x19, #0x9
    30: 80030037                       tbnz w0, #0x0, #0x70
    34: 090840b9                       ldr w9, [x0, #0x8]
    38: 3f1d0071                       cmp w9, #0x7
    3c: 21030054                       b.ne #0x64
    40: 09000090                       adrp x9, #0
        # hole +0x40: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    44: 290140f9                       ldr x9, [x9]
        # hole +0x44: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    48: 0a1840f9                       ldr x10, [x0, #0x30]
    4c: 4a1940f9                       ldr x10, [x10, #0x30]
    50: 5f0109eb                       cmp x10, x9
    54: 61020054                       b.ne #0x4c
    58: 081c40f9                       ldr x8, [x0, #0x38]
    5c: 1f0900f1                       cmp x8, #0x2
    60: 833c0054                       b.lo #0x790
    64: 092440f9                       ldr x9, [x0, #0x48]
    68: 09030037                       tbnz w9, #0x0, #0x60
    6c: 280140f9                       ldr x8, [x9]
    70: 08050091                       add x8, x8, #0x1
    74: 280100f9                       str x8, [x9]
    78: a90200f9                       str x9, [x21]
    7c: 080040f9                       ldr x8, [x0]
    80: 080500f1                       subs x8, x8, #0x1
    84: 080000f9                       str x8, [x0]
    88: a0020054                       b.eq #0x54
    8c: 880e40f9                       ldr x8, [x20, #0x18]
    90: 000540f9                       ldr x0, [x8, #0x8]
    94: 090500f9                       str x9, [x8, #0x8]
    98: e0020036                       tbz w0, #0x0, #0x5c
    9c: 1c000014                       b #0x70
    a0: 23008052                       mov w3, #0x1
    a4: 45018052                       mov w5, #0xa
    a8: f30308aa                       mov x19, x8
    ac: e00314aa                       mov x0, x20
    b0: e10317aa                       mov x1, x23
    b4: e20316aa                       mov x2, x22
    b8: e40313aa                       mov x4, x19
    bc: 00000094                       bl #0x0
        # hole +0xbc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    c4: c0035fd6                       ret
    c8: a90200f9                       str x9, [x21]
    cc: 080040f9                       ldr x8, [x0]
    d0: 080500f1                       subs x8, x8, #0x1
    d4: 080000f9                       str x8, [x0]
    d8: a1fdff54                       b.ne #-0x4c
    dc: 00000094                       bl #0x0
        # hole +0xdc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    e0: a90240f9                       ldr x9, [x21]
    e4: 880e40f9                       ldr x8, [x20, #0x18]
    e8: 000540f9                       ldr x0, [x8, #0x8]
    ec: 090500f9                       str x9, [x8, #0x8]
    f0: e0000037                       tbnz w0, #0x0, #0x1c
    f4: 090040f9                       ldr x9, [x0]
    f8: 290500f1                       subs x9, x9, #0x1
    fc: 090000f9                       str x9, [x0]
   100: 61000054                       b.ne #0xc
   104: 00000094                       bl #0x0
        # hole +0x104: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   108: 880e40f9                       ldr x8, [x20, #0x18]
   10c: 181140f9                       ldr x24, [x8, #0x20]
   110: 98010037                       tbnz w24, #0x0, #0x30
   114: 090340f9                       ldr x9, [x24]
   118: 29050091                       add x9, x9, #0x1
   11c: 090300f9                       str x9, [x24]
   120: b80200f9                       str x24, [x21]
   124: 080940f9                       ldr x8, [x8, #0x10]
   128: 28010036                       tbz w8, #0x0, #0x24
   12c: ba420091                       add x26, x21, #0x10
   130: a80600f9                       str x8, [x21, #0x8]
   134: 7b1200d1                       sub x27, x19, #0x4
   138: 98010036                       tbz w24, #0x0, #0x30
   13c: 38000014                       b #0xe0
   140: b80200f9                       str x24, [x21]
   144: 080940f9                       ldr x8, [x8, #0x10]
   148: 28ff0737                       tbnz w8, #0x0, #-0x1c
   14c: 090140f9                       ldr x9, [x8]
   150: 29050091                       add x9, x9, #0x1
   154: 090100f9                       str x9, [x8]
   158: ba420091                       add x26, x21, #0x10
   15c: a80600f9                       str x8, [x21, #0x8]
   160: 7b1200d1                       sub x27, x19, #0x4
   164: d8050037                       tbnz w24, #0x0, #0xb8
   168: 080b40b9                       ldr w8, [x24, #0x8]
   16c: 1f210071                       cmp w8, #0x8
   170: 61050054                       b.ne #0xac
   174: 081f40f9                       ldr x8, [x24, #0x38]
   178: e00316aa                       mov x0, x22
   17c: e10317aa                       mov x1, x23
   180: 22008052                       mov w2, #0x1
   184: 00013fd6                       blr x8
   188: f90300aa                       mov x25, x0
   18c: e00240f9                       ldr x0, [x23]
   190: c0000037                       tbnz w0, #0x0, #0x18
   194: 080040f9                       ldr x8, [x0]
   198: 080500f1                       subs x8, x8, #0x1
   19c: 080000f9                       str x8, [x0]
   1a0: 41000054                       b.ne #0x8
   1a4: 00000094                       bl #0x0
        # hole +0x1a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1a8: 080340f9                       ldr x8, [x24]
   1ac: 080500f1                       subs x8, x8, #0x1
   1b0: 080300f9                       str x8, [x24]
   1b4: 61000054                       b.ne #0xc
   1b8: e00318aa                       mov x0, x24
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1c0: 393f00b4                       cbz x25, #0x7e4
   1c4: b90200f9                       str x25, [x21]
   1c8: 880e40f9                       ldr x8, [x20, #0x18]
   1cc: 000d40f9                       ldr x0, [x8, #0x18]
   1d0: 190d00f9                       str x25, [x8, #0x18]
   1d4: e0000037                       tbnz w0, #0x0, #0x1c
   1d8: 090040f9                       ldr x9, [x0]
   1dc: 290500f1                       subs x9, x9, #0x1
   1e0: 090000f9                       str x9, [x0]
   1e4: 61000054                       b.ne #0xc
   1e8: 00000094                       bl #0x0
        # hole +0x1e8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1ec: 880e40f9                       ldr x8, [x20, #0x18]
   1f0: 001540f9                       ldr x0, [x8, #0x28]
   1f4: e0010037                       tbnz w0, #0x0, #0x3c
   1f8: 090040f9                       ldr x9, [x0]
   1fc: 29050091                       add x9, x9, #0x1
   200: 090000f9                       str x9, [x0]
   204: a00200f9                       str x0, [x21]
   208: 181940f9                       ldr x24, [x8, #0x30]
   20c: 98010036                       tbz w24, #0x0, #0x30
   210: f80200f9                       str x24, [x23]
   214: e0010036                       tbz w0, #0x0, #0x3c
   218: 41000014                       b #0x104
   21c: 23008052                       mov w3, #0x1
   220: 85078052                       mov w5, #0x3c
   224: f7031aaa                       mov x23, x26
   228: f3031baa                       mov x19, x27
   22c: a0ffff17                       b #-0x180
   230: a00200f9                       str x0, [x21]
   234: 181940f9                       ldr x24, [x8, #0x30]
   238: d8fe0737                       tbnz w24, #0x0, #-0x28
   23c: 080340f9                       ldr x8, [x24]
   240: 08050091                       add x8, x8, #0x1
   244: 080300f9                       str x8, [x24]
   248: f80200f9                       str x24, [x23]
   24c: 80060037                       tbnz w0, #0x0, #0xd0
   250: 080840b9                       ldr w8, [x0, #0x8]
   254: 1f090071                       cmp w8, #0x2
   258: 21060054                       b.ne #0xc4
   25c: 18060037                       tbnz w24, #0x0, #0xc0
   260: 080b40b9                       ldr w8, [x24, #0x8]
   264: 1f090071                       cmp w8, #0x2
   268: a1050054                       b.ne #0xb4
   26c: 081840fd                       ldr d8, [x0, #0x30]
   270: 091b40fd                       ldr d9, [x24, #0x30]
   274: 080040f9                       ldr x8, [x0]
   278: 080500f1                       subs x8, x8, #0x1
   27c: 080000f9                       str x8, [x0]
   280: 61050054                       b.ne #0xac
   284: 00000094                       bl #0x0
        # hole +0x284: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   288: 0809691e                       fmul d8, d8, d9
   28c: 080340f9                       ldr x8, [x24]
   290: 080500f1                       subs x8, x8, #0x1
   294: 080300f9                       str x8, [x24]
   298: 40050054                       b.eq #0xa8
   29c: e00316aa                       mov x0, x22
   2a0: 0041601e                       fmov d0, d8
   2a4: 00000094                       bl #0x0
        # hole +0x2a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2a8: 800500b4                       cbz x0, #0xb0
   2ac: e80300aa                       mov x8, x0
   2b0: a00200f9                       str x0, [x21]
   2b4: 890e40f9                       ldr x9, [x20, #0x18]
   2b8: 201d40f9                       ldr x0, [x9, #0x38]
   2bc: 281d00f9                       str x8, [x9, #0x38]
   2c0: e0000037                       tbnz w0, #0x0, #0x1c
   2c4: 080040f9                       ldr x8, [x0]
   2c8: 080500f1                       subs x8, x8, #0x1
   2cc: 080000f9                       str x8, [x0]
   2d0: 61000054                       b.ne #0xc
   2d4: 00000094                       bl #0x0
        # hole +0x2d4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d8: 890e40f9                       ldr x9, [x20, #0x18]
   2dc: 282140f9                       ldr x8, [x9, #0x40]
   2e0: 68040037                       tbnz w8, #0x0, #0x8c
   2e4: 0a0140f9                       ldr x10, [x8]
   2e8: 4a050091                       add x10, x10, #0x1
   2ec: 0a0100f9                       str x10, [x8]
   2f0: a80200f9                       str x8, [x21]
   2f4: 2a2540f9                       ldr x10, [x9, #0x48]
   2f8: 0a040036                       tbz w10, #0x0, #0x80
   2fc: ea0200f9                       str x10, [x23]
   300: 0b010a0a                       and w11, w8, w10
   304: 6b040037                       tbnz w11, #0x0, #0x8c
   308: 73160091                       add x19, x19, #0x5
   30c: 23008052                       mov w3, #0x1
   310: c5128052                       mov w5, #0x96
   314: f7031aaa                       mov x23, x26
   318: 65ffff17                       b #-0x26c
   31c: 23008052                       mov w3, #0x1
   320: 850c8052                       mov w5, #0x64
   324: f7031aaa                       mov x23, x26
   328: 61ffff17                       b #-0x27c
   32c: 0809691e                       fmul d8, d8, d9
   330: 080340f9                       ldr x8, [x24]
   334: 080500f1                       subs x8, x8, #0x1
   338: 080300f9                       str x8, [x24]
   33c: 01fbff54                       b.ne #-0xa0
   340: e00318aa                       mov x0, x24
   344: 00000094                       bl #0x0
        # hole +0x344: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   348: e00316aa                       mov x0, x22
   34c: 0041601e                       fmov d0, d8
   350: 00000094                       bl #0x0
        # hole +0x350: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   354: c0faffb5                       cbnz x0, #-0xa8
   358: 73060091                       add x19, x19, #0x1
   35c: 63008052                       mov w3, #0x3
   360: c50d8052                       mov w5, #0x6e
   364: f70315aa                       mov x23, x21
   368: 51ffff17                       b #-0x2bc
   36c: a80200f9                       str x8, [x21]
   370: 2a2540f9                       ldr x10, [x9, #0x48]
   374: 4afc0737                       tbnz w10, #0x0, #-0x78
   378: 4b0140f9                       ldr x11, [x10]
   37c: 6b050091                       add x11, x11, #0x1
   380: 4b0100f9                       str x11, [x10]
   384: ea0200f9                       str x10, [x23]
   388: 0b010a0a                       and w11, w8, w10
   38c: ebfb0736                       tbz w11, #0x0, #-0x84
   390: 0b000090                       adrp x11, #0
        # hole +0x390: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   394: 6b0140f9                       ldr x11, [x11]
        # hole +0x394: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   398: 08fd4193                       asr x8, x8, #1
   39c: 0c000090                       adrp x12, #0
        # hole +0x39c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3a0: 8c0140f9                       ldr x12, [x12]
        # hole +0x3a0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3a4: 1f058aeb                       cmp x8, x10, asr #1
   3a8: 88b18b9a                       csel x8, x12, x11, lt
   3ac: a80200f9                       str x8, [x21]
   3b0: ca400054                       b.ge #0x818
   3b4: 202940f9                       ldr x0, [x9, #0x50]
   3b8: 60010037                       tbnz w0, #0x0, #0x2c
   3bc: 080040f9                       ldr x8, [x0]
   3c0: 08050091                       add x8, x8, #0x1
   3c4: 080000f9                       str x8, [x0]
   3c8: a00200f9                       str x0, [x21]
   3cc: 382d40f9                       ldr x24, [x9, #0x58]
   3d0: 18010036                       tbz w24, #0x0, #0x20
   3d4: f80200f9                       str x24, [x23]
   3d8: 682a0091                       add x8, x19, #0xa
   3dc: 60010036                       tbz w0, #0x0, #0x2c
   3e0: 3e000014                       b #0xf8
   3e4: a00200f9                       str x0, [x21]
   3e8: 382d40f9                       ldr x24, [x9, #0x58]
   3ec: 58ff0737                       tbnz w24, #0x0, #-0x18
   3f0: 080340f9                       ldr x8, [x24]
   3f4: 08050091                       add x8, x8, #0x1
   3f8: 080300f9                       str x8, [x24]
   3fc: f80200f9                       str x24, [x23]
   400: 682a0091                       add x8, x19, #0xa
   404: a0060037                       tbnz w0, #0x0, #0xd4
   408: 090840b9                       ldr w9, [x0, #0x8]
   40c: 3f090071                       cmp w9, #0x2
   410: 41060054                       b.ne #0xc8
   414: 682a0091                       add x8, x19, #0xa
   418: 18060037                       tbnz w24, #0x0, #0xc0
   41c: 090b40b9                       ldr w9, [x24, #0x8]
   420: 3f090071                       cmp w9, #0x2
   424: a1050054                       b.ne #0xb4
   428: 081840fd                       ldr d8, [x0, #0x30]
   42c: 091b40fd                       ldr d9, [x24, #0x30]
   430: 080040f9                       ldr x8, [x0]
   434: 080500f1                       subs x8, x8, #0x1
   438: 080000f9                       str x8, [x0]
   43c: 61050054                       b.ne #0xac
   440: 00000094                       bl #0x0
        # hole +0x440: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   444: 0809691e                       fmul d8, d8, d9
   448: 080340f9                       ldr x8, [x24]
   44c: 080500f1                       subs x8, x8, #0x1
   450: 080300f9                       str x8, [x24]
   454: 40050054                       b.eq #0xa8
   458: e00316aa                       mov x0, x22
   45c: 0041601e                       fmov d0, d8
   460: 00000094                       bl #0x0
        # hole +0x460: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   464: 800500b4                       cbz x0, #0xb0
   468: e80300aa                       mov x8, x0
   46c: a00200f9                       str x0, [x21]
   470: 890e40f9                       ldr x9, [x20, #0x18]
   474: 203140f9                       ldr x0, [x9, #0x60]
   478: 283100f9                       str x8, [x9, #0x60]
   47c: e0000037                       tbnz w0, #0x0, #0x1c
   480: 080040f9                       ldr x8, [x0]
   484: 080500f1                       subs x8, x8, #0x1
   488: 080000f9                       str x8, [x0]
   48c: 61000054                       b.ne #0xc
   490: 00000094                       bl #0x0
        # hole +0x490: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   494: 890e40f9                       ldr x9, [x20, #0x18]
   498: 283540f9                       ldr x8, [x9, #0x68]
   49c: 48040037                       tbnz w8, #0x0, #0x88
   4a0: 0a0140f9                       ldr x10, [x8]
   4a4: 4a050091                       add x10, x10, #0x1
   4a8: 0a0100f9                       str x10, [x8]
   4ac: a80200f9                       str x8, [x21]
   4b0: 2a3940f9                       ldr x10, [x9, #0x70]
   4b4: ea030036                       tbz w10, #0x0, #0x7c
   4b8: ea0200f9                       str x10, [x23]
   4bc: 0b010a0a                       and w11, w8, w10
   4c0: 4b040037                       tbnz w11, #0x0, #0x88
   4c4: 733e0091                       add x19, x19, #0xf
   4c8: 23008052                       mov w3, #0x1
   4cc: 451f8052                       mov w5, #0xfa
   4d0: f7031aaa                       mov x23, x26
   4d4: f6feff17                       b #-0x428
   4d8: 23008052                       mov w3, #0x1
   4dc: 05198052                       mov w5, #0xc8
   4e0: f7031aaa                       mov x23, x26
   4e4: f1feff17                       b #-0x43c
   4e8: 0809691e                       fmul d8, d8, d9
   4ec: 080340f9                       ldr x8, [x24]
   4f0: 080500f1                       subs x8, x8, #0x1
   4f4: 080300f9                       str x8, [x24]
   4f8: 01fbff54                       b.ne #-0xa0
   4fc: e00318aa                       mov x0, x24
   500: 00000094                       bl #0x0
        # hole +0x500: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   504: e00316aa                       mov x0, x22
   508: 0041601e                       fmov d0, d8
   50c: 00000094                       bl #0x0
        # hole +0x50c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   510: c0faffb5                       cbnz x0, #-0xa8
   514: 732e0091                       add x19, x19, #0xb
   518: 63008052                       mov w3, #0x3
   51c: 451a8052                       mov w5, #0xd2
   520: 91ffff17                       b #-0x1bc
   524: a80200f9                       str x8, [x21]
   528: 2a3940f9                       ldr x10, [x9, #0x70]
   52c: 6afc0737                       tbnz w10, #0x0, #-0x74
   530: 4b0140f9                       ldr x11, [x10]
   534: 6b050091                       add x11, x11, #0x1
   538: 4b0100f9                       str x11, [x10]
   53c: ea0200f9                       str x10, [x23]
   540: 0b010a0a                       and w11, w8, w10
   544: 0bfc0736                       tbz w11, #0x0, #-0x80
   548: 08fd4193                       asr x8, x8, #1
   54c: 4bfd4193                       asr x11, x10, #1
   550: 0a7d0b9b                       mul x10, x8, x11
   554: 087d4b9b                       smulh x8, x8, x11
   558: 1ffd8aeb                       cmp x8, x10, asr #63
   55c: 68420091                       add x8, x19, #0x10
   560: 23008052                       mov w3, #0x1
   564: 85208052                       mov w5, #0x104
   568: c1fbff54                       b.ne #-0x88
   56c: 0b00f8d2                       mov x11, #-0x4000000000000000
   570: 4b010b8b                       add x11, x10, x11
   574: 6bfbffb6                       tbz x11, #0x3f, #-0x94
   578: 28008052                       mov w8, #0x1
   57c: 08050aaa                       orr x8, x8, x10, lsl #1
   580: a80200f9                       str x8, [x21]
   584: 203d40f9                       ldr x0, [x9, #0x78]
   588: 283d00f9                       str x8, [x9, #0x78]
   58c: e0000037                       tbnz w0, #0x0, #0x1c
   590: 080040f9                       ldr x8, [x0]
   594: 080500f1                       subs x8, x8, #0x1
   598: 080000f9                       str x8, [x0]
   59c: 61000054                       b.ne #0xc
   5a0: 00000094                       bl #0x0
        # hole +0x5a0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5a4: 890e40f9                       ldr x9, [x20, #0x18]
   5a8: 284140f9                       ldr x8, [x9, #0x80]
   5ac: e8010037                       tbnz w8, #0x0, #0x3c
   5b0: 0a0140f9                       ldr x10, [x8]
   5b4: 4a050091                       add x10, x10, #0x1
   5b8: 0a0100f9                       str x10, [x8]
   5bc: a80200f9                       str x8, [x21]
   5c0: 2a4540f9                       ldr x10, [x9, #0x88]
   5c4: 8a010036                       tbz w10, #0x0, #0x30
   5c8: ea0200f9                       str x10, [x23]
   5cc: 0b010a0a                       and w11, w8, w10
   5d0: eb010037                       tbnz w11, #0x0, #0x3c
   5d4: 73520091                       add x19, x19, #0x14
   5d8: 23008052                       mov w3, #0x1
   5dc: 85258052                       mov w5, #0x12c
   5e0: f7031aaa                       mov x23, x26
   5e4: b2feff17                       b #-0x538
   5e8: a80200f9                       str x8, [x21]
   5ec: 2a4540f9                       ldr x10, [x9, #0x88]
   5f0: cafe0737                       tbnz w10, #0x0, #-0x28
   5f4: 4b0140f9                       ldr x11, [x10]
   5f8: 6b050091                       add x11, x11, #0x1
   5fc: 4b0100f9                       str x11, [x10]
   600: ea0200f9                       str x10, [x23]
   604: 0b010a0a                       and w11, w8, w10
   608: 6bfe0736                       tbz w11, #0x0, #-0x34
   60c: 08fd4193                       asr x8, x8, #1
   610: 4bfd4193                       asr x11, x10, #1
   614: 0a7d0b9b                       mul x10, x8, x11
   618: 087d4b9b                       smulh x8, x8, x11
   61c: 1ffd8aeb                       cmp x8, x10, asr #63
   620: 68560091                       add x8, x19, #0x15
   624: 23008052                       mov w3, #0x1
   628: c5268052                       mov w5, #0x136
   62c: a1f5ff54                       b.ne #-0x14c
   630: 0b00f8d2                       mov x11, #-0x4000000000000000
   634: 4b010b8b                       add x11, x10, x11
   638: 4bf5ffb6                       tbz x11, #0x3f, #-0x158
   63c: 28008052                       mov w8, #0x1
   640: 08050aaa                       orr x8, x8, x10, lsl #1
   644: a80200f9                       str x8, [x21]
   648: 204940f9                       ldr x0, [x9, #0x90]
   64c: 284900f9                       str x8, [x9, #0x90]
   650: e0000037                       tbnz w0, #0x0, #0x1c
   654: 080040f9                       ldr x8, [x0]
   658: 080500f1                       subs x8, x8, #0x1
   65c: 080000f9                       str x8, [x0]
   660: 61000054                       b.ne #0xc
   664: 00000094                       bl #0x0
        # hole +0x664: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   668: 890e40f9                       ldr x9, [x20, #0x18]
   66c: 284d40f9                       ldr x8, [x9, #0x98]
   670: e8010037                       tbnz w8, #0x0, #0x3c
   674: 0a0140f9                       ldr x10, [x8]
   678: 4a050091                       add x10, x10, #0x1
   67c: 0a0100f9                       str x10, [x8]
   680: a80200f9                       str x8, [x21]
   684: 2a5140f9                       ldr x10, [x9, #0xa0]
   688: 8a010036                       tbz w10, #0x0, #0x30
   68c: ea0200f9                       str x10, [x23]
   690: 0b010a0a                       and w11, w8, w10
   694: eb010037                       tbnz w11, #0x0, #0x3c
   698: 73660091                       add x19, x19, #0x19
   69c: 23008052                       mov w3, #0x1
   6a0: c52b8052                       mov w5, #0x15e
   6a4: f7031aaa                       mov x23, x26
   6a8: 81feff17                       b #-0x5fc
   6ac: a80200f9                       str x8, [x21]
   6b0: 2a5140f9                       ldr x10, [x9, #0xa0]
   6b4: cafe0737                       tbnz w10, #0x0, #-0x28
   6b8: 4b0140f9                       ldr x11, [x10]
   6bc: 6b050091                       add x11, x11, #0x1
   6c0: 4b0100f9                       str x11, [x10]
   6c4: ea0200f9                       str x10, [x23]
   6c8: 0b010a0a                       and w11, w8, w10
   6cc: 6bfe0736                       tbz w11, #0x0, #-0x34
   6d0: 08fd4193                       asr x8, x8, #1
   6d4: 4bfd4193                       asr x11, x10, #1
   6d8: 0a7d0b9b                       mul x10, x8, x11
   6dc: 087d4b9b                       smulh x8, x8, x11
   6e0: 1ffd8aeb                       cmp x8, x10, asr #63
   6e4: 686a0091                       add x8, x19, #0x1a
   6e8: 23008052                       mov w3, #0x1
   6ec: 052d8052                       mov w5, #0x168
   6f0: 81efff54                       b.ne #-0x210
   6f4: 0b00f8d2                       mov x11, #-0x4000000000000000
   6f8: 4b010b8b                       add x11, x10, x11
   6fc: 2befffb6                       tbz x11, #0x3f, #-0x21c
   700: 28008052                       mov w8, #0x1
   704: 08050aaa                       orr x8, x8, x10, lsl #1
   708: a80200f9                       str x8, [x21]
   70c: 205540f9                       ldr x0, [x9, #0xa8]
   710: 285500f9                       str x8, [x9, #0xa8]
   714: e0000037                       tbnz w0, #0x0, #0x1c
   718: 080040f9                       ldr x8, [x0]
   71c: 080500f1                       subs x8, x8, #0x1
   720: 080000f9                       str x8, [x0]
   724: 61000054                       b.ne #0xc
   728: 00000094                       bl #0x0
        # hole +0x728: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   72c: 890e40f9                       ldr x9, [x20, #0x18]
   730: a8078052                       mov w8, #0x3d
   734: a80200f9                       str x8, [x21]
   738: 205940f9                       ldr x0, [x9, #0xb0]
   73c: 285900f9                       str x8, [x9, #0xb0]
   740: e0000037                       tbnz w0, #0x0, #0x1c
   744: 080040f9                       ldr x8, [x0]
   748: 080500f1                       subs x8, x8, #0x1
   74c: 080000f9                       str x8, [x0]
   750: 61000054                       b.ne #0xc
   754: 00000094                       bl #0x0
        # hole +0x754: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   758: 890e40f9                       ldr x9, [x20, #0x18]
   75c: 205d40f9                       ldr x0, [x9, #0xb8]
   760: e0030037                       tbnz w0, #0x0, #0x7c
   764: 080040f9                       ldr x8, [x0]
   768: 08050091                       add x8, x8, #0x1
   76c: 080000f9                       str x8, [x0]
   770: a00200f9                       str x0, [x21]
   774: 0a0840b9                       ldr w10, [x0, #0x8]
   778: 687e0091                       add x8, x19, #0x1f
   77c: 5f1d0071                       cmp w10, #0x7
   780: 01040054                       b.ne #0x80
   784: 0a1840f9                       ldr x10, [x0, #0x30]
   788: 4a1940f9                       ldr x10, [x10, #0x30]
   78c: 4a1942d1                       sub x10, x10, #0x86, lsl #12
   790: 5fed3af1                       cmp x10, #0xebb
   794: 61030054                       b.ne #0x6c
   798: 081c40f9                       ldr x8, [x0, #0x38]
   79c: 1f0900f1                       cmp x8, #0x2
   7a0: 03400054                       b.lo #0x800
   7a4: 082440f9                       ldr x8, [x0, #0x48]
   7a8: 28030037                       tbnz w8, #0x0, #0x64
   7ac: 0a0140f9                       ldr x10, [x8]
   7b0: 4a050091                       add x10, x10, #0x1
   7b4: 0a0100f9                       str x10, [x8]
   7b8: a80200f9                       str x8, [x21]
   7bc: 0a0040f9                       ldr x10, [x0]
   7c0: 4a0500f1                       subs x10, x10, #0x1
   7c4: 0a0000f9                       str x10, [x0]
   7c8: c0020054                       b.eq #0x58
   7cc: 206140f9                       ldr x0, [x9, #0xc0]
   7d0: 286100f9                       str x8, [x9, #0xc0]
   7d4: 20030036                       tbz w0, #0x0, #0x64
   7d8: 1e000014                       b #0x78
   7dc: a00200f9                       str x0, [x21]
   7e0: 737e0091                       add x19, x19, #0x1f
   7e4: 23008052                       mov w3, #0x1
   7e8: 45338052                       mov w5, #0x19a
   7ec: 30feff17                       b #-0x740
   7f0: 732200d1                       sub x19, x19, #0x8
   7f4: 23008052                       mov w3, #0x1
   7f8: 85028052                       mov w5, #0x14
   7fc: 2cfeff17                       b #-0x750
   800: 23008052                       mov w3, #0x1
   804: 45338052                       mov w5, #0x19a
   808: 28feff17                       b #-0x760
   80c: a80200f9                       str x8, [x21]
   810: 0a0040f9                       ldr x10, [x0]
   814: 4a0500f1                       subs x10, x10, #0x1
   818: 0a0000f9                       str x10, [x0]
   81c: 81fdff54                       b.ne #-0x50
   820: 00000094                       bl #0x0
        # hole +0x820: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   824: a80240f9                       ldr x8, [x21]
   828: 890e40f9                       ldr x9, [x20, #0x18]
   82c: 206140f9                       ldr x0, [x9, #0xc0]
   830: 286100f9                       str x8, [x9, #0xc0]
   834: e0000037                       tbnz w0, #0x0, #0x1c
   838: 080040f9                       ldr x8, [x0]
   83c: 080500f1                       subs x8, x8, #0x1
   840: 080000f9                       str x8, [x0]
   844: 61000054                       b.ne #0xc
   848: 00000094                       bl #0x0
        # hole +0x848: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   84c: 890e40f9                       ldr x9, [x20, #0x18]
   850: 387140f9                       ldr x24, [x9, #0xe0]
   854: 58020037                       tbnz w24, #0x0, #0x48
   858: 080340f9                       ldr x8, [x24]
   85c: 08050091                       add x8, x8, #0x1
   860: 080300f9                       str x8, [x24]
   864: b80200f9                       str x24, [x21]
   868: 286540f9                       ldr x8, [x9, #0xc8]
   86c: e8010036                       tbz w8, #0x0, #0x3c
   870: e80200f9                       str x8, [x23]
   874: 286940f9                       ldr x8, [x9, #0xd0]
   878: 48020037                       tbnz w8, #0x0, #0x48
   87c: 090140f9                       ldr x9, [x8]
   880: 29050091                       add x9, x9, #0x1
   884: 090100f9                       str x9, [x8]
   888: a9620091                       add x9, x21, #0x18
   88c: a80a00f9                       str x8, [x21, #0x10]
   890: 68960091                       add x8, x19, #0x25
   894: 38090037                       tbnz w24, #0x0, #0x124
   898: 0e000014                       b #0x38
   89c: b80200f9                       str x24, [x21]
   8a0: 286540f9                       ldr x8, [x9, #0xc8]
   8a4: 68fe0737                       tbnz w8, #0x0, #-0x34
   8a8: 0a0140f9                       ldr x10, [x8]
   8ac: 4a050091                       add x10, x10, #0x1
   8b0: 0a0100f9                       str x10, [x8]
   8b4: e80200f9                       str x8, [x23]
   8b8: 286940f9                       ldr x8, [x9, #0xd0]
   8bc: 08fe0736                       tbz w8, #0x0, #-0x40
   8c0: a9620091                       add x9, x21, #0x18
   8c4: a80a00f9                       str x8, [x21, #0x10]
   8c8: 68960091                       add x8, x19, #0x25
   8cc: 78070037                       tbnz w24, #0x0, #0xec
   8d0: 0a0b40b9                       ldr w10, [x24, #0x8]
   8d4: 5f210071                       cmp w10, #0x8
   8d8: 01070054                       b.ne #0xe0
   8dc: 081f40f9                       ldr x8, [x24, #0x38]
   8e0: e00316aa                       mov x0, x22
   8e4: e10317aa                       mov x1, x23
   8e8: 42008052                       mov w2, #0x2
   8ec: 00013fd6                       blr x8
   8f0: f90300aa                       mov x25, x0
   8f4: e00240f9                       ldr x0, [x23]
   8f8: c0000037                       tbnz w0, #0x0, #0x18
   8fc: 080040f9                       ldr x8, [x0]
   900: 080500f1                       subs x8, x8, #0x1
   904: 080000f9                       str x8, [x0]
   908: 41000054                       b.ne #0x8
   90c: 00000094                       bl #0x0
        # hole +0x90c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   910: a00a40f9                       ldr x0, [x21, #0x10]
   914: c0000037                       tbnz w0, #0x0, #0x18
   918: 080040f9                       ldr x8, [x0]
   91c: 080500f1                       subs x8, x8, #0x1
   920: 080000f9                       str x8, [x0]
   924: 41000054                       b.ne #0x8
   928: 00000094                       bl #0x0
        # hole +0x928: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   92c: 080340f9                       ldr x8, [x24]
   930: 080500f1                       subs x8, x8, #0x1
   934: 080300f9                       str x8, [x24]
   938: 61000054                       b.ne #0xc
   93c: e00318aa                       mov x0, x24
   940: 00000094                       bl #0x0
        # hole +0x940: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   944: f93300b4                       cbz x25, #0x67c
   948: b90200f9                       str x25, [x21]
   94c: 880e40f9                       ldr x8, [x20, #0x18]
   950: 006d40f9                       ldr x0, [x8, #0xd8]
   954: 196d00f9                       str x25, [x8, #0xd8]
   958: e0000037                       tbnz w0, #0x0, #0x1c
   95c: 090040f9                       ldr x9, [x0]
   960: 290500f1                       subs x9, x9, #0x1
   964: 090000f9                       str x9, [x0]
   968: 61000054                       b.ne #0xc
   96c: 00000094                       bl #0x0
        # hole +0x96c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   970: 880e40f9                       ldr x8, [x20, #0x18]
   974: 007540f9                       ldr x0, [x8, #0xe8]
   978: 80020037                       tbnz w0, #0x0, #0x50
   97c: 090040f9                       ldr x9, [x0]
   980: 29050091                       add x9, x9, #0x1
   984: 090000f9                       str x9, [x0]
   988: a00200f9                       str x0, [x21]
   98c: 187940f9                       ldr x24, [x8, #0xf0]
   990: 38020036                       tbz w24, #0x0, #0x44
   994: f80200f9                       str x24, [x23]
   998: 68a60091                       add x8, x19, #0x29
   99c: 80020036                       tbz w0, #0x0, #0x50
   9a0: 47000014                       b #0x11c
   9a4: 63008052                       mov w3, #0x3
   9a8: 85078052                       mov w5, #0x3c
   9ac: f70315aa                       mov x23, x21
   9b0: f3031baa                       mov x19, x27
   9b4: befdff17                       b #-0x908
   9b8: 23008052                       mov w3, #0x1
   9bc: c53a8052                       mov w5, #0x1d6
   9c0: f70309aa                       mov x23, x9
   9c4: b9fdff17                       b #-0x91c
   9c8: a00200f9                       str x0, [x21]
   9cc: 187940f9                       ldr x24, [x8, #0xf0]
   9d0: 38fe0737                       tbnz w24, #0x0, #-0x3c
   9d4: 080340f9                       ldr x8, [x24]
   9d8: 08050091                       add x8, x8, #0x1
   9dc: 080300f9                       str x8, [x24]
   9e0: f80200f9                       str x24, [x23]
   9e4: 68a60091                       add x8, x19, #0x29
   9e8: a0060037                       tbnz w0, #0x0, #0xd4
   9ec: 090840b9                       ldr w9, [x0, #0x8]
   9f0: 3f090071                       cmp w9, #0x2
   9f4: 41060054                       b.ne #0xc8
   9f8: 68a60091                       add x8, x19, #0x29
   9fc: 18060037                       tbnz w24, #0x0, #0xc0
   a00: 090b40b9                       ldr w9, [x24, #0x8]
   a04: 3f090071                       cmp w9, #0x2
   a08: a1050054                       b.ne #0xb4
   a0c: 081840fd                       ldr d8, [x0, #0x30]
   a10: 091b40fd                       ldr d9, [x24, #0x30]
   a14: 080040f9                       ldr x8, [x0]
   a18: 080500f1                       subs x8, x8, #0x1
   a1c: 080000f9                       str x8, [x0]
   a20: 41050054                       b.ne #0xa8
   a24: 00000094                       bl #0x0
        # hole +0xa24: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a28: 0809691e                       fmul d8, d8, d9
   a2c: 080340f9                       ldr x8, [x24]
   a30: 080500f1                       subs x8, x8, #0x1
   a34: 080300f9                       str x8, [x24]
   a38: 20050054                       b.eq #0xa4
   a3c: e00316aa                       mov x0, x22
   a40: 0041601e                       fmov d0, d8
   a44: 00000094                       bl #0x0
        # hole +0xa44: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   a48: 600500b4                       cbz x0, #0xac
   a4c: e80300aa                       mov x8, x0
   a50: a00200f9                       str x0, [x21]
   a54: 890e40f9                       ldr x9, [x20, #0x18]
   a58: 207d40f9                       ldr x0, [x9, #0xf8]
   a5c: 287d00f9                       str x8, [x9, #0xf8]
   a60: e0000037                       tbnz w0, #0x0, #0x1c
   a64: 080040f9                       ldr x8, [x0]
   a68: 080500f1                       subs x8, x8, #0x1
   a6c: 080000f9                       str x8, [x0]
   a70: 61000054                       b.ne #0xc
   a74: 00000094                       bl #0x0
        # hole +0xa74: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a78: 890e40f9                       ldr x9, [x20, #0x18]
   a7c: 288140f9                       ldr x8, [x9, #0x100]
   a80: 28040037                       tbnz w8, #0x0, #0x84
   a84: 0a0140f9                       ldr x10, [x8]
   a88: 4a050091                       add x10, x10, #0x1
   a8c: 0a0100f9                       str x10, [x8]
   a90: a80200f9                       str x8, [x21]
   a94: 2a8540f9                       ldr x10, [x9, #0x108]
   a98: ca030036                       tbz w10, #0x0, #0x78
   a9c: ea0200f9                       str x10, [x23]
   aa0: 0b010a0a                       and w11, w8, w10
   aa4: 2b040037                       tbnz w11, #0x0, #0x84
   aa8: 73ba0091                       add x19, x19, #0x2e
   aac: 23008052                       mov w3, #0x1
   ab0: 05468052                       mov w5, #0x230
   ab4: f7031aaa                       mov x23, x26
   ab8: 7dfdff17                       b #-0xa0c
   abc: 23008052                       mov w3, #0x1
   ac0: c53f8052                       mov w5, #0x1fe
   ac4: 87feff17                       b #-0x5e4
   ac8: 0809691e                       fmul d8, d8, d9
   acc: 080340f9                       ldr x8, [x24]
   ad0: 080500f1                       subs x8, x8, #0x1
   ad4: 080300f9                       str x8, [x24]
   ad8: 21fbff54                       b.ne #-0x9c
   adc: e00318aa                       mov x0, x24
   ae0: 00000094                       bl #0x0
        # hole +0xae0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ae4: e00316aa                       mov x0, x22
   ae8: 0041601e                       fmov d0, d8
   aec: 00000094                       bl #0x0
        # hole +0xaec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   af0: e0faffb5                       cbnz x0, #-0xa4
   af4: 73aa0091                       add x19, x19, #0x2a
   af8: 63008052                       mov w3, #0x3
   afc: 05418052                       mov w5, #0x208
   b00: 19feff17                       b #-0x79c
   b04: a80200f9                       str x8, [x21]
   b08: 2a8540f9                       ldr x10, [x9, #0x108]
   b0c: 8afc0737                       tbnz w10, #0x0, #-0x70
   b10: 4b0140f9                       ldr x11, [x10]
   b14: 6b050091                       add x11, x11, #0x1
   b18: 4b0100f9                       str x11, [x10]
   b1c: ea0200f9                       str x10, [x23]
   b20: 0b010a0a                       and w11, w8, w10
   b24: 2bfc0736                       tbz w11, #0x0, #-0x7c
   b28: 08fd4193                       asr x8, x8, #1
   b2c: 4bfd4193                       asr x11, x10, #1
   b30: 0a7d0b9b                       mul x10, x8, x11
   b34: 087d4b9b                       smulh x8, x8, x11
   b38: 1ffd8aeb                       cmp x8, x10, asr #63
   b3c: 68be0091                       add x8, x19, #0x2f
   b40: 23008052                       mov w3, #0x1
   b44: 45478052                       mov w5, #0x23a
   b48: c1ccff54                       b.ne #-0x668
   b4c: 0b00f8d2                       mov x11, #-0x4000000000000000
   b50: 4b010b8b                       add x11, x10, x11
   b54: 6bccffb6                       tbz x11, #0x3f, #-0x674
   b58: 28008052                       mov w8, #0x1
   b5c: 08050aaa                       orr x8, x8, x10, lsl #1
   b60: a80200f9                       str x8, [x21]
   b64: 208940f9                       ldr x0, [x9, #0x110]
   b68: 288900f9                       str x8, [x9, #0x110]
   b6c: e0000037                       tbnz w0, #0x0, #0x1c
   b70: 080040f9                       ldr x8, [x0]
   b74: 080500f1                       subs x8, x8, #0x1
   b78: 080000f9                       str x8, [x0]
   b7c: 61000054                       b.ne #0xc
   b80: 00000094                       bl #0x0
        # hole +0xb80: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   b84: 890e40f9                       ldr x9, [x20, #0x18]
   b88: 288d40f9                       ldr x8, [x9, #0x118]
   b8c: 68020037                       tbnz w8, #0x0, #0x4c
   b90: 0a0140f9                       ldr x10, [x8]
   b94: 4a050091                       add x10, x10, #0x1
   b98: 0a0100f9                       str x10, [x8]
   b9c: a80200f9                       str x8, [x21]
   ba0: 2a9140f9                       ldr x10, [x9, #0x120]
   ba4: 0a020036                       tbz w10, #0x0, #0x40
   ba8: ea0200f9                       str x10, [x23]
   bac: 0b010a0a                       and w11, w8, w10
   bb0: 6b020037                       tbnz w11, #0x0, #0x4c
   bb4: 73ce0091                       add x19, x19, #0x33
   bb8: 23008052                       mov w3, #0x1
   bbc: 454c8052                       mov w5, #0x262
   bc0: f7031aaa                       mov x23, x26
   bc4: 3afdff17                       b #-0xb18
   bc8: 731e0091                       add x19, x19, #0x7
   bcc: 43008052                       mov w3, #0x2
   bd0: 45158052                       mov w5, #0xaa
   bd4: 36fdff17                       b #-0xb28
   bd8: a80200f9                       str x8, [x21]
   bdc: 2a9140f9                       ldr x10, [x9, #0x120]
   be0: 4afe0737                       tbnz w10, #0x0, #-0x38
   be4: 4b0140f9                       ldr x11, [x10]
   be8: 6b050091                       add x11, x11, #0x1
   bec: 4b0100f9                       str x11, [x10]
   bf0: ea0200f9                       str x10, [x23]
   bf4: 0b010a0a                       and w11, w8, w10
   bf8: ebfd0736                       tbz w11, #0x0, #-0x44
   bfc: 4afd4193                       asr x10, x10, #1
   c00: 4805888b                       add x8, x10, x8, asr #1
   c04: 0a00f8d2                       mov x10, #-0x4000000000000000
   c08: 1f010aab                       cmn x8, x10
   c0c: 251e0054                       b.pl #0x3c4
   c10: 2a008052                       mov w10, #0x1
   c14: 480508aa                       orr x8, x10, x8, lsl #1
   c18: a80200f9                       str x8, [x21]
   c1c: 209540f9                       ldr x0, [x9, #0x128]
   c20: 289500f9                       str x8, [x9, #0x128]
   c24: e0000037                       tbnz w0, #0x0, #0x1c
   c28: 080040f9                       ldr x8, [x0]
   c2c: 080500f1                       subs x8, x8, #0x1
   c30: 080000f9                       str x8, [x0]
   c34: 61000054                       b.ne #0xc
   c38: 00000094                       bl #0x0
        # hole +0xc38: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c3c: 890e40f9                       ldr x9, [x20, #0x18]
   c40: 209940f9                       ldr x0, [x9, #0x130]
   c44: c0030037                       tbnz w0, #0x0, #0x78
   c48: 080040f9                       ldr x8, [x0]
   c4c: 08050091                       add x8, x8, #0x1
   c50: 080000f9                       str x8, [x0]
   c54: a00200f9                       str x0, [x21]
   c58: 0a0840b9                       ldr w10, [x0, #0x8]
   c5c: 68de0091                       add x8, x19, #0x37
   c60: 5f1d0071                       cmp w10, #0x7
   c64: 61030054                       b.ne #0x6c
   c68: 0a1840f9                       ldr x10, [x0, #0x30]
   c6c: 4a1940f9                       ldr x10, [x10, #0x30]
   c70: 4a3142d1                       sub x10, x10, #0x8c, lsl #12
   c74: 5f053ef1                       cmp x10, #0xf81
   c78: c1020054                       b.ne #0x58
   c7c: 081c40f9                       ldr x8, [x0, #0x38]
   c80: 281b00b4                       cbz x8, #0x364
   c84: 082040f9                       ldr x8, [x0, #0x40]
   c88: a8020037                       tbnz w8, #0x0, #0x54
   c8c: 0a0140f9                       ldr x10, [x8]
   c90: 4a050091                       add x10, x10, #0x1
   c94: 0a0100f9                       str x10, [x8]
   c98: a80200f9                       str x8, [x21]
   c9c: 0a0040f9                       ldr x10, [x0]
   ca0: 4a0500f1                       subs x10, x10, #0x1
   ca4: 0a0000f9                       str x10, [x0]
   ca8: 40020054                       b.eq #0x48
   cac: 209d40f9                       ldr x0, [x9, #0x138]
   cb0: 289d00f9                       str x8, [x9, #0x138]
   cb4: a0020036                       tbz w0, #0x0, #0x54
   cb8: 1a000014                       b #0x68
   cbc: a00200f9                       str x0, [x21]
   cc0: 73de0091                       add x19, x19, #0x37
   cc4: 23008052                       mov w3, #0x1
   cc8: 45518052                       mov w5, #0x28a
   ccc: f8fcff17                       b #-0xc20
   cd0: 23008052                       mov w3, #0x1
   cd4: 45518052                       mov w5, #0x28a
   cd8: f4fcff17                       b #-0xc30
   cdc: a80200f9                       str x8, [x21]
   ce0: 0a0040f9                       ldr x10, [x0]
   ce4: 4a0500f1                       subs x10, x10, #0x1
   ce8: 0a0000f9                       str x10, [x0]
   cec: 01feff54                       b.ne #-0x40
   cf0: 00000094                       bl #0x0
        # hole +0xcf0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   cf4: a80240f9                       ldr x8, [x21]
   cf8: 890e40f9                       ldr x9, [x20, #0x18]
   cfc: 209d40f9                       ldr x0, [x9, #0x138]
   d00: 289d00f9                       str x8, [x9, #0x138]
   d04: e0000037                       tbnz w0, #0x0, #0x1c
   d08: 080040f9                       ldr x8, [x0]
   d0c: 080500f1                       subs x8, x8, #0x1
   d10: 080000f9                       str x8, [x0]
   d14: 61000054                       b.ne #0xc
   d18: 00000094                       bl #0x0
        # hole +0xd18: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d1c: 890e40f9                       ldr x9, [x20, #0x18]
   d20: 20a140f9                       ldr x0, [x9, #0x140]
   d24: c0030037                       tbnz w0, #0x0, #0x78
   d28: 080040f9                       ldr x8, [x0]
   d2c: 08050091                       add x8, x8, #0x1
   d30: 080000f9                       str x8, [x0]
   d34: a00200f9                       str x0, [x21]
   d38: 0a0840b9                       ldr w10, [x0, #0x8]
   d3c: 68ee0091                       add x8, x19, #0x3b
   d40: 5f1d0071                       cmp w10, #0x7
   d44: 61030054                       b.ne #0x6c
   d48: 0a1840f9                       ldr x10, [x0, #0x30]
   d4c: 4a1940f9                       ldr x10, [x10, #0x30]
   d50: 4af940d1                       sub x10, x10, #0x3e, lsl #12
   d54: 5f553ff1                       cmp x10, #0xfd5
   d58: c1020054                       b.ne #0x58
   d5c: 081c40f9                       ldr x8, [x0, #0x38]
   d60: a81400b4                       cbz x8, #0x294
   d64: 082040f9                       ldr x8, [x0, #0x40]
   d68: a8020037                       tbnz w8, #0x0, #0x54
   d6c: 0a0140f9                       ldr x10, [x8]
   d70: 4a050091                       add x10, x10, #0x1
   d74: 0a0100f9                       str x10, [x8]
   d78: a80200f9                       str x8, [x21]
   d7c: 0a0040f9                       ldr x10, [x0]
   d80: 4a0500f1                       subs x10, x10, #0x1
   d84: 0a0000f9                       str x10, [x0]
   d88: 40020054                       b.eq #0x48
   d8c: 20a540f9                       ldr x0, [x9, #0x148]
   d90: 28a500f9                       str x8, [x9, #0x148]
   d94: a0020036                       tbz w0, #0x0, #0x54
   d98: 1a000014                       b #0x68
   d9c: a00200f9                       str x0, [x21]
   da0: 73ee0091                       add x19, x19, #0x3b
   da4: 23008052                       mov w3, #0x1
   da8: 45568052                       mov w5, #0x2b2
   dac: c0fcff17                       b #-0xd00
   db0: 23008052                       mov w3, #0x1
   db4: 45568052                       mov w5, #0x2b2
   db8: bcfcff17                       b #-0xd10
   dbc: a80200f9                       str x8, [x21]
   dc0: 0a0040f9                       ldr x10, [x0]
   dc4: 4a0500f1                       subs x10, x10, #0x1
   dc8: 0a0000f9                       str x10, [x0]
   dcc: 01feff54                       b.ne #-0x40
   dd0: 00000094                       bl #0x0
        # hole +0xdd0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   dd4: a80240f9                       ldr x8, [x21]
   dd8: 890e40f9                       ldr x9, [x20, #0x18]
   ddc: 20a540f9                       ldr x0, [x9, #0x148]
   de0: 28a500f9                       str x8, [x9, #0x148]
   de4: e0000037                       tbnz w0, #0x0, #0x1c
   de8: 080040f9                       ldr x8, [x0]
   dec: 080500f1                       subs x8, x8, #0x1
   df0: 080000f9                       str x8, [x0]
   df4: 61000054                       b.ne #0xc
   df8: 00000094                       bl #0x0
        # hole +0xdf8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   dfc: 890e40f9                       ldr x9, [x20, #0x18]
   e00: 38b140f9                       ldr x24, [x9, #0x160]
   e04: 78010037                       tbnz w24, #0x0, #0x2c
   e08: 080340f9                       ldr x8, [x24]
   e0c: 08050091                       add x8, x8, #0x1
   e10: 080300f9                       str x8, [x24]
   e14: b80200f9                       str x24, [x21]
   e18: 28a940f9                       ldr x8, [x9, #0x150]
   e1c: 08010036                       tbz w8, #0x0, #0x20
   e20: e80200f9                       str x8, [x23]
   e24: 68020191                       add x8, x19, #0x40
   e28: 78010036                       tbz w24, #0x0, #0x2c
   e2c: 3c000014                       b #0xf0
   e30: b80200f9                       str x24, [x21]
   e34: 28a940f9                       ldr x8, [x9, #0x150]
   e38: 48ff0737                       tbnz w8, #0x0, #-0x18
   e3c: 090140f9                       ldr x9, [x8]
   e40: 29050091                       add x9, x9, #0x1
   e44: 090100f9                       str x9, [x8]
   e48: e80200f9                       str x8, [x23]
   e4c: 68020191                       add x8, x19, #0x40
   e50: 78060037                       tbnz w24, #0x0, #0xcc
   e54: 090b40b9                       ldr w9, [x24, #0x8]
   e58: 3f210071                       cmp w9, #0x8
   e5c: 01060054                       b.ne #0xc0
   e60: 081f40f9                       ldr x8, [x24, #0x38]
   e64: e00316aa                       mov x0, x22
   e68: e10317aa                       mov x1, x23
   e6c: 22008052                       mov w2, #0x1
   e70: 00013fd6                       blr x8
   e74: f90300aa                       mov x25, x0
   e78: e00240f9                       ldr x0, [x23]
   e7c: c0000037                       tbnz w0, #0x0, #0x18
   e80: 080040f9                       ldr x8, [x0]
   e84: 080500f1                       subs x8, x8, #0x1
   e88: 080000f9                       str x8, [x0]
   e8c: 41000054                       b.ne #0x8
   e90: 00000094                       bl #0x0
        # hole +0xe90: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   e94: 080340f9                       ldr x8, [x24]
   e98: 080500f1                       subs x8, x8, #0x1
   e9c: 080300f9                       str x8, [x24]
   ea0: 61000054                       b.ne #0xc
   ea4: e00318aa                       mov x0, x24
   ea8: 00000094                       bl #0x0
        # hole +0xea8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   eac: d90a00b4                       cbz x25, #0x158
   eb0: b90200f9                       str x25, [x21]
   eb4: 880e40f9                       ldr x8, [x20, #0x18]
   eb8: 00ad40f9                       ldr x0, [x8, #0x158]
   ebc: 19ad00f9                       str x25, [x8, #0x158]
   ec0: e0000037                       tbnz w0, #0x0, #0x1c
   ec4: 090040f9                       ldr x9, [x0]
   ec8: 290500f1                       subs x9, x9, #0x1
   ecc: 090000f9                       str x9, [x0]
   ed0: 61000054                       b.ne #0xc
   ed4: 00000094                       bl #0x0
        # hole +0xed4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ed8: 880e40f9                       ldr x8, [x20, #0x18]
   edc: 09b540f9                       ldr x9, [x8, #0x168]
   ee0: 49020037                       tbnz w9, #0x0, #0x48
   ee4: 2a0140f9                       ldr x10, [x9]
   ee8: 4a050091                       add x10, x10, #0x1
   eec: 2a0100f9                       str x10, [x9]
   ef0: a90200f9                       str x9, [x21]
   ef4: 0ab940f9                       ldr x10, [x8, #0x170]
   ef8: ea010036                       tbz w10, #0x0, #0x3c
   efc: ea0200f9                       str x10, [x23]
   f00: 2b010a0a                       and w11, w9, w10
   f04: 4b020037                       tbnz w11, #0x0, #0x48
   f08: 73120191                       add x19, x19, #0x44
   f0c: 23008052                       mov w3, #0x1
   f10: 85618052                       mov w5, #0x30c
   f14: f7031aaa                       mov x23, x26
   f18: 65fcff17                       b #-0xe6c
   f1c: 23008052                       mov w3, #0x1
   f20: 855c8052                       mov w5, #0x2e4
   f24: 6ffdff17                       b #-0xa44
   f28: a90200f9                       str x9, [x21]
   f2c: 0ab940f9                       ldr x10, [x8, #0x170]
   f30: 6afe0737                       tbnz w10, #0x0, #-0x34
   f34: 4b0140f9                       ldr x11, [x10]
   f38: 6b050091                       add x11, x11, #0x1
   f3c: 4b0100f9                       str x11, [x10]
   f40: ea0200f9                       str x10, [x23]
   f44: 2b010a0a                       and w11, w9, w10
   f48: 0bfe0736                       tbz w11, #0x0, #-0x40
   f4c: 4afd4193                       asr x10, x10, #1
   f50: 4905898b                       add x9, x10, x9, asr #1
   f54: 0a00f8d2                       mov x10, #-0x4000000000000000
   f58: 3f010aab                       cmn x9, x10
   f5c: c5050054                       b.pl #0xb8
   f60: 2a008052                       mov w10, #0x1
   f64: 490509aa                       orr x9, x10, x9, lsl #1
   f68: a90200f9                       str x9, [x21]
   f6c: 00bd40f9                       ldr x0, [x8, #0x178]
   f70: 09bd00f9                       str x9, [x8, #0x178]
   f74: 681e0191                       add x8, x19, #0x47
   f78: c0010037                       tbnz w0, #0x0, #0x38
   f7c: 090040f9                       ldr x9, [x0]
   f80: 290500f1                       subs x9, x9, #0x1
   f84: 090000f9                       str x9, [x0]
   f88: 41010054                       b.ne #0x28
   f8c: 00000094                       bl #0x0
        # hole +0xf8c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   f90: 731e0191                       add x19, x19, #0x47
   f94: 43008052                       mov w3, #0x2
   f98: 45658052                       mov w5, #0x32a
   f9c: f2fcff17                       b #-0xc38
   fa0: 73820091                       add x19, x19, #0x20
   fa4: 23008052                       mov w3, #0x1
   fa8: 85348052                       mov w5, #0x1a4
   fac: 40fcff17                       b #-0xf00
   fb0: 43008052                       mov w3, #0x2
   fb4: 45658052                       mov w5, #0x32a
   fb8: f70315aa                       mov x23, x21
   fbc: 3bfcff17                       b #-0xf14
   fc0: 73960091                       add x19, x19, #0x25
   fc4: 63008052                       mov w3, #0x3
   fc8: c53a8052                       mov w5, #0x1d6
   fcc: e6fcff17                       b #-0xc68
   fd0: 73d20091                       add x19, x19, #0x34
   fd4: 23008052                       mov w3, #0x1
   fd8: 854d8052                       mov w5, #0x26c
   fdc: f7031aaa                       mov x23, x26
   fe0: 33fcff17                       b #-0xf34
   fe4: 73e20091                       add x19, x19, #0x38
   fe8: 23008052                       mov w3, #0x1
   fec: 85528052                       mov w5, #0x294
   ff0: 2ffcff17                       b #-0xf44
   ff4: 73f20091                       add x19, x19, #0x3c
   ff8: 23008052                       mov w3, #0x1
   ffc: 85578052                       mov w5, #0x2bc
  1000: 2bfcff17                       b #-0xf54
  1004: 73020191                       add x19, x19, #0x40
  1008: 63008052                       mov w3, #0x3
  100c: 855c8052                       mov w5, #0x2e4
  1010: d5fcff17                       b #-0xcac
  1014: 73160191                       add x19, x19, #0x45
  1018: 23008052                       mov w3, #0x1
  101c: c5628052                       mov w5, #0x316
  1020: f7031aaa                       mov x23, x26
  1024: 22fcff17                       b #-0xf78
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 operand0[1]+0
