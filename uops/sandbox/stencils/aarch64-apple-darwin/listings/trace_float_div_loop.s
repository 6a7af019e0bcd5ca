# stencil float_div_loop for aarch64-apple-darwin: 588 code bytes, 8 data bytes, 9 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 53018052                       mov w19, #0xa
     8: 39008052                       mov w25, #0x1
     c: 18018052                       mov w24, #0x8
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 880d0037                       tbnz w8, #0x0, #0x1b0
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 810d0054                       b.ne #0x1b0
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 68000014                       b #0x1a0
    40: 3f010beb                       cmp x9, x11
    44: cd0c0054                       b.le #0x198
    48: 2a010a8b                       add x10, x9, x10
    4c: 0a1900f9                       str x10, [x8, #0x30]
    50: 290709aa                       orr x9, x25, x9, lsl #1
    54: a90200f9                       str x9, [x21]
    58: 880e40f9                       ldr x8, [x20, #0x18]
    5c: 000940f9                       ldr x0, [x8, #0x10]
    60: 090900f9                       str x9, [x8, #0x10]
    64: a0000037                       tbnz w0, #0x0, #0x14
    68: 090040f9                       ldr x9, [x0]
    6c: 290500f1                       subs x9, x9, #0x1
    70: 090000f9                       str x9, [x0]
    74: 20010054                       b.eq #0x24
    78: 000140f9                       ldr x0, [x8]
    7c: 60010036                       tbz w0, #0x0, #0x2c
    80: a00200f9                       str x0, [x21]
    84: 170540f9                       ldr x23, [x8, #0x8]
    88: d7010036                       tbz w23, #0x0, #0x38
    8c: b70600f9                       str x23, [x21, #0x8]
    90: 20020036                       tbz w0, #0x0, #0x44
    94: 47000014                       b #0x11c
    98: 00000094                       bl #0x0
        # hole +0x98: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 880e40f9                       ldr x8, [x20, #0x18]
    a0: 000140f9                       ldr x0, [x8]
    a4: e0fe0737                       tbnz w0, #0x0, #-0x24
    a8: 090040f9                       ldr x9, [x0]
    ac: 29050091                       add x9, x9, #0x1
    b0: 090000f9                       str x9, [x0]
    b4: a00200f9                       str x0, [x21]
    b8: 170540f9                       ldr x23, [x8, #0x8]
    bc: 97fe0737                       tbnz w23, #0x0, #-0x30
    c0: e80240f9                       ldr x8, [x23]
    c4: 08050091                       add x8, x8, #0x1
    c8: e80200f9                       str x8, [x23]
    cc: b70600f9                       str x23, [x21, #0x8]
    d0: 00070037                       tbnz w0, #0x0, #0xe0
    d4: 080840b9                       ldr w8, [x0, #0x8]
    d8: 1f090071                       cmp w8, #0x2
    dc: a1060054                       b.ne #0xd4
    e0: 97060037                       tbnz w23, #0x0, #0xd0
    e4: e80a40b9                       ldr w8, [x23, #0x8]
    e8: 1f090071                       cmp w8, #0x2
    ec: 21060054                       b.ne #0xc4
    f0: 081840fd                       ldr d8, [x0, #0x30]
    f4: e91a40fd                       ldr d9, [x23, #0x30]
    f8: 080040f9                       ldr x8, [x0]
    fc: 080500f1                       subs x8, x8, #0x1
   100: 080000f9                       str x8, [x0]
   104: 00010054                       b.eq #0x20
   108: e80240f9                       ldr x8, [x23]
   10c: 080500f1                       subs x8, x8, #0x1
   110: e80200f9                       str x8, [x23]
   114: 20010054                       b.eq #0x24
   118: 2821601e                       fcmp d9, #0.0
   11c: 61010054                       b.ne #0x2c
   120: 33000014                       b #0xcc
   124: 00000094                       bl #0x0
        # hole +0x124: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   128: e80240f9                       ldr x8, [x23]
   12c: 080500f1                       subs x8, x8, #0x1
   130: e80200f9                       str x8, [x23]
   134: 21ffff54                       b.ne #-0x1c
   138: e00317aa                       mov x0, x23
   13c: 00000094                       bl #0x0
        # hole +0x13c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   140: 2821601e                       fcmp d9, #0.0
   144: 40050054                       b.eq #0xa8
   148: 0019691e                       fdiv d0, d8, d9
   14c: e00316aa                       mov x0, x22
   150: 00000094                       bl #0x0
        # hole +0x150: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   154: 600700b4                       cbz x0, #0xec
   158: e80300aa                       mov x8, x0
   15c: a00200f9                       str x0, [x21]
   160: 890e40f9                       ldr x9, [x20, #0x18]
   164: 200140f9                       ldr x0, [x9]
   168: 280100f9                       str x8, [x9]
   16c: c0000037                       tbnz w0, #0x0, #0x18
   170: 080040f9                       ldr x8, [x0]
   174: 080500f1                       subs x8, x8, #0x1
   178: 080000f9                       str x8, [x0]
   17c: 41000054                       b.ne #0x8
   180: 00000094                       bl #0x0
        # hole +0x180: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   184: c8a640a9                       ldp x8, x9, [x22, #0x8]
   188: 08050091                       add x8, x8, #0x1
   18c: c80600f9                       str x8, [x22, #0x8]
   190: 1f0109eb                       cmp x8, x9
   194: 8a030054                       b.ge #0x70
   198: c80240f9                       ldr x8, [x22]
   19c: a8f3ffb4                       cbz x8, #-0x18c
   1a0: 43008052                       mov w3, #0x2
   1a4: 58018052                       mov w24, #0xa
   1a8: 930c8052                       mov w19, #0x64
   1ac: 1b000014                       b #0x6c
   1b0: b5420091                       add x21, x21, #0x10
   1b4: 23008052                       mov w3, #0x1
   1b8: d3088052                       mov w19, #0x46
   1bc: f8008052                       mov w24, #0x7
   1c0: 16000014                       b #0x58
   1c4: 23008052                       mov w3, #0x1
   1c8: 38008052                       mov w24, #0x1
   1cc: 13000014                       b #0x4c
   1d0: 38008052                       mov w24, #0x1
   1d4: e30318aa                       mov x3, x24
   1d8: 10000014                       b #0x40
   1dc: 58008052                       mov w24, #0x2
   1e0: e30318aa                       mov x3, x24
   1e4: 93028052                       mov w19, #0x14
   1e8: 0c000014                       b #0x30
   1ec: 28008052                       mov w8, #0x1
   1f0: c80e00f9                       str x8, [x22, #0x18]
   1f4: 63008052                       mov w3, #0x3
   1f8: 130a8052                       mov w19, #0x50
   1fc: 18018052                       mov w24, #0x8
   200: 06000014                       b #0x18
   204: 28008052                       mov w8, #0x1
   208: c80200f9                       str x8, [x22]
   20c: 43008052                       mov w3, #0x2
   210: 930c8052                       mov w19, #0x64
   214: 58018052                       mov w24, #0xa
   218: 08000090                       adrp x8, #0
        # hole +0x218: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   21c: 080140f9                       ldr x8, [x8]
        # hole +0x21c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   220: 0401188b                       add x4, x8, x24
   224: e00314aa                       mov x0, x20
   228: e10315aa                       mov x1, x21
   22c: e20316aa                       mov x2, x22
   230: e50313aa                       mov x5, x19
   234: 00000094                       bl #0x0
        # hole +0x234: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   238: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   23c: c0035fd6                       ret
   240: 63008052                       mov w3, #0x3
   244: 130a8052                       mov w19, #0x50
   248: f4ffff17                       b #-0x30
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
