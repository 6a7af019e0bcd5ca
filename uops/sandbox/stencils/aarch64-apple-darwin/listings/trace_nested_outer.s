# stencil nested_outer for aarch64-apple-darwin: 452 code bytes, 8 data bytes, 10 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: f30080d2                       mov x19, #0x7
     8: d300c0f2                       movk x19, #0x6, lsl #32
     c: a9825ff8                       ldur x9, [x21, #-0x8]
    10: 681a00d1                       sub x8, x19, #0x6
    14: 690b0037                       tbnz w9, #0x0, #0x16c
    18: 2a0940b9                       ldr w10, [x9, #0x8]
    1c: 5f110071                       cmp w10, #0x4
    20: 010b0054                       b.ne #0x160
    24: 2ba943a9                       ldp x11, x10, [x9, #0x38]
    28: 281940f9                       ldr x8, [x9, #0x30]
    2c: 5f0500f1                       cmp x10, #0x1
    30: 8b030054                       b.lt #0x70
    34: 1f010beb                       cmp x8, x11
    38: 8a030054                       b.ge #0x70
    3c: 0a010a8b                       add x10, x8, x10
    40: 2a1900f9                       str x10, [x9, #0x30]
    44: 29008052                       mov w9, #0x1
    48: 280508aa                       orr x8, x9, x8, lsl #1
    4c: a80200f9                       str x8, [x21]
    50: 890e40f9                       ldr x9, [x20, #0x18]
    54: 200540f9                       ldr x0, [x9, #0x8]
    58: 280500f9                       str x8, [x9, #0x8]
    5c: a0000037                       tbnz w0, #0x0, #0x14
    60: 080040f9                       ldr x8, [x0]
    64: 080500f1                       subs x8, x8, #0x1
    68: 080000f9                       str x8, [x0]
    6c: 60020054                       b.eq #0x4c
    70: 17000090                       adrp x23, #0
        # hole +0x70: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    74: f70240f9                       ldr x23, [x23]
        # hole +0x74: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    78: 97020036                       tbz w23, #0x0, #0x50
    7c: f80315aa                       mov x24, x21
    80: 178700f8                       str x23, [x24], #0x8
    84: 880e40f9                       ldr x8, [x20, #0x18]
    88: 090d40f9                       ldr x9, [x8, #0x18]
    8c: e9020036                       tbz w9, #0x0, #0x5c
    90: a8420091                       add x8, x21, #0x10
    94: a90600f9                       str x9, [x21, #0x8]
    98: 57030036                       tbz w23, #0x0, #0x68
    9c: 3d000014                       b #0xf4
    a0: 1f010beb                       cmp x8, x11
    a4: ccfcff54                       b.gt #-0x68
    a8: 731600d1                       sub x19, x19, #0x5
    ac: 43008052                       mov w3, #0x2
    b0: 85028052                       mov w5, #0x14
    b4: 3a000014                       b #0xe8
    b8: 00000094                       bl #0x0
        # hole +0xb8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    bc: 17000090                       adrp x23, #0
        # hole +0xbc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    c0: f70240f9                       ldr x23, [x23]
        # hole +0xc0: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    c4: d7fd0737                       tbnz w23, #0x0, #-0x48
    c8: e80240f9                       ldr x8, [x23]
    cc: 08050091                       add x8, x8, #0x1
    d0: e80200f9                       str x8, [x23]
    d4: f80315aa                       mov x24, x21
    d8: 178700f8                       str x23, [x24], #0x8
    dc: 880e40f9                       ldr x8, [x20, #0x18]
    e0: 090d40f9                       ldr x9, [x8, #0x18]
    e4: 69fd0737                       tbnz w9, #0x0, #-0x54
    e8: 280140f9                       ldr x8, [x9]
    ec: 08050091                       add x8, x8, #0x1
    f0: 280100f9                       str x8, [x9]
    f4: a8420091                       add x8, x21, #0x10
    f8: a90600f9                       str x9, [x21, #0x8]
    fc: b7040037                       tbnz w23, #0x0, #0x94
   100: e90a40b9                       ldr w9, [x23, #0x8]
   104: 3f210071                       cmp w9, #0x8
   108: 41040054                       b.ne #0x88
   10c: e81e40f9                       ldr x8, [x23, #0x38]
   110: e00316aa                       mov x0, x22
   114: e10318aa                       mov x1, x24
   118: 22008052                       mov w2, #0x1
   11c: 00013fd6                       blr x8
   120: f90300aa                       mov x25, x0
   124: 000340f9                       ldr x0, [x24]
   128: a0000037                       tbnz w0, #0x0, #0x14
   12c: 080040f9                       ldr x8, [x0]
   130: 080500f1                       subs x8, x8, #0x1
   134: 080000f9                       str x8, [x0]
   138: 80010054                       b.eq #0x30
   13c: e80240f9                       ldr x8, [x23]
   140: 080500f1                       subs x8, x8, #0x1
   144: e80200f9                       str x8, [x23]
   148: 61000054                       b.ne #0xc
   14c: e00317aa                       mov x0, x23
   150: 00000094                       bl #0x0
        # hole +0x150: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   154: 390300b4                       cbz x25, #0x64
   158: b90200f9                       str x25, [x21]
   15c: f50318aa                       mov x21, x24
   160: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   164: 00000014                       b #0x0
        # hole +0x164: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[8]+0
   168: 00000094                       bl #0x0
        # hole +0x168: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   16c: e80240f9                       ldr x8, [x23]
   170: 080500f1                       subs x8, x8, #0x1
   174: e80200f9                       str x8, [x23]
   178: e1feff54                       b.ne #-0x24
   17c: f4ffff17                       b #-0x30
   180: 23008052                       mov w3, #0x1
   184: 45018052                       mov w5, #0xa
   188: f30308aa                       mov x19, x8
   18c: 04000014                       b #0x10
   190: 23008052                       mov w3, #0x1
   194: c5088052                       mov w5, #0x46
   198: f50308aa                       mov x21, x8
   19c: e00314aa                       mov x0, x20
   1a0: e10315aa                       mov x1, x21
   1a4: e20316aa                       mov x2, x22
   1a8: e40313aa                       mov x4, x19
   1ac: 00000094                       bl #0x0
        # hole +0x1ac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1b0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1b4: c0035fd6                       ret
   1b8: 63008052                       mov w3, #0x3
   1bc: c5088052                       mov w5, #0x46
   1c0: f7ffff17                       b #-0x24
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[5]+0
