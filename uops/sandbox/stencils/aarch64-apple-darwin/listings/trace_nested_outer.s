# stencil nested_outer for aarch64-apple-darwin: 472 code bytes, 16 data bytes, 13 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: a8825ff8                       ldur x8, [x21, #-0x8]
     8: 680b0037                       tbnz w8, #0x0, #0x16c
     c: 090940b9                       ldr w9, [x8, #0x8]
    10: 3f110071                       cmp w9, #0x4
    14: 810b0054                       b.ne #0x170
    18: 0ba943a9                       ldp x11, x10, [x8, #0x38]
    1c: 091940f9                       ldr x9, [x8, #0x30]
    20: 5f0500f1                       cmp x10, #0x1
    24: 8b030054                       b.lt #0x70
    28: 3f010beb                       cmp x9, x11
    2c: 8a030054                       b.ge #0x70
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
    60: 60020054                       b.eq #0x4c
    64: 13000090                       adrp x19, #0
        # hole +0x64: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    68: 730240f9                       ldr x19, [x19]
        # hole +0x68: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    6c: 93020036                       tbz w19, #0x0, #0x50
    70: f70315aa                       mov x23, x21
    74: f38600f8                       str x19, [x23], #0x8
    78: 880e40f9                       ldr x8, [x20, #0x18]
    7c: 080d40f9                       ldr x8, [x8, #0x18]
    80: e8020036                       tbz w8, #0x0, #0x5c
    84: a9420091                       add x9, x21, #0x10
    88: a80600f9                       str x8, [x21, #0x8]
    8c: 53030036                       tbz w19, #0x0, #0x68
    90: 41000014                       b #0x104
    94: 3f010beb                       cmp x9, x11
    98: ccfcff54                       b.gt #-0x68
    9c: 48008052                       mov w8, #0x2
    a0: 85028052                       mov w5, #0x14
    a4: e30308aa                       mov x3, x8
    a8: 3f000014                       b #0xfc
    ac: 00000094                       bl #0x0
        # hole +0xac: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    b0: 13000090                       adrp x19, #0
        # hole +0xb0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    b4: 730240f9                       ldr x19, [x19]
        # hole +0xb4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    b8: d3fd0737                       tbnz w19, #0x0, #-0x48
    bc: 680240f9                       ldr x8, [x19]
    c0: 08050091                       add x8, x8, #0x1
    c4: 680200f9                       str x8, [x19]
    c8: f70315aa                       mov x23, x21
    cc: f38600f8                       str x19, [x23], #0x8
    d0: 880e40f9                       ldr x8, [x20, #0x18]
    d4: 080d40f9                       ldr x8, [x8, #0x18]
    d8: 68fd0737                       tbnz w8, #0x0, #-0x54
    dc: 090140f9                       ldr x9, [x8]
    e0: 29050091                       add x9, x9, #0x1
    e4: 090100f9                       str x9, [x8]
    e8: a9420091                       add x9, x21, #0x10
    ec: a80600f9                       str x8, [x21, #0x8]
    f0: 33050037                       tbnz w19, #0x0, #0xa4
    f4: 680a40b9                       ldr w8, [x19, #0x8]
    f8: 1f210071                       cmp w8, #0x8
    fc: c1040054                       b.ne #0x98
   100: 681e40f9                       ldr x8, [x19, #0x38]
   104: e00316aa                       mov x0, x22
   108: e10317aa                       mov x1, x23
   10c: 22008052                       mov w2, #0x1
   110: 00013fd6                       blr x8
   114: f80300aa                       mov x24, x0
   118: e00240f9                       ldr x0, [x23]
   11c: a0000037                       tbnz w0, #0x0, #0x14
   120: 080040f9                       ldr x8, [x0]
   124: 080500f1                       subs x8, x8, #0x1
   128: 080000f9                       str x8, [x0]
   12c: 80010054                       b.eq #0x30
   130: 680240f9                       ldr x8, [x19]
   134: 080500f1                       subs x8, x8, #0x1
   138: 680200f9                       str x8, [x19]
   13c: 61000054                       b.ne #0xc
   140: e00313aa                       mov x0, x19
   144: 00000094                       bl #0x0
        # hole +0x144: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   148: 180400b4                       cbz x24, #0x80
   14c: b80200f9                       str x24, [x21]
   150: f50317aa                       mov x21, x23
   154: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   158: 00000014                       b #0x0
        # hole +0x158: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[8]+0
   15c: 00000094                       bl #0x0
        # hole +0x15c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
   160: 680240f9                       ldr x8, [x19]
   164: 080500f1                       subs x8, x8, #0x1
   168: 680200f9                       str x8, [x19]
   16c: e1feff54                       b.ne #-0x24
   170: f4ffff17                       b #-0x30
   174: 23008052                       mov w3, #0x1
   178: 45018052                       mov w5, #0xa
   17c: 28008052                       mov w8, #0x1
   180: 09000014                       b #0x24
   184: 28008052                       mov w8, #0x1
   188: 45018052                       mov w5, #0xa
   18c: e30308aa                       mov x3, x8
   190: 05000014                       b #0x14
   194: 23008052                       mov w3, #0x1
   198: c5088052                       mov w5, #0x46
   19c: e8008052                       mov w8, #0x7
   1a0: f50309aa                       mov x21, x9
   1a4: 09000090                       adrp x9, #0
        # hole +0x1a4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   1a8: 290140f9                       ldr x9, [x9]
        # hole +0x1a8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   1ac: 2401088b                       add x4, x9, x8
   1b0: e00314aa                       mov x0, x20
   1b4: e10315aa                       mov x1, x21
   1b8: e20316aa                       mov x2, x22
   1bc: 00000094                       bl #0x0
        # hole +0x1bc: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
   1c0: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   1c4: c0035fd6                       ret
   1c8: 63008052                       mov w3, #0x3
   1cc: c5088052                       mov w5, #0x46
   1d0: e8008052                       mov w8, #0x7
   1d4: f4ffff17                       b #-0x30
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[5]+0
