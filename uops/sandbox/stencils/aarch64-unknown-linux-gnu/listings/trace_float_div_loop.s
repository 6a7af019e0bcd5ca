# stencil float_div_loop for aarch64-unknown-linux-gnu: 1128 code bytes, 0 data bytes, 16 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 156541a9                       ldp x21, x25, [x8, #0x10]
     c: 174d40a9                       ldp x23, x19, [x8]
    10: 59020037                       tbnz w25, #0x0, #0x48
    14: 280b40b9                       ldr w8, [x25, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: e1010054                       b.ne #0x3c
    20: 29a343a9                       ldp x9, x8, [x25, #0x38]
    24: 381b40f9                       ldr x24, [x25, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: 8b040054                       b.lt #0x90
    30: 1f0309eb                       cmp x24, x9
    34: 8b040054                       b.lt #0x90
    38: 49008052                       mov w9, #0x2
    3c: 8a0e40f9                       ldr x10, [x20, #0x18]
    40: 3a008052                       mov w26, #0x1
    44: 08048052                       mov w8, #0x20
    48: 85028052                       mov w5, #0x14
    4c: f80315aa                       mov x24, x21
    50: e303092a                       mov w3, w9
    54: 08000014                       b #0x20
    58: 29008052                       mov w9, #0x1
    5c: 8a0e40f9                       ldr x10, [x20, #0x18]
    60: 08048052                       mov w8, #0x20
    64: 45018052                       mov w5, #0xa
    68: f80315aa                       mov x24, x21
    6c: e303092a                       mov w3, w9
    70: fa03092a                       mov w26, w9
    74: 1f0315eb                       cmp x24, x21
    78: c1010054                       b.ne #0x38
    7c: 5a000037                       tbnz w26, #0x0, #0x8
    80: 574d02a9                       stp x23, x19, [x10, #0x20]
    84: 0b0080d2                       mov x11, #0x0
        # hole +0x84: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    88: 4101088b                       add x1, x10, x8
    8c: e00314aa                       mov x0, x20
    90: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x90: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    94: e20316aa                       mov x2, x22
    98: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x98: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    9c: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x9c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    a0: 6401098b                       add x4, x11, x9
    a4: 00000094                       bl #0x0
        # hole +0xa4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    a8: fe0741f8                       ldr x30, [sp], #0x10
    ac: c0035fd6                       ret
    b0: 580900f9                       str x24, [x10, #0x10]
    b4: 7afe0736                       tbz w26, #0x0, #-0x34
    b8: f3ffff17                       b #-0x34
    bc: 1f0309eb                       cmp x24, x9
    c0: cdfbff54                       b.le #-0x88
    c4: 0803088b                       add x8, x24, x8
    c8: 3a008052                       mov w26, #0x1
    cc: 281b00f9                       str x8, [x25, #0x30]
    d0: f5000037                       tbnz w21, #0x0, #0x1c
    d4: a80240f9                       ldr x8, [x21]
    d8: 080500f1                       subs x8, x8, #0x1
    dc: a80200f9                       str x8, [x21]
    e0: 61000054                       b.ne #0xc
    e4: e00315aa                       mov x0, x21
    e8: 00000094                       bl #0x0
        # hole +0xe8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    ec: b7000036                       tbz w23, #0x0, #0x14
    f0: 580718aa                       orr x24, x26, x24, lsl #1
    f4: 13010036                       tbz w19, #0x0, #0x20
    f8: 77010036                       tbz w23, #0x0, #0x2c
    fc: 25000014                       b #0x94
   100: e80240f9                       ldr x8, [x23]
   104: 08050091                       add x8, x8, #0x1
   108: e80200f9                       str x8, [x23]
   10c: 580718aa                       orr x24, x26, x24, lsl #1
   110: 53ff0737                       tbnz w19, #0x0, #-0x18
   114: 680240f9                       ldr x8, [x19]
   118: 08050091                       add x8, x8, #0x1
   11c: 680200f9                       str x8, [x19]
   120: 97030037                       tbnz w23, #0x0, #0x70
   124: e80a40b9                       ldr w8, [x23, #0x8]
   128: 1f090071                       cmp w8, #0x2
   12c: 21030054                       b.ne #0x64
   130: 13030037                       tbnz w19, #0x0, #0x60
   134: 680a40b9                       ldr w8, [x19, #0x8]
   138: 1f090071                       cmp w8, #0x2
   13c: a1020054                       b.ne #0x54
   140: e80240f9                       ldr x8, [x23]
   144: e81a40fd                       ldr d8, [x23, #0x30]
   148: 691a40fd                       ldr d9, [x19, #0x30]
   14c: 080500f1                       subs x8, x8, #0x1
   150: e80200f9                       str x8, [x23]
   154: c0020054                       b.eq #0x58
   158: 680240f9                       ldr x8, [x19]
   15c: 080500f1                       subs x8, x8, #0x1
   160: 680200f9                       str x8, [x19]
   164: 00030054                       b.eq #0x60
   168: 2821601e                       fcmp d9, #0.0
   16c: 41030054                       b.ne #0x68
   170: 3a008052                       mov w26, #0x1
   174: 8a0e40f9                       ldr x10, [x20, #0x18]
   178: 63008052                       mov w3, #0x3
   17c: 08048052                       mov w8, #0x20
   180: da0e00f9                       str x26, [x22, #0x18]
   184: 050a8052                       mov w5, #0x50
   188: 09018052                       mov w9, #0x8
   18c: baffff17                       b #-0x118
   190: 8a0e40f9                       ldr x10, [x20, #0x18]
   194: fa031f2a                       mov w26, wzr
   198: 23008052                       mov w3, #0x1
   19c: 08068052                       mov w8, #0x30
   1a0: c5088052                       mov w5, #0x46
   1a4: e9008052                       mov w9, #0x7
   1a8: b3ffff17                       b #-0x134
   1ac: e00317aa                       mov x0, x23
   1b0: 00000094                       bl #0x0
        # hole +0x1b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1b4: 680240f9                       ldr x8, [x19]
   1b8: 080500f1                       subs x8, x8, #0x1
   1bc: 680200f9                       str x8, [x19]
   1c0: 41fdff54                       b.ne #-0x58
   1c4: e00313aa                       mov x0, x19
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: 2821601e                       fcmp d9, #0.0
   1d0: 00fdff54                       b.eq #-0x60
   1d4: e80240f9                       ldr x8, [x23]
   1d8: 080500f1                       subs x8, x8, #0x1
   1dc: e80200f9                       str x8, [x23]
   1e0: 61000054                       b.ne #0xc
   1e4: e00317aa                       mov x0, x23
   1e8: 00000094                       bl #0x0
        # hole +0x1e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1ec: 0019691e                       fdiv d0, d8, d9
   1f0: ceb240a9                       ldp x14, x12, [x22, #0x8]
   1f4: cb050091                       add x11, x14, #0x1
   1f8: 7f010ceb                       cmp x11, x12
   1fc: cb0600f9                       str x11, [x22, #0x8]
   200: aa050054                       b.ge #0xb4
   204: c80240f9                       ldr x8, [x22]
   208: 880600b5                       cbnz x8, #0xd0
   20c: 280b40b9                       ldr w8, [x25, #0x8]
   210: 1f110071                       cmp w8, #0x4
   214: 21070054                       b.ne #0xe4
   218: 2dab43a9                       ldp x13, x10, [x25, #0x38]
   21c: 281b40f9                       ldr x8, [x25, #0x30]
   220: 5f0500f1                       cmp x10, #0x1
   224: ab070054                       b.lt #0xf4
   228: 1f010deb                       cmp x8, x13
   22c: 4a030054                       b.ge #0x68
   230: 6f0a40b9                       ldr w15, [x19, #0x8]
   234: 690240f9                       ldr x9, [x19]
   238: ff090071                       cmp w15, #0x2
   23c: a1090054                       b.ne #0x134
   240: 611a40fd                       ldr d1, [x19, #0x30]
   244: 2820601e                       fcmp d1, #0.0
   248: a0070054                       b.eq #0xf4
   24c: 10f97fd3                       lsl x16, x8, #1
   250: 4ff97fd3                       lsl x15, x10, #1
   254: ce090091                       add x14, x14, #0x2
   258: 9f010eeb                       cmp x12, x14
   25c: 10020fcb                       sub x16, x16, x15
   260: 8ec18e9a                       csel x14, x12, x14, gt
   264: 180240b2                       orr x24, x16, #0x1
   268: 0018611e                       fdiv d0, d0, d1
   26c: 6b050091                       add x11, x11, #0x1
   270: 7f010ceb                       cmp x11, x12
   274: ca0e0054                       b.ge #0x1d8
   278: 08010a8b                       add x8, x8, x10
   27c: 18030f8b                       add x24, x24, x15
   280: 1f010deb                       cmp x8, x13
   284: 2bffff54                       b.lt #-0x1c
   288: cb0600f9                       str x11, [x22, #0x8]
   28c: 281b00f9                       str x8, [x25, #0x30]
   290: 690200f9                       str x9, [x19]
   294: e00316aa                       mov x0, x22
   298: 00000094                       bl #0x0
        # hole +0x298: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   29c: 49008052                       mov w9, #0x2
   2a0: 3a008052                       mov w26, #0x1
   2a4: 08048052                       mov w8, #0x20
   2a8: 85028052                       mov w5, #0x14
   2ac: e303092a                       mov w3, w9
   2b0: 61000014                       b #0x184
   2b4: 3a008052                       mov w26, #0x1
   2b8: e00316aa                       mov x0, x22
   2bc: da0200f9                       str x26, [x22]
   2c0: 00000094                       bl #0x0
        # hole +0x2c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2c4: 43008052                       mov w3, #0x2
   2c8: 08048052                       mov w8, #0x20
   2cc: 850c8052                       mov w5, #0x64
   2d0: 49018052                       mov w9, #0xa
   2d4: 58000014                       b #0x160
   2d8: e00316aa                       mov x0, x22
   2dc: 00000094                       bl #0x0
        # hole +0x2dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2e0: 3a008052                       mov w26, #0x1
   2e4: 43008052                       mov w3, #0x2
   2e8: 08048052                       mov w8, #0x20
   2ec: 850c8052                       mov w5, #0x64
   2f0: 49018052                       mov w9, #0xa
   2f4: 50000014                       b #0x140
   2f8: e00316aa                       mov x0, x22
   2fc: 00000094                       bl #0x0
        # hole +0x2fc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   300: 29008052                       mov w9, #0x1
   304: 08048052                       mov w8, #0x20
   308: 45018052                       mov w5, #0xa
   30c: e303092a                       mov w3, w9
   310: fa03092a                       mov w26, w9
   314: 48000014                       b #0x120
   318: 1f010deb                       cmp x8, x13
   31c: ed070054                       b.le #0xfc
   320: 6f0a40b9                       ldr w15, [x19, #0x8]
   324: 690240f9                       ldr x9, [x19]
   328: ff090071                       cmp w15, #0x2
   32c: 21020054                       b.ne #0x44
   330: 611a40fd                       ldr d1, [x19, #0x30]
   334: 2820601e                       fcmp d1, #0.0
   338: c1040054                       b.ne #0x98
   33c: 0a010a8b                       add x10, x8, x10
   340: 3a008052                       mov w26, #0x1
   344: e00316aa                       mov x0, x22
   348: 2a1b00f9                       str x10, [x25, #0x30]
   34c: 580708aa                       orr x24, x26, x8, lsl #1
   350: 690200f9                       str x9, [x19]
   354: da0e00f9                       str x26, [x22, #0x18]
   358: 00000094                       bl #0x0
        # hole +0x358: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   35c: 63008052                       mov w3, #0x3
   360: 08048052                       mov w8, #0x20
   364: 050a8052                       mov w5, #0x50
   368: 09018052                       mov w9, #0x8
   36c: 32000014                       b #0xc8
   370: 3b008052                       mov w27, #0x1
   374: 0a010a8b                       add x10, x8, x10
   378: e00316aa                       mov x0, x22
   37c: 780708aa                       orr x24, x27, x8, lsl #1
   380: 28050091                       add x8, x9, #0x1
   384: 2a1b00f9                       str x10, [x25, #0x30]
   388: 680200f9                       str x8, [x19]
   38c: 00000094                       bl #0x0
        # hole +0x38c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   390: 1f2000f1                       cmp x0, #0x8
   394: e2000054                       b.hs #0x1c
   398: fa031f2a                       mov w26, wzr
   39c: 08068052                       mov w8, #0x30
   3a0: c5088052                       mov w5, #0x46
   3a4: e9008052                       mov w9, #0x7
   3a8: e3031b2a                       mov w3, w27
   3ac: 22000014                       b #0x88
   3b0: 48008052                       mov w8, #0x2
   3b4: fa031f2a                       mov w26, wzr
   3b8: 23008052                       mov w3, #0x1
   3bc: 080000f9                       str x8, [x0]
   3c0: 08068052                       mov w8, #0x30
   3c4: c5088052                       mov w5, #0x46
   3c8: e9008052                       mov w9, #0x7
   3cc: 1a000014                       b #0x68
   3d0: 10f97fd3                       lsl x16, x8, #1
   3d4: 4ff97fd3                       lsl x15, x10, #1
   3d8: ce090091                       add x14, x14, #0x2
   3dc: 9f010eeb                       cmp x12, x14
   3e0: 10020fcb                       sub x16, x16, x15
   3e4: 8ec18e9a                       csel x14, x12, x14, gt
   3e8: 180240b2                       orr x24, x16, #0x1
   3ec: 0018611e                       fdiv d0, d0, d1
   3f0: 6b050091                       add x11, x11, #0x1
   3f4: 7f010ceb                       cmp x11, x12
   3f8: aa020054                       b.ge #0x54
   3fc: 08010a8b                       add x8, x8, x10
   400: 18030f8b                       add x24, x24, x15
   404: 1f010deb                       cmp x8, x13
   408: 2cffff54                       b.gt #-0x1c
   40c: cb0600f9                       str x11, [x22, #0x8]
   410: 281b00f9                       str x8, [x25, #0x30]
   414: 690200f9                       str x9, [x19]
   418: e00316aa                       mov x0, x22
   41c: 00000094                       bl #0x0
        # hole +0x41c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   420: 3a008052                       mov w26, #0x1
   424: 43008052                       mov w3, #0x2
   428: 08048052                       mov w8, #0x20
   42c: 85028052                       mov w5, #0x14
   430: 49008052                       mov w9, #0x2
   434: 8a0e40f9                       ldr x10, [x20, #0x18]
   438: 1f0017eb                       cmp x0, x23
   43c: c0e1ff54                       b.eq #-0x3c8
   440: f70300aa                       mov x23, x0
   444: 400100f9                       str x0, [x10]
   448: 0bffff17                       b #-0x3d4
   44c: 4a01088b                       add x10, x10, x8
   450: 3a008052                       mov w26, #0x1
   454: 690200f9                       str x9, [x19]
   458: 2a1b00f9                       str x10, [x25, #0x30]
   45c: 580708aa                       orr x24, x26, x8, lsl #1
   460: ce0600f9                       str x14, [x22, #0x8]
   464: 95ffff17                       b #-0x1ac
