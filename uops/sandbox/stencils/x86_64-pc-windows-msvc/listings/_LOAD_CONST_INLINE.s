# stencil _LOAD_CONST_INLINE for x86_64-pc-windows-msvc: 25 code bytes, 0 data bytes, 2 holes
     0: b800000000                     movl $0x0, %eax
        # hole +0x1: IMAGE_REL_AMD64_ADDR32 Abs32 operand0+0
     5: a801                           testb $0x1, %al
     7: 7503                           jne 0x3
     9: 48ff00                         incq (%rax)
     c: 49894500                       movq %rax, (%r13)
    10: 4983c508                       addq $0x8, %r13
    14: e900000000                     jmp 0x0
        # hole +0x15: IMAGE_REL_AMD64_REL32 Rel32 continue-4
