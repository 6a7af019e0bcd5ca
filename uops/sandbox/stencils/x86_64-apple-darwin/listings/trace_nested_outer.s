# stencil nested_outer for x86_64-apple-darwin: 382 code bytes, 16 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 498b45f8                       movq -0x8(%r13), %rax
     5: a801                           testb $0x1, %al
     7: 0f851e010000                   jne 0x11e
     d: 83780804                       cmpl $0x4, 0x8(%rax)
    11: 0f8514010000                   jne 0x114
    17: 488b4840                       movq 0x40(%rax), %rcx
    1b: 488b5030                       movq 0x30(%rax), %rdx
    1f: 488b7038                       movq 0x38(%rax), %rsi
    23: 4885c9                         testq %rcx, %rcx
    26: 0f8eb8000000                   jle 0xb8
    2c: 4839f2                         cmpq %rsi, %rdx
    2f: 0f8db8000000                   jge 0xb8
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
    5e: 0f84a1000000                   je 0xa1
    64: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x67: X86_64_RELOC_GOT_LOAD Rel32 data+4
    6b: f6c301                         testb $0x1, %bl
    6e: 7503                           jne 0x3
    70: 48ff03                         incq (%rbx)
    73: 49895d00                       movq %rbx, (%r13)
    77: 498b442418                     movq 0x18(%r12), %rax
    7c: 488b4018                       movq 0x18(%rax), %rax
    80: a801                           testb $0x1, %al
    82: 7503                           jne 0x3
    84: 48ff00                         incq (%rax)
    87: 49894508                       movq %rax, 0x8(%r13)
    8b: f6c301                         testb $0x1, %bl
    8e: 0f85a9000000                   jne 0xa9
    94: 837b0808                       cmpl $0x8, 0x8(%rbx)
    98: 0f859f000000                   jne 0x9f
    9e: 4d8d7d08                       leaq 0x8(%r13), %r15
    a2: ba01000000                     movl $0x1, %edx
    a7: 4c89f7                         movq %r14, %rdi
    aa: 4c89fe                         movq %r15, %rsi
    ad: ff5338                         callq *0x38(%rbx)
    b0: 4889c5                         movq %rax, %rbp
    b3: 498b3f                         movq (%r15), %rdi
    b6: 40f6c701                       testb $0x1, %dil
    ba: 7505                           jne 0x5
    bc: 48ff0f                         decq (%rdi)
    bf: 745e                           je 0x5e
    c1: 48ff0b                         decq (%rbx)
    c4: 7508                           jne 0x8
    c6: 4889df                         movq %rbx, %rdi
    c9: e800000000                     callq 0x0
        # hole +0xca: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    ce: 4885ed                         testq %rbp, %rbp
    d1: 0f848f000000                   je 0x8f
    d7: 49896d00                       movq %rbp, (%r13)
    db: 4d89fd                         movq %r15, %r13
    de: 5d                             popq %rbp
    df: e900000000                     jmp 0x0
        # hole +0xe0: X86_64_RELOC_BRANCH Rel32 exit_trace[8]-4
    e4: 4839f2                         cmpq %rsi, %rdx
    e7: 0f8f48ffffff                   jg -0xb8
    ed: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xf0: X86_64_RELOC_GOT_LOAD Rel32 data-4
    f4: 4983c002                       addq $0x2, %r8
    f8: 41b914000000                   movl $0x14, %r9d
    fe: b902000000                     movl $0x2, %ecx
   103: eb52                           jmp 0x52
   105: e800000000                     callq 0x0
        # hole +0x106: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   10a: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x10d: X86_64_RELOC_GOT_LOAD Rel32 data+4
   111: f6c301                         testb $0x1, %bl
   114: 0f8456ffffff                   je -0xaa
   11a: e954ffffff                     jmp -0xac
   11f: e800000000                     callq 0x0
        # hole +0x120: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   124: 48ff0b                         decq (%rbx)
   127: 75a5                           jne -0x5b
   129: eb9b                           jmp -0x65
   12b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x12e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   132: 49ffc0                         incq %r8
   135: 41b90a000000                   movl $0xa, %r9d
   13b: eb15                           jmp 0x15
   13d: 4983c510                       addq $0x10, %r13
   141: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x144: X86_64_RELOC_GOT_LOAD Rel32 data-4
   148: 4983c007                       addq $0x7, %r8
   14c: 41b946000000                   movl $0x46, %r9d
   152: b901000000                     movl $0x1, %ecx
   157: 4c89e7                         movq %r12, %rdi
   15a: 4c89ee                         movq %r13, %rsi
   15d: 4c89f2                         movq %r14, %rdx
   160: 5d                             popq %rbp
   161: e900000000                     jmp 0x0
        # hole +0x162: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   166: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x169: X86_64_RELOC_GOT_LOAD Rel32 data-4
   16d: 4983c007                       addq $0x7, %r8
   171: 41b946000000                   movl $0x46, %r9d
   177: b903000000                     movl $0x3, %ecx
   17c: ebd9                           jmp -0x27
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[5]+0
