# stencil float_div_loop for aarch64-apple-darwin: 1120 code bytes, 8 data bytes, 13 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1c0d40f9                       ldr x28, [x8, #0x18]
    10: fc010037                       tbnz w28, #0x0, #0x3c
    14: 890b40b9                       ldr w9, [x28, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: 01020054                       b.ne #0x40
    20: 174d40a9                       ldp x23, x19, [x8]
    24: 150940f9                       ldr x21, [x8, #0x10]
    28: 89a343a9                       ldp x9, x8, [x28, #0x38]
    2c: 981b40f9                       ldr x24, [x28, #0x30]
    30: 1f0500f1                       cmp x8, #0x1
    34: 2b030054                       b.lt #0x64
    38: 1f0309eb                       cmp x24, x9
    3c: 2b030054                       b.lt #0x64
    40: 5b008052                       mov w27, #0x2
    44: 85028052                       mov w5, #0x14
    48: 07000014                       b #0x1c
    4c: 23008052                       mov w3, #0x1
    50: 45018052                       mov w5, #0xa
    54: 3b008052                       mov w27, #0x1
    58: 04000014                       b #0x10
    5c: 3b008052                       mov w27, #0x1
    60: 45018052                       mov w5, #0xa
    64: e3031baa                       mov x3, x27
    68: 880e40f9                       ldr x8, [x20, #0x18]
    6c: 1a048052                       mov w26, #0x20
    70: 09000090                       adrp x9, #0
        # hole +0x70: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    74: 290140f9                       ldr x9, [x9]
        # hole +0x74: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    78: 01011a8b                       add x1, x8, x26
    7c: 24011b8b                       add x4, x9, x27
    80: e00314aa                       mov x0, x20
    84: e20316aa                       mov x2, x22
    88: 00000094                       bl #0x0
        # hole +0x88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    8c: fd7b41a9                       ldp x29, x30, [sp, #0x10]
    90: ff830091                       add sp, sp, #0x20
    94: c0035fd6                       ret
    98: 1f0309eb                       cmp x24, x9
    9c: 2dfdff54                       b.le #-0x5c
    a0: 0803088b                       add x8, x24, x8
    a4: 881b00f9                       str x8, [x28, #0x30]
    a8: 39008052                       mov w25, #0x1
    ac: f5000037                       tbnz w21, #0x0, #0x1c
    b0: a80240f9                       ldr x8, [x21]
    b4: 080500f1                       subs x8, x8, #0x1
    b8: a80200f9                       str x8, [x21]
    bc: 61000054                       b.ne #0xc
    c0: e00315aa                       mov x0, x21
    c4: 00000094                       bl #0x0
        # hole +0xc4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: 17010037                       tbnz w23, #0x0, #0x20
    cc: e80240f9                       ldr x8, [x23]
    d0: 08050091                       add x8, x8, #0x1
    d4: e80200f9                       str x8, [x23]
    d8: 390718aa                       orr x25, x25, x24, lsl #1
    dc: b3000036                       tbz w19, #0x0, #0x14
    e0: 17010036                       tbz w23, #0x0, #0x20
    e4: 24000014                       b #0x90
    e8: 390718aa                       orr x25, x25, x24, lsl #1
    ec: b3ff0737                       tbnz w19, #0x0, #-0xc
    f0: 680240f9                       ldr x8, [x19]
    f4: 08050091                       add x8, x8, #0x1
    f8: 680200f9                       str x8, [x19]
    fc: d7030037                       tbnz w23, #0x0, #0x78
   100: e80a40b9                       ldr w8, [x23, #0x8]
   104: 1f090071                       cmp w8, #0x2
   108: 61030054                       b.ne #0x6c
   10c: 53030037                       tbnz w19, #0x0, #0x68
   110: 680a40b9                       ldr w8, [x19, #0x8]
   114: 1f090071                       cmp w8, #0x2
   118: e1020054                       b.ne #0x5c
   11c: e81a40fd                       ldr d8, [x23, #0x30]
   120: 691a40fd                       ldr d9, [x19, #0x30]
   124: e80240f9                       ldr x8, [x23]
   128: 080500f1                       subs x8, x8, #0x1
   12c: e80200f9                       str x8, [x23]
   130: a1030054                       b.ne #0x74
   134: e00317aa                       mov x0, x23
   138: 00000094                       bl #0x0
        # hole +0x138: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   13c: 680240f9                       ldr x8, [x19]
   140: 080500f1                       subs x8, x8, #0x1
   144: 680200f9                       str x8, [x19]
   148: 60030054                       b.eq #0x6c
   14c: 2821601e                       fcmp d9, #0.0
   150: a1030054                       b.ne #0x74
   154: f80317aa                       mov x24, x23
   158: 28008052                       mov w8, #0x1
   15c: c80e00f9                       str x8, [x22, #0x18]
   160: 63008052                       mov w3, #0x3
   164: 1a048052                       mov w26, #0x20
   168: 050a8052                       mov w5, #0x50
   16c: 1b018052                       mov w27, #0x8
   170: 86000014                       b #0x218
   174: 23008052                       mov w3, #0x1
   178: 1a068052                       mov w26, #0x30
   17c: c5088052                       mov w5, #0x46
   180: fb008052                       mov w27, #0x7
   184: 880e40f9                       ldr x8, [x20, #0x18]
   188: 3f0315eb                       cmp x25, x21
   18c: 40000054                       b.eq #0x8
   190: 190900f9                       str x25, [x8, #0x10]
   194: 5f8700f1                       cmp x26, #0x21
   198: a3f6ff54                       b.lo #-0x12c
   19c: 174d02a9                       stp x23, x19, [x8, #0x20]
   1a0: b4ffff17                       b #-0x130
   1a4: 680240f9                       ldr x8, [x19]
   1a8: 080500f1                       subs x8, x8, #0x1
   1ac: 680200f9                       str x8, [x19]
   1b0: e1fcff54                       b.ne #-0x64
   1b4: e00313aa                       mov x0, x19
   1b8: 00000094                       bl #0x0
        # hole +0x1b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1bc: 2821601e                       fcmp d9, #0.0
   1c0: a0fcff54                       b.eq #-0x6c
   1c4: 0019691e                       fdiv d0, d8, d9
   1c8: e00316aa                       mov x0, x22
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   1d0: 801300b4                       cbz x0, #0x270
   1d4: f80300aa                       mov x24, x0
   1d8: e80240f9                       ldr x8, [x23]
   1dc: 080500f1                       subs x8, x8, #0x1
   1e0: e80200f9                       str x8, [x23]
   1e4: 61000054                       b.ne #0xc
   1e8: e00317aa                       mov x0, x23
   1ec: 00000094                       bl #0x0
        # hole +0x1ec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1f0: c8a640a9                       ldp x8, x9, [x22, #0x8]
   1f4: 08050091                       add x8, x8, #0x1
   1f8: c80600f9                       str x8, [x22, #0x8]
   1fc: 1f0109eb                       cmp x8, x9
   200: 8a0b0054                       b.ge #0x170
   204: c80240f9                       ldr x8, [x22]
   208: 880b00b5                       cbnz x8, #0x170
   20c: 880b40b9                       ldr w8, [x28, #0x8]
   210: 1f110071                       cmp w8, #0x4
   214: a10c0054                       b.ne #0x194
   218: 1a048052                       mov w26, #0x20
   21c: fb008052                       mov w27, #0x7
   220: f70700f9                       str x23, [sp, #0x8]
   224: 8aa743a9                       ldp x10, x9, [x28, #0x38]
   228: 881b40f9                       ldr x8, [x28, #0x30]
   22c: 3f0500f1                       cmp x9, #0x1
   230: 8b000054                       b.lt #0x10
   234: 1f010aeb                       cmp x8, x10
   238: 8b000054                       b.lt #0x10
   23c: 60000014                       b #0x180
   240: 1f010aeb                       cmp x8, x10
   244: cd0b0054                       b.le #0x178
   248: 0901098b                       add x9, x8, x9
   24c: 891b00f9                       str x9, [x28, #0x30]
   250: 29008052                       mov w9, #0x1
   254: 390508aa                       orr x25, x9, x8, lsl #1
   258: b80b0037                       tbnz w24, #0x0, #0x174
   25c: 080340f9                       ldr x8, [x24]
   260: 08050091                       add x8, x8, #0x1
   264: 080300f9                       str x8, [x24]
   268: 680240f9                       ldr x8, [x19]
   26c: 08050091                       add x8, x8, #0x1
   270: 680200f9                       str x8, [x19]
   274: 080b40b9                       ldr w8, [x24, #0x8]
   278: 1f090071                       cmp w8, #0x2
   27c: 810b0054                       b.ne #0x170
   280: 680a40b9                       ldr w8, [x19, #0x8]
   284: 1f090071                       cmp w8, #0x2
   288: 210b0054                       b.ne #0x164
   28c: 081b40fd                       ldr d8, [x24, #0x30]
   290: 691a40fd                       ldr d9, [x19, #0x30]
   294: 080340f9                       ldr x8, [x24]
   298: 080500f1                       subs x8, x8, #0x1
   29c: 080300f9                       str x8, [x24]
   2a0: 00010054                       b.eq #0x20
   2a4: 680240f9                       ldr x8, [x19]
   2a8: 080500f1                       subs x8, x8, #0x1
   2ac: 680200f9                       str x8, [x19]
   2b0: 40010054                       b.eq #0x28
   2b4: 2821601e                       fcmp d9, #0.0
   2b8: 81010054                       b.ne #0x30
   2bc: a7ffff17                       b #-0x164
   2c0: e00318aa                       mov x0, x24
   2c4: 00000094                       bl #0x0
        # hole +0x2c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2c8: 680240f9                       ldr x8, [x19]
   2cc: 080500f1                       subs x8, x8, #0x1
   2d0: 680200f9                       str x8, [x19]
   2d4: 01ffff54                       b.ne #-0x20
   2d8: e00313aa                       mov x0, x19
   2dc: 00000094                       bl #0x0
        # hole +0x2dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   2e0: 2821601e                       fcmp d9, #0.0
   2e4: a0f3ff54                       b.eq #-0x18c
   2e8: 0019691e                       fdiv d0, d8, d9
   2ec: e00316aa                       mov x0, x22
   2f0: 00000094                       bl #0x0
        # hole +0x2f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   2f4: e00900b4                       cbz x0, #0x13c
   2f8: 080340f9                       ldr x8, [x24]
   2fc: 080500f1                       subs x8, x8, #0x1
   300: 080300f9                       str x8, [x24]
   304: 45018052                       mov w5, #0xa
   308: 61010054                       b.ne #0x2c
   30c: f70315aa                       mov x23, x21
   310: f50319aa                       mov x21, x25
   314: f90300aa                       mov x25, x0
   318: e00318aa                       mov x0, x24
   31c: 00000094                       bl #0x0
        # hole +0x31c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   320: e00319aa                       mov x0, x25
   324: f90315aa                       mov x25, x21
   328: f50317aa                       mov x21, x23
   32c: f70740f9                       ldr x23, [sp, #0x8]
   330: 45018052                       mov w5, #0xa
   334: c8a640a9                       ldp x8, x9, [x22, #0x8]
   338: 08050091                       add x8, x8, #0x1
   33c: c80600f9                       str x8, [x22, #0x8]
   340: 1f0109eb                       cmp x8, x9
   344: ca050054                       b.ge #0xb8
   348: c80240f9                       ldr x8, [x22]
   34c: 880600b5                       cbnz x8, #0xd0
   350: 880b40b9                       ldr w8, [x28, #0x8]
   354: f80300aa                       mov x24, x0
   358: 1f110071                       cmp w8, #0x4
   35c: 40f6ff54                       b.eq #-0x138
   360: 3b008052                       mov w27, #0x1
   364: f80300aa                       mov x24, x0
   368: e3031baa                       mov x3, x27
   36c: 07000014                       b #0x1c
   370: 28008052                       mov w8, #0x1
   374: c80200f9                       str x8, [x22]
   378: 43008052                       mov w3, #0x2
   37c: 1a048052                       mov w26, #0x20
   380: 850c8052                       mov w5, #0x64
   384: 5b018052                       mov w27, #0xa
   388: 880e40f9                       ldr x8, [x20, #0x18]
   38c: 1f0317eb                       cmp x24, x23
   390: 40000054                       b.eq #0x8
   394: 180100f9                       str x24, [x8]
   398: f70318aa                       mov x23, x24
   39c: 3f0315eb                       cmp x25, x21
   3a0: a0efff54                       b.eq #-0x20c
   3a4: 7bffff17                       b #-0x214
   3a8: 3b008052                       mov w27, #0x1
   3ac: 1a048052                       mov w26, #0x20
   3b0: 45018052                       mov w5, #0xa
   3b4: e3031baa                       mov x3, x27
   3b8: f4ffff17                       b #-0x30
   3bc: 5b008052                       mov w27, #0x2
   3c0: e3031baa                       mov x3, x27
   3c4: 85028052                       mov w5, #0x14
   3c8: f0ffff17                       b #-0x40
   3cc: 680240f9                       ldr x8, [x19]
   3d0: 08050091                       add x8, x8, #0x1
   3d4: 680200f9                       str x8, [x19]
   3d8: 23008052                       mov w3, #0x1
   3dc: 1a068052                       mov w26, #0x30
   3e0: c5088052                       mov w5, #0x46
   3e4: fb008052                       mov w27, #0x7
   3e8: e8ffff17                       b #-0x60
   3ec: 23008052                       mov w3, #0x1
   3f0: c5088052                       mov w5, #0x46
   3f4: 1a068052                       mov w26, #0x30
   3f8: e4ffff17                       b #-0x70
   3fc: 28008052                       mov w8, #0x1
   400: 43008052                       mov w3, #0x2
   404: c80200f9                       str x8, [x22]
   408: 1a048052                       mov w26, #0x20
   40c: 850c8052                       mov w5, #0x64
   410: 5b018052                       mov w27, #0xa
   414: f80300aa                       mov x24, x0
   418: dcffff17                       b #-0x90
   41c: 43008052                       mov w3, #0x2
   420: f80300aa                       mov x24, x0
   424: 5b018052                       mov w27, #0xa
   428: 850c8052                       mov w5, #0x64
   42c: d7ffff17                       b #-0xa4
   430: 63008052                       mov w3, #0x3
   434: 1b018052                       mov w27, #0x8
   438: 050a8052                       mov w5, #0x50
   43c: d3ffff17                       b #-0xb4
   440: 63008052                       mov w3, #0x3
   444: 1a048052                       mov w26, #0x20
   448: 050a8052                       mov w5, #0x50
   44c: 1b018052                       mov w27, #0x8
   450: 880e40f9                       ldr x8, [x20, #0x18]
   454: 3f0315eb                       cmp x25, x21
   458: e0e9ff54                       b.eq #-0x2c4
   45c: 4dffff17                       b #-0x2cc
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
