# stencil _GUARD_NOT_EXHAUSTED_LIST for x86_64-apple-darwin: 56 code bytes, 16 data bytes, 6 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 488b4830                       movq 0x30(%rax), %rcx
     8: 488b4038                       movq 0x38(%rax), %rax
     c: 483b4130                       cmpq 0x30(%rcx), %rax
    10: 7305                           jae 0x5
    12: e900000000                     jmp 0x0
        # hole +0x13: X86_64_RELOC_BRANCH Rel32 continue-4
    17: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x1a: X86_64_RELOC_GOT_LOAD Rel32 data+4
    1e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x21: X86_64_RELOC_GOT_LOAD Rel32 data-4
    25: 4c89e7                         movq %r12, %rdi
    28: 4c89ee                         movq %r13, %rsi
    2b: 4c89f2                         movq %r14, %rdx
    2e: b902000000                     movl $0x2, %ecx
    33: e900000000                     jmp 0x0
        # hole +0x34: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
