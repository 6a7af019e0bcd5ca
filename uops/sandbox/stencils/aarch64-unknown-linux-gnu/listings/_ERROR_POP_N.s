# stencil _ERROR_POP_N for aarch64-unknown-linux-gnu: 132 code bytes, 0 data bytes, 14 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 130080d2                       mov x19, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     8: 1300a0f2                       movk x19, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: 1300c0f2                       movk x19, #0x0, lsl #32
        # hole +0xc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    10: 1300e0f2                       movk x19, #0x0, lsl #48
        # hole +0x10: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    14: 930200b5                       cbnz x19, #0x50
    18: 050080d2                       mov x5, #0x0
        # hole +0x18: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    1c: 040080d2                       mov x4, #0x0
        # hole +0x1c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    20: c8008052                       mov w8, #0x6
    24: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x24: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    28: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x28: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    2c: e00314aa                       mov x0, x20
    30: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x30: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    34: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x34: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    38: e10315aa                       mov x1, x21
    3c: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x3c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    40: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x40: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    44: e20316aa                       mov x2, x22
    48: 63008052                       mov w3, #0x3
    4c: c80e00f9                       str x8, [x22, #0x18]
    50: 00000094                       bl #0x0
        # hole +0x50: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    54: fe0741f8                       ldr x30, [sp], #0x10
    58: c0035fd6                       ret
    5c: 730600f1                       subs x19, x19, #0x1
    60: c0fdff54                       b.eq #-0x48
    64: a08e5ff8                       ldr x0, [x21, #-0x8]!
    68: a0ff0737                       tbnz w0, #0x0, #-0xc
    6c: 080040f9                       ldr x8, [x0]
    70: 080500f1                       subs x8, x8, #0x1
    74: 080000f9                       str x8, [x0]
    78: 21ffff54                       b.ne #-0x1c
    7c: 00000094                       bl #0x0
        # hole +0x7c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    80: f7ffff17                       b #-0x24
