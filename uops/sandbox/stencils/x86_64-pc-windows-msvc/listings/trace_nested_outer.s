# stencil nested_outer for x86_64-pc-windows-msvc: 378 code bytes, 0 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 49bf0700000006000000           movabsq $0x600000007, %r15
     f: 498b45f8                       movq -0x8(%r13), %rax
    13: 498d4ffa                       leaq -0x6(%r15), %rcx
    17: bd0a000000                     movl $0xa, %ebp
    1c: be01000000                     movl $0x1, %esi
    21: a801                           testb $0x1, %al
    23: 0f8521010000                   jne 0x121
    29: 83780804                       cmpl $0x4, 0x8(%rax)
    2d: 0f8517010000                   jne 0x117
    33: 488b4840                       movq 0x40(%rax), %rcx
    37: 488b5030                       movq 0x30(%rax), %rdx
    3b: 488b7838                       movq 0x38(%rax), %rdi
    3f: 4885c9                         testq %rcx, %rcx
    42: 0f8ec4000000                   jle 0xc4
    48: 4839fa                         cmpq %rdi, %rdx
    4b: 0f8dc4000000                   jge 0xc4
    51: 4801d1                         addq %rdx, %rcx
    54: 48894830                       movq %rcx, 0x30(%rax)
    58: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    60: 49894500                       movq %rax, (%r13)
    64: 498b542418                     movq 0x18(%r12), %rdx
    69: 488b4a08                       movq 0x8(%rdx), %rcx
    6d: 48894208                       movq %rax, 0x8(%rdx)
    71: f6c101                         testb $0x1, %cl
    74: 7509                           jne 0x9
    76: 48ff09                         decq (%rcx)
    79: 0f84a6000000                   je 0xa6
    7f: bf00000000                     movl $0x0, %edi
        # hole +0x80: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[5]+0
    84: 40f6c701                       testb $0x1, %dil
    88: 7503                           jne 0x3
    8a: 48ff07                         incq (%rdi)
    8d: 49897d00                       movq %rdi, (%r13)
    91: 498b442418                     movq 0x18(%r12), %rax
    96: 488b4018                       movq 0x18(%rax), %rax
    9a: a801                           testb $0x1, %al
    9c: 7507                           jne 0x7
    9e: 48ff00                         incq (%rax)
    a1: 498b7d00                       movq (%r13), %rdi
    a5: 498d4d10                       leaq 0x10(%r13), %rcx
    a9: 49894508                       movq %rax, 0x8(%r13)
    ad: bd46000000                     movl $0x46, %ebp
    b2: 40f6c701                       testb $0x1, %dil
    b6: 0f8593000000                   jne 0x93
    bc: 837f0808                       cmpl $0x8, 0x8(%rdi)
    c0: 0f8589000000                   jne 0x89
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
    e7: 7455                           je 0x55
    e9: 48ff0f                         decq (%rdi)
    ec: 7508                           jne 0x8
    ee: 4889f9                         movq %rdi, %rcx
    f1: e800000000                     callq 0x0
        # hole +0xf2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f6: 4885db                         testq %rbx, %rbx
    f9: 7478                           je 0x78
    fb: 49895d00                       movq %rbx, (%r13)
    ff: 4989f5                         movq %rsi, %r13
   102: 4883c430                       addq $0x30, %rsp
   106: 5d                             popq %rbp
   107: e900000000                     jmp 0x0
        # hole +0x108: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[8]-4
   10c: 4839fa                         cmpq %rdi, %rdx
   10f: 0f8f3cffffff                   jg -0xc4
   115: 4983c7fb                       addq $-0x5, %r15
   119: bd14000000                     movl $0x14, %ebp
   11e: be02000000                     movl $0x2, %esi
   123: eb2d                           jmp 0x2d
   125: e800000000                     callq 0x0
        # hole +0x126: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12a: bf00000000                     movl $0x0, %edi
        # hole +0x12b: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[5]+0
   12f: 40f6c701                       testb $0x1, %dil
   133: 0f8451ffffff                   je -0xaf
   139: e94fffffff                     jmp -0xb1
   13e: e800000000                     callq 0x0
        # hole +0x13f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   143: 48ff0f                         decq (%rdi)
   146: 75ae                           jne -0x52
   148: eba4                           jmp -0x5c
   14a: 4989cf                         movq %rcx, %r15
   14d: eb03                           jmp 0x3
   14f: 4989cd                         movq %rcx, %r13
   152: 48896c2428                     movq %rbp, 0x28(%rsp)
   157: 4c897c2420                     movq %r15, 0x20(%rsp)
   15c: 4c89e1                         movq %r12, %rcx
   15f: 4c89ea                         movq %r13, %rdx
   162: 4d89f0                         movq %r14, %r8
   165: 4189f1                         movl %esi, %r9d
   168: e800000000                     callq 0x0
        # hole +0x169: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   16d: 4883c430                       addq $0x30, %rsp
   171: 5d                             popq %rbp
   172: c3                             retq
   173: be03000000                     movl $0x3, %esi
   178: ebd8                           jmp -0x28
