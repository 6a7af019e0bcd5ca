# stencil startup_mixed for aarch64-unknown-linux-gnu: 4176 code bytes, 0 data bytes, 57 holes
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
    5c: c33d0054                       b.lo #0x7b8
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
    ac: 9a000014                       b #0x268
    b0: 28008052                       mov w8, #0x1
    b4: 45018052                       mov w5, #0xa
    b8: e303082a                       mov w3, w8
    bc: 96000014                       b #0x258
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
   1b8: f83300b4                       cbz x24, #0x67c
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
   210: 3d000014                       b #0xf4
   214: 23008052                       mov w3, #0x1
   218: 85078052                       mov w5, #0x3c
   21c: c8008052                       mov w8, #0x6
   220: 3c000014                       b #0xf0
   224: a00200f9                       str x0, [x21]
   228: 171940f9                       ldr x23, [x8, #0x30]
   22c: f7fe0737                       tbnz w23, #0x0, #-0x24
   230: e80240f9                       ldr x8, [x23]
   234: 08050091                       add x8, x8, #0x1
   238: e80200f9                       str x8, [x23]
   23c: a00240f9                       ldr x0, [x21]
   240: 770200f9                       str x23, [x19]
   244: 00060037                       tbnz w0, #0x0, #0xc0
   248: 080840b9                       ldr w8, [x0, #0x8]
   24c: 1f090071                       cmp w8, #0x2
   250: a1050054                       b.ne #0xb4
   254: 97050037                       tbnz w23, #0x0, #0xb0
   258: e80a40b9                       ldr w8, [x23, #0x8]
   25c: 1f090071                       cmp w8, #0x2
   260: 21050054                       b.ne #0xa4
   264: 080040f9                       ldr x8, [x0]
   268: 081840fd                       ldr d8, [x0, #0x30]
   26c: e91a40fd                       ldr d9, [x23, #0x30]
   270: 080500f1                       subs x8, x8, #0x1
   274: 080000f9                       str x8, [x0]
   278: 41060054                       b.ne #0xc8
   27c: 00000094                       bl #0x0
        # hole +0x27c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   280: 0809691e                       fmul d8, d8, d9
   284: e80240f9                       ldr x8, [x23]
   288: 080500f1                       subs x8, x8, #0x1
   28c: e80200f9                       str x8, [x23]
   290: 20060054                       b.eq #0xc4
   294: 0041601e                       fmov d0, d8
   298: e00316aa                       mov x0, x22
   29c: 00000094                       bl #0x0
        # hole +0x29c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2a0: 600600b4                       cbz x0, #0xcc
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
   2d4: 2a2140f9                       ldr x10, [x9, #0x40]
   2d8: 4b014092                       and x11, x10, #0x1
   2dc: 0a050037                       tbnz w10, #0x0, #0xa0
   2e0: 480140f9                       ldr x8, [x10]
   2e4: 08050091                       add x8, x8, #0x1
   2e8: 480100f9                       str x8, [x10]
   2ec: aa0200f9                       str x10, [x21]
   2f0: 282540f9                       ldr x8, [x9, #0x48]
   2f4: a8040036                       tbz w8, #0x0, #0x94
   2f8: 680200f9                       str x8, [x19]
   2fc: 4b0500b5                       cbnz x11, #0xa8
   300: 42000014                       b #0x108
   304: 23008052                       mov w3, #0x1
   308: 850c8052                       mov w5, #0x64
   30c: 48018052                       mov w8, #0xa
   310: f30319aa                       mov x19, x25
   314: 090080d2                       mov x9, #0x0
        # hole +0x314: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   318: e00314aa                       mov x0, x20
   31c: e10313aa                       mov x1, x19
   320: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x320: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   324: e20316aa                       mov x2, x22
   328: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x328: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   32c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x32c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   330: 2401088b                       add x4, x9, x8
   334: 00000094                       bl #0x0
        # hole +0x334: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   338: fe0741f8                       ldr x30, [sp], #0x10
   33c: c0035fd6                       ret
   340: 0809691e                       fmul d8, d8, d9
   344: e80240f9                       ldr x8, [x23]
   348: 080500f1                       subs x8, x8, #0x1
   34c: e80200f9                       str x8, [x23]
   350: 21faff54                       b.ne #-0xbc
   354: e00317aa                       mov x0, x23
   358: 00000094                       bl #0x0
        # hole +0x358: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   35c: 0041601e                       fmov d0, d8
   360: e00316aa                       mov x0, x22
   364: 00000094                       bl #0x0
        # hole +0x364: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   368: e0f9ffb5                       cbnz x0, #-0xc4
   36c: 63008052                       mov w3, #0x3
   370: c50d8052                       mov w5, #0x6e
   374: 68018052                       mov w8, #0xb
   378: 32010014                       b #0x4c8
   37c: aa0200f9                       str x10, [x21]
   380: 282540f9                       ldr x8, [x9, #0x48]
   384: a8fb0737                       tbnz w8, #0x0, #-0x8c
   388: 0a0140f9                       ldr x10, [x8]
   38c: 4a050091                       add x10, x10, #0x1
   390: 0a0100f9                       str x10, [x8]
   394: aa0240f9                       ldr x10, [x21]
   398: 4b014092                       and x11, x10, #0x1
   39c: 680200f9                       str x8, [x19]
   3a0: 4b0300b4                       cbz x11, #0x68
   3a4: 28030036                       tbz w8, #0x0, #0x64
   3a8: 0b0080d2                       mov x11, #0x0
        # hole +0x3a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
   3ac: 0c0080d2                       mov x12, #0x0
        # hole +0x3ac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
   3b0: 4afd4193                       asr x10, x10, #1
   3b4: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x3b4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
   3b8: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x3b8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
   3bc: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x3bc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
   3c0: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x3c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
   3c4: 5f0588eb                       cmp x10, x8, asr #1
   3c8: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x3c8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
   3cc: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x3cc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
   3d0: 88b18b9a                       csel x8, x12, x11, lt
   3d4: a80200f9                       str x8, [x21]
   3d8: 0a390054                       b.ge #0x720
   3dc: 202940f9                       ldr x0, [x9, #0x50]
   3e0: c0010037                       tbnz w0, #0x0, #0x38
   3e4: 080040f9                       ldr x8, [x0]
   3e8: 08050091                       add x8, x8, #0x1
   3ec: 080000f9                       str x8, [x0]
   3f0: a00200f9                       str x0, [x21]
   3f4: 372d40f9                       ldr x23, [x9, #0x58]
   3f8: 77010036                       tbz w23, #0x0, #0x2c
   3fc: 770200f9                       str x23, [x19]
   400: e0010036                       tbz w0, #0x0, #0x3c
   404: 3d000014                       b #0xf4
   408: 23008052                       mov w3, #0x1
   40c: c5128052                       mov w5, #0x96
   410: e8018052                       mov w8, #0xf
   414: bfffff17                       b #-0x104
   418: a00200f9                       str x0, [x21]
   41c: 372d40f9                       ldr x23, [x9, #0x58]
   420: f7fe0737                       tbnz w23, #0x0, #-0x24
   424: e80240f9                       ldr x8, [x23]
   428: 08050091                       add x8, x8, #0x1
   42c: e80200f9                       str x8, [x23]
   430: a00240f9                       ldr x0, [x21]
   434: 770200f9                       str x23, [x19]
   438: 00060037                       tbnz w0, #0x0, #0xc0
   43c: 080840b9                       ldr w8, [x0, #0x8]
   440: 1f090071                       cmp w8, #0x2
   444: a1050054                       b.ne #0xb4
   448: 97050037                       tbnz w23, #0x0, #0xb0
   44c: e80a40b9                       ldr w8, [x23, #0x8]
   450: 1f090071                       cmp w8, #0x2
   454: 21050054                       b.ne #0xa4
   458: 080040f9                       ldr x8, [x0]
   45c: 081840fd                       ldr d8, [x0, #0x30]
   460: e91a40fd                       ldr d9, [x23, #0x30]
   464: 080500f1                       subs x8, x8, #0x1
   468: 080000f9                       str x8, [x0]
   46c: e1040054                       b.ne #0x9c
   470: 00000094                       bl #0x0
        # hole +0x470: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   474: 0809691e                       fmul d8, d8, d9
   478: e80240f9                       ldr x8, [x23]
   47c: 080500f1                       subs x8, x8, #0x1
   480: e80200f9                       str x8, [x23]
   484: c0040054                       b.eq #0x98
   488: 0041601e                       fmov d0, d8
   48c: e00316aa                       mov x0, x22
   490: 00000094                       bl #0x0
        # hole +0x490: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   494: 000500b4                       cbz x0, #0xa0
   498: 890e40f9                       ldr x9, [x20, #0x18]
   49c: a00200f9                       str x0, [x21]
   4a0: e80300aa                       mov x8, x0
   4a4: 203140f9                       ldr x0, [x9, #0x60]
   4a8: 283100f9                       str x8, [x9, #0x60]
   4ac: e0000037                       tbnz w0, #0x0, #0x1c
   4b0: 080040f9                       ldr x8, [x0]
   4b4: 080500f1                       subs x8, x8, #0x1
   4b8: 080000f9                       str x8, [x0]
   4bc: 61000054                       b.ne #0xc
   4c0: 00000094                       bl #0x0
        # hole +0x4c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4c4: 890e40f9                       ldr x9, [x20, #0x18]
   4c8: 283540f9                       ldr x8, [x9, #0x68]
   4cc: 0b014092                       and x11, x8, #0x1
   4d0: a8030037                       tbnz w8, #0x0, #0x74
   4d4: 0a0140f9                       ldr x10, [x8]
   4d8: 4a050091                       add x10, x10, #0x1
   4dc: 0a0100f9                       str x10, [x8]
   4e0: a80200f9                       str x8, [x21]
   4e4: 2a3940f9                       ldr x10, [x9, #0x70]
   4e8: 4a030036                       tbz w10, #0x0, #0x68
   4ec: 6a0200f9                       str x10, [x19]
   4f0: eb0300b5                       cbnz x11, #0x7c
   4f4: 43000014                       b #0x10c
   4f8: 23008052                       mov w3, #0x1
   4fc: 05198052                       mov w5, #0xc8
   500: 88028052                       mov w8, #0x14
   504: 83ffff17                       b #-0x1f4
   508: 0809691e                       fmul d8, d8, d9
   50c: e80240f9                       ldr x8, [x23]
   510: 080500f1                       subs x8, x8, #0x1
   514: e80200f9                       str x8, [x23]
   518: 81fbff54                       b.ne #-0x90
   51c: e00317aa                       mov x0, x23
   520: 00000094                       bl #0x0
        # hole +0x520: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   524: 0041601e                       fmov d0, d8
   528: e00316aa                       mov x0, x22
   52c: 00000094                       bl #0x0
        # hole +0x52c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   530: 40fbffb5                       cbnz x0, #-0x98
   534: 63008052                       mov w3, #0x3
   538: 451a8052                       mov w5, #0xd2
   53c: a8028052                       mov w8, #0x15
   540: c0000014                       b #0x300
   544: a80200f9                       str x8, [x21]
   548: 2a3940f9                       ldr x10, [x9, #0x70]
   54c: 0afd0737                       tbnz w10, #0x0, #-0x60
   550: 480140f9                       ldr x8, [x10]
   554: 08050091                       add x8, x8, #0x1
   558: 480100f9                       str x8, [x10]
   55c: a80240f9                       ldr x8, [x21]
   560: 0b014092                       and x11, x8, #0x1
   564: 6a0200f9                       str x10, [x19]
   568: cb0400b4                       cbz x11, #0x98
   56c: aa040036                       tbz w10, #0x0, #0x94
   570: 08fd4193                       asr x8, x8, #1
   574: 4bfd4193                       asr x11, x10, #1
   578: 23008052                       mov w3, #0x1
   57c: 85208052                       mov w5, #0x104
   580: 0a7d0b9b                       mul x10, x8, x11
   584: 087d4b9b                       smulh x8, x8, x11
   588: 1ffd8aeb                       cmp x8, x10, asr #63
   58c: 48038052                       mov w8, #0x1a
   590: 01ecff54                       b.ne #-0x280
   594: 0b00f8d2                       mov x11, #-0x4000000000000000
   598: 4b010b8b                       add x11, x10, x11
   59c: abebffb6                       tbz x11, #0x3f, #-0x28c
   5a0: 28008052                       mov w8, #0x1
   5a4: 08050aaa                       orr x8, x8, x10, lsl #1
   5a8: a80200f9                       str x8, [x21]
   5ac: 203d40f9                       ldr x0, [x9, #0x78]
   5b0: 283d00f9                       str x8, [x9, #0x78]
   5b4: e0000037                       tbnz w0, #0x0, #0x1c
   5b8: 080040f9                       ldr x8, [x0]
   5bc: 080500f1                       subs x8, x8, #0x1
   5c0: 080000f9                       str x8, [x0]
   5c4: 61000054                       b.ne #0xc
   5c8: 00000094                       bl #0x0
        # hole +0x5c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5cc: 890e40f9                       ldr x9, [x20, #0x18]
   5d0: 284140f9                       ldr x8, [x9, #0x80]
   5d4: 0b014092                       and x11, x8, #0x1
   5d8: c8010037                       tbnz w8, #0x0, #0x38
   5dc: 0a0140f9                       ldr x10, [x8]
   5e0: 4a050091                       add x10, x10, #0x1
   5e4: 0a0100f9                       str x10, [x8]
   5e8: a80200f9                       str x8, [x21]
   5ec: 2a4540f9                       ldr x10, [x9, #0x88]
   5f0: 6a010036                       tbz w10, #0x0, #0x2c
   5f4: 6a0200f9                       str x10, [x19]
   5f8: 0b0200b5                       cbnz x11, #0x40
   5fc: 34000014                       b #0xd0
   600: 23008052                       mov w3, #0x1
   604: 451f8052                       mov w5, #0xfa
   608: 28038052                       mov w8, #0x19
   60c: 41ffff17                       b #-0x2fc
   610: a80200f9                       str x8, [x21]
   614: 2a4540f9                       ldr x10, [x9, #0x88]
   618: eafe0737                       tbnz w10, #0x0, #-0x24
   61c: 480140f9                       ldr x8, [x10]
   620: 08050091                       add x8, x8, #0x1
   624: 480100f9                       str x8, [x10]
   628: a80240f9                       ldr x8, [x21]
   62c: 0b014092                       and x11, x8, #0x1
   630: 6a0200f9                       str x10, [x19]
   634: cb0400b4                       cbz x11, #0x98
   638: aa040036                       tbz w10, #0x0, #0x94
   63c: 08fd4193                       asr x8, x8, #1
   640: 4bfd4193                       asr x11, x10, #1
   644: 23008052                       mov w3, #0x1
   648: c5268052                       mov w5, #0x136
   64c: 0a7d0b9b                       mul x10, x8, x11
   650: 087d4b9b                       smulh x8, x8, x11
   654: 1ffd8aeb                       cmp x8, x10, asr #63
   658: e8038052                       mov w8, #0x1f
   65c: a1e5ff54                       b.ne #-0x34c
   660: 0b00f8d2                       mov x11, #-0x4000000000000000
   664: 4b010b8b                       add x11, x10, x11
   668: 4be5ffb6                       tbz x11, #0x3f, #-0x358
   66c: 28008052                       mov w8, #0x1
   670: 08050aaa                       orr x8, x8, x10, lsl #1
   674: a80200f9                       str x8, [x21]
   678: 204940f9                       ldr x0, [x9, #0x90]
   67c: 284900f9                       str x8, [x9, #0x90]
   680: e0000037                       tbnz w0, #0x0, #0x1c
   684: 080040f9                       ldr x8, [x0]
   688: 080500f1                       subs x8, x8, #0x1
   68c: 080000f9                       str x8, [x0]
   690: 61000054                       b.ne #0xc
   694: 00000094                       bl #0x0
        # hole +0x694: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   698: 890e40f9                       ldr x9, [x20, #0x18]
   69c: 284d40f9                       ldr x8, [x9, #0x98]
   6a0: 0b014092                       and x11, x8, #0x1
   6a4: c8010037                       tbnz w8, #0x0, #0x38
   6a8: 0a0140f9                       ldr x10, [x8]
   6ac: 4a050091                       add x10, x10, #0x1
   6b0: 0a0100f9                       str x10, [x8]
   6b4: a80200f9                       str x8, [x21]
   6b8: 2a5140f9                       ldr x10, [x9, #0xa0]
   6bc: 6a010036                       tbz w10, #0x0, #0x2c
   6c0: 6a0200f9                       str x10, [x19]
   6c4: 0b0200b5                       cbnz x11, #0x40
   6c8: 57000014                       b #0x15c
   6cc: 23008052                       mov w3, #0x1
   6d0: 85258052                       mov w5, #0x12c
   6d4: c8038052                       mov w8, #0x1e
   6d8: 0effff17                       b #-0x3c8
   6dc: a80200f9                       str x8, [x21]
   6e0: 2a5140f9                       ldr x10, [x9, #0xa0]
   6e4: eafe0737                       tbnz w10, #0x0, #-0x24
   6e8: 480140f9                       ldr x8, [x10]
   6ec: 08050091                       add x8, x8, #0x1
   6f0: 480100f9                       str x8, [x10]
   6f4: a80240f9                       ldr x8, [x21]
   6f8: 0b014092                       and x11, x8, #0x1
   6fc: 6a0200f9                       str x10, [x19]
   700: 2b0900b4                       cbz x11, #0x124
   704: 0a090036                       tbz w10, #0x0, #0x120
   708: 08fd4193                       asr x8, x8, #1
   70c: 4bfd4193                       asr x11, x10, #1
   710: 23008052                       mov w3, #0x1
   714: 052d8052                       mov w5, #0x168
   718: 0a7d0b9b                       mul x10, x8, x11
   71c: 087d4b9b                       smulh x8, x8, x11
   720: 1ffd8aeb                       cmp x8, x10, asr #63
   724: 88048052                       mov w8, #0x24
   728: 41dfff54                       b.ne #-0x418
   72c: 0b00f8d2                       mov x11, #-0x4000000000000000
   730: 4b010b8b                       add x11, x10, x11
   734: ebdeffb6                       tbz x11, #0x3f, #-0x424
   738: 28008052                       mov w8, #0x1
   73c: 08050aaa                       orr x8, x8, x10, lsl #1
   740: a80200f9                       str x8, [x21]
   744: 205540f9                       ldr x0, [x9, #0xa8]
   748: 285500f9                       str x8, [x9, #0xa8]
   74c: e0000037                       tbnz w0, #0x0, #0x1c
   750: 080040f9                       ldr x8, [x0]
   754: 080500f1                       subs x8, x8, #0x1
   758: 080000f9                       str x8, [x0]
   75c: 61000054                       b.ne #0xc
   760: 00000094                       bl #0x0
        # hole +0x760: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   764: 890e40f9                       ldr x9, [x20, #0x18]
   768: a8078052                       mov w8, #0x3d
   76c: a80200f9                       str x8, [x21]
   770: 205940f9                       ldr x0, [x9, #0xb0]
   774: 285900f9                       str x8, [x9, #0xb0]
   778: e0000037                       tbnz w0, #0x0, #0x1c
   77c: 080040f9                       ldr x8, [x0]
   780: 080500f1                       subs x8, x8, #0x1
   784: 080000f9                       str x8, [x0]
   788: 61000054                       b.ne #0xc
   78c: 00000094                       bl #0x0
        # hole +0x78c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   790: 890e40f9                       ldr x9, [x20, #0x18]
   794: 205d40f9                       ldr x0, [x9, #0xb8]
   798: 80050037                       tbnz w0, #0x0, #0xb0
   79c: 080040f9                       ldr x8, [x0]
   7a0: 0a0840b9                       ldr w10, [x0, #0x8]
   7a4: 08050091                       add x8, x8, #0x1
   7a8: 5f1d0071                       cmp w10, #0x7
   7ac: 080000f9                       str x8, [x0]
   7b0: a00200f9                       str x0, [x21]
   7b4: c1040054                       b.ne #0x98
   7b8: 081840f9                       ldr x8, [x0, #0x30]
   7bc: 081940f9                       ldr x8, [x8, #0x30]
   7c0: 081942d1                       sub x8, x8, #0x86, lsl #12
   7c4: 1fed3af1                       cmp x8, #0xebb
   7c8: 21040054                       b.ne #0x84
   7cc: 081c40f9                       ldr x8, [x0, #0x38]
   7d0: 1f0900f1                       cmp x8, #0x2
   7d4: 833b0054                       b.lo #0x770
   7d8: 082440f9                       ldr x8, [x0, #0x48]
   7dc: 08040037                       tbnz w8, #0x0, #0x80
   7e0: 0a0140f9                       ldr x10, [x8]
   7e4: 4a050091                       add x10, x10, #0x1
   7e8: 0a0100f9                       str x10, [x8]
   7ec: a80200f9                       str x8, [x21]
   7f0: 080040f9                       ldr x8, [x0]
   7f4: 080500f1                       subs x8, x8, #0x1
   7f8: 080000f9                       str x8, [x0]
   7fc: a0030054                       b.eq #0x74
   800: a80240f9                       ldr x8, [x21]
   804: 206140f9                       ldr x0, [x9, #0xc0]
   808: 286100f9                       str x8, [x9, #0xc0]
   80c: e0030036                       tbz w0, #0x0, #0x7c
   810: 24000014                       b #0x90
   814: 23008052                       mov w3, #0x1
   818: 85028052                       mov w5, #0x14
   81c: 48008052                       mov w8, #0x2
   820: bdfeff17                       b #-0x50c
   824: 23008052                       mov w3, #0x1
   828: c52b8052                       mov w5, #0x15e
   82c: 68048052                       mov w8, #0x23
   830: b8feff17                       b #-0x520
   834: 63008052                       mov w3, #0x3
   838: 85078052                       mov w5, #0x3c
   83c: c8008052                       mov w8, #0x6
   840: f30315aa                       mov x19, x21
   844: b4feff17                       b #-0x530
   848: a00200f9                       str x0, [x21]
   84c: 23008052                       mov w3, #0x1
   850: 45338052                       mov w5, #0x19a
   854: 28058052                       mov w8, #0x29
   858: affeff17                       b #-0x544
   85c: a80200f9                       str x8, [x21]
   860: 080040f9                       ldr x8, [x0]
   864: 080500f1                       subs x8, x8, #0x1
   868: 080000f9                       str x8, [x0]
   86c: a1fcff54                       b.ne #-0x6c
   870: 00000094                       bl #0x0
        # hole +0x870: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   874: 890e40f9                       ldr x9, [x20, #0x18]
   878: a80240f9                       ldr x8, [x21]
   87c: 206140f9                       ldr x0, [x9, #0xc0]
   880: 286100f9                       str x8, [x9, #0xc0]
   884: e0000037                       tbnz w0, #0x0, #0x1c
   888: 080040f9                       ldr x8, [x0]
   88c: 080500f1                       subs x8, x8, #0x1
   890: 080000f9                       str x8, [x0]
   894: 61000054                       b.ne #0xc
   898: 00000094                       bl #0x0
        # hole +0x898: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   89c: 890e40f9                       ldr x9, [x20, #0x18]
   8a0: 287140f9                       ldr x8, [x9, #0xe0]
   8a4: 48020037                       tbnz w8, #0x0, #0x48
   8a8: 0a0140f9                       ldr x10, [x8]
   8ac: 4a050091                       add x10, x10, #0x1
   8b0: 0a0100f9                       str x10, [x8]
   8b4: a80200f9                       str x8, [x21]
   8b8: 286540f9                       ldr x8, [x9, #0xc8]
   8bc: e8010036                       tbz w8, #0x0, #0x3c
   8c0: 680200f9                       str x8, [x19]
   8c4: 286940f9                       ldr x8, [x9, #0xd0]
   8c8: 48020037                       tbnz w8, #0x0, #0x48
   8cc: 090140f9                       ldr x9, [x8]
   8d0: 29050091                       add x9, x9, #0x1
   8d4: 090100f9                       str x9, [x8]
   8d8: b70240f9                       ldr x23, [x21]
   8dc: a9620091                       add x9, x21, #0x18
   8e0: a80a00f9                       str x8, [x21, #0x10]
   8e4: 97080037                       tbnz w23, #0x0, #0x110
   8e8: 0e000014                       b #0x38
   8ec: a80200f9                       str x8, [x21]
   8f0: 286540f9                       ldr x8, [x9, #0xc8]
   8f4: 68fe0737                       tbnz w8, #0x0, #-0x34
   8f8: 0a0140f9                       ldr x10, [x8]
   8fc: 4a050091                       add x10, x10, #0x1
   900: 0a0100f9                       str x10, [x8]
   904: 680200f9                       str x8, [x19]
   908: 286940f9                       ldr x8, [x9, #0xd0]
   90c: 08fe0736                       tbz w8, #0x0, #-0x40
   910: b70240f9                       ldr x23, [x21]
   914: a9620091                       add x9, x21, #0x18
   918: a80a00f9                       str x8, [x21, #0x10]
   91c: d7060037                       tbnz w23, #0x0, #0xd8
   920: e80a40b9                       ldr w8, [x23, #0x8]
   924: 1f210071                       cmp w8, #0x8
   928: 61060054                       b.ne #0xcc
   92c: e81e40f9                       ldr x8, [x23, #0x38]
   930: e00316aa                       mov x0, x22
   934: e10313aa                       mov x1, x19
   938: 42008052                       mov w2, #0x2
   93c: 00013fd6                       blr x8
   940: 680240f9                       ldr x8, [x19]
   944: f80300aa                       mov x24, x0
   948: e8000037                       tbnz w8, #0x0, #0x1c
   94c: 090140f9                       ldr x9, [x8]
   950: 290500f1                       subs x9, x9, #0x1
   954: 090100f9                       str x9, [x8]
   958: 61000054                       b.ne #0xc
   95c: e00308aa                       mov x0, x8
   960: 00000094                       bl #0x0
        # hole +0x960: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   964: a00a40f9                       ldr x0, [x21, #0x10]
   968: c0000037                       tbnz w0, #0x0, #0x18
   96c: 080040f9                       ldr x8, [x0]
   970: 080500f1                       subs x8, x8, #0x1
   974: 080000f9                       str x8, [x0]
   978: 41000054                       b.ne #0x8
   97c: 00000094                       bl #0x0
        # hole +0x97c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   980: e80240f9                       ldr x8, [x23]
   984: 080500f1                       subs x8, x8, #0x1
   988: e80200f9                       str x8, [x23]
   98c: 61000054                       b.ne #0xc
   990: e00317aa                       mov x0, x23
   994: 00000094                       bl #0x0
        # hole +0x994: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   998: 583200b4                       cbz x24, #0x648
   99c: 880e40f9                       ldr x8, [x20, #0x18]
   9a0: b80200f9                       str x24, [x21]
   9a4: 006d40f9                       ldr x0, [x8, #0xd8]
   9a8: 186d00f9                       str x24, [x8, #0xd8]
   9ac: e0000037                       tbnz w0, #0x0, #0x1c
   9b0: 090040f9                       ldr x9, [x0]
   9b4: 290500f1                       subs x9, x9, #0x1
   9b8: 090000f9                       str x9, [x0]
   9bc: 61000054                       b.ne #0xc
   9c0: 00000094                       bl #0x0
        # hole +0x9c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9c4: 880e40f9                       ldr x8, [x20, #0x18]
   9c8: 007540f9                       ldr x0, [x8, #0xe8]
   9cc: e0010037                       tbnz w0, #0x0, #0x3c
   9d0: 090040f9                       ldr x9, [x0]
   9d4: 29050091                       add x9, x9, #0x1
   9d8: 090000f9                       str x9, [x0]
   9dc: a00200f9                       str x0, [x21]
   9e0: 177940f9                       ldr x23, [x8, #0xf0]
   9e4: 97010036                       tbz w23, #0x0, #0x30
   9e8: 770200f9                       str x23, [x19]
   9ec: 00020036                       tbz w0, #0x0, #0x40
   9f0: 3e000014                       b #0xf8
   9f4: 23008052                       mov w3, #0x1
   9f8: c53a8052                       mov w5, #0x1d6
   9fc: e8058052                       mov w8, #0x2f
   a00: f30309aa                       mov x19, x9
   a04: 44feff17                       b #-0x6f0
   a08: a00200f9                       str x0, [x21]
   a0c: 177940f9                       ldr x23, [x8, #0xf0]
   a10: d7fe0737                       tbnz w23, #0x0, #-0x28
   a14: e80240f9                       ldr x8, [x23]
   a18: 08050091                       add x8, x8, #0x1
   a1c: e80200f9                       str x8, [x23]
   a20: a00240f9                       ldr x0, [x21]
   a24: 770200f9                       str x23, [x19]
   a28: 00060037                       tbnz w0, #0x0, #0xc0
   a2c: 080840b9                       ldr w8, [x0, #0x8]
   a30: 1f090071                       cmp w8, #0x2
   a34: a1050054                       b.ne #0xb4
   a38: 97050037                       tbnz w23, #0x0, #0xb0
   a3c: e80a40b9                       ldr w8, [x23, #0x8]
   a40: 1f090071                       cmp w8, #0x2
   a44: 21050054                       b.ne #0xa4
   a48: 080040f9                       ldr x8, [x0]
   a4c: 081840fd                       ldr d8, [x0, #0x30]
   a50: e91a40fd                       ldr d9, [x23, #0x30]
   a54: 080500f1                       subs x8, x8, #0x1
   a58: 080000f9                       str x8, [x0]
   a5c: 61050054                       b.ne #0xac
   a60: 00000094                       bl #0x0
        # hole +0xa60: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a64: 0809691e                       fmul d8, d8, d9
   a68: e80240f9                       ldr x8, [x23]
   a6c: 080500f1                       subs x8, x8, #0x1
   a70: e80200f9                       str x8, [x23]
   a74: 40050054                       b.eq #0xa8
   a78: 0041601e                       fmov d0, d8
   a7c: e00316aa                       mov x0, x22
   a80: 00000094                       bl #0x0
        # hole +0xa80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   a84: 800500b4                       cbz x0, #0xb0
   a88: 890e40f9                       ldr x9, [x20, #0x18]
   a8c: a00200f9                       str x0, [x21]
   a90: e80300aa                       mov x8, x0
   a94: 207d40f9                       ldr x0, [x9, #0xf8]
   a98: 287d00f9                       str x8, [x9, #0xf8]
   a9c: e0000037                       tbnz w0, #0x0, #0x1c
   aa0: 080040f9                       ldr x8, [x0]
   aa4: 080500f1                       subs x8, x8, #0x1
   aa8: 080000f9                       str x8, [x0]
   aac: 61000054                       b.ne #0xc
   ab0: 00000094                       bl #0x0
        # hole +0xab0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ab4: 890e40f9                       ldr x9, [x20, #0x18]
   ab8: 288140f9                       ldr x8, [x9, #0x100]
   abc: 0b014092                       and x11, x8, #0x1
   ac0: 28040037                       tbnz w8, #0x0, #0x84
   ac4: 0a0140f9                       ldr x10, [x8]
   ac8: 4a050091                       add x10, x10, #0x1
   acc: 0a0100f9                       str x10, [x8]
   ad0: a80200f9                       str x8, [x21]
   ad4: 2a8540f9                       ldr x10, [x9, #0x108]
   ad8: ca030036                       tbz w10, #0x0, #0x78
   adc: 6a0200f9                       str x10, [x19]
   ae0: 6b0400b5                       cbnz x11, #0x8c
   ae4: 47000014                       b #0x11c
   ae8: 23008052                       mov w3, #0x1
   aec: c53f8052                       mov w5, #0x1fe
   af0: 68068052                       mov w8, #0x33
   af4: 07feff17                       b #-0x7e4
   af8: 43008052                       mov w3, #0x2
   afc: 45158052                       mov w5, #0xaa
   b00: 28028052                       mov w8, #0x11
   b04: 04feff17                       b #-0x7f0
   b08: 0809691e                       fmul d8, d8, d9
   b0c: e80240f9                       ldr x8, [x23]
   b10: 080500f1                       subs x8, x8, #0x1
   b14: e80200f9                       str x8, [x23]
   b18: 01fbff54                       b.ne #-0xa0
   b1c: e00317aa                       mov x0, x23
   b20: 00000094                       bl #0x0
        # hole +0xb20: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b24: 0041601e                       fmov d0, d8
   b28: e00316aa                       mov x0, x22
   b2c: 00000094                       bl #0x0
        # hole +0xb2c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   b30: c0faffb5                       cbnz x0, #-0xa8
   b34: 63008052                       mov w3, #0x3
   b38: 05418052                       mov w5, #0x208
   b3c: 88068052                       mov w8, #0x34
   b40: 40ffff17                       b #-0x300
   b44: a80200f9                       str x8, [x21]
   b48: 2a8540f9                       ldr x10, [x9, #0x108]
   b4c: 8afc0737                       tbnz w10, #0x0, #-0x70
   b50: 480140f9                       ldr x8, [x10]
   b54: 08050091                       add x8, x8, #0x1
   b58: 480100f9                       str x8, [x10]
   b5c: a80240f9                       ldr x8, [x21]
   b60: 0b014092                       and x11, x8, #0x1
   b64: 6a0200f9                       str x10, [x19]
   b68: cb0400b4                       cbz x11, #0x98
   b6c: aa040036                       tbz w10, #0x0, #0x94
   b70: 08fd4193                       asr x8, x8, #1
   b74: 4bfd4193                       asr x11, x10, #1
   b78: 23008052                       mov w3, #0x1
   b7c: 45478052                       mov w5, #0x23a
   b80: 0a7d0b9b                       mul x10, x8, x11
   b84: 087d4b9b                       smulh x8, x8, x11
   b88: 1ffd8aeb                       cmp x8, x10, asr #63
   b8c: 28078052                       mov w8, #0x39
   b90: 01bcff54                       b.ne #-0x880
   b94: 0b00f8d2                       mov x11, #-0x4000000000000000
   b98: 4b010b8b                       add x11, x10, x11
   b9c: abbbffb6                       tbz x11, #0x3f, #-0x88c
   ba0: 28008052                       mov w8, #0x1
   ba4: 08050aaa                       orr x8, x8, x10, lsl #1
   ba8: a80200f9                       str x8, [x21]
   bac: 208940f9                       ldr x0, [x9, #0x110]
   bb0: 288900f9                       str x8, [x9, #0x110]
   bb4: e0000037                       tbnz w0, #0x0, #0x1c
   bb8: 080040f9                       ldr x8, [x0]
   bbc: 080500f1                       subs x8, x8, #0x1
   bc0: 080000f9                       str x8, [x0]
   bc4: 61000054                       b.ne #0xc
   bc8: 00000094                       bl #0x0
        # hole +0xbc8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   bcc: 890e40f9                       ldr x9, [x20, #0x18]
   bd0: 288d40f9                       ldr x8, [x9, #0x118]
   bd4: 0b014092                       and x11, x8, #0x1
   bd8: c8010037                       tbnz w8, #0x0, #0x38
   bdc: 0a0140f9                       ldr x10, [x8]
   be0: 4a050091                       add x10, x10, #0x1
   be4: 0a0100f9                       str x10, [x8]
   be8: a80200f9                       str x8, [x21]
   bec: 2a9140f9                       ldr x10, [x9, #0x120]
   bf0: 6a010036                       tbz w10, #0x0, #0x2c
   bf4: 6a0200f9                       str x10, [x19]
   bf8: 0b0200b5                       cbnz x11, #0x40
   bfc: 40000014                       b #0x100
   c00: 23008052                       mov w3, #0x1
   c04: 05468052                       mov w5, #0x230
   c08: 08078052                       mov w8, #0x38
   c0c: c1fdff17                       b #-0x8fc
   c10: a80200f9                       str x8, [x21]
   c14: 2a9140f9                       ldr x10, [x9, #0x120]
   c18: eafe0737                       tbnz w10, #0x0, #-0x24
   c1c: 480140f9                       ldr x8, [x10]
   c20: 08050091                       add x8, x8, #0x1
   c24: 480100f9                       str x8, [x10]
   c28: a80240f9                       ldr x8, [x21]
   c2c: 0b014092                       and x11, x8, #0x1
   c30: 6a0200f9                       str x10, [x19]
   c34: 4b0600b4                       cbz x11, #0xc8
   c38: 2a060036                       tbz w10, #0x0, #0xc4
   c3c: 4afd4193                       asr x10, x10, #1
   c40: 4805888b                       add x8, x10, x8, asr #1
   c44: 0a00f8d2                       mov x10, #-0x4000000000000000
   c48: 1f010aab                       cmn x8, x10
   c4c: a51d0054                       b.pl #0x3b4
   c50: 2a008052                       mov w10, #0x1
   c54: 480508aa                       orr x8, x10, x8, lsl #1
   c58: a80200f9                       str x8, [x21]
   c5c: 209540f9                       ldr x0, [x9, #0x128]
   c60: 289500f9                       str x8, [x9, #0x128]
   c64: e0000037                       tbnz w0, #0x0, #0x1c
   c68: 080040f9                       ldr x8, [x0]
   c6c: 080500f1                       subs x8, x8, #0x1
   c70: 080000f9                       str x8, [x0]
   c74: 61000054                       b.ne #0xc
   c78: 00000094                       bl #0x0
        # hole +0xc78: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c7c: 890e40f9                       ldr x9, [x20, #0x18]
   c80: 209940f9                       ldr x0, [x9, #0x130]
   c84: 40040037                       tbnz w0, #0x0, #0x88
   c88: 080040f9                       ldr x8, [x0]
   c8c: 0a0840b9                       ldr w10, [x0, #0x8]
   c90: 08050091                       add x8, x8, #0x1
   c94: 5f1d0071                       cmp w10, #0x7
   c98: 080000f9                       str x8, [x0]
   c9c: a00200f9                       str x0, [x21]
   ca0: 81030054                       b.ne #0x70
   ca4: 081840f9                       ldr x8, [x0, #0x30]
   ca8: 081940f9                       ldr x8, [x8, #0x30]
   cac: 083142d1                       sub x8, x8, #0x8c, lsl #12
   cb0: 1f053ef1                       cmp x8, #0xf81
   cb4: e1020054                       b.ne #0x5c
   cb8: 081c40f9                       ldr x8, [x0, #0x38]
   cbc: a81a00b4                       cbz x8, #0x354
   cc0: 082040f9                       ldr x8, [x0, #0x40]
   cc4: e8020037                       tbnz w8, #0x0, #0x5c
   cc8: 0a0140f9                       ldr x10, [x8]
   ccc: 4a050091                       add x10, x10, #0x1
   cd0: 0a0100f9                       str x10, [x8]
   cd4: a80200f9                       str x8, [x21]
   cd8: 080040f9                       ldr x8, [x0]
   cdc: 080500f1                       subs x8, x8, #0x1
   ce0: 080000f9                       str x8, [x0]
   ce4: 80020054                       b.eq #0x50
   ce8: a80240f9                       ldr x8, [x21]
   cec: 209d40f9                       ldr x0, [x9, #0x138]
   cf0: 289d00f9                       str x8, [x9, #0x138]
   cf4: c0020036                       tbz w0, #0x0, #0x58
   cf8: 1b000014                       b #0x6c
   cfc: 23008052                       mov w3, #0x1
   d00: 454c8052                       mov w5, #0x262
   d04: a8078052                       mov w8, #0x3d
   d08: 82fdff17                       b #-0x9f8
   d0c: a00200f9                       str x0, [x21]
   d10: 23008052                       mov w3, #0x1
   d14: 45518052                       mov w5, #0x28a
   d18: 28088052                       mov w8, #0x41
   d1c: 7efdff17                       b #-0xa08
   d20: a80200f9                       str x8, [x21]
   d24: 080040f9                       ldr x8, [x0]
   d28: 080500f1                       subs x8, x8, #0x1
   d2c: 080000f9                       str x8, [x0]
   d30: c1fdff54                       b.ne #-0x48
   d34: 00000094                       bl #0x0
        # hole +0xd34: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d38: 890e40f9                       ldr x9, [x20, #0x18]
   d3c: a80240f9                       ldr x8, [x21]
   d40: 209d40f9                       ldr x0, [x9, #0x138]
   d44: 289d00f9                       str x8, [x9, #0x138]
   d48: e0000037                       tbnz w0, #0x0, #0x1c
   d4c: 080040f9                       ldr x8, [x0]
   d50: 080500f1                       subs x8, x8, #0x1
   d54: 080000f9                       str x8, [x0]
   d58: 61000054                       b.ne #0xc
   d5c: 00000094                       bl #0x0
        # hole +0xd5c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d60: 890e40f9                       ldr x9, [x20, #0x18]
   d64: 20a140f9                       ldr x0, [x9, #0x140]
   d68: c0030037                       tbnz w0, #0x0, #0x78
   d6c: 080040f9                       ldr x8, [x0]
   d70: 0a0840b9                       ldr w10, [x0, #0x8]
   d74: 08050091                       add x8, x8, #0x1
   d78: 5f1d0071                       cmp w10, #0x7
   d7c: 080000f9                       str x8, [x0]
   d80: a00200f9                       str x0, [x21]
   d84: 01030054                       b.ne #0x60
   d88: 081840f9                       ldr x8, [x0, #0x30]
   d8c: 081940f9                       ldr x8, [x8, #0x30]
   d90: 08f940d1                       sub x8, x8, #0x3e, lsl #12
   d94: 1f553ff1                       cmp x8, #0xfd5
   d98: 61020054                       b.ne #0x4c
   d9c: 081c40f9                       ldr x8, [x0, #0x38]
   da0: 081400b4                       cbz x8, #0x280
   da4: 082040f9                       ldr x8, [x0, #0x40]
   da8: 68020037                       tbnz w8, #0x0, #0x4c
   dac: 0a0140f9                       ldr x10, [x8]
   db0: 4a050091                       add x10, x10, #0x1
   db4: 0a0100f9                       str x10, [x8]
   db8: a80200f9                       str x8, [x21]
   dbc: 080040f9                       ldr x8, [x0]
   dc0: 080500f1                       subs x8, x8, #0x1
   dc4: 080000f9                       str x8, [x0]
   dc8: 00020054                       b.eq #0x40
   dcc: a80240f9                       ldr x8, [x21]
   dd0: 20a540f9                       ldr x0, [x9, #0x148]
   dd4: 28a500f9                       str x8, [x9, #0x148]
   dd8: 40020036                       tbz w0, #0x0, #0x48
   ddc: 17000014                       b #0x5c
   de0: a00200f9                       str x0, [x21]
   de4: 23008052                       mov w3, #0x1
   de8: 45568052                       mov w5, #0x2b2
   dec: a8088052                       mov w8, #0x45
   df0: 49fdff17                       b #-0xadc
   df4: a80200f9                       str x8, [x21]
   df8: 080040f9                       ldr x8, [x0]
   dfc: 080500f1                       subs x8, x8, #0x1
   e00: 080000f9                       str x8, [x0]
   e04: 41feff54                       b.ne #-0x38
   e08: 00000094                       bl #0x0
        # hole +0xe08: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e0c: 890e40f9                       ldr x9, [x20, #0x18]
   e10: a80240f9                       ldr x8, [x21]
   e14: 20a540f9                       ldr x0, [x9, #0x148]
   e18: 28a500f9                       str x8, [x9, #0x148]
   e1c: e0000037                       tbnz w0, #0x0, #0x1c
   e20: 080040f9                       ldr x8, [x0]
   e24: 080500f1                       subs x8, x8, #0x1
   e28: 080000f9                       str x8, [x0]
   e2c: 61000054                       b.ne #0xc
   e30: 00000094                       bl #0x0
        # hole +0xe30: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e34: 890e40f9                       ldr x9, [x20, #0x18]
   e38: 37b140f9                       ldr x23, [x9, #0x160]
   e3c: 57010037                       tbnz w23, #0x0, #0x28
   e40: e80240f9                       ldr x8, [x23]
   e44: 08050091                       add x8, x8, #0x1
   e48: e80200f9                       str x8, [x23]
   e4c: b70200f9                       str x23, [x21]
   e50: 28a940f9                       ldr x8, [x9, #0x150]
   e54: e8000036                       tbz w8, #0x0, #0x1c
   e58: 680200f9                       str x8, [x19]
   e5c: 77010036                       tbz w23, #0x0, #0x2c
   e60: 3d000014                       b #0xf4
   e64: b70200f9                       str x23, [x21]
   e68: 28a940f9                       ldr x8, [x9, #0x150]
   e6c: 68ff0737                       tbnz w8, #0x0, #-0x14
   e70: 090140f9                       ldr x9, [x8]
   e74: 29050091                       add x9, x9, #0x1
   e78: 090100f9                       str x9, [x8]
   e7c: b70240f9                       ldr x23, [x21]
   e80: 680200f9                       str x8, [x19]
   e84: 97060037                       tbnz w23, #0x0, #0xd0
   e88: e80a40b9                       ldr w8, [x23, #0x8]
   e8c: 1f210071                       cmp w8, #0x8
   e90: 21060054                       b.ne #0xc4
   e94: e81e40f9                       ldr x8, [x23, #0x38]
   e98: e00316aa                       mov x0, x22
   e9c: e10313aa                       mov x1, x19
   ea0: 22008052                       mov w2, #0x1
   ea4: 00013fd6                       blr x8
   ea8: 680240f9                       ldr x8, [x19]
   eac: f80300aa                       mov x24, x0
   eb0: e8000037                       tbnz w8, #0x0, #0x1c
   eb4: 090140f9                       ldr x9, [x8]
   eb8: 290500f1                       subs x9, x9, #0x1
   ebc: 090100f9                       str x9, [x8]
   ec0: 61000054                       b.ne #0xc
   ec4: e00308aa                       mov x0, x8
   ec8: 00000094                       bl #0x0
        # hole +0xec8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ecc: e80240f9                       ldr x8, [x23]
   ed0: 080500f1                       subs x8, x8, #0x1
   ed4: e80200f9                       str x8, [x23]
   ed8: 61000054                       b.ne #0xc
   edc: e00317aa                       mov x0, x23
   ee0: 00000094                       bl #0x0
        # hole +0xee0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ee4: 780a00b4                       cbz x24, #0x14c
   ee8: 880e40f9                       ldr x8, [x20, #0x18]
   eec: b80200f9                       str x24, [x21]
   ef0: 00ad40f9                       ldr x0, [x8, #0x158]
   ef4: 18ad00f9                       str x24, [x8, #0x158]
   ef8: e0000037                       tbnz w0, #0x0, #0x1c
   efc: 090040f9                       ldr x9, [x0]
   f00: 290500f1                       subs x9, x9, #0x1
   f04: 090000f9                       str x9, [x0]
   f08: 61000054                       b.ne #0xc
   f0c: 00000094                       bl #0x0
        # hole +0xf0c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f10: 880e40f9                       ldr x8, [x20, #0x18]
   f14: 09b540f9                       ldr x9, [x8, #0x168]
   f18: 2b014092                       and x11, x9, #0x1
   f1c: 49020037                       tbnz w9, #0x0, #0x48
   f20: 2a0140f9                       ldr x10, [x9]
   f24: 4a050091                       add x10, x10, #0x1
   f28: 2a0100f9                       str x10, [x9]
   f2c: a90200f9                       str x9, [x21]
   f30: 0ab940f9                       ldr x10, [x8, #0x170]
   f34: ea010036                       tbz w10, #0x0, #0x3c
   f38: 6a0200f9                       str x10, [x19]
   f3c: 8b0200b5                       cbnz x11, #0x50
   f40: 2c000014                       b #0xb0
   f44: 23008052                       mov w3, #0x1
   f48: 85348052                       mov w5, #0x1a4
   f4c: 48058052                       mov w8, #0x2a
   f50: f1fcff17                       b #-0xc3c
   f54: 23008052                       mov w3, #0x1
   f58: 855c8052                       mov w5, #0x2e4
   f5c: 48098052                       mov w8, #0x4a
   f60: ecfcff17                       b #-0xc50
   f64: a90200f9                       str x9, [x21]
   f68: 0ab940f9                       ldr x10, [x8, #0x170]
   f6c: 6afe0737                       tbnz w10, #0x0, #-0x34
   f70: 490140f9                       ldr x9, [x10]
   f74: 29050091                       add x9, x9, #0x1
   f78: 490100f9                       str x9, [x10]
   f7c: a90240f9                       ldr x9, [x21]
   f80: 2b014092                       and x11, x9, #0x1
   f84: 6a0200f9                       str x10, [x19]
   f88: 4b0300b4                       cbz x11, #0x68
   f8c: 2a030036                       tbz w10, #0x0, #0x64
   f90: 4afd4193                       asr x10, x10, #1
   f94: 4905898b                       add x9, x10, x9, asr #1
   f98: 0a00f8d2                       mov x10, #-0x4000000000000000
   f9c: 3f010aab                       cmn x9, x10
   fa0: 05050054                       b.pl #0xa0
   fa4: 2a008052                       mov w10, #0x1
   fa8: 490509aa                       orr x9, x10, x9, lsl #1
   fac: a90200f9                       str x9, [x21]
   fb0: 00bd40f9                       ldr x0, [x8, #0x178]
   fb4: 09bd00f9                       str x9, [x8, #0x178]
   fb8: c0000037                       tbnz w0, #0x0, #0x18
   fbc: 080040f9                       ldr x8, [x0]
   fc0: 080500f1                       subs x8, x8, #0x1
   fc4: 080000f9                       str x8, [x0]
   fc8: 41000054                       b.ne #0x8
   fcc: 00000094                       bl #0x0
        # hole +0xfcc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   fd0: 43008052                       mov w3, #0x2
   fd4: 45658052                       mov w5, #0x32a
   fd8: 280a8052                       mov w8, #0x51
   fdc: 19feff17                       b #-0x79c
   fe0: 63008052                       mov w3, #0x3
   fe4: c53a8052                       mov w5, #0x1d6
   fe8: e8058052                       mov w8, #0x2f
   fec: 15feff17                       b #-0x7ac
   ff0: 23008052                       mov w3, #0x1
   ff4: 85618052                       mov w5, #0x30c
   ff8: c8098052                       mov w8, #0x4e
   ffc: c5fcff17                       b #-0xcec
  1000: 23008052                       mov w3, #0x1
  1004: 854d8052                       mov w5, #0x26c
  1008: c8078052                       mov w8, #0x3e
  100c: c1fcff17                       b #-0xcfc
  1010: 23008052                       mov w3, #0x1
  1014: 85528052                       mov w5, #0x294
  1018: 48088052                       mov w8, #0x42
  101c: befcff17                       b #-0xd08
  1020: 23008052                       mov w3, #0x1
  1024: 85578052                       mov w5, #0x2bc
  1028: c8088052                       mov w8, #0x46
  102c: bafcff17                       b #-0xd18
  1030: 63008052                       mov w3, #0x3
  1034: 855c8052                       mov w5, #0x2e4
  1038: 48098052                       mov w8, #0x4a
  103c: 01feff17                       b #-0x7fc
  1040: 23008052                       mov w3, #0x1
  1044: c5628052                       mov w5, #0x316
  1048: e8098052                       mov w8, #0x4f
  104c: b1fcff17                       b #-0xd3c
