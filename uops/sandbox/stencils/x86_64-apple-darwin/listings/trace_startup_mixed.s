# stencil startup_mixed for x86_64-apple-darwin: 3732 code bytes, 32 data bytes, 81 holes
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
    22: 0f8592000000                   jne 0x92
    28: 837f0807                       cmpl $0x7, 0x8(%rdi)
    2c: 0f8588000000                   jne 0x88
    32: 488b0500000000                 movq (%rip), %rax
        # hole +0x35: X86_64_RELOC_GOT_LOAD Rel32 data+20
    39: 488b4f30                       movq 0x30(%rdi), %rcx
    3d: 48394130                       cmpq %rax, 0x30(%rcx)
    41: 7577                           jne 0x77
    43: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    48: 0f8267060000                   jb 0x667
    4e: 488b4f48                       movq 0x48(%rdi), %rcx
    52: f6c101                         testb $0x1, %cl
    55: 7503                           jne 0x3
    57: 48ff01                         incq (%rcx)
    5a: 49894d00                       movq %rcx, (%r13)
    5e: 48ff0f                         decq (%rdi)
    61: 7509                           jne 0x9
    63: e800000000                     callq 0x0
        # hole +0x64: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    68: 498b4d00                       movq (%r13), %rcx
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7808                       movq 0x8(%rax), %rdi
    75: 48894808                       movq %rcx, 0x8(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 750f                           jne 0xf
    7f: 48ff0f                         decq (%rdi)
    82: 750a                           jne 0xa
    84: e800000000                     callq 0x0
        # hole +0x85: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    89: 498b442418                     movq 0x18(%r12), %rax
    8e: 4c8b7820                       movq 0x20(%rax), %r15
    92: 41f6c701                       testb $0x1, %r15b
    96: 754a                           jne 0x4a
    98: 49ff07                         incq (%r15)
    9b: 4d897d00                       movq %r15, (%r13)
    9f: 488b4010                       movq 0x10(%rax), %rax
    a3: a801                           testb $0x1, %al
    a5: 7447                           je 0x47
    a7: 498d7510                       leaq 0x10(%r13), %rsi
    ab: 49894508                       movq %rax, 0x8(%r13)
    af: 41f6c701                       testb $0x1, %r15b
    b3: 744e                           je 0x4e
    b5: e9ee000000                     jmp 0xee
    ba: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xbd: X86_64_RELOC_GOT_LOAD Rel32 data-4
    c1: 49ffc0                         incq %r8
    c4: 41b90a000000                   movl $0xa, %r9d
    ca: b901000000                     movl $0x1, %ecx
    cf: 4889de                         movq %rbx, %rsi
    d2: 4c89e7                         movq %r12, %rdi
    d5: 4c89f2                         movq %r14, %rdx
    d8: 4883c410                       addq $0x10, %rsp
    dc: 5d                             popq %rbp
    dd: e900000000                     jmp 0x0
        # hole +0xde: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    e2: 4d897d00                       movq %r15, (%r13)
    e6: 488b4010                       movq 0x10(%rax), %rax
    ea: a801                           testb $0x1, %al
    ec: 75b9                           jne -0x47
    ee: 48ff00                         incq (%rax)
    f1: 498d7510                       leaq 0x10(%r13), %rsi
    f5: 49894508                       movq %rax, 0x8(%r13)
    f9: 41f6c701                       testb $0x1, %r15b
    fd: 0f85a5000000                   jne 0xa5
   103: 41837f0808                     cmpl $0x8, 0x8(%r15)
   108: 0f859a000000                   jne 0x9a
   10e: 48893424                       movq %rsi, (%rsp)
   112: ba01000000                     movl $0x1, %edx
   117: 4c89f7                         movq %r14, %rdi
   11a: 4889de                         movq %rbx, %rsi
   11d: 41ff5738                       callq *0x38(%r15)
   121: 4889c5                         movq %rax, %rbp
   124: 488b3b                         movq (%rbx), %rdi
   127: 40f6c701                       testb $0x1, %dil
   12b: 750a                           jne 0xa
   12d: 48ff0f                         decq (%rdi)
   130: 7505                           jne 0x5
   132: e800000000                     callq 0x0
        # hole +0x133: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   137: 49ff0f                         decq (%r15)
   13a: 7508                           jne 0x8
   13c: 4c89ff                         movq %r15, %rdi
   13f: e800000000                     callq 0x0
        # hole +0x140: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   144: 4885ed                         testq %rbp, %rbp
   147: 488b3424                       movq (%rsp), %rsi
   14b: 0f84e5060000                   je 0x6e5
   151: 49896d00                       movq %rbp, (%r13)
   155: 498b442418                     movq 0x18(%r12), %rax
   15a: 488b7818                       movq 0x18(%rax), %rdi
   15e: 48896818                       movq %rbp, 0x18(%rax)
   162: 40f6c701                       testb $0x1, %dil
   166: 7513                           jne 0x13
   168: 48ff0f                         decq (%rdi)
   16b: 750e                           jne 0xe
   16d: e800000000                     callq 0x0
        # hole +0x16e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   172: 488b3424                       movq (%rsp), %rsi
   176: 498b442418                     movq 0x18(%r12), %rax
   17b: 488b7828                       movq 0x28(%rax), %rdi
   17f: 40f6c701                       testb $0x1, %dil
   183: 753e                           jne 0x3e
   185: 48ff07                         incq (%rdi)
   188: 49897d00                       movq %rdi, (%r13)
   18c: 4c8b7830                       movq 0x30(%rax), %r15
   190: 41f6c701                       testb $0x1, %r15b
   194: 753b                           jne 0x3b
   196: 49ff07                         incq (%r15)
   199: 4c893b                         movq %r15, (%rbx)
   19c: 40f6c701                       testb $0x1, %dil
   1a0: 0f85bc000000                   jne 0xbc
   1a6: eb36                           jmp 0x36
   1a8: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1ab: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1af: 4983c006                       addq $0x6, %r8
   1b3: 41b93c000000                   movl $0x3c, %r9d
   1b9: b901000000                     movl $0x1, %ecx
   1be: e90fffffff                     jmp -0xf1
   1c3: 49897d00                       movq %rdi, (%r13)
   1c7: 4c8b7830                       movq 0x30(%rax), %r15
   1cb: 41f6c701                       testb $0x1, %r15b
   1cf: 74c5                           je -0x3b
   1d1: 4c893b                         movq %r15, (%rbx)
   1d4: 40f6c701                       testb $0x1, %dil
   1d8: 0f8584000000                   jne 0x84
   1de: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1e2: 757e                           jne 0x7e
   1e4: 4489f8                         movl %r15d, %eax
   1e7: 83e001                         andl $0x1, %eax
   1ea: 7576                           jne 0x76
   1ec: 41837f0802                     cmpl $0x2, 0x8(%r15)
   1f1: 756f                           jne 0x6f
   1f3: f20f104730                     movsd 0x30(%rdi), %xmm0
   1f8: f2410f594730                   mulsd 0x30(%r15), %xmm0
   1fe: 48ff0f                         decq (%rdi)
   201: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   207: 7574                           jne 0x74
   209: e800000000                     callq 0x0
        # hole +0x20a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   20e: f20f10442408                   movsd 0x8(%rsp), %xmm0
   214: 49ff0f                         decq (%r15)
   217: 7469                           je 0x69
   219: 4c89f7                         movq %r14, %rdi
   21c: e800000000                     callq 0x0
        # hole +0x21d: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   221: 4885c0                         testq %rax, %rax
   224: 7477                           je 0x77
   226: 49894500                       movq %rax, (%r13)
   22a: 498b4c2418                     movq 0x18(%r12), %rcx
   22f: 488b7938                       movq 0x38(%rcx), %rdi
   233: 48894138                       movq %rax, 0x38(%rcx)
   237: 40f6c701                       testb $0x1, %dil
   23b: 0f8591000000                   jne 0x91
   241: 48ff0f                         decq (%rdi)
   244: 488b3424                       movq (%rsp), %rsi
   248: 756e                           jne 0x6e
   24a: e800000000                     callq 0x0
        # hole +0x24b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   24f: 488b3424                       movq (%rsp), %rsi
   253: 498b4c2418                     movq 0x18(%r12), %rcx
   258: 488b4140                       movq 0x40(%rcx), %rax
   25c: a801                           testb $0x1, %al
   25e: 757e                           jne 0x7e
   260: eb5e                           jmp 0x5e
   262: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x265: X86_64_RELOC_GOT_LOAD Rel32 data-4
   269: 4983c00a                       addq $0xa, %r8
   26d: 41b964000000                   movl $0x64, %r9d
   273: b901000000                     movl $0x1, %ecx
   278: e955feffff                     jmp -0x1ab
   27d: 49ff0f                         decq (%r15)
   280: 7597                           jne -0x69
   282: 4c89ff                         movq %r15, %rdi
   285: e800000000                     callq 0x0
        # hole +0x286: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   28a: f20f10442408                   movsd 0x8(%rsp), %xmm0
   290: 4c89f7                         movq %r14, %rdi
   293: e800000000                     callq 0x0
        # hole +0x294: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   298: 4885c0                         testq %rax, %rax
   29b: 7589                           jne -0x77
   29d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2a0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2a4: 4983c00b                       addq $0xb, %r8
   2a8: 41b96e000000                   movl $0x6e, %r9d
   2ae: b903000000                     movl $0x3, %ecx
   2b3: e9b0050000                     jmp 0x5b0
   2b8: 488b4140                       movq 0x40(%rcx), %rax
   2bc: a801                           testb $0x1, %al
   2be: 751e                           jne 0x1e
   2c0: 48ff00                         incq (%rax)
   2c3: 49894500                       movq %rax, (%r13)
   2c7: 488b5148                       movq 0x48(%rcx), %rdx
   2cb: f6c201                         testb $0x1, %dl
   2ce: 741b                           je 0x1b
   2d0: eb1c                           jmp 0x1c
   2d2: 488b3424                       movq (%rsp), %rsi
   2d6: 488b4140                       movq 0x40(%rcx), %rax
   2da: a801                           testb $0x1, %al
   2dc: 74e2                           je -0x1e
   2de: 49894500                       movq %rax, (%r13)
   2e2: 488b5148                       movq 0x48(%rcx), %rdx
   2e6: f6c201                         testb $0x1, %dl
   2e9: 7503                           jne 0x3
   2eb: 48ff02                         incq (%rdx)
   2ee: 488913                         movq %rdx, (%rbx)
   2f1: 89c7                           movl %eax, %edi
   2f3: 21d7                           andl %edx, %edi
   2f5: 40f6c701                       testb $0x1, %dil
   2f9: 751b                           jne 0x1b
   2fb: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2fe: X86_64_RELOC_GOT_LOAD Rel32 data-4
   302: 4983c00f                       addq $0xf, %r8
   306: 41b996000000                   movl $0x96, %r9d
   30c: b901000000                     movl $0x1, %ecx
   311: e9bcfdffff                     jmp -0x244
   316: 48d1f8                         sarq %rax
   319: 48d1fa                         sarq %rdx
   31c: 4839d0                         cmpq %rdx, %rax
   31f: 7d09                           jge 0x9
   321: 488b0500000000                 movq (%rip), %rax
        # hole +0x324: X86_64_RELOC_GOT_LOAD Rel32 data+12
   328: eb07                           jmp 0x7
   32a: 488b0500000000                 movq (%rip), %rax
        # hole +0x32d: X86_64_RELOC_GOT_LOAD Rel32 data+4
   331: 49894500                       movq %rax, (%r13)
   335: 0f8d3f060000                   jge 0x63f
   33b: 488b7950                       movq 0x50(%rcx), %rdi
   33f: 40f6c701                       testb $0x1, %dil
   343: 7523                           jne 0x23
   345: 48ff07                         incq (%rdi)
   348: 49897d00                       movq %rdi, (%r13)
   34c: 4c8b7958                       movq 0x58(%rcx), %r15
   350: 41f6c701                       testb $0x1, %r15b
   354: 7520                           jne 0x20
   356: 49ff07                         incq (%r15)
   359: 4c893b                         movq %r15, (%rbx)
   35c: 40f6c701                       testb $0x1, %dil
   360: 0f85ae000000                   jne 0xae
   366: eb1b                           jmp 0x1b
   368: 49897d00                       movq %rdi, (%r13)
   36c: 4c8b7958                       movq 0x58(%rcx), %r15
   370: 41f6c701                       testb $0x1, %r15b
   374: 74e0                           je -0x20
   376: 4c893b                         movq %r15, (%rbx)
   379: 40f6c701                       testb $0x1, %dil
   37d: 0f8591000000                   jne 0x91
   383: 837f0802                       cmpl $0x2, 0x8(%rdi)
   387: 0f8587000000                   jne 0x87
   38d: 4489f8                         movl %r15d, %eax
   390: 83e001                         andl $0x1, %eax
   393: 757f                           jne 0x7f
   395: 41837f0802                     cmpl $0x2, 0x8(%r15)
   39a: 7578                           jne 0x78
   39c: f20f104730                     movsd 0x30(%rdi), %xmm0
   3a1: f2410f594730                   mulsd 0x30(%r15), %xmm0
   3a7: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   3ad: 48ff0f                         decq (%rdi)
   3b0: 7505                           jne 0x5
   3b2: e800000000                     callq 0x0
        # hole +0x3b3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3b7: 49ff0f                         decq (%r15)
   3ba: 7508                           jne 0x8
   3bc: 4c89ff                         movq %r15, %rdi
   3bf: e800000000                     callq 0x0
        # hole +0x3c0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3c4: 4c89f7                         movq %r14, %rdi
   3c7: f20f10442408                   movsd 0x8(%rsp), %xmm0
   3cd: e800000000                     callq 0x0
        # hole +0x3ce: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   3d2: 4885c0                         testq %rax, %rax
   3d5: 0f84f2060000                   je 0x6f2
   3db: 49894500                       movq %rax, (%r13)
   3df: 498b4c2418                     movq 0x18(%r12), %rcx
   3e4: 488b7960                       movq 0x60(%rcx), %rdi
   3e8: 48894160                       movq %rax, 0x60(%rcx)
   3ec: 40f6c701                       testb $0x1, %dil
   3f0: 7557                           jne 0x57
   3f2: 48ff0f                         decq (%rdi)
   3f5: 488b3424                       movq (%rsp), %rsi
   3f9: 7534                           jne 0x34
   3fb: e800000000                     callq 0x0
        # hole +0x3fc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   400: 488b3424                       movq (%rsp), %rsi
   404: 498b4c2418                     movq 0x18(%r12), %rcx
   409: 488b5168                       movq 0x68(%rcx), %rdx
   40d: f6c201                         testb $0x1, %dl
   410: 7544                           jne 0x44
   412: eb24                           jmp 0x24
   414: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x417: X86_64_RELOC_GOT_LOAD Rel32 data-4
   41b: 4983c014                       addq $0x14, %r8
   41f: 41b9c8000000                   movl $0xc8, %r9d
   425: b901000000                     movl $0x1, %ecx
   42a: e9a3fcffff                     jmp -0x35d
   42f: 488b5168                       movq 0x68(%rcx), %rdx
   433: f6c201                         testb $0x1, %dl
   436: 751e                           jne 0x1e
   438: 48ff02                         incq (%rdx)
   43b: 49895500                       movq %rdx, (%r13)
   43f: 488b4170                       movq 0x70(%rcx), %rax
   443: a801                           testb $0x1, %al
   445: 741b                           je 0x1b
   447: eb1c                           jmp 0x1c
   449: 488b3424                       movq (%rsp), %rsi
   44d: 488b5168                       movq 0x68(%rcx), %rdx
   451: f6c201                         testb $0x1, %dl
   454: 74e2                           je -0x1e
   456: 49895500                       movq %rdx, (%r13)
   45a: 488b4170                       movq 0x70(%rcx), %rax
   45e: a801                           testb $0x1, %al
   460: 7503                           jne 0x3
   462: 48ff00                         incq (%rax)
   465: 488903                         movq %rax, (%rbx)
   468: 89d7                           movl %edx, %edi
   46a: 21c7                           andl %eax, %edi
   46c: 40f6c701                       testb $0x1, %dil
   470: 751b                           jne 0x1b
   472: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x475: X86_64_RELOC_GOT_LOAD Rel32 data-4
   479: 4983c019                       addq $0x19, %r8
   47d: 41b9fa000000                   movl $0xfa, %r9d
   483: b901000000                     movl $0x1, %ecx
   488: e945fcffff                     jmp -0x3bb
   48d: 48d1fa                         sarq %rdx
   490: 48d1f8                         sarq %rax
   493: 480fafc2                       imulq %rdx, %rax
   497: 0f8065060000                   jo 0x665
   49d: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   4a7: 488d1428                       leaq (%rax,%rbp), %rdx
   4ab: 4885d2                         testq %rdx, %rdx
   4ae: 0f894e060000                   jns 0x64e
   4b4: 488d044501000000               leaq 0x1(,%rax,2), %rax
   4bc: 49894500                       movq %rax, (%r13)
   4c0: 488b7978                       movq 0x78(%rcx), %rdi
   4c4: 48894178                       movq %rax, 0x78(%rcx)
   4c8: 40f6c701                       testb $0x1, %dil
   4cc: 7513                           jne 0x13
   4ce: 48ff0f                         decq (%rdi)
   4d1: 750e                           jne 0xe
   4d3: e800000000                     callq 0x0
        # hole +0x4d4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4d8: 488b3424                       movq (%rsp), %rsi
   4dc: 498b4c2418                     movq 0x18(%r12), %rcx
   4e1: 488b9180000000                 movq 0x80(%rcx), %rdx
   4e8: f6c201                         testb $0x1, %dl
   4eb: 7503                           jne 0x3
   4ed: 48ff02                         incq (%rdx)
   4f0: 49895500                       movq %rdx, (%r13)
   4f4: 488b8188000000                 movq 0x88(%rcx), %rax
   4fb: a801                           testb $0x1, %al
   4fd: 7503                           jne 0x3
   4ff: 48ff00                         incq (%rax)
   502: 488903                         movq %rax, (%rbx)
   505: 89d7                           movl %edx, %edi
   507: 21c7                           andl %eax, %edi
   509: 40f6c701                       testb $0x1, %dil
   50d: 751b                           jne 0x1b
   50f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x512: X86_64_RELOC_GOT_LOAD Rel32 data-4
   516: 4983c01e                       addq $0x1e, %r8
   51a: 41b92c010000                   movl $0x12c, %r9d
   520: b901000000                     movl $0x1, %ecx
   525: e9a8fbffff                     jmp -0x458
   52a: 48d1fa                         sarq %rdx
   52d: 48d1f8                         sarq %rax
   530: 480fafc2                       imulq %rdx, %rax
   534: 0f8081060000                   jo 0x681
   53a: 488d1428                       leaq (%rax,%rbp), %rdx
   53e: 4885d2                         testq %rdx, %rdx
   541: 0f8974060000                   jns 0x674
   547: 488d044501000000               leaq 0x1(,%rax,2), %rax
   54f: 49894500                       movq %rax, (%r13)
   553: 488bb990000000                 movq 0x90(%rcx), %rdi
   55a: 48898190000000                 movq %rax, 0x90(%rcx)
   561: 40f6c701                       testb $0x1, %dil
   565: 7513                           jne 0x13
   567: 48ff0f                         decq (%rdi)
   56a: 750e                           jne 0xe
   56c: e800000000                     callq 0x0
        # hole +0x56d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   571: 488b3424                       movq (%rsp), %rsi
   575: 498b4c2418                     movq 0x18(%r12), %rcx
   57a: 488b9198000000                 movq 0x98(%rcx), %rdx
   581: f6c201                         testb $0x1, %dl
   584: 7503                           jne 0x3
   586: 48ff02                         incq (%rdx)
   589: 49895500                       movq %rdx, (%r13)
   58d: 488b81a0000000                 movq 0xa0(%rcx), %rax
   594: a801                           testb $0x1, %al
   596: 7503                           jne 0x3
   598: 48ff00                         incq (%rax)
   59b: 488903                         movq %rax, (%rbx)
   59e: 89d7                           movl %edx, %edi
   5a0: 21c7                           andl %eax, %edi
   5a2: 40f6c701                       testb $0x1, %dil
   5a6: 751b                           jne 0x1b
   5a8: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x5ab: X86_64_RELOC_GOT_LOAD Rel32 data-4
   5af: 4983c023                       addq $0x23, %r8
   5b3: 41b95e010000                   movl $0x15e, %r9d
   5b9: b901000000                     movl $0x1, %ecx
   5be: e90ffbffff                     jmp -0x4f1
   5c3: 48d1fa                         sarq %rdx
   5c6: 48d1f8                         sarq %rax
   5c9: 480fafc2                       imulq %rdx, %rax
   5cd: 0f801d060000                   jo 0x61d
   5d3: 488d1428                       leaq (%rax,%rbp), %rdx
   5d7: 4885d2                         testq %rdx, %rdx
   5da: 0f8910060000                   jns 0x610
   5e0: 488d044501000000               leaq 0x1(,%rax,2), %rax
   5e8: 49894500                       movq %rax, (%r13)
   5ec: 488bb9a8000000                 movq 0xa8(%rcx), %rdi
   5f3: 488981a8000000                 movq %rax, 0xa8(%rcx)
   5fa: 40f6c701                       testb $0x1, %dil
   5fe: 750f                           jne 0xf
   600: 48ff0f                         decq (%rdi)
   603: 750a                           jne 0xa
   605: e800000000                     callq 0x0
        # hole +0x606: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   60a: 498b4c2418                     movq 0x18(%r12), %rcx
   60f: 49c745003d000000               movq $0x3d, (%r13)
   617: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   61e: 48c781b00000003d000000         movq $0x3d, 0xb0(%rcx)
   629: 40f6c701                       testb $0x1, %dil
   62d: 750f                           jne 0xf
   62f: 48ff0f                         decq (%rdi)
   632: 750a                           jne 0xa
   634: e800000000                     callq 0x0
        # hole +0x635: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   639: 498b4c2418                     movq 0x18(%r12), %rcx
   63e: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   645: 40f6c701                       testb $0x1, %dil
   649: 7550                           jne 0x50
   64b: 48ff07                         incq (%rdi)
   64e: 49897d00                       movq %rdi, (%r13)
   652: 837f0807                       cmpl $0x7, 0x8(%rdi)
   656: 7547                           jne 0x47
   658: 488b4730                       movq 0x30(%rdi), %rax
   65c: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   664: 7539                           jne 0x39
   666: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   66b: 0f82f7060000                   jb 0x6f7
   671: 488b4748                       movq 0x48(%rdi), %rax
   675: a801                           testb $0x1, %al
   677: 7552                           jne 0x52
   679: 48ff00                         incq (%rax)
   67c: 49894500                       movq %rax, (%r13)
   680: 48ff0f                         decq (%rdi)
   683: 744f                           je 0x4f
   685: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   68c: 488981c0000000                 movq %rax, 0xc0(%rcx)
   693: 40f6c701                       testb $0x1, %dil
   697: 745d                           je 0x5d
   699: eb6a                           jmp 0x6a
   69b: 49897d00                       movq %rdi, (%r13)
   69f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6a2: X86_64_RELOC_GOT_LOAD Rel32 data-4
   6a6: 4983c029                       addq $0x29, %r8
   6aa: 41b99a010000                   movl $0x19a, %r9d
   6b0: e915faffff                     jmp -0x5eb
   6b5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x6b8: X86_64_RELOC_GOT_LOAD Rel32 data-4
   6bc: 4983c002                       addq $0x2, %r8
   6c0: 41b914000000                   movl $0x14, %r9d
   6c6: e9fff9ffff                     jmp -0x601
   6cb: 49894500                       movq %rax, (%r13)
   6cf: 48ff0f                         decq (%rdi)
   6d2: 75b1                           jne -0x4f
   6d4: e800000000                     callq 0x0
        # hole +0x6d5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6d9: 498b4500                       movq (%r13), %rax
   6dd: 498b4c2418                     movq 0x18(%r12), %rcx
   6e2: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   6e9: 488981c0000000                 movq %rax, 0xc0(%rcx)
   6f0: 40f6c701                       testb $0x1, %dil
   6f4: 750f                           jne 0xf
   6f6: 48ff0f                         decq (%rdi)
   6f9: 750a                           jne 0xa
   6fb: e800000000                     callq 0x0
        # hole +0x6fc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   700: 498b4c2418                     movq 0x18(%r12), %rcx
   705: 4c8bb9e0000000                 movq 0xe0(%rcx), %r15
   70c: 41f6c701                       testb $0x1, %r15b
   710: 7533                           jne 0x33
   712: 49ff07                         incq (%r15)
   715: 4d897d00                       movq %r15, (%r13)
   719: 488b81c8000000                 movq 0xc8(%rcx), %rax
   720: a801                           testb $0x1, %al
   722: 7430                           je 0x30
   724: 488903                         movq %rax, (%rbx)
   727: 488b81d0000000                 movq 0xd0(%rcx), %rax
   72e: a801                           testb $0x1, %al
   730: 7533                           jne 0x33
   732: 48ff00                         incq (%rax)
   735: 49894510                       movq %rax, 0x10(%r13)
   739: 41f6c701                       testb $0x1, %r15b
   73d: 0f850b010000                   jne 0x10b
   743: eb2e                           jmp 0x2e
   745: 4d897d00                       movq %r15, (%r13)
   749: 488b81c8000000                 movq 0xc8(%rcx), %rax
   750: a801                           testb $0x1, %al
   752: 75d0                           jne -0x30
   754: 48ff00                         incq (%rax)
   757: 488903                         movq %rax, (%rbx)
   75a: 488b81d0000000                 movq 0xd0(%rcx), %rax
   761: a801                           testb $0x1, %al
   763: 74cd                           je -0x33
   765: 49894510                       movq %rax, 0x10(%r13)
   769: 41f6c701                       testb $0x1, %r15b
   76d: 0f85db000000                   jne 0xdb
   773: 41837f0808                     cmpl $0x8, 0x8(%r15)
   778: 0f85d0000000                   jne 0xd0
   77e: ba02000000                     movl $0x2, %edx
   783: 4c89f7                         movq %r14, %rdi
   786: 4889de                         movq %rbx, %rsi
   789: 41ff5738                       callq *0x38(%r15)
   78d: 4889442408                     movq %rax, 0x8(%rsp)
   792: 488b3b                         movq (%rbx), %rdi
   795: 40f6c701                       testb $0x1, %dil
   799: 750a                           jne 0xa
   79b: 48ff0f                         decq (%rdi)
   79e: 7505                           jne 0x5
   7a0: e800000000                     callq 0x0
        # hole +0x7a1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7a5: 498b7d10                       movq 0x10(%r13), %rdi
   7a9: 40f6c701                       testb $0x1, %dil
   7ad: 750a                           jne 0xa
   7af: 48ff0f                         decq (%rdi)
   7b2: 7505                           jne 0x5
   7b4: e800000000                     callq 0x0
        # hole +0x7b5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7b9: 49ff0f                         decq (%r15)
   7bc: 7508                           jne 0x8
   7be: 4c89ff                         movq %r15, %rdi
   7c1: e800000000                     callq 0x0
        # hole +0x7c2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7c6: 48837c240800                   cmpq $0x0, 0x8(%rsp)
   7cc: 0f8403060000                   je 0x603
   7d2: 488b4c2408                     movq 0x8(%rsp), %rcx
   7d7: 49894d00                       movq %rcx, (%r13)
   7db: 498b442418                     movq 0x18(%r12), %rax
   7e0: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   7e7: 488988d8000000                 movq %rcx, 0xd8(%rax)
   7ee: 40f6c701                       testb $0x1, %dil
   7f2: 750f                           jne 0xf
   7f4: 48ff0f                         decq (%rdi)
   7f7: 750a                           jne 0xa
   7f9: e800000000                     callq 0x0
        # hole +0x7fa: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7fe: 498b442418                     movq 0x18(%r12), %rax
   803: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   80a: 40f6c701                       testb $0x1, %dil
   80e: 7560                           jne 0x60
   810: 48ff07                         incq (%rdi)
   813: 49897d00                       movq %rdi, (%r13)
   817: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   81e: 41f6c701                       testb $0x1, %r15b
   822: 755d                           jne 0x5d
   824: 49ff07                         incq (%r15)
   827: 4c893b                         movq %r15, (%rbx)
   82a: 40f6c701                       testb $0x1, %dil
   82e: 0f8527010000                   jne 0x127
   834: eb58                           jmp 0x58
   836: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x839: X86_64_RELOC_GOT_LOAD Rel32 data-4
   83d: 4983c006                       addq $0x6, %r8
   841: 41b93c000000                   movl $0x3c, %r9d
   847: b903000000                     movl $0x3, %ecx
   84c: eb1a                           jmp 0x1a
   84e: 4983c518                       addq $0x18, %r13
   852: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x855: X86_64_RELOC_GOT_LOAD Rel32 data-4
   859: 4983c02f                       addq $0x2f, %r8
   85d: 41b9d6010000                   movl $0x1d6, %r9d
   863: b901000000                     movl $0x1, %ecx
   868: 4c89ee                         movq %r13, %rsi
   86b: e962f8ffff                     jmp -0x79e
   870: 49897d00                       movq %rdi, (%r13)
   874: 4c8bb8f0000000                 movq 0xf0(%rax), %r15
   87b: 41f6c701                       testb $0x1, %r15b
   87f: 74a3                           je -0x5d
   881: 4c893b                         movq %r15, (%rbx)
   884: 40f6c701                       testb $0x1, %dil
   888: 0f85cd000000                   jne 0xcd
   88e: 837f0802                       cmpl $0x2, 0x8(%rdi)
   892: 0f85c3000000                   jne 0xc3
   898: 4489f8                         movl %r15d, %eax
   89b: 83e001                         andl $0x1, %eax
   89e: 0f85b7000000                   jne 0xb7
   8a4: 41837f0802                     cmpl $0x2, 0x8(%r15)
   8a9: 0f85ac000000                   jne 0xac
   8af: f20f104730                     movsd 0x30(%rdi), %xmm0
   8b4: f2410f594730                   mulsd 0x30(%r15), %xmm0
   8ba: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   8c0: 48ff0f                         decq (%rdi)
   8c3: 7505                           jne 0x5
   8c5: e800000000                     callq 0x0
        # hole +0x8c6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8ca: 49ff0f                         decq (%r15)
   8cd: 7508                           jne 0x8
   8cf: 4c89ff                         movq %r15, %rdi
   8d2: e800000000                     callq 0x0
        # hole +0x8d3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8d7: 4c89f7                         movq %r14, %rdi
   8da: f20f10442408                   movsd 0x8(%rsp), %xmm0
   8e0: e800000000                     callq 0x0
        # hole +0x8e1: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   8e5: 4885c0                         testq %rax, %rax
   8e8: 0f8402050000                   je 0x502
   8ee: 49894500                       movq %rax, (%r13)
   8f2: 498b4c2418                     movq 0x18(%r12), %rcx
   8f7: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   8fe: 488981f8000000                 movq %rax, 0xf8(%rcx)
   905: 40f6c701                       testb $0x1, %dil
   909: 750f                           jne 0xf
   90b: 48ff0f                         decq (%rdi)
   90e: 750a                           jne 0xa
   910: e800000000                     callq 0x0
        # hole +0x911: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   915: 498b4c2418                     movq 0x18(%r12), %rcx
   91a: 488b9100010000                 movq 0x100(%rcx), %rdx
   921: f6c201                         testb $0x1, %dl
   924: 7503                           jne 0x3
   926: 48ff02                         incq (%rdx)
   929: 49895500                       movq %rdx, (%r13)
   92d: 488b8108010000                 movq 0x108(%rcx), %rax
   934: a801                           testb $0x1, %al
   936: 7503                           jne 0x3
   938: 48ff00                         incq (%rax)
   93b: 488903                         movq %rax, (%rbx)
   93e: 89d6                           movl %edx, %esi
   940: 21c6                           andl %eax, %esi
   942: 40f6c601                       testb $0x1, %sil
   946: 754d                           jne 0x4d
   948: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x94b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   94f: 4983c038                       addq $0x38, %r8
   953: 41b930020000                   movl $0x230, %r9d
   959: eb11                           jmp 0x11
   95b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x95e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   962: 4983c033                       addq $0x33, %r8
   966: 41b9fe010000                   movl $0x1fe, %r9d
   96c: b901000000                     movl $0x1, %ecx
   971: 488b3424                       movq (%rsp), %rsi
   975: e958f7ffff                     jmp -0x8a8
   97a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x97d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   981: 4983c011                       addq $0x11, %r8
   985: 41b9aa000000                   movl $0xaa, %r9d
   98b: b902000000                     movl $0x2, %ecx
   990: e93af7ffff                     jmp -0x8c6
   995: 48d1fa                         sarq %rdx
   998: 48d1f8                         sarq %rax
   99b: 480fafc2                       imulq %rdx, %rax
   99f: 0f8066040000                   jo 0x466
   9a5: 488d1428                       leaq (%rax,%rbp), %rdx
   9a9: 4885d2                         testq %rdx, %rdx
   9ac: 0f8959040000                   jns 0x459
   9b2: 488d044501000000               leaq 0x1(,%rax,2), %rax
   9ba: 49894500                       movq %rax, (%r13)
   9be: 488bb910010000                 movq 0x110(%rcx), %rdi
   9c5: 48898110010000                 movq %rax, 0x110(%rcx)
   9cc: 40f6c701                       testb $0x1, %dil
   9d0: 750f                           jne 0xf
   9d2: 48ff0f                         decq (%rdi)
   9d5: 750a                           jne 0xa
   9d7: e800000000                     callq 0x0
        # hole +0x9d8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   9dc: 498b4c2418                     movq 0x18(%r12), %rcx
   9e1: 488b8118010000                 movq 0x118(%rcx), %rax
   9e8: a801                           testb $0x1, %al
   9ea: 7503                           jne 0x3
   9ec: 48ff00                         incq (%rax)
   9ef: 49894500                       movq %rax, (%r13)
   9f3: 488b9120010000                 movq 0x120(%rcx), %rdx
   9fa: f6c201                         testb $0x1, %dl
   9fd: 7503                           jne 0x3
   9ff: 48ff02                         incq (%rdx)
   a02: 488913                         movq %rdx, (%rbx)
   a05: 89c6                           movl %eax, %esi
   a07: 21d6                           andl %edx, %esi
   a09: 40f6c601                       testb $0x1, %sil
   a0d: 7516                           jne 0x16
   a0f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa12: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a16: 4983c03d                       addq $0x3d, %r8
   a1a: 41b962020000                   movl $0x262, %r9d
   a20: e947ffffff                     jmp -0xb9
   a25: 48d1f8                         sarq %rax
   a28: 48d1fa                         sarq %rdx
   a2b: 4801c2                         addq %rax, %rdx
   a2e: 4889d0                         movq %rdx, %rax
   a31: 4801e8                         addq %rbp, %rax
   a34: 0f89e7030000                   jns 0x3e7
   a3a: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   a42: 49894500                       movq %rax, (%r13)
   a46: 488bb928010000                 movq 0x128(%rcx), %rdi
   a4d: 48898128010000                 movq %rax, 0x128(%rcx)
   a54: 40f6c701                       testb $0x1, %dil
   a58: 750f                           jne 0xf
   a5a: 48ff0f                         decq (%rdi)
   a5d: 750a                           jne 0xa
   a5f: e800000000                     callq 0x0
        # hole +0xa60: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a64: 498b4c2418                     movq 0x18(%r12), %rcx
   a69: 488bb930010000                 movq 0x130(%rcx), %rdi
   a70: 40f6c701                       testb $0x1, %dil
   a74: 7572                           jne 0x72
   a76: 48ff07                         incq (%rdi)
   a79: 49897d00                       movq %rdi, (%r13)
   a7d: 837f0807                       cmpl $0x7, 0x8(%rdi)
   a81: 7569                           jne 0x69
   a83: 488b4730                       movq 0x30(%rdi), %rax
   a87: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   a8f: 755b                           jne 0x5b
   a91: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   a96: 0f849b030000                   je 0x39b
   a9c: 488b4740                       movq 0x40(%rdi), %rax
   aa0: a801                           testb $0x1, %al
   aa2: 7579                           jne 0x79
   aa4: 48ff00                         incq (%rax)
   aa7: 49894500                       movq %rax, (%r13)
   aab: 48ff0f                         decq (%rdi)
   aae: 7476                           je 0x76
   ab0: 488bb938010000                 movq 0x138(%rcx), %rdi
   ab7: 48898138010000                 movq %rax, 0x138(%rcx)
   abe: 40f6c701                       testb $0x1, %dil
   ac2: 0f8480000000                   je 0x80
   ac8: e98a000000                     jmp 0x8a
   acd: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xad0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   ad4: 4983c015                       addq $0x15, %r8
   ad8: 41b9d2000000                   movl $0xd2, %r9d
   ade: b903000000                     movl $0x3, %ecx
   ae3: e980fdffff                     jmp -0x280
   ae8: 49897d00                       movq %rdi, (%r13)
   aec: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xaef: X86_64_RELOC_GOT_LOAD Rel32 data-4
   af3: 4983c041                       addq $0x41, %r8
   af7: 41b98a020000                   movl $0x28a, %r9d
   afd: e9c8f5ffff                     jmp -0xa38
   b02: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xb05: X86_64_RELOC_GOT_LOAD Rel32 data-4
   b09: 4983c01a                       addq $0x1a, %r8
   b0d: 41b904010000                   movl $0x104, %r9d
   b13: b901000000                     movl $0x1, %ecx
   b18: e9b5f5ffff                     jmp -0xa4b
   b1d: 49894500                       movq %rax, (%r13)
   b21: 48ff0f                         decq (%rdi)
   b24: 758a                           jne -0x76
   b26: e800000000                     callq 0x0
        # hole +0xb27: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b2b: 498b4500                       movq (%r13), %rax
   b2f: 498b4c2418                     movq 0x18(%r12), %rcx
   b34: 488bb938010000                 movq 0x138(%rcx), %rdi
   b3b: 48898138010000                 movq %rax, 0x138(%rcx)
   b42: 40f6c701                       testb $0x1, %dil
   b46: 750f                           jne 0xf
   b48: 48ff0f                         decq (%rdi)
   b4b: 750a                           jne 0xa
   b4d: e800000000                     callq 0x0
        # hole +0xb4e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   b52: 498b4c2418                     movq 0x18(%r12), %rcx
   b57: 488bb940010000                 movq 0x140(%rcx), %rdi
   b5e: 40f6c701                       testb $0x1, %dil
   b62: 7572                           jne 0x72
   b64: 48ff07                         incq (%rdi)
   b67: 49897d00                       movq %rdi, (%r13)
   b6b: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b6f: 7569                           jne 0x69
   b71: 488b4730                       movq 0x30(%rdi), %rax
   b75: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   b7d: 755b                           jne 0x5b
   b7f: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   b84: 0f84c3020000                   je 0x2c3
   b8a: 488b4740                       movq 0x40(%rdi), %rax
   b8e: a801                           testb $0x1, %al
   b90: 7579                           jne 0x79
   b92: 48ff00                         incq (%rax)
   b95: 49894500                       movq %rax, (%r13)
   b99: 48ff0f                         decq (%rdi)
   b9c: 7476                           je 0x76
   b9e: 488bb948010000                 movq 0x148(%rcx), %rdi
   ba5: 48898148010000                 movq %rax, 0x148(%rcx)
   bac: 40f6c701                       testb $0x1, %dil
   bb0: 0f8480000000                   je 0x80
   bb6: e98a000000                     jmp 0x8a
   bbb: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xbbe: X86_64_RELOC_GOT_LOAD Rel32 data-4
   bc2: 4983c01f                       addq $0x1f, %r8
   bc6: 41b936010000                   movl $0x136, %r9d
   bcc: b901000000                     movl $0x1, %ecx
   bd1: e9fcf4ffff                     jmp -0xb04
   bd6: 49897d00                       movq %rdi, (%r13)
   bda: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xbdd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   be1: 4983c045                       addq $0x45, %r8
   be5: 41b9b2020000                   movl $0x2b2, %r9d
   beb: e9daf4ffff                     jmp -0xb26
   bf0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xbf3: X86_64_RELOC_GOT_LOAD Rel32 data-4
   bf7: 4983c024                       addq $0x24, %r8
   bfb: 41b968010000                   movl $0x168, %r9d
   c01: b901000000                     movl $0x1, %ecx
   c06: e9c7f4ffff                     jmp -0xb39
   c0b: 49894500                       movq %rax, (%r13)
   c0f: 48ff0f                         decq (%rdi)
   c12: 758a                           jne -0x76
   c14: e800000000                     callq 0x0
        # hole +0xc15: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c19: 498b4500                       movq (%r13), %rax
   c1d: 498b4c2418                     movq 0x18(%r12), %rcx
   c22: 488bb948010000                 movq 0x148(%rcx), %rdi
   c29: 48898148010000                 movq %rax, 0x148(%rcx)
   c30: 40f6c701                       testb $0x1, %dil
   c34: 750f                           jne 0xf
   c36: 48ff0f                         decq (%rdi)
   c39: 750a                           jne 0xa
   c3b: e800000000                     callq 0x0
        # hole +0xc3c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   c40: 498b4c2418                     movq 0x18(%r12), %rcx
   c45: 4c8bb960010000                 movq 0x160(%rcx), %r15
   c4c: 41f6c701                       testb $0x1, %r15b
   c50: 7520                           jne 0x20
   c52: 49ff07                         incq (%r15)
   c55: 4d897d00                       movq %r15, (%r13)
   c59: 488b8150010000                 movq 0x150(%rcx), %rax
   c60: a801                           testb $0x1, %al
   c62: 741d                           je 0x1d
   c64: 488903                         movq %rax, (%rbx)
   c67: 41f6c701                       testb $0x1, %r15b
   c6b: 7424                           je 0x24
   c6d: e9e0000000                     jmp 0xe0
   c72: 4d897d00                       movq %r15, (%r13)
   c76: 488b8150010000                 movq 0x150(%rcx), %rax
   c7d: a801                           testb $0x1, %al
   c7f: 75e3                           jne -0x1d
   c81: 48ff00                         incq (%rax)
   c84: 488903                         movq %rax, (%rbx)
   c87: 41f6c701                       testb $0x1, %r15b
   c8b: 0f85c1000000                   jne 0xc1
   c91: 41837f0808                     cmpl $0x8, 0x8(%r15)
   c96: 0f85b6000000                   jne 0xb6
   c9c: ba01000000                     movl $0x1, %edx
   ca1: 4c89f7                         movq %r14, %rdi
   ca4: 4889de                         movq %rbx, %rsi
   ca7: 41ff5738                       callq *0x38(%r15)
   cab: 4889442408                     movq %rax, 0x8(%rsp)
   cb0: 488b3b                         movq (%rbx), %rdi
   cb3: 40f6c701                       testb $0x1, %dil
   cb7: 750a                           jne 0xa
   cb9: 48ff0f                         decq (%rdi)
   cbc: 7505                           jne 0x5
   cbe: e800000000                     callq 0x0
        # hole +0xcbf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   cc3: 49ff0f                         decq (%r15)
   cc6: 7508                           jne 0x8
   cc8: 4c89ff                         movq %r15, %rdi
   ccb: e800000000                     callq 0x0
        # hole +0xccc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   cd0: 48837c240800                   cmpq $0x0, 0x8(%rsp)
   cd6: 0f8487010000                   je 0x187
   cdc: 488b4c2408                     movq 0x8(%rsp), %rcx
   ce1: 49894d00                       movq %rcx, (%r13)
   ce5: 498b442418                     movq 0x18(%r12), %rax
   cea: 488bb858010000                 movq 0x158(%rax), %rdi
   cf1: 48898858010000                 movq %rcx, 0x158(%rax)
   cf8: 40f6c701                       testb $0x1, %dil
   cfc: 750f                           jne 0xf
   cfe: 48ff0f                         decq (%rdi)
   d01: 750a                           jne 0xa
   d03: e800000000                     callq 0x0
        # hole +0xd04: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   d08: 498b442418                     movq 0x18(%r12), %rax
   d0d: 488b8868010000                 movq 0x168(%rax), %rcx
   d14: f6c101                         testb $0x1, %cl
   d17: 7503                           jne 0x3
   d19: 48ff01                         incq (%rcx)
   d1c: 49894d00                       movq %rcx, (%r13)
   d20: 488b9070010000                 movq 0x170(%rax), %rdx
   d27: f6c201                         testb $0x1, %dl
   d2a: 7503                           jne 0x3
   d2c: 48ff02                         incq (%rdx)
   d2f: 488913                         movq %rdx, (%rbx)
   d32: 89ce                           movl %ecx, %esi
   d34: 21d6                           andl %edx, %esi
   d36: 40f6c601                       testb $0x1, %sil
   d3a: 7542                           jne 0x42
   d3c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xd3f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   d43: 4983c04e                       addq $0x4e, %r8
   d47: 41b90c030000                   movl $0x30c, %r9d
   d4d: e91afcffff                     jmp -0x3e6
   d52: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xd55: X86_64_RELOC_GOT_LOAD Rel32 data-4
   d59: 4983c04a                       addq $0x4a, %r8
   d5d: 41b9e4020000                   movl $0x2e4, %r9d
   d63: e904fcffff                     jmp -0x3fc
   d68: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xd6b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   d6f: 4983c02a                       addq $0x2a, %r8
   d73: 41b9a4010000                   movl $0x1a4, %r9d
   d79: e94cf3ffff                     jmp -0xcb4
   d7e: 48d1f9                         sarq %rcx
   d81: 48d1fa                         sarq %rdx
   d84: 4801ca                         addq %rcx, %rdx
   d87: 4801d5                         addq %rdx, %rbp
   d8a: 0f89ee000000                   jns 0xee
   d90: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   d98: 49894d00                       movq %rcx, (%r13)
   d9c: 488bb878010000                 movq 0x178(%rax), %rdi
   da3: 48898878010000                 movq %rcx, 0x178(%rax)
   daa: 40f6c701                       testb $0x1, %dil
   dae: 750a                           jne 0xa
   db0: 48ff0f                         decq (%rdi)
   db3: 7505                           jne 0x5
   db5: e800000000                     callq 0x0
        # hole +0xdb6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   dba: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xdbd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   dc1: 4983c051                       addq $0x51, %r8
   dc5: 41b92a030000                   movl $0x32a, %r9d
   dcb: b902000000                     movl $0x2, %ecx
   dd0: e993faffff                     jmp -0x56d
   dd5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xdd8: X86_64_RELOC_GOT_LOAD Rel32 data-4
   ddc: 4983c02f                       addq $0x2f, %r8
   de0: 41b9d6010000                   movl $0x1d6, %r9d
   de6: b903000000                     movl $0x3, %ecx
   deb: e978faffff                     jmp -0x588
   df0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xdf3: X86_64_RELOC_GOT_LOAD Rel32 data-4
   df7: 4983c034                       addq $0x34, %r8
   dfb: 41b908020000                   movl $0x208, %r9d
   e01: b903000000                     movl $0x3, %ecx
   e06: e95dfaffff                     jmp -0x5a3
   e0b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe0e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   e12: 4983c039                       addq $0x39, %r8
   e16: 41b93a020000                   movl $0x23a, %r9d
   e1c: e94bfbffff                     jmp -0x4b5
   e21: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe24: X86_64_RELOC_GOT_LOAD Rel32 data-4
   e28: 4983c03e                       addq $0x3e, %r8
   e2c: 41b96c020000                   movl $0x26c, %r9d
   e32: e935fbffff                     jmp -0x4cb
   e37: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe3a: X86_64_RELOC_GOT_LOAD Rel32 data-4
   e3e: 4983c042                       addq $0x42, %r8
   e42: 41b994020000                   movl $0x294, %r9d
   e48: e97df2ffff                     jmp -0xd83
   e4d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe50: X86_64_RELOC_GOT_LOAD Rel32 data-4
   e54: 4983c046                       addq $0x46, %r8
   e58: 41b9bc020000                   movl $0x2bc, %r9d
   e5e: e967f2ffff                     jmp -0xd99
   e63: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe66: X86_64_RELOC_GOT_LOAD Rel32 data-4
   e6a: 4983c04a                       addq $0x4a, %r8
   e6e: 41b9e4020000                   movl $0x2e4, %r9d
   e74: b903000000                     movl $0x3, %ecx
   e79: e9eaf9ffff                     jmp -0x616
   e7e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe81: X86_64_RELOC_GOT_LOAD Rel32 data-4
   e85: 4983c04f                       addq $0x4f, %r8
   e89: 41b916030000                   movl $0x316, %r9d
   e8f: e9d8faffff                     jmp -0x528
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
        # hole data+0x10: GOT Abs64 symbol:tf_True+0
        # hole data+0x18: GOT Abs64 operand0[1]+0
