# stencil _COPY for x86_64-pc-windows-msvc: 38 code bytes, 0 data bytes, 2 holes
     0: b800000000                     movl $0x0, %eax
        # hole +0x1: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     5: 48c1e003                       shlq $0x3, %rax
     9: 4c89e9                         movq %r13, %rcx
     c: 4829c1                         subq %rax, %rcx
     f: 488b01                         movq (%rcx), %rax
    12: a801                           testb $0x1, %al
    14: 7503                           jne 0x3
    16: 48ff00                         incq (%rax)
    19: 49894500                       movq %rax, (%r13)
    1d: 4983c508                       addq $0x8, %r13
    21: e900000000                     jmp 0x0
        # hole +0x22: IMAGE_REL_AMD64_REL32 Rel32 continue-4
