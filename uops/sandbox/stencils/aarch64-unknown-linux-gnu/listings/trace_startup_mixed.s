# stencil startup_mixed for aarch64-unknown-linux-gnu: 4312 code bytes, 0 data bytes, 53 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fe0f1ff8                       str x30, [sp, #-0x10]!
    1c: 570180d2                       mov x23, #0xa
    20: f30315aa                       mov x19, x21
    24: 9701c0f2                       movk x23, #0xc, lsl #32
    28: 608600f8                       str x0, [x19], #0x8
    2c: e82600d1                       sub x8, x23, #0x9
    30: e0030037                       tbnz w0, #0x0, #0x7c
    34: 090840b9                       ldr w9, [x0, #0x8]
    38: 3f1d0071                       cmp w9, #0x7
    3c: 81030054                       b.ne #0x70
    40: 090080d2                       mov x9, #0x0
        # hole +0x40: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[1]+0
    44: 0a1840f9                       ldr x10, [x0, #0x30]
    48: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x48: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[1]+0
    4c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x4c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[1]+0
    50: 4a1940f9                       ldr x10, [x10, #0x30]
    54: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x54: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[1]+0
    58: 5f0109eb                       cmp x10, x9
    5c: 81020054                       b.ne #0x50
    60: 081c40f9                       ldr x8, [x0, #0x38]
    64: 1f0900f1                       cmp x8, #0x2
    68: 433f0054                       b.lo #0x7e8
    6c: 082440f9                       ldr x8, [x0, #0x48]
    70: 28030037                       tbnz w8, #0x0, #0x64
    74: 090140f9                       ldr x9, [x8]
    78: 29050091                       add x9, x9, #0x1
    7c: 090100f9                       str x9, [x8]
    80: a80200f9                       str x8, [x21]
    84: 080040f9                       ldr x8, [x0]
    88: 080500f1                       subs x8, x8, #0x1
    8c: 080000f9                       str x8, [x0]
    90: c0020054                       b.eq #0x58
    94: 880e40f9                       ldr x8, [x20, #0x18]
    98: a90240f9                       ldr x9, [x21]
    9c: 000540f9                       ldr x0, [x8, #0x8]
    a0: 090500f9                       str x9, [x8, #0x8]
    a4: e0020036                       tbz w0, #0x0, #0x5c
    a8: 1c000014                       b #0x70
    ac: 23008052                       mov w3, #0x1
    b0: 45018052                       mov w5, #0xa
    b4: f70308aa                       mov x23, x8
    b8: e00314aa                       mov x0, x20
    bc: e10313aa                       mov x1, x19
    c0: e20316aa                       mov x2, x22
    c4: e40317aa                       mov x4, x23
    c8: 00000094                       bl #0x0
        # hole +0xc8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    cc: fe0741f8                       ldr x30, [sp], #0x10
    d0: c0035fd6                       ret
    d4: a80200f9                       str x8, [x21]
    d8: 080040f9                       ldr x8, [x0]
    dc: 080500f1                       subs x8, x8, #0x1
    e0: 080000f9                       str x8, [x0]
    e4: 81fdff54                       b.ne #-0x50
    e8: 00000094                       bl #0x0
        # hole +0xe8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    ec: 880e40f9                       ldr x8, [x20, #0x18]
    f0: a90240f9                       ldr x9, [x21]
    f4: 000540f9                       ldr x0, [x8, #0x8]
    f8: 090500f9                       str x9, [x8, #0x8]
    fc: e0000037                       tbnz w0, #0x0, #0x1c
   100: 090040f9                       ldr x9, [x0]
   104: 290500f1                       subs x9, x9, #0x1
   108: 090000f9                       str x9, [x0]
   10c: 61000054                       b.ne #0xc
   110: 00000094                       bl #0x0
        # hole +0x110: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   114: 880e40f9                       ldr x8, [x20, #0x18]
   118: 181140f9                       ldr x24, [x8, #0x20]
   11c: 98010037                       tbnz w24, #0x0, #0x30
   120: 090340f9                       ldr x9, [x24]
   124: 29050091                       add x9, x9, #0x1
   128: 090300f9                       str x9, [x24]
   12c: b80200f9                       str x24, [x21]
   130: 080940f9                       ldr x8, [x8, #0x10]
   134: 28010036                       tbz w8, #0x0, #0x24
   138: ba420091                       add x26, x21, #0x10
   13c: fb1200d1                       sub x27, x23, #0x4
   140: a80600f9                       str x8, [x21, #0x8]
   144: b8010036                       tbz w24, #0x0, #0x34
   148: 3a000014                       b #0xe8
   14c: b80200f9                       str x24, [x21]
   150: 080940f9                       ldr x8, [x8, #0x10]
   154: 28ff0737                       tbnz w8, #0x0, #-0x1c
   158: 090140f9                       ldr x9, [x8]
   15c: 29050091                       add x9, x9, #0x1
   160: 090100f9                       str x9, [x8]
   164: b80240f9                       ldr x24, [x21]
   168: ba420091                       add x26, x21, #0x10
   16c: fb1200d1                       sub x27, x23, #0x4
   170: a80600f9                       str x8, [x21, #0x8]
   174: f8050037                       tbnz w24, #0x0, #0xbc
   178: 080b40b9                       ldr w8, [x24, #0x8]
   17c: 1f210071                       cmp w8, #0x8
   180: 81050054                       b.ne #0xb0
   184: 081f40f9                       ldr x8, [x24, #0x38]
   188: e00316aa                       mov x0, x22
   18c: e10313aa                       mov x1, x19
   190: 22008052                       mov w2, #0x1
   194: 00013fd6                       blr x8
   198: 680240f9                       ldr x8, [x19]
   19c: f90300aa                       mov x25, x0
   1a0: e8000037                       tbnz w8, #0x0, #0x1c
   1a4: 090140f9                       ldr x9, [x8]
   1a8: 290500f1                       subs x9, x9, #0x1
   1ac: 090100f9                       str x9, [x8]
   1b0: 61000054                       b.ne #0xc
   1b4: e00308aa                       mov x0, x8
   1b8: 00000094                       bl #0x0
        # hole +0x1b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1bc: 080340f9                       ldr x8, [x24]
   1c0: 080500f1                       subs x8, x8, #0x1
   1c4: 080300f9                       str x8, [x24]
   1c8: 61000054                       b.ne #0xc
   1cc: e00318aa                       mov x0, x24
   1d0: 00000094                       bl #0x0
        # hole +0x1d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1d4: f94100b4                       cbz x25, #0x83c
   1d8: 880e40f9                       ldr x8, [x20, #0x18]
   1dc: b90200f9                       str x25, [x21]
   1e0: 000d40f9                       ldr x0, [x8, #0x18]
   1e4: 190d00f9                       str x25, [x8, #0x18]
   1e8: e0000037                       tbnz w0, #0x0, #0x1c
   1ec: 090040f9                       ldr x9, [x0]
   1f0: 290500f1                       subs x9, x9, #0x1
   1f4: 090000f9                       str x9, [x0]
   1f8: 61000054                       b.ne #0xc
   1fc: 00000094                       bl #0x0
        # hole +0x1fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   200: 880e40f9                       ldr x8, [x20, #0x18]
   204: 001540f9                       ldr x0, [x8, #0x28]
   208: e0010037                       tbnz w0, #0x0, #0x3c
   20c: 090040f9                       ldr x9, [x0]
   210: 29050091                       add x9, x9, #0x1
   214: 090000f9                       str x9, [x0]
   218: a00200f9                       str x0, [x21]
   21c: 181940f9                       ldr x24, [x8, #0x30]
   220: 98010036                       tbz w24, #0x0, #0x30
   224: 780200f9                       str x24, [x19]
   228: 00020036                       tbz w0, #0x0, #0x40
   22c: 41000014                       b #0x104
   230: 23008052                       mov w3, #0x1
   234: 85078052                       mov w5, #0x3c
   238: f3031aaa                       mov x19, x26
   23c: f7031baa                       mov x23, x27
   240: 9effff17                       b #-0x188
   244: a00200f9                       str x0, [x21]
   248: 181940f9                       ldr x24, [x8, #0x30]
   24c: d8fe0737                       tbnz w24, #0x0, #-0x28
   250: 080340f9                       ldr x8, [x24]
   254: 08050091                       add x8, x8, #0x1
   258: 080300f9                       str x8, [x24]
   25c: a00240f9                       ldr x0, [x21]
   260: 780200f9                       str x24, [x19]
   264: 60060037                       tbnz w0, #0x0, #0xcc
   268: 080840b9                       ldr w8, [x0, #0x8]
   26c: 1f090071                       cmp w8, #0x2
   270: 01060054                       b.ne #0xc0
   274: f8050037                       tbnz w24, #0x0, #0xbc
   278: 080b40b9                       ldr w8, [x24, #0x8]
   27c: 1f090071                       cmp w8, #0x2
   280: 81050054                       b.ne #0xb0
   284: 080040f9                       ldr x8, [x0]
   288: 081840fd                       ldr d8, [x0, #0x30]
   28c: 091b40fd                       ldr d9, [x24, #0x30]
   290: 080500f1                       subs x8, x8, #0x1
   294: 080000f9                       str x8, [x0]
   298: 41050054                       b.ne #0xa8
   29c: 00000094                       bl #0x0
        # hole +0x29c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2a0: 0809691e                       fmul d8, d8, d9
   2a4: 080340f9                       ldr x8, [x24]
   2a8: 080500f1                       subs x8, x8, #0x1
   2ac: 080300f9                       str x8, [x24]
   2b0: 20050054                       b.eq #0xa4
   2b4: 0041601e                       fmov d0, d8
   2b8: e00316aa                       mov x0, x22
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2c0: 600500b4                       cbz x0, #0xac
   2c4: 890e40f9                       ldr x9, [x20, #0x18]
   2c8: a00200f9                       str x0, [x21]
   2cc: e80300aa                       mov x8, x0
   2d0: 201d40f9                       ldr x0, [x9, #0x38]
   2d4: 281d00f9                       str x8, [x9, #0x38]
   2d8: e0000037                       tbnz w0, #0x0, #0x1c
   2dc: 080040f9                       ldr x8, [x0]
   2e0: 080500f1                       subs x8, x8, #0x1
   2e4: 080000f9                       str x8, [x0]
   2e8: 61000054                       b.ne #0xc
   2ec: 00000094                       bl #0x0
        # hole +0x2ec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2f0: 890e40f9                       ldr x9, [x20, #0x18]
   2f4: 2a2140f9                       ldr x10, [x9, #0x40]
   2f8: 4b014092                       and x11, x10, #0x1
   2fc: 2a040037                       tbnz w10, #0x0, #0x84
   300: 480140f9                       ldr x8, [x10]
   304: 08050091                       add x8, x8, #0x1
   308: 480100f9                       str x8, [x10]
   30c: aa0200f9                       str x10, [x21]
   310: 282540f9                       ldr x8, [x9, #0x48]
   314: c8030036                       tbz w8, #0x0, #0x78
   318: ec160091                       add x12, x23, #0x5
   31c: 23008052                       mov w3, #0x1
   320: c5128052                       mov w5, #0x96
   324: 680200f9                       str x8, [x19]
   328: 6b0400b5                       cbnz x11, #0x8c
   32c: 48030014                       b #0xd20
   330: 23008052                       mov w3, #0x1
   334: 850c8052                       mov w5, #0x64
   338: f3031aaa                       mov x19, x26
   33c: 5fffff17                       b #-0x284
   340: 0809691e                       fmul d8, d8, d9
   344: 080340f9                       ldr x8, [x24]
   348: 080500f1                       subs x8, x8, #0x1
   34c: 080300f9                       str x8, [x24]
   350: 21fbff54                       b.ne #-0x9c
   354: e00318aa                       mov x0, x24
   358: 00000094                       bl #0x0
        # hole +0x358: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   35c: 0041601e                       fmov d0, d8
   360: e00316aa                       mov x0, x22
   364: 00000094                       bl #0x0
        # hole +0x364: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   368: e0faffb5                       cbnz x0, #-0xa4
   36c: f7060091                       add x23, x23, #0x1
   370: 63008052                       mov w3, #0x3
   374: c50d8052                       mov w5, #0x6e
   378: f30315aa                       mov x19, x21
   37c: 4fffff17                       b #-0x2c4
   380: aa0200f9                       str x10, [x21]
   384: 282540f9                       ldr x8, [x9, #0x48]
   388: 88fc0737                       tbnz w8, #0x0, #-0x70
   38c: 0a0140f9                       ldr x10, [x8]
   390: 4a050091                       add x10, x10, #0x1
   394: 0a0100f9                       str x10, [x8]
   398: aa0240f9                       ldr x10, [x21]
   39c: 4b014092                       and x11, x10, #0x1
   3a0: ec160091                       add x12, x23, #0x5
   3a4: 23008052                       mov w3, #0x1
   3a8: c5128052                       mov w5, #0x96
   3ac: 680200f9                       str x8, [x19]
   3b0: eb6400b4                       cbz x11, #0xc9c
   3b4: c8640036                       tbz w8, #0x0, #0xc98
   3b8: 0b0080d2                       mov x11, #0x0
        # hole +0x3b8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
   3bc: 0c0080d2                       mov x12, #0x0
        # hole +0x3bc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
   3c0: 4afd4193                       asr x10, x10, #1
   3c4: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x3c4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
   3c8: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x3c8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
   3cc: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x3cc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
   3d0: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x3d0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
   3d4: 5f0588eb                       cmp x10, x8, asr #1
   3d8: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x3d8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
   3dc: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x3dc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
   3e0: 88b18b9a                       csel x8, x12, x11, lt
   3e4: a80200f9                       str x8, [x21]
   3e8: ca420054                       b.ge #0x858
   3ec: 202940f9                       ldr x0, [x9, #0x50]
   3f0: 60010037                       tbnz w0, #0x0, #0x2c
   3f4: 080040f9                       ldr x8, [x0]
   3f8: 08050091                       add x8, x8, #0x1
   3fc: 080000f9                       str x8, [x0]
   400: a00200f9                       str x0, [x21]
   404: 382d40f9                       ldr x24, [x9, #0x58]
   408: 18010036                       tbz w24, #0x0, #0x20
   40c: e82a0091                       add x8, x23, #0xa
   410: 780200f9                       str x24, [x19]
   414: 80010036                       tbz w0, #0x0, #0x30
   418: 3e000014                       b #0xf8
   41c: a00200f9                       str x0, [x21]
   420: 382d40f9                       ldr x24, [x9, #0x58]
   424: 58ff0737                       tbnz w24, #0x0, #-0x18
   428: 080340f9                       ldr x8, [x24]
   42c: 08050091                       add x8, x8, #0x1
   430: 080300f9                       str x8, [x24]
   434: a00240f9                       ldr x0, [x21]
   438: e82a0091                       add x8, x23, #0xa
   43c: 780200f9                       str x24, [x19]
   440: 80060037                       tbnz w0, #0x0, #0xd0
   444: 090840b9                       ldr w9, [x0, #0x8]
   448: 3f090071                       cmp w9, #0x2
   44c: 21060054                       b.ne #0xc4
   450: e82a0091                       add x8, x23, #0xa
   454: f8050037                       tbnz w24, #0x0, #0xbc
   458: 090b40b9                       ldr w9, [x24, #0x8]
   45c: 3f090071                       cmp w9, #0x2
   460: 81050054                       b.ne #0xb0
   464: 080040f9                       ldr x8, [x0]
   468: 081840fd                       ldr d8, [x0, #0x30]
   46c: 091b40fd                       ldr d9, [x24, #0x30]
   470: 080500f1                       subs x8, x8, #0x1
   474: 080000f9                       str x8, [x0]
   478: 21050054                       b.ne #0xa4
   47c: 00000094                       bl #0x0
        # hole +0x47c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   480: 0809691e                       fmul d8, d8, d9
   484: 080340f9                       ldr x8, [x24]
   488: 080500f1                       subs x8, x8, #0x1
   48c: 080300f9                       str x8, [x24]
   490: 00050054                       b.eq #0xa0
   494: 0041601e                       fmov d0, d8
   498: e00316aa                       mov x0, x22
   49c: 00000094                       bl #0x0
        # hole +0x49c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   4a0: 400500b4                       cbz x0, #0xa8
   4a4: 890e40f9                       ldr x9, [x20, #0x18]
   4a8: a00200f9                       str x0, [x21]
   4ac: e80300aa                       mov x8, x0
   4b0: 203140f9                       ldr x0, [x9, #0x60]
   4b4: 283100f9                       str x8, [x9, #0x60]
   4b8: e0000037                       tbnz w0, #0x0, #0x1c
   4bc: 080040f9                       ldr x8, [x0]
   4c0: 080500f1                       subs x8, x8, #0x1
   4c4: 080000f9                       str x8, [x0]
   4c8: 61000054                       b.ne #0xc
   4cc: 00000094                       bl #0x0
        # hole +0x4cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4d0: 890e40f9                       ldr x9, [x20, #0x18]
   4d4: 283540f9                       ldr x8, [x9, #0x68]
   4d8: 0b014092                       and x11, x8, #0x1
   4dc: e8030037                       tbnz w8, #0x0, #0x7c
   4e0: 0a0140f9                       ldr x10, [x8]
   4e4: 4a050091                       add x10, x10, #0x1
   4e8: 0a0100f9                       str x10, [x8]
   4ec: a80200f9                       str x8, [x21]
   4f0: 2a3940f9                       ldr x10, [x9, #0x70]
   4f4: 8a030036                       tbz w10, #0x0, #0x70
   4f8: ec3e0091                       add x12, x23, #0xf
   4fc: 23008052                       mov w3, #0x1
   500: 451f8052                       mov w5, #0xfa
   504: 6a0200f9                       str x10, [x19]
   508: 2b0400b5                       cbnz x11, #0x84
   50c: d0020014                       b #0xb40
   510: 05198052                       mov w5, #0xc8
   514: f3031aaa                       mov x19, x26
   518: e7feff17                       b #-0x464
   51c: 0809691e                       fmul d8, d8, d9
   520: 080340f9                       ldr x8, [x24]
   524: 080500f1                       subs x8, x8, #0x1
   528: 080300f9                       str x8, [x24]
   52c: 41fbff54                       b.ne #-0x98
   530: e00318aa                       mov x0, x24
   534: 00000094                       bl #0x0
        # hole +0x534: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   538: 0041601e                       fmov d0, d8
   53c: e00316aa                       mov x0, x22
   540: 00000094                       bl #0x0
        # hole +0x540: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   544: 00fbffb5                       cbnz x0, #-0xa0
   548: f72e0091                       add x23, x23, #0xb
   54c: 63008052                       mov w3, #0x3
   550: 451a8052                       mov w5, #0xd2
   554: 89ffff17                       b #-0x1dc
   558: a80200f9                       str x8, [x21]
   55c: 2a3940f9                       ldr x10, [x9, #0x70]
   560: cafc0737                       tbnz w10, #0x0, #-0x68
   564: 480140f9                       ldr x8, [x10]
   568: 08050091                       add x8, x8, #0x1
   56c: 480100f9                       str x8, [x10]
   570: a80240f9                       ldr x8, [x21]
   574: 0b014092                       and x11, x8, #0x1
   578: ec3e0091                       add x12, x23, #0xf
   57c: 23008052                       mov w3, #0x1
   580: 451f8052                       mov w5, #0xfa
   584: 6a0200f9                       str x10, [x19]
   588: 2b5600b4                       cbz x11, #0xac4
   58c: 0a560036                       tbz w10, #0x0, #0xac0
   590: 08fd4193                       asr x8, x8, #1
   594: 4bfd4193                       asr x11, x10, #1
   598: 85208052                       mov w5, #0x104
   59c: 0a7d0b9b                       mul x10, x8, x11
   5a0: 087d4b9b                       smulh x8, x8, x11
   5a4: 1ffd8aeb                       cmp x8, x10, asr #63
   5a8: e8420091                       add x8, x23, #0x10
   5ac: 41fbff54                       b.ne #-0x98
   5b0: 0b00f8d2                       mov x11, #-0x4000000000000000
   5b4: 4b010b8b                       add x11, x10, x11
   5b8: ebfaffb6                       tbz x11, #0x3f, #-0xa4
   5bc: 28008052                       mov w8, #0x1
   5c0: 08050aaa                       orr x8, x8, x10, lsl #1
   5c4: a80200f9                       str x8, [x21]
   5c8: 203d40f9                       ldr x0, [x9, #0x78]
   5cc: 283d00f9                       str x8, [x9, #0x78]
   5d0: e0000037                       tbnz w0, #0x0, #0x1c
   5d4: 080040f9                       ldr x8, [x0]
   5d8: 080500f1                       subs x8, x8, #0x1
   5dc: 080000f9                       str x8, [x0]
   5e0: 61000054                       b.ne #0xc
   5e4: 00000094                       bl #0x0
        # hole +0x5e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5e8: 890e40f9                       ldr x9, [x20, #0x18]
   5ec: 284140f9                       ldr x8, [x9, #0x80]
   5f0: 0b014092                       and x11, x8, #0x1
   5f4: a8010037                       tbnz w8, #0x0, #0x34
   5f8: 0a0140f9                       ldr x10, [x8]
   5fc: 4a050091                       add x10, x10, #0x1
   600: 0a0100f9                       str x10, [x8]
   604: a80200f9                       str x8, [x21]
   608: 2a4540f9                       ldr x10, [x9, #0x88]
   60c: 4a010036                       tbz w10, #0x0, #0x28
   610: ec520091                       add x12, x23, #0x14
   614: 23008052                       mov w3, #0x1
   618: 85258052                       mov w5, #0x12c
   61c: 6a0200f9                       str x10, [x19]
   620: eb0100b5                       cbnz x11, #0x3c
   624: 8a020014                       b #0xa28
   628: a80200f9                       str x8, [x21]
   62c: 2a4540f9                       ldr x10, [x9, #0x88]
   630: 0aff0737                       tbnz w10, #0x0, #-0x20
   634: 480140f9                       ldr x8, [x10]
   638: 08050091                       add x8, x8, #0x1
   63c: 480100f9                       str x8, [x10]
   640: a80240f9                       ldr x8, [x21]
   644: 0b014092                       and x11, x8, #0x1
   648: ec520091                       add x12, x23, #0x14
   64c: 23008052                       mov w3, #0x1
   650: 85258052                       mov w5, #0x12c
   654: 6a0200f9                       str x10, [x19]
   658: ab4f00b4                       cbz x11, #0x9f4
   65c: 8a4f0036                       tbz w10, #0x0, #0x9f0
   660: 08fd4193                       asr x8, x8, #1
   664: 4bfd4193                       asr x11, x10, #1
   668: c5268052                       mov w5, #0x136
   66c: 0a7d0b9b                       mul x10, x8, x11
   670: 087d4b9b                       smulh x8, x8, x11
   674: 1ffd8aeb                       cmp x8, x10, asr #63
   678: e8560091                       add x8, x23, #0x15
   67c: c1f4ff54                       b.ne #-0x168
   680: 0b00f8d2                       mov x11, #-0x4000000000000000
   684: 4b010b8b                       add x11, x10, x11
   688: 6bf4ffb6                       tbz x11, #0x3f, #-0x174
   68c: 28008052                       mov w8, #0x1
   690: 08050aaa                       orr x8, x8, x10, lsl #1
   694: a80200f9                       str x8, [x21]
   698: 204940f9                       ldr x0, [x9, #0x90]
   69c: 284900f9                       str x8, [x9, #0x90]
   6a0: e0000037                       tbnz w0, #0x0, #0x1c
   6a4: 080040f9                       ldr x8, [x0]
   6a8: 080500f1                       subs x8, x8, #0x1
   6ac: 080000f9                       str x8, [x0]
   6b0: 61000054                       b.ne #0xc
   6b4: 00000094                       bl #0x0
        # hole +0x6b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6b8: 890e40f9                       ldr x9, [x20, #0x18]
   6bc: 284d40f9                       ldr x8, [x9, #0x98]
   6c0: 0b014092                       and x11, x8, #0x1
   6c4: a8010037                       tbnz w8, #0x0, #0x34
   6c8: 0a0140f9                       ldr x10, [x8]
   6cc: 4a050091                       add x10, x10, #0x1
   6d0: 0a0100f9                       str x10, [x8]
   6d4: a80200f9                       str x8, [x21]
   6d8: 2a5140f9                       ldr x10, [x9, #0xa0]
   6dc: 4a010036                       tbz w10, #0x0, #0x28
   6e0: ec660091                       add x12, x23, #0x19
   6e4: 23008052                       mov w3, #0x1
   6e8: c52b8052                       mov w5, #0x15e
   6ec: 6a0200f9                       str x10, [x19]
   6f0: eb0100b5                       cbnz x11, #0x3c
   6f4: 56020014                       b #0x958
   6f8: a80200f9                       str x8, [x21]
   6fc: 2a5140f9                       ldr x10, [x9, #0xa0]
   700: 0aff0737                       tbnz w10, #0x0, #-0x20
   704: 480140f9                       ldr x8, [x10]
   708: 08050091                       add x8, x8, #0x1
   70c: 480100f9                       str x8, [x10]
   710: a80240f9                       ldr x8, [x21]
   714: 0b014092                       and x11, x8, #0x1
   718: ec660091                       add x12, x23, #0x19
   71c: 23008052                       mov w3, #0x1
   720: c52b8052                       mov w5, #0x15e
   724: 6a0200f9                       str x10, [x19]
   728: 2b4900b4                       cbz x11, #0x924
   72c: 0a490036                       tbz w10, #0x0, #0x920
   730: 08fd4193                       asr x8, x8, #1
   734: 4bfd4193                       asr x11, x10, #1
   738: 052d8052                       mov w5, #0x168
   73c: 0a7d0b9b                       mul x10, x8, x11
   740: 087d4b9b                       smulh x8, x8, x11
   744: 1ffd8aeb                       cmp x8, x10, asr #63
   748: e86a0091                       add x8, x23, #0x1a
   74c: 41eeff54                       b.ne #-0x238
   750: 0b00f8d2                       mov x11, #-0x4000000000000000
   754: 4b010b8b                       add x11, x10, x11
   758: ebedffb6                       tbz x11, #0x3f, #-0x244
   75c: 28008052                       mov w8, #0x1
   760: 08050aaa                       orr x8, x8, x10, lsl #1
   764: a80200f9                       str x8, [x21]
   768: 205540f9                       ldr x0, [x9, #0xa8]
   76c: 285500f9                       str x8, [x9, #0xa8]
   770: e0000037                       tbnz w0, #0x0, #0x1c
   774: 080040f9                       ldr x8, [x0]
   778: 080500f1                       subs x8, x8, #0x1
   77c: 080000f9                       str x8, [x0]
   780: 61000054                       b.ne #0xc
   784: 00000094                       bl #0x0
        # hole +0x784: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   788: 890e40f9                       ldr x9, [x20, #0x18]
   78c: a8078052                       mov w8, #0x3d
   790: a80200f9                       str x8, [x21]
   794: 205940f9                       ldr x0, [x9, #0xb0]
   798: 285900f9                       str x8, [x9, #0xb0]
   79c: e0000037                       tbnz w0, #0x0, #0x1c
   7a0: 080040f9                       ldr x8, [x0]
   7a4: 080500f1                       subs x8, x8, #0x1
   7a8: 080000f9                       str x8, [x0]
   7ac: 61000054                       b.ne #0xc
   7b0: 00000094                       bl #0x0
        # hole +0x7b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7b4: 890e40f9                       ldr x9, [x20, #0x18]
   7b8: 205d40f9                       ldr x0, [x9, #0xb8]
   7bc: 00040037                       tbnz w0, #0x0, #0x80
   7c0: 080040f9                       ldr x8, [x0]
   7c4: 0a0840b9                       ldr w10, [x0, #0x8]
   7c8: 08050091                       add x8, x8, #0x1
   7cc: 5f1d0071                       cmp w10, #0x7
   7d0: 080000f9                       str x8, [x0]
   7d4: e87e0091                       add x8, x23, #0x1f
   7d8: a00200f9                       str x0, [x21]
   7dc: 21040054                       b.ne #0x84
   7e0: 0a1840f9                       ldr x10, [x0, #0x30]
   7e4: 4a1940f9                       ldr x10, [x10, #0x30]
   7e8: 4a1942d1                       sub x10, x10, #0x86, lsl #12
   7ec: 5fed3af1                       cmp x10, #0xebb
   7f0: 81030054                       b.ne #0x70
   7f4: 081c40f9                       ldr x8, [x0, #0x38]
   7f8: 1f0900f1                       cmp x8, #0x2
   7fc: e3420054                       b.lo #0x85c
   800: 082440f9                       ldr x8, [x0, #0x48]
   804: 48030037                       tbnz w8, #0x0, #0x68
   808: 0a0140f9                       ldr x10, [x8]
   80c: 4a050091                       add x10, x10, #0x1
   810: 0a0100f9                       str x10, [x8]
   814: a80200f9                       str x8, [x21]
   818: 080040f9                       ldr x8, [x0]
   81c: 080500f1                       subs x8, x8, #0x1
   820: 080000f9                       str x8, [x0]
   824: e0020054                       b.eq #0x5c
   828: a80240f9                       ldr x8, [x21]
   82c: 206140f9                       ldr x0, [x9, #0xc0]
   830: 286100f9                       str x8, [x9, #0xc0]
   834: 20030036                       tbz w0, #0x0, #0x64
   838: 1e000014                       b #0x78
   83c: a00200f9                       str x0, [x21]
   840: f77e0091                       add x23, x23, #0x1f
   844: 23008052                       mov w3, #0x1
   848: 45338052                       mov w5, #0x19a
   84c: 1bfeff17                       b #-0x794
   850: f72200d1                       sub x23, x23, #0x8
   854: 23008052                       mov w3, #0x1
   858: 85028052                       mov w5, #0x14
   85c: 17feff17                       b #-0x7a4
   860: 23008052                       mov w3, #0x1
   864: 45338052                       mov w5, #0x19a
   868: 13feff17                       b #-0x7b4
   86c: a80200f9                       str x8, [x21]
   870: 080040f9                       ldr x8, [x0]
   874: 080500f1                       subs x8, x8, #0x1
   878: 080000f9                       str x8, [x0]
   87c: 61fdff54                       b.ne #-0x54
   880: 00000094                       bl #0x0
        # hole +0x880: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   884: 890e40f9                       ldr x9, [x20, #0x18]
   888: a80240f9                       ldr x8, [x21]
   88c: 206140f9                       ldr x0, [x9, #0xc0]
   890: 286100f9                       str x8, [x9, #0xc0]
   894: e0000037                       tbnz w0, #0x0, #0x1c
   898: 080040f9                       ldr x8, [x0]
   89c: 080500f1                       subs x8, x8, #0x1
   8a0: 080000f9                       str x8, [x0]
   8a4: 61000054                       b.ne #0xc
   8a8: 00000094                       bl #0x0
        # hole +0x8a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8ac: 890e40f9                       ldr x9, [x20, #0x18]
   8b0: 287140f9                       ldr x8, [x9, #0xe0]
   8b4: 68020037                       tbnz w8, #0x0, #0x4c
   8b8: 0a0140f9                       ldr x10, [x8]
   8bc: 4a050091                       add x10, x10, #0x1
   8c0: 0a0100f9                       str x10, [x8]
   8c4: a80200f9                       str x8, [x21]
   8c8: 286540f9                       ldr x8, [x9, #0xc8]
   8cc: 08020036                       tbz w8, #0x0, #0x40
   8d0: 680200f9                       str x8, [x19]
   8d4: 286940f9                       ldr x8, [x9, #0xd0]
   8d8: 68020037                       tbnz w8, #0x0, #0x4c
   8dc: 090140f9                       ldr x9, [x8]
   8e0: 29050091                       add x9, x9, #0x1
   8e4: 090100f9                       str x9, [x8]
   8e8: b80240f9                       ldr x24, [x21]
   8ec: a9620091                       add x9, x21, #0x18
   8f0: a80a00f9                       str x8, [x21, #0x10]
   8f4: e8960091                       add x8, x23, #0x25
   8f8: 78090037                       tbnz w24, #0x0, #0x12c
   8fc: 0f000014                       b #0x3c
   900: a80200f9                       str x8, [x21]
   904: 286540f9                       ldr x8, [x9, #0xc8]
   908: 48fe0737                       tbnz w8, #0x0, #-0x38
   90c: 0a0140f9                       ldr x10, [x8]
   910: 4a050091                       add x10, x10, #0x1
   914: 0a0100f9                       str x10, [x8]
   918: 680200f9                       str x8, [x19]
   91c: 286940f9                       ldr x8, [x9, #0xd0]
   920: e8fd0736                       tbz w8, #0x0, #-0x44
   924: b80240f9                       ldr x24, [x21]
   928: a9620091                       add x9, x21, #0x18
   92c: a80a00f9                       str x8, [x21, #0x10]
   930: e8960091                       add x8, x23, #0x25
   934: 98070037                       tbnz w24, #0x0, #0xf0
   938: 0a0b40b9                       ldr w10, [x24, #0x8]
   93c: 5f210071                       cmp w10, #0x8
   940: 21070054                       b.ne #0xe4
   944: 081f40f9                       ldr x8, [x24, #0x38]
   948: e00316aa                       mov x0, x22
   94c: e10313aa                       mov x1, x19
   950: 42008052                       mov w2, #0x2
   954: 00013fd6                       blr x8
   958: 680240f9                       ldr x8, [x19]
   95c: f90300aa                       mov x25, x0
   960: e8000037                       tbnz w8, #0x0, #0x1c
   964: 090140f9                       ldr x9, [x8]
   968: 290500f1                       subs x9, x9, #0x1
   96c: 090100f9                       str x9, [x8]
   970: 61000054                       b.ne #0xc
   974: e00308aa                       mov x0, x8
   978: 00000094                       bl #0x0
        # hole +0x978: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   97c: a00a40f9                       ldr x0, [x21, #0x10]
   980: c0000037                       tbnz w0, #0x0, #0x18
   984: 080040f9                       ldr x8, [x0]
   988: 080500f1                       subs x8, x8, #0x1
   98c: 080000f9                       str x8, [x0]
   990: 41000054                       b.ne #0x8
   994: 00000094                       bl #0x0
        # hole +0x994: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   998: 080340f9                       ldr x8, [x24]
   99c: 080500f1                       subs x8, x8, #0x1
   9a0: 080300f9                       str x8, [x24]
   9a4: 61000054                       b.ne #0xc
   9a8: e00318aa                       mov x0, x24
   9ac: 00000094                       bl #0x0
        # hole +0x9ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9b0: 593600b4                       cbz x25, #0x6c8
   9b4: 880e40f9                       ldr x8, [x20, #0x18]
   9b8: b90200f9                       str x25, [x21]
   9bc: 006d40f9                       ldr x0, [x8, #0xd8]
   9c0: 196d00f9                       str x25, [x8, #0xd8]
   9c4: e0000037                       tbnz w0, #0x0, #0x1c
   9c8: 090040f9                       ldr x9, [x0]
   9cc: 290500f1                       subs x9, x9, #0x1
   9d0: 090000f9                       str x9, [x0]
   9d4: 61000054                       b.ne #0xc
   9d8: 00000094                       bl #0x0
        # hole +0x9d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9dc: 880e40f9                       ldr x8, [x20, #0x18]
   9e0: 007540f9                       ldr x0, [x8, #0xe8]
   9e4: 80020037                       tbnz w0, #0x0, #0x50
   9e8: 090040f9                       ldr x9, [x0]
   9ec: 29050091                       add x9, x9, #0x1
   9f0: 090000f9                       str x9, [x0]
   9f4: a00200f9                       str x0, [x21]
   9f8: 187940f9                       ldr x24, [x8, #0xf0]
   9fc: 38020036                       tbz w24, #0x0, #0x44
   a00: e8a60091                       add x8, x23, #0x29
   a04: 780200f9                       str x24, [x19]
   a08: a0020036                       tbz w0, #0x0, #0x54
   a0c: 47000014                       b #0x11c
   a10: 63008052                       mov w3, #0x3
   a14: 85078052                       mov w5, #0x3c
   a18: f30315aa                       mov x19, x21
   a1c: f7031baa                       mov x23, x27
   a20: a6fdff17                       b #-0x968
   a24: 23008052                       mov w3, #0x1
   a28: c53a8052                       mov w5, #0x1d6
   a2c: f30309aa                       mov x19, x9
   a30: a1fdff17                       b #-0x97c
   a34: a00200f9                       str x0, [x21]
   a38: 187940f9                       ldr x24, [x8, #0xf0]
   a3c: 38fe0737                       tbnz w24, #0x0, #-0x3c
   a40: 080340f9                       ldr x8, [x24]
   a44: 08050091                       add x8, x8, #0x1
   a48: 080300f9                       str x8, [x24]
   a4c: a00240f9                       ldr x0, [x21]
   a50: e8a60091                       add x8, x23, #0x29
   a54: 780200f9                       str x24, [x19]
   a58: 80060037                       tbnz w0, #0x0, #0xd0
   a5c: 090840b9                       ldr w9, [x0, #0x8]
   a60: 3f090071                       cmp w9, #0x2
   a64: 21060054                       b.ne #0xc4
   a68: e8a60091                       add x8, x23, #0x29
   a6c: f8050037                       tbnz w24, #0x0, #0xbc
   a70: 090b40b9                       ldr w9, [x24, #0x8]
   a74: 3f090071                       cmp w9, #0x2
   a78: 81050054                       b.ne #0xb0
   a7c: 080040f9                       ldr x8, [x0]
   a80: 081840fd                       ldr d8, [x0, #0x30]
   a84: 091b40fd                       ldr d9, [x24, #0x30]
   a88: 080500f1                       subs x8, x8, #0x1
   a8c: 080000f9                       str x8, [x0]
   a90: 21050054                       b.ne #0xa4
   a94: 00000094                       bl #0x0
        # hole +0xa94: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a98: 0809691e                       fmul d8, d8, d9
   a9c: 080340f9                       ldr x8, [x24]
   aa0: 080500f1                       subs x8, x8, #0x1
   aa4: 080300f9                       str x8, [x24]
   aa8: 00050054                       b.eq #0xa0
   aac: 0041601e                       fmov d0, d8
   ab0: e00316aa                       mov x0, x22
   ab4: 00000094                       bl #0x0
        # hole +0xab4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   ab8: 400500b4                       cbz x0, #0xa8
   abc: 890e40f9                       ldr x9, [x20, #0x18]
   ac0: a00200f9                       str x0, [x21]
   ac4: e80300aa                       mov x8, x0
   ac8: 207d40f9                       ldr x0, [x9, #0xf8]
   acc: 287d00f9                       str x8, [x9, #0xf8]
   ad0: e0000037                       tbnz w0, #0x0, #0x1c
   ad4: 080040f9                       ldr x8, [x0]
   ad8: 080500f1                       subs x8, x8, #0x1
   adc: 080000f9                       str x8, [x0]
   ae0: 61000054                       b.ne #0xc
   ae4: 00000094                       bl #0x0
        # hole +0xae4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ae8: 890e40f9                       ldr x9, [x20, #0x18]
   aec: 288140f9                       ldr x8, [x9, #0x100]
   af0: 0b014092                       and x11, x8, #0x1
   af4: e8030037                       tbnz w8, #0x0, #0x7c
   af8: 0a0140f9                       ldr x10, [x8]
   afc: 4a050091                       add x10, x10, #0x1
   b00: 0a0100f9                       str x10, [x8]
   b04: a80200f9                       str x8, [x21]
   b08: 2a8540f9                       ldr x10, [x9, #0x108]
   b0c: 8a030036                       tbz w10, #0x0, #0x70
   b10: ecba0091                       add x12, x23, #0x2e
   b14: 23008052                       mov w3, #0x1
   b18: 05468052                       mov w5, #0x230
   b1c: 6a0200f9                       str x10, [x19]
   b20: 2b0400b5                       cbnz x11, #0x84
   b24: 4a010014                       b #0x528
   b28: 23008052                       mov w3, #0x1
   b2c: c53f8052                       mov w5, #0x1fe
   b30: 79feff17                       b #-0x61c
   b34: 0809691e                       fmul d8, d8, d9
   b38: 080340f9                       ldr x8, [x24]
   b3c: 080500f1                       subs x8, x8, #0x1
   b40: 080300f9                       str x8, [x24]
   b44: 41fbff54                       b.ne #-0x98
   b48: e00318aa                       mov x0, x24
   b4c: 00000094                       bl #0x0
        # hole +0xb4c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b50: 0041601e                       fmov d0, d8
   b54: e00316aa                       mov x0, x22
   b58: 00000094                       bl #0x0
        # hole +0xb58: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   b5c: 00fbffb5                       cbnz x0, #-0xa0
   b60: f7aa0091                       add x23, x23, #0x2a
   b64: 63008052                       mov w3, #0x3
   b68: 05418052                       mov w5, #0x208
   b6c: 03feff17                       b #-0x7f4
   b70: a80200f9                       str x8, [x21]
   b74: 2a8540f9                       ldr x10, [x9, #0x108]
   b78: cafc0737                       tbnz w10, #0x0, #-0x68
   b7c: 480140f9                       ldr x8, [x10]
   b80: 08050091                       add x8, x8, #0x1
   b84: 480100f9                       str x8, [x10]
   b88: a80240f9                       ldr x8, [x21]
   b8c: 0b014092                       and x11, x8, #0x1
   b90: ecba0091                       add x12, x23, #0x2e
   b94: 23008052                       mov w3, #0x1
   b98: 05468052                       mov w5, #0x230
   b9c: 6a0200f9                       str x10, [x19]
   ba0: 6b2500b4                       cbz x11, #0x4ac
   ba4: 4a250036                       tbz w10, #0x0, #0x4a8
   ba8: 08fd4193                       asr x8, x8, #1
   bac: 4bfd4193                       asr x11, x10, #1
   bb0: 45478052                       mov w5, #0x23a
   bb4: 0a7d0b9b                       mul x10, x8, x11
   bb8: 087d4b9b                       smulh x8, x8, x11
   bbc: 1ffd8aeb                       cmp x8, x10, asr #63
   bc0: e8be0091                       add x8, x23, #0x2f
   bc4: 81caff54                       b.ne #-0x6b0
   bc8: 0b00f8d2                       mov x11, #-0x4000000000000000
   bcc: 4b010b8b                       add x11, x10, x11
   bd0: 2bcaffb6                       tbz x11, #0x3f, #-0x6bc
   bd4: 28008052                       mov w8, #0x1
   bd8: 08050aaa                       orr x8, x8, x10, lsl #1
   bdc: a80200f9                       str x8, [x21]
   be0: 208940f9                       ldr x0, [x9, #0x110]
   be4: 288900f9                       str x8, [x9, #0x110]
   be8: e0000037                       tbnz w0, #0x0, #0x1c
   bec: 080040f9                       ldr x8, [x0]
   bf0: 080500f1                       subs x8, x8, #0x1
   bf4: 080000f9                       str x8, [x0]
   bf8: 61000054                       b.ne #0xc
   bfc: 00000094                       bl #0x0
        # hole +0xbfc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c00: 890e40f9                       ldr x9, [x20, #0x18]
   c04: 288d40f9                       ldr x8, [x9, #0x118]
   c08: 0a014092                       and x10, x8, #0x1
   c0c: 28020037                       tbnz w8, #0x0, #0x44
   c10: 0b0140f9                       ldr x11, [x8]
   c14: 6b050091                       add x11, x11, #0x1
   c18: 0b0100f9                       str x11, [x8]
   c1c: a80200f9                       str x8, [x21]
   c20: 2b9140f9                       ldr x11, [x9, #0x120]
   c24: cb010036                       tbz w11, #0x0, #0x38
   c28: ecce0091                       add x12, x23, #0x33
   c2c: 23008052                       mov w3, #0x1
   c30: 454c8052                       mov w5, #0x262
   c34: 6b0200f9                       str x11, [x19]
   c38: 6a0200b5                       cbnz x10, #0x4c
   c3c: 04010014                       b #0x410
   c40: f71e0091                       add x23, x23, #0x7
   c44: 43008052                       mov w3, #0x2
   c48: 45158052                       mov w5, #0xaa
   c4c: 1bfdff17                       b #-0xb94
   c50: a80200f9                       str x8, [x21]
   c54: 2b9140f9                       ldr x11, [x9, #0x120]
   c58: 8bfe0737                       tbnz w11, #0x0, #-0x30
   c5c: 680140f9                       ldr x8, [x11]
   c60: 08050091                       add x8, x8, #0x1
   c64: 680100f9                       str x8, [x11]
   c68: a80240f9                       ldr x8, [x21]
   c6c: 0a014092                       and x10, x8, #0x1
   c70: ecce0091                       add x12, x23, #0x33
   c74: 23008052                       mov w3, #0x1
   c78: 454c8052                       mov w5, #0x262
   c7c: 6b0200f9                       str x11, [x19]
   c80: 6a1e00b4                       cbz x10, #0x3cc
   c84: 4b1e0036                       tbz w11, #0x0, #0x3c8
   c88: 6afd4193                       asr x10, x11, #1
   c8c: 4805888b                       add x8, x10, x8, asr #1
   c90: 0a00f8d2                       mov x10, #-0x4000000000000000
   c94: 1f010aab                       cmn x8, x10
   c98: 851f0054                       b.pl #0x3f0
   c9c: 2a008052                       mov w10, #0x1
   ca0: 480508aa                       orr x8, x10, x8, lsl #1
   ca4: a80200f9                       str x8, [x21]
   ca8: 209540f9                       ldr x0, [x9, #0x128]
   cac: 289500f9                       str x8, [x9, #0x128]
   cb0: e0000037                       tbnz w0, #0x0, #0x1c
   cb4: 080040f9                       ldr x8, [x0]
   cb8: 080500f1                       subs x8, x8, #0x1
   cbc: 080000f9                       str x8, [x0]
   cc0: 61000054                       b.ne #0xc
   cc4: 00000094                       bl #0x0
        # hole +0xcc4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   cc8: 890e40f9                       ldr x9, [x20, #0x18]
   ccc: 209940f9                       ldr x0, [x9, #0x130]
   cd0: e0030037                       tbnz w0, #0x0, #0x7c
   cd4: 080040f9                       ldr x8, [x0]
   cd8: 0a0840b9                       ldr w10, [x0, #0x8]
   cdc: 08050091                       add x8, x8, #0x1
   ce0: 5f1d0071                       cmp w10, #0x7
   ce4: 080000f9                       str x8, [x0]
   ce8: e8de0091                       add x8, x23, #0x37
   cec: a00200f9                       str x0, [x21]
   cf0: 81030054                       b.ne #0x70
   cf4: 0a1840f9                       ldr x10, [x0, #0x30]
   cf8: 4a1940f9                       ldr x10, [x10, #0x30]
   cfc: 4a3142d1                       sub x10, x10, #0x8c, lsl #12
   d00: 5f053ef1                       cmp x10, #0xf81
   d04: e1020054                       b.ne #0x5c
   d08: 081c40f9                       ldr x8, [x0, #0x38]
   d0c: 681c00b4                       cbz x8, #0x38c
   d10: 082040f9                       ldr x8, [x0, #0x40]
   d14: c8020037                       tbnz w8, #0x0, #0x58
   d18: 0a0140f9                       ldr x10, [x8]
   d1c: 4a050091                       add x10, x10, #0x1
   d20: 0a0100f9                       str x10, [x8]
   d24: a80200f9                       str x8, [x21]
   d28: 080040f9                       ldr x8, [x0]
   d2c: 080500f1                       subs x8, x8, #0x1
   d30: 080000f9                       str x8, [x0]
   d34: 60020054                       b.eq #0x4c
   d38: a80240f9                       ldr x8, [x21]
   d3c: 209d40f9                       ldr x0, [x9, #0x138]
   d40: 289d00f9                       str x8, [x9, #0x138]
   d44: a0020036                       tbz w0, #0x0, #0x54
   d48: 1a000014                       b #0x68
   d4c: a00200f9                       str x0, [x21]
   d50: f7de0091                       add x23, x23, #0x37
   d54: 23008052                       mov w3, #0x1
   d58: 45518052                       mov w5, #0x28a
   d5c: d7fcff17                       b #-0xca4
   d60: 23008052                       mov w3, #0x1
   d64: 45518052                       mov w5, #0x28a
   d68: d3fcff17                       b #-0xcb4
   d6c: a80200f9                       str x8, [x21]
   d70: 080040f9                       ldr x8, [x0]
   d74: 080500f1                       subs x8, x8, #0x1
   d78: 080000f9                       str x8, [x0]
   d7c: e1fdff54                       b.ne #-0x44
   d80: 00000094                       bl #0x0
        # hole +0xd80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d84: 890e40f9                       ldr x9, [x20, #0x18]
   d88: a80240f9                       ldr x8, [x21]
   d8c: 209d40f9                       ldr x0, [x9, #0x138]
   d90: 289d00f9                       str x8, [x9, #0x138]
   d94: e0000037                       tbnz w0, #0x0, #0x1c
   d98: 080040f9                       ldr x8, [x0]
   d9c: 080500f1                       subs x8, x8, #0x1
   da0: 080000f9                       str x8, [x0]
   da4: 61000054                       b.ne #0xc
   da8: 00000094                       bl #0x0
        # hole +0xda8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   dac: 890e40f9                       ldr x9, [x20, #0x18]
   db0: 20a140f9                       ldr x0, [x9, #0x140]
   db4: e0030037                       tbnz w0, #0x0, #0x7c
   db8: 080040f9                       ldr x8, [x0]
   dbc: 0a0840b9                       ldr w10, [x0, #0x8]
   dc0: 08050091                       add x8, x8, #0x1
   dc4: 5f1d0071                       cmp w10, #0x7
   dc8: 080000f9                       str x8, [x0]
   dcc: e8ee0091                       add x8, x23, #0x3b
   dd0: a00200f9                       str x0, [x21]
   dd4: 81030054                       b.ne #0x70
   dd8: 0a1840f9                       ldr x10, [x0, #0x30]
   ddc: 4a1940f9                       ldr x10, [x10, #0x30]
   de0: 4af940d1                       sub x10, x10, #0x3e, lsl #12
   de4: 5f553ff1                       cmp x10, #0xfd5
   de8: e1020054                       b.ne #0x5c
   dec: 081c40f9                       ldr x8, [x0, #0x38]
   df0: c81500b4                       cbz x8, #0x2b8
   df4: 082040f9                       ldr x8, [x0, #0x40]
   df8: c8020037                       tbnz w8, #0x0, #0x58
   dfc: 0a0140f9                       ldr x10, [x8]
   e00: 4a050091                       add x10, x10, #0x1
   e04: 0a0100f9                       str x10, [x8]
   e08: a80200f9                       str x8, [x21]
   e0c: 080040f9                       ldr x8, [x0]
   e10: 080500f1                       subs x8, x8, #0x1
   e14: 080000f9                       str x8, [x0]
   e18: 60020054                       b.eq #0x4c
   e1c: a80240f9                       ldr x8, [x21]
   e20: 20a540f9                       ldr x0, [x9, #0x148]
   e24: 28a500f9                       str x8, [x9, #0x148]
   e28: a0020036                       tbz w0, #0x0, #0x54
   e2c: 1a000014                       b #0x68
   e30: a00200f9                       str x0, [x21]
   e34: f7ee0091                       add x23, x23, #0x3b
   e38: 23008052                       mov w3, #0x1
   e3c: 45568052                       mov w5, #0x2b2
   e40: 9efcff17                       b #-0xd88
   e44: 23008052                       mov w3, #0x1
   e48: 45568052                       mov w5, #0x2b2
   e4c: 9afcff17                       b #-0xd98
   e50: a80200f9                       str x8, [x21]
   e54: 080040f9                       ldr x8, [x0]
   e58: 080500f1                       subs x8, x8, #0x1
   e5c: 080000f9                       str x8, [x0]
   e60: e1fdff54                       b.ne #-0x44
   e64: 00000094                       bl #0x0
        # hole +0xe64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e68: 890e40f9                       ldr x9, [x20, #0x18]
   e6c: a80240f9                       ldr x8, [x21]
   e70: 20a540f9                       ldr x0, [x9, #0x148]
   e74: 28a500f9                       str x8, [x9, #0x148]
   e78: e0000037                       tbnz w0, #0x0, #0x1c
   e7c: 080040f9                       ldr x8, [x0]
   e80: 080500f1                       subs x8, x8, #0x1
   e84: 080000f9                       str x8, [x0]
   e88: 61000054                       b.ne #0xc
   e8c: 00000094                       bl #0x0
        # hole +0xe8c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e90: 890e40f9                       ldr x9, [x20, #0x18]
   e94: 38b140f9                       ldr x24, [x9, #0x160]
   e98: 78010037                       tbnz w24, #0x0, #0x2c
   e9c: 080340f9                       ldr x8, [x24]
   ea0: 08050091                       add x8, x8, #0x1
   ea4: 080300f9                       str x8, [x24]
   ea8: b80200f9                       str x24, [x21]
   eac: 28a940f9                       ldr x8, [x9, #0x150]
   eb0: 08010036                       tbz w8, #0x0, #0x20
   eb4: 680200f9                       str x8, [x19]
   eb8: e8020191                       add x8, x23, #0x40
   ebc: 98010036                       tbz w24, #0x0, #0x30
   ec0: 3d000014                       b #0xf4
   ec4: b80200f9                       str x24, [x21]
   ec8: 28a940f9                       ldr x8, [x9, #0x150]
   ecc: 48ff0737                       tbnz w8, #0x0, #-0x18
   ed0: 090140f9                       ldr x9, [x8]
   ed4: 29050091                       add x9, x9, #0x1
   ed8: 090100f9                       str x9, [x8]
   edc: b80240f9                       ldr x24, [x21]
   ee0: 680200f9                       str x8, [x19]
   ee4: e8020191                       add x8, x23, #0x40
   ee8: 78060037                       tbnz w24, #0x0, #0xcc
   eec: 090b40b9                       ldr w9, [x24, #0x8]
   ef0: 3f210071                       cmp w9, #0x8
   ef4: 01060054                       b.ne #0xc0
   ef8: 081f40f9                       ldr x8, [x24, #0x38]
   efc: e00316aa                       mov x0, x22
   f00: e10313aa                       mov x1, x19
   f04: 22008052                       mov w2, #0x1
   f08: 00013fd6                       blr x8
   f0c: 680240f9                       ldr x8, [x19]
   f10: f90300aa                       mov x25, x0
   f14: e8000037                       tbnz w8, #0x0, #0x1c
   f18: 090140f9                       ldr x9, [x8]
   f1c: 290500f1                       subs x9, x9, #0x1
   f20: 090100f9                       str x9, [x8]
   f24: 61000054                       b.ne #0xc
   f28: e00308aa                       mov x0, x8
   f2c: 00000094                       bl #0x0
        # hole +0xf2c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f30: 080340f9                       ldr x8, [x24]
   f34: 080500f1                       subs x8, x8, #0x1
   f38: 080300f9                       str x8, [x24]
   f3c: 61000054                       b.ne #0xc
   f40: e00318aa                       mov x0, x24
   f44: 00000094                       bl #0x0
        # hole +0xf44: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f48: 990b00b4                       cbz x25, #0x170
   f4c: 880e40f9                       ldr x8, [x20, #0x18]
   f50: b90200f9                       str x25, [x21]
   f54: 00ad40f9                       ldr x0, [x8, #0x158]
   f58: 19ad00f9                       str x25, [x8, #0x158]
   f5c: e0000037                       tbnz w0, #0x0, #0x1c
   f60: 090040f9                       ldr x9, [x0]
   f64: 290500f1                       subs x9, x9, #0x1
   f68: 090000f9                       str x9, [x0]
   f6c: 61000054                       b.ne #0xc
   f70: 00000094                       bl #0x0
        # hole +0xf70: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f74: 880e40f9                       ldr x8, [x20, #0x18]
   f78: 09b540f9                       ldr x9, [x8, #0x168]
   f7c: 2a014092                       and x10, x9, #0x1
   f80: 09020037                       tbnz w9, #0x0, #0x40
   f84: 2b0140f9                       ldr x11, [x9]
   f88: 6b050091                       add x11, x11, #0x1
   f8c: 2b0100f9                       str x11, [x9]
   f90: a90200f9                       str x9, [x21]
   f94: 0bb940f9                       ldr x11, [x8, #0x170]
   f98: ab010036                       tbz w11, #0x0, #0x34
   f9c: ec120191                       add x12, x23, #0x44
   fa0: 23008052                       mov w3, #0x1
   fa4: 85618052                       mov w5, #0x30c
   fa8: 6b0200f9                       str x11, [x19]
   fac: 4a0200b5                       cbnz x10, #0x48
   fb0: 27000014                       b #0x9c
   fb4: 23008052                       mov w3, #0x1
   fb8: 855c8052                       mov w5, #0x2e4
   fbc: 56fdff17                       b #-0xaa8
   fc0: a90200f9                       str x9, [x21]
   fc4: 0bb940f9                       ldr x11, [x8, #0x170]
   fc8: abfe0737                       tbnz w11, #0x0, #-0x2c
   fcc: 690140f9                       ldr x9, [x11]
   fd0: 29050091                       add x9, x9, #0x1
   fd4: 690100f9                       str x9, [x11]
   fd8: a90240f9                       ldr x9, [x21]
   fdc: 2a014092                       and x10, x9, #0x1
   fe0: ec120191                       add x12, x23, #0x44
   fe4: 23008052                       mov w3, #0x1
   fe8: 85618052                       mov w5, #0x30c
   fec: 6b0200f9                       str x11, [x19]
   ff0: ea0200b4                       cbz x10, #0x5c
   ff4: cb020036                       tbz w11, #0x0, #0x58
   ff8: 6afd4193                       asr x10, x11, #1
   ffc: 4905898b                       add x9, x10, x9, asr #1
  1000: 0a00f8d2                       mov x10, #-0x4000000000000000
  1004: 3f010aab                       cmn x9, x10
  1008: 05060054                       b.pl #0xc0
  100c: 2a008052                       mov w10, #0x1
  1010: 490509aa                       orr x9, x10, x9, lsl #1
  1014: a90200f9                       str x9, [x21]
  1018: 00bd40f9                       ldr x0, [x8, #0x178]
  101c: 09bd00f9                       str x9, [x8, #0x178]
  1020: e81e0191                       add x8, x23, #0x47
  1024: 20020037                       tbnz w0, #0x0, #0x44
  1028: 090040f9                       ldr x9, [x0]
  102c: 290500f1                       subs x9, x9, #0x1
  1030: 090000f9                       str x9, [x0]
  1034: a1010054                       b.ne #0x34
  1038: 00000094                       bl #0x0
        # hole +0x1038: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  103c: f71e0191                       add x23, x23, #0x47
  1040: 43008052                       mov w3, #0x2
  1044: 45658052                       mov w5, #0x32a
  1048: ccfcff17                       b #-0xcd0
  104c: f3031aaa                       mov x19, x26
  1050: f7030caa                       mov x23, x12
  1054: 19fcff17                       b #-0xf9c
  1058: f7820091                       add x23, x23, #0x20
  105c: 23008052                       mov w3, #0x1
  1060: 85348052                       mov w5, #0x1a4
  1064: 15fcff17                       b #-0xfac
  1068: 43008052                       mov w3, #0x2
  106c: 45658052                       mov w5, #0x32a
  1070: f30315aa                       mov x19, x21
  1074: 10fcff17                       b #-0xfc0
  1078: f7960091                       add x23, x23, #0x25
  107c: 63008052                       mov w3, #0x3
  1080: c53a8052                       mov w5, #0x1d6
  1084: bdfcff17                       b #-0xd0c
  1088: f7d20091                       add x23, x23, #0x34
  108c: 854d8052                       mov w5, #0x26c
  1090: f3031aaa                       mov x19, x26
  1094: 09fcff17                       b #-0xfdc
  1098: f7e20091                       add x23, x23, #0x38
  109c: 23008052                       mov w3, #0x1
  10a0: 85528052                       mov w5, #0x294
  10a4: 05fcff17                       b #-0xfec
  10a8: f7f20091                       add x23, x23, #0x3c
  10ac: 23008052                       mov w3, #0x1
  10b0: 85578052                       mov w5, #0x2bc
  10b4: 01fcff17                       b #-0xffc
  10b8: f7020191                       add x23, x23, #0x40
  10bc: 63008052                       mov w3, #0x3
  10c0: 855c8052                       mov w5, #0x2e4
  10c4: adfcff17                       b #-0xd4c
  10c8: f7160191                       add x23, x23, #0x45
  10cc: c5628052                       mov w5, #0x316
  10d0: f3031aaa                       mov x19, x26
  10d4: f9fbff17                       b #-0x101c
