# stencil _DEOPT for x86_64-apple-darwin: 33 code bytes, 16 data bytes, 5 holes
     0: 4c89f2                         movq %r14, %rdx
     3: 4c89ee                         movq %r13, %rsi
     6: 4c89e7                         movq %r12, %rdi
     9: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0xc: X86_64_RELOC_GOT_LOAD Rel32 data+4
    10: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x13: X86_64_RELOC_GOT_LOAD Rel32 data-4
    17: b901000000                     movl $0x1, %ecx
    1c: e900000000                     jmp 0x0
        # hole +0x1d: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
