# stencil _GUARD_IS_FALSE_POP@exit_to for aarch64-apple-darwin: 36 code bytes, 8 data bytes, 5 holes
     0: e80315aa                       mov x8, x21
     4: 098d5ff8                       ldr x9, [x8, #-0x8]!
     8: 0a000090                       adrp x10, #0
        # hole +0x8: ARM64_RELOC_GOT_LOAD_PAGE21 Aarch64Page21 data+0
     c: 4a0140f9                       ldr x10, [x10]
        # hole +0xc: ARM64_RELOC_GOT_LOAD_PAGEOFF12 Aarch64Lo12Scale8 data+0
    10: 3f010aeb                       cmp x9, x10
    14: 61000054                       b.ne #0xc
    18: f50308aa                       mov x21, x8
    1c: 00000014                       b #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
    20: 00000014                       b #0x0
        # hole +0x20: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace+0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
