# stencil _LOAD_FAST for x86_64-pc-windows-msvc: 34 code bytes, 0 data bytes, 2 holes
     0: b800000000                     movl $0x0, %eax
        # hole +0x1: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     5: 498b4c2418                     movq 0x18(%r12), %rcx
     a: 488b04c1                       movq (%rcx,%rax,8), %rax
     e: a801                           testb $0x1, %al
    10: 7503                           jne 0x3
    12: 48ff00                         incq (%rax)
    15: 49894500                       movq %rax, (%r13)
    19: 4983c508                       addq $0x8, %r13
    1d: e900000000                     jmp 0x0
        # hole +0x1e: IMAGE_REL_AMD64_REL32 Rel32 continue-4
