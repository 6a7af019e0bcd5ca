# stencil attr_loop for x86_64-apple-darwin: 861 code bytes, 16 data bytes, 10 holes
     0: 55                             pushq %rbp
     1: 4d89e7                         movq %r12, %r15
     4: 4d8d6508                       leaq 0x8(%r13), %r12
     8: 498d6d10                       leaq 0x10(%r13), %rbp
     c: 0f1f4000                       nopl (%rax)
    10: 498b4df8                       movq -0x8(%r13), %rcx
    14: 41b90a000000                   movl $0xa, %r9d
    1a: b801000000                     movl $0x1, %eax
    1f: bb01000000                     movl $0x1, %ebx
    24: f6c101                         testb $0x1, %cl
    27: 0f8515030000                   jne 0x315
    2d: 83790804                       cmpl $0x4, 0x8(%rcx)
    31: 0f850b030000                   jne 0x30b
    37: 488b4140                       movq 0x40(%rcx), %rax
    3b: 488b5130                       movq 0x30(%rcx), %rdx
    3f: 488b7138                       movq 0x38(%rcx), %rsi
    43: 4885c0                         testq %rax, %rax
    46: 7e18                           jle 0x18
    48: 4839f2                         cmpq %rsi, %rdx
    4b: 7c1c                           jl 0x1c
    4d: e96b020000                     jmp 0x26b
    52: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e54020000                   jle 0x254
    69: 4801d0                         addq %rdx, %rax
    6c: 48894130                       movq %rax, 0x30(%rcx)
    70: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    78: 49894d00                       movq %rcx, (%r13)
    7c: 498b4718                       movq 0x18(%r15), %rax
    80: 488b7808                       movq 0x8(%rax), %rdi
    84: 48894808                       movq %rcx, 0x8(%rax)
    88: 40f6c701                       testb $0x1, %dil
    8c: 7509                           jne 0x9
    8e: 48ff0f                         decq (%rdi)
    91: 0f84d3010000                   je 0x1d3
    97: 488b38                         movq (%rax), %rdi
    9a: 40f6c701                       testb $0x1, %dil
    9e: 7503                           jne 0x3
    a0: 48ff07                         incq (%rdi)
    a3: 49897d00                       movq %rdi, (%r13)
    a7: 41b93c000000                   movl $0x3c, %r9d
    ad: b806000000                     movl $0x6, %eax
    b2: 40f6c701                       testb $0x1, %dil
    b6: 0f85d5010000                   jne 0x1d5
    bc: 837f0807                       cmpl $0x7, 0x8(%rdi)
    c0: 0f85cb010000                   jne 0x1cb
    c6: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xc9: X86_64_RELOC_GOT_LOAD Rel32 data+4
    cd: 488b5730                       movq 0x30(%rdi), %rdx
    d1: 48394a30                       cmpq %rcx, 0x30(%rdx)
    d5: 0f85b6010000                   jne 0x1b6
    db: 488b07                         movq (%rdi), %rax
    de: 48ffc0                         incq %rax
    e1: 488907                         movq %rax, (%rdi)
    e4: 49893c24                       movq %rdi, (%r12)
    e8: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    ed: 0f841f020000                   je 0x21f
    f3: 488b4f40                       movq 0x40(%rdi), %rcx
    f7: f6c101                         testb $0x1, %cl
    fa: 7534                           jne 0x34
    fc: 48ff01                         incq (%rcx)
    ff: 488b07                         movq (%rdi), %rax
   102: 49890c24                       movq %rcx, (%r12)
   106: 48ffc8                         decq %rax
   109: 488907                         movq %rax, (%rdi)
   10c: 752e                           jne 0x2e
   10e: e800000000                     callq 0x0
        # hole +0x10f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   113: 498b4718                       movq 0x18(%r15), %rax
   117: 488b7810                       movq 0x10(%rax), %rdi
   11b: 40f6c701                       testb $0x1, %dil
   11f: 742d                           je 0x2d
   121: e9a9010000                     jmp 0x1a9
   126: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   130: 49890c24                       movq %rcx, (%r12)
   134: 48ffc8                         decq %rax
   137: 488907                         movq %rax, (%rdi)
   13a: 74d2                           je -0x2e
   13c: 498b4718                       movq 0x18(%r15), %rax
   140: 488b7810                       movq 0x10(%rax), %rdi
   144: 40f6c701                       testb $0x1, %dil
   148: 0f8581010000                   jne 0x181
   14e: 48ff07                         incq (%rdi)
   151: 48897d00                       movq %rdi, (%rbp)
   155: 837f0807                       cmpl $0x7, 0x8(%rdi)
   159: 0f8574010000                   jne 0x174
   15f: 488b4730                       movq 0x30(%rdi), %rax
   163: 4883783003                     cmpq $0x3, 0x30(%rax)
   168: 0f8565010000                   jne 0x165
   16e: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   173: 0f84a9010000                   je 0x1a9
   179: 488b4740                       movq 0x40(%rdi), %rax
   17d: a801                           testb $0x1, %al
   17f: 751f                           jne 0x1f
   181: 48ff00                         incq (%rax)
   184: 48894500                       movq %rax, (%rbp)
   188: 48ff0f                         decq (%rdi)
   18b: 751c                           jne 0x1c
   18d: e800000000                     callq 0x0
        # hole +0x18e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   192: 498b0c24                       movq (%r12), %rcx
   196: f6c101                         testb $0x1, %cl
   199: 751b                           jne 0x1b
   19b: e9f9000000                     jmp 0xf9
   1a0: 48894500                       movq %rax, (%rbp)
   1a4: 48ff0f                         decq (%rdi)
   1a7: 74e4                           je -0x1c
   1a9: 498b0c24                       movq (%r12), %rcx
   1ad: f6c101                         testb $0x1, %cl
   1b0: 0f84e3000000                   je 0xe3
   1b6: 488b4500                       movq (%rbp), %rax
   1ba: a801                           testb $0x1, %al
   1bc: 0f84d7000000                   je 0xd7
   1c2: 48d1f9                         sarq %rcx
   1c5: 48d1f8                         sarq %rax
   1c8: 4801c8                         addq %rcx, %rax
   1cb: 4889c1                         movq %rax, %rcx
   1ce: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1d8: 4801d1                         addq %rdx, %rcx
   1db: 0f8952010000                   jns 0x152
   1e1: 4c89fb                         movq %r15, %rbx
   1e4: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   1ec: 4d8b7d00                       movq (%r13), %r15
   1f0: 4d897d08                       movq %r15, 0x8(%r13)
   1f4: 49894d00                       movq %rcx, (%r13)
   1f8: 41b996000000                   movl $0x96, %r9d
   1fe: b80f000000                     movl $0xf, %eax
   203: 41f6c701                       testb $0x1, %r15b
   207: 0f85a0000000                   jne 0xa0
   20d: 41837f0807                     cmpl $0x7, 0x8(%r15)
   212: 0f8595000000                   jne 0x95
   218: 49837f3802                     cmpq $0x2, 0x38(%r15)
   21d: 0f828a000000                   jb 0x8a
   223: 498b7f48                       movq 0x48(%r15), %rdi
   227: 49894f48                       movq %rcx, 0x48(%r15)
   22b: 40f6c701                       testb $0x1, %dil
   22f: 7505                           jne 0x5
   231: 48ff0f                         decq (%rdi)
   234: 744f                           je 0x4f
   236: 49ff0f                         decq (%r15)
   239: 7508                           jne 0x8
   23b: 4c89ff                         movq %r15, %rdi
   23e: e800000000                     callq 0x0
        # hole +0x23f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   243: 498b4608                       movq 0x8(%r14), %rax
   247: 48ffc0                         incq %rax
   24a: 49894608                       movq %rax, 0x8(%r14)
   24e: 493b4610                       cmpq 0x10(%r14), %rax
   252: 0f8d8c000000                   jge 0x8c
   258: 49833e00                       cmpq $0x0, (%r14)
   25c: 4989df                         movq %rbx, %r15
   25f: 0f84abfdffff                   je -0x255
   265: e996000000                     jmp 0x96
   26a: e800000000                     callq 0x0
        # hole +0x26b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   26f: 498b4718                       movq 0x18(%r15), %rax
   273: 488b38                         movq (%rax), %rdi
   276: 40f6c701                       testb $0x1, %dil
   27a: 0f8420feffff                   je -0x1e0
   280: e91efeffff                     jmp -0x1e2
   285: e800000000                     callq 0x0
        # hole +0x286: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   28a: 49ff0f                         decq (%r15)
   28d: 75b4                           jne -0x4c
   28f: ebaa                           jmp -0x56
   291: 4d89e5                         movq %r12, %r13
   294: e9a9000000                     jmp 0xa9
   299: 4983c518                       addq $0x18, %r13
   29d: 41b978000000                   movl $0x78, %r9d
   2a3: b80c000000                     movl $0xc, %eax
   2a8: e995000000                     jmp 0x95
   2ad: 4989ed                         movq %rbp, %r13
   2b0: 4989df                         movq %rbx, %r15
   2b3: bb01000000                     movl $0x1, %ebx
   2b8: e985000000                     jmp 0x85
   2bd: 41b914000000                   movl $0x14, %r9d
   2c3: b802000000                     movl $0x2, %eax
   2c8: bb02000000                     movl $0x2, %ebx
   2cd: eb73                           jmp 0x73
   2cf: 49897d10                       movq %rdi, 0x10(%r13)
   2d3: 4983c518                       addq $0x18, %r13
   2d7: 41b964000000                   movl $0x64, %r9d
   2dd: b80a000000                     movl $0xa, %eax
   2e2: eb5e                           jmp 0x5e
   2e4: 49c70601000000                 movq $0x1, (%r14)
   2eb: 41b9a0000000                   movl $0xa0, %r9d
   2f1: b810000000                     movl $0x10, %eax
   2f6: 4989df                         movq %rbx, %r15
   2f9: bb02000000                     movl $0x2, %ebx
   2fe: eb42                           jmp 0x42
   300: 41b9a0000000                   movl $0xa0, %r9d
   306: b810000000                     movl $0x10, %eax
   30b: bb02000000                     movl $0x2, %ebx
   310: eb30                           jmp 0x30
   312: 41b950000000                   movl $0x50, %r9d
   318: b808000000                     movl $0x8, %eax
   31d: 4989ed                         movq %rbp, %r13
   320: eb20                           jmp 0x20
   322: 4983c518                       addq $0x18, %r13
   326: 41b96e000000                   movl $0x6e, %r9d
   32c: b80b000000                     movl $0xb, %eax
   331: eb0f                           jmp 0xf
   333: 4983c518                       addq $0x18, %r13
   337: 41b982000000                   movl $0x82, %r9d
   33d: b80d000000                     movl $0xd, %eax
   342: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x345: X86_64_RELOC_GOT_LOAD Rel32 data-4
   349: 4901c0                         addq %rax, %r8
   34c: 4c89ff                         movq %r15, %rdi
   34f: 4c89ee                         movq %r13, %rsi
   352: 4c89f2                         movq %r14, %rdx
   355: 89d9                           movl %ebx, %ecx
   357: 5d                             popq %rbp
   358: e900000000                     jmp 0x0
        # hole +0x359: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
