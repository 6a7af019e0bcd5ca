# stencil startup_mixed for aarch64-apple-darwin: 4976 code bytes, 32 data bytes, 155 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 000140f9                       ldr x0, [x8]
     8: 80000037                       tbnz w0, #0x0, #0x10
     c: 080040f9                       ldr x8, [x0]
    10: 08050091                       add x8, x8, #0x1
    14: 080000f9                       str x8, [x0]
    18: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    1c: f30315aa                       mov x19, x21
    20: 608600f8                       str x0, [x19], #0x8
    24: 20030037                       tbnz w0, #0x0, #0x64
    28: 080840b9                       ldr w8, [x0, #0x8]
    2c: 1f1d0071                       cmp w8, #0x7
    30: c1020054                       b.ne #0x58
    34: 08000090                       adrp x8, #0
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
    38: 080140f9                       ldr x8, [x8]
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
    3c: 091840f9                       ldr x9, [x0, #0x30]
    40: 291940f9                       ldr x9, [x9, #0x30]
    44: 3f0108eb                       cmp x9, x8
    48: 01020054                       b.ne #0x40
    4c: 081c40f9                       ldr x8, [x0, #0x38]
    50: 1f0900f1                       cmp x8, #0x2
    54: 23440054                       b.lo #0x884
    58: 092440f9                       ldr x9, [x0, #0x48]
    5c: c9020036                       tbz w9, #0x0, #0x58
    60: a90200f9                       str x9, [x21]
    64: 080040f9                       ldr x8, [x0]
    68: 080500f1                       subs x8, x8, #0x1
    6c: 080000f9                       str x8, [x0]
    70: 20030054                       b.eq #0x64
    74: 880e40f9                       ldr x8, [x20, #0x18]
    78: 000540f9                       ldr x0, [x8, #0x8]
    7c: 090500f9                       str x9, [x8, #0x8]
    80: 60030036                       tbz w0, #0x0, #0x6c
    84: 20000014                       b #0x80
    88: 08000090                       adrp x8, #0
        # hole +0x88: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    8c: 080140f9                       ldr x8, [x8]
        # hole +0x8c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    90: 04050091                       add x4, x8, #0x1
    94: 23008052                       mov w3, #0x1
    98: 45018052                       mov w5, #0xa
    9c: e10313aa                       mov x1, x19
    a0: e00314aa                       mov x0, x20
    a4: e20316aa                       mov x2, x22
    a8: 00000094                       bl #0x0
        # hole +0xa8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    ac: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    b0: c0035fd6                       ret
    b4: 280140f9                       ldr x8, [x9]
    b8: 08050091                       add x8, x8, #0x1
    bc: 280100f9                       str x8, [x9]
    c0: a90200f9                       str x9, [x21]
    c4: 080040f9                       ldr x8, [x0]
    c8: 080500f1                       subs x8, x8, #0x1
    cc: 080000f9                       str x8, [x0]
    d0: 21fdff54                       b.ne #-0x5c
    d4: 00000094                       bl #0x0
        # hole +0xd4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    d8: a90240f9                       ldr x9, [x21]
    dc: 880e40f9                       ldr x8, [x20, #0x18]
    e0: 000540f9                       ldr x0, [x8, #0x8]
    e4: 090500f9                       str x9, [x8, #0x8]
    e8: e0000037                       tbnz w0, #0x0, #0x1c
    ec: 090040f9                       ldr x9, [x0]
    f0: 290500f1                       subs x9, x9, #0x1
    f4: 090000f9                       str x9, [x0]
    f8: 61000054                       b.ne #0xc
    fc: 00000094                       bl #0x0
        # hole +0xfc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   100: 880e40f9                       ldr x8, [x20, #0x18]
   104: 171140f9                       ldr x23, [x8, #0x20]
   108: 17010036                       tbz w23, #0x0, #0x20
   10c: b70200f9                       str x23, [x21]
   110: 080940f9                       ldr x8, [x8, #0x10]
   114: 68010036                       tbz w8, #0x0, #0x2c
   118: a1420091                       add x1, x21, #0x10
   11c: a80600f9                       str x8, [x21, #0x8]
   120: d7010036                       tbz w23, #0x0, #0x38
   124: 3a000014                       b #0xe8
   128: e90240f9                       ldr x9, [x23]
   12c: 29050091                       add x9, x9, #0x1
   130: e90200f9                       str x9, [x23]
   134: b70200f9                       str x23, [x21]
   138: 080940f9                       ldr x8, [x8, #0x10]
   13c: e8fe0737                       tbnz w8, #0x0, #-0x24
   140: 090140f9                       ldr x9, [x8]
   144: 29050091                       add x9, x9, #0x1
   148: 090100f9                       str x9, [x8]
   14c: a1420091                       add x1, x21, #0x10
   150: a80600f9                       str x8, [x21, #0x8]
   154: d7050037                       tbnz w23, #0x0, #0xb8
   158: e80a40b9                       ldr w8, [x23, #0x8]
   15c: 1f210071                       cmp w8, #0x8
   160: 61050054                       b.ne #0xac
   164: f90301aa                       mov x25, x1
   168: e81e40f9                       ldr x8, [x23, #0x38]
   16c: e00316aa                       mov x0, x22
   170: e10313aa                       mov x1, x19
   174: 22008052                       mov w2, #0x1
   178: 00013fd6                       blr x8
   17c: f80300aa                       mov x24, x0
   180: 600240f9                       ldr x0, [x19]
   184: c0000037                       tbnz w0, #0x0, #0x18
   188: 080040f9                       ldr x8, [x0]
   18c: 080500f1                       subs x8, x8, #0x1
   190: 080000f9                       str x8, [x0]
   194: 41000054                       b.ne #0x8
   198: 00000094                       bl #0x0
        # hole +0x198: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   19c: e80240f9                       ldr x8, [x23]
   1a0: 080500f1                       subs x8, x8, #0x1
   1a4: e80200f9                       str x8, [x23]
   1a8: 61000054                       b.ne #0xc
   1ac: e00317aa                       mov x0, x23
   1b0: 00000094                       bl #0x0
        # hole +0x1b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1b4: 983a00b4                       cbz x24, #0x750
   1b8: e10319aa                       mov x1, x25
   1bc: b80200f9                       str x24, [x21]
   1c0: 880e40f9                       ldr x8, [x20, #0x18]
   1c4: 000d40f9                       ldr x0, [x8, #0x18]
   1c8: 180d00f9                       str x24, [x8, #0x18]
   1cc: 00010037                       tbnz w0, #0x0, #0x20
   1d0: 090040f9                       ldr x9, [x0]
   1d4: 290500f1                       subs x9, x9, #0x1
   1d8: 090000f9                       str x9, [x0]
   1dc: 81000054                       b.ne #0x10
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1e4: e10319aa                       mov x1, x25
   1e8: 880e40f9                       ldr x8, [x20, #0x18]
   1ec: 001540f9                       ldr x0, [x8, #0x28]
   1f0: 20020036                       tbz w0, #0x0, #0x44
   1f4: a00200f9                       str x0, [x21]
   1f8: 171940f9                       ldr x23, [x8, #0x30]
   1fc: 97020036                       tbz w23, #0x0, #0x50
   200: 770200f9                       str x23, [x19]
   204: e0020036                       tbz w0, #0x0, #0x5c
   208: 49000014                       b #0x124
   20c: 08000090                       adrp x8, #0
        # hole +0x20c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   210: 080140f9                       ldr x8, [x8]
        # hole +0x210: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   214: 04190091                       add x4, x8, #0x6
   218: 23008052                       mov w3, #0x1
   21c: 85078052                       mov w5, #0x3c
   220: e00314aa                       mov x0, x20
   224: e20316aa                       mov x2, x22
   228: 00000094                       bl #0x0
        # hole +0x228: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   22c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   230: c0035fd6                       ret
   234: 090040f9                       ldr x9, [x0]
   238: 29050091                       add x9, x9, #0x1
   23c: 090000f9                       str x9, [x0]
   240: a00200f9                       str x0, [x21]
   244: 171940f9                       ldr x23, [x8, #0x30]
   248: d7fd0737                       tbnz w23, #0x0, #-0x48
   24c: e80240f9                       ldr x8, [x23]
   250: 08050091                       add x8, x8, #0x1
   254: e80200f9                       str x8, [x23]
   258: 770200f9                       str x23, [x19]
   25c: 80060037                       tbnz w0, #0x0, #0xd0
   260: 080840b9                       ldr w8, [x0, #0x8]
   264: 1f090071                       cmp w8, #0x2
   268: 21060054                       b.ne #0xc4
   26c: 17060037                       tbnz w23, #0x0, #0xc0
   270: e80a40b9                       ldr w8, [x23, #0x8]
   274: 1f090071                       cmp w8, #0x2
   278: a1050054                       b.ne #0xb4
   27c: 081840fd                       ldr d8, [x0, #0x30]
   280: e91a40fd                       ldr d9, [x23, #0x30]
   284: 080040f9                       ldr x8, [x0]
   288: 080500f1                       subs x8, x8, #0x1
   28c: 080000f9                       str x8, [x0]
   290: 20060054                       b.eq #0xc4
   294: 0809691e                       fmul d8, d8, d9
   298: e80240f9                       ldr x8, [x23]
   29c: 080500f1                       subs x8, x8, #0x1
   2a0: e80200f9                       str x8, [x23]
   2a4: 40060054                       b.eq #0xc8
   2a8: e00316aa                       mov x0, x22
   2ac: 0041601e                       fmov d0, d8
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2b4: 800600b4                       cbz x0, #0xd0
   2b8: e80300aa                       mov x8, x0
   2bc: a00200f9                       str x0, [x21]
   2c0: 890e40f9                       ldr x9, [x20, #0x18]
   2c4: 201d40f9                       ldr x0, [x9, #0x38]
   2c8: 281d00f9                       str x8, [x9, #0x38]
   2cc: 20070037                       tbnz w0, #0x0, #0xe4
   2d0: 080040f9                       ldr x8, [x0]
   2d4: 080500f1                       subs x8, x8, #0x1
   2d8: 080000f9                       str x8, [x0]
   2dc: e10319aa                       mov x1, x25
   2e0: 00070054                       b.eq #0xe0
   2e4: 282140f9                       ldr x8, [x9, #0x40]
   2e8: 68070036                       tbz w8, #0x0, #0xec
   2ec: a80200f9                       str x8, [x21]
   2f0: 2a2540f9                       ldr x10, [x9, #0x48]
   2f4: ca070036                       tbz w10, #0x0, #0xf8
   2f8: 6a0200f9                       str x10, [x19]
   2fc: 0b010a0a                       and w11, w8, w10
   300: 2b080037                       tbnz w11, #0x0, #0x104
   304: 08000090                       adrp x8, #0
        # hole +0x304: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   308: 080140f9                       ldr x8, [x8]
        # hole +0x308: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   30c: 043d0091                       add x4, x8, #0xf
   310: 23008052                       mov w3, #0x1
   314: c5128052                       mov w5, #0x96
   318: e00314aa                       mov x0, x20
   31c: e20316aa                       mov x2, x22
   320: 00000094                       bl #0x0
        # hole +0x320: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   324: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   328: c0035fd6                       ret
   32c: 08000090                       adrp x8, #0
        # hole +0x32c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   330: 080140f9                       ldr x8, [x8]
        # hole +0x330: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   334: 04290091                       add x4, x8, #0xa
   338: 23008052                       mov w3, #0x1
   33c: 850c8052                       mov w5, #0x64
   340: e00314aa                       mov x0, x20
   344: e20316aa                       mov x2, x22
   348: 00000094                       bl #0x0
        # hole +0x348: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   34c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   350: c0035fd6                       ret
   354: 00000094                       bl #0x0
        # hole +0x354: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   358: 0809691e                       fmul d8, d8, d9
   35c: e80240f9                       ldr x8, [x23]
   360: 080500f1                       subs x8, x8, #0x1
   364: e80200f9                       str x8, [x23]
   368: 01faff54                       b.ne #-0xc0
   36c: e00317aa                       mov x0, x23
   370: 00000094                       bl #0x0
        # hole +0x370: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   374: e00316aa                       mov x0, x22
   378: 0041601e                       fmov d0, d8
   37c: 00000094                       bl #0x0
        # hole +0x37c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   380: c0f9ffb5                       cbnz x0, #-0xc8
   384: 08000090                       adrp x8, #0
        # hole +0x384: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   388: 080140f9                       ldr x8, [x8]
        # hole +0x388: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   38c: 042d0091                       add x4, x8, #0xb
   390: 63008052                       mov w3, #0x3
   394: c50d8052                       mov w5, #0x6e
   398: e10315aa                       mov x1, x21
   39c: e00314aa                       mov x0, x20
   3a0: e20316aa                       mov x2, x22
   3a4: 00000094                       bl #0x0
        # hole +0x3a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3a8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   3ac: c0035fd6                       ret
   3b0: e10319aa                       mov x1, x25
   3b4: 282140f9                       ldr x8, [x9, #0x40]
   3b8: a8f90737                       tbnz w8, #0x0, #-0xcc
   3bc: 06000014                       b #0x18
   3c0: 00000094                       bl #0x0
        # hole +0x3c0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   3c4: e10319aa                       mov x1, x25
   3c8: 890e40f9                       ldr x9, [x20, #0x18]
   3cc: 282140f9                       ldr x8, [x9, #0x40]
   3d0: e8f80737                       tbnz w8, #0x0, #-0xe4
   3d4: 0a0140f9                       ldr x10, [x8]
   3d8: 4a050091                       add x10, x10, #0x1
   3dc: 0a0100f9                       str x10, [x8]
   3e0: a80200f9                       str x8, [x21]
   3e4: 2a2540f9                       ldr x10, [x9, #0x48]
   3e8: 8af80737                       tbnz w10, #0x0, #-0xf0
   3ec: 4b0140f9                       ldr x11, [x10]
   3f0: 6b050091                       add x11, x11, #0x1
   3f4: 4b0100f9                       str x11, [x10]
   3f8: 6a0200f9                       str x10, [x19]
   3fc: 0b010a0a                       and w11, w8, w10
   400: 2bf80736                       tbz w11, #0x0, #-0xfc
   404: 0b000090                       adrp x11, #0
        # hole +0x404: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
   408: 6b0140f9                       ldr x11, [x11]
        # hole +0x408: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
   40c: 08fd4193                       asr x8, x8, #1
   410: 0c000090                       adrp x12, #0
        # hole +0x410: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   414: 8c0140f9                       ldr x12, [x12]
        # hole +0x414: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   418: 1f058aeb                       cmp x8, x10, asr #1
   41c: 88b18b9a                       csel x8, x12, x11, lt
   420: a80200f9                       str x8, [x21]
   424: 4a3f0054                       b.ge #0x7e8
   428: 202940f9                       ldr x0, [x9, #0x50]
   42c: e0000036                       tbz w0, #0x0, #0x1c
   430: a00200f9                       str x0, [x21]
   434: 372d40f9                       ldr x23, [x9, #0x58]
   438: 57010036                       tbz w23, #0x0, #0x28
   43c: 770200f9                       str x23, [x19]
   440: a0010036                       tbz w0, #0x0, #0x34
   444: 3f000014                       b #0xfc
   448: 080040f9                       ldr x8, [x0]
   44c: 08050091                       add x8, x8, #0x1
   450: 080000f9                       str x8, [x0]
   454: a00200f9                       str x0, [x21]
   458: 372d40f9                       ldr x23, [x9, #0x58]
   45c: 17ff0737                       tbnz w23, #0x0, #-0x20
   460: e80240f9                       ldr x8, [x23]
   464: 08050091                       add x8, x8, #0x1
   468: e80200f9                       str x8, [x23]
   46c: 770200f9                       str x23, [x19]
   470: 80060037                       tbnz w0, #0x0, #0xd0
   474: 080840b9                       ldr w8, [x0, #0x8]
   478: 1f090071                       cmp w8, #0x2
   47c: 21060054                       b.ne #0xc4
   480: 17060037                       tbnz w23, #0x0, #0xc0
   484: e80a40b9                       ldr w8, [x23, #0x8]
   488: 1f090071                       cmp w8, #0x2
   48c: a1050054                       b.ne #0xb4
   490: 081840fd                       ldr d8, [x0, #0x30]
   494: e91a40fd                       ldr d9, [x23, #0x30]
   498: 080040f9                       ldr x8, [x0]
   49c: 080500f1                       subs x8, x8, #0x1
   4a0: 080000f9                       str x8, [x0]
   4a4: 20060054                       b.eq #0xc4
   4a8: 0809691e                       fmul d8, d8, d9
   4ac: e80240f9                       ldr x8, [x23]
   4b0: 080500f1                       subs x8, x8, #0x1
   4b4: e80200f9                       str x8, [x23]
   4b8: 40060054                       b.eq #0xc8
   4bc: e00316aa                       mov x0, x22
   4c0: 0041601e                       fmov d0, d8
   4c4: 00000094                       bl #0x0
        # hole +0x4c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   4c8: 800600b4                       cbz x0, #0xd0
   4cc: e80300aa                       mov x8, x0
   4d0: a00200f9                       str x0, [x21]
   4d4: 890e40f9                       ldr x9, [x20, #0x18]
   4d8: 203140f9                       ldr x0, [x9, #0x60]
   4dc: 283100f9                       str x8, [x9, #0x60]
   4e0: 20070037                       tbnz w0, #0x0, #0xe4
   4e4: 080040f9                       ldr x8, [x0]
   4e8: 080500f1                       subs x8, x8, #0x1
   4ec: 080000f9                       str x8, [x0]
   4f0: e10319aa                       mov x1, x25
   4f4: 00070054                       b.eq #0xe0
   4f8: 283540f9                       ldr x8, [x9, #0x68]
   4fc: 68070036                       tbz w8, #0x0, #0xec
   500: a80200f9                       str x8, [x21]
   504: 2a3940f9                       ldr x10, [x9, #0x70]
   508: ca070036                       tbz w10, #0x0, #0xf8
   50c: 6a0200f9                       str x10, [x19]
   510: 0b010a0a                       and w11, w8, w10
   514: 2b080037                       tbnz w11, #0x0, #0x104
   518: 08000090                       adrp x8, #0
        # hole +0x518: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   51c: 080140f9                       ldr x8, [x8]
        # hole +0x51c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   520: 04650091                       add x4, x8, #0x19
   524: 23008052                       mov w3, #0x1
   528: 451f8052                       mov w5, #0xfa
   52c: e00314aa                       mov x0, x20
   530: e20316aa                       mov x2, x22
   534: 00000094                       bl #0x0
        # hole +0x534: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   538: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   53c: c0035fd6                       ret
   540: 08000090                       adrp x8, #0
        # hole +0x540: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   544: 080140f9                       ldr x8, [x8]
        # hole +0x544: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   548: 04510091                       add x4, x8, #0x14
   54c: 23008052                       mov w3, #0x1
   550: 05198052                       mov w5, #0xc8
   554: e00314aa                       mov x0, x20
   558: e20316aa                       mov x2, x22
   55c: 00000094                       bl #0x0
        # hole +0x55c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   560: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   564: c0035fd6                       ret
   568: 00000094                       bl #0x0
        # hole +0x568: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   56c: 0809691e                       fmul d8, d8, d9
   570: e80240f9                       ldr x8, [x23]
   574: 080500f1                       subs x8, x8, #0x1
   578: e80200f9                       str x8, [x23]
   57c: 01faff54                       b.ne #-0xc0
   580: e00317aa                       mov x0, x23
   584: 00000094                       bl #0x0
        # hole +0x584: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   588: e00316aa                       mov x0, x22
   58c: 0041601e                       fmov d0, d8
   590: 00000094                       bl #0x0
        # hole +0x590: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   594: c0f9ffb5                       cbnz x0, #-0xc8
   598: 08000090                       adrp x8, #0
        # hole +0x598: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   59c: 080140f9                       ldr x8, [x8]
        # hole +0x59c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   5a0: 04550091                       add x4, x8, #0x15
   5a4: 63008052                       mov w3, #0x3
   5a8: 451a8052                       mov w5, #0xd2
   5ac: e10315aa                       mov x1, x21
   5b0: e00314aa                       mov x0, x20
   5b4: e20316aa                       mov x2, x22
   5b8: 00000094                       bl #0x0
        # hole +0x5b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   5bc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   5c0: c0035fd6                       ret
   5c4: e10319aa                       mov x1, x25
   5c8: 283540f9                       ldr x8, [x9, #0x68]
   5cc: a8f90737                       tbnz w8, #0x0, #-0xcc
   5d0: 06000014                       b #0x18
   5d4: 00000094                       bl #0x0
        # hole +0x5d4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   5d8: e10319aa                       mov x1, x25
   5dc: 890e40f9                       ldr x9, [x20, #0x18]
   5e0: 283540f9                       ldr x8, [x9, #0x68]
   5e4: e8f80737                       tbnz w8, #0x0, #-0xe4
   5e8: 0a0140f9                       ldr x10, [x8]
   5ec: 4a050091                       add x10, x10, #0x1
   5f0: 0a0100f9                       str x10, [x8]
   5f4: a80200f9                       str x8, [x21]
   5f8: 2a3940f9                       ldr x10, [x9, #0x70]
   5fc: 8af80737                       tbnz w10, #0x0, #-0xf0
   600: 4b0140f9                       ldr x11, [x10]
   604: 6b050091                       add x11, x11, #0x1
   608: 4b0100f9                       str x11, [x10]
   60c: 6a0200f9                       str x10, [x19]
   610: 0b010a0a                       and w11, w8, w10
   614: 2bf80736                       tbz w11, #0x0, #-0xfc
   618: 0bfd4193                       asr x11, x8, #1
   61c: 4afd4193                       asr x10, x10, #1
   620: 687d0a9b                       mul x8, x11, x10
   624: 6a7d4a9b                       smulh x10, x11, x10
   628: 5ffd88eb                       cmp x10, x8, asr #63
   62c: 41420054                       b.ne #0x848
   630: 0a00f8d2                       mov x10, #-0x4000000000000000
   634: 0a010a8b                       add x10, x8, x10
   638: ea41f8b6                       tbz x10, #0x3f, #0x83c
   63c: 2a008052                       mov w10, #0x1
   640: 480508aa                       orr x8, x10, x8, lsl #1
   644: a80200f9                       str x8, [x21]
   648: 203d40f9                       ldr x0, [x9, #0x78]
   64c: 283d00f9                       str x8, [x9, #0x78]
   650: 00010037                       tbnz w0, #0x0, #0x20
   654: 080040f9                       ldr x8, [x0]
   658: 080500f1                       subs x8, x8, #0x1
   65c: 080000f9                       str x8, [x0]
   660: 81000054                       b.ne #0x10
   664: 00000094                       bl #0x0
        # hole +0x664: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   668: e10319aa                       mov x1, x25
   66c: 890e40f9                       ldr x9, [x20, #0x18]
   670: 284140f9                       ldr x8, [x9, #0x80]
   674: 28020036                       tbz w8, #0x0, #0x44
   678: a80200f9                       str x8, [x21]
   67c: 2a4540f9                       ldr x10, [x9, #0x88]
   680: 8a020036                       tbz w10, #0x0, #0x50
   684: 6a0200f9                       str x10, [x19]
   688: 0b010a0a                       and w11, w8, w10
   68c: eb020037                       tbnz w11, #0x0, #0x5c
   690: 08000090                       adrp x8, #0
        # hole +0x690: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   694: 080140f9                       ldr x8, [x8]
        # hole +0x694: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   698: 04790091                       add x4, x8, #0x1e
   69c: 23008052                       mov w3, #0x1
   6a0: 85258052                       mov w5, #0x12c
   6a4: e00314aa                       mov x0, x20
   6a8: e20316aa                       mov x2, x22
   6ac: 00000094                       bl #0x0
        # hole +0x6ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   6b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   6b4: c0035fd6                       ret
   6b8: 0a0140f9                       ldr x10, [x8]
   6bc: 4a050091                       add x10, x10, #0x1
   6c0: 0a0100f9                       str x10, [x8]
   6c4: a80200f9                       str x8, [x21]
   6c8: 2a4540f9                       ldr x10, [x9, #0x88]
   6cc: cafd0737                       tbnz w10, #0x0, #-0x48
   6d0: 4b0140f9                       ldr x11, [x10]
   6d4: 6b050091                       add x11, x11, #0x1
   6d8: 4b0100f9                       str x11, [x10]
   6dc: 6a0200f9                       str x10, [x19]
   6e0: 0b010a0a                       and w11, w8, w10
   6e4: 6bfd0736                       tbz w11, #0x0, #-0x54
   6e8: 0bfd4193                       asr x11, x8, #1
   6ec: 4afd4193                       asr x10, x10, #1
   6f0: 687d0a9b                       mul x8, x11, x10
   6f4: 6a7d4a9b                       smulh x10, x11, x10
   6f8: 5ffd88eb                       cmp x10, x8, asr #63
   6fc: 013d0054                       b.ne #0x7a0
   700: 0a00f8d2                       mov x10, #-0x4000000000000000
   704: 0a010a8b                       add x10, x8, x10
   708: aa3cf8b6                       tbz x10, #0x3f, #0x794
   70c: 2a008052                       mov w10, #0x1
   710: 480508aa                       orr x8, x10, x8, lsl #1
   714: a80200f9                       str x8, [x21]
   718: 204940f9                       ldr x0, [x9, #0x90]
   71c: 284900f9                       str x8, [x9, #0x90]
   720: 00010037                       tbnz w0, #0x0, #0x20
   724: 080040f9                       ldr x8, [x0]
   728: 080500f1                       subs x8, x8, #0x1
   72c: 080000f9                       str x8, [x0]
   730: 81000054                       b.ne #0x10
   734: 00000094                       bl #0x0
        # hole +0x734: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   738: e10319aa                       mov x1, x25
   73c: 890e40f9                       ldr x9, [x20, #0x18]
   740: 284d40f9                       ldr x8, [x9, #0x98]
   744: 28020036                       tbz w8, #0x0, #0x44
   748: a80200f9                       str x8, [x21]
   74c: 2a5140f9                       ldr x10, [x9, #0xa0]
   750: 8a020036                       tbz w10, #0x0, #0x50
   754: 6a0200f9                       str x10, [x19]
   758: 0b010a0a                       and w11, w8, w10
   75c: eb020037                       tbnz w11, #0x0, #0x5c
   760: 08000090                       adrp x8, #0
        # hole +0x760: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   764: 080140f9                       ldr x8, [x8]
        # hole +0x764: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   768: 048d0091                       add x4, x8, #0x23
   76c: 23008052                       mov w3, #0x1
   770: c52b8052                       mov w5, #0x15e
   774: e00314aa                       mov x0, x20
   778: e20316aa                       mov x2, x22
   77c: 00000094                       bl #0x0
        # hole +0x77c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   780: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   784: c0035fd6                       ret
   788: 0a0140f9                       ldr x10, [x8]
   78c: 4a050091                       add x10, x10, #0x1
   790: 0a0100f9                       str x10, [x8]
   794: a80200f9                       str x8, [x21]
   798: 2a5140f9                       ldr x10, [x9, #0xa0]
   79c: cafd0737                       tbnz w10, #0x0, #-0x48
   7a0: 4b0140f9                       ldr x11, [x10]
   7a4: 6b050091                       add x11, x11, #0x1
   7a8: 4b0100f9                       str x11, [x10]
   7ac: 6a0200f9                       str x10, [x19]
   7b0: 0b010a0a                       and w11, w8, w10
   7b4: 6bfd0736                       tbz w11, #0x0, #-0x54
   7b8: 0bfd4193                       asr x11, x8, #1
   7bc: 4afd4193                       asr x10, x10, #1
   7c0: 687d0a9b                       mul x8, x11, x10
   7c4: 6a7d4a9b                       smulh x10, x11, x10
   7c8: 5ffd88eb                       cmp x10, x8, asr #63
   7cc: 213f0054                       b.ne #0x7e4
   7d0: 0a00f8d2                       mov x10, #-0x4000000000000000
   7d4: 0a010a8b                       add x10, x8, x10
   7d8: ca3ef8b6                       tbz x10, #0x3f, #0x7d8
   7dc: 2a008052                       mov w10, #0x1
   7e0: 480508aa                       orr x8, x10, x8, lsl #1
   7e4: a80200f9                       str x8, [x21]
   7e8: 205540f9                       ldr x0, [x9, #0xa8]
   7ec: 285500f9                       str x8, [x9, #0xa8]
   7f0: e0000037                       tbnz w0, #0x0, #0x1c
   7f4: 080040f9                       ldr x8, [x0]
   7f8: 080500f1                       subs x8, x8, #0x1
   7fc: 080000f9                       str x8, [x0]
   800: 61000054                       b.ne #0xc
   804: 00000094                       bl #0x0
        # hole +0x804: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   808: 890e40f9                       ldr x9, [x20, #0x18]
   80c: a8078052                       mov w8, #0x3d
   810: a80200f9                       str x8, [x21]
   814: 205940f9                       ldr x0, [x9, #0xb0]
   818: 285900f9                       str x8, [x9, #0xb0]
   81c: e0000037                       tbnz w0, #0x0, #0x1c
   820: 080040f9                       ldr x8, [x0]
   824: 080500f1                       subs x8, x8, #0x1
   828: 080000f9                       str x8, [x0]
   82c: 61000054                       b.ne #0xc
   830: 00000094                       bl #0x0
        # hole +0x830: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   834: 890e40f9                       ldr x9, [x20, #0x18]
   838: 205d40f9                       ldr x0, [x9, #0xb8]
   83c: 60030037                       tbnz w0, #0x0, #0x6c
   840: 080040f9                       ldr x8, [x0]
   844: 08050091                       add x8, x8, #0x1
   848: 080000f9                       str x8, [x0]
   84c: a00200f9                       str x0, [x21]
   850: 080840b9                       ldr w8, [x0, #0x8]
   854: 1f1d0071                       cmp w8, #0x7
   858: a1020054                       b.ne #0x54
   85c: 081840f9                       ldr x8, [x0, #0x30]
   860: 081940f9                       ldr x8, [x8, #0x30]
   864: 081942d1                       sub x8, x8, #0x86, lsl #12
   868: 1fed3af1                       cmp x8, #0xebb
   86c: 01020054                       b.ne #0x40
   870: 081c40f9                       ldr x8, [x0, #0x38]
   874: 1f0900f1                       cmp x8, #0x2
   878: e3470054                       b.lo #0x8fc
   87c: 082440f9                       ldr x8, [x0, #0x48]
   880: 88050036                       tbz w8, #0x0, #0xb0
   884: a80200f9                       str x8, [x21]
   888: 0a0040f9                       ldr x10, [x0]
   88c: 4a0500f1                       subs x10, x10, #0x1
   890: 0a0000f9                       str x10, [x0]
   894: e0050054                       b.eq #0xbc
   898: 206140f9                       ldr x0, [x9, #0xc0]
   89c: 286100f9                       str x8, [x9, #0xc0]
   8a0: 40060036                       tbz w0, #0x0, #0xc8
   8a4: 37000014                       b #0xdc
   8a8: a00200f9                       str x0, [x21]
   8ac: 08000090                       adrp x8, #0
        # hole +0x8ac: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8b0: 080140f9                       ldr x8, [x8]
        # hole +0x8b0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8b4: 04a50091                       add x4, x8, #0x29
   8b8: 23008052                       mov w3, #0x1
   8bc: 45338052                       mov w5, #0x19a
   8c0: e10313aa                       mov x1, x19
   8c4: e00314aa                       mov x0, x20
   8c8: e20316aa                       mov x2, x22
   8cc: 00000094                       bl #0x0
        # hole +0x8cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   8d0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   8d4: c0035fd6                       ret
   8d8: 08000090                       adrp x8, #0
        # hole +0x8d8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   8dc: 080140f9                       ldr x8, [x8]
        # hole +0x8dc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   8e0: 04090091                       add x4, x8, #0x2
   8e4: 23008052                       mov w3, #0x1
   8e8: 85028052                       mov w5, #0x14
   8ec: e10313aa                       mov x1, x19
   8f0: e00314aa                       mov x0, x20
   8f4: e20316aa                       mov x2, x22
   8f8: 00000094                       bl #0x0
        # hole +0x8f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   8fc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   900: c0035fd6                       ret
   904: 08000090                       adrp x8, #0
        # hole +0x904: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   908: 080140f9                       ldr x8, [x8]
        # hole +0x908: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   90c: 04190091                       add x4, x8, #0x6
   910: 63008052                       mov w3, #0x3
   914: 85078052                       mov w5, #0x3c
   918: e10315aa                       mov x1, x21
   91c: e00314aa                       mov x0, x20
   920: e20316aa                       mov x2, x22
   924: 00000094                       bl #0x0
        # hole +0x924: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   928: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   92c: c0035fd6                       ret
   930: 0a0140f9                       ldr x10, [x8]
   934: 4a050091                       add x10, x10, #0x1
   938: 0a0100f9                       str x10, [x8]
   93c: a80200f9                       str x8, [x21]
   940: 0a0040f9                       ldr x10, [x0]
   944: 4a0500f1                       subs x10, x10, #0x1
   948: 0a0000f9                       str x10, [x0]
   94c: 61faff54                       b.ne #-0xb4
   950: 00000094                       bl #0x0
        # hole +0x950: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   954: a80240f9                       ldr x8, [x21]
   958: 890e40f9                       ldr x9, [x20, #0x18]
   95c: 206140f9                       ldr x0, [x9, #0xc0]
   960: 286100f9                       str x8, [x9, #0xc0]
   964: e0000037                       tbnz w0, #0x0, #0x1c
   968: 080040f9                       ldr x8, [x0]
   96c: 080500f1                       subs x8, x8, #0x1
   970: 080000f9                       str x8, [x0]
   974: 61000054                       b.ne #0xc
   978: 00000094                       bl #0x0
        # hole +0x978: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   97c: 890e40f9                       ldr x9, [x20, #0x18]
   980: 377140f9                       ldr x23, [x9, #0xe0]
   984: 57010036                       tbz w23, #0x0, #0x28
   988: b70200f9                       str x23, [x21]
   98c: 286540f9                       ldr x8, [x9, #0xc8]
   990: a8010036                       tbz w8, #0x0, #0x34
   994: 680200f9                       str x8, [x19]
   998: 286940f9                       ldr x8, [x9, #0xd0]
   99c: 08020036                       tbz w8, #0x0, #0x40
   9a0: a80a00f9                       str x8, [x21, #0x10]
   9a4: 77020036                       tbz w23, #0x0, #0x4c
   9a8: 43000014                       b #0x10c
   9ac: e80240f9                       ldr x8, [x23]
   9b0: 08050091                       add x8, x8, #0x1
   9b4: e80200f9                       str x8, [x23]
   9b8: b70200f9                       str x23, [x21]
   9bc: 286540f9                       ldr x8, [x9, #0xc8]
   9c0: a8fe0737                       tbnz w8, #0x0, #-0x2c
   9c4: 0a0140f9                       ldr x10, [x8]
   9c8: 4a050091                       add x10, x10, #0x1
   9cc: 0a0100f9                       str x10, [x8]
   9d0: 680200f9                       str x8, [x19]
   9d4: 286940f9                       ldr x8, [x9, #0xd0]
   9d8: 48fe0737                       tbnz w8, #0x0, #-0x38
   9dc: 090140f9                       ldr x9, [x8]
   9e0: 29050091                       add x9, x9, #0x1
   9e4: 090100f9                       str x9, [x8]
   9e8: a80a00f9                       str x8, [x21, #0x10]
   9ec: 57060037                       tbnz w23, #0x0, #0xc8
   9f0: e80a40b9                       ldr w8, [x23, #0x8]
   9f4: 1f210071                       cmp w8, #0x8
   9f8: e1050054                       b.ne #0xbc
   9fc: e81e40f9                       ldr x8, [x23, #0x38]
   a00: e00316aa                       mov x0, x22
   a04: e10313aa                       mov x1, x19
   a08: 42008052                       mov w2, #0x2
   a0c: 00013fd6                       blr x8
   a10: f80300aa                       mov x24, x0
   a14: 600240f9                       ldr x0, [x19]
   a18: c0000037                       tbnz w0, #0x0, #0x18
   a1c: 080040f9                       ldr x8, [x0]
   a20: 080500f1                       subs x8, x8, #0x1
   a24: 080000f9                       str x8, [x0]
   a28: 41000054                       b.ne #0x8
   a2c: 00000094                       bl #0x0
        # hole +0xa2c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a30: a00a40f9                       ldr x0, [x21, #0x10]
   a34: c0000037                       tbnz w0, #0x0, #0x18
   a38: 080040f9                       ldr x8, [x0]
   a3c: 080500f1                       subs x8, x8, #0x1
   a40: 080000f9                       str x8, [x0]
   a44: 41000054                       b.ne #0x8
   a48: 00000094                       bl #0x0
        # hole +0xa48: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a4c: e80240f9                       ldr x8, [x23]
   a50: 080500f1                       subs x8, x8, #0x1
   a54: e80200f9                       str x8, [x23]
   a58: 61000054                       b.ne #0xc
   a5c: e00317aa                       mov x0, x23
   a60: 00000094                       bl #0x0
        # hole +0xa60: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a64: d83e00b4                       cbz x24, #0x7d8
   a68: b80200f9                       str x24, [x21]
   a6c: 880e40f9                       ldr x8, [x20, #0x18]
   a70: 006d40f9                       ldr x0, [x8, #0xd8]
   a74: 186d00f9                       str x24, [x8, #0xd8]
   a78: e0000037                       tbnz w0, #0x0, #0x1c
   a7c: 090040f9                       ldr x9, [x0]
   a80: 290500f1                       subs x9, x9, #0x1
   a84: 090000f9                       str x9, [x0]
   a88: 61000054                       b.ne #0xc
   a8c: 00000094                       bl #0x0
        # hole +0xa8c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   a90: 880e40f9                       ldr x8, [x20, #0x18]
   a94: 007540f9                       ldr x0, [x8, #0xe8]
   a98: 40020036                       tbz w0, #0x0, #0x48
   a9c: a00200f9                       str x0, [x21]
   aa0: 177940f9                       ldr x23, [x8, #0xf0]
   aa4: b7020036                       tbz w23, #0x0, #0x54
   aa8: 770200f9                       str x23, [x19]
   aac: 00030036                       tbz w0, #0x0, #0x60
   ab0: 4c000014                       b #0x130
   ab4: a1620091                       add x1, x21, #0x18
   ab8: 08000090                       adrp x8, #0
        # hole +0xab8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   abc: 080140f9                       ldr x8, [x8]
        # hole +0xabc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ac0: 04bd0091                       add x4, x8, #0x2f
   ac4: 23008052                       mov w3, #0x1
   ac8: c53a8052                       mov w5, #0x1d6
   acc: e00314aa                       mov x0, x20
   ad0: e20316aa                       mov x2, x22
   ad4: 00000094                       bl #0x0
        # hole +0xad4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   ad8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   adc: c0035fd6                       ret
   ae0: 090040f9                       ldr x9, [x0]
   ae4: 29050091                       add x9, x9, #0x1
   ae8: 090000f9                       str x9, [x0]
   aec: a00200f9                       str x0, [x21]
   af0: 177940f9                       ldr x23, [x8, #0xf0]
   af4: b7fd0737                       tbnz w23, #0x0, #-0x4c
   af8: e80240f9                       ldr x8, [x23]
   afc: 08050091                       add x8, x8, #0x1
   b00: e80200f9                       str x8, [x23]
   b04: 770200f9                       str x23, [x19]
   b08: c0060037                       tbnz w0, #0x0, #0xd8
   b0c: 080840b9                       ldr w8, [x0, #0x8]
   b10: 1f090071                       cmp w8, #0x2
   b14: 61060054                       b.ne #0xcc
   b18: 57060037                       tbnz w23, #0x0, #0xc8
   b1c: e80a40b9                       ldr w8, [x23, #0x8]
   b20: 1f090071                       cmp w8, #0x2
   b24: e1050054                       b.ne #0xbc
   b28: 081840fd                       ldr d8, [x0, #0x30]
   b2c: e91a40fd                       ldr d9, [x23, #0x30]
   b30: 080040f9                       ldr x8, [x0]
   b34: 080500f1                       subs x8, x8, #0x1
   b38: 080000f9                       str x8, [x0]
   b3c: e0070054                       b.eq #0xfc
   b40: 0809691e                       fmul d8, d8, d9
   b44: e80240f9                       ldr x8, [x23]
   b48: 080500f1                       subs x8, x8, #0x1
   b4c: e80200f9                       str x8, [x23]
   b50: 00080054                       b.eq #0x100
   b54: e00316aa                       mov x0, x22
   b58: 0041601e                       fmov d0, d8
   b5c: 00000094                       bl #0x0
        # hole +0xb5c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   b60: 400800b4                       cbz x0, #0x108
   b64: e80300aa                       mov x8, x0
   b68: a00200f9                       str x0, [x21]
   b6c: 890e40f9                       ldr x9, [x20, #0x18]
   b70: 207d40f9                       ldr x0, [x9, #0xf8]
   b74: 287d00f9                       str x8, [x9, #0xf8]
   b78: e0000037                       tbnz w0, #0x0, #0x1c
   b7c: 080040f9                       ldr x8, [x0]
   b80: 080500f1                       subs x8, x8, #0x1
   b84: 080000f9                       str x8, [x0]
   b88: 61000054                       b.ne #0xc
   b8c: 00000094                       bl #0x0
        # hole +0xb8c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   b90: 890e40f9                       ldr x9, [x20, #0x18]
   b94: 288140f9                       ldr x8, [x9, #0x100]
   b98: e8070036                       tbz w8, #0x0, #0xfc
   b9c: a80200f9                       str x8, [x21]
   ba0: 2a8540f9                       ldr x10, [x9, #0x108]
   ba4: 4a080036                       tbz w10, #0x0, #0x108
   ba8: 6a0200f9                       str x10, [x19]
   bac: 0b010a0a                       and w11, w8, w10
   bb0: ab080037                       tbnz w11, #0x0, #0x114
   bb4: 08000090                       adrp x8, #0
        # hole +0xbb4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   bb8: 080140f9                       ldr x8, [x8]
        # hole +0xbb8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   bbc: 04e10091                       add x4, x8, #0x38
   bc0: 23008052                       mov w3, #0x1
   bc4: 05468052                       mov w5, #0x230
   bc8: e10319aa                       mov x1, x25
   bcc: e00314aa                       mov x0, x20
   bd0: e20316aa                       mov x2, x22
   bd4: 00000094                       bl #0x0
        # hole +0xbd4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   bd8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   bdc: c0035fd6                       ret
   be0: 08000090                       adrp x8, #0
        # hole +0xbe0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   be4: 080140f9                       ldr x8, [x8]
        # hole +0xbe4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   be8: 04cd0091                       add x4, x8, #0x33
   bec: 23008052                       mov w3, #0x1
   bf0: c53f8052                       mov w5, #0x1fe
   bf4: e10319aa                       mov x1, x25
   bf8: e00314aa                       mov x0, x20
   bfc: e20316aa                       mov x2, x22
   c00: 00000094                       bl #0x0
        # hole +0xc00: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   c04: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   c08: c0035fd6                       ret
   c0c: 08000090                       adrp x8, #0
        # hole +0xc0c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   c10: 080140f9                       ldr x8, [x8]
        # hole +0xc10: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   c14: 04450091                       add x4, x8, #0x11
   c18: 43008052                       mov w3, #0x2
   c1c: 45158052                       mov w5, #0xaa
   c20: e10313aa                       mov x1, x19
   c24: e00314aa                       mov x0, x20
   c28: e20316aa                       mov x2, x22
   c2c: 00000094                       bl #0x0
        # hole +0xc2c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   c30: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   c34: c0035fd6                       ret
   c38: 00000094                       bl #0x0
        # hole +0xc38: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c3c: 0809691e                       fmul d8, d8, d9
   c40: e80240f9                       ldr x8, [x23]
   c44: 080500f1                       subs x8, x8, #0x1
   c48: e80200f9                       str x8, [x23]
   c4c: 41f8ff54                       b.ne #-0xf8
   c50: e00317aa                       mov x0, x23
   c54: 00000094                       bl #0x0
        # hole +0xc54: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   c58: e00316aa                       mov x0, x22
   c5c: 0041601e                       fmov d0, d8
   c60: 00000094                       bl #0x0
        # hole +0xc60: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   c64: 00f8ffb5                       cbnz x0, #-0x100
   c68: 08000090                       adrp x8, #0
        # hole +0xc68: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   c6c: 080140f9                       ldr x8, [x8]
        # hole +0xc6c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   c70: 04d10091                       add x4, x8, #0x34
   c74: 63008052                       mov w3, #0x3
   c78: 05418052                       mov w5, #0x208
   c7c: e10315aa                       mov x1, x21
   c80: e00314aa                       mov x0, x20
   c84: e20316aa                       mov x2, x22
   c88: 00000094                       bl #0x0
        # hole +0xc88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   c8c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   c90: c0035fd6                       ret
   c94: 0a0140f9                       ldr x10, [x8]
   c98: 4a050091                       add x10, x10, #0x1
   c9c: 0a0100f9                       str x10, [x8]
   ca0: a80200f9                       str x8, [x21]
   ca4: 2a8540f9                       ldr x10, [x9, #0x108]
   ca8: 0af80737                       tbnz w10, #0x0, #-0x100
   cac: 4b0140f9                       ldr x11, [x10]
   cb0: 6b050091                       add x11, x11, #0x1
   cb4: 4b0100f9                       str x11, [x10]
   cb8: 6a0200f9                       str x10, [x19]
   cbc: 0b010a0a                       and w11, w8, w10
   cc0: abf70736                       tbz w11, #0x0, #-0x10c
   cc4: 0bfd4193                       asr x11, x8, #1
   cc8: 4afd4193                       asr x10, x10, #1
   ccc: 687d0a9b                       mul x8, x11, x10
   cd0: 6a7d4a9b                       smulh x10, x11, x10
   cd4: 5ffd88eb                       cmp x10, x8, asr #63
   cd8: 812c0054                       b.ne #0x590
   cdc: 0a00f8d2                       mov x10, #-0x4000000000000000
   ce0: 0a010a8b                       add x10, x8, x10
   ce4: 2a2cf8b6                       tbz x10, #0x3f, #0x584
   ce8: 2a008052                       mov w10, #0x1
   cec: 480508aa                       orr x8, x10, x8, lsl #1
   cf0: a80200f9                       str x8, [x21]
   cf4: 208940f9                       ldr x0, [x9, #0x110]
   cf8: 288900f9                       str x8, [x9, #0x110]
   cfc: e0000037                       tbnz w0, #0x0, #0x1c
   d00: 080040f9                       ldr x8, [x0]
   d04: 080500f1                       subs x8, x8, #0x1
   d08: 080000f9                       str x8, [x0]
   d0c: 61000054                       b.ne #0xc
   d10: 00000094                       bl #0x0
        # hole +0xd10: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   d14: 890e40f9                       ldr x9, [x20, #0x18]
   d18: 288d40f9                       ldr x8, [x9, #0x118]
   d1c: 48020036                       tbz w8, #0x0, #0x48
   d20: a80200f9                       str x8, [x21]
   d24: 2a9140f9                       ldr x10, [x9, #0x120]
   d28: aa020036                       tbz w10, #0x0, #0x54
   d2c: 6a0200f9                       str x10, [x19]
   d30: 0b010a0a                       and w11, w8, w10
   d34: 0b030037                       tbnz w11, #0x0, #0x60
   d38: 08000090                       adrp x8, #0
        # hole +0xd38: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   d3c: 080140f9                       ldr x8, [x8]
        # hole +0xd3c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   d40: 04f50091                       add x4, x8, #0x3d
   d44: 23008052                       mov w3, #0x1
   d48: 454c8052                       mov w5, #0x262
   d4c: e10319aa                       mov x1, x25
   d50: e00314aa                       mov x0, x20
   d54: e20316aa                       mov x2, x22
   d58: 00000094                       bl #0x0
        # hole +0xd58: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   d5c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   d60: c0035fd6                       ret
   d64: 0a0140f9                       ldr x10, [x8]
   d68: 4a050091                       add x10, x10, #0x1
   d6c: 0a0100f9                       str x10, [x8]
   d70: a80200f9                       str x8, [x21]
   d74: 2a9140f9                       ldr x10, [x9, #0x120]
   d78: aafd0737                       tbnz w10, #0x0, #-0x4c
   d7c: 4b0140f9                       ldr x11, [x10]
   d80: 6b050091                       add x11, x11, #0x1
   d84: 4b0100f9                       str x11, [x10]
   d88: 6a0200f9                       str x10, [x19]
   d8c: 0b010a0a                       and w11, w8, w10
   d90: 4bfd0736                       tbz w11, #0x0, #-0x58
   d94: 4afd4193                       asr x10, x10, #1
   d98: 4805888b                       add x8, x10, x8, asr #1
   d9c: 0a00f8d2                       mov x10, #-0x4000000000000000
   da0: 1f010aab                       cmn x8, x10
   da4: 85270054                       b.pl #0x4f0
   da8: 2a008052                       mov w10, #0x1
   dac: 480508aa                       orr x8, x10, x8, lsl #1
   db0: a80200f9                       str x8, [x21]
   db4: 209540f9                       ldr x0, [x9, #0x128]
   db8: 289500f9                       str x8, [x9, #0x128]
   dbc: e0000037                       tbnz w0, #0x0, #0x1c
   dc0: 080040f9                       ldr x8, [x0]
   dc4: 080500f1                       subs x8, x8, #0x1
   dc8: 080000f9                       str x8, [x0]
   dcc: 61000054                       b.ne #0xc
   dd0: 00000094                       bl #0x0
        # hole +0xdd0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   dd4: 890e40f9                       ldr x9, [x20, #0x18]
   dd8: 209940f9                       ldr x0, [x9, #0x130]
   ddc: 40030037                       tbnz w0, #0x0, #0x68
   de0: 080040f9                       ldr x8, [x0]
   de4: 08050091                       add x8, x8, #0x1
   de8: 080000f9                       str x8, [x0]
   dec: a00200f9                       str x0, [x21]
   df0: 080840b9                       ldr w8, [x0, #0x8]
   df4: 1f1d0071                       cmp w8, #0x7
   df8: 81020054                       b.ne #0x50
   dfc: 081840f9                       ldr x8, [x0, #0x30]
   e00: 081940f9                       ldr x8, [x8, #0x30]
   e04: 083142d1                       sub x8, x8, #0x8c, lsl #12
   e08: 1f053ef1                       cmp x8, #0xf81
   e0c: e1010054                       b.ne #0x3c
   e10: 081c40f9                       ldr x8, [x0, #0x38]
   e14: 682500b4                       cbz x8, #0x4ac
   e18: 082040f9                       ldr x8, [x0, #0x40]
   e1c: 48050036                       tbz w8, #0x0, #0xa8
   e20: a80200f9                       str x8, [x21]
   e24: 0a0040f9                       ldr x10, [x0]
   e28: 4a0500f1                       subs x10, x10, #0x1
   e2c: 0a0000f9                       str x10, [x0]
   e30: a0050054                       b.eq #0xb4
   e34: 209d40f9                       ldr x0, [x9, #0x138]
   e38: 289d00f9                       str x8, [x9, #0x138]
   e3c: 00060036                       tbz w0, #0x0, #0xc0
   e40: 35000014                       b #0xd4
   e44: a00200f9                       str x0, [x21]
   e48: 08000090                       adrp x8, #0
        # hole +0xe48: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   e4c: 080140f9                       ldr x8, [x8]
        # hole +0xe4c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   e50: 04050191                       add x4, x8, #0x41
   e54: 23008052                       mov w3, #0x1
   e58: 45518052                       mov w5, #0x28a
   e5c: e10313aa                       mov x1, x19
   e60: e00314aa                       mov x0, x20
   e64: e20316aa                       mov x2, x22
   e68: 00000094                       bl #0x0
        # hole +0xe68: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   e6c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   e70: c0035fd6                       ret
   e74: 08000090                       adrp x8, #0
        # hole +0xe74: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   e78: 080140f9                       ldr x8, [x8]
        # hole +0xe78: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   e7c: 04690091                       add x4, x8, #0x1a
   e80: 23008052                       mov w3, #0x1
   e84: 85208052                       mov w5, #0x104
   e88: e00314aa                       mov x0, x20
   e8c: e20316aa                       mov x2, x22
   e90: 00000094                       bl #0x0
        # hole +0xe90: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   e94: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   e98: c0035fd6                       ret
   e9c: 08000090                       adrp x8, #0
        # hole +0xe9c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   ea0: 080140f9                       ldr x8, [x8]
        # hole +0xea0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   ea4: 047d0091                       add x4, x8, #0x1f
   ea8: 23008052                       mov w3, #0x1
   eac: c5268052                       mov w5, #0x136
   eb0: e00314aa                       mov x0, x20
   eb4: e20316aa                       mov x2, x22
   eb8: 00000094                       bl #0x0
        # hole +0xeb8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   ebc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   ec0: c0035fd6                       ret
   ec4: 0a0140f9                       ldr x10, [x8]
   ec8: 4a050091                       add x10, x10, #0x1
   ecc: 0a0100f9                       str x10, [x8]
   ed0: a80200f9                       str x8, [x21]
   ed4: 0a0040f9                       ldr x10, [x0]
   ed8: 4a0500f1                       subs x10, x10, #0x1
   edc: 0a0000f9                       str x10, [x0]
   ee0: a1faff54                       b.ne #-0xac
   ee4: 00000094                       bl #0x0
        # hole +0xee4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ee8: a80240f9                       ldr x8, [x21]
   eec: 890e40f9                       ldr x9, [x20, #0x18]
   ef0: 209d40f9                       ldr x0, [x9, #0x138]
   ef4: 289d00f9                       str x8, [x9, #0x138]
   ef8: e0000037                       tbnz w0, #0x0, #0x1c
   efc: 080040f9                       ldr x8, [x0]
   f00: 080500f1                       subs x8, x8, #0x1
   f04: 080000f9                       str x8, [x0]
   f08: 61000054                       b.ne #0xc
   f0c: 00000094                       bl #0x0
        # hole +0xf0c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   f10: 890e40f9                       ldr x9, [x20, #0x18]
   f14: 20a140f9                       ldr x0, [x9, #0x140]
   f18: 40030037                       tbnz w0, #0x0, #0x68
   f1c: 080040f9                       ldr x8, [x0]
   f20: 08050091                       add x8, x8, #0x1
   f24: 080000f9                       str x8, [x0]
   f28: a00200f9                       str x0, [x21]
   f2c: 080840b9                       ldr w8, [x0, #0x8]
   f30: 1f1d0071                       cmp w8, #0x7
   f34: 81020054                       b.ne #0x50
   f38: 081840f9                       ldr x8, [x0, #0x30]
   f3c: 081940f9                       ldr x8, [x8, #0x30]
   f40: 08f940d1                       sub x8, x8, #0x3e, lsl #12
   f44: 1f553ff1                       cmp x8, #0xfd5
   f48: e1010054                       b.ne #0x3c
   f4c: 081c40f9                       ldr x8, [x0, #0x38]
   f50: e81c00b4                       cbz x8, #0x39c
   f54: 082040f9                       ldr x8, [x0, #0x40]
   f58: 08040036                       tbz w8, #0x0, #0x80
   f5c: a80200f9                       str x8, [x21]
   f60: 0a0040f9                       ldr x10, [x0]
   f64: 4a0500f1                       subs x10, x10, #0x1
   f68: 0a0000f9                       str x10, [x0]
   f6c: 60040054                       b.eq #0x8c
   f70: 20a540f9                       ldr x0, [x9, #0x148]
   f74: 28a500f9                       str x8, [x9, #0x148]
   f78: c0040036                       tbz w0, #0x0, #0x98
   f7c: 2b000014                       b #0xac
   f80: a00200f9                       str x0, [x21]
   f84: 08000090                       adrp x8, #0
        # hole +0xf84: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   f88: 080140f9                       ldr x8, [x8]
        # hole +0xf88: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   f8c: 04150191                       add x4, x8, #0x45
   f90: 23008052                       mov w3, #0x1
   f94: 45568052                       mov w5, #0x2b2
   f98: e10313aa                       mov x1, x19
   f9c: e00314aa                       mov x0, x20
   fa0: e20316aa                       mov x2, x22
   fa4: 00000094                       bl #0x0
        # hole +0xfa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   fa8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   fac: c0035fd6                       ret
   fb0: 08000090                       adrp x8, #0
        # hole +0xfb0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   fb4: 080140f9                       ldr x8, [x8]
        # hole +0xfb4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   fb8: 04910091                       add x4, x8, #0x24
   fbc: 23008052                       mov w3, #0x1
   fc0: 052d8052                       mov w5, #0x168
   fc4: e00314aa                       mov x0, x20
   fc8: e20316aa                       mov x2, x22
   fcc: 00000094                       bl #0x0
        # hole +0xfcc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   fd0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   fd4: c0035fd6                       ret
   fd8: 0a0140f9                       ldr x10, [x8]
   fdc: 4a050091                       add x10, x10, #0x1
   fe0: 0a0100f9                       str x10, [x8]
   fe4: a80200f9                       str x8, [x21]
   fe8: 0a0040f9                       ldr x10, [x0]
   fec: 4a0500f1                       subs x10, x10, #0x1
   ff0: 0a0000f9                       str x10, [x0]
   ff4: e1fbff54                       b.ne #-0x84
   ff8: 00000094                       bl #0x0
        # hole +0xff8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   ffc: a80240f9                       ldr x8, [x21]
  1000: 890e40f9                       ldr x9, [x20, #0x18]
  1004: 20a540f9                       ldr x0, [x9, #0x148]
  1008: 28a500f9                       str x8, [x9, #0x148]
  100c: e0000037                       tbnz w0, #0x0, #0x1c
  1010: 080040f9                       ldr x8, [x0]
  1014: 080500f1                       subs x8, x8, #0x1
  1018: 080000f9                       str x8, [x0]
  101c: 61000054                       b.ne #0xc
  1020: 00000094                       bl #0x0
        # hole +0x1020: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
  1024: 890e40f9                       ldr x9, [x20, #0x18]
  1028: 37b140f9                       ldr x23, [x9, #0x160]
  102c: f7000036                       tbz w23, #0x0, #0x1c
  1030: b70200f9                       str x23, [x21]
  1034: 28a940f9                       ldr x8, [x9, #0x150]
  1038: 48010036                       tbz w8, #0x0, #0x28
  103c: 680200f9                       str x8, [x19]
  1040: b7010036                       tbz w23, #0x0, #0x34
  1044: 41000014                       b #0x104
  1048: e80240f9                       ldr x8, [x23]
  104c: 08050091                       add x8, x8, #0x1
  1050: e80200f9                       str x8, [x23]
  1054: b70200f9                       str x23, [x21]
  1058: 28a940f9                       ldr x8, [x9, #0x150]
  105c: 08ff0737                       tbnz w8, #0x0, #-0x20
  1060: 090140f9                       ldr x9, [x8]
  1064: 29050091                       add x9, x9, #0x1
  1068: 090100f9                       str x9, [x8]
  106c: 680200f9                       str x8, [x19]
  1070: d7060037                       tbnz w23, #0x0, #0xd8
  1074: e80a40b9                       ldr w8, [x23, #0x8]
  1078: 1f210071                       cmp w8, #0x8
  107c: 61060054                       b.ne #0xcc
  1080: e81e40f9                       ldr x8, [x23, #0x38]
  1084: e00316aa                       mov x0, x22
  1088: e10313aa                       mov x1, x19
  108c: 22008052                       mov w2, #0x1
  1090: 00013fd6                       blr x8
  1094: f80300aa                       mov x24, x0
  1098: 600240f9                       ldr x0, [x19]
  109c: c0000037                       tbnz w0, #0x0, #0x18
  10a0: 080040f9                       ldr x8, [x0]
  10a4: 080500f1                       subs x8, x8, #0x1
  10a8: 080000f9                       str x8, [x0]
  10ac: 41000054                       b.ne #0x8
  10b0: 00000094                       bl #0x0
        # hole +0x10b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
  10b4: e80240f9                       ldr x8, [x23]
  10b8: 080500f1                       subs x8, x8, #0x1
  10bc: e80200f9                       str x8, [x23]
  10c0: 61000054                       b.ne #0xc
  10c4: e00317aa                       mov x0, x23
  10c8: 00000094                       bl #0x0
        # hole +0x10c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
  10cc: 781200b4                       cbz x24, #0x24c
  10d0: b80200f9                       str x24, [x21]
  10d4: 880e40f9                       ldr x8, [x20, #0x18]
  10d8: 00ad40f9                       ldr x0, [x8, #0x158]
  10dc: 18ad00f9                       str x24, [x8, #0x158]
  10e0: e0000037                       tbnz w0, #0x0, #0x1c
  10e4: 090040f9                       ldr x9, [x0]
  10e8: 290500f1                       subs x9, x9, #0x1
  10ec: 090000f9                       str x9, [x0]
  10f0: 61000054                       b.ne #0xc
  10f4: 00000094                       bl #0x0
        # hole +0x10f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
  10f8: 880e40f9                       ldr x8, [x20, #0x18]
  10fc: 09b540f9                       ldr x9, [x8, #0x168]
  1100: 09050036                       tbz w9, #0x0, #0xa0
  1104: a90200f9                       str x9, [x21]
  1108: 0ab940f9                       ldr x10, [x8, #0x170]
  110c: 6a050036                       tbz w10, #0x0, #0xac
  1110: 6a0200f9                       str x10, [x19]
  1114: 2b010a0a                       and w11, w9, w10
  1118: cb050037                       tbnz w11, #0x0, #0xb8
  111c: 08000090                       adrp x8, #0
        # hole +0x111c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  1120: 080140f9                       ldr x8, [x8]
        # hole +0x1120: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  1124: 04390191                       add x4, x8, #0x4e
  1128: 23008052                       mov w3, #0x1
  112c: 85618052                       mov w5, #0x30c
  1130: e10319aa                       mov x1, x25
  1134: e00314aa                       mov x0, x20
  1138: e20316aa                       mov x2, x22
  113c: 00000094                       bl #0x0
        # hole +0x113c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1140: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1144: c0035fd6                       ret
  1148: 08000090                       adrp x8, #0
        # hole +0x1148: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  114c: 080140f9                       ldr x8, [x8]
        # hole +0x114c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  1150: 04290191                       add x4, x8, #0x4a
  1154: 23008052                       mov w3, #0x1
  1158: 855c8052                       mov w5, #0x2e4
  115c: e10319aa                       mov x1, x25
  1160: e00314aa                       mov x0, x20
  1164: e20316aa                       mov x2, x22
  1168: 00000094                       bl #0x0
        # hole +0x1168: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  116c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1170: c0035fd6                       ret
  1174: 08000090                       adrp x8, #0
        # hole +0x1174: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  1178: 080140f9                       ldr x8, [x8]
        # hole +0x1178: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  117c: 04a90091                       add x4, x8, #0x2a
  1180: 23008052                       mov w3, #0x1
  1184: 85348052                       mov w5, #0x1a4
  1188: e10313aa                       mov x1, x19
  118c: e00314aa                       mov x0, x20
  1190: e20316aa                       mov x2, x22
  1194: 00000094                       bl #0x0
        # hole +0x1194: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1198: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  119c: c0035fd6                       ret
  11a0: 2a0140f9                       ldr x10, [x9]
  11a4: 4a050091                       add x10, x10, #0x1
  11a8: 2a0100f9                       str x10, [x9]
  11ac: a90200f9                       str x9, [x21]
  11b0: 0ab940f9                       ldr x10, [x8, #0x170]
  11b4: eafa0737                       tbnz w10, #0x0, #-0xa4
  11b8: 4b0140f9                       ldr x11, [x10]
  11bc: 6b050091                       add x11, x11, #0x1
  11c0: 4b0100f9                       str x11, [x10]
  11c4: 6a0200f9                       str x10, [x19]
  11c8: 2b010a0a                       and w11, w9, w10
  11cc: 8bfa0736                       tbz w11, #0x0, #-0xb0
  11d0: 4afd4193                       asr x10, x10, #1
  11d4: 4905898b                       add x9, x10, x9, asr #1
  11d8: 0a00f8d2                       mov x10, #-0x4000000000000000
  11dc: 3f010aab                       cmn x9, x10
  11e0: 250b0054                       b.pl #0x164
  11e4: 2a008052                       mov w10, #0x1
  11e8: 490509aa                       orr x9, x10, x9, lsl #1
  11ec: a90200f9                       str x9, [x21]
  11f0: 00bd40f9                       ldr x0, [x8, #0x178]
  11f4: 09bd00f9                       str x9, [x8, #0x178]
  11f8: c0000037                       tbnz w0, #0x0, #0x18
  11fc: 080040f9                       ldr x8, [x0]
  1200: 080500f1                       subs x8, x8, #0x1
  1204: 080000f9                       str x8, [x0]
  1208: 41000054                       b.ne #0x8
  120c: 00000094                       bl #0x0
        # hole +0x120c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
  1210: 08000090                       adrp x8, #0
        # hole +0x1210: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  1214: 080140f9                       ldr x8, [x8]
        # hole +0x1214: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  1218: 04450191                       add x4, x8, #0x51
  121c: 43008052                       mov w3, #0x2
  1220: 45658052                       mov w5, #0x32a
  1224: e10315aa                       mov x1, x21
  1228: e00314aa                       mov x0, x20
  122c: e20316aa                       mov x2, x22
  1230: 00000094                       bl #0x0
        # hole +0x1230: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1234: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1238: c0035fd6                       ret
  123c: 08000090                       adrp x8, #0
        # hole +0x123c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  1240: 080140f9                       ldr x8, [x8]
        # hole +0x1240: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  1244: 04bd0091                       add x4, x8, #0x2f
  1248: 63008052                       mov w3, #0x3
  124c: c53a8052                       mov w5, #0x1d6
  1250: e10315aa                       mov x1, x21
  1254: e00314aa                       mov x0, x20
  1258: e20316aa                       mov x2, x22
  125c: 00000094                       bl #0x0
        # hole +0x125c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1260: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1264: c0035fd6                       ret
  1268: 08000090                       adrp x8, #0
        # hole +0x1268: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  126c: 080140f9                       ldr x8, [x8]
        # hole +0x126c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  1270: 04e50091                       add x4, x8, #0x39
  1274: 23008052                       mov w3, #0x1
  1278: 45478052                       mov w5, #0x23a
  127c: e10319aa                       mov x1, x25
  1280: e00314aa                       mov x0, x20
  1284: e20316aa                       mov x2, x22
  1288: 00000094                       bl #0x0
        # hole +0x1288: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  128c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1290: c0035fd6                       ret
  1294: 08000090                       adrp x8, #0
        # hole +0x1294: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  1298: 080140f9                       ldr x8, [x8]
        # hole +0x1298: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  129c: 04f90091                       add x4, x8, #0x3e
  12a0: 23008052                       mov w3, #0x1
  12a4: 854d8052                       mov w5, #0x26c
  12a8: e10319aa                       mov x1, x25
  12ac: e00314aa                       mov x0, x20
  12b0: e20316aa                       mov x2, x22
  12b4: 00000094                       bl #0x0
        # hole +0x12b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  12b8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  12bc: c0035fd6                       ret
  12c0: 08000090                       adrp x8, #0
        # hole +0x12c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  12c4: 080140f9                       ldr x8, [x8]
        # hole +0x12c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  12c8: 04090191                       add x4, x8, #0x42
  12cc: 23008052                       mov w3, #0x1
  12d0: 85528052                       mov w5, #0x294
  12d4: e10313aa                       mov x1, x19
  12d8: e00314aa                       mov x0, x20
  12dc: e20316aa                       mov x2, x22
  12e0: 00000094                       bl #0x0
        # hole +0x12e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  12e4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  12e8: c0035fd6                       ret
  12ec: 08000090                       adrp x8, #0
        # hole +0x12ec: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  12f0: 080140f9                       ldr x8, [x8]
        # hole +0x12f0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  12f4: 04190191                       add x4, x8, #0x46
  12f8: 23008052                       mov w3, #0x1
  12fc: 85578052                       mov w5, #0x2bc
  1300: e10313aa                       mov x1, x19
  1304: e00314aa                       mov x0, x20
  1308: e20316aa                       mov x2, x22
  130c: 00000094                       bl #0x0
        # hole +0x130c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1310: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1314: c0035fd6                       ret
  1318: 08000090                       adrp x8, #0
        # hole +0x1318: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  131c: 080140f9                       ldr x8, [x8]
        # hole +0x131c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  1320: 04290191                       add x4, x8, #0x4a
  1324: 63008052                       mov w3, #0x3
  1328: 855c8052                       mov w5, #0x2e4
  132c: e10315aa                       mov x1, x21
  1330: e00314aa                       mov x0, x20
  1334: e20316aa                       mov x2, x22
  1338: 00000094                       bl #0x0
        # hole +0x1338: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  133c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  1340: c0035fd6                       ret
  1344: 08000090                       adrp x8, #0
        # hole +0x1344: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
  1348: 080140f9                       ldr x8, [x8]
        # hole +0x1348: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
  134c: 043d0191                       add x4, x8, #0x4f
  1350: 23008052                       mov w3, #0x1
  1354: c5628052                       mov w5, #0x316
  1358: e10319aa                       mov x1, x25
  135c: e00314aa                       mov x0, x20
  1360: e20316aa                       mov x2, x22
  1364: 00000094                       bl #0x0
        # hole +0x1364: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
  1368: fd7bc1a8                       ldp x29, x30, [sp], #0x10
  136c: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
