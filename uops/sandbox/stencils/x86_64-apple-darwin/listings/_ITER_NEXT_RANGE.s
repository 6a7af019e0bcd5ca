# stencil _ITER_NEXT_RANGE for x86_64-apple-darwin: 40 code bytes, 0 data bytes, 1 holes
     0: 498b45f8                       movq -0x8(%r13), %rax
     4: 488b4830                       movq 0x30(%rax), %rcx
     8: 488b5040                       movq 0x40(%rax), %rdx
     c: 4801ca                         addq %rcx, %rdx
     f: 48895030                       movq %rdx, 0x30(%rax)
    13: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    1b: 49894500                       movq %rax, (%r13)
    1f: 4983c508                       addq $0x8, %r13
    23: e900000000                     jmp 0x0
        # hole +0x24: X86_64_RELOC_BRANCH Rel32 continue-4
