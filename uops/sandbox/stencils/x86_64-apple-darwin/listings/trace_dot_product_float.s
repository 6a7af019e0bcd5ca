# stencil dot_product_float for x86_64-apple-darwin: 1970 code bytes, 8 data bytes, 19 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 4c89f2                         movq %r14, %rdx
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 4c8b5010                       movq 0x10(%rax), %r10
    11: 4c8b7018                       movq 0x18(%rax), %r14
    15: 4c8b7820                       movq 0x20(%rax), %r15
    19: 41b90a000000                   movl $0xa, %r9d
    1f: 41bb01000000                   movl $0x1, %r11d
    25: b901000000                     movl $0x1, %ecx
    2a: 41f6c701                       testb $0x1, %r15b
    2e: 7548                           jne 0x48
    30: 41837f0804                     cmpl $0x4, 0x8(%r15)
    35: 7541                           jne 0x41
    37: 488b30                         movq (%rax), %rsi
    3a: 4c8b4008                       movq 0x8(%rax), %r8
    3e: 498b4740                       movq 0x40(%r15), %rax
    42: 4d8b6f30                       movq 0x30(%r15), %r13
    46: 498b7f38                       movq 0x38(%r15), %rdi
    4a: 4885c0                         testq %rax, %rax
    4d: 0f8e8d000000                   jle 0x8d
    53: 4939fd                         cmpq %rdi, %r13
    56: 0f8c8d000000                   jl 0x8d
    5c: b828000000                     movl $0x28, %eax
    61: 48890424                       movq %rax, (%rsp)
    65: 41b914000000                   movl $0x14, %r9d
    6b: 41bb02000000                   movl $0x2, %r11d
    71: b902000000                     movl $0x2, %ecx
    76: eb09                           jmp 0x9
    78: b828000000                     movl $0x28, %eax
    7d: 48890424                       movq %rax, (%rsp)
    81: 31ed                           xorl %ebp, %ebp
    83: 4c89f3                         movq %r14, %rbx
    86: 4531c0                         xorl %r8d, %r8d
    89: 31ff                           xorl %edi, %edi
    8b: 498b742418                     movq 0x18(%r12), %rsi
    90: 4989dd                         movq %rbx, %r13
    93: 4c39f3                         cmpq %r14, %rbx
    96: 7404                           je 0x4
    98: 48895e18                       movq %rbx, 0x18(%rsi)
    9c: 4084ed                         testb %bpl, %bpl
    9f: 7424                           je 0x24
    a1: 4c895628                       movq %r10, 0x28(%rsi)
    a5: 488b442408                     movq 0x8(%rsp), %rax
    aa: 48894630                       movq %rax, 0x30(%rsi)
    ae: 4584c0                         testb %r8b, %r8b
    b1: 7412                           je 0x12
    b3: 488b442410                     movq 0x10(%rsp), %rax
    b8: 48894638                       movq %rax, 0x38(%rsi)
    bc: 4084ff                         testb %dil, %dil
    bf: 7504                           jne 0x4
    c1: 4c896e40                       movq %r13, 0x40(%rsi)
    c5: 48033424                       addq (%rsp), %rsi
    c9: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xcc: X86_64_RELOC_GOT_LOAD Rel32 data-4
    d0: 4d01d8                         addq %r11, %r8
    d3: 4c89e7                         movq %r12, %rdi
    d6: 4883c440                       addq $0x40, %rsp
    da: 5d                             popq %rbp
    db: e900000000                     jmp 0x0
        # hole +0xdc: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    e0: 4939fd                         cmpq %rdi, %r13
    e3: 0f8e73ffffff                   jle -0x8d
    e9: 4c01e8                         addq %r13, %rax
    ec: 49894730                       movq %rax, 0x30(%r15)
    f0: 41f6c601                       testb $0x1, %r14b
    f4: 4889742408                     movq %rsi, 0x8(%rsp)
    f9: 752d                           jne 0x2d
    fb: 49ff0e                         decq (%r14)
    fe: 7528                           jne 0x28
   100: 4c89f7                         movq %r14, %rdi
   103: 4889d3                         movq %rdx, %rbx
   106: 4c89d5                         movq %r10, %rbp
   109: 4c89442420                     movq %r8, 0x20(%rsp)
   10e: e800000000                     callq 0x0
        # hole +0x10f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   113: 4c8b442420                     movq 0x20(%rsp), %r8
   118: b901000000                     movl $0x1, %ecx
   11d: 488b742408                     movq 0x8(%rsp), %rsi
   122: 4989ea                         movq %rbp, %r10
   125: 4889da                         movq %rbx, %rdx
   128: 41f6c201                       testb $0x1, %r10b
   12c: 7503                           jne 0x3
   12e: 49ff02                         incq (%r10)
   131: 4a8d1c6d01000000               leaq 0x1(,%r13,2), %rbx
   139: b840000000                     movl $0x40, %eax
   13e: 48890424                       movq %rax, (%rsp)
   142: 40b501                         movb $0x1, %bpl
   145: 41b950000000                   movl $0x50, %r9d
   14b: 41bb08000000                   movl $0x8, %r11d
   151: 40f6c601                       testb $0x1, %sil
   155: 754f                           jne 0x4f
   157: 488b06                         movq (%rsi), %rax
   15a: 48ffc0                         incq %rax
   15d: 488906                         movq %rax, (%rsi)
   160: 837e0803                       cmpl $0x3, 0x8(%rsi)
   164: 7540                           jne 0x40
   166: 4d01ed                         addq %r13, %r13
   169: 49d1fd                         sarq %r13
   16c: 7838                           js 0x38
   16e: 4c3b6e30                       cmpq 0x30(%rsi), %r13
   172: 7d32                           jge 0x32
   174: 488b7e40                       movq 0x40(%rsi), %rdi
   178: 4a8b3cef                       movq (%rdi,%r13,8), %rdi
   17c: 48897c2430                     movq %rdi, 0x30(%rsp)
   181: 40f6c701                       testb $0x1, %dil
   185: 7429                           je 0x29
   187: 48ffc8                         decq %rax
   18a: 488906                         movq %rax, (%rsi)
   18d: 7434                           je 0x34
   18f: 41b96e000000                   movl $0x6e, %r9d
   195: 41bb0b000000                   movl $0xb, %r11d
   19b: 41f6c001                       testb $0x1, %r8b
   19f: 7469                           je 0x69
   1a1: e934010000                     jmp 0x134
   1a6: 48895c2410                     movq %rbx, 0x10(%rsp)
   1ab: e951010000                     jmp 0x151
   1b0: 488b442430                     movq 0x30(%rsp), %rax
   1b5: 48ff00                         incq (%rax)
   1b8: 488b06                         movq (%rsi), %rax
   1bb: 48ffc8                         decq %rax
   1be: 488906                         movq %rax, (%rsi)
   1c1: 75cc                           jne -0x34
   1c3: 4889f7                         movq %rsi, %rdi
   1c6: 4c89742428                     movq %r14, 0x28(%rsp)
   1cb: 4889542418                     movq %rdx, 0x18(%rsp)
   1d0: 4d89d6                         movq %r10, %r14
   1d3: 4c89442420                     movq %r8, 0x20(%rsp)
   1d8: e800000000                     callq 0x0
        # hole +0x1d9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1dd: 4c8b442420                     movq 0x20(%rsp), %r8
   1e2: b901000000                     movl $0x1, %ecx
   1e7: 4d89f2                         movq %r14, %r10
   1ea: 488b542418                     movq 0x18(%rsp), %rdx
   1ef: 4c8b742428                     movq 0x28(%rsp), %r14
   1f4: 41b96e000000                   movl $0x6e, %r9d
   1fa: 41bb0b000000                   movl $0xb, %r11d
   200: 41f6c001                       testb $0x1, %r8b
   204: 0f85d0000000                   jne 0xd0
   20a: 498b00                         movq (%r8), %rax
   20d: 48ffc0                         incq %rax
   210: 498900                         movq %rax, (%r8)
   213: 4183780803                     cmpl $0x3, 0x8(%r8)
   218: 0f85bc000000                   jne 0xbc
   21e: 4d3b6830                       cmpq 0x30(%r8), %r13
   222: 0f8db2000000                   jge 0xb2
   228: 498b7840                       movq 0x40(%r8), %rdi
   22c: 4a8b3cef                       movq (%rdi,%r13,8), %rdi
   230: 40f6c701                       testb $0x1, %dil
   234: 7506                           jne 0x6
   236: 48ff07                         incq (%rdi)
   239: 498b00                         movq (%r8), %rax
   23c: 48ffc8                         decq %rax
   23f: 498900                         movq %rax, (%r8)
   242: 48897c2410                     movq %rdi, 0x10(%rsp)
   247: 7532                           jne 0x32
   249: 4c89c7                         movq %r8, %rdi
   24c: 4c89742428                     movq %r14, 0x28(%rsp)
   251: 4989d6                         movq %rdx, %r14
   254: 4d89d5                         movq %r10, %r13
   257: 4c89442420                     movq %r8, 0x20(%rsp)
   25c: e800000000                     callq 0x0
        # hole +0x25d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   261: 4c8b442420                     movq 0x20(%rsp), %r8
   266: b901000000                     movl $0x1, %ecx
   26b: 4d89ea                         movq %r13, %r10
   26e: 488b7c2410                     movq 0x10(%rsp), %rdi
   273: 4c89f2                         movq %r14, %rdx
   276: 4c8b742428                     movq 0x28(%rsp), %r14
   27b: 41b978000000                   movl $0x78, %r9d
   281: 41bb0c000000                   movl $0xc, %r11d
   287: 488b442430                     movq 0x30(%rsp), %rax
   28c: a801                           testb $0x1, %al
   28e: 756c                           jne 0x6c
   290: 83780802                       cmpl $0x2, 0x8(%rax)
   294: 7566                           jne 0x66
   296: 40f6c701                       testb $0x1, %dil
   29a: 7560                           jne 0x60
   29c: 837f0802                       cmpl $0x2, 0x8(%rdi)
   2a0: 755a                           jne 0x5a
   2a2: 4c89542438                     movq %r10, 0x38(%rsp)
   2a7: f20f104030                     movsd 0x30(%rax), %xmm0
   2ac: f20f594730                     mulsd 0x30(%rdi), %xmm0
   2b1: f20f110424                     movsd %xmm0, (%rsp)
   2b6: 48ff08                         decq (%rax)
   2b9: 4c89742428                     movq %r14, 0x28(%rsp)
   2be: 4c89442420                     movq %r8, 0x20(%rsp)
   2c3: 7447                           je 0x47
   2c5: 48ff0f                         decq (%rdi)
   2c8: 7464                           je 0x64
   2ca: 488b7c2438                     movq 0x38(%rsp), %rdi
   2cf: 40f6c701                       testb $0x1, %dil
   2d3: 747d                           je 0x7d
   2d5: e979020000                     jmp 0x279
   2da: 31ff                           xorl %edi, %edi
   2dc: 488b442430                     movq 0x30(%rsp), %rax
   2e1: 4889442408                     movq %rax, 0x8(%rsp)
   2e6: 4c89442410                     movq %r8, 0x10(%rsp)
   2eb: 41b001                         movb $0x1, %r8b
   2ee: b848000000                     movl $0x48, %eax
   2f3: 48890424                       movq %rax, (%rsp)
   2f7: e98ffdffff                     jmp -0x271
   2fc: 4889442408                     movq %rax, 0x8(%rsp)
   301: 41b001                         movb $0x1, %r8b
   304: 40b701                         movb $0x1, %dil
   307: e97ffdffff                     jmp -0x281
   30c: 4889c7                         movq %rax, %rdi
   30f: 4989d6                         movq %rdx, %r14
   312: e800000000                     callq 0x0
        # hole +0x313: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   317: 4c8b442420                     movq 0x20(%rsp), %r8
   31c: 488b7c2410                     movq 0x10(%rsp), %rdi
   321: 4c89f2                         movq %r14, %rdx
   324: 4c8b742428                     movq 0x28(%rsp), %r14
   329: 48ff0f                         decq (%rdi)
   32c: 759c                           jne -0x64
   32e: 4989d6                         movq %rdx, %r14
   331: e800000000                     callq 0x0
        # hole +0x332: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   336: 4c8b442420                     movq 0x20(%rsp), %r8
   33b: 4c89f2                         movq %r14, %rdx
   33e: 4c8b742428                     movq 0x28(%rsp), %r14
   343: 488b7c2438                     movq 0x38(%rsp), %rdi
   348: 40f6c701                       testb $0x1, %dil
   34c: 0f8501020000                   jne 0x201
   352: 837f0802                       cmpl $0x2, 0x8(%rdi)
   356: 0f85f7010000                   jne 0x1f7
   35c: f20f100424                     movsd (%rsp), %xmm0
   361: f20f584730                     addsd 0x30(%rdi), %xmm0
   366: f20f110424                     movsd %xmm0, (%rsp)
   36b: 488b07                         movq (%rdi), %rax
   36e: 48ffc8                         decq %rax
   371: 488907                         movq %rax, (%rdi)
   374: 751e                           jne 0x1e
   376: 4989d6                         movq %rdx, %r14
   379: 4d89c5                         movq %r8, %r13
   37c: e800000000                     callq 0x0
        # hole +0x37d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   381: 4d89e8                         movq %r13, %r8
   384: 488b7c2438                     movq 0x38(%rsp), %rdi
   389: 4c89f2                         movq %r14, %rdx
   38c: 4c8b742428                     movq 0x28(%rsp), %r14
   391: 488b07                         movq (%rdi), %rax
   394: 48ffc8                         decq %rax
   397: 488907                         movq %rax, (%rdi)
   39a: 7517                           jne 0x17
   39c: 4d89f5                         movq %r14, %r13
   39f: 4989d6                         movq %rdx, %r14
   3a2: 4c89c5                         movq %r8, %rbp
   3a5: e800000000                     callq 0x0
        # hole +0x3a6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3aa: 4989e8                         movq %rbp, %r8
   3ad: 4c89f2                         movq %r14, %rdx
   3b0: 4d89ee                         movq %r13, %r14
   3b3: 488b4208                       movq 0x8(%rdx), %rax
   3b7: 488b4a10                       movq 0x10(%rdx), %rcx
   3bb: 48ffc0                         incq %rax
   3be: 48894208                       movq %rax, 0x8(%rdx)
   3c2: 4839c8                         cmpq %rcx, %rax
   3c5: 4889542418                     movq %rdx, 0x18(%rsp)
   3ca: 0f8dc5010000                   jge 0x1c5
   3d0: 48833a00                       cmpq $0x0, (%rdx)
   3d4: 0f85c2010000                   jne 0x1c2
   3da: 41837f0804                     cmpl $0x4, 0x8(%r15)
   3df: 0f8520020000                   jne 0x220
   3e5: 4c89c5                         movq %r8, %rbp
   3e8: 4989dd                         movq %rbx, %r13
   3eb: 498b7740                       movq 0x40(%r15), %rsi
   3ef: 498b5730                       movq 0x30(%r15), %rdx
   3f3: 498b7f38                       movq 0x38(%r15), %rdi
   3f7: 4885f6                         testq %rsi, %rsi
   3fa: 7e0a                           jle 0xa
   3fc: 4839fa                         cmpq %rdi, %rdx
   3ff: 7c0e                           jl 0xe
   401: e9a4020000                     jmp 0x2a4
   406: 4839fa                         cmpq %rdi, %rdx
   409: 0f8e9b020000                   jle 0x29b
   40f: 4801d6                         addq %rdx, %rsi
   412: 49897730                       movq %rsi, 0x30(%r15)
   416: 488d1c5501000000               leaq 0x1(,%rdx,2), %rbx
   41e: 488b7c2408                     movq 0x8(%rsp), %rdi
   423: 488b37                         movq (%rdi), %rsi
   426: 48ffc6                         incq %rsi
   429: 488937                         movq %rsi, (%rdi)
   42c: 837f0803                       cmpl $0x3, 0x8(%rdi)
   430: 0f85c2020000                   jne 0x2c2
   436: 4801d2                         addq %rdx, %rdx
   439: 48d1fa                         sarq %rdx
   43c: 0f88b6020000                   js 0x2b6
   442: 4c8b442408                     movq 0x8(%rsp), %r8
   447: 493b5030                       cmpq 0x30(%r8), %rdx
   44b: 0f8da7020000                   jge 0x2a7
   451: 498b7840                       movq 0x40(%r8), %rdi
   455: 4c8b2cd7                       movq (%rdi,%rdx,8), %r13
   459: 41f6c501                       testb $0x1, %r13b
   45d: 7507                           jne 0x7
   45f: 49ff4500                       incq (%r13)
   463: 498b30                         movq (%r8), %rsi
   466: 48ffce                         decq %rsi
   469: 498930                         movq %rsi, (%r8)
   46c: 488b7500                       movq (%rbp), %rsi
   470: 48ffc6                         incq %rsi
   473: 48897500                       movq %rsi, (%rbp)
   477: 837d0803                       cmpl $0x3, 0x8(%rbp)
   47b: 0f85a7020000                   jne 0x2a7
   481: 4989e8                         movq %rbp, %r8
   484: 483b5530                       cmpq 0x30(%rbp), %rdx
   488: 0f8d9a020000                   jge 0x29a
   48e: 498b7840                       movq 0x40(%r8), %rdi
   492: 488b14d7                       movq (%rdi,%rdx,8), %rdx
   496: 4889542410                     movq %rdx, 0x10(%rsp)
   49b: f6c201                         testb $0x1, %dl
   49e: 750b                           jne 0xb
   4a0: 488b542410                     movq 0x10(%rsp), %rdx
   4a5: 48ff02                         incq (%rdx)
   4a8: 498b30                         movq (%r8), %rsi
   4ab: 48ffce                         decq %rsi
   4ae: 498930                         movq %rsi, (%r8)
   4b1: 41f6c501                       testb $0x1, %r13b
   4b5: 0f85bf010000                   jne 0x1bf
   4bb: f644241001                     testb $0x1, 0x10(%rsp)
   4c0: 0f8568010000                   jne 0x168
   4c6: 41837d0802                     cmpl $0x2, 0x8(%r13)
   4cb: 0f855d010000                   jne 0x15d
   4d1: 488b7c2410                     movq 0x10(%rsp), %rdi
   4d6: 837f0802                       cmpl $0x2, 0x8(%rdi)
   4da: 0f859a010000                   jne 0x19a
   4e0: f2410f104d30                   movsd 0x30(%r13), %xmm1
   4e6: f20f594f30                     mulsd 0x30(%rdi), %xmm1
   4eb: 49ff4d00                       decq (%r13)
   4ef: 48ff0f                         decq (%rdi)
   4f2: 751e                           jne 0x1e
   4f4: f20f114c2430                   movsd %xmm1, 0x30(%rsp)
   4fa: e800000000                     callq 0x0
        # hole +0x4fb: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4ff: f20f104c2430                   movsd 0x30(%rsp), %xmm1
   505: 488b4c2418                     movq 0x18(%rsp), %rcx
   50a: 488b4108                       movq 0x8(%rcx), %rax
   50e: 488b4910                       movq 0x10(%rcx), %rcx
   512: f20f100424                     movsd (%rsp), %xmm0
   517: f20f58c1                       addsd %xmm1, %xmm0
   51b: f20f110424                     movsd %xmm0, (%rsp)
   520: 48ffc0                         incq %rax
   523: 488b542418                     movq 0x18(%rsp), %rdx
   528: 48894208                       movq %rax, 0x8(%rdx)
   52c: 4839c8                         cmpq %rcx, %rax
   52f: 7d64                           jge 0x64
   531: 48833a00                       cmpq $0x0, (%rdx)
   535: 0f8534020000                   jne 0x234
   53b: 41837f0804                     cmpl $0x4, 0x8(%r15)
   540: 4989dd                         movq %rbx, %r13
   543: 0f84a2feffff                   je -0x15e
   549: 488b7c2418                     movq 0x18(%rsp), %rdi
   54e: e9b5000000                     jmp 0xb5
   553: 4889d7                         movq %rdx, %rdi
   556: f20f100424                     movsd (%rsp), %xmm0
   55b: 4d89f7                         movq %r14, %r15
   55e: 4989d6                         movq %rdx, %r14
   561: e800000000                     callq 0x0
        # hole +0x562: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   566: b901000000                     movl $0x1, %ecx
   56b: 4c8b542438                     movq 0x38(%rsp), %r10
   570: 4c89f2                         movq %r14, %rdx
   573: 4d89fe                         movq %r15, %r14
   576: 4889442408                     movq %rax, 0x8(%rsp)
   57b: b838000000                     movl $0x38, %eax
   580: 48890424                       movq %rax, (%rsp)
   584: 41b98c000000                   movl $0x8c, %r9d
   58a: 41bb0e000000                   movl $0xe, %r11d
   590: e9f1faffff                     jmp -0x50f
   595: 48c70201000000                 movq $0x1, (%rdx)
   59c: 4889d7                         movq %rdx, %rdi
   59f: f20f100424                     movsd (%rsp), %xmm0
   5a4: e800000000                     callq 0x0
        # hole +0x5a5: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   5a9: b928000000                     movl $0x28, %ecx
   5ae: 48890c24                       movq %rcx, (%rsp)
   5b2: 41b9aa000000                   movl $0xaa, %r9d
   5b8: 41bb11000000                   movl $0x11, %r11d
   5be: b902000000                     movl $0x2, %ecx
   5c3: 48c744240800000000             movq $0x0, 0x8(%rsp)
   5cc: 4989dd                         movq %rbx, %r13
   5cf: 4531c0                         xorl %r8d, %r8d
   5d2: 31ff                           xorl %edi, %edi
   5d4: 498b742418                     movq 0x18(%r12), %rsi
   5d9: 4c8b542438                     movq 0x38(%rsp), %r10
   5de: 4c39d0                         cmpq %r10, %rax
   5e1: 7505                           jne 0x5
   5e3: 4489c5                         movl %r8d, %ebp
   5e6: eb0a                           jmp 0xa
   5e8: 48894610                       movq %rax, 0x10(%rsi)
   5ec: 4489c5                         movl %r8d, %ebp
   5ef: 4989c2                         movq %rax, %r10
   5f2: 488b542418                     movq 0x18(%rsp), %rdx
   5f7: 4c39f3                         cmpq %r14, %rbx
   5fa: 0f8598faffff                   jne -0x568
   600: e997faffff                     jmp -0x569
   605: 4889d7                         movq %rdx, %rdi
   608: f20f100424                     movsd (%rsp), %xmm0
   60d: e800000000                     callq 0x0
        # hole +0x60e: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   612: b928000000                     movl $0x28, %ecx
   617: 48890c24                       movq %rcx, (%rsp)
   61b: 41b90a000000                   movl $0xa, %r9d
   621: 41bb01000000                   movl $0x1, %r11d
   627: b901000000                     movl $0x1, %ecx
   62c: eb95                           jmp -0x6b
   62e: 488b7c2418                     movq 0x18(%rsp), %rdi
   633: f20f100424                     movsd (%rsp), %xmm0
   638: e800000000                     callq 0x0
        # hole +0x639: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   63d: b940000000                     movl $0x40, %ecx
   642: 48890c24                       movq %rcx, (%rsp)
   646: 41b001                         movb $0x1, %r8b
   649: 41b978000000                   movl $0x78, %r9d
   64f: 41bb0c000000                   movl $0xc, %r11d
   655: b901000000                     movl $0x1, %ecx
   65a: 4885c0                         testq %rax, %rax
   65d: 7504                           jne 0x4
   65f: 31c0                           xorl %eax, %eax
   661: eb07                           jmp 0x7
   663: 48c70002000000                 movq $0x2, (%rax)
   66a: 4c896c2408                     movq %r13, 0x8(%rsp)
   66f: 4989dd                         movq %rbx, %r13
   672: 40b701                         movb $0x1, %dil
   675: e95affffff                     jmp -0xa6
   67a: 488b7c2418                     movq 0x18(%rsp), %rdi
   67f: f20f100424                     movsd (%rsp), %xmm0
   684: e800000000                     callq 0x0
        # hole +0x685: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   689: b940000000                     movl $0x40, %ecx
   68e: 48890c24                       movq %rcx, (%rsp)
   692: 41b001                         movb $0x1, %r8b
   695: 41b978000000                   movl $0x78, %r9d
   69b: 41bb0c000000                   movl $0xc, %r11d
   6a1: 4885c0                         testq %rax, %rax
   6a4: 753e                           jne 0x3e
   6a6: 31c0                           xorl %eax, %eax
   6a8: eb41                           jmp 0x41
   6aa: 488b7c2418                     movq 0x18(%rsp), %rdi
   6af: f20f100424                     movsd (%rsp), %xmm0
   6b4: e800000000                     callq 0x0
        # hole +0x6b5: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   6b9: b928000000                     movl $0x28, %ecx
   6be: 48890c24                       movq %rcx, (%rsp)
   6c2: 41b914000000                   movl $0x14, %r9d
   6c8: 41bb02000000                   movl $0x2, %r11d
   6ce: b902000000                     movl $0x2, %ecx
   6d3: 48c744240800000000             movq $0x0, 0x8(%rsp)
   6dc: 4c89eb                         movq %r13, %rbx
   6df: e9ebfeffff                     jmp -0x115
   6e4: 48c70002000000                 movq $0x2, (%rax)
   6eb: 4c896c2408                     movq %r13, 0x8(%rsp)
   6f0: 4989dd                         movq %rbx, %r13
   6f3: e98d000000                     jmp 0x8d
   6f8: 488b7c2418                     movq 0x18(%rsp), %rdi
   6fd: f20f100424                     movsd (%rsp), %xmm0
   702: e800000000                     callq 0x0
        # hole +0x703: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   707: b940000000                     movl $0x40, %ecx
   70c: 48890c24                       movq %rcx, (%rsp)
   710: 41b001                         movb $0x1, %r8b
   713: 41b950000000                   movl $0x50, %r9d
   719: 41bb08000000                   movl $0x8, %r11d
   71f: 4885c0                         testq %rax, %rax
   722: 7555                           jne 0x55
   724: 31c0                           xorl %eax, %eax
   726: eb58                           jmp 0x58
   728: 488b7c2418                     movq 0x18(%rsp), %rdi
   72d: f20f100424                     movsd (%rsp), %xmm0
   732: e800000000                     callq 0x0
        # hole +0x733: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   737: b948000000                     movl $0x48, %ecx
   73c: 48890c24                       movq %rcx, (%rsp)
   740: 41b001                         movb $0x1, %r8b
   743: 41b96e000000                   movl $0x6e, %r9d
   749: 41bb0b000000                   movl $0xb, %r11d
   74f: 4885c0                         testq %rax, %rax
   752: 753e                           jne 0x3e
   754: 31c0                           xorl %eax, %eax
   756: 4c896c2408                     movq %r13, 0x8(%rsp)
   75b: 48896c2410                     movq %rbp, 0x10(%rsp)
   760: 4989dd                         movq %rbx, %r13
   763: 31ff                           xorl %edi, %edi
   765: b901000000                     movl $0x1, %ecx
   76a: e965feffff                     jmp -0x19b
   76f: 488b7c2418                     movq 0x18(%rsp), %rdi
   774: e926feffff                     jmp -0x1da
   779: 48c70002000000                 movq $0x2, (%rax)
   780: 48895c2410                     movq %rbx, 0x10(%rsp)
   785: 40b701                         movb $0x1, %dil
   788: b901000000                     movl $0x1, %ecx
   78d: e942feffff                     jmp -0x1be
   792: 48c70002000000                 movq $0x2, (%rax)
   799: 31ff                           xorl %edi, %edi
   79b: 4c896c2408                     movq %r13, 0x8(%rsp)
   7a0: 48896c2410                     movq %rbp, 0x10(%rsp)
   7a5: 4989dd                         movq %rbx, %r13
   7a8: b901000000                     movl $0x1, %ecx
   7ad: e922feffff                     jmp -0x1de
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
