# stencil float_div_loop for aarch64-unknown-linux-gnu: 556 code bytes, 0 data bytes, 6 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: f30080d2                       mov x19, #0x7
     8: 57018052                       mov w23, #0xa
     c: 3b008052                       mov w27, #0x1
    10: 7300c0f2                       movk x19, #0x3, lsl #32
    14: 791a00d1                       sub x25, x19, #0x6
    18: 7a1600d1                       sub x26, x19, #0x5
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: 280d0037                       tbnz w8, #0x0, #0x1a4
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: c10c0054                       b.ne #0x198
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 62000014                       b #0x188
    4c: 3f010beb                       cmp x9, x11
    50: 0d0c0054                       b.le #0x180
    54: 2a010a8b                       add x10, x9, x10
    58: 690709aa                       orr x9, x27, x9, lsl #1
    5c: 0a1900f9                       str x10, [x8, #0x30]
    60: 880e40f9                       ldr x8, [x20, #0x18]
    64: a90200f9                       str x9, [x21]
    68: 000940f9                       ldr x0, [x8, #0x10]
    6c: 090900f9                       str x9, [x8, #0x10]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: 20010054                       b.eq #0x24
    84: 000140f9                       ldr x0, [x8]
    88: 60010036                       tbz w0, #0x0, #0x2c
    8c: a00200f9                       str x0, [x21]
    90: 180540f9                       ldr x24, [x8, #0x8]
    94: d8010036                       tbz w24, #0x0, #0x38
    98: b80600f9                       str x24, [x21, #0x8]
    9c: 40020036                       tbz w0, #0x0, #0x48
    a0: 45000014                       b #0x114
    a4: 00000094                       bl #0x0
        # hole +0xa4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    a8: 880e40f9                       ldr x8, [x20, #0x18]
    ac: 000140f9                       ldr x0, [x8]
    b0: e0fe0737                       tbnz w0, #0x0, #-0x24
    b4: 090040f9                       ldr x9, [x0]
    b8: 29050091                       add x9, x9, #0x1
    bc: 090000f9                       str x9, [x0]
    c0: a00200f9                       str x0, [x21]
    c4: 180540f9                       ldr x24, [x8, #0x8]
    c8: 98fe0737                       tbnz w24, #0x0, #-0x30
    cc: 080340f9                       ldr x8, [x24]
    d0: 08050091                       add x8, x8, #0x1
    d4: 080300f9                       str x8, [x24]
    d8: a00240f9                       ldr x0, [x21]
    dc: b80600f9                       str x24, [x21, #0x8]
    e0: a0060037                       tbnz w0, #0x0, #0xd4
    e4: 080840b9                       ldr w8, [x0, #0x8]
    e8: 1f090071                       cmp w8, #0x2
    ec: 41060054                       b.ne #0xc8
    f0: 38060037                       tbnz w24, #0x0, #0xc4
    f4: 080b40b9                       ldr w8, [x24, #0x8]
    f8: 1f090071                       cmp w8, #0x2
    fc: c1050054                       b.ne #0xb8
   100: 080040f9                       ldr x8, [x0]
   104: 081840fd                       ldr d8, [x0, #0x30]
   108: 091b40fd                       ldr d9, [x24, #0x30]
   10c: 080500f1                       subs x8, x8, #0x1
   110: 080000f9                       str x8, [x0]
   114: 00010054                       b.eq #0x20
   118: 080340f9                       ldr x8, [x24]
   11c: 080500f1                       subs x8, x8, #0x1
   120: 080300f9                       str x8, [x24]
   124: 20010054                       b.eq #0x24
   128: 2821601e                       fcmp d9, #0.0
   12c: 61010054                       b.ne #0x2c
   130: 2c000014                       b #0xb0
   134: 00000094                       bl #0x0
        # hole +0x134: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   138: 080340f9                       ldr x8, [x24]
   13c: 080500f1                       subs x8, x8, #0x1
   140: 080300f9                       str x8, [x24]
   144: 21ffff54                       b.ne #-0x1c
   148: e00318aa                       mov x0, x24
   14c: 00000094                       bl #0x0
        # hole +0x14c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   150: 2821601e                       fcmp d9, #0.0
   154: 60040054                       b.eq #0x8c
   158: 0019691e                       fdiv d0, d8, d9
   15c: e00316aa                       mov x0, x22
   160: 00000094                       bl #0x0
        # hole +0x160: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   164: 200400b4                       cbz x0, #0x84
   168: 890e40f9                       ldr x9, [x20, #0x18]
   16c: a00200f9                       str x0, [x21]
   170: e80300aa                       mov x8, x0
   174: 200140f9                       ldr x0, [x9]
   178: 280100f9                       str x8, [x9]
   17c: c0000037                       tbnz w0, #0x0, #0x18
   180: 080040f9                       ldr x8, [x0]
   184: 080500f1                       subs x8, x8, #0x1
   188: 080000f9                       str x8, [x0]
   18c: 41000054                       b.ne #0x8
   190: 00000094                       bl #0x0
        # hole +0x190: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   194: c8a640a9                       ldp x8, x9, [x22, #0x8]
   198: 08050091                       add x8, x8, #0x1
   19c: 1f0109eb                       cmp x8, x9
   1a0: c80600f9                       str x8, [x22, #0x8]
   1a4: aa020054                       b.ge #0x54
   1a8: c80240f9                       ldr x8, [x22]
   1ac: 88f3ffb4                       cbz x8, #-0x190
   1b0: 14000014                       b #0x50
   1b4: b5420091                       add x21, x21, #0x10
   1b8: 23008052                       mov w3, #0x1
   1bc: d7088052                       mov w23, #0x46
   1c0: 13000014                       b #0x4c
   1c4: 23008052                       mov w3, #0x1
   1c8: f30319aa                       mov x19, x25
   1cc: 10000014                       b #0x40
   1d0: 43008052                       mov w3, #0x2
   1d4: f3031aaa                       mov x19, x26
   1d8: 97028052                       mov w23, #0x14
   1dc: 0c000014                       b #0x30
   1e0: 28008052                       mov w8, #0x1
   1e4: c80e00f9                       str x8, [x22, #0x18]
   1e8: 73060091                       add x19, x19, #0x1
   1ec: 63008052                       mov w3, #0x3
   1f0: 170a8052                       mov w23, #0x50
   1f4: 06000014                       b #0x18
   1f8: 28008052                       mov w8, #0x1
   1fc: c80200f9                       str x8, [x22]
   200: 730e0091                       add x19, x19, #0x3
   204: 43008052                       mov w3, #0x2
   208: 970c8052                       mov w23, #0x64
   20c: e00314aa                       mov x0, x20
   210: e10315aa                       mov x1, x21
   214: e20316aa                       mov x2, x22
   218: e40313aa                       mov x4, x19
   21c: e50317aa                       mov x5, x23
   220: 00000094                       bl #0x0
        # hole +0x220: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   224: fe0741f8                       ldr x30, [sp], #0x10
   228: c0035fd6                       ret
