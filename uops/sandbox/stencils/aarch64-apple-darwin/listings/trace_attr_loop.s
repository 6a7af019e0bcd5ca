# stencil attr_loop for aarch64-apple-darwin: 1024 code bytes, 16 data bytes, 36 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b3220091                       add x19, x21, #0x8
     8: b8420091                       add x24, x21, #0x10
     c: 39008052                       mov w25, #0x1
    10: 1a000090                       adrp x26, #0
        # hole +0x10: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    14: 5a0340f9                       ldr x26, [x26]
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    18: 1b00f8d2                       mov x27, #-0x4000000000000000
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: e8140037                       tbnz w8, #0x0, #0x29c
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: 81140054                       b.ne #0x290
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: a3000014                       b #0x28c
    4c: 3f010beb                       cmp x9, x11
    50: 2d140054                       b.le #0x284
    54: 2a010a8b                       add x10, x9, x10
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 290709aa                       orr x9, x25, x9, lsl #1
    60: a90200f9                       str x9, [x21]
    64: 880e40f9                       ldr x8, [x20, #0x18]
    68: 000540f9                       ldr x0, [x8, #0x8]
    6c: 090500f9                       str x9, [x8, #0x8]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: 600e0054                       b.eq #0x1cc
    84: 000140f9                       ldr x0, [x8]
    88: 80000037                       tbnz w0, #0x0, #0x10
    8c: 080040f9                       ldr x8, [x0]
    90: 08050091                       add x8, x8, #0x1
    94: 080000f9                       str x8, [x0]
    98: a00200f9                       str x0, [x21]
    9c: a00f0037                       tbnz w0, #0x0, #0x1f4
    a0: 080840b9                       ldr w8, [x0, #0x8]
    a4: 1f1d0071                       cmp w8, #0x7
    a8: 410f0054                       b.ne #0x1e8
    ac: 081840f9                       ldr x8, [x0, #0x30]
    b0: 081940f9                       ldr x8, [x8, #0x30]
    b4: 1f011aeb                       cmp x8, x26
    b8: c10e0054                       b.ne #0x1d8
    bc: 080040f9                       ldr x8, [x0]
    c0: 08050091                       add x8, x8, #0x1
    c4: 080000f9                       str x8, [x0]
    c8: 600200f9                       str x0, [x19]
    cc: 091c40f9                       ldr x9, [x0, #0x38]
    d0: 491300b4                       cbz x9, #0x268
    d4: 092040f9                       ldr x9, [x0, #0x40]
    d8: c9010037                       tbnz w9, #0x0, #0x38
    dc: 280140f9                       ldr x8, [x9]
    e0: 08050091                       add x8, x8, #0x1
    e4: 280100f9                       str x8, [x9]
    e8: 080040f9                       ldr x8, [x0]
    ec: 690200f9                       str x9, [x19]
    f0: 080500f1                       subs x8, x8, #0x1
    f4: 080000f9                       str x8, [x0]
    f8: 41010054                       b.ne #0x28
    fc: 00000094                       bl #0x0
        # hole +0xfc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   100: 880e40f9                       ldr x8, [x20, #0x18]
   104: 000940f9                       ldr x0, [x8, #0x10]
   108: 20010036                       tbz w0, #0x0, #0x24
   10c: 7e000014                       b #0x1f8
   110: 690200f9                       str x9, [x19]
   114: 080500f1                       subs x8, x8, #0x1
   118: 080000f9                       str x8, [x0]
   11c: 00ffff54                       b.eq #-0x20
   120: 880e40f9                       ldr x8, [x20, #0x18]
   124: 000940f9                       ldr x0, [x8, #0x10]
   128: e00e0037                       tbnz w0, #0x0, #0x1dc
   12c: 080040f9                       ldr x8, [x0]
   130: 08050091                       add x8, x8, #0x1
   134: 080000f9                       str x8, [x0]
   138: 000300f9                       str x0, [x24]
   13c: 080840b9                       ldr w8, [x0, #0x8]
   140: 1f1d0071                       cmp w8, #0x7
   144: 210e0054                       b.ne #0x1c4
   148: 081840f9                       ldr x8, [x0, #0x30]
   14c: 081940f9                       ldr x8, [x8, #0x30]
   150: 1f0d00f1                       cmp x8, #0x3
   154: a10d0054                       b.ne #0x1b4
   158: 081c40f9                       ldr x8, [x0, #0x38]
   15c: 681000b4                       cbz x8, #0x20c
   160: 082040f9                       ldr x8, [x0, #0x40]
   164: a8010037                       tbnz w8, #0x0, #0x34
   168: 090140f9                       ldr x9, [x8]
   16c: 29050091                       add x9, x9, #0x1
   170: 090100f9                       str x9, [x8]
   174: 080300f9                       str x8, [x24]
   178: 080040f9                       ldr x8, [x0]
   17c: 080500f1                       subs x8, x8, #0x1
   180: 080000f9                       str x8, [x0]
   184: 41010054                       b.ne #0x28
   188: 00000094                       bl #0x0
        # hole +0x188: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   18c: 680240f9                       ldr x8, [x19]
   190: 28010037                       tbnz w8, #0x0, #0x24
   194: 33000014                       b #0xcc
   198: 080300f9                       str x8, [x24]
   19c: 080040f9                       ldr x8, [x0]
   1a0: 080500f1                       subs x8, x8, #0x1
   1a4: 080000f9                       str x8, [x0]
   1a8: 00ffff54                       b.eq #-0x20
   1ac: 680240f9                       ldr x8, [x19]
   1b0: 88050036                       tbz w8, #0x0, #0xb0
   1b4: 090340f9                       ldr x9, [x24]
   1b8: 49050036                       tbz w9, #0x0, #0xa8
   1bc: 29fd4193                       asr x9, x9, #1
   1c0: 2805888b                       add x8, x9, x8, asr #1
   1c4: 1f011bab                       cmn x8, x27
   1c8: 45100054                       b.pl #0x208
   1cc: b70240f9                       ldr x23, [x21]
   1d0: 280708aa                       orr x8, x25, x8, lsl #1
   1d4: a85e00a9                       stp x8, x23, [x21]
   1d8: 170e0037                       tbnz w23, #0x0, #0x1c0
   1dc: e90a40b9                       ldr w9, [x23, #0x8]
   1e0: 3f1d0071                       cmp w9, #0x7
   1e4: a10d0054                       b.ne #0x1b4
   1e8: e91e40f9                       ldr x9, [x23, #0x38]
   1ec: 3f0900f1                       cmp x9, #0x2
   1f0: 430d0054                       b.lo #0x1a8
   1f4: e02640f9                       ldr x0, [x23, #0x48]
   1f8: e82600f9                       str x8, [x23, #0x48]
   1fc: c0000037                       tbnz w0, #0x0, #0x18
   200: 080040f9                       ldr x8, [x0]
   204: 080500f1                       subs x8, x8, #0x1
   208: 080000f9                       str x8, [x0]
   20c: 41000054                       b.ne #0x8
   210: 00000094                       bl #0x0
        # hole +0x210: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   214: e80240f9                       ldr x8, [x23]
   218: 080500f1                       subs x8, x8, #0x1
   21c: e80200f9                       str x8, [x23]
   220: 61000054                       b.ne #0xc
   224: e00317aa                       mov x0, x23
   228: 00000094                       bl #0x0
        # hole +0x228: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   22c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   230: 08050091                       add x8, x8, #0x1
   234: c80600f9                       str x8, [x22, #0x8]
   238: 1f0109eb                       cmp x8, x9
   23c: aa0b0054                       b.ge #0x174
   240: c80240f9                       ldr x8, [x22]
   244: c8eeffb4                       cbz x8, #-0x228
   248: 5c000014                       b #0x170
   24c: 00000094                       bl #0x0
        # hole +0x24c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   250: 880e40f9                       ldr x8, [x20, #0x18]
   254: 000140f9                       ldr x0, [x8]
   258: a0f10736                       tbz w0, #0x0, #-0x1cc
   25c: 8fffff17                       b #-0x1c4
   260: b3620091                       add x19, x21, #0x18
   264: 08000090                       adrp x8, #0
        # hole +0x264: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   268: 080140f9                       ldr x8, [x8]
        # hole +0x268: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   26c: 04310091                       add x4, x8, #0xc
   270: 23008052                       mov w3, #0x1
   274: 050f8052                       mov w5, #0x78
   278: e00314aa                       mov x0, x20
   27c: e10313aa                       mov x1, x19
   280: e20316aa                       mov x2, x22
   284: 00000094                       bl #0x0
        # hole +0x284: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   288: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   28c: c0035fd6                       ret
   290: 08000090                       adrp x8, #0
        # hole +0x290: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   294: 080140f9                       ldr x8, [x8]
        # hole +0x294: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   298: 04190091                       add x4, x8, #0x6
   29c: 23008052                       mov w3, #0x1
   2a0: 85078052                       mov w5, #0x3c
   2a4: e00314aa                       mov x0, x20
   2a8: e10313aa                       mov x1, x19
   2ac: e20316aa                       mov x2, x22
   2b0: 00000094                       bl #0x0
        # hole +0x2b0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2b4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   2b8: c0035fd6                       ret
   2bc: 08000090                       adrp x8, #0
        # hole +0x2bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   2c0: 080140f9                       ldr x8, [x8]
        # hole +0x2c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   2c4: 04050091                       add x4, x8, #0x1
   2c8: 23008052                       mov w3, #0x1
   2cc: 45018052                       mov w5, #0xa
   2d0: 06000014                       b #0x18
   2d4: 08000090                       adrp x8, #0
        # hole +0x2d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   2d8: 080140f9                       ldr x8, [x8]
        # hole +0x2d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   2dc: 04090091                       add x4, x8, #0x2
   2e0: 43008052                       mov w3, #0x2
   2e4: 85028052                       mov w5, #0x14
   2e8: f30315aa                       mov x19, x21
   2ec: e00314aa                       mov x0, x20
   2f0: e10313aa                       mov x1, x19
   2f4: e20316aa                       mov x2, x22
   2f8: 00000094                       bl #0x0
        # hole +0x2f8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   2fc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   300: c0035fd6                       ret
   304: 000300f9                       str x0, [x24]
   308: b3620091                       add x19, x21, #0x18
   30c: 08000090                       adrp x8, #0
        # hole +0x30c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   310: 080140f9                       ldr x8, [x8]
        # hole +0x310: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   314: 04290091                       add x4, x8, #0xa
   318: 23008052                       mov w3, #0x1
   31c: 850c8052                       mov w5, #0x64
   320: e00314aa                       mov x0, x20
   324: e10313aa                       mov x1, x19
   328: e20316aa                       mov x2, x22
   32c: 00000094                       bl #0x0
        # hole +0x32c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   330: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   334: c0035fd6                       ret
   338: 08000090                       adrp x8, #0
        # hole +0x338: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   33c: 080140f9                       ldr x8, [x8]
        # hole +0x33c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   340: 04210091                       add x4, x8, #0x8
   344: 23008052                       mov w3, #0x1
   348: 050a8052                       mov w5, #0x50
   34c: f30318aa                       mov x19, x24
   350: e00314aa                       mov x0, x20
   354: e10313aa                       mov x1, x19
   358: e20316aa                       mov x2, x22
   35c: 00000094                       bl #0x0
        # hole +0x35c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   360: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   364: c0035fd6                       ret
   368: b3620091                       add x19, x21, #0x18
   36c: 08000090                       adrp x8, #0
        # hole +0x36c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   370: 080140f9                       ldr x8, [x8]
        # hole +0x370: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   374: 042d0091                       add x4, x8, #0xb
   378: 23008052                       mov w3, #0x1
   37c: c50d8052                       mov w5, #0x6e
   380: e00314aa                       mov x0, x20
   384: e10313aa                       mov x1, x19
   388: e20316aa                       mov x2, x22
   38c: 00000094                       bl #0x0
        # hole +0x38c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   390: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   394: c0035fd6                       ret
   398: 08000090                       adrp x8, #0
        # hole +0x398: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   39c: 080140f9                       ldr x8, [x8]
        # hole +0x39c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3a0: 043d0091                       add x4, x8, #0xf
   3a4: 23008052                       mov w3, #0x1
   3a8: c5128052                       mov w5, #0x96
   3ac: e8ffff17                       b #-0x60
   3b0: 28008052                       mov w8, #0x1
   3b4: c80200f9                       str x8, [x22]
   3b8: 08000090                       adrp x8, #0
        # hole +0x3b8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3bc: 080140f9                       ldr x8, [x8]
        # hole +0x3bc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3c0: 04410091                       add x4, x8, #0x10
   3c4: 43008052                       mov w3, #0x2
   3c8: 05148052                       mov w5, #0xa0
   3cc: c7ffff17                       b #-0xe4
   3d0: b3620091                       add x19, x21, #0x18
   3d4: 08000090                       adrp x8, #0
        # hole +0x3d4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   3d8: 080140f9                       ldr x8, [x8]
        # hole +0x3d8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   3dc: 04350091                       add x4, x8, #0xd
   3e0: 23008052                       mov w3, #0x1
   3e4: 45108052                       mov w5, #0x82
   3e8: e00314aa                       mov x0, x20
   3ec: e10313aa                       mov x1, x19
   3f0: e20316aa                       mov x2, x22
   3f4: 00000094                       bl #0x0
        # hole +0x3f4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   3f8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   3fc: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
