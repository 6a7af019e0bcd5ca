# stencil _CHECK_EVAL_BREAKER for x86_64-apple-darwin: 44 code bytes, 16 data bytes, 6 holes
     0: 49833e00                       cmpq $0x0, (%r14)
     4: 7505                           jne 0x5
     6: e900000000                     jmp 0x0
        # hole +0x7: X86_64_RELOC_BRANCH Rel32 continue-4
     b: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0xe: X86_64_RELOC_GOT_LOAD Rel32 data+4
    12: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x15: X86_64_RELOC_GOT_LOAD Rel32 data-4
    19: 4c89e7                         movq %r12, %rdi
    1c: 4c89ee                         movq %r13, %rsi
    1f: 4c89f2                         movq %r14, %rdx
    22: b902000000                     movl $0x2, %ecx
    27: e900000000                     jmp 0x0
        # hole +0x28: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
