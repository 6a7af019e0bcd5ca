# stencil _GUARD_NOT_EXHAUSTED_RANGE for x86_64-unknown-linux-gnu: 79 code bytes, 0 data bytes, 5 holes
     0: 498b4df8                       movq -0x8(%r13), %rcx
     4: 4883794000                     cmpq $0x0, 0x40(%rcx)
     9: 488b4130                       movq 0x30(%rcx), %rax
     d: 488b4938                       movq 0x38(%rcx), %rcx
    11: 7e0b                           jle 0xb
    13: 4839c8                         cmpq %rcx, %rax
    16: 0f8c00000000                   jl 0x0
        # hole +0x18: R_X86_64_PLT32 Rel32 continue-4
    1c: eb0a                           jmp 0xa
    1e: 4839c8                         cmpq %rcx, %rax
    21: 7e05                           jle 0x5
    23: e900000000                     jmp 0x0
        # hole +0x24: R_X86_64_PLT32 Rel32 continue-4
    28: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x2a: R_X86_64_64 Abs64 target+0
    32: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x34: R_X86_64_64 Abs64 index+0
    3c: 4c89e7                         movq %r12, %rdi
    3f: 4c89ee                         movq %r13, %rsi
    42: 4c89f2                         movq %r14, %rdx
    45: b902000000                     movl $0x2, %ecx
    4a: e900000000                     jmp 0x0
        # hole +0x4b: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
