# stencil attr_loop for aarch64-unknown-linux-gnu: 2052 code bytes, 0 data bytes, 18 holes
     0: ffc300d1                       sub sp, sp, #0x30
     4: 890e40f9                       ldr x9, [x20, #0x18]
     8: fd7b02a9                       stp x29, x30, [sp, #0x20]
     c: 3d0d40f9                       ldr x29, [x9, #0x18]
    10: fd010037                       tbnz w29, #0x0, #0x3c
    14: a80b40b9                       ldr w8, [x29, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: 81010054                       b.ne #0x30
    20: aaa343a9                       ldp x10, x8, [x29, #0x38]
    24: 370940f9                       ldr x23, [x9, #0x10]
    28: 354d40a9                       ldp x21, x19, [x9]
    2c: a91b40f9                       ldr x9, [x29, #0x30]
    30: 1f0500f1                       cmp x8, #0x1
    34: eb020054                       b.lt #0x5c
    38: 3f010aeb                       cmp x9, x10
    3c: eb020054                       b.lt #0x5c
    40: 5a008052                       mov w26, #0x2
    44: 85028052                       mov w5, #0x14
    48: 03000014                       b #0xc
    4c: 3a008052                       mov w26, #0x1
    50: 45018052                       mov w5, #0xa
    54: 8b0e40f9                       ldr x11, [x20, #0x18]
    58: e3031a2a                       mov w3, w26
    5c: 1b048052                       mov w27, #0x20
    60: 080080d2                       mov x8, #0x0
        # hole +0x60: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    64: 61011b8b                       add x1, x11, x27
    68: e00314aa                       mov x0, x20
    6c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    70: e20316aa                       mov x2, x22
    74: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x74: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    78: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x78: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    7c: 04011a8b                       add x4, x8, x26
    80: 00000094                       bl #0x0
        # hole +0x80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    84: fd7b42a9                       ldp x29, x30, [sp, #0x20]
    88: ffc30091                       add sp, sp, #0x30
    8c: c0035fd6                       ret
    90: 3f010aeb                       cmp x9, x10
    94: 6dfdff54                       b.le #-0x54
    98: 2a008052                       mov w10, #0x1
    9c: 2801088b                       add x8, x9, x8
    a0: 580509aa                       orr x24, x10, x9, lsl #1
    a4: a81b00f9                       str x8, [x29, #0x30]
    a8: f3000037                       tbnz w19, #0x0, #0x1c
    ac: 680240f9                       ldr x8, [x19]
    b0: 080500f1                       subs x8, x8, #0x1
    b4: 680200f9                       str x8, [x19]
    b8: 61000054                       b.ne #0xc
    bc: e00313aa                       mov x0, x19
    c0: 00000094                       bl #0x0
        # hole +0xc0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    c4: b5030037                       tbnz w21, #0x0, #0x74
    c8: a80240f9                       ldr x8, [x21]
    cc: a90a40b9                       ldr w9, [x21, #0x8]
    d0: 08050091                       add x8, x8, #0x1
    d4: 3f1d0071                       cmp w9, #0x7
    d8: a80200f9                       str x8, [x21]
    dc: e1020054                       b.ne #0x5c
    e0: 190080d2                       mov x25, #0x0
        # hole +0xe0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[6]+0
    e4: a81a40f9                       ldr x8, [x21, #0x30]
    e8: 1900a0f2                       movk x25, #0x0, lsl #16
        # hole +0xe8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[6]+0
    ec: 1900c0f2                       movk x25, #0x0, lsl #32
        # hole +0xec: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[6]+0
    f0: 081940f9                       ldr x8, [x8, #0x30]
    f4: 1900e0f2                       movk x25, #0x0, lsl #48
        # hole +0xf4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[6]+0
    f8: e90319aa                       mov x9, x25
    fc: 1f0109eb                       cmp x8, x9
   100: c1010054                       b.ne #0x38
   104: a80240f9                       ldr x8, [x21]
   108: a91e40f9                       ldr x9, [x21, #0x38]
   10c: f80f00f9                       str x24, [sp, #0x18]
   110: 08050091                       add x8, x8, #0x1
   114: a80200f9                       str x8, [x21]
   118: 892c00b4                       cbz x9, #0x590
   11c: b82240f9                       ldr x24, [x21, #0x40]
   120: f8010036                       tbz w24, #0x0, #0x3c
   124: 080500f1                       subs x8, x8, #0x1
   128: a80200f9                       str x8, [x21]
   12c: 60020054                       b.eq #0x4c
   130: b7020036                       tbz w23, #0x0, #0x54
   134: 29000014                       b #0xa4
   138: 23008052                       mov w3, #0x1
   13c: e8031f2a                       mov w8, wzr
   140: ea031f2a                       mov w10, wzr
   144: 1b058052                       mov w27, #0x28
   148: 85078052                       mov w5, #0x3c
   14c: da008052                       mov w26, #0x6
   150: fc0315aa                       mov x28, x21
   154: e903032a                       mov w9, w3
   158: 2b000014                       b #0xac
   15c: 080340f9                       ldr x8, [x24]
   160: 08050091                       add x8, x8, #0x1
   164: 080300f9                       str x8, [x24]
   168: a80240f9                       ldr x8, [x21]
   16c: 080500f1                       subs x8, x8, #0x1
   170: a80200f9                       str x8, [x21]
   174: e1fdff54                       b.ne #-0x44
   178: e00315aa                       mov x0, x21
   17c: 00000094                       bl #0x0
        # hole +0x17c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   180: d7020037                       tbnz w23, #0x0, #0x58
   184: e80240f9                       ldr x8, [x23]
   188: e90a40b9                       ldr w9, [x23, #0x8]
   18c: 08050091                       add x8, x8, #0x1
   190: 3f1d0071                       cmp w9, #0x7
   194: e80200f9                       str x8, [x23]
   198: 01020054                       b.ne #0x40
   19c: e81a40f9                       ldr x8, [x23, #0x30]
   1a0: 081940f9                       ldr x8, [x8, #0x30]
   1a4: 1f0d00f1                       cmp x8, #0x3
   1a8: 81010054                       b.ne #0x30
   1ac: e81e40f9                       ldr x8, [x23, #0x38]
   1b0: 482d00b4                       cbz x8, #0x5a8
   1b4: e92240f9                       ldr x9, [x23, #0x40]
   1b8: e9030036                       tbz w9, #0x0, #0x7c
   1bc: e80240f9                       ldr x8, [x23]
   1c0: e90b00f9                       str x9, [sp, #0x10]
   1c4: 080500f1                       subs x8, x8, #0x1
   1c8: e80200f9                       str x8, [x23]
   1cc: 40040054                       b.eq #0x88
   1d0: b8040037                       tbnz w24, #0x0, #0x94
   1d4: e0000014                       b #0x380
   1d8: e8031f2a                       mov w8, wzr
   1dc: e9031f2a                       mov w9, wzr
   1e0: 23008052                       mov w3, #0x1
   1e4: 1b078052                       mov w27, #0x38
   1e8: 850c8052                       mov w5, #0x64
   1ec: 5a018052                       mov w26, #0xa
   1f0: fc0315aa                       mov x28, x21
   1f4: f50318aa                       mov x21, x24
   1f8: f70b00f9                       str x23, [sp, #0x10]
   1fc: f80f40f9                       ldr x24, [sp, #0x18]
   200: 2a008052                       mov w10, #0x1
   204: 8b0e40f9                       ldr x11, [x20, #0x18]
   208: 1f0313eb                       cmp x24, x19
   20c: 40000054                       b.eq #0x8
   210: 780500f9                       str x24, [x11, #0x8]
   214: 68f20737                       tbnz w8, #0x0, #-0x1b4
   218: 7c1100f9                       str x28, [x11, #0x20]
   21c: 29f20737                       tbnz w9, #0x0, #-0x1bc
   220: 751500f9                       str x21, [x11, #0x28]
   224: eaf1ff34                       cbz w10, #-0x1c4
   228: e80b40f9                       ldr x8, [sp, #0x10]
   22c: 681900f9                       str x8, [x11, #0x30]
   230: 8cffff17                       b #-0x1d0
   234: 280140f9                       ldr x8, [x9]
   238: 08050091                       add x8, x8, #0x1
   23c: 280100f9                       str x8, [x9]
   240: e80240f9                       ldr x8, [x23]
   244: e90b00f9                       str x9, [sp, #0x10]
   248: 080500f1                       subs x8, x8, #0x1
   24c: e80200f9                       str x8, [x23]
   250: 01fcff54                       b.ne #-0x80
   254: e00317aa                       mov x0, x23
   258: 00000094                       bl #0x0
        # hole +0x258: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   25c: e90b40f9                       ldr x9, [sp, #0x10]
   260: b8170036                       tbz w24, #0x0, #0x2f4
   264: 89170036                       tbz w9, #0x0, #0x2f0
   268: 28fd4193                       asr x8, x9, #1
   26c: 0900f8d2                       mov x9, #-0x4000000000000000
   270: 0805988b                       add x8, x8, x24, asr #1
   274: 1f0109ab                       cmn x8, x9
   278: c5270054                       b.pl #0x4f8
   27c: a90a40b9                       ldr w9, [x21, #0x8]
   280: 23008052                       mov w3, #0x1
   284: 7c0408aa                       orr x28, x3, x8, lsl #1
   288: 3f1d0071                       cmp w9, #0x7
   28c: c12a0054                       b.ne #0x558
   290: a81e40f9                       ldr x8, [x21, #0x38]
   294: f80f40f9                       ldr x24, [sp, #0x18]
   298: 1f0900f1                       cmp x8, #0x2
   29c: 83270054                       b.lo #0x4f0
   2a0: a02640f9                       ldr x0, [x21, #0x48]
   2a4: bc2600f9                       str x28, [x21, #0x48]
   2a8: c0000037                       tbnz w0, #0x0, #0x18
   2ac: 080040f9                       ldr x8, [x0]
   2b0: 080500f1                       subs x8, x8, #0x1
   2b4: 080000f9                       str x8, [x0]
   2b8: 41000054                       b.ne #0x8
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2c0: a80240f9                       ldr x8, [x21]
   2c4: 080500f1                       subs x8, x8, #0x1
   2c8: a80200f9                       str x8, [x21]
   2cc: 61000054                       b.ne #0xc
   2d0: e00315aa                       mov x0, x21
   2d4: 00000094                       bl #0x0
        # hole +0x2d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2d8: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2dc: 08050091                       add x8, x8, #0x1
   2e0: 1f0109eb                       cmp x8, x9
   2e4: c80600f9                       str x8, [x22, #0x8]
   2e8: 8a140054                       b.ge #0x290
   2ec: c80240f9                       ldr x8, [x22]
   2f0: 681500b5                       cbnz x8, #0x2ac
   2f4: a80b40b9                       ldr w8, [x29, #0x8]
   2f8: 1f110071                       cmp w8, #0x4
   2fc: 01160054                       b.ne #0x2c0
   300: ea0b40f9                       ldr x10, [sp, #0x10]
   304: 1b048052                       mov w27, #0x20
   308: da008052                       mov w26, #0x6
   30c: 45018052                       mov w5, #0xa
   310: f30700f9                       str x19, [sp, #0x8]
   314: a92340f9                       ldr x9, [x29, #0x40]
   318: a81b40f9                       ldr x8, [x29, #0x30]
   31c: ea0b00f9                       str x10, [sp, #0x10]
   320: 3f0500f1                       cmp x9, #0x1
   324: ab000054                       b.lt #0x14
   328: aa1f40f9                       ldr x10, [x29, #0x38]
   32c: 1f010aeb                       cmp x8, x10
   330: ab000054                       b.lt #0x14
   334: b3000014                       b #0x2cc
   338: aa1f40f9                       ldr x10, [x29, #0x38]
   33c: 1f010aeb                       cmp x8, x10
   340: 0d160054                       b.le #0x2c0
   344: 0901098b                       add x9, x8, x9
   348: aa0240f9                       ldr x10, [x21]
   34c: ab0a40b9                       ldr w11, [x21, #0x8]
   350: a91b00f9                       str x9, [x29, #0x30]
   354: 29008052                       mov w9, #0x1
   358: 380508aa                       orr x24, x9, x8, lsl #1
   35c: 48050091                       add x8, x10, #0x1
   360: 7f1d0071                       cmp w11, #0x7
   364: a80200f9                       str x8, [x21]
   368: 01230054                       b.ne #0x460
   36c: a81a40f9                       ldr x8, [x21, #0x30]
   370: 081940f9                       ldr x8, [x8, #0x30]
   374: 1f0119eb                       cmp x8, x25
   378: 21150054                       b.ne #0x2a4
   37c: a80240f9                       ldr x8, [x21]
   380: a91e40f9                       ldr x9, [x21, #0x38]
   384: f80f00f9                       str x24, [sp, #0x18]
   388: 08050091                       add x8, x8, #0x1
   38c: a80200f9                       str x8, [x21]
   390: e91900b4                       cbz x9, #0x33c
   394: b82240f9                       ldr x24, [x21, #0x40]
   398: 78010036                       tbz w24, #0x0, #0x2c
   39c: 080500f1                       subs x8, x8, #0x1
   3a0: a80200f9                       str x8, [x21]
   3a4: e0010054                       b.eq #0x3c
   3a8: e80240f9                       ldr x8, [x23]
   3ac: e90a40b9                       ldr w9, [x23, #0x8]
   3b0: 08050091                       add x8, x8, #0x1
   3b4: 3f1d0071                       cmp w9, #0x7
   3b8: e80200f9                       str x8, [x23]
   3bc: 40020054                       b.eq #0x48
   3c0: 9f000014                       b #0x27c
   3c4: 080340f9                       ldr x8, [x24]
   3c8: 08050091                       add x8, x8, #0x1
   3cc: 080300f9                       str x8, [x24]
   3d0: a80240f9                       ldr x8, [x21]
   3d4: 080500f1                       subs x8, x8, #0x1
   3d8: a80200f9                       str x8, [x21]
   3dc: 61feff54                       b.ne #-0x34
   3e0: e00315aa                       mov x0, x21
   3e4: 00000094                       bl #0x0
        # hole +0x3e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3e8: 45018052                       mov w5, #0xa
   3ec: e80240f9                       ldr x8, [x23]
   3f0: e90a40b9                       ldr w9, [x23, #0x8]
   3f4: 08050091                       add x8, x8, #0x1
   3f8: 3f1d0071                       cmp w9, #0x7
   3fc: e80200f9                       str x8, [x23]
   400: e1110054                       b.ne #0x23c
   404: e81a40f9                       ldr x8, [x23, #0x30]
   408: 081940f9                       ldr x8, [x8, #0x30]
   40c: 1f0d00f1                       cmp x8, #0x3
   410: 61110054                       b.ne #0x22c
   414: e81e40f9                       ldr x8, [x23, #0x38]
   418: c81600b4                       cbz x8, #0x2d8
   41c: ea2240f9                       ldr x10, [x23, #0x40]
   420: ea000036                       tbz w10, #0x0, #0x1c
   424: e80240f9                       ldr x8, [x23]
   428: 080500f1                       subs x8, x8, #0x1
   42c: e80200f9                       str x8, [x23]
   430: 40010054                       b.eq #0x28
   434: f8010037                       tbnz w24, #0x0, #0x3c
   438: 69000014                       b #0x1a4
   43c: 480140f9                       ldr x8, [x10]
   440: 08050091                       add x8, x8, #0x1
   444: 480100f9                       str x8, [x10]
   448: e80240f9                       ldr x8, [x23]
   44c: 080500f1                       subs x8, x8, #0x1
   450: e80200f9                       str x8, [x23]
   454: 01ffff54                       b.ne #-0x20
   458: e00317aa                       mov x0, x23
   45c: fc030aaa                       mov x28, x10
   460: 00000094                       bl #0x0
        # hole +0x460: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   464: ea031caa                       mov x10, x28
   468: 45018052                       mov w5, #0xa
   46c: 980b0036                       tbz w24, #0x0, #0x170
   470: 6a0b0036                       tbz w10, #0x0, #0x16c
   474: 48fd4193                       asr x8, x10, #1
   478: 0900f8d2                       mov x9, #-0x4000000000000000
   47c: 0805988b                       add x8, x8, x24, asr #1
   480: 1f0109ab                       cmn x8, x9
   484: 65140054                       b.pl #0x28c
   488: a90a40b9                       ldr w9, [x21, #0x8]
   48c: 23008052                       mov w3, #0x1
   490: 7c0408aa                       orr x28, x3, x8, lsl #1
   494: 3f1d0071                       cmp w9, #0x7
   498: a1180054                       b.ne #0x314
   49c: a81e40f9                       ldr x8, [x21, #0x38]
   4a0: f80f40f9                       ldr x24, [sp, #0x18]
   4a4: 1f0900f1                       cmp x8, #0x2
   4a8: 63140054                       b.lo #0x28c
   4ac: a02640f9                       ldr x0, [x21, #0x48]
   4b0: bc2600f9                       str x28, [x21, #0x48]
   4b4: 60010037                       tbnz w0, #0x0, #0x2c
   4b8: 080040f9                       ldr x8, [x0]
   4bc: 080500f1                       subs x8, x8, #0x1
   4c0: 080000f9                       str x8, [x0]
   4c4: e1000054                       b.ne #0x1c
   4c8: fc0b00f9                       str x28, [sp, #0x10]
   4cc: fc030aaa                       mov x28, x10
   4d0: 00000094                       bl #0x0
        # hole +0x4d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4d4: ea031caa                       mov x10, x28
   4d8: fc0b40f9                       ldr x28, [sp, #0x10]
   4dc: 45018052                       mov w5, #0xa
   4e0: a80240f9                       ldr x8, [x21]
   4e4: 080500f1                       subs x8, x8, #0x1
   4e8: a80200f9                       str x8, [x21]
   4ec: 21010054                       b.ne #0x24
   4f0: e00315aa                       mov x0, x21
   4f4: f3031caa                       mov x19, x28
   4f8: fc030aaa                       mov x28, x10
   4fc: 00000094                       bl #0x0
        # hole +0x4fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   500: ea031caa                       mov x10, x28
   504: fc0313aa                       mov x28, x19
   508: f30740f9                       ldr x19, [sp, #0x8]
   50c: 45018052                       mov w5, #0xa
   510: c8a640a9                       ldp x8, x9, [x22, #0x8]
   514: 08050091                       add x8, x8, #0x1
   518: 1f0109eb                       cmp x8, x9
   51c: c80600f9                       str x8, [x22, #0x8]
   520: 6a0a0054                       b.ge #0x14c
   524: c80240f9                       ldr x8, [x22]
   528: 080b00b5                       cbnz x8, #0x160
   52c: a80b40b9                       ldr w8, [x29, #0x8]
   530: 23008052                       mov w3, #0x1
   534: 1f110071                       cmp w8, #0x4
   538: e0eeff54                       b.eq #-0x224
   53c: ea0b00f9                       str x10, [sp, #0x10]
   540: e9031f2a                       mov w9, wzr
   544: ea031f2a                       mov w10, wzr
   548: 3a008052                       mov w26, #0x1
   54c: 28008052                       mov w8, #0x1
   550: 2dffff17                       b #-0x34c
   554: e8031f2a                       mov w8, wzr
   558: e9031f2a                       mov w9, wzr
   55c: 23008052                       mov w3, #0x1
   560: 1b078052                       mov w27, #0x38
   564: 050f8052                       mov w5, #0x78
   568: 9a018052                       mov w26, #0xc
   56c: fc0315aa                       mov x28, x21
   570: f50318aa                       mov x21, x24
   574: 22ffff17                       b #-0x378
   578: 28008052                       mov w8, #0x1
   57c: e9031f2a                       mov w9, wzr
   580: ea031f2a                       mov w10, wzr
   584: 43008052                       mov w3, #0x2
   588: 1b048052                       mov w27, #0x20
   58c: c80200f9                       str x8, [x22]
   590: 05148052                       mov w5, #0xa0
   594: 1a028052                       mov w26, #0x10
   598: 1bffff17                       b #-0x394
   59c: e9031f2a                       mov w9, wzr
   5a0: ea031f2a                       mov w10, wzr
   5a4: 28008052                       mov w8, #0x1
   5a8: 43008052                       mov w3, #0x2
   5ac: 1b048052                       mov w27, #0x20
   5b0: 05148052                       mov w5, #0xa0
   5b4: 1a028052                       mov w26, #0x10
   5b8: 13ffff17                       b #-0x3b4
   5bc: 3a008052                       mov w26, #0x1
   5c0: e9031f2a                       mov w9, wzr
   5c4: ea031f2a                       mov w10, wzr
   5c8: 1b048052                       mov w27, #0x20
   5cc: 45018052                       mov w5, #0xa
   5d0: e3031a2a                       mov w3, w26
   5d4: e8031a2a                       mov w8, w26
   5d8: 0bffff17                       b #-0x3d4
   5dc: ea0b00f9                       str x10, [sp, #0x10]
   5e0: e8031f2a                       mov w8, wzr
   5e4: e9031f2a                       mov w9, wzr
   5e8: 23008052                       mov w3, #0x1
   5ec: fc0315aa                       mov x28, x21
   5f0: f50318aa                       mov x21, x24
   5f4: 9a018052                       mov w26, #0xc
   5f8: 050f8052                       mov w5, #0x78
   5fc: 18000014                       b #0x60
   600: 5a008052                       mov w26, #0x2
   604: e9031f2a                       mov w9, wzr
   608: ea031f2a                       mov w10, wzr
   60c: 28008052                       mov w8, #0x1
   610: e3031a2a                       mov w3, w26
   614: 85028052                       mov w5, #0x14
   618: fbfeff17                       b #-0x414
   61c: 23008052                       mov w3, #0x1
   620: e8031f2a                       mov w8, wzr
   624: ea031f2a                       mov w10, wzr
   628: fc0315aa                       mov x28, x21
   62c: 85078052                       mov w5, #0x3c
   630: e903032a                       mov w9, w3
   634: 1b058052                       mov w27, #0x28
   638: f3feff17                       b #-0x434
   63c: e8031f2a                       mov w8, wzr
   640: e9031f2a                       mov w9, wzr
   644: 23008052                       mov w3, #0x1
   648: fc0315aa                       mov x28, x21
   64c: f50318aa                       mov x21, x24
   650: f70b00f9                       str x23, [sp, #0x10]
   654: 5a018052                       mov w26, #0xa
   658: 850c8052                       mov w5, #0x64
   65c: f80f40f9                       ldr x24, [sp, #0x18]
   660: 2a008052                       mov w10, #0x1
   664: 1b078052                       mov w27, #0x38
   668: e7feff17                       b #-0x464
   66c: 28008052                       mov w8, #0x1
   670: ea0b00f9                       str x10, [sp, #0x10]
   674: e9031f2a                       mov w9, wzr
   678: ea031f2a                       mov w10, wzr
   67c: 43008052                       mov w3, #0x2
   680: c80200f9                       str x8, [x22]
   684: caffff17                       b #-0xd8
   688: ea0b00f9                       str x10, [sp, #0x10]
   68c: e9031f2a                       mov w9, wzr
   690: ea031f2a                       mov w10, wzr
   694: 28008052                       mov w8, #0x1
   698: 43008052                       mov w3, #0x2
   69c: 1a028052                       mov w26, #0x10
   6a0: 05148052                       mov w5, #0xa0
   6a4: d8feff17                       b #-0x4a0
   6a8: f80f40f9                       ldr x24, [sp, #0x18]
   6ac: e8031f2a                       mov w8, wzr
   6b0: ea031f2a                       mov w10, wzr
   6b4: 23008052                       mov w3, #0x1
   6b8: 1b068052                       mov w27, #0x30
   6bc: 050a8052                       mov w5, #0x50
   6c0: 1a018052                       mov w26, #0x8
   6c4: fc0315aa                       mov x28, x21
   6c8: cffeff17                       b #-0x4c4
   6cc: e8031f2a                       mov w8, wzr
   6d0: ea031f2a                       mov w10, wzr
   6d4: 23008052                       mov w3, #0x1
   6d8: fc0315aa                       mov x28, x21
   6dc: 1a018052                       mov w26, #0x8
   6e0: 050a8052                       mov w5, #0x50
   6e4: f80f40f9                       ldr x24, [sp, #0x18]
   6e8: 1b068052                       mov w27, #0x30
   6ec: c6feff17                       b #-0x4e8
   6f0: e9031f2a                       mov w9, wzr
   6f4: 23008052                       mov w3, #0x1
   6f8: fc0315aa                       mov x28, x21
   6fc: f50318aa                       mov x21, x24
   700: 7a018052                       mov w26, #0xb
   704: c50d8052                       mov w5, #0x6e
   708: f70b00f9                       str x23, [sp, #0x10]
   70c: d4ffff17                       b #-0xb0
   710: ea0b00f9                       str x10, [sp, #0x10]
   714: e8031f2a                       mov w8, wzr
   718: e9031f2a                       mov w9, wzr
   71c: 23008052                       mov w3, #0x1
   720: fc0315aa                       mov x28, x21
   724: f50318aa                       mov x21, x24
   728: ba018052                       mov w26, #0xd
   72c: 45108052                       mov w5, #0x82
   730: cbffff17                       b #-0xd4
   734: ea0b00f9                       str x10, [sp, #0x10]
   738: e8031f2a                       mov w8, wzr
   73c: e9031f2a                       mov w9, wzr
   740: ea031f2a                       mov w10, wzr
   744: 23008052                       mov w3, #0x1
   748: fa018052                       mov w26, #0xf
   74c: c5128052                       mov w5, #0x96
   750: 1b068052                       mov w27, #0x30
   754: acfeff17                       b #-0x550
   758: e9031f2a                       mov w9, wzr
   75c: 23008052                       mov w3, #0x1
   760: 1b078052                       mov w27, #0x38
   764: c50d8052                       mov w5, #0x6e
   768: 7a018052                       mov w26, #0xb
   76c: a1feff17                       b #-0x57c
   770: e8031f2a                       mov w8, wzr
   774: e9031f2a                       mov w9, wzr
   778: 23008052                       mov w3, #0x1
   77c: 1b078052                       mov w27, #0x38
   780: 45108052                       mov w5, #0x82
   784: ba018052                       mov w26, #0xd
   788: 79ffff17                       b #-0x21c
   78c: e8031f2a                       mov w8, wzr
   790: e9031f2a                       mov w9, wzr
   794: ea031f2a                       mov w10, wzr
   798: 23008052                       mov w3, #0x1
   79c: 1b068052                       mov w27, #0x30
   7a0: c5128052                       mov w5, #0x96
   7a4: fa018052                       mov w26, #0xf
   7a8: 97feff17                       b #-0x5a4
   7ac: ea0b00f9                       str x10, [sp, #0x10]
   7b0: e8031f2a                       mov w8, wzr
   7b4: e9031f2a                       mov w9, wzr
   7b8: ea031f2a                       mov w10, wzr
   7bc: fa018052                       mov w26, #0xf
   7c0: c5128052                       mov w5, #0x96
   7c4: c8ffff17                       b #-0xe0
   7c8: e8031f2a                       mov w8, wzr
   7cc: ea031f2a                       mov w10, wzr
   7d0: fc0315aa                       mov x28, x21
   7d4: e303092a                       mov w3, w9
   7d8: 85078052                       mov w5, #0x3c
   7dc: 1b058052                       mov w27, #0x28
   7e0: 89feff17                       b #-0x5dc
   7e4: f80f40f9                       ldr x24, [sp, #0x18]
   7e8: e8031f2a                       mov w8, wzr
   7ec: e9031f2a                       mov w9, wzr
   7f0: ea031f2a                       mov w10, wzr
   7f4: 1b068052                       mov w27, #0x30
   7f8: c5128052                       mov w5, #0x96
   7fc: fa018052                       mov w26, #0xf
   800: 81feff17                       b #-0x5fc
