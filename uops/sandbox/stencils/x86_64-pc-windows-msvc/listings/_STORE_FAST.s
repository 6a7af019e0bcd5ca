# stencil _STORE_FAST for x86_64-pc-windows-msvc: 63 code bytes, 0 data bytes, 4 holes
     0: 4883ec28                       subq $0x28, %rsp
     4: b800000000                     movl $0x0, %eax
        # hole +0x5: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     9: 498b55f8                       movq -0x8(%r13), %rdx
     d: 4983c5f8                       addq $-0x8, %r13
    11: 498b742418                     movq 0x18(%r12), %rsi
    16: 488b0cc6                       movq (%rsi,%rax,8), %rcx
    1a: 488914c6                       movq %rdx, (%rsi,%rax,8)
    1e: f6c101                         testb $0x1, %cl
    21: 7505                           jne 0x5
    23: 48ff09                         decq (%rcx)
    26: 7409                           je 0x9
    28: 4883c428                       addq $0x28, %rsp
    2c: e900000000                     jmp 0x0
        # hole +0x2d: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    31: e800000000                     callq 0x0
        # hole +0x32: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    36: 4883c428                       addq $0x28, %rsp
    3a: e900000000                     jmp 0x0
        # hole +0x3b: IMAGE_REL_AMD64_REL32 Rel32 continue-4
