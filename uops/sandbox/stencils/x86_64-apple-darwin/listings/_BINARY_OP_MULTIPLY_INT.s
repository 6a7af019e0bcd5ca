# stencil _BINARY_OP_MULTIPLY_INT for x86_64-apple-darwin: 92 code bytes, 16 data bytes, 6 holes
     0: 498b4df0                       movq -0x10(%r13), %rcx
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: 48d1f9                         sarq %rcx
     b: 48d1f8                         sarq %rax
     e: 480fafc1                       imulq %rcx, %rax
    12: 7027                           jo 0x27
    14: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    1e: 4801c1                         addq %rax, %rcx
    21: 4885c9                         testq %rcx, %rcx
    24: 7915                           jns 0x15
    26: 488d044501000000               leaq 0x1(,%rax,2), %rax
    2e: 498945f0                       movq %rax, -0x10(%r13)
    32: 4983c5f8                       addq $-0x8, %r13
    36: e900000000                     jmp 0x0
        # hole +0x37: X86_64_RELOC_BRANCH Rel32 continue-4
    3b: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x3e: X86_64_RELOC_GOT_LOAD Rel32 data+4
    42: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x45: X86_64_RELOC_GOT_LOAD Rel32 data-4
    49: 4c89e7                         movq %r12, %rdi
    4c: 4c89ee                         movq %r13, %rsi
    4f: 4c89f2                         movq %r14, %rdx
    52: b901000000                     movl $0x1, %ecx
    57: e900000000                     jmp 0x0
        # hole +0x58: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
