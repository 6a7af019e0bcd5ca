# stencil _STORE_FAST for aarch64-unknown-linux-gnu: 72 code bytes, 0 data bytes, 7 holes
     0: 080080d2                       mov x8, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     4: 890e40f9                       ldr x9, [x20, #0x18]
     8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: aa8e5ff8                       ldr x10, [x21, #-0x8]!
    10: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x10: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    14: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x14: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    18: 207968f8                       ldr x0, [x9, x8, lsl #3]
    1c: 2a7928f8                       str x10, [x9, x8, lsl #3]
    20: a0000037                       tbnz w0, #0x0, #0x14
    24: 080040f9                       ldr x8, [x0]
    28: 080500f1                       subs x8, x8, #0x1
    2c: 080000f9                       str x8, [x0]
    30: 40000054                       b.eq #0x8
    34: 00000014                       b #0x0
        # hole +0x34: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    38: fe0f1ff8                       str x30, [sp, #-0x10]!
    3c: 00000094                       bl #0x0
        # hole +0x3c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    40: fe0741f8                       ldr x30, [sp], #0x10
    44: 00000014                       b #0x0
        # hole +0x44: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
