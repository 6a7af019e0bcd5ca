# stencil attr_loop for aarch64-unknown-linux-gnu: 924 code bytes, 0 data bytes, 14 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 1b0080d2                       mov x27, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[6]+0
     8: ba220091                       add x26, x21, #0x8
     c: b9420091                       add x25, x21, #0x10
    10: 1b00a0f2                       movk x27, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[6]+0
    14: 53018052                       mov w19, #0xa
    18: 3c008052                       mov w28, #0x1
    1c: 1b00c0f2                       movk x27, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[6]+0
    20: d8008052                       mov w24, #0x6
    24: 1d00f8d2                       mov x29, #-0x4000000000000000
    28: 1b00e0f2                       movk x27, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[6]+0
    2c: a8825ff8                       ldur x8, [x21, #-0x8]
    30: 08140037                       tbnz w8, #0x0, #0x280
    34: 090940b9                       ldr w9, [x8, #0x8]
    38: 3f110071                       cmp w9, #0x4
    3c: 01140054                       b.ne #0x280
    40: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    44: 091940f9                       ldr x9, [x8, #0x30]
    48: 5f0500f1                       cmp x10, #0x1
    4c: 8b000054                       b.lt #0x10
    50: 3f010beb                       cmp x9, x11
    54: 8b000054                       b.lt #0x10
    58: 9c000014                       b #0x270
    5c: 3f010beb                       cmp x9, x11
    60: 4d130054                       b.le #0x268
    64: 2a010a8b                       add x10, x9, x10
    68: 890709aa                       orr x9, x28, x9, lsl #1
    6c: 0a1900f9                       str x10, [x8, #0x30]
    70: 880e40f9                       ldr x8, [x20, #0x18]
    74: a90200f9                       str x9, [x21]
    78: 000540f9                       ldr x0, [x8, #0x8]
    7c: 090500f9                       str x9, [x8, #0x8]
    80: a0000037                       tbnz w0, #0x0, #0x14
    84: 090040f9                       ldr x9, [x0]
    88: 290500f1                       subs x9, x9, #0x1
    8c: 090000f9                       str x9, [x0]
    90: 800e0054                       b.eq #0x1d0
    94: 000140f9                       ldr x0, [x8]
    98: 80000037                       tbnz w0, #0x0, #0x10
    9c: 080040f9                       ldr x8, [x0]
    a0: 08050091                       add x8, x8, #0x1
    a4: 080000f9                       str x8, [x0]
    a8: a00200f9                       str x0, [x21]
    ac: 000f0037                       tbnz w0, #0x0, #0x1e0
    b0: 080840b9                       ldr w8, [x0, #0x8]
    b4: 1f1d0071                       cmp w8, #0x7
    b8: a10e0054                       b.ne #0x1d4
    bc: 081840f9                       ldr x8, [x0, #0x30]
    c0: 081940f9                       ldr x8, [x8, #0x30]
    c4: 1f011beb                       cmp x8, x27
    c8: 210e0054                       b.ne #0x1c4
    cc: 080040f9                       ldr x8, [x0]
    d0: 08050091                       add x8, x8, #0x1
    d4: 080000f9                       str x8, [x0]
    d8: 400300f9                       str x0, [x26]
    dc: 081c40f9                       ldr x8, [x0, #0x38]
    e0: 481200b4                       cbz x8, #0x248
    e4: 082040f9                       ldr x8, [x0, #0x40]
    e8: 48010036                       tbz w8, #0x0, #0x28
    ec: 480300f9                       str x8, [x26]
    f0: 080040f9                       ldr x8, [x0]
    f4: 080500f1                       subs x8, x8, #0x1
    f8: 080000f9                       str x8, [x0]
    fc: a0010054                       b.eq #0x34
   100: 880e40f9                       ldr x8, [x20, #0x18]
   104: 000940f9                       ldr x0, [x8, #0x10]
   108: c0010036                       tbz w0, #0x0, #0x38
   10c: 73000014                       b #0x1cc
   110: 090140f9                       ldr x9, [x8]
   114: 29050091                       add x9, x9, #0x1
   118: 090100f9                       str x9, [x8]
   11c: 480300f9                       str x8, [x26]
   120: 080040f9                       ldr x8, [x0]
   124: 080500f1                       subs x8, x8, #0x1
   128: 080000f9                       str x8, [x0]
   12c: a1feff54                       b.ne #-0x2c
   130: 00000094                       bl #0x0
        # hole +0x130: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   134: 880e40f9                       ldr x8, [x20, #0x18]
   138: 000940f9                       ldr x0, [x8, #0x10]
   13c: e00c0037                       tbnz w0, #0x0, #0x19c
   140: 080040f9                       ldr x8, [x0]
   144: 090840b9                       ldr w9, [x0, #0x8]
   148: 08050091                       add x8, x8, #0x1
   14c: 3f1d0071                       cmp w9, #0x7
   150: 080000f9                       str x8, [x0]
   154: 200300f9                       str x0, [x25]
   158: 210c0054                       b.ne #0x184
   15c: 081840f9                       ldr x8, [x0, #0x30]
   160: 081940f9                       ldr x8, [x8, #0x30]
   164: 1f0d00f1                       cmp x8, #0x3
   168: a10b0054                       b.ne #0x174
   16c: 081c40f9                       ldr x8, [x0, #0x38]
   170: 680e00b4                       cbz x8, #0x1cc
   174: 082040f9                       ldr x8, [x0, #0x40]
   178: 28010036                       tbz w8, #0x0, #0x24
   17c: 280300f9                       str x8, [x25]
   180: 080040f9                       ldr x8, [x0]
   184: 080500f1                       subs x8, x8, #0x1
   188: 080000f9                       str x8, [x0]
   18c: 80010054                       b.eq #0x30
   190: 480340f9                       ldr x8, [x26]
   194: a8010037                       tbnz w8, #0x0, #0x34
   198: 41000014                       b #0x104
   19c: 090140f9                       ldr x9, [x8]
   1a0: 29050091                       add x9, x9, #0x1
   1a4: 090100f9                       str x9, [x8]
   1a8: 280300f9                       str x8, [x25]
   1ac: 080040f9                       ldr x8, [x0]
   1b0: 080500f1                       subs x8, x8, #0x1
   1b4: 080000f9                       str x8, [x0]
   1b8: c1feff54                       b.ne #-0x28
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   1c0: 480340f9                       ldr x8, [x26]
   1c4: c8060036                       tbz w8, #0x0, #0xd8
   1c8: 290340f9                       ldr x9, [x25]
   1cc: 89060036                       tbz w9, #0x0, #0xd0
   1d0: 29fd4193                       asr x9, x9, #1
   1d4: 2805888b                       add x8, x9, x8, asr #1
   1d8: 1f011dab                       cmn x8, x29
   1dc: a50b0054                       b.pl #0x174
   1e0: 23008052                       mov w3, #0x1
   1e4: b70240f9                       ldr x23, [x21]
   1e8: 680408aa                       orr x8, x3, x8, lsl #1
   1ec: a85e00a9                       stp x8, x23, [x21]
   1f0: 17080037                       tbnz w23, #0x0, #0x100
   1f4: e90a40b9                       ldr w9, [x23, #0x8]
   1f8: 3f1d0071                       cmp w9, #0x7
   1fc: a10c0054                       b.ne #0x194
   200: e91e40f9                       ldr x9, [x23, #0x38]
   204: 3f0900f1                       cmp x9, #0x2
   208: 430c0054                       b.lo #0x188
   20c: e02640f9                       ldr x0, [x23, #0x48]
   210: e82600f9                       str x8, [x23, #0x48]
   214: a0000037                       tbnz w0, #0x0, #0x14
   218: 080040f9                       ldr x8, [x0]
   21c: 080500f1                       subs x8, x8, #0x1
   220: 080000f9                       str x8, [x0]
   224: 80020054                       b.eq #0x50
   228: e80240f9                       ldr x8, [x23]
   22c: 080500f1                       subs x8, x8, #0x1
   230: e80200f9                       str x8, [x23]
   234: 61000054                       b.ne #0xc
   238: e00317aa                       mov x0, x23
   23c: 00000094                       bl #0x0
        # hole +0x23c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   240: c8a640a9                       ldp x8, x9, [x22, #0x8]
   244: 08050091                       add x8, x8, #0x1
   248: 1f0109eb                       cmp x8, x9
   24c: c80600f9                       str x8, [x22, #0x8]
   250: 8a050054                       b.ge #0xb0
   254: c80240f9                       ldr x8, [x22]
   258: a8eeffb4                       cbz x8, #-0x22c
   25c: 2f000014                       b #0xbc
   260: 00000094                       bl #0x0
        # hole +0x260: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   264: 880e40f9                       ldr x8, [x20, #0x18]
   268: 000140f9                       ldr x0, [x8]
   26c: 80f10736                       tbz w0, #0x0, #-0x1d0
   270: 8effff17                       b #-0x1c8
   274: 00000094                       bl #0x0
        # hole +0x274: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   278: e80240f9                       ldr x8, [x23]
   27c: 080500f1                       subs x8, x8, #0x1
   280: e80200f9                       str x8, [x23]
   284: e1fdff54                       b.ne #-0x44
   288: ecffff17                       b #-0x50
   28c: 23008052                       mov w3, #0x1
   290: f5031aaa                       mov x21, x26
   294: 93078052                       mov w19, #0x3c
   298: 32000014                       b #0xc8
   29c: b5620091                       add x21, x21, #0x18
   2a0: 23008052                       mov w3, #0x1
   2a4: 130f8052                       mov w19, #0x78
   2a8: 98018052                       mov w24, #0xc
   2ac: 2d000014                       b #0xb4
   2b0: 23008052                       mov w3, #0x1
   2b4: 38008052                       mov w24, #0x1
   2b8: 2a000014                       b #0xa8
   2bc: 38008052                       mov w24, #0x1
   2c0: e303182a                       mov w3, w24
   2c4: 27000014                       b #0x9c
   2c8: 58008052                       mov w24, #0x2
   2cc: 93028052                       mov w19, #0x14
   2d0: e303182a                       mov w3, w24
   2d4: 23000014                       b #0x8c
   2d8: a00a00f9                       str x0, [x21, #0x10]
   2dc: b5620091                       add x21, x21, #0x18
   2e0: 23008052                       mov w3, #0x1
   2e4: 930c8052                       mov w19, #0x64
   2e8: 58018052                       mov w24, #0xa
   2ec: 1d000014                       b #0x74
   2f0: f50319aa                       mov x21, x25
   2f4: f8018052                       mov w24, #0xf
   2f8: d3128052                       mov w19, #0x96
   2fc: 19000014                       b #0x64
   300: 28008052                       mov w8, #0x1
   304: 43008052                       mov w3, #0x2
   308: 13148052                       mov w19, #0xa0
   30c: c80200f9                       str x8, [x22]
   310: 18028052                       mov w24, #0x10
   314: 13000014                       b #0x4c
   318: 43008052                       mov w3, #0x2
   31c: 18028052                       mov w24, #0x10
   320: 13148052                       mov w19, #0xa0
   324: 0f000014                       b #0x3c
   328: 23008052                       mov w3, #0x1
   32c: f50319aa                       mov x21, x25
   330: 18018052                       mov w24, #0x8
   334: 130a8052                       mov w19, #0x50
   338: 0a000014                       b #0x28
   33c: b5620091                       add x21, x21, #0x18
   340: 23008052                       mov w3, #0x1
   344: d30d8052                       mov w19, #0x6e
   348: 78018052                       mov w24, #0xb
   34c: 05000014                       b #0x14
   350: b5620091                       add x21, x21, #0x18
   354: 23008052                       mov w3, #0x1
   358: 53108052                       mov w19, #0x82
   35c: b8018052                       mov w24, #0xd
   360: 080080d2                       mov x8, #0x0
        # hole +0x360: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   364: e00314aa                       mov x0, x20
   368: e10315aa                       mov x1, x21
   36c: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x36c: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   370: e20316aa                       mov x2, x22
   374: e50313aa                       mov x5, x19
   378: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x378: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   37c: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x37c: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   380: 0401188b                       add x4, x8, x24
   384: 00000094                       bl #0x0
        # hole +0x384: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   388: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   38c: c0035fd6                       ret
   390: 23008052                       mov w3, #0x1
   394: f50319aa                       mov x21, x25
   398: d7ffff17                       b #-0xa4
