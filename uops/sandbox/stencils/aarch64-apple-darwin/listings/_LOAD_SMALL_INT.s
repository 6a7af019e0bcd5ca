# stencil _LOAD_SMALL_INT for aarch64-apple-darwin: 24 code bytes, 8 data bytes, 4 holes
     0: 08000090                       adrp x8, #0
        # hole +0x0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
     4: 080140f9                       ldr x8, [x8]
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
     8: 29008052                       mov w9, #0x1
     c: 280508aa                       orr x8, x9, x8, lsl #1
    10: a88600f8                       str x8, [x21], #0x8
    14: 00000014                       b #0x0
        # hole +0x14: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
