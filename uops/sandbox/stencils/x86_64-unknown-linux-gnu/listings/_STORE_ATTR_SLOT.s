# stencil _STORE_ATTR_SLOT for x86_64-unknown-linux-gnu: 139 code bytes, 0 data bytes, 8 holes
     0: 498b5df8                       movq -0x8(%r13), %rbx
     4: f6c301                         testb $0x1, %bl
     7: 755b                           jne 0x5b
     9: 837b0807                       cmpl $0x7, 0x8(%rbx)
     d: 7555                           jne 0x55
     f: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x11: R_X86_64_64 Abs64 oparg+0
    19: 48394338                       cmpq %rax, 0x38(%rbx)
    1d: 7645                           jbe 0x45
    1f: 50                             pushq %rax
    20: 498b4df0                       movq -0x10(%r13), %rcx
    24: 488b7cc340                     movq 0x40(%rbx,%rax,8), %rdi
    29: 48894cc340                     movq %rcx, 0x40(%rbx,%rax,8)
    2e: 40f6c701                       testb $0x1, %dil
    32: 7505                           jne 0x5
    34: 48ff0f                         decq (%rdi)
    37: 740f                           je 0xf
    39: 4983c5f0                       addq $-0x10, %r13
    3d: 48ff0b                         decq (%rbx)
    40: 7414                           je 0x14
    42: 58                             popq %rax
    43: e900000000                     jmp 0x0
        # hole +0x44: R_X86_64_PLT32 Rel32 continue-4
    48: e800000000                     callq 0x0
        # hole +0x49: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    4d: 4983c5f0                       addq $-0x10, %r13
    51: 48ff0b                         decq (%rbx)
    54: 75ec                           jne -0x14
    56: 4889df                         movq %rbx, %rdi
    59: e800000000                     callq 0x0
        # hole +0x5a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    5e: 58                             popq %rax
    5f: e900000000                     jmp 0x0
        # hole +0x60: R_X86_64_PLT32 Rel32 continue-4
    64: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x66: R_X86_64_64 Abs64 target+0
    6e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x70: R_X86_64_64 Abs64 index+0
    78: 4c89e7                         movq %r12, %rdi
    7b: 4c89ee                         movq %r13, %rsi
    7e: 4c89f2                         movq %r14, %rdx
    81: b901000000                     movl $0x1, %ecx
    86: e900000000                     jmp 0x0
        # hole +0x87: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
