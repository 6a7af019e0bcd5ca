# stencil _COMPARE_OP_FLOAT for aarch64-unknown-linux-gnu: 304 code bytes, 0 data bytes, 15 holes
     0: 080080d2                       mov x8, #0x0
        # hole +0x0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 oparg+0
     4: f30315aa                       mov x19, x21
     8: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x8: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 oparg+0
     c: b78e5ff8                       ldr x23, [x21, #-0x8]!
    10: a0825ff8                       ldur x0, [x21, #-0x8]
    14: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x14: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 oparg+0
    18: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x18: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 oparg+0
    1c: e11a40fd                       ldr d1, [x23, #0x30]
    20: 001840fd                       ldr d0, [x0, #0x30]
    24: 1f0500f1                       cmp x8, #0x1
    28: 8d010054                       b.le #0x30
    2c: 1f0900f1                       cmp x8, #0x2
    30: 40020054                       b.eq #0x48
    34: 1f0d00f1                       cmp x8, #0x3
    38: a0020054                       b.eq #0x54
    3c: 1f1100f1                       cmp x8, #0x4
    40: a1030054                       b.ne #0x74
    44: 0020611e                       fcmp d0, d1
    48: f8d79f1a                       cset w24, gt
    4c: fe0f1ff8                       str x30, [sp, #-0x10]!
    50: a0030036                       tbz w0, #0x0, #0x74
    54: 20000014                       b #0x80
    58: 480200b4                       cbz x8, #0x48
    5c: 1f0500f1                       cmp x8, #0x1
    60: a1020054                       b.ne #0x54
    64: 0020611e                       fcmp d0, d1
    68: f8879f1a                       cset w24, ls
    6c: fe0f1ff8                       str x30, [sp, #-0x10]!
    70: a0020036                       tbz w0, #0x0, #0x54
    74: 18000014                       b #0x60
    78: 0020611e                       fcmp d0, d1
    7c: f8179f1a                       cset w24, eq
    80: fe0f1ff8                       str x30, [sp, #-0x10]!
    84: 00020036                       tbz w0, #0x0, #0x40
    88: 13000014                       b #0x4c
    8c: 0020611e                       fcmp d0, d1
    90: f8079f1a                       cset w24, ne
    94: fe0f1ff8                       str x30, [sp, #-0x10]!
    98: 60010036                       tbz w0, #0x0, #0x2c
    9c: 0e000014                       b #0x38
    a0: 0020611e                       fcmp d0, d1
    a4: f8579f1a                       cset w24, mi
    a8: fe0f1ff8                       str x30, [sp, #-0x10]!
    ac: c0000036                       tbz w0, #0x0, #0x18
    b0: 09000014                       b #0x24
    b4: 0020611e                       fcmp d0, d1
    b8: f8b79f1a                       cset w24, ge
    bc: fe0f1ff8                       str x30, [sp, #-0x10]!
    c0: a0000037                       tbnz w0, #0x0, #0x14
    c4: 080040f9                       ldr x8, [x0]
    c8: 080500f1                       subs x8, x8, #0x1
    cc: 080000f9                       str x8, [x0]
    d0: 20010054                       b.eq #0x24
    d4: 57010037                       tbnz w23, #0x0, #0x28
    d8: e80240f9                       ldr x8, [x23]
    dc: 080500f1                       subs x8, x8, #0x1
    e0: e80200f9                       str x8, [x23]
    e4: c1000054                       b.ne #0x18
    e8: e00317aa                       mov x0, x23
    ec: 00000094                       bl #0x0
        # hole +0xec: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    f0: 03000014                       b #0xc
    f4: 00000094                       bl #0x0
        # hole +0xf4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    f8: 17ff0736                       tbz w23, #0x0, #-0x20
    fc: 080080d2                       mov x8, #0x0
        # hole +0xfc: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_False+0
   100: 090080d2                       mov x9, #0x0
        # hole +0x100: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 symbol:tf_True+0
   104: 1f030071                       cmp w24, #0x0
   108: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x108: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_False+0
   10c: 0900a0f2                       movk x9, #0x0, lsl #16
        # hole +0x10c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 symbol:tf_True+0
   110: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x110: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_False+0
   114: 0900c0f2                       movk x9, #0x0, lsl #32
        # hole +0x114: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 symbol:tf_True+0
   118: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x118: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_False+0
   11c: 0900e0f2                       movk x9, #0x0, lsl #48
        # hole +0x11c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 symbol:tf_True+0
   120: 2811889a                       csel x8, x9, x8, ne
   124: 68021ff8                       stur x8, [x19, #-0x10]
   128: fe0741f8                       ldr x30, [sp], #0x10
   12c: 00000014                       b #0x0
        # hole +0x12c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
