# stencil attr_loop for x86_64-pc-windows-msvc: 1882 code bytes, 16 data bytes, 15 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b7818                       movq 0x18(%rax), %r15
     e: ba20000000                     movl $0x20, %edx
    13: bd0a000000                     movl $0xa, %ebp
    18: 41bd01000000                   movl $0x1, %r13d
    1e: 41b901000000                   movl $0x1, %r9d
    24: 41f6c701                       testb $0x1, %r15b
    28: 7539                           jne 0x39
    2a: 41837f0804                     cmpl $0x4, 0x8(%r15)
    2f: 7532                           jne 0x32
    31: 488b30                         movq (%rax), %rsi
    34: 4c8b4008                       movq 0x8(%rax), %r8
    38: 488b5810                       movq 0x10(%rax), %rbx
    3c: 498b4740                       movq 0x40(%r15), %rax
    40: 498b7f30                       movq 0x30(%r15), %rdi
    44: 498b4f38                       movq 0x38(%r15), %rcx
    48: 4885c0                         testq %rax, %rax
    4b: 7e43                           jle 0x43
    4d: 4839cf                         cmpq %rcx, %rdi
    50: 7c43                           jl 0x43
    52: bd14000000                     movl $0x14, %ebp
    57: 41bd02000000                   movl $0x2, %r13d
    5d: 41b902000000                   movl $0x2, %r9d
    63: 498b4c2418                     movq 0x18(%r12), %rcx
    68: 4801ca                         addq %rcx, %rdx
    6b: 488b0500000000                 movq (%rip), %rax
        # hole +0x6e: IMAGE_REL_AMD64_REL32 Rel32 data-4
    72: 4c01e8                         addq %r13, %rax
    75: 48896c2428                     movq %rbp, 0x28(%rsp)
    7a: 4889442420                     movq %rax, 0x20(%rsp)
    7f: 4c89e1                         movq %r12, %rcx
    82: 4d89f0                         movq %r14, %r8
    85: e800000000                     callq 0x0
        # hole +0x86: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    8a: 4883c450                       addq $0x50, %rsp
    8e: 5d                             popq %rbp
    8f: c3                             retq
    90: 4839cf                         cmpq %rcx, %rdi
    93: 7ebd                           jle -0x43
    95: 4801f8                         addq %rdi, %rax
    98: 49894730                       movq %rax, 0x30(%r15)
    9c: 41f6c001                       testb $0x1, %r8b
    a0: 7513                           jne 0x13
    a2: 49ff08                         decq (%r8)
    a5: 750e                           jne 0xe
    a7: 4c89c1                         movq %r8, %rcx
    aa: 4d89c5                         movq %r8, %r13
    ad: e800000000                     callq 0x0
        # hole +0xae: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    b2: 4d89e8                         movq %r13, %r8
    b5: 4c8d147d01000000               leaq 0x1(,%rdi,2), %r10
    bd: 40f6c601                       testb $0x1, %sil
    c1: 7561                           jne 0x61
    c3: 48ff06                         incq (%rsi)
    c6: ba28000000                     movl $0x28, %edx
    cb: b001                           movb $0x1, %al
    cd: bd3c000000                     movl $0x3c, %ebp
    d2: 41bd06000000                   movl $0x6, %r13d
    d8: 837e0807                       cmpl $0x7, 0x8(%rsi)
    dc: 7566                           jne 0x66
    de: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xe1: IMAGE_REL_AMD64_REL32 Rel32 data+4
    e5: 488b7e30                       movq 0x30(%rsi), %rdi
    e9: 48394f30                       cmpq %rcx, 0x30(%rdi)
    ed: 7555                           jne 0x55
    ef: 488b06                         movq (%rsi), %rax
    f2: 48ffc0                         incq %rax
    f5: 488906                         movq %rax, (%rsi)
    f8: ba30000000                     movl $0x30, %edx
    fd: 48837e3800                     cmpq $0x0, 0x38(%rsi)
   102: 0f847f050000                   je 0x57f
   108: 4c8b4e40                       movq 0x40(%rsi), %r9
   10c: 41f6c101                       testb $0x1, %r9b
   110: 7445                           je 0x45
   112: 48ffc8                         decq %rax
   115: 488906                         movq %rax, (%rsi)
   118: 744b                           je 0x4b
   11a: f6c301                         testb $0x1, %bl
   11d: 7472                           je 0x72
   11f: e9b5000000                     jmp 0xb5
   124: ba28000000                     movl $0x28, %edx
   129: b001                           movb $0x1, %al
   12b: bd3c000000                     movl $0x3c, %ebp
   130: 41bd06000000                   movl $0x6, %r13d
   136: 41b901000000                   movl $0x1, %r9d
   13c: 4531ff                         xorl %r15d, %r15d
   13f: 4889f7                         movq %rsi, %rdi
   142: eb0c                           jmp 0xc
   144: 4531ff                         xorl %r15d, %r15d
   147: 4889f7                         movq %rsi, %rdi
   14a: 41b901000000                   movl $0x1, %r9d
   150: 31db                           xorl %ebx, %ebx
   152: e9aa000000                     jmp 0xaa
   157: 49ff01                         incq (%r9)
   15a: 488b06                         movq (%rsi), %rax
   15d: 48ffc8                         decq %rax
   160: 488906                         movq %rax, (%rsi)
   163: 75b5                           jne -0x4b
   165: 4889f1                         movq %rsi, %rcx
   168: 4c89c7                         movq %r8, %rdi
   16b: 4c89542430                     movq %r10, 0x30(%rsp)
   170: 4c894c2448                     movq %r9, 0x48(%rsp)
   175: e800000000                     callq 0x0
        # hole +0x176: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   17a: 4c8b4c2448                     movq 0x48(%rsp), %r9
   17f: 4c8b542430                     movq 0x30(%rsp), %r10
   184: 4989f8                         movq %rdi, %r8
   187: ba30000000                     movl $0x30, %edx
   18c: f6c301                         testb $0x1, %bl
   18f: 7548                           jne 0x48
   191: 48ff03                         incq (%rbx)
   194: 837b0807                       cmpl $0x7, 0x8(%rbx)
   198: 753f                           jne 0x3f
   19a: 488b4330                       movq 0x30(%rbx), %rax
   19e: 4883783003                     cmpq $0x3, 0x30(%rax)
   1a3: 7534                           jne 0x34
   1a5: 48837b3800                     cmpq $0x0, 0x38(%rbx)
   1aa: 0f8460050000                   je 0x560
   1b0: 488b4340                       movq 0x40(%rbx), %rax
   1b4: 4889442438                     movq %rax, 0x38(%rsp)
   1b9: a801                           testb $0x1, %al
   1bb: 0f848c000000                   je 0x8c
   1c1: 48ff0b                         decq (%rbx)
   1c4: 0f8494000000                   je 0x94
   1ca: 41f6c101                       testb $0x1, %r9b
   1ce: 0f85bb000000                   jne 0xbb
   1d4: e9c5030000                     jmp 0x3c5
   1d9: 4531ff                         xorl %r15d, %r15d
   1dc: 4889f7                         movq %rsi, %rdi
   1df: 4c89ce                         movq %r9, %rsi
   1e2: 48895c2438                     movq %rbx, 0x38(%rsp)
   1e7: 41b901000000                   movl $0x1, %r9d
   1ed: 41bd0a000000                   movl $0xa, %r13d
   1f3: bd64000000                     movl $0x64, %ebp
   1f8: 31c0                           xorl %eax, %eax
   1fa: ba38000000                     movl $0x38, %edx
   1ff: b301                           movb $0x1, %bl
   201: 498b4c2418                     movq 0x18(%r12), %rcx
   206: 4d39c2                         cmpq %r8, %r10
   209: 7409                           je 0x9
   20b: 4c895108                       movq %r10, 0x8(%rcx)
   20f: 498b4c2418                     movq 0x18(%r12), %rcx
   214: 4584ff                         testb %r15b, %r15b
   217: 0f854bfeffff                   jne -0x1b5
   21d: 48897920                       movq %rdi, 0x20(%rcx)
   221: 498b4c2418                     movq 0x18(%r12), %rcx
   226: 84c0                           testb %al, %al
   228: 0f853afeffff                   jne -0x1c6
   22e: 48897128                       movq %rsi, 0x28(%rcx)
   232: 498b4c2418                     movq 0x18(%r12), %rcx
   237: 84db                           testb %bl, %bl
   239: 0f8429feffff                   je -0x1d7
   23f: 488b442438                     movq 0x38(%rsp), %rax
   244: 48894130                       movq %rax, 0x30(%rcx)
   248: e916feffff                     jmp -0x1ea
   24d: 488b442438                     movq 0x38(%rsp), %rax
   252: 48ff00                         incq (%rax)
   255: 48ff0b                         decq (%rbx)
   258: 0f856cffffff                   jne -0x94
   25e: 4889d9                         movq %rbx, %rcx
   261: 4c89c7                         movq %r8, %rdi
   264: 4c89542430                     movq %r10, 0x30(%rsp)
   269: 4c894c2448                     movq %r9, 0x48(%rsp)
   26e: e800000000                     callq 0x0
        # hole +0x26f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   273: 4c8b4c2448                     movq 0x48(%rsp), %r9
   278: 4c8b542430                     movq 0x30(%rsp), %r10
   27d: 4989f8                         movq %rdi, %r8
   280: ba30000000                     movl $0x30, %edx
   285: 41f6c101                       testb $0x1, %r9b
   289: 0f840f030000                   je 0x30f
   28f: f644243801                     testb $0x1, 0x38(%rsp)
   294: 0f8404030000                   je 0x304
   29a: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
   2a4: 4c89c9                         movq %r9, %rcx
   2a7: 48d1f9                         sarq %rcx
   2aa: 488b442438                     movq 0x38(%rsp), %rax
   2af: 48d1f8                         sarq %rax
   2b2: 4801c8                         addq %rcx, %rax
   2b5: 4889c1                         movq %rax, %rcx
   2b8: 4801f9                         addq %rdi, %rcx
   2bb: 0f8973040000                   jns 0x473
   2c1: 488d3c4501000000               leaq 0x1(,%rax,2), %rdi
   2c9: 837e0807                       cmpl $0x7, 0x8(%rsi)
   2cd: 0f856c040000                   jne 0x46c
   2d3: 48837e3802                     cmpq $0x2, 0x38(%rsi)
   2d8: 0f8261040000                   jb 0x461
   2de: 488b4e48                       movq 0x48(%rsi), %rcx
   2e2: 48897e48                       movq %rdi, 0x48(%rsi)
   2e6: f6c101                         testb $0x1, %cl
   2e9: 7524                           jne 0x24
   2eb: 48ff09                         decq (%rcx)
   2ee: 751f                           jne 0x1f
   2f0: 4c89442440                     movq %r8, 0x40(%rsp)
   2f5: 48897c2430                     movq %rdi, 0x30(%rsp)
   2fa: 4c89d7                         movq %r10, %rdi
   2fd: e800000000                     callq 0x0
        # hole +0x2fe: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   302: 4989fa                         movq %rdi, %r10
   305: 488b7c2430                     movq 0x30(%rsp), %rdi
   30a: 4c8b442440                     movq 0x40(%rsp), %r8
   30f: 48ff0e                         decq (%rsi)
   312: 7522                           jne 0x22
   314: 4889f1                         movq %rsi, %rcx
   317: 4c89442440                     movq %r8, 0x40(%rsp)
   31c: 48897c2430                     movq %rdi, 0x30(%rsp)
   321: 4c89d7                         movq %r10, %rdi
   324: e800000000                     callq 0x0
        # hole +0x325: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   329: 4989fa                         movq %rdi, %r10
   32c: 488b7c2430                     movq 0x30(%rsp), %rdi
   331: 4c8b442440                     movq 0x40(%rsp), %r8
   336: 498b4608                       movq 0x8(%r14), %rax
   33a: 48ffc0                         incq %rax
   33d: 49894608                       movq %rax, 0x8(%r14)
   341: 493b4610                       cmpq 0x10(%r14), %rax
   345: 0f8d72020000                   jge 0x272
   34b: ba20000000                     movl $0x20, %edx
   350: 41b902000000                   movl $0x2, %r9d
   356: 49833e00                       cmpq $0x0, (%r14)
   35a: 0f8584020000                   jne 0x284
   360: 41837f0804                     cmpl $0x4, 0x8(%r15)
   365: 0f8588020000                   jne 0x288
   36b: 4c89442440                     movq %r8, 0x40(%rsp)
   370: 498b4730                       movq 0x30(%r15), %rax
   374: 498b4f40                       movq 0x40(%r15), %rcx
   378: 4885c9                         testq %rcx, %rcx
   37b: 7e0b                           jle 0xb
   37d: 493b4738                       cmpq 0x38(%r15), %rax
   381: 7c0f                           jl 0xf
   383: e996020000                     jmp 0x296
   388: 493b4738                       cmpq 0x38(%r15), %rax
   38c: 0f8e8c020000                   jle 0x28c
   392: 4801c1                         addq %rax, %rcx
   395: 49894f30                       movq %rcx, 0x30(%r15)
   399: 48ff06                         incq (%rsi)
   39c: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
   3a4: b001                           movb $0x1, %al
   3a6: 837e0807                       cmpl $0x7, 0x8(%rsi)
   3aa: 0f857d020000                   jne 0x27d
   3b0: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x3b3: IMAGE_REL_AMD64_REL32 Rel32 data+4
   3b7: 488b7e30                       movq 0x30(%rsi), %rdi
   3bb: 48394f30                       cmpq %rcx, 0x30(%rdi)
   3bf: 0f8568020000                   jne 0x268
   3c5: 488b06                         movq (%rsi), %rax
   3c8: 48ffc0                         incq %rax
   3cb: 488906                         movq %rax, (%rsi)
   3ce: 48837e3800                     cmpq $0x0, 0x38(%rsi)
   3d3: 0f84cc020000                   je 0x2cc
   3d9: 488b7e40                       movq 0x40(%rsi), %rdi
   3dd: 40f6c701                       testb $0x1, %dil
   3e1: 7416                           je 0x16
   3e3: 48ffc8                         decq %rax
   3e6: 488906                         movq %rax, (%rsi)
   3e9: 741c                           je 0x1c
   3eb: 48ff03                         incq (%rbx)
   3ee: 837b0807                       cmpl $0x7, 0x8(%rbx)
   3f2: 7442                           je 0x42
   3f4: e94c020000                     jmp 0x24c
   3f9: 48ff07                         incq (%rdi)
   3fc: 488b06                         movq (%rsi), %rax
   3ff: 48ffc8                         decq %rax
   402: 488906                         movq %rax, (%rsi)
   405: 75e4                           jne -0x1c
   407: 4889f1                         movq %rsi, %rcx
   40a: 4c89542430                     movq %r10, 0x30(%rsp)
   40f: e800000000                     callq 0x0
        # hole +0x410: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   414: 4c8b542430                     movq 0x30(%rsp), %r10
   419: 4c8b442440                     movq 0x40(%rsp), %r8
   41e: 41b902000000                   movl $0x2, %r9d
   424: ba20000000                     movl $0x20, %edx
   429: 48ff03                         incq (%rbx)
   42c: 837b0807                       cmpl $0x7, 0x8(%rbx)
   430: 0f850f020000                   jne 0x20f
   436: 488b4330                       movq 0x30(%rbx), %rax
   43a: 4883783003                     cmpq $0x3, 0x30(%rax)
   43f: 0f8500020000                   jne 0x200
   445: 48837b3800                     cmpq $0x0, 0x38(%rbx)
   44a: 0f846e020000                   je 0x26e
   450: 488b4340                       movq 0x40(%rbx), %rax
   454: 4889442438                     movq %rax, 0x38(%rsp)
   459: a801                           testb $0x1, %al
   45b: 7410                           je 0x10
   45d: 48ff0b                         decq (%rbx)
   460: 7418                           je 0x18
   462: 40f6c701                       testb $0x1, %dil
   466: 753e                           jne 0x3e
   468: e9a3010000                     jmp 0x1a3
   46d: 488b442438                     movq 0x38(%rsp), %rax
   472: 48ff00                         incq (%rax)
   475: 48ff0b                         decq (%rbx)
   478: 75e8                           jne -0x18
   47a: 4889d9                         movq %rbx, %rcx
   47d: 4c89542430                     movq %r10, 0x30(%rsp)
   482: e800000000                     callq 0x0
        # hole +0x483: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   487: 4c8b542430                     movq 0x30(%rsp), %r10
   48c: 4c8b442440                     movq 0x40(%rsp), %r8
   491: 41b902000000                   movl $0x2, %r9d
   497: ba20000000                     movl $0x20, %edx
   49c: 40f6c701                       testb $0x1, %dil
   4a0: 0f846a010000                   je 0x16a
   4a6: f644243801                     testb $0x1, 0x38(%rsp)
   4ab: 0f845f010000                   je 0x15f
   4b1: 4889f9                         movq %rdi, %rcx
   4b4: 48d1f9                         sarq %rcx
   4b7: 488b442438                     movq 0x38(%rsp), %rax
   4bc: 48d1f8                         sarq %rax
   4bf: 4801c8                         addq %rcx, %rax
   4c2: 4889c1                         movq %rax, %rcx
   4c5: 49bb00000000000000c0           movabsq $-0x4000000000000000, %r11
   4cf: 4c01d9                         addq %r11, %rcx
   4d2: 0f89f4010000                   jns 0x1f4
   4d8: 488d3c4501000000               leaq 0x1(,%rax,2), %rdi
   4e0: 837e0807                       cmpl $0x7, 0x8(%rsi)
   4e4: 0f8504020000                   jne 0x204
   4ea: 48837e3802                     cmpq $0x2, 0x38(%rsi)
   4ef: 0f82f9010000                   jb 0x1f9
   4f5: 488b4e48                       movq 0x48(%rsi), %rcx
   4f9: 48897e48                       movq %rdi, 0x48(%rsi)
   4fd: f6c101                         testb $0x1, %cl
   500: 752a                           jne 0x2a
   502: 48ff09                         decq (%rcx)
   505: 7525                           jne 0x25
   507: 48897c2430                     movq %rdi, 0x30(%rsp)
   50c: 4c89d7                         movq %r10, %rdi
   50f: e800000000                     callq 0x0
        # hole +0x510: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   514: 4989fa                         movq %rdi, %r10
   517: 488b7c2430                     movq 0x30(%rsp), %rdi
   51c: 4c8b442440                     movq 0x40(%rsp), %r8
   521: 41b902000000                   movl $0x2, %r9d
   527: ba20000000                     movl $0x20, %edx
   52c: 48ff0e                         decq (%rsi)
   52f: 7528                           jne 0x28
   531: 4889f1                         movq %rsi, %rcx
   534: 48897c2430                     movq %rdi, 0x30(%rsp)
   539: 4c89d7                         movq %r10, %rdi
   53c: e800000000                     callq 0x0
        # hole +0x53d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   541: 4989fa                         movq %rdi, %r10
   544: 488b7c2430                     movq 0x30(%rsp), %rdi
   549: 4c8b442440                     movq 0x40(%rsp), %r8
   54e: 41b902000000                   movl $0x2, %r9d
   554: ba20000000                     movl $0x20, %edx
   559: 498b4608                       movq 0x8(%r14), %rax
   55d: 48ffc0                         incq %rax
   560: 49894608                       movq %rax, 0x8(%r14)
   564: 493b4610                       cmpq 0x10(%r14), %rax
   568: 0f8de8000000                   jge 0xe8
   56e: 49833e00                       cmpq $0x0, (%r14)
   572: 0f85fa000000                   jne 0xfa
   578: 31c0                           xorl %eax, %eax
   57a: 41837f0804                     cmpl $0x4, 0x8(%r15)
   57f: 0f84ebfdffff                   je -0x215
   585: 41b901000000                   movl $0x1, %r9d
   58b: 41bd01000000                   movl $0x1, %r13d
   591: bd0a000000                     movl $0xa, %ebp
   596: 41b701                         movb $0x1, %r15b
   599: e9b2fbffff                     jmp -0x44e
   59e: 4531ff                         xorl %r15d, %r15d
   5a1: 4889f7                         movq %rsi, %rdi
   5a4: 4c89ce                         movq %r9, %rsi
   5a7: 41b901000000                   movl $0x1, %r9d
   5ad: 41bd0c000000                   movl $0xc, %r13d
   5b3: bd78000000                     movl $0x78, %ebp
   5b8: e93bfcffff                     jmp -0x3c5
   5bd: 49c70601000000                 movq $0x1, (%r14)
   5c4: ba20000000                     movl $0x20, %edx
   5c9: 41b701                         movb $0x1, %r15b
   5cc: bda0000000                     movl $0xa0, %ebp
   5d1: 41bd10000000                   movl $0x10, %r13d
   5d7: 41b902000000                   movl $0x2, %r9d
   5dd: 31c0                           xorl %eax, %eax
   5df: e96cfbffff                     jmp -0x494
   5e4: 31c0                           xorl %eax, %eax
   5e6: 41bd10000000                   movl $0x10, %r13d
   5ec: bda0000000                     movl $0xa0, %ebp
   5f1: eb13                           jmp 0x13
   5f3: bd0a000000                     movl $0xa, %ebp
   5f8: 31c0                           xorl %eax, %eax
   5fa: 41b901000000                   movl $0x1, %r9d
   600: 41bd01000000                   movl $0x1, %r13d
   606: 31db                           xorl %ebx, %ebx
   608: 41b701                         movb $0x1, %r15b
   60b: e9f1fbffff                     jmp -0x40f
   610: 4531ff                         xorl %r15d, %r15d
   613: 4889f0                         movq %rsi, %rax
   616: 4889fe                         movq %rdi, %rsi
   619: 4889c7                         movq %rax, %rdi
   61c: eb89                           jmp -0x77
   61e: bd14000000                     movl $0x14, %ebp
   623: 41bd02000000                   movl $0x2, %r13d
   629: 31c0                           xorl %eax, %eax
   62b: ebd9                           jmp -0x27
   62d: 4531ff                         xorl %r15d, %r15d
   630: 4889f7                         movq %rsi, %rdi
   633: 41b901000000                   movl $0x1, %r9d
   639: 31db                           xorl %ebx, %ebx
   63b: ba28000000                     movl $0x28, %edx
   640: e9bcfbffff                     jmp -0x444
   645: 4531ff                         xorl %r15d, %r15d
   648: 4889f0                         movq %rsi, %rax
   64b: 4889fe                         movq %rdi, %rsi
   64e: 4889c7                         movq %rax, %rdi
   651: e98cfbffff                     jmp -0x474
   656: 49c70601000000                 movq $0x1, (%r14)
   65d: 41b701                         movb $0x1, %r15b
   660: 31c0                           xorl %eax, %eax
   662: 41bd10000000                   movl $0x10, %r13d
   668: bda0000000                     movl $0xa0, %ebp
   66d: e9defaffff                     jmp -0x522
   672: 31c0                           xorl %eax, %eax
   674: 41bd10000000                   movl $0x10, %r13d
   67a: bda0000000                     movl $0xa0, %ebp
   67f: 41b701                         movb $0x1, %r15b
   682: e9c9faffff                     jmp -0x537
   687: 4531ff                         xorl %r15d, %r15d
   68a: 4889f7                         movq %rsi, %rdi
   68d: 41b901000000                   movl $0x1, %r9d
   693: 41bd08000000                   movl $0x8, %r13d
   699: bd50000000                     movl $0x50, %ebp
   69e: 31c0                           xorl %eax, %eax
   6a0: e9abfaffff                     jmp -0x555
   6a5: 4531ff                         xorl %r15d, %r15d
   6a8: 4889f7                         movq %rsi, %rdi
   6ab: 41b901000000                   movl $0x1, %r9d
   6b1: 41bd08000000                   movl $0x8, %r13d
   6b7: bd50000000                     movl $0x50, %ebp
   6bc: eb44                           jmp 0x44
   6be: 4531ff                         xorl %r15d, %r15d
   6c1: 4889f0                         movq %rsi, %rax
   6c4: 4889fe                         movq %rdi, %rsi
   6c7: 4889c7                         movq %rax, %rdi
   6ca: eb4d                           jmp 0x4d
   6cc: 4531ff                         xorl %r15d, %r15d
   6cf: 4889f0                         movq %rsi, %rax
   6d2: 4889fe                         movq %rdi, %rsi
   6d5: 4889c7                         movq %rax, %rdi
   6d8: 41b901000000                   movl $0x1, %r9d
   6de: 41bd0d000000                   movl $0xd, %r13d
   6e4: bd82000000                     movl $0x82, %ebp
   6e9: e90afbffff                     jmp -0x4f6
   6ee: 4531ff                         xorl %r15d, %r15d
   6f1: 41b901000000                   movl $0x1, %r9d
   6f7: 41bd0f000000                   movl $0xf, %r13d
   6fd: bd96000000                     movl $0x96, %ebp
   702: 31c0                           xorl %eax, %eax
   704: 31db                           xorl %ebx, %ebx
   706: ba30000000                     movl $0x30, %edx
   70b: e9f1faffff                     jmp -0x50f
   710: 4531ff                         xorl %r15d, %r15d
   713: 4889f7                         movq %rsi, %rdi
   716: 4c89ce                         movq %r9, %rsi
   719: 48895c2438                     movq %rbx, 0x38(%rsp)
   71e: 41b901000000                   movl $0x1, %r9d
   724: 41bd0b000000                   movl $0xb, %r13d
   72a: bd6e000000                     movl $0x6e, %ebp
   72f: e9c4faffff                     jmp -0x53c
   734: 4531ff                         xorl %r15d, %r15d
   737: 4889f7                         movq %rsi, %rdi
   73a: 4c89ce                         movq %r9, %rsi
   73d: eb99                           jmp -0x67
   73f: 4531ff                         xorl %r15d, %r15d
   742: 41b901000000                   movl $0x1, %r9d
   748: 41bd0f000000                   movl $0xf, %r13d
   74e: bd96000000                     movl $0x96, %ebp
   753: 31c0                           xorl %eax, %eax
   755: e9f6f9ffff                     jmp -0x60a
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
