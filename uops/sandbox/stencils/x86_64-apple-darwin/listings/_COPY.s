# stencil _COPY for x86_64-apple-darwin: 40 code bytes, 0 data bytes, 2 holes
     0: 488d0500000000                 leaq (%rip), %rax
        # hole +0x3: X86_64_RELOC_SIGNED Rel32 oparg-4
     7: 48c1e003                       shlq $0x3, %rax
     b: 4c89e9                         movq %r13, %rcx
     e: 4829c1                         subq %rax, %rcx
    11: 488b01                         movq (%rcx), %rax
    14: a801                           testb $0x1, %al
    16: 7503                           jne 0x3
    18: 48ff00                         incq (%rax)
    1b: 49894500                       movq %rax, (%r13)
    1f: 4983c508                       addq $0x8, %r13
    23: e900000000                     jmp 0x0
        # hole +0x24: X86_64_RELOC_BRANCH Rel32 continue-4
