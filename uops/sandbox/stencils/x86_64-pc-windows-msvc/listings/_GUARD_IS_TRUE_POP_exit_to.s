# stencil _GUARD_IS_TRUE_POP@exit_to for x86_64-pc-windows-msvc: 26 code bytes, 8 data bytes, 4 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 483b0500000000                 cmpq (%rip), %rax
        # hole +0x7: IMAGE_REL_AMD64_REL32 Rel32 data-4
     b: 0f8500000000                   jne 0x0
        # hole +0xd: IMAGE_REL_AMD64_REL32 Rel32 exit_trace-4
    11: 4983c5f8                       addq $-0x8, %r13
    15: e900000000                     jmp 0x0
        # hole +0x16: IMAGE_REL_AMD64_REL32 Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_True+0
