# stencil nested_inner for aarch64-apple-darwin: 536 code bytes, 8 data bytes, 7 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: b8420091                       add x24, x21, #0x10
     8: 53018052                       mov w19, #0xa
     c: 39008052                       mov w25, #0x1
    10: 1a00f8d2                       mov x26, #-0x4000000000000000
    14: 37018052                       mov w23, #0x9
    18: a8825ff8                       ldur x8, [x21, #-0x8]
    1c: 280b0037                       tbnz w8, #0x0, #0x164
    20: 090940b9                       ldr w9, [x8, #0x8]
    24: 3f110071                       cmp w9, #0x4
    28: 210b0054                       b.ne #0x164
    2c: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    30: 091940f9                       ldr x9, [x8, #0x30]
    34: 5f0500f1                       cmp x10, #0x1
    38: 8b000054                       b.lt #0x10
    3c: 3f010beb                       cmp x9, x11
    40: 8b000054                       b.lt #0x10
    44: 4d000014                       b #0x134
    48: 3f010beb                       cmp x9, x11
    4c: 6d090054                       b.le #0x12c
    50: 2a010a8b                       add x10, x9, x10
    54: 0a1900f9                       str x10, [x8, #0x30]
    58: 290709aa                       orr x9, x25, x9, lsl #1
    5c: a90200f9                       str x9, [x21]
    60: 880e40f9                       ldr x8, [x20, #0x18]
    64: 000940f9                       ldr x0, [x8, #0x10]
    68: 090900f9                       str x9, [x8, #0x10]
    6c: a0000037                       tbnz w0, #0x0, #0x14
    70: 090040f9                       ldr x9, [x0]
    74: 290500f1                       subs x9, x9, #0x1
    78: 090000f9                       str x9, [x0]
    7c: c0050054                       b.eq #0xb8
    80: 090140f9                       ldr x9, [x8]
    84: 09060036                       tbz w9, #0x0, #0xc0
    88: a90200f9                       str x9, [x21]
    8c: 0a0540f9                       ldr x10, [x8, #0x8]
    90: 6a060036                       tbz w10, #0x0, #0xcc
    94: aa0600f9                       str x10, [x21, #0x8]
    98: 0b0940f9                       ldr x11, [x8, #0x10]
    9c: 8b000037                       tbnz w11, #0x0, #0x10
    a0: 6c0140f9                       ldr x12, [x11]
    a4: 8c050091                       add x12, x12, #0x1
    a8: 6c0100f9                       str x12, [x11]
    ac: 0b0300f9                       str x11, [x24]
    b0: 4cfd4193                       asr x12, x10, #1
    b4: 6bfd4193                       asr x11, x11, #1
    b8: 8a7d0b9b                       mul x10, x12, x11
    bc: 8b7d4b9b                       smulh x11, x12, x11
    c0: 7ffd8aeb                       cmp x11, x10, asr #63
    c4: 01090054                       b.ne #0x120
    c8: 4b011a8b                       add x11, x10, x26
    cc: cb08f8b6                       tbz x11, #0x3f, #0x118
    d0: 23008052                       mov w3, #0x1
    d4: 6b040aaa                       orr x11, x3, x10, lsl #1
    d8: ab0600f9                       str x11, [x21, #0x8]
    dc: e9080036                       tbz w9, #0x0, #0x11c
    e0: 4905898b                       add x9, x10, x9, asr #1
    e4: 3f011aab                       cmn x9, x26
    e8: e5080054                       b.pl #0x11c
    ec: 290709aa                       orr x9, x25, x9, lsl #1
    f0: a90200f9                       str x9, [x21]
    f4: 000140f9                       ldr x0, [x8]
    f8: 090100f9                       str x9, [x8]
    fc: c0000037                       tbnz w0, #0x0, #0x18
   100: 080040f9                       ldr x8, [x0]
   104: 080500f1                       subs x8, x8, #0x1
   108: 080000f9                       str x8, [x0]
   10c: 41000054                       b.ne #0x8
   110: 00000094                       bl #0x0
        # hole +0x110: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   114: c80240f9                       ldr x8, [x22]
   118: 080400b5                       cbnz x8, #0x80
   11c: c8a640a9                       ldp x8, x9, [x22, #0x8]
   120: 08050091                       add x8, x8, #0x1
   124: c80600f9                       str x8, [x22, #0x8]
   128: 1f0109eb                       cmp x8, x9
   12c: 6bf7ff54                       b.lt #-0x114
   130: 1e000014                       b #0x78
   134: 00000094                       bl #0x0
        # hole +0x134: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   138: 880e40f9                       ldr x8, [x20, #0x18]
   13c: 090140f9                       ldr x9, [x8]
   140: 49fa0737                       tbnz w9, #0x0, #-0xb8
   144: 2a0140f9                       ldr x10, [x9]
   148: 4a050091                       add x10, x10, #0x1
   14c: 2a0100f9                       str x10, [x9]
   150: a90200f9                       str x9, [x21]
   154: 0a0540f9                       ldr x10, [x8, #0x8]
   158: eaf90737                       tbnz w10, #0x0, #-0xc4
   15c: 4b0140f9                       ldr x11, [x10]
   160: 6b050091                       add x11, x11, #0x1
   164: 4b0100f9                       str x11, [x10]
   168: aa0600f9                       str x10, [x21, #0x8]
   16c: 0b0940f9                       ldr x11, [x8, #0x10]
   170: 8bf90736                       tbz w11, #0x0, #-0xd0
   174: ceffff17                       b #-0xc8
   178: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   17c: 00000014                       b #0x0
        # hole +0x17c: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[2]+0
   180: 23008052                       mov w3, #0x1
   184: 37008052                       mov w23, #0x1
   188: 0d000014                       b #0x34
   18c: 37008052                       mov w23, #0x1
   190: e30317aa                       mov x3, x23
   194: 0a000014                       b #0x28
   198: 43008052                       mov w3, #0x2
   19c: 97018052                       mov w23, #0xc
   1a0: 130f8052                       mov w19, #0x78
   1a4: 06000014                       b #0x18
   1a8: 28008052                       mov w8, #0x1
   1ac: c80200f9                       str x8, [x22]
   1b0: 43008052                       mov w3, #0x2
   1b4: 53108052                       mov w19, #0x82
   1b8: b7018052                       mov w23, #0xd
   1bc: 08000090                       adrp x8, #0
        # hole +0x1bc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1c0: 080140f9                       ldr x8, [x8]
        # hole +0x1c0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1c4: 0401178b                       add x4, x8, x23
   1c8: e00314aa                       mov x0, x20
   1cc: e10315aa                       mov x1, x21
   1d0: e20316aa                       mov x2, x22
   1d4: e50313aa                       mov x5, x19
   1d8: 00000094                       bl #0x0
        # hole +0x1d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1dc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e0: c0035fd6                       ret
   1e4: b5620091                       add x21, x21, #0x18
   1e8: 23008052                       mov w3, #0x1
   1ec: 130a8052                       mov w19, #0x50
   1f0: 17018052                       mov w23, #0x8
   1f4: f2ffff17                       b #-0x38
   1f8: f50318aa                       mov x21, x24
   1fc: 530b8052                       mov w19, #0x5a
   200: efffff17                       b #-0x44
   204: 23008052                       mov w3, #0x1
   208: f50318aa                       mov x21, x24
   20c: 57018052                       mov w23, #0xa
   210: 930c8052                       mov w19, #0x64
   214: eaffff17                       b #-0x58
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
