# stencil _GUARD_TYPE_VERSION for x86_64-apple-darwin: 69 code bytes, 24 data bytes, 8 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: a801                           testb $0x1, %al
     6: 751c                           jne 0x1c
     8: 83780807                       cmpl $0x7, 0x8(%rax)
     c: 7516                           jne 0x16
     e: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x11: X86_64_RELOC_GOT_LOAD Rel32 data+12
    15: 488b4030                       movq 0x30(%rax), %rax
    19: 48394830                       cmpq %rcx, 0x30(%rax)
    1d: 7505                           jne 0x5
    1f: e900000000                     jmp 0x0
        # hole +0x20: X86_64_RELOC_BRANCH Rel32 continue-4
    24: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x27: X86_64_RELOC_GOT_LOAD Rel32 data+4
    2b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2e: X86_64_RELOC_GOT_LOAD Rel32 data-4
    32: 4c89e7                         movq %r12, %rdi
    35: 4c89ee                         movq %r13, %rsi
    38: 4c89f2                         movq %r14, %rdx
    3b: b901000000                     movl $0x1, %ecx
    40: e900000000                     jmp 0x0
        # hole +0x41: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 operand0+0
