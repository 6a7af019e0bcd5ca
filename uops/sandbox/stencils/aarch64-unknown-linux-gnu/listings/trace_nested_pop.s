# stencil nested_pop for aarch64-unknown-linux-gnu: 2020 code bytes, 0 data bytes, 68 holes
     0: ffc302d1                       sub sp, sp, #0xb0
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 0b0080d2                       mov x11, #0x0
        # hole +0x8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
     c: fd7b0aa9                       stp x29, x30, [sp, #0xa0]
    10: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
    14: f41b00f9                       str x20, [sp, #0x30]
    18: 34008052                       mov w20, #0x1
    1c: 1b2941a9                       ldp x27, x10, [x8, #0x10]
    20: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
    24: 094d42a9                       ldp x9, x19, [x8, #0x20]
    28: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
    2c: 1d7140a9                       ldp x29, x28, [x8]
    30: eb2700f9                       str x11, [sp, #0x48]
    34: 1a00f8d2                       mov x26, #-0x4000000000000000
    38: f0030aaa                       mov x16, x10
    3c: e94f02a9                       stp x9, x19, [sp, #0x20]
    40: ef0309aa                       mov x15, x9
    44: fb2b01a9                       stp x27, x10, [sp, #0x10]
    48: fd7300a9                       stp x29, x28, [sp]
    4c: 03000014                       b #0xc
    50: fb0317aa                       mov x27, x23
    54: fd0318aa                       mov x29, x24
    58: 73010037                       tbnz w19, #0x0, #0x2c
    5c: 680240f9                       ldr x8, [x19]
    60: 080500f1                       subs x8, x8, #0x1
    64: 680200f9                       str x8, [x19]
    68: e1000054                       b.ne #0x1c
    6c: e00313aa                       mov x0, x19
    70: f1bf03a9                       stp x17, x15, [sp, #0x38]
    74: f90310aa                       mov x25, x16
    78: 00000094                       bl #0x0
        # hole +0x78: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    7c: f1bf43a9                       ldp x17, x15, [sp, #0x38]
    80: f00319aa                       mov x16, x25
    84: fd7305a9                       stp x29, x28, [sp, #0x50]
    88: fb4306a9                       stp x27, x16, [sp, #0x60]
    8c: ef4f07a9                       stp x15, x19, [sp, #0x70]
    90: f85708a9                       stp x24, x21, [sp, #0x80]
    94: f74709a9                       stp x23, x17, [sp, #0x90]
    98: 0f250037                       tbnz w15, #0x0, #0x4a0
    9c: e80940b9                       ldr w8, [x15, #0x8]
    a0: 1f110071                       cmp w8, #0x4
    a4: a1240054                       b.ne #0x494
    a8: eaa543a9                       ldp x10, x9, [x15, #0x38]
    ac: e81940f9                       ldr x8, [x15, #0x30]
    b0: 3f0500f1                       cmp x9, #0x1
    b4: ab000054                       b.lt #0x14
    b8: f52740f9                       ldr x21, [sp, #0x48]
    bc: 1f010aeb                       cmp x8, x10
    c0: ab000054                       b.lt #0x14
    c4: 31010014                       b #0x4c4
    c8: f52740f9                       ldr x21, [sp, #0x48]
    cc: 1f010aeb                       cmp x8, x10
    d0: cd250054                       b.le #0x4b8
    d4: 0901098b                       add x9, x8, x9
    d8: 880608aa                       orr x8, x20, x8, lsl #1
    dc: e91900f9                       str x9, [x15, #0x30]
    e0: e83f00f9                       str x8, [sp, #0x78]
    e4: e82f00f9                       str x8, [sp, #0x58]
    e8: bc000037                       tbnz w28, #0x0, #0x14
    ec: 880340f9                       ldr x8, [x28]
    f0: 080500f1                       subs x8, x8, #0x1
    f4: 880300f9                       str x8, [x28]
    f8: 60010054                       b.eq #0x2c
    fc: b5010037                       tbnz w21, #0x0, #0x34
   100: a80240f9                       ldr x8, [x21]
   104: 08050091                       add x8, x8, #0x1
   108: a80200f9                       str x8, [x21]
   10c: e83740f9                       ldr x8, [sp, #0x68]
   110: f53f00f9                       str x21, [sp, #0x78]
   114: 48010036                       tbz w8, #0x0, #0x28
   118: e84300f9                       str x8, [sp, #0x80]
   11c: d5010036                       tbz w21, #0x0, #0x38
   120: 62010014                       b #0x588
   124: e0031caa                       mov x0, x28
   128: 00000094                       bl #0x0
        # hole +0x128: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: b5fe0736                       tbz w21, #0x0, #-0x2c
   130: e83740f9                       ldr x8, [sp, #0x68]
   134: f53f00f9                       str x21, [sp, #0x78]
   138: 08ff0737                       tbnz w8, #0x0, #-0x20
   13c: 090140f9                       ldr x9, [x8]
   140: 29050091                       add x9, x9, #0x1
   144: 090100f9                       str x9, [x8]
   148: f53f40f9                       ldr x21, [sp, #0x78]
   14c: e84300f9                       str x8, [sp, #0x80]
   150: d52a0037                       tbnz w21, #0x0, #0x558
   154: a80a40b9                       ldr w8, [x21, #0x8]
   158: 1f210071                       cmp w8, #0x8
   15c: 612a0054                       b.ne #0x54c
   160: a81e40f9                       ldr x8, [x21, #0x38]
   164: e9430191                       add x9, sp, #0x50
   168: e00316aa                       mov x0, x22
   16c: 21c10091                       add x1, x9, #0x30
   170: 22008052                       mov w2, #0x1
   174: 00013fd6                       blr x8
   178: e84340f9                       ldr x8, [sp, #0x80]
   17c: f30300aa                       mov x19, x0
   180: a8000037                       tbnz w8, #0x0, #0x14
   184: 090140f9                       ldr x9, [x8]
   188: 290500f1                       subs x9, x9, #0x1
   18c: 090100f9                       str x9, [x8]
   190: 600d0054                       b.eq #0x1ac
   194: a80240f9                       ldr x8, [x21]
   198: 080500f1                       subs x8, x8, #0x1
   19c: a80200f9                       str x8, [x21]
   1a0: 61000054                       b.ne #0xc
   1a4: e00315aa                       mov x0, x21
   1a8: 00000094                       bl #0x0
        # hole +0x1a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1ac: 732c00b4                       cbz x19, #0x58c
   1b0: fd7345a9                       ldp x29, x28, [sp, #0x50]
   1b4: ef3b40f9                       ldr x15, [sp, #0x70]
   1b8: fb4346a9                       ldp x27, x16, [sp, #0x60]
   1bc: f74b40f9                       ldr x23, [sp, #0x90]
   1c0: f33f00f9                       str x19, [sp, #0x78]
   1c4: f85748a9                       ldp x24, x21, [sp, #0x80]
   1c8: b31c0037                       tbnz w19, #0x0, #0x394
   1cc: 680a40b9                       ldr w8, [x19, #0x8]
   1d0: 1f110071                       cmp w8, #0x4
   1d4: 411c0054                       b.ne #0x388
   1d8: 69a243a9                       ldp x9, x8, [x19, #0x38]
   1dc: f14f40f9                       ldr x17, [sp, #0x98]
   1e0: 791a40f9                       ldr x25, [x19, #0x30]
   1e4: 1f0500f1                       cmp x8, #0x1
   1e8: 8b000054                       b.lt #0x10
   1ec: 3f0309eb                       cmp x25, x9
   1f0: 4af3ff54                       b.ge #-0x198
   1f4: 03000014                       b #0xc
   1f8: 3f0309eb                       cmp x25, x9
   1fc: edf2ff54                       b.le #-0x1a4
   200: 2803088b                       add x8, x25, x8
   204: 681a00f9                       str x8, [x19, #0x30]
   208: bb000037                       tbnz w27, #0x0, #0x14
   20c: 680340f9                       ldr x8, [x27]
   210: 080500f1                       subs x8, x8, #0x1
   214: 680300f9                       str x8, [x27]
   218: 000a0054                       b.eq #0x140
   21c: 9d000037                       tbnz w29, #0x0, #0x10
   220: a80340f9                       ldr x8, [x29]
   224: 08050091                       add x8, x8, #0x1
   228: a80300f9                       str x8, [x29]
   22c: 9c000037                       tbnz w28, #0x0, #0x10
   230: 880340f9                       ldr x8, [x28]
   234: 08050091                       add x8, x8, #0x1
   238: 880300f9                       str x8, [x28]
   23c: 29fb7fd3                       lsl x9, x25, #1
   240: 88ff4193                       asr x8, x28, #1
   244: 37008052                       mov w23, #0x1
   248: 37fb7fb3                       bfi x23, x25, #1, #63
   24c: 2afd4193                       asr x10, x9, #1
   250: 097d0a9b                       mul x9, x8, x10
   254: 0a7d4a9b                       smulh x10, x8, x10
   258: 5ffd89eb                       cmp x10, x9, asr #63
   25c: 01280054                       b.ne #0x500
   260: 2a011a8b                       add x10, x9, x26
   264: ca27f8b6                       tbz x10, #0x3f, #0x4f8
   268: 950609aa                       orr x21, x20, x9, lsl #1
   26c: fd280036                       tbz w29, #0x0, #0x51c
   270: 29059d8b                       add x9, x9, x29, asr #1
   274: 3f011aab                       cmn x9, x26
   278: c5290054                       b.pl #0x538
   27c: ca0240f9                       ldr x10, [x22]
   280: 980609aa                       orr x24, x20, x9, lsl #1
   284: 2a2300b5                       cbnz x10, #0x464
   288: caa640a9                       ldp x10, x9, [x22, #0x8]
   28c: 4a050091                       add x10, x10, #0x1
   290: 5f0109eb                       cmp x10, x9
   294: ca0600f9                       str x10, [x22, #0x8]
   298: ea230054                       b.ge #0x47c
   29c: 6b0a40b9                       ldr w11, [x19, #0x8]
   2a0: 7f110071                       cmp w11, #0x4
   2a4: e1060054                       b.ne #0xdc
   2a8: 6d2240f9                       ldr x13, [x19, #0x40]
   2ac: 6c1a40f9                       ldr x12, [x19, #0x30]
   2b0: bf0500f1                       cmp x13, #0x1
   2b4: ab000054                       b.lt #0x14
   2b8: 6e1e40f9                       ldr x14, [x19, #0x38]
   2bc: 9f010eeb                       cmp x12, x14
   2c0: ab000054                       b.lt #0x14
   2c4: 63ffff17                       b #-0x274
   2c8: 6e1e40f9                       ldr x14, [x19, #0x38]
   2cc: 9f010eeb                       cmp x12, x14
   2d0: 0decff54                       b.le #-0x280
   2d4: 8d010d8b                       add x13, x12, x13
   2d8: 6d1a00f9                       str x13, [x19, #0x30]
   2dc: 9c000037                       tbnz w28, #0x0, #0x10
   2e0: 8d0340f9                       ldr x13, [x28]
   2e4: ad050091                       add x13, x13, #0x1
   2e8: 8d0300f9                       str x13, [x28]
   2ec: 8df97fd3                       lsl x13, x12, #1
   2f0: 37008052                       mov w23, #0x1
   2f4: 97f97fb3                       bfi x23, x12, #1, #63
   2f8: aefd4193                       asr x14, x13, #1
   2fc: 0d7d0e9b                       mul x13, x8, x14
   300: 0e7d4e9b                       smulh x14, x8, x14
   304: dffd8deb                       cmp x14, x13, asr #63
   308: 210e0054                       b.ne #0x1c4
   30c: ac011a8b                       add x12, x13, x26
   310: ec0df8b6                       tbz x12, #0x3f, #0x1bc
   314: ac05988b                       add x12, x13, x24, asr #1
   318: 95060daa                       orr x21, x20, x13, lsl #1
   31c: 9f011aab                       cmn x12, x26
   320: 250f0054                       b.pl #0x1e4
   324: 4a050091                       add x10, x10, #0x1
   328: 98060caa                       orr x24, x20, x12, lsl #1
   32c: 5f0109eb                       cmp x10, x9
   330: ca0600f9                       str x10, [x22, #0x8]
   334: 6bfbff54                       b.lt #-0x94
   338: 1d000014                       b #0x74
   33c: e00308aa                       mov x0, x8
   340: 00000094                       bl #0x0
        # hole +0x340: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   344: a80240f9                       ldr x8, [x21]
   348: 080500f1                       subs x8, x8, #0x1
   34c: a80200f9                       str x8, [x21]
   350: e1f2ff54                       b.ne #-0x1a4
   354: 94ffff17                       b #-0x1b0
   358: e0031baa                       mov x0, x27
   35c: f5030faa                       mov x21, x15
   360: f70310aa                       mov x23, x16
   364: f80311aa                       mov x24, x17
   368: 00000094                       bl #0x0
        # hole +0x368: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   36c: f10318aa                       mov x17, x24
   370: f00317aa                       mov x16, x23
   374: ef0315aa                       mov x15, x21
   378: 5df50736                       tbz w29, #0x0, #-0x158
   37c: acffff17                       b #-0x150
   380: 0b0080d2                       mov x11, #0x0
        # hole +0x380: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   384: e9031f2a                       mov w9, wzr
   388: e8031f2a                       mov w8, wzr
   38c: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x38c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   390: 23008052                       mov w3, #0x1
   394: 0a068052                       mov w10, #0x30
   398: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x398: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   39c: 45018052                       mov w5, #0xa
   3a0: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x3a0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   3a4: 64050091                       add x4, x11, #0x1
   3a8: 0d000014                       b #0x34
   3ac: 0b0080d2                       mov x11, #0x0
        # hole +0x3ac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   3b0: e9031f2a                       mov w9, wzr
   3b4: e8031f2a                       mov w8, wzr
   3b8: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x3b8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   3bc: 2c008052                       mov w12, #0x1
   3c0: 43008052                       mov w3, #0x2
   3c4: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x3c4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   3c8: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x3c8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   3cc: 0a068052                       mov w10, #0x30
   3d0: 64350091                       add x4, x11, #0xd
   3d4: 45108052                       mov w5, #0x82
   3d8: cc0200f9                       str x12, [x22]
   3dc: fb0317aa                       mov x27, x23
   3e0: fd0318aa                       mov x29, x24
   3e4: e01b40f9                       ldr x0, [sp, #0x30]
   3e8: ec0340f9                       ldr x12, [sp]
   3ec: 0b0c40f9                       ldr x11, [x0, #0x18]
   3f0: bf030ceb                       cmp x29, x12
   3f4: e1020054                       b.ne #0x5c
   3f8: ec0740f9                       ldr x12, [sp, #0x8]
   3fc: 9f030ceb                       cmp x28, x12
   400: 01030054                       b.ne #0x60
   404: ec0b40f9                       ldr x12, [sp, #0x10]
   408: 7f030ceb                       cmp x27, x12
   40c: 21030054                       b.ne #0x64
   410: ec0f40f9                       ldr x12, [sp, #0x18]
   414: 1f020ceb                       cmp x16, x12
   418: 41030054                       b.ne #0x68
   41c: ec1340f9                       ldr x12, [sp, #0x20]
   420: ff010ceb                       cmp x15, x12
   424: 61030054                       b.ne #0x6c
   428: ec1740f9                       ldr x12, [sp, #0x28]
   42c: 7f020ceb                       cmp x19, x12
   430: 81030054                       b.ne #0x70
   434: a9030035                       cbnz w9, #0x74
   438: 61010a8b                       add x1, x11, x10
   43c: e20316aa                       mov x2, x22
   440: 00000094                       bl #0x0
        # hole +0x440: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   444: fd7b4aa9                       ldp x29, x30, [sp, #0xa0]
   448: ffc30291                       add sp, sp, #0xb0
   44c: c0035fd6                       ret
   450: 7d0100f9                       str x29, [x11]
   454: ec0740f9                       ldr x12, [sp, #0x8]
   458: 9f030ceb                       cmp x28, x12
   45c: 40fdff54                       b.eq #-0x58
   460: 7c0500f9                       str x28, [x11, #0x8]
   464: ec0b40f9                       ldr x12, [sp, #0x10]
   468: 7f030ceb                       cmp x27, x12
   46c: 20fdff54                       b.eq #-0x5c
   470: 7b0900f9                       str x27, [x11, #0x10]
   474: ec0f40f9                       ldr x12, [sp, #0x18]
   478: 1f020ceb                       cmp x16, x12
   47c: 00fdff54                       b.eq #-0x60
   480: 700d00f9                       str x16, [x11, #0x18]
   484: ec1340f9                       ldr x12, [sp, #0x20]
   488: ff010ceb                       cmp x15, x12
   48c: e0fcff54                       b.eq #-0x64
   490: 6f1100f9                       str x15, [x11, #0x20]
   494: ec1740f9                       ldr x12, [sp, #0x28]
   498: 7f020ceb                       cmp x19, x12
   49c: c0fcff54                       b.eq #-0x68
   4a0: 731500f9                       str x19, [x11, #0x28]
   4a4: a9fcff34                       cbz w9, #-0x6c
   4a8: 785503a9                       stp x24, x21, [x11, #0x30]
   4ac: 68fcff34                       cbz w8, #-0x74
   4b0: 772100f9                       str x23, [x11, #0x40]
   4b4: 61010a8b                       add x1, x11, x10
   4b8: e20316aa                       mov x2, x22
   4bc: 00000094                       bl #0x0
        # hole +0x4bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   4c0: fd7b4aa9                       ldp x29, x30, [sp, #0xa0]
   4c4: ffc30291                       add sp, sp, #0xb0
   4c8: c0035fd6                       ret
   4cc: 080080d2                       mov x8, #0x0
        # hole +0x4cc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   4d0: 23008052                       mov w3, #0x1
   4d4: 0a098052                       mov w10, #0x48
   4d8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x4d8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   4dc: 050a8052                       mov w5, #0x50
   4e0: f5031caa                       mov x21, x28
   4e4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x4e4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   4e8: fb0317aa                       mov x27, x23
   4ec: fd0318aa                       mov x29, x24
   4f0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x4f0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   4f4: 04210091                       add x4, x8, #0x8
   4f8: 29008052                       mov w9, #0x1
   4fc: 28008052                       mov w8, #0x1
   500: b9ffff17                       b #-0x11c
   504: 090080d2                       mov x9, #0x0
        # hole +0x504: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   508: e8031f2a                       mov w8, wzr
   50c: 23008052                       mov w3, #0x1
   510: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x510: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   514: 0a088052                       mov w10, #0x40
   518: 850c8052                       mov w5, #0x64
   51c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x51c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   520: fb0317aa                       mov x27, x23
   524: fd0318aa                       mov x29, x24
   528: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x528: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   52c: 24290091                       add x4, x9, #0xa
   530: 29008052                       mov w9, #0x1
   534: acffff17                       b #-0x150
   538: 090080d2                       mov x9, #0x0
        # hole +0x538: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   53c: e8031f2a                       mov w8, wzr
   540: 23008052                       mov w3, #0x1
   544: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x544: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   548: 45018052                       mov w5, #0xa
   54c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x54c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   550: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x550: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   554: 24050091                       add x4, x9, #0x1
   558: 14000014                       b #0x50
   55c: 0a0080d2                       mov x10, #0x0
        # hole +0x55c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   560: e9031f2a                       mov w9, wzr
   564: e8031f2a                       mov w8, wzr
   568: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x568: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   56c: 23008052                       mov w3, #0x1
   570: 45018052                       mov w5, #0xa
   574: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x574: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   578: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x578: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   57c: 44050091                       add x4, x10, #0x1
   580: 0a068052                       mov w10, #0x30
   584: 98ffff17                       b #-0x1a0
   588: 090080d2                       mov x9, #0x0
        # hole +0x588: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   58c: e8031f2a                       mov w8, wzr
   590: 43008052                       mov w3, #0x2
   594: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x594: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   598: 85028052                       mov w5, #0x14
   59c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x59c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   5a0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x5a0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   5a4: 24090091                       add x4, x9, #0x2
   5a8: a9008052                       mov w9, #0x5
   5ac: e01b40f9                       ldr x0, [sp, #0x30]
   5b0: eb2b40f9                       ldr x11, [sp, #0x50]
   5b4: ec0340f9                       ldr x12, [sp]
   5b8: 0a0c40f9                       ldr x10, [x0, #0x18]
   5bc: 7f010ceb                       cmp x11, x12
   5c0: 40000054                       b.eq #0x8
   5c4: 4b0100f9                       str x11, [x10]
   5c8: eb2f40f9                       ldr x11, [sp, #0x58]
   5cc: ec0740f9                       ldr x12, [sp, #0x8]
   5d0: 7f010ceb                       cmp x11, x12
   5d4: c1020054                       b.ne #0x58
   5d8: eb3340f9                       ldr x11, [sp, #0x60]
   5dc: ec0b40f9                       ldr x12, [sp, #0x10]
   5e0: 7f010ceb                       cmp x11, x12
   5e4: e1020054                       b.ne #0x5c
   5e8: eb3740f9                       ldr x11, [sp, #0x68]
   5ec: ec0f40f9                       ldr x12, [sp, #0x18]
   5f0: 7f010ceb                       cmp x11, x12
   5f4: 01030054                       b.ne #0x60
   5f8: eb3b40f9                       ldr x11, [sp, #0x70]
   5fc: ec1340f9                       ldr x12, [sp, #0x20]
   600: 7f010ceb                       cmp x11, x12
   604: 21030054                       b.ne #0x64
   608: eb3f40f9                       ldr x11, [sp, #0x78]
   60c: ec1740f9                       ldr x12, [sp, #0x28]
   610: 7f010ceb                       cmp x11, x12
   614: 0c010052                       eor w12, w8, #0x1
   618: 8c159f1a                       csinc w12, w12, wzr, ne
   61c: 4c030037                       tbnz w12, #0x0, #0x68
   620: 4b1500f9                       str x11, [x10, #0x28]
   624: 28030035                       cbnz w8, #0x64
   628: 1a000014                       b #0x68
   62c: 4b0500f9                       str x11, [x10, #0x8]
   630: eb3340f9                       ldr x11, [sp, #0x60]
   634: ec0b40f9                       ldr x12, [sp, #0x10]
   638: 7f010ceb                       cmp x11, x12
   63c: 60fdff54                       b.eq #-0x54
   640: 4b0900f9                       str x11, [x10, #0x10]
   644: eb3740f9                       ldr x11, [sp, #0x68]
   648: ec0f40f9                       ldr x12, [sp, #0x18]
   64c: 7f010ceb                       cmp x11, x12
   650: 40fdff54                       b.eq #-0x58
   654: 4b0d00f9                       str x11, [x10, #0x18]
   658: eb3b40f9                       ldr x11, [sp, #0x70]
   65c: ec1340f9                       ldr x12, [sp, #0x20]
   660: 7f010ceb                       cmp x11, x12
   664: 20fdff54                       b.eq #-0x5c
   668: 4b1100f9                       str x11, [x10, #0x20]
   66c: eb3f40f9                       ldr x11, [sp, #0x78]
   670: ec1740f9                       ldr x12, [sp, #0x28]
   674: 7f010ceb                       cmp x11, x12
   678: 0c010052                       eor w12, w8, #0x1
   67c: 8c159f1a                       csinc w12, w12, wzr, ne
   680: 0cfd0736                       tbz w12, #0x0, #-0x60
   684: 68000034                       cbz w8, #0xc
   688: e84340f9                       ldr x8, [sp, #0x80]
   68c: 481900f9                       str x8, [x10, #0x30]
   690: 410d098b                       add x1, x10, x9, lsl #3
   694: e20316aa                       mov x2, x22
   698: 00000094                       bl #0x0
        # hole +0x698: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   69c: fd7b4aa9                       ldp x29, x30, [sp, #0xa0]
   6a0: ffc30291                       add sp, sp, #0xb0
   6a4: c0035fd6                       ret
   6a8: 080080d2                       mov x8, #0x0
        # hole +0x6a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   6ac: 23008052                       mov w3, #0x1
   6b0: e9008052                       mov w9, #0x7
   6b4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6b4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   6b8: c5088052                       mov w5, #0x46
   6bc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x6bc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   6c0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x6c0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   6c4: 041d0091                       add x4, x8, #0x7
   6c8: 28008052                       mov w8, #0x1
   6cc: e01b40f9                       ldr x0, [sp, #0x30]
   6d0: eb2b40f9                       ldr x11, [sp, #0x50]
   6d4: ec0340f9                       ldr x12, [sp]
   6d8: 0a0c40f9                       ldr x10, [x0, #0x18]
   6dc: 7f010ceb                       cmp x11, x12
   6e0: 40f7ff54                       b.eq #-0x118
   6e4: b8ffff17                       b #-0x120
   6e8: 0b0080d2                       mov x11, #0x0
        # hole +0x6e8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   6ec: e9031f2a                       mov w9, wzr
   6f0: e8031f2a                       mov w8, wzr
   6f4: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x6f4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   6f8: 43008052                       mov w3, #0x2
   6fc: 0a068052                       mov w10, #0x30
   700: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x700: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   704: 050f8052                       mov w5, #0x78
   708: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x708: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   70c: 64310091                       add x4, x11, #0xc
   710: 33ffff17                       b #-0x334
   714: 0b0080d2                       mov x11, #0x0
        # hole +0x714: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   718: e9031f2a                       mov w9, wzr
   71c: e8031f2a                       mov w8, wzr
   720: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x720: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   724: 2c008052                       mov w12, #0x1
   728: 43008052                       mov w3, #0x2
   72c: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x72c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   730: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x730: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   734: 26ffff17                       b #-0x368
   738: 090080d2                       mov x9, #0x0
        # hole +0x738: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[2]+0
   73c: e8031f2a                       mov w8, wzr
   740: 63008052                       mov w3, #0x3
   744: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x744: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[2]+0
   748: c5088052                       mov w5, #0x46
   74c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x74c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[2]+0
   750: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x750: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[2]+0
   754: 241d0091                       add x4, x9, #0x7
   758: 94ffff17                       b #-0x1b0
   75c: 080080d2                       mov x8, #0x0
        # hole +0x75c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   760: 23008052                       mov w3, #0x1
   764: 0a098052                       mov w10, #0x48
   768: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x768: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   76c: 050a8052                       mov w5, #0x50
   770: f8031daa                       mov x24, x29
   774: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x774: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   778: f5031caa                       mov x21, x28
   77c: fb0317aa                       mov x27, x23
   780: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x780: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   784: 5cffff17                       b #-0x290
   788: 090080d2                       mov x9, #0x0
        # hole +0x788: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   78c: e8031f2a                       mov w8, wzr
   790: 23008052                       mov w3, #0x1
   794: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x794: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   798: 0a088052                       mov w10, #0x40
   79c: 450b8052                       mov w5, #0x5a
   7a0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7a0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   7a4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   7a8: 24250091                       add x4, x9, #0x9
   7ac: 0a000014                       b #0x28
   7b0: 090080d2                       mov x9, #0x0
        # hole +0x7b0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[11]+0
   7b4: e8031f2a                       mov w8, wzr
   7b8: 23008052                       mov w3, #0x1
   7bc: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x7bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[11]+0
   7c0: 0a088052                       mov w10, #0x40
   7c4: 850c8052                       mov w5, #0x64
   7c8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7c8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[11]+0
   7cc: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7cc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[11]+0
   7d0: 24290091                       add x4, x9, #0xa
   7d4: f8031daa                       mov x24, x29
   7d8: fb0317aa                       mov x27, x23
   7dc: 29008052                       mov w9, #0x1
   7e0: 01ffff17                       b #-0x3fc
