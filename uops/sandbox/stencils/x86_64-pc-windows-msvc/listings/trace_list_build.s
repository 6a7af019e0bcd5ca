# stencil list_build for x86_64-pc-windows-msvc: 613 code bytes, 8 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b38                         movq (%rax), %rdi
     d: 488b6808                       movq 0x8(%rax), %rbp
    11: 4c8b6810                       movq 0x10(%rax), %r13
    15: 41bb18000000                   movl $0x18, %r11d
    1b: be0a000000                     movl $0xa, %esi
    20: 41ba01000000                   movl $0x1, %r10d
    26: 41b901000000                   movl $0x1, %r9d
    2c: 41f6c501                       testb $0x1, %r13b
    30: 0f851c010000                   jne 0x11c
    36: 4889eb                         movq %rbp, %rbx
    39: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    43: 48895c2438                     movq %rbx, 0x38(%rsp)
    48: 0f1f840000000000               nopl (%rax,%rax)
    50: 41837d0804                     cmpl $0x4, 0x8(%r13)
    55: 0f8514010000                   jne 0x114
    5b: 498b4540                       movq 0x40(%r13), %rax
    5f: 4885c0                         testq %rax, %rax
    62: 7e1c                           jle 0x1c
    64: 498b7530                       movq 0x30(%r13), %rsi
    68: 493b7538                       cmpq 0x38(%r13), %rsi
    6c: 7c20                           jl 0x20
    6e: e916010000                     jmp 0x116
    73: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    80: 498b7530                       movq 0x30(%r13), %rsi
    84: 493b7538                       cmpq 0x38(%r13), %rsi
    88: 0f8efb000000                   jle 0xfb
    8e: 4801f0                         addq %rsi, %rax
    91: 49894530                       movq %rax, 0x30(%r13)
    95: f6c301                         testb $0x1, %bl
    98: 7509                           jne 0x9
    9a: 48ff0b                         decq (%rbx)
    9d: 0f8498000000                   je 0x98
    a3: 40f6c701                       testb $0x1, %dil
    a7: 7503                           jne 0x3
    a9: 48ff07                         incq (%rdi)
    ac: 488d1c7501000000               leaq 0x1(,%rsi,2), %rbx
    b4: 4801f6                         addq %rsi, %rsi
    b7: 48d1fe                         sarq %rsi
    ba: 31c9                           xorl %ecx, %ecx
    bc: 480faff6                       imulq %rsi, %rsi
    c0: b001                           movb $0x1, %al
    c2: 0f807b010000                   jo 0x17b
    c8: 488d142e                       leaq (%rsi,%rbp), %rdx
    cc: 4885d2                         testq %rdx, %rdx
    cf: 0f896e010000                   jns 0x16e
    d5: 4c8d3c7501000000               leaq 0x1(,%rsi,2), %r15
    dd: 4c89f1                         movq %r14, %rcx
    e0: 4889fa                         movq %rdi, %rdx
    e3: 4d89f8                         movq %r15, %r8
    e6: e800000000                     callq 0x0
        # hole +0xe7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
    eb: 85c0                           testl %eax, %eax
    ed: 0f85a3000000                   jne 0xa3
    f3: 40f6c701                       testb $0x1, %dil
    f7: 7517                           jne 0x17
    f9: 48ff0f                         decq (%rdi)
    fc: 7512                           jne 0x12
    fe: 4889f9                         movq %rdi, %rcx
   101: e800000000                     callq 0x0
        # hole +0x102: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   106: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   110: 498b4608                       movq 0x8(%r14), %rax
   114: 48ffc0                         incq %rax
   117: 49894608                       movq %rax, 0x8(%r14)
   11b: 493b4610                       cmpq 0x10(%r14), %rax
   11f: 0f8d91000000                   jge 0x91
   125: 49833e00                       cmpq $0x0, (%r14)
   129: 0f858e000000                   jne 0x8e
   12f: 41f6c501                       testb $0x1, %r13b
   133: 0f8417ffffff                   je -0xe9
   139: eb34                           jmp 0x34
   13b: 4889d9                         movq %rbx, %rcx
   13e: e800000000                     callq 0x0
        # hole +0x13f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   143: 40f6c701                       testb $0x1, %dil
   147: 0f845cffffff                   je -0xa4
   14d: e95affffff                     jmp -0xa6
   152: 31c0                           xorl %eax, %eax
   154: 4889eb                         movq %rbp, %rbx
   157: 31c9                           xorl %ecx, %ecx
   159: 4531c0                         xorl %r8d, %r8d
   15c: 498b542418                     movq 0x18(%r12), %rdx
   161: 4839eb                         cmpq %rbp, %rbx
   164: 0f8580000000                   jne 0x80
   16a: e984000000                     jmp 0x84
   16f: 31c0                           xorl %eax, %eax
   171: 31c9                           xorl %ecx, %ecx
   173: 4531c0                         xorl %r8d, %r8d
   176: 41b901000000                   movl $0x1, %r9d
   17c: be0a000000                     movl $0xa, %esi
   181: 41ba01000000                   movl $0x1, %r10d
   187: eb4c                           jmp 0x4c
   189: be14000000                     movl $0x14, %esi
   18e: 41ba02000000                   movl $0x2, %r10d
   194: eb32                           jmp 0x32
   196: 41bb20000000                   movl $0x20, %r11d
   19c: b001                           movb $0x1, %al
   19e: be5a000000                     movl $0x5a, %esi
   1a3: 41ba09000000                   movl $0x9, %r10d
   1a9: 41b903000000                   movl $0x3, %r9d
   1af: 4531c0                         xorl %r8d, %r8d
   1b2: b101                           movb $0x1, %cl
   1b4: eb25                           jmp 0x25
   1b6: 49c70601000000                 movq $0x1, (%r14)
   1bd: be6e000000                     movl $0x6e, %esi
   1c2: 41ba0b000000                   movl $0xb, %r10d
   1c8: 41b902000000                   movl $0x2, %r9d
   1ce: 31c0                           xorl %eax, %eax
   1d0: 31c9                           xorl %ecx, %ecx
   1d2: 4531c0                         xorl %r8d, %r8d
   1d5: 41bb18000000                   movl $0x18, %r11d
   1db: 488b6c2438                     movq 0x38(%rsp), %rbp
   1e0: 498b542418                     movq 0x18(%r12), %rdx
   1e5: 4839eb                         cmpq %rbp, %rbx
   1e8: 7409                           je 0x9
   1ea: 48895a08                       movq %rbx, 0x8(%rdx)
   1ee: 498b542418                     movq 0x18(%r12), %rdx
   1f3: 84c0                           testb %al, %al
   1f5: 7424                           je 0x24
   1f7: 48897a18                       movq %rdi, 0x18(%rdx)
   1fb: 498b542418                     movq 0x18(%r12), %rdx
   200: 84c9                           testb %cl, %cl
   202: 7517                           jne 0x17
   204: 4c897a20                       movq %r15, 0x20(%rdx)
   208: 498b542418                     movq 0x18(%r12), %rdx
   20d: 4584c0                         testb %r8b, %r8b
   210: 7409                           je 0x9
   212: 48895a28                       movq %rbx, 0x28(%rdx)
   216: 498b542418                     movq 0x18(%r12), %rdx
   21b: 4c01da                         addq %r11, %rdx
   21e: 488b0500000000                 movq (%rip), %rax
        # hole +0x221: IMAGE_REL_AMD64_REL32 Rel32 data-4
   225: 4c01d0                         addq %r10, %rax
   228: 4889742428                     movq %rsi, 0x28(%rsp)
   22d: 4889442420                     movq %rax, 0x20(%rsp)
   232: 4c89e1                         movq %r12, %rcx
   235: 4d89f0                         movq %r14, %r8
   238: e800000000                     callq 0x0
        # hole +0x239: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   23d: 4883c440                       addq $0x40, %rsp
   241: 5d                             popq %rbp
   242: c3                             retq
   243: 4989df                         movq %rbx, %r15
   246: 41ba08000000                   movl $0x8, %r10d
   24c: be50000000                     movl $0x50, %esi
   251: 41b001                         movb $0x1, %r8b
   254: 41bb30000000                   movl $0x30, %r11d
   25a: 41b901000000                   movl $0x1, %r9d
   260: e976ffffff                     jmp -0x8a
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
