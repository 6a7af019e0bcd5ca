# stencil float_div_loop for aarch64-apple-darwin: 1048 code bytes, 8 data bytes, 14 holes
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
   1e0: 2a0c0054                       b.ge #0x184
   1e4: c90240f9                       ldr x9, [x22]
   1e8: 290c00b5                       cbnz x9, #0x184
   1ec: 290b40b9                       ldr w9, [x25, #0x8]
   1f0: 3f110071                       cmp w9, #0x4
   1f4: 01010054                       b.ne #0x20
   1f8: 2bab43a9                       ldp x11, x10, [x25, #0x38]
   1fc: 2c1b40f9                       ldr x12, [x25, #0x30]
   200: 5f0500f1                       cmp x10, #0x1
   204: cb010054                       b.lt #0x38
   208: 9f010beb                       cmp x12, x11
   20c: cb010054                       b.lt #0x38
   210: 73000014                       b #0x1cc
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
   238: 56000014                       b #0x158
   23c: 9f010beb                       cmp x12, x11
   240: ed0c0054                       b.le #0x19c
   244: 89010a8b                       add x9, x12, x10
   248: 291b00f9                       str x9, [x25, #0x30]
   24c: 2e008052                       mov w14, #0x1
   250: d8050caa                       orr x24, x14, x12, lsl #1
   254: 6c0a40b9                       ldr w12, [x19, #0x8]
   258: 9f090071                       cmp w12, #0x2
   25c: 01020054                       b.ne #0x40
   260: 611a40fd                       ldr d1, [x19, #0x30]
   264: 2820601e                       fcmp d1, #0.0
   268: c1030054                       b.ne #0x78
   26c: 28008052                       mov w8, #0x1
   270: c80e00f9                       str x8, [x22, #0x18]
   274: e00316aa                       mov x0, x22
   278: 00000094                       bl #0x0
        # hole +0x278: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   27c: 63008052                       mov w3, #0x3
   280: 08048052                       mov w8, #0x20
   284: 050a8052                       mov w5, #0x50
   288: 09018052                       mov w9, #0x8
   28c: 8a0e40f9                       ldr x10, [x20, #0x18]
   290: 1f0015eb                       cmp x0, x21
   294: 60eeff54                       b.eq #-0x234
   298: 3e000014                       b #0xf8
   29c: 680240f9                       ldr x8, [x19]
   2a0: 08050091                       add x8, x8, #0x1
   2a4: 680200f9                       str x8, [x19]
   2a8: e00316aa                       mov x0, x22
   2ac: 00000094                       bl #0x0
        # hole +0x2ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2b0: 1f2000f1                       cmp x0, #0x8
   2b4: 63000054                       b.lo #0xc
   2b8: 48008052                       mov w8, #0x2
   2bc: 080000f9                       str x8, [x0]
   2c0: 23008052                       mov w3, #0x1
   2c4: 08068052                       mov w8, #0x30
   2c8: c5088052                       mov w5, #0x46
   2cc: e9008052                       mov w9, #0x7
   2d0: 8a0e40f9                       ldr x10, [x20, #0x18]
   2d4: 1f0015eb                       cmp x0, x21
   2d8: 40ecff54                       b.eq #-0x278
   2dc: 2d000014                       b #0xb4
   2e0: ac090091                       add x12, x13, #0x2
   2e4: cc0600f9                       str x12, [x22, #0x8]
   2e8: 0018611e                       fdiv d0, d0, d1
   2ec: 9f0108eb                       cmp x12, x8
   2f0: aa030054                       b.ge #0x74
   2f4: 5f0500f1                       cmp x10, #0x1
   2f8: 2b050054                       b.lt #0xa4
   2fc: 3f010beb                       cmp x9, x11
   300: ea010054                       b.ge #0x3c
   304: 0d010dcb                       sub x13, x8, x13
   308: ae0d00d1                       sub x14, x13, #0x3
   30c: ed0309aa                       mov x13, x9
   310: 29010a8b                       add x9, x9, x10
   314: 0018611e                       fdiv d0, d0, d1
   318: 6e0700b4                       cbz x14, #0xec
   31c: 8c050091                       add x12, x12, #0x1
   320: ce0500d1                       sub x14, x14, #0x1
   324: 3f010beb                       cmp x9, x11
   328: 2bffff54                       b.lt #-0x1c
   32c: 28008052                       mov w8, #0x1
   330: 18050daa                       orr x24, x8, x13, lsl #1
   334: 291b00f9                       str x9, [x25, #0x30]
   338: cc0600f9                       str x12, [x22, #0x8]
   33c: e00316aa                       mov x0, x22
   340: 00000094                       bl #0x0
        # hole +0x340: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   344: 43008052                       mov w3, #0x2
   348: 08048052                       mov w8, #0x20
   34c: 85028052                       mov w5, #0x14
   350: 49008052                       mov w9, #0x2
   354: 8a0e40f9                       ldr x10, [x20, #0x18]
   358: 1f0015eb                       cmp x0, x21
   35c: 20e8ff54                       b.eq #-0x2fc
   360: 0c000014                       b #0x30
   364: 28008052                       mov w8, #0x1
   368: c80200f9                       str x8, [x22]
   36c: e00316aa                       mov x0, x22
   370: 00000094                       bl #0x0
        # hole +0x370: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   374: 43008052                       mov w3, #0x2
   378: 08048052                       mov w8, #0x20
   37c: 850c8052                       mov w5, #0x64
   380: 49018052                       mov w9, #0xa
   384: 8a0e40f9                       ldr x10, [x20, #0x18]
   388: 1f0015eb                       cmp x0, x21
   38c: a0e6ff54                       b.eq #-0x32c
   390: 400100f9                       str x0, [x10]
   394: f50300aa                       mov x21, x0
   398: 32ffff17                       b #-0x338
   39c: 3f010beb                       cmp x9, x11
   3a0: ed010054                       b.le #0x3c
   3a4: 0d010dcb                       sub x13, x8, x13
   3a8: ae0d00d1                       sub x14, x13, #0x3
   3ac: ed0309aa                       mov x13, x9
   3b0: 29010a8b                       add x9, x9, x10
   3b4: 0018611e                       fdiv d0, d0, d1
   3b8: 6e0200b4                       cbz x14, #0x4c
   3bc: 8c050091                       add x12, x12, #0x1
   3c0: ce0500d1                       sub x14, x14, #0x1
   3c4: 3f010beb                       cmp x9, x11
   3c8: 2cffff54                       b.gt #-0x1c
   3cc: 28008052                       mov w8, #0x1
   3d0: 18050daa                       orr x24, x8, x13, lsl #1
   3d4: 291b00f9                       str x9, [x25, #0x30]
   3d8: cc0600f9                       str x12, [x22, #0x8]
   3dc: e00316aa                       mov x0, x22
   3e0: 00000094                       bl #0x0
        # hole +0x3e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   3e4: 49008052                       mov w9, #0x2
   3e8: 08048052                       mov w8, #0x20
   3ec: 85028052                       mov w5, #0x14
   3f0: e30309aa                       mov x3, x9
   3f4: 8a0e40f9                       ldr x10, [x20, #0x18]
   3f8: 1f0015eb                       cmp x0, x21
   3fc: 20e3ff54                       b.eq #-0x39c
   400: e4ffff17                       b #-0x70
   404: 2a008052                       mov w10, #0x1
   408: 291b00f9                       str x9, [x25, #0x30]
   40c: 58050daa                       orr x24, x10, x13, lsl #1
   410: ca2200a9                       stp x10, x8, [x22]
   414: d6ffff17                       b #-0xa8
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
