# stencil startup_attrs for aarch64-unknown-linux-gnu: 4540 code bytes, 0 data bytes, 209 holes
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
    58: 1f0d00f1                       cmp x8, #0x3
    5c: 832c0054                       b.lo #0x590
    60: 082840f9                       ldr x8, [x0, #0x50]
    64: 48030036                       tbz w8, #0x0, #0x68
    68: a80200f9                       str x8, [x21]
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: a0030054                       b.eq #0x74
    7c: 880e40f9                       ldr x8, [x20, #0x18]
    80: a90240f9                       ldr x9, [x21]
    84: 000540f9                       ldr x0, [x8, #0x8]
    88: 090500f9                       str x9, [x8, #0x8]
    8c: c0030036                       tbz w0, #0x0, #0x78
    90: 23000014                       b #0x8c
    94: 080080d2                       mov x8, #0x0
        # hole +0x94: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    98: 23008052                       mov w3, #0x1
    9c: 45018052                       mov w5, #0xa
    a0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    a4: f50313aa                       mov x21, x19
    a8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    ac: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    b0: 04050091                       add x4, x8, #0x1
    b4: e00314aa                       mov x0, x20
    b8: e10315aa                       mov x1, x21
    bc: e20316aa                       mov x2, x22
    c0: 00000094                       bl #0x0
        # hole +0xc0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c4: fe0741f8                       ldr x30, [sp], #0x10
    c8: c0035fd6                       ret
    cc: 090140f9                       ldr x9, [x8]
    d0: 29050091                       add x9, x9, #0x1
    d4: 090100f9                       str x9, [x8]
    d8: a80200f9                       str x8, [x21]
    dc: 080040f9                       ldr x8, [x0]
    e0: 080500f1                       subs x8, x8, #0x1
    e4: 080000f9                       str x8, [x0]
    e8: a1fcff54                       b.ne #-0x6c
    ec: 00000094                       bl #0x0
        # hole +0xec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    f0: 880e40f9                       ldr x8, [x20, #0x18]
    f4: a90240f9                       ldr x9, [x21]
    f8: 000540f9                       ldr x0, [x8, #0x8]
    fc: 090500f9                       str x9, [x8, #0x8]
   100: e0000037                       tbnz w0, #0x0, #0x1c
   104: 090040f9                       ldr x9, [x0]
   108: 290500f1                       subs x9, x9, #0x1
   10c: 090000f9                       str x9, [x0]
   110: 61000054                       b.ne #0xc
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 880e40f9                       ldr x8, [x20, #0x18]
   11c: 000940f9                       ldr x0, [x8, #0x10]
   120: 60030037                       tbnz w0, #0x0, #0x6c
   124: 090040f9                       ldr x9, [x0]
   128: 0a0840b9                       ldr w10, [x0, #0x8]
   12c: 29050091                       add x9, x9, #0x1
   130: 5f1d0071                       cmp w10, #0x7
   134: 090000f9                       str x9, [x0]
   138: a00200f9                       str x0, [x21]
   13c: a1020054                       b.ne #0x54
   140: 091840f9                       ldr x9, [x0, #0x30]
   144: 291940f9                       ldr x9, [x9, #0x30]
   148: 292541d1                       sub x9, x9, #0x49, lsl #12
   14c: 3fbd00f1                       cmp x9, #0x2f
   150: 01020054                       b.ne #0x40
   154: 091c40f9                       ldr x9, [x0, #0x38]
   158: c92e00b4                       cbz x9, #0x5d8
   15c: 092040f9                       ldr x9, [x0, #0x40]
   160: 49030036                       tbz w9, #0x0, #0x68
   164: a90200f9                       str x9, [x21]
   168: 090040f9                       ldr x9, [x0]
   16c: 290500f1                       subs x9, x9, #0x1
   170: 090000f9                       str x9, [x0]
   174: a0030054                       b.eq #0x74
   178: a90240f9                       ldr x9, [x21]
   17c: 000d40f9                       ldr x0, [x8, #0x18]
   180: 090d00f9                       str x9, [x8, #0x18]
   184: e0030036                       tbz w0, #0x0, #0x7c
   188: 24000014                       b #0x90
   18c: a00200f9                       str x0, [x21]
   190: 080080d2                       mov x8, #0x0
        # hole +0x190: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   194: 23008052                       mov w3, #0x1
   198: 45068052                       mov w5, #0x32
   19c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x19c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1a0: f50313aa                       mov x21, x19
   1a4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1a4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1a8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1a8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1ac: 04150091                       add x4, x8, #0x5
   1b0: e00314aa                       mov x0, x20
   1b4: e10315aa                       mov x1, x21
   1b8: e20316aa                       mov x2, x22
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c0: fe0741f8                       ldr x30, [sp], #0x10
   1c4: c0035fd6                       ret
   1c8: 2a0140f9                       ldr x10, [x9]
   1cc: 4a050091                       add x10, x10, #0x1
   1d0: 2a0100f9                       str x10, [x9]
   1d4: a90200f9                       str x9, [x21]
   1d8: 090040f9                       ldr x9, [x0]
   1dc: 290500f1                       subs x9, x9, #0x1
   1e0: 090000f9                       str x9, [x0]
   1e4: a1fcff54                       b.ne #-0x6c
   1e8: 00000094                       bl #0x0
        # hole +0x1e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1ec: 880e40f9                       ldr x8, [x20, #0x18]
   1f0: a90240f9                       ldr x9, [x21]
   1f4: 000d40f9                       ldr x0, [x8, #0x18]
   1f8: 090d00f9                       str x9, [x8, #0x18]
   1fc: e0000037                       tbnz w0, #0x0, #0x1c
   200: 090040f9                       ldr x9, [x0]
   204: 290500f1                       subs x9, x9, #0x1
   208: 090000f9                       str x9, [x0]
   20c: 61000054                       b.ne #0xc
   210: 00000094                       bl #0x0
        # hole +0x210: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   214: 880e40f9                       ldr x8, [x20, #0x18]
   218: 001140f9                       ldr x0, [x8, #0x20]
   21c: 80000037                       tbnz w0, #0x0, #0x10
   220: 080040f9                       ldr x8, [x0]
   224: 08050091                       add x8, x8, #0x1
   228: 080000f9                       str x8, [x0]
   22c: a00200f9                       str x0, [x21]
   230: 60030037                       tbnz w0, #0x0, #0x6c
   234: 080840b9                       ldr w8, [x0, #0x8]
   238: 1f1d0071                       cmp w8, #0x7
   23c: 01030054                       b.ne #0x60
   240: 080080d2                       mov x8, #0x0
        # hole +0x240: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[11]+0
   244: 091840f9                       ldr x9, [x0, #0x30]
   248: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x248: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[11]+0
   24c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x24c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[11]+0
   250: 291940f9                       ldr x9, [x9, #0x30]
   254: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x254: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[11]+0
   258: 3f0108eb                       cmp x9, x8
   25c: 01020054                       b.ne #0x40
   260: 081c40f9                       ldr x8, [x0, #0x38]
   264: 283000b4                       cbz x8, #0x604
   268: 082040f9                       ldr x8, [x0, #0x40]
   26c: 48030036                       tbz w8, #0x0, #0x68
   270: a80200f9                       str x8, [x21]
   274: 080040f9                       ldr x8, [x0]
   278: 080500f1                       subs x8, x8, #0x1
   27c: 080000f9                       str x8, [x0]
   280: a0030054                       b.eq #0x74
   284: 880e40f9                       ldr x8, [x20, #0x18]
   288: a90240f9                       ldr x9, [x21]
   28c: 001540f9                       ldr x0, [x8, #0x28]
   290: 091500f9                       str x9, [x8, #0x28]
   294: c0030036                       tbz w0, #0x0, #0x78
   298: 23000014                       b #0x8c
   29c: 080080d2                       mov x8, #0x0
        # hole +0x29c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2a0: 23008052                       mov w3, #0x1
   2a4: c50d8052                       mov w5, #0x6e
   2a8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2a8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2ac: f50313aa                       mov x21, x19
   2b0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2b0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2b4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2b4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2b8: 042d0091                       add x4, x8, #0xb
   2bc: e00314aa                       mov x0, x20
   2c0: e10315aa                       mov x1, x21
   2c4: e20316aa                       mov x2, x22
   2c8: 00000094                       bl #0x0
        # hole +0x2c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2cc: fe0741f8                       ldr x30, [sp], #0x10
   2d0: c0035fd6                       ret
   2d4: 090140f9                       ldr x9, [x8]
   2d8: 29050091                       add x9, x9, #0x1
   2dc: 090100f9                       str x9, [x8]
   2e0: a80200f9                       str x8, [x21]
   2e4: 080040f9                       ldr x8, [x0]
   2e8: 080500f1                       subs x8, x8, #0x1
   2ec: 080000f9                       str x8, [x0]
   2f0: a1fcff54                       b.ne #-0x6c
   2f4: 00000094                       bl #0x0
        # hole +0x2f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2f8: 880e40f9                       ldr x8, [x20, #0x18]
   2fc: a90240f9                       ldr x9, [x21]
   300: 001540f9                       ldr x0, [x8, #0x28]
   304: 091500f9                       str x9, [x8, #0x28]
   308: e0000037                       tbnz w0, #0x0, #0x1c
   30c: 090040f9                       ldr x9, [x0]
   310: 290500f1                       subs x9, x9, #0x1
   314: 090000f9                       str x9, [x0]
   318: 61000054                       b.ne #0xc
   31c: 00000094                       bl #0x0
        # hole +0x31c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   320: 880e40f9                       ldr x8, [x20, #0x18]
   324: 001940f9                       ldr x0, [x8, #0x30]
   328: 80000037                       tbnz w0, #0x0, #0x10
   32c: 080040f9                       ldr x8, [x0]
   330: 08050091                       add x8, x8, #0x1
   334: 080000f9                       str x8, [x0]
   338: a00200f9                       str x0, [x21]
   33c: 80030037                       tbnz w0, #0x0, #0x70
   340: 080840b9                       ldr w8, [x0, #0x8]
   344: 1f1d0071                       cmp w8, #0x7
   348: 21030054                       b.ne #0x64
   34c: 080080d2                       mov x8, #0x0
        # hole +0x34c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[17]+0
   350: 091840f9                       ldr x9, [x0, #0x30]
   354: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x354: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[17]+0
   358: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x358: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[17]+0
   35c: 291940f9                       ldr x9, [x9, #0x30]
   360: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x360: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[17]+0
   364: 3f0108eb                       cmp x9, x8
   368: 21020054                       b.ne #0x44
   36c: 081c40f9                       ldr x8, [x0, #0x38]
   370: 1f0d00f1                       cmp x8, #0x3
   374: c3310054                       b.lo #0x638
   378: 082840f9                       ldr x8, [x0, #0x50]
   37c: 48030036                       tbz w8, #0x0, #0x68
   380: a80200f9                       str x8, [x21]
   384: 080040f9                       ldr x8, [x0]
   388: 080500f1                       subs x8, x8, #0x1
   38c: 080000f9                       str x8, [x0]
   390: a0030054                       b.eq #0x74
   394: 880e40f9                       ldr x8, [x20, #0x18]
   398: a90240f9                       ldr x9, [x21]
   39c: 001d40f9                       ldr x0, [x8, #0x38]
   3a0: 091d00f9                       str x9, [x8, #0x38]
   3a4: c0030036                       tbz w0, #0x0, #0x78
   3a8: 23000014                       b #0x8c
   3ac: 080080d2                       mov x8, #0x0
        # hole +0x3ac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3b0: 23008052                       mov w3, #0x1
   3b4: 45158052                       mov w5, #0xaa
   3b8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3b8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3bc: f50313aa                       mov x21, x19
   3c0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3c4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3c8: 04450091                       add x4, x8, #0x11
   3cc: e00314aa                       mov x0, x20
   3d0: e10315aa                       mov x1, x21
   3d4: e20316aa                       mov x2, x22
   3d8: 00000094                       bl #0x0
        # hole +0x3d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3dc: fe0741f8                       ldr x30, [sp], #0x10
   3e0: c0035fd6                       ret
   3e4: 090140f9                       ldr x9, [x8]
   3e8: 29050091                       add x9, x9, #0x1
   3ec: 090100f9                       str x9, [x8]
   3f0: a80200f9                       str x8, [x21]
   3f4: 080040f9                       ldr x8, [x0]
   3f8: 080500f1                       subs x8, x8, #0x1
   3fc: 080000f9                       str x8, [x0]
   400: a1fcff54                       b.ne #-0x6c
   404: 00000094                       bl #0x0
        # hole +0x404: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   408: 880e40f9                       ldr x8, [x20, #0x18]
   40c: a90240f9                       ldr x9, [x21]
   410: 001d40f9                       ldr x0, [x8, #0x38]
   414: 091d00f9                       str x9, [x8, #0x38]
   418: e0000037                       tbnz w0, #0x0, #0x1c
   41c: 090040f9                       ldr x9, [x0]
   420: 290500f1                       subs x9, x9, #0x1
   424: 090000f9                       str x9, [x0]
   428: 61000054                       b.ne #0xc
   42c: 00000094                       bl #0x0
        # hole +0x42c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   430: 880e40f9                       ldr x8, [x20, #0x18]
   434: 002140f9                       ldr x0, [x8, #0x40]
   438: 80000037                       tbnz w0, #0x0, #0x10
   43c: 080040f9                       ldr x8, [x0]
   440: 08050091                       add x8, x8, #0x1
   444: 080000f9                       str x8, [x0]
   448: a00200f9                       str x0, [x21]
   44c: 60030037                       tbnz w0, #0x0, #0x6c
   450: 080840b9                       ldr w8, [x0, #0x8]
   454: 1f1d0071                       cmp w8, #0x7
   458: 01030054                       b.ne #0x60
   45c: 080080d2                       mov x8, #0x0
        # hole +0x45c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   460: 091840f9                       ldr x9, [x0, #0x30]
   464: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x464: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   468: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x468: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   46c: 291940f9                       ldr x9, [x9, #0x30]
   470: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x470: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   474: 3f0108eb                       cmp x9, x8
   478: 01020054                       b.ne #0x40
   47c: 081c40f9                       ldr x8, [x0, #0x38]
   480: a83300b4                       cbz x8, #0x674
   484: 082040f9                       ldr x8, [x0, #0x40]
   488: 48030036                       tbz w8, #0x0, #0x68
   48c: a80200f9                       str x8, [x21]
   490: 080040f9                       ldr x8, [x0]
   494: 080500f1                       subs x8, x8, #0x1
   498: 080000f9                       str x8, [x0]
   49c: a0030054                       b.eq #0x74
   4a0: 880e40f9                       ldr x8, [x20, #0x18]
   4a4: a90240f9                       ldr x9, [x21]
   4a8: 002540f9                       ldr x0, [x8, #0x48]
   4ac: 092500f9                       str x9, [x8, #0x48]
   4b0: c0030036                       tbz w0, #0x0, #0x78
   4b4: 23000014                       b #0x8c
   4b8: 080080d2                       mov x8, #0x0
        # hole +0x4b8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   4bc: 23008052                       mov w3, #0x1
   4c0: 451a8052                       mov w5, #0xd2
   4c4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x4c4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   4c8: f50313aa                       mov x21, x19
   4cc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x4cc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   4d0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x4d0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   4d4: 04550091                       add x4, x8, #0x15
   4d8: e00314aa                       mov x0, x20
   4dc: e10315aa                       mov x1, x21
   4e0: e20316aa                       mov x2, x22
   4e4: 00000094                       bl #0x0
        # hole +0x4e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   4e8: fe0741f8                       ldr x30, [sp], #0x10
   4ec: c0035fd6                       ret
   4f0: 090140f9                       ldr x9, [x8]
   4f4: 29050091                       add x9, x9, #0x1
   4f8: 090100f9                       str x9, [x8]
   4fc: a80200f9                       str x8, [x21]
   500: 080040f9                       ldr x8, [x0]
   504: 080500f1                       subs x8, x8, #0x1
   508: 080000f9                       str x8, [x0]
   50c: a1fcff54                       b.ne #-0x6c
   510: 00000094                       bl #0x0
        # hole +0x510: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   514: 880e40f9                       ldr x8, [x20, #0x18]
   518: a90240f9                       ldr x9, [x21]
   51c: 002540f9                       ldr x0, [x8, #0x48]
   520: 092500f9                       str x9, [x8, #0x48]
   524: e0000037                       tbnz w0, #0x0, #0x1c
   528: 090040f9                       ldr x9, [x0]
   52c: 290500f1                       subs x9, x9, #0x1
   530: 090000f9                       str x9, [x0]
   534: 61000054                       b.ne #0xc
   538: 00000094                       bl #0x0
        # hole +0x538: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   53c: 880e40f9                       ldr x8, [x20, #0x18]
   540: 002940f9                       ldr x0, [x8, #0x50]
   544: 60030037                       tbnz w0, #0x0, #0x6c
   548: 090040f9                       ldr x9, [x0]
   54c: 0a0840b9                       ldr w10, [x0, #0x8]
   550: 29050091                       add x9, x9, #0x1
   554: 5f1d0071                       cmp w10, #0x7
   558: 090000f9                       str x9, [x0]
   55c: a00200f9                       str x0, [x21]
   560: a1020054                       b.ne #0x54
   564: 091840f9                       ldr x9, [x0, #0x30]
   568: 291940f9                       ldr x9, [x9, #0x30]
   56c: 293d43d1                       sub x9, x9, #0xcf, lsl #12
   570: 3f690af1                       cmp x9, #0x29a
   574: 01020054                       b.ne #0x40
   578: 091c40f9                       ldr x9, [x0, #0x38]
   57c: e93500b4                       cbz x9, #0x6bc
   580: 092040f9                       ldr x9, [x0, #0x40]
   584: 09050036                       tbz w9, #0x0, #0xa0
   588: a90200f9                       str x9, [x21]
   58c: 090040f9                       ldr x9, [x0]
   590: 290500f1                       subs x9, x9, #0x1
   594: 090000f9                       str x9, [x0]
   598: 60050054                       b.eq #0xac
   59c: a90240f9                       ldr x9, [x21]
   5a0: 002d40f9                       ldr x0, [x8, #0x58]
   5a4: 092d00f9                       str x9, [x8, #0x58]
   5a8: a0050036                       tbz w0, #0x0, #0xb4
   5ac: 32000014                       b #0xc8
   5b0: a00200f9                       str x0, [x21]
   5b4: 080080d2                       mov x8, #0x0
        # hole +0x5b4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   5b8: 23008052                       mov w3, #0x1
   5bc: c5218052                       mov w5, #0x10e
   5c0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5c0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5c4: f50313aa                       mov x21, x19
   5c8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x5c8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   5cc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x5cc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   5d0: 046d0091                       add x4, x8, #0x1b
   5d4: e00314aa                       mov x0, x20
   5d8: e10315aa                       mov x1, x21
   5dc: e20316aa                       mov x2, x22
   5e0: 00000094                       bl #0x0
        # hole +0x5e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5e4: fe0741f8                       ldr x30, [sp], #0x10
   5e8: c0035fd6                       ret
   5ec: 080080d2                       mov x8, #0x0
        # hole +0x5ec: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   5f0: 23008052                       mov w3, #0x1
   5f4: 85028052                       mov w5, #0x14
   5f8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5f8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5fc: f50313aa                       mov x21, x19
   600: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x600: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   604: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x604: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   608: 04090091                       add x4, x8, #0x2
   60c: e00314aa                       mov x0, x20
   610: e10315aa                       mov x1, x21
   614: e20316aa                       mov x2, x22
   618: 00000094                       bl #0x0
        # hole +0x618: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   61c: fe0741f8                       ldr x30, [sp], #0x10
   620: c0035fd6                       ret
   624: 2a0140f9                       ldr x10, [x9]
   628: 4a050091                       add x10, x10, #0x1
   62c: 2a0100f9                       str x10, [x9]
   630: a90200f9                       str x9, [x21]
   634: 090040f9                       ldr x9, [x0]
   638: 290500f1                       subs x9, x9, #0x1
   63c: 090000f9                       str x9, [x0]
   640: e1faff54                       b.ne #-0xa4
   644: 00000094                       bl #0x0
        # hole +0x644: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   648: 880e40f9                       ldr x8, [x20, #0x18]
   64c: a90240f9                       ldr x9, [x21]
   650: 002d40f9                       ldr x0, [x8, #0x58]
   654: 092d00f9                       str x9, [x8, #0x58]
   658: e0000037                       tbnz w0, #0x0, #0x1c
   65c: 090040f9                       ldr x9, [x0]
   660: 290500f1                       subs x9, x9, #0x1
   664: 090000f9                       str x9, [x0]
   668: 61000054                       b.ne #0xc
   66c: 00000094                       bl #0x0
        # hole +0x66c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   670: 880e40f9                       ldr x8, [x20, #0x18]
   674: 003140f9                       ldr x0, [x8, #0x60]
   678: 80000037                       tbnz w0, #0x0, #0x10
   67c: 080040f9                       ldr x8, [x0]
   680: 08050091                       add x8, x8, #0x1
   684: 080000f9                       str x8, [x0]
   688: a00200f9                       str x0, [x21]
   68c: 60030037                       tbnz w0, #0x0, #0x6c
   690: 080840b9                       ldr w8, [x0, #0x8]
   694: 1f1d0071                       cmp w8, #0x7
   698: 01030054                       b.ne #0x60
   69c: 080080d2                       mov x8, #0x0
        # hole +0x69c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[33]+0
   6a0: 091840f9                       ldr x9, [x0, #0x30]
   6a4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6a4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[33]+0
   6a8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x6a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[33]+0
   6ac: 291940f9                       ldr x9, [x9, #0x30]
   6b0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x6b0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[33]+0
   6b4: 3f0108eb                       cmp x9, x8
   6b8: 01020054                       b.ne #0x40
   6bc: 081c40f9                       ldr x8, [x0, #0x38]
   6c0: 883500b4                       cbz x8, #0x6b0
   6c4: 082040f9                       ldr x8, [x0, #0x40]
   6c8: 08050036                       tbz w8, #0x0, #0xa0
   6cc: a80200f9                       str x8, [x21]
   6d0: 080040f9                       ldr x8, [x0]
   6d4: 080500f1                       subs x8, x8, #0x1
   6d8: 080000f9                       str x8, [x0]
   6dc: 60050054                       b.eq #0xac
   6e0: 880e40f9                       ldr x8, [x20, #0x18]
   6e4: a90240f9                       ldr x9, [x21]
   6e8: 003540f9                       ldr x0, [x8, #0x68]
   6ec: 093500f9                       str x9, [x8, #0x68]
   6f0: 80050036                       tbz w0, #0x0, #0xb0
   6f4: 31000014                       b #0xc4
   6f8: 080080d2                       mov x8, #0x0
        # hole +0x6f8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6fc: 23008052                       mov w3, #0x1
   700: 45298052                       mov w5, #0x14a
   704: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x704: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   708: f50313aa                       mov x21, x19
   70c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x70c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   710: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x710: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   714: 04850091                       add x4, x8, #0x21
   718: e00314aa                       mov x0, x20
   71c: e10315aa                       mov x1, x21
   720: e20316aa                       mov x2, x22
   724: 00000094                       bl #0x0
        # hole +0x724: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   728: fe0741f8                       ldr x30, [sp], #0x10
   72c: c0035fd6                       ret
   730: 080080d2                       mov x8, #0x0
        # hole +0x730: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   734: 23008052                       mov w3, #0x1
   738: 85078052                       mov w5, #0x3c
   73c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x73c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   740: f50313aa                       mov x21, x19
   744: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x744: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   748: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x748: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   74c: 04190091                       add x4, x8, #0x6
   750: e00314aa                       mov x0, x20
   754: e10315aa                       mov x1, x21
   758: e20316aa                       mov x2, x22
   75c: 00000094                       bl #0x0
        # hole +0x75c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   760: fe0741f8                       ldr x30, [sp], #0x10
   764: c0035fd6                       ret
   768: 090140f9                       ldr x9, [x8]
   76c: 29050091                       add x9, x9, #0x1
   770: 090100f9                       str x9, [x8]
   774: a80200f9                       str x8, [x21]
   778: 080040f9                       ldr x8, [x0]
   77c: 080500f1                       subs x8, x8, #0x1
   780: 080000f9                       str x8, [x0]
   784: e1faff54                       b.ne #-0xa4
   788: 00000094                       bl #0x0
        # hole +0x788: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   78c: 880e40f9                       ldr x8, [x20, #0x18]
   790: a90240f9                       ldr x9, [x21]
   794: 003540f9                       ldr x0, [x8, #0x68]
   798: 093500f9                       str x9, [x8, #0x68]
   79c: e0000037                       tbnz w0, #0x0, #0x1c
   7a0: 090040f9                       ldr x9, [x0]
   7a4: 290500f1                       subs x9, x9, #0x1
   7a8: 090000f9                       str x9, [x0]
   7ac: 61000054                       b.ne #0xc
   7b0: 00000094                       bl #0x0
        # hole +0x7b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   7b4: 880e40f9                       ldr x8, [x20, #0x18]
   7b8: 003940f9                       ldr x0, [x8, #0x70]
   7bc: 80030037                       tbnz w0, #0x0, #0x70
   7c0: 090040f9                       ldr x9, [x0]
   7c4: 0a0840b9                       ldr w10, [x0, #0x8]
   7c8: 29050091                       add x9, x9, #0x1
   7cc: 5f1d0071                       cmp w10, #0x7
   7d0: 090000f9                       str x9, [x0]
   7d4: a00200f9                       str x0, [x21]
   7d8: c1020054                       b.ne #0x58
   7dc: 091840f9                       ldr x9, [x0, #0x30]
   7e0: 291940f9                       ldr x9, [x9, #0x30]
   7e4: 29e540d1                       sub x9, x9, #0x39, lsl #12
   7e8: 3f5127f1                       cmp x9, #0x9d4
   7ec: 21020054                       b.ne #0x44
   7f0: 091c40f9                       ldr x9, [x0, #0x38]
   7f4: 3f0900f1                       cmp x9, #0x2
   7f8: e3350054                       b.lo #0x6bc
   7fc: 092440f9                       ldr x9, [x0, #0x48]
   800: 09050036                       tbz w9, #0x0, #0xa0
   804: a90200f9                       str x9, [x21]
   808: 090040f9                       ldr x9, [x0]
   80c: 290500f1                       subs x9, x9, #0x1
   810: 090000f9                       str x9, [x0]
   814: 60050054                       b.eq #0xac
   818: a90240f9                       ldr x9, [x21]
   81c: 003d40f9                       ldr x0, [x8, #0x78]
   820: 093d00f9                       str x9, [x8, #0x78]
   824: a0050036                       tbz w0, #0x0, #0xb4
   828: 32000014                       b #0xc8
   82c: a00200f9                       str x0, [x21]
   830: 080080d2                       mov x8, #0x0
        # hole +0x830: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   834: 23008052                       mov w3, #0x1
   838: 452e8052                       mov w5, #0x172
   83c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x83c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   840: f50313aa                       mov x21, x19
   844: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x844: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   848: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x848: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   84c: 04950091                       add x4, x8, #0x25
   850: e00314aa                       mov x0, x20
   854: e10315aa                       mov x1, x21
   858: e20316aa                       mov x2, x22
   85c: 00000094                       bl #0x0
        # hole +0x85c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   860: fe0741f8                       ldr x30, [sp], #0x10
   864: c0035fd6                       ret
   868: 080080d2                       mov x8, #0x0
        # hole +0x868: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   86c: 23008052                       mov w3, #0x1
   870: 050f8052                       mov w5, #0x78
   874: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x874: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   878: f50313aa                       mov x21, x19
   87c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x87c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   880: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x880: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   884: 04310091                       add x4, x8, #0xc
   888: e00314aa                       mov x0, x20
   88c: e10315aa                       mov x1, x21
   890: e20316aa                       mov x2, x22
   894: 00000094                       bl #0x0
        # hole +0x894: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   898: fe0741f8                       ldr x30, [sp], #0x10
   89c: c0035fd6                       ret
   8a0: 2a0140f9                       ldr x10, [x9]
   8a4: 4a050091                       add x10, x10, #0x1
   8a8: 2a0100f9                       str x10, [x9]
   8ac: a90200f9                       str x9, [x21]
   8b0: 090040f9                       ldr x9, [x0]
   8b4: 290500f1                       subs x9, x9, #0x1
   8b8: 090000f9                       str x9, [x0]
   8bc: e1faff54                       b.ne #-0xa4
   8c0: 00000094                       bl #0x0
        # hole +0x8c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8c4: 880e40f9                       ldr x8, [x20, #0x18]
   8c8: a90240f9                       ldr x9, [x21]
   8cc: 003d40f9                       ldr x0, [x8, #0x78]
   8d0: 093d00f9                       str x9, [x8, #0x78]
   8d4: e0000037                       tbnz w0, #0x0, #0x1c
   8d8: 090040f9                       ldr x9, [x0]
   8dc: 290500f1                       subs x9, x9, #0x1
   8e0: 090000f9                       str x9, [x0]
   8e4: 61000054                       b.ne #0xc
   8e8: 00000094                       bl #0x0
        # hole +0x8e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8ec: 880e40f9                       ldr x8, [x20, #0x18]
   8f0: 004140f9                       ldr x0, [x8, #0x80]
   8f4: 80000037                       tbnz w0, #0x0, #0x10
   8f8: 080040f9                       ldr x8, [x0]
   8fc: 08050091                       add x8, x8, #0x1
   900: 080000f9                       str x8, [x0]
   904: a00200f9                       str x0, [x21]
   908: 60030037                       tbnz w0, #0x0, #0x6c
   90c: 080840b9                       ldr w8, [x0, #0x8]
   910: 1f1d0071                       cmp w8, #0x7
   914: 01030054                       b.ne #0x60
   918: 080080d2                       mov x8, #0x0
        # hole +0x918: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[43]+0
   91c: 091840f9                       ldr x9, [x0, #0x30]
   920: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x920: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[43]+0
   924: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x924: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[43]+0
   928: 291940f9                       ldr x9, [x9, #0x30]
   92c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x92c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[43]+0
   930: 3f0108eb                       cmp x9, x8
   934: 01020054                       b.ne #0x40
   938: 081c40f9                       ldr x8, [x0, #0x38]
   93c: 883500b4                       cbz x8, #0x6b0
   940: 082040f9                       ldr x8, [x0, #0x40]
   944: 08050036                       tbz w8, #0x0, #0xa0
   948: a80200f9                       str x8, [x21]
   94c: 080040f9                       ldr x8, [x0]
   950: 080500f1                       subs x8, x8, #0x1
   954: 080000f9                       str x8, [x0]
   958: 60050054                       b.eq #0xac
   95c: 880e40f9                       ldr x8, [x20, #0x18]
   960: a90240f9                       ldr x9, [x21]
   964: 004540f9                       ldr x0, [x8, #0x88]
   968: 094500f9                       str x9, [x8, #0x88]
   96c: 80050036                       tbz w0, #0x0, #0xb0
   970: 31000014                       b #0xc4
   974: 080080d2                       mov x8, #0x0
        # hole +0x974: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   978: 23008052                       mov w3, #0x1
   97c: c5358052                       mov w5, #0x1ae
   980: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x980: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   984: f50313aa                       mov x21, x19
   988: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x988: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   98c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x98c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   990: 04ad0091                       add x4, x8, #0x2b
   994: e00314aa                       mov x0, x20
   998: e10315aa                       mov x1, x21
   99c: e20316aa                       mov x2, x22
   9a0: 00000094                       bl #0x0
        # hole +0x9a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   9a4: fe0741f8                       ldr x30, [sp], #0x10
   9a8: c0035fd6                       ret
   9ac: 080080d2                       mov x8, #0x0
        # hole +0x9ac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   9b0: 23008052                       mov w3, #0x1
   9b4: 85168052                       mov w5, #0xb4
   9b8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9b8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   9bc: f50313aa                       mov x21, x19
   9c0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x9c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   9c4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x9c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   9c8: 04490091                       add x4, x8, #0x12
   9cc: e00314aa                       mov x0, x20
   9d0: e10315aa                       mov x1, x21
   9d4: e20316aa                       mov x2, x22
   9d8: 00000094                       bl #0x0
        # hole +0x9d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   9dc: fe0741f8                       ldr x30, [sp], #0x10
   9e0: c0035fd6                       ret
   9e4: 090140f9                       ldr x9, [x8]
   9e8: 29050091                       add x9, x9, #0x1
   9ec: 090100f9                       str x9, [x8]
   9f0: a80200f9                       str x8, [x21]
   9f4: 080040f9                       ldr x8, [x0]
   9f8: 080500f1                       subs x8, x8, #0x1
   9fc: 080000f9                       str x8, [x0]
   a00: e1faff54                       b.ne #-0xa4
   a04: 00000094                       bl #0x0
        # hole +0xa04: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a08: 880e40f9                       ldr x8, [x20, #0x18]
   a0c: a90240f9                       ldr x9, [x21]
   a10: 004540f9                       ldr x0, [x8, #0x88]
   a14: 094500f9                       str x9, [x8, #0x88]
   a18: e0000037                       tbnz w0, #0x0, #0x1c
   a1c: 090040f9                       ldr x9, [x0]
   a20: 290500f1                       subs x9, x9, #0x1
   a24: 090000f9                       str x9, [x0]
   a28: 61000054                       b.ne #0xc
   a2c: 00000094                       bl #0x0
        # hole +0xa2c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   a30: 880e40f9                       ldr x8, [x20, #0x18]
   a34: 004940f9                       ldr x0, [x8, #0x90]
   a38: 80000037                       tbnz w0, #0x0, #0x10
   a3c: 080040f9                       ldr x8, [x0]
   a40: 08050091                       add x8, x8, #0x1
   a44: 080000f9                       str x8, [x0]
   a48: a00200f9                       str x0, [x21]
   a4c: 80030037                       tbnz w0, #0x0, #0x70
   a50: 080840b9                       ldr w8, [x0, #0x8]
   a54: 1f1d0071                       cmp w8, #0x7
   a58: 21030054                       b.ne #0x64
   a5c: 080080d2                       mov x8, #0x0
        # hole +0xa5c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[49]+0
   a60: 091840f9                       ldr x9, [x0, #0x30]
   a64: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xa64: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[49]+0
   a68: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa68: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[49]+0
   a6c: 291940f9                       ldr x9, [x9, #0x30]
   a70: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xa70: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[49]+0
   a74: 3f0108eb                       cmp x9, x8
   a78: 21020054                       b.ne #0x44
   a7c: 081c40f9                       ldr x8, [x0, #0x38]
   a80: 1f1100f1                       cmp x8, #0x4
   a84: 03310054                       b.lo #0x620
   a88: 082c40f9                       ldr x8, [x0, #0x58]
   a8c: 08050036                       tbz w8, #0x0, #0xa0
   a90: a80200f9                       str x8, [x21]
   a94: 080040f9                       ldr x8, [x0]
   a98: 080500f1                       subs x8, x8, #0x1
   a9c: 080000f9                       str x8, [x0]
   aa0: 60050054                       b.eq #0xac
   aa4: 880e40f9                       ldr x8, [x20, #0x18]
   aa8: a90240f9                       ldr x9, [x21]
   aac: 004d40f9                       ldr x0, [x8, #0x98]
   ab0: 094d00f9                       str x9, [x8, #0x98]
   ab4: 80050036                       tbz w0, #0x0, #0xb0
   ab8: 31000014                       b #0xc4
   abc: 080080d2                       mov x8, #0x0
        # hole +0xabc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   ac0: 23008052                       mov w3, #0x1
   ac4: 453d8052                       mov w5, #0x1ea
   ac8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xac8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   acc: f50313aa                       mov x21, x19
   ad0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xad0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   ad4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xad4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   ad8: 04c50091                       add x4, x8, #0x31
   adc: e00314aa                       mov x0, x20
   ae0: e10315aa                       mov x1, x21
   ae4: e20316aa                       mov x2, x22
   ae8: 00000094                       bl #0x0
        # hole +0xae8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   aec: fe0741f8                       ldr x30, [sp], #0x10
   af0: c0035fd6                       ret
   af4: 080080d2                       mov x8, #0x0
        # hole +0xaf4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   af8: 23008052                       mov w3, #0x1
   afc: 851b8052                       mov w5, #0xdc
   b00: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xb00: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   b04: f50313aa                       mov x21, x19
   b08: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xb08: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   b0c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xb0c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   b10: 04590091                       add x4, x8, #0x16
   b14: e00314aa                       mov x0, x20
   b18: e10315aa                       mov x1, x21
   b1c: e20316aa                       mov x2, x22
   b20: 00000094                       bl #0x0
        # hole +0xb20: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   b24: fe0741f8                       ldr x30, [sp], #0x10
   b28: c0035fd6                       ret
   b2c: 090140f9                       ldr x9, [x8]
   b30: 29050091                       add x9, x9, #0x1
   b34: 090100f9                       str x9, [x8]
   b38: a80200f9                       str x8, [x21]
   b3c: 080040f9                       ldr x8, [x0]
   b40: 080500f1                       subs x8, x8, #0x1
   b44: 080000f9                       str x8, [x0]
   b48: e1faff54                       b.ne #-0xa4
   b4c: 00000094                       bl #0x0
        # hole +0xb4c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b50: 880e40f9                       ldr x8, [x20, #0x18]
   b54: a90240f9                       ldr x9, [x21]
   b58: 004d40f9                       ldr x0, [x8, #0x98]
   b5c: 094d00f9                       str x9, [x8, #0x98]
   b60: e0000037                       tbnz w0, #0x0, #0x1c
   b64: 090040f9                       ldr x9, [x0]
   b68: 290500f1                       subs x9, x9, #0x1
   b6c: 090000f9                       str x9, [x0]
   b70: 61000054                       b.ne #0xc
   b74: 00000094                       bl #0x0
        # hole +0xb74: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b78: 880e40f9                       ldr x8, [x20, #0x18]
   b7c: 005140f9                       ldr x0, [x8, #0xa0]
   b80: 80000037                       tbnz w0, #0x0, #0x10
   b84: 080040f9                       ldr x8, [x0]
   b88: 08050091                       add x8, x8, #0x1
   b8c: 080000f9                       str x8, [x0]
   b90: a00200f9                       str x0, [x21]
   b94: 60030037                       tbnz w0, #0x0, #0x6c
   b98: 080840b9                       ldr w8, [x0, #0x8]
   b9c: 1f1d0071                       cmp w8, #0x7
   ba0: 01030054                       b.ne #0x60
   ba4: 080080d2                       mov x8, #0x0
        # hole +0xba4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[53]+0
   ba8: 091840f9                       ldr x9, [x0, #0x30]
   bac: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xbac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[53]+0
   bb0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xbb0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[53]+0
   bb4: 291940f9                       ldr x9, [x9, #0x30]
   bb8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xbb8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[53]+0
   bbc: 3f0108eb                       cmp x9, x8
   bc0: 01020054                       b.ne #0x40
   bc4: 081c40f9                       ldr x8, [x0, #0x38]
   bc8: a82800b4                       cbz x8, #0x514
   bcc: 082040f9                       ldr x8, [x0, #0x40]
   bd0: 08050036                       tbz w8, #0x0, #0xa0
   bd4: a80200f9                       str x8, [x21]
   bd8: 080040f9                       ldr x8, [x0]
   bdc: 080500f1                       subs x8, x8, #0x1
   be0: 080000f9                       str x8, [x0]
   be4: 60050054                       b.eq #0xac
   be8: 880e40f9                       ldr x8, [x20, #0x18]
   bec: a90240f9                       ldr x9, [x21]
   bf0: 005540f9                       ldr x0, [x8, #0xa8]
   bf4: 095500f9                       str x9, [x8, #0xa8]
   bf8: 80050036                       tbz w0, #0x0, #0xb0
   bfc: 31000014                       b #0xc4
   c00: 080080d2                       mov x8, #0x0
        # hole +0xc00: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   c04: 23008052                       mov w3, #0x1
   c08: 45428052                       mov w5, #0x212
   c0c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xc0c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   c10: f50313aa                       mov x21, x19
   c14: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc14: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   c18: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc18: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   c1c: 04d50091                       add x4, x8, #0x35
   c20: e00314aa                       mov x0, x20
   c24: e10315aa                       mov x1, x21
   c28: e20316aa                       mov x2, x22
   c2c: 00000094                       bl #0x0
        # hole +0xc2c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   c30: fe0741f8                       ldr x30, [sp], #0x10
   c34: c0035fd6                       ret
   c38: 080080d2                       mov x8, #0x0
        # hole +0xc38: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   c3c: 23008052                       mov w3, #0x1
   c40: 05238052                       mov w5, #0x118
   c44: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xc44: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   c48: f50313aa                       mov x21, x19
   c4c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc4c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   c50: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc50: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   c54: 04710091                       add x4, x8, #0x1c
   c58: e00314aa                       mov x0, x20
   c5c: e10315aa                       mov x1, x21
   c60: e20316aa                       mov x2, x22
   c64: 00000094                       bl #0x0
        # hole +0xc64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   c68: fe0741f8                       ldr x30, [sp], #0x10
   c6c: c0035fd6                       ret
   c70: 090140f9                       ldr x9, [x8]
   c74: 29050091                       add x9, x9, #0x1
   c78: 090100f9                       str x9, [x8]
   c7c: a80200f9                       str x8, [x21]
   c80: 080040f9                       ldr x8, [x0]
   c84: 080500f1                       subs x8, x8, #0x1
   c88: 080000f9                       str x8, [x0]
   c8c: e1faff54                       b.ne #-0xa4
   c90: 00000094                       bl #0x0
        # hole +0xc90: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c94: 880e40f9                       ldr x8, [x20, #0x18]
   c98: a90240f9                       ldr x9, [x21]
   c9c: 005540f9                       ldr x0, [x8, #0xa8]
   ca0: 095500f9                       str x9, [x8, #0xa8]
   ca4: e0000037                       tbnz w0, #0x0, #0x1c
   ca8: 090040f9                       ldr x9, [x0]
   cac: 290500f1                       subs x9, x9, #0x1
   cb0: 090000f9                       str x9, [x0]
   cb4: 61000054                       b.ne #0xc
   cb8: 00000094                       bl #0x0
        # hole +0xcb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   cbc: 880e40f9                       ldr x8, [x20, #0x18]
   cc0: 005940f9                       ldr x0, [x8, #0xb0]
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
   cec: 291542d1                       sub x9, x9, #0x85, lsl #12
   cf0: 3fed3af1                       cmp x9, #0xebb
   cf4: 21020054                       b.ne #0x44
   cf8: 091c40f9                       ldr x9, [x0, #0x38]
   cfc: 3f0900f1                       cmp x9, #0x2
   d00: a3200054                       b.lo #0x414
   d04: 092440f9                       ldr x9, [x0, #0x48]
   d08: 09050036                       tbz w9, #0x0, #0xa0
   d0c: a90200f9                       str x9, [x21]
   d10: 090040f9                       ldr x9, [x0]
   d14: 290500f1                       subs x9, x9, #0x1
   d18: 090000f9                       str x9, [x0]
   d1c: 60050054                       b.eq #0xac
   d20: a90240f9                       ldr x9, [x21]
   d24: 005d40f9                       ldr x0, [x8, #0xb8]
   d28: 095d00f9                       str x9, [x8, #0xb8]
   d2c: a0050036                       tbz w0, #0x0, #0xb4
   d30: 32000014                       b #0xc8
   d34: a00200f9                       str x0, [x21]
   d38: 080080d2                       mov x8, #0x0
        # hole +0xd38: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   d3c: 23008052                       mov w3, #0x1
   d40: c5498052                       mov w5, #0x24e
   d44: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xd44: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   d48: f50313aa                       mov x21, x19
   d4c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xd4c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   d50: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xd50: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   d54: 04ed0091                       add x4, x8, #0x3b
   d58: e00314aa                       mov x0, x20
   d5c: e10315aa                       mov x1, x21
   d60: e20316aa                       mov x2, x22
   d64: 00000094                       bl #0x0
        # hole +0xd64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   d68: fe0741f8                       ldr x30, [sp], #0x10
   d6c: c0035fd6                       ret
   d70: 080080d2                       mov x8, #0x0
        # hole +0xd70: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   d74: 23008052                       mov w3, #0x1
   d78: 852a8052                       mov w5, #0x154
   d7c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xd7c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   d80: f50313aa                       mov x21, x19
   d84: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xd84: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   d88: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xd88: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   d8c: 04890091                       add x4, x8, #0x22
   d90: e00314aa                       mov x0, x20
   d94: e10315aa                       mov x1, x21
   d98: e20316aa                       mov x2, x22
   d9c: 00000094                       bl #0x0
        # hole +0xd9c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   da0: fe0741f8                       ldr x30, [sp], #0x10
   da4: c0035fd6                       ret
   da8: 2a0140f9                       ldr x10, [x9]
   dac: 4a050091                       add x10, x10, #0x1
   db0: 2a0100f9                       str x10, [x9]
   db4: a90200f9                       str x9, [x21]
   db8: 090040f9                       ldr x9, [x0]
   dbc: 290500f1                       subs x9, x9, #0x1
   dc0: 090000f9                       str x9, [x0]
   dc4: e1faff54                       b.ne #-0xa4
   dc8: 00000094                       bl #0x0
        # hole +0xdc8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   dcc: 880e40f9                       ldr x8, [x20, #0x18]
   dd0: a90240f9                       ldr x9, [x21]
   dd4: 005d40f9                       ldr x0, [x8, #0xb8]
   dd8: 095d00f9                       str x9, [x8, #0xb8]
   ddc: e0000037                       tbnz w0, #0x0, #0x1c
   de0: 090040f9                       ldr x9, [x0]
   de4: 290500f1                       subs x9, x9, #0x1
   de8: 090000f9                       str x9, [x0]
   dec: 61000054                       b.ne #0xc
   df0: 00000094                       bl #0x0
        # hole +0xdf0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   df4: 880e40f9                       ldr x8, [x20, #0x18]
   df8: 006140f9                       ldr x0, [x8, #0xc0]
   dfc: 80000037                       tbnz w0, #0x0, #0x10
   e00: 080040f9                       ldr x8, [x0]
   e04: 08050091                       add x8, x8, #0x1
   e08: 080000f9                       str x8, [x0]
   e0c: a00200f9                       str x0, [x21]
   e10: 60030037                       tbnz w0, #0x0, #0x6c
   e14: 080840b9                       ldr w8, [x0, #0x8]
   e18: 1f1d0071                       cmp w8, #0x7
   e1c: 01030054                       b.ne #0x60
   e20: 080080d2                       mov x8, #0x0
        # hole +0xe20: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[65]+0
   e24: 091840f9                       ldr x9, [x0, #0x30]
   e28: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xe28: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[65]+0
   e2c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xe2c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[65]+0
   e30: 291940f9                       ldr x9, [x9, #0x30]
   e34: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xe34: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[65]+0
   e38: 3f0108eb                       cmp x9, x8
   e3c: 01020054                       b.ne #0x40
   e40: 081c40f9                       ldr x8, [x0, #0x38]
   e44: 481800b4                       cbz x8, #0x308
   e48: 082040f9                       ldr x8, [x0, #0x40]
   e4c: 08050036                       tbz w8, #0x0, #0xa0
   e50: a80200f9                       str x8, [x21]
   e54: 080040f9                       ldr x8, [x0]
   e58: 080500f1                       subs x8, x8, #0x1
   e5c: 080000f9                       str x8, [x0]
   e60: 60050054                       b.eq #0xac
   e64: 880e40f9                       ldr x8, [x20, #0x18]
   e68: a90240f9                       ldr x9, [x21]
   e6c: 006540f9                       ldr x0, [x8, #0xc8]
   e70: 096500f9                       str x9, [x8, #0xc8]
   e74: 80050036                       tbz w0, #0x0, #0xb0
   e78: 31000014                       b #0xc4
   e7c: 080080d2                       mov x8, #0x0
        # hole +0xe7c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   e80: 23008052                       mov w3, #0x1
   e84: 45518052                       mov w5, #0x28a
   e88: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xe88: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   e8c: f50313aa                       mov x21, x19
   e90: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xe90: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   e94: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xe94: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   e98: 04050191                       add x4, x8, #0x41
   e9c: e00314aa                       mov x0, x20
   ea0: e10315aa                       mov x1, x21
   ea4: e20316aa                       mov x2, x22
   ea8: 00000094                       bl #0x0
        # hole +0xea8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   eac: fe0741f8                       ldr x30, [sp], #0x10
   eb0: c0035fd6                       ret
   eb4: 080080d2                       mov x8, #0x0
        # hole +0xeb4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   eb8: 23008052                       mov w3, #0x1
   ebc: 852f8052                       mov w5, #0x17c
   ec0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xec0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   ec4: f50313aa                       mov x21, x19
   ec8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xec8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   ecc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xecc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   ed0: 04990091                       add x4, x8, #0x26
   ed4: e00314aa                       mov x0, x20
   ed8: e10315aa                       mov x1, x21
   edc: e20316aa                       mov x2, x22
   ee0: 00000094                       bl #0x0
        # hole +0xee0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   ee4: fe0741f8                       ldr x30, [sp], #0x10
   ee8: c0035fd6                       ret
   eec: 090140f9                       ldr x9, [x8]
   ef0: 29050091                       add x9, x9, #0x1
   ef4: 090100f9                       str x9, [x8]
   ef8: a80200f9                       str x8, [x21]
   efc: 080040f9                       ldr x8, [x0]
   f00: 080500f1                       subs x8, x8, #0x1
   f04: 080000f9                       str x8, [x0]
   f08: e1faff54                       b.ne #-0xa4
   f0c: 00000094                       bl #0x0
        # hole +0xf0c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f10: 880e40f9                       ldr x8, [x20, #0x18]
   f14: a90240f9                       ldr x9, [x21]
   f18: 006540f9                       ldr x0, [x8, #0xc8]
   f1c: 096500f9                       str x9, [x8, #0xc8]
   f20: e0000037                       tbnz w0, #0x0, #0x1c
   f24: 090040f9                       ldr x9, [x0]
   f28: 290500f1                       subs x9, x9, #0x1
   f2c: 090000f9                       str x9, [x0]
   f30: 61000054                       b.ne #0xc
   f34: 00000094                       bl #0x0
        # hole +0xf34: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   f38: 880e40f9                       ldr x8, [x20, #0x18]
   f3c: 006940f9                       ldr x0, [x8, #0xd0]
   f40: 80030037                       tbnz w0, #0x0, #0x70
   f44: 090040f9                       ldr x9, [x0]
   f48: 0a0840b9                       ldr w10, [x0, #0x8]
   f4c: 29050091                       add x9, x9, #0x1
   f50: 5f1d0071                       cmp w10, #0x7
   f54: 090000f9                       str x9, [x0]
   f58: a00200f9                       str x0, [x21]
   f5c: c1020054                       b.ne #0x58
   f60: 091840f9                       ldr x9, [x0, #0x30]
   f64: 291940f9                       ldr x9, [x9, #0x30]
   f68: 29ad42d1                       sub x9, x9, #0xab, lsl #12
   f6c: 3fe928f1                       cmp x9, #0xa3a
   f70: 21020054                       b.ne #0x44
   f74: 091c40f9                       ldr x9, [x0, #0x38]
   f78: 3f0900f1                       cmp x9, #0x2
   f7c: 43100054                       b.lo #0x208
   f80: 092440f9                       ldr x9, [x0, #0x48]
   f84: 09050036                       tbz w9, #0x0, #0xa0
   f88: a90200f9                       str x9, [x21]
   f8c: 090040f9                       ldr x9, [x0]
   f90: 290500f1                       subs x9, x9, #0x1
   f94: 090000f9                       str x9, [x0]
   f98: 60050054                       b.eq #0xac
   f9c: a90240f9                       ldr x9, [x21]
   fa0: 006d40f9                       ldr x0, [x8, #0xd8]
   fa4: 096d00f9                       str x9, [x8, #0xd8]
   fa8: a0050036                       tbz w0, #0x0, #0xb4
   fac: 31000014                       b #0xc4
   fb0: a00200f9                       str x0, [x21]
   fb4: 080080d2                       mov x8, #0x0
        # hole +0xfb4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   fb8: 23008052                       mov w3, #0x1
   fbc: 45568052                       mov w5, #0x2b2
   fc0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xfc0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   fc4: f50313aa                       mov x21, x19
   fc8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xfc8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   fcc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xfcc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   fd0: 04150191                       add x4, x8, #0x45
   fd4: e00314aa                       mov x0, x20
   fd8: e10315aa                       mov x1, x21
   fdc: e20316aa                       mov x2, x22
   fe0: 00000094                       bl #0x0
        # hole +0xfe0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   fe4: fe0741f8                       ldr x30, [sp], #0x10
   fe8: c0035fd6                       ret
   fec: 080080d2                       mov x8, #0x0
        # hole +0xfec: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   ff0: 23008052                       mov w3, #0x1
   ff4: 05378052                       mov w5, #0x1b8
   ff8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xff8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   ffc: f50313aa                       mov x21, x19
  1000: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1000: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  1004: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1004: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1008: 04b10091                       add x4, x8, #0x2c
  100c: e00314aa                       mov x0, x20
  1010: e10315aa                       mov x1, x21
  1014: e20316aa                       mov x2, x22
  1018: 00000094                       bl #0x0
        # hole +0x1018: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  101c: fe0741f8                       ldr x30, [sp], #0x10
  1020: c0035fd6                       ret
  1024: 2a0140f9                       ldr x10, [x9]
  1028: 4a050091                       add x10, x10, #0x1
  102c: 2a0100f9                       str x10, [x9]
  1030: a90200f9                       str x9, [x21]
  1034: 090040f9                       ldr x9, [x0]
  1038: 290500f1                       subs x9, x9, #0x1
  103c: 090000f9                       str x9, [x0]
  1040: e1faff54                       b.ne #-0xa4
  1044: 00000094                       bl #0x0
        # hole +0x1044: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1048: 880e40f9                       ldr x8, [x20, #0x18]
  104c: a90240f9                       ldr x9, [x21]
  1050: 006d40f9                       ldr x0, [x8, #0xd8]
  1054: 096d00f9                       str x9, [x8, #0xd8]
  1058: c0000037                       tbnz w0, #0x0, #0x18
  105c: 080040f9                       ldr x8, [x0]
  1060: 080500f1                       subs x8, x8, #0x1
  1064: 080000f9                       str x8, [x0]
  1068: 41000054                       b.ne #0x8
  106c: 00000094                       bl #0x0
        # hole +0x106c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  1070: 080080d2                       mov x8, #0x0
        # hole +0x1070: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  1074: 43008052                       mov w3, #0x2
  1078: 855c8052                       mov w5, #0x2e4
  107c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x107c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1080: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1080: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  1084: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1084: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1088: 04290191                       add x4, x8, #0x4a
  108c: e00314aa                       mov x0, x20
  1090: e10315aa                       mov x1, x21
  1094: e20316aa                       mov x2, x22
  1098: 00000094                       bl #0x0
        # hole +0x1098: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  109c: fe0741f8                       ldr x30, [sp], #0x10
  10a0: c0035fd6                       ret
  10a4: 080080d2                       mov x8, #0x0
        # hole +0x10a4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  10a8: 23008052                       mov w3, #0x1
  10ac: 853e8052                       mov w5, #0x1f4
  10b0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x10b0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  10b4: f50313aa                       mov x21, x19
  10b8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x10b8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  10bc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x10bc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  10c0: 04c90091                       add x4, x8, #0x32
  10c4: e00314aa                       mov x0, x20
  10c8: e10315aa                       mov x1, x21
  10cc: e20316aa                       mov x2, x22
  10d0: 00000094                       bl #0x0
        # hole +0x10d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  10d4: fe0741f8                       ldr x30, [sp], #0x10
  10d8: c0035fd6                       ret
  10dc: 080080d2                       mov x8, #0x0
        # hole +0x10dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  10e0: 23008052                       mov w3, #0x1
  10e4: 85438052                       mov w5, #0x21c
  10e8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x10e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  10ec: f50313aa                       mov x21, x19
  10f0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x10f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  10f4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x10f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  10f8: 04d90091                       add x4, x8, #0x36
  10fc: e00314aa                       mov x0, x20
  1100: e10315aa                       mov x1, x21
  1104: e20316aa                       mov x2, x22
  1108: 00000094                       bl #0x0
        # hole +0x1108: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  110c: fe0741f8                       ldr x30, [sp], #0x10
  1110: c0035fd6                       ret
  1114: 080080d2                       mov x8, #0x0
        # hole +0x1114: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  1118: 23008052                       mov w3, #0x1
  111c: 054b8052                       mov w5, #0x258
  1120: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1120: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1124: f50313aa                       mov x21, x19
  1128: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1128: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  112c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x112c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1130: 04f10091                       add x4, x8, #0x3c
  1134: e00314aa                       mov x0, x20
  1138: e10315aa                       mov x1, x21
  113c: e20316aa                       mov x2, x22
  1140: 00000094                       bl #0x0
        # hole +0x1140: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1144: fe0741f8                       ldr x30, [sp], #0x10
  1148: c0035fd6                       ret
  114c: 080080d2                       mov x8, #0x0
        # hole +0x114c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  1150: 23008052                       mov w3, #0x1
  1154: 85528052                       mov w5, #0x294
  1158: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1158: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  115c: f50313aa                       mov x21, x19
  1160: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1160: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  1164: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1164: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  1168: 04090191                       add x4, x8, #0x42
  116c: e00314aa                       mov x0, x20
  1170: e10315aa                       mov x1, x21
  1174: e20316aa                       mov x2, x22
  1178: 00000094                       bl #0x0
        # hole +0x1178: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  117c: fe0741f8                       ldr x30, [sp], #0x10
  1180: c0035fd6                       ret
  1184: 080080d2                       mov x8, #0x0
        # hole +0x1184: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
  1188: 23008052                       mov w3, #0x1
  118c: 85578052                       mov w5, #0x2bc
  1190: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1190: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
  1194: f50313aa                       mov x21, x19
  1198: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1198: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
  119c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x119c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
  11a0: 04190191                       add x4, x8, #0x46
  11a4: e00314aa                       mov x0, x20
  11a8: e10315aa                       mov x1, x21
  11ac: e20316aa                       mov x2, x22
  11b0: 00000094                       bl #0x0
        # hole +0x11b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  11b4: fe0741f8                       ldr x30, [sp], #0x10
  11b8: c0035fd6                       ret
