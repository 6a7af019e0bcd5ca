# stencil startup_mixed for aarch64-unknown-linux-gnu: 5436 code bytes, 0 data bytes, 227 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fe0f1ff8                       str x30, [sp, #-0x10]!
    1c: f30315aa                       mov x19, x21
    20: 608600f8                       str x0, [x19], #0x8
    24: 80030037                       tbnz w0, #0x0, #0x70
    28: 080840b9                       ldr w8, [x0, #0x8]
    2c: 1f1d0071                       cmp w8, #0x7
    30: 21030054                       b.ne #0x64
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
    50: 21020054                       b.ne #0x44
    54: 081c40f9                       ldr x8, [x0, #0x38]
    58: 1f0900f1                       cmp x8, #0x2
    5c: 234a0054                       b.lo #0x944
    60: 082440f9                       ldr x8, [x0, #0x48]
    64: 28030036                       tbz w8, #0x0, #0x64
    68: a80200f9                       str x8, [x21]
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: 80030054                       b.eq #0x70
    7c: 880e40f9                       ldr x8, [x20, #0x18]
    80: a90240f9                       ldr x9, [x21]
    84: 000540f9                       ldr x0, [x8, #0x8]
    88: 090500f9                       str x9, [x8, #0x8]
    8c: a0030036                       tbz w0, #0x0, #0x74
    90: 22000014                       b #0x88
    94: 080080d2                       mov x8, #0x0
        # hole +0x94: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    98: 23008052                       mov w3, #0x1
    9c: 45018052                       mov w5, #0xa
    a0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    a4: e10313aa                       mov x1, x19
    a8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    ac: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    b0: 04050091                       add x4, x8, #0x1
    b4: e00314aa                       mov x0, x20
    b8: e20316aa                       mov x2, x22
    bc: 00000094                       bl #0x0
        # hole +0xbc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c0: fe0741f8                       ldr x30, [sp], #0x10
    c4: c0035fd6                       ret
    c8: 090140f9                       ldr x9, [x8]
    cc: 29050091                       add x9, x9, #0x1
    d0: 090100f9                       str x9, [x8]
    d4: a80200f9                       str x8, [x21]
    d8: 080040f9                       ldr x8, [x0]
    dc: 080500f1                       subs x8, x8, #0x1
    e0: 080000f9                       str x8, [x0]
    e4: c1fcff54                       b.ne #-0x68
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
   118: 171140f9                       ldr x23, [x8, #0x20]
   11c: 17010036                       tbz w23, #0x0, #0x20
   120: b70200f9                       str x23, [x21]
   124: 080940f9                       ldr x8, [x8, #0x10]
   128: 68010036                       tbz w8, #0x0, #0x2c
   12c: a1420091                       add x1, x21, #0x10
   130: a80600f9                       str x8, [x21, #0x8]
   134: f7010036                       tbz w23, #0x0, #0x3c
   138: 3c000014                       b #0xf0
   13c: e90240f9                       ldr x9, [x23]
   140: 29050091                       add x9, x9, #0x1
   144: e90200f9                       str x9, [x23]
   148: b70200f9                       str x23, [x21]
   14c: 080940f9                       ldr x8, [x8, #0x10]
   150: e8fe0737                       tbnz w8, #0x0, #-0x24
   154: 090140f9                       ldr x9, [x8]
   158: 29050091                       add x9, x9, #0x1
   15c: 090100f9                       str x9, [x8]
   160: b70240f9                       ldr x23, [x21]
   164: a1420091                       add x1, x21, #0x10
   168: a80600f9                       str x8, [x21, #0x8]
   16c: f7050037                       tbnz w23, #0x0, #0xbc
   170: e80a40b9                       ldr w8, [x23, #0x8]
   174: 1f210071                       cmp w8, #0x8
   178: 81050054                       b.ne #0xb0
   17c: e81e40f9                       ldr x8, [x23, #0x38]
   180: f90301aa                       mov x25, x1
   184: e00316aa                       mov x0, x22
   188: e10313aa                       mov x1, x19
   18c: 22008052                       mov w2, #0x1
   190: 00013fd6                       blr x8
   194: 680240f9                       ldr x8, [x19]
   198: f80300aa                       mov x24, x0
   19c: e8000037                       tbnz w8, #0x0, #0x1c
   1a0: 090140f9                       ldr x9, [x8]
   1a4: 290500f1                       subs x9, x9, #0x1
   1a8: 090100f9                       str x9, [x8]
   1ac: 61000054                       b.ne #0xc
   1b0: e00308aa                       mov x0, x8
   1b4: 00000094                       bl #0x0
        # hole +0x1b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1b8: e80240f9                       ldr x8, [x23]
   1bc: 080500f1                       subs x8, x8, #0x1
   1c0: e80200f9                       str x8, [x23]
   1c4: 61000054                       b.ne #0xc
   1c8: e00317aa                       mov x0, x23
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1d0: 384000b4                       cbz x24, #0x804
   1d4: 880e40f9                       ldr x8, [x20, #0x18]
   1d8: b80200f9                       str x24, [x21]
   1dc: e10319aa                       mov x1, x25
   1e0: 000d40f9                       ldr x0, [x8, #0x18]
   1e4: 180d00f9                       str x24, [x8, #0x18]
   1e8: 00010037                       tbnz w0, #0x0, #0x20
   1ec: 090040f9                       ldr x9, [x0]
   1f0: 290500f1                       subs x9, x9, #0x1
   1f4: 090000f9                       str x9, [x0]
   1f8: 81000054                       b.ne #0x10
   1fc: 00000094                       bl #0x0
        # hole +0x1fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   200: 880e40f9                       ldr x8, [x20, #0x18]
   204: e10319aa                       mov x1, x25
   208: 001540f9                       ldr x0, [x8, #0x28]
   20c: 60020036                       tbz w0, #0x0, #0x4c
   210: a00200f9                       str x0, [x21]
   214: 171940f9                       ldr x23, [x8, #0x30]
   218: d7020036                       tbz w23, #0x0, #0x58
   21c: 770200f9                       str x23, [x19]
   220: 40030036                       tbz w0, #0x0, #0x68
   224: 43000014                       b #0x10c
   228: 080080d2                       mov x8, #0x0
        # hole +0x228: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   22c: 23008052                       mov w3, #0x1
   230: 85078052                       mov w5, #0x3c
   234: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x234: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   238: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x238: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   23c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x23c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   240: 04190091                       add x4, x8, #0x6
   244: e00314aa                       mov x0, x20
   248: e20316aa                       mov x2, x22
   24c: 00000094                       bl #0x0
        # hole +0x24c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   250: fe0741f8                       ldr x30, [sp], #0x10
   254: c0035fd6                       ret
   258: 090040f9                       ldr x9, [x0]
   25c: 29050091                       add x9, x9, #0x1
   260: 090000f9                       str x9, [x0]
   264: a00200f9                       str x0, [x21]
   268: 171940f9                       ldr x23, [x8, #0x30]
   26c: 97fd0737                       tbnz w23, #0x0, #-0x50
   270: e80240f9                       ldr x8, [x23]
   274: 08050091                       add x8, x8, #0x1
   278: e80200f9                       str x8, [x23]
   27c: a00240f9                       ldr x0, [x21]
   280: 770200f9                       str x23, [x19]
   284: 60050037                       tbnz w0, #0x0, #0xac
   288: 080840b9                       ldr w8, [x0, #0x8]
   28c: 1f090071                       cmp w8, #0x2
   290: 01050054                       b.ne #0xa0
   294: f7040037                       tbnz w23, #0x0, #0x9c
   298: e80a40b9                       ldr w8, [x23, #0x8]
   29c: 1f090071                       cmp w8, #0x2
   2a0: 81040054                       b.ne #0x90
   2a4: 080040f9                       ldr x8, [x0]
   2a8: 081840fd                       ldr d8, [x0, #0x30]
   2ac: e91a40fd                       ldr d9, [x23, #0x30]
   2b0: 080500f1                       subs x8, x8, #0x1
   2b4: 080000f9                       str x8, [x0]
   2b8: 40050054                       b.eq #0xa8
   2bc: 0809691e                       fmul d8, d8, d9
   2c0: e80240f9                       ldr x8, [x23]
   2c4: 080500f1                       subs x8, x8, #0x1
   2c8: e80200f9                       str x8, [x23]
   2cc: 60050054                       b.eq #0xac
   2d0: 0041601e                       fmov d0, d8
   2d4: e00316aa                       mov x0, x22
   2d8: 00000094                       bl #0x0
        # hole +0x2d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2dc: a00500b4                       cbz x0, #0xb4
   2e0: 890e40f9                       ldr x9, [x20, #0x18]
   2e4: a00200f9                       str x0, [x21]
   2e8: e80300aa                       mov x8, x0
   2ec: 201d40f9                       ldr x0, [x9, #0x38]
   2f0: 281d00f9                       str x8, [x9, #0x38]
   2f4: 80060037                       tbnz w0, #0x0, #0xd0
   2f8: 080040f9                       ldr x8, [x0]
   2fc: e10319aa                       mov x1, x25
   300: 080500f1                       subs x8, x8, #0x1
   304: 080000f9                       str x8, [x0]
   308: 80060054                       b.eq #0xd0
   30c: 2a2140f9                       ldr x10, [x9, #0x40]
   310: 4b014092                       and x11, x10, #0x1
   314: ea060036                       tbz w10, #0x0, #0xdc
   318: aa0200f9                       str x10, [x21]
   31c: 282540f9                       ldr x8, [x9, #0x48]
   320: 48070036                       tbz w8, #0x0, #0xe8
   324: 680200f9                       str x8, [x19]
   328: eb0700b5                       cbnz x11, #0xfc
   32c: 54000014                       b #0x150
   330: 080080d2                       mov x8, #0x0
        # hole +0x330: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   334: 23008052                       mov w3, #0x1
   338: 850c8052                       mov w5, #0x64
   33c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x33c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   340: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x340: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   344: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x344: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   348: 04290091                       add x4, x8, #0xa
   34c: e00314aa                       mov x0, x20
   350: e20316aa                       mov x2, x22
   354: 00000094                       bl #0x0
        # hole +0x354: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   358: fe0741f8                       ldr x30, [sp], #0x10
   35c: c0035fd6                       ret
   360: 00000094                       bl #0x0
        # hole +0x360: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   364: 0809691e                       fmul d8, d8, d9
   368: e80240f9                       ldr x8, [x23]
   36c: 080500f1                       subs x8, x8, #0x1
   370: e80200f9                       str x8, [x23]
   374: e1faff54                       b.ne #-0xa4
   378: e00317aa                       mov x0, x23
   37c: 00000094                       bl #0x0
        # hole +0x37c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   380: 0041601e                       fmov d0, d8
   384: e00316aa                       mov x0, x22
   388: 00000094                       bl #0x0
        # hole +0x388: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   38c: a0faffb5                       cbnz x0, #-0xac
   390: 080080d2                       mov x8, #0x0
        # hole +0x390: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   394: 63008052                       mov w3, #0x3
   398: c50d8052                       mov w5, #0x6e
   39c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x39c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3a0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3a0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3a4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3a8: 042d0091                       add x4, x8, #0xb
   3ac: e10315aa                       mov x1, x21
   3b0: e00314aa                       mov x0, x20
   3b4: e20316aa                       mov x2, x22
   3b8: 00000094                       bl #0x0
        # hole +0x3b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3bc: fe0741f8                       ldr x30, [sp], #0x10
   3c0: c0035fd6                       ret
   3c4: e10319aa                       mov x1, x25
   3c8: 2a2140f9                       ldr x10, [x9, #0x40]
   3cc: 4b014092                       and x11, x10, #0x1
   3d0: 4afa0737                       tbnz w10, #0x0, #-0xb8
   3d4: 07000014                       b #0x1c
   3d8: 00000094                       bl #0x0
        # hole +0x3d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3dc: 890e40f9                       ldr x9, [x20, #0x18]
   3e0: e10319aa                       mov x1, x25
   3e4: 2a2140f9                       ldr x10, [x9, #0x40]
   3e8: 4b014092                       and x11, x10, #0x1
   3ec: 6af90737                       tbnz w10, #0x0, #-0xd4
   3f0: 480140f9                       ldr x8, [x10]
   3f4: 08050091                       add x8, x8, #0x1
   3f8: 480100f9                       str x8, [x10]
   3fc: aa0200f9                       str x10, [x21]
   400: 282540f9                       ldr x8, [x9, #0x48]
   404: 08f90737                       tbnz w8, #0x0, #-0xe0
   408: 0a0140f9                       ldr x10, [x8]
   40c: 4a050091                       add x10, x10, #0x1
   410: 0a0100f9                       str x10, [x8]
   414: aa0240f9                       ldr x10, [x21]
   418: 4b014092                       and x11, x10, #0x1
   41c: 680200f9                       str x8, [x19]
   420: eb0200b4                       cbz x11, #0x5c
   424: c8020036                       tbz w8, #0x0, #0x58
   428: 0b0080d2                       mov x11, #0x0
        # hole +0x428: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
   42c: 0c0080d2                       mov x12, #0x0
        # hole +0x42c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
   430: 4afd4193                       asr x10, x10, #1
   434: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x434: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
   438: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x438: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
   43c: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x43c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
   440: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x440: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
   444: 5f0588eb                       cmp x10, x8, asr #1
   448: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x448: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
   44c: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x44c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
   450: 88b18b9a                       csel x8, x12, x11, lt
   454: a80200f9                       str x8, [x21]
   458: 2a440054                       b.ge #0x884
   45c: 202940f9                       ldr x0, [x9, #0x50]
   460: 60020036                       tbz w0, #0x0, #0x4c
   464: a00200f9                       str x0, [x21]
   468: 372d40f9                       ldr x23, [x9, #0x58]
   46c: d7020036                       tbz w23, #0x0, #0x58
   470: 770200f9                       str x23, [x19]
   474: 40030036                       tbz w0, #0x0, #0x68
   478: 43000014                       b #0x10c
   47c: 080080d2                       mov x8, #0x0
        # hole +0x47c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   480: 23008052                       mov w3, #0x1
   484: c5128052                       mov w5, #0x96
   488: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x488: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   48c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x48c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   490: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x490: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   494: 043d0091                       add x4, x8, #0xf
   498: e00314aa                       mov x0, x20
   49c: e20316aa                       mov x2, x22
   4a0: 00000094                       bl #0x0
        # hole +0x4a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   4a4: fe0741f8                       ldr x30, [sp], #0x10
   4a8: c0035fd6                       ret
   4ac: 080040f9                       ldr x8, [x0]
   4b0: 08050091                       add x8, x8, #0x1
   4b4: 080000f9                       str x8, [x0]
   4b8: a00200f9                       str x0, [x21]
   4bc: 372d40f9                       ldr x23, [x9, #0x58]
   4c0: 97fd0737                       tbnz w23, #0x0, #-0x50
   4c4: e80240f9                       ldr x8, [x23]
   4c8: 08050091                       add x8, x8, #0x1
   4cc: e80200f9                       str x8, [x23]
   4d0: a00240f9                       ldr x0, [x21]
   4d4: 770200f9                       str x23, [x19]
   4d8: 60050037                       tbnz w0, #0x0, #0xac
   4dc: 080840b9                       ldr w8, [x0, #0x8]
   4e0: 1f090071                       cmp w8, #0x2
   4e4: 01050054                       b.ne #0xa0
   4e8: f7040037                       tbnz w23, #0x0, #0x9c
   4ec: e80a40b9                       ldr w8, [x23, #0x8]
   4f0: 1f090071                       cmp w8, #0x2
   4f4: 81040054                       b.ne #0x90
   4f8: 080040f9                       ldr x8, [x0]
   4fc: 081840fd                       ldr d8, [x0, #0x30]
   500: e91a40fd                       ldr d9, [x23, #0x30]
   504: 080500f1                       subs x8, x8, #0x1
   508: 080000f9                       str x8, [x0]
   50c: 40050054                       b.eq #0xa8
   510: 0809691e                       fmul d8, d8, d9
   514: e80240f9                       ldr x8, [x23]
   518: 080500f1                       subs x8, x8, #0x1
   51c: e80200f9                       str x8, [x23]
   520: 60050054                       b.eq #0xac
   524: 0041601e                       fmov d0, d8
   528: e00316aa                       mov x0, x22
   52c: 00000094                       bl #0x0
        # hole +0x52c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   530: a00500b4                       cbz x0, #0xb4
   534: 890e40f9                       ldr x9, [x20, #0x18]
   538: a00200f9                       str x0, [x21]
   53c: e80300aa                       mov x8, x0
   540: 203140f9                       ldr x0, [x9, #0x60]
   544: 283100f9                       str x8, [x9, #0x60]
   548: 80060037                       tbnz w0, #0x0, #0xd0
   54c: 080040f9                       ldr x8, [x0]
   550: e10319aa                       mov x1, x25
   554: 080500f1                       subs x8, x8, #0x1
   558: 080000f9                       str x8, [x0]
   55c: 80060054                       b.eq #0xd0
   560: 283540f9                       ldr x8, [x9, #0x68]
   564: 0b014092                       and x11, x8, #0x1
   568: e8060036                       tbz w8, #0x0, #0xdc
   56c: a80200f9                       str x8, [x21]
   570: 2a3940f9                       ldr x10, [x9, #0x70]
   574: 4a070036                       tbz w10, #0x0, #0xe8
   578: 6a0200f9                       str x10, [x19]
   57c: eb0700b5                       cbnz x11, #0xfc
   580: 5e000014                       b #0x178
   584: 080080d2                       mov x8, #0x0
        # hole +0x584: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   588: 23008052                       mov w3, #0x1
   58c: 05198052                       mov w5, #0xc8
   590: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x590: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   594: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x594: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   598: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x598: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   59c: 04510091                       add x4, x8, #0x14
   5a0: e00314aa                       mov x0, x20
   5a4: e20316aa                       mov x2, x22
   5a8: 00000094                       bl #0x0
        # hole +0x5a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5ac: fe0741f8                       ldr x30, [sp], #0x10
   5b0: c0035fd6                       ret
   5b4: 00000094                       bl #0x0
        # hole +0x5b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5b8: 0809691e                       fmul d8, d8, d9
   5bc: e80240f9                       ldr x8, [x23]
   5c0: 080500f1                       subs x8, x8, #0x1
   5c4: e80200f9                       str x8, [x23]
   5c8: e1faff54                       b.ne #-0xa4
   5cc: e00317aa                       mov x0, x23
   5d0: 00000094                       bl #0x0
        # hole +0x5d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5d4: 0041601e                       fmov d0, d8
   5d8: e00316aa                       mov x0, x22
   5dc: 00000094                       bl #0x0
        # hole +0x5dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   5e0: a0faffb5                       cbnz x0, #-0xac
   5e4: 080080d2                       mov x8, #0x0
        # hole +0x5e4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   5e8: 63008052                       mov w3, #0x3
   5ec: 451a8052                       mov w5, #0xd2
   5f0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5f0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5f4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x5f4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   5f8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x5f8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   5fc: 04550091                       add x4, x8, #0x15
   600: e10315aa                       mov x1, x21
   604: e00314aa                       mov x0, x20
   608: e20316aa                       mov x2, x22
   60c: 00000094                       bl #0x0
        # hole +0x60c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   610: fe0741f8                       ldr x30, [sp], #0x10
   614: c0035fd6                       ret
   618: e10319aa                       mov x1, x25
   61c: 283540f9                       ldr x8, [x9, #0x68]
   620: 0b014092                       and x11, x8, #0x1
   624: 48fa0737                       tbnz w8, #0x0, #-0xb8
   628: 07000014                       b #0x1c
   62c: 00000094                       bl #0x0
        # hole +0x62c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   630: 890e40f9                       ldr x9, [x20, #0x18]
   634: e10319aa                       mov x1, x25
   638: 283540f9                       ldr x8, [x9, #0x68]
   63c: 0b014092                       and x11, x8, #0x1
   640: 68f90737                       tbnz w8, #0x0, #-0xd4
   644: 0a0140f9                       ldr x10, [x8]
   648: 4a050091                       add x10, x10, #0x1
   64c: 0a0100f9                       str x10, [x8]
   650: a80200f9                       str x8, [x21]
   654: 2a3940f9                       ldr x10, [x9, #0x70]
   658: 0af90737                       tbnz w10, #0x0, #-0xe0
   65c: 480140f9                       ldr x8, [x10]
   660: 08050091                       add x8, x8, #0x1
   664: 480100f9                       str x8, [x10]
   668: a80240f9                       ldr x8, [x21]
   66c: 0b014092                       and x11, x8, #0x1
   670: 6a0200f9                       str x10, [x19]
   674: 2b0400b4                       cbz x11, #0x84
   678: 0a040036                       tbz w10, #0x0, #0x80
   67c: 0bfd4193                       asr x11, x8, #1
   680: 4afd4193                       asr x10, x10, #1
   684: 687d0a9b                       mul x8, x11, x10
   688: 6a7d4a9b                       smulh x10, x11, x10
   68c: 5ffd88eb                       cmp x10, x8, asr #63
   690: 01490054                       b.ne #0x920
   694: 0a00f8d2                       mov x10, #-0x4000000000000000
   698: 0a010a8b                       add x10, x8, x10
   69c: aa48f8b6                       tbz x10, #0x3f, #0x914
   6a0: 2a008052                       mov w10, #0x1
   6a4: 480508aa                       orr x8, x10, x8, lsl #1
   6a8: a80200f9                       str x8, [x21]
   6ac: 203d40f9                       ldr x0, [x9, #0x78]
   6b0: 283d00f9                       str x8, [x9, #0x78]
   6b4: 00010037                       tbnz w0, #0x0, #0x20
   6b8: 080040f9                       ldr x8, [x0]
   6bc: 080500f1                       subs x8, x8, #0x1
   6c0: 080000f9                       str x8, [x0]
   6c4: 81000054                       b.ne #0x10
   6c8: 00000094                       bl #0x0
        # hole +0x6c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6cc: 890e40f9                       ldr x9, [x20, #0x18]
   6d0: e10319aa                       mov x1, x25
   6d4: 284140f9                       ldr x8, [x9, #0x80]
   6d8: 0b014092                       and x11, x8, #0x1
   6dc: 68020036                       tbz w8, #0x0, #0x4c
   6e0: a80200f9                       str x8, [x21]
   6e4: 2a4540f9                       ldr x10, [x9, #0x88]
   6e8: ca020036                       tbz w10, #0x0, #0x58
   6ec: 6a0200f9                       str x10, [x19]
   6f0: 6b0300b5                       cbnz x11, #0x6c
   6f4: 3a000014                       b #0xe8
   6f8: 080080d2                       mov x8, #0x0
        # hole +0x6f8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6fc: 23008052                       mov w3, #0x1
   700: 451f8052                       mov w5, #0xfa
   704: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x704: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   708: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x708: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   70c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x70c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   710: 04650091                       add x4, x8, #0x19
   714: e00314aa                       mov x0, x20
   718: e20316aa                       mov x2, x22
   71c: 00000094                       bl #0x0
        # hole +0x71c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   720: fe0741f8                       ldr x30, [sp], #0x10
   724: c0035fd6                       ret
   728: 0a0140f9                       ldr x10, [x8]
   72c: 4a050091                       add x10, x10, #0x1
   730: 0a0100f9                       str x10, [x8]
   734: a80200f9                       str x8, [x21]
   738: 2a4540f9                       ldr x10, [x9, #0x88]
   73c: 8afd0737                       tbnz w10, #0x0, #-0x50
   740: 480140f9                       ldr x8, [x10]
   744: 08050091                       add x8, x8, #0x1
   748: 480100f9                       str x8, [x10]
   74c: a80240f9                       ldr x8, [x21]
   750: 0b014092                       and x11, x8, #0x1
   754: 6a0200f9                       str x10, [x19]
   758: 2b0400b4                       cbz x11, #0x84
   75c: 0a040036                       tbz w10, #0x0, #0x80
   760: 0bfd4193                       asr x11, x8, #1
   764: 4afd4193                       asr x10, x10, #1
   768: 687d0a9b                       mul x8, x11, x10
   76c: 6a7d4a9b                       smulh x10, x11, x10
   770: 5ffd88eb                       cmp x10, x8, asr #63
   774: 61430054                       b.ne #0x86c
   778: 0a00f8d2                       mov x10, #-0x4000000000000000
   77c: 0a010a8b                       add x10, x8, x10
   780: 0a43f8b6                       tbz x10, #0x3f, #0x860
   784: 2a008052                       mov w10, #0x1
   788: 480508aa                       orr x8, x10, x8, lsl #1
   78c: a80200f9                       str x8, [x21]
   790: 204940f9                       ldr x0, [x9, #0x90]
   794: 284900f9                       str x8, [x9, #0x90]
   798: 00010037                       tbnz w0, #0x0, #0x20
   79c: 080040f9                       ldr x8, [x0]
   7a0: 080500f1                       subs x8, x8, #0x1
   7a4: 080000f9                       str x8, [x0]
   7a8: 81000054                       b.ne #0x10
   7ac: 00000094                       bl #0x0
        # hole +0x7ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7b0: 890e40f9                       ldr x9, [x20, #0x18]
   7b4: e10319aa                       mov x1, x25
   7b8: 284d40f9                       ldr x8, [x9, #0x98]
   7bc: 0b014092                       and x11, x8, #0x1
   7c0: 68020036                       tbz w8, #0x0, #0x4c
   7c4: a80200f9                       str x8, [x21]
   7c8: 2a5140f9                       ldr x10, [x9, #0xa0]
   7cc: ca020036                       tbz w10, #0x0, #0x58
   7d0: 6a0200f9                       str x10, [x19]
   7d4: 6b0300b5                       cbnz x11, #0x6c
   7d8: 58000014                       b #0x160
   7dc: 080080d2                       mov x8, #0x0
        # hole +0x7dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   7e0: 23008052                       mov w3, #0x1
   7e4: 85258052                       mov w5, #0x12c
   7e8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x7e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7ec: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x7ec: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7f0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x7f0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7f4: 04790091                       add x4, x8, #0x1e
   7f8: e00314aa                       mov x0, x20
   7fc: e20316aa                       mov x2, x22
   800: 00000094                       bl #0x0
        # hole +0x800: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   804: fe0741f8                       ldr x30, [sp], #0x10
   808: c0035fd6                       ret
   80c: 0a0140f9                       ldr x10, [x8]
   810: 4a050091                       add x10, x10, #0x1
   814: 0a0100f9                       str x10, [x8]
   818: a80200f9                       str x8, [x21]
   81c: 2a5140f9                       ldr x10, [x9, #0xa0]
   820: 8afd0737                       tbnz w10, #0x0, #-0x50
   824: 480140f9                       ldr x8, [x10]
   828: 08050091                       add x8, x8, #0x1
   82c: 480100f9                       str x8, [x10]
   830: a80240f9                       ldr x8, [x21]
   834: 0b014092                       and x11, x8, #0x1
   838: 6a0200f9                       str x10, [x19]
   83c: eb0700b4                       cbz x11, #0xfc
   840: ca070036                       tbz w10, #0x0, #0xf8
   844: 0bfd4193                       asr x11, x8, #1
   848: 4afd4193                       asr x10, x10, #1
   84c: 687d0a9b                       mul x8, x11, x10
   850: 6a7d4a9b                       smulh x10, x11, x10
   854: 5ffd88eb                       cmp x10, x8, asr #63
   858: 81450054                       b.ne #0x8b0
   85c: 0a00f8d2                       mov x10, #-0x4000000000000000
   860: 0a010a8b                       add x10, x8, x10
   864: 2a45f8b6                       tbz x10, #0x3f, #0x8a4
   868: 2a008052                       mov w10, #0x1
   86c: 480508aa                       orr x8, x10, x8, lsl #1
   870: a80200f9                       str x8, [x21]
   874: 205540f9                       ldr x0, [x9, #0xa8]
   878: 285500f9                       str x8, [x9, #0xa8]
   87c: e0000037                       tbnz w0, #0x0, #0x1c
   880: 080040f9                       ldr x8, [x0]
   884: 080500f1                       subs x8, x8, #0x1
   888: 080000f9                       str x8, [x0]
   88c: 61000054                       b.ne #0xc
   890: 00000094                       bl #0x0
        # hole +0x890: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   894: 890e40f9                       ldr x9, [x20, #0x18]
   898: a8078052                       mov w8, #0x3d
   89c: a80200f9                       str x8, [x21]
   8a0: 205940f9                       ldr x0, [x9, #0xb0]
   8a4: 285900f9                       str x8, [x9, #0xb0]
   8a8: e0000037                       tbnz w0, #0x0, #0x1c
   8ac: 080040f9                       ldr x8, [x0]
   8b0: 080500f1                       subs x8, x8, #0x1
   8b4: 080000f9                       str x8, [x0]
   8b8: 61000054                       b.ne #0xc
   8bc: 00000094                       bl #0x0
        # hole +0x8bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8c0: 890e40f9                       ldr x9, [x20, #0x18]
   8c4: 205d40f9                       ldr x0, [x9, #0xb8]
   8c8: 00050037                       tbnz w0, #0x0, #0xa0
   8cc: 080040f9                       ldr x8, [x0]
   8d0: 0a0840b9                       ldr w10, [x0, #0x8]
   8d4: 08050091                       add x8, x8, #0x1
   8d8: 5f1d0071                       cmp w10, #0x7
   8dc: 080000f9                       str x8, [x0]
   8e0: a00200f9                       str x0, [x21]
   8e4: 41040054                       b.ne #0x88
   8e8: 081840f9                       ldr x8, [x0, #0x30]
   8ec: 081940f9                       ldr x8, [x8, #0x30]
   8f0: 081942d1                       sub x8, x8, #0x86, lsl #12
   8f4: 1fed3af1                       cmp x8, #0xebb
   8f8: a1030054                       b.ne #0x74
   8fc: 081c40f9                       ldr x8, [x0, #0x38]
   900: 1f0900f1                       cmp x8, #0x2
   904: c34d0054                       b.lo #0x9b8
   908: 082440f9                       ldr x8, [x0, #0x48]
   90c: e8070036                       tbz w8, #0x0, #0xfc
   910: a80200f9                       str x8, [x21]
   914: 080040f9                       ldr x8, [x0]
   918: 080500f1                       subs x8, x8, #0x1
   91c: 080000f9                       str x8, [x0]
   920: 40080054                       b.eq #0x108
   924: a80240f9                       ldr x8, [x21]
   928: 206140f9                       ldr x0, [x9, #0xc0]
   92c: 286100f9                       str x8, [x9, #0xc0]
   930: 80080036                       tbz w0, #0x0, #0x110
   934: 49000014                       b #0x124
   938: 080080d2                       mov x8, #0x0
        # hole +0x938: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   93c: 23008052                       mov w3, #0x1
   940: c52b8052                       mov w5, #0x15e
   944: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x944: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   948: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x948: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   94c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x94c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   950: 048d0091                       add x4, x8, #0x23
   954: e00314aa                       mov x0, x20
   958: e20316aa                       mov x2, x22
   95c: 00000094                       bl #0x0
        # hole +0x95c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   960: fe0741f8                       ldr x30, [sp], #0x10
   964: c0035fd6                       ret
   968: a00200f9                       str x0, [x21]
   96c: 080080d2                       mov x8, #0x0
        # hole +0x96c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   970: 23008052                       mov w3, #0x1
   974: 45338052                       mov w5, #0x19a
   978: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x978: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   97c: e10313aa                       mov x1, x19
   980: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x980: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   984: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x984: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   988: 04a50091                       add x4, x8, #0x29
   98c: e00314aa                       mov x0, x20
   990: e20316aa                       mov x2, x22
   994: 00000094                       bl #0x0
        # hole +0x994: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   998: fe0741f8                       ldr x30, [sp], #0x10
   99c: c0035fd6                       ret
   9a0: 080080d2                       mov x8, #0x0
        # hole +0x9a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   9a4: 23008052                       mov w3, #0x1
   9a8: 85028052                       mov w5, #0x14
   9ac: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9ac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   9b0: e10313aa                       mov x1, x19
   9b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x9b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   9b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x9b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   9bc: 04090091                       add x4, x8, #0x2
   9c0: e00314aa                       mov x0, x20
   9c4: e20316aa                       mov x2, x22
   9c8: 00000094                       bl #0x0
        # hole +0x9c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   9cc: fe0741f8                       ldr x30, [sp], #0x10
   9d0: c0035fd6                       ret
   9d4: 080080d2                       mov x8, #0x0
        # hole +0x9d4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   9d8: 63008052                       mov w3, #0x3
   9dc: 85078052                       mov w5, #0x3c
   9e0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9e0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   9e4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x9e4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   9e8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x9e8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   9ec: 04190091                       add x4, x8, #0x6
   9f0: e10315aa                       mov x1, x21
   9f4: e00314aa                       mov x0, x20
   9f8: e20316aa                       mov x2, x22
   9fc: 00000094                       bl #0x0
        # hole +0x9fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a00: fe0741f8                       ldr x30, [sp], #0x10
   a04: c0035fd6                       ret
   a08: 0a0140f9                       ldr x10, [x8]
   a0c: 4a050091                       add x10, x10, #0x1
   a10: 0a0100f9                       str x10, [x8]
   a14: a80200f9                       str x8, [x21]
   a18: 080040f9                       ldr x8, [x0]
   a1c: 080500f1                       subs x8, x8, #0x1
   a20: 080000f9                       str x8, [x0]
   a24: 01f8ff54                       b.ne #-0x100
   a28: 00000094                       bl #0x0
        # hole +0xa28: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a2c: 890e40f9                       ldr x9, [x20, #0x18]
   a30: a80240f9                       ldr x8, [x21]
   a34: 206140f9                       ldr x0, [x9, #0xc0]
   a38: 286100f9                       str x8, [x9, #0xc0]
   a3c: e0000037                       tbnz w0, #0x0, #0x1c
   a40: 080040f9                       ldr x8, [x0]
   a44: 080500f1                       subs x8, x8, #0x1
   a48: 080000f9                       str x8, [x0]
   a4c: 61000054                       b.ne #0xc
   a50: 00000094                       bl #0x0
        # hole +0xa50: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a54: 890e40f9                       ldr x9, [x20, #0x18]
   a58: 287140f9                       ldr x8, [x9, #0xe0]
   a5c: 68010036                       tbz w8, #0x0, #0x2c
   a60: a80200f9                       str x8, [x21]
   a64: 286540f9                       ldr x8, [x9, #0xc8]
   a68: c8010036                       tbz w8, #0x0, #0x38
   a6c: 680200f9                       str x8, [x19]
   a70: 286940f9                       ldr x8, [x9, #0xd0]
   a74: 28020036                       tbz w8, #0x0, #0x44
   a78: b70240f9                       ldr x23, [x21]
   a7c: a80a00f9                       str x8, [x21, #0x10]
   a80: 97020036                       tbz w23, #0x0, #0x50
   a84: 45000014                       b #0x114
   a88: 0a0140f9                       ldr x10, [x8]
   a8c: 4a050091                       add x10, x10, #0x1
   a90: 0a0100f9                       str x10, [x8]
   a94: a80200f9                       str x8, [x21]
   a98: 286540f9                       ldr x8, [x9, #0xc8]
   a9c: 88fe0737                       tbnz w8, #0x0, #-0x30
   aa0: 0a0140f9                       ldr x10, [x8]
   aa4: 4a050091                       add x10, x10, #0x1
   aa8: 0a0100f9                       str x10, [x8]
   aac: 680200f9                       str x8, [x19]
   ab0: 286940f9                       ldr x8, [x9, #0xd0]
   ab4: 28fe0737                       tbnz w8, #0x0, #-0x3c
   ab8: 090140f9                       ldr x9, [x8]
   abc: 29050091                       add x9, x9, #0x1
   ac0: 090100f9                       str x9, [x8]
   ac4: b70240f9                       ldr x23, [x21]
   ac8: a80a00f9                       str x8, [x21, #0x10]
   acc: 77060037                       tbnz w23, #0x0, #0xcc
   ad0: e80a40b9                       ldr w8, [x23, #0x8]
   ad4: 1f210071                       cmp w8, #0x8
   ad8: 01060054                       b.ne #0xc0
   adc: e81e40f9                       ldr x8, [x23, #0x38]
   ae0: e00316aa                       mov x0, x22
   ae4: e10313aa                       mov x1, x19
   ae8: 42008052                       mov w2, #0x2
   aec: 00013fd6                       blr x8
   af0: 680240f9                       ldr x8, [x19]
   af4: f80300aa                       mov x24, x0
   af8: e8000037                       tbnz w8, #0x0, #0x1c
   afc: 090140f9                       ldr x9, [x8]
   b00: 290500f1                       subs x9, x9, #0x1
   b04: 090100f9                       str x9, [x8]
   b08: 61000054                       b.ne #0xc
   b0c: e00308aa                       mov x0, x8
   b10: 00000094                       bl #0x0
        # hole +0xb10: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b14: a00a40f9                       ldr x0, [x21, #0x10]
   b18: c0000037                       tbnz w0, #0x0, #0x18
   b1c: 080040f9                       ldr x8, [x0]
   b20: 080500f1                       subs x8, x8, #0x1
   b24: 080000f9                       str x8, [x0]
   b28: 41000054                       b.ne #0x8
   b2c: 00000094                       bl #0x0
        # hole +0xb2c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b30: e80240f9                       ldr x8, [x23]
   b34: 080500f1                       subs x8, x8, #0x1
   b38: e80200f9                       str x8, [x23]
   b3c: 61000054                       b.ne #0xc
   b40: e00317aa                       mov x0, x23
   b44: 00000094                       bl #0x0
        # hole +0xb44: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b48: 584400b4                       cbz x24, #0x888
   b4c: 880e40f9                       ldr x8, [x20, #0x18]
   b50: b80200f9                       str x24, [x21]
   b54: 006d40f9                       ldr x0, [x8, #0xd8]
   b58: 186d00f9                       str x24, [x8, #0xd8]
   b5c: e0000037                       tbnz w0, #0x0, #0x1c
   b60: 090040f9                       ldr x9, [x0]
   b64: 290500f1                       subs x9, x9, #0x1
   b68: 090000f9                       str x9, [x0]
   b6c: 61000054                       b.ne #0xc
   b70: 00000094                       bl #0x0
        # hole +0xb70: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b74: 880e40f9                       ldr x8, [x20, #0x18]
   b78: 007540f9                       ldr x0, [x8, #0xe8]
   b7c: 80020036                       tbz w0, #0x0, #0x50
   b80: a00200f9                       str x0, [x21]
   b84: 177940f9                       ldr x23, [x8, #0xf0]
   b88: f7020036                       tbz w23, #0x0, #0x5c
   b8c: 770200f9                       str x23, [x19]
   b90: 60030036                       tbz w0, #0x0, #0x6c
   b94: 45000014                       b #0x114
   b98: 080080d2                       mov x8, #0x0
        # hole +0xb98: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   b9c: a1620091                       add x1, x21, #0x18
   ba0: 23008052                       mov w3, #0x1
   ba4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xba4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   ba8: c53a8052                       mov w5, #0x1d6
   bac: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xbac: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   bb0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xbb0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   bb4: 04bd0091                       add x4, x8, #0x2f
   bb8: e00314aa                       mov x0, x20
   bbc: e20316aa                       mov x2, x22
   bc0: 00000094                       bl #0x0
        # hole +0xbc0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   bc4: fe0741f8                       ldr x30, [sp], #0x10
   bc8: c0035fd6                       ret
   bcc: 090040f9                       ldr x9, [x0]
   bd0: 29050091                       add x9, x9, #0x1
   bd4: 090000f9                       str x9, [x0]
   bd8: a00200f9                       str x0, [x21]
   bdc: 177940f9                       ldr x23, [x8, #0xf0]
   be0: 77fd0737                       tbnz w23, #0x0, #-0x54
   be4: e80240f9                       ldr x8, [x23]
   be8: 08050091                       add x8, x8, #0x1
   bec: e80200f9                       str x8, [x23]
   bf0: a00240f9                       ldr x0, [x21]
   bf4: 770200f9                       str x23, [x19]
   bf8: 80050037                       tbnz w0, #0x0, #0xb0
   bfc: 080840b9                       ldr w8, [x0, #0x8]
   c00: 1f090071                       cmp w8, #0x2
   c04: 21050054                       b.ne #0xa4
   c08: 17050037                       tbnz w23, #0x0, #0xa0
   c0c: e80a40b9                       ldr w8, [x23, #0x8]
   c10: 1f090071                       cmp w8, #0x2
   c14: a1040054                       b.ne #0x94
   c18: 080040f9                       ldr x8, [x0]
   c1c: 081840fd                       ldr d8, [x0, #0x30]
   c20: e91a40fd                       ldr d9, [x23, #0x30]
   c24: 080500f1                       subs x8, x8, #0x1
   c28: 080000f9                       str x8, [x0]
   c2c: 20070054                       b.eq #0xe4
   c30: 0809691e                       fmul d8, d8, d9
   c34: e80240f9                       ldr x8, [x23]
   c38: 080500f1                       subs x8, x8, #0x1
   c3c: e80200f9                       str x8, [x23]
   c40: 40070054                       b.eq #0xe8
   c44: 0041601e                       fmov d0, d8
   c48: e00316aa                       mov x0, x22
   c4c: 00000094                       bl #0x0
        # hole +0xc4c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   c50: 800700b4                       cbz x0, #0xf0
   c54: 890e40f9                       ldr x9, [x20, #0x18]
   c58: a00200f9                       str x0, [x21]
   c5c: e80300aa                       mov x8, x0
   c60: 207d40f9                       ldr x0, [x9, #0xf8]
   c64: 287d00f9                       str x8, [x9, #0xf8]
   c68: e0000037                       tbnz w0, #0x0, #0x1c
   c6c: 080040f9                       ldr x8, [x0]
   c70: 080500f1                       subs x8, x8, #0x1
   c74: 080000f9                       str x8, [x0]
   c78: 61000054                       b.ne #0xc
   c7c: 00000094                       bl #0x0
        # hole +0xc7c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c80: 890e40f9                       ldr x9, [x20, #0x18]
   c84: 288140f9                       ldr x8, [x9, #0x100]
   c88: 0b014092                       and x11, x8, #0x1
   c8c: 48070036                       tbz w8, #0x0, #0xe8
   c90: a80200f9                       str x8, [x21]
   c94: 2a8540f9                       ldr x10, [x9, #0x108]
   c98: aa070036                       tbz w10, #0x0, #0xf4
   c9c: 6a0200f9                       str x10, [x19]
   ca0: 4b0800b5                       cbnz x11, #0x108
   ca4: 60000014                       b #0x180
   ca8: 080080d2                       mov x8, #0x0
        # hole +0xca8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   cac: 23008052                       mov w3, #0x1
   cb0: c53f8052                       mov w5, #0x1fe
   cb4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xcb4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   cb8: e10319aa                       mov x1, x25
   cbc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xcbc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   cc0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xcc0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   cc4: 04cd0091                       add x4, x8, #0x33
   cc8: e00314aa                       mov x0, x20
   ccc: e20316aa                       mov x2, x22
   cd0: 00000094                       bl #0x0
        # hole +0xcd0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   cd4: fe0741f8                       ldr x30, [sp], #0x10
   cd8: c0035fd6                       ret
   cdc: 080080d2                       mov x8, #0x0
        # hole +0xcdc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   ce0: 43008052                       mov w3, #0x2
   ce4: 45158052                       mov w5, #0xaa
   ce8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xce8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   cec: e10313aa                       mov x1, x19
   cf0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xcf0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   cf4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xcf4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   cf8: 04450091                       add x4, x8, #0x11
   cfc: e00314aa                       mov x0, x20
   d00: e20316aa                       mov x2, x22
   d04: 00000094                       bl #0x0
        # hole +0xd04: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   d08: fe0741f8                       ldr x30, [sp], #0x10
   d0c: c0035fd6                       ret
   d10: 00000094                       bl #0x0
        # hole +0xd10: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d14: 0809691e                       fmul d8, d8, d9
   d18: e80240f9                       ldr x8, [x23]
   d1c: 080500f1                       subs x8, x8, #0x1
   d20: e80200f9                       str x8, [x23]
   d24: 01f9ff54                       b.ne #-0xe0
   d28: e00317aa                       mov x0, x23
   d2c: 00000094                       bl #0x0
        # hole +0xd2c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d30: 0041601e                       fmov d0, d8
   d34: e00316aa                       mov x0, x22
   d38: 00000094                       bl #0x0
        # hole +0xd38: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   d3c: c0f8ffb5                       cbnz x0, #-0xe8
   d40: 080080d2                       mov x8, #0x0
        # hole +0xd40: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   d44: 63008052                       mov w3, #0x3
   d48: 05418052                       mov w5, #0x208
   d4c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xd4c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   d50: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xd50: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   d54: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xd54: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   d58: 04d10091                       add x4, x8, #0x34
   d5c: e10315aa                       mov x1, x21
   d60: e00314aa                       mov x0, x20
   d64: e20316aa                       mov x2, x22
   d68: 00000094                       bl #0x0
        # hole +0xd68: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   d6c: fe0741f8                       ldr x30, [sp], #0x10
   d70: c0035fd6                       ret
   d74: 0a0140f9                       ldr x10, [x8]
   d78: 4a050091                       add x10, x10, #0x1
   d7c: 0a0100f9                       str x10, [x8]
   d80: a80200f9                       str x8, [x21]
   d84: 2a8540f9                       ldr x10, [x9, #0x108]
   d88: aaf80737                       tbnz w10, #0x0, #-0xec
   d8c: 480140f9                       ldr x8, [x10]
   d90: 08050091                       add x8, x8, #0x1
   d94: 480100f9                       str x8, [x10]
   d98: a80240f9                       ldr x8, [x21]
   d9c: 0b014092                       and x11, x8, #0x1
   da0: 6a0200f9                       str x10, [x19]
   da4: 0b0400b4                       cbz x11, #0x80
   da8: ea030036                       tbz w10, #0x0, #0x7c
   dac: 0bfd4193                       asr x11, x8, #1
   db0: 4afd4193                       asr x10, x10, #1
   db4: 687d0a9b                       mul x8, x11, x10
   db8: 6a7d4a9b                       smulh x10, x11, x10
   dbc: 5ffd88eb                       cmp x10, x8, asr #63
   dc0: 21320054                       b.ne #0x644
   dc4: 0a00f8d2                       mov x10, #-0x4000000000000000
   dc8: 0a010a8b                       add x10, x8, x10
   dcc: ca31f8b6                       tbz x10, #0x3f, #0x638
   dd0: 2a008052                       mov w10, #0x1
   dd4: 480508aa                       orr x8, x10, x8, lsl #1
   dd8: a80200f9                       str x8, [x21]
   ddc: 208940f9                       ldr x0, [x9, #0x110]
   de0: 288900f9                       str x8, [x9, #0x110]
   de4: e0000037                       tbnz w0, #0x0, #0x1c
   de8: 080040f9                       ldr x8, [x0]
   dec: 080500f1                       subs x8, x8, #0x1
   df0: 080000f9                       str x8, [x0]
   df4: 61000054                       b.ne #0xc
   df8: 00000094                       bl #0x0
        # hole +0xdf8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   dfc: 890e40f9                       ldr x9, [x20, #0x18]
   e00: 288d40f9                       ldr x8, [x9, #0x118]
   e04: 0b014092                       and x11, x8, #0x1
   e08: 88020036                       tbz w8, #0x0, #0x50
   e0c: a80200f9                       str x8, [x21]
   e10: 2a9140f9                       ldr x10, [x9, #0x120]
   e14: ea020036                       tbz w10, #0x0, #0x5c
   e18: 6a0200f9                       str x10, [x19]
   e1c: 8b0300b5                       cbnz x11, #0x70
   e20: 49000014                       b #0x124
   e24: 080080d2                       mov x8, #0x0
        # hole +0xe24: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   e28: 23008052                       mov w3, #0x1
   e2c: 05468052                       mov w5, #0x230
   e30: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xe30: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   e34: e10319aa                       mov x1, x25
   e38: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xe38: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   e3c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xe3c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   e40: 04e10091                       add x4, x8, #0x38
   e44: e00314aa                       mov x0, x20
   e48: e20316aa                       mov x2, x22
   e4c: 00000094                       bl #0x0
        # hole +0xe4c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   e50: fe0741f8                       ldr x30, [sp], #0x10
   e54: c0035fd6                       ret
   e58: 0a0140f9                       ldr x10, [x8]
   e5c: 4a050091                       add x10, x10, #0x1
   e60: 0a0100f9                       str x10, [x8]
   e64: a80200f9                       str x8, [x21]
   e68: 2a9140f9                       ldr x10, [x9, #0x120]
   e6c: 6afd0737                       tbnz w10, #0x0, #-0x54
   e70: 480140f9                       ldr x8, [x10]
   e74: 08050091                       add x8, x8, #0x1
   e78: 480100f9                       str x8, [x10]
   e7c: a80240f9                       ldr x8, [x21]
   e80: 0b014092                       and x11, x8, #0x1
   e84: 6a0200f9                       str x10, [x19]
   e88: eb0500b4                       cbz x11, #0xbc
   e8c: ca050036                       tbz w10, #0x0, #0xb8
   e90: 4afd4193                       asr x10, x10, #1
   e94: 4805888b                       add x8, x10, x8, asr #1
   e98: 0a00f8d2                       mov x10, #-0x4000000000000000
   e9c: 1f010aab                       cmn x8, x10
   ea0: c52c0054                       b.pl #0x598
   ea4: 2a008052                       mov w10, #0x1
   ea8: 480508aa                       orr x8, x10, x8, lsl #1
   eac: a80200f9                       str x8, [x21]
   eb0: 209540f9                       ldr x0, [x9, #0x128]
   eb4: 289500f9                       str x8, [x9, #0x128]
   eb8: e0000037                       tbnz w0, #0x0, #0x1c
   ebc: 080040f9                       ldr x8, [x0]
   ec0: 080500f1                       subs x8, x8, #0x1
   ec4: 080000f9                       str x8, [x0]
   ec8: 61000054                       b.ne #0xc
   ecc: 00000094                       bl #0x0
        # hole +0xecc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ed0: 890e40f9                       ldr x9, [x20, #0x18]
   ed4: 209940f9                       ldr x0, [x9, #0x130]
   ed8: 00050037                       tbnz w0, #0x0, #0xa0
   edc: 080040f9                       ldr x8, [x0]
   ee0: 0a0840b9                       ldr w10, [x0, #0x8]
   ee4: 08050091                       add x8, x8, #0x1
   ee8: 5f1d0071                       cmp w10, #0x7
   eec: 080000f9                       str x8, [x0]
   ef0: a00200f9                       str x0, [x21]
   ef4: 41040054                       b.ne #0x88
   ef8: 081840f9                       ldr x8, [x0, #0x30]
   efc: 081940f9                       ldr x8, [x8, #0x30]
   f00: 083142d1                       sub x8, x8, #0x8c, lsl #12
   f04: 1f053ef1                       cmp x8, #0xf81
   f08: a1030054                       b.ne #0x74
   f0c: 081c40f9                       ldr x8, [x0, #0x38]
   f10: e82a00b4                       cbz x8, #0x55c
   f14: 082040f9                       ldr x8, [x0, #0x40]
   f18: c8070036                       tbz w8, #0x0, #0xf8
   f1c: a80200f9                       str x8, [x21]
   f20: 080040f9                       ldr x8, [x0]
   f24: 080500f1                       subs x8, x8, #0x1
   f28: 080000f9                       str x8, [x0]
   f2c: 20080054                       b.eq #0x104
   f30: a80240f9                       ldr x8, [x21]
   f34: 209d40f9                       ldr x0, [x9, #0x138]
   f38: 289d00f9                       str x8, [x9, #0x138]
   f3c: 60080036                       tbz w0, #0x0, #0x10c
   f40: 48000014                       b #0x120
   f44: 080080d2                       mov x8, #0x0
        # hole +0xf44: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   f48: 23008052                       mov w3, #0x1
   f4c: 454c8052                       mov w5, #0x262
   f50: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xf50: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   f54: e10319aa                       mov x1, x25
   f58: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xf58: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   f5c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xf5c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   f60: 04f50091                       add x4, x8, #0x3d
   f64: e00314aa                       mov x0, x20
   f68: e20316aa                       mov x2, x22
   f6c: 00000094                       bl #0x0
        # hole +0xf6c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   f70: fe0741f8                       ldr x30, [sp], #0x10
   f74: c0035fd6                       ret
   f78: a00200f9                       str x0, [x21]
   f7c: 080080d2                       mov x8, #0x0
        # hole +0xf7c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   f80: 23008052                       mov w3, #0x1
   f84: 45518052                       mov w5, #0x28a
   f88: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xf88: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   f8c: e10313aa                       mov x1, x19
   f90: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xf90: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   f94: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xf94: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   f98: 04050191                       add x4, x8, #0x41
   f9c: e00314aa                       mov x0, x20
   fa0: e20316aa                       mov x2, x22
   fa4: 00000094                       bl #0x0
        # hole +0xfa4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   fa8: fe0741f8                       ldr x30, [sp], #0x10
   fac: c0035fd6                       ret
   fb0: 080080d2                       mov x8, #0x0
        # hole +0xfb0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   fb4: 23008052                       mov w3, #0x1
   fb8: 85208052                       mov w5, #0x104
   fbc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xfbc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   fc0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xfc0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   fc4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xfc4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   fc8: 04690091                       add x4, x8, #0x1a
   fcc: e00314aa                       mov x0, x20
   fd0: e20316aa                       mov x2, x22
   fd4: 00000094                       bl #0x0
        # hole +0xfd4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   fd8: fe0741f8                       ldr x30, [sp], #0x10
   fdc: c0035fd6                       ret
   fe0: 080080d2                       mov x8, #0x0
        # hole +0xfe0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   fe4: 23008052                       mov w3, #0x1
   fe8: c5268052                       mov w5, #0x136
   fec: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xfec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   ff0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xff0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   ff4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xff4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   ff8: 047d0091                       add x4, x8, #0x1f
   ffc: e00314aa                       mov x0, x20
  1000: e20316aa                       mov x2, x22
  1004: 00000094                       bl #0x0
        # hole +0x1004: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1008: fe0741f8                       ldr x30, [sp], #0x10
  100c: c0035fd6                       ret
  1010: 0a0140f9                       ldr x10, [x8]
  1014: 4a050091                       add x10, x10, #0x1
  1018: 0a0100f9                       str x10, [x8]
  101c: a80200f9                       str x8, [x21]
  1020: 080040f9                       ldr x8, [x0]
  1024: 080500f1                       subs x8, x8, #0x1
  1028: 080000f9                       str x8, [x0]
  102c: 21f8ff54                       b.ne #-0xfc
  1030: 00000094                       bl #0x0
        # hole +0x1030: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1034: 890e40f9                       ldr x9, [x20, #0x18]
  1038: a80240f9                       ldr x8, [x21]
  103c: 209d40f9                       ldr x0, [x9, #0x138]
  1040: 289d00f9                       str x8, [x9, #0x138]
  1044: e0000037                       tbnz w0, #0x0, #0x1c
  1048: 080040f9                       ldr x8, [x0]
  104c: 080500f1                       subs x8, x8, #0x1
  1050: 080000f9                       str x8, [x0]
  1054: 61000054                       b.ne #0xc
  1058: 00000094                       bl #0x0
        # hole +0x1058: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  105c: 890e40f9                       ldr x9, [x20, #0x18]
  1060: 20a140f9                       ldr x0, [x9, #0x140]
  1064: 60030037                       tbnz w0, #0x0, #0x6c
  1068: 080040f9                       ldr x8, [x0]
  106c: 0a0840b9                       ldr w10, [x0, #0x8]
  1070: 08050091                       add x8, x8, #0x1
  1074: 5f1d0071                       cmp w10, #0x7
  1078: 080000f9                       str x8, [x0]
  107c: a00200f9                       str x0, [x21]
  1080: a1020054                       b.ne #0x54
  1084: 081840f9                       ldr x8, [x0, #0x30]
  1088: 081940f9                       ldr x8, [x8, #0x30]
  108c: 08f940d1                       sub x8, x8, #0x3e, lsl #12
  1090: 1f553ff1                       cmp x8, #0xfd5
  1094: 01020054                       b.ne #0x40
  1098: 081c40f9                       ldr x8, [x0, #0x38]
  109c: 282000b4                       cbz x8, #0x404
  10a0: 082040f9                       ldr x8, [x0, #0x40]
  10a4: a8040036                       tbz w8, #0x0, #0x94
  10a8: a80200f9                       str x8, [x21]
  10ac: 080040f9                       ldr x8, [x0]
  10b0: 080500f1                       subs x8, x8, #0x1
  10b4: 080000f9                       str x8, [x0]
  10b8: 00050054                       b.eq #0xa0
  10bc: a80240f9                       ldr x8, [x21]
  10c0: 20a540f9                       ldr x0, [x9, #0x148]
  10c4: 28a500f9                       str x8, [x9, #0x148]
  10c8: 40050036                       tbz w0, #0x0, #0xa8
  10cc: 2f000014                       b #0xbc
  10d0: a00200f9                       str x0, [x21]
  10d4: 080080d2                       mov x8, #0x0
        # hole +0x10d4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  10d8: 23008052                       mov w3, #0x1
  10dc: 45568052                       mov w5, #0x2b2
  10e0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x10e0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  10e4: e10313aa                       mov x1, x19
  10e8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x10e8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  10ec: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x10ec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  10f0: 04150191                       add x4, x8, #0x45
  10f4: e00314aa                       mov x0, x20
  10f8: e20316aa                       mov x2, x22
  10fc: 00000094                       bl #0x0
        # hole +0x10fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1100: fe0741f8                       ldr x30, [sp], #0x10
  1104: c0035fd6                       ret
  1108: 080080d2                       mov x8, #0x0
        # hole +0x1108: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  110c: 23008052                       mov w3, #0x1
  1110: 052d8052                       mov w5, #0x168
  1114: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1114: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1118: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1118: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  111c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x111c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1120: 04910091                       add x4, x8, #0x24
  1124: e00314aa                       mov x0, x20
  1128: e20316aa                       mov x2, x22
  112c: 00000094                       bl #0x0
        # hole +0x112c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1130: fe0741f8                       ldr x30, [sp], #0x10
  1134: c0035fd6                       ret
  1138: 0a0140f9                       ldr x10, [x8]
  113c: 4a050091                       add x10, x10, #0x1
  1140: 0a0100f9                       str x10, [x8]
  1144: a80200f9                       str x8, [x21]
  1148: 080040f9                       ldr x8, [x0]
  114c: 080500f1                       subs x8, x8, #0x1
  1150: 080000f9                       str x8, [x0]
  1154: 41fbff54                       b.ne #-0x98
  1158: 00000094                       bl #0x0
        # hole +0x1158: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  115c: 890e40f9                       ldr x9, [x20, #0x18]
  1160: a80240f9                       ldr x8, [x21]
  1164: 20a540f9                       ldr x0, [x9, #0x148]
  1168: 28a500f9                       str x8, [x9, #0x148]
  116c: e0000037                       tbnz w0, #0x0, #0x1c
  1170: 080040f9                       ldr x8, [x0]
  1174: 080500f1                       subs x8, x8, #0x1
  1178: 080000f9                       str x8, [x0]
  117c: 61000054                       b.ne #0xc
  1180: 00000094                       bl #0x0
        # hole +0x1180: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1184: 890e40f9                       ldr x9, [x20, #0x18]
  1188: 37b140f9                       ldr x23, [x9, #0x160]
  118c: f7000036                       tbz w23, #0x0, #0x1c
  1190: b70200f9                       str x23, [x21]
  1194: 28a940f9                       ldr x8, [x9, #0x150]
  1198: 48010036                       tbz w8, #0x0, #0x28
  119c: 680200f9                       str x8, [x19]
  11a0: d7010036                       tbz w23, #0x0, #0x38
  11a4: 39000014                       b #0xe4
  11a8: e80240f9                       ldr x8, [x23]
  11ac: 08050091                       add x8, x8, #0x1
  11b0: e80200f9                       str x8, [x23]
  11b4: b70200f9                       str x23, [x21]
  11b8: 28a940f9                       ldr x8, [x9, #0x150]
  11bc: 08ff0737                       tbnz w8, #0x0, #-0x20
  11c0: 090140f9                       ldr x9, [x8]
  11c4: 29050091                       add x9, x9, #0x1
  11c8: 090100f9                       str x9, [x8]
  11cc: b70240f9                       ldr x23, [x21]
  11d0: 680200f9                       str x8, [x19]
  11d4: b7050037                       tbnz w23, #0x0, #0xb4
  11d8: e80a40b9                       ldr w8, [x23, #0x8]
  11dc: 1f210071                       cmp w8, #0x8
  11e0: 41050054                       b.ne #0xa8
  11e4: e81e40f9                       ldr x8, [x23, #0x38]
  11e8: e00316aa                       mov x0, x22
  11ec: e10313aa                       mov x1, x19
  11f0: 22008052                       mov w2, #0x1
  11f4: 00013fd6                       blr x8
  11f8: 680240f9                       ldr x8, [x19]
  11fc: f80300aa                       mov x24, x0
  1200: e8000037                       tbnz w8, #0x0, #0x1c
  1204: 090140f9                       ldr x9, [x8]
  1208: 290500f1                       subs x9, x9, #0x1
  120c: 090100f9                       str x9, [x8]
  1210: 61000054                       b.ne #0xc
  1214: e00308aa                       mov x0, x8
  1218: 00000094                       bl #0x0
        # hole +0x1218: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  121c: e80240f9                       ldr x8, [x23]
  1220: 080500f1                       subs x8, x8, #0x1
  1224: e80200f9                       str x8, [x23]
  1228: 61000054                       b.ne #0xc
  122c: e00317aa                       mov x0, x23
  1230: 00000094                       bl #0x0
        # hole +0x1230: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1234: 181500b4                       cbz x24, #0x2a0
  1238: 880e40f9                       ldr x8, [x20, #0x18]
  123c: b80200f9                       str x24, [x21]
  1240: 00ad40f9                       ldr x0, [x8, #0x158]
  1244: 18ad00f9                       str x24, [x8, #0x158]
  1248: e0000037                       tbnz w0, #0x0, #0x1c
  124c: 090040f9                       ldr x9, [x0]
  1250: 290500f1                       subs x9, x9, #0x1
  1254: 090000f9                       str x9, [x0]
  1258: 61000054                       b.ne #0xc
  125c: 00000094                       bl #0x0
        # hole +0x125c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1260: 880e40f9                       ldr x8, [x20, #0x18]
  1264: 09b540f9                       ldr x9, [x8, #0x168]
  1268: 2b014092                       and x11, x9, #0x1
  126c: 29040036                       tbz w9, #0x0, #0x84
  1270: a90200f9                       str x9, [x21]
  1274: 0ab940f9                       ldr x10, [x8, #0x170]
  1278: 8a040036                       tbz w10, #0x0, #0x90
  127c: 6a0200f9                       str x10, [x19]
  1280: 2b0500b5                       cbnz x11, #0xa4
  1284: 46000014                       b #0x118
  1288: 080080d2                       mov x8, #0x0
        # hole +0x1288: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  128c: 23008052                       mov w3, #0x1
  1290: 855c8052                       mov w5, #0x2e4
  1294: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1294: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1298: e10319aa                       mov x1, x25
  129c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x129c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  12a0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x12a0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  12a4: 04290191                       add x4, x8, #0x4a
  12a8: e00314aa                       mov x0, x20
  12ac: e20316aa                       mov x2, x22
  12b0: 00000094                       bl #0x0
        # hole +0x12b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  12b4: fe0741f8                       ldr x30, [sp], #0x10
  12b8: c0035fd6                       ret
  12bc: 080080d2                       mov x8, #0x0
        # hole +0x12bc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  12c0: 23008052                       mov w3, #0x1
  12c4: 85348052                       mov w5, #0x1a4
  12c8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x12c8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  12cc: e10313aa                       mov x1, x19
  12d0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x12d0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  12d4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x12d4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  12d8: 04a90091                       add x4, x8, #0x2a
  12dc: e00314aa                       mov x0, x20
  12e0: e20316aa                       mov x2, x22
  12e4: 00000094                       bl #0x0
        # hole +0x12e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  12e8: fe0741f8                       ldr x30, [sp], #0x10
  12ec: c0035fd6                       ret
  12f0: 2a0140f9                       ldr x10, [x9]
  12f4: 4a050091                       add x10, x10, #0x1
  12f8: 2a0100f9                       str x10, [x9]
  12fc: a90200f9                       str x9, [x21]
  1300: 0ab940f9                       ldr x10, [x8, #0x170]
  1304: cafb0737                       tbnz w10, #0x0, #-0x88
  1308: 490140f9                       ldr x9, [x10]
  130c: 29050091                       add x9, x9, #0x1
  1310: 490100f9                       str x9, [x10]
  1314: a90240f9                       ldr x9, [x21]
  1318: 2b014092                       and x11, x9, #0x1
  131c: 6a0200f9                       str x10, [x19]
  1320: eb0300b4                       cbz x11, #0x7c
  1324: ca030036                       tbz w10, #0x0, #0x78
  1328: 4afd4193                       asr x10, x10, #1
  132c: 4905898b                       add x9, x10, x9, asr #1
  1330: 0a00f8d2                       mov x10, #-0x4000000000000000
  1334: 3f010aab                       cmn x9, x10
  1338: 850e0054                       b.pl #0x1d0
  133c: 2a008052                       mov w10, #0x1
  1340: 490509aa                       orr x9, x10, x9, lsl #1
  1344: a90200f9                       str x9, [x21]
  1348: 00bd40f9                       ldr x0, [x8, #0x178]
  134c: 09bd00f9                       str x9, [x8, #0x178]
  1350: c0000037                       tbnz w0, #0x0, #0x18
  1354: 080040f9                       ldr x8, [x0]
  1358: 080500f1                       subs x8, x8, #0x1
  135c: 080000f9                       str x8, [x0]
  1360: 41000054                       b.ne #0x8
  1364: 00000094                       bl #0x0
        # hole +0x1364: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1368: 080080d2                       mov x8, #0x0
        # hole +0x1368: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  136c: 43008052                       mov w3, #0x2
  1370: 45658052                       mov w5, #0x32a
  1374: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1374: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1378: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1378: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  137c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x137c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1380: 04450191                       add x4, x8, #0x51
  1384: e10315aa                       mov x1, x21
  1388: e00314aa                       mov x0, x20
  138c: e20316aa                       mov x2, x22
  1390: 00000094                       bl #0x0
        # hole +0x1390: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1394: fe0741f8                       ldr x30, [sp], #0x10
  1398: c0035fd6                       ret
  139c: 080080d2                       mov x8, #0x0
        # hole +0x139c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  13a0: 23008052                       mov w3, #0x1
  13a4: 85618052                       mov w5, #0x30c
  13a8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x13a8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  13ac: e10319aa                       mov x1, x25
  13b0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x13b0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  13b4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x13b4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  13b8: 04390191                       add x4, x8, #0x4e
  13bc: e00314aa                       mov x0, x20
  13c0: e20316aa                       mov x2, x22
  13c4: 00000094                       bl #0x0
        # hole +0x13c4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  13c8: fe0741f8                       ldr x30, [sp], #0x10
  13cc: c0035fd6                       ret
  13d0: 080080d2                       mov x8, #0x0
        # hole +0x13d0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  13d4: 63008052                       mov w3, #0x3
  13d8: c53a8052                       mov w5, #0x1d6
  13dc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x13dc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  13e0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x13e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  13e4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x13e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  13e8: 04bd0091                       add x4, x8, #0x2f
  13ec: e10315aa                       mov x1, x21
  13f0: e00314aa                       mov x0, x20
  13f4: e20316aa                       mov x2, x22
  13f8: 00000094                       bl #0x0
        # hole +0x13f8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  13fc: fe0741f8                       ldr x30, [sp], #0x10
  1400: c0035fd6                       ret
  1404: 080080d2                       mov x8, #0x0
        # hole +0x1404: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  1408: 23008052                       mov w3, #0x1
  140c: 45478052                       mov w5, #0x23a
  1410: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1410: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1414: e10319aa                       mov x1, x25
  1418: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1418: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  141c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x141c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1420: 04e50091                       add x4, x8, #0x39
  1424: e00314aa                       mov x0, x20
  1428: e20316aa                       mov x2, x22
  142c: 00000094                       bl #0x0
        # hole +0x142c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1430: fe0741f8                       ldr x30, [sp], #0x10
  1434: c0035fd6                       ret
  1438: 080080d2                       mov x8, #0x0
        # hole +0x1438: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  143c: 23008052                       mov w3, #0x1
  1440: 854d8052                       mov w5, #0x26c
  1444: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1444: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1448: e10319aa                       mov x1, x25
  144c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x144c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  1450: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1450: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1454: 04f90091                       add x4, x8, #0x3e
  1458: e00314aa                       mov x0, x20
  145c: e20316aa                       mov x2, x22
  1460: 00000094                       bl #0x0
        # hole +0x1460: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1464: fe0741f8                       ldr x30, [sp], #0x10
  1468: c0035fd6                       ret
  146c: 080080d2                       mov x8, #0x0
        # hole +0x146c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  1470: 23008052                       mov w3, #0x1
  1474: 85528052                       mov w5, #0x294
  1478: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1478: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  147c: e10313aa                       mov x1, x19
  1480: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1480: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  1484: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1484: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1488: 04090191                       add x4, x8, #0x42
  148c: e00314aa                       mov x0, x20
  1490: e20316aa                       mov x2, x22
  1494: 00000094                       bl #0x0
        # hole +0x1494: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1498: fe0741f8                       ldr x30, [sp], #0x10
  149c: c0035fd6                       ret
  14a0: 080080d2                       mov x8, #0x0
        # hole +0x14a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  14a4: 23008052                       mov w3, #0x1
  14a8: 85578052                       mov w5, #0x2bc
  14ac: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x14ac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  14b0: e10313aa                       mov x1, x19
  14b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x14b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  14b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x14b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  14bc: 04190191                       add x4, x8, #0x46
  14c0: e00314aa                       mov x0, x20
  14c4: e20316aa                       mov x2, x22
  14c8: 00000094                       bl #0x0
        # hole +0x14c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  14cc: fe0741f8                       ldr x30, [sp], #0x10
  14d0: c0035fd6                       ret
  14d4: 080080d2                       mov x8, #0x0
        # hole +0x14d4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  14d8: 63008052                       mov w3, #0x3
  14dc: 855c8052                       mov w5, #0x2e4
  14e0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x14e0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  14e4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x14e4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  14e8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x14e8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  14ec: 04290191                       add x4, x8, #0x4a
  14f0: e10315aa                       mov x1, x21
  14f4: e00314aa                       mov x0, x20
  14f8: e20316aa                       mov x2, x22
  14fc: 00000094                       bl #0x0
        # hole +0x14fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1500: fe0741f8                       ldr x30, [sp], #0x10
  1504: c0035fd6                       ret
  1508: 080080d2                       mov x8, #0x0
        # hole +0x1508: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  150c: 23008052                       mov w3, #0x1
  1510: c5628052                       mov w5, #0x316
  1514: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1514: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1518: e10319aa                       mov x1, x25
  151c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x151c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  1520: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1520: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1524: 043d0191                       add x4, x8, #0x4f
  1528: e00314aa                       mov x0, x20
  152c: e20316aa                       mov x2, x22
  1530: 00000094                       bl #0x0
        # hole +0x1530: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1534: fe0741f8                       ldr x30, [sp], #0x10
  1538: c0035fd6                       ret
