# stencil nested_outer for x86_64-pc-windows-msvc: 391 code bytes, 16 data bytes, 10 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b45f8                       movq -0x8(%r13), %rax
     9: 41bf0a000000                   movl $0xa, %r15d
     f: bd01000000                     movl $0x1, %ebp
    14: be01000000                     movl $0x1, %esi
    19: a801                           testb $0x1, %al
    1b: 0f8534010000                   jne 0x134
    21: 83780804                       cmpl $0x4, 0x8(%rax)
    25: 0f852a010000                   jne 0x12a
    2b: 488b4840                       movq 0x40(%rax), %rcx
    2f: 488b5030                       movq 0x30(%rax), %rdx
    33: 488b7838                       movq 0x38(%rax), %rdi
    37: 4885c9                         testq %rcx, %rcx
    3a: 0f8ed0000000                   jle 0xd0
    40: 4839fa                         cmpq %rdi, %rdx
    43: 0f8dd0000000                   jge 0xd0
    49: 4801d1                         addq %rdx, %rcx
    4c: 48894830                       movq %rcx, 0x30(%rax)
    50: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    58: 49894500                       movq %rax, (%r13)
    5c: 498b542418                     movq 0x18(%r12), %rdx
    61: 488b4a08                       movq 0x8(%rdx), %rcx
    65: 48894208                       movq %rax, 0x8(%rdx)
    69: f6c101                         testb $0x1, %cl
    6c: 7509                           jne 0x9
    6e: 48ff09                         decq (%rcx)
    71: 0f84b4000000                   je 0xb4
    77: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x7a: IMAGE_REL_AMD64_REL32 Rel32 data-4
    7e: 40f6c701                       testb $0x1, %dil
    82: 7503                           jne 0x3
    84: 48ff07                         incq (%rdi)
    87: 49897d00                       movq %rdi, (%r13)
    8b: 498b442418                     movq 0x18(%r12), %rax
    90: 488b4018                       movq 0x18(%rax), %rax
    94: a801                           testb $0x1, %al
    96: 7507                           jne 0x7
    98: 48ff00                         incq (%rax)
    9b: 498b7d00                       movq (%r13), %rdi
    9f: 498d4d10                       leaq 0x10(%r13), %rcx
    a3: 49894508                       movq %rax, 0x8(%r13)
    a7: 41bf46000000                   movl $0x46, %r15d
    ad: bd07000000                     movl $0x7, %ebp
    b2: 40f6c701                       testb $0x1, %dil
    b6: 0f8596000000                   jne 0x96
    bc: 837f0808                       cmpl $0x8, 0x8(%rdi)
    c0: 0f858c000000                   jne 0x8c
    c6: 498d7508                       leaq 0x8(%r13), %rsi
    ca: 41b801000000                   movl $0x1, %r8d
    d0: 4c89f1                         movq %r14, %rcx
    d3: 4889f2                         movq %rsi, %rdx
    d6: ff5738                         callq *0x38(%rdi)
    d9: 4889c3                         movq %rax, %rbx
    dc: 488b0e                         movq (%rsi), %rcx
    df: f6c101                         testb $0x1, %cl
    e2: 7505                           jne 0x5
    e4: 48ff09                         decq (%rcx)
    e7: 745d                           je 0x5d
    e9: 48ff0f                         decq (%rdi)
    ec: 7508                           jne 0x8
    ee: 4889f9                         movq %rdi, %rcx
    f1: e800000000                     callq 0x0
        # hole +0xf2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f6: 4885db                         testq %rbx, %rbx
    f9: 0f8481000000                   je 0x81
    ff: 49895d00                       movq %rbx, (%r13)
   103: 4989f5                         movq %rsi, %r13
   106: 4883c430                       addq $0x30, %rsp
   10a: 5d                             popq %rbp
   10b: e900000000                     jmp 0x0
        # hole +0x10c: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[8]-4
   110: 4839fa                         cmpq %rdi, %rdx
   113: 0f8f30ffffff                   jg -0xd0
   119: 41bf14000000                   movl $0x14, %r15d
   11f: bd02000000                     movl $0x2, %ebp
   124: be02000000                     movl $0x2, %esi
   129: eb2a                           jmp 0x2a
   12b: e800000000                     callq 0x0
        # hole +0x12c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   130: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x133: IMAGE_REL_AMD64_REL32 Rel32 data-4
   137: 40f6c701                       testb $0x1, %dil
   13b: 0f8443ffffff                   je -0xbd
   141: e941ffffff                     jmp -0xbf
   146: e800000000                     callq 0x0
        # hole +0x147: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   14b: 48ff0f                         decq (%rdi)
   14e: 75a6                           jne -0x5a
   150: eb9c                           jmp -0x64
   152: 4989cd                         movq %rcx, %r13
   155: 488b0500000000                 movq (%rip), %rax
        # hole +0x158: IMAGE_REL_AMD64_REL32 Rel32 data+4
   15c: 4801e8                         addq %rbp, %rax
   15f: 4c897c2428                     movq %r15, 0x28(%rsp)
   164: 4889442420                     movq %rax, 0x20(%rsp)
   169: 4c89e1                         movq %r12, %rcx
   16c: 4c89ea                         movq %r13, %rdx
   16f: 4d89f0                         movq %r14, %r8
   172: 4189f1                         movl %esi, %r9d
   175: e800000000                     callq 0x0
        # hole +0x176: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   17a: 4883c430                       addq $0x30, %rsp
   17e: 5d                             popq %rbp
   17f: c3                             retq
   180: be03000000                     movl $0x3, %esi
   185: ebce                           jmp -0x32
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[5]+0
        # hole data+0x8: GOT Abs64 index+0
