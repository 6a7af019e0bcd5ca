# stencil _ITER_NEXT_LIST for x86_64-unknown-linux-gnu: 48 code bytes, 0 data bytes, 1 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 488b4830                       movq 0x30(%rax), %rcx
     8: 488b5038                       movq 0x38(%rax), %rdx
     c: 488b4940                       movq 0x40(%rcx), %rcx
    10: 488d7201                       leaq 0x1(%rdx), %rsi
    14: 48897038                       movq %rsi, 0x38(%rax)
    18: 488b04d1                       movq (%rcx,%rdx,8), %rax
    1c: a801                           testb $0x1, %al
    1e: 7503                           jne 0x3
    20: 48ff00                         incq (%rax)
    23: 49894500                       movq %rax, (%r13)
    27: 4983c508                       addq $0x8, %r13
    2b: e900000000                     jmp 0x0
        # hole +0x2c: R_X86_64_PLT32 Rel32 continue-4
