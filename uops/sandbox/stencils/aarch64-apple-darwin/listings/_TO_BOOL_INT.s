# stencil _TO_BOOL_INT for aarch64-apple-darwin: 88 code bytes, 32 data bytes, 14 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: 28010036                       tbz w8, #0x0, #0x24
     8: 09000090                       adrp x9, #0
        # hole +0x8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+24
     c: 290140f9                       ldr x9, [x9]
        # hole +0xc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+24
    10: 0a000090                       adrp x10, #0
        # hole +0x10: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
    14: 4a0140f9                       ldr x10, [x10]
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    18: 1f0900f1                       cmp x8, #0x2
    1c: 4831899a                       csel x8, x10, x9, lo
    20: a8821ff8                       stur x8, [x21, #-0x8]
    24: 00000014                       b #0x0
        # hole +0x24: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    28: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    2c: 05000090                       adrp x5, #0
        # hole +0x2c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    30: a50040f9                       ldr x5, [x5]
        # hole +0x30: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    34: 04000090                       adrp x4, #0
        # hole +0x34: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    38: 840040f9                       ldr x4, [x4]
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    3c: e00314aa                       mov x0, x20
    40: e10315aa                       mov x1, x21
    44: e20316aa                       mov x2, x22
    48: 23008052                       mov w3, #0x1
    4c: 00000094                       bl #0x0
        # hole +0x4c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    50: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    54: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
        # hole data+0x18: GOT Abs64 symbol:tf_True+0
