# stencil nested_inner for x86_64-pc-windows-msvc: 1006 code bytes, 8 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4d8b6c2418                     movq 0x18(%r12), %r13
     a: 4d8b4500                       movq (%r13), %r8
     e: 498b4d10                       movq 0x10(%r13), %rcx
    12: 498b6d28                       movq 0x28(%r13), %rbp
    16: c744243c01000000               movl $0x1, 0x3c(%rsp)
    1e: 41ba01000000                   movl $0x1, %r10d
    24: bf0a000000                     movl $0xa, %edi
    29: b830000000                     movl $0x30, %eax
    2e: 40f6c501                       testb $0x1, %bpl
    32: 0f854f020000                   jne 0x24f
    38: 837d0804                       cmpl $0x4, 0x8(%rbp)
    3c: 0f8545020000                   jne 0x245
    42: 498b5d08                       movq 0x8(%r13), %rbx
    46: 488b4540                       movq 0x40(%rbp), %rax
    4a: 488b7530                       movq 0x30(%rbp), %rsi
    4e: 488b5538                       movq 0x38(%rbp), %rdx
    52: 4885c0                         testq %rax, %rax
    55: 0f8ee3010000                   jle 0x1e3
    5b: 4839d6                         cmpq %rdx, %rsi
    5e: 0f8de3010000                   jge 0x1e3
    64: 4801f0                         addq %rsi, %rax
    67: 48894530                       movq %rax, 0x30(%rbp)
    6b: f6c101                         testb $0x1, %cl
    6e: 751e                           jne 0x1e
    70: 48ff09                         decq (%rcx)
    73: 7519                           jne 0x19
    75: 4889cf                         movq %rcx, %rdi
    78: 4d89c7                         movq %r8, %r15
    7b: e800000000                     callq 0x0
        # hole +0x7c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    80: 4d89f8                         movq %r15, %r8
    83: 4889f9                         movq %rdi, %rcx
    86: c744243c01000000               movl $0x1, 0x3c(%rsp)
    8e: 41f6c001                       testb $0x1, %r8b
    92: 7503                           jne 0x3
    94: 49ff00                         incq (%r8)
    97: 48894c2440                     movq %rcx, 0x40(%rsp)
    9c: 4c8d3c36                       leaq (%rsi,%rsi), %r15
    a0: f6c301                         testb $0x1, %bl
    a3: 7503                           jne 0x3
    a5: 48ff03                         incq (%rbx)
    a8: 488d0c7501000000               leaq 0x1(,%rsi,2), %rcx
    b0: 4889da                         movq %rbx, %rdx
    b3: 48d1fa                         sarq %rdx
    b6: 49d1ff                         sarq %r15
    b9: 4c0faffa                       imulq %rdx, %r15
    bd: 41ba08000000                   movl $0x8, %r10d
    c3: bf50000000                     movl $0x50, %edi
    c8: 41b301                         movb $0x1, %r11b
    cb: b848000000                     movl $0x48, %eax
    d0: 0f8000030000                   jo 0x300
    d6: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    e0: 498d3c37                       leaq (%r15,%rsi), %rdi
    e4: 4885ff                         testq %rdi, %rdi
    e7: 0f89f1020000                   jns 0x2f1
    ed: 4e8d0c7d01000000               leaq 0x1(,%r15,2), %r9
    f5: b840000000                     movl $0x40, %eax
    fa: 41f6c001                       testb $0x1, %r8b
    fe: 0f84ac020000                   je 0x2ac
   104: 4c89c7                         movq %r8, %rdi
   107: 48d1ff                         sarq %rdi
   10a: 4901ff                         addq %rdi, %r15
   10d: 4c89ff                         movq %r15, %rdi
   110: 4801f7                         addq %rsi, %rdi
   113: 0f89aa020000                   jns 0x2aa
   119: 4c89442448                     movq %r8, 0x48(%rsp)
   11e: 4e8d047d01000000               leaq 0x1(,%r15,2), %r8
   126: b830000000                     movl $0x30, %eax
   12b: bf78000000                     movl $0x78, %edi
   130: 41ba0c000000                   movl $0xc, %r10d
   136: c744243c02000000               movl $0x2, 0x3c(%rsp)
   13e: 49833e00                       cmpq $0x0, (%r14)
   142: 0f8593010000                   jne 0x193
   148: 498b7e08                       movq 0x8(%r14), %rdi
   14c: 48ffc7                         incq %rdi
   14f: 49897e08                       movq %rdi, 0x8(%r14)
   153: 493b7e10                       cmpq 0x10(%r14), %rdi
   157: 0f8d6c010000                   jge 0x16c
   15d: 837d0804                       cmpl $0x4, 0x8(%rbp)
   161: 0f852d010000                   jne 0x12d
   167: 660f1f840000000000             nopw (%rax,%rax)
   170: 4c8b4d30                       movq 0x30(%rbp), %r9
   174: 4c8b5d40                       movq 0x40(%rbp), %r11
   178: 4d85db                         testq %r11, %r11
   17b: 7e13                           jle 0x13
   17d: 4c3b4d38                       cmpq 0x38(%rbp), %r9
   181: 7c17                           jl 0x17
   183: e9cd000000                     jmp 0xcd
   188: 0f1f840000000000               nopl (%rax,%rax)
   190: 4c3b4d38                       cmpq 0x38(%rbp), %r9
   194: 0f8ebb000000                   jle 0xbb
   19a: 4d01cb                         addq %r9, %r11
   19d: 4c895d30                       movq %r11, 0x30(%rbp)
   1a1: f6c301                         testb $0x1, %bl
   1a4: 7503                           jne 0x3
   1a6: 48ff03                         incq (%rbx)
   1a9: 4a8d0c4d01000000               leaq 0x1(,%r9,2), %rcx
   1b1: 4d01c9                         addq %r9, %r9
   1b4: 49d1f9                         sarq %r9
   1b7: 4c0fafca                       imulq %rdx, %r9
   1bb: 410f90c3                       seto %r11b
   1bf: 4d89cf                         movq %r9, %r15
   1c2: 4901f7                         addq %rsi, %r15
   1c5: 410f99c5                       setns %r13b
   1c9: 4508dd                         orb %r11b, %r13b
   1cc: 41b301                         movb $0x1, %r11b
   1cf: 0f8599010000                   jne 0x199
   1d5: 4c89c7                         movq %r8, %rdi
   1d8: 48d1ff                         sarq %rdi
   1db: 4c01cf                         addq %r9, %rdi
   1de: 4989ff                         movq %rdi, %r15
   1e1: 4901f7                         addq %rsi, %r15
   1e4: 0f89a1010000                   jns 0x1a1
   1ea: 4c8d047d01000000               leaq 0x1(,%rdi,2), %r8
   1f2: 49833e00                       cmpq $0x0, (%r14)
   1f6: 0f85b3000000                   jne 0xb3
   1fc: 498b7e08                       movq 0x8(%r14), %rdi
   200: 48ffc7                         incq %rdi
   203: 49897e08                       movq %rdi, 0x8(%r14)
   207: 493b7e10                       cmpq 0x10(%r14), %rdi
   20b: 0f8db0000000                   jge 0xb0
   211: 837d0804                       cmpl $0x4, 0x8(%rbp)
   215: 0f8455ffffff                   je -0xab
   21b: 4a8d1c4d01000000               leaq 0x1(,%r9,2), %rbx
   223: 4531db                         xorl %r11d, %r11d
   226: c744243c01000000               movl $0x1, 0x3c(%rsp)
   22e: 41ba01000000                   movl $0x1, %r10d
   234: bf0a000000                     movl $0xa, %edi
   239: e9a6000000                     jmp 0xa6
   23e: 4839d6                         cmpq %rdx, %rsi
   241: 0f8f1dfeffff                   jg -0x1e3
   247: 4983c530                       addq $0x30, %r13
   24b: 4883c450                       addq $0x50, %rsp
   24f: 5d                             popq %rbp
   250: e900000000                     jmp 0x0
        # hole +0x251: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[2]-4
   255: 4c3b442448                     cmpq 0x48(%rsp), %r8
   25a: 7408                           je 0x8
   25c: 498b442418                     movq 0x18(%r12), %rax
   261: 4c8900                         movq %r8, (%rax)
   264: 483b4c2440                     cmpq 0x40(%rsp), %rcx
   269: 7409                           je 0x9
   26b: 498b442418                     movq 0x18(%r12), %rax
   270: 48894810                       movq %rcx, 0x10(%rax)
   274: 4d8b6c2418                     movq 0x18(%r12), %r13
   279: 4983c530                       addq $0x30, %r13
   27d: 4883c450                       addq $0x50, %rsp
   281: 5d                             popq %rbp
   282: e900000000                     jmp 0x0
        # hole +0x283: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[2]-4
   287: 4531ed                         xorl %r13d, %r13d
   28a: 4531db                         xorl %r11d, %r11d
   28d: 48894c2440                     movq %rcx, 0x40(%rsp)
   292: eb70                           jmp 0x70
   294: 4531db                         xorl %r11d, %r11d
   297: 4c89cb                         movq %r9, %rbx
   29a: c744243c01000000               movl $0x1, 0x3c(%rsp)
   2a2: 41ba01000000                   movl $0x1, %r10d
   2a8: bf0a000000                     movl $0xa, %edi
   2ad: eb32                           jmp 0x32
   2af: 4a8d1c4d01000000               leaq 0x1(,%r9,2), %rbx
   2b7: 4531db                         xorl %r11d, %r11d
   2ba: bf78000000                     movl $0x78, %edi
   2bf: eb23                           jmp 0x23
   2c1: 4e8d0c4d01000000               leaq 0x1(,%r9,2), %r9
   2c9: 49c70601000000                 movq $0x1, (%r14)
   2d0: bf82000000                     movl $0x82, %edi
   2d5: 41ba0d000000                   movl $0xd, %r10d
   2db: 4531db                         xorl %r11d, %r11d
   2de: 4c89cb                         movq %r9, %rbx
   2e1: 4531ed                         xorl %r13d, %r13d
   2e4: 498b542418                     movq 0x18(%r12), %rdx
   2e9: 4c3b442448                     cmpq 0x48(%rsp), %r8
   2ee: 750e                           jne 0xe
   2f0: 483b4c2440                     cmpq 0x40(%rsp), %rcx
   2f5: 751c                           jne 0x1c
   2f7: 4584db                         testb %r11b, %r11b
   2fa: 7525                           jne 0x25
   2fc: eb43                           jmp 0x43
   2fe: 4c8902                         movq %r8, (%rdx)
   301: 4989d9                         movq %rbx, %r9
   304: 498b542418                     movq 0x18(%r12), %rdx
   309: 4c89cb                         movq %r9, %rbx
   30c: 483b4c2440                     cmpq 0x40(%rsp), %rcx
   311: 74e4                           je -0x1c
   313: 48894a10                       movq %rcx, 0x10(%rdx)
   317: 498b542418                     movq 0x18(%r12), %rdx
   31c: 4584db                         testb %r11b, %r11b
   31f: 7420                           je 0x20
   321: 4c894230                       movq %r8, 0x30(%rdx)
   325: 498b542418                     movq 0x18(%r12), %rdx
   32a: 48895a38                       movq %rbx, 0x38(%rdx)
   32e: 498b542418                     movq 0x18(%r12), %rdx
   333: 4584ed                         testb %r13b, %r13b
   336: 7409                           je 0x9
   338: 48894a40                       movq %rcx, 0x40(%rdx)
   33c: 498b542418                     movq 0x18(%r12), %rdx
   341: 4801c2                         addq %rax, %rdx
   344: 488b0500000000                 movq (%rip), %rax
        # hole +0x347: IMAGE_REL_AMD64_REL32 Rel32 data-4
   34b: 4c01d0                         addq %r10, %rax
   34e: 48897c2428                     movq %rdi, 0x28(%rsp)
   353: 4889442420                     movq %rax, 0x20(%rsp)
   358: 4c89e1                         movq %r12, %rcx
   35b: 4d89f0                         movq %r14, %r8
   35e: 448b4c243c                     movl 0x3c(%rsp), %r9d
   363: e800000000                     callq 0x0
        # hole +0x364: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   368: 4883c450                       addq $0x50, %rsp
   36c: 5d                             popq %rbp
   36d: c3                             retq
   36e: b848000000                     movl $0x48, %eax
   373: bf50000000                     movl $0x50, %edi
   378: 41ba08000000                   movl $0x8, %r10d
   37e: c744243c01000000               movl $0x1, 0x3c(%rsp)
   386: e959ffffff                     jmp -0xa7
   38b: 4a8d1c4d01000000               leaq 0x1(,%r9,2), %rbx
   393: b840000000                     movl $0x40, %eax
   398: bf64000000                     movl $0x64, %edi
   39d: 41ba0a000000                   movl $0xa, %r10d
   3a3: c744243c01000000               movl $0x1, 0x3c(%rsp)
   3ab: e934ffffff                     jmp -0xcc
   3b0: 4531ed                         xorl %r13d, %r13d
   3b3: 41ba09000000                   movl $0x9, %r10d
   3b9: bf5a000000                     movl $0x5a, %edi
   3be: e941ffffff                     jmp -0xbf
   3c3: 41ba0a000000                   movl $0xa, %r10d
   3c9: bf64000000                     movl $0x64, %edi
   3ce: 4531ed                         xorl %r13d, %r13d
   3d1: e92effffff                     jmp -0xd2
   3d6: 41b501                         movb $0x1, %r13b
   3d9: e923ffffff                     jmp -0xdd
   3de: 41b501                         movb $0x1, %r13b
   3e1: 4989d9                         movq %rbx, %r9
   3e4: bf50000000                     movl $0x50, %edi
   3e9: e916ffffff                     jmp -0xea
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
