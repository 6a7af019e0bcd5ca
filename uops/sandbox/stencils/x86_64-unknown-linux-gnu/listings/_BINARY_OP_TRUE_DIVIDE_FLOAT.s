# stencil _BINARY_OP_TRUE_DIVIDE_FLOAT for x86_64-unknown-linux-gnu: 212 code bytes, 0 data bytes, 7 holes
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
        # hole +0x3b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    3f: f20f10542408                   movsd 0x8(%rsp), %xmm2
    45: f20f10442410                   movsd 0x10(%rsp), %xmm0
    4b: eb22                           jmp 0x22
    4d: f20f11442410                   movsd %xmm0, 0x10(%rsp)
    53: f20f11542408                   movsd %xmm2, 0x8(%rsp)
    59: e800000000                     callq 0x0
        # hole +0x5a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
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
        # hole +0x83: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
    87: 4885c0                         testq %rax, %rax
    8a: 7419                           je 0x19
    8c: 498945f0                       movq %rax, -0x10(%r13)
    90: 4983c5f8                       addq $-0x8, %r13
    94: 4883c418                       addq $0x18, %rsp
    98: e900000000                     jmp 0x0
        # hole +0x99: R_X86_64_PLT32 Rel32 continue-4
    9d: 49c7461801000000               movq $0x1, 0x18(%r14)
    a5: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0xa7: R_X86_64_64 Abs64 target+0
    af: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xb1: R_X86_64_64 Abs64 index+0
    b9: 4983c5f0                       addq $-0x10, %r13
    bd: 4c89e7                         movq %r12, %rdi
    c0: 4c89ee                         movq %r13, %rsi
    c3: 4c89f2                         movq %r14, %rdx
    c6: b903000000                     movl $0x3, %ecx
    cb: 4883c418                       addq $0x18, %rsp
    cf: e900000000                     jmp 0x0
        # hole +0xd0: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
