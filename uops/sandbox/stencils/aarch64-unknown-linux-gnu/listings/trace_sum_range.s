# stencil sum_range for aarch64-unknown-linux-gnu: 588 code bytes, 0 data bytes, 27 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 33008052                       mov w19, #0x1
     8: 1700f8d2                       mov x23, #-0x4000000000000000
     c: a8825ff8                       ldur x8, [x21, #-0x8]
    10: 080b0037                       tbnz w8, #0x0, #0x160
    14: 090940b9                       ldr w9, [x8, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: a10a0054                       b.ne #0x154
    20: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    24: 091940f9                       ldr x9, [x8, #0x30]
    28: 5f0500f1                       cmp x10, #0x1
    2c: 8b000054                       b.lt #0x10
    30: 3f010beb                       cmp x9, x11
    34: 8b000054                       b.lt #0x10
    38: 5b000014                       b #0x16c
    3c: 3f010beb                       cmp x9, x11
    40: 2d0b0054                       b.le #0x164
    44: 2a010a8b                       add x10, x9, x10
    48: 690609aa                       orr x9, x19, x9, lsl #1
    4c: 0a1900f9                       str x10, [x8, #0x30]
    50: 880e40f9                       ldr x8, [x20, #0x18]
    54: a90200f9                       str x9, [x21]
    58: 000540f9                       ldr x0, [x8, #0x8]
    5c: 090500f9                       str x9, [x8, #0x8]
    60: a0000037                       tbnz w0, #0x0, #0x14
    64: 090040f9                       ldr x9, [x0]
    68: 290500f1                       subs x9, x9, #0x1
    6c: 090000f9                       str x9, [x0]
    70: 40010054                       b.eq #0x28
    74: 090140f9                       ldr x9, [x8]
    78: 89010036                       tbz w9, #0x0, #0x30
    7c: a90200f9                       str x9, [x21]
    80: 0a0540f9                       ldr x10, [x8, #0x8]
    84: ea010036                       tbz w10, #0x0, #0x3c
    88: 2b014092                       and x11, x9, #0x1
    8c: aa0600f9                       str x10, [x21, #0x8]
    90: 6b0200b5                       cbnz x11, #0x4c
    94: 29000014                       b #0xa4
    98: 00000094                       bl #0x0
        # hole +0x98: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 880e40f9                       ldr x8, [x20, #0x18]
    a0: 090140f9                       ldr x9, [x8]
    a4: c9fe0737                       tbnz w9, #0x0, #-0x28
    a8: 2a0140f9                       ldr x10, [x9]
    ac: 4a050091                       add x10, x10, #0x1
    b0: 2a0100f9                       str x10, [x9]
    b4: a90200f9                       str x9, [x21]
    b8: 0a0540f9                       ldr x10, [x8, #0x8]
    bc: 6afe0737                       tbnz w10, #0x0, #-0x34
    c0: 490140f9                       ldr x9, [x10]
    c4: 29050091                       add x9, x9, #0x1
    c8: 490100f9                       str x9, [x10]
    cc: a90240f9                       ldr x9, [x21]
    d0: 2b014092                       and x11, x9, #0x1
    d4: aa0600f9                       str x10, [x21, #0x8]
    d8: 0b0300b4                       cbz x11, #0x60
    dc: ea020036                       tbz w10, #0x0, #0x5c
    e0: 4afd4193                       asr x10, x10, #1
    e4: 4905898b                       add x9, x10, x9, asr #1
    e8: 3f0117ab                       cmn x9, x23
    ec: 45090054                       b.pl #0x128
    f0: 690609aa                       orr x9, x19, x9, lsl #1
    f4: a90200f9                       str x9, [x21]
    f8: 000140f9                       ldr x0, [x8]
    fc: 090100f9                       str x9, [x8]
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
   128: 8a050054                       b.ge #0xb0
   12c: c80240f9                       ldr x8, [x22]
   130: e8f6ffb4                       cbz x8, #-0x124
   134: 2b000014                       b #0xac
   138: 080080d2                       mov x8, #0x0
        # hole +0x138: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   13c: b5420091                       add x21, x21, #0x10
   140: 23008052                       mov w3, #0x1
   144: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x144: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   148: c5088052                       mov w5, #0x46
   14c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x14c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   150: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x150: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   154: 041d0091                       add x4, x8, #0x7
   158: e00314aa                       mov x0, x20
   15c: e10315aa                       mov x1, x21
   160: e20316aa                       mov x2, x22
   164: 00000094                       bl #0x0
        # hole +0x164: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   168: fe0741f8                       ldr x30, [sp], #0x10
   16c: c0035fd6                       ret
   170: 080080d2                       mov x8, #0x0
        # hole +0x170: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   174: 23008052                       mov w3, #0x1
   178: 45018052                       mov w5, #0xa
   17c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x17c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   180: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x180: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   184: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x184: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   188: 04050091                       add x4, x8, #0x1
   18c: e00314aa                       mov x0, x20
   190: e10315aa                       mov x1, x21
   194: e20316aa                       mov x2, x22
   198: 00000094                       bl #0x0
        # hole +0x198: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   19c: fe0741f8                       ldr x30, [sp], #0x10
   1a0: c0035fd6                       ret
   1a4: 080080d2                       mov x8, #0x0
        # hole +0x1a4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1a8: 43008052                       mov w3, #0x2
   1ac: 85028052                       mov w5, #0x14
   1b0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1b0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1b4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1b4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1b8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1b8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1bc: 04090091                       add x4, x8, #0x2
   1c0: e00314aa                       mov x0, x20
   1c4: e10315aa                       mov x1, x21
   1c8: e20316aa                       mov x2, x22
   1cc: 00000094                       bl #0x0
        # hole +0x1cc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d0: fe0741f8                       ldr x30, [sp], #0x10
   1d4: c0035fd6                       ret
   1d8: 28008052                       mov w8, #0x1
   1dc: c80200f9                       str x8, [x22]
   1e0: 080080d2                       mov x8, #0x0
        # hole +0x1e0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1e4: 43008052                       mov w3, #0x2
   1e8: 850c8052                       mov w5, #0x64
   1ec: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1f0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1f0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1f4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1f4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1f8: 04290091                       add x4, x8, #0xa
   1fc: e00314aa                       mov x0, x20
   200: e10315aa                       mov x1, x21
   204: e20316aa                       mov x2, x22
   208: 00000094                       bl #0x0
        # hole +0x208: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   20c: fe0741f8                       ldr x30, [sp], #0x10
   210: c0035fd6                       ret
   214: 080080d2                       mov x8, #0x0
        # hole +0x214: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   218: b5420091                       add x21, x21, #0x10
   21c: 23008052                       mov w3, #0x1
   220: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x220: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   224: 050a8052                       mov w5, #0x50
   228: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x228: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   22c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x22c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   230: 04210091                       add x4, x8, #0x8
   234: e00314aa                       mov x0, x20
   238: e10315aa                       mov x1, x21
   23c: e20316aa                       mov x2, x22
   240: 00000094                       bl #0x0
        # hole +0x240: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   244: fe0741f8                       ldr x30, [sp], #0x10
   248: c0035fd6                       ret
