# stencil _COPY for x86_64-unknown-linux-gnu: 43 code bytes, 0 data bytes, 2 holes
     0: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2: R_X86_64_64 Abs64 oparg+0
     a: 48c1e003                       shlq $0x3, %rax
     e: 4c89e9                         movq %r13, %rcx
    11: 4829c1                         subq %rax, %rcx
    14: 488b01                         movq (%rcx), %rax
    17: a801                           testb $0x1, %al
    19: 7503                           jne 0x3
    1b: 48ff00                         incq (%rax)
    1e: 49894500                       movq %rax, (%r13)
    22: 4983c508                       addq $0x8, %r13
    26: e900000000                     jmp 0x0
        # hole +0x27: R_X86_64_PLT32 Rel32 continue-4
