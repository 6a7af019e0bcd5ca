# stencil _LIST_APPEND for x86_64-pc-windows-msvc: 105 code bytes, 24 data bytes, 9 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 4c89e8                         movq %r13, %rax
     7: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xa: IMAGE_REL_AMD64_REL32 Rel32 data-4
     e: 4983c5f8                       addq $-0x8, %r13
    12: 48c1e103                       shlq $0x3, %rcx
    16: 4c89ea                         movq %r13, %rdx
    19: 4829ca                         subq %rcx, %rdx
    1c: 488b12                         movq (%rdx), %rdx
    1f: 4c8b40f8                       movq -0x8(%rax), %r8
    23: 4c89f1                         movq %r14, %rcx
    26: e800000000                     callq 0x0
        # hole +0x27: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
    2b: 85c0                           testl %eax, %eax
    2d: 7509                           jne 0x9
    2f: 4883c438                       addq $0x38, %rsp
    33: e900000000                     jmp 0x0
        # hole +0x34: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    38: 488b0500000000                 movq (%rip), %rax
        # hole +0x3b: IMAGE_REL_AMD64_REL32 Rel32 data+4
    3f: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x42: IMAGE_REL_AMD64_REL32 Rel32 data+12
    46: 4889442428                     movq %rax, 0x28(%rsp)
    4b: 48894c2420                     movq %rcx, 0x20(%rsp)
    50: 4c89e1                         movq %r12, %rcx
    53: 4c89ea                         movq %r13, %rdx
    56: 4d89f0                         movq %r14, %r8
    59: 41b903000000                   movl $0x3, %r9d
    5f: e800000000                     callq 0x0
        # hole +0x60: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    64: 4883c438                       addq $0x38, %rsp
    68: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
