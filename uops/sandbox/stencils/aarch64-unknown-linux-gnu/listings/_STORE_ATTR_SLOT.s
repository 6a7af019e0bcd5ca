# stencil _STORE_ATTR_SLOT for aarch64-unknown-linux-gnu: 208 code bytes, 0 data bytes, 17 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: b3825ff8                       ldur x19, [x21, #-0x8]
     8: 73040037                       tbnz w19, #0x0, #0x8c
     c: 680a40b9                       ldr w8, [x19, #0x8]
    10: 1f1d0071                       cmp w8, #0x7
    14: 01040054                       b.ne #0x80
    18: 080080d2                       mov x8, #0x0
        # hole +0x18: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
    1c: 691e40f9                       ldr x9, [x19, #0x38]
    20: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x20: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
    24: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x24: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    28: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    2c: 3f0108eb                       cmp x9, x8
    30: 29030054                       b.ls #0x64
    34: 680e088b                       add x8, x19, x8, lsl #3
    38: a90e5ff8                       ldr x9, [x21, #-0x10]!
    3c: 002140f9                       ldr x0, [x8, #0x40]
    40: 092100f9                       str x9, [x8, #0x40]
    44: a0000037                       tbnz w0, #0x0, #0x14
    48: 080040f9                       ldr x8, [x0]
    4c: 080500f1                       subs x8, x8, #0x1
    50: 080000f9                       str x8, [x0]
    54: e0000054                       b.eq #0x1c
    58: 680240f9                       ldr x8, [x19]
    5c: 080500f1                       subs x8, x8, #0x1
    60: 680200f9                       str x8, [x19]
    64: 00010054                       b.eq #0x20
    68: fe0741f8                       ldr x30, [sp], #0x10
    6c: 00000014                       b #0x0
        # hole +0x6c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    70: 00000094                       bl #0x0
        # hole +0x70: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    74: 680240f9                       ldr x8, [x19]
    78: 080500f1                       subs x8, x8, #0x1
    7c: 680200f9                       str x8, [x19]
    80: 41ffff54                       b.ne #-0x18
    84: e00313aa                       mov x0, x19
    88: 00000094                       bl #0x0
        # hole +0x88: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    8c: fe0741f8                       ldr x30, [sp], #0x10
    90: 00000014                       b #0x0
        # hole +0x90: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    94: 050080d2                       mov x5, #0x0
        # hole +0x94: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    98: 040080d2                       mov x4, #0x0
        # hole +0x98: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    9c: e00314aa                       mov x0, x20
    a0: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0xa0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    a4: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0xa4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    a8: e10315aa                       mov x1, x21
    ac: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0xac: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    b0: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0xb0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    b4: e20316aa                       mov x2, x22
    b8: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0xb8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    bc: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0xbc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    c0: 23008052                       mov w3, #0x1
    c4: 00000094                       bl #0x0
        # hole +0xc4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c8: fe0741f8                       ldr x30, [sp], #0x10
    cc: c0035fd6                       ret
