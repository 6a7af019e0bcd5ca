# stencil sum_range for aarch64-apple-darwin: 596 code bytes, 8 data bytes, 5 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 1b0940f9                       ldr x27, [x8, #0x10]
    10: 3b070037                       tbnz w27, #0x0, #0xe4
    14: 0b2940a9                       ldp x11, x10, [x8]
    18: 680b40b9                       ldr w8, [x27, #0x8]
    1c: 1f110071                       cmp w8, #0x4
    20: 61070054                       b.ne #0xec
    24: 17038052                       mov w23, #0x18
    28: 3c008052                       mov w28, #0x1
    2c: e0030aaa                       mov x0, x10
    30: f9030baa                       mov x25, x11
    34: 1500f8d2                       mov x21, #-0x4000000000000000
    38: 1a018052                       mov w26, #0x8
    3c: 53018052                       mov w19, #0xa
    40: eb2b00a9                       stp x11, x10, [sp]
    44: 69a343a9                       ldp x9, x8, [x27, #0x38]
    48: 781b40f9                       ldr x24, [x27, #0x30]
    4c: 1f0500f1                       cmp x8, #0x1
    50: 8b000054                       b.lt #0x10
    54: 1f0309eb                       cmp x24, x9
    58: 8b000054                       b.lt #0x10
    5c: 37000014                       b #0xdc
    60: 1f0309eb                       cmp x24, x9
    64: ad060054                       b.le #0xd4
    68: 0803088b                       add x8, x24, x8
    6c: 681b00f9                       str x8, [x27, #0x30]
    70: c0000037                       tbnz w0, #0x0, #0x18
    74: 080040f9                       ldr x8, [x0]
    78: 080500f1                       subs x8, x8, #0x1
    7c: 080000f9                       str x8, [x0]
    80: 41000054                       b.ne #0x8
    84: 00000094                       bl #0x0
        # hole +0x84: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    88: 20008052                       mov w0, #0x1
    8c: 00fb7fb3                       bfi x0, x24, #1, #63
    90: 79060036                       tbz w25, #0x0, #0xcc
    94: 08fb7fd3                       lsl x8, x24, #1
    98: 08fd4193                       asr x8, x8, #1
    9c: 0805998b                       add x8, x8, x25, asr #1
    a0: 1f0115ab                       cmn x8, x21
    a4: 650c0054                       b.pl #0x18c
    a8: 990708aa                       orr x25, x28, x8, lsl #1
    ac: c8a640a9                       ldp x8, x9, [x22, #0x8]
    b0: 08050091                       add x8, x8, #0x1
    b4: c80600f9                       str x8, [x22, #0x8]
    b8: 1f0109eb                       cmp x8, x9
    bc: aa060054                       b.ge #0xd4
    c0: c80240f9                       ldr x8, [x22]
    c4: e80700b5                       cbnz x8, #0xfc
    c8: 680b40b9                       ldr w8, [x27, #0x8]
    cc: 1f110071                       cmp w8, #0x4
    d0: a0fbff54                       b.eq #-0x8c
    d4: 08008052                       mov w8, #0x0
    d8: 3a008052                       mov w26, #0x1
    dc: e3031aaa                       mov x3, x26
    e0: eb2b40a9                       ldp x11, x10, [sp]
    e4: 890e40f9                       ldr x9, [x20, #0x18]
    e8: 3f030beb                       cmp x25, x11
    ec: a1070054                       b.ne #0xf4
    f0: 3d000014                       b #0xf4
    f4: 890e40f9                       ldr x9, [x20, #0x18]
    f8: 3a008052                       mov w26, #0x1
    fc: 53018052                       mov w19, #0xa
   100: 17038052                       mov w23, #0x18
   104: e3031aaa                       mov x3, x26
   108: 3f000014                       b #0xfc
   10c: 08008052                       mov w8, #0x0
   110: 23008052                       mov w3, #0x1
   114: 17038052                       mov w23, #0x18
   118: 53018052                       mov w19, #0xa
   11c: e0030aaa                       mov x0, x10
   120: f9030baa                       mov x25, x11
   124: 3a008052                       mov w26, #0x1
   128: 890e40f9                       ldr x9, [x20, #0x18]
   12c: 7f010beb                       cmp x11, x11
   130: 81050054                       b.ne #0xb0
   134: 2c000014                       b #0xb0
   138: 08008052                       mov w8, #0x0
   13c: 5a008052                       mov w26, #0x2
   140: e3031aaa                       mov x3, x26
   144: 93028052                       mov w19, #0x14
   148: eb2b40a9                       ldp x11, x10, [sp]
   14c: 890e40f9                       ldr x9, [x20, #0x18]
   150: 3f030beb                       cmp x25, x11
   154: 61040054                       b.ne #0x8c
   158: 23000014                       b #0x8c
   15c: 280340f9                       ldr x8, [x25]
   160: 08050091                       add x8, x8, #0x1
   164: 23008052                       mov w3, #0x1
   168: 280300f9                       str x8, [x25]
   16c: 17058052                       mov w23, #0x28
   170: d3088052                       mov w19, #0x46
   174: fa008052                       mov w26, #0x7
   178: 28008052                       mov w8, #0x1
   17c: eb2b40a9                       ldp x11, x10, [sp]
   180: 890e40f9                       ldr x9, [x20, #0x18]
   184: 3f030beb                       cmp x25, x11
   188: c1020054                       b.ne #0x58
   18c: 16000014                       b #0x58
   190: 08008052                       mov w8, #0x0
   194: 29008052                       mov w9, #0x1
   198: c90200f9                       str x9, [x22]
   19c: 43008052                       mov w3, #0x2
   1a0: 17038052                       mov w23, #0x18
   1a4: 930c8052                       mov w19, #0x64
   1a8: 5a018052                       mov w26, #0xa
   1ac: eb2b40a9                       ldp x11, x10, [sp]
   1b0: 890e40f9                       ldr x9, [x20, #0x18]
   1b4: 3f030beb                       cmp x25, x11
   1b8: 41010054                       b.ne #0x28
   1bc: 0a000014                       b #0x28
   1c0: 08008052                       mov w8, #0x0
   1c4: 43008052                       mov w3, #0x2
   1c8: 5a018052                       mov w26, #0xa
   1cc: 930c8052                       mov w19, #0x64
   1d0: eb2b40a9                       ldp x11, x10, [sp]
   1d4: 890e40f9                       ldr x9, [x20, #0x18]
   1d8: 3f030beb                       cmp x25, x11
   1dc: 40000054                       b.eq #0x8
   1e0: 390100f9                       str x25, [x9]
   1e4: 1f000aeb                       cmp x0, x10
   1e8: 81000054                       b.ne #0x10
   1ec: a8000034                       cbz w8, #0x14
   1f0: 398101a9                       stp x25, x0, [x9, #0x18]
   1f4: 04000014                       b #0x10
   1f8: 200500f9                       str x0, [x9, #0x8]
   1fc: a8ffff35                       cbnz w8, #-0xc
   200: 17038052                       mov w23, #0x18
   204: 08000090                       adrp x8, #0
        # hole +0x204: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   208: 080140f9                       ldr x8, [x8]
        # hole +0x208: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   20c: 2101178b                       add x1, x9, x23
   210: 04011a8b                       add x4, x8, x26
   214: e00314aa                       mov x0, x20
   218: e20316aa                       mov x2, x22
   21c: e50313aa                       mov x5, x19
   220: 00000094                       bl #0x0
        # hole +0x220: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   224: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   228: ff830091                       add sp, sp, #0x20
   22c: c0035fd6                       ret
   230: 23008052                       mov w3, #0x1
   234: 130a8052                       mov w19, #0x50
   238: 28008052                       mov w8, #0x1
   23c: 17058052                       mov w23, #0x28
   240: eb2b40a9                       ldp x11, x10, [sp]
   244: 890e40f9                       ldr x9, [x20, #0x18]
   248: 3f030beb                       cmp x25, x11
   24c: a1fcff54                       b.ne #-0x6c
   250: e5ffff17                       b #-0x6c
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
