# stencil _LIST_APPEND for aarch64-apple-darwin: 88 code bytes, 24 data bytes, 12 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 08000090                       adrp x8, #0
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
     8: 080140f9                       ldr x8, [x8]
        # hole +0x8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
     c: a28e5ff8                       ldr x2, [x21, #-0x8]!
    10: a80e08cb                       sub x8, x21, x8, lsl #3
    14: 010140f9                       ldr x1, [x8]
    18: e00316aa                       mov x0, x22
    1c: 00000094                       bl #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_list_append+0
    20: 60000035                       cbnz w0, #0xc
    24: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    28: 00000014                       b #0x0
        # hole +0x28: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
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
    48: 63008052                       mov w3, #0x3
    4c: 00000094                       bl #0x0
        # hole +0x4c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    50: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    54: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
