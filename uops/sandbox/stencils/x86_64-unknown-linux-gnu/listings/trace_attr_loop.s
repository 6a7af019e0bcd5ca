# stencil attr_loop for x86_64-unknown-linux-gnu: 848 code bytes, 0 data bytes, 8 holes
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
    27: 0f8505030000                   jne 0x305
    2d: 83790804                       cmpl $0x4, 0x8(%rcx)
    31: 0f85fb020000                   jne 0x2fb
    37: 488b4140                       movq 0x40(%rcx), %rax
    3b: 488b5130                       movq 0x30(%rcx), %rdx
    3f: 488b7138                       movq 0x38(%rcx), %rsi
    43: 4885c0                         testq %rax, %rax
    46: 7e18                           jle 0x18
    48: 4839f2                         cmpq %rsi, %rdx
    4b: 7c1c                           jl 0x1c
    4d: e95b020000                     jmp 0x25b
    52: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e44020000                   jle 0x244
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
    91: 0f84c3010000                   je 0x1c3
    97: 488b38                         movq (%rax), %rdi
    9a: 40f6c701                       testb $0x1, %dil
    9e: 7503                           jne 0x3
    a0: 48ff07                         incq (%rdi)
    a3: 49897d00                       movq %rdi, (%r13)
    a7: 41b93c000000                   movl $0x3c, %r9d
    ad: b806000000                     movl $0x6, %eax
    b2: 40f6c701                       testb $0x1, %dil
    b6: 0f85c5010000                   jne 0x1c5
    bc: 837f0807                       cmpl $0x7, 0x8(%rdi)
    c0: 0f85bb010000                   jne 0x1bb
    c6: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0xc8: R_X86_64_64 Abs64 operand0[6]+0
    d0: 488b5730                       movq 0x30(%rdi), %rdx
    d4: 48394a30                       cmpq %rcx, 0x30(%rdx)
    d8: 0f85a3010000                   jne 0x1a3
    de: 48ff07                         incq (%rdi)
    e1: 49893c24                       movq %rdi, (%r12)
    e5: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    ea: 0f8412020000                   je 0x212
    f0: 488b4740                       movq 0x40(%rdi), %rax
    f4: a801                           testb $0x1, %al
    f6: 7528                           jne 0x28
    f8: 48ff00                         incq (%rax)
    fb: 49890424                       movq %rax, (%r12)
    ff: 48ff0f                         decq (%rdi)
   102: 7525                           jne 0x25
   104: e800000000                     callq 0x0
        # hole +0x105: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   109: 498b4718                       movq 0x18(%r15), %rax
   10d: 488b7810                       movq 0x10(%rax), %rdi
   111: 40f6c701                       testb $0x1, %dil
   115: 7424                           je 0x24
   117: e9a3010000                     jmp 0x1a3
   11c: 0f1f4000                       nopl (%rax)
   120: 49890424                       movq %rax, (%r12)
   124: 48ff0f                         decq (%rdi)
   127: 74db                           je -0x25
   129: 498b4718                       movq 0x18(%r15), %rax
   12d: 488b7810                       movq 0x10(%rax), %rdi
   131: 40f6c701                       testb $0x1, %dil
   135: 0f8584010000                   jne 0x184
   13b: 48ff07                         incq (%rdi)
   13e: 48897d00                       movq %rdi, (%rbp)
   142: 837f0807                       cmpl $0x7, 0x8(%rdi)
   146: 0f8577010000                   jne 0x177
   14c: 488b4730                       movq 0x30(%rdi), %rax
   150: 4883783003                     cmpq $0x3, 0x30(%rax)
   155: 0f8568010000                   jne 0x168
   15b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   160: 0f84ac010000                   je 0x1ac
   166: 488b4740                       movq 0x40(%rdi), %rax
   16a: a801                           testb $0x1, %al
   16c: 7522                           jne 0x22
   16e: 48ff00                         incq (%rax)
   171: 48894500                       movq %rax, (%rbp)
   175: 48ff0f                         decq (%rdi)
   178: 751f                           jne 0x1f
   17a: e800000000                     callq 0x0
        # hole +0x17b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   17f: 498b0c24                       movq (%r12), %rcx
   183: f6c101                         testb $0x1, %cl
   186: 751e                           jne 0x1e
   188: e9fc000000                     jmp 0xfc
   18d: 0f1f00                         nopl (%rax)
   190: 48894500                       movq %rax, (%rbp)
   194: 48ff0f                         decq (%rdi)
   197: 74e1                           je -0x1f
   199: 498b0c24                       movq (%r12), %rcx
   19d: f6c101                         testb $0x1, %cl
   1a0: 0f84e3000000                   je 0xe3
   1a6: 488b4500                       movq (%rbp), %rax
   1aa: a801                           testb $0x1, %al
   1ac: 0f84d7000000                   je 0xd7
   1b2: 48d1f9                         sarq %rcx
   1b5: 48d1f8                         sarq %rax
   1b8: 4801c8                         addq %rcx, %rax
   1bb: 4889c1                         movq %rax, %rcx
   1be: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1c8: 4801d1                         addq %rdx, %rcx
   1cb: 0f8952010000                   jns 0x152
   1d1: 4c89fb                         movq %r15, %rbx
   1d4: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   1dc: 4d8b7d00                       movq (%r13), %r15
   1e0: 4d897d08                       movq %r15, 0x8(%r13)
   1e4: 49894d00                       movq %rcx, (%r13)
   1e8: 41b996000000                   movl $0x96, %r9d
   1ee: b80f000000                     movl $0xf, %eax
   1f3: 41f6c701                       testb $0x1, %r15b
   1f7: 0f85a0000000                   jne 0xa0
   1fd: 41837f0807                     cmpl $0x7, 0x8(%r15)
   202: 0f8595000000                   jne 0x95
   208: 49837f3802                     cmpq $0x2, 0x38(%r15)
   20d: 0f828a000000                   jb 0x8a
   213: 498b7f48                       movq 0x48(%r15), %rdi
   217: 49894f48                       movq %rcx, 0x48(%r15)
   21b: 40f6c701                       testb $0x1, %dil
   21f: 7505                           jne 0x5
   221: 48ff0f                         decq (%rdi)
   224: 744f                           je 0x4f
   226: 49ff0f                         decq (%r15)
   229: 7508                           jne 0x8
   22b: 4c89ff                         movq %r15, %rdi
   22e: e800000000                     callq 0x0
        # hole +0x22f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   233: 498b4608                       movq 0x8(%r14), %rax
   237: 48ffc0                         incq %rax
   23a: 49894608                       movq %rax, 0x8(%r14)
   23e: 493b4610                       cmpq 0x10(%r14), %rax
   242: 0f8d8c000000                   jge 0x8c
   248: 49833e00                       cmpq $0x0, (%r14)
   24c: 4989df                         movq %rbx, %r15
   24f: 0f84bbfdffff                   je -0x245
   255: e996000000                     jmp 0x96
   25a: e800000000                     callq 0x0
        # hole +0x25b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   25f: 498b4718                       movq 0x18(%r15), %rax
   263: 488b38                         movq (%rax), %rdi
   266: 40f6c701                       testb $0x1, %dil
   26a: 0f8430feffff                   je -0x1d0
   270: e92efeffff                     jmp -0x1d2
   275: e800000000                     callq 0x0
        # hole +0x276: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   27a: 49ff0f                         decq (%r15)
   27d: 75b4                           jne -0x4c
   27f: ebaa                           jmp -0x56
   281: 4d89e5                         movq %r12, %r13
   284: e9a9000000                     jmp 0xa9
   289: 4983c518                       addq $0x18, %r13
   28d: 41b978000000                   movl $0x78, %r9d
   293: b80c000000                     movl $0xc, %eax
   298: e995000000                     jmp 0x95
   29d: 4989ed                         movq %rbp, %r13
   2a0: 4989df                         movq %rbx, %r15
   2a3: bb01000000                     movl $0x1, %ebx
   2a8: e985000000                     jmp 0x85
   2ad: 41b914000000                   movl $0x14, %r9d
   2b3: b802000000                     movl $0x2, %eax
   2b8: bb02000000                     movl $0x2, %ebx
   2bd: eb73                           jmp 0x73
   2bf: 49897d10                       movq %rdi, 0x10(%r13)
   2c3: 4983c518                       addq $0x18, %r13
   2c7: 41b964000000                   movl $0x64, %r9d
   2cd: b80a000000                     movl $0xa, %eax
   2d2: eb5e                           jmp 0x5e
   2d4: 49c70601000000                 movq $0x1, (%r14)
   2db: 41b9a0000000                   movl $0xa0, %r9d
   2e1: b810000000                     movl $0x10, %eax
   2e6: 4989df                         movq %rbx, %r15
   2e9: bb02000000                     movl $0x2, %ebx
   2ee: eb42                           jmp 0x42
   2f0: 41b9a0000000                   movl $0xa0, %r9d
   2f6: b810000000                     movl $0x10, %eax
   2fb: bb02000000                     movl $0x2, %ebx
   300: eb30                           jmp 0x30
   302: 41b950000000                   movl $0x50, %r9d
   308: b808000000                     movl $0x8, %eax
   30d: 4989ed                         movq %rbp, %r13
   310: eb20                           jmp 0x20
   312: 4983c518                       addq $0x18, %r13
   316: 41b96e000000                   movl $0x6e, %r9d
   31c: b80b000000                     movl $0xb, %eax
   321: eb0f                           jmp 0xf
   323: 4983c518                       addq $0x18, %r13
   327: 41b982000000                   movl $0x82, %r9d
   32d: b80d000000                     movl $0xd, %eax
   332: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x334: R_X86_64_64 Abs64 index+0
   33c: 4901c0                         addq %rax, %r8
   33f: 4c89ff                         movq %r15, %rdi
   342: 4c89ee                         movq %r13, %rsi
   345: 4c89f2                         movq %r14, %rdx
   348: 89d9                           movl %ebx, %ecx
   34a: 5d                             popq %rbp
   34b: e900000000                     jmp 0x0
        # hole +0x34c: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
