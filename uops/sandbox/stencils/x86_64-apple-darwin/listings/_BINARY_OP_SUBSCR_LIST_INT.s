# stencil _BINARY_OP_SUBSCR_LIST_INT for x86_64-apple-darwin: 140 code bytes, 16 data bytes, 8 holes
     0: 498b7df0                       movq -0x10(%r13), %rdi
     4: 40f6c701                       testb $0x1, %dil
     8: 7561                           jne 0x61
     a: 837f0803                       cmpl $0x3, 0x8(%rdi)
     e: 755b                           jne 0x5b
    10: 498b45f8                       movq -0x8(%r13), %rax
    14: 89c1                           movl %eax, %ecx
    16: 83e101                         andl $0x1, %ecx
    19: 7450                           je 0x50
    1b: 48d1f8                         sarq %rax
    1e: 784b                           js 0x4b
    20: 483b4730                       cmpq 0x30(%rdi), %rax
    24: 7d45                           jge 0x45
    26: 488b4f40                       movq 0x40(%rdi), %rcx
    2a: 4c8b3cc1                       movq (%rcx,%rax,8), %r15
    2e: 41f6c701                       testb $0x1, %r15b
    32: 7415                           je 0x15
    34: 498d5df8                       leaq -0x8(%r13), %rbx
    38: 48ff0f                         decq (%rdi)
    3b: 7418                           je 0x18
    3d: 4d897df0                       movq %r15, -0x10(%r13)
    41: 4989dd                         movq %rbx, %r13
    44: e900000000                     jmp 0x0
        # hole +0x45: X86_64_RELOC_BRANCH Rel32 continue-4
    49: 49ff07                         incq (%r15)
    4c: 498d5df8                       leaq -0x8(%r13), %rbx
    50: 48ff0f                         decq (%rdi)
    53: 75e8                           jne -0x18
    55: 50                             pushq %rax
    56: e800000000                     callq 0x0
        # hole +0x57: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    5b: 4883c408                       addq $0x8, %rsp
    5f: 4d897df0                       movq %r15, -0x10(%r13)
    63: 4989dd                         movq %rbx, %r13
    66: e900000000                     jmp 0x0
        # hole +0x67: X86_64_RELOC_BRANCH Rel32 continue-4
    6b: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x6e: X86_64_RELOC_GOT_LOAD Rel32 data+4
    72: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x75: X86_64_RELOC_GOT_LOAD Rel32 data-4
    79: 4c89e7                         movq %r12, %rdi
    7c: 4c89ee                         movq %r13, %rsi
    7f: 4c89f2                         movq %r14, %rdx
    82: b901000000                     movl $0x1, %ecx
    87: e900000000                     jmp 0x0
        # hole +0x88: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
