# stencil float_div_loop for aarch64-unknown-linux-gnu: 1004 code bytes, 0 data bytes, 17 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 156541a9                       ldp x21, x25, [x8, #0x10]
     c: 174d40a9                       ldp x23, x19, [x8]
    10: 59020037                       tbnz w25, #0x0, #0x48
    14: 280b40b9                       ldr w8, [x25, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: e1020054                       b.ne #0x5c
    20: 29a343a9                       ldp x9, x8, [x25, #0x38]
    24: 381b40f9                       ldr x24, [x25, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: 6b030054                       b.lt #0x6c
    30: 1f0309eb                       cmp x24, x9
    34: 6b030054                       b.lt #0x6c
    38: 49008052                       mov w9, #0x2
    3c: 8a0e40f9                       ldr x10, [x20, #0x18]
    40: 39008052                       mov w25, #0x1
    44: 08048052                       mov w8, #0x20
    48: 85028052                       mov w5, #0x14
    4c: f80315aa                       mov x24, x21
    50: e303092a                       mov w3, w9
    54: 4c000014                       b #0x130
    58: 8a0e40f9                       ldr x10, [x20, #0x18]
    5c: 23008052                       mov w3, #0x1
    60: 08048052                       mov w8, #0x20
    64: 45018052                       mov w5, #0xa
    68: f80315aa                       mov x24, x21
    6c: 29008052                       mov w9, #0x1
    70: 39008052                       mov w25, #0x1
    74: 44000014                       b #0x110
    78: 29008052                       mov w9, #0x1
    7c: 8a0e40f9                       ldr x10, [x20, #0x18]
    80: 08048052                       mov w8, #0x20
    84: 45018052                       mov w5, #0xa
    88: f80315aa                       mov x24, x21
    8c: e303092a                       mov w3, w9
    90: 39008052                       mov w25, #0x1
    94: 3c000014                       b #0xf0
    98: 1f0309eb                       cmp x24, x9
    9c: edfcff54                       b.le #-0x64
    a0: 0803088b                       add x8, x24, x8
    a4: 3a008052                       mov w26, #0x1
    a8: 281b00f9                       str x8, [x25, #0x30]
    ac: f5000037                       tbnz w21, #0x0, #0x1c
    b0: a80240f9                       ldr x8, [x21]
    b4: 080500f1                       subs x8, x8, #0x1
    b8: a80200f9                       str x8, [x21]
    bc: 61000054                       b.ne #0xc
    c0: e00315aa                       mov x0, x21
    c4: 00000094                       bl #0x0
        # hole +0xc4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: b7000036                       tbz w23, #0x0, #0x14
    cc: 580718aa                       orr x24, x26, x24, lsl #1
    d0: 13010036                       tbz w19, #0x0, #0x20
    d4: 77010036                       tbz w23, #0x0, #0x2c
    d8: 25000014                       b #0x94
    dc: e80240f9                       ldr x8, [x23]
    e0: 08050091                       add x8, x8, #0x1
    e4: e80200f9                       str x8, [x23]
    e8: 580718aa                       orr x24, x26, x24, lsl #1
    ec: 53ff0737                       tbnz w19, #0x0, #-0x18
    f0: 680240f9                       ldr x8, [x19]
    f4: 08050091                       add x8, x8, #0x1
    f8: 680200f9                       str x8, [x19]
    fc: 97030037                       tbnz w23, #0x0, #0x70
   100: e80a40b9                       ldr w8, [x23, #0x8]
   104: 1f090071                       cmp w8, #0x2
   108: 21030054                       b.ne #0x64
   10c: 13030037                       tbnz w19, #0x0, #0x60
   110: 680a40b9                       ldr w8, [x19, #0x8]
   114: 1f090071                       cmp w8, #0x2
   118: a1020054                       b.ne #0x54
   11c: e80240f9                       ldr x8, [x23]
   120: e81a40fd                       ldr d8, [x23, #0x30]
   124: 691a40fd                       ldr d9, [x19, #0x30]
   128: 080500f1                       subs x8, x8, #0x1
   12c: e80200f9                       str x8, [x23]
   130: e0040054                       b.eq #0x9c
   134: 680240f9                       ldr x8, [x19]
   138: 080500f1                       subs x8, x8, #0x1
   13c: 680200f9                       str x8, [x19]
   140: 20050054                       b.eq #0xa4
   144: 2821601e                       fcmp d9, #0.0
   148: 61050054                       b.ne #0xac
   14c: 39008052                       mov w25, #0x1
   150: 8a0e40f9                       ldr x10, [x20, #0x18]
   154: 63008052                       mov w3, #0x3
   158: 08048052                       mov w8, #0x20
   15c: d90e00f9                       str x25, [x22, #0x18]
   160: 050a8052                       mov w5, #0x50
   164: 09018052                       mov w9, #0x8
   168: 07000014                       b #0x1c
   16c: 8a0e40f9                       ldr x10, [x20, #0x18]
   170: f9031f2a                       mov w25, wzr
   174: 23008052                       mov w3, #0x1
   178: 08068052                       mov w8, #0x30
   17c: c5088052                       mov w5, #0x46
   180: e9008052                       mov w9, #0x7
   184: 1f0315eb                       cmp x24, x21
   188: c1010054                       b.ne #0x38
   18c: 59000037                       tbnz w25, #0x0, #0x8
   190: 574d02a9                       stp x23, x19, [x10, #0x20]
   194: 0b0080d2                       mov x11, #0x0
        # hole +0x194: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   198: 4101088b                       add x1, x10, x8
   19c: e00314aa                       mov x0, x20
   1a0: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0x1a0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1a4: e20316aa                       mov x2, x22
   1a8: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0x1a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1ac: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0x1ac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1b0: 6401098b                       add x4, x11, x9
   1b4: 00000094                       bl #0x0
        # hole +0x1b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b8: fe0741f8                       ldr x30, [sp], #0x10
   1bc: c0035fd6                       ret
   1c0: 580900f9                       str x24, [x10, #0x10]
   1c4: 79fe0736                       tbz w25, #0x0, #-0x34
   1c8: f3ffff17                       b #-0x34
   1cc: e00317aa                       mov x0, x23
   1d0: 00000094                       bl #0x0
        # hole +0x1d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1d4: 680240f9                       ldr x8, [x19]
   1d8: 080500f1                       subs x8, x8, #0x1
   1dc: 680200f9                       str x8, [x19]
   1e0: 21fbff54                       b.ne #-0x9c
   1e4: e00313aa                       mov x0, x19
   1e8: 00000094                       bl #0x0
        # hole +0x1e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1ec: 2821601e                       fcmp d9, #0.0
   1f0: e0faff54                       b.eq #-0xa4
   1f4: e80240f9                       ldr x8, [x23]
   1f8: 080500f1                       subs x8, x8, #0x1
   1fc: e80200f9                       str x8, [x23]
   200: 61000054                       b.ne #0xc
   204: e00317aa                       mov x0, x23
   208: 00000094                       bl #0x0
        # hole +0x208: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   20c: 0819691e                       fdiv d8, d8, d9
   210: c8a640a9                       ldp x8, x9, [x22, #0x8]
   214: 08050091                       add x8, x8, #0x1
   218: 1f0109eb                       cmp x8, x9
   21c: c80600f9                       str x8, [x22, #0x8]
   220: 8a060054                       b.ge #0xd0
   224: c80240f9                       ldr x8, [x22]
   228: 880700b5                       cbnz x8, #0xf0
   22c: 280b40b9                       ldr w8, [x25, #0x8]
   230: 1f110071                       cmp w8, #0x4
   234: 41080054                       b.ne #0x108
   238: 3a008052                       mov w26, #0x1
   23c: 2aa743a9                       ldp x10, x9, [x25, #0x38]
   240: 281b40f9                       ldr x8, [x25, #0x30]
   244: 3f0500f1                       cmp x9, #0x1
   248: 8b000054                       b.lt #0x10
   24c: 1f010aeb                       cmp x8, x10
   250: 8b000054                       b.lt #0x10
   254: 48000014                       b #0x120
   258: 1f010aeb                       cmp x8, x10
   25c: cd080054                       b.le #0x118
   260: 0a01098b                       add x10, x8, x9
   264: 690240f9                       ldr x9, [x19]
   268: 6b0a40b9                       ldr w11, [x19, #0x8]
   26c: 580708aa                       orr x24, x26, x8, lsl #1
   270: 2a1b00f9                       str x10, [x25, #0x30]
   274: 28050091                       add x8, x9, #0x1
   278: 7f090071                       cmp w11, #0x2
   27c: 680200f9                       str x8, [x19]
   280: c1080054                       b.ne #0x118
   284: 691a40fd                       ldr d9, [x19, #0x30]
   288: 690200f9                       str x9, [x19]
   28c: 690000b5                       cbnz x9, #0xc
   290: e00313aa                       mov x0, x19
   294: 00000094                       bl #0x0
        # hole +0x294: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   298: 2821601e                       fcmp d9, #0.0
   29c: 40090054                       b.eq #0x128
   2a0: 0819691e                       fdiv d8, d8, d9
   2a4: c8a640a9                       ldp x8, x9, [x22, #0x8]
   2a8: 08050091                       add x8, x8, #0x1
   2ac: 1f0109eb                       cmp x8, x9
   2b0: c80600f9                       str x8, [x22, #0x8]
   2b4: ea010054                       b.ge #0x3c
   2b8: c80240f9                       ldr x8, [x22]
   2bc: e80200b5                       cbnz x8, #0x5c
   2c0: 280b40b9                       ldr w8, [x25, #0x8]
   2c4: 1f110071                       cmp w8, #0x4
   2c8: a0fbff54                       b.eq #-0x8c
   2cc: 0041601e                       fmov d0, d8
   2d0: e00316aa                       mov x0, x22
   2d4: 00000094                       bl #0x0
        # hole +0x2d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   2d8: 29008052                       mov w9, #0x1
   2dc: 08048052                       mov w8, #0x20
   2e0: 45018052                       mov w5, #0xa
   2e4: e303092a                       mov w3, w9
   2e8: 39008052                       mov w25, #0x1
   2ec: 1c000014                       b #0x70
   2f0: 0041601e                       fmov d0, d8
   2f4: 39008052                       mov w25, #0x1
   2f8: e00316aa                       mov x0, x22
   2fc: d90200f9                       str x25, [x22]
   300: 00000094                       bl #0x0
        # hole +0x300: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   304: 43008052                       mov w3, #0x2
   308: 08048052                       mov w8, #0x20
   30c: 850c8052                       mov w5, #0x64
   310: 49018052                       mov w9, #0xa
   314: 12000014                       b #0x48
   318: 0041601e                       fmov d0, d8
   31c: e00316aa                       mov x0, x22
   320: 00000094                       bl #0x0
        # hole +0x320: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   324: 39008052                       mov w25, #0x1
   328: 43008052                       mov w3, #0x2
   32c: 08048052                       mov w8, #0x20
   330: 850c8052                       mov w5, #0x64
   334: 49018052                       mov w9, #0xa
   338: 09000014                       b #0x24
   33c: 0041601e                       fmov d0, d8
   340: e00316aa                       mov x0, x22
   344: 00000094                       bl #0x0
        # hole +0x344: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   348: 29008052                       mov w9, #0x1
   34c: 08048052                       mov w8, #0x20
   350: 45018052                       mov w5, #0xa
   354: e303092a                       mov w3, w9
   358: f903092a                       mov w25, w9
   35c: 8a0e40f9                       ldr x10, [x20, #0x18]
   360: 1f0017eb                       cmp x0, x23
   364: 00f1ff54                       b.eq #-0x1e0
   368: f70300aa                       mov x23, x0
   36c: 400100f9                       str x0, [x10]
   370: 85ffff17                       b #-0x1ec
   374: 0041601e                       fmov d0, d8
   378: e00316aa                       mov x0, x22
   37c: 00000094                       bl #0x0
        # hole +0x37c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   380: 49008052                       mov w9, #0x2
   384: 39008052                       mov w25, #0x1
   388: 08048052                       mov w8, #0x20
   38c: 85028052                       mov w5, #0x14
   390: e303092a                       mov w3, w9
   394: f2ffff17                       b #-0x38
   398: 0041601e                       fmov d0, d8
   39c: e00316aa                       mov x0, x22
   3a0: 00000094                       bl #0x0
        # hole +0x3a0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   3a4: 48008052                       mov w8, #0x2
   3a8: f9031f2a                       mov w25, wzr
   3ac: 23008052                       mov w3, #0x1
   3b0: 080000f9                       str x8, [x0]
   3b4: 08068052                       mov w8, #0x30
   3b8: c5088052                       mov w5, #0x46
   3bc: e9008052                       mov w9, #0x7
   3c0: e7ffff17                       b #-0x64
   3c4: 0041601e                       fmov d0, d8
   3c8: 39008052                       mov w25, #0x1
   3cc: e00316aa                       mov x0, x22
   3d0: d90e00f9                       str x25, [x22, #0x18]
   3d4: 00000094                       bl #0x0
        # hole +0x3d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   3d8: 63008052                       mov w3, #0x3
   3dc: 08048052                       mov w8, #0x20
   3e0: 050a8052                       mov w5, #0x50
   3e4: 09018052                       mov w9, #0x8
   3e8: ddffff17                       b #-0x8c
