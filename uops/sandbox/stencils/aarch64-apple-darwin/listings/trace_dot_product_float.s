# stencil dot_product_float for aarch64-apple-darwin: 1188 code bytes, 8 data bytes, 16 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: bb420091                       add x27, x21, #0x10
     8: bc220091                       add x28, x21, #0x8
     c: ba620091                       add x26, x21, #0x18
    10: 37008052                       mov w23, #0x1
    14: 130a8052                       mov w19, #0x50
    18: 19018052                       mov w25, #0x8
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: 88200037                       tbnz w8, #0x0, #0x410
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: a1200054                       b.ne #0x414
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 02010014                       b #0x408
    4c: 3f010beb                       cmp x9, x11
    50: 0d200054                       b.le #0x400
    54: 2a010a8b                       add x10, x9, x10
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: e90609aa                       orr x9, x23, x9, lsl #1
    60: a90200f9                       str x9, [x21]
    64: 880e40f9                       ldr x8, [x20, #0x18]
    68: 000d40f9                       ldr x0, [x8, #0x18]
    6c: 090d00f9                       str x9, [x8, #0x18]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: 40020054                       b.eq #0x48
    84: 090940f9                       ldr x9, [x8, #0x10]
    88: 89020037                       tbnz w9, #0x0, #0x50
    8c: 2a0140f9                       ldr x10, [x9]
    90: 4a050091                       add x10, x10, #0x1
    94: 2a0100f9                       str x10, [x9]
    98: a90200f9                       str x9, [x21]
    9c: 000140f9                       ldr x0, [x8]
    a0: 20020036                       tbz w0, #0x0, #0x44
    a4: 800300f9                       str x0, [x28]
    a8: 090d40f9                       ldr x9, [x8, #0x18]
    ac: 89020037                       tbnz w9, #0x0, #0x50
    b0: 2a0140f9                       ldr x10, [x9]
    b4: 4a050091                       add x10, x10, #0x1
    b8: 2a0100f9                       str x10, [x9]
    bc: 690300f9                       str x9, [x27]
    c0: 20020036                       tbz w0, #0x0, #0x44
    c4: ca000014                       b #0x328
    c8: 00000094                       bl #0x0
        # hole +0xc8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    cc: 880e40f9                       ldr x8, [x20, #0x18]
    d0: 090940f9                       ldr x9, [x8, #0x10]
    d4: c9fd0736                       tbz w9, #0x0, #-0x48
    d8: a90200f9                       str x9, [x21]
    dc: 000140f9                       ldr x0, [x8]
    e0: 20fe0737                       tbnz w0, #0x0, #-0x3c
    e4: 090040f9                       ldr x9, [x0]
    e8: 29050091                       add x9, x9, #0x1
    ec: 090000f9                       str x9, [x0]
    f0: 800300f9                       str x0, [x28]
    f4: 090d40f9                       ldr x9, [x8, #0x18]
    f8: c9fd0736                       tbz w9, #0x0, #-0x48
    fc: 690300f9                       str x9, [x27]
   100: 60170037                       tbnz w0, #0x0, #0x2ec
   104: 23008052                       mov w3, #0x1
   108: 891b0036                       tbz w9, #0x0, #0x370
   10c: 0a0840b9                       ldr w10, [x0, #0x8]
   110: 5f0d0071                       cmp w10, #0x3
   114: 211b0054                       b.ne #0x364
   118: 29fd4193                       asr x9, x9, #1
   11c: 8916f8b7                       tbnz x9, #0x3f, #0x2d0
   120: 0a1840f9                       ldr x10, [x0, #0x30]
   124: 3f010aeb                       cmp x9, x10
   128: 2a160054                       b.ge #0x2c4
   12c: 0a2040f9                       ldr x10, [x0, #0x40]
   130: 577969f8                       ldr x23, [x10, x9, lsl #3]
   134: d7020037                       tbnz w23, #0x0, #0x58
   138: e90240f9                       ldr x9, [x23]
   13c: 29050091                       add x9, x9, #0x1
   140: e90200f9                       str x9, [x23]
   144: 090040f9                       ldr x9, [x0]
   148: 290500f1                       subs x9, x9, #0x1
   14c: 090000f9                       str x9, [x0]
   150: 61020054                       b.ne #0x4c
   154: 00000094                       bl #0x0
        # hole +0x154: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   158: 880e40f9                       ldr x8, [x20, #0x18]
   15c: 970300f9                       str x23, [x28]
   160: 000540f9                       ldr x0, [x8, #0x8]
   164: 20020036                       tbz w0, #0x0, #0x44
   168: 600300f9                       str x0, [x27]
   16c: 080d40f9                       ldr x8, [x8, #0x18]
   170: 88020037                       tbnz w8, #0x0, #0x50
   174: 090140f9                       ldr x9, [x8]
   178: 29050091                       add x9, x9, #0x1
   17c: 090100f9                       str x9, [x8]
   180: 480300f9                       str x8, [x26]
   184: 20020036                       tbz w0, #0x0, #0x44
   188: 94000014                       b #0x250
   18c: 090040f9                       ldr x9, [x0]
   190: 290500f1                       subs x9, x9, #0x1
   194: 090000f9                       str x9, [x0]
   198: e0fdff54                       b.eq #-0x44
   19c: 970300f9                       str x23, [x28]
   1a0: 000540f9                       ldr x0, [x8, #0x8]
   1a4: 20fe0737                       tbnz w0, #0x0, #-0x3c
   1a8: 090040f9                       ldr x9, [x0]
   1ac: 29050091                       add x9, x9, #0x1
   1b0: 090000f9                       str x9, [x0]
   1b4: 600300f9                       str x0, [x27]
   1b8: 080d40f9                       ldr x8, [x8, #0x18]
   1bc: c8fd0736                       tbz w8, #0x0, #-0x48
   1c0: 480300f9                       str x8, [x26]
   1c4: a0100037                       tbnz w0, #0x0, #0x214
   1c8: 88100036                       tbz w8, #0x0, #0x210
   1cc: 090840b9                       ldr w9, [x0, #0x8]
   1d0: 3f0d0071                       cmp w9, #0x3
   1d4: 21100054                       b.ne #0x204
   1d8: 08fd4193                       asr x8, x8, #1
   1dc: e80ff8b7                       tbnz x8, #0x3f, #0x1fc
   1e0: 091840f9                       ldr x9, [x0, #0x30]
   1e4: 1f0109eb                       cmp x8, x9
   1e8: 8a0f0054                       b.ge #0x1f0
   1ec: 092040f9                       ldr x9, [x0, #0x40]
   1f0: 387968f8                       ldr x24, [x9, x8, lsl #3]
   1f4: b8010037                       tbnz w24, #0x0, #0x34
   1f8: 080340f9                       ldr x8, [x24]
   1fc: 08050091                       add x8, x8, #0x1
   200: 080300f9                       str x8, [x24]
   204: 080040f9                       ldr x8, [x0]
   208: 080500f1                       subs x8, x8, #0x1
   20c: 080000f9                       str x8, [x0]
   210: 41010054                       b.ne #0x28
   214: 00000094                       bl #0x0
        # hole +0x214: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   218: 970340f9                       ldr x23, [x28]
   21c: 780300f9                       str x24, [x27]
   220: 17010036                       tbz w23, #0x0, #0x20
   224: 68000014                       b #0x1a0
   228: 080040f9                       ldr x8, [x0]
   22c: 080500f1                       subs x8, x8, #0x1
   230: 080000f9                       str x8, [x0]
   234: 00ffff54                       b.eq #-0x20
   238: 780300f9                       str x24, [x27]
   23c: 570c0037                       tbnz w23, #0x0, #0x188
   240: e80a40b9                       ldr w8, [x23, #0x8]
   244: 1f090071                       cmp w8, #0x2
   248: e10b0054                       b.ne #0x17c
   24c: d80b0037                       tbnz w24, #0x0, #0x178
   250: 080b40b9                       ldr w8, [x24, #0x8]
   254: 1f090071                       cmp w8, #0x2
   258: 610b0054                       b.ne #0x16c
   25c: e81a40fd                       ldr d8, [x23, #0x30]
   260: 091b40fd                       ldr d9, [x24, #0x30]
   264: e80240f9                       ldr x8, [x23]
   268: 080500f1                       subs x8, x8, #0x1
   26c: e80200f9                       str x8, [x23]
   270: 40010054                       b.eq #0x28
   274: 080340f9                       ldr x8, [x24]
   278: 080500f1                       subs x8, x8, #0x1
   27c: 080300f9                       str x8, [x24]
   280: 80010054                       b.eq #0x30
   284: 0009691e                       fmul d0, d8, d9
   288: e00316aa                       mov x0, x22
   28c: 00000094                       bl #0x0
        # hole +0x28c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   290: c00100b5                       cbnz x0, #0x38
   294: 7b000014                       b #0x1ec
   298: e00317aa                       mov x0, x23
   29c: 00000094                       bl #0x0
        # hole +0x29c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2a0: 080340f9                       ldr x8, [x24]
   2a4: 080500f1                       subs x8, x8, #0x1
   2a8: 080300f9                       str x8, [x24]
   2ac: c1feff54                       b.ne #-0x28
   2b0: e00318aa                       mov x0, x24
   2b4: 00000094                       bl #0x0
        # hole +0x2b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2b8: 0009691e                       fmul d0, d8, d9
   2bc: e00316aa                       mov x0, x22
   2c0: 00000094                       bl #0x0
        # hole +0x2c0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2c4: e00d00b4                       cbz x0, #0x1bc
   2c8: a00600f9                       str x0, [x21, #0x8]
   2cc: a80240f9                       ldr x8, [x21]
   2d0: 48090037                       tbnz w8, #0x0, #0x128
   2d4: 090940b9                       ldr w9, [x8, #0x8]
   2d8: 23008052                       mov w3, #0x1
   2dc: 3f090071                       cmp w9, #0x2
   2e0: e1080054                       b.ne #0x11c
   2e4: c0080037                       tbnz w0, #0x0, #0x118
   2e8: 090840b9                       ldr w9, [x0, #0x8]
   2ec: 3f090071                       cmp w9, #0x2
   2f0: 41080054                       b.ne #0x108
   2f4: 081940fd                       ldr d8, [x8, #0x30]
   2f8: 091840fd                       ldr d9, [x0, #0x30]
   2fc: 090140f9                       ldr x9, [x8]
   300: 290500f1                       subs x9, x9, #0x1
   304: 090100f9                       str x9, [x8]
   308: 60010054                       b.eq #0x2c
   30c: 080040f9                       ldr x8, [x0]
   310: 080500f1                       subs x8, x8, #0x1
   314: 080000f9                       str x8, [x0]
   318: 37008052                       mov w23, #0x1
   31c: e0010054                       b.eq #0x3c
   320: 0029691e                       fadd d0, d8, d9
   324: e00316aa                       mov x0, x22
   328: 00000094                       bl #0x0
        # hole +0x328: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   32c: 000200b5                       cbnz x0, #0x40
   330: 59000014                       b #0x164
   334: f70300aa                       mov x23, x0
   338: e00308aa                       mov x0, x8
   33c: 00000094                       bl #0x0
        # hole +0x33c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   340: e00317aa                       mov x0, x23
   344: e80240f9                       ldr x8, [x23]
   348: 080500f1                       subs x8, x8, #0x1
   34c: e80200f9                       str x8, [x23]
   350: 37008052                       mov w23, #0x1
   354: 61feff54                       b.ne #-0x34
   358: 00000094                       bl #0x0
        # hole +0x358: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   35c: 0029691e                       fadd d0, d8, d9
   360: e00316aa                       mov x0, x22
   364: 00000094                       bl #0x0
        # hole +0x364: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   368: 600900b4                       cbz x0, #0x12c
   36c: e80300aa                       mov x8, x0
   370: a00200f9                       str x0, [x21]
   374: 890e40f9                       ldr x9, [x20, #0x18]
   378: 200940f9                       ldr x0, [x9, #0x10]
   37c: 280900f9                       str x8, [x9, #0x10]
   380: c0000037                       tbnz w0, #0x0, #0x18
   384: 080040f9                       ldr x8, [x0]
   388: 080500f1                       subs x8, x8, #0x1
   38c: 080000f9                       str x8, [x0]
   390: 41000054                       b.ne #0x8
   394: 00000094                       bl #0x0
        # hole +0x394: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   398: c8a640a9                       ldp x8, x9, [x22, #0x8]
   39c: 08050091                       add x8, x8, #0x1
   3a0: c80600f9                       str x8, [x22, #0x8]
   3a4: 1f0109eb                       cmp x8, x9
   3a8: ca050054                       b.ge #0xb8
   3ac: c80240f9                       ldr x8, [x22]
   3b0: 68e3ffb4                       cbz x8, #-0x394
   3b4: 43008052                       mov w3, #0x2
   3b8: 39028052                       mov w25, #0x11
   3bc: 53158052                       mov w19, #0xaa
   3c0: 12000014                       b #0x48
   3c4: 23008052                       mov w3, #0x1
   3c8: f5031aaa                       mov x21, x26
   3cc: 99018052                       mov w25, #0xc
   3d0: 130f8052                       mov w19, #0x78
   3d4: 0d000014                       b #0x34
   3d8: b5820091                       add x21, x21, #0x20
   3dc: 23008052                       mov w3, #0x1
   3e0: d30d8052                       mov w19, #0x6e
   3e4: 79018052                       mov w25, #0xb
   3e8: 08000014                       b #0x20
   3ec: 23008052                       mov w3, #0x1
   3f0: f5031aaa                       mov x21, x26
   3f4: 05000014                       b #0x14
   3f8: 23008052                       mov w3, #0x1
   3fc: f5031baa                       mov x21, x27
   400: d9018052                       mov w25, #0xe
   404: 93118052                       mov w19, #0x8c
   408: 08000090                       adrp x8, #0
        # hole +0x408: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   40c: 080140f9                       ldr x8, [x8]
        # hole +0x40c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   410: 0401198b                       add x4, x8, x25
   414: e00314aa                       mov x0, x20
   418: e10315aa                       mov x1, x21
   41c: e20316aa                       mov x2, x22
   420: e50313aa                       mov x5, x19
   424: 00000094                       bl #0x0
        # hole +0x424: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   428: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   42c: c0035fd6                       ret
   430: 23008052                       mov w3, #0x1
   434: 39008052                       mov w25, #0x1
   438: 53018052                       mov w19, #0xa
   43c: f3ffff17                       b #-0x34
   440: 39008052                       mov w25, #0x1
   444: e30319aa                       mov x3, x25
   448: 53018052                       mov w19, #0xa
   44c: efffff17                       b #-0x44
   450: 59008052                       mov w25, #0x2
   454: e30319aa                       mov x3, x25
   458: 93028052                       mov w19, #0x14
   45c: ebffff17                       b #-0x54
   460: 28008052                       mov w8, #0x1
   464: c80200f9                       str x8, [x22]
   468: 43008052                       mov w3, #0x2
   46c: 53158052                       mov w19, #0xaa
   470: 39028052                       mov w25, #0x11
   474: e5ffff17                       b #-0x6c
   478: f5031aaa                       mov x21, x26
   47c: e3ffff17                       b #-0x74
   480: 63008052                       mov w3, #0x3
   484: f5031caa                       mov x21, x28
   488: b9018052                       mov w25, #0xd
   48c: 53108052                       mov w19, #0x82
   490: deffff17                       b #-0x88
   494: 63008052                       mov w3, #0x3
   498: f9018052                       mov w25, #0xf
   49c: d3128052                       mov w19, #0x96
   4a0: daffff17                       b #-0x98
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
