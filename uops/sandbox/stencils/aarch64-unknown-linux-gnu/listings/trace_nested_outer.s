# stencil nested_outer for aarch64-unknown-linux-gnu: 564 code bytes, 0 data bytes, 31 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: a8825ff8                       ldur x8, [x21, #-0x8]
     8: f30315aa                       mov x19, x21
     c: 080d0037                       tbnz w8, #0x0, #0x1a0
    10: 090940b9                       ldr w9, [x8, #0x8]
    14: 3f110071                       cmp w9, #0x4
    18: a10c0054                       b.ne #0x194
    1c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    20: 091940f9                       ldr x9, [x8, #0x30]
    24: 5f0500f1                       cmp x10, #0x1
    28: 0b040054                       b.lt #0x80
    2c: 3f010beb                       cmp x9, x11
    30: 0a040054                       b.ge #0x80
    34: 2b008052                       mov w11, #0x1
    38: 2a010a8b                       add x10, x9, x10
    3c: 690509aa                       orr x9, x11, x9, lsl #1
    40: 0a1900f9                       str x10, [x8, #0x30]
    44: 880e40f9                       ldr x8, [x20, #0x18]
    48: 690200f9                       str x9, [x19]
    4c: 000540f9                       ldr x0, [x8, #0x8]
    50: 090500f9                       str x9, [x8, #0x8]
    54: a0000037                       tbnz w0, #0x0, #0x14
    58: 080040f9                       ldr x8, [x0]
    5c: 080500f1                       subs x8, x8, #0x1
    60: 080000f9                       str x8, [x0]
    64: 00040054                       b.eq #0x80
    68: 150080d2                       mov x21, #0x0
        # hole +0x68: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    6c: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x6c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    70: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x70: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    74: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x74: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    78: 35040037                       tbnz w21, #0x0, #0x84
    7c: a80240f9                       ldr x8, [x21]
    80: 08050091                       add x8, x8, #0x1
    84: a80200f9                       str x8, [x21]
    88: f70313aa                       mov x23, x19
    8c: 880e40f9                       ldr x8, [x20, #0x18]
    90: f58600f8                       str x21, [x23], #0x8
    94: 080d40f9                       ldr x8, [x8, #0x18]
    98: c8030036                       tbz w8, #0x0, #0x78
    9c: 680600f9                       str x8, [x19, #0x8]
    a0: 55040036                       tbz w21, #0x0, #0x88
    a4: 4f000014                       b #0x13c
    a8: 3f010beb                       cmp x9, x11
    ac: 4cfcff54                       b.gt #-0x78
    b0: 080080d2                       mov x8, #0x0
        # hole +0xb0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    b4: 43008052                       mov w3, #0x2
    b8: 85028052                       mov w5, #0x14
    bc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xbc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    c0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    c4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    c8: 04090091                       add x4, x8, #0x2
    cc: e00314aa                       mov x0, x20
    d0: e10313aa                       mov x1, x19
    d4: e20316aa                       mov x2, x22
    d8: 00000094                       bl #0x0
        # hole +0xd8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    dc: fe0741f8                       ldr x30, [sp], #0x10
    e0: c0035fd6                       ret
    e4: 00000094                       bl #0x0
        # hole +0xe4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    e8: 150080d2                       mov x21, #0x0
        # hole +0xe8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    ec: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0xec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    f0: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0xf0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    f4: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0xf4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    f8: 35fc0736                       tbz w21, #0x0, #-0x7c
    fc: f70313aa                       mov x23, x19
   100: 880e40f9                       ldr x8, [x20, #0x18]
   104: f58600f8                       str x21, [x23], #0x8
   108: 080d40f9                       ldr x8, [x8, #0x18]
   10c: 88fc0737                       tbnz w8, #0x0, #-0x70
   110: 090140f9                       ldr x9, [x8]
   114: 29050091                       add x9, x9, #0x1
   118: 090100f9                       str x9, [x8]
   11c: 750240f9                       ldr x21, [x19]
   120: 680600f9                       str x8, [x19, #0x8]
   124: f5050037                       tbnz w21, #0x0, #0xbc
   128: a80a40b9                       ldr w8, [x21, #0x8]
   12c: 1f210071                       cmp w8, #0x8
   130: 81050054                       b.ne #0xb0
   134: a81e40f9                       ldr x8, [x21, #0x38]
   138: e00316aa                       mov x0, x22
   13c: e10317aa                       mov x1, x23
   140: 22008052                       mov w2, #0x1
   144: 00013fd6                       blr x8
   148: e80240f9                       ldr x8, [x23]
   14c: f80300aa                       mov x24, x0
   150: a8000037                       tbnz w8, #0x0, #0x14
   154: 090140f9                       ldr x9, [x8]
   158: 290500f1                       subs x9, x9, #0x1
   15c: 090100f9                       str x9, [x8]
   160: 80010054                       b.eq #0x30
   164: a80240f9                       ldr x8, [x21]
   168: 080500f1                       subs x8, x8, #0x1
   16c: a80200f9                       str x8, [x21]
   170: 61000054                       b.ne #0xc
   174: e00315aa                       mov x0, x21
   178: 00000094                       bl #0x0
        # hole +0x178: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   17c: f80400b4                       cbz x24, #0x9c
   180: f50317aa                       mov x21, x23
   184: 780200f9                       str x24, [x19]
   188: fe0741f8                       ldr x30, [sp], #0x10
   18c: 00000014                       b #0x0
        # hole +0x18c: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[8]+0
   190: e00308aa                       mov x0, x8
   194: 00000094                       bl #0x0
        # hole +0x194: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   198: a80240f9                       ldr x8, [x21]
   19c: 080500f1                       subs x8, x8, #0x1
   1a0: a80200f9                       str x8, [x21]
   1a4: c1feff54                       b.ne #-0x28
   1a8: f3ffff17                       b #-0x34
   1ac: 080080d2                       mov x8, #0x0
        # hole +0x1ac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1b0: 23008052                       mov w3, #0x1
   1b4: 45018052                       mov w5, #0xa
   1b8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1b8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1bc: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1bc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1c0: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1c0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1c4: 04050091                       add x4, x8, #0x1
   1c8: e00314aa                       mov x0, x20
   1cc: e10313aa                       mov x1, x19
   1d0: e20316aa                       mov x2, x22
   1d4: 00000094                       bl #0x0
        # hole +0x1d4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1d8: fe0741f8                       ldr x30, [sp], #0x10
   1dc: c0035fd6                       ret
   1e0: 080080d2                       mov x8, #0x0
        # hole +0x1e0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1e4: 73420091                       add x19, x19, #0x10
   1e8: 23008052                       mov w3, #0x1
   1ec: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x1ec: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1f0: c5088052                       mov w5, #0x46
   1f4: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x1f4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1f8: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x1f8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1fc: 041d0091                       add x4, x8, #0x7
   200: e00314aa                       mov x0, x20
   204: e10313aa                       mov x1, x19
   208: e20316aa                       mov x2, x22
   20c: 00000094                       bl #0x0
        # hole +0x20c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   210: fe0741f8                       ldr x30, [sp], #0x10
   214: c0035fd6                       ret
   218: 080080d2                       mov x8, #0x0
        # hole +0x218: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   21c: 63008052                       mov w3, #0x3
   220: c5088052                       mov w5, #0x46
   224: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x224: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   228: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x228: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   22c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x22c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   230: f3ffff17                       b #-0x34
