# stencil list_build for aarch64-unknown-linux-gnu: 632 code bytes, 0 data bytes, 28 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: b3220091                       add x19, x21, #0x8
     8: 37008052                       mov w23, #0x1
     c: 1800f8d2                       mov x24, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 880a0037                       tbnz w8, #0x0, #0x150
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 210a0054                       b.ne #0x144
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 57000014                       b #0x15c
    40: 3f010beb                       cmp x9, x11
    44: ad0a0054                       b.le #0x154
    48: 2a010a8b                       add x10, x9, x10
    4c: e90609aa                       orr x9, x23, x9, lsl #1
    50: 0a1900f9                       str x10, [x8, #0x30]
    54: 880e40f9                       ldr x8, [x20, #0x18]
    58: a90200f9                       str x9, [x21]
    5c: 000540f9                       ldr x0, [x8, #0x8]
    60: 090500f9                       str x9, [x8, #0x8]
    64: a0000037                       tbnz w0, #0x0, #0x14
    68: 090040f9                       ldr x9, [x0]
    6c: 290500f1                       subs x9, x9, #0x1
    70: 090000f9                       str x9, [x0]
    74: 60050054                       b.eq #0xac
    78: 090140f9                       ldr x9, [x8]
    7c: a9050036                       tbz w9, #0x0, #0xb4
    80: a90200f9                       str x9, [x21]
    84: 090540f9                       ldr x9, [x8, #0x8]
    88: 09060036                       tbz w9, #0x0, #0xc0
    8c: 690200f9                       str x9, [x19]
    90: 080540f9                       ldr x8, [x8, #0x8]
    94: a8000037                       tbnz w8, #0x0, #0x14
    98: 090140f9                       ldr x9, [x8]
    9c: 29050091                       add x9, x9, #0x1
    a0: 090100f9                       str x9, [x8]
    a4: 690240f9                       ldr x9, [x19]
    a8: 2afd4193                       asr x10, x9, #1
    ac: 0bfd4193                       asr x11, x8, #1
    b0: a80a00f9                       str x8, [x21, #0x10]
    b4: 497d0b9b                       mul x9, x10, x11
    b8: 4a7d4b9b                       smulh x10, x10, x11
    bc: 5ffd89eb                       cmp x10, x9, asr #63
    c0: 010c0054                       b.ne #0x180
    c4: 2801188b                       add x8, x9, x24
    c8: c80bf8b6                       tbz x8, #0x3f, #0x178
    cc: e20609aa                       orr x2, x23, x9, lsl #1
    d0: a10240f9                       ldr x1, [x21]
    d4: e00316aa                       mov x0, x22
    d8: a20600f9                       str x2, [x21, #0x8]
    dc: 00000094                       bl #0x0
        # hole +0xdc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_list_append+0
    e0: 60070035                       cbnz w0, #0xec
    e4: a00240f9                       ldr x0, [x21]
    e8: c0000037                       tbnz w0, #0x0, #0x18
    ec: 080040f9                       ldr x8, [x0]
    f0: 080500f1                       subs x8, x8, #0x1
    f4: 080000f9                       str x8, [x0]
    f8: 41000054                       b.ne #0x8
    fc: 00000094                       bl #0x0
        # hole +0xfc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   100: c8a640a9                       ldp x8, x9, [x22, #0x8]
   104: 08050091                       add x8, x8, #0x1
   108: 1f0109eb                       cmp x8, x9
   10c: c80600f9                       str x8, [x22, #0x8]
   110: aa070054                       b.ge #0xf4
   114: c80240f9                       ldr x8, [x22]
   118: c8f7ffb4                       cbz x8, #-0x108
   11c: 3c000014                       b #0xf0
   120: 00000094                       bl #0x0
        # hole +0x120: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 880e40f9                       ldr x8, [x20, #0x18]
   128: 090140f9                       ldr x9, [x8]
   12c: a9fa0737                       tbnz w9, #0x0, #-0xac
   130: 2a0140f9                       ldr x10, [x9]
   134: 4a050091                       add x10, x10, #0x1
   138: 2a0100f9                       str x10, [x9]
   13c: a90200f9                       str x9, [x21]
   140: 090540f9                       ldr x9, [x8, #0x8]
   144: 49fa0737                       tbnz w9, #0x0, #-0xb8
   148: 2a0140f9                       ldr x10, [x9]
   14c: 4a050091                       add x10, x10, #0x1
   150: 2a0100f9                       str x10, [x9]
   154: 690200f9                       str x9, [x19]
   158: 080540f9                       ldr x8, [x8, #0x8]
   15c: e8f90736                       tbz w8, #0x0, #-0xc4
   160: d2ffff17                       b #-0xb8
   164: 080080d2                       mov x8, #0x0
        # hole +0x164: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   168: 23008052                       mov w3, #0x1
   16c: 45018052                       mov w5, #0xa
   170: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x170: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   174: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x174: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   178: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x178: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   17c: 04050091                       add x4, x8, #0x1
   180: e00314aa                       mov x0, x20
   184: e10315aa                       mov x1, x21
   188: e20316aa                       mov x2, x22
   18c: 00000094                       bl #0x0
        # hole +0x18c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   190: fe0741f8                       ldr x30, [sp], #0x10
   194: c0035fd6                       ret
   198: 080080d2                       mov x8, #0x0
        # hole +0x198: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   19c: 43008052                       mov w3, #0x2
   1a0: 85028052                       mov w5, #0x14
   1a4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1a4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1a8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1ac: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1ac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1b0: 04090091                       add x4, x8, #0x2
   1b4: e00314aa                       mov x0, x20
   1b8: e10315aa                       mov x1, x21
   1bc: e20316aa                       mov x2, x22
   1c0: 00000094                       bl #0x0
        # hole +0x1c0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c4: fe0741f8                       ldr x30, [sp], #0x10
   1c8: c0035fd6                       ret
   1cc: 080080d2                       mov x8, #0x0
        # hole +0x1cc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1d0: 63008052                       mov w3, #0x3
   1d4: 450b8052                       mov w5, #0x5a
   1d8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1d8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1dc: f50313aa                       mov x21, x19
   1e0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1e0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1e4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1e4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1e8: 04250091                       add x4, x8, #0x9
   1ec: e00314aa                       mov x0, x20
   1f0: e10315aa                       mov x1, x21
   1f4: e20316aa                       mov x2, x22
   1f8: 00000094                       bl #0x0
        # hole +0x1f8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1fc: fe0741f8                       ldr x30, [sp], #0x10
   200: c0035fd6                       ret
   204: 28008052                       mov w8, #0x1
   208: c80200f9                       str x8, [x22]
   20c: 080080d2                       mov x8, #0x0
        # hole +0x20c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   210: 43008052                       mov w3, #0x2
   214: c50d8052                       mov w5, #0x6e
   218: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x218: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   21c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x21c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   220: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x220: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   224: 042d0091                       add x4, x8, #0xb
   228: e00314aa                       mov x0, x20
   22c: e10315aa                       mov x1, x21
   230: e20316aa                       mov x2, x22
   234: 00000094                       bl #0x0
        # hole +0x234: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   238: fe0741f8                       ldr x30, [sp], #0x10
   23c: c0035fd6                       ret
   240: 080080d2                       mov x8, #0x0
        # hole +0x240: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   244: b5620091                       add x21, x21, #0x18
   248: 23008052                       mov w3, #0x1
   24c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x24c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   250: 050a8052                       mov w5, #0x50
   254: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x254: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   258: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x258: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   25c: 04210091                       add x4, x8, #0x8
   260: e00314aa                       mov x0, x20
   264: e10315aa                       mov x1, x21
   268: e20316aa                       mov x2, x22
   26c: 00000094                       bl #0x0
        # hole +0x26c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   270: fe0741f8                       ldr x30, [sp], #0x10
   274: c0035fd6                       ret
