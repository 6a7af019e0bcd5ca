# stencil float_div_loop for aarch64-unknown-linux-gnu: 812 code bytes, 0 data bytes, 10 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: 880e40f9                       ldr x8, [x20, #0x18]
     8: fd7b01a9                       stp x29, x30, [sp, #0x10]
     c: 0a7541a9                       ldp x10, x29, [x8, #0x10]
    10: 1b4d40a9                       ldp x27, x19, [x8]
    14: 1d0c0037                       tbnz w29, #0x0, #0x180
    18: 58018052                       mov w24, #0xa
    1c: f5030aaa                       mov x21, x10
    20: 3c008052                       mov w28, #0x1
    24: f7031baa                       mov x23, x27
    28: ea0700f9                       str x10, [sp, #0x8]
    2c: a80b40b9                       ldr w8, [x29, #0x8]
    30: 1f110071                       cmp w8, #0x4
    34: c10d0054                       b.ne #0x1b8
    38: a82340f9                       ldr x8, [x29, #0x40]
    3c: 1f0500f1                       cmp x8, #0x1
    40: ab000054                       b.lt #0x14
    44: ba2743a9                       ldp x26, x9, [x29, #0x30]
    48: 5f0309eb                       cmp x26, x9
    4c: ab000054                       b.lt #0x14
    50: 70000014                       b #0x1c0
    54: ba2743a9                       ldp x26, x9, [x29, #0x30]
    58: 5f0309eb                       cmp x26, x9
    5c: ad0d0054                       b.le #0x1b4
    60: 4803088b                       add x8, x26, x8
    64: a81b00f9                       str x8, [x29, #0x30]
    68: b5000037                       tbnz w21, #0x0, #0x14
    6c: a80240f9                       ldr x8, [x21]
    70: 080500f1                       subs x8, x8, #0x1
    74: a80200f9                       str x8, [x21]
    78: c0000054                       b.eq #0x18
    7c: 17010036                       tbz w23, #0x0, #0x20
    80: 73010036                       tbz w19, #0x0, #0x2c
    84: 95071aaa                       orr x21, x28, x26, lsl #1
    88: d7010036                       tbz w23, #0x0, #0x38
    8c: 4d000014                       b #0x134
    90: e00315aa                       mov x0, x21
    94: 00000094                       bl #0x0
        # hole +0x94: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
    98: 57ff0737                       tbnz w23, #0x0, #-0x18
    9c: e80240f9                       ldr x8, [x23]
    a0: 08050091                       add x8, x8, #0x1
    a4: e80200f9                       str x8, [x23]
    a8: f3fe0737                       tbnz w19, #0x0, #-0x24
    ac: 680240f9                       ldr x8, [x19]
    b0: 08050091                       add x8, x8, #0x1
    b4: 680200f9                       str x8, [x19]
    b8: 95071aaa                       orr x21, x28, x26, lsl #1
    bc: 37080037                       tbnz w23, #0x0, #0x104
    c0: e80a40b9                       ldr w8, [x23, #0x8]
    c4: 1f090071                       cmp w8, #0x2
    c8: c1070054                       b.ne #0xf8
    cc: b3070037                       tbnz w19, #0x0, #0xf4
    d0: 680a40b9                       ldr w8, [x19, #0x8]
    d4: 1f090071                       cmp w8, #0x2
    d8: 41070054                       b.ne #0xe8
    dc: e80240f9                       ldr x8, [x23]
    e0: e81a40fd                       ldr d8, [x23, #0x30]
    e4: 691a40fd                       ldr d9, [x19, #0x30]
    e8: 080500f1                       subs x8, x8, #0x1
    ec: e80200f9                       str x8, [x23]
    f0: 00010054                       b.eq #0x20
    f4: 680240f9                       ldr x8, [x19]
    f8: 080500f1                       subs x8, x8, #0x1
    fc: 680200f9                       str x8, [x19]
   100: 40010054                       b.eq #0x28
   104: 2821601e                       fcmp d9, #0.0
   108: 81010054                       b.ne #0x30
   10c: 4b000014                       b #0x12c
   110: e00317aa                       mov x0, x23
   114: 00000094                       bl #0x0
        # hole +0x114: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   118: 680240f9                       ldr x8, [x19]
   11c: 080500f1                       subs x8, x8, #0x1
   120: 680200f9                       str x8, [x19]
   124: 01ffff54                       b.ne #-0x20
   128: e00313aa                       mov x0, x19
   12c: 00000094                       bl #0x0
        # hole +0x12c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   130: 2821601e                       fcmp d9, #0.0
   134: 20080054                       b.eq #0x104
   138: 0019691e                       fdiv d0, d8, d9
   13c: e00316aa                       mov x0, x22
   140: 00000094                       bl #0x0
        # hole +0x140: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_float_new+0
   144: e00d00b4                       cbz x0, #0x1bc
   148: e80240f9                       ldr x8, [x23]
   14c: f90300aa                       mov x25, x0
   150: 080500f1                       subs x8, x8, #0x1
   154: e80200f9                       str x8, [x23]
   158: 61000054                       b.ne #0xc
   15c: e00317aa                       mov x0, x23
   160: 00000094                       bl #0x0
        # hole +0x160: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   164: c8a640a9                       ldp x8, x9, [x22, #0x8]
   168: 08050091                       add x8, x8, #0x1
   16c: 1f0109eb                       cmp x8, x9
   170: c80600f9                       str x8, [x22, #0x8]
   174: ea060054                       b.ge #0xdc
   178: c80240f9                       ldr x8, [x22]
   17c: 480800b5                       cbnz x8, #0x108
   180: f70319aa                       mov x23, x25
   184: 5df50736                       tbz w29, #0x0, #-0x158
   188: 2b008052                       mov w11, #0x1
   18c: f70319aa                       mov x23, x25
   190: 18000014                       b #0x60
   194: 23008052                       mov w3, #0x1
   198: 0c048052                       mov w12, #0x20
   19c: 58018052                       mov w24, #0xa
   1a0: f5030aaa                       mov x21, x10
   1a4: f7031baa                       mov x23, x27
   1a8: 2b008052                       mov w11, #0x1
   1ac: e803032a                       mov w8, w3
   1b0: 890e40f9                       ldr x9, [x20, #0x18]
   1b4: 7f031beb                       cmp x27, x27
   1b8: a1070054                       b.ne #0xf4
   1bc: 3d000014                       b #0xf4
   1c0: ea0740f9                       ldr x10, [sp, #0x8]
   1c4: e8031f2a                       mov w8, wzr
   1c8: 23008052                       mov w3, #0x1
   1cc: f90317aa                       mov x25, x23
   1d0: d8088052                       mov w24, #0x46
   1d4: 0c068052                       mov w12, #0x30
   1d8: eb008052                       mov w11, #0x7
   1dc: 890e40f9                       ldr x9, [x20, #0x18]
   1e0: ff021beb                       cmp x23, x27
   1e4: 41060054                       b.ne #0xc8
   1e8: 32000014                       b #0xc8
   1ec: 2b008052                       mov w11, #0x1
   1f0: ea0740f9                       ldr x10, [sp, #0x8]
   1f4: e3030b2a                       mov w3, w11
   1f8: e8030b2a                       mov w8, w11
   1fc: 0c048052                       mov w12, #0x20
   200: 890e40f9                       ldr x9, [x20, #0x18]
   204: ff021beb                       cmp x23, x27
   208: 21050054                       b.ne #0xa4
   20c: 29000014                       b #0xa4
   210: 4b008052                       mov w11, #0x2
   214: ea0740f9                       ldr x10, [sp, #0x8]
   218: 28008052                       mov w8, #0x1
   21c: e3030b2a                       mov w3, w11
   220: 98028052                       mov w24, #0x14
   224: 0c048052                       mov w12, #0x20
   228: 890e40f9                       ldr x9, [x20, #0x18]
   22c: ff021beb                       cmp x23, x27
   230: e1030054                       b.ne #0x7c
   234: 1f000014                       b #0x7c
   238: c9620091                       add x9, x22, #0x18
   23c: 63008052                       mov w3, #0x3
   240: 180a8052                       mov w24, #0x50
   244: 0b018052                       mov w11, #0x8
   248: f90317aa                       mov x25, x23
   24c: 06000014                       b #0x18
   250: 43008052                       mov w3, #0x2
   254: e90316aa                       mov x9, x22
   258: f70319aa                       mov x23, x25
   25c: 4b018052                       mov w11, #0xa
   260: 980c8052                       mov w24, #0x64
   264: ea0740f9                       ldr x10, [sp, #0x8]
   268: 28008052                       mov w8, #0x1
   26c: 0c048052                       mov w12, #0x20
   270: 280100f9                       str x8, [x9]
   274: 890e40f9                       ldr x9, [x20, #0x18]
   278: ff021beb                       cmp x23, x27
   27c: 81010054                       b.ne #0x30
   280: 0c000014                       b #0x30
   284: ea0740f9                       ldr x10, [sp, #0x8]
   288: 28008052                       mov w8, #0x1
   28c: 43008052                       mov w3, #0x2
   290: f70319aa                       mov x23, x25
   294: 4b018052                       mov w11, #0xa
   298: 980c8052                       mov w24, #0x64
   29c: 0c048052                       mov w12, #0x20
   2a0: 890e40f9                       ldr x9, [x20, #0x18]
   2a4: 3f031beb                       cmp x25, x27
   2a8: 40000054                       b.eq #0x8
   2ac: 370100f9                       str x23, [x9]
   2b0: bf020aeb                       cmp x21, x10
   2b4: 01020054                       b.ne #0x40
   2b8: 48000037                       tbnz w8, #0x0, #0x8
   2bc: 394d02a9                       stp x25, x19, [x9, #0x20]
   2c0: 080080d2                       mov x8, #0x0
        # hole +0x2c0: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   2c4: 21010c8b                       add x1, x9, x12
   2c8: e00314aa                       mov x0, x20
   2cc: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x2cc: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   2d0: e20316aa                       mov x2, x22
   2d4: e50318aa                       mov x5, x24
   2d8: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2d8: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2dc: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2dc: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2e0: 04010b8b                       add x4, x8, x11
   2e4: 00000094                       bl #0x0
        # hole +0x2e4: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2e8: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   2ec: ff830091                       add sp, sp, #0x20
   2f0: c0035fd6                       ret
   2f4: 350900f9                       str x21, [x9, #0x10]
   2f8: 28fe0736                       tbz w8, #0x0, #-0x3c
   2fc: f1ffff17                       b #-0x3c
   300: ea0740f9                       ldr x10, [sp, #0x8]
   304: 28008052                       mov w8, #0x1
   308: 63008052                       mov w3, #0x3
   30c: f90317aa                       mov x25, x23
   310: 0b018052                       mov w11, #0x8
   314: 180a8052                       mov w24, #0x50
   318: 0c048052                       mov w12, #0x20
   31c: 890e40f9                       ldr x9, [x20, #0x18]
   320: ff021beb                       cmp x23, x27
   324: 41fcff54                       b.ne #-0x78
   328: e2ffff17                       b #-0x78
