# stencil _TO_BOOL_INT for aarch64-unknown-linux-gnu: 120 code bytes, 0 data bytes, 18 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: a8010036                       tbz w8, #0x0, #0x34
     8: 090080d2                       mov x9, #0x0
        # hole +0x8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
     c: 0a0080d2                       mov x10, #0x0
        # hole +0xc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
    10: 1f0900f1                       cmp x8, #0x2
    14: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x14: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
    18: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0x18: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
    1c: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
    20: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0x20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    24: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x24: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
    28: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    2c: 4831899a                       csel x8, x10, x9, lo
    30: a8821ff8                       stur x8, [x21, #-0x8]
    34: 00000014                       b #0x0
        # hole +0x34: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    38: fe0f1ff8                       str x30, [sp, #-0x10]!
    3c: 050080d2                       mov x5, #0x0
        # hole +0x3c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    40: 040080d2                       mov x4, #0x0
        # hole +0x40: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    44: e00314aa                       mov x0, x20
    48: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x48: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    4c: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x4c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    50: e10315aa                       mov x1, x21
    54: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x54: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    58: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x58: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    5c: e20316aa                       mov x2, x22
    60: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x60: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    64: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x64: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    68: 23008052                       mov w3, #0x1
    6c: 00000094                       bl #0x0
        # hole +0x6c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    70: fe0741f8                       ldr x30, [sp], #0x10
    74: c0035fd6                       ret
