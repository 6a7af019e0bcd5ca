# stencil _ITER_NEXT_RANGE for aarch64-apple-darwin: 36 code bytes, 0 data bytes, 1 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: 091940f9                       ldr x9, [x8, #0x30]
     8: 0a2140f9                       ldr x10, [x8, #0x40]
     c: 4a01098b                       add x10, x10, x9
    10: 0a1900f9                       str x10, [x8, #0x30]
    14: 28008052                       mov w8, #0x1
    18: 080509aa                       orr x8, x8, x9, lsl #1
    1c: a88600f8                       str x8, [x21], #0x8
    20: 00000014                       b #0x0
        # hole +0x20: ARM64_RELOC_BRANCH26 Aarch64Branch26 continue+0
