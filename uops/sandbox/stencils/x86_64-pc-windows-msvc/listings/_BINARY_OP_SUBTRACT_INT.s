# stencil _BINARY_OP_SUBTRACT_INT for x86_64-pc-windows-msvc: 110 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f0                       movq -0x10(%r13), %rax
     8: 498b4df8                       movq -0x8(%r13), %rcx
     c: 48d1f8                         sarq %rax
     f: 48d1f9                         sarq %rcx
    12: 4829c8                         subq %rcx, %rax
    15: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    1f: 4801c1                         addq %rax, %rcx
    22: 7919                           jns 0x19
    24: 488d044501000000               leaq 0x1(,%rax,2), %rax
    2c: 498945f0                       movq %rax, -0x10(%r13)
    30: 4983c5f8                       addq $-0x8, %r13
    34: 4883c438                       addq $0x38, %rsp
    38: e900000000                     jmp 0x0
        # hole +0x39: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    3d: 488b0500000000                 movq (%rip), %rax
        # hole +0x40: IMAGE_REL_AMD64_REL32 Rel32 data-4
    44: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x47: IMAGE_REL_AMD64_REL32 Rel32 data+4
    4b: 4889442428                     movq %rax, 0x28(%rsp)
    50: 48894c2420                     movq %rcx, 0x20(%rsp)
    55: 4c89e1                         movq %r12, %rcx
    58: 4c89ea                         movq %r13, %rdx
    5b: 4d89f0                         movq %r14, %r8
    5e: 41b901000000                   movl $0x1, %r9d
    64: e800000000                     callq 0x0
        # hole +0x65: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    69: 4883c438                       addq $0x38, %rsp
    6d: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
