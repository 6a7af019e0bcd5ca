# stencil _LOAD_FAST for x86_64-pc-windows-msvc: 36 code bytes, 8 data bytes, 3 holes
     0: 488b0500000000                 movq (%rip), %rax
        # hole +0x3: IMAGE_REL_AMD64_REL32 Rel32 data-4
     7: 498b4c2418                     movq 0x18(%r12), %rcx
     c: 488b04c1                       movq (%rcx,%rax,8), %rax
    10: a801                           testb $0x1, %al
    12: 7503                           jne 0x3
    14: 48ff00                         incq (%rax)
    17: 49894500                       movq %rax, (%r13)
    1b: 4983c508                       addq $0x8, %r13
    1f: e900000000                     jmp 0x0
        # hole +0x20: IMAGE_REL_AMD64_REL32 Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
