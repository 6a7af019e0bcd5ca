# stencil countdown_compare for x86_64-pc-windows-msvc: 545 code bytes, 0 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 48bb0300000001000000           movabsq $0x100000003, %rbx
     f: 498d4508                       leaq 0x8(%r13), %rax
    13: 4889442440                     movq %rax, 0x40(%rsp)
    18: 488d4302                       leaq 0x2(%rbx), %rax
    1c: 4889442438                     movq %rax, 0x38(%rsp)
    21: bd00000000                     movl $0x0, %ebp
        # hole +0x22: IMAGE_REL_AMD64_ADDR32 Abs32 symbol:tf_True+0
    26: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    30: 49bffbffffffffffff7f           movabsq $0x7ffffffffffffffb, %r15
    3a: 488d430d                       leaq 0xd(%rbx), %rax
    3e: 4889442448                     movq %rax, 0x48(%rsp)
    43: bf02000000                     movl $0x2, %edi
    48: 0f1f840000000000               nopl (%rax,%rax)
    50: 498b442418                     movq 0x18(%r12), %rax
    55: 488b00                         movq (%rax), %rax
    58: a801                           testb $0x1, %al
    5a: 0f8411010000                   je 0x111
    60: 49c7450801000000               movq $0x1, 0x8(%r13)
    68: b900000000                     movl $0x0, %ecx
        # hole +0x69: IMAGE_REL_AMD64_ADDR32 Abs32 symbol:tf_False+0
    6d: 4883f802                       cmpq $0x2, %rax
    71: 480f4dcd                       cmovgeq %rbp, %rcx
    75: 49894d00                       movq %rcx, (%r13)
    79: 0f8c73010000                   jl 0x173
    7f: 498b442418                     movq 0x18(%r12), %rax
    84: 488b00                         movq (%rax), %rax
    87: a801                           testb $0x1, %al
    89: 7503                           jne 0x3
    8b: 48ff00                         incq (%rax)
    8e: 49894500                       movq %rax, (%r13)
    92: 498b442418                     movq 0x18(%r12), %rax
    97: 488b4010                       movq 0x10(%rax), %rax
    9b: a801                           testb $0x1, %al
    9d: 0f84e8000000                   je 0xe8
    a3: 49894508                       movq %rax, 0x8(%r13)
    a7: 498b4d00                       movq (%r13), %rcx
    ab: 48d1f9                         sarq %rcx
    ae: 48d1f8                         sarq %rax
    b1: 4829c1                         subq %rax, %rcx
    b4: 4889c8                         movq %rcx, %rax
    b7: 4801f0                         addq %rsi, %rax
    ba: 0f8943010000                   jns 0x143
    c0: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    c8: 49894500                       movq %rax, (%r13)
    cc: 498b542418                     movq 0x18(%r12), %rdx
    d1: 488b0a                         movq (%rdx), %rcx
    d4: 488902                         movq %rax, (%rdx)
    d7: f6c101                         testb $0x1, %cl
    da: 7514                           jne 0x14
    dc: 48ff09                         decq (%rcx)
    df: 750f                           jne 0xf
    e1: e800000000                     callq 0x0
        # hole +0xe2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    e6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    f0: 498b442418                     movq 0x18(%r12), %rax
    f5: 488b4008                       movq 0x8(%rax), %rax
    f9: a801                           testb $0x1, %al
    fb: 0f84a0000000                   je 0xa0
   101: 49894500                       movq %rax, (%r13)
   105: 49c7450805000000               movq $0x5, 0x8(%r13)
   10d: 4c39f8                         cmpq %r15, %rax
   110: 0f8ffc000000                   jg 0xfc
   116: 4883c004                       addq $0x4, %rax
   11a: 49894500                       movq %rax, (%r13)
   11e: 498b542418                     movq 0x18(%r12), %rdx
   123: 488b4a08                       movq 0x8(%rdx), %rcx
   127: 48894208                       movq %rax, 0x8(%rdx)
   12b: f6c101                         testb $0x1, %cl
   12e: 7510                           jne 0x10
   130: 48ff09                         decq (%rcx)
   133: 750b                           jne 0xb
   135: e800000000                     callq 0x0
        # hole +0x136: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   13a: 660f1f440000                   nopw (%rax,%rax)
   140: 49833e00                       cmpq $0x0, (%r14)
   144: 0f8599000000                   jne 0x99
   14a: 498b4608                       movq 0x8(%r14), %rax
   14e: 48ffc0                         incq %rax
   151: 49894608                       movq %rax, 0x8(%r14)
   155: 493b4610                       cmpq 0x10(%r14), %rax
   159: 0f8cf1feffff                   jl -0x10f
   15f: 49c70601000000                 movq $0x1, (%r14)
   166: 4883c30e                       addq $0xe, %rbx
   16a: b8aa000000                     movl $0xaa, %eax
   16f: eb51                           jmp 0x51
   171: 48ff00                         incq (%rax)
   174: 49894500                       movq %rax, (%r13)
   178: 49c7450801000000               movq $0x1, 0x8(%r13)
   180: 4983c510                       addq $0x10, %r13
   184: b81e000000                     movl $0x1e, %eax
   189: eb32                           jmp 0x32
   18b: 48ff00                         incq (%rax)
   18e: 49894508                       movq %rax, 0x8(%r13)
   192: 4983c510                       addq $0x10, %r13
   196: 4883c305                       addq $0x5, %rbx
   19a: b850000000                     movl $0x50, %eax
   19f: eb1c                           jmp 0x1c
   1a1: 48ff00                         incq (%rax)
   1a4: 49894500                       movq %rax, (%r13)
   1a8: 49c7450805000000               movq $0x5, 0x8(%r13)
   1b0: 4983c510                       addq $0x10, %r13
   1b4: 4883c30a                       addq $0xa, %rbx
   1b8: b882000000                     movl $0x82, %eax
   1bd: bf01000000                     movl $0x1, %edi
   1c2: 4c89ea                         movq %r13, %rdx
   1c5: 4889442428                     movq %rax, 0x28(%rsp)
   1ca: 48895c2420                     movq %rbx, 0x20(%rsp)
   1cf: 4c89e1                         movq %r12, %rcx
   1d2: 4d89f0                         movq %r14, %r8
   1d5: 4189f9                         movl %edi, %r9d
   1d8: e800000000                     callq 0x0
        # hole +0x1d9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1dd: 4883c450                       addq $0x50, %rsp
   1e1: 5d                             popq %rbp
   1e2: c3                             retq
   1e3: b8a0000000                     movl $0xa0, %eax
   1e8: 4c89ea                         movq %r13, %rdx
   1eb: 488b5c2448                     movq 0x48(%rsp), %rbx
   1f0: ebd3                           jmp -0x2d
   1f2: b832000000                     movl $0x32, %eax
   1f7: 488b542440                     movq 0x40(%rsp), %rdx
   1fc: 488b5c2438                     movq 0x38(%rsp), %rbx
   201: ebc2                           jmp -0x3e
   203: 4983c510                       addq $0x10, %r13
   207: 4883c306                       addq $0x6, %rbx
   20b: b85a000000                     movl $0x5a, %eax
   210: ebab                           jmp -0x55
   212: 4983c510                       addq $0x10, %r13
   216: 4883c30b                       addq $0xb, %rbx
   21a: b88c000000                     movl $0x8c, %eax
   21f: eb9c                           jmp -0x64
