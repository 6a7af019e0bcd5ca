# stencil nested_pop for aarch64-apple-darwin: 44 code bytes, 0 data bytes, 3 holes
     0: a08e5ff8                       ldr x0, [x21, #-0x8]!
     4: a0000037                       tbnz w0, #0x0, #0x14
     8: 080040f9                       ldr x8, [x0]
     c: 080500f1                       subs x8, x8, #0x1
    10: 080000f9                       str x8, [x0]
    14: 40000054                       b.eq #0x8
    18: 00000014                       b #0x0
        # hole +0x18: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[1]+0
    1c: fd7bbfa9                       stp x29, x30, [sp, #-0x10]!
    20: 00000094                       bl #0x0
        # hole +0x20: ARM64_RELOC_BRANCH26 Aarch64Branch26 symbol:tf_dealloc+0
    24: fd7bc1a8                       ldp x29, x30, [sp], #0x10
    28: 00000014                       b #0x0
        # hole +0x28: ARM64_RELOC_BRANCH26 Aarch64Branch26 exit_trace[1]+0
