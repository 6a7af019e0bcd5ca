# stencil float_div_loop for aarch64-apple-darwin: 1060 code bytes, 8 data bytes, 14 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 154d40a9                       ldp x21, x19, [x8]
     c: 176541a9                       ldp x23, x25, [x8, #0x10]
    10: d9010037                       tbnz w25, #0x0, #0x38
    14: 280b40b9                       ldr w8, [x25, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: 61010054                       b.ne #0x2c
    20: 29a343a9                       ldp x9, x8, [x25, #0x38]
    24: 381b40f9                       ldr x24, [x25, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: eb030054                       b.lt #0x7c
    30: 1f0309eb                       cmp x24, x9
    34: eb030054                       b.lt #0x7c
    38: 49008052                       mov w9, #0x2
    3c: 08048052                       mov w8, #0x20
    40: 85028052                       mov w5, #0x14
    44: 04000014                       b #0x10
    48: 29008052                       mov w9, #0x1
    4c: 08048052                       mov w8, #0x20
    50: 45018052                       mov w5, #0xa
    54: f80317aa                       mov x24, x23
    58: e30309aa                       mov x3, x9
    5c: 8a0e40f9                       ldr x10, [x20, #0x18]
    60: 1f0317eb                       cmp x24, x23
    64: a1010054                       b.ne #0x34
    68: 1f8500f1                       cmp x8, #0x21
    6c: 43000054                       b.lo #0x8
    70: 554d02a9                       stp x21, x19, [x10, #0x20]
    74: 0b000090                       adrp x11, #0
        # hole +0x74: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    78: 6b0140f9                       ldr x11, [x11]
        # hole +0x78: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    7c: 4101088b                       add x1, x10, x8
    80: 6401098b                       add x4, x11, x9
    84: e00314aa                       mov x0, x20
    88: e20316aa                       mov x2, x22
    8c: 00000094                       bl #0x0
        # hole +0x8c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    90: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    94: c0035fd6                       ret
    98: 580900f9                       str x24, [x10, #0x10]
    9c: 1f8500f1                       cmp x8, #0x21
    a0: 82feff54                       b.hs #-0x30
    a4: f4ffff17                       b #-0x30
    a8: 1f0309eb                       cmp x24, x9
    ac: 6dfcff54                       b.le #-0x74
    b0: 0803088b                       add x8, x24, x8
    b4: 281b00f9                       str x8, [x25, #0x30]
    b8: 3a008052                       mov w26, #0x1
    bc: f7000037                       tbnz w23, #0x0, #0x1c
    c0: e80240f9                       ldr x8, [x23]
    c4: 080500f1                       subs x8, x8, #0x1
    c8: e80200f9                       str x8, [x23]
    cc: 61000054                       b.ne #0xc
    d0: e00317aa                       mov x0, x23
    d4: 00000094                       bl #0x0
        # hole +0xd4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    d8: 15010037                       tbnz w21, #0x0, #0x20
    dc: a80240f9                       ldr x8, [x21]
    e0: 08050091                       add x8, x8, #0x1
    e4: a80200f9                       str x8, [x21]
    e8: 580718aa                       orr x24, x26, x24, lsl #1
    ec: b3000036                       tbz w19, #0x0, #0x14
    f0: 15010036                       tbz w21, #0x0, #0x20
    f4: 23000014                       b #0x8c
    f8: 580718aa                       orr x24, x26, x24, lsl #1
    fc: b3ff0737                       tbnz w19, #0x0, #-0xc
   100: 680240f9                       ldr x8, [x19]
   104: 08050091                       add x8, x8, #0x1
   108: 680200f9                       str x8, [x19]
   10c: b5030037                       tbnz w21, #0x0, #0x74
   110: a80a40b9                       ldr w8, [x21, #0x8]
   114: 1f090071                       cmp w8, #0x2
   118: 41030054                       b.ne #0x68
   11c: 33030037                       tbnz w19, #0x0, #0x64
   120: 680a40b9                       ldr w8, [x19, #0x8]
   124: 1f090071                       cmp w8, #0x2
   128: c1020054                       b.ne #0x58
   12c: a81a40fd                       ldr d8, [x21, #0x30]
   130: 691a40fd                       ldr d9, [x19, #0x30]
   134: a80240f9                       ldr x8, [x21]
   138: 080500f1                       subs x8, x8, #0x1
   13c: a80200f9                       str x8, [x21]
   140: a1020054                       b.ne #0x54
   144: e00315aa                       mov x0, x21
   148: 00000094                       bl #0x0
        # hole +0x148: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   14c: 680240f9                       ldr x8, [x19]
   150: 080500f1                       subs x8, x8, #0x1
   154: 680200f9                       str x8, [x19]
   158: 60020054                       b.eq #0x4c
   15c: 2821601e                       fcmp d9, #0.0
   160: a1020054                       b.ne #0x54
   164: 28008052                       mov w8, #0x1
   168: c80e00f9                       str x8, [x22, #0x18]
   16c: 63008052                       mov w3, #0x3
   170: 08048052                       mov w8, #0x20
   174: 050a8052                       mov w5, #0x50
   178: 09018052                       mov w9, #0x8
   17c: b8ffff17                       b #-0x120
   180: 23008052                       mov w3, #0x1
   184: 08068052                       mov w8, #0x30
   188: c5088052                       mov w5, #0x46
   18c: e9008052                       mov w9, #0x7
   190: b3ffff17                       b #-0x134
   194: 680240f9                       ldr x8, [x19]
   198: 080500f1                       subs x8, x8, #0x1
   19c: 680200f9                       str x8, [x19]
   1a0: e1fdff54                       b.ne #-0x44
   1a4: e00313aa                       mov x0, x19
   1a8: 00000094                       bl #0x0
        # hole +0x1a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1ac: 2821601e                       fcmp d9, #0.0
   1b0: a0fdff54                       b.eq #-0x4c
   1b4: a80240f9                       ldr x8, [x21]
   1b8: 080500f1                       subs x8, x8, #0x1
   1bc: a80200f9                       str x8, [x21]
   1c0: 61000054                       b.ne #0xc
   1c4: e00315aa                       mov x0, x21
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1cc: cda240a9                       ldp x13, x8, [x22, #0x8]
   1d0: a9050091                       add x9, x13, #0x1
   1d4: c90600f9                       str x9, [x22, #0x8]
   1d8: 0019691e                       fdiv d0, d8, d9
   1dc: 3f0108eb                       cmp x9, x8
   1e0: 6a0c0054                       b.ge #0x18c
   1e4: c90240f9                       ldr x9, [x22]
   1e8: 690c00b5                       cbnz x9, #0x18c
   1ec: 290b40b9                       ldr w9, [x25, #0x8]
   1f0: 3f110071                       cmp w9, #0x4
   1f4: 01010054                       b.ne #0x20
   1f8: 2bab43a9                       ldp x11, x10, [x25, #0x38]
   1fc: 2c1b40f9                       ldr x12, [x25, #0x30]
   200: 5f0500f1                       cmp x10, #0x1
   204: cb010054                       b.lt #0x38
   208: 9f010beb                       cmp x12, x11
   20c: cb010054                       b.lt #0x38
   210: 76000014                       b #0x1d8
   214: e00316aa                       mov x0, x22
   218: 00000094                       bl #0x0
        # hole +0x218: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   21c: 29008052                       mov w9, #0x1
   220: 08048052                       mov w8, #0x20
   224: 45018052                       mov w5, #0xa
   228: e30309aa                       mov x3, x9
   22c: 8a0e40f9                       ldr x10, [x20, #0x18]
   230: 1f0015eb                       cmp x0, x21
   234: 60f1ff54                       b.eq #-0x1d4
   238: 58000014                       b #0x160
   23c: 9f010beb                       cmp x12, x11
   240: 4d0d0054                       b.le #0x1a8
   244: 89010a8b                       add x9, x12, x10
   248: 291b00f9                       str x9, [x25, #0x30]
   24c: 2e008052                       mov w14, #0x1
   250: d8050caa                       orr x24, x14, x12, lsl #1
   254: 6c0240f9                       ldr x12, [x19]
   258: 8e050091                       add x14, x12, #0x1
   25c: 6e0200f9                       str x14, [x19]
   260: 6e0a40b9                       ldr w14, [x19, #0x8]
   264: df090071                       cmp w14, #0x2
   268: 21020054                       b.ne #0x44
   26c: 611a40fd                       ldr d1, [x19, #0x30]
   270: 6c0200f9                       str x12, [x19]
   274: 2820601e                       fcmp d1, #0.0
   278: 61030054                       b.ne #0x6c
   27c: 28008052                       mov w8, #0x1
   280: c80e00f9                       str x8, [x22, #0x18]
   284: e00316aa                       mov x0, x22
   288: 00000094                       bl #0x0
        # hole +0x288: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   28c: 63008052                       mov w3, #0x3
   290: 08048052                       mov w8, #0x20
   294: 050a8052                       mov w5, #0x50
   298: 09018052                       mov w9, #0x8
   29c: 8a0e40f9                       ldr x10, [x20, #0x18]
   2a0: 1f0015eb                       cmp x0, x21
   2a4: e0edff54                       b.eq #-0x244
   2a8: 3c000014                       b #0xf0
   2ac: e00316aa                       mov x0, x22
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2b4: 1f2000f1                       cmp x0, #0x8
   2b8: 63000054                       b.lo #0xc
   2bc: 48008052                       mov w8, #0x2
   2c0: 080000f9                       str x8, [x0]
   2c4: 23008052                       mov w3, #0x1
   2c8: 08068052                       mov w8, #0x30
   2cc: c5088052                       mov w5, #0x46
   2d0: e9008052                       mov w9, #0x7
   2d4: 8a0e40f9                       ldr x10, [x20, #0x18]
   2d8: 1f0015eb                       cmp x0, x21
   2dc: 20ecff54                       b.eq #-0x27c
   2e0: 2e000014                       b #0xb8
   2e4: ac090091                       add x12, x13, #0x2
   2e8: cc0600f9                       str x12, [x22, #0x8]
   2ec: 0018611e                       fdiv d0, d0, d1
   2f0: 9f0108eb                       cmp x12, x8
   2f4: ca030054                       b.ge #0x78
   2f8: 5f0500f1                       cmp x10, #0x1
   2fc: 4b050054                       b.lt #0xa8
   300: 3f010beb                       cmp x9, x11
   304: 0a020054                       b.ge #0x40
   308: ad0d0091                       add x13, x13, #0x3
   30c: 1f010deb                       cmp x8, x13
   310: 0dc18d9a                       csel x13, x8, x13, gt
   314: ee0309aa                       mov x14, x9
   318: 29010a8b                       add x9, x9, x10
   31c: 8c050091                       add x12, x12, #0x1
   320: 0018611e                       fdiv d0, d0, d1
   324: 9f0108eb                       cmp x12, x8
   328: 4a070054                       b.ge #0xe8
   32c: 3f010beb                       cmp x9, x11
   330: 2bffff54                       b.lt #-0x1c
   334: 28008052                       mov w8, #0x1
   338: 18050eaa                       orr x24, x8, x14, lsl #1
   33c: 291b00f9                       str x9, [x25, #0x30]
   340: cc0600f9                       str x12, [x22, #0x8]
   344: e00316aa                       mov x0, x22
   348: 00000094                       bl #0x0
        # hole +0x348: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   34c: 43008052                       mov w3, #0x2
   350: 08048052                       mov w8, #0x20
   354: 85028052                       mov w5, #0x14
   358: 49008052                       mov w9, #0x2
   35c: 8a0e40f9                       ldr x10, [x20, #0x18]
   360: 1f0015eb                       cmp x0, x21
   364: e0e7ff54                       b.eq #-0x304
   368: 0c000014                       b #0x30
   36c: 28008052                       mov w8, #0x1
   370: c80200f9                       str x8, [x22]
   374: e00316aa                       mov x0, x22
   378: 00000094                       bl #0x0
        # hole +0x378: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   37c: 43008052                       mov w3, #0x2
   380: 08048052                       mov w8, #0x20
   384: 850c8052                       mov w5, #0x64
   388: 49018052                       mov w9, #0xa
   38c: 8a0e40f9                       ldr x10, [x20, #0x18]
   390: 1f0015eb                       cmp x0, x21
   394: 60e6ff54                       b.eq #-0x334
   398: 400100f9                       str x0, [x10]
   39c: f50300aa                       mov x21, x0
   3a0: 30ffff17                       b #-0x340
   3a4: 3f010beb                       cmp x9, x11
   3a8: 0d020054                       b.le #0x40
   3ac: ad0d0091                       add x13, x13, #0x3
   3b0: 1f010deb                       cmp x8, x13
   3b4: 0dc18d9a                       csel x13, x8, x13, gt
   3b8: ee0309aa                       mov x14, x9
   3bc: 29010a8b                       add x9, x9, x10
   3c0: 8c050091                       add x12, x12, #0x1
   3c4: 0018611e                       fdiv d0, d0, d1
   3c8: 9f0108eb                       cmp x12, x8
   3cc: 2a020054                       b.ge #0x44
   3d0: 3f010beb                       cmp x9, x11
   3d4: 2cffff54                       b.gt #-0x1c
   3d8: 28008052                       mov w8, #0x1
   3dc: 18050eaa                       orr x24, x8, x14, lsl #1
   3e0: 291b00f9                       str x9, [x25, #0x30]
   3e4: cc0600f9                       str x12, [x22, #0x8]
   3e8: e00316aa                       mov x0, x22
   3ec: 00000094                       bl #0x0
        # hole +0x3ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   3f0: 49008052                       mov w9, #0x2
   3f4: 08048052                       mov w8, #0x20
   3f8: 85028052                       mov w5, #0x14
   3fc: e30309aa                       mov x3, x9
   400: 8a0e40f9                       ldr x10, [x20, #0x18]
   404: 1f0015eb                       cmp x0, x21
   408: c0e2ff54                       b.eq #-0x3a8
   40c: e3ffff17                       b #-0x74
   410: 28008052                       mov w8, #0x1
   414: 291b00f9                       str x9, [x25, #0x30]
   418: 18050eaa                       orr x24, x8, x14, lsl #1
   41c: c83600a9                       stp x8, x13, [x22]
   420: d5ffff17                       b #-0xac
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
