# stencil _GUARD_NOT_EXHAUSTED_RANGE for aarch64-apple-darwin: 88 code bytes, 16 data bytes, 8 holes
     0: a9825ff8                       ldur x9, [x21, #-0x8]
     4: 281940f9                       ldr x8, [x9, #0x30]
     8: 29a943a9                       ldp x9, x10, [x9, #0x38]
     c: 5f0500f1                       cmp x10, #0x1
    10: 8b000054                       b.lt #0x10
    14: 1f0109eb                       cmp x8, x9
    18: 8a000054                       b.ge #0x10
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    20: 1f0109eb                       cmp x8, x9
    24: ccffff54                       b.gt #-0x8
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
    48: 43008052                       mov w3, #0x2
    4c: 00000094                       bl #0x0
        # hole +0x4c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    50: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    54: c0035fd6                       ret
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
