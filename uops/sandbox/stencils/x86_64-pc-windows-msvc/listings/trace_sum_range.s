# stencil sum_range for x86_64-pc-windows-msvc: 527 code bytes, 8 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b38                         movq (%rax), %rdi
     d: 4c8b5008                       movq 0x8(%rax), %r10
    11: 4c8b6810                       movq 0x10(%rax), %r13
    15: be18000000                     movl $0x18, %esi
    1a: 41b80a000000                   movl $0xa, %r8d
    20: 41bb01000000                   movl $0x1, %r11d
    26: 41b901000000                   movl $0x1, %r9d
    2c: 41f6c501                       testb $0x1, %r13b
    30: 0f85e0000000                   jne 0xe0
    36: 4c89d1                         movq %r10, %rcx
    39: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    43: 4889fd                         movq %rdi, %rbp
    46: 4c89542438                     movq %r10, 0x38(%rsp)
    4b: 0f1f440000                     nopl (%rax,%rax)
    50: 41837d0804                     cmpl $0x4, 0x8(%r13)
    55: 0f85c5000000                   jne 0xc5
    5b: 498b4540                       movq 0x40(%r13), %rax
    5f: 4885c0                         testq %rax, %rax
    62: 7e1c                           jle 0x1c
    64: 4d8b7d30                       movq 0x30(%r13), %r15
    68: 4d3b7d38                       cmpq 0x38(%r13), %r15
    6c: 7c20                           jl 0x20
    6e: e9c8000000                     jmp 0xc8
    73: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    80: 4d8b7d30                       movq 0x30(%r13), %r15
    84: 4d3b7d38                       cmpq 0x38(%r13), %r15
    88: 0f8ead000000                   jle 0xad
    8e: 4c01f8                         addq %r15, %rax
    91: 49894530                       movq %rax, 0x30(%r13)
    95: f6c101                         testb $0x1, %cl
    98: 7516                           jne 0x16
    9a: 48ff09                         decq (%rcx)
    9d: 7511                           jne 0x11
    9f: e800000000                     callq 0x0
        # hole +0xa0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    a4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
    b0: 4a8d0c7d01000000               leaq 0x1(,%r15,2), %rcx
    b8: 40f6c501                       testb $0x1, %bpl
    bc: 0f8487000000                   je 0x87
    c2: 4d01ff                         addq %r15, %r15
    c5: 4889e8                         movq %rbp, %rax
    c8: 48d1f8                         sarq %rax
    cb: 49d1ff                         sarq %r15
    ce: 4901c7                         addq %rax, %r15
    d1: 4c89f8                         movq %r15, %rax
    d4: 4801d8                         addq %rbx, %rax
    d7: 0f8914010000                   jns 0x114
    dd: 4a8d2c7d01000000               leaq 0x1(,%r15,2), %rbp
    e5: 498b4608                       movq 0x8(%r14), %rax
    e9: 48ffc0                         incq %rax
    ec: 49894608                       movq %rax, 0x8(%r14)
    f0: 493b4610                       cmpq 0x10(%r14), %rax
    f4: 7d72                           jge 0x72
    f6: 49833e00                       cmpq $0x0, (%r14)
    fa: 7573                           jne 0x73
    fc: 41f6c501                       testb $0x1, %r13b
   100: 0f844affffff                   je -0xb6
   106: 41b80a000000                   movl $0xa, %r8d
   10c: 31c0                           xorl %eax, %eax
   10e: 41b901000000                   movl $0x1, %r9d
   114: eb18                           jmp 0x18
   116: 31c0                           xorl %eax, %eax
   118: 4c89d1                         movq %r10, %rcx
   11b: 4889fd                         movq %rdi, %rbp
   11e: eb68                           jmp 0x68
   120: 31c0                           xorl %eax, %eax
   122: 41b901000000                   movl $0x1, %r9d
   128: 41b80a000000                   movl $0xa, %r8d
   12e: 4c8b542438                     movq 0x38(%rsp), %r10
   133: 41bb01000000                   movl $0x1, %r11d
   139: eb4d                           jmp 0x4d
   13b: 41b814000000                   movl $0x14, %r8d
   141: 41bb02000000                   movl $0x2, %r11d
   147: eb32                           jmp 0x32
   149: 48ff4500                       incq (%rbp)
   14d: be28000000                     movl $0x28, %esi
   152: b001                           movb $0x1, %al
   154: 41b846000000                   movl $0x46, %r8d
   15a: 41bb07000000                   movl $0x7, %r11d
   160: 41b901000000                   movl $0x1, %r9d
   166: eb1b                           jmp 0x1b
   168: 49c70601000000                 movq $0x1, (%r14)
   16f: 41b864000000                   movl $0x64, %r8d
   175: 41bb0a000000                   movl $0xa, %r11d
   17b: 41b902000000                   movl $0x2, %r9d
   181: 31c0                           xorl %eax, %eax
   183: 4c8b542438                     movq 0x38(%rsp), %r10
   188: 4839fd                         cmpq %rdi, %rbp
   18b: 7548                           jne 0x48
   18d: 4c39d1                         cmpq %r10, %rcx
   190: 7550                           jne 0x50
   192: 84c0                           testb %al, %al
   194: 7412                           je 0x12
   196: 498b442418                     movq 0x18(%r12), %rax
   19b: 48896818                       movq %rbp, 0x18(%rax)
   19f: 498b442418                     movq 0x18(%r12), %rax
   1a4: 48894820                       movq %rcx, 0x20(%rax)
   1a8: 4903742418                     addq 0x18(%r12), %rsi
   1ad: 488b0500000000                 movq (%rip), %rax
        # hole +0x1b0: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1b4: 4c01d8                         addq %r11, %rax
   1b7: 4c89442428                     movq %r8, 0x28(%rsp)
   1bc: 4889442420                     movq %rax, 0x20(%rsp)
   1c1: 4c89e1                         movq %r12, %rcx
   1c4: 4889f2                         movq %rsi, %rdx
   1c7: 4d89f0                         movq %r14, %r8
   1ca: e800000000                     callq 0x0
        # hole +0x1cb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1cf: 4883c440                       addq $0x40, %rsp
   1d3: 5d                             popq %rbp
   1d4: c3                             retq
   1d5: 498b542418                     movq 0x18(%r12), %rdx
   1da: 48892a                         movq %rbp, (%rdx)
   1dd: 4c39d1                         cmpq %r10, %rcx
   1e0: 74b0                           je -0x50
   1e2: 498b542418                     movq 0x18(%r12), %rdx
   1e7: 48894a08                       movq %rcx, 0x8(%rdx)
   1eb: 84c0                           testb %al, %al
   1ed: 75a7                           jne -0x59
   1ef: ebb7                           jmp -0x49
   1f1: be28000000                     movl $0x28, %esi
   1f6: b001                           movb $0x1, %al
   1f8: 41b850000000                   movl $0x50, %r8d
   1fe: 41bb08000000                   movl $0x8, %r11d
   204: 41b901000000                   movl $0x1, %r9d
   20a: e974ffffff                     jmp -0x8c
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
