# stencil _LOAD_CONST_INLINE for x86_64-apple-darwin: 27 code bytes, 8 data bytes, 3 holes
     0: 488b0500000000                 movq (%rip), %rax
        # hole +0x3: X86_64_RELOC_GOT_LOAD Rel32 data-4
     7: a801                           testb $0x1, %al
     9: 7503                           jne 0x3
     b: 48ff00                         incq (%rax)
     e: 49894500                       movq %rax, (%r13)
    12: 4983c508                       addq $0x8, %r13
    16: e900000000                     jmp 0x0
        # hole +0x17: X86_64_RELOC_BRANCH Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0+0
