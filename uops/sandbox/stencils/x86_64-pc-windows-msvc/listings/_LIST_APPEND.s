# stencil _LIST_APPEND for x86_64-pc-windows-msvc: 102 code bytes, 24 data bytes, 9 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 488b0500000000                 movq (%rip), %rax
        # hole +0x7: IMAGE_REL_AMD64_REL32 Rel32 data-4
     b: 4d8b45f8                       movq -0x8(%r13), %r8
     f: 4983c5f8                       addq $-0x8, %r13
    13: 48c1e003                       shlq $0x3, %rax
    17: 4c89e9                         movq %r13, %rcx
    1a: 4829c1                         subq %rax, %rcx
    1d: 488b11                         movq (%rcx), %rdx
    20: 4c89f1                         movq %r14, %rcx
    23: e800000000                     callq 0x0
        # hole +0x24: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
    28: 85c0                           testl %eax, %eax
    2a: 7509                           jne 0x9
    2c: 4883c438                       addq $0x38, %rsp
    30: e900000000                     jmp 0x0
        # hole +0x31: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    35: 488b0500000000                 movq (%rip), %rax
        # hole +0x38: IMAGE_REL_AMD64_REL32 Rel32 data+4
    3c: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x3f: IMAGE_REL_AMD64_REL32 Rel32 data+12
    43: 4889442428                     movq %rax, 0x28(%rsp)
    48: 48894c2420                     movq %rcx, 0x20(%rsp)
    4d: 4c89e1                         movq %r12, %rcx
    50: 4c89ea                         movq %r13, %rdx
    53: 4d89f0                         movq %r14, %r8
    56: 41b903000000                   movl $0x3, %r9d
    5c: e800000000                     callq 0x0
        # hole +0x5d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    61: 4883c438                       addq $0x38, %rsp
    65: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
