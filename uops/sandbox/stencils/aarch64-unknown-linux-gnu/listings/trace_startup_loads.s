# stencil startup_loads for aarch64-unknown-linux-gnu: 2880 code bytes, 0 data bytes, 73 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 890e40f9                       ldr x9, [x20, #0x18]
     8: 2a0140f9                       ldr x10, [x9]
     c: 4c014092                       and x12, x10, #0x1
    10: 2a010036                       tbz w10, #0x0, #0x24
    14: aa0200f9                       str x10, [x21]
    18: 2b0540f9                       ldr x11, [x9, #0x8]
    1c: 8b010036                       tbz w11, #0x0, #0x30
    20: 05058052                       mov w5, #0x28
    24: 88008052                       mov w8, #0x4
    28: ab0600f9                       str x11, [x21, #0x8]
    2c: 2c0200b5                       cbnz x12, #0x44
    30: 66000014                       b #0x198
    34: 480140f9                       ldr x8, [x10]
    38: 08050091                       add x8, x8, #0x1
    3c: 480100f9                       str x8, [x10]
    40: aa0200f9                       str x10, [x21]
    44: 2b0540f9                       ldr x11, [x9, #0x8]
    48: cbfe0737                       tbnz w11, #0x0, #-0x28
    4c: 680140f9                       ldr x8, [x11]
    50: 08050091                       add x8, x8, #0x1
    54: 680100f9                       str x8, [x11]
    58: aa0240f9                       ldr x10, [x21]
    5c: 4c014092                       and x12, x10, #0x1
    60: 05058052                       mov w5, #0x28
    64: 88008052                       mov w8, #0x4
    68: ab0600f9                       str x11, [x21, #0x8]
    6c: ec0a00b4                       cbz x12, #0x15c
    70: cb0a0036                       tbz w11, #0x0, #0x158
    74: 68fd4193                       asr x8, x11, #1
    78: 08058a8b                       add x8, x8, x10, asr #1
    7c: 0a00f8d2                       mov x10, #-0x4000000000000000
    80: 1f010aab                       cmn x8, x10
    84: c5250054                       b.pl #0x4b8
    88: 2a008052                       mov w10, #0x1
    8c: 480508aa                       orr x8, x10, x8, lsl #1
    90: a80200f9                       str x8, [x21]
    94: 200940f9                       ldr x0, [x9, #0x10]
    98: 280900f9                       str x8, [x9, #0x10]
    9c: a0000037                       tbnz w0, #0x0, #0x14
    a0: 080040f9                       ldr x8, [x0]
    a4: 080500f1                       subs x8, x8, #0x1
    a8: 080000f9                       str x8, [x0]
    ac: c0030054                       b.eq #0x78
    b0: 080080d2                       mov x8, #0x0
        # hole +0xb0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
    b4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xb4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
    b8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xb8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
    bc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xbc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
    c0: 88000037                       tbnz w8, #0x0, #0x10
    c4: 090140f9                       ldr x9, [x8]
    c8: 29050091                       add x9, x9, #0x1
    cc: 090100f9                       str x9, [x8]
    d0: 890e40f9                       ldr x9, [x20, #0x18]
    d4: a80200f9                       str x8, [x21]
    d8: 200d40f9                       ldr x0, [x9, #0x18]
    dc: 280d00f9                       str x8, [x9, #0x18]
    e0: a0000037                       tbnz w0, #0x0, #0x14
    e4: 080040f9                       ldr x8, [x0]
    e8: 080500f1                       subs x8, x8, #0x1
    ec: 080000f9                       str x8, [x0]
    f0: 80020054                       b.eq #0x50
    f4: e8238052                       mov w8, #0x11f
    f8: a80200f9                       str x8, [x21]
    fc: 201140f9                       ldr x0, [x9, #0x20]
   100: 281100f9                       str x8, [x9, #0x20]
   104: c0020037                       tbnz w0, #0x0, #0x58
   108: 080040f9                       ldr x8, [x0]
   10c: 080500f1                       subs x8, x8, #0x1
   110: 080000f9                       str x8, [x0]
   114: 41020054                       b.ne #0x48
   118: 00000094                       bl #0x0
        # hole +0x118: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   11c: 890e40f9                       ldr x9, [x20, #0x18]
   120: 0f000014                       b #0x3c
   124: 00000094                       bl #0x0
        # hole +0x124: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   128: 080080d2                       mov x8, #0x0
        # hole +0x128: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[7]+0
   12c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x12c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[7]+0
   130: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x130: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[7]+0
   134: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x134: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[7]+0
   138: 68fc0736                       tbz w8, #0x0, #-0x74
   13c: e5ffff17                       b #-0x6c
   140: 00000094                       bl #0x0
        # hole +0x140: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   144: 890e40f9                       ldr x9, [x20, #0x18]
   148: e8238052                       mov w8, #0x11f
   14c: a80200f9                       str x8, [x21]
   150: 201140f9                       ldr x0, [x9, #0x20]
   154: 281100f9                       str x8, [x9, #0x20]
   158: 80fd0736                       tbz w0, #0x0, #-0x50
   15c: 2a1540f9                       ldr x10, [x9, #0x28]
   160: 4c014092                       and x12, x10, #0x1
   164: 2a010036                       tbz w10, #0x0, #0x24
   168: aa0200f9                       str x10, [x21]
   16c: 2b1940f9                       ldr x11, [x9, #0x30]
   170: 8b010036                       tbz w11, #0x0, #0x30
   174: c5128052                       mov w5, #0x96
   178: e8018052                       mov w8, #0xf
   17c: ab0600f9                       str x11, [x21, #0x8]
   180: 2c0200b5                       cbnz x12, #0x44
   184: 11000014                       b #0x44
   188: 480140f9                       ldr x8, [x10]
   18c: 08050091                       add x8, x8, #0x1
   190: 480100f9                       str x8, [x10]
   194: aa0200f9                       str x10, [x21]
   198: 2b1940f9                       ldr x11, [x9, #0x30]
   19c: cbfe0737                       tbnz w11, #0x0, #-0x28
   1a0: 680140f9                       ldr x8, [x11]
   1a4: 08050091                       add x8, x8, #0x1
   1a8: 680100f9                       str x8, [x11]
   1ac: aa0240f9                       ldr x10, [x21]
   1b0: 4c014092                       and x12, x10, #0x1
   1b4: c5128052                       mov w5, #0x96
   1b8: e8018052                       mov w8, #0xf
   1bc: ab0600f9                       str x11, [x21, #0x8]
   1c0: 4c0000b4                       cbz x12, #0x8
   1c4: ab010037                       tbnz w11, #0x0, #0x34
   1c8: 090080d2                       mov x9, #0x0
        # hole +0x1c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1cc: a1420091                       add x1, x21, #0x10
   1d0: e00314aa                       mov x0, x20
   1d4: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x1d4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1d8: e20316aa                       mov x2, x22
   1dc: 23008052                       mov w3, #0x1
   1e0: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x1e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1e4: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x1e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1e8: 2401088b                       add x4, x9, x8
   1ec: 00000094                       bl #0x0
        # hole +0x1ec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1f0: fe0741f8                       ldr x30, [sp], #0x10
   1f4: c0035fd6                       ret
   1f8: 48fd4193                       asr x8, x10, #1
   1fc: 0a00f8d2                       mov x10, #-0x4000000000000000
   200: 08058bcb                       sub x8, x8, x11, asr #1
   204: 1f010aab                       cmn x8, x10
   208: 25230054                       b.pl #0x464
   20c: 2a008052                       mov w10, #0x1
   210: 480508aa                       orr x8, x10, x8, lsl #1
   214: a80200f9                       str x8, [x21]
   218: 201d40f9                       ldr x0, [x9, #0x38]
   21c: 281d00f9                       str x8, [x9, #0x38]
   220: c0000037                       tbnz w0, #0x0, #0x18
   224: 080040f9                       ldr x8, [x0]
   228: 080500f1                       subs x8, x8, #0x1
   22c: 080000f9                       str x8, [x0]
   230: 41000054                       b.ne #0x8
   234: 00000094                       bl #0x0
        # hole +0x234: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   238: 080080d2                       mov x8, #0x0
        # hole +0x238: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[18]+0
   23c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x23c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[18]+0
   240: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x240: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[18]+0
   244: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x244: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[18]+0
   248: 88000037                       tbnz w8, #0x0, #0x10
   24c: 090140f9                       ldr x9, [x8]
   250: 29050091                       add x9, x9, #0x1
   254: 090100f9                       str x9, [x8]
   258: 890e40f9                       ldr x9, [x20, #0x18]
   25c: a80200f9                       str x8, [x21]
   260: 202140f9                       ldr x0, [x9, #0x40]
   264: 282100f9                       str x8, [x9, #0x40]
   268: e0000037                       tbnz w0, #0x0, #0x1c
   26c: 080040f9                       ldr x8, [x0]
   270: 080500f1                       subs x8, x8, #0x1
   274: 080000f9                       str x8, [x0]
   278: 61000054                       b.ne #0xc
   27c: 00000094                       bl #0x0
        # hole +0x27c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   280: 890e40f9                       ldr x9, [x20, #0x18]
   284: e8318052                       mov w8, #0x18f
   288: a80200f9                       str x8, [x21]
   28c: 202540f9                       ldr x0, [x9, #0x48]
   290: 282500f9                       str x8, [x9, #0x48]
   294: e0000037                       tbnz w0, #0x0, #0x1c
   298: 080040f9                       ldr x8, [x0]
   29c: 080500f1                       subs x8, x8, #0x1
   2a0: 080000f9                       str x8, [x0]
   2a4: 61000054                       b.ne #0xc
   2a8: 00000094                       bl #0x0
        # hole +0x2a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   2ac: 890e40f9                       ldr x9, [x20, #0x18]
   2b0: 2a2940f9                       ldr x10, [x9, #0x50]
   2b4: 4c014092                       and x12, x10, #0x1
   2b8: 2a010036                       tbz w10, #0x0, #0x24
   2bc: aa0200f9                       str x10, [x21]
   2c0: 2b2d40f9                       ldr x11, [x9, #0x58]
   2c4: 8b010036                       tbz w11, #0x0, #0x30
   2c8: 85208052                       mov w5, #0x104
   2cc: 48038052                       mov w8, #0x1a
   2d0: ab0600f9                       str x11, [x21, #0x8]
   2d4: 2c0200b5                       cbnz x12, #0x44
   2d8: bcffff17                       b #-0x110
   2dc: 480140f9                       ldr x8, [x10]
   2e0: 08050091                       add x8, x8, #0x1
   2e4: 480100f9                       str x8, [x10]
   2e8: aa0200f9                       str x10, [x21]
   2ec: 2b2d40f9                       ldr x11, [x9, #0x58]
   2f0: cbfe0737                       tbnz w11, #0x0, #-0x28
   2f4: 680140f9                       ldr x8, [x11]
   2f8: 08050091                       add x8, x8, #0x1
   2fc: 680100f9                       str x8, [x11]
   300: aa0240f9                       ldr x10, [x21]
   304: 4c014092                       and x12, x10, #0x1
   308: 85208052                       mov w5, #0x104
   30c: 48038052                       mov w8, #0x1a
   310: ab0600f9                       str x11, [x21, #0x8]
   314: acf5ffb4                       cbz x12, #-0x14c
   318: 8bf50736                       tbz w11, #0x0, #-0x150
   31c: 48fd4193                       asr x8, x10, #1
   320: 6bfd4193                       asr x11, x11, #1
   324: c5218052                       mov w5, #0x10e
   328: 0a7d0b9b                       mul x10, x8, x11
   32c: 087d4b9b                       smulh x8, x8, x11
   330: 1ffd8aeb                       cmp x8, x10, asr #63
   334: 68038052                       mov w8, #0x1b
   338: 81f4ff54                       b.ne #-0x170
   33c: 0b00f8d2                       mov x11, #-0x4000000000000000
   340: 4b010b8b                       add x11, x10, x11
   344: 2bf4ffb6                       tbz x11, #0x3f, #-0x17c
   348: 28008052                       mov w8, #0x1
   34c: 08050aaa                       orr x8, x8, x10, lsl #1
   350: a80200f9                       str x8, [x21]
   354: 203140f9                       ldr x0, [x9, #0x60]
   358: 283100f9                       str x8, [x9, #0x60]
   35c: c0000037                       tbnz w0, #0x0, #0x18
   360: 080040f9                       ldr x8, [x0]
   364: 080500f1                       subs x8, x8, #0x1
   368: 080000f9                       str x8, [x0]
   36c: 41000054                       b.ne #0x8
   370: 00000094                       bl #0x0
        # hole +0x370: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   374: 080080d2                       mov x8, #0x0
        # hole +0x374: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[29]+0
   378: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x378: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[29]+0
   37c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x37c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[29]+0
   380: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x380: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[29]+0
   384: 88000037                       tbnz w8, #0x0, #0x10
   388: 090140f9                       ldr x9, [x8]
   38c: 29050091                       add x9, x9, #0x1
   390: 090100f9                       str x9, [x8]
   394: 890e40f9                       ldr x9, [x20, #0x18]
   398: a80200f9                       str x8, [x21]
   39c: 203540f9                       ldr x0, [x9, #0x68]
   3a0: 283500f9                       str x8, [x9, #0x68]
   3a4: e0000037                       tbnz w0, #0x0, #0x1c
   3a8: 080040f9                       ldr x8, [x0]
   3ac: 080500f1                       subs x8, x8, #0x1
   3b0: 080000f9                       str x8, [x0]
   3b4: 61000054                       b.ne #0xc
   3b8: 00000094                       bl #0x0
        # hole +0x3b8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3bc: 890e40f9                       ldr x9, [x20, #0x18]
   3c0: a8208052                       mov w8, #0x105
   3c4: a80200f9                       str x8, [x21]
   3c8: 203940f9                       ldr x0, [x9, #0x70]
   3cc: 283900f9                       str x8, [x9, #0x70]
   3d0: e0000037                       tbnz w0, #0x0, #0x1c
   3d4: 080040f9                       ldr x8, [x0]
   3d8: 080500f1                       subs x8, x8, #0x1
   3dc: 080000f9                       str x8, [x0]
   3e0: 61000054                       b.ne #0xc
   3e4: 00000094                       bl #0x0
        # hole +0x3e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   3e8: 890e40f9                       ldr x9, [x20, #0x18]
   3ec: 2a3d40f9                       ldr x10, [x9, #0x78]
   3f0: 4c014092                       and x12, x10, #0x1
   3f4: 2a010036                       tbz w10, #0x0, #0x24
   3f8: aa0200f9                       str x10, [x21]
   3fc: 2b4140f9                       ldr x11, [x9, #0x80]
   400: 8b010036                       tbz w11, #0x0, #0x30
   404: 452e8052                       mov w5, #0x172
   408: a8048052                       mov w8, #0x25
   40c: ab0600f9                       str x11, [x21, #0x8]
   410: 2c0200b5                       cbnz x12, #0x44
   414: 6dffff17                       b #-0x24c
   418: 480140f9                       ldr x8, [x10]
   41c: 08050091                       add x8, x8, #0x1
   420: 480100f9                       str x8, [x10]
   424: aa0200f9                       str x10, [x21]
   428: 2b4140f9                       ldr x11, [x9, #0x80]
   42c: cbfe0737                       tbnz w11, #0x0, #-0x28
   430: 680140f9                       ldr x8, [x11]
   434: 08050091                       add x8, x8, #0x1
   438: 680100f9                       str x8, [x11]
   43c: aa0240f9                       ldr x10, [x21]
   440: 4c014092                       and x12, x10, #0x1
   444: 452e8052                       mov w5, #0x172
   448: a8048052                       mov w8, #0x25
   44c: ab0600f9                       str x11, [x21, #0x8]
   450: ccebffb4                       cbz x12, #-0x288
   454: abeb0736                       tbz w11, #0x0, #-0x28c
   458: 68fd4193                       asr x8, x11, #1
   45c: 08058a8b                       add x8, x8, x10, asr #1
   460: 0a00f8d2                       mov x10, #-0x4000000000000000
   464: 1f010aab                       cmn x8, x10
   468: 85230054                       b.pl #0x470
   46c: 2a008052                       mov w10, #0x1
   470: 480508aa                       orr x8, x10, x8, lsl #1
   474: a80200f9                       str x8, [x21]
   478: 204540f9                       ldr x0, [x9, #0x88]
   47c: 284500f9                       str x8, [x9, #0x88]
   480: c0000037                       tbnz w0, #0x0, #0x18
   484: 080040f9                       ldr x8, [x0]
   488: 080500f1                       subs x8, x8, #0x1
   48c: 080000f9                       str x8, [x0]
   490: 41000054                       b.ne #0x8
   494: 00000094                       bl #0x0
        # hole +0x494: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   498: 080080d2                       mov x8, #0x0
        # hole +0x498: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[40]+0
   49c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x49c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[40]+0
   4a0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x4a0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[40]+0
   4a4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x4a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[40]+0
   4a8: 88000037                       tbnz w8, #0x0, #0x10
   4ac: 090140f9                       ldr x9, [x8]
   4b0: 29050091                       add x9, x9, #0x1
   4b4: 090100f9                       str x9, [x8]
   4b8: 890e40f9                       ldr x9, [x20, #0x18]
   4bc: a80200f9                       str x8, [x21]
   4c0: 204940f9                       ldr x0, [x9, #0x90]
   4c4: 284900f9                       str x8, [x9, #0x90]
   4c8: e0000037                       tbnz w0, #0x0, #0x1c
   4cc: 080040f9                       ldr x8, [x0]
   4d0: 080500f1                       subs x8, x8, #0x1
   4d4: 080000f9                       str x8, [x0]
   4d8: 61000054                       b.ne #0xc
   4dc: 00000094                       bl #0x0
        # hole +0x4dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   4e0: 890e40f9                       ldr x9, [x20, #0x18]
   4e4: 280c8052                       mov w8, #0x61
   4e8: a80200f9                       str x8, [x21]
   4ec: 204d40f9                       ldr x0, [x9, #0x98]
   4f0: 284d00f9                       str x8, [x9, #0x98]
   4f4: e0000037                       tbnz w0, #0x0, #0x1c
   4f8: 080040f9                       ldr x8, [x0]
   4fc: 080500f1                       subs x8, x8, #0x1
   500: 080000f9                       str x8, [x0]
   504: 61000054                       b.ne #0xc
   508: 00000094                       bl #0x0
        # hole +0x508: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   50c: 890e40f9                       ldr x9, [x20, #0x18]
   510: 2a5140f9                       ldr x10, [x9, #0xa0]
   514: 4c014092                       and x12, x10, #0x1
   518: 8a010036                       tbz w10, #0x0, #0x30
   51c: aa0200f9                       str x10, [x21]
   520: 2b5540f9                       ldr x11, [x9, #0xa8]
   524: eb010036                       tbz w11, #0x0, #0x3c
   528: 053c8052                       mov w5, #0x1e0
   52c: 08068052                       mov w8, #0x30
   530: ab0600f9                       str x11, [x21, #0x8]
   534: 8c0200b5                       cbnz x12, #0x50
   538: 24ffff17                       b #-0x370
   53c: 45068052                       mov w5, #0x32
   540: a8008052                       mov w8, #0x5
   544: 21ffff17                       b #-0x37c
   548: 480140f9                       ldr x8, [x10]
   54c: 08050091                       add x8, x8, #0x1
   550: 480100f9                       str x8, [x10]
   554: aa0200f9                       str x10, [x21]
   558: 2b5540f9                       ldr x11, [x9, #0xa8]
   55c: 6bfe0737                       tbnz w11, #0x0, #-0x34
   560: 680140f9                       ldr x8, [x11]
   564: 08050091                       add x8, x8, #0x1
   568: 680100f9                       str x8, [x11]
   56c: aa0240f9                       ldr x10, [x21]
   570: 4c014092                       and x12, x10, #0x1
   574: 053c8052                       mov w5, #0x1e0
   578: 08068052                       mov w8, #0x30
   57c: ab0600f9                       str x11, [x21, #0x8]
   580: 4ce2ffb4                       cbz x12, #-0x3b8
   584: 2be20736                       tbz w11, #0x0, #-0x3bc
   588: 48fd4193                       asr x8, x10, #1
   58c: 0a00f8d2                       mov x10, #-0x4000000000000000
   590: 08058bcb                       sub x8, x8, x11, asr #1
   594: 1f010aab                       cmn x8, x10
   598: 85230054                       b.pl #0x470
   59c: 2a008052                       mov w10, #0x1
   5a0: 480508aa                       orr x8, x10, x8, lsl #1
   5a4: a80200f9                       str x8, [x21]
   5a8: 205940f9                       ldr x0, [x9, #0xb0]
   5ac: 285900f9                       str x8, [x9, #0xb0]
   5b0: c0000037                       tbnz w0, #0x0, #0x18
   5b4: 080040f9                       ldr x8, [x0]
   5b8: 080500f1                       subs x8, x8, #0x1
   5bc: 080000f9                       str x8, [x0]
   5c0: 41000054                       b.ne #0x8
   5c4: 00000094                       bl #0x0
        # hole +0x5c4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   5c8: 080080d2                       mov x8, #0x0
        # hole +0x5c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[51]+0
   5cc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x5cc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[51]+0
   5d0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x5d0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[51]+0
   5d4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x5d4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[51]+0
   5d8: 88000037                       tbnz w8, #0x0, #0x10
   5dc: 090140f9                       ldr x9, [x8]
   5e0: 29050091                       add x9, x9, #0x1
   5e4: 090100f9                       str x9, [x8]
   5e8: 890e40f9                       ldr x9, [x20, #0x18]
   5ec: a80200f9                       str x8, [x21]
   5f0: 205d40f9                       ldr x0, [x9, #0xb8]
   5f4: 285d00f9                       str x8, [x9, #0xb8]
   5f8: e0000037                       tbnz w0, #0x0, #0x1c
   5fc: 080040f9                       ldr x8, [x0]
   600: 080500f1                       subs x8, x8, #0x1
   604: 080000f9                       str x8, [x0]
   608: 61000054                       b.ne #0xc
   60c: 00000094                       bl #0x0
        # hole +0x60c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   610: 890e40f9                       ldr x9, [x20, #0x18]
   614: e8208052                       mov w8, #0x107
   618: a80200f9                       str x8, [x21]
   61c: 206140f9                       ldr x0, [x9, #0xc0]
   620: 286100f9                       str x8, [x9, #0xc0]
   624: e0000037                       tbnz w0, #0x0, #0x1c
   628: 080040f9                       ldr x8, [x0]
   62c: 080500f1                       subs x8, x8, #0x1
   630: 080000f9                       str x8, [x0]
   634: 61000054                       b.ne #0xc
   638: 00000094                       bl #0x0
        # hole +0x638: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   63c: 890e40f9                       ldr x9, [x20, #0x18]
   640: 2a6540f9                       ldr x10, [x9, #0xc8]
   644: 4c014092                       and x12, x10, #0x1
   648: 8a010036                       tbz w10, #0x0, #0x30
   64c: aa0200f9                       str x10, [x21]
   650: 2b6940f9                       ldr x11, [x9, #0xd0]
   654: eb010036                       tbz w11, #0x0, #0x3c
   658: c5498052                       mov w5, #0x24e
   65c: 68078052                       mov w8, #0x3b
   660: ab0600f9                       str x11, [x21, #0x8]
   664: 8c0200b5                       cbnz x12, #0x50
   668: d8feff17                       b #-0x4a0
   66c: 05148052                       mov w5, #0xa0
   670: 08028052                       mov w8, #0x10
   674: d5feff17                       b #-0x4ac
   678: 480140f9                       ldr x8, [x10]
   67c: 08050091                       add x8, x8, #0x1
   680: 480100f9                       str x8, [x10]
   684: aa0200f9                       str x10, [x21]
   688: 2b6940f9                       ldr x11, [x9, #0xd0]
   68c: 6bfe0737                       tbnz w11, #0x0, #-0x34
   690: 680140f9                       ldr x8, [x11]
   694: 08050091                       add x8, x8, #0x1
   698: 680100f9                       str x8, [x11]
   69c: aa0240f9                       ldr x10, [x21]
   6a0: 4c014092                       and x12, x10, #0x1
   6a4: c5498052                       mov w5, #0x24e
   6a8: 68078052                       mov w8, #0x3b
   6ac: ab0600f9                       str x11, [x21, #0x8]
   6b0: ccd8ffb4                       cbz x12, #-0x4e8
   6b4: abd80736                       tbz w11, #0x0, #-0x4ec
   6b8: 48fd4193                       asr x8, x10, #1
   6bc: 6bfd4193                       asr x11, x11, #1
   6c0: 054b8052                       mov w5, #0x258
   6c4: 0a7d0b9b                       mul x10, x8, x11
   6c8: 087d4b9b                       smulh x8, x8, x11
   6cc: 1ffd8aeb                       cmp x8, x10, asr #63
   6d0: 88078052                       mov w8, #0x3c
   6d4: a1d7ff54                       b.ne #-0x50c
   6d8: 0b00f8d2                       mov x11, #-0x4000000000000000
   6dc: 4b010b8b                       add x11, x10, x11
   6e0: 4bd7ffb6                       tbz x11, #0x3f, #-0x518
   6e4: 28008052                       mov w8, #0x1
   6e8: 08050aaa                       orr x8, x8, x10, lsl #1
   6ec: a80200f9                       str x8, [x21]
   6f0: 206d40f9                       ldr x0, [x9, #0xd8]
   6f4: 286d00f9                       str x8, [x9, #0xd8]
   6f8: c0000037                       tbnz w0, #0x0, #0x18
   6fc: 080040f9                       ldr x8, [x0]
   700: 080500f1                       subs x8, x8, #0x1
   704: 080000f9                       str x8, [x0]
   708: 41000054                       b.ne #0x8
   70c: 00000094                       bl #0x0
        # hole +0x70c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   710: 080080d2                       mov x8, #0x0
        # hole +0x710: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[62]+0
   714: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x714: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[62]+0
   718: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x718: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[62]+0
   71c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x71c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[62]+0
   720: 88000037                       tbnz w8, #0x0, #0x10
   724: 090140f9                       ldr x9, [x8]
   728: 29050091                       add x9, x9, #0x1
   72c: 090100f9                       str x9, [x8]
   730: 890e40f9                       ldr x9, [x20, #0x18]
   734: a80200f9                       str x8, [x21]
   738: 207140f9                       ldr x0, [x9, #0xe0]
   73c: 287100f9                       str x8, [x9, #0xe0]
   740: e0000037                       tbnz w0, #0x0, #0x1c
   744: 080040f9                       ldr x8, [x0]
   748: 080500f1                       subs x8, x8, #0x1
   74c: 080000f9                       str x8, [x0]
   750: 61000054                       b.ne #0xc
   754: 00000094                       bl #0x0
        # hole +0x754: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   758: 890e40f9                       ldr x9, [x20, #0x18]
   75c: 68278052                       mov w8, #0x13b
   760: a80200f9                       str x8, [x21]
   764: 207540f9                       ldr x0, [x9, #0xe8]
   768: 287500f9                       str x8, [x9, #0xe8]
   76c: e0000037                       tbnz w0, #0x0, #0x1c
   770: 080040f9                       ldr x8, [x0]
   774: 080500f1                       subs x8, x8, #0x1
   778: 080000f9                       str x8, [x0]
   77c: 61000054                       b.ne #0xc
   780: 00000094                       bl #0x0
        # hole +0x780: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   784: 890e40f9                       ldr x9, [x20, #0x18]
   788: 2a7940f9                       ldr x10, [x9, #0xf0]
   78c: 4c014092                       and x12, x10, #0x1
   790: 2a010036                       tbz w10, #0x0, #0x24
   794: aa0200f9                       str x10, [x21]
   798: 2b7d40f9                       ldr x11, [x9, #0xf8]
   79c: 8b010036                       tbz w11, #0x0, #0x30
   7a0: 85578052                       mov w5, #0x2bc
   7a4: c8088052                       mov w8, #0x46
   7a8: ab0600f9                       str x11, [x21, #0x8]
   7ac: 2c0200b5                       cbnz x12, #0x44
   7b0: 86feff17                       b #-0x5e8
   7b4: 480140f9                       ldr x8, [x10]
   7b8: 08050091                       add x8, x8, #0x1
   7bc: 480100f9                       str x8, [x10]
   7c0: aa0200f9                       str x10, [x21]
   7c4: 2b7d40f9                       ldr x11, [x9, #0xf8]
   7c8: cbfe0737                       tbnz w11, #0x0, #-0x28
   7cc: 680140f9                       ldr x8, [x11]
   7d0: 08050091                       add x8, x8, #0x1
   7d4: 680100f9                       str x8, [x11]
   7d8: aa0240f9                       ldr x10, [x21]
   7dc: 4c014092                       and x12, x10, #0x1
   7e0: 85578052                       mov w5, #0x2bc
   7e4: c8088052                       mov w8, #0x46
   7e8: ab0600f9                       str x11, [x21, #0x8]
   7ec: ecceffb4                       cbz x12, #-0x624
   7f0: cbce0736                       tbz w11, #0x0, #-0x628
   7f4: 68fd4193                       asr x8, x11, #1
   7f8: 08058a8b                       add x8, x8, x10, asr #1
   7fc: 0a00f8d2                       mov x10, #-0x4000000000000000
   800: 1f010aab                       cmn x8, x10
   804: 25190054                       b.pl #0x324
   808: 2a008052                       mov w10, #0x1
   80c: 480508aa                       orr x8, x10, x8, lsl #1
   810: a80200f9                       str x8, [x21]
   814: 208140f9                       ldr x0, [x9, #0x100]
   818: 288100f9                       str x8, [x9, #0x100]
   81c: c0000037                       tbnz w0, #0x0, #0x18
   820: 080040f9                       ldr x8, [x0]
   824: 080500f1                       subs x8, x8, #0x1
   828: 080000f9                       str x8, [x0]
   82c: 41000054                       b.ne #0x8
   830: 00000094                       bl #0x0
        # hole +0x830: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   834: 080080d2                       mov x8, #0x0
        # hole +0x834: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[73]+0
   838: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x838: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[73]+0
   83c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x83c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[73]+0
   840: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x840: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[73]+0
   844: 88000037                       tbnz w8, #0x0, #0x10
   848: 090140f9                       ldr x9, [x8]
   84c: 29050091                       add x9, x9, #0x1
   850: 090100f9                       str x9, [x8]
   854: 890e40f9                       ldr x9, [x20, #0x18]
   858: a80200f9                       str x8, [x21]
   85c: 208540f9                       ldr x0, [x9, #0x108]
   860: 288500f9                       str x8, [x9, #0x108]
   864: e0000037                       tbnz w0, #0x0, #0x1c
   868: 080040f9                       ldr x8, [x0]
   86c: 080500f1                       subs x8, x8, #0x1
   870: 080000f9                       str x8, [x0]
   874: 61000054                       b.ne #0xc
   878: 00000094                       bl #0x0
        # hole +0x878: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   87c: 890e40f9                       ldr x9, [x20, #0x18]
   880: 28068052                       mov w8, #0x31
   884: a80200f9                       str x8, [x21]
   888: 208940f9                       ldr x0, [x9, #0x110]
   88c: 288900f9                       str x8, [x9, #0x110]
   890: e0000037                       tbnz w0, #0x0, #0x1c
   894: 080040f9                       ldr x8, [x0]
   898: 080500f1                       subs x8, x8, #0x1
   89c: 080000f9                       str x8, [x0]
   8a0: 61000054                       b.ne #0xc
   8a4: 00000094                       bl #0x0
        # hole +0x8a4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   8a8: 890e40f9                       ldr x9, [x20, #0x18]
   8ac: 2a8d40f9                       ldr x10, [x9, #0x118]
   8b0: 4c014092                       and x12, x10, #0x1
   8b4: 8a010036                       tbz w10, #0x0, #0x30
   8b8: aa0200f9                       str x10, [x21]
   8bc: 2b9140f9                       ldr x11, [x9, #0x120]
   8c0: eb010036                       tbz w11, #0x0, #0x3c
   8c4: 45658052                       mov w5, #0x32a
   8c8: 280a8052                       mov w8, #0x51
   8cc: ab0600f9                       str x11, [x21, #0x8]
   8d0: 8c0200b5                       cbnz x12, #0x50
   8d4: 3dfeff17                       b #-0x70c
   8d8: 852f8052                       mov w5, #0x17c
   8dc: c8048052                       mov w8, #0x26
   8e0: 3afeff17                       b #-0x718
   8e4: 480140f9                       ldr x8, [x10]
   8e8: 08050091                       add x8, x8, #0x1
   8ec: 480100f9                       str x8, [x10]
   8f0: aa0200f9                       str x10, [x21]
   8f4: 2b9140f9                       ldr x11, [x9, #0x120]
   8f8: 6bfe0737                       tbnz w11, #0x0, #-0x34
   8fc: 680140f9                       ldr x8, [x11]
   900: 08050091                       add x8, x8, #0x1
   904: 680100f9                       str x8, [x11]
   908: aa0240f9                       ldr x10, [x21]
   90c: 4c014092                       and x12, x10, #0x1
   910: 45658052                       mov w5, #0x32a
   914: 280a8052                       mov w8, #0x51
   918: ab0600f9                       str x11, [x21, #0x8]
   91c: 6cc5ffb4                       cbz x12, #-0x754
   920: 4bc50736                       tbz w11, #0x0, #-0x758
   924: 48fd4193                       asr x8, x10, #1
   928: 0a00f8d2                       mov x10, #-0x4000000000000000
   92c: 08058bcb                       sub x8, x8, x11, asr #1
   930: 1f010aab                       cmn x8, x10
   934: 05100054                       b.pl #0x200
   938: 2a008052                       mov w10, #0x1
   93c: 480508aa                       orr x8, x10, x8, lsl #1
   940: a80200f9                       str x8, [x21]
   944: 209540f9                       ldr x0, [x9, #0x128]
   948: 289500f9                       str x8, [x9, #0x128]
   94c: c0000037                       tbnz w0, #0x0, #0x18
   950: 080040f9                       ldr x8, [x0]
   954: 080500f1                       subs x8, x8, #0x1
   958: 080000f9                       str x8, [x0]
   95c: 41000054                       b.ne #0x8
   960: 00000094                       bl #0x0
        # hole +0x960: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   964: 080080d2                       mov x8, #0x0
        # hole +0x964: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[84]+0
   968: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x968: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[84]+0
   96c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x96c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[84]+0
   970: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x970: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[84]+0
   974: 88000037                       tbnz w8, #0x0, #0x10
   978: 090140f9                       ldr x9, [x8]
   97c: 29050091                       add x9, x9, #0x1
   980: 090100f9                       str x9, [x8]
   984: 890e40f9                       ldr x9, [x20, #0x18]
   988: a80200f9                       str x8, [x21]
   98c: 209940f9                       ldr x0, [x9, #0x130]
   990: 289900f9                       str x8, [x9, #0x130]
   994: e0000037                       tbnz w0, #0x0, #0x1c
   998: 080040f9                       ldr x8, [x0]
   99c: 080500f1                       subs x8, x8, #0x1
   9a0: 080000f9                       str x8, [x0]
   9a4: 61000054                       b.ne #0xc
   9a8: 00000094                       bl #0x0
        # hole +0x9a8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9ac: 890e40f9                       ldr x9, [x20, #0x18]
   9b0: 28098052                       mov w8, #0x49
   9b4: a80200f9                       str x8, [x21]
   9b8: 209d40f9                       ldr x0, [x9, #0x138]
   9bc: 289d00f9                       str x8, [x9, #0x138]
   9c0: e0000037                       tbnz w0, #0x0, #0x1c
   9c4: 080040f9                       ldr x8, [x0]
   9c8: 080500f1                       subs x8, x8, #0x1
   9cc: 080000f9                       str x8, [x0]
   9d0: 61000054                       b.ne #0xc
   9d4: 00000094                       bl #0x0
        # hole +0x9d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   9d8: 890e40f9                       ldr x9, [x20, #0x18]
   9dc: 2aa140f9                       ldr x10, [x9, #0x140]
   9e0: 4c014092                       and x12, x10, #0x1
   9e4: 8a010036                       tbz w10, #0x0, #0x30
   9e8: aa0200f9                       str x10, [x21]
   9ec: 2ba540f9                       ldr x11, [x9, #0x148]
   9f0: eb010036                       tbz w11, #0x0, #0x3c
   9f4: 05738052                       mov w5, #0x398
   9f8: 880b8052                       mov w8, #0x5c
   9fc: ab0600f9                       str x11, [x21, #0x8]
   a00: 8c0200b5                       cbnz x12, #0x50
   a04: f1fdff17                       b #-0x83c
   a08: 453d8052                       mov w5, #0x1ea
   a0c: 28068052                       mov w8, #0x31
   a10: eefdff17                       b #-0x848
   a14: 480140f9                       ldr x8, [x10]
   a18: 08050091                       add x8, x8, #0x1
   a1c: 480100f9                       str x8, [x10]
   a20: aa0200f9                       str x10, [x21]
   a24: 2ba540f9                       ldr x11, [x9, #0x148]
   a28: 6bfe0737                       tbnz w11, #0x0, #-0x34
   a2c: 680140f9                       ldr x8, [x11]
   a30: 08050091                       add x8, x8, #0x1
   a34: 680100f9                       str x8, [x11]
   a38: aa0240f9                       ldr x10, [x21]
   a3c: 4c014092                       and x12, x10, #0x1
   a40: 05738052                       mov w5, #0x398
   a44: 880b8052                       mov w8, #0x5c
   a48: ab0600f9                       str x11, [x21, #0x8]
   a4c: ecbbffb4                       cbz x12, #-0x884
   a50: cbbb0736                       tbz w11, #0x0, #-0x888
   a54: 48fd4193                       asr x8, x10, #1
   a58: 6bfd4193                       asr x11, x11, #1
   a5c: 45748052                       mov w5, #0x3a2
   a60: 0a7d0b9b                       mul x10, x8, x11
   a64: 087d4b9b                       smulh x8, x8, x11
   a68: 1ffd8aeb                       cmp x8, x10, asr #63
   a6c: a80b8052                       mov w8, #0x5d
   a70: c1baff54                       b.ne #-0x8a8
   a74: 0b00f8d2                       mov x11, #-0x4000000000000000
   a78: 4b010b8b                       add x11, x10, x11
   a7c: 6bbaffb6                       tbz x11, #0x3f, #-0x8b4
   a80: 28008052                       mov w8, #0x1
   a84: 08050aaa                       orr x8, x8, x10, lsl #1
   a88: a80200f9                       str x8, [x21]
   a8c: 20a940f9                       ldr x0, [x9, #0x150]
   a90: 28a900f9                       str x8, [x9, #0x150]
   a94: c0000037                       tbnz w0, #0x0, #0x18
   a98: 080040f9                       ldr x8, [x0]
   a9c: 080500f1                       subs x8, x8, #0x1
   aa0: 080000f9                       str x8, [x0]
   aa4: 41000054                       b.ne #0x8
   aa8: 00000094                       bl #0x0
        # hole +0xaa8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   aac: 090080d2                       mov x9, #0x0
        # hole +0xaac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[95]+0
   ab0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xab0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[95]+0
   ab4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xab4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[95]+0
   ab8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xab8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[95]+0
   abc: 89000037                       tbnz w9, #0x0, #0x10
   ac0: 280140f9                       ldr x8, [x9]
   ac4: 08050091                       add x8, x8, #0x1
   ac8: 280100f9                       str x8, [x9]
   acc: 880e40f9                       ldr x8, [x20, #0x18]
   ad0: a90200f9                       str x9, [x21]
   ad4: 00ad40f9                       ldr x0, [x8, #0x158]
   ad8: 09ad00f9                       str x9, [x8, #0x158]
   adc: e0000037                       tbnz w0, #0x0, #0x1c
   ae0: 090040f9                       ldr x9, [x0]
   ae4: 290500f1                       subs x9, x9, #0x1
   ae8: 090000f9                       str x9, [x0]
   aec: 61000054                       b.ne #0xc
   af0: 00000094                       bl #0x0
        # hole +0xaf0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   af4: 880e40f9                       ldr x8, [x20, #0x18]
   af8: 692c8052                       mov w9, #0x163
   afc: a90200f9                       str x9, [x21]
   b00: 00b140f9                       ldr x0, [x8, #0x160]
   b04: 09b100f9                       str x9, [x8, #0x160]
   b08: c0000037                       tbnz w0, #0x0, #0x18
   b0c: 080040f9                       ldr x8, [x0]
   b10: 080500f1                       subs x8, x8, #0x1
   b14: 080000f9                       str x8, [x0]
   b18: 41000054                       b.ne #0x8
   b1c: 00000094                       bl #0x0
        # hole +0xb1c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   b20: fe0741f8                       ldr x30, [sp], #0x10
   b24: 00000014                       b #0x0
        # hole +0xb24: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
   b28: c5588052                       mov w5, #0x2c6
   b2c: e8088052                       mov w8, #0x47
   b30: a6fdff17                       b #-0x968
   b34: 85668052                       mov w5, #0x334
   b38: 480a8052                       mov w8, #0x52
   b3c: a3fdff17                       b #-0x974
