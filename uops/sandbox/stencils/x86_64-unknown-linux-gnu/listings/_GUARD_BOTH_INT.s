# stencil _GUARD_BOTH_INT for x86_64-unknown-linux-gnu: 59 code bytes, 0 data bytes, 4 holes
     0: 41f645f001                     testb $0x1, -0x10(%r13)
     5: 740d                           je 0xd
     7: 498b45f8                       movq -0x8(%r13), %rax
     b: a801                           testb $0x1, %al
     d: 7405                           je 0x5
     f: e900000000                     jmp 0x0
        # hole +0x10: R_X86_64_PLT32 Rel32 continue-4
    14: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x16: R_X86_64_64 Abs64 target+0
    1e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x20: R_X86_64_64 Abs64 index+0
    28: 4c89e7                         movq %r12, %rdi
    2b: 4c89ee                         movq %r13, %rsi
    2e: 4c89f2                         movq %r14, %rdx
    31: b901000000                     movl $0x1, %ecx
    36: e900000000                     jmp 0x0
        # hole +0x37: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
