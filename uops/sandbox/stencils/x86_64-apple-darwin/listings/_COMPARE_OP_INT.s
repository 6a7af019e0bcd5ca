# stencil _COMPARE_OP_INT for x86_64-apple-darwin: 186 code bytes, 24 data bytes, 8 holes
     0: 488b1500000000                 movq (%rip), %rdx
        # hole +0x3: X86_64_RELOC_GOT_LOAD Rel32 data+12
     7: 498b45f0                       movq -0x10(%r13), %rax
     b: 498b4df8                       movq -0x8(%r13), %rcx
     f: 48d1f8                         sarq %rax
    12: 48d1f9                         sarq %rcx
    15: 4883fa01                       cmpq $0x1, %rdx
    19: 7e22                           jle 0x22
    1b: 4883fa02                       cmpq $0x2, %rdx
    1f: 7437                           je 0x37
    21: 4883fa03                       cmpq $0x3, %rdx
    25: 7441                           je 0x41
    27: 4883fa04                       cmpq $0x4, %rdx
    2b: 756c                           jne 0x6c
    2d: 4839c8                         cmpq %rcx, %rax
    30: 0f9fc1                         setg %cl
    33: 498d45f8                       leaq -0x8(%r13), %rax
    37: 84c9                           testb %cl, %cl
    39: 754b                           jne 0x4b
    3b: eb6a                           jmp 0x6a
    3d: 4885d2                         testq %rdx, %rdx
    40: 7436                           je 0x36
    42: 4883fa01                       cmpq $0x1, %rdx
    46: 7551                           jne 0x51
    48: 4839c8                         cmpq %rcx, %rax
    4b: 0f9ec1                         setle %cl
    4e: 498d45f8                       leaq -0x8(%r13), %rax
    52: 84c9                           testb %cl, %cl
    54: 7530                           jne 0x30
    56: eb4f                           jmp 0x4f
    58: 4839c8                         cmpq %rcx, %rax
    5b: 0f94c1                         sete %cl
    5e: 498d45f8                       leaq -0x8(%r13), %rax
    62: 84c9                           testb %cl, %cl
    64: 7520                           jne 0x20
    66: eb3f                           jmp 0x3f
    68: 4839c8                         cmpq %rcx, %rax
    6b: 0f95c1                         setne %cl
    6e: 498d45f8                       leaq -0x8(%r13), %rax
    72: 84c9                           testb %cl, %cl
    74: 7510                           jne 0x10
    76: eb2f                           jmp 0x2f
    78: 4839c8                         cmpq %rcx, %rax
    7b: 0f9cc1                         setl %cl
    7e: 498d45f8                       leaq -0x8(%r13), %rax
    82: 84c9                           testb %cl, %cl
    84: 7421                           je 0x21
    86: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x89: X86_64_RELOC_GOT_LOAD Rel32 data+4
    8d: 49894df0                       movq %rcx, -0x10(%r13)
    91: 4989c5                         movq %rax, %r13
    94: e900000000                     jmp 0x0
        # hole +0x95: X86_64_RELOC_BRANCH Rel32 continue-4
    99: 4839c8                         cmpq %rcx, %rax
    9c: 0f9dc1                         setge %cl
    9f: 498d45f8                       leaq -0x8(%r13), %rax
    a3: 84c9                           testb %cl, %cl
    a5: 75df                           jne -0x21
    a7: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xaa: X86_64_RELOC_GOT_LOAD Rel32 data-4
    ae: 49894df0                       movq %rcx, -0x10(%r13)
    b2: 4989c5                         movq %rax, %r13
    b5: e900000000                     jmp 0x0
        # hole +0xb6: X86_64_RELOC_BRANCH Rel32 continue-4
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 oparg+0
