# stencil _ERROR_POP_N for aarch64-apple-darwin: 108 code bytes, 24 data bytes, 11 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: 13000090                       adrp x19, #0
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+16
     8: 730240f9                       ldr x19, [x19]
        # hole +0x8: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+16
     c: 130200b5                       cbnz x19, #0x40
    10: c8008052                       mov w8, #0x6
    14: c80e00f9                       str x8, [x22, #0x18]
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
    34: 63008052                       mov w3, #0x3
    38: 00000094                       bl #0x0
        # hole +0x38: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    3c: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    40: c0035fd6                       ret
    44: 730600f1                       subs x19, x19, #0x1
    48: 40feff54                       b.eq #-0x38
    4c: a08e5ff8                       ldr x0, [x21, #-0x8]!
    50: a0ff0737                       tbnz w0, #0x0, #-0xc
    54: 080040f9                       ldr x8, [x0]
    58: 080500f1                       subs x8, x8, #0x1
    5c: 080000f9                       str x8, [x0]
    60: 21ffff54                       b.ne #-0x1c
    64: 00000094                       bl #0x0
        # hole +0x64: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    68: f7ffff17                       b #-0x24
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
