# stencil _JUMP_TO_TOP for x86_64-apple-darwin: 69 code bytes, 16 data bytes, 6 holes
     0: 498b4608                       movq 0x8(%r14), %rax
     4: 48ffc0                         incq %rax
     7: 49894608                       movq %rax, 0x8(%r14)
     b: 493b4610                       cmpq 0x10(%r14), %rax
     f: 7d2b                           jge 0x2b
    11: 49833e00                       cmpq $0x0, (%r14)
    15: 0f8400000000                   je 0x0
        # hole +0x17: X86_64_RELOC_BRANCH Rel32 jump_target-4
    1b: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x1e: X86_64_RELOC_GOT_LOAD Rel32 data+4
    22: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x25: X86_64_RELOC_GOT_LOAD Rel32 data-4
    29: 4c89e7                         movq %r12, %rdi
    2c: 4c89ee                         movq %r13, %rsi
    2f: 4c89f2                         movq %r14, %rdx
    32: b902000000                     movl $0x2, %ecx
    37: e900000000                     jmp 0x0
        # hole +0x38: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    3c: 49c70601000000                 movq $0x1, (%r14)
    43: ebd6                           jmp -0x2a
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
