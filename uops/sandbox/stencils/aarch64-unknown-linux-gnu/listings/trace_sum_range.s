# stencil sum_range for aarch64-unknown-linux-gnu: 696 code bytes, 0 data bytes, 6 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 13e140a9                       ldp x19, x24, [x8, #0x8]
     c: 150140f9                       ldr x21, [x8]
    10: f8010037                       tbnz w24, #0x0, #0x3c
    14: 080b40b9                       ldr w8, [x24, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: 81020054                       b.ne #0x50
    20: 09a343a9                       ldp x9, x8, [x24, #0x38]
    24: 191b40f9                       ldr x25, [x24, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: eb040054                       b.lt #0x9c
    30: 3f0309eb                       cmp x25, x9
    34: eb040054                       b.lt #0x9c
    38: ea031f2a                       mov w10, wzr
    3c: 49008052                       mov w9, #0x2
    40: 08038052                       mov w8, #0x18
    44: 85028052                       mov w5, #0x14
    48: 0d000014                       b #0x34
    4c: 8c0e40f9                       ldr x12, [x20, #0x18]
    50: ea031f2a                       mov w10, wzr
    54: 23008052                       mov w3, #0x1
    58: 08038052                       mov w8, #0x18
    5c: 45018052                       mov w5, #0xa
    60: f70313aa                       mov x23, x19
    64: 29008052                       mov w9, #0x1
    68: 08000014                       b #0x20
    6c: ea031f2a                       mov w10, wzr
    70: 29008052                       mov w9, #0x1
    74: 08038052                       mov w8, #0x18
    78: 45018052                       mov w5, #0xa
    7c: 8c0e40f9                       ldr x12, [x20, #0x18]
    80: f70313aa                       mov x23, x19
    84: e303092a                       mov w3, w9
    88: ff0213eb                       cmp x23, x19
    8c: 40000054                       b.eq #0x8
    90: 970500f9                       str x23, [x12, #0x8]
    94: 4a000034                       cbz w10, #0x8
    98: 95dd01a9                       stp x21, x23, [x12, #0x18]
    9c: 0a0080d2                       mov x10, #0x0
        # hole +0x9c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    a0: 8101088b                       add x1, x12, x8
    a4: e00314aa                       mov x0, x20
    a8: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0xa8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    ac: e20316aa                       mov x2, x22
    b0: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0xb0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    b4: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0xb4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    b8: 4401098b                       add x4, x10, x9
    bc: 00000094                       bl #0x0
        # hole +0xbc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c0: fe0741f8                       ldr x30, [sp], #0x10
    c4: c0035fd6                       ret
    c8: 3f0309eb                       cmp x25, x9
    cc: 6dfbff54                       b.le #-0x94
    d0: 37008052                       mov w23, #0x1
    d4: 2803088b                       add x8, x25, x8
    d8: 37fb7fb3                       bfi x23, x25, #1, #63
    dc: 081b00f9                       str x8, [x24, #0x30]
    e0: f3000037                       tbnz w19, #0x0, #0x1c
    e4: 680240f9                       ldr x8, [x19]
    e8: 080500f1                       subs x8, x8, #0x1
    ec: 680200f9                       str x8, [x19]
    f0: 61000054                       b.ne #0xc
    f4: e00313aa                       mov x0, x19
    f8: 00000094                       bl #0x0
        # hole +0xf8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    fc: 75010037                       tbnz w21, #0x0, #0x2c
   100: a80240f9                       ldr x8, [x21]
   104: 23008052                       mov w3, #0x1
   108: c5088052                       mov w5, #0x46
   10c: 09050091                       add x9, x8, #0x1
   110: 08058052                       mov w8, #0x28
   114: a90200f9                       str x9, [x21]
   118: e9008052                       mov w9, #0x7
   11c: 8c0e40f9                       ldr x12, [x20, #0x18]
   120: ea03032a                       mov w10, w3
   124: d9ffff17                       b #-0x9c
   128: 28fb7fd3                       lsl x8, x25, #1
   12c: 08fd4193                       asr x8, x8, #1
   130: 0905958b                       add x9, x8, x21, asr #1
   134: 0800f8d2                       mov x8, #-0x4000000000000000
   138: 3f0108ab                       cmn x9, x8
   13c: 450b0054                       b.pl #0x168
   140: c8aa40a9                       ldp x8, x10, [x22, #0x8]
   144: 2b008052                       mov w11, #0x1
   148: 6b0509aa                       orr x11, x11, x9, lsl #1
   14c: 0c050091                       add x12, x8, #0x1
   150: 9f010aeb                       cmp x12, x10
   154: cc0600f9                       str x12, [x22, #0x8]
   158: aa070054                       b.ge #0xf4
   15c: c90240f9                       ldr x9, [x22]
   160: 690500b5                       cbnz x9, #0xac
   164: 0c0b40b9                       ldr w12, [x24, #0x8]
   168: 9f110071                       cmp w12, #0x4
   16c: 61050054                       b.ne #0xac
   170: 0d2340f9                       ldr x13, [x24, #0x40]
   174: 121b40f9                       ldr x18, [x24, #0x30]
   178: 0f090091                       add x15, x8, #0x2
   17c: 08038052                       mov w8, #0x18
   180: 85028052                       mov w5, #0x14
   184: 1000f8d2                       mov x16, #-0x4000000000000000
   188: 5afa7fd3                       lsl x26, x18, #1
   18c: aef97fd3                       lsl x14, x13, #1
   190: 09018052                       mov w9, #0x8
   194: 31008052                       mov w17, #0x1
   198: bf0500f1                       cmp x13, #0x1
   19c: f9031aaa                       mov x25, x26
   1a0: ab000054                       b.lt #0x14
   1a4: 1a1f40f9                       ldr x26, [x24, #0x38]
   1a8: 5f021aeb                       cmp x18, x26
   1ac: ab000054                       b.lt #0x14
   1b0: 23000014                       b #0x8c
   1b4: 1a1f40f9                       ldr x26, [x24, #0x38]
   1b8: 5f021aeb                       cmp x18, x26
   1bc: 0d040054                       b.le #0x80
   1c0: 37ff4193                       asr x23, x25, #1
   1c4: 5b020d8b                       add x27, x18, x13
   1c8: 1b1b00f9                       str x27, [x24, #0x30]
   1cc: f7068b8b                       add x23, x23, x11, asr #1
   1d0: ff0210ab                       cmn x23, x16
   1d4: 65050054                       b.pl #0xac
   1d8: 2b0617aa                       orr x11, x17, x23, lsl #1
   1dc: ff010aeb                       cmp x15, x10
   1e0: cf0600f9                       str x15, [x22, #0x8]
   1e4: 2a030054                       b.ge #0x64
   1e8: 37070091                       add x23, x25, #0x1
   1ec: 9f110071                       cmp w12, #0x4
   1f0: 3a030e8b                       add x26, x25, x14
   1f4: ef050091                       add x15, x15, #0x1
   1f8: f2031baa                       mov x18, x27
   1fc: e0fcff54                       b.eq #-0x64
   200: ea031f2a                       mov w10, wzr
   204: 37070091                       add x23, x25, #0x1
   208: 05000014                       b #0x14
   20c: ea031f2a                       mov w10, wzr
   210: 43008052                       mov w3, #0x2
   214: 12000014                       b #0x48
   218: ea031f2a                       mov w10, wzr
   21c: 29008052                       mov w9, #0x1
   220: 08038052                       mov w8, #0x18
   224: 45018052                       mov w5, #0xa
   228: e303092a                       mov w3, w9
   22c: 8c0e40f9                       ldr x12, [x20, #0x18]
   230: 7f0115eb                       cmp x11, x21
   234: 01020054                       b.ne #0x40
   238: 10000014                       b #0x40
   23c: ea031f2a                       mov w10, wzr
   240: 49008052                       mov w9, #0x2
   244: f9ffff17                       b #-0x1c
   248: 37070091                       add x23, x25, #0x1
   24c: 28008052                       mov w8, #0x1
   250: ea031f2a                       mov w10, wzr
   254: 43008052                       mov w3, #0x2
   258: c80200f9                       str x8, [x22]
   25c: 08038052                       mov w8, #0x18
   260: 850c8052                       mov w5, #0x64
   264: 49018052                       mov w9, #0xa
   268: 8c0e40f9                       ldr x12, [x20, #0x18]
   26c: 7f0115eb                       cmp x11, x21
   270: 40000054                       b.eq #0x8
   274: 8b0100f9                       str x11, [x12]
   278: f5030baa                       mov x21, x11
   27c: 83ffff17                       b #-0x1f4
   280: 2a008052                       mov w10, #0x1
   284: 050a8052                       mov w5, #0x50
   288: 08058052                       mov w8, #0x28
   28c: 570512aa                       orr x23, x10, x18, lsl #1
   290: e3030a2a                       mov w3, w10
   294: 8c0e40f9                       ldr x12, [x20, #0x18]
   298: 7f0115eb                       cmp x11, x21
   29c: c1feff54                       b.ne #-0x28
   2a0: f6ffff17                       b #-0x28
   2a4: 23008052                       mov w3, #0x1
   2a8: 08058052                       mov w8, #0x28
   2ac: 050a8052                       mov w5, #0x50
   2b0: 09018052                       mov w9, #0x8
   2b4: 9affff17                       b #-0x198
