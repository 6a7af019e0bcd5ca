# stencil list_build for aarch64-apple-darwin: 1156 code bytes, 8 data bytes, 11 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 1b0940f9                       ldr x27, [x8, #0x10]
     c: db010037                       tbnz w27, #0x0, #0x38
    10: 690b40b9                       ldr w9, [x27, #0x8]
    14: 3f110071                       cmp w9, #0x4
    18: 61010054                       b.ne #0x2c
    1c: 135540a9                       ldp x19, x21, [x8]
    20: 69a343a9                       ldp x9, x8, [x27, #0x38]
    24: 771b40f9                       ldr x23, [x27, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: 8b020054                       b.lt #0x50
    30: ff0209eb                       cmp x23, x9
    34: 8b020054                       b.lt #0x50
    38: 48008052                       mov w8, #0x2
    3c: 85028052                       mov w5, #0x14
    40: 03000014                       b #0xc
    44: 28008052                       mov w8, #0x1
    48: 45018052                       mov w5, #0xa
    4c: e30308aa                       mov x3, x8
    50: 8a0e40f9                       ldr x10, [x20, #0x18]
    54: 19038052                       mov w25, #0x18
    58: 09000090                       adrp x9, #0
        # hole +0x58: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    5c: 290140f9                       ldr x9, [x9]
        # hole +0x5c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    60: 4101198b                       add x1, x10, x25
    64: 2401088b                       add x4, x9, x8
    68: e00314aa                       mov x0, x20
    6c: e20316aa                       mov x2, x22
    70: 00000094                       bl #0x0
        # hole +0x70: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    74: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    78: c0035fd6                       ret
    7c: ff0209eb                       cmp x23, x9
    80: cdfdff54                       b.le #-0x48
    84: e802088b                       add x8, x23, x8
    88: 681b00f9                       str x8, [x27, #0x30]
    8c: 38008052                       mov w24, #0x1
    90: f5000037                       tbnz w21, #0x0, #0x1c
    94: a80240f9                       ldr x8, [x21]
    98: 080500f1                       subs x8, x8, #0x1
    9c: a80200f9                       str x8, [x21]
    a0: 61000054                       b.ne #0xc
    a4: e00315aa                       mov x0, x21
    a8: 00000094                       bl #0x0
        # hole +0xa8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    ac: f8fa7fb3                       bfi x24, x23, #1, #63
    b0: e8fa7fd3                       lsl x8, x23, #1
    b4: 93000037                       tbnz w19, #0x0, #0x10
    b8: 690240f9                       ldr x9, [x19]
    bc: 29050091                       add x9, x9, #0x1
    c0: 690200f9                       str x9, [x19]
    c4: 1a008052                       mov w26, #0x0
    c8: 08fd4193                       asr x8, x8, #1
    cc: 097d089b                       mul x9, x8, x8
    d0: 087d489b                       smulh x8, x8, x8
    d4: 1ffd89eb                       cmp x8, x9, asr #63
    d8: 23008052                       mov w3, #0x1
    dc: 19068052                       mov w25, #0x30
    e0: 050a8052                       mov w5, #0x50
    e4: 08018052                       mov w8, #0x8
    e8: c1180054                       b.ne #0x318
    ec: 0a00f8d2                       mov x10, #-0x4000000000000000
    f0: 2a010a8b                       add x10, x9, x10
    f4: 6a18f8b6                       tbz x10, #0x3f, #0x30c
    f8: 3c008052                       mov w28, #0x1
    fc: 970709aa                       orr x23, x28, x9, lsl #1
   100: e00316aa                       mov x0, x22
   104: e10313aa                       mov x1, x19
   108: e20317aa                       mov x2, x23
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
   110: 00040035                       cbnz w0, #0x80
   114: f3000037                       tbnz w19, #0x0, #0x1c
   118: 680240f9                       ldr x8, [x19]
   11c: 080500f1                       subs x8, x8, #0x1
   120: 680200f9                       str x8, [x19]
   124: 61000054                       b.ne #0xc
   128: e00313aa                       mov x0, x19
   12c: 00000094                       bl #0x0
        # hole +0x12c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   130: c8a640a9                       ldp x8, x9, [x22, #0x8]
   134: 08050091                       add x8, x8, #0x1
   138: c80600f9                       str x8, [x22, #0x8]
   13c: 1f0109eb                       cmp x8, x9
   140: ea100054                       b.ge #0x21c
   144: c80240f9                       ldr x8, [x22]
   148: 681100b5                       cbnz x8, #0x22c
   14c: 680b40b9                       ldr w8, [x27, #0x8]
   150: 1f110071                       cmp w8, #0x4
   154: 81130054                       b.ne #0x270
   158: 6aa743a9                       ldp x10, x9, [x27, #0x38]
   15c: 681b40f9                       ldr x8, [x27, #0x30]
   160: 3f0500f1                       cmp x9, #0x1
   164: 4b020054                       b.lt #0x48
   168: 1f010aeb                       cmp x8, x10
   16c: 4b020054                       b.lt #0x48
   170: 1c008052                       mov w28, #0x0
   174: 1a008052                       mov w26, #0x0
   178: 09008052                       mov w9, #0x0
   17c: 48008052                       mov w8, #0x2
   180: 19038052                       mov w25, #0x18
   184: 85028052                       mov w5, #0x14
   188: e30308aa                       mov x3, x8
   18c: 81000014                       b #0x204
   190: 09008052                       mov w9, #0x0
   194: 63008052                       mov w3, #0x3
   198: 19048052                       mov w25, #0x20
   19c: 450b8052                       mov w5, #0x5a
   1a0: 28018052                       mov w8, #0x9
   1a4: 3a008052                       mov w26, #0x1
   1a8: 7a000014                       b #0x1e8
   1ac: 1f010aeb                       cmp x8, x10
   1b0: 0dfeff54                       b.le #-0x40
   1b4: 0901098b                       add x9, x8, x9
   1b8: 691b00f9                       str x9, [x27, #0x30]
   1bc: 09f97fd3                       lsl x9, x8, #1
   1c0: 38008052                       mov w24, #0x1
   1c4: 18f97fb3                       bfi x24, x8, #1, #63
   1c8: 93000037                       tbnz w19, #0x0, #0x10
   1cc: 680240f9                       ldr x8, [x19]
   1d0: 08050091                       add x8, x8, #0x1
   1d4: 680200f9                       str x8, [x19]
   1d8: 1a008052                       mov w26, #0x0
   1dc: 28fd4193                       asr x8, x9, #1
   1e0: 097d089b                       mul x9, x8, x8
   1e4: 087d489b                       smulh x8, x8, x8
   1e8: 1ffd89eb                       cmp x8, x9, asr #63
   1ec: 23008052                       mov w3, #0x1
   1f0: 19068052                       mov w25, #0x30
   1f4: 050a8052                       mov w5, #0x50
   1f8: 08018052                       mov w8, #0x8
   1fc: 21100054                       b.ne #0x204
   200: 0a00f8d2                       mov x10, #-0x4000000000000000
   204: 2a010a8b                       add x10, x9, x10
   208: ca0ff8b6                       tbz x10, #0x3f, #0x1f8
   20c: 3a008052                       mov w26, #0x1
   210: 570709aa                       orr x23, x26, x9, lsl #1
   214: e00316aa                       mov x0, x22
   218: e10313aa                       mov x1, x19
   21c: e20317aa                       mov x2, x23
   220: 00000094                       bl #0x0
        # hole +0x220: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
   224: 000e0035                       cbnz w0, #0x1c0
   228: f3000037                       tbnz w19, #0x0, #0x1c
   22c: 680240f9                       ldr x8, [x19]
   230: 080500f1                       subs x8, x8, #0x1
   234: 680200f9                       str x8, [x19]
   238: 61000054                       b.ne #0xc
   23c: e00313aa                       mov x0, x19
   240: 00000094                       bl #0x0
        # hole +0x240: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   244: c8a640a9                       ldp x8, x9, [x22, #0x8]
   248: 08050091                       add x8, x8, #0x1
   24c: c80600f9                       str x8, [x22, #0x8]
   250: 1f0109eb                       cmp x8, x9
   254: 4a080054                       b.ge #0x108
   258: c80240f9                       ldr x8, [x22]
   25c: c80800b5                       cbnz x8, #0x118
   260: 680b40b9                       ldr w8, [x27, #0x8]
   264: 1f110071                       cmp w8, #0x4
   268: e10a0054                       b.ne #0x15c
   26c: 19038052                       mov w25, #0x18
   270: 6aa743a9                       ldp x10, x9, [x27, #0x38]
   274: 681b40f9                       ldr x8, [x27, #0x30]
   278: 3f0500f1                       cmp x9, #0x1
   27c: 8b000054                       b.lt #0x10
   280: 1f010aeb                       cmp x8, x10
   284: 8b000054                       b.lt #0x10
   288: 62000014                       b #0x188
   28c: 1f010aeb                       cmp x8, x10
   290: 0d0c0054                       b.le #0x180
   294: 0901098b                       add x9, x8, x9
   298: 691b00f9                       str x9, [x27, #0x30]
   29c: 93000037                       tbnz w19, #0x0, #0x10
   2a0: 690240f9                       ldr x9, [x19]
   2a4: 29050091                       add x9, x9, #0x1
   2a8: 690200f9                       str x9, [x19]
   2ac: 09f97fd3                       lsl x9, x8, #1
   2b0: 38008052                       mov w24, #0x1
   2b4: 18f97fb3                       bfi x24, x8, #1, #63
   2b8: 29fd4193                       asr x9, x9, #1
   2bc: 287d099b                       mul x8, x9, x9
   2c0: 297d499b                       smulh x9, x9, x9
   2c4: 3ffd88eb                       cmp x9, x8, asr #63
   2c8: 23008052                       mov w3, #0x1
   2cc: c10c0054                       b.ne #0x198
   2d0: 0900f8d2                       mov x9, #-0x4000000000000000
   2d4: 0901098b                       add x9, x8, x9
   2d8: 690cf8b6                       tbz x9, #0x3f, #0x18c
   2dc: 3a008052                       mov w26, #0x1
   2e0: 570708aa                       orr x23, x26, x8, lsl #1
   2e4: e00316aa                       mov x0, x22
   2e8: e10313aa                       mov x1, x19
   2ec: e20317aa                       mov x2, x23
   2f0: 00000094                       bl #0x0
        # hole +0x2f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
   2f4: c0090035                       cbnz w0, #0x138
   2f8: 45018052                       mov w5, #0xa
   2fc: 13010037                       tbnz w19, #0x0, #0x20
   300: 680240f9                       ldr x8, [x19]
   304: 080500f1                       subs x8, x8, #0x1
   308: 680200f9                       str x8, [x19]
   30c: 81000054                       b.ne #0x10
   310: e00313aa                       mov x0, x19
   314: 00000094                       bl #0x0
        # hole +0x314: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   318: 45018052                       mov w5, #0xa
   31c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   320: 08050091                       add x8, x8, #0x1
   324: c80600f9                       str x8, [x22, #0x8]
   328: 1f0109eb                       cmp x8, x9
   32c: 8a010054                       b.ge #0x30
   330: c80240f9                       ldr x8, [x22]
   334: a80800b5                       cbnz x8, #0x114
   338: 1c008052                       mov w28, #0x0
   33c: 1a008052                       mov w26, #0x0
   340: 09008052                       mov w9, #0x0
   344: 6a0b40b9                       ldr w10, [x27, #0x8]
   348: 23008052                       mov w3, #0x1
   34c: 28008052                       mov w8, #0x1
   350: 5f110071                       cmp w10, #0x4
   354: e0f8ff54                       b.eq #-0xe4
   358: 0e000014                       b #0x38
   35c: 1c008052                       mov w28, #0x0
   360: 1a008052                       mov w26, #0x0
   364: 09008052                       mov w9, #0x0
   368: 28008052                       mov w8, #0x1
   36c: c80200f9                       str x8, [x22]
   370: 04000014                       b #0x10
   374: 1c008052                       mov w28, #0x0
   378: 1a008052                       mov w26, #0x0
   37c: 09008052                       mov w9, #0x0
   380: 43008052                       mov w3, #0x2
   384: 19038052                       mov w25, #0x18
   388: c50d8052                       mov w5, #0x6e
   38c: 68018052                       mov w8, #0xb
   390: 8a0e40f9                       ldr x10, [x20, #0x18]
   394: 1f0315eb                       cmp x24, x21
   398: 40000054                       b.eq #0x8
   39c: 580500f9                       str x24, [x10, #0x8]
   3a0: bce5ff34                       cbz w28, #-0x34c
   3a4: 530d00f9                       str x19, [x10, #0x18]
   3a8: 7a000036                       tbz w26, #0x0, #0xc
   3ac: 19048052                       mov w25, #0x20
   3b0: 2affff17                       b #-0x358
   3b4: 571100f9                       str x23, [x10, #0x20]
   3b8: 09e5ff34                       cbz w9, #-0x360
   3bc: 581500f9                       str x24, [x10, #0x28]
   3c0: 26ffff17                       b #-0x368
   3c4: 1c008052                       mov w28, #0x0
   3c8: 1a008052                       mov w26, #0x0
   3cc: 09008052                       mov w9, #0x0
   3d0: 28008052                       mov w8, #0x1
   3d4: 19038052                       mov w25, #0x18
   3d8: 45018052                       mov w5, #0xa
   3dc: e30308aa                       mov x3, x8
   3e0: ecffff17                       b #-0x50
   3e4: 09008052                       mov w9, #0x0
   3e8: 63008052                       mov w3, #0x3
   3ec: 19048052                       mov w25, #0x20
   3f0: 450b8052                       mov w5, #0x5a
   3f4: 28018052                       mov w8, #0x9
   3f8: fc031aaa                       mov x28, x26
   3fc: e5ffff17                       b #-0x6c
   400: f70318aa                       mov x23, x24
   404: fc0303aa                       mov x28, x3
   408: 29008052                       mov w9, #0x1
   40c: e1ffff17                       b #-0x7c
   410: 1c008052                       mov w28, #0x0
   414: 1a008052                       mov w26, #0x0
   418: 09008052                       mov w9, #0x0
   41c: 48008052                       mov w8, #0x2
   420: e30308aa                       mov x3, x8
   424: 85028052                       mov w5, #0x14
   428: daffff17                       b #-0x98
   42c: 09008052                       mov w9, #0x0
   430: 63008052                       mov w3, #0x3
   434: 28018052                       mov w8, #0x9
   438: 450b8052                       mov w5, #0x5a
   43c: fc031aaa                       mov x28, x26
   440: 19048052                       mov w25, #0x20
   444: d3ffff17                       b #-0xb4
   448: 1c008052                       mov w28, #0x0
   44c: 1a008052                       mov w26, #0x0
   450: 09008052                       mov w9, #0x0
   454: 43008052                       mov w3, #0x2
   458: 68018052                       mov w8, #0xb
   45c: c50d8052                       mov w5, #0x6e
   460: ccffff17                       b #-0xd0
   464: 1a008052                       mov w26, #0x0
   468: f70318aa                       mov x23, x24
   46c: 08018052                       mov w8, #0x8
   470: 050a8052                       mov w5, #0x50
   474: 3c008052                       mov w28, #0x1
   478: 29008052                       mov w9, #0x1
   47c: 19068052                       mov w25, #0x30
   480: c4ffff17                       b #-0xf0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
