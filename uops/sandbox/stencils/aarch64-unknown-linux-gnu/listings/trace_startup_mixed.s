# stencil startup_mixed for aarch64-unknown-linux-gnu: 4008 code bytes, 0 data bytes, 54 holes
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
    5c: 433a0054                       b.lo #0x748
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
    ac: 9b000014                       b #0x26c
    b0: 28008052                       mov w8, #0x1
    b4: 45018052                       mov w5, #0xa
    b8: e303082a                       mov w3, w8
    bc: 97000014                       b #0x25c
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
   1b8: 783000b4                       cbz x24, #0x60c
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
   210: 3e000014                       b #0xf8
   214: 23008052                       mov w3, #0x1
   218: 85078052                       mov w5, #0x3c
   21c: c8008052                       mov w8, #0x6
   220: 3d000014                       b #0xf4
   224: a00200f9                       str x0, [x21]
   228: 171940f9                       ldr x23, [x8, #0x30]
   22c: f7fe0737                       tbnz w23, #0x0, #-0x24
   230: e80240f9                       ldr x8, [x23]
   234: 08050091                       add x8, x8, #0x1
   238: e80200f9                       str x8, [x23]
   23c: a00240f9                       ldr x0, [x21]
   240: 770200f9                       str x23, [x19]
   244: 20060037                       tbnz w0, #0x0, #0xc4
   248: 080840b9                       ldr w8, [x0, #0x8]
   24c: 1f090071                       cmp w8, #0x2
   250: c1050054                       b.ne #0xb8
   254: b7050037                       tbnz w23, #0x0, #0xb4
   258: e80a40b9                       ldr w8, [x23, #0x8]
   25c: 1f090071                       cmp w8, #0x2
   260: 41050054                       b.ne #0xa8
   264: 080040f9                       ldr x8, [x0]
   268: 081840fd                       ldr d8, [x0, #0x30]
   26c: e91a40fd                       ldr d9, [x23, #0x30]
   270: 080500f1                       subs x8, x8, #0x1
   274: 080000f9                       str x8, [x0]
   278: 41000054                       b.ne #0x8
   27c: 00000094                       bl #0x0
        # hole +0x27c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   280: 0809691e                       fmul d8, d8, d9
   284: e80240f9                       ldr x8, [x23]
   288: 080500f1                       subs x8, x8, #0x1
   28c: e80200f9                       str x8, [x23]
   290: 61000054                       b.ne #0xc
   294: e00317aa                       mov x0, x23
   298: 00000094                       bl #0x0
        # hole +0x298: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   29c: 0041601e                       fmov d0, d8
   2a0: e00316aa                       mov x0, x22
   2a4: 00000094                       bl #0x0
        # hole +0x2a4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2a8: 890e40f9                       ldr x9, [x20, #0x18]
   2ac: a00200f9                       str x0, [x21]
   2b0: e80300aa                       mov x8, x0
   2b4: 201d40f9                       ldr x0, [x9, #0x38]
   2b8: 281d00f9                       str x8, [x9, #0x38]
   2bc: e0000037                       tbnz w0, #0x0, #0x1c
   2c0: 080040f9                       ldr x8, [x0]
   2c4: 080500f1                       subs x8, x8, #0x1
   2c8: 080000f9                       str x8, [x0]
   2cc: 61000054                       b.ne #0xc
   2d0: 00000094                       bl #0x0
        # hole +0x2d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2d4: 890e40f9                       ldr x9, [x20, #0x18]
   2d8: 2a2140f9                       ldr x10, [x9, #0x40]
   2dc: 4b014092                       and x11, x10, #0x1
   2e0: 2a030037                       tbnz w10, #0x0, #0x64
   2e4: 480140f9                       ldr x8, [x10]
   2e8: 08050091                       add x8, x8, #0x1
   2ec: 480100f9                       str x8, [x10]
   2f0: aa0200f9                       str x10, [x21]
   2f4: 282540f9                       ldr x8, [x9, #0x48]
   2f8: c8020036                       tbz w8, #0x0, #0x58
   2fc: 680200f9                       str x8, [x19]
   300: 6b0300b5                       cbnz x11, #0x6c
   304: 33000014                       b #0xcc
   308: 23008052                       mov w3, #0x1
   30c: 850c8052                       mov w5, #0x64
   310: 48018052                       mov w8, #0xa
   314: f30319aa                       mov x19, x25
   318: 090080d2                       mov x9, #0x0
        # hole +0x318: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   31c: e00314aa                       mov x0, x20
   320: e10313aa                       mov x1, x19
   324: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x324: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   328: e20316aa                       mov x2, x22
   32c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x32c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   330: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x330: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   334: 2401088b                       add x4, x9, x8
   338: 00000094                       bl #0x0
        # hole +0x338: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   33c: fe0741f8                       ldr x30, [sp], #0x10
   340: c0035fd6                       ret
   344: aa0200f9                       str x10, [x21]
   348: 282540f9                       ldr x8, [x9, #0x48]
   34c: 88fd0737                       tbnz w8, #0x0, #-0x50
   350: 0a0140f9                       ldr x10, [x8]
   354: 4a050091                       add x10, x10, #0x1
   358: 0a0100f9                       str x10, [x8]
   35c: aa0240f9                       ldr x10, [x21]
   360: 4b014092                       and x11, x10, #0x1
   364: 680200f9                       str x8, [x19]
   368: 4b0300b4                       cbz x11, #0x68
   36c: 28030036                       tbz w8, #0x0, #0x64
   370: 0b0080d2                       mov x11, #0x0
        # hole +0x370: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
   374: 0c0080d2                       mov x12, #0x0
        # hole +0x374: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
   378: 4afd4193                       asr x10, x10, #1
   37c: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x37c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
   380: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x380: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
   384: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x384: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
   388: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x388: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
   38c: 5f0588eb                       cmp x10, x8, asr #1
   390: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x390: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
   394: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x394: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
   398: 88b18b9a                       csel x8, x12, x11, lt
   39c: a80200f9                       str x8, [x21]
   3a0: 6a370054                       b.ge #0x6ec
   3a4: 202940f9                       ldr x0, [x9, #0x50]
   3a8: c0010037                       tbnz w0, #0x0, #0x38
   3ac: 080040f9                       ldr x8, [x0]
   3b0: 08050091                       add x8, x8, #0x1
   3b4: 080000f9                       str x8, [x0]
   3b8: a00200f9                       str x0, [x21]
   3bc: 372d40f9                       ldr x23, [x9, #0x58]
   3c0: 77010036                       tbz w23, #0x0, #0x2c
   3c4: 770200f9                       str x23, [x19]
   3c8: e0010036                       tbz w0, #0x0, #0x3c
   3cc: 3e000014                       b #0xf8
   3d0: 23008052                       mov w3, #0x1
   3d4: c5128052                       mov w5, #0x96
   3d8: e8018052                       mov w8, #0xf
   3dc: ceffff17                       b #-0xc8
   3e0: a00200f9                       str x0, [x21]
   3e4: 372d40f9                       ldr x23, [x9, #0x58]
   3e8: f7fe0737                       tbnz w23, #0x0, #-0x24
   3ec: e80240f9                       ldr x8, [x23]
   3f0: 08050091                       add x8, x8, #0x1
   3f4: e80200f9                       str x8, [x23]
   3f8: a00240f9                       ldr x0, [x21]
   3fc: 770200f9                       str x23, [x19]
   400: 20060037                       tbnz w0, #0x0, #0xc4
   404: 080840b9                       ldr w8, [x0, #0x8]
   408: 1f090071                       cmp w8, #0x2
   40c: c1050054                       b.ne #0xb8
   410: b7050037                       tbnz w23, #0x0, #0xb4
   414: e80a40b9                       ldr w8, [x23, #0x8]
   418: 1f090071                       cmp w8, #0x2
   41c: 41050054                       b.ne #0xa8
   420: 080040f9                       ldr x8, [x0]
   424: 081840fd                       ldr d8, [x0, #0x30]
   428: e91a40fd                       ldr d9, [x23, #0x30]
   42c: 080500f1                       subs x8, x8, #0x1
   430: 080000f9                       str x8, [x0]
   434: 41000054                       b.ne #0x8
   438: 00000094                       bl #0x0
        # hole +0x438: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   43c: 0809691e                       fmul d8, d8, d9
   440: e80240f9                       ldr x8, [x23]
   444: 080500f1                       subs x8, x8, #0x1
   448: e80200f9                       str x8, [x23]
   44c: 61000054                       b.ne #0xc
   450: e00317aa                       mov x0, x23
   454: 00000094                       bl #0x0
        # hole +0x454: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   458: 0041601e                       fmov d0, d8
   45c: e00316aa                       mov x0, x22
   460: 00000094                       bl #0x0
        # hole +0x460: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   464: 890e40f9                       ldr x9, [x20, #0x18]
   468: a00200f9                       str x0, [x21]
   46c: e80300aa                       mov x8, x0
   470: 203140f9                       ldr x0, [x9, #0x60]
   474: 283100f9                       str x8, [x9, #0x60]
   478: e0000037                       tbnz w0, #0x0, #0x1c
   47c: 080040f9                       ldr x8, [x0]
   480: 080500f1                       subs x8, x8, #0x1
   484: 080000f9                       str x8, [x0]
   488: 61000054                       b.ne #0xc
   48c: 00000094                       bl #0x0
        # hole +0x48c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   490: 890e40f9                       ldr x9, [x20, #0x18]
   494: 283540f9                       ldr x8, [x9, #0x68]
   498: 0b014092                       and x11, x8, #0x1
   49c: c8010037                       tbnz w8, #0x0, #0x38
   4a0: 0a0140f9                       ldr x10, [x8]
   4a4: 4a050091                       add x10, x10, #0x1
   4a8: 0a0100f9                       str x10, [x8]
   4ac: a80200f9                       str x8, [x21]
   4b0: 2a3940f9                       ldr x10, [x9, #0x70]
   4b4: 6a010036                       tbz w10, #0x0, #0x2c
   4b8: 6a0200f9                       str x10, [x19]
   4bc: 0b0200b5                       cbnz x11, #0x40
   4c0: 34000014                       b #0xd0
   4c4: 23008052                       mov w3, #0x1
   4c8: 05198052                       mov w5, #0xc8
   4cc: 88028052                       mov w8, #0x14
   4d0: 91ffff17                       b #-0x1bc
   4d4: a80200f9                       str x8, [x21]
   4d8: 2a3940f9                       ldr x10, [x9, #0x70]
   4dc: eafe0737                       tbnz w10, #0x0, #-0x24
   4e0: 480140f9                       ldr x8, [x10]
   4e4: 08050091                       add x8, x8, #0x1
   4e8: 480100f9                       str x8, [x10]
   4ec: a80240f9                       ldr x8, [x21]
   4f0: 0b014092                       and x11, x8, #0x1
   4f4: 6a0200f9                       str x10, [x19]
   4f8: cb0400b4                       cbz x11, #0x98
   4fc: aa040036                       tbz w10, #0x0, #0x94
   500: 08fd4193                       asr x8, x8, #1
   504: 4bfd4193                       asr x11, x10, #1
   508: 23008052                       mov w3, #0x1
   50c: 85208052                       mov w5, #0x104
   510: 0a7d0b9b                       mul x10, x8, x11
   514: 087d4b9b                       smulh x8, x8, x11
   518: 1ffd8aeb                       cmp x8, x10, asr #63
   51c: 48038052                       mov w8, #0x1a
   520: a1efff54                       b.ne #-0x20c
   524: 0b00f8d2                       mov x11, #-0x4000000000000000
   528: 4b010b8b                       add x11, x10, x11
   52c: 4befffb6                       tbz x11, #0x3f, #-0x218
   530: 28008052                       mov w8, #0x1
   534: 08050aaa                       orr x8, x8, x10, lsl #1
   538: a80200f9                       str x8, [x21]
   53c: 203d40f9                       ldr x0, [x9, #0x78]
   540: 283d00f9                       str x8, [x9, #0x78]
   544: e0000037                       tbnz w0, #0x0, #0x1c
   548: 080040f9                       ldr x8, [x0]
   54c: 080500f1                       subs x8, x8, #0x1
   550: 080000f9                       str x8, [x0]
   554: 61000054                       b.ne #0xc
   558: 00000094                       bl #0x0
        # hole +0x558: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   55c: 890e40f9                       ldr x9, [x20, #0x18]
   560: 284140f9                       ldr x8, [x9, #0x80]
   564: 0b014092                       and x11, x8, #0x1
   568: c8010037                       tbnz w8, #0x0, #0x38
   56c: 0a0140f9                       ldr x10, [x8]
   570: 4a050091                       add x10, x10, #0x1
   574: 0a0100f9                       str x10, [x8]
   578: a80200f9                       str x8, [x21]
   57c: 2a4540f9                       ldr x10, [x9, #0x88]
   580: 6a010036                       tbz w10, #0x0, #0x2c
   584: 6a0200f9                       str x10, [x19]
   588: 0b0200b5                       cbnz x11, #0x40
   58c: 34000014                       b #0xd0
   590: 23008052                       mov w3, #0x1
   594: 451f8052                       mov w5, #0xfa
   598: 28038052                       mov w8, #0x19
   59c: 5effff17                       b #-0x288
   5a0: a80200f9                       str x8, [x21]
   5a4: 2a4540f9                       ldr x10, [x9, #0x88]
   5a8: eafe0737                       tbnz w10, #0x0, #-0x24
   5ac: 480140f9                       ldr x8, [x10]
   5b0: 08050091                       add x8, x8, #0x1
   5b4: 480100f9                       str x8, [x10]
   5b8: a80240f9                       ldr x8, [x21]
   5bc: 0b014092                       and x11, x8, #0x1
   5c0: 6a0200f9                       str x10, [x19]
   5c4: cb0400b4                       cbz x11, #0x98
   5c8: aa040036                       tbz w10, #0x0, #0x94
   5cc: 08fd4193                       asr x8, x8, #1
   5d0: 4bfd4193                       asr x11, x10, #1
   5d4: 23008052                       mov w3, #0x1
   5d8: c5268052                       mov w5, #0x136
   5dc: 0a7d0b9b                       mul x10, x8, x11
   5e0: 087d4b9b                       smulh x8, x8, x11
   5e4: 1ffd8aeb                       cmp x8, x10, asr #63
   5e8: e8038052                       mov w8, #0x1f
   5ec: 41e9ff54                       b.ne #-0x2d8
   5f0: 0b00f8d2                       mov x11, #-0x4000000000000000
   5f4: 4b010b8b                       add x11, x10, x11
   5f8: ebe8ffb6                       tbz x11, #0x3f, #-0x2e4
   5fc: 28008052                       mov w8, #0x1
   600: 08050aaa                       orr x8, x8, x10, lsl #1
   604: a80200f9                       str x8, [x21]
   608: 204940f9                       ldr x0, [x9, #0x90]
   60c: 284900f9                       str x8, [x9, #0x90]
   610: e0000037                       tbnz w0, #0x0, #0x1c
   614: 080040f9                       ldr x8, [x0]
   618: 080500f1                       subs x8, x8, #0x1
   61c: 080000f9                       str x8, [x0]
   620: 61000054                       b.ne #0xc
   624: 00000094                       bl #0x0
        # hole +0x624: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   628: 890e40f9                       ldr x9, [x20, #0x18]
   62c: 284d40f9                       ldr x8, [x9, #0x98]
   630: 0b014092                       and x11, x8, #0x1
   634: c8010037                       tbnz w8, #0x0, #0x38
   638: 0a0140f9                       ldr x10, [x8]
   63c: 4a050091                       add x10, x10, #0x1
   640: 0a0100f9                       str x10, [x8]
   644: a80200f9                       str x8, [x21]
   648: 2a5140f9                       ldr x10, [x9, #0xa0]
   64c: 6a010036                       tbz w10, #0x0, #0x2c
   650: 6a0200f9                       str x10, [x19]
   654: 0b0200b5                       cbnz x11, #0x40
   658: 57000014                       b #0x15c
   65c: 23008052                       mov w3, #0x1
   660: 85258052                       mov w5, #0x12c
   664: c8038052                       mov w8, #0x1e
   668: 2bffff17                       b #-0x354
   66c: a80200f9                       str x8, [x21]
   670: 2a5140f9                       ldr x10, [x9, #0xa0]
   674: eafe0737                       tbnz w10, #0x0, #-0x24
   678: 480140f9                       ldr x8, [x10]
   67c: 08050091                       add x8, x8, #0x1
   680: 480100f9                       str x8, [x10]
   684: a80240f9                       ldr x8, [x21]
   688: 0b014092                       and x11, x8, #0x1
   68c: 6a0200f9                       str x10, [x19]
   690: 2b0900b4                       cbz x11, #0x124
   694: 0a090036                       tbz w10, #0x0, #0x120
   698: 08fd4193                       asr x8, x8, #1
   69c: 4bfd4193                       asr x11, x10, #1
   6a0: 23008052                       mov w3, #0x1
   6a4: 052d8052                       mov w5, #0x168
   6a8: 0a7d0b9b                       mul x10, x8, x11
   6ac: 087d4b9b                       smulh x8, x8, x11
   6b0: 1ffd8aeb                       cmp x8, x10, asr #63
   6b4: 88048052                       mov w8, #0x24
   6b8: e1e2ff54                       b.ne #-0x3a4
   6bc: 0b00f8d2                       mov x11, #-0x4000000000000000
   6c0: 4b010b8b                       add x11, x10, x11
   6c4: 8be2ffb6                       tbz x11, #0x3f, #-0x3b0
   6c8: 28008052                       mov w8, #0x1
   6cc: 08050aaa                       orr x8, x8, x10, lsl #1
   6d0: a80200f9                       str x8, [x21]
   6d4: 205540f9                       ldr x0, [x9, #0xa8]
   6d8: 285500f9                       str x8, [x9, #0xa8]
   6dc: e0000037                       tbnz w0, #0x0, #0x1c
   6e0: 080040f9                       ldr x8, [x0]
   6e4: 080500f1                       subs x8, x8, #0x1
   6e8: 080000f9                       str x8, [x0]
   6ec: 61000054                       b.ne #0xc
   6f0: 00000094                       bl #0x0
        # hole +0x6f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6f4: 890e40f9                       ldr x9, [x20, #0x18]
   6f8: a8078052                       mov w8, #0x3d
   6fc: a80200f9                       str x8, [x21]
   700: 205940f9                       ldr x0, [x9, #0xb0]
   704: 285900f9                       str x8, [x9, #0xb0]
   708: e0000037                       tbnz w0, #0x0, #0x1c
   70c: 080040f9                       ldr x8, [x0]
   710: 080500f1                       subs x8, x8, #0x1
   714: 080000f9                       str x8, [x0]
   718: 61000054                       b.ne #0xc
   71c: 00000094                       bl #0x0
        # hole +0x71c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   720: 890e40f9                       ldr x9, [x20, #0x18]
   724: 205d40f9                       ldr x0, [x9, #0xb8]
   728: 80050037                       tbnz w0, #0x0, #0xb0
   72c: 080040f9                       ldr x8, [x0]
   730: 0a0840b9                       ldr w10, [x0, #0x8]
   734: 08050091                       add x8, x8, #0x1
   738: 5f1d0071                       cmp w10, #0x7
   73c: 080000f9                       str x8, [x0]
   740: a00200f9                       str x0, [x21]
   744: c1040054                       b.ne #0x98
   748: 081840f9                       ldr x8, [x0, #0x30]
   74c: 081940f9                       ldr x8, [x8, #0x30]
   750: 081942d1                       sub x8, x8, #0x86, lsl #12
   754: 1fed3af1                       cmp x8, #0xebb
   758: 21040054                       b.ne #0x84
   75c: 081c40f9                       ldr x8, [x0, #0x38]
   760: 1f0900f1                       cmp x8, #0x2
   764: c3390054                       b.lo #0x738
   768: 082440f9                       ldr x8, [x0, #0x48]
   76c: 08040037                       tbnz w8, #0x0, #0x80
   770: 0a0140f9                       ldr x10, [x8]
   774: 4a050091                       add x10, x10, #0x1
   778: 0a0100f9                       str x10, [x8]
   77c: a80200f9                       str x8, [x21]
   780: 080040f9                       ldr x8, [x0]
   784: 080500f1                       subs x8, x8, #0x1
   788: 080000f9                       str x8, [x0]
   78c: a0030054                       b.eq #0x74
   790: a80240f9                       ldr x8, [x21]
   794: 206140f9                       ldr x0, [x9, #0xc0]
   798: 286100f9                       str x8, [x9, #0xc0]
   79c: e0030036                       tbz w0, #0x0, #0x7c
   7a0: 24000014                       b #0x90
   7a4: 23008052                       mov w3, #0x1
   7a8: 85028052                       mov w5, #0x14
   7ac: 48008052                       mov w8, #0x2
   7b0: dafeff17                       b #-0x498
   7b4: 23008052                       mov w3, #0x1
   7b8: c52b8052                       mov w5, #0x15e
   7bc: 68048052                       mov w8, #0x23
   7c0: d5feff17                       b #-0x4ac
   7c4: 63008052                       mov w3, #0x3
   7c8: 85078052                       mov w5, #0x3c
   7cc: c8008052                       mov w8, #0x6
   7d0: f30315aa                       mov x19, x21
   7d4: d1feff17                       b #-0x4bc
   7d8: a00200f9                       str x0, [x21]
   7dc: 23008052                       mov w3, #0x1
   7e0: 45338052                       mov w5, #0x19a
   7e4: 28058052                       mov w8, #0x29
   7e8: ccfeff17                       b #-0x4d0
   7ec: a80200f9                       str x8, [x21]
   7f0: 080040f9                       ldr x8, [x0]
   7f4: 080500f1                       subs x8, x8, #0x1
   7f8: 080000f9                       str x8, [x0]
   7fc: a1fcff54                       b.ne #-0x6c
   800: 00000094                       bl #0x0
        # hole +0x800: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   804: 890e40f9                       ldr x9, [x20, #0x18]
   808: a80240f9                       ldr x8, [x21]
   80c: 206140f9                       ldr x0, [x9, #0xc0]
   810: 286100f9                       str x8, [x9, #0xc0]
   814: e0000037                       tbnz w0, #0x0, #0x1c
   818: 080040f9                       ldr x8, [x0]
   81c: 080500f1                       subs x8, x8, #0x1
   820: 080000f9                       str x8, [x0]
   824: 61000054                       b.ne #0xc
   828: 00000094                       bl #0x0
        # hole +0x828: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   82c: 890e40f9                       ldr x9, [x20, #0x18]
   830: 287140f9                       ldr x8, [x9, #0xe0]
   834: 48020037                       tbnz w8, #0x0, #0x48
   838: 0a0140f9                       ldr x10, [x8]
   83c: 4a050091                       add x10, x10, #0x1
   840: 0a0100f9                       str x10, [x8]
   844: a80200f9                       str x8, [x21]
   848: 286540f9                       ldr x8, [x9, #0xc8]
   84c: e8010036                       tbz w8, #0x0, #0x3c
   850: 680200f9                       str x8, [x19]
   854: 286940f9                       ldr x8, [x9, #0xd0]
   858: 48020037                       tbnz w8, #0x0, #0x48
   85c: 090140f9                       ldr x9, [x8]
   860: 29050091                       add x9, x9, #0x1
   864: 090100f9                       str x9, [x8]
   868: b70240f9                       ldr x23, [x21]
   86c: a9620091                       add x9, x21, #0x18
   870: a80a00f9                       str x8, [x21, #0x10]
   874: 97080037                       tbnz w23, #0x0, #0x110
   878: 0e000014                       b #0x38
   87c: a80200f9                       str x8, [x21]
   880: 286540f9                       ldr x8, [x9, #0xc8]
   884: 68fe0737                       tbnz w8, #0x0, #-0x34
   888: 0a0140f9                       ldr x10, [x8]
   88c: 4a050091                       add x10, x10, #0x1
   890: 0a0100f9                       str x10, [x8]
   894: 680200f9                       str x8, [x19]
   898: 286940f9                       ldr x8, [x9, #0xd0]
   89c: 08fe0736                       tbz w8, #0x0, #-0x40
   8a0: b70240f9                       ldr x23, [x21]
   8a4: a9620091                       add x9, x21, #0x18
   8a8: a80a00f9                       str x8, [x21, #0x10]
   8ac: d7060037                       tbnz w23, #0x0, #0xd8
   8b0: e80a40b9                       ldr w8, [x23, #0x8]
   8b4: 1f210071                       cmp w8, #0x8
   8b8: 61060054                       b.ne #0xcc
   8bc: e81e40f9                       ldr x8, [x23, #0x38]
   8c0: e00316aa                       mov x0, x22
   8c4: e10313aa                       mov x1, x19
   8c8: 42008052                       mov w2, #0x2
   8cc: 00013fd6                       blr x8
   8d0: 680240f9                       ldr x8, [x19]
   8d4: f80300aa                       mov x24, x0
   8d8: e8000037                       tbnz w8, #0x0, #0x1c
   8dc: 090140f9                       ldr x9, [x8]
   8e0: 290500f1                       subs x9, x9, #0x1
   8e4: 090100f9                       str x9, [x8]
   8e8: 61000054                       b.ne #0xc
   8ec: e00308aa                       mov x0, x8
   8f0: 00000094                       bl #0x0
        # hole +0x8f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8f4: 200340f9                       ldr x0, [x25]
   8f8: c0000037                       tbnz w0, #0x0, #0x18
   8fc: 080040f9                       ldr x8, [x0]
   900: 080500f1                       subs x8, x8, #0x1
   904: 080000f9                       str x8, [x0]
   908: 41000054                       b.ne #0x8
   90c: 00000094                       bl #0x0
        # hole +0x90c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   910: e80240f9                       ldr x8, [x23]
   914: 080500f1                       subs x8, x8, #0x1
   918: e80200f9                       str x8, [x23]
   91c: 61000054                       b.ne #0xc
   920: e00317aa                       mov x0, x23
   924: 00000094                       bl #0x0
        # hole +0x924: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   928: 983000b4                       cbz x24, #0x610
   92c: 880e40f9                       ldr x8, [x20, #0x18]
   930: b80200f9                       str x24, [x21]
   934: 006d40f9                       ldr x0, [x8, #0xd8]
   938: 186d00f9                       str x24, [x8, #0xd8]
   93c: e0000037                       tbnz w0, #0x0, #0x1c
   940: 090040f9                       ldr x9, [x0]
   944: 290500f1                       subs x9, x9, #0x1
   948: 090000f9                       str x9, [x0]
   94c: 61000054                       b.ne #0xc
   950: 00000094                       bl #0x0
        # hole +0x950: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   954: 880e40f9                       ldr x8, [x20, #0x18]
   958: 007540f9                       ldr x0, [x8, #0xe8]
   95c: e0010037                       tbnz w0, #0x0, #0x3c
   960: 090040f9                       ldr x9, [x0]
   964: 29050091                       add x9, x9, #0x1
   968: 090000f9                       str x9, [x0]
   96c: a00200f9                       str x0, [x21]
   970: 177940f9                       ldr x23, [x8, #0xf0]
   974: 97010036                       tbz w23, #0x0, #0x30
   978: 770200f9                       str x23, [x19]
   97c: 00020036                       tbz w0, #0x0, #0x40
   980: 3f000014                       b #0xfc
   984: 23008052                       mov w3, #0x1
   988: c53a8052                       mov w5, #0x1d6
   98c: e8058052                       mov w8, #0x2f
   990: f30309aa                       mov x19, x9
   994: 61feff17                       b #-0x67c
   998: a00200f9                       str x0, [x21]
   99c: 177940f9                       ldr x23, [x8, #0xf0]
   9a0: d7fe0737                       tbnz w23, #0x0, #-0x28
   9a4: e80240f9                       ldr x8, [x23]
   9a8: 08050091                       add x8, x8, #0x1
   9ac: e80200f9                       str x8, [x23]
   9b0: a00240f9                       ldr x0, [x21]
   9b4: 770200f9                       str x23, [x19]
   9b8: 20060037                       tbnz w0, #0x0, #0xc4
   9bc: 080840b9                       ldr w8, [x0, #0x8]
   9c0: 1f090071                       cmp w8, #0x2
   9c4: c1050054                       b.ne #0xb8
   9c8: b7050037                       tbnz w23, #0x0, #0xb4
   9cc: e80a40b9                       ldr w8, [x23, #0x8]
   9d0: 1f090071                       cmp w8, #0x2
   9d4: 41050054                       b.ne #0xa8
   9d8: 080040f9                       ldr x8, [x0]
   9dc: 081840fd                       ldr d8, [x0, #0x30]
   9e0: e91a40fd                       ldr d9, [x23, #0x30]
   9e4: 080500f1                       subs x8, x8, #0x1
   9e8: 080000f9                       str x8, [x0]
   9ec: 41000054                       b.ne #0x8
   9f0: 00000094                       bl #0x0
        # hole +0x9f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9f4: 0809691e                       fmul d8, d8, d9
   9f8: e80240f9                       ldr x8, [x23]
   9fc: 080500f1                       subs x8, x8, #0x1
   a00: e80200f9                       str x8, [x23]
   a04: 61000054                       b.ne #0xc
   a08: e00317aa                       mov x0, x23
   a0c: 00000094                       bl #0x0
        # hole +0xa0c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a10: 0041601e                       fmov d0, d8
   a14: e00316aa                       mov x0, x22
   a18: 00000094                       bl #0x0
        # hole +0xa18: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   a1c: 890e40f9                       ldr x9, [x20, #0x18]
   a20: a00200f9                       str x0, [x21]
   a24: e80300aa                       mov x8, x0
   a28: 207d40f9                       ldr x0, [x9, #0xf8]
   a2c: 287d00f9                       str x8, [x9, #0xf8]
   a30: e0000037                       tbnz w0, #0x0, #0x1c
   a34: 080040f9                       ldr x8, [x0]
   a38: 080500f1                       subs x8, x8, #0x1
   a3c: 080000f9                       str x8, [x0]
   a40: 61000054                       b.ne #0xc
   a44: 00000094                       bl #0x0
        # hole +0xa44: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a48: 890e40f9                       ldr x9, [x20, #0x18]
   a4c: 288140f9                       ldr x8, [x9, #0x100]
   a50: 0b014092                       and x11, x8, #0x1
   a54: 48020037                       tbnz w8, #0x0, #0x48
   a58: 0a0140f9                       ldr x10, [x8]
   a5c: 4a050091                       add x10, x10, #0x1
   a60: 0a0100f9                       str x10, [x8]
   a64: a80200f9                       str x8, [x21]
   a68: 2a8540f9                       ldr x10, [x9, #0x108]
   a6c: ea010036                       tbz w10, #0x0, #0x3c
   a70: 6a0200f9                       str x10, [x19]
   a74: 8b0200b5                       cbnz x11, #0x50
   a78: 38000014                       b #0xe0
   a7c: 23008052                       mov w3, #0x1
   a80: c53f8052                       mov w5, #0x1fe
   a84: 68068052                       mov w8, #0x33
   a88: 23feff17                       b #-0x774
   a8c: 43008052                       mov w3, #0x2
   a90: 45158052                       mov w5, #0xaa
   a94: 28028052                       mov w8, #0x11
   a98: 20feff17                       b #-0x780
   a9c: a80200f9                       str x8, [x21]
   aa0: 2a8540f9                       ldr x10, [x9, #0x108]
   aa4: 6afe0737                       tbnz w10, #0x0, #-0x34
   aa8: 480140f9                       ldr x8, [x10]
   aac: 08050091                       add x8, x8, #0x1
   ab0: 480100f9                       str x8, [x10]
   ab4: a80240f9                       ldr x8, [x21]
   ab8: 0b014092                       and x11, x8, #0x1
   abc: 6a0200f9                       str x10, [x19]
   ac0: cb0400b4                       cbz x11, #0x98
   ac4: aa040036                       tbz w10, #0x0, #0x94
   ac8: 08fd4193                       asr x8, x8, #1
   acc: 4bfd4193                       asr x11, x10, #1
   ad0: 23008052                       mov w3, #0x1
   ad4: 45478052                       mov w5, #0x23a
   ad8: 0a7d0b9b                       mul x10, x8, x11
   adc: 087d4b9b                       smulh x8, x8, x11
   ae0: 1ffd8aeb                       cmp x8, x10, asr #63
   ae4: 28078052                       mov w8, #0x39
   ae8: 61c1ff54                       b.ne #-0x7d4
   aec: 0b00f8d2                       mov x11, #-0x4000000000000000
   af0: 4b010b8b                       add x11, x10, x11
   af4: 0bc1ffb6                       tbz x11, #0x3f, #-0x7e0
   af8: 28008052                       mov w8, #0x1
   afc: 08050aaa                       orr x8, x8, x10, lsl #1
   b00: a80200f9                       str x8, [x21]
   b04: 208940f9                       ldr x0, [x9, #0x110]
   b08: 288900f9                       str x8, [x9, #0x110]
   b0c: e0000037                       tbnz w0, #0x0, #0x1c
   b10: 080040f9                       ldr x8, [x0]
   b14: 080500f1                       subs x8, x8, #0x1
   b18: 080000f9                       str x8, [x0]
   b1c: 61000054                       b.ne #0xc
   b20: 00000094                       bl #0x0
        # hole +0xb20: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b24: 890e40f9                       ldr x9, [x20, #0x18]
   b28: 288d40f9                       ldr x8, [x9, #0x118]
   b2c: 0b014092                       and x11, x8, #0x1
   b30: c8010037                       tbnz w8, #0x0, #0x38
   b34: 0a0140f9                       ldr x10, [x8]
   b38: 4a050091                       add x10, x10, #0x1
   b3c: 0a0100f9                       str x10, [x8]
   b40: a80200f9                       str x8, [x21]
   b44: 2a9140f9                       ldr x10, [x9, #0x120]
   b48: 6a010036                       tbz w10, #0x0, #0x2c
   b4c: 6a0200f9                       str x10, [x19]
   b50: 0b0200b5                       cbnz x11, #0x40
   b54: 40000014                       b #0x100
   b58: 23008052                       mov w3, #0x1
   b5c: 05468052                       mov w5, #0x230
   b60: 08078052                       mov w8, #0x38
   b64: ecfdff17                       b #-0x850
   b68: a80200f9                       str x8, [x21]
   b6c: 2a9140f9                       ldr x10, [x9, #0x120]
   b70: eafe0737                       tbnz w10, #0x0, #-0x24
   b74: 480140f9                       ldr x8, [x10]
   b78: 08050091                       add x8, x8, #0x1
   b7c: 480100f9                       str x8, [x10]
   b80: a80240f9                       ldr x8, [x21]
   b84: 0b014092                       and x11, x8, #0x1
   b88: 6a0200f9                       str x10, [x19]
   b8c: 4b0600b4                       cbz x11, #0xc8
   b90: 2a060036                       tbz w10, #0x0, #0xc4
   b94: 08fd4193                       asr x8, x8, #1
   b98: 08058a8b                       add x8, x8, x10, asr #1
   b9c: 0a00f8d2                       mov x10, #-0x4000000000000000
   ba0: 1f010aab                       cmn x8, x10
   ba4: a51d0054                       b.pl #0x3b4
   ba8: 2a008052                       mov w10, #0x1
   bac: 480508aa                       orr x8, x10, x8, lsl #1
   bb0: a80200f9                       str x8, [x21]
   bb4: 209540f9                       ldr x0, [x9, #0x128]
   bb8: 289500f9                       str x8, [x9, #0x128]
   bbc: e0000037                       tbnz w0, #0x0, #0x1c
   bc0: 080040f9                       ldr x8, [x0]
   bc4: 080500f1                       subs x8, x8, #0x1
   bc8: 080000f9                       str x8, [x0]
   bcc: 61000054                       b.ne #0xc
   bd0: 00000094                       bl #0x0
        # hole +0xbd0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   bd4: 890e40f9                       ldr x9, [x20, #0x18]
   bd8: 209940f9                       ldr x0, [x9, #0x130]
   bdc: 40040037                       tbnz w0, #0x0, #0x88
   be0: 080040f9                       ldr x8, [x0]
   be4: 0a0840b9                       ldr w10, [x0, #0x8]
   be8: 08050091                       add x8, x8, #0x1
   bec: 5f1d0071                       cmp w10, #0x7
   bf0: 080000f9                       str x8, [x0]
   bf4: a00200f9                       str x0, [x21]
   bf8: 81030054                       b.ne #0x70
   bfc: 081840f9                       ldr x8, [x0, #0x30]
   c00: 081940f9                       ldr x8, [x8, #0x30]
   c04: 083142d1                       sub x8, x8, #0x8c, lsl #12
   c08: 1f053ef1                       cmp x8, #0xf81
   c0c: e1020054                       b.ne #0x5c
   c10: 081c40f9                       ldr x8, [x0, #0x38]
   c14: a81a00b4                       cbz x8, #0x354
   c18: 082040f9                       ldr x8, [x0, #0x40]
   c1c: e8020037                       tbnz w8, #0x0, #0x5c
   c20: 0a0140f9                       ldr x10, [x8]
   c24: 4a050091                       add x10, x10, #0x1
   c28: 0a0100f9                       str x10, [x8]
   c2c: a80200f9                       str x8, [x21]
   c30: 080040f9                       ldr x8, [x0]
   c34: 080500f1                       subs x8, x8, #0x1
   c38: 080000f9                       str x8, [x0]
   c3c: 80020054                       b.eq #0x50
   c40: a80240f9                       ldr x8, [x21]
   c44: 209d40f9                       ldr x0, [x9, #0x138]
   c48: 289d00f9                       str x8, [x9, #0x138]
   c4c: c0020036                       tbz w0, #0x0, #0x58
   c50: 1b000014                       b #0x6c
   c54: 23008052                       mov w3, #0x1
   c58: 454c8052                       mov w5, #0x262
   c5c: a8078052                       mov w8, #0x3d
   c60: adfdff17                       b #-0x94c
   c64: a00200f9                       str x0, [x21]
   c68: 23008052                       mov w3, #0x1
   c6c: 45518052                       mov w5, #0x28a
   c70: 28088052                       mov w8, #0x41
   c74: a9fdff17                       b #-0x95c
   c78: a80200f9                       str x8, [x21]
   c7c: 080040f9                       ldr x8, [x0]
   c80: 080500f1                       subs x8, x8, #0x1
   c84: 080000f9                       str x8, [x0]
   c88: c1fdff54                       b.ne #-0x48
   c8c: 00000094                       bl #0x0
        # hole +0xc8c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c90: 890e40f9                       ldr x9, [x20, #0x18]
   c94: a80240f9                       ldr x8, [x21]
   c98: 209d40f9                       ldr x0, [x9, #0x138]
   c9c: 289d00f9                       str x8, [x9, #0x138]
   ca0: e0000037                       tbnz w0, #0x0, #0x1c
   ca4: 080040f9                       ldr x8, [x0]
   ca8: 080500f1                       subs x8, x8, #0x1
   cac: 080000f9                       str x8, [x0]
   cb0: 61000054                       b.ne #0xc
   cb4: 00000094                       bl #0x0
        # hole +0xcb4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   cb8: 890e40f9                       ldr x9, [x20, #0x18]
   cbc: 20a140f9                       ldr x0, [x9, #0x140]
   cc0: c0030037                       tbnz w0, #0x0, #0x78
   cc4: 080040f9                       ldr x8, [x0]
   cc8: 0a0840b9                       ldr w10, [x0, #0x8]
   ccc: 08050091                       add x8, x8, #0x1
   cd0: 5f1d0071                       cmp w10, #0x7
   cd4: 080000f9                       str x8, [x0]
   cd8: a00200f9                       str x0, [x21]
   cdc: 01030054                       b.ne #0x60
   ce0: 081840f9                       ldr x8, [x0, #0x30]
   ce4: 081940f9                       ldr x8, [x8, #0x30]
   ce8: 08f940d1                       sub x8, x8, #0x3e, lsl #12
   cec: 1f553ff1                       cmp x8, #0xfd5
   cf0: 61020054                       b.ne #0x4c
   cf4: 081c40f9                       ldr x8, [x0, #0x38]
   cf8: 081400b4                       cbz x8, #0x280
   cfc: 082040f9                       ldr x8, [x0, #0x40]
   d00: 68020037                       tbnz w8, #0x0, #0x4c
   d04: 0a0140f9                       ldr x10, [x8]
   d08: 4a050091                       add x10, x10, #0x1
   d0c: 0a0100f9                       str x10, [x8]
   d10: a80200f9                       str x8, [x21]
   d14: 080040f9                       ldr x8, [x0]
   d18: 080500f1                       subs x8, x8, #0x1
   d1c: 080000f9                       str x8, [x0]
   d20: 00020054                       b.eq #0x40
   d24: a80240f9                       ldr x8, [x21]
   d28: 20a540f9                       ldr x0, [x9, #0x148]
   d2c: 28a500f9                       str x8, [x9, #0x148]
   d30: 40020036                       tbz w0, #0x0, #0x48
   d34: 17000014                       b #0x5c
   d38: a00200f9                       str x0, [x21]
   d3c: 23008052                       mov w3, #0x1
   d40: 45568052                       mov w5, #0x2b2
   d44: a8088052                       mov w8, #0x45
   d48: 74fdff17                       b #-0xa30
   d4c: a80200f9                       str x8, [x21]
   d50: 080040f9                       ldr x8, [x0]
   d54: 080500f1                       subs x8, x8, #0x1
   d58: 080000f9                       str x8, [x0]
   d5c: 41feff54                       b.ne #-0x38
   d60: 00000094                       bl #0x0
        # hole +0xd60: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d64: 890e40f9                       ldr x9, [x20, #0x18]
   d68: a80240f9                       ldr x8, [x21]
   d6c: 20a540f9                       ldr x0, [x9, #0x148]
   d70: 28a500f9                       str x8, [x9, #0x148]
   d74: e0000037                       tbnz w0, #0x0, #0x1c
   d78: 080040f9                       ldr x8, [x0]
   d7c: 080500f1                       subs x8, x8, #0x1
   d80: 080000f9                       str x8, [x0]
   d84: 61000054                       b.ne #0xc
   d88: 00000094                       bl #0x0
        # hole +0xd88: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d8c: 890e40f9                       ldr x9, [x20, #0x18]
   d90: 37b140f9                       ldr x23, [x9, #0x160]
   d94: 57010037                       tbnz w23, #0x0, #0x28
   d98: e80240f9                       ldr x8, [x23]
   d9c: 08050091                       add x8, x8, #0x1
   da0: e80200f9                       str x8, [x23]
   da4: b70200f9                       str x23, [x21]
   da8: 28a940f9                       ldr x8, [x9, #0x150]
   dac: e8000036                       tbz w8, #0x0, #0x1c
   db0: 680200f9                       str x8, [x19]
   db4: 77010036                       tbz w23, #0x0, #0x2c
   db8: 3d000014                       b #0xf4
   dbc: b70200f9                       str x23, [x21]
   dc0: 28a940f9                       ldr x8, [x9, #0x150]
   dc4: 68ff0737                       tbnz w8, #0x0, #-0x14
   dc8: 090140f9                       ldr x9, [x8]
   dcc: 29050091                       add x9, x9, #0x1
   dd0: 090100f9                       str x9, [x8]
   dd4: b70240f9                       ldr x23, [x21]
   dd8: 680200f9                       str x8, [x19]
   ddc: 97060037                       tbnz w23, #0x0, #0xd0
   de0: e80a40b9                       ldr w8, [x23, #0x8]
   de4: 1f210071                       cmp w8, #0x8
   de8: 21060054                       b.ne #0xc4
   dec: e81e40f9                       ldr x8, [x23, #0x38]
   df0: e00316aa                       mov x0, x22
   df4: e10313aa                       mov x1, x19
   df8: 22008052                       mov w2, #0x1
   dfc: 00013fd6                       blr x8
   e00: 680240f9                       ldr x8, [x19]
   e04: f80300aa                       mov x24, x0
   e08: e8000037                       tbnz w8, #0x0, #0x1c
   e0c: 090140f9                       ldr x9, [x8]
   e10: 290500f1                       subs x9, x9, #0x1
   e14: 090100f9                       str x9, [x8]
   e18: 61000054                       b.ne #0xc
   e1c: e00308aa                       mov x0, x8
   e20: 00000094                       bl #0x0
        # hole +0xe20: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e24: e80240f9                       ldr x8, [x23]
   e28: 080500f1                       subs x8, x8, #0x1
   e2c: e80200f9                       str x8, [x23]
   e30: 61000054                       b.ne #0xc
   e34: e00317aa                       mov x0, x23
   e38: 00000094                       bl #0x0
        # hole +0xe38: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e3c: 780a00b4                       cbz x24, #0x14c
   e40: 880e40f9                       ldr x8, [x20, #0x18]
   e44: b80200f9                       str x24, [x21]
   e48: 00ad40f9                       ldr x0, [x8, #0x158]
   e4c: 18ad00f9                       str x24, [x8, #0x158]
   e50: e0000037                       tbnz w0, #0x0, #0x1c
   e54: 090040f9                       ldr x9, [x0]
   e58: 290500f1                       subs x9, x9, #0x1
   e5c: 090000f9                       str x9, [x0]
   e60: 61000054                       b.ne #0xc
   e64: 00000094                       bl #0x0
        # hole +0xe64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e68: 880e40f9                       ldr x8, [x20, #0x18]
   e6c: 09b540f9                       ldr x9, [x8, #0x168]
   e70: 2b014092                       and x11, x9, #0x1
   e74: 49020037                       tbnz w9, #0x0, #0x48
   e78: 2a0140f9                       ldr x10, [x9]
   e7c: 4a050091                       add x10, x10, #0x1
   e80: 2a0100f9                       str x10, [x9]
   e84: a90200f9                       str x9, [x21]
   e88: 0ab940f9                       ldr x10, [x8, #0x170]
   e8c: ea010036                       tbz w10, #0x0, #0x3c
   e90: 6a0200f9                       str x10, [x19]
   e94: 8b0200b5                       cbnz x11, #0x50
   e98: 2c000014                       b #0xb0
   e9c: 23008052                       mov w3, #0x1
   ea0: 85348052                       mov w5, #0x1a4
   ea4: 48058052                       mov w8, #0x2a
   ea8: 1cfdff17                       b #-0xb90
   eac: 23008052                       mov w3, #0x1
   eb0: 855c8052                       mov w5, #0x2e4
   eb4: 48098052                       mov w8, #0x4a
   eb8: 17fdff17                       b #-0xba4
   ebc: a90200f9                       str x9, [x21]
   ec0: 0ab940f9                       ldr x10, [x8, #0x170]
   ec4: 6afe0737                       tbnz w10, #0x0, #-0x34
   ec8: 490140f9                       ldr x9, [x10]
   ecc: 29050091                       add x9, x9, #0x1
   ed0: 490100f9                       str x9, [x10]
   ed4: a90240f9                       ldr x9, [x21]
   ed8: 2b014092                       and x11, x9, #0x1
   edc: 6a0200f9                       str x10, [x19]
   ee0: 4b0300b4                       cbz x11, #0x68
   ee4: 2a030036                       tbz w10, #0x0, #0x64
   ee8: 29fd4193                       asr x9, x9, #1
   eec: 29058a8b                       add x9, x9, x10, asr #1
   ef0: 0a00f8d2                       mov x10, #-0x4000000000000000
   ef4: 3f010aab                       cmn x9, x10
   ef8: 05050054                       b.pl #0xa0
   efc: 2a008052                       mov w10, #0x1
   f00: 490509aa                       orr x9, x10, x9, lsl #1
   f04: a90200f9                       str x9, [x21]
   f08: 00bd40f9                       ldr x0, [x8, #0x178]
   f0c: 09bd00f9                       str x9, [x8, #0x178]
   f10: c0000037                       tbnz w0, #0x0, #0x18
   f14: 080040f9                       ldr x8, [x0]
   f18: 080500f1                       subs x8, x8, #0x1
   f1c: 080000f9                       str x8, [x0]
   f20: 41000054                       b.ne #0x8
   f24: 00000094                       bl #0x0
        # hole +0xf24: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f28: 43008052                       mov w3, #0x2
   f2c: 45658052                       mov w5, #0x32a
   f30: 280a8052                       mov w8, #0x51
   f34: 27feff17                       b #-0x764
   f38: 63008052                       mov w3, #0x3
   f3c: c53a8052                       mov w5, #0x1d6
   f40: e8058052                       mov w8, #0x2f
   f44: 23feff17                       b #-0x774
   f48: 23008052                       mov w3, #0x1
   f4c: 85618052                       mov w5, #0x30c
   f50: c8098052                       mov w8, #0x4e
   f54: f0fcff17                       b #-0xc40
   f58: 23008052                       mov w3, #0x1
   f5c: 854d8052                       mov w5, #0x26c
   f60: c8078052                       mov w8, #0x3e
   f64: ecfcff17                       b #-0xc50
   f68: 23008052                       mov w3, #0x1
   f6c: 85528052                       mov w5, #0x294
   f70: 48088052                       mov w8, #0x42
   f74: e9fcff17                       b #-0xc5c
   f78: 23008052                       mov w3, #0x1
   f7c: 85578052                       mov w5, #0x2bc
   f80: c8088052                       mov w8, #0x46
   f84: e5fcff17                       b #-0xc6c
   f88: 63008052                       mov w3, #0x3
   f8c: 855c8052                       mov w5, #0x2e4
   f90: 48098052                       mov w8, #0x4a
   f94: 0ffeff17                       b #-0x7c4
   f98: 23008052                       mov w3, #0x1
   f9c: c5628052                       mov w5, #0x316
   fa0: e8098052                       mov w8, #0x4f
   fa4: dcfcff17                       b #-0xc90
