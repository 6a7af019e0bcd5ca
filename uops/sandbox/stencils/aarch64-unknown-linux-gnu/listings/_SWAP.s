# stencil _SWAP for aarch64-unknown-linux-gnu: 40 code bytes, 0 data bytes, 5 holes
     0: 080080d2                       mov x8, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     4: aa825ff8                       ldur x10, [x21, #-0x8]
     8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0xc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    10: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x10: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    14: a80e08cb                       sub x8, x21, x8, lsl #3
    18: 090140f9                       ldr x9, [x8]
    1c: a9821ff8                       stur x9, [x21, #-0x8]
    20: 0a0100f9                       str x10, [x8]
    24: 00000014                       b #0x0
        # hole +0x24: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
