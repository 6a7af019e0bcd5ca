# stencil attr_loop for aarch64-unknown-linux-gnu: 888 code bytes, 0 data bytes, 10 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 1b0080d2                       mov x27, #0x0
        # hole +0x4: R_AARCH64_MOVW_UABS_G0_NC Aarch64MovwG0 operand0[6]+0
     8: ba220091                       add x26, x21, #0x8
     c: b9420091                       add x25, x21, #0x10
    10: 1b00a0f2                       movk x27, #0x0, lsl #16
        # hole +0x10: R_AARCH64_MOVW_UABS_G1_NC Aarch64MovwG1 operand0[6]+0
    14: 57018052                       mov w23, #0xa
    18: 3c008052                       mov w28, #0x1
    1c: 1b00c0f2                       movk x27, #0x0, lsl #32
        # hole +0x1c: R_AARCH64_MOVW_UABS_G2_NC Aarch64MovwG2 operand0[6]+0
    20: d3008052                       mov w19, #0x6
    24: 1d00f8d2                       mov x29, #-0x4000000000000000
    28: 1b00e0f2                       movk x27, #0x0, lsl #48
        # hole +0x28: R_AARCH64_MOVW_UABS_G3 Aarch64MovwG3 operand0[6]+0
    2c: a8825ff8                       ldur x8, [x21, #-0x8]
    30: 48140037                       tbnz w8, #0x0, #0x288
    34: 090940b9                       ldr w9, [x8, #0x8]
    38: 3f110071                       cmp w9, #0x4
    3c: 81190054                       b.ne #0x330
    40: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    44: 091940f9                       ldr x9, [x8, #0x30]
    48: 5f0500f1                       cmp x10, #0x1
    4c: 8b000054                       b.lt #0x10
    50: 3f010beb                       cmp x9, x11
    54: 8b000054                       b.lt #0x10
    58: 9b000014                       b #0x26c
    5c: 3f010beb                       cmp x9, x11
    60: 2d130054                       b.le #0x264
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
    ac: e00f0037                       tbnz w0, #0x0, #0x1fc
    b0: 080840b9                       ldr w8, [x0, #0x8]
    b4: 1f1d0071                       cmp w8, #0x7
    b8: 810f0054                       b.ne #0x1f0
    bc: 081840f9                       ldr x8, [x0, #0x30]
    c0: 081940f9                       ldr x8, [x8, #0x30]
    c4: 1f011beb                       cmp x8, x27
    c8: 010f0054                       b.ne #0x1e0
    cc: 080040f9                       ldr x8, [x0]
    d0: 08050091                       add x8, x8, #0x1
    d4: 080000f9                       str x8, [x0]
    d8: 400300f9                       str x0, [x26]
    dc: 081c40f9                       ldr x8, [x0, #0x38]
    e0: 681000b4                       cbz x8, #0x20c
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
   10c: 72000014                       b #0x1c8
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
   13c: c00c0037                       tbnz w0, #0x0, #0x198
   140: 080040f9                       ldr x8, [x0]
   144: 090840b9                       ldr w9, [x0, #0x8]
   148: 08050091                       add x8, x8, #0x1
   14c: 3f1d0071                       cmp w9, #0x7
   150: 080000f9                       str x8, [x0]
   154: 200300f9                       str x0, [x25]
   158: 010c0054                       b.ne #0x180
   15c: 081840f9                       ldr x8, [x0, #0x30]
   160: 081940f9                       ldr x8, [x8, #0x30]
   164: 1f0d00f1                       cmp x8, #0x3
   168: 810b0054                       b.ne #0x170
   16c: 081c40f9                       ldr x8, [x0, #0x38]
   170: 880c00b4                       cbz x8, #0x190
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
   1dc: 850b0054                       b.pl #0x170
   1e0: 23008052                       mov w3, #0x1
   1e4: b80240f9                       ldr x24, [x21]
   1e8: 680408aa                       orr x8, x3, x8, lsl #1
   1ec: a86200a9                       stp x8, x24, [x21]
   1f0: 38090037                       tbnz w24, #0x0, #0x124
   1f4: 090b40b9                       ldr w9, [x24, #0x8]
   1f8: 3f1d0071                       cmp w9, #0x7
   1fc: 210b0054                       b.ne #0x164
   200: 091f40f9                       ldr x9, [x24, #0x38]
   204: 3f0900f1                       cmp x9, #0x2
   208: c30a0054                       b.lo #0x158
   20c: 002740f9                       ldr x0, [x24, #0x48]
   210: 082700f9                       str x8, [x24, #0x48]
   214: c0000037                       tbnz w0, #0x0, #0x18
   218: 080040f9                       ldr x8, [x0]
   21c: 080500f1                       subs x8, x8, #0x1
   220: 080000f9                       str x8, [x0]
   224: 41000054                       b.ne #0x8
   228: 00000094                       bl #0x0
        # hole +0x228: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   22c: 080340f9                       ldr x8, [x24]
   230: 080500f1                       subs x8, x8, #0x1
   234: 080300f9                       str x8, [x24]
   238: 61000054                       b.ne #0xc
   23c: e00318aa                       mov x0, x24
   240: 00000094                       bl #0x0
        # hole +0x240: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   244: c8a640a9                       ldp x8, x9, [x22, #0x8]
   248: 08050091                       add x8, x8, #0x1
   24c: 1f0109eb                       cmp x8, x9
   250: c80600f9                       str x8, [x22, #0x8]
   254: 8a060054                       b.ge #0xd0
   258: c80240f9                       ldr x8, [x22]
   25c: 88eeffb4                       cbz x8, #-0x230
   260: 37000014                       b #0xdc
   264: 00000094                       bl #0x0
        # hole +0x264: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 880e40f9                       ldr x8, [x20, #0x18]
   26c: 000140f9                       ldr x0, [x8]
   270: 60f10736                       tbz w0, #0x0, #-0x1d4
   274: 8dffff17                       b #-0x1cc
   278: b5620091                       add x21, x21, #0x18
   27c: 23008052                       mov w3, #0x1
   280: 170f8052                       mov w23, #0x78
   284: 93018052                       mov w19, #0xc
   288: e00314aa                       mov x0, x20
   28c: e10315aa                       mov x1, x21
   290: e20316aa                       mov x2, x22
   294: e40313aa                       mov x4, x19
   298: e50317aa                       mov x5, x23
   29c: 00000094                       bl #0x0
        # hole +0x29c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2a0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2a4: c0035fd6                       ret
   2a8: 23008052                       mov w3, #0x1
   2ac: f5031aaa                       mov x21, x26
   2b0: 97078052                       mov w23, #0x3c
   2b4: f5ffff17                       b #-0x2c
   2b8: 23008052                       mov w3, #0x1
   2bc: 33008052                       mov w19, #0x1
   2c0: f2ffff17                       b #-0x38
   2c4: 53008052                       mov w19, #0x2
   2c8: 97028052                       mov w23, #0x14
   2cc: e303132a                       mov w3, w19
   2d0: eeffff17                       b #-0x48
   2d4: a00a00f9                       str x0, [x21, #0x10]
   2d8: b5620091                       add x21, x21, #0x18
   2dc: 23008052                       mov w3, #0x1
   2e0: 970c8052                       mov w23, #0x64
   2e4: 53018052                       mov w19, #0xa
   2e8: e8ffff17                       b #-0x60
   2ec: 23008052                       mov w3, #0x1
   2f0: f50319aa                       mov x21, x25
   2f4: 13018052                       mov w19, #0x8
   2f8: 170a8052                       mov w23, #0x50
   2fc: e3ffff17                       b #-0x74
   300: b5620091                       add x21, x21, #0x18
   304: 23008052                       mov w3, #0x1
   308: d70d8052                       mov w23, #0x6e
   30c: 73018052                       mov w19, #0xb
   310: deffff17                       b #-0x88
   314: f50319aa                       mov x21, x25
   318: f3018052                       mov w19, #0xf
   31c: d7128052                       mov w23, #0x96
   320: daffff17                       b #-0x98
   324: 28008052                       mov w8, #0x1
   328: 43008052                       mov w3, #0x2
   32c: 17148052                       mov w23, #0xa0
   330: c80200f9                       str x8, [x22]
   334: 13028052                       mov w19, #0x10
   338: d4ffff17                       b #-0xb0
   33c: 43008052                       mov w3, #0x2
   340: 13028052                       mov w19, #0x10
   344: 17148052                       mov w23, #0xa0
   348: d0ffff17                       b #-0xc0
   34c: b5620091                       add x21, x21, #0x18
   350: 23008052                       mov w3, #0x1
   354: 57108052                       mov w23, #0x82
   358: b3018052                       mov w19, #0xd
   35c: cbffff17                       b #-0xd4
   360: 23008052                       mov w3, #0x1
   364: f50319aa                       mov x21, x25
   368: ecffff17                       b #-0x50
   36c: 33008052                       mov w19, #0x1
   370: e303132a                       mov w3, w19
   374: c5ffff17                       b #-0xec
