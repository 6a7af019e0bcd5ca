# stencil dot_product_float for aarch64-apple-darwin: 1708 code bytes, 8 data bytes, 17 holes
     0: ffc300d1                       sub sp, sp, #0x30
     4: fd7b02a9                       stp x29, x30, [sp, #0x20]
     8: e20316aa                       mov x2, x22
     c: 880e40f9                       ldr x8, [x20, #0x18]
    10: 190140f9                       ldr x25, [x8]
    14: 184d41a9                       ldp x24, x19, [x8, #0x10]
    18: 1b1140f9                       ldr x27, [x8, #0x20]
    1c: db1b0037                       tbnz w27, #0x0, #0x378
    20: 690b40b9                       ldr w9, [x27, #0x8]
    24: 3f110071                       cmp w9, #0x4
    28: f9190037                       tbnz w25, #0x0, #0x33c
    2c: 211f0054                       b.ne #0x3e4
    30: 1c0540f9                       ldr x28, [x8, #0x8]
    34: 16058052                       mov w22, #0x28
    38: ee0318aa                       mov x14, x24
    3c: f50313aa                       mov x21, x19
    40: e20b00f9                       str x2, [sp, #0x10]
    44: 69a343a9                       ldp x9, x8, [x27, #0x38]
    48: 7a1b40f9                       ldr x26, [x27, #0x30]
    4c: 1f0500f1                       cmp x8, #0x1
    50: 8b000054                       b.lt #0x10
    54: 5f0309eb                       cmp x26, x9
    58: 8b000054                       b.lt #0x10
    5c: 42010014                       b #0x508
    60: 5f0309eb                       cmp x26, x9
    64: 0d280054                       b.le #0x500
    68: 4803088b                       add x8, x26, x8
    6c: 681b00f9                       str x8, [x27, #0x30]
    70: ee0f00f9                       str x14, [sp, #0x18]
    74: 55010037                       tbnz w21, #0x0, #0x28
    78: a80240f9                       ldr x8, [x21]
    7c: 080500f1                       subs x8, x8, #0x1
    80: a80200f9                       str x8, [x21]
    84: c1000054                       b.ne #0x18
    88: e00315aa                       mov x0, x21
    8c: f50310aa                       mov x21, x16
    90: 00000094                       bl #0x0
        # hole +0x90: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    94: f00315aa                       mov x16, x21
    98: ee0f40f9                       ldr x14, [sp, #0x18]
    9c: 8e000037                       tbnz w14, #0x0, #0x10
    a0: c80140f9                       ldr x8, [x14]
    a4: 08050091                       add x8, x8, #0x1
    a8: c80100f9                       str x8, [x14]
    ac: 35008052                       mov w21, #0x1
    b0: 55fb7fb3                       bfi x21, x26, #1, #63
    b4: 280340f9                       ldr x8, [x25]
    b8: 08050091                       add x8, x8, #0x1
    bc: 280300f9                       str x8, [x25]
    c0: 280b40b9                       ldr w8, [x25, #0x8]
    c4: 1f0d0071                       cmp w8, #0x3
    c8: 01260054                       b.ne #0x4c0
    cc: 48fb7fd3                       lsl x8, x26, #1
    d0: 17fd4193                       asr x23, x8, #1
    d4: b725f8b7                       tbnz x23, #0x3f, #0x4b4
    d8: 281b40f9                       ldr x8, [x25, #0x30]
    dc: ff0208eb                       cmp x23, x8
    e0: 4a250054                       b.ge #0x4a8
    e4: 282340f9                       ldr x8, [x25, #0x40]
    e8: 1a7977f8                       ldr x26, [x8, x23, lsl #3]
    ec: fa000036                       tbz w26, #0x0, #0x1c
    f0: 280340f9                       ldr x8, [x25]
    f4: 080500f1                       subs x8, x8, #0x1
    f8: 280300f9                       str x8, [x25]
    fc: 40010054                       b.eq #0x28
   100: bc010036                       tbz w28, #0x0, #0x34
   104: 07010014                       b #0x41c
   108: 480340f9                       ldr x8, [x26]
   10c: 08050091                       add x8, x8, #0x1
   110: 480300f9                       str x8, [x26]
   114: 280340f9                       ldr x8, [x25]
   118: 080500f1                       subs x8, x8, #0x1
   11c: 280300f9                       str x8, [x25]
   120: 01ffff54                       b.ne #-0x20
   124: e00319aa                       mov x0, x25
   128: 00000094                       bl #0x0
        # hole +0x128: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: ee0f40f9                       ldr x14, [sp, #0x18]
   130: 9c1f0037                       tbnz w28, #0x0, #0x3f0
   134: 880340f9                       ldr x8, [x28]
   138: 08050091                       add x8, x8, #0x1
   13c: 880300f9                       str x8, [x28]
   140: 880b40b9                       ldr w8, [x28, #0x8]
   144: 1f0d0071                       cmp w8, #0x3
   148: c11e0054                       b.ne #0x3d8
   14c: 881b40f9                       ldr x8, [x28, #0x30]
   150: ff0208eb                       cmp x23, x8
   154: 6a1e0054                       b.ge #0x3cc
   158: 882340f9                       ldr x8, [x28, #0x40]
   15c: 177977f8                       ldr x23, [x8, x23, lsl #3]
   160: f7000036                       tbz w23, #0x0, #0x1c
   164: 880340f9                       ldr x8, [x28]
   168: 080500f1                       subs x8, x8, #0x1
   16c: 880300f9                       str x8, [x28]
   170: 40010054                       b.eq #0x28
   174: ba010036                       tbz w26, #0x0, #0x34
   178: f8000014                       b #0x3e0
   17c: e80240f9                       ldr x8, [x23]
   180: 08050091                       add x8, x8, #0x1
   184: e80200f9                       str x8, [x23]
   188: 880340f9                       ldr x8, [x28]
   18c: 080500f1                       subs x8, x8, #0x1
   190: 880300f9                       str x8, [x28]
   194: 01ffff54                       b.ne #-0x20
   198: e0031caa                       mov x0, x28
   19c: 00000094                       bl #0x0
        # hole +0x19c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1a0: ee0f40f9                       ldr x14, [sp, #0x18]
   1a4: ba1d0037                       tbnz w26, #0x0, #0x3b4
   1a8: 480b40b9                       ldr w8, [x26, #0x8]
   1ac: 23008052                       mov w3, #0x1
   1b0: 1f090071                       cmp w8, #0x2
   1b4: 41140054                       b.ne #0x288
   1b8: 37140037                       tbnz w23, #0x0, #0x284
   1bc: e80a40b9                       ldr w8, [x23, #0x8]
   1c0: 1f090071                       cmp w8, #0x2
   1c4: a11c0054                       b.ne #0x394
   1c8: 481b40fd                       ldr d8, [x26, #0x30]
   1cc: e91a40fd                       ldr d9, [x23, #0x30]
   1d0: 480340f9                       ldr x8, [x26]
   1d4: 080500f1                       subs x8, x8, #0x1
   1d8: 480300f9                       str x8, [x26]
   1dc: 40010054                       b.eq #0x28
   1e0: e80240f9                       ldr x8, [x23]
   1e4: 080500f1                       subs x8, x8, #0x1
   1e8: e80200f9                       str x8, [x23]
   1ec: 80010054                       b.eq #0x30
   1f0: 0009691e                       fmul d0, d8, d9
   1f4: e00b40f9                       ldr x0, [sp, #0x10]
   1f8: 00000094                       bl #0x0
        # hole +0x1f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   1fc: c00100b5                       cbnz x0, #0x38
   200: 12010014                       b #0x448
   204: e0031aaa                       mov x0, x26
   208: 00000094                       bl #0x0
        # hole +0x208: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   20c: e80240f9                       ldr x8, [x23]
   210: 080500f1                       subs x8, x8, #0x1
   214: e80200f9                       str x8, [x23]
   218: c1feff54                       b.ne #-0x28
   21c: e00317aa                       mov x0, x23
   220: 00000094                       bl #0x0
        # hole +0x220: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   224: 0009691e                       fmul d0, d8, d9
   228: e00b40f9                       ldr x0, [sp, #0x10]
   22c: 00000094                       bl #0x0
        # hole +0x22c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   230: c02000b4                       cbz x0, #0x418
   234: ee0f40f9                       ldr x14, [sp, #0x18]
   238: 8e1b0037                       tbnz w14, #0x0, #0x370
   23c: c80940b9                       ldr w8, [x14, #0x8]
   240: 23008052                       mov w3, #0x1
   244: 1f090071                       cmp w8, #0x2
   248: e20b40f9                       ldr x2, [sp, #0x10]
   24c: a1130054                       b.ne #0x274
   250: 80130037                       tbnz w0, #0x0, #0x270
   254: 080840b9                       ldr w8, [x0, #0x8]
   258: 1f090071                       cmp w8, #0x2
   25c: e11b0054                       b.ne #0x37c
   260: c81940fd                       ldr d8, [x14, #0x30]
   264: 091840fd                       ldr d9, [x0, #0x30]
   268: c80140f9                       ldr x8, [x14]
   26c: 080500f1                       subs x8, x8, #0x1
   270: c80100f9                       str x8, [x14]
   274: e00700f9                       str x0, [sp, #0x8]
   278: 60010054                       b.eq #0x2c
   27c: 080040f9                       ldr x8, [x0]
   280: 080500f1                       subs x8, x8, #0x1
   284: 080000f9                       str x8, [x0]
   288: 00020054                       b.eq #0x40
   28c: 0029691e                       fadd d0, d8, d9
   290: fa0302aa                       mov x26, x2
   294: e00302aa                       mov x0, x2
   298: 00000094                       bl #0x0
        # hole +0x298: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   29c: 600200b5                       cbnz x0, #0x4c
   2a0: f7000014                       b #0x3dc
   2a4: e00f40f9                       ldr x0, [sp, #0x18]
   2a8: fa0302aa                       mov x26, x2
   2ac: 00000094                       bl #0x0
        # hole +0x2ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2b0: e00740f9                       ldr x0, [sp, #0x8]
   2b4: e2031aaa                       mov x2, x26
   2b8: 080040f9                       ldr x8, [x0]
   2bc: 080500f1                       subs x8, x8, #0x1
   2c0: 080000f9                       str x8, [x0]
   2c4: 41feff54                       b.ne #-0x38
   2c8: e00740f9                       ldr x0, [sp, #0x8]
   2cc: fa0302aa                       mov x26, x2
   2d0: 00000094                       bl #0x0
        # hole +0x2d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2d4: e2031aaa                       mov x2, x26
   2d8: 0029691e                       fadd d0, d8, d9
   2dc: e00302aa                       mov x0, x2
   2e0: 00000094                       bl #0x0
        # hole +0x2e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2e4: c01c00b4                       cbz x0, #0x398
   2e8: ef0300aa                       mov x15, x0
   2ec: e00f40f9                       ldr x0, [sp, #0x18]
   2f0: 080040f9                       ldr x8, [x0]
   2f4: 080500f1                       subs x8, x8, #0x1
   2f8: 080000f9                       str x8, [x0]
   2fc: 45018052                       mov w5, #0xa
   300: a1000054                       b.ne #0x14
   304: ef0f00f9                       str x15, [sp, #0x18]
   308: 00000094                       bl #0x0
        # hole +0x308: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   30c: ef0f40f9                       ldr x15, [sp, #0x18]
   310: 45018052                       mov w5, #0xa
   314: e2031aaa                       mov x2, x26
   318: 48a740a9                       ldp x8, x9, [x26, #0x8]
   31c: 08050091                       add x8, x8, #0x1
   320: 480700f9                       str x8, [x26, #0x8]
   324: 1f0109eb                       cmp x8, x9
   328: 2a160054                       b.ge #0x2c4
   32c: 480040f9                       ldr x8, [x2]
   330: e00740f9                       ldr x0, [sp, #0x8]
   334: 0c008052                       mov w12, #0x0
   338: 681700b5                       cbnz x8, #0x2ec
   33c: 0b008052                       mov w11, #0x0
   340: 09008052                       mov w9, #0x0
   344: 6d0b40b9                       ldr w13, [x27, #0x8]
   348: 23008052                       mov w3, #0x1
   34c: f00315aa                       mov x16, x21
   350: ee030faa                       mov x14, x15
   354: 2a008052                       mov w10, #0x1
   358: bf110071                       cmp w13, #0x4
   35c: 40e7ff54                       b.eq #-0x318
   360: 61000014                       b #0x184
   364: 81010054                       b.ne #0x30
   368: 6aa743a9                       ldp x10, x9, [x27, #0x38]
   36c: 681b40f9                       ldr x8, [x27, #0x30]
   370: 3f0500f1                       cmp x9, #0x1
   374: cb070054                       b.lt #0xf8
   378: 1f010aeb                       cmp x8, x10
   37c: cb070054                       b.lt #0xf8
   380: 09008052                       mov w9, #0x0
   384: 4a008052                       mov w10, #0x2
   388: 16058052                       mov w22, #0x28
   38c: 85028052                       mov w5, #0x14
   390: 05000014                       b #0x14
   394: 09008052                       mov w9, #0x0
   398: 2a008052                       mov w10, #0x1
   39c: 16058052                       mov w22, #0x28
   3a0: 45018052                       mov w5, #0xa
   3a4: f70313aa                       mov x23, x19
   3a8: e3030aaa                       mov x3, x10
   3ac: 08008052                       mov w8, #0x0
   3b0: 8d0e40f9                       ldr x13, [x20, #0x18]
   3b4: eb0309aa                       mov x11, x9
   3b8: ec0309aa                       mov x12, x9
   3bc: f50317aa                       mov x21, x23
   3c0: ff0213eb                       cmp x23, x19
   3c4: 40000054                       b.eq #0x8
   3c8: b50d00f9                       str x21, [x13, #0x18]
   3cc: 0c010034                       cbz w12, #0x20
   3d0: b81500f9                       str x24, [x13, #0x28]
   3d4: c8000037                       tbnz w8, #0x0, #0x18
   3d8: b91900f9                       str x25, [x13, #0x30]
   3dc: 8b000034                       cbz w11, #0x10
   3e0: b71d00f9                       str x23, [x13, #0x38]
   3e4: 49000037                       tbnz w9, #0x0, #0x8
   3e8: b02100f9                       str x16, [x13, #0x40]
   3ec: 08000090                       adrp x8, #0
        # hole +0x3ec: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3f0: 080140f9                       ldr x8, [x8]
        # hole +0x3f0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3f4: a101168b                       add x1, x13, x22
   3f8: 04010a8b                       add x4, x8, x10
   3fc: e00314aa                       mov x0, x20
   400: 00000094                       bl #0x0
        # hole +0x400: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   404: fd7b42a9                       ldp x29, x30, [sp, #0x20]
   408: ffc30091                       add sp, sp, #0x30
   40c: c0035fd6                       ret
   410: 0c008052                       mov w12, #0x0
   414: 08008052                       mov w8, #0x0
   418: 0b008052                       mov w11, #0x0
   41c: 09008052                       mov w9, #0x0
   420: 2a008052                       mov w10, #0x1
   424: 16058052                       mov w22, #0x28
   428: 45018052                       mov w5, #0xa
   42c: f50313aa                       mov x21, x19
   430: ee0318aa                       mov x14, x24
   434: e3030aaa                       mov x3, x10
   438: 2b000014                       b #0xac
   43c: 08008052                       mov w8, #0x0
   440: ef030eaa                       mov x15, x14
   444: e0031aaa                       mov x0, x26
   448: f00315aa                       mov x16, x21
   44c: 8a018052                       mov w10, #0xc
   450: 050f8052                       mov w5, #0x78
   454: 2c008052                       mov w12, #0x1
   458: 2b008052                       mov w11, #0x1
   45c: 29008052                       mov w9, #0x1
   460: 16088052                       mov w22, #0x40
   464: e20b40f9                       ldr x2, [sp, #0x10]
   468: 1f000014                       b #0x7c
   46c: 1f010aeb                       cmp x8, x10
   470: 8df8ff54                       b.le #-0xf0
   474: 0901098b                       add x9, x8, x9
   478: 691b00f9                       str x9, [x27, #0x30]
   47c: 29008052                       mov w9, #0x1
   480: 370508aa                       orr x23, x9, x8, lsl #1
   484: 33010037                       tbnz w19, #0x0, #0x24
   488: 680240f9                       ldr x8, [x19]
   48c: 080500f1                       subs x8, x8, #0x1
   490: 680200f9                       str x8, [x19]
   494: a1000054                       b.ne #0x14
   498: e00313aa                       mov x0, x19
   49c: f50302aa                       mov x21, x2
   4a0: 00000094                       bl #0x0
        # hole +0x4a0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4a4: e20315aa                       mov x2, x21
   4a8: 18030037                       tbnz w24, #0x0, #0x60
   4ac: 080340f9                       ldr x8, [x24]
   4b0: 08050091                       add x8, x8, #0x1
   4b4: 23008052                       mov w3, #0x1
   4b8: 080300f9                       str x8, [x24]
   4bc: 14000014                       b #0x50
   4c0: 08008052                       mov w8, #0x0
   4c4: 0b008052                       mov w11, #0x0
   4c8: 09008052                       mov w9, #0x0
   4cc: ef030eaa                       mov x15, x14
   4d0: f00315aa                       mov x16, x21
   4d4: ca018052                       mov w10, #0xe
   4d8: 85118052                       mov w5, #0x8c
   4dc: 2c008052                       mov w12, #0x1
   4e0: 16078052                       mov w22, #0x38
   4e4: 8d0e40f9                       ldr x13, [x20, #0x18]
   4e8: df0118eb                       cmp x14, x24
   4ec: 40000054                       b.eq #0x8
   4f0: ae0900f9                       str x14, [x13, #0x10]
   4f4: f90300aa                       mov x25, x0
   4f8: f8030faa                       mov x24, x15
   4fc: bf0213eb                       cmp x21, x19
   500: 41f6ff54                       b.ne #-0x138
   504: b2ffff17                       b #-0x138
   508: 23008052                       mov w3, #0x1
   50c: 16088052                       mov w22, #0x40
   510: 050a8052                       mov w5, #0x50
   514: 0a018052                       mov w10, #0x8
   518: 29008052                       mov w9, #0x1
   51c: a4ffff17                       b #-0x170
   520: 08008052                       mov w8, #0x0
   524: 09008052                       mov w9, #0x0
   528: 23008052                       mov w3, #0x1
   52c: ef030eaa                       mov x15, x14
   530: e0031aaa                       mov x0, x26
   534: f7031caa                       mov x23, x28
   538: f00315aa                       mov x16, x21
   53c: 6a018052                       mov w10, #0xb
   540: c50d8052                       mov w5, #0x6e
   544: 2c008052                       mov w12, #0x1
   548: 2b008052                       mov w11, #0x1
   54c: 16098052                       mov w22, #0x48
   550: e20b40f9                       ldr x2, [sp, #0x10]
   554: e4ffff17                       b #-0x70
   558: 08008052                       mov w8, #0x0
   55c: 23008052                       mov w3, #0x1
   560: b8ffff17                       b #-0x120
   564: 0c008052                       mov w12, #0x0
   568: 08008052                       mov w8, #0x0
   56c: 0b008052                       mov w11, #0x0
   570: 09008052                       mov w9, #0x0
   574: 4a008052                       mov w10, #0x2
   578: e3030aaa                       mov x3, x10
   57c: 85028052                       mov w5, #0x14
   580: e20b40f9                       ldr x2, [sp, #0x10]
   584: d8ffff17                       b #-0xa0
   588: 08008052                       mov w8, #0x0
   58c: 23008052                       mov w3, #0x1
   590: ef030eaa                       mov x15, x14
   594: e00319aa                       mov x0, x25
   598: f70315aa                       mov x23, x21
   59c: 0a018052                       mov w10, #0x8
   5a0: 050a8052                       mov w5, #0x50
   5a4: acffff17                       b #-0x150
   5a8: 08008052                       mov w8, #0x0
   5ac: 0b008052                       mov w11, #0x0
   5b0: 09008052                       mov w9, #0x0
   5b4: 23008052                       mov w3, #0x1
   5b8: ef030eaa                       mov x15, x14
   5bc: f00315aa                       mov x16, x21
   5c0: ca018052                       mov w10, #0xe
   5c4: 85118052                       mov w5, #0x8c
   5c8: 2c008052                       mov w12, #0x1
   5cc: 16078052                       mov w22, #0x38
   5d0: e20b40f9                       ldr x2, [sp, #0x10]
   5d4: c4ffff17                       b #-0xf0
   5d8: 08008052                       mov w8, #0x0
   5dc: 0b008052                       mov w11, #0x0
   5e0: 09008052                       mov w9, #0x0
   5e4: 23008052                       mov w3, #0x1
   5e8: b9ffff17                       b #-0x11c
   5ec: 0c008052                       mov w12, #0x0
   5f0: 08008052                       mov w8, #0x0
   5f4: 0b008052                       mov w11, #0x0
   5f8: 09008052                       mov w9, #0x0
   5fc: 2a008052                       mov w10, #0x1
   600: 4a0000f9                       str x10, [x2]
   604: 43008052                       mov w3, #0x2
   608: 16058052                       mov w22, #0x28
   60c: 45158052                       mov w5, #0xaa
   610: 2a028052                       mov w10, #0x11
   614: ee030faa                       mov x14, x15
   618: f00315aa                       mov x16, x21
   61c: e00740f9                       ldr x0, [sp, #0x8]
   620: b1ffff17                       b #-0x13c
   624: 08008052                       mov w8, #0x0
   628: 0b008052                       mov w11, #0x0
   62c: 09008052                       mov w9, #0x0
   630: 43008052                       mov w3, #0x2
   634: ee030faa                       mov x14, x15
   638: f00315aa                       mov x16, x21
   63c: 2a028052                       mov w10, #0x11
   640: 45158052                       mov w5, #0xaa
   644: a8ffff17                       b #-0x160
   648: 0b008052                       mov w11, #0x0
   64c: 09008052                       mov w9, #0x0
   650: 2c008052                       mov w12, #0x1
   654: 63008052                       mov w3, #0x3
   658: e23b41a9                       ldp x2, x14, [sp, #0x10]
   65c: ef030eaa                       mov x15, x14
   660: e0031aaa                       mov x0, x26
   664: f00315aa                       mov x16, x21
   668: aa018052                       mov w10, #0xd
   66c: 45108052                       mov w5, #0x82
   670: 28008052                       mov w8, #0x1
   674: 16068052                       mov w22, #0x30
   678: 9bffff17                       b #-0x194
   67c: 0c008052                       mov w12, #0x0
   680: 08008052                       mov w8, #0x0
   684: 0b008052                       mov w11, #0x0
   688: 09008052                       mov w9, #0x0
   68c: 63008052                       mov w3, #0x3
   690: ee0f40f9                       ldr x14, [sp, #0x18]
   694: ef030eaa                       mov x15, x14
   698: f00315aa                       mov x16, x21
   69c: ea018052                       mov w10, #0xf
   6a0: c5128052                       mov w5, #0x96
   6a4: e2031aaa                       mov x2, x26
   6a8: ddffff17                       b #-0x8c
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
