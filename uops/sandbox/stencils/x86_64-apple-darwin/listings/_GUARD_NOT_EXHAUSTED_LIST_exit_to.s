# stencil _GUARD_NOT_EXHAUSTED_LIST@exit_to for x86_64-apple-darwin: 27 code bytes, 0 data bytes, 2 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 488b4830                       movq 0x30(%rax), %rcx
     8: 488b4038                       movq 0x38(%rax), %rax
     c: 483b4130                       cmpq 0x30(%rcx), %rax
    10: 0f8300000000                   jae 0x0
        # hole +0x12: X86_64_RELOC_BRANCH Rel32 exit_trace-4
    16: e900000000                     jmp 0x0
        # hole +0x17: X86_64_RELOC_BRANCH Rel32 continue-4
