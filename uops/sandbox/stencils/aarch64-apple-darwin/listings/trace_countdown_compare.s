# stencil countdown_compare for aarch64-apple-darwin: 676 code bytes, 24 data bytes, 32 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b3220091                       add x19, x21, #0x8
     8: 17000090                       adrp x23, #0
        # hole +0x8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
     c: f70240f9                       ldr x23, [x23]
        # hole +0xc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    10: 38008052                       mov w24, #0x1
    14: 19000090                       adrp x25, #0
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    18: 390340f9                       ldr x25, [x25]
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    1c: 1a00f8d2                       mov x26, #-0x4000000000000000
    20: bb008052                       mov w27, #0x5
    24: 9c008092                       mov x28, #-0x5
    28: fcffeff2                       movk x28, #0x7fff, lsl #48
    2c: 880e40f9                       ldr x8, [x20, #0x18]
    30: 090140f9                       ldr x9, [x8]
    34: 89070036                       tbz w9, #0x0, #0xf0
    38: 3f0500f1                       cmp x9, #0x1
    3c: 2ac3979a                       csel x10, x25, x23, gt
    40: aa6200a9                       stp x10, x24, [x21]
    44: 3f0900f1                       cmp x9, #0x2
    48: 8b0e0054                       b.lt #0x1d0
    4c: 090140f9                       ldr x9, [x8]
    50: 89000037                       tbnz w9, #0x0, #0x10
    54: 2a0140f9                       ldr x10, [x9]
    58: 4a050091                       add x10, x10, #0x1
    5c: 2a0100f9                       str x10, [x9]
    60: a90200f9                       str x9, [x21]
    64: 0a0940f9                       ldr x10, [x8, #0x10]
    68: ea070036                       tbz w10, #0x0, #0xfc
    6c: 6a0200f9                       str x10, [x19]
    70: 29fd4193                       asr x9, x9, #1
    74: 29058acb                       sub x9, x9, x10, asr #1
    78: 3f011aab                       cmn x9, x26
    7c: 450e0054                       b.pl #0x1c8
    80: 090709aa                       orr x9, x24, x9, lsl #1
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
    b0: a9070036                       tbz w9, #0x0, #0xf4
    b4: a96e00a9                       stp x9, x27, [x21]
    b8: 3f011ceb                       cmp x9, x28
    bc: cc0d0054                       b.gt #0x1b8
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
    ec: e80700b5                       cbnz x8, #0xfc
    f0: c8a640a9                       ldp x8, x9, [x22, #0x8]
    f4: 08050091                       add x8, x8, #0x1
    f8: c80600f9                       str x8, [x22, #0x8]
    fc: 1f0109eb                       cmp x8, x9
   100: 6bf9ff54                       b.lt #-0xd4
   104: 28008052                       mov w8, #0x1
   108: 09000090                       adrp x9, #0
        # hole +0x108: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   10c: 290140f9                       ldr x9, [x9]
        # hole +0x10c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   110: c80200f9                       str x8, [x22]
   114: 24450091                       add x4, x9, #0x11
   118: 43008052                       mov w3, #0x2
   11c: 45158052                       mov w5, #0xaa
   120: 37000014                       b #0xdc
   124: 280140f9                       ldr x8, [x9]
   128: 08050091                       add x8, x8, #0x1
   12c: 280100f9                       str x8, [x9]
   130: 23008052                       mov w3, #0x1
   134: a90e00a9                       stp x9, x3, [x21]
   138: b3420091                       add x19, x21, #0x10
   13c: 08000090                       adrp x8, #0
        # hole +0x13c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   140: 080140f9                       ldr x8, [x8]
        # hole +0x140: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   144: 040d0091                       add x4, x8, #0x3
   148: c5038052                       mov w5, #0x1e
   14c: e00314aa                       mov x0, x20
   150: e10313aa                       mov x1, x19
   154: e20316aa                       mov x2, x22
   158: 00000094                       bl #0x0
        # hole +0x158: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   15c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   160: c0035fd6                       ret
   164: 480140f9                       ldr x8, [x10]
   168: 08050091                       add x8, x8, #0x1
   16c: 480100f9                       str x8, [x10]
   170: aa0600f9                       str x10, [x21, #0x8]
   174: b3420091                       add x19, x21, #0x10
   178: 08000090                       adrp x8, #0
        # hole +0x178: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   17c: 080140f9                       ldr x8, [x8]
        # hole +0x17c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   180: 04210091                       add x4, x8, #0x8
   184: 23008052                       mov w3, #0x1
   188: 050a8052                       mov w5, #0x50
   18c: e00314aa                       mov x0, x20
   190: e10313aa                       mov x1, x19
   194: e20316aa                       mov x2, x22
   198: 00000094                       bl #0x0
        # hole +0x198: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   19c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1a0: c0035fd6                       ret
   1a4: 280140f9                       ldr x8, [x9]
   1a8: 08050091                       add x8, x8, #0x1
   1ac: 280100f9                       str x8, [x9]
   1b0: a8008052                       mov w8, #0x5
   1b4: a92200a9                       stp x9, x8, [x21]
   1b8: b3420091                       add x19, x21, #0x10
   1bc: 08000090                       adrp x8, #0
        # hole +0x1bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1c0: 080140f9                       ldr x8, [x8]
        # hole +0x1c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1c4: 04350091                       add x4, x8, #0xd
   1c8: 23008052                       mov w3, #0x1
   1cc: 45108052                       mov w5, #0x82
   1d0: e00314aa                       mov x0, x20
   1d4: e10313aa                       mov x1, x19
   1d8: e20316aa                       mov x2, x22
   1dc: 00000094                       bl #0x0
        # hole +0x1dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e4: c0035fd6                       ret
   1e8: 08000090                       adrp x8, #0
        # hole +0x1e8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1ec: 080140f9                       ldr x8, [x8]
        # hole +0x1ec: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1f0: 04410091                       add x4, x8, #0x10
   1f4: 43008052                       mov w3, #0x2
   1f8: 05148052                       mov w5, #0xa0
   1fc: f30315aa                       mov x19, x21
   200: e00314aa                       mov x0, x20
   204: e10313aa                       mov x1, x19
   208: e20316aa                       mov x2, x22
   20c: 00000094                       bl #0x0
        # hole +0x20c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   210: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   214: c0035fd6                       ret
   218: 08000090                       adrp x8, #0
        # hole +0x218: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   21c: 080140f9                       ldr x8, [x8]
        # hole +0x21c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   220: 04150091                       add x4, x8, #0x5
   224: 43008052                       mov w3, #0x2
   228: 45068052                       mov w5, #0x32
   22c: e00314aa                       mov x0, x20
   230: e10313aa                       mov x1, x19
   234: e20316aa                       mov x2, x22
   238: 00000094                       bl #0x0
        # hole +0x238: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   23c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   240: c0035fd6                       ret
   244: b3420091                       add x19, x21, #0x10
   248: 08000090                       adrp x8, #0
        # hole +0x248: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   24c: 080140f9                       ldr x8, [x8]
        # hole +0x24c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   250: 04250091                       add x4, x8, #0x9
   254: 23008052                       mov w3, #0x1
   258: 450b8052                       mov w5, #0x5a
   25c: e00314aa                       mov x0, x20
   260: e10313aa                       mov x1, x19
   264: e20316aa                       mov x2, x22
   268: 00000094                       bl #0x0
        # hole +0x268: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   26c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   270: c0035fd6                       ret
   274: b3420091                       add x19, x21, #0x10
   278: 08000090                       adrp x8, #0
        # hole +0x278: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   27c: 080140f9                       ldr x8, [x8]
        # hole +0x27c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   280: 04390091                       add x4, x8, #0xe
   284: 23008052                       mov w3, #0x1
   288: 85118052                       mov w5, #0x8c
   28c: e00314aa                       mov x0, x20
   290: e10313aa                       mov x1, x19
   294: e20316aa                       mov x2, x22
   298: 00000094                       bl #0x0
        # hole +0x298: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   29c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2a0: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
