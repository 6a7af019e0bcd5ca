# stencil nested_inner for aarch64-unknown-linux-gnu: 660 code bytes, 0 data bytes, 8 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 1b1540f9                       ldr x27, [x8, #0x28]
     c: 170140f9                       ldr x23, [x8]
    10: 150940f9                       ldr x21, [x8, #0x10]
    14: 5b0b0037                       tbnz w27, #0x0, #0x168
    18: 1c0540f9                       ldr x28, [x8, #0x8]
    1c: 3d008052                       mov w29, #0x1
    20: 1900f8d2                       mov x25, #-0x4000000000000000
    24: f80317aa                       mov x24, x23
    28: e00315aa                       mov x0, x21
    2c: 93ff4193                       asr x19, x28, #1
    30: 690b40b9                       ldr w9, [x27, #0x8]
    34: 3f110071                       cmp w9, #0x4
    38: 41090054                       b.ne #0x128
    3c: 682340f9                       ldr x8, [x27, #0x40]
    40: 1f0500f1                       cmp x8, #0x1
    44: ab000054                       b.lt #0x14
    48: 7a2743a9                       ldp x26, x9, [x27, #0x30]
    4c: 5f0309eb                       cmp x26, x9
    50: ab000054                       b.lt #0x14
    54: 31000014                       b #0xc4
    58: 7a2743a9                       ldp x26, x9, [x27, #0x30]
    5c: 5f0309eb                       cmp x26, x9
    60: cd050054                       b.le #0xb8
    64: 4803088b                       add x8, x26, x8
    68: 681b00f9                       str x8, [x27, #0x30]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 080040f9                       ldr x8, [x0]
    74: 080500f1                       subs x8, x8, #0x1
    78: 080000f9                       str x8, [x0]
    7c: 80040054                       b.eq #0x90
    80: 98000037                       tbnz w24, #0x0, #0x10
    84: 080340f9                       ldr x8, [x24]
    88: 08050091                       add x8, x8, #0x1
    8c: 080300f9                       str x8, [x24]
    90: 9c000037                       tbnz w28, #0x0, #0x10
    94: 880340f9                       ldr x8, [x28]
    98: 08050091                       add x8, x8, #0x1
    9c: 880300f9                       str x8, [x28]
    a0: 48fb7fd3                       lsl x8, x26, #1
    a4: 20008052                       mov w0, #0x1
    a8: 23008052                       mov w3, #0x1
    ac: 40fb7fb3                       bfi x0, x26, #1, #63
    b0: 08fd4193                       asr x8, x8, #1
    b4: 697e089b                       mul x9, x19, x8
    b8: 687e489b                       smulh x8, x19, x8
    bc: 1ffd89eb                       cmp x8, x9, asr #63
    c0: 210c0054                       b.ne #0x184
    c4: 2801198b                       add x8, x9, x25
    c8: e80bf8b6                       tbz x8, #0x3f, #0x17c
    cc: 2a008052                       mov w10, #0x1
    d0: 480509aa                       orr x8, x10, x9, lsl #1
    d4: 780c0036                       tbz w24, #0x0, #0x18c
    d8: 2905988b                       add x9, x9, x24, asr #1
    dc: 3f0119ab                       cmn x9, x25
    e0: c50c0054                       b.pl #0x198
    e4: ca0240f9                       ldr x10, [x22]
    e8: b80709aa                       orr x24, x29, x9, lsl #1
    ec: aa0500b5                       cbnz x10, #0xb4
    f0: c9aa40a9                       ldp x9, x10, [x22, #0x8]
    f4: 29050091                       add x9, x9, #0x1
    f8: 3f010aeb                       cmp x9, x10
    fc: c90600f9                       str x9, [x22, #0x8]
   100: ea050054                       b.ge #0xbc
   104: 7bf90736                       tbz w27, #0x0, #-0xd4
   108: 16000014                       b #0x58
   10c: 00000094                       bl #0x0
        # hole +0x10c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   110: b8fb0736                       tbz w24, #0x0, #-0x8c
   114: dfffff17                       b #-0x84
   118: 1f0317eb                       cmp x24, x23
   11c: e1000054                       b.ne #0x1c
   120: 1f0015eb                       cmp x0, x21
   124: 21010054                       b.ne #0x24
   128: 880e40f9                       ldr x8, [x20, #0x18]
   12c: 15c10091                       add x21, x8, #0x30
   130: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   134: 00000014                       b #0x0
        # hole +0x134: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[2]+0
   138: 880e40f9                       ldr x8, [x20, #0x18]
   13c: 180100f9                       str x24, [x8]
   140: 1f0015eb                       cmp x0, x21
   144: 20ffff54                       b.eq #-0x1c
   148: 880e40f9                       ldr x8, [x20, #0x18]
   14c: 000900f9                       str x0, [x8, #0x10]
   150: 880e40f9                       ldr x8, [x20, #0x18]
   154: 15c10091                       add x21, x8, #0x30
   158: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   15c: 00000014                       b #0x0
        # hole +0x15c: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[2]+0
   160: 2c008052                       mov w12, #0x1
   164: ea031f2a                       mov w10, wzr
   168: e9031f2a                       mov w9, wzr
   16c: e3030c2a                       mov w3, w12
   170: 45018052                       mov w5, #0xa
   174: 0d068052                       mov w13, #0x30
   178: 19000014                       b #0x64
   17c: ea031f2a                       mov w10, wzr
   180: e9031f2a                       mov w9, wzr
   184: 23008052                       mov w3, #0x1
   188: 0d068052                       mov w13, #0x30
   18c: 45018052                       mov w5, #0xa
   190: e00315aa                       mov x0, x21
   194: f80317aa                       mov x24, x23
   198: 2c008052                       mov w12, #0x1
   19c: 10000014                       b #0x40
   1a0: ea031f2a                       mov w10, wzr
   1a4: e9031f2a                       mov w9, wzr
   1a8: 43008052                       mov w3, #0x2
   1ac: 8c018052                       mov w12, #0xc
   1b0: 050f8052                       mov w5, #0x78
   1b4: 0d068052                       mov w13, #0x30
   1b8: 09000014                       b #0x24
   1bc: ea031f2a                       mov w10, wzr
   1c0: e9031f2a                       mov w9, wzr
   1c4: 2b008052                       mov w11, #0x1
   1c8: 43008052                       mov w3, #0x2
   1cc: 0d068052                       mov w13, #0x30
   1d0: 45108052                       mov w5, #0x82
   1d4: ac018052                       mov w12, #0xd
   1d8: cb0200f9                       str x11, [x22]
   1dc: 8b0e40f9                       ldr x11, [x20, #0x18]
   1e0: 1f0317eb                       cmp x24, x23
   1e4: a1000054                       b.ne #0x14
   1e8: 1f0015eb                       cmp x0, x21
   1ec: c1000054                       b.ne #0x18
   1f0: ea000035                       cbnz w10, #0x1c
   1f4: 09000014                       b #0x24
   1f8: 780100f9                       str x24, [x11]
   1fc: 1f0015eb                       cmp x0, x21
   200: 80ffff54                       b.eq #-0x10
   204: 600900f9                       str x0, [x11, #0x10]
   208: 8a000034                       cbz w10, #0x10
   20c: 782103a9                       stp x24, x8, [x11, #0x30]
   210: 49000034                       cbz w9, #0x8
   214: 602100f9                       str x0, [x11, #0x40]
   218: 080080d2                       mov x8, #0x0
        # hole +0x218: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   21c: 61010d8b                       add x1, x11, x13
   220: e00314aa                       mov x0, x20
   224: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x224: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   228: e20316aa                       mov x2, x22
   22c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x22c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   230: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x230: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   234: 04010c8b                       add x4, x8, x12
   238: 00000094                       bl #0x0
        # hole +0x238: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   23c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   240: c0035fd6                       ret
   244: e8031caa                       mov x8, x28
   248: 2a008052                       mov w10, #0x1
   24c: 29008052                       mov w9, #0x1
   250: 0c018052                       mov w12, #0x8
   254: 050a8052                       mov w5, #0x50
   258: 0d098052                       mov w13, #0x48
   25c: e0ffff17                       b #-0x80
   260: e9031f2a                       mov w9, wzr
   264: e3030a2a                       mov w3, w10
   268: 2c018052                       mov w12, #0x9
   26c: 450b8052                       mov w5, #0x5a
   270: 0d088052                       mov w13, #0x40
   274: daffff17                       b #-0x98
   278: 23008052                       mov w3, #0x1
   27c: e9031f2a                       mov w9, wzr
   280: 4c018052                       mov w12, #0xa
   284: 850c8052                       mov w5, #0x64
   288: ea03032a                       mov w10, w3
   28c: 0d088052                       mov w13, #0x40
   290: d3ffff17                       b #-0xb4
