# stencil _ITER_NEXT_RANGE for aarch64-unknown-linux-gnu: 44 code bytes, 0 data bytes, 1 holes
     0: a9825ff8                       ldur x9, [x21, #-0x8]
     4: 2c008052                       mov w12, #0x1
     8: e80315aa                       mov x8, x21
     c: b5220091                       add x21, x21, #0x8
    10: 2a1940f9                       ldr x10, [x9, #0x30]
    14: 2b2140f9                       ldr x11, [x9, #0x40]
    18: 6b010a8b                       add x11, x11, x10
    1c: 8a050aaa                       orr x10, x12, x10, lsl #1
    20: 2b1900f9                       str x11, [x9, #0x30]
    24: 0a0100f9                       str x10, [x8]
    28: 00000014                       b #0x0
        # hole +0x28: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
