# stencil _LIST_APPEND for x86_64-apple-darwin: 84 code bytes, 24 data bytes, 9 holes
     0: 50                             pushq %rax
     1: 4c89e8                         movq %r13, %rax
     4: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x7: X86_64_RELOC_GOT_LOAD Rel32 data+12
     b: 4983c5f8                       addq $-0x8, %r13
     f: 48c1e103                       shlq $0x3, %rcx
    13: 4c89ea                         movq %r13, %rdx
    16: 4829ca                         subq %rcx, %rdx
    19: 488b32                         movq (%rdx), %rsi
    1c: 488b50f8                       movq -0x8(%rax), %rdx
    20: 4c89f7                         movq %r14, %rdi
    23: e800000000                     callq 0x0
        # hole +0x24: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
    28: 85c0                           testl %eax, %eax
    2a: 7506                           jne 0x6
    2c: 58                             popq %rax
    2d: e900000000                     jmp 0x0
        # hole +0x2e: X86_64_RELOC_BRANCH Rel32 continue-4
    32: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x35: X86_64_RELOC_GOT_LOAD Rel32 data+4
    39: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3c: X86_64_RELOC_GOT_LOAD Rel32 data-4
    40: 4c89e7                         movq %r12, %rdi
    43: 4c89ee                         movq %r13, %rsi
    46: 4c89f2                         movq %r14, %rdx
    49: b903000000                     movl $0x3, %ecx
    4e: 58                             popq %rax
    4f: e900000000                     jmp 0x0
        # hole +0x50: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
