# stencil _BINARY_OP_ADD_INT for aarch64-apple-darwin: 100 code bytes, 16 data bytes, 8 holes
     0: e80315aa                       mov x8, x21
     4: 098d5ff8                       ldr x9, [x8, #-0x8]!
     8: 0a815ff8                       ldur x10, [x8, #-0x8]
     c: 29fd4193                       asr x9, x9, #1
    10: 29058a8b                       add x9, x9, x10, asr #1
    14: 0a00f8d2                       mov x10, #-0x4000000000000000
    18: 3f010aab                       cmn x9, x10
    1c: c5000054                       b.pl #0x18
    20: 2a008052                       mov w10, #0x1
    24: 490509aa                       orr x9, x10, x9, lsl #1
    28: a9021ff8                       stur x9, [x21, #-0x10]
    2c: f50308aa                       mov x21, x8
    30: 00000014                       b #0x0
        # hole +0x30: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    34: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    38: 05000090                       adrp x5, #0
        # hole +0x38: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    3c: a50040f9                       ldr x5, [x5]
        # hole +0x3c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    40: 04000090                       adrp x4, #0
        # hole +0x40: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    44: 840040f9                       ldr x4, [x4]
        # hole +0x44: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    48: e00314aa                       mov x0, x20
    4c: e10315aa                       mov x1, x21
    50: e20316aa                       mov x2, x22
    54: 23008052                       mov w3, #0x1
    58: 00000094                       bl #0x0
        # hole +0x58: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    5c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    60: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
