# stencil _SWAP for aarch64-apple-darwin: 32 code bytes, 0 data bytes, 3 holes
     0: 08000090                       adrp x8, #0
        # hole +0x0: ARM64_RELOC_PAGE21 Aarch64Page21 oparg+0
     4: 08010091                       add x8, x8, #0x0
        # hole +0x4: ARM64_RELOC_PAGEOFF12 Aarch64Lo12 oparg+0
     8: a9825ff8                       ldur x9, [x21, #-0x8]
     c: a80e08cb                       sub x8, x21, x8, lsl #3
    10: 0a0140f9                       ldr x10, [x8]
    14: aa821ff8                       stur x10, [x21, #-0x8]
    18: 090100f9                       str x9, [x8]
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
