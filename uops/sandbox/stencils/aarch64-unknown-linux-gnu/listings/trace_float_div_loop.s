# stencil float_div_loop for aarch64-unknown-linux-gnu: 600 code bytes, 0 data bytes, 10 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 53018052                       mov w19, #0xa
     8: 39008052                       mov w25, #0x1
     c: 18018052                       mov w24, #0x8
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: a80d0037                       tbnz w8, #0x0, #0x1b4
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: a10d0054                       b.ne #0x1b4
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 69000014                       b #0x1a4
    40: 3f010beb                       cmp x9, x11
    44: ed0c0054                       b.le #0x19c
    48: 2a010a8b                       add x10, x9, x10
    4c: 290709aa                       orr x9, x25, x9, lsl #1
    50: 0a1900f9                       str x10, [x8, #0x30]
    54: 880e40f9                       ldr x8, [x20, #0x18]
    58: a90200f9                       str x9, [x21]
    5c: 000940f9                       ldr x0, [x8, #0x10]
    60: 090900f9                       str x9, [x8, #0x10]
    64: a0000037                       tbnz w0, #0x0, #0x14
    68: 090040f9                       ldr x9, [x0]
    6c: 290500f1                       subs x9, x9, #0x1
    70: 090000f9                       str x9, [x0]
    74: 20010054                       b.eq #0x24
    78: 000140f9                       ldr x0, [x8]
    7c: 60010036                       tbz w0, #0x0, #0x2c
    80: a00200f9                       str x0, [x21]
    84: 170540f9                       ldr x23, [x8, #0x8]
    88: d7010036                       tbz w23, #0x0, #0x38
    8c: b70600f9                       str x23, [x21, #0x8]
    90: 40020036                       tbz w0, #0x0, #0x48
    94: 48000014                       b #0x120
    98: 00000094                       bl #0x0
        # hole +0x98: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 880e40f9                       ldr x8, [x20, #0x18]
    a0: 000140f9                       ldr x0, [x8]
    a4: e0fe0737                       tbnz w0, #0x0, #-0x24
    a8: 090040f9                       ldr x9, [x0]
    ac: 29050091                       add x9, x9, #0x1
    b0: 090000f9                       str x9, [x0]
    b4: a00200f9                       str x0, [x21]
    b8: 170540f9                       ldr x23, [x8, #0x8]
    bc: 97fe0737                       tbnz w23, #0x0, #-0x30
    c0: e80240f9                       ldr x8, [x23]
    c4: 08050091                       add x8, x8, #0x1
    c8: e80200f9                       str x8, [x23]
    cc: a00240f9                       ldr x0, [x21]
    d0: b70600f9                       str x23, [x21, #0x8]
    d4: 00070037                       tbnz w0, #0x0, #0xe0
    d8: 080840b9                       ldr w8, [x0, #0x8]
    dc: 1f090071                       cmp w8, #0x2
    e0: a1060054                       b.ne #0xd4
    e4: 97060037                       tbnz w23, #0x0, #0xd0
    e8: e80a40b9                       ldr w8, [x23, #0x8]
    ec: 1f090071                       cmp w8, #0x2
    f0: 21060054                       b.ne #0xc4
    f4: 080040f9                       ldr x8, [x0]
    f8: 081840fd                       ldr d8, [x0, #0x30]
    fc: e91a40fd                       ldr d9, [x23, #0x30]
   100: 080500f1                       subs x8, x8, #0x1
   104: 080000f9                       str x8, [x0]
   108: 00010054                       b.eq #0x20
   10c: e80240f9                       ldr x8, [x23]
   110: 080500f1                       subs x8, x8, #0x1
   114: e80200f9                       str x8, [x23]
   118: 20010054                       b.eq #0x24
   11c: 2821601e                       fcmp d9, #0.0
   120: 61010054                       b.ne #0x2c
   124: 33000014                       b #0xcc
   128: 00000094                       bl #0x0
        # hole +0x128: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: e80240f9                       ldr x8, [x23]
   130: 080500f1                       subs x8, x8, #0x1
   134: e80200f9                       str x8, [x23]
   138: 21ffff54                       b.ne #-0x1c
   13c: e00317aa                       mov x0, x23
   140: 00000094                       bl #0x0
        # hole +0x140: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   144: 2821601e                       fcmp d9, #0.0
   148: 40050054                       b.eq #0xa8
   14c: 0019691e                       fdiv d0, d8, d9
   150: e00316aa                       mov x0, x22
   154: 00000094                       bl #0x0
        # hole +0x154: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   158: a00700b4                       cbz x0, #0xf4
   15c: 890e40f9                       ldr x9, [x20, #0x18]
   160: a00200f9                       str x0, [x21]
   164: e80300aa                       mov x8, x0
   168: 200140f9                       ldr x0, [x9]
   16c: 280100f9                       str x8, [x9]
   170: c0000037                       tbnz w0, #0x0, #0x18
   174: 080040f9                       ldr x8, [x0]
   178: 080500f1                       subs x8, x8, #0x1
   17c: 080000f9                       str x8, [x0]
   180: 41000054                       b.ne #0x8
   184: 00000094                       bl #0x0
        # hole +0x184: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   188: c8a640a9                       ldp x8, x9, [x22, #0x8]
   18c: 08050091                       add x8, x8, #0x1
   190: 1f0109eb                       cmp x8, x9
   194: c80600f9                       str x8, [x22, #0x8]
   198: 8a030054                       b.ge #0x70
   19c: c80240f9                       ldr x8, [x22]
   1a0: 88f3ffb4                       cbz x8, #-0x190
   1a4: 43008052                       mov w3, #0x2
   1a8: 58018052                       mov w24, #0xa
   1ac: 930c8052                       mov w19, #0x64
   1b0: 1b000014                       b #0x6c
   1b4: b5420091                       add x21, x21, #0x10
   1b8: 23008052                       mov w3, #0x1
   1bc: d3088052                       mov w19, #0x46
   1c0: f8008052                       mov w24, #0x7
   1c4: 16000014                       b #0x58
   1c8: 23008052                       mov w3, #0x1
   1cc: 38008052                       mov w24, #0x1
   1d0: 13000014                       b #0x4c
   1d4: 38008052                       mov w24, #0x1
   1d8: e303182a                       mov w3, w24
   1dc: 10000014                       b #0x40
   1e0: 58008052                       mov w24, #0x2
   1e4: 93028052                       mov w19, #0x14
   1e8: e303182a                       mov w3, w24
   1ec: 0c000014                       b #0x30
   1f0: 28008052                       mov w8, #0x1
   1f4: 63008052                       mov w3, #0x3
   1f8: 130a8052                       mov w19, #0x50
   1fc: c80e00f9                       str x8, [x22, #0x18]
   200: 18018052                       mov w24, #0x8
   204: 06000014                       b #0x18
   208: 28008052                       mov w8, #0x1
   20c: 43008052                       mov w3, #0x2
   210: 930c8052                       mov w19, #0x64
   214: c80200f9                       str x8, [x22]
   218: 58018052                       mov w24, #0xa
   21c: 080080d2                       mov x8, #0x0
        # hole +0x21c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   220: e00314aa                       mov x0, x20
   224: e10315aa                       mov x1, x21
   228: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x228: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   22c: e20316aa                       mov x2, x22
   230: e50313aa                       mov x5, x19
   234: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x234: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   238: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x238: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   23c: 0401188b                       add x4, x8, x24
   240: 00000094                       bl #0x0
        # hole +0x240: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   244: fe0741f8                       ldr x30, [sp], #0x10
   248: c0035fd6                       ret
   24c: 63008052                       mov w3, #0x3
   250: 130a8052                       mov w19, #0x50
   254: f2ffff17                       b #-0x38
