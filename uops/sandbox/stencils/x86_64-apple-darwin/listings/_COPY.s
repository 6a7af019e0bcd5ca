# stencil _COPY for x86_64-apple-darwin: 40 code bytes, 8 data bytes, 3 holes
     0: 488b0500000000                 movq (%rip), %rax
        # hole +0x3: X86_64_RELOC_GOT_LOAD Rel32 data-4
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
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
