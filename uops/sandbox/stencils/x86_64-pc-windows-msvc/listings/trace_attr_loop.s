# stencil attr_loop for x86_64-pc-windows-msvc: 1186 code bytes, 16 data bytes, 10 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4c89742448                     movq %r14, 0x48(%rsp)
     a: 4c89e1                         movq %r12, %rcx
     d: 498b442418                     movq 0x18(%r12), %rax
    12: 488b30                         movq (%rax), %rsi
    15: 488b7808                       movq 0x8(%rax), %rdi
    19: 4c8b6018                       movq 0x18(%rax), %r12
    1d: 41bf20000000                   movl $0x20, %r15d
    23: 41b001                         movb $0x1, %r8b
    26: 41ba0a000000                   movl $0xa, %r10d
    2c: 41bb01000000                   movl $0x1, %r11d
    32: 41b901000000                   movl $0x1, %r9d
    38: 41f6c401                       testb $0x1, %r12b
    3c: 0f8527020000                   jne 0x227
    42: 48894c2440                     movq %rcx, 0x40(%rsp)
    47: 4889fb                         movq %rdi, %rbx
    4a: 4c8b7810                       movq 0x10(%rax), %r15
    4e: 48897c2438                     movq %rdi, 0x38(%rsp)
    53: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    60: 41837c240804                   cmpl $0x4, 0x8(%r12)
    66: 0f859f020000                   jne 0x29f
    6c: 498b442440                     movq 0x40(%r12), %rax
    71: 4885c0                         testq %rax, %rax
    74: 7e1a                           jle 0x1a
    76: 498b7c2430                     movq 0x30(%r12), %rdi
    7b: 493b7c2438                     cmpq 0x38(%r12), %rdi
    80: 7c1e                           jl 0x1e
    82: e9a7020000                     jmp 0x2a7
    87: 660f1f840000000000             nopw (%rax,%rax)
    90: 498b7c2430                     movq 0x30(%r12), %rdi
    95: 493b7c2438                     cmpq 0x38(%r12), %rdi
    9a: 0f8e8e020000                   jle 0x28e
    a0: 4801f8                         addq %rdi, %rax
    a3: 4989442430                     movq %rax, 0x30(%r12)
    a8: f6c301                         testb $0x1, %bl
    ab: 7513                           jne 0x13
    ad: 48ff0b                         decq (%rbx)
    b0: 750e                           jne 0xe
    b2: 4889d9                         movq %rbx, %rcx
    b5: e800000000                     callq 0x0
        # hole +0xb6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    ba: 660f1f440000                   nopw (%rax,%rax)
    c0: 488d1c7d01000000               leaq 0x1(,%rdi,2), %rbx
    c8: 40f6c601                       testb $0x1, %sil
    cc: 0f8585020000                   jne 0x285
    d2: 48ff06                         incq (%rsi)
    d5: b001                           movb $0x1, %al
    d7: 837e0807                       cmpl $0x7, 0x8(%rsi)
    db: 0f8598020000                   jne 0x298
    e1: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xe4: IMAGE_REL_AMD64_REL32 Rel32 data-4
    e8: 488b5630                       movq 0x30(%rsi), %rdx
    ec: 48394a30                       cmpq %rcx, 0x30(%rdx)
    f0: 0f8583020000                   jne 0x283
    f6: 488b06                         movq (%rsi), %rax
    f9: 48ffc0                         incq %rax
    fc: 488906                         movq %rax, (%rsi)
    ff: 48837e3800                     cmpq $0x0, 0x38(%rsi)
   104: 0f8411030000                   je 0x311
   10a: 488b7e40                       movq 0x40(%rsi), %rdi
   10e: 40f6c701                       testb $0x1, %dil
   112: 752c                           jne 0x2c
   114: 48ff07                         incq (%rdi)
   117: 488b06                         movq (%rsi), %rax
   11a: 48ffc8                         decq %rax
   11d: 488906                         movq %rax, (%rsi)
   120: 7526                           jne 0x26
   122: 4889f1                         movq %rsi, %rcx
   125: e800000000                     callq 0x0
        # hole +0x126: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12a: 41b501                         movb $0x1, %r13b
   12d: 41f6c701                       testb $0x1, %r15b
   131: 7422                           je 0x22
   133: e997010000                     jmp 0x197
   138: 0f1f840000000000               nopl (%rax,%rax)
   140: 48ffc8                         decq %rax
   143: 488906                         movq %rax, (%rsi)
   146: 74da                           je -0x26
   148: 41b501                         movb $0x1, %r13b
   14b: 41f6c701                       testb $0x1, %r15b
   14f: 0f857a010000                   jne 0x17a
   155: 49ff07                         incq (%r15)
   158: 41837f0807                     cmpl $0x7, 0x8(%r15)
   15d: 0f856c010000                   jne 0x16c
   163: 498b4730                       movq 0x30(%r15), %rax
   167: 4883783003                     cmpq $0x3, 0x30(%rax)
   16c: 0f855d010000                   jne 0x15d
   172: 49837f3800                     cmpq $0x0, 0x38(%r15)
   177: 0f84b2020000                   je 0x2b2
   17d: 498b6f40                       movq 0x40(%r15), %rbp
   181: 40f6c501                       testb $0x1, %bpl
   185: 7529                           jne 0x29
   187: 48ff4500                       incq (%rbp)
   18b: 49ff0f                         decq (%r15)
   18e: 7525                           jne 0x25
   190: 4c89f9                         movq %r15, %rcx
   193: e800000000                     callq 0x0
        # hole +0x194: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   198: 40f6c701                       testb $0x1, %dil
   19c: 7521                           jne 0x21
   19e: e946010000                     jmp 0x146
   1a3: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1b0: 49ff0f                         decq (%r15)
   1b3: 74db                           je -0x25
   1b5: 40f6c701                       testb $0x1, %dil
   1b9: 0f842a010000                   je 0x12a
   1bf: 40f6c501                       testb $0x1, %bpl
   1c3: 0f8420010000                   je 0x120
   1c9: 4889f9                         movq %rdi, %rcx
   1cc: 48d1f9                         sarq %rcx
   1cf: 4889e8                         movq %rbp, %rax
   1d2: 48d1f8                         sarq %rax
   1d5: 4801c8                         addq %rcx, %rax
   1d8: 4889c1                         movq %rax, %rcx
   1db: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1e5: 4801d1                         addq %rdx, %rcx
   1e8: 0f895e020000                   jns 0x25e
   1ee: 4c8d344501000000               leaq 0x1(,%rax,2), %r14
   1f6: 837e0807                       cmpl $0x7, 0x8(%rsi)
   1fa: 0f8566020000                   jne 0x266
   200: 48837e3802                     cmpq $0x2, 0x38(%rsi)
   205: 488b7c2448                     movq 0x48(%rsp), %rdi
   20a: 0f8256020000                   jb 0x256
   210: 488b4e48                       movq 0x48(%rsi), %rcx
   214: 4c897648                       movq %r14, 0x48(%rsi)
   218: f6c101                         testb $0x1, %cl
   21b: 7505                           jne 0x5
   21d: 48ff09                         decq (%rcx)
   220: 743b                           je 0x3b
   222: 48ff0e                         decq (%rsi)
   225: 7508                           jne 0x8
   227: 4889f1                         movq %rsi, %rcx
   22a: e800000000                     callq 0x0
        # hole +0x22b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   22f: 488b4708                       movq 0x8(%rdi), %rax
   233: 48ffc0                         incq %rax
   236: 48894708                       movq %rax, 0x8(%rdi)
   23a: 483b4710                       cmpq 0x10(%rdi), %rax
   23e: 0f8d55010000                   jge 0x155
   244: 48833f00                       cmpq $0x0, (%rdi)
   248: 0f856b010000                   jne 0x16b
   24e: 41f6c401                       testb $0x1, %r12b
   252: 0f8408feffff                   je -0x1f8
   258: e982010000                     jmp 0x182
   25d: e800000000                     callq 0x0
        # hole +0x25e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   262: 48ff0e                         decq (%rsi)
   265: 75c8                           jne -0x38
   267: ebbe                           jmp -0x42
   269: 31c0                           xorl %eax, %eax
   26b: 4889fb                         movq %rdi, %rbx
   26e: 4531ed                         xorl %r13d, %r13d
   271: 488b5118                       movq 0x18(%rcx), %rdx
   275: 4839fb                         cmpq %rdi, %rbx
   278: 7408                           je 0x8
   27a: 48895a08                       movq %rbx, 0x8(%rdx)
   27e: 488b5118                       movq 0x18(%rcx), %rdx
   282: 4584c0                         testb %r8b, %r8b
   285: 7521                           jne 0x21
   287: 4c897220                       movq %r14, 0x20(%rdx)
   28b: 488b5118                       movq 0x18(%rcx), %rdx
   28f: 84c0                           testb %al, %al
   291: 7515                           jne 0x15
   293: 48897228                       movq %rsi, 0x28(%rdx)
   297: 488b5118                       movq 0x18(%rcx), %rdx
   29b: 4584ed                         testb %r13b, %r13b
   29e: 7408                           je 0x8
   2a0: 48896a30                       movq %rbp, 0x30(%rdx)
   2a4: 488b5118                       movq 0x18(%rcx), %rdx
   2a8: 4c8b442448                     movq 0x48(%rsp), %r8
   2ad: 4c01fa                         addq %r15, %rdx
   2b0: 488b0500000000                 movq (%rip), %rax
        # hole +0x2b3: IMAGE_REL_AMD64_REL32 Rel32 data+4
   2b7: 4c01d8                         addq %r11, %rax
   2ba: 4c89542428                     movq %r10, 0x28(%rsp)
   2bf: 4889442420                     movq %rax, 0x20(%rsp)
   2c4: e800000000                     callq 0x0
        # hole +0x2c5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   2c9: 4883c450                       addq $0x50, %rsp
   2cd: 5d                             popq %rbp
   2ce: c3                             retq
   2cf: 4989f6                         movq %rsi, %r14
   2d2: 4889fe                         movq %rdi, %rsi
   2d5: 4c89fd                         movq %r15, %rbp
   2d8: 4531c0                         xorl %r8d, %r8d
   2db: 41bb0a000000                   movl $0xa, %r11d
   2e1: 41ba64000000                   movl $0x64, %r10d
   2e7: eb15                           jmp 0x15
   2e9: 4531c0                         xorl %r8d, %r8d
   2ec: 4989f6                         movq %rsi, %r14
   2ef: 4889fe                         movq %rdi, %rsi
   2f2: 41bb0c000000                   movl $0xc, %r11d
   2f8: 41ba78000000                   movl $0x78, %r10d
   2fe: 31c0                           xorl %eax, %eax
   300: 41bf38000000                   movl $0x38, %r15d
   306: e975010000                     jmp 0x175
   30b: 31c0                           xorl %eax, %eax
   30d: 4531ed                         xorl %r13d, %r13d
   310: 488b4c2440                     movq 0x40(%rsp), %rcx
   315: 41b901000000                   movl $0x1, %r9d
   31b: 488b7c2438                     movq 0x38(%rsp), %rdi
   320: 41b001                         movb $0x1, %r8b
   323: 41ba0a000000                   movl $0xa, %r10d
   329: e9cf000000                     jmp 0xcf
   32e: 41ba14000000                   movl $0x14, %r10d
   334: 41bb02000000                   movl $0x2, %r11d
   33a: 41b902000000                   movl $0x2, %r9d
   340: 31c0                           xorl %eax, %eax
   342: 4531ed                         xorl %r13d, %r13d
   345: 488b4c2440                     movq 0x40(%rsp), %rcx
   34a: 488b7c2438                     movq 0x38(%rsp), %rdi
   34f: 41b001                         movb $0x1, %r8b
   352: e9ac000000                     jmp 0xac
   357: 41bf28000000                   movl $0x28, %r15d
   35d: b001                           movb $0x1, %al
   35f: 41ba3c000000                   movl $0x3c, %r10d
   365: 41bb06000000                   movl $0x6, %r11d
   36b: 4531c0                         xorl %r8d, %r8d
   36e: 4989f6                         movq %rsi, %r14
   371: 4531ed                         xorl %r13d, %r13d
   374: e907010000                     jmp 0x107
   379: 4531c0                         xorl %r8d, %r8d
   37c: 4989f6                         movq %rsi, %r14
   37f: 41bb06000000                   movl $0x6, %r11d
   385: 41ba3c000000                   movl $0x3c, %r10d
   38b: 4531ed                         xorl %r13d, %r13d
   38e: 41bf28000000                   movl $0x28, %r15d
   394: e9e7000000                     jmp 0xe7
   399: 48c70701000000                 movq $0x1, (%rdi)
   3a0: 41b001                         movb $0x1, %r8b
   3a3: 41baa0000000                   movl $0xa0, %r10d
   3a9: 41bb10000000                   movl $0x10, %r11d
   3af: 41b902000000                   movl $0x2, %r9d
   3b5: 31c0                           xorl %eax, %eax
   3b7: eb17                           jmp 0x17
   3b9: 41baa0000000                   movl $0xa0, %r10d
   3bf: 41bb10000000                   movl $0x10, %r11d
   3c5: 41b902000000                   movl $0x2, %r9d
   3cb: 31c0                           xorl %eax, %eax
   3cd: 41b001                         movb $0x1, %r8b
   3d0: 4531ed                         xorl %r13d, %r13d
   3d3: 488b4c2440                     movq 0x40(%rsp), %rcx
   3d8: 488b7c2438                     movq 0x38(%rsp), %rdi
   3dd: eb24                           jmp 0x24
   3df: 41ba0a000000                   movl $0xa, %r10d
   3e5: 31c0                           xorl %eax, %eax
   3e7: 41b001                         movb $0x1, %r8b
   3ea: 4531ed                         xorl %r13d, %r13d
   3ed: 488b4c2440                     movq 0x40(%rsp), %rcx
   3f2: 41b901000000                   movl $0x1, %r9d
   3f8: 488b7c2438                     movq 0x38(%rsp), %rdi
   3fd: 41bb01000000                   movl $0x1, %r11d
   403: 41bf20000000                   movl $0x20, %r15d
   409: 488b5118                       movq 0x18(%rcx), %rdx
   40d: 4839fb                         cmpq %rdi, %rbx
   410: 0f8564feffff                   jne -0x19c
   416: e967feffff                     jmp -0x199
   41b: 41ba50000000                   movl $0x50, %r10d
   421: 41bb08000000                   movl $0x8, %r11d
   427: 4531c0                         xorl %r8d, %r8d
   42a: 4989f6                         movq %rsi, %r14
   42d: eb46                           jmp 0x46
   42f: 4989f6                         movq %rsi, %r14
   432: 4889fe                         movq %rdi, %rsi
   435: 4c89fd                         movq %r15, %rbp
   438: 41bb0b000000                   movl $0xb, %r11d
   43e: 41ba6e000000                   movl $0x6e, %r10d
   444: 4531c0                         xorl %r8d, %r8d
   447: e9b2feffff                     jmp -0x14e
   44c: 41ba82000000                   movl $0x82, %r10d
   452: 41bb0d000000                   movl $0xd, %r11d
   458: 4531c0                         xorl %r8d, %r8d
   45b: 4989f6                         movq %rsi, %r14
   45e: 4889fe                         movq %rdi, %rsi
   461: e998feffff                     jmp -0x168
   466: 4531c0                         xorl %r8d, %r8d
   469: 41bb0f000000                   movl $0xf, %r11d
   46f: 41ba96000000                   movl $0x96, %r10d
   475: 31c0                           xorl %eax, %eax
   477: 4531ed                         xorl %r13d, %r13d
   47a: 41bf30000000                   movl $0x30, %r15d
   480: 488b4c2440                     movq 0x40(%rsp), %rcx
   485: 41b901000000                   movl $0x1, %r9d
   48b: 488b7c2438                     movq 0x38(%rsp), %rdi
   490: 488b5118                       movq 0x18(%rcx), %rdx
   494: 4839fb                         cmpq %rdi, %rbx
   497: 0f84e5fdffff                   je -0x21b
   49d: e9d8fdffff                     jmp -0x228
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
