# stencil attr_loop for x86_64-unknown-linux-gnu: 877 code bytes, 0 data bytes, 8 holes
     0: 55                             pushq %rbp
     1: 4d8d7d08                       leaq 0x8(%r13), %r15
     5: 498d6d10                       leaq 0x10(%r13), %rbp
     9: 49ba0000000000000000           movabsq $0x0, %r10
        # hole +0xb: R_X86_64_64 Abs64 operand0[6]+0
    13: 498b45f8                       movq -0x8(%r13), %rax
    17: 41b90a000000                   movl $0xa, %r9d
    1d: 41b801000000                   movl $0x1, %r8d
    23: b901000000                     movl $0x1, %ecx
    28: a801                           testb $0x1, %al
    2a: 0f85a9020000                   jne 0x2a9
    30: 83780804                       cmpl $0x4, 0x8(%rax)
    34: 0f859f020000                   jne 0x29f
    3a: 488b7840                       movq 0x40(%rax), %rdi
    3e: 488b5030                       movq 0x30(%rax), %rdx
    42: 488b7038                       movq 0x38(%rax), %rsi
    46: 4885ff                         testq %rdi, %rdi
    49: 7e15                           jle 0x15
    4b: 4839f2                         cmpq %rsi, %rdx
    4e: 7c19                           jl 0x19
    50: e998020000                     jmp 0x298
    55: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e84020000                   jle 0x284
    69: 4801d7                         addq %rdx, %rdi
    6c: 48897830                       movq %rdi, 0x30(%rax)
    70: 488d145501000000               leaq 0x1(,%rdx,2), %rdx
    78: 49895500                       movq %rdx, (%r13)
    7c: 498b442418                     movq 0x18(%r12), %rax
    81: 488b7808                       movq 0x8(%rax), %rdi
    85: 48895008                       movq %rdx, 0x8(%rax)
    89: 40f6c701                       testb $0x1, %dil
    8d: 7509                           jne 0x9
    8f: 48ff0f                         decq (%rdi)
    92: 0f84ff010000                   je 0x1ff
    98: 488b38                         movq (%rax), %rdi
    9b: 40f6c701                       testb $0x1, %dil
    9f: 7503                           jne 0x3
    a1: 48ff07                         incq (%rdi)
    a4: 49897d00                       movq %rdi, (%r13)
    a8: 41b93c000000                   movl $0x3c, %r9d
    ae: 41b806000000                   movl $0x6, %r8d
    b4: 40f6c701                       testb $0x1, %dil
    b8: 0f852a020000                   jne 0x22a
    be: 837f0807                       cmpl $0x7, 0x8(%rdi)
    c2: 0f8520020000                   jne 0x220
    c8: 4c89d0                         movq %r10, %rax
    cb: 488b5730                       movq 0x30(%rdi), %rdx
    cf: 48394230                       cmpq %rax, 0x30(%rdx)
    d3: 0f850f020000                   jne 0x20f
    d9: 48ff07                         incq (%rdi)
    dc: 49893f                         movq %rdi, (%r15)
    df: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    e4: 0f842c020000                   je 0x22c
    ea: 488b4740                       movq 0x40(%rdi), %rax
    ee: a801                           testb $0x1, %al
    f0: 753e                           jne 0x3e
    f2: 48ff00                         incq (%rax)
    f5: 498907                         movq %rax, (%r15)
    f8: 48ff0f                         decq (%rdi)
    fb: 753b                           jne 0x3b
    fd: 4c89e3                         movq %r12, %rbx
   100: 4d89f4                         movq %r14, %r12
   103: 4d89d6                         movq %r10, %r14
   106: e800000000                     callq 0x0
        # hole +0x107: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   10b: 4d89f2                         movq %r14, %r10
   10e: 4d89e6                         movq %r12, %r14
   111: 4989dc                         movq %rbx, %r12
   114: b901000000                     movl $0x1, %ecx
   119: 498b442418                     movq 0x18(%r12), %rax
   11e: 488b7810                       movq 0x10(%rax), %rdi
   122: 40f6c701                       testb $0x1, %dil
   126: 7423                           je 0x23
   128: e9d3010000                     jmp 0x1d3
   12d: 0f1f00                         nopl (%rax)
   130: 498907                         movq %rax, (%r15)
   133: 48ff0f                         decq (%rdi)
   136: 74c5                           je -0x3b
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 488b7810                       movq 0x10(%rax), %rdi
   141: 40f6c701                       testb $0x1, %dil
   145: 0f85b5010000                   jne 0x1b5
   14b: 48ff07                         incq (%rdi)
   14e: 48897d00                       movq %rdi, (%rbp)
   152: 837f0807                       cmpl $0x7, 0x8(%rdi)
   156: 0f85a8010000                   jne 0x1a8
   15c: 488b4730                       movq 0x30(%rdi), %rax
   160: 4883783003                     cmpq $0x3, 0x30(%rax)
   165: 0f8599010000                   jne 0x199
   16b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   170: 0f84b1010000                   je 0x1b1
   176: 488b4740                       movq 0x40(%rdi), %rax
   17a: a801                           testb $0x1, %al
   17c: 7542                           jne 0x42
   17e: 48ff00                         incq (%rax)
   181: 48894500                       movq %rax, (%rbp)
   185: 48ff0f                         decq (%rdi)
   188: 753f                           jne 0x3f
   18a: 4c89e3                         movq %r12, %rbx
   18d: 4d89f4                         movq %r14, %r12
   190: 4d89d6                         movq %r10, %r14
   193: e800000000                     callq 0x0
        # hole +0x194: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   198: 4d89f2                         movq %r14, %r10
   19b: 4d89e6                         movq %r12, %r14
   19e: 4989dc                         movq %rbx, %r12
   1a1: b901000000                     movl $0x1, %ecx
   1a6: 498b17                         movq (%r15), %rdx
   1a9: f6c201                         testb $0x1, %dl
   1ac: 7527                           jne 0x27
   1ae: e916010000                     jmp 0x116
   1b3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1c0: 48894500                       movq %rax, (%rbp)
   1c4: 48ff0f                         decq (%rdi)
   1c7: 74c1                           je -0x3f
   1c9: 498b17                         movq (%r15), %rdx
   1cc: f6c201                         testb $0x1, %dl
   1cf: 0f84f4000000                   je 0xf4
   1d5: 488b4500                       movq (%rbp), %rax
   1d9: a801                           testb $0x1, %al
   1db: 0f84e8000000                   je 0xe8
   1e1: 48d1fa                         sarq %rdx
   1e4: 48d1f8                         sarq %rax
   1e7: 4801d0                         addq %rdx, %rax
   1ea: 4889c2                         movq %rax, %rdx
   1ed: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   1f7: 4801f2                         addq %rsi, %rdx
   1fa: 0f8958010000                   jns 0x158
   200: 488d044501000000               leaq 0x1(,%rax,2), %rax
   208: 498b5d00                       movq (%r13), %rbx
   20c: 49895d08                       movq %rbx, 0x8(%r13)
   210: 49894500                       movq %rax, (%r13)
   214: 41b996000000                   movl $0x96, %r9d
   21a: 41b80f000000                   movl $0xf, %r8d
   220: f6c301                         testb $0x1, %bl
   223: 0f8510010000                   jne 0x110
   229: 837b0807                       cmpl $0x7, 0x8(%rbx)
   22d: 0f8506010000                   jne 0x106
   233: 48837b3802                     cmpq $0x2, 0x38(%rbx)
   238: 0f82fb000000                   jb 0xfb
   23e: 488b7b48                       movq 0x48(%rbx), %rdi
   242: 48894348                       movq %rax, 0x48(%rbx)
   246: 40f6c701                       testb $0x1, %dil
   24a: 7514                           jne 0x14
   24c: 48ff0f                         decq (%rdi)
   24f: 750f                           jne 0xf
   251: e800000000                     callq 0x0
        # hole +0x252: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   256: 49ba0000000000000000           movabsq $0x0, %r10
        # hole +0x258: R_X86_64_64 Abs64 operand0[6]+0
   260: 48ff0b                         decq (%rbx)
   263: 750e                           jne 0xe
   265: 4889df                         movq %rbx, %rdi
   268: 4c89d3                         movq %r10, %rbx
   26b: e800000000                     callq 0x0
        # hole +0x26c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   270: 4989da                         movq %rbx, %r10
   273: 498b4608                       movq 0x8(%r14), %rax
   277: 48ffc0                         incq %rax
   27a: 49894608                       movq %rax, 0x8(%r14)
   27e: 493b4610                       cmpq 0x10(%r14), %rax
   282: 0f8db6000000                   jge 0xb6
   288: 49833e00                       cmpq $0x0, (%r14)
   28c: 0f8481fdffff                   je -0x27f
   292: e9ae000000                     jmp 0xae
   297: 4c89e3                         movq %r12, %rbx
   29a: 4d89f4                         movq %r14, %r12
   29d: 4d89d6                         movq %r10, %r14
   2a0: e800000000                     callq 0x0
        # hole +0x2a1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2a5: 4d89f2                         movq %r14, %r10
   2a8: 4d89e6                         movq %r12, %r14
   2ab: 4989dc                         movq %rbx, %r12
   2ae: b901000000                     movl $0x1, %ecx
   2b3: 488b4318                       movq 0x18(%rbx), %rax
   2b7: 488b38                         movq (%rax), %rdi
   2ba: 40f6c701                       testb $0x1, %dil
   2be: 0f84ddfdffff                   je -0x223
   2c4: e9dbfdffff                     jmp -0x225
   2c9: 4983c518                       addq $0x18, %r13
   2cd: 41b978000000                   movl $0x78, %r9d
   2d3: 41b80c000000                   movl $0xc, %r8d
   2d9: 4c89e7                         movq %r12, %rdi
   2dc: 4c89ee                         movq %r13, %rsi
   2df: 4c89f2                         movq %r14, %rdx
   2e2: 5d                             popq %rbp
   2e3: e900000000                     jmp 0x0
        # hole +0x2e4: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   2e8: 4d89fd                         movq %r15, %r13
   2eb: ebec                           jmp -0x14
   2ed: 41b914000000                   movl $0x14, %r9d
   2f3: 41b802000000                   movl $0x2, %r8d
   2f9: b902000000                     movl $0x2, %ecx
   2fe: ebd9                           jmp -0x27
   300: 49897d10                       movq %rdi, 0x10(%r13)
   304: 4983c518                       addq $0x18, %r13
   308: 41b964000000                   movl $0x64, %r9d
   30e: 41b80a000000                   movl $0xa, %r8d
   314: ebc3                           jmp -0x3d
   316: 41b950000000                   movl $0x50, %r9d
   31c: 41b808000000                   movl $0x8, %r8d
   322: 4989ed                         movq %rbp, %r13
   325: ebb2                           jmp -0x4e
   327: 4983c518                       addq $0x18, %r13
   32b: 41b96e000000                   movl $0x6e, %r9d
   331: 41b80b000000                   movl $0xb, %r8d
   337: eba0                           jmp -0x60
   339: 4989ed                         movq %rbp, %r13
   33c: eb9b                           jmp -0x65
   33e: 49c70601000000                 movq $0x1, (%r14)
   345: 41b9a0000000                   movl $0xa0, %r9d
   34b: 41b810000000                   movl $0x10, %r8d
   351: b902000000                     movl $0x2, %ecx
   356: eb81                           jmp -0x7f
   358: 4983c518                       addq $0x18, %r13
   35c: 41b982000000                   movl $0x82, %r9d
   362: 41b80d000000                   movl $0xd, %r8d
   368: e96cffffff                     jmp -0x94
