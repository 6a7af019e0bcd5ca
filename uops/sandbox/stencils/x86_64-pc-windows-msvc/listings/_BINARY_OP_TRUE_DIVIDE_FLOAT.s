# stencil _BINARY_OP_TRUE_DIVIDE_FLOAT for x86_64-pc-windows-msvc: 175 code bytes, 16 data bytes, 9 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4df0                       movq -0x10(%r13), %rcx
     8: 498b75f8                       movq -0x8(%r13), %rsi
     c: f20f107130                     movsd 0x30(%rcx), %xmm6
    11: f20f107e30                     movsd 0x30(%rsi), %xmm7
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
    40: 660f57c0                       xorpd %xmm0, %xmm0
    44: 660f2ef8                       ucomisd %xmm0, %xmm7
    48: 7502                           jne 0x2
    4a: 7b26                           jnp 0x26
    4c: f20f5ef7                       divsd %xmm7, %xmm6
    50: 4c89f1                         movq %r14, %rcx
    53: 660f28ce                       movapd %xmm6, %xmm1
    57: e800000000                     callq 0x0
        # hole +0x58: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
    5c: 4885c0                         testq %rax, %rax
    5f: 7419                           je 0x19
    61: 498945f0                       movq %rax, -0x10(%r13)
    65: 4983c5f8                       addq $-0x8, %r13
    69: 4883c438                       addq $0x38, %rsp
    6d: e900000000                     jmp 0x0
        # hole +0x6e: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    72: 49c7461801000000               movq $0x1, 0x18(%r14)
    7a: 488b0500000000                 movq (%rip), %rax
        # hole +0x7d: IMAGE_REL_AMD64_REL32 Rel32 data-4
    81: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x84: IMAGE_REL_AMD64_REL32 Rel32 data+4
    88: 4983c5f0                       addq $-0x10, %r13
    8c: 4889442428                     movq %rax, 0x28(%rsp)
    91: 48894c2420                     movq %rcx, 0x20(%rsp)
    96: 4c89e1                         movq %r12, %rcx
    99: 4c89ea                         movq %r13, %rdx
    9c: 4d89f0                         movq %r14, %r8
    9f: 41b903000000                   movl $0x3, %r9d
    a5: e800000000                     callq 0x0
        # hole +0xa6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    aa: 4883c438                       addq $0x38, %rsp
    ae: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
