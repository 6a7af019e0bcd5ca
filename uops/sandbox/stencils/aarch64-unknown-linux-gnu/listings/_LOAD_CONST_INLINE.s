# stencil _LOAD_CONST_INLINE for aarch64-unknown-linux-gnu: 40 code bytes, 0 data bytes, 5 holes
     0: 080080d2                       mov x8, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0+0
     4: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0+0
     8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0+0
     c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0xc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0+0
    10: 88000037                       tbnz w8, #0x0, #0x10
    14: 090140f9                       ldr x9, [x8]
    18: 29050091                       add x9, x9, #0x1
    1c: 090100f9                       str x9, [x8]
    20: a88600f8                       str x8, [x21], #0x8
    24: 00000014                       b #0x0
        # hole +0x24: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
