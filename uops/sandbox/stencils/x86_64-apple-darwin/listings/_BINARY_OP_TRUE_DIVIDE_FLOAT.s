# stencil _BINARY_OP_TRUE_DIVIDE_FLOAT for x86_64-apple-darwin: 206 code bytes, 16 data bytes, 9 holes
     0: 4883ec18                       subq $0x18, %rsp
     4: 498b7df0                       movq -0x10(%r13), %rdi
     8: 498b5df8                       movq -0x8(%r13), %rbx
     c: f20f104730                     movsd 0x30(%rdi), %xmm0
    11: f20f105330                     movsd 0x30(%rbx), %xmm2
    16: 40f6c701                       testb $0x1, %dil
    1a: 7505                           jne 0x5
    1c: 48ff0f                         decq (%rdi)
    1f: 742c                           je 0x2c
    21: f6c301                         testb $0x1, %bl
    24: 7549                           jne 0x49
    26: 48ff0b                         decq (%rbx)
    29: 7544                           jne 0x44
    2b: 4889df                         movq %rbx, %rdi
    2e: f20f11442410                   movsd %xmm0, 0x10(%rsp)
    34: f20f11542408                   movsd %xmm2, 0x8(%rsp)
    3a: e800000000                     callq 0x0
        # hole +0x3b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    3f: f20f10542408                   movsd 0x8(%rsp), %xmm2
    45: f20f10442410                   movsd 0x10(%rsp), %xmm0
    4b: eb22                           jmp 0x22
    4d: f20f11442410                   movsd %xmm0, 0x10(%rsp)
    53: f20f11542408                   movsd %xmm2, 0x8(%rsp)
    59: e800000000                     callq 0x0
        # hole +0x5a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    5e: f20f10542408                   movsd 0x8(%rsp), %xmm2
    64: f20f10442410                   movsd 0x10(%rsp), %xmm0
    6a: f6c301                         testb $0x1, %bl
    6d: 74b7                           je -0x49
    6f: 660f57c9                       xorpd %xmm1, %xmm1
    73: 660f2ed1                       ucomisd %xmm1, %xmm2
    77: 7502                           jne 0x2
    79: 7b22                           jnp 0x22
    7b: f20f5ec2                       divsd %xmm2, %xmm0
    7f: 4c89f7                         movq %r14, %rdi
    82: e800000000                     callq 0x0
        # hole +0x83: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
    87: 4885c0                         testq %rax, %rax
    8a: 7419                           je 0x19
    8c: 498945f0                       movq %rax, -0x10(%r13)
    90: 4983c5f8                       addq $-0x8, %r13
    94: 4883c418                       addq $0x18, %rsp
    98: e900000000                     jmp 0x0
        # hole +0x99: X86_64_RELOC_BRANCH Rel32 continue-4
    9d: 49c7461801000000               movq $0x1, 0x18(%r14)
    a5: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0xa8: X86_64_RELOC_GOT_LOAD Rel32 data+4
    ac: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xaf: X86_64_RELOC_GOT_LOAD Rel32 data-4
    b3: 4983c5f0                       addq $-0x10, %r13
    b7: 4c89e7                         movq %r12, %rdi
    ba: 4c89ee                         movq %r13, %rsi
    bd: 4c89f2                         movq %r14, %rdx
    c0: b903000000                     movl $0x3, %ecx
    c5: 4883c418                       addq $0x18, %rsp
    c9: e900000000                     jmp 0x0
        # hole +0xca: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
