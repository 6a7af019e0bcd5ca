# stencil _GUARD_NOT_EXHAUSTED_LIST for x86_64-unknown-linux-gnu: 62 code bytes, 0 data bytes, 4 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 488b4830                       movq 0x30(%rax), %rcx
     8: 488b4038                       movq 0x38(%rax), %rax
     c: 483b4130                       cmpq 0x30(%rcx), %rax
    10: 7305                           jae 0x5
    12: e900000000                     jmp 0x0
        # hole +0x13: R_X86_64_PLT32 Rel32 continue-4
    17: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x19: R_X86_64_64 Abs64 target+0
    21: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x23: R_X86_64_64 Abs64 index+0
    2b: 4c89e7                         movq %r12, %rdi
    2e: 4c89ee                         movq %r13, %rsi
    31: 4c89f2                         movq %r14, %rdx
    34: b902000000                     movl $0x2, %ecx
    39: e900000000                     jmp 0x0
        # hole +0x3a: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
