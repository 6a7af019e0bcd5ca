# stencil float_div_loop for aarch64-unknown-linux-gnu: 696 code bytes, 0 data bytes, 30 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 37008052                       mov w23, #0x1
     8: a8825ff8                       ldur x8, [x21, #-0x8]
     c: 680e0037                       tbnz w8, #0x0, #0x1cc
    10: 090940b9                       ldr w9, [x8, #0x8]
    14: 3f110071                       cmp w9, #0x4
    18: 010e0054                       b.ne #0x1c0
    1c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    20: 091940f9                       ldr x9, [x8, #0x30]
    24: 5f0500f1                       cmp x10, #0x1
    28: 8b000054                       b.lt #0x10
    2c: 3f010beb                       cmp x9, x11
    30: 8b000054                       b.lt #0x10
    34: 76000014                       b #0x1d8
    38: 3f010beb                       cmp x9, x11
    3c: 8d0e0054                       b.le #0x1d0
    40: 2a010a8b                       add x10, x9, x10
    44: e90609aa                       orr x9, x23, x9, lsl #1
    48: 0a1900f9                       str x10, [x8, #0x30]
    4c: 880e40f9                       ldr x8, [x20, #0x18]
    50: a90200f9                       str x9, [x21]
    54: 000940f9                       ldr x0, [x8, #0x10]
    58: 090900f9                       str x9, [x8, #0x10]
    5c: a0000037                       tbnz w0, #0x0, #0x14
    60: 090040f9                       ldr x9, [x0]
    64: 290500f1                       subs x9, x9, #0x1
    68: 090000f9                       str x9, [x0]
    6c: 20010054                       b.eq #0x24
    70: 000140f9                       ldr x0, [x8]
    74: 60010036                       tbz w0, #0x0, #0x2c
    78: a00200f9                       str x0, [x21]
    7c: 130540f9                       ldr x19, [x8, #0x8]
    80: d3010036                       tbz w19, #0x0, #0x38
    84: b30600f9                       str x19, [x21, #0x8]
    88: 40020036                       tbz w0, #0x0, #0x48
    8c: 45000014                       b #0x114
    90: 00000094                       bl #0x0
        # hole +0x90: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    94: 880e40f9                       ldr x8, [x20, #0x18]
    98: 000140f9                       ldr x0, [x8]
    9c: e0fe0737                       tbnz w0, #0x0, #-0x24
    a0: 090040f9                       ldr x9, [x0]
    a4: 29050091                       add x9, x9, #0x1
    a8: 090000f9                       str x9, [x0]
    ac: a00200f9                       str x0, [x21]
    b0: 130540f9                       ldr x19, [x8, #0x8]
    b4: 93fe0737                       tbnz w19, #0x0, #-0x30
    b8: 680240f9                       ldr x8, [x19]
    bc: 08050091                       add x8, x8, #0x1
    c0: 680200f9                       str x8, [x19]
    c4: a00240f9                       ldr x0, [x21]
    c8: b30600f9                       str x19, [x21, #0x8]
    cc: a0060037                       tbnz w0, #0x0, #0xd4
    d0: 080840b9                       ldr w8, [x0, #0x8]
    d4: 1f090071                       cmp w8, #0x2
    d8: 41060054                       b.ne #0xc8
    dc: 33060037                       tbnz w19, #0x0, #0xc4
    e0: 680a40b9                       ldr w8, [x19, #0x8]
    e4: 1f090071                       cmp w8, #0x2
    e8: c1050054                       b.ne #0xb8
    ec: 080040f9                       ldr x8, [x0]
    f0: 081840fd                       ldr d8, [x0, #0x30]
    f4: 691a40fd                       ldr d9, [x19, #0x30]
    f8: 080500f1                       subs x8, x8, #0x1
    fc: 080000f9                       str x8, [x0]
   100: 00010054                       b.eq #0x20
   104: 680240f9                       ldr x8, [x19]
   108: 080500f1                       subs x8, x8, #0x1
   10c: 680200f9                       str x8, [x19]
   110: 20010054                       b.eq #0x24
   114: 2821601e                       fcmp d9, #0.0
   118: 61010054                       b.ne #0x2c
   11c: 49000014                       b #0x124
   120: 00000094                       bl #0x0
        # hole +0x120: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 680240f9                       ldr x8, [x19]
   128: 080500f1                       subs x8, x8, #0x1
   12c: 680200f9                       str x8, [x19]
   130: 21ffff54                       b.ne #-0x1c
   134: e00313aa                       mov x0, x19
   138: 00000094                       bl #0x0
        # hole +0x138: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   13c: 2821601e                       fcmp d9, #0.0
   140: 00080054                       b.eq #0x100
   144: 0019691e                       fdiv d0, d8, d9
   148: e00316aa                       mov x0, x22
   14c: 00000094                       bl #0x0
        # hole +0x14c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   150: c00700b4                       cbz x0, #0xf8
   154: 890e40f9                       ldr x9, [x20, #0x18]
   158: a00200f9                       str x0, [x21]
   15c: e80300aa                       mov x8, x0
   160: 200140f9                       ldr x0, [x9]
   164: 280100f9                       str x8, [x9]
   168: c0000037                       tbnz w0, #0x0, #0x18
   16c: 080040f9                       ldr x8, [x0]
   170: 080500f1                       subs x8, x8, #0x1
   174: 080000f9                       str x8, [x0]
   178: 41000054                       b.ne #0x8
   17c: 00000094                       bl #0x0
        # hole +0x17c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   180: c8a640a9                       ldp x8, x9, [x22, #0x8]
   184: 08050091                       add x8, x8, #0x1
   188: 1f0109eb                       cmp x8, x9
   18c: c80600f9                       str x8, [x22, #0x8]
   190: 6a070054                       b.ge #0xec
   194: c80240f9                       ldr x8, [x22]
   198: 88f3ffb4                       cbz x8, #-0x190
   19c: 3a000014                       b #0xe8
   1a0: 080080d2                       mov x8, #0x0
        # hole +0x1a0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1a4: b5420091                       add x21, x21, #0x10
   1a8: 23008052                       mov w3, #0x1
   1ac: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1ac: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1b0: c5088052                       mov w5, #0x46
   1b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1bc: 041d0091                       add x4, x8, #0x7
   1c0: e00314aa                       mov x0, x20
   1c4: e10315aa                       mov x1, x21
   1c8: e20316aa                       mov x2, x22
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d0: fe0741f8                       ldr x30, [sp], #0x10
   1d4: c0035fd6                       ret
   1d8: 080080d2                       mov x8, #0x0
        # hole +0x1d8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1dc: 23008052                       mov w3, #0x1
   1e0: 45018052                       mov w5, #0xa
   1e4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1e4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1e8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1e8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1ec: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1ec: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1f0: 04050091                       add x4, x8, #0x1
   1f4: e00314aa                       mov x0, x20
   1f8: e10315aa                       mov x1, x21
   1fc: e20316aa                       mov x2, x22
   200: 00000094                       bl #0x0
        # hole +0x200: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   204: fe0741f8                       ldr x30, [sp], #0x10
   208: c0035fd6                       ret
   20c: 080080d2                       mov x8, #0x0
        # hole +0x20c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   210: 43008052                       mov w3, #0x2
   214: 85028052                       mov w5, #0x14
   218: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x218: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   21c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x21c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   220: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x220: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   224: 04090091                       add x4, x8, #0x2
   228: e00314aa                       mov x0, x20
   22c: e10315aa                       mov x1, x21
   230: e20316aa                       mov x2, x22
   234: 00000094                       bl #0x0
        # hole +0x234: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   238: fe0741f8                       ldr x30, [sp], #0x10
   23c: c0035fd6                       ret
   240: 28008052                       mov w8, #0x1
   244: c80e00f9                       str x8, [x22, #0x18]
   248: 080080d2                       mov x8, #0x0
        # hole +0x248: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   24c: 63008052                       mov w3, #0x3
   250: 050a8052                       mov w5, #0x50
   254: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x254: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   258: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x258: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   25c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x25c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   260: 04210091                       add x4, x8, #0x8
   264: e00314aa                       mov x0, x20
   268: e10315aa                       mov x1, x21
   26c: e20316aa                       mov x2, x22
   270: 00000094                       bl #0x0
        # hole +0x270: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   274: fe0741f8                       ldr x30, [sp], #0x10
   278: c0035fd6                       ret
   27c: 28008052                       mov w8, #0x1
   280: c80200f9                       str x8, [x22]
   284: 080080d2                       mov x8, #0x0
        # hole +0x284: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   288: 43008052                       mov w3, #0x2
   28c: 850c8052                       mov w5, #0x64
   290: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x290: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   294: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x294: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   298: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x298: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   29c: 04290091                       add x4, x8, #0xa
   2a0: e00314aa                       mov x0, x20
   2a4: e10315aa                       mov x1, x21
   2a8: e20316aa                       mov x2, x22
   2ac: 00000094                       bl #0x0
        # hole +0x2ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2b0: fe0741f8                       ldr x30, [sp], #0x10
   2b4: c0035fd6                       ret
