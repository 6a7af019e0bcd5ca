# stencil _TO_BOOL_BOOL for x86_64-unknown-linux-gnu: 58 code bytes, 0 data bytes, 4 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: a801                           testb $0x1, %al
     6: 750b                           jne 0xb
     8: 83780801                       cmpl $0x1, 0x8(%rax)
     c: 7505                           jne 0x5
     e: e900000000                     jmp 0x0
        # hole +0xf: R_X86_64_PLT32 Rel32 continue-4
    13: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x15: R_X86_64_64 Abs64 target+0
    1d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1f: R_X86_64_64 Abs64 index+0
    27: 4c89e7                         movq %r12, %rdi
    2a: 4c89ee                         movq %r13, %rsi
    2d: 4c89f2                         movq %r14, %rdx
    30: b901000000                     movl $0x1, %ecx
    35: e900000000                     jmp 0x0
        # hole +0x36: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
