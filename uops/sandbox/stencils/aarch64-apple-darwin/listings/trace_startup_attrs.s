# stencil startup_attrs for aarch64-apple-darwin: 3532 code bytes, 80 data bytes, 116 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: f30315aa                       mov x19, x21
    20: 608600f8                       str x0, [x19], #0x8
    24: 80030037                       tbnz w0, #0x0, #0x70
    28: 080840b9                       ldr w8, [x0, #0x8]
    2c: 1f1d0071                       cmp w8, #0x7
    30: 21030054                       b.ne #0x64
    34: 08000090                       adrp x8, #0
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+72
    38: 080140f9                       ldr x8, [x8]
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+72
    3c: 091840f9                       ldr x9, [x0, #0x30]
    40: 291940f9                       ldr x9, [x9, #0x30]
    44: 3f0108eb                       cmp x9, x8
    48: 61020054                       b.ne #0x4c
    4c: 081c40f9                       ldr x8, [x0, #0x38]
    50: 1f0d00f1                       cmp x8, #0x3
    54: 232d0054                       b.lo #0x5a4
    58: 092840f9                       ldr x9, [x0, #0x50]
    5c: 49030037                       tbnz w9, #0x0, #0x68
    60: 280140f9                       ldr x8, [x9]
    64: 08050091                       add x8, x8, #0x1
    68: 280100f9                       str x8, [x9]
    6c: a90200f9                       str x9, [x21]
    70: 080040f9                       ldr x8, [x0]
    74: 080500f1                       subs x8, x8, #0x1
    78: 080000f9                       str x8, [x0]
    7c: e0020054                       b.eq #0x5c
    80: 880e40f9                       ldr x8, [x20, #0x18]
    84: 000540f9                       ldr x0, [x8, #0x8]
    88: 090500f9                       str x9, [x8, #0x8]
    8c: 20030036                       tbz w0, #0x0, #0x64
    90: 1e000014                       b #0x78
    94: 08000090                       adrp x8, #0
        # hole +0x94: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    98: 080140f9                       ldr x8, [x8]
        # hole +0x98: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    9c: 04050091                       add x4, x8, #0x1
    a0: 23008052                       mov w3, #0x1
    a4: 45018052                       mov w5, #0xa
    a8: f50313aa                       mov x21, x19
    ac: e00314aa                       mov x0, x20
    b0: e10315aa                       mov x1, x21
    b4: e20316aa                       mov x2, x22
    b8: 00000094                       bl #0x0
        # hole +0xb8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    bc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    c0: c0035fd6                       ret
    c4: a90200f9                       str x9, [x21]
    c8: 080040f9                       ldr x8, [x0]
    cc: 080500f1                       subs x8, x8, #0x1
    d0: 080000f9                       str x8, [x0]
    d4: 61fdff54                       b.ne #-0x54
    d8: 00000094                       bl #0x0
        # hole +0xd8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    dc: a90240f9                       ldr x9, [x21]
    e0: 880e40f9                       ldr x8, [x20, #0x18]
    e4: 000540f9                       ldr x0, [x8, #0x8]
    e8: 090500f9                       str x9, [x8, #0x8]
    ec: e0000037                       tbnz w0, #0x0, #0x1c
    f0: 090040f9                       ldr x9, [x0]
    f4: 290500f1                       subs x9, x9, #0x1
    f8: 090000f9                       str x9, [x0]
    fc: 61000054                       b.ne #0xc
   100: 00000094                       bl #0x0
        # hole +0x100: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   104: 880e40f9                       ldr x8, [x20, #0x18]
   108: 000940f9                       ldr x0, [x8, #0x10]
   10c: a0030037                       tbnz w0, #0x0, #0x74
   110: 090040f9                       ldr x9, [x0]
   114: 29050091                       add x9, x9, #0x1
   118: 090000f9                       str x9, [x0]
   11c: a00200f9                       str x0, [x21]
   120: 090840b9                       ldr w9, [x0, #0x8]
   124: 3f1d0071                       cmp w9, #0x7
   128: e1020054                       b.ne #0x5c
   12c: 091840f9                       ldr x9, [x0, #0x30]
   130: 291940f9                       ldr x9, [x9, #0x30]
   134: 292541d1                       sub x9, x9, #0x49, lsl #12
   138: 3fbd00f1                       cmp x9, #0x2f
   13c: 41020054                       b.ne #0x48
   140: 091c40f9                       ldr x9, [x0, #0x38]
   144: 692c00b4                       cbz x9, #0x58c
   148: 092040f9                       ldr x9, [x0, #0x40]
   14c: 89020037                       tbnz w9, #0x0, #0x50
   150: 2a0140f9                       ldr x10, [x9]
   154: 4a050091                       add x10, x10, #0x1
   158: 2a0100f9                       str x10, [x9]
   15c: a90200f9                       str x9, [x21]
   160: 0a0040f9                       ldr x10, [x0]
   164: 4a0500f1                       subs x10, x10, #0x1
   168: 0a0000f9                       str x10, [x0]
   16c: 20020054                       b.eq #0x44
   170: 000d40f9                       ldr x0, [x8, #0x18]
   174: 090d00f9                       str x9, [x8, #0x18]
   178: 80020036                       tbz w0, #0x0, #0x50
   17c: 19000014                       b #0x64
   180: a00200f9                       str x0, [x21]
   184: 08000090                       adrp x8, #0
        # hole +0x184: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   188: 080140f9                       ldr x8, [x8]
        # hole +0x188: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   18c: 04150091                       add x4, x8, #0x5
   190: 23008052                       mov w3, #0x1
   194: 45068052                       mov w5, #0x32
   198: c4ffff17                       b #-0xf0
   19c: a90200f9                       str x9, [x21]
   1a0: 0a0040f9                       ldr x10, [x0]
   1a4: 4a0500f1                       subs x10, x10, #0x1
   1a8: 0a0000f9                       str x10, [x0]
   1ac: 21feff54                       b.ne #-0x3c
   1b0: 00000094                       bl #0x0
        # hole +0x1b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1b4: a90240f9                       ldr x9, [x21]
   1b8: 880e40f9                       ldr x8, [x20, #0x18]
   1bc: 000d40f9                       ldr x0, [x8, #0x18]
   1c0: 090d00f9                       str x9, [x8, #0x18]
   1c4: e0000037                       tbnz w0, #0x0, #0x1c
   1c8: 090040f9                       ldr x9, [x0]
   1cc: 290500f1                       subs x9, x9, #0x1
   1d0: 090000f9                       str x9, [x0]
   1d4: 61000054                       b.ne #0xc
   1d8: 00000094                       bl #0x0
        # hole +0x1d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1dc: 880e40f9                       ldr x8, [x20, #0x18]
   1e0: 001140f9                       ldr x0, [x8, #0x20]
   1e4: 80000037                       tbnz w0, #0x0, #0x10
   1e8: 080040f9                       ldr x8, [x0]
   1ec: 08050091                       add x8, x8, #0x1
   1f0: 080000f9                       str x8, [x0]
   1f4: a00200f9                       str x0, [x21]
   1f8: 60030037                       tbnz w0, #0x0, #0x6c
   1fc: 080840b9                       ldr w8, [x0, #0x8]
   200: 1f1d0071                       cmp w8, #0x7
   204: 01030054                       b.ne #0x60
   208: 08000090                       adrp x8, #0
        # hole +0x208: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
   20c: 080140f9                       ldr x8, [x8]
        # hole +0x20c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
   210: 091840f9                       ldr x9, [x0, #0x30]
   214: 291940f9                       ldr x9, [x9, #0x30]
   218: 3f0108eb                       cmp x9, x8
   21c: 41020054                       b.ne #0x48
   220: 081c40f9                       ldr x8, [x0, #0x38]
   224: 082e00b4                       cbz x8, #0x5c0
   228: 082040f9                       ldr x8, [x0, #0x40]
   22c: 88020037                       tbnz w8, #0x0, #0x50
   230: 090140f9                       ldr x9, [x8]
   234: 29050091                       add x9, x9, #0x1
   238: 090100f9                       str x9, [x8]
   23c: a80200f9                       str x8, [x21]
   240: 090040f9                       ldr x9, [x0]
   244: 290500f1                       subs x9, x9, #0x1
   248: 090000f9                       str x9, [x0]
   24c: 20020054                       b.eq #0x44
   250: 890e40f9                       ldr x9, [x20, #0x18]
   254: 201540f9                       ldr x0, [x9, #0x28]
   258: 281500f9                       str x8, [x9, #0x28]
   25c: 60020036                       tbz w0, #0x0, #0x4c
   260: 18000014                       b #0x60
   264: 08000090                       adrp x8, #0
        # hole +0x264: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   268: 080140f9                       ldr x8, [x8]
        # hole +0x268: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   26c: 042d0091                       add x4, x8, #0xb
   270: 23008052                       mov w3, #0x1
   274: c50d8052                       mov w5, #0x6e
   278: 8cffff17                       b #-0x1d0
   27c: a80200f9                       str x8, [x21]
   280: 090040f9                       ldr x9, [x0]
   284: 290500f1                       subs x9, x9, #0x1
   288: 090000f9                       str x9, [x0]
   28c: 21feff54                       b.ne #-0x3c
   290: 00000094                       bl #0x0
        # hole +0x290: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   294: a80240f9                       ldr x8, [x21]
   298: 890e40f9                       ldr x9, [x20, #0x18]
   29c: 201540f9                       ldr x0, [x9, #0x28]
   2a0: 281500f9                       str x8, [x9, #0x28]
   2a4: e0000037                       tbnz w0, #0x0, #0x1c
   2a8: 080040f9                       ldr x8, [x0]
   2ac: 080500f1                       subs x8, x8, #0x1
   2b0: 080000f9                       str x8, [x0]
   2b4: 61000054                       b.ne #0xc
   2b8: 00000094                       bl #0x0
        # hole +0x2b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2bc: 890e40f9                       ldr x9, [x20, #0x18]
   2c0: 201940f9                       ldr x0, [x9, #0x30]
   2c4: 80000037                       tbnz w0, #0x0, #0x10
   2c8: 080040f9                       ldr x8, [x0]
   2cc: 08050091                       add x8, x8, #0x1
   2d0: 080000f9                       str x8, [x0]
   2d4: a00200f9                       str x0, [x21]
   2d8: 80030037                       tbnz w0, #0x0, #0x70
   2dc: 080840b9                       ldr w8, [x0, #0x8]
   2e0: 1f1d0071                       cmp w8, #0x7
   2e4: 21030054                       b.ne #0x64
   2e8: 08000090                       adrp x8, #0
        # hole +0x2e8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   2ec: 080140f9                       ldr x8, [x8]
        # hole +0x2ec: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   2f0: 091840f9                       ldr x9, [x0, #0x30]
   2f4: 291940f9                       ldr x9, [x9, #0x30]
   2f8: 3f0108eb                       cmp x9, x8
   2fc: 61020054                       b.ne #0x4c
   300: 081c40f9                       ldr x8, [x0, #0x38]
   304: 1f0d00f1                       cmp x8, #0x3
   308: c32e0054                       b.lo #0x5d8
   30c: 082840f9                       ldr x8, [x0, #0x50]
   310: 88020037                       tbnz w8, #0x0, #0x50
   314: 090140f9                       ldr x9, [x8]
   318: 29050091                       add x9, x9, #0x1
   31c: 090100f9                       str x9, [x8]
   320: a80200f9                       str x8, [x21]
   324: 090040f9                       ldr x9, [x0]
   328: 290500f1                       subs x9, x9, #0x1
   32c: 090000f9                       str x9, [x0]
   330: 20020054                       b.eq #0x44
   334: 890e40f9                       ldr x9, [x20, #0x18]
   338: 201d40f9                       ldr x0, [x9, #0x38]
   33c: 281d00f9                       str x8, [x9, #0x38]
   340: 60020036                       tbz w0, #0x0, #0x4c
   344: 18000014                       b #0x60
   348: 08000090                       adrp x8, #0
        # hole +0x348: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   34c: 080140f9                       ldr x8, [x8]
        # hole +0x34c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   350: 04450091                       add x4, x8, #0x11
   354: 23008052                       mov w3, #0x1
   358: 45158052                       mov w5, #0xaa
   35c: 53ffff17                       b #-0x2b4
   360: a80200f9                       str x8, [x21]
   364: 090040f9                       ldr x9, [x0]
   368: 290500f1                       subs x9, x9, #0x1
   36c: 090000f9                       str x9, [x0]
   370: 21feff54                       b.ne #-0x3c
   374: 00000094                       bl #0x0
        # hole +0x374: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   378: a80240f9                       ldr x8, [x21]
   37c: 890e40f9                       ldr x9, [x20, #0x18]
   380: 201d40f9                       ldr x0, [x9, #0x38]
   384: 281d00f9                       str x8, [x9, #0x38]
   388: e0000037                       tbnz w0, #0x0, #0x1c
   38c: 080040f9                       ldr x8, [x0]
   390: 080500f1                       subs x8, x8, #0x1
   394: 080000f9                       str x8, [x0]
   398: 61000054                       b.ne #0xc
   39c: 00000094                       bl #0x0
        # hole +0x39c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3a0: 890e40f9                       ldr x9, [x20, #0x18]
   3a4: 202140f9                       ldr x0, [x9, #0x40]
   3a8: 80000037                       tbnz w0, #0x0, #0x10
   3ac: 080040f9                       ldr x8, [x0]
   3b0: 08050091                       add x8, x8, #0x1
   3b4: 080000f9                       str x8, [x0]
   3b8: a00200f9                       str x0, [x21]
   3bc: 60030037                       tbnz w0, #0x0, #0x6c
   3c0: 080840b9                       ldr w8, [x0, #0x8]
   3c4: 1f1d0071                       cmp w8, #0x7
   3c8: 01030054                       b.ne #0x60
   3cc: 08000090                       adrp x8, #0
        # hole +0x3cc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   3d0: 080140f9                       ldr x8, [x8]
        # hole +0x3d0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   3d4: 091840f9                       ldr x9, [x0, #0x30]
   3d8: 291940f9                       ldr x9, [x9, #0x30]
   3dc: 3f0108eb                       cmp x9, x8
   3e0: 41020054                       b.ne #0x48
   3e4: 081c40f9                       ldr x8, [x0, #0x38]
   3e8: 882f00b4                       cbz x8, #0x5f0
   3ec: 092040f9                       ldr x9, [x0, #0x40]
   3f0: 89020037                       tbnz w9, #0x0, #0x50
   3f4: 280140f9                       ldr x8, [x9]
   3f8: 08050091                       add x8, x8, #0x1
   3fc: 280100f9                       str x8, [x9]
   400: a90200f9                       str x9, [x21]
   404: 080040f9                       ldr x8, [x0]
   408: 080500f1                       subs x8, x8, #0x1
   40c: 080000f9                       str x8, [x0]
   410: 20020054                       b.eq #0x44
   414: 880e40f9                       ldr x8, [x20, #0x18]
   418: 002540f9                       ldr x0, [x8, #0x48]
   41c: 092500f9                       str x9, [x8, #0x48]
   420: 60020036                       tbz w0, #0x0, #0x4c
   424: 18000014                       b #0x60
   428: 08000090                       adrp x8, #0
        # hole +0x428: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   42c: 080140f9                       ldr x8, [x8]
        # hole +0x42c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   430: 04550091                       add x4, x8, #0x15
   434: 23008052                       mov w3, #0x1
   438: 451a8052                       mov w5, #0xd2
   43c: 1bffff17                       b #-0x394
   440: a90200f9                       str x9, [x21]
   444: 080040f9                       ldr x8, [x0]
   448: 080500f1                       subs x8, x8, #0x1
   44c: 080000f9                       str x8, [x0]
   450: 21feff54                       b.ne #-0x3c
   454: 00000094                       bl #0x0
        # hole +0x454: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   458: a90240f9                       ldr x9, [x21]
   45c: 880e40f9                       ldr x8, [x20, #0x18]
   460: 002540f9                       ldr x0, [x8, #0x48]
   464: 092500f9                       str x9, [x8, #0x48]
   468: e0000037                       tbnz w0, #0x0, #0x1c
   46c: 090040f9                       ldr x9, [x0]
   470: 290500f1                       subs x9, x9, #0x1
   474: 090000f9                       str x9, [x0]
   478: 61000054                       b.ne #0xc
   47c: 00000094                       bl #0x0
        # hole +0x47c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   480: 880e40f9                       ldr x8, [x20, #0x18]
   484: 002940f9                       ldr x0, [x8, #0x50]
   488: a0030037                       tbnz w0, #0x0, #0x74
   48c: 090040f9                       ldr x9, [x0]
   490: 29050091                       add x9, x9, #0x1
   494: 090000f9                       str x9, [x0]
   498: a00200f9                       str x0, [x21]
   49c: 090840b9                       ldr w9, [x0, #0x8]
   4a0: 3f1d0071                       cmp w9, #0x7
   4a4: e1020054                       b.ne #0x5c
   4a8: 091840f9                       ldr x9, [x0, #0x30]
   4ac: 291940f9                       ldr x9, [x9, #0x30]
   4b0: 293d43d1                       sub x9, x9, #0xcf, lsl #12
   4b4: 3f690af1                       cmp x9, #0x29a
   4b8: 41020054                       b.ne #0x48
   4bc: 091c40f9                       ldr x9, [x0, #0x38]
   4c0: 892f00b4                       cbz x9, #0x5f0
   4c4: 092040f9                       ldr x9, [x0, #0x40]
   4c8: 89020037                       tbnz w9, #0x0, #0x50
   4cc: 2a0140f9                       ldr x10, [x9]
   4d0: 4a050091                       add x10, x10, #0x1
   4d4: 2a0100f9                       str x10, [x9]
   4d8: a90200f9                       str x9, [x21]
   4dc: 0a0040f9                       ldr x10, [x0]
   4e0: 4a0500f1                       subs x10, x10, #0x1
   4e4: 0a0000f9                       str x10, [x0]
   4e8: 20020054                       b.eq #0x44
   4ec: 002d40f9                       ldr x0, [x8, #0x58]
   4f0: 092d00f9                       str x9, [x8, #0x58]
   4f4: 80020036                       tbz w0, #0x0, #0x50
   4f8: 19000014                       b #0x64
   4fc: a00200f9                       str x0, [x21]
   500: 08000090                       adrp x8, #0
        # hole +0x500: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   504: 080140f9                       ldr x8, [x8]
        # hole +0x504: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   508: 046d0091                       add x4, x8, #0x1b
   50c: 23008052                       mov w3, #0x1
   510: c5218052                       mov w5, #0x10e
   514: e5feff17                       b #-0x46c
   518: a90200f9                       str x9, [x21]
   51c: 0a0040f9                       ldr x10, [x0]
   520: 4a0500f1                       subs x10, x10, #0x1
   524: 0a0000f9                       str x10, [x0]
   528: 21feff54                       b.ne #-0x3c
   52c: 00000094                       bl #0x0
        # hole +0x52c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   530: a90240f9                       ldr x9, [x21]
   534: 880e40f9                       ldr x8, [x20, #0x18]
   538: 002d40f9                       ldr x0, [x8, #0x58]
   53c: 092d00f9                       str x9, [x8, #0x58]
   540: e0000037                       tbnz w0, #0x0, #0x1c
   544: 090040f9                       ldr x9, [x0]
   548: 290500f1                       subs x9, x9, #0x1
   54c: 090000f9                       str x9, [x0]
   550: 61000054                       b.ne #0xc
   554: 00000094                       bl #0x0
        # hole +0x554: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   558: 880e40f9                       ldr x8, [x20, #0x18]
   55c: 003140f9                       ldr x0, [x8, #0x60]
   560: 80000037                       tbnz w0, #0x0, #0x10
   564: 080040f9                       ldr x8, [x0]
   568: 08050091                       add x8, x8, #0x1
   56c: 080000f9                       str x8, [x0]
   570: a00200f9                       str x0, [x21]
   574: 60030037                       tbnz w0, #0x0, #0x6c
   578: 080840b9                       ldr w8, [x0, #0x8]
   57c: 1f1d0071                       cmp w8, #0x7
   580: 01030054                       b.ne #0x60
   584: 08000090                       adrp x8, #0
        # hole +0x584: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   588: 080140f9                       ldr x8, [x8]
        # hole +0x588: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   58c: 091840f9                       ldr x9, [x0, #0x30]
   590: 291940f9                       ldr x9, [x9, #0x30]
   594: 3f0108eb                       cmp x9, x8
   598: 41020054                       b.ne #0x48
   59c: 081c40f9                       ldr x8, [x0, #0x38]
   5a0: 283100b4                       cbz x8, #0x624
   5a4: 092040f9                       ldr x9, [x0, #0x40]
   5a8: 49030037                       tbnz w9, #0x0, #0x68
   5ac: 280140f9                       ldr x8, [x9]
   5b0: 08050091                       add x8, x8, #0x1
   5b4: 280100f9                       str x8, [x9]
   5b8: a90200f9                       str x9, [x21]
   5bc: 080040f9                       ldr x8, [x0]
   5c0: 080500f1                       subs x8, x8, #0x1
   5c4: 080000f9                       str x8, [x0]
   5c8: e0020054                       b.eq #0x5c
   5cc: 880e40f9                       ldr x8, [x20, #0x18]
   5d0: 003540f9                       ldr x0, [x8, #0x68]
   5d4: 093500f9                       str x9, [x8, #0x68]
   5d8: 20030036                       tbz w0, #0x0, #0x64
   5dc: 1e000014                       b #0x78
   5e0: 08000090                       adrp x8, #0
        # hole +0x5e0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5e4: 080140f9                       ldr x8, [x8]
        # hole +0x5e4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5e8: 04850091                       add x4, x8, #0x21
   5ec: 23008052                       mov w3, #0x1
   5f0: 45298052                       mov w5, #0x14a
   5f4: adfeff17                       b #-0x54c
   5f8: 08000090                       adrp x8, #0
        # hole +0x5f8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   5fc: 080140f9                       ldr x8, [x8]
        # hole +0x5fc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   600: 04090091                       add x4, x8, #0x2
   604: 23008052                       mov w3, #0x1
   608: 85028052                       mov w5, #0x14
   60c: a7feff17                       b #-0x564
   610: a90200f9                       str x9, [x21]
   614: 080040f9                       ldr x8, [x0]
   618: 080500f1                       subs x8, x8, #0x1
   61c: 080000f9                       str x8, [x0]
   620: 61fdff54                       b.ne #-0x54
   624: 00000094                       bl #0x0
        # hole +0x624: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   628: a90240f9                       ldr x9, [x21]
   62c: 880e40f9                       ldr x8, [x20, #0x18]
   630: 003540f9                       ldr x0, [x8, #0x68]
   634: 093500f9                       str x9, [x8, #0x68]
   638: e0000037                       tbnz w0, #0x0, #0x1c
   63c: 090040f9                       ldr x9, [x0]
   640: 290500f1                       subs x9, x9, #0x1
   644: 090000f9                       str x9, [x0]
   648: 61000054                       b.ne #0xc
   64c: 00000094                       bl #0x0
        # hole +0x64c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   650: 880e40f9                       ldr x8, [x20, #0x18]
   654: 003940f9                       ldr x0, [x8, #0x70]
   658: 80040037                       tbnz w0, #0x0, #0x90
   65c: 090040f9                       ldr x9, [x0]
   660: 29050091                       add x9, x9, #0x1
   664: 090000f9                       str x9, [x0]
   668: a00200f9                       str x0, [x21]
   66c: 090840b9                       ldr w9, [x0, #0x8]
   670: 3f1d0071                       cmp w9, #0x7
   674: c1030054                       b.ne #0x78
   678: 091840f9                       ldr x9, [x0, #0x30]
   67c: 291940f9                       ldr x9, [x9, #0x30]
   680: 29e540d1                       sub x9, x9, #0x39, lsl #12
   684: 3f5127f1                       cmp x9, #0x9d4
   688: 21030054                       b.ne #0x64
   68c: 091c40f9                       ldr x9, [x0, #0x38]
   690: 3f0900f1                       cmp x9, #0x2
   694: 43300054                       b.lo #0x608
   698: 092440f9                       ldr x9, [x0, #0x48]
   69c: 49030037                       tbnz w9, #0x0, #0x68
   6a0: 2a0140f9                       ldr x10, [x9]
   6a4: 4a050091                       add x10, x10, #0x1
   6a8: 2a0100f9                       str x10, [x9]
   6ac: a90200f9                       str x9, [x21]
   6b0: 0a0040f9                       ldr x10, [x0]
   6b4: 4a0500f1                       subs x10, x10, #0x1
   6b8: 0a0000f9                       str x10, [x0]
   6bc: e0020054                       b.eq #0x5c
   6c0: 003d40f9                       ldr x0, [x8, #0x78]
   6c4: 093d00f9                       str x9, [x8, #0x78]
   6c8: 40030036                       tbz w0, #0x0, #0x68
   6cc: 1f000014                       b #0x7c
   6d0: 08000090                       adrp x8, #0
        # hole +0x6d0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6d4: 080140f9                       ldr x8, [x8]
        # hole +0x6d4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6d8: 04190091                       add x4, x8, #0x6
   6dc: 23008052                       mov w3, #0x1
   6e0: 85078052                       mov w5, #0x3c
   6e4: 71feff17                       b #-0x63c
   6e8: a00200f9                       str x0, [x21]
   6ec: 08000090                       adrp x8, #0
        # hole +0x6ec: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   6f0: 080140f9                       ldr x8, [x8]
        # hole +0x6f0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   6f4: 04950091                       add x4, x8, #0x25
   6f8: 23008052                       mov w3, #0x1
   6fc: 452e8052                       mov w5, #0x172
   700: 6afeff17                       b #-0x658
   704: a90200f9                       str x9, [x21]
   708: 0a0040f9                       ldr x10, [x0]
   70c: 4a0500f1                       subs x10, x10, #0x1
   710: 0a0000f9                       str x10, [x0]
   714: 61fdff54                       b.ne #-0x54
   718: 00000094                       bl #0x0
        # hole +0x718: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   71c: a90240f9                       ldr x9, [x21]
   720: 880e40f9                       ldr x8, [x20, #0x18]
   724: 003d40f9                       ldr x0, [x8, #0x78]
   728: 093d00f9                       str x9, [x8, #0x78]
   72c: e0000037                       tbnz w0, #0x0, #0x1c
   730: 090040f9                       ldr x9, [x0]
   734: 290500f1                       subs x9, x9, #0x1
   738: 090000f9                       str x9, [x0]
   73c: 61000054                       b.ne #0xc
   740: 00000094                       bl #0x0
        # hole +0x740: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   744: 880e40f9                       ldr x8, [x20, #0x18]
   748: 004140f9                       ldr x0, [x8, #0x80]
   74c: 80000037                       tbnz w0, #0x0, #0x10
   750: 080040f9                       ldr x8, [x0]
   754: 08050091                       add x8, x8, #0x1
   758: 080000f9                       str x8, [x0]
   75c: a00200f9                       str x0, [x21]
   760: 60030037                       tbnz w0, #0x0, #0x6c
   764: 080840b9                       ldr w8, [x0, #0x8]
   768: 1f1d0071                       cmp w8, #0x7
   76c: 01030054                       b.ne #0x60
   770: 08000090                       adrp x8, #0
        # hole +0x770: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   774: 080140f9                       ldr x8, [x8]
        # hole +0x774: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   778: 091840f9                       ldr x9, [x0, #0x30]
   77c: 291940f9                       ldr x9, [x9, #0x30]
   780: 3f0108eb                       cmp x9, x8
   784: 41020054                       b.ne #0x48
   788: 081c40f9                       ldr x8, [x0, #0x38]
   78c: 882d00b4                       cbz x8, #0x5b0
   790: 082040f9                       ldr x8, [x0, #0x40]
   794: 48030037                       tbnz w8, #0x0, #0x68
   798: 090140f9                       ldr x9, [x8]
   79c: 29050091                       add x9, x9, #0x1
   7a0: 090100f9                       str x9, [x8]
   7a4: a80200f9                       str x8, [x21]
   7a8: 090040f9                       ldr x9, [x0]
   7ac: 290500f1                       subs x9, x9, #0x1
   7b0: 090000f9                       str x9, [x0]
   7b4: e0020054                       b.eq #0x5c
   7b8: 890e40f9                       ldr x9, [x20, #0x18]
   7bc: 204540f9                       ldr x0, [x9, #0x88]
   7c0: 284500f9                       str x8, [x9, #0x88]
   7c4: 20030036                       tbz w0, #0x0, #0x64
   7c8: 1e000014                       b #0x78
   7cc: 08000090                       adrp x8, #0
        # hole +0x7cc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7d0: 080140f9                       ldr x8, [x8]
        # hole +0x7d0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7d4: 04ad0091                       add x4, x8, #0x2b
   7d8: 23008052                       mov w3, #0x1
   7dc: c5358052                       mov w5, #0x1ae
   7e0: 32feff17                       b #-0x738
   7e4: 08000090                       adrp x8, #0
        # hole +0x7e4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   7e8: 080140f9                       ldr x8, [x8]
        # hole +0x7e8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   7ec: 04310091                       add x4, x8, #0xc
   7f0: 23008052                       mov w3, #0x1
   7f4: 050f8052                       mov w5, #0x78
   7f8: 2cfeff17                       b #-0x750
   7fc: a80200f9                       str x8, [x21]
   800: 090040f9                       ldr x9, [x0]
   804: 290500f1                       subs x9, x9, #0x1
   808: 090000f9                       str x9, [x0]
   80c: 61fdff54                       b.ne #-0x54
   810: 00000094                       bl #0x0
        # hole +0x810: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   814: a80240f9                       ldr x8, [x21]
   818: 890e40f9                       ldr x9, [x20, #0x18]
   81c: 204540f9                       ldr x0, [x9, #0x88]
   820: 284500f9                       str x8, [x9, #0x88]
   824: e0000037                       tbnz w0, #0x0, #0x1c
   828: 080040f9                       ldr x8, [x0]
   82c: 080500f1                       subs x8, x8, #0x1
   830: 080000f9                       str x8, [x0]
   834: 61000054                       b.ne #0xc
   838: 00000094                       bl #0x0
        # hole +0x838: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   83c: 890e40f9                       ldr x9, [x20, #0x18]
   840: 204940f9                       ldr x0, [x9, #0x90]
   844: 80000037                       tbnz w0, #0x0, #0x10
   848: 080040f9                       ldr x8, [x0]
   84c: 08050091                       add x8, x8, #0x1
   850: 080000f9                       str x8, [x0]
   854: a00200f9                       str x0, [x21]
   858: 80030037                       tbnz w0, #0x0, #0x70
   85c: 080840b9                       ldr w8, [x0, #0x8]
   860: 1f1d0071                       cmp w8, #0x7
   864: 21030054                       b.ne #0x64
   868: 08000090                       adrp x8, #0
        # hole +0x868: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   86c: 080140f9                       ldr x8, [x8]
        # hole +0x86c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   870: 091840f9                       ldr x9, [x0, #0x30]
   874: 291940f9                       ldr x9, [x9, #0x30]
   878: 3f0108eb                       cmp x9, x8
   87c: 61020054                       b.ne #0x4c
   880: 081c40f9                       ldr x8, [x0, #0x38]
   884: 1f1100f1                       cmp x8, #0x4
   888: 63260054                       b.lo #0x4cc
   88c: 082c40f9                       ldr x8, [x0, #0x58]
   890: 48030037                       tbnz w8, #0x0, #0x68
   894: 090140f9                       ldr x9, [x8]
   898: 29050091                       add x9, x9, #0x1
   89c: 090100f9                       str x9, [x8]
   8a0: a80200f9                       str x8, [x21]
   8a4: 090040f9                       ldr x9, [x0]
   8a8: 290500f1                       subs x9, x9, #0x1
   8ac: 090000f9                       str x9, [x0]
   8b0: e0020054                       b.eq #0x5c
   8b4: 890e40f9                       ldr x9, [x20, #0x18]
   8b8: 204d40f9                       ldr x0, [x9, #0x98]
   8bc: 284d00f9                       str x8, [x9, #0x98]
   8c0: 20030036                       tbz w0, #0x0, #0x64
   8c4: 1e000014                       b #0x78
   8c8: 08000090                       adrp x8, #0
        # hole +0x8c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8cc: 080140f9                       ldr x8, [x8]
        # hole +0x8cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8d0: 04c50091                       add x4, x8, #0x31
   8d4: 23008052                       mov w3, #0x1
   8d8: 453d8052                       mov w5, #0x1ea
   8dc: f3fdff17                       b #-0x834
   8e0: 08000090                       adrp x8, #0
        # hole +0x8e0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8e4: 080140f9                       ldr x8, [x8]
        # hole +0x8e4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8e8: 04490091                       add x4, x8, #0x12
   8ec: 23008052                       mov w3, #0x1
   8f0: 85168052                       mov w5, #0xb4
   8f4: edfdff17                       b #-0x84c
   8f8: a80200f9                       str x8, [x21]
   8fc: 090040f9                       ldr x9, [x0]
   900: 290500f1                       subs x9, x9, #0x1
   904: 090000f9                       str x9, [x0]
   908: 61fdff54                       b.ne #-0x54
   90c: 00000094                       bl #0x0
        # hole +0x90c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   910: a80240f9                       ldr x8, [x21]
   914: 890e40f9                       ldr x9, [x20, #0x18]
   918: 204d40f9                       ldr x0, [x9, #0x98]
   91c: 284d00f9                       str x8, [x9, #0x98]
   920: e0000037                       tbnz w0, #0x0, #0x1c
   924: 080040f9                       ldr x8, [x0]
   928: 080500f1                       subs x8, x8, #0x1
   92c: 080000f9                       str x8, [x0]
   930: 61000054                       b.ne #0xc
   934: 00000094                       bl #0x0
        # hole +0x934: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   938: 890e40f9                       ldr x9, [x20, #0x18]
   93c: 205140f9                       ldr x0, [x9, #0xa0]
   940: 80000037                       tbnz w0, #0x0, #0x10
   944: 080040f9                       ldr x8, [x0]
   948: 08050091                       add x8, x8, #0x1
   94c: 080000f9                       str x8, [x0]
   950: a00200f9                       str x0, [x21]
   954: 60030037                       tbnz w0, #0x0, #0x6c
   958: 080840b9                       ldr w8, [x0, #0x8]
   95c: 1f1d0071                       cmp w8, #0x7
   960: 01030054                       b.ne #0x60
   964: 08000090                       adrp x8, #0
        # hole +0x964: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   968: 080140f9                       ldr x8, [x8]
        # hole +0x968: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   96c: 091840f9                       ldr x9, [x0, #0x30]
   970: 291940f9                       ldr x9, [x9, #0x30]
   974: 3f0108eb                       cmp x9, x8
   978: 41020054                       b.ne #0x48
   97c: 081c40f9                       ldr x8, [x0, #0x38]
   980: 681f00b4                       cbz x8, #0x3ec
   984: 092040f9                       ldr x9, [x0, #0x40]
   988: 49030037                       tbnz w9, #0x0, #0x68
   98c: 280140f9                       ldr x8, [x9]
   990: 08050091                       add x8, x8, #0x1
   994: 280100f9                       str x8, [x9]
   998: a90200f9                       str x9, [x21]
   99c: 080040f9                       ldr x8, [x0]
   9a0: 080500f1                       subs x8, x8, #0x1
   9a4: 080000f9                       str x8, [x0]
   9a8: e0020054                       b.eq #0x5c
   9ac: 880e40f9                       ldr x8, [x20, #0x18]
   9b0: 005540f9                       ldr x0, [x8, #0xa8]
   9b4: 095500f9                       str x9, [x8, #0xa8]
   9b8: 20030036                       tbz w0, #0x0, #0x64
   9bc: 1e000014                       b #0x78
   9c0: 08000090                       adrp x8, #0
        # hole +0x9c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9c4: 080140f9                       ldr x8, [x8]
        # hole +0x9c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9c8: 04d50091                       add x4, x8, #0x35
   9cc: 23008052                       mov w3, #0x1
   9d0: 45428052                       mov w5, #0x212
   9d4: b5fdff17                       b #-0x92c
   9d8: 08000090                       adrp x8, #0
        # hole +0x9d8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   9dc: 080140f9                       ldr x8, [x8]
        # hole +0x9dc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   9e0: 04590091                       add x4, x8, #0x16
   9e4: 23008052                       mov w3, #0x1
   9e8: 851b8052                       mov w5, #0xdc
   9ec: affdff17                       b #-0x944
   9f0: a90200f9                       str x9, [x21]
   9f4: 080040f9                       ldr x8, [x0]
   9f8: 080500f1                       subs x8, x8, #0x1
   9fc: 080000f9                       str x8, [x0]
   a00: 61fdff54                       b.ne #-0x54
   a04: 00000094                       bl #0x0
        # hole +0xa04: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a08: a90240f9                       ldr x9, [x21]
   a0c: 880e40f9                       ldr x8, [x20, #0x18]
   a10: 005540f9                       ldr x0, [x8, #0xa8]
   a14: 095500f9                       str x9, [x8, #0xa8]
   a18: e0000037                       tbnz w0, #0x0, #0x1c
   a1c: 090040f9                       ldr x9, [x0]
   a20: 290500f1                       subs x9, x9, #0x1
   a24: 090000f9                       str x9, [x0]
   a28: 61000054                       b.ne #0xc
   a2c: 00000094                       bl #0x0
        # hole +0xa2c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a30: 880e40f9                       ldr x8, [x20, #0x18]
   a34: 005940f9                       ldr x0, [x8, #0xb0]
   a38: 80040037                       tbnz w0, #0x0, #0x90
   a3c: 090040f9                       ldr x9, [x0]
   a40: 29050091                       add x9, x9, #0x1
   a44: 090000f9                       str x9, [x0]
   a48: a00200f9                       str x0, [x21]
   a4c: 090840b9                       ldr w9, [x0, #0x8]
   a50: 3f1d0071                       cmp w9, #0x7
   a54: c1030054                       b.ne #0x78
   a58: 091840f9                       ldr x9, [x0, #0x30]
   a5c: 291940f9                       ldr x9, [x9, #0x30]
   a60: 291542d1                       sub x9, x9, #0x85, lsl #12
   a64: 3fed3af1                       cmp x9, #0xebb
   a68: 21030054                       b.ne #0x64
   a6c: 091c40f9                       ldr x9, [x0, #0x38]
   a70: 3f0900f1                       cmp x9, #0x2
   a74: 83180054                       b.lo #0x310
   a78: 092440f9                       ldr x9, [x0, #0x48]
   a7c: 49030037                       tbnz w9, #0x0, #0x68
   a80: 2a0140f9                       ldr x10, [x9]
   a84: 4a050091                       add x10, x10, #0x1
   a88: 2a0100f9                       str x10, [x9]
   a8c: a90200f9                       str x9, [x21]
   a90: 0a0040f9                       ldr x10, [x0]
   a94: 4a0500f1                       subs x10, x10, #0x1
   a98: 0a0000f9                       str x10, [x0]
   a9c: e0020054                       b.eq #0x5c
   aa0: 005d40f9                       ldr x0, [x8, #0xb8]
   aa4: 095d00f9                       str x9, [x8, #0xb8]
   aa8: 40030036                       tbz w0, #0x0, #0x68
   aac: 1f000014                       b #0x7c
   ab0: 08000090                       adrp x8, #0
        # hole +0xab0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   ab4: 080140f9                       ldr x8, [x8]
        # hole +0xab4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ab8: 04710091                       add x4, x8, #0x1c
   abc: 23008052                       mov w3, #0x1
   ac0: 05238052                       mov w5, #0x118
   ac4: 79fdff17                       b #-0xa1c
   ac8: a00200f9                       str x0, [x21]
   acc: 08000090                       adrp x8, #0
        # hole +0xacc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   ad0: 080140f9                       ldr x8, [x8]
        # hole +0xad0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ad4: 04ed0091                       add x4, x8, #0x3b
   ad8: 23008052                       mov w3, #0x1
   adc: c5498052                       mov w5, #0x24e
   ae0: 72fdff17                       b #-0xa38
   ae4: a90200f9                       str x9, [x21]
   ae8: 0a0040f9                       ldr x10, [x0]
   aec: 4a0500f1                       subs x10, x10, #0x1
   af0: 0a0000f9                       str x10, [x0]
   af4: 61fdff54                       b.ne #-0x54
   af8: 00000094                       bl #0x0
        # hole +0xaf8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   afc: a90240f9                       ldr x9, [x21]
   b00: 880e40f9                       ldr x8, [x20, #0x18]
   b04: 005d40f9                       ldr x0, [x8, #0xb8]
   b08: 095d00f9                       str x9, [x8, #0xb8]
   b0c: e0000037                       tbnz w0, #0x0, #0x1c
   b10: 090040f9                       ldr x9, [x0]
   b14: 290500f1                       subs x9, x9, #0x1
   b18: 090000f9                       str x9, [x0]
   b1c: 61000054                       b.ne #0xc
   b20: 00000094                       bl #0x0
        # hole +0xb20: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   b24: 880e40f9                       ldr x8, [x20, #0x18]
   b28: 006140f9                       ldr x0, [x8, #0xc0]
   b2c: 80000037                       tbnz w0, #0x0, #0x10
   b30: 080040f9                       ldr x8, [x0]
   b34: 08050091                       add x8, x8, #0x1
   b38: 080000f9                       str x8, [x0]
   b3c: a00200f9                       str x0, [x21]
   b40: 60030037                       tbnz w0, #0x0, #0x6c
   b44: 080840b9                       ldr w8, [x0, #0x8]
   b48: 1f1d0071                       cmp w8, #0x7
   b4c: 01030054                       b.ne #0x60
   b50: 08000090                       adrp x8, #0
        # hole +0xb50: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   b54: 080140f9                       ldr x8, [x8]
        # hole +0xb54: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   b58: 091840f9                       ldr x9, [x0, #0x30]
   b5c: 291940f9                       ldr x9, [x9, #0x30]
   b60: 3f0108eb                       cmp x9, x8
   b64: 41020054                       b.ne #0x48
   b68: 081c40f9                       ldr x8, [x0, #0x38]
   b6c: 881100b4                       cbz x8, #0x230
   b70: 092040f9                       ldr x9, [x0, #0x40]
   b74: 49030037                       tbnz w9, #0x0, #0x68
   b78: 280140f9                       ldr x8, [x9]
   b7c: 08050091                       add x8, x8, #0x1
   b80: 280100f9                       str x8, [x9]
   b84: a90200f9                       str x9, [x21]
   b88: 080040f9                       ldr x8, [x0]
   b8c: 080500f1                       subs x8, x8, #0x1
   b90: 080000f9                       str x8, [x0]
   b94: e0020054                       b.eq #0x5c
   b98: 880e40f9                       ldr x8, [x20, #0x18]
   b9c: 006540f9                       ldr x0, [x8, #0xc8]
   ba0: 096500f9                       str x9, [x8, #0xc8]
   ba4: 20030036                       tbz w0, #0x0, #0x64
   ba8: 1e000014                       b #0x78
   bac: 08000090                       adrp x8, #0
        # hole +0xbac: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   bb0: 080140f9                       ldr x8, [x8]
        # hole +0xbb0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   bb4: 04050191                       add x4, x8, #0x41
   bb8: 23008052                       mov w3, #0x1
   bbc: 45518052                       mov w5, #0x28a
   bc0: 3afdff17                       b #-0xb18
   bc4: 08000090                       adrp x8, #0
        # hole +0xbc4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   bc8: 080140f9                       ldr x8, [x8]
        # hole +0xbc8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   bcc: 04890091                       add x4, x8, #0x22
   bd0: 23008052                       mov w3, #0x1
   bd4: 852a8052                       mov w5, #0x154
   bd8: 34fdff17                       b #-0xb30
   bdc: a90200f9                       str x9, [x21]
   be0: 080040f9                       ldr x8, [x0]
   be4: 080500f1                       subs x8, x8, #0x1
   be8: 080000f9                       str x8, [x0]
   bec: 61fdff54                       b.ne #-0x54
   bf0: 00000094                       bl #0x0
        # hole +0xbf0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   bf4: a90240f9                       ldr x9, [x21]
   bf8: 880e40f9                       ldr x8, [x20, #0x18]
   bfc: 006540f9                       ldr x0, [x8, #0xc8]
   c00: 096500f9                       str x9, [x8, #0xc8]
   c04: e0000037                       tbnz w0, #0x0, #0x1c
   c08: 090040f9                       ldr x9, [x0]
   c0c: 290500f1                       subs x9, x9, #0x1
   c10: 090000f9                       str x9, [x0]
   c14: 61000054                       b.ne #0xc
   c18: 00000094                       bl #0x0
        # hole +0xc18: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c1c: 880e40f9                       ldr x8, [x20, #0x18]
   c20: 006940f9                       ldr x0, [x8, #0xd0]
   c24: 80040037                       tbnz w0, #0x0, #0x90
   c28: 090040f9                       ldr x9, [x0]
   c2c: 29050091                       add x9, x9, #0x1
   c30: 090000f9                       str x9, [x0]
   c34: a00200f9                       str x0, [x21]
   c38: 090840b9                       ldr w9, [x0, #0x8]
   c3c: 3f1d0071                       cmp w9, #0x7
   c40: c1030054                       b.ne #0x78
   c44: 091840f9                       ldr x9, [x0, #0x30]
   c48: 291940f9                       ldr x9, [x9, #0x30]
   c4c: 29ad42d1                       sub x9, x9, #0xab, lsl #12
   c50: 3fe928f1                       cmp x9, #0xa3a
   c54: 21030054                       b.ne #0x64
   c58: 091c40f9                       ldr x9, [x0, #0x38]
   c5c: 3f0900f1                       cmp x9, #0x2
   c60: a30a0054                       b.lo #0x154
   c64: 092440f9                       ldr x9, [x0, #0x48]
   c68: 49030037                       tbnz w9, #0x0, #0x68
   c6c: 2a0140f9                       ldr x10, [x9]
   c70: 4a050091                       add x10, x10, #0x1
   c74: 2a0100f9                       str x10, [x9]
   c78: a90200f9                       str x9, [x21]
   c7c: 0a0040f9                       ldr x10, [x0]
   c80: 4a0500f1                       subs x10, x10, #0x1
   c84: 0a0000f9                       str x10, [x0]
   c88: e0020054                       b.eq #0x5c
   c8c: 006d40f9                       ldr x0, [x8, #0xd8]
   c90: 096d00f9                       str x9, [x8, #0xd8]
   c94: 40030036                       tbz w0, #0x0, #0x68
   c98: 1e000014                       b #0x78
   c9c: 08000090                       adrp x8, #0
        # hole +0xc9c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   ca0: 080140f9                       ldr x8, [x8]
        # hole +0xca0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ca4: 04990091                       add x4, x8, #0x26
   ca8: 23008052                       mov w3, #0x1
   cac: 852f8052                       mov w5, #0x17c
   cb0: fefcff17                       b #-0xc08
   cb4: a00200f9                       str x0, [x21]
   cb8: 08000090                       adrp x8, #0
        # hole +0xcb8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   cbc: 080140f9                       ldr x8, [x8]
        # hole +0xcbc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   cc0: 04150191                       add x4, x8, #0x45
   cc4: 23008052                       mov w3, #0x1
   cc8: 45568052                       mov w5, #0x2b2
   ccc: f7fcff17                       b #-0xc24
   cd0: a90200f9                       str x9, [x21]
   cd4: 0a0040f9                       ldr x10, [x0]
   cd8: 4a0500f1                       subs x10, x10, #0x1
   cdc: 0a0000f9                       str x10, [x0]
   ce0: 61fdff54                       b.ne #-0x54
   ce4: 00000094                       bl #0x0
        # hole +0xce4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ce8: a90240f9                       ldr x9, [x21]
   cec: 880e40f9                       ldr x8, [x20, #0x18]
   cf0: 006d40f9                       ldr x0, [x8, #0xd8]
   cf4: 096d00f9                       str x9, [x8, #0xd8]
   cf8: c0000037                       tbnz w0, #0x0, #0x18
   cfc: 080040f9                       ldr x8, [x0]
   d00: 080500f1                       subs x8, x8, #0x1
   d04: 080000f9                       str x8, [x0]
   d08: 41000054                       b.ne #0x8
   d0c: 00000094                       bl #0x0
        # hole +0xd0c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d10: 08000090                       adrp x8, #0
        # hole +0xd10: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   d14: 080140f9                       ldr x8, [x8]
        # hole +0xd14: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   d18: 04290191                       add x4, x8, #0x4a
   d1c: 43008052                       mov w3, #0x2
   d20: 855c8052                       mov w5, #0x2e4
   d24: e00314aa                       mov x0, x20
   d28: e10315aa                       mov x1, x21
   d2c: e20316aa                       mov x2, x22
   d30: 00000094                       bl #0x0
        # hole +0xd30: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   d34: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   d38: c0035fd6                       ret
   d3c: 08000090                       adrp x8, #0
        # hole +0xd3c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   d40: 080140f9                       ldr x8, [x8]
        # hole +0xd40: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   d44: 04b10091                       add x4, x8, #0x2c
   d48: 23008052                       mov w3, #0x1
   d4c: 05378052                       mov w5, #0x1b8
   d50: d6fcff17                       b #-0xca8
   d54: 08000090                       adrp x8, #0
        # hole +0xd54: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   d58: 080140f9                       ldr x8, [x8]
        # hole +0xd58: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   d5c: 04c90091                       add x4, x8, #0x32
   d60: 23008052                       mov w3, #0x1
   d64: 853e8052                       mov w5, #0x1f4
   d68: d0fcff17                       b #-0xcc0
   d6c: 08000090                       adrp x8, #0
        # hole +0xd6c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   d70: 080140f9                       ldr x8, [x8]
        # hole +0xd70: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   d74: 04d90091                       add x4, x8, #0x36
   d78: 23008052                       mov w3, #0x1
   d7c: 85438052                       mov w5, #0x21c
   d80: cafcff17                       b #-0xcd8
   d84: 08000090                       adrp x8, #0
        # hole +0xd84: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   d88: 080140f9                       ldr x8, [x8]
        # hole +0xd88: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   d8c: 04f10091                       add x4, x8, #0x3c
   d90: 23008052                       mov w3, #0x1
   d94: 054b8052                       mov w5, #0x258
   d98: c4fcff17                       b #-0xcf0
   d9c: 08000090                       adrp x8, #0
        # hole +0xd9c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   da0: 080140f9                       ldr x8, [x8]
        # hole +0xda0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   da4: 04090191                       add x4, x8, #0x42
   da8: 23008052                       mov w3, #0x1
   dac: 85528052                       mov w5, #0x294
   db0: befcff17                       b #-0xd08
   db4: 08000090                       adrp x8, #0
        # hole +0xdb4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   db8: 080140f9                       ldr x8, [x8]
        # hole +0xdb8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   dbc: 04190191                       add x4, x8, #0x46
   dc0: 23008052                       mov w3, #0x1
   dc4: 85578052                       mov w5, #0x2bc
   dc8: b8fcff17                       b #-0xd20
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[65]+0
        # hole data+0x10: GOT Abs64 operand0[53]+0
        # hole data+0x18: GOT Abs64 operand0[49]+0
        # hole data+0x20: GOT Abs64 operand0[43]+0
        # hole data+0x28: GOT Abs64 operand0[33]+0
        # hole data+0x30: GOT Abs64 operand0[21]+0
        # hole data+0x38: GOT Abs64 operand0[17]+0
        # hole data+0x40: GOT Abs64 operand0[11]+0
        # hole data+0x48: GOT Abs64 operand0[1]+0
