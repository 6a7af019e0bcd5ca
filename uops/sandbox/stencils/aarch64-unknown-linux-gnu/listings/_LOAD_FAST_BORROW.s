# stencil _LOAD_FAST_BORROW for aarch64-unknown-linux-gnu: 48 code bytes, 0 data bytes, 5 holes
     0: 080080d2                       mov x8, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     4: 890e40f9                       ldr x9, [x20, #0x18]
     8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    10: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x10: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    14: 287968f8                       ldr x8, [x9, x8, lsl #3]
    18: 88000037                       tbnz w8, #0x0, #0x10
    1c: 090140f9                       ldr x9, [x8]
    20: 29050091                       add x9, x9, #0x1
    24: 090100f9                       str x9, [x8]
    28: a88600f8                       str x8, [x21], #0x8
    2c: 00000014                       b #0x0
        # hole +0x2c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
