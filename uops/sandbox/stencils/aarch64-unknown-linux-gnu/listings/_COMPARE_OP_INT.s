# stencil _COMPARE_OP_INT for aarch64-unknown-linux-gnu: 196 code bytes, 0 data bytes, 13 holes
     0: 090080d2                       mov x9, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     4: e80315aa                       mov x8, x21
     8: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: ab8e5ff8                       ldr x11, [x21, #-0x8]!
    10: aa825ff8                       ldur x10, [x21, #-0x8]
    14: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x14: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    18: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x18: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    1c: 6bfd4193                       asr x11, x11, #1
    20: 4afd4193                       asr x10, x10, #1
    24: 3f0500f1                       cmp x9, #0x1
    28: 4d010054                       b.le #0x28
    2c: 3f0900f1                       cmp x9, #0x2
    30: c0010054                       b.eq #0x38
    34: 3f0d00f1                       cmp x9, #0x3
    38: e0010054                       b.eq #0x3c
    3c: 3f1100f1                       cmp x9, #0x4
    40: 61020054                       b.ne #0x4c
    44: 5f010beb                       cmp x10, x11
    48: e9d79f1a                       cset w9, gt
    4c: 12000014                       b #0x48
    50: 890100b4                       cbz x9, #0x30
    54: 3f0500f1                       cmp x9, #0x1
    58: a1010054                       b.ne #0x34
    5c: 5f010beb                       cmp x10, x11
    60: e9c79f1a                       cset w9, le
    64: 0c000014                       b #0x30
    68: 5f010beb                       cmp x10, x11
    6c: e9179f1a                       cset w9, eq
    70: 09000014                       b #0x24
    74: 5f010beb                       cmp x10, x11
    78: e9079f1a                       cset w9, ne
    7c: 06000014                       b #0x18
    80: 5f010beb                       cmp x10, x11
    84: e9a79f1a                       cset w9, lt
    88: 03000014                       b #0xc
    8c: 5f010beb                       cmp x10, x11
    90: e9b79f1a                       cset w9, ge
    94: 0a0080d2                       mov x10, #0x0
        # hole +0x94: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
    98: 0b0080d2                       mov x11, #0x0
        # hole +0x98: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
    9c: 3f010071                       cmp w9, #0x0
    a0: 0a00a0f2                       movk x10, #0x0, lsl #16
        # hole +0xa0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
    a4: 0b00a0f2                       movk x11, #0x0, lsl #16
        # hole +0xa4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
    a8: 0a00c0f2                       movk x10, #0x0, lsl #32
        # hole +0xa8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
    ac: 0b00c0f2                       movk x11, #0x0, lsl #32
        # hole +0xac: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
    b0: 0a00e0f2                       movk x10, #0x0, lsl #48
        # hole +0xb0: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
    b4: 0b00e0f2                       movk x11, #0x0, lsl #48
        # hole +0xb4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
    b8: 69118a9a                       csel x9, x11, x10, ne
    bc: 09011ff8                       stur x9, [x8, #-0x10]
    c0: 00000014                       b #0x0
        # hole +0xc0: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
