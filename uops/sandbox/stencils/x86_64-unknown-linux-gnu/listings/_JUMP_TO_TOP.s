# stencil _JUMP_TO_TOP for x86_64-unknown-linux-gnu: 75 code bytes, 0 data bytes, 4 holes
     0: 498b4608                       movq 0x8(%r14), %rax
     4: 48ffc0                         incq %rax
     7: 49894608                       movq %rax, 0x8(%r14)
     b: 493b4610                       cmpq 0x10(%r14), %rax
     f: 7d31                           jge 0x31
    11: 49833e00                       cmpq $0x0, (%r14)
    15: 0f8400000000                   je 0x0
        # hole +0x17: R_X86_64_PLT32 Rel32 jump_target-4
    1b: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x1d: R_X86_64_64 Abs64 target+0
    25: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x27: R_X86_64_64 Abs64 index+0
    2f: 4c89e7                         movq %r12, %rdi
    32: 4c89ee                         movq %r13, %rsi
    35: 4c89f2                         movq %r14, %rdx
    38: b902000000                     movl $0x2, %ecx
    3d: e900000000                     jmp 0x0
        # hole +0x3e: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    42: 49c70601000000                 movq $0x1, (%r14)
    49: ebd0                           jmp -0x30
