# stencil dot_product_float for aarch64-unknown-linux-gnu: 1728 code bytes, 0 data bytes, 20 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 13f141a9                       ldp x19, x28, [x8, #0x18]
     c: 150940f9                       ldr x21, [x8, #0x10]
    10: 5c020037                       tbnz w28, #0x0, #0x48
    14: 890b40b9                       ldr w9, [x28, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: 01030054                       b.ne #0x60
    20: 176540a9                       ldp x23, x25, [x8]
    24: 981b40f9                       ldr x24, [x28, #0x30]
    28: 88a743a9                       ldp x8, x9, [x28, #0x38]
    2c: 3f0500f1                       cmp x9, #0x1
    30: 2b060054                       b.lt #0xc4
    34: 1f0308eb                       cmp x24, x8
    38: 2b060054                       b.lt #0xc4
    3c: ec031f2a                       mov w12, wzr
    40: eb031f2a                       mov w11, wzr
    44: ea031f2a                       mov w10, wzr
    48: 49008052                       mov w9, #0x2
    4c: 08058052                       mov w8, #0x28
    50: 85028052                       mov w5, #0x14
    54: 10000014                       b #0x40
    58: ec031f2a                       mov w12, wzr
    5c: eb031f2a                       mov w11, wzr
    60: ea031f2a                       mov w10, wzr
    64: 23008052                       mov w3, #0x1
    68: 08058052                       mov w8, #0x28
    6c: 45018052                       mov w5, #0xa
    70: fb0313aa                       mov x27, x19
    74: 29008052                       mov w9, #0x1
    78: 09000014                       b #0x24
    7c: ec031f2a                       mov w12, wzr
    80: eb031f2a                       mov w11, wzr
    84: ea031f2a                       mov w10, wzr
    88: 29008052                       mov w9, #0x1
    8c: 08058052                       mov w8, #0x28
    90: 45018052                       mov w5, #0xa
    94: fb0313aa                       mov x27, x19
    98: e303092a                       mov w3, w9
    9c: 8d0e40f9                       ldr x13, [x20, #0x18]
    a0: fa031baa                       mov x26, x27
    a4: 7f0313eb                       cmp x27, x19
    a8: 40000054                       b.eq #0x8
    ac: bb0d00f9                       str x27, [x13, #0x18]
    b0: cc000034                       cbz w12, #0x18
    b4: b5dd02a9                       stp x21, x23, [x13, #0x28]
    b8: 8b000034                       cbz w11, #0x10
    bc: b81d00f9                       str x24, [x13, #0x38]
    c0: 4a000037                       tbnz w10, #0x0, #0x8
    c4: ba2100f9                       str x26, [x13, #0x40]
    c8: 0a0080d2                       mov x10, #0x0
        # hole +0xc8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    cc: a101088b                       add x1, x13, x8
    d0: e00314aa                       mov x0, x20
    d4: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0xd4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    d8: e20316aa                       mov x2, x22
    dc: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0xdc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    e0: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0xe0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    e4: 4401098b                       add x4, x10, x9
    e8: 00000094                       bl #0x0
        # hole +0xe8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    ec: fe0741f8                       ldr x30, [sp], #0x10
    f0: c0035fd6                       ret
    f4: 1f0308eb                       cmp x24, x8
    f8: 2dfaff54                       b.le #-0xbc
    fc: 0803098b                       add x8, x24, x9
   100: 3b008052                       mov w27, #0x1
   104: 881b00f9                       str x8, [x28, #0x30]
   108: f3000037                       tbnz w19, #0x0, #0x1c
   10c: 680240f9                       ldr x8, [x19]
   110: 080500f1                       subs x8, x8, #0x1
   114: 680200f9                       str x8, [x19]
   118: 61000054                       b.ne #0xc
   11c: e00313aa                       mov x0, x19
   120: 00000094                       bl #0x0
        # hole +0x120: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 1bfb7fb3                       bfi x27, x24, #1, #63
   128: 95000037                       tbnz w21, #0x0, #0x10
   12c: a80240f9                       ldr x8, [x21]
   130: 08050091                       add x8, x8, #0x1
   134: a80200f9                       str x8, [x21]
   138: b7020037                       tbnz w23, #0x0, #0x54
   13c: e80240f9                       ldr x8, [x23]
   140: e90a40b9                       ldr w9, [x23, #0x8]
   144: 08050091                       add x8, x8, #0x1
   148: 3f0d0071                       cmp w9, #0x3
   14c: e80200f9                       str x8, [x23]
   150: e1010054                       b.ne #0x3c
   154: 09fb7fd3                       lsl x9, x24, #1
   158: 38fd4193                       asr x24, x9, #1
   15c: 9801f8b7                       tbnz x24, #0x3f, #0x30
   160: e91a40f9                       ldr x9, [x23, #0x30]
   164: 1f0309eb                       cmp x24, x9
   168: 2a010054                       b.ge #0x24
   16c: e92240f9                       ldr x9, [x23, #0x40]
   170: 3a7978f8                       ldr x26, [x9, x24, lsl #3]
   174: 9a010036                       tbz w26, #0x0, #0x30
   178: 080500f1                       subs x8, x8, #0x1
   17c: e80200f9                       str x8, [x23]
   180: 00020054                       b.eq #0x40
   184: 59020036                       tbz w25, #0x0, #0x48
   188: 22000014                       b #0x88
   18c: 23008052                       mov w3, #0x1
   190: 08088052                       mov w8, #0x40
   194: 050a8052                       mov w5, #0x50
   198: 09018052                       mov w9, #0x8
   19c: f8031baa                       mov x24, x27
   1a0: 49000014                       b #0x124
   1a4: 480340f9                       ldr x8, [x26]
   1a8: 08050091                       add x8, x8, #0x1
   1ac: 480300f9                       str x8, [x26]
   1b0: e80240f9                       ldr x8, [x23]
   1b4: 080500f1                       subs x8, x8, #0x1
   1b8: e80200f9                       str x8, [x23]
   1bc: 41feff54                       b.ne #-0x38
   1c0: e00317aa                       mov x0, x23
   1c4: 00000094                       bl #0x0
        # hole +0x1c4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1c8: 59020037                       tbnz w25, #0x0, #0x48
   1cc: 280340f9                       ldr x8, [x25]
   1d0: 290b40b9                       ldr w9, [x25, #0x8]
   1d4: 08050091                       add x8, x8, #0x1
   1d8: 3f0d0071                       cmp w9, #0x3
   1dc: 280300f9                       str x8, [x25]
   1e0: 81010054                       b.ne #0x30
   1e4: 291b40f9                       ldr x9, [x25, #0x30]
   1e8: 1f0309eb                       cmp x24, x9
   1ec: 2a010054                       b.ge #0x24
   1f0: 292340f9                       ldr x9, [x25, #0x40]
   1f4: 387978f8                       ldr x24, [x9, x24, lsl #3]
   1f8: 18020036                       tbz w24, #0x0, #0x40
   1fc: 080500f1                       subs x8, x8, #0x1
   200: 280300f9                       str x8, [x25]
   204: 80020054                       b.eq #0x50
   208: da020036                       tbz w26, #0x0, #0x58
   20c: 29000014                       b #0xa4
   210: ea031f2a                       mov w10, wzr
   214: 23008052                       mov w3, #0x1
   218: 08098052                       mov w8, #0x48
   21c: c50d8052                       mov w5, #0x6e
   220: 69018052                       mov w9, #0xb
   224: f7031aaa                       mov x23, x26
   228: f80319aa                       mov x24, x25
   22c: 2c008052                       mov w12, #0x1
   230: 2b008052                       mov w11, #0x1
   234: 9affff17                       b #-0x198
   238: 080340f9                       ldr x8, [x24]
   23c: 08050091                       add x8, x8, #0x1
   240: 080300f9                       str x8, [x24]
   244: 280340f9                       ldr x8, [x25]
   248: 080500f1                       subs x8, x8, #0x1
   24c: 280300f9                       str x8, [x25]
   250: c1fdff54                       b.ne #-0x48
   254: e00319aa                       mov x0, x25
   258: 00000094                       bl #0x0
        # hole +0x258: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   25c: ba020037                       tbnz w26, #0x0, #0x54
   260: 480b40b9                       ldr w8, [x26, #0x8]
   264: 1f090071                       cmp w8, #0x2
   268: 41020054                       b.ne #0x48
   26c: 38020037                       tbnz w24, #0x0, #0x44
   270: 080b40b9                       ldr w8, [x24, #0x8]
   274: 1f090071                       cmp w8, #0x2
   278: c1010054                       b.ne #0x38
   27c: 480340f9                       ldr x8, [x26]
   280: 481b40fd                       ldr d8, [x26, #0x30]
   284: 091b40fd                       ldr d9, [x24, #0x30]
   288: 080500f1                       subs x8, x8, #0x1
   28c: 480300f9                       str x8, [x26]
   290: 20020054                       b.eq #0x44
   294: 080340f9                       ldr x8, [x24]
   298: 080500f1                       subs x8, x8, #0x1
   29c: 080300f9                       str x8, [x24]
   2a0: 60020054                       b.eq #0x4c
   2a4: 0009691e                       fmul d0, d8, d9
   2a8: b5020036                       tbz w21, #0x0, #0x54
   2ac: 26000014                       b #0x98
   2b0: 23008052                       mov w3, #0x1
   2b4: 08088052                       mov w8, #0x40
   2b8: 050f8052                       mov w5, #0x78
   2bc: 89018052                       mov w9, #0xc
   2c0: f7031aaa                       mov x23, x26
   2c4: 2c008052                       mov w12, #0x1
   2c8: 2b008052                       mov w11, #0x1
   2cc: 2a008052                       mov w10, #0x1
   2d0: 73ffff17                       b #-0x234
   2d4: e0031aaa                       mov x0, x26
   2d8: 00000094                       bl #0x0
        # hole +0x2d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2dc: 080340f9                       ldr x8, [x24]
   2e0: 080500f1                       subs x8, x8, #0x1
   2e4: 080300f9                       str x8, [x24]
   2e8: e1fdff54                       b.ne #-0x44
   2ec: e00318aa                       mov x0, x24
   2f0: 00000094                       bl #0x0
        # hole +0x2f0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2f4: 0009691e                       fmul d0, d8, d9
   2f8: 75020037                       tbnz w21, #0x0, #0x4c
   2fc: a80a40b9                       ldr w8, [x21, #0x8]
   300: 1f090071                       cmp w8, #0x2
   304: 01020054                       b.ne #0x40
   308: a80240f9                       ldr x8, [x21]
   30c: a81a40fd                       ldr d8, [x21, #0x30]
   310: 080500f1                       subs x8, x8, #0x1
   314: a80200f9                       str x8, [x21]
   318: c0020054                       b.eq #0x58
   31c: 080500f1                       subs x8, x8, #0x1
   320: a80200f9                       str x8, [x21]
   324: 60030054                       b.eq #0x6c
   328: c8a640a9                       ldp x8, x9, [x22, #0x8]
   32c: 0028681e                       fadd d0, d0, d8
   330: 0a050091                       add x10, x8, #0x1
   334: 5f0109eb                       cmp x10, x9
   338: ca0600f9                       str x10, [x22, #0x8]
   33c: eb030054                       b.lt #0x7c
   340: 72000014                       b #0x1c8
   344: e00316aa                       mov x0, x22
   348: 00000094                       bl #0x0
        # hole +0x348: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   34c: f70300aa                       mov x23, x0
   350: eb031f2a                       mov w11, wzr
   354: ea031f2a                       mov w10, wzr
   358: 23008052                       mov w3, #0x1
   35c: 08078052                       mov w8, #0x38
   360: 85118052                       mov w5, #0x8c
   364: c9018052                       mov w9, #0xe
   368: 2c008052                       mov w12, #0x1
   36c: 4cffff17                       b #-0x2d0
   370: e00315aa                       mov x0, x21
   374: 0940601e                       fmov d9, d0
   378: 00000094                       bl #0x0
        # hole +0x378: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   37c: 2041601e                       fmov d0, d9
   380: a80240f9                       ldr x8, [x21]
   384: 080500f1                       subs x8, x8, #0x1
   388: a80200f9                       str x8, [x21]
   38c: e1fcff54                       b.ne #-0x64
   390: e00315aa                       mov x0, x21
   394: 0940601e                       fmov d9, d0
   398: 00000094                       bl #0x0
        # hole +0x398: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   39c: 2041601e                       fmov d0, d9
   3a0: c8a640a9                       ldp x8, x9, [x22, #0x8]
   3a4: 0028681e                       fadd d0, d0, d8
   3a8: 0a050091                       add x10, x8, #0x1
   3ac: 5f0109eb                       cmp x10, x9
   3b0: ca0600f9                       str x10, [x22, #0x8]
   3b4: aa0a0054                       b.ge #0x154
   3b8: c80240f9                       ldr x8, [x22]
   3bc: a80a00b5                       cbnz x8, #0x154
   3c0: 880b40b9                       ldr w8, [x28, #0x8]
   3c4: 1f110071                       cmp w8, #0x4
   3c8: a10c0054                       b.ne #0x194
   3cc: 8daf43a9                       ldp x13, x11, [x28, #0x38]
   3d0: fa031baa                       mov x26, x27
   3d4: 8c1b40f9                       ldr x12, [x28, #0x30]
   3d8: 88f97fd3                       lsl x8, x12, #1
   3dc: 6ef97fd3                       lsl x14, x11, #1
   3e0: 7f0500f1                       cmp x11, #0x1
   3e4: 8b000054                       b.lt #0x10
   3e8: 9f010deb                       cmp x12, x13
   3ec: 8b000054                       b.lt #0x10
   3f0: 7c000014                       b #0x1f0
   3f4: 9f010deb                       cmp x12, x13
   3f8: 4d0f0054                       b.le #0x1e8
   3fc: ef0240f9                       ldr x15, [x23]
   400: f10a40b9                       ldr w17, [x23, #0x8]
   404: 8c010b8b                       add x12, x12, x11
   408: 1b050091                       add x27, x8, #0x1
   40c: 8c1b00f9                       str x12, [x28, #0x30]
   410: f0050091                       add x16, x15, #0x1
   414: 3f0e0071                       cmp w17, #0x3
   418: f00200f9                       str x16, [x23]
   41c: 41120054                       b.ne #0x248
   420: 0ffd4193                       asr x15, x8, #1
   424: 4f0ff8b7                       tbnz x15, #0x3f, #0x1e8
   428: f11a40f9                       ldr x17, [x23, #0x30]
   42c: ff0111eb                       cmp x15, x17
   430: ea0e0054                       b.ge #0x1dc
   434: f12240f9                       ldr x17, [x23, #0x40]
   438: 3a7a6ff8                       ldr x26, [x17, x15, lsl #3]
   43c: ba000037                       tbnz w26, #0x0, #0x14
   440: 500340f9                       ldr x16, [x26]
   444: 10060091                       add x16, x16, #0x1
   448: 500300f9                       str x16, [x26]
   44c: f00240f9                       ldr x16, [x23]
   450: 100600d1                       sub x16, x16, #0x1
   454: 310b40b9                       ldr w17, [x25, #0x8]
   458: f00200f9                       str x16, [x23]
   45c: 300340f9                       ldr x16, [x25]
   460: 3f0e0071                       cmp w17, #0x3
   464: 10060091                       add x16, x16, #0x1
   468: 300300f9                       str x16, [x25]
   46c: 610e0054                       b.ne #0x1cc
   470: 311b40f9                       ldr x17, [x25, #0x30]
   474: ff0111eb                       cmp x15, x17
   478: 0a0e0054                       b.ge #0x1c0
   47c: 312340f9                       ldr x17, [x25, #0x40]
   480: 387a6ff8                       ldr x24, [x17, x15, lsl #3]
   484: b8000037                       tbnz w24, #0x0, #0x14
   488: 0f0340f9                       ldr x15, [x24]
   48c: ef050091                       add x15, x15, #0x1
   490: 0f0300f9                       str x15, [x24]
   494: 300340f9                       ldr x16, [x25]
   498: 0f0600d1                       sub x15, x16, #0x1
   49c: 2f0300f9                       str x15, [x25]
   4a0: 5a070037                       tbnz w26, #0x0, #0xe8
   4a4: 4f0b40b9                       ldr w15, [x26, #0x8]
   4a8: ff090071                       cmp w15, #0x2
   4ac: e1060054                       b.ne #0xdc
   4b0: d8060037                       tbnz w24, #0x0, #0xd8
   4b4: 0f0b40b9                       ldr w15, [x24, #0x8]
   4b8: ff090071                       cmp w15, #0x2
   4bc: 61060054                       b.ne #0xcc
   4c0: 411b40fd                       ldr d1, [x26, #0x30]
   4c4: 021b40fd                       ldr d2, [x24, #0x30]
   4c8: 4a050091                       add x10, x10, #0x1
   4cc: 4f0340f9                       ldr x15, [x26]
   4d0: 5f0109eb                       cmp x10, x9
   4d4: 08010e8b                       add x8, x8, x14
   4d8: 2108621e                       fmul d1, d1, d2
   4dc: ca0600f9                       str x10, [x22, #0x8]
   4e0: ef0500d1                       sub x15, x15, #0x1
   4e4: 4f0300f9                       str x15, [x26]
   4e8: fa031baa                       mov x26, x27
   4ec: 0f0340f9                       ldr x15, [x24]
   4f0: 0028611e                       fadd d0, d0, d1
   4f4: ef0500d1                       sub x15, x15, #0x1
   4f8: 0f0300f9                       str x15, [x24]
   4fc: 2bf7ff54                       b.lt #-0x11c
   500: 08050bcb                       sub x8, x8, x11, lsl #1
   504: 1b050091                       add x27, x8, #0x1
   508: 28008052                       mov w8, #0x1
   50c: c80200f9                       str x8, [x22]
   510: e00316aa                       mov x0, x22
   514: 00000094                       bl #0x0
        # hole +0x514: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   518: f7031faa                       mov x23, xzr
   51c: eb031f2a                       mov w11, wzr
   520: ea031f2a                       mov w10, wzr
   524: 43008052                       mov w3, #0x2
   528: 08058052                       mov w8, #0x28
   52c: 45158052                       mov w5, #0xaa
   530: 29028052                       mov w9, #0x11
   534: fa031baa                       mov x26, x27
   538: 8d0e40f9                       ldr x13, [x20, #0x18]
   53c: 1f0015eb                       cmp x0, x21
   540: 61000054                       b.ne #0xc
   544: ec030b2a                       mov w12, w11
   548: d7feff17                       b #-0x4a4
   54c: ec030b2a                       mov w12, w11
   550: f50300aa                       mov x21, x0
   554: a00900f9                       str x0, [x13, #0x10]
   558: d3feff17                       b #-0x4b4
   55c: e00316aa                       mov x0, x22
   560: 00000094                       bl #0x0
        # hole +0x560: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   564: 29008052                       mov w9, #0x1
   568: f7031faa                       mov x23, xzr
   56c: eb031f2a                       mov w11, wzr
   570: ea031f2a                       mov w10, wzr
   574: 08058052                       mov w8, #0x28
   578: 45018052                       mov w5, #0xa
   57c: fa031baa                       mov x26, x27
   580: e303092a                       mov w3, w9
   584: edffff17                       b #-0x4c
   588: e00316aa                       mov x0, x22
   58c: f70308aa                       mov x23, x8
   590: 00000094                       bl #0x0
        # hole +0x590: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   594: 1f2000f1                       cmp x0, #0x8
   598: fb060091                       add x27, x23, #0x1
   59c: c2000054                       b.hs #0x18
   5a0: 23008052                       mov w3, #0x1
   5a4: 08088052                       mov w8, #0x40
   5a8: 050f8052                       mov w5, #0x78
   5ac: 89018052                       mov w9, #0xc
   5b0: 07000014                       b #0x1c
   5b4: 4a008052                       mov w10, #0x2
   5b8: 23008052                       mov w3, #0x1
   5bc: 08088052                       mov w8, #0x40
   5c0: 050f8052                       mov w5, #0x78
   5c4: 89018052                       mov w9, #0xc
   5c8: 0a0000f9                       str x10, [x0]
   5cc: f7031aaa                       mov x23, x26
   5d0: fa031baa                       mov x26, x27
   5d4: 2b008052                       mov w11, #0x1
   5d8: 2a008052                       mov w10, #0x1
   5dc: d7ffff17                       b #-0xa4
   5e0: e00316aa                       mov x0, x22
   5e4: 00000094                       bl #0x0
        # hole +0x5e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   5e8: 49008052                       mov w9, #0x2
   5ec: f7031faa                       mov x23, xzr
   5f0: eb031f2a                       mov w11, wzr
   5f4: ea031f2a                       mov w10, wzr
   5f8: 08058052                       mov w8, #0x28
   5fc: 85028052                       mov w5, #0x14
   600: fb031aaa                       mov x27, x26
   604: e303092a                       mov w3, w9
   608: ccffff17                       b #-0xd0
   60c: e00316aa                       mov x0, x22
   610: f80308aa                       mov x24, x8
   614: 00000094                       bl #0x0
        # hole +0x614: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   618: 1f2000f1                       cmp x0, #0x8
   61c: 1b070091                       add x27, x24, #0x1
   620: a2020054                       b.hs #0x54
   624: 23008052                       mov w3, #0x1
   628: 08088052                       mov w8, #0x40
   62c: 050a8052                       mov w5, #0x50
   630: 09018052                       mov w9, #0x8
   634: 16000014                       b #0x58
   638: e00316aa                       mov x0, x22
   63c: f70308aa                       mov x23, x8
   640: 00000094                       bl #0x0
        # hole +0x640: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   644: 1f2000f1                       cmp x0, #0x8
   648: fb060091                       add x27, x23, #0x1
   64c: ea031f2a                       mov w10, wzr
   650: 22020054                       b.hs #0x44
   654: 23008052                       mov w3, #0x1
   658: 08098052                       mov w8, #0x48
   65c: c50d8052                       mov w5, #0x6e
   660: 12000014                       b #0x48
   664: e00316aa                       mov x0, x22
   668: 00000094                       bl #0x0
        # hole +0x668: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   66c: 1f2000f1                       cmp x0, #0x8
   670: a3fdff54                       b.lo #-0x4c
   674: 4a008052                       mov w10, #0x2
   678: 23008052                       mov w3, #0x1
   67c: 08088052                       mov w8, #0x40
   680: 050a8052                       mov w5, #0x50
   684: 09018052                       mov w9, #0x8
   688: 0a0000f9                       str x10, [x0]
   68c: f8031baa                       mov x24, x27
   690: d1ffff17                       b #-0xbc
   694: 49008052                       mov w9, #0x2
   698: 23008052                       mov w3, #0x1
   69c: 08098052                       mov w8, #0x48
   6a0: c50d8052                       mov w5, #0x6e
   6a4: 090000f9                       str x9, [x0]
   6a8: 69018052                       mov w9, #0xb
   6ac: f7031aaa                       mov x23, x26
   6b0: f80319aa                       mov x24, x25
   6b4: fa031baa                       mov x26, x27
   6b8: 2b008052                       mov w11, #0x1
   6bc: 9fffff17                       b #-0x184
