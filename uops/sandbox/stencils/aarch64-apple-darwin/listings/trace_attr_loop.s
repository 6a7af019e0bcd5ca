# stencil attr_loop for aarch64-apple-darwin: 900 code bytes, 16 data bytes, 12 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: ba220091                       add x26, x21, #0x8
     c: b9420091                       add x25, x21, #0x10
    10: 53018052                       mov w19, #0xa
    14: 3b008052                       mov w27, #0x1
    18: 1c000090                       adrp x28, #0
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    1c: 9c0340f9                       ldr x28, [x28]
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    20: d8008052                       mov w24, #0x6
    24: 1700f8d2                       mov x23, #-0x4000000000000000
    28: a8825ff8                       ldur x8, [x21, #-0x8]
    2c: c8140037                       tbnz w8, #0x0, #0x298
    30: 090940b9                       ldr w9, [x8, #0x8]
    34: 3f110071                       cmp w9, #0x4
    38: 011a0054                       b.ne #0x340
    3c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    40: 091940f9                       ldr x9, [x8, #0x30]
    44: 5f0500f1                       cmp x10, #0x1
    48: 8b000054                       b.lt #0x10
    4c: 3f010beb                       cmp x9, x11
    50: 8b000054                       b.lt #0x10
    54: 9f000014                       b #0x27c
    58: 3f010beb                       cmp x9, x11
    5c: ad130054                       b.le #0x274
    60: 2a010a8b                       add x10, x9, x10
    64: 0a1900f9                       str x10, [x8, #0x30]
    68: 690709aa                       orr x9, x27, x9, lsl #1
    6c: a90200f9                       str x9, [x21]
    70: 880e40f9                       ldr x8, [x20, #0x18]
    74: 000540f9                       ldr x0, [x8, #0x8]
    78: 090500f9                       str x9, [x8, #0x8]
    7c: a0000037                       tbnz w0, #0x0, #0x14
    80: 090040f9                       ldr x9, [x0]
    84: 290500f1                       subs x9, x9, #0x1
    88: 090000f9                       str x9, [x0]
    8c: c00e0054                       b.eq #0x1d8
    90: 000140f9                       ldr x0, [x8]
    94: 80000037                       tbnz w0, #0x0, #0x10
    98: 080040f9                       ldr x8, [x0]
    9c: 08050091                       add x8, x8, #0x1
    a0: 080000f9                       str x8, [x0]
    a4: a00200f9                       str x0, [x21]
    a8: 60100037                       tbnz w0, #0x0, #0x20c
    ac: 080840b9                       ldr w8, [x0, #0x8]
    b0: 1f1d0071                       cmp w8, #0x7
    b4: 01100054                       b.ne #0x200
    b8: 081840f9                       ldr x8, [x0, #0x30]
    bc: 081940f9                       ldr x8, [x8, #0x30]
    c0: 1f011ceb                       cmp x8, x28
    c4: 810f0054                       b.ne #0x1f0
    c8: 080040f9                       ldr x8, [x0]
    cc: 08050091                       add x8, x8, #0x1
    d0: 080000f9                       str x8, [x0]
    d4: 400300f9                       str x0, [x26]
    d8: 091c40f9                       ldr x9, [x0, #0x38]
    dc: e91000b4                       cbz x9, #0x21c
    e0: 092040f9                       ldr x9, [x0, #0x40]
    e4: 29010036                       tbz w9, #0x0, #0x24
    e8: 490300f9                       str x9, [x26]
    ec: 080500f1                       subs x8, x8, #0x1
    f0: 080000f9                       str x8, [x0]
    f4: a0010054                       b.eq #0x34
    f8: 880e40f9                       ldr x8, [x20, #0x18]
    fc: 000940f9                       ldr x0, [x8, #0x10]
   100: c0010036                       tbz w0, #0x0, #0x38
   104: 77000014                       b #0x1dc
   108: 280140f9                       ldr x8, [x9]
   10c: 08050091                       add x8, x8, #0x1
   110: 280100f9                       str x8, [x9]
   114: 080040f9                       ldr x8, [x0]
   118: 490300f9                       str x9, [x26]
   11c: 080500f1                       subs x8, x8, #0x1
   120: 080000f9                       str x8, [x0]
   124: a1feff54                       b.ne #-0x2c
   128: 00000094                       bl #0x0
        # hole +0x128: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   12c: 880e40f9                       ldr x8, [x20, #0x18]
   130: 000940f9                       ldr x0, [x8, #0x10]
   134: 600d0037                       tbnz w0, #0x0, #0x1ac
   138: 080040f9                       ldr x8, [x0]
   13c: 08050091                       add x8, x8, #0x1
   140: 080000f9                       str x8, [x0]
   144: 200300f9                       str x0, [x25]
   148: 080840b9                       ldr w8, [x0, #0x8]
   14c: 1f1d0071                       cmp w8, #0x7
   150: a10c0054                       b.ne #0x194
   154: 081840f9                       ldr x8, [x0, #0x30]
   158: 081940f9                       ldr x8, [x8, #0x30]
   15c: 1f0d00f1                       cmp x8, #0x3
   160: 210c0054                       b.ne #0x184
   164: 081c40f9                       ldr x8, [x0, #0x38]
   168: 280d00b4                       cbz x8, #0x1a4
   16c: 082040f9                       ldr x8, [x0, #0x40]
   170: 28010036                       tbz w8, #0x0, #0x24
   174: 280300f9                       str x8, [x25]
   178: 080040f9                       ldr x8, [x0]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 080000f9                       str x8, [x0]
   184: 80010054                       b.eq #0x30
   188: 480340f9                       ldr x8, [x26]
   18c: a8010037                       tbnz w8, #0x0, #0x34
   190: 3a000014                       b #0xe8
   194: 090140f9                       ldr x9, [x8]
   198: 29050091                       add x9, x9, #0x1
   19c: 090100f9                       str x9, [x8]
   1a0: 280300f9                       str x8, [x25]
   1a4: 080040f9                       ldr x8, [x0]
   1a8: 080500f1                       subs x8, x8, #0x1
   1ac: 080000f9                       str x8, [x0]
   1b0: c1feff54                       b.ne #-0x28
   1b4: 00000094                       bl #0x0
        # hole +0x1b4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   1b8: 480340f9                       ldr x8, [x26]
   1bc: e8050036                       tbz w8, #0x0, #0xbc
   1c0: 290340f9                       ldr x9, [x25]
   1c4: a9050036                       tbz w9, #0x0, #0xb4
   1c8: 29fd4193                       asr x9, x9, #1
   1cc: 2805888b                       add x8, x9, x8, asr #1
   1d0: 1f0117ab                       cmn x8, x23
   1d4: 250c0054                       b.pl #0x184
   1d8: 23008052                       mov w3, #0x1
   1dc: aa0240f9                       ldr x10, [x21]
   1e0: 680408aa                       orr x8, x3, x8, lsl #1
   1e4: a82a00a9                       stp x8, x10, [x21]
   1e8: ca090037                       tbnz w10, #0x0, #0x138
   1ec: 490940b9                       ldr w9, [x10, #0x8]
   1f0: 3f1d0071                       cmp w9, #0x7
   1f4: c10b0054                       b.ne #0x178
   1f8: 491d40f9                       ldr x9, [x10, #0x38]
   1fc: 3f0900f1                       cmp x9, #0x2
   200: 630b0054                       b.lo #0x16c
   204: 402540f9                       ldr x0, [x10, #0x48]
   208: 482500f9                       str x8, [x10, #0x48]
   20c: 00010037                       tbnz w0, #0x0, #0x20
   210: 080040f9                       ldr x8, [x0]
   214: 080500f1                       subs x8, x8, #0x1
   218: 080000f9                       str x8, [x0]
   21c: 81000054                       b.ne #0x10
   220: ea0700f9                       str x10, [sp, #0x8]
   224: 00000094                       bl #0x0
        # hole +0x224: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   228: ea0740f9                       ldr x10, [sp, #0x8]
   22c: 480140f9                       ldr x8, [x10]
   230: 080500f1                       subs x8, x8, #0x1
   234: 480100f9                       str x8, [x10]
   238: 61000054                       b.ne #0xc
   23c: e0030aaa                       mov x0, x10
   240: 00000094                       bl #0x0
        # hole +0x240: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   244: c8a640a9                       ldp x8, x9, [x22, #0x8]
   248: 08050091                       add x8, x8, #0x1
   24c: c80600f9                       str x8, [x22, #0x8]
   250: 1f0109eb                       cmp x8, x9
   254: ea060054                       b.ge #0xdc
   258: c80240f9                       ldr x8, [x22]
   25c: 68eeffb4                       cbz x8, #-0x234
   260: 3a000014                       b #0xe8
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 880e40f9                       ldr x8, [x20, #0x18]
   26c: 000140f9                       ldr x0, [x8]
   270: 40f10736                       tbz w0, #0x0, #-0x1d8
   274: 8cffff17                       b #-0x1d0
   278: b5620091                       add x21, x21, #0x18
   27c: 23008052                       mov w3, #0x1
   280: 130f8052                       mov w19, #0x78
   284: 98018052                       mov w24, #0xc
   288: 08000090                       adrp x8, #0
        # hole +0x288: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   28c: 080140f9                       ldr x8, [x8]
        # hole +0x28c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   290: 0401188b                       add x4, x8, x24
   294: e00314aa                       mov x0, x20
   298: e10315aa                       mov x1, x21
   29c: e20316aa                       mov x2, x22
   2a0: e50313aa                       mov x5, x19
   2a4: 00000094                       bl #0x0
        # hole +0x2a4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2a8: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   2ac: ff830091                       add sp, sp, #0x20
   2b0: c0035fd6                       ret
   2b4: 23008052                       mov w3, #0x1
   2b8: f5031aaa                       mov x21, x26
   2bc: 93078052                       mov w19, #0x3c
   2c0: f2ffff17                       b #-0x38
   2c4: 23008052                       mov w3, #0x1
   2c8: 38008052                       mov w24, #0x1
   2cc: efffff17                       b #-0x44
   2d0: 58008052                       mov w24, #0x2
   2d4: e30318aa                       mov x3, x24
   2d8: 93028052                       mov w19, #0x14
   2dc: ebffff17                       b #-0x54
   2e0: a00a00f9                       str x0, [x21, #0x10]
   2e4: b5620091                       add x21, x21, #0x18
   2e8: 23008052                       mov w3, #0x1
   2ec: 930c8052                       mov w19, #0x64
   2f0: 58018052                       mov w24, #0xa
   2f4: e5ffff17                       b #-0x6c
   2f8: 23008052                       mov w3, #0x1
   2fc: f50319aa                       mov x21, x25
   300: 18018052                       mov w24, #0x8
   304: 130a8052                       mov w19, #0x50
   308: e0ffff17                       b #-0x80
   30c: b5620091                       add x21, x21, #0x18
   310: 23008052                       mov w3, #0x1
   314: d30d8052                       mov w19, #0x6e
   318: 78018052                       mov w24, #0xb
   31c: dbffff17                       b #-0x94
   320: f50319aa                       mov x21, x25
   324: f8018052                       mov w24, #0xf
   328: d3128052                       mov w19, #0x96
   32c: d7ffff17                       b #-0xa4
   330: 28008052                       mov w8, #0x1
   334: c80200f9                       str x8, [x22]
   338: 43008052                       mov w3, #0x2
   33c: 13148052                       mov w19, #0xa0
   340: 18028052                       mov w24, #0x10
   344: d1ffff17                       b #-0xbc
   348: 43008052                       mov w3, #0x2
   34c: 18028052                       mov w24, #0x10
   350: 13148052                       mov w19, #0xa0
   354: cdffff17                       b #-0xcc
   358: b5620091                       add x21, x21, #0x18
   35c: 23008052                       mov w3, #0x1
   360: 53108052                       mov w19, #0x82
   364: b8018052                       mov w24, #0xd
   368: c8ffff17                       b #-0xe0
   36c: 23008052                       mov w3, #0x1
   370: f50319aa                       mov x21, x25
   374: ecffff17                       b #-0x50
   378: 38008052                       mov w24, #0x1
   37c: e30318aa                       mov x3, x24
   380: c2ffff17                       b #-0xf8
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
