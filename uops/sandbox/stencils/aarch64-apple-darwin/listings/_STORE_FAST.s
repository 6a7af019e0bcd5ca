# stencil _STORE_FAST for aarch64-apple-darwin: 64 code bytes, 8 data bytes, 6 holes
     0: 08000090                       adrp x8, #0
        # hole +0x0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
     4: 080140f9                       ldr x8, [x8]
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
     8: a98e5ff8                       ldr x9, [x21, #-0x8]!
     c: 8a0e40f9                       ldr x10, [x20, #0x18]
    10: 407968f8                       ldr x0, [x10, x8, lsl #3]
    14: 497928f8                       str x9, [x10, x8, lsl #3]
    18: a0000037                       tbnz w0, #0x0, #0x14
    1c: 080040f9                       ldr x8, [x0]
    20: 080500f1                       subs x8, x8, #0x1
    24: 080000f9                       str x8, [x0]
    28: 40000054                       b.eq #0x8
    2c: 00000014                       b #0x0
        # hole +0x2c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    30: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    34: 00000094                       bl #0x0
        # hole +0x34: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    38: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    3c: 00000014                       b #0x0
        # hole +0x3c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
