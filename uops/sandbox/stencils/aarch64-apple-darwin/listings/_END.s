# stencil _END for aarch64-apple-darwin: 40 code bytes, 0 data bytes, 1 holes
     0: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
     4: e20316aa                       mov x2, x22
     8: e10315aa                       mov x1, x21
     c: e00314aa                       mov x0, x20
    10: 03008052                       mov w3, #0x0
    14: 040080d2                       mov x4, #0x0
    18: 050080d2                       mov x5, #0x0
    1c: 00000094                       bl #0x0
        # hole +0x1c: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_sandbox_exit+0
    20: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    24: c0035fd6                       ret
