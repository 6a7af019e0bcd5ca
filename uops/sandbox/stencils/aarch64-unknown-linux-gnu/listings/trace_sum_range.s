# stencil sum_range for aarch64-unknown-linux-gnu: 528 code bytes, 0 data bytes, 7 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 240080d2                       mov x4, #0x1
     8: 45018052                       mov w5, #0xa
     c: 33008052                       mov w19, #0x1
    10: a401c0f2                       movk x4, #0xd, lsl #32
    14: 1700f8d2                       mov x23, #-0x4000000000000000
    18: a8825ff8                       ldur x8, [x21, #-0x8]
    1c: 080b0037                       tbnz w8, #0x0, #0x160
    20: 090940b9                       ldr w9, [x8, #0x8]
    24: 3f110071                       cmp w9, #0x4
    28: a10a0054                       b.ne #0x154
    2c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    30: 091940f9                       ldr x9, [x8, #0x30]
    34: 5f0500f1                       cmp x10, #0x1
    38: 8b000054                       b.lt #0x10
    3c: 3f010beb                       cmp x9, x11
    40: 8b000054                       b.lt #0x10
    44: 55000014                       b #0x154
    48: 3f010beb                       cmp x9, x11
    4c: 6d0a0054                       b.le #0x14c
    50: 2a010a8b                       add x10, x9, x10
    54: 690609aa                       orr x9, x19, x9, lsl #1
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 880e40f9                       ldr x8, [x20, #0x18]
    60: a90200f9                       str x9, [x21]
    64: 000540f9                       ldr x0, [x8, #0x8]
    68: 090500f9                       str x9, [x8, #0x8]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 090040f9                       ldr x9, [x0]
    74: 290500f1                       subs x9, x9, #0x1
    78: 090000f9                       str x9, [x0]
    7c: 80010054                       b.eq #0x30
    80: 090140f9                       ldr x9, [x8]
    84: 29020037                       tbnz w9, #0x0, #0x44
    88: 2a0140f9                       ldr x10, [x9]
    8c: 4a050091                       add x10, x10, #0x1
    90: 2a0100f9                       str x10, [x9]
    94: a90200f9                       str x9, [x21]
    98: 0a0540f9                       ldr x10, [x8, #0x8]
    9c: ca010036                       tbz w10, #0x0, #0x38
    a0: aa0600f9                       str x10, [x21, #0x8]
    a4: 49020037                       tbnz w9, #0x0, #0x48
    a8: 2b000014                       b #0xac
    ac: 00000094                       bl #0x0
        # hole +0xac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    b0: 240080d2                       mov x4, #0x1
    b4: 880e40f9                       ldr x8, [x20, #0x18]
    b8: 45018052                       mov w5, #0xa
    bc: a401c0f2                       movk x4, #0xd, lsl #32
    c0: 090140f9                       ldr x9, [x8]
    c4: 29fe0736                       tbz w9, #0x0, #-0x3c
    c8: a90200f9                       str x9, [x21]
    cc: 0a0540f9                       ldr x10, [x8, #0x8]
    d0: 8afe0737                       tbnz w10, #0x0, #-0x30
    d4: 490140f9                       ldr x9, [x10]
    d8: 29050091                       add x9, x9, #0x1
    dc: 490100f9                       str x9, [x10]
    e0: a90240f9                       ldr x9, [x21]
    e4: aa0600f9                       str x10, [x21, #0x8]
    e8: 69030036                       tbz w9, #0x0, #0x6c
    ec: 4a030036                       tbz w10, #0x0, #0x68
    f0: 4afd4193                       asr x10, x10, #1
    f4: 4905898b                       add x9, x10, x9, asr #1
    f8: 3f0117ab                       cmn x9, x23
    fc: 65070054                       b.pl #0xec
   100: 690609aa                       orr x9, x19, x9, lsl #1
   104: a90200f9                       str x9, [x21]
   108: 000140f9                       ldr x0, [x8]
   10c: 090100f9                       str x9, [x8]
   110: 20010037                       tbnz w0, #0x0, #0x24
   114: 080040f9                       ldr x8, [x0]
   118: 080500f1                       subs x8, x8, #0x1
   11c: 080000f9                       str x8, [x0]
   120: a1000054                       b.ne #0x14
   124: 00000094                       bl #0x0
        # hole +0x124: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   128: 240080d2                       mov x4, #0x1
   12c: 45018052                       mov w5, #0xa
   130: a401c0f2                       movk x4, #0xd, lsl #32
   134: c8a640a9                       ldp x8, x9, [x22, #0x8]
   138: 08050091                       add x8, x8, #0x1
   13c: 1f0109eb                       cmp x8, x9
   140: c80600f9                       str x8, [x22, #0x8]
   144: ca030054                       b.ge #0x78
   148: c80240f9                       ldr x8, [x22]
   14c: 68f6ffb4                       cbz x8, #-0x134
   150: 1d000014                       b #0x74
   154: b5420091                       add x21, x21, #0x10
   158: 84180091                       add x4, x4, #0x6
   15c: 23008052                       mov w3, #0x1
   160: c5088052                       mov w5, #0x46
   164: e00314aa                       mov x0, x20
   168: e10315aa                       mov x1, x21
   16c: e20316aa                       mov x2, x22
   170: 00000094                       bl #0x0
        # hole +0x170: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   174: fe0741f8                       ldr x30, [sp], #0x10
   178: c0035fd6                       ret
   17c: 23008052                       mov w3, #0x1
   180: e00314aa                       mov x0, x20
   184: e10315aa                       mov x1, x21
   188: e20316aa                       mov x2, x22
   18c: 00000094                       bl #0x0
        # hole +0x18c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   190: fe0741f8                       ldr x30, [sp], #0x10
   194: c0035fd6                       ret
   198: 84040091                       add x4, x4, #0x1
   19c: 43008052                       mov w3, #0x2
   1a0: 85028052                       mov w5, #0x14
   1a4: e00314aa                       mov x0, x20
   1a8: e10315aa                       mov x1, x21
   1ac: e20316aa                       mov x2, x22
   1b0: 00000094                       bl #0x0
        # hole +0x1b0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b4: fe0741f8                       ldr x30, [sp], #0x10
   1b8: c0035fd6                       ret
   1bc: 28008052                       mov w8, #0x1
   1c0: c80200f9                       str x8, [x22]
   1c4: 84240091                       add x4, x4, #0x9
   1c8: 43008052                       mov w3, #0x2
   1cc: 850c8052                       mov w5, #0x64
   1d0: e00314aa                       mov x0, x20
   1d4: e10315aa                       mov x1, x21
   1d8: e20316aa                       mov x2, x22
   1dc: 00000094                       bl #0x0
        # hole +0x1dc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e0: fe0741f8                       ldr x30, [sp], #0x10
   1e4: c0035fd6                       ret
   1e8: b5420091                       add x21, x21, #0x10
   1ec: 841c0091                       add x4, x4, #0x7
   1f0: 23008052                       mov w3, #0x1
   1f4: 050a8052                       mov w5, #0x50
   1f8: e00314aa                       mov x0, x20
   1fc: e10315aa                       mov x1, x21
   200: e20316aa                       mov x2, x22
   204: 00000094                       bl #0x0
        # hole +0x204: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   208: fe0741f8                       ldr x30, [sp], #0x10
   20c: c0035fd6                       ret
