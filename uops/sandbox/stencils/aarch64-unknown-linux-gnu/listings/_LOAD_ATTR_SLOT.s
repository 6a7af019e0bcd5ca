# stencil _LOAD_ATTR_SLOT for aarch64-unknown-linux-gnu: 196 code bytes, 0 data bytes, 16 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: a0825ff8                       ldur x0, [x21, #-0x8]
     8: 00040037                       tbnz w0, #0x0, #0x80
     c: 080840b9                       ldr w8, [x0, #0x8]
    10: 1f1d0071                       cmp w8, #0x7
    14: a1030054                       b.ne #0x74
    18: 080080d2                       mov x8, #0x0
        # hole +0x18: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
    1c: 091c40f9                       ldr x9, [x0, #0x38]
    20: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x20: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
    24: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x24: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    28: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    2c: 3f0108eb                       cmp x9, x8
    30: c9020054                       b.ls #0x58
    34: 080c088b                       add x8, x0, x8, lsl #3
    38: 082140f9                       ldr x8, [x8, #0x40]
    3c: 08010036                       tbz w8, #0x0, #0x20
    40: a8821ff8                       stur x8, [x21, #-0x8]
    44: 080040f9                       ldr x8, [x0]
    48: 080500f1                       subs x8, x8, #0x1
    4c: 080000f9                       str x8, [x0]
    50: 60010054                       b.eq #0x2c
    54: fe0741f8                       ldr x30, [sp], #0x10
    58: 00000014                       b #0x0
        # hole +0x58: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    5c: 090140f9                       ldr x9, [x8]
    60: 29050091                       add x9, x9, #0x1
    64: 090100f9                       str x9, [x8]
    68: a8821ff8                       stur x8, [x21, #-0x8]
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: e1feff54                       b.ne #-0x24
    7c: 00000094                       bl #0x0
        # hole +0x7c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    80: fe0741f8                       ldr x30, [sp], #0x10
    84: 00000014                       b #0x0
        # hole +0x84: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    88: 050080d2                       mov x5, #0x0
        # hole +0x88: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    8c: 040080d2                       mov x4, #0x0
        # hole +0x8c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    90: e00314aa                       mov x0, x20
    94: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x94: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    98: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x98: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    9c: e10315aa                       mov x1, x21
    a0: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0xa0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    a4: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0xa4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    a8: e20316aa                       mov x2, x22
    ac: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0xac: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    b0: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0xb0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    b4: 23008052                       mov w3, #0x1
    b8: 00000094                       bl #0x0
        # hole +0xb8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    bc: fe0741f8                       ldr x30, [sp], #0x10
    c0: c0035fd6                       ret
