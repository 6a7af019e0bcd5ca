# stencil dot_product_float for aarch64-apple-darwin: 1188 code bytes, 0 data bytes, 13 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: 130180d2                       mov x19, #0x8
     c: 5300c0f2                       movk x19, #0x2, lsl #32
    10: bb420091                       add x27, x21, #0x10
    14: bc220091                       add x28, x21, #0x8
    18: ba620091                       add x26, x21, #0x18
    1c: 681e00d1                       sub x8, x19, #0x7
    20: e80700f9                       str x8, [sp, #0x8]
    24: 39008052                       mov w25, #0x1
    28: 170a8052                       mov w23, #0x50
    2c: a8825ff8                       ldur x8, [x21, #-0x8]
    30: c81e0037                       tbnz w8, #0x0, #0x3d8
    34: 090940b9                       ldr w9, [x8, #0x8]
    38: 3f110071                       cmp w9, #0x4
    3c: 611e0054                       b.ne #0x3cc
    40: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    44: 091940f9                       ldr x9, [x8, #0x30]
    48: 5f0500f1                       cmp x10, #0x1
    4c: 8b000054                       b.lt #0x10
    50: 3f010beb                       cmp x9, x11
    54: 8b000054                       b.lt #0x10
    58: f0000014                       b #0x3c0
    5c: 3f010beb                       cmp x9, x11
    60: cd1d0054                       b.le #0x3b8
    64: 2a010a8b                       add x10, x9, x10
    68: 0a1900f9                       str x10, [x8, #0x30]
    6c: 290709aa                       orr x9, x25, x9, lsl #1
    70: a90200f9                       str x9, [x21]
    74: 880e40f9                       ldr x8, [x20, #0x18]
    78: 000d40f9                       ldr x0, [x8, #0x18]
    7c: 090d00f9                       str x9, [x8, #0x18]
    80: a0000037                       tbnz w0, #0x0, #0x14
    84: 090040f9                       ldr x9, [x0]
    88: 290500f1                       subs x9, x9, #0x1
    8c: 090000f9                       str x9, [x0]
    90: 60020054                       b.eq #0x4c
    94: 090940f9                       ldr x9, [x8, #0x10]
    98: a9020037                       tbnz w9, #0x0, #0x54
    9c: 2a0140f9                       ldr x10, [x9]
    a0: 4a050091                       add x10, x10, #0x1
    a4: 2a0100f9                       str x10, [x9]
    a8: a90200f9                       str x9, [x21]
    ac: 000140f9                       ldr x0, [x8]
    b0: 40020036                       tbz w0, #0x0, #0x48
    b4: 800300f9                       str x0, [x28]
    b8: 090d40f9                       ldr x9, [x8, #0x18]
    bc: a9020037                       tbnz w9, #0x0, #0x54
    c0: 2a0140f9                       ldr x10, [x9]
    c4: 4a050091                       add x10, x10, #0x1
    c8: 2a0100f9                       str x10, [x9]
    cc: 690300f9                       str x9, [x27]
    d0: 23008052                       mov w3, #0x1
    d4: 40020036                       tbz w0, #0x0, #0x48
    d8: c5000014                       b #0x314
    dc: 00000094                       bl #0x0
        # hole +0xdc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    e0: 880e40f9                       ldr x8, [x20, #0x18]
    e4: 090940f9                       ldr x9, [x8, #0x10]
    e8: a9fd0736                       tbz w9, #0x0, #-0x4c
    ec: a90200f9                       str x9, [x21]
    f0: 000140f9                       ldr x0, [x8]
    f4: 00fe0737                       tbnz w0, #0x0, #-0x40
    f8: 090040f9                       ldr x9, [x0]
    fc: 29050091                       add x9, x9, #0x1
   100: 090000f9                       str x9, [x0]
   104: 800300f9                       str x0, [x28]
   108: 090d40f9                       ldr x9, [x8, #0x18]
   10c: a9fd0736                       tbz w9, #0x0, #-0x4c
   110: 690300f9                       str x9, [x27]
   114: 23008052                       mov w3, #0x1
   118: a0160037                       tbnz w0, #0x0, #0x2d4
   11c: 89160036                       tbz w9, #0x0, #0x2d0
   120: 0a0840b9                       ldr w10, [x0, #0x8]
   124: 5f0d0071                       cmp w10, #0x3
   128: 21160054                       b.ne #0x2c4
   12c: 29fd4193                       asr x9, x9, #1
   130: e915f8b7                       tbnz x9, #0x3f, #0x2bc
   134: 0a1840f9                       ldr x10, [x0, #0x30]
   138: 3f010aeb                       cmp x9, x10
   13c: 8a150054                       b.ge #0x2b0
   140: 0a2040f9                       ldr x10, [x0, #0x40]
   144: 587969f8                       ldr x24, [x10, x9, lsl #3]
   148: d8020037                       tbnz w24, #0x0, #0x58
   14c: 090340f9                       ldr x9, [x24]
   150: 29050091                       add x9, x9, #0x1
   154: 090300f9                       str x9, [x24]
   158: 090040f9                       ldr x9, [x0]
   15c: 290500f1                       subs x9, x9, #0x1
   160: 090000f9                       str x9, [x0]
   164: 61020054                       b.ne #0x4c
   168: 00000094                       bl #0x0
        # hole +0x168: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   16c: 880e40f9                       ldr x8, [x20, #0x18]
   170: 980300f9                       str x24, [x28]
   174: 000540f9                       ldr x0, [x8, #0x8]
   178: 20020036                       tbz w0, #0x0, #0x44
   17c: 600300f9                       str x0, [x27]
   180: 080d40f9                       ldr x8, [x8, #0x18]
   184: 88020037                       tbnz w8, #0x0, #0x50
   188: 090140f9                       ldr x9, [x8]
   18c: 29050091                       add x9, x9, #0x1
   190: 090100f9                       str x9, [x8]
   194: 480300f9                       str x8, [x26]
   198: 20020036                       tbz w0, #0x0, #0x44
   19c: 96000014                       b #0x258
   1a0: 090040f9                       ldr x9, [x0]
   1a4: 290500f1                       subs x9, x9, #0x1
   1a8: 090000f9                       str x9, [x0]
   1ac: e0fdff54                       b.eq #-0x44
   1b0: 980300f9                       str x24, [x28]
   1b4: 000540f9                       ldr x0, [x8, #0x8]
   1b8: 20fe0737                       tbnz w0, #0x0, #-0x3c
   1bc: 090040f9                       ldr x9, [x0]
   1c0: 29050091                       add x9, x9, #0x1
   1c4: 090000f9                       str x9, [x0]
   1c8: 600300f9                       str x0, [x27]
   1cc: 080d40f9                       ldr x8, [x8, #0x18]
   1d0: c8fd0736                       tbz w8, #0x0, #-0x48
   1d4: 480300f9                       str x8, [x26]
   1d8: e0100037                       tbnz w0, #0x0, #0x21c
   1dc: c8100036                       tbz w8, #0x0, #0x218
   1e0: 090840b9                       ldr w9, [x0, #0x8]
   1e4: 3f0d0071                       cmp w9, #0x3
   1e8: 61100054                       b.ne #0x20c
   1ec: 08fd4193                       asr x8, x8, #1
   1f0: 2810f8b7                       tbnz x8, #0x3f, #0x204
   1f4: 091840f9                       ldr x9, [x0, #0x30]
   1f8: 1f0109eb                       cmp x8, x9
   1fc: ca0f0054                       b.ge #0x1f8
   200: 092040f9                       ldr x9, [x0, #0x40]
   204: 397968f8                       ldr x25, [x9, x8, lsl #3]
   208: d9010037                       tbnz w25, #0x0, #0x38
   20c: 280340f9                       ldr x8, [x25]
   210: 08050091                       add x8, x8, #0x1
   214: 280300f9                       str x8, [x25]
   218: 080040f9                       ldr x8, [x0]
   21c: 080500f1                       subs x8, x8, #0x1
   220: 080000f9                       str x8, [x0]
   224: 61010054                       b.ne #0x2c
   228: 00000094                       bl #0x0
        # hole +0x228: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   22c: 980340f9                       ldr x24, [x28]
   230: 790300f9                       str x25, [x27]
   234: 68120091                       add x8, x19, #0x4
   238: 38010036                       tbz w24, #0x0, #0x24
   23c: 67000014                       b #0x19c
   240: 080040f9                       ldr x8, [x0]
   244: 080500f1                       subs x8, x8, #0x1
   248: 080000f9                       str x8, [x0]
   24c: e0feff54                       b.eq #-0x24
   250: 790300f9                       str x25, [x27]
   254: 68120091                       add x8, x19, #0x4
   258: 180c0037                       tbnz w24, #0x0, #0x180
   25c: 090b40b9                       ldr w9, [x24, #0x8]
   260: 3f090071                       cmp w9, #0x2
   264: a10b0054                       b.ne #0x174
   268: 68120091                       add x8, x19, #0x4
   26c: 790b0037                       tbnz w25, #0x0, #0x16c
   270: 290b40b9                       ldr w9, [x25, #0x8]
   274: 3f090071                       cmp w9, #0x2
   278: 010b0054                       b.ne #0x160
   27c: 081b40fd                       ldr d8, [x24, #0x30]
   280: 291b40fd                       ldr d9, [x25, #0x30]
   284: 080340f9                       ldr x8, [x24]
   288: 080500f1                       subs x8, x8, #0x1
   28c: 080300f9                       str x8, [x24]
   290: 40010054                       b.eq #0x28
   294: 280340f9                       ldr x8, [x25]
   298: 080500f1                       subs x8, x8, #0x1
   29c: 280300f9                       str x8, [x25]
   2a0: 80010054                       b.eq #0x30
   2a4: 0009691e                       fmul d0, d8, d9
   2a8: e00316aa                       mov x0, x22
   2ac: 00000094                       bl #0x0
        # hole +0x2ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2b0: c00100b5                       cbnz x0, #0x38
   2b4: 70000014                       b #0x1c0
   2b8: e00318aa                       mov x0, x24
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2c0: 280340f9                       ldr x8, [x25]
   2c4: 080500f1                       subs x8, x8, #0x1
   2c8: 280300f9                       str x8, [x25]
   2cc: c1feff54                       b.ne #-0x28
   2d0: e00319aa                       mov x0, x25
   2d4: 00000094                       bl #0x0
        # hole +0x2d4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d8: 0009691e                       fmul d0, d8, d9
   2dc: e00316aa                       mov x0, x22
   2e0: 00000094                       bl #0x0
        # hole +0x2e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2e4: 800c00b4                       cbz x0, #0x190
   2e8: a00600f9                       str x0, [x21, #0x8]
   2ec: a80240f9                       ldr x8, [x21]
   2f0: 691a0091                       add x9, x19, #0x6
   2f4: a8090037                       tbnz w8, #0x0, #0x134
   2f8: 0a0940b9                       ldr w10, [x8, #0x8]
   2fc: 23008052                       mov w3, #0x1
   300: 5f090071                       cmp w10, #0x2
   304: 41090054                       b.ne #0x128
   308: 20090037                       tbnz w0, #0x0, #0x124
   30c: 090840b9                       ldr w9, [x0, #0x8]
   310: 3f090071                       cmp w9, #0x2
   314: 210c0054                       b.ne #0x184
   318: 081940fd                       ldr d8, [x8, #0x30]
   31c: 091840fd                       ldr d9, [x0, #0x30]
   320: 090140f9                       ldr x9, [x8]
   324: 290500f1                       subs x9, x9, #0x1
   328: 090100f9                       str x9, [x8]
   32c: 39008052                       mov w25, #0x1
   330: 40010054                       b.eq #0x28
   334: 080040f9                       ldr x8, [x0]
   338: 080500f1                       subs x8, x8, #0x1
   33c: 080000f9                       str x8, [x0]
   340: c0010054                       b.eq #0x38
   344: 0029691e                       fadd d0, d8, d9
   348: e00316aa                       mov x0, x22
   34c: 00000094                       bl #0x0
        # hole +0x34c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   350: e00100b5                       cbnz x0, #0x3c
   354: 4d000014                       b #0x134
   358: f80300aa                       mov x24, x0
   35c: e00308aa                       mov x0, x8
   360: 00000094                       bl #0x0
        # hole +0x360: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   364: e00318aa                       mov x0, x24
   368: 080340f9                       ldr x8, [x24]
   36c: 080500f1                       subs x8, x8, #0x1
   370: 080300f9                       str x8, [x24]
   374: 81feff54                       b.ne #-0x30
   378: 00000094                       bl #0x0
        # hole +0x378: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   37c: 0029691e                       fadd d0, d8, d9
   380: e00316aa                       mov x0, x22
   384: 00000094                       bl #0x0
        # hole +0x384: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   388: 000800b4                       cbz x0, #0x100
   38c: e80300aa                       mov x8, x0
   390: a00200f9                       str x0, [x21]
   394: 890e40f9                       ldr x9, [x20, #0x18]
   398: 200940f9                       ldr x0, [x9, #0x10]
   39c: 280900f9                       str x8, [x9, #0x10]
   3a0: c0000037                       tbnz w0, #0x0, #0x18
   3a4: 080040f9                       ldr x8, [x0]
   3a8: 080500f1                       subs x8, x8, #0x1
   3ac: 080000f9                       str x8, [x0]
   3b0: 41000054                       b.ne #0x8
   3b4: 00000094                       bl #0x0
        # hole +0x3b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3b8: c8a640a9                       ldp x8, x9, [x22, #0x8]
   3bc: 08050091                       add x8, x8, #0x1
   3c0: c80600f9                       str x8, [x22, #0x8]
   3c4: 1f0109eb                       cmp x8, x9
   3c8: aa040054                       b.ge #0x94
   3cc: c80240f9                       ldr x8, [x22]
   3d0: e8e2ffb4                       cbz x8, #-0x3a4
   3d4: 24000014                       b #0x90
   3d8: 23008052                       mov w3, #0x1
   3dc: f5031aaa                       mov x21, x26
   3e0: f30308aa                       mov x19, x8
   3e4: 170f8052                       mov w23, #0x78
   3e8: 14000014                       b #0x50
   3ec: f5031aaa                       mov x21, x26
   3f0: 12000014                       b #0x48
   3f4: b5820091                       add x21, x21, #0x20
   3f8: 730e0091                       add x19, x19, #0x3
   3fc: 23008052                       mov w3, #0x1
   400: d70d8052                       mov w23, #0x6e
   404: 0d000014                       b #0x34
   408: 23008052                       mov w3, #0x1
   40c: f30740f9                       ldr x19, [sp, #0x8]
   410: 57018052                       mov w23, #0xa
   414: 09000014                       b #0x24
   418: f3031fb2                       mov x19, #0x200000002
   41c: 43008052                       mov w3, #0x2
   420: 97028052                       mov w23, #0x14
   424: 05000014                       b #0x14
   428: 23008052                       mov w3, #0x1
   42c: f5031baa                       mov x21, x27
   430: f30309aa                       mov x19, x9
   434: 97118052                       mov w23, #0x8c
   438: e00314aa                       mov x0, x20
   43c: e10315aa                       mov x1, x21
   440: e20316aa                       mov x2, x22
   444: e40313aa                       mov x4, x19
   448: e50317aa                       mov x5, x23
   44c: 00000094                       bl #0x0
        # hole +0x44c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   450: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   454: ff830091                       add sp, sp, #0x20
   458: c0035fd6                       ret
   45c: 28008052                       mov w8, #0x1
   460: c80200f9                       str x8, [x22]
   464: 73260091                       add x19, x19, #0x9
   468: 43008052                       mov w3, #0x2
   46c: 57158052                       mov w23, #0xaa
   470: f2ffff17                       b #-0x38
   474: 73160091                       add x19, x19, #0x5
   478: 63008052                       mov w3, #0x3
   47c: f5031caa                       mov x21, x28
   480: 57108052                       mov w23, #0x82
   484: edffff17                       b #-0x4c
   488: 731e0091                       add x19, x19, #0x7
   48c: 63008052                       mov w3, #0x3
   490: d7128052                       mov w23, #0x96
   494: e9ffff17                       b #-0x5c
   498: 731a0091                       add x19, x19, #0x6
   49c: f5031baa                       mov x21, x27
   4a0: e5ffff17                       b #-0x6c
