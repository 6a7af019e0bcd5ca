# stencil attr_loop for x86_64-unknown-linux-gnu: 885 code bytes, 0 data bytes, 9 holes
     0: 55                             pushq %rbp
     1: 4d8d7d08                       leaq 0x8(%r13), %r15
     5: 498d6d10                       leaq 0x10(%r13), %rbp
     9: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xb: R_X86_64_64 Abs64 operand0[6]+0
    13: 498b7df8                       movq -0x8(%r13), %rdi
    17: 41b90a000000                   movl $0xa, %r9d
    1d: b801000000                     movl $0x1, %eax
    22: b901000000                     movl $0x1, %ecx
    27: 40f6c701                       testb $0x1, %dil
    2b: 0f85a6020000                   jne 0x2a6
    31: 837f0804                       cmpl $0x4, 0x8(%rdi)
    35: 0f859c020000                   jne 0x29c
    3b: 488b4740                       movq 0x40(%rdi), %rax
    3f: 488b5730                       movq 0x30(%rdi), %rdx
    43: 488b7738                       movq 0x38(%rdi), %rsi
    47: 4885c0                         testq %rax, %rax
    4a: 7e14                           jle 0x14
    4c: 4839f2                         cmpq %rsi, %rdx
    4f: 7c18                           jl 0x18
    51: e9a2020000                     jmp 0x2a2
    56: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e8f020000                   jle 0x28f
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
    92: 0f84fe010000                   je 0x1fe
    98: 488b38                         movq (%rax), %rdi
    9b: 40f6c701                       testb $0x1, %dil
    9f: 7503                           jne 0x3
    a1: 48ff07                         incq (%rdi)
    a4: 49897d00                       movq %rdi, (%r13)
    a8: 41b93c000000                   movl $0x3c, %r9d
    ae: b806000000                     movl $0x6, %eax
    b3: 40f6c701                       testb $0x1, %dil
    b7: 0f8536020000                   jne 0x236
    bd: 837f0807                       cmpl $0x7, 0x8(%rdi)
    c1: 0f852c020000                   jne 0x22c
    c7: 4c89c6                         movq %r8, %rsi
    ca: 488b5730                       movq 0x30(%rdi), %rdx
    ce: 48397230                       cmpq %rsi, 0x30(%rdx)
    d2: 0f851b020000                   jne 0x21b
    d8: 48ff07                         incq (%rdi)
    db: 49893f                         movq %rdi, (%r15)
    de: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    e3: 0f8436020000                   je 0x236
    e9: 488b4740                       movq 0x40(%rdi), %rax
    ed: a801                           testb $0x1, %al
    ef: 753f                           jne 0x3f
    f1: 48ff00                         incq (%rax)
    f4: 498907                         movq %rax, (%r15)
    f7: 48ff0f                         decq (%rdi)
    fa: 753c                           jne 0x3c
    fc: 4c89e3                         movq %r12, %rbx
    ff: 4d89f4                         movq %r14, %r12
   102: 4d89c6                         movq %r8, %r14
   105: e800000000                     callq 0x0
        # hole +0x106: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   10a: 4d89f0                         movq %r14, %r8
   10d: 4d89e6                         movq %r12, %r14
   110: 4989dc                         movq %rbx, %r12
   113: b901000000                     movl $0x1, %ecx
   118: 498b442418                     movq 0x18(%r12), %rax
   11d: 488b7810                       movq 0x10(%rax), %rdi
   121: 40f6c701                       testb $0x1, %dil
   125: 7424                           je 0x24
   127: e9de010000                     jmp 0x1de
   12c: 0f1f4000                       nopl (%rax)
   130: 498907                         movq %rax, (%r15)
   133: 48ff0f                         decq (%rdi)
   136: 74c4                           je -0x3c
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 488b7810                       movq 0x10(%rax), %rdi
   141: 40f6c701                       testb $0x1, %dil
   145: 0f85bf010000                   jne 0x1bf
   14b: 48ff07                         incq (%rdi)
   14e: 48897d00                       movq %rdi, (%rbp)
   152: 837f0807                       cmpl $0x7, 0x8(%rdi)
   156: 0f85b2010000                   jne 0x1b2
   15c: 488b4730                       movq 0x30(%rdi), %rax
   160: 4883783003                     cmpq $0x3, 0x30(%rax)
   165: 0f85a3010000                   jne 0x1a3
   16b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   170: 0f84b9010000                   je 0x1b9
   176: 488b4740                       movq 0x40(%rdi), %rax
   17a: a801                           testb $0x1, %al
   17c: 7542                           jne 0x42
   17e: 48ff00                         incq (%rax)
   181: 48894500                       movq %rax, (%rbp)
   185: 48ff0f                         decq (%rdi)
   188: 753f                           jne 0x3f
   18a: 4c89e3                         movq %r12, %rbx
   18d: 4d89f4                         movq %r14, %r12
   190: 4d89c6                         movq %r8, %r14
   193: e800000000                     callq 0x0
        # hole +0x194: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   198: 4d89f0                         movq %r14, %r8
   19b: 4d89e6                         movq %r12, %r14
   19e: 4989dc                         movq %rbx, %r12
   1a1: b901000000                     movl $0x1, %ecx
   1a6: 498b17                         movq (%r15), %rdx
   1a9: f6c201                         testb $0x1, %dl
   1ac: 7527                           jne 0x27
   1ae: e915010000                     jmp 0x115
   1b3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1c0: 48894500                       movq %rax, (%rbp)
   1c4: 48ff0f                         decq (%rdi)
   1c7: 74c1                           je -0x3f
   1c9: 498b17                         movq (%r15), %rdx
   1cc: f6c201                         testb $0x1, %dl
   1cf: 0f84f3000000                   je 0xf3
   1d5: 488b4500                       movq (%rbp), %rax
   1d9: a801                           testb $0x1, %al
   1db: 0f84e7000000                   je 0xe7
   1e1: 48d1fa                         sarq %rdx
   1e4: 48d1f8                         sarq %rax
   1e7: 4801d0                         addq %rdx, %rax
   1ea: 4889c2                         movq %rax, %rdx
   1ed: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
   1f7: 4801f2                         addq %rsi, %rdx
   1fa: 0f8961010000                   jns 0x161
   200: 488d144501000000               leaq 0x1(,%rax,2), %rdx
   208: 498b5d00                       movq (%r13), %rbx
   20c: 49895d08                       movq %rbx, 0x8(%r13)
   210: 49895500                       movq %rdx, (%r13)
   214: 41b996000000                   movl $0x96, %r9d
   21a: b80f000000                     movl $0xf, %eax
   21f: f6c301                         testb $0x1, %bl
   222: 0f8518010000                   jne 0x118
   228: 837b0807                       cmpl $0x7, 0x8(%rbx)
   22c: 0f850e010000                   jne 0x10e
   232: 48837b3802                     cmpq $0x2, 0x38(%rbx)
   237: 0f8203010000                   jb 0x103
   23d: 488b7b48                       movq 0x48(%rbx), %rdi
   241: 48895348                       movq %rdx, 0x48(%rbx)
   245: 40f6c701                       testb $0x1, %dil
   249: 7514                           jne 0x14
   24b: 48ff0f                         decq (%rdi)
   24e: 750f                           jne 0xf
   250: e800000000                     callq 0x0
        # hole +0x251: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   255: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x257: R_X86_64_64 Abs64 operand0[6]+0
   25f: 48ff0b                         decq (%rbx)
   262: 750e                           jne 0xe
   264: 4889df                         movq %rbx, %rdi
   267: 4c89c3                         movq %r8, %rbx
   26a: e800000000                     callq 0x0
        # hole +0x26b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   26f: 4989d8                         movq %rbx, %r8
   272: 498b4608                       movq 0x8(%r14), %rax
   276: 48ffc0                         incq %rax
   279: 49894608                       movq %rax, 0x8(%r14)
   27d: 493b4610                       cmpq 0x10(%r14), %rax
   281: 0f8dbe000000                   jge 0xbe
   287: 49833e00                       cmpq $0x0, (%r14)
   28b: 0f8482fdffff                   je -0x27e
   291: e9b6000000                     jmp 0xb6
   296: 4c89e3                         movq %r12, %rbx
   299: 4d89f4                         movq %r14, %r12
   29c: 4d89c6                         movq %r8, %r14
   29f: e800000000                     callq 0x0
        # hole +0x2a0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2a4: 4d89f0                         movq %r14, %r8
   2a7: 4d89e6                         movq %r12, %r14
   2aa: 4989dc                         movq %rbx, %r12
   2ad: b901000000                     movl $0x1, %ecx
   2b2: 488b4318                       movq 0x18(%rbx), %rax
   2b6: 488b38                         movq (%rax), %rdi
   2b9: 40f6c701                       testb $0x1, %dil
   2bd: 0f84defdffff                   je -0x222
   2c3: e9dcfdffff                     jmp -0x224
   2c8: 4983c518                       addq $0x18, %r13
   2cc: 41b978000000                   movl $0x78, %r9d
   2d2: b80c000000                     movl $0xc, %eax
   2d7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2d9: R_X86_64_64 Abs64 index+0
   2e1: 4901c0                         addq %rax, %r8
   2e4: 4c89e7                         movq %r12, %rdi
   2e7: 4c89ee                         movq %r13, %rsi
   2ea: 4c89f2                         movq %r14, %rdx
   2ed: 5d                             popq %rbp
   2ee: e900000000                     jmp 0x0
        # hole +0x2ef: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   2f3: 4d89fd                         movq %r15, %r13
   2f6: ebdf                           jmp -0x21
   2f8: 41b914000000                   movl $0x14, %r9d
   2fe: b802000000                     movl $0x2, %eax
   303: b902000000                     movl $0x2, %ecx
   308: ebcd                           jmp -0x33
   30a: 49897d10                       movq %rdi, 0x10(%r13)
   30e: 4983c518                       addq $0x18, %r13
   312: 41b964000000                   movl $0x64, %r9d
   318: b80a000000                     movl $0xa, %eax
   31d: ebb8                           jmp -0x48
   31f: 41b950000000                   movl $0x50, %r9d
   325: b808000000                     movl $0x8, %eax
   32a: 4989ed                         movq %rbp, %r13
   32d: eba8                           jmp -0x58
   32f: 4983c518                       addq $0x18, %r13
   333: 41b96e000000                   movl $0x6e, %r9d
   339: b80b000000                     movl $0xb, %eax
   33e: eb97                           jmp -0x69
   340: 4989ed                         movq %rbp, %r13
   343: eb92                           jmp -0x6e
   345: 49c70601000000                 movq $0x1, (%r14)
   34c: 41b9a0000000                   movl $0xa0, %r9d
   352: b810000000                     movl $0x10, %eax
   357: b902000000                     movl $0x2, %ecx
   35c: e976ffffff                     jmp -0x8a
   361: 4983c518                       addq $0x18, %r13
   365: 41b982000000                   movl $0x82, %r9d
   36b: b80d000000                     movl $0xd, %eax
   370: e962ffffff                     jmp -0x9e
