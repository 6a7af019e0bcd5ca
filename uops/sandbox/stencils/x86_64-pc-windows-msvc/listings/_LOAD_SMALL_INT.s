# stencil _LOAD_SMALL_INT for x86_64-pc-windows-msvc: 26 code bytes, 0 data bytes, 2 holes
     0: b800000000                     movl $0x0, %eax
        # hole +0x1: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     5: 488d044501000000               leaq 0x1(,%rax,2), %rax
     d: 49894500                       movq %rax, (%r13)
    11: 4983c508                       addq $0x8, %r13
    15: e900000000                     jmp 0x0
        # hole +0x16: IMAGE_REL_AMD64_REL32 Rel32 continue-4
