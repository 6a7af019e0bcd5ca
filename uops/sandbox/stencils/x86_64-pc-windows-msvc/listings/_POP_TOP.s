# stencil _POP_TOP for x86_64-pc-windows-msvc: 45 code bytes, 0 data bytes, 3 holes
     0: 4883ec28                       subq $0x28, %rsp
     4: 498b4df8                       movq -0x8(%r13), %rcx
     8: 4983c5f8                       addq $-0x8, %r13
     c: f6c101                         testb $0x1, %cl
     f: 7505                           jne 0x5
    11: 48ff09                         decq (%rcx)
    14: 7409                           je 0x9
    16: 4883c428                       addq $0x28, %rsp
    1a: e900000000                     jmp 0x0
        # hole +0x1b: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    1f: e800000000                     callq 0x0
        # hole +0x20: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    24: 4883c428                       addq $0x28, %rsp
    28: e900000000                     jmp 0x0
        # hole +0x29: IMAGE_REL_AMD64_REL32 Rel32 continue-4
