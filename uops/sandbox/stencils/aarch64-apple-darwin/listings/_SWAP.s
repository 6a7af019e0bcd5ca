# stencil _SWAP for aarch64-apple-darwin: 32 code bytes, 8 data bytes, 4 holes
     0: 08000090                       adrp x8, #0
        # hole +0x0: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
     4: 080140f9                       ldr x8, [x8]
        # hole +0x4: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
     8: a9825ff8                       ldur x9, [x21, #-0x8]
     c: a80e08cb                       sub x8, x21, x8, lsl #3
    10: 0a0140f9                       ldr x10, [x8]
    14: aa821ff8                       stur x10, [x21, #-0x8]
    18: 090100f9                       str x9, [x8]
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
