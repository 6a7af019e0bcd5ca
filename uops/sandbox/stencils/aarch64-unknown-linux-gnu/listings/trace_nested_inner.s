# stencil nested_inner for aarch64-unknown-linux-gnu: 948 code bytes, 0 data bytes, 8 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 191540f9                       ldr x25, [x8, #0x28]
     c: 150140f9                       ldr x21, [x8]
    10: 130940f9                       ldr x19, [x8, #0x10]
    14: 79100037                       tbnz w25, #0x0, #0x20c
    18: 290b40b9                       ldr w9, [x25, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 01100054                       b.ne #0x200
    24: 2aa743a9                       ldp x10, x9, [x25, #0x38]
    28: 180540f9                       ldr x24, [x8, #0x8]
    2c: 3a1b40f9                       ldr x26, [x25, #0x30]
    30: 3f0500f1                       cmp x9, #0x1
    34: cb000054                       b.lt #0x18
    38: 5f030aeb                       cmp x26, x10
    3c: cb000054                       b.lt #0x18
    40: 15c10091                       add x21, x8, #0x30
    44: fe0741f8                       ldr x30, [sp], #0x10
    48: 00000014                       b #0x0
        # hole +0x48: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[2]+0
    4c: 5f030aeb                       cmp x26, x10
    50: 8dffff54                       b.le #-0x10
    54: 4803098b                       add x8, x26, x9
    58: 37008052                       mov w23, #0x1
    5c: 281b00f9                       str x8, [x25, #0x30]
    60: f3000037                       tbnz w19, #0x0, #0x1c
    64: 680240f9                       ldr x8, [x19]
    68: 080500f1                       subs x8, x8, #0x1
    6c: 680200f9                       str x8, [x19]
    70: 61000054                       b.ne #0xc
    74: e00313aa                       mov x0, x19
    78: 00000094                       bl #0x0
        # hole +0x78: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    7c: 95000037                       tbnz w21, #0x0, #0x10
    80: a80240f9                       ldr x8, [x21]
    84: 08050091                       add x8, x8, #0x1
    88: a80200f9                       str x8, [x21]
    8c: 57fb7fb3                       bfi x23, x26, #1, #63
    90: 48fb7fd3                       lsl x8, x26, #1
    94: 98000037                       tbnz w24, #0x0, #0x10
    98: 090340f9                       ldr x9, [x24]
    9c: 29050091                       add x9, x9, #0x1
    a0: 090300f9                       str x9, [x24]
    a4: 0eff4193                       asr x14, x24, #1
    a8: 09fd4193                       asr x9, x8, #1
    ac: 2b008052                       mov w11, #0x1
    b0: 0c098052                       mov w12, #0x48
    b4: 050a8052                       mov w5, #0x50
    b8: 0d018052                       mov w13, #0x8
    bc: c87d099b                       mul x8, x14, x9
    c0: c97d499b                       smulh x9, x14, x9
    c4: 3ffd88eb                       cmp x9, x8, asr #63
    c8: 21140054                       b.ne #0x284
    cc: 0900f8d2                       mov x9, #-0x4000000000000000
    d0: 0901098b                       add x9, x8, x9
    d4: c913f8b6                       tbz x9, #0x3f, #0x278
    d8: 2b008052                       mov w11, #0x1
    dc: 690508aa                       orr x9, x11, x8, lsl #1
    e0: 55140036                       tbz w21, #0x0, #0x288
    e4: 0805958b                       add x8, x8, x21, asr #1
    e8: 0a00f8d2                       mov x10, #-0x4000000000000000
    ec: 1f010aab                       cmn x8, x10
    f0: e5140054                       b.pl #0x29c
    f4: 2a008052                       mov w10, #0x1
    f8: cb0240f9                       ldr x11, [x22]
    fc: 4a0508aa                       orr x10, x10, x8, lsl #1
   100: 6b0a00b5                       cbnz x11, #0x14c
   104: c8ae40a9                       ldp x8, x11, [x22, #0x8]
   108: 0c050091                       add x12, x8, #0x1
   10c: 9f010beb                       cmp x12, x11
   110: cc0600f9                       str x12, [x22, #0x8]
   114: ea0b0054                       b.ge #0x17c
   118: 2c0b40b9                       ldr w12, [x25, #0x8]
   11c: 9f110071                       cmp w12, #0x4
   120: 410a0054                       b.ne #0x148
   124: 292340f9                       ldr x9, [x25, #0x40]
   128: 2d1b40f9                       ldr x13, [x25, #0x30]
   12c: 10090091                       add x16, x8, #0x2
   130: 1200f8d2                       mov x18, #-0x4000000000000000
   134: 3a008052                       mov w26, #0x1
   138: bcf97fd3                       lsl x28, x13, #1
   13c: 2ff97fd3                       lsl x15, x9, #1
   140: 3f0500f1                       cmp x9, #0x1
   144: f1031caa                       mov x17, x28
   148: ab000054                       b.lt #0x14
   14c: 281f40f9                       ldr x8, [x25, #0x38]
   150: bf0108eb                       cmp x13, x8
   154: ab000054                       b.lt #0x14
   158: 26000014                       b #0x98
   15c: 281f40f9                       ldr x8, [x25, #0x38]
   160: bf0108eb                       cmp x13, x8
   164: 6d040054                       b.le #0x8c
   168: ad01098b                       add x13, x13, x9
   16c: 2d1b00f9                       str x13, [x25, #0x30]
   170: 98000037                       tbnz w24, #0x0, #0x10
   174: 080340f9                       ldr x8, [x24]
   178: 08050091                       add x8, x8, #0x1
   17c: 080300f9                       str x8, [x24]
   180: 28fe4193                       asr x8, x17, #1
   184: db7d089b                       mul x27, x14, x8
   188: c87d489b                       smulh x8, x14, x8
   18c: 1ffd9beb                       cmp x8, x27, asr #63
   190: 6803128b                       add x8, x27, x18
   194: 000940fa                       ccmp x8, #0x0, #0x0, eq
   198: e8b79f1a                       cset w8, ge
   19c: 8a0b0054                       b.ge #0x170
   1a0: 77078a8b                       add x23, x27, x10, asr #1
   1a4: ff0212ab                       cmn x23, x18
   1a8: 250c0054                       b.pl #0x184
   1ac: 4a0717aa                       orr x10, x26, x23, lsl #1
   1b0: 1f020beb                       cmp x16, x11
   1b4: d00600f9                       str x16, [x22, #0x8]
   1b8: 6a060054                       b.ge #0xcc
   1bc: 9f110071                       cmp w12, #0x4
   1c0: 37060091                       add x23, x17, #0x1
   1c4: 3c020f8b                       add x28, x17, x15
   1c8: 10060091                       add x16, x16, #0x1
   1cc: a0fbff54                       b.eq #-0x8c
   1d0: 2d008052                       mov w13, #0x1
   1d4: eb031f2a                       mov w11, wzr
   1d8: 37060091                       add x23, x17, #0x1
   1dc: a9051baa                       orr x9, x13, x27, lsl #1
   1e0: 0c068052                       mov w12, #0x30
   1e4: 45018052                       mov w5, #0xa
   1e8: e3030d2a                       mov w3, w13
   1ec: 31000014                       b #0xc4
   1f0: 5f0115eb                       cmp x10, x21
   1f4: 60000054                       b.eq #0xc
   1f8: 880e40f9                       ldr x8, [x20, #0x18]
   1fc: 0a0100f9                       str x10, [x8]
   200: ff0213eb                       cmp x23, x19
   204: 60000054                       b.eq #0xc
   208: 880e40f9                       ldr x8, [x20, #0x18]
   20c: 170900f9                       str x23, [x8, #0x10]
   210: 880e40f9                       ldr x8, [x20, #0x18]
   214: 15c10091                       add x21, x8, #0x30
   218: fe0741f8                       ldr x30, [sp], #0x10
   21c: 00000014                       b #0x0
        # hole +0x21c: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[2]+0
   220: eb031f2a                       mov w11, wzr
   224: e8031f2a                       mov w8, wzr
   228: 0c068052                       mov w12, #0x30
   22c: 45018052                       mov w5, #0xa
   230: 2d008052                       mov w13, #0x1
   234: f70313aa                       mov x23, x19
   238: 8e0e40f9                       ldr x14, [x20, #0x18]
   23c: 23008052                       mov w3, #0x1
   240: 7f0213eb                       cmp x19, x19
   244: 41040054                       b.ne #0x88
   248: 22000014                       b #0x88
   24c: eb031f2a                       mov w11, wzr
   250: e8031f2a                       mov w8, wzr
   254: 43008052                       mov w3, #0x2
   258: 0c068052                       mov w12, #0x30
   25c: 050f8052                       mov w5, #0x78
   260: 8d018052                       mov w13, #0xc
   264: 13000014                       b #0x4c
   268: eb031f2a                       mov w11, wzr
   26c: e8031f2a                       mov w8, wzr
   270: 23008052                       mov w3, #0x1
   274: 0c068052                       mov w12, #0x30
   278: 45018052                       mov w5, #0xa
   27c: 2d008052                       mov w13, #0x1
   280: 0c000014                       b #0x30
   284: 28008052                       mov w8, #0x1
   288: 37060091                       add x23, x17, #0x1
   28c: 09051baa                       orr x9, x8, x27, lsl #1
   290: 2c008052                       mov w12, #0x1
   294: eb031f2a                       mov w11, wzr
   298: e8031f2a                       mov w8, wzr
   29c: 43008052                       mov w3, #0x2
   2a0: cc0200f9                       str x12, [x22]
   2a4: 0c068052                       mov w12, #0x30
   2a8: 45108052                       mov w5, #0x82
   2ac: ad018052                       mov w13, #0xd
   2b0: 8e0e40f9                       ldr x14, [x20, #0x18]
   2b4: 5f0115eb                       cmp x10, x21
   2b8: 40000054                       b.eq #0x8
   2bc: ca0100f9                       str x10, [x14]
   2c0: f5030aaa                       mov x21, x10
   2c4: ff0213eb                       cmp x23, x19
   2c8: 40000054                       b.eq #0x8
   2cc: d70900f9                       str x23, [x14, #0x10]
   2d0: 8b000034                       cbz w11, #0x10
   2d4: d52503a9                       stp x21, x9, [x14, #0x30]
   2d8: 48000034                       cbz w8, #0x8
   2dc: d72100f9                       str x23, [x14, #0x40]
   2e0: 080080d2                       mov x8, #0x0
        # hole +0x2e0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2e4: c1010c8b                       add x1, x14, x12
   2e8: e00314aa                       mov x0, x20
   2ec: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2f0: e20316aa                       mov x2, x22
   2f4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2f4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2f8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2f8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2fc: 04010d8b                       add x4, x8, x13
   300: 00000094                       bl #0x0
        # hole +0x300: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   304: fe0741f8                       ldr x30, [sp], #0x10
   308: c0035fd6                       ret
   30c: 23008052                       mov w3, #0x1
   310: 37060091                       add x23, x17, #0x1
   314: 0c098052                       mov w12, #0x48
   318: 050a8052                       mov w5, #0x50
   31c: 0d018052                       mov w13, #0x8
   320: e90318aa                       mov x9, x24
   324: eb03032a                       mov w11, w3
   328: e2ffff17                       b #-0x78
   32c: 23008052                       mov w3, #0x1
   330: 37060091                       add x23, x17, #0x1
   334: 0c088052                       mov w12, #0x40
   338: 69041baa                       orr x9, x3, x27, lsl #1
   33c: 850c8052                       mov w5, #0x64
   340: 4d018052                       mov w13, #0xa
   344: eb03032a                       mov w11, w3
   348: daffff17                       b #-0x98
   34c: e90318aa                       mov x9, x24
   350: 28008052                       mov w8, #0x1
   354: 8e0e40f9                       ldr x14, [x20, #0x18]
   358: 23008052                       mov w3, #0x1
   35c: ff0213eb                       cmp x23, x19
   360: 61fbff54                       b.ne #-0x94
   364: dbffff17                       b #-0x94
   368: e8031f2a                       mov w8, wzr
   36c: 0c088052                       mov w12, #0x40
   370: 450b8052                       mov w5, #0x5a
   374: 2d018052                       mov w13, #0x9
   378: 8e0e40f9                       ldr x14, [x20, #0x18]
   37c: 23008052                       mov w3, #0x1
   380: ff0213eb                       cmp x23, x19
   384: 41faff54                       b.ne #-0xb8
   388: d2ffff17                       b #-0xb8
   38c: e8031f2a                       mov w8, wzr
   390: 2b008052                       mov w11, #0x1
   394: 0c088052                       mov w12, #0x40
   398: 850c8052                       mov w5, #0x64
   39c: 4d018052                       mov w13, #0xa
   3a0: 8e0e40f9                       ldr x14, [x20, #0x18]
   3a4: 23008052                       mov w3, #0x1
   3a8: ff0213eb                       cmp x23, x19
   3ac: 01f9ff54                       b.ne #-0xe0
   3b0: c8ffff17                       b #-0xe0
