# stencil nested_outer for aarch64-unknown-linux-gnu: 480 code bytes, 0 data bytes, 13 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: f30315aa                       mov x19, x21
     8: a8825ff8                       ldur x8, [x21, #-0x8]
     c: f50080d2                       mov x21, #0x7
    10: d500c0f2                       movk x21, #0x6, lsl #32
    14: a91a00d1                       sub x9, x21, #0x6
    18: 280c0037                       tbnz w8, #0x0, #0x184
    1c: 0a0940b9                       ldr w10, [x8, #0x8]
    20: 5f110071                       cmp w10, #0x4
    24: c10b0054                       b.ne #0x178
    28: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    2c: 091940f9                       ldr x9, [x8, #0x30]
    30: 5f0500f1                       cmp x10, #0x1
    34: cb030054                       b.lt #0x78
    38: 3f010beb                       cmp x9, x11
    3c: ca030054                       b.ge #0x78
    40: 2b008052                       mov w11, #0x1
    44: 2a010a8b                       add x10, x9, x10
    48: 690509aa                       orr x9, x11, x9, lsl #1
    4c: 0a1900f9                       str x10, [x8, #0x30]
    50: 880e40f9                       ldr x8, [x20, #0x18]
    54: 690200f9                       str x9, [x19]
    58: 000540f9                       ldr x0, [x8, #0x8]
    5c: 090500f9                       str x9, [x8, #0x8]
    60: a0000037                       tbnz w0, #0x0, #0x14
    64: 080040f9                       ldr x8, [x0]
    68: 080500f1                       subs x8, x8, #0x1
    6c: 080000f9                       str x8, [x0]
    70: a0020054                       b.eq #0x54
    74: 170080d2                       mov x23, #0x0
        # hole +0x74: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    78: 1700a0f2                       movk x23, #0x0, lsl #16
        # hole +0x78: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    7c: 1700c0f2                       movk x23, #0x0, lsl #32
        # hole +0x7c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    80: 1700e0f2                       movk x23, #0x0, lsl #48
        # hole +0x80: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    84: d7020036                       tbz w23, #0x0, #0x58
    88: f80313aa                       mov x24, x19
    8c: 880e40f9                       ldr x8, [x20, #0x18]
    90: 178700f8                       str x23, [x24], #0x8
    94: 090d40f9                       ldr x9, [x8, #0x18]
    98: 29030036                       tbz w9, #0x0, #0x64
    9c: 68420091                       add x8, x19, #0x10
    a0: 690600f9                       str x9, [x19, #0x8]
    a4: b7030036                       tbz w23, #0x0, #0x74
    a8: 41000014                       b #0x104
    ac: 3f010beb                       cmp x9, x11
    b0: 8cfcff54                       b.gt #-0x70
    b4: b51600d1                       sub x21, x21, #0x5
    b8: 43008052                       mov w3, #0x2
    bc: 85028052                       mov w5, #0x14
    c0: 3e000014                       b #0xf8
    c4: 00000094                       bl #0x0
        # hole +0xc4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    c8: 170080d2                       mov x23, #0x0
        # hole +0xc8: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[5]+0
    cc: 1700a0f2                       movk x23, #0x0, lsl #16
        # hole +0xcc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[5]+0
    d0: 1700c0f2                       movk x23, #0x0, lsl #32
        # hole +0xd0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[5]+0
    d4: 1700e0f2                       movk x23, #0x0, lsl #48
        # hole +0xd4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[5]+0
    d8: 97fd0737                       tbnz w23, #0x0, #-0x50
    dc: e80240f9                       ldr x8, [x23]
    e0: 08050091                       add x8, x8, #0x1
    e4: e80200f9                       str x8, [x23]
    e8: f80313aa                       mov x24, x19
    ec: 880e40f9                       ldr x8, [x20, #0x18]
    f0: 178700f8                       str x23, [x24], #0x8
    f4: 090d40f9                       ldr x9, [x8, #0x18]
    f8: 29fd0737                       tbnz w9, #0x0, #-0x5c
    fc: 280140f9                       ldr x8, [x9]
   100: 08050091                       add x8, x8, #0x1
   104: 280100f9                       str x8, [x9]
   108: 770240f9                       ldr x23, [x19]
   10c: 68420091                       add x8, x19, #0x10
   110: 690600f9                       str x9, [x19, #0x8]
   114: d7040037                       tbnz w23, #0x0, #0x98
   118: e90a40b9                       ldr w9, [x23, #0x8]
   11c: 3f210071                       cmp w9, #0x8
   120: 61040054                       b.ne #0x8c
   124: e81e40f9                       ldr x8, [x23, #0x38]
   128: e00316aa                       mov x0, x22
   12c: e10318aa                       mov x1, x24
   130: 22008052                       mov w2, #0x1
   134: 00013fd6                       blr x8
   138: 080340f9                       ldr x8, [x24]
   13c: f90300aa                       mov x25, x0
   140: a8000037                       tbnz w8, #0x0, #0x14
   144: 090140f9                       ldr x9, [x8]
   148: 290500f1                       subs x9, x9, #0x1
   14c: 090100f9                       str x9, [x8]
   150: 80010054                       b.eq #0x30
   154: e80240f9                       ldr x8, [x23]
   158: 080500f1                       subs x8, x8, #0x1
   15c: e80200f9                       str x8, [x23]
   160: 61000054                       b.ne #0xc
   164: e00317aa                       mov x0, x23
   168: 00000094                       bl #0x0
        # hole +0x168: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   16c: 590300b4                       cbz x25, #0x68
   170: f50318aa                       mov x21, x24
   174: 790200f9                       str x25, [x19]
   178: fe0741f8                       ldr x30, [sp], #0x10
   17c: 00000014                       b #0x0
        # hole +0x17c: R_AARCH64_JUMP26 Aarch64Branch26 exit_trace[8]+0
   180: e00308aa                       mov x0, x8
   184: 00000094                       bl #0x0
        # hole +0x184: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   188: e80240f9                       ldr x8, [x23]
   18c: 080500f1                       subs x8, x8, #0x1
   190: e80200f9                       str x8, [x23]
   194: c1feff54                       b.ne #-0x28
   198: f3ffff17                       b #-0x34
   19c: 23008052                       mov w3, #0x1
   1a0: 45018052                       mov w5, #0xa
   1a4: f50309aa                       mov x21, x9
   1a8: 04000014                       b #0x10
   1ac: 23008052                       mov w3, #0x1
   1b0: c5088052                       mov w5, #0x46
   1b4: f30308aa                       mov x19, x8
   1b8: e00314aa                       mov x0, x20
   1bc: e10313aa                       mov x1, x19
   1c0: e20316aa                       mov x2, x22
   1c4: e40315aa                       mov x4, x21
   1c8: 00000094                       bl #0x0
        # hole +0x1c8: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1cc: fe0741f8                       ldr x30, [sp], #0x10
   1d0: c0035fd6                       ret
   1d4: 63008052                       mov w3, #0x3
   1d8: c5088052                       mov w5, #0x46
   1dc: f7ffff17                       b #-0x24
