# stencil _COMPARE_OP_INT for x86_64-unknown-linux-gnu: 147 code bytes, 0 data bytes, 4 holes
     0: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x2: R_X86_64_64 Abs64 oparg+0
     a: 498b4df0                       movq -0x10(%r13), %rcx
     e: 498b55f8                       movq -0x8(%r13), %rdx
    12: 48d1f9                         sarq %rcx
    15: 498d45f8                       leaq -0x8(%r13), %rax
    19: 48d1fa                         sarq %rdx
    1c: 4883fe01                       cmpq $0x1, %rsi
    20: 7e1a                           jle 0x1a
    22: 4883fe02                       cmpq $0x2, %rsi
    26: 7427                           je 0x27
    28: 4883fe03                       cmpq $0x3, %rsi
    2c: 7429                           je 0x29
    2e: 4883fe04                       cmpq $0x4, %rsi
    32: 7533                           jne 0x33
    34: 4839d1                         cmpq %rdx, %rcx
    37: 0f9fc1                         setg %cl
    3a: eb31                           jmp 0x31
    3c: 4885f6                         testq %rsi, %rsi
    3f: 741e                           je 0x1e
    41: 4883fe01                       cmpq $0x1, %rsi
    45: 7520                           jne 0x20
    47: 4839d1                         cmpq %rdx, %rcx
    4a: 0f9ec1                         setle %cl
    4d: eb1e                           jmp 0x1e
    4f: 4839d1                         cmpq %rdx, %rcx
    52: 0f94c1                         sete %cl
    55: eb16                           jmp 0x16
    57: 4839d1                         cmpq %rdx, %rcx
    5a: 0f95c1                         setne %cl
    5d: eb0e                           jmp 0xe
    5f: 4839d1                         cmpq %rdx, %rcx
    62: 0f9cc1                         setl %cl
    65: eb06                           jmp 0x6
    67: 4839d1                         cmpq %rdx, %rcx
    6a: 0f9dc1                         setge %cl
    6d: 48ba0000000000000000           movabsq $0x0, %rdx
        # hole +0x6f: R_X86_64_64 Abs64 symbol:tf_True+0
    77: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x79: R_X86_64_64 Abs64 symbol:tf_False+0
    81: 84c9                           testb %cl, %cl
    83: 480f45f2                       cmovneq %rdx, %rsi
    87: 498975f0                       movq %rsi, -0x10(%r13)
    8b: 4989c5                         movq %rax, %r13
    8e: e900000000                     jmp 0x0
        # hole +0x8f: R_X86_64_PLT32 Rel32 continue-4
