# stencil nested_outer for aarch64-unknown-linux-gnu: 1964 code bytes, 0 data bytes, 70 holes
     0: ffc301d1                       sub sp, sp, #0x70
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b06a9                       stp x29, x30, [sp, #0x60]
     c: 1b4d40a9                       ldp x27, x19, [x8]
    10: 181140f9                       ldr x24, [x8, #0x20]
    14: 1a6541a9                       ldp x26, x25, [x8, #0x10]
    18: f81b00f9                       str x24, [sp, #0x30]
    1c: fb4f01a9                       stp x27, x19, [sp, #0x10]
    20: fa6702a9                       stp x26, x25, [sp, #0x20]
    24: d8020037                       tbnz w24, #0x0, #0x58
    28: 080b40b9                       ldr w8, [x24, #0x8]
    2c: 1f110071                       cmp w8, #0x4
    30: 61020054                       b.ne #0x4c
    34: 0aa743a9                       ldp x10, x9, [x24, #0x38]
    38: 081b40f9                       ldr x8, [x24, #0x30]
    3c: 3f0500f1                       cmp x9, #0x1
    40: 2b0a0054                       b.lt #0x144
    44: 1f010aeb                       cmp x8, x10
    48: 2b0a0054                       b.lt #0x144
    4c: 0c0080d2                       mov x12, #0x0
        # hole +0x4c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    50: eb031f2a                       mov w11, wzr
    54: ea031f2a                       mov w10, wzr
    58: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x58: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    5c: e9031f2a                       mov w9, wzr
    60: e8031f2a                       mov w8, wzr
    64: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x64: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    68: 43008052                       mov w3, #0x2
    6c: 85028052                       mov w5, #0x14
    70: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x70: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    74: 84090091                       add x4, x12, #0x2
    78: 0c000014                       b #0x30
    7c: 0c0080d2                       mov x12, #0x0
        # hole +0x7c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    80: eb031f2a                       mov w11, wzr
    84: ea031f2a                       mov w10, wzr
    88: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x88: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    8c: e9031f2a                       mov w9, wzr
    90: e8031f2a                       mov w8, wzr
    94: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x94: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    98: 23008052                       mov w3, #0x1
    9c: 45018052                       mov w5, #0xa
    a0: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0xa0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    a4: 84050091                       add x4, x12, #0x1
    a8: 0c058052                       mov w12, #0x28
    ac: ee0b40f9                       ldr x14, [sp, #0x10]
    b0: 8d0e40f9                       ldr x13, [x20, #0x18]
    b4: df011beb                       cmp x14, x27
    b8: e1010054                       b.ne #0x3c
    bc: ee0f40f9                       ldr x14, [sp, #0x18]
    c0: df0113eb                       cmp x14, x19
    c4: 01020054                       b.ne #0x40
    c8: ee1340f9                       ldr x14, [sp, #0x20]
    cc: df011aeb                       cmp x14, x26
    d0: 21020054                       b.ne #0x44
    d4: ee1740f9                       ldr x14, [sp, #0x28]
    d8: df0119eb                       cmp x14, x25
    dc: 41020054                       b.ne #0x48
    e0: ee1b40f9                       ldr x14, [sp, #0x30]
    e4: df0118eb                       cmp x14, x24
    e8: 61020054                       b.ne #0x4c
    ec: 8b020035                       cbnz w11, #0x50
    f0: 1e000014                       b #0x78
    f4: ae0100f9                       str x14, [x13]
    f8: ee0f40f9                       ldr x14, [sp, #0x18]
    fc: df0113eb                       cmp x14, x19
   100: 40feff54                       b.eq #-0x38
   104: ae0500f9                       str x14, [x13, #0x8]
   108: ee1340f9                       ldr x14, [sp, #0x20]
   10c: df011aeb                       cmp x14, x26
   110: 20feff54                       b.eq #-0x3c
   114: ae0900f9                       str x14, [x13, #0x10]
   118: ee1740f9                       ldr x14, [sp, #0x28]
   11c: df0119eb                       cmp x14, x25
   120: 00feff54                       b.eq #-0x40
   124: ae0d00f9                       str x14, [x13, #0x18]
   128: ee1b40f9                       ldr x14, [sp, #0x30]
   12c: df0118eb                       cmp x14, x24
   130: e0fdff54                       b.eq #-0x44
   134: ae1100f9                       str x14, [x13, #0x20]
   138: 8b010034                       cbz w11, #0x30
   13c: eb1f40f9                       ldr x11, [sp, #0x38]
   140: ab1500f9                       str x11, [x13, #0x28]
   144: 2a010037                       tbnz w10, #0x0, #0x24
   148: ea2340f9                       ldr x10, [sp, #0x40]
   14c: aa1900f9                       str x10, [x13, #0x30]
   150: c9000034                       cbz w9, #0x18
   154: e92740f9                       ldr x9, [sp, #0x48]
   158: a91d00f9                       str x9, [x13, #0x38]
   15c: 68000037                       tbnz w8, #0x0, #0xc
   160: e82b40f9                       ldr x8, [sp, #0x50]
   164: a82100f9                       str x8, [x13, #0x40]
   168: a1010c8b                       add x1, x13, x12
   16c: e00314aa                       mov x0, x20
   170: e20316aa                       mov x2, x22
   174: 00000094                       bl #0x0
        # hole +0x174: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   178: fd7b46a9                       ldp x29, x30, [sp, #0x60]
   17c: ffc30191                       add sp, sp, #0x70
   180: c0035fd6                       ret
   184: 1f010aeb                       cmp x8, x10
   188: 2df6ff54                       b.le #-0x13c
   18c: 2a008052                       mov w10, #0x1
   190: 0901098b                       add x9, x8, x9
   194: 480508aa                       orr x8, x10, x8, lsl #1
   198: 091b00f9                       str x9, [x24, #0x30]
   19c: e81f00f9                       str x8, [sp, #0x38]
   1a0: e80f00f9                       str x8, [sp, #0x18]
   1a4: f3000037                       tbnz w19, #0x0, #0x1c
   1a8: 680240f9                       ldr x8, [x19]
   1ac: 080500f1                       subs x8, x8, #0x1
   1b0: 680200f9                       str x8, [x19]
   1b4: 61000054                       b.ne #0xc
   1b8: e00313aa                       mov x0, x19
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1c0: 1c0080d2                       mov x28, #0x0
        # hole +0x1c0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
   1c4: 1c00a0f2                       movk x28, #0x0, lsl #16
        # hole +0x1c4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
   1c8: 1c00c0f2                       movk x28, #0x0, lsl #32
        # hole +0x1c8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
   1cc: 1c00e0f2                       movk x28, #0x0, lsl #48
        # hole +0x1cc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
   1d0: f7031caa                       mov x23, x28
   1d4: 57010037                       tbnz w23, #0x0, #0x28
   1d8: e80240f9                       ldr x8, [x23]
   1dc: 08050091                       add x8, x8, #0x1
   1e0: e80200f9                       str x8, [x23]
   1e4: e81740f9                       ldr x8, [sp, #0x28]
   1e8: f71f00f9                       str x23, [sp, #0x38]
   1ec: e8000036                       tbz w8, #0x0, #0x1c
   1f0: e82300f9                       str x8, [sp, #0x40]
   1f4: 77010036                       tbz w23, #0x0, #0x2c
   1f8: e3000014                       b #0x38c
   1fc: e81740f9                       ldr x8, [sp, #0x28]
   200: f71f00f9                       str x23, [sp, #0x38]
   204: 68ff0737                       tbnz w8, #0x0, #-0x14
   208: 090140f9                       ldr x9, [x8]
   20c: 29050091                       add x9, x9, #0x1
   210: 090100f9                       str x9, [x8]
   214: f71f40f9                       ldr x23, [sp, #0x38]
   218: e82300f9                       str x8, [sp, #0x40]
   21c: 571b0037                       tbnz w23, #0x0, #0x368
   220: e80a40b9                       ldr w8, [x23, #0x8]
   224: 1f210071                       cmp w8, #0x8
   228: e11a0054                       b.ne #0x35c
   22c: e81e40f9                       ldr x8, [x23, #0x38]
   230: e9430091                       add x9, sp, #0x10
   234: e00316aa                       mov x0, x22
   238: 21c10091                       add x1, x9, #0x30
   23c: 22008052                       mov w2, #0x1
   240: 00013fd6                       blr x8
   244: e82340f9                       ldr x8, [sp, #0x40]
   248: f50300aa                       mov x21, x0
   24c: e8000037                       tbnz w8, #0x0, #0x1c
   250: 090140f9                       ldr x9, [x8]
   254: 290500f1                       subs x9, x9, #0x1
   258: 090100f9                       str x9, [x8]
   25c: 61000054                       b.ne #0xc
   260: e00308aa                       mov x0, x8
   264: 00000094                       bl #0x0
        # hole +0x264: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   268: e80240f9                       ldr x8, [x23]
   26c: f90700f9                       str x25, [sp, #0x8]
   270: 080500f1                       subs x8, x8, #0x1
   274: e80200f9                       str x8, [x23]
   278: 61000054                       b.ne #0xc
   27c: e00317aa                       mov x0, x23
   280: 00000094                       bl #0x0
        # hole +0x280: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   284: 352800b4                       cbz x21, #0x504
   288: f51f00f9                       str x21, [sp, #0x38]
   28c: 15160037                       tbnz w21, #0x0, #0x2c0
   290: 3d008052                       mov w29, #0x1
   294: 1900f8d2                       mov x25, #-0x4000000000000000
   298: a80a40b9                       ldr w8, [x21, #0x8]
   29c: 1f110071                       cmp w8, #0x4
   2a0: 61150054                       b.ne #0x2ac
   2a4: aaa643a9                       ldp x10, x9, [x21, #0x38]
   2a8: a81a40f9                       ldr x8, [x21, #0x30]
   2ac: 3f0500f1                       cmp x9, #0x1
   2b0: 2b080054                       b.lt #0x104
   2b4: 1f010aeb                       cmp x8, x10
   2b8: 2a080054                       b.ge #0x104
   2bc: 0901098b                       add x9, x8, x9
   2c0: a80708aa                       orr x8, x29, x8, lsl #1
   2c4: e01340f9                       ldr x0, [sp, #0x20]
   2c8: a91a00f9                       str x9, [x21, #0x30]
   2cc: e82300f9                       str x8, [sp, #0x40]
   2d0: e81300f9                       str x8, [sp, #0x20]
   2d4: a0000037                       tbnz w0, #0x0, #0x14
   2d8: 080040f9                       ldr x8, [x0]
   2dc: 080500f1                       subs x8, x8, #0x1
   2e0: 080000f9                       str x8, [x0]
   2e4: 000c0054                       b.eq #0x180
   2e8: e90b40f9                       ldr x9, [sp, #0x10]
   2ec: 290c0037                       tbnz w9, #0x0, #0x184
   2f0: 280140f9                       ldr x8, [x9]
   2f4: 08050091                       add x8, x8, #0x1
   2f8: 280100f9                       str x8, [x9]
   2fc: e80f40f9                       ldr x8, [sp, #0x18]
   300: e92300f9                       str x9, [sp, #0x40]
   304: c80b0036                       tbz w8, #0x0, #0x178
   308: e91340f9                       ldr x9, [sp, #0x20]
   30c: e82700f9                       str x8, [sp, #0x48]
   310: a9000037                       tbnz w9, #0x0, #0x14
   314: 280140f9                       ldr x8, [x9]
   318: 08050091                       add x8, x8, #0x1
   31c: 280100f9                       str x8, [x9]
   320: e82740f9                       ldr x8, [sp, #0x48]
   324: 0afd4193                       asr x10, x8, #1
   328: 2bfd4193                       asr x11, x9, #1
   32c: e92b00f9                       str x9, [sp, #0x50]
   330: 487d0b9b                       mul x8, x10, x11
   334: 4a7d4b9b                       smulh x10, x10, x11
   338: 5ffd88eb                       cmp x10, x8, asr #63
   33c: e11b0054                       b.ne #0x37c
   340: 0901198b                       add x9, x8, x25
   344: a91bf8b6                       tbz x9, #0x3f, #0x374
   348: aa0708aa                       orr x10, x29, x8, lsl #1
   34c: e92340f9                       ldr x9, [sp, #0x40]
   350: ea2700f9                       str x10, [sp, #0x48]
   354: e91c0036                       tbz w9, #0x0, #0x39c
   358: 0805898b                       add x8, x8, x9, asr #1
   35c: 1f0119ab                       cmn x8, x25
   360: c51d0054                       b.pl #0x3b8
   364: a80708aa                       orr x8, x29, x8, lsl #1
   368: e00b40f9                       ldr x0, [sp, #0x10]
   36c: e82300f9                       str x8, [sp, #0x40]
   370: e80b00f9                       str x8, [sp, #0x10]
   374: c0000037                       tbnz w0, #0x0, #0x18
   378: 080040f9                       ldr x8, [x0]
   37c: 080500f1                       subs x8, x8, #0x1
   380: 080000f9                       str x8, [x0]
   384: 41000054                       b.ne #0x8
   388: 00000094                       bl #0x0
        # hole +0x388: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   38c: c80240f9                       ldr x8, [x22]
   390: c81200b5                       cbnz x8, #0x258
   394: c8a640a9                       ldp x8, x9, [x22, #0x8]
   398: 08050091                       add x8, x8, #0x1
   39c: 1f0109eb                       cmp x8, x9
   3a0: c80600f9                       str x8, [x22, #0x8]
   3a4: aa130054                       b.ge #0x274
   3a8: f51f40f9                       ldr x21, [sp, #0x38]
   3ac: 75f70736                       tbz w21, #0x0, #-0x114
   3b0: 67000014                       b #0x19c
   3b4: 1f010aeb                       cmp x8, x10
   3b8: 2cf8ff54                       b.gt #-0xfc
   3bc: a80240f9                       ldr x8, [x21]
   3c0: 080500f1                       subs x8, x8, #0x1
   3c4: a80200f9                       str x8, [x21]
   3c8: 61000054                       b.ne #0xc
   3cc: e00315aa                       mov x0, x21
   3d0: 00000094                       bl #0x0
        # hole +0x3d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3d4: e81b40f9                       ldr x8, [sp, #0x30]
   3d8: 080f0037                       tbnz w8, #0x0, #0x1e0
   3dc: 090940b9                       ldr w9, [x8, #0x8]
   3e0: 3f110071                       cmp w9, #0x4
   3e4: a10e0054                       b.ne #0x1d4
   3e8: 0ba943a9                       ldp x11, x10, [x8, #0x38]
   3ec: 091940f9                       ldr x9, [x8, #0x30]
   3f0: 5f0500f1                       cmp x10, #0x1
   3f4: 8b000054                       b.lt #0x10
   3f8: 3f010beb                       cmp x9, x11
   3fc: 8b000054                       b.lt #0x10
   400: 93000014                       b #0x24c
   404: 3f010beb                       cmp x9, x11
   408: 2d120054                       b.le #0x244
   40c: 2a010a8b                       add x10, x9, x10
   410: a90709aa                       orr x9, x29, x9, lsl #1
   414: e00f40f9                       ldr x0, [sp, #0x18]
   418: 0a1900f9                       str x10, [x8, #0x30]
   41c: e91f00f9                       str x9, [sp, #0x38]
   420: e90f00f9                       str x9, [sp, #0x18]
   424: a0000037                       tbnz w0, #0x0, #0x14
   428: 080040f9                       ldr x8, [x0]
   42c: 080500f1                       subs x8, x8, #0x1
   430: 080000f9                       str x8, [x0]
   434: 20030054                       b.eq #0x64
   438: f7031caa                       mov x23, x28
   43c: 57030037                       tbnz w23, #0x0, #0x68
   440: e80240f9                       ldr x8, [x23]
   444: 08050091                       add x8, x8, #0x1
   448: e80200f9                       str x8, [x23]
   44c: e81740f9                       ldr x8, [sp, #0x28]
   450: f71f00f9                       str x23, [sp, #0x38]
   454: e8020036                       tbz w8, #0x0, #0x5c
   458: e82300f9                       str x8, [sp, #0x40]
   45c: 77030036                       tbz w23, #0x0, #0x6c
   460: 88000014                       b #0x220
   464: 00000094                       bl #0x0
        # hole +0x464: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   468: e90b40f9                       ldr x9, [sp, #0x10]
   46c: 29f40736                       tbz w9, #0x0, #-0x17c
   470: e80f40f9                       ldr x8, [sp, #0x18]
   474: e92300f9                       str x9, [sp, #0x40]
   478: 88f40737                       tbnz w8, #0x0, #-0x170
   47c: 090140f9                       ldr x9, [x8]
   480: 29050091                       add x9, x9, #0x1
   484: 090100f9                       str x9, [x8]
   488: e91340f9                       ldr x9, [sp, #0x20]
   48c: e82700f9                       str x8, [sp, #0x48]
   490: 29f40736                       tbz w9, #0x0, #-0x17c
   494: a4ffff17                       b #-0x170
   498: 00000094                       bl #0x0
        # hole +0x498: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   49c: f7031caa                       mov x23, x28
   4a0: 17fd0736                       tbz w23, #0x0, #-0x60
   4a4: e81740f9                       ldr x8, [sp, #0x28]
   4a8: f71f00f9                       str x23, [sp, #0x38]
   4ac: 68fd0737                       tbnz w8, #0x0, #-0x54
   4b0: 090140f9                       ldr x9, [x8]
   4b4: 29050091                       add x9, x9, #0x1
   4b8: 090100f9                       str x9, [x8]
   4bc: f71f40f9                       ldr x23, [sp, #0x38]
   4c0: e82300f9                       str x8, [sp, #0x40]
   4c4: f70d0037                       tbnz w23, #0x0, #0x1bc
   4c8: e80a40b9                       ldr w8, [x23, #0x8]
   4cc: 1f210071                       cmp w8, #0x8
   4d0: 810d0054                       b.ne #0x1b0
   4d4: e81e40f9                       ldr x8, [x23, #0x38]
   4d8: e9430091                       add x9, sp, #0x10
   4dc: e00316aa                       mov x0, x22
   4e0: 21c10091                       add x1, x9, #0x30
   4e4: 22008052                       mov w2, #0x1
   4e8: 00013fd6                       blr x8
   4ec: e82340f9                       ldr x8, [sp, #0x40]
   4f0: f50300aa                       mov x21, x0
   4f4: a8000037                       tbnz w8, #0x0, #0x14
   4f8: 090140f9                       ldr x9, [x8]
   4fc: 290500f1                       subs x9, x9, #0x1
   500: 090100f9                       str x9, [x8]
   504: e0000054                       b.eq #0x1c
   508: e80240f9                       ldr x8, [x23]
   50c: 080500f1                       subs x8, x8, #0x1
   510: e80200f9                       str x8, [x23]
   514: 20010054                       b.eq #0x24
   518: 750100b5                       cbnz x21, #0x2c
   51c: 8d000014                       b #0x234
   520: e00308aa                       mov x0, x8
   524: 00000094                       bl #0x0
        # hole +0x524: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   528: e80240f9                       ldr x8, [x23]
   52c: 080500f1                       subs x8, x8, #0x1
   530: e80200f9                       str x8, [x23]
   534: 21ffff54                       b.ne #-0x1c
   538: e00317aa                       mov x0, x23
   53c: 00000094                       bl #0x0
        # hole +0x53c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   540: 951000b4                       cbz x21, #0x210
   544: f51f00f9                       str x21, [sp, #0x38]
   548: 95ea0736                       tbz w21, #0x0, #-0x2b0
   54c: 0a0080d2                       mov x10, #0x0
        # hole +0x54c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   550: e9031f2a                       mov w9, wzr
   554: e8031f2a                       mov w8, wzr
   558: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x558: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   55c: 23008052                       mov w3, #0x1
   560: 0c068052                       mov w12, #0x30
   564: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x564: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   568: 45018052                       mov w5, #0xa
   56c: 2b008052                       mov w11, #0x1
   570: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x570: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   574: 44050091                       add x4, x10, #0x1
   578: f90740f9                       ldr x25, [sp, #0x8]
   57c: 2a008052                       mov w10, #0x1
   580: cbfeff17                       b #-0x4d4
   584: 0b0080d2                       mov x11, #0x0
        # hole +0x584: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   588: ea031f2a                       mov w10, wzr
   58c: e9031f2a                       mov w9, wzr
   590: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x590: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   594: e8031f2a                       mov w8, wzr
   598: 23008052                       mov w3, #0x1
   59c: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x59c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   5a0: 0c078052                       mov w12, #0x38
   5a4: c5088052                       mov w5, #0x46
   5a8: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x5a8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   5ac: 641d0091                       add x4, x11, #0x7
   5b0: 2b008052                       mov w11, #0x1
   5b4: befeff17                       b #-0x508
   5b8: 0c0080d2                       mov x12, #0x0
        # hole +0x5b8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   5bc: f90740f9                       ldr x25, [sp, #0x8]
   5c0: eb031f2a                       mov w11, wzr
   5c4: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x5c4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   5c8: ea031f2a                       mov w10, wzr
   5cc: e9031f2a                       mov w9, wzr
   5d0: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x5d0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   5d4: e8031f2a                       mov w8, wzr
   5d8: 23008052                       mov w3, #0x1
   5dc: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x5dc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   5e0: 45018052                       mov w5, #0xa
   5e4: b0feff17                       b #-0x540
   5e8: 0a0080d2                       mov x10, #0x0
        # hole +0x5e8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   5ec: e9031f2a                       mov w9, wzr
   5f0: e8031f2a                       mov w8, wzr
   5f4: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x5f4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   5f8: 2b008052                       mov w11, #0x1
   5fc: 43008052                       mov w3, #0x2
   600: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x600: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   604: 0c068052                       mov w12, #0x30
   608: 050f8052                       mov w5, #0x78
   60c: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x60c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   610: 44310091                       add x4, x10, #0xc
   614: d9ffff17                       b #-0x9c
   618: 0a0080d2                       mov x10, #0x0
        # hole +0x618: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   61c: 2b008052                       mov w11, #0x1
   620: e9031f2a                       mov w9, wzr
   624: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x624: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   628: e8031f2a                       mov w8, wzr
   62c: 43008052                       mov w3, #0x2
   630: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x630: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   634: cb0200f9                       str x11, [x22]
   638: 0c068052                       mov w12, #0x30
   63c: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x63c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   640: 45108052                       mov w5, #0x82
   644: 44350091                       add x4, x10, #0xd
   648: ccffff17                       b #-0xd0
   64c: 0c0080d2                       mov x12, #0x0
        # hole +0x64c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   650: f90740f9                       ldr x25, [sp, #0x8]
   654: eb031f2a                       mov w11, wzr
   658: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x658: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   65c: ea031f2a                       mov w10, wzr
   660: e9031f2a                       mov w9, wzr
   664: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x664: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   668: e8031f2a                       mov w8, wzr
   66c: 43008052                       mov w3, #0x2
   670: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x670: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   674: 85028052                       mov w5, #0x14
   678: 84090091                       add x4, x12, #0x2
   67c: 8bfeff17                       b #-0x5d4
   680: 0b0080d2                       mov x11, #0x0
        # hole +0x680: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   684: f90740f9                       ldr x25, [sp, #0x8]
   688: ea031f2a                       mov w10, wzr
   68c: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x68c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   690: e9031f2a                       mov w9, wzr
   694: e8031f2a                       mov w8, wzr
   698: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x698: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   69c: 23008052                       mov w3, #0x1
   6a0: 0c078052                       mov w12, #0x38
   6a4: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x6a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   6a8: c5088052                       mov w5, #0x46
   6ac: 641d0091                       add x4, x11, #0x7
   6b0: 2b008052                       mov w11, #0x1
   6b4: 7efeff17                       b #-0x608
   6b8: 090080d2                       mov x9, #0x0
        # hole +0x6b8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   6bc: f90740f9                       ldr x25, [sp, #0x8]
   6c0: ea031f2a                       mov w10, wzr
   6c4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x6c4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   6c8: e8031f2a                       mov w8, wzr
   6cc: 23008052                       mov w3, #0x1
   6d0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x6d0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   6d4: 0c098052                       mov w12, #0x48
   6d8: 050a8052                       mov w5, #0x50
   6dc: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x6dc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   6e0: 2b008052                       mov w11, #0x1
   6e4: 24210091                       add x4, x9, #0x8
   6e8: 29008052                       mov w9, #0x1
   6ec: 70feff17                       b #-0x640
   6f0: 080080d2                       mov x8, #0x0
        # hole +0x6f0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   6f4: ea031f2a                       mov w10, wzr
   6f8: 23008052                       mov w3, #0x1
   6fc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6fc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   700: 0c088052                       mov w12, #0x40
   704: 450b8052                       mov w5, #0x5a
   708: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x708: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   70c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x70c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   710: 04250091                       add x4, x8, #0x9
   714: 0a000014                       b #0x28
   718: 080080d2                       mov x8, #0x0
        # hole +0x718: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   71c: ea031f2a                       mov w10, wzr
   720: 23008052                       mov w3, #0x1
   724: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x724: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   728: 0c088052                       mov w12, #0x40
   72c: 850c8052                       mov w5, #0x64
   730: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x730: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   734: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x734: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   738: 04290091                       add x4, x8, #0xa
   73c: f90740f9                       ldr x25, [sp, #0x8]
   740: 2b008052                       mov w11, #0x1
   744: 29008052                       mov w9, #0x1
   748: 28008052                       mov w8, #0x1
   74c: 58feff17                       b #-0x6a0
   750: 0c0080d2                       mov x12, #0x0
        # hole +0x750: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   754: eb031f2a                       mov w11, wzr
   758: ea031f2a                       mov w10, wzr
   75c: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x75c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   760: e9031f2a                       mov w9, wzr
   764: e8031f2a                       mov w8, wzr
   768: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x768: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   76c: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x76c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   770: f90740f9                       ldr x25, [sp, #0x8]
   774: 841d0091                       add x4, x12, #0x7
   778: 63008052                       mov w3, #0x3
   77c: 0c058052                       mov w12, #0x28
   780: c5088052                       mov w5, #0x46
   784: 4afeff17                       b #-0x6d8
   788: 0c0080d2                       mov x12, #0x0
        # hole +0x788: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   78c: eb031f2a                       mov w11, wzr
   790: ea031f2a                       mov w10, wzr
   794: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x794: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   798: e9031f2a                       mov w9, wzr
   79c: e8031f2a                       mov w8, wzr
   7a0: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x7a0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7a4: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x7a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7a8: f2ffff17                       b #-0x38
