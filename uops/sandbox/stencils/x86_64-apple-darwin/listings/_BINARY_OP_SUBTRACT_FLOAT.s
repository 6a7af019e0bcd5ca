# stencil _BINARY_OP_SUBTRACT_FLOAT for x86_64-apple-darwin: 145 code bytes, 16 data bytes, 9 holes
     0: 50                             pushq %rax
     1: 498b7df0                       movq -0x10(%r13), %rdi
     5: 498b5df8                       movq -0x8(%r13), %rbx
     9: f20f104730                     movsd 0x30(%rdi), %xmm0
     e: f20f5c4330                     subsd 0x30(%rbx), %xmm0
    13: 40f6c701                       testb $0x1, %dil
    17: 7505                           jne 0x5
    19: 48ff0f                         decq (%rdi)
    1c: 741e                           je 0x1e
    1e: f6c301                         testb $0x1, %bl
    21: 752d                           jne 0x2d
    23: 48ff0b                         decq (%rbx)
    26: 7528                           jne 0x28
    28: 4889df                         movq %rbx, %rdi
    2b: f20f110424                     movsd %xmm0, (%rsp)
    30: e800000000                     callq 0x0
        # hole +0x31: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    35: f20f100424                     movsd (%rsp), %xmm0
    3a: eb14                           jmp 0x14
    3c: f20f110424                     movsd %xmm0, (%rsp)
    41: e800000000                     callq 0x0
        # hole +0x42: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    46: f20f100424                     movsd (%rsp), %xmm0
    4b: f6c301                         testb $0x1, %bl
    4e: 74d3                           je -0x2d
    50: 4c89f7                         movq %r14, %rdi
    53: e800000000                     callq 0x0
        # hole +0x54: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
    58: 4885c0                         testq %rax, %rax
    5b: 740e                           je 0xe
    5d: 498945f0                       movq %rax, -0x10(%r13)
    61: 4983c5f8                       addq $-0x8, %r13
    65: 58                             popq %rax
    66: e900000000                     jmp 0x0
        # hole +0x67: X86_64_RELOC_BRANCH Rel32 continue-4
    6b: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x6e: X86_64_RELOC_GOT_LOAD Rel32 data+4
    72: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x75: X86_64_RELOC_GOT_LOAD Rel32 data-4
    79: 4983c5f0                       addq $-0x10, %r13
    7d: 4c89e7                         movq %r12, %rdi
    80: 4c89ee                         movq %r13, %rsi
    83: 4c89f2                         movq %r14, %rdx
    86: b903000000                     movl $0x3, %ecx
    8b: 58                             popq %rax
    8c: e900000000                     jmp 0x0
        # hole +0x8d: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
