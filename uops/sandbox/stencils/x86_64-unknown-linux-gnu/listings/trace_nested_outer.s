# stencil nested_outer for x86_64-unknown-linux-gnu: 404 code bytes, 0 data bytes, 11 holes
     0: 55                             pushq %rbp
     1: 498b45f8                       movq -0x8(%r13), %rax
     5: a801                           testb $0x1, %al
     7: 0f852b010000                   jne 0x12b
     d: 83780804                       cmpl $0x4, 0x8(%rax)
    11: 0f8521010000                   jne 0x121
    17: 488b4840                       movq 0x40(%rax), %rcx
    1b: 488b5030                       movq 0x30(%rax), %rdx
    1f: 488b7038                       movq 0x38(%rax), %rsi
    23: 4885c9                         testq %rcx, %rcx
    26: 0f8ebf000000                   jle 0xbf
    2c: 4839f2                         cmpq %rsi, %rdx
    2f: 0f8dbf000000                   jge 0xbf
    35: 4801d1                         addq %rdx, %rcx
    38: 48894830                       movq %rcx, 0x30(%rax)
    3c: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    44: 49894500                       movq %rax, (%r13)
    48: 498b4c2418                     movq 0x18(%r12), %rcx
    4d: 488b7908                       movq 0x8(%rcx), %rdi
    51: 48894108                       movq %rax, 0x8(%rcx)
    55: 40f6c701                       testb $0x1, %dil
    59: 7509                           jne 0x9
    5b: 48ff0f                         decq (%rdi)
    5e: 0f84ab000000                   je 0xab
    64: 48bb0000000000000000           movabsq $0x0, %rbx
        # hole +0x66: R_X86_64_64 Abs64 operand0[5]+0
    6e: f6c301                         testb $0x1, %bl
    71: 7503                           jne 0x3
    73: 48ff03                         incq (%rbx)
    76: 49895d00                       movq %rbx, (%r13)
    7a: 498b442418                     movq 0x18(%r12), %rax
    7f: 488b4018                       movq 0x18(%rax), %rax
    83: a801                           testb $0x1, %al
    85: 7507                           jne 0x7
    87: 48ff00                         incq (%rax)
    8a: 498b5d00                       movq (%r13), %rbx
    8e: 49894508                       movq %rax, 0x8(%r13)
    92: f6c301                         testb $0x1, %bl
    95: 0f85b2000000                   jne 0xb2
    9b: 837b0808                       cmpl $0x8, 0x8(%rbx)
    9f: 0f85a8000000                   jne 0xa8
    a5: 4d8d7d08                       leaq 0x8(%r13), %r15
    a9: ba01000000                     movl $0x1, %edx
    ae: 4c89f7                         movq %r14, %rdi
    b1: 4c89fe                         movq %r15, %rsi
    b4: ff5338                         callq *0x38(%rbx)
    b7: 4889c5                         movq %rax, %rbp
    ba: 498b3f                         movq (%r15), %rdi
    bd: 40f6c701                       testb $0x1, %dil
    c1: 7505                           jne 0x5
    c3: 48ff0f                         decq (%rdi)
    c6: 7464                           je 0x64
    c8: 48ff0b                         decq (%rbx)
    cb: 7508                           jne 0x8
    cd: 4889df                         movq %rbx, %rdi
    d0: e800000000                     callq 0x0
        # hole +0xd1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    d5: 4885ed                         testq %rbp, %rbp
    d8: 0f849b000000                   je 0x9b
    de: 49896d00                       movq %rbp, (%r13)
    e2: 4d89fd                         movq %r15, %r13
    e5: 5d                             popq %rbp
    e6: e900000000                     jmp 0x0
        # hole +0xe7: R_X86_64_PLT32 Rel32 exit_trace[8]-4
    eb: 4839f2                         cmpq %rsi, %rdx
    ee: 0f8f41ffffff                   jg -0xbf
    f4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xf6: R_X86_64_64 Abs64 index+0
    fe: 4983c002                       addq $0x2, %r8
   102: 41b914000000                   movl $0x14, %r9d
   108: b902000000                     movl $0x2, %ecx
   10d: eb5b                           jmp 0x5b
   10f: e800000000                     callq 0x0
        # hole +0x110: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   114: 48bb0000000000000000           movabsq $0x0, %rbx
        # hole +0x116: R_X86_64_64 Abs64 operand0[5]+0
   11e: f6c301                         testb $0x1, %bl
   121: 0f844cffffff                   je -0xb4
   127: e94affffff                     jmp -0xb6
   12c: e800000000                     callq 0x0
        # hole +0x12d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   131: 48ff0b                         decq (%rbx)
   134: 759f                           jne -0x61
   136: eb95                           jmp -0x6b
   138: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x13a: R_X86_64_64 Abs64 index+0
   142: 49ffc0                         incq %r8
   145: 41b90a000000                   movl $0xa, %r9d
   14b: eb18                           jmp 0x18
   14d: 4983c510                       addq $0x10, %r13
   151: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x153: R_X86_64_64 Abs64 index+0
   15b: 4983c007                       addq $0x7, %r8
   15f: 41b946000000                   movl $0x46, %r9d
   165: b901000000                     movl $0x1, %ecx
   16a: 4c89e7                         movq %r12, %rdi
   16d: 4c89ee                         movq %r13, %rsi
   170: 4c89f2                         movq %r14, %rdx
   173: 5d                             popq %rbp
   174: e900000000                     jmp 0x0
        # hole +0x175: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   179: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x17b: R_X86_64_64 Abs64 index+0
   183: 4983c007                       addq $0x7, %r8
   187: 41b946000000                   movl $0x46, %r9d
   18d: b903000000                     movl $0x3, %ecx
   192: ebd6                           jmp -0x2a
