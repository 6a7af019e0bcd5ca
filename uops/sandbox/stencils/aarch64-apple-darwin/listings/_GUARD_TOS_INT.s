# stencil _GUARD_TOS_INT for aarch64-apple-darwin: 60 code bytes, 16 data bytes, 8 holes
     0: a8825fb8                       ldur w8, [x21, #-0x8]
     4: 48000036                       tbz w8, #0x0, #0x8
     8: 00000014                       b #0x0
        # hole +0x8: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
     c: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    10: 05000090                       adrp x5, #0
        # hole +0x10: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+8
    14: a50040f9                       ldr x5, [x5]
        # hole +0x14: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+8
    18: 04000090                       adrp x4, #0
        # hole +0x18: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
    1c: 840040f9                       ldr x4, [x4]
        # hole +0x1c: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    20: e00314aa                       mov x0, x20
    24: e10315aa                       mov x1, x21
    28: e20316aa                       mov x2, x22
    2c: 23008052                       mov w3, #0x1
    30: 00000094                       bl #0x0
        # hole +0x30: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    34: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    38: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
