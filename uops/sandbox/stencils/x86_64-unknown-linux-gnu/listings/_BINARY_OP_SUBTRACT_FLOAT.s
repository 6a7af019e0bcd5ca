# stencil _BINARY_OP_SUBTRACT_FLOAT for x86_64-unknown-linux-gnu: 151 code bytes, 0 data bytes, 7 holes
     0: 50                             pushq %rax
     1: 498b7df0                       movq -0x10(%r13), %rdi
     5: 498b5df8                       movq -0x8(%r13), %rbx
     9: f20f104730                     movsd 0x30(%rdi), %xmm0
     e: f20f5c4330                     subsd 0x30(%rbx), %xmm0
    13: 40f6c701                       testb $0x1, %dil
    17: 7505                           jne 0x5
    19: 48ff0f                         decq (%rdi)
    1c: 741e                           je 0x1e
    1e: f6c301                         testb $0x1, %bl
    21: 752d                           jne 0x2d
    23: 48ff0b                         decq (%rbx)
    26: 7528                           jne 0x28
    28: 4889df                         movq %rbx, %rdi
    2b: f20f110424                     movsd %xmm0, (%rsp)
    30: e800000000                     callq 0x0
        # hole +0x31: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    35: f20f100424                     movsd (%rsp), %xmm0
    3a: eb14                           jmp 0x14
    3c: f20f110424                     movsd %xmm0, (%rsp)
    41: e800000000                     callq 0x0
        # hole +0x42: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    46: f20f100424                     movsd (%rsp), %xmm0
    4b: f6c301                         testb $0x1, %bl
    4e: 74d3                           je -0x2d
    50: 4c89f7                         movq %r14, %rdi
    53: e800000000                     callq 0x0
        # hole +0x54: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
    58: 4885c0                         testq %rax, %rax
    5b: 740e                           je 0xe
    5d: 498945f0                       movq %rax, -0x10(%r13)
    61: 4983c5f8                       addq $-0x8, %r13
    65: 58                             popq %rax
    66: e900000000                     jmp 0x0
        # hole +0x67: R_X86_64_PLT32 Rel32 continue-4
    6b: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x6d: R_X86_64_64 Abs64 target+0
    75: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x77: R_X86_64_64 Abs64 index+0
    7f: 4983c5f0                       addq $-0x10, %r13
    83: 4c89e7                         movq %r12, %rdi
    86: 4c89ee                         movq %r13, %rsi
    89: 4c89f2                         movq %r14, %rdx
    8c: b903000000                     movl $0x3, %ecx
    91: 58                             popq %rax
    92: e900000000                     jmp 0x0
        # hole +0x93: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
