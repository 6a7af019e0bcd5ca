# stencil nested_outer for aarch64-unknown-linux-gnu: 508 code bytes, 0 data bytes, 17 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: a8825ff8                       ldur x8, [x21, #-0x8]
     8: f30315aa                       mov x19, x21
     c: 280c0037                       tbnz w8, #0x0, #0x184
    10: 090940b9                       ldr w9, [x8, #0x8]
    14: 3f110071                       cmp w9, #0x4
    18: 410c0054                       b.ne #0x188
    1c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    20: 091940f9                       ldr x9, [x8, #0x30]
    24: 5f0500f1                       cmp x10, #0x1
    28: cb030054                       b.lt #0x78
    2c: 3f010beb                       cmp x9, x11
    30: ca030054                       b.ge #0x78
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
    64: a0020054                       b.eq #0x54
    68: 150080d2                       mov x21, #0x0
        # hole +0x68: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    6c: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0x6c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    70: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0x70: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    74: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0x74: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    78: d5020036                       tbz w21, #0x0, #0x58
    7c: f70313aa                       mov x23, x19
    80: 880e40f9                       ldr x8, [x20, #0x18]
    84: f58600f8                       str x21, [x23], #0x8
    88: 080d40f9                       ldr x8, [x8, #0x18]
    8c: 28030036                       tbz w8, #0x0, #0x64
    90: 69420091                       add x9, x19, #0x10
    94: 680600f9                       str x8, [x19, #0x8]
    98: b5030036                       tbz w21, #0x0, #0x74
    9c: 45000014                       b #0x114
    a0: 3f010beb                       cmp x9, x11
    a4: 8cfcff54                       b.gt #-0x70
    a8: 48008052                       mov w8, #0x2
    ac: 85028052                       mov w5, #0x14
    b0: e303082a                       mov w3, w8
    b4: 43000014                       b #0x10c
    b8: 00000094                       bl #0x0
        # hole +0xb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    bc: 150080d2                       mov x21, #0x0
        # hole +0xbc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    c0: 1500a0f2                       movk x21, #0x0, lsl #16
        # hole +0xc0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    c4: 1500c0f2                       movk x21, #0x0, lsl #32
        # hole +0xc4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    c8: 1500e0f2                       movk x21, #0x0, lsl #48
        # hole +0xc8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    cc: 95fd0737                       tbnz w21, #0x0, #-0x50
    d0: a80240f9                       ldr x8, [x21]
    d4: 08050091                       add x8, x8, #0x1
    d8: a80200f9                       str x8, [x21]
    dc: f70313aa                       mov x23, x19
    e0: 880e40f9                       ldr x8, [x20, #0x18]
    e4: f58600f8                       str x21, [x23], #0x8
    e8: 080d40f9                       ldr x8, [x8, #0x18]
    ec: 28fd0737                       tbnz w8, #0x0, #-0x5c
    f0: 090140f9                       ldr x9, [x8]
    f4: 29050091                       add x9, x9, #0x1
    f8: 090100f9                       str x9, [x8]
    fc: 750240f9                       ldr x21, [x19]
   100: 69420091                       add x9, x19, #0x10
   104: 680600f9                       str x8, [x19, #0x8]
   108: 55050037                       tbnz w21, #0x0, #0xa8
   10c: a80a40b9                       ldr w8, [x21, #0x8]
   110: 1f210071                       cmp w8, #0x8
   114: e1040054                       b.ne #0x9c
   118: a81e40f9                       ldr x8, [x21, #0x38]
   11c: e00316aa                       mov x0, x22
   120: e10317aa                       mov x1, x23
   124: 22008052                       mov w2, #0x1
   128: 00013fd6                       blr x8
   12c: e80240f9                       ldr x8, [x23]
   130: f80300aa                       mov x24, x0
   134: a8000037                       tbnz w8, #0x0, #0x14
   138: 090140f9                       ldr x9, [x8]
   13c: 290500f1                       subs x9, x9, #0x1
   140: 090100f9                       str x9, [x8]
   144: 80010054                       b.eq #0x30
   148: a80240f9                       ldr x8, [x21]
   14c: 080500f1                       subs x8, x8, #0x1
   150: a80200f9                       str x8, [x21]
   154: 61000054                       b.ne #0xc
   158: e00315aa                       mov x0, x21
   15c: 00000094                       bl #0x0
        # hole +0x15c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   160: 780400b4                       cbz x24, #0x8c
   164: f50317aa                       mov x21, x23
   168: 780200f9                       str x24, [x19]
   16c: fe0741f8                       ldr x30, [sp], #0x10
   170: 00000014                       b #0x0
        # hole +0x170: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[8]+0
   174: e00308aa                       mov x0, x8
   178: 00000094                       bl #0x0
        # hole +0x178: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   17c: a80240f9                       ldr x8, [x21]
   180: 080500f1                       subs x8, x8, #0x1
   184: a80200f9                       str x8, [x21]
   188: c1feff54                       b.ne #-0x28
   18c: f3ffff17                       b #-0x34
   190: 23008052                       mov w3, #0x1
   194: 45018052                       mov w5, #0xa
   198: 28008052                       mov w8, #0x1
   19c: 09000014                       b #0x24
   1a0: 28008052                       mov w8, #0x1
   1a4: 45018052                       mov w5, #0xa
   1a8: e303082a                       mov w3, w8
   1ac: 05000014                       b #0x14
   1b0: 23008052                       mov w3, #0x1
   1b4: c5088052                       mov w5, #0x46
   1b8: e8008052                       mov w8, #0x7
   1bc: f30309aa                       mov x19, x9
   1c0: 090080d2                       mov x9, #0x0
        # hole +0x1c0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   1c4: e00314aa                       mov x0, x20
   1c8: e10313aa                       mov x1, x19
   1cc: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x1cc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   1d0: e20316aa                       mov x2, x22
   1d4: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x1d4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   1d8: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x1d8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   1dc: 2401088b                       add x4, x9, x8
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e4: fe0741f8                       ldr x30, [sp], #0x10
   1e8: c0035fd6                       ret
   1ec: 63008052                       mov w3, #0x3
   1f0: c5088052                       mov w5, #0x46
   1f4: e8008052                       mov w8, #0x7
   1f8: f2ffff17                       b #-0x38
