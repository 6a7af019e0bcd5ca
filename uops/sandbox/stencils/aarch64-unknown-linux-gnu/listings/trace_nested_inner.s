# stencil nested_inner for aarch64-unknown-linux-gnu: 2044 code bytes, 0 data bytes, 77 holes
     0: ff8301d1                       sub sp, sp, #0x60
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b05a9                       stp x29, x30, [sp, #0x50]
     c: 1c6d40a9                       ldp x28, x27, [x8]
    10: 136941a9                       ldp x19, x26, [x8, #0x10]
    14: 196142a9                       ldp x25, x24, [x8, #0x20]
    18: fc6f00a9                       stp x28, x27, [sp]
    1c: f36b01a9                       stp x19, x26, [sp, #0x10]
    20: f96302a9                       stp x25, x24, [sp, #0x20]
    24: 38050037                       tbnz w24, #0x0, #0xa4
    28: 080b40b9                       ldr w8, [x24, #0x8]
    2c: 1f110071                       cmp w8, #0x4
    30: c1040054                       b.ne #0x98
    34: 0aa743a9                       ldp x10, x9, [x24, #0x38]
    38: fd030091                       mov x29, sp
    3c: 081b40f9                       ldr x8, [x24, #0x30]
    40: 3f0500f1                       cmp x9, #0x1
    44: 6b0d0054                       b.lt #0x1ac
    48: 1f010aeb                       cmp x8, x10
    4c: 6b0d0054                       b.lt #0x1ac
    50: e00318aa                       mov x0, x24
    54: 080040f9                       ldr x8, [x0]
    58: 080500f1                       subs x8, x8, #0x1
    5c: 080000f9                       str x8, [x0]
    60: 41000054                       b.ne #0x8
    64: 00000094                       bl #0x0
        # hole +0x64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    68: e81340f9                       ldr x8, [sp, #0x20]
    6c: 68300037                       tbnz w8, #0x0, #0x60c
    70: 090940b9                       ldr w9, [x8, #0x8]
    74: 3f110071                       cmp w9, #0x4
    78: 01300054                       b.ne #0x600
    7c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    80: 091940f9                       ldr x9, [x8, #0x30]
    84: 5f0500f1                       cmp x10, #0x1
    88: ab160054                       b.lt #0x2d4
    8c: 3f010beb                       cmp x9, x11
    90: ab160054                       b.lt #0x2d4
    94: 0b0080d2                       mov x11, #0x0
        # hole +0x94: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
    98: ec031f2a                       mov w12, wzr
    9c: ea031f2a                       mov w10, wzr
    a0: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0xa0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
    a4: e8031f2a                       mov w8, wzr
    a8: e9031f2a                       mov w9, wzr
    ac: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0xac: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
    b0: 43008052                       mov w3, #0x2
    b4: 85028052                       mov w5, #0x14
    b8: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0xb8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
    bc: 64090091                       add x4, x11, #0x2
    c0: 0b058052                       mov w11, #0x28
    c4: 0d000014                       b #0x34
    c8: 0b0080d2                       mov x11, #0x0
        # hole +0xc8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    cc: ea031f2a                       mov w10, wzr
    d0: e8031f2a                       mov w8, wzr
    d4: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0xd4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    d8: e9031f2a                       mov w9, wzr
    dc: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0xdc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    e0: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0xe0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    e4: 23008052                       mov w3, #0x1
    e8: 64050091                       add x4, x11, #0x1
    ec: 0b068052                       mov w11, #0x30
    f0: 45018052                       mov w5, #0xa
    f4: 2c008052                       mov w12, #0x1
    f8: ee0340f9                       ldr x14, [sp]
    fc: 8d0e40f9                       ldr x13, [x20, #0x18]
   100: df011ceb                       cmp x14, x28
   104: a1020054                       b.ne #0x54
   108: ee0740f9                       ldr x14, [sp, #0x8]
   10c: df011beb                       cmp x14, x27
   110: c1020054                       b.ne #0x58
   114: ee0b40f9                       ldr x14, [sp, #0x10]
   118: df0113eb                       cmp x14, x19
   11c: e1020054                       b.ne #0x5c
   120: ee0f40f9                       ldr x14, [sp, #0x18]
   124: df011aeb                       cmp x14, x26
   128: 01030054                       b.ne #0x60
   12c: ee1340f9                       ldr x14, [sp, #0x20]
   130: df0119eb                       cmp x14, x25
   134: 21030054                       b.ne #0x64
   138: ee1740f9                       ldr x14, [sp, #0x28]
   13c: 8c010052                       eor w12, w12, #0x1
   140: df0118eb                       cmp x14, x24
   144: 8c159f1a                       csinc w12, w12, wzr, ne
   148: 4c030037                       tbnz w12, #0x0, #0x68
   14c: ae1500f9                       str x14, [x13, #0x28]
   150: 2a040034                       cbz w10, #0x84
   154: 18000014                       b #0x60
   158: ae0100f9                       str x14, [x13]
   15c: ee0740f9                       ldr x14, [sp, #0x8]
   160: df011beb                       cmp x14, x27
   164: 80fdff54                       b.eq #-0x50
   168: ae0500f9                       str x14, [x13, #0x8]
   16c: ee0b40f9                       ldr x14, [sp, #0x10]
   170: df0113eb                       cmp x14, x19
   174: 60fdff54                       b.eq #-0x54
   178: ae0900f9                       str x14, [x13, #0x10]
   17c: ee0f40f9                       ldr x14, [sp, #0x18]
   180: df011aeb                       cmp x14, x26
   184: 40fdff54                       b.eq #-0x58
   188: ae0d00f9                       str x14, [x13, #0x18]
   18c: ee1340f9                       ldr x14, [sp, #0x20]
   190: df0119eb                       cmp x14, x25
   194: 20fdff54                       b.eq #-0x5c
   198: ae1100f9                       str x14, [x13, #0x20]
   19c: ee1740f9                       ldr x14, [sp, #0x28]
   1a0: 8c010052                       eor w12, w12, #0x1
   1a4: df0118eb                       cmp x14, x24
   1a8: 8c159f1a                       csinc w12, w12, wzr, ne
   1ac: 0cfd0736                       tbz w12, #0x0, #-0x60
   1b0: 2a010034                       cbz w10, #0x24
   1b4: ea1b40f9                       ldr x10, [sp, #0x30]
   1b8: aa1900f9                       str x10, [x13, #0x30]
   1bc: c8000037                       tbnz w8, #0x0, #0x18
   1c0: e81f40f9                       ldr x8, [sp, #0x38]
   1c4: a81d00f9                       str x8, [x13, #0x38]
   1c8: 69000034                       cbz w9, #0xc
   1cc: e82340f9                       ldr x8, [sp, #0x40]
   1d0: a82100f9                       str x8, [x13, #0x40]
   1d4: a1010b8b                       add x1, x13, x11
   1d8: e00314aa                       mov x0, x20
   1dc: e20316aa                       mov x2, x22
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e4: fd7b45a9                       ldp x29, x30, [sp, #0x50]
   1e8: ff830191                       add sp, sp, #0x60
   1ec: c0035fd6                       ret
   1f0: 1f010aeb                       cmp x8, x10
   1f4: edf2ff54                       b.le #-0x1a4
   1f8: 2a008052                       mov w10, #0x1
   1fc: 0901098b                       add x9, x8, x9
   200: 480508aa                       orr x8, x10, x8, lsl #1
   204: 091b00f9                       str x9, [x24, #0x30]
   208: e81b00f9                       str x8, [sp, #0x30]
   20c: e80b00f9                       str x8, [sp, #0x10]
   210: f3000037                       tbnz w19, #0x0, #0x1c
   214: 680240f9                       ldr x8, [x19]
   218: 080500f1                       subs x8, x8, #0x1
   21c: 680200f9                       str x8, [x19]
   220: 61000054                       b.ne #0xc
   224: e00313aa                       mov x0, x19
   228: 00000094                       bl #0x0
        # hole +0x228: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   22c: e90340f9                       ldr x9, [sp]
   230: 29080037                       tbnz w9, #0x0, #0x104
   234: 280140f9                       ldr x8, [x9]
   238: 08050091                       add x8, x8, #0x1
   23c: 280100f9                       str x8, [x9]
   240: e80740f9                       ldr x8, [sp, #0x8]
   244: e91b00f9                       str x9, [sp, #0x30]
   248: c8070036                       tbz w8, #0x0, #0xf8
   24c: e90b40f9                       ldr x9, [sp, #0x10]
   250: e81f00f9                       str x8, [sp, #0x38]
   254: a9000037                       tbnz w9, #0x0, #0x14
   258: 280140f9                       ldr x8, [x9]
   25c: 08050091                       add x8, x8, #0x1
   260: 280100f9                       str x8, [x9]
   264: e81f40f9                       ldr x8, [sp, #0x38]
   268: 0afd4193                       asr x10, x8, #1
   26c: 2bfd4193                       asr x11, x9, #1
   270: e92300f9                       str x9, [sp, #0x40]
   274: 487d0b9b                       mul x8, x10, x11
   278: 4a7d4b9b                       smulh x10, x10, x11
   27c: 5ffd88eb                       cmp x10, x8, asr #63
   280: 41290054                       b.ne #0x528
   284: 0900f8d2                       mov x9, #-0x4000000000000000
   288: 0901098b                       add x9, x8, x9
   28c: e928f8b6                       tbz x9, #0x3f, #0x51c
   290: 29008052                       mov w9, #0x1
   294: 2a0508aa                       orr x10, x9, x8, lsl #1
   298: e91b40f9                       ldr x9, [sp, #0x30]
   29c: ea1f00f9                       str x10, [sp, #0x38]
   2a0: 29290036                       tbz w9, #0x0, #0x524
   2a4: 0805898b                       add x8, x8, x9, asr #1
   2a8: 0900f8d2                       mov x9, #-0x4000000000000000
   2ac: 1f0109ab                       cmn x8, x9
   2b0: 85290054                       b.pl #0x530
   2b4: 29008052                       mov w9, #0x1
   2b8: e00340f9                       ldr x0, [sp]
   2bc: 280508aa                       orr x8, x9, x8, lsl #1
   2c0: e81b00f9                       str x8, [sp, #0x30]
   2c4: e80300f9                       str x8, [sp]
   2c8: c0000037                       tbnz w0, #0x0, #0x18
   2cc: 080040f9                       ldr x8, [x0]
   2d0: 080500f1                       subs x8, x8, #0x1
   2d4: 080000f9                       str x8, [x0]
   2d8: 41000054                       b.ne #0x8
   2dc: 00000094                       bl #0x0
        # hole +0x2dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2e0: c80240f9                       ldr x8, [x22]
   2e4: 481700b5                       cbnz x8, #0x2e8
   2e8: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2ec: 08050091                       add x8, x8, #0x1
   2f0: 1f0109eb                       cmp x8, x9
   2f4: c80600f9                       str x8, [x22, #0x8]
   2f8: 0b0b0054                       b.lt #0x160
   2fc: 0b0080d2                       mov x11, #0x0
        # hole +0x2fc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   300: 2c008052                       mov w12, #0x1
   304: ea031f2a                       mov w10, wzr
   308: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x308: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   30c: e8031f2a                       mov w8, wzr
   310: e9031f2a                       mov w9, wzr
   314: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x314: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   318: cc0200f9                       str x12, [x22]
   31c: 43008052                       mov w3, #0x2
   320: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x320: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   324: 45108052                       mov w5, #0x82
   328: 64350091                       add x4, x11, #0xd
   32c: 0b068052                       mov w11, #0x30
   330: 72ffff17                       b #-0x238
   334: e80740f9                       ldr x8, [sp, #0x8]
   338: e91b00f9                       str x9, [sp, #0x30]
   33c: 88f80737                       tbnz w8, #0x0, #-0xf0
   340: 090140f9                       ldr x9, [x8]
   344: 29050091                       add x9, x9, #0x1
   348: 090100f9                       str x9, [x8]
   34c: e90b40f9                       ldr x9, [sp, #0x10]
   350: e81f00f9                       str x8, [sp, #0x38]
   354: 29f80736                       tbz w9, #0x0, #-0xfc
   358: c4ffff17                       b #-0xf0
   35c: 3f010beb                       cmp x9, x11
   360: ade9ff54                       b.le #-0x2cc
   364: 2b008052                       mov w11, #0x1
   368: 2a010a8b                       add x10, x9, x10
   36c: e00740f9                       ldr x0, [sp, #0x8]
   370: 690509aa                       orr x9, x11, x9, lsl #1
   374: 0a1900f9                       str x10, [x8, #0x30]
   378: e91700f9                       str x9, [sp, #0x28]
   37c: e90700f9                       str x9, [sp, #0x8]
   380: c0000037                       tbnz w0, #0x0, #0x18
   384: 080040f9                       ldr x8, [x0]
   388: 080500f1                       subs x8, x8, #0x1
   38c: 080000f9                       str x8, [x0]
   390: 41000054                       b.ne #0x8
   394: 00000094                       bl #0x0
        # hole +0x394: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   398: 150080d2                       mov x21, #0x0
        # hole +0x398: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   39c: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x39c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   3a0: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x3a0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   3a4: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x3a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   3a8: 55010037                       tbnz w21, #0x0, #0x28
   3ac: a80240f9                       ldr x8, [x21]
   3b0: 08050091                       add x8, x8, #0x1
   3b4: a80200f9                       str x8, [x21]
   3b8: e80f40f9                       ldr x8, [sp, #0x18]
   3bc: f51700f9                       str x21, [sp, #0x28]
   3c0: e8000036                       tbz w8, #0x0, #0x1c
   3c4: e81b00f9                       str x8, [sp, #0x30]
   3c8: 75010036                       tbz w21, #0x0, #0x2c
   3cc: dd000014                       b #0x374
   3d0: e80f40f9                       ldr x8, [sp, #0x18]
   3d4: f51700f9                       str x21, [sp, #0x28]
   3d8: 68ff0737                       tbnz w8, #0x0, #-0x14
   3dc: 090140f9                       ldr x9, [x8]
   3e0: 29050091                       add x9, x9, #0x1
   3e4: 090100f9                       str x9, [x8]
   3e8: f51740f9                       ldr x21, [sp, #0x28]
   3ec: e81b00f9                       str x8, [sp, #0x30]
   3f0: 951a0037                       tbnz w21, #0x0, #0x350
   3f4: a80a40b9                       ldr w8, [x21, #0x8]
   3f8: 1f210071                       cmp w8, #0x8
   3fc: 211a0054                       b.ne #0x344
   400: a81e40f9                       ldr x8, [x21, #0x38]
   404: a1c30091                       add x1, x29, #0x30
   408: e00316aa                       mov x0, x22
   40c: 22008052                       mov w2, #0x1
   410: 00013fd6                       blr x8
   414: e81b40f9                       ldr x8, [sp, #0x30]
   418: f70300aa                       mov x23, x0
   41c: e8000037                       tbnz w8, #0x0, #0x1c
   420: 090140f9                       ldr x9, [x8]
   424: 290500f1                       subs x9, x9, #0x1
   428: 090100f9                       str x9, [x8]
   42c: 61000054                       b.ne #0xc
   430: e00308aa                       mov x0, x8
   434: 00000094                       bl #0x0
        # hole +0x434: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   438: a80240f9                       ldr x8, [x21]
   43c: 080500f1                       subs x8, x8, #0x1
   440: a80200f9                       str x8, [x21]
   444: 61000054                       b.ne #0xc
   448: e00315aa                       mov x0, x21
   44c: 00000094                       bl #0x0
        # hole +0x44c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   450: 371900b4                       cbz x23, #0x324
   454: f71700f9                       str x23, [sp, #0x28]
   458: e01740f9                       ldr x0, [sp, #0x28]
   45c: 800c0037                       tbnz w0, #0x0, #0x190
   460: 080840b9                       ldr w8, [x0, #0x8]
   464: 1f110071                       cmp w8, #0x4
   468: 210c0054                       b.ne #0x184
   46c: 0aa443a9                       ldp x10, x9, [x0, #0x38]
   470: 081840f9                       ldr x8, [x0, #0x30]
   474: 3f0500f1                       cmp x9, #0x1
   478: 8b000054                       b.lt #0x10
   47c: 1f010aeb                       cmp x8, x10
   480: 8b000054                       b.lt #0x10
   484: f4feff17                       b #-0x430
   488: 1f010aeb                       cmp x8, x10
   48c: 4ddeff54                       b.le #-0x438
   490: 2a008052                       mov w10, #0x1
   494: 0901098b                       add x9, x8, x9
   498: 4a0508aa                       orr x10, x10, x8, lsl #1
   49c: e80b40f9                       ldr x8, [sp, #0x10]
   4a0: 091800f9                       str x9, [x0, #0x30]
   4a4: ea1b00f9                       str x10, [sp, #0x30]
   4a8: ea0b00f9                       str x10, [sp, #0x10]
   4ac: a8000037                       tbnz w8, #0x0, #0x14
   4b0: 090140f9                       ldr x9, [x8]
   4b4: 290500f1                       subs x9, x9, #0x1
   4b8: 090100f9                       str x9, [x8]
   4bc: c0060054                       b.eq #0xd8
   4c0: e90340f9                       ldr x9, [sp]
   4c4: 09070037                       tbnz w9, #0x0, #0xe0
   4c8: 280140f9                       ldr x8, [x9]
   4cc: 08050091                       add x8, x8, #0x1
   4d0: 280100f9                       str x8, [x9]
   4d4: e80740f9                       ldr x8, [sp, #0x8]
   4d8: e91b00f9                       str x9, [sp, #0x30]
   4dc: a8060036                       tbz w8, #0x0, #0xd4
   4e0: e90b40f9                       ldr x9, [sp, #0x10]
   4e4: e81f00f9                       str x8, [sp, #0x38]
   4e8: a9000037                       tbnz w9, #0x0, #0x14
   4ec: 280140f9                       ldr x8, [x9]
   4f0: 08050091                       add x8, x8, #0x1
   4f4: 280100f9                       str x8, [x9]
   4f8: e81f40f9                       ldr x8, [sp, #0x38]
   4fc: 0afd4193                       asr x10, x8, #1
   500: 2bfd4193                       asr x11, x9, #1
   504: e92300f9                       str x9, [sp, #0x40]
   508: 487d0b9b                       mul x8, x10, x11
   50c: 4a7d4b9b                       smulh x10, x10, x11
   510: 5ffd88eb                       cmp x10, x8, asr #63
   514: c10c0054                       b.ne #0x198
   518: 0900f8d2                       mov x9, #-0x4000000000000000
   51c: 0901098b                       add x9, x8, x9
   520: 690cf8b6                       tbz x9, #0x3f, #0x18c
   524: 29008052                       mov w9, #0x1
   528: 2a0508aa                       orr x10, x9, x8, lsl #1
   52c: e91b40f9                       ldr x9, [sp, #0x30]
   530: ea1f00f9                       str x10, [sp, #0x38]
   534: 690d0036                       tbz w9, #0x0, #0x1ac
   538: 0805898b                       add x8, x8, x9, asr #1
   53c: 0900f8d2                       mov x9, #-0x4000000000000000
   540: 1f0109ab                       cmn x8, x9
   544: 450e0054                       b.pl #0x1c8
   548: 29008052                       mov w9, #0x1
   54c: e00340f9                       ldr x0, [sp]
   550: 280508aa                       orr x8, x9, x8, lsl #1
   554: e81b00f9                       str x8, [sp, #0x30]
   558: e80300f9                       str x8, [sp]
   55c: c0000037                       tbnz w0, #0x0, #0x18
   560: 080040f9                       ldr x8, [x0]
   564: 080500f1                       subs x8, x8, #0x1
   568: 080000f9                       str x8, [x0]
   56c: 41000054                       b.ne #0x8
   570: 00000094                       bl #0x0
        # hole +0x570: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   574: c80240f9                       ldr x8, [x22]
   578: a80400b5                       cbnz x8, #0x94
   57c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   580: 08050091                       add x8, x8, #0x1
   584: 1f0109eb                       cmp x8, x9
   588: c80600f9                       str x8, [x22, #0x8]
   58c: 6bf6ff54                       b.lt #-0x134
   590: 2c000014                       b #0xb0
   594: e00308aa                       mov x0, x8
   598: 00000094                       bl #0x0
        # hole +0x598: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   59c: e90340f9                       ldr x9, [sp]
   5a0: 49f90736                       tbz w9, #0x0, #-0xd8
   5a4: e80740f9                       ldr x8, [sp, #0x8]
   5a8: e91b00f9                       str x9, [sp, #0x30]
   5ac: a8f90737                       tbnz w8, #0x0, #-0xcc
   5b0: 090140f9                       ldr x9, [x8]
   5b4: 29050091                       add x9, x9, #0x1
   5b8: 090100f9                       str x9, [x8]
   5bc: e90b40f9                       ldr x9, [sp, #0x10]
   5c0: e81f00f9                       str x8, [sp, #0x38]
   5c4: 49f90736                       tbz w9, #0x0, #-0xd8
   5c8: cdffff17                       b #-0xcc
   5cc: 0b0080d2                       mov x11, #0x0
        # hole +0x5cc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   5d0: ea031f2a                       mov w10, wzr
   5d4: e8031f2a                       mov w8, wzr
   5d8: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x5d8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5dc: e9031f2a                       mov w9, wzr
   5e0: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x5e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   5e4: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x5e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   5e8: 10000014                       b #0x40
   5ec: 0b0080d2                       mov x11, #0x0
        # hole +0x5ec: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   5f0: ea031f2a                       mov w10, wzr
   5f4: e8031f2a                       mov w8, wzr
   5f8: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x5f8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5fc: e9031f2a                       mov w9, wzr
   600: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x600: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   604: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x604: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   608: b7feff17                       b #-0x524
   60c: 0b0080d2                       mov x11, #0x0
        # hole +0x60c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   610: ea031f2a                       mov w10, wzr
   614: e8031f2a                       mov w8, wzr
   618: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x618: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   61c: e9031f2a                       mov w9, wzr
   620: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x620: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   624: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x624: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   628: 2c008052                       mov w12, #0x1
   62c: 64310091                       add x4, x11, #0xc
   630: 43008052                       mov w3, #0x2
   634: 0b068052                       mov w11, #0x30
   638: 050f8052                       mov w5, #0x78
   63c: affeff17                       b #-0x544
   640: 0b0080d2                       mov x11, #0x0
        # hole +0x640: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   644: 2c008052                       mov w12, #0x1
   648: ea031f2a                       mov w10, wzr
   64c: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x64c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   650: e8031f2a                       mov w8, wzr
   654: e9031f2a                       mov w9, wzr
   658: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x658: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   65c: 43008052                       mov w3, #0x2
   660: cc0200f9                       str x12, [x22]
   664: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x664: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   668: 45108052                       mov w5, #0x82
   66c: 64350091                       add x4, x11, #0xd
   670: 0b068052                       mov w11, #0x30
   674: a1feff17                       b #-0x57c
   678: 0b0080d2                       mov x11, #0x0
        # hole +0x678: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   67c: ec031f2a                       mov w12, wzr
   680: ea031f2a                       mov w10, wzr
   684: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x684: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   688: e8031f2a                       mov w8, wzr
   68c: e9031f2a                       mov w9, wzr
   690: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x690: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   694: 23008052                       mov w3, #0x1
   698: 45018052                       mov w5, #0xa
   69c: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x69c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   6a0: 64050091                       add x4, x11, #0x1
   6a4: 0b058052                       mov w11, #0x28
   6a8: 94feff17                       b #-0x5b0
   6ac: 090080d2                       mov x9, #0x0
        # hole +0x6ac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6b0: e8031f2a                       mov w8, wzr
   6b4: 23008052                       mov w3, #0x1
   6b8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x6b8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   6bc: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x6bc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   6c0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x6c0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   6c4: 0b098052                       mov w11, #0x48
   6c8: 050a8052                       mov w5, #0x50
   6cc: 24210091                       add x4, x9, #0x8
   6d0: 2c008052                       mov w12, #0x1
   6d4: 2a008052                       mov w10, #0x1
   6d8: 29008052                       mov w9, #0x1
   6dc: 87feff17                       b #-0x5e4
   6e0: 0a0080d2                       mov x10, #0x0
        # hole +0x6e0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6e4: e8031f2a                       mov w8, wzr
   6e8: e9031f2a                       mov w9, wzr
   6ec: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x6ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   6f0: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x6f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   6f4: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x6f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   6f8: 23008052                       mov w3, #0x1
   6fc: 0b088052                       mov w11, #0x40
   700: 44250091                       add x4, x10, #0x9
   704: 450b8052                       mov w5, #0x5a
   708: 0b000014                       b #0x2c
   70c: 0a0080d2                       mov x10, #0x0
        # hole +0x70c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   710: e8031f2a                       mov w8, wzr
   714: e9031f2a                       mov w9, wzr
   718: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x718: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   71c: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x71c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   720: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x720: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   724: 23008052                       mov w3, #0x1
   728: 0b088052                       mov w11, #0x40
   72c: 44290091                       add x4, x10, #0xa
   730: 850c8052                       mov w5, #0x64
   734: 2c008052                       mov w12, #0x1
   738: 2a008052                       mov w10, #0x1
   73c: 6ffeff17                       b #-0x644
   740: 080080d2                       mov x8, #0x0
        # hole +0x740: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   744: e9031f2a                       mov w9, wzr
   748: 23008052                       mov w3, #0x1
   74c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x74c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   750: 0b078052                       mov w11, #0x38
   754: c5088052                       mov w5, #0x46
   758: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x758: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   75c: 2c008052                       mov w12, #0x1
   760: 2a008052                       mov w10, #0x1
   764: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x764: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   768: 041d0091                       add x4, x8, #0x7
   76c: 28008052                       mov w8, #0x1
   770: 62feff17                       b #-0x678
   774: 0b0080d2                       mov x11, #0x0
        # hole +0x774: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   778: ec031f2a                       mov w12, wzr
   77c: ea031f2a                       mov w10, wzr
   780: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x780: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   784: e8031f2a                       mov w8, wzr
   788: e9031f2a                       mov w9, wzr
   78c: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x78c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   790: 63008052                       mov w3, #0x3
   794: c5088052                       mov w5, #0x46
   798: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x798: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   79c: 641d0091                       add x4, x11, #0x7
   7a0: 0b058052                       mov w11, #0x28
   7a4: 55feff17                       b #-0x6ac
   7a8: 090080d2                       mov x9, #0x0
        # hole +0x7a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   7ac: e8031f2a                       mov w8, wzr
   7b0: 23008052                       mov w3, #0x1
   7b4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x7b4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7b8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7b8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7bc: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7bc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7c0: c1ffff17                       b #-0xfc
   7c4: 0a0080d2                       mov x10, #0x0
        # hole +0x7c4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   7c8: e8031f2a                       mov w8, wzr
   7cc: e9031f2a                       mov w9, wzr
   7d0: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x7d0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7d4: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x7d4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7d8: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x7d8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7dc: c7ffff17                       b #-0xe4
   7e0: 0a0080d2                       mov x10, #0x0
        # hole +0x7e0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   7e4: e8031f2a                       mov w8, wzr
   7e8: e9031f2a                       mov w9, wzr
   7ec: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x7ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7f0: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x7f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7f4: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x7f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7f8: cbffff17                       b #-0xd4
