# stencil nested_inner for aarch64-unknown-linux-gnu: 712 code bytes, 0 data bytes, 33 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: b3420091                       add x19, x21, #0x10
     8: 37008052                       mov w23, #0x1
     c: 1800f8d2                       mov x24, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 480b0037                       tbnz w8, #0x0, #0x168
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: e10a0054                       b.ne #0x15c
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 4e000014                       b #0x138
    40: 3f010beb                       cmp x9, x11
    44: 8d090054                       b.le #0x130
    48: 2a010a8b                       add x10, x9, x10
    4c: e90609aa                       orr x9, x23, x9, lsl #1
    50: 0a1900f9                       str x10, [x8, #0x30]
    54: 880e40f9                       ldr x8, [x20, #0x18]
    58: a90200f9                       str x9, [x21]
    5c: 000940f9                       ldr x0, [x8, #0x10]
    60: 090900f9                       str x9, [x8, #0x10]
    64: a0000037                       tbnz w0, #0x0, #0x14
    68: 090040f9                       ldr x9, [x0]
    6c: 290500f1                       subs x9, x9, #0x1
    70: 090000f9                       str x9, [x0]
    74: e0050054                       b.eq #0xbc
    78: 090140f9                       ldr x9, [x8]
    7c: 29060036                       tbz w9, #0x0, #0xc4
    80: a90200f9                       str x9, [x21]
    84: 090540f9                       ldr x9, [x8, #0x8]
    88: 89060036                       tbz w9, #0x0, #0xd0
    8c: a90600f9                       str x9, [x21, #0x8]
    90: 0a0940f9                       ldr x10, [x8, #0x10]
    94: aa000037                       tbnz w10, #0x0, #0x14
    98: 490140f9                       ldr x9, [x10]
    9c: 29050091                       add x9, x9, #0x1
    a0: 490100f9                       str x9, [x10]
    a4: a90640f9                       ldr x9, [x21, #0x8]
    a8: 2bfd4193                       asr x11, x9, #1
    ac: 4cfd4193                       asr x12, x10, #1
    b0: 6a0200f9                       str x10, [x19]
    b4: 697d0c9b                       mul x9, x11, x12
    b8: 6b7d4c9b                       smulh x11, x11, x12
    bc: 7ffd89eb                       cmp x11, x9, asr #63
    c0: 010b0054                       b.ne #0x160
    c4: 2a01188b                       add x10, x9, x24
    c8: ca0af8b6                       tbz x10, #0x3f, #0x158
    cc: eb0609aa                       orr x11, x23, x9, lsl #1
    d0: aa0240f9                       ldr x10, [x21]
    d4: ab0600f9                       str x11, [x21, #0x8]
    d8: 0a0c0036                       tbz w10, #0x0, #0x180
    dc: 29058a8b                       add x9, x9, x10, asr #1
    e0: 3f0118ab                       cmn x9, x24
    e4: 650d0054                       b.pl #0x1ac
    e8: e90609aa                       orr x9, x23, x9, lsl #1
    ec: a90200f9                       str x9, [x21]
    f0: 000140f9                       ldr x0, [x8]
    f4: 090100f9                       str x9, [x8]
    f8: c0000037                       tbnz w0, #0x0, #0x18
    fc: 080040f9                       ldr x8, [x0]
   100: 080500f1                       subs x8, x8, #0x1
   104: 080000f9                       str x8, [x0]
   108: 41000054                       b.ne #0x8
   10c: 00000094                       bl #0x0
        # hole +0x10c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   110: c80240f9                       ldr x8, [x22]
   114: e80400b5                       cbnz x8, #0x9c
   118: c8a640a9                       ldp x8, x9, [x22, #0x8]
   11c: 08050091                       add x8, x8, #0x1
   120: 1f0109eb                       cmp x8, x9
   124: c80600f9                       str x8, [x22, #0x8]
   128: 4bf7ff54                       b.lt #-0x118
   12c: 2e000014                       b #0xb8
   130: 00000094                       bl #0x0
        # hole +0x130: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   134: 880e40f9                       ldr x8, [x20, #0x18]
   138: 090140f9                       ldr x9, [x8]
   13c: 29fa0737                       tbnz w9, #0x0, #-0xbc
   140: 2a0140f9                       ldr x10, [x9]
   144: 4a050091                       add x10, x10, #0x1
   148: 2a0100f9                       str x10, [x9]
   14c: a90200f9                       str x9, [x21]
   150: 090540f9                       ldr x9, [x8, #0x8]
   154: c9f90737                       tbnz w9, #0x0, #-0xc8
   158: 2a0140f9                       ldr x10, [x9]
   15c: 4a050091                       add x10, x10, #0x1
   160: 2a0100f9                       str x10, [x9]
   164: a90600f9                       str x9, [x21, #0x8]
   168: 0a0940f9                       ldr x10, [x8, #0x10]
   16c: 6af90736                       tbz w10, #0x0, #-0xd4
   170: ceffff17                       b #-0xc8
   174: fe0741f8                       ldr x30, [sp], #0x10
   178: 00000014                       b #0x0
        # hole +0x178: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[2]+0
   17c: 080080d2                       mov x8, #0x0
        # hole +0x17c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   180: 23008052                       mov w3, #0x1
   184: 45018052                       mov w5, #0xa
   188: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x188: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   18c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x18c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   190: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x190: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   194: 04050091                       add x4, x8, #0x1
   198: e00314aa                       mov x0, x20
   19c: e10315aa                       mov x1, x21
   1a0: e20316aa                       mov x2, x22
   1a4: 00000094                       bl #0x0
        # hole +0x1a4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1a8: fe0741f8                       ldr x30, [sp], #0x10
   1ac: c0035fd6                       ret
   1b0: 080080d2                       mov x8, #0x0
        # hole +0x1b0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1b4: 43008052                       mov w3, #0x2
   1b8: 050f8052                       mov w5, #0x78
   1bc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1bc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1c0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1c0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1c4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1c4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1c8: 04310091                       add x4, x8, #0xc
   1cc: e00314aa                       mov x0, x20
   1d0: e10315aa                       mov x1, x21
   1d4: e20316aa                       mov x2, x22
   1d8: 00000094                       bl #0x0
        # hole +0x1d8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1dc: fe0741f8                       ldr x30, [sp], #0x10
   1e0: c0035fd6                       ret
   1e4: 080080d2                       mov x8, #0x0
        # hole +0x1e4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1e8: 29008052                       mov w9, #0x1
   1ec: 43008052                       mov w3, #0x2
   1f0: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1f0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1f4: c90200f9                       str x9, [x22]
   1f8: 45108052                       mov w5, #0x82
   1fc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1fc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   200: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x200: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   204: 04350091                       add x4, x8, #0xd
   208: e00314aa                       mov x0, x20
   20c: e10315aa                       mov x1, x21
   210: e20316aa                       mov x2, x22
   214: 00000094                       bl #0x0
        # hole +0x214: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   218: fe0741f8                       ldr x30, [sp], #0x10
   21c: c0035fd6                       ret
   220: 080080d2                       mov x8, #0x0
        # hole +0x220: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   224: b5620091                       add x21, x21, #0x18
   228: 23008052                       mov w3, #0x1
   22c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x22c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   230: 050a8052                       mov w5, #0x50
   234: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x234: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   238: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x238: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   23c: 04210091                       add x4, x8, #0x8
   240: e00314aa                       mov x0, x20
   244: e10315aa                       mov x1, x21
   248: e20316aa                       mov x2, x22
   24c: 00000094                       bl #0x0
        # hole +0x24c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   250: fe0741f8                       ldr x30, [sp], #0x10
   254: c0035fd6                       ret
   258: 080080d2                       mov x8, #0x0
        # hole +0x258: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   25c: 23008052                       mov w3, #0x1
   260: 450b8052                       mov w5, #0x5a
   264: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x264: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   268: f50313aa                       mov x21, x19
   26c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x26c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   270: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x270: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   274: 04250091                       add x4, x8, #0x9
   278: e00314aa                       mov x0, x20
   27c: e10315aa                       mov x1, x21
   280: e20316aa                       mov x2, x22
   284: 00000094                       bl #0x0
        # hole +0x284: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   288: fe0741f8                       ldr x30, [sp], #0x10
   28c: c0035fd6                       ret
   290: 080080d2                       mov x8, #0x0
        # hole +0x290: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   294: 23008052                       mov w3, #0x1
   298: 850c8052                       mov w5, #0x64
   29c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x29c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2a0: f50313aa                       mov x21, x19
   2a4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2a4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2a8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2a8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2ac: 04290091                       add x4, x8, #0xa
   2b0: e00314aa                       mov x0, x20
   2b4: e10315aa                       mov x1, x21
   2b8: e20316aa                       mov x2, x22
   2bc: 00000094                       bl #0x0
        # hole +0x2bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2c0: fe0741f8                       ldr x30, [sp], #0x10
   2c4: c0035fd6                       ret
