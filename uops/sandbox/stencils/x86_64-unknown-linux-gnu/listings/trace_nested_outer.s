# stencil nested_outer for x86_64-unknown-linux-gnu: 396 code bytes, 0 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4d89f7                         movq %r14, %r15
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: 41b90a000000                   movl $0xa, %r9d
     e: ba01000000                     movl $0x1, %edx
    13: bb01000000                     movl $0x1, %ebx
    18: a801                           testb $0x1, %al
    1a: 0f8539010000                   jne 0x139
    20: 83780804                       cmpl $0x4, 0x8(%rax)
    24: 0f852f010000                   jne 0x12f
    2a: 488b4840                       movq 0x40(%rax), %rcx
    2e: 488b5030                       movq 0x30(%rax), %rdx
    32: 488b7038                       movq 0x38(%rax), %rsi
    36: 4885c9                         testq %rcx, %rcx
    39: 0f8ed1000000                   jle 0xd1
    3f: 4839f2                         cmpq %rsi, %rdx
    42: 0f8dd1000000                   jge 0xd1
    48: 4801d1                         addq %rdx, %rcx
    4b: 48894830                       movq %rcx, 0x30(%rax)
    4f: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    57: 49894500                       movq %rax, (%r13)
    5b: 498b4c2418                     movq 0x18(%r12), %rcx
    60: 488b7908                       movq 0x8(%rcx), %rdi
    64: 48894108                       movq %rax, 0x8(%rcx)
    68: 40f6c701                       testb $0x1, %dil
    6c: 7509                           jne 0x9
    6e: 48ff0f                         decq (%rdi)
    71: 0f84b4000000                   je 0xb4
    77: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x79: R_X86_64_64 Abs64 operand0[5]+0
    81: 40f6c501                       testb $0x1, %bpl
    85: 7504                           jne 0x4
    87: 48ff4500                       incq (%rbp)
    8b: 49896d00                       movq %rbp, (%r13)
    8f: 498b442418                     movq 0x18(%r12), %rax
    94: 488b4018                       movq 0x18(%rax), %rax
    98: a801                           testb $0x1, %al
    9a: 7507                           jne 0x7
    9c: 48ff00                         incq (%rax)
    9f: 498b6d00                       movq (%r13), %rbp
    a3: 498d4d10                       leaq 0x10(%r13), %rcx
    a7: 49894508                       movq %rax, 0x8(%r13)
    ab: 41b946000000                   movl $0x46, %r9d
    b1: ba07000000                     movl $0x7, %edx
    b6: 40f6c501                       testb $0x1, %bpl
    ba: 0f8596000000                   jne 0x96
    c0: 837d0808                       cmpl $0x8, 0x8(%rbp)
    c4: 0f858c000000                   jne 0x8c
    ca: 498d5d08                       leaq 0x8(%r13), %rbx
    ce: ba01000000                     movl $0x1, %edx
    d3: 4d89fe                         movq %r15, %r14
    d6: 4c89ff                         movq %r15, %rdi
    d9: 4889de                         movq %rbx, %rsi
    dc: ff5538                         callq *0x38(%rbp)
    df: 4989c7                         movq %rax, %r15
    e2: 488b3b                         movq (%rbx), %rdi
    e5: 40f6c701                       testb $0x1, %dil
    e9: 7505                           jne 0x5
    eb: 48ff0f                         decq (%rdi)
    ee: 7459                           je 0x59
    f0: 48ff4d00                       decq (%rbp)
    f4: 7508                           jne 0x8
    f6: 4889ef                         movq %rbp, %rdi
    f9: e800000000                     callq 0x0
        # hole +0xfa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    fe: 4d85ff                         testq %r15, %r15
   101: 7474                           je 0x74
   103: 4d897d00                       movq %r15, (%r13)
   107: 4989dd                         movq %rbx, %r13
   10a: 5d                             popq %rbp
   10b: e900000000                     jmp 0x0
        # hole +0x10c: R_X86_64_PLT32 Rel32 exit_trace[8]-4
   110: 4839f2                         cmpq %rsi, %rdx
   113: 0f8f2fffffff                   jg -0xd1
   119: 41b914000000                   movl $0x14, %r9d
   11f: ba02000000                     movl $0x2, %edx
   124: bb02000000                     movl $0x2, %ebx
   129: eb2e                           jmp 0x2e
   12b: e800000000                     callq 0x0
        # hole +0x12c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   130: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x132: R_X86_64_64 Abs64 operand0[5]+0
   13a: 40f6c501                       testb $0x1, %bpl
   13e: 0f8443ffffff                   je -0xbd
   144: e942ffffff                     jmp -0xbe
   149: e800000000                     callq 0x0
        # hole +0x14a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   14e: 48ff4d00                       decq (%rbp)
   152: 75aa                           jne -0x56
   154: eba0                           jmp -0x60
   156: 4989cd                         movq %rcx, %r13
   159: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x15b: R_X86_64_64 Abs64 index+0
   163: 4901d0                         addq %rdx, %r8
   166: 4c89e7                         movq %r12, %rdi
   169: 4c89ee                         movq %r13, %rsi
   16c: 4c89fa                         movq %r15, %rdx
   16f: 89d9                           movl %ebx, %ecx
   171: 5d                             popq %rbp
   172: e900000000                     jmp 0x0
        # hole +0x173: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   177: bb03000000                     movl $0x3, %ebx
   17c: 4d89f7                         movq %r14, %r15
   17f: 41b946000000                   movl $0x46, %r9d
   185: ba07000000                     movl $0x7, %edx
   18a: ebcd                           jmp -0x33
