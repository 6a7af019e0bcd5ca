# stencil _SWAP for x86_64-pc-windows-msvc: 39 code bytes, 0 data bytes, 2 holes
     0: b800000000                     movl $0x0, %eax
        # hole +0x1: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     5: 498b4df8                       movq -0x8(%r13), %rcx
     9: 48c1e003                       shlq $0x3, %rax
     d: 4c89ea                         movq %r13, %rdx
    10: 4829c2                         subq %rax, %rdx
    13: 48f7d8                         negq %rax
    16: 488b12                         movq (%rdx), %rdx
    19: 498955f8                       movq %rdx, -0x8(%r13)
    1d: 49894c0500                     movq %rcx, (%r13,%rax)
    22: e900000000                     jmp 0x0
        # hole +0x23: IMAGE_REL_AMD64_REL32 Rel32 continue-4
