# stencil _COMPARE_OP_FLOAT for aarch64-apple-darwin: 284 code bytes, 24 data bytes, 12 holes
     0: 08000090                       adrp x8, #0
        # hole +0x0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
     4: 080140f9                       ldr x8, [x8]
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
     8: f30315aa                       mov x19, x21
     c: 778e5ff8                       ldr x23, [x19, #-0x8]!
    10: 60825ff8                       ldur x0, [x19, #-0x8]
    14: 001840fd                       ldr d0, [x0, #0x30]
    18: e11a40fd                       ldr d1, [x23, #0x30]
    1c: 1f0500f1                       cmp x8, #0x1
    20: 8d010054                       b.le #0x30
    24: 1f0900f1                       cmp x8, #0x2
    28: 40020054                       b.eq #0x48
    2c: 1f0d00f1                       cmp x8, #0x3
    30: a0020054                       b.eq #0x54
    34: 1f1100f1                       cmp x8, #0x4
    38: a1030054                       b.ne #0x74
    3c: 0020611e                       fcmp d0, d1
    40: f8d79f1a                       cset w24, gt
    44: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    48: a0030036                       tbz w0, #0x0, #0x74
    4c: 20000014                       b #0x80
    50: 480200b4                       cbz x8, #0x48
    54: 1f0500f1                       cmp x8, #0x1
    58: a1020054                       b.ne #0x54
    5c: 0020611e                       fcmp d0, d1
    60: f8879f1a                       cset w24, ls
    64: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    68: a0020036                       tbz w0, #0x0, #0x54
    6c: 18000014                       b #0x60
    70: 0020611e                       fcmp d0, d1
    74: f8179f1a                       cset w24, eq
    78: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    7c: 00020036                       tbz w0, #0x0, #0x40
    80: 13000014                       b #0x4c
    84: 0020611e                       fcmp d0, d1
    88: f8079f1a                       cset w24, ne
    8c: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    90: 60010036                       tbz w0, #0x0, #0x2c
    94: 0e000014                       b #0x38
    98: 0020611e                       fcmp d0, d1
    9c: f8579f1a                       cset w24, mi
    a0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    a4: c0000036                       tbz w0, #0x0, #0x18
    a8: 09000014                       b #0x24
    ac: 0020611e                       fcmp d0, d1
    b0: f8b79f1a                       cset w24, ge
    b4: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    b8: a0000037                       tbnz w0, #0x0, #0x14
    bc: 080040f9                       ldr x8, [x0]
    c0: 080500f1                       subs x8, x8, #0x1
    c4: 080000f9                       str x8, [x0]
    c8: 20010054                       b.eq #0x24
    cc: 57010037                       tbnz w23, #0x0, #0x28
    d0: e80240f9                       ldr x8, [x23]
    d4: 080500f1                       subs x8, x8, #0x1
    d8: e80200f9                       str x8, [x23]
    dc: c1000054                       b.ne #0x18
    e0: e00317aa                       mov x0, x23
    e4: 00000094                       bl #0x0
        # hole +0xe4: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    e8: 03000014                       b #0xc
    ec: 00000094                       bl #0x0
        # hole +0xec: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    f0: 17ff0736                       tbz w23, #0x0, #-0x20
    f4: 08000090                       adrp x8, #0
        # hole +0xf4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    f8: 080140f9                       ldr x8, [x8]
        # hole +0xf8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    fc: 09000090                       adrp x9, #0
        # hole +0xfc: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
   100: 290140f9                       ldr x9, [x9]
        # hole +0x100: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
   104: 1f030071                       cmp w24, #0x0
   108: 2811889a                       csel x8, x9, x8, ne
   10c: a8021ff8                       stur x8, [x21, #-0x10]
   110: f50313aa                       mov x21, x19
   114: fd7bc1a8                       ldp x29, x30, [sp], #0x10
   118: 00000014                       b #0x0
        # hole +0x118: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 oparg+0
