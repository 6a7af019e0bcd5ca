# stencil sum_range for aarch64-apple-darwin: 460 code bytes, 8 data bytes, 6 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 45018052                       mov w5, #0xa
     8: 33008052                       mov w19, #0x1
     c: 1700f8d2                       mov x23, #-0x4000000000000000
    10: a8825ff8                       ldur x8, [x21, #-0x8]
    14: 280b0037                       tbnz w8, #0x0, #0x164
    18: 090940b9                       ldr w9, [x8, #0x8]
    1c: 3f110071                       cmp w9, #0x4
    20: 010d0054                       b.ne #0x1a0
    24: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    28: 091940f9                       ldr x9, [x8, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b000054                       b.lt #0x10
    34: 3f010beb                       cmp x9, x11
    38: 8b000054                       b.lt #0x10
    3c: 52000014                       b #0x148
    40: 3f010beb                       cmp x9, x11
    44: 0d0a0054                       b.le #0x140
    48: 2a010a8b                       add x10, x9, x10
    4c: 0a1900f9                       str x10, [x8, #0x30]
    50: 690609aa                       orr x9, x19, x9, lsl #1
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
    7c: 89010036                       tbz w9, #0x0, #0x30
    80: a90200f9                       str x9, [x21]
    84: 0a0540f9                       ldr x10, [x8, #0x8]
    88: ea010036                       tbz w10, #0x0, #0x3c
    8c: aa0600f9                       str x10, [x21, #0x8]
    90: 49020037                       tbnz w9, #0x0, #0x48
    94: 2c000014                       b #0xb0
    98: 00000094                       bl #0x0
        # hole +0x98: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    9c: 45018052                       mov w5, #0xa
    a0: 880e40f9                       ldr x8, [x20, #0x18]
    a4: 090140f9                       ldr x9, [x8]
    a8: c9fe0737                       tbnz w9, #0x0, #-0x28
    ac: 2a0140f9                       ldr x10, [x9]
    b0: 4a050091                       add x10, x10, #0x1
    b4: 2a0100f9                       str x10, [x9]
    b8: a90200f9                       str x9, [x21]
    bc: 0a0540f9                       ldr x10, [x8, #0x8]
    c0: 6afe0737                       tbnz w10, #0x0, #-0x34
    c4: 4b0140f9                       ldr x11, [x10]
    c8: 6b050091                       add x11, x11, #0x1
    cc: 4b0100f9                       str x11, [x10]
    d0: aa0600f9                       str x10, [x21, #0x8]
    d4: 89030036                       tbz w9, #0x0, #0x70
    d8: 6a030036                       tbz w10, #0x0, #0x6c
    dc: 4afd4193                       asr x10, x10, #1
    e0: 4905898b                       add x9, x10, x9, asr #1
    e4: 3f0117ab                       cmn x9, x23
    e8: 25060054                       b.pl #0xc4
    ec: 690609aa                       orr x9, x19, x9, lsl #1
    f0: a90200f9                       str x9, [x21]
    f4: 000140f9                       ldr x0, [x8]
    f8: 090100f9                       str x9, [x8]
    fc: e0000037                       tbnz w0, #0x0, #0x1c
   100: 080040f9                       ldr x8, [x0]
   104: 080500f1                       subs x8, x8, #0x1
   108: 080000f9                       str x8, [x0]
   10c: 61000054                       b.ne #0xc
   110: 00000094                       bl #0x0
        # hole +0x110: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   114: 45018052                       mov w5, #0xa
   118: c8a640a9                       ldp x8, x9, [x22, #0x8]
   11c: 08050091                       add x8, x8, #0x1
   120: c80600f9                       str x8, [x22, #0x8]
   124: 1f0109eb                       cmp x8, x9
   128: 6a030054                       b.ge #0x6c
   12c: c80240f9                       ldr x8, [x22]
   130: 08f7ffb4                       cbz x8, #-0x120
   134: 43008052                       mov w3, #0x2
   138: 48018052                       mov w8, #0xa
   13c: 850c8052                       mov w5, #0x64
   140: 05000014                       b #0x14
   144: b5420091                       add x21, x21, #0x10
   148: 23008052                       mov w3, #0x1
   14c: c5088052                       mov w5, #0x46
   150: e8008052                       mov w8, #0x7
   154: 09000090                       adrp x9, #0
        # hole +0x154: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   158: 290140f9                       ldr x9, [x9]
        # hole +0x158: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   15c: 2401088b                       add x4, x9, x8
   160: e00314aa                       mov x0, x20
   164: e10315aa                       mov x1, x21
   168: e20316aa                       mov x2, x22
   16c: 00000094                       bl #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   170: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   174: c0035fd6                       ret
   178: 23008052                       mov w3, #0x1
   17c: 28008052                       mov w8, #0x1
   180: f5ffff17                       b #-0x2c
   184: 48008052                       mov w8, #0x2
   188: e30308aa                       mov x3, x8
   18c: 85028052                       mov w5, #0x14
   190: f1ffff17                       b #-0x3c
   194: 28008052                       mov w8, #0x1
   198: c80200f9                       str x8, [x22]
   19c: 43008052                       mov w3, #0x2
   1a0: 850c8052                       mov w5, #0x64
   1a4: 48018052                       mov w8, #0xa
   1a8: ebffff17                       b #-0x54
   1ac: b5420091                       add x21, x21, #0x10
   1b0: 23008052                       mov w3, #0x1
   1b4: 050a8052                       mov w5, #0x50
   1b8: 08018052                       mov w8, #0x8
   1bc: e6ffff17                       b #-0x68
   1c0: 28008052                       mov w8, #0x1
   1c4: e30308aa                       mov x3, x8
   1c8: e3ffff17                       b #-0x74
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
