# stencil _DEOPT for aarch64-unknown-linux-gnu: 64 code bytes, 0 data bytes, 9 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 050080d2                       mov x5, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
     8: 040080d2                       mov x4, #0x0
        # hole +0x8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
     c: e20316aa                       mov x2, x22
    10: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    14: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x14: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    18: e10315aa                       mov x1, x21
    1c: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    20: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x20: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    24: e00314aa                       mov x0, x20
    28: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    2c: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x2c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    30: 23008052                       mov w3, #0x1
    34: 00000094                       bl #0x0
        # hole +0x34: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    38: fe0741f8                       ldr x30, [sp], #0x10
    3c: c0035fd6                       ret
