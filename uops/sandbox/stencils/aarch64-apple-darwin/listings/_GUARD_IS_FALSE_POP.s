# stencil _GUARD_IS_FALSE_POP for aarch64-apple-darwin: 80 code bytes, 24 data bytes, 11 holes
     0: e80315aa                       mov x8, x21
     4: 098d5ff8                       ldr x9, [x8, #-0x8]!
     8: 0a000090                       adrp x10, #0
        # hole +0x8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
     c: 4a0140f9                       ldr x10, [x10]
        # hole +0xc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
    10: 3f010aeb                       cmp x9, x10
    14: 61000054                       b.ne #0xc
    18: f50308aa                       mov x21, x8
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    20: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    24: 05000090                       adrp x5, #0
        # hole +0x24: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    28: a50040f9                       ldr x5, [x5]
        # hole +0x28: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    2c: 04000090                       adrp x4, #0
        # hole +0x2c: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    30: 840040f9                       ldr x4, [x4]
        # hole +0x30: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    34: e00314aa                       mov x0, x20
    38: e10315aa                       mov x1, x21
    3c: e20316aa                       mov x2, x22
    40: 43008052                       mov w3, #0x2
    44: 00000094                       bl #0x0
        # hole +0x44: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    48: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    4c: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
