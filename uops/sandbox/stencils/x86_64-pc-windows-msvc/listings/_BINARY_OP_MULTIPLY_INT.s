# stencil _BINARY_OP_MULTIPLY_INT for x86_64-pc-windows-msvc: 116 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4df0                       movq -0x10(%r13), %rcx
     8: 498b45f8                       movq -0x8(%r13), %rax
     c: 48d1f9                         sarq %rcx
     f: 48d1f8                         sarq %rax
    12: 480fafc1                       imulq %rcx, %rax
    16: 702b                           jo 0x2b
    18: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    22: 4801c1                         addq %rax, %rcx
    25: 4885c9                         testq %rcx, %rcx
    28: 7919                           jns 0x19
    2a: 488d044501000000               leaq 0x1(,%rax,2), %rax
    32: 498945f0                       movq %rax, -0x10(%r13)
    36: 4983c5f8                       addq $-0x8, %r13
    3a: 4883c438                       addq $0x38, %rsp
    3e: e900000000                     jmp 0x0
        # hole +0x3f: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    43: 488b0500000000                 movq (%rip), %rax
        # hole +0x46: IMAGE_REL_AMD64_REL32 Rel32 data-4
    4a: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x4d: IMAGE_REL_AMD64_REL32 Rel32 data+4
    51: 4889442428                     movq %rax, 0x28(%rsp)
    56: 48894c2420                     movq %rcx, 0x20(%rsp)
    5b: 4c89e1                         movq %r12, %rcx
    5e: 4c89ea                         movq %r13, %rdx
    61: 4d89f0                         movq %r14, %r8
    64: 41b901000000                   movl $0x1, %r9d
    6a: e800000000                     callq 0x0
        # hole +0x6b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    6f: 4883c438                       addq $0x38, %rsp
    73: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
