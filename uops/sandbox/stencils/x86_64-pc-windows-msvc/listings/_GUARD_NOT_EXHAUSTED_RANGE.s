# stencil _GUARD_NOT_EXHAUSTED_RANGE for x86_64-pc-windows-msvc: 91 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4df8                       movq -0x8(%r13), %rcx
     8: 4883794000                     cmpq $0x0, 0x40(%rcx)
     d: 488b4130                       movq 0x30(%rcx), %rax
    11: 488b4938                       movq 0x38(%rcx), %rcx
    15: 7e0e                           jle 0xe
    17: 4839c8                         cmpq %rcx, %rax
    1a: 7d0e                           jge 0xe
    1c: 4883c438                       addq $0x38, %rsp
    20: e900000000                     jmp 0x0
        # hole +0x21: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    25: 4839c8                         cmpq %rcx, %rax
    28: 7ff2                           jg -0xe
    2a: 488b0500000000                 movq (%rip), %rax
        # hole +0x2d: IMAGE_REL_AMD64_REL32 Rel32 data-4
    31: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x34: IMAGE_REL_AMD64_REL32 Rel32 data+4
    38: 4889442428                     movq %rax, 0x28(%rsp)
    3d: 48894c2420                     movq %rcx, 0x20(%rsp)
    42: 4c89e1                         movq %r12, %rcx
    45: 4c89ea                         movq %r13, %rdx
    48: 4d89f0                         movq %r14, %r8
    4b: 41b902000000                   movl $0x2, %r9d
    51: e800000000                     callq 0x0
        # hole +0x52: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    56: 4883c438                       addq $0x38, %rsp
    5a: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
