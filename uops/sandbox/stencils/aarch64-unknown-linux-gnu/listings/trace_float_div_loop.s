# stencil float_div_loop for aarch64-unknown-linux-gnu: 1192 code bytes, 0 data bytes, 14 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 157541a9                       ldp x21, x29, [x8, #0x10]
     c: 174d40a9                       ldp x23, x19, [x8]
    10: 5d020037                       tbnz w29, #0x0, #0x48
    14: a80b40b9                       ldr w8, [x29, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: e1020054                       b.ne #0x5c
    20: a9a343a9                       ldp x9, x8, [x29, #0x38]
    24: b81b40f9                       ldr x24, [x29, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: 6b030054                       b.lt #0x6c
    30: 1f0309eb                       cmp x24, x9
    34: 6b030054                       b.lt #0x6c
    38: 5c008052                       mov w28, #0x2
    3c: 890e40f9                       ldr x9, [x20, #0x18]
    40: 28008052                       mov w8, #0x1
    44: 1b048052                       mov w27, #0x20
    48: 85028052                       mov w5, #0x14
    4c: fa0315aa                       mov x26, x21
    50: e3031c2a                       mov w3, w28
    54: 4c000014                       b #0x130
    58: 890e40f9                       ldr x9, [x20, #0x18]
    5c: 23008052                       mov w3, #0x1
    60: 1b048052                       mov w27, #0x20
    64: 45018052                       mov w5, #0xa
    68: fa0315aa                       mov x26, x21
    6c: 3c008052                       mov w28, #0x1
    70: 28008052                       mov w8, #0x1
    74: 44000014                       b #0x110
    78: 3c008052                       mov w28, #0x1
    7c: 890e40f9                       ldr x9, [x20, #0x18]
    80: 1b048052                       mov w27, #0x20
    84: 45018052                       mov w5, #0xa
    88: fa0315aa                       mov x26, x21
    8c: e3031c2a                       mov w3, w28
    90: 28008052                       mov w8, #0x1
    94: 3c000014                       b #0xf0
    98: 1f0309eb                       cmp x24, x9
    9c: edfcff54                       b.le #-0x64
    a0: 0803088b                       add x8, x24, x8
    a4: 39008052                       mov w25, #0x1
    a8: a81b00f9                       str x8, [x29, #0x30]
    ac: f5000037                       tbnz w21, #0x0, #0x1c
    b0: a80240f9                       ldr x8, [x21]
    b4: 080500f1                       subs x8, x8, #0x1
    b8: a80200f9                       str x8, [x21]
    bc: 61000054                       b.ne #0xc
    c0: e00315aa                       mov x0, x21
    c4: 00000094                       bl #0x0
        # hole +0xc4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: b7000036                       tbz w23, #0x0, #0x14
    cc: 3a0718aa                       orr x26, x25, x24, lsl #1
    d0: 13010036                       tbz w19, #0x0, #0x20
    d4: 77010036                       tbz w23, #0x0, #0x2c
    d8: 25000014                       b #0x94
    dc: e80240f9                       ldr x8, [x23]
    e0: 08050091                       add x8, x8, #0x1
    e4: e80200f9                       str x8, [x23]
    e8: 3a0718aa                       orr x26, x25, x24, lsl #1
    ec: 53ff0737                       tbnz w19, #0x0, #-0x18
    f0: 680240f9                       ldr x8, [x19]
    f4: 08050091                       add x8, x8, #0x1
    f8: 680200f9                       str x8, [x19]
    fc: 97030037                       tbnz w23, #0x0, #0x70
   100: e80a40b9                       ldr w8, [x23, #0x8]
   104: 1f090071                       cmp w8, #0x2
   108: 21030054                       b.ne #0x64
   10c: 13030037                       tbnz w19, #0x0, #0x60
   110: 680a40b9                       ldr w8, [x19, #0x8]
   114: 1f090071                       cmp w8, #0x2
   118: a1020054                       b.ne #0x54
   11c: e80240f9                       ldr x8, [x23]
   120: e81a40fd                       ldr d8, [x23, #0x30]
   124: 691a40fd                       ldr d9, [x19, #0x30]
   128: 080500f1                       subs x8, x8, #0x1
   12c: e80200f9                       str x8, [x23]
   130: a0040054                       b.eq #0x94
   134: 680240f9                       ldr x8, [x19]
   138: 080500f1                       subs x8, x8, #0x1
   13c: 680200f9                       str x8, [x19]
   140: e0040054                       b.eq #0x9c
   144: 2821601e                       fcmp d9, #0.0
   148: 21050054                       b.ne #0xa4
   14c: 28008052                       mov w8, #0x1
   150: 890e40f9                       ldr x9, [x20, #0x18]
   154: 63008052                       mov w3, #0x3
   158: 1b048052                       mov w27, #0x20
   15c: c80e00f9                       str x8, [x22, #0x18]
   160: 050a8052                       mov w5, #0x50
   164: 1c018052                       mov w28, #0x8
   168: 07000014                       b #0x1c
   16c: 890e40f9                       ldr x9, [x20, #0x18]
   170: e8031f2a                       mov w8, wzr
   174: 23008052                       mov w3, #0x1
   178: 1b068052                       mov w27, #0x30
   17c: c5088052                       mov w5, #0x46
   180: fc008052                       mov w28, #0x7
   184: 5f0315eb                       cmp x26, x21
   188: 40000054                       b.eq #0x8
   18c: 3a0900f9                       str x26, [x9, #0x10]
   190: 48000037                       tbnz w8, #0x0, #0x8
   194: 374d02a9                       stp x23, x19, [x9, #0x20]
   198: 080080d2                       mov x8, #0x0
        # hole +0x198: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   19c: 21011b8b                       add x1, x9, x27
   1a0: e00314aa                       mov x0, x20
   1a4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1a4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1a8: e20316aa                       mov x2, x22
   1ac: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1ac: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1b0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1b0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1b4: 04011c8b                       add x4, x8, x28
   1b8: 00000094                       bl #0x0
        # hole +0x1b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1bc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1c0: c0035fd6                       ret
   1c4: e00317aa                       mov x0, x23
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: 680240f9                       ldr x8, [x19]
   1d0: 080500f1                       subs x8, x8, #0x1
   1d4: 680200f9                       str x8, [x19]
   1d8: 61fbff54                       b.ne #-0x94
   1dc: e00313aa                       mov x0, x19
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1e4: 2821601e                       fcmp d9, #0.0
   1e8: 20fbff54                       b.eq #-0x9c
   1ec: 0019691e                       fdiv d0, d8, d9
   1f0: e00316aa                       mov x0, x22
   1f4: 00000094                       bl #0x0
        # hole +0x1f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   1f8: a01400b4                       cbz x0, #0x294
   1fc: e80240f9                       ldr x8, [x23]
   200: f80300aa                       mov x24, x0
   204: 080500f1                       subs x8, x8, #0x1
   208: e80200f9                       str x8, [x23]
   20c: 61000054                       b.ne #0xc
   210: e00317aa                       mov x0, x23
   214: 00000094                       bl #0x0
        # hole +0x214: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   218: c8a640a9                       ldp x8, x9, [x22, #0x8]
   21c: 08050091                       add x8, x8, #0x1
   220: 1f0109eb                       cmp x8, x9
   224: c80600f9                       str x8, [x22, #0x8]
   228: 0a0b0054                       b.ge #0x160
   22c: c80240f9                       ldr x8, [x22]
   230: a80b00b5                       cbnz x8, #0x174
   234: a80b40b9                       ldr w8, [x29, #0x8]
   238: 1f110071                       cmp w8, #0x4
   23c: 010c0054                       b.ne #0x180
   240: 1b048052                       mov w27, #0x20
   244: fc008052                       mov w28, #0x7
   248: f90318aa                       mov x25, x24
   24c: a92340f9                       ldr x9, [x29, #0x40]
   250: a81b40f9                       ldr x8, [x29, #0x30]
   254: 3f0500f1                       cmp x9, #0x1
   258: ab000054                       b.lt #0x14
   25c: aa1f40f9                       ldr x10, [x29, #0x38]
   260: 1f010aeb                       cmp x8, x10
   264: ab000054                       b.lt #0x14
   268: 60000014                       b #0x180
   26c: aa1f40f9                       ldr x10, [x29, #0x38]
   270: 1f010aeb                       cmp x8, x10
   274: ad0b0054                       b.le #0x174
   278: 2a008052                       mov w10, #0x1
   27c: 0901098b                       add x9, x8, x9
   280: 5a0508aa                       orr x26, x10, x8, lsl #1
   284: a91b00f9                       str x9, [x29, #0x30]
   288: d90b0037                       tbnz w25, #0x0, #0x178
   28c: 280340f9                       ldr x8, [x25]
   290: 290b40b9                       ldr w9, [x25, #0x8]
   294: 08050091                       add x8, x8, #0x1
   298: 3f090071                       cmp w9, #0x2
   29c: 280300f9                       str x8, [x25]
   2a0: 680240f9                       ldr x8, [x19]
   2a4: 08050091                       add x8, x8, #0x1
   2a8: 680200f9                       str x8, [x19]
   2ac: e10b0054                       b.ne #0x17c
   2b0: 680a40b9                       ldr w8, [x19, #0x8]
   2b4: 1f090071                       cmp w8, #0x2
   2b8: 810b0054                       b.ne #0x170
   2bc: 280340f9                       ldr x8, [x25]
   2c0: 281b40fd                       ldr d8, [x25, #0x30]
   2c4: 691a40fd                       ldr d9, [x19, #0x30]
   2c8: 080500f1                       subs x8, x8, #0x1
   2cc: 280300f9                       str x8, [x25]
   2d0: 00010054                       b.eq #0x20
   2d4: 680240f9                       ldr x8, [x19]
   2d8: 080500f1                       subs x8, x8, #0x1
   2dc: 680200f9                       str x8, [x19]
   2e0: 40010054                       b.eq #0x28
   2e4: 2821601e                       fcmp d9, #0.0
   2e8: 81010054                       b.ne #0x30
   2ec: 55000014                       b #0x154
   2f0: e00319aa                       mov x0, x25
   2f4: 00000094                       bl #0x0
        # hole +0x2f4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2f8: 680240f9                       ldr x8, [x19]
   2fc: 080500f1                       subs x8, x8, #0x1
   300: 680200f9                       str x8, [x19]
   304: 01ffff54                       b.ne #-0x20
   308: e00313aa                       mov x0, x19
   30c: 00000094                       bl #0x0
        # hole +0x30c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   310: 2821601e                       fcmp d9, #0.0
   314: 60090054                       b.eq #0x12c
   318: 0019691e                       fdiv d0, d8, d9
   31c: e00316aa                       mov x0, x22
   320: 00000094                       bl #0x0
        # hole +0x320: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   324: 800a00b4                       cbz x0, #0x150
   328: 280340f9                       ldr x8, [x25]
   32c: f80300aa                       mov x24, x0
   330: 45018052                       mov w5, #0xa
   334: 080500f1                       subs x8, x8, #0x1
   338: 280300f9                       str x8, [x25]
   33c: 81000054                       b.ne #0x10
   340: e00319aa                       mov x0, x25
   344: 00000094                       bl #0x0
        # hole +0x344: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   348: 45018052                       mov w5, #0xa
   34c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   350: 08050091                       add x8, x8, #0x1
   354: 1f0109eb                       cmp x8, x9
   358: c80600f9                       str x8, [x22, #0x8]
   35c: 6a010054                       b.ge #0x2c
   360: c80240f9                       ldr x8, [x22]
   364: e80700b5                       cbnz x8, #0xfc
   368: a80b40b9                       ldr w8, [x29, #0x8]
   36c: f90318aa                       mov x25, x24
   370: 1f110071                       cmp w8, #0x4
   374: c0f6ff54                       b.eq #-0x128
   378: 3c008052                       mov w28, #0x1
   37c: 28008052                       mov w8, #0x1
   380: e3031c2a                       mov w3, w28
   384: 13000014                       b #0x4c
   388: 28008052                       mov w8, #0x1
   38c: 43008052                       mov w3, #0x2
   390: 1b048052                       mov w27, #0x20
   394: c80200f9                       str x8, [x22]
   398: 850c8052                       mov w5, #0x64
   39c: 5c018052                       mov w28, #0xa
   3a0: 0c000014                       b #0x30
   3a4: 28008052                       mov w8, #0x1
   3a8: 43008052                       mov w3, #0x2
   3ac: 1b048052                       mov w27, #0x20
   3b0: 850c8052                       mov w5, #0x64
   3b4: 5c018052                       mov w28, #0xa
   3b8: 06000014                       b #0x18
   3bc: 3c008052                       mov w28, #0x1
   3c0: 1b048052                       mov w27, #0x20
   3c4: 45018052                       mov w5, #0xa
   3c8: e3031c2a                       mov w3, w28
   3cc: e8031c2a                       mov w8, w28
   3d0: 890e40f9                       ldr x9, [x20, #0x18]
   3d4: 1f0317eb                       cmp x24, x23
   3d8: 40000054                       b.eq #0x8
   3dc: 380100f9                       str x24, [x9]
   3e0: f70318aa                       mov x23, x24
   3e4: 68ffff17                       b #-0x260
   3e8: 5c008052                       mov w28, #0x2
   3ec: 28008052                       mov w8, #0x1
   3f0: f80319aa                       mov x24, x25
   3f4: e3031c2a                       mov w3, w28
   3f8: 85028052                       mov w5, #0x14
   3fc: f5ffff17                       b #-0x2c
   400: 690240f9                       ldr x9, [x19]
   404: e8031f2a                       mov w8, wzr
   408: 23008052                       mov w3, #0x1
   40c: 1b068052                       mov w27, #0x30
   410: c5088052                       mov w5, #0x46
   414: fc008052                       mov w28, #0x7
   418: 29050091                       add x9, x9, #0x1
   41c: f80319aa                       mov x24, x25
   420: 690200f9                       str x9, [x19]
   424: ebffff17                       b #-0x54
   428: e8031f2a                       mov w8, wzr
   42c: 23008052                       mov w3, #0x1
   430: f80319aa                       mov x24, x25
   434: c5088052                       mov w5, #0x46
   438: 1b068052                       mov w27, #0x30
   43c: e5ffff17                       b #-0x6c
   440: 28008052                       mov w8, #0x1
   444: 63008052                       mov w3, #0x3
   448: 1b048052                       mov w27, #0x20
   44c: c80e00f9                       str x8, [x22, #0x18]
   450: 050a8052                       mov w5, #0x50
   454: 1c018052                       mov w28, #0x8
   458: f80319aa                       mov x24, x25
   45c: ddffff17                       b #-0x8c
   460: 28008052                       mov w8, #0x1
   464: 43008052                       mov w3, #0x2
   468: 5c018052                       mov w28, #0xa
   46c: 850c8052                       mov w5, #0x64
   470: d8ffff17                       b #-0xa0
   474: 28008052                       mov w8, #0x1
   478: 63008052                       mov w3, #0x3
   47c: f80319aa                       mov x24, x25
   480: 1c018052                       mov w28, #0x8
   484: 050a8052                       mov w5, #0x50
   488: d2ffff17                       b #-0xb8
   48c: 890e40f9                       ldr x9, [x20, #0x18]
   490: 28008052                       mov w8, #0x1
   494: 63008052                       mov w3, #0x3
   498: 1b048052                       mov w27, #0x20
   49c: 050a8052                       mov w5, #0x50
   4a0: 1c018052                       mov w28, #0x8
   4a4: 38ffff17                       b #-0x320
