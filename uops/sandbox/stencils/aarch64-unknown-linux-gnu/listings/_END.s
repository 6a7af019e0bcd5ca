# stencil _END for aarch64-unknown-linux-gnu: 40 code bytes, 0 data bytes, 1 holes
     0: fe0f1ff8                       str x30, [sp, #-0x10]!
     4: e20316aa                       mov x2, x22
     8: e10315aa                       mov x1, x21
     c: e00314aa                       mov x0, x20
    10: e3031f2a                       mov w3, wzr
    14: e4031faa                       mov x4, xzr
    18: e5031faa                       mov x5, xzr
    1c: 00000094                       bl #0x0
        # hole +0x1c: R_AARCH64_CALL26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    20: fe0741f8                       ldr x30, [sp], #0x10
    24: c0035fd6                       ret
