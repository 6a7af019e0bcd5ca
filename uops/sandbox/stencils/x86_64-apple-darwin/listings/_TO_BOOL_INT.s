# stencil _TO_BOOL_INT for x86_64-apple-darwin: 79 code bytes, 32 data bytes, 11 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: a801                           testb $0x1, %al
     6: 7426                           je 0x26
     8: 4883f802                       cmpq $0x2, %rax
     c: 7310                           jae 0x10
     e: 488b0500000000                 movq (%rip), %rax
        # hole +0x11: X86_64_RELOC_GOT_LOAD Rel32 data+20
    15: 498945f8                       movq %rax, -0x8(%r13)
    19: e900000000                     jmp 0x0
        # hole +0x1a: X86_64_RELOC_BRANCH Rel32 continue-4
    1e: 488b0500000000                 movq (%rip), %rax
        # hole +0x21: X86_64_RELOC_GOT_LOAD Rel32 data+12
    25: 498945f8                       movq %rax, -0x8(%r13)
    29: e900000000                     jmp 0x0
        # hole +0x2a: X86_64_RELOC_BRANCH Rel32 continue-4
    2e: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x31: X86_64_RELOC_GOT_LOAD Rel32 data+4
    35: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x38: X86_64_RELOC_GOT_LOAD Rel32 data-4
    3c: 4c89e7                         movq %r12, %rdi
    3f: 4c89ee                         movq %r13, %rsi
    42: 4c89f2                         movq %r14, %rdx
    45: b901000000                     movl $0x1, %ecx
    4a: e900000000                     jmp 0x0
        # hole +0x4b: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
        # hole data+0x18: GOT Abs64 symbol:tf_False+0
