# stencil nested_inner for aarch64-unknown-linux-gnu: 552 code bytes, 0 data bytes, 8 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 53018052                       mov w19, #0xa
     8: b8420091                       add x24, x21, #0x10
     c: 39008052                       mov w25, #0x1
    10: 1a00f8d2                       mov x26, #-0x4000000000000000
    14: 37018052                       mov w23, #0x9
    18: a8825ff8                       ldur x8, [x21, #-0x8]
    1c: 680b0037                       tbnz w8, #0x0, #0x16c
    20: 090940b9                       ldr w9, [x8, #0x8]
    24: 3f110071                       cmp w9, #0x4
    28: 610b0054                       b.ne #0x16c
    2c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    30: 091940f9                       ldr x9, [x8, #0x30]
    34: 5f0500f1                       cmp x10, #0x1
    38: 8b000054                       b.lt #0x10
    3c: 3f010beb                       cmp x9, x11
    40: 8b000054                       b.lt #0x10
    44: 4f000014                       b #0x13c
    48: 3f010beb                       cmp x9, x11
    4c: ad090054                       b.le #0x134
    50: 2a010a8b                       add x10, x9, x10
    54: 290709aa                       orr x9, x25, x9, lsl #1
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 880e40f9                       ldr x8, [x20, #0x18]
    60: a90200f9                       str x9, [x21]
    64: 000940f9                       ldr x0, [x8, #0x10]
    68: 090900f9                       str x9, [x8, #0x10]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 090040f9                       ldr x9, [x0]
    74: 290500f1                       subs x9, x9, #0x1
    78: 090000f9                       str x9, [x0]
    7c: 00060054                       b.eq #0xc0
    80: 090140f9                       ldr x9, [x8]
    84: 49060036                       tbz w9, #0x0, #0xc8
    88: a90200f9                       str x9, [x21]
    8c: 090540f9                       ldr x9, [x8, #0x8]
    90: a9060036                       tbz w9, #0x0, #0xd4
    94: a90600f9                       str x9, [x21, #0x8]
    98: 0a0940f9                       ldr x10, [x8, #0x10]
    9c: aa000037                       tbnz w10, #0x0, #0x14
    a0: 490140f9                       ldr x9, [x10]
    a4: 29050091                       add x9, x9, #0x1
    a8: 490100f9                       str x9, [x10]
    ac: a90640f9                       ldr x9, [x21, #0x8]
    b0: 2bfd4193                       asr x11, x9, #1
    b4: 4cfd4193                       asr x12, x10, #1
    b8: 0a0300f9                       str x10, [x24]
    bc: 697d0c9b                       mul x9, x11, x12
    c0: 6b7d4c9b                       smulh x11, x11, x12
    c4: 7ffd89eb                       cmp x11, x9, asr #63
    c8: 61090054                       b.ne #0x12c
    cc: 2a011a8b                       add x10, x9, x26
    d0: 2a09f8b6                       tbz x10, #0x3f, #0x124
    d4: 23008052                       mov w3, #0x1
    d8: aa0240f9                       ldr x10, [x21]
    dc: 6b0409aa                       orr x11, x3, x9, lsl #1
    e0: ab0600f9                       str x11, [x21, #0x8]
    e4: 2a090036                       tbz w10, #0x0, #0x124
    e8: 29058a8b                       add x9, x9, x10, asr #1
    ec: 3f011aab                       cmn x9, x26
    f0: 25090054                       b.pl #0x124
    f4: 290709aa                       orr x9, x25, x9, lsl #1
    f8: a90200f9                       str x9, [x21]
    fc: 000140f9                       ldr x0, [x8]
   100: 090100f9                       str x9, [x8]
   104: c0000037                       tbnz w0, #0x0, #0x18
   108: 080040f9                       ldr x8, [x0]
   10c: 080500f1                       subs x8, x8, #0x1
   110: 080000f9                       str x8, [x0]
   114: 41000054                       b.ne #0x8
   118: 00000094                       bl #0x0
        # hole +0x118: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   11c: c80240f9                       ldr x8, [x22]
   120: 080400b5                       cbnz x8, #0x80
   124: c8a640a9                       ldp x8, x9, [x22, #0x8]
   128: 08050091                       add x8, x8, #0x1
   12c: 1f0109eb                       cmp x8, x9
   130: c80600f9                       str x8, [x22, #0x8]
   134: 2bf7ff54                       b.lt #-0x11c
   138: 1e000014                       b #0x78
   13c: 00000094                       bl #0x0
        # hole +0x13c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   140: 880e40f9                       ldr x8, [x20, #0x18]
   144: 090140f9                       ldr x9, [x8]
   148: 09fa0737                       tbnz w9, #0x0, #-0xc0
   14c: 2a0140f9                       ldr x10, [x9]
   150: 4a050091                       add x10, x10, #0x1
   154: 2a0100f9                       str x10, [x9]
   158: a90200f9                       str x9, [x21]
   15c: 090540f9                       ldr x9, [x8, #0x8]
   160: a9f90737                       tbnz w9, #0x0, #-0xcc
   164: 2a0140f9                       ldr x10, [x9]
   168: 4a050091                       add x10, x10, #0x1
   16c: 2a0100f9                       str x10, [x9]
   170: a90600f9                       str x9, [x21, #0x8]
   174: 0a0940f9                       ldr x10, [x8, #0x10]
   178: 4af90736                       tbz w10, #0x0, #-0xd8
   17c: cdffff17                       b #-0xcc
   180: fe0741f8                       ldr x30, [sp], #0x10
   184: 00000014                       b #0x0
        # hole +0x184: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[2]+0
   188: 23008052                       mov w3, #0x1
   18c: 37008052                       mov w23, #0x1
   190: 0d000014                       b #0x34
   194: 37008052                       mov w23, #0x1
   198: e303172a                       mov w3, w23
   19c: 0a000014                       b #0x28
   1a0: 43008052                       mov w3, #0x2
   1a4: 97018052                       mov w23, #0xc
   1a8: 130f8052                       mov w19, #0x78
   1ac: 06000014                       b #0x18
   1b0: 28008052                       mov w8, #0x1
   1b4: 43008052                       mov w3, #0x2
   1b8: 53108052                       mov w19, #0x82
   1bc: b7018052                       mov w23, #0xd
   1c0: c80200f9                       str x8, [x22]
   1c4: 080080d2                       mov x8, #0x0
        # hole +0x1c4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1c8: e00314aa                       mov x0, x20
   1cc: e10315aa                       mov x1, x21
   1d0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1d0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1d4: e20316aa                       mov x2, x22
   1d8: e50313aa                       mov x5, x19
   1dc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1dc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1e0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1e0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1e4: 0401178b                       add x4, x8, x23
   1e8: 00000094                       bl #0x0
        # hole +0x1e8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1ec: fe0741f8                       ldr x30, [sp], #0x10
   1f0: c0035fd6                       ret
   1f4: b5620091                       add x21, x21, #0x18
   1f8: 23008052                       mov w3, #0x1
   1fc: 130a8052                       mov w19, #0x50
   200: 17018052                       mov w23, #0x8
   204: f0ffff17                       b #-0x40
   208: f50318aa                       mov x21, x24
   20c: 530b8052                       mov w19, #0x5a
   210: edffff17                       b #-0x4c
   214: 23008052                       mov w3, #0x1
   218: f50318aa                       mov x21, x24
   21c: 57018052                       mov w23, #0xa
   220: 930c8052                       mov w19, #0x64
   224: e8ffff17                       b #-0x60
