# stencil nested_pop for aarch64-unknown-linux-gnu: 2204 code bytes, 0 data bytes, 71 holes
     0: ffc302d1                       sub sp, sp, #0xb0
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: cbaa40a9                       ldp x11, x10, [x22, #0x8]
     c: fd7b0aa9                       stp x29, x30, [sp, #0xa0]
    10: 182541a9                       ldp x24, x9, [x8, #0x10]
    14: 194d42a9                       ldp x25, x19, [x8, #0x20]
    18: ea2300f9                       str x10, [sp, #0x40]
    1c: 1b5540a9                       ldp x27, x21, [x8]
    20: 480900d1                       sub x8, x10, #0x2
    24: f20309aa                       mov x18, x9
    28: f42303a9                       stp x20, x8, [sp, #0x30]
    2c: f94f02a9                       stp x25, x19, [sp, #0x20]
    30: f82701a9                       stp x24, x9, [sp, #0x10]
    34: fb5700a9                       stp x27, x21, [sp]
    38: f70318aa                       mov x23, x24
    3c: fd031baa                       mov x29, x27
    40: eb2700f9                       str x11, [sp, #0x48]
    44: 03000014                       b #0xc
    48: 9f0209eb                       cmp x20, x9
    4c: ec0e0054                       b.gt #0x1dc
    50: 33010037                       tbnz w19, #0x0, #0x24
    54: 680240f9                       ldr x8, [x19]
    58: 080500f1                       subs x8, x8, #0x1
    5c: 680200f9                       str x8, [x19]
    60: a1000054                       b.ne #0x14
    64: e00313aa                       mov x0, x19
    68: f40312aa                       mov x20, x18
    6c: 00000094                       bl #0x0
        # hole +0x6c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    70: f20314aa                       mov x18, x20
    74: fd5705a9                       stp x29, x21, [sp, #0x50]
    78: f74b06a9                       stp x23, x18, [sp, #0x60]
    7c: f94f07a9                       stp x25, x19, [sp, #0x70]
    80: fb7308a9                       stp x27, x28, [sp, #0x80]
    84: f86b09a9                       stp x24, x26, [sp, #0x90]
    88: 591c0037                       tbnz w25, #0x0, #0x388
    8c: 280b40b9                       ldr w8, [x25, #0x8]
    90: 1f110071                       cmp w8, #0x4
    94: e11b0054                       b.ne #0x37c
    98: 2aa743a9                       ldp x10, x9, [x25, #0x38]
    9c: 281b40f9                       ldr x8, [x25, #0x30]
    a0: 3f0500f1                       cmp x9, #0x1
    a4: ab000054                       b.lt #0x14
    a8: 1f010aeb                       cmp x8, x10
    ac: f40316aa                       mov x20, x22
    b0: ab000054                       b.lt #0x14
    b4: 1a010014                       b #0x468
    b8: 1f010aeb                       cmp x8, x10
    bc: f40316aa                       mov x20, x22
    c0: ed220054                       b.le #0x45c
    c4: 2a008052                       mov w10, #0x1
    c8: 0901098b                       add x9, x8, x9
    cc: 480508aa                       orr x8, x10, x8, lsl #1
    d0: 291b00f9                       str x9, [x25, #0x30]
    d4: e83f00f9                       str x8, [sp, #0x78]
    d8: e82f00f9                       str x8, [sp, #0x58]
    dc: b5000037                       tbnz w21, #0x0, #0x14
    e0: a80240f9                       ldr x8, [x21]
    e4: 080500f1                       subs x8, x8, #0x1
    e8: a80200f9                       str x8, [x21]
    ec: e0010054                       b.eq #0x3c
    f0: 150080d2                       mov x21, #0x0
        # hole +0xf0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
    f4: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0xf4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
    f8: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0xf8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
    fc: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0xfc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
   100: 35020037                       tbnz w21, #0x0, #0x44
   104: a80240f9                       ldr x8, [x21]
   108: 08050091                       add x8, x8, #0x1
   10c: a80200f9                       str x8, [x21]
   110: e83740f9                       ldr x8, [sp, #0x68]
   114: f53f00f9                       str x21, [sp, #0x78]
   118: c8010036                       tbz w8, #0x0, #0x38
   11c: e84300f9                       str x8, [sp, #0x80]
   120: 55020036                       tbz w21, #0x0, #0x48
   124: 08010014                       b #0x420
   128: e00315aa                       mov x0, x21
   12c: 00000094                       bl #0x0
        # hole +0x12c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   130: 150080d2                       mov x21, #0x0
        # hole +0x130: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
   134: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x134: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
   138: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x138: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
   13c: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x13c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
   140: 35fe0736                       tbz w21, #0x0, #-0x3c
   144: e83740f9                       ldr x8, [sp, #0x68]
   148: f53f00f9                       str x21, [sp, #0x78]
   14c: 88fe0737                       tbnz w8, #0x0, #-0x30
   150: 090140f9                       ldr x9, [x8]
   154: 29050091                       add x9, x9, #0x1
   158: 090100f9                       str x9, [x8]
   15c: f53f40f9                       ldr x21, [sp, #0x78]
   160: e84300f9                       str x8, [sp, #0x80]
   164: 151f0037                       tbnz w21, #0x0, #0x3e0
   168: a80a40b9                       ldr w8, [x21, #0x8]
   16c: 1f210071                       cmp w8, #0x8
   170: a11e0054                       b.ne #0x3d4
   174: a81e40f9                       ldr x8, [x21, #0x38]
   178: e9430191                       add x9, sp, #0x50
   17c: e00314aa                       mov x0, x20
   180: 21c10091                       add x1, x9, #0x30
   184: 22008052                       mov w2, #0x1
   188: 00013fd6                       blr x8
   18c: e84340f9                       ldr x8, [sp, #0x80]
   190: f30300aa                       mov x19, x0
   194: a8000037                       tbnz w8, #0x0, #0x14
   198: 090140f9                       ldr x9, [x8]
   19c: 290500f1                       subs x9, x9, #0x1
   1a0: 090100f9                       str x9, [x8]
   1a4: 40030054                       b.eq #0x68
   1a8: a80240f9                       ldr x8, [x21]
   1ac: 080500f1                       subs x8, x8, #0x1
   1b0: a80200f9                       str x8, [x21]
   1b4: 61000054                       b.ne #0xc
   1b8: e00315aa                       mov x0, x21
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1c0: 932700b4                       cbz x19, #0x4f0
   1c4: fd5745a9                       ldp x29, x21, [sp, #0x50]
   1c8: f93b40f9                       ldr x25, [sp, #0x70]
   1cc: f74b46a9                       ldp x23, x18, [sp, #0x60]
   1d0: f84b40f9                       ldr x24, [sp, #0x90]
   1d4: f33f00f9                       str x19, [sp, #0x78]
   1d8: fb7348a9                       ldp x27, x28, [sp, #0x80]
   1dc: f3120037                       tbnz w19, #0x0, #0x25c
   1e0: 680a40b9                       ldr w8, [x19, #0x8]
   1e4: 1f110071                       cmp w8, #0x4
   1e8: 81120054                       b.ne #0x250
   1ec: 69a243a9                       ldp x9, x8, [x19, #0x38]
   1f0: fa4f40f9                       ldr x26, [sp, #0x98]
   1f4: 741a40f9                       ldr x20, [x19, #0x30]
   1f8: 1f0500f1                       cmp x8, #0x1
   1fc: 6bf2ff54                       b.lt #-0x1b4
   200: 9f0209eb                       cmp x20, x9
   204: 6af2ff54                       b.ge #-0x1b4
   208: 08000014                       b #0x20
   20c: e00308aa                       mov x0, x8
   210: 00000094                       bl #0x0
        # hole +0x210: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   214: a80240f9                       ldr x8, [x21]
   218: 080500f1                       subs x8, x8, #0x1
   21c: a80200f9                       str x8, [x21]
   220: 01fdff54                       b.ne #-0x60
   224: e5ffff17                       b #-0x6c
   228: 8802088b                       add x8, x20, x8
   22c: 681a00f9                       str x8, [x19, #0x30]
   230: b7000037                       tbnz w23, #0x0, #0x14
   234: e80240f9                       ldr x8, [x23]
   238: 080500f1                       subs x8, x8, #0x1
   23c: e80200f9                       str x8, [x23]
   240: c00d0054                       b.eq #0x1b8
   244: 9d000037                       tbnz w29, #0x0, #0x10
   248: a80340f9                       ldr x8, [x29]
   24c: 08050091                       add x8, x8, #0x1
   250: a80300f9                       str x8, [x29]
   254: 1700f8d2                       mov x23, #-0x4000000000000000
   258: 95000037                       tbnz w21, #0x0, #0x10
   25c: a80240f9                       ldr x8, [x21]
   260: 08050091                       add x8, x8, #0x1
   264: a80200f9                       str x8, [x21]
   268: 89fa7fd3                       lsl x9, x20, #1
   26c: a8fe4193                       asr x8, x21, #1
   270: 38008052                       mov w24, #0x1
   274: 98fa7fb3                       bfi x24, x20, #1, #63
   278: 2afd4193                       asr x10, x9, #1
   27c: 097d0a9b                       mul x9, x8, x10
   280: 0a7d4a9b                       smulh x10, x8, x10
   284: 5ffd89eb                       cmp x10, x9, asr #63
   288: 612c0054                       b.ne #0x58c
   28c: 2a01178b                       add x10, x9, x23
   290: 2a2cf8b6                       tbz x10, #0x3f, #0x584
   294: 2a008052                       mov w10, #0x1
   298: 5c0509aa                       orr x28, x10, x9, lsl #1
   29c: 3d2d0036                       tbz w29, #0x0, #0x5a4
   2a0: 29059d8b                       add x9, x9, x29, asr #1
   2a4: 3f0117ab                       cmn x9, x23
   2a8: 052e0054                       b.pl #0x5c0
   2ac: 2b008052                       mov w11, #0x1
   2b0: ca0240f9                       ldr x10, [x22]
   2b4: 7b0509aa                       orr x27, x11, x9, lsl #1
   2b8: 8a2500b5                       cbnz x10, #0x4b0
   2bc: e93344a9                       ldp x9, x12, [sp, #0x40]
   2c0: 8b050091                       add x11, x12, #0x1
   2c4: 7f0109eb                       cmp x11, x9
   2c8: 6a260054                       b.ge #0x4cc
   2cc: 690a40b9                       ldr w9, [x19, #0x8]
   2d0: 3f110071                       cmp w9, #0x4
   2d4: 21280054                       b.ne #0x504
   2d8: 6daa43a9                       ldp x13, x10, [x19, #0x38]
   2dc: 691a40f9                       ldr x9, [x19, #0x30]
   2e0: 5f0500f1                       cmp x10, #0x1
   2e4: 0b040054                       b.lt #0x80
   2e8: 3f010deb                       cmp x9, x13
   2ec: 6aeaff54                       b.ge #-0x2b4
   2f0: f01f40f9                       ldr x16, [sp, #0x38]
   2f4: 2bf97fd3                       lsl x11, x9, #1
   2f8: 4ff97fd3                       lsl x15, x10, #1
   2fc: ee032caa                       mvn x14, x12
   300: 10020ccb                       sub x16, x16, x12
   304: 95000037                       tbnz w21, #0x0, #0x10
   308: ac0240f9                       ldr x12, [x21]
   30c: 8c050091                       add x12, x12, #0x1
   310: ac0200f9                       str x12, [x21]
   314: 71fd4193                       asr x17, x11, #1
   318: 29010a8b                       add x9, x9, x10
   31c: 0c7d119b                       mul x12, x8, x17
   320: 117d519b                       smulh x17, x8, x17
   324: 3ffe8ceb                       cmp x17, x12, asr #63
   328: 611d0054                       b.ne #0x3ac
   32c: 9101178b                       add x17, x12, x23
   330: 311df8b6                       tbz x17, #0x3f, #0x3a4
   334: 91059b8b                       add x17, x12, x27, asr #1
   338: 3f0217ab                       cmn x17, x23
   33c: 051f0054                       b.pl #0x3e0
   340: 34008052                       mov w20, #0x1
   344: 9b0611aa                       orr x27, x20, x17, lsl #1
   348: b01800b4                       cbz x16, #0x314
   34c: 3f010deb                       cmp x9, x13
   350: ce0500d1                       sub x14, x14, #0x1
   354: 100600d1                       sub x16, x16, #0x1
   358: 6b010f8b                       add x11, x11, x15
   35c: 4bfdff54                       b.lt #-0x58
   360: 1f000014                       b #0x7c
   364: 3f010deb                       cmp x9, x13
   368: 8de6ff54                       b.le #-0x330
   36c: f01f40f9                       ldr x16, [sp, #0x38]
   370: 2bf97fd3                       lsl x11, x9, #1
   374: 4ff97fd3                       lsl x15, x10, #1
   378: ee032caa                       mvn x14, x12
   37c: 10020ccb                       sub x16, x16, x12
   380: 95000037                       tbnz w21, #0x0, #0x10
   384: ac0240f9                       ldr x12, [x21]
   388: 8c050091                       add x12, x12, #0x1
   38c: ac0200f9                       str x12, [x21]
   390: 71fd4193                       asr x17, x11, #1
   394: 29010a8b                       add x9, x9, x10
   398: 0c7d119b                       mul x12, x8, x17
   39c: 117d519b                       smulh x17, x8, x17
   3a0: 3ffe8ceb                       cmp x17, x12, asr #63
   3a4: 81190054                       b.ne #0x330
   3a8: 9101178b                       add x17, x12, x23
   3ac: 5119f8b6                       tbz x17, #0x3f, #0x328
   3b0: 91059b8b                       add x17, x12, x27, asr #1
   3b4: 3f0217ab                       cmn x17, x23
   3b8: 251b0054                       b.pl #0x364
   3bc: 34008052                       mov w20, #0x1
   3c0: 9b0611aa                       orr x27, x20, x17, lsl #1
   3c4: d01400b4                       cbz x16, #0x298
   3c8: 3f010deb                       cmp x9, x13
   3cc: ce0500d1                       sub x14, x14, #0x1
   3d0: 100600d1                       sub x16, x16, #0x1
   3d4: 6b010f8b                       add x11, x11, x15
   3d8: 4cfdff54                       b.gt #-0x58
   3dc: 68050acb                       sub x8, x11, x10, lsl #1
   3e0: 2a008052                       mov w10, #0x1
   3e4: eb030ecb                       neg x11, x14
   3e8: 5c050caa                       orr x28, x10, x12, lsl #1
   3ec: 691a00f9                       str x9, [x19, #0x30]
   3f0: 180140b2                       orr x24, x8, #0x1
   3f4: 11ffff17                       b #-0x3bc
   3f8: e00317aa                       mov x0, x23
   3fc: f70312aa                       mov x23, x18
   400: 00000094                       bl #0x0
        # hole +0x400: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   404: f20317aa                       mov x18, x23
   408: 1df20736                       tbz w29, #0x0, #-0x1c0
   40c: 92ffff17                       b #-0x1b8
   410: 090080d2                       mov x9, #0x0
        # hole +0x410: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   414: e8031f2a                       mov w8, wzr
   418: 23008052                       mov w3, #0x1
   41c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x41c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   420: 45018052                       mov w5, #0xa
   424: f40316aa                       mov x20, x22
   428: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x428: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   42c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x42c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   430: 24050091                       add x4, x9, #0x1
   434: 42000014                       b #0x108
   438: 090080d2                       mov x9, #0x0
        # hole +0x438: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   43c: ea031f2a                       mov w10, wzr
   440: e8031f2a                       mov w8, wzr
   444: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x444: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   448: 23008052                       mov w3, #0x1
   44c: 45018052                       mov w5, #0xa
   450: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x450: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   454: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x454: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   458: 24050091                       add x4, x9, #0x1
   45c: 09068052                       mov w9, #0x30
   460: ec8342a9                       ldp x12, x0, [sp, #0x28]
   464: f10340f9                       ldr x17, [sp]
   468: eeb741a9                       ldp x14, x13, [sp, #0x18]
   46c: f0bf40a9                       ldp x16, x15, [sp, #0x8]
   470: bf0311eb                       cmp x29, x17
   474: 0b0c40f9                       ldr x11, [x0, #0x18]
   478: a1010054                       b.ne #0x34
   47c: bf0210eb                       cmp x21, x16
   480: c1010054                       b.ne #0x38
   484: ff020feb                       cmp x23, x15
   488: e1010054                       b.ne #0x3c
   48c: 5f020eeb                       cmp x18, x14
   490: 01020054                       b.ne #0x40
   494: 3f030deb                       cmp x25, x13
   498: 21020054                       b.ne #0x44
   49c: 7f020ceb                       cmp x19, x12
   4a0: 41020054                       b.ne #0x48
   4a4: 6a020035                       cbnz w10, #0x4c
   4a8: 15000014                       b #0x54
   4ac: 7d0100f9                       str x29, [x11]
   4b0: bf0210eb                       cmp x21, x16
   4b4: 80feff54                       b.eq #-0x30
   4b8: 750500f9                       str x21, [x11, #0x8]
   4bc: ff020feb                       cmp x23, x15
   4c0: 60feff54                       b.eq #-0x34
   4c4: 770900f9                       str x23, [x11, #0x10]
   4c8: 5f020eeb                       cmp x18, x14
   4cc: 40feff54                       b.eq #-0x38
   4d0: 720d00f9                       str x18, [x11, #0x18]
   4d4: 3f030deb                       cmp x25, x13
   4d8: 20feff54                       b.eq #-0x3c
   4dc: 791100f9                       str x25, [x11, #0x20]
   4e0: 7f020ceb                       cmp x19, x12
   4e4: 00feff54                       b.eq #-0x40
   4e8: 731500f9                       str x19, [x11, #0x28]
   4ec: 8a000034                       cbz w10, #0x10
   4f0: 7b7103a9                       stp x27, x28, [x11, #0x30]
   4f4: 48000034                       cbz w8, #0x8
   4f8: 782100f9                       str x24, [x11, #0x40]
   4fc: 6101098b                       add x1, x11, x9
   500: e20314aa                       mov x2, x20
   504: 00000094                       bl #0x0
        # hole +0x504: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   508: e82740f9                       ldr x8, [sp, #0x48]
   50c: fd7b4aa9                       ldp x29, x30, [sp, #0xa0]
   510: 880600f9                       str x8, [x20, #0x8]
   514: ffc30291                       add sp, sp, #0xb0
   518: c0035fd6                       ret
   51c: 090080d2                       mov x9, #0x0
        # hole +0x51c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   520: e8031f2a                       mov w8, wzr
   524: 43008052                       mov w3, #0x2
   528: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x528: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   52c: 85028052                       mov w5, #0x14
   530: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x530: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   534: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x534: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   538: 24090091                       add x4, x9, #0x2
   53c: a9008052                       mov w9, #0x5
   540: 0a000014                       b #0x28
   544: 080080d2                       mov x8, #0x0
        # hole +0x544: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   548: 23008052                       mov w3, #0x1
   54c: e9008052                       mov w9, #0x7
   550: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x550: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   554: c5088052                       mov w5, #0x46
   558: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x558: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   55c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x55c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   560: 041d0091                       add x4, x8, #0x7
   564: 28008052                       mov w8, #0x1
   568: ec4340a9                       ldp x12, x16, [sp]
   56c: eb2b40f9                       ldr x11, [sp, #0x50]
   570: e01b40f9                       ldr x0, [sp, #0x30]
   574: ef3b41a9                       ldp x15, x14, [sp, #0x10]
   578: 7f010ceb                       cmp x11, x12
   57c: ed3342a9                       ldp x13, x12, [sp, #0x20]
   580: 0a0c40f9                       ldr x10, [x0, #0x18]
   584: a1020054                       b.ne #0x54
   588: eb2f40f9                       ldr x11, [sp, #0x58]
   58c: 7f0110eb                       cmp x11, x16
   590: c1020054                       b.ne #0x58
   594: eb3340f9                       ldr x11, [sp, #0x60]
   598: 7f010feb                       cmp x11, x15
   59c: e1020054                       b.ne #0x5c
   5a0: eb3740f9                       ldr x11, [sp, #0x68]
   5a4: 7f010eeb                       cmp x11, x14
   5a8: 01030054                       b.ne #0x60
   5ac: eb3b40f9                       ldr x11, [sp, #0x70]
   5b0: 7f010deb                       cmp x11, x13
   5b4: 21030054                       b.ne #0x64
   5b8: eb3f40f9                       ldr x11, [sp, #0x78]
   5bc: 7f010ceb                       cmp x11, x12
   5c0: 0c010052                       eor w12, w8, #0x1
   5c4: 8c159f1a                       csinc w12, w12, wzr, ne
   5c8: 4c030037                       tbnz w12, #0x0, #0x68
   5cc: 4b1500f9                       str x11, [x10, #0x28]
   5d0: 28030035                       cbnz w8, #0x64
   5d4: 1a000014                       b #0x68
   5d8: 4b0100f9                       str x11, [x10]
   5dc: eb2f40f9                       ldr x11, [sp, #0x58]
   5e0: 7f0110eb                       cmp x11, x16
   5e4: 80fdff54                       b.eq #-0x50
   5e8: 4b0500f9                       str x11, [x10, #0x8]
   5ec: eb3340f9                       ldr x11, [sp, #0x60]
   5f0: 7f010feb                       cmp x11, x15
   5f4: 60fdff54                       b.eq #-0x54
   5f8: 4b0900f9                       str x11, [x10, #0x10]
   5fc: eb3740f9                       ldr x11, [sp, #0x68]
   600: 7f010eeb                       cmp x11, x14
   604: 40fdff54                       b.eq #-0x58
   608: 4b0d00f9                       str x11, [x10, #0x18]
   60c: eb3b40f9                       ldr x11, [sp, #0x70]
   610: 7f010deb                       cmp x11, x13
   614: 20fdff54                       b.eq #-0x5c
   618: 4b1100f9                       str x11, [x10, #0x20]
   61c: eb3f40f9                       ldr x11, [sp, #0x78]
   620: 7f010ceb                       cmp x11, x12
   624: 0c010052                       eor w12, w8, #0x1
   628: 8c159f1a                       csinc w12, w12, wzr, ne
   62c: 0cfd0736                       tbz w12, #0x0, #-0x60
   630: 68000034                       cbz w8, #0xc
   634: e84340f9                       ldr x8, [sp, #0x80]
   638: 481900f9                       str x8, [x10, #0x30]
   63c: 410d098b                       add x1, x10, x9, lsl #3
   640: e20314aa                       mov x2, x20
   644: 00000094                       bl #0x0
        # hole +0x644: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   648: e82740f9                       ldr x8, [sp, #0x48]
   64c: fd7b4aa9                       ldp x29, x30, [sp, #0xa0]
   650: 880600f9                       str x8, [x20, #0x8]
   654: ffc30291                       add sp, sp, #0xb0
   658: c0035fd6                       ret
   65c: 0d0080d2                       mov x13, #0x0
        # hole +0x65c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   660: 770140b2                       orr x23, x11, #0x1
   664: 2b008052                       mov w11, #0x1
   668: 0d00a0f2                       movk x13, #0x0, lsl #16
        # hole +0x668: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   66c: 7c050caa                       orr x28, x11, x12, lsl #1
   670: cb0200f9                       str x11, [x22]
   674: 0d00c0f2                       movk x13, #0x0, lsl #32
        # hole +0x674: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   678: eb2340f9                       ldr x11, [sp, #0x40]
   67c: ea031f2a                       mov w10, wzr
   680: 0d00e0f2                       movk x13, #0x0, lsl #48
        # hole +0x680: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   684: e8031f2a                       mov w8, wzr
   688: 691a00f9                       str x9, [x19, #0x30]
   68c: 43008052                       mov w3, #0x2
   690: 09068052                       mov w9, #0x30
   694: 45108052                       mov w5, #0x82
   698: f40316aa                       mov x20, x22
   69c: a4350091                       add x4, x13, #0xd
   6a0: eb2700f9                       str x11, [sp, #0x48]
   6a4: f80317aa                       mov x24, x23
   6a8: fd031baa                       mov x29, x27
   6ac: 6dffff17                       b #-0x24c
   6b0: 090080d2                       mov x9, #0x0
        # hole +0x6b0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   6b4: e8031f2a                       mov w8, wzr
   6b8: 63008052                       mov w3, #0x3
   6bc: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x6bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   6c0: c5088052                       mov w5, #0x46
   6c4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x6c4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   6c8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x6c8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   6cc: 241d0091                       add x4, x9, #0x7
   6d0: 9bffff17                       b #-0x194
   6d4: e8030ecb                       neg x8, x14
   6d8: 770140b2                       orr x23, x11, #0x1
   6dc: 691a00f9                       str x9, [x19, #0x30]
   6e0: e82700f9                       str x8, [sp, #0x48]
   6e4: 080080d2                       mov x8, #0x0
        # hole +0x6e4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   6e8: 23008052                       mov w3, #0x1
   6ec: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   6f0: 09098052                       mov w9, #0x48
   6f4: 050a8052                       mov w5, #0x50
   6f8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x6f8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   6fc: fc0315aa                       mov x28, x21
   700: f80317aa                       mov x24, x23
   704: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x704: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   708: fd031baa                       mov x29, x27
   70c: 04210091                       add x4, x8, #0x8
   710: 2a008052                       mov w10, #0x1
   714: 28008052                       mov w8, #0x1
   718: 3d000014                       b #0xf4
   71c: 0a0080d2                       mov x10, #0x0
        # hole +0x71c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   720: e8030ecb                       neg x8, x14
   724: 770140b2                       orr x23, x11, #0x1
   728: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x728: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   72c: 23008052                       mov w3, #0x1
   730: e82700f9                       str x8, [sp, #0x48]
   734: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x734: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   738: f40316aa                       mov x20, x22
   73c: e8031f2a                       mov w8, wzr
   740: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x740: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   744: 691a00f9                       str x9, [x19, #0x30]
   748: 09088052                       mov w9, #0x40
   74c: 850c8052                       mov w5, #0x64
   750: 7c040caa                       orr x28, x3, x12, lsl #1
   754: 44290091                       add x4, x10, #0xa
   758: f80317aa                       mov x24, x23
   75c: fd031baa                       mov x29, x27
   760: 2a008052                       mov w10, #0x1
   764: 3fffff17                       b #-0x304
   768: 0b0080d2                       mov x11, #0x0
        # hole +0x768: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   76c: ea031f2a                       mov w10, wzr
   770: e8031f2a                       mov w8, wzr
   774: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x774: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   778: 43008052                       mov w3, #0x2
   77c: 09068052                       mov w9, #0x30
   780: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x780: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   784: 050f8052                       mov w5, #0x78
   788: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x788: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   78c: 64310091                       add x4, x11, #0xc
   790: 1d000014                       b #0x74
   794: 0c0080d2                       mov x12, #0x0
        # hole +0x794: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   798: 2d008052                       mov w13, #0x1
   79c: ea031f2a                       mov w10, wzr
   7a0: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x7a0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   7a4: e8031f2a                       mov w8, wzr
   7a8: 43008052                       mov w3, #0x2
   7ac: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x7ac: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   7b0: 09068052                       mov w9, #0x30
   7b4: 45108052                       mov w5, #0x82
   7b8: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x7b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   7bc: f40316aa                       mov x20, x22
   7c0: cd0200f9                       str x13, [x22]
   7c4: 84350091                       add x4, x12, #0xd
   7c8: eb2700f9                       str x11, [sp, #0x48]
   7cc: f70318aa                       mov x23, x24
   7d0: fd031baa                       mov x29, x27
   7d4: 23ffff17                       b #-0x374
   7d8: 0c0080d2                       mov x12, #0x0
        # hole +0x7d8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   7dc: ea031f2a                       mov w10, wzr
   7e0: e8031f2a                       mov w8, wzr
   7e4: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x7e4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   7e8: 23008052                       mov w3, #0x1
   7ec: 09068052                       mov w9, #0x30
   7f0: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x7f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   7f4: 45018052                       mov w5, #0xa
   7f8: eb2700f9                       str x11, [sp, #0x48]
   7fc: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x7fc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   800: 84050091                       add x4, x12, #0x1
   804: f70318aa                       mov x23, x24
   808: fd031baa                       mov x29, x27
   80c: f40316aa                       mov x20, x22
   810: 14ffff17                       b #-0x3b0
   814: 080080d2                       mov x8, #0x0
        # hole +0x814: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   818: 23008052                       mov w3, #0x1
   81c: 09098052                       mov w9, #0x48
   820: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x820: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   824: 050a8052                       mov w5, #0x50
   828: fb031daa                       mov x27, x29
   82c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x82c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   830: fc0315aa                       mov x28, x21
   834: f70318aa                       mov x23, x24
   838: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x838: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   83c: b4ffff17                       b #-0x130
   840: 0a0080d2                       mov x10, #0x0
        # hole +0x840: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   844: e8031f2a                       mov w8, wzr
   848: 23008052                       mov w3, #0x1
   84c: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x84c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   850: 09088052                       mov w9, #0x40
   854: 450b8052                       mov w5, #0x5a
   858: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x858: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   85c: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x85c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   860: 44250091                       add x4, x10, #0x9
   864: 0a000014                       b #0x28
   868: 0a0080d2                       mov x10, #0x0
        # hole +0x868: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   86c: e8031f2a                       mov w8, wzr
   870: 23008052                       mov w3, #0x1
   874: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x874: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   878: 09088052                       mov w9, #0x40
   87c: 850c8052                       mov w5, #0x64
   880: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x880: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   884: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x884: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   888: 44290091                       add x4, x10, #0xa
   88c: fb031daa                       mov x27, x29
   890: f70318aa                       mov x23, x24
   894: 2a008052                       mov w10, #0x1
   898: ddffff17                       b #-0x8c
