# stencil nested_inner for aarch64-apple-darwin: 632 code bytes, 8 data bytes, 21 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b3420091                       add x19, x21, #0x10
     8: 37008052                       mov w23, #0x1
     c: 1800f8d2                       mov x24, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 080b0037                       tbnz w8, #0x0, #0x160
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: a10a0054                       b.ne #0x154
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 4c000014                       b #0x130
    40: 3f010beb                       cmp x9, x11
    44: 4d090054                       b.le #0x128
    48: 2a010a8b                       add x10, x9, x10
    4c: 0a1900f9                       str x10, [x8, #0x30]
    50: e90609aa                       orr x9, x23, x9, lsl #1
    54: a90200f9                       str x9, [x21]
    58: 880e40f9                       ldr x8, [x20, #0x18]
    5c: 000940f9                       ldr x0, [x8, #0x10]
    60: 090900f9                       str x9, [x8, #0x10]
    64: a0000037                       tbnz w0, #0x0, #0x14
    68: 090040f9                       ldr x9, [x0]
    6c: 290500f1                       subs x9, x9, #0x1
    70: 090000f9                       str x9, [x0]
    74: 00060054                       b.eq #0xc0
    78: 090140f9                       ldr x9, [x8]
    7c: 49060037                       tbnz w9, #0x0, #0xc8
    80: 2a0140f9                       ldr x10, [x9]
    84: 4a050091                       add x10, x10, #0x1
    88: 2a0100f9                       str x10, [x9]
    8c: a90200f9                       str x9, [x21]
    90: 0a0540f9                       ldr x10, [x8, #0x8]
    94: ea050036                       tbz w10, #0x0, #0xbc
    98: aa0600f9                       str x10, [x21, #0x8]
    9c: 0b0940f9                       ldr x11, [x8, #0x10]
    a0: 8b000037                       tbnz w11, #0x0, #0x10
    a4: 6c0140f9                       ldr x12, [x11]
    a8: 8c050091                       add x12, x12, #0x1
    ac: 6c0100f9                       str x12, [x11]
    b0: 6b0200f9                       str x11, [x19]
    b4: 4cfd4193                       asr x12, x10, #1
    b8: 6bfd4193                       asr x11, x11, #1
    bc: 8a7d0b9b                       mul x10, x12, x11
    c0: 8b7d4b9b                       smulh x11, x12, x11
    c4: 7ffd8aeb                       cmp x11, x10, asr #63
    c8: c1090054                       b.ne #0x138
    cc: 4b01188b                       add x11, x10, x24
    d0: 8b09f8b6                       tbz x11, #0x3f, #0x130
    d4: eb060aaa                       orr x11, x23, x10, lsl #1
    d8: ab0600f9                       str x11, [x21, #0x8]
    dc: a90a0036                       tbz w9, #0x0, #0x154
    e0: 4905898b                       add x9, x10, x9, asr #1
    e4: 3f0118ab                       cmn x9, x24
    e8: 050b0054                       b.pl #0x160
    ec: e90609aa                       orr x9, x23, x9, lsl #1
    f0: a90200f9                       str x9, [x21]
    f4: 000140f9                       ldr x0, [x8]
    f8: 090100f9                       str x9, [x8]
    fc: c0000037                       tbnz w0, #0x0, #0x18
   100: 080040f9                       ldr x8, [x0]
   104: 080500f1                       subs x8, x8, #0x1
   108: 080000f9                       str x8, [x0]
   10c: 41000054                       b.ne #0x8
   110: 00000094                       bl #0x0
        # hole +0x110: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   114: c80240f9                       ldr x8, [x22]
   118: 480400b5                       cbnz x8, #0x88
   11c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   120: 08050091                       add x8, x8, #0x1
   124: c80600f9                       str x8, [x22, #0x8]
   128: 1f0109eb                       cmp x8, x9
   12c: 2bf7ff54                       b.lt #-0x11c
   130: 27000014                       b #0x9c
   134: 00000094                       bl #0x0
        # hole +0x134: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   138: 880e40f9                       ldr x8, [x20, #0x18]
   13c: 090140f9                       ldr x9, [x8]
   140: 09fa0736                       tbz w9, #0x0, #-0xc0
   144: a90200f9                       str x9, [x21]
   148: 0a0540f9                       ldr x10, [x8, #0x8]
   14c: 6afa0737                       tbnz w10, #0x0, #-0xb4
   150: 4b0140f9                       ldr x11, [x10]
   154: 6b050091                       add x11, x11, #0x1
   158: 4b0100f9                       str x11, [x10]
   15c: aa0600f9                       str x10, [x21, #0x8]
   160: 0b0940f9                       ldr x11, [x8, #0x10]
   164: 0bfa0736                       tbz w11, #0x0, #-0xc0
   168: d2ffff17                       b #-0xb8
   16c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   170: 00000014                       b #0x0
        # hole +0x170: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[2]+0
   174: 08000090                       adrp x8, #0
        # hole +0x174: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   178: 080140f9                       ldr x8, [x8]
        # hole +0x178: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   17c: 04050091                       add x4, x8, #0x1
   180: 23008052                       mov w3, #0x1
   184: 45018052                       mov w5, #0xa
   188: e00314aa                       mov x0, x20
   18c: e10315aa                       mov x1, x21
   190: e20316aa                       mov x2, x22
   194: 00000094                       bl #0x0
        # hole +0x194: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   198: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   19c: c0035fd6                       ret
   1a0: 08000090                       adrp x8, #0
        # hole +0x1a0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1a4: 080140f9                       ldr x8, [x8]
        # hole +0x1a4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1a8: 04310091                       add x4, x8, #0xc
   1ac: 43008052                       mov w3, #0x2
   1b0: 050f8052                       mov w5, #0x78
   1b4: e00314aa                       mov x0, x20
   1b8: e10315aa                       mov x1, x21
   1bc: e20316aa                       mov x2, x22
   1c0: 00000094                       bl #0x0
        # hole +0x1c0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1c8: c0035fd6                       ret
   1cc: 28008052                       mov w8, #0x1
   1d0: c80200f9                       str x8, [x22]
   1d4: 08000090                       adrp x8, #0
        # hole +0x1d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1d8: 080140f9                       ldr x8, [x8]
        # hole +0x1d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1dc: 04350091                       add x4, x8, #0xd
   1e0: 43008052                       mov w3, #0x2
   1e4: 45108052                       mov w5, #0x82
   1e8: e00314aa                       mov x0, x20
   1ec: e10315aa                       mov x1, x21
   1f0: e20316aa                       mov x2, x22
   1f4: 00000094                       bl #0x0
        # hole +0x1f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1f8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1fc: c0035fd6                       ret
   200: b5620091                       add x21, x21, #0x18
   204: 08000090                       adrp x8, #0
        # hole +0x204: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   208: 080140f9                       ldr x8, [x8]
        # hole +0x208: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   20c: 04210091                       add x4, x8, #0x8
   210: 23008052                       mov w3, #0x1
   214: 050a8052                       mov w5, #0x50
   218: e00314aa                       mov x0, x20
   21c: e10315aa                       mov x1, x21
   220: e20316aa                       mov x2, x22
   224: 00000094                       bl #0x0
        # hole +0x224: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   228: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   22c: c0035fd6                       ret
   230: 08000090                       adrp x8, #0
        # hole +0x230: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   234: 080140f9                       ldr x8, [x8]
        # hole +0x234: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   238: 04250091                       add x4, x8, #0x9
   23c: 23008052                       mov w3, #0x1
   240: 450b8052                       mov w5, #0x5a
   244: 06000014                       b #0x18
   248: 08000090                       adrp x8, #0
        # hole +0x248: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   24c: 080140f9                       ldr x8, [x8]
        # hole +0x24c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   250: 04290091                       add x4, x8, #0xa
   254: 23008052                       mov w3, #0x1
   258: 850c8052                       mov w5, #0x64
   25c: f50313aa                       mov x21, x19
   260: e00314aa                       mov x0, x20
   264: e10315aa                       mov x1, x21
   268: e20316aa                       mov x2, x22
   26c: 00000094                       bl #0x0
        # hole +0x26c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   270: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   274: c0035fd6                       ret
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
