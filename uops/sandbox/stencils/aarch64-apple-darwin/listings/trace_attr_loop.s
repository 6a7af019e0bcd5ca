# stencil attr_loop for aarch64-apple-darwin: 892 code bytes, 8 data bytes, 9 holes
     0: ff8300d1                       sub sp, sp, #0x20
     4: fd7b01a9                       stp x29, x30, [sp, #0x10]
     8: ba220091                       add x26, x21, #0x8
     c: b9420091                       add x25, x21, #0x10
    10: 57018052                       mov w23, #0xa
    14: 3b008052                       mov w27, #0x1
    18: 1c000090                       adrp x28, #0
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    1c: 9c0340f9                       ldr x28, [x28]
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    20: d3008052                       mov w19, #0x6
    24: 1800f8d2                       mov x24, #-0x4000000000000000
    28: a8825ff8                       ldur x8, [x21, #-0x8]
    2c: 88140037                       tbnz w8, #0x0, #0x290
    30: 090940b9                       ldr w9, [x8, #0x8]
    34: 3f110071                       cmp w9, #0x4
    38: c1190054                       b.ne #0x338
    3c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    40: 091940f9                       ldr x9, [x8, #0x30]
    44: 5f0500f1                       cmp x10, #0x1
    48: 8b000054                       b.lt #0x10
    4c: 3f010beb                       cmp x9, x11
    50: 8b000054                       b.lt #0x10
    54: 9d000014                       b #0x274
    58: 3f010beb                       cmp x9, x11
    5c: 6d130054                       b.le #0x26c
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
    a8: 20100037                       tbnz w0, #0x0, #0x204
    ac: 080840b9                       ldr w8, [x0, #0x8]
    b0: 1f1d0071                       cmp w8, #0x7
    b4: c10f0054                       b.ne #0x1f8
    b8: 081840f9                       ldr x8, [x0, #0x30]
    bc: 081940f9                       ldr x8, [x8, #0x30]
    c0: 1f011ceb                       cmp x8, x28
    c4: 410f0054                       b.ne #0x1e8
    c8: 080040f9                       ldr x8, [x0]
    cc: 08050091                       add x8, x8, #0x1
    d0: 080000f9                       str x8, [x0]
    d4: 400300f9                       str x0, [x26]
    d8: 091c40f9                       ldr x9, [x0, #0x38]
    dc: a91000b4                       cbz x9, #0x214
    e0: 092040f9                       ldr x9, [x0, #0x40]
    e4: 29010036                       tbz w9, #0x0, #0x24
    e8: 490300f9                       str x9, [x26]
    ec: 080500f1                       subs x8, x8, #0x1
    f0: 080000f9                       str x8, [x0]
    f4: a0010054                       b.eq #0x34
    f8: 880e40f9                       ldr x8, [x20, #0x18]
    fc: 000940f9                       ldr x0, [x8, #0x10]
   100: c0010036                       tbz w0, #0x0, #0x38
   104: 75000014                       b #0x1d4
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
   134: 200d0037                       tbnz w0, #0x0, #0x1a4
   138: 080040f9                       ldr x8, [x0]
   13c: 08050091                       add x8, x8, #0x1
   140: 080000f9                       str x8, [x0]
   144: 200300f9                       str x0, [x25]
   148: 080840b9                       ldr w8, [x0, #0x8]
   14c: 1f1d0071                       cmp w8, #0x7
   150: 610c0054                       b.ne #0x18c
   154: 081840f9                       ldr x8, [x0, #0x30]
   158: 081940f9                       ldr x8, [x8, #0x30]
   15c: 1f0d00f1                       cmp x8, #0x3
   160: e10b0054                       b.ne #0x17c
   164: 081c40f9                       ldr x8, [x0, #0x38]
   168: e80c00b4                       cbz x8, #0x19c
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
   1d0: 1f0118ab                       cmn x8, x24
   1d4: e50b0054                       b.pl #0x17c
   1d8: 23008052                       mov w3, #0x1
   1dc: aa0240f9                       ldr x10, [x21]
   1e0: 680408aa                       orr x8, x3, x8, lsl #1
   1e4: a82a00a9                       stp x8, x10, [x21]
   1e8: 8a090037                       tbnz w10, #0x0, #0x130
   1ec: 490940b9                       ldr w9, [x10, #0x8]
   1f0: 3f1d0071                       cmp w9, #0x7
   1f4: 810b0054                       b.ne #0x170
   1f8: 491d40f9                       ldr x9, [x10, #0x38]
   1fc: 3f0900f1                       cmp x9, #0x2
   200: 230b0054                       b.lo #0x164
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
   254: aa060054                       b.ge #0xd4
   258: c80240f9                       ldr x8, [x22]
   25c: 68eeffb4                       cbz x8, #-0x234
   260: 38000014                       b #0xe0
   264: 00000094                       bl #0x0
        # hole +0x264: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   268: 880e40f9                       ldr x8, [x20, #0x18]
   26c: 000140f9                       ldr x0, [x8]
   270: 40f10736                       tbz w0, #0x0, #-0x1d8
   274: 8cffff17                       b #-0x1d0
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
        # hole +0x29c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2a0: fd7b41a9                       ldp x29, x30, [sp, #0x10]
   2a4: ff830091                       add sp, sp, #0x20
   2a8: c0035fd6                       ret
   2ac: 23008052                       mov w3, #0x1
   2b0: f5031aaa                       mov x21, x26
   2b4: 97078052                       mov w23, #0x3c
   2b8: f4ffff17                       b #-0x30
   2bc: 23008052                       mov w3, #0x1
   2c0: 33008052                       mov w19, #0x1
   2c4: f1ffff17                       b #-0x3c
   2c8: 53008052                       mov w19, #0x2
   2cc: e30313aa                       mov x3, x19
   2d0: 97028052                       mov w23, #0x14
   2d4: edffff17                       b #-0x4c
   2d8: a00a00f9                       str x0, [x21, #0x10]
   2dc: b5620091                       add x21, x21, #0x18
   2e0: 23008052                       mov w3, #0x1
   2e4: 970c8052                       mov w23, #0x64
   2e8: 53018052                       mov w19, #0xa
   2ec: e7ffff17                       b #-0x64
   2f0: 23008052                       mov w3, #0x1
   2f4: f50319aa                       mov x21, x25
   2f8: 13018052                       mov w19, #0x8
   2fc: 170a8052                       mov w23, #0x50
   300: e2ffff17                       b #-0x78
   304: b5620091                       add x21, x21, #0x18
   308: 23008052                       mov w3, #0x1
   30c: d70d8052                       mov w23, #0x6e
   310: 73018052                       mov w19, #0xb
   314: ddffff17                       b #-0x8c
   318: f50319aa                       mov x21, x25
   31c: f3018052                       mov w19, #0xf
   320: d7128052                       mov w23, #0x96
   324: d9ffff17                       b #-0x9c
   328: 28008052                       mov w8, #0x1
   32c: c80200f9                       str x8, [x22]
   330: 43008052                       mov w3, #0x2
   334: 17148052                       mov w23, #0xa0
   338: 13028052                       mov w19, #0x10
   33c: d3ffff17                       b #-0xb4
   340: 43008052                       mov w3, #0x2
   344: 13028052                       mov w19, #0x10
   348: 17148052                       mov w23, #0xa0
   34c: cfffff17                       b #-0xc4
   350: b5620091                       add x21, x21, #0x18
   354: 23008052                       mov w3, #0x1
   358: 57108052                       mov w23, #0x82
   35c: b3018052                       mov w19, #0xd
   360: caffff17                       b #-0xd8
   364: 23008052                       mov w3, #0x1
   368: f50319aa                       mov x21, x25
   36c: ecffff17                       b #-0x50
   370: 33008052                       mov w19, #0x1
   374: e30313aa                       mov x3, x19
   378: c4ffff17                       b #-0xf0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
