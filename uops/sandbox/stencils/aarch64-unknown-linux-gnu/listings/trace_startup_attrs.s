# stencil startup_attrs for aarch64-unknown-linux-gnu: 4676 code bytes, 0 data bytes, 102 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fe0f1ff8                       str x30, [sp, #-0x10]!
    1c: 240080d2                       mov x4, #0x1
    20: e10315aa                       mov x1, x21
    24: 2401c0f2                       movk x4, #0x9, lsl #32
    28: 208400f8                       str x0, [x1], #0x8
    2c: 80030037                       tbnz w0, #0x0, #0x70
    30: 080840b9                       ldr w8, [x0, #0x8]
    34: 1f1d0071                       cmp w8, #0x7
    38: 21030054                       b.ne #0x64
    3c: 080080d2                       mov x8, #0x0
        # hole +0x3c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[1]+0
    40: 091840f9                       ldr x9, [x0, #0x30]
    44: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x44: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[1]+0
    48: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x48: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[1]+0
    4c: 291940f9                       ldr x9, [x9, #0x30]
    50: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x50: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[1]+0
    54: 3f0108eb                       cmp x9, x8
    58: 21020054                       b.ne #0x44
    5c: 081c40f9                       ldr x8, [x0, #0x38]
    60: 1f0d00f1                       cmp x8, #0x3
    64: 83320054                       b.lo #0x650
    68: 082840f9                       ldr x8, [x0, #0x50]
    6c: 68020036                       tbz w8, #0x0, #0x4c
    70: a80200f9                       str x8, [x21]
    74: 080040f9                       ldr x8, [x0]
    78: 080500f1                       subs x8, x8, #0x1
    7c: 080000f9                       str x8, [x0]
    80: c0020054                       b.eq #0x58
    84: 880e40f9                       ldr x8, [x20, #0x18]
    88: a90240f9                       ldr x9, [x21]
    8c: 000540f9                       ldr x0, [x8, #0x8]
    90: 090500f9                       str x9, [x8, #0x8]
    94: 60030036                       tbz w0, #0x0, #0x6c
    98: 24000014                       b #0x90
    9c: 23008052                       mov w3, #0x1
    a0: 45018052                       mov w5, #0xa
    a4: e00314aa                       mov x0, x20
    a8: e20316aa                       mov x2, x22
    ac: 00000094                       bl #0x0
        # hole +0xac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    b0: fe0741f8                       ldr x30, [sp], #0x10
    b4: c0035fd6                       ret
    b8: 090140f9                       ldr x9, [x8]
    bc: 29050091                       add x9, x9, #0x1
    c0: 090100f9                       str x9, [x8]
    c4: a80200f9                       str x8, [x21]
    c8: 080040f9                       ldr x8, [x0]
    cc: 080500f1                       subs x8, x8, #0x1
    d0: 080000f9                       str x8, [x0]
    d4: 81fdff54                       b.ne #-0x50
    d8: f30301aa                       mov x19, x1
    dc: 00000094                       bl #0x0
        # hole +0xdc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    e0: 240080d2                       mov x4, #0x1
    e4: e10313aa                       mov x1, x19
    e8: 2401c0f2                       movk x4, #0x9, lsl #32
    ec: 880e40f9                       ldr x8, [x20, #0x18]
    f0: a90240f9                       ldr x9, [x21]
    f4: 000540f9                       ldr x0, [x8, #0x8]
    f8: 090500f9                       str x9, [x8, #0x8]
    fc: 60010037                       tbnz w0, #0x0, #0x2c
   100: 090040f9                       ldr x9, [x0]
   104: 290500f1                       subs x9, x9, #0x1
   108: 090000f9                       str x9, [x0]
   10c: e1000054                       b.ne #0x1c
   110: f30301aa                       mov x19, x1
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 240080d2                       mov x4, #0x1
   11c: 880e40f9                       ldr x8, [x20, #0x18]
   120: e10313aa                       mov x1, x19
   124: 2401c0f2                       movk x4, #0x9, lsl #32
   128: 000940f9                       ldr x0, [x8, #0x10]
   12c: 80030037                       tbnz w0, #0x0, #0x70
   130: 090040f9                       ldr x9, [x0]
   134: 0a0840b9                       ldr w10, [x0, #0x8]
   138: 29050091                       add x9, x9, #0x1
   13c: 5f1d0071                       cmp w10, #0x7
   140: 090000f9                       str x9, [x0]
   144: 89100091                       add x9, x4, #0x4
   148: a00200f9                       str x0, [x21]
   14c: a1030054                       b.ne #0x74
   150: 0a1840f9                       ldr x10, [x0, #0x30]
   154: 4a1940f9                       ldr x10, [x10, #0x30]
   158: 4a2541d1                       sub x10, x10, #0x49, lsl #12
   15c: 5fbd00f1                       cmp x10, #0x2f
   160: 01030054                       b.ne #0x60
   164: 091c40f9                       ldr x9, [x0, #0x38]
   168: a93500b4                       cbz x9, #0x6b4
   16c: 092040f9                       ldr x9, [x0, #0x40]
   170: 89030036                       tbz w9, #0x0, #0x70
   174: a90200f9                       str x9, [x21]
   178: 090040f9                       ldr x9, [x0]
   17c: 290500f1                       subs x9, x9, #0x1
   180: 090000f9                       str x9, [x0]
   184: e0030054                       b.eq #0x7c
   188: a90240f9                       ldr x9, [x21]
   18c: 000d40f9                       ldr x0, [x8, #0x18]
   190: 090d00f9                       str x9, [x8, #0x18]
   194: a0040036                       tbz w0, #0x0, #0x94
   198: 2e000014                       b #0xb8
   19c: a00200f9                       str x0, [x21]
   1a0: 84100091                       add x4, x4, #0x4
   1a4: 23008052                       mov w3, #0x1
   1a8: 45068052                       mov w5, #0x32
   1ac: e00314aa                       mov x0, x20
   1b0: e20316aa                       mov x2, x22
   1b4: 00000094                       bl #0x0
        # hole +0x1b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b8: fe0741f8                       ldr x30, [sp], #0x10
   1bc: c0035fd6                       ret
   1c0: 23008052                       mov w3, #0x1
   1c4: 45068052                       mov w5, #0x32
   1c8: e40309aa                       mov x4, x9
   1cc: e00314aa                       mov x0, x20
   1d0: e20316aa                       mov x2, x22
   1d4: 00000094                       bl #0x0
        # hole +0x1d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d8: fe0741f8                       ldr x30, [sp], #0x10
   1dc: c0035fd6                       ret
   1e0: 2a0140f9                       ldr x10, [x9]
   1e4: 4a050091                       add x10, x10, #0x1
   1e8: 2a0100f9                       str x10, [x9]
   1ec: a90200f9                       str x9, [x21]
   1f0: 090040f9                       ldr x9, [x0]
   1f4: 290500f1                       subs x9, x9, #0x1
   1f8: 090000f9                       str x9, [x0]
   1fc: 61fcff54                       b.ne #-0x74
   200: f30301aa                       mov x19, x1
   204: 00000094                       bl #0x0
        # hole +0x204: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   208: 240080d2                       mov x4, #0x1
   20c: 880e40f9                       ldr x8, [x20, #0x18]
   210: e10313aa                       mov x1, x19
   214: 2401c0f2                       movk x4, #0x9, lsl #32
   218: a90240f9                       ldr x9, [x21]
   21c: 000d40f9                       ldr x0, [x8, #0x18]
   220: 090d00f9                       str x9, [x8, #0x18]
   224: 60010037                       tbnz w0, #0x0, #0x2c
   228: 090040f9                       ldr x9, [x0]
   22c: 290500f1                       subs x9, x9, #0x1
   230: 090000f9                       str x9, [x0]
   234: e1000054                       b.ne #0x1c
   238: f30301aa                       mov x19, x1
   23c: 00000094                       bl #0x0
        # hole +0x23c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   240: 240080d2                       mov x4, #0x1
   244: 880e40f9                       ldr x8, [x20, #0x18]
   248: e10313aa                       mov x1, x19
   24c: 2401c0f2                       movk x4, #0x9, lsl #32
   250: 001140f9                       ldr x0, [x8, #0x20]
   254: 80000037                       tbnz w0, #0x0, #0x10
   258: 080040f9                       ldr x8, [x0]
   25c: 08050091                       add x8, x8, #0x1
   260: 080000f9                       str x8, [x0]
   264: 88280091                       add x8, x4, #0xa
   268: a00200f9                       str x0, [x21]
   26c: 60030037                       tbnz w0, #0x0, #0x6c
   270: 090840b9                       ldr w9, [x0, #0x8]
   274: 3f1d0071                       cmp w9, #0x7
   278: 01030054                       b.ne #0x60
   27c: 080080d2                       mov x8, #0x0
        # hole +0x27c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[11]+0
   280: 091840f9                       ldr x9, [x0, #0x30]
   284: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x284: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[11]+0
   288: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x288: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[11]+0
   28c: 291940f9                       ldr x9, [x9, #0x30]
   290: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x290: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[11]+0
   294: 3f0108eb                       cmp x9, x8
   298: 01030054                       b.ne #0x60
   29c: 081c40f9                       ldr x8, [x0, #0x38]
   2a0: c83500b4                       cbz x8, #0x6b8
   2a4: 082040f9                       ldr x8, [x0, #0x40]
   2a8: 88030036                       tbz w8, #0x0, #0x70
   2ac: a80200f9                       str x8, [x21]
   2b0: 080040f9                       ldr x8, [x0]
   2b4: 080500f1                       subs x8, x8, #0x1
   2b8: 080000f9                       str x8, [x0]
   2bc: e0030054                       b.eq #0x7c
   2c0: 880e40f9                       ldr x8, [x20, #0x18]
   2c4: a90240f9                       ldr x9, [x21]
   2c8: 001540f9                       ldr x0, [x8, #0x28]
   2cc: 091500f9                       str x9, [x8, #0x28]
   2d0: 80040036                       tbz w0, #0x0, #0x90
   2d4: 2d000014                       b #0xb4
   2d8: 23008052                       mov w3, #0x1
   2dc: c50d8052                       mov w5, #0x6e
   2e0: e40308aa                       mov x4, x8
   2e4: e00314aa                       mov x0, x20
   2e8: e20316aa                       mov x2, x22
   2ec: 00000094                       bl #0x0
        # hole +0x2ec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2f0: fe0741f8                       ldr x30, [sp], #0x10
   2f4: c0035fd6                       ret
   2f8: 84280091                       add x4, x4, #0xa
   2fc: 23008052                       mov w3, #0x1
   300: c50d8052                       mov w5, #0x6e
   304: e00314aa                       mov x0, x20
   308: e20316aa                       mov x2, x22
   30c: 00000094                       bl #0x0
        # hole +0x30c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   310: fe0741f8                       ldr x30, [sp], #0x10
   314: c0035fd6                       ret
   318: 090140f9                       ldr x9, [x8]
   31c: 29050091                       add x9, x9, #0x1
   320: 090100f9                       str x9, [x8]
   324: a80200f9                       str x8, [x21]
   328: 080040f9                       ldr x8, [x0]
   32c: 080500f1                       subs x8, x8, #0x1
   330: 080000f9                       str x8, [x0]
   334: 61fcff54                       b.ne #-0x74
   338: f30301aa                       mov x19, x1
   33c: 00000094                       bl #0x0
        # hole +0x33c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   340: 240080d2                       mov x4, #0x1
   344: e10313aa                       mov x1, x19
   348: 2401c0f2                       movk x4, #0x9, lsl #32
   34c: 880e40f9                       ldr x8, [x20, #0x18]
   350: a90240f9                       ldr x9, [x21]
   354: 001540f9                       ldr x0, [x8, #0x28]
   358: 091500f9                       str x9, [x8, #0x28]
   35c: 60010037                       tbnz w0, #0x0, #0x2c
   360: 090040f9                       ldr x9, [x0]
   364: 290500f1                       subs x9, x9, #0x1
   368: 090000f9                       str x9, [x0]
   36c: e1000054                       b.ne #0x1c
   370: f30301aa                       mov x19, x1
   374: 00000094                       bl #0x0
        # hole +0x374: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   378: 240080d2                       mov x4, #0x1
   37c: 880e40f9                       ldr x8, [x20, #0x18]
   380: e10313aa                       mov x1, x19
   384: 2401c0f2                       movk x4, #0x9, lsl #32
   388: 001940f9                       ldr x0, [x8, #0x30]
   38c: 80000037                       tbnz w0, #0x0, #0x10
   390: 080040f9                       ldr x8, [x0]
   394: 08050091                       add x8, x8, #0x1
   398: 080000f9                       str x8, [x0]
   39c: 88400091                       add x8, x4, #0x10
   3a0: a00200f9                       str x0, [x21]
   3a4: 80030037                       tbnz w0, #0x0, #0x70
   3a8: 090840b9                       ldr w9, [x0, #0x8]
   3ac: 3f1d0071                       cmp w9, #0x7
   3b0: 21030054                       b.ne #0x64
   3b4: 080080d2                       mov x8, #0x0
        # hole +0x3b4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[17]+0
   3b8: 091840f9                       ldr x9, [x0, #0x30]
   3bc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[17]+0
   3c0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[17]+0
   3c4: 291940f9                       ldr x9, [x9, #0x30]
   3c8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3c8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[17]+0
   3cc: 3f0108eb                       cmp x9, x8
   3d0: 21030054                       b.ne #0x64
   3d4: 081c40f9                       ldr x8, [x0, #0x38]
   3d8: 1f0d00f1                       cmp x8, #0x3
   3dc: 23360054                       b.lo #0x6c4
   3e0: 082840f9                       ldr x8, [x0, #0x50]
   3e4: 88030036                       tbz w8, #0x0, #0x70
   3e8: a80200f9                       str x8, [x21]
   3ec: 080040f9                       ldr x8, [x0]
   3f0: 080500f1                       subs x8, x8, #0x1
   3f4: 080000f9                       str x8, [x0]
   3f8: e0030054                       b.eq #0x7c
   3fc: 880e40f9                       ldr x8, [x20, #0x18]
   400: a90240f9                       ldr x9, [x21]
   404: 001d40f9                       ldr x0, [x8, #0x38]
   408: 091d00f9                       str x9, [x8, #0x38]
   40c: 80040036                       tbz w0, #0x0, #0x90
   410: 2d000014                       b #0xb4
   414: 23008052                       mov w3, #0x1
   418: 45158052                       mov w5, #0xaa
   41c: e40308aa                       mov x4, x8
   420: e00314aa                       mov x0, x20
   424: e20316aa                       mov x2, x22
   428: 00000094                       bl #0x0
        # hole +0x428: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   42c: fe0741f8                       ldr x30, [sp], #0x10
   430: c0035fd6                       ret
   434: 84400091                       add x4, x4, #0x10
   438: 23008052                       mov w3, #0x1
   43c: 45158052                       mov w5, #0xaa
   440: e00314aa                       mov x0, x20
   444: e20316aa                       mov x2, x22
   448: 00000094                       bl #0x0
        # hole +0x448: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   44c: fe0741f8                       ldr x30, [sp], #0x10
   450: c0035fd6                       ret
   454: 090140f9                       ldr x9, [x8]
   458: 29050091                       add x9, x9, #0x1
   45c: 090100f9                       str x9, [x8]
   460: a80200f9                       str x8, [x21]
   464: 080040f9                       ldr x8, [x0]
   468: 080500f1                       subs x8, x8, #0x1
   46c: 080000f9                       str x8, [x0]
   470: 61fcff54                       b.ne #-0x74
   474: f30301aa                       mov x19, x1
   478: 00000094                       bl #0x0
        # hole +0x478: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   47c: 240080d2                       mov x4, #0x1
   480: e10313aa                       mov x1, x19
   484: 2401c0f2                       movk x4, #0x9, lsl #32
   488: 880e40f9                       ldr x8, [x20, #0x18]
   48c: a90240f9                       ldr x9, [x21]
   490: 001d40f9                       ldr x0, [x8, #0x38]
   494: 091d00f9                       str x9, [x8, #0x38]
   498: 60010037                       tbnz w0, #0x0, #0x2c
   49c: 090040f9                       ldr x9, [x0]
   4a0: 290500f1                       subs x9, x9, #0x1
   4a4: 090000f9                       str x9, [x0]
   4a8: e1000054                       b.ne #0x1c
   4ac: f30301aa                       mov x19, x1
   4b0: 00000094                       bl #0x0
        # hole +0x4b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4b4: 240080d2                       mov x4, #0x1
   4b8: 880e40f9                       ldr x8, [x20, #0x18]
   4bc: e10313aa                       mov x1, x19
   4c0: 2401c0f2                       movk x4, #0x9, lsl #32
   4c4: 002140f9                       ldr x0, [x8, #0x40]
   4c8: 80000037                       tbnz w0, #0x0, #0x10
   4cc: 080040f9                       ldr x8, [x0]
   4d0: 08050091                       add x8, x8, #0x1
   4d4: 080000f9                       str x8, [x0]
   4d8: 88500091                       add x8, x4, #0x14
   4dc: a00200f9                       str x0, [x21]
   4e0: 60030037                       tbnz w0, #0x0, #0x6c
   4e4: 090840b9                       ldr w9, [x0, #0x8]
   4e8: 3f1d0071                       cmp w9, #0x7
   4ec: 01030054                       b.ne #0x60
   4f0: 080080d2                       mov x8, #0x0
        # hole +0x4f0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   4f4: 091840f9                       ldr x9, [x0, #0x30]
   4f8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x4f8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   4fc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x4fc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   500: 291940f9                       ldr x9, [x9, #0x30]
   504: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x504: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   508: 3f0108eb                       cmp x9, x8
   50c: 01030054                       b.ne #0x60
   510: 081c40f9                       ldr x8, [x0, #0x38]
   514: 083600b4                       cbz x8, #0x6c0
   518: 082040f9                       ldr x8, [x0, #0x40]
   51c: 88030036                       tbz w8, #0x0, #0x70
   520: a80200f9                       str x8, [x21]
   524: 080040f9                       ldr x8, [x0]
   528: 080500f1                       subs x8, x8, #0x1
   52c: 080000f9                       str x8, [x0]
   530: e0030054                       b.eq #0x7c
   534: 880e40f9                       ldr x8, [x20, #0x18]
   538: a90240f9                       ldr x9, [x21]
   53c: 002540f9                       ldr x0, [x8, #0x48]
   540: 092500f9                       str x9, [x8, #0x48]
   544: 80040036                       tbz w0, #0x0, #0x90
   548: 2d000014                       b #0xb4
   54c: 23008052                       mov w3, #0x1
   550: 451a8052                       mov w5, #0xd2
   554: e40308aa                       mov x4, x8
   558: e00314aa                       mov x0, x20
   55c: e20316aa                       mov x2, x22
   560: 00000094                       bl #0x0
        # hole +0x560: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   564: fe0741f8                       ldr x30, [sp], #0x10
   568: c0035fd6                       ret
   56c: 84500091                       add x4, x4, #0x14
   570: 23008052                       mov w3, #0x1
   574: 451a8052                       mov w5, #0xd2
   578: e00314aa                       mov x0, x20
   57c: e20316aa                       mov x2, x22
   580: 00000094                       bl #0x0
        # hole +0x580: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   584: fe0741f8                       ldr x30, [sp], #0x10
   588: c0035fd6                       ret
   58c: 090140f9                       ldr x9, [x8]
   590: 29050091                       add x9, x9, #0x1
   594: 090100f9                       str x9, [x8]
   598: a80200f9                       str x8, [x21]
   59c: 080040f9                       ldr x8, [x0]
   5a0: 080500f1                       subs x8, x8, #0x1
   5a4: 080000f9                       str x8, [x0]
   5a8: 61fcff54                       b.ne #-0x74
   5ac: f30301aa                       mov x19, x1
   5b0: 00000094                       bl #0x0
        # hole +0x5b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5b4: 240080d2                       mov x4, #0x1
   5b8: e10313aa                       mov x1, x19
   5bc: 2401c0f2                       movk x4, #0x9, lsl #32
   5c0: 880e40f9                       ldr x8, [x20, #0x18]
   5c4: a90240f9                       ldr x9, [x21]
   5c8: 002540f9                       ldr x0, [x8, #0x48]
   5cc: 092500f9                       str x9, [x8, #0x48]
   5d0: 60010037                       tbnz w0, #0x0, #0x2c
   5d4: 090040f9                       ldr x9, [x0]
   5d8: 290500f1                       subs x9, x9, #0x1
   5dc: 090000f9                       str x9, [x0]
   5e0: e1000054                       b.ne #0x1c
   5e4: f30301aa                       mov x19, x1
   5e8: 00000094                       bl #0x0
        # hole +0x5e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5ec: 240080d2                       mov x4, #0x1
   5f0: 880e40f9                       ldr x8, [x20, #0x18]
   5f4: e10313aa                       mov x1, x19
   5f8: 2401c0f2                       movk x4, #0x9, lsl #32
   5fc: 002940f9                       ldr x0, [x8, #0x50]
   600: 80030037                       tbnz w0, #0x0, #0x70
   604: 090040f9                       ldr x9, [x0]
   608: 0a0840b9                       ldr w10, [x0, #0x8]
   60c: 29050091                       add x9, x9, #0x1
   610: 5f1d0071                       cmp w10, #0x7
   614: 090000f9                       str x9, [x0]
   618: 89680091                       add x9, x4, #0x1a
   61c: a00200f9                       str x0, [x21]
   620: a1030054                       b.ne #0x74
   624: 0a1840f9                       ldr x10, [x0, #0x30]
   628: 4a1940f9                       ldr x10, [x10, #0x30]
   62c: 4a3d43d1                       sub x10, x10, #0xcf, lsl #12
   630: 5f690af1                       cmp x10, #0x29a
   634: 01030054                       b.ne #0x60
   638: 091c40f9                       ldr x9, [x0, #0x38]
   63c: 493600b4                       cbz x9, #0x6c8
   640: 092040f9                       ldr x9, [x0, #0x40]
   644: 89040036                       tbz w9, #0x0, #0x90
   648: a90200f9                       str x9, [x21]
   64c: 090040f9                       ldr x9, [x0]
   650: 290500f1                       subs x9, x9, #0x1
   654: 090000f9                       str x9, [x0]
   658: e0040054                       b.eq #0x9c
   65c: a90240f9                       ldr x9, [x21]
   660: 002d40f9                       ldr x0, [x8, #0x58]
   664: 092d00f9                       str x9, [x8, #0x58]
   668: a0050036                       tbz w0, #0x0, #0xb4
   66c: 36000014                       b #0xd8
   670: a00200f9                       str x0, [x21]
   674: 84680091                       add x4, x4, #0x1a
   678: 23008052                       mov w3, #0x1
   67c: c5218052                       mov w5, #0x10e
   680: e00314aa                       mov x0, x20
   684: e20316aa                       mov x2, x22
   688: 00000094                       bl #0x0
        # hole +0x688: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   68c: fe0741f8                       ldr x30, [sp], #0x10
   690: c0035fd6                       ret
   694: 23008052                       mov w3, #0x1
   698: c5218052                       mov w5, #0x10e
   69c: e40309aa                       mov x4, x9
   6a0: e00314aa                       mov x0, x20
   6a4: e20316aa                       mov x2, x22
   6a8: 00000094                       bl #0x0
        # hole +0x6a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   6ac: fe0741f8                       ldr x30, [sp], #0x10
   6b0: c0035fd6                       ret
   6b4: 84040091                       add x4, x4, #0x1
   6b8: 23008052                       mov w3, #0x1
   6bc: 85028052                       mov w5, #0x14
   6c0: e00314aa                       mov x0, x20
   6c4: e20316aa                       mov x2, x22
   6c8: 00000094                       bl #0x0
        # hole +0x6c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   6cc: fe0741f8                       ldr x30, [sp], #0x10
   6d0: c0035fd6                       ret
   6d4: 2a0140f9                       ldr x10, [x9]
   6d8: 4a050091                       add x10, x10, #0x1
   6dc: 2a0100f9                       str x10, [x9]
   6e0: a90200f9                       str x9, [x21]
   6e4: 090040f9                       ldr x9, [x0]
   6e8: 290500f1                       subs x9, x9, #0x1
   6ec: 090000f9                       str x9, [x0]
   6f0: 61fbff54                       b.ne #-0x94
   6f4: f30301aa                       mov x19, x1
   6f8: 00000094                       bl #0x0
        # hole +0x6f8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6fc: 240080d2                       mov x4, #0x1
   700: 880e40f9                       ldr x8, [x20, #0x18]
   704: e10313aa                       mov x1, x19
   708: 2401c0f2                       movk x4, #0x9, lsl #32
   70c: a90240f9                       ldr x9, [x21]
   710: 002d40f9                       ldr x0, [x8, #0x58]
   714: 092d00f9                       str x9, [x8, #0x58]
   718: 60010037                       tbnz w0, #0x0, #0x2c
   71c: 090040f9                       ldr x9, [x0]
   720: 290500f1                       subs x9, x9, #0x1
   724: 090000f9                       str x9, [x0]
   728: e1000054                       b.ne #0x1c
   72c: f30301aa                       mov x19, x1
   730: 00000094                       bl #0x0
        # hole +0x730: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   734: 240080d2                       mov x4, #0x1
   738: 880e40f9                       ldr x8, [x20, #0x18]
   73c: e10313aa                       mov x1, x19
   740: 2401c0f2                       movk x4, #0x9, lsl #32
   744: 003140f9                       ldr x0, [x8, #0x60]
   748: 80000037                       tbnz w0, #0x0, #0x10
   74c: 080040f9                       ldr x8, [x0]
   750: 08050091                       add x8, x8, #0x1
   754: 080000f9                       str x8, [x0]
   758: 88800091                       add x8, x4, #0x20
   75c: a00200f9                       str x0, [x21]
   760: c0030037                       tbnz w0, #0x0, #0x78
   764: 090840b9                       ldr w9, [x0, #0x8]
   768: 370080d2                       mov x23, #0x1
   76c: f30301aa                       mov x19, x1
   770: 3701c0f2                       movk x23, #0x9, lsl #32
   774: 3f1d0071                       cmp w9, #0x7
   778: 01560054                       b.ne #0xac0
   77c: 080080d2                       mov x8, #0x0
        # hole +0x77c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[33]+0
   780: 091840f9                       ldr x9, [x0, #0x30]
   784: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x784: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[33]+0
   788: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x788: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[33]+0
   78c: 291940f9                       ldr x9, [x9, #0x30]
   790: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x790: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[33]+0
   794: 3f0108eb                       cmp x9, x8
   798: 01030054                       b.ne #0x60
   79c: 081c40f9                       ldr x8, [x0, #0x38]
   7a0: 483400b4                       cbz x8, #0x688
   7a4: 082040f9                       ldr x8, [x0, #0x40]
   7a8: a8040036                       tbz w8, #0x0, #0x94
   7ac: a80200f9                       str x8, [x21]
   7b0: 080040f9                       ldr x8, [x0]
   7b4: 080500f1                       subs x8, x8, #0x1
   7b8: 080000f9                       str x8, [x0]
   7bc: 00050054                       b.eq #0xa0
   7c0: 880e40f9                       ldr x8, [x20, #0x18]
   7c4: a90240f9                       ldr x9, [x21]
   7c8: 003540f9                       ldr x0, [x8, #0x68]
   7cc: 093500f9                       str x9, [x8, #0x68]
   7d0: 20050036                       tbz w0, #0x0, #0xa4
   7d4: 2e000014                       b #0xb8
   7d8: 23008052                       mov w3, #0x1
   7dc: 45298052                       mov w5, #0x14a
   7e0: e40308aa                       mov x4, x8
   7e4: e00314aa                       mov x0, x20
   7e8: e20316aa                       mov x2, x22
   7ec: 00000094                       bl #0x0
        # hole +0x7ec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   7f0: fe0741f8                       ldr x30, [sp], #0x10
   7f4: c0035fd6                       ret
   7f8: 84800091                       add x4, x4, #0x20
   7fc: 23008052                       mov w3, #0x1
   800: 45298052                       mov w5, #0x14a
   804: e10313aa                       mov x1, x19
   808: e00314aa                       mov x0, x20
   80c: e20316aa                       mov x2, x22
   810: 00000094                       bl #0x0
        # hole +0x810: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   814: fe0741f8                       ldr x30, [sp], #0x10
   818: c0035fd6                       ret
   81c: 84140091                       add x4, x4, #0x5
   820: 23008052                       mov w3, #0x1
   824: 85078052                       mov w5, #0x3c
   828: e00314aa                       mov x0, x20
   82c: e20316aa                       mov x2, x22
   830: 00000094                       bl #0x0
        # hole +0x830: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   834: fe0741f8                       ldr x30, [sp], #0x10
   838: c0035fd6                       ret
   83c: 090140f9                       ldr x9, [x8]
   840: 29050091                       add x9, x9, #0x1
   844: 090100f9                       str x9, [x8]
   848: a80200f9                       str x8, [x21]
   84c: 080040f9                       ldr x8, [x0]
   850: 080500f1                       subs x8, x8, #0x1
   854: 080000f9                       str x8, [x0]
   858: 41fbff54                       b.ne #-0x98
   85c: 00000094                       bl #0x0
        # hole +0x85c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   860: 880e40f9                       ldr x8, [x20, #0x18]
   864: a90240f9                       ldr x9, [x21]
   868: 003540f9                       ldr x0, [x8, #0x68]
   86c: 093500f9                       str x9, [x8, #0x68]
   870: e0000037                       tbnz w0, #0x0, #0x1c
   874: 090040f9                       ldr x9, [x0]
   878: 290500f1                       subs x9, x9, #0x1
   87c: 090000f9                       str x9, [x0]
   880: 61000054                       b.ne #0xc
   884: 00000094                       bl #0x0
        # hole +0x884: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   888: 880e40f9                       ldr x8, [x20, #0x18]
   88c: 003940f9                       ldr x0, [x8, #0x70]
   890: a0030037                       tbnz w0, #0x0, #0x74
   894: 090040f9                       ldr x9, [x0]
   898: 0a0840b9                       ldr w10, [x0, #0x8]
   89c: 29050091                       add x9, x9, #0x1
   8a0: 5f1d0071                       cmp w10, #0x7
   8a4: 090000f9                       str x9, [x0]
   8a8: e9920091                       add x9, x23, #0x24
   8ac: a00200f9                       str x0, [x21]
   8b0: 21040054                       b.ne #0x84
   8b4: 0a1840f9                       ldr x10, [x0, #0x30]
   8b8: 4a1940f9                       ldr x10, [x10, #0x30]
   8bc: 4ae540d1                       sub x10, x10, #0x39, lsl #12
   8c0: 5f5127f1                       cmp x10, #0x9d4
   8c4: 81030054                       b.ne #0x70
   8c8: 091c40f9                       ldr x9, [x0, #0x38]
   8cc: 3f0900f1                       cmp x9, #0x2
   8d0: 63340054                       b.lo #0x68c
   8d4: 092440f9                       ldr x9, [x0, #0x48]
   8d8: 09050036                       tbz w9, #0x0, #0xa0
   8dc: a90200f9                       str x9, [x21]
   8e0: 090040f9                       ldr x9, [x0]
   8e4: 290500f1                       subs x9, x9, #0x1
   8e8: 090000f9                       str x9, [x0]
   8ec: 60050054                       b.eq #0xac
   8f0: a90240f9                       ldr x9, [x21]
   8f4: 003d40f9                       ldr x0, [x8, #0x78]
   8f8: 093d00f9                       str x9, [x8, #0x78]
   8fc: a0050036                       tbz w0, #0x0, #0xb4
   900: 32000014                       b #0xc8
   904: 240080d2                       mov x4, #0x1
   908: a00200f9                       str x0, [x21]
   90c: 23008052                       mov w3, #0x1
   910: 2401c0f2                       movk x4, #0x9, lsl #32
   914: 452e8052                       mov w5, #0x172
   918: e10313aa                       mov x1, x19
   91c: 84900091                       add x4, x4, #0x24
   920: e00314aa                       mov x0, x20
   924: e20316aa                       mov x2, x22
   928: 00000094                       bl #0x0
        # hole +0x928: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   92c: fe0741f8                       ldr x30, [sp], #0x10
   930: c0035fd6                       ret
   934: 23008052                       mov w3, #0x1
   938: 452e8052                       mov w5, #0x172
   93c: e40309aa                       mov x4, x9
   940: e10313aa                       mov x1, x19
   944: e00314aa                       mov x0, x20
   948: e20316aa                       mov x2, x22
   94c: 00000094                       bl #0x0
        # hole +0x94c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   950: fe0741f8                       ldr x30, [sp], #0x10
   954: c0035fd6                       ret
   958: 842c0091                       add x4, x4, #0xb
   95c: 23008052                       mov w3, #0x1
   960: 050f8052                       mov w5, #0x78
   964: e00314aa                       mov x0, x20
   968: e20316aa                       mov x2, x22
   96c: 00000094                       bl #0x0
        # hole +0x96c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   970: fe0741f8                       ldr x30, [sp], #0x10
   974: c0035fd6                       ret
   978: 2a0140f9                       ldr x10, [x9]
   97c: 4a050091                       add x10, x10, #0x1
   980: 2a0100f9                       str x10, [x9]
   984: a90200f9                       str x9, [x21]
   988: 090040f9                       ldr x9, [x0]
   98c: 290500f1                       subs x9, x9, #0x1
   990: 090000f9                       str x9, [x0]
   994: e1faff54                       b.ne #-0xa4
   998: 00000094                       bl #0x0
        # hole +0x998: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   99c: 880e40f9                       ldr x8, [x20, #0x18]
   9a0: a90240f9                       ldr x9, [x21]
   9a4: 003d40f9                       ldr x0, [x8, #0x78]
   9a8: 093d00f9                       str x9, [x8, #0x78]
   9ac: e0000037                       tbnz w0, #0x0, #0x1c
   9b0: 090040f9                       ldr x9, [x0]
   9b4: 290500f1                       subs x9, x9, #0x1
   9b8: 090000f9                       str x9, [x0]
   9bc: 61000054                       b.ne #0xc
   9c0: 00000094                       bl #0x0
        # hole +0x9c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9c4: 880e40f9                       ldr x8, [x20, #0x18]
   9c8: 004140f9                       ldr x0, [x8, #0x80]
   9cc: 80000037                       tbnz w0, #0x0, #0x10
   9d0: 080040f9                       ldr x8, [x0]
   9d4: 08050091                       add x8, x8, #0x1
   9d8: 080000f9                       str x8, [x0]
   9dc: e8aa0091                       add x8, x23, #0x2a
   9e0: a00200f9                       str x0, [x21]
   9e4: 60030037                       tbnz w0, #0x0, #0x6c
   9e8: 090840b9                       ldr w9, [x0, #0x8]
   9ec: 3f1d0071                       cmp w9, #0x7
   9f0: 01030054                       b.ne #0x60
   9f4: 080080d2                       mov x8, #0x0
        # hole +0x9f4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[43]+0
   9f8: 091840f9                       ldr x9, [x0, #0x30]
   9fc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x9fc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[43]+0
   a00: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xa00: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[43]+0
   a04: 291940f9                       ldr x9, [x9, #0x30]
   a08: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xa08: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[43]+0
   a0c: 3f0108eb                       cmp x9, x8
   a10: 21030054                       b.ne #0x64
   a14: 081c40f9                       ldr x8, [x0, #0x38]
   a18: c83300b4                       cbz x8, #0x678
   a1c: 082040f9                       ldr x8, [x0, #0x40]
   a20: 08050036                       tbz w8, #0x0, #0xa0
   a24: a80200f9                       str x8, [x21]
   a28: 080040f9                       ldr x8, [x0]
   a2c: 080500f1                       subs x8, x8, #0x1
   a30: 080000f9                       str x8, [x0]
   a34: 60050054                       b.eq #0xac
   a38: 880e40f9                       ldr x8, [x20, #0x18]
   a3c: a90240f9                       ldr x9, [x21]
   a40: 004540f9                       ldr x0, [x8, #0x88]
   a44: 094500f9                       str x9, [x8, #0x88]
   a48: 80050036                       tbz w0, #0x0, #0xb0
   a4c: 31000014                       b #0xc4
   a50: 23008052                       mov w3, #0x1
   a54: c5358052                       mov w5, #0x1ae
   a58: e40308aa                       mov x4, x8
   a5c: e10313aa                       mov x1, x19
   a60: e00314aa                       mov x0, x20
   a64: e20316aa                       mov x2, x22
   a68: 00000094                       bl #0x0
        # hole +0xa68: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a6c: fe0741f8                       ldr x30, [sp], #0x10
   a70: c0035fd6                       ret
   a74: 240080d2                       mov x4, #0x1
   a78: 23008052                       mov w3, #0x1
   a7c: c5358052                       mov w5, #0x1ae
   a80: 2401c0f2                       movk x4, #0x9, lsl #32
   a84: e10313aa                       mov x1, x19
   a88: 84a80091                       add x4, x4, #0x2a
   a8c: e00314aa                       mov x0, x20
   a90: e20316aa                       mov x2, x22
   a94: 00000094                       bl #0x0
        # hole +0xa94: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a98: fe0741f8                       ldr x30, [sp], #0x10
   a9c: c0035fd6                       ret
   aa0: 84440091                       add x4, x4, #0x11
   aa4: 23008052                       mov w3, #0x1
   aa8: 85168052                       mov w5, #0xb4
   aac: e00314aa                       mov x0, x20
   ab0: e20316aa                       mov x2, x22
   ab4: 00000094                       bl #0x0
        # hole +0xab4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   ab8: fe0741f8                       ldr x30, [sp], #0x10
   abc: c0035fd6                       ret
   ac0: 090140f9                       ldr x9, [x8]
   ac4: 29050091                       add x9, x9, #0x1
   ac8: 090100f9                       str x9, [x8]
   acc: a80200f9                       str x8, [x21]
   ad0: 080040f9                       ldr x8, [x0]
   ad4: 080500f1                       subs x8, x8, #0x1
   ad8: 080000f9                       str x8, [x0]
   adc: e1faff54                       b.ne #-0xa4
   ae0: 00000094                       bl #0x0
        # hole +0xae0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   ae4: 880e40f9                       ldr x8, [x20, #0x18]
   ae8: a90240f9                       ldr x9, [x21]
   aec: 004540f9                       ldr x0, [x8, #0x88]
   af0: 094500f9                       str x9, [x8, #0x88]
   af4: e0000037                       tbnz w0, #0x0, #0x1c
   af8: 090040f9                       ldr x9, [x0]
   afc: 290500f1                       subs x9, x9, #0x1
   b00: 090000f9                       str x9, [x0]
   b04: 61000054                       b.ne #0xc
   b08: 00000094                       bl #0x0
        # hole +0xb08: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b0c: 880e40f9                       ldr x8, [x20, #0x18]
   b10: 004940f9                       ldr x0, [x8, #0x90]
   b14: 80000037                       tbnz w0, #0x0, #0x10
   b18: 080040f9                       ldr x8, [x0]
   b1c: 08050091                       add x8, x8, #0x1
   b20: 080000f9                       str x8, [x0]
   b24: e8c20091                       add x8, x23, #0x30
   b28: a00200f9                       str x0, [x21]
   b2c: 80030037                       tbnz w0, #0x0, #0x70
   b30: 090840b9                       ldr w9, [x0, #0x8]
   b34: 3f1d0071                       cmp w9, #0x7
   b38: 21030054                       b.ne #0x64
   b3c: 080080d2                       mov x8, #0x0
        # hole +0xb3c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[49]+0
   b40: 091840f9                       ldr x9, [x0, #0x30]
   b44: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xb44: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[49]+0
   b48: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xb48: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[49]+0
   b4c: 291940f9                       ldr x9, [x9, #0x30]
   b50: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xb50: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[49]+0
   b54: 3f0108eb                       cmp x9, x8
   b58: 81020054                       b.ne #0x50
   b5c: 081c40f9                       ldr x8, [x0, #0x38]
   b60: 1f1100f1                       cmp x8, #0x4
   b64: c32f0054                       b.lo #0x5f8
   b68: 082c40f9                       ldr x8, [x0, #0x58]
   b6c: 48040036                       tbz w8, #0x0, #0x88
   b70: a80200f9                       str x8, [x21]
   b74: 080040f9                       ldr x8, [x0]
   b78: 080500f1                       subs x8, x8, #0x1
   b7c: 080000f9                       str x8, [x0]
   b80: a0040054                       b.eq #0x94
   b84: 880e40f9                       ldr x8, [x20, #0x18]
   b88: a90240f9                       ldr x9, [x21]
   b8c: 004d40f9                       ldr x0, [x8, #0x98]
   b90: 094d00f9                       str x9, [x8, #0x98]
   b94: c0040036                       tbz w0, #0x0, #0x98
   b98: 2b000014                       b #0xac
   b9c: 23008052                       mov w3, #0x1
   ba0: 453d8052                       mov w5, #0x1ea
   ba4: adffff17                       b #-0x14c
   ba8: 240080d2                       mov x4, #0x1
   bac: 23008052                       mov w3, #0x1
   bb0: 453d8052                       mov w5, #0x1ea
   bb4: 2401c0f2                       movk x4, #0x9, lsl #32
   bb8: e10313aa                       mov x1, x19
   bbc: 84c00091                       add x4, x4, #0x30
   bc0: e00314aa                       mov x0, x20
   bc4: e20316aa                       mov x2, x22
   bc8: 00000094                       bl #0x0
        # hole +0xbc8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   bcc: fe0741f8                       ldr x30, [sp], #0x10
   bd0: c0035fd6                       ret
   bd4: 84540091                       add x4, x4, #0x15
   bd8: 23008052                       mov w3, #0x1
   bdc: 851b8052                       mov w5, #0xdc
   be0: e00314aa                       mov x0, x20
   be4: e20316aa                       mov x2, x22
   be8: 00000094                       bl #0x0
        # hole +0xbe8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   bec: fe0741f8                       ldr x30, [sp], #0x10
   bf0: c0035fd6                       ret
   bf4: 090140f9                       ldr x9, [x8]
   bf8: 29050091                       add x9, x9, #0x1
   bfc: 090100f9                       str x9, [x8]
   c00: a80200f9                       str x8, [x21]
   c04: 080040f9                       ldr x8, [x0]
   c08: 080500f1                       subs x8, x8, #0x1
   c0c: 080000f9                       str x8, [x0]
   c10: a1fbff54                       b.ne #-0x8c
   c14: 00000094                       bl #0x0
        # hole +0xc14: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c18: 880e40f9                       ldr x8, [x20, #0x18]
   c1c: a90240f9                       ldr x9, [x21]
   c20: 004d40f9                       ldr x0, [x8, #0x98]
   c24: 094d00f9                       str x9, [x8, #0x98]
   c28: e0000037                       tbnz w0, #0x0, #0x1c
   c2c: 090040f9                       ldr x9, [x0]
   c30: 290500f1                       subs x9, x9, #0x1
   c34: 090000f9                       str x9, [x0]
   c38: 61000054                       b.ne #0xc
   c3c: 00000094                       bl #0x0
        # hole +0xc3c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   c40: 880e40f9                       ldr x8, [x20, #0x18]
   c44: 005140f9                       ldr x0, [x8, #0xa0]
   c48: 80000037                       tbnz w0, #0x0, #0x10
   c4c: 080040f9                       ldr x8, [x0]
   c50: 08050091                       add x8, x8, #0x1
   c54: 080000f9                       str x8, [x0]
   c58: e8d20091                       add x8, x23, #0x34
   c5c: a00200f9                       str x0, [x21]
   c60: 60030037                       tbnz w0, #0x0, #0x6c
   c64: 090840b9                       ldr w9, [x0, #0x8]
   c68: 3f1d0071                       cmp w9, #0x7
   c6c: 01030054                       b.ne #0x60
   c70: 080080d2                       mov x8, #0x0
        # hole +0xc70: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[53]+0
   c74: 091840f9                       ldr x9, [x0, #0x30]
   c78: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xc78: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[53]+0
   c7c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc7c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[53]+0
   c80: 291940f9                       ldr x9, [x9, #0x30]
   c84: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc84: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[53]+0
   c88: 3f0108eb                       cmp x9, x8
   c8c: 61020054                       b.ne #0x4c
   c90: 081c40f9                       ldr x8, [x0, #0x38]
   c94: a82700b4                       cbz x8, #0x4f4
   c98: 082040f9                       ldr x8, [x0, #0x40]
   c9c: 48040036                       tbz w8, #0x0, #0x88
   ca0: a80200f9                       str x8, [x21]
   ca4: 080040f9                       ldr x8, [x0]
   ca8: 080500f1                       subs x8, x8, #0x1
   cac: 080000f9                       str x8, [x0]
   cb0: a0040054                       b.eq #0x94
   cb4: 880e40f9                       ldr x8, [x20, #0x18]
   cb8: a90240f9                       ldr x9, [x21]
   cbc: 005540f9                       ldr x0, [x8, #0xa8]
   cc0: 095500f9                       str x9, [x8, #0xa8]
   cc4: c0040036                       tbz w0, #0x0, #0x98
   cc8: 2b000014                       b #0xac
   ccc: 23008052                       mov w3, #0x1
   cd0: 45428052                       mov w5, #0x212
   cd4: 61ffff17                       b #-0x27c
   cd8: 240080d2                       mov x4, #0x1
   cdc: 23008052                       mov w3, #0x1
   ce0: 45428052                       mov w5, #0x212
   ce4: 2401c0f2                       movk x4, #0x9, lsl #32
   ce8: e10313aa                       mov x1, x19
   cec: 84d00091                       add x4, x4, #0x34
   cf0: e00314aa                       mov x0, x20
   cf4: e20316aa                       mov x2, x22
   cf8: 00000094                       bl #0x0
        # hole +0xcf8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   cfc: fe0741f8                       ldr x30, [sp], #0x10
   d00: c0035fd6                       ret
   d04: 846c0091                       add x4, x4, #0x1b
   d08: 23008052                       mov w3, #0x1
   d0c: 05238052                       mov w5, #0x118
   d10: e00314aa                       mov x0, x20
   d14: e20316aa                       mov x2, x22
   d18: 00000094                       bl #0x0
        # hole +0xd18: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   d1c: fe0741f8                       ldr x30, [sp], #0x10
   d20: c0035fd6                       ret
   d24: 090140f9                       ldr x9, [x8]
   d28: 29050091                       add x9, x9, #0x1
   d2c: 090100f9                       str x9, [x8]
   d30: a80200f9                       str x8, [x21]
   d34: 080040f9                       ldr x8, [x0]
   d38: 080500f1                       subs x8, x8, #0x1
   d3c: 080000f9                       str x8, [x0]
   d40: a1fbff54                       b.ne #-0x8c
   d44: 00000094                       bl #0x0
        # hole +0xd44: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d48: 880e40f9                       ldr x8, [x20, #0x18]
   d4c: a90240f9                       ldr x9, [x21]
   d50: 005540f9                       ldr x0, [x8, #0xa8]
   d54: 095500f9                       str x9, [x8, #0xa8]
   d58: e0000037                       tbnz w0, #0x0, #0x1c
   d5c: 090040f9                       ldr x9, [x0]
   d60: 290500f1                       subs x9, x9, #0x1
   d64: 090000f9                       str x9, [x0]
   d68: 61000054                       b.ne #0xc
   d6c: 00000094                       bl #0x0
        # hole +0xd6c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   d70: 880e40f9                       ldr x8, [x20, #0x18]
   d74: 005940f9                       ldr x0, [x8, #0xb0]
   d78: a0030037                       tbnz w0, #0x0, #0x74
   d7c: 090040f9                       ldr x9, [x0]
   d80: 0a0840b9                       ldr w10, [x0, #0x8]
   d84: 29050091                       add x9, x9, #0x1
   d88: 5f1d0071                       cmp w10, #0x7
   d8c: 090000f9                       str x9, [x0]
   d90: e9ea0091                       add x9, x23, #0x3a
   d94: a00200f9                       str x0, [x21]
   d98: 21040054                       b.ne #0x84
   d9c: 0a1840f9                       ldr x10, [x0, #0x30]
   da0: 4a1940f9                       ldr x10, [x10, #0x30]
   da4: 4a1542d1                       sub x10, x10, #0x85, lsl #12
   da8: 5fed3af1                       cmp x10, #0xebb
   dac: 81030054                       b.ne #0x70
   db0: 091c40f9                       ldr x9, [x0, #0x38]
   db4: 3f0900f1                       cmp x9, #0x2
   db8: e31f0054                       b.lo #0x3fc
   dbc: 092440f9                       ldr x9, [x0, #0x48]
   dc0: 69040036                       tbz w9, #0x0, #0x8c
   dc4: a90200f9                       str x9, [x21]
   dc8: 090040f9                       ldr x9, [x0]
   dcc: 290500f1                       subs x9, x9, #0x1
   dd0: 090000f9                       str x9, [x0]
   dd4: c0040054                       b.eq #0x98
   dd8: a90240f9                       ldr x9, [x21]
   ddc: 005d40f9                       ldr x0, [x8, #0xb8]
   de0: 095d00f9                       str x9, [x8, #0xb8]
   de4: 00050036                       tbz w0, #0x0, #0xa0
   de8: 2d000014                       b #0xb4
   dec: 240080d2                       mov x4, #0x1
   df0: a00200f9                       str x0, [x21]
   df4: 23008052                       mov w3, #0x1
   df8: 2401c0f2                       movk x4, #0x9, lsl #32
   dfc: c5498052                       mov w5, #0x24e
   e00: e10313aa                       mov x1, x19
   e04: 84e80091                       add x4, x4, #0x3a
   e08: e00314aa                       mov x0, x20
   e0c: e20316aa                       mov x2, x22
   e10: 00000094                       bl #0x0
        # hole +0xe10: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   e14: fe0741f8                       ldr x30, [sp], #0x10
   e18: c0035fd6                       ret
   e1c: 23008052                       mov w3, #0x1
   e20: c5498052                       mov w5, #0x24e
   e24: c6feff17                       b #-0x4e8
   e28: 84840091                       add x4, x4, #0x21
   e2c: 23008052                       mov w3, #0x1
   e30: 852a8052                       mov w5, #0x154
   e34: e10313aa                       mov x1, x19
   e38: e00314aa                       mov x0, x20
   e3c: e20316aa                       mov x2, x22
   e40: 00000094                       bl #0x0
        # hole +0xe40: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   e44: fe0741f8                       ldr x30, [sp], #0x10
   e48: c0035fd6                       ret
   e4c: 2a0140f9                       ldr x10, [x9]
   e50: 4a050091                       add x10, x10, #0x1
   e54: 2a0100f9                       str x10, [x9]
   e58: a90200f9                       str x9, [x21]
   e5c: 090040f9                       ldr x9, [x0]
   e60: 290500f1                       subs x9, x9, #0x1
   e64: 090000f9                       str x9, [x0]
   e68: 81fbff54                       b.ne #-0x90
   e6c: 00000094                       bl #0x0
        # hole +0xe6c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e70: 880e40f9                       ldr x8, [x20, #0x18]
   e74: a90240f9                       ldr x9, [x21]
   e78: 005d40f9                       ldr x0, [x8, #0xb8]
   e7c: 095d00f9                       str x9, [x8, #0xb8]
   e80: e0000037                       tbnz w0, #0x0, #0x1c
   e84: 090040f9                       ldr x9, [x0]
   e88: 290500f1                       subs x9, x9, #0x1
   e8c: 090000f9                       str x9, [x0]
   e90: 61000054                       b.ne #0xc
   e94: 00000094                       bl #0x0
        # hole +0xe94: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   e98: 880e40f9                       ldr x8, [x20, #0x18]
   e9c: 006140f9                       ldr x0, [x8, #0xc0]
   ea0: 80000037                       tbnz w0, #0x0, #0x10
   ea4: 080040f9                       ldr x8, [x0]
   ea8: 08050091                       add x8, x8, #0x1
   eac: 080000f9                       str x8, [x0]
   eb0: e8020191                       add x8, x23, #0x40
   eb4: a00200f9                       str x0, [x21]
   eb8: 60030037                       tbnz w0, #0x0, #0x6c
   ebc: 090840b9                       ldr w9, [x0, #0x8]
   ec0: 3f1d0071                       cmp w9, #0x7
   ec4: 01030054                       b.ne #0x60
   ec8: 080080d2                       mov x8, #0x0
        # hole +0xec8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[65]+0
   ecc: 091840f9                       ldr x9, [x0, #0x30]
   ed0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xed0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[65]+0
   ed4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xed4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[65]+0
   ed8: 291940f9                       ldr x9, [x9, #0x30]
   edc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xedc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[65]+0
   ee0: 3f0108eb                       cmp x9, x8
   ee4: 61020054                       b.ne #0x4c
   ee8: 081c40f9                       ldr x8, [x0, #0x38]
   eec: a81700b4                       cbz x8, #0x2f4
   ef0: 082040f9                       ldr x8, [x0, #0x40]
   ef4: a8040036                       tbz w8, #0x0, #0x94
   ef8: a80200f9                       str x8, [x21]
   efc: 080040f9                       ldr x8, [x0]
   f00: 080500f1                       subs x8, x8, #0x1
   f04: 080000f9                       str x8, [x0]
   f08: 00050054                       b.eq #0xa0
   f0c: 880e40f9                       ldr x8, [x20, #0x18]
   f10: a90240f9                       ldr x9, [x21]
   f14: 006540f9                       ldr x0, [x8, #0xc8]
   f18: 096500f9                       str x9, [x8, #0xc8]
   f1c: 20050036                       tbz w0, #0x0, #0xa4
   f20: 2e000014                       b #0xb8
   f24: 23008052                       mov w3, #0x1
   f28: 45518052                       mov w5, #0x28a
   f2c: cbfeff17                       b #-0x4d4
   f30: 240080d2                       mov x4, #0x1
   f34: 23008052                       mov w3, #0x1
   f38: 45518052                       mov w5, #0x28a
   f3c: 2401c0f2                       movk x4, #0x9, lsl #32
   f40: e10313aa                       mov x1, x19
   f44: 84000191                       add x4, x4, #0x40
   f48: e00314aa                       mov x0, x20
   f4c: e20316aa                       mov x2, x22
   f50: 00000094                       bl #0x0
        # hole +0xf50: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   f54: fe0741f8                       ldr x30, [sp], #0x10
   f58: c0035fd6                       ret
   f5c: 240080d2                       mov x4, #0x1
   f60: 23008052                       mov w3, #0x1
   f64: 852f8052                       mov w5, #0x17c
   f68: 2401c0f2                       movk x4, #0x9, lsl #32
   f6c: e10313aa                       mov x1, x19
   f70: 84940091                       add x4, x4, #0x25
   f74: e00314aa                       mov x0, x20
   f78: e20316aa                       mov x2, x22
   f7c: 00000094                       bl #0x0
        # hole +0xf7c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   f80: fe0741f8                       ldr x30, [sp], #0x10
   f84: c0035fd6                       ret
   f88: 090140f9                       ldr x9, [x8]
   f8c: 29050091                       add x9, x9, #0x1
   f90: 090100f9                       str x9, [x8]
   f94: a80200f9                       str x8, [x21]
   f98: 080040f9                       ldr x8, [x0]
   f9c: 080500f1                       subs x8, x8, #0x1
   fa0: 080000f9                       str x8, [x0]
   fa4: 41fbff54                       b.ne #-0x98
   fa8: 00000094                       bl #0x0
        # hole +0xfa8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   fac: 880e40f9                       ldr x8, [x20, #0x18]
   fb0: a90240f9                       ldr x9, [x21]
   fb4: 006540f9                       ldr x0, [x8, #0xc8]
   fb8: 096500f9                       str x9, [x8, #0xc8]
   fbc: e0000037                       tbnz w0, #0x0, #0x1c
   fc0: 090040f9                       ldr x9, [x0]
   fc4: 290500f1                       subs x9, x9, #0x1
   fc8: 090000f9                       str x9, [x0]
   fcc: 61000054                       b.ne #0xc
   fd0: 00000094                       bl #0x0
        # hole +0xfd0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   fd4: 880e40f9                       ldr x8, [x20, #0x18]
   fd8: 006940f9                       ldr x0, [x8, #0xd0]
   fdc: c0030037                       tbnz w0, #0x0, #0x78
   fe0: 090040f9                       ldr x9, [x0]
   fe4: 0a0840b9                       ldr w10, [x0, #0x8]
   fe8: 29050091                       add x9, x9, #0x1
   fec: 5f1d0071                       cmp w10, #0x7
   ff0: 090000f9                       str x9, [x0]
   ff4: e9120191                       add x9, x23, #0x44
   ff8: a00200f9                       str x0, [x21]
   ffc: 41040054                       b.ne #0x88
  1000: 0a1840f9                       ldr x10, [x0, #0x30]
  1004: 4a1940f9                       ldr x10, [x10, #0x30]
  1008: 4aad42d1                       sub x10, x10, #0xab, lsl #12
  100c: 5fe928f1                       cmp x10, #0xa3a
  1010: a1030054                       b.ne #0x74
  1014: 091c40f9                       ldr x9, [x0, #0x38]
  1018: 3f0900f1                       cmp x9, #0x2
  101c: 830f0054                       b.lo #0x1f0
  1020: 092440f9                       ldr x9, [x0, #0x48]
  1024: c9040036                       tbz w9, #0x0, #0x98
  1028: a90200f9                       str x9, [x21]
  102c: 090040f9                       ldr x9, [x0]
  1030: 290500f1                       subs x9, x9, #0x1
  1034: 090000f9                       str x9, [x0]
  1038: 20050054                       b.eq #0xa4
  103c: a90240f9                       ldr x9, [x21]
  1040: 006d40f9                       ldr x0, [x8, #0xd8]
  1044: 096d00f9                       str x9, [x8, #0xd8]
  1048: e8260191                       add x8, x23, #0x49
  104c: 60050036                       tbz w0, #0x0, #0xac
  1050: 3a000014                       b #0xe8
  1054: 240080d2                       mov x4, #0x1
  1058: a00200f9                       str x0, [x21]
  105c: 23008052                       mov w3, #0x1
  1060: 2401c0f2                       movk x4, #0x9, lsl #32
  1064: 45568052                       mov w5, #0x2b2
  1068: e10313aa                       mov x1, x19
  106c: 84100191                       add x4, x4, #0x44
  1070: e00314aa                       mov x0, x20
  1074: e20316aa                       mov x2, x22
  1078: 00000094                       bl #0x0
        # hole +0x1078: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  107c: fe0741f8                       ldr x30, [sp], #0x10
  1080: c0035fd6                       ret
  1084: 23008052                       mov w3, #0x1
  1088: 45568052                       mov w5, #0x2b2
  108c: 2cfeff17                       b #-0x750
  1090: 240080d2                       mov x4, #0x1
  1094: 23008052                       mov w3, #0x1
  1098: 05378052                       mov w5, #0x1b8
  109c: 2401c0f2                       movk x4, #0x9, lsl #32
  10a0: e10313aa                       mov x1, x19
  10a4: 84ac0091                       add x4, x4, #0x2b
  10a8: e00314aa                       mov x0, x20
  10ac: e20316aa                       mov x2, x22
  10b0: 00000094                       bl #0x0
        # hole +0x10b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  10b4: fe0741f8                       ldr x30, [sp], #0x10
  10b8: c0035fd6                       ret
  10bc: 2a0140f9                       ldr x10, [x9]
  10c0: 4a050091                       add x10, x10, #0x1
  10c4: 2a0100f9                       str x10, [x9]
  10c8: a90200f9                       str x9, [x21]
  10cc: 090040f9                       ldr x9, [x0]
  10d0: 290500f1                       subs x9, x9, #0x1
  10d4: 090000f9                       str x9, [x0]
  10d8: 21fbff54                       b.ne #-0x9c
  10dc: 00000094                       bl #0x0
        # hole +0x10dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  10e0: 880e40f9                       ldr x8, [x20, #0x18]
  10e4: a90240f9                       ldr x9, [x21]
  10e8: 006d40f9                       ldr x0, [x8, #0xd8]
  10ec: 096d00f9                       str x9, [x8, #0xd8]
  10f0: e8260191                       add x8, x23, #0x49
  10f4: 20020037                       tbnz w0, #0x0, #0x44
  10f8: 090040f9                       ldr x9, [x0]
  10fc: 290500f1                       subs x9, x9, #0x1
  1100: 090000f9                       str x9, [x0]
  1104: a1010054                       b.ne #0x34
  1108: 00000094                       bl #0x0
        # hole +0x1108: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
  110c: 240080d2                       mov x4, #0x1
  1110: 43008052                       mov w3, #0x2
  1114: 855c8052                       mov w5, #0x2e4
  1118: 2401c0f2                       movk x4, #0x9, lsl #32
  111c: e10315aa                       mov x1, x21
  1120: 84240191                       add x4, x4, #0x49
  1124: e00314aa                       mov x0, x20
  1128: e20316aa                       mov x2, x22
  112c: 00000094                       bl #0x0
        # hole +0x112c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1130: fe0741f8                       ldr x30, [sp], #0x10
  1134: c0035fd6                       ret
  1138: 43008052                       mov w3, #0x2
  113c: 855c8052                       mov w5, #0x2e4
  1140: e10315aa                       mov x1, x21
  1144: e40308aa                       mov x4, x8
  1148: e00314aa                       mov x0, x20
  114c: e20316aa                       mov x2, x22
  1150: 00000094                       bl #0x0
        # hole +0x1150: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1154: fe0741f8                       ldr x30, [sp], #0x10
  1158: c0035fd6                       ret
  115c: 240080d2                       mov x4, #0x1
  1160: 23008052                       mov w3, #0x1
  1164: 853e8052                       mov w5, #0x1f4
  1168: 2401c0f2                       movk x4, #0x9, lsl #32
  116c: e10313aa                       mov x1, x19
  1170: 84c40091                       add x4, x4, #0x31
  1174: e00314aa                       mov x0, x20
  1178: e20316aa                       mov x2, x22
  117c: 00000094                       bl #0x0
        # hole +0x117c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1180: fe0741f8                       ldr x30, [sp], #0x10
  1184: c0035fd6                       ret
  1188: 240080d2                       mov x4, #0x1
  118c: 23008052                       mov w3, #0x1
  1190: 85438052                       mov w5, #0x21c
  1194: 2401c0f2                       movk x4, #0x9, lsl #32
  1198: e10313aa                       mov x1, x19
  119c: 84d40091                       add x4, x4, #0x35
  11a0: e00314aa                       mov x0, x20
  11a4: e20316aa                       mov x2, x22
  11a8: 00000094                       bl #0x0
        # hole +0x11a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  11ac: fe0741f8                       ldr x30, [sp], #0x10
  11b0: c0035fd6                       ret
  11b4: 240080d2                       mov x4, #0x1
  11b8: 23008052                       mov w3, #0x1
  11bc: 054b8052                       mov w5, #0x258
  11c0: 2401c0f2                       movk x4, #0x9, lsl #32
  11c4: e10313aa                       mov x1, x19
  11c8: 84ec0091                       add x4, x4, #0x3b
  11cc: e00314aa                       mov x0, x20
  11d0: e20316aa                       mov x2, x22
  11d4: 00000094                       bl #0x0
        # hole +0x11d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  11d8: fe0741f8                       ldr x30, [sp], #0x10
  11dc: c0035fd6                       ret
  11e0: 240080d2                       mov x4, #0x1
  11e4: 23008052                       mov w3, #0x1
  11e8: 85528052                       mov w5, #0x294
  11ec: 2401c0f2                       movk x4, #0x9, lsl #32
  11f0: e10313aa                       mov x1, x19
  11f4: 84040191                       add x4, x4, #0x41
  11f8: e00314aa                       mov x0, x20
  11fc: e20316aa                       mov x2, x22
  1200: 00000094                       bl #0x0
        # hole +0x1200: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1204: fe0741f8                       ldr x30, [sp], #0x10
  1208: c0035fd6                       ret
  120c: 240080d2                       mov x4, #0x1
  1210: 23008052                       mov w3, #0x1
  1214: 85578052                       mov w5, #0x2bc
  1218: 2401c0f2                       movk x4, #0x9, lsl #32
  121c: e10313aa                       mov x1, x19
  1220: 84140191                       add x4, x4, #0x45
  1224: e00314aa                       mov x0, x20
  1228: e20316aa                       mov x2, x22
  122c: 00000094                       bl #0x0
        # hole +0x122c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1230: fe0741f8                       ldr x30, [sp], #0x10
  1234: c0035fd6                       ret
  1238: 23008052                       mov w3, #0x1
  123c: 45298052                       mov w5, #0x14a
  1240: 06feff17                       b #-0x7e8
