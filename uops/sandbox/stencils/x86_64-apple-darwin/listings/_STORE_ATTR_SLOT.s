# stencil _STORE_ATTR_SLOT for x86_64-apple-darwin: 130 code bytes, 24 data bytes, 11 holes
     0: 498b5df8                       movq -0x8(%r13), %rbx
     4: f6c301                         testb $0x1, %bl
     7: 7558                           jne 0x58
     9: 837b0807                       cmpl $0x7, 0x8(%rbx)
     d: 7552                           jne 0x52
     f: 488b0500000000                 movq (%rip), %rax
        # hole +0x12: X86_64_RELOC_GOT_LOAD Rel32 data+12
    16: 48394338                       cmpq %rax, 0x38(%rbx)
    1a: 7645                           jbe 0x45
    1c: 50                             pushq %rax
    1d: 498b4df0                       movq -0x10(%r13), %rcx
    21: 488b7cc340                     movq 0x40(%rbx,%rax,8), %rdi
    26: 48894cc340                     movq %rcx, 0x40(%rbx,%rax,8)
    2b: 40f6c701                       testb $0x1, %dil
    2f: 7505                           jne 0x5
    31: 48ff0f                         decq (%rdi)
    34: 740f                           je 0xf
    36: 4983c5f0                       addq $-0x10, %r13
    3a: 48ff0b                         decq (%rbx)
    3d: 7414                           je 0x14
    3f: 58                             popq %rax
    40: e900000000                     jmp 0x0
        # hole +0x41: X86_64_RELOC_BRANCH Rel32 continue-4
    45: e800000000                     callq 0x0
        # hole +0x46: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    4a: 4983c5f0                       addq $-0x10, %r13
    4e: 48ff0b                         decq (%rbx)
    51: 75ec                           jne -0x14
    53: 4889df                         movq %rbx, %rdi
    56: e800000000                     callq 0x0
        # hole +0x57: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    5b: 58                             popq %rax
    5c: e900000000                     jmp 0x0
        # hole +0x5d: X86_64_RELOC_BRANCH Rel32 continue-4
    61: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x64: X86_64_RELOC_GOT_LOAD Rel32 data+4
    68: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6b: X86_64_RELOC_GOT_LOAD Rel32 data-4
    6f: 4c89e7                         movq %r12, %rdi
    72: 4c89ee                         movq %r13, %rsi
    75: 4c89f2                         movq %r14, %rdx
    78: b901000000                     movl $0x1, %ecx
    7d: e900000000                     jmp 0x0
        # hole +0x7e: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
