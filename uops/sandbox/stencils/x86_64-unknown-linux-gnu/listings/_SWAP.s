# stencil _SWAP for x86_64-unknown-linux-gnu: 44 code bytes, 0 data bytes, 2 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 oparg+0
     a: 498b4df8                       movq -0x8(%r13), %rcx
     e: 48c1e003                       shlq $0x3, %rax
    12: 4c89ea                         movq %r13, %rdx
    15: 4829c2                         subq %rax, %rdx
    18: 48f7d8                         negq %rax
    1b: 488b12                         movq (%rdx), %rdx
    1e: 498955f8                       movq %rdx, -0x8(%r13)
    22: 49894c0500                     movq %rcx, (%r13,%rax)
    27: e900000000                     jmp 0x0
        # hole +0x28: R_X86_64_PLT32 Rel32 continue-4
