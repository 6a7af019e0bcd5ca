# stencil _ITER_CHECK_LIST for aarch64-unknown-linux-gnu: 88 code bytes, 0 data bytes, 10 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: a8000037                       tbnz w8, #0x0, #0x14
     8: 080940b9                       ldr w8, [x8, #0x8]
     c: 1f150071                       cmp w8, #0x5
    10: 41000054                       b.ne #0x8
    14: 00000014                       b #0x0
        # hole +0x14: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    18: fe0f1ff8                       str x30, [sp, #-0x10]!
    1c: 050080d2                       mov x5, #0x0
        # hole +0x1c: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    20: 040080d2                       mov x4, #0x0
        # hole +0x20: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    24: e00314aa                       mov x0, x20
    28: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0x28: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    2c: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0x2c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    30: e10315aa                       mov x1, x21
    34: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0x34: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    38: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x38: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    3c: e20316aa                       mov x2, x22
    40: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x40: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    44: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x44: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    48: 23008052                       mov w3, #0x1
    4c: 00000094                       bl #0x0
        # hole +0x4c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    50: fe0741f8                       ldr x30, [sp], #0x10
    54: c0035fd6                       ret
