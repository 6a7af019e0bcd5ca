# stencil _LOAD_SMALL_INT for x86_64-unknown-linux-gnu: 31 code bytes, 0 data bytes, 2 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 oparg+0
     a: 488d044501000000               leaq 0x1(,%rax,2), %rax
    12: 49894500                       movq %rax, (%r13)
    16: 4983c508                       addq $0x8, %r13
    1a: e900000000                     jmp 0x0
        # hole +0x1b: R_X86_64_PLT32 Rel32 continue-4
