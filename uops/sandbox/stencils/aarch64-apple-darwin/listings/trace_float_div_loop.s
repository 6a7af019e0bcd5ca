# stencil float_div_loop for aarch64-apple-darwin: 552 code bytes, 0 data bytes, 6 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: f30080d2                       mov x19, #0x7
     8: 7300c0f2                       movk x19, #0x3, lsl #32
     c: 791a00d1                       sub x25, x19, #0x6
    10: 57018052                       mov w23, #0xa
    14: 7a1600d1                       sub x26, x19, #0x5
    18: 3b008052                       mov w27, #0x1
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: 080d0037                       tbnz w8, #0x0, #0x1a0
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: a10c0054                       b.ne #0x194
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 61000014                       b #0x184
    4c: 3f010beb                       cmp x9, x11
    50: ed0b0054                       b.le #0x17c
    54: 2a010a8b                       add x10, x9, x10
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 690709aa                       orr x9, x27, x9, lsl #1
    60: a90200f9                       str x9, [x21]
    64: 880e40f9                       ldr x8, [x20, #0x18]
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
    9c: 20020036                       tbz w0, #0x0, #0x44
    a0: 44000014                       b #0x110
    a4: 00000094                       bl #0x0
        # hole +0xa4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
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
    d8: b80600f9                       str x24, [x21, #0x8]
    dc: a0060037                       tbnz w0, #0x0, #0xd4
    e0: 080840b9                       ldr w8, [x0, #0x8]
    e4: 1f090071                       cmp w8, #0x2
    e8: 41060054                       b.ne #0xc8
    ec: 38060037                       tbnz w24, #0x0, #0xc4
    f0: 080b40b9                       ldr w8, [x24, #0x8]
    f4: 1f090071                       cmp w8, #0x2
    f8: c1050054                       b.ne #0xb8
    fc: 081840fd                       ldr d8, [x0, #0x30]
   100: 091b40fd                       ldr d9, [x24, #0x30]
   104: 080040f9                       ldr x8, [x0]
   108: 080500f1                       subs x8, x8, #0x1
   10c: 080000f9                       str x8, [x0]
   110: 00010054                       b.eq #0x20
   114: 080340f9                       ldr x8, [x24]
   118: 080500f1                       subs x8, x8, #0x1
   11c: 080300f9                       str x8, [x24]
   120: 20010054                       b.eq #0x24
   124: 2821601e                       fcmp d9, #0.0
   128: 61010054                       b.ne #0x2c
   12c: 2c000014                       b #0xb0
   130: 00000094                       bl #0x0
        # hole +0x130: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   134: 080340f9                       ldr x8, [x24]
   138: 080500f1                       subs x8, x8, #0x1
   13c: 080300f9                       str x8, [x24]
   140: 21ffff54                       b.ne #-0x1c
   144: e00318aa                       mov x0, x24
   148: 00000094                       bl #0x0
        # hole +0x148: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   14c: 2821601e                       fcmp d9, #0.0
   150: 60040054                       b.eq #0x8c
   154: 0019691e                       fdiv d0, d8, d9
   158: e00316aa                       mov x0, x22
   15c: 00000094                       bl #0x0
        # hole +0x15c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   160: 200400b4                       cbz x0, #0x84
   164: e80300aa                       mov x8, x0
   168: a00200f9                       str x0, [x21]
   16c: 890e40f9                       ldr x9, [x20, #0x18]
   170: 200140f9                       ldr x0, [x9]
   174: 280100f9                       str x8, [x9]
   178: c0000037                       tbnz w0, #0x0, #0x18
   17c: 080040f9                       ldr x8, [x0]
   180: 080500f1                       subs x8, x8, #0x1
   184: 080000f9                       str x8, [x0]
   188: 41000054                       b.ne #0x8
   18c: 00000094                       bl #0x0
        # hole +0x18c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   190: c8a640a9                       ldp x8, x9, [x22, #0x8]
   194: 08050091                       add x8, x8, #0x1
   198: c80600f9                       str x8, [x22, #0x8]
   19c: 1f0109eb                       cmp x8, x9
   1a0: aa020054                       b.ge #0x54
   1a4: c80240f9                       ldr x8, [x22]
   1a8: a8f3ffb4                       cbz x8, #-0x18c
   1ac: 14000014                       b #0x50
   1b0: b5420091                       add x21, x21, #0x10
   1b4: 23008052                       mov w3, #0x1
   1b8: d7088052                       mov w23, #0x46
   1bc: 13000014                       b #0x4c
   1c0: 23008052                       mov w3, #0x1
   1c4: f30319aa                       mov x19, x25
   1c8: 10000014                       b #0x40
   1cc: 43008052                       mov w3, #0x2
   1d0: f3031aaa                       mov x19, x26
   1d4: 97028052                       mov w23, #0x14
   1d8: 0c000014                       b #0x30
   1dc: 28008052                       mov w8, #0x1
   1e0: c80e00f9                       str x8, [x22, #0x18]
   1e4: 73060091                       add x19, x19, #0x1
   1e8: 63008052                       mov w3, #0x3
   1ec: 170a8052                       mov w23, #0x50
   1f0: 06000014                       b #0x18
   1f4: 28008052                       mov w8, #0x1
   1f8: c80200f9                       str x8, [x22]
   1fc: 730e0091                       add x19, x19, #0x3
   200: 43008052                       mov w3, #0x2
   204: 970c8052                       mov w23, #0x64
   208: e00314aa                       mov x0, x20
   20c: e10315aa                       mov x1, x21
   210: e20316aa                       mov x2, x22
   214: e40313aa                       mov x4, x19
   218: e50317aa                       mov x5, x23
   21c: 00000094                       bl #0x0
        # hole +0x21c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   220: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   224: c0035fd6                       ret
