# stencil _GUARD_IS_FALSE_POP@exit_to for x86_64-apple-darwin: 26 code bytes, 8 data bytes, 4 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 483b0500000000                 cmpq (%rip), %rax
        # hole +0x7: X86_64_RELOC_GOT Rel32 data-4
     b: 0f8500000000                   jne 0x0
        # hole +0xd: X86_64_RELOC_BRANCH Rel32 exit_trace-4
    11: 4983c5f8                       addq $-0x8, %r13
    15: e900000000                     jmp 0x0
        # hole +0x16: X86_64_RELOC_BRANCH Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
