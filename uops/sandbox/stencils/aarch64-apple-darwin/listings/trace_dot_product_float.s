# stencil dot_product_float for aarch64-apple-darwin: 1288 code bytes, 8 data bytes, 37 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b9220091                       add x25, x21, #0x8
     8: ba420091                       add x26, x21, #0x10
     c: b3620091                       add x19, x21, #0x18
    10: 3b008052                       mov w27, #0x1
    14: a8825ff8                       ldur x8, [x21, #-0x8]
    18: 08220037                       tbnz w8, #0x0, #0x440
    1c: 090940b9                       ldr w9, [x8, #0x8]
    20: 3f110071                       cmp w9, #0x4
    24: a1210054                       b.ne #0x434
    28: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    2c: 091940f9                       ldr x9, [x8, #0x30]
    30: 5f0500f1                       cmp x10, #0x1
    34: 8b000054                       b.lt #0x10
    38: 3f010beb                       cmp x9, x11
    3c: 8b000054                       b.lt #0x10
    40: 0c010014                       b #0x430
    44: 3f010beb                       cmp x9, x11
    48: 4d210054                       b.le #0x428
    4c: 2a010a8b                       add x10, x9, x10
    50: 0a1900f9                       str x10, [x8, #0x30]
    54: 690709aa                       orr x9, x27, x9, lsl #1
    58: a90200f9                       str x9, [x21]
    5c: 880e40f9                       ldr x8, [x20, #0x18]
    60: 000d40f9                       ldr x0, [x8, #0x18]
    64: 090d00f9                       str x9, [x8, #0x18]
    68: a0000037                       tbnz w0, #0x0, #0x14
    6c: 090040f9                       ldr x9, [x0]
    70: 290500f1                       subs x9, x9, #0x1
    74: 090000f9                       str x9, [x0]
    78: 80010054                       b.eq #0x30
    7c: 090940f9                       ldr x9, [x8, #0x10]
    80: c9010036                       tbz w9, #0x0, #0x38
    84: a90200f9                       str x9, [x21]
    88: 000140f9                       ldr x0, [x8]
    8c: 20020036                       tbz w0, #0x0, #0x44
    90: 200300f9                       str x0, [x25]
    94: 090d40f9                       ldr x9, [x8, #0x18]
    98: 89020036                       tbz w9, #0x0, #0x50
    9c: 490300f9                       str x9, [x26]
    a0: e0020036                       tbz w0, #0x0, #0x5c
    a4: d6000014                       b #0x358
    a8: 00000094                       bl #0x0
        # hole +0xa8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    ac: 880e40f9                       ldr x8, [x20, #0x18]
    b0: 090940f9                       ldr x9, [x8, #0x10]
    b4: 89fe0737                       tbnz w9, #0x0, #-0x30
    b8: 2a0140f9                       ldr x10, [x9]
    bc: 4a050091                       add x10, x10, #0x1
    c0: 2a0100f9                       str x10, [x9]
    c4: a90200f9                       str x9, [x21]
    c8: 000140f9                       ldr x0, [x8]
    cc: 20fe0737                       tbnz w0, #0x0, #-0x3c
    d0: 090040f9                       ldr x9, [x0]
    d4: 29050091                       add x9, x9, #0x1
    d8: 090000f9                       str x9, [x0]
    dc: 200300f9                       str x0, [x25]
    e0: 090d40f9                       ldr x9, [x8, #0x18]
    e4: c9fd0737                       tbnz w9, #0x0, #-0x48
    e8: 2a0140f9                       ldr x10, [x9]
    ec: 4a050091                       add x10, x10, #0x1
    f0: 2a0100f9                       str x10, [x9]
    f4: 490300f9                       str x9, [x26]
    f8: 20180037                       tbnz w0, #0x0, #0x304
    fc: 09180036                       tbz w9, #0x0, #0x300
   100: 0a0840b9                       ldr w10, [x0, #0x8]
   104: 5f0d0071                       cmp w10, #0x3
   108: a1170054                       b.ne #0x2f4
   10c: 29fd4193                       asr x9, x9, #1
   110: 6917f8b7                       tbnz x9, #0x3f, #0x2ec
   114: 0a1840f9                       ldr x10, [x0, #0x30]
   118: 3f010aeb                       cmp x9, x10
   11c: 0a170054                       b.ge #0x2e0
   120: 0a2040f9                       ldr x10, [x0, #0x40]
   124: 577969f8                       ldr x23, [x10, x9, lsl #3]
   128: d7010036                       tbz w23, #0x0, #0x38
   12c: 090040f9                       ldr x9, [x0]
   130: 290500f1                       subs x9, x9, #0x1
   134: 090000f9                       str x9, [x0]
   138: 20020054                       b.eq #0x44
   13c: 370300f9                       str x23, [x25]
   140: 000540f9                       ldr x0, [x8, #0x8]
   144: 60020036                       tbz w0, #0x0, #0x4c
   148: 400300f9                       str x0, [x26]
   14c: 080d40f9                       ldr x8, [x8, #0x18]
   150: c8020036                       tbz w8, #0x0, #0x58
   154: 680200f9                       str x8, [x19]
   158: 20030036                       tbz w0, #0x0, #0x64
   15c: b3000014                       b #0x2cc
   160: e90240f9                       ldr x9, [x23]
   164: 29050091                       add x9, x9, #0x1
   168: e90200f9                       str x9, [x23]
   16c: 090040f9                       ldr x9, [x0]
   170: 290500f1                       subs x9, x9, #0x1
   174: 090000f9                       str x9, [x0]
   178: 21feff54                       b.ne #-0x3c
   17c: 00000094                       bl #0x0
        # hole +0x17c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   180: 880e40f9                       ldr x8, [x20, #0x18]
   184: 370300f9                       str x23, [x25]
   188: 000540f9                       ldr x0, [x8, #0x8]
   18c: e0fd0737                       tbnz w0, #0x0, #-0x44
   190: 090040f9                       ldr x9, [x0]
   194: 29050091                       add x9, x9, #0x1
   198: 090000f9                       str x9, [x0]
   19c: 400300f9                       str x0, [x26]
   1a0: 080d40f9                       ldr x8, [x8, #0x18]
   1a4: 88fd0737                       tbnz w8, #0x0, #-0x50
   1a8: 090140f9                       ldr x9, [x8]
   1ac: 29050091                       add x9, x9, #0x1
   1b0: 090100f9                       str x9, [x8]
   1b4: 680200f9                       str x8, [x19]
   1b8: 80130037                       tbnz w0, #0x0, #0x270
   1bc: 68130036                       tbz w8, #0x0, #0x26c
   1c0: 090840b9                       ldr w9, [x0, #0x8]
   1c4: 3f0d0071                       cmp w9, #0x3
   1c8: 01130054                       b.ne #0x260
   1cc: 08fd4193                       asr x8, x8, #1
   1d0: c812f8b7                       tbnz x8, #0x3f, #0x258
   1d4: 091840f9                       ldr x9, [x0, #0x30]
   1d8: 1f0109eb                       cmp x8, x9
   1dc: 6a120054                       b.ge #0x24c
   1e0: 092040f9                       ldr x9, [x0, #0x40]
   1e4: 387968f8                       ldr x24, [x9, x8, lsl #3]
   1e8: 18010036                       tbz w24, #0x0, #0x20
   1ec: 080040f9                       ldr x8, [x0]
   1f0: 080500f1                       subs x8, x8, #0x1
   1f4: 080000f9                       str x8, [x0]
   1f8: 60010054                       b.eq #0x2c
   1fc: 580300f9                       str x24, [x26]
   200: b7010036                       tbz w23, #0x0, #0x34
   204: 67000014                       b #0x19c
   208: 080340f9                       ldr x8, [x24]
   20c: 08050091                       add x8, x8, #0x1
   210: 080300f9                       str x8, [x24]
   214: 080040f9                       ldr x8, [x0]
   218: 080500f1                       subs x8, x8, #0x1
   21c: 080000f9                       str x8, [x0]
   220: e1feff54                       b.ne #-0x24
   224: 00000094                       bl #0x0
        # hole +0x224: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   228: 370340f9                       ldr x23, [x25]
   22c: 580300f9                       str x24, [x26]
   230: 970b0037                       tbnz w23, #0x0, #0x170
   234: e80a40b9                       ldr w8, [x23, #0x8]
   238: 1f090071                       cmp w8, #0x2
   23c: 210b0054                       b.ne #0x164
   240: 180b0037                       tbnz w24, #0x0, #0x160
   244: 080b40b9                       ldr w8, [x24, #0x8]
   248: 1f090071                       cmp w8, #0x2
   24c: a10a0054                       b.ne #0x154
   250: e81a40fd                       ldr d8, [x23, #0x30]
   254: 091b40fd                       ldr d9, [x24, #0x30]
   258: e80240f9                       ldr x8, [x23]
   25c: 080500f1                       subs x8, x8, #0x1
   260: e80200f9                       str x8, [x23]
   264: 40010054                       b.eq #0x28
   268: 080340f9                       ldr x8, [x24]
   26c: 080500f1                       subs x8, x8, #0x1
   270: 080300f9                       str x8, [x24]
   274: 80010054                       b.eq #0x30
   278: 0009691e                       fmul d0, d8, d9
   27c: e00316aa                       mov x0, x22
   280: 00000094                       bl #0x0
        # hole +0x280: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   284: c00100b5                       cbnz x0, #0x38
   288: 8e000014                       b #0x238
   28c: e00317aa                       mov x0, x23
   290: 00000094                       bl #0x0
        # hole +0x290: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   294: 080340f9                       ldr x8, [x24]
   298: 080500f1                       subs x8, x8, #0x1
   29c: 080300f9                       str x8, [x24]
   2a0: c1feff54                       b.ne #-0x28
   2a4: e00318aa                       mov x0, x24
   2a8: 00000094                       bl #0x0
        # hole +0x2a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2ac: 0009691e                       fmul d0, d8, d9
   2b0: e00316aa                       mov x0, x22
   2b4: 00000094                       bl #0x0
        # hole +0x2b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2b8: 401000b4                       cbz x0, #0x208
   2bc: a00600f9                       str x0, [x21, #0x8]
   2c0: a80240f9                       ldr x8, [x21]
   2c4: 48080037                       tbnz w8, #0x0, #0x108
   2c8: 090940b9                       ldr w9, [x8, #0x8]
   2cc: 3f090071                       cmp w9, #0x2
   2d0: e1070054                       b.ne #0xfc
   2d4: c0070037                       tbnz w0, #0x0, #0xf8
   2d8: 090840b9                       ldr w9, [x0, #0x8]
   2dc: 3f090071                       cmp w9, #0x2
   2e0: 61070054                       b.ne #0xec
   2e4: 081940fd                       ldr d8, [x8, #0x30]
   2e8: 091840fd                       ldr d9, [x0, #0x30]
   2ec: 090140f9                       ldr x9, [x8]
   2f0: 290500f1                       subs x9, x9, #0x1
   2f4: 090100f9                       str x9, [x8]
   2f8: 40010054                       b.eq #0x28
   2fc: 080040f9                       ldr x8, [x0]
   300: 080500f1                       subs x8, x8, #0x1
   304: 080000f9                       str x8, [x0]
   308: c0010054                       b.eq #0x38
   30c: 0029691e                       fadd d0, d8, d9
   310: e00316aa                       mov x0, x22
   314: 00000094                       bl #0x0
        # hole +0x314: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   318: e00100b5                       cbnz x0, #0x3c
   31c: 75000014                       b #0x1d4
   320: f70300aa                       mov x23, x0
   324: e00308aa                       mov x0, x8
   328: 00000094                       bl #0x0
        # hole +0x328: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   32c: e00317aa                       mov x0, x23
   330: e80240f9                       ldr x8, [x23]
   334: 080500f1                       subs x8, x8, #0x1
   338: e80200f9                       str x8, [x23]
   33c: 81feff54                       b.ne #-0x30
   340: 00000094                       bl #0x0
        # hole +0x340: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   344: 0029691e                       fadd d0, d8, d9
   348: e00316aa                       mov x0, x22
   34c: 00000094                       bl #0x0
        # hole +0x34c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   350: 000d00b4                       cbz x0, #0x1a0
   354: e80300aa                       mov x8, x0
   358: a00200f9                       str x0, [x21]
   35c: 890e40f9                       ldr x9, [x20, #0x18]
   360: 200940f9                       ldr x0, [x9, #0x10]
   364: 280900f9                       str x8, [x9, #0x10]
   368: c0000037                       tbnz w0, #0x0, #0x18
   36c: 080040f9                       ldr x8, [x0]
   370: 080500f1                       subs x8, x8, #0x1
   374: 080000f9                       str x8, [x0]
   378: 41000054                       b.ne #0x8
   37c: 00000094                       bl #0x0
        # hole +0x37c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   380: c8a640a9                       ldp x8, x9, [x22, #0x8]
   384: 08050091                       add x8, x8, #0x1
   388: c80600f9                       str x8, [x22, #0x8]
   38c: 1f0109eb                       cmp x8, x9
   390: ca070054                       b.ge #0xf8
   394: c80240f9                       ldr x8, [x22]
   398: e8e3ffb4                       cbz x8, #-0x384
   39c: 3d000014                       b #0xf4
   3a0: 08000090                       adrp x8, #0
        # hole +0x3a0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3a4: 080140f9                       ldr x8, [x8]
        # hole +0x3a4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3a8: 04310091                       add x4, x8, #0xc
   3ac: 23008052                       mov w3, #0x1
   3b0: 050f8052                       mov w5, #0x78
   3b4: e00314aa                       mov x0, x20
   3b8: e10313aa                       mov x1, x19
   3bc: e20316aa                       mov x2, x22
   3c0: 00000094                       bl #0x0
        # hole +0x3c0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3c4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   3c8: c0035fd6                       ret
   3cc: 08000090                       adrp x8, #0
        # hole +0x3cc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3d0: 080140f9                       ldr x8, [x8]
        # hole +0x3d0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3d4: 04390091                       add x4, x8, #0xe
   3d8: 23008052                       mov w3, #0x1
   3dc: 85118052                       mov w5, #0x8c
   3e0: f3031aaa                       mov x19, x26
   3e4: e00314aa                       mov x0, x20
   3e8: e10313aa                       mov x1, x19
   3ec: e20316aa                       mov x2, x22
   3f0: 00000094                       bl #0x0
        # hole +0x3f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3f4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   3f8: c0035fd6                       ret
   3fc: 08000090                       adrp x8, #0
        # hole +0x3fc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   400: 080140f9                       ldr x8, [x8]
        # hole +0x400: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   404: 04210091                       add x4, x8, #0x8
   408: 23008052                       mov w3, #0x1
   40c: 050a8052                       mov w5, #0x50
   410: e00314aa                       mov x0, x20
   414: e10313aa                       mov x1, x19
   418: e20316aa                       mov x2, x22
   41c: 00000094                       bl #0x0
        # hole +0x41c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   420: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   424: c0035fd6                       ret
   428: b3820091                       add x19, x21, #0x20
   42c: 08000090                       adrp x8, #0
        # hole +0x42c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   430: 080140f9                       ldr x8, [x8]
        # hole +0x430: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   434: 042d0091                       add x4, x8, #0xb
   438: 23008052                       mov w3, #0x1
   43c: c50d8052                       mov w5, #0x6e
   440: e00314aa                       mov x0, x20
   444: e10313aa                       mov x1, x19
   448: e20316aa                       mov x2, x22
   44c: 00000094                       bl #0x0
        # hole +0x44c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   450: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   454: c0035fd6                       ret
   458: 08000090                       adrp x8, #0
        # hole +0x458: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   45c: 080140f9                       ldr x8, [x8]
        # hole +0x45c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   460: 04050091                       add x4, x8, #0x1
   464: 23008052                       mov w3, #0x1
   468: 45018052                       mov w5, #0xa
   46c: 0e000014                       b #0x38
   470: 08000090                       adrp x8, #0
        # hole +0x470: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   474: 080140f9                       ldr x8, [x8]
        # hole +0x474: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   478: 04090091                       add x4, x8, #0x2
   47c: 43008052                       mov w3, #0x2
   480: 85028052                       mov w5, #0x14
   484: 08000014                       b #0x20
   488: 28008052                       mov w8, #0x1
   48c: c80200f9                       str x8, [x22]
   490: 08000090                       adrp x8, #0
        # hole +0x490: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   494: 080140f9                       ldr x8, [x8]
        # hole +0x494: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   498: 04450091                       add x4, x8, #0x11
   49c: 43008052                       mov w3, #0x2
   4a0: 45158052                       mov w5, #0xaa
   4a4: f30315aa                       mov x19, x21
   4a8: e00314aa                       mov x0, x20
   4ac: e10313aa                       mov x1, x19
   4b0: e20316aa                       mov x2, x22
   4b4: 00000094                       bl #0x0
        # hole +0x4b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   4b8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   4bc: c0035fd6                       ret
   4c0: 08000090                       adrp x8, #0
        # hole +0x4c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4c4: 080140f9                       ldr x8, [x8]
        # hole +0x4c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4c8: 04350091                       add x4, x8, #0xd
   4cc: 63008052                       mov w3, #0x3
   4d0: 45108052                       mov w5, #0x82
   4d4: f30319aa                       mov x19, x25
   4d8: e00314aa                       mov x0, x20
   4dc: e10313aa                       mov x1, x19
   4e0: e20316aa                       mov x2, x22
   4e4: 00000094                       bl #0x0
        # hole +0x4e4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   4e8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   4ec: c0035fd6                       ret
   4f0: 08000090                       adrp x8, #0
        # hole +0x4f0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   4f4: 080140f9                       ldr x8, [x8]
        # hole +0x4f4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   4f8: 043d0091                       add x4, x8, #0xf
   4fc: 63008052                       mov w3, #0x3
   500: c5128052                       mov w5, #0x96
   504: e8ffff17                       b #-0x60
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
