# stencil attr_loop for aarch64-apple-darwin: 1256 code bytes, 16 data bytes, 13 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 180d40f9                       ldr x24, [x8, #0x18]
    10: 58110037                       tbnz w24, #0x0, #0x228
    14: 154d40a9                       ldp x21, x19, [x8]
    18: 090b40b9                       ldr w9, [x24, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: b5120037                       tbnz w21, #0x0, #0x254
    24: e1130054                       b.ne #0x27c
    28: f40700f9                       str x20, [sp, #0x8]
    2c: 14000090                       adrp x20, #0
        # hole +0x2c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    30: 940240f9                       ldr x20, [x20]
        # hole +0x30: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    34: 190940f9                       ldr x25, [x8, #0x10]
    38: 1c00f8d2                       mov x28, #-0x4000000000000000
    3c: f30300f9                       str x19, [sp]
    40: f70313aa                       mov x23, x19
    44: 09a343a9                       ldp x9, x8, [x24, #0x38]
    48: 131b40f9                       ldr x19, [x24, #0x30]
    4c: 1f0500f1                       cmp x8, #0x1
    50: 8b000054                       b.lt #0x10
    54: 7f0209eb                       cmp x19, x9
    58: 8b000054                       b.lt #0x10
    5c: c6000014                       b #0x318
    60: 7f0209eb                       cmp x19, x9
    64: 8d180054                       b.le #0x310
    68: 6802088b                       add x8, x19, x8
    6c: 081b00f9                       str x8, [x24, #0x30]
    70: f7000037                       tbnz w23, #0x0, #0x1c
    74: e80240f9                       ldr x8, [x23]
    78: 080500f1                       subs x8, x8, #0x1
    7c: e80200f9                       str x8, [x23]
    80: 61000054                       b.ne #0xc
    84: e00317aa                       mov x0, x23
    88: 00000094                       bl #0x0
        # hole +0x88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    8c: 28008052                       mov w8, #0x1
    90: 170513aa                       orr x23, x8, x19, lsl #1
    94: a80240f9                       ldr x8, [x21]
    98: 08050091                       add x8, x8, #0x1
    9c: a80200f9                       str x8, [x21]
    a0: a80a40b9                       ldr w8, [x21, #0x8]
    a4: 1f1d0071                       cmp w8, #0x7
    a8: 41170054                       b.ne #0x2e8
    ac: a81a40f9                       ldr x8, [x21, #0x30]
    b0: 081940f9                       ldr x8, [x8, #0x30]
    b4: 1f0114eb                       cmp x8, x20
    b8: c1160054                       b.ne #0x2d8
    bc: a80240f9                       ldr x8, [x21]
    c0: 08050091                       add x8, x8, #0x1
    c4: a80200f9                       str x8, [x21]
    c8: a91e40f9                       ldr x9, [x21, #0x38]
    cc: e91a00b4                       cbz x9, #0x35c
    d0: b32240f9                       ldr x19, [x21, #0x40]
    d4: 93010037                       tbnz w19, #0x0, #0x30
    d8: 680240f9                       ldr x8, [x19]
    dc: 08050091                       add x8, x8, #0x1
    e0: 680200f9                       str x8, [x19]
    e4: a80240f9                       ldr x8, [x21]
    e8: 080500f1                       subs x8, x8, #0x1
    ec: a80200f9                       str x8, [x21]
    f0: 01010054                       b.ne #0x20
    f4: e00315aa                       mov x0, x21
    f8: 00000094                       bl #0x0
        # hole +0xf8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    fc: d9000036                       tbz w25, #0x0, #0x18
   100: 8b000014                       b #0x22c
   104: 080500f1                       subs x8, x8, #0x1
   108: a80200f9                       str x8, [x21]
   10c: 40ffff54                       b.eq #-0x18
   110: f9100037                       tbnz w25, #0x0, #0x21c
   114: 280340f9                       ldr x8, [x25]
   118: 08050091                       add x8, x8, #0x1
   11c: 280300f9                       str x8, [x25]
   120: 280b40b9                       ldr w8, [x25, #0x8]
   124: 1f1d0071                       cmp w8, #0x7
   128: 21100054                       b.ne #0x204
   12c: 281b40f9                       ldr x8, [x25, #0x30]
   130: 081940f9                       ldr x8, [x8, #0x30]
   134: 1f0d00f1                       cmp x8, #0x3
   138: a10f0054                       b.ne #0x1f4
   13c: 281f40f9                       ldr x8, [x25, #0x38]
   140: 281800b4                       cbz x8, #0x304
   144: 3b2340f9                       ldr x27, [x25, #0x40]
   148: 9b010037                       tbnz w27, #0x0, #0x30
   14c: 680340f9                       ldr x8, [x27]
   150: 08050091                       add x8, x8, #0x1
   154: 680300f9                       str x8, [x27]
   158: 280340f9                       ldr x8, [x25]
   15c: 080500f1                       subs x8, x8, #0x1
   160: 280300f9                       str x8, [x25]
   164: 21010054                       b.ne #0x24
   168: e00319aa                       mov x0, x25
   16c: 00000094                       bl #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   170: f3000037                       tbnz w19, #0x0, #0x1c
   174: 76000014                       b #0x1d8
   178: 280340f9                       ldr x8, [x25]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 280300f9                       str x8, [x25]
   184: 20ffff54                       b.eq #-0x1c
   188: 330e0036                       tbz w19, #0x0, #0x1c4
   18c: 1b0e0036                       tbz w27, #0x0, #0x1c0
   190: 68ff4193                       asr x8, x27, #1
   194: 0805938b                       add x8, x8, x19, asr #1
   198: 1f011cab                       cmn x8, x28
   19c: 25160054                       b.pl #0x2c4
   1a0: 2a008052                       mov w10, #0x1
   1a4: 5a0508aa                       orr x26, x10, x8, lsl #1
   1a8: a80a40b9                       ldr w8, [x21, #0x8]
   1ac: 1f1d0071                       cmp w8, #0x7
   1b0: 01190054                       b.ne #0x320
   1b4: a81e40f9                       ldr x8, [x21, #0x38]
   1b8: 1f0900f1                       cmp x8, #0x2
   1bc: 03160054                       b.lo #0x2c0
   1c0: a02640f9                       ldr x0, [x21, #0x48]
   1c4: ba2600f9                       str x26, [x21, #0x48]
   1c8: a0000037                       tbnz w0, #0x0, #0x14
   1cc: 080040f9                       ldr x8, [x0]
   1d0: 080500f1                       subs x8, x8, #0x1
   1d4: 080000f9                       str x8, [x0]
   1d8: 40020054                       b.eq #0x48
   1dc: a80240f9                       ldr x8, [x21]
   1e0: 080500f1                       subs x8, x8, #0x1
   1e4: a80200f9                       str x8, [x21]
   1e8: 61000054                       b.ne #0xc
   1ec: e00315aa                       mov x0, x21
   1f0: 00000094                       bl #0x0
        # hole +0x1f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1f4: c8a640a9                       ldp x8, x9, [x22, #0x8]
   1f8: 08050091                       add x8, x8, #0x1
   1fc: c80600f9                       str x8, [x22, #0x8]
   200: 1f0109eb                       cmp x8, x9
   204: aa0d0054                       b.ge #0x1b4
   208: c80240f9                       ldr x8, [x22]
   20c: a80e00b5                       cbnz x8, #0x1d4
   210: 080b40b9                       ldr w8, [x24, #0x8]
   214: 1f110071                       cmp w8, #0x4
   218: 60f1ff54                       b.eq #-0x1d4
   21c: 7a000014                       b #0x1e8
   220: 00000094                       bl #0x0
        # hole +0x220: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   224: a80240f9                       ldr x8, [x21]
   228: 080500f1                       subs x8, x8, #0x1
   22c: a80200f9                       str x8, [x21]
   230: 21feff54                       b.ne #-0x3c
   234: eeffff17                       b #-0x48
   238: 23008052                       mov w3, #0x1
   23c: 45018052                       mov w5, #0xa
   240: 2c008052                       mov w12, #0x1
   244: 8b0e40f9                       ldr x11, [x20, #0x18]
   248: 0d048052                       mov w13, #0x20
   24c: 08000090                       adrp x8, #0
        # hole +0x24c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   250: 080140f9                       ldr x8, [x8]
        # hole +0x250: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   254: 61010d8b                       add x1, x11, x13
   258: 04010c8b                       add x4, x8, x12
   25c: e00314aa                       mov x0, x20
   260: e20316aa                       mov x2, x22
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   268: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   26c: ff830091                       add sp, sp, #0x20
   270: c0035fd6                       ret
   274: 81020054                       b.ne #0x50
   278: 0aa743a9                       ldp x10, x9, [x24, #0x38]
   27c: 081b40f9                       ldr x8, [x24, #0x30]
   280: 3f0500f1                       cmp x9, #0x1
   284: 8b020054                       b.lt #0x50
   288: 1f010aeb                       cmp x8, x10
   28c: 8b020054                       b.lt #0x50
   290: 4c008052                       mov w12, #0x2
   294: 85028052                       mov w5, #0x14
   298: e3030caa                       mov x3, x12
   29c: eaffff17                       b #-0x58
   2a0: 0a008052                       mov w10, #0x0
   2a4: 08008052                       mov w8, #0x0
   2a8: 09008052                       mov w9, #0x0
   2ac: 2c008052                       mov w12, #0x1
   2b0: 0d048052                       mov w13, #0x20
   2b4: 45018052                       mov w5, #0xa
   2b8: f70313aa                       mov x23, x19
   2bc: e3030caa                       mov x3, x12
   2c0: 77000014                       b #0x1dc
   2c4: 2c008052                       mov w12, #0x1
   2c8: 45018052                       mov w5, #0xa
   2cc: e3030caa                       mov x3, x12
   2d0: ddffff17                       b #-0x8c
   2d4: 1f010aeb                       cmp x8, x10
   2d8: cdfdff54                       b.le #-0x48
   2dc: 0901098b                       add x9, x8, x9
   2e0: 091b00f9                       str x9, [x24, #0x30]
   2e4: 29008052                       mov w9, #0x1
   2e8: 370508aa                       orr x23, x9, x8, lsl #1
   2ec: f3000037                       tbnz w19, #0x0, #0x1c
   2f0: 680240f9                       ldr x8, [x19]
   2f4: 080500f1                       subs x8, x8, #0x1
   2f8: 680200f9                       str x8, [x19]
   2fc: 61000054                       b.ne #0xc
   300: e00313aa                       mov x0, x19
   304: 00000094                       bl #0x0
        # hole +0x304: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   308: 09008052                       mov w9, #0x0
   30c: 23008052                       mov w3, #0x1
   310: 0d058052                       mov w13, #0x28
   314: 85078052                       mov w5, #0x3c
   318: cc008052                       mov w12, #0x6
   31c: fa0315aa                       mov x26, x21
   320: 2a008052                       mov w10, #0x1
   324: 28008052                       mov w8, #0x1
   328: 5d000014                       b #0x174
   32c: 08008052                       mov w8, #0x0
   330: 23008052                       mov w3, #0x1
   334: fa0315aa                       mov x26, x21
   338: f50313aa                       mov x21, x19
   33c: fb0319aa                       mov x27, x25
   340: 4c018052                       mov w12, #0xa
   344: 850c8052                       mov w5, #0x64
   348: 07000014                       b #0x1c
   34c: 08008052                       mov w8, #0x0
   350: 23008052                       mov w3, #0x1
   354: fa0315aa                       mov x26, x21
   358: f50313aa                       mov x21, x19
   35c: 8c018052                       mov w12, #0xc
   360: 050f8052                       mov w5, #0x78
   364: 2a008052                       mov w10, #0x1
   368: 29008052                       mov w9, #0x1
   36c: 0d078052                       mov w13, #0x38
   370: 4a000014                       b #0x128
   374: 0a008052                       mov w10, #0x0
   378: 08008052                       mov w8, #0x0
   37c: 09008052                       mov w9, #0x0
   380: 4c008052                       mov w12, #0x2
   384: e3030caa                       mov x3, x12
   388: 85028052                       mov w5, #0x14
   38c: 1b000014                       b #0x6c
   390: 09008052                       mov w9, #0x0
   394: 23008052                       mov w3, #0x1
   398: fa0315aa                       mov x26, x21
   39c: 85078052                       mov w5, #0x3c
   3a0: 2a008052                       mov w10, #0x1
   3a4: 28008052                       mov w8, #0x1
   3a8: 0d058052                       mov w13, #0x28
   3ac: f35340a9                       ldp x19, x20, [sp]
   3b0: cc008052                       mov w12, #0x6
   3b4: 3a000014                       b #0xe8
   3b8: 0a008052                       mov w10, #0x0
   3bc: 08008052                       mov w8, #0x0
   3c0: 09008052                       mov w9, #0x0
   3c4: 2b008052                       mov w11, #0x1
   3c8: cb0200f9                       str x11, [x22]
   3cc: 43008052                       mov w3, #0x2
   3d0: 0d048052                       mov w13, #0x20
   3d4: 05148052                       mov w5, #0xa0
   3d8: 0c028052                       mov w12, #0x10
   3dc: 2f000014                       b #0xbc
   3e0: 0a008052                       mov w10, #0x0
   3e4: 08008052                       mov w8, #0x0
   3e8: 09008052                       mov w9, #0x0
   3ec: 43008052                       mov w3, #0x2
   3f0: 0c028052                       mov w12, #0x10
   3f4: 05148052                       mov w5, #0xa0
   3f8: f35340a9                       ldp x19, x20, [sp]
   3fc: 0d048052                       mov w13, #0x20
   400: 27000014                       b #0x9c
   404: 0a008052                       mov w10, #0x0
   408: 08008052                       mov w8, #0x0
   40c: 09008052                       mov w9, #0x0
   410: 2c008052                       mov w12, #0x1
   414: e3030caa                       mov x3, x12
   418: f35340a9                       ldp x19, x20, [sp]
   41c: 45018052                       mov w5, #0xa
   420: 0d048052                       mov w13, #0x20
   424: 1e000014                       b #0x78
   428: 08008052                       mov w8, #0x0
   42c: 23008052                       mov w3, #0x1
   430: fa0315aa                       mov x26, x21
   434: 0c018052                       mov w12, #0x8
   438: 050a8052                       mov w5, #0x50
   43c: 2a008052                       mov w10, #0x1
   440: 15000014                       b #0x54
   444: 23008052                       mov w3, #0x1
   448: fa0315aa                       mov x26, x21
   44c: f50313aa                       mov x21, x19
   450: fb0319aa                       mov x27, x25
   454: 6c018052                       mov w12, #0xb
   458: c50d8052                       mov w5, #0x6e
   45c: c2ffff17                       b #-0xf8
   460: 08008052                       mov w8, #0x0
   464: 23008052                       mov w3, #0x1
   468: fa0315aa                       mov x26, x21
   46c: f50313aa                       mov x21, x19
   470: ac018052                       mov w12, #0xd
   474: 45108052                       mov w5, #0x82
   478: bbffff17                       b #-0x114
   47c: 08008052                       mov w8, #0x0
   480: 09008052                       mov w9, #0x0
   484: 23008052                       mov w3, #0x1
   488: ec018052                       mov w12, #0xf
   48c: c5128052                       mov w5, #0x96
   490: ea0303aa                       mov x10, x3
   494: 0d068052                       mov w13, #0x30
   498: f35340a9                       ldp x19, x20, [sp]
   49c: 8b0e40f9                       ldr x11, [x20, #0x18]
   4a0: ff0213eb                       cmp x23, x19
   4a4: 40000054                       b.eq #0x8
   4a8: 770500f9                       str x23, [x11, #0x8]
   4ac: eaecff34                       cbz w10, #-0x264
   4b0: 7a1100f9                       str x26, [x11, #0x20]
   4b4: 68000036                       tbz w8, #0x0, #0xc
   4b8: 0d058052                       mov w13, #0x28
   4bc: 64ffff17                       b #-0x270
   4c0: 751500f9                       str x21, [x11, #0x28]
   4c4: 49ecff34                       cbz w9, #-0x278
   4c8: 7b1900f9                       str x27, [x11, #0x30]
   4cc: 60ffff17                       b #-0x280
   4d0: 08008052                       mov w8, #0x0
   4d4: 09008052                       mov w9, #0x0
   4d8: e3030aaa                       mov x3, x10
   4dc: ec018052                       mov w12, #0xf
   4e0: c5128052                       mov w5, #0x96
   4e4: ecffff17                       b #-0x50
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
