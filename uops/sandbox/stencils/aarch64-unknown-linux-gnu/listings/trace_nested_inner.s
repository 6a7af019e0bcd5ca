# stencil nested_inner for aarch64-unknown-linux-gnu: 2040 code bytes, 0 data bytes, 71 holes
     0: ffc303d1                       sub sp, sp, #0xf0
     4: 892241a9                       ldp x9, x8, [x20, #0x10]
     8: fd7b0ea9                       stp x29, x30, [sp, #0xe0]
     c: 8002c03d                       ldr q0, [x20]
    10: 0a4d42a9                       ldp x10, x19, [x8, #0x20]
    14: e033803d                       str q0, [sp, #0xc0]
    18: 1d7140a9                       ldp x29, x28, [x8]
    1c: e96b00f9                       str x9, [sp, #0xd0]
    20: 172141a9                       ldp x23, x8, [x8, #0x10]
    24: f3d303a9                       stp x19, x20, [sp, #0x38]
    28: fd0b00f9                       str x29, [sp, #0x10]
    2c: e8ab02a9                       stp x8, x10, [sp, #0x28]
    30: fcdf01a9                       stp x28, x23, [sp, #0x18]
    34: 131d0037                       tbnz w19, #0x0, #0x3a0
    38: 38008052                       mov w24, #0x1
    3c: 1b00f8d2                       mov x27, #-0x4000000000000000
    40: f1030aaa                       mov x17, x10
    44: f20308aa                       mov x18, x8
    48: f60700f9                       str x22, [sp, #0x8]
    4c: 680a40b9                       ldr w8, [x19, #0x8]
    50: 1f110071                       cmp w8, #0x4
    54: 411c0054                       b.ne #0x388
    58: 69a243a9                       ldp x9, x8, [x19, #0x38]
    5c: 791a40f9                       ldr x25, [x19, #0x30]
    60: 1f0500f1                       cmp x8, #0x1
    64: 4b0b0054                       b.lt #0x168
    68: 3f0309eb                       cmp x25, x9
    6c: 4a0b0054                       b.ge #0x168
    70: 2803088b                       add x8, x25, x8
    74: 681a00f9                       str x8, [x19, #0x30]
    78: b7000037                       tbnz w23, #0x0, #0x14
    7c: e80240f9                       ldr x8, [x23]
    80: 080500f1                       subs x8, x8, #0x1
    84: e80200f9                       str x8, [x23]
    88: 20190054                       b.eq #0x324
    8c: 9d000037                       tbnz w29, #0x0, #0x10
    90: a80340f9                       ldr x8, [x29]
    94: 08050091                       add x8, x8, #0x1
    98: a80300f9                       str x8, [x29]
    9c: 9c000037                       tbnz w28, #0x0, #0x10
    a0: 880340f9                       ldr x8, [x28]
    a4: 08050091                       add x8, x8, #0x1
    a8: 880300f9                       str x8, [x28]
    ac: 29fb7fd3                       lsl x9, x25, #1
    b0: 88ff4193                       asr x8, x28, #1
    b4: 37008052                       mov w23, #0x1
    b8: 37fb7fb3                       bfi x23, x25, #1, #63
    bc: 2afd4193                       asr x10, x9, #1
    c0: 097d0a9b                       mul x9, x8, x10
    c4: 0a7d4a9b                       smulh x10, x8, x10
    c8: 5ffd89eb                       cmp x10, x9, asr #63
    cc: 41360054                       b.ne #0x6c8
    d0: 2a011b8b                       add x10, x9, x27
    d4: 0a36f8b6                       tbz x10, #0x3f, #0x6c0
    d8: 150709aa                       orr x21, x24, x9, lsl #1
    dc: dd360036                       tbz w29, #0x0, #0x6d8
    e0: 29059d8b                       add x9, x9, x29, asr #1
    e4: 3f011bab                       cmn x9, x27
    e8: a5370054                       b.pl #0x6f4
    ec: ca0240f9                       ldr x10, [x22]
    f0: 1d0709aa                       orr x29, x24, x9, lsl #1
    f4: 4a3100b5                       cbnz x10, #0x628
    f8: caa640a9                       ldp x10, x9, [x22, #0x8]
    fc: 4a050091                       add x10, x10, #0x1
   100: 5f0109eb                       cmp x10, x9
   104: ca0600f9                       str x10, [x22, #0x8]
   108: 0a320054                       b.ge #0x640
   10c: 73180037                       tbnz w19, #0x0, #0x30c
   110: 6b0a40b9                       ldr w11, [x19, #0x8]
   114: 7f110071                       cmp w11, #0x4
   118: 01180054                       b.ne #0x300
   11c: 6c2240f9                       ldr x12, [x19, #0x40]
   120: 6b1a40f9                       ldr x11, [x19, #0x30]
   124: 9f0500f1                       cmp x12, #0x1
   128: ab000054                       b.lt #0x14
   12c: 6d1e40f9                       ldr x13, [x19, #0x38]
   130: 7f010deb                       cmp x11, x13
   134: ab000054                       b.lt #0x14
   138: 1e000014                       b #0x78
   13c: 6d1e40f9                       ldr x13, [x19, #0x38]
   140: 7f010deb                       cmp x11, x13
   144: 6d030054                       b.le #0x6c
   148: 6c010c8b                       add x12, x11, x12
   14c: 6c1a00f9                       str x12, [x19, #0x30]
   150: 9c000037                       tbnz w28, #0x0, #0x10
   154: 8c0340f9                       ldr x12, [x28]
   158: 8c050091                       add x12, x12, #0x1
   15c: 8c0300f9                       str x12, [x28]
   160: 6cf97fd3                       lsl x12, x11, #1
   164: 37008052                       mov w23, #0x1
   168: 77f97fb3                       bfi x23, x11, #1, #63
   16c: 8dfd4193                       asr x13, x12, #1
   170: 0c7d0d9b                       mul x12, x8, x13
   174: 0d7d4d9b                       smulh x13, x8, x13
   178: bffd8ceb                       cmp x13, x12, asr #63
   17c: 211e0054                       b.ne #0x3c4
   180: 8b011b8b                       add x11, x12, x27
   184: eb1df8b6                       tbz x11, #0x3f, #0x3bc
   188: 8b059d8b                       add x11, x12, x29, asr #1
   18c: 15070caa                       orr x21, x24, x12, lsl #1
   190: 7f011bab                       cmn x11, x27
   194: 251f0054                       b.pl #0x3e4
   198: 4a050091                       add x10, x10, #0x1
   19c: 1d070baa                       orr x29, x24, x11, lsl #1
   1a0: 5f0109eb                       cmp x10, x9
   1a4: ca0600f9                       str x10, [x22, #0x8]
   1a8: 2bfbff54                       b.lt #-0x9c
   1ac: a6000014                       b #0x298
   1b0: e033c03d                       ldr q0, [sp, #0xc0]
   1b4: e86b40f9                       ldr x8, [sp, #0xd0]
   1b8: fa031daa                       mov x26, x29
   1bc: f40317aa                       mov x20, x23
   1c0: e02b803d                       str q0, [sp, #0xa0]
   1c4: e85b00f9                       str x8, [sp, #0xb0]
   1c8: 08000014                       b #0x20
   1cc: 3f0309eb                       cmp x25, x9
   1d0: 0cf5ff54                       b.gt #-0x160
   1d4: e033c03d                       ldr q0, [sp, #0xc0]
   1d8: e86b40f9                       ldr x8, [sp, #0xd0]
   1dc: e02b803d                       str q0, [sp, #0xa0]
   1e0: e85b00f9                       str x8, [sp, #0xb0]
   1e4: d3010037                       tbnz w19, #0x0, #0x38
   1e8: 680240f9                       ldr x8, [x19]
   1ec: 080500f1                       subs x8, x8, #0x1
   1f0: 680200f9                       str x8, [x19]
   1f4: 41010054                       b.ne #0x28
   1f8: e00313aa                       mov x0, x19
   1fc: f12700f9                       str x17, [sp, #0x48]
   200: f60312aa                       mov x22, x18
   204: f9030eaa                       mov x25, x14
   208: 00000094                       bl #0x0
        # hole +0x208: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   20c: f20316aa                       mov x18, x22
   210: f60740f9                       ldr x22, [sp, #0x8]
   214: f12740f9                       ldr x17, [sp, #0x48]
   218: ee0319aa                       mov x14, x25
   21c: fd7305a9                       stp x29, x28, [sp, #0x50]
   220: f74b06a9                       stp x23, x18, [sp, #0x60]
   224: f14f07a9                       stp x17, x19, [sp, #0x70]
   228: fa5708a9                       stp x26, x21, [sp, #0x80]
   22c: f43b09a9                       stp x20, x14, [sp, #0x90]
   230: f11b0037                       tbnz w17, #0x0, #0x37c
   234: 280a40b9                       ldr w8, [x17, #0x8]
   238: 1f110071                       cmp w8, #0x4
   23c: 811b0054                       b.ne #0x370
   240: 2aa643a9                       ldp x10, x9, [x17, #0x38]
   244: 281a40f9                       ldr x8, [x17, #0x30]
   248: 3f0500f1                       cmp x9, #0x1
   24c: 8b000054                       b.lt #0x10
   250: 1f010aeb                       cmp x8, x10
   254: 8b000054                       b.lt #0x10
   258: df000014                       b #0x37c
   25c: 1f010aeb                       cmp x8, x10
   260: ad1b0054                       b.le #0x374
   264: 0901098b                       add x9, x8, x9
   268: 080708aa                       orr x8, x24, x8, lsl #1
   26c: 291a00f9                       str x9, [x17, #0x30]
   270: e83f00f9                       str x8, [sp, #0x78]
   274: e82f00f9                       str x8, [sp, #0x58]
   278: bc000037                       tbnz w28, #0x0, #0x14
   27c: 880340f9                       ldr x8, [x28]
   280: 080500f1                       subs x8, x8, #0x1
   284: 880300f9                       str x8, [x28]
   288: 80010054                       b.eq #0x30
   28c: 150080d2                       mov x21, #0x0
        # hole +0x28c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   290: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x290: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   294: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x294: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   298: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x298: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   29c: d5010036                       tbz w21, #0x0, #0x38
   2a0: e83740f9                       ldr x8, [sp, #0x68]
   2a4: f53f00f9                       str x21, [sp, #0x78]
   2a8: 28020036                       tbz w8, #0x0, #0x44
   2ac: e84300f9                       str x8, [sp, #0x80]
   2b0: b5020036                       tbz w21, #0x0, #0x54
   2b4: d2000014                       b #0x348
   2b8: e0031caa                       mov x0, x28
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2c0: 150080d2                       mov x21, #0x0
        # hole +0x2c0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   2c4: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x2c4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   2c8: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x2c8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   2cc: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x2cc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   2d0: 95fe0737                       tbnz w21, #0x0, #-0x30
   2d4: a80240f9                       ldr x8, [x21]
   2d8: 08050091                       add x8, x8, #0x1
   2dc: a80200f9                       str x8, [x21]
   2e0: e83740f9                       ldr x8, [sp, #0x68]
   2e4: f53f00f9                       str x21, [sp, #0x78]
   2e8: 28fe0737                       tbnz w8, #0x0, #-0x3c
   2ec: 090140f9                       ldr x9, [x8]
   2f0: 29050091                       add x9, x9, #0x1
   2f4: 090100f9                       str x9, [x8]
   2f8: f53f40f9                       ldr x21, [sp, #0x78]
   2fc: e84300f9                       str x8, [sp, #0x80]
   300: f5170037                       tbnz w21, #0x0, #0x2fc
   304: a80a40b9                       ldr w8, [x21, #0x8]
   308: 1f210071                       cmp w8, #0x8
   30c: 81170054                       b.ne #0x2f0
   310: a81e40f9                       ldr x8, [x21, #0x38]
   314: e9430191                       add x9, sp, #0x50
   318: e00316aa                       mov x0, x22
   31c: 21c10091                       add x1, x9, #0x30
   320: 22008052                       mov w2, #0x1
   324: 00013fd6                       blr x8
   328: e84340f9                       ldr x8, [sp, #0x80]
   32c: f30300aa                       mov x19, x0
   330: a8000037                       tbnz w8, #0x0, #0x14
   334: 090140f9                       ldr x9, [x8]
   338: 290500f1                       subs x9, x9, #0x1
   33c: 090100f9                       str x9, [x8]
   340: 80020054                       b.eq #0x50
   344: a80240f9                       ldr x8, [x21]
   348: 080500f1                       subs x8, x8, #0x1
   34c: a80200f9                       str x8, [x21]
   350: 61000054                       b.ne #0xc
   354: e00315aa                       mov x0, x21
   358: 00000094                       bl #0x0
        # hole +0x358: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   35c: 932000b4                       cbz x19, #0x410
   360: fd7345a9                       ldp x29, x28, [sp, #0x50]
   364: e02bc03d                       ldr q0, [sp, #0xa0]
   368: f74b46a9                       ldp x23, x18, [sp, #0x60]
   36c: e85b40f9                       ldr x8, [sp, #0xb0]
   370: f13b40f9                       ldr x17, [sp, #0x70]
   374: f33f00f9                       str x19, [sp, #0x78]
   378: e033803d                       str q0, [sp, #0xc0]
   37c: fa5748a9                       ldp x26, x21, [sp, #0x80]
   380: e86b00f9                       str x8, [sp, #0xd0]
   384: f43b49a9                       ldp x20, x14, [sp, #0x90]
   388: 33e60736                       tbz w19, #0x0, #-0x33c
   38c: 14000014                       b #0x50
   390: e00308aa                       mov x0, x8
   394: 00000094                       bl #0x0
        # hole +0x394: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   398: a80240f9                       ldr x8, [x21]
   39c: 080500f1                       subs x8, x8, #0x1
   3a0: a80200f9                       str x8, [x21]
   3a4: c1fdff54                       b.ne #-0x48
   3a8: ebffff17                       b #-0x54
   3ac: e00317aa                       mov x0, x23
   3b0: f40311aa                       mov x20, x17
   3b4: f50312aa                       mov x21, x18
   3b8: f7030eaa                       mov x23, x14
   3bc: 00000094                       bl #0x0
        # hole +0x3bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3c0: ee0317aa                       mov x14, x23
   3c4: f20315aa                       mov x18, x21
   3c8: f10314aa                       mov x17, x20
   3cc: 3de60736                       tbz w29, #0x0, #-0x33c
   3d0: 33ffff17                       b #-0x334
   3d4: f1030aaa                       mov x17, x10
   3d8: f20308aa                       mov x18, x8
   3dc: 0d0080d2                       mov x13, #0x0
        # hole +0x3dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3e0: e9031f2a                       mov w9, wzr
   3e4: e8031f2a                       mov w8, wzr
   3e8: 0d00a0f2                       movk x13, #0x0, lsl #16
        # hole +0x3e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3ec: ec031daa                       mov x12, x29
   3f0: eb0317aa                       mov x11, x23
   3f4: 0d00c0f2                       movk x13, #0x0, lsl #32
        # hole +0x3f4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3f8: 23008052                       mov w3, #0x1
   3fc: 0a068052                       mov w10, #0x30
   400: 0d00e0f2                       movk x13, #0x0, lsl #48
        # hole +0x400: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   404: 45018052                       mov w5, #0xa
   408: f70314aa                       mov x23, x20
   40c: a4050091                       add x4, x13, #0x1
   410: fd031aaa                       mov x29, x26
   414: 1a000014                       b #0x68
   418: 0b0080d2                       mov x11, #0x0
        # hole +0x418: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   41c: e9031f2a                       mov w9, wzr
   420: e8031f2a                       mov w8, wzr
   424: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x424: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   428: 23008052                       mov w3, #0x1
   42c: 0a068052                       mov w10, #0x30
   430: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x430: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   434: 45018052                       mov w5, #0xa
   438: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x438: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   43c: 64050091                       add x4, x11, #0x1
   440: 0d000014                       b #0x34
   444: 0b0080d2                       mov x11, #0x0
        # hole +0x444: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   448: e9031f2a                       mov w9, wzr
   44c: e8031f2a                       mov w8, wzr
   450: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x450: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   454: 2c008052                       mov w12, #0x1
   458: 43008052                       mov w3, #0x2
   45c: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x45c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   460: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x460: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   464: 0a068052                       mov w10, #0x30
   468: cc0200f9                       str x12, [x22]
   46c: 64350091                       add x4, x11, #0xd
   470: 45108052                       mov w5, #0x82
   474: eb0317aa                       mov x11, x23
   478: ec031daa                       mov x12, x29
   47c: ee4341a9                       ldp x14, x16, [sp, #0x10]
   480: e02340f9                       ldr x0, [sp, #0x40]
   484: ef1340f9                       ldr x15, [sp, #0x20]
   488: 0d0c40f9                       ldr x13, [x0, #0x18]
   48c: 9f010eeb                       cmp x12, x14
   490: ee1b40f9                       ldr x14, [sp, #0x30]
   494: e1010054                       b.ne #0x3c
   498: 9f0310eb                       cmp x28, x16
   49c: 01020054                       b.ne #0x40
   4a0: 7f010feb                       cmp x11, x15
   4a4: 21020054                       b.ne #0x44
   4a8: eb1740f9                       ldr x11, [sp, #0x28]
   4ac: 5f020beb                       cmp x18, x11
   4b0: 41020054                       b.ne #0x48
   4b4: 3f020eeb                       cmp x17, x14
   4b8: 61020054                       b.ne #0x4c
   4bc: eb1f40f9                       ldr x11, [sp, #0x38]
   4c0: 7f020beb                       cmp x19, x11
   4c4: 81020054                       b.ne #0x50
   4c8: a9020035                       cbnz w9, #0x54
   4cc: 17000014                       b #0x5c
   4d0: ac0100f9                       str x12, [x13]
   4d4: 9f0310eb                       cmp x28, x16
   4d8: 40feff54                       b.eq #-0x38
   4dc: bc0500f9                       str x28, [x13, #0x8]
   4e0: 7f010feb                       cmp x11, x15
   4e4: 20feff54                       b.eq #-0x3c
   4e8: ab0900f9                       str x11, [x13, #0x10]
   4ec: eb1740f9                       ldr x11, [sp, #0x28]
   4f0: 5f020beb                       cmp x18, x11
   4f4: 00feff54                       b.eq #-0x40
   4f8: b20d00f9                       str x18, [x13, #0x18]
   4fc: 3f020eeb                       cmp x17, x14
   500: e0fdff54                       b.eq #-0x44
   504: b11100f9                       str x17, [x13, #0x20]
   508: eb1f40f9                       ldr x11, [sp, #0x38]
   50c: 7f020beb                       cmp x19, x11
   510: c0fdff54                       b.eq #-0x48
   514: b31500f9                       str x19, [x13, #0x28]
   518: 89000034                       cbz w9, #0x10
   51c: bd5503a9                       stp x29, x21, [x13, #0x30]
   520: 48000034                       cbz w8, #0x8
   524: b72100f9                       str x23, [x13, #0x40]
   528: a1010a8b                       add x1, x13, x10
   52c: e20316aa                       mov x2, x22
   530: 00000094                       bl #0x0
        # hole +0x530: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   534: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   538: ffc30391                       add sp, sp, #0xf0
   53c: c0035fd6                       ret
   540: 080080d2                       mov x8, #0x0
        # hole +0x540: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   544: 23008052                       mov w3, #0x1
   548: 0a098052                       mov w10, #0x48
   54c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x54c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   550: 050a8052                       mov w5, #0x50
   554: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x554: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   558: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x558: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   55c: f5031caa                       mov x21, x28
   560: eb0317aa                       mov x11, x23
   564: 04210091                       add x4, x8, #0x8
   568: ec031daa                       mov x12, x29
   56c: 29008052                       mov w9, #0x1
   570: 28008052                       mov w8, #0x1
   574: c2ffff17                       b #-0xf8
   578: 090080d2                       mov x9, #0x0
        # hole +0x578: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   57c: e8031f2a                       mov w8, wzr
   580: 23008052                       mov w3, #0x1
   584: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x584: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   588: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x588: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   58c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x58c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   590: 0a088052                       mov w10, #0x40
   594: 850c8052                       mov w5, #0x64
   598: 24290091                       add x4, x9, #0xa
   59c: eb0317aa                       mov x11, x23
   5a0: ec031daa                       mov x12, x29
   5a4: 29008052                       mov w9, #0x1
   5a8: b5ffff17                       b #-0x12c
   5ac: 090080d2                       mov x9, #0x0
        # hole +0x5ac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   5b0: e8031f2a                       mov w8, wzr
   5b4: 23008052                       mov w3, #0x1
   5b8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x5b8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   5bc: 45018052                       mov w5, #0xa
   5c0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x5c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   5c4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x5c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   5c8: 24050091                       add x4, x9, #0x1
   5cc: a9008052                       mov w9, #0x5
   5d0: 14000014                       b #0x50
   5d4: 090080d2                       mov x9, #0x0
        # hole +0x5d4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   5d8: e8031f2a                       mov w8, wzr
   5dc: 43008052                       mov w3, #0x2
   5e0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x5e0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   5e4: 85028052                       mov w5, #0x14
   5e8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x5e8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   5ec: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x5ec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   5f0: 24090091                       add x4, x9, #0x2
   5f4: a9008052                       mov w9, #0x5
   5f8: 0a000014                       b #0x28
   5fc: 080080d2                       mov x8, #0x0
        # hole +0x5fc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   600: 23008052                       mov w3, #0x1
   604: e9008052                       mov w9, #0x7
   608: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x608: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   60c: c5088052                       mov w5, #0x46
   610: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x610: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   614: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x614: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   618: 041d0091                       add x4, x8, #0x7
   61c: 28008052                       mov w8, #0x1
   620: ec3b41a9                       ldp x12, x14, [sp, #0x10]
   624: eb2b40f9                       ldr x11, [sp, #0x50]
   628: e02340f9                       ldr x0, [sp, #0x40]
   62c: ed1340f9                       ldr x13, [sp, #0x20]
   630: 0a0c40f9                       ldr x10, [x0, #0x18]
   634: 7f010ceb                       cmp x11, x12
   638: ec1b40f9                       ldr x12, [sp, #0x30]
   63c: a1030054                       b.ne #0x74
   640: eb2f40f9                       ldr x11, [sp, #0x58]
   644: 7f010eeb                       cmp x11, x14
   648: c1030054                       b.ne #0x78
   64c: eb3340f9                       ldr x11, [sp, #0x60]
   650: 7f010deb                       cmp x11, x13
   654: e1030054                       b.ne #0x7c
   658: eb3740f9                       ldr x11, [sp, #0x68]
   65c: ed1740f9                       ldr x13, [sp, #0x28]
   660: 7f010deb                       cmp x11, x13
   664: 01040054                       b.ne #0x80
   668: eb3b40f9                       ldr x11, [sp, #0x70]
   66c: 7f010ceb                       cmp x11, x12
   670: 21040054                       b.ne #0x84
   674: eb3f40f9                       ldr x11, [sp, #0x78]
   678: ec1f40f9                       ldr x12, [sp, #0x38]
   67c: 7f010ceb                       cmp x11, x12
   680: 0c010052                       eor w12, w8, #0x1
   684: 8c159f1a                       csinc w12, w12, wzr, ne
   688: 4c040036                       tbz w12, #0x0, #0x88
   68c: 68000034                       cbz w8, #0xc
   690: e84340f9                       ldr x8, [sp, #0x80]
   694: 481900f9                       str x8, [x10, #0x30]
   698: 410d098b                       add x1, x10, x9, lsl #3
   69c: e20316aa                       mov x2, x22
   6a0: 00000094                       bl #0x0
        # hole +0x6a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   6a4: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   6a8: ffc30391                       add sp, sp, #0xf0
   6ac: c0035fd6                       ret
   6b0: 4b0100f9                       str x11, [x10]
   6b4: eb2f40f9                       ldr x11, [sp, #0x58]
   6b8: 7f010eeb                       cmp x11, x14
   6bc: 80fcff54                       b.eq #-0x70
   6c0: 4b0500f9                       str x11, [x10, #0x8]
   6c4: eb3340f9                       ldr x11, [sp, #0x60]
   6c8: 7f010deb                       cmp x11, x13
   6cc: 60fcff54                       b.eq #-0x74
   6d0: 4b0900f9                       str x11, [x10, #0x10]
   6d4: eb3740f9                       ldr x11, [sp, #0x68]
   6d8: ed1740f9                       ldr x13, [sp, #0x28]
   6dc: 7f010deb                       cmp x11, x13
   6e0: 40fcff54                       b.eq #-0x78
   6e4: 4b0d00f9                       str x11, [x10, #0x18]
   6e8: eb3b40f9                       ldr x11, [sp, #0x70]
   6ec: 7f010ceb                       cmp x11, x12
   6f0: 20fcff54                       b.eq #-0x7c
   6f4: 4b1100f9                       str x11, [x10, #0x20]
   6f8: eb3f40f9                       ldr x11, [sp, #0x78]
   6fc: ec1f40f9                       ldr x12, [sp, #0x38]
   700: 7f010ceb                       cmp x11, x12
   704: 0c010052                       eor w12, w8, #0x1
   708: 8c159f1a                       csinc w12, w12, wzr, ne
   70c: 0cfc0737                       tbnz w12, #0x0, #-0x80
   710: 4b1500f9                       str x11, [x10, #0x28]
   714: e8fbff35                       cbnz w8, #-0x84
   718: e0ffff17                       b #-0x80
   71c: 0b0080d2                       mov x11, #0x0
        # hole +0x71c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   720: e9031f2a                       mov w9, wzr
   724: e8031f2a                       mov w8, wzr
   728: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x728: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   72c: 43008052                       mov w3, #0x2
   730: 0a068052                       mov w10, #0x30
   734: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x734: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   738: 050f8052                       mov w5, #0x78
   73c: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x73c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   740: 64310091                       add x4, x11, #0xc
   744: 4cffff17                       b #-0x2d0
   748: 0b0080d2                       mov x11, #0x0
        # hole +0x748: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   74c: e9031f2a                       mov w9, wzr
   750: e8031f2a                       mov w8, wzr
   754: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x754: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   758: 2c008052                       mov w12, #0x1
   75c: 43008052                       mov w3, #0x2
   760: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x760: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   764: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x764: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   768: 3fffff17                       b #-0x304
   76c: 090080d2                       mov x9, #0x0
        # hole +0x76c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   770: e8031f2a                       mov w8, wzr
   774: 63008052                       mov w3, #0x3
   778: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x778: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   77c: c5088052                       mov w5, #0x46
   780: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x780: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   784: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x784: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   788: 241d0091                       add x4, x9, #0x7
   78c: a9008052                       mov w9, #0x5
   790: a4ffff17                       b #-0x170
   794: 080080d2                       mov x8, #0x0
        # hole +0x794: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   798: 23008052                       mov w3, #0x1
   79c: 0a098052                       mov w10, #0x48
   7a0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x7a0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7a4: 050a8052                       mov w5, #0x50
   7a8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x7a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7ac: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x7ac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7b0: 6bffff17                       b #-0x254
   7b4: 090080d2                       mov x9, #0x0
        # hole +0x7b4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   7b8: e8031f2a                       mov w8, wzr
   7bc: 23008052                       mov w3, #0x1
   7c0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x7c0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7c4: 0a088052                       mov w10, #0x40
   7c8: 450b8052                       mov w5, #0x5a
   7cc: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7cc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7d0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7d0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7d4: 24250091                       add x4, x9, #0x9
   7d8: 71ffff17                       b #-0x23c
   7dc: 090080d2                       mov x9, #0x0
        # hole +0x7dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   7e0: e8031f2a                       mov w8, wzr
   7e4: 23008052                       mov w3, #0x1
   7e8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x7e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7ec: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7ec: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7f0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7f0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7f4: 67ffff17                       b #-0x264
