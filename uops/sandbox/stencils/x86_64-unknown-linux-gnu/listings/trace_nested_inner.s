# stencil nested_inner for x86_64-unknown-linux-gnu: 710 code bytes, 0 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b28                         movq (%rax), %rbp
     d: 488b7810                       movq 0x10(%rax), %rdi
    11: 488b5828                       movq 0x28(%rax), %rbx
    15: 41bb30000000                   movl $0x30, %r11d
    1b: 41b90a000000                   movl $0xa, %r9d
    21: 41ba01000000                   movl $0x1, %r10d
    27: b901000000                     movl $0x1, %ecx
    2c: f6c301                         testb $0x1, %bl
    2f: 48897c2410                     movq %rdi, 0x10(%rsp)
    34: 48896c2408                     movq %rbp, 0x8(%rsp)
    39: 0f8561010000                   jne 0x161
    3f: 4c892424                       movq %r12, (%rsp)
    43: 4c8b5008                       movq 0x8(%rax), %r10
    47: 4d89d5                         movq %r10, %r13
    4a: 49d1fd                         sarq %r13
    4d: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    57: 4c89742418                     movq %r14, 0x18(%rsp)
    5c: 0f1f4000                       nopl (%rax)
    60: 837b0804                       cmpl $0x4, 0x8(%rbx)
    64: 0f8549010000                   jne 0x149
    6a: 488b4340                       movq 0x40(%rbx), %rax
    6e: 4885c0                         testq %rax, %rax
    71: 7e1d                           jle 0x1d
    73: 4c8b6330                       movq 0x30(%rbx), %r12
    77: 4c3b6338                       cmpq 0x38(%rbx), %r12
    7b: 7c21                           jl 0x21
    7d: e9e8000000                     jmp 0xe8
    82: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    90: 4c8b6330                       movq 0x30(%rbx), %r12
    94: 4c3b6338                       cmpq 0x38(%rbx), %r12
    98: 0f8ecc000000                   jle 0xcc
    9e: 4c01e0                         addq %r12, %rax
    a1: 48894330                       movq %rax, 0x30(%rbx)
    a5: 40f6c701                       testb $0x1, %dil
    a9: 7509                           jne 0x9
    ab: 48ff0f                         decq (%rdi)
    ae: 0f8497000000                   je 0x97
    b4: 40f6c501                       testb $0x1, %bpl
    b8: 7504                           jne 0x4
    ba: 48ff4500                       incq (%rbp)
    be: 41f6c201                       testb $0x1, %r10b
    c2: 7503                           jne 0x3
    c4: 49ff02                         incq (%r10)
    c7: 4a8d3c6501000000               leaq 0x1(,%r12,2), %rdi
    cf: 4d01e4                         addq %r12, %r12
    d2: 49d1fc                         sarq %r12
    d5: 4d0fafe5                       imulq %r13, %r12
    d9: 41b001                         movb $0x1, %r8b
    dc: 0f8089010000                   jo 0x189
    e2: 4b8d043c                       leaq (%r12,%r15), %rax
    e6: 4885c0                         testq %rax, %rax
    e9: 0f897c010000                   jns 0x17c
    ef: 4a8d046501000000               leaq 0x1(,%r12,2), %rax
    f7: 40f6c501                       testb $0x1, %bpl
    fb: 0f8483010000                   je 0x183
   101: 4889ea                         movq %rbp, %rdx
   104: 48d1fa                         sarq %rdx
   107: 4901d4                         addq %rdx, %r12
   10a: 4c89e2                         movq %r12, %rdx
   10d: 4c01fa                         addq %r15, %rdx
   110: 0f897e010000                   jns 0x17e
   116: 4a8d2c6501000000               leaq 0x1(,%r12,2), %rbp
   11e: 49833e00                       cmpq $0x0, (%r14)
   122: 0f859c000000                   jne 0x9c
   128: 498b4e08                       movq 0x8(%r14), %rcx
   12c: 48ffc1                         incq %rcx
   12f: 49894e08                       movq %rcx, 0x8(%r14)
   133: 493b4e10                       cmpq 0x10(%r14), %rcx
   137: 0f8d95000000                   jge 0x95
   13d: f6c301                         testb $0x1, %bl
   140: 0f841affffff                   je -0xe6
   146: e9aa000000                     jmp 0xaa
   14b: 4d89d6                         movq %r10, %r14
   14e: e800000000                     callq 0x0
        # hole +0x14f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   153: 4d89f2                         movq %r14, %r10
   156: 4c8b742418                     movq 0x18(%rsp), %r14
   15b: 40f6c501                       testb $0x1, %bpl
   15f: 0f8455ffffff                   je -0xab
   165: e954ffffff                     jmp -0xac
   16a: 483b6c2408                     cmpq 0x8(%rsp), %rbp
   16f: 4c8b2424                       movq (%rsp), %r12
   173: 7408                           je 0x8
   175: 498b442418                     movq 0x18(%r12), %rax
   17a: 488928                         movq %rbp, (%rax)
   17d: 483b7c2410                     cmpq 0x10(%rsp), %rdi
   182: 7409                           je 0x9
   184: 498b442418                     movq 0x18(%r12), %rax
   189: 48897810                       movq %rdi, 0x10(%rax)
   18d: 4d8b6c2418                     movq 0x18(%r12), %r13
   192: 4983c530                       addq $0x30, %r13
   196: 4883c420                       addq $0x20, %rsp
   19a: 5d                             popq %rbp
   19b: e900000000                     jmp 0x0
        # hole +0x19c: R_X86_64_PLT32 Rel32 exit_trace[2]-4
   1a0: 4531c0                         xorl %r8d, %r8d
   1a3: 31d2                           xorl %edx, %edx
   1a5: 498b742418                     movq 0x18(%r12), %rsi
   1aa: 483b6c2408                     cmpq 0x8(%rsp), %rbp
   1af: 7570                           jne 0x70
   1b1: eb71                           jmp 0x71
   1b3: 4531c0                         xorl %r8d, %r8d
   1b6: 31d2                           xorl %edx, %edx
   1b8: 4c8b2424                       movq (%rsp), %r12
   1bc: 41b90a000000                   movl $0xa, %r9d
   1c2: eb40                           jmp 0x40
   1c4: 41b978000000                   movl $0x78, %r9d
   1ca: 41ba0c000000                   movl $0xc, %r10d
   1d0: eb13                           jmp 0x13
   1d2: 49c70601000000                 movq $0x1, (%r14)
   1d9: 41b982000000                   movl $0x82, %r9d
   1df: 41ba0d000000                   movl $0xd, %r10d
   1e5: 4531c0                         xorl %r8d, %r8d
   1e8: b902000000                     movl $0x2, %ecx
   1ed: 31d2                           xorl %edx, %edx
   1ef: 4c8b2424                       movq (%rsp), %r12
   1f3: eb1a                           jmp 0x1a
   1f5: 41b90a000000                   movl $0xa, %r9d
   1fb: 4531c0                         xorl %r8d, %r8d
   1fe: 31d2                           xorl %edx, %edx
   200: 4c8b2424                       movq (%rsp), %r12
   204: b901000000                     movl $0x1, %ecx
   209: 41ba01000000                   movl $0x1, %r10d
   20f: 41bb30000000                   movl $0x30, %r11d
   215: 498b742418                     movq 0x18(%r12), %rsi
   21a: 483b6c2408                     cmpq 0x8(%rsp), %rbp
   21f: 7403                           je 0x3
   221: 48892e                         movq %rbp, (%rsi)
   224: 483b7c2410                     cmpq 0x10(%rsp), %rdi
   229: 7507                           jne 0x7
   22b: 4584c0                         testb %r8b, %r8b
   22e: 750b                           jne 0xb
   230: eb19                           jmp 0x19
   232: 48897e10                       movq %rdi, 0x10(%rsi)
   236: 4584c0                         testb %r8b, %r8b
   239: 7410                           je 0x10
   23b: 48896e30                       movq %rbp, 0x30(%rsi)
   23f: 48894638                       movq %rax, 0x38(%rsi)
   243: 84d2                           testb %dl, %dl
   245: 7404                           je 0x4
   247: 48897e40                       movq %rdi, 0x40(%rsi)
   24b: 4c01de                         addq %r11, %rsi
   24e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x250: R_X86_64_64 Abs64 index+0
   258: 4d01d0                         addq %r10, %r8
   25b: 4c89e7                         movq %r12, %rdi
   25e: 4c89f2                         movq %r14, %rdx
   261: 4883c420                       addq $0x20, %rsp
   265: 5d                             popq %rbp
   266: e900000000                     jmp 0x0
        # hole +0x267: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   26b: 4c89d0                         movq %r10, %rax
   26e: 41ba08000000                   movl $0x8, %r10d
   274: 41b950000000                   movl $0x50, %r9d
   27a: b201                           movb $0x1, %dl
   27c: 41bb48000000                   movl $0x48, %r11d
   282: eb24                           jmp 0x24
   284: 31d2                           xorl %edx, %edx
   286: 41b95a000000                   movl $0x5a, %r9d
   28c: 41ba09000000                   movl $0x9, %r10d
   292: eb0e                           jmp 0xe
   294: 41b964000000                   movl $0x64, %r9d
   29a: 41ba0a000000                   movl $0xa, %r10d
   2a0: 31d2                           xorl %edx, %edx
   2a2: 41bb40000000                   movl $0x40, %r11d
   2a8: 4c8b2424                       movq (%rsp), %r12
   2ac: b901000000                     movl $0x1, %ecx
   2b1: 498b742418                     movq 0x18(%r12), %rsi
   2b6: 483b6c2408                     cmpq 0x8(%rsp), %rbp
   2bb: 0f8560ffffff                   jne -0xa0
   2c1: e95effffff                     jmp -0xa2
