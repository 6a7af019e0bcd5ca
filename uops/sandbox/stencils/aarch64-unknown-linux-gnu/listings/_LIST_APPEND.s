# stencil _LIST_APPEND for aarch64-unknown-linux-gnu: 112 code bytes, 0 data bytes, 15 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 080080d2                       mov x8, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     8: a28e5ff8                       ldr x2, [x21, #-0x8]!
     c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0xc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
    10: e00316aa                       mov x0, x22
    14: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x14: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    18: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x18: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    1c: a80e08cb                       sub x8, x21, x8, lsl #3
    20: 010140f9                       ldr x1, [x8]
    24: 00000094                       bl #0x0
        # hole +0x24: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_list_append+0
    28: 60000035                       cbnz w0, #0xc
    2c: fe0741f8                       ldr x30, [sp], #0x10
    30: 00000014                       b #0x0
        # hole +0x30: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    34: 050080d2                       mov x5, #0x0
        # hole +0x34: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    38: 040080d2                       mov x4, #0x0
        # hole +0x38: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    3c: e00314aa                       mov x0, x20
    40: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x40: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    44: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x44: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    48: e10315aa                       mov x1, x21
    4c: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x4c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    50: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x50: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    54: e20316aa                       mov x2, x22
    58: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x58: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    5c: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x5c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    60: 63008052                       mov w3, #0x3
    64: 00000094                       bl #0x0
        # hole +0x64: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    68: fe0741f8                       ldr x30, [sp], #0x10
    6c: c0035fd6                       ret
