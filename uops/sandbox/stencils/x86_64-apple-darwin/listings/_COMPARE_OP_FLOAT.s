# stencil _COMPARE_OP_FLOAT for x86_64-apple-darwin: 208 code bytes, 24 data bytes, 10 holes
     0: 488b0500000000                 movq (%rip), %rax
        # hole +0x3: X86_64_RELOC_GOT_LOAD Rel32 data+12
     7: 498b7df0                       movq -0x10(%r13), %rdi
     b: 498b5df8                       movq -0x8(%r13), %rbx
     f: f20f104730                     movsd 0x30(%rdi), %xmm0
    14: f20f104b30                     movsd 0x30(%rbx), %xmm1
    19: 4883f801                       cmpq $0x1, %rax
    1d: 7e1c                           jle 0x1c
    1f: 4883f802                       cmpq $0x2, %rax
    23: 7427                           je 0x27
    25: 4883f803                       cmpq $0x3, %rax
    29: 7428                           je 0x28
    2b: 4883f804                       cmpq $0x4, %rax
    2f: 753c                           jne 0x3c
    31: 660f2ec1                       ucomisd %xmm1, %xmm0
    35: 410f97c7                       seta %r15b
    39: eb3a                           jmp 0x3a
    3b: 4885c0                         testq %rax, %rax
    3e: 7423                           je 0x23
    40: 4883f801                       cmpq $0x1, %rax
    44: 7527                           jne 0x27
    46: 660f2ec8                       ucomisd %xmm0, %xmm1
    4a: eb25                           jmp 0x25
    4c: f20fc2c100                     cmpeqsd %xmm1, %xmm0
    51: eb05                           jmp 0x5
    53: f20fc2c104                     cmpneqsd %xmm1, %xmm0
    58: 66490f7ec7                     movq %xmm0, %r15
    5d: 4183e701                       andl $0x1, %r15d
    61: eb12                           jmp 0x12
    63: 660f2ec8                       ucomisd %xmm0, %xmm1
    67: 410f97c7                       seta %r15b
    6b: eb08                           jmp 0x8
    6d: 660f2ec1                       ucomisd %xmm1, %xmm0
    71: 410f93c7                       setae %r15b
    75: 50                             pushq %rax
    76: 40f6c701                       testb $0x1, %dil
    7a: 7505                           jne 0x5
    7c: 48ff0f                         decq (%rdi)
    7f: 7414                           je 0x14
    81: f6c301                         testb $0x1, %bl
    84: 7519                           jne 0x19
    86: 48ff0b                         decq (%rbx)
    89: 7514                           jne 0x14
    8b: 4889df                         movq %rbx, %rdi
    8e: e800000000                     callq 0x0
        # hole +0x8f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    93: eb0a                           jmp 0xa
    95: e800000000                     callq 0x0
        # hole +0x96: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    9a: f6c301                         testb $0x1, %bl
    9d: 74e7                           je -0x19
    9f: 498d45f8                       leaq -0x8(%r13), %rax
    a3: 4584ff                         testb %r15b, %r15b
    a6: 7414                           je 0x14
    a8: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xab: X86_64_RELOC_GOT_LOAD Rel32 data+4
    af: 49894df0                       movq %rcx, -0x10(%r13)
    b3: 4989c5                         movq %rax, %r13
    b6: 58                             popq %rax
    b7: e900000000                     jmp 0x0
        # hole +0xb8: X86_64_RELOC_BRANCH Rel32 continue-4
    bc: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xbf: X86_64_RELOC_GOT_LOAD Rel32 data-4
    c3: 49894df0                       movq %rcx, -0x10(%r13)
    c7: 4989c5                         movq %rax, %r13
    ca: 58                             popq %rax
    cb: e900000000                     jmp 0x0
        # hole +0xcc: X86_64_RELOC_BRANCH Rel32 continue-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 oparg+0
