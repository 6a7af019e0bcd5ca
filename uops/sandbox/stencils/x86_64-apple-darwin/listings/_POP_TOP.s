# stencil _POP_TOP for x86_64-apple-darwin: 42 code bytes, 0 data bytes, 4 holes
     0: 498b7df8                       movq -0x8(%r13), %rdi
     4: 4983c5f8                       addq $-0x8, %r13
     8: 40f6c701                       testb $0x1, %dil
     c: 0f8500000000                   jne 0x0
        # hole +0xe: X86_64_RELOC_BRANCH Rel32 continue-4
    12: 48ff0f                         decq (%rdi)
    15: 0f8500000000                   jne 0x0
        # hole +0x17: X86_64_RELOC_BRANCH Rel32 continue-4
    1b: 50                             pushq %rax
    1c: e800000000                     callq 0x0
        # hole +0x1d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    21: 4883c408                       addq $0x8, %rsp
    25: e900000000                     jmp 0x0
        # hole +0x26: X86_64_RELOC_BRANCH Rel32 continue-4
