# stencil _BINARY_OP_MULTIPLY_INT for aarch64-unknown-linux-gnu: 124 code bytes, 0 data bytes, 10 holes
     0: e10315aa                       mov x1, x21
     4: a88e5ff8                       ldr x8, [x21, #-0x8]!
     8: a9825ff8                       ldur x9, [x21, #-0x8]
     c: 0afd4193                       asr x10, x8, #1
    10: 29fd4193                       asr x9, x9, #1
    14: 287d0a9b                       mul x8, x9, x10
    18: 297d4a9b                       smulh x9, x9, x10
    1c: 3ffd88eb                       cmp x9, x8, asr #63
    20: 01010054                       b.ne #0x20
    24: 0900f8d2                       mov x9, #-0x4000000000000000
    28: 0901098b                       add x9, x8, x9
    2c: a900f8b6                       tbz x9, #0x3f, #0x14
    30: 29008052                       mov w9, #0x1
    34: 280508aa                       orr x8, x9, x8, lsl #1
    38: 28001ff8                       stur x8, [x1, #-0x10]
    3c: 00000014                       b #0x0
        # hole +0x3c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    40: fe0f1ff8                       str x30, [sp, #-0x10]!
    44: 050080d2                       mov x5, #0x0
        # hole +0x44: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    48: 040080d2                       mov x4, #0x0
        # hole +0x48: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    4c: e00314aa                       mov x0, x20
    50: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x50: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    54: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x54: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    58: e20316aa                       mov x2, x22
    5c: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x5c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    60: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x60: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    64: 23008052                       mov w3, #0x1
    68: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x68: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    6c: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x6c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    70: 00000094                       bl #0x0
        # hole +0x70: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    74: fe0741f8                       ldr x30, [sp], #0x10
    78: c0035fd6                       ret
