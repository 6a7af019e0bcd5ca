# stencil nested_outer for x86_64-pc-windows-msvc: 407 code bytes, 16 data bytes, 13 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b45f8                       movq -0x8(%r13), %rax
     8: a801                           testb $0x1, %al
     a: 0f8527010000                   jne 0x127
    10: 83780804                       cmpl $0x4, 0x8(%rax)
    14: 0f851d010000                   jne 0x11d
    1a: 488b4840                       movq 0x40(%rax), %rcx
    1e: 488b5030                       movq 0x30(%rax), %rdx
    22: 488b7038                       movq 0x38(%rax), %rsi
    26: 4885c9                         testq %rcx, %rcx
    29: 0f8ec0000000                   jle 0xc0
    2f: 4839f2                         cmpq %rsi, %rdx
    32: 0f8dc0000000                   jge 0xc0
    38: 4801d1                         addq %rdx, %rcx
    3b: 48894830                       movq %rcx, 0x30(%rax)
    3f: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    47: 49894500                       movq %rax, (%r13)
    4b: 498b542418                     movq 0x18(%r12), %rdx
    50: 488b4a08                       movq 0x8(%rdx), %rcx
    54: 48894208                       movq %rax, 0x8(%rdx)
    58: f6c101                         testb $0x1, %cl
    5b: 7509                           jne 0x9
    5d: 48ff09                         decq (%rcx)
    60: 0f84aa000000                   je 0xaa
    66: 488b3500000000                 movq (%rip), %rsi
        # hole +0x69: IMAGE_REL_AMD64_REL32 Rel32 data-4
    6d: 40f6c601                       testb $0x1, %sil
    71: 7503                           jne 0x3
    73: 48ff06                         incq (%rsi)
    76: 49897500                       movq %rsi, (%r13)
    7a: 498b442418                     movq 0x18(%r12), %rax
    7f: 488b4018                       movq 0x18(%rax), %rax
    83: a801                           testb $0x1, %al
    85: 7507                           jne 0x7
    87: 48ff00                         incq (%rax)
    8a: 498b7500                       movq (%r13), %rsi
    8e: 49894508                       movq %rax, 0x8(%r13)
    92: 40f6c601                       testb $0x1, %sil
    96: 0f85ac000000                   jne 0xac
    9c: 837e0808                       cmpl $0x8, 0x8(%rsi)
    a0: 0f85a2000000                   jne 0xa2
    a6: 498d7d08                       leaq 0x8(%r13), %rdi
    aa: 41b801000000                   movl $0x1, %r8d
    b0: 4c89f1                         movq %r14, %rcx
    b3: 4889fa                         movq %rdi, %rdx
    b6: ff5638                         callq *0x38(%rsi)
    b9: 4889c3                         movq %rax, %rbx
    bc: 488b0f                         movq (%rdi), %rcx
    bf: f6c101                         testb $0x1, %cl
    c2: 7505                           jne 0x5
    c4: 48ff09                         decq (%rcx)
    c7: 7462                           je 0x62
    c9: 48ff0e                         decq (%rsi)
    cc: 7508                           jne 0x8
    ce: 4889f1                         movq %rsi, %rcx
    d1: e800000000                     callq 0x0
        # hole +0xd2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    d6: 4885db                         testq %rbx, %rbx
    d9: 0f84a0000000                   je 0xa0
    df: 49895d00                       movq %rbx, (%r13)
    e3: 4989fd                         movq %rdi, %r13
    e6: 4883c438                       addq $0x38, %rsp
    ea: e900000000                     jmp 0x0
        # hole +0xeb: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[8]-4
    ef: 4839f2                         cmpq %rsi, %rdx
    f2: 0f8f40ffffff                   jg -0xc0
    f8: 488b0500000000                 movq (%rip), %rax
        # hole +0xfb: IMAGE_REL_AMD64_REL32 Rel32 data+4
    ff: 4883c002                       addq $0x2, %rax
   103: b914000000                     movl $0x14, %ecx
   108: 41b902000000                   movl $0x2, %r9d
   10e: eb52                           jmp 0x52
   110: e800000000                     callq 0x0
        # hole +0x111: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   115: 488b3500000000                 movq (%rip), %rsi
        # hole +0x118: IMAGE_REL_AMD64_REL32 Rel32 data-4
   11c: 40f6c601                       testb $0x1, %sil
   120: 0f844dffffff                   je -0xb3
   126: e94bffffff                     jmp -0xb5
   12b: e800000000                     callq 0x0
        # hole +0x12c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   130: 48ff0e                         decq (%rsi)
   133: 75a1                           jne -0x5f
   135: eb97                           jmp -0x69
   137: 488b0500000000                 movq (%rip), %rax
        # hole +0x13a: IMAGE_REL_AMD64_REL32 Rel32 data+4
   13e: 48ffc0                         incq %rax
   141: b90a000000                     movl $0xa, %ecx
   146: eb14                           jmp 0x14
   148: 4983c510                       addq $0x10, %r13
   14c: 488b0500000000                 movq (%rip), %rax
        # hole +0x14f: IMAGE_REL_AMD64_REL32 Rel32 data+4
   153: 4883c007                       addq $0x7, %rax
   157: b946000000                     movl $0x46, %ecx
   15c: 41b901000000                   movl $0x1, %r9d
   162: 48894c2428                     movq %rcx, 0x28(%rsp)
   167: 4889442420                     movq %rax, 0x20(%rsp)
   16c: 4c89e1                         movq %r12, %rcx
   16f: 4c89ea                         movq %r13, %rdx
   172: 4d89f0                         movq %r14, %r8
   175: e800000000                     callq 0x0
        # hole +0x176: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   17a: 4883c438                       addq $0x38, %rsp
   17e: c3                             retq
   17f: 488b0500000000                 movq (%rip), %rax
        # hole +0x182: IMAGE_REL_AMD64_REL32 Rel32 data+4
   186: 4883c007                       addq $0x7, %rax
   18a: b946000000                     movl $0x46, %ecx
   18f: 41b903000000                   movl $0x3, %r9d
   195: ebcb                           jmp -0x35
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[5]+0
        # hole data+0x8: GOT Abs64 index+0
