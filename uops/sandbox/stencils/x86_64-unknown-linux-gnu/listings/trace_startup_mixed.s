# stencil startup_mixed for x86_64-unknown-linux-gnu: 3945 code bytes, 0 data bytes, 77 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b38                         movq (%rax), %rdi
     8: 40f6c701                       testb $0x1, %dil
     c: 7503                           jne 0x3
     e: 48ff07                         incq (%rdi)
    11: 55                             pushq %rbp
    12: 4883ec10                       subq $0x10, %rsp
    16: 498d5d08                       leaq 0x8(%r13), %rbx
    1a: 49897d00                       movq %rdi, (%r13)
    1e: 40f6c701                       testb $0x1, %dil
    22: 0f8594000000                   jne 0x94
    28: 837f0807                       cmpl $0x7, 0x8(%rdi)
    2c: 0f858a000000                   jne 0x8a
    32: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x34: R_X86_64_64 Abs64 operand0[1]+0
    3c: 488b4f30                       movq 0x30(%rdi), %rcx
    40: 48394130                       cmpq %rax, 0x30(%rcx)
    44: 7576                           jne 0x76
    46: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    4b: 0f824c070000                   jb 0x74c
    51: 488b4748                       movq 0x48(%rdi), %rax
    55: a801                           testb $0x1, %al
    57: 7503                           jne 0x3
    59: 48ff00                         incq (%rax)
    5c: 49894500                       movq %rax, (%r13)
    60: 48ff0f                         decq (%rdi)
    63: 7505                           jne 0x5
    65: e800000000                     callq 0x0
        # hole +0x66: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    6a: 498b4d00                       movq (%r13), %rcx
    6e: 498b442418                     movq 0x18(%r12), %rax
    73: 488b7808                       movq 0x8(%rax), %rdi
    77: 48894808                       movq %rcx, 0x8(%rax)
    7b: 40f6c701                       testb $0x1, %dil
    7f: 750f                           jne 0xf
    81: 48ff0f                         decq (%rdi)
    84: 750a                           jne 0xa
    86: e800000000                     callq 0x0
        # hole +0x87: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    8b: 498b442418                     movq 0x18(%r12), %rax
    90: 4c8b7820                       movq 0x20(%rax), %r15
    94: 41f6c701                       testb $0x1, %r15b
    98: 754d                           jne 0x4d
    9a: 49ff07                         incq (%r15)
    9d: 4d897d00                       movq %r15, (%r13)
    a1: 488b4010                       movq 0x10(%rax), %rax
    a5: a801                           testb $0x1, %al
    a7: 744a                           je 0x4a
    a9: 498d7510                       leaq 0x10(%r13), %rsi
    ad: 49894508                       movq %rax, 0x8(%r13)
    b1: 41f6c701                       testb $0x1, %r15b
    b5: 7455                           je 0x55
    b7: e9f9000000                     jmp 0xf9
    bc: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xbe: R_X86_64_64 Abs64 index+0
    c6: 49ffc0                         incq %r8
    c9: 41b90a000000                   movl $0xa, %r9d
    cf: b901000000                     movl $0x1, %ecx
    d4: 4889de                         movq %rbx, %rsi
    d7: 4c89e7                         movq %r12, %rdi
    da: 4c89f2                         movq %r14, %rdx
    dd: 4883c410                       addq $0x10, %rsp
    e1: 5d                             popq %rbp
    e2: e900000000                     jmp 0x0
        # hole +0xe3: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    e7: 4d897d00                       movq %r15, (%r13)
    eb: 488b4010                       movq 0x10(%rax), %rax
    ef: a801                           testb $0x1, %al
    f1: 75b6                           jne -0x4a
    f3: 48ff00                         incq (%rax)
    f6: 4d8b7d00                       movq (%r13), %r15
    fa: 498d7510                       leaq 0x10(%r13), %rsi
    fe: 49894508                       movq %rax, 0x8(%r13)
   102: 41f6c701                       testb $0x1, %r15b
   106: 0f85a9000000                   jne 0xa9
   10c: 41837f0808                     cmpl $0x8, 0x8(%r15)
   111: 0f859e000000                   jne 0x9e
   117: 48893424                       movq %rsi, (%rsp)
   11b: ba01000000                     movl $0x1, %edx
   120: 4c89f7                         movq %r14, %rdi
   123: 4889de                         movq %rbx, %rsi
   126: 41ff5738                       callq *0x38(%r15)
   12a: 4889c5                         movq %rax, %rbp
   12d: 488b3b                         movq (%rbx), %rdi
   130: 40f6c701                       testb $0x1, %dil
   134: 750a                           jne 0xa
   136: 48ff0f                         decq (%rdi)
   139: 7505                           jne 0x5
   13b: e800000000                     callq 0x0
        # hole +0x13c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   140: 49ff0f                         decq (%r15)
   143: 7508                           jne 0x8
   145: 4c89ff                         movq %r15, %rdi
   148: e800000000                     callq 0x0
        # hole +0x149: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   14d: 4885ed                         testq %rbp, %rbp
   150: 488b3424                       movq (%rsp), %rsi
   154: 0f8455070000                   je 0x755
   15a: 49896d00                       movq %rbp, (%r13)
   15e: 498b442418                     movq 0x18(%r12), %rax
   163: 488b7818                       movq 0x18(%rax), %rdi
   167: 48896818                       movq %rbp, 0x18(%rax)
   16b: 40f6c701                       testb $0x1, %dil
   16f: 7513                           jne 0x13
   171: 48ff0f                         decq (%rdi)
   174: 750e                           jne 0xe
   176: e800000000                     callq 0x0
        # hole +0x177: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   17b: 488b3424                       movq (%rsp), %rsi
   17f: 498b442418                     movq 0x18(%r12), %rax
   184: 488b7828                       movq 0x28(%rax), %rdi
   188: 40f6c701                       testb $0x1, %dil
   18c: 7545                           jne 0x45
   18e: 48ff07                         incq (%rdi)
   191: 49897d00                       movq %rdi, (%r13)
   195: 4c8b7830                       movq 0x30(%rax), %r15
   199: 41f6c701                       testb $0x1, %r15b
   19d: 7542                           jne 0x42
   19f: 49ff07                         incq (%r15)
   1a2: 498b7d00                       movq (%r13), %rdi
   1a6: 4c893b                         movq %r15, (%rbx)
   1a9: 40f6c701                       testb $0x1, %dil
   1ad: 0f85c7000000                   jne 0xc7
   1b3: eb39                           jmp 0x39
   1b5: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1b7: R_X86_64_64 Abs64 index+0
   1bf: 4983c006                       addq $0x6, %r8
   1c3: 41b93c000000                   movl $0x3c, %r9d
   1c9: b901000000                     movl $0x1, %ecx
   1ce: e904ffffff                     jmp -0xfc
   1d3: 49897d00                       movq %rdi, (%r13)
   1d7: 4c8b7830                       movq 0x30(%rax), %r15
   1db: 41f6c701                       testb $0x1, %r15b
   1df: 74be                           je -0x42
   1e1: 4c893b                         movq %r15, (%rbx)
   1e4: 40f6c701                       testb $0x1, %dil
   1e8: 0f858c000000                   jne 0x8c
   1ee: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1f2: 0f8582000000                   jne 0x82
   1f8: 4489f8                         movl %r15d, %eax
   1fb: 83e001                         andl $0x1, %eax
   1fe: 757a                           jne 0x7a
   200: 41837f0802                     cmpl $0x2, 0x8(%r15)
   205: 7573                           jne 0x73
   207: f20f104730                     movsd 0x30(%rdi), %xmm0
   20c: f2410f594730                   mulsd 0x30(%r15), %xmm0
   212: 48ff0f                         decq (%rdi)
   215: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   21b: 757b                           jne 0x7b
   21d: e800000000                     callq 0x0
        # hole +0x21e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   222: f20f10442408                   movsd 0x8(%rsp), %xmm0
   228: 49ff0f                         decq (%r15)
   22b: 7470                           je 0x70
   22d: 4c89f7                         movq %r14, %rdi
   230: e800000000                     callq 0x0
        # hole +0x231: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   235: 4885c0                         testq %rax, %rax
   238: 747e                           je 0x7e
   23a: 49894500                       movq %rax, (%r13)
   23e: 498b4c2418                     movq 0x18(%r12), %rcx
   243: 488b7938                       movq 0x38(%rcx), %rdi
   247: 48894138                       movq %rax, 0x38(%rcx)
   24b: 40f6c701                       testb $0x1, %dil
   24f: 0f859b000000                   jne 0x9b
   255: 48ff0f                         decq (%rdi)
   258: 488b3424                       movq (%rsp), %rsi
   25c: 7578                           jne 0x78
   25e: e800000000                     callq 0x0
        # hole +0x25f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   263: 488b3424                       movq (%rsp), %rsi
   267: 498b4c2418                     movq 0x18(%r12), %rcx
   26c: 488b4140                       movq 0x40(%rcx), %rax
   270: a801                           testb $0x1, %al
   272: 0f8584000000                   jne 0x84
   278: eb64                           jmp 0x64
   27a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x27c: R_X86_64_64 Abs64 index+0
   284: 4983c00a                       addq $0xa, %r8
   288: 41b964000000                   movl $0x64, %r9d
   28e: b901000000                     movl $0x1, %ecx
   293: e93ffeffff                     jmp -0x1c1
   298: 49ff0f                         decq (%r15)
   29b: 7590                           jne -0x70
   29d: 4c89ff                         movq %r15, %rdi
   2a0: e800000000                     callq 0x0
        # hole +0x2a1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2a5: f20f10442408                   movsd 0x8(%rsp), %xmm0
   2ab: 4c89f7                         movq %r14, %rdi
   2ae: e800000000                     callq 0x0
        # hole +0x2af: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   2b3: 4885c0                         testq %rax, %rax
   2b6: 7582                           jne -0x7e
   2b8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2ba: R_X86_64_64 Abs64 index+0
   2c2: 4983c00b                       addq $0xb, %r8
   2c6: 41b96e000000                   movl $0x6e, %r9d
   2cc: b903000000                     movl $0x3, %ecx
   2d1: e911060000                     jmp 0x611
   2d6: 488b4140                       movq 0x40(%rcx), %rax
   2da: a801                           testb $0x1, %al
   2dc: 751e                           jne 0x1e
   2de: 48ff00                         incq (%rax)
   2e1: 49894500                       movq %rax, (%r13)
   2e5: 488b5148                       movq 0x48(%rcx), %rdx
   2e9: f6c201                         testb $0x1, %dl
   2ec: 741b                           je 0x1b
   2ee: eb20                           jmp 0x20
   2f0: 488b3424                       movq (%rsp), %rsi
   2f4: 488b4140                       movq 0x40(%rcx), %rax
   2f8: a801                           testb $0x1, %al
   2fa: 74e2                           je -0x1e
   2fc: 49894500                       movq %rax, (%r13)
   300: 488b5148                       movq 0x48(%rcx), %rdx
   304: f6c201                         testb $0x1, %dl
   307: 7507                           jne 0x7
   309: 48ff02                         incq (%rdx)
   30c: 498b4500                       movq (%r13), %rax
   310: 89c7                           movl %eax, %edi
   312: 83e701                         andl $0x1, %edi
   315: 488913                         movq %rdx, (%rbx)
   318: 4885ff                         testq %rdi, %rdi
   31b: 400f94c7                       sete %dil
   31f: f6c201                         testb $0x1, %dl
   322: 410f94c0                       sete %r8b
   326: 4108f8                         orb %dil, %r8b
   329: 741e                           je 0x1e
   32b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x32d: R_X86_64_64 Abs64 index+0
   335: 4983c00f                       addq $0xf, %r8
   339: 41b996000000                   movl $0x96, %r9d
   33f: b901000000                     movl $0x1, %ecx
   344: e98efdffff                     jmp -0x272
   349: 48d1f8                         sarq %rax
   34c: 48d1fa                         sarq %rdx
   34f: 48bf0000000000000000           movabsq $0x0, %rdi
        # hole +0x351: R_X86_64_64 Abs64 symbol:tf_True+0
   359: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x35b: R_X86_64_64 Abs64 symbol:tf_False+0
   363: 4839d0                         cmpq %rdx, %rax
   366: 4c0f4cc7                       cmovlq %rdi, %r8
   36a: 4d894500                       movq %r8, (%r13)
   36e: 0f8d9c060000                   jge 0x69c
   374: 488b7950                       movq 0x50(%rcx), %rdi
   378: 40f6c701                       testb $0x1, %dil
   37c: 7527                           jne 0x27
   37e: 48ff07                         incq (%rdi)
   381: 49897d00                       movq %rdi, (%r13)
   385: 4c8b7958                       movq 0x58(%rcx), %r15
   389: 41f6c701                       testb $0x1, %r15b
   38d: 7524                           jne 0x24
   38f: 49ff07                         incq (%r15)
   392: 498b7d00                       movq (%r13), %rdi
   396: 4c893b                         movq %r15, (%rbx)
   399: 40f6c701                       testb $0x1, %dil
   39d: 0f85ae000000                   jne 0xae
   3a3: eb1b                           jmp 0x1b
   3a5: 49897d00                       movq %rdi, (%r13)
   3a9: 4c8b7958                       movq 0x58(%rcx), %r15
   3ad: 41f6c701                       testb $0x1, %r15b
   3b1: 74dc                           je -0x24
   3b3: 4c893b                         movq %r15, (%rbx)
   3b6: 40f6c701                       testb $0x1, %dil
   3ba: 0f8591000000                   jne 0x91
   3c0: 837f0802                       cmpl $0x2, 0x8(%rdi)
   3c4: 0f8587000000                   jne 0x87
   3ca: 4489f8                         movl %r15d, %eax
   3cd: 83e001                         andl $0x1, %eax
   3d0: 757f                           jne 0x7f
   3d2: 41837f0802                     cmpl $0x2, 0x8(%r15)
   3d7: 7578                           jne 0x78
   3d9: f20f104730                     movsd 0x30(%rdi), %xmm0
   3de: f2410f594730                   mulsd 0x30(%r15), %xmm0
   3e4: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   3ea: 48ff0f                         decq (%rdi)
   3ed: 7505                           jne 0x5
   3ef: e800000000                     callq 0x0
        # hole +0x3f0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3f4: 49ff0f                         decq (%r15)
   3f7: 7508                           jne 0x8
   3f9: 4c89ff                         movq %r15, %rdi
   3fc: e800000000                     callq 0x0
        # hole +0x3fd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   401: 4c89f7                         movq %r14, %rdi
   404: f20f10442408                   movsd 0x8(%rsp), %xmm0
   40a: e800000000                     callq 0x0
        # hole +0x40b: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   40f: 4885c0                         testq %rax, %rax
   412: 0f8440080000                   je 0x840
   418: 49894500                       movq %rax, (%r13)
   41c: 498b4c2418                     movq 0x18(%r12), %rcx
   421: 488b7960                       movq 0x60(%rcx), %rdi
   425: 48894160                       movq %rax, 0x60(%rcx)
   429: 40f6c701                       testb $0x1, %dil
   42d: 755a                           jne 0x5a
   42f: 48ff0f                         decq (%rdi)
   432: 488b3424                       movq (%rsp), %rsi
   436: 7537                           jne 0x37
   438: e800000000                     callq 0x0
        # hole +0x439: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   43d: 488b3424                       movq (%rsp), %rsi
   441: 498b4c2418                     movq 0x18(%r12), %rcx
   446: 488b5168                       movq 0x68(%rcx), %rdx
   44a: f6c201                         testb $0x1, %dl
   44d: 7547                           jne 0x47
   44f: eb27                           jmp 0x27
   451: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x453: R_X86_64_64 Abs64 index+0
   45b: 4983c014                       addq $0x14, %r8
   45f: 41b9c8000000                   movl $0xc8, %r9d
   465: b901000000                     movl $0x1, %ecx
   46a: e968fcffff                     jmp -0x398
   46f: 488b5168                       movq 0x68(%rcx), %rdx
   473: f6c201                         testb $0x1, %dl
   476: 751e                           jne 0x1e
   478: 48ff02                         incq (%rdx)
   47b: 49895500                       movq %rdx, (%r13)
   47f: 488b4170                       movq 0x70(%rcx), %rax
   483: a801                           testb $0x1, %al
   485: 741b                           je 0x1b
   487: eb20                           jmp 0x20
   489: 488b3424                       movq (%rsp), %rsi
   48d: 488b5168                       movq 0x68(%rcx), %rdx
   491: f6c201                         testb $0x1, %dl
   494: 74e2                           je -0x1e
   496: 49895500                       movq %rdx, (%r13)
   49a: 488b4170                       movq 0x70(%rcx), %rax
   49e: a801                           testb $0x1, %al
   4a0: 7507                           jne 0x7
   4a2: 48ff00                         incq (%rax)
   4a5: 498b5500                       movq (%r13), %rdx
   4a9: 89d7                           movl %edx, %edi
   4ab: 83e701                         andl $0x1, %edi
   4ae: 488903                         movq %rax, (%rbx)
   4b1: 4885ff                         testq %rdi, %rdi
   4b4: 400f94c7                       sete %dil
   4b8: a801                           testb $0x1, %al
   4ba: 410f94c0                       sete %r8b
   4be: 4108f8                         orb %dil, %r8b
   4c1: 741e                           je 0x1e
   4c3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x4c5: R_X86_64_64 Abs64 index+0
   4cd: 4983c019                       addq $0x19, %r8
   4d1: 41b9fa000000                   movl $0xfa, %r9d
   4d7: b901000000                     movl $0x1, %ecx
   4dc: e9f6fbffff                     jmp -0x40a
   4e1: 48d1fa                         sarq %rdx
   4e4: 48d1f8                         sarq %rax
   4e7: 480fafc2                       imulq %rdx, %rax
   4eb: 0f80a2070000                   jo 0x7a2
   4f1: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   4fb: 488d1428                       leaq (%rax,%rbp), %rdx
   4ff: 4885d2                         testq %rdx, %rdx
   502: 0f898b070000                   jns 0x78b
   508: 488d044501000000               leaq 0x1(,%rax,2), %rax
   510: 49894500                       movq %rax, (%r13)
   514: 488b7978                       movq 0x78(%rcx), %rdi
   518: 48894178                       movq %rax, 0x78(%rcx)
   51c: 40f6c701                       testb $0x1, %dil
   520: 7513                           jne 0x13
   522: 48ff0f                         decq (%rdi)
   525: 750e                           jne 0xe
   527: e800000000                     callq 0x0
        # hole +0x528: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   52c: 488b3424                       movq (%rsp), %rsi
   530: 498b4c2418                     movq 0x18(%r12), %rcx
   535: 488b9180000000                 movq 0x80(%rcx), %rdx
   53c: f6c201                         testb $0x1, %dl
   53f: 7503                           jne 0x3
   541: 48ff02                         incq (%rdx)
   544: 49895500                       movq %rdx, (%r13)
   548: 488b8188000000                 movq 0x88(%rcx), %rax
   54f: a801                           testb $0x1, %al
   551: 7507                           jne 0x7
   553: 48ff00                         incq (%rax)
   556: 498b5500                       movq (%r13), %rdx
   55a: 89d7                           movl %edx, %edi
   55c: 83e701                         andl $0x1, %edi
   55f: 488903                         movq %rax, (%rbx)
   562: 4885ff                         testq %rdi, %rdi
   565: 400f94c7                       sete %dil
   569: a801                           testb $0x1, %al
   56b: 410f94c0                       sete %r8b
   56f: 4108f8                         orb %dil, %r8b
   572: 741e                           je 0x1e
   574: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x576: R_X86_64_64 Abs64 index+0
   57e: 4983c01e                       addq $0x1e, %r8
   582: 41b92c010000                   movl $0x12c, %r9d
   588: b901000000                     movl $0x1, %ecx
   58d: e945fbffff                     jmp -0x4bb
   592: 48d1fa                         sarq %rdx
   595: 48d1f8                         sarq %rax
   598: 480fafc2                       imulq %rdx, %rax
   59c: 0f800f070000                   jo 0x70f
   5a2: 488d1428                       leaq (%rax,%rbp), %rdx
   5a6: 4885d2                         testq %rdx, %rdx
   5a9: 0f8902070000                   jns 0x702
   5af: 488d044501000000               leaq 0x1(,%rax,2), %rax
   5b7: 49894500                       movq %rax, (%r13)
   5bb: 488bb990000000                 movq 0x90(%rcx), %rdi
   5c2: 48898190000000                 movq %rax, 0x90(%rcx)
   5c9: 40f6c701                       testb $0x1, %dil
   5cd: 7513                           jne 0x13
   5cf: 48ff0f                         decq (%rdi)
   5d2: 750e                           jne 0xe
   5d4: e800000000                     callq 0x0
        # hole +0x5d5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5d9: 488b3424                       movq (%rsp), %rsi
   5dd: 498b4c2418                     movq 0x18(%r12), %rcx
   5e2: 488b9198000000                 movq 0x98(%rcx), %rdx
   5e9: f6c201                         testb $0x1, %dl
   5ec: 7503                           jne 0x3
   5ee: 48ff02                         incq (%rdx)
   5f1: 49895500                       movq %rdx, (%r13)
   5f5: 488b81a0000000                 movq 0xa0(%rcx), %rax
   5fc: a801                           testb $0x1, %al
   5fe: 7507                           jne 0x7
   600: 48ff00                         incq (%rax)
   603: 498b5500                       movq (%r13), %rdx
   607: 89d7                           movl %edx, %edi
   609: 83e701                         andl $0x1, %edi
   60c: 488903                         movq %rax, (%rbx)
   60f: 4885ff                         testq %rdi, %rdi
   612: 400f94c7                       sete %dil
   616: a801                           testb $0x1, %al
   618: 410f94c0                       sete %r8b
   61c: 4108f8                         orb %dil, %r8b
   61f: 741e                           je 0x1e
   621: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x623: R_X86_64_64 Abs64 index+0
   62b: 4983c023                       addq $0x23, %r8
   62f: 41b95e010000                   movl $0x15e, %r9d
   635: b901000000                     movl $0x1, %ecx
   63a: e998faffff                     jmp -0x568
   63f: 48d1fa                         sarq %rdx
   642: 48d1f8                         sarq %rax
   645: 480fafc2                       imulq %rdx, %rax
   649: 0f809d060000                   jo 0x69d
   64f: 488d1428                       leaq (%rax,%rbp), %rdx
   653: 4885d2                         testq %rdx, %rdx
   656: 0f8990060000                   jns 0x690
   65c: 488d044501000000               leaq 0x1(,%rax,2), %rax
   664: 49894500                       movq %rax, (%r13)
   668: 488bb9a8000000                 movq 0xa8(%rcx), %rdi
   66f: 488981a8000000                 movq %rax, 0xa8(%rcx)
   676: 40f6c701                       testb $0x1, %dil
   67a: 750f                           jne 0xf
   67c: 48ff0f                         decq (%rdi)
   67f: 750a                           jne 0xa
   681: e800000000                     callq 0x0
        # hole +0x682: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   686: 498b4c2418                     movq 0x18(%r12), %rcx
   68b: 49c745003d000000               movq $0x3d, (%r13)
   693: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   69a: 48c781b00000003d000000         movq $0x3d, 0xb0(%rcx)
   6a5: 40f6c701                       testb $0x1, %dil
   6a9: 750f                           jne 0xf
   6ab: 48ff0f                         decq (%rdi)
   6ae: 750a                           jne 0xa
   6b0: e800000000                     callq 0x0
        # hole +0x6b1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6b5: 498b4c2418                     movq 0x18(%r12), %rcx
   6ba: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   6c1: 40f6c701                       testb $0x1, %dil
   6c5: 0f85b5000000                   jne 0xb5
   6cb: 48ff07                         incq (%rdi)
   6ce: 49897d00                       movq %rdi, (%r13)
   6d2: 837f0807                       cmpl $0x7, 0x8(%rdi)
   6d6: 0f85a8000000                   jne 0xa8
   6dc: 488b4730                       movq 0x30(%rdi), %rax
   6e0: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   6e8: 0f8596000000                   jne 0x96
   6ee: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   6f3: 0f8226070000                   jb 0x726
   6f9: 488b4748                       movq 0x48(%rdi), %rax
   6fd: a801                           testb $0x1, %al
   6ff: 7503                           jne 0x3
   701: 48ff00                         incq (%rax)
   704: 49894500                       movq %rax, (%r13)
   708: 48ff0f                         decq (%rdi)
   70b: 750a                           jne 0xa
   70d: e800000000                     callq 0x0
        # hole +0x70e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   712: 498b4c2418                     movq 0x18(%r12), %rcx
   717: 498b4500                       movq (%r13), %rax
   71b: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   722: 488981c0000000                 movq %rax, 0xc0(%rcx)
   729: 40f6c701                       testb $0x1, %dil
   72d: 750f                           jne 0xf
   72f: 48ff0f                         decq (%rdi)
   732: 750a                           jne 0xa
   734: e800000000                     callq 0x0
        # hole +0x735: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   739: 498b4c2418                     movq 0x18(%r12), %rcx
   73e: 488b81e0000000                 movq 0xe0(%rcx), %rax
   745: a801                           testb $0x1, %al
   747: 756d                           jne 0x6d
   749: 48ff00                         incq (%rax)
   74c: 49894500                       movq %rax, (%r13)
   750: 488b81c8000000                 movq 0xc8(%rcx), %rax
   757: a801                           testb $0x1, %al
   759: 746a                           je 0x6a
   75b: 488903                         movq %rax, (%rbx)
   75e: 488b81d0000000                 movq 0xd0(%rcx), %rax
   765: a801                           testb $0x1, %al
   767: 756d                           jne 0x6d
   769: 48ff00                         incq (%rax)
   76c: 49894510                       movq %rax, 0x10(%r13)
   770: 4d8b7d00                       movq (%r13), %r15
   774: 41f6c701                       testb $0x1, %r15b
   778: 0f854c010000                   jne 0x14c
   77e: eb68                           jmp 0x68
   780: 49897d00                       movq %rdi, (%r13)
   784: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x786: R_X86_64_64 Abs64 index+0
   78e: 4983c029                       addq $0x29, %r8
   792: 41b99a010000                   movl $0x19a, %r9d
   798: e932f9ffff                     jmp -0x6ce
   79d: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x79f: R_X86_64_64 Abs64 index+0
   7a7: 4983c002                       addq $0x2, %r8
   7ab: 41b914000000                   movl $0x14, %r9d
   7b1: e919f9ffff                     jmp -0x6e7
   7b6: 49894500                       movq %rax, (%r13)
   7ba: 488b81c8000000                 movq 0xc8(%rcx), %rax
   7c1: a801                           testb $0x1, %al
   7c3: 7596                           jne -0x6a
   7c5: 48ff00                         incq (%rax)
   7c8: 488903                         movq %rax, (%rbx)
   7cb: 488b81d0000000                 movq 0xd0(%rcx), %rax
   7d2: a801                           testb $0x1, %al
   7d4: 7493                           je -0x6d
   7d6: 49894510                       movq %rax, 0x10(%r13)
   7da: 4d8b7d00                       movq (%r13), %r15
   7de: 41f6c701                       testb $0x1, %r15b
   7e2: 0f85e2000000                   jne 0xe2
   7e8: 41837f0808                     cmpl $0x8, 0x8(%r15)
   7ed: 0f85d7000000                   jne 0xd7
   7f3: ba02000000                     movl $0x2, %edx
   7f8: 4c89f7                         movq %r14, %rdi
   7fb: 4889de                         movq %rbx, %rsi
   7fe: 41ff5738                       callq *0x38(%r15)
   802: 4889442408                     movq %rax, 0x8(%rsp)
   807: 488b3b                         movq (%rbx), %rdi
   80a: 40f6c701                       testb $0x1, %dil
   80e: 750a                           jne 0xa
   810: 48ff0f                         decq (%rdi)
   813: 7505                           jne 0x5
   815: e800000000                     callq 0x0
        # hole +0x816: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   81a: 498b7d10                       movq 0x10(%r13), %rdi
   81e: 40f6c701                       testb $0x1, %dil
   822: 750a                           jne 0xa
   824: 48ff0f                         decq (%rdi)
   827: 7505                           jne 0x5
   829: e800000000                     callq 0x0
        # hole +0x82a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   82e: 49ff0f                         decq (%r15)
   831: 7508                           jne 0x8
   833: 4c89ff                         movq %r15, %rdi
   836: e800000000                     callq 0x0
        # hole +0x837: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   83b: 48837c240800                   cmpq $0x0, 0x8(%rsp)
   841: 0f844b060000                   je 0x64b
   847: 488b4c2408                     movq 0x8(%rsp), %rcx
   84c: 49894d00                       movq %rcx, (%r13)
   850: 498b442418                     movq 0x18(%r12), %rax
   855: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   85c: 488988d8000000                 movq %rcx, 0xd8(%rax)
   863: 40f6c701                       testb $0x1, %dil
   867: 750f                           jne 0xf
   869: 48ff0f                         decq (%rdi)
   86c: 750a                           jne 0xa
   86e: e800000000                     callq 0x0
        # hole +0x86f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   873: 498b442418                     movq 0x18(%r12), %rax
   878: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   87f: 40f6c701                       testb $0x1, %dil
   883: 756a                           jne 0x6a
   885: 48ff07                         incq (%rdi)
   888: 49897d00                       movq %rdi, (%r13)
   88c: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   893: 41f6c701                       testb $0x1, %r15b
   897: 7567                           jne 0x67
   899: 49ff07                         incq (%r15)
   89c: 498b7d00                       movq (%r13), %rdi
   8a0: 4c893b                         movq %r15, (%rbx)
   8a3: 40f6c701                       testb $0x1, %dil
   8a7: 0f8541010000                   jne 0x141
   8ad: eb5e                           jmp 0x5e
   8af: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8b1: R_X86_64_64 Abs64 index+0
   8b9: 4983c006                       addq $0x6, %r8
   8bd: 41b93c000000                   movl $0x3c, %r9d
   8c3: b903000000                     movl $0x3, %ecx
   8c8: eb1d                           jmp 0x1d
   8ca: 4983c518                       addq $0x18, %r13
   8ce: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x8d0: R_X86_64_64 Abs64 index+0
   8d8: 4983c02f                       addq $0x2f, %r8
   8dc: 41b9d6010000                   movl $0x1d6, %r9d
   8e2: b901000000                     movl $0x1, %ecx
   8e7: 4c89ee                         movq %r13, %rsi
   8ea: e9e8f7ffff                     jmp -0x818
   8ef: 49897d00                       movq %rdi, (%r13)
   8f3: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   8fa: 41f6c701                       testb $0x1, %r15b
   8fe: 7499                           je -0x67
   900: 4c893b                         movq %r15, (%rbx)
   903: 40f6c701                       testb $0x1, %dil
   907: 0f85e1000000                   jne 0xe1
   90d: 837f0802                       cmpl $0x2, 0x8(%rdi)
   911: 0f85d7000000                   jne 0xd7
   917: 4489f8                         movl %r15d, %eax
   91a: 83e001                         andl $0x1, %eax
   91d: 0f85cb000000                   jne 0xcb
   923: 41837f0802                     cmpl $0x2, 0x8(%r15)
   928: 0f85c0000000                   jne 0xc0
   92e: f20f104730                     movsd 0x30(%rdi), %xmm0
   933: f2410f594730                   mulsd 0x30(%r15), %xmm0
   939: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   93f: 48ff0f                         decq (%rdi)
   942: 7505                           jne 0x5
   944: e800000000                     callq 0x0
        # hole +0x945: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   949: 49ff0f                         decq (%r15)
   94c: 7508                           jne 0x8
   94e: 4c89ff                         movq %r15, %rdi
   951: e800000000                     callq 0x0
        # hole +0x952: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   956: 4c89f7                         movq %r14, %rdi
   959: f20f10442408                   movsd 0x8(%rsp), %xmm0
   95f: e800000000                     callq 0x0
        # hole +0x960: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   964: 4885c0                         testq %rax, %rax
   967: 0f8443050000                   je 0x543
   96d: 49894500                       movq %rax, (%r13)
   971: 498b4c2418                     movq 0x18(%r12), %rcx
   976: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   97d: 488981f8000000                 movq %rax, 0xf8(%rcx)
   984: 40f6c701                       testb $0x1, %dil
   988: 750f                           jne 0xf
   98a: 48ff0f                         decq (%rdi)
   98d: 750a                           jne 0xa
   98f: e800000000                     callq 0x0
        # hole +0x990: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   994: 498b4c2418                     movq 0x18(%r12), %rcx
   999: 488b9100010000                 movq 0x100(%rcx), %rdx
   9a0: f6c201                         testb $0x1, %dl
   9a3: 7503                           jne 0x3
   9a5: 48ff02                         incq (%rdx)
   9a8: 49895500                       movq %rdx, (%r13)
   9ac: 488b8108010000                 movq 0x108(%rcx), %rax
   9b3: a801                           testb $0x1, %al
   9b5: 7507                           jne 0x7
   9b7: 48ff00                         incq (%rax)
   9ba: 498b5500                       movq (%r13), %rdx
   9be: 89d6                           movl %edx, %esi
   9c0: 83e601                         andl $0x1, %esi
   9c3: 488903                         movq %rax, (%rbx)
   9c6: 4885f6                         testq %rsi, %rsi
   9c9: 400f94c6                       sete %sil
   9cd: a801                           testb $0x1, %al
   9cf: 400f94c7                       sete %dil
   9d3: 4008f7                         orb %sil, %dil
   9d6: 7456                           je 0x56
   9d8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9da: R_X86_64_64 Abs64 index+0
   9e2: 4983c038                       addq $0x38, %r8
   9e6: 41b930020000                   movl $0x230, %r9d
   9ec: eb14                           jmp 0x14
   9ee: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x9f0: R_X86_64_64 Abs64 index+0
   9f8: 4983c033                       addq $0x33, %r8
   9fc: 41b9fe010000                   movl $0x1fe, %r9d
   a02: b901000000                     movl $0x1, %ecx
   a07: 488b3424                       movq (%rsp), %rsi
   a0b: e9c7f6ffff                     jmp -0x939
   a10: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa12: R_X86_64_64 Abs64 index+0
   a1a: 4983c011                       addq $0x11, %r8
   a1e: 41b9aa000000                   movl $0xaa, %r9d
   a24: b902000000                     movl $0x2, %ecx
   a29: e9a6f6ffff                     jmp -0x95a
   a2e: 48d1fa                         sarq %rdx
   a31: 48d1f8                         sarq %rax
   a34: 480fafc2                       imulq %rdx, %rax
   a38: 0f8090040000                   jo 0x490
   a3e: 488d1428                       leaq (%rax,%rbp), %rdx
   a42: 4885d2                         testq %rdx, %rdx
   a45: 0f8983040000                   jns 0x483
   a4b: 488d044501000000               leaq 0x1(,%rax,2), %rax
   a53: 49894500                       movq %rax, (%r13)
   a57: 488bb910010000                 movq 0x110(%rcx), %rdi
   a5e: 48898110010000                 movq %rax, 0x110(%rcx)
   a65: 40f6c701                       testb $0x1, %dil
   a69: 750f                           jne 0xf
   a6b: 48ff0f                         decq (%rdi)
   a6e: 750a                           jne 0xa
   a70: e800000000                     callq 0x0
        # hole +0xa71: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a75: 498b4c2418                     movq 0x18(%r12), %rcx
   a7a: 488b8118010000                 movq 0x118(%rcx), %rax
   a81: a801                           testb $0x1, %al
   a83: 7503                           jne 0x3
   a85: 48ff00                         incq (%rax)
   a88: 49894500                       movq %rax, (%r13)
   a8c: 488b9120010000                 movq 0x120(%rcx), %rdx
   a93: f6c201                         testb $0x1, %dl
   a96: 7507                           jne 0x7
   a98: 48ff02                         incq (%rdx)
   a9b: 498b4500                       movq (%r13), %rax
   a9f: 89c6                           movl %eax, %esi
   aa1: 83e601                         andl $0x1, %esi
   aa4: 488913                         movq %rdx, (%rbx)
   aa7: 4885f6                         testq %rsi, %rsi
   aaa: 400f94c6                       sete %sil
   aae: f6c201                         testb $0x1, %dl
   ab1: 400f94c7                       sete %dil
   ab5: 4008f7                         orb %sil, %dil
   ab8: 7419                           je 0x19
   aba: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xabc: R_X86_64_64 Abs64 index+0
   ac4: 4983c03d                       addq $0x3d, %r8
   ac8: 41b962020000                   movl $0x262, %r9d
   ace: e92fffffff                     jmp -0xd1
   ad3: 48d1f8                         sarq %rax
   ad6: 48d1fa                         sarq %rdx
   ad9: 4801c2                         addq %rax, %rdx
   adc: 4889d0                         movq %rdx, %rax
   adf: 4801e8                         addq %rbp, %rax
   ae2: 0f89ff030000                   jns 0x3ff
   ae8: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   af0: 49894500                       movq %rax, (%r13)
   af4: 488bb928010000                 movq 0x128(%rcx), %rdi
   afb: 48898128010000                 movq %rax, 0x128(%rcx)
   b02: 40f6c701                       testb $0x1, %dil
   b06: 750f                           jne 0xf
   b08: 48ff0f                         decq (%rdi)
   b0b: 750a                           jne 0xa
   b0d: e800000000                     callq 0x0
        # hole +0xb0e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b12: 498b4c2418                     movq 0x18(%r12), %rcx
   b17: 488bb930010000                 movq 0x130(%rcx), %rdi
   b1e: 40f6c701                       testb $0x1, %dil
   b22: 0f854e010000                   jne 0x14e
   b28: 48ff07                         incq (%rdi)
   b2b: 49897d00                       movq %rdi, (%r13)
   b2f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b33: 0f8541010000                   jne 0x141
   b39: 488b4730                       movq 0x30(%rdi), %rax
   b3d: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   b45: 0f852f010000                   jne 0x12f
   b4b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   b50: 0f84aa030000                   je 0x3aa
   b56: 488b4740                       movq 0x40(%rdi), %rax
   b5a: a801                           testb $0x1, %al
   b5c: 7503                           jne 0x3
   b5e: 48ff00                         incq (%rax)
   b61: 49894500                       movq %rax, (%r13)
   b65: 48ff0f                         decq (%rdi)
   b68: 750a                           jne 0xa
   b6a: e800000000                     callq 0x0
        # hole +0xb6b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b6f: 498b4c2418                     movq 0x18(%r12), %rcx
   b74: 498b4500                       movq (%r13), %rax
   b78: 488bb938010000                 movq 0x138(%rcx), %rdi
   b7f: 48898138010000                 movq %rax, 0x138(%rcx)
   b86: 40f6c701                       testb $0x1, %dil
   b8a: 750f                           jne 0xf
   b8c: 48ff0f                         decq (%rdi)
   b8f: 750a                           jne 0xa
   b91: e800000000                     callq 0x0
        # hole +0xb92: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b96: 498b4c2418                     movq 0x18(%r12), %rcx
   b9b: 488bb940010000                 movq 0x140(%rcx), %rdi
   ba2: 40f6c701                       testb $0x1, %dil
   ba6: 0f8523010000                   jne 0x123
   bac: 48ff07                         incq (%rdi)
   baf: 49897d00                       movq %rdi, (%r13)
   bb3: 837f0807                       cmpl $0x7, 0x8(%rdi)
   bb7: 0f8516010000                   jne 0x116
   bbd: 488b4730                       movq 0x30(%rdi), %rax
   bc1: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   bc9: 0f8504010000                   jne 0x104
   bcf: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   bd4: 0f843f030000                   je 0x33f
   bda: 488b4740                       movq 0x40(%rdi), %rax
   bde: a801                           testb $0x1, %al
   be0: 7503                           jne 0x3
   be2: 48ff00                         incq (%rax)
   be5: 49894500                       movq %rax, (%r13)
   be9: 48ff0f                         decq (%rdi)
   bec: 750a                           jne 0xa
   bee: e800000000                     callq 0x0
        # hole +0xbef: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   bf3: 498b4c2418                     movq 0x18(%r12), %rcx
   bf8: 498b4500                       movq (%r13), %rax
   bfc: 488bb948010000                 movq 0x148(%rcx), %rdi
   c03: 48898148010000                 movq %rax, 0x148(%rcx)
   c0a: 40f6c701                       testb $0x1, %dil
   c0e: 750f                           jne 0xf
   c10: 48ff0f                         decq (%rdi)
   c13: 750a                           jne 0xa
   c15: e800000000                     callq 0x0
        # hole +0xc16: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   c1a: 498b4c2418                     movq 0x18(%r12), %rcx
   c1f: 4c8bb960010000                 movq 0x160(%rcx), %r15
   c26: 41f6c701                       testb $0x1, %r15b
   c2a: 0f85da000000                   jne 0xda
   c30: 49ff07                         incq (%r15)
   c33: 4d897d00                       movq %r15, (%r13)
   c37: 488b8150010000                 movq 0x150(%rcx), %rax
   c3e: a801                           testb $0x1, %al
   c40: 0f84d7000000                   je 0xd7
   c46: 488903                         movq %rax, (%rbx)
   c49: 41f6c701                       testb $0x1, %r15b
   c4d: 0f84de000000                   je 0xde
   c53: e9ae010000                     jmp 0x1ae
   c58: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xc5a: R_X86_64_64 Abs64 index+0
   c62: 4983c015                       addq $0x15, %r8
   c66: 41b9d2000000                   movl $0xd2, %r9d
   c6c: b903000000                     movl $0x3, %ecx
   c71: e971fcffff                     jmp -0x38f
   c76: 49897d00                       movq %rdi, (%r13)
   c7a: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xc7c: R_X86_64_64 Abs64 index+0
   c84: 4983c041                       addq $0x41, %r8
   c88: 41b98a020000                   movl $0x28a, %r9d
   c8e: e93cf4ffff                     jmp -0xbc4
   c93: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xc95: R_X86_64_64 Abs64 index+0
   c9d: 4983c01a                       addq $0x1a, %r8
   ca1: 41b904010000                   movl $0x104, %r9d
   ca7: b901000000                     movl $0x1, %ecx
   cac: e926f4ffff                     jmp -0xbda
   cb1: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xcb3: R_X86_64_64 Abs64 index+0
   cbb: 4983c01f                       addq $0x1f, %r8
   cbf: 41b936010000                   movl $0x136, %r9d
   cc5: b901000000                     movl $0x1, %ecx
   cca: e908f4ffff                     jmp -0xbf8
   ccf: 49897d00                       movq %rdi, (%r13)
   cd3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xcd5: R_X86_64_64 Abs64 index+0
   cdd: 4983c045                       addq $0x45, %r8
   ce1: 41b9b2020000                   movl $0x2b2, %r9d
   ce7: e9e3f3ffff                     jmp -0xc1d
   cec: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xcee: R_X86_64_64 Abs64 index+0
   cf6: 4983c024                       addq $0x24, %r8
   cfa: 41b968010000                   movl $0x168, %r9d
   d00: b901000000                     movl $0x1, %ecx
   d05: e9cdf3ffff                     jmp -0xc33
   d0a: 4d897d00                       movq %r15, (%r13)
   d0e: 488b8150010000                 movq 0x150(%rcx), %rax
   d15: a801                           testb $0x1, %al
   d17: 0f8529ffffff                   jne -0xd7
   d1d: 48ff00                         incq (%rax)
   d20: 4d8b7d00                       movq (%r13), %r15
   d24: 488903                         movq %rax, (%rbx)
   d27: 41f6c701                       testb $0x1, %r15b
   d2b: 0f85d5000000                   jne 0xd5
   d31: 41837f0808                     cmpl $0x8, 0x8(%r15)
   d36: 0f85ca000000                   jne 0xca
   d3c: ba01000000                     movl $0x1, %edx
   d41: 4c89f7                         movq %r14, %rdi
   d44: 4889de                         movq %rbx, %rsi
   d47: 41ff5738                       callq *0x38(%r15)
   d4b: 4889442408                     movq %rax, 0x8(%rsp)
   d50: 488b3b                         movq (%rbx), %rdi
   d53: 40f6c701                       testb $0x1, %dil
   d57: 750a                           jne 0xa
   d59: 48ff0f                         decq (%rdi)
   d5c: 7505                           jne 0x5
   d5e: e800000000                     callq 0x0
        # hole +0xd5f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   d63: 49ff0f                         decq (%r15)
   d66: 7508                           jne 0x8
   d68: 4c89ff                         movq %r15, %rdi
   d6b: e800000000                     callq 0x0
        # hole +0xd6c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   d70: 48837c240800                   cmpq $0x0, 0x8(%rsp)
   d76: 0f84b6010000                   je 0x1b6
   d7c: 488b4c2408                     movq 0x8(%rsp), %rcx
   d81: 49894d00                       movq %rcx, (%r13)
   d85: 498b442418                     movq 0x18(%r12), %rax
   d8a: 488bb858010000                 movq 0x158(%rax), %rdi
   d91: 48898858010000                 movq %rcx, 0x158(%rax)
   d98: 40f6c701                       testb $0x1, %dil
   d9c: 750f                           jne 0xf
   d9e: 48ff0f                         decq (%rdi)
   da1: 750a                           jne 0xa
   da3: e800000000                     callq 0x0
        # hole +0xda4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   da8: 498b442418                     movq 0x18(%r12), %rax
   dad: 488b8868010000                 movq 0x168(%rax), %rcx
   db4: f6c101                         testb $0x1, %cl
   db7: 7503                           jne 0x3
   db9: 48ff01                         incq (%rcx)
   dbc: 49894d00                       movq %rcx, (%r13)
   dc0: 488b9070010000                 movq 0x170(%rax), %rdx
   dc7: f6c201                         testb $0x1, %dl
   dca: 7507                           jne 0x7
   dcc: 48ff02                         incq (%rdx)
   dcf: 498b4d00                       movq (%r13), %rcx
   dd3: 89ce                           movl %ecx, %esi
   dd5: 83e601                         andl $0x1, %esi
   dd8: 488913                         movq %rdx, (%rbx)
   ddb: 4885f6                         testq %rsi, %rsi
   dde: 0f94c3                         sete %bl
   de1: f6c201                         testb $0x1, %dl
   de4: 400f94c6                       sete %sil
   de8: 4008de                         orb %bl, %sil
   deb: 744b                           je 0x4b
   ded: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xdef: R_X86_64_64 Abs64 index+0
   df7: 4983c04e                       addq $0x4e, %r8
   dfb: 41b90c030000                   movl $0x30c, %r9d
   e01: e9fcfbffff                     jmp -0x404
   e06: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xe08: R_X86_64_64 Abs64 index+0
   e10: 4983c04a                       addq $0x4a, %r8
   e14: 41b9e4020000                   movl $0x2e4, %r9d
   e1a: e9e3fbffff                     jmp -0x41d
   e1f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xe21: R_X86_64_64 Abs64 index+0
   e29: 4983c02a                       addq $0x2a, %r8
   e2d: 41b9a4010000                   movl $0x1a4, %r9d
   e33: e997f2ffff                     jmp -0xd69
   e38: 48d1f9                         sarq %rcx
   e3b: 48d1fa                         sarq %rdx
   e3e: 4801ca                         addq %rcx, %rdx
   e41: 4801d5                         addq %rdx, %rbp
   e44: 0f8906010000                   jns 0x106
   e4a: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   e52: 49894d00                       movq %rcx, (%r13)
   e56: 488bb878010000                 movq 0x178(%rax), %rdi
   e5d: 48898878010000                 movq %rcx, 0x178(%rax)
   e64: 40f6c701                       testb $0x1, %dil
   e68: 750a                           jne 0xa
   e6a: 48ff0f                         decq (%rdi)
   e6d: 7505                           jne 0x5
   e6f: e800000000                     callq 0x0
        # hole +0xe70: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   e74: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xe76: R_X86_64_64 Abs64 index+0
   e7e: 4983c051                       addq $0x51, %r8
   e82: 41b92a030000                   movl $0x32a, %r9d
   e88: b902000000                     movl $0x2, %ecx
   e8d: e955faffff                     jmp -0x5ab
   e92: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xe94: R_X86_64_64 Abs64 index+0
   e9c: 4983c02f                       addq $0x2f, %r8
   ea0: 41b9d6010000                   movl $0x1d6, %r9d
   ea6: b903000000                     movl $0x3, %ecx
   eab: e937faffff                     jmp -0x5c9
   eb0: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xeb2: R_X86_64_64 Abs64 index+0
   eba: 4983c034                       addq $0x34, %r8
   ebe: 41b908020000                   movl $0x208, %r9d
   ec4: b903000000                     movl $0x3, %ecx
   ec9: e919faffff                     jmp -0x5e7
   ece: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xed0: R_X86_64_64 Abs64 index+0
   ed8: 4983c039                       addq $0x39, %r8
   edc: 41b93a020000                   movl $0x23a, %r9d
   ee2: e91bfbffff                     jmp -0x4e5
   ee7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xee9: R_X86_64_64 Abs64 index+0
   ef1: 4983c03e                       addq $0x3e, %r8
   ef5: 41b96c020000                   movl $0x26c, %r9d
   efb: e902fbffff                     jmp -0x4fe
   f00: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xf02: R_X86_64_64 Abs64 index+0
   f0a: 4983c042                       addq $0x42, %r8
   f0e: 41b994020000                   movl $0x294, %r9d
   f14: e9b6f1ffff                     jmp -0xe4a
   f19: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xf1b: R_X86_64_64 Abs64 index+0
   f23: 4983c046                       addq $0x46, %r8
   f27: 41b9bc020000                   movl $0x2bc, %r9d
   f2d: e99df1ffff                     jmp -0xe63
   f32: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xf34: R_X86_64_64 Abs64 index+0
   f3c: 4983c04a                       addq $0x4a, %r8
   f40: 41b9e4020000                   movl $0x2e4, %r9d
   f46: b903000000                     movl $0x3, %ecx
   f4b: e997f9ffff                     jmp -0x669
   f50: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xf52: R_X86_64_64 Abs64 index+0
   f5a: 4983c04f                       addq $0x4f, %r8
   f5e: 41b916030000                   movl $0x316, %r9d
   f64: e999faffff                     jmp -0x567
