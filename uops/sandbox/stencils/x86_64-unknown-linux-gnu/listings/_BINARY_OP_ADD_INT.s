# stencil _BINARY_OP_ADD_INT for x86_64-unknown-linux-gnu: 92 code bytes, 0 data bytes, 4 holes
     0: 498b4df0                       movq -0x10(%r13), %rcx
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: 48d1f9                         sarq %rcx
     b: 48d1f8                         sarq %rax
     e: 4801c8                         addq %rcx, %rax
    11: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    1b: 4801c1                         addq %rax, %rcx
    1e: 7915                           jns 0x15
    20: 488d044501000000               leaq 0x1(,%rax,2), %rax
    28: 498945f0                       movq %rax, -0x10(%r13)
    2c: 4983c5f8                       addq $-0x8, %r13
    30: e900000000                     jmp 0x0
        # hole +0x31: R_X86_64_PLT32 Rel32 continue-4
    35: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x37: R_X86_64_64 Abs64 target+0
    3f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x41: R_X86_64_64 Abs64 index+0
    49: 4c89e7                         movq %r12, %rdi
    4c: 4c89ee                         movq %r13, %rsi
    4f: 4c89f2                         movq %r14, %rdx
    52: b901000000                     movl $0x1, %ecx
    57: e900000000                     jmp 0x0
        # hole +0x58: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
