# stencil attr_loop for x86_64-apple-darwin: 1253 code bytes, 16 data bytes, 11 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 4c89e7                         movq %r12, %rdi
     b: 498b442418                     movq 0x18(%r12), %rax
    10: 488b6818                       movq 0x18(%rax), %rbp
    14: 41b90a000000                   movl $0xa, %r9d
    1a: 41ba01000000                   movl $0x1, %r10d
    20: b901000000                     movl $0x1, %ecx
    25: 40f6c501                       testb $0x1, %bpl
    29: 0f8595020000                   jne 0x295
    2f: 4c8b30                         movq (%rax), %r14
    32: 488b7008                       movq 0x8(%rax), %rsi
    36: 4889742408                     movq %rsi, 0x8(%rsp)
    3b: 8b5d08                         movl 0x8(%rbp), %ebx
    3e: 41f6c601                       testb $0x1, %r14b
    42: 4889542428                     movq %rdx, 0x28(%rsp)
    47: 0f8545020000                   jne 0x245
    4d: be20000000                     movl $0x20, %esi
    52: 83fb04                         cmpl $0x4, %ebx
    55: 0f8589020000                   jne 0x289
    5b: 48897c2410                     movq %rdi, 0x10(%rsp)
    60: 488b5810                       movq 0x10(%rax), %rbx
    64: 488b7c2408                     movq 0x8(%rsp), %rdi
    69: 0f1f8000000000                 nopl (%rax)
    70: 488b4540                       movq 0x40(%rbp), %rax
    74: 4c8b7d30                       movq 0x30(%rbp), %r15
    78: 488b4d38                       movq 0x38(%rbp), %rcx
    7c: 4885c0                         testq %rax, %rax
    7f: 7e0f                           jle 0xf
    81: 4939cf                         cmpq %rcx, %r15
    84: 7c13                           jl 0x13
    86: e9f1020000                     jmp 0x2f1
    8b: 0f1f440000                     nopl (%rax,%rax)
    90: 4939cf                         cmpq %rcx, %r15
    93: 0f8ee3020000                   jle 0x2e3
    99: 4c01f8                         addq %r15, %rax
    9c: 48894530                       movq %rax, 0x30(%rbp)
    a0: 40f6c701                       testb $0x1, %dil
    a4: 750a                           jne 0xa
    a6: 48ff0f                         decq (%rdi)
    a9: 7505                           jne 0x5
    ab: e800000000                     callq 0x0
        # hole +0xac: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    b0: 4a8d047d01000000               leaq 0x1(,%r15,2), %rax
    b8: 4889442418                     movq %rax, 0x18(%rsp)
    bd: 49ff06                         incq (%r14)
    c0: 41b501                         movb $0x1, %r13b
    c3: 41b93c000000                   movl $0x3c, %r9d
    c9: 41837e0807                     cmpl $0x7, 0x8(%r14)
    ce: 0f85d7020000                   jne 0x2d7
    d4: 488b0500000000                 movq (%rip), %rax
        # hole +0xd7: X86_64_RELOC_GOT_LOAD Rel32 data+4
    db: 498b4e30                       movq 0x30(%r14), %rcx
    df: 48394130                       cmpq %rax, 0x30(%rcx)
    e3: 0f85c2020000                   jne 0x2c2
    e9: 498b06                         movq (%r14), %rax
    ec: 48ffc0                         incq %rax
    ef: 498906                         movq %rax, (%r14)
    f2: 49837e3800                     cmpq $0x0, 0x38(%r14)
    f7: 0f8429030000                   je 0x329
    fd: 4d8b7e40                       movq 0x40(%r14), %r15
   101: 41f6c701                       testb $0x1, %r15b
   105: 7429                           je 0x29
   107: 48ffc8                         decq %rax
   10a: 498906                         movq %rax, (%r14)
   10d: 742f                           je 0x2f
   10f: 41b501                         movb $0x1, %r13b
   112: 41b964000000                   movl $0x64, %r9d
   118: f6c301                         testb $0x1, %bl
   11b: 743b                           je 0x3b
   11d: e92b020000                     jmp 0x22b
   122: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   130: 49ff07                         incq (%r15)
   133: 498b06                         movq (%r14), %rax
   136: 48ffc8                         decq %rax
   139: 498906                         movq %rax, (%r14)
   13c: 75d1                           jne -0x2f
   13e: 4c89f7                         movq %r14, %rdi
   141: e800000000                     callq 0x0
        # hole +0x142: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   146: 41b501                         movb $0x1, %r13b
   149: 41b964000000                   movl $0x64, %r9d
   14f: f6c301                         testb $0x1, %bl
   152: 0f85f5010000                   jne 0x1f5
   158: 48ff03                         incq (%rbx)
   15b: 837b0807                       cmpl $0x7, 0x8(%rbx)
   15f: 0f85e8010000                   jne 0x1e8
   165: 488b4330                       movq 0x30(%rbx), %rax
   169: 4883783003                     cmpq $0x3, 0x30(%rax)
   16e: 0f85d9010000                   jne 0x1d9
   174: 48837b3800                     cmpq $0x0, 0x38(%rbx)
   179: 0f84ba020000                   je 0x2ba
   17f: 4c8b6340                       movq 0x40(%rbx), %r12
   183: 41f6c401                       testb $0x1, %r12b
   187: 7427                           je 0x27
   189: 48ff0b                         decq (%rbx)
   18c: 742b                           je 0x2b
   18e: 41b978000000                   movl $0x78, %r9d
   194: 41f6c701                       testb $0x1, %r15b
   198: 4c89642420                     movq %r12, 0x20(%rsp)
   19d: 7537                           jne 0x37
   19f: e9be010000                     jmp 0x1be
   1a4: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   1b0: 49ff0424                       incq (%r12)
   1b4: 48ff0b                         decq (%rbx)
   1b7: 75d5                           jne -0x2b
   1b9: 4889df                         movq %rbx, %rdi
   1bc: e800000000                     callq 0x0
        # hole +0x1bd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1c1: 41b978000000                   movl $0x78, %r9d
   1c7: 41f6c701                       testb $0x1, %r15b
   1cb: 4c89642420                     movq %r12, 0x20(%rsp)
   1d0: 0f848c010000                   je 0x18c
   1d6: 41f6c401                       testb $0x1, %r12b
   1da: 0f8482010000                   je 0x182
   1e0: 4c89f9                         movq %r15, %rcx
   1e3: 48d1f9                         sarq %rcx
   1e6: 4c89e0                         movq %r12, %rax
   1e9: 48d1f8                         sarq %rax
   1ec: 4801c8                         addq %rcx, %rax
   1ef: 4889c1                         movq %rax, %rcx
   1f2: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1fc: 4801d1                         addq %rdx, %rcx
   1ff: 0f8952020000                   jns 0x252
   205: 4c8d244501000000               leaq 0x1(,%rax,2), %r12
   20d: 41b996000000                   movl $0x96, %r9d
   213: 41837e0807                     cmpl $0x7, 0x8(%r14)
   218: 0f8552020000                   jne 0x252
   21e: 49837e3802                     cmpq $0x2, 0x38(%r14)
   223: 0f8247020000                   jb 0x247
   229: 498b7e48                       movq 0x48(%r14), %rdi
   22d: 4d896648                       movq %r12, 0x48(%r14)
   231: 40f6c701                       testb $0x1, %dil
   235: 7505                           jne 0x5
   237: 48ff0f                         decq (%rdi)
   23a: 7445                           je 0x45
   23c: 49ff0e                         decq (%r14)
   23f: 4c8b7c2428                     movq 0x28(%rsp), %r15
   244: 7508                           jne 0x8
   246: 4c89f7                         movq %r14, %rdi
   249: e800000000                     callq 0x0
        # hole +0x24a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   24e: 498b4708                       movq 0x8(%r15), %rax
   252: 48ffc0                         incq %rax
   255: 49894708                       movq %rax, 0x8(%r15)
   259: 493b4710                       cmpq 0x10(%r15), %rax
   25d: 0f8d5f010000                   jge 0x15f
   263: 49833f00                       cmpq $0x0, (%r15)
   267: 0f855c010000                   jne 0x15c
   26d: 837d0804                       cmpl $0x4, 0x8(%rbp)
   271: 488b7c2418                     movq 0x18(%rsp), %rdi
   276: 0f84f4fdffff                   je -0x20c
   27c: e979010000                     jmp 0x179
   281: e800000000                     callq 0x0
        # hole +0x282: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   286: 49ff0e                         decq (%r14)
   289: 4c8b7c2428                     movq 0x28(%rsp), %r15
   28e: 75be                           jne -0x42
   290: ebb4                           jmp -0x4c
   292: 83fb04                         cmpl $0x4, %ebx
   295: 752d                           jne 0x2d
   297: 4989ff                         movq %rdi, %r15
   29a: 488b4540                       movq 0x40(%rbp), %rax
   29e: 488b5d30                       movq 0x30(%rbp), %rbx
   2a2: 488b4d38                       movq 0x38(%rbp), %rcx
   2a6: 4885c0                         testq %rax, %rax
   2a9: 7e4d                           jle 0x4d
   2ab: 4839cb                         cmpq %rcx, %rbx
   2ae: 7c4d                           jl 0x4d
   2b0: 41b914000000                   movl $0x14, %r9d
   2b6: b902000000                     movl $0x2, %ecx
   2bb: 4c89ff                         movq %r15, %rdi
   2be: 41ba02000000                   movl $0x2, %r10d
   2c4: 4c8b4718                       movq 0x18(%rdi), %r8
   2c8: be20000000                     movl $0x20, %esi
   2cd: 4c01c6                         addq %r8, %rsi
   2d0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2d3: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2d7: 4d01d0                         addq %r10, %r8
   2da: 4883c430                       addq $0x30, %rsp
   2de: 5d                             popq %rbp
   2df: e900000000                     jmp 0x0
        # hole +0x2e0: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   2e4: 4531ed                         xorl %r13d, %r13d
   2e7: 488b6c2408                     movq 0x8(%rsp), %rbp
   2ec: 4889ea                         movq %rbp, %rdx
   2ef: 31c0                           xorl %eax, %eax
   2f1: 31db                           xorl %ebx, %ebx
   2f3: e99b010000                     jmp 0x19b
   2f8: 4839cb                         cmpq %rcx, %rbx
   2fb: 7eb3                           jle -0x4d
   2fd: 4801d8                         addq %rbx, %rax
   300: 48894530                       movq %rax, 0x30(%rbp)
   304: 488b6c2408                     movq 0x8(%rsp), %rbp
   309: 40f6c501                       testb $0x1, %bpl
   30d: 750e                           jne 0xe
   30f: 48ff4d00                       decq (%rbp)
   313: 7508                           jne 0x8
   315: 4889ef                         movq %rbp, %rdi
   318: e800000000                     callq 0x0
        # hole +0x319: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   31d: 488d145d01000000               leaq 0x1(,%rbx,2), %rdx
   325: 41b501                         movb $0x1, %r13b
   328: 41b93c000000                   movl $0x3c, %r9d
   32e: b901000000                     movl $0x1, %ecx
   333: 31db                           xorl %ebx, %ebx
   335: 4d89f4                         movq %r14, %r12
   338: b001                           movb $0x1, %al
   33a: 4c89ff                         movq %r15, %rdi
   33d: be28000000                     movl $0x28, %esi
   342: 41ba06000000                   movl $0x6, %r10d
   348: e946010000                     jmp 0x146
   34d: 31c0                           xorl %eax, %eax
   34f: 4d89f4                         movq %r14, %r12
   352: 4d89fe                         movq %r15, %r14
   355: 48895c2420                     movq %rbx, 0x20(%rsp)
   35a: 41ba0a000000                   movl $0xa, %r10d
   360: eb0e                           jmp 0xe
   362: 31c0                           xorl %eax, %eax
   364: 4d89f4                         movq %r14, %r12
   367: 4d89fe                         movq %r15, %r14
   36a: 41ba0c000000                   movl $0xc, %r10d
   370: b301                           movb $0x1, %bl
   372: be38000000                     movl $0x38, %esi
   377: e903010000                     jmp 0x103
   37c: 4889fa                         movq %rdi, %rdx
   37f: 41b914000000                   movl $0x14, %r9d
   385: 41ba02000000                   movl $0x2, %r10d
   38b: b902000000                     movl $0x2, %ecx
   390: 4531ed                         xorl %r13d, %r13d
   393: 31c0                           xorl %eax, %eax
   395: 31db                           xorl %ebx, %ebx
   397: 488b7c2410                     movq 0x10(%rsp), %rdi
   39c: 488b6c2408                     movq 0x8(%rsp), %rbp
   3a1: be20000000                     movl $0x20, %esi
   3a6: e9e8000000                     jmp 0xe8
   3ab: 31db                           xorl %ebx, %ebx
   3ad: 4d89f4                         movq %r14, %r12
   3b0: 41ba06000000                   movl $0x6, %r10d
   3b6: b001                           movb $0x1, %al
   3b8: be28000000                     movl $0x28, %esi
   3bd: e9bd000000                     jmp 0xbd
   3c2: 49c70701000000                 movq $0x1, (%r15)
   3c9: 41b9a0000000                   movl $0xa0, %r9d
   3cf: 41ba10000000                   movl $0x10, %r10d
   3d5: b902000000                     movl $0x2, %ecx
   3da: 4531ed                         xorl %r13d, %r13d
   3dd: 31c0                           xorl %eax, %eax
   3df: 31db                           xorl %ebx, %ebx
   3e1: 488b7c2410                     movq 0x10(%rsp), %rdi
   3e6: 488b6c2408                     movq 0x8(%rsp), %rbp
   3eb: 488b542418                     movq 0x18(%rsp), %rdx
   3f0: be20000000                     movl $0x20, %esi
   3f5: e999000000                     jmp 0x99
   3fa: 4889fa                         movq %rdi, %rdx
   3fd: 41b90a000000                   movl $0xa, %r9d
   403: 4531ed                         xorl %r13d, %r13d
   406: 31c0                           xorl %eax, %eax
   408: 31db                           xorl %ebx, %ebx
   40a: 488b7c2410                     movq 0x10(%rsp), %rdi
   40f: b901000000                     movl $0x1, %ecx
   414: 488b6c2408                     movq 0x8(%rsp), %rbp
   419: 41ba01000000                   movl $0x1, %r10d
   41f: be20000000                     movl $0x20, %esi
   424: eb6d                           jmp 0x6d
   426: 41b950000000                   movl $0x50, %r9d
   42c: 41ba08000000                   movl $0x8, %r10d
   432: 31c0                           xorl %eax, %eax
   434: 4d89f4                         movq %r14, %r12
   437: eb3f                           jmp 0x3f
   439: 41b96e000000                   movl $0x6e, %r9d
   43f: 31c0                           xorl %eax, %eax
   441: 4d89f4                         movq %r14, %r12
   444: 4d89fe                         movq %r15, %r14
   447: 41ba0b000000                   movl $0xb, %r10d
   44d: 48895c2420                     movq %rbx, 0x20(%rsp)
   452: e919ffffff                     jmp -0xe7
   457: 41b982000000                   movl $0x82, %r9d
   45d: 31c0                           xorl %eax, %eax
   45f: 4d89f4                         movq %r14, %r12
   462: 4d89fe                         movq %r15, %r14
   465: 41ba0d000000                   movl $0xd, %r10d
   46b: e900ffffff                     jmp -0x100
   470: 31c0                           xorl %eax, %eax
   472: 41ba0f000000                   movl $0xf, %r10d
   478: 31db                           xorl %ebx, %ebx
   47a: be30000000                     movl $0x30, %esi
   47f: 488b7c2410                     movq 0x10(%rsp), %rdi
   484: b901000000                     movl $0x1, %ecx
   489: 488b6c2408                     movq 0x8(%rsp), %rbp
   48e: 488b542418                     movq 0x18(%rsp), %rdx
   493: 4c8b4718                       movq 0x18(%rdi), %r8
   497: 4839ea                         cmpq %rbp, %rdx
   49a: 7404                           je 0x4
   49c: 49895008                       movq %rdx, 0x8(%r8)
   4a0: 4584ed                         testb %r13b, %r13b
   4a3: 7417                           je 0x17
   4a5: 4d896020                       movq %r12, 0x20(%r8)
   4a9: 84c0                           testb %al, %al
   4ab: 488b542428                     movq 0x28(%rsp), %rdx
   4b0: 7419                           je 0x19
   4b2: be28000000                     movl $0x28, %esi
   4b7: e911feffff                     jmp -0x1ef
   4bc: be20000000                     movl $0x20, %esi
   4c1: 488b542428                     movq 0x28(%rsp), %rdx
   4c6: e902feffff                     jmp -0x1fe
   4cb: 4d897028                       movq %r14, 0x28(%r8)
   4cf: 84db                           testb %bl, %bl
   4d1: 0f84f6fdffff                   je -0x20a
   4d7: 488b442420                     movq 0x20(%rsp), %rax
   4dc: 49894030                       movq %rax, 0x30(%r8)
   4e0: e9e8fdffff                     jmp -0x218
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
