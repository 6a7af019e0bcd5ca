# stencil _LIST_APPEND for x86_64-apple-darwin: 81 code bytes, 24 data bytes, 9 holes
     0: 50                             pushq %rax
     1: 488b0500000000                 movq (%rip), %rax
        # hole +0x4: X86_64_RELOC_GOT_LOAD Rel32 data+12
     8: 498b55f8                       movq -0x8(%r13), %rdx
     c: 4983c5f8                       addq $-0x8, %r13
    10: 48c1e003                       shlq $0x3, %rax
    14: 4c89e9                         movq %r13, %rcx
    17: 4829c1                         subq %rax, %rcx
    1a: 488b31                         movq (%rcx), %rsi
    1d: 4c89f7                         movq %r14, %rdi
    20: e800000000                     callq 0x0
        # hole +0x21: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
    25: 85c0                           testl %eax, %eax
    27: 7506                           jne 0x6
    29: 58                             popq %rax
    2a: e900000000                     jmp 0x0
        # hole +0x2b: X86_64_RELOC_BRANCH Rel32 continue-4
    2f: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x32: X86_64_RELOC_GOT_LOAD Rel32 data+4
    36: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x39: X86_64_RELOC_GOT_LOAD Rel32 data-4
    3d: 4c89e7                         movq %r12, %rdi
    40: 4c89ee                         movq %r13, %rsi
    43: 4c89f2                         movq %r14, %rdx
    46: b903000000                     movl $0x3, %ecx
    4b: 58                             popq %rax
    4c: e900000000                     jmp 0x0
        # hole +0x4d: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
