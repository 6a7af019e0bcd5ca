# stencil sum_range for aarch64-apple-darwin: 524 code bytes, 0 data bytes, 7 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 240080d2                       mov x4, #0x1
     8: a401c0f2                       movk x4, #0xd, lsl #32
     c: 45018052                       mov w5, #0xa
    10: 33008052                       mov w19, #0x1
    14: 1700f8d2                       mov x23, #-0x4000000000000000
    18: a8825ff8                       ldur x8, [x21, #-0x8]
    1c: e80a0037                       tbnz w8, #0x0, #0x15c
    20: 090940b9                       ldr w9, [x8, #0x8]
    24: 3f110071                       cmp w9, #0x4
    28: 810a0054                       b.ne #0x150
    2c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    30: 091940f9                       ldr x9, [x8, #0x30]
    34: 5f0500f1                       cmp x10, #0x1
    38: 8b000054                       b.lt #0x10
    3c: 3f010beb                       cmp x9, x11
    40: 8b000054                       b.lt #0x10
    44: 54000014                       b #0x150
    48: 3f010beb                       cmp x9, x11
    4c: 4d0a0054                       b.le #0x148
    50: 2a010a8b                       add x10, x9, x10
    54: 0a1900f9                       str x10, [x8, #0x30]
    58: 690609aa                       orr x9, x19, x9, lsl #1
    5c: a90200f9                       str x9, [x21]
    60: 880e40f9                       ldr x8, [x20, #0x18]
    64: 000540f9                       ldr x0, [x8, #0x8]
    68: 090500f9                       str x9, [x8, #0x8]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 090040f9                       ldr x9, [x0]
    74: 290500f1                       subs x9, x9, #0x1
    78: 090000f9                       str x9, [x0]
    7c: 80010054                       b.eq #0x30
    80: 090140f9                       ldr x9, [x8]
    84: 29020037                       tbnz w9, #0x0, #0x44
    88: 2a0140f9                       ldr x10, [x9]
    8c: 4a050091                       add x10, x10, #0x1
    90: 2a0100f9                       str x10, [x9]
    94: a90200f9                       str x9, [x21]
    98: 0a0540f9                       ldr x10, [x8, #0x8]
    9c: ca010036                       tbz w10, #0x0, #0x38
    a0: aa0600f9                       str x10, [x21, #0x8]
    a4: 29020037                       tbnz w9, #0x0, #0x44
    a8: 2a000014                       b #0xa8
    ac: 00000094                       bl #0x0
        # hole +0xac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    b0: 45018052                       mov w5, #0xa
    b4: 240080d2                       mov x4, #0x1
    b8: a401c0f2                       movk x4, #0xd, lsl #32
    bc: 880e40f9                       ldr x8, [x20, #0x18]
    c0: 090140f9                       ldr x9, [x8]
    c4: 29fe0736                       tbz w9, #0x0, #-0x3c
    c8: a90200f9                       str x9, [x21]
    cc: 0a0540f9                       ldr x10, [x8, #0x8]
    d0: 8afe0737                       tbnz w10, #0x0, #-0x30
    d4: 4b0140f9                       ldr x11, [x10]
    d8: 6b050091                       add x11, x11, #0x1
    dc: 4b0100f9                       str x11, [x10]
    e0: aa0600f9                       str x10, [x21, #0x8]
    e4: 69030036                       tbz w9, #0x0, #0x6c
    e8: 4a030036                       tbz w10, #0x0, #0x68
    ec: 4afd4193                       asr x10, x10, #1
    f0: 4905898b                       add x9, x10, x9, asr #1
    f4: 3f0117ab                       cmn x9, x23
    f8: 65070054                       b.pl #0xec
    fc: 690609aa                       orr x9, x19, x9, lsl #1
   100: a90200f9                       str x9, [x21]
   104: 000140f9                       ldr x0, [x8]
   108: 090100f9                       str x9, [x8]
   10c: 20010037                       tbnz w0, #0x0, #0x24
   110: 080040f9                       ldr x8, [x0]
   114: 080500f1                       subs x8, x8, #0x1
   118: 080000f9                       str x8, [x0]
   11c: a1000054                       b.ne #0x14
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 45018052                       mov w5, #0xa
   128: 240080d2                       mov x4, #0x1
   12c: a401c0f2                       movk x4, #0xd, lsl #32
   130: c8a640a9                       ldp x8, x9, [x22, #0x8]
   134: 08050091                       add x8, x8, #0x1
   138: c80600f9                       str x8, [x22, #0x8]
   13c: 1f0109eb                       cmp x8, x9
   140: ca030054                       b.ge #0x78
   144: c80240f9                       ldr x8, [x22]
   148: 88f6ffb4                       cbz x8, #-0x130
   14c: 1d000014                       b #0x74
   150: b5420091                       add x21, x21, #0x10
   154: 84180091                       add x4, x4, #0x6
   158: 23008052                       mov w3, #0x1
   15c: c5088052                       mov w5, #0x46
   160: e00314aa                       mov x0, x20
   164: e10315aa                       mov x1, x21
   168: e20316aa                       mov x2, x22
   16c: 00000094                       bl #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   170: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   174: c0035fd6                       ret
   178: 23008052                       mov w3, #0x1
   17c: e00314aa                       mov x0, x20
   180: e10315aa                       mov x1, x21
   184: e20316aa                       mov x2, x22
   188: 00000094                       bl #0x0
        # hole +0x188: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   18c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   190: c0035fd6                       ret
   194: 84040091                       add x4, x4, #0x1
   198: 43008052                       mov w3, #0x2
   19c: 85028052                       mov w5, #0x14
   1a0: e00314aa                       mov x0, x20
   1a4: e10315aa                       mov x1, x21
   1a8: e20316aa                       mov x2, x22
   1ac: 00000094                       bl #0x0
        # hole +0x1ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1b4: c0035fd6                       ret
   1b8: 28008052                       mov w8, #0x1
   1bc: c80200f9                       str x8, [x22]
   1c0: 84240091                       add x4, x4, #0x9
   1c4: 43008052                       mov w3, #0x2
   1c8: 850c8052                       mov w5, #0x64
   1cc: e00314aa                       mov x0, x20
   1d0: e10315aa                       mov x1, x21
   1d4: e20316aa                       mov x2, x22
   1d8: 00000094                       bl #0x0
        # hole +0x1d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1dc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e0: c0035fd6                       ret
   1e4: b5420091                       add x21, x21, #0x10
   1e8: 841c0091                       add x4, x4, #0x7
   1ec: 23008052                       mov w3, #0x1
   1f0: 050a8052                       mov w5, #0x50
   1f4: e00314aa                       mov x0, x20
   1f8: e10315aa                       mov x1, x21
   1fc: e20316aa                       mov x2, x22
   200: 00000094                       bl #0x0
        # hole +0x200: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   204: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   208: c0035fd6                       ret
