# stencil _GUARD_BOTH_FLOAT for aarch64-unknown-linux-gnu: 108 code bytes, 0 data bytes, 10 holes
     0: a8025ff8                       ldur x8, [x21, #-0x10]
     4: 48010037                       tbnz w8, #0x0, #0x28
     8: 080940b9                       ldr w8, [x8, #0x8]
     c: 1f090071                       cmp w8, #0x2
    10: e1000054                       b.ne #0x1c
    14: a8825ff8                       ldur x8, [x21, #-0x8]
    18: a8000037                       tbnz w8, #0x0, #0x14
    1c: 080940b9                       ldr w8, [x8, #0x8]
    20: 1f090071                       cmp w8, #0x2
    24: 41000054                       b.ne #0x8
    28: 00000014                       b #0x0
        # hole +0x28: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    2c: fe0f1ff8                       str x30, [sp, #-0x10]!
    30: 050080d2                       mov x5, #0x0
        # hole +0x30: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    34: 040080d2                       mov x4, #0x0
        # hole +0x34: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    38: e00314aa                       mov x0, x20
    3c: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x3c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    40: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x40: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    44: e10315aa                       mov x1, x21
    48: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x48: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    4c: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x4c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    50: e20316aa                       mov x2, x22
    54: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x54: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    58: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x58: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    5c: 23008052                       mov w3, #0x1
    60: 00000094                       bl #0x0
        # hole +0x60: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    64: fe0741f8                       ldr x30, [sp], #0x10
    68: c0035fd6                       ret
