# stencil _BINARY_OP_TRUE_DIVIDE_FLOAT for aarch64-unknown-linux-gnu: 188 code bytes, 0 data bytes, 13 holes
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
    28: 20010054                       b.eq #0x24
    2c: 57010037                       tbnz w23, #0x0, #0x28
    30: e80240f9                       ldr x8, [x23]
    34: 080500f1                       subs x8, x8, #0x1
    38: e80200f9                       str x8, [x23]
    3c: c1000054                       b.ne #0x18
    40: e00317aa                       mov x0, x23
    44: 00000094                       bl #0x0
        # hole +0x44: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    48: 03000014                       b #0xc
    4c: 00000094                       bl #0x0
        # hole +0x4c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    50: 17ff0736                       tbz w23, #0x0, #-0x20
    54: 2821601e                       fcmp d9, #0.0
    58: 00010054                       b.eq #0x20
    5c: 0019691e                       fdiv d0, d8, d9
    60: e00316aa                       mov x0, x22
    64: 00000094                       bl #0x0
        # hole +0x64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
    68: c00000b4                       cbz x0, #0x18
    6c: 60021ff8                       stur x0, [x19, #-0x10]
    70: fe0741f8                       ldr x30, [sp], #0x10
    74: 00000014                       b #0x0
        # hole +0x74: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    78: 28008052                       mov w8, #0x1
    7c: c80e00f9                       str x8, [x22, #0x18]
    80: 050080d2                       mov x5, #0x0
        # hole +0x80: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    84: 040080d2                       mov x4, #0x0
        # hole +0x84: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    88: 614200d1                       sub x1, x19, #0x10
    8c: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x8c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    90: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x90: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    94: e00314aa                       mov x0, x20
    98: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x98: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    9c: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x9c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    a0: e20316aa                       mov x2, x22
    a4: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0xa4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    a8: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0xa8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    ac: 63008052                       mov w3, #0x3
    b0: 00000094                       bl #0x0
        # hole +0xb0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    b4: fe0741f8                       ldr x30, [sp], #0x10
    b8: c0035fd6                       ret
