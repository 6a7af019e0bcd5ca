# stencil _LOAD_CONST_INLINE for x86_64-unknown-linux-gnu: 30 code bytes, 0 data bytes, 2 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 operand0+0
     a: a801                           testb $0x1, %al
     c: 7503                           jne 0x3
     e: 48ff00                         incq (%rax)
    11: 49894500                       movq %rax, (%r13)
    15: 4983c508                       addq $0x8, %r13
    19: e900000000                     jmp 0x0
        # hole +0x1a: R_X86_64_PLT32 Rel32 continue-4
