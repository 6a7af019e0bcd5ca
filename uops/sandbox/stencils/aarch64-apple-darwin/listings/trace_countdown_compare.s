# stencil countdown_compare for aarch64-apple-darwin: 528 code bytes, 24 data bytes, 12 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b3220091                       add x19, x21, #0x8
     8: 39008052                       mov w25, #0x1
     c: 1a000090                       adrp x26, #0
        # hole +0xc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    10: 5a0340f9                       ldr x26, [x26]
        # hole +0x10: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    14: 1b000090                       adrp x27, #0
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    18: 7b0340f9                       ldr x27, [x27]
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    1c: b8008052                       mov w24, #0x5
    20: 1c00f8d2                       mov x28, #-0x4000000000000000
    24: 97008092                       mov x23, #-0x5
    28: f7ffeff2                       movk x23, #0x7fff, lsl #48
    2c: 880e40f9                       ldr x8, [x20, #0x18]
    30: 090140f9                       ldr x9, [x8]
    34: a9080036                       tbz w9, #0x0, #0x114
    38: 3f0500f1                       cmp x9, #0x1
    3c: 6ac39a9a                       csel x10, x27, x26, gt
    40: aa6600a9                       stp x10, x25, [x21]
    44: 3f0900f1                       cmp x9, #0x2
    48: ab0c0054                       b.lt #0x194
    4c: 090140f9                       ldr x9, [x8]
    50: e9000036                       tbz w9, #0x0, #0x1c
    54: a90200f9                       str x9, [x21]
    58: 0a0940f9                       ldr x10, [x8, #0x10]
    5c: 4a010036                       tbz w10, #0x0, #0x28
    60: 6a0200f9                       str x10, [x19]
    64: aa010037                       tbnz w10, #0x0, #0x34
    68: 41000014                       b #0x104
    6c: 2a0140f9                       ldr x10, [x9]
    70: 4a050091                       add x10, x10, #0x1
    74: 2a0100f9                       str x10, [x9]
    78: a90200f9                       str x9, [x21]
    7c: 0a0940f9                       ldr x10, [x8, #0x10]
    80: 0aff0737                       tbnz w10, #0x0, #-0x20
    84: 4b0140f9                       ldr x11, [x10]
    88: 6b050091                       add x11, x11, #0x1
    8c: 4b0100f9                       str x11, [x10]
    90: 6a0200f9                       str x10, [x19]
    94: ca060036                       tbz w10, #0x0, #0xd8
    98: 29fd4193                       asr x9, x9, #1
    9c: 29058acb                       sub x9, x9, x10, asr #1
    a0: 3f011cab                       cmn x9, x28
    a4: 250a0054                       b.pl #0x144
    a8: 290709aa                       orr x9, x25, x9, lsl #1
    ac: a90200f9                       str x9, [x21]
    b0: 000140f9                       ldr x0, [x8]
    b4: 090100f9                       str x9, [x8]
    b8: e0000037                       tbnz w0, #0x0, #0x1c
    bc: 090040f9                       ldr x9, [x0]
    c0: 290500f1                       subs x9, x9, #0x1
    c4: 090000f9                       str x9, [x0]
    c8: 61000054                       b.ne #0xc
    cc: 00000094                       bl #0x0
        # hole +0xcc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    d0: 880e40f9                       ldr x8, [x20, #0x18]
    d4: 090540f9                       ldr x9, [x8, #0x8]
    d8: 49050036                       tbz w9, #0x0, #0xa8
    dc: a96200a9                       stp x9, x24, [x21]
    e0: 3f0117eb                       cmp x9, x23
    e4: cc080054                       b.gt #0x118
    e8: 29110091                       add x9, x9, #0x4
    ec: a90200f9                       str x9, [x21]
    f0: 000540f9                       ldr x0, [x8, #0x8]
    f4: 090500f9                       str x9, [x8, #0x8]
    f8: c0000037                       tbnz w0, #0x0, #0x18
    fc: 080040f9                       ldr x8, [x0]
   100: 080500f1                       subs x8, x8, #0x1
   104: 080000f9                       str x8, [x0]
   108: 41000054                       b.ne #0x8
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   110: c80240f9                       ldr x8, [x22]
   114: a80400b5                       cbnz x8, #0x94
   118: c8a640a9                       ldp x8, x9, [x22, #0x8]
   11c: 08050091                       add x8, x8, #0x1
   120: c80600f9                       str x8, [x22, #0x8]
   124: 1f0109eb                       cmp x8, x9
   128: 2bf8ff54                       b.lt #-0xfc
   12c: 28008052                       mov w8, #0x1
   130: c80200f9                       str x8, [x22]
   134: 43008052                       mov w3, #0x2
   138: 45158052                       mov w5, #0xaa
   13c: 38028052                       mov w24, #0x11
   140: f30315aa                       mov x19, x21
   144: 1d000014                       b #0x74
   148: 280140f9                       ldr x8, [x9]
   14c: 08050091                       add x8, x8, #0x1
   150: 280100f9                       str x8, [x9]
   154: 23008052                       mov w3, #0x1
   158: a90e00a9                       stp x9, x3, [x21]
   15c: b3420091                       add x19, x21, #0x10
   160: c5038052                       mov w5, #0x1e
   164: 78008052                       mov w24, #0x3
   168: 14000014                       b #0x50
   16c: b3420091                       add x19, x21, #0x10
   170: 23008052                       mov w3, #0x1
   174: 050a8052                       mov w5, #0x50
   178: 18018052                       mov w24, #0x8
   17c: 0f000014                       b #0x3c
   180: 280140f9                       ldr x8, [x9]
   184: 08050091                       add x8, x8, #0x1
   188: 280100f9                       str x8, [x9]
   18c: a8008052                       mov w8, #0x5
   190: a92200a9                       stp x9, x8, [x21]
   194: b3420091                       add x19, x21, #0x10
   198: 23008052                       mov w3, #0x1
   19c: 45108052                       mov w5, #0x82
   1a0: b8018052                       mov w24, #0xd
   1a4: 05000014                       b #0x14
   1a8: 43008052                       mov w3, #0x2
   1ac: f30315aa                       mov x19, x21
   1b0: 18028052                       mov w24, #0x10
   1b4: 05148052                       mov w5, #0xa0
   1b8: 08000090                       adrp x8, #0
        # hole +0x1b8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1bc: 080140f9                       ldr x8, [x8]
        # hole +0x1bc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1c0: 0401188b                       add x4, x8, x24
   1c4: e00314aa                       mov x0, x20
   1c8: e10313aa                       mov x1, x19
   1cc: e20316aa                       mov x2, x22
   1d0: 00000094                       bl #0x0
        # hole +0x1d0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1d8: c0035fd6                       ret
   1dc: 43008052                       mov w3, #0x2
   1e0: 45068052                       mov w5, #0x32
   1e4: f5ffff17                       b #-0x2c
   1e8: b3420091                       add x19, x21, #0x10
   1ec: 23008052                       mov w3, #0x1
   1f0: 450b8052                       mov w5, #0x5a
   1f4: 38018052                       mov w24, #0x9
   1f8: f0ffff17                       b #-0x40
   1fc: b3420091                       add x19, x21, #0x10
   200: 23008052                       mov w3, #0x1
   204: 85118052                       mov w5, #0x8c
   208: d8018052                       mov w24, #0xe
   20c: ebffff17                       b #-0x54
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
