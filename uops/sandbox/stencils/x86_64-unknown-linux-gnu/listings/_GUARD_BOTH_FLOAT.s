# stencil _GUARD_BOTH_FLOAT for x86_64-unknown-linux-gnu: 72 code bytes, 0 data bytes, 4 holes
     0: 498b45f0                       movq -0x10(%r13), %rax
     4: a801                           testb $0x1, %al
     6: 7519                           jne 0x19
     8: 83780802                       cmpl $0x2, 0x8(%rax)
     c: 7513                           jne 0x13
     e: 498b45f8                       movq -0x8(%r13), %rax
    12: a801                           testb $0x1, %al
    14: 750b                           jne 0xb
    16: 83780802                       cmpl $0x2, 0x8(%rax)
    1a: 7505                           jne 0x5
    1c: e900000000                     jmp 0x0
        # hole +0x1d: R_X86_64_PLT32 Rel32 continue-4
    21: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x23: R_X86_64_64 Abs64 target+0
    2b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2d: R_X86_64_64 Abs64 index+0
    35: 4c89e7                         movq %r12, %rdi
    38: 4c89ee                         movq %r13, %rsi
    3b: 4c89f2                         movq %r14, %rdx
    3e: b901000000                     movl $0x1, %ecx
    43: e900000000                     jmp 0x0
        # hole +0x44: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
