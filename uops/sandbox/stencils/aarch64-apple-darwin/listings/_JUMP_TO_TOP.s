# stencil _JUMP_TO_TOP for aarch64-apple-darwin: 88 code bytes, 16 data bytes, 8 holes
     0: c8a640a9                       ldp x8, x9, [x22, #0x8]
     4: 08050091                       add x8, x8, #0x1
     8: c80600f9                       str x8, [x22, #0x8]
     c: 1f0109eb                       cmp x8, x9
    10: 8a000054                       b.ge #0x10
    14: c80240f9                       ldr x8, [x22]
    18: 880000b5                       cbnz x8, #0x10
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 jump_target+0
    20: 28008052                       mov w8, #0x1
    24: c80200f9                       str x8, [x22]
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
