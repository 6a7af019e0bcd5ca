# stencil countdown_compare for x86_64-pc-windows-msvc: 517 code bytes, 24 data bytes, 9 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498d7508                       leaq 0x8(%r13), %rsi
     9: 488b1d00000000                 movq (%rip), %rbx
        # hole +0xc: IMAGE_REL_AMD64_REL32 Rel32 data-4
    10: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    1a: 49bffbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r15
    24: bf02000000                     movl $0x2, %edi
    29: 0f1f8000000000                 nopl (%rax)
    30: 498b442418                     movq 0x18(%r12), %rax
    35: 488b00                         movq (%rax), %rax
    38: a801                           testb $0x1, %al
    3a: 0f840e010000                   je 0x10e
    40: 49c7450801000000               movq $0x1, 0x8(%r13)
    48: 4889d9                         movq %rbx, %rcx
    4b: 4883f802                       cmpq $0x2, %rax
    4f: 7c07                           jl 0x7
    51: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x54: IMAGE_REL_AMD64_REL32 Rel32 data+4
    58: 49894d00                       movq %rcx, (%r13)
    5c: 0f8c77010000                   jl 0x177
    62: 498b442418                     movq 0x18(%r12), %rax
    67: 488b00                         movq (%rax), %rax
    6a: a801                           testb $0x1, %al
    6c: 7503                           jne 0x3
    6e: 48ff00                         incq (%rax)
    71: 49894500                       movq %rax, (%r13)
    75: 498b442418                     movq 0x18(%r12), %rax
    7a: 488b4010                       movq 0x10(%rax), %rax
    7e: a801                           testb $0x1, %al
    80: 7503                           jne 0x3
    82: 48ff00                         incq (%rax)
    85: 488906                         movq %rax, (%rsi)
    88: a801                           testb $0x1, %al
    8a: 0f84dd000000                   je 0xdd
    90: 498b4d00                       movq (%r13), %rcx
    94: 48d1f9                         sarq %rcx
    97: 48d1f8                         sarq %rax
    9a: 4829c1                         subq %rax, %rcx
    9d: 4889c8                         movq %rcx, %rax
    a0: 4801e8                         addq %rbp, %rax
    a3: 0f893c010000                   jns 0x13c
    a9: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    b1: 49894500                       movq %rax, (%r13)
    b5: 498b542418                     movq 0x18(%r12), %rdx
    ba: 488b0a                         movq (%rdx), %rcx
    bd: 488902                         movq %rax, (%rdx)
    c0: f6c101                         testb $0x1, %cl
    c3: 750b                           jne 0xb
    c5: 48ff09                         decq (%rcx)
    c8: 7506                           jne 0x6
    ca: e800000000                     callq 0x0
        # hole +0xcb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    cf: 90                             nop
    d0: 498b442418                     movq 0x18(%r12), %rax
    d5: 488b4008                       movq 0x8(%rax), %rax
    d9: a801                           testb $0x1, %al
    db: 0f849c000000                   je 0x9c
    e1: 49894500                       movq %rax, (%r13)
    e5: 49c7450805000000               movq $0x5, 0x8(%r13)
    ed: 4c39f8                         cmpq %r15, %rax
    f0: 0f8fff000000                   jg 0xff
    f6: 4883c004                       addq $0x4, %rax
    fa: 49894500                       movq %rax, (%r13)
    fe: 498b542418                     movq 0x18(%r12), %rdx
   103: 488b4a08                       movq 0x8(%rdx), %rcx
   107: 48894208                       movq %rax, 0x8(%rdx)
   10b: f6c101                         testb $0x1, %cl
   10e: 7510                           jne 0x10
   110: 48ff09                         decq (%rcx)
   113: 750b                           jne 0xb
   115: e800000000                     callq 0x0
        # hole +0x116: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   11a: 660f1f440000                   nopw (%rax,%rax)
   120: 49833e00                       cmpq $0x0, (%r14)
   124: 757b                           jne 0x7b
   126: 498b4608                       movq 0x8(%r14), %rax
   12a: 48ffc0                         incq %rax
   12d: 49894608                       movq %rax, 0x8(%r14)
   131: 493b4610                       cmpq 0x10(%r14), %rax
   135: 0f8cf5feffff                   jl -0x10b
   13b: 49c70601000000                 movq $0x1, (%r14)
   142: b8aa000000                     movl $0xaa, %eax
   147: b911000000                     movl $0x11, %ecx
   14c: eb5d                           jmp 0x5d
   14e: 48ff00                         incq (%rax)
   151: 49894500                       movq %rax, (%r13)
   155: 49c7450801000000               movq $0x1, 0x8(%r13)
   15d: 4983c510                       addq $0x10, %r13
   161: b81e000000                     movl $0x1e, %eax
   166: b903000000                     movl $0x3, %ecx
   16b: eb2d                           jmp 0x2d
   16d: 4983c510                       addq $0x10, %r13
   171: b850000000                     movl $0x50, %eax
   176: b908000000                     movl $0x8, %ecx
   17b: eb1d                           jmp 0x1d
   17d: 48ff00                         incq (%rax)
   180: 49894500                       movq %rax, (%r13)
   184: 49c7450805000000               movq $0x5, 0x8(%r13)
   18c: 4983c510                       addq $0x10, %r13
   190: b882000000                     movl $0x82, %eax
   195: b90d000000                     movl $0xd, %ecx
   19a: bf01000000                     movl $0x1, %edi
   19f: eb0a                           jmp 0xa
   1a1: b8a0000000                     movl $0xa0, %eax
   1a6: b910000000                     movl $0x10, %ecx
   1ab: 4c89ee                         movq %r13, %rsi
   1ae: 488b1500000000                 movq (%rip), %rdx
        # hole +0x1b1: IMAGE_REL_AMD64_REL32 Rel32 data+12
   1b5: 4801ca                         addq %rcx, %rdx
   1b8: 4889442428                     movq %rax, 0x28(%rsp)
   1bd: 4889542420                     movq %rdx, 0x20(%rsp)
   1c2: 4c89e1                         movq %r12, %rcx
   1c5: 4889f2                         movq %rsi, %rdx
   1c8: 4d89f0                         movq %r14, %r8
   1cb: 4189f9                         movl %edi, %r9d
   1ce: e800000000                     callq 0x0
        # hole +0x1cf: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1d3: 4883c430                       addq $0x30, %rsp
   1d7: 5d                             popq %rbp
   1d8: c3                             retq
   1d9: b832000000                     movl $0x32, %eax
   1de: b905000000                     movl $0x5, %ecx
   1e3: ebc9                           jmp -0x37
   1e5: 4983c510                       addq $0x10, %r13
   1e9: b85a000000                     movl $0x5a, %eax
   1ee: b909000000                     movl $0x9, %ecx
   1f3: eba5                           jmp -0x5b
   1f5: 4983c510                       addq $0x10, %r13
   1f9: b88c000000                     movl $0x8c, %eax
   1fe: b90e000000                     movl $0xe, %ecx
   203: eb95                           jmp -0x6b
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 index+0
