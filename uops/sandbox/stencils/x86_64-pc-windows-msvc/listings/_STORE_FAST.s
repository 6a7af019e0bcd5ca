# stencil _STORE_FAST for x86_64-pc-windows-msvc: 65 code bytes, 8 data bytes, 5 holes
     0: 4883ec28                       subq $0x28, %rsp
     4: 488b0500000000                 movq (%rip), %rax
        # hole +0x7: IMAGE_REL_AMD64_REL32 Rel32 data-4
     b: 498b55f8                       movq -0x8(%r13), %rdx
     f: 4983c5f8                       addq $-0x8, %r13
    13: 498b742418                     movq 0x18(%r12), %rsi
    18: 488b0cc6                       movq (%rsi,%rax,8), %rcx
    1c: 488914c6                       movq %rdx, (%rsi,%rax,8)
    20: f6c101                         testb $0x1, %cl
    23: 7505                           jne 0x5
    25: 48ff09                         decq (%rcx)
    28: 7409                           je 0x9
    2a: 4883c428                       addq $0x28, %rsp
    2e: e900000000                     jmp 0x0
        # hole +0x2f: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    33: e800000000                     callq 0x0
        # hole +0x34: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    38: 4883c428                       addq $0x28, %rsp
    3c: e900000000                     jmp 0x0
        # hole +0x3d: IMAGE_REL_AMD64_REL32 Rel32 continue-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
