# stencil countdown_compare for aarch64-apple-darwin: 696 code bytes, 16 data bytes, 16 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b8220091                       add x24, x21, #0x8
     8: 39008052                       mov w25, #0x1
     c: 1a000090                       adrp x26, #0
        # hole +0xc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    10: 5a0340f9                       ldr x26, [x26]
        # hole +0x10: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    14: 1b000090                       adrp x27, #0
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    18: 7b0340f9                       ldr x27, [x27]
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    1c: 1c00f8d2                       mov x28, #-0x4000000000000000
    20: b3008052                       mov w19, #0x5
    24: 97008092                       mov x23, #-0x5
    28: f7ffeff2                       movk x23, #0x7fff, lsl #48
    2c: 880e40f9                       ldr x8, [x20, #0x18]
    30: 090140f9                       ldr x9, [x8]
    34: 49080036                       tbz w9, #0x0, #0x108
    38: 3f0500f1                       cmp x9, #0x1
    3c: 6ac39a9a                       csel x10, x27, x26, gt
    40: aa6600a9                       stp x10, x25, [x21]
    44: 3f0900f1                       cmp x9, #0x2
    48: 2b0f0054                       b.lt #0x1e4
    4c: 090140f9                       ldr x9, [x8]
    50: 89000037                       tbnz w9, #0x0, #0x10
    54: 2a0140f9                       ldr x10, [x9]
    58: 4a050091                       add x10, x10, #0x1
    5c: 2a0100f9                       str x10, [x9]
    60: a90200f9                       str x9, [x21]
    64: 0a0940f9                       ldr x10, [x8, #0x10]
    68: 8a080036                       tbz w10, #0x0, #0x110
    6c: 0a0300f9                       str x10, [x24]
    70: 29fd4193                       asr x9, x9, #1
    74: 29058acb                       sub x9, x9, x10, asr #1
    78: 3f011cab                       cmn x9, x28
    7c: e50e0054                       b.pl #0x1dc
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
    b0: 49080036                       tbz w9, #0x0, #0x108
    b4: a94e00a9                       stp x9, x19, [x21]
    b8: 3f0117eb                       cmp x9, x23
    bc: 6c0e0054                       b.gt #0x1cc
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
    ec: 880800b5                       cbnz x8, #0x110
    f0: c8a640a9                       ldp x8, x9, [x22, #0x8]
    f4: 08050091                       add x8, x8, #0x1
    f8: c80600f9                       str x8, [x22, #0x8]
    fc: 1f0109eb                       cmp x8, x9
   100: 6bf9ff54                       b.lt #-0xd4
   104: 28008052                       mov w8, #0x1
   108: c80200f9                       str x8, [x22]
   10c: 640080d2                       mov x4, #0x3
   110: 2400c0f2                       movk x4, #0x1, lsl #32
   114: 84380091                       add x4, x4, #0xe
   118: 43008052                       mov w3, #0x2
   11c: 45158052                       mov w5, #0xaa
   120: f80315aa                       mov x24, x21
   124: e00314aa                       mov x0, x20
   128: e10318aa                       mov x1, x24
   12c: e20316aa                       mov x2, x22
   130: 00000094                       bl #0x0
        # hole +0x130: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   134: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   138: c0035fd6                       ret
   13c: 280140f9                       ldr x8, [x9]
   140: 08050091                       add x8, x8, #0x1
   144: 280100f9                       str x8, [x9]
   148: 23008052                       mov w3, #0x1
   14c: a90e00a9                       stp x9, x3, [x21]
   150: b8420091                       add x24, x21, #0x10
   154: c5038052                       mov w5, #0x1e
   158: 640080d2                       mov x4, #0x3
   15c: 2400c0f2                       movk x4, #0x1, lsl #32
   160: e00314aa                       mov x0, x20
   164: e10318aa                       mov x1, x24
   168: e20316aa                       mov x2, x22
   16c: 00000094                       bl #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   170: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   174: c0035fd6                       ret
   178: 480140f9                       ldr x8, [x10]
   17c: 08050091                       add x8, x8, #0x1
   180: 480100f9                       str x8, [x10]
   184: aa0600f9                       str x10, [x21, #0x8]
   188: b8420091                       add x24, x21, #0x10
   18c: 640080d2                       mov x4, #0x3
   190: 2400c0f2                       movk x4, #0x1, lsl #32
   194: 84140091                       add x4, x4, #0x5
   198: 23008052                       mov w3, #0x1
   19c: 050a8052                       mov w5, #0x50
   1a0: e00314aa                       mov x0, x20
   1a4: e10318aa                       mov x1, x24
   1a8: e20316aa                       mov x2, x22
   1ac: 00000094                       bl #0x0
        # hole +0x1ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1b4: c0035fd6                       ret
   1b8: 280140f9                       ldr x8, [x9]
   1bc: 08050091                       add x8, x8, #0x1
   1c0: 280100f9                       str x8, [x9]
   1c4: a8008052                       mov w8, #0x5
   1c8: a92200a9                       stp x9, x8, [x21]
   1cc: b8420091                       add x24, x21, #0x10
   1d0: 640080d2                       mov x4, #0x3
   1d4: 2400c0f2                       movk x4, #0x1, lsl #32
   1d8: 84280091                       add x4, x4, #0xa
   1dc: 23008052                       mov w3, #0x1
   1e0: 45108052                       mov w5, #0x82
   1e4: e00314aa                       mov x0, x20
   1e8: e10318aa                       mov x1, x24
   1ec: e20316aa                       mov x2, x22
   1f0: 00000094                       bl #0x0
        # hole +0x1f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1f4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1f8: c0035fd6                       ret
   1fc: 640080d2                       mov x4, #0x3
   200: 2400c0f2                       movk x4, #0x1, lsl #32
   204: 84340091                       add x4, x4, #0xd
   208: 43008052                       mov w3, #0x2
   20c: f80315aa                       mov x24, x21
   210: 05148052                       mov w5, #0xa0
   214: e00314aa                       mov x0, x20
   218: e10318aa                       mov x1, x24
   21c: e20316aa                       mov x2, x22
   220: 00000094                       bl #0x0
        # hole +0x220: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   224: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   228: c0035fd6                       ret
   22c: 640080d2                       mov x4, #0x3
   230: 2400c0f2                       movk x4, #0x1, lsl #32
   234: 84080091                       add x4, x4, #0x2
   238: 43008052                       mov w3, #0x2
   23c: 45068052                       mov w5, #0x32
   240: e00314aa                       mov x0, x20
   244: e10318aa                       mov x1, x24
   248: e20316aa                       mov x2, x22
   24c: 00000094                       bl #0x0
        # hole +0x24c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   250: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   254: c0035fd6                       ret
   258: b8420091                       add x24, x21, #0x10
   25c: 640080d2                       mov x4, #0x3
   260: 2400c0f2                       movk x4, #0x1, lsl #32
   264: 84180091                       add x4, x4, #0x6
   268: 23008052                       mov w3, #0x1
   26c: 450b8052                       mov w5, #0x5a
   270: e00314aa                       mov x0, x20
   274: e10318aa                       mov x1, x24
   278: e20316aa                       mov x2, x22
   27c: 00000094                       bl #0x0
        # hole +0x27c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   280: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   284: c0035fd6                       ret
   288: b8420091                       add x24, x21, #0x10
   28c: 640080d2                       mov x4, #0x3
   290: 2400c0f2                       movk x4, #0x1, lsl #32
   294: 842c0091                       add x4, x4, #0xb
   298: 23008052                       mov w3, #0x1
   29c: 85118052                       mov w5, #0x8c
   2a0: e00314aa                       mov x0, x20
   2a4: e10318aa                       mov x1, x24
   2a8: e20316aa                       mov x2, x22
   2ac: 00000094                       bl #0x0
        # hole +0x2ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2b4: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
