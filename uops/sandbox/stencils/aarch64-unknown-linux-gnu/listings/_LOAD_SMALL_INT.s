# stencil _LOAD_SMALL_INT for aarch64-unknown-linux-gnu: 32 code bytes, 0 data bytes, 5 holes
     0: 080080d2                       mov x8, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     4: 29008052                       mov w9, #0x1
     8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    10: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x10: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    14: 280508aa                       orr x8, x9, x8, lsl #1
    18: a88600f8                       str x8, [x21], #0x8
    1c: 00000014                       b #0x0
        # hole +0x1c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
