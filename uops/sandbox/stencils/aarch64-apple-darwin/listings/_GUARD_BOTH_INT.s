# stencil _GUARD_BOTH_INT for aarch64-apple-darwin: 68 code bytes, 16 data bytes, 8 holes
     0: a8025f38                       ldurb w8, [x21, #-0x10]
     4: 88000036                       tbz w8, #0x0, #0x10
     8: a8825fb8                       ldur w8, [x21, #-0x8]
     c: 48000036                       tbz w8, #0x0, #0x8
    10: 00000014                       b #0x0
        # hole +0x10: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    14: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    18: 05000090                       adrp x5, #0
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    1c: a50040f9                       ldr x5, [x5]
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    20: 04000090                       adrp x4, #0
        # hole +0x20: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    24: 840040f9                       ldr x4, [x4]
        # hole +0x24: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    28: e00314aa                       mov x0, x20
    2c: e10315aa                       mov x1, x21
    30: e20316aa                       mov x2, x22
    34: 23008052                       mov w3, #0x1
    38: 00000094                       bl #0x0
        # hole +0x38: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    3c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    40: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
