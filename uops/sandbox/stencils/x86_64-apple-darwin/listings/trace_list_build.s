# stencil list_build for x86_64-apple-darwin: 1076 code bytes, 8 data bytes, 10 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b6810                       movq 0x10(%rax), %r13
     e: 41b90a000000                   movl $0xa, %r9d
    14: bd01000000                     movl $0x1, %ebp
    19: b901000000                     movl $0x1, %ecx
    1e: 41f6c501                       testb $0x1, %r13b
    22: 7534                           jne 0x34
    24: 41837d0804                     cmpl $0x4, 0x8(%r13)
    29: 752d                           jne 0x2d
    2b: 488b18                         movq (%rax), %rbx
    2e: 4c8b7808                       movq 0x8(%rax), %r15
    32: 498b4540                       movq 0x40(%r13), %rax
    36: 498b6d30                       movq 0x30(%r13), %rbp
    3a: 498b4d38                       movq 0x38(%r13), %rcx
    3e: 4885c0                         testq %rax, %rax
    41: 7e3c                           jle 0x3c
    43: 4839cd                         cmpq %rcx, %rbp
    46: 7c3c                           jl 0x3c
    48: 41b914000000                   movl $0x14, %r9d
    4e: bd02000000                     movl $0x2, %ebp
    53: b902000000                     movl $0x2, %ecx
    58: 4d8b442418                     movq 0x18(%r12), %r8
    5d: be18000000                     movl $0x18, %esi
    62: 4c01c6                         addq %r8, %rsi
    65: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x68: X86_64_RELOC_GOT_LOAD Rel32 data-4
    6c: 4901e8                         addq %rbp, %r8
    6f: 4c89e7                         movq %r12, %rdi
    72: 4c89f2                         movq %r14, %rdx
    75: 4883c420                       addq $0x20, %rsp
    79: 5d                             popq %rbp
    7a: e900000000                     jmp 0x0
        # hole +0x7b: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    7f: 4839cd                         cmpq %rcx, %rbp
    82: 7ec4                           jle -0x3c
    84: 4801e8                         addq %rbp, %rax
    87: 49894530                       movq %rax, 0x30(%r13)
    8b: 41f6c701                       testb $0x1, %r15b
    8f: 750d                           jne 0xd
    91: 49ff0f                         decq (%r15)
    94: 7508                           jne 0x8
    96: 4c89ff                         movq %r15, %rdi
    99: e800000000                     callq 0x0
        # hole +0x9a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    9e: 4c897c2418                     movq %r15, 0x18(%rsp)
    a3: 488d0c6d00000000               leaq (,%rbp,2), %rcx
    ab: f6c301                         testb $0x1, %bl
    ae: 7503                           jne 0x3
    b0: 48ff03                         incq (%rbx)
    b3: 4c8d3c6d01000000               leaq 0x1(,%rbp,2), %r15
    bb: 48d1f9                         sarq %rcx
    be: 31d2                           xorl %edx, %edx
    c0: 480fafc9                       imulq %rcx, %rcx
    c4: b001                           movb $0x1, %al
    c6: 0f8046030000                   jo 0x346
    cc: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    d6: 4801ce                         addq %rcx, %rsi
    d9: 4885f6                         testq %rsi, %rsi
    dc: 0f8930030000                   jns 0x330
    e2: 488d144d01000000               leaq 0x1(,%rcx,2), %rdx
    ea: 4c89f7                         movq %r14, %rdi
    ed: 4889de                         movq %rbx, %rsi
    f0: 4889542410                     movq %rdx, 0x10(%rsp)
    f5: e800000000                     callq 0x0
        # hole +0xf6: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
    fa: be20000000                     movl $0x20, %esi
    ff: 41b95a000000                   movl $0x5a, %r9d
   105: bd09000000                     movl $0x9, %ebp
   10a: b903000000                     movl $0x3, %ecx
   10f: 85c0                           testl %eax, %eax
   111: 755e                           jne 0x5e
   113: f6c301                         testb $0x1, %bl
   116: 750d                           jne 0xd
   118: 48ff0b                         decq (%rbx)
   11b: 7508                           jne 0x8
   11d: 4889df                         movq %rbx, %rdi
   120: e800000000                     callq 0x0
        # hole +0x121: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   125: 498b4608                       movq 0x8(%r14), %rax
   129: 48ffc0                         incq %rax
   12c: 49894608                       movq %rax, 0x8(%r14)
   130: 493b4610                       cmpq 0x10(%r14), %rax
   134: 0f8d45020000                   jge 0x245
   13a: 49833e00                       cmpq $0x0, (%r14)
   13e: 753c                           jne 0x3c
   140: 41837d0804                     cmpl $0x4, 0x8(%r13)
   145: 7549                           jne 0x49
   147: 498b4d40                       movq 0x40(%r13), %rcx
   14b: 498b4530                       movq 0x30(%r13), %rax
   14f: 498b5538                       movq 0x38(%r13), %rdx
   153: 4885c9                         testq %rcx, %rcx
   156: 7e58                           jle 0x58
   158: 4839d0                         cmpq %rdx, %rax
   15b: 7c58                           jl 0x58
   15d: 41b914000000                   movl $0x14, %r9d
   163: bd02000000                     movl $0x2, %ebp
   168: 31c0                           xorl %eax, %eax
   16a: b902000000                     movl $0x2, %ecx
   16f: eb31                           jmp 0x31
   171: b001                           movb $0x1, %al
   173: 31ff                           xorl %edi, %edi
   175: b201                           movb $0x1, %dl
   177: e925020000                     jmp 0x225
   17c: 31c0                           xorl %eax, %eax
   17e: b902000000                     movl $0x2, %ecx
   183: bd0b000000                     movl $0xb, %ebp
   188: 41b96e000000                   movl $0x6e, %r9d
   18e: eb12                           jmp 0x12
   190: 31c0                           xorl %eax, %eax
   192: b901000000                     movl $0x1, %ecx
   197: bd01000000                     movl $0x1, %ebp
   19c: 41b90a000000                   movl $0xa, %r9d
   1a2: 31d2                           xorl %edx, %edx
   1a4: 31ff                           xorl %edi, %edi
   1a6: be18000000                     movl $0x18, %esi
   1ab: e9f1010000                     jmp 0x1f1
   1b0: 4839d0                         cmpq %rdx, %rax
   1b3: 7ea8                           jle -0x58
   1b5: 4801c1                         addq %rax, %rcx
   1b8: 49894d30                       movq %rcx, 0x30(%r13)
   1bc: 488d0c00                       leaq (%rax,%rax), %rcx
   1c0: f6c301                         testb $0x1, %bl
   1c3: 7503                           jne 0x3
   1c5: 48ff03                         incq (%rbx)
   1c8: 488d044501000000               leaq 0x1(,%rax,2), %rax
   1d0: 4889442408                     movq %rax, 0x8(%rsp)
   1d5: 48d1f9                         sarq %rcx
   1d8: 31d2                           xorl %edx, %edx
   1da: 480fafc9                       imulq %rcx, %rcx
   1de: b001                           movb $0x1, %al
   1e0: 0f8027020000                   jo 0x227
   1e6: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   1f0: 4801ce                         addq %rcx, %rsi
   1f3: 4885f6                         testq %rsi, %rsi
   1f6: 0f8911020000                   jns 0x211
   1fc: 4c8d3c4d01000000               leaq 0x1(,%rcx,2), %r15
   204: 4c89f7                         movq %r14, %rdi
   207: 4889de                         movq %rbx, %rsi
   20a: 4c89fa                         movq %r15, %rdx
   20d: e800000000                     callq 0x0
        # hole +0x20e: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
   212: 85c0                           testl %eax, %eax
   214: 4c897c2410                     movq %r15, 0x10(%rsp)
   219: 0f8539010000                   jne 0x139
   21f: f6c301                         testb $0x1, %bl
   222: 750d                           jne 0xd
   224: 48ff0b                         decq (%rbx)
   227: 7508                           jne 0x8
   229: 4889df                         movq %rbx, %rdi
   22c: e800000000                     callq 0x0
        # hole +0x22d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   231: 498b4608                       movq 0x8(%r14), %rax
   235: 48ffc0                         incq %rax
   238: 49894608                       movq %rax, 0x8(%r14)
   23c: 493b4610                       cmpq 0x10(%r14), %rax
   240: 0f8d34010000                   jge 0x134
   246: 49833e00                       cmpq $0x0, (%r14)
   24a: 0f859b010000                   jne 0x19b
   250: 41837d0804                     cmpl $0x4, 0x8(%r13)
   255: 0f85c5000000                   jne 0xc5
   25b: 498b4540                       movq 0x40(%r13), %rax
   25f: 498b4d30                       movq 0x30(%r13), %rcx
   263: 498b5538                       movq 0x38(%r13), %rdx
   267: 4885c0                         testq %rax, %rax
   26a: 7e0a                           jle 0xa
   26c: 4839d1                         cmpq %rdx, %rcx
   26f: 7c0e                           jl 0xe
   271: e9c1000000                     jmp 0xc1
   276: 4839d1                         cmpq %rdx, %rcx
   279: 0f8eb8000000                   jle 0xb8
   27f: 4801c8                         addq %rcx, %rax
   282: 49894530                       movq %rax, 0x30(%r13)
   286: f6c301                         testb $0x1, %bl
   289: 7503                           jne 0x3
   28b: 48ff03                         incq (%rbx)
   28e: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   296: 4889442408                     movq %rax, 0x8(%rsp)
   29b: 4801c9                         addq %rcx, %rcx
   29e: 48d1f9                         sarq %rcx
   2a1: 31d2                           xorl %edx, %edx
   2a3: 480fafc9                       imulq %rcx, %rcx
   2a7: b001                           movb $0x1, %al
   2a9: 0f805e010000                   jo 0x15e
   2af: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   2b9: 4801ce                         addq %rcx, %rsi
   2bc: 4885f6                         testq %rsi, %rsi
   2bf: 0f8948010000                   jns 0x148
   2c5: 4c8d3c4d01000000               leaq 0x1(,%rcx,2), %r15
   2cd: 4c89f7                         movq %r14, %rdi
   2d0: 4889de                         movq %rbx, %rsi
   2d3: 4c89fa                         movq %r15, %rdx
   2d6: e800000000                     callq 0x0
        # hole +0x2d7: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
   2db: 85c0                           testl %eax, %eax
   2dd: 7574                           jne 0x74
   2df: f6c301                         testb $0x1, %bl
   2e2: 750d                           jne 0xd
   2e4: 48ff0b                         decq (%rbx)
   2e7: 7508                           jne 0x8
   2e9: 4889df                         movq %rbx, %rdi
   2ec: e800000000                     callq 0x0
        # hole +0x2ed: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2f1: 498b4608                       movq 0x8(%r14), %rax
   2f5: 48ffc0                         incq %rax
   2f8: 49894608                       movq %rax, 0x8(%r14)
   2fc: 493b4610                       cmpq 0x10(%r14), %rax
   300: 7d73                           jge 0x73
   302: 49833e00                       cmpq $0x0, (%r14)
   306: 0f85da000000                   jne 0xda
   30c: 31c0                           xorl %eax, %eax
   30e: 41837d0804                     cmpl $0x4, 0x8(%r13)
   313: 0f8442ffffff                   je -0xbe
   319: 4c897c2410                     movq %r15, 0x10(%rsp)
   31e: eb02                           jmp 0x2
   320: 31c0                           xorl %eax, %eax
   322: b901000000                     movl $0x1, %ecx
   327: bd01000000                     movl $0x1, %ebp
   32c: 41b90a000000                   movl $0xa, %r9d
   332: e9c6000000                     jmp 0xc6
   337: 4c897c2410                     movq %r15, 0x10(%rsp)
   33c: 41b914000000                   movl $0x14, %r9d
   342: bd02000000                     movl $0x2, %ebp
   347: 31c0                           xorl %eax, %eax
   349: b902000000                     movl $0x2, %ecx
   34e: e9aa000000                     jmp 0xaa
   353: 4c897c2410                     movq %r15, 0x10(%rsp)
   358: b001                           movb $0x1, %al
   35a: 31ff                           xorl %edi, %edi
   35c: b201                           movb $0x1, %dl
   35e: 41b95a000000                   movl $0x5a, %r9d
   364: b903000000                     movl $0x3, %ecx
   369: be20000000                     movl $0x20, %esi
   36e: 4c8b7c2408                     movq 0x8(%rsp), %r15
   373: eb2c                           jmp 0x2c
   375: 4c897c2410                     movq %r15, 0x10(%rsp)
   37a: 4c8b7c2408                     movq 0x8(%rsp), %r15
   37f: 49c70601000000                 movq $0x1, (%r14)
   386: be18000000                     movl $0x18, %esi
   38b: 41b96e000000                   movl $0x6e, %r9d
   391: bd0b000000                     movl $0xb, %ebp
   396: b902000000                     movl $0x2, %ecx
   39b: 31c0                           xorl %eax, %eax
   39d: 31d2                           xorl %edx, %edx
   39f: 31ff                           xorl %edi, %edi
   3a1: 4d8b442418                     movq 0x18(%r12), %r8
   3a6: 4c3b7c2418                     cmpq 0x18(%rsp), %r15
   3ab: 7404                           je 0x4
   3ad: 4d897808                       movq %r15, 0x8(%r8)
   3b1: 84c0                           testb %al, %al
   3b3: 0f84a4fcffff                   je -0x35c
   3b9: 49895818                       movq %rbx, 0x18(%r8)
   3bd: 84d2                           testb %dl, %dl
   3bf: 740a                           je 0xa
   3c1: be20000000                     movl $0x20, %esi
   3c6: e997fcffff                     jmp -0x369
   3cb: 488b442410                     movq 0x10(%rsp), %rax
   3d0: 49894020                       movq %rax, 0x20(%r8)
   3d4: 4084ff                         testb %dil, %dil
   3d7: 0f8485fcffff                   je -0x37b
   3dd: 4d897828                       movq %r15, 0x28(%r8)
   3e1: e97cfcffff                     jmp -0x384
   3e6: 4c897c2410                     movq %r15, 0x10(%rsp)
   3eb: 31c0                           xorl %eax, %eax
   3ed: b902000000                     movl $0x2, %ecx
   3f2: bd0b000000                     movl $0xb, %ebp
   3f7: 41b96e000000                   movl $0x6e, %r9d
   3fd: 31d2                           xorl %edx, %edx
   3ff: 31ff                           xorl %edi, %edi
   401: be18000000                     movl $0x18, %esi
   406: 4c8b7c2408                     movq 0x8(%rsp), %r15
   40b: eb94                           jmp -0x6c
   40d: 4c8b7c2408                     movq 0x8(%rsp), %r15
   412: 4c897c2410                     movq %r15, 0x10(%rsp)
   417: b901000000                     movl $0x1, %ecx
   41c: bd08000000                     movl $0x8, %ebp
   421: 41b950000000                   movl $0x50, %r9d
   427: 40b701                         movb $0x1, %dil
   42a: be30000000                     movl $0x30, %esi
   42f: e96dffffff                     jmp -0x93
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
