# stencil _GUARD_BOTH_INT for x86_64-pc-windows-msvc: 73 code bytes, 0 data bytes, 4 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 41f645f001                     testb $0x1, -0x10(%r13)
     9: 7411                           je 0x11
     b: 498b45f8                       movq -0x8(%r13), %rax
     f: a801                           testb $0x1, %al
    11: 7409                           je 0x9
    13: 4883c438                       addq $0x38, %rsp
    17: e900000000                     jmp 0x0
        # hole +0x18: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    1c: b800000000                     movl $0x0, %eax
        # hole +0x1d: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    21: b900000000                     movl $0x0, %ecx
        # hole +0x22: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    26: 4889442428                     movq %rax, 0x28(%rsp)
    2b: 48894c2420                     movq %rcx, 0x20(%rsp)
    30: 4c89e1                         movq %r12, %rcx
    33: 4c89ea                         movq %r13, %rdx
    36: 4d89f0                         movq %r14, %r8
    39: 41b901000000                   movl $0x1, %r9d
    3f: e800000000                     callq 0x0
        # hole +0x40: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    44: 4883c438                       addq $0x38, %rsp
    48: c3                             retq
