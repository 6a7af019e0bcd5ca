# stencil attr_loop for aarch64-unknown-linux-gnu: 904 code bytes, 0 data bytes, 14 holes
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
    30: c8140037                       tbnz w8, #0x0, #0x298
    34: 090940b9                       ldr w9, [x8, #0x8]
    38: 3f110071                       cmp w9, #0x4
    3c: 011a0054                       b.ne #0x340
    40: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    44: 091940f9                       ldr x9, [x8, #0x30]
    48: 5f0500f1                       cmp x10, #0x1
    4c: 8b000054                       b.lt #0x10
    50: 3f010beb                       cmp x9, x11
    54: 8b000054                       b.lt #0x10
    58: 9f000014                       b #0x27c
    5c: 3f010beb                       cmp x9, x11
    60: ad130054                       b.le #0x274
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
    90: a00e0054                       b.eq #0x1d4
    94: 000140f9                       ldr x0, [x8]
    98: 80000037                       tbnz w0, #0x0, #0x10
    9c: 080040f9                       ldr x8, [x0]
    a0: 08050091                       add x8, x8, #0x1
    a4: 080000f9                       str x8, [x0]
    a8: a00200f9                       str x0, [x21]
    ac: 60100037                       tbnz w0, #0x0, #0x20c
    b0: 080840b9                       ldr w8, [x0, #0x8]
    b4: 1f1d0071                       cmp w8, #0x7
    b8: 01100054                       b.ne #0x200
    bc: 081840f9                       ldr x8, [x0, #0x30]
    c0: 081940f9                       ldr x8, [x8, #0x30]
    c4: 1f011beb                       cmp x8, x27
    c8: 810f0054                       b.ne #0x1f0
    cc: 080040f9                       ldr x8, [x0]
    d0: 08050091                       add x8, x8, #0x1
    d4: 080000f9                       str x8, [x0]
    d8: 400300f9                       str x0, [x26]
    dc: 081c40f9                       ldr x8, [x0, #0x38]
    e0: e81000b4                       cbz x8, #0x21c
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
   10c: 76000014                       b #0x1d8
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
   13c: 400d0037                       tbnz w0, #0x0, #0x1a8
   140: 080040f9                       ldr x8, [x0]
   144: 090840b9                       ldr w9, [x0, #0x8]
   148: 08050091                       add x8, x8, #0x1
   14c: 3f1d0071                       cmp w9, #0x7
   150: 080000f9                       str x8, [x0]
   154: 200300f9                       str x0, [x25]
   158: 810c0054                       b.ne #0x190
   15c: 081840f9                       ldr x8, [x0, #0x30]
   160: 081940f9                       ldr x8, [x8, #0x30]
   164: 1f0d00f1                       cmp x8, #0x3
   168: 010c0054                       b.ne #0x180
   16c: 081c40f9                       ldr x8, [x0, #0x38]
   170: 080d00b4                       cbz x8, #0x1a0
   174: 082040f9                       ldr x8, [x0, #0x40]
   178: 28010036                       tbz w8, #0x0, #0x24
   17c: 280300f9                       str x8, [x25]
   180: 080040f9                       ldr x8, [x0]
   184: 080500f1                       subs x8, x8, #0x1
   188: 080000f9                       str x8, [x0]
   18c: 80010054                       b.eq #0x30
   190: 480340f9                       ldr x8, [x26]
   194: a8010037                       tbnz w8, #0x0, #0x34
   198: 38000014                       b #0xe0
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
   1c4: a8050036                       tbz w8, #0x0, #0xb4
   1c8: 290340f9                       ldr x9, [x25]
   1cc: 69050036                       tbz w9, #0x0, #0xac
   1d0: 29fd4193                       asr x9, x9, #1
   1d4: 2805888b                       add x8, x9, x8, asr #1
   1d8: 1f011dab                       cmn x8, x29
   1dc: 050c0054                       b.pl #0x180
   1e0: 23008052                       mov w3, #0x1
   1e4: b70240f9                       ldr x23, [x21]
   1e8: 680408aa                       orr x8, x3, x8, lsl #1
   1ec: a85e00a9                       stp x8, x23, [x21]
   1f0: b7090037                       tbnz w23, #0x0, #0x134
   1f4: e90a40b9                       ldr w9, [x23, #0x8]
   1f8: 3f1d0071                       cmp w9, #0x7
   1fc: a10b0054                       b.ne #0x174
   200: e91e40f9                       ldr x9, [x23, #0x38]
   204: 3f0900f1                       cmp x9, #0x2
   208: 430b0054                       b.lo #0x168
   20c: e02640f9                       ldr x0, [x23, #0x48]
   210: e82600f9                       str x8, [x23, #0x48]
   214: c0000037                       tbnz w0, #0x0, #0x18
   218: 080040f9                       ldr x8, [x0]
   21c: 080500f1                       subs x8, x8, #0x1
   220: 080000f9                       str x8, [x0]
   224: 41000054                       b.ne #0x8
   228: 00000094                       bl #0x0
        # hole +0x228: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   22c: e80240f9                       ldr x8, [x23]
   230: 080500f1                       subs x8, x8, #0x1
   234: e80200f9                       str x8, [x23]
   238: 61000054                       b.ne #0xc
   23c: e00317aa                       mov x0, x23
   240: 00000094                       bl #0x0
        # hole +0x240: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   244: c8a640a9                       ldp x8, x9, [x22, #0x8]
   248: 08050091                       add x8, x8, #0x1
   24c: 1f0109eb                       cmp x8, x9
   250: c80600f9                       str x8, [x22, #0x8]
   254: 0a070054                       b.ge #0xe0
   258: c80240f9                       ldr x8, [x22]
   25c: 88eeffb4                       cbz x8, #-0x230
   260: 3b000014                       b #0xec
   264: 00000094                       bl #0x0
        # hole +0x264: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 880e40f9                       ldr x8, [x20, #0x18]
   26c: 000140f9                       ldr x0, [x8]
   270: 60f10736                       tbz w0, #0x0, #-0x1d4
   274: 8dffff17                       b #-0x1cc
   278: b5620091                       add x21, x21, #0x18
   27c: 23008052                       mov w3, #0x1
   280: 130f8052                       mov w19, #0x78
   284: 98018052                       mov w24, #0xc
   288: 080080d2                       mov x8, #0x0
        # hole +0x288: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 index+0
   28c: e00314aa                       mov x0, x20
   290: e10315aa                       mov x1, x21
   294: 0800a0f2                       movk x8, #0x0, lsl #16
        # hole +0x294: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 index+0
   298: e20316aa                       mov x2, x22
   29c: e50313aa                       mov x5, x19
   2a0: 0800c0f2                       movk x8, #0x0, lsl #32
        # hole +0x2a0: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 index+0
   2a4: 0800e0f2                       movk x8, #0x0, lsl #48
        # hole +0x2a4: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 index+0
   2a8: 0401188b                       add x4, x8, x24
   2ac: 00000094                       bl #0x0
        # hole +0x2ac: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2b4: c0035fd6                       ret
   2b8: 23008052                       mov w3, #0x1
   2bc: f5031aaa                       mov x21, x26
   2c0: 93078052                       mov w19, #0x3c
   2c4: f1ffff17                       b #-0x3c
   2c8: 23008052                       mov w3, #0x1
   2cc: 38008052                       mov w24, #0x1
   2d0: eeffff17                       b #-0x48
   2d4: 58008052                       mov w24, #0x2
   2d8: 93028052                       mov w19, #0x14
   2dc: e303182a                       mov w3, w24
   2e0: eaffff17                       b #-0x58
   2e4: a00a00f9                       str x0, [x21, #0x10]
   2e8: b5620091                       add x21, x21, #0x18
   2ec: 23008052                       mov w3, #0x1
   2f0: 930c8052                       mov w19, #0x64
   2f4: 58018052                       mov w24, #0xa
   2f8: e4ffff17                       b #-0x70
   2fc: 23008052                       mov w3, #0x1
   300: f50319aa                       mov x21, x25
   304: 18018052                       mov w24, #0x8
   308: 130a8052                       mov w19, #0x50
   30c: dfffff17                       b #-0x84
   310: b5620091                       add x21, x21, #0x18
   314: 23008052                       mov w3, #0x1
   318: d30d8052                       mov w19, #0x6e
   31c: 78018052                       mov w24, #0xb
   320: daffff17                       b #-0x98
   324: f50319aa                       mov x21, x25
   328: f8018052                       mov w24, #0xf
   32c: d3128052                       mov w19, #0x96
   330: d6ffff17                       b #-0xa8
   334: 28008052                       mov w8, #0x1
   338: 43008052                       mov w3, #0x2
   33c: 13148052                       mov w19, #0xa0
   340: c80200f9                       str x8, [x22]
   344: 18028052                       mov w24, #0x10
   348: d0ffff17                       b #-0xc0
   34c: 43008052                       mov w3, #0x2
   350: 18028052                       mov w24, #0x10
   354: 13148052                       mov w19, #0xa0
   358: ccffff17                       b #-0xd0
   35c: b5620091                       add x21, x21, #0x18
   360: 23008052                       mov w3, #0x1
   364: 53108052                       mov w19, #0x82
   368: b8018052                       mov w24, #0xd
   36c: c7ffff17                       b #-0xe4
   370: 23008052                       mov w3, #0x1
   374: f50319aa                       mov x21, x25
   378: ecffff17                       b #-0x50
   37c: 38008052                       mov w24, #0x1
   380: e303182a                       mov w3, w24
   384: c1ffff17                       b #-0xfc
