# stencil _LOAD_FAST_BORROW for x86_64-unknown-linux-gnu: 39 code bytes, 0 data bytes, 2 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 oparg+0
     a: 498b4c2418                     movq 0x18(%r12), %rcx
     f: 488b04c1                       movq (%rcx,%rax,8), %rax
    13: a801                           testb $0x1, %al
    15: 7503                           jne 0x3
    17: 48ff00                         incq (%rax)
    1a: 49894500                       movq %rax, (%r13)
    1e: 4983c508                       addq $0x8, %r13
    22: e900000000                     jmp 0x0
        # hole +0x23: R_X86_64_PLT32 Rel32 continue-4
