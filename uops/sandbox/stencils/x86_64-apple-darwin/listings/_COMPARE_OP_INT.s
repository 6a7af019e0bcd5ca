# stencil _COMPARE_OP_INT for x86_64-apple-darwin: 138 code bytes, 0 data bytes, 4 holes
     0: 488d3500000000                 leaq (%rip), %rsi
        # hole +0x3: X86_64_RELOC_SIGNED Rel32 oparg-4
     7: 498b4df0                       movq -0x10(%r13), %rcx
     b: 498b55f8                       movq -0x8(%r13), %rdx
     f: 48d1f9                         sarq %rcx
    12: 498d45f8                       leaq -0x8(%r13), %rax
    16: 48d1fa                         sarq %rdx
    19: 4883fe01                       cmpq $0x1, %rsi
    1d: 7e1a                           jle 0x1a
    1f: 4883fe02                       cmpq $0x2, %rsi
    23: 7427                           je 0x27
    25: 4883fe03                       cmpq $0x3, %rsi
    29: 7429                           je 0x29
    2b: 4883fe04                       cmpq $0x4, %rsi
    2f: 7533                           jne 0x33
    31: 4839d1                         cmpq %rdx, %rcx
    34: 0f9fc1                         setg %cl
    37: eb31                           jmp 0x31
    39: 4885f6                         testq %rsi, %rsi
    3c: 741e                           je 0x1e
    3e: 4883fe01                       cmpq $0x1, %rsi
    42: 7520                           jne 0x20
    44: 4839d1                         cmpq %rdx, %rcx
    47: 0f9ec1                         setle %cl
    4a: eb1e                           jmp 0x1e
    4c: 4839d1                         cmpq %rdx, %rcx
    4f: 0f94c1                         sete %cl
    52: eb16                           jmp 0x16
    54: 4839d1                         cmpq %rdx, %rcx
    57: 0f95c1                         setne %cl
    5a: eb0e                           jmp 0xe
    5c: 4839d1                         cmpq %rdx, %rcx
    5f: 0f9cc1                         setl %cl
    62: eb06                           jmp 0x6
    64: 4839d1                         cmpq %rdx, %rcx
    67: 0f9dc1                         setge %cl
    6a: 488d1500000000                 leaq (%rip), %rdx
        # hole +0x6d: X86_64_RELOC_SIGNED Rel32 symbol:tf_True-4
    71: 488d3500000000                 leaq (%rip), %rsi
        # hole +0x74: X86_64_RELOC_SIGNED Rel32 symbol:tf_False-4
    78: 84c9                           testb %cl, %cl
    7a: 480f45f2                       cmovneq %rdx, %rsi
    7e: 498975f0                       movq %rsi, -0x10(%r13)
    82: 4989c5                         movq %rax, %r13
    85: e900000000                     jmp 0x0
        # hole +0x86: X86_64_RELOC_BRANCH Rel32 continue-4
