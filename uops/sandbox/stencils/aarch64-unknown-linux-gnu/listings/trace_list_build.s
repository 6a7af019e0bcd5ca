# stencil list_build for aarch64-unknown-linux-gnu: 940 code bytes, 0 data bytes, 10 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: 890e40f9                       ldr x9, [x20, #0x18]
     8: fd7b01a9                       stp x29, x30, [sp, #0x10]
     c: 3d0940f9                       ldr x29, [x9, #0x10]
    10: dd010037                       tbnz w29, #0x0, #0x38
    14: a80b40b9                       ldr w8, [x29, #0x8]
    18: 1f110071                       cmp w8, #0x4
    1c: e1010054                       b.ne #0x3c
    20: 335d40a9                       ldp x19, x23, [x9]
    24: b51b40f9                       ldr x21, [x29, #0x30]
    28: a9a343a9                       ldp x9, x8, [x29, #0x38]
    2c: 1f0500f1                       cmp x8, #0x1
    30: 8b030054                       b.lt #0x70
    34: bf0209eb                       cmp x21, x9
    38: 8b030054                       b.lt #0x70
    3c: 5a008052                       mov w26, #0x2
    40: 98028052                       mov w24, #0x14
    44: 07000014                       b #0x1c
    48: 23008052                       mov w3, #0x1
    4c: 58018052                       mov w24, #0xa
    50: 3a008052                       mov w26, #0x1
    54: 04000014                       b #0x10
    58: 3a008052                       mov w26, #0x1
    5c: 58018052                       mov w24, #0xa
    60: e3031a2a                       mov w3, w26
    64: 890e40f9                       ldr x9, [x20, #0x18]
    68: 1b038052                       mov w27, #0x18
    6c: 080080d2                       mov x8, #0x0
        # hole +0x6c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    70: 21011b8b                       add x1, x9, x27
    74: e00314aa                       mov x0, x20
    78: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x78: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    7c: e20316aa                       mov x2, x22
    80: e50318aa                       mov x5, x24
    84: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x84: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    88: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x88: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    8c: 04011a8b                       add x4, x8, x26
    90: 00000094                       bl #0x0
        # hole +0x90: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    94: fd7b41a9                       ldp x29, x30, [sp, #0x10]
    98: ff830091                       add sp, sp, #0x20
    9c: c0035fd6                       ret
    a0: bf0209eb                       cmp x21, x9
    a4: cdfcff54                       b.le #-0x68
    a8: a802088b                       add x8, x21, x8
    ac: 39008052                       mov w25, #0x1
    b0: a81b00f9                       str x8, [x29, #0x30]
    b4: f7000037                       tbnz w23, #0x0, #0x1c
    b8: e80240f9                       ldr x8, [x23]
    bc: 080500f1                       subs x8, x8, #0x1
    c0: e80200f9                       str x8, [x23]
    c4: 61000054                       b.ne #0xc
    c8: e00317aa                       mov x0, x23
    cc: 00000094                       bl #0x0
        # hole +0xcc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    d0: b9fa7fb3                       bfi x25, x21, #1, #63
    d4: a8fa7fd3                       lsl x8, x21, #1
    d8: 93000037                       tbnz w19, #0x0, #0x10
    dc: 690240f9                       ldr x9, [x19]
    e0: 29050091                       add x9, x9, #0x1
    e4: 690200f9                       str x9, [x19]
    e8: 09fd4193                       asr x9, x8, #1
    ec: f5031f2a                       mov w21, wzr
    f0: 23008052                       mov w3, #0x1
    f4: 1b068052                       mov w27, #0x30
    f8: 180a8052                       mov w24, #0x50
    fc: 1a018052                       mov w26, #0x8
   100: 287d099b                       mul x8, x9, x9
   104: f70700f9                       str x23, [sp, #0x8]
   108: 297d499b                       smulh x9, x9, x9
   10c: 3ffd88eb                       cmp x9, x8, asr #63
   110: 61140054                       b.ne #0x28c
   114: 0900f8d2                       mov x9, #-0x4000000000000000
   118: 0901098b                       add x9, x8, x9
   11c: 0914f8b6                       tbz x9, #0x3f, #0x280
   120: 35008052                       mov w21, #0x1
   124: e00316aa                       mov x0, x22
   128: e10313aa                       mov x1, x19
   12c: b70608aa                       orr x23, x21, x8, lsl #1
   130: e20317aa                       mov x2, x23
   134: 00000094                       bl #0x0
        # hole +0x134: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_list_append+0
   138: 400a0035                       cbnz w0, #0x148
   13c: f3000037                       tbnz w19, #0x0, #0x1c
   140: 680240f9                       ldr x8, [x19]
   144: 080500f1                       subs x8, x8, #0x1
   148: 680200f9                       str x8, [x19]
   14c: 61000054                       b.ne #0xc
   150: e00313aa                       mov x0, x19
   154: 00000094                       bl #0x0
        # hole +0x154: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   158: c8a640a9                       ldp x8, x9, [x22, #0x8]
   15c: 08050091                       add x8, x8, #0x1
   160: 1f0109eb                       cmp x8, x9
   164: c80600f9                       str x8, [x22, #0x8]
   168: aa090054                       b.ge #0x134
   16c: c80240f9                       ldr x8, [x22]
   170: 480a00b5                       cbnz x8, #0x148
   174: a80b40b9                       ldr w8, [x29, #0x8]
   178: 1f110071                       cmp w8, #0x4
   17c: 810c0054                       b.ne #0x190
   180: 1500f8d2                       mov x21, #-0x4000000000000000
   184: 1b068052                       mov w27, #0x30
   188: 180a8052                       mov w24, #0x50
   18c: 1a018052                       mov w26, #0x8
   190: a92340f9                       ldr x9, [x29, #0x40]
   194: a81b40f9                       ldr x8, [x29, #0x30]
   198: 3f0500f1                       cmp x9, #0x1
   19c: ab000054                       b.lt #0x14
   1a0: aa1f40f9                       ldr x10, [x29, #0x38]
   1a4: 1f010aeb                       cmp x8, x10
   1a8: ab000054                       b.lt #0x14
   1ac: 60000014                       b #0x180
   1b0: aa1f40f9                       ldr x10, [x29, #0x38]
   1b4: 1f010aeb                       cmp x8, x10
   1b8: ad0b0054                       b.le #0x174
   1bc: 0901098b                       add x9, x8, x9
   1c0: a91b00f9                       str x9, [x29, #0x30]
   1c4: 93000037                       tbnz w19, #0x0, #0x10
   1c8: 690240f9                       ldr x9, [x19]
   1cc: 29050091                       add x9, x9, #0x1
   1d0: 690200f9                       str x9, [x19]
   1d4: 09f97fd3                       lsl x9, x8, #1
   1d8: 39008052                       mov w25, #0x1
   1dc: 23008052                       mov w3, #0x1
   1e0: 19f97fb3                       bfi x25, x8, #1, #63
   1e4: 2afd4193                       asr x10, x9, #1
   1e8: 497d0a9b                       mul x9, x10, x10
   1ec: 4a7d4a9b                       smulh x10, x10, x10
   1f0: 5ffd89eb                       cmp x10, x9, asr #63
   1f4: a10c0054                       b.ne #0x194
   1f8: 2801158b                       add x8, x9, x21
   1fc: 680cf8b6                       tbz x8, #0x3f, #0x18c
   200: 3c008052                       mov w28, #0x1
   204: e00316aa                       mov x0, x22
   208: e10313aa                       mov x1, x19
   20c: 970709aa                       orr x23, x28, x9, lsl #1
   210: e20317aa                       mov x2, x23
   214: 00000094                       bl #0x0
        # hole +0x214: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_list_append+0
   218: a0090035                       cbnz w0, #0x134
   21c: f3000037                       tbnz w19, #0x0, #0x1c
   220: 680240f9                       ldr x8, [x19]
   224: 080500f1                       subs x8, x8, #0x1
   228: 680200f9                       str x8, [x19]
   22c: 61000054                       b.ne #0xc
   230: e00313aa                       mov x0, x19
   234: 00000094                       bl #0x0
        # hole +0x234: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   238: c8a640a9                       ldp x8, x9, [x22, #0x8]
   23c: 08050091                       add x8, x8, #0x1
   240: 1f0109eb                       cmp x8, x9
   244: c80600f9                       str x8, [x22, #0x8]
   248: aa020054                       b.ge #0x54
   24c: c80240f9                       ldr x8, [x22]
   250: c80800b5                       cbnz x8, #0x118
   254: a80b40b9                       ldr w8, [x29, #0x8]
   258: 1f110071                       cmp w8, #0x4
   25c: a0f9ff54                       b.eq #-0xcc
   260: 3a008052                       mov w26, #0x1
   264: fc031f2a                       mov w28, wzr
   268: f5031f2a                       mov w21, wzr
   26c: e8031f2a                       mov w8, wzr
   270: e3031a2a                       mov w3, w26
   274: 58018052                       mov w24, #0xa
   278: 1b038052                       mov w27, #0x18
   27c: 16000014                       b #0x58
   280: e8031f2a                       mov w8, wzr
   284: 63008052                       mov w3, #0x3
   288: 1b048052                       mov w27, #0x20
   28c: 580b8052                       mov w24, #0x5a
   290: 3a018052                       mov w26, #0x9
   294: fc03152a                       mov w28, w21
   298: 0f000014                       b #0x3c
   29c: fc031f2a                       mov w28, wzr
   2a0: f5031f2a                       mov w21, wzr
   2a4: e8031f2a                       mov w8, wzr
   2a8: 29008052                       mov w9, #0x1
   2ac: 43008052                       mov w3, #0x2
   2b0: c90200f9                       str x9, [x22]
   2b4: 05000014                       b #0x14
   2b8: fc031f2a                       mov w28, wzr
   2bc: f5031f2a                       mov w21, wzr
   2c0: e8031f2a                       mov w8, wzr
   2c4: 43008052                       mov w3, #0x2
   2c8: 1b038052                       mov w27, #0x18
   2cc: d80d8052                       mov w24, #0x6e
   2d0: 7a018052                       mov w26, #0xb
   2d4: ea0740f9                       ldr x10, [sp, #0x8]
   2d8: 890e40f9                       ldr x9, [x20, #0x18]
   2dc: 3f030aeb                       cmp x25, x10
   2e0: 61000054                       b.ne #0xc
   2e4: 5cecff34                       cbz w28, #-0x278
   2e8: 03000014                       b #0xc
   2ec: 390500f9                       str x25, [x9, #0x8]
   2f0: fceb0736                       tbz w28, #0x0, #-0x284
   2f4: 330d00f9                       str x19, [x9, #0x18]
   2f8: b5eb0737                       tbnz w21, #0x0, #-0x28c
   2fc: 371100f9                       str x23, [x9, #0x20]
   300: 68ebff34                       cbz w8, #-0x294
   304: 391500f9                       str x25, [x9, #0x28]
   308: 59ffff17                       b #-0x29c
   30c: 3a008052                       mov w26, #0x1
   310: fc031f2a                       mov w28, wzr
   314: f5031f2a                       mov w21, wzr
   318: e8031f2a                       mov w8, wzr
   31c: 1b038052                       mov w27, #0x18
   320: 58018052                       mov w24, #0xa
   324: e3031a2a                       mov w3, w26
   328: ebffff17                       b #-0x54
   32c: 5a008052                       mov w26, #0x2
   330: fc031f2a                       mov w28, wzr
   334: f5031f2a                       mov w21, wzr
   338: e8031f2a                       mov w8, wzr
   33c: e3031a2a                       mov w3, w26
   340: 98028052                       mov w24, #0x14
   344: 1b038052                       mov w27, #0x18
   348: e3ffff17                       b #-0x74
   34c: e8031f2a                       mov w8, wzr
   350: 63008052                       mov w3, #0x3
   354: 3a018052                       mov w26, #0x9
   358: 580b8052                       mov w24, #0x5a
   35c: 35008052                       mov w21, #0x1
   360: 1b048052                       mov w27, #0x20
   364: dcffff17                       b #-0x90
   368: fc031f2a                       mov w28, wzr
   36c: f5031f2a                       mov w21, wzr
   370: e8031f2a                       mov w8, wzr
   374: 43008052                       mov w3, #0x2
   378: 7a018052                       mov w26, #0xb
   37c: d80d8052                       mov w24, #0x6e
   380: 1b038052                       mov w27, #0x18
   384: d4ffff17                       b #-0xb0
   388: f5031f2a                       mov w21, wzr
   38c: f70319aa                       mov x23, x25
   390: 3c008052                       mov w28, #0x1
   394: 28008052                       mov w8, #0x1
   398: cfffff17                       b #-0xc4
   39c: f70319aa                       mov x23, x25
   3a0: fc03032a                       mov w28, w3
   3a4: 28008052                       mov w8, #0x1
   3a8: cbffff17                       b #-0xd4
