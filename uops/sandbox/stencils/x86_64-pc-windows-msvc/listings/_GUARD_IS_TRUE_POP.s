# stencil _GUARD_IS_TRUE_POP for x86_64-pc-windows-msvc: 72 code bytes, 0 data bytes, 5 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 49817df800000000               cmpq $0x0, -0x8(%r13)
        # hole +0x8: IMAGE_REL_AMD64_ADDR32 Abs32 symbol:tf_True+0
     c: 750d                           jne 0xd
     e: 4983c5f8                       addq $-0x8, %r13
    12: 4883c438                       addq $0x38, %rsp
    16: e900000000                     jmp 0x0
        # hole +0x17: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    1b: b800000000                     movl $0x0, %eax
        # hole +0x1c: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    20: b900000000                     movl $0x0, %ecx
        # hole +0x21: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    25: 4889442428                     movq %rax, 0x28(%rsp)
    2a: 48894c2420                     movq %rcx, 0x20(%rsp)
    2f: 4c89e1                         movq %r12, %rcx
    32: 4c89ea                         movq %r13, %rdx
    35: 4d89f0                         movq %r14, %r8
    38: 41b902000000                   movl $0x2, %r9d
    3e: e800000000                     callq 0x0
        # hole +0x3f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    43: 4883c438                       addq $0x38, %rsp
    47: c3                             retq
