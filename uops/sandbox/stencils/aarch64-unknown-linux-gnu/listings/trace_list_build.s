# stencil list_build for aarch64-unknown-linux-gnu: 484 code bytes, 0 data bytes, 4 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 330080d2                       mov x19, #0x1
     8: b8220091                       add x24, x21, #0x8
     c: 57018052                       mov w23, #0xa
    10: 9300c0f2                       movk x19, #0x4, lsl #32
    14: 39008052                       mov w25, #0x1
    18: 1a00f8d2                       mov x26, #-0x4000000000000000
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: 880a0037                       tbnz w8, #0x0, #0x150
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: 210a0054                       b.ne #0x144
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 4c000014                       b #0x130
    4c: 3f010beb                       cmp x9, x11
    50: 4d090054                       b.le #0x128
    54: 2a010a8b                       add x10, x9, x10
    58: 290709aa                       orr x9, x25, x9, lsl #1
    5c: 0a1900f9                       str x10, [x8, #0x30]
    60: 880e40f9                       ldr x8, [x20, #0x18]
    64: a90200f9                       str x9, [x21]
    68: 000540f9                       ldr x0, [x8, #0x8]
    6c: 090500f9                       str x9, [x8, #0x8]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: c0050054                       b.eq #0xb8
    84: 090140f9                       ldr x9, [x8]
    88: 09060037                       tbnz w9, #0x0, #0xc0
    8c: 2a0140f9                       ldr x10, [x9]
    90: 4a050091                       add x10, x10, #0x1
    94: 2a0100f9                       str x10, [x9]
    98: a90200f9                       str x9, [x21]
    9c: 090540f9                       ldr x9, [x8, #0x8]
    a0: a9050036                       tbz w9, #0x0, #0xb4
    a4: 090300f9                       str x9, [x24]
    a8: 080540f9                       ldr x8, [x8, #0x8]
    ac: a8000037                       tbnz w8, #0x0, #0x14
    b0: 090140f9                       ldr x9, [x8]
    b4: 29050091                       add x9, x9, #0x1
    b8: 090100f9                       str x9, [x8]
    bc: 090340f9                       ldr x9, [x24]
    c0: 2afd4193                       asr x10, x9, #1
    c4: 0bfd4193                       asr x11, x8, #1
    c8: a80a00f9                       str x8, [x21, #0x10]
    cc: 497d0b9b                       mul x9, x10, x11
    d0: 4a7d4b9b                       smulh x10, x10, x11
    d4: 5ffd89eb                       cmp x10, x9, asr #63
    d8: c1070054                       b.ne #0xf8
    dc: 28011a8b                       add x8, x9, x26
    e0: 8807f8b6                       tbz x8, #0x3f, #0xf0
    e4: 220709aa                       orr x2, x25, x9, lsl #1
    e8: a10240f9                       ldr x1, [x21]
    ec: e00316aa                       mov x0, x22
    f0: a20600f9                       str x2, [x21, #0x8]
    f4: 00000094                       bl #0x0
        # hole +0xf4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_list_append+0
    f8: 80040035                       cbnz w0, #0x90
    fc: a00240f9                       ldr x0, [x21]
   100: c0000037                       tbnz w0, #0x0, #0x18
   104: 080040f9                       ldr x8, [x0]
   108: 080500f1                       subs x8, x8, #0x1
   10c: 080000f9                       str x8, [x0]
   110: 41000054                       b.ne #0x8
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: c8a640a9                       ldp x8, x9, [x22, #0x8]
   11c: 08050091                       add x8, x8, #0x1
   120: 1f0109eb                       cmp x8, x9
   124: c80600f9                       str x8, [x22, #0x8]
   128: aa030054                       b.ge #0x74
   12c: c80240f9                       ldr x8, [x22]
   130: 68f7ffb4                       cbz x8, #-0x114
   134: 1c000014                       b #0x70
   138: 00000094                       bl #0x0
        # hole +0x138: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   13c: 880e40f9                       ldr x8, [x20, #0x18]
   140: 090140f9                       ldr x9, [x8]
   144: 49fa0736                       tbz w9, #0x0, #-0xb8
   148: a90200f9                       str x9, [x21]
   14c: 090540f9                       ldr x9, [x8, #0x8]
   150: a9fa0737                       tbnz w9, #0x0, #-0xac
   154: 2a0140f9                       ldr x10, [x9]
   158: 4a050091                       add x10, x10, #0x1
   15c: 2a0100f9                       str x10, [x9]
   160: 090300f9                       str x9, [x24]
   164: 080540f9                       ldr x8, [x8, #0x8]
   168: 48fa0736                       tbz w8, #0x0, #-0xb8
   16c: d5ffff17                       b #-0xac
   170: 23008052                       mov w3, #0x1
   174: 0f000014                       b #0x3c
   178: 73060091                       add x19, x19, #0x1
   17c: 43008052                       mov w3, #0x2
   180: 97028052                       mov w23, #0x14
   184: 0b000014                       b #0x2c
   188: 73220091                       add x19, x19, #0x8
   18c: 63008052                       mov w3, #0x3
   190: f50318aa                       mov x21, x24
   194: 570b8052                       mov w23, #0x5a
   198: 06000014                       b #0x18
   19c: 28008052                       mov w8, #0x1
   1a0: c80200f9                       str x8, [x22]
   1a4: 732a0091                       add x19, x19, #0xa
   1a8: 43008052                       mov w3, #0x2
   1ac: d70d8052                       mov w23, #0x6e
   1b0: e00314aa                       mov x0, x20
   1b4: e10315aa                       mov x1, x21
   1b8: e20316aa                       mov x2, x22
   1bc: e40313aa                       mov x4, x19
   1c0: e50317aa                       mov x5, x23
   1c4: 00000094                       bl #0x0
        # hole +0x1c4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c8: fe0741f8                       ldr x30, [sp], #0x10
   1cc: c0035fd6                       ret
   1d0: b5620091                       add x21, x21, #0x18
   1d4: 731e0091                       add x19, x19, #0x7
   1d8: 23008052                       mov w3, #0x1
   1dc: 170a8052                       mov w23, #0x50
   1e0: f4ffff17                       b #-0x30
