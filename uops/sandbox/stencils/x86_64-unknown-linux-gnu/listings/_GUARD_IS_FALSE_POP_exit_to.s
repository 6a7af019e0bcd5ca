# stencil _GUARD_IS_FALSE_POP@exit_to for x86_64-unknown-linux-gnu: 29 code bytes, 0 data bytes, 3 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 symbol:tf_False+0
     a: 493945f8                       cmpq %rax, -0x8(%r13)
     e: 0f8500000000                   jne 0x0
        # hole +0x10: R_X86_64_PLT32 Rel32 exit_trace-4
    14: 4983c5f8                       addq $-0x8, %r13
    18: e900000000                     jmp 0x0
        # hole +0x19: R_X86_64_PLT32 Rel32 continue-4
