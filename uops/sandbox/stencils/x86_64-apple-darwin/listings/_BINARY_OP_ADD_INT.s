# stencil _BINARY_OP_ADD_INT for x86_64-apple-darwin: 86 code bytes, 16 data bytes, 6 holes
     0: 498b4df0                       movq -0x10(%r13), %rcx
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: 48d1f9                         sarq %rcx
     b: 48d1f8                         sarq %rax
     e: 4801c8                         addq %rcx, %rax
    11: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    1b: 4801c1                         addq %rax, %rcx
    1e: 7915                           jns 0x15
    20: 488d044501000000               leaq 0x1(,%rax,2), %rax
    28: 498945f0                       movq %rax, -0x10(%r13)
    2c: 4983c5f8                       addq $-0x8, %r13
    30: e900000000                     jmp 0x0
        # hole +0x31: X86_64_RELOC_BRANCH Rel32 continue-4
    35: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x38: X86_64_RELOC_GOT_LOAD Rel32 data+4
    3c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3f: X86_64_RELOC_GOT_LOAD Rel32 data-4
    43: 4c89e7                         movq %r12, %rdi
    46: 4c89ee                         movq %r13, %rsi
    49: 4c89f2                         movq %r14, %rdx
    4c: b901000000                     movl $0x1, %ecx
    51: e900000000                     jmp 0x0
        # hole +0x52: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
