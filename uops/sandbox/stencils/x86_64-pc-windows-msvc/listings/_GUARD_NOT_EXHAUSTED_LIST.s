# stencil _GUARD_NOT_EXHAUSTED_LIST for x86_64-pc-windows-msvc: 80 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: 488b4830                       movq 0x30(%rax), %rcx
     c: 488b4038                       movq 0x38(%rax), %rax
    10: 483b4130                       cmpq 0x30(%rcx), %rax
    14: 7309                           jae 0x9
    16: 4883c438                       addq $0x38, %rsp
    1a: e900000000                     jmp 0x0
        # hole +0x1b: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    1f: 488b0500000000                 movq (%rip), %rax
        # hole +0x22: IMAGE_REL_AMD64_REL32 Rel32 data-4
    26: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x29: IMAGE_REL_AMD64_REL32 Rel32 data+4
    2d: 4889442428                     movq %rax, 0x28(%rsp)
    32: 48894c2420                     movq %rcx, 0x20(%rsp)
    37: 4c89e1                         movq %r12, %rcx
    3a: 4c89ea                         movq %r13, %rdx
    3d: 4d89f0                         movq %r14, %r8
    40: 41b902000000                   movl $0x2, %r9d
    46: e800000000                     callq 0x0
        # hole +0x47: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    4b: 4883c438                       addq $0x38, %rsp
    4f: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
