# stencil _GUARD_NOT_EXHAUSTED_RANGE@exit_to for x86_64-unknown-linux-gnu: 47 code bytes, 0 data bytes, 4 holes
     0: 498b4df8                       movq -0x8(%r13), %rcx
     4: 4883794000                     cmpq $0x0, 0x40(%rcx)
     9: 488b4130                       movq 0x30(%rcx), %rax
     d: 488b4938                       movq 0x38(%rcx), %rcx
    11: 7e0e                           jle 0xe
    13: 4839c8                         cmpq %rcx, %rax
    16: 0f8c00000000                   jl 0x0
        # hole +0x18: R_X86_64_PLT32 Rel32 continue-4
    1c: e900000000                     jmp 0x0
        # hole +0x1d: R_X86_64_PLT32 Rel32 exit_trace-4
    21: 4839c8                         cmpq %rcx, %rax
    24: 0f8e00000000                   jle 0x0
        # hole +0x26: R_X86_64_PLT32 Rel32 exit_trace-4
    2a: e900000000                     jmp 0x0
        # hole +0x2b: R_X86_64_PLT32 Rel32 continue-4
