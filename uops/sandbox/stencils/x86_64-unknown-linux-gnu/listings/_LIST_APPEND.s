# stencil _LIST_APPEND for x86_64-unknown-linux-gnu: 90 code bytes, 0 data bytes, 6 holes
     0: 50                             pushq %rax
     1: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x3: R_X86_64_64 Abs64 oparg+0
     b: 498b55f8                       movq -0x8(%r13), %rdx
     f: 4983c5f8                       addq $-0x8, %r13
    13: 48c1e003                       shlq $0x3, %rax
    17: 4c89e9                         movq %r13, %rcx
    1a: 4829c1                         subq %rax, %rcx
    1d: 488b31                         movq (%rcx), %rsi
    20: 4c89f7                         movq %r14, %rdi
    23: e800000000                     callq 0x0
        # hole +0x24: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
    28: 85c0                           testl %eax, %eax
    2a: 7506                           jne 0x6
    2c: 58                             popq %rax
    2d: e900000000                     jmp 0x0
        # hole +0x2e: R_X86_64_PLT32 Rel32 continue-4
    32: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x34: R_X86_64_64 Abs64 target+0
    3c: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3e: R_X86_64_64 Abs64 index+0
    46: 4c89e7                         movq %r12, %rdi
    49: 4c89ee                         movq %r13, %rsi
    4c: 4c89f2                         movq %r14, %rdx
    4f: b903000000                     movl $0x3, %ecx
    54: 58                             popq %rax
    55: e900000000                     jmp 0x0
        # hole +0x56: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
