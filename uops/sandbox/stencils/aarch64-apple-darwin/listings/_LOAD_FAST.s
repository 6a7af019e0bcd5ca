# stencil _LOAD_FAST for aarch64-apple-darwin: 40 code bytes, 8 data bytes, 4 holes
     0: 08000090                       adrp x8, #0
        # hole +0x0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
     4: 080140f9                       ldr x8, [x8]
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
     8: 890e40f9                       ldr x9, [x20, #0x18]
     c: 287968f8                       ldr x8, [x9, x8, lsl #3]
    10: 88000037                       tbnz w8, #0x0, #0x10
    14: 090140f9                       ldr x9, [x8]
    18: 29050091                       add x9, x9, #0x1
    1c: 090100f9                       str x9, [x8]
    20: a88600f8                       str x8, [x21], #0x8
    24: 00000014                       b #0x0
        # hole +0x24: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
