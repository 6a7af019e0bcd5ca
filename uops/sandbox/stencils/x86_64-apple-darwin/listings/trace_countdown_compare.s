# stencil countdown_compare for x86_64-apple-darwin: 645 code bytes, 16 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 50                             pushq %rax
     2: 4c89f2                         movq %r14, %rdx
     5: 4c89e7                         movq %r12, %rdi
     8: 498b742418                     movq 0x18(%r12), %rsi
     d: 488b1e                         movq (%rsi), %rbx
    10: 488b4610                       movq 0x10(%rsi), %rax
    14: a801                           testb $0x1, %al
    16: 0f84d7000000                   je 0xd7
    1c: 4c8b7608                       movq 0x8(%rsi), %r14
    20: 4989c1                         movq %rax, %r9
    23: 49d1f9                         sarq %r9
    26: 49baffffffffffffff3f           movabsq $0x3fffffffffffffff, %r10
    30: 49bcfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r12
    3a: 4c893424                       movq %r14, (%rsp)
    3e: 4989d8                         movq %rbx, %r8
    41: b902000000                     movl $0x2, %ecx
    46: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    50: 41f6c001                       testb $0x1, %r8b
    54: 0f84ee000000                   je 0xee
    5a: 41b501                         movb $0x1, %r13b
    5d: 4983f802                       cmpq $0x2, %r8
    61: 400f9cc5                       setl %bpl
    65: 0f8c9a010000                   jl 0x19a
    6b: a801                           testb $0x1, %al
    6d: 7503                           jne 0x3
    6f: 48ff00                         incq (%rax)
    72: 4d89c7                         movq %r8, %r15
    75: 49d1ef                         shrq %r15
    78: 4d29cf                         subq %r9, %r15
    7b: 41bb28000000                   movl $0x28, %r11d
    81: 4d39d7                         cmpq %r10, %r15
    84: 0f8f9b010000                   jg 0x19b
    8a: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
    92: 41f6c601                       testb $0x1, %r14b
    96: 0f84d5000000                   je 0xd5
    9c: 4d39e6                         cmpq %r12, %r14
    9f: 0f8f99010000                   jg 0x199
    a5: 4983e6fe                       andq $-0x2, %r14
    a9: 4983c605                       addq $0x5, %r14
    ad: 41bb18000000                   movl $0x18, %r11d
    b3: 48833a00                       cmpq $0x0, (%rdx)
    b7: 0f85d4000000                   jne 0xd4
    bd: 4c8b7a08                       movq 0x8(%rdx), %r15
    c1: 49ffc7                         incq %r15
    c4: 4c897a08                       movq %r15, 0x8(%rdx)
    c8: 4c3b7a10                       cmpq 0x10(%rdx), %r15
    cc: 7c82                           jl -0x7e
    ce: 48c70201000000                 movq $0x1, (%rdx)
    d5: 41b9aa000000                   movl $0xaa, %r9d
    db: 41ba11000000                   movl $0x11, %r10d
    e1: 4531ed                         xorl %r13d, %r13d
    e4: 4d89f7                         movq %r14, %r15
    e7: b805000000                     movl $0x5, %eax
    ec: 31ed                           xorl %ebp, %ebp
    ee: e9b5000000                     jmp 0xb5
    f3: f6c301                         testb $0x1, %bl
    f6: 7516                           jne 0x16
    f8: 41b91e000000                   movl $0x1e, %r9d
    fe: 41ba03000000                   movl $0x3, %r10d
   104: b801000000                     movl $0x1, %eax
   109: 4889d9                         movq %rbx, %rcx
   10c: eb1d                           jmp 0x1d
   10e: 4883fb02                       cmpq $0x2, %rbx
   112: 0f8c44010000                   jl 0x144
   118: 41b950000000                   movl $0x50, %r9d
   11e: 41ba08000000                   movl $0x8, %r10d
   124: 4889c1                         movq %rax, %rcx
   127: a801                           testb $0x1, %al
   129: 7503                           jne 0x3
   12b: 48ff01                         incq (%rcx)
   12e: 48895e18                       movq %rbx, 0x18(%rsi)
   132: b901000000                     movl $0x1, %ecx
   137: 41bb28000000                   movl $0x28, %r11d
   13d: 41b820000000                   movl $0x20, %r8d
   143: e99f000000                     jmp 0x9f
   148: 49ff00                         incq (%r8)
   14b: 41bb28000000                   movl $0x28, %r11d
   151: 41b501                         movb $0x1, %r13b
   154: 41b91e000000                   movl $0x1e, %r9d
   15a: 41ba03000000                   movl $0x3, %r10d
   160: b901000000                     movl $0x1, %ecx
   165: b801000000                     movl $0x1, %eax
   16a: 31ed                           xorl %ebp, %ebp
   16c: 4d89c7                         movq %r8, %r15
   16f: eb37                           jmp 0x37
   171: 49ff06                         incq (%r14)
   174: 41b982000000                   movl $0x82, %r9d
   17a: 41ba0d000000                   movl $0xd, %r10d
   180: b805000000                     movl $0x5, %eax
   185: 31ed                           xorl %ebp, %ebp
   187: 4d89f7                         movq %r14, %r15
   18a: b901000000                     movl $0x1, %ecx
   18f: eb17                           jmp 0x17
   191: 41b9a0000000                   movl $0xa0, %r9d
   197: 41ba10000000                   movl $0x10, %r10d
   19d: 4531ed                         xorl %r13d, %r13d
   1a0: 4d89f7                         movq %r14, %r15
   1a3: b805000000                     movl $0x5, %eax
   1a8: 4939d8                         cmpq %rbx, %r8
   1ab: 7513                           jne 0x13
   1ad: 4c3b3424                       cmpq (%rsp), %r14
   1b1: 7516                           jne 0x16
   1b3: 41b818000000                   movl $0x18, %r8d
   1b9: 4584ed                         testb %r13b, %r13b
   1bc: 751a                           jne 0x1a
   1be: eb2e                           jmp 0x2e
   1c0: 4c8906                         movq %r8, (%rsi)
   1c3: 4c3b3424                       cmpq (%rsp), %r14
   1c7: 74ea                           je -0x16
   1c9: 4c897608                       movq %r14, 0x8(%rsi)
   1cd: 41b818000000                   movl $0x18, %r8d
   1d3: 4584ed                         testb %r13b, %r13b
   1d6: 7416                           je 0x16
   1d8: 4c897e18                       movq %r15, 0x18(%rsi)
   1dc: 41b820000000                   movl $0x20, %r8d
   1e2: 4084ed                         testb %bpl, %bpl
   1e5: 7507                           jne 0x7
   1e7: 4a890406                       movq %rax, (%rsi,%r8)
   1eb: 4d89d8                         movq %r11, %r8
   1ee: 4c01c6                         addq %r8, %rsi
   1f1: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1f4: X86_64_RELOC_GOT_LOAD Rel32 data+4
   1f8: 4d01d0                         addq %r10, %r8
   1fb: 4883c408                       addq $0x8, %rsp
   1ff: 5d                             popq %rbp
   200: e900000000                     jmp 0x0
        # hole +0x201: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   205: 41bb20000000                   movl $0x20, %r11d
   20b: 41b932000000                   movl $0x32, %r9d
   211: 41ba05000000                   movl $0x5, %r10d
   217: b801000000                     movl $0x1, %eax
   21c: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x21f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   223: eb83                           jmp -0x7d
   225: 41b95a000000                   movl $0x5a, %r9d
   22b: 41ba09000000                   movl $0x9, %r10d
   231: 4d89c7                         movq %r8, %r15
   234: b901000000                     movl $0x1, %ecx
   239: e96affffff                     jmp -0x96
   23e: 41b98c000000                   movl $0x8c, %r9d
   244: 41ba0e000000                   movl $0xe, %r10d
   24a: 4d89f7                         movq %r14, %r15
   24d: b805000000                     movl $0x5, %eax
   252: b901000000                     movl $0x1, %ecx
   257: e94cffffff                     jmp -0xb4
   25c: b902000000                     movl $0x2, %ecx
   261: 41ba05000000                   movl $0x5, %r10d
   267: 41b932000000                   movl $0x32, %r9d
   26d: 41bb20000000                   movl $0x20, %r11d
   273: 488b0500000000                 movq (%rip), %rax
        # hole +0x276: X86_64_RELOC_GOT_LOAD Rel32 data-4
   27a: 41b818000000                   movl $0x18, %r8d
   280: e962ffffff                     jmp -0x9e
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 index+0
