# stencil nested_pop for aarch64-unknown-linux-gnu: 1580 code bytes, 0 data bytes, 52 holes
     0: ffc301d1                       sub sp, sp, #0x70
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b06a9                       stp x29, x30, [sp, #0x60]
     c: 1c6d40a9                       ldp x28, x27, [x8]
    10: 1a2941a9                       ldp x26, x10, [x8, #0x10]
    14: 094d42a9                       ldp x9, x19, [x8, #0x20]
    18: fc6f01a9                       stp x28, x27, [sp, #0x10]
    1c: fa2b02a9                       stp x26, x10, [sp, #0x20]
    20: ea2700a9                       stp x10, x9, [sp]
    24: e94f03a9                       stp x9, x19, [sp, #0x30]
    28: f3000037                       tbnz w19, #0x0, #0x1c
    2c: 680240f9                       ldr x8, [x19]
    30: 080500f1                       subs x8, x8, #0x1
    34: 680200f9                       str x8, [x19]
    38: 61000054                       b.ne #0xc
    3c: e00313aa                       mov x0, x19
    40: 00000094                       bl #0x0
        # hole +0x40: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    44: e81b40f9                       ldr x8, [sp, #0x30]
    48: e8160037                       tbnz w8, #0x0, #0x2dc
    4c: 1d0080d2                       mov x29, #0x0
        # hole +0x4c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
    50: 38008052                       mov w24, #0x1
    54: 1900f8d2                       mov x25, #-0x4000000000000000
    58: 1d00a0f2                       movk x29, #0x0, lsl #16
        # hole +0x58: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
    5c: 1d00c0f2                       movk x29, #0x0, lsl #32
        # hole +0x5c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
    60: 1d00e0f2                       movk x29, #0x0, lsl #48
        # hole +0x60: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
    64: 07000014                       b #0x1c
    68: 080040f9                       ldr x8, [x0]
    6c: 080500f1                       subs x8, x8, #0x1
    70: 080000f9                       str x8, [x0]
    74: 40040054                       b.eq #0x88
    78: e81b40f9                       ldr x8, [sp, #0x30]
    7c: 48150037                       tbnz w8, #0x0, #0x2a8
    80: 090940b9                       ldr w9, [x8, #0x8]
    84: 3f110071                       cmp w9, #0x4
    88: e1140054                       b.ne #0x29c
    8c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    90: 091940f9                       ldr x9, [x8, #0x30]
    94: 5f0500f1                       cmp x10, #0x1
    98: 8b000054                       b.lt #0x10
    9c: 3f010beb                       cmp x9, x11
    a0: 8b000054                       b.lt #0x10
    a4: 3b010014                       b #0x4ec
    a8: 3f010beb                       cmp x9, x11
    ac: 2d270054                       b.le #0x4e4
    b0: 2a010a8b                       add x10, x9, x10
    b4: 090709aa                       orr x9, x24, x9, lsl #1
    b8: e00f40f9                       ldr x0, [sp, #0x18]
    bc: 0a1900f9                       str x10, [x8, #0x30]
    c0: e91f00f9                       str x9, [sp, #0x38]
    c4: e90f00f9                       str x9, [sp, #0x18]
    c8: a0000037                       tbnz w0, #0x0, #0x14
    cc: 080040f9                       ldr x8, [x0]
    d0: 080500f1                       subs x8, x8, #0x1
    d4: 080000f9                       str x8, [x0]
    d8: a0010054                       b.eq #0x34
    dc: dd010036                       tbz w29, #0x0, #0x38
    e0: e81740f9                       ldr x8, [sp, #0x28]
    e4: f5031daa                       mov x21, x29
    e8: fd1f00f9                       str x29, [sp, #0x38]
    ec: 28020036                       tbz w8, #0x0, #0x44
    f0: e82300f9                       str x8, [sp, #0x40]
    f4: b5020036                       tbz w21, #0x0, #0x54
    f8: 33010014                       b #0x4cc
    fc: 00000094                       bl #0x0
        # hole +0xfc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   100: e81b40f9                       ldr x8, [sp, #0x30]
   104: e8fb0736                       tbz w8, #0x0, #-0x84
   108: 87000014                       b #0x21c
   10c: 00000094                       bl #0x0
        # hole +0x10c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   110: 9dfe0737                       tbnz w29, #0x0, #-0x30
   114: a80340f9                       ldr x8, [x29]
   118: 08050091                       add x8, x8, #0x1
   11c: a80300f9                       str x8, [x29]
   120: e81740f9                       ldr x8, [sp, #0x28]
   124: f5031daa                       mov x21, x29
   128: fd1f00f9                       str x29, [sp, #0x38]
   12c: 28fe0737                       tbnz w8, #0x0, #-0x3c
   130: 090140f9                       ldr x9, [x8]
   134: 29050091                       add x9, x9, #0x1
   138: 090100f9                       str x9, [x8]
   13c: f51f40f9                       ldr x21, [sp, #0x38]
   140: e82300f9                       str x8, [sp, #0x40]
   144: 15240037                       tbnz w21, #0x0, #0x480
   148: a80a40b9                       ldr w8, [x21, #0x8]
   14c: 1f210071                       cmp w8, #0x8
   150: a1230054                       b.ne #0x474
   154: a81e40f9                       ldr x8, [x21, #0x38]
   158: e9430091                       add x9, sp, #0x10
   15c: e00316aa                       mov x0, x22
   160: 21c10091                       add x1, x9, #0x30
   164: 22008052                       mov w2, #0x1
   168: 00013fd6                       blr x8
   16c: e82340f9                       ldr x8, [sp, #0x40]
   170: f70300aa                       mov x23, x0
   174: a8000037                       tbnz w8, #0x0, #0x14
   178: 090140f9                       ldr x9, [x8]
   17c: 290500f1                       subs x9, x9, #0x1
   180: 090100f9                       str x9, [x8]
   184: 200c0054                       b.eq #0x184
   188: a80240f9                       ldr x8, [x21]
   18c: 080500f1                       subs x8, x8, #0x1
   190: a80200f9                       str x8, [x21]
   194: 61000054                       b.ne #0xc
   198: e00315aa                       mov x0, x21
   19c: 00000094                       bl #0x0
        # hole +0x19c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1a0: d72200b4                       cbz x23, #0x458
   1a4: f71f00f9                       str x23, [sp, #0x38]
   1a8: e01f40f9                       ldr x0, [sp, #0x38]
   1ac: 600d0037                       tbnz w0, #0x0, #0x1ac
   1b0: 080840b9                       ldr w8, [x0, #0x8]
   1b4: 1f110071                       cmp w8, #0x4
   1b8: 010d0054                       b.ne #0x1a0
   1bc: 0aa443a9                       ldp x10, x9, [x0, #0x38]
   1c0: 081840f9                       ldr x8, [x0, #0x30]
   1c4: 3f0500f1                       cmp x9, #0x1
   1c8: 8b000054                       b.lt #0x10
   1cc: 1f010aeb                       cmp x8, x10
   1d0: 8b000054                       b.lt #0x10
   1d4: a5ffff17                       b #-0x16c
   1d8: 1f010aeb                       cmp x8, x10
   1dc: 6df4ff54                       b.le #-0x174
   1e0: 0901098b                       add x9, x8, x9
   1e4: 0a0708aa                       orr x10, x24, x8, lsl #1
   1e8: e81340f9                       ldr x8, [sp, #0x20]
   1ec: 091800f9                       str x9, [x0, #0x30]
   1f0: ea2300f9                       str x10, [sp, #0x40]
   1f4: ea1300f9                       str x10, [sp, #0x20]
   1f8: a8000037                       tbnz w8, #0x0, #0x14
   1fc: 090140f9                       ldr x9, [x8]
   200: 290500f1                       subs x9, x9, #0x1
   204: 090100f9                       str x9, [x8]
   208: e0050054                       b.eq #0xbc
   20c: e90b40f9                       ldr x9, [sp, #0x10]
   210: 29060036                       tbz w9, #0x0, #0xc4
   214: e80f40f9                       ldr x8, [sp, #0x18]
   218: e92300f9                       str x9, [sp, #0x40]
   21c: 88060036                       tbz w8, #0x0, #0xd0
   220: e91340f9                       ldr x9, [sp, #0x20]
   224: e82700f9                       str x8, [sp, #0x48]
   228: a9000037                       tbnz w9, #0x0, #0x14
   22c: 280140f9                       ldr x8, [x9]
   230: 08050091                       add x8, x8, #0x1
   234: 280100f9                       str x8, [x9]
   238: e82740f9                       ldr x8, [sp, #0x48]
   23c: 0afd4193                       asr x10, x8, #1
   240: 2bfd4193                       asr x11, x9, #1
   244: e92b00f9                       str x9, [sp, #0x50]
   248: 487d0b9b                       mul x8, x10, x11
   24c: 4a7d4b9b                       smulh x10, x10, x11
   250: 5ffd88eb                       cmp x10, x8, asr #63
   254: 210d0054                       b.ne #0x1a4
   258: 0901198b                       add x9, x8, x25
   25c: e90cf8b6                       tbz x9, #0x3f, #0x19c
   260: 0a0708aa                       orr x10, x24, x8, lsl #1
   264: e92340f9                       ldr x9, [sp, #0x40]
   268: ea2700f9                       str x10, [sp, #0x48]
   26c: 090e0036                       tbz w9, #0x0, #0x1c0
   270: 0805898b                       add x8, x8, x9, asr #1
   274: 1f0119ab                       cmn x8, x25
   278: 050f0054                       b.pl #0x1e0
   27c: 080708aa                       orr x8, x24, x8, lsl #1
   280: e00b40f9                       ldr x0, [sp, #0x10]
   284: e82300f9                       str x8, [sp, #0x40]
   288: e80b00f9                       str x8, [sp, #0x10]
   28c: c0000037                       tbnz w0, #0x0, #0x18
   290: 080040f9                       ldr x8, [x0]
   294: 080500f1                       subs x8, x8, #0x1
   298: 080000f9                       str x8, [x0]
   29c: 41000054                       b.ne #0x8
   2a0: 00000094                       bl #0x0
        # hole +0x2a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2a4: c80240f9                       ldr x8, [x22]
   2a8: 280700b5                       cbnz x8, #0xe4
   2ac: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2b0: 08050091                       add x8, x8, #0x1
   2b4: 1f0109eb                       cmp x8, x9
   2b8: c80600f9                       str x8, [x22, #0x8]
   2bc: 6bf7ff54                       b.lt #-0x114
   2c0: 40000014                       b #0x100
   2c4: e00308aa                       mov x0, x8
   2c8: 00000094                       bl #0x0
        # hole +0x2c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2cc: e90b40f9                       ldr x9, [sp, #0x10]
   2d0: 29fa0737                       tbnz w9, #0x0, #-0xbc
   2d4: 280140f9                       ldr x8, [x9]
   2d8: 08050091                       add x8, x8, #0x1
   2dc: 280100f9                       str x8, [x9]
   2e0: e80f40f9                       ldr x8, [sp, #0x18]
   2e4: e92300f9                       str x9, [sp, #0x40]
   2e8: c8f90737                       tbnz w8, #0x0, #-0xc8
   2ec: 090140f9                       ldr x9, [x8]
   2f0: 29050091                       add x9, x9, #0x1
   2f4: 090100f9                       str x9, [x8]
   2f8: e91340f9                       ldr x9, [sp, #0x20]
   2fc: e82700f9                       str x8, [sp, #0x48]
   300: 69f90736                       tbz w9, #0x0, #-0xd4
   304: ceffff17                       b #-0xc8
   308: e00308aa                       mov x0, x8
   30c: 00000094                       bl #0x0
        # hole +0x30c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   310: a80240f9                       ldr x8, [x21]
   314: 080500f1                       subs x8, x8, #0x1
   318: a80200f9                       str x8, [x21]
   31c: 21f4ff54                       b.ne #-0x17c
   320: 9effff17                       b #-0x188
   324: 0c0080d2                       mov x12, #0x0
        # hole +0x324: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   328: eb031f2a                       mov w11, wzr
   32c: ea031f2a                       mov w10, wzr
   330: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x330: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   334: e8031f2a                       mov w8, wzr
   338: e9031f2a                       mov w9, wzr
   33c: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x33c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   340: 23008052                       mov w3, #0x1
   344: 45018052                       mov w5, #0xa
   348: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x348: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   34c: 84050091                       add x4, x12, #0x1
   350: 0c058052                       mov w12, #0x28
   354: 4d000014                       b #0x134
   358: 0b0080d2                       mov x11, #0x0
        # hole +0x358: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   35c: ea031f2a                       mov w10, wzr
   360: e8031f2a                       mov w8, wzr
   364: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x364: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   368: e9031f2a                       mov w9, wzr
   36c: 23008052                       mov w3, #0x1
   370: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x370: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   374: 0c068052                       mov w12, #0x30
   378: 45018052                       mov w5, #0xa
   37c: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x37c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   380: 64050091                       add x4, x11, #0x1
   384: 2b008052                       mov w11, #0x1
   388: 40000014                       b #0x100
   38c: 0c0080d2                       mov x12, #0x0
        # hole +0x38c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   390: ea031f2a                       mov w10, wzr
   394: e8031f2a                       mov w8, wzr
   398: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x398: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   39c: e9031f2a                       mov w9, wzr
   3a0: 2b008052                       mov w11, #0x1
   3a4: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x3a4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   3a8: 43008052                       mov w3, #0x2
   3ac: 050f8052                       mov w5, #0x78
   3b0: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x3b0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   3b4: 84310091                       add x4, x12, #0xc
   3b8: 0c068052                       mov w12, #0x30
   3bc: 33000014                       b #0xcc
   3c0: 0c0080d2                       mov x12, #0x0
        # hole +0x3c0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   3c4: 2b008052                       mov w11, #0x1
   3c8: ea031f2a                       mov w10, wzr
   3cc: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x3cc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   3d0: e8031f2a                       mov w8, wzr
   3d4: e9031f2a                       mov w9, wzr
   3d8: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x3d8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   3dc: cb0200f9                       str x11, [x22]
   3e0: 43008052                       mov w3, #0x2
   3e4: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x3e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   3e8: 45108052                       mov w5, #0x82
   3ec: 84350091                       add x4, x12, #0xd
   3f0: 0c068052                       mov w12, #0x30
   3f4: 25000014                       b #0x94
   3f8: 090080d2                       mov x9, #0x0
        # hole +0x3f8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   3fc: e8031f2a                       mov w8, wzr
   400: 23008052                       mov w3, #0x1
   404: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x404: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   408: 0c098052                       mov w12, #0x48
   40c: 050a8052                       mov w5, #0x50
   410: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x410: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   414: 2b008052                       mov w11, #0x1
   418: 2a008052                       mov w10, #0x1
   41c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x41c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   420: 24210091                       add x4, x9, #0x8
   424: 29008052                       mov w9, #0x1
   428: 18000014                       b #0x60
   42c: 0a0080d2                       mov x10, #0x0
        # hole +0x42c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   430: e8031f2a                       mov w8, wzr
   434: e9031f2a                       mov w9, wzr
   438: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x438: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   43c: 23008052                       mov w3, #0x1
   440: 0c088052                       mov w12, #0x40
   444: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x444: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   448: 450b8052                       mov w5, #0x5a
   44c: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x44c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   450: 44250091                       add x4, x10, #0x9
   454: 0b000014                       b #0x2c
   458: 0a0080d2                       mov x10, #0x0
        # hole +0x458: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   45c: e8031f2a                       mov w8, wzr
   460: e9031f2a                       mov w9, wzr
   464: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x464: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   468: 23008052                       mov w3, #0x1
   46c: 0c088052                       mov w12, #0x40
   470: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x470: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   474: 850c8052                       mov w5, #0x64
   478: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x478: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   47c: 44290091                       add x4, x10, #0xa
   480: 2b008052                       mov w11, #0x1
   484: 2a008052                       mov w10, #0x1
   488: ee0b40f9                       ldr x14, [sp, #0x10]
   48c: 8d0e40f9                       ldr x13, [x20, #0x18]
   490: df011ceb                       cmp x14, x28
   494: c1020054                       b.ne #0x58
   498: ee0f40f9                       ldr x14, [sp, #0x18]
   49c: df011beb                       cmp x14, x27
   4a0: e1020054                       b.ne #0x5c
   4a4: ee1340f9                       ldr x14, [sp, #0x20]
   4a8: df011aeb                       cmp x14, x26
   4ac: 01030054                       b.ne #0x60
   4b0: ee1740f9                       ldr x14, [sp, #0x28]
   4b4: ef0340f9                       ldr x15, [sp]
   4b8: df010feb                       cmp x14, x15
   4bc: 21030054                       b.ne #0x64
   4c0: ee1b40f9                       ldr x14, [sp, #0x30]
   4c4: ef0740f9                       ldr x15, [sp, #0x8]
   4c8: df010feb                       cmp x14, x15
   4cc: 41030054                       b.ne #0x68
   4d0: ee1f40f9                       ldr x14, [sp, #0x38]
   4d4: 6b010052                       eor w11, w11, #0x1
   4d8: df0113eb                       cmp x14, x19
   4dc: 6b159f1a                       csinc w11, w11, wzr, ne
   4e0: 6b030036                       tbz w11, #0x0, #0x6c
   4e4: 8a030035                       cbnz w10, #0x70
   4e8: 23000014                       b #0x8c
   4ec: ae0100f9                       str x14, [x13]
   4f0: ee0f40f9                       ldr x14, [sp, #0x18]
   4f4: df011beb                       cmp x14, x27
   4f8: 60fdff54                       b.eq #-0x54
   4fc: ae0500f9                       str x14, [x13, #0x8]
   500: ee1340f9                       ldr x14, [sp, #0x20]
   504: df011aeb                       cmp x14, x26
   508: 40fdff54                       b.eq #-0x58
   50c: ae0900f9                       str x14, [x13, #0x10]
   510: ee1740f9                       ldr x14, [sp, #0x28]
   514: ef0340f9                       ldr x15, [sp]
   518: df010feb                       cmp x14, x15
   51c: 20fdff54                       b.eq #-0x5c
   520: ae0d00f9                       str x14, [x13, #0x18]
   524: ee1b40f9                       ldr x14, [sp, #0x30]
   528: ef0740f9                       ldr x15, [sp, #0x8]
   52c: df010feb                       cmp x14, x15
   530: 00fdff54                       b.eq #-0x60
   534: ae1100f9                       str x14, [x13, #0x20]
   538: ee1f40f9                       ldr x14, [sp, #0x38]
   53c: 6b010052                       eor w11, w11, #0x1
   540: df0113eb                       cmp x14, x19
   544: 6b159f1a                       csinc w11, w11, wzr, ne
   548: ebfc0737                       tbnz w11, #0x0, #-0x64
   54c: ae1500f9                       str x14, [x13, #0x28]
   550: 2a010034                       cbz w10, #0x24
   554: ea2340f9                       ldr x10, [sp, #0x40]
   558: aa1900f9                       str x10, [x13, #0x30]
   55c: c8000037                       tbnz w8, #0x0, #0x18
   560: e82740f9                       ldr x8, [sp, #0x48]
   564: a81d00f9                       str x8, [x13, #0x38]
   568: 69000034                       cbz w9, #0xc
   56c: e82b40f9                       ldr x8, [sp, #0x50]
   570: a82100f9                       str x8, [x13, #0x40]
   574: a1010c8b                       add x1, x13, x12
   578: e00314aa                       mov x0, x20
   57c: e20316aa                       mov x2, x22
   580: 00000094                       bl #0x0
        # hole +0x580: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   584: fd7b46a9                       ldp x29, x30, [sp, #0x60]
   588: ffc30191                       add sp, sp, #0x70
   58c: c0035fd6                       ret
   590: 0c0080d2                       mov x12, #0x0
        # hole +0x590: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   594: eb031f2a                       mov w11, wzr
   598: ea031f2a                       mov w10, wzr
   59c: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x59c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   5a0: e8031f2a                       mov w8, wzr
   5a4: e9031f2a                       mov w9, wzr
   5a8: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x5a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   5ac: 43008052                       mov w3, #0x2
   5b0: 85028052                       mov w5, #0x14
   5b4: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x5b4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   5b8: 84090091                       add x4, x12, #0x2
   5bc: 0c058052                       mov w12, #0x28
   5c0: b2ffff17                       b #-0x138
   5c4: 080080d2                       mov x8, #0x0
        # hole +0x5c4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   5c8: e9031f2a                       mov w9, wzr
   5cc: 23008052                       mov w3, #0x1
   5d0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5d0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   5d4: 0c078052                       mov w12, #0x38
   5d8: c5088052                       mov w5, #0x46
   5dc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x5dc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   5e0: 2b008052                       mov w11, #0x1
   5e4: 2a008052                       mov w10, #0x1
   5e8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x5e8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   5ec: 041d0091                       add x4, x8, #0x7
   5f0: 28008052                       mov w8, #0x1
   5f4: a5ffff17                       b #-0x16c
   5f8: 0c0080d2                       mov x12, #0x0
        # hole +0x5f8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   5fc: eb031f2a                       mov w11, wzr
   600: ea031f2a                       mov w10, wzr
   604: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x604: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   608: e8031f2a                       mov w8, wzr
   60c: e9031f2a                       mov w9, wzr
   610: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x610: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   614: 63008052                       mov w3, #0x3
   618: c5088052                       mov w5, #0x46
   61c: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x61c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   620: 841d0091                       add x4, x12, #0x7
   624: 0c058052                       mov w12, #0x28
   628: 98ffff17                       b #-0x1a0
