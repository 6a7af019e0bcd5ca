# stencil countdown_compare for aarch64-apple-darwin: 828 code bytes, 16 data bytes, 11 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: e20316aa                       mov x2, x22
     8: e00314aa                       mov x0, x20
     c: 880e40f9                       ldr x8, [x20, #0x18]
    10: 090140f9                       ldr x9, [x8]
    14: 09010037                       tbnz w9, #0x0, #0x20
    18: 2a0140f9                       ldr x10, [x9]
    1c: 4a050091                       add x10, x10, #0x1
    20: 2a0100f9                       str x10, [x9]
    24: 2b008052                       mov w11, #0x1
    28: 6e008052                       mov w14, #0x3
    2c: c5038052                       mov w5, #0x1e
    30: 20000014                       b #0x80
    34: 2cfd4193                       asr x12, x9, #1
    38: 9f0500f1                       cmp x12, #0x1
    3c: ab140054                       b.lt #0x294
    40: 0aad40a9                       ldp x10, x11, [x8, #0x8]
    44: 8b000037                       tbnz w11, #0x0, #0x10
    48: 6d0140f9                       ldr x13, [x11]
    4c: ad050091                       add x13, x13, #0x1
    50: 6d0100f9                       str x13, [x11]
    54: ab020036                       tbz w11, #0x0, #0x54
    58: 8e058bcb                       sub x14, x12, x11, asr #1
    5c: 0c00f892                       mov x12, #0x3fffffffffffffff
    60: df010ceb                       cmp x14, x12
    64: 6c140054                       b.gt #0x28c
    68: 2c008052                       mov w12, #0x1
    6c: 8c050eaa                       orr x12, x12, x14, lsl #1
    70: aa030037                       tbnz w10, #0x0, #0x74
    74: 0f008052                       mov w15, #0x0
    78: 4b0140f9                       ldr x11, [x10]
    7c: 6b050091                       add x11, x11, #0x1
    80: 4b0100f9                       str x11, [x10]
    84: 23008052                       mov w3, #0x1
    88: 10058052                       mov w16, #0x28
    8c: 45108052                       mov w5, #0x82
    90: ae018052                       mov w14, #0xd
    94: ab008052                       mov w11, #0x5
    98: f1030aaa                       mov x17, x10
    9c: ed030aaa                       mov x13, x10
    a0: 33008052                       mov w19, #0x1
    a4: 4d000014                       b #0x134
    a8: 0e018052                       mov w14, #0x8
    ac: 050a8052                       mov w5, #0x50
    b0: 090d00f9                       str x9, [x8, #0x18]
    b4: 23008052                       mov w3, #0x1
    b8: 10058052                       mov w16, #0x28
    bc: 09048052                       mov w9, #0x20
    c0: 0b6929f8                       str x11, [x8, x9]
    c4: e90310aa                       mov x9, x16
    c8: 0a000090                       adrp x10, #0
        # hole +0xc8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    cc: 4a0140f9                       ldr x10, [x10]
        # hole +0xcc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    d0: 0101098b                       add x1, x8, x9
    d4: 44010e8b                       add x4, x10, x14
    d8: 00000094                       bl #0x0
        # hole +0xd8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    dc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    e0: c0035fd6                       ret
    e4: 8d008092                       mov x13, #-0x5
    e8: edffeff2                       movk x13, #0x7fff, lsl #48
    ec: 5f010deb                       cmp x10, x13
    f0: 6c100054                       b.gt #0x20c
    f4: 4d110091                       add x13, x10, #0x4
    f8: 4f0040f9                       ldr x15, [x2]
    fc: ef0500b5                       cbnz x15, #0xbc
   100: 4fcc40a9                       ldp x15, x19, [x2, #0x8]
   104: f4050091                       add x20, x15, #0x1
   108: 540400f9                       str x20, [x2, #0x8]
   10c: 9f0213eb                       cmp x20, x19
   110: 2a040054                       b.ge #0x84
   114: 2b080036                       tbz w11, #0x0, #0x104
   118: 75fd4193                       asr x21, x11, #1
   11c: 11000090                       adrp x17, #0
        # hole +0x11c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   120: 310240f9                       ldr x17, [x17]
        # hole +0x120: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   124: 10048052                       mov w16, #0x20
   128: 45068052                       mov w5, #0x32
   12c: ae008052                       mov w14, #0x5
   130: 1600f892                       mov x22, #0x3fffffffffffffff
   134: 37008052                       mov w23, #0x1
   138: 98008092                       mov x24, #-0x5
   13c: f8ffeff2                       movk x24, #0x7fff, lsl #48
   140: 9f0900f1                       cmp x12, #0x2
   144: efa79f1a                       cset w15, lt
   148: 2b0a0054                       b.lt #0x144
   14c: 8b000037                       tbnz w11, #0x0, #0x10
   150: 790140f9                       ldr x25, [x11]
   154: 39070091                       add x25, x25, #0x1
   158: 790100f9                       str x25, [x11]
   15c: 99fd41d3                       lsr x25, x12, #1
   160: 390315cb                       sub x25, x25, x21
   164: 3f0316eb                       cmp x25, x22
   168: ac090054                       b.gt #0x134
   16c: ec0619aa                       orr x12, x23, x25, lsl #1
   170: 6d070036                       tbz w13, #0x0, #0xec
   174: bf0118eb                       cmp x13, x24
   178: cc090054                       b.gt #0x138
   17c: adf97f92                       and x13, x13, #0xfffffffffffffffe
   180: ad150091                       add x13, x13, #0x5
   184: 94060091                       add x20, x20, #0x1
   188: 540400f9                       str x20, [x2, #0x8]
   18c: 9f0213eb                       cmp x20, x19
   190: 8bfdff54                       b.lt #-0x50
   194: 13008052                       mov w19, #0x0
   198: 0f008052                       mov w15, #0x0
   19c: 2b008052                       mov w11, #0x1
   1a0: 4b0000f9                       str x11, [x2]
   1a4: 43008052                       mov w3, #0x2
   1a8: 10038052                       mov w16, #0x18
   1ac: 45158052                       mov w5, #0xaa
   1b0: 2e028052                       mov w14, #0x11
   1b4: 07000014                       b #0x1c
   1b8: 13008052                       mov w19, #0x0
   1bc: 0f008052                       mov w15, #0x0
   1c0: 43008052                       mov w3, #0x2
   1c4: 10038052                       mov w16, #0x18
   1c8: 05148052                       mov w5, #0xa0
   1cc: 0e028052                       mov w14, #0x10
   1d0: ab008052                       mov w11, #0x5
   1d4: f1030daa                       mov x17, x13
   1d8: 9f0109eb                       cmp x12, x9
   1dc: 01010054                       b.ne #0x20
   1e0: bf010aeb                       cmp x13, x10
   1e4: 21010054                       b.ne #0x24
   1e8: 53010036                       tbz w19, #0x0, #0x28
   1ec: 110d00f9                       str x17, [x8, #0x18]
   1f0: 09048052                       mov w9, #0x20
   1f4: 6ff60736                       tbz w15, #0x0, #-0x134
   1f8: b4ffff17                       b #-0x130
   1fc: 0c0100f9                       str x12, [x8]
   200: bf010aeb                       cmp x13, x10
   204: 20ffff54                       b.eq #-0x1c
   208: 0d0500f9                       str x13, [x8, #0x8]
   20c: 13ff0737                       tbnz w19, #0x0, #-0x20
   210: 09038052                       mov w9, #0x18
   214: adffff17                       b #-0x14c
   218: df0500f1                       cmp x14, #0x1
   21c: cb070054                       b.lt #0xf8
   220: 0f008052                       mov w15, #0x0
   224: eb000037                       tbnz w11, #0x0, #0x1c
   228: 6e0140f9                       ldr x14, [x11]
   22c: ce050091                       add x14, x14, #0x1
   230: 23008052                       mov w3, #0x1
   234: 10058052                       mov w16, #0x28
   238: 6e0100f9                       str x14, [x11]
   23c: 03000014                       b #0xc
   240: 23008052                       mov w3, #0x1
   244: 10058052                       mov w16, #0x28
   248: 050a8052                       mov w5, #0x50
   24c: 0e018052                       mov w14, #0x8
   250: f1030caa                       mov x17, x12
   254: 33008052                       mov w19, #0x1
   258: e0ffff17                       b #-0x80
   25c: 0f008052                       mov w15, #0x0
   260: ab0140f9                       ldr x11, [x13]
   264: 6b050091                       add x11, x11, #0x1
   268: 23008052                       mov w3, #0x1
   26c: 10058052                       mov w16, #0x28
   270: ab0100f9                       str x11, [x13]
   274: 45108052                       mov w5, #0x82
   278: ae018052                       mov w14, #0xd
   27c: ab008052                       mov w11, #0x5
   280: f1030daa                       mov x17, x13
   284: 33008052                       mov w19, #0x1
   288: d4ffff17                       b #-0xb0
   28c: 2b008052                       mov w11, #0x1
   290: 43008052                       mov w3, #0x2
   294: 33008052                       mov w19, #0x1
   298: d0ffff17                       b #-0xc0
   29c: 23008052                       mov w3, #0x1
   2a0: f1030caa                       mov x17, x12
   2a4: 2e018052                       mov w14, #0x9
   2a8: 450b8052                       mov w5, #0x5a
   2ac: 06000014                       b #0x18
   2b0: 23008052                       mov w3, #0x1
   2b4: f1030daa                       mov x17, x13
   2b8: ab008052                       mov w11, #0x5
   2bc: ce018052                       mov w14, #0xe
   2c0: 85118052                       mov w5, #0x8c
   2c4: 33008052                       mov w19, #0x1
   2c8: 10058052                       mov w16, #0x28
   2cc: c3ffff17                       b #-0xf4
   2d0: 43008052                       mov w3, #0x2
   2d4: 0b000090                       adrp x11, #0
        # hole +0x2d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   2d8: 6b0140f9                       ldr x11, [x11]
        # hole +0x2d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   2dc: ae008052                       mov w14, #0x5
   2e0: 45068052                       mov w5, #0x32
   2e4: 10048052                       mov w16, #0x20
   2e8: 09038052                       mov w9, #0x18
   2ec: 75ffff17                       b #-0x22c
   2f0: 2e018052                       mov w14, #0x9
   2f4: 450b8052                       mov w5, #0x5a
   2f8: 6effff17                       b #-0x248
   2fc: 0f008052                       mov w15, #0x0
   300: 23008052                       mov w3, #0x1
   304: 10058052                       mov w16, #0x28
   308: 85118052                       mov w5, #0x8c
   30c: ce018052                       mov w14, #0xe
   310: 61ffff17                       b #-0x27c
   314: 2b008052                       mov w11, #0x1
   318: 11000090                       adrp x17, #0
        # hole +0x318: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   31c: 310240f9                       ldr x17, [x17]
        # hole +0x31c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   320: 43008052                       mov w3, #0x2
   324: 10048052                       mov w16, #0x20
   328: 45068052                       mov w5, #0x32
   32c: ae008052                       mov w14, #0x5
   330: 33008052                       mov w19, #0x1
   334: 2f008052                       mov w15, #0x1
   338: a8ffff17                       b #-0x160
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 index+0
