# stencil _GUARD_BOTH_INT for aarch64-unknown-linux-gnu: 84 code bytes, 0 data bytes, 10 holes
     0: a8025f38                       ldurb w8, [x21, #-0x10]
     4: 88000036                       tbz w8, #0x0, #0x10
     8: a8825fb8                       ldur w8, [x21, #-0x8]
     c: 48000036                       tbz w8, #0x0, #0x8
    10: 00000014                       b #0x0
        # hole +0x10: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    14: fe0f1ff8                       str x30, [sp, #-0x10]!
    18: 050080d2                       mov x5, #0x0
        # hole +0x18: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    1c: 040080d2                       mov x4, #0x0
        # hole +0x1c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    20: e00314aa                       mov x0, x20
    24: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x24: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    28: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x28: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    2c: e10315aa                       mov x1, x21
    30: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x30: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    34: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x34: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    38: e20316aa                       mov x2, x22
    3c: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x3c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    40: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x40: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    44: 23008052                       mov w3, #0x1
    48: 00000094                       bl #0x0
        # hole +0x48: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    4c: fe0741f8                       ldr x30, [sp], #0x10
    50: c0035fd6                       ret
