# stencil _BINARY_OP_SUBTRACT_FLOAT for aarch64-unknown-linux-gnu: 184 code bytes, 0 data bytes, 13 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: f30315aa                       mov x19, x21
     8: b78e5ff8                       ldr x23, [x21, #-0x8]!
     c: a0825ff8                       ldur x0, [x21, #-0x8]
    10: e91a40fd                       ldr d9, [x23, #0x30]
    14: 081840fd                       ldr d8, [x0, #0x30]
    18: a0000037                       tbnz w0, #0x0, #0x14
    1c: 080040f9                       ldr x8, [x0]
    20: 080500f1                       subs x8, x8, #0x1
    24: 080000f9                       str x8, [x0]
    28: 80010054                       b.eq #0x30
    2c: 0039691e                       fsub d0, d8, d9
    30: b7010037                       tbnz w23, #0x0, #0x34
    34: e80240f9                       ldr x8, [x23]
    38: 080500f1                       subs x8, x8, #0x1
    3c: e80200f9                       str x8, [x23]
    40: 21010054                       b.ne #0x24
    44: e00317aa                       mov x0, x23
    48: 0840601e                       fmov d8, d0
    4c: 00000094                       bl #0x0
        # hole +0x4c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    50: 0041601e                       fmov d0, d8
    54: 04000014                       b #0x10
    58: 00000094                       bl #0x0
        # hole +0x58: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    5c: 0039691e                       fsub d0, d8, d9
    60: b7fe0736                       tbz w23, #0x0, #-0x2c
    64: e00316aa                       mov x0, x22
    68: 00000094                       bl #0x0
        # hole +0x68: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
    6c: 800000b4                       cbz x0, #0x10
    70: 60021ff8                       stur x0, [x19, #-0x10]
    74: fe0741f8                       ldr x30, [sp], #0x10
    78: 00000014                       b #0x0
        # hole +0x78: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    7c: 050080d2                       mov x5, #0x0
        # hole +0x7c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    80: 040080d2                       mov x4, #0x0
        # hole +0x80: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    84: 614200d1                       sub x1, x19, #0x10
    88: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x88: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    8c: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x8c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    90: e00314aa                       mov x0, x20
    94: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x94: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    98: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x98: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    9c: e20316aa                       mov x2, x22
    a0: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0xa0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    a4: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0xa4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    a8: 63008052                       mov w3, #0x3
    ac: 00000094                       bl #0x0
        # hole +0xac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    b0: fe0741f8                       ldr x30, [sp], #0x10
    b4: c0035fd6                       ret
