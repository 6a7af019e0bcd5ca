# stencil _GUARD_IS_FALSE_POP for x86_64-unknown-linux-gnu: 64 code bytes, 0 data bytes, 5 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 symbol:tf_False+0
     a: 493945f8                       cmpq %rax, -0x8(%r13)
     e: 7509                           jne 0x9
    10: 4983c5f8                       addq $-0x8, %r13
    14: e900000000                     jmp 0x0
        # hole +0x15: R_X86_64_PLT32 Rel32 continue-4
    19: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x1b: R_X86_64_64 Abs64 target+0
    23: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x25: R_X86_64_64 Abs64 index+0
    2d: 4c89e7                         movq %r12, %rdi
    30: 4c89ee                         movq %r13, %rsi
    33: 4c89f2                         movq %r14, %rdx
    36: b902000000                     movl $0x2, %ecx
    3b: e900000000                     jmp 0x0
        # hole +0x3c: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
