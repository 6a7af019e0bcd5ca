# stencil _ITER_NEXT_LIST for aarch64-unknown-linux-gnu: 48 code bytes, 0 data bytes, 1 holes
     0: a8825ff8                       ldur x8, [x21, #-0x8]
     4: 092943a9                       ldp x9, x10, [x8, #0x30]
     8: 292140f9                       ldr x9, [x9, #0x40]
     c: 4b050091                       add x11, x10, #0x1
    10: 0b1d00f9                       str x11, [x8, #0x38]
    14: 28796af8                       ldr x8, [x9, x10, lsl #3]
    18: 88000037                       tbnz w8, #0x0, #0x10
    1c: 090140f9                       ldr x9, [x8]
    20: 29050091                       add x9, x9, #0x1
    24: 090100f9                       str x9, [x8]
    28: a88600f8                       str x8, [x21], #0x8
    2c: 00000014                       b #0x0
        # hole +0x2c: R_AARCH64_JUMP26 Aarch64Branch26 continue+0
