# stencil _TO_BOOL_INT for x86_64-pc-windows-msvc: 107 code bytes, 32 data bytes, 11 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: a801                           testb $0x1, %al
     a: 742e                           je 0x2e
     c: 4883f802                       cmpq $0x2, %rax
    10: 7314                           jae 0x14
    12: 488b0500000000                 movq (%rip), %rax
        # hole +0x15: IMAGE_REL_AMD64_REL32 Rel32 data-4
    19: 498945f8                       movq %rax, -0x8(%r13)
    1d: 4883c438                       addq $0x38, %rsp
    21: e900000000                     jmp 0x0
        # hole +0x22: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    26: 488b0500000000                 movq (%rip), %rax
        # hole +0x29: IMAGE_REL_AMD64_REL32 Rel32 data+4
    2d: 498945f8                       movq %rax, -0x8(%r13)
    31: 4883c438                       addq $0x38, %rsp
    35: e900000000                     jmp 0x0
        # hole +0x36: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    3a: 488b0500000000                 movq (%rip), %rax
        # hole +0x3d: IMAGE_REL_AMD64_REL32 Rel32 data+12
    41: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x44: IMAGE_REL_AMD64_REL32 Rel32 data+20
    48: 4889442428                     movq %rax, 0x28(%rsp)
    4d: 48894c2420                     movq %rcx, 0x20(%rsp)
    52: 4c89e1                         movq %r12, %rcx
    55: 4c89ea                         movq %r13, %rdx
    58: 4d89f0                         movq %r14, %r8
    5b: 41b901000000                   movl $0x1, %r9d
    61: e800000000                     callq 0x0
        # hole +0x62: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    66: 4883c438                       addq $0x38, %rsp
    6a: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 target+0
        # hole data+0x18: GOT Abs64 index+0
