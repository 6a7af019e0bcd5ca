# stencil _GUARD_IS_FALSE_POP for x86_64-apple-darwin: 55 code bytes, 24 data bytes, 8 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 483b0500000000                 cmpq (%rip), %rax
        # hole +0x7: X86_64_RELOC_GOT Rel32 data+12
     b: 7509                           jne 0x9
     d: 4983c5f8                       addq $-0x8, %r13
    11: e900000000                     jmp 0x0
        # hole +0x12: X86_64_RELOC_BRANCH Rel32 continue-4
    16: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x19: X86_64_RELOC_GOT_LOAD Rel32 data+4
    1d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x20: X86_64_RELOC_GOT_LOAD Rel32 data-4
    24: 4c89e7                         movq %r12, %rdi
    27: 4c89ee                         movq %r13, %rsi
    2a: 4c89f2                         movq %r14, %rdx
    2d: b902000000                     movl $0x2, %ecx
    32: e900000000                     jmp 0x0
        # hole +0x33: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
