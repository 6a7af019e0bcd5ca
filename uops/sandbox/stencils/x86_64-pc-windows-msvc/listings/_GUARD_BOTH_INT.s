# stencil _GUARD_BOTH_INT for x86_64-pc-windows-msvc: 77 code bytes, 16 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 41f645f001                     testb $0x1, -0x10(%r13)
     9: 7411                           je 0x11
     b: 498b45f8                       movq -0x8(%r13), %rax
     f: a801                           testb $0x1, %al
    11: 7409                           je 0x9
    13: 4883c438                       addq $0x38, %rsp
    17: e900000000                     jmp 0x0
        # hole +0x18: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    1c: 488b0500000000                 movq (%rip), %rax
        # hole +0x1f: IMAGE_REL_AMD64_REL32 Rel32 data-4
    23: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x26: IMAGE_REL_AMD64_REL32 Rel32 data+4
    2a: 4889442428                     movq %rax, 0x28(%rsp)
    2f: 48894c2420                     movq %rcx, 0x20(%rsp)
    34: 4c89e1                         movq %r12, %rcx
    37: 4c89ea                         movq %r13, %rdx
    3a: 4d89f0                         movq %r14, %r8
    3d: 41b901000000                   movl $0x1, %r9d
    43: e800000000                     callq 0x0
        # hole +0x44: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    48: 4883c438                       addq $0x38, %rsp
    4c: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
