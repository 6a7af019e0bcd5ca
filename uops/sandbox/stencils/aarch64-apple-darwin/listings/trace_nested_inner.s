# stencil nested_inner for aarch64-apple-darwin: 520 code bytes, 0 data bytes, 4 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 330080d2                       mov x19, #0x1
     8: b300c0f2                       movk x19, #0x5, lsl #32
     c: b8420091                       add x24, x21, #0x10
    10: 57018052                       mov w23, #0xa
    14: 39008052                       mov w25, #0x1
    18: 1a00f8d2                       mov x26, #-0x4000000000000000
    1c: a8825ff8                       ldur x8, [x21, #-0x8]
    20: 280b0037                       tbnz w8, #0x0, #0x164
    24: 090940b9                       ldr w9, [x8, #0x8]
    28: 3f110071                       cmp w9, #0x4
    2c: c10a0054                       b.ne #0x158
    30: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    34: 091940f9                       ldr x9, [x8, #0x30]
    38: 5f0500f1                       cmp x10, #0x1
    3c: 8b000054                       b.lt #0x10
    40: 3f010beb                       cmp x9, x11
    44: 8b000054                       b.lt #0x10
    48: 4d000014                       b #0x134
    4c: 3f010beb                       cmp x9, x11
    50: 6d090054                       b.le #0x12c
    54: 2a010a8b                       add x10, x9, x10
    58: 0a1900f9                       str x10, [x8, #0x30]
    5c: 290709aa                       orr x9, x25, x9, lsl #1
    60: a90200f9                       str x9, [x21]
    64: 880e40f9                       ldr x8, [x20, #0x18]
    68: 000940f9                       ldr x0, [x8, #0x10]
    6c: 090900f9                       str x9, [x8, #0x10]
    70: a0000037                       tbnz w0, #0x0, #0x14
    74: 090040f9                       ldr x9, [x0]
    78: 290500f1                       subs x9, x9, #0x1
    7c: 090000f9                       str x9, [x0]
    80: 20060054                       b.eq #0xc4
    84: 090140f9                       ldr x9, [x8]
    88: 69060037                       tbnz w9, #0x0, #0xcc
    8c: 2a0140f9                       ldr x10, [x9]
    90: 4a050091                       add x10, x10, #0x1
    94: 2a0100f9                       str x10, [x9]
    98: a90200f9                       str x9, [x21]
    9c: 0a0540f9                       ldr x10, [x8, #0x8]
    a0: 0a060036                       tbz w10, #0x0, #0xc0
    a4: aa0600f9                       str x10, [x21, #0x8]
    a8: 0b0940f9                       ldr x11, [x8, #0x10]
    ac: 8b000037                       tbnz w11, #0x0, #0x10
    b0: 6c0140f9                       ldr x12, [x11]
    b4: 8c050091                       add x12, x12, #0x1
    b8: 6c0100f9                       str x12, [x11]
    bc: 0b0300f9                       str x11, [x24]
    c0: 4cfd4193                       asr x12, x10, #1
    c4: 6bfd4193                       asr x11, x11, #1
    c8: 8a7d0b9b                       mul x10, x12, x11
    cc: 8b7d4b9b                       smulh x11, x12, x11
    d0: 7ffd8aeb                       cmp x11, x10, asr #63
    d4: e1070054                       b.ne #0xfc
    d8: 4b011a8b                       add x11, x10, x26
    dc: ab07f8b6                       tbz x11, #0x3f, #0xf4
    e0: 23008052                       mov w3, #0x1
    e4: 6b040aaa                       orr x11, x3, x10, lsl #1
    e8: ab0600f9                       str x11, [x21, #0x8]
    ec: c9070036                       tbz w9, #0x0, #0xf8
    f0: 4905898b                       add x9, x10, x9, asr #1
    f4: 3f011aab                       cmn x9, x26
    f8: e5070054                       b.pl #0xfc
    fc: 290709aa                       orr x9, x25, x9, lsl #1
   100: a90200f9                       str x9, [x21]
   104: 000140f9                       ldr x0, [x8]
   108: 090100f9                       str x9, [x8]
   10c: c0000037                       tbnz w0, #0x0, #0x18
   110: 080040f9                       ldr x8, [x0]
   114: 080500f1                       subs x8, x8, #0x1
   118: 080000f9                       str x8, [x0]
   11c: 41000054                       b.ne #0x8
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: c80240f9                       ldr x8, [x22]
   128: 280300b5                       cbnz x8, #0x64
   12c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   130: 08050091                       add x8, x8, #0x1
   134: c80600f9                       str x8, [x22, #0x8]
   138: 1f0109eb                       cmp x8, x9
   13c: 0bf7ff54                       b.lt #-0x120
   140: 17000014                       b #0x5c
   144: 00000094                       bl #0x0
        # hole +0x144: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   148: 880e40f9                       ldr x8, [x20, #0x18]
   14c: 090140f9                       ldr x9, [x8]
   150: e9f90736                       tbz w9, #0x0, #-0xc4
   154: a90200f9                       str x9, [x21]
   158: 0a0540f9                       ldr x10, [x8, #0x8]
   15c: 4afa0737                       tbnz w10, #0x0, #-0xb8
   160: 4b0140f9                       ldr x11, [x10]
   164: 6b050091                       add x11, x11, #0x1
   168: 4b0100f9                       str x11, [x10]
   16c: aa0600f9                       str x10, [x21, #0x8]
   170: 0b0940f9                       ldr x11, [x8, #0x10]
   174: ebf90736                       tbz w11, #0x0, #-0xc4
   178: d1ffff17                       b #-0xbc
   17c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   180: 00000014                       b #0x0
        # hole +0x180: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[2]+0
   184: 23008052                       mov w3, #0x1
   188: 0a000014                       b #0x28
   18c: 732e0091                       add x19, x19, #0xb
   190: 43008052                       mov w3, #0x2
   194: 170f8052                       mov w23, #0x78
   198: 06000014                       b #0x18
   19c: 28008052                       mov w8, #0x1
   1a0: c80200f9                       str x8, [x22]
   1a4: 73320091                       add x19, x19, #0xc
   1a8: 43008052                       mov w3, #0x2
   1ac: 57108052                       mov w23, #0x82
   1b0: e00314aa                       mov x0, x20
   1b4: e10315aa                       mov x1, x21
   1b8: e20316aa                       mov x2, x22
   1bc: e40313aa                       mov x4, x19
   1c0: e50317aa                       mov x5, x23
   1c4: 00000094                       bl #0x0
        # hole +0x1c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1cc: c0035fd6                       ret
   1d0: b5620091                       add x21, x21, #0x18
   1d4: 731e0091                       add x19, x19, #0x7
   1d8: 23008052                       mov w3, #0x1
   1dc: 170a8052                       mov w23, #0x50
   1e0: f4ffff17                       b #-0x30
   1e4: 73220091                       add x19, x19, #0x8
   1e8: f50318aa                       mov x21, x24
   1ec: 570b8052                       mov w23, #0x5a
   1f0: f0ffff17                       b #-0x40
   1f4: 73260091                       add x19, x19, #0x9
   1f8: 23008052                       mov w3, #0x1
   1fc: f50318aa                       mov x21, x24
   200: 970c8052                       mov w23, #0x64
   204: ebffff17                       b #-0x54
