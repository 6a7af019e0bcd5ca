# stencil countdown_compare for x86_64-pc-windows-msvc: 546 code bytes, 24 data bytes, 9 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498d4508                       leaq 0x8(%r13), %rax
     9: 4889442438                     movq %rax, 0x38(%rsp)
     e: 488b1d00000000                 movq (%rip), %rbx
        # hole +0x11: IMAGE_REL_AMD64_REL32 Rel32 data-4
    15: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x18: IMAGE_REL_AMD64_REL32 Rel32 data+4
    1c: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    26: 48befbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rsi
    30: bf02000000                     movl $0x2, %edi
    35: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    40: 498b442418                     movq 0x18(%r12), %rax
    45: 488b00                         movq (%rax), %rax
    48: a801                           testb $0x1, %al
    4a: 0f8412010000                   je 0x112
    50: 49c7450801000000               movq $0x1, 0x8(%r13)
    58: 4889d9                         movq %rbx, %rcx
    5b: 4883f802                       cmpq $0x2, %rax
    5f: 7c03                           jl 0x3
    61: 4c89f9                         movq %r15, %rcx
    64: 49894d00                       movq %rcx, (%r13)
    68: 0f8c83010000                   jl 0x183
    6e: 498b442418                     movq 0x18(%r12), %rax
    73: 488b00                         movq (%rax), %rax
    76: a801                           testb $0x1, %al
    78: 7503                           jne 0x3
    7a: 48ff00                         incq (%rax)
    7d: 49894500                       movq %rax, (%r13)
    81: 498b442418                     movq 0x18(%r12), %rax
    86: 488b4010                       movq 0x10(%rax), %rax
    8a: a801                           testb $0x1, %al
    8c: 0f84ef000000                   je 0xef
    92: 49894508                       movq %rax, 0x8(%r13)
    96: 498b4d00                       movq (%r13), %rcx
    9a: 48d1f9                         sarq %rcx
    9d: 48d1f8                         sarq %rax
    a0: 4829c1                         subq %rax, %rcx
    a3: 4889c8                         movq %rcx, %rax
    a6: 4801e8                         addq %rbp, %rax
    a9: 0f8953010000                   jns 0x153
    af: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    b7: 49894500                       movq %rax, (%r13)
    bb: 498b542418                     movq 0x18(%r12), %rdx
    c0: 488b0a                         movq (%rdx), %rcx
    c3: 488902                         movq %rax, (%rdx)
    c6: f6c101                         testb $0x1, %cl
    c9: 7515                           jne 0x15
    cb: 48ff09                         decq (%rcx)
    ce: 7510                           jne 0x10
    d0: e800000000                     callq 0x0
        # hole +0xd1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    d5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    e0: 498b442418                     movq 0x18(%r12), %rax
    e5: 488b4008                       movq 0x8(%rax), %rax
    e9: a801                           testb $0x1, %al
    eb: 0f84a7000000                   je 0xa7
    f1: 49894500                       movq %rax, (%r13)
    f5: 49c7450805000000               movq $0x5, 0x8(%r13)
    fd: 4839f0                         cmpq %rsi, %rax
   100: 0f8f0c010000                   jg 0x10c
   106: 4883c004                       addq $0x4, %rax
   10a: 49894500                       movq %rax, (%r13)
   10e: 498b542418                     movq 0x18(%r12), %rdx
   113: 488b4a08                       movq 0x8(%rdx), %rcx
   117: 48894208                       movq %rax, 0x8(%rdx)
   11b: f6c101                         testb $0x1, %cl
   11e: 7510                           jne 0x10
   120: 48ff09                         decq (%rcx)
   123: 750b                           jne 0xb
   125: e800000000                     callq 0x0
        # hole +0x126: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12a: 660f1f440000                   nopw (%rax,%rax)
   130: 49833e00                       cmpq $0x0, (%r14)
   134: 0f8582000000                   jne 0x82
   13a: 498b4608                       movq 0x8(%r14), %rax
   13e: 48ffc0                         incq %rax
   141: 49894608                       movq %rax, 0x8(%r14)
   145: 493b4610                       cmpq 0x10(%r14), %rax
   149: 0f8cf1feffff                   jl -0x10f
   14f: 49c70601000000                 movq $0x1, (%r14)
   156: b8aa000000                     movl $0xaa, %eax
   15b: b911000000                     movl $0x11, %ecx
   160: eb64                           jmp 0x64
   162: 48ff00                         incq (%rax)
   165: 49894500                       movq %rax, (%r13)
   169: 49c7450801000000               movq $0x1, 0x8(%r13)
   171: 4983c510                       addq $0x10, %r13
   175: b81e000000                     movl $0x1e, %eax
   17a: b903000000                     movl $0x3, %ecx
   17f: eb34                           jmp 0x34
   181: 48ff00                         incq (%rax)
   184: 49894508                       movq %rax, 0x8(%r13)
   188: 4983c510                       addq $0x10, %r13
   18c: b850000000                     movl $0x50, %eax
   191: b908000000                     movl $0x8, %ecx
   196: eb1d                           jmp 0x1d
   198: 48ff00                         incq (%rax)
   19b: 49894500                       movq %rax, (%r13)
   19f: 49c7450805000000               movq $0x5, 0x8(%r13)
   1a7: 4983c510                       addq $0x10, %r13
   1ab: b882000000                     movl $0x82, %eax
   1b0: b90d000000                     movl $0xd, %ecx
   1b5: bf01000000                     movl $0x1, %edi
   1ba: eb0a                           jmp 0xa
   1bc: b8a0000000                     movl $0xa0, %eax
   1c1: b910000000                     movl $0x10, %ecx
   1c6: 488b1500000000                 movq (%rip), %rdx
        # hole +0x1c9: IMAGE_REL_AMD64_REL32 Rel32 data+12
   1cd: 4801ca                         addq %rcx, %rdx
   1d0: 4889442428                     movq %rax, 0x28(%rsp)
   1d5: 4889542420                     movq %rdx, 0x20(%rsp)
   1da: 4c89e1                         movq %r12, %rcx
   1dd: 4c89ea                         movq %r13, %rdx
   1e0: 4d89f0                         movq %r14, %r8
   1e3: 4189f9                         movl %edi, %r9d
   1e6: e800000000                     callq 0x0
        # hole +0x1e7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1eb: 4883c440                       addq $0x40, %rsp
   1ef: 5d                             popq %rbp
   1f0: c3                             retq
   1f1: b832000000                     movl $0x32, %eax
   1f6: b905000000                     movl $0x5, %ecx
   1fb: 4c8b6c2438                     movq 0x38(%rsp), %r13
   200: ebc4                           jmp -0x3c
   202: 4983c510                       addq $0x10, %r13
   206: b85a000000                     movl $0x5a, %eax
   20b: b909000000                     movl $0x9, %ecx
   210: eba3                           jmp -0x5d
   212: 4983c510                       addq $0x10, %r13
   216: b88c000000                     movl $0x8c, %eax
   21b: b90e000000                     movl $0xe, %ecx
   220: eb93                           jmp -0x6d
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 index+0
