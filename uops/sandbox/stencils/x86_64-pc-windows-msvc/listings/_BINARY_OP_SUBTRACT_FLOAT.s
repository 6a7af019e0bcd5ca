# stencil _BINARY_OP_SUBTRACT_FLOAT for x86_64-pc-windows-msvc: 151 code bytes, 16 data bytes, 9 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4df0                       movq -0x10(%r13), %rcx
     8: 498b75f8                       movq -0x8(%r13), %rsi
     c: f20f107130                     movsd 0x30(%rcx), %xmm6
    11: f20f5c7630                     subsd 0x30(%rsi), %xmm6
    16: f6c101                         testb $0x1, %cl
    19: 7505                           jne 0x5
    1b: 48ff09                         decq (%rcx)
    1e: 7415                           je 0x15
    20: 40f6c601                       testb $0x1, %sil
    24: 751a                           jne 0x1a
    26: 48ff0e                         decq (%rsi)
    29: 7515                           jne 0x15
    2b: 4889f1                         movq %rsi, %rcx
    2e: e800000000                     callq 0x0
        # hole +0x2f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    33: eb0b                           jmp 0xb
    35: e800000000                     callq 0x0
        # hole +0x36: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    3a: 40f6c601                       testb $0x1, %sil
    3e: 74e6                           je -0x1a
    40: 4c89f1                         movq %r14, %rcx
    43: 660f28ce                       movapd %xmm6, %xmm1
    47: e800000000                     callq 0x0
        # hole +0x48: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
    4c: 4885c0                         testq %rax, %rax
    4f: 7411                           je 0x11
    51: 498945f0                       movq %rax, -0x10(%r13)
    55: 4983c5f8                       addq $-0x8, %r13
    59: 4883c438                       addq $0x38, %rsp
    5d: e900000000                     jmp 0x0
        # hole +0x5e: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    62: 488b0500000000                 movq (%rip), %rax
        # hole +0x65: IMAGE_REL_AMD64_REL32 Rel32 data-4
    69: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x6c: IMAGE_REL_AMD64_REL32 Rel32 data+4
    70: 4983c5f0                       addq $-0x10, %r13
    74: 4889442428                     movq %rax, 0x28(%rsp)
    79: 48894c2420                     movq %rcx, 0x20(%rsp)
    7e: 4c89e1                         movq %r12, %rcx
    81: 4c89ea                         movq %r13, %rdx
    84: 4d89f0                         movq %r14, %r8
    87: 41b903000000                   movl $0x3, %r9d
    8d: e800000000                     callq 0x0
        # hole +0x8e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    92: 4883c438                       addq $0x38, %rsp
    96: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
