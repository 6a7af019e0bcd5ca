# stencil sum_range for aarch64-unknown-linux-gnu: 544 code bytes, 0 data bytes, 6 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 15ed40a9                       ldp x21, x27, [x8, #0x8]
     c: 170140f9                       ldr x23, [x8]
    10: bb060037                       tbnz w27, #0x0, #0xd4
    14: 53018052                       mov w19, #0xa
    18: 3c008052                       mov w28, #0x1
    1c: 1d00f8d2                       mov x29, #-0x4000000000000000
    20: 1a018052                       mov w26, #0x8
    24: f90317aa                       mov x25, x23
    28: e00315aa                       mov x0, x21
    2c: 680b40b9                       ldr w8, [x27, #0x8]
    30: 1f110071                       cmp w8, #0x4
    34: 81040054                       b.ne #0x90
    38: 682340f9                       ldr x8, [x27, #0x40]
    3c: 1f0500f1                       cmp x8, #0x1
    40: ab000054                       b.lt #0x14
    44: 782743a9                       ldp x24, x9, [x27, #0x30]
    48: 1f0309eb                       cmp x24, x9
    4c: ab000054                       b.lt #0x14
    50: 30000014                       b #0xc0
    54: 782743a9                       ldp x24, x9, [x27, #0x30]
    58: 1f0309eb                       cmp x24, x9
    5c: ad050054                       b.le #0xb4
    60: 0803088b                       add x8, x24, x8
    64: 681b00f9                       str x8, [x27, #0x30]
    68: c0000037                       tbnz w0, #0x0, #0x18
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: 41000054                       b.ne #0x8
    7c: 00000094                       bl #0x0
        # hole +0x7c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    80: 20008052                       mov w0, #0x1
    84: 00fb7fb3                       bfi x0, x24, #1, #63
    88: 79050036                       tbz w25, #0x0, #0xac
    8c: 08fb7fd3                       lsl x8, x24, #1
    90: 08fd4193                       asr x8, x8, #1
    94: 0805998b                       add x8, x8, x25, asr #1
    98: 1f011dab                       cmn x8, x29
    9c: 250b0054                       b.pl #0x164
    a0: c9aa40a9                       ldp x9, x10, [x22, #0x8]
    a4: 990708aa                       orr x25, x28, x8, lsl #1
    a8: 29050091                       add x9, x9, #0x1
    ac: 3f010aeb                       cmp x9, x10
    b0: c90600f9                       str x9, [x22, #0x8]
    b4: 8a050054                       b.ge #0xb0
    b8: c80240f9                       ldr x8, [x22]
    bc: a80600b5                       cbnz x8, #0xd4
    c0: 7bfb0736                       tbz w27, #0x0, #-0x94
    c4: 3a008052                       mov w26, #0x1
    c8: e8031f2a                       mov w8, wzr
    cc: e3031a2a                       mov w3, w26
    d0: 0a038052                       mov w10, #0x18
    d4: 890e40f9                       ldr x9, [x20, #0x18]
    d8: 3f0317eb                       cmp x25, x23
    dc: a1060054                       b.ne #0xd4
    e0: 35000014                       b #0xd4
    e4: e8031f2a                       mov w8, wzr
    e8: 23008052                       mov w3, #0x1
    ec: 0a038052                       mov w10, #0x18
    f0: 53018052                       mov w19, #0xa
    f4: e00315aa                       mov x0, x21
    f8: f90317aa                       mov x25, x23
    fc: 3a008052                       mov w26, #0x1
   100: 890e40f9                       ldr x9, [x20, #0x18]
   104: ff0217eb                       cmp x23, x23
   108: 41050054                       b.ne #0xa8
   10c: 2a000014                       b #0xa8
   110: 5a008052                       mov w26, #0x2
   114: e8031f2a                       mov w8, wzr
   118: 93028052                       mov w19, #0x14
   11c: e3031a2a                       mov w3, w26
   120: 0a038052                       mov w10, #0x18
   124: 890e40f9                       ldr x9, [x20, #0x18]
   128: 3f0317eb                       cmp x25, x23
   12c: 21040054                       b.ne #0x84
   130: 21000014                       b #0x84
   134: 280340f9                       ldr x8, [x25]
   138: 23008052                       mov w3, #0x1
   13c: 0a058052                       mov w10, #0x28
   140: d3088052                       mov w19, #0x46
   144: fa008052                       mov w26, #0x7
   148: 08050091                       add x8, x8, #0x1
   14c: 280300f9                       str x8, [x25]
   150: 28008052                       mov w8, #0x1
   154: 890e40f9                       ldr x9, [x20, #0x18]
   158: 3f0317eb                       cmp x25, x23
   15c: a1020054                       b.ne #0x54
   160: 15000014                       b #0x54
   164: 29008052                       mov w9, #0x1
   168: e8031f2a                       mov w8, wzr
   16c: 43008052                       mov w3, #0x2
   170: c90200f9                       str x9, [x22]
   174: 0a038052                       mov w10, #0x18
   178: 930c8052                       mov w19, #0x64
   17c: 5a018052                       mov w26, #0xa
   180: 890e40f9                       ldr x9, [x20, #0x18]
   184: 3f0317eb                       cmp x25, x23
   188: 41010054                       b.ne #0x28
   18c: 0a000014                       b #0x28
   190: e8031f2a                       mov w8, wzr
   194: 43008052                       mov w3, #0x2
   198: 5a018052                       mov w26, #0xa
   19c: 930c8052                       mov w19, #0x64
   1a0: 0a038052                       mov w10, #0x18
   1a4: 890e40f9                       ldr x9, [x20, #0x18]
   1a8: 3f0317eb                       cmp x25, x23
   1ac: 40000054                       b.eq #0x8
   1b0: 390100f9                       str x25, [x9]
   1b4: 1f0015eb                       cmp x0, x21
   1b8: e1010054                       b.ne #0x3c
   1bc: 48000034                       cbz w8, #0x8
   1c0: 398101a9                       stp x25, x0, [x9, #0x18]
   1c4: 080080d2                       mov x8, #0x0
        # hole +0x1c4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1c8: 21010a8b                       add x1, x9, x10
   1cc: e00314aa                       mov x0, x20
   1d0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1d0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1d4: e20316aa                       mov x2, x22
   1d8: e50313aa                       mov x5, x19
   1dc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1dc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1e0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1e0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1e4: 04011a8b                       add x4, x8, x26
   1e8: 00000094                       bl #0x0
        # hole +0x1e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1ec: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1f0: c0035fd6                       ret
   1f4: 200500f9                       str x0, [x9, #0x8]
   1f8: 48feff35                       cbnz w8, #-0x38
   1fc: f2ffff17                       b #-0x38
   200: 23008052                       mov w3, #0x1
   204: 130a8052                       mov w19, #0x50
   208: 28008052                       mov w8, #0x1
   20c: 0a058052                       mov w10, #0x28
   210: 890e40f9                       ldr x9, [x20, #0x18]
   214: 3f0317eb                       cmp x25, x23
   218: c1fcff54                       b.ne #-0x68
   21c: e6ffff17                       b #-0x68
