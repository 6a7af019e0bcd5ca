# stencil startup_mixed for aarch64-unknown-linux-gnu: 4232 code bytes, 0 data bytes, 57 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fe0f1ff8                       str x30, [sp, #-0x10]!
    1c: f30315aa                       mov x19, x21
    20: 608600f8                       str x0, [x19], #0x8
    24: e0030037                       tbnz w0, #0x0, #0x7c
    28: 080840b9                       ldr w8, [x0, #0x8]
    2c: 1f1d0071                       cmp w8, #0x7
    30: 01040054                       b.ne #0x80
    34: 080080d2                       mov x8, #0x0
        # hole +0x34: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[1]+0
    38: 091840f9                       ldr x9, [x0, #0x30]
    3c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[1]+0
    40: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x40: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[1]+0
    44: 291940f9                       ldr x9, [x9, #0x30]
    48: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x48: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[1]+0
    4c: 3f0108eb                       cmp x9, x8
    50: 01030054                       b.ne #0x60
    54: 081c40f9                       ldr x8, [x0, #0x38]
    58: 1f0900f1                       cmp x8, #0x2
    5c: e33f0054                       b.lo #0x7fc
    60: 082440f9                       ldr x8, [x0, #0x48]
    64: e8020037                       tbnz w8, #0x0, #0x5c
    68: 090140f9                       ldr x9, [x8]
    6c: 29050091                       add x9, x9, #0x1
    70: 090100f9                       str x9, [x8]
    74: a80200f9                       str x8, [x21]
    78: 080040f9                       ldr x8, [x0]
    7c: 080500f1                       subs x8, x8, #0x1
    80: 080000f9                       str x8, [x0]
    84: 80020054                       b.eq #0x50
    88: 880e40f9                       ldr x8, [x20, #0x18]
    8c: a90240f9                       ldr x9, [x21]
    90: 000540f9                       ldr x0, [x8, #0x8]
    94: 090500f9                       str x9, [x8, #0x8]
    98: a0020036                       tbz w0, #0x0, #0x54
    9c: 1a000014                       b #0x68
    a0: 23008052                       mov w3, #0x1
    a4: 45018052                       mov w5, #0xa
    a8: 28008052                       mov w8, #0x1
    ac: 9d000014                       b #0x274
    b0: 28008052                       mov w8, #0x1
    b4: 45018052                       mov w5, #0xa
    b8: e303082a                       mov w3, w8
    bc: 99000014                       b #0x264
    c0: a80200f9                       str x8, [x21]
    c4: 080040f9                       ldr x8, [x0]
    c8: 080500f1                       subs x8, x8, #0x1
    cc: 080000f9                       str x8, [x0]
    d0: c1fdff54                       b.ne #-0x48
    d4: 00000094                       bl #0x0
        # hole +0xd4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    d8: 880e40f9                       ldr x8, [x20, #0x18]
    dc: a90240f9                       ldr x9, [x21]
    e0: 000540f9                       ldr x0, [x8, #0x8]
    e4: 090500f9                       str x9, [x8, #0x8]
    e8: e0000037                       tbnz w0, #0x0, #0x1c
    ec: 090040f9                       ldr x9, [x0]
    f0: 290500f1                       subs x9, x9, #0x1
    f4: 090000f9                       str x9, [x0]
    f8: 61000054                       b.ne #0xc
    fc: 00000094                       bl #0x0
        # hole +0xfc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   100: 880e40f9                       ldr x8, [x20, #0x18]
   104: 171140f9                       ldr x23, [x8, #0x20]
   108: 77010037                       tbnz w23, #0x0, #0x2c
   10c: e90240f9                       ldr x9, [x23]
   110: 29050091                       add x9, x9, #0x1
   114: e90200f9                       str x9, [x23]
   118: b70200f9                       str x23, [x21]
   11c: 080940f9                       ldr x8, [x8, #0x10]
   120: 08010036                       tbz w8, #0x0, #0x20
   124: b9420091                       add x25, x21, #0x10
   128: a80600f9                       str x8, [x21, #0x8]
   12c: 97010036                       tbz w23, #0x0, #0x30
   130: 39000014                       b #0xe4
   134: b70200f9                       str x23, [x21]
   138: 080940f9                       ldr x8, [x8, #0x10]
   13c: 48ff0737                       tbnz w8, #0x0, #-0x18
   140: 090140f9                       ldr x9, [x8]
   144: 29050091                       add x9, x9, #0x1
   148: 090100f9                       str x9, [x8]
   14c: b70240f9                       ldr x23, [x21]
   150: b9420091                       add x25, x21, #0x10
   154: a80600f9                       str x8, [x21, #0x8]
   158: f7050037                       tbnz w23, #0x0, #0xbc
   15c: e80a40b9                       ldr w8, [x23, #0x8]
   160: 1f210071                       cmp w8, #0x8
   164: 81050054                       b.ne #0xb0
   168: e81e40f9                       ldr x8, [x23, #0x38]
   16c: e00316aa                       mov x0, x22
   170: e10313aa                       mov x1, x19
   174: 22008052                       mov w2, #0x1
   178: 00013fd6                       blr x8
   17c: 680240f9                       ldr x8, [x19]
   180: f80300aa                       mov x24, x0
   184: e8000037                       tbnz w8, #0x0, #0x1c
   188: 090140f9                       ldr x9, [x8]
   18c: 290500f1                       subs x9, x9, #0x1
   190: 090100f9                       str x9, [x8]
   194: 61000054                       b.ne #0xc
   198: e00308aa                       mov x0, x8
   19c: 00000094                       bl #0x0
        # hole +0x19c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1a0: e80240f9                       ldr x8, [x23]
   1a4: 080500f1                       subs x8, x8, #0x1
   1a8: e80200f9                       str x8, [x23]
   1ac: 61000054                       b.ne #0xc
   1b0: e00317aa                       mov x0, x23
   1b4: 00000094                       bl #0x0
        # hole +0x1b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1b8: 584200b4                       cbz x24, #0x848
   1bc: 880e40f9                       ldr x8, [x20, #0x18]
   1c0: b80200f9                       str x24, [x21]
   1c4: 000d40f9                       ldr x0, [x8, #0x18]
   1c8: 180d00f9                       str x24, [x8, #0x18]
   1cc: e0000037                       tbnz w0, #0x0, #0x1c
   1d0: 090040f9                       ldr x9, [x0]
   1d4: 290500f1                       subs x9, x9, #0x1
   1d8: 090000f9                       str x9, [x0]
   1dc: 61000054                       b.ne #0xc
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1e4: 880e40f9                       ldr x8, [x20, #0x18]
   1e8: 001540f9                       ldr x0, [x8, #0x28]
   1ec: c0010037                       tbnz w0, #0x0, #0x38
   1f0: 090040f9                       ldr x9, [x0]
   1f4: 29050091                       add x9, x9, #0x1
   1f8: 090000f9                       str x9, [x0]
   1fc: a00200f9                       str x0, [x21]
   200: 171940f9                       ldr x23, [x8, #0x30]
   204: 77010036                       tbz w23, #0x0, #0x2c
   208: 770200f9                       str x23, [x19]
   20c: e0010036                       tbz w0, #0x0, #0x3c
   210: 40000014                       b #0x100
   214: 23008052                       mov w3, #0x1
   218: 85078052                       mov w5, #0x3c
   21c: c8008052                       mov w8, #0x6
   220: 3f000014                       b #0xfc
   224: a00200f9                       str x0, [x21]
   228: 171940f9                       ldr x23, [x8, #0x30]
   22c: f7fe0737                       tbnz w23, #0x0, #-0x24
   230: e80240f9                       ldr x8, [x23]
   234: 08050091                       add x8, x8, #0x1
   238: e80200f9                       str x8, [x23]
   23c: a00240f9                       ldr x0, [x21]
   240: 770200f9                       str x23, [x19]
   244: 60060037                       tbnz w0, #0x0, #0xcc
   248: 080840b9                       ldr w8, [x0, #0x8]
   24c: 1f090071                       cmp w8, #0x2
   250: 01060054                       b.ne #0xc0
   254: f7050037                       tbnz w23, #0x0, #0xbc
   258: e80a40b9                       ldr w8, [x23, #0x8]
   25c: 1f090071                       cmp w8, #0x2
   260: 81050054                       b.ne #0xb0
   264: 080040f9                       ldr x8, [x0]
   268: 081840fd                       ldr d8, [x0, #0x30]
   26c: e91a40fd                       ldr d9, [x23, #0x30]
   270: 080500f1                       subs x8, x8, #0x1
   274: 080000f9                       str x8, [x0]
   278: a1060054                       b.ne #0xd4
   27c: 00000094                       bl #0x0
        # hole +0x27c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   280: 0809691e                       fmul d8, d8, d9
   284: e80240f9                       ldr x8, [x23]
   288: 080500f1                       subs x8, x8, #0x1
   28c: e80200f9                       str x8, [x23]
   290: 80060054                       b.eq #0xd0
   294: 0041601e                       fmov d0, d8
   298: e00316aa                       mov x0, x22
   29c: 00000094                       bl #0x0
        # hole +0x29c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2a0: c00600b4                       cbz x0, #0xd8
   2a4: 890e40f9                       ldr x9, [x20, #0x18]
   2a8: a00200f9                       str x0, [x21]
   2ac: e80300aa                       mov x8, x0
   2b0: 201d40f9                       ldr x0, [x9, #0x38]
   2b4: 281d00f9                       str x8, [x9, #0x38]
   2b8: e0000037                       tbnz w0, #0x0, #0x1c
   2bc: 080040f9                       ldr x8, [x0]
   2c0: 080500f1                       subs x8, x8, #0x1
   2c4: 080000f9                       str x8, [x0]
   2c8: 61000054                       b.ne #0xc
   2cc: 00000094                       bl #0x0
        # hole +0x2cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2d0: 890e40f9                       ldr x9, [x20, #0x18]
   2d4: 2b2140f9                       ldr x11, [x9, #0x40]
   2d8: 6c014092                       and x12, x11, #0x1
   2dc: 6b050037                       tbnz w11, #0x0, #0xac
   2e0: 680140f9                       ldr x8, [x11]
   2e4: 08050091                       add x8, x8, #0x1
   2e8: 680100f9                       str x8, [x11]
   2ec: ab0200f9                       str x11, [x21]
   2f0: 2a2540f9                       ldr x10, [x9, #0x48]
   2f4: 0a050036                       tbz w10, #0x0, #0xa0
   2f8: 23008052                       mov w3, #0x1
   2fc: c5128052                       mov w5, #0x96
   300: e8018052                       mov w8, #0xf
   304: 6a0200f9                       str x10, [x19]
   308: ac0500b5                       cbnz x12, #0xb4
   30c: 04000014                       b #0x10
   310: 23008052                       mov w3, #0x1
   314: 850c8052                       mov w5, #0x64
   318: 48018052                       mov w8, #0xa
   31c: f30319aa                       mov x19, x25
   320: 090080d2                       mov x9, #0x0
        # hole +0x320: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   324: e00314aa                       mov x0, x20
   328: e10313aa                       mov x1, x19
   32c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x32c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   330: e20316aa                       mov x2, x22
   334: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x334: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   338: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x338: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   33c: 2401088b                       add x4, x9, x8
   340: 00000094                       bl #0x0
        # hole +0x340: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   344: fe0741f8                       ldr x30, [sp], #0x10
   348: c0035fd6                       ret
   34c: 0809691e                       fmul d8, d8, d9
   350: e80240f9                       ldr x8, [x23]
   354: 080500f1                       subs x8, x8, #0x1
   358: e80200f9                       str x8, [x23]
   35c: c1f9ff54                       b.ne #-0xc8
   360: e00317aa                       mov x0, x23
   364: 00000094                       bl #0x0
        # hole +0x364: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   368: 0041601e                       fmov d0, d8
   36c: e00316aa                       mov x0, x22
   370: 00000094                       bl #0x0
        # hole +0x370: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   374: 80f9ffb5                       cbnz x0, #-0xd0
   378: 63008052                       mov w3, #0x3
   37c: c50d8052                       mov w5, #0x6e
   380: 68018052                       mov w8, #0xb
   384: a2010014                       b #0x688
   388: ab0200f9                       str x11, [x21]
   38c: 2a2540f9                       ldr x10, [x9, #0x48]
   390: 4afb0737                       tbnz w10, #0x0, #-0x98
   394: 480140f9                       ldr x8, [x10]
   398: 08050091                       add x8, x8, #0x1
   39c: 480100f9                       str x8, [x10]
   3a0: ab0240f9                       ldr x11, [x21]
   3a4: 6c014092                       and x12, x11, #0x1
   3a8: 23008052                       mov w3, #0x1
   3ac: c5128052                       mov w5, #0x96
   3b0: e8018052                       mov w8, #0xf
   3b4: 6a0200f9                       str x10, [x19]
   3b8: 2cfbffb4                       cbz x12, #-0x9c
   3bc: 0afb0736                       tbz w10, #0x0, #-0xa0
   3c0: 080080d2                       mov x8, #0x0
        # hole +0x3c0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
   3c4: 0c0080d2                       mov x12, #0x0
        # hole +0x3c4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
   3c8: 6bfd4193                       asr x11, x11, #1
   3cc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3cc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
   3d0: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x3d0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
   3d4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3d4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
   3d8: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x3d8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
   3dc: 7f058aeb                       cmp x11, x10, asr #1
   3e0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3e0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
   3e4: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x3e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
   3e8: 88b1889a                       csel x8, x12, x8, lt
   3ec: a80200f9                       str x8, [x21]
   3f0: 2a420054                       b.ge #0x844
   3f4: 202940f9                       ldr x0, [x9, #0x50]
   3f8: 40010037                       tbnz w0, #0x0, #0x28
   3fc: 080040f9                       ldr x8, [x0]
   400: 08050091                       add x8, x8, #0x1
   404: 080000f9                       str x8, [x0]
   408: a00200f9                       str x0, [x21]
   40c: 372d40f9                       ldr x23, [x9, #0x58]
   410: f7000036                       tbz w23, #0x0, #0x1c
   414: 770200f9                       str x23, [x19]
   418: 60010036                       tbz w0, #0x0, #0x2c
   41c: 3c000014                       b #0xf0
   420: a00200f9                       str x0, [x21]
   424: 372d40f9                       ldr x23, [x9, #0x58]
   428: 77ff0737                       tbnz w23, #0x0, #-0x14
   42c: e80240f9                       ldr x8, [x23]
   430: 08050091                       add x8, x8, #0x1
   434: e80200f9                       str x8, [x23]
   438: a00240f9                       ldr x0, [x21]
   43c: 770200f9                       str x23, [x19]
   440: 60060037                       tbnz w0, #0x0, #0xcc
   444: 080840b9                       ldr w8, [x0, #0x8]
   448: 1f090071                       cmp w8, #0x2
   44c: 01060054                       b.ne #0xc0
   450: f7050037                       tbnz w23, #0x0, #0xbc
   454: e80a40b9                       ldr w8, [x23, #0x8]
   458: 1f090071                       cmp w8, #0x2
   45c: 81050054                       b.ne #0xb0
   460: 080040f9                       ldr x8, [x0]
   464: 081840fd                       ldr d8, [x0, #0x30]
   468: e91a40fd                       ldr d9, [x23, #0x30]
   46c: 080500f1                       subs x8, x8, #0x1
   470: 080000f9                       str x8, [x0]
   474: 41050054                       b.ne #0xa8
   478: 00000094                       bl #0x0
        # hole +0x478: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   47c: 0809691e                       fmul d8, d8, d9
   480: e80240f9                       ldr x8, [x23]
   484: 080500f1                       subs x8, x8, #0x1
   488: e80200f9                       str x8, [x23]
   48c: 20050054                       b.eq #0xa4
   490: 0041601e                       fmov d0, d8
   494: e00316aa                       mov x0, x22
   498: 00000094                       bl #0x0
        # hole +0x498: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   49c: 600500b4                       cbz x0, #0xac
   4a0: 890e40f9                       ldr x9, [x20, #0x18]
   4a4: a00200f9                       str x0, [x21]
   4a8: e80300aa                       mov x8, x0
   4ac: 203140f9                       ldr x0, [x9, #0x60]
   4b0: 283100f9                       str x8, [x9, #0x60]
   4b4: e0000037                       tbnz w0, #0x0, #0x1c
   4b8: 080040f9                       ldr x8, [x0]
   4bc: 080500f1                       subs x8, x8, #0x1
   4c0: 080000f9                       str x8, [x0]
   4c4: 61000054                       b.ne #0xc
   4c8: 00000094                       bl #0x0
        # hole +0x4c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4cc: 890e40f9                       ldr x9, [x20, #0x18]
   4d0: 2a3540f9                       ldr x10, [x9, #0x68]
   4d4: 4c014092                       and x12, x10, #0x1
   4d8: 0a040037                       tbnz w10, #0x0, #0x80
   4dc: 480140f9                       ldr x8, [x10]
   4e0: 08050091                       add x8, x8, #0x1
   4e4: 480100f9                       str x8, [x10]
   4e8: aa0200f9                       str x10, [x21]
   4ec: 2b3940f9                       ldr x11, [x9, #0x70]
   4f0: ab030036                       tbz w11, #0x0, #0x74
   4f4: 23008052                       mov w3, #0x1
   4f8: 451f8052                       mov w5, #0xfa
   4fc: 28038052                       mov w8, #0x19
   500: 6b0200f9                       str x11, [x19]
   504: 4c0400b5                       cbnz x12, #0x88
   508: 85ffff17                       b #-0x1ec
   50c: 23008052                       mov w3, #0x1
   510: 05198052                       mov w5, #0xc8
   514: 88028052                       mov w8, #0x14
   518: 81ffff17                       b #-0x1fc
   51c: 0809691e                       fmul d8, d8, d9
   520: e80240f9                       ldr x8, [x23]
   524: 080500f1                       subs x8, x8, #0x1
   528: e80200f9                       str x8, [x23]
   52c: 21fbff54                       b.ne #-0x9c
   530: e00317aa                       mov x0, x23
   534: 00000094                       bl #0x0
        # hole +0x534: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   538: 0041601e                       fmov d0, d8
   53c: e00316aa                       mov x0, x22
   540: 00000094                       bl #0x0
        # hole +0x540: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   544: e0faffb5                       cbnz x0, #-0xa4
   548: 63008052                       mov w3, #0x3
   54c: 451a8052                       mov w5, #0xd2
   550: a8028052                       mov w8, #0x15
   554: 2e010014                       b #0x4b8
   558: aa0200f9                       str x10, [x21]
   55c: 2b3940f9                       ldr x11, [x9, #0x70]
   560: abfc0737                       tbnz w11, #0x0, #-0x6c
   564: 680140f9                       ldr x8, [x11]
   568: 08050091                       add x8, x8, #0x1
   56c: 680100f9                       str x8, [x11]
   570: aa0240f9                       ldr x10, [x21]
   574: 4c014092                       and x12, x10, #0x1
   578: 23008052                       mov w3, #0x1
   57c: 451f8052                       mov w5, #0xfa
   580: 28038052                       mov w8, #0x19
   584: 6b0200f9                       str x11, [x19]
   588: acecffb4                       cbz x12, #-0x26c
   58c: 8bec0736                       tbz w11, #0x0, #-0x270
   590: 48fd4193                       asr x8, x10, #1
   594: 6bfd4193                       asr x11, x11, #1
   598: 23008052                       mov w3, #0x1
   59c: 85208052                       mov w5, #0x104
   5a0: 0a7d0b9b                       mul x10, x8, x11
   5a4: 087d4b9b                       smulh x8, x8, x11
   5a8: 1ffd8aeb                       cmp x8, x10, asr #63
   5ac: 48038052                       mov w8, #0x1a
   5b0: 61ebff54                       b.ne #-0x294
   5b4: 0b00f8d2                       mov x11, #-0x4000000000000000
   5b8: 4b010b8b                       add x11, x10, x11
   5bc: 0bebffb6                       tbz x11, #0x3f, #-0x2a0
   5c0: 28008052                       mov w8, #0x1
   5c4: 08050aaa                       orr x8, x8, x10, lsl #1
   5c8: a80200f9                       str x8, [x21]
   5cc: 203d40f9                       ldr x0, [x9, #0x78]
   5d0: 283d00f9                       str x8, [x9, #0x78]
   5d4: e0000037                       tbnz w0, #0x0, #0x1c
   5d8: 080040f9                       ldr x8, [x0]
   5dc: 080500f1                       subs x8, x8, #0x1
   5e0: 080000f9                       str x8, [x0]
   5e4: 61000054                       b.ne #0xc
   5e8: 00000094                       bl #0x0
        # hole +0x5e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5ec: 890e40f9                       ldr x9, [x20, #0x18]
   5f0: 2a4140f9                       ldr x10, [x9, #0x80]
   5f4: 4c014092                       and x12, x10, #0x1
   5f8: aa010037                       tbnz w10, #0x0, #0x34
   5fc: 480140f9                       ldr x8, [x10]
   600: 08050091                       add x8, x8, #0x1
   604: 480100f9                       str x8, [x10]
   608: aa0200f9                       str x10, [x21]
   60c: 2b4540f9                       ldr x11, [x9, #0x88]
   610: 4b010036                       tbz w11, #0x0, #0x28
   614: 23008052                       mov w3, #0x1
   618: 85258052                       mov w5, #0x12c
   61c: c8038052                       mov w8, #0x1e
   620: 6b0200f9                       str x11, [x19]
   624: ec0100b5                       cbnz x12, #0x3c
   628: 3dffff17                       b #-0x30c
   62c: aa0200f9                       str x10, [x21]
   630: 2b4540f9                       ldr x11, [x9, #0x88]
   634: 0bff0737                       tbnz w11, #0x0, #-0x20
   638: 680140f9                       ldr x8, [x11]
   63c: 08050091                       add x8, x8, #0x1
   640: 680100f9                       str x8, [x11]
   644: aa0240f9                       ldr x10, [x21]
   648: 4c014092                       and x12, x10, #0x1
   64c: 23008052                       mov w3, #0x1
   650: 85258052                       mov w5, #0x12c
   654: c8038052                       mov w8, #0x1e
   658: 6b0200f9                       str x11, [x19]
   65c: 0ce6ffb4                       cbz x12, #-0x340
   660: ebe50736                       tbz w11, #0x0, #-0x344
   664: 48fd4193                       asr x8, x10, #1
   668: 6bfd4193                       asr x11, x11, #1
   66c: 23008052                       mov w3, #0x1
   670: c5268052                       mov w5, #0x136
   674: 0a7d0b9b                       mul x10, x8, x11
   678: 087d4b9b                       smulh x8, x8, x11
   67c: 1ffd8aeb                       cmp x8, x10, asr #63
   680: e8038052                       mov w8, #0x1f
   684: c1e4ff54                       b.ne #-0x368
   688: 0b00f8d2                       mov x11, #-0x4000000000000000
   68c: 4b010b8b                       add x11, x10, x11
   690: 6be4ffb6                       tbz x11, #0x3f, #-0x374
   694: 28008052                       mov w8, #0x1
   698: 08050aaa                       orr x8, x8, x10, lsl #1
   69c: a80200f9                       str x8, [x21]
   6a0: 204940f9                       ldr x0, [x9, #0x90]
   6a4: 284900f9                       str x8, [x9, #0x90]
   6a8: e0000037                       tbnz w0, #0x0, #0x1c
   6ac: 080040f9                       ldr x8, [x0]
   6b0: 080500f1                       subs x8, x8, #0x1
   6b4: 080000f9                       str x8, [x0]
   6b8: 61000054                       b.ne #0xc
   6bc: 00000094                       bl #0x0
        # hole +0x6bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6c0: 890e40f9                       ldr x9, [x20, #0x18]
   6c4: 2a4d40f9                       ldr x10, [x9, #0x98]
   6c8: 4c014092                       and x12, x10, #0x1
   6cc: aa010037                       tbnz w10, #0x0, #0x34
   6d0: 480140f9                       ldr x8, [x10]
   6d4: 08050091                       add x8, x8, #0x1
   6d8: 480100f9                       str x8, [x10]
   6dc: aa0200f9                       str x10, [x21]
   6e0: 2b5140f9                       ldr x11, [x9, #0xa0]
   6e4: 4b010036                       tbz w11, #0x0, #0x28
   6e8: 23008052                       mov w3, #0x1
   6ec: c52b8052                       mov w5, #0x15e
   6f0: 68048052                       mov w8, #0x23
   6f4: 6b0200f9                       str x11, [x19]
   6f8: ec0100b5                       cbnz x12, #0x3c
   6fc: 08ffff17                       b #-0x3e0
   700: aa0200f9                       str x10, [x21]
   704: 2b5140f9                       ldr x11, [x9, #0xa0]
   708: 0bff0737                       tbnz w11, #0x0, #-0x20
   70c: 680140f9                       ldr x8, [x11]
   710: 08050091                       add x8, x8, #0x1
   714: 680100f9                       str x8, [x11]
   718: aa0240f9                       ldr x10, [x21]
   71c: 4c014092                       and x12, x10, #0x1
   720: 23008052                       mov w3, #0x1
   724: c52b8052                       mov w5, #0x15e
   728: 68048052                       mov w8, #0x23
   72c: 6b0200f9                       str x11, [x19]
   730: 6cdfffb4                       cbz x12, #-0x414
   734: 4bdf0736                       tbz w11, #0x0, #-0x418
   738: 48fd4193                       asr x8, x10, #1
   73c: 6bfd4193                       asr x11, x11, #1
   740: 23008052                       mov w3, #0x1
   744: 052d8052                       mov w5, #0x168
   748: 0a7d0b9b                       mul x10, x8, x11
   74c: 087d4b9b                       smulh x8, x8, x11
   750: 1ffd8aeb                       cmp x8, x10, asr #63
   754: 88048052                       mov w8, #0x24
   758: 21deff54                       b.ne #-0x43c
   75c: 0b00f8d2                       mov x11, #-0x4000000000000000
   760: 4b010b8b                       add x11, x10, x11
   764: cbddffb6                       tbz x11, #0x3f, #-0x448
   768: 28008052                       mov w8, #0x1
   76c: 08050aaa                       orr x8, x8, x10, lsl #1
   770: a80200f9                       str x8, [x21]
   774: 205540f9                       ldr x0, [x9, #0xa8]
   778: 285500f9                       str x8, [x9, #0xa8]
   77c: e0000037                       tbnz w0, #0x0, #0x1c
   780: 080040f9                       ldr x8, [x0]
   784: 080500f1                       subs x8, x8, #0x1
   788: 080000f9                       str x8, [x0]
   78c: 61000054                       b.ne #0xc
   790: 00000094                       bl #0x0
        # hole +0x790: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   794: 890e40f9                       ldr x9, [x20, #0x18]
   798: a8078052                       mov w8, #0x3d
   79c: a80200f9                       str x8, [x21]
   7a0: 205940f9                       ldr x0, [x9, #0xb0]
   7a4: 285900f9                       str x8, [x9, #0xb0]
   7a8: e0000037                       tbnz w0, #0x0, #0x1c
   7ac: 080040f9                       ldr x8, [x0]
   7b0: 080500f1                       subs x8, x8, #0x1
   7b4: 080000f9                       str x8, [x0]
   7b8: 61000054                       b.ne #0xc
   7bc: 00000094                       bl #0x0
        # hole +0x7bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7c0: 890e40f9                       ldr x9, [x20, #0x18]
   7c4: 205d40f9                       ldr x0, [x9, #0xb8]
   7c8: e0030037                       tbnz w0, #0x0, #0x7c
   7cc: 080040f9                       ldr x8, [x0]
   7d0: 0a0840b9                       ldr w10, [x0, #0x8]
   7d4: 08050091                       add x8, x8, #0x1
   7d8: 5f1d0071                       cmp w10, #0x7
   7dc: 080000f9                       str x8, [x0]
   7e0: a00200f9                       str x0, [x21]
   7e4: 21030054                       b.ne #0x64
   7e8: 081840f9                       ldr x8, [x0, #0x30]
   7ec: 081940f9                       ldr x8, [x8, #0x30]
   7f0: 081942d1                       sub x8, x8, #0x86, lsl #12
   7f4: 1fed3af1                       cmp x8, #0xebb
   7f8: 81020054                       b.ne #0x50
   7fc: 081c40f9                       ldr x8, [x0, #0x38]
   800: 1f0900f1                       cmp x8, #0x2
   804: a3400054                       b.lo #0x814
   808: 082440f9                       ldr x8, [x0, #0x48]
   80c: e8020037                       tbnz w8, #0x0, #0x5c
   810: 0a0140f9                       ldr x10, [x8]
   814: 4a050091                       add x10, x10, #0x1
   818: 0a0100f9                       str x10, [x8]
   81c: a80200f9                       str x8, [x21]
   820: 080040f9                       ldr x8, [x0]
   824: 080500f1                       subs x8, x8, #0x1
   828: 080000f9                       str x8, [x0]
   82c: 80020054                       b.eq #0x50
   830: a80240f9                       ldr x8, [x21]
   834: 206140f9                       ldr x0, [x9, #0xc0]
   838: 286100f9                       str x8, [x9, #0xc0]
   83c: c0020036                       tbz w0, #0x0, #0x58
   840: 1b000014                       b #0x6c
   844: a00200f9                       str x0, [x21]
   848: 23008052                       mov w3, #0x1
   84c: 45338052                       mov w5, #0x19a
   850: 28058052                       mov w8, #0x29
   854: b3feff17                       b #-0x534
   858: 23008052                       mov w3, #0x1
   85c: 85028052                       mov w5, #0x14
   860: 48008052                       mov w8, #0x2
   864: affeff17                       b #-0x544
   868: a80200f9                       str x8, [x21]
   86c: 080040f9                       ldr x8, [x0]
   870: 080500f1                       subs x8, x8, #0x1
   874: 080000f9                       str x8, [x0]
   878: c1fdff54                       b.ne #-0x48
   87c: 00000094                       bl #0x0
        # hole +0x87c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   880: 890e40f9                       ldr x9, [x20, #0x18]
   884: a80240f9                       ldr x8, [x21]
   888: 206140f9                       ldr x0, [x9, #0xc0]
   88c: 286100f9                       str x8, [x9, #0xc0]
   890: e0000037                       tbnz w0, #0x0, #0x1c
   894: 080040f9                       ldr x8, [x0]
   898: 080500f1                       subs x8, x8, #0x1
   89c: 080000f9                       str x8, [x0]
   8a0: 61000054                       b.ne #0xc
   8a4: 00000094                       bl #0x0
        # hole +0x8a4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8a8: 890e40f9                       ldr x9, [x20, #0x18]
   8ac: 287140f9                       ldr x8, [x9, #0xe0]
   8b0: 48020037                       tbnz w8, #0x0, #0x48
   8b4: 0a0140f9                       ldr x10, [x8]
   8b8: 4a050091                       add x10, x10, #0x1
   8bc: 0a0100f9                       str x10, [x8]
   8c0: a80200f9                       str x8, [x21]
   8c4: 286540f9                       ldr x8, [x9, #0xc8]
   8c8: e8010036                       tbz w8, #0x0, #0x3c
   8cc: 680200f9                       str x8, [x19]
   8d0: 286940f9                       ldr x8, [x9, #0xd0]
   8d4: 48020037                       tbnz w8, #0x0, #0x48
   8d8: 090140f9                       ldr x9, [x8]
   8dc: 29050091                       add x9, x9, #0x1
   8e0: 090100f9                       str x9, [x8]
   8e4: b70240f9                       ldr x23, [x21]
   8e8: a9620091                       add x9, x21, #0x18
   8ec: a80a00f9                       str x8, [x21, #0x10]
   8f0: 37090037                       tbnz w23, #0x0, #0x124
   8f4: 0e000014                       b #0x38
   8f8: a80200f9                       str x8, [x21]
   8fc: 286540f9                       ldr x8, [x9, #0xc8]
   900: 68fe0737                       tbnz w8, #0x0, #-0x34
   904: 0a0140f9                       ldr x10, [x8]
   908: 4a050091                       add x10, x10, #0x1
   90c: 0a0100f9                       str x10, [x8]
   910: 680200f9                       str x8, [x19]
   914: 286940f9                       ldr x8, [x9, #0xd0]
   918: 08fe0736                       tbz w8, #0x0, #-0x40
   91c: b70240f9                       ldr x23, [x21]
   920: a9620091                       add x9, x21, #0x18
   924: a80a00f9                       str x8, [x21, #0x10]
   928: 77070037                       tbnz w23, #0x0, #0xec
   92c: e80a40b9                       ldr w8, [x23, #0x8]
   930: 1f210071                       cmp w8, #0x8
   934: 01070054                       b.ne #0xe0
   938: e81e40f9                       ldr x8, [x23, #0x38]
   93c: e00316aa                       mov x0, x22
   940: e10313aa                       mov x1, x19
   944: 42008052                       mov w2, #0x2
   948: 00013fd6                       blr x8
   94c: 680240f9                       ldr x8, [x19]
   950: f80300aa                       mov x24, x0
   954: e8000037                       tbnz w8, #0x0, #0x1c
   958: 090140f9                       ldr x9, [x8]
   95c: 290500f1                       subs x9, x9, #0x1
   960: 090100f9                       str x9, [x8]
   964: 61000054                       b.ne #0xc
   968: e00308aa                       mov x0, x8
   96c: 00000094                       bl #0x0
        # hole +0x96c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   970: a00a40f9                       ldr x0, [x21, #0x10]
   974: c0000037                       tbnz w0, #0x0, #0x18
   978: 080040f9                       ldr x8, [x0]
   97c: 080500f1                       subs x8, x8, #0x1
   980: 080000f9                       str x8, [x0]
   984: 41000054                       b.ne #0x8
   988: 00000094                       bl #0x0
        # hole +0x988: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   98c: e80240f9                       ldr x8, [x23]
   990: 080500f1                       subs x8, x8, #0x1
   994: e80200f9                       str x8, [x23]
   998: 61000054                       b.ne #0xc
   99c: e00317aa                       mov x0, x23
   9a0: 00000094                       bl #0x0
        # hole +0x9a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9a4: 383400b4                       cbz x24, #0x684
   9a8: 880e40f9                       ldr x8, [x20, #0x18]
   9ac: b80200f9                       str x24, [x21]
   9b0: 006d40f9                       ldr x0, [x8, #0xd8]
   9b4: 186d00f9                       str x24, [x8, #0xd8]
   9b8: e0000037                       tbnz w0, #0x0, #0x1c
   9bc: 090040f9                       ldr x9, [x0]
   9c0: 290500f1                       subs x9, x9, #0x1
   9c4: 090000f9                       str x9, [x0]
   9c8: 61000054                       b.ne #0xc
   9cc: 00000094                       bl #0x0
        # hole +0x9cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9d0: 880e40f9                       ldr x8, [x20, #0x18]
   9d4: 007540f9                       ldr x0, [x8, #0xe8]
   9d8: 80020037                       tbnz w0, #0x0, #0x50
   9dc: 090040f9                       ldr x9, [x0]
   9e0: 29050091                       add x9, x9, #0x1
   9e4: 090000f9                       str x9, [x0]
   9e8: a00200f9                       str x0, [x21]
   9ec: 177940f9                       ldr x23, [x8, #0xf0]
   9f0: 37020036                       tbz w23, #0x0, #0x44
   9f4: 770200f9                       str x23, [x19]
   9f8: a0020036                       tbz w0, #0x0, #0x54
   9fc: 46000014                       b #0x118
   a00: 63008052                       mov w3, #0x3
   a04: 85078052                       mov w5, #0x3c
   a08: c8008052                       mov w8, #0x6
   a0c: f30315aa                       mov x19, x21
   a10: 44feff17                       b #-0x6f0
   a14: 23008052                       mov w3, #0x1
   a18: c53a8052                       mov w5, #0x1d6
   a1c: e8058052                       mov w8, #0x2f
   a20: f30309aa                       mov x19, x9
   a24: 3ffeff17                       b #-0x704
   a28: a00200f9                       str x0, [x21]
   a2c: 177940f9                       ldr x23, [x8, #0xf0]
   a30: 37fe0737                       tbnz w23, #0x0, #-0x3c
   a34: e80240f9                       ldr x8, [x23]
   a38: 08050091                       add x8, x8, #0x1
   a3c: e80200f9                       str x8, [x23]
   a40: a00240f9                       ldr x0, [x21]
   a44: 770200f9                       str x23, [x19]
   a48: 60060037                       tbnz w0, #0x0, #0xcc
   a4c: 080840b9                       ldr w8, [x0, #0x8]
   a50: 1f090071                       cmp w8, #0x2
   a54: 01060054                       b.ne #0xc0
   a58: f7050037                       tbnz w23, #0x0, #0xbc
   a5c: e80a40b9                       ldr w8, [x23, #0x8]
   a60: 1f090071                       cmp w8, #0x2
   a64: 81050054                       b.ne #0xb0
   a68: 080040f9                       ldr x8, [x0]
   a6c: 081840fd                       ldr d8, [x0, #0x30]
   a70: e91a40fd                       ldr d9, [x23, #0x30]
   a74: 080500f1                       subs x8, x8, #0x1
   a78: 080000f9                       str x8, [x0]
   a7c: 41050054                       b.ne #0xa8
   a80: 00000094                       bl #0x0
        # hole +0xa80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a84: 0809691e                       fmul d8, d8, d9
   a88: e80240f9                       ldr x8, [x23]
   a8c: 080500f1                       subs x8, x8, #0x1
   a90: e80200f9                       str x8, [x23]
   a94: 20050054                       b.eq #0xa4
   a98: 0041601e                       fmov d0, d8
   a9c: e00316aa                       mov x0, x22
   aa0: 00000094                       bl #0x0
        # hole +0xaa0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   aa4: 600500b4                       cbz x0, #0xac
   aa8: 890e40f9                       ldr x9, [x20, #0x18]
   aac: a00200f9                       str x0, [x21]
   ab0: e80300aa                       mov x8, x0
   ab4: 207d40f9                       ldr x0, [x9, #0xf8]
   ab8: 287d00f9                       str x8, [x9, #0xf8]
   abc: e0000037                       tbnz w0, #0x0, #0x1c
   ac0: 080040f9                       ldr x8, [x0]
   ac4: 080500f1                       subs x8, x8, #0x1
   ac8: 080000f9                       str x8, [x0]
   acc: 61000054                       b.ne #0xc
   ad0: 00000094                       bl #0x0
        # hole +0xad0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ad4: 890e40f9                       ldr x9, [x20, #0x18]
   ad8: 2a8140f9                       ldr x10, [x9, #0x100]
   adc: 4c014092                       and x12, x10, #0x1
   ae0: 0a040037                       tbnz w10, #0x0, #0x80
   ae4: 480140f9                       ldr x8, [x10]
   ae8: 08050091                       add x8, x8, #0x1
   aec: 480100f9                       str x8, [x10]
   af0: aa0200f9                       str x10, [x21]
   af4: 2b8540f9                       ldr x11, [x9, #0x108]
   af8: ab030036                       tbz w11, #0x0, #0x74
   afc: 23008052                       mov w3, #0x1
   b00: 05468052                       mov w5, #0x230
   b04: 08078052                       mov w8, #0x38
   b08: 6b0200f9                       str x11, [x19]
   b0c: 4c0400b5                       cbnz x12, #0x88
   b10: 03feff17                       b #-0x7f4
   b14: 23008052                       mov w3, #0x1
   b18: c53f8052                       mov w5, #0x1fe
   b1c: 68068052                       mov w8, #0x33
   b20: fffdff17                       b #-0x804
   b24: 0809691e                       fmul d8, d8, d9
   b28: e80240f9                       ldr x8, [x23]
   b2c: 080500f1                       subs x8, x8, #0x1
   b30: e80200f9                       str x8, [x23]
   b34: 21fbff54                       b.ne #-0x9c
   b38: e00317aa                       mov x0, x23
   b3c: 00000094                       bl #0x0
        # hole +0xb3c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b40: 0041601e                       fmov d0, d8
   b44: e00316aa                       mov x0, x22
   b48: 00000094                       bl #0x0
        # hole +0xb48: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   b4c: e0faffb5                       cbnz x0, #-0xa4
   b50: 63008052                       mov w3, #0x3
   b54: 05418052                       mov w5, #0x208
   b58: 88068052                       mov w8, #0x34
   b5c: acffff17                       b #-0x150
   b60: aa0200f9                       str x10, [x21]
   b64: 2b8540f9                       ldr x11, [x9, #0x108]
   b68: abfc0737                       tbnz w11, #0x0, #-0x6c
   b6c: 680140f9                       ldr x8, [x11]
   b70: 08050091                       add x8, x8, #0x1
   b74: 680100f9                       str x8, [x11]
   b78: aa0240f9                       ldr x10, [x21]
   b7c: 4c014092                       and x12, x10, #0x1
   b80: 23008052                       mov w3, #0x1
   b84: 05468052                       mov w5, #0x230
   b88: 08078052                       mov w8, #0x38
   b8c: 6b0200f9                       str x11, [x19]
   b90: 6cbcffb4                       cbz x12, #-0x874
   b94: 4bbc0736                       tbz w11, #0x0, #-0x878
   b98: 48fd4193                       asr x8, x10, #1
   b9c: 6bfd4193                       asr x11, x11, #1
   ba0: 23008052                       mov w3, #0x1
   ba4: 45478052                       mov w5, #0x23a
   ba8: 0a7d0b9b                       mul x10, x8, x11
   bac: 087d4b9b                       smulh x8, x8, x11
   bb0: 1ffd8aeb                       cmp x8, x10, asr #63
   bb4: 28078052                       mov w8, #0x39
   bb8: 21bbff54                       b.ne #-0x89c
   bbc: 0b00f8d2                       mov x11, #-0x4000000000000000
   bc0: 4b010b8b                       add x11, x10, x11
   bc4: cbbaffb6                       tbz x11, #0x3f, #-0x8a8
   bc8: 28008052                       mov w8, #0x1
   bcc: 08050aaa                       orr x8, x8, x10, lsl #1
   bd0: a80200f9                       str x8, [x21]
   bd4: 208940f9                       ldr x0, [x9, #0x110]
   bd8: 288900f9                       str x8, [x9, #0x110]
   bdc: e0000037                       tbnz w0, #0x0, #0x1c
   be0: 080040f9                       ldr x8, [x0]
   be4: 080500f1                       subs x8, x8, #0x1
   be8: 080000f9                       str x8, [x0]
   bec: 61000054                       b.ne #0xc
   bf0: 00000094                       bl #0x0
        # hole +0xbf0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   bf4: 890e40f9                       ldr x9, [x20, #0x18]
   bf8: 2a8d40f9                       ldr x10, [x9, #0x118]
   bfc: 4b014092                       and x11, x10, #0x1
   c00: 2a020037                       tbnz w10, #0x0, #0x44
   c04: 480140f9                       ldr x8, [x10]
   c08: 08050091                       add x8, x8, #0x1
   c0c: 480100f9                       str x8, [x10]
   c10: aa0200f9                       str x10, [x21]
   c14: 2c9140f9                       ldr x12, [x9, #0x120]
   c18: cc010036                       tbz w12, #0x0, #0x38
   c1c: 23008052                       mov w3, #0x1
   c20: 454c8052                       mov w5, #0x262
   c24: a8078052                       mov w8, #0x3d
   c28: 6c0200f9                       str x12, [x19]
   c2c: 6b0200b5                       cbnz x11, #0x4c
   c30: bbfdff17                       b #-0x914
   c34: 43008052                       mov w3, #0x2
   c38: 45158052                       mov w5, #0xaa
   c3c: 28028052                       mov w8, #0x11
   c40: b8fdff17                       b #-0x920
   c44: aa0200f9                       str x10, [x21]
   c48: 2c9140f9                       ldr x12, [x9, #0x120]
   c4c: 8cfe0737                       tbnz w12, #0x0, #-0x30
   c50: 880140f9                       ldr x8, [x12]
   c54: 08050091                       add x8, x8, #0x1
   c58: 880100f9                       str x8, [x12]
   c5c: aa0240f9                       ldr x10, [x21]
   c60: 4b014092                       and x11, x10, #0x1
   c64: 23008052                       mov w3, #0x1
   c68: 454c8052                       mov w5, #0x262
   c6c: a8078052                       mov w8, #0x3d
   c70: 6c0200f9                       str x12, [x19]
   c74: 4bb5ffb4                       cbz x11, #-0x958
   c78: 2cb50736                       tbz w12, #0x0, #-0x95c
   c7c: 88fd4193                       asr x8, x12, #1
   c80: 08058a8b                       add x8, x8, x10, asr #1
   c84: 0a00f8d2                       mov x10, #-0x4000000000000000
   c88: 1f010aab                       cmn x8, x10
   c8c: 651d0054                       b.pl #0x3ac
   c90: 2a008052                       mov w10, #0x1
   c94: 480508aa                       orr x8, x10, x8, lsl #1
   c98: a80200f9                       str x8, [x21]
   c9c: 209540f9                       ldr x0, [x9, #0x128]
   ca0: 289500f9                       str x8, [x9, #0x128]
   ca4: e0000037                       tbnz w0, #0x0, #0x1c
   ca8: 080040f9                       ldr x8, [x0]
   cac: 080500f1                       subs x8, x8, #0x1
   cb0: 080000f9                       str x8, [x0]
   cb4: 61000054                       b.ne #0xc
   cb8: 00000094                       bl #0x0
        # hole +0xcb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   cbc: 890e40f9                       ldr x9, [x20, #0x18]
   cc0: 209940f9                       ldr x0, [x9, #0x130]
   cc4: c0030037                       tbnz w0, #0x0, #0x78
   cc8: 080040f9                       ldr x8, [x0]
   ccc: 0a0840b9                       ldr w10, [x0, #0x8]
   cd0: 08050091                       add x8, x8, #0x1
   cd4: 5f1d0071                       cmp w10, #0x7
   cd8: 080000f9                       str x8, [x0]
   cdc: a00200f9                       str x0, [x21]
   ce0: 01030054                       b.ne #0x60
   ce4: 081840f9                       ldr x8, [x0, #0x30]
   ce8: 081940f9                       ldr x8, [x8, #0x30]
   cec: 083142d1                       sub x8, x8, #0x8c, lsl #12
   cf0: 1f053ef1                       cmp x8, #0xf81
   cf4: 61020054                       b.ne #0x4c
   cf8: 081c40f9                       ldr x8, [x0, #0x38]
   cfc: 681a00b4                       cbz x8, #0x34c
   d00: 082040f9                       ldr x8, [x0, #0x40]
   d04: 68020037                       tbnz w8, #0x0, #0x4c
   d08: 0a0140f9                       ldr x10, [x8]
   d0c: 4a050091                       add x10, x10, #0x1
   d10: 0a0100f9                       str x10, [x8]
   d14: a80200f9                       str x8, [x21]
   d18: 080040f9                       ldr x8, [x0]
   d1c: 080500f1                       subs x8, x8, #0x1
   d20: 080000f9                       str x8, [x0]
   d24: 00020054                       b.eq #0x40
   d28: a80240f9                       ldr x8, [x21]
   d2c: 209d40f9                       ldr x0, [x9, #0x138]
   d30: 289d00f9                       str x8, [x9, #0x138]
   d34: 40020036                       tbz w0, #0x0, #0x48
   d38: 17000014                       b #0x5c
   d3c: a00200f9                       str x0, [x21]
   d40: 23008052                       mov w3, #0x1
   d44: 45518052                       mov w5, #0x28a
   d48: 28088052                       mov w8, #0x41
   d4c: 75fdff17                       b #-0xa2c
   d50: a80200f9                       str x8, [x21]
   d54: 080040f9                       ldr x8, [x0]
   d58: 080500f1                       subs x8, x8, #0x1
   d5c: 080000f9                       str x8, [x0]
   d60: 41feff54                       b.ne #-0x38
   d64: 00000094                       bl #0x0
        # hole +0xd64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d68: 890e40f9                       ldr x9, [x20, #0x18]
   d6c: a80240f9                       ldr x8, [x21]
   d70: 209d40f9                       ldr x0, [x9, #0x138]
   d74: 289d00f9                       str x8, [x9, #0x138]
   d78: e0000037                       tbnz w0, #0x0, #0x1c
   d7c: 080040f9                       ldr x8, [x0]
   d80: 080500f1                       subs x8, x8, #0x1
   d84: 080000f9                       str x8, [x0]
   d88: 61000054                       b.ne #0xc
   d8c: 00000094                       bl #0x0
        # hole +0xd8c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d90: 890e40f9                       ldr x9, [x20, #0x18]
   d94: 20a140f9                       ldr x0, [x9, #0x140]
   d98: c0030037                       tbnz w0, #0x0, #0x78
   d9c: 080040f9                       ldr x8, [x0]
   da0: 0a0840b9                       ldr w10, [x0, #0x8]
   da4: 08050091                       add x8, x8, #0x1
   da8: 5f1d0071                       cmp w10, #0x7
   dac: 080000f9                       str x8, [x0]
   db0: a00200f9                       str x0, [x21]
   db4: 01030054                       b.ne #0x60
   db8: 081840f9                       ldr x8, [x0, #0x30]
   dbc: 081940f9                       ldr x8, [x8, #0x30]
   dc0: 08f940d1                       sub x8, x8, #0x3e, lsl #12
   dc4: 1f553ff1                       cmp x8, #0xfd5
   dc8: 61020054                       b.ne #0x4c
   dcc: 081c40f9                       ldr x8, [x0, #0x38]
   dd0: 481400b4                       cbz x8, #0x288
   dd4: 082040f9                       ldr x8, [x0, #0x40]
   dd8: 68020037                       tbnz w8, #0x0, #0x4c
   ddc: 0a0140f9                       ldr x10, [x8]
   de0: 4a050091                       add x10, x10, #0x1
   de4: 0a0100f9                       str x10, [x8]
   de8: a80200f9                       str x8, [x21]
   dec: 080040f9                       ldr x8, [x0]
   df0: 080500f1                       subs x8, x8, #0x1
   df4: 080000f9                       str x8, [x0]
   df8: 00020054                       b.eq #0x40
   dfc: a80240f9                       ldr x8, [x21]
   e00: 20a540f9                       ldr x0, [x9, #0x148]
   e04: 28a500f9                       str x8, [x9, #0x148]
   e08: 40020036                       tbz w0, #0x0, #0x48
   e0c: 17000014                       b #0x5c
   e10: a00200f9                       str x0, [x21]
   e14: 23008052                       mov w3, #0x1
   e18: 45568052                       mov w5, #0x2b2
   e1c: a8088052                       mov w8, #0x45
   e20: 40fdff17                       b #-0xb00
   e24: a80200f9                       str x8, [x21]
   e28: 080040f9                       ldr x8, [x0]
   e2c: 080500f1                       subs x8, x8, #0x1
   e30: 080000f9                       str x8, [x0]
   e34: 41feff54                       b.ne #-0x38
   e38: 00000094                       bl #0x0
        # hole +0xe38: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e3c: 890e40f9                       ldr x9, [x20, #0x18]
   e40: a80240f9                       ldr x8, [x21]
   e44: 20a540f9                       ldr x0, [x9, #0x148]
   e48: 28a500f9                       str x8, [x9, #0x148]
   e4c: e0000037                       tbnz w0, #0x0, #0x1c
   e50: 080040f9                       ldr x8, [x0]
   e54: 080500f1                       subs x8, x8, #0x1
   e58: 080000f9                       str x8, [x0]
   e5c: 61000054                       b.ne #0xc
   e60: 00000094                       bl #0x0
        # hole +0xe60: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e64: 890e40f9                       ldr x9, [x20, #0x18]
   e68: 37b140f9                       ldr x23, [x9, #0x160]
   e6c: 57010037                       tbnz w23, #0x0, #0x28
   e70: e80240f9                       ldr x8, [x23]
   e74: 08050091                       add x8, x8, #0x1
   e78: e80200f9                       str x8, [x23]
   e7c: b70200f9                       str x23, [x21]
   e80: 28a940f9                       ldr x8, [x9, #0x150]
   e84: e8000036                       tbz w8, #0x0, #0x1c
   e88: 680200f9                       str x8, [x19]
   e8c: 77010036                       tbz w23, #0x0, #0x2c
   e90: 3c000014                       b #0xf0
   e94: b70200f9                       str x23, [x21]
   e98: 28a940f9                       ldr x8, [x9, #0x150]
   e9c: 68ff0737                       tbnz w8, #0x0, #-0x14
   ea0: 090140f9                       ldr x9, [x8]
   ea4: 29050091                       add x9, x9, #0x1
   ea8: 090100f9                       str x9, [x8]
   eac: b70240f9                       ldr x23, [x21]
   eb0: 680200f9                       str x8, [x19]
   eb4: 77060037                       tbnz w23, #0x0, #0xcc
   eb8: e80a40b9                       ldr w8, [x23, #0x8]
   ebc: 1f210071                       cmp w8, #0x8
   ec0: 01060054                       b.ne #0xc0
   ec4: e81e40f9                       ldr x8, [x23, #0x38]
   ec8: e00316aa                       mov x0, x22
   ecc: e10313aa                       mov x1, x19
   ed0: 22008052                       mov w2, #0x1
   ed4: 00013fd6                       blr x8
   ed8: 680240f9                       ldr x8, [x19]
   edc: f80300aa                       mov x24, x0
   ee0: e8000037                       tbnz w8, #0x0, #0x1c
   ee4: 090140f9                       ldr x9, [x8]
   ee8: 290500f1                       subs x9, x9, #0x1
   eec: 090100f9                       str x9, [x8]
   ef0: 61000054                       b.ne #0xc
   ef4: e00308aa                       mov x0, x8
   ef8: 00000094                       bl #0x0
        # hole +0xef8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   efc: e80240f9                       ldr x8, [x23]
   f00: 080500f1                       subs x8, x8, #0x1
   f04: e80200f9                       str x8, [x23]
   f08: 61000054                       b.ne #0xc
   f0c: e00317aa                       mov x0, x23
   f10: 00000094                       bl #0x0
        # hole +0xf10: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f14: b80a00b4                       cbz x24, #0x154
   f18: 890e40f9                       ldr x9, [x20, #0x18]
   f1c: b80200f9                       str x24, [x21]
   f20: 20ad40f9                       ldr x0, [x9, #0x158]
   f24: 38ad00f9                       str x24, [x9, #0x158]
   f28: e0000037                       tbnz w0, #0x0, #0x1c
   f2c: 080040f9                       ldr x8, [x0]
   f30: 080500f1                       subs x8, x8, #0x1
   f34: 080000f9                       str x8, [x0]
   f38: 61000054                       b.ne #0xc
   f3c: 00000094                       bl #0x0
        # hole +0xf3c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f40: 890e40f9                       ldr x9, [x20, #0x18]
   f44: 2ab540f9                       ldr x10, [x9, #0x168]
   f48: 4b014092                       and x11, x10, #0x1
   f4c: 2a020037                       tbnz w10, #0x0, #0x44
   f50: 480140f9                       ldr x8, [x10]
   f54: 08050091                       add x8, x8, #0x1
   f58: 480100f9                       str x8, [x10]
   f5c: aa0200f9                       str x10, [x21]
   f60: 2cb940f9                       ldr x12, [x9, #0x170]
   f64: cc010036                       tbz w12, #0x0, #0x38
   f68: 23008052                       mov w3, #0x1
   f6c: 85618052                       mov w5, #0x30c
   f70: c8098052                       mov w8, #0x4e
   f74: 6c0200f9                       str x12, [x19]
   f78: 6b0200b5                       cbnz x11, #0x4c
   f7c: e8fcff17                       b #-0xc60
   f80: 23008052                       mov w3, #0x1
   f84: 855c8052                       mov w5, #0x2e4
   f88: 48098052                       mov w8, #0x4a
   f8c: e4fcff17                       b #-0xc70
   f90: aa0200f9                       str x10, [x21]
   f94: 2cb940f9                       ldr x12, [x9, #0x170]
   f98: 8cfe0737                       tbnz w12, #0x0, #-0x30
   f9c: 880140f9                       ldr x8, [x12]
   fa0: 08050091                       add x8, x8, #0x1
   fa4: 880100f9                       str x8, [x12]
   fa8: aa0240f9                       ldr x10, [x21]
   fac: 4b014092                       and x11, x10, #0x1
   fb0: 23008052                       mov w3, #0x1
   fb4: 85618052                       mov w5, #0x30c
   fb8: c8098052                       mov w8, #0x4e
   fbc: 6c0200f9                       str x12, [x19]
   fc0: eb9affb4                       cbz x11, #-0xca4
   fc4: cc9a0736                       tbz w12, #0x0, #-0xca8
   fc8: 88fd4193                       asr x8, x12, #1
   fcc: 08058a8b                       add x8, x8, x10, asr #1
   fd0: 0a00f8d2                       mov x10, #-0x4000000000000000
   fd4: 1f010aab                       cmn x8, x10
   fd8: 05050054                       b.pl #0xa0
   fdc: 2a008052                       mov w10, #0x1
   fe0: 480508aa                       orr x8, x10, x8, lsl #1
   fe4: a80200f9                       str x8, [x21]
   fe8: 20bd40f9                       ldr x0, [x9, #0x178]
   fec: 28bd00f9                       str x8, [x9, #0x178]
   ff0: c0000037                       tbnz w0, #0x0, #0x18
   ff4: 080040f9                       ldr x8, [x0]
   ff8: 080500f1                       subs x8, x8, #0x1
   ffc: 080000f9                       str x8, [x0]
  1000: 41000054                       b.ne #0x8
  1004: 00000094                       bl #0x0
        # hole +0x1004: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1008: 43008052                       mov w3, #0x2
  100c: 45658052                       mov w5, #0x32a
  1010: 280a8052                       mov w8, #0x51
  1014: 7efeff17                       b #-0x608
  1018: 23008052                       mov w3, #0x1
  101c: 85348052                       mov w5, #0x1a4
  1020: 48058052                       mov w8, #0x2a
  1024: bffcff17                       b #-0xd04
  1028: 63008052                       mov w3, #0x3
  102c: c53a8052                       mov w5, #0x1d6
  1030: e8058052                       mov w8, #0x2f
  1034: 76feff17                       b #-0x628
  1038: 23008052                       mov w3, #0x1
  103c: 854d8052                       mov w5, #0x26c
  1040: c8078052                       mov w8, #0x3e
  1044: b6fcff17                       b #-0xd28
  1048: 23008052                       mov w3, #0x1
  104c: 85528052                       mov w5, #0x294
  1050: 48088052                       mov w8, #0x42
  1054: b3fcff17                       b #-0xd34
  1058: 23008052                       mov w3, #0x1
  105c: 85578052                       mov w5, #0x2bc
  1060: c8088052                       mov w8, #0x46
  1064: affcff17                       b #-0xd44
  1068: 63008052                       mov w3, #0x3
  106c: 855c8052                       mov w5, #0x2e4
  1070: 48098052                       mov w8, #0x4a
  1074: 66feff17                       b #-0x668
  1078: 23008052                       mov w3, #0x1
  107c: c5628052                       mov w5, #0x316
  1080: e8098052                       mov w8, #0x4f
  1084: a6fcff17                       b #-0xd68
