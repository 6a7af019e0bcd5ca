# stencil _LOAD_ATTR_SLOT for x86_64-unknown-linux-gnu: 111 code bytes, 0 data bytes, 7 holes
     0: 498b7df8                       movq -0x8(%r13), %rdi
     4: 40f6c701                       testb $0x1, %dil
     8: 753e                           jne 0x3e
     a: 837f0807                       cmpl $0x7, 0x8(%rdi)
     e: 7538                           jne 0x38
    10: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x12: R_X86_64_64 Abs64 oparg+0
    1a: 48394738                       cmpq %rax, 0x38(%rdi)
    1e: 7628                           jbe 0x28
    20: 488b44c740                     movq 0x40(%rdi,%rax,8), %rax
    25: a801                           testb $0x1, %al
    27: 7503                           jne 0x3
    29: 48ff00                         incq (%rax)
    2c: 498945f8                       movq %rax, -0x8(%r13)
    30: 48ff0f                         decq (%rdi)
    33: 0f8500000000                   jne 0x0
        # hole +0x35: R_X86_64_PLT32 Rel32 continue-4
    39: 50                             pushq %rax
    3a: e800000000                     callq 0x0
        # hole +0x3b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    3f: 4883c408                       addq $0x8, %rsp
    43: e900000000                     jmp 0x0
        # hole +0x44: R_X86_64_PLT32 Rel32 continue-4
    48: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x4a: R_X86_64_64 Abs64 target+0
    52: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x54: R_X86_64_64 Abs64 index+0
    5c: 4c89e7                         movq %r12, %rdi
    5f: 4c89ee                         movq %r13, %rsi
    62: 4c89f2                         movq %r14, %rdx
    65: b901000000                     movl $0x1, %ecx
    6a: e900000000                     jmp 0x0
        # hole +0x6b: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
