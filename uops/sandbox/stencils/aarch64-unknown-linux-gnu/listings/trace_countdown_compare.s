# stencil countdown_compare for aarch64-unknown-linux-gnu: 560 code bytes, 0 data bytes, 9 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 110080d2                       mov x17, #0x0
        # hole +0x8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
     c: 95008092                       mov x21, #-0x5
    10: 1100a0f2                       movk x17, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
    14: e20316aa                       mov x2, x22
    18: e00314aa                       mov x0, x20
    1c: 09b940a9                       ldp x9, x14, [x8, #0x8]
    20: 0a0140f9                       ldr x10, [x8]
    24: 1100c0f2                       movk x17, #0x0, lsl #32
        # hole +0x24: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    28: 0f048052                       mov w15, #0x20
    2c: 45068052                       mov w5, #0x32
    30: 1100e0f2                       movk x17, #0x0, lsl #48
        # hole +0x30: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    34: b0008052                       mov w16, #0x5
    38: 1300f892                       mov x19, #0x3fffffffffffffff
    3c: d2fd4193                       asr x18, x14, #1
    40: 34008052                       mov w20, #0x1
    44: f5ffeff2                       movk x21, #0x7fff, lsl #48
    48: eb0309aa                       mov x11, x9
    4c: ec030aaa                       mov x12, x10
    50: cc040036                       tbz w12, #0x0, #0x98
    54: 96fd4193                       asr x22, x12, #1
    58: df0600f1                       cmp x22, #0x1
    5c: eda79f1a                       cset w13, lt
    60: 6b0c0054                       b.lt #0x18c
    64: 8e000037                       tbnz w14, #0x0, #0x10
    68: d70140f9                       ldr x23, [x14]
    6c: f7060091                       add x23, x23, #0x1
    70: d70100f9                       str x23, [x14]
    74: 6e050036                       tbz w14, #0x0, #0xac
    78: d60212cb                       sub x22, x22, x18
    7c: df0213eb                       cmp x22, x19
    80: 2c0c0054                       b.gt #0x184
    84: 8c0616aa                       orr x12, x20, x22, lsl #1
    88: eb050036                       tbz w11, #0x0, #0xbc
    8c: 7f0115eb                       cmp x11, x21
    90: 4c0c0054                       b.gt #0x188
    94: 560040f9                       ldr x22, [x2]
    98: 6b110091                       add x11, x11, #0x4
    9c: 160700b5                       cbnz x22, #0xe0
    a0: 4dd840a9                       ldp x13, x22, [x2, #0x8]
    a4: ad050091                       add x13, x13, #0x1
    a8: bf0116eb                       cmp x13, x22
    ac: 4d0400f9                       str x13, [x2, #0x8]
    b0: 0bfdff54                       b.lt #-0x60
    b4: 2e008052                       mov w14, #0x1
    b8: f2031f2a                       mov w18, wzr
    bc: ed031f2a                       mov w13, wzr
    c0: 43008052                       mov w3, #0x2
    c4: 0f038052                       mov w15, #0x18
    c8: 4e0000f9                       str x14, [x2]
    cc: 45158052                       mov w5, #0xaa
    d0: 30028052                       mov w16, #0x11
    d4: ae008052                       mov w14, #0x5
    d8: f1030baa                       mov x17, x11
    dc: 9f010aeb                       cmp x12, x10
    e0: 01060054                       b.ne #0xc0
    e4: 30000014                       b #0xc0
    e8: 900140f9                       ldr x16, [x12]
    ec: ed031f2a                       mov w13, wzr
    f0: 2e008052                       mov w14, #0x1
    f4: 0f058052                       mov w15, #0x28
    f8: c5038052                       mov w5, #0x1e
    fc: 23008052                       mov w3, #0x1
   100: 11060091                       add x17, x16, #0x1
   104: 70008052                       mov w16, #0x3
   108: 32008052                       mov w18, #0x1
   10c: 910100f9                       str x17, [x12]
   110: f1030caa                       mov x17, x12
   114: 9f010aeb                       cmp x12, x10
   118: 41040054                       b.ne #0x88
   11c: 22000014                       b #0x88
   120: 23008052                       mov w3, #0x1
   124: f1030caa                       mov x17, x12
   128: 10018052                       mov w16, #0x8
   12c: 050a8052                       mov w5, #0x50
   130: 32008052                       mov w18, #0x1
   134: 0f058052                       mov w15, #0x28
   138: 9f010aeb                       cmp x12, x10
   13c: 21030054                       b.ne #0x64
   140: 19000014                       b #0x64
   144: 6e0140f9                       ldr x14, [x11]
   148: ed031f2a                       mov w13, wzr
   14c: 23008052                       mov w3, #0x1
   150: 0f058052                       mov w15, #0x28
   154: 45108052                       mov w5, #0x82
   158: b0018052                       mov w16, #0xd
   15c: ce050091                       add x14, x14, #0x1
   160: f1030baa                       mov x17, x11
   164: 32008052                       mov w18, #0x1
   168: 6e0100f9                       str x14, [x11]
   16c: ae008052                       mov w14, #0x5
   170: 9f010aeb                       cmp x12, x10
   174: 61010054                       b.ne #0x2c
   178: 0b000014                       b #0x2c
   17c: f2031f2a                       mov w18, wzr
   180: 43008052                       mov w3, #0x2
   184: 0f038052                       mov w15, #0x18
   188: 05148052                       mov w5, #0xa0
   18c: 10028052                       mov w16, #0x10
   190: ae008052                       mov w14, #0x5
   194: f1030baa                       mov x17, x11
   198: 9f010aeb                       cmp x12, x10
   19c: 40000054                       b.eq #0x8
   1a0: 0c0100f9                       str x12, [x8]
   1a4: 7f0109eb                       cmp x11, x9
   1a8: 61000054                       b.ne #0xc
   1ac: 92000035                       cbnz w18, #0x10
   1b0: 06000014                       b #0x18
   1b4: 0b0500f9                       str x11, [x8, #0x8]
   1b8: 92000034                       cbz w18, #0x10
   1bc: 110d00f9                       str x17, [x8, #0x18]
   1c0: 4d000037                       tbnz w13, #0x0, #0x8
   1c4: 0e1100f9                       str x14, [x8, #0x20]
   1c8: 090080d2                       mov x9, #0x0
        # hole +0x1c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1cc: 01010f8b                       add x1, x8, x15
   1d0: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x1d0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1d4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x1d4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1d8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x1d8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1dc: 2401108b                       add x4, x9, x16
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e4: fe0741f8                       ldr x30, [sp], #0x10
   1e8: c0035fd6                       ret
   1ec: 2e008052                       mov w14, #0x1
   1f0: 43008052                       mov w3, #0x2
   1f4: 32008052                       mov w18, #0x1
   1f8: 9f010aeb                       cmp x12, x10
   1fc: 21fdff54                       b.ne #-0x5c
   200: e9ffff17                       b #-0x5c
   204: 23008052                       mov w3, #0x1
   208: f1030caa                       mov x17, x12
   20c: 30018052                       mov w16, #0x9
   210: 450b8052                       mov w5, #0x5a
   214: c7ffff17                       b #-0xe4
   218: 23008052                       mov w3, #0x1
   21c: f1030baa                       mov x17, x11
   220: ae008052                       mov w14, #0x5
   224: d0018052                       mov w16, #0xe
   228: 85118052                       mov w5, #0x8c
   22c: c1ffff17                       b #-0xfc
