# stencil list_build for aarch64-apple-darwin: 508 code bytes, 8 data bytes, 7 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b8220091                       add x24, x21, #0x8
     8: 53018052                       mov w19, #0xa
     c: 39008052                       mov w25, #0x1
    10: 1a00f8d2                       mov x26, #-0x4000000000000000
    14: 37018052                       mov w23, #0x9
    18: a8825ff8                       ldur x8, [x21, #-0x8]
    1c: 480a0037                       tbnz w8, #0x0, #0x148
    20: 090940b9                       ldr w9, [x8, #0x8]
    24: 3f110071                       cmp w9, #0x4
    28: 410a0054                       b.ne #0x148
    2c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    30: 091940f9                       ldr x9, [x8, #0x30]
    34: 5f0500f1                       cmp x10, #0x1
    38: 8b000054                       b.lt #0x10
    3c: 3f010beb                       cmp x9, x11
    40: 8b000054                       b.lt #0x10
    44: 4e000014                       b #0x138
    48: 3f010beb                       cmp x9, x11
    4c: 8d090054                       b.le #0x130
    50: 2a010a8b                       add x10, x9, x10
    54: 0a1900f9                       str x10, [x8, #0x30]
    58: 290709aa                       orr x9, x25, x9, lsl #1
    5c: a90200f9                       str x9, [x21]
    60: 880e40f9                       ldr x8, [x20, #0x18]
    64: 000540f9                       ldr x0, [x8, #0x8]
    68: 090500f9                       str x9, [x8, #0x8]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 090040f9                       ldr x9, [x0]
    74: 290500f1                       subs x9, x9, #0x1
    78: 090000f9                       str x9, [x0]
    7c: 20050054                       b.eq #0xa4
    80: 010140f9                       ldr x1, [x8]
    84: 61050036                       tbz w1, #0x0, #0xac
    88: a10200f9                       str x1, [x21]
    8c: 090540f9                       ldr x9, [x8, #0x8]
    90: c9050036                       tbz w9, #0x0, #0xb8
    94: 090300f9                       str x9, [x24]
    98: 080540f9                       ldr x8, [x8, #0x8]
    9c: 88000037                       tbnz w8, #0x0, #0x10
    a0: 0a0140f9                       ldr x10, [x8]
    a4: 4a050091                       add x10, x10, #0x1
    a8: 0a0100f9                       str x10, [x8]
    ac: a80a00f9                       str x8, [x21, #0x10]
    b0: 29fd4193                       asr x9, x9, #1
    b4: 0afd4193                       asr x10, x8, #1
    b8: 287d0a9b                       mul x8, x9, x10
    bc: 297d4a9b                       smulh x9, x9, x10
    c0: 3ffd88eb                       cmp x9, x8, asr #63
    c4: 21090054                       b.ne #0x124
    c8: 09011a8b                       add x9, x8, x26
    cc: e908f8b6                       tbz x9, #0x3f, #0x11c
    d0: 220708aa                       orr x2, x25, x8, lsl #1
    d4: 020300f9                       str x2, [x24]
    d8: e00316aa                       mov x0, x22
    dc: 00000094                       bl #0x0
        # hole +0xdc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
    e0: 60050035                       cbnz w0, #0xac
    e4: a00240f9                       ldr x0, [x21]
    e8: c0000037                       tbnz w0, #0x0, #0x18
    ec: 080040f9                       ldr x8, [x0]
    f0: 080500f1                       subs x8, x8, #0x1
    f4: 080000f9                       str x8, [x0]
    f8: 41000054                       b.ne #0x8
    fc: 00000094                       bl #0x0
        # hole +0xfc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   100: c8a640a9                       ldp x8, x9, [x22, #0x8]
   104: 08050091                       add x8, x8, #0x1
   108: c80600f9                       str x8, [x22, #0x8]
   10c: 1f0109eb                       cmp x8, x9
   110: 6a040054                       b.ge #0x8c
   114: c80240f9                       ldr x8, [x22]
   118: 08f8ffb4                       cbz x8, #-0x100
   11c: 26000014                       b #0x98
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 880e40f9                       ldr x8, [x20, #0x18]
   128: 010140f9                       ldr x1, [x8]
   12c: e1fa0737                       tbnz w1, #0x0, #-0xa4
   130: 290040f9                       ldr x9, [x1]
   134: 29050091                       add x9, x9, #0x1
   138: 290000f9                       str x9, [x1]
   13c: a10200f9                       str x1, [x21]
   140: 090540f9                       ldr x9, [x8, #0x8]
   144: 89fa0737                       tbnz w9, #0x0, #-0xb0
   148: 2a0140f9                       ldr x10, [x9]
   14c: 4a050091                       add x10, x10, #0x1
   150: 2a0100f9                       str x10, [x9]
   154: 090300f9                       str x9, [x24]
   158: 080540f9                       ldr x8, [x8, #0x8]
   15c: 28fa0736                       tbz w8, #0x0, #-0xbc
   160: d3ffff17                       b #-0xb4
   164: 23008052                       mov w3, #0x1
   168: 37008052                       mov w23, #0x1
   16c: 15000014                       b #0x54
   170: 37008052                       mov w23, #0x1
   174: e30317aa                       mov x3, x23
   178: 12000014                       b #0x48
   17c: 57008052                       mov w23, #0x2
   180: e30317aa                       mov x3, x23
   184: 93028052                       mov w19, #0x14
   188: 0e000014                       b #0x38
   18c: 63008052                       mov w3, #0x3
   190: f50318aa                       mov x21, x24
   194: 530b8052                       mov w19, #0x5a
   198: 0a000014                       b #0x28
   19c: 28008052                       mov w8, #0x1
   1a0: c80200f9                       str x8, [x22]
   1a4: 43008052                       mov w3, #0x2
   1a8: d30d8052                       mov w19, #0x6e
   1ac: 77018052                       mov w23, #0xb
   1b0: 04000014                       b #0x10
   1b4: 43008052                       mov w3, #0x2
   1b8: 77018052                       mov w23, #0xb
   1bc: d30d8052                       mov w19, #0x6e
   1c0: 08000090                       adrp x8, #0
        # hole +0x1c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1c4: 080140f9                       ldr x8, [x8]
        # hole +0x1c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1c8: 0401178b                       add x4, x8, x23
   1cc: e00314aa                       mov x0, x20
   1d0: e10315aa                       mov x1, x21
   1d4: e20316aa                       mov x2, x22
   1d8: e50313aa                       mov x5, x19
   1dc: 00000094                       bl #0x0
        # hole +0x1dc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e4: c0035fd6                       ret
   1e8: b5620091                       add x21, x21, #0x18
   1ec: 23008052                       mov w3, #0x1
   1f0: 130a8052                       mov w19, #0x50
   1f4: 17018052                       mov w23, #0x8
   1f8: f2ffff17                       b #-0x38
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
