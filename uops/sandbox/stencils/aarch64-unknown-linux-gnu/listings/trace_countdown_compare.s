# stencil countdown_compare for aarch64-unknown-linux-gnu: 784 code bytes, 0 data bytes, 50 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 170080d2                       mov x23, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
     8: 180080d2                       mov x24, #0x0
        # hole +0x8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
     c: 9c008092                       mov x28, #-0x5
    10: 1700a0f2                       movk x23, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
    14: 1800a0f2                       movk x24, #0x0, lsl #16
        # hole +0x14: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
    18: 39008052                       mov w25, #0x1
    1c: 1700c0f2                       movk x23, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    20: 1800c0f2                       movk x24, #0x0, lsl #32
        # hole +0x20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
    24: b3220091                       add x19, x21, #0x8
    28: 1700e0f2                       movk x23, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    2c: 1800e0f2                       movk x24, #0x0, lsl #48
        # hole +0x2c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
    30: 1a00f8d2                       mov x26, #-0x4000000000000000
    34: bb008052                       mov w27, #0x5
    38: fcffeff2                       movk x28, #0x7fff, lsl #48
    3c: 880e40f9                       ldr x8, [x20, #0x18]
    40: 090140f9                       ldr x9, [x8]
    44: a9080036                       tbz w9, #0x0, #0x114
    48: 3f0500f1                       cmp x9, #0x1
    4c: 0ac3979a                       csel x10, x24, x23, gt
    50: 3f0900f1                       cmp x9, #0x2
    54: aa6600a9                       stp x10, x25, [x21]
    58: ab100054                       b.lt #0x214
    5c: 090140f9                       ldr x9, [x8]
    60: 89000037                       tbnz w9, #0x0, #0x10
    64: 2a0140f9                       ldr x10, [x9]
    68: 4a050091                       add x10, x10, #0x1
    6c: 2a0100f9                       str x10, [x9]
    70: a90200f9                       str x9, [x21]
    74: 090940f9                       ldr x9, [x8, #0x10]
    78: 49090036                       tbz w9, #0x0, #0x128
    7c: aa0240f9                       ldr x10, [x21]
    80: a90600f9                       str x9, [x21, #0x8]
    84: 4afd4193                       asr x10, x10, #1
    88: 4a0589cb                       sub x10, x10, x9, asr #1
    8c: 5f011aab                       cmn x10, x26
    90: 85100054                       b.pl #0x210
    94: 29070aaa                       orr x9, x25, x10, lsl #1
    98: a90200f9                       str x9, [x21]
    9c: 000140f9                       ldr x0, [x8]
    a0: 090100f9                       str x9, [x8]
    a4: e0000037                       tbnz w0, #0x0, #0x1c
    a8: 090040f9                       ldr x9, [x0]
    ac: 290500f1                       subs x9, x9, #0x1
    b0: 090000f9                       str x9, [x0]
    b4: 61000054                       b.ne #0xc
    b8: 00000094                       bl #0x0
        # hole +0xb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    bc: 880e40f9                       ldr x8, [x20, #0x18]
    c0: 090540f9                       ldr x9, [x8, #0x8]
    c4: 29090036                       tbz w9, #0x0, #0x124
    c8: 3f011ceb                       cmp x9, x28
    cc: a96e00a9                       stp x9, x27, [x21]
    d0: 4c100054                       b.gt #0x208
    d4: 29110091                       add x9, x9, #0x4
    d8: a90200f9                       str x9, [x21]
    dc: 000540f9                       ldr x0, [x8, #0x8]
    e0: 090500f9                       str x9, [x8, #0x8]
    e4: c0000037                       tbnz w0, #0x0, #0x18
    e8: 080040f9                       ldr x8, [x0]
    ec: 080500f1                       subs x8, x8, #0x1
    f0: 080000f9                       str x8, [x0]
    f4: 41000054                       b.ne #0x8
    f8: 00000094                       bl #0x0
        # hole +0xf8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    fc: c80240f9                       ldr x8, [x22]
   100: a80900b5                       cbnz x8, #0x134
   104: c8a640a9                       ldp x8, x9, [x22, #0x8]
   108: 08050091                       add x8, x8, #0x1
   10c: 1f0109eb                       cmp x8, x9
   110: c80600f9                       str x8, [x22, #0x8]
   114: 4bf9ff54                       b.lt #-0xd8
   118: 080080d2                       mov x8, #0x0
        # hole +0x118: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   11c: 29008052                       mov w9, #0x1
   120: 43008052                       mov w3, #0x2
   124: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x124: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   128: c90200f9                       str x9, [x22]
   12c: 45158052                       mov w5, #0xaa
   130: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x130: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   134: f30315aa                       mov x19, x21
   138: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x138: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   13c: 04450091                       add x4, x8, #0x11
   140: e00314aa                       mov x0, x20
   144: e10313aa                       mov x1, x19
   148: e20316aa                       mov x2, x22
   14c: 00000094                       bl #0x0
        # hole +0x14c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   150: fe0741f8                       ldr x30, [sp], #0x10
   154: c0035fd6                       ret
   158: 0a0080d2                       mov x10, #0x0
        # hole +0x158: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   15c: 280140f9                       ldr x8, [x9]
   160: 23008052                       mov w3, #0x1
   164: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x164: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   168: b3420091                       add x19, x21, #0x10
   16c: c5038052                       mov w5, #0x1e
   170: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x170: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   174: 08050091                       add x8, x8, #0x1
   178: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x178: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   17c: 280100f9                       str x8, [x9]
   180: a90e00a9                       stp x9, x3, [x21]
   184: 440d0091                       add x4, x10, #0x3
   188: e00314aa                       mov x0, x20
   18c: e10313aa                       mov x1, x19
   190: e20316aa                       mov x2, x22
   194: 00000094                       bl #0x0
        # hole +0x194: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   198: fe0741f8                       ldr x30, [sp], #0x10
   19c: c0035fd6                       ret
   1a0: 0a0080d2                       mov x10, #0x0
        # hole +0x1a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1a4: 280140f9                       ldr x8, [x9]
   1a8: b3420091                       add x19, x21, #0x10
   1ac: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x1ac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1b0: 23008052                       mov w3, #0x1
   1b4: 050a8052                       mov w5, #0x50
   1b8: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x1b8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1bc: 08050091                       add x8, x8, #0x1
   1c0: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x1c0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1c4: 280100f9                       str x8, [x9]
   1c8: a90600f9                       str x9, [x21, #0x8]
   1cc: 44210091                       add x4, x10, #0x8
   1d0: e00314aa                       mov x0, x20
   1d4: e10313aa                       mov x1, x19
   1d8: e20316aa                       mov x2, x22
   1dc: 00000094                       bl #0x0
        # hole +0x1dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e0: fe0741f8                       ldr x30, [sp], #0x10
   1e4: c0035fd6                       ret
   1e8: 280140f9                       ldr x8, [x9]
   1ec: 0a0080d2                       mov x10, #0x0
        # hole +0x1ec: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1f0: b3420091                       add x19, x21, #0x10
   1f4: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x1f4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1f8: 23008052                       mov w3, #0x1
   1fc: 45108052                       mov w5, #0x82
   200: 08050091                       add x8, x8, #0x1
   204: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x204: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   208: 280100f9                       str x8, [x9]
   20c: a8008052                       mov w8, #0x5
   210: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x210: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   214: a92200a9                       stp x9, x8, [x21]
   218: 44350091                       add x4, x10, #0xd
   21c: e00314aa                       mov x0, x20
   220: e10313aa                       mov x1, x19
   224: e20316aa                       mov x2, x22
   228: 00000094                       bl #0x0
        # hole +0x228: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   22c: fe0741f8                       ldr x30, [sp], #0x10
   230: c0035fd6                       ret
   234: 080080d2                       mov x8, #0x0
        # hole +0x234: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   238: 43008052                       mov w3, #0x2
   23c: 05148052                       mov w5, #0xa0
   240: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x240: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   244: f30315aa                       mov x19, x21
   248: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x248: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   24c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x24c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   250: 04410091                       add x4, x8, #0x10
   254: e00314aa                       mov x0, x20
   258: e10313aa                       mov x1, x19
   25c: e20316aa                       mov x2, x22
   260: 00000094                       bl #0x0
        # hole +0x260: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   264: fe0741f8                       ldr x30, [sp], #0x10
   268: c0035fd6                       ret
   26c: 080080d2                       mov x8, #0x0
        # hole +0x26c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   270: 43008052                       mov w3, #0x2
   274: 45068052                       mov w5, #0x32
   278: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x278: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   27c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x27c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   280: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x280: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   284: 04150091                       add x4, x8, #0x5
   288: e00314aa                       mov x0, x20
   28c: e10313aa                       mov x1, x19
   290: e20316aa                       mov x2, x22
   294: 00000094                       bl #0x0
        # hole +0x294: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   298: fe0741f8                       ldr x30, [sp], #0x10
   29c: c0035fd6                       ret
   2a0: 080080d2                       mov x8, #0x0
        # hole +0x2a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2a4: b3420091                       add x19, x21, #0x10
   2a8: 23008052                       mov w3, #0x1
   2ac: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2ac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2b0: 450b8052                       mov w5, #0x5a
   2b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2bc: 04250091                       add x4, x8, #0x9
   2c0: e00314aa                       mov x0, x20
   2c4: e10313aa                       mov x1, x19
   2c8: e20316aa                       mov x2, x22
   2cc: 00000094                       bl #0x0
        # hole +0x2cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2d0: fe0741f8                       ldr x30, [sp], #0x10
   2d4: c0035fd6                       ret
   2d8: 080080d2                       mov x8, #0x0
        # hole +0x2d8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2dc: b3420091                       add x19, x21, #0x10
   2e0: 23008052                       mov w3, #0x1
   2e4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2e4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2e8: 85118052                       mov w5, #0x8c
   2ec: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2ec: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2f0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2f0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2f4: 04390091                       add x4, x8, #0xe
   2f8: e00314aa                       mov x0, x20
   2fc: e10313aa                       mov x1, x19
   300: e20316aa                       mov x2, x22
   304: 00000094                       bl #0x0
        # hole +0x304: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   308: fe0741f8                       ldr x30, [sp], #0x10
   30c: c0035fd6                       ret
