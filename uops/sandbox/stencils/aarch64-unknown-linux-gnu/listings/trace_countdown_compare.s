# stencil countdown_compare for aarch64-unknown-linux-gnu: 704 code bytes, 0 data bytes, 9 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: e00314aa                       mov x0, x20
     c: e20316aa                       mov x2, x22
    10: 090140f9                       ldr x9, [x8]
    14: 09010037                       tbnz w9, #0x0, #0x20
    18: 2a0140f9                       ldr x10, [x9]
    1c: c5038052                       mov w5, #0x1e
    20: 6c008052                       mov w12, #0x3
    24: 2b008052                       mov w11, #0x1
    28: 4a050091                       add x10, x10, #0x1
    2c: 2a0100f9                       str x10, [x9]
    30: 25000014                       b #0x94
    34: 120080d2                       mov x18, #0x0
        # hole +0x34: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
    38: 2cfd4193                       asr x12, x9, #1
    3c: 1200a0f2                       movk x18, #0x0, lsl #16
        # hole +0x3c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
    40: 1200c0f2                       movk x18, #0x0, lsl #32
        # hole +0x40: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    44: 9f0500f1                       cmp x12, #0x1
    48: 1200e0f2                       movk x18, #0x0, lsl #48
        # hole +0x48: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    4c: 8b110054                       b.lt #0x230
    50: 0aad40a9                       ldp x10, x11, [x8, #0x8]
    54: 8b000037                       tbnz w11, #0x0, #0x10
    58: 6d0140f9                       ldr x13, [x11]
    5c: ad050091                       add x13, x13, #0x1
    60: 6d0100f9                       str x13, [x11]
    64: cb020036                       tbz w11, #0x0, #0x58
    68: 73fd4193                       asr x19, x11, #1
    6c: 0d00f892                       mov x13, #0x3fffffffffffffff
    70: 8c0113cb                       sub x12, x12, x19
    74: 9f010deb                       cmp x12, x13
    78: 0c110054                       b.gt #0x220
    7c: 2d008052                       mov w13, #0x1
    80: ad050caa                       orr x13, x13, x12, lsl #1
    84: ca030037                       tbnz w10, #0x0, #0x78
    88: 4b0140f9                       ldr x11, [x10]
    8c: ef031f2a                       mov w15, wzr
    90: 23008052                       mov w3, #0x1
    94: 0e058052                       mov w14, #0x28
    98: 45108052                       mov w5, #0x82
    9c: ac018052                       mov w12, #0xd
    a0: 70050091                       add x16, x11, #0x1
    a4: ab008052                       mov w11, #0x5
    a8: 500100f9                       str x16, [x10]
    ac: f1030aaa                       mov x17, x10
    b0: f0030aaa                       mov x16, x10
    b4: 32008052                       mov w18, #0x1
    b8: 55000014                       b #0x154
    bc: 050a8052                       mov w5, #0x50
    c0: 0c018052                       mov w12, #0x8
    c4: 090d00f9                       str x9, [x8, #0x18]
    c8: 23008052                       mov w3, #0x1
    cc: 0e058052                       mov w14, #0x28
    d0: 09048052                       mov w9, #0x20
    d4: 0b6929f8                       str x11, [x8, x9]
    d8: 090080d2                       mov x9, #0x0
        # hole +0xd8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    dc: 01010e8b                       add x1, x8, x14
    e0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0xe0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    e4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0xe4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    e8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0xe8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    ec: 24010c8b                       add x4, x9, x12
    f0: 00000094                       bl #0x0
        # hole +0xf0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    f4: fe0741f8                       ldr x30, [sp], #0x10
    f8: c0035fd6                       ret
    fc: 8c008092                       mov x12, #-0x5
   100: ecffeff2                       movk x12, #0x7fff, lsl #48
   104: 5f010ceb                       cmp x10, x12
   108: ec0c0054                       b.gt #0x19c
   10c: 4c0040f9                       ldr x12, [x2]
   110: 51110091                       add x17, x10, #0x4
   114: ac0500b5                       cbnz x12, #0xb4
   118: 4cd040a9                       ldp x12, x20, [x2, #0x8]
   11c: 95050091                       add x21, x12, #0x1
   120: bf0214eb                       cmp x21, x20
   124: 550400f9                       str x21, [x2, #0x8]
   128: ea050054                       b.ge #0xbc
   12c: 97008092                       mov x23, #-0x5
   130: 0e048052                       mov w14, #0x20
   134: 45068052                       mov w5, #0x32
   138: ac008052                       mov w12, #0x5
   13c: 1600f8d2                       mov x22, #-0x4000000000000000
   140: f7ffeff2                       movk x23, #0x7fff, lsl #48
   144: f00311aa                       mov x16, x17
   148: b1fd4193                       asr x17, x13, #1
   14c: 3f0600f1                       cmp x17, #0x1
   150: efa79f1a                       cset w15, lt
   154: 4b070054                       b.lt #0xe8
   158: 8b000037                       tbnz w11, #0x0, #0x10
   15c: 780140f9                       ldr x24, [x11]
   160: 18070091                       add x24, x24, #0x1
   164: 780100f9                       str x24, [x11]
   168: 310213cb                       sub x17, x17, x19
   16c: 23008052                       mov w3, #0x1
   170: 3f0216ab                       cmn x17, x22
   174: e5060054                       b.pl #0xdc
   178: 6d0411aa                       orr x13, x3, x17, lsl #1
   17c: 1f0217eb                       cmp x16, x23
   180: 0c070054                       b.gt #0xe0
   184: b5060091                       add x21, x21, #0x1
   188: 0f0240b2                       orr x15, x16, #0x1
   18c: bf0214eb                       cmp x21, x20
   190: f0110091                       add x16, x15, #0x4
   194: 550400f9                       str x21, [x2, #0x8]
   198: 8bfdff54                       b.lt #-0x50
   19c: 2b008052                       mov w11, #0x1
   1a0: f2031f2a                       mov w18, wzr
   1a4: ef031f2a                       mov w15, wzr
   1a8: 43008052                       mov w3, #0x2
   1ac: 0e038052                       mov w14, #0x18
   1b0: 4b0000f9                       str x11, [x2]
   1b4: 45158052                       mov w5, #0xaa
   1b8: 2c028052                       mov w12, #0x11
   1bc: ab008052                       mov w11, #0x5
   1c0: f10310aa                       mov x17, x16
   1c4: 12000014                       b #0x48
   1c8: f2031f2a                       mov w18, wzr
   1cc: ef031f2a                       mov w15, wzr
   1d0: 43008052                       mov w3, #0x2
   1d4: 0e038052                       mov w14, #0x18
   1d8: 05148052                       mov w5, #0xa0
   1dc: 0c028052                       mov w12, #0x10
   1e0: 09000014                       b #0x24
   1e4: 2b008052                       mov w11, #0x1
   1e8: f2031f2a                       mov w18, wzr
   1ec: ef031f2a                       mov w15, wzr
   1f0: 43008052                       mov w3, #0x2
   1f4: 0e038052                       mov w14, #0x18
   1f8: 4b0000f9                       str x11, [x2]
   1fc: 45158052                       mov w5, #0xaa
   200: 2c028052                       mov w12, #0x11
   204: ab008052                       mov w11, #0x5
   208: f00311aa                       mov x16, x17
   20c: bf0109eb                       cmp x13, x9
   210: 40000054                       b.eq #0x8
   214: 0d0100f9                       str x13, [x8]
   218: 1f020aeb                       cmp x16, x10
   21c: 61000054                       b.ne #0xc
   220: d2f5ff34                       cbz w18, #-0x148
   224: 03000014                       b #0xc
   228: 100500f9                       str x16, [x8, #0x8]
   22c: 72f50736                       tbz w18, #0x0, #-0x154
   230: 110d00f9                       str x17, [x8, #0x18]
   234: eff40736                       tbz w15, #0x0, #-0x164
   238: a8ffff17                       b #-0x160
   23c: 2b008052                       mov w11, #0x1
   240: 43008052                       mov w3, #0x2
   244: f10312aa                       mov x17, x18
   248: 32008052                       mov w18, #0x1
   24c: f0ffff17                       b #-0x40
   250: f1030daa                       mov x17, x13
   254: 2c018052                       mov w12, #0x9
   258: 450b8052                       mov w5, #0x5a
   25c: 05000014                       b #0x14
   260: f10310aa                       mov x17, x16
   264: ab008052                       mov w11, #0x5
   268: cc018052                       mov w12, #0xe
   26c: 85118052                       mov w5, #0x8c
   270: 32008052                       mov w18, #0x1
   274: 0e058052                       mov w14, #0x28
   278: e5ffff17                       b #-0x6c
   27c: 43008052                       mov w3, #0x2
   280: ac008052                       mov w12, #0x5
   284: 45068052                       mov w5, #0x32
   288: 0e048052                       mov w14, #0x20
   28c: 09038052                       mov w9, #0x18
   290: eb0312aa                       mov x11, x18
   294: 90ffff17                       b #-0x1c0
   298: 450b8052                       mov w5, #0x5a
   29c: 2c018052                       mov w12, #0x9
   2a0: 89ffff17                       b #-0x1dc
   2a4: ef031f2a                       mov w15, wzr
   2a8: 23008052                       mov w3, #0x1
   2ac: 0e058052                       mov w14, #0x28
   2b0: 85118052                       mov w5, #0x8c
   2b4: cc018052                       mov w12, #0xe
   2b8: ab008052                       mov w11, #0x5
   2bc: 7cffff17                       b #-0x210
