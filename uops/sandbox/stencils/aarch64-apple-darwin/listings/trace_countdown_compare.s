# stencil countdown_compare for aarch64-apple-darwin: 504 code bytes, 24 data bytes, 12 holes
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
    34: 69070036                       tbz w9, #0x0, #0xec
    38: 3f0500f1                       cmp x9, #0x1
    3c: 6ac39a9a                       csel x10, x27, x26, gt
    40: aa6600a9                       stp x10, x25, [x21]
    44: 3f0900f1                       cmp x9, #0x2
    48: eb0b0054                       b.lt #0x17c
    4c: 090140f9                       ldr x9, [x8]
    50: 89000037                       tbnz w9, #0x0, #0x10
    54: 2a0140f9                       ldr x10, [x9]
    58: 4a050091                       add x10, x10, #0x1
    5c: 2a0100f9                       str x10, [x9]
    60: a90200f9                       str x9, [x21]
    64: 0a0940f9                       ldr x10, [x8, #0x10]
    68: ea060036                       tbz w10, #0x0, #0xdc
    6c: 6a0200f9                       str x10, [x19]
    70: 29fd4193                       asr x9, x9, #1
    74: 29058acb                       sub x9, x9, x10, asr #1
    78: 3f011cab                       cmn x9, x28
    7c: a50a0054                       b.pl #0x154
    80: 290709aa                       orr x9, x25, x9, lsl #1
    84: a90200f9                       str x9, [x21]
    88: 000140f9                       ldr x0, [x8]
    8c: 090100f9                       str x9, [x8]
    90: e0000037                       tbnz w0, #0x0, #0x1c
    94: 090040f9                       ldr x9, [x0]
    98: 290500f1                       subs x9, x9, #0x1
    9c: 090000f9                       str x9, [x0]
    a0: 61000054                       b.ne #0xc
    a4: 00000094                       bl #0x0
        # hole +0xa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    a8: 880e40f9                       ldr x8, [x20, #0x18]
    ac: 090540f9                       ldr x9, [x8, #0x8]
    b0: c9050036                       tbz w9, #0x0, #0xb8
    b4: a96200a9                       stp x9, x24, [x21]
    b8: 3f0117eb                       cmp x9, x23
    bc: 4c090054                       b.gt #0x128
    c0: 29110091                       add x9, x9, #0x4
    c4: a90200f9                       str x9, [x21]
    c8: 000540f9                       ldr x0, [x8, #0x8]
    cc: 090500f9                       str x9, [x8, #0x8]
    d0: c0000037                       tbnz w0, #0x0, #0x18
    d4: 080040f9                       ldr x8, [x0]
    d8: 080500f1                       subs x8, x8, #0x1
    dc: 080000f9                       str x8, [x0]
    e0: 41000054                       b.ne #0x8
    e4: 00000094                       bl #0x0
        # hole +0xe4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    e8: c80240f9                       ldr x8, [x22]
    ec: 280500b5                       cbnz x8, #0xa4
    f0: c8a640a9                       ldp x8, x9, [x22, #0x8]
    f4: 08050091                       add x8, x8, #0x1
    f8: c80600f9                       str x8, [x22, #0x8]
    fc: 1f0109eb                       cmp x8, x9
   100: 6bf9ff54                       b.lt #-0xd4
   104: 28008052                       mov w8, #0x1
   108: c80200f9                       str x8, [x22]
   10c: 43008052                       mov w3, #0x2
   110: 45158052                       mov w5, #0xaa
   114: 38028052                       mov w24, #0x11
   118: f30315aa                       mov x19, x21
   11c: 21000014                       b #0x84
   120: 280140f9                       ldr x8, [x9]
   124: 08050091                       add x8, x8, #0x1
   128: 280100f9                       str x8, [x9]
   12c: 23008052                       mov w3, #0x1
   130: a90e00a9                       stp x9, x3, [x21]
   134: b3420091                       add x19, x21, #0x10
   138: c5038052                       mov w5, #0x1e
   13c: 78008052                       mov w24, #0x3
   140: 18000014                       b #0x60
   144: 480140f9                       ldr x8, [x10]
   148: 08050091                       add x8, x8, #0x1
   14c: 480100f9                       str x8, [x10]
   150: aa0600f9                       str x10, [x21, #0x8]
   154: b3420091                       add x19, x21, #0x10
   158: 23008052                       mov w3, #0x1
   15c: 050a8052                       mov w5, #0x50
   160: 18018052                       mov w24, #0x8
   164: 0f000014                       b #0x3c
   168: 280140f9                       ldr x8, [x9]
   16c: 08050091                       add x8, x8, #0x1
   170: 280100f9                       str x8, [x9]
   174: a8008052                       mov w8, #0x5
   178: a92200a9                       stp x9, x8, [x21]
   17c: b3420091                       add x19, x21, #0x10
   180: 23008052                       mov w3, #0x1
   184: 45108052                       mov w5, #0x82
   188: b8018052                       mov w24, #0xd
   18c: 05000014                       b #0x14
   190: 43008052                       mov w3, #0x2
   194: f30315aa                       mov x19, x21
   198: 18028052                       mov w24, #0x10
   19c: 05148052                       mov w5, #0xa0
   1a0: 08000090                       adrp x8, #0
        # hole +0x1a0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1a4: 080140f9                       ldr x8, [x8]
        # hole +0x1a4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1a8: 0401188b                       add x4, x8, x24
   1ac: e00314aa                       mov x0, x20
   1b0: e10313aa                       mov x1, x19
   1b4: e20316aa                       mov x2, x22
   1b8: 00000094                       bl #0x0
        # hole +0x1b8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1bc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1c0: c0035fd6                       ret
   1c4: 43008052                       mov w3, #0x2
   1c8: 45068052                       mov w5, #0x32
   1cc: f5ffff17                       b #-0x2c
   1d0: b3420091                       add x19, x21, #0x10
   1d4: 23008052                       mov w3, #0x1
   1d8: 450b8052                       mov w5, #0x5a
   1dc: 38018052                       mov w24, #0x9
   1e0: f0ffff17                       b #-0x40
   1e4: b3420091                       add x19, x21, #0x10
   1e8: 23008052                       mov w3, #0x1
   1ec: 85118052                       mov w5, #0x8c
   1f0: d8018052                       mov w24, #0xe
   1f4: ebffff17                       b #-0x54
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
