# stencil nested_outer for x86_64-apple-darwin: 384 code bytes, 16 data bytes, 10 holes
     0: 55                             pushq %rbp
     1: 4d89f7                         movq %r14, %r15
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: 41b90a000000                   movl $0xa, %r9d
     e: b901000000                     movl $0x1, %ecx
    13: bb01000000                     movl $0x1, %ebx
    18: a801                           testb $0x1, %al
    1a: 0f8530010000                   jne 0x130
    20: 83780804                       cmpl $0x4, 0x8(%rax)
    24: 0f8526010000                   jne 0x126
    2a: 488b4840                       movq 0x40(%rax), %rcx
    2e: 488b5030                       movq 0x30(%rax), %rdx
    32: 488b7038                       movq 0x38(%rax), %rsi
    36: 4885c9                         testq %rcx, %rcx
    39: 0f8ecb000000                   jle 0xcb
    3f: 4839f2                         cmpq %rsi, %rdx
    42: 0f8dcb000000                   jge 0xcb
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
    71: 0f84ae000000                   je 0xae
    77: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x7a: X86_64_RELOC_GOT_LOAD Rel32 data+4
    7e: 40f6c501                       testb $0x1, %bpl
    82: 7504                           jne 0x4
    84: 48ff4500                       incq (%rbp)
    88: 49896d00                       movq %rbp, (%r13)
    8c: 498b442418                     movq 0x18(%r12), %rax
    91: 488b4818                       movq 0x18(%rax), %rcx
    95: f6c101                         testb $0x1, %cl
    98: 7503                           jne 0x3
    9a: 48ff01                         incq (%rcx)
    9d: 498d4510                       leaq 0x10(%r13), %rax
    a1: 49894d08                       movq %rcx, 0x8(%r13)
    a5: 41b946000000                   movl $0x46, %r9d
    ab: b907000000                     movl $0x7, %ecx
    b0: 40f6c501                       testb $0x1, %bpl
    b4: 0f8593000000                   jne 0x93
    ba: 837d0808                       cmpl $0x8, 0x8(%rbp)
    be: 0f8589000000                   jne 0x89
    c4: 498d5d08                       leaq 0x8(%r13), %rbx
    c8: ba01000000                     movl $0x1, %edx
    cd: 4d89fe                         movq %r15, %r14
    d0: 4c89ff                         movq %r15, %rdi
    d3: 4889de                         movq %rbx, %rsi
    d6: ff5538                         callq *0x38(%rbp)
    d9: 4989c7                         movq %rax, %r15
    dc: 488b3b                         movq (%rbx), %rdi
    df: 40f6c701                       testb $0x1, %dil
    e3: 7505                           jne 0x5
    e5: 48ff0f                         decq (%rdi)
    e8: 7456                           je 0x56
    ea: 48ff4d00                       decq (%rbp)
    ee: 7508                           jne 0x8
    f0: 4889ef                         movq %rbp, %rdi
    f3: e800000000                     callq 0x0
        # hole +0xf4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    f8: 4d85ff                         testq %r15, %r15
    fb: 746e                           je 0x6e
    fd: 4d897d00                       movq %r15, (%r13)
   101: 4989dd                         movq %rbx, %r13
   104: 5d                             popq %rbp
   105: e900000000                     jmp 0x0
        # hole +0x106: X86_64_RELOC_BRANCH Rel32 exit_trace[8]-4
   10a: 4839f2                         cmpq %rsi, %rdx
   10d: 0f8f35ffffff                   jg -0xcb
   113: 41b914000000                   movl $0x14, %r9d
   119: b902000000                     movl $0x2, %ecx
   11e: bb02000000                     movl $0x2, %ebx
   123: eb2b                           jmp 0x2b
   125: e800000000                     callq 0x0
        # hole +0x126: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   12a: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x12d: X86_64_RELOC_GOT_LOAD Rel32 data+4
   131: 40f6c501                       testb $0x1, %bpl
   135: 0f8449ffffff                   je -0xb7
   13b: e948ffffff                     jmp -0xb8
   140: e800000000                     callq 0x0
        # hole +0x141: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   145: 48ff4d00                       decq (%rbp)
   149: 75ad                           jne -0x53
   14b: eba3                           jmp -0x5d
   14d: 4989c5                         movq %rax, %r13
   150: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x153: X86_64_RELOC_GOT_LOAD Rel32 data-4
   157: 4901c8                         addq %rcx, %r8
   15a: 4c89e7                         movq %r12, %rdi
   15d: 4c89ee                         movq %r13, %rsi
   160: 4c89fa                         movq %r15, %rdx
   163: 89d9                           movl %ebx, %ecx
   165: 5d                             popq %rbp
   166: e900000000                     jmp 0x0
        # hole +0x167: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   16b: bb03000000                     movl $0x3, %ebx
   170: 4d89f7                         movq %r14, %r15
   173: 41b946000000                   movl $0x46, %r9d
   179: b907000000                     movl $0x7, %ecx
   17e: ebd0                           jmp -0x30
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[5]+0
