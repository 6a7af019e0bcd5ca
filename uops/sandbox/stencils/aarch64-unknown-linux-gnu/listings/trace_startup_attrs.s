# stencil startup_attrs for aarch64-unknown-linux-gnu: 3620 code bytes, 0 data bytes, 69 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fe0f1ff8                       str x30, [sp, #-0x10]!
    1c: e10315aa                       mov x1, x21
    20: 208400f8                       str x0, [x1], #0x8
    24: 80030037                       tbnz w0, #0x0, #0x70
    28: 080840b9                       ldr w8, [x0, #0x8]
    2c: 1f1d0071                       cmp w8, #0x7
    30: a1030054                       b.ne #0x74
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
    50: a1020054                       b.ne #0x54
    54: 081c40f9                       ldr x8, [x0, #0x38]
    58: 1f0d00f1                       cmp x8, #0x3
    5c: 23290054                       b.lo #0x524
    60: 082840f9                       ldr x8, [x0, #0x50]
    64: 88020036                       tbz w8, #0x0, #0x50
    68: a80200f9                       str x8, [x21]
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: e0020054                       b.eq #0x5c
    7c: 880e40f9                       ldr x8, [x20, #0x18]
    80: a90240f9                       ldr x9, [x21]
    84: 000540f9                       ldr x0, [x8, #0x8]
    88: 090500f9                       str x9, [x8, #0x8]
    8c: 40030036                       tbz w0, #0x0, #0x68
    90: 21000014                       b #0x84
    94: 23008052                       mov w3, #0x1
    98: 45018052                       mov w5, #0xa
    9c: 28008052                       mov w8, #0x1
    a0: 3d000014                       b #0xf4
    a4: 28008052                       mov w8, #0x1
    a8: 45018052                       mov w5, #0xa
    ac: e303082a                       mov w3, w8
    b0: 39000014                       b #0xe4
    b4: 090140f9                       ldr x9, [x8]
    b8: 29050091                       add x9, x9, #0x1
    bc: 090100f9                       str x9, [x8]
    c0: a80200f9                       str x8, [x21]
    c4: 080040f9                       ldr x8, [x0]
    c8: 080500f1                       subs x8, x8, #0x1
    cc: 080000f9                       str x8, [x0]
    d0: 61fdff54                       b.ne #-0x54
    d4: f30301aa                       mov x19, x1
    d8: 00000094                       bl #0x0
        # hole +0xd8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    dc: e10313aa                       mov x1, x19
    e0: 880e40f9                       ldr x8, [x20, #0x18]
    e4: a90240f9                       ldr x9, [x21]
    e8: 000540f9                       ldr x0, [x8, #0x8]
    ec: 090500f9                       str x9, [x8, #0x8]
    f0: 20010037                       tbnz w0, #0x0, #0x24
    f4: 090040f9                       ldr x9, [x0]
    f8: 290500f1                       subs x9, x9, #0x1
    fc: 090000f9                       str x9, [x0]
   100: a1000054                       b.ne #0x14
   104: f30301aa                       mov x19, x1
   108: 00000094                       bl #0x0
        # hole +0x108: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   10c: 880e40f9                       ldr x8, [x20, #0x18]
   110: e10313aa                       mov x1, x19
   114: 000940f9                       ldr x0, [x8, #0x10]
   118: 60030037                       tbnz w0, #0x0, #0x6c
   11c: 090040f9                       ldr x9, [x0]
   120: 0a0840b9                       ldr w10, [x0, #0x8]
   124: 29050091                       add x9, x9, #0x1
   128: 5f1d0071                       cmp w10, #0x7
   12c: 090000f9                       str x9, [x0]
   130: a00200f9                       str x0, [x21]
   134: a1020054                       b.ne #0x54
   138: 091840f9                       ldr x9, [x0, #0x30]
   13c: 291940f9                       ldr x9, [x9, #0x30]
   140: 292541d1                       sub x9, x9, #0x49, lsl #12
   144: 3fbd00f1                       cmp x9, #0x2f
   148: 01020054                       b.ne #0x40
   14c: 091c40f9                       ldr x9, [x0, #0x38]
   150: 692a00b4                       cbz x9, #0x54c
   154: 092040f9                       ldr x9, [x0, #0x40]
   158: 29030036                       tbz w9, #0x0, #0x64
   15c: a90200f9                       str x9, [x21]
   160: 090040f9                       ldr x9, [x0]
   164: 290500f1                       subs x9, x9, #0x1
   168: 090000f9                       str x9, [x0]
   16c: 80030054                       b.eq #0x70
   170: a90240f9                       ldr x9, [x21]
   174: 000d40f9                       ldr x0, [x8, #0x18]
   178: 090d00f9                       str x9, [x8, #0x18]
   17c: 00040036                       tbz w0, #0x0, #0x80
   180: 27000014                       b #0x9c
   184: a00200f9                       str x0, [x21]
   188: 23008052                       mov w3, #0x1
   18c: 45068052                       mov w5, #0x32
   190: a8008052                       mov w8, #0x5
   194: 090080d2                       mov x9, #0x0
        # hole +0x194: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   198: e00314aa                       mov x0, x20
   19c: e20316aa                       mov x2, x22
   1a0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x1a0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1a4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x1a4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1a8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x1a8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1ac: 2401088b                       add x4, x9, x8
   1b0: 00000094                       bl #0x0
        # hole +0x1b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b4: fe0741f8                       ldr x30, [sp], #0x10
   1b8: c0035fd6                       ret
   1bc: 2a0140f9                       ldr x10, [x9]
   1c0: 4a050091                       add x10, x10, #0x1
   1c4: 2a0100f9                       str x10, [x9]
   1c8: a90200f9                       str x9, [x21]
   1cc: 090040f9                       ldr x9, [x0]
   1d0: 290500f1                       subs x9, x9, #0x1
   1d4: 090000f9                       str x9, [x0]
   1d8: c1fcff54                       b.ne #-0x68
   1dc: f30301aa                       mov x19, x1
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1e4: 880e40f9                       ldr x8, [x20, #0x18]
   1e8: e10313aa                       mov x1, x19
   1ec: a90240f9                       ldr x9, [x21]
   1f0: 000d40f9                       ldr x0, [x8, #0x18]
   1f4: 090d00f9                       str x9, [x8, #0x18]
   1f8: 20010037                       tbnz w0, #0x0, #0x24
   1fc: 090040f9                       ldr x9, [x0]
   200: 290500f1                       subs x9, x9, #0x1
   204: 090000f9                       str x9, [x0]
   208: a1000054                       b.ne #0x14
   20c: f30301aa                       mov x19, x1
   210: 00000094                       bl #0x0
        # hole +0x210: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   214: 880e40f9                       ldr x8, [x20, #0x18]
   218: e10313aa                       mov x1, x19
   21c: 001140f9                       ldr x0, [x8, #0x20]
   220: 80000037                       tbnz w0, #0x0, #0x10
   224: 080040f9                       ldr x8, [x0]
   228: 08050091                       add x8, x8, #0x1
   22c: 080000f9                       str x8, [x0]
   230: a00200f9                       str x0, [x21]
   234: 60030037                       tbnz w0, #0x0, #0x6c
   238: 080840b9                       ldr w8, [x0, #0x8]
   23c: 1f1d0071                       cmp w8, #0x7
   240: 01030054                       b.ne #0x60
   244: 080080d2                       mov x8, #0x0
        # hole +0x244: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[11]+0
   248: 091840f9                       ldr x9, [x0, #0x30]
   24c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x24c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[11]+0
   250: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x250: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[11]+0
   254: 291940f9                       ldr x9, [x9, #0x30]
   258: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x258: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[11]+0
   25c: 3f0108eb                       cmp x9, x8
   260: 01020054                       b.ne #0x40
   264: 081c40f9                       ldr x8, [x0, #0x38]
   268: 082900b4                       cbz x8, #0x520
   26c: 082040f9                       ldr x8, [x0, #0x40]
   270: 08020036                       tbz w8, #0x0, #0x40
   274: a80200f9                       str x8, [x21]
   278: 080040f9                       ldr x8, [x0]
   27c: 080500f1                       subs x8, x8, #0x1
   280: 080000f9                       str x8, [x0]
   284: 60020054                       b.eq #0x4c
   288: 880e40f9                       ldr x8, [x20, #0x18]
   28c: a90240f9                       ldr x9, [x21]
   290: 001540f9                       ldr x0, [x8, #0x28]
   294: 091500f9                       str x9, [x8, #0x28]
   298: c0020036                       tbz w0, #0x0, #0x58
   29c: 1d000014                       b #0x74
   2a0: 23008052                       mov w3, #0x1
   2a4: c50d8052                       mov w5, #0x6e
   2a8: 68018052                       mov w8, #0xb
   2ac: baffff17                       b #-0x118
   2b0: 090140f9                       ldr x9, [x8]
   2b4: 29050091                       add x9, x9, #0x1
   2b8: 090100f9                       str x9, [x8]
   2bc: a80200f9                       str x8, [x21]
   2c0: 080040f9                       ldr x8, [x0]
   2c4: 080500f1                       subs x8, x8, #0x1
   2c8: 080000f9                       str x8, [x0]
   2cc: e1fdff54                       b.ne #-0x44
   2d0: f30301aa                       mov x19, x1
   2d4: 00000094                       bl #0x0
        # hole +0x2d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2d8: e10313aa                       mov x1, x19
   2dc: 880e40f9                       ldr x8, [x20, #0x18]
   2e0: a90240f9                       ldr x9, [x21]
   2e4: 001540f9                       ldr x0, [x8, #0x28]
   2e8: 091500f9                       str x9, [x8, #0x28]
   2ec: 20010037                       tbnz w0, #0x0, #0x24
   2f0: 090040f9                       ldr x9, [x0]
   2f4: 290500f1                       subs x9, x9, #0x1
   2f8: 090000f9                       str x9, [x0]
   2fc: a1000054                       b.ne #0x14
   300: f30301aa                       mov x19, x1
   304: 00000094                       bl #0x0
        # hole +0x304: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   308: 880e40f9                       ldr x8, [x20, #0x18]
   30c: e10313aa                       mov x1, x19
   310: 001940f9                       ldr x0, [x8, #0x30]
   314: 80000037                       tbnz w0, #0x0, #0x10
   318: 080040f9                       ldr x8, [x0]
   31c: 08050091                       add x8, x8, #0x1
   320: 080000f9                       str x8, [x0]
   324: a00200f9                       str x0, [x21]
   328: 80030037                       tbnz w0, #0x0, #0x70
   32c: 080840b9                       ldr w8, [x0, #0x8]
   330: 1f1d0071                       cmp w8, #0x7
   334: 21030054                       b.ne #0x64
   338: 080080d2                       mov x8, #0x0
        # hole +0x338: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[17]+0
   33c: 091840f9                       ldr x9, [x0, #0x30]
   340: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x340: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[17]+0
   344: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x344: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[17]+0
   348: 291940f9                       ldr x9, [x9, #0x30]
   34c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x34c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[17]+0
   350: 3f0108eb                       cmp x9, x8
   354: 21020054                       b.ne #0x44
   358: 081c40f9                       ldr x8, [x0, #0x38]
   35c: 1f0d00f1                       cmp x8, #0x3
   360: 03290054                       b.lo #0x520
   364: 082840f9                       ldr x8, [x0, #0x50]
   368: 08020036                       tbz w8, #0x0, #0x40
   36c: a80200f9                       str x8, [x21]
   370: 080040f9                       ldr x8, [x0]
   374: 080500f1                       subs x8, x8, #0x1
   378: 080000f9                       str x8, [x0]
   37c: 60020054                       b.eq #0x4c
   380: 880e40f9                       ldr x8, [x20, #0x18]
   384: a90240f9                       ldr x9, [x21]
   388: 001d40f9                       ldr x0, [x8, #0x38]
   38c: 091d00f9                       str x9, [x8, #0x38]
   390: c0020036                       tbz w0, #0x0, #0x58
   394: 1d000014                       b #0x74
   398: 23008052                       mov w3, #0x1
   39c: 45158052                       mov w5, #0xaa
   3a0: 28028052                       mov w8, #0x11
   3a4: 7cffff17                       b #-0x210
   3a8: 090140f9                       ldr x9, [x8]
   3ac: 29050091                       add x9, x9, #0x1
   3b0: 090100f9                       str x9, [x8]
   3b4: a80200f9                       str x8, [x21]
   3b8: 080040f9                       ldr x8, [x0]
   3bc: 080500f1                       subs x8, x8, #0x1
   3c0: 080000f9                       str x8, [x0]
   3c4: e1fdff54                       b.ne #-0x44
   3c8: f30301aa                       mov x19, x1
   3cc: 00000094                       bl #0x0
        # hole +0x3cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3d0: e10313aa                       mov x1, x19
   3d4: 880e40f9                       ldr x8, [x20, #0x18]
   3d8: a90240f9                       ldr x9, [x21]
   3dc: 001d40f9                       ldr x0, [x8, #0x38]
   3e0: 091d00f9                       str x9, [x8, #0x38]
   3e4: 20010037                       tbnz w0, #0x0, #0x24
   3e8: 090040f9                       ldr x9, [x0]
   3ec: 290500f1                       subs x9, x9, #0x1
   3f0: 090000f9                       str x9, [x0]
   3f4: a1000054                       b.ne #0x14
   3f8: f30301aa                       mov x19, x1
   3fc: 00000094                       bl #0x0
        # hole +0x3fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   400: 880e40f9                       ldr x8, [x20, #0x18]
   404: e10313aa                       mov x1, x19
   408: 002140f9                       ldr x0, [x8, #0x40]
   40c: 80000037                       tbnz w0, #0x0, #0x10
   410: 080040f9                       ldr x8, [x0]
   414: 08050091                       add x8, x8, #0x1
   418: 080000f9                       str x8, [x0]
   41c: a00200f9                       str x0, [x21]
   420: 60030037                       tbnz w0, #0x0, #0x6c
   424: 080840b9                       ldr w8, [x0, #0x8]
   428: 1f1d0071                       cmp w8, #0x7
   42c: 01030054                       b.ne #0x60
   430: 080080d2                       mov x8, #0x0
        # hole +0x430: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   434: 091840f9                       ldr x9, [x0, #0x30]
   438: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x438: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   43c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x43c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   440: 291940f9                       ldr x9, [x9, #0x30]
   444: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x444: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   448: 3f0108eb                       cmp x9, x8
   44c: 01020054                       b.ne #0x40
   450: 081c40f9                       ldr x8, [x0, #0x38]
   454: 482900b4                       cbz x8, #0x528
   458: 082040f9                       ldr x8, [x0, #0x40]
   45c: 08020036                       tbz w8, #0x0, #0x40
   460: a80200f9                       str x8, [x21]
   464: 080040f9                       ldr x8, [x0]
   468: 080500f1                       subs x8, x8, #0x1
   46c: 080000f9                       str x8, [x0]
   470: 60020054                       b.eq #0x4c
   474: 880e40f9                       ldr x8, [x20, #0x18]
   478: a90240f9                       ldr x9, [x21]
   47c: 002540f9                       ldr x0, [x8, #0x48]
   480: 092500f9                       str x9, [x8, #0x48]
   484: c0020036                       tbz w0, #0x0, #0x58
   488: 1d000014                       b #0x74
   48c: 23008052                       mov w3, #0x1
   490: 451a8052                       mov w5, #0xd2
   494: a8028052                       mov w8, #0x15
   498: 3fffff17                       b #-0x304
   49c: 090140f9                       ldr x9, [x8]
   4a0: 29050091                       add x9, x9, #0x1
   4a4: 090100f9                       str x9, [x8]
   4a8: a80200f9                       str x8, [x21]
   4ac: 080040f9                       ldr x8, [x0]
   4b0: 080500f1                       subs x8, x8, #0x1
   4b4: 080000f9                       str x8, [x0]
   4b8: e1fdff54                       b.ne #-0x44
   4bc: f30301aa                       mov x19, x1
   4c0: 00000094                       bl #0x0
        # hole +0x4c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4c4: e10313aa                       mov x1, x19
   4c8: 880e40f9                       ldr x8, [x20, #0x18]
   4cc: a90240f9                       ldr x9, [x21]
   4d0: 002540f9                       ldr x0, [x8, #0x48]
   4d4: 092500f9                       str x9, [x8, #0x48]
   4d8: 20010037                       tbnz w0, #0x0, #0x24
   4dc: 090040f9                       ldr x9, [x0]
   4e0: 290500f1                       subs x9, x9, #0x1
   4e4: 090000f9                       str x9, [x0]
   4e8: a1000054                       b.ne #0x14
   4ec: f30301aa                       mov x19, x1
   4f0: 00000094                       bl #0x0
        # hole +0x4f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4f4: 880e40f9                       ldr x8, [x20, #0x18]
   4f8: e10313aa                       mov x1, x19
   4fc: 002940f9                       ldr x0, [x8, #0x50]
   500: 60030037                       tbnz w0, #0x0, #0x6c
   504: 090040f9                       ldr x9, [x0]
   508: 0a0840b9                       ldr w10, [x0, #0x8]
   50c: 29050091                       add x9, x9, #0x1
   510: 5f1d0071                       cmp w10, #0x7
   514: 090000f9                       str x9, [x0]
   518: a00200f9                       str x0, [x21]
   51c: a1020054                       b.ne #0x54
   520: 091840f9                       ldr x9, [x0, #0x30]
   524: 291940f9                       ldr x9, [x9, #0x30]
   528: 293d43d1                       sub x9, x9, #0xcf, lsl #12
   52c: 3f690af1                       cmp x9, #0x29a
   530: 01020054                       b.ne #0x40
   534: 091c40f9                       ldr x9, [x0, #0x38]
   538: e92900b4                       cbz x9, #0x53c
   53c: 092040f9                       ldr x9, [x0, #0x40]
   540: 89020036                       tbz w9, #0x0, #0x50
   544: a90200f9                       str x9, [x21]
   548: 090040f9                       ldr x9, [x0]
   54c: 290500f1                       subs x9, x9, #0x1
   550: 090000f9                       str x9, [x0]
   554: e0020054                       b.eq #0x5c
   558: a90240f9                       ldr x9, [x21]
   55c: 002d40f9                       ldr x0, [x8, #0x58]
   560: 092d00f9                       str x9, [x8, #0x58]
   564: 60030036                       tbz w0, #0x0, #0x6c
   568: 22000014                       b #0x88
   56c: a00200f9                       str x0, [x21]
   570: 23008052                       mov w3, #0x1
   574: c5218052                       mov w5, #0x10e
   578: 68038052                       mov w8, #0x1b
   57c: 06ffff17                       b #-0x3e8
   580: 23008052                       mov w3, #0x1
   584: 85028052                       mov w5, #0x14
   588: 48008052                       mov w8, #0x2
   58c: 02ffff17                       b #-0x3f8
   590: 2a0140f9                       ldr x10, [x9]
   594: 4a050091                       add x10, x10, #0x1
   598: 2a0100f9                       str x10, [x9]
   59c: a90200f9                       str x9, [x21]
   5a0: 090040f9                       ldr x9, [x0]
   5a4: 290500f1                       subs x9, x9, #0x1
   5a8: 090000f9                       str x9, [x0]
   5ac: 61fdff54                       b.ne #-0x54
   5b0: f30301aa                       mov x19, x1
   5b4: 00000094                       bl #0x0
        # hole +0x5b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5b8: 880e40f9                       ldr x8, [x20, #0x18]
   5bc: e10313aa                       mov x1, x19
   5c0: a90240f9                       ldr x9, [x21]
   5c4: 002d40f9                       ldr x0, [x8, #0x58]
   5c8: 092d00f9                       str x9, [x8, #0x58]
   5cc: 20010037                       tbnz w0, #0x0, #0x24
   5d0: 090040f9                       ldr x9, [x0]
   5d4: 290500f1                       subs x9, x9, #0x1
   5d8: 090000f9                       str x9, [x0]
   5dc: a1000054                       b.ne #0x14
   5e0: f30301aa                       mov x19, x1
   5e4: 00000094                       bl #0x0
        # hole +0x5e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5e8: 880e40f9                       ldr x8, [x20, #0x18]
   5ec: e10313aa                       mov x1, x19
   5f0: 003140f9                       ldr x0, [x8, #0x60]
   5f4: 80000037                       tbnz w0, #0x0, #0x10
   5f8: 080040f9                       ldr x8, [x0]
   5fc: 08050091                       add x8, x8, #0x1
   600: 080000f9                       str x8, [x0]
   604: a00200f9                       str x0, [x21]
   608: 80030037                       tbnz w0, #0x0, #0x70
   60c: 080840b9                       ldr w8, [x0, #0x8]
   610: f30301aa                       mov x19, x1
   614: 1f1d0071                       cmp w8, #0x7
   618: 81030054                       b.ne #0x70
   61c: 080080d2                       mov x8, #0x0
        # hole +0x61c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[33]+0
   620: 091840f9                       ldr x9, [x0, #0x30]
   624: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x624: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[33]+0
   628: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x628: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[33]+0
   62c: 291940f9                       ldr x9, [x9, #0x30]
   630: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x630: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[33]+0
   634: 3f0108eb                       cmp x9, x8
   638: 81020054                       b.ne #0x50
   63c: 081c40f9                       ldr x8, [x0, #0x38]
   640: 082900b4                       cbz x8, #0x520
   644: 082040f9                       ldr x8, [x0, #0x40]
   648: 28030036                       tbz w8, #0x0, #0x64
   64c: a80200f9                       str x8, [x21]
   650: 080040f9                       ldr x8, [x0]
   654: 080500f1                       subs x8, x8, #0x1
   658: 080000f9                       str x8, [x0]
   65c: 80030054                       b.eq #0x70
   660: 880e40f9                       ldr x8, [x20, #0x18]
   664: a90240f9                       ldr x9, [x21]
   668: 003540f9                       ldr x0, [x8, #0x68]
   66c: 093500f9                       str x9, [x8, #0x68]
   670: a0030036                       tbz w0, #0x0, #0x74
   674: 22000014                       b #0x88
   678: 23008052                       mov w3, #0x1
   67c: 45298052                       mov w5, #0x14a
   680: 28048052                       mov w8, #0x21
   684: c4feff17                       b #-0x4f0
   688: 23008052                       mov w3, #0x1
   68c: 45298052                       mov w5, #0x14a
   690: 28048052                       mov w8, #0x21
   694: e10313aa                       mov x1, x19
   698: bffeff17                       b #-0x504
   69c: 23008052                       mov w3, #0x1
   6a0: 85078052                       mov w5, #0x3c
   6a4: c8008052                       mov w8, #0x6
   6a8: bbfeff17                       b #-0x514
   6ac: 090140f9                       ldr x9, [x8]
   6b0: 29050091                       add x9, x9, #0x1
   6b4: 090100f9                       str x9, [x8]
   6b8: a80200f9                       str x8, [x21]
   6bc: 080040f9                       ldr x8, [x0]
   6c0: 080500f1                       subs x8, x8, #0x1
   6c4: 080000f9                       str x8, [x0]
   6c8: c1fcff54                       b.ne #-0x68
   6cc: 00000094                       bl #0x0
        # hole +0x6cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6d0: 880e40f9                       ldr x8, [x20, #0x18]
   6d4: a90240f9                       ldr x9, [x21]
   6d8: 003540f9                       ldr x0, [x8, #0x68]
   6dc: 093500f9                       str x9, [x8, #0x68]
   6e0: e0000037                       tbnz w0, #0x0, #0x1c
   6e4: 090040f9                       ldr x9, [x0]
   6e8: 290500f1                       subs x9, x9, #0x1
   6ec: 090000f9                       str x9, [x0]
   6f0: 61000054                       b.ne #0xc
   6f4: 00000094                       bl #0x0
        # hole +0x6f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6f8: 880e40f9                       ldr x8, [x20, #0x18]
   6fc: 003940f9                       ldr x0, [x8, #0x70]
   700: 80030037                       tbnz w0, #0x0, #0x70
   704: 090040f9                       ldr x9, [x0]
   708: 0a0840b9                       ldr w10, [x0, #0x8]
   70c: 29050091                       add x9, x9, #0x1
   710: 5f1d0071                       cmp w10, #0x7
   714: 090000f9                       str x9, [x0]
   718: a00200f9                       str x0, [x21]
   71c: c1020054                       b.ne #0x58
   720: 091840f9                       ldr x9, [x0, #0x30]
   724: 291940f9                       ldr x9, [x9, #0x30]
   728: 29e540d1                       sub x9, x9, #0x39, lsl #12
   72c: 3f5127f1                       cmp x9, #0x9d4
   730: 21020054                       b.ne #0x44
   734: 091c40f9                       ldr x9, [x0, #0x38]
   738: 3f0900f1                       cmp x9, #0x2
   73c: 03290054                       b.lo #0x520
   740: 092440f9                       ldr x9, [x0, #0x48]
   744: a9020036                       tbz w9, #0x0, #0x54
   748: a90200f9                       str x9, [x21]
   74c: 090040f9                       ldr x9, [x0]
   750: 290500f1                       subs x9, x9, #0x1
   754: 090000f9                       str x9, [x0]
   758: 00030054                       b.eq #0x60
   75c: a90240f9                       ldr x9, [x21]
   760: 003d40f9                       ldr x0, [x8, #0x78]
   764: 093d00f9                       str x9, [x8, #0x78]
   768: 40030036                       tbz w0, #0x0, #0x68
   76c: 1f000014                       b #0x7c
   770: a00200f9                       str x0, [x21]
   774: 23008052                       mov w3, #0x1
   778: 452e8052                       mov w5, #0x172
   77c: a8048052                       mov w8, #0x25
   780: e10313aa                       mov x1, x19
   784: 84feff17                       b #-0x5f0
   788: 23008052                       mov w3, #0x1
   78c: 050f8052                       mov w5, #0x78
   790: 88018052                       mov w8, #0xc
   794: 80feff17                       b #-0x600
   798: 2a0140f9                       ldr x10, [x9]
   79c: 4a050091                       add x10, x10, #0x1
   7a0: 2a0100f9                       str x10, [x9]
   7a4: a90200f9                       str x9, [x21]
   7a8: 090040f9                       ldr x9, [x0]
   7ac: 290500f1                       subs x9, x9, #0x1
   7b0: 090000f9                       str x9, [x0]
   7b4: 41fdff54                       b.ne #-0x58
   7b8: 00000094                       bl #0x0
        # hole +0x7b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7bc: 880e40f9                       ldr x8, [x20, #0x18]
   7c0: a90240f9                       ldr x9, [x21]
   7c4: 003d40f9                       ldr x0, [x8, #0x78]
   7c8: 093d00f9                       str x9, [x8, #0x78]
   7cc: e0000037                       tbnz w0, #0x0, #0x1c
   7d0: 090040f9                       ldr x9, [x0]
   7d4: 290500f1                       subs x9, x9, #0x1
   7d8: 090000f9                       str x9, [x0]
   7dc: 61000054                       b.ne #0xc
   7e0: 00000094                       bl #0x0
        # hole +0x7e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7e4: 880e40f9                       ldr x8, [x20, #0x18]
   7e8: 004140f9                       ldr x0, [x8, #0x80]
   7ec: 80000037                       tbnz w0, #0x0, #0x10
   7f0: 080040f9                       ldr x8, [x0]
   7f4: 08050091                       add x8, x8, #0x1
   7f8: 080000f9                       str x8, [x0]
   7fc: a00200f9                       str x0, [x21]
   800: 60030037                       tbnz w0, #0x0, #0x6c
   804: 080840b9                       ldr w8, [x0, #0x8]
   808: 1f1d0071                       cmp w8, #0x7
   80c: 01030054                       b.ne #0x60
   810: 080080d2                       mov x8, #0x0
        # hole +0x810: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[43]+0
   814: 091840f9                       ldr x9, [x0, #0x30]
   818: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x818: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[43]+0
   81c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x81c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[43]+0
   820: 291940f9                       ldr x9, [x9, #0x30]
   824: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x824: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[43]+0
   828: 3f0108eb                       cmp x9, x8
   82c: 01020054                       b.ne #0x40
   830: 081c40f9                       ldr x8, [x0, #0x38]
   834: c82800b4                       cbz x8, #0x518
   838: 082040f9                       ldr x8, [x0, #0x40]
   83c: a8020036                       tbz w8, #0x0, #0x54
   840: a80200f9                       str x8, [x21]
   844: 080040f9                       ldr x8, [x0]
   848: 080500f1                       subs x8, x8, #0x1
   84c: 080000f9                       str x8, [x0]
   850: 00030054                       b.eq #0x60
   854: 880e40f9                       ldr x8, [x20, #0x18]
   858: a90240f9                       ldr x9, [x21]
   85c: 004540f9                       ldr x0, [x8, #0x88]
   860: 094500f9                       str x9, [x8, #0x88]
   864: 20030036                       tbz w0, #0x0, #0x64
   868: 1e000014                       b #0x78
   86c: 23008052                       mov w3, #0x1
   870: c5358052                       mov w5, #0x1ae
   874: 68058052                       mov w8, #0x2b
   878: e10313aa                       mov x1, x19
   87c: 46feff17                       b #-0x6e8
   880: 23008052                       mov w3, #0x1
   884: 85168052                       mov w5, #0xb4
   888: 48028052                       mov w8, #0x12
   88c: 42feff17                       b #-0x6f8
   890: 090140f9                       ldr x9, [x8]
   894: 29050091                       add x9, x9, #0x1
   898: 090100f9                       str x9, [x8]
   89c: a80200f9                       str x8, [x21]
   8a0: 080040f9                       ldr x8, [x0]
   8a4: 080500f1                       subs x8, x8, #0x1
   8a8: 080000f9                       str x8, [x0]
   8ac: 41fdff54                       b.ne #-0x58
   8b0: 00000094                       bl #0x0
        # hole +0x8b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8b4: 880e40f9                       ldr x8, [x20, #0x18]
   8b8: a90240f9                       ldr x9, [x21]
   8bc: 004540f9                       ldr x0, [x8, #0x88]
   8c0: 094500f9                       str x9, [x8, #0x88]
   8c4: e0000037                       tbnz w0, #0x0, #0x1c
   8c8: 090040f9                       ldr x9, [x0]
   8cc: 290500f1                       subs x9, x9, #0x1
   8d0: 090000f9                       str x9, [x0]
   8d4: 61000054                       b.ne #0xc
   8d8: 00000094                       bl #0x0
        # hole +0x8d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8dc: 880e40f9                       ldr x8, [x20, #0x18]
   8e0: 004940f9                       ldr x0, [x8, #0x90]
   8e4: 80000037                       tbnz w0, #0x0, #0x10
   8e8: 080040f9                       ldr x8, [x0]
   8ec: 08050091                       add x8, x8, #0x1
   8f0: 080000f9                       str x8, [x0]
   8f4: a00200f9                       str x0, [x21]
   8f8: 80030037                       tbnz w0, #0x0, #0x70
   8fc: 080840b9                       ldr w8, [x0, #0x8]
   900: 1f1d0071                       cmp w8, #0x7
   904: 21030054                       b.ne #0x64
   908: 080080d2                       mov x8, #0x0
        # hole +0x908: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[49]+0
   90c: 091840f9                       ldr x9, [x0, #0x30]
   910: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x910: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[49]+0
   914: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x914: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[49]+0
   918: 291940f9                       ldr x9, [x9, #0x30]
   91c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x91c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[49]+0
   920: 3f0108eb                       cmp x9, x8
   924: 21020054                       b.ne #0x44
   928: 081c40f9                       ldr x8, [x0, #0x38]
   92c: 1f1100f1                       cmp x8, #0x4
   930: 83240054                       b.lo #0x490
   934: 082c40f9                       ldr x8, [x0, #0x58]
   938: a8020036                       tbz w8, #0x0, #0x54
   93c: a80200f9                       str x8, [x21]
   940: 080040f9                       ldr x8, [x0]
   944: 080500f1                       subs x8, x8, #0x1
   948: 080000f9                       str x8, [x0]
   94c: 00030054                       b.eq #0x60
   950: 880e40f9                       ldr x8, [x20, #0x18]
   954: a90240f9                       ldr x9, [x21]
   958: 004d40f9                       ldr x0, [x8, #0x98]
   95c: 094d00f9                       str x9, [x8, #0x98]
   960: 20030036                       tbz w0, #0x0, #0x64
   964: 1e000014                       b #0x78
   968: 23008052                       mov w3, #0x1
   96c: 453d8052                       mov w5, #0x1ea
   970: 28068052                       mov w8, #0x31
   974: e10313aa                       mov x1, x19
   978: 07feff17                       b #-0x7e4
   97c: 23008052                       mov w3, #0x1
   980: 851b8052                       mov w5, #0xdc
   984: c8028052                       mov w8, #0x16
   988: 03feff17                       b #-0x7f4
   98c: 090140f9                       ldr x9, [x8]
   990: 29050091                       add x9, x9, #0x1
   994: 090100f9                       str x9, [x8]
   998: a80200f9                       str x8, [x21]
   99c: 080040f9                       ldr x8, [x0]
   9a0: 080500f1                       subs x8, x8, #0x1
   9a4: 080000f9                       str x8, [x0]
   9a8: 41fdff54                       b.ne #-0x58
   9ac: 00000094                       bl #0x0
        # hole +0x9ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9b0: 880e40f9                       ldr x8, [x20, #0x18]
   9b4: a90240f9                       ldr x9, [x21]
   9b8: 004d40f9                       ldr x0, [x8, #0x98]
   9bc: 094d00f9                       str x9, [x8, #0x98]
   9c0: e0000037                       tbnz w0, #0x0, #0x1c
   9c4: 090040f9                       ldr x9, [x0]
   9c8: 290500f1                       subs x9, x9, #0x1
   9cc: 090000f9                       str x9, [x0]
   9d0: 61000054                       b.ne #0xc
   9d4: 00000094                       bl #0x0
        # hole +0x9d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9d8: 880e40f9                       ldr x8, [x20, #0x18]
   9dc: 005140f9                       ldr x0, [x8, #0xa0]
   9e0: 80000037                       tbnz w0, #0x0, #0x10
   9e4: 080040f9                       ldr x8, [x0]
   9e8: 08050091                       add x8, x8, #0x1
   9ec: 080000f9                       str x8, [x0]
   9f0: a00200f9                       str x0, [x21]
   9f4: 60030037                       tbnz w0, #0x0, #0x6c
   9f8: 080840b9                       ldr w8, [x0, #0x8]
   9fc: 1f1d0071                       cmp w8, #0x7
   a00: 01030054                       b.ne #0x60
   a04: 080080d2                       mov x8, #0x0
        # hole +0xa04: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[53]+0
   a08: 091840f9                       ldr x9, [x0, #0x30]
   a0c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa0c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[53]+0
   a10: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa10: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[53]+0
   a14: 291940f9                       ldr x9, [x9, #0x30]
   a18: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xa18: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[53]+0
   a1c: 3f0108eb                       cmp x9, x8
   a20: 01020054                       b.ne #0x40
   a24: 081c40f9                       ldr x8, [x0, #0x38]
   a28: 681d00b4                       cbz x8, #0x3ac
   a2c: 082040f9                       ldr x8, [x0, #0x40]
   a30: a8020036                       tbz w8, #0x0, #0x54
   a34: a80200f9                       str x8, [x21]
   a38: 080040f9                       ldr x8, [x0]
   a3c: 080500f1                       subs x8, x8, #0x1
   a40: 080000f9                       str x8, [x0]
   a44: 00030054                       b.eq #0x60
   a48: 880e40f9                       ldr x8, [x20, #0x18]
   a4c: a90240f9                       ldr x9, [x21]
   a50: 005540f9                       ldr x0, [x8, #0xa8]
   a54: 095500f9                       str x9, [x8, #0xa8]
   a58: 20030036                       tbz w0, #0x0, #0x64
   a5c: 1e000014                       b #0x78
   a60: 23008052                       mov w3, #0x1
   a64: 45428052                       mov w5, #0x212
   a68: a8068052                       mov w8, #0x35
   a6c: e10313aa                       mov x1, x19
   a70: c9fdff17                       b #-0x8dc
   a74: 23008052                       mov w3, #0x1
   a78: 05238052                       mov w5, #0x118
   a7c: 88038052                       mov w8, #0x1c
   a80: c5fdff17                       b #-0x8ec
   a84: 090140f9                       ldr x9, [x8]
   a88: 29050091                       add x9, x9, #0x1
   a8c: 090100f9                       str x9, [x8]
   a90: a80200f9                       str x8, [x21]
   a94: 080040f9                       ldr x8, [x0]
   a98: 080500f1                       subs x8, x8, #0x1
   a9c: 080000f9                       str x8, [x0]
   aa0: 41fdff54                       b.ne #-0x58
   aa4: 00000094                       bl #0x0
        # hole +0xaa4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   aa8: 880e40f9                       ldr x8, [x20, #0x18]
   aac: a90240f9                       ldr x9, [x21]
   ab0: 005540f9                       ldr x0, [x8, #0xa8]
   ab4: 095500f9                       str x9, [x8, #0xa8]
   ab8: e0000037                       tbnz w0, #0x0, #0x1c
   abc: 090040f9                       ldr x9, [x0]
   ac0: 290500f1                       subs x9, x9, #0x1
   ac4: 090000f9                       str x9, [x0]
   ac8: 61000054                       b.ne #0xc
   acc: 00000094                       bl #0x0
        # hole +0xacc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ad0: 880e40f9                       ldr x8, [x20, #0x18]
   ad4: 005940f9                       ldr x0, [x8, #0xb0]
   ad8: 80030037                       tbnz w0, #0x0, #0x70
   adc: 090040f9                       ldr x9, [x0]
   ae0: 0a0840b9                       ldr w10, [x0, #0x8]
   ae4: 29050091                       add x9, x9, #0x1
   ae8: 5f1d0071                       cmp w10, #0x7
   aec: 090000f9                       str x9, [x0]
   af0: a00200f9                       str x0, [x21]
   af4: c1020054                       b.ne #0x58
   af8: 091840f9                       ldr x9, [x0, #0x30]
   afc: 291940f9                       ldr x9, [x9, #0x30]
   b00: 291542d1                       sub x9, x9, #0x85, lsl #12
   b04: 3fed3af1                       cmp x9, #0xebb
   b08: 21020054                       b.ne #0x44
   b0c: 091c40f9                       ldr x9, [x0, #0x38]
   b10: 3f0900f1                       cmp x9, #0x2
   b14: a3160054                       b.lo #0x2d4
   b18: 092440f9                       ldr x9, [x0, #0x48]
   b1c: c9020036                       tbz w9, #0x0, #0x58
   b20: a90200f9                       str x9, [x21]
   b24: 090040f9                       ldr x9, [x0]
   b28: 290500f1                       subs x9, x9, #0x1
   b2c: 090000f9                       str x9, [x0]
   b30: 20030054                       b.eq #0x64
   b34: a90240f9                       ldr x9, [x21]
   b38: 005d40f9                       ldr x0, [x8, #0xb8]
   b3c: 095d00f9                       str x9, [x8, #0xb8]
   b40: 60030036                       tbz w0, #0x0, #0x6c
   b44: 20000014                       b #0x80
   b48: a00200f9                       str x0, [x21]
   b4c: 23008052                       mov w3, #0x1
   b50: c5498052                       mov w5, #0x24e
   b54: 68078052                       mov w8, #0x3b
   b58: e10313aa                       mov x1, x19
   b5c: 8efdff17                       b #-0x9c8
   b60: 23008052                       mov w3, #0x1
   b64: 852a8052                       mov w5, #0x154
   b68: 48048052                       mov w8, #0x22
   b6c: e10313aa                       mov x1, x19
   b70: 89fdff17                       b #-0x9dc
   b74: 2a0140f9                       ldr x10, [x9]
   b78: 4a050091                       add x10, x10, #0x1
   b7c: 2a0100f9                       str x10, [x9]
   b80: a90200f9                       str x9, [x21]
   b84: 090040f9                       ldr x9, [x0]
   b88: 290500f1                       subs x9, x9, #0x1
   b8c: 090000f9                       str x9, [x0]
   b90: 21fdff54                       b.ne #-0x5c
   b94: 00000094                       bl #0x0
        # hole +0xb94: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b98: 880e40f9                       ldr x8, [x20, #0x18]
   b9c: a90240f9                       ldr x9, [x21]
   ba0: 005d40f9                       ldr x0, [x8, #0xb8]
   ba4: 095d00f9                       str x9, [x8, #0xb8]
   ba8: e0000037                       tbnz w0, #0x0, #0x1c
   bac: 090040f9                       ldr x9, [x0]
   bb0: 290500f1                       subs x9, x9, #0x1
   bb4: 090000f9                       str x9, [x0]
   bb8: 61000054                       b.ne #0xc
   bbc: 00000094                       bl #0x0
        # hole +0xbbc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   bc0: 880e40f9                       ldr x8, [x20, #0x18]
   bc4: 006140f9                       ldr x0, [x8, #0xc0]
   bc8: 80000037                       tbnz w0, #0x0, #0x10
   bcc: 080040f9                       ldr x8, [x0]
   bd0: 08050091                       add x8, x8, #0x1
   bd4: 080000f9                       str x8, [x0]
   bd8: a00200f9                       str x0, [x21]
   bdc: 60030037                       tbnz w0, #0x0, #0x6c
   be0: 080840b9                       ldr w8, [x0, #0x8]
   be4: 1f1d0071                       cmp w8, #0x7
   be8: 01030054                       b.ne #0x60
   bec: 080080d2                       mov x8, #0x0
        # hole +0xbec: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[65]+0
   bf0: 091840f9                       ldr x9, [x0, #0x30]
   bf4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xbf4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[65]+0
   bf8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xbf8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[65]+0
   bfc: 291940f9                       ldr x9, [x9, #0x30]
   c00: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc00: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[65]+0
   c04: 3f0108eb                       cmp x9, x8
   c08: 01020054                       b.ne #0x40
   c0c: 081c40f9                       ldr x8, [x0, #0x38]
   c10: 680f00b4                       cbz x8, #0x1ec
   c14: 082040f9                       ldr x8, [x0, #0x40]
   c18: c8020036                       tbz w8, #0x0, #0x58
   c1c: a80200f9                       str x8, [x21]
   c20: 080040f9                       ldr x8, [x0]
   c24: 080500f1                       subs x8, x8, #0x1
   c28: 080000f9                       str x8, [x0]
   c2c: 20030054                       b.eq #0x64
   c30: 880e40f9                       ldr x8, [x20, #0x18]
   c34: a90240f9                       ldr x9, [x21]
   c38: 006540f9                       ldr x0, [x8, #0xc8]
   c3c: 096500f9                       str x9, [x8, #0xc8]
   c40: 40030036                       tbz w0, #0x0, #0x68
   c44: 1f000014                       b #0x7c
   c48: 23008052                       mov w3, #0x1
   c4c: 45518052                       mov w5, #0x28a
   c50: 28088052                       mov w8, #0x41
   c54: e10313aa                       mov x1, x19
   c58: 4ffdff17                       b #-0xac4
   c5c: 23008052                       mov w3, #0x1
   c60: 852f8052                       mov w5, #0x17c
   c64: c8048052                       mov w8, #0x26
   c68: e10313aa                       mov x1, x19
   c6c: 4afdff17                       b #-0xad8
   c70: 090140f9                       ldr x9, [x8]
   c74: 29050091                       add x9, x9, #0x1
   c78: 090100f9                       str x9, [x8]
   c7c: a80200f9                       str x8, [x21]
   c80: 080040f9                       ldr x8, [x0]
   c84: 080500f1                       subs x8, x8, #0x1
   c88: 080000f9                       str x8, [x0]
   c8c: 21fdff54                       b.ne #-0x5c
   c90: 00000094                       bl #0x0
        # hole +0xc90: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c94: 880e40f9                       ldr x8, [x20, #0x18]
   c98: a90240f9                       ldr x9, [x21]
   c9c: 006540f9                       ldr x0, [x8, #0xc8]
   ca0: 096500f9                       str x9, [x8, #0xc8]
   ca4: e0000037                       tbnz w0, #0x0, #0x1c
   ca8: 090040f9                       ldr x9, [x0]
   cac: 290500f1                       subs x9, x9, #0x1
   cb0: 090000f9                       str x9, [x0]
   cb4: 61000054                       b.ne #0xc
   cb8: 00000094                       bl #0x0
        # hole +0xcb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   cbc: 880e40f9                       ldr x8, [x20, #0x18]
   cc0: 006940f9                       ldr x0, [x8, #0xd0]
   cc4: 80030037                       tbnz w0, #0x0, #0x70
   cc8: 090040f9                       ldr x9, [x0]
   ccc: 0a0840b9                       ldr w10, [x0, #0x8]
   cd0: 29050091                       add x9, x9, #0x1
   cd4: 5f1d0071                       cmp w10, #0x7
   cd8: 090000f9                       str x9, [x0]
   cdc: a00200f9                       str x0, [x21]
   ce0: c1020054                       b.ne #0x58
   ce4: 091840f9                       ldr x9, [x0, #0x30]
   ce8: 291940f9                       ldr x9, [x9, #0x30]
   cec: 29ad42d1                       sub x9, x9, #0xab, lsl #12
   cf0: 3fe928f1                       cmp x9, #0xa3a
   cf4: 21020054                       b.ne #0x44
   cf8: 091c40f9                       ldr x9, [x0, #0x38]
   cfc: 3f0900f1                       cmp x9, #0x2
   d00: 83080054                       b.lo #0x110
   d04: 092440f9                       ldr x9, [x0, #0x48]
   d08: c9020036                       tbz w9, #0x0, #0x58
   d0c: a90200f9                       str x9, [x21]
   d10: 090040f9                       ldr x9, [x0]
   d14: 290500f1                       subs x9, x9, #0x1
   d18: 090000f9                       str x9, [x0]
   d1c: 20030054                       b.eq #0x64
   d20: a90240f9                       ldr x9, [x21]
   d24: 006d40f9                       ldr x0, [x8, #0xd8]
   d28: 096d00f9                       str x9, [x8, #0xd8]
   d2c: 60030036                       tbz w0, #0x0, #0x6c
   d30: 1f000014                       b #0x7c
   d34: a00200f9                       str x0, [x21]
   d38: 23008052                       mov w3, #0x1
   d3c: 45568052                       mov w5, #0x2b2
   d40: a8088052                       mov w8, #0x45
   d44: e10313aa                       mov x1, x19
   d48: 13fdff17                       b #-0xbb4
   d4c: 23008052                       mov w3, #0x1
   d50: 05378052                       mov w5, #0x1b8
   d54: 88058052                       mov w8, #0x2c
   d58: e10313aa                       mov x1, x19
   d5c: 0efdff17                       b #-0xbc8
   d60: 2a0140f9                       ldr x10, [x9]
   d64: 4a050091                       add x10, x10, #0x1
   d68: 2a0100f9                       str x10, [x9]
   d6c: a90200f9                       str x9, [x21]
   d70: 090040f9                       ldr x9, [x0]
   d74: 290500f1                       subs x9, x9, #0x1
   d78: 090000f9                       str x9, [x0]
   d7c: 21fdff54                       b.ne #-0x5c
   d80: 00000094                       bl #0x0
        # hole +0xd80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d84: 880e40f9                       ldr x8, [x20, #0x18]
   d88: a90240f9                       ldr x9, [x21]
   d8c: 006d40f9                       ldr x0, [x8, #0xd8]
   d90: 096d00f9                       str x9, [x8, #0xd8]
   d94: c0000037                       tbnz w0, #0x0, #0x18
   d98: 080040f9                       ldr x8, [x0]
   d9c: 080500f1                       subs x8, x8, #0x1
   da0: 080000f9                       str x8, [x0]
   da4: 41000054                       b.ne #0x8
   da8: 00000094                       bl #0x0
        # hole +0xda8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   dac: 43008052                       mov w3, #0x2
   db0: 855c8052                       mov w5, #0x2e4
   db4: 48098052                       mov w8, #0x4a
   db8: e10315aa                       mov x1, x21
   dbc: f6fcff17                       b #-0xc28
   dc0: 23008052                       mov w3, #0x1
   dc4: 853e8052                       mov w5, #0x1f4
   dc8: 48068052                       mov w8, #0x32
   dcc: e10313aa                       mov x1, x19
   dd0: f1fcff17                       b #-0xc3c
   dd4: 23008052                       mov w3, #0x1
   dd8: 85438052                       mov w5, #0x21c
   ddc: c8068052                       mov w8, #0x36
   de0: e10313aa                       mov x1, x19
   de4: ecfcff17                       b #-0xc50
   de8: 23008052                       mov w3, #0x1
   dec: 054b8052                       mov w5, #0x258
   df0: 88078052                       mov w8, #0x3c
   df4: e10313aa                       mov x1, x19
   df8: e7fcff17                       b #-0xc64
   dfc: 23008052                       mov w3, #0x1
   e00: 85528052                       mov w5, #0x294
   e04: 48088052                       mov w8, #0x42
   e08: e10313aa                       mov x1, x19
   e0c: e2fcff17                       b #-0xc78
   e10: 23008052                       mov w3, #0x1
   e14: 85578052                       mov w5, #0x2bc
   e18: c8088052                       mov w8, #0x46
   e1c: e10313aa                       mov x1, x19
   e20: ddfcff17                       b #-0xc8c
