# stencil _GUARD_TOS_INT for x86_64-unknown-linux-gnu: 51 code bytes, 0 data bytes, 4 holes
     0: 41f645f801                     testb $0x1, -0x8(%r13)
     5: 7405                           je 0x5
     7: e900000000                     jmp 0x0
        # hole +0x8: R_X86_64_PLT32 Rel32 continue-4
     c: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0xe: R_X86_64_64 Abs64 target+0
    16: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x18: R_X86_64_64 Abs64 index+0
    20: 4c89e7                         movq %r12, %rdi
    23: 4c89ee                         movq %r13, %rsi
    26: 4c89f2                         movq %r14, %rdx
    29: b901000000                     movl $0x1, %ecx
    2e: e900000000                     jmp 0x0
        # hole +0x2f: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
