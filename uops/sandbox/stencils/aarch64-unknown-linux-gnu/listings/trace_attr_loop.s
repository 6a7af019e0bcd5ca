# stencil attr_loop for aarch64-unknown-linux-gnu: 1236 code bytes, 0 data bytes, 14 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b01a9                       stp x29, x30, [sp, #0x10]
     c: 1d3140a9                       ldp x29, x12, [x8]
    10: 190d40f9                       ldr x25, [x8, #0x18]
    14: 39110037                       tbnz w25, #0x0, #0x224
    18: 180940f9                       ldr x24, [x8, #0x10]
    1c: 3c008052                       mov w28, #0x1
    20: f5030caa                       mov x21, x12
    24: 1700f8d2                       mov x23, #-0x4000000000000000
    28: ec0700f9                       str x12, [sp, #0x8]
    2c: 280b40b9                       ldr w8, [x25, #0x8]
    30: 1f110071                       cmp w8, #0x4
    34: c1120054                       b.ne #0x258
    38: 282340f9                       ldr x8, [x25, #0x40]
    3c: 1f0500f1                       cmp x8, #0x1
    40: ab000054                       b.lt #0x14
    44: 332743a9                       ldp x19, x9, [x25, #0x30]
    48: 7f0209eb                       cmp x19, x9
    4c: ab000054                       b.lt #0x14
    50: a9000014                       b #0x2a4
    54: 332743a9                       ldp x19, x9, [x25, #0x30]
    58: 7f0209eb                       cmp x19, x9
    5c: cd140054                       b.le #0x298
    60: 6802088b                       add x8, x19, x8
    64: 281b00f9                       str x8, [x25, #0x30]
    68: f5000037                       tbnz w21, #0x0, #0x1c
    6c: a80240f9                       ldr x8, [x21]
    70: 080500f1                       subs x8, x8, #0x1
    74: a80200f9                       str x8, [x21]
    78: 61000054                       b.ne #0xc
    7c: e00315aa                       mov x0, x21
    80: 00000094                       bl #0x0
        # hole +0x80: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    84: 950713aa                       orr x21, x28, x19, lsl #1
    88: fd140037                       tbnz w29, #0x0, #0x29c
    8c: a80340f9                       ldr x8, [x29]
    90: a90b40b9                       ldr w9, [x29, #0x8]
    94: 08050091                       add x8, x8, #0x1
    98: 3f1d0071                       cmp w9, #0x7
    9c: a80300f9                       str x8, [x29]
    a0: c1150054                       b.ne #0x2b8
    a4: 080080d2                       mov x8, #0x0
        # hole +0xa4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[6]+0
    a8: a91b40f9                       ldr x9, [x29, #0x30]
    ac: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[6]+0
    b0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xb0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[6]+0
    b4: 291940f9                       ldr x9, [x9, #0x30]
    b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xb8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[6]+0
    bc: 3f0108eb                       cmp x9, x8
    c0: c1140054                       b.ne #0x298
    c4: a80340f9                       ldr x8, [x29]
    c8: a91f40f9                       ldr x9, [x29, #0x38]
    cc: 08050091                       add x8, x8, #0x1
    d0: a80300f9                       str x8, [x29]
    d4: 291b00b4                       cbz x9, #0x364
    d8: b32340f9                       ldr x19, [x29, #0x40]
    dc: d3000036                       tbz w19, #0x0, #0x18
    e0: 080500f1                       subs x8, x8, #0x1
    e4: a80300f9                       str x8, [x29]
    e8: 40010054                       b.eq #0x28
    ec: 98010036                       tbz w24, #0x0, #0x30
    f0: 5e000014                       b #0x178
    f4: 680240f9                       ldr x8, [x19]
    f8: 08050091                       add x8, x8, #0x1
    fc: 680200f9                       str x8, [x19]
   100: a80340f9                       ldr x8, [x29]
   104: 080500f1                       subs x8, x8, #0x1
   108: a80300f9                       str x8, [x29]
   10c: 01ffff54                       b.ne #-0x20
   110: e0031daa                       mov x0, x29
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 980a0037                       tbnz w24, #0x0, #0x150
   11c: 080340f9                       ldr x8, [x24]
   120: 090b40b9                       ldr w9, [x24, #0x8]
   124: 08050091                       add x8, x8, #0x1
   128: 3f1d0071                       cmp w9, #0x7
   12c: 080300f9                       str x8, [x24]
   130: c1090054                       b.ne #0x138
   134: 081b40f9                       ldr x8, [x24, #0x30]
   138: 081940f9                       ldr x8, [x8, #0x30]
   13c: 1f0d00f1                       cmp x8, #0x3
   140: 41090054                       b.ne #0x128
   144: 081f40f9                       ldr x8, [x24, #0x38]
   148: 681800b4                       cbz x8, #0x30c
   14c: 1a2340f9                       ldr x26, [x24, #0x40]
   150: fa000036                       tbz w26, #0x0, #0x1c
   154: 080340f9                       ldr x8, [x24]
   158: 080500f1                       subs x8, x8, #0x1
   15c: 080300f9                       str x8, [x24]
   160: 40010054                       b.eq #0x28
   164: 93010037                       tbnz w19, #0x0, #0x30
   168: 55000014                       b #0x154
   16c: 480340f9                       ldr x8, [x26]
   170: 08050091                       add x8, x8, #0x1
   174: 480300f9                       str x8, [x26]
   178: 080340f9                       ldr x8, [x24]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 080300f9                       str x8, [x24]
   184: 01ffff54                       b.ne #-0x20
   188: e00318aa                       mov x0, x24
   18c: 00000094                       bl #0x0
        # hole +0x18c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   190: 73090036                       tbz w19, #0x0, #0x12c
   194: 5a090036                       tbz w26, #0x0, #0x128
   198: 48ff4193                       asr x8, x26, #1
   19c: 0805938b                       add x8, x8, x19, asr #1
   1a0: 1f0117ab                       cmn x8, x23
   1a4: 85160054                       b.pl #0x2d0
   1a8: a90b40b9                       ldr w9, [x29, #0x8]
   1ac: 23008052                       mov w3, #0x1
   1b0: 7b0408aa                       orr x27, x3, x8, lsl #1
   1b4: 3f1d0071                       cmp w9, #0x7
   1b8: 61180054                       b.ne #0x30c
   1bc: a81f40f9                       ldr x8, [x29, #0x38]
   1c0: 1f0900f1                       cmp x8, #0x2
   1c4: 83160054                       b.lo #0x2d0
   1c8: a02740f9                       ldr x0, [x29, #0x48]
   1cc: bb2700f9                       str x27, [x29, #0x48]
   1d0: a0000037                       tbnz w0, #0x0, #0x14
   1d4: 080040f9                       ldr x8, [x0]
   1d8: 080500f1                       subs x8, x8, #0x1
   1dc: 080000f9                       str x8, [x0]
   1e0: 00020054                       b.eq #0x40
   1e4: a80340f9                       ldr x8, [x29]
   1e8: 080500f1                       subs x8, x8, #0x1
   1ec: a80300f9                       str x8, [x29]
   1f0: 61000054                       b.ne #0xc
   1f4: e0031daa                       mov x0, x29
   1f8: 00000094                       bl #0x0
        # hole +0x1f8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1fc: c8a640a9                       ldp x8, x9, [x22, #0x8]
   200: 08050091                       add x8, x8, #0x1
   204: 1f0109eb                       cmp x8, x9
   208: c80600f9                       str x8, [x22, #0x8]
   20c: 0a0c0054                       b.ge #0x180
   210: c80240f9                       ldr x8, [x22]
   214: 680d00b5                       cbnz x8, #0x1ac
   218: b9f00736                       tbz w25, #0x0, #-0x1ec
   21c: 1c000014                       b #0x70
   220: 00000094                       bl #0x0
        # hole +0x220: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   224: a80340f9                       ldr x8, [x29]
   228: 080500f1                       subs x8, x8, #0x1
   22c: a80300f9                       str x8, [x29]
   230: 61feff54                       b.ne #-0x34
   234: f0ffff17                       b #-0x40
   238: e8031f2a                       mov w8, wzr
   23c: ea031f2a                       mov w10, wzr
   240: 23008052                       mov w3, #0x1
   244: 0e048052                       mov w14, #0x20
   248: 45018052                       mov w5, #0xa
   24c: f5030caa                       mov x21, x12
   250: 2d008052                       mov w13, #0x1
   254: 29008052                       mov w9, #0x1
   258: 8b0e40f9                       ldr x11, [x20, #0x18]
   25c: 9f010ceb                       cmp x12, x12
   260: 610c0054                       b.ne #0x18c
   264: 63000014                       b #0x18c
   268: e9031f2a                       mov w9, wzr
   26c: e8031f2a                       mov w8, wzr
   270: 23008052                       mov w3, #0x1
   274: fb031daa                       mov x27, x29
   278: fd0313aa                       mov x29, x19
   27c: fa0318aa                       mov x26, x24
   280: 4d018052                       mov w13, #0xa
   284: 850c8052                       mov w5, #0x64
   288: 14000014                       b #0x50
   28c: 2d008052                       mov w13, #0x1
   290: ec0740f9                       ldr x12, [sp, #0x8]
   294: e8031f2a                       mov w8, wzr
   298: ea031f2a                       mov w10, wzr
   29c: e3030d2a                       mov w3, w13
   2a0: 29008052                       mov w9, #0x1
   2a4: 0e048052                       mov w14, #0x20
   2a8: 45018052                       mov w5, #0xa
   2ac: 8b0e40f9                       ldr x11, [x20, #0x18]
   2b0: bf020ceb                       cmp x21, x12
   2b4: c1090054                       b.ne #0x138
   2b8: 4e000014                       b #0x138
   2bc: e9031f2a                       mov w9, wzr
   2c0: e8031f2a                       mov w8, wzr
   2c4: 23008052                       mov w3, #0x1
   2c8: fb031daa                       mov x27, x29
   2cc: fd0313aa                       mov x29, x19
   2d0: 8d018052                       mov w13, #0xc
   2d4: 050f8052                       mov w5, #0x78
   2d8: ec0740f9                       ldr x12, [sp, #0x8]
   2dc: 2a008052                       mov w10, #0x1
   2e0: 0e078052                       mov w14, #0x38
   2e4: 8b0e40f9                       ldr x11, [x20, #0x18]
   2e8: bf020ceb                       cmp x21, x12
   2ec: 01080054                       b.ne #0x100
   2f0: 40000014                       b #0x100
   2f4: 4d008052                       mov w13, #0x2
   2f8: e8031f2a                       mov w8, wzr
   2fc: ea031f2a                       mov w10, wzr
   300: 29008052                       mov w9, #0x1
   304: e3030d2a                       mov w3, w13
   308: 85028052                       mov w5, #0x14
   30c: ec0740f9                       ldr x12, [sp, #0x8]
   310: 0e048052                       mov w14, #0x20
   314: 8b0e40f9                       ldr x11, [x20, #0x18]
   318: bf020ceb                       cmp x21, x12
   31c: 81060054                       b.ne #0xd0
   320: 34000014                       b #0xd0
   324: ec0740f9                       ldr x12, [sp, #0x8]
   328: e9031f2a                       mov w9, wzr
   32c: ea031f2a                       mov w10, wzr
   330: 23008052                       mov w3, #0x1
   334: 0e058052                       mov w14, #0x28
   338: 85078052                       mov w5, #0x3c
   33c: cd008052                       mov w13, #0x6
   340: fb031daa                       mov x27, x29
   344: 28008052                       mov w8, #0x1
   348: 8b0e40f9                       ldr x11, [x20, #0x18]
   34c: bf020ceb                       cmp x21, x12
   350: e1040054                       b.ne #0x9c
   354: 27000014                       b #0x9c
   358: ec0740f9                       ldr x12, [sp, #0x8]
   35c: e9031f2a                       mov w9, wzr
   360: ea031f2a                       mov w10, wzr
   364: 23008052                       mov w3, #0x1
   368: fb031daa                       mov x27, x29
   36c: 85078052                       mov w5, #0x3c
   370: 28008052                       mov w8, #0x1
   374: 0e058052                       mov w14, #0x28
   378: cd008052                       mov w13, #0x6
   37c: 8b0e40f9                       ldr x11, [x20, #0x18]
   380: bf020ceb                       cmp x21, x12
   384: 41030054                       b.ne #0x68
   388: 1a000014                       b #0x68
   38c: 29008052                       mov w9, #0x1
   390: ec0740f9                       ldr x12, [sp, #0x8]
   394: e8031f2a                       mov w8, wzr
   398: ea031f2a                       mov w10, wzr
   39c: 43008052                       mov w3, #0x2
   3a0: c90200f9                       str x9, [x22]
   3a4: 0e048052                       mov w14, #0x20
   3a8: 05148052                       mov w5, #0xa0
   3ac: 0d028052                       mov w13, #0x10
   3b0: 8b0e40f9                       ldr x11, [x20, #0x18]
   3b4: bf020ceb                       cmp x21, x12
   3b8: a1010054                       b.ne #0x34
   3bc: 0d000014                       b #0x34
   3c0: e8031f2a                       mov w8, wzr
   3c4: ea031f2a                       mov w10, wzr
   3c8: 29008052                       mov w9, #0x1
   3cc: 43008052                       mov w3, #0x2
   3d0: 0d028052                       mov w13, #0x10
   3d4: 05148052                       mov w5, #0xa0
   3d8: ec0740f9                       ldr x12, [sp, #0x8]
   3dc: 0e048052                       mov w14, #0x20
   3e0: 8b0e40f9                       ldr x11, [x20, #0x18]
   3e4: bf020ceb                       cmp x21, x12
   3e8: 40000054                       b.eq #0x8
   3ec: 750500f9                       str x21, [x11, #0x8]
   3f0: c9000037                       tbnz w9, #0x0, #0x18
   3f4: 7b1100f9                       str x27, [x11, #0x20]
   3f8: 88000037                       tbnz w8, #0x0, #0x10
   3fc: 7d1500f9                       str x29, [x11, #0x28]
   400: 4a000034                       cbz w10, #0x8
   404: 7a1900f9                       str x26, [x11, #0x30]
   408: 080080d2                       mov x8, #0x0
        # hole +0x408: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   40c: 61010e8b                       add x1, x11, x14
   410: e00314aa                       mov x0, x20
   414: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x414: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   418: e20316aa                       mov x2, x22
   41c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x41c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   420: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x420: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   424: 04010d8b                       add x4, x8, x13
   428: 00000094                       bl #0x0
        # hole +0x428: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   42c: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   430: ff830091                       add sp, sp, #0x20
   434: c0035fd6                       ret
   438: e8031f2a                       mov w8, wzr
   43c: ea031f2a                       mov w10, wzr
   440: 23008052                       mov w3, #0x1
   444: fb031daa                       mov x27, x29
   448: 0d018052                       mov w13, #0x8
   44c: 050a8052                       mov w5, #0x50
   450: 17000014                       b #0x5c
   454: e9031f2a                       mov w9, wzr
   458: 23008052                       mov w3, #0x1
   45c: fb031daa                       mov x27, x29
   460: fd0313aa                       mov x29, x19
   464: fa0318aa                       mov x26, x24
   468: 6d018052                       mov w13, #0xb
   46c: c50d8052                       mov w5, #0x6e
   470: 9affff17                       b #-0x198
   474: e9031f2a                       mov w9, wzr
   478: e8031f2a                       mov w8, wzr
   47c: 23008052                       mov w3, #0x1
   480: fb031daa                       mov x27, x29
   484: fd0313aa                       mov x29, x19
   488: ad018052                       mov w13, #0xd
   48c: 45108052                       mov w5, #0x82
   490: 92ffff17                       b #-0x1b8
   494: e9031f2a                       mov w9, wzr
   498: e8031f2a                       mov w8, wzr
   49c: ea031f2a                       mov w10, wzr
   4a0: 23008052                       mov w3, #0x1
   4a4: ed018052                       mov w13, #0xf
   4a8: c5128052                       mov w5, #0x96
   4ac: ec0740f9                       ldr x12, [sp, #0x8]
   4b0: 0e068052                       mov w14, #0x30
   4b4: 8b0e40f9                       ldr x11, [x20, #0x18]
   4b8: bf020ceb                       cmp x21, x12
   4bc: 81f9ff54                       b.ne #-0xd0
   4c0: ccffff17                       b #-0xd0
   4c4: e9031f2a                       mov w9, wzr
   4c8: e8031f2a                       mov w8, wzr
   4cc: ea031f2a                       mov w10, wzr
   4d0: f5ffff17                       b #-0x2c
