# stencil nested_inner for aarch64-unknown-linux-gnu: 2324 code bytes, 0 data bytes, 71 holes
     0: ffc303d1                       sub sp, sp, #0xf0
     4: 882641a9                       ldp x8, x9, [x20, #0x10]
     8: fd7b0ea9                       stp x29, x30, [sp, #0xe0]
     c: cbaa40a9                       ldp x11, x10, [x22, #0x8]
    10: 8002c03d                       ldr q0, [x20]
    14: 3a4d42a9                       ldp x26, x19, [x9, #0x20]
    18: e033803d                       str q0, [sp, #0xc0]
    1c: 3d5540a9                       ldp x29, x21, [x9]
    20: eb2700f9                       str x11, [sp, #0x48]
    24: e86b00f9                       str x8, [sp, #0xd0]
    28: 3b2541a9                       ldp x27, x9, [x9, #0x10]
    2c: f3d302a9                       stp x19, x20, [sp, #0x28]
    30: fd0300f9                       str x29, [sp]
    34: e9eb01a9                       stp x9, x26, [sp, #0x18]
    38: f5ef00a9                       stp x21, x27, [sp, #0x8]
    3c: 13230037                       tbnz w19, #0x0, #0x460
    40: 480900d1                       sub x8, x10, #0x2
    44: 1c00f8d2                       mov x28, #-0x4000000000000000
    48: f20309aa                       mov x18, x9
    4c: e8ab03a9                       stp x8, x10, [sp, #0x38]
    50: 680a40b9                       ldr w8, [x19, #0x8]
    54: 1f110071                       cmp w8, #0x4
    58: 41220054                       b.ne #0x448
    5c: 69a243a9                       ldp x9, x8, [x19, #0x38]
    60: 741a40f9                       ldr x20, [x19, #0x30]
    64: 1f0500f1                       cmp x8, #0x1
    68: 4b0a0054                       b.lt #0x148
    6c: 9f0209eb                       cmp x20, x9
    70: 4a0a0054                       b.ge #0x148
    74: 8802088b                       add x8, x20, x8
    78: 681a00f9                       str x8, [x19, #0x30]
    7c: bb000037                       tbnz w27, #0x0, #0x14
    80: 680340f9                       ldr x8, [x27]
    84: 080500f1                       subs x8, x8, #0x1
    88: 680300f9                       str x8, [x27]
    8c: 801f0054                       b.eq #0x3f0
    90: 9d000037                       tbnz w29, #0x0, #0x10
    94: a80340f9                       ldr x8, [x29]
    98: 08050091                       add x8, x8, #0x1
    9c: a80300f9                       str x8, [x29]
    a0: f72340f9                       ldr x23, [sp, #0x40]
    a4: 95000037                       tbnz w21, #0x0, #0x10
    a8: a80240f9                       ldr x8, [x21]
    ac: 08050091                       add x8, x8, #0x1
    b0: a80200f9                       str x8, [x21]
    b4: 89fa7fd3                       lsl x9, x20, #1
    b8: a8fe4193                       asr x8, x21, #1
    bc: 3b008052                       mov w27, #0x1
    c0: 9bfa7fb3                       bfi x27, x20, #1, #63
    c4: 2afd4193                       asr x10, x9, #1
    c8: 097d0a9b                       mul x9, x8, x10
    cc: 0a7d4a9b                       smulh x10, x8, x10
    d0: 5ffd89eb                       cmp x10, x9, asr #63
    d4: a13e0054                       b.ne #0x7d4
    d8: 2a011c8b                       add x10, x9, x28
    dc: 6a3ef8b6                       tbz x10, #0x3f, #0x7cc
    e0: 34008052                       mov w20, #0x1
    e4: 8f0609aa                       orr x15, x20, x9, lsl #1
    e8: 1d3f0036                       tbz w29, #0x0, #0x7e0
    ec: 29059d8b                       add x9, x9, x29, asr #1
    f0: 3f011cab                       cmn x9, x28
    f4: e53f0054                       b.pl #0x7fc
    f8: ca0240f9                       ldr x10, [x22]
    fc: 9d0609aa                       orr x29, x20, x9, lsl #1
   100: ea3800b5                       cbnz x10, #0x71c
   104: e92740f9                       ldr x9, [sp, #0x48]
   108: 2b050091                       add x11, x9, #0x1
   10c: 7f0117eb                       cmp x11, x23
   110: ca390054                       b.ge #0x738
   114: f32c0037                       tbnz w19, #0x0, #0x59c
   118: 690a40b9                       ldr w9, [x19, #0x8]
   11c: 3f110071                       cmp w9, #0x4
   120: 812c0054                       b.ne #0x590
   124: 6da643a9                       ldp x13, x9, [x19, #0x38]
   128: 6a1a40f9                       ldr x10, [x19, #0x30]
   12c: 3f0500f1                       cmp x9, #0x1
   130: 6b060054                       b.lt #0xcc
   134: 5f010deb                       cmp x10, x13
   138: 8a0a0054                       b.ge #0x150
   13c: ec2740f9                       ldr x12, [sp, #0x48]
   140: f01f40f9                       ldr x16, [sp, #0x38]
   144: 4bf97fd3                       lsl x11, x10, #1
   148: 2ff97fd3                       lsl x15, x9, #1
   14c: ee032caa                       mvn x14, x12
   150: 10020ccb                       sub x16, x16, x12
   154: 95000037                       tbnz w21, #0x0, #0x10
   158: ac0240f9                       ldr x12, [x21]
   15c: 8c050091                       add x12, x12, #0x1
   160: ac0200f9                       str x12, [x21]
   164: 71fd4193                       asr x17, x11, #1
   168: 4a01098b                       add x10, x10, x9
   16c: 0c7d119b                       mul x12, x8, x17
   170: 117d519b                       smulh x17, x8, x17
   174: 3ffe8ceb                       cmp x17, x12, asr #63
   178: 41250054                       b.ne #0x4a8
   17c: 91011c8b                       add x17, x12, x28
   180: 1125f8b6                       tbz x17, #0x3f, #0x4a0
   184: 91059d8b                       add x17, x12, x29, asr #1
   188: 3f021cab                       cmn x17, x28
   18c: e5260054                       b.pl #0x4dc
   190: 9d0611aa                       orr x29, x20, x17, lsl #1
   194: 501a00b4                       cbz x16, #0x348
   198: 5f010deb                       cmp x10, x13
   19c: ce0500d1                       sub x14, x14, #0x1
   1a0: 100600d1                       sub x16, x16, #0x1
   1a4: 6b010f8b                       add x11, x11, x15
   1a8: 6bfdff54                       b.lt #-0x54
   1ac: 32000014                       b #0xc8
   1b0: 9f0209eb                       cmp x20, x9
   1b4: 0cf6ff54                       b.gt #-0x140
   1b8: e033c03d                       ldr q0, [sp, #0xc0]
   1bc: e86b40f9                       ldr x8, [sp, #0xd0]
   1c0: 34008052                       mov w20, #0x1
   1c4: e02b803d                       str q0, [sp, #0xa0]
   1c8: e85b00f9                       str x8, [sp, #0xb0]
   1cc: b3000037                       tbnz w19, #0x0, #0x14
   1d0: 680240f9                       ldr x8, [x19]
   1d4: 080500f1                       subs x8, x8, #0x1
   1d8: 680200f9                       str x8, [x19]
   1dc: c0060054                       b.eq #0xd8
   1e0: fd5705a9                       stp x29, x21, [sp, #0x50]
   1e4: fb4b06a9                       stp x27, x18, [sp, #0x60]
   1e8: fa4f07a9                       stp x26, x19, [sp, #0x70]
   1ec: f93f08a9                       stp x25, x15, [sp, #0x80]
   1f0: f70309a9                       stp x23, x0, [sp, #0x90]
   1f4: 9a080036                       tbz w26, #0x0, #0x110
   1f8: 00010014                       b #0x400
   1fc: 5f010deb                       cmp x10, x13
   200: 4d040054                       b.le #0x88
   204: ec2740f9                       ldr x12, [sp, #0x48]
   208: f01f40f9                       ldr x16, [sp, #0x38]
   20c: 4bf97fd3                       lsl x11, x10, #1
   210: 2ff97fd3                       lsl x15, x9, #1
   214: ee032caa                       mvn x14, x12
   218: 10020ccb                       sub x16, x16, x12
   21c: 95000037                       tbnz w21, #0x0, #0x10
   220: ac0240f9                       ldr x12, [x21]
   224: 8c050091                       add x12, x12, #0x1
   228: ac0200f9                       str x12, [x21]
   22c: 71fd4193                       asr x17, x11, #1
   230: 4a01098b                       add x10, x10, x9
   234: 0c7d119b                       mul x12, x8, x17
   238: 117d519b                       smulh x17, x8, x17
   23c: 3ffe8ceb                       cmp x17, x12, asr #63
   240: 011f0054                       b.ne #0x3e0
   244: 91011c8b                       add x17, x12, x28
   248: d11ef8b6                       tbz x17, #0x3f, #0x3d8
   24c: 91059d8b                       add x17, x12, x29, asr #1
   250: 3f021cab                       cmn x17, x28
   254: a5200054                       b.pl #0x414
   258: 9d0611aa                       orr x29, x20, x17, lsl #1
   25c: 101400b4                       cbz x16, #0x280
   260: 5f010deb                       cmp x10, x13
   264: ce0500d1                       sub x14, x14, #0x1
   268: 100600d1                       sub x16, x16, #0x1
   26c: 6b010f8b                       add x11, x11, x15
   270: 6cfdff54                       b.gt #-0x54
   274: 680509cb                       sub x8, x11, x9, lsl #1
   278: 8f060caa                       orr x15, x20, x12, lsl #1
   27c: eb030ecb                       neg x11, x14
   280: 6a1a00f9                       str x10, [x19, #0x30]
   284: 1b0140b2                       orr x27, x8, #0x1
   288: e033c03d                       ldr q0, [sp, #0xc0]
   28c: e86b40f9                       ldr x8, [sp, #0xd0]
   290: f9031daa                       mov x25, x29
   294: eb2700f9                       str x11, [sp, #0x48]
   298: f7031baa                       mov x23, x27
   29c: e02b803d                       str q0, [sp, #0xa0]
   2a0: e85b00f9                       str x8, [sp, #0xb0]
   2a4: 680240f9                       ldr x8, [x19]
   2a8: 080500f1                       subs x8, x8, #0x1
   2ac: 680200f9                       str x8, [x19]
   2b0: 81f9ff54                       b.ne #-0xd0
   2b4: f80316aa                       mov x24, x22
   2b8: f60300aa                       mov x22, x0
   2bc: e00313aa                       mov x0, x19
   2c0: f40312aa                       mov x20, x18
   2c4: fc031aaa                       mov x28, x26
   2c8: fa030faa                       mov x26, x15
   2cc: 00000094                       bl #0x0
        # hole +0x2cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2d0: ef031aaa                       mov x15, x26
   2d4: fa031caa                       mov x26, x28
   2d8: 1c00f8d2                       mov x28, #-0x4000000000000000
   2dc: e00316aa                       mov x0, x22
   2e0: f60318aa                       mov x22, x24
   2e4: f20314aa                       mov x18, x20
   2e8: 34008052                       mov w20, #0x1
   2ec: fd5705a9                       stp x29, x21, [sp, #0x50]
   2f0: fb4b06a9                       stp x27, x18, [sp, #0x60]
   2f4: fa4f07a9                       stp x26, x19, [sp, #0x70]
   2f8: f93f08a9                       stp x25, x15, [sp, #0x80]
   2fc: f70309a9                       stp x23, x0, [sp, #0x90]
   300: da170037                       tbnz w26, #0x0, #0x2f8
   304: 480b40b9                       ldr w8, [x26, #0x8]
   308: 1f110071                       cmp w8, #0x4
   30c: 61170054                       b.ne #0x2ec
   310: 4aa743a9                       ldp x10, x9, [x26, #0x38]
   314: 481b40f9                       ldr x8, [x26, #0x30]
   318: 3f0500f1                       cmp x9, #0x1
   31c: 8b000054                       b.lt #0x10
   320: 1f010aeb                       cmp x8, x10
   324: 8b000054                       b.lt #0x10
   328: ed000014                       b #0x3b4
   32c: 1f010aeb                       cmp x8, x10
   330: 6d1d0054                       b.le #0x3ac
   334: 0901098b                       add x9, x8, x9
   338: 880608aa                       orr x8, x20, x8, lsl #1
   33c: 491b00f9                       str x9, [x26, #0x30]
   340: e83f00f9                       str x8, [sp, #0x78]
   344: e82f00f9                       str x8, [sp, #0x58]
   348: b5000037                       tbnz w21, #0x0, #0x14
   34c: a80240f9                       ldr x8, [x21]
   350: 080500f1                       subs x8, x8, #0x1
   354: a80200f9                       str x8, [x21]
   358: 80010054                       b.eq #0x30
   35c: 150080d2                       mov x21, #0x0
        # hole +0x35c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   360: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x360: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   364: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x364: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   368: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x368: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   36c: d5010036                       tbz w21, #0x0, #0x38
   370: e83740f9                       ldr x8, [sp, #0x68]
   374: f53f00f9                       str x21, [sp, #0x78]
   378: 28020036                       tbz w8, #0x0, #0x44
   37c: e84300f9                       str x8, [sp, #0x80]
   380: b5020036                       tbz w21, #0x0, #0x54
   384: e0000014                       b #0x380
   388: e00315aa                       mov x0, x21
   38c: 00000094                       bl #0x0
        # hole +0x38c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   390: 150080d2                       mov x21, #0x0
        # hole +0x390: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[21]+0
   394: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x394: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[21]+0
   398: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x398: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[21]+0
   39c: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x39c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[21]+0
   3a0: 95fe0737                       tbnz w21, #0x0, #-0x30
   3a4: a80240f9                       ldr x8, [x21]
   3a8: 08050091                       add x8, x8, #0x1
   3ac: a80200f9                       str x8, [x21]
   3b0: e83740f9                       ldr x8, [sp, #0x68]
   3b4: f53f00f9                       str x21, [sp, #0x78]
   3b8: 28fe0737                       tbnz w8, #0x0, #-0x3c
   3bc: 090140f9                       ldr x9, [x8]
   3c0: 29050091                       add x9, x9, #0x1
   3c4: 090100f9                       str x9, [x8]
   3c8: f53f40f9                       ldr x21, [sp, #0x78]
   3cc: e84300f9                       str x8, [sp, #0x80]
   3d0: b5190037                       tbnz w21, #0x0, #0x334
   3d4: a80a40b9                       ldr w8, [x21, #0x8]
   3d8: 1f210071                       cmp w8, #0x8
   3dc: 41190054                       b.ne #0x328
   3e0: a81e40f9                       ldr x8, [x21, #0x38]
   3e4: e9430191                       add x9, sp, #0x50
   3e8: e00316aa                       mov x0, x22
   3ec: 21c10091                       add x1, x9, #0x30
   3f0: 22008052                       mov w2, #0x1
   3f4: 00013fd6                       blr x8
   3f8: e84340f9                       ldr x8, [sp, #0x80]
   3fc: f30300aa                       mov x19, x0
   400: a8000037                       tbnz w8, #0x0, #0x14
   404: 090140f9                       ldr x9, [x8]
   408: 290500f1                       subs x9, x9, #0x1
   40c: 090100f9                       str x9, [x8]
   410: 80020054                       b.eq #0x50
   414: a80240f9                       ldr x8, [x21]
   418: 080500f1                       subs x8, x8, #0x1
   41c: a80200f9                       str x8, [x21]
   420: 61000054                       b.ne #0xc
   424: e00315aa                       mov x0, x21
   428: 00000094                       bl #0x0
        # hole +0x428: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   42c: b32200b4                       cbz x19, #0x454
   430: fd5745a9                       ldp x29, x21, [sp, #0x50]
   434: e02bc03d                       ldr q0, [sp, #0xa0]
   438: fb4b46a9                       ldp x27, x18, [sp, #0x60]
   43c: e85b40f9                       ldr x8, [sp, #0xb0]
   440: fa3b40f9                       ldr x26, [sp, #0x70]
   444: f33f00f9                       str x19, [sp, #0x78]
   448: e033803d                       str q0, [sp, #0xc0]
   44c: f93f48a9                       ldp x25, x15, [sp, #0x80]
   450: e86b00f9                       str x8, [sp, #0xd0]
   454: f70349a9                       ldp x23, x0, [sp, #0x90]
   458: d3df0736                       tbz w19, #0x0, #-0x408
   45c: 11000014                       b #0x44
   460: e00308aa                       mov x0, x8
   464: 00000094                       bl #0x0
        # hole +0x464: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   468: a80240f9                       ldr x8, [x21]
   46c: 080500f1                       subs x8, x8, #0x1
   470: a80200f9                       str x8, [x21]
   474: c1fdff54                       b.ne #-0x48
   478: ebffff17                       b #-0x54
   47c: f80300aa                       mov x24, x0
   480: e0031baa                       mov x0, x27
   484: f70312aa                       mov x23, x18
   488: 00000094                       bl #0x0
        # hole +0x488: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   48c: e00318aa                       mov x0, x24
   490: f20317aa                       mov x18, x23
   494: 1de00736                       tbz w29, #0x0, #-0x400
   498: 02ffff17                       b #-0x3f8
   49c: f20309aa                       mov x18, x9
   4a0: 0d0080d2                       mov x13, #0x0
        # hole +0x4a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   4a4: e9031f2a                       mov w9, wzr
   4a8: e8031f2a                       mov w8, wzr
   4ac: 0d00a0f2                       movk x13, #0x0, lsl #16
        # hole +0x4ac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   4b0: ec031daa                       mov x12, x29
   4b4: eb031baa                       mov x11, x27
   4b8: 0d00c0f2                       movk x13, #0x0, lsl #32
        # hole +0x4b8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   4bc: 23008052                       mov w3, #0x1
   4c0: 0a068052                       mov w10, #0x30
   4c4: 0d00e0f2                       movk x13, #0x0, lsl #48
        # hole +0x4c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   4c8: 45018052                       mov w5, #0xa
   4cc: fb0317aa                       mov x27, x23
   4d0: a4050091                       add x4, x13, #0x1
   4d4: fd0319aa                       mov x29, x25
   4d8: 13000014                       b #0x4c
   4dc: 0d0080d2                       mov x13, #0x0
        # hole +0x4dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   4e0: 7b0140b2                       orr x27, x11, #0x1
   4e4: 2b008052                       mov w11, #0x1
   4e8: 0d00a0f2                       movk x13, #0x0, lsl #16
        # hole +0x4e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   4ec: e9031f2a                       mov w9, wzr
   4f0: e8031f2a                       mov w8, wzr
   4f4: 0d00c0f2                       movk x13, #0x0, lsl #32
        # hole +0x4f4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   4f8: 6a1a00f9                       str x10, [x19, #0x30]
   4fc: 43008052                       mov w3, #0x2
   500: 0d00e0f2                       movk x13, #0x0, lsl #48
        # hole +0x500: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   504: 0a068052                       mov w10, #0x30
   508: 45108052                       mov w5, #0x82
   50c: 6f050caa                       orr x15, x11, x12, lsl #1
   510: cb0200f9                       str x11, [x22]
   514: a4350091                       add x4, x13, #0xd
   518: f72700f9                       str x23, [sp, #0x48]
   51c: eb031baa                       mov x11, x27
   520: ec031daa                       mov x12, x29
   524: e01b40f9                       ldr x0, [sp, #0x30]
   528: ee0340f9                       ldr x14, [sp]
   52c: 0d0c40f9                       ldr x13, [x0, #0x18]
   530: 9f010eeb                       cmp x12, x14
   534: 21020054                       b.ne #0x44
   538: ec0740f9                       ldr x12, [sp, #0x8]
   53c: bf020ceb                       cmp x21, x12
   540: 41020054                       b.ne #0x48
   544: ec0b40f9                       ldr x12, [sp, #0x10]
   548: 7f010ceb                       cmp x11, x12
   54c: 61020054                       b.ne #0x4c
   550: ebb341a9                       ldp x11, x12, [sp, #0x18]
   554: 5f020beb                       cmp x18, x11
   558: eb1740f9                       ldr x11, [sp, #0x28]
   55c: 81020054                       b.ne #0x50
   560: 5f030ceb                       cmp x26, x12
   564: a1020054                       b.ne #0x54
   568: 7f020beb                       cmp x19, x11
   56c: c1020054                       b.ne #0x58
   570: e9020035                       cbnz w9, #0x5c
   574: 19000014                       b #0x64
   578: ac0100f9                       str x12, [x13]
   57c: ec0740f9                       ldr x12, [sp, #0x8]
   580: bf020ceb                       cmp x21, x12
   584: 00feff54                       b.eq #-0x40
   588: b50500f9                       str x21, [x13, #0x8]
   58c: ec0b40f9                       ldr x12, [sp, #0x10]
   590: 7f010ceb                       cmp x11, x12
   594: e0fdff54                       b.eq #-0x44
   598: ab0900f9                       str x11, [x13, #0x10]
   59c: ebb341a9                       ldp x11, x12, [sp, #0x18]
   5a0: 5f020beb                       cmp x18, x11
   5a4: eb1740f9                       ldr x11, [sp, #0x28]
   5a8: c0fdff54                       b.eq #-0x48
   5ac: b20d00f9                       str x18, [x13, #0x18]
   5b0: 5f030ceb                       cmp x26, x12
   5b4: a0fdff54                       b.eq #-0x4c
   5b8: ba1100f9                       str x26, [x13, #0x20]
   5bc: 7f020beb                       cmp x19, x11
   5c0: 80fdff54                       b.eq #-0x50
   5c4: b31500f9                       str x19, [x13, #0x28]
   5c8: 89000034                       cbz w9, #0x10
   5cc: bd3d03a9                       stp x29, x15, [x13, #0x30]
   5d0: 48000034                       cbz w8, #0x8
   5d4: bb2100f9                       str x27, [x13, #0x40]
   5d8: a1010a8b                       add x1, x13, x10
   5dc: e20316aa                       mov x2, x22
   5e0: 00000094                       bl #0x0
        # hole +0x5e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5e4: e82740f9                       ldr x8, [sp, #0x48]
   5e8: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   5ec: c80600f9                       str x8, [x22, #0x8]
   5f0: ffc30391                       add sp, sp, #0xf0
   5f4: c0035fd6                       ret
   5f8: 090080d2                       mov x9, #0x0
        # hole +0x5f8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   5fc: e8031f2a                       mov w8, wzr
   600: 23008052                       mov w3, #0x1
   604: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x604: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   608: 45018052                       mov w5, #0xa
   60c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x60c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   610: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x610: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   614: 24050091                       add x4, x9, #0x1
   618: a9008052                       mov w9, #0x5
   61c: 43000014                       b #0x10c
   620: e8030ecb                       neg x8, x14
   624: 7b0140b2                       orr x27, x11, #0x1
   628: 6a1a00f9                       str x10, [x19, #0x30]
   62c: e82700f9                       str x8, [sp, #0x48]
   630: 080080d2                       mov x8, #0x0
        # hole +0x630: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   634: 23008052                       mov w3, #0x1
   638: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x638: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   63c: 0a098052                       mov w10, #0x48
   640: 050a8052                       mov w5, #0x50
   644: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x644: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   648: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x648: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   64c: ef0315aa                       mov x15, x21
   650: eb031baa                       mov x11, x27
   654: 04210091                       add x4, x8, #0x8
   658: ec031daa                       mov x12, x29
   65c: 29008052                       mov w9, #0x1
   660: 28008052                       mov w8, #0x1
   664: b0ffff17                       b #-0x140
   668: 090080d2                       mov x9, #0x0
        # hole +0x668: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   66c: e8030ecb                       neg x8, x14
   670: 23008052                       mov w3, #0x1
   674: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x674: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   678: e82700f9                       str x8, [sp, #0x48]
   67c: e8031f2a                       mov w8, wzr
   680: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x680: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   684: 7b0140b2                       orr x27, x11, #0x1
   688: 6a1a00f9                       str x10, [x19, #0x30]
   68c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x68c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   690: 0a088052                       mov w10, #0x40
   694: 850c8052                       mov w5, #0x64
   698: 6f040caa                       orr x15, x3, x12, lsl #1
   69c: 24290091                       add x4, x9, #0xa
   6a0: eb031baa                       mov x11, x27
   6a4: ec031daa                       mov x12, x29
   6a8: 29008052                       mov w9, #0x1
   6ac: 9effff17                       b #-0x188
   6b0: 0c0080d2                       mov x12, #0x0
        # hole +0x6b0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6b4: e9031f2a                       mov w9, wzr
   6b8: e8031f2a                       mov w8, wzr
   6bc: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x6bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   6c0: 23008052                       mov w3, #0x1
   6c4: 0a068052                       mov w10, #0x30
   6c8: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x6c8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   6cc: 45018052                       mov w5, #0xa
   6d0: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x6d0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   6d4: 84050091                       add x4, x12, #0x1
   6d8: 68000014                       b #0x1a0
   6dc: 090080d2                       mov x9, #0x0
        # hole +0x6dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   6e0: e8031f2a                       mov w8, wzr
   6e4: 43008052                       mov w3, #0x2
   6e8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x6e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   6ec: 85028052                       mov w5, #0x14
   6f0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x6f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   6f4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x6f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   6f8: 24090091                       add x4, x9, #0x2
   6fc: a9008052                       mov w9, #0x5
   700: 0a000014                       b #0x28
   704: 080080d2                       mov x8, #0x0
        # hole +0x704: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   708: 23008052                       mov w3, #0x1
   70c: e9008052                       mov w9, #0x7
   710: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x710: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   714: c5088052                       mov w5, #0x46
   718: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x718: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   71c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x71c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   720: 041d0091                       add x4, x8, #0x7
   724: 28008052                       mov w8, #0x1
   728: ec4340a9                       ldp x12, x16, [sp]
   72c: eb2b40f9                       ldr x11, [sp, #0x50]
   730: e01b40f9                       ldr x0, [sp, #0x30]
   734: ef3b41a9                       ldp x15, x14, [sp, #0x10]
   738: 7f010ceb                       cmp x11, x12
   73c: ed3342a9                       ldp x13, x12, [sp, #0x20]
   740: 0a0c40f9                       ldr x10, [x0, #0x18]
   744: a1030054                       b.ne #0x74
   748: eb2f40f9                       ldr x11, [sp, #0x58]
   74c: 7f0110eb                       cmp x11, x16
   750: c1030054                       b.ne #0x78
   754: eb3340f9                       ldr x11, [sp, #0x60]
   758: 7f010feb                       cmp x11, x15
   75c: e1030054                       b.ne #0x7c
   760: eb3740f9                       ldr x11, [sp, #0x68]
   764: 7f010eeb                       cmp x11, x14
   768: 01040054                       b.ne #0x80
   76c: eb3b40f9                       ldr x11, [sp, #0x70]
   770: 7f010deb                       cmp x11, x13
   774: 21040054                       b.ne #0x84
   778: eb3f40f9                       ldr x11, [sp, #0x78]
   77c: 7f010ceb                       cmp x11, x12
   780: 0c010052                       eor w12, w8, #0x1
   784: 8c159f1a                       csinc w12, w12, wzr, ne
   788: 4c040036                       tbz w12, #0x0, #0x88
   78c: 68000034                       cbz w8, #0xc
   790: e84340f9                       ldr x8, [sp, #0x80]
   794: 481900f9                       str x8, [x10, #0x30]
   798: 410d098b                       add x1, x10, x9, lsl #3
   79c: e20316aa                       mov x2, x22
   7a0: 00000094                       bl #0x0
        # hole +0x7a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   7a4: e82740f9                       ldr x8, [sp, #0x48]
   7a8: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   7ac: c80600f9                       str x8, [x22, #0x8]
   7b0: ffc30391                       add sp, sp, #0xf0
   7b4: c0035fd6                       ret
   7b8: 4b0100f9                       str x11, [x10]
   7bc: eb2f40f9                       ldr x11, [sp, #0x58]
   7c0: 7f0110eb                       cmp x11, x16
   7c4: 80fcff54                       b.eq #-0x70
   7c8: 4b0500f9                       str x11, [x10, #0x8]
   7cc: eb3340f9                       ldr x11, [sp, #0x60]
   7d0: 7f010feb                       cmp x11, x15
   7d4: 60fcff54                       b.eq #-0x74
   7d8: 4b0900f9                       str x11, [x10, #0x10]
   7dc: eb3740f9                       ldr x11, [sp, #0x68]
   7e0: 7f010eeb                       cmp x11, x14
   7e4: 40fcff54                       b.eq #-0x78
   7e8: 4b0d00f9                       str x11, [x10, #0x18]
   7ec: eb3b40f9                       ldr x11, [sp, #0x70]
   7f0: 7f010deb                       cmp x11, x13
   7f4: 20fcff54                       b.eq #-0x7c
   7f8: 4b1100f9                       str x11, [x10, #0x20]
   7fc: eb3f40f9                       ldr x11, [sp, #0x78]
   800: 7f010ceb                       cmp x11, x12
   804: 0c010052                       eor w12, w8, #0x1
   808: 8c159f1a                       csinc w12, w12, wzr, ne
   80c: 0cfc0737                       tbnz w12, #0x0, #-0x80
   810: 4b1500f9                       str x11, [x10, #0x28]
   814: e8fbff35                       cbnz w8, #-0x84
   818: e0ffff17                       b #-0x80
   81c: 0b0080d2                       mov x11, #0x0
        # hole +0x81c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   820: e9031f2a                       mov w9, wzr
   824: e8031f2a                       mov w8, wzr
   828: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x828: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   82c: 43008052                       mov w3, #0x2
   830: 0a068052                       mov w10, #0x30
   834: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x834: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   838: 050f8052                       mov w5, #0x78
   83c: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x83c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   840: 64310091                       add x4, x11, #0xc
   844: 36ffff17                       b #-0x328
   848: 0c0080d2                       mov x12, #0x0
        # hole +0x848: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   84c: 2d008052                       mov w13, #0x1
   850: e9031f2a                       mov w9, wzr
   854: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x854: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   858: e8031f2a                       mov w8, wzr
   85c: 43008052                       mov w3, #0x2
   860: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x860: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   864: 0a068052                       mov w10, #0x30
   868: 45108052                       mov w5, #0x82
   86c: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x86c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   870: cd0200f9                       str x13, [x22]
   874: 84350091                       add x4, x12, #0xd
   878: eb2700f9                       str x11, [sp, #0x48]
   87c: 28ffff17                       b #-0x360
   880: 090080d2                       mov x9, #0x0
        # hole +0x880: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[16]+0
   884: e8031f2a                       mov w8, wzr
   888: 63008052                       mov w3, #0x3
   88c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x88c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[16]+0
   890: c5088052                       mov w5, #0x46
   894: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x894: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[16]+0
   898: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x898: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[16]+0
   89c: 241d0091                       add x4, x9, #0x7
   8a0: a9008052                       mov w9, #0x5
   8a4: a1ffff17                       b #-0x17c
   8a8: 080080d2                       mov x8, #0x0
        # hole +0x8a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   8ac: 23008052                       mov w3, #0x1
   8b0: 0a098052                       mov w10, #0x48
   8b4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8b4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   8b8: 050a8052                       mov w5, #0x50
   8bc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x8bc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   8c0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x8c0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   8c4: 62ffff17                       b #-0x278
   8c8: 090080d2                       mov x9, #0x0
        # hole +0x8c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   8cc: e8031f2a                       mov w8, wzr
   8d0: 23008052                       mov w3, #0x1
   8d4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x8d4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   8d8: 0a088052                       mov w10, #0x40
   8dc: 450b8052                       mov w5, #0x5a
   8e0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x8e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   8e4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x8e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   8e8: 24250091                       add x4, x9, #0x9
   8ec: 6dffff17                       b #-0x24c
   8f0: 090080d2                       mov x9, #0x0
        # hole +0x8f0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   8f4: e8031f2a                       mov w8, wzr
   8f8: 23008052                       mov w3, #0x1
   8fc: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x8fc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   900: 0a088052                       mov w10, #0x40
   904: 850c8052                       mov w5, #0x64
   908: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x908: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   90c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x90c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   910: 63ffff17                       b #-0x274
