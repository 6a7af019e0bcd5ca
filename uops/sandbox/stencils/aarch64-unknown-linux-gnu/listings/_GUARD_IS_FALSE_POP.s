# stencil _GUARD_IS_FALSE_POP for aarch64-unknown-linux-gnu: 104 code bytes, 0 data bytes, 14 holes
     0: 090080d2                       mov x9, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
     4: e80315aa                       mov x8, x21
     8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
     c: 0a8d5ff8                       ldr x10, [x8, #-0x8]!
    10: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x10: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    14: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x14: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    18: 5f0109eb                       cmp x10, x9
    1c: 61000054                       b.ne #0xc
    20: f50308aa                       mov x21, x8
    24: 00000014                       b #0x0
        # hole +0x24: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    28: fe0f1ff8                       str x30, [sp, #-0x10]!
    2c: 050080d2                       mov x5, #0x0
        # hole +0x2c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    30: 040080d2                       mov x4, #0x0
        # hole +0x30: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    34: e00314aa                       mov x0, x20
    38: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x38: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    3c: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x3c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    40: e10315aa                       mov x1, x21
    44: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x44: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    48: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x48: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    4c: e20316aa                       mov x2, x22
    50: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x50: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    54: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x54: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    58: 43008052                       mov w3, #0x2
    5c: 00000094                       bl #0x0
        # hole +0x5c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    60: fe0741f8                       ldr x30, [sp], #0x10
    64: c0035fd6                       ret
