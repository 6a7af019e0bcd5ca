# stencil nested_inner for aarch64-unknown-linux-gnu: 528 code bytes, 0 data bytes, 4 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 330080d2                       mov x19, #0x1
     8: b8420091                       add x24, x21, #0x10
     c: 57018052                       mov w23, #0xa
    10: b300c0f2                       movk x19, #0x5, lsl #32
    14: 39008052                       mov w25, #0x1
    18: 1a00f8d2                       mov x26, #-0x4000000000000000
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: 680b0037                       tbnz w8, #0x0, #0x16c
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: 010b0054                       b.ne #0x160
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 4f000014                       b #0x13c
    4c: 3f010beb                       cmp x9, x11
    50: ad090054                       b.le #0x134
    54: 2a010a8b                       add x10, x9, x10
    58: 290709aa                       orr x9, x25, x9, lsl #1
    5c: 0a1900f9                       str x10, [x8, #0x30]
    60: 880e40f9                       ldr x8, [x20, #0x18]
    64: a90200f9                       str x9, [x21]
    68: 000940f9                       ldr x0, [x8, #0x10]
    6c: 090900f9                       str x9, [x8, #0x10]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: 60060054                       b.eq #0xcc
    84: 090140f9                       ldr x9, [x8]
    88: a9060037                       tbnz w9, #0x0, #0xd4
    8c: 2a0140f9                       ldr x10, [x9]
    90: 4a050091                       add x10, x10, #0x1
    94: 2a0100f9                       str x10, [x9]
    98: a90200f9                       str x9, [x21]
    9c: 090540f9                       ldr x9, [x8, #0x8]
    a0: 49060036                       tbz w9, #0x0, #0xc8
    a4: a90600f9                       str x9, [x21, #0x8]
    a8: 0a0940f9                       ldr x10, [x8, #0x10]
    ac: aa000037                       tbnz w10, #0x0, #0x14
    b0: 490140f9                       ldr x9, [x10]
    b4: 29050091                       add x9, x9, #0x1
    b8: 490100f9                       str x9, [x10]
    bc: a90640f9                       ldr x9, [x21, #0x8]
    c0: 2bfd4193                       asr x11, x9, #1
    c4: 4cfd4193                       asr x12, x10, #1
    c8: 0a0300f9                       str x10, [x24]
    cc: 697d0c9b                       mul x9, x11, x12
    d0: 6b7d4c9b                       smulh x11, x11, x12
    d4: 7ffd89eb                       cmp x11, x9, asr #63
    d8: 01080054                       b.ne #0x100
    dc: 2a011a8b                       add x10, x9, x26
    e0: ca07f8b6                       tbz x10, #0x3f, #0xf8
    e4: 23008052                       mov w3, #0x1
    e8: aa0240f9                       ldr x10, [x21]
    ec: 6b0409aa                       orr x11, x3, x9, lsl #1
    f0: ab0600f9                       str x11, [x21, #0x8]
    f4: ca070036                       tbz w10, #0x0, #0xf8
    f8: 29058a8b                       add x9, x9, x10, asr #1
    fc: 3f011aab                       cmn x9, x26
   100: e5070054                       b.pl #0xfc
   104: 290709aa                       orr x9, x25, x9, lsl #1
   108: a90200f9                       str x9, [x21]
   10c: 000140f9                       ldr x0, [x8]
   110: 090100f9                       str x9, [x8]
   114: c0000037                       tbnz w0, #0x0, #0x18
   118: 080040f9                       ldr x8, [x0]
   11c: 080500f1                       subs x8, x8, #0x1
   120: 080000f9                       str x8, [x0]
   124: 41000054                       b.ne #0x8
   128: 00000094                       bl #0x0
        # hole +0x128: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: c80240f9                       ldr x8, [x22]
   130: 280300b5                       cbnz x8, #0x64
   134: c8a640a9                       ldp x8, x9, [x22, #0x8]
   138: 08050091                       add x8, x8, #0x1
   13c: 1f0109eb                       cmp x8, x9
   140: c80600f9                       str x8, [x22, #0x8]
   144: cbf6ff54                       b.lt #-0x128
   148: 17000014                       b #0x5c
   14c: 00000094                       bl #0x0
        # hole +0x14c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   150: 880e40f9                       ldr x8, [x20, #0x18]
   154: 090140f9                       ldr x9, [x8]
   158: a9f90736                       tbz w9, #0x0, #-0xcc
   15c: a90200f9                       str x9, [x21]
   160: 090540f9                       ldr x9, [x8, #0x8]
   164: 09fa0737                       tbnz w9, #0x0, #-0xc0
   168: 2a0140f9                       ldr x10, [x9]
   16c: 4a050091                       add x10, x10, #0x1
   170: 2a0100f9                       str x10, [x9]
   174: a90600f9                       str x9, [x21, #0x8]
   178: 0a0940f9                       ldr x10, [x8, #0x10]
   17c: aaf90736                       tbz w10, #0x0, #-0xcc
   180: d0ffff17                       b #-0xc0
   184: fe0741f8                       ldr x30, [sp], #0x10
   188: 00000014                       b #0x0
        # hole +0x188: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[2]+0
   18c: 23008052                       mov w3, #0x1
   190: 0a000014                       b #0x28
   194: 732e0091                       add x19, x19, #0xb
   198: 43008052                       mov w3, #0x2
   19c: 170f8052                       mov w23, #0x78
   1a0: 06000014                       b #0x18
   1a4: 28008052                       mov w8, #0x1
   1a8: 73320091                       add x19, x19, #0xc
   1ac: 43008052                       mov w3, #0x2
   1b0: 57108052                       mov w23, #0x82
   1b4: c80200f9                       str x8, [x22]
   1b8: e00314aa                       mov x0, x20
   1bc: e10315aa                       mov x1, x21
   1c0: e20316aa                       mov x2, x22
   1c4: e40313aa                       mov x4, x19
   1c8: e50317aa                       mov x5, x23
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d0: fe0741f8                       ldr x30, [sp], #0x10
   1d4: c0035fd6                       ret
   1d8: b5620091                       add x21, x21, #0x18
   1dc: 731e0091                       add x19, x19, #0x7
   1e0: 23008052                       mov w3, #0x1
   1e4: 170a8052                       mov w23, #0x50
   1e8: f4ffff17                       b #-0x30
   1ec: 73220091                       add x19, x19, #0x8
   1f0: f50318aa                       mov x21, x24
   1f4: 570b8052                       mov w23, #0x5a
   1f8: f0ffff17                       b #-0x40
   1fc: 73260091                       add x19, x19, #0x9
   200: 23008052                       mov w3, #0x1
   204: f50318aa                       mov x21, x24
   208: 970c8052                       mov w23, #0x64
   20c: ebffff17                       b #-0x54
