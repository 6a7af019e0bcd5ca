# stencil _LOAD_SMALL_INT for x86_64-apple-darwin: 28 code bytes, 8 data bytes, 3 holes
     0: 488b0500000000                 movq (%rip), %rax
        # hole +0x3: X86_64_RELOC_GOT_LOAD Rel32 data-4
     7: 488d044501000000               leaq 0x1(,%rax,2), %rax
     f: 49894500                       movq %rax, (%r13)
    13: 4983c508                       addq $0x8, %r13
    17: e900000000                     jmp 0x0
        # hole +0x18: X86_64_RELOC_BRANCH Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
