# stencil dot_product_float for aarch64-unknown-linux-gnu: 2548 code bytes, 0 data bytes, 28 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b01a9                       stp x29, x30, [sp, #0x10]
     c: 1ced41a9                       ldp x28, x27, [x8, #0x18]
    10: 150940f9                       ldr x21, [x8, #0x10]
    14: 7b020037                       tbnz w27, #0x0, #0x4c
    18: 690b40b9                       ldr w9, [x27, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 01020054                       b.ne #0x40
    24: 186540a9                       ldp x24, x25, [x8]
    28: 771b40f9                       ldr x23, [x27, #0x30]
    2c: 68a743a9                       ldp x8, x9, [x27, #0x38]
    30: 3f0500f1                       cmp x9, #0x1
    34: eb050054                       b.lt #0xbc
    38: ff0208eb                       cmp x23, x8
    3c: eb050054                       b.lt #0xbc
    40: ed031f2a                       mov w13, wzr
    44: e9031f2a                       mov w9, wzr
    48: eb031f2a                       mov w11, wzr
    4c: ea031f2a                       mov w10, wzr
    50: 4c008052                       mov w12, #0x2
    54: 1d058052                       mov w29, #0x28
    58: 85028052                       mov w5, #0x14
    5c: 08000014                       b #0x20
    60: ed031f2a                       mov w13, wzr
    64: e9031f2a                       mov w9, wzr
    68: eb031f2a                       mov w11, wzr
    6c: ea031f2a                       mov w10, wzr
    70: 2c008052                       mov w12, #0x1
    74: 1d058052                       mov w29, #0x28
    78: 45018052                       mov w5, #0xa
    7c: f3031caa                       mov x19, x28
    80: e3030c2a                       mov w3, w12
    84: 8f0e40f9                       ldr x15, [x20, #0x18]
    88: ee0313aa                       mov x14, x19
    8c: f70319aa                       mov x23, x25
    90: e80318aa                       mov x8, x24
    94: 7f021ceb                       cmp x19, x28
    98: 40000054                       b.eq #0x8
    9c: f30d00f9                       str x19, [x15, #0x18]
    a0: 0d010034                       cbz w13, #0x20
    a4: f51500f9                       str x21, [x15, #0x28]
    a8: c9000037                       tbnz w9, #0x0, #0x18
    ac: e81900f9                       str x8, [x15, #0x30]
    b0: 8b000034                       cbz w11, #0x10
    b4: f71d00f9                       str x23, [x15, #0x38]
    b8: 4a000037                       tbnz w10, #0x0, #0x8
    bc: ee2100f9                       str x14, [x15, #0x40]
    c0: 080080d2                       mov x8, #0x0
        # hole +0xc0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    c4: e1011d8b                       add x1, x15, x29
    c8: e00314aa                       mov x0, x20
    cc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xcc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    d0: e20316aa                       mov x2, x22
    d4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xd4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    d8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xd8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    dc: 04010c8b                       add x4, x8, x12
    e0: 00000094                       bl #0x0
        # hole +0xe0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    e4: fd7b41a9                       ldp x29, x30, [sp, #0x10]
    e8: ff830091                       add sp, sp, #0x20
    ec: c0035fd6                       ret
    f0: ff0208eb                       cmp x23, x8
    f4: 6dfaff54                       b.le #-0xb4
    f8: e802098b                       add x8, x23, x9
    fc: 33008052                       mov w19, #0x1
   100: 681b00f9                       str x8, [x27, #0x30]
   104: fc000037                       tbnz w28, #0x0, #0x1c
   108: 880340f9                       ldr x8, [x28]
   10c: 080500f1                       subs x8, x8, #0x1
   110: 880300f9                       str x8, [x28]
   114: 61000054                       b.ne #0xc
   118: e0031caa                       mov x0, x28
   11c: 00000094                       bl #0x0
        # hole +0x11c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   120: f3fa7fb3                       bfi x19, x23, #1, #63
   124: 95000037                       tbnz w21, #0x0, #0x10
   128: a80240f9                       ldr x8, [x21]
   12c: 08050091                       add x8, x8, #0x1
   130: a80200f9                       str x8, [x21]
   134: d8020037                       tbnz w24, #0x0, #0x58
   138: 080340f9                       ldr x8, [x24]
   13c: 090b40b9                       ldr w9, [x24, #0x8]
   140: 08050091                       add x8, x8, #0x1
   144: 3f0d0071                       cmp w9, #0x3
   148: 080300f9                       str x8, [x24]
   14c: 01020054                       b.ne #0x40
   150: e8fa7fd3                       lsl x8, x23, #1
   154: 17fd4193                       asr x23, x8, #1
   158: b701f8b7                       tbnz x23, #0x3f, #0x34
   15c: 081b40f9                       ldr x8, [x24, #0x30]
   160: ff0208eb                       cmp x23, x8
   164: 4a010054                       b.ge #0x28
   168: 082340f9                       ldr x8, [x24, #0x40]
   16c: 1a7977f8                       ldr x26, [x8, x23, lsl #3]
   170: da010036                       tbz w26, #0x0, #0x38
   174: 080340f9                       ldr x8, [x24]
   178: 080500f1                       subs x8, x8, #0x1
   17c: 080300f9                       str x8, [x24]
   180: 20020054                       b.eq #0x44
   184: 79020036                       tbz w25, #0x0, #0x4c
   188: 24000014                       b #0x90
   18c: e9031f2a                       mov w9, wzr
   190: 23008052                       mov w3, #0x1
   194: 1d088052                       mov w29, #0x40
   198: 050a8052                       mov w5, #0x50
   19c: 0c018052                       mov w12, #0x8
   1a0: f90313aa                       mov x25, x19
   1a4: 3f010014                       b #0x4fc
   1a8: 480340f9                       ldr x8, [x26]
   1ac: 08050091                       add x8, x8, #0x1
   1b0: 480300f9                       str x8, [x26]
   1b4: 080340f9                       ldr x8, [x24]
   1b8: 080500f1                       subs x8, x8, #0x1
   1bc: 080300f9                       str x8, [x24]
   1c0: 21feff54                       b.ne #-0x3c
   1c4: e00318aa                       mov x0, x24
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: 79020037                       tbnz w25, #0x0, #0x4c
   1d0: 280340f9                       ldr x8, [x25]
   1d4: 290b40b9                       ldr w9, [x25, #0x8]
   1d8: 08050091                       add x8, x8, #0x1
   1dc: 3f0d0071                       cmp w9, #0x3
   1e0: 280300f9                       str x8, [x25]
   1e4: a1010054                       b.ne #0x34
   1e8: 281b40f9                       ldr x8, [x25, #0x30]
   1ec: ff0208eb                       cmp x23, x8
   1f0: 4a010054                       b.ge #0x28
   1f4: 282340f9                       ldr x8, [x25, #0x40]
   1f8: 177977f8                       ldr x23, [x8, x23, lsl #3]
   1fc: 37020036                       tbz w23, #0x0, #0x44
   200: 280340f9                       ldr x8, [x25]
   204: 080500f1                       subs x8, x8, #0x1
   208: 280300f9                       str x8, [x25]
   20c: 80020054                       b.eq #0x50
   210: da020036                       tbz w26, #0x0, #0x58
   214: 1c010014                       b #0x470
   218: e9031f2a                       mov w9, wzr
   21c: ea031f2a                       mov w10, wzr
   220: 23008052                       mov w3, #0x1
   224: 1d098052                       mov w29, #0x48
   228: c50d8052                       mov w5, #0x6e
   22c: 6c018052                       mov w12, #0xb
   230: f8031aaa                       mov x24, x26
   234: 2d008052                       mov w13, #0x1
   238: 2b008052                       mov w11, #0x1
   23c: 92ffff17                       b #-0x1b8
   240: e80240f9                       ldr x8, [x23]
   244: 08050091                       add x8, x8, #0x1
   248: e80200f9                       str x8, [x23]
   24c: 280340f9                       ldr x8, [x25]
   250: 080500f1                       subs x8, x8, #0x1
   254: 280300f9                       str x8, [x25]
   258: c1fdff54                       b.ne #-0x48
   25c: e00319aa                       mov x0, x25
   260: 00000094                       bl #0x0
        # hole +0x260: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   264: 1a210037                       tbnz w26, #0x0, #0x420
   268: 480b40b9                       ldr w8, [x26, #0x8]
   26c: 1f090071                       cmp w8, #0x2
   270: a1200054                       b.ne #0x414
   274: 97200037                       tbnz w23, #0x0, #0x410
   278: e80a40b9                       ldr w8, [x23, #0x8]
   27c: 1f090071                       cmp w8, #0x2
   280: 21200054                       b.ne #0x404
   284: 480340f9                       ldr x8, [x26]
   288: 481b40fd                       ldr d8, [x26, #0x30]
   28c: e91a40fd                       ldr d9, [x23, #0x30]
   290: 080500f1                       subs x8, x8, #0x1
   294: 480300f9                       str x8, [x26]
   298: 20220054                       b.eq #0x444
   29c: 0809691e                       fmul d8, d8, d9
   2a0: e80240f9                       ldr x8, [x23]
   2a4: 080500f1                       subs x8, x8, #0x1
   2a8: e80200f9                       str x8, [x23]
   2ac: 60220054                       b.eq #0x44c
   2b0: 0041601e                       fmov d0, d8
   2b4: e00316aa                       mov x0, x22
   2b8: 00000094                       bl #0x0
        # hole +0x2b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2bc: a02200b4                       cbz x0, #0x454
   2c0: 951f0037                       tbnz w21, #0x0, #0x3f0
   2c4: a80a40b9                       ldr w8, [x21, #0x8]
   2c8: e9031f2a                       mov w9, wzr
   2cc: 23008052                       mov w3, #0x1
   2d0: 1d078052                       mov w29, #0x38
   2d4: 85118052                       mov w5, #0x8c
   2d8: cc018052                       mov w12, #0xe
   2dc: 1f090071                       cmp w8, #0x2
   2e0: e1220054                       b.ne #0x45c
   2e4: c0220037                       tbnz w0, #0x0, #0x458
   2e8: 080840b9                       ldr w8, [x0, #0x8]
   2ec: 1f090071                       cmp w8, #0x2
   2f0: 011e0054                       b.ne #0x3c0
   2f4: a80240f9                       ldr x8, [x21]
   2f8: a81a40fd                       ldr d8, [x21, #0x30]
   2fc: 091840fd                       ldr d9, [x0, #0x30]
   300: 080500f1                       subs x8, x8, #0x1
   304: a80200f9                       str x8, [x21]
   308: 60220054                       b.eq #0x44c
   30c: 0829691e                       fadd d8, d8, d9
   310: 080040f9                       ldr x8, [x0]
   314: fa0300aa                       mov x26, x0
   318: 080500f1                       subs x8, x8, #0x1
   31c: 080000f9                       str x8, [x0]
   320: a0220054                       b.eq #0x454
   324: 0041601e                       fmov d0, d8
   328: e00316aa                       mov x0, x22
   32c: 00000094                       bl #0x0
        # hole +0x32c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   330: e02200b4                       cbz x0, #0x45c
   334: a80240f9                       ldr x8, [x21]
   338: 080500f1                       subs x8, x8, #0x1
   33c: a80200f9                       str x8, [x21]
   340: a1000054                       b.ne #0x14
   344: fd0300aa                       mov x29, x0
   348: e00315aa                       mov x0, x21
   34c: 00000094                       bl #0x0
        # hole +0x34c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   350: e0031daa                       mov x0, x29
   354: c8a640a9                       ldp x8, x9, [x22, #0x8]
   358: 08050091                       add x8, x8, #0x1
   35c: 1f0109eb                       cmp x8, x9
   360: c80600f9                       str x8, [x22, #0x8]
   364: e8031aaa                       mov x8, x26
   368: ea2d0054                       b.ge #0x5bc
   36c: c90240f9                       ldr x9, [x22]
   370: 492200b5                       cbnz x9, #0x448
   374: 690b40b9                       ldr w9, [x27, #0x8]
   378: 3f110071                       cmp w9, #0x4
   37c: 81220054                       b.ne #0x450
   380: 1d058052                       mov w29, #0x28
   384: ee0313aa                       mov x14, x19
   388: e00700f9                       str x0, [sp, #0x8]
   38c: 6a2340f9                       ldr x10, [x27, #0x40]
   390: 691b40f9                       ldr x9, [x27, #0x30]
   394: 5f0500f1                       cmp x10, #0x1
   398: ab000054                       b.lt #0x14
   39c: 6b1f40f9                       ldr x11, [x27, #0x38]
   3a0: 3f010beb                       cmp x9, x11
   3a4: ab000054                       b.lt #0x14
   3a8: 33010014                       b #0x4cc
   3ac: 6b1f40f9                       ldr x11, [x27, #0x38]
   3b0: 3f010beb                       cmp x9, x11
   3b4: 0d260054                       b.le #0x4c0
   3b8: 28010a8b                       add x8, x9, x10
   3bc: ea0740f9                       ldr x10, [sp, #0x8]
   3c0: 681b00f9                       str x8, [x27, #0x30]
   3c4: 8a000037                       tbnz w10, #0x0, #0x10
   3c8: 480140f9                       ldr x8, [x10]
   3cc: 08050091                       add x8, x8, #0x1
   3d0: 480100f9                       str x8, [x10]
   3d4: 080340f9                       ldr x8, [x24]
   3d8: 0a0b40b9                       ldr w10, [x24, #0x8]
   3dc: 33008052                       mov w19, #0x1
   3e0: 33f97fb3                       bfi x19, x9, #1, #63
   3e4: 08050091                       add x8, x8, #0x1
   3e8: 5f0d0071                       cmp w10, #0x3
   3ec: 080300f9                       str x8, [x24]
   3f0: 01260054                       b.ne #0x4c0
   3f4: 28f97fd3                       lsl x8, x9, #1
   3f8: 17fd4193                       asr x23, x8, #1
   3fc: b725f8b7                       tbnz x23, #0x3f, #0x4b4
   400: 081b40f9                       ldr x8, [x24, #0x30]
   404: ff0208eb                       cmp x23, x8
   408: 4a250054                       b.ge #0x4a8
   40c: 082340f9                       ldr x8, [x24, #0x40]
   410: 1a7977f8                       ldr x26, [x8, x23, lsl #3]
   414: 9a010036                       tbz w26, #0x0, #0x30
   418: 080340f9                       ldr x8, [x24]
   41c: 080500f1                       subs x8, x8, #0x1
   420: 080300f9                       str x8, [x24]
   424: e0010054                       b.eq #0x3c
   428: 280340f9                       ldr x8, [x25]
   42c: 290b40b9                       ldr w9, [x25, #0x8]
   430: 08050091                       add x8, x8, #0x1
   434: 3f0d0071                       cmp w9, #0x3
   438: 280300f9                       str x8, [x25]
   43c: 20020054                       b.eq #0x44
   440: 24010014                       b #0x490
   444: 480340f9                       ldr x8, [x26]
   448: 08050091                       add x8, x8, #0x1
   44c: 480300f9                       str x8, [x26]
   450: 080340f9                       ldr x8, [x24]
   454: 080500f1                       subs x8, x8, #0x1
   458: 080300f9                       str x8, [x24]
   45c: 61feff54                       b.ne #-0x34
   460: e00318aa                       mov x0, x24
   464: 00000094                       bl #0x0
        # hole +0x464: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   468: 280340f9                       ldr x8, [x25]
   46c: 290b40b9                       ldr w9, [x25, #0x8]
   470: 08050091                       add x8, x8, #0x1
   474: 3f0d0071                       cmp w9, #0x3
   478: 280300f9                       str x8, [x25]
   47c: a1220054                       b.ne #0x454
   480: 281b40f9                       ldr x8, [x25, #0x30]
   484: ff0208eb                       cmp x23, x8
   488: 4a220054                       b.ge #0x448
   48c: 282340f9                       ldr x8, [x25, #0x40]
   490: 177977f8                       ldr x23, [x8, x23, lsl #3]
   494: f7000036                       tbz w23, #0x0, #0x1c
   498: 280340f9                       ldr x8, [x25]
   49c: 080500f1                       subs x8, x8, #0x1
   4a0: 280300f9                       str x8, [x25]
   4a4: 40010054                       b.eq #0x28
   4a8: 9a010036                       tbz w26, #0x0, #0x30
   4ac: e6000014                       b #0x398
   4b0: e80240f9                       ldr x8, [x23]
   4b4: 08050091                       add x8, x8, #0x1
   4b8: e80200f9                       str x8, [x23]
   4bc: 280340f9                       ldr x8, [x25]
   4c0: 080500f1                       subs x8, x8, #0x1
   4c4: 280300f9                       str x8, [x25]
   4c8: 01ffff54                       b.ne #-0x20
   4cc: e00319aa                       mov x0, x25
   4d0: 00000094                       bl #0x0
        # hole +0x4d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4d4: 9a1b0037                       tbnz w26, #0x0, #0x370
   4d8: 480b40b9                       ldr w8, [x26, #0x8]
   4dc: 1f090071                       cmp w8, #0x2
   4e0: 211b0054                       b.ne #0x364
   4e4: 171b0037                       tbnz w23, #0x0, #0x360
   4e8: e80a40b9                       ldr w8, [x23, #0x8]
   4ec: 1f090071                       cmp w8, #0x2
   4f0: a11a0054                       b.ne #0x354
   4f4: 480340f9                       ldr x8, [x26]
   4f8: 481b40fd                       ldr d8, [x26, #0x30]
   4fc: e91a40fd                       ldr d9, [x23, #0x30]
   500: 080500f1                       subs x8, x8, #0x1
   504: 480300f9                       str x8, [x26]
   508: 60010054                       b.eq #0x2c
   50c: e80240f9                       ldr x8, [x23]
   510: 080500f1                       subs x8, x8, #0x1
   514: e80200f9                       str x8, [x23]
   518: a0010054                       b.eq #0x34
   51c: 0009691e                       fmul d0, d8, d9
   520: e00316aa                       mov x0, x22
   524: 00000094                       bl #0x0
        # hole +0x524: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   528: e00300f9                       str x0, [sp]
   52c: e00100b5                       cbnz x0, #0x3c
   530: 1b010014                       b #0x46c
   534: e0031aaa                       mov x0, x26
   538: 00000094                       bl #0x0
        # hole +0x538: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   53c: e80240f9                       ldr x8, [x23]
   540: 080500f1                       subs x8, x8, #0x1
   544: e80200f9                       str x8, [x23]
   548: a1feff54                       b.ne #-0x2c
   54c: e00317aa                       mov x0, x23
   550: 00000094                       bl #0x0
        # hole +0x550: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   554: 0009691e                       fmul d0, d8, d9
   558: e00316aa                       mov x0, x22
   55c: 00000094                       bl #0x0
        # hole +0x55c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   560: e00300f9                       str x0, [sp]
   564: c02100b4                       cbz x0, #0x438
   568: e00740f9                       ldr x0, [sp, #0x8]
   56c: 80190037                       tbnz w0, #0x0, #0x330
   570: 080840b9                       ldr w8, [x0, #0x8]
   574: 23008052                       mov w3, #0x1
   578: 1f090071                       cmp w8, #0x2
   57c: 01150054                       b.ne #0x2a0
   580: e80340f9                       ldr x8, [sp]
   584: 88130037                       tbnz w8, #0x0, #0x270
   588: 080940b9                       ldr w8, [x8, #0x8]
   58c: 1f090071                       cmp w8, #0x2
   590: a11b0054                       b.ne #0x374
   594: e82b40a9                       ldp x8, x10, [sp]
   598: 490140f9                       ldr x9, [x10]
   59c: 481940fd                       ldr d8, [x10, #0x30]
   5a0: 091940fd                       ldr d9, [x8, #0x30]
   5a4: 280500f1                       subs x8, x9, #0x1
   5a8: 480100f9                       str x8, [x10]
   5ac: 60010054                       b.eq #0x2c
   5b0: e80340f9                       ldr x8, [sp]
   5b4: 090140f9                       ldr x9, [x8]
   5b8: 290500f1                       subs x9, x9, #0x1
   5bc: 090100f9                       str x9, [x8]
   5c0: a0010054                       b.eq #0x34
   5c4: 0029691e                       fadd d0, d8, d9
   5c8: e00316aa                       mov x0, x22
   5cc: 00000094                       bl #0x0
        # hole +0x5cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   5d0: e00100b5                       cbnz x0, #0x3c
   5d4: fe000014                       b #0x3f8
   5d8: e00740f9                       ldr x0, [sp, #0x8]
   5dc: 00000094                       bl #0x0
        # hole +0x5dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5e0: e80340f9                       ldr x8, [sp]
   5e4: 090140f9                       ldr x9, [x8]
   5e8: 290500f1                       subs x9, x9, #0x1
   5ec: 090100f9                       str x9, [x8]
   5f0: a1feff54                       b.ne #-0x2c
   5f4: e00340f9                       ldr x0, [sp]
   5f8: 00000094                       bl #0x0
        # hole +0x5f8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5fc: 0029691e                       fadd d0, d8, d9
   600: e00316aa                       mov x0, x22
   604: 00000094                       bl #0x0
        # hole +0x604: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   608: 201e00b4                       cbz x0, #0x3c4
   60c: e90740f9                       ldr x9, [sp, #0x8]
   610: fa0300aa                       mov x26, x0
   614: 280140f9                       ldr x8, [x9]
   618: 080500f1                       subs x8, x8, #0x1
   61c: 280100f9                       str x8, [x9]
   620: 61000054                       b.ne #0xc
   624: e00740f9                       ldr x0, [sp, #0x8]
   628: 00000094                       bl #0x0
        # hole +0x628: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   62c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   630: 08050091                       add x8, x8, #0x1
   634: 1f0109eb                       cmp x8, x9
   638: c80600f9                       str x8, [x22, #0x8]
   63c: 0a170054                       b.ge #0x2e0
   640: c80240f9                       ldr x8, [x22]
   644: 681900b5                       cbnz x8, #0x32c
   648: 680b40b9                       ldr w8, [x27, #0x8]
   64c: ed031f2a                       mov w13, wzr
   650: e9031f2a                       mov w9, wzr
   654: eb031f2a                       mov w11, wzr
   658: ea031f2a                       mov w10, wzr
   65c: 23008052                       mov w3, #0x1
   660: 1f110071                       cmp w8, #0x4
   664: e80340f9                       ldr x8, [sp]
   668: ee0313aa                       mov x14, x19
   66c: e0031aaa                       mov x0, x26
   670: 2c008052                       mov w12, #0x1
   674: 45018052                       mov w5, #0xa
   678: fa0700f9                       str x26, [sp, #0x8]
   67c: 80e8ff54                       b.eq #-0x2f0
   680: b4000014                       b #0x2d0
   684: e9031f2a                       mov w9, wzr
   688: 23008052                       mov w3, #0x1
   68c: 1d088052                       mov w29, #0x40
   690: 050f8052                       mov w5, #0x78
   694: 8c018052                       mov w12, #0xc
   698: f8031aaa                       mov x24, x26
   69c: f90317aa                       mov x25, x23
   6a0: 2d008052                       mov w13, #0x1
   6a4: 2b008052                       mov w11, #0x1
   6a8: 2a008052                       mov w10, #0x1
   6ac: 76feff17                       b #-0x628
   6b0: e9031f2a                       mov w9, wzr
   6b4: eb031f2a                       mov w11, wzr
   6b8: ea031f2a                       mov w10, wzr
   6bc: 23008052                       mov w3, #0x1
   6c0: 1d078052                       mov w29, #0x38
   6c4: 85118052                       mov w5, #0x8c
   6c8: cc018052                       mov w12, #0xe
   6cc: f80300aa                       mov x24, x0
   6d0: f90317aa                       mov x25, x23
   6d4: 2d008052                       mov w13, #0x1
   6d8: 6bfeff17                       b #-0x654
   6dc: e0031aaa                       mov x0, x26
   6e0: 00000094                       bl #0x0
        # hole +0x6e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   6e4: 0809691e                       fmul d8, d8, d9
   6e8: e80240f9                       ldr x8, [x23]
   6ec: 080500f1                       subs x8, x8, #0x1
   6f0: e80200f9                       str x8, [x23]
   6f4: e1ddff54                       b.ne #-0x444
   6f8: e00317aa                       mov x0, x23
   6fc: 00000094                       bl #0x0
        # hole +0x6fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   700: 0041601e                       fmov d0, d8
   704: e00316aa                       mov x0, x22
   708: 00000094                       bl #0x0
        # hole +0x708: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   70c: a0ddffb5                       cbnz x0, #-0x44c
   710: eb031f2a                       mov w11, wzr
   714: ea031f2a                       mov w10, wzr
   718: 2d008052                       mov w13, #0x1
   71c: 63008052                       mov w3, #0x3
   720: 1d068052                       mov w29, #0x30
   724: 45108052                       mov w5, #0x82
   728: ac018052                       mov w12, #0xd
   72c: f8031aaa                       mov x24, x26
   730: f90317aa                       mov x25, x23
   734: 29008052                       mov w9, #0x1
   738: 53feff17                       b #-0x6b4
   73c: f80300aa                       mov x24, x0
   740: f90317aa                       mov x25, x23
   744: 2d008052                       mov w13, #0x1
   748: eb03092a                       mov w11, w9
   74c: ea03092a                       mov w10, w9
   750: 4dfeff17                       b #-0x6cc
   754: fa0300aa                       mov x26, x0
   758: e00315aa                       mov x0, x21
   75c: 00000094                       bl #0x0
        # hole +0x75c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   760: 0829691e                       fadd d8, d8, d9
   764: 480340f9                       ldr x8, [x26]
   768: 080500f1                       subs x8, x8, #0x1
   76c: 480300f9                       str x8, [x26]
   770: a1ddff54                       b.ne #-0x44c
   774: e0031aaa                       mov x0, x26
   778: 00000094                       bl #0x0
        # hole +0x778: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   77c: 0041601e                       fmov d0, d8
   780: e00316aa                       mov x0, x22
   784: 00000094                       bl #0x0
        # hole +0x784: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   788: 60ddffb5                       cbnz x0, #-0x454
   78c: ed031f2a                       mov w13, wzr
   790: e9031f2a                       mov w9, wzr
   794: eb031f2a                       mov w11, wzr
   798: ea031f2a                       mov w10, wzr
   79c: 63008052                       mov w3, #0x3
   7a0: 1d058052                       mov w29, #0x28
   7a4: c5128052                       mov w5, #0x96
   7a8: ec018052                       mov w12, #0xf
   7ac: f8031aaa                       mov x24, x26
   7b0: f90317aa                       mov x25, x23
   7b4: 34feff17                       b #-0x730
   7b8: ed031f2a                       mov w13, wzr
   7bc: e9031f2a                       mov w9, wzr
   7c0: eb031f2a                       mov w11, wzr
   7c4: ea031f2a                       mov w10, wzr
   7c8: 5d000014                       b #0x174
   7cc: 2c008052                       mov w12, #0x1
   7d0: ed031f2a                       mov w13, wzr
   7d4: e9031f2a                       mov w9, wzr
   7d8: eb031f2a                       mov w11, wzr
   7dc: ea031f2a                       mov w10, wzr
   7e0: 1d058052                       mov w29, #0x28
   7e4: 45018052                       mov w5, #0xa
   7e8: ee0313aa                       mov x14, x19
   7ec: e3030c2a                       mov w3, w12
   7f0: 58000014                       b #0x160
   7f4: e00740f9                       ldr x0, [sp, #0x8]
   7f8: e9031f2a                       mov w9, wzr
   7fc: eb031f2a                       mov w11, wzr
   800: ea031f2a                       mov w10, wzr
   804: ee0313aa                       mov x14, x19
   808: cc018052                       mov w12, #0xe
   80c: 85118052                       mov w5, #0x8c
   810: 2d008052                       mov w13, #0x1
   814: 1d078052                       mov w29, #0x38
   818: 4e000014                       b #0x138
   81c: e9031f2a                       mov w9, wzr
   820: eb031f2a                       mov w11, wzr
   824: ea031f2a                       mov w10, wzr
   828: e80340f9                       ldr x8, [sp]
   82c: ee0313aa                       mov x14, x19
   830: cc018052                       mov w12, #0xe
   834: 85118052                       mov w5, #0x8c
   838: 2d008052                       mov w13, #0x1
   83c: 1d078052                       mov w29, #0x38
   840: 44000014                       b #0x110
   844: e00740f9                       ldr x0, [sp, #0x8]
   848: e9031f2a                       mov w9, wzr
   84c: 23008052                       mov w3, #0x1
   850: e8031aaa                       mov x8, x26
   854: ee0313aa                       mov x14, x19
   858: 8c018052                       mov w12, #0xc
   85c: 050f8052                       mov w5, #0x78
   860: 2d008052                       mov w13, #0x1
   864: 2b008052                       mov w11, #0x1
   868: 2a008052                       mov w10, #0x1
   86c: 1d088052                       mov w29, #0x40
   870: 38000014                       b #0xe0
   874: 4c008052                       mov w12, #0x2
   878: e00740f9                       ldr x0, [sp, #0x8]
   87c: ed031f2a                       mov w13, wzr
   880: e9031f2a                       mov w9, wzr
   884: eb031f2a                       mov w11, wzr
   888: ea031f2a                       mov w10, wzr
   88c: f3030eaa                       mov x19, x14
   890: e3030c2a                       mov w3, w12
   894: 85028052                       mov w5, #0x14
   898: 2e000014                       b #0xb8
   89c: e9031f2a                       mov w9, wzr
   8a0: eb031f2a                       mov w11, wzr
   8a4: ea031f2a                       mov w10, wzr
   8a8: 23008052                       mov w3, #0x1
   8ac: dfffff17                       b #-0x84
   8b0: e00740f9                       ldr x0, [sp, #0x8]
   8b4: e9031f2a                       mov w9, wzr
   8b8: 23008052                       mov w3, #0x1
   8bc: e80318aa                       mov x8, x24
   8c0: f70313aa                       mov x23, x19
   8c4: 0c018052                       mov w12, #0x8
   8c8: 050a8052                       mov w5, #0x50
   8cc: e5ffff17                       b #-0x6c
   8d0: e00740f9                       ldr x0, [sp, #0x8]
   8d4: e9031f2a                       mov w9, wzr
   8d8: ea031f2a                       mov w10, wzr
   8dc: 23008052                       mov w3, #0x1
   8e0: e8031aaa                       mov x8, x26
   8e4: f70319aa                       mov x23, x25
   8e8: ee0313aa                       mov x14, x19
   8ec: 6c018052                       mov w12, #0xb
   8f0: c50d8052                       mov w5, #0x6e
   8f4: 2d008052                       mov w13, #0x1
   8f8: 2b008052                       mov w11, #0x1
   8fc: 1d098052                       mov w29, #0x48
   900: 14000014                       b #0x50
   904: e00740f9                       ldr x0, [sp, #0x8]
   908: e9031f2a                       mov w9, wzr
   90c: eb031f2a                       mov w11, wzr
   910: ea031f2a                       mov w10, wzr
   914: 23008052                       mov w3, #0x1
   918: c4ffff17                       b #-0xf0
   91c: e80340f9                       ldr x8, [sp]
   920: e0031aaa                       mov x0, x26
   924: ed031f2a                       mov w13, wzr
   928: e9031f2a                       mov w9, wzr
   92c: eb031f2a                       mov w11, wzr
   930: ea031f2a                       mov w10, wzr
   934: 2c008052                       mov w12, #0x1
   938: cc0200f9                       str x12, [x22]
   93c: 43008052                       mov w3, #0x2
   940: 1d058052                       mov w29, #0x28
   944: 45158052                       mov w5, #0xaa
   948: 2c028052                       mov w12, #0x11
   94c: ee0313aa                       mov x14, x19
   950: 8f0e40f9                       ldr x15, [x20, #0x18]
   954: 1f0015eb                       cmp x0, x21
   958: 40000054                       b.eq #0x8
   95c: e00900f9                       str x0, [x15, #0x10]
   960: f50300aa                       mov x21, x0
   964: 7f021ceb                       cmp x19, x28
   968: a1b9ff54                       b.ne #-0x8cc
   96c: cdfdff17                       b #-0x8cc
   970: e80340f9                       ldr x8, [sp]
   974: ed031f2a                       mov w13, wzr
   978: e9031f2a                       mov w9, wzr
   97c: eb031f2a                       mov w11, wzr
   980: ea031f2a                       mov w10, wzr
   984: 43008052                       mov w3, #0x2
   988: ee0313aa                       mov x14, x19
   98c: 2c028052                       mov w12, #0x11
   990: 45158052                       mov w5, #0xaa
   994: e0031aaa                       mov x0, x26
   998: eeffff17                       b #-0x48
   99c: e00740f9                       ldr x0, [sp, #0x8]
   9a0: eb031f2a                       mov w11, wzr
   9a4: ea031f2a                       mov w10, wzr
   9a8: 2d008052                       mov w13, #0x1
   9ac: 63008052                       mov w3, #0x3
   9b0: e8031aaa                       mov x8, x26
   9b4: ee0313aa                       mov x14, x19
   9b8: ac018052                       mov w12, #0xd
   9bc: 45108052                       mov w5, #0x82
   9c0: 29008052                       mov w9, #0x1
   9c4: 1d068052                       mov w29, #0x30
   9c8: e2ffff17                       b #-0x78
   9cc: e80340a9                       ldp x8, x0, [sp]
   9d0: ed031f2a                       mov w13, wzr
   9d4: e9031f2a                       mov w9, wzr
   9d8: eb031f2a                       mov w11, wzr
   9dc: ea031f2a                       mov w10, wzr
   9e0: 63008052                       mov w3, #0x3
   9e4: ee0313aa                       mov x14, x19
   9e8: ec018052                       mov w12, #0xf
   9ec: c5128052                       mov w5, #0x96
   9f0: d8ffff17                       b #-0xa0
