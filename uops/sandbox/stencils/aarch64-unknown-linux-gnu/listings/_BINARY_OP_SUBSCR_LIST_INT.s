# stencil _BINARY_OP_SUBSCR_LIST_INT for aarch64-unknown-linux-gnu: 200 code bytes, 0 data bytes, 12 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: f30315aa                       mov x19, x21
     8: a88e5ff8                       ldr x8, [x21, #-0x8]!
     c: a0825ff8                       ldur x0, [x21, #-0x8]
    10: e0030037                       tbnz w0, #0x0, #0x7c
    14: 090840b9                       ldr w9, [x0, #0x8]
    18: 3f0d0071                       cmp w9, #0x3
    1c: 81030054                       b.ne #0x70
    20: 68030036                       tbz w8, #0x0, #0x6c
    24: 08fd4193                       asr x8, x8, #1
    28: 2803f8b7                       tbnz x8, #0x3f, #0x64
    2c: 091840f9                       ldr x9, [x0, #0x30]
    30: 1f0109eb                       cmp x8, x9
    34: ca020054                       b.ge #0x58
    38: 092040f9                       ldr x9, [x0, #0x40]
    3c: 377968f8                       ldr x23, [x9, x8, lsl #3]
    40: 17010036                       tbz w23, #0x0, #0x20
    44: 080040f9                       ldr x8, [x0]
    48: 080500f1                       subs x8, x8, #0x1
    4c: 080000f9                       str x8, [x0]
    50: 60010054                       b.eq #0x2c
    54: 77021ff8                       stur x23, [x19, #-0x10]
    58: fe0741f8                       ldr x30, [sp], #0x10
    5c: 00000014                       b #0x0
        # hole +0x5c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    60: e80240f9                       ldr x8, [x23]
    64: 08050091                       add x8, x8, #0x1
    68: e80200f9                       str x8, [x23]
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: e1feff54                       b.ne #-0x24
    7c: 00000094                       bl #0x0
        # hole +0x7c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    80: 77021ff8                       stur x23, [x19, #-0x10]
    84: fe0741f8                       ldr x30, [sp], #0x10
    88: 00000014                       b #0x0
        # hole +0x88: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    8c: 050080d2                       mov x5, #0x0
        # hole +0x8c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    90: 040080d2                       mov x4, #0x0
        # hole +0x90: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    94: e00314aa                       mov x0, x20
    98: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x98: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    9c: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x9c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    a0: e10313aa                       mov x1, x19
    a4: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0xa4: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    a8: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0xa8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    ac: e20316aa                       mov x2, x22
    b0: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0xb0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    b4: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0xb4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    b8: 23008052                       mov w3, #0x1
    bc: 00000094                       bl #0x0
        # hole +0xbc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c0: fe0741f8                       ldr x30, [sp], #0x10
    c4: c0035fd6                       ret
