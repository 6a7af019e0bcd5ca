# stencil _LIST_APPEND for x86_64-pc-windows-msvc: 96 code bytes, 0 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: b800000000                     movl $0x0, %eax
        # hole +0x5: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     9: 4d8b45f8                       movq -0x8(%r13), %r8
     d: 4983c5f8                       addq $-0x8, %r13
    11: 48c1e003                       shlq $0x3, %rax
    15: 4c89e9                         movq %r13, %rcx
    18: 4829c1                         subq %rax, %rcx
    1b: 488b11                         movq (%rcx), %rdx
    1e: 4c89f1                         movq %r14, %rcx
    21: e800000000                     callq 0x0
        # hole +0x22: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
    26: 85c0                           testl %eax, %eax
    28: 7509                           jne 0x9
    2a: 4883c438                       addq $0x38, %rsp
    2e: e900000000                     jmp 0x0
        # hole +0x2f: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    33: b800000000                     movl $0x0, %eax
        # hole +0x34: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    38: b900000000                     movl $0x0, %ecx
        # hole +0x39: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    3d: 4889442428                     movq %rax, 0x28(%rsp)
    42: 48894c2420                     movq %rcx, 0x20(%rsp)
    47: 4c89e1                         movq %r12, %rcx
    4a: 4c89ea                         movq %r13, %rdx
    4d: 4d89f0                         movq %r14, %r8
    50: 41b903000000                   movl $0x3, %r9d
    56: e800000000                     callq 0x0
        # hole +0x57: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    5b: 4883c438                       addq $0x38, %rsp
    5f: c3                             retq
