# stencil _CALL_BUILTIN_FAST for aarch64-unknown-linux-gnu: 292 code bytes, 0 data bytes, 25 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: 190080d2                       mov x25, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     8: 1900a0f2                       movk x25, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: 1900c0f2                       movk x25, #0x0, lsl #32
        # hole +0xc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    10: 1900e0f2                       movk x25, #0x0, lsl #48
        # hole +0x10: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    14: e80339aa                       mvn x8, x25
    18: b30e088b                       add x19, x21, x8, lsl #3
    1c: 770240f9                       ldr x23, [x19]
    20: 57040037                       tbnz w23, #0x0, #0x88
    24: e80a40b9                       ldr w8, [x23, #0x8]
    28: 1f210071                       cmp w8, #0x8
    2c: e1030054                       b.ne #0x7c
    30: a10e19cb                       sub x1, x21, x25, lsl #3
    34: e81e40f9                       ldr x8, [x23, #0x38]
    38: e00316aa                       mov x0, x22
    3c: e20319aa                       mov x2, x25
    40: 00013fd6                       blr x8
    44: f80300aa                       mov x24, x0
    48: b90100b4                       cbz x25, #0x34
    4c: f90319cb                       neg x25, x25
    50: 03000014                       b #0xc
    54: 39070091                       add x25, x25, #0x1
    58: 390100b4                       cbz x25, #0x24
    5c: a07a79f8                       ldr x0, [x21, x25, lsl #3]
    60: a0ff0737                       tbnz w0, #0x0, #-0xc
    64: 080040f9                       ldr x8, [x0]
    68: 080500f1                       subs x8, x8, #0x1
    6c: 080000f9                       str x8, [x0]
    70: 21ffff54                       b.ne #-0x1c
    74: 00000094                       bl #0x0
        # hole +0x74: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    78: f7ffff17                       b #-0x24
    7c: e80240f9                       ldr x8, [x23]
    80: 080500f1                       subs x8, x8, #0x1
    84: e80200f9                       str x8, [x23]
    88: 61000054                       b.ne #0xc
    8c: e00317aa                       mov x0, x23
    90: 00000094                       bl #0x0
        # hole +0x90: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    94: 980200b4                       cbz x24, #0x50
    98: 788600f8                       str x24, [x19], #0x8
    9c: f50313aa                       mov x21, x19
    a0: fe0741f8                       ldr x30, [sp], #0x10
    a4: 00000014                       b #0x0
        # hole +0xa4: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
    a8: 050080d2                       mov x5, #0x0
        # hole +0xa8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    ac: 040080d2                       mov x4, #0x0
        # hole +0xac: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    b0: 23008052                       mov w3, #0x1
    b4: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0xb4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    b8: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0xb8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    bc: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0xbc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
    c0: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0xc0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
    c4: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0xc4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
    c8: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0xc8: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
    cc: e00314aa                       mov x0, x20
    d0: e10315aa                       mov x1, x21
    d4: e20316aa                       mov x2, x22
    d8: 00000094                       bl #0x0
        # hole +0xd8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    dc: fe0741f8                       ldr x30, [sp], #0x10
    e0: c0035fd6                       ret
    e4: 050080d2                       mov x5, #0x0
        # hole +0xe4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 target+0
    e8: 040080d2                       mov x4, #0x0
        # hole +0xe8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
    ec: 63008052                       mov w3, #0x3
    f0: 0500a0f2                       movk x5, #0x0, lsl #16
        # hole +0xf0: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 target+0
    f4: 0400a0f2                       movk x4, #0x0, lsl #16
        # hole +0xf4: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
    f8: f50313aa                       mov x21, x19
    fc: 0500c0f2                       movk x5, #0x0, lsl #32
        # hole +0xfc: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 target+0
   100: 0400c0f2                       movk x4, #0x0, lsl #32
        # hole +0x100: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   104: 0500e0f2                       movk x5, #0x0, lsl #48
        # hole +0x104: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 target+0
   108: 0400e0f2                       movk x4, #0x0, lsl #48
        # hole +0x108: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   10c: e00314aa                       mov x0, x20
   110: e10315aa                       mov x1, x21
   114: e20316aa                       mov x2, x22
   118: 00000094                       bl #0x0
        # hole +0x118: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   11c: fe0741f8                       ldr x30, [sp], #0x10
   120: c0035fd6                       ret
