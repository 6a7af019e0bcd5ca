# stencil sum_range for aarch64-apple-darwin: 540 code bytes, 8 data bytes, 18 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 33008052                       mov w19, #0x1
     8: 1700f8d2                       mov x23, #-0x4000000000000000
     c: a8825ff8                       ldur x8, [x21, #-0x8]
    10: 880a0037                       tbnz w8, #0x0, #0x150
    14: 090940b9                       ldr w9, [x8, #0x8]
    18: 3f110071                       cmp w9, #0x4
    1c: 210a0054                       b.ne #0x144
    20: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    24: 091940f9                       ldr x9, [x8, #0x30]
    28: 5f0500f1                       cmp x10, #0x1
    2c: 8b000054                       b.lt #0x10
    30: 3f010beb                       cmp x9, x11
    34: 8b000054                       b.lt #0x10
    38: 55000014                       b #0x154
    3c: 3f010beb                       cmp x9, x11
    40: 6d0a0054                       b.le #0x14c
    44: 2a010a8b                       add x10, x9, x10
    48: 0a1900f9                       str x10, [x8, #0x30]
    4c: 690609aa                       orr x9, x19, x9, lsl #1
    50: a90200f9                       str x9, [x21]
    54: 880e40f9                       ldr x8, [x20, #0x18]
    58: 000540f9                       ldr x0, [x8, #0x8]
    5c: 090500f9                       str x9, [x8, #0x8]
    60: a0000037                       tbnz w0, #0x0, #0x14
    64: 090040f9                       ldr x9, [x0]
    68: 290500f1                       subs x9, x9, #0x1
    6c: 090000f9                       str x9, [x0]
    70: 40010054                       b.eq #0x28
    74: 090140f9                       ldr x9, [x8]
    78: 89010036                       tbz w9, #0x0, #0x30
    7c: a90200f9                       str x9, [x21]
    80: 0a0540f9                       ldr x10, [x8, #0x8]
    84: ea010036                       tbz w10, #0x0, #0x3c
    88: aa0600f9                       str x10, [x21, #0x8]
    8c: 2b010a0a                       and w11, w9, w10
    90: 0b050036                       tbz w11, #0x0, #0xa0
    94: 11000014                       b #0x44
    98: 00000094                       bl #0x0
        # hole +0x98: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 880e40f9                       ldr x8, [x20, #0x18]
    a0: 090140f9                       ldr x9, [x8]
    a4: c9fe0737                       tbnz w9, #0x0, #-0x28
    a8: 2a0140f9                       ldr x10, [x9]
    ac: 4a050091                       add x10, x10, #0x1
    b0: 2a0100f9                       str x10, [x9]
    b4: a90200f9                       str x9, [x21]
    b8: 0a0540f9                       ldr x10, [x8, #0x8]
    bc: 6afe0737                       tbnz w10, #0x0, #-0x34
    c0: 4b0140f9                       ldr x11, [x10]
    c4: 6b050091                       add x11, x11, #0x1
    c8: 4b0100f9                       str x11, [x10]
    cc: aa0600f9                       str x10, [x21, #0x8]
    d0: 2b010a0a                       and w11, w9, w10
    d4: eb020036                       tbz w11, #0x0, #0x5c
    d8: 4afd4193                       asr x10, x10, #1
    dc: 4905898b                       add x9, x10, x9, asr #1
    e0: 3f0117ab                       cmn x9, x23
    e4: 45080054                       b.pl #0x108
    e8: 690609aa                       orr x9, x19, x9, lsl #1
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
   120: ca040054                       b.ge #0x98
   124: c80240f9                       ldr x8, [x22]
   128: 28f7ffb4                       cbz x8, #-0x11c
   12c: 25000014                       b #0x94
   130: b5420091                       add x21, x21, #0x10
   134: 08000090                       adrp x8, #0
        # hole +0x134: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   138: 080140f9                       ldr x8, [x8]
        # hole +0x138: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   13c: 041d0091                       add x4, x8, #0x7
   140: 23008052                       mov w3, #0x1
   144: c5088052                       mov w5, #0x46
   148: e00314aa                       mov x0, x20
   14c: e10315aa                       mov x1, x21
   150: e20316aa                       mov x2, x22
   154: 00000094                       bl #0x0
        # hole +0x154: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   158: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   15c: c0035fd6                       ret
   160: 08000090                       adrp x8, #0
        # hole +0x160: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   164: 080140f9                       ldr x8, [x8]
        # hole +0x164: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   168: 04050091                       add x4, x8, #0x1
   16c: 23008052                       mov w3, #0x1
   170: 45018052                       mov w5, #0xa
   174: e00314aa                       mov x0, x20
   178: e10315aa                       mov x1, x21
   17c: e20316aa                       mov x2, x22
   180: 00000094                       bl #0x0
        # hole +0x180: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   184: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   188: c0035fd6                       ret
   18c: 08000090                       adrp x8, #0
        # hole +0x18c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   190: 080140f9                       ldr x8, [x8]
        # hole +0x190: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   194: 04090091                       add x4, x8, #0x2
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
   1c0: 08000090                       adrp x8, #0
        # hole +0x1c0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1c4: 080140f9                       ldr x8, [x8]
        # hole +0x1c4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1c8: 04290091                       add x4, x8, #0xa
   1cc: 43008052                       mov w3, #0x2
   1d0: 850c8052                       mov w5, #0x64
   1d4: e00314aa                       mov x0, x20
   1d8: e10315aa                       mov x1, x21
   1dc: e20316aa                       mov x2, x22
   1e0: 00000094                       bl #0x0
        # hole +0x1e0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1e4: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e8: c0035fd6                       ret
   1ec: b5420091                       add x21, x21, #0x10
   1f0: 08000090                       adrp x8, #0
        # hole +0x1f0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1f4: 080140f9                       ldr x8, [x8]
        # hole +0x1f4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1f8: 04210091                       add x4, x8, #0x8
   1fc: 23008052                       mov w3, #0x1
   200: 050a8052                       mov w5, #0x50
   204: e00314aa                       mov x0, x20
   208: e10315aa                       mov x1, x21
   20c: e20316aa                       mov x2, x22
   210: 00000094                       bl #0x0
        # hole +0x210: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   214: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   218: c0035fd6                       ret
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
