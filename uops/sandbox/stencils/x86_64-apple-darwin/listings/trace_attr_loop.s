# stencil attr_loop for x86_64-apple-darwin: 895 code bytes, 16 data bytes, 11 holes
     0: 55                             pushq %rbp
     1: 4d8d7d08                       leaq 0x8(%r13), %r15
     5: 498d6d10                       leaq 0x10(%r13), %rbp
     9: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xc: X86_64_RELOC_GOT_LOAD Rel32 data+4
    10: 498b7df8                       movq -0x8(%r13), %rdi
    14: 41b90a000000                   movl $0xa, %r9d
    1a: b801000000                     movl $0x1, %eax
    1f: b901000000                     movl $0x1, %ecx
    24: 40f6c701                       testb $0x1, %dil
    28: 0f85b6020000                   jne 0x2b6
    2e: 837f0804                       cmpl $0x4, 0x8(%rdi)
    32: 0f85ac020000                   jne 0x2ac
    38: 488b4740                       movq 0x40(%rdi), %rax
    3c: 488b5730                       movq 0x30(%rdi), %rdx
    40: 488b7738                       movq 0x38(%rdi), %rsi
    44: 4885c0                         testq %rax, %rax
    47: 7e17                           jle 0x17
    49: 4839f2                         cmpq %rsi, %rdx
    4c: 7c1b                           jl 0x1b
    4e: e9af020000                     jmp 0x2af
    53: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e99020000                   jle 0x299
    69: 4801d0                         addq %rdx, %rax
    6c: 48894730                       movq %rax, 0x30(%rdi)
    70: 488d145501000000               leaq 0x1(,%rdx,2), %rdx
    78: 49895500                       movq %rdx, (%r13)
    7c: 498b442418                     movq 0x18(%r12), %rax
    81: 488b7808                       movq 0x8(%rax), %rdi
    85: 48895008                       movq %rdx, 0x8(%rax)
    89: 40f6c701                       testb $0x1, %dil
    8d: 7509                           jne 0x9
    8f: 48ff0f                         decq (%rdi)
    92: 0f840b020000                   je 0x20b
    98: 488b38                         movq (%rax), %rdi
    9b: 40f6c701                       testb $0x1, %dil
    9f: 7503                           jne 0x3
    a1: 48ff07                         incq (%rdi)
    a4: 49897d00                       movq %rdi, (%r13)
    a8: 41b93c000000                   movl $0x3c, %r9d
    ae: b806000000                     movl $0x6, %eax
    b3: 40f6c701                       testb $0x1, %dil
    b7: 0f8540020000                   jne 0x240
    bd: 837f0807                       cmpl $0x7, 0x8(%rdi)
    c1: 0f8536020000                   jne 0x236
    c7: 4c89c6                         movq %r8, %rsi
    ca: 488b5730                       movq 0x30(%rdi), %rdx
    ce: 48397230                       cmpq %rsi, 0x30(%rdx)
    d2: 0f8525020000                   jne 0x225
    d8: 488b07                         movq (%rdi), %rax
    db: 48ffc0                         incq %rax
    de: 488907                         movq %rax, (%rdi)
    e1: 49893f                         movq %rdi, (%r15)
    e4: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    e9: 0f843a020000                   je 0x23a
    ef: 488b5740                       movq 0x40(%rdi), %rdx
    f3: f6c201                         testb $0x1, %dl
    f6: 7548                           jne 0x48
    f8: 48ff02                         incq (%rdx)
    fb: 488b07                         movq (%rdi), %rax
    fe: 498917                         movq %rdx, (%r15)
   101: 48ffc8                         decq %rax
   104: 488907                         movq %rax, (%rdi)
   107: 7542                           jne 0x42
   109: 4c89e3                         movq %r12, %rbx
   10c: 4d89f4                         movq %r14, %r12
   10f: 4d89c6                         movq %r8, %r14
   112: e800000000                     callq 0x0
        # hole +0x113: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   117: 4d89f0                         movq %r14, %r8
   11a: 4d89e6                         movq %r12, %r14
   11d: 4989dc                         movq %rbx, %r12
   120: b901000000                     movl $0x1, %ecx
   125: 498b442418                     movq 0x18(%r12), %rax
   12a: 488b7810                       movq 0x10(%rax), %rdi
   12e: 40f6c701                       testb $0x1, %dil
   132: 742a                           je 0x2a
   134: e9db010000                     jmp 0x1db
   139: 0f1f8000000000                 nopl (%rax)
   140: 498917                         movq %rdx, (%r15)
   143: 48ffc8                         decq %rax
   146: 488907                         movq %rax, (%rdi)
   149: 74be                           je -0x42
   14b: 498b442418                     movq 0x18(%r12), %rax
   150: 488b7810                       movq 0x10(%rax), %rdi
   154: 40f6c701                       testb $0x1, %dil
   158: 0f85b6010000                   jne 0x1b6
   15e: 48ff07                         incq (%rdi)
   161: 48897d00                       movq %rdi, (%rbp)
   165: 837f0807                       cmpl $0x7, 0x8(%rdi)
   169: 0f85a9010000                   jne 0x1a9
   16f: 488b4730                       movq 0x30(%rdi), %rax
   173: 4883783003                     cmpq $0x3, 0x30(%rax)
   178: 0f859a010000                   jne 0x19a
   17e: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   183: 0f84b0010000                   je 0x1b0
   189: 488b4740                       movq 0x40(%rdi), %rax
   18d: a801                           testb $0x1, %al
   18f: 753f                           jne 0x3f
   191: 48ff00                         incq (%rax)
   194: 48894500                       movq %rax, (%rbp)
   198: 48ff0f                         decq (%rdi)
   19b: 753c                           jne 0x3c
   19d: 4c89e3                         movq %r12, %rbx
   1a0: 4d89f4                         movq %r14, %r12
   1a3: 4d89c6                         movq %r8, %r14
   1a6: e800000000                     callq 0x0
        # hole +0x1a7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1ab: 4d89f0                         movq %r14, %r8
   1ae: 4d89e6                         movq %r12, %r14
   1b1: 4989dc                         movq %rbx, %r12
   1b4: b901000000                     movl $0x1, %ecx
   1b9: 498b17                         movq (%r15), %rdx
   1bc: f6c201                         testb $0x1, %dl
   1bf: 7524                           jne 0x24
   1c1: e90f010000                     jmp 0x10f
   1c6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   1d0: 48894500                       movq %rax, (%rbp)
   1d4: 48ff0f                         decq (%rdi)
   1d7: 74c4                           je -0x3c
   1d9: 498b17                         movq (%r15), %rdx
   1dc: f6c201                         testb $0x1, %dl
   1df: 0f84f0000000                   je 0xf0
   1e5: 488b4500                       movq (%rbp), %rax
   1e9: a801                           testb $0x1, %al
   1eb: 0f84e4000000                   je 0xe4
   1f1: 48d1fa                         sarq %rdx
   1f4: 48d1f8                         sarq %rax
   1f7: 4801d0                         addq %rdx, %rax
   1fa: 4889c2                         movq %rax, %rdx
   1fd: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   207: 4801f2                         addq %rsi, %rdx
   20a: 0f895b010000                   jns 0x15b
   210: 488d144501000000               leaq 0x1(,%rax,2), %rdx
   218: 498b5d00                       movq (%r13), %rbx
   21c: 49895d08                       movq %rbx, 0x8(%r13)
   220: 49895500                       movq %rdx, (%r13)
   224: 41b996000000                   movl $0x96, %r9d
   22a: b80f000000                     movl $0xf, %eax
   22f: f6c301                         testb $0x1, %bl
   232: 0f8512010000                   jne 0x112
   238: 837b0807                       cmpl $0x7, 0x8(%rbx)
   23c: 0f8508010000                   jne 0x108
   242: 48837b3802                     cmpq $0x2, 0x38(%rbx)
   247: 0f82fd000000                   jb 0xfd
   24d: 488b7b48                       movq 0x48(%rbx), %rdi
   251: 48895348                       movq %rdx, 0x48(%rbx)
   255: 40f6c701                       testb $0x1, %dil
   259: 7511                           jne 0x11
   25b: 48ff0f                         decq (%rdi)
   25e: 750c                           jne 0xc
   260: e800000000                     callq 0x0
        # hole +0x261: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   265: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x268: X86_64_RELOC_GOT_LOAD Rel32 data+4
   26c: 48ff0b                         decq (%rbx)
   26f: 750e                           jne 0xe
   271: 4889df                         movq %rbx, %rdi
   274: 4c89c3                         movq %r8, %rbx
   277: e800000000                     callq 0x0
        # hole +0x278: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   27c: 4989d8                         movq %rbx, %r8
   27f: 498b4608                       movq 0x8(%r14), %rax
   283: 48ffc0                         incq %rax
   286: 49894608                       movq %rax, 0x8(%r14)
   28a: 493b4610                       cmpq 0x10(%r14), %rax
   28e: 0f8dbb000000                   jge 0xbb
   294: 49833e00                       cmpq $0x0, (%r14)
   298: 0f8472fdffff                   je -0x28e
   29e: e9b3000000                     jmp 0xb3
   2a3: 4c89e3                         movq %r12, %rbx
   2a6: 4d89f4                         movq %r14, %r12
   2a9: 4d89c6                         movq %r8, %r14
   2ac: e800000000                     callq 0x0
        # hole +0x2ad: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2b1: 4d89f0                         movq %r14, %r8
   2b4: 4d89e6                         movq %r12, %r14
   2b7: 4989dc                         movq %rbx, %r12
   2ba: b901000000                     movl $0x1, %ecx
   2bf: 488b4318                       movq 0x18(%rbx), %rax
   2c3: 488b38                         movq (%rax), %rdi
   2c6: 40f6c701                       testb $0x1, %dil
   2ca: 0f84d1fdffff                   je -0x22f
   2d0: e9cffdffff                     jmp -0x231
   2d5: 4983c518                       addq $0x18, %r13
   2d9: 41b978000000                   movl $0x78, %r9d
   2df: b80c000000                     movl $0xc, %eax
   2e4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2e7: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2eb: 4901c0                         addq %rax, %r8
   2ee: 4c89e7                         movq %r12, %rdi
   2f1: 4c89ee                         movq %r13, %rsi
   2f4: 4c89f2                         movq %r14, %rdx
   2f7: 5d                             popq %rbp
   2f8: e900000000                     jmp 0x0
        # hole +0x2f9: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   2fd: 4d89fd                         movq %r15, %r13
   300: ebe2                           jmp -0x1e
   302: 41b914000000                   movl $0x14, %r9d
   308: b802000000                     movl $0x2, %eax
   30d: b902000000                     movl $0x2, %ecx
   312: ebd0                           jmp -0x30
   314: 49897d10                       movq %rdi, 0x10(%r13)
   318: 4983c518                       addq $0x18, %r13
   31c: 41b964000000                   movl $0x64, %r9d
   322: b80a000000                     movl $0xa, %eax
   327: ebbb                           jmp -0x45
   329: 41b950000000                   movl $0x50, %r9d
   32f: b808000000                     movl $0x8, %eax
   334: 4989ed                         movq %rbp, %r13
   337: ebab                           jmp -0x55
   339: 4983c518                       addq $0x18, %r13
   33d: 41b96e000000                   movl $0x6e, %r9d
   343: b80b000000                     movl $0xb, %eax
   348: eb9a                           jmp -0x66
   34a: 4989ed                         movq %rbp, %r13
   34d: eb95                           jmp -0x6b
   34f: 49c70601000000                 movq $0x1, (%r14)
   356: 41b9a0000000                   movl $0xa0, %r9d
   35c: b810000000                     movl $0x10, %eax
   361: b902000000                     movl $0x2, %ecx
   366: e979ffffff                     jmp -0x87
   36b: 4983c518                       addq $0x18, %r13
   36f: 41b982000000                   movl $0x82, %r9d
   375: b80d000000                     movl $0xd, %eax
   37a: e965ffffff                     jmp -0x9b
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
