# stencil nested_outer for aarch64-apple-darwin: 504 code bytes, 16 data bytes, 21 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: a8825ff8                       ldur x8, [x21, #-0x8]
     8: 080c0037                       tbnz w8, #0x0, #0x180
     c: 090940b9                       ldr w9, [x8, #0x8]
    10: 3f110071                       cmp w9, #0x4
    14: a10b0054                       b.ne #0x174
    18: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    1c: 091940f9                       ldr x9, [x8, #0x30]
    20: 5f0500f1                       cmp x10, #0x1
    24: cb030054                       b.lt #0x78
    28: 3f010beb                       cmp x9, x11
    2c: ca030054                       b.ge #0x78
    30: 2a010a8b                       add x10, x9, x10
    34: 0a1900f9                       str x10, [x8, #0x30]
    38: 28008052                       mov w8, #0x1
    3c: 080509aa                       orr x8, x8, x9, lsl #1
    40: a80200f9                       str x8, [x21]
    44: 890e40f9                       ldr x9, [x20, #0x18]
    48: 200540f9                       ldr x0, [x9, #0x8]
    4c: 280500f9                       str x8, [x9, #0x8]
    50: a0000037                       tbnz w0, #0x0, #0x14
    54: 080040f9                       ldr x8, [x0]
    58: 080500f1                       subs x8, x8, #0x1
    5c: 080000f9                       str x8, [x0]
    60: 80030054                       b.eq #0x70
    64: 13000090                       adrp x19, #0
        # hole +0x64: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    68: 730240f9                       ldr x19, [x19]
        # hole +0x68: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    6c: b3030037                       tbnz w19, #0x0, #0x74
    70: 680240f9                       ldr x8, [x19]
    74: 08050091                       add x8, x8, #0x1
    78: 680200f9                       str x8, [x19]
    7c: f70315aa                       mov x23, x21
    80: f38600f8                       str x19, [x23], #0x8
    84: 880e40f9                       ldr x8, [x20, #0x18]
    88: 080d40f9                       ldr x8, [x8, #0x18]
    8c: 48030036                       tbz w8, #0x0, #0x68
    90: a80600f9                       str x8, [x21, #0x8]
    94: b3030036                       tbz w19, #0x0, #0x74
    98: 47000014                       b #0x11c
    9c: 3f010beb                       cmp x9, x11
    a0: 8cfcff54                       b.gt #-0x70
    a4: 08000090                       adrp x8, #0
        # hole +0xa4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    a8: 080140f9                       ldr x8, [x8]
        # hole +0xa8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    ac: 04090091                       add x4, x8, #0x2
    b0: 43008052                       mov w3, #0x2
    b4: 85028052                       mov w5, #0x14
    b8: e00314aa                       mov x0, x20
    bc: e10315aa                       mov x1, x21
    c0: e20316aa                       mov x2, x22
    c4: 00000094                       bl #0x0
        # hole +0xc4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    c8: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    cc: c0035fd6                       ret
    d0: 00000094                       bl #0x0
        # hole +0xd0: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    d4: 13000090                       adrp x19, #0
        # hole +0xd4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    d8: 730240f9                       ldr x19, [x19]
        # hole +0xd8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    dc: b3fc0736                       tbz w19, #0x0, #-0x6c
    e0: f70315aa                       mov x23, x21
    e4: f38600f8                       str x19, [x23], #0x8
    e8: 880e40f9                       ldr x8, [x20, #0x18]
    ec: 080d40f9                       ldr x8, [x8, #0x18]
    f0: 08fd0737                       tbnz w8, #0x0, #-0x60
    f4: 090140f9                       ldr x9, [x8]
    f8: 29050091                       add x9, x9, #0x1
    fc: 090100f9                       str x9, [x8]
   100: a80600f9                       str x8, [x21, #0x8]
   104: 93050037                       tbnz w19, #0x0, #0xb0
   108: 680a40b9                       ldr w8, [x19, #0x8]
   10c: 1f210071                       cmp w8, #0x8
   110: 21050054                       b.ne #0xa4
   114: 681e40f9                       ldr x8, [x19, #0x38]
   118: e00316aa                       mov x0, x22
   11c: e10317aa                       mov x1, x23
   120: 22008052                       mov w2, #0x1
   124: 00013fd6                       blr x8
   128: f80300aa                       mov x24, x0
   12c: e00240f9                       ldr x0, [x23]
   130: a0000037                       tbnz w0, #0x0, #0x14
   134: 080040f9                       ldr x8, [x0]
   138: 080500f1                       subs x8, x8, #0x1
   13c: 080000f9                       str x8, [x0]
   140: 80010054                       b.eq #0x30
   144: 680240f9                       ldr x8, [x19]
   148: 080500f1                       subs x8, x8, #0x1
   14c: 680200f9                       str x8, [x19]
   150: 61000054                       b.ne #0xc
   154: e00313aa                       mov x0, x19
   158: 00000094                       bl #0x0
        # hole +0x158: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   15c: 580400b4                       cbz x24, #0x88
   160: b80200f9                       str x24, [x21]
   164: f50317aa                       mov x21, x23
   168: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   16c: 00000014                       b #0x0
        # hole +0x16c: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[8]+0
   170: 00000094                       bl #0x0
        # hole +0x170: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   174: 680240f9                       ldr x8, [x19]
   178: 080500f1                       subs x8, x8, #0x1
   17c: 680200f9                       str x8, [x19]
   180: e1feff54                       b.ne #-0x24
   184: f4ffff17                       b #-0x30
   188: 08000090                       adrp x8, #0
        # hole +0x188: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   18c: 080140f9                       ldr x8, [x8]
        # hole +0x18c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   190: 04050091                       add x4, x8, #0x1
   194: 23008052                       mov w3, #0x1
   198: 45018052                       mov w5, #0xa
   19c: e00314aa                       mov x0, x20
   1a0: e10315aa                       mov x1, x21
   1a4: e20316aa                       mov x2, x22
   1a8: 00000094                       bl #0x0
        # hole +0x1a8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1ac: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1b0: c0035fd6                       ret
   1b4: b5420091                       add x21, x21, #0x10
   1b8: 08000090                       adrp x8, #0
        # hole +0x1b8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1bc: 080140f9                       ldr x8, [x8]
        # hole +0x1bc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1c0: 041d0091                       add x4, x8, #0x7
   1c4: 23008052                       mov w3, #0x1
   1c8: c5088052                       mov w5, #0x46
   1cc: e00314aa                       mov x0, x20
   1d0: e10315aa                       mov x1, x21
   1d4: e20316aa                       mov x2, x22
   1d8: 00000094                       bl #0x0
        # hole +0x1d8: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1dc: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1e0: c0035fd6                       ret
   1e4: 08000090                       adrp x8, #0
        # hole +0x1e4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1e8: 080140f9                       ldr x8, [x8]
        # hole +0x1e8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1ec: 041d0091                       add x4, x8, #0x7
   1f0: 63008052                       mov w3, #0x3
   1f4: f5ffff17                       b #-0x2c
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[5]+0
