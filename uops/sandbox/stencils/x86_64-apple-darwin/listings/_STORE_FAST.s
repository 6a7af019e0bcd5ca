# stencil _STORE_FAST for x86_64-apple-darwin: 62 code bytes, 8 data bytes, 6 holes
     0: 488b0500000000                 movq (%rip), %rax
        # hole +0x3: X86_64_RELOC_GOT_LOAD Rel32 data-4
     7: 498b4df8                       movq -0x8(%r13), %rcx
     b: 4983c5f8                       addq $-0x8, %r13
     f: 498b542418                     movq 0x18(%r12), %rdx
    14: 488b3cc2                       movq (%rdx,%rax,8), %rdi
    18: 48890cc2                       movq %rcx, (%rdx,%rax,8)
    1c: 40f6c701                       testb $0x1, %dil
    20: 0f8500000000                   jne 0x0
        # hole +0x22: X86_64_RELOC_BRANCH Rel32 continue-4
    26: 48ff0f                         decq (%rdi)
    29: 0f8500000000                   jne 0x0
        # hole +0x2b: X86_64_RELOC_BRANCH Rel32 continue-4
    2f: 50                             pushq %rax
    30: e800000000                     callq 0x0
        # hole +0x31: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    35: 4883c408                       addq $0x8, %rsp
    39: e900000000                     jmp 0x0
        # hole +0x3a: X86_64_RELOC_BRANCH Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
