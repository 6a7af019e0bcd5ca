# stencil _GUARD_TYPE_VERSION for x86_64-unknown-linux-gnu: 78 code bytes, 0 data bytes, 5 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: a801                           testb $0x1, %al
     6: 751f                           jne 0x1f
     8: 83780807                       cmpl $0x7, 0x8(%rax)
     c: 7519                           jne 0x19
     e: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x10: R_X86_64_64 Abs64 operand0+0
    18: 488b4030                       movq 0x30(%rax), %rax
    1c: 48394830                       cmpq %rcx, 0x30(%rax)
    20: 7505                           jne 0x5
    22: e900000000                     jmp 0x0
        # hole +0x23: R_X86_64_PLT32 Rel32 continue-4
    27: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x29: R_X86_64_64 Abs64 target+0
    31: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x33: R_X86_64_64 Abs64 index+0
    3b: 4c89e7                         movq %r12, %rdi
    3e: 4c89ee                         movq %r13, %rsi
    41: 4c89f2                         movq %r14, %rdx
    44: b901000000                     movl $0x1, %ecx
    49: e900000000                     jmp 0x0
        # hole +0x4a: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
