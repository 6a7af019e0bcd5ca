# stencil _BINARY_OP_SUBTRACT_INT for aarch64-unknown-linux-gnu: 108 code bytes, 0 data bytes, 10 holes
     0: e10315aa                       mov x1, x21
     4: a88e5ff8                       ldr x8, [x21, #-0x8]!
     8: a9825ff8                       ldur x9, [x21, #-0x8]
     c: 29fd4193                       asr x9, x9, #1
    10: 280588cb                       sub x8, x9, x8, asr #1
    14: 0900f8d2                       mov x9, #-0x4000000000000000
    18: 1f0109ab                       cmn x8, x9
    1c: a5000054                       b.pl #0x14
    20: 29008052                       mov w9, #0x1
    24: 280508aa                       orr x8, x9, x8, lsl #1
    28: 28001ff8                       stur x8, [x1, #-0x10]
    2c: 00000014                       b #0x0
        # hole +0x2c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    30: fe0f1ff8                       str x30, [sp, #-0x10]!
    34: 050080d2                       mov x5, #0x0
        # hole +0x34: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    38: 040080d2                       mov x4, #0x0
        # hole +0x38: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    3c: e00314aa                       mov x0, x20
    40: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x40: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    44: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x44: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    48: e20316aa                       mov x2, x22
    4c: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x4c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    50: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x50: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    54: 23008052                       mov w3, #0x1
    58: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x58: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    5c: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x5c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    60: 00000094                       bl #0x0
        # hole +0x60: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    64: fe0741f8                       ldr x30, [sp], #0x10
    68: c0035fd6                       ret
