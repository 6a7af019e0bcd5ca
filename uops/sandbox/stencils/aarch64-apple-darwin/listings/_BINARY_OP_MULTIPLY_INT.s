# stencil _BINARY_OP_MULTIPLY_INT for aarch64-apple-darwin: 116 code bytes, 16 data bytes, 8 holes
     0: e80315aa                       mov x8, x21
     4: 098d5ff8                       ldr x9, [x8, #-0x8]!
     8: 0a815ff8                       ldur x10, [x8, #-0x8]
     c: 4afd4193                       asr x10, x10, #1
    10: 2bfd4193                       asr x11, x9, #1
    14: 497d0b9b                       mul x9, x10, x11
    18: 4a7d4b9b                       smulh x10, x10, x11
    1c: 5ffd89eb                       cmp x10, x9, asr #63
    20: 21010054                       b.ne #0x24
    24: 0a00f8d2                       mov x10, #-0x4000000000000000
    28: 2a010a8b                       add x10, x9, x10
    2c: ca00f8b6                       tbz x10, #0x3f, #0x18
    30: 2a008052                       mov w10, #0x1
    34: 490509aa                       orr x9, x10, x9, lsl #1
    38: a9021ff8                       stur x9, [x21, #-0x10]
    3c: f50308aa                       mov x21, x8
    40: 00000014                       b #0x0
        # hole +0x40: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    44: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    48: 05000090                       adrp x5, #0
        # hole +0x48: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    4c: a50040f9                       ldr x5, [x5]
        # hole +0x4c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    50: 04000090                       adrp x4, #0
        # hole +0x50: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    54: 840040f9                       ldr x4, [x4]
        # hole +0x54: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    58: e00314aa                       mov x0, x20
    5c: e10315aa                       mov x1, x21
    60: e20316aa                       mov x2, x22
    64: 23008052                       mov w3, #0x1
    68: 00000094                       bl #0x0
        # hole +0x68: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    6c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    70: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
