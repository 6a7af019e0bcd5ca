# stencil nested_outer for x86_64-unknown-linux-gnu: 398 code bytes, 0 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 4c89f5                         movq %r14, %rbp
     4: 4c89eb                         movq %r13, %rbx
     7: 49be0700000006000000           movabsq $0x600000007, %r14
    11: 498b45f8                       movq -0x8(%r13), %rax
    15: 498d4efa                       leaq -0x6(%r14), %rcx
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41bd01000000                   movl $0x1, %r13d
    25: a801                           testb $0x1, %al
    27: 0f8524010000                   jne 0x124
    2d: 83780804                       cmpl $0x4, 0x8(%rax)
    31: 0f851a010000                   jne 0x11a
    37: 488b4840                       movq 0x40(%rax), %rcx
    3b: 488b5030                       movq 0x30(%rax), %rdx
    3f: 488b7038                       movq 0x38(%rax), %rsi
    43: 4885c9                         testq %rcx, %rcx
    46: 0f8ec0000000                   jle 0xc0
    4c: 4839f2                         cmpq %rsi, %rdx
    4f: 0f8dc0000000                   jge 0xc0
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
    7d: 0f84a4000000                   je 0xa4
    83: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x85: R_X86_64_64 Abs64 operand0[5]+0
    8d: 41f6c701                       testb $0x1, %r15b
    91: 7503                           jne 0x3
    93: 49ff07                         incq (%r15)
    96: 4c893b                         movq %r15, (%rbx)
    99: 498b442418                     movq 0x18(%r12), %rax
    9e: 488b4018                       movq 0x18(%rax), %rax
    a2: a801                           testb $0x1, %al
    a4: 7506                           jne 0x6
    a6: 48ff00                         incq (%rax)
    a9: 4c8b3b                         movq (%rbx), %r15
    ac: 488d4b10                       leaq 0x10(%rbx), %rcx
    b0: 48894308                       movq %rax, 0x8(%rbx)
    b4: 41f6c701                       testb $0x1, %r15b
    b8: 0f8598000000                   jne 0x98
    be: 41837f0808                     cmpl $0x8, 0x8(%r15)
    c3: 0f85c0000000                   jne 0xc0
    c9: 4c8d6b08                       leaq 0x8(%rbx), %r13
    cd: ba01000000                     movl $0x1, %edx
    d2: 4989ee                         movq %rbp, %r14
    d5: 4889ef                         movq %rbp, %rdi
    d8: 4c89ee                         movq %r13, %rsi
    db: 41ff5738                       callq *0x38(%r15)
    df: 4889c5                         movq %rax, %rbp
    e2: 498b7d00                       movq (%r13), %rdi
    e6: 40f6c701                       testb $0x1, %dil
    ea: 7505                           jne 0x5
    ec: 48ff0f                         decq (%rdi)
    ef: 7454                           je 0x54
    f1: 49ff0f                         decq (%r15)
    f4: 7508                           jne 0x8
    f6: 4c89ff                         movq %r15, %rdi
    f9: e800000000                     callq 0x0
        # hole +0xfa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    fe: 4885ed                         testq %rbp, %rbp
   101: 7471                           je 0x71
   103: 48892b                         movq %rbp, (%rbx)
   106: 5d                             popq %rbp
   107: e900000000                     jmp 0x0
        # hole +0x108: R_X86_64_PLT32 Rel32 exit_trace[8]-4
   10c: 4839f2                         cmpq %rsi, %rdx
   10f: 0f8f40ffffff                   jg -0xc0
   115: 4983c6fb                       addq $-0x5, %r14
   119: 41b914000000                   movl $0x14, %r9d
   11f: 41bd02000000                   movl $0x2, %r13d
   125: eb38                           jmp 0x38
   127: e800000000                     callq 0x0
        # hole +0x128: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   12c: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x12e: R_X86_64_64 Abs64 operand0[5]+0
   136: 41f6c701                       testb $0x1, %r15b
   13a: 0f8453ffffff                   je -0xad
   140: e951ffffff                     jmp -0xaf
   145: e800000000                     callq 0x0
        # hole +0x146: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   14a: 49ff0f                         decq (%r15)
   14d: 75af                           jne -0x51
   14f: eba5                           jmp -0x5b
   151: 4989ce                         movq %rcx, %r14
   154: eb09                           jmp 0x9
   156: 4889cb                         movq %rcx, %rbx
   159: 41b946000000                   movl $0x46, %r9d
   15f: 4c89e7                         movq %r12, %rdi
   162: 4889de                         movq %rbx, %rsi
   165: 4889ea                         movq %rbp, %rdx
   168: 4489e9                         movl %r13d, %ecx
   16b: 4d89f0                         movq %r14, %r8
   16e: 5d                             popq %rbp
   16f: e900000000                     jmp 0x0
        # hole +0x170: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   174: 41bd03000000                   movl $0x3, %r13d
   17a: 4c89f5                         movq %r14, %rbp
   17d: 49be0700000006000000           movabsq $0x600000007, %r14
   187: ebd0                           jmp -0x30
   189: 4889cb                         movq %rcx, %rbx
   18c: ebef                           jmp -0x11
