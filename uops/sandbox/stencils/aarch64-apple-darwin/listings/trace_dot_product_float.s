# stencil dot_product_float for aarch64-apple-darwin: 1184 code bytes, 8 data bytes, 16 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: bb420091                       add x27, x21, #0x10
     8: bc220091                       add x28, x21, #0x8
     c: ba620091                       add x26, x21, #0x18
    10: 38008052                       mov w24, #0x1
    14: 130a8052                       mov w19, #0x50
    18: 19018052                       mov w25, #0x8
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: a81e0037                       tbnz w8, #0x0, #0x3d4
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: 21230054                       b.ne #0x464
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: ef000014                       b #0x3bc
    4c: 3f010beb                       cmp x9, x11
    50: ad1d0054                       b.le #0x3b4
    54: 2a010a8b                       add x10, x9, x10
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 090709aa                       orr x9, x24, x9, lsl #1
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
    c4: c9000014                       b #0x324
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
   100: 40170037                       tbnz w0, #0x0, #0x2e8
   104: 23008052                       mov w3, #0x1
   108: e91a0036                       tbz w9, #0x0, #0x35c
   10c: 0a0840b9                       ldr w10, [x0, #0x8]
   110: 5f0d0071                       cmp w10, #0x3
   114: 811a0054                       b.ne #0x350
   118: 29fd4193                       asr x9, x9, #1
   11c: 6916f8b7                       tbnz x9, #0x3f, #0x2cc
   120: 0a1840f9                       ldr x10, [x0, #0x30]
   124: 3f010aeb                       cmp x9, x10
   128: 0a160054                       b.ge #0x2c0
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
   188: 93000014                       b #0x24c
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
   1c4: 80100037                       tbnz w0, #0x0, #0x210
   1c8: 68100036                       tbz w8, #0x0, #0x20c
   1cc: 090840b9                       ldr w9, [x0, #0x8]
   1d0: 3f0d0071                       cmp w9, #0x3
   1d4: 01100054                       b.ne #0x200
   1d8: 08fd4193                       asr x8, x8, #1
   1dc: c80ff8b7                       tbnz x8, #0x3f, #0x1f8
   1e0: 091840f9                       ldr x9, [x0, #0x30]
   1e4: 1f0109eb                       cmp x8, x9
   1e8: 6a0f0054                       b.ge #0x1ec
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
   224: 67000014                       b #0x19c
   228: 080040f9                       ldr x8, [x0]
   22c: 080500f1                       subs x8, x8, #0x1
   230: 080000f9                       str x8, [x0]
   234: 00ffff54                       b.eq #-0x20
   238: 780300f9                       str x24, [x27]
   23c: 370c0037                       tbnz w23, #0x0, #0x184
   240: e80a40b9                       ldr w8, [x23, #0x8]
   244: 1f090071                       cmp w8, #0x2
   248: c10b0054                       b.ne #0x178
   24c: b80b0037                       tbnz w24, #0x0, #0x174
   250: 080b40b9                       ldr w8, [x24, #0x8]
   254: 1f090071                       cmp w8, #0x2
   258: 410b0054                       b.ne #0x168
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
   294: 76000014                       b #0x1d8
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
   2c4: 400d00b4                       cbz x0, #0x1a8
   2c8: a00600f9                       str x0, [x21, #0x8]
   2cc: a80240f9                       ldr x8, [x21]
   2d0: 280a0037                       tbnz w8, #0x0, #0x144
   2d4: 090940b9                       ldr w9, [x8, #0x8]
   2d8: 23008052                       mov w3, #0x1
   2dc: 3f090071                       cmp w9, #0x2
   2e0: c1090054                       b.ne #0x138
   2e4: a0090037                       tbnz w0, #0x0, #0x134
   2e8: 090840b9                       ldr w9, [x0, #0x8]
   2ec: 3f090071                       cmp w9, #0x2
   2f0: 21090054                       b.ne #0x124
   2f4: 081940fd                       ldr d8, [x8, #0x30]
   2f8: 091840fd                       ldr d9, [x0, #0x30]
   2fc: 090140f9                       ldr x9, [x8]
   300: 290500f1                       subs x9, x9, #0x1
   304: 090100f9                       str x9, [x8]
   308: 38008052                       mov w24, #0x1
   30c: 40010054                       b.eq #0x28
   310: 080040f9                       ldr x8, [x0]
   314: 080500f1                       subs x8, x8, #0x1
   318: 080000f9                       str x8, [x0]
   31c: c0010054                       b.eq #0x38
   320: 0029691e                       fadd d0, d8, d9
   324: e00316aa                       mov x0, x22
   328: 00000094                       bl #0x0
        # hole +0x328: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   32c: e00100b5                       cbnz x0, #0x3c
   330: 54000014                       b #0x150
   334: f70300aa                       mov x23, x0
   338: e00308aa                       mov x0, x8
   33c: 00000094                       bl #0x0
        # hole +0x33c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   340: e00317aa                       mov x0, x23
   344: e80240f9                       ldr x8, [x23]
   348: 080500f1                       subs x8, x8, #0x1
   34c: e80200f9                       str x8, [x23]
   350: 81feff54                       b.ne #-0x30
   354: 00000094                       bl #0x0
        # hole +0x354: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   358: 0029691e                       fadd d0, d8, d9
   35c: e00316aa                       mov x0, x22
   360: 00000094                       bl #0x0
        # hole +0x360: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   364: e00800b4                       cbz x0, #0x11c
   368: e80300aa                       mov x8, x0
   36c: a00200f9                       str x0, [x21]
   370: 890e40f9                       ldr x9, [x20, #0x18]
   374: 200940f9                       ldr x0, [x9, #0x10]
   378: 280900f9                       str x8, [x9, #0x10]
   37c: c0000037                       tbnz w0, #0x0, #0x18
   380: 080040f9                       ldr x8, [x0]
   384: 080500f1                       subs x8, x8, #0x1
   388: 080000f9                       str x8, [x0]
   38c: 41000054                       b.ne #0x8
   390: 00000094                       bl #0x0
        # hole +0x390: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   394: c8a640a9                       ldp x8, x9, [x22, #0x8]
   398: 08050091                       add x8, x8, #0x1
   39c: c80600f9                       str x8, [x22, #0x8]
   3a0: 1f0109eb                       cmp x8, x9
   3a4: 4a050054                       b.ge #0xa8
   3a8: c80240f9                       ldr x8, [x22]
   3ac: 88e3ffb4                       cbz x8, #-0x390
   3b0: 43008052                       mov w3, #0x2
   3b4: 39028052                       mov w25, #0x11
   3b8: 53158052                       mov w19, #0xaa
   3bc: 1a000014                       b #0x68
   3c0: 23008052                       mov w3, #0x1
   3c4: f5031aaa                       mov x21, x26
   3c8: 99018052                       mov w25, #0xc
   3cc: 130f8052                       mov w19, #0x78
   3d0: 15000014                       b #0x54
   3d4: b5820091                       add x21, x21, #0x20
   3d8: 23008052                       mov w3, #0x1
   3dc: d30d8052                       mov w19, #0x6e
   3e0: 79018052                       mov w25, #0xb
   3e4: 10000014                       b #0x40
   3e8: 23008052                       mov w3, #0x1
   3ec: f5031aaa                       mov x21, x26
   3f0: 0d000014                       b #0x34
   3f4: 23008052                       mov w3, #0x1
   3f8: 39008052                       mov w25, #0x1
   3fc: 53018052                       mov w19, #0xa
   400: 09000014                       b #0x24
   404: 59008052                       mov w25, #0x2
   408: e30319aa                       mov x3, x25
   40c: 93028052                       mov w19, #0x14
   410: 05000014                       b #0x14
   414: 23008052                       mov w3, #0x1
   418: f5031baa                       mov x21, x27
   41c: d9018052                       mov w25, #0xe
   420: 93118052                       mov w19, #0x8c
   424: 08000090                       adrp x8, #0
        # hole +0x424: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   428: 080140f9                       ldr x8, [x8]
        # hole +0x428: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   42c: 0401198b                       add x4, x8, x25
   430: e00314aa                       mov x0, x20
   434: e10315aa                       mov x1, x21
   438: e20316aa                       mov x2, x22
   43c: e50313aa                       mov x5, x19
   440: 00000094                       bl #0x0
        # hole +0x440: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   444: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   448: c0035fd6                       ret
   44c: 28008052                       mov w8, #0x1
   450: c80200f9                       str x8, [x22]
   454: 43008052                       mov w3, #0x2
   458: 53158052                       mov w19, #0xaa
   45c: 39028052                       mov w25, #0x11
   460: f1ffff17                       b #-0x3c
   464: f5031aaa                       mov x21, x26
   468: efffff17                       b #-0x44
   46c: 63008052                       mov w3, #0x3
   470: f5031caa                       mov x21, x28
   474: b9018052                       mov w25, #0xd
   478: 53108052                       mov w19, #0x82
   47c: eaffff17                       b #-0x58
   480: 63008052                       mov w3, #0x3
   484: f9018052                       mov w25, #0xf
   488: d3128052                       mov w19, #0x96
   48c: e6ffff17                       b #-0x68
   490: 39008052                       mov w25, #0x1
   494: e30319aa                       mov x3, x25
   498: 53018052                       mov w19, #0xa
   49c: e2ffff17                       b #-0x78
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
