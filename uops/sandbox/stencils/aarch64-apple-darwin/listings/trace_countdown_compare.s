# stencil countdown_compare for aarch64-apple-darwin: 624 code bytes, 16 data bytes, 9 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: e20316aa                       mov x2, x22
     8: e00314aa                       mov x0, x20
     c: 880e40f9                       ldr x8, [x20, #0x18]
    10: 090140f9                       ldr x9, [x8]
    14: 0a0940f9                       ldr x10, [x8, #0x10]
    18: 4a060036                       tbz w10, #0x0, #0xc8
    1c: 53fd4193                       asr x19, x10, #1
    20: 11000090                       adrp x17, #0
        # hole +0x20: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    24: 310240f9                       ldr x17, [x17]
        # hole +0x24: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    28: 0c0540f9                       ldr x12, [x8, #0x8]
    2c: 10048052                       mov w16, #0x20
    30: 45068052                       mov w5, #0x32
    34: ab008052                       mov w11, #0x5
    38: 1400f892                       mov x20, #0x3fffffffffffffff
    3c: 35008052                       mov w21, #0x1
    40: 96008092                       mov x22, #-0x5
    44: f6ffeff2                       movk x22, #0x7fff, lsl #48
    48: ed030caa                       mov x13, x12
    4c: ee0309aa                       mov x14, x9
    50: 0e070036                       tbz w14, #0x0, #0xe0
    54: df0900f1                       cmp x14, #0x2
    58: efa79f1a                       cset w15, lt
    5c: ab0a0054                       b.lt #0x154
    60: 8a000037                       tbnz w10, #0x0, #0x10
    64: 570140f9                       ldr x23, [x10]
    68: f7060091                       add x23, x23, #0x1
    6c: 570100f9                       str x23, [x10]
    70: d7fd41d3                       lsr x23, x14, #1
    74: f70213cb                       sub x23, x23, x19
    78: ff0214eb                       cmp x23, x20
    7c: 2c0a0054                       b.gt #0x144
    80: ae0617aa                       orr x14, x21, x23, lsl #1
    84: ed060036                       tbz w13, #0x0, #0xdc
    88: bf0116eb                       cmp x13, x22
    8c: 4c0a0054                       b.gt #0x148
    90: adf97f92                       and x13, x13, #0xfffffffffffffffe
    94: ad150091                       add x13, x13, #0x5
    98: 570040f9                       ldr x23, [x2]
    9c: b70700b5                       cbnz x23, #0xf4
    a0: 4fdc40a9                       ldp x15, x23, [x2, #0x8]
    a4: ef050091                       add x15, x15, #0x1
    a8: 4f0400f9                       str x15, [x2, #0x8]
    ac: ff0117eb                       cmp x15, x23
    b0: 0bfdff54                       b.lt #-0x60
    b4: 13008052                       mov w19, #0x0
    b8: 0f008052                       mov w15, #0x0
    bc: 2a008052                       mov w10, #0x1
    c0: 4a0000f9                       str x10, [x2]
    c4: 43008052                       mov w3, #0x2
    c8: 10038052                       mov w16, #0x18
    cc: 45158052                       mov w5, #0xaa
    d0: 2b028052                       mov w11, #0x11
    d4: aa008052                       mov w10, #0x5
    d8: f1030daa                       mov x17, x13
    dc: 45000014                       b #0x114
    e0: c9000037                       tbnz w9, #0x0, #0x18
    e4: c5038052                       mov w5, #0x1e
    e8: 6b008052                       mov w11, #0x3
    ec: 2a008052                       mov w10, #0x1
    f0: ec0309aa                       mov x12, x9
    f4: 07000014                       b #0x1c
    f8: 3f0900f1                       cmp x9, #0x2
    fc: ab0a0054                       b.lt #0x154
   100: 050a8052                       mov w5, #0x50
   104: 0b018052                       mov w11, #0x8
   108: ec030aaa                       mov x12, x10
   10c: 8a000037                       tbnz w10, #0x0, #0x10
   110: 8d0140f9                       ldr x13, [x12]
   114: ad050091                       add x13, x13, #0x1
   118: 8d0100f9                       str x13, [x12]
   11c: 090d00f9                       str x9, [x8, #0x18]
   120: 23008052                       mov w3, #0x1
   124: 10058052                       mov w16, #0x28
   128: 09048052                       mov w9, #0x20
   12c: 39000014                       b #0xe4
   130: 0f008052                       mov w15, #0x0
   134: ca0140f9                       ldr x10, [x14]
   138: 4b050091                       add x11, x10, #0x1
   13c: 2a008052                       mov w10, #0x1
   140: 10058052                       mov w16, #0x28
   144: cb0100f9                       str x11, [x14]
   148: c5038052                       mov w5, #0x1e
   14c: 6b008052                       mov w11, #0x3
   150: f1030eaa                       mov x17, x14
   154: 23008052                       mov w3, #0x1
   158: 33008052                       mov w19, #0x1
   15c: 25000014                       b #0x94
   160: 0f008052                       mov w15, #0x0
   164: aa0140f9                       ldr x10, [x13]
   168: 4a050091                       add x10, x10, #0x1
   16c: 23008052                       mov w3, #0x1
   170: 10058052                       mov w16, #0x28
   174: aa0100f9                       str x10, [x13]
   178: 45108052                       mov w5, #0x82
   17c: ab018052                       mov w11, #0xd
   180: aa008052                       mov w10, #0x5
   184: f1030daa                       mov x17, x13
   188: 33008052                       mov w19, #0x1
   18c: 19000014                       b #0x64
   190: 13008052                       mov w19, #0x0
   194: 43008052                       mov w3, #0x2
   198: f1030daa                       mov x17, x13
   19c: aa008052                       mov w10, #0x5
   1a0: 0b028052                       mov w11, #0x10
   1a4: 05148052                       mov w5, #0xa0
   1a8: 10038052                       mov w16, #0x18
   1ac: 11000014                       b #0x44
   1b0: 2a008052                       mov w10, #0x1
   1b4: 43008052                       mov w3, #0x2
   1b8: 33008052                       mov w19, #0x1
   1bc: 0d000014                       b #0x34
   1c0: 23008052                       mov w3, #0x1
   1c4: f1030eaa                       mov x17, x14
   1c8: 2b018052                       mov w11, #0x9
   1cc: 450b8052                       mov w5, #0x5a
   1d0: 06000014                       b #0x18
   1d4: 23008052                       mov w3, #0x1
   1d8: f1030daa                       mov x17, x13
   1dc: aa008052                       mov w10, #0x5
   1e0: cb018052                       mov w11, #0xe
   1e4: 85118052                       mov w5, #0x8c
   1e8: 33008052                       mov w19, #0x1
   1ec: 10058052                       mov w16, #0x28
   1f0: df0109eb                       cmp x14, x9
   1f4: 41010054                       b.ne #0x28
   1f8: bf010ceb                       cmp x13, x12
   1fc: 61010054                       b.ne #0x2c
   200: 93010034                       cbz w19, #0x30
   204: 110d00f9                       str x17, [x8, #0x18]
   208: 09048052                       mov w9, #0x20
   20c: 4f010037                       tbnz w15, #0x0, #0x28
   210: 0a6929f8                       str x10, [x8, x9]
   214: e90310aa                       mov x9, x16
   218: 07000014                       b #0x1c
   21c: 0e0100f9                       str x14, [x8]
   220: bf010ceb                       cmp x13, x12
   224: e0feff54                       b.eq #-0x24
   228: 0d0500f9                       str x13, [x8, #0x8]
   22c: d3feff35                       cbnz w19, #-0x28
   230: 09038052                       mov w9, #0x18
   234: 0a000090                       adrp x10, #0
        # hole +0x234: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
   238: 4a0140f9                       ldr x10, [x10]
        # hole +0x238: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
   23c: 0101098b                       add x1, x8, x9
   240: 44010b8b                       add x4, x10, x11
   244: 00000094                       bl #0x0
        # hole +0x244: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   248: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   24c: c0035fd6                       ret
   250: 43008052                       mov w3, #0x2
   254: 0a000090                       adrp x10, #0
        # hole +0x254: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   258: 4a0140f9                       ldr x10, [x10]
        # hole +0x258: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   25c: ab008052                       mov w11, #0x5
   260: 45068052                       mov w5, #0x32
   264: 10048052                       mov w16, #0x20
   268: 09038052                       mov w9, #0x18
   26c: e9ffff17                       b #-0x5c
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 index+0
