# stencil list_build for aarch64-apple-darwin: 584 code bytes, 8 data bytes, 19 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b3220091                       add x19, x21, #0x8
     8: 37008052                       mov w23, #0x1
     c: 1800f8d2                       mov x24, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 480a0037                       tbnz w8, #0x0, #0x148
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: e1090054                       b.ne #0x13c
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 53000014                       b #0x14c
    40: 3f010beb                       cmp x9, x11
    44: 2d0a0054                       b.le #0x144
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
    74: 20050054                       b.eq #0xa4
    78: 010140f9                       ldr x1, [x8]
    7c: 61050036                       tbz w1, #0x0, #0xac
    80: a10200f9                       str x1, [x21]
    84: 090540f9                       ldr x9, [x8, #0x8]
    88: c9050036                       tbz w9, #0x0, #0xb8
    8c: 690200f9                       str x9, [x19]
    90: 080540f9                       ldr x8, [x8, #0x8]
    94: 88000037                       tbnz w8, #0x0, #0x10
    98: 0a0140f9                       ldr x10, [x8]
    9c: 4a050091                       add x10, x10, #0x1
    a0: 0a0100f9                       str x10, [x8]
    a4: a80a00f9                       str x8, [x21, #0x10]
    a8: 29fd4193                       asr x9, x9, #1
    ac: 0afd4193                       asr x10, x8, #1
    b0: 287d0a9b                       mul x8, x9, x10
    b4: 297d4a9b                       smulh x9, x9, x10
    b8: 3ffd88eb                       cmp x9, x8, asr #63
    bc: e10a0054                       b.ne #0x15c
    c0: 0901188b                       add x9, x8, x24
    c4: a90af8b6                       tbz x9, #0x3f, #0x154
    c8: e20608aa                       orr x2, x23, x8, lsl #1
    cc: 620200f9                       str x2, [x19]
    d0: e00316aa                       mov x0, x22
    d4: 00000094                       bl #0x0
        # hole +0xd4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
    d8: e0060035                       cbnz w0, #0xdc
    dc: a00240f9                       ldr x0, [x21]
    e0: c0000037                       tbnz w0, #0x0, #0x18
    e4: 080040f9                       ldr x8, [x0]
    e8: 080500f1                       subs x8, x8, #0x1
    ec: 080000f9                       str x8, [x0]
    f0: 41000054                       b.ne #0x8
    f4: 00000094                       bl #0x0
        # hole +0xf4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    f8: c8a640a9                       ldp x8, x9, [x22, #0x8]
    fc: 08050091                       add x8, x8, #0x1
   100: c80600f9                       str x8, [x22, #0x8]
   104: 1f0109eb                       cmp x8, x9
   108: ea060054                       b.ge #0xdc
   10c: c80240f9                       ldr x8, [x22]
   110: 08f8ffb4                       cbz x8, #-0x100
   114: 36000014                       b #0xd8
   118: 00000094                       bl #0x0
        # hole +0x118: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   11c: 880e40f9                       ldr x8, [x20, #0x18]
   120: 010140f9                       ldr x1, [x8]
   124: e1fa0737                       tbnz w1, #0x0, #-0xa4
   128: 290040f9                       ldr x9, [x1]
   12c: 29050091                       add x9, x9, #0x1
   130: 290000f9                       str x9, [x1]
   134: a10200f9                       str x1, [x21]
   138: 090540f9                       ldr x9, [x8, #0x8]
   13c: 89fa0737                       tbnz w9, #0x0, #-0xb0
   140: 2a0140f9                       ldr x10, [x9]
   144: 4a050091                       add x10, x10, #0x1
   148: 2a0100f9                       str x10, [x9]
   14c: 690200f9                       str x9, [x19]
   150: 080540f9                       ldr x8, [x8, #0x8]
   154: 28fa0736                       tbz w8, #0x0, #-0xbc
   158: d3ffff17                       b #-0xb4
   15c: 08000090                       adrp x8, #0
        # hole +0x15c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   160: 080140f9                       ldr x8, [x8]
        # hole +0x160: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   164: 04050091                       add x4, x8, #0x1
   168: 23008052                       mov w3, #0x1
   16c: 45018052                       mov w5, #0xa
   170: e00314aa                       mov x0, x20
   174: e10315aa                       mov x1, x21
   178: e20316aa                       mov x2, x22
   17c: 00000094                       bl #0x0
        # hole +0x17c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   180: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   184: c0035fd6                       ret
   188: 08000090                       adrp x8, #0
        # hole +0x188: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   18c: 080140f9                       ldr x8, [x8]
        # hole +0x18c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   190: 04090091                       add x4, x8, #0x2
   194: 43008052                       mov w3, #0x2
   198: 85028052                       mov w5, #0x14
   19c: e00314aa                       mov x0, x20
   1a0: e10315aa                       mov x1, x21
   1a4: e20316aa                       mov x2, x22
   1a8: 00000094                       bl #0x0
        # hole +0x1a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1ac: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1b0: c0035fd6                       ret
   1b4: 08000090                       adrp x8, #0
        # hole +0x1b4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1b8: 080140f9                       ldr x8, [x8]
        # hole +0x1b8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1bc: 04250091                       add x4, x8, #0x9
   1c0: 63008052                       mov w3, #0x3
   1c4: 450b8052                       mov w5, #0x5a
   1c8: f50313aa                       mov x21, x19
   1cc: e00314aa                       mov x0, x20
   1d0: e10315aa                       mov x1, x21
   1d4: e20316aa                       mov x2, x22
   1d8: 00000094                       bl #0x0
        # hole +0x1d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1dc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e0: c0035fd6                       ret
   1e4: 28008052                       mov w8, #0x1
   1e8: c80200f9                       str x8, [x22]
   1ec: 08000090                       adrp x8, #0
        # hole +0x1ec: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1f0: 080140f9                       ldr x8, [x8]
        # hole +0x1f0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1f4: 042d0091                       add x4, x8, #0xb
   1f8: 43008052                       mov w3, #0x2
   1fc: c50d8052                       mov w5, #0x6e
   200: e00314aa                       mov x0, x20
   204: e10315aa                       mov x1, x21
   208: e20316aa                       mov x2, x22
   20c: 00000094                       bl #0x0
        # hole +0x20c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   210: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   214: c0035fd6                       ret
   218: b5620091                       add x21, x21, #0x18
   21c: 08000090                       adrp x8, #0
        # hole +0x21c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   220: 080140f9                       ldr x8, [x8]
        # hole +0x220: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   224: 04210091                       add x4, x8, #0x8
   228: 23008052                       mov w3, #0x1
   22c: 050a8052                       mov w5, #0x50
   230: e00314aa                       mov x0, x20
   234: e10315aa                       mov x1, x21
   238: e20316aa                       mov x2, x22
   23c: 00000094                       bl #0x0
        # hole +0x23c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   240: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   244: c0035fd6                       ret
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
