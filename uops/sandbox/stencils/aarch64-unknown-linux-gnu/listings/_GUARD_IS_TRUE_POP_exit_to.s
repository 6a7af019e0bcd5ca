# stencil _GUARD_IS_TRUE_POP@exit_to for aarch64-unknown-linux-gnu: 44 code bytes, 0 data bytes, 6 holes
     0: 090080d2                       mov x9, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
     4: e80315aa                       mov x8, x21
     8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
     c: 0a8d5ff8                       ldr x10, [x8, #-0x8]!
    10: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x10: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
    14: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x14: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
    18: 5f0109eb                       cmp x10, x9
    1c: 61000054                       b.ne #0xc
    20: f50308aa                       mov x21, x8
    24: 00000014                       b #0x0
        # hole +0x24: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    28: 00000014                       b #0x0
        # hole +0x28: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace+0
