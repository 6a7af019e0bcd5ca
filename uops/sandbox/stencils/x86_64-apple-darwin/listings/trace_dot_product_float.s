# stencil dot_product_float for x86_64-apple-darwin: 2568 code bytes, 8 data bytes, 22 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5810                       movq 0x10(%rax), %r11
    11: 4c8b7818                       movq 0x18(%rax), %r15
    15: 488b6820                       movq 0x20(%rax), %rbp
    19: 41bd28000000                   movl $0x28, %r13d
    1f: 41b90a000000                   movl $0xa, %r9d
    25: b901000000                     movl $0x1, %ecx
    2a: 40f6c501                       testb $0x1, %bpl
    2e: 7553                           jne 0x53
    30: 837d0804                       cmpl $0x4, 0x8(%rbp)
    34: 754d                           jne 0x4d
    36: 4c8b10                         movq (%rax), %r10
    39: 4c8b4008                       movq 0x8(%rax), %r8
    3d: 488b4540                       movq 0x40(%rbp), %rax
    41: 4c8b6d30                       movq 0x30(%rbp), %r13
    45: 488b7538                       movq 0x38(%rbp), %rsi
    49: 4885c0                         testq %rax, %rax
    4c: 0f8ea6000000                   jle 0xa6
    52: 4939f5                         cmpq %rsi, %r13
    55: 0f8ca6000000                   jl 0xa6
    5b: 41b914000000                   movl $0x14, %r9d
    61: b802000000                     movl $0x2, %eax
    66: 48890424                       movq %rax, (%rsp)
    6a: b902000000                     movl $0x2, %ecx
    6f: 31ff                           xorl %edi, %edi
    71: 4d89fe                         movq %r15, %r14
    74: 31c0                           xorl %eax, %eax
    76: 31ed                           xorl %ebp, %ebp
    78: 4531c0                         xorl %r8d, %r8d
    7b: 41bd28000000                   movl $0x28, %r13d
    81: eb15                           jmp 0x15
    83: b801000000                     movl $0x1, %eax
    88: 48890424                       movq %rax, (%rsp)
    8c: 31ff                           xorl %edi, %edi
    8e: 4d89fe                         movq %r15, %r14
    91: 31c0                           xorl %eax, %eax
    93: 31ed                           xorl %ebp, %ebp
    95: 4531c0                         xorl %r8d, %r8d
    98: 498b742418                     movq 0x18(%r12), %rsi
    9d: 4c89742418                     movq %r14, 0x18(%rsp)
    a2: 48895c2430                     movq %rbx, 0x30(%rsp)
    a7: 4d39fe                         cmpq %r15, %r14
    aa: 7404                           je 0x4
    ac: 4c897618                       movq %r14, 0x18(%rsi)
    b0: 4084ff                         testb %dil, %dil
    b3: 7428                           je 0x28
    b5: 4c895e28                       movq %r11, 0x28(%rsi)
    b9: 84c0                           testb %al, %al
    bb: 7520                           jne 0x20
    bd: 4c895630                       movq %r10, 0x30(%rsi)
    c1: 4084ed                         testb %bpl, %bpl
    c4: 7417                           je 0x17
    c6: 488b442430                     movq 0x30(%rsp), %rax
    cb: 48894638                       movq %rax, 0x38(%rsi)
    cf: 4584c0                         testb %r8b, %r8b
    d2: 7509                           jne 0x9
    d4: 488b442418                     movq 0x18(%rsp), %rax
    d9: 48894640                       movq %rax, 0x40(%rsi)
    dd: 4c01ee                         addq %r13, %rsi
    e0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe3: X86_64_RELOC_GOT_LOAD Rel32 data-4
    e7: 4c030424                       addq (%rsp), %r8
    eb: 4c89e7                         movq %r12, %rdi
    ee: 4883c450                       addq $0x50, %rsp
    f2: 5d                             popq %rbp
    f3: e900000000                     jmp 0x0
        # hole +0xf4: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    f8: 4939f5                         cmpq %rsi, %r13
    fb: 0f8e5affffff                   jle -0xa6
   101: 4c01e8                         addq %r13, %rax
   104: 48894530                       movq %rax, 0x30(%rbp)
   108: 41f6c701                       testb $0x1, %r15b
   10c: 7532                           jne 0x32
   10e: 49ff0f                         decq (%r15)
   111: 752d                           jne 0x2d
   113: 4c89ff                         movq %r15, %rdi
   116: 4889d3                         movq %rdx, %rbx
   119: 4c895c2410                     movq %r11, 0x10(%rsp)
   11e: 4c89442448                     movq %r8, 0x48(%rsp)
   123: 4d89d6                         movq %r10, %r14
   126: e800000000                     callq 0x0
        # hole +0x127: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   12b: 4d89f2                         movq %r14, %r10
   12e: 4c8b442448                     movq 0x48(%rsp), %r8
   133: 4c8b5c2410                     movq 0x10(%rsp), %r11
   138: 4889da                         movq %rbx, %rdx
   13b: b901000000                     movl $0x1, %ecx
   140: 41f6c301                       testb $0x1, %r11b
   144: 7503                           jne 0x3
   146: 49ff03                         incq (%r11)
   149: 4e8d346d01000000               leaq 0x1(,%r13,2), %r14
   151: 40b701                         movb $0x1, %dil
   154: 41b950000000                   movl $0x50, %r9d
   15a: 41f6c201                       testb $0x1, %r10b
   15e: 753b                           jne 0x3b
   160: 49ff02                         incq (%r10)
   163: 41837a0803                     cmpl $0x3, 0x8(%r10)
   168: 7531                           jne 0x31
   16a: 4d01ed                         addq %r13, %r13
   16d: 49d1fd                         sarq %r13
   170: 7829                           js 0x29
   172: 4d3b6a30                       cmpq 0x30(%r10), %r13
   176: 7d23                           jge 0x23
   178: 498b4240                       movq 0x40(%r10), %rax
   17c: 4a8b1ce8                       movq (%rax,%r13,8), %rbx
   180: f6c301                         testb $0x1, %bl
   183: 7429                           je 0x29
   185: 49ff0a                         decq (%r10)
   188: 742c                           je 0x2c
   18a: 41b96e000000                   movl $0x6e, %r9d
   190: 41f6c001                       testb $0x1, %r8b
   194: 746e                           je 0x6e
   196: e9a0000000                     jmp 0xa0
   19b: b808000000                     movl $0x8, %eax
   1a0: 48890424                       movq %rax, (%rsp)
   1a4: 31c0                           xorl %eax, %eax
   1a6: 4c89f3                         movq %r14, %rbx
   1a9: e95e050000                     jmp 0x55e
   1ae: 48ff03                         incq (%rbx)
   1b1: 49ff0a                         decq (%r10)
   1b4: 75d4                           jne -0x2c
   1b6: 4c89d7                         movq %r10, %rdi
   1b9: 4c89442448                     movq %r8, 0x48(%rsp)
   1be: 48891c24                       movq %rbx, (%rsp)
   1c2: 4889d3                         movq %rdx, %rbx
   1c5: 4c897c2430                     movq %r15, 0x30(%rsp)
   1ca: 4c895c2410                     movq %r11, 0x10(%rsp)
   1cf: 4d89d7                         movq %r10, %r15
   1d2: e800000000                     callq 0x0
        # hole +0x1d3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1d7: 4d89fa                         movq %r15, %r10
   1da: 40b701                         movb $0x1, %dil
   1dd: 4c8b5c2410                     movq 0x10(%rsp), %r11
   1e2: 4c8b7c2430                     movq 0x30(%rsp), %r15
   1e7: 4889da                         movq %rbx, %rdx
   1ea: 488b1c24                       movq (%rsp), %rbx
   1ee: 4c8b442448                     movq 0x48(%rsp), %r8
   1f3: b901000000                     movl $0x1, %ecx
   1f8: 41b96e000000                   movl $0x6e, %r9d
   1fe: 41f6c001                       testb $0x1, %r8b
   202: 7537                           jne 0x37
   204: 49ff00                         incq (%r8)
   207: 4183780803                     cmpl $0x3, 0x8(%r8)
   20c: 752d                           jne 0x2d
   20e: 4d3b6830                       cmpq 0x30(%r8), %r13
   212: 7d27                           jge 0x27
   214: 498b4040                       movq 0x40(%r8), %rax
   218: 4a8b34e8                       movq (%rax,%r13,8), %rsi
   21c: 40f6c601                       testb $0x1, %sil
   220: 743b                           je 0x3b
   222: 49ff08                         decq (%r8)
   225: 743e                           je 0x3e
   227: 41b978000000                   movl $0x78, %r9d
   22d: f6c301                         testb $0x1, %bl
   230: 0f8486000000                   je 0x86
   236: e9c0040000                     jmp 0x4c0
   23b: b80b000000                     movl $0xb, %eax
   240: 48890424                       movq %rax, (%rsp)
   244: 31c0                           xorl %eax, %eax
   246: 4989da                         movq %rbx, %r10
   249: 40b501                         movb $0x1, %bpl
   24c: 4c89c3                         movq %r8, %rbx
   24f: 4531c0                         xorl %r8d, %r8d
   252: 41bd48000000                   movl $0x48, %r13d
   258: e93bfeffff                     jmp -0x1c5
   25d: 48ff06                         incq (%rsi)
   260: 49ff08                         decq (%r8)
   263: 75c2                           jne -0x3e
   265: 4c89c7                         movq %r8, %rdi
   268: 4c89442448                     movq %r8, 0x48(%rsp)
   26d: 48891c24                       movq %rbx, (%rsp)
   271: 4889d3                         movq %rdx, %rbx
   274: 4c897c2430                     movq %r15, 0x30(%rsp)
   279: 4d89df                         movq %r11, %r15
   27c: 4989f5                         movq %rsi, %r13
   27f: 4c89542440                     movq %r10, 0x40(%rsp)
   284: e800000000                     callq 0x0
        # hole +0x285: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   289: 4c8b542440                     movq 0x40(%rsp), %r10
   28e: 4c89ee                         movq %r13, %rsi
   291: 40b701                         movb $0x1, %dil
   294: 4d89fb                         movq %r15, %r11
   297: 4c8b7c2430                     movq 0x30(%rsp), %r15
   29c: 4889da                         movq %rbx, %rdx
   29f: 488b1c24                       movq (%rsp), %rbx
   2a3: 4c8b442448                     movq 0x48(%rsp), %r8
   2a8: b901000000                     movl $0x1, %ecx
   2ad: 41b978000000                   movl $0x78, %r9d
   2b3: f6c301                         testb $0x1, %bl
   2b6: 0f853f040000                   jne 0x43f
   2bc: 837b0802                       cmpl $0x2, 0x8(%rbx)
   2c0: 0f8535040000                   jne 0x435
   2c6: 40f6c601                       testb $0x1, %sil
   2ca: 0f852b040000                   jne 0x42b
   2d0: 837e0802                       cmpl $0x2, 0x8(%rsi)
   2d4: 0f8521040000                   jne 0x421
   2da: 4c89542440                     movq %r10, 0x40(%rsp)
   2df: 4c895c2410                     movq %r11, 0x10(%rsp)
   2e4: 4889542408                     movq %rdx, 0x8(%rsp)
   2e9: f20f104330                     movsd 0x30(%rbx), %xmm0
   2ee: f20f594630                     mulsd 0x30(%rsi), %xmm0
   2f3: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   2f9: 48ff0b                         decq (%rbx)
   2fc: 751c                           jne 0x1c
   2fe: 4889df                         movq %rbx, %rdi
   301: 4d89c5                         movq %r8, %r13
   304: 48891c24                       movq %rbx, (%rsp)
   308: 4889f3                         movq %rsi, %rbx
   30b: e800000000                     callq 0x0
        # hole +0x30c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   310: 4889de                         movq %rbx, %rsi
   313: 488b1c24                       movq (%rsp), %rbx
   317: 4d89e8                         movq %r13, %r8
   31a: 4c89442448                     movq %r8, 0x48(%rsp)
   31f: 4989dd                         movq %rbx, %r13
   322: 4889742430                     movq %rsi, 0x30(%rsp)
   327: 48ff0e                         decq (%rsi)
   32a: 750a                           jne 0xa
   32c: 488b7c2430                     movq 0x30(%rsp), %rdi
   331: e800000000                     callq 0x0
        # hole +0x332: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   336: 488b7c2408                     movq 0x8(%rsp), %rdi
   33b: f20f10442418                   movsd 0x18(%rsp), %xmm0
   341: e800000000                     callq 0x0
        # hole +0x342: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   346: 40b701                         movb $0x1, %dil
   349: 4885c0                         testq %rax, %rax
   34c: 0f843a040000                   je 0x43a
   352: 4889c3                         movq %rax, %rbx
   355: 41b98c000000                   movl $0x8c, %r9d
   35b: b80e000000                     movl $0xe, %eax
   360: 48890424                       movq %rax, (%rsp)
   364: 4c8b5c2410                     movq 0x10(%rsp), %r11
   369: 41f6c301                       testb $0x1, %r11b
   36d: b901000000                     movl $0x1, %ecx
   372: 488b542408                     movq 0x8(%rsp), %rdx
   377: 4c8b442430                     movq 0x30(%rsp), %r8
   37c: 0f859b030000                   jne 0x39b
   382: 31c0                           xorl %eax, %eax
   384: 41837b0802                     cmpl $0x2, 0x8(%r11)
   389: 0f8590030000                   jne 0x390
   38f: 89de                           movl %ebx, %esi
   391: 83e601                         andl $0x1, %esi
   394: 0f8585030000                   jne 0x385
   39a: 837b0802                       cmpl $0x2, 0x8(%rbx)
   39e: 0f8579030000                   jne 0x379
   3a4: f2410f104330                   movsd 0x30(%r11), %xmm0
   3aa: f20f584330                     addsd 0x30(%rbx), %xmm0
   3af: 49ff0b                         decq (%r11)
   3b2: f20f110424                     movsd %xmm0, (%rsp)
   3b7: 750d                           jne 0xd
   3b9: 4c89df                         movq %r11, %rdi
   3bc: e800000000                     callq 0x0
        # hole +0x3bd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3c1: f20f100424                     movsd (%rsp), %xmm0
   3c6: 48ff0b                         decq (%rbx)
   3c9: 750d                           jne 0xd
   3cb: 4889df                         movq %rbx, %rdi
   3ce: e800000000                     callq 0x0
        # hole +0x3cf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3d3: f20f100424                     movsd (%rsp), %xmm0
   3d8: 48895c2438                     movq %rbx, 0x38(%rsp)
   3dd: 488b7c2408                     movq 0x8(%rsp), %rdi
   3e2: e800000000                     callq 0x0
        # hole +0x3e3: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3e7: 4885c0                         testq %rax, %rax
   3ea: 0f84d4030000                   je 0x3d4
   3f0: 4889c3                         movq %rax, %rbx
   3f3: 488b7c2410                     movq 0x10(%rsp), %rdi
   3f8: 48ff0f                         decq (%rdi)
   3fb: 750a                           jne 0xa
   3fd: e800000000                     callq 0x0
        # hole +0x3fe: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   402: 488b7c2410                     movq 0x10(%rsp), %rdi
   407: 488b542408                     movq 0x8(%rsp), %rdx
   40c: 488b4208                       movq 0x8(%rdx), %rax
   410: 48ffc0                         incq %rax
   413: 48894208                       movq %rax, 0x8(%rdx)
   417: 483b4210                       cmpq 0x10(%rdx), %rax
   41b: 0f8dfa040000                   jge 0x4fa
   421: 41b9aa000000                   movl $0xaa, %r9d
   427: b811000000                     movl $0x11, %eax
   42c: 48890424                       movq %rax, (%rsp)
   430: b902000000                     movl $0x2, %ecx
   435: 48833a00                       cmpq $0x0, (%rdx)
   439: 0f85f6020000                   jne 0x2f6
   43f: 48895c2420                     movq %rbx, 0x20(%rsp)
   444: 837d0804                       cmpl $0x4, 0x8(%rbp)
   448: 0f8506030000                   jne 0x306
   44e: 4c89742418                     movq %r14, 0x18(%rsp)
   453: 488b4540                       movq 0x40(%rbp), %rax
   457: 488b5530                       movq 0x30(%rbp), %rdx
   45b: 488b4d38                       movq 0x38(%rbp), %rcx
   45f: 4885c0                         testq %rax, %rax
   462: 7e0a                           jle 0xa
   464: 4839ca                         cmpq %rcx, %rdx
   467: 7c0e                           jl 0xe
   469: e992030000                     jmp 0x392
   46e: 4839ca                         cmpq %rcx, %rdx
   471: 0f8e89030000                   jle 0x389
   477: 4801d0                         addq %rdx, %rax
   47a: 48894530                       movq %rax, 0x30(%rbp)
   47e: f644242001                     testb $0x1, 0x20(%rsp)
   483: 7508                           jne 0x8
   485: 488b442420                     movq 0x20(%rsp), %rax
   48a: 48ff00                         incq (%rax)
   48d: 488b4c2440                     movq 0x40(%rsp), %rcx
   492: 48ff01                         incq (%rcx)
   495: 4c8d345501000000               leaq 0x1(,%rdx,2), %r14
   49d: b001                           movb $0x1, %al
   49f: 8944242c                       movl %eax, 0x2c(%rsp)
   4a3: 83790803                       cmpl $0x3, 0x8(%rcx)
   4a7: 0f85fe030000                   jne 0x3fe
   4ad: 4801d2                         addq %rdx, %rdx
   4b0: 48d1fa                         sarq %rdx
   4b3: 0f88f2030000                   js 0x3f2
   4b9: 488b4c2440                     movq 0x40(%rsp), %rcx
   4be: 483b5130                       cmpq 0x30(%rcx), %rdx
   4c2: 0f8d24040000                   jge 0x424
   4c8: 488b4140                       movq 0x40(%rcx), %rax
   4cc: 4889d3                         movq %rdx, %rbx
   4cf: 4c8b2cd0                       movq (%rax,%rdx,8), %r13
   4d3: 41f6c501                       testb $0x1, %r13b
   4d7: 7418                           je 0x18
   4d9: 48ff09                         decq (%rcx)
   4dc: 741c                           je 0x1c
   4de: 488b7c2448                     movq 0x48(%rsp), %rdi
   4e3: 48ff07                         incq (%rdi)
   4e6: 837f0803                       cmpl $0x3, 0x8(%rdi)
   4ea: 742a                           je 0x2a
   4ec: e9c3030000                     jmp 0x3c3
   4f1: 49ff4500                       incq (%r13)
   4f5: 48ff09                         decq (%rcx)
   4f8: 75e4                           jne -0x1c
   4fa: 488b7c2440                     movq 0x40(%rsp), %rdi
   4ff: e800000000                     callq 0x0
        # hole +0x500: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   504: 488b7c2448                     movq 0x48(%rsp), %rdi
   509: 48ff07                         incq (%rdi)
   50c: 837f0803                       cmpl $0x3, 0x8(%rdi)
   510: 0f859e030000                   jne 0x39e
   516: 483b5f30                       cmpq 0x30(%rdi), %rbx
   51a: 0f8d94030000                   jge 0x394
   520: 488b4740                       movq 0x40(%rdi), %rax
   524: 488b04d8                       movq (%rax,%rbx,8), %rax
   528: a801                           testb $0x1, %al
   52a: 7419                           je 0x19
   52c: 4889442430                     movq %rax, 0x30(%rsp)
   531: 48ff0f                         decq (%rdi)
   534: 741c                           je 0x1c
   536: 4c89e9                         movq %r13, %rcx
   539: 31c0                           xorl %eax, %eax
   53b: f6c101                         testb $0x1, %cl
   53e: 7425                           je 0x25
   540: e9f2020000                     jmp 0x2f2
   545: 48ff00                         incq (%rax)
   548: 4889442430                     movq %rax, 0x30(%rsp)
   54d: 48ff0f                         decq (%rdi)
   550: 75e4                           jne -0x1c
   552: e800000000                     callq 0x0
        # hole +0x553: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   557: 4c89e9                         movq %r13, %rcx
   55a: 31c0                           xorl %eax, %eax
   55c: f6c101                         testb $0x1, %cl
   55f: 0f85d2020000                   jne 0x2d2
   565: 83790802                       cmpl $0x2, 0x8(%rcx)
   569: 0f85fe020000                   jne 0x2fe
   56f: 488b4c2430                     movq 0x30(%rsp), %rcx
   574: 83e101                         andl $0x1, %ecx
   577: 0f85f0020000                   jne 0x2f0
   57d: 488b442430                     movq 0x30(%rsp), %rax
   582: 83780802                       cmpl $0x2, 0x8(%rax)
   586: 0f85df020000                   jne 0x2df
   58c: f2410f104530                   movsd 0x30(%r13), %xmm0
   592: 488b442430                     movq 0x30(%rsp), %rax
   597: f20f594030                     mulsd 0x30(%rax), %xmm0
   59c: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   5a2: 49ff4d00                       decq (%r13)
   5a6: 7508                           jne 0x8
   5a8: 4c89ef                         movq %r13, %rdi
   5ab: e800000000                     callq 0x0
        # hole +0x5ac: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5b0: 488b442430                     movq 0x30(%rsp), %rax
   5b5: 48ff08                         decq (%rax)
   5b8: 750a                           jne 0xa
   5ba: 488b7c2430                     movq 0x30(%rsp), %rdi
   5bf: e800000000                     callq 0x0
        # hole +0x5c0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5c4: 488b7c2408                     movq 0x8(%rsp), %rdi
   5c9: f20f10442418                   movsd 0x18(%rsp), %xmm0
   5cf: e800000000                     callq 0x0
        # hole +0x5d0: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   5d4: 4889c1                         movq %rax, %rcx
   5d7: b001                           movb $0x1, %al
   5d9: 8944242c                       movl %eax, 0x2c(%rsp)
   5dd: 48894c2438                     movq %rcx, 0x38(%rsp)
   5e2: 4885c9                         testq %rcx, %rcx
   5e5: 0f84bb030000                   je 0x3bb
   5eb: f644242001                     testb $0x1, 0x20(%rsp)
   5f0: 0f8548020000                   jne 0x248
   5f6: 31c0                           xorl %eax, %eax
   5f8: 488b4c2420                     movq 0x20(%rsp), %rcx
   5fd: 83790802                       cmpl $0x2, 0x8(%rcx)
   601: 0f8539020000                   jne 0x239
   607: 488b4c2438                     movq 0x38(%rsp), %rcx
   60c: 83e101                         andl $0x1, %ecx
   60f: 0f852b020000                   jne 0x22b
   615: 488b442438                     movq 0x38(%rsp), %rax
   61a: 83780802                       cmpl $0x2, 0x8(%rax)
   61e: 0f851a020000                   jne 0x21a
   624: 488b442420                     movq 0x20(%rsp), %rax
   629: f20f104030                     movsd 0x30(%rax), %xmm0
   62e: 488b4c2438                     movq 0x38(%rsp), %rcx
   633: f20f584130                     addsd 0x30(%rcx), %xmm0
   638: f20f11442418                   movsd %xmm0, 0x18(%rsp)
   63e: 48ff08                         decq (%rax)
   641: 750a                           jne 0xa
   643: 488b7c2420                     movq 0x20(%rsp), %rdi
   648: e800000000                     callq 0x0
        # hole +0x649: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   64d: 488b442438                     movq 0x38(%rsp), %rax
   652: 48ff08                         decq (%rax)
   655: 750a                           jne 0xa
   657: 488b7c2438                     movq 0x38(%rsp), %rdi
   65c: e800000000                     callq 0x0
        # hole +0x65d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   661: 488b7c2408                     movq 0x8(%rsp), %rdi
   666: f20f10442418                   movsd 0x18(%rsp), %xmm0
   66c: e800000000                     callq 0x0
        # hole +0x66d: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   671: 4885c0                         testq %rax, %rax
   674: 0f8461030000                   je 0x361
   67a: 4889c3                         movq %rax, %rbx
   67d: 488b442420                     movq 0x20(%rsp), %rax
   682: 48ff08                         decq (%rax)
   685: 750a                           jne 0xa
   687: 488b7c2420                     movq 0x20(%rsp), %rdi
   68c: e800000000                     callq 0x0
        # hole +0x68d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   691: 488b4c2408                     movq 0x8(%rsp), %rcx
   696: 488b4108                       movq 0x8(%rcx), %rax
   69a: 48ffc0                         incq %rax
   69d: 48894108                       movq %rax, 0x8(%rcx)
   6a1: 483b4110                       cmpq 0x10(%rcx), %rax
   6a5: 0f8d66020000                   jge 0x266
   6ab: 488b442408                     movq 0x8(%rsp), %rax
   6b0: 48833800                       cmpq $0x0, (%rax)
   6b4: 0f85be020000                   jne 0x2be
   6ba: c744242c00000000               movl $0x0, 0x2c(%rsp)
   6c2: 837d0804                       cmpl $0x4, 0x8(%rbp)
   6c6: 4c89742418                     movq %r14, 0x18(%rsp)
   6cb: 48895c2420                     movq %rbx, 0x20(%rsp)
   6d0: 0f847dfdffff                   je -0x283
   6d6: 4c89742418                     movq %r14, 0x18(%rsp)
   6db: b901000000                     movl $0x1, %ecx
   6e0: b801000000                     movl $0x1, %eax
   6e5: 48890424                       movq %rax, (%rsp)
   6e9: 41b90a000000                   movl $0xa, %r9d
   6ef: 31c0                           xorl %eax, %eax
   6f1: 31ed                           xorl %ebp, %ebp
   6f3: 4531c0                         xorl %r8d, %r8d
   6f6: e99c020000                     jmp 0x29c
   6fb: b80c000000                     movl $0xc, %eax
   700: 48890424                       movq %rax, (%rsp)
   704: 31c0                           xorl %eax, %eax
   706: 4989da                         movq %rbx, %r10
   709: 4889f3                         movq %rsi, %rbx
   70c: 40b501                         movb $0x1, %bpl
   70f: 41b001                         movb $0x1, %r8b
   712: 41bd40000000                   movl $0x40, %r13d
   718: e97bf9ffff                     jmp -0x685
   71d: 31c0                           xorl %eax, %eax
   71f: 4989da                         movq %rbx, %r10
   722: 4c89c3                         movq %r8, %rbx
   725: 31ed                           xorl %ebp, %ebp
   727: 4531c0                         xorl %r8d, %r8d
   72a: 41bd38000000                   movl $0x38, %r13d
   730: e963f9ffff                     jmp -0x69d
   735: c744242c00000000               movl $0x0, 0x2c(%rsp)
   73d: 4c89742418                     movq %r14, 0x18(%rsp)
   742: 31c0                           xorl %eax, %eax
   744: 31ed                           xorl %ebp, %ebp
   746: 4531c0                         xorl %r8d, %r8d
   749: 41bd28000000                   movl $0x28, %r13d
   74f: e9fc010000                     jmp 0x1fc
   754: c744242c00000000               movl $0x0, 0x2c(%rsp)
   75c: 4c89742418                     movq %r14, 0x18(%rsp)
   761: b901000000                     movl $0x1, %ecx
   766: b801000000                     movl $0x1, %eax
   76b: 48890424                       movq %rax, (%rsp)
   76f: 41b90a000000                   movl $0xa, %r9d
   775: 31c0                           xorl %eax, %eax
   777: 31ed                           xorl %ebp, %ebp
   779: 4531c0                         xorl %r8d, %r8d
   77c: 41bd28000000                   movl $0x28, %r13d
   782: 488b5c2420                     movq 0x20(%rsp), %rbx
   787: e9c4010000                     jmp 0x1c4
   78c: 41b982000000                   movl $0x82, %r9d
   792: b80d000000                     movl $0xd, %eax
   797: 48890424                       movq %rax, (%rsp)
   79b: 31ed                           xorl %ebp, %ebp
   79d: 4d89ea                         movq %r13, %r10
   7a0: 488b5c2430                     movq 0x30(%rsp), %rbx
   7a5: b903000000                     movl $0x3, %ecx
   7aa: b001                           movb $0x1, %al
   7ac: 4531c0                         xorl %r8d, %r8d
   7af: 488b542408                     movq 0x8(%rsp), %rdx
   7b4: 41bd30000000                   movl $0x30, %r13d
   7ba: 4c8b5c2410                     movq 0x10(%rsp), %r11
   7bf: e9d4f8ffff                     jmp -0x72c
   7c4: 41b996000000                   movl $0x96, %r9d
   7ca: b80f000000                     movl $0xf, %eax
   7cf: 48890424                       movq %rax, (%rsp)
   7d3: 31ff                           xorl %edi, %edi
   7d5: 4c8b542438                     movq 0x38(%rsp), %r10
   7da: 488b5c2430                     movq 0x30(%rsp), %rbx
   7df: b903000000                     movl $0x3, %ecx
   7e4: 31c0                           xorl %eax, %eax
   7e6: 31ed                           xorl %ebp, %ebp
   7e8: 4531c0                         xorl %r8d, %r8d
   7eb: 488b542408                     movq 0x8(%rsp), %rdx
   7f0: 4c8b5c2410                     movq 0x10(%rsp), %r11
   7f5: 41bd28000000                   movl $0x28, %r13d
   7fb: e998f8ffff                     jmp -0x768
   800: 41b914000000                   movl $0x14, %r9d
   806: b802000000                     movl $0x2, %eax
   80b: 48890424                       movq %rax, (%rsp)
   80f: c744242c00000000               movl $0x0, 0x2c(%rsp)
   817: 4c8b742418                     movq 0x18(%rsp), %r14
   81c: 31c0                           xorl %eax, %eax
   81e: 31ed                           xorl %ebp, %ebp
   820: 4531c0                         xorl %r8d, %r8d
   823: b902000000                     movl $0x2, %ecx
   828: 488b542408                     movq 0x8(%rsp), %rdx
   82d: 488b7c2410                     movq 0x10(%rsp), %rdi
   832: e945ffffff                     jmp -0xbb
   837: 48894c2438                     movq %rcx, 0x38(%rsp)
   83c: eb34                           jmp 0x34
   83e: 31c0                           xorl %eax, %eax
   840: 4c89742418                     movq %r14, 0x18(%rsp)
   845: b901000000                     movl $0x1, %ecx
   84a: ba0e000000                     movl $0xe, %edx
   84f: 48891424                       movq %rdx, (%rsp)
   853: 41b98c000000                   movl $0x8c, %r9d
   859: 31ed                           xorl %ebp, %ebp
   85b: 4531c0                         xorl %r8d, %r8d
   85e: 488b542408                     movq 0x8(%rsp), %rdx
   863: 41bd38000000                   movl $0x38, %r13d
   869: eb31                           jmp 0x31
   86b: 31c0                           xorl %eax, %eax
   86d: 4c896c2438                     movq %r13, 0x38(%rsp)
   872: 4c89742418                     movq %r14, 0x18(%rsp)
   877: b901000000                     movl $0x1, %ecx
   87c: ba0c000000                     movl $0xc, %edx
   881: 48891424                       movq %rdx, (%rsp)
   885: 41b978000000                   movl $0x78, %r9d
   88b: 40b501                         movb $0x1, %bpl
   88e: 41b001                         movb $0x1, %r8b
   891: 488b542408                     movq 0x8(%rsp), %rdx
   896: 41bd40000000                   movl $0x40, %r13d
   89c: 488b7c2410                     movq 0x10(%rsp), %rdi
   8a1: 488b5c2420                     movq 0x20(%rsp), %rbx
   8a6: e9a5000000                     jmp 0xa5
   8ab: 31c0                           xorl %eax, %eax
   8ad: 488b4c2440                     movq 0x40(%rsp), %rcx
   8b2: eb3a                           jmp 0x3a
   8b4: 31c0                           xorl %eax, %eax
   8b6: 4c896c2438                     movq %r13, 0x38(%rsp)
   8bb: 48897c2430                     movq %rdi, 0x30(%rsp)
   8c0: 4c89742418                     movq %r14, 0x18(%rsp)
   8c5: b901000000                     movl $0x1, %ecx
   8ca: ba0b000000                     movl $0xb, %edx
   8cf: 48891424                       movq %rdx, (%rsp)
   8d3: 41b96e000000                   movl $0x6e, %r9d
   8d9: 40b501                         movb $0x1, %bpl
   8dc: 4531c0                         xorl %r8d, %r8d
   8df: 488b542408                     movq 0x8(%rsp), %rdx
   8e4: 41bd48000000                   movl $0x48, %r13d
   8ea: ebb0                           jmp -0x50
   8ec: 31c0                           xorl %eax, %eax
   8ee: 48894c2438                     movq %rcx, 0x38(%rsp)
   8f3: 4c89742430                     movq %r14, 0x30(%rsp)
   8f8: b901000000                     movl $0x1, %ecx
   8fd: ba08000000                     movl $0x8, %edx
   902: 48891424                       movq %rdx, (%rsp)
   906: 41b950000000                   movl $0x50, %r9d
   90c: e97affffff                     jmp -0x86
   911: 488b542408                     movq 0x8(%rsp), %rdx
   916: 488b7c2410                     movq 0x10(%rsp), %rdi
   91b: 48c70201000000                 movq $0x1, (%rdx)
   922: 41bd28000000                   movl $0x28, %r13d
   928: 41b9aa000000                   movl $0xaa, %r9d
   92e: b811000000                     movl $0x11, %eax
   933: 48890424                       movq %rax, (%rsp)
   937: b902000000                     movl $0x2, %ecx
   93c: c744242c00000000               movl $0x0, 0x2c(%rsp)
   944: 4c89742418                     movq %r14, 0x18(%rsp)
   949: 31c0                           xorl %eax, %eax
   94b: 31ed                           xorl %ebp, %ebp
   94d: 4531c0                         xorl %r8d, %r8d
   950: 498b742418                     movq 0x18(%r12), %rsi
   955: 4839fb                         cmpq %rdi, %rbx
   958: 7404                           je 0x4
   95a: 48895e10                       movq %rbx, 0x10(%rsi)
   95e: 4989db                         movq %rbx, %r11
   961: 8b7c242c                       movl 0x2c(%rsp), %edi
   965: 4c8b542438                     movq 0x38(%rsp), %r10
   96a: 4d39fe                         cmpq %r15, %r14
   96d: 0f8539f7ffff                   jne -0x8c7
   973: e938f7ffff                     jmp -0x8c8
   978: c744242c00000000               movl $0x0, 0x2c(%rsp)
   980: 4c89742418                     movq %r14, 0x18(%rsp)
   985: 31c0                           xorl %eax, %eax
   987: 31ed                           xorl %ebp, %ebp
   989: 4531c0                         xorl %r8d, %r8d
   98c: b902000000                     movl $0x2, %ecx
   991: 41b9aa000000                   movl $0xaa, %r9d
   997: 488b542408                     movq 0x8(%rsp), %rdx
   99c: 488b7c2410                     movq 0x10(%rsp), %rdi
   9a1: e9a3fdffff                     jmp -0x25d
   9a6: 41b982000000                   movl $0x82, %r9d
   9ac: b80d000000                     movl $0xd, %eax
   9b1: 48890424                       movq %rax, (%rsp)
   9b5: 31ed                           xorl %ebp, %ebp
   9b7: 4c896c2438                     movq %r13, 0x38(%rsp)
   9bc: 4c89742418                     movq %r14, 0x18(%rsp)
   9c1: b903000000                     movl $0x3, %ecx
   9c6: b001                           movb $0x1, %al
   9c8: 4531c0                         xorl %r8d, %r8d
   9cb: 488b542408                     movq 0x8(%rsp), %rdx
   9d0: 41bd30000000                   movl $0x30, %r13d
   9d6: e9c1feffff                     jmp -0x13f
   9db: 41b996000000                   movl $0x96, %r9d
   9e1: b80f000000                     movl $0xf, %eax
   9e6: 48890424                       movq %rax, (%rsp)
   9ea: c744242c00000000               movl $0x0, 0x2c(%rsp)
   9f2: 4c89742418                     movq %r14, 0x18(%rsp)
   9f7: b903000000                     movl $0x3, %ecx
   9fc: 31c0                           xorl %eax, %eax
   9fe: 31ed                           xorl %ebp, %ebp
   a00: 4531c0                         xorl %r8d, %r8d
   a03: e920feffff                     jmp -0x1e0
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
