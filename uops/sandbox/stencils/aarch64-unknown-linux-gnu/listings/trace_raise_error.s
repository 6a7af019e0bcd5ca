# stencil raise_error for aarch64-unknown-linux-gnu: 236 code bytes, 0 data bytes, 12 holes
     0: 880e40f9                       ldr x8, [x20, #0x18]
     4: 090140f9                       ldr x9, [x8]
     8: 89000037                       tbnz w9, #0x0, #0x10
     c: 2a0140f9                       ldr x10, [x9]
    10: 4a050091                       add x10, x10, #0x1
    14: 2a0100f9                       str x10, [x9]
    18: a90200f9                       str x9, [x21]
    1c: 080540f9                       ldr x8, [x8, #0x8]
    20: 88000037                       tbnz w8, #0x0, #0x10
    24: 090140f9                       ldr x9, [x8]
    28: 29050091                       add x9, x9, #0x1
    2c: 090100f9                       str x9, [x8]
    30: fe0f1ff8                       str x30, [sp, #-0x10]!
    34: 000080d2                       mov x0, #0x0
        # hole +0x34: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[3]+0
    38: a80600f9                       str x8, [x21, #0x8]
    3c: 0000a0f2                       movk x0, #0x0, lsl #16
        # hole +0x3c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[3]+0
    40: 0000c0f2                       movk x0, #0x0, lsl #32
        # hole +0x40: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[3]+0
    44: 0000e0f2                       movk x0, #0x0, lsl #48
        # hole +0x44: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[3]+0
    48: 60010037                       tbnz w0, #0x0, #0x2c
    4c: 080040f9                       ldr x8, [x0]
    50: 08050091                       add x8, x8, #0x1
    54: 080000f9                       str x8, [x0]
    58: a00a00f9                       str x0, [x21, #0x10]
    5c: 080040f9                       ldr x8, [x0]
    60: 080500f1                       subs x8, x8, #0x1
    64: 080000f9                       str x8, [x0]
    68: 81000054                       b.ne #0x10
    6c: 00000094                       bl #0x0
        # hole +0x6c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    70: 02000014                       b #0x8
    74: a00a00f9                       str x0, [x21, #0x10]
    78: a00640f9                       ldr x0, [x21, #0x8]
    7c: c0000037                       tbnz w0, #0x0, #0x18
    80: 080040f9                       ldr x8, [x0]
    84: 080500f1                       subs x8, x8, #0x1
    88: 080000f9                       str x8, [x0]
    8c: 41000054                       b.ne #0x8
    90: 00000094                       bl #0x0
        # hole +0x90: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    94: a00240f9                       ldr x0, [x21]
    98: c0000037                       tbnz w0, #0x0, #0x18
    9c: 080040f9                       ldr x8, [x0]
    a0: 080500f1                       subs x8, x8, #0x1
    a4: 080000f9                       str x8, [x0]
    a8: 41000054                       b.ne #0x8
    ac: 00000094                       bl #0x0
        # hole +0xac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    b0: 080080d2                       mov x8, #0x0
        # hole +0xb0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    b4: c9008052                       mov w9, #0x6
    b8: e00314aa                       mov x0, x20
    bc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xbc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    c0: e10315aa                       mov x1, x21
    c4: e20316aa                       mov x2, x22
    c8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    cc: 63008052                       mov w3, #0x3
    d0: 05058052                       mov w5, #0x28
    d4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xd4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    d8: c90e00f9                       str x9, [x22, #0x18]
    dc: 04110091                       add x4, x8, #0x4
    e0: 00000094                       bl #0x0
        # hole +0xe0: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    e4: fe0741f8                       ldr x30, [sp], #0x10
    e8: c0035fd6                       ret
