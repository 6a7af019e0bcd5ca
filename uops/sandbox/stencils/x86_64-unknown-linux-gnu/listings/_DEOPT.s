# stencil _DEOPT for x86_64-unknown-linux-gnu: 39 code bytes, 0 data bytes, 3 holes
     0: 4c89f2                         movq %r14, %rdx
     3: 4c89ee                         movq %r13, %rsi
     6: 4c89e7                         movq %r12, %rdi
     9: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0xb: R_X86_64_64 Abs64 target+0
    13: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x15: R_X86_64_64 Abs64 index+0
    1d: b901000000                     movl $0x1, %ecx
    22: e900000000                     jmp 0x0
        # hole +0x23: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
