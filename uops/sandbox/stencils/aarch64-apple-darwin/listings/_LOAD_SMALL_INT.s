# stencil _LOAD_SMALL_INT for aarch64-apple-darwin: 24 code bytes, 0 data bytes, 3 holes
     0: 08000090                       adrp x8, #0
        # hole +0x0: ARM64_RELOC_PAGE21 Aarch64Page21 oparg+0
     4: 08010091                       add x8, x8, #0x0
        # hole +0x4: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 oparg+0
     8: 29008052                       mov w9, #0x1
     c: 280508aa                       orr x8, x9, x8, lsl #1
    10: a88600f8                       str x8, [x21], #0x8
    14: 00000014                       b #0x0
        # hole +0x14: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
