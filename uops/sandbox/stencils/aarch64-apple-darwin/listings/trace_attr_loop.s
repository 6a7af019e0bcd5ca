# stencil attr_loop for aarch64-apple-darwin: 904 code bytes, 16 data bytes, 12 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: ba220091                       add x26, x21, #0x8
     8: b9420091                       add x25, x21, #0x10
     c: 3b008052                       mov w27, #0x1
    10: 1c000090                       adrp x28, #0
        # hole +0x10: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    14: 9c0340f9                       ldr x28, [x28]
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    18: d8008052                       mov w24, #0x6
    1c: 1300f8d2                       mov x19, #-0x4000000000000000
    20: a8825ff8                       ldur x8, [x21, #-0x8]
    24: e8130037                       tbnz w8, #0x0, #0x27c
    28: 090940b9                       ldr w9, [x8, #0x8]
    2c: 3f110071                       cmp w9, #0x4
    30: 01140054                       b.ne #0x280
    34: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    38: 091940f9                       ldr x9, [x8, #0x30]
    3c: 5f0500f1                       cmp x10, #0x1
    40: 8b000054                       b.lt #0x10
    44: 3f010beb                       cmp x9, x11
    48: 8b000054                       b.lt #0x10
    4c: 9d000014                       b #0x274
    50: 3f010beb                       cmp x9, x11
    54: 6d130054                       b.le #0x26c
    58: 2a010a8b                       add x10, x9, x10
    5c: 0a1900f9                       str x10, [x8, #0x30]
    60: 690709aa                       orr x9, x27, x9, lsl #1
    64: a90200f9                       str x9, [x21]
    68: 880e40f9                       ldr x8, [x20, #0x18]
    6c: 000540f9                       ldr x0, [x8, #0x8]
    70: 090500f9                       str x9, [x8, #0x8]
    74: a0000037                       tbnz w0, #0x0, #0x14
    78: 090040f9                       ldr x9, [x0]
    7c: 290500f1                       subs x9, x9, #0x1
    80: 090000f9                       str x9, [x0]
    84: 600e0054                       b.eq #0x1cc
    88: 000140f9                       ldr x0, [x8]
    8c: 80000037                       tbnz w0, #0x0, #0x10
    90: 080040f9                       ldr x8, [x0]
    94: 08050091                       add x8, x8, #0x1
    98: 080000f9                       str x8, [x0]
    9c: a00200f9                       str x0, [x21]
    a0: e00e0037                       tbnz w0, #0x0, #0x1dc
    a4: 080840b9                       ldr w8, [x0, #0x8]
    a8: 1f1d0071                       cmp w8, #0x7
    ac: 810e0054                       b.ne #0x1d0
    b0: 081840f9                       ldr x8, [x0, #0x30]
    b4: 081940f9                       ldr x8, [x8, #0x30]
    b8: 1f011ceb                       cmp x8, x28
    bc: 010e0054                       b.ne #0x1c0
    c0: 080040f9                       ldr x8, [x0]
    c4: 08050091                       add x8, x8, #0x1
    c8: 080000f9                       str x8, [x0]
    cc: 400300f9                       str x0, [x26]
    d0: 091c40f9                       ldr x9, [x0, #0x38]
    d4: 691200b4                       cbz x9, #0x24c
    d8: 092040f9                       ldr x9, [x0, #0x40]
    dc: 29010036                       tbz w9, #0x0, #0x24
    e0: 490300f9                       str x9, [x26]
    e4: 080500f1                       subs x8, x8, #0x1
    e8: 080000f9                       str x8, [x0]
    ec: a0010054                       b.eq #0x34
    f0: 880e40f9                       ldr x8, [x20, #0x18]
    f4: 000940f9                       ldr x0, [x8, #0x10]
    f8: c0010036                       tbz w0, #0x0, #0x38
    fc: 75000014                       b #0x1d4
   100: 280140f9                       ldr x8, [x9]
   104: 08050091                       add x8, x8, #0x1
   108: 280100f9                       str x8, [x9]
   10c: 080040f9                       ldr x8, [x0]
   110: 490300f9                       str x9, [x26]
   114: 080500f1                       subs x8, x8, #0x1
   118: 080000f9                       str x8, [x0]
   11c: a1feff54                       b.ne #-0x2c
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 880e40f9                       ldr x8, [x20, #0x18]
   128: 000940f9                       ldr x0, [x8, #0x10]
   12c: 200d0037                       tbnz w0, #0x0, #0x1a4
   130: 080040f9                       ldr x8, [x0]
   134: 08050091                       add x8, x8, #0x1
   138: 080000f9                       str x8, [x0]
   13c: 200300f9                       str x0, [x25]
   140: 080840b9                       ldr w8, [x0, #0x8]
   144: 1f1d0071                       cmp w8, #0x7
   148: 610c0054                       b.ne #0x18c
   14c: 081840f9                       ldr x8, [x0, #0x30]
   150: 081940f9                       ldr x8, [x8, #0x30]
   154: 1f0d00f1                       cmp x8, #0x3
   158: e10b0054                       b.ne #0x17c
   15c: 081c40f9                       ldr x8, [x0, #0x38]
   160: a80e00b4                       cbz x8, #0x1d4
   164: 082040f9                       ldr x8, [x0, #0x40]
   168: 28010036                       tbz w8, #0x0, #0x24
   16c: 280300f9                       str x8, [x25]
   170: 080040f9                       ldr x8, [x0]
   174: 080500f1                       subs x8, x8, #0x1
   178: 080000f9                       str x8, [x0]
   17c: 80010054                       b.eq #0x30
   180: 480340f9                       ldr x8, [x26]
   184: a8010037                       tbnz w8, #0x0, #0x34
   188: 41000014                       b #0x104
   18c: 090140f9                       ldr x9, [x8]
   190: 29050091                       add x9, x9, #0x1
   194: 090100f9                       str x9, [x8]
   198: 280300f9                       str x8, [x25]
   19c: 080040f9                       ldr x8, [x0]
   1a0: 080500f1                       subs x8, x8, #0x1
   1a4: 080000f9                       str x8, [x0]
   1a8: c1feff54                       b.ne #-0x28
   1ac: 00000094                       bl #0x0
        # hole +0x1ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1b0: 480340f9                       ldr x8, [x26]
   1b4: c8060036                       tbz w8, #0x0, #0xd8
   1b8: 290340f9                       ldr x9, [x25]
   1bc: 89060036                       tbz w9, #0x0, #0xd0
   1c0: 29fd4193                       asr x9, x9, #1
   1c4: 2805888b                       add x8, x9, x8, asr #1
   1c8: 1f0113ab                       cmn x8, x19
   1cc: e50b0054                       b.pl #0x17c
   1d0: 23008052                       mov w3, #0x1
   1d4: b70240f9                       ldr x23, [x21]
   1d8: 680408aa                       orr x8, x3, x8, lsl #1
   1dc: a85e00a9                       stp x8, x23, [x21]
   1e0: 57080037                       tbnz w23, #0x0, #0x108
   1e4: e90a40b9                       ldr w9, [x23, #0x8]
   1e8: 3f1d0071                       cmp w9, #0x7
   1ec: 810c0054                       b.ne #0x190
   1f0: e91e40f9                       ldr x9, [x23, #0x38]
   1f4: 3f0900f1                       cmp x9, #0x2
   1f8: 230c0054                       b.lo #0x184
   1fc: e02640f9                       ldr x0, [x23, #0x48]
   200: e82600f9                       str x8, [x23, #0x48]
   204: a0000037                       tbnz w0, #0x0, #0x14
   208: 080040f9                       ldr x8, [x0]
   20c: 080500f1                       subs x8, x8, #0x1
   210: 080000f9                       str x8, [x0]
   214: 80020054                       b.eq #0x50
   218: e80240f9                       ldr x8, [x23]
   21c: 080500f1                       subs x8, x8, #0x1
   220: e80200f9                       str x8, [x23]
   224: 61000054                       b.ne #0xc
   228: e00317aa                       mov x0, x23
   22c: 00000094                       bl #0x0
        # hole +0x22c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   230: c8a640a9                       ldp x8, x9, [x22, #0x8]
   234: 08050091                       add x8, x8, #0x1
   238: c80600f9                       str x8, [x22, #0x8]
   23c: 1f0109eb                       cmp x8, x9
   240: ca050054                       b.ge #0xb8
   244: c80240f9                       ldr x8, [x22]
   248: c8eeffb4                       cbz x8, #-0x228
   24c: 31000014                       b #0xc4
   250: 00000094                       bl #0x0
        # hole +0x250: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   254: 880e40f9                       ldr x8, [x20, #0x18]
   258: 000140f9                       ldr x0, [x8]
   25c: a0f10736                       tbz w0, #0x0, #-0x1cc
   260: 8fffff17                       b #-0x1c4
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: e80240f9                       ldr x8, [x23]
   26c: 080500f1                       subs x8, x8, #0x1
   270: e80200f9                       str x8, [x23]
   274: e1fdff54                       b.ne #-0x44
   278: ecffff17                       b #-0x50
   27c: 23008052                       mov w3, #0x1
   280: f5031aaa                       mov x21, x26
   284: 85078052                       mov w5, #0x3c
   288: 34000014                       b #0xd0
   28c: b5620091                       add x21, x21, #0x18
   290: 23008052                       mov w3, #0x1
   294: 050f8052                       mov w5, #0x78
   298: 98018052                       mov w24, #0xc
   29c: 2f000014                       b #0xbc
   2a0: 23008052                       mov w3, #0x1
   2a4: 38008052                       mov w24, #0x1
   2a8: 45018052                       mov w5, #0xa
   2ac: 2b000014                       b #0xac
   2b0: 38008052                       mov w24, #0x1
   2b4: e30318aa                       mov x3, x24
   2b8: 45018052                       mov w5, #0xa
   2bc: 27000014                       b #0x9c
   2c0: 58008052                       mov w24, #0x2
   2c4: e30318aa                       mov x3, x24
   2c8: 85028052                       mov w5, #0x14
   2cc: 23000014                       b #0x8c
   2d0: a00a00f9                       str x0, [x21, #0x10]
   2d4: b5620091                       add x21, x21, #0x18
   2d8: 23008052                       mov w3, #0x1
   2dc: 850c8052                       mov w5, #0x64
   2e0: 58018052                       mov w24, #0xa
   2e4: 1d000014                       b #0x74
   2e8: f50319aa                       mov x21, x25
   2ec: f8018052                       mov w24, #0xf
   2f0: c5128052                       mov w5, #0x96
   2f4: 19000014                       b #0x64
   2f8: 28008052                       mov w8, #0x1
   2fc: c80200f9                       str x8, [x22]
   300: 43008052                       mov w3, #0x2
   304: 05148052                       mov w5, #0xa0
   308: 18028052                       mov w24, #0x10
   30c: 13000014                       b #0x4c
   310: 43008052                       mov w3, #0x2
   314: 18028052                       mov w24, #0x10
   318: 05148052                       mov w5, #0xa0
   31c: 0f000014                       b #0x3c
   320: 23008052                       mov w3, #0x1
   324: f50319aa                       mov x21, x25
   328: 18018052                       mov w24, #0x8
   32c: 050a8052                       mov w5, #0x50
   330: 0a000014                       b #0x28
   334: b5620091                       add x21, x21, #0x18
   338: 23008052                       mov w3, #0x1
   33c: c50d8052                       mov w5, #0x6e
   340: 78018052                       mov w24, #0xb
   344: 05000014                       b #0x14
   348: b5620091                       add x21, x21, #0x18
   34c: 23008052                       mov w3, #0x1
   350: 45108052                       mov w5, #0x82
   354: b8018052                       mov w24, #0xd
   358: 08000090                       adrp x8, #0
        # hole +0x358: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   35c: 080140f9                       ldr x8, [x8]
        # hole +0x35c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   360: 0401188b                       add x4, x8, x24
   364: e00314aa                       mov x0, x20
   368: e10315aa                       mov x1, x21
   36c: e20316aa                       mov x2, x22
   370: 00000094                       bl #0x0
        # hole +0x370: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   374: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   378: c0035fd6                       ret
   37c: 23008052                       mov w3, #0x1
   380: f50319aa                       mov x21, x25
   384: daffff17                       b #-0x98
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
