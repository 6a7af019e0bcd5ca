# stencil _GUARD_BOTH_INT for x86_64-apple-darwin: 52 code bytes, 16 data bytes, 6 holes
     0: 41f645f001                     testb $0x1, -0x10(%r13)
     5: 740c                           je 0xc
     7: 41f645f801                     testb $0x1, -0x8(%r13)
     c: 7405                           je 0x5
     e: e900000000                     jmp 0x0
        # hole +0xf: X86_64_RELOC_BRANCH Rel32 continue-4
    13: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x16: X86_64_RELOC_GOT_LOAD Rel32 data+4
    1a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1d: X86_64_RELOC_GOT_LOAD Rel32 data-4
    21: 4c89e7                         movq %r12, %rdi
    24: 4c89ee                         movq %r13, %rsi
    27: 4c89f2                         movq %r14, %rdx
    2a: b901000000                     movl $0x1, %ecx
    2f: e900000000                     jmp 0x0
        # hole +0x30: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
