# stencil _LIST_APPEND for x86_64-unknown-linux-gnu: 93 code bytes, 0 data bytes, 6 holes
     0: 50                             pushq %rax
     1: 4c89e8                         movq %r13, %rax
     4: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x6: R_X86_64_64 Abs64 oparg+0
     e: 4983c5f8                       addq $-0x8, %r13
    12: 48c1e103                       shlq $0x3, %rcx
    16: 4c89ea                         movq %r13, %rdx
    19: 4829ca                         subq %rcx, %rdx
    1c: 488b32                         movq (%rdx), %rsi
    1f: 488b50f8                       movq -0x8(%rax), %rdx
    23: 4c89f7                         movq %r14, %rdi
    26: e800000000                     callq 0x0
        # hole +0x27: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
    2b: 85c0                           testl %eax, %eax
    2d: 7506                           jne 0x6
    2f: 58                             popq %rax
    30: e900000000                     jmp 0x0
        # hole +0x31: R_X86_64_PLT32 Rel32 continue-4
    35: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x37: R_X86_64_64 Abs64 target+0
    3f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x41: R_X86_64_64 Abs64 index+0
    49: 4c89e7                         movq %r12, %rdi
    4c: 4c89ee                         movq %r13, %rsi
    4f: 4c89f2                         movq %r14, %rdx
    52: b903000000                     movl $0x3, %ecx
    57: 58                             popq %rax
    58: e900000000                     jmp 0x0
        # hole +0x59: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
