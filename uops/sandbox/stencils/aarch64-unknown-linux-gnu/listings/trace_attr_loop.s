# stencil attr_loop for aarch64-unknown-linux-gnu: 1140 code bytes, 0 data bytes, 57 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 190080d2                       mov x25, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[6]+0
     8: b3220091                       add x19, x21, #0x8
     c: b8420091                       add x24, x21, #0x10
    10: 1900a0f2                       movk x25, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[6]+0
    14: 3a008052                       mov w26, #0x1
    18: 1b00f8d2                       mov x27, #-0x4000000000000000
    1c: 1900c0f2                       movk x25, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[6]+0
    20: 1900e0f2                       movk x25, #0x0, lsl #48
        # hole +0x20: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[6]+0
    24: a8825ff8                       ldur x8, [x21, #-0x8]
    28: 88150037                       tbnz w8, #0x0, #0x2b0
    2c: 090940b9                       ldr w9, [x8, #0x8]
    30: 3f110071                       cmp w9, #0x4
    34: 21150054                       b.ne #0x2a4
    38: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    3c: 091940f9                       ldr x9, [x8, #0x30]
    40: 5f0500f1                       cmp x10, #0x1
    44: 8b000054                       b.lt #0x10
    48: 3f010beb                       cmp x9, x11
    4c: 8b000054                       b.lt #0x10
    50: aa000014                       b #0x2a8
    54: 3f010beb                       cmp x9, x11
    58: 0d150054                       b.le #0x2a0
    5c: 2a010a8b                       add x10, x9, x10
    60: 490709aa                       orr x9, x26, x9, lsl #1
    64: 0a1900f9                       str x10, [x8, #0x30]
    68: 880e40f9                       ldr x8, [x20, #0x18]
    6c: a90200f9                       str x9, [x21]
    70: 000540f9                       ldr x0, [x8, #0x8]
    74: 090500f9                       str x9, [x8, #0x8]
    78: a0000037                       tbnz w0, #0x0, #0x14
    7c: 090040f9                       ldr x9, [x0]
    80: 290500f1                       subs x9, x9, #0x1
    84: 090000f9                       str x9, [x0]
    88: 800e0054                       b.eq #0x1d0
    8c: 000140f9                       ldr x0, [x8]
    90: 80000037                       tbnz w0, #0x0, #0x10
    94: 080040f9                       ldr x8, [x0]
    98: 08050091                       add x8, x8, #0x1
    9c: 080000f9                       str x8, [x0]
    a0: a00200f9                       str x0, [x21]
    a4: 00100037                       tbnz w0, #0x0, #0x200
    a8: 080840b9                       ldr w8, [x0, #0x8]
    ac: 1f1d0071                       cmp w8, #0x7
    b0: a10f0054                       b.ne #0x1f4
    b4: 081840f9                       ldr x8, [x0, #0x30]
    b8: 081940f9                       ldr x8, [x8, #0x30]
    bc: 1f0119eb                       cmp x8, x25
    c0: 210f0054                       b.ne #0x1e4
    c4: 080040f9                       ldr x8, [x0]
    c8: 08050091                       add x8, x8, #0x1
    cc: 080000f9                       str x8, [x0]
    d0: 600200f9                       str x0, [x19]
    d4: 081c40f9                       ldr x8, [x0, #0x38]
    d8: a81400b4                       cbz x8, #0x294
    dc: 082040f9                       ldr x8, [x0, #0x40]
    e0: 48010036                       tbz w8, #0x0, #0x28
    e4: 680200f9                       str x8, [x19]
    e8: 080040f9                       ldr x8, [x0]
    ec: 080500f1                       subs x8, x8, #0x1
    f0: 080000f9                       str x8, [x0]
    f4: a0010054                       b.eq #0x34
    f8: 880e40f9                       ldr x8, [x20, #0x18]
    fc: 000940f9                       ldr x0, [x8, #0x10]
   100: c0010036                       tbz w0, #0x0, #0x38
   104: 8b000014                       b #0x22c
   108: 090140f9                       ldr x9, [x8]
   10c: 29050091                       add x9, x9, #0x1
   110: 090100f9                       str x9, [x8]
   114: 680200f9                       str x8, [x19]
   118: 080040f9                       ldr x8, [x0]
   11c: 080500f1                       subs x8, x8, #0x1
   120: 080000f9                       str x8, [x0]
   124: a1feff54                       b.ne #-0x2c
   128: 00000094                       bl #0x0
        # hole +0x128: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: 880e40f9                       ldr x8, [x20, #0x18]
   130: 000940f9                       ldr x0, [x8, #0x10]
   134: e00f0037                       tbnz w0, #0x0, #0x1fc
   138: 080040f9                       ldr x8, [x0]
   13c: 090840b9                       ldr w9, [x0, #0x8]
   140: 08050091                       add x8, x8, #0x1
   144: 3f1d0071                       cmp w9, #0x7
   148: 080000f9                       str x8, [x0]
   14c: 000300f9                       str x0, [x24]
   150: 210f0054                       b.ne #0x1e4
   154: 081840f9                       ldr x8, [x0, #0x30]
   158: 081940f9                       ldr x8, [x8, #0x30]
   15c: 1f0d00f1                       cmp x8, #0x3
   160: a10e0054                       b.ne #0x1d4
   164: 081c40f9                       ldr x8, [x0, #0x38]
   168: e81100b4                       cbz x8, #0x23c
   16c: 082040f9                       ldr x8, [x0, #0x40]
   170: 28010036                       tbz w8, #0x0, #0x24
   174: 080300f9                       str x8, [x24]
   178: 080040f9                       ldr x8, [x0]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 080000f9                       str x8, [x0]
   184: 80010054                       b.eq #0x30
   188: 680240f9                       ldr x8, [x19]
   18c: a8010037                       tbnz w8, #0x0, #0x34
   190: 37000014                       b #0xdc
   194: 090140f9                       ldr x9, [x8]
   198: 29050091                       add x9, x9, #0x1
   19c: 090100f9                       str x9, [x8]
   1a0: 080300f9                       str x8, [x24]
   1a4: 080040f9                       ldr x8, [x0]
   1a8: 080500f1                       subs x8, x8, #0x1
   1ac: 080000f9                       str x8, [x0]
   1b0: c1feff54                       b.ne #-0x28
   1b4: 00000094                       bl #0x0
        # hole +0x1b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1b8: 680240f9                       ldr x8, [x19]
   1bc: 88050036                       tbz w8, #0x0, #0xb0
   1c0: 090340f9                       ldr x9, [x24]
   1c4: 49050036                       tbz w9, #0x0, #0xa8
   1c8: 29fd4193                       asr x9, x9, #1
   1cc: 2805888b                       add x8, x9, x8, asr #1
   1d0: 1f011bab                       cmn x8, x27
   1d4: 45130054                       b.pl #0x268
   1d8: b70240f9                       ldr x23, [x21]
   1dc: 480708aa                       orr x8, x26, x8, lsl #1
   1e0: a85e00a9                       stp x8, x23, [x21]
   1e4: d70f0037                       tbnz w23, #0x0, #0x1f8
   1e8: e90a40b9                       ldr w9, [x23, #0x8]
   1ec: 3f1d0071                       cmp w9, #0x7
   1f0: 610f0054                       b.ne #0x1ec
   1f4: e91e40f9                       ldr x9, [x23, #0x38]
   1f8: 3f0900f1                       cmp x9, #0x2
   1fc: 030f0054                       b.lo #0x1e0
   200: e02640f9                       ldr x0, [x23, #0x48]
   204: e82600f9                       str x8, [x23, #0x48]
   208: c0000037                       tbnz w0, #0x0, #0x18
   20c: 080040f9                       ldr x8, [x0]
   210: 080500f1                       subs x8, x8, #0x1
   214: 080000f9                       str x8, [x0]
   218: 41000054                       b.ne #0x8
   21c: 00000094                       bl #0x0
        # hole +0x21c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   220: e80240f9                       ldr x8, [x23]
   224: 080500f1                       subs x8, x8, #0x1
   228: e80200f9                       str x8, [x23]
   22c: 61000054                       b.ne #0xc
   230: e00317aa                       mov x0, x23
   234: 00000094                       bl #0x0
        # hole +0x234: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   238: c8a640a9                       ldp x8, x9, [x22, #0x8]
   23c: 08050091                       add x8, x8, #0x1
   240: 1f0109eb                       cmp x8, x9
   244: c80600f9                       str x8, [x22, #0x8]
   248: 6a0e0054                       b.ge #0x1cc
   24c: c80240f9                       ldr x8, [x22]
   250: a8eeffb4                       cbz x8, #-0x22c
   254: 72000014                       b #0x1c8
   258: 00000094                       bl #0x0
        # hole +0x258: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   25c: 880e40f9                       ldr x8, [x20, #0x18]
   260: 000140f9                       ldr x0, [x8]
   264: 80f10736                       tbz w0, #0x0, #-0x1d0
   268: 8effff17                       b #-0x1c8
   26c: 080080d2                       mov x8, #0x0
        # hole +0x26c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   270: b3620091                       add x19, x21, #0x18
   274: 23008052                       mov w3, #0x1
   278: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x278: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   27c: 050f8052                       mov w5, #0x78
   280: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x280: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   284: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x284: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   288: 04310091                       add x4, x8, #0xc
   28c: e00314aa                       mov x0, x20
   290: e10313aa                       mov x1, x19
   294: e20316aa                       mov x2, x22
   298: 00000094                       bl #0x0
        # hole +0x298: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   29c: fe0741f8                       ldr x30, [sp], #0x10
   2a0: c0035fd6                       ret
   2a4: 080080d2                       mov x8, #0x0
        # hole +0x2a4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2a8: 23008052                       mov w3, #0x1
   2ac: 85078052                       mov w5, #0x3c
   2b0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2b0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2bc: 04190091                       add x4, x8, #0x6
   2c0: e00314aa                       mov x0, x20
   2c4: e10313aa                       mov x1, x19
   2c8: e20316aa                       mov x2, x22
   2cc: 00000094                       bl #0x0
        # hole +0x2cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2d0: fe0741f8                       ldr x30, [sp], #0x10
   2d4: c0035fd6                       ret
   2d8: 080080d2                       mov x8, #0x0
        # hole +0x2d8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2dc: 23008052                       mov w3, #0x1
   2e0: 45018052                       mov w5, #0xa
   2e4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2e4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2e8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2e8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2ec: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2ec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2f0: 04050091                       add x4, x8, #0x1
   2f4: 08000014                       b #0x20
   2f8: 080080d2                       mov x8, #0x0
        # hole +0x2f8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2fc: 43008052                       mov w3, #0x2
   300: 85028052                       mov w5, #0x14
   304: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x304: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   308: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x308: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   30c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x30c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   310: 04090091                       add x4, x8, #0x2
   314: f30315aa                       mov x19, x21
   318: e00314aa                       mov x0, x20
   31c: e10313aa                       mov x1, x19
   320: e20316aa                       mov x2, x22
   324: 00000094                       bl #0x0
        # hole +0x324: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   328: fe0741f8                       ldr x30, [sp], #0x10
   32c: c0035fd6                       ret
   330: 000300f9                       str x0, [x24]
   334: 080080d2                       mov x8, #0x0
        # hole +0x334: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   338: b3620091                       add x19, x21, #0x18
   33c: 23008052                       mov w3, #0x1
   340: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x340: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   344: 850c8052                       mov w5, #0x64
   348: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x348: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   34c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x34c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   350: 04290091                       add x4, x8, #0xa
   354: e00314aa                       mov x0, x20
   358: e10313aa                       mov x1, x19
   35c: e20316aa                       mov x2, x22
   360: 00000094                       bl #0x0
        # hole +0x360: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   364: fe0741f8                       ldr x30, [sp], #0x10
   368: c0035fd6                       ret
   36c: 080080d2                       mov x8, #0x0
        # hole +0x36c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   370: 23008052                       mov w3, #0x1
   374: 050a8052                       mov w5, #0x50
   378: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x378: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   37c: f30318aa                       mov x19, x24
   380: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x380: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   384: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x384: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   388: 04210091                       add x4, x8, #0x8
   38c: e00314aa                       mov x0, x20
   390: e10313aa                       mov x1, x19
   394: e20316aa                       mov x2, x22
   398: 00000094                       bl #0x0
        # hole +0x398: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   39c: fe0741f8                       ldr x30, [sp], #0x10
   3a0: c0035fd6                       ret
   3a4: 080080d2                       mov x8, #0x0
        # hole +0x3a4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3a8: b3620091                       add x19, x21, #0x18
   3ac: 23008052                       mov w3, #0x1
   3b0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3b0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3b4: c50d8052                       mov w5, #0x6e
   3b8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3b8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3bc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3bc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3c0: 042d0091                       add x4, x8, #0xb
   3c4: e00314aa                       mov x0, x20
   3c8: e10313aa                       mov x1, x19
   3cc: e20316aa                       mov x2, x22
   3d0: 00000094                       bl #0x0
        # hole +0x3d0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3d4: fe0741f8                       ldr x30, [sp], #0x10
   3d8: c0035fd6                       ret
   3dc: 080080d2                       mov x8, #0x0
        # hole +0x3dc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   3e0: 23008052                       mov w3, #0x1
   3e4: c5128052                       mov w5, #0x96
   3e8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x3e8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   3ec: f30318aa                       mov x19, x24
   3f0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x3f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   3f4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x3f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   3f8: 043d0091                       add x4, x8, #0xf
   3fc: e00314aa                       mov x0, x20
   400: e10313aa                       mov x1, x19
   404: e20316aa                       mov x2, x22
   408: 00000094                       bl #0x0
        # hole +0x408: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   40c: fe0741f8                       ldr x30, [sp], #0x10
   410: c0035fd6                       ret
   414: 28008052                       mov w8, #0x1
   418: c80200f9                       str x8, [x22]
   41c: 080080d2                       mov x8, #0x0
        # hole +0x41c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   420: 43008052                       mov w3, #0x2
   424: 05148052                       mov w5, #0xa0
   428: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x428: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   42c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x42c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   430: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x430: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   434: 04410091                       add x4, x8, #0x10
   438: b7ffff17                       b #-0x124
   43c: 080080d2                       mov x8, #0x0
        # hole +0x43c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   440: b3620091                       add x19, x21, #0x18
   444: 23008052                       mov w3, #0x1
   448: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x448: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   44c: 45108052                       mov w5, #0x82
   450: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x450: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   454: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x454: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   458: 04350091                       add x4, x8, #0xd
   45c: e00314aa                       mov x0, x20
   460: e10313aa                       mov x1, x19
   464: e20316aa                       mov x2, x22
   468: 00000094                       bl #0x0
        # hole +0x468: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   46c: fe0741f8                       ldr x30, [sp], #0x10
   470: c0035fd6                       ret
