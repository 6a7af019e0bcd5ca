# stencil nested_outer for x86_64-apple-darwin: 390 code bytes, 8 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4c89f5                         movq %r14, %rbp
     4: 4c89eb                         movq %r13, %rbx
     7: 49be0700000006000000           movabsq $0x600000007, %r14
    11: 498b45f8                       movq -0x8(%r13), %rax
    15: 498d4efa                       leaq -0x6(%r14), %rcx
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41bd01000000                   movl $0x1, %r13d
    25: a801                           testb $0x1, %al
    27: 0f851c010000                   jne 0x11c
    2d: 83780804                       cmpl $0x4, 0x8(%rax)
    31: 0f8512010000                   jne 0x112
    37: 488b4840                       movq 0x40(%rax), %rcx
    3b: 488b5030                       movq 0x30(%rax), %rdx
    3f: 488b7038                       movq 0x38(%rax), %rsi
    43: 4885c9                         testq %rcx, %rcx
    46: 0f8ebb000000                   jle 0xbb
    4c: 4839f2                         cmpq %rsi, %rdx
    4f: 0f8dbb000000                   jge 0xbb
    55: 4801d1                         addq %rdx, %rcx
    58: 48894830                       movq %rcx, 0x30(%rax)
    5c: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    64: 488903                         movq %rax, (%rbx)
    67: 498b4c2418                     movq 0x18(%r12), %rcx
    6c: 488b7908                       movq 0x8(%rcx), %rdi
    70: 48894108                       movq %rax, 0x8(%rcx)
    74: 40f6c701                       testb $0x1, %dil
    78: 7509                           jne 0x9
    7a: 48ff0f                         decq (%rdi)
    7d: 0f849f000000                   je 0x9f
    83: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x86: X86_64_RELOC_GOT_LOAD Rel32 data-4
    8a: 41f6c701                       testb $0x1, %r15b
    8e: 7503                           jne 0x3
    90: 49ff07                         incq (%r15)
    93: 4c893b                         movq %r15, (%rbx)
    96: 498b442418                     movq 0x18(%r12), %rax
    9b: 488b4818                       movq 0x18(%rax), %rcx
    9f: f6c101                         testb $0x1, %cl
    a2: 7503                           jne 0x3
    a4: 48ff01                         incq (%rcx)
    a7: 488d4310                       leaq 0x10(%rbx), %rax
    ab: 48894b08                       movq %rcx, 0x8(%rbx)
    af: 41f6c701                       testb $0x1, %r15b
    b3: 0f8595000000                   jne 0x95
    b9: 41837f0808                     cmpl $0x8, 0x8(%r15)
    be: 0f85bd000000                   jne 0xbd
    c4: 4c8d6b08                       leaq 0x8(%rbx), %r13
    c8: ba01000000                     movl $0x1, %edx
    cd: 4989ee                         movq %rbp, %r14
    d0: 4889ef                         movq %rbp, %rdi
    d3: 4c89ee                         movq %r13, %rsi
    d6: 41ff5738                       callq *0x38(%r15)
    da: 4889c5                         movq %rax, %rbp
    dd: 498b7d00                       movq (%r13), %rdi
    e1: 40f6c701                       testb $0x1, %dil
    e5: 7505                           jne 0x5
    e7: 48ff0f                         decq (%rdi)
    ea: 7451                           je 0x51
    ec: 49ff0f                         decq (%r15)
    ef: 7508                           jne 0x8
    f1: 4c89ff                         movq %r15, %rdi
    f4: e800000000                     callq 0x0
        # hole +0xf5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    f9: 4885ed                         testq %rbp, %rbp
    fc: 746e                           je 0x6e
    fe: 48892b                         movq %rbp, (%rbx)
   101: 5d                             popq %rbp
   102: e900000000                     jmp 0x0
        # hole +0x103: X86_64_RELOC_BRANCH Rel32 exit_trace[8]-4
   107: 4839f2                         cmpq %rsi, %rdx
   10a: 0f8f45ffffff                   jg -0xbb
   110: 4983c6fb                       addq $-0x5, %r14
   114: 41b914000000                   movl $0x14, %r9d
   11a: 41bd02000000                   movl $0x2, %r13d
   120: eb35                           jmp 0x35
   122: e800000000                     callq 0x0
        # hole +0x123: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   127: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x12a: X86_64_RELOC_GOT_LOAD Rel32 data-4
   12e: 41f6c701                       testb $0x1, %r15b
   132: 0f8458ffffff                   je -0xa8
   138: e956ffffff                     jmp -0xaa
   13d: e800000000                     callq 0x0
        # hole +0x13e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   142: 49ff0f                         decq (%r15)
   145: 75b2                           jne -0x4e
   147: eba8                           jmp -0x58
   149: 4989ce                         movq %rcx, %r14
   14c: eb09                           jmp 0x9
   14e: 4889c3                         movq %rax, %rbx
   151: 41b946000000                   movl $0x46, %r9d
   157: 4c89e7                         movq %r12, %rdi
   15a: 4889de                         movq %rbx, %rsi
   15d: 4889ea                         movq %rbp, %rdx
   160: 4489e9                         movl %r13d, %ecx
   163: 4d89f0                         movq %r14, %r8
   166: 5d                             popq %rbp
   167: e900000000                     jmp 0x0
        # hole +0x168: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   16c: 41bd03000000                   movl $0x3, %r13d
   172: 4c89f5                         movq %r14, %rbp
   175: 49be0700000006000000           movabsq $0x600000007, %r14
   17f: ebd0                           jmp -0x30
   181: 4889c3                         movq %rax, %rbx
   184: ebef                           jmp -0x11
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[5]+0
