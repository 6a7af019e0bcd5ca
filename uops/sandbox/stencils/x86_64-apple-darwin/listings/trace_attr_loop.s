# stencil attr_loop for x86_64-apple-darwin: 890 code bytes, 8 data bytes, 9 holes
     0: 55                             pushq %rbp
     1: 4d8d7d08                       leaq 0x8(%r13), %r15
     5: 498d6d10                       leaq 0x10(%r13), %rbp
     9: 4c8b1500000000                 movq (%rip), %r10
        # hole +0xc: X86_64_RELOC_GOT_LOAD Rel32 data-4
    10: 498b45f8                       movq -0x8(%r13), %rax
    14: 41b90a000000                   movl $0xa, %r9d
    1a: 41b801000000                   movl $0x1, %r8d
    20: b901000000                     movl $0x1, %ecx
    25: a801                           testb $0x1, %al
    27: 0f85b9020000                   jne 0x2b9
    2d: 83780804                       cmpl $0x4, 0x8(%rax)
    31: 0f85af020000                   jne 0x2af
    37: 488b7840                       movq 0x40(%rax), %rdi
    3b: 488b5030                       movq 0x30(%rax), %rdx
    3f: 488b7038                       movq 0x38(%rax), %rsi
    43: 4885ff                         testq %rdi, %rdi
    46: 7e18                           jle 0x18
    48: 4839f2                         cmpq %rsi, %rdx
    4b: 7c1c                           jl 0x1c
    4d: e9a8020000                     jmp 0x2a8
    52: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e91020000                   jle 0x291
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
    92: 0f840c020000                   je 0x20c
    98: 488b38                         movq (%rax), %rdi
    9b: 40f6c701                       testb $0x1, %dil
    9f: 7503                           jne 0x3
    a1: 48ff07                         incq (%rdi)
    a4: 49897d00                       movq %rdi, (%r13)
    a8: 41b93c000000                   movl $0x3c, %r9d
    ae: 41b806000000                   movl $0x6, %r8d
    b4: 40f6c701                       testb $0x1, %dil
    b8: 0f8537020000                   jne 0x237
    be: 837f0807                       cmpl $0x7, 0x8(%rdi)
    c2: 0f852d020000                   jne 0x22d
    c8: 4c89d0                         movq %r10, %rax
    cb: 488b5730                       movq 0x30(%rdi), %rdx
    cf: 48394230                       cmpq %rax, 0x30(%rdx)
    d3: 0f851c020000                   jne 0x21c
    d9: 488b07                         movq (%rdi), %rax
    dc: 48ffc0                         incq %rax
    df: 488907                         movq %rax, (%rdi)
    e2: 49893f                         movq %rdi, (%r15)
    e5: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    ea: 0f8433020000                   je 0x233
    f0: 488b5740                       movq 0x40(%rdi), %rdx
    f4: f6c201                         testb $0x1, %dl
    f7: 7547                           jne 0x47
    f9: 48ff02                         incq (%rdx)
    fc: 488b07                         movq (%rdi), %rax
    ff: 498917                         movq %rdx, (%r15)
   102: 48ffc8                         decq %rax
   105: 488907                         movq %rax, (%rdi)
   108: 7541                           jne 0x41
   10a: 4c89e3                         movq %r12, %rbx
   10d: 4d89f4                         movq %r14, %r12
   110: 4d89d6                         movq %r10, %r14
   113: e800000000                     callq 0x0
        # hole +0x114: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   118: 4d89f2                         movq %r14, %r10
   11b: 4d89e6                         movq %r12, %r14
   11e: 4989dc                         movq %rbx, %r12
   121: b901000000                     movl $0x1, %ecx
   126: 498b442418                     movq 0x18(%r12), %rax
   12b: 488b7810                       movq 0x10(%rax), %rdi
   12f: 40f6c701                       testb $0x1, %dil
   133: 7429                           je 0x29
   135: e9d3010000                     jmp 0x1d3
   13a: 660f1f440000                   nopw (%rax,%rax)
   140: 498917                         movq %rdx, (%r15)
   143: 48ffc8                         decq %rax
   146: 488907                         movq %rax, (%rdi)
   149: 74bf                           je -0x41
   14b: 498b442418                     movq 0x18(%r12), %rax
   150: 488b7810                       movq 0x10(%rax), %rdi
   154: 40f6c701                       testb $0x1, %dil
   158: 0f85af010000                   jne 0x1af
   15e: 48ff07                         incq (%rdi)
   161: 48897d00                       movq %rdi, (%rbp)
   165: 837f0807                       cmpl $0x7, 0x8(%rdi)
   169: 0f85a2010000                   jne 0x1a2
   16f: 488b4730                       movq 0x30(%rdi), %rax
   173: 4883783003                     cmpq $0x3, 0x30(%rax)
   178: 0f8593010000                   jne 0x193
   17e: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   183: 0f84ab010000                   je 0x1ab
   189: 488b4740                       movq 0x40(%rdi), %rax
   18d: a801                           testb $0x1, %al
   18f: 753f                           jne 0x3f
   191: 48ff00                         incq (%rax)
   194: 48894500                       movq %rax, (%rbp)
   198: 48ff0f                         decq (%rdi)
   19b: 753c                           jne 0x3c
   19d: 4c89e3                         movq %r12, %rbx
   1a0: 4d89f4                         movq %r14, %r12
   1a3: 4d89d6                         movq %r10, %r14
   1a6: e800000000                     callq 0x0
        # hole +0x1a7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1ab: 4d89f2                         movq %r14, %r10
   1ae: 4d89e6                         movq %r12, %r14
   1b1: 4989dc                         movq %rbx, %r12
   1b4: b901000000                     movl $0x1, %ecx
   1b9: 498b17                         movq (%r15), %rdx
   1bc: f6c201                         testb $0x1, %dl
   1bf: 7524                           jne 0x24
   1c1: e910010000                     jmp 0x110
   1c6: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   1d0: 48894500                       movq %rax, (%rbp)
   1d4: 48ff0f                         decq (%rdi)
   1d7: 74c4                           je -0x3c
   1d9: 498b17                         movq (%r15), %rdx
   1dc: f6c201                         testb $0x1, %dl
   1df: 0f84f1000000                   je 0xf1
   1e5: 488b4500                       movq (%rbp), %rax
   1e9: a801                           testb $0x1, %al
   1eb: 0f84e5000000                   je 0xe5
   1f1: 48d1fa                         sarq %rdx
   1f4: 48d1f8                         sarq %rax
   1f7: 4801d0                         addq %rdx, %rax
   1fa: 4889c2                         movq %rax, %rdx
   1fd: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   207: 4801f2                         addq %rsi, %rdx
   20a: 0f8955010000                   jns 0x155
   210: 488d044501000000               leaq 0x1(,%rax,2), %rax
   218: 498b5d00                       movq (%r13), %rbx
   21c: 49895d08                       movq %rbx, 0x8(%r13)
   220: 49894500                       movq %rax, (%r13)
   224: 41b996000000                   movl $0x96, %r9d
   22a: 41b80f000000                   movl $0xf, %r8d
   230: f6c301                         testb $0x1, %bl
   233: 0f850d010000                   jne 0x10d
   239: 837b0807                       cmpl $0x7, 0x8(%rbx)
   23d: 0f8503010000                   jne 0x103
   243: 48837b3802                     cmpq $0x2, 0x38(%rbx)
   248: 0f82f8000000                   jb 0xf8
   24e: 488b7b48                       movq 0x48(%rbx), %rdi
   252: 48894348                       movq %rax, 0x48(%rbx)
   256: 40f6c701                       testb $0x1, %dil
   25a: 7511                           jne 0x11
   25c: 48ff0f                         decq (%rdi)
   25f: 750c                           jne 0xc
   261: e800000000                     callq 0x0
        # hole +0x262: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   266: 4c8b1500000000                 movq (%rip), %r10
        # hole +0x269: X86_64_RELOC_GOT_LOAD Rel32 data-4
   26d: 48ff0b                         decq (%rbx)
   270: 750e                           jne 0xe
   272: 4889df                         movq %rbx, %rdi
   275: 4c89d3                         movq %r10, %rbx
   278: e800000000                     callq 0x0
        # hole +0x279: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   27d: 4989da                         movq %rbx, %r10
   280: 498b4608                       movq 0x8(%r14), %rax
   284: 48ffc0                         incq %rax
   287: 49894608                       movq %rax, 0x8(%r14)
   28b: 493b4610                       cmpq 0x10(%r14), %rax
   28f: 0f8db6000000                   jge 0xb6
   295: 49833e00                       cmpq $0x0, (%r14)
   299: 0f8471fdffff                   je -0x28f
   29f: e9ae000000                     jmp 0xae
   2a4: 4c89e3                         movq %r12, %rbx
   2a7: 4d89f4                         movq %r14, %r12
   2aa: 4d89d6                         movq %r10, %r14
   2ad: e800000000                     callq 0x0
        # hole +0x2ae: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2b2: 4d89f2                         movq %r14, %r10
   2b5: 4d89e6                         movq %r12, %r14
   2b8: 4989dc                         movq %rbx, %r12
   2bb: b901000000                     movl $0x1, %ecx
   2c0: 488b4318                       movq 0x18(%rbx), %rax
   2c4: 488b38                         movq (%rax), %rdi
   2c7: 40f6c701                       testb $0x1, %dil
   2cb: 0f84d0fdffff                   je -0x230
   2d1: e9cefdffff                     jmp -0x232
   2d6: 4983c518                       addq $0x18, %r13
   2da: 41b978000000                   movl $0x78, %r9d
   2e0: 41b80c000000                   movl $0xc, %r8d
   2e6: 4c89e7                         movq %r12, %rdi
   2e9: 4c89ee                         movq %r13, %rsi
   2ec: 4c89f2                         movq %r14, %rdx
   2ef: 5d                             popq %rbp
   2f0: e900000000                     jmp 0x0
        # hole +0x2f1: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   2f5: 4d89fd                         movq %r15, %r13
   2f8: ebec                           jmp -0x14
   2fa: 41b914000000                   movl $0x14, %r9d
   300: 41b802000000                   movl $0x2, %r8d
   306: b902000000                     movl $0x2, %ecx
   30b: ebd9                           jmp -0x27
   30d: 49897d10                       movq %rdi, 0x10(%r13)
   311: 4983c518                       addq $0x18, %r13
   315: 41b964000000                   movl $0x64, %r9d
   31b: 41b80a000000                   movl $0xa, %r8d
   321: ebc3                           jmp -0x3d
   323: 41b950000000                   movl $0x50, %r9d
   329: 41b808000000                   movl $0x8, %r8d
   32f: 4989ed                         movq %rbp, %r13
   332: ebb2                           jmp -0x4e
   334: 4983c518                       addq $0x18, %r13
   338: 41b96e000000                   movl $0x6e, %r9d
   33e: 41b80b000000                   movl $0xb, %r8d
   344: eba0                           jmp -0x60
   346: 4989ed                         movq %rbp, %r13
   349: eb9b                           jmp -0x65
   34b: 49c70601000000                 movq $0x1, (%r14)
   352: 41b9a0000000                   movl $0xa0, %r9d
   358: 41b810000000                   movl $0x10, %r8d
   35e: b902000000                     movl $0x2, %ecx
   363: eb81                           jmp -0x7f
   365: 4983c518                       addq $0x18, %r13
   369: 41b982000000                   movl $0x82, %r9d
   36f: 41b80d000000                   movl $0xd, %r8d
   375: e96cffffff                     jmp -0x94
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
