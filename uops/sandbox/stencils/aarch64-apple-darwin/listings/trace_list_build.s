# stencil list_build for aarch64-apple-darwin: 924 code bytes, 8 data bytes, 9 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: 880e40f9                       ldr x8, [x20, #0x18]
     c: 150940f9                       ldr x21, [x8, #0x10]
    10: d5010037                       tbnz w21, #0x0, #0x38
    14: a90a40b9                       ldr w9, [x21, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: e1010054                       b.ne #0x3c
    20: 136140a9                       ldp x19, x24, [x8]
    24: a9a243a9                       ldp x9, x8, [x21, #0x38]
    28: b71a40f9                       ldr x23, [x21, #0x30]
    2c: 1f0500f1                       cmp x8, #0x1
    30: 4b030054                       b.lt #0x68
    34: ff0209eb                       cmp x23, x9
    38: 4b030054                       b.lt #0x68
    3c: 5a008052                       mov w26, #0x2
    40: 98028052                       mov w24, #0x14
    44: 07000014                       b #0x1c
    48: 23008052                       mov w3, #0x1
    4c: 58018052                       mov w24, #0xa
    50: 3a008052                       mov w26, #0x1
    54: 04000014                       b #0x10
    58: 3a008052                       mov w26, #0x1
    5c: 58018052                       mov w24, #0xa
    60: e3031aaa                       mov x3, x26
    64: 890e40f9                       ldr x9, [x20, #0x18]
    68: 1b038052                       mov w27, #0x18
    6c: 08000090                       adrp x8, #0
        # hole +0x6c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    70: 080140f9                       ldr x8, [x8]
        # hole +0x70: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    74: 21011b8b                       add x1, x9, x27
    78: 04011a8b                       add x4, x8, x26
    7c: e00314aa                       mov x0, x20
    80: e20316aa                       mov x2, x22
    84: e50318aa                       mov x5, x24
    88: 00000094                       bl #0x0
        # hole +0x88: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    8c: fd7b41a9                       ldp x29, x30, [sp, #0x10]
    90: ff830091                       add sp, sp, #0x20
    94: c0035fd6                       ret
    98: ff0209eb                       cmp x23, x9
    9c: 0dfdff54                       b.le #-0x60
    a0: e802088b                       add x8, x23, x8
    a4: a81a00f9                       str x8, [x21, #0x30]
    a8: 39008052                       mov w25, #0x1
    ac: f8000037                       tbnz w24, #0x0, #0x1c
    b0: 080340f9                       ldr x8, [x24]
    b4: 080500f1                       subs x8, x8, #0x1
    b8: 080300f9                       str x8, [x24]
    bc: 61000054                       b.ne #0xc
    c0: e00318aa                       mov x0, x24
    c4: 00000094                       bl #0x0
        # hole +0xc4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: f80700f9                       str x24, [sp, #0x8]
    cc: f9fa7fb3                       bfi x25, x23, #1, #63
    d0: e8fa7fd3                       lsl x8, x23, #1
    d4: 93000037                       tbnz w19, #0x0, #0x10
    d8: 690240f9                       ldr x9, [x19]
    dc: 29050091                       add x9, x9, #0x1
    e0: 690200f9                       str x9, [x19]
    e4: 1c008052                       mov w28, #0x0
    e8: 09fd4193                       asr x9, x8, #1
    ec: 287d099b                       mul x8, x9, x9
    f0: 297d499b                       smulh x9, x9, x9
    f4: 3ffd88eb                       cmp x9, x8, asr #63
    f8: 23008052                       mov w3, #0x1
    fc: 1b068052                       mov w27, #0x30
   100: 180a8052                       mov w24, #0x50
   104: 1a018052                       mov w26, #0x8
   108: 21140054                       b.ne #0x284
   10c: 0900f8d2                       mov x9, #-0x4000000000000000
   110: 0901098b                       add x9, x8, x9
   114: c913f8b6                       tbz x9, #0x3f, #0x278
   118: 29008052                       mov w9, #0x1
   11c: 370508aa                       orr x23, x9, x8, lsl #1
   120: e00316aa                       mov x0, x22
   124: e10313aa                       mov x1, x19
   128: e20317aa                       mov x2, x23
   12c: 00000094                       bl #0x0
        # hole +0x12c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
   130: 000a0035                       cbnz w0, #0x140
   134: f3000037                       tbnz w19, #0x0, #0x1c
   138: 680240f9                       ldr x8, [x19]
   13c: 080500f1                       subs x8, x8, #0x1
   140: 680200f9                       str x8, [x19]
   144: 61000054                       b.ne #0xc
   148: e00313aa                       mov x0, x19
   14c: 00000094                       bl #0x0
        # hole +0x14c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   150: c8a640a9                       ldp x8, x9, [x22, #0x8]
   154: 08050091                       add x8, x8, #0x1
   158: c80600f9                       str x8, [x22, #0x8]
   15c: 1f0109eb                       cmp x8, x9
   160: 8a090054                       b.ge #0x130
   164: c80240f9                       ldr x8, [x22]
   168: 080a00b5                       cbnz x8, #0x140
   16c: a80a40b9                       ldr w8, [x21, #0x8]
   170: 1f110071                       cmp w8, #0x4
   174: 410c0054                       b.ne #0x188
   178: 1b068052                       mov w27, #0x30
   17c: 180a8052                       mov w24, #0x50
   180: 1a018052                       mov w26, #0x8
   184: aaa643a9                       ldp x10, x9, [x21, #0x38]
   188: a81a40f9                       ldr x8, [x21, #0x30]
   18c: 3f0500f1                       cmp x9, #0x1
   190: 8b000054                       b.lt #0x10
   194: 1f010aeb                       cmp x8, x10
   198: 8b000054                       b.lt #0x10
   19c: 60000014                       b #0x180
   1a0: 1f010aeb                       cmp x8, x10
   1a4: cd0b0054                       b.le #0x178
   1a8: 0901098b                       add x9, x8, x9
   1ac: a91a00f9                       str x9, [x21, #0x30]
   1b0: 93000037                       tbnz w19, #0x0, #0x10
   1b4: 690240f9                       ldr x9, [x19]
   1b8: 29050091                       add x9, x9, #0x1
   1bc: 690200f9                       str x9, [x19]
   1c0: 09f97fd3                       lsl x9, x8, #1
   1c4: 39008052                       mov w25, #0x1
   1c8: 19f97fb3                       bfi x25, x8, #1, #63
   1cc: 29fd4193                       asr x9, x9, #1
   1d0: 287d099b                       mul x8, x9, x9
   1d4: 297d499b                       smulh x9, x9, x9
   1d8: 3ffd88eb                       cmp x9, x8, asr #63
   1dc: 23008052                       mov w3, #0x1
   1e0: c10c0054                       b.ne #0x198
   1e4: 0900f8d2                       mov x9, #-0x4000000000000000
   1e8: 0901098b                       add x9, x8, x9
   1ec: 690cf8b6                       tbz x9, #0x3f, #0x18c
   1f0: 3c008052                       mov w28, #0x1
   1f4: 970708aa                       orr x23, x28, x8, lsl #1
   1f8: e00316aa                       mov x0, x22
   1fc: e10313aa                       mov x1, x19
   200: e20317aa                       mov x2, x23
   204: 00000094                       bl #0x0
        # hole +0x204: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
   208: a0090035                       cbnz w0, #0x134
   20c: f3000037                       tbnz w19, #0x0, #0x1c
   210: 680240f9                       ldr x8, [x19]
   214: 080500f1                       subs x8, x8, #0x1
   218: 680200f9                       str x8, [x19]
   21c: 61000054                       b.ne #0xc
   220: e00313aa                       mov x0, x19
   224: 00000094                       bl #0x0
        # hole +0x224: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   228: c8a640a9                       ldp x8, x9, [x22, #0x8]
   22c: 08050091                       add x8, x8, #0x1
   230: c80600f9                       str x8, [x22, #0x8]
   234: 1f0109eb                       cmp x8, x9
   238: ca020054                       b.ge #0x58
   23c: c80240f9                       ldr x8, [x22]
   240: c80800b5                       cbnz x8, #0x118
   244: a80a40b9                       ldr w8, [x21, #0x8]
   248: 1f110071                       cmp w8, #0x4
   24c: c0f9ff54                       b.eq #-0xc8
   250: 0b008052                       mov w11, #0x0
   254: 1c008052                       mov w28, #0x0
   258: 08008052                       mov w8, #0x0
   25c: 3a008052                       mov w26, #0x1
   260: e3031aaa                       mov x3, x26
   264: 58018052                       mov w24, #0xa
   268: 1b038052                       mov w27, #0x18
   26c: 16000014                       b #0x58
   270: 08008052                       mov w8, #0x0
   274: 63008052                       mov w3, #0x3
   278: 1b048052                       mov w27, #0x20
   27c: 580b8052                       mov w24, #0x5a
   280: 3a018052                       mov w26, #0x9
   284: 3c008052                       mov w28, #0x1
   288: 2b008052                       mov w11, #0x1
   28c: 0e000014                       b #0x38
   290: 0b008052                       mov w11, #0x0
   294: 1c008052                       mov w28, #0x0
   298: 08008052                       mov w8, #0x0
   29c: 29008052                       mov w9, #0x1
   2a0: c90200f9                       str x9, [x22]
   2a4: 04000014                       b #0x10
   2a8: 0b008052                       mov w11, #0x0
   2ac: 1c008052                       mov w28, #0x0
   2b0: 08008052                       mov w8, #0x0
   2b4: 43008052                       mov w3, #0x2
   2b8: 1b038052                       mov w27, #0x18
   2bc: d80d8052                       mov w24, #0x6e
   2c0: 7a018052                       mov w26, #0xb
   2c4: 890e40f9                       ldr x9, [x20, #0x18]
   2c8: ea0740f9                       ldr x10, [sp, #0x8]
   2cc: 3f030aeb                       cmp x25, x10
   2d0: 40000054                       b.eq #0x8
   2d4: 390500f9                       str x25, [x9, #0x8]
   2d8: 8becff34                       cbz w11, #-0x270
   2dc: 330d00f9                       str x19, [x9, #0x18]
   2e0: 7c000036                       tbz w28, #0x0, #0xc
   2e4: 1b048052                       mov w27, #0x20
   2e8: 61ffff17                       b #-0x27c
   2ec: 371100f9                       str x23, [x9, #0x20]
   2f0: e8ebff34                       cbz w8, #-0x284
   2f4: 391500f9                       str x25, [x9, #0x28]
   2f8: 5dffff17                       b #-0x28c
   2fc: 0b008052                       mov w11, #0x0
   300: 1c008052                       mov w28, #0x0
   304: 08008052                       mov w8, #0x0
   308: 3a008052                       mov w26, #0x1
   30c: 1b038052                       mov w27, #0x18
   310: 58018052                       mov w24, #0xa
   314: e3031aaa                       mov x3, x26
   318: ebffff17                       b #-0x54
   31c: 0b008052                       mov w11, #0x0
   320: 1c008052                       mov w28, #0x0
   324: 08008052                       mov w8, #0x0
   328: 5a008052                       mov w26, #0x2
   32c: e3031aaa                       mov x3, x26
   330: 98028052                       mov w24, #0x14
   334: 1b038052                       mov w27, #0x18
   338: e3ffff17                       b #-0x74
   33c: 08008052                       mov w8, #0x0
   340: 63008052                       mov w3, #0x3
   344: 3a018052                       mov w26, #0x9
   348: 580b8052                       mov w24, #0x5a
   34c: eb031caa                       mov x11, x28
   350: 1b048052                       mov w27, #0x20
   354: dcffff17                       b #-0x90
   358: 0b008052                       mov w11, #0x0
   35c: 1c008052                       mov w28, #0x0
   360: 08008052                       mov w8, #0x0
   364: 43008052                       mov w3, #0x2
   368: 7a018052                       mov w26, #0xb
   36c: d80d8052                       mov w24, #0x6e
   370: 1b038052                       mov w27, #0x18
   374: d4ffff17                       b #-0xb0
   378: 1c008052                       mov w28, #0x0
   37c: f70319aa                       mov x23, x25
   380: 2b008052                       mov w11, #0x1
   384: 28008052                       mov w8, #0x1
   388: cfffff17                       b #-0xc4
   38c: f70319aa                       mov x23, x25
   390: eb0303aa                       mov x11, x3
   394: 28008052                       mov w8, #0x1
   398: cbffff17                       b #-0xd4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
