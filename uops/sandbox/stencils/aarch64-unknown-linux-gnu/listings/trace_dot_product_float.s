# stencil dot_product_float for aarch64-unknown-linux-gnu: 1196 code bytes, 0 data bytes, 17 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: ba420091                       add x26, x21, #0x10
     8: bb220091                       add x27, x21, #0x8
     c: b9620091                       add x25, x21, #0x18
    10: 3c008052                       mov w28, #0x1
    14: 130a8052                       mov w19, #0x50
    18: 18018052                       mov w24, #0x8
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: c8200037                       tbnz w8, #0x0, #0x418
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: e1200054                       b.ne #0x41c
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 04010014                       b #0x410
    4c: 3f010beb                       cmp x9, x11
    50: 4d200054                       b.le #0x408
    54: 2a010a8b                       add x10, x9, x10
    58: 890709aa                       orr x9, x28, x9, lsl #1
    5c: 0a1900f9                       str x10, [x8, #0x30]
    60: 880e40f9                       ldr x8, [x20, #0x18]
    64: a90200f9                       str x9, [x21]
    68: 000d40f9                       ldr x0, [x8, #0x18]
    6c: 090d00f9                       str x9, [x8, #0x18]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: 60020054                       b.eq #0x4c
    84: 090940f9                       ldr x9, [x8, #0x10]
    88: a9020037                       tbnz w9, #0x0, #0x54
    8c: 2a0140f9                       ldr x10, [x9]
    90: 4a050091                       add x10, x10, #0x1
    94: 2a0100f9                       str x10, [x9]
    98: a90200f9                       str x9, [x21]
    9c: 000140f9                       ldr x0, [x8]
    a0: 40020036                       tbz w0, #0x0, #0x48
    a4: 600300f9                       str x0, [x27]
    a8: 090d40f9                       ldr x9, [x8, #0x18]
    ac: a9020037                       tbnz w9, #0x0, #0x54
    b0: 2a0140f9                       ldr x10, [x9]
    b4: 4a050091                       add x10, x10, #0x1
    b8: 2a0100f9                       str x10, [x9]
    bc: 600340f9                       ldr x0, [x27]
    c0: 490300f9                       str x9, [x26]
    c4: 20020036                       tbz w0, #0x0, #0x44
    c8: c9000014                       b #0x324
    cc: 00000094                       bl #0x0
        # hole +0xcc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    d0: 880e40f9                       ldr x8, [x20, #0x18]
    d4: 090940f9                       ldr x9, [x8, #0x10]
    d8: a9fd0736                       tbz w9, #0x0, #-0x4c
    dc: a90200f9                       str x9, [x21]
    e0: 000140f9                       ldr x0, [x8]
    e4: 00fe0737                       tbnz w0, #0x0, #-0x40
    e8: 090040f9                       ldr x9, [x0]
    ec: 29050091                       add x9, x9, #0x1
    f0: 090000f9                       str x9, [x0]
    f4: 600300f9                       str x0, [x27]
    f8: 090d40f9                       ldr x9, [x8, #0x18]
    fc: a9fd0736                       tbz w9, #0x0, #-0x4c
   100: 490300f9                       str x9, [x26]
   104: 40170037                       tbnz w0, #0x0, #0x2e8
   108: 23008052                       mov w3, #0x1
   10c: a91b0036                       tbz w9, #0x0, #0x374
   110: 0a0840b9                       ldr w10, [x0, #0x8]
   114: 5f0d0071                       cmp w10, #0x3
   118: 411b0054                       b.ne #0x368
   11c: 29fd4193                       asr x9, x9, #1
   120: 6916f8b7                       tbnz x9, #0x3f, #0x2cc
   124: 0a1840f9                       ldr x10, [x0, #0x30]
   128: 3f010aeb                       cmp x9, x10
   12c: 0a160054                       b.ge #0x2c0
   130: 0a2040f9                       ldr x10, [x0, #0x40]
   134: 577969f8                       ldr x23, [x10, x9, lsl #3]
   138: f7020037                       tbnz w23, #0x0, #0x5c
   13c: e90240f9                       ldr x9, [x23]
   140: 29050091                       add x9, x9, #0x1
   144: e90200f9                       str x9, [x23]
   148: 090040f9                       ldr x9, [x0]
   14c: 290500f1                       subs x9, x9, #0x1
   150: 090000f9                       str x9, [x0]
   154: 81020054                       b.ne #0x50
   158: 00000094                       bl #0x0
        # hole +0x158: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   15c: 880e40f9                       ldr x8, [x20, #0x18]
   160: 770300f9                       str x23, [x27]
   164: 000540f9                       ldr x0, [x8, #0x8]
   168: 40020036                       tbz w0, #0x0, #0x48
   16c: 400300f9                       str x0, [x26]
   170: 080d40f9                       ldr x8, [x8, #0x18]
   174: a8020037                       tbnz w8, #0x0, #0x54
   178: 090140f9                       ldr x9, [x8]
   17c: 29050091                       add x9, x9, #0x1
   180: 090100f9                       str x9, [x8]
   184: 400340f9                       ldr x0, [x26]
   188: 280300f9                       str x8, [x25]
   18c: 20020036                       tbz w0, #0x0, #0x44
   190: 92000014                       b #0x248
   194: 090040f9                       ldr x9, [x0]
   198: 290500f1                       subs x9, x9, #0x1
   19c: 090000f9                       str x9, [x0]
   1a0: c0fdff54                       b.eq #-0x48
   1a4: 770300f9                       str x23, [x27]
   1a8: 000540f9                       ldr x0, [x8, #0x8]
   1ac: 00fe0737                       tbnz w0, #0x0, #-0x40
   1b0: 090040f9                       ldr x9, [x0]
   1b4: 29050091                       add x9, x9, #0x1
   1b8: 090000f9                       str x9, [x0]
   1bc: 400300f9                       str x0, [x26]
   1c0: 080d40f9                       ldr x8, [x8, #0x18]
   1c4: a8fd0736                       tbz w8, #0x0, #-0x4c
   1c8: 280300f9                       str x8, [x25]
   1cc: 60100037                       tbnz w0, #0x0, #0x20c
   1d0: 48100036                       tbz w8, #0x0, #0x208
   1d4: 090840b9                       ldr w9, [x0, #0x8]
   1d8: 3f0d0071                       cmp w9, #0x3
   1dc: e10f0054                       b.ne #0x1fc
   1e0: 08fd4193                       asr x8, x8, #1
   1e4: a80ff8b7                       tbnz x8, #0x3f, #0x1f4
   1e8: 091840f9                       ldr x9, [x0, #0x30]
   1ec: 1f0109eb                       cmp x8, x9
   1f0: 4a0f0054                       b.ge #0x1e8
   1f4: 092040f9                       ldr x9, [x0, #0x40]
   1f8: 377968f8                       ldr x23, [x9, x8, lsl #3]
   1fc: b7010037                       tbnz w23, #0x0, #0x34
   200: e80240f9                       ldr x8, [x23]
   204: 08050091                       add x8, x8, #0x1
   208: e80200f9                       str x8, [x23]
   20c: 080040f9                       ldr x8, [x0]
   210: 080500f1                       subs x8, x8, #0x1
   214: 080000f9                       str x8, [x0]
   218: 41010054                       b.ne #0x28
   21c: 00000094                       bl #0x0
        # hole +0x21c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   220: 600340f9                       ldr x0, [x27]
   224: 570300f9                       str x23, [x26]
   228: 20010036                       tbz w0, #0x0, #0x24
   22c: 66000014                       b #0x198
   230: 080040f9                       ldr x8, [x0]
   234: 080500f1                       subs x8, x8, #0x1
   238: 080000f9                       str x8, [x0]
   23c: 00ffff54                       b.eq #-0x20
   240: 600340f9                       ldr x0, [x27]
   244: 570300f9                       str x23, [x26]
   248: e00b0037                       tbnz w0, #0x0, #0x17c
   24c: 080840b9                       ldr w8, [x0, #0x8]
   250: 1f090071                       cmp w8, #0x2
   254: 810b0054                       b.ne #0x170
   258: 770b0037                       tbnz w23, #0x0, #0x16c
   25c: e80a40b9                       ldr w8, [x23, #0x8]
   260: 1f090071                       cmp w8, #0x2
   264: 010b0054                       b.ne #0x160
   268: 080040f9                       ldr x8, [x0]
   26c: 081840fd                       ldr d8, [x0, #0x30]
   270: e91a40fd                       ldr d9, [x23, #0x30]
   274: 080500f1                       subs x8, x8, #0x1
   278: 080000f9                       str x8, [x0]
   27c: 40010054                       b.eq #0x28
   280: e80240f9                       ldr x8, [x23]
   284: 080500f1                       subs x8, x8, #0x1
   288: e80200f9                       str x8, [x23]
   28c: 60010054                       b.eq #0x2c
   290: 0009691e                       fmul d0, d8, d9
   294: e00316aa                       mov x0, x22
   298: 00000094                       bl #0x0
        # hole +0x298: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   29c: a00100b5                       cbnz x0, #0x34
   2a0: 7a000014                       b #0x1e8
   2a4: 00000094                       bl #0x0
        # hole +0x2a4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2a8: e80240f9                       ldr x8, [x23]
   2ac: 080500f1                       subs x8, x8, #0x1
   2b0: e80200f9                       str x8, [x23]
   2b4: e1feff54                       b.ne #-0x24
   2b8: e00317aa                       mov x0, x23
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2c0: 0009691e                       fmul d0, d8, d9
   2c4: e00316aa                       mov x0, x22
   2c8: 00000094                       bl #0x0
        # hole +0x2c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2cc: e00d00b4                       cbz x0, #0x1bc
   2d0: a80240f9                       ldr x8, [x21]
   2d4: a00600f9                       str x0, [x21, #0x8]
   2d8: 08090037                       tbnz w8, #0x0, #0x120
   2dc: 090940b9                       ldr w9, [x8, #0x8]
   2e0: 23008052                       mov w3, #0x1
   2e4: 3f090071                       cmp w9, #0x2
   2e8: a1080054                       b.ne #0x114
   2ec: 80080037                       tbnz w0, #0x0, #0x110
   2f0: 090840b9                       ldr w9, [x0, #0x8]
   2f4: 3f090071                       cmp w9, #0x2
   2f8: 01080054                       b.ne #0x100
   2fc: 090140f9                       ldr x9, [x8]
   300: 081940fd                       ldr d8, [x8, #0x30]
   304: 091840fd                       ldr d9, [x0, #0x30]
   308: 290500f1                       subs x9, x9, #0x1
   30c: 090100f9                       str x9, [x8]
   310: 40010054                       b.eq #0x28
   314: 080040f9                       ldr x8, [x0]
   318: 080500f1                       subs x8, x8, #0x1
   31c: 080000f9                       str x8, [x0]
   320: c0010054                       b.eq #0x38
   324: 0029691e                       fadd d0, d8, d9
   328: e00316aa                       mov x0, x22
   32c: 00000094                       bl #0x0
        # hole +0x32c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   330: e00100b5                       cbnz x0, #0x3c
   334: 5a000014                       b #0x168
   338: f70300aa                       mov x23, x0
   33c: e00308aa                       mov x0, x8
   340: 00000094                       bl #0x0
        # hole +0x340: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   344: e00317aa                       mov x0, x23
   348: e80240f9                       ldr x8, [x23]
   34c: 080500f1                       subs x8, x8, #0x1
   350: e80200f9                       str x8, [x23]
   354: 81feff54                       b.ne #-0x30
   358: 00000094                       bl #0x0
        # hole +0x358: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   35c: 0029691e                       fadd d0, d8, d9
   360: e00316aa                       mov x0, x22
   364: 00000094                       bl #0x0
        # hole +0x364: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   368: a00900b4                       cbz x0, #0x134
   36c: 890e40f9                       ldr x9, [x20, #0x18]
   370: a00200f9                       str x0, [x21]
   374: e80300aa                       mov x8, x0
   378: 200940f9                       ldr x0, [x9, #0x10]
   37c: 280900f9                       str x8, [x9, #0x10]
   380: c0000037                       tbnz w0, #0x0, #0x18
   384: 080040f9                       ldr x8, [x0]
   388: 080500f1                       subs x8, x8, #0x1
   38c: 080000f9                       str x8, [x0]
   390: 41000054                       b.ne #0x8
   394: 00000094                       bl #0x0
        # hole +0x394: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   398: c8a640a9                       ldp x8, x9, [x22, #0x8]
   39c: 08050091                       add x8, x8, #0x1
   3a0: 1f0109eb                       cmp x8, x9
   3a4: c80600f9                       str x8, [x22, #0x8]
   3a8: 0a060054                       b.ge #0xc0
   3ac: c80240f9                       ldr x8, [x22]
   3b0: 68e3ffb4                       cbz x8, #-0x394
   3b4: 43008052                       mov w3, #0x2
   3b8: 38028052                       mov w24, #0x11
   3bc: 53158052                       mov w19, #0xaa
   3c0: 12000014                       b #0x48
   3c4: 23008052                       mov w3, #0x1
   3c8: f50319aa                       mov x21, x25
   3cc: 98018052                       mov w24, #0xc
   3d0: 130f8052                       mov w19, #0x78
   3d4: 0d000014                       b #0x34
   3d8: b5820091                       add x21, x21, #0x20
   3dc: 23008052                       mov w3, #0x1
   3e0: d30d8052                       mov w19, #0x6e
   3e4: 78018052                       mov w24, #0xb
   3e8: 08000014                       b #0x20
   3ec: 23008052                       mov w3, #0x1
   3f0: f50319aa                       mov x21, x25
   3f4: 05000014                       b #0x14
   3f8: 23008052                       mov w3, #0x1
   3fc: f5031aaa                       mov x21, x26
   400: d8018052                       mov w24, #0xe
   404: 93118052                       mov w19, #0x8c
   408: 080080d2                       mov x8, #0x0
        # hole +0x408: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   40c: e00314aa                       mov x0, x20
   410: e10315aa                       mov x1, x21
   414: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x414: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   418: e20316aa                       mov x2, x22
   41c: e50313aa                       mov x5, x19
   420: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x420: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   424: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x424: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   428: 0401188b                       add x4, x8, x24
   42c: 00000094                       bl #0x0
        # hole +0x42c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   430: fe0741f8                       ldr x30, [sp], #0x10
   434: c0035fd6                       ret
   438: 23008052                       mov w3, #0x1
   43c: 38008052                       mov w24, #0x1
   440: 53018052                       mov w19, #0xa
   444: f1ffff17                       b #-0x3c
   448: 38008052                       mov w24, #0x1
   44c: 53018052                       mov w19, #0xa
   450: e303182a                       mov w3, w24
   454: edffff17                       b #-0x4c
   458: 58008052                       mov w24, #0x2
   45c: 93028052                       mov w19, #0x14
   460: e303182a                       mov w3, w24
   464: e9ffff17                       b #-0x5c
   468: 28008052                       mov w8, #0x1
   46c: 43008052                       mov w3, #0x2
   470: 53158052                       mov w19, #0xaa
   474: c80200f9                       str x8, [x22]
   478: 38028052                       mov w24, #0x11
   47c: e3ffff17                       b #-0x74
   480: f50319aa                       mov x21, x25
   484: e1ffff17                       b #-0x7c
   488: 63008052                       mov w3, #0x3
   48c: f5031baa                       mov x21, x27
   490: b8018052                       mov w24, #0xd
   494: 53108052                       mov w19, #0x82
   498: dcffff17                       b #-0x90
   49c: 63008052                       mov w3, #0x3
   4a0: f8018052                       mov w24, #0xf
   4a4: d3128052                       mov w19, #0x96
   4a8: d8ffff17                       b #-0xa0
