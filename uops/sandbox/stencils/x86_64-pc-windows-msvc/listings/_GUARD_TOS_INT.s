# stencil _GUARD_TOS_INT for x86_64-pc-windows-msvc: 65 code bytes, 0 data bytes, 4 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 41f645f801                     testb $0x1, -0x8(%r13)
     9: 7409                           je 0x9
     b: 4883c438                       addq $0x38, %rsp
     f: e900000000                     jmp 0x0
        # hole +0x10: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    14: b800000000                     movl $0x0, %eax
        # hole +0x15: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    19: b900000000                     movl $0x0, %ecx
        # hole +0x1a: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    1e: 4889442428                     movq %rax, 0x28(%rsp)
    23: 48894c2420                     movq %rcx, 0x20(%rsp)
    28: 4c89e1                         movq %r12, %rcx
    2b: 4c89ea                         movq %r13, %rdx
    2e: 4d89f0                         movq %r14, %r8
    31: 41b901000000                   movl $0x1, %r9d
    37: e800000000                     callq 0x0
        # hole +0x38: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    3c: 4883c438                       addq $0x38, %rsp
    40: c3                             retq
