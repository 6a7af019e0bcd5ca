# stencil _SWAP for x86_64-apple-darwin: 41 code bytes, 8 data bytes, 3 holes
     0: 488b0500000000                 movq (%rip), %rax
        # hole +0x3: X86_64_RELOC_GOT_LOAD Rel32 data-4
     7: 498b4df8                       movq -0x8(%r13), %rcx
     b: 48c1e003                       shlq $0x3, %rax
     f: 4c89ea                         movq %r13, %rdx
    12: 4829c2                         subq %rax, %rdx
    15: 48f7d8                         negq %rax
    18: 488b12                         movq (%rdx), %rdx
    1b: 498955f8                       movq %rdx, -0x8(%r13)
    1f: 49894c0500                     movq %rcx, (%r13,%rax)
    24: e900000000                     jmp 0x0
        # hole +0x25: X86_64_RELOC_BRANCH Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
