# stencil startup_attrs for aarch64-apple-darwin: 3484 code bytes, 80 data bytes, 59 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: e10315aa                       mov x1, x21
    20: 208400f8                       str x0, [x1], #0x8
    24: 20030037                       tbnz w0, #0x0, #0x64
    28: 080840b9                       ldr w8, [x0, #0x8]
    2c: 1f1d0071                       cmp w8, #0x7
    30: 41030054                       b.ne #0x68
    34: 08000090                       adrp x8, #0
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+72
    38: 080140f9                       ldr x8, [x8]
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+72
    3c: 091840f9                       ldr x9, [x0, #0x30]
    40: 291940f9                       ldr x9, [x9, #0x30]
    44: 3f0108eb                       cmp x9, x8
    48: 81020054                       b.ne #0x50
    4c: 081c40f9                       ldr x8, [x0, #0x38]
    50: 1f0d00f1                       cmp x8, #0x3
    54: 63270054                       b.lo #0x4ec
    58: 092840f9                       ldr x9, [x0, #0x50]
    5c: 69020036                       tbz w9, #0x0, #0x4c
    60: a90200f9                       str x9, [x21]
    64: 080040f9                       ldr x8, [x0]
    68: 080500f1                       subs x8, x8, #0x1
    6c: 080000f9                       str x8, [x0]
    70: c0020054                       b.eq #0x58
    74: 880e40f9                       ldr x8, [x20, #0x18]
    78: 000540f9                       ldr x0, [x8, #0x8]
    7c: 090500f9                       str x9, [x8, #0x8]
    80: 40030036                       tbz w0, #0x0, #0x68
    84: 21000014                       b #0x84
    88: 23008052                       mov w3, #0x1
    8c: 45018052                       mov w5, #0xa
    90: 28008052                       mov w8, #0x1
    94: 3c000014                       b #0xf0
    98: 28008052                       mov w8, #0x1
    9c: 45018052                       mov w5, #0xa
    a0: e30308aa                       mov x3, x8
    a4: 38000014                       b #0xe0
    a8: 280140f9                       ldr x8, [x9]
    ac: 08050091                       add x8, x8, #0x1
    b0: 280100f9                       str x8, [x9]
    b4: a90200f9                       str x9, [x21]
    b8: 080040f9                       ldr x8, [x0]
    bc: 080500f1                       subs x8, x8, #0x1
    c0: 080000f9                       str x8, [x0]
    c4: 81fdff54                       b.ne #-0x50
    c8: f30301aa                       mov x19, x1
    cc: 00000094                       bl #0x0
        # hole +0xcc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    d0: e10313aa                       mov x1, x19
    d4: a90240f9                       ldr x9, [x21]
    d8: 880e40f9                       ldr x8, [x20, #0x18]
    dc: 000540f9                       ldr x0, [x8, #0x8]
    e0: 090500f9                       str x9, [x8, #0x8]
    e4: 20010037                       tbnz w0, #0x0, #0x24
    e8: 090040f9                       ldr x9, [x0]
    ec: 290500f1                       subs x9, x9, #0x1
    f0: 090000f9                       str x9, [x0]
    f4: a1000054                       b.ne #0x14
    f8: f30301aa                       mov x19, x1
    fc: 00000094                       bl #0x0
        # hole +0xfc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   100: e10313aa                       mov x1, x19
   104: 880e40f9                       ldr x8, [x20, #0x18]
   108: 000940f9                       ldr x0, [x8, #0x10]
   10c: 40030037                       tbnz w0, #0x0, #0x68
   110: 090040f9                       ldr x9, [x0]
   114: 29050091                       add x9, x9, #0x1
   118: 090000f9                       str x9, [x0]
   11c: a00200f9                       str x0, [x21]
   120: 090840b9                       ldr w9, [x0, #0x8]
   124: 3f1d0071                       cmp w9, #0x7
   128: 81020054                       b.ne #0x50
   12c: 091840f9                       ldr x9, [x0, #0x30]
   130: 291940f9                       ldr x9, [x9, #0x30]
   134: 292541d1                       sub x9, x9, #0x49, lsl #12
   138: 3fbd00f1                       cmp x9, #0x2f
   13c: e1010054                       b.ne #0x3c
   140: 091c40f9                       ldr x9, [x0, #0x38]
   144: 692800b4                       cbz x9, #0x50c
   148: 092040f9                       ldr x9, [x0, #0x40]
   14c: c9020036                       tbz w9, #0x0, #0x58
   150: a90200f9                       str x9, [x21]
   154: 0a0040f9                       ldr x10, [x0]
   158: 4a0500f1                       subs x10, x10, #0x1
   15c: 0a0000f9                       str x10, [x0]
   160: 20030054                       b.eq #0x64
   164: 000d40f9                       ldr x0, [x8, #0x18]
   168: 090d00f9                       str x9, [x8, #0x18]
   16c: c0030036                       tbz w0, #0x0, #0x78
   170: 25000014                       b #0x94
   174: a00200f9                       str x0, [x21]
   178: 23008052                       mov w3, #0x1
   17c: 45068052                       mov w5, #0x32
   180: a8008052                       mov w8, #0x5
   184: 09000090                       adrp x9, #0
        # hole +0x184: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
   188: 290140f9                       ldr x9, [x9]
        # hole +0x188: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
   18c: 2401088b                       add x4, x9, x8
   190: e00314aa                       mov x0, x20
   194: e20316aa                       mov x2, x22
   198: 00000094                       bl #0x0
        # hole +0x198: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   19c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1a0: c0035fd6                       ret
   1a4: 2a0140f9                       ldr x10, [x9]
   1a8: 4a050091                       add x10, x10, #0x1
   1ac: 2a0100f9                       str x10, [x9]
   1b0: a90200f9                       str x9, [x21]
   1b4: 0a0040f9                       ldr x10, [x0]
   1b8: 4a0500f1                       subs x10, x10, #0x1
   1bc: 0a0000f9                       str x10, [x0]
   1c0: 21fdff54                       b.ne #-0x5c
   1c4: f30301aa                       mov x19, x1
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: e10313aa                       mov x1, x19
   1d0: a90240f9                       ldr x9, [x21]
   1d4: 880e40f9                       ldr x8, [x20, #0x18]
   1d8: 000d40f9                       ldr x0, [x8, #0x18]
   1dc: 090d00f9                       str x9, [x8, #0x18]
   1e0: 20010037                       tbnz w0, #0x0, #0x24
   1e4: 090040f9                       ldr x9, [x0]
   1e8: 290500f1                       subs x9, x9, #0x1
   1ec: 090000f9                       str x9, [x0]
   1f0: a1000054                       b.ne #0x14
   1f4: f30301aa                       mov x19, x1
   1f8: 00000094                       bl #0x0
        # hole +0x1f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1fc: e10313aa                       mov x1, x19
   200: 880e40f9                       ldr x8, [x20, #0x18]
   204: 001140f9                       ldr x0, [x8, #0x20]
   208: 80000037                       tbnz w0, #0x0, #0x10
   20c: 080040f9                       ldr x8, [x0]
   210: 08050091                       add x8, x8, #0x1
   214: 080000f9                       str x8, [x0]
   218: a00200f9                       str x0, [x21]
   21c: 00030037                       tbnz w0, #0x0, #0x60
   220: 080840b9                       ldr w8, [x0, #0x8]
   224: 1f1d0071                       cmp w8, #0x7
   228: a1020054                       b.ne #0x54
   22c: 08000090                       adrp x8, #0
        # hole +0x22c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   230: 080140f9                       ldr x8, [x8]
        # hole +0x230: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   234: 091840f9                       ldr x9, [x0, #0x30]
   238: 291940f9                       ldr x9, [x9, #0x30]
   23c: 3f0108eb                       cmp x9, x8
   240: e1010054                       b.ne #0x3c
   244: 081c40f9                       ldr x8, [x0, #0x38]
   248: 882700b4                       cbz x8, #0x4f0
   24c: 082040f9                       ldr x8, [x0, #0x40]
   250: e8010036                       tbz w8, #0x0, #0x3c
   254: a80200f9                       str x8, [x21]
   258: 090040f9                       ldr x9, [x0]
   25c: 290500f1                       subs x9, x9, #0x1
   260: 090000f9                       str x9, [x0]
   264: 40020054                       b.eq #0x48
   268: 890e40f9                       ldr x9, [x20, #0x18]
   26c: 201540f9                       ldr x0, [x9, #0x28]
   270: 281500f9                       str x8, [x9, #0x28]
   274: c0020036                       tbz w0, #0x0, #0x58
   278: 1d000014                       b #0x74
   27c: 23008052                       mov w3, #0x1
   280: c50d8052                       mov w5, #0x6e
   284: 68018052                       mov w8, #0xb
   288: bfffff17                       b #-0x104
   28c: 090140f9                       ldr x9, [x8]
   290: 29050091                       add x9, x9, #0x1
   294: 090100f9                       str x9, [x8]
   298: a80200f9                       str x8, [x21]
   29c: 090040f9                       ldr x9, [x0]
   2a0: 290500f1                       subs x9, x9, #0x1
   2a4: 090000f9                       str x9, [x0]
   2a8: 01feff54                       b.ne #-0x40
   2ac: f30301aa                       mov x19, x1
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2b4: e10313aa                       mov x1, x19
   2b8: a80240f9                       ldr x8, [x21]
   2bc: 890e40f9                       ldr x9, [x20, #0x18]
   2c0: 201540f9                       ldr x0, [x9, #0x28]
   2c4: 281500f9                       str x8, [x9, #0x28]
   2c8: 20010037                       tbnz w0, #0x0, #0x24
   2cc: 080040f9                       ldr x8, [x0]
   2d0: 080500f1                       subs x8, x8, #0x1
   2d4: 080000f9                       str x8, [x0]
   2d8: a1000054                       b.ne #0x14
   2dc: f30301aa                       mov x19, x1
   2e0: 00000094                       bl #0x0
        # hole +0x2e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2e4: e10313aa                       mov x1, x19
   2e8: 890e40f9                       ldr x9, [x20, #0x18]
   2ec: 201940f9                       ldr x0, [x9, #0x30]
   2f0: 80000037                       tbnz w0, #0x0, #0x10
   2f4: 080040f9                       ldr x8, [x0]
   2f8: 08050091                       add x8, x8, #0x1
   2fc: 080000f9                       str x8, [x0]
   300: a00200f9                       str x0, [x21]
   304: 20030037                       tbnz w0, #0x0, #0x64
   308: 080840b9                       ldr w8, [x0, #0x8]
   30c: 1f1d0071                       cmp w8, #0x7
   310: c1020054                       b.ne #0x58
   314: 08000090                       adrp x8, #0
        # hole +0x314: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   318: 080140f9                       ldr x8, [x8]
        # hole +0x318: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   31c: 091840f9                       ldr x9, [x0, #0x30]
   320: 291940f9                       ldr x9, [x9, #0x30]
   324: 3f0108eb                       cmp x9, x8
   328: 01020054                       b.ne #0x40
   32c: 081c40f9                       ldr x8, [x0, #0x38]
   330: 1f0d00f1                       cmp x8, #0x3
   334: 83270054                       b.lo #0x4f0
   338: 082840f9                       ldr x8, [x0, #0x50]
   33c: e8010036                       tbz w8, #0x0, #0x3c
   340: a80200f9                       str x8, [x21]
   344: 090040f9                       ldr x9, [x0]
   348: 290500f1                       subs x9, x9, #0x1
   34c: 090000f9                       str x9, [x0]
   350: 40020054                       b.eq #0x48
   354: 890e40f9                       ldr x9, [x20, #0x18]
   358: 201d40f9                       ldr x0, [x9, #0x38]
   35c: 281d00f9                       str x8, [x9, #0x38]
   360: c0020036                       tbz w0, #0x0, #0x58
   364: 1d000014                       b #0x74
   368: 23008052                       mov w3, #0x1
   36c: 45158052                       mov w5, #0xaa
   370: 28028052                       mov w8, #0x11
   374: 84ffff17                       b #-0x1f0
   378: 090140f9                       ldr x9, [x8]
   37c: 29050091                       add x9, x9, #0x1
   380: 090100f9                       str x9, [x8]
   384: a80200f9                       str x8, [x21]
   388: 090040f9                       ldr x9, [x0]
   38c: 290500f1                       subs x9, x9, #0x1
   390: 090000f9                       str x9, [x0]
   394: 01feff54                       b.ne #-0x40
   398: f30301aa                       mov x19, x1
   39c: 00000094                       bl #0x0
        # hole +0x39c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3a0: e10313aa                       mov x1, x19
   3a4: a80240f9                       ldr x8, [x21]
   3a8: 890e40f9                       ldr x9, [x20, #0x18]
   3ac: 201d40f9                       ldr x0, [x9, #0x38]
   3b0: 281d00f9                       str x8, [x9, #0x38]
   3b4: 20010037                       tbnz w0, #0x0, #0x24
   3b8: 080040f9                       ldr x8, [x0]
   3bc: 080500f1                       subs x8, x8, #0x1
   3c0: 080000f9                       str x8, [x0]
   3c4: a1000054                       b.ne #0x14
   3c8: f30301aa                       mov x19, x1
   3cc: 00000094                       bl #0x0
        # hole +0x3cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3d0: e10313aa                       mov x1, x19
   3d4: 890e40f9                       ldr x9, [x20, #0x18]
   3d8: 202140f9                       ldr x0, [x9, #0x40]
   3dc: 80000037                       tbnz w0, #0x0, #0x10
   3e0: 080040f9                       ldr x8, [x0]
   3e4: 08050091                       add x8, x8, #0x1
   3e8: 080000f9                       str x8, [x0]
   3ec: a00200f9                       str x0, [x21]
   3f0: 00030037                       tbnz w0, #0x0, #0x60
   3f4: 080840b9                       ldr w8, [x0, #0x8]
   3f8: 1f1d0071                       cmp w8, #0x7
   3fc: a1020054                       b.ne #0x54
   400: 08000090                       adrp x8, #0
        # hole +0x400: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   404: 080140f9                       ldr x8, [x8]
        # hole +0x404: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   408: 091840f9                       ldr x9, [x0, #0x30]
   40c: 291940f9                       ldr x9, [x9, #0x30]
   410: 3f0108eb                       cmp x9, x8
   414: e1010054                       b.ne #0x3c
   418: 081c40f9                       ldr x8, [x0, #0x38]
   41c: c82700b4                       cbz x8, #0x4f8
   420: 092040f9                       ldr x9, [x0, #0x40]
   424: e9010036                       tbz w9, #0x0, #0x3c
   428: a90200f9                       str x9, [x21]
   42c: 080040f9                       ldr x8, [x0]
   430: 080500f1                       subs x8, x8, #0x1
   434: 080000f9                       str x8, [x0]
   438: 40020054                       b.eq #0x48
   43c: 880e40f9                       ldr x8, [x20, #0x18]
   440: 002540f9                       ldr x0, [x8, #0x48]
   444: 092500f9                       str x9, [x8, #0x48]
   448: c0020036                       tbz w0, #0x0, #0x58
   44c: 1d000014                       b #0x74
   450: 23008052                       mov w3, #0x1
   454: 451a8052                       mov w5, #0xd2
   458: a8028052                       mov w8, #0x15
   45c: 4affff17                       b #-0x2d8
   460: 280140f9                       ldr x8, [x9]
   464: 08050091                       add x8, x8, #0x1
   468: 280100f9                       str x8, [x9]
   46c: a90200f9                       str x9, [x21]
   470: 080040f9                       ldr x8, [x0]
   474: 080500f1                       subs x8, x8, #0x1
   478: 080000f9                       str x8, [x0]
   47c: 01feff54                       b.ne #-0x40
   480: f30301aa                       mov x19, x1
   484: 00000094                       bl #0x0
        # hole +0x484: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   488: e10313aa                       mov x1, x19
   48c: a90240f9                       ldr x9, [x21]
   490: 880e40f9                       ldr x8, [x20, #0x18]
   494: 002540f9                       ldr x0, [x8, #0x48]
   498: 092500f9                       str x9, [x8, #0x48]
   49c: 20010037                       tbnz w0, #0x0, #0x24
   4a0: 090040f9                       ldr x9, [x0]
   4a4: 290500f1                       subs x9, x9, #0x1
   4a8: 090000f9                       str x9, [x0]
   4ac: a1000054                       b.ne #0x14
   4b0: f30301aa                       mov x19, x1
   4b4: 00000094                       bl #0x0
        # hole +0x4b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   4b8: e10313aa                       mov x1, x19
   4bc: 880e40f9                       ldr x8, [x20, #0x18]
   4c0: 002940f9                       ldr x0, [x8, #0x50]
   4c4: 40030037                       tbnz w0, #0x0, #0x68
   4c8: 090040f9                       ldr x9, [x0]
   4cc: 29050091                       add x9, x9, #0x1
   4d0: 090000f9                       str x9, [x0]
   4d4: a00200f9                       str x0, [x21]
   4d8: 090840b9                       ldr w9, [x0, #0x8]
   4dc: 3f1d0071                       cmp w9, #0x7
   4e0: 81020054                       b.ne #0x50
   4e4: 091840f9                       ldr x9, [x0, #0x30]
   4e8: 291940f9                       ldr x9, [x9, #0x30]
   4ec: 293d43d1                       sub x9, x9, #0xcf, lsl #12
   4f0: 3f690af1                       cmp x9, #0x29a
   4f4: e1010054                       b.ne #0x3c
   4f8: 091c40f9                       ldr x9, [x0, #0x38]
   4fc: 292800b4                       cbz x9, #0x504
   500: 092040f9                       ldr x9, [x0, #0x40]
   504: 69020036                       tbz w9, #0x0, #0x4c
   508: a90200f9                       str x9, [x21]
   50c: 0a0040f9                       ldr x10, [x0]
   510: 4a0500f1                       subs x10, x10, #0x1
   514: 0a0000f9                       str x10, [x0]
   518: c0020054                       b.eq #0x58
   51c: 002d40f9                       ldr x0, [x8, #0x58]
   520: 092d00f9                       str x9, [x8, #0x58]
   524: 60030036                       tbz w0, #0x0, #0x6c
   528: 22000014                       b #0x88
   52c: a00200f9                       str x0, [x21]
   530: 23008052                       mov w3, #0x1
   534: c5218052                       mov w5, #0x10e
   538: 68038052                       mov w8, #0x1b
   53c: 12ffff17                       b #-0x3b8
   540: 23008052                       mov w3, #0x1
   544: 85028052                       mov w5, #0x14
   548: 48008052                       mov w8, #0x2
   54c: 0effff17                       b #-0x3c8
   550: 2a0140f9                       ldr x10, [x9]
   554: 4a050091                       add x10, x10, #0x1
   558: 2a0100f9                       str x10, [x9]
   55c: a90200f9                       str x9, [x21]
   560: 0a0040f9                       ldr x10, [x0]
   564: 4a0500f1                       subs x10, x10, #0x1
   568: 0a0000f9                       str x10, [x0]
   56c: 81fdff54                       b.ne #-0x50
   570: f30301aa                       mov x19, x1
   574: 00000094                       bl #0x0
        # hole +0x574: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   578: e10313aa                       mov x1, x19
   57c: a90240f9                       ldr x9, [x21]
   580: 880e40f9                       ldr x8, [x20, #0x18]
   584: 002d40f9                       ldr x0, [x8, #0x58]
   588: 092d00f9                       str x9, [x8, #0x58]
   58c: 20010037                       tbnz w0, #0x0, #0x24
   590: 090040f9                       ldr x9, [x0]
   594: 290500f1                       subs x9, x9, #0x1
   598: 090000f9                       str x9, [x0]
   59c: a1000054                       b.ne #0x14
   5a0: f30301aa                       mov x19, x1
   5a4: 00000094                       bl #0x0
        # hole +0x5a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5a8: e10313aa                       mov x1, x19
   5ac: 880e40f9                       ldr x8, [x20, #0x18]
   5b0: 003140f9                       ldr x0, [x8, #0x60]
   5b4: 80000037                       tbnz w0, #0x0, #0x10
   5b8: 080040f9                       ldr x8, [x0]
   5bc: 08050091                       add x8, x8, #0x1
   5c0: 080000f9                       str x8, [x0]
   5c4: a00200f9                       str x0, [x21]
   5c8: 20030037                       tbnz w0, #0x0, #0x64
   5cc: f30301aa                       mov x19, x1
   5d0: 080840b9                       ldr w8, [x0, #0x8]
   5d4: 1f1d0071                       cmp w8, #0x7
   5d8: 21030054                       b.ne #0x64
   5dc: 08000090                       adrp x8, #0
        # hole +0x5dc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   5e0: 080140f9                       ldr x8, [x8]
        # hole +0x5e0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   5e4: 091840f9                       ldr x9, [x0, #0x30]
   5e8: 291940f9                       ldr x9, [x9, #0x30]
   5ec: 3f0108eb                       cmp x9, x8
   5f0: 61020054                       b.ne #0x4c
   5f4: 081c40f9                       ldr x8, [x0, #0x38]
   5f8: 882700b4                       cbz x8, #0x4f0
   5fc: 092040f9                       ldr x9, [x0, #0x40]
   600: 09030036                       tbz w9, #0x0, #0x60
   604: a90200f9                       str x9, [x21]
   608: 080040f9                       ldr x8, [x0]
   60c: 080500f1                       subs x8, x8, #0x1
   610: 080000f9                       str x8, [x0]
   614: 60030054                       b.eq #0x6c
   618: 880e40f9                       ldr x8, [x20, #0x18]
   61c: 003540f9                       ldr x0, [x8, #0x68]
   620: 093500f9                       str x9, [x8, #0x68]
   624: a0030036                       tbz w0, #0x0, #0x74
   628: 22000014                       b #0x88
   62c: 23008052                       mov w3, #0x1
   630: 45298052                       mov w5, #0x14a
   634: 28048052                       mov w8, #0x21
   638: d3feff17                       b #-0x4b4
   63c: 23008052                       mov w3, #0x1
   640: 45298052                       mov w5, #0x14a
   644: 28048052                       mov w8, #0x21
   648: e10313aa                       mov x1, x19
   64c: cefeff17                       b #-0x4c8
   650: 23008052                       mov w3, #0x1
   654: 85078052                       mov w5, #0x3c
   658: c8008052                       mov w8, #0x6
   65c: cafeff17                       b #-0x4d8
   660: 280140f9                       ldr x8, [x9]
   664: 08050091                       add x8, x8, #0x1
   668: 280100f9                       str x8, [x9]
   66c: a90200f9                       str x9, [x21]
   670: 080040f9                       ldr x8, [x0]
   674: 080500f1                       subs x8, x8, #0x1
   678: 080000f9                       str x8, [x0]
   67c: e1fcff54                       b.ne #-0x64
   680: 00000094                       bl #0x0
        # hole +0x680: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   684: a90240f9                       ldr x9, [x21]
   688: 880e40f9                       ldr x8, [x20, #0x18]
   68c: 003540f9                       ldr x0, [x8, #0x68]
   690: 093500f9                       str x9, [x8, #0x68]
   694: e0000037                       tbnz w0, #0x0, #0x1c
   698: 090040f9                       ldr x9, [x0]
   69c: 290500f1                       subs x9, x9, #0x1
   6a0: 090000f9                       str x9, [x0]
   6a4: 61000054                       b.ne #0xc
   6a8: 00000094                       bl #0x0
        # hole +0x6a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6ac: 880e40f9                       ldr x8, [x20, #0x18]
   6b0: 003940f9                       ldr x0, [x8, #0x70]
   6b4: 60030037                       tbnz w0, #0x0, #0x6c
   6b8: 090040f9                       ldr x9, [x0]
   6bc: 29050091                       add x9, x9, #0x1
   6c0: 090000f9                       str x9, [x0]
   6c4: a00200f9                       str x0, [x21]
   6c8: 090840b9                       ldr w9, [x0, #0x8]
   6cc: 3f1d0071                       cmp w9, #0x7
   6d0: a1020054                       b.ne #0x54
   6d4: 091840f9                       ldr x9, [x0, #0x30]
   6d8: 291940f9                       ldr x9, [x9, #0x30]
   6dc: 29e540d1                       sub x9, x9, #0x39, lsl #12
   6e0: 3f5127f1                       cmp x9, #0x9d4
   6e4: 01020054                       b.ne #0x40
   6e8: 091c40f9                       ldr x9, [x0, #0x38]
   6ec: 3f0900f1                       cmp x9, #0x2
   6f0: 43270054                       b.lo #0x4e8
   6f4: 092440f9                       ldr x9, [x0, #0x48]
   6f8: 89020036                       tbz w9, #0x0, #0x50
   6fc: a90200f9                       str x9, [x21]
   700: 0a0040f9                       ldr x10, [x0]
   704: 4a0500f1                       subs x10, x10, #0x1
   708: 0a0000f9                       str x10, [x0]
   70c: e0020054                       b.eq #0x5c
   710: 003d40f9                       ldr x0, [x8, #0x78]
   714: 093d00f9                       str x9, [x8, #0x78]
   718: 40030036                       tbz w0, #0x0, #0x68
   71c: 1f000014                       b #0x7c
   720: a00200f9                       str x0, [x21]
   724: 23008052                       mov w3, #0x1
   728: 452e8052                       mov w5, #0x172
   72c: a8048052                       mov w8, #0x25
   730: e10313aa                       mov x1, x19
   734: 94feff17                       b #-0x5b0
   738: 23008052                       mov w3, #0x1
   73c: 050f8052                       mov w5, #0x78
   740: 88018052                       mov w8, #0xc
   744: 90feff17                       b #-0x5c0
   748: 2a0140f9                       ldr x10, [x9]
   74c: 4a050091                       add x10, x10, #0x1
   750: 2a0100f9                       str x10, [x9]
   754: a90200f9                       str x9, [x21]
   758: 0a0040f9                       ldr x10, [x0]
   75c: 4a0500f1                       subs x10, x10, #0x1
   760: 0a0000f9                       str x10, [x0]
   764: 61fdff54                       b.ne #-0x54
   768: 00000094                       bl #0x0
        # hole +0x768: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   76c: a90240f9                       ldr x9, [x21]
   770: 880e40f9                       ldr x8, [x20, #0x18]
   774: 003d40f9                       ldr x0, [x8, #0x78]
   778: 093d00f9                       str x9, [x8, #0x78]
   77c: e0000037                       tbnz w0, #0x0, #0x1c
   780: 090040f9                       ldr x9, [x0]
   784: 290500f1                       subs x9, x9, #0x1
   788: 090000f9                       str x9, [x0]
   78c: 61000054                       b.ne #0xc
   790: 00000094                       bl #0x0
        # hole +0x790: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   794: 880e40f9                       ldr x8, [x20, #0x18]
   798: 004140f9                       ldr x0, [x8, #0x80]
   79c: 80000037                       tbnz w0, #0x0, #0x10
   7a0: 080040f9                       ldr x8, [x0]
   7a4: 08050091                       add x8, x8, #0x1
   7a8: 080000f9                       str x8, [x0]
   7ac: a00200f9                       str x0, [x21]
   7b0: 00030037                       tbnz w0, #0x0, #0x60
   7b4: 080840b9                       ldr w8, [x0, #0x8]
   7b8: 1f1d0071                       cmp w8, #0x7
   7bc: a1020054                       b.ne #0x54
   7c0: 08000090                       adrp x8, #0
        # hole +0x7c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   7c4: 080140f9                       ldr x8, [x8]
        # hole +0x7c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   7c8: 091840f9                       ldr x9, [x0, #0x30]
   7cc: 291940f9                       ldr x9, [x9, #0x30]
   7d0: 3f0108eb                       cmp x9, x8
   7d4: e1010054                       b.ne #0x3c
   7d8: 081c40f9                       ldr x8, [x0, #0x38]
   7dc: 482700b4                       cbz x8, #0x4e8
   7e0: 082040f9                       ldr x8, [x0, #0x40]
   7e4: 88020036                       tbz w8, #0x0, #0x50
   7e8: a80200f9                       str x8, [x21]
   7ec: 090040f9                       ldr x9, [x0]
   7f0: 290500f1                       subs x9, x9, #0x1
   7f4: 090000f9                       str x9, [x0]
   7f8: e0020054                       b.eq #0x5c
   7fc: 890e40f9                       ldr x9, [x20, #0x18]
   800: 204540f9                       ldr x0, [x9, #0x88]
   804: 284500f9                       str x8, [x9, #0x88]
   808: 20030036                       tbz w0, #0x0, #0x64
   80c: 1e000014                       b #0x78
   810: 23008052                       mov w3, #0x1
   814: c5358052                       mov w5, #0x1ae
   818: 68058052                       mov w8, #0x2b
   81c: e10313aa                       mov x1, x19
   820: 59feff17                       b #-0x69c
   824: 23008052                       mov w3, #0x1
   828: 85168052                       mov w5, #0xb4
   82c: 48028052                       mov w8, #0x12
   830: 55feff17                       b #-0x6ac
   834: 090140f9                       ldr x9, [x8]
   838: 29050091                       add x9, x9, #0x1
   83c: 090100f9                       str x9, [x8]
   840: a80200f9                       str x8, [x21]
   844: 090040f9                       ldr x9, [x0]
   848: 290500f1                       subs x9, x9, #0x1
   84c: 090000f9                       str x9, [x0]
   850: 61fdff54                       b.ne #-0x54
   854: 00000094                       bl #0x0
        # hole +0x854: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   858: a80240f9                       ldr x8, [x21]
   85c: 890e40f9                       ldr x9, [x20, #0x18]
   860: 204540f9                       ldr x0, [x9, #0x88]
   864: 284500f9                       str x8, [x9, #0x88]
   868: e0000037                       tbnz w0, #0x0, #0x1c
   86c: 080040f9                       ldr x8, [x0]
   870: 080500f1                       subs x8, x8, #0x1
   874: 080000f9                       str x8, [x0]
   878: 61000054                       b.ne #0xc
   87c: 00000094                       bl #0x0
        # hole +0x87c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   880: 890e40f9                       ldr x9, [x20, #0x18]
   884: 204940f9                       ldr x0, [x9, #0x90]
   888: 80000037                       tbnz w0, #0x0, #0x10
   88c: 080040f9                       ldr x8, [x0]
   890: 08050091                       add x8, x8, #0x1
   894: 080000f9                       str x8, [x0]
   898: a00200f9                       str x0, [x21]
   89c: 20030037                       tbnz w0, #0x0, #0x64
   8a0: 080840b9                       ldr w8, [x0, #0x8]
   8a4: 1f1d0071                       cmp w8, #0x7
   8a8: c1020054                       b.ne #0x58
   8ac: 08000090                       adrp x8, #0
        # hole +0x8ac: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   8b0: 080140f9                       ldr x8, [x8]
        # hole +0x8b0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   8b4: 091840f9                       ldr x9, [x0, #0x30]
   8b8: 291940f9                       ldr x9, [x9, #0x30]
   8bc: 3f0108eb                       cmp x9, x8
   8c0: 01020054                       b.ne #0x40
   8c4: 081c40f9                       ldr x8, [x0, #0x38]
   8c8: 1f1100f1                       cmp x8, #0x4
   8cc: 63230054                       b.lo #0x46c
   8d0: 082c40f9                       ldr x8, [x0, #0x58]
   8d4: 88020036                       tbz w8, #0x0, #0x50
   8d8: a80200f9                       str x8, [x21]
   8dc: 090040f9                       ldr x9, [x0]
   8e0: 290500f1                       subs x9, x9, #0x1
   8e4: 090000f9                       str x9, [x0]
   8e8: e0020054                       b.eq #0x5c
   8ec: 890e40f9                       ldr x9, [x20, #0x18]
   8f0: 204d40f9                       ldr x0, [x9, #0x98]
   8f4: 284d00f9                       str x8, [x9, #0x98]
   8f8: 20030036                       tbz w0, #0x0, #0x64
   8fc: 1e000014                       b #0x78
   900: 23008052                       mov w3, #0x1
   904: 453d8052                       mov w5, #0x1ea
   908: 28068052                       mov w8, #0x31
   90c: e10313aa                       mov x1, x19
   910: 1dfeff17                       b #-0x78c
   914: 23008052                       mov w3, #0x1
   918: 851b8052                       mov w5, #0xdc
   91c: c8028052                       mov w8, #0x16
   920: 19feff17                       b #-0x79c
   924: 090140f9                       ldr x9, [x8]
   928: 29050091                       add x9, x9, #0x1
   92c: 090100f9                       str x9, [x8]
   930: a80200f9                       str x8, [x21]
   934: 090040f9                       ldr x9, [x0]
   938: 290500f1                       subs x9, x9, #0x1
   93c: 090000f9                       str x9, [x0]
   940: 61fdff54                       b.ne #-0x54
   944: 00000094                       bl #0x0
        # hole +0x944: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   948: a80240f9                       ldr x8, [x21]
   94c: 890e40f9                       ldr x9, [x20, #0x18]
   950: 204d40f9                       ldr x0, [x9, #0x98]
   954: 284d00f9                       str x8, [x9, #0x98]
   958: e0000037                       tbnz w0, #0x0, #0x1c
   95c: 080040f9                       ldr x8, [x0]
   960: 080500f1                       subs x8, x8, #0x1
   964: 080000f9                       str x8, [x0]
   968: 61000054                       b.ne #0xc
   96c: 00000094                       bl #0x0
        # hole +0x96c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   970: 890e40f9                       ldr x9, [x20, #0x18]
   974: 205140f9                       ldr x0, [x9, #0xa0]
   978: 80000037                       tbnz w0, #0x0, #0x10
   97c: 080040f9                       ldr x8, [x0]
   980: 08050091                       add x8, x8, #0x1
   984: 080000f9                       str x8, [x0]
   988: a00200f9                       str x0, [x21]
   98c: 00030037                       tbnz w0, #0x0, #0x60
   990: 080840b9                       ldr w8, [x0, #0x8]
   994: 1f1d0071                       cmp w8, #0x7
   998: a1020054                       b.ne #0x54
   99c: 08000090                       adrp x8, #0
        # hole +0x99c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   9a0: 080140f9                       ldr x8, [x8]
        # hole +0x9a0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   9a4: 091840f9                       ldr x9, [x0, #0x30]
   9a8: 291940f9                       ldr x9, [x9, #0x30]
   9ac: 3f0108eb                       cmp x9, x8
   9b0: e1010054                       b.ne #0x3c
   9b4: 081c40f9                       ldr x8, [x0, #0x38]
   9b8: a81c00b4                       cbz x8, #0x394
   9bc: 092040f9                       ldr x9, [x0, #0x40]
   9c0: 89020036                       tbz w9, #0x0, #0x50
   9c4: a90200f9                       str x9, [x21]
   9c8: 080040f9                       ldr x8, [x0]
   9cc: 080500f1                       subs x8, x8, #0x1
   9d0: 080000f9                       str x8, [x0]
   9d4: e0020054                       b.eq #0x5c
   9d8: 880e40f9                       ldr x8, [x20, #0x18]
   9dc: 005540f9                       ldr x0, [x8, #0xa8]
   9e0: 095500f9                       str x9, [x8, #0xa8]
   9e4: 20030036                       tbz w0, #0x0, #0x64
   9e8: 1e000014                       b #0x78
   9ec: 23008052                       mov w3, #0x1
   9f0: 45428052                       mov w5, #0x212
   9f4: a8068052                       mov w8, #0x35
   9f8: e10313aa                       mov x1, x19
   9fc: e2fdff17                       b #-0x878
   a00: 23008052                       mov w3, #0x1
   a04: 05238052                       mov w5, #0x118
   a08: 88038052                       mov w8, #0x1c
   a0c: defdff17                       b #-0x888
   a10: 280140f9                       ldr x8, [x9]
   a14: 08050091                       add x8, x8, #0x1
   a18: 280100f9                       str x8, [x9]
   a1c: a90200f9                       str x9, [x21]
   a20: 080040f9                       ldr x8, [x0]
   a24: 080500f1                       subs x8, x8, #0x1
   a28: 080000f9                       str x8, [x0]
   a2c: 61fdff54                       b.ne #-0x54
   a30: 00000094                       bl #0x0
        # hole +0xa30: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a34: a90240f9                       ldr x9, [x21]
   a38: 880e40f9                       ldr x8, [x20, #0x18]
   a3c: 005540f9                       ldr x0, [x8, #0xa8]
   a40: 095500f9                       str x9, [x8, #0xa8]
   a44: e0000037                       tbnz w0, #0x0, #0x1c
   a48: 090040f9                       ldr x9, [x0]
   a4c: 290500f1                       subs x9, x9, #0x1
   a50: 090000f9                       str x9, [x0]
   a54: 61000054                       b.ne #0xc
   a58: 00000094                       bl #0x0
        # hole +0xa58: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a5c: 880e40f9                       ldr x8, [x20, #0x18]
   a60: 005940f9                       ldr x0, [x8, #0xb0]
   a64: 60030037                       tbnz w0, #0x0, #0x6c
   a68: 090040f9                       ldr x9, [x0]
   a6c: 29050091                       add x9, x9, #0x1
   a70: 090000f9                       str x9, [x0]
   a74: a00200f9                       str x0, [x21]
   a78: 090840b9                       ldr w9, [x0, #0x8]
   a7c: 3f1d0071                       cmp w9, #0x7
   a80: a1020054                       b.ne #0x54
   a84: 091840f9                       ldr x9, [x0, #0x30]
   a88: 291940f9                       ldr x9, [x9, #0x30]
   a8c: 291542d1                       sub x9, x9, #0x85, lsl #12
   a90: 3fed3af1                       cmp x9, #0xebb
   a94: 01020054                       b.ne #0x40
   a98: 091c40f9                       ldr x9, [x0, #0x38]
   a9c: 3f0900f1                       cmp x9, #0x2
   aa0: 03160054                       b.lo #0x2c0
   aa4: 092440f9                       ldr x9, [x0, #0x48]
   aa8: a9020036                       tbz w9, #0x0, #0x54
   aac: a90200f9                       str x9, [x21]
   ab0: 0a0040f9                       ldr x10, [x0]
   ab4: 4a0500f1                       subs x10, x10, #0x1
   ab8: 0a0000f9                       str x10, [x0]
   abc: 00030054                       b.eq #0x60
   ac0: 005d40f9                       ldr x0, [x8, #0xb8]
   ac4: 095d00f9                       str x9, [x8, #0xb8]
   ac8: 60030036                       tbz w0, #0x0, #0x6c
   acc: 20000014                       b #0x80
   ad0: a00200f9                       str x0, [x21]
   ad4: 23008052                       mov w3, #0x1
   ad8: c5498052                       mov w5, #0x24e
   adc: 68078052                       mov w8, #0x3b
   ae0: e10313aa                       mov x1, x19
   ae4: a8fdff17                       b #-0x960
   ae8: 23008052                       mov w3, #0x1
   aec: 852a8052                       mov w5, #0x154
   af0: 48048052                       mov w8, #0x22
   af4: e10313aa                       mov x1, x19
   af8: a3fdff17                       b #-0x974
   afc: 2a0140f9                       ldr x10, [x9]
   b00: 4a050091                       add x10, x10, #0x1
   b04: 2a0100f9                       str x10, [x9]
   b08: a90200f9                       str x9, [x21]
   b0c: 0a0040f9                       ldr x10, [x0]
   b10: 4a0500f1                       subs x10, x10, #0x1
   b14: 0a0000f9                       str x10, [x0]
   b18: 41fdff54                       b.ne #-0x58
   b1c: 00000094                       bl #0x0
        # hole +0xb1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   b20: a90240f9                       ldr x9, [x21]
   b24: 880e40f9                       ldr x8, [x20, #0x18]
   b28: 005d40f9                       ldr x0, [x8, #0xb8]
   b2c: 095d00f9                       str x9, [x8, #0xb8]
   b30: e0000037                       tbnz w0, #0x0, #0x1c
   b34: 090040f9                       ldr x9, [x0]
   b38: 290500f1                       subs x9, x9, #0x1
   b3c: 090000f9                       str x9, [x0]
   b40: 61000054                       b.ne #0xc
   b44: 00000094                       bl #0x0
        # hole +0xb44: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   b48: 880e40f9                       ldr x8, [x20, #0x18]
   b4c: 006140f9                       ldr x0, [x8, #0xc0]
   b50: 80000037                       tbnz w0, #0x0, #0x10
   b54: 080040f9                       ldr x8, [x0]
   b58: 08050091                       add x8, x8, #0x1
   b5c: 080000f9                       str x8, [x0]
   b60: a00200f9                       str x0, [x21]
   b64: 00030037                       tbnz w0, #0x0, #0x60
   b68: 080840b9                       ldr w8, [x0, #0x8]
   b6c: 1f1d0071                       cmp w8, #0x7
   b70: a1020054                       b.ne #0x54
   b74: 08000090                       adrp x8, #0
        # hole +0xb74: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   b78: 080140f9                       ldr x8, [x8]
        # hole +0xb78: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   b7c: 091840f9                       ldr x9, [x0, #0x30]
   b80: 291940f9                       ldr x9, [x9, #0x30]
   b84: 3f0108eb                       cmp x9, x8
   b88: e1010054                       b.ne #0x3c
   b8c: 081c40f9                       ldr x8, [x0, #0x38]
   b90: 280f00b4                       cbz x8, #0x1e4
   b94: 092040f9                       ldr x9, [x0, #0x40]
   b98: a9020036                       tbz w9, #0x0, #0x54
   b9c: a90200f9                       str x9, [x21]
   ba0: 080040f9                       ldr x8, [x0]
   ba4: 080500f1                       subs x8, x8, #0x1
   ba8: 080000f9                       str x8, [x0]
   bac: 00030054                       b.eq #0x60
   bb0: 880e40f9                       ldr x8, [x20, #0x18]
   bb4: 006540f9                       ldr x0, [x8, #0xc8]
   bb8: 096500f9                       str x9, [x8, #0xc8]
   bbc: 40030036                       tbz w0, #0x0, #0x68
   bc0: 1f000014                       b #0x7c
   bc4: 23008052                       mov w3, #0x1
   bc8: 45518052                       mov w5, #0x28a
   bcc: 28088052                       mov w8, #0x41
   bd0: e10313aa                       mov x1, x19
   bd4: 6cfdff17                       b #-0xa50
   bd8: 23008052                       mov w3, #0x1
   bdc: 852f8052                       mov w5, #0x17c
   be0: c8048052                       mov w8, #0x26
   be4: e10313aa                       mov x1, x19
   be8: 67fdff17                       b #-0xa64
   bec: 280140f9                       ldr x8, [x9]
   bf0: 08050091                       add x8, x8, #0x1
   bf4: 280100f9                       str x8, [x9]
   bf8: a90200f9                       str x9, [x21]
   bfc: 080040f9                       ldr x8, [x0]
   c00: 080500f1                       subs x8, x8, #0x1
   c04: 080000f9                       str x8, [x0]
   c08: 41fdff54                       b.ne #-0x58
   c0c: 00000094                       bl #0x0
        # hole +0xc0c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c10: a90240f9                       ldr x9, [x21]
   c14: 880e40f9                       ldr x8, [x20, #0x18]
   c18: 006540f9                       ldr x0, [x8, #0xc8]
   c1c: 096500f9                       str x9, [x8, #0xc8]
   c20: e0000037                       tbnz w0, #0x0, #0x1c
   c24: 090040f9                       ldr x9, [x0]
   c28: 290500f1                       subs x9, x9, #0x1
   c2c: 090000f9                       str x9, [x0]
   c30: 61000054                       b.ne #0xc
   c34: 00000094                       bl #0x0
        # hole +0xc34: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c38: 880e40f9                       ldr x8, [x20, #0x18]
   c3c: 006940f9                       ldr x0, [x8, #0xd0]
   c40: 60030037                       tbnz w0, #0x0, #0x6c
   c44: 090040f9                       ldr x9, [x0]
   c48: 29050091                       add x9, x9, #0x1
   c4c: 090000f9                       str x9, [x0]
   c50: a00200f9                       str x0, [x21]
   c54: 090840b9                       ldr w9, [x0, #0x8]
   c58: 3f1d0071                       cmp w9, #0x7
   c5c: a1020054                       b.ne #0x54
   c60: 091840f9                       ldr x9, [x0, #0x30]
   c64: 291940f9                       ldr x9, [x9, #0x30]
   c68: 29ad42d1                       sub x9, x9, #0xab, lsl #12
   c6c: 3fe928f1                       cmp x9, #0xa3a
   c70: 01020054                       b.ne #0x40
   c74: 091c40f9                       ldr x9, [x0, #0x38]
   c78: 3f0900f1                       cmp x9, #0x2
   c7c: 63080054                       b.lo #0x10c
   c80: 092440f9                       ldr x9, [x0, #0x48]
   c84: a9020036                       tbz w9, #0x0, #0x54
   c88: a90200f9                       str x9, [x21]
   c8c: 0a0040f9                       ldr x10, [x0]
   c90: 4a0500f1                       subs x10, x10, #0x1
   c94: 0a0000f9                       str x10, [x0]
   c98: 00030054                       b.eq #0x60
   c9c: 006d40f9                       ldr x0, [x8, #0xd8]
   ca0: 096d00f9                       str x9, [x8, #0xd8]
   ca4: 60030036                       tbz w0, #0x0, #0x6c
   ca8: 1f000014                       b #0x7c
   cac: a00200f9                       str x0, [x21]
   cb0: 23008052                       mov w3, #0x1
   cb4: 45568052                       mov w5, #0x2b2
   cb8: a8088052                       mov w8, #0x45
   cbc: e10313aa                       mov x1, x19
   cc0: 31fdff17                       b #-0xb3c
   cc4: 23008052                       mov w3, #0x1
   cc8: 05378052                       mov w5, #0x1b8
   ccc: 88058052                       mov w8, #0x2c
   cd0: e10313aa                       mov x1, x19
   cd4: 2cfdff17                       b #-0xb50
   cd8: 2a0140f9                       ldr x10, [x9]
   cdc: 4a050091                       add x10, x10, #0x1
   ce0: 2a0100f9                       str x10, [x9]
   ce4: a90200f9                       str x9, [x21]
   ce8: 0a0040f9                       ldr x10, [x0]
   cec: 4a0500f1                       subs x10, x10, #0x1
   cf0: 0a0000f9                       str x10, [x0]
   cf4: 41fdff54                       b.ne #-0x58
   cf8: 00000094                       bl #0x0
        # hole +0xcf8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   cfc: a90240f9                       ldr x9, [x21]
   d00: 880e40f9                       ldr x8, [x20, #0x18]
   d04: 006d40f9                       ldr x0, [x8, #0xd8]
   d08: 096d00f9                       str x9, [x8, #0xd8]
   d0c: c0000037                       tbnz w0, #0x0, #0x18
   d10: 080040f9                       ldr x8, [x0]
   d14: 080500f1                       subs x8, x8, #0x1
   d18: 080000f9                       str x8, [x0]
   d1c: 41000054                       b.ne #0x8
   d20: 00000094                       bl #0x0
        # hole +0xd20: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d24: 43008052                       mov w3, #0x2
   d28: 855c8052                       mov w5, #0x2e4
   d2c: 48098052                       mov w8, #0x4a
   d30: e10315aa                       mov x1, x21
   d34: 14fdff17                       b #-0xbb0
   d38: 23008052                       mov w3, #0x1
   d3c: 853e8052                       mov w5, #0x1f4
   d40: 48068052                       mov w8, #0x32
   d44: e10313aa                       mov x1, x19
   d48: 0ffdff17                       b #-0xbc4
   d4c: 23008052                       mov w3, #0x1
   d50: 85438052                       mov w5, #0x21c
   d54: c8068052                       mov w8, #0x36
   d58: e10313aa                       mov x1, x19
   d5c: 0afdff17                       b #-0xbd8
   d60: 23008052                       mov w3, #0x1
   d64: 054b8052                       mov w5, #0x258
   d68: 88078052                       mov w8, #0x3c
   d6c: e10313aa                       mov x1, x19
   d70: 05fdff17                       b #-0xbec
   d74: 23008052                       mov w3, #0x1
   d78: 85528052                       mov w5, #0x294
   d7c: 48088052                       mov w8, #0x42
   d80: e10313aa                       mov x1, x19
   d84: 00fdff17                       b #-0xc00
   d88: 23008052                       mov w3, #0x1
   d8c: 85578052                       mov w5, #0x2bc
   d90: c8088052                       mov w8, #0x46
   d94: e10313aa                       mov x1, x19
   d98: fbfcff17                       b #-0xc14
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[65]+0
        # hole data+0x8: GOT Abs64 operand0[53]+0
        # hole data+0x10: GOT Abs64 operand0[49]+0
        # hole data+0x18: GOT Abs64 operand0[43]+0
        # hole data+0x20: GOT Abs64 operand0[33]+0
        # hole data+0x28: GOT Abs64 operand0[21]+0
        # hole data+0x30: GOT Abs64 operand0[17]+0
        # hole data+0x38: GOT Abs64 operand0[11]+0
        # hole data+0x40: GOT Abs64 index+0
        # hole data+0x48: GOT Abs64 operand0[1]+0
