# stencil sum_range for aarch64-apple-darwin: 752 code bytes, 8 data bytes, 5 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 154d40a9                       ldp x21, x19, [x8]
     c: 180940f9                       ldr x24, [x8, #0x10]
    10: 98020037                       tbnz w24, #0x0, #0x50
    14: 080b40b9                       ldr w8, [x24, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: 61030054                       b.ne #0x6c
    20: 09a343a9                       ldp x9, x8, [x24, #0x38]
    24: 191b40f9                       ldr x25, [x24, #0x30]
    28: 1f0500f1                       cmp x8, #0x1
    2c: 8b050054                       b.lt #0xb0
    30: 3f0309eb                       cmp x25, x9
    34: 8b050054                       b.lt #0xb0
    38: 0a008052                       mov w10, #0x0
    3c: 49008052                       mov w9, #0x2
    40: 08038052                       mov w8, #0x18
    44: 85028052                       mov w5, #0x14
    48: f70313aa                       mov x23, x19
    4c: e30309aa                       mov x3, x9
    50: 8c0e40f9                       ldr x12, [x20, #0x18]
    54: 7f0213eb                       cmp x19, x19
    58: c0020054                       b.eq #0x58
    5c: 14000014                       b #0x50
    60: 0a008052                       mov w10, #0x0
    64: 23008052                       mov w3, #0x1
    68: 08038052                       mov w8, #0x18
    6c: 45018052                       mov w5, #0xa
    70: f70313aa                       mov x23, x19
    74: 29008052                       mov w9, #0x1
    78: 8c0e40f9                       ldr x12, [x20, #0x18]
    7c: 7f0213eb                       cmp x19, x19
    80: 80010054                       b.eq #0x30
    84: 0a000014                       b #0x28
    88: 0a008052                       mov w10, #0x0
    8c: 29008052                       mov w9, #0x1
    90: 08038052                       mov w8, #0x18
    94: 45018052                       mov w5, #0xa
    98: f70313aa                       mov x23, x19
    9c: e30309aa                       mov x3, x9
    a0: 8c0e40f9                       ldr x12, [x20, #0x18]
    a4: 7f0213eb                       cmp x19, x19
    a8: 40000054                       b.eq #0x8
    ac: 970500f9                       str x23, [x12, #0x8]
    b0: 4a000034                       cbz w10, #0x8
    b4: 95dd01a9                       stp x21, x23, [x12, #0x18]
    b8: 0a000090                       adrp x10, #0
        # hole +0xb8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    bc: 4a0140f9                       ldr x10, [x10]
        # hole +0xbc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    c0: 8101088b                       add x1, x12, x8
    c4: 4401098b                       add x4, x10, x9
    c8: e00314aa                       mov x0, x20
    cc: e20316aa                       mov x2, x22
    d0: 00000094                       bl #0x0
        # hole +0xd0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    d4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    d8: c0035fd6                       ret
    dc: 3f0309eb                       cmp x25, x9
    e0: cdfaff54                       b.le #-0xa8
    e4: 2803088b                       add x8, x25, x8
    e8: 081b00f9                       str x8, [x24, #0x30]
    ec: 37008052                       mov w23, #0x1
    f0: 37fb7fb3                       bfi x23, x25, #1, #63
    f4: f3000037                       tbnz w19, #0x0, #0x1c
    f8: 680240f9                       ldr x8, [x19]
    fc: 080500f1                       subs x8, x8, #0x1
   100: 680200f9                       str x8, [x19]
   104: 61000054                       b.ne #0xc
   108: e00313aa                       mov x0, x19
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   110: b5010037                       tbnz w21, #0x0, #0x34
   114: a80240f9                       ldr x8, [x21]
   118: 08050091                       add x8, x8, #0x1
   11c: 23008052                       mov w3, #0x1
   120: a80200f9                       str x8, [x21]
   124: 08058052                       mov w8, #0x28
   128: c5088052                       mov w5, #0x46
   12c: e9008052                       mov w9, #0x7
   130: 2a008052                       mov w10, #0x1
   134: 8c0e40f9                       ldr x12, [x20, #0x18]
   138: ff0213eb                       cmp x23, x19
   13c: a0fbff54                       b.eq #-0x8c
   140: dbffff17                       b #-0x94
   144: 28fb7fd3                       lsl x8, x25, #1
   148: 08fd4193                       asr x8, x8, #1
   14c: 0805958b                       add x8, x8, x21, asr #1
   150: 0900f8d2                       mov x9, #-0x4000000000000000
   154: 1f0109ab                       cmn x8, x9
   158: a50b0054                       b.pl #0x174
   15c: 29008052                       mov w9, #0x1
   160: 2b0508aa                       orr x11, x9, x8, lsl #1
   164: c8aa40a9                       ldp x8, x10, [x22, #0x8]
   168: 09050091                       add x9, x8, #0x1
   16c: c90600f9                       str x9, [x22, #0x8]
   170: 3f010aeb                       cmp x9, x10
   174: ca070054                       b.ge #0xf8
   178: c90240f9                       ldr x9, [x22]
   17c: 290500b5                       cbnz x9, #0xa4
   180: 0c0b40b9                       ldr w12, [x24, #0x8]
   184: 9f110071                       cmp w12, #0x4
   188: 01050054                       b.ne #0xa0
   18c: 0eb743a9                       ldp x14, x13, [x24, #0x38]
   190: 1a1b40f9                       ldr x26, [x24, #0x30]
   194: 5cfb7fd3                       lsl x28, x26, #1
   198: aff97fd3                       lsl x15, x13, #1
   19c: 10090091                       add x16, x8, #0x2
   1a0: 08038052                       mov w8, #0x18
   1a4: 85028052                       mov w5, #0x14
   1a8: 1100f8d2                       mov x17, #-0x4000000000000000
   1ac: 09018052                       mov w9, #0x8
   1b0: 39008052                       mov w25, #0x1
   1b4: fb031caa                       mov x27, x28
   1b8: bf0500f1                       cmp x13, #0x1
   1bc: 8b000054                       b.lt #0x10
   1c0: 5f030eeb                       cmp x26, x14
   1c4: 8b000054                       b.lt #0x10
   1c8: 21000014                       b #0x84
   1cc: 5f030eeb                       cmp x26, x14
   1d0: ed030054                       b.le #0x7c
   1d4: 40030d8b                       add x0, x26, x13
   1d8: 001b00f9                       str x0, [x24, #0x30]
   1dc: 77ff4193                       asr x23, x27, #1
   1e0: f7068b8b                       add x23, x23, x11, asr #1
   1e4: ff0211ab                       cmn x23, x17
   1e8: 05060054                       b.pl #0xc0
   1ec: 2b0717aa                       orr x11, x25, x23, lsl #1
   1f0: d00600f9                       str x16, [x22, #0x8]
   1f4: 1f020aeb                       cmp x16, x10
   1f8: 8a030054                       b.ge #0x70
   1fc: 77070091                       add x23, x27, #0x1
   200: 7c030f8b                       add x28, x27, x15
   204: 10060091                       add x16, x16, #0x1
   208: fa0300aa                       mov x26, x0
   20c: 9f110071                       cmp w12, #0x4
   210: 20fdff54                       b.eq #-0x5c
   214: 0a008052                       mov w10, #0x0
   218: 77070091                       add x23, x27, #0x1
   21c: 04000014                       b #0x10
   220: 0a008052                       mov w10, #0x0
   224: 15000014                       b #0x54
   228: 0a008052                       mov w10, #0x0
   22c: 29008052                       mov w9, #0x1
   230: 08038052                       mov w8, #0x18
   234: 45018052                       mov w5, #0xa
   238: e30309aa                       mov x3, x9
   23c: 8c0e40f9                       ldr x12, [x20, #0x18]
   240: 7f0115eb                       cmp x11, x21
   244: 81020054                       b.ne #0x50
   248: 14000014                       b #0x50
   24c: 0a008052                       mov w10, #0x0
   250: 49008052                       mov w9, #0x2
   254: e30309aa                       mov x3, x9
   258: 8c0e40f9                       ldr x12, [x20, #0x18]
   25c: 7f0115eb                       cmp x11, x21
   260: a1010054                       b.ne #0x34
   264: 0d000014                       b #0x34
   268: 77070091                       add x23, x27, #0x1
   26c: 0a008052                       mov w10, #0x0
   270: 28008052                       mov w8, #0x1
   274: c80200f9                       str x8, [x22]
   278: 43008052                       mov w3, #0x2
   27c: 08038052                       mov w8, #0x18
   280: 850c8052                       mov w5, #0x64
   284: 49018052                       mov w9, #0xa
   288: 8c0e40f9                       ldr x12, [x20, #0x18]
   28c: 7f0115eb                       cmp x11, x21
   290: 40000054                       b.eq #0x8
   294: 8b0100f9                       str x11, [x12]
   298: f5030baa                       mov x21, x11
   29c: ff0213eb                       cmp x23, x19
   2a0: 80f0ff54                       b.eq #-0x1f0
   2a4: 82ffff17                       b #-0x1f8
   2a8: 2a008052                       mov w10, #0x1
   2ac: 57051aaa                       orr x23, x10, x26, lsl #1
   2b0: e3030aaa                       mov x3, x10
   2b4: 050a8052                       mov w5, #0x50
   2b8: 08058052                       mov w8, #0x28
   2bc: 8c0e40f9                       ldr x12, [x20, #0x18]
   2c0: 7f0115eb                       cmp x11, x21
   2c4: 81feff54                       b.ne #-0x30
   2c8: f4ffff17                       b #-0x30
   2cc: 23008052                       mov w3, #0x1
   2d0: 08058052                       mov w8, #0x28
   2d4: 050a8052                       mov w5, #0x50
   2d8: 09018052                       mov w9, #0x8
   2dc: 2a008052                       mov w10, #0x1
   2e0: 8c0e40f9                       ldr x12, [x20, #0x18]
   2e4: ff0213eb                       cmp x23, x19
   2e8: 40eeff54                       b.eq #-0x238
   2ec: 70ffff17                       b #-0x240
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
