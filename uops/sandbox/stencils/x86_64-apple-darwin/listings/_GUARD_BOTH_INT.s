# stencil _GUARD_BOTH_INT for x86_64-apple-darwin: 53 code bytes, 16 data bytes, 6 holes
     0: 41f645f001                     testb $0x1, -0x10(%r13)
     5: 740d                           je 0xd
     7: 498b45f8                       movq -0x8(%r13), %rax
     b: a801                           testb $0x1, %al
     d: 7405                           je 0x5
     f: e900000000                     jmp 0x0
        # hole +0x10: X86_64_RELOC_BRANCH Rel32 continue-4
    14: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x17: X86_64_RELOC_GOT_LOAD Rel32 data+4
    1b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1e: X86_64_RELOC_GOT_LOAD Rel32 data-4
    22: 4c89e7                         movq %r12, %rdi
    25: 4c89ee                         movq %r13, %rsi
    28: 4c89f2                         movq %r14, %rdx
    2b: b901000000                     movl $0x1, %ecx
    30: e900000000                     jmp 0x0
        # hole +0x31: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
