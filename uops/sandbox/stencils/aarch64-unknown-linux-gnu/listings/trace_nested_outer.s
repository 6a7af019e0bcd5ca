# stencil nested_outer for aarch64-unknown-linux-gnu: 2220 code bytes, 0 data bytes, 68 holes
     0: ffc303d1                       sub sp, sp, #0xf0
     4: 892241a9                       ldp x9, x8, [x20, #0x10]
     8: 8002c03d                       ldr q0, [x20]
     c: fd7b0ea9                       stp x29, x30, [sp, #0xe0]
    10: e033803d                       str q0, [sp, #0xc0]
    14: 0a2d40a9                       ldp x10, x11, [x8]
    18: e96b00f9                       str x9, [sp, #0xd0]
    1c: ea0700f9                       str x10, [sp, #0x8]
    20: ea2f07a9                       stp x10, x11, [sp, #0x70]
    24: 0a2541a9                       ldp x10, x9, [x8, #0x10]
    28: 081140f9                       ldr x8, [x8, #0x20]
    2c: f42f02a9                       stp x20, x11, [sp, #0x20]
    30: ea2701a9                       stp x10, x9, [sp, #0x10]
    34: ea2708a9                       stp x10, x9, [sp, #0x80]
    38: e84b00f9                       str x8, [sp, #0x90]
    3c: e81b00f9                       str x8, [sp, #0x30]
    40: a81c0037                       tbnz w8, #0x0, #0x394
    44: 170080d2                       mov x23, #0x0
        # hole +0x44: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    48: fbbf42a9                       ldp x27, x15, [sp, #0x28]
    4c: 1700a0f2                       movk x23, #0x0, lsl #16
        # hole +0x4c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    50: 34008052                       mov w20, #0x1
    54: 1900f8d2                       mov x25, #-0x4000000000000000
    58: 1700c0f2                       movk x23, #0x0, lsl #32
        # hole +0x58: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    5c: f61f00f9                       str x22, [sp, #0x38]
    60: 1700e0f2                       movk x23, #0x0, lsl #48
        # hole +0x60: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    64: f72700f9                       str x23, [sp, #0x48]
    68: 0c000014                       b #0x30
    6c: e017c03d                       ldr q0, [sp, #0x50]
    70: e83340f9                       ldr x8, [sp, #0x60]
    74: f7470ba9                       stp x23, x17, [sp, #0xb0]
    78: f72740f9                       ldr x23, [sp, #0x48]
    7c: f86f07a9                       stp x24, x27, [sp, #0x70]
    80: e033803d                       str q0, [sp, #0xc0]
    84: e86b00f9                       str x8, [sp, #0xd0]
    88: fa4308a9                       stp x26, x16, [sp, #0x80]
    8c: ef4f09a9                       stp x15, x19, [sp, #0x90]
    90: fc570aa9                       stp x28, x21, [sp, #0xa0]
    94: 0f1a0037                       tbnz w15, #0x0, #0x340
    98: e80940b9                       ldr w8, [x15, #0x8]
    9c: 1f110071                       cmp w8, #0x4
    a0: a1190054                       b.ne #0x334
    a4: eaa543a9                       ldp x10, x9, [x15, #0x38]
    a8: e81940f9                       ldr x8, [x15, #0x30]
    ac: 3f0500f1                       cmp x9, #0x1
    b0: 8b000054                       b.lt #0x10
    b4: 1f010aeb                       cmp x8, x10
    b8: 8b000054                       b.lt #0x10
    bc: 7b010014                       b #0x5ec
    c0: 1f010aeb                       cmp x8, x10
    c4: 2d2f0054                       b.le #0x5e4
    c8: 0901098b                       add x9, x8, x9
    cc: 880608aa                       orr x8, x20, x8, lsl #1
    d0: e91900f9                       str x9, [x15, #0x30]
    d4: e84f00f9                       str x8, [sp, #0x98]
    d8: e83f00f9                       str x8, [sp, #0x78]
    dc: bb000037                       tbnz w27, #0x0, #0x14
    e0: 680340f9                       ldr x8, [x27]
    e4: 080500f1                       subs x8, x8, #0x1
    e8: 680300f9                       str x8, [x27]
    ec: 80010054                       b.eq #0x30
    f0: d7010037                       tbnz w23, #0x0, #0x38
    f4: e80240f9                       ldr x8, [x23]
    f8: 08050091                       add x8, x8, #0x1
    fc: e80200f9                       str x8, [x23]
   100: e84740f9                       ldr x8, [sp, #0x88]
   104: f50317aa                       mov x21, x23
   108: f74f00f9                       str x23, [sp, #0x98]
   10c: 68010036                       tbz w8, #0x0, #0x2c
   110: e85300f9                       str x8, [sp, #0xa0]
   114: f5010036                       tbz w21, #0x0, #0x3c
   118: 6d010014                       b #0x5b4
   11c: e0031baa                       mov x0, x27
   120: 00000094                       bl #0x0
        # hole +0x120: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 97fe0736                       tbz w23, #0x0, #-0x30
   128: e84740f9                       ldr x8, [sp, #0x88]
   12c: f50317aa                       mov x21, x23
   130: f74f00f9                       str x23, [sp, #0x98]
   134: e8fe0737                       tbnz w8, #0x0, #-0x24
   138: 090140f9                       ldr x9, [x8]
   13c: 29050091                       add x9, x9, #0x1
   140: 090100f9                       str x9, [x8]
   144: f54f40f9                       ldr x21, [sp, #0x98]
   148: e85300f9                       str x8, [sp, #0xa0]
   14c: 152c0037                       tbnz w21, #0x0, #0x580
   150: a80a40b9                       ldr w8, [x21, #0x8]
   154: 1f210071                       cmp w8, #0x8
   158: a12b0054                       b.ne #0x574
   15c: a81e40f9                       ldr x8, [x21, #0x38]
   160: e9c30191                       add x9, sp, #0x70
   164: e00316aa                       mov x0, x22
   168: 21c10091                       add x1, x9, #0x30
   16c: 22008052                       mov w2, #0x1
   170: 00013fd6                       blr x8
   174: e85340f9                       ldr x8, [sp, #0xa0]
   178: f30300aa                       mov x19, x0
   17c: a8000037                       tbnz w8, #0x0, #0x14
   180: 090140f9                       ldr x9, [x8]
   184: 290500f1                       subs x9, x9, #0x1
   188: 090100f9                       str x9, [x8]
   18c: 00100054                       b.eq #0x200
   190: a80240f9                       ldr x8, [x21]
   194: 080500f1                       subs x8, x8, #0x1
   198: a80200f9                       str x8, [x21]
   19c: 61000054                       b.ne #0xc
   1a0: e00315aa                       mov x0, x21
   1a4: 00000094                       bl #0x0
        # hole +0x1a4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1a8: d33100b4                       cbz x19, #0x638
   1ac: f86f47a9                       ldp x24, x27, [sp, #0x70]
   1b0: ef4b40f9                       ldr x15, [sp, #0x90]
   1b4: fa4348a9                       ldp x26, x16, [sp, #0x80]
   1b8: f75b40f9                       ldr x23, [sp, #0xb0]
   1bc: f34f00f9                       str x19, [sp, #0x98]
   1c0: fc574aa9                       ldp x28, x21, [sp, #0xa0]
   1c4: f3250037                       tbnz w19, #0x0, #0x4bc
   1c8: 680a40b9                       ldr w8, [x19, #0x8]
   1cc: 1f110071                       cmp w8, #0x4
   1d0: 81250054                       b.ne #0x4b0
   1d4: 69a243a9                       ldp x9, x8, [x19, #0x38]
   1d8: f15f40f9                       ldr x17, [sp, #0xb8]
   1dc: 7d1a40f9                       ldr x29, [x19, #0x30]
   1e0: 1f0500f1                       cmp x8, #0x1
   1e4: 8b000054                       b.lt #0x10
   1e8: bf0309eb                       cmp x29, x9
   1ec: 8b000054                       b.lt #0x10
   1f0: 54000014                       b #0x150
   1f4: bf0309eb                       cmp x29, x9
   1f8: 4d0a0054                       b.le #0x148
   1fc: a803088b                       add x8, x29, x8
   200: 681a00f9                       str x8, [x19, #0x30]
   204: ba000037                       tbnz w26, #0x0, #0x14
   208: 480340f9                       ldr x8, [x26]
   20c: 080500f1                       subs x8, x8, #0x1
   210: 480300f9                       str x8, [x26]
   214: a00c0054                       b.eq #0x194
   218: 98000037                       tbnz w24, #0x0, #0x10
   21c: 080340f9                       ldr x8, [x24]
   220: 08050091                       add x8, x8, #0x1
   224: 080300f9                       str x8, [x24]
   228: 9b000037                       tbnz w27, #0x0, #0x10
   22c: 680340f9                       ldr x8, [x27]
   230: 08050091                       add x8, x8, #0x1
   234: 680300f9                       str x8, [x27]
   238: a9fb7fd3                       lsl x9, x29, #1
   23c: 68ff4193                       asr x8, x27, #1
   240: 37008052                       mov w23, #0x1
   244: b7fb7fb3                       bfi x23, x29, #1, #63
   248: 2afd4193                       asr x10, x9, #1
   24c: 097d0a9b                       mul x9, x8, x10
   250: 0a7d4a9b                       smulh x10, x8, x10
   254: 5ffd89eb                       cmp x10, x9, asr #63
   258: 612d0054                       b.ne #0x5ac
   25c: 2a01198b                       add x10, x9, x25
   260: 2a2df8b6                       tbz x10, #0x3f, #0x5a4
   264: 950609aa                       orr x21, x20, x9, lsl #1
   268: 582f0036                       tbz w24, #0x0, #0x5e8
   26c: 2905988b                       add x9, x9, x24, asr #1
   270: 3f0119ab                       cmn x9, x25
   274: 45300054                       b.pl #0x608
   278: ca0240f9                       ldr x10, [x22]
   27c: 9c0609aa                       orr x28, x20, x9, lsl #1
   280: 2a2700b5                       cbnz x10, #0x4e4
   284: caa640a9                       ldp x10, x9, [x22, #0x8]
   288: 4a050091                       add x10, x10, #0x1
   28c: 5f0109eb                       cmp x10, x9
   290: ca0600f9                       str x10, [x22, #0x8]
   294: 0a280054                       b.ge #0x500
   298: 6b0a40b9                       ldr w11, [x19, #0x8]
   29c: 7f110071                       cmp w11, #0x4
   2a0: e10e0054                       b.ne #0x1dc
   2a4: 6d2240f9                       ldr x13, [x19, #0x40]
   2a8: 6c1a40f9                       ldr x12, [x19, #0x30]
   2ac: bf0500f1                       cmp x13, #0x1
   2b0: ab000054                       b.lt #0x14
   2b4: 6e1e40f9                       ldr x14, [x19, #0x38]
   2b8: 9f010eeb                       cmp x12, x14
   2bc: ab000054                       b.lt #0x14
   2c0: 1e000014                       b #0x78
   2c4: 6e1e40f9                       ldr x14, [x19, #0x38]
   2c8: 9f010eeb                       cmp x12, x14
   2cc: 6d030054                       b.le #0x6c
   2d0: 8d010d8b                       add x13, x12, x13
   2d4: 6d1a00f9                       str x13, [x19, #0x30]
   2d8: 9b000037                       tbnz w27, #0x0, #0x10
   2dc: 6d0340f9                       ldr x13, [x27]
   2e0: ad050091                       add x13, x13, #0x1
   2e4: 6d0300f9                       str x13, [x27]
   2e8: 8df97fd3                       lsl x13, x12, #1
   2ec: 37008052                       mov w23, #0x1
   2f0: 97f97fb3                       bfi x23, x12, #1, #63
   2f4: aefd4193                       asr x14, x13, #1
   2f8: 0d7d0e9b                       mul x13, x8, x14
   2fc: 0e7d4e9b                       smulh x14, x8, x14
   300: dffd8deb                       cmp x14, x13, asr #63
   304: 41170054                       b.ne #0x2e8
   308: ac01198b                       add x12, x13, x25
   30c: 0c17f8b6                       tbz x12, #0x3f, #0x2e0
   310: ac059c8b                       add x12, x13, x28, asr #1
   314: 95060daa                       orr x21, x20, x13, lsl #1
   318: 9f0119ab                       cmn x12, x25
   31c: e5180054                       b.pl #0x31c
   320: 4a050091                       add x10, x10, #0x1
   324: 9c060caa                       orr x28, x20, x12, lsl #1
   328: 5f0109eb                       cmp x10, x9
   32c: ca0600f9                       str x10, [x22, #0x8]
   330: 6bfbff54                       b.lt #-0x94
   334: 93000014                       b #0x24c
   338: fa0317aa                       mov x26, x23
   33c: f8031caa                       mov x24, x28
   340: e86b40f9                       ldr x8, [sp, #0xd0]
   344: 690240f9                       ldr x9, [x19]
   348: e033c03d                       ldr q0, [sp, #0xc0]
   34c: e83300f9                       str x8, [sp, #0x60]
   350: 280500f1                       subs x8, x9, #0x1
   354: e017803d                       str q0, [sp, #0x50]
   358: 680200f9                       str x8, [x19]
   35c: 81e8ff54                       b.ne #-0x2f0
   360: e00313aa                       mov x0, x19
   364: fd030faa                       mov x29, x15
   368: f60310aa                       mov x22, x16
   36c: f82300f9                       str x24, [sp, #0x40]
   370: f80311aa                       mov x24, x17
   374: 00000094                       bl #0x0
        # hole +0x374: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   378: f10318aa                       mov x17, x24
   37c: f00316aa                       mov x16, x22
   380: ef031daa                       mov x15, x29
   384: f6e343a9                       ldp x22, x24, [sp, #0x38]
   388: 39ffff17                       b #-0x31c
   38c: e00308aa                       mov x0, x8
   390: 00000094                       bl #0x0
        # hole +0x390: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   394: a80240f9                       ldr x8, [x21]
   398: 080500f1                       subs x8, x8, #0x1
   39c: a80200f9                       str x8, [x21]
   3a0: 41f0ff54                       b.ne #-0x1f8
   3a4: 7fffff17                       b #-0x204
   3a8: e0031aaa                       mov x0, x26
   3ac: f5030faa                       mov x21, x15
   3b0: f60310aa                       mov x22, x16
   3b4: f70311aa                       mov x23, x17
   3b8: 00000094                       bl #0x0
        # hole +0x3b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3bc: f00316aa                       mov x16, x22
   3c0: f61f40f9                       ldr x22, [sp, #0x38]
   3c4: f10317aa                       mov x17, x23
   3c8: ef0315aa                       mov x15, x21
   3cc: 98f20736                       tbz w24, #0x0, #-0x1b0
   3d0: 96ffff17                       b #-0x1a8
   3d4: 090080d2                       mov x9, #0x0
        # hole +0x3d4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3d8: e8031f2a                       mov w8, wzr
   3dc: 23008052                       mov w3, #0x1
   3e0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x3e0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3e4: 45018052                       mov w5, #0xa
   3e8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x3e8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3ec: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x3ec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3f0: 24050091                       add x4, x9, #0x1
   3f4: a9008052                       mov w9, #0x5
   3f8: e01340f9                       ldr x0, [sp, #0x20]
   3fc: eb3b40f9                       ldr x11, [sp, #0x70]
   400: ec0740f9                       ldr x12, [sp, #0x8]
   404: 0a0c40f9                       ldr x10, [x0, #0x18]
   408: 7f010ceb                       cmp x11, x12
   40c: e1170054                       b.ne #0x2fc
   410: eb3f40f9                       ldr x11, [sp, #0x78]
   414: ec1740f9                       ldr x12, [sp, #0x28]
   418: 7f010ceb                       cmp x11, x12
   41c: 01180054                       b.ne #0x300
   420: eb4340f9                       ldr x11, [sp, #0x80]
   424: ec0b40f9                       ldr x12, [sp, #0x10]
   428: 7f010ceb                       cmp x11, x12
   42c: 21180054                       b.ne #0x304
   430: eb4740f9                       ldr x11, [sp, #0x88]
   434: ec0f40f9                       ldr x12, [sp, #0x18]
   438: 7f010ceb                       cmp x11, x12
   43c: 41180054                       b.ne #0x308
   440: eb4b40f9                       ldr x11, [sp, #0x90]
   444: ec1b40f9                       ldr x12, [sp, #0x30]
   448: 7f010ceb                       cmp x11, x12
   44c: 61180054                       b.ne #0x30c
   450: a8000034                       cbz w8, #0x14
   454: e84f40f9                       ldr x8, [sp, #0x98]
   458: 481500f9                       str x8, [x10, #0x28]
   45c: e85340f9                       ldr x8, [sp, #0xa0]
   460: 481900f9                       str x8, [x10, #0x30]
   464: 410d098b                       add x1, x10, x9, lsl #3
   468: e20316aa                       mov x2, x22
   46c: 00000094                       bl #0x0
        # hole +0x46c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   470: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   474: ffc30391                       add sp, sp, #0xf0
   478: c0035fd6                       ret
   47c: 090080d2                       mov x9, #0x0
        # hole +0x47c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   480: ea031f2a                       mov w10, wzr
   484: e8031f2a                       mov w8, wzr
   488: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x488: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   48c: 23008052                       mov w3, #0x1
   490: 0b068052                       mov w11, #0x30
   494: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x494: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   498: 45018052                       mov w5, #0xa
   49c: fa0317aa                       mov x26, x23
   4a0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x4a0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   4a4: f8031caa                       mov x24, x28
   4a8: 24050091                       add x4, x9, #0x1
   4ac: 29008052                       mov w9, #0x1
   4b0: ec0740f9                       ldr x12, [sp, #0x8]
   4b4: e01340f9                       ldr x0, [sp, #0x20]
   4b8: 1f030ceb                       cmp x24, x12
   4bc: 60000054                       b.eq #0xc
   4c0: 0c0c40f9                       ldr x12, [x0, #0x18]
   4c4: 980100f9                       str x24, [x12]
   4c8: ec1740f9                       ldr x12, [sp, #0x28]
   4cc: 7f030ceb                       cmp x27, x12
   4d0: c1010054                       b.ne #0x38
   4d4: ec0b40f9                       ldr x12, [sp, #0x10]
   4d8: 5f030ceb                       cmp x26, x12
   4dc: 01020054                       b.ne #0x40
   4e0: ec0f40f9                       ldr x12, [sp, #0x18]
   4e4: 1f020ceb                       cmp x16, x12
   4e8: 41020054                       b.ne #0x48
   4ec: ec1b40f9                       ldr x12, [sp, #0x30]
   4f0: ff010ceb                       cmp x15, x12
   4f4: 81020054                       b.ne #0x50
   4f8: 0c0c40f9                       ldr x12, [x0, #0x18]
   4fc: 931500f9                       str x19, [x12, #0x28]
   500: c9020036                       tbz w9, #0x0, #0x58
   504: 19000014                       b #0x64
   508: 0c0c40f9                       ldr x12, [x0, #0x18]
   50c: 9b0500f9                       str x27, [x12, #0x8]
   510: ec0b40f9                       ldr x12, [sp, #0x10]
   514: 5f030ceb                       cmp x26, x12
   518: 40feff54                       b.eq #-0x38
   51c: 0c0c40f9                       ldr x12, [x0, #0x18]
   520: 9a0900f9                       str x26, [x12, #0x10]
   524: ec0f40f9                       ldr x12, [sp, #0x18]
   528: 1f020ceb                       cmp x16, x12
   52c: 00feff54                       b.eq #-0x40
   530: 0c0c40f9                       ldr x12, [x0, #0x18]
   534: 900d00f9                       str x16, [x12, #0x18]
   538: ec1b40f9                       ldr x12, [sp, #0x30]
   53c: ff010ceb                       cmp x15, x12
   540: c0fdff54                       b.eq #-0x48
   544: 0c0c40f9                       ldr x12, [x0, #0x18]
   548: 8f1100f9                       str x15, [x12, #0x20]
   54c: 0c0c40f9                       ldr x12, [x0, #0x18]
   550: 931500f9                       str x19, [x12, #0x28]
   554: a9000037                       tbnz w9, #0x0, #0x14
   558: 9c1900f9                       str x28, [x12, #0x30]
   55c: 6a000034                       cbz w10, #0xc
   560: 951d00f9                       str x21, [x12, #0x38]
   564: 68030036                       tbz w8, #0x0, #0x6c
   568: 81010b8b                       add x1, x12, x11
   56c: e20316aa                       mov x2, x22
   570: 00000094                       bl #0x0
        # hole +0x570: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   574: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   578: ffc30391                       add sp, sp, #0xf0
   57c: c0035fd6                       ret
   580: 090080d2                       mov x9, #0x0
        # hole +0x580: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   584: 2c008052                       mov w12, #0x1
   588: ea031f2a                       mov w10, wzr
   58c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x58c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   590: e8031f2a                       mov w8, wzr
   594: 43008052                       mov w3, #0x2
   598: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x598: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   59c: 0b068052                       mov w11, #0x30
   5a0: 45108052                       mov w5, #0x82
   5a4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x5a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   5a8: cc0200f9                       str x12, [x22]
   5ac: fa0317aa                       mov x26, x23
   5b0: 24350091                       add x4, x9, #0xd
   5b4: f8031caa                       mov x24, x28
   5b8: e9030c2a                       mov w9, w12
   5bc: ec0740f9                       ldr x12, [sp, #0x8]
   5c0: e01340f9                       ldr x0, [sp, #0x20]
   5c4: 9f030ceb                       cmp x28, x12
   5c8: c1f7ff54                       b.ne #-0x108
   5cc: bfffff17                       b #-0x104
   5d0: 972100f9                       str x23, [x12, #0x40]
   5d4: 81010b8b                       add x1, x12, x11
   5d8: e20316aa                       mov x2, x22
   5dc: 00000094                       bl #0x0
        # hole +0x5dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5e0: fd7b4ea9                       ldp x29, x30, [sp, #0xe0]
   5e4: ffc30391                       add sp, sp, #0xf0
   5e8: c0035fd6                       ret
   5ec: 0a0080d2                       mov x10, #0x0
        # hole +0x5ec: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   5f0: e9031f2a                       mov w9, wzr
   5f4: e8031f2a                       mov w8, wzr
   5f8: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x5f8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   5fc: 23008052                       mov w3, #0x1
   600: 0b098052                       mov w11, #0x48
   604: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x604: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   608: 050a8052                       mov w5, #0x50
   60c: f5031baa                       mov x21, x27
   610: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x610: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   614: fa0317aa                       mov x26, x23
   618: f8031caa                       mov x24, x28
   61c: 44210091                       add x4, x10, #0x8
   620: 2a008052                       mov w10, #0x1
   624: ec0740f9                       ldr x12, [sp, #0x8]
   628: e01340f9                       ldr x0, [sp, #0x20]
   62c: 9f030ceb                       cmp x28, x12
   630: 81f4ff54                       b.ne #-0x170
   634: a5ffff17                       b #-0x16c
   638: 080080d2                       mov x8, #0x0
        # hole +0x638: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   63c: e9031f2a                       mov w9, wzr
   640: 23008052                       mov w3, #0x1
   644: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x644: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   648: 0b088052                       mov w11, #0x40
   64c: 850c8052                       mov w5, #0x64
   650: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x650: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   654: fa0317aa                       mov x26, x23
   658: f8031caa                       mov x24, x28
   65c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x65c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   660: 04290091                       add x4, x8, #0xa
   664: 2a008052                       mov w10, #0x1
   668: 28008052                       mov w8, #0x1
   66c: ec0740f9                       ldr x12, [sp, #0x8]
   670: e01340f9                       ldr x0, [sp, #0x20]
   674: 1f030ceb                       cmp x24, x12
   678: 41f2ff54                       b.ne #-0x1b8
   67c: 93ffff17                       b #-0x1b4
   680: 090080d2                       mov x9, #0x0
        # hole +0x680: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   684: ea031f2a                       mov w10, wzr
   688: e8031f2a                       mov w8, wzr
   68c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x68c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   690: 23008052                       mov w3, #0x1
   694: 0b068052                       mov w11, #0x30
   698: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x698: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   69c: 45018052                       mov w5, #0xa
   6a0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x6a0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   6a4: 81ffff17                       b #-0x1fc
   6a8: 090080d2                       mov x9, #0x0
        # hole +0x6a8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6ac: e8031f2a                       mov w8, wzr
   6b0: 43008052                       mov w3, #0x2
   6b4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x6b4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   6b8: 85028052                       mov w5, #0x14
   6bc: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x6bc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   6c0: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x6c0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   6c4: 24090091                       add x4, x9, #0x2
   6c8: 4bffff17                       b #-0x2d4
   6cc: 080080d2                       mov x8, #0x0
        # hole +0x6cc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   6d0: 23008052                       mov w3, #0x1
   6d4: e9008052                       mov w9, #0x7
   6d8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x6d8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   6dc: c5088052                       mov w5, #0x46
   6e0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x6e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   6e4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x6e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   6e8: 041d0091                       add x4, x8, #0x7
   6ec: 28008052                       mov w8, #0x1
   6f0: e01340f9                       ldr x0, [sp, #0x20]
   6f4: eb3b40f9                       ldr x11, [sp, #0x70]
   6f8: ec0740f9                       ldr x12, [sp, #0x8]
   6fc: 0a0c40f9                       ldr x10, [x0, #0x18]
   700: 7f010ceb                       cmp x11, x12
   704: 60e8ff54                       b.eq #-0x2f4
   708: 4b0100f9                       str x11, [x10]
   70c: eb3f40f9                       ldr x11, [sp, #0x78]
   710: ec1740f9                       ldr x12, [sp, #0x28]
   714: 7f010ceb                       cmp x11, x12
   718: 40e8ff54                       b.eq #-0x2f8
   71c: 4b0500f9                       str x11, [x10, #0x8]
   720: eb4340f9                       ldr x11, [sp, #0x80]
   724: ec0b40f9                       ldr x12, [sp, #0x10]
   728: 7f010ceb                       cmp x11, x12
   72c: 20e8ff54                       b.eq #-0x2fc
   730: 4b0900f9                       str x11, [x10, #0x10]
   734: eb4740f9                       ldr x11, [sp, #0x88]
   738: ec0f40f9                       ldr x12, [sp, #0x18]
   73c: 7f010ceb                       cmp x11, x12
   740: 00e8ff54                       b.eq #-0x300
   744: 4b0d00f9                       str x11, [x10, #0x18]
   748: eb4b40f9                       ldr x11, [sp, #0x90]
   74c: ec1b40f9                       ldr x12, [sp, #0x30]
   750: 7f010ceb                       cmp x11, x12
   754: e0e7ff54                       b.eq #-0x304
   758: 4b1100f9                       str x11, [x10, #0x20]
   75c: c8e7ff35                       cbnz w8, #-0x308
   760: 41ffff17                       b #-0x2fc
   764: 0c0080d2                       mov x12, #0x0
        # hole +0x764: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   768: ea031f2a                       mov w10, wzr
   76c: e8031f2a                       mov w8, wzr
   770: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x770: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   774: 29008052                       mov w9, #0x1
   778: 43008052                       mov w3, #0x2
   77c: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x77c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   780: 0b068052                       mov w11, #0x30
   784: 050f8052                       mov w5, #0x78
   788: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x788: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   78c: 84310091                       add x4, x12, #0xc
   790: 0d000014                       b #0x34
   794: 0c0080d2                       mov x12, #0x0
        # hole +0x794: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   798: 29008052                       mov w9, #0x1
   79c: ea031f2a                       mov w10, wzr
   7a0: 0c00a0f2                       movk x12, #0x0, lsl #16
        # hole +0x7a0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   7a4: e8031f2a                       mov w8, wzr
   7a8: 43008052                       mov w3, #0x2
   7ac: 0c00c0f2                       movk x12, #0x0, lsl #32
        # hole +0x7ac: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   7b0: 0b068052                       mov w11, #0x30
   7b4: c90200f9                       str x9, [x22]
   7b8: 0c00e0f2                       movk x12, #0x0, lsl #48
        # hole +0x7b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   7bc: 45108052                       mov w5, #0x82
   7c0: 84350091                       add x4, x12, #0xd
   7c4: fa0317aa                       mov x26, x23
   7c8: f8031caa                       mov x24, x28
   7cc: ec0740f9                       ldr x12, [sp, #0x8]
   7d0: e01340f9                       ldr x0, [sp, #0x20]
   7d4: 9f030ceb                       cmp x28, x12
   7d8: 80e7ff54                       b.eq #-0x310
   7dc: 39ffff17                       b #-0x31c
   7e0: 090080d2                       mov x9, #0x0
        # hole +0x7e0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   7e4: e8031f2a                       mov w8, wzr
   7e8: 63008052                       mov w3, #0x3
   7ec: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x7ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   7f0: c5088052                       mov w5, #0x46
   7f4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x7f4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   7f8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x7f8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   7fc: 241d0091                       add x4, x9, #0x7
   800: fdfeff17                       b #-0x40c
   804: 0a0080d2                       mov x10, #0x0
        # hole +0x804: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   808: e9031f2a                       mov w9, wzr
   80c: e8031f2a                       mov w8, wzr
   810: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x810: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   814: 23008052                       mov w3, #0x1
   818: 0b098052                       mov w11, #0x48
   81c: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x81c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   820: 050a8052                       mov w5, #0x50
   824: fc0318aa                       mov x28, x24
   828: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x828: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   82c: f5031baa                       mov x21, x27
   830: fa0317aa                       mov x26, x23
   834: 44210091                       add x4, x10, #0x8
   838: 2a008052                       mov w10, #0x1
   83c: ec0740f9                       ldr x12, [sp, #0x8]
   840: e01340f9                       ldr x0, [sp, #0x20]
   844: 1f030ceb                       cmp x24, x12
   848: c1e3ff54                       b.ne #-0x388
   84c: 1fffff17                       b #-0x384
   850: 080080d2                       mov x8, #0x0
        # hole +0x850: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   854: e9031f2a                       mov w9, wzr
   858: 23008052                       mov w3, #0x1
   85c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x85c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   860: 0b088052                       mov w11, #0x40
   864: 450b8052                       mov w5, #0x5a
   868: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x868: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   86c: fc0318aa                       mov x28, x24
   870: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x870: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   874: 04250091                       add x4, x8, #0x9
   878: 0b000014                       b #0x2c
   87c: 080080d2                       mov x8, #0x0
        # hole +0x87c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index[9]+0
   880: e9031f2a                       mov w9, wzr
   884: 23008052                       mov w3, #0x1
   888: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x888: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index[9]+0
   88c: 0b088052                       mov w11, #0x40
   890: 850c8052                       mov w5, #0x64
   894: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x894: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index[9]+0
   898: fc0318aa                       mov x28, x24
   89c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x89c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index[9]+0
   8a0: 04290091                       add x4, x8, #0xa
   8a4: fa0317aa                       mov x26, x23
   8a8: 6fffff17                       b #-0x244
