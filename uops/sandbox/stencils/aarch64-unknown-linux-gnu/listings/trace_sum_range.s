# stencil sum_range for aarch64-unknown-linux-gnu: 468 code bytes, 0 data bytes, 7 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 53018052                       mov w19, #0xa
     8: 37008052                       mov w23, #0x1
     c: 1800f8d2                       mov x24, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 080a0037                       tbnz w8, #0x0, #0x140
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 010a0054                       b.ne #0x140
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 4c000014                       b #0x130
    40: 3f010beb                       cmp x9, x11
    44: 4d090054                       b.le #0x128
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
    74: 20010054                       b.eq #0x24
    78: 090140f9                       ldr x9, [x8]
    7c: 69010036                       tbz w9, #0x0, #0x2c
    80: a90200f9                       str x9, [x21]
    84: 0a0540f9                       ldr x10, [x8, #0x8]
    88: ca010036                       tbz w10, #0x0, #0x38
    8c: aa0600f9                       str x10, [x21, #0x8]
    90: 49020037                       tbnz w9, #0x0, #0x48
    94: 2b000014                       b #0xac
    98: 00000094                       bl #0x0
        # hole +0x98: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 880e40f9                       ldr x8, [x20, #0x18]
    a0: 090140f9                       ldr x9, [x8]
    a4: e9fe0737                       tbnz w9, #0x0, #-0x24
    a8: 2a0140f9                       ldr x10, [x9]
    ac: 4a050091                       add x10, x10, #0x1
    b0: 2a0100f9                       str x10, [x9]
    b4: a90200f9                       str x9, [x21]
    b8: 0a0540f9                       ldr x10, [x8, #0x8]
    bc: 8afe0737                       tbnz w10, #0x0, #-0x30
    c0: 490140f9                       ldr x9, [x10]
    c4: 29050091                       add x9, x9, #0x1
    c8: 490100f9                       str x9, [x10]
    cc: a90240f9                       ldr x9, [x21]
    d0: aa0600f9                       str x10, [x21, #0x8]
    d4: 69030036                       tbz w9, #0x0, #0x6c
    d8: 4a030036                       tbz w10, #0x0, #0x68
    dc: 4afd4193                       asr x10, x10, #1
    e0: 4905898b                       add x9, x10, x9, asr #1
    e4: 3f0118ab                       cmn x9, x24
    e8: c5060054                       b.pl #0xd8
    ec: e90609aa                       orr x9, x23, x9, lsl #1
    f0: a90200f9                       str x9, [x21]
    f4: 000140f9                       ldr x0, [x8]
    f8: 090100f9                       str x9, [x8]
    fc: c0000037                       tbnz w0, #0x0, #0x18
   100: 080040f9                       ldr x8, [x0]
   104: 080500f1                       subs x8, x8, #0x1
   108: 080000f9                       str x8, [x0]
   10c: 41000054                       b.ne #0x8
   110: 00000094                       bl #0x0
        # hole +0x110: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   114: c8a640a9                       ldp x8, x9, [x22, #0x8]
   118: 08050091                       add x8, x8, #0x1
   11c: 1f0109eb                       cmp x8, x9
   120: c80600f9                       str x8, [x22, #0x8]
   124: ca020054                       b.ge #0x58
   128: c80240f9                       ldr x8, [x22]
   12c: 28f7ffb4                       cbz x8, #-0x11c
   130: 43008052                       mov w3, #0x2
   134: 48018052                       mov w8, #0xa
   138: 930c8052                       mov w19, #0x64
   13c: 15000014                       b #0x54
   140: b5420091                       add x21, x21, #0x10
   144: 23008052                       mov w3, #0x1
   148: d3088052                       mov w19, #0x46
   14c: e8008052                       mov w8, #0x7
   150: 10000014                       b #0x40
   154: 23008052                       mov w3, #0x1
   158: 28008052                       mov w8, #0x1
   15c: 0d000014                       b #0x34
   160: 28008052                       mov w8, #0x1
   164: e303082a                       mov w3, w8
   168: 0a000014                       b #0x28
   16c: 48008052                       mov w8, #0x2
   170: 93028052                       mov w19, #0x14
   174: e303082a                       mov w3, w8
   178: 06000014                       b #0x18
   17c: 28008052                       mov w8, #0x1
   180: 43008052                       mov w3, #0x2
   184: 930c8052                       mov w19, #0x64
   188: c80200f9                       str x8, [x22]
   18c: 48018052                       mov w8, #0xa
   190: 090080d2                       mov x9, #0x0
        # hole +0x190: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   194: e00314aa                       mov x0, x20
   198: e10315aa                       mov x1, x21
   19c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x19c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1a0: e20316aa                       mov x2, x22
   1a4: e50313aa                       mov x5, x19
   1a8: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x1a8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1ac: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x1ac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1b0: 2401088b                       add x4, x9, x8
   1b4: 00000094                       bl #0x0
        # hole +0x1b4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b8: fe0741f8                       ldr x30, [sp], #0x10
   1bc: c0035fd6                       ret
   1c0: b5420091                       add x21, x21, #0x10
   1c4: 23008052                       mov w3, #0x1
   1c8: 130a8052                       mov w19, #0x50
   1cc: 08018052                       mov w8, #0x8
   1d0: f0ffff17                       b #-0x40
