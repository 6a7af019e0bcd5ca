# stencil startup_mixed for x86_64-pc-windows-msvc: 3506 code bytes, 32 data bytes, 80 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b08                         movq (%rax), %rcx
     d: f6c101                         testb $0x1, %cl
    10: 7503                           jne 0x3
    12: 48ff01                         incq (%rcx)
    15: 498d7508                       leaq 0x8(%r13), %rsi
    19: 49894d00                       movq %rcx, (%r13)
    1d: f6c101                         testb $0x1, %cl
    20: 0f851a020000                   jne 0x21a
    26: 83790807                       cmpl $0x7, 0x8(%rcx)
    2a: 0f8510020000                   jne 0x210
    30: 488b0500000000                 movq (%rip), %rax
        # hole +0x33: IMAGE_REL_AMD64_REL32 Rel32 data-4
    37: 488b5130                       movq 0x30(%rcx), %rdx
    3b: 48394230                       cmpq %rax, 0x30(%rdx)
    3f: 0f85fb010000                   jne 0x1fb
    45: 4883793802                     cmpq $0x2, 0x38(%rcx)
    4a: 0f82250b0000                   jb 0xb25
    50: 488b4148                       movq 0x48(%rcx), %rax
    54: a801                           testb $0x1, %al
    56: 7503                           jne 0x3
    58: 48ff00                         incq (%rax)
    5b: 49894500                       movq %rax, (%r13)
    5f: 48ff09                         decq (%rcx)
    62: 7505                           jne 0x5
    64: e800000000                     callq 0x0
        # hole +0x65: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    69: 498b4500                       movq (%r13), %rax
    6d: 498b542418                     movq 0x18(%r12), %rdx
    72: 488b4a08                       movq 0x8(%rdx), %rcx
    76: 48894208                       movq %rax, 0x8(%rdx)
    7a: f6c101                         testb $0x1, %cl
    7d: 750a                           jne 0xa
    7f: 48ff09                         decq (%rcx)
    82: 7505                           jne 0x5
    84: e800000000                     callq 0x0
        # hole +0x85: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    89: 498b442418                     movq 0x18(%r12), %rax
    8e: 488b7820                       movq 0x20(%rax), %rdi
    92: 40f6c701                       testb $0x1, %dil
    96: 7503                           jne 0x3
    98: 48ff07                         incq (%rdi)
    9b: 49897d00                       movq %rdi, (%r13)
    9f: 498b442418                     movq 0x18(%r12), %rax
    a4: 488b4010                       movq 0x10(%rax), %rax
    a8: a801                           testb $0x1, %al
    aa: 7507                           jne 0x7
    ac: 48ff00                         incq (%rax)
    af: 498b7d00                       movq (%r13), %rdi
    b3: 498d5510                       leaq 0x10(%r13), %rdx
    b7: 49894508                       movq %rax, 0x8(%r13)
    bb: 40f6c701                       testb $0x1, %dil
    bf: 0f85ae010000                   jne 0x1ae
    c5: 837f0808                       cmpl $0x8, 0x8(%rdi)
    c9: 0f85a4010000                   jne 0x1a4
    cf: 4989d7                         movq %rdx, %r15
    d2: 41b801000000                   movl $0x1, %r8d
    d8: 4c89f1                         movq %r14, %rcx
    db: 4889f2                         movq %rsi, %rdx
    de: ff5738                         callq *0x38(%rdi)
    e1: 4889c3                         movq %rax, %rbx
    e4: 488b0e                         movq (%rsi), %rcx
    e7: f6c101                         testb $0x1, %cl
    ea: 750a                           jne 0xa
    ec: 48ff09                         decq (%rcx)
    ef: 7505                           jne 0x5
    f1: e800000000                     callq 0x0
        # hole +0xf2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f6: 48ff0f                         decq (%rdi)
    f9: 7508                           jne 0x8
    fb: 4889f9                         movq %rdi, %rcx
    fe: e800000000                     callq 0x0
        # hole +0xff: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   103: 4885db                         testq %rbx, %rbx
   106: 0f847e0a0000                   je 0xa7e
   10c: 4c89fa                         movq %r15, %rdx
   10f: 49895d00                       movq %rbx, (%r13)
   113: 498b442418                     movq 0x18(%r12), %rax
   118: 488b4818                       movq 0x18(%rax), %rcx
   11c: 48895818                       movq %rbx, 0x18(%rax)
   120: f6c101                         testb $0x1, %cl
   123: 750d                           jne 0xd
   125: 48ff09                         decq (%rcx)
   128: 7508                           jne 0x8
   12a: e800000000                     callq 0x0
        # hole +0x12b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12f: 4c89fa                         movq %r15, %rdx
   132: 498b442418                     movq 0x18(%r12), %rax
   137: 488b4828                       movq 0x28(%rax), %rcx
   13b: f6c101                         testb $0x1, %cl
   13e: 7503                           jne 0x3
   140: 48ff01                         incq (%rcx)
   143: 49894d00                       movq %rcx, (%r13)
   147: 498b442418                     movq 0x18(%r12), %rax
   14c: 488b7830                       movq 0x30(%rax), %rdi
   150: 40f6c701                       testb $0x1, %dil
   154: 7507                           jne 0x7
   156: 48ff07                         incq (%rdi)
   159: 498b4d00                       movq (%r13), %rcx
   15d: 48893e                         movq %rdi, (%rsi)
   160: f6c101                         testb $0x1, %cl
   163: 0f8522010000                   jne 0x122
   169: 83790802                       cmpl $0x2, 0x8(%rcx)
   16d: 0f8518010000                   jne 0x118
   173: 89f8                           movl %edi, %eax
   175: 83e001                         andl $0x1, %eax
   178: 0f850d010000                   jne 0x10d
   17e: 837f0802                       cmpl $0x2, 0x8(%rdi)
   182: 0f8503010000                   jne 0x103
   188: f20f107130                     movsd 0x30(%rcx), %xmm6
   18d: f20f597730                     mulsd 0x30(%rdi), %xmm6
   192: 48ff09                         decq (%rcx)
   195: 7505                           jne 0x5
   197: e800000000                     callq 0x0
        # hole +0x198: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   19c: 48ff0f                         decq (%rdi)
   19f: 7508                           jne 0x8
   1a1: 4889f9                         movq %rdi, %rcx
   1a4: e800000000                     callq 0x0
        # hole +0x1a5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1a9: 4c89f1                         movq %r14, %rcx
   1ac: 660f28ce                       movapd %xmm6, %xmm1
   1b0: e800000000                     callq 0x0
        # hole +0x1b1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1b5: 4885c0                         testq %rax, %rax
   1b8: 0f84240a0000                   je 0xa24
   1be: 49894500                       movq %rax, (%r13)
   1c2: 498b542418                     movq 0x18(%r12), %rdx
   1c7: 488b4a38                       movq 0x38(%rdx), %rcx
   1cb: 48894238                       movq %rax, 0x38(%rdx)
   1cf: f6c101                         testb $0x1, %cl
   1d2: 4c89fa                         movq %r15, %rdx
   1d5: 750d                           jne 0xd
   1d7: 48ff09                         decq (%rcx)
   1da: 7508                           jne 0x8
   1dc: e800000000                     callq 0x0
        # hole +0x1dd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1e1: 4c89fa                         movq %r15, %rdx
   1e4: 498b442418                     movq 0x18(%r12), %rax
   1e9: 488b4040                       movq 0x40(%rax), %rax
   1ed: a801                           testb $0x1, %al
   1ef: 7503                           jne 0x3
   1f1: 48ff00                         incq (%rax)
   1f4: 49894500                       movq %rax, (%r13)
   1f8: 498b4c2418                     movq 0x18(%r12), %rcx
   1fd: 488b4948                       movq 0x48(%rcx), %rcx
   201: f6c101                         testb $0x1, %cl
   204: 7507                           jne 0x7
   206: 48ff01                         incq (%rcx)
   209: 498b4500                       movq (%r13), %rax
   20d: 89c7                           movl %eax, %edi
   20f: 83e701                         andl $0x1, %edi
   212: 48890e                         movq %rcx, (%rsi)
   215: 4885ff                         testq %rdi, %rdi
   218: 0f8485000000                   je 0x85
   21e: 89cf                           movl %ecx, %edi
   220: 83e701                         andl $0x1, %edi
   223: 747e                           je 0x7e
   225: 48d1f8                         sarq %rax
   228: 48d1f9                         sarq %rcx
   22b: 4839c8                         cmpq %rcx, %rax
   22e: 0f8d87000000                   jge 0x87
   234: 488b0500000000                 movq (%rip), %rax
        # hole +0x237: IMAGE_REL_AMD64_REL32 Rel32 data+4
   23b: e982000000                     jmp 0x82
   240: 488b0500000000                 movq (%rip), %rax
        # hole +0x243: IMAGE_REL_AMD64_REL32 Rel32 data+12
   247: 48ffc0                         incq %rax
   24a: b90a000000                     movl $0xa, %ecx
   24f: 41b901000000                   movl $0x1, %r9d
   255: 4889f2                         movq %rsi, %rdx
   258: 48894c2428                     movq %rcx, 0x28(%rsp)
   25d: 4889442420                     movq %rax, 0x20(%rsp)
   262: 4c89e1                         movq %r12, %rcx
   265: 4d89f0                         movq %r14, %r8
   268: e800000000                     callq 0x0
        # hole +0x269: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   26d: 4883c430                       addq $0x30, %rsp
   271: 5d                             popq %rbp
   272: c3                             retq
   273: 488b0500000000                 movq (%rip), %rax
        # hole +0x276: IMAGE_REL_AMD64_REL32 Rel32 data+12
   27a: 4883c006                       addq $0x6, %rax
   27e: b93c000000                     movl $0x3c, %ecx
   283: 41b901000000                   movl $0x1, %r9d
   289: ebcd                           jmp -0x33
   28b: 488b0500000000                 movq (%rip), %rax
        # hole +0x28e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   292: 4883c00a                       addq $0xa, %rax
   296: b964000000                     movl $0x64, %ecx
   29b: 41b901000000                   movl $0x1, %r9d
   2a1: ebb5                           jmp -0x4b
   2a3: 488b0500000000                 movq (%rip), %rax
        # hole +0x2a6: IMAGE_REL_AMD64_REL32 Rel32 data+12
   2aa: 4883c00f                       addq $0xf, %rax
   2ae: b996000000                     movl $0x96, %ecx
   2b3: 41b901000000                   movl $0x1, %r9d
   2b9: eb9d                           jmp -0x63
   2bb: 488b0500000000                 movq (%rip), %rax
        # hole +0x2be: IMAGE_REL_AMD64_REL32 Rel32 data+20
   2c2: 49894500                       movq %rax, (%r13)
   2c6: 0f8d28090000                   jge 0x928
   2cc: 498b442418                     movq 0x18(%r12), %rax
   2d1: 488b4850                       movq 0x50(%rax), %rcx
   2d5: f6c101                         testb $0x1, %cl
   2d8: 7503                           jne 0x3
   2da: 48ff01                         incq (%rcx)
   2dd: 49894d00                       movq %rcx, (%r13)
   2e1: 498b442418                     movq 0x18(%r12), %rax
   2e6: 488b7858                       movq 0x58(%rax), %rdi
   2ea: 40f6c701                       testb $0x1, %dil
   2ee: 7507                           jne 0x7
   2f0: 48ff07                         incq (%rdi)
   2f3: 498b4d00                       movq (%r13), %rcx
   2f7: 48893e                         movq %rdi, (%rsi)
   2fa: f6c101                         testb $0x1, %cl
   2fd: 0f85ed070000                   jne 0x7ed
   303: 83790802                       cmpl $0x2, 0x8(%rcx)
   307: 0f85e3070000                   jne 0x7e3
   30d: 89f8                           movl %edi, %eax
   30f: 83e001                         andl $0x1, %eax
   312: 0f85d8070000                   jne 0x7d8
   318: 837f0802                       cmpl $0x2, 0x8(%rdi)
   31c: 0f85ce070000                   jne 0x7ce
   322: f20f107130                     movsd 0x30(%rcx), %xmm6
   327: f20f597730                     mulsd 0x30(%rdi), %xmm6
   32c: 48ff09                         decq (%rcx)
   32f: 7505                           jne 0x5
   331: e800000000                     callq 0x0
        # hole +0x332: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   336: 48ff0f                         decq (%rdi)
   339: 7508                           jne 0x8
   33b: 4889f9                         movq %rdi, %rcx
   33e: e800000000                     callq 0x0
        # hole +0x33f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   343: 4c89f1                         movq %r14, %rcx
   346: 660f28ce                       movapd %xmm6, %xmm1
   34a: e800000000                     callq 0x0
        # hole +0x34b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   34f: 4885c0                         testq %rax, %rax
   352: 0f84db080000                   je 0x8db
   358: 49894500                       movq %rax, (%r13)
   35c: 498b542418                     movq 0x18(%r12), %rdx
   361: 488b4a60                       movq 0x60(%rdx), %rcx
   365: 48894260                       movq %rax, 0x60(%rdx)
   369: f6c101                         testb $0x1, %cl
   36c: 4c89fa                         movq %r15, %rdx
   36f: 750d                           jne 0xd
   371: 48ff09                         decq (%rcx)
   374: 7508                           jne 0x8
   376: e800000000                     callq 0x0
        # hole +0x377: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   37b: 4c89fa                         movq %r15, %rdx
   37e: 498b442418                     movq 0x18(%r12), %rax
   383: 488b4868                       movq 0x68(%rax), %rcx
   387: f6c101                         testb $0x1, %cl
   38a: 7503                           jne 0x3
   38c: 48ff01                         incq (%rcx)
   38f: 49894d00                       movq %rcx, (%r13)
   393: 498b442418                     movq 0x18(%r12), %rax
   398: 488b4070                       movq 0x70(%rax), %rax
   39c: a801                           testb $0x1, %al
   39e: 7507                           jne 0x7
   3a0: 48ff00                         incq (%rax)
   3a3: 498b4d00                       movq (%r13), %rcx
   3a7: 89cf                           movl %ecx, %edi
   3a9: 83e701                         andl $0x1, %edi
   3ac: 488906                         movq %rax, (%rsi)
   3af: 4885ff                         testq %rdi, %rdi
   3b2: 0f8453070000                   je 0x753
   3b8: 89c7                           movl %eax, %edi
   3ba: 83e701                         andl $0x1, %edi
   3bd: 0f8448070000                   je 0x748
   3c3: 48d1f9                         sarq %rcx
   3c6: 48d1f8                         sarq %rax
   3c9: 480fafc1                       imulq %rcx, %rax
   3cd: 0f808e080000                   jo 0x88e
   3d3: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   3dd: 488d0c28                       leaq (%rax,%rbp), %rcx
   3e1: 4885c9                         testq %rcx, %rcx
   3e4: 0f8977080000                   jns 0x877
   3ea: 488d044501000000               leaq 0x1(,%rax,2), %rax
   3f2: 49894500                       movq %rax, (%r13)
   3f6: 498b7c2418                     movq 0x18(%r12), %rdi
   3fb: 488b4f78                       movq 0x78(%rdi), %rcx
   3ff: 48894778                       movq %rax, 0x78(%rdi)
   403: f6c101                         testb $0x1, %cl
   406: 750d                           jne 0xd
   408: 48ff09                         decq (%rcx)
   40b: 7508                           jne 0x8
   40d: e800000000                     callq 0x0
        # hole +0x40e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   412: 4c89fa                         movq %r15, %rdx
   415: 498b442418                     movq 0x18(%r12), %rax
   41a: 488b8880000000                 movq 0x80(%rax), %rcx
   421: f6c101                         testb $0x1, %cl
   424: 7503                           jne 0x3
   426: 48ff01                         incq (%rcx)
   429: 49894d00                       movq %rcx, (%r13)
   42d: 498b442418                     movq 0x18(%r12), %rax
   432: 488b8088000000                 movq 0x88(%rax), %rax
   439: a801                           testb $0x1, %al
   43b: 7507                           jne 0x7
   43d: 48ff00                         incq (%rax)
   440: 498b4d00                       movq (%r13), %rcx
   444: 89cf                           movl %ecx, %edi
   446: 83e701                         andl $0x1, %edi
   449: 488906                         movq %rax, (%rsi)
   44c: 4885ff                         testq %rdi, %rdi
   44f: 0f84d1060000                   je 0x6d1
   455: 89c7                           movl %eax, %edi
   457: 83e701                         andl $0x1, %edi
   45a: 0f84c6060000                   je 0x6c6
   460: 48d1f9                         sarq %rcx
   463: 48d1f8                         sarq %rax
   466: 480fafc1                       imulq %rcx, %rax
   46a: 0f800c080000                   jo 0x80c
   470: 488d0c28                       leaq (%rax,%rbp), %rcx
   474: 4885c9                         testq %rcx, %rcx
   477: 0f89ff070000                   jns 0x7ff
   47d: 488d044501000000               leaq 0x1(,%rax,2), %rax
   485: 49894500                       movq %rax, (%r13)
   489: 498b7c2418                     movq 0x18(%r12), %rdi
   48e: 488b8f90000000                 movq 0x90(%rdi), %rcx
   495: 48898790000000                 movq %rax, 0x90(%rdi)
   49c: f6c101                         testb $0x1, %cl
   49f: 750d                           jne 0xd
   4a1: 48ff09                         decq (%rcx)
   4a4: 7508                           jne 0x8
   4a6: e800000000                     callq 0x0
        # hole +0x4a7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4ab: 4c89fa                         movq %r15, %rdx
   4ae: 498b442418                     movq 0x18(%r12), %rax
   4b3: 488b8898000000                 movq 0x98(%rax), %rcx
   4ba: f6c101                         testb $0x1, %cl
   4bd: 7503                           jne 0x3
   4bf: 48ff01                         incq (%rcx)
   4c2: 49894d00                       movq %rcx, (%r13)
   4c6: 498b442418                     movq 0x18(%r12), %rax
   4cb: 488b80a0000000                 movq 0xa0(%rax), %rax
   4d2: a801                           testb $0x1, %al
   4d4: 7507                           jne 0x7
   4d6: 48ff00                         incq (%rax)
   4d9: 498b4d00                       movq (%r13), %rcx
   4dd: 89cf                           movl %ecx, %edi
   4df: 83e701                         andl $0x1, %edi
   4e2: 488906                         movq %rax, (%rsi)
   4e5: 4885ff                         testq %rdi, %rdi
   4e8: 0f8453060000                   je 0x653
   4ee: 89c7                           movl %eax, %edi
   4f0: 83e701                         andl $0x1, %edi
   4f3: 0f8448060000                   je 0x648
   4f9: 48d1f9                         sarq %rcx
   4fc: 48d1f8                         sarq %rax
   4ff: 480fafc1                       imulq %rcx, %rax
   503: 0f80a7070000                   jo 0x7a7
   509: 488d0c28                       leaq (%rax,%rbp), %rcx
   50d: 4885c9                         testq %rcx, %rcx
   510: 0f899a070000                   jns 0x79a
   516: 488d044501000000               leaq 0x1(,%rax,2), %rax
   51e: 49894500                       movq %rax, (%r13)
   522: 498b542418                     movq 0x18(%r12), %rdx
   527: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   52e: 488982a8000000                 movq %rax, 0xa8(%rdx)
   535: f6c101                         testb $0x1, %cl
   538: 750a                           jne 0xa
   53a: 48ff09                         decq (%rcx)
   53d: 7505                           jne 0x5
   53f: e800000000                     callq 0x0
        # hole +0x540: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   544: 49c745003d000000               movq $0x3d, (%r13)
   54c: 498b442418                     movq 0x18(%r12), %rax
   551: 488b88b0000000                 movq 0xb0(%rax), %rcx
   558: 48c780b00000003d000000         movq $0x3d, 0xb0(%rax)
   563: f6c101                         testb $0x1, %cl
   566: 750a                           jne 0xa
   568: 48ff09                         decq (%rcx)
   56b: 7505                           jne 0x5
   56d: e800000000                     callq 0x0
        # hole +0x56e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   572: 498b442418                     movq 0x18(%r12), %rax
   577: 488b88b8000000                 movq 0xb8(%rax), %rcx
   57e: f6c101                         testb $0x1, %cl
   581: 0f85d5050000                   jne 0x5d5
   587: 48ff01                         incq (%rcx)
   58a: 49894d00                       movq %rcx, (%r13)
   58e: 83790807                       cmpl $0x7, 0x8(%rcx)
   592: 0f85c8050000                   jne 0x5c8
   598: 488b4130                       movq 0x30(%rcx), %rax
   59c: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   5a4: 0f85b6050000                   jne 0x5b6
   5aa: 4883793802                     cmpq $0x2, 0x38(%rcx)
   5af: 0f822b070000                   jb 0x72b
   5b5: 488b4148                       movq 0x48(%rcx), %rax
   5b9: a801                           testb $0x1, %al
   5bb: 7503                           jne 0x3
   5bd: 48ff00                         incq (%rax)
   5c0: 49894500                       movq %rax, (%r13)
   5c4: 48ff09                         decq (%rcx)
   5c7: 7505                           jne 0x5
   5c9: e800000000                     callq 0x0
        # hole +0x5ca: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5ce: 498b4500                       movq (%r13), %rax
   5d2: 498b542418                     movq 0x18(%r12), %rdx
   5d7: 488b8ac0000000                 movq 0xc0(%rdx), %rcx
   5de: 488982c0000000                 movq %rax, 0xc0(%rdx)
   5e5: f6c101                         testb $0x1, %cl
   5e8: 750a                           jne 0xa
   5ea: 48ff09                         decq (%rcx)
   5ed: 7505                           jne 0x5
   5ef: e800000000                     callq 0x0
        # hole +0x5f0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5f4: 498b442418                     movq 0x18(%r12), %rax
   5f9: 488b80e0000000                 movq 0xe0(%rax), %rax
   600: a801                           testb $0x1, %al
   602: 7503                           jne 0x3
   604: 48ff00                         incq (%rax)
   607: 49894500                       movq %rax, (%r13)
   60b: 498b442418                     movq 0x18(%r12), %rax
   610: 488b80c8000000                 movq 0xc8(%rax), %rax
   617: a801                           testb $0x1, %al
   619: 7503                           jne 0x3
   61b: 48ff00                         incq (%rax)
   61e: 488906                         movq %rax, (%rsi)
   621: 498b442418                     movq 0x18(%r12), %rax
   626: 488b80d0000000                 movq 0xd0(%rax), %rax
   62d: a801                           testb $0x1, %al
   62f: 7503                           jne 0x3
   631: 48ff00                         incq (%rax)
   634: 49894510                       movq %rax, 0x10(%r13)
   638: 498b7d00                       movq (%r13), %rdi
   63c: 40f6c701                       testb $0x1, %dil
   640: 0f855c050000                   jne 0x55c
   646: 837f0808                       cmpl $0x8, 0x8(%rdi)
   64a: 0f8552050000                   jne 0x552
   650: 41b802000000                   movl $0x2, %r8d
   656: 4c89f1                         movq %r14, %rcx
   659: 4889f2                         movq %rsi, %rdx
   65c: ff5738                         callq *0x38(%rdi)
   65f: 4889c3                         movq %rax, %rbx
   662: 488b0e                         movq (%rsi), %rcx
   665: f6c101                         testb $0x1, %cl
   668: 750a                           jne 0xa
   66a: 48ff09                         decq (%rcx)
   66d: 7505                           jne 0x5
   66f: e800000000                     callq 0x0
        # hole +0x670: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   674: 498b4d10                       movq 0x10(%r13), %rcx
   678: f6c101                         testb $0x1, %cl
   67b: 750a                           jne 0xa
   67d: 48ff09                         decq (%rcx)
   680: 7505                           jne 0x5
   682: e800000000                     callq 0x0
        # hole +0x683: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   687: 48ff0f                         decq (%rdi)
   68a: 7508                           jne 0x8
   68c: 4889f9                         movq %rdi, %rcx
   68f: e800000000                     callq 0x0
        # hole +0x690: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   694: 4885db                         testq %rbx, %rbx
   697: 0f846d060000                   je 0x66d
   69d: 49895d00                       movq %rbx, (%r13)
   6a1: 498b442418                     movq 0x18(%r12), %rax
   6a6: 488b88d8000000                 movq 0xd8(%rax), %rcx
   6ad: 488998d8000000                 movq %rbx, 0xd8(%rax)
   6b4: f6c101                         testb $0x1, %cl
   6b7: 750a                           jne 0xa
   6b9: 48ff09                         decq (%rcx)
   6bc: 7505                           jne 0x5
   6be: e800000000                     callq 0x0
        # hole +0x6bf: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6c3: 498b442418                     movq 0x18(%r12), %rax
   6c8: 488b88e8000000                 movq 0xe8(%rax), %rcx
   6cf: f6c101                         testb $0x1, %cl
   6d2: 7503                           jne 0x3
   6d4: 48ff01                         incq (%rcx)
   6d7: 49894d00                       movq %rcx, (%r13)
   6db: 498b442418                     movq 0x18(%r12), %rax
   6e0: 488bb8f0000000                 movq 0xf0(%rax), %rdi
   6e7: 40f6c701                       testb $0x1, %dil
   6eb: 7507                           jne 0x7
   6ed: 48ff07                         incq (%rdi)
   6f0: 498b4d00                       movq (%r13), %rcx
   6f4: 48893e                         movq %rdi, (%rsi)
   6f7: f6c101                         testb $0x1, %cl
   6fa: 0f85c4040000                   jne 0x4c4
   700: 83790802                       cmpl $0x2, 0x8(%rcx)
   704: 0f85ba040000                   jne 0x4ba
   70a: 89f8                           movl %edi, %eax
   70c: 83e001                         andl $0x1, %eax
   70f: 0f85af040000                   jne 0x4af
   715: 837f0802                       cmpl $0x2, 0x8(%rdi)
   719: 0f85a5040000                   jne 0x4a5
   71f: f20f107130                     movsd 0x30(%rcx), %xmm6
   724: f20f597730                     mulsd 0x30(%rdi), %xmm6
   729: 48ff09                         decq (%rcx)
   72c: 7505                           jne 0x5
   72e: e800000000                     callq 0x0
        # hole +0x72f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   733: 48ff0f                         decq (%rdi)
   736: 7508                           jne 0x8
   738: 4889f9                         movq %rdi, %rcx
   73b: e800000000                     callq 0x0
        # hole +0x73c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   740: 4c89f1                         movq %r14, %rcx
   743: 660f28ce                       movapd %xmm6, %xmm1
   747: e800000000                     callq 0x0
        # hole +0x748: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   74c: 4885c0                         testq %rax, %rax
   74f: 0f84ca050000                   je 0x5ca
   755: 49894500                       movq %rax, (%r13)
   759: 498b542418                     movq 0x18(%r12), %rdx
   75e: 488b8af8000000                 movq 0xf8(%rdx), %rcx
   765: 488982f8000000                 movq %rax, 0xf8(%rdx)
   76c: f6c101                         testb $0x1, %cl
   76f: 750a                           jne 0xa
   771: 48ff09                         decq (%rcx)
   774: 7505                           jne 0x5
   776: e800000000                     callq 0x0
        # hole +0x777: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   77b: 498b442418                     movq 0x18(%r12), %rax
   780: 488b8800010000                 movq 0x100(%rax), %rcx
   787: f6c101                         testb $0x1, %cl
   78a: 7503                           jne 0x3
   78c: 48ff01                         incq (%rcx)
   78f: 49894d00                       movq %rcx, (%r13)
   793: 498b442418                     movq 0x18(%r12), %rax
   798: 488b8008010000                 movq 0x108(%rax), %rax
   79f: a801                           testb $0x1, %al
   7a1: 7507                           jne 0x7
   7a3: 48ff00                         incq (%rax)
   7a6: 498b4d00                       movq (%r13), %rcx
   7aa: 89ca                           movl %ecx, %edx
   7ac: 83e201                         andl $0x1, %edx
   7af: 488906                         movq %rax, (%rsi)
   7b2: 4885d2                         testq %rdx, %rdx
   7b5: 0f8454040000                   je 0x454
   7bb: 89c2                           movl %eax, %edx
   7bd: 83e201                         andl $0x1, %edx
   7c0: 0f8449040000                   je 0x449
   7c6: 48d1f9                         sarq %rcx
   7c9: 48d1f8                         sarq %rax
   7cc: 480fafc1                       imulq %rcx, %rax
   7d0: 0f805e050000                   jo 0x55e
   7d6: 488d0c28                       leaq (%rax,%rbp), %rcx
   7da: 4885c9                         testq %rcx, %rcx
   7dd: 0f8951050000                   jns 0x551
   7e3: 488d044501000000               leaq 0x1(,%rax,2), %rax
   7eb: 49894500                       movq %rax, (%r13)
   7ef: 498b542418                     movq 0x18(%r12), %rdx
   7f4: 488b8a10010000                 movq 0x110(%rdx), %rcx
   7fb: 48898210010000                 movq %rax, 0x110(%rdx)
   802: f6c101                         testb $0x1, %cl
   805: 750a                           jne 0xa
   807: 48ff09                         decq (%rcx)
   80a: 7505                           jne 0x5
   80c: e800000000                     callq 0x0
        # hole +0x80d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   811: 498b442418                     movq 0x18(%r12), %rax
   816: 488b8018010000                 movq 0x118(%rax), %rax
   81d: a801                           testb $0x1, %al
   81f: 7503                           jne 0x3
   821: 48ff00                         incq (%rax)
   824: 49894500                       movq %rax, (%r13)
   828: 498b4c2418                     movq 0x18(%r12), %rcx
   82d: 488b8920010000                 movq 0x120(%rcx), %rcx
   834: f6c101                         testb $0x1, %cl
   837: 7507                           jne 0x7
   839: 48ff01                         incq (%rcx)
   83c: 498b4500                       movq (%r13), %rax
   840: 89c2                           movl %eax, %edx
   842: 83e201                         andl $0x1, %edx
   845: 48890e                         movq %rcx, (%rsi)
   848: 4885d2                         testq %rdx, %rdx
   84b: 0f84d0030000                   je 0x3d0
   851: 89ca                           movl %ecx, %edx
   853: 83e201                         andl $0x1, %edx
   856: 0f84c5030000                   je 0x3c5
   85c: 48d1f8                         sarq %rax
   85f: 48d1f9                         sarq %rcx
   862: 4801c1                         addq %rax, %rcx
   865: 4889c8                         movq %rcx, %rax
   868: 4801e8                         addq %rbp, %rax
   86b: 0f89d8040000                   jns 0x4d8
   871: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   879: 49894500                       movq %rax, (%r13)
   87d: 498b542418                     movq 0x18(%r12), %rdx
   882: 488b8a28010000                 movq 0x128(%rdx), %rcx
   889: 48898228010000                 movq %rax, 0x128(%rdx)
   890: f6c101                         testb $0x1, %cl
   893: 750a                           jne 0xa
   895: 48ff09                         decq (%rcx)
   898: 7505                           jne 0x5
   89a: e800000000                     callq 0x0
        # hole +0x89b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   89f: 498b442418                     movq 0x18(%r12), %rax
   8a4: 488b8830010000                 movq 0x130(%rax), %rcx
   8ab: f6c101                         testb $0x1, %cl
   8ae: 0f8594030000                   jne 0x394
   8b4: 48ff01                         incq (%rcx)
   8b7: 49894d00                       movq %rcx, (%r13)
   8bb: 83790807                       cmpl $0x7, 0x8(%rcx)
   8bf: 0f8587030000                   jne 0x387
   8c5: 488b4130                       movq 0x30(%rcx), %rax
   8c9: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   8d1: 0f8575030000                   jne 0x375
   8d7: 4883793800                     cmpq $0x0, 0x38(%rcx)
   8dc: 0f847c040000                   je 0x47c
   8e2: 488b4140                       movq 0x40(%rcx), %rax
   8e6: a801                           testb $0x1, %al
   8e8: 7503                           jne 0x3
   8ea: 48ff00                         incq (%rax)
   8ed: 49894500                       movq %rax, (%r13)
   8f1: 48ff09                         decq (%rcx)
   8f4: 7505                           jne 0x5
   8f6: e800000000                     callq 0x0
        # hole +0x8f7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8fb: 498b4500                       movq (%r13), %rax
   8ff: 498b542418                     movq 0x18(%r12), %rdx
   904: 488b8a38010000                 movq 0x138(%rdx), %rcx
   90b: 48898238010000                 movq %rax, 0x138(%rdx)
   912: f6c101                         testb $0x1, %cl
   915: 750a                           jne 0xa
   917: 48ff09                         decq (%rcx)
   91a: 7505                           jne 0x5
   91c: e800000000                     callq 0x0
        # hole +0x91d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   921: 498b442418                     movq 0x18(%r12), %rax
   926: 488b8840010000                 movq 0x140(%rax), %rcx
   92d: f6c101                         testb $0x1, %cl
   930: 0f8561030000                   jne 0x361
   936: 48ff01                         incq (%rcx)
   939: 49894d00                       movq %rcx, (%r13)
   93d: 83790807                       cmpl $0x7, 0x8(%rcx)
   941: 0f8554030000                   jne 0x354
   947: 488b4130                       movq 0x30(%rcx), %rax
   94b: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   953: 0f8542030000                   jne 0x342
   959: 4883793800                     cmpq $0x0, 0x38(%rcx)
   95e: 0f840f040000                   je 0x40f
   964: 488b4140                       movq 0x40(%rcx), %rax
   968: a801                           testb $0x1, %al
   96a: 7503                           jne 0x3
   96c: 48ff00                         incq (%rax)
   96f: 49894500                       movq %rax, (%r13)
   973: 48ff09                         decq (%rcx)
   976: 7505                           jne 0x5
   978: e800000000                     callq 0x0
        # hole +0x979: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   97d: 498b4500                       movq (%r13), %rax
   981: 498b542418                     movq 0x18(%r12), %rdx
   986: 488b8a48010000                 movq 0x148(%rdx), %rcx
   98d: 48898248010000                 movq %rax, 0x148(%rdx)
   994: f6c101                         testb $0x1, %cl
   997: 750a                           jne 0xa
   999: 48ff09                         decq (%rcx)
   99c: 7505                           jne 0x5
   99e: e800000000                     callq 0x0
        # hole +0x99f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9a3: 498b442418                     movq 0x18(%r12), %rax
   9a8: 488bb860010000                 movq 0x160(%rax), %rdi
   9af: 40f6c701                       testb $0x1, %dil
   9b3: 7503                           jne 0x3
   9b5: 48ff07                         incq (%rdi)
   9b8: 49897d00                       movq %rdi, (%r13)
   9bc: 498b442418                     movq 0x18(%r12), %rax
   9c1: 488b8050010000                 movq 0x150(%rax), %rax
   9c8: a801                           testb $0x1, %al
   9ca: 7507                           jne 0x7
   9cc: 48ff00                         incq (%rax)
   9cf: 498b7d00                       movq (%r13), %rdi
   9d3: 488906                         movq %rax, (%rsi)
   9d6: 40f6c701                       testb $0x1, %dil
   9da: 0f85eb020000                   jne 0x2eb
   9e0: 837f0808                       cmpl $0x8, 0x8(%rdi)
   9e4: 0f85e1020000                   jne 0x2e1
   9ea: 41b801000000                   movl $0x1, %r8d
   9f0: 4c89f1                         movq %r14, %rcx
   9f3: 4889f2                         movq %rsi, %rdx
   9f6: ff5738                         callq *0x38(%rdi)
   9f9: 4889c3                         movq %rax, %rbx
   9fc: 488b0e                         movq (%rsi), %rcx
   9ff: f6c101                         testb $0x1, %cl
   a02: 750a                           jne 0xa
   a04: 48ff09                         decq (%rcx)
   a07: 7505                           jne 0x5
   a09: e800000000                     callq 0x0
        # hole +0xa0a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a0e: 48ff0f                         decq (%rdi)
   a11: 7508                           jne 0x8
   a13: 4889f9                         movq %rdi, %rcx
   a16: e800000000                     callq 0x0
        # hole +0xa17: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a1b: 4885db                         testq %rbx, %rbx
   a1e: 0f8464030000                   je 0x364
   a24: 49895d00                       movq %rbx, (%r13)
   a28: 498b442418                     movq 0x18(%r12), %rax
   a2d: 488b8858010000                 movq 0x158(%rax), %rcx
   a34: 48899858010000                 movq %rbx, 0x158(%rax)
   a3b: f6c101                         testb $0x1, %cl
   a3e: 750a                           jne 0xa
   a40: 48ff09                         decq (%rcx)
   a43: 7505                           jne 0x5
   a45: e800000000                     callq 0x0
        # hole +0xa46: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a4a: 498b442418                     movq 0x18(%r12), %rax
   a4f: 488b8068010000                 movq 0x168(%rax), %rax
   a56: a801                           testb $0x1, %al
   a58: 7503                           jne 0x3
   a5a: 48ff00                         incq (%rax)
   a5d: 49894500                       movq %rax, (%r13)
   a61: 498b4c2418                     movq 0x18(%r12), %rcx
   a66: 488b8970010000                 movq 0x170(%rcx), %rcx
   a6d: f6c101                         testb $0x1, %cl
   a70: 7507                           jne 0x7
   a72: 48ff01                         incq (%rcx)
   a75: 498b4500                       movq (%r13), %rax
   a79: 89c2                           movl %eax, %edx
   a7b: 83e201                         andl $0x1, %edx
   a7e: 48890e                         movq %rcx, (%rsi)
   a81: 4885d2                         testq %rdx, %rdx
   a84: 0f846b020000                   je 0x26b
   a8a: 89ca                           movl %ecx, %edx
   a8c: 83e201                         andl $0x1, %edx
   a8f: 0f8460020000                   je 0x260
   a95: 48d1f8                         sarq %rax
   a98: 48d1f9                         sarq %rcx
   a9b: 4801c1                         addq %rax, %rcx
   a9e: 4801cd                         addq %rcx, %rbp
   aa1: 0f89f6020000                   jns 0x2f6
   aa7: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   aaf: 49894500                       movq %rax, (%r13)
   ab3: 498b542418                     movq 0x18(%r12), %rdx
   ab8: 488b8a78010000                 movq 0x178(%rdx), %rcx
   abf: 48898278010000                 movq %rax, 0x178(%rdx)
   ac6: f6c101                         testb $0x1, %cl
   ac9: 750a                           jne 0xa
   acb: 48ff09                         decq (%rcx)
   ace: 7505                           jne 0x5
   ad0: e800000000                     callq 0x0
        # hole +0xad1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   ad5: 488b0500000000                 movq (%rip), %rax
        # hole +0xad8: IMAGE_REL_AMD64_REL32 Rel32 data+12
   adc: 4883c051                       addq $0x51, %rax
   ae0: b92a030000                     movl $0x32a, %ecx
   ae5: 41b902000000                   movl $0x2, %r9d
   aeb: e9cc000000                     jmp 0xcc
   af0: 488b0500000000                 movq (%rip), %rax
        # hole +0xaf3: IMAGE_REL_AMD64_REL32 Rel32 data+12
   af7: 4883c014                       addq $0x14, %rax
   afb: b9c8000000                     movl $0xc8, %ecx
   b00: 41b901000000                   movl $0x1, %r9d
   b06: e94df7ffff                     jmp -0x8b3
   b0b: 488b0500000000                 movq (%rip), %rax
        # hole +0xb0e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b12: 4883c019                       addq $0x19, %rax
   b16: b9fa000000                     movl $0xfa, %ecx
   b1b: 41b901000000                   movl $0x1, %r9d
   b21: e932f7ffff                     jmp -0x8ce
   b26: 488b0500000000                 movq (%rip), %rax
        # hole +0xb29: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b2d: 4883c01e                       addq $0x1e, %rax
   b31: b92c010000                     movl $0x12c, %ecx
   b36: 41b901000000                   movl $0x1, %r9d
   b3c: e917f7ffff                     jmp -0x8e9
   b41: 488b0500000000                 movq (%rip), %rax
        # hole +0xb44: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b48: 4883c023                       addq $0x23, %rax
   b4c: b95e010000                     movl $0x15e, %ecx
   b51: 41b901000000                   movl $0x1, %r9d
   b57: e9fcf6ffff                     jmp -0x904
   b5c: 49894d00                       movq %rcx, (%r13)
   b60: 488b0500000000                 movq (%rip), %rax
        # hole +0xb63: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b67: 4883c029                       addq $0x29, %rax
   b6b: b99a010000                     movl $0x19a, %ecx
   b70: e9daf6ffff                     jmp -0x926
   b75: 488b0500000000                 movq (%rip), %rax
        # hole +0xb78: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b7c: 4883c002                       addq $0x2, %rax
   b80: b914000000                     movl $0x14, %ecx
   b85: e9c5f6ffff                     jmp -0x93b
   b8a: 488b0500000000                 movq (%rip), %rax
        # hole +0xb8d: IMAGE_REL_AMD64_REL32 Rel32 data+12
   b91: 4883c006                       addq $0x6, %rax
   b95: b93c000000                     movl $0x3c, %ecx
   b9a: 41b903000000                   movl $0x3, %r9d
   ba0: eb1a                           jmp 0x1a
   ba2: 4983c518                       addq $0x18, %r13
   ba6: 488b0500000000                 movq (%rip), %rax
        # hole +0xba9: IMAGE_REL_AMD64_REL32 Rel32 data+12
   bad: 4883c02f                       addq $0x2f, %rax
   bb1: b9d6010000                     movl $0x1d6, %ecx
   bb6: 41b901000000                   movl $0x1, %r9d
   bbc: 4c89ea                         movq %r13, %rdx
   bbf: e994f6ffff                     jmp -0x96c
   bc4: 488b0500000000                 movq (%rip), %rax
        # hole +0xbc7: IMAGE_REL_AMD64_REL32 Rel32 data+12
   bcb: 4883c033                       addq $0x33, %rax
   bcf: b9fe010000                     movl $0x1fe, %ecx
   bd4: 41b901000000                   movl $0x1, %r9d
   bda: 4c89fa                         movq %r15, %rdx
   bdd: e976f6ffff                     jmp -0x98a
   be2: 488b0500000000                 movq (%rip), %rax
        # hole +0xbe5: IMAGE_REL_AMD64_REL32 Rel32 data+12
   be9: 4883c00b                       addq $0xb, %rax
   bed: b96e000000                     movl $0x6e, %ecx
   bf2: eba6                           jmp -0x5a
   bf4: 488b0500000000                 movq (%rip), %rax
        # hole +0xbf7: IMAGE_REL_AMD64_REL32 Rel32 data+12
   bfb: 4883c011                       addq $0x11, %rax
   bff: b9aa000000                     movl $0xaa, %ecx
   c04: 41b902000000                   movl $0x2, %r9d
   c0a: e946f6ffff                     jmp -0x9ba
   c0f: 488b0500000000                 movq (%rip), %rax
        # hole +0xc12: IMAGE_REL_AMD64_REL32 Rel32 data+12
   c16: 4883c038                       addq $0x38, %rax
   c1a: b930020000                     movl $0x230, %ecx
   c1f: ebb3                           jmp -0x4d
   c21: 488b0500000000                 movq (%rip), %rax
        # hole +0xc24: IMAGE_REL_AMD64_REL32 Rel32 data+12
   c28: 4883c03d                       addq $0x3d, %rax
   c2c: b962020000                     movl $0x262, %ecx
   c31: eba1                           jmp -0x5f
   c33: 488b0500000000                 movq (%rip), %rax
        # hole +0xc36: IMAGE_REL_AMD64_REL32 Rel32 data+12
   c3a: 4883c015                       addq $0x15, %rax
   c3e: b9d2000000                     movl $0xd2, %ecx
   c43: e952ffffff                     jmp -0xae
   c48: 49894d00                       movq %rcx, (%r13)
   c4c: 488b0500000000                 movq (%rip), %rax
        # hole +0xc4f: IMAGE_REL_AMD64_REL32 Rel32 data+12
   c53: 4883c041                       addq $0x41, %rax
   c57: b98a020000                     movl $0x28a, %ecx
   c5c: e9eef5ffff                     jmp -0xa12
   c61: 488b0500000000                 movq (%rip), %rax
        # hole +0xc64: IMAGE_REL_AMD64_REL32 Rel32 data+12
   c68: 4883c01a                       addq $0x1a, %rax
   c6c: b904010000                     movl $0x104, %ecx
   c71: 41b901000000                   movl $0x1, %r9d
   c77: e9dcf5ffff                     jmp -0xa24
   c7c: 488b0500000000                 movq (%rip), %rax
        # hole +0xc7f: IMAGE_REL_AMD64_REL32 Rel32 data+12
   c83: 4883c01f                       addq $0x1f, %rax
   c87: b936010000                     movl $0x136, %ecx
   c8c: 41b901000000                   movl $0x1, %r9d
   c92: e9c1f5ffff                     jmp -0xa3f
   c97: 49894d00                       movq %rcx, (%r13)
   c9b: 488b0500000000                 movq (%rip), %rax
        # hole +0xc9e: IMAGE_REL_AMD64_REL32 Rel32 data+12
   ca2: 4883c045                       addq $0x45, %rax
   ca6: b9b2020000                     movl $0x2b2, %ecx
   cab: e99ff5ffff                     jmp -0xa61
   cb0: 488b0500000000                 movq (%rip), %rax
        # hole +0xcb3: IMAGE_REL_AMD64_REL32 Rel32 data+12
   cb7: 4883c024                       addq $0x24, %rax
   cbb: b968010000                     movl $0x168, %ecx
   cc0: 41b901000000                   movl $0x1, %r9d
   cc6: e98df5ffff                     jmp -0xa73
   ccb: 488b0500000000                 movq (%rip), %rax
        # hole +0xcce: IMAGE_REL_AMD64_REL32 Rel32 data+12
   cd2: 4883c04a                       addq $0x4a, %rax
   cd6: b9e4020000                     movl $0x2e4, %ecx
   cdb: e9f4feffff                     jmp -0x10c
   ce0: 488b0500000000                 movq (%rip), %rax
        # hole +0xce3: IMAGE_REL_AMD64_REL32 Rel32 data+12
   ce7: 4883c02a                       addq $0x2a, %rax
   ceb: b9a4010000                     movl $0x1a4, %ecx
   cf0: e95af5ffff                     jmp -0xaa6
   cf5: 488b0500000000                 movq (%rip), %rax
        # hole +0xcf8: IMAGE_REL_AMD64_REL32 Rel32 data+12
   cfc: 4883c04e                       addq $0x4e, %rax
   d00: b90c030000                     movl $0x30c, %ecx
   d05: e9cafeffff                     jmp -0x136
   d0a: 488b0500000000                 movq (%rip), %rax
        # hole +0xd0d: IMAGE_REL_AMD64_REL32 Rel32 data+12
   d11: 4883c02f                       addq $0x2f, %rax
   d15: b9d6010000                     movl $0x1d6, %ecx
   d1a: e97bfeffff                     jmp -0x185
   d1f: 488b0500000000                 movq (%rip), %rax
        # hole +0xd22: IMAGE_REL_AMD64_REL32 Rel32 data+12
   d26: 4883c034                       addq $0x34, %rax
   d2a: b908020000                     movl $0x208, %ecx
   d2f: e966feffff                     jmp -0x19a
   d34: 488b0500000000                 movq (%rip), %rax
        # hole +0xd37: IMAGE_REL_AMD64_REL32 Rel32 data+12
   d3b: 4883c039                       addq $0x39, %rax
   d3f: b93a020000                     movl $0x23a, %ecx
   d44: e98bfeffff                     jmp -0x175
   d49: 488b0500000000                 movq (%rip), %rax
        # hole +0xd4c: IMAGE_REL_AMD64_REL32 Rel32 data+12
   d50: 4883c03e                       addq $0x3e, %rax
   d54: b96c020000                     movl $0x26c, %ecx
   d59: e976feffff                     jmp -0x18a
   d5e: 488b0500000000                 movq (%rip), %rax
        # hole +0xd61: IMAGE_REL_AMD64_REL32 Rel32 data+12
   d65: 4883c042                       addq $0x42, %rax
   d69: b994020000                     movl $0x294, %ecx
   d6e: e9dcf4ffff                     jmp -0xb24
   d73: 488b0500000000                 movq (%rip), %rax
        # hole +0xd76: IMAGE_REL_AMD64_REL32 Rel32 data+12
   d7a: 4883c046                       addq $0x46, %rax
   d7e: b9bc020000                     movl $0x2bc, %ecx
   d83: e9c7f4ffff                     jmp -0xb39
   d88: 488b0500000000                 movq (%rip), %rax
        # hole +0xd8b: IMAGE_REL_AMD64_REL32 Rel32 data+12
   d8f: 4883c04a                       addq $0x4a, %rax
   d93: b9e4020000                     movl $0x2e4, %ecx
   d98: e9fdfdffff                     jmp -0x203
   d9d: 488b0500000000                 movq (%rip), %rax
        # hole +0xda0: IMAGE_REL_AMD64_REL32 Rel32 data+12
   da4: 4883c04f                       addq $0x4f, %rax
   da8: b916030000                     movl $0x316, %ecx
   dad: e922feffff                     jmp -0x1de
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 index+0
        # hole data+0x18: GOT Abs64 symbol:tf_False+0
