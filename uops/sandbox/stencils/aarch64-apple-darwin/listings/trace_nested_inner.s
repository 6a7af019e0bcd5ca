# stencil nested_inner for aarch64-apple-darwin: 884 code bytes, 8 data bytes, 7 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: 150140f9                       ldr x21, [x8]
     c: 130940f9                       ldr x19, [x8, #0x10]
    10: 191540f9                       ldr x25, [x8, #0x28]
    14: d90f0037                       tbnz w25, #0x0, #0x1f8
    18: 290b40b9                       ldr w9, [x25, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 610f0054                       b.ne #0x1ec
    24: 180540f9                       ldr x24, [x8, #0x8]
    28: 2aa743a9                       ldp x10, x9, [x25, #0x38]
    2c: 3a1b40f9                       ldr x26, [x25, #0x30]
    30: 3f0500f1                       cmp x9, #0x1
    34: ab0c0054                       b.lt #0x194
    38: 5f030aeb                       cmp x26, x10
    3c: aa0c0054                       b.ge #0x194
    40: 4803098b                       add x8, x26, x9
    44: 281b00f9                       str x8, [x25, #0x30]
    48: 37008052                       mov w23, #0x1
    4c: f3000037                       tbnz w19, #0x0, #0x1c
    50: 680240f9                       ldr x8, [x19]
    54: 080500f1                       subs x8, x8, #0x1
    58: 680200f9                       str x8, [x19]
    5c: 61000054                       b.ne #0xc
    60: e00313aa                       mov x0, x19
    64: 00000094                       bl #0x0
        # hole +0x64: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    68: 95000037                       tbnz w21, #0x0, #0x10
    6c: a80240f9                       ldr x8, [x21]
    70: 08050091                       add x8, x8, #0x1
    74: a80200f9                       str x8, [x21]
    78: 57fb7fb3                       bfi x23, x26, #1, #63
    7c: 48fb7fd3                       lsl x8, x26, #1
    80: 98000037                       tbnz w24, #0x0, #0x10
    84: 090340f9                       ldr x9, [x24]
    88: 29050091                       add x9, x9, #0x1
    8c: 090300f9                       str x9, [x24]
    90: 0cff4193                       asr x12, x24, #1
    94: 09fd4193                       asr x9, x8, #1
    98: 887d099b                       mul x8, x12, x9
    9c: 897d499b                       smulh x9, x12, x9
    a0: 3ffd88eb                       cmp x9, x8, asr #63
    a4: 09098052                       mov w9, #0x48
    a8: 050a8052                       mov w5, #0x50
    ac: 0a018052                       mov w10, #0x8
    b0: 41130054                       b.ne #0x268
    b4: 0b00f8d2                       mov x11, #-0x4000000000000000
    b8: 0b010b8b                       add x11, x8, x11
    bc: eb12f8b6                       tbz x11, #0x3f, #0x25c
    c0: 29008052                       mov w9, #0x1
    c4: 2b0508aa                       orr x11, x9, x8, lsl #1
    c8: 35130036                       tbz w21, #0x0, #0x264
    cc: 0805958b                       add x8, x8, x21, asr #1
    d0: 0900f8d2                       mov x9, #-0x4000000000000000
    d4: 1f0109ab                       cmn x8, x9
    d8: c5130054                       b.pl #0x278
    dc: 29008052                       mov w9, #0x1
    e0: 280508aa                       orr x8, x9, x8, lsl #1
    e4: c90240f9                       ldr x9, [x22]
    e8: 690a00b5                       cbnz x9, #0x14c
    ec: cfa640a9                       ldp x15, x9, [x22, #0x8]
    f0: ea050091                       add x10, x15, #0x1
    f4: ca0600f9                       str x10, [x22, #0x8]
    f8: 5f0109eb                       cmp x10, x9
    fc: 8a0b0054                       b.ge #0x170
   100: 2a0b40b9                       ldr w10, [x25, #0x8]
   104: 5f110071                       cmp w10, #0x4
   108: 010a0054                       b.ne #0x140
   10c: 2d2f43a9                       ldp x13, x11, [x25, #0x30]
   110: a0f97fd3                       lsl x0, x13, #1
   114: 2e2340f9                       ldr x14, [x25, #0x40]
   118: d0f97fd3                       lsl x16, x14, #1
   11c: f1090091                       add x17, x15, #0x2
   120: 1a00f8d2                       mov x26, #-0x4000000000000000
   124: 3b008052                       mov w27, #0x1
   128: ef0300aa                       mov x15, x0
   12c: df0500f1                       cmp x14, #0x1
   130: 8b000054                       b.lt #0x10
   134: bf010beb                       cmp x13, x11
   138: 8b000054                       b.lt #0x10
   13c: 28000014                       b #0xa0
   140: bf010beb                       cmp x13, x11
   144: cd040054                       b.le #0x98
   148: ad010e8b                       add x13, x13, x14
   14c: 2d1b00f9                       str x13, [x25, #0x30]
   150: 98000037                       tbnz w24, #0x0, #0x10
   154: 170340f9                       ldr x23, [x24]
   158: f7060091                       add x23, x23, #0x1
   15c: 170300f9                       str x23, [x24]
   160: f7fd4193                       asr x23, x15, #1
   164: 9c7d179b                       mul x28, x12, x23
   168: 977d579b                       smulh x23, x12, x23
   16c: fffe9ceb                       cmp x23, x28, asr #63
   170: a10b0054                       b.ne #0x174
   174: 97031a8b                       add x23, x28, x26
   178: 770bf8b6                       tbz x23, #0x3f, #0x16c
   17c: 9707888b                       add x23, x28, x8, asr #1
   180: ff021aab                       cmn x23, x26
   184: c50b0054                       b.pl #0x178
   188: 680717aa                       orr x8, x27, x23, lsl #1
   18c: d10600f9                       str x17, [x22, #0x8]
   190: 3f0209eb                       cmp x17, x9
   194: 6a060054                       b.ge #0xcc
   198: f7050091                       add x23, x15, #0x1
   19c: e001108b                       add x0, x15, x16
   1a0: 31060091                       add x17, x17, #0x1
   1a4: 5f110071                       cmp w10, #0x4
   1a8: 00fcff54                       b.eq #-0x80
   1ac: 2a008052                       mov w10, #0x1
   1b0: 58051caa                       orr x24, x10, x28, lsl #1
   1b4: f7050091                       add x23, x15, #0x1
   1b8: 09068052                       mov w9, #0x30
   1bc: 45018052                       mov w5, #0xa
   1c0: e3030aaa                       mov x3, x10
   1c4: 31000014                       b #0xc4
   1c8: 5f030aeb                       cmp x26, x10
   1cc: acf3ff54                       b.gt #-0x18c
   1d0: 15c10091                       add x21, x8, #0x30
   1d4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1d8: 00000014                       b #0x0
        # hole +0x1d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[2]+0
   1dc: 1f0115eb                       cmp x8, x21
   1e0: 60000054                       b.eq #0xc
   1e4: 890e40f9                       ldr x9, [x20, #0x18]
   1e8: 280100f9                       str x8, [x9]
   1ec: ff0213eb                       cmp x23, x19
   1f0: 60000054                       b.eq #0xc
   1f4: 880e40f9                       ldr x8, [x20, #0x18]
   1f8: 170900f9                       str x23, [x8, #0x10]
   1fc: 880e40f9                       ldr x8, [x20, #0x18]
   200: 15c10091                       add x21, x8, #0x30
   204: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   208: 00000014                       b #0x0
        # hole +0x208: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[2]+0
   20c: 09068052                       mov w9, #0x30
   210: 45018052                       mov w5, #0xa
   214: 2a008052                       mov w10, #0x1
   218: f70313aa                       mov x23, x19
   21c: 8c0e40f9                       ldr x12, [x20, #0x18]
   220: 23008052                       mov w3, #0x1
   224: f8030baa                       mov x24, x11
   228: 7f0213eb                       cmp x19, x19
   22c: c1030054                       b.ne #0x78
   230: 1e000014                       b #0x78
   234: 43008052                       mov w3, #0x2
   238: 09068052                       mov w9, #0x30
   23c: 050f8052                       mov w5, #0x78
   240: 8a018052                       mov w10, #0xc
   244: 10000014                       b #0x40
   248: 23008052                       mov w3, #0x1
   24c: 09068052                       mov w9, #0x30
   250: 45018052                       mov w5, #0xa
   254: f8030baa                       mov x24, x11
   258: 2a008052                       mov w10, #0x1
   25c: 0b000014                       b #0x2c
   260: 29008052                       mov w9, #0x1
   264: 2b051caa                       orr x11, x9, x28, lsl #1
   268: f7050091                       add x23, x15, #0x1
   26c: 29008052                       mov w9, #0x1
   270: 43008052                       mov w3, #0x2
   274: c90200f9                       str x9, [x22]
   278: 09068052                       mov w9, #0x30
   27c: 45108052                       mov w5, #0x82
   280: aa018052                       mov w10, #0xd
   284: f8030baa                       mov x24, x11
   288: 8c0e40f9                       ldr x12, [x20, #0x18]
   28c: 1f0115eb                       cmp x8, x21
   290: 40000054                       b.eq #0x8
   294: 880100f9                       str x8, [x12]
   298: f50308aa                       mov x21, x8
   29c: ff0213eb                       cmp x23, x19
   2a0: 40000054                       b.eq #0x8
   2a4: 970900f9                       str x23, [x12, #0x10]
   2a8: 3fc500f1                       cmp x9, #0x31
   2ac: a3000054                       b.lo #0x14
   2b0: 956103a9                       stp x21, x24, [x12, #0x30]
   2b4: 3f0501f1                       cmp x9, #0x41
   2b8: 43000054                       b.lo #0x8
   2bc: 972100f9                       str x23, [x12, #0x40]
   2c0: 08000090                       adrp x8, #0
        # hole +0x2c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   2c4: 080140f9                       ldr x8, [x8]
        # hole +0x2c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   2c8: 8101098b                       add x1, x12, x9
   2cc: 04010a8b                       add x4, x8, x10
   2d0: e00314aa                       mov x0, x20
   2d4: e20316aa                       mov x2, x22
   2d8: 00000094                       bl #0x0
        # hole +0x2d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2dc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2e0: c0035fd6                       ret
   2e4: f7050091                       add x23, x15, #0x1
   2e8: 23008052                       mov w3, #0x1
   2ec: 09098052                       mov w9, #0x48
   2f0: 050a8052                       mov w5, #0x50
   2f4: 0a018052                       mov w10, #0x8
   2f8: e4ffff17                       b #-0x70
   2fc: 23008052                       mov w3, #0x1
   300: 78041caa                       orr x24, x3, x28, lsl #1
   304: f7050091                       add x23, x15, #0x1
   308: 09088052                       mov w9, #0x40
   30c: 850c8052                       mov w5, #0x64
   310: 4a018052                       mov w10, #0xa
   314: ddffff17                       b #-0x8c
   318: 8c0e40f9                       ldr x12, [x20, #0x18]
   31c: 23008052                       mov w3, #0x1
   320: ff0213eb                       cmp x23, x19
   324: 01fcff54                       b.ne #-0x80
   328: e0ffff17                       b #-0x80
   32c: 09088052                       mov w9, #0x40
   330: 450b8052                       mov w5, #0x5a
   334: 2a018052                       mov w10, #0x9
   338: 8c0e40f9                       ldr x12, [x20, #0x18]
   33c: 23008052                       mov w3, #0x1
   340: f8030baa                       mov x24, x11
   344: ff0213eb                       cmp x23, x19
   348: e1faff54                       b.ne #-0xa4
   34c: d7ffff17                       b #-0xa4
   350: 09088052                       mov w9, #0x40
   354: 850c8052                       mov w5, #0x64
   358: 4a018052                       mov w10, #0xa
   35c: 8c0e40f9                       ldr x12, [x20, #0x18]
   360: 23008052                       mov w3, #0x1
   364: f8030baa                       mov x24, x11
   368: ff0213eb                       cmp x23, x19
   36c: c1f9ff54                       b.ne #-0xc8
   370: ceffff17                       b #-0xc8
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
