# stencil sum_range for aarch64-apple-darwin: 456 code bytes, 8 data bytes, 6 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 53018052                       mov w19, #0xa
     8: 37008052                       mov w23, #0x1
     c: 1800f8d2                       mov x24, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: e8090037                       tbnz w8, #0x0, #0x13c
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: e1090054                       b.ne #0x13c
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 4b000014                       b #0x12c
    40: 3f010beb                       cmp x9, x11
    44: 2d090054                       b.le #0x124
    48: 2a010a8b                       add x10, x9, x10
    4c: 0a1900f9                       str x10, [x8, #0x30]
    50: e90609aa                       orr x9, x23, x9, lsl #1
    54: a90200f9                       str x9, [x21]
    58: 880e40f9                       ldr x8, [x20, #0x18]
    5c: 000540f9                       ldr x0, [x8, #0x8]
    60: 090500f9                       str x9, [x8, #0x8]
    64: a0000037                       tbnz w0, #0x0, #0x14
    68: 090040f9                       ldr x9, [x0]
    6c: 290500f1                       subs x9, x9, #0x1
    70: 090000f9                       str x9, [x0]
    74: 20010054                       b.eq #0x24
    78: 090140f9                       ldr x9, [x8]
    7c: 69010036                       tbz w9, #0x0, #0x2c
    80: a90200f9                       str x9, [x21]
    84: 0a0540f9                       ldr x10, [x8, #0x8]
    88: ca010036                       tbz w10, #0x0, #0x38
    8c: aa0600f9                       str x10, [x21, #0x8]
    90: 29020037                       tbnz w9, #0x0, #0x44
    94: 2a000014                       b #0xa8
    98: 00000094                       bl #0x0
        # hole +0x98: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 880e40f9                       ldr x8, [x20, #0x18]
    a0: 090140f9                       ldr x9, [x8]
    a4: e9fe0737                       tbnz w9, #0x0, #-0x24
    a8: 2a0140f9                       ldr x10, [x9]
    ac: 4a050091                       add x10, x10, #0x1
    b0: 2a0100f9                       str x10, [x9]
    b4: a90200f9                       str x9, [x21]
    b8: 0a0540f9                       ldr x10, [x8, #0x8]
    bc: 8afe0737                       tbnz w10, #0x0, #-0x30
    c0: 4b0140f9                       ldr x11, [x10]
    c4: 6b050091                       add x11, x11, #0x1
    c8: 4b0100f9                       str x11, [x10]
    cc: aa0600f9                       str x10, [x21, #0x8]
    d0: 69030036                       tbz w9, #0x0, #0x6c
    d4: 4a030036                       tbz w10, #0x0, #0x68
    d8: 4afd4193                       asr x10, x10, #1
    dc: 4905898b                       add x9, x10, x9, asr #1
    e0: 3f0118ab                       cmn x9, x24
    e4: 85060054                       b.pl #0xd0
    e8: e90609aa                       orr x9, x23, x9, lsl #1
    ec: a90200f9                       str x9, [x21]
    f0: 000140f9                       ldr x0, [x8]
    f4: 090100f9                       str x9, [x8]
    f8: c0000037                       tbnz w0, #0x0, #0x18
    fc: 080040f9                       ldr x8, [x0]
   100: 080500f1                       subs x8, x8, #0x1
   104: 080000f9                       str x8, [x0]
   108: 41000054                       b.ne #0x8
   10c: 00000094                       bl #0x0
        # hole +0x10c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   110: c8a640a9                       ldp x8, x9, [x22, #0x8]
   114: 08050091                       add x8, x8, #0x1
   118: c80600f9                       str x8, [x22, #0x8]
   11c: 1f0109eb                       cmp x8, x9
   120: ca020054                       b.ge #0x58
   124: c80240f9                       ldr x8, [x22]
   128: 48f7ffb4                       cbz x8, #-0x118
   12c: 43008052                       mov w3, #0x2
   130: 48018052                       mov w8, #0xa
   134: 930c8052                       mov w19, #0x64
   138: 15000014                       b #0x54
   13c: b5420091                       add x21, x21, #0x10
   140: 23008052                       mov w3, #0x1
   144: d3088052                       mov w19, #0x46
   148: e8008052                       mov w8, #0x7
   14c: 10000014                       b #0x40
   150: 23008052                       mov w3, #0x1
   154: 28008052                       mov w8, #0x1
   158: 0d000014                       b #0x34
   15c: 28008052                       mov w8, #0x1
   160: e30308aa                       mov x3, x8
   164: 0a000014                       b #0x28
   168: 48008052                       mov w8, #0x2
   16c: e30308aa                       mov x3, x8
   170: 93028052                       mov w19, #0x14
   174: 06000014                       b #0x18
   178: 28008052                       mov w8, #0x1
   17c: c80200f9                       str x8, [x22]
   180: 43008052                       mov w3, #0x2
   184: 930c8052                       mov w19, #0x64
   188: 48018052                       mov w8, #0xa
   18c: 09000090                       adrp x9, #0
        # hole +0x18c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   190: 290140f9                       ldr x9, [x9]
        # hole +0x190: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   194: 2401088b                       add x4, x9, x8
   198: e00314aa                       mov x0, x20
   19c: e10315aa                       mov x1, x21
   1a0: e20316aa                       mov x2, x22
   1a4: e50313aa                       mov x5, x19
   1a8: 00000094                       bl #0x0
        # hole +0x1a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1ac: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1b0: c0035fd6                       ret
   1b4: b5420091                       add x21, x21, #0x10
   1b8: 23008052                       mov w3, #0x1
   1bc: 130a8052                       mov w19, #0x50
   1c0: 08018052                       mov w8, #0x8
   1c4: f2ffff17                       b #-0x38
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
