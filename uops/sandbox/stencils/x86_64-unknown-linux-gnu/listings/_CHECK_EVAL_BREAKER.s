# stencil _CHECK_EVAL_BREAKER for x86_64-unknown-linux-gnu: 50 code bytes, 0 data bytes, 4 holes
     0: 49833e00                       cmpq $0x0, (%r14)
     4: 7505                           jne 0x5
     6: e900000000                     jmp 0x0
        # hole +0x7: R_X86_64_PLT32 Rel32 continue-4
     b: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0xd: R_X86_64_64 Abs64 target+0
    15: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x17: R_X86_64_64 Abs64 index+0
    1f: 4c89e7                         movq %r12, %rdi
    22: 4c89ee                         movq %r13, %rsi
    25: 4c89f2                         movq %r14, %rdx
    28: b902000000                     movl $0x2, %ecx
    2d: e900000000                     jmp 0x0
        # hole +0x2e: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
