# stencil _CHECK_EVAL_BREAKER@exit_to for x86_64-apple-darwin: 15 code bytes, 0 data bytes, 2 holes
     0: 49833e00                       cmpq $0x0, (%r14)
     4: 0f8500000000                   jne 0x0
        # hole +0x6: X86_64_RELOC_BRANCH Rel32 exit_trace-4
     a: e900000000                     jmp 0x0
        # hole +0xb: X86_64_RELOC_BRANCH Rel32 continue-4
