# stencil nested_outer for x86_64-pc-windows-msvc: 382 code bytes, 8 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 49bf0700000006000000           movabsq $0x600000007, %r15
     f: 498b45f8                       movq -0x8(%r13), %rax
    13: 498d4ffa                       leaq -0x6(%r15), %rcx
    17: bd0a000000                     movl $0xa, %ebp
    1c: be01000000                     movl $0x1, %esi
    21: a801                           testb $0x1, %al
    23: 0f8525010000                   jne 0x125
    29: 83780804                       cmpl $0x4, 0x8(%rax)
    2d: 0f851b010000                   jne 0x11b
    33: 488b4840                       movq 0x40(%rax), %rcx
    37: 488b5030                       movq 0x30(%rax), %rdx
    3b: 488b7838                       movq 0x38(%rax), %rdi
    3f: 4885c9                         testq %rcx, %rcx
    42: 0f8ec6000000                   jle 0xc6
    48: 4839fa                         cmpq %rdi, %rdx
    4b: 0f8dc6000000                   jge 0xc6
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
    79: 0f84a8000000                   je 0xa8
    7f: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x82: IMAGE_REL_AMD64_REL32 Rel32 data-4
    86: 40f6c701                       testb $0x1, %dil
    8a: 7503                           jne 0x3
    8c: 48ff07                         incq (%rdi)
    8f: 49897d00                       movq %rdi, (%r13)
    93: 498b442418                     movq 0x18(%r12), %rax
    98: 488b4018                       movq 0x18(%rax), %rax
    9c: a801                           testb $0x1, %al
    9e: 7507                           jne 0x7
    a0: 48ff00                         incq (%rax)
    a3: 498b7d00                       movq (%r13), %rdi
    a7: 498d4d10                       leaq 0x10(%r13), %rcx
    ab: 49894508                       movq %rax, 0x8(%r13)
    af: bd46000000                     movl $0x46, %ebp
    b4: 40f6c701                       testb $0x1, %dil
    b8: 0f8595000000                   jne 0x95
    be: 837f0808                       cmpl $0x8, 0x8(%rdi)
    c2: 0f858b000000                   jne 0x8b
    c8: 498d7508                       leaq 0x8(%r13), %rsi
    cc: 41b801000000                   movl $0x1, %r8d
    d2: 4c89f1                         movq %r14, %rcx
    d5: 4889f2                         movq %rsi, %rdx
    d8: ff5738                         callq *0x38(%rdi)
    db: 4889c3                         movq %rax, %rbx
    de: 488b0e                         movq (%rsi), %rcx
    e1: f6c101                         testb $0x1, %cl
    e4: 7505                           jne 0x5
    e6: 48ff09                         decq (%rcx)
    e9: 7457                           je 0x57
    eb: 48ff0f                         decq (%rdi)
    ee: 7508                           jne 0x8
    f0: 4889f9                         movq %rdi, %rcx
    f3: e800000000                     callq 0x0
        # hole +0xf4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f8: 4885db                         testq %rbx, %rbx
    fb: 747a                           je 0x7a
    fd: 49895d00                       movq %rbx, (%r13)
   101: 4989f5                         movq %rsi, %r13
   104: 4883c430                       addq $0x30, %rsp
   108: 5d                             popq %rbp
   109: e900000000                     jmp 0x0
        # hole +0x10a: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[8]-4
   10e: 4839fa                         cmpq %rdi, %rdx
   111: 0f8f3affffff                   jg -0xc6
   117: 4983c7fb                       addq $-0x5, %r15
   11b: bd14000000                     movl $0x14, %ebp
   120: be02000000                     movl $0x2, %esi
   125: eb2f                           jmp 0x2f
   127: e800000000                     callq 0x0
        # hole +0x128: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12c: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x12f: IMAGE_REL_AMD64_REL32 Rel32 data-4
   133: 40f6c701                       testb $0x1, %dil
   137: 0f844fffffff                   je -0xb1
   13d: e94dffffff                     jmp -0xb3
   142: e800000000                     callq 0x0
        # hole +0x143: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   147: 48ff0f                         decq (%rdi)
   14a: 75ac                           jne -0x54
   14c: eba2                           jmp -0x5e
   14e: 4989cf                         movq %rcx, %r15
   151: eb03                           jmp 0x3
   153: 4989cd                         movq %rcx, %r13
   156: 48896c2428                     movq %rbp, 0x28(%rsp)
   15b: 4c897c2420                     movq %r15, 0x20(%rsp)
   160: 4c89e1                         movq %r12, %rcx
   163: 4c89ea                         movq %r13, %rdx
   166: 4d89f0                         movq %r14, %r8
   169: 4189f1                         movl %esi, %r9d
   16c: e800000000                     callq 0x0
        # hole +0x16d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   171: 4883c430                       addq $0x30, %rsp
   175: 5d                             popq %rbp
   176: c3                             retq
   177: be03000000                     movl $0x3, %esi
   17c: ebd8                           jmp -0x28
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[5]+0
