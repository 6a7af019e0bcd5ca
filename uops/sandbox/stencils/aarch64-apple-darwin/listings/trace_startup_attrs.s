# stencil startup_attrs for aarch64-apple-darwin: 4548 code bytes, 72 data bytes, 93 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: 240080d2                       mov x4, #0x1
    20: 2401c0f2                       movk x4, #0x9, lsl #32
    24: e10315aa                       mov x1, x21
    28: 208400f8                       str x0, [x1], #0x8
    2c: 20030037                       tbnz w0, #0x0, #0x64
    30: 080840b9                       ldr w8, [x0, #0x8]
    34: 1f1d0071                       cmp w8, #0x7
    38: c1020054                       b.ne #0x58
    3c: 08000090                       adrp x8, #0
        # hole +0x3c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+64
    40: 080140f9                       ldr x8, [x8]
        # hole +0x40: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+64
    44: 091840f9                       ldr x9, [x0, #0x30]
    48: 291940f9                       ldr x9, [x9, #0x30]
    4c: 3f0108eb                       cmp x9, x8
    50: 01020054                       b.ne #0x40
    54: 081c40f9                       ldr x8, [x0, #0x38]
    58: 1f0d00f1                       cmp x8, #0x3
    5c: 03310054                       b.lo #0x620
    60: 092840f9                       ldr x9, [x0, #0x50]
    64: 49020036                       tbz w9, #0x0, #0x48
    68: a90200f9                       str x9, [x21]
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: a0020054                       b.eq #0x54
    7c: 880e40f9                       ldr x8, [x20, #0x18]
    80: 000540f9                       ldr x0, [x8, #0x8]
    84: 090500f9                       str x9, [x8, #0x8]
    88: 60030036                       tbz w0, #0x0, #0x6c
    8c: 24000014                       b #0x90
    90: 23008052                       mov w3, #0x1
    94: 45018052                       mov w5, #0xa
    98: e00314aa                       mov x0, x20
    9c: e20316aa                       mov x2, x22
    a0: 00000094                       bl #0x0
        # hole +0xa0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    a4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    a8: c0035fd6                       ret
    ac: 280140f9                       ldr x8, [x9]
    b0: 08050091                       add x8, x8, #0x1
    b4: 280100f9                       str x8, [x9]
    b8: a90200f9                       str x9, [x21]
    bc: 080040f9                       ldr x8, [x0]
    c0: 080500f1                       subs x8, x8, #0x1
    c4: 080000f9                       str x8, [x0]
    c8: a1fdff54                       b.ne #-0x4c
    cc: f30301aa                       mov x19, x1
    d0: 00000094                       bl #0x0
        # hole +0xd0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    d4: 240080d2                       mov x4, #0x1
    d8: 2401c0f2                       movk x4, #0x9, lsl #32
    dc: e10313aa                       mov x1, x19
    e0: a90240f9                       ldr x9, [x21]
    e4: 880e40f9                       ldr x8, [x20, #0x18]
    e8: 000540f9                       ldr x0, [x8, #0x8]
    ec: 090500f9                       str x9, [x8, #0x8]
    f0: 60010037                       tbnz w0, #0x0, #0x2c
    f4: 090040f9                       ldr x9, [x0]
    f8: 290500f1                       subs x9, x9, #0x1
    fc: 090000f9                       str x9, [x0]
   100: e1000054                       b.ne #0x1c
   104: f30301aa                       mov x19, x1
   108: 00000094                       bl #0x0
        # hole +0x108: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   10c: 240080d2                       mov x4, #0x1
   110: 2401c0f2                       movk x4, #0x9, lsl #32
   114: e10313aa                       mov x1, x19
   118: 880e40f9                       ldr x8, [x20, #0x18]
   11c: 000940f9                       ldr x0, [x8, #0x10]
   120: 60030037                       tbnz w0, #0x0, #0x6c
   124: 090040f9                       ldr x9, [x0]
   128: 29050091                       add x9, x9, #0x1
   12c: 090000f9                       str x9, [x0]
   130: a00200f9                       str x0, [x21]
   134: 0a0840b9                       ldr w10, [x0, #0x8]
   138: 89100091                       add x9, x4, #0x4
   13c: 5f1d0071                       cmp w10, #0x7
   140: 81030054                       b.ne #0x70
   144: 0a1840f9                       ldr x10, [x0, #0x30]
   148: 4a1940f9                       ldr x10, [x10, #0x30]
   14c: 4a2541d1                       sub x10, x10, #0x49, lsl #12
   150: 5fbd00f1                       cmp x10, #0x2f
   154: e1020054                       b.ne #0x5c
   158: 091c40f9                       ldr x9, [x0, #0x38]
   15c: e93300b4                       cbz x9, #0x67c
   160: 092040f9                       ldr x9, [x0, #0x40]
   164: 69030036                       tbz w9, #0x0, #0x6c
   168: a90200f9                       str x9, [x21]
   16c: 0a0040f9                       ldr x10, [x0]
   170: 4a0500f1                       subs x10, x10, #0x1
   174: 0a0000f9                       str x10, [x0]
   178: c0030054                       b.eq #0x78
   17c: 000d40f9                       ldr x0, [x8, #0x18]
   180: 090d00f9                       str x9, [x8, #0x18]
   184: a0040036                       tbz w0, #0x0, #0x94
   188: 2e000014                       b #0xb8
   18c: a00200f9                       str x0, [x21]
   190: 84100091                       add x4, x4, #0x4
   194: 23008052                       mov w3, #0x1
   198: 45068052                       mov w5, #0x32
   19c: e00314aa                       mov x0, x20
   1a0: e20316aa                       mov x2, x22
   1a4: 00000094                       bl #0x0
        # hole +0x1a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1a8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1ac: c0035fd6                       ret
   1b0: 23008052                       mov w3, #0x1
   1b4: 45068052                       mov w5, #0x32
   1b8: e40309aa                       mov x4, x9
   1bc: e00314aa                       mov x0, x20
   1c0: e20316aa                       mov x2, x22
   1c4: 00000094                       bl #0x0
        # hole +0x1c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1cc: c0035fd6                       ret
   1d0: 2a0140f9                       ldr x10, [x9]
   1d4: 4a050091                       add x10, x10, #0x1
   1d8: 2a0100f9                       str x10, [x9]
   1dc: a90200f9                       str x9, [x21]
   1e0: 0a0040f9                       ldr x10, [x0]
   1e4: 4a0500f1                       subs x10, x10, #0x1
   1e8: 0a0000f9                       str x10, [x0]
   1ec: 81fcff54                       b.ne #-0x70
   1f0: f30301aa                       mov x19, x1
   1f4: 00000094                       bl #0x0
        # hole +0x1f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1f8: 240080d2                       mov x4, #0x1
   1fc: 2401c0f2                       movk x4, #0x9, lsl #32
   200: e10313aa                       mov x1, x19
   204: a90240f9                       ldr x9, [x21]
   208: 880e40f9                       ldr x8, [x20, #0x18]
   20c: 000d40f9                       ldr x0, [x8, #0x18]
   210: 090d00f9                       str x9, [x8, #0x18]
   214: 60010037                       tbnz w0, #0x0, #0x2c
   218: 090040f9                       ldr x9, [x0]
   21c: 290500f1                       subs x9, x9, #0x1
   220: 090000f9                       str x9, [x0]
   224: e1000054                       b.ne #0x1c
   228: f30301aa                       mov x19, x1
   22c: 00000094                       bl #0x0
        # hole +0x22c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   230: 240080d2                       mov x4, #0x1
   234: 2401c0f2                       movk x4, #0x9, lsl #32
   238: e10313aa                       mov x1, x19
   23c: 880e40f9                       ldr x8, [x20, #0x18]
   240: 001140f9                       ldr x0, [x8, #0x20]
   244: 80000037                       tbnz w0, #0x0, #0x10
   248: 080040f9                       ldr x8, [x0]
   24c: 08050091                       add x8, x8, #0x1
   250: 080000f9                       str x8, [x0]
   254: a00200f9                       str x0, [x21]
   258: 88280091                       add x8, x4, #0xa
   25c: 00030037                       tbnz w0, #0x0, #0x60
   260: 090840b9                       ldr w9, [x0, #0x8]
   264: 3f1d0071                       cmp w9, #0x7
   268: a1020054                       b.ne #0x54
   26c: 08000090                       adrp x8, #0
        # hole +0x26c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+56
   270: 080140f9                       ldr x8, [x8]
        # hole +0x270: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+56
   274: 091840f9                       ldr x9, [x0, #0x30]
   278: 291940f9                       ldr x9, [x9, #0x30]
   27c: 3f0108eb                       cmp x9, x8
   280: e1020054                       b.ne #0x5c
   284: 081c40f9                       ldr x8, [x0, #0x38]
   288: 483400b4                       cbz x8, #0x688
   28c: 082040f9                       ldr x8, [x0, #0x40]
   290: 68030036                       tbz w8, #0x0, #0x6c
   294: a80200f9                       str x8, [x21]
   298: 090040f9                       ldr x9, [x0]
   29c: 290500f1                       subs x9, x9, #0x1
   2a0: 090000f9                       str x9, [x0]
   2a4: c0030054                       b.eq #0x78
   2a8: 890e40f9                       ldr x9, [x20, #0x18]
   2ac: 201540f9                       ldr x0, [x9, #0x28]
   2b0: 281500f9                       str x8, [x9, #0x28]
   2b4: 80040036                       tbz w0, #0x0, #0x90
   2b8: 2d000014                       b #0xb4
   2bc: 23008052                       mov w3, #0x1
   2c0: c50d8052                       mov w5, #0x6e
   2c4: e40308aa                       mov x4, x8
   2c8: e00314aa                       mov x0, x20
   2cc: e20316aa                       mov x2, x22
   2d0: 00000094                       bl #0x0
        # hole +0x2d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2d4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2d8: c0035fd6                       ret
   2dc: 84280091                       add x4, x4, #0xa
   2e0: 23008052                       mov w3, #0x1
   2e4: c50d8052                       mov w5, #0x6e
   2e8: e00314aa                       mov x0, x20
   2ec: e20316aa                       mov x2, x22
   2f0: 00000094                       bl #0x0
        # hole +0x2f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2f4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2f8: c0035fd6                       ret
   2fc: 090140f9                       ldr x9, [x8]
   300: 29050091                       add x9, x9, #0x1
   304: 090100f9                       str x9, [x8]
   308: a80200f9                       str x8, [x21]
   30c: 090040f9                       ldr x9, [x0]
   310: 290500f1                       subs x9, x9, #0x1
   314: 090000f9                       str x9, [x0]
   318: 81fcff54                       b.ne #-0x70
   31c: f30301aa                       mov x19, x1
   320: 00000094                       bl #0x0
        # hole +0x320: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   324: 240080d2                       mov x4, #0x1
   328: 2401c0f2                       movk x4, #0x9, lsl #32
   32c: e10313aa                       mov x1, x19
   330: a80240f9                       ldr x8, [x21]
   334: 890e40f9                       ldr x9, [x20, #0x18]
   338: 201540f9                       ldr x0, [x9, #0x28]
   33c: 281500f9                       str x8, [x9, #0x28]
   340: 60010037                       tbnz w0, #0x0, #0x2c
   344: 080040f9                       ldr x8, [x0]
   348: 080500f1                       subs x8, x8, #0x1
   34c: 080000f9                       str x8, [x0]
   350: e1000054                       b.ne #0x1c
   354: f30301aa                       mov x19, x1
   358: 00000094                       bl #0x0
        # hole +0x358: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   35c: 240080d2                       mov x4, #0x1
   360: 2401c0f2                       movk x4, #0x9, lsl #32
   364: e10313aa                       mov x1, x19
   368: 890e40f9                       ldr x9, [x20, #0x18]
   36c: 201940f9                       ldr x0, [x9, #0x30]
   370: 80000037                       tbnz w0, #0x0, #0x10
   374: 080040f9                       ldr x8, [x0]
   378: 08050091                       add x8, x8, #0x1
   37c: 080000f9                       str x8, [x0]
   380: a00200f9                       str x0, [x21]
   384: 88400091                       add x8, x4, #0x10
   388: 20030037                       tbnz w0, #0x0, #0x64
   38c: 090840b9                       ldr w9, [x0, #0x8]
   390: 3f1d0071                       cmp w9, #0x7
   394: c1020054                       b.ne #0x58
   398: 08000090                       adrp x8, #0
        # hole +0x398: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+48
   39c: 080140f9                       ldr x8, [x8]
        # hole +0x39c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+48
   3a0: 091840f9                       ldr x9, [x0, #0x30]
   3a4: 291940f9                       ldr x9, [x9, #0x30]
   3a8: 3f0108eb                       cmp x9, x8
   3ac: 01030054                       b.ne #0x60
   3b0: 081c40f9                       ldr x8, [x0, #0x38]
   3b4: 1f0d00f1                       cmp x8, #0x3
   3b8: a3340054                       b.lo #0x694
   3bc: 082840f9                       ldr x8, [x0, #0x50]
   3c0: 68030036                       tbz w8, #0x0, #0x6c
   3c4: a80200f9                       str x8, [x21]
   3c8: 090040f9                       ldr x9, [x0]
   3cc: 290500f1                       subs x9, x9, #0x1
   3d0: 090000f9                       str x9, [x0]
   3d4: c0030054                       b.eq #0x78
   3d8: 890e40f9                       ldr x9, [x20, #0x18]
   3dc: 201d40f9                       ldr x0, [x9, #0x38]
   3e0: 281d00f9                       str x8, [x9, #0x38]
   3e4: 80040036                       tbz w0, #0x0, #0x90
   3e8: 2d000014                       b #0xb4
   3ec: 23008052                       mov w3, #0x1
   3f0: 45158052                       mov w5, #0xaa
   3f4: e40308aa                       mov x4, x8
   3f8: e00314aa                       mov x0, x20
   3fc: e20316aa                       mov x2, x22
   400: 00000094                       bl #0x0
        # hole +0x400: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   404: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   408: c0035fd6                       ret
   40c: 84400091                       add x4, x4, #0x10
   410: 23008052                       mov w3, #0x1
   414: 45158052                       mov w5, #0xaa
   418: e00314aa                       mov x0, x20
   41c: e20316aa                       mov x2, x22
   420: 00000094                       bl #0x0
        # hole +0x420: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   424: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   428: c0035fd6                       ret
   42c: 090140f9                       ldr x9, [x8]
   430: 29050091                       add x9, x9, #0x1
   434: 090100f9                       str x9, [x8]
   438: a80200f9                       str x8, [x21]
   43c: 090040f9                       ldr x9, [x0]
   440: 290500f1                       subs x9, x9, #0x1
   444: 090000f9                       str x9, [x0]
   448: 81fcff54                       b.ne #-0x70
   44c: f30301aa                       mov x19, x1
   450: 00000094                       bl #0x0
        # hole +0x450: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   454: 240080d2                       mov x4, #0x1
   458: 2401c0f2                       movk x4, #0x9, lsl #32
   45c: e10313aa                       mov x1, x19
   460: a80240f9                       ldr x8, [x21]
   464: 890e40f9                       ldr x9, [x20, #0x18]
   468: 201d40f9                       ldr x0, [x9, #0x38]
   46c: 281d00f9                       str x8, [x9, #0x38]
   470: 60010037                       tbnz w0, #0x0, #0x2c
   474: 080040f9                       ldr x8, [x0]
   478: 080500f1                       subs x8, x8, #0x1
   47c: 080000f9                       str x8, [x0]
   480: e1000054                       b.ne #0x1c
   484: f30301aa                       mov x19, x1
   488: 00000094                       bl #0x0
        # hole +0x488: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   48c: 240080d2                       mov x4, #0x1
   490: 2401c0f2                       movk x4, #0x9, lsl #32
   494: e10313aa                       mov x1, x19
   498: 890e40f9                       ldr x9, [x20, #0x18]
   49c: 202140f9                       ldr x0, [x9, #0x40]
   4a0: 80000037                       tbnz w0, #0x0, #0x10
   4a4: 080040f9                       ldr x8, [x0]
   4a8: 08050091                       add x8, x8, #0x1
   4ac: 080000f9                       str x8, [x0]
   4b0: a00200f9                       str x0, [x21]
   4b4: 88500091                       add x8, x4, #0x14
   4b8: 00030037                       tbnz w0, #0x0, #0x60
   4bc: 090840b9                       ldr w9, [x0, #0x8]
   4c0: 3f1d0071                       cmp w9, #0x7
   4c4: a1020054                       b.ne #0x54
   4c8: 08000090                       adrp x8, #0
        # hole +0x4c8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+40
   4cc: 080140f9                       ldr x8, [x8]
        # hole +0x4cc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+40
   4d0: 091840f9                       ldr x9, [x0, #0x30]
   4d4: 291940f9                       ldr x9, [x9, #0x30]
   4d8: 3f0108eb                       cmp x9, x8
   4dc: e1020054                       b.ne #0x5c
   4e0: 081c40f9                       ldr x8, [x0, #0x38]
   4e4: 883400b4                       cbz x8, #0x690
   4e8: 092040f9                       ldr x9, [x0, #0x40]
   4ec: 69030036                       tbz w9, #0x0, #0x6c
   4f0: a90200f9                       str x9, [x21]
   4f4: 080040f9                       ldr x8, [x0]
   4f8: 080500f1                       subs x8, x8, #0x1
   4fc: 080000f9                       str x8, [x0]
   500: c0030054                       b.eq #0x78
   504: 880e40f9                       ldr x8, [x20, #0x18]
   508: 002540f9                       ldr x0, [x8, #0x48]
   50c: 092500f9                       str x9, [x8, #0x48]
   510: 80040036                       tbz w0, #0x0, #0x90
   514: 2d000014                       b #0xb4
   518: 23008052                       mov w3, #0x1
   51c: 451a8052                       mov w5, #0xd2
   520: e40308aa                       mov x4, x8
   524: e00314aa                       mov x0, x20
   528: e20316aa                       mov x2, x22
   52c: 00000094                       bl #0x0
        # hole +0x52c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   530: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   534: c0035fd6                       ret
   538: 84500091                       add x4, x4, #0x14
   53c: 23008052                       mov w3, #0x1
   540: 451a8052                       mov w5, #0xd2
   544: e00314aa                       mov x0, x20
   548: e20316aa                       mov x2, x22
   54c: 00000094                       bl #0x0
        # hole +0x54c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   550: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   554: c0035fd6                       ret
   558: 280140f9                       ldr x8, [x9]
   55c: 08050091                       add x8, x8, #0x1
   560: 280100f9                       str x8, [x9]
   564: a90200f9                       str x9, [x21]
   568: 080040f9                       ldr x8, [x0]
   56c: 080500f1                       subs x8, x8, #0x1
   570: 080000f9                       str x8, [x0]
   574: 81fcff54                       b.ne #-0x70
   578: f30301aa                       mov x19, x1
   57c: 00000094                       bl #0x0
        # hole +0x57c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   580: 240080d2                       mov x4, #0x1
   584: 2401c0f2                       movk x4, #0x9, lsl #32
   588: e10313aa                       mov x1, x19
   58c: a90240f9                       ldr x9, [x21]
   590: 880e40f9                       ldr x8, [x20, #0x18]
   594: 002540f9                       ldr x0, [x8, #0x48]
   598: 092500f9                       str x9, [x8, #0x48]
   59c: 60010037                       tbnz w0, #0x0, #0x2c
   5a0: 090040f9                       ldr x9, [x0]
   5a4: 290500f1                       subs x9, x9, #0x1
   5a8: 090000f9                       str x9, [x0]
   5ac: e1000054                       b.ne #0x1c
   5b0: f30301aa                       mov x19, x1
   5b4: 00000094                       bl #0x0
        # hole +0x5b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5b8: 240080d2                       mov x4, #0x1
   5bc: 2401c0f2                       movk x4, #0x9, lsl #32
   5c0: e10313aa                       mov x1, x19
   5c4: 880e40f9                       ldr x8, [x20, #0x18]
   5c8: 002940f9                       ldr x0, [x8, #0x50]
   5cc: 60030037                       tbnz w0, #0x0, #0x6c
   5d0: 090040f9                       ldr x9, [x0]
   5d4: 29050091                       add x9, x9, #0x1
   5d8: 090000f9                       str x9, [x0]
   5dc: a00200f9                       str x0, [x21]
   5e0: 0a0840b9                       ldr w10, [x0, #0x8]
   5e4: 89680091                       add x9, x4, #0x1a
   5e8: 5f1d0071                       cmp w10, #0x7
   5ec: 81030054                       b.ne #0x70
   5f0: 0a1840f9                       ldr x10, [x0, #0x30]
   5f4: 4a1940f9                       ldr x10, [x10, #0x30]
   5f8: 4a3d43d1                       sub x10, x10, #0xcf, lsl #12
   5fc: 5f690af1                       cmp x10, #0x29a
   600: e1020054                       b.ne #0x5c
   604: 091c40f9                       ldr x9, [x0, #0x38]
   608: 893400b4                       cbz x9, #0x690
   60c: 092040f9                       ldr x9, [x0, #0x40]
   610: 69040036                       tbz w9, #0x0, #0x8c
   614: a90200f9                       str x9, [x21]
   618: 0a0040f9                       ldr x10, [x0]
   61c: 4a0500f1                       subs x10, x10, #0x1
   620: 0a0000f9                       str x10, [x0]
   624: c0040054                       b.eq #0x98
   628: 002d40f9                       ldr x0, [x8, #0x58]
   62c: 092d00f9                       str x9, [x8, #0x58]
   630: a0050036                       tbz w0, #0x0, #0xb4
   634: 36000014                       b #0xd8
   638: a00200f9                       str x0, [x21]
   63c: 84680091                       add x4, x4, #0x1a
   640: 23008052                       mov w3, #0x1
   644: c5218052                       mov w5, #0x10e
   648: e00314aa                       mov x0, x20
   64c: e20316aa                       mov x2, x22
   650: 00000094                       bl #0x0
        # hole +0x650: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   654: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   658: c0035fd6                       ret
   65c: 23008052                       mov w3, #0x1
   660: c5218052                       mov w5, #0x10e
   664: e40309aa                       mov x4, x9
   668: e00314aa                       mov x0, x20
   66c: e20316aa                       mov x2, x22
   670: 00000094                       bl #0x0
        # hole +0x670: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   674: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   678: c0035fd6                       ret
   67c: 84040091                       add x4, x4, #0x1
   680: 23008052                       mov w3, #0x1
   684: 85028052                       mov w5, #0x14
   688: e00314aa                       mov x0, x20
   68c: e20316aa                       mov x2, x22
   690: 00000094                       bl #0x0
        # hole +0x690: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   694: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   698: c0035fd6                       ret
   69c: 2a0140f9                       ldr x10, [x9]
   6a0: 4a050091                       add x10, x10, #0x1
   6a4: 2a0100f9                       str x10, [x9]
   6a8: a90200f9                       str x9, [x21]
   6ac: 0a0040f9                       ldr x10, [x0]
   6b0: 4a0500f1                       subs x10, x10, #0x1
   6b4: 0a0000f9                       str x10, [x0]
   6b8: 81fbff54                       b.ne #-0x90
   6bc: f30301aa                       mov x19, x1
   6c0: 00000094                       bl #0x0
        # hole +0x6c0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6c4: 240080d2                       mov x4, #0x1
   6c8: 2401c0f2                       movk x4, #0x9, lsl #32
   6cc: e10313aa                       mov x1, x19
   6d0: a90240f9                       ldr x9, [x21]
   6d4: 880e40f9                       ldr x8, [x20, #0x18]
   6d8: 002d40f9                       ldr x0, [x8, #0x58]
   6dc: 092d00f9                       str x9, [x8, #0x58]
   6e0: 60010037                       tbnz w0, #0x0, #0x2c
   6e4: 090040f9                       ldr x9, [x0]
   6e8: 290500f1                       subs x9, x9, #0x1
   6ec: 090000f9                       str x9, [x0]
   6f0: e1000054                       b.ne #0x1c
   6f4: f30301aa                       mov x19, x1
   6f8: 00000094                       bl #0x0
        # hole +0x6f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   6fc: 240080d2                       mov x4, #0x1
   700: 2401c0f2                       movk x4, #0x9, lsl #32
   704: e10313aa                       mov x1, x19
   708: 880e40f9                       ldr x8, [x20, #0x18]
   70c: 003140f9                       ldr x0, [x8, #0x60]
   710: 80000037                       tbnz w0, #0x0, #0x10
   714: 080040f9                       ldr x8, [x0]
   718: 08050091                       add x8, x8, #0x1
   71c: 080000f9                       str x8, [x0]
   720: a00200f9                       str x0, [x21]
   724: 88800091                       add x8, x4, #0x20
   728: 60030037                       tbnz w0, #0x0, #0x6c
   72c: 370080d2                       mov x23, #0x1
   730: 3701c0f2                       movk x23, #0x9, lsl #32
   734: f30301aa                       mov x19, x1
   738: 090840b9                       ldr w9, [x0, #0x8]
   73c: 3f1d0071                       cmp w9, #0x7
   740: c1530054                       b.ne #0xa78
   744: 08000090                       adrp x8, #0
        # hole +0x744: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+32
   748: 080140f9                       ldr x8, [x8]
        # hole +0x748: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+32
   74c: 091840f9                       ldr x9, [x0, #0x30]
   750: 291940f9                       ldr x9, [x9, #0x30]
   754: 3f0108eb                       cmp x9, x8
   758: e1020054                       b.ne #0x5c
   75c: 081c40f9                       ldr x8, [x0, #0x38]
   760: c83200b4                       cbz x8, #0x658
   764: 092040f9                       ldr x9, [x0, #0x40]
   768: 89040036                       tbz w9, #0x0, #0x90
   76c: a90200f9                       str x9, [x21]
   770: 080040f9                       ldr x8, [x0]
   774: 080500f1                       subs x8, x8, #0x1
   778: 080000f9                       str x8, [x0]
   77c: e0040054                       b.eq #0x9c
   780: 880e40f9                       ldr x8, [x20, #0x18]
   784: 003540f9                       ldr x0, [x8, #0x68]
   788: 093500f9                       str x9, [x8, #0x68]
   78c: 20050036                       tbz w0, #0x0, #0xa4
   790: 2e000014                       b #0xb8
   794: 23008052                       mov w3, #0x1
   798: 45298052                       mov w5, #0x14a
   79c: e40308aa                       mov x4, x8
   7a0: e00314aa                       mov x0, x20
   7a4: e20316aa                       mov x2, x22
   7a8: 00000094                       bl #0x0
        # hole +0x7a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   7ac: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   7b0: c0035fd6                       ret
   7b4: 84800091                       add x4, x4, #0x20
   7b8: 23008052                       mov w3, #0x1
   7bc: 45298052                       mov w5, #0x14a
   7c0: e10313aa                       mov x1, x19
   7c4: e00314aa                       mov x0, x20
   7c8: e20316aa                       mov x2, x22
   7cc: 00000094                       bl #0x0
        # hole +0x7cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   7d0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   7d4: c0035fd6                       ret
   7d8: 84140091                       add x4, x4, #0x5
   7dc: 23008052                       mov w3, #0x1
   7e0: 85078052                       mov w5, #0x3c
   7e4: e00314aa                       mov x0, x20
   7e8: e20316aa                       mov x2, x22
   7ec: 00000094                       bl #0x0
        # hole +0x7ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   7f0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   7f4: c0035fd6                       ret
   7f8: 280140f9                       ldr x8, [x9]
   7fc: 08050091                       add x8, x8, #0x1
   800: 280100f9                       str x8, [x9]
   804: a90200f9                       str x9, [x21]
   808: 080040f9                       ldr x8, [x0]
   80c: 080500f1                       subs x8, x8, #0x1
   810: 080000f9                       str x8, [x0]
   814: 61fbff54                       b.ne #-0x94
   818: 00000094                       bl #0x0
        # hole +0x818: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   81c: a90240f9                       ldr x9, [x21]
   820: 880e40f9                       ldr x8, [x20, #0x18]
   824: 003540f9                       ldr x0, [x8, #0x68]
   828: 093500f9                       str x9, [x8, #0x68]
   82c: e0000037                       tbnz w0, #0x0, #0x1c
   830: 090040f9                       ldr x9, [x0]
   834: 290500f1                       subs x9, x9, #0x1
   838: 090000f9                       str x9, [x0]
   83c: 61000054                       b.ne #0xc
   840: 00000094                       bl #0x0
        # hole +0x840: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   844: 880e40f9                       ldr x8, [x20, #0x18]
   848: 003940f9                       ldr x0, [x8, #0x70]
   84c: 80030037                       tbnz w0, #0x0, #0x70
   850: 090040f9                       ldr x9, [x0]
   854: 29050091                       add x9, x9, #0x1
   858: 090000f9                       str x9, [x0]
   85c: a00200f9                       str x0, [x21]
   860: 0a0840b9                       ldr w10, [x0, #0x8]
   864: e9920091                       add x9, x23, #0x24
   868: 5f1d0071                       cmp w10, #0x7
   86c: 01040054                       b.ne #0x80
   870: 0a1840f9                       ldr x10, [x0, #0x30]
   874: 4a1940f9                       ldr x10, [x10, #0x30]
   878: 4ae540d1                       sub x10, x10, #0x39, lsl #12
   87c: 5f5127f1                       cmp x10, #0x9d4
   880: 61030054                       b.ne #0x6c
   884: 091c40f9                       ldr x9, [x0, #0x38]
   888: 3f0900f1                       cmp x9, #0x2
   88c: a3320054                       b.lo #0x654
   890: 092440f9                       ldr x9, [x0, #0x48]
   894: e9040036                       tbz w9, #0x0, #0x9c
   898: a90200f9                       str x9, [x21]
   89c: 0a0040f9                       ldr x10, [x0]
   8a0: 4a0500f1                       subs x10, x10, #0x1
   8a4: 0a0000f9                       str x10, [x0]
   8a8: 40050054                       b.eq #0xa8
   8ac: 003d40f9                       ldr x0, [x8, #0x78]
   8b0: 093d00f9                       str x9, [x8, #0x78]
   8b4: a0050036                       tbz w0, #0x0, #0xb4
   8b8: 32000014                       b #0xc8
   8bc: a00200f9                       str x0, [x21]
   8c0: 240080d2                       mov x4, #0x1
   8c4: 2401c0f2                       movk x4, #0x9, lsl #32
   8c8: 84900091                       add x4, x4, #0x24
   8cc: 23008052                       mov w3, #0x1
   8d0: 452e8052                       mov w5, #0x172
   8d4: e10313aa                       mov x1, x19
   8d8: e00314aa                       mov x0, x20
   8dc: e20316aa                       mov x2, x22
   8e0: 00000094                       bl #0x0
        # hole +0x8e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   8e4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   8e8: c0035fd6                       ret
   8ec: 23008052                       mov w3, #0x1
   8f0: 452e8052                       mov w5, #0x172
   8f4: e40309aa                       mov x4, x9
   8f8: e10313aa                       mov x1, x19
   8fc: e00314aa                       mov x0, x20
   900: e20316aa                       mov x2, x22
   904: 00000094                       bl #0x0
        # hole +0x904: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   908: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   90c: c0035fd6                       ret
   910: 842c0091                       add x4, x4, #0xb
   914: 23008052                       mov w3, #0x1
   918: 050f8052                       mov w5, #0x78
   91c: e00314aa                       mov x0, x20
   920: e20316aa                       mov x2, x22
   924: 00000094                       bl #0x0
        # hole +0x924: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   928: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   92c: c0035fd6                       ret
   930: 2a0140f9                       ldr x10, [x9]
   934: 4a050091                       add x10, x10, #0x1
   938: 2a0100f9                       str x10, [x9]
   93c: a90200f9                       str x9, [x21]
   940: 0a0040f9                       ldr x10, [x0]
   944: 4a0500f1                       subs x10, x10, #0x1
   948: 0a0000f9                       str x10, [x0]
   94c: 01fbff54                       b.ne #-0xa0
   950: 00000094                       bl #0x0
        # hole +0x950: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   954: a90240f9                       ldr x9, [x21]
   958: 880e40f9                       ldr x8, [x20, #0x18]
   95c: 003d40f9                       ldr x0, [x8, #0x78]
   960: 093d00f9                       str x9, [x8, #0x78]
   964: e0000037                       tbnz w0, #0x0, #0x1c
   968: 090040f9                       ldr x9, [x0]
   96c: 290500f1                       subs x9, x9, #0x1
   970: 090000f9                       str x9, [x0]
   974: 61000054                       b.ne #0xc
   978: 00000094                       bl #0x0
        # hole +0x978: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   97c: 880e40f9                       ldr x8, [x20, #0x18]
   980: 004140f9                       ldr x0, [x8, #0x80]
   984: 80000037                       tbnz w0, #0x0, #0x10
   988: 080040f9                       ldr x8, [x0]
   98c: 08050091                       add x8, x8, #0x1
   990: 080000f9                       str x8, [x0]
   994: a00200f9                       str x0, [x21]
   998: e8aa0091                       add x8, x23, #0x2a
   99c: 00030037                       tbnz w0, #0x0, #0x60
   9a0: 090840b9                       ldr w9, [x0, #0x8]
   9a4: 3f1d0071                       cmp w9, #0x7
   9a8: a1020054                       b.ne #0x54
   9ac: 08000090                       adrp x8, #0
        # hole +0x9ac: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
   9b0: 080140f9                       ldr x8, [x8]
        # hole +0x9b0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
   9b4: 091840f9                       ldr x9, [x0, #0x30]
   9b8: 291940f9                       ldr x9, [x9, #0x30]
   9bc: 3f0108eb                       cmp x9, x8
   9c0: 01030054                       b.ne #0x60
   9c4: 081c40f9                       ldr x8, [x0, #0x38]
   9c8: 483200b4                       cbz x8, #0x648
   9cc: 082040f9                       ldr x8, [x0, #0x40]
   9d0: e8040036                       tbz w8, #0x0, #0x9c
   9d4: a80200f9                       str x8, [x21]
   9d8: 090040f9                       ldr x9, [x0]
   9dc: 290500f1                       subs x9, x9, #0x1
   9e0: 090000f9                       str x9, [x0]
   9e4: 40050054                       b.eq #0xa8
   9e8: 890e40f9                       ldr x9, [x20, #0x18]
   9ec: 204540f9                       ldr x0, [x9, #0x88]
   9f0: 284500f9                       str x8, [x9, #0x88]
   9f4: 80050036                       tbz w0, #0x0, #0xb0
   9f8: 31000014                       b #0xc4
   9fc: 23008052                       mov w3, #0x1
   a00: c5358052                       mov w5, #0x1ae
   a04: e40308aa                       mov x4, x8
   a08: e10313aa                       mov x1, x19
   a0c: e00314aa                       mov x0, x20
   a10: e20316aa                       mov x2, x22
   a14: 00000094                       bl #0x0
        # hole +0xa14: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a18: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a1c: c0035fd6                       ret
   a20: 240080d2                       mov x4, #0x1
   a24: 2401c0f2                       movk x4, #0x9, lsl #32
   a28: 84a80091                       add x4, x4, #0x2a
   a2c: 23008052                       mov w3, #0x1
   a30: c5358052                       mov w5, #0x1ae
   a34: e10313aa                       mov x1, x19
   a38: e00314aa                       mov x0, x20
   a3c: e20316aa                       mov x2, x22
   a40: 00000094                       bl #0x0
        # hole +0xa40: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a44: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a48: c0035fd6                       ret
   a4c: 84440091                       add x4, x4, #0x11
   a50: 23008052                       mov w3, #0x1
   a54: 85168052                       mov w5, #0xb4
   a58: e00314aa                       mov x0, x20
   a5c: e20316aa                       mov x2, x22
   a60: 00000094                       bl #0x0
        # hole +0xa60: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   a64: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   a68: c0035fd6                       ret
   a6c: 090140f9                       ldr x9, [x8]
   a70: 29050091                       add x9, x9, #0x1
   a74: 090100f9                       str x9, [x8]
   a78: a80200f9                       str x8, [x21]
   a7c: 090040f9                       ldr x9, [x0]
   a80: 290500f1                       subs x9, x9, #0x1
   a84: 090000f9                       str x9, [x0]
   a88: 01fbff54                       b.ne #-0xa0
   a8c: 00000094                       bl #0x0
        # hole +0xa8c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a90: a80240f9                       ldr x8, [x21]
   a94: 890e40f9                       ldr x9, [x20, #0x18]
   a98: 204540f9                       ldr x0, [x9, #0x88]
   a9c: 284500f9                       str x8, [x9, #0x88]
   aa0: e0000037                       tbnz w0, #0x0, #0x1c
   aa4: 080040f9                       ldr x8, [x0]
   aa8: 080500f1                       subs x8, x8, #0x1
   aac: 080000f9                       str x8, [x0]
   ab0: 61000054                       b.ne #0xc
   ab4: 00000094                       bl #0x0
        # hole +0xab4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ab8: 890e40f9                       ldr x9, [x20, #0x18]
   abc: 204940f9                       ldr x0, [x9, #0x90]
   ac0: 80000037                       tbnz w0, #0x0, #0x10
   ac4: 080040f9                       ldr x8, [x0]
   ac8: 08050091                       add x8, x8, #0x1
   acc: 080000f9                       str x8, [x0]
   ad0: a00200f9                       str x0, [x21]
   ad4: e8c20091                       add x8, x23, #0x30
   ad8: 20030037                       tbnz w0, #0x0, #0x64
   adc: 090840b9                       ldr w9, [x0, #0x8]
   ae0: 3f1d0071                       cmp w9, #0x7
   ae4: c1020054                       b.ne #0x58
   ae8: 08000090                       adrp x8, #0
        # hole +0xae8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   aec: 080140f9                       ldr x8, [x8]
        # hole +0xaec: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   af0: 091840f9                       ldr x9, [x0, #0x30]
   af4: 291940f9                       ldr x9, [x9, #0x30]
   af8: 3f0108eb                       cmp x9, x8
   afc: 61020054                       b.ne #0x4c
   b00: 081c40f9                       ldr x8, [x0, #0x38]
   b04: 1f1100f1                       cmp x8, #0x4
   b08: a32e0054                       b.lo #0x5d4
   b0c: 082c40f9                       ldr x8, [x0, #0x58]
   b10: 28040036                       tbz w8, #0x0, #0x84
   b14: a80200f9                       str x8, [x21]
   b18: 090040f9                       ldr x9, [x0]
   b1c: 290500f1                       subs x9, x9, #0x1
   b20: 090000f9                       str x9, [x0]
   b24: 80040054                       b.eq #0x90
   b28: 890e40f9                       ldr x9, [x20, #0x18]
   b2c: 204d40f9                       ldr x0, [x9, #0x98]
   b30: 284d00f9                       str x8, [x9, #0x98]
   b34: c0040036                       tbz w0, #0x0, #0x98
   b38: 2b000014                       b #0xac
   b3c: 23008052                       mov w3, #0x1
   b40: 453d8052                       mov w5, #0x1ea
   b44: b0ffff17                       b #-0x140
   b48: 240080d2                       mov x4, #0x1
   b4c: 2401c0f2                       movk x4, #0x9, lsl #32
   b50: 84c00091                       add x4, x4, #0x30
   b54: 23008052                       mov w3, #0x1
   b58: 453d8052                       mov w5, #0x1ea
   b5c: e10313aa                       mov x1, x19
   b60: e00314aa                       mov x0, x20
   b64: e20316aa                       mov x2, x22
   b68: 00000094                       bl #0x0
        # hole +0xb68: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   b6c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   b70: c0035fd6                       ret
   b74: 84540091                       add x4, x4, #0x15
   b78: 23008052                       mov w3, #0x1
   b7c: 851b8052                       mov w5, #0xdc
   b80: e00314aa                       mov x0, x20
   b84: e20316aa                       mov x2, x22
   b88: 00000094                       bl #0x0
        # hole +0xb88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   b8c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   b90: c0035fd6                       ret
   b94: 090140f9                       ldr x9, [x8]
   b98: 29050091                       add x9, x9, #0x1
   b9c: 090100f9                       str x9, [x8]
   ba0: a80200f9                       str x8, [x21]
   ba4: 090040f9                       ldr x9, [x0]
   ba8: 290500f1                       subs x9, x9, #0x1
   bac: 090000f9                       str x9, [x0]
   bb0: c1fbff54                       b.ne #-0x88
   bb4: 00000094                       bl #0x0
        # hole +0xbb4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   bb8: a80240f9                       ldr x8, [x21]
   bbc: 890e40f9                       ldr x9, [x20, #0x18]
   bc0: 204d40f9                       ldr x0, [x9, #0x98]
   bc4: 284d00f9                       str x8, [x9, #0x98]
   bc8: e0000037                       tbnz w0, #0x0, #0x1c
   bcc: 080040f9                       ldr x8, [x0]
   bd0: 080500f1                       subs x8, x8, #0x1
   bd4: 080000f9                       str x8, [x0]
   bd8: 61000054                       b.ne #0xc
   bdc: 00000094                       bl #0x0
        # hole +0xbdc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   be0: 890e40f9                       ldr x9, [x20, #0x18]
   be4: 205140f9                       ldr x0, [x9, #0xa0]
   be8: 80000037                       tbnz w0, #0x0, #0x10
   bec: 080040f9                       ldr x8, [x0]
   bf0: 08050091                       add x8, x8, #0x1
   bf4: 080000f9                       str x8, [x0]
   bf8: a00200f9                       str x0, [x21]
   bfc: e8d20091                       add x8, x23, #0x34
   c00: 00030037                       tbnz w0, #0x0, #0x60
   c04: 090840b9                       ldr w9, [x0, #0x8]
   c08: 3f1d0071                       cmp w9, #0x7
   c0c: a1020054                       b.ne #0x54
   c10: 08000090                       adrp x8, #0
        # hole +0xc10: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   c14: 080140f9                       ldr x8, [x8]
        # hole +0xc14: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   c18: 091840f9                       ldr x9, [x0, #0x30]
   c1c: 291940f9                       ldr x9, [x9, #0x30]
   c20: 3f0108eb                       cmp x9, x8
   c24: 41020054                       b.ne #0x48
   c28: 081c40f9                       ldr x8, [x0, #0x38]
   c2c: e82600b4                       cbz x8, #0x4dc
   c30: 092040f9                       ldr x9, [x0, #0x40]
   c34: 29040036                       tbz w9, #0x0, #0x84
   c38: a90200f9                       str x9, [x21]
   c3c: 080040f9                       ldr x8, [x0]
   c40: 080500f1                       subs x8, x8, #0x1
   c44: 080000f9                       str x8, [x0]
   c48: 80040054                       b.eq #0x90
   c4c: 880e40f9                       ldr x8, [x20, #0x18]
   c50: 005540f9                       ldr x0, [x8, #0xa8]
   c54: 095500f9                       str x9, [x8, #0xa8]
   c58: c0040036                       tbz w0, #0x0, #0x98
   c5c: 2b000014                       b #0xac
   c60: 23008052                       mov w3, #0x1
   c64: 45428052                       mov w5, #0x212
   c68: 67ffff17                       b #-0x264
   c6c: 240080d2                       mov x4, #0x1
   c70: 2401c0f2                       movk x4, #0x9, lsl #32
   c74: 84d00091                       add x4, x4, #0x34
   c78: 23008052                       mov w3, #0x1
   c7c: 45428052                       mov w5, #0x212
   c80: e10313aa                       mov x1, x19
   c84: e00314aa                       mov x0, x20
   c88: e20316aa                       mov x2, x22
   c8c: 00000094                       bl #0x0
        # hole +0xc8c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   c90: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   c94: c0035fd6                       ret
   c98: 846c0091                       add x4, x4, #0x1b
   c9c: 23008052                       mov w3, #0x1
   ca0: 05238052                       mov w5, #0x118
   ca4: e00314aa                       mov x0, x20
   ca8: e20316aa                       mov x2, x22
   cac: 00000094                       bl #0x0
        # hole +0xcac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   cb0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   cb4: c0035fd6                       ret
   cb8: 280140f9                       ldr x8, [x9]
   cbc: 08050091                       add x8, x8, #0x1
   cc0: 280100f9                       str x8, [x9]
   cc4: a90200f9                       str x9, [x21]
   cc8: 080040f9                       ldr x8, [x0]
   ccc: 080500f1                       subs x8, x8, #0x1
   cd0: 080000f9                       str x8, [x0]
   cd4: c1fbff54                       b.ne #-0x88
   cd8: 00000094                       bl #0x0
        # hole +0xcd8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   cdc: a90240f9                       ldr x9, [x21]
   ce0: 880e40f9                       ldr x8, [x20, #0x18]
   ce4: 005540f9                       ldr x0, [x8, #0xa8]
   ce8: 095500f9                       str x9, [x8, #0xa8]
   cec: e0000037                       tbnz w0, #0x0, #0x1c
   cf0: 090040f9                       ldr x9, [x0]
   cf4: 290500f1                       subs x9, x9, #0x1
   cf8: 090000f9                       str x9, [x0]
   cfc: 61000054                       b.ne #0xc
   d00: 00000094                       bl #0x0
        # hole +0xd00: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d04: 880e40f9                       ldr x8, [x20, #0x18]
   d08: 005940f9                       ldr x0, [x8, #0xb0]
   d0c: 80030037                       tbnz w0, #0x0, #0x70
   d10: 090040f9                       ldr x9, [x0]
   d14: 29050091                       add x9, x9, #0x1
   d18: 090000f9                       str x9, [x0]
   d1c: a00200f9                       str x0, [x21]
   d20: 0a0840b9                       ldr w10, [x0, #0x8]
   d24: e9ea0091                       add x9, x23, #0x3a
   d28: 5f1d0071                       cmp w10, #0x7
   d2c: 01040054                       b.ne #0x80
   d30: 0a1840f9                       ldr x10, [x0, #0x30]
   d34: 4a1940f9                       ldr x10, [x10, #0x30]
   d38: 4a1542d1                       sub x10, x10, #0x85, lsl #12
   d3c: 5fed3af1                       cmp x10, #0xebb
   d40: 61030054                       b.ne #0x6c
   d44: 091c40f9                       ldr x9, [x0, #0x38]
   d48: 3f0900f1                       cmp x9, #0x2
   d4c: 431f0054                       b.lo #0x3e8
   d50: 092440f9                       ldr x9, [x0, #0x48]
   d54: 49040036                       tbz w9, #0x0, #0x88
   d58: a90200f9                       str x9, [x21]
   d5c: 0a0040f9                       ldr x10, [x0]
   d60: 4a0500f1                       subs x10, x10, #0x1
   d64: 0a0000f9                       str x10, [x0]
   d68: a0040054                       b.eq #0x94
   d6c: 005d40f9                       ldr x0, [x8, #0xb8]
   d70: 095d00f9                       str x9, [x8, #0xb8]
   d74: 00050036                       tbz w0, #0x0, #0xa0
   d78: 2d000014                       b #0xb4
   d7c: a00200f9                       str x0, [x21]
   d80: 240080d2                       mov x4, #0x1
   d84: 2401c0f2                       movk x4, #0x9, lsl #32
   d88: 84e80091                       add x4, x4, #0x3a
   d8c: 23008052                       mov w3, #0x1
   d90: c5498052                       mov w5, #0x24e
   d94: e10313aa                       mov x1, x19
   d98: e00314aa                       mov x0, x20
   d9c: e20316aa                       mov x2, x22
   da0: 00000094                       bl #0x0
        # hole +0xda0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   da4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   da8: c0035fd6                       ret
   dac: 23008052                       mov w3, #0x1
   db0: c5498052                       mov w5, #0x24e
   db4: d0feff17                       b #-0x4c0
   db8: 84840091                       add x4, x4, #0x21
   dbc: 23008052                       mov w3, #0x1
   dc0: 852a8052                       mov w5, #0x154
   dc4: e10313aa                       mov x1, x19
   dc8: e00314aa                       mov x0, x20
   dcc: e20316aa                       mov x2, x22
   dd0: 00000094                       bl #0x0
        # hole +0xdd0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   dd4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   dd8: c0035fd6                       ret
   ddc: 2a0140f9                       ldr x10, [x9]
   de0: 4a050091                       add x10, x10, #0x1
   de4: 2a0100f9                       str x10, [x9]
   de8: a90200f9                       str x9, [x21]
   dec: 0a0040f9                       ldr x10, [x0]
   df0: 4a0500f1                       subs x10, x10, #0x1
   df4: 0a0000f9                       str x10, [x0]
   df8: a1fbff54                       b.ne #-0x8c
   dfc: 00000094                       bl #0x0
        # hole +0xdfc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   e00: a90240f9                       ldr x9, [x21]
   e04: 880e40f9                       ldr x8, [x20, #0x18]
   e08: 005d40f9                       ldr x0, [x8, #0xb8]
   e0c: 095d00f9                       str x9, [x8, #0xb8]
   e10: e0000037                       tbnz w0, #0x0, #0x1c
   e14: 090040f9                       ldr x9, [x0]
   e18: 290500f1                       subs x9, x9, #0x1
   e1c: 090000f9                       str x9, [x0]
   e20: 61000054                       b.ne #0xc
   e24: 00000094                       bl #0x0
        # hole +0xe24: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   e28: 880e40f9                       ldr x8, [x20, #0x18]
   e2c: 006140f9                       ldr x0, [x8, #0xc0]
   e30: 80000037                       tbnz w0, #0x0, #0x10
   e34: 080040f9                       ldr x8, [x0]
   e38: 08050091                       add x8, x8, #0x1
   e3c: 080000f9                       str x8, [x0]
   e40: a00200f9                       str x0, [x21]
   e44: e8020191                       add x8, x23, #0x40
   e48: 00030037                       tbnz w0, #0x0, #0x60
   e4c: 090840b9                       ldr w9, [x0, #0x8]
   e50: 3f1d0071                       cmp w9, #0x7
   e54: a1020054                       b.ne #0x54
   e58: 08000090                       adrp x8, #0
        # hole +0xe58: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   e5c: 080140f9                       ldr x8, [x8]
        # hole +0xe5c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   e60: 091840f9                       ldr x9, [x0, #0x30]
   e64: 291940f9                       ldr x9, [x9, #0x30]
   e68: 3f0108eb                       cmp x9, x8
   e6c: 41020054                       b.ne #0x48
   e70: 081c40f9                       ldr x8, [x0, #0x38]
   e74: 681700b4                       cbz x8, #0x2ec
   e78: 092040f9                       ldr x9, [x0, #0x40]
   e7c: 89040036                       tbz w9, #0x0, #0x90
   e80: a90200f9                       str x9, [x21]
   e84: 080040f9                       ldr x8, [x0]
   e88: 080500f1                       subs x8, x8, #0x1
   e8c: 080000f9                       str x8, [x0]
   e90: e0040054                       b.eq #0x9c
   e94: 880e40f9                       ldr x8, [x20, #0x18]
   e98: 006540f9                       ldr x0, [x8, #0xc8]
   e9c: 096500f9                       str x9, [x8, #0xc8]
   ea0: 20050036                       tbz w0, #0x0, #0xa4
   ea4: 2e000014                       b #0xb8
   ea8: 23008052                       mov w3, #0x1
   eac: 45518052                       mov w5, #0x28a
   eb0: d5feff17                       b #-0x4ac
   eb4: 240080d2                       mov x4, #0x1
   eb8: 2401c0f2                       movk x4, #0x9, lsl #32
   ebc: 84000191                       add x4, x4, #0x40
   ec0: 23008052                       mov w3, #0x1
   ec4: 45518052                       mov w5, #0x28a
   ec8: e10313aa                       mov x1, x19
   ecc: e00314aa                       mov x0, x20
   ed0: e20316aa                       mov x2, x22
   ed4: 00000094                       bl #0x0
        # hole +0xed4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   ed8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   edc: c0035fd6                       ret
   ee0: 240080d2                       mov x4, #0x1
   ee4: 2401c0f2                       movk x4, #0x9, lsl #32
   ee8: 84940091                       add x4, x4, #0x25
   eec: 23008052                       mov w3, #0x1
   ef0: 852f8052                       mov w5, #0x17c
   ef4: e10313aa                       mov x1, x19
   ef8: e00314aa                       mov x0, x20
   efc: e20316aa                       mov x2, x22
   f00: 00000094                       bl #0x0
        # hole +0xf00: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   f04: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   f08: c0035fd6                       ret
   f0c: 280140f9                       ldr x8, [x9]
   f10: 08050091                       add x8, x8, #0x1
   f14: 280100f9                       str x8, [x9]
   f18: a90200f9                       str x9, [x21]
   f1c: 080040f9                       ldr x8, [x0]
   f20: 080500f1                       subs x8, x8, #0x1
   f24: 080000f9                       str x8, [x0]
   f28: 61fbff54                       b.ne #-0x94
   f2c: 00000094                       bl #0x0
        # hole +0xf2c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   f30: a90240f9                       ldr x9, [x21]
   f34: 880e40f9                       ldr x8, [x20, #0x18]
   f38: 006540f9                       ldr x0, [x8, #0xc8]
   f3c: 096500f9                       str x9, [x8, #0xc8]
   f40: e0000037                       tbnz w0, #0x0, #0x1c
   f44: 090040f9                       ldr x9, [x0]
   f48: 290500f1                       subs x9, x9, #0x1
   f4c: 090000f9                       str x9, [x0]
   f50: 61000054                       b.ne #0xc
   f54: 00000094                       bl #0x0
        # hole +0xf54: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   f58: 880e40f9                       ldr x8, [x20, #0x18]
   f5c: 006940f9                       ldr x0, [x8, #0xd0]
   f60: a0030037                       tbnz w0, #0x0, #0x74
   f64: 090040f9                       ldr x9, [x0]
   f68: 29050091                       add x9, x9, #0x1
   f6c: 090000f9                       str x9, [x0]
   f70: a00200f9                       str x0, [x21]
   f74: 0a0840b9                       ldr w10, [x0, #0x8]
   f78: e9120191                       add x9, x23, #0x44
   f7c: 5f1d0071                       cmp w10, #0x7
   f80: 21040054                       b.ne #0x84
   f84: 0a1840f9                       ldr x10, [x0, #0x30]
   f88: 4a1940f9                       ldr x10, [x10, #0x30]
   f8c: 4aad42d1                       sub x10, x10, #0xab, lsl #12
   f90: 5fe928f1                       cmp x10, #0xa3a
   f94: 81030054                       b.ne #0x70
   f98: 091c40f9                       ldr x9, [x0, #0x38]
   f9c: 3f0900f1                       cmp x9, #0x2
   fa0: 630f0054                       b.lo #0x1ec
   fa4: 092440f9                       ldr x9, [x0, #0x48]
   fa8: a9040036                       tbz w9, #0x0, #0x94
   fac: a90200f9                       str x9, [x21]
   fb0: 0a0040f9                       ldr x10, [x0]
   fb4: 4a0500f1                       subs x10, x10, #0x1
   fb8: 0a0000f9                       str x10, [x0]
   fbc: 00050054                       b.eq #0xa0
   fc0: 006d40f9                       ldr x0, [x8, #0xd8]
   fc4: 096d00f9                       str x9, [x8, #0xd8]
   fc8: e8260191                       add x8, x23, #0x49
   fcc: 60050036                       tbz w0, #0x0, #0xac
   fd0: 3a000014                       b #0xe8
   fd4: a00200f9                       str x0, [x21]
   fd8: 240080d2                       mov x4, #0x1
   fdc: 2401c0f2                       movk x4, #0x9, lsl #32
   fe0: 84100191                       add x4, x4, #0x44
   fe4: 23008052                       mov w3, #0x1
   fe8: 45568052                       mov w5, #0x2b2
   fec: e10313aa                       mov x1, x19
   ff0: e00314aa                       mov x0, x20
   ff4: e20316aa                       mov x2, x22
   ff8: 00000094                       bl #0x0
        # hole +0xff8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   ffc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1000: c0035fd6                       ret
  1004: 23008052                       mov w3, #0x1
  1008: 45568052                       mov w5, #0x2b2
  100c: 3afeff17                       b #-0x718
  1010: 240080d2                       mov x4, #0x1
  1014: 2401c0f2                       movk x4, #0x9, lsl #32
  1018: 84ac0091                       add x4, x4, #0x2b
  101c: 23008052                       mov w3, #0x1
  1020: 05378052                       mov w5, #0x1b8
  1024: e10313aa                       mov x1, x19
  1028: e00314aa                       mov x0, x20
  102c: e20316aa                       mov x2, x22
  1030: 00000094                       bl #0x0
        # hole +0x1030: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1034: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1038: c0035fd6                       ret
  103c: 2a0140f9                       ldr x10, [x9]
  1040: 4a050091                       add x10, x10, #0x1
  1044: 2a0100f9                       str x10, [x9]
  1048: a90200f9                       str x9, [x21]
  104c: 0a0040f9                       ldr x10, [x0]
  1050: 4a0500f1                       subs x10, x10, #0x1
  1054: 0a0000f9                       str x10, [x0]
  1058: 41fbff54                       b.ne #-0x98
  105c: 00000094                       bl #0x0
        # hole +0x105c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
  1060: a90240f9                       ldr x9, [x21]
  1064: 880e40f9                       ldr x8, [x20, #0x18]
  1068: 006d40f9                       ldr x0, [x8, #0xd8]
  106c: 096d00f9                       str x9, [x8, #0xd8]
  1070: e8260191                       add x8, x23, #0x49
  1074: 20020037                       tbnz w0, #0x0, #0x44
  1078: 090040f9                       ldr x9, [x0]
  107c: 290500f1                       subs x9, x9, #0x1
  1080: 090000f9                       str x9, [x0]
  1084: a1010054                       b.ne #0x34
  1088: 00000094                       bl #0x0
        # hole +0x1088: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
  108c: 240080d2                       mov x4, #0x1
  1090: 2401c0f2                       movk x4, #0x9, lsl #32
  1094: 84240191                       add x4, x4, #0x49
  1098: 43008052                       mov w3, #0x2
  109c: 855c8052                       mov w5, #0x2e4
  10a0: e10315aa                       mov x1, x21
  10a4: e00314aa                       mov x0, x20
  10a8: e20316aa                       mov x2, x22
  10ac: 00000094                       bl #0x0
        # hole +0x10ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  10b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  10b4: c0035fd6                       ret
  10b8: 43008052                       mov w3, #0x2
  10bc: 855c8052                       mov w5, #0x2e4
  10c0: e10315aa                       mov x1, x21
  10c4: e40308aa                       mov x4, x8
  10c8: e00314aa                       mov x0, x20
  10cc: e20316aa                       mov x2, x22
  10d0: 00000094                       bl #0x0
        # hole +0x10d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  10d4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  10d8: c0035fd6                       ret
  10dc: 240080d2                       mov x4, #0x1
  10e0: 2401c0f2                       movk x4, #0x9, lsl #32
  10e4: 84c40091                       add x4, x4, #0x31
  10e8: 23008052                       mov w3, #0x1
  10ec: 853e8052                       mov w5, #0x1f4
  10f0: e10313aa                       mov x1, x19
  10f4: e00314aa                       mov x0, x20
  10f8: e20316aa                       mov x2, x22
  10fc: 00000094                       bl #0x0
        # hole +0x10fc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1100: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1104: c0035fd6                       ret
  1108: 240080d2                       mov x4, #0x1
  110c: 2401c0f2                       movk x4, #0x9, lsl #32
  1110: 84d40091                       add x4, x4, #0x35
  1114: 23008052                       mov w3, #0x1
  1118: 85438052                       mov w5, #0x21c
  111c: e10313aa                       mov x1, x19
  1120: e00314aa                       mov x0, x20
  1124: e20316aa                       mov x2, x22
  1128: 00000094                       bl #0x0
        # hole +0x1128: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  112c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1130: c0035fd6                       ret
  1134: 240080d2                       mov x4, #0x1
  1138: 2401c0f2                       movk x4, #0x9, lsl #32
  113c: 84ec0091                       add x4, x4, #0x3b
  1140: 23008052                       mov w3, #0x1
  1144: 054b8052                       mov w5, #0x258
  1148: e10313aa                       mov x1, x19
  114c: e00314aa                       mov x0, x20
  1150: e20316aa                       mov x2, x22
  1154: 00000094                       bl #0x0
        # hole +0x1154: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1158: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  115c: c0035fd6                       ret
  1160: 240080d2                       mov x4, #0x1
  1164: 2401c0f2                       movk x4, #0x9, lsl #32
  1168: 84040191                       add x4, x4, #0x41
  116c: 23008052                       mov w3, #0x1
  1170: 85528052                       mov w5, #0x294
  1174: e10313aa                       mov x1, x19
  1178: e00314aa                       mov x0, x20
  117c: e20316aa                       mov x2, x22
  1180: 00000094                       bl #0x0
        # hole +0x1180: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1184: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1188: c0035fd6                       ret
  118c: 240080d2                       mov x4, #0x1
  1190: 2401c0f2                       movk x4, #0x9, lsl #32
  1194: 84140191                       add x4, x4, #0x45
  1198: 23008052                       mov w3, #0x1
  119c: 85578052                       mov w5, #0x2bc
  11a0: e10313aa                       mov x1, x19
  11a4: e00314aa                       mov x0, x20
  11a8: e20316aa                       mov x2, x22
  11ac: 00000094                       bl #0x0
        # hole +0x11ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  11b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  11b4: c0035fd6                       ret
  11b8: 23008052                       mov w3, #0x1
  11bc: 45298052                       mov w5, #0x14a
  11c0: 11feff17                       b #-0x7bc
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[65]+0
        # hole data+0x8: GOT Abs64 operand0[53]+0
        # hole data+0x10: GOT Abs64 operand0[49]+0
        # hole data+0x18: GOT Abs64 operand0[43]+0
        # hole data+0x20: GOT Abs64 operand0[33]+0
        # hole data+0x28: GOT Abs64 operand0[21]+0
        # hole data+0x30: GOT Abs64 operand0[17]+0
        # hole data+0x38: GOT Abs64 operand0[11]+0
        # hole data+0x40: GOT Abs64 operand0[1]+0
