# stencil list_build for aarch64-apple-darwin: 476 code bytes, 0 data bytes, 4 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 330080d2                       mov x19, #0x1
     8: 9300c0f2                       movk x19, #0x4, lsl #32
     c: b8220091                       add x24, x21, #0x8
    10: 57018052                       mov w23, #0xa
    14: 39008052                       mov w25, #0x1
    18: 1a00f8d2                       mov x26, #-0x4000000000000000
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: 480a0037                       tbnz w8, #0x0, #0x148
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: e1090054                       b.ne #0x13c
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 4a000014                       b #0x128
    4c: 3f010beb                       cmp x9, x11
    50: 0d090054                       b.le #0x120
    54: 2a010a8b                       add x10, x9, x10
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 290709aa                       orr x9, x25, x9, lsl #1
    60: a90200f9                       str x9, [x21]
    64: 880e40f9                       ldr x8, [x20, #0x18]
    68: 000540f9                       ldr x0, [x8, #0x8]
    6c: 090500f9                       str x9, [x8, #0x8]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: 80050054                       b.eq #0xb0
    84: 010140f9                       ldr x1, [x8]
    88: c1050037                       tbnz w1, #0x0, #0xb8
    8c: 290040f9                       ldr x9, [x1]
    90: 29050091                       add x9, x9, #0x1
    94: 290000f9                       str x9, [x1]
    98: a10200f9                       str x1, [x21]
    9c: 090540f9                       ldr x9, [x8, #0x8]
    a0: 69050036                       tbz w9, #0x0, #0xac
    a4: 090300f9                       str x9, [x24]
    a8: 080540f9                       ldr x8, [x8, #0x8]
    ac: 88000037                       tbnz w8, #0x0, #0x10
    b0: 0a0140f9                       ldr x10, [x8]
    b4: 4a050091                       add x10, x10, #0x1
    b8: 0a0100f9                       str x10, [x8]
    bc: a80a00f9                       str x8, [x21, #0x10]
    c0: 29fd4193                       asr x9, x9, #1
    c4: 0afd4193                       asr x10, x8, #1
    c8: 287d0a9b                       mul x8, x9, x10
    cc: 297d4a9b                       smulh x9, x9, x10
    d0: 3ffd88eb                       cmp x9, x8, asr #63
    d4: a1070054                       b.ne #0xf4
    d8: 09011a8b                       add x9, x8, x26
    dc: 6907f8b6                       tbz x9, #0x3f, #0xec
    e0: 220708aa                       orr x2, x25, x8, lsl #1
    e4: 020300f9                       str x2, [x24]
    e8: e00316aa                       mov x0, x22
    ec: 00000094                       bl #0x0
        # hole +0xec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
    f0: 80040035                       cbnz w0, #0x90
    f4: a00240f9                       ldr x0, [x21]
    f8: c0000037                       tbnz w0, #0x0, #0x18
    fc: 080040f9                       ldr x8, [x0]
   100: 080500f1                       subs x8, x8, #0x1
   104: 080000f9                       str x8, [x0]
   108: 41000054                       b.ne #0x8
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   110: c8a640a9                       ldp x8, x9, [x22, #0x8]
   114: 08050091                       add x8, x8, #0x1
   118: c80600f9                       str x8, [x22, #0x8]
   11c: 1f0109eb                       cmp x8, x9
   120: aa030054                       b.ge #0x74
   124: c80240f9                       ldr x8, [x22]
   128: a8f7ffb4                       cbz x8, #-0x10c
   12c: 1c000014                       b #0x70
   130: 00000094                       bl #0x0
        # hole +0x130: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   134: 880e40f9                       ldr x8, [x20, #0x18]
   138: 010140f9                       ldr x1, [x8]
   13c: 81fa0736                       tbz w1, #0x0, #-0xb0
   140: a10200f9                       str x1, [x21]
   144: 090540f9                       ldr x9, [x8, #0x8]
   148: e9fa0737                       tbnz w9, #0x0, #-0xa4
   14c: 2a0140f9                       ldr x10, [x9]
   150: 4a050091                       add x10, x10, #0x1
   154: 2a0100f9                       str x10, [x9]
   158: 090300f9                       str x9, [x24]
   15c: 080540f9                       ldr x8, [x8, #0x8]
   160: 88fa0736                       tbz w8, #0x0, #-0xb0
   164: d6ffff17                       b #-0xa8
   168: 23008052                       mov w3, #0x1
   16c: 0f000014                       b #0x3c
   170: 73060091                       add x19, x19, #0x1
   174: 43008052                       mov w3, #0x2
   178: 97028052                       mov w23, #0x14
   17c: 0b000014                       b #0x2c
   180: 73220091                       add x19, x19, #0x8
   184: 63008052                       mov w3, #0x3
   188: f50318aa                       mov x21, x24
   18c: 570b8052                       mov w23, #0x5a
   190: 06000014                       b #0x18
   194: 28008052                       mov w8, #0x1
   198: c80200f9                       str x8, [x22]
   19c: 732a0091                       add x19, x19, #0xa
   1a0: 43008052                       mov w3, #0x2
   1a4: d70d8052                       mov w23, #0x6e
   1a8: e00314aa                       mov x0, x20
   1ac: e10315aa                       mov x1, x21
   1b0: e20316aa                       mov x2, x22
   1b4: e40313aa                       mov x4, x19
   1b8: e50317aa                       mov x5, x23
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1c4: c0035fd6                       ret
   1c8: b5620091                       add x21, x21, #0x18
   1cc: 731e0091                       add x19, x19, #0x7
   1d0: 23008052                       mov w3, #0x1
   1d4: 170a8052                       mov w23, #0x50
   1d8: f4ffff17                       b #-0x30
