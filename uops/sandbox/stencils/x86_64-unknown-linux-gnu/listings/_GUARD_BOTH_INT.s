# stencil _GUARD_BOTH_INT for x86_64-unknown-linux-gnu: 58 code bytes, 0 data bytes, 4 holes
     0: 41f645f001                     testb $0x1, -0x10(%r13)
     5: 740c                           je 0xc
     7: 41f645f801                     testb $0x1, -0x8(%r13)
     c: 7405                           je 0x5
     e: e900000000                     jmp 0x0
        # hole +0xf: R_X86_64_PLT32 Rel32 continue-4
    13: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x15: R_X86_64_64 Abs64 target+0
    1d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1f: R_X86_64_64 Abs64 index+0
    27: 4c89e7                         movq %r12, %rdi
    2a: 4c89ee                         movq %r13, %rsi
    2d: 4c89f2                         movq %r14, %rdx
    30: b901000000                     movl $0x1, %ecx
    35: e900000000                     jmp 0x0
        # hole +0x36: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
