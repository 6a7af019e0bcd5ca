# stencil attr_loop for x86_64-unknown-linux-gnu: 2025 code bytes, 0 data bytes, 13 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b5818                       movq 0x18(%rax), %rbx
     e: 41b90a000000                   movl $0xa, %r9d
    14: bd01000000                     movl $0x1, %ebp
    19: b901000000                     movl $0x1, %ecx
    1e: f6c301                         testb $0x1, %bl
    21: 7537                           jne 0x37
    23: 837b0804                       cmpl $0x4, 0x8(%rbx)
    27: 7531                           jne 0x31
    29: 4c8b38                         movq (%rax), %r15
    2c: 4c8b6808                       movq 0x8(%rax), %r13
    30: 4c8b5810                       movq 0x10(%rax), %r11
    34: 488b4340                       movq 0x40(%rbx), %rax
    38: 488b6b30                       movq 0x30(%rbx), %rbp
    3c: 488b4b38                       movq 0x38(%rbx), %rcx
    40: 4885c0                         testq %rax, %rax
    43: 7e3f                           jle 0x3f
    45: 4839cd                         cmpq %rcx, %rbp
    48: 7c3f                           jl 0x3f
    4a: 41b914000000                   movl $0x14, %r9d
    50: bd02000000                     movl $0x2, %ebp
    55: b902000000                     movl $0x2, %ecx
    5a: 498b542418                     movq 0x18(%r12), %rdx
    5f: be20000000                     movl $0x20, %esi
    64: 4801d6                         addq %rdx, %rsi
    67: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x69: R_X86_64_64 Abs64 index+0
    71: 4901e8                         addq %rbp, %r8
    74: 4c89e7                         movq %r12, %rdi
    77: 4c89f2                         movq %r14, %rdx
    7a: 4883c420                       addq $0x20, %rsp
    7e: 5d                             popq %rbp
    7f: e900000000                     jmp 0x0
        # hole +0x80: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    84: 4839cd                         cmpq %rcx, %rbp
    87: 7ec1                           jle -0x3f
    89: 4801e8                         addq %rbp, %rax
    8c: 48894330                       movq %rax, 0x30(%rbx)
    90: 41f6c501                       testb $0x1, %r13b
    94: 7522                           jne 0x22
    96: 49ff4d00                       decq (%r13)
    9a: 751c                           jne 0x1c
    9c: 4c89ef                         movq %r13, %rdi
    9f: 4c893424                       movq %r14, (%rsp)
    a3: 4d89fe                         movq %r15, %r14
    a6: 4d89df                         movq %r11, %r15
    a9: e800000000                     callq 0x0
        # hole +0xaa: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    ae: 4d89fb                         movq %r15, %r11
    b1: 4d89f7                         movq %r14, %r15
    b4: 4c8b3424                       movq (%rsp), %r14
    b8: 488d3c6d01000000               leaq 0x1(,%rbp,2), %rdi
    c0: 41f6c701                       testb $0x1, %r15b
    c4: 756b                           jne 0x6b
    c6: 49ff07                         incq (%r15)
    c9: be28000000                     movl $0x28, %esi
    ce: b001                           movb $0x1, %al
    d0: 41b93c000000                   movl $0x3c, %r9d
    d6: bd06000000                     movl $0x6, %ebp
    db: 41837f0807                     cmpl $0x7, 0x8(%r15)
    e0: 756d                           jne 0x6d
    e2: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0xe4: R_X86_64_64 Abs64 operand0[6]+0
    ec: 498b5730                       movq 0x30(%r15), %rdx
    f0: 48394a30                       cmpq %rcx, 0x30(%rdx)
    f4: 7559                           jne 0x59
    f6: 498b07                         movq (%r15), %rax
    f9: 48ffc0                         incq %rax
    fc: 498907                         movq %rax, (%r15)
    ff: be30000000                     movl $0x30, %esi
   104: 49837f3800                     cmpq $0x0, 0x38(%r15)
   109: 0f84d1050000                   je 0x5d1
   10f: 498b5740                       movq 0x40(%r15), %rdx
   113: f6c201                         testb $0x1, %dl
   116: 7549                           jne 0x49
   118: 48ff02                         incq (%rdx)
   11b: 498b07                         movq (%r15), %rax
   11e: 48ffc8                         decq %rax
   121: 498907                         movq %rax, (%r15)
   124: 7443                           je 0x43
   126: 41f6c301                       testb $0x1, %r11b
   12a: 7478                           je 0x78
   12c: e9bd000000                     jmp 0xbd
   131: be28000000                     movl $0x28, %esi
   136: b001                           movb $0x1, %al
   138: 41b93c000000                   movl $0x3c, %r9d
   13e: bd06000000                     movl $0x6, %ebp
   143: b901000000                     movl $0x1, %ecx
   148: 31db                           xorl %ebx, %ebx
   14a: 4d89fa                         movq %r15, %r10
   14d: eb0a                           jmp 0xa
   14f: 31db                           xorl %ebx, %ebx
   151: 4d89fa                         movq %r15, %r10
   154: b901000000                     movl $0x1, %ecx
   159: 4531db                         xorl %r11d, %r11d
   15c: e9b2000000                     jmp 0xb2
   161: 48ffc8                         decq %rax
   164: 498907                         movq %rax, (%r15)
   167: 75bd                           jne -0x43
   169: 4c896c2408                     movq %r13, 0x8(%rsp)
   16e: 4989fd                         movq %rdi, %r13
   171: 4c89ff                         movq %r15, %rdi
   174: 4c895c2418                     movq %r11, 0x18(%rsp)
   179: 48891424                       movq %rdx, (%rsp)
   17d: e800000000                     callq 0x0
        # hole +0x17e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   182: 488b1424                       movq (%rsp), %rdx
   186: 4c8b5c2418                     movq 0x18(%rsp), %r11
   18b: 4c89ef                         movq %r13, %rdi
   18e: 4c8b6c2408                     movq 0x8(%rsp), %r13
   193: be30000000                     movl $0x30, %esi
   198: 41b93c000000                   movl $0x3c, %r9d
   19e: 41f6c301                       testb $0x1, %r11b
   1a2: 754a                           jne 0x4a
   1a4: 49ff03                         incq (%r11)
   1a7: 41837b0807                     cmpl $0x7, 0x8(%r11)
   1ac: 7540                           jne 0x40
   1ae: 498b4330                       movq 0x30(%r11), %rax
   1b2: 4883783003                     cmpq $0x3, 0x30(%rax)
   1b7: 7535                           jne 0x35
   1b9: 49837b3800                     cmpq $0x0, 0x38(%r11)
   1be: 0f84b6050000                   je 0x5b6
   1c4: 4d8b4340                       movq 0x40(%r11), %r8
   1c8: 41f6c001                       testb $0x1, %r8b
   1cc: 757d                           jne 0x7d
   1ce: 49ff00                         incq (%r8)
   1d1: 49ff0b                         decq (%r11)
   1d4: 4c896c2408                     movq %r13, 0x8(%rsp)
   1d9: 4c895c2418                     movq %r11, 0x18(%rsp)
   1de: 747a                           je 0x7a
   1e0: f6c201                         testb $0x1, %dl
   1e3: 0f85af000000                   jne 0xaf
   1e9: e9e3030000                     jmp 0x3e3
   1ee: 31db                           xorl %ebx, %ebx
   1f0: 4d89fa                         movq %r15, %r10
   1f3: 4989d7                         movq %rdx, %r15
   1f6: 4d89d8                         movq %r11, %r8
   1f9: b901000000                     movl $0x1, %ecx
   1fe: bd0a000000                     movl $0xa, %ebp
   203: 41b964000000                   movl $0x64, %r9d
   209: 31c0                           xorl %eax, %eax
   20b: be38000000                     movl $0x38, %esi
   210: 41b301                         movb $0x1, %r11b
   213: 498b542418                     movq 0x18(%r12), %rdx
   218: 4c39ef                         cmpq %r13, %rdi
   21b: 7404                           je 0x4
   21d: 48897a08                       movq %rdi, 0x8(%rdx)
   221: 84db                           testb %bl, %bl
   223: 0f853bfeffff                   jne -0x1c5
   229: 4c895220                       movq %r10, 0x20(%rdx)
   22d: 84c0                           testb %al, %al
   22f: 0f852ffeffff                   jne -0x1d1
   235: 4c897a28                       movq %r15, 0x28(%rdx)
   239: 4584db                         testb %r11b, %r11b
   23c: 0f8422feffff                   je -0x1de
   242: 4c894230                       movq %r8, 0x30(%rdx)
   246: e919feffff                     jmp -0x1e7
   24b: 49ff0b                         decq (%r11)
   24e: 4c896c2408                     movq %r13, 0x8(%rsp)
   253: 4c895c2418                     movq %r11, 0x18(%rsp)
   258: 7586                           jne -0x7a
   25a: 4989fd                         movq %rdi, %r13
   25d: 4c89df                         movq %r11, %rdi
   260: 4c89442410                     movq %r8, 0x10(%rsp)
   265: 48891424                       movq %rdx, (%rsp)
   269: e800000000                     callq 0x0
        # hole +0x26a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   26e: 488b1424                       movq (%rsp), %rdx
   272: 4c8b5c2418                     movq 0x18(%rsp), %r11
   277: 4c8b442410                     movq 0x10(%rsp), %r8
   27c: 4c89ef                         movq %r13, %rdi
   27f: 4c8b6c2408                     movq 0x8(%rsp), %r13
   284: be30000000                     movl $0x30, %esi
   289: 41b93c000000                   movl $0x3c, %r9d
   28f: f6c201                         testb $0x1, %dl
   292: 0f8439030000                   je 0x339
   298: 41f6c001                       testb $0x1, %r8b
   29c: 0f842f030000                   je 0x32f
   2a2: 49ba00000000000000c0           movabsq $-0x4000000000000000, %r10
   2ac: 4889d1                         movq %rdx, %rcx
   2af: 48d1f9                         sarq %rcx
   2b2: 4c89c0                         movq %r8, %rax
   2b5: 48d1f8                         sarq %rax
   2b8: 4801c8                         addq %rcx, %rax
   2bb: 4889c1                         movq %rax, %rcx
   2be: 4c01d1                         addq %r10, %rcx
   2c1: 0f89d3040000                   jns 0x4d3
   2c7: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
   2cf: 41837f0807                     cmpl $0x7, 0x8(%r15)
   2d4: 0f85f6040000                   jne 0x4f6
   2da: 48893c24                       movq %rdi, (%rsp)
   2de: 49837f3802                     cmpq $0x2, 0x38(%r15)
   2e3: 0f82ce040000                   jb 0x4ce
   2e9: 498b7f48                       movq 0x48(%r15), %rdi
   2ed: 4d895748                       movq %r10, 0x48(%r15)
   2f1: 40f6c701                       testb $0x1, %dil
   2f5: 7525                           jne 0x25
   2f7: 48ff0f                         decq (%rdi)
   2fa: 7520                           jne 0x20
   2fc: 4d89c5                         movq %r8, %r13
   2ff: 4c89542410                     movq %r10, 0x10(%rsp)
   304: e800000000                     callq 0x0
        # hole +0x305: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   309: 4c8b5c2418                     movq 0x18(%rsp), %r11
   30e: 4c8b542410                     movq 0x10(%rsp), %r10
   313: 4d89e8                         movq %r13, %r8
   316: 41b93c000000                   movl $0x3c, %r9d
   31c: 49ff0f                         decq (%r15)
   31f: 7523                           jne 0x23
   321: 4c89ff                         movq %r15, %rdi
   324: 4d89c5                         movq %r8, %r13
   327: 4c89542410                     movq %r10, 0x10(%rsp)
   32c: e800000000                     callq 0x0
        # hole +0x32d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   331: 4c8b5c2418                     movq 0x18(%rsp), %r11
   336: 4c8b542410                     movq 0x10(%rsp), %r10
   33b: 4d89e8                         movq %r13, %r8
   33e: 41b93c000000                   movl $0x3c, %r9d
   344: 498b4608                       movq 0x8(%r14), %rax
   348: 48ffc0                         incq %rax
   34b: 49894608                       movq %rax, 0x8(%r14)
   34f: 493b4610                       cmpq 0x10(%r14), %rax
   353: 4c8b6c2408                     movq 0x8(%rsp), %r13
   358: 488b3c24                       movq (%rsp), %rdi
   35c: 0f8d8c020000                   jge 0x28c
   362: be20000000                     movl $0x20, %esi
   367: b902000000                     movl $0x2, %ecx
   36c: 49833e00                       cmpq $0x0, (%r14)
   370: 0f859d020000                   jne 0x29d
   376: 837b0804                       cmpl $0x4, 0x8(%rbx)
   37a: 0f85a2020000                   jne 0x2a2
   380: 488b4330                       movq 0x30(%rbx), %rax
   384: 488b5340                       movq 0x40(%rbx), %rdx
   388: 4885d2                         testq %rdx, %rdx
   38b: 7e0b                           jle 0xb
   38d: 483b4338                       cmpq 0x38(%rbx), %rax
   391: 7c0f                           jl 0xf
   393: e9c0020000                     jmp 0x2c0
   398: 483b4338                       cmpq 0x38(%rbx), %rax
   39c: 0f8eb6020000                   jle 0x2b6
   3a2: 4801c2                         addq %rax, %rdx
   3a5: 48895330                       movq %rdx, 0x30(%rbx)
   3a9: 49ff07                         incq (%r15)
   3ac: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3b4: 48890424                       movq %rax, (%rsp)
   3b8: b001                           movb $0x1, %al
   3ba: 41837f0807                     cmpl $0x7, 0x8(%r15)
   3bf: 0f85a2020000                   jne 0x2a2
   3c5: 48ba0000000000000000           movabsq $0x0, %rdx
        # hole +0x3c7: R_X86_64_64 Abs64 operand0[6]+0
   3cf: 498b7f30                       movq 0x30(%r15), %rdi
   3d3: 48395730                       cmpq %rdx, 0x30(%rdi)
   3d7: 0f858a020000                   jne 0x28a
   3dd: 498b07                         movq (%r15), %rax
   3e0: 48ffc0                         incq %rax
   3e3: 498907                         movq %rax, (%r15)
   3e6: 49837f3800                     cmpq $0x0, 0x38(%r15)
   3eb: 0f840b030000                   je 0x30b
   3f1: 4d8b6f40                       movq 0x40(%r15), %r13
   3f5: 41f6c501                       testb $0x1, %r13b
   3f9: 7546                           jne 0x46
   3fb: 49ff4500                       incq (%r13)
   3ff: 498b07                         movq (%r15), %rax
   402: 48ffc8                         decq %rax
   405: 498907                         movq %rax, (%r15)
   408: 753f                           jne 0x3f
   40a: 4c89ff                         movq %r15, %rdi
   40d: 4c896c2410                     movq %r13, 0x10(%rsp)
   412: 4d89dd                         movq %r11, %r13
   415: e800000000                     callq 0x0
        # hole +0x416: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   41a: 4d89eb                         movq %r13, %r11
   41d: 4c8b6c2410                     movq 0x10(%rsp), %r13
   422: b902000000                     movl $0x2, %ecx
   427: be20000000                     movl $0x20, %esi
   42c: 41b93c000000                   movl $0x3c, %r9d
   432: 49ff03                         incq (%r11)
   435: 41837b0807                     cmpl $0x7, 0x8(%r11)
   43a: 741b                           je 0x1b
   43c: e93d020000                     jmp 0x23d
   441: 48ffc8                         decq %rax
   444: 498907                         movq %rax, (%r15)
   447: 74c1                           je -0x3f
   449: 49ff03                         incq (%r11)
   44c: 41837b0807                     cmpl $0x7, 0x8(%r11)
   451: 0f8527020000                   jne 0x227
   457: 498b4330                       movq 0x30(%r11), %rax
   45b: 4883783003                     cmpq $0x3, 0x30(%rax)
   460: 0f8518020000                   jne 0x218
   466: 49837b3800                     cmpq $0x0, 0x38(%r11)
   46b: 0f84a2020000                   je 0x2a2
   471: 4d8b4340                       movq 0x40(%r11), %r8
   475: 41f6c001                       testb $0x1, %r8b
   479: 7540                           jne 0x40
   47b: 49ff00                         incq (%r8)
   47e: 49ff0b                         decq (%r11)
   481: 753d                           jne 0x3d
   483: 4c89df                         movq %r11, %rdi
   486: 4c896c2410                     movq %r13, 0x10(%rsp)
   48b: 4d89c5                         movq %r8, %r13
   48e: e800000000                     callq 0x0
        # hole +0x48f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   493: 4c8b5c2418                     movq 0x18(%rsp), %r11
   498: 4d89e8                         movq %r13, %r8
   49b: 4c8b6c2410                     movq 0x10(%rsp), %r13
   4a0: b902000000                     movl $0x2, %ecx
   4a5: be20000000                     movl $0x20, %esi
   4aa: 41b93c000000                   movl $0x3c, %r9d
   4b0: 41f6c501                       testb $0x1, %r13b
   4b4: 7514                           jne 0x14
   4b6: e983010000                     jmp 0x183
   4bb: 49ff0b                         decq (%r11)
   4be: 74c3                           je -0x3d
   4c0: 41f6c501                       testb $0x1, %r13b
   4c4: 0f8474010000                   je 0x174
   4ca: 41f6c001                       testb $0x1, %r8b
   4ce: 0f846a010000                   je 0x16a
   4d4: 4c89ea                         movq %r13, %rdx
   4d7: 48d1fa                         sarq %rdx
   4da: 4c89c0                         movq %r8, %rax
   4dd: 48d1f8                         sarq %rax
   4e0: 4801d0                         addq %rdx, %rax
   4e3: 4889c2                         movq %rax, %rdx
   4e6: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
   4f0: 4801fa                         addq %rdi, %rdx
   4f3: 0f893a020000                   jns 0x23a
   4f9: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
   501: 41837f0807                     cmpl $0x7, 0x8(%r15)
   506: 0f8544020000                   jne 0x244
   50c: 49837f3802                     cmpq $0x2, 0x38(%r15)
   511: 0f8239020000                   jb 0x239
   517: 498b7f48                       movq 0x48(%r15), %rdi
   51b: 4d895748                       movq %r10, 0x48(%r15)
   51f: 40f6c701                       testb $0x1, %dil
   523: 752f                           jne 0x2f
   525: 48ff0f                         decq (%rdi)
   528: 752a                           jne 0x2a
   52a: 4d89c5                         movq %r8, %r13
   52d: 4c89542410                     movq %r10, 0x10(%rsp)
   532: e800000000                     callq 0x0
        # hole +0x533: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   537: 4c8b5c2418                     movq 0x18(%rsp), %r11
   53c: 4c8b542410                     movq 0x10(%rsp), %r10
   541: 4d89e8                         movq %r13, %r8
   544: b902000000                     movl $0x2, %ecx
   549: be20000000                     movl $0x20, %esi
   54e: 41b93c000000                   movl $0x3c, %r9d
   554: 49ff0f                         decq (%r15)
   557: 752d                           jne 0x2d
   559: 4c89ff                         movq %r15, %rdi
   55c: 4d89c5                         movq %r8, %r13
   55f: 4c89542410                     movq %r10, 0x10(%rsp)
   564: e800000000                     callq 0x0
        # hole +0x565: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   569: 4c8b5c2418                     movq 0x18(%rsp), %r11
   56e: 4c8b542410                     movq 0x10(%rsp), %r10
   573: 4d89e8                         movq %r13, %r8
   576: b902000000                     movl $0x2, %ecx
   57b: be20000000                     movl $0x20, %esi
   580: 41b93c000000                   movl $0x3c, %r9d
   586: 498b4608                       movq 0x8(%r14), %rax
   58a: 48ffc0                         incq %rax
   58d: 49894608                       movq %rax, 0x8(%r14)
   591: 493b4610                       cmpq 0x10(%r14), %rax
   595: 0f8d13010000                   jge 0x113
   59b: 49833e00                       cmpq $0x0, (%r14)
   59f: 4c8b6c2408                     movq 0x8(%rsp), %r13
   5a4: 488b3c24                       movq (%rsp), %rdi
   5a8: 0f851e010000                   jne 0x11e
   5ae: 31c0                           xorl %eax, %eax
   5b0: 837b0804                       cmpl $0x4, 0x8(%rbx)
   5b4: 0f84c6fdffff                   je -0x23a
   5ba: b901000000                     movl $0x1, %ecx
   5bf: bd01000000                     movl $0x1, %ebp
   5c4: 41b90a000000                   movl $0xa, %r9d
   5ca: b301                           movb $0x1, %bl
   5cc: e988fbffff                     jmp -0x478
   5d1: 31db                           xorl %ebx, %ebx
   5d3: 4d89fa                         movq %r15, %r10
   5d6: 4989d7                         movq %rdx, %r15
   5d9: b901000000                     movl $0x1, %ecx
   5de: bd0c000000                     movl $0xc, %ebp
   5e3: 41b978000000                   movl $0x78, %r9d
   5e9: e91bfcffff                     jmp -0x3e5
   5ee: 49c70601000000                 movq $0x1, (%r14)
   5f5: be20000000                     movl $0x20, %esi
   5fa: b301                           movb $0x1, %bl
   5fc: 41b9a0000000                   movl $0xa0, %r9d
   602: bd10000000                     movl $0x10, %ebp
   607: b902000000                     movl $0x2, %ecx
   60c: 31c0                           xorl %eax, %eax
   60e: e946fbffff                     jmp -0x4ba
   613: 31c0                           xorl %eax, %eax
   615: bd10000000                     movl $0x10, %ebp
   61a: 41b9a0000000                   movl $0xa0, %r9d
   620: eb12                           jmp 0x12
   622: 41b90a000000                   movl $0xa, %r9d
   628: 31c0                           xorl %eax, %eax
   62a: b901000000                     movl $0x1, %ecx
   62f: bd01000000                     movl $0x1, %ebp
   634: 4531db                         xorl %r11d, %r11d
   637: b301                           movb $0x1, %bl
   639: e9d5fbffff                     jmp -0x42b
   63e: 31db                           xorl %ebx, %ebx
   640: 4d89fa                         movq %r15, %r10
   643: 4d89ef                         movq %r13, %r15
   646: b901000000                     movl $0x1, %ecx
   64b: bd0c000000                     movl $0xc, %ebp
   650: 41b978000000                   movl $0x78, %r9d
   656: eb41                           jmp 0x41
   658: 41b914000000                   movl $0x14, %r9d
   65e: bd02000000                     movl $0x2, %ebp
   663: 31c0                           xorl %eax, %eax
   665: ebcd                           jmp -0x33
   667: 31db                           xorl %ebx, %ebx
   669: 4d89fa                         movq %r15, %r10
   66c: b901000000                     movl $0x1, %ecx
   671: 4531db                         xorl %r11d, %r11d
   674: be28000000                     movl $0x28, %esi
   679: e9ee000000                     jmp 0xee
   67e: 31db                           xorl %ebx, %ebx
   680: 4d89fa                         movq %r15, %r10
   683: 4d89ef                         movq %r13, %r15
   686: 4d89d8                         movq %r11, %r8
   689: b901000000                     movl $0x1, %ecx
   68e: bd0a000000                     movl $0xa, %ebp
   693: 41b964000000                   movl $0x64, %r9d
   699: 31c0                           xorl %eax, %eax
   69b: be38000000                     movl $0x38, %esi
   6a0: 4c8b6c2408                     movq 0x8(%rsp), %r13
   6a5: 488b3c24                       movq (%rsp), %rdi
   6a9: e962fbffff                     jmp -0x49e
   6ae: 49c70601000000                 movq $0x1, (%r14)
   6b5: b301                           movb $0x1, %bl
   6b7: 31c0                           xorl %eax, %eax
   6b9: bd10000000                     movl $0x10, %ebp
   6be: 41b9a0000000                   movl $0xa0, %r9d
   6c4: 4531db                         xorl %r11d, %r11d
   6c7: e9a0000000                     jmp 0xa0
   6cc: 31c0                           xorl %eax, %eax
   6ce: bd10000000                     movl $0x10, %ebp
   6d3: 41b9a0000000                   movl $0xa0, %r9d
   6d9: b301                           movb $0x1, %bl
   6db: e979faffff                     jmp -0x587
   6e0: 31db                           xorl %ebx, %ebx
   6e2: 4d89fa                         movq %r15, %r10
   6e5: b901000000                     movl $0x1, %ecx
   6ea: bd08000000                     movl $0x8, %ebp
   6ef: 41b950000000                   movl $0x50, %r9d
   6f5: 31c0                           xorl %eax, %eax
   6f7: e95dfaffff                     jmp -0x5a3
   6fc: 31db                           xorl %ebx, %ebx
   6fe: 4d89fa                         movq %r15, %r10
   701: b901000000                     movl $0x1, %ecx
   706: bd08000000                     movl $0x8, %ebp
   70b: 41b950000000                   movl $0x50, %r9d
   711: eb4f                           jmp 0x4f
   713: 31db                           xorl %ebx, %ebx
   715: 4d89fa                         movq %r15, %r10
   718: 4d89ef                         movq %r13, %r15
   71b: 4d89d8                         movq %r11, %r8
   71e: b901000000                     movl $0x1, %ecx
   723: bd0b000000                     movl $0xb, %ebp
   728: 41b96e000000                   movl $0x6e, %r9d
   72e: e966ffffff                     jmp -0x9a
   733: 31db                           xorl %ebx, %ebx
   735: 4d89fa                         movq %r15, %r10
   738: 4d89ef                         movq %r13, %r15
   73b: b901000000                     movl $0x1, %ecx
   740: bd0d000000                     movl $0xd, %ebp
   745: 41b982000000                   movl $0x82, %r9d
   74b: e949ffffff                     jmp -0xb7
   750: 31db                           xorl %ebx, %ebx
   752: b901000000                     movl $0x1, %ecx
   757: bd0f000000                     movl $0xf, %ebp
   75c: 41b996000000                   movl $0x96, %r9d
   762: 31c0                           xorl %eax, %eax
   764: 4531db                         xorl %r11d, %r11d
   767: be30000000                     movl $0x30, %esi
   76c: 4c8b6c2408                     movq 0x8(%rsp), %r13
   771: 488b3c24                       movq (%rsp), %rdi
   775: e999faffff                     jmp -0x567
   77a: 31db                           xorl %ebx, %ebx
   77c: 4d89fa                         movq %r15, %r10
   77f: 4989d7                         movq %rdx, %r15
   782: 4d89d8                         movq %r11, %r8
   785: b901000000                     movl $0x1, %ecx
   78a: bd0b000000                     movl $0xb, %ebp
   78f: 41b96e000000                   movl $0x6e, %r9d
   795: e96ffaffff                     jmp -0x591
   79a: 31db                           xorl %ebx, %ebx
   79c: 4d89fa                         movq %r15, %r10
   79f: 4989d7                         movq %rdx, %r15
   7a2: b901000000                     movl $0x1, %ecx
   7a7: bd0d000000                     movl $0xd, %ebp
   7ac: 41b982000000                   movl $0x82, %r9d
   7b2: e952faffff                     jmp -0x5ae
   7b7: 31db                           xorl %ebx, %ebx
   7b9: b901000000                     movl $0x1, %ecx
   7be: bd0f000000                     movl $0xf, %ebp
   7c3: 41b996000000                   movl $0x96, %r9d
   7c9: 31c0                           xorl %eax, %eax
   7cb: e9f4feffff                     jmp -0x10c
   7d0: 31db                           xorl %ebx, %ebx
   7d2: b901000000                     movl $0x1, %ecx
   7d7: bd0f000000                     movl $0xf, %ebp
   7dc: 41b996000000                   movl $0x96, %r9d
   7e2: 31c0                           xorl %eax, %eax
   7e4: e970f9ffff                     jmp -0x690
