# stencil _TO_BOOL_INT for x86_64-unknown-linux-gnu: 84 code bytes, 0 data bytes, 6 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: a801                           testb $0x1, %al
     6: 7425                           je 0x25
     8: 4883f802                       cmpq $0x2, %rax
     c: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0xe: R_X86_64_64 Abs64 symbol:tf_False+0
    16: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x18: R_X86_64_64 Abs64 symbol:tf_True+0
    20: 480f42c8                       cmovbq %rax, %rcx
    24: 49894df8                       movq %rcx, -0x8(%r13)
    28: e900000000                     jmp 0x0
        # hole +0x29: R_X86_64_PLT32 Rel32 continue-4
    2d: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x2f: R_X86_64_64 Abs64 target+0
    37: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x39: R_X86_64_64 Abs64 index+0
    41: 4c89e7                         movq %r12, %rdi
    44: 4c89ee                         movq %r13, %rsi
    47: 4c89f2                         movq %r14, %rdx
    4a: b901000000                     movl $0x1, %ecx
    4f: e900000000                     jmp 0x0
        # hole +0x50: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
