# stencil sum_range for aarch64-unknown-linux-gnu: 472 code bytes, 0 data bytes, 7 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 45018052                       mov w5, #0xa
     8: 33008052                       mov w19, #0x1
     c: 1700f8d2                       mov x23, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 880b0037                       tbnz w8, #0x0, #0x170
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 610d0054                       b.ne #0x1ac
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 55000014                       b #0x154
    40: 3f010beb                       cmp x9, x11
    44: 6d0a0054                       b.le #0x14c
    48: 2a010a8b                       add x10, x9, x10
    4c: 690609aa                       orr x9, x19, x9, lsl #1
    50: 0a1900f9                       str x10, [x8, #0x30]
    54: 880e40f9                       ldr x8, [x20, #0x18]
    58: a90200f9                       str x9, [x21]
    5c: 000540f9                       ldr x0, [x8, #0x8]
    60: 090500f9                       str x9, [x8, #0x8]
    64: a0000037                       tbnz w0, #0x0, #0x14
    68: 090040f9                       ldr x9, [x0]
    6c: 290500f1                       subs x9, x9, #0x1
    70: 090000f9                       str x9, [x0]
    74: 20010054                       b.eq #0x24
    78: 090140f9                       ldr x9, [x8]
    7c: 89010036                       tbz w9, #0x0, #0x30
    80: a90200f9                       str x9, [x21]
    84: 0a0540f9                       ldr x10, [x8, #0x8]
    88: ea010036                       tbz w10, #0x0, #0x3c
    8c: aa0600f9                       str x10, [x21, #0x8]
    90: 69020037                       tbnz w9, #0x0, #0x4c
    94: 2d000014                       b #0xb4
    98: 00000094                       bl #0x0
        # hole +0x98: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 880e40f9                       ldr x8, [x20, #0x18]
    a0: 45018052                       mov w5, #0xa
    a4: 090140f9                       ldr x9, [x8]
    a8: c9fe0737                       tbnz w9, #0x0, #-0x28
    ac: 2a0140f9                       ldr x10, [x9]
    b0: 4a050091                       add x10, x10, #0x1
    b4: 2a0100f9                       str x10, [x9]
    b8: a90200f9                       str x9, [x21]
    bc: 0a0540f9                       ldr x10, [x8, #0x8]
    c0: 6afe0737                       tbnz w10, #0x0, #-0x34
    c4: 490140f9                       ldr x9, [x10]
    c8: 29050091                       add x9, x9, #0x1
    cc: 490100f9                       str x9, [x10]
    d0: a90240f9                       ldr x9, [x21]
    d4: aa0600f9                       str x10, [x21, #0x8]
    d8: 89030036                       tbz w9, #0x0, #0x70
    dc: 6a030036                       tbz w10, #0x0, #0x6c
    e0: 4afd4193                       asr x10, x10, #1
    e4: 4905898b                       add x9, x10, x9, asr #1
    e8: 3f0117ab                       cmn x9, x23
    ec: 65060054                       b.pl #0xcc
    f0: 690609aa                       orr x9, x19, x9, lsl #1
    f4: a90200f9                       str x9, [x21]
    f8: 000140f9                       ldr x0, [x8]
    fc: 090100f9                       str x9, [x8]
   100: e0000037                       tbnz w0, #0x0, #0x1c
   104: 080040f9                       ldr x8, [x0]
   108: 080500f1                       subs x8, x8, #0x1
   10c: 080000f9                       str x8, [x0]
   110: 61000054                       b.ne #0xc
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 45018052                       mov w5, #0xa
   11c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   120: 08050091                       add x8, x8, #0x1
   124: 1f0109eb                       cmp x8, x9
   128: c80600f9                       str x8, [x22, #0x8]
   12c: aa030054                       b.ge #0x74
   130: c80240f9                       ldr x8, [x22]
   134: e8f6ffb4                       cbz x8, #-0x124
   138: 43008052                       mov w3, #0x2
   13c: 48018052                       mov w8, #0xa
   140: 850c8052                       mov w5, #0x64
   144: 05000014                       b #0x14
   148: b5420091                       add x21, x21, #0x10
   14c: 23008052                       mov w3, #0x1
   150: c5088052                       mov w5, #0x46
   154: e8008052                       mov w8, #0x7
   158: 090080d2                       mov x9, #0x0
        # hole +0x158: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   15c: e00314aa                       mov x0, x20
   160: e10315aa                       mov x1, x21
   164: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x164: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   168: e20316aa                       mov x2, x22
   16c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x16c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   170: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x170: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   174: 2401088b                       add x4, x9, x8
   178: 00000094                       bl #0x0
        # hole +0x178: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   17c: fe0741f8                       ldr x30, [sp], #0x10
   180: c0035fd6                       ret
   184: 23008052                       mov w3, #0x1
   188: 28008052                       mov w8, #0x1
   18c: f3ffff17                       b #-0x34
   190: 48008052                       mov w8, #0x2
   194: 85028052                       mov w5, #0x14
   198: e303082a                       mov w3, w8
   19c: efffff17                       b #-0x44
   1a0: 28008052                       mov w8, #0x1
   1a4: 43008052                       mov w3, #0x2
   1a8: 850c8052                       mov w5, #0x64
   1ac: c80200f9                       str x8, [x22]
   1b0: 48018052                       mov w8, #0xa
   1b4: e9ffff17                       b #-0x5c
   1b8: b5420091                       add x21, x21, #0x10
   1bc: 23008052                       mov w3, #0x1
   1c0: 050a8052                       mov w5, #0x50
   1c4: 08018052                       mov w8, #0x8
   1c8: e4ffff17                       b #-0x70
   1cc: 28008052                       mov w8, #0x1
   1d0: e303082a                       mov w3, w8
   1d4: e1ffff17                       b #-0x7c
