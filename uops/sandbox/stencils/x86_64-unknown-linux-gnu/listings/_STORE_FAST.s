# stencil _STORE_FAST for x86_64-unknown-linux-gnu: 65 code bytes, 0 data bytes, 5 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 oparg+0
     a: 498b4df8                       movq -0x8(%r13), %rcx
     e: 4983c5f8                       addq $-0x8, %r13
    12: 498b542418                     movq 0x18(%r12), %rdx
    17: 488b3cc2                       movq (%rdx,%rax,8), %rdi
    1b: 48890cc2                       movq %rcx, (%rdx,%rax,8)
    1f: 40f6c701                       testb $0x1, %dil
    23: 0f8500000000                   jne 0x0
        # hole +0x25: R_X86_64_PLT32 Rel32 continue-4
    29: 48ff0f                         decq (%rdi)
    2c: 0f8500000000                   jne 0x0
        # hole +0x2e: R_X86_64_PLT32 Rel32 continue-4
    32: 50                             pushq %rax
    33: e800000000                     callq 0x0
        # hole +0x34: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    38: 4883c408                       addq $0x8, %rsp
    3c: e900000000                     jmp 0x0
        # hole +0x3d: R_X86_64_PLT32 Rel32 continue-4
