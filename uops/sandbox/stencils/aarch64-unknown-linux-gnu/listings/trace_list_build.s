# stencil list_build for aarch64-unknown-linux-gnu: 524 code bytes, 0 data bytes, 8 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 53018052                       mov w19, #0xa
     8: b8220091                       add x24, x21, #0x8
     c: 39008052                       mov w25, #0x1
    10: 1a00f8d2                       mov x26, #-0x4000000000000000
    14: 37018052                       mov w23, #0x9
    18: a8825ff8                       ldur x8, [x21, #-0x8]
    1c: 880a0037                       tbnz w8, #0x0, #0x150
    20: 090940b9                       ldr w9, [x8, #0x8]
    24: 3f110071                       cmp w9, #0x4
    28: 810a0054                       b.ne #0x150
    2c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    30: 091940f9                       ldr x9, [x8, #0x30]
    34: 5f0500f1                       cmp x10, #0x1
    38: 8b000054                       b.lt #0x10
    3c: 3f010beb                       cmp x9, x11
    40: 8b000054                       b.lt #0x10
    44: 50000014                       b #0x140
    48: 3f010beb                       cmp x9, x11
    4c: cd090054                       b.le #0x138
    50: 2a010a8b                       add x10, x9, x10
    54: 290709aa                       orr x9, x25, x9, lsl #1
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 880e40f9                       ldr x8, [x20, #0x18]
    60: a90200f9                       str x9, [x21]
    64: 000540f9                       ldr x0, [x8, #0x8]
    68: 090500f9                       str x9, [x8, #0x8]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 090040f9                       ldr x9, [x0]
    74: 290500f1                       subs x9, x9, #0x1
    78: 090000f9                       str x9, [x0]
    7c: 60050054                       b.eq #0xac
    80: 090140f9                       ldr x9, [x8]
    84: a9050036                       tbz w9, #0x0, #0xb4
    88: a90200f9                       str x9, [x21]
    8c: 090540f9                       ldr x9, [x8, #0x8]
    90: 09060036                       tbz w9, #0x0, #0xc0
    94: 090300f9                       str x9, [x24]
    98: 080540f9                       ldr x8, [x8, #0x8]
    9c: a8000037                       tbnz w8, #0x0, #0x14
    a0: 090140f9                       ldr x9, [x8]
    a4: 29050091                       add x9, x9, #0x1
    a8: 090100f9                       str x9, [x8]
    ac: 090340f9                       ldr x9, [x24]
    b0: 2afd4193                       asr x10, x9, #1
    b4: 0bfd4193                       asr x11, x8, #1
    b8: a80a00f9                       str x8, [x21, #0x10]
    bc: 497d0b9b                       mul x9, x10, x11
    c0: 4a7d4b9b                       smulh x10, x10, x11
    c4: 5ffd89eb                       cmp x10, x9, asr #63
    c8: 81090054                       b.ne #0x130
    cc: 28011a8b                       add x8, x9, x26
    d0: 4809f8b6                       tbz x8, #0x3f, #0x128
    d4: 220709aa                       orr x2, x25, x9, lsl #1
    d8: a10240f9                       ldr x1, [x21]
    dc: e00316aa                       mov x0, x22
    e0: a20600f9                       str x2, [x21, #0x8]
    e4: 00000094                       bl #0x0
        # hole +0xe4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_list_append+0
    e8: 60050035                       cbnz w0, #0xac
    ec: a00240f9                       ldr x0, [x21]
    f0: c0000037                       tbnz w0, #0x0, #0x18
    f4: 080040f9                       ldr x8, [x0]
    f8: 080500f1                       subs x8, x8, #0x1
    fc: 080000f9                       str x8, [x0]
   100: 41000054                       b.ne #0x8
   104: 00000094                       bl #0x0
        # hole +0x104: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   108: c8a640a9                       ldp x8, x9, [x22, #0x8]
   10c: 08050091                       add x8, x8, #0x1
   110: 1f0109eb                       cmp x8, x9
   114: c80600f9                       str x8, [x22, #0x8]
   118: 6a040054                       b.ge #0x8c
   11c: c80240f9                       ldr x8, [x22]
   120: c8f7ffb4                       cbz x8, #-0x108
   124: 26000014                       b #0x98
   128: 00000094                       bl #0x0
        # hole +0x128: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: 880e40f9                       ldr x8, [x20, #0x18]
   130: 090140f9                       ldr x9, [x8]
   134: a9fa0737                       tbnz w9, #0x0, #-0xac
   138: 2a0140f9                       ldr x10, [x9]
   13c: 4a050091                       add x10, x10, #0x1
   140: 2a0100f9                       str x10, [x9]
   144: a90200f9                       str x9, [x21]
   148: 090540f9                       ldr x9, [x8, #0x8]
   14c: 49fa0737                       tbnz w9, #0x0, #-0xb8
   150: 2a0140f9                       ldr x10, [x9]
   154: 4a050091                       add x10, x10, #0x1
   158: 2a0100f9                       str x10, [x9]
   15c: 090300f9                       str x9, [x24]
   160: 080540f9                       ldr x8, [x8, #0x8]
   164: e8f90736                       tbz w8, #0x0, #-0xc4
   168: d2ffff17                       b #-0xb8
   16c: 23008052                       mov w3, #0x1
   170: 37008052                       mov w23, #0x1
   174: 15000014                       b #0x54
   178: 37008052                       mov w23, #0x1
   17c: e303172a                       mov w3, w23
   180: 12000014                       b #0x48
   184: 57008052                       mov w23, #0x2
   188: 93028052                       mov w19, #0x14
   18c: e303172a                       mov w3, w23
   190: 0e000014                       b #0x38
   194: 63008052                       mov w3, #0x3
   198: f50318aa                       mov x21, x24
   19c: 530b8052                       mov w19, #0x5a
   1a0: 0a000014                       b #0x28
   1a4: 28008052                       mov w8, #0x1
   1a8: 43008052                       mov w3, #0x2
   1ac: d30d8052                       mov w19, #0x6e
   1b0: c80200f9                       str x8, [x22]
   1b4: 77018052                       mov w23, #0xb
   1b8: 04000014                       b #0x10
   1bc: 43008052                       mov w3, #0x2
   1c0: 77018052                       mov w23, #0xb
   1c4: d30d8052                       mov w19, #0x6e
   1c8: 080080d2                       mov x8, #0x0
        # hole +0x1c8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1cc: e00314aa                       mov x0, x20
   1d0: e10315aa                       mov x1, x21
   1d4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1d4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1d8: e20316aa                       mov x2, x22
   1dc: e50313aa                       mov x5, x19
   1e0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1e4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1e8: 0401178b                       add x4, x8, x23
   1ec: 00000094                       bl #0x0
        # hole +0x1ec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1f0: fe0741f8                       ldr x30, [sp], #0x10
   1f4: c0035fd6                       ret
   1f8: b5620091                       add x21, x21, #0x18
   1fc: 23008052                       mov w3, #0x1
   200: 130a8052                       mov w19, #0x50
   204: 17018052                       mov w23, #0x8
   208: f0ffff17                       b #-0x40
