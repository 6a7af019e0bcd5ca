# stencil float_div_loop for aarch64-apple-darwin: 656 code bytes, 8 data bytes, 21 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 37008052                       mov w23, #0x1
     8: a8825ff8                       ldur x8, [x21, #-0x8]
     c: 280e0037                       tbnz w8, #0x0, #0x1c4
    10: 090940b9                       ldr w9, [x8, #0x8]
    14: 3f110071                       cmp w9, #0x4
    18: c10d0054                       b.ne #0x1b8
    1c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    20: 091940f9                       ldr x9, [x8, #0x30]
    24: 5f0500f1                       cmp x10, #0x1
    28: 8b000054                       b.lt #0x10
    2c: 3f010beb                       cmp x9, x11
    30: 8b000054                       b.lt #0x10
    34: 72000014                       b #0x1c8
    38: 3f010beb                       cmp x9, x11
    3c: 0d0e0054                       b.le #0x1c0
    40: 2a010a8b                       add x10, x9, x10
    44: 0a1900f9                       str x10, [x8, #0x30]
    48: e90609aa                       orr x9, x23, x9, lsl #1
    4c: a90200f9                       str x9, [x21]
    50: 880e40f9                       ldr x8, [x20, #0x18]
    54: 000940f9                       ldr x0, [x8, #0x10]
    58: 090900f9                       str x9, [x8, #0x10]
    5c: a0000037                       tbnz w0, #0x0, #0x14
    60: 090040f9                       ldr x9, [x0]
    64: 290500f1                       subs x9, x9, #0x1
    68: 090000f9                       str x9, [x0]
    6c: 20010054                       b.eq #0x24
    70: 000140f9                       ldr x0, [x8]
    74: 60010036                       tbz w0, #0x0, #0x2c
    78: a00200f9                       str x0, [x21]
    7c: 130540f9                       ldr x19, [x8, #0x8]
    80: d3010036                       tbz w19, #0x0, #0x38
    84: b30600f9                       str x19, [x21, #0x8]
    88: 20020036                       tbz w0, #0x0, #0x44
    8c: 45000014                       b #0x114
    90: 00000094                       bl #0x0
        # hole +0x90: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    94: 880e40f9                       ldr x8, [x20, #0x18]
    98: 000140f9                       ldr x0, [x8]
    9c: e0fe0737                       tbnz w0, #0x0, #-0x24
    a0: 090040f9                       ldr x9, [x0]
    a4: 29050091                       add x9, x9, #0x1
    a8: 090000f9                       str x9, [x0]
    ac: a00200f9                       str x0, [x21]
    b0: 130540f9                       ldr x19, [x8, #0x8]
    b4: 93fe0737                       tbnz w19, #0x0, #-0x30
    b8: 680240f9                       ldr x8, [x19]
    bc: 08050091                       add x8, x8, #0x1
    c0: 680200f9                       str x8, [x19]
    c4: b30600f9                       str x19, [x21, #0x8]
    c8: c0060037                       tbnz w0, #0x0, #0xd8
    cc: 68024092                       and x8, x19, #0x1
    d0: 090840b9                       ldr w9, [x0, #0x8]
    d4: 3f090071                       cmp w9, #0x2
    d8: 000940fa                       ccmp x8, #0x0, #0x0, eq
    dc: 21060054                       b.ne #0xc4
    e0: 680a40b9                       ldr w8, [x19, #0x8]
    e4: 1f090071                       cmp w8, #0x2
    e8: c1050054                       b.ne #0xb8
    ec: 081840fd                       ldr d8, [x0, #0x30]
    f0: 691a40fd                       ldr d9, [x19, #0x30]
    f4: 080040f9                       ldr x8, [x0]
    f8: 080500f1                       subs x8, x8, #0x1
    fc: 080000f9                       str x8, [x0]
   100: 00010054                       b.eq #0x20
   104: 680240f9                       ldr x8, [x19]
   108: 080500f1                       subs x8, x8, #0x1
   10c: 680200f9                       str x8, [x19]
   110: 20010054                       b.eq #0x24
   114: 2821601e                       fcmp d9, #0.0
   118: 61010054                       b.ne #0x2c
   11c: 43000014                       b #0x10c
   120: 00000094                       bl #0x0
        # hole +0x120: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   124: 680240f9                       ldr x8, [x19]
   128: 080500f1                       subs x8, x8, #0x1
   12c: 680200f9                       str x8, [x19]
   130: 21ffff54                       b.ne #-0x1c
   134: e00313aa                       mov x0, x19
   138: 00000094                       bl #0x0
        # hole +0x138: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   13c: 2821601e                       fcmp d9, #0.0
   140: 40070054                       b.eq #0xe8
   144: 0019691e                       fdiv d0, d8, d9
   148: e00316aa                       mov x0, x22
   14c: 00000094                       bl #0x0
        # hole +0x14c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_float_new+0
   150: 000700b4                       cbz x0, #0xe0
   154: e80300aa                       mov x8, x0
   158: a00200f9                       str x0, [x21]
   15c: 890e40f9                       ldr x9, [x20, #0x18]
   160: 200140f9                       ldr x0, [x9]
   164: 280100f9                       str x8, [x9]
   168: c0000037                       tbnz w0, #0x0, #0x18
   16c: 080040f9                       ldr x8, [x0]
   170: 080500f1                       subs x8, x8, #0x1
   174: 080000f9                       str x8, [x0]
   178: 41000054                       b.ne #0x8
   17c: 00000094                       bl #0x0
        # hole +0x17c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   180: c8a640a9                       ldp x8, x9, [x22, #0x8]
   184: 08050091                       add x8, x8, #0x1
   188: c80600f9                       str x8, [x22, #0x8]
   18c: 1f0109eb                       cmp x8, x9
   190: 6a060054                       b.ge #0xcc
   194: c80240f9                       ldr x8, [x22]
   198: 88f3ffb4                       cbz x8, #-0x190
   19c: 32000014                       b #0xc8
   1a0: b5420091                       add x21, x21, #0x10
   1a4: 08000090                       adrp x8, #0
        # hole +0x1a4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1a8: 080140f9                       ldr x8, [x8]
        # hole +0x1a8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1ac: 041d0091                       add x4, x8, #0x7
   1b0: 23008052                       mov w3, #0x1
   1b4: c5088052                       mov w5, #0x46
   1b8: e00314aa                       mov x0, x20
   1bc: e10315aa                       mov x1, x21
   1c0: e20316aa                       mov x2, x22
   1c4: 00000094                       bl #0x0
        # hole +0x1c4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1cc: c0035fd6                       ret
   1d0: 08000090                       adrp x8, #0
        # hole +0x1d0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1d4: 080140f9                       ldr x8, [x8]
        # hole +0x1d4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1d8: 04050091                       add x4, x8, #0x1
   1dc: 23008052                       mov w3, #0x1
   1e0: 45018052                       mov w5, #0xa
   1e4: e00314aa                       mov x0, x20
   1e8: e10315aa                       mov x1, x21
   1ec: e20316aa                       mov x2, x22
   1f0: 00000094                       bl #0x0
        # hole +0x1f0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1f4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1f8: c0035fd6                       ret
   1fc: 08000090                       adrp x8, #0
        # hole +0x1fc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   200: 080140f9                       ldr x8, [x8]
        # hole +0x200: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   204: 04090091                       add x4, x8, #0x2
   208: 43008052                       mov w3, #0x2
   20c: 85028052                       mov w5, #0x14
   210: e00314aa                       mov x0, x20
   214: e10315aa                       mov x1, x21
   218: e20316aa                       mov x2, x22
   21c: 00000094                       bl #0x0
        # hole +0x21c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   220: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   224: c0035fd6                       ret
   228: 28008052                       mov w8, #0x1
   22c: c80e00f9                       str x8, [x22, #0x18]
   230: 08000090                       adrp x8, #0
        # hole +0x230: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   234: 080140f9                       ldr x8, [x8]
        # hole +0x234: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   238: 04210091                       add x4, x8, #0x8
   23c: 63008052                       mov w3, #0x3
   240: 050a8052                       mov w5, #0x50
   244: e00314aa                       mov x0, x20
   248: e10315aa                       mov x1, x21
   24c: e20316aa                       mov x2, x22
   250: 00000094                       bl #0x0
        # hole +0x250: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   254: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   258: c0035fd6                       ret
   25c: 28008052                       mov w8, #0x1
   260: c80200f9                       str x8, [x22]
   264: 08000090                       adrp x8, #0
        # hole +0x264: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   268: 080140f9                       ldr x8, [x8]
        # hole +0x268: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   26c: 04290091                       add x4, x8, #0xa
   270: 43008052                       mov w3, #0x2
   274: 850c8052                       mov w5, #0x64
   278: e00314aa                       mov x0, x20
   27c: e10315aa                       mov x1, x21
   280: e20316aa                       mov x2, x22
   284: 00000094                       bl #0x0
        # hole +0x284: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   288: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   28c: c0035fd6                       ret
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
