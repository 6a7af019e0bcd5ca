# stencil _END for x86_64-unknown-linux-gnu: 22 code bytes, 0 data bytes, 1 holes
     0: 4c89f2                         movq %r14, %rdx
     3: 4c89ee                         movq %r13, %rsi
     6: 4c89e7                         movq %r12, %rdi
     9: 31c9                           xorl %ecx, %ecx
     b: 4531c0                         xorl %r8d, %r8d
     e: 4531c9                         xorl %r9d, %r9d
    11: e900000000                     jmp 0x0
        # hole +0x12: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
