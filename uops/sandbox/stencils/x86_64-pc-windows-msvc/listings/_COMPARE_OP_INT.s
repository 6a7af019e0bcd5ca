# stencil _COMPARE_OP_INT for x86_64-pc-windows-msvc: 132 code bytes, 0 data bytes, 4 holes
     0: be00000000                     movl $0x0, %esi
        # hole +0x1: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     5: 498b4df0                       movq -0x10(%r13), %rcx
     9: 498b55f8                       movq -0x8(%r13), %rdx
     d: 48d1f9                         sarq %rcx
    10: 498d45f8                       leaq -0x8(%r13), %rax
    14: 48d1fa                         sarq %rdx
    17: 4883fe01                       cmpq $0x1, %rsi
    1b: 7e1a                           jle 0x1a
    1d: 4883fe02                       cmpq $0x2, %rsi
    21: 7427                           je 0x27
    23: 4883fe03                       cmpq $0x3, %rsi
    27: 7429                           je 0x29
    29: 4883fe04                       cmpq $0x4, %rsi
    2d: 7533                           jne 0x33
    2f: 4839d1                         cmpq %rdx, %rcx
    32: 0f9fc1                         setg %cl
    35: eb31                           jmp 0x31
    37: 4885f6                         testq %rsi, %rsi
    3a: 741e                           je 0x1e
    3c: 4883fe01                       cmpq $0x1, %rsi
    40: 7520                           jne 0x20
    42: 4839d1                         cmpq %rdx, %rcx
    45: 0f9ec1                         setle %cl
    48: eb1e                           jmp 0x1e
    4a: 4839d1                         cmpq %rdx, %rcx
    4d: 0f94c1                         sete %cl
    50: eb16                           jmp 0x16
    52: 4839d1                         cmpq %rdx, %rcx
    55: 0f95c1                         setne %cl
    58: eb0e                           jmp 0xe
    5a: 4839d1                         cmpq %rdx, %rcx
    5d: 0f9cc1                         setl %cl
    60: eb06                           jmp 0x6
    62: 4839d1                         cmpq %rdx, %rcx
    65: 0f9dc1                         setge %cl
    68: ba00000000                     movl $0x0, %edx
        # hole +0x69: IMAGE_REL_AMD64_ADDR32 Abs32 symbol:tf_True+0
    6d: be00000000                     movl $0x0, %esi
        # hole +0x6e: IMAGE_REL_AMD64_ADDR32 Abs32 symbol:tf_False+0
    72: 84c9                           testb %cl, %cl
    74: 480f45f2                       cmovneq %rdx, %rsi
    78: 498975f0                       movq %rsi, -0x10(%r13)
    7c: 4989c5                         movq %rax, %r13
    7f: e900000000                     jmp 0x0
        # hole +0x80: IMAGE_REL_AMD64_REL32 Rel32 continue-4
