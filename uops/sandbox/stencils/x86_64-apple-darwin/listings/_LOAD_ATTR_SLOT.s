# stencil _LOAD_ATTR_SLOT for x86_64-apple-darwin: 102 code bytes, 24 data bytes, 10 holes
     0: 498b7df8                       movq -0x8(%r13), %rdi
     4: 40f6c701                       testb $0x1, %dil
     8: 753b                           jne 0x3b
     a: 837f0807                       cmpl $0x7, 0x8(%rdi)
     e: 7535                           jne 0x35
    10: 488b0500000000                 movq (%rip), %rax
        # hole +0x13: X86_64_RELOC_GOT_LOAD Rel32 data+12
    17: 48394738                       cmpq %rax, 0x38(%rdi)
    1b: 7628                           jbe 0x28
    1d: 488b44c740                     movq 0x40(%rdi,%rax,8), %rax
    22: a801                           testb $0x1, %al
    24: 7503                           jne 0x3
    26: 48ff00                         incq (%rax)
    29: 498945f8                       movq %rax, -0x8(%r13)
    2d: 48ff0f                         decq (%rdi)
    30: 0f8500000000                   jne 0x0
        # hole +0x32: X86_64_RELOC_BRANCH Rel32 continue-4
    36: 50                             pushq %rax
    37: e800000000                     callq 0x0
        # hole +0x38: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    3c: 4883c408                       addq $0x8, %rsp
    40: e900000000                     jmp 0x0
        # hole +0x41: X86_64_RELOC_BRANCH Rel32 continue-4
    45: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x48: X86_64_RELOC_GOT_LOAD Rel32 data+4
    4c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x4f: X86_64_RELOC_GOT_LOAD Rel32 data-4
    53: 4c89e7                         movq %r12, %rdi
    56: 4c89ee                         movq %r13, %rsi
    59: 4c89f2                         movq %r14, %rdx
    5c: b901000000                     movl $0x1, %ecx
    61: e900000000                     jmp 0x0
        # hole +0x62: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
