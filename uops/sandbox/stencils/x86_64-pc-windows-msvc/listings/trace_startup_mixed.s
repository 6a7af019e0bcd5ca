# stencil startup_mixed for x86_64-pc-windows-msvc: 3270 code bytes, 24 data bytes, 44 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4d89f7                         movq %r14, %r15
     8: 498b442418                     movq 0x18(%r12), %rax
     d: 488b08                         movq (%rax), %rcx
    10: f6c101                         testb $0x1, %cl
    13: 7503                           jne 0x3
    15: 48ff01                         incq (%rcx)
    18: 49be0a0000000c000000           movabsq $0xc0000000a, %r14
    22: 498d7d08                       leaq 0x8(%r13), %rdi
    26: 49894d00                       movq %rcx, (%r13)
    2a: 498d6ef7                       leaq -0x9(%r14), %rbp
    2e: be0a000000                     movl $0xa, %esi
    33: 41b901000000                   movl $0x1, %r9d
    39: f6c101                         testb $0x1, %cl
    3c: 0f854c020000                   jne 0x24c
    42: 83790807                       cmpl $0x7, 0x8(%rcx)
    46: 0f8542020000                   jne 0x242
    4c: 488b0500000000                 movq (%rip), %rax
        # hole +0x4f: IMAGE_REL_AMD64_REL32 Rel32 data-4
    53: 488b5130                       movq 0x30(%rcx), %rdx
    57: 48394230                       cmpq %rax, 0x30(%rdx)
    5b: 0f852d020000                   jne 0x22d
    61: 4883793802                     cmpq $0x2, 0x38(%rcx)
    66: 0f82600b0000                   jb 0xb60
    6c: 488b4148                       movq 0x48(%rcx), %rax
    70: a801                           testb $0x1, %al
    72: 7503                           jne 0x3
    74: 48ff00                         incq (%rax)
    77: 49894500                       movq %rax, (%r13)
    7b: 48ff09                         decq (%rcx)
    7e: 7505                           jne 0x5
    80: e800000000                     callq 0x0
        # hole +0x81: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    85: 498b4500                       movq (%r13), %rax
    89: 498b542418                     movq 0x18(%r12), %rdx
    8e: 488b4a08                       movq 0x8(%rdx), %rcx
    92: 48894208                       movq %rax, 0x8(%rdx)
    96: f6c101                         testb $0x1, %cl
    99: 750a                           jne 0xa
    9b: 48ff09                         decq (%rcx)
    9e: 7505                           jne 0x5
    a0: e800000000                     callq 0x0
        # hole +0xa1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    a5: 498b442418                     movq 0x18(%r12), %rax
    aa: 488b5820                       movq 0x20(%rax), %rbx
    ae: f6c301                         testb $0x1, %bl
    b1: 7503                           jne 0x3
    b3: 48ff03                         incq (%rbx)
    b6: 49895d00                       movq %rbx, (%r13)
    ba: 498b442418                     movq 0x18(%r12), %rax
    bf: 488b4010                       movq 0x10(%rax), %rax
    c3: a801                           testb $0x1, %al
    c5: 7507                           jne 0x7
    c7: 48ff00                         incq (%rax)
    ca: 498b5d00                       movq (%r13), %rbx
    ce: 498d4d10                       leaq 0x10(%r13), %rcx
    d2: 49894508                       movq %rax, 0x8(%r13)
    d6: 498d6efc                       leaq -0x4(%r14), %rbp
    da: be3c000000                     movl $0x3c, %esi
    df: f6c301                         testb $0x1, %bl
    e2: 0f8593010000                   jne 0x193
    e8: 48894c2440                     movq %rcx, 0x40(%rsp)
    ed: 837b0808                       cmpl $0x8, 0x8(%rbx)
    f1: 0f85ba0b0000                   jne 0xbba
    f7: 41b801000000                   movl $0x1, %r8d
    fd: 4c897c2438                     movq %r15, 0x38(%rsp)
   102: 4c89f9                         movq %r15, %rcx
   105: 4889fa                         movq %rdi, %rdx
   108: ff5338                         callq *0x38(%rbx)
   10b: 4989c7                         movq %rax, %r15
   10e: 488b0f                         movq (%rdi), %rcx
   111: f6c101                         testb $0x1, %cl
   114: 750a                           jne 0xa
   116: 48ff09                         decq (%rcx)
   119: 7505                           jne 0x5
   11b: e800000000                     callq 0x0
        # hole +0x11c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   120: 48ff0b                         decq (%rbx)
   123: 7508                           jne 0x8
   125: 4889d9                         movq %rbx, %rcx
   128: e800000000                     callq 0x0
        # hole +0x129: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   12d: 4d85ff                         testq %r15, %r15
   130: 0f84a70a0000                   je 0xaa7
   136: 4d897d00                       movq %r15, (%r13)
   13a: 498b442418                     movq 0x18(%r12), %rax
   13f: 488b4818                       movq 0x18(%rax), %rcx
   143: 4c897818                       movq %r15, 0x18(%rax)
   147: f6c101                         testb $0x1, %cl
   14a: 750a                           jne 0xa
   14c: 48ff09                         decq (%rcx)
   14f: 7505                           jne 0x5
   151: e800000000                     callq 0x0
        # hole +0x152: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   156: 498b442418                     movq 0x18(%r12), %rax
   15b: 488b4828                       movq 0x28(%rax), %rcx
   15f: f6c101                         testb $0x1, %cl
   162: 4c8b7c2438                     movq 0x38(%rsp), %r15
   167: 7503                           jne 0x3
   169: 48ff01                         incq (%rcx)
   16c: 49894d00                       movq %rcx, (%r13)
   170: 498b442418                     movq 0x18(%r12), %rax
   175: 488b5830                       movq 0x30(%rax), %rbx
   179: f6c301                         testb $0x1, %bl
   17c: 7507                           jne 0x7
   17e: 48ff03                         incq (%rbx)
   181: 498b4d00                       movq (%r13), %rcx
   185: 48891f                         movq %rbx, (%rdi)
   188: be64000000                     movl $0x64, %esi
   18d: f6c101                         testb $0x1, %cl
   190: 0f85ea000000                   jne 0xea
   196: 83790802                       cmpl $0x2, 0x8(%rcx)
   19a: 0f85e0000000                   jne 0xe0
   1a0: f6c301                         testb $0x1, %bl
   1a3: 0f85d7000000                   jne 0xd7
   1a9: 837b0802                       cmpl $0x2, 0x8(%rbx)
   1ad: 0f85cd000000                   jne 0xcd
   1b3: f20f107130                     movsd 0x30(%rcx), %xmm6
   1b8: f20f597330                     mulsd 0x30(%rbx), %xmm6
   1bd: 48ff09                         decq (%rcx)
   1c0: 7505                           jne 0x5
   1c2: e800000000                     callq 0x0
        # hole +0x1c3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1c7: 48ff0b                         decq (%rbx)
   1ca: 7508                           jne 0x8
   1cc: 4889d9                         movq %rbx, %rcx
   1cf: e800000000                     callq 0x0
        # hole +0x1d0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d4: 4c89f9                         movq %r15, %rcx
   1d7: 660f28ce                       movapd %xmm6, %xmm1
   1db: e800000000                     callq 0x0
        # hole +0x1dc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   1e0: 4885c0                         testq %rax, %rax
   1e3: 0f84130a0000                   je 0xa13
   1e9: 49894500                       movq %rax, (%r13)
   1ed: 498b542418                     movq 0x18(%r12), %rdx
   1f2: 488b4a38                       movq 0x38(%rdx), %rcx
   1f6: 48894238                       movq %rax, 0x38(%rdx)
   1fa: f6c101                         testb $0x1, %cl
   1fd: 41b901000000                   movl $0x1, %r9d
   203: 7510                           jne 0x10
   205: 48ff09                         decq (%rcx)
   208: 750b                           jne 0xb
   20a: e800000000                     callq 0x0
        # hole +0x20b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   20f: 41b901000000                   movl $0x1, %r9d
   215: 498b442418                     movq 0x18(%r12), %rax
   21a: 488b4040                       movq 0x40(%rax), %rax
   21e: a801                           testb $0x1, %al
   220: 7503                           jne 0x3
   222: 48ff00                         incq (%rax)
   225: 49894500                       movq %rax, (%r13)
   229: 498b4c2418                     movq 0x18(%r12), %rcx
   22e: 488b4948                       movq 0x48(%rcx), %rcx
   232: f6c101                         testb $0x1, %cl
   235: 7507                           jne 0x7
   237: 48ff01                         incq (%rcx)
   23a: 498b4500                       movq (%r13), %rax
   23e: 89c2                           movl %eax, %edx
   240: 83e201                         andl $0x1, %edx
   243: 48890f                         movq %rcx, (%rdi)
   246: 498d6e05                       leaq 0x5(%r14), %rbp
   24a: be96000000                     movl $0x96, %esi
   24f: 4885d2                         testq %rdx, %rdx
   252: 0f8449090000                   je 0x949
   258: 89ca                           movl %ecx, %edx
   25a: 83e201                         andl $0x1, %edx
   25d: 0f843e090000                   je 0x93e
   263: 48d1f8                         sarq %rax
   266: 48d1f9                         sarq %rcx
   269: 498d6e07                       leaq 0x7(%r14), %rbp
   26d: 4839c8                         cmpq %rcx, %rax
   270: 7d3a                           jge 0x3a
   272: 488b0500000000                 movq (%rip), %rax
        # hole +0x275: IMAGE_REL_AMD64_REL32 Rel32 data+4
   279: eb38                           jmp 0x38
   27b: 4889cf                         movq %rcx, %rdi
   27e: eb08                           jmp 0x8
   280: 488b7c2440                     movq 0x40(%rsp), %rdi
   285: 4c89f5                         movq %r14, %rbp
   288: 41b901000000                   movl $0x1, %r9d
   28e: 4889742428                     movq %rsi, 0x28(%rsp)
   293: 48896c2420                     movq %rbp, 0x20(%rsp)
   298: 4c89e1                         movq %r12, %rcx
   29b: 4889fa                         movq %rdi, %rdx
   29e: 4d89f8                         movq %r15, %r8
   2a1: e800000000                     callq 0x0
        # hole +0x2a2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   2a6: 4883c450                       addq $0x50, %rsp
   2aa: 5d                             popq %rbp
   2ab: c3                             retq
   2ac: 488b0500000000                 movq (%rip), %rax
        # hole +0x2af: IMAGE_REL_AMD64_REL32 Rel32 data+12
   2b3: 49894500                       movq %rax, (%r13)
   2b7: 0f8d58090000                   jge 0x958
   2bd: 498b442418                     movq 0x18(%r12), %rax
   2c2: 488b4850                       movq 0x50(%rax), %rcx
   2c6: f6c101                         testb $0x1, %cl
   2c9: 7503                           jne 0x3
   2cb: 48ff01                         incq (%rcx)
   2ce: 49894d00                       movq %rcx, (%r13)
   2d2: 498b442418                     movq 0x18(%r12), %rax
   2d7: 488b5858                       movq 0x58(%rax), %rbx
   2db: f6c301                         testb $0x1, %bl
   2de: 7507                           jne 0x7
   2e0: 48ff03                         incq (%rbx)
   2e3: 498b4d00                       movq (%r13), %rcx
   2e7: 48891f                         movq %rbx, (%rdi)
   2ea: 498d6e0a                       leaq 0xa(%r14), %rbp
   2ee: bec8000000                     movl $0xc8, %esi
   2f3: f6c101                         testb $0x1, %cl
   2f6: 0f85a5080000                   jne 0x8a5
   2fc: 83790802                       cmpl $0x2, 0x8(%rcx)
   300: 0f859b080000                   jne 0x89b
   306: f6c301                         testb $0x1, %bl
   309: 0f8592080000                   jne 0x892
   30f: 837b0802                       cmpl $0x2, 0x8(%rbx)
   313: 0f8588080000                   jne 0x888
   319: f20f107130                     movsd 0x30(%rcx), %xmm6
   31e: f20f597330                     mulsd 0x30(%rbx), %xmm6
   323: 48ff09                         decq (%rcx)
   326: 7505                           jne 0x5
   328: e800000000                     callq 0x0
        # hole +0x329: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   32d: 48ff0b                         decq (%rbx)
   330: 7508                           jne 0x8
   332: 4889d9                         movq %rbx, %rcx
   335: e800000000                     callq 0x0
        # hole +0x336: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   33a: 4c89f9                         movq %r15, %rcx
   33d: 660f28ce                       movapd %xmm6, %xmm1
   341: e800000000                     callq 0x0
        # hole +0x342: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   346: 4885c0                         testq %rax, %rax
   349: 0f84d6080000                   je 0x8d6
   34f: 49894500                       movq %rax, (%r13)
   353: 498b542418                     movq 0x18(%r12), %rdx
   358: 488b4a60                       movq 0x60(%rdx), %rcx
   35c: 48894260                       movq %rax, 0x60(%rdx)
   360: f6c101                         testb $0x1, %cl
   363: 41b901000000                   movl $0x1, %r9d
   369: 7510                           jne 0x10
   36b: 48ff09                         decq (%rcx)
   36e: 750b                           jne 0xb
   370: e800000000                     callq 0x0
        # hole +0x371: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   375: 41b901000000                   movl $0x1, %r9d
   37b: 498b442418                     movq 0x18(%r12), %rax
   380: 488b4868                       movq 0x68(%rax), %rcx
   384: f6c101                         testb $0x1, %cl
   387: 7503                           jne 0x3
   389: 48ff01                         incq (%rcx)
   38c: 49894d00                       movq %rcx, (%r13)
   390: 498b442418                     movq 0x18(%r12), %rax
   395: 488b4070                       movq 0x70(%rax), %rax
   399: a801                           testb $0x1, %al
   39b: 7507                           jne 0x7
   39d: 48ff00                         incq (%rax)
   3a0: 498b4d00                       movq (%r13), %rcx
   3a4: 89ca                           movl %ecx, %edx
   3a6: 83e201                         andl $0x1, %edx
   3a9: 488907                         movq %rax, (%rdi)
   3ac: 498d6e0f                       leaq 0xf(%r14), %rbp
   3b0: befa000000                     movl $0xfa, %esi
   3b5: 4885d2                         testq %rdx, %rdx
   3b8: 0f84e3070000                   je 0x7e3
   3be: 89c2                           movl %eax, %edx
   3c0: 83e201                         andl $0x1, %edx
   3c3: 0f84d8070000                   je 0x7d8
   3c9: 48d1f9                         sarq %rcx
   3cc: 48d1f8                         sarq %rax
   3cf: 498d6e10                       leaq 0x10(%r14), %rbp
   3d3: 480fafc1                       imulq %rcx, %rax
   3d7: be04010000                     movl $0x104, %esi
   3dc: 0f80c9070000                   jo 0x7c9
   3e2: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
   3ec: 4a8d0c38                       leaq (%rax,%r15), %rcx
   3f0: 4885c9                         testq %rcx, %rcx
   3f3: 0f89b2070000                   jns 0x7b2
   3f9: 488d044501000000               leaq 0x1(,%rax,2), %rax
   401: 49894500                       movq %rax, (%r13)
   405: 498b542418                     movq 0x18(%r12), %rdx
   40a: 488b4a78                       movq 0x78(%rdx), %rcx
   40e: 48894278                       movq %rax, 0x78(%rdx)
   412: f6c101                         testb $0x1, %cl
   415: 7510                           jne 0x10
   417: 48ff09                         decq (%rcx)
   41a: 750b                           jne 0xb
   41c: e800000000                     callq 0x0
        # hole +0x41d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   421: 41b901000000                   movl $0x1, %r9d
   427: 498b442418                     movq 0x18(%r12), %rax
   42c: 488b8880000000                 movq 0x80(%rax), %rcx
   433: f6c101                         testb $0x1, %cl
   436: 7503                           jne 0x3
   438: 48ff01                         incq (%rcx)
   43b: 49894d00                       movq %rcx, (%r13)
   43f: 498b442418                     movq 0x18(%r12), %rax
   444: 488b8088000000                 movq 0x88(%rax), %rax
   44b: a801                           testb $0x1, %al
   44d: 7507                           jne 0x7
   44f: 48ff00                         incq (%rax)
   452: 498b4d00                       movq (%r13), %rcx
   456: 89ca                           movl %ecx, %edx
   458: 83e201                         andl $0x1, %edx
   45b: 488907                         movq %rax, (%rdi)
   45e: 498d6e14                       leaq 0x14(%r14), %rbp
   462: be2c010000                     movl $0x12c, %esi
   467: 4885d2                         testq %rdx, %rdx
   46a: 0f843b070000                   je 0x73b
   470: 89c2                           movl %eax, %edx
   472: 83e201                         andl $0x1, %edx
   475: 0f8430070000                   je 0x730
   47b: 48d1f9                         sarq %rcx
   47e: 48d1f8                         sarq %rax
   481: 498d6e15                       leaq 0x15(%r14), %rbp
   485: 480fafc1                       imulq %rcx, %rax
   489: be36010000                     movl $0x136, %esi
   48e: 0f8017070000                   jo 0x717
   494: 4a8d0c38                       leaq (%rax,%r15), %rcx
   498: 4885c9                         testq %rcx, %rcx
   49b: 0f890a070000                   jns 0x70a
   4a1: 488d044501000000               leaq 0x1(,%rax,2), %rax
   4a9: 49894500                       movq %rax, (%r13)
   4ad: 498b542418                     movq 0x18(%r12), %rdx
   4b2: 488b8a90000000                 movq 0x90(%rdx), %rcx
   4b9: 48898290000000                 movq %rax, 0x90(%rdx)
   4c0: f6c101                         testb $0x1, %cl
   4c3: 7510                           jne 0x10
   4c5: 48ff09                         decq (%rcx)
   4c8: 750b                           jne 0xb
   4ca: e800000000                     callq 0x0
        # hole +0x4cb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4cf: 41b901000000                   movl $0x1, %r9d
   4d5: 498b442418                     movq 0x18(%r12), %rax
   4da: 488b8898000000                 movq 0x98(%rax), %rcx
   4e1: f6c101                         testb $0x1, %cl
   4e4: 7503                           jne 0x3
   4e6: 48ff01                         incq (%rcx)
   4e9: 49894d00                       movq %rcx, (%r13)
   4ed: 498b442418                     movq 0x18(%r12), %rax
   4f2: 488b80a0000000                 movq 0xa0(%rax), %rax
   4f9: a801                           testb $0x1, %al
   4fb: 7507                           jne 0x7
   4fd: 48ff00                         incq (%rax)
   500: 498b4d00                       movq (%r13), %rcx
   504: 89ca                           movl %ecx, %edx
   506: 83e201                         andl $0x1, %edx
   509: 488907                         movq %rax, (%rdi)
   50c: 498d6e19                       leaq 0x19(%r14), %rbp
   510: be5e010000                     movl $0x15e, %esi
   515: 4885d2                         testq %rdx, %rdx
   518: 0f848d060000                   je 0x68d
   51e: 89c2                           movl %eax, %edx
   520: 83e201                         andl $0x1, %edx
   523: 0f8482060000                   je 0x682
   529: 48d1f9                         sarq %rcx
   52c: 48d1f8                         sarq %rax
   52f: 498d6e1a                       leaq 0x1a(%r14), %rbp
   533: 480fafc1                       imulq %rcx, %rax
   537: be68010000                     movl $0x168, %esi
   53c: 0f8069060000                   jo 0x669
   542: 4a8d0c38                       leaq (%rax,%r15), %rcx
   546: 4885c9                         testq %rcx, %rcx
   549: 0f895c060000                   jns 0x65c
   54f: 488d044501000000               leaq 0x1(,%rax,2), %rax
   557: 49894500                       movq %rax, (%r13)
   55b: 498b542418                     movq 0x18(%r12), %rdx
   560: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   567: 488982a8000000                 movq %rax, 0xa8(%rdx)
   56e: f6c101                         testb $0x1, %cl
   571: 7510                           jne 0x10
   573: 48ff09                         decq (%rcx)
   576: 750b                           jne 0xb
   578: e800000000                     callq 0x0
        # hole +0x579: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   57d: 41b901000000                   movl $0x1, %r9d
   583: 49c745003d000000               movq $0x3d, (%r13)
   58b: 498b442418                     movq 0x18(%r12), %rax
   590: 488b88b0000000                 movq 0xb0(%rax), %rcx
   597: 48c780b00000003d000000         movq $0x3d, 0xb0(%rax)
   5a2: f6c101                         testb $0x1, %cl
   5a5: 7510                           jne 0x10
   5a7: 48ff09                         decq (%rcx)
   5aa: 750b                           jne 0xb
   5ac: e800000000                     callq 0x0
        # hole +0x5ad: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5b1: 41b901000000                   movl $0x1, %r9d
   5b7: 498b442418                     movq 0x18(%r12), %rax
   5bc: 488b88b8000000                 movq 0xb8(%rax), %rcx
   5c3: f6c101                         testb $0x1, %cl
   5c6: 0f85ee050000                   jne 0x5ee
   5cc: 48ff01                         incq (%rcx)
   5cf: 49894d00                       movq %rcx, (%r13)
   5d3: 498d6e1f                       leaq 0x1f(%r14), %rbp
   5d7: 83790807                       cmpl $0x7, 0x8(%rcx)
   5db: be9a010000                     movl $0x19a, %esi
   5e0: 0f85ca050000                   jne 0x5ca
   5e6: 488b4130                       movq 0x30(%rcx), %rax
   5ea: 48817830bb6e0800               cmpq $0x86ebb, 0x30(%rax)
   5f2: 0f85b8050000                   jne 0x5b8
   5f8: 4883793802                     cmpq $0x2, 0x38(%rcx)
   5fd: 0f8251060000                   jb 0x651
   603: 488b4148                       movq 0x48(%rcx), %rax
   607: a801                           testb $0x1, %al
   609: 7503                           jne 0x3
   60b: 48ff00                         incq (%rax)
   60e: 49894500                       movq %rax, (%r13)
   612: 48ff09                         decq (%rcx)
   615: 7505                           jne 0x5
   617: e800000000                     callq 0x0
        # hole +0x618: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   61c: 498b4500                       movq (%r13), %rax
   620: 498b542418                     movq 0x18(%r12), %rdx
   625: 488b8ac0000000                 movq 0xc0(%rdx), %rcx
   62c: 488982c0000000                 movq %rax, 0xc0(%rdx)
   633: f6c101                         testb $0x1, %cl
   636: 750a                           jne 0xa
   638: 48ff09                         decq (%rcx)
   63b: 7505                           jne 0x5
   63d: e800000000                     callq 0x0
        # hole +0x63e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   642: 498b442418                     movq 0x18(%r12), %rax
   647: 488b80e0000000                 movq 0xe0(%rax), %rax
   64e: a801                           testb $0x1, %al
   650: 7503                           jne 0x3
   652: 48ff00                         incq (%rax)
   655: 49894500                       movq %rax, (%r13)
   659: 498b442418                     movq 0x18(%r12), %rax
   65e: 488b80c8000000                 movq 0xc8(%rax), %rax
   665: a801                           testb $0x1, %al
   667: 7503                           jne 0x3
   669: 48ff00                         incq (%rax)
   66c: 488907                         movq %rax, (%rdi)
   66f: 498b442418                     movq 0x18(%r12), %rax
   674: 488b88d0000000                 movq 0xd0(%rax), %rcx
   67b: f6c101                         testb $0x1, %cl
   67e: 7503                           jne 0x3
   680: 48ff01                         incq (%rcx)
   683: 498d4518                       leaq 0x18(%r13), %rax
   687: 49894d10                       movq %rcx, 0x10(%r13)
   68b: 498b5d00                       movq (%r13), %rbx
   68f: 498d6e25                       leaq 0x25(%r14), %rbp
   693: bed6010000                     movl $0x1d6, %esi
   698: f6c301                         testb $0x1, %bl
   69b: 0f8547050000                   jne 0x547
   6a1: 837b0808                       cmpl $0x8, 0x8(%rbx)
   6a5: 0f853d050000                   jne 0x53d
   6ab: 41b802000000                   movl $0x2, %r8d
   6b1: 488b4c2438                     movq 0x38(%rsp), %rcx
   6b6: 4889fa                         movq %rdi, %rdx
   6b9: ff5338                         callq *0x38(%rbx)
   6bc: 4889442448                     movq %rax, 0x48(%rsp)
   6c1: 488b0f                         movq (%rdi), %rcx
   6c4: f6c101                         testb $0x1, %cl
   6c7: 750a                           jne 0xa
   6c9: 48ff09                         decq (%rcx)
   6cc: 7505                           jne 0x5
   6ce: e800000000                     callq 0x0
        # hole +0x6cf: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6d3: 498b4d10                       movq 0x10(%r13), %rcx
   6d7: f6c101                         testb $0x1, %cl
   6da: 750a                           jne 0xa
   6dc: 48ff09                         decq (%rcx)
   6df: 7505                           jne 0x5
   6e1: e800000000                     callq 0x0
        # hole +0x6e2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6e6: 48ff0b                         decq (%rbx)
   6e9: 7508                           jne 0x8
   6eb: 4889d9                         movq %rbx, %rcx
   6ee: e800000000                     callq 0x0
        # hole +0x6ef: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6f3: 48837c244800                   cmpq $0x0, 0x48(%rsp)
   6f9: 0f84de040000                   je 0x4de
   6ff: 488b542448                     movq 0x48(%rsp), %rdx
   704: 49895500                       movq %rdx, (%r13)
   708: 498b442418                     movq 0x18(%r12), %rax
   70d: 488b88d8000000                 movq 0xd8(%rax), %rcx
   714: 488990d8000000                 movq %rdx, 0xd8(%rax)
   71b: f6c101                         testb $0x1, %cl
   71e: 750a                           jne 0xa
   720: 48ff09                         decq (%rcx)
   723: 7505                           jne 0x5
   725: e800000000                     callq 0x0
        # hole +0x726: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   72a: 498b442418                     movq 0x18(%r12), %rax
   72f: 488b88e8000000                 movq 0xe8(%rax), %rcx
   736: f6c101                         testb $0x1, %cl
   739: 7503                           jne 0x3
   73b: 48ff01                         incq (%rcx)
   73e: 49894d00                       movq %rcx, (%r13)
   742: 498b442418                     movq 0x18(%r12), %rax
   747: 488b98f0000000                 movq 0xf0(%rax), %rbx
   74e: f6c301                         testb $0x1, %bl
   751: 7507                           jne 0x7
   753: 48ff03                         incq (%rbx)
   756: 498b4d00                       movq (%r13), %rcx
   75a: 48891f                         movq %rbx, (%rdi)
   75d: 498d6e29                       leaq 0x29(%r14), %rbp
   761: befe010000                     movl $0x1fe, %esi
   766: f6c101                         testb $0x1, %cl
   769: 0f857e040000                   jne 0x47e
   76f: 83790802                       cmpl $0x2, 0x8(%rcx)
   773: 0f8574040000                   jne 0x474
   779: f6c301                         testb $0x1, %bl
   77c: 0f856b040000                   jne 0x46b
   782: 837b0802                       cmpl $0x2, 0x8(%rbx)
   786: 0f8561040000                   jne 0x461
   78c: f20f107130                     movsd 0x30(%rcx), %xmm6
   791: f20f597330                     mulsd 0x30(%rbx), %xmm6
   796: 48ff09                         decq (%rcx)
   799: 7505                           jne 0x5
   79b: e800000000                     callq 0x0
        # hole +0x79c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7a0: 48ff0b                         decq (%rbx)
   7a3: 7508                           jne 0x8
   7a5: 4889d9                         movq %rbx, %rcx
   7a8: e800000000                     callq 0x0
        # hole +0x7a9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7ad: 488b4c2438                     movq 0x38(%rsp), %rcx
   7b2: 660f28ce                       movapd %xmm6, %xmm1
   7b6: e800000000                     callq 0x0
        # hole +0x7b7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_float_new-4
   7bb: 4885c0                         testq %rax, %rax
   7be: 0f849e040000                   je 0x49e
   7c4: 49894500                       movq %rax, (%r13)
   7c8: 498b542418                     movq 0x18(%r12), %rdx
   7cd: 488b8af8000000                 movq 0xf8(%rdx), %rcx
   7d4: 488982f8000000                 movq %rax, 0xf8(%rdx)
   7db: f6c101                         testb $0x1, %cl
   7de: 750a                           jne 0xa
   7e0: 48ff09                         decq (%rcx)
   7e3: 7505                           jne 0x5
   7e5: e800000000                     callq 0x0
        # hole +0x7e6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7ea: 498b442418                     movq 0x18(%r12), %rax
   7ef: 488b8800010000                 movq 0x100(%rax), %rcx
   7f6: f6c101                         testb $0x1, %cl
   7f9: 7503                           jne 0x3
   7fb: 48ff01                         incq (%rcx)
   7fe: 49894d00                       movq %rcx, (%r13)
   802: 498b442418                     movq 0x18(%r12), %rax
   807: 488b8008010000                 movq 0x108(%rax), %rax
   80e: a801                           testb $0x1, %al
   810: 7507                           jne 0x7
   812: 48ff00                         incq (%rax)
   815: 498b4d00                       movq (%r13), %rcx
   819: 89ca                           movl %ecx, %edx
   81b: 83e201                         andl $0x1, %edx
   81e: 488907                         movq %rax, (%rdi)
   821: 498d6e2e                       leaq 0x2e(%r14), %rbp
   825: be30020000                     movl $0x230, %esi
   82a: 4885d2                         testq %rdx, %rdx
   82d: 0f84ba030000                   je 0x3ba
   833: 89c2                           movl %eax, %edx
   835: 83e201                         andl $0x1, %edx
   838: 0f84af030000                   je 0x3af
   83e: 48d1f9                         sarq %rcx
   841: 48d1f8                         sarq %rax
   844: 498d6e2f                       leaq 0x2f(%r14), %rbp
   848: 480fafc1                       imulq %rcx, %rax
   84c: be3a020000                     movl $0x23a, %esi
   851: 0f8096030000                   jo 0x396
   857: 4a8d0c38                       leaq (%rax,%r15), %rcx
   85b: 4885c9                         testq %rcx, %rcx
   85e: 0f8989030000                   jns 0x389
   864: 488d044501000000               leaq 0x1(,%rax,2), %rax
   86c: 49894500                       movq %rax, (%r13)
   870: 498b542418                     movq 0x18(%r12), %rdx
   875: 488b8a10010000                 movq 0x110(%rdx), %rcx
   87c: 48898210010000                 movq %rax, 0x110(%rdx)
   883: f6c101                         testb $0x1, %cl
   886: 750a                           jne 0xa
   888: 48ff09                         decq (%rcx)
   88b: 7505                           jne 0x5
   88d: e800000000                     callq 0x0
        # hole +0x88e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   892: 498b442418                     movq 0x18(%r12), %rax
   897: 488b8018010000                 movq 0x118(%rax), %rax
   89e: a801                           testb $0x1, %al
   8a0: 7503                           jne 0x3
   8a2: 48ff00                         incq (%rax)
   8a5: 49894500                       movq %rax, (%r13)
   8a9: 498b4c2418                     movq 0x18(%r12), %rcx
   8ae: 488b8920010000                 movq 0x120(%rcx), %rcx
   8b5: f6c101                         testb $0x1, %cl
   8b8: 7507                           jne 0x7
   8ba: 48ff01                         incq (%rcx)
   8bd: 498b4500                       movq (%r13), %rax
   8c1: 89c2                           movl %eax, %edx
   8c3: 83e201                         andl $0x1, %edx
   8c6: 48890f                         movq %rcx, (%rdi)
   8c9: 498d6e33                       leaq 0x33(%r14), %rbp
   8cd: be62020000                     movl $0x262, %esi
   8d2: 4885d2                         testq %rdx, %rdx
   8d5: 0f8412030000                   je 0x312
   8db: 89ca                           movl %ecx, %edx
   8dd: 83e201                         andl $0x1, %edx
   8e0: 0f8407030000                   je 0x307
   8e6: 48d1f8                         sarq %rax
   8e9: 48d1f9                         sarq %rcx
   8ec: 4801c1                         addq %rax, %rcx
   8ef: 4889c8                         movq %rcx, %rax
   8f2: 4c01f8                         addq %r15, %rax
   8f5: 0f897e030000                   jns 0x37e
   8fb: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   903: 49894500                       movq %rax, (%r13)
   907: 498b542418                     movq 0x18(%r12), %rdx
   90c: 488b8a28010000                 movq 0x128(%rdx), %rcx
   913: 48898228010000                 movq %rax, 0x128(%rdx)
   91a: f6c101                         testb $0x1, %cl
   91d: 750a                           jne 0xa
   91f: 48ff09                         decq (%rcx)
   922: 7505                           jne 0x5
   924: e800000000                     callq 0x0
        # hole +0x925: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   929: 498b442418                     movq 0x18(%r12), %rax
   92e: 488b8830010000                 movq 0x130(%rax), %rcx
   935: f6c101                         testb $0x1, %cl
   938: 0f85f2020000                   jne 0x2f2
   93e: 48ff01                         incq (%rcx)
   941: 49894d00                       movq %rcx, (%r13)
   945: 498d6e37                       leaq 0x37(%r14), %rbp
   949: 83790807                       cmpl $0x7, 0x8(%rcx)
   94d: be8a020000                     movl $0x28a, %esi
   952: 0f859a020000                   jne 0x29a
   958: 488b4130                       movq 0x30(%rcx), %rax
   95c: 4881783081cf0800               cmpq $0x8cf81, 0x30(%rax)
   964: 0f8588020000                   jne 0x288
   96a: 4883793800                     cmpq $0x0, 0x38(%rcx)
   96f: 0f841a030000                   je 0x31a
   975: 488b4140                       movq 0x40(%rcx), %rax
   979: a801                           testb $0x1, %al
   97b: 7503                           jne 0x3
   97d: 48ff00                         incq (%rax)
   980: 49894500                       movq %rax, (%r13)
   984: 48ff09                         decq (%rcx)
   987: 7505                           jne 0x5
   989: e800000000                     callq 0x0
        # hole +0x98a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   98e: 498b4500                       movq (%r13), %rax
   992: 498b542418                     movq 0x18(%r12), %rdx
   997: 488b8a38010000                 movq 0x138(%rdx), %rcx
   99e: 48898238010000                 movq %rax, 0x138(%rdx)
   9a5: f6c101                         testb $0x1, %cl
   9a8: 750a                           jne 0xa
   9aa: 48ff09                         decq (%rcx)
   9ad: 7505                           jne 0x5
   9af: e800000000                     callq 0x0
        # hole +0x9b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9b4: 498b442418                     movq 0x18(%r12), %rax
   9b9: 488b8840010000                 movq 0x140(%rax), %rcx
   9c0: f6c101                         testb $0x1, %cl
   9c3: 0f8579020000                   jne 0x279
   9c9: 48ff01                         incq (%rcx)
   9cc: 49894d00                       movq %rcx, (%r13)
   9d0: 498d6e3b                       leaq 0x3b(%r14), %rbp
   9d4: 83790807                       cmpl $0x7, 0x8(%rcx)
   9d8: beb2020000                     movl $0x2b2, %esi
   9dd: 0f850f020000                   jne 0x20f
   9e3: 488b4130                       movq 0x30(%rcx), %rax
   9e7: 48817830d5ef0300               cmpq $0x3efd5, 0x30(%rax)
   9ef: 0f85fd010000                   jne 0x1fd
   9f5: 4883793800                     cmpq $0x0, 0x38(%rcx)
   9fa: 0f84a0020000                   je 0x2a0
   a00: 488b4140                       movq 0x40(%rcx), %rax
   a04: a801                           testb $0x1, %al
   a06: 7503                           jne 0x3
   a08: 48ff00                         incq (%rax)
   a0b: 49894500                       movq %rax, (%r13)
   a0f: 48ff09                         decq (%rcx)
   a12: 7505                           jne 0x5
   a14: e800000000                     callq 0x0
        # hole +0xa15: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a19: 498b4500                       movq (%r13), %rax
   a1d: 498b542418                     movq 0x18(%r12), %rdx
   a22: 488b8a48010000                 movq 0x148(%rdx), %rcx
   a29: 48898248010000                 movq %rax, 0x148(%rdx)
   a30: f6c101                         testb $0x1, %cl
   a33: 750a                           jne 0xa
   a35: 48ff09                         decq (%rcx)
   a38: 7505                           jne 0x5
   a3a: e800000000                     callq 0x0
        # hole +0xa3b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   a3f: 498b442418                     movq 0x18(%r12), %rax
   a44: 488b9860010000                 movq 0x160(%rax), %rbx
   a4b: f6c301                         testb $0x1, %bl
   a4e: 7503                           jne 0x3
   a50: 48ff03                         incq (%rbx)
   a53: 49895d00                       movq %rbx, (%r13)
   a57: 498b442418                     movq 0x18(%r12), %rax
   a5c: 488b8050010000                 movq 0x150(%rax), %rax
   a63: a801                           testb $0x1, %al
   a65: 7507                           jne 0x7
   a67: 48ff00                         incq (%rax)
   a6a: 498b5d00                       movq (%r13), %rbx
   a6e: 488907                         movq %rax, (%rdi)
   a71: 498d6e40                       leaq 0x40(%r14), %rbp
   a75: bee4020000                     movl $0x2e4, %esi
   a7a: f6c301                         testb $0x1, %bl
   a7d: 0f856a010000                   jne 0x16a
   a83: 837b0808                       cmpl $0x8, 0x8(%rbx)
   a87: 0f8560010000                   jne 0x160
   a8d: 41b801000000                   movl $0x1, %r8d
   a93: 488b4c2438                     movq 0x38(%rsp), %rcx
   a98: 4889fa                         movq %rdi, %rdx
   a9b: ff5338                         callq *0x38(%rbx)
   a9e: 4889442448                     movq %rax, 0x48(%rsp)
   aa3: 488b0f                         movq (%rdi), %rcx
   aa6: f6c101                         testb $0x1, %cl
   aa9: 750a                           jne 0xa
   aab: 48ff09                         decq (%rcx)
   aae: 7505                           jne 0x5
   ab0: e800000000                     callq 0x0
        # hole +0xab1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   ab5: 48ff0b                         decq (%rbx)
   ab8: 7508                           jne 0x8
   aba: 4889d9                         movq %rbx, %rcx
   abd: e800000000                     callq 0x0
        # hole +0xabe: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   ac2: 48837c244800                   cmpq $0x0, 0x48(%rsp)
   ac8: 0f840f010000                   je 0x10f
   ace: 488b542448                     movq 0x48(%rsp), %rdx
   ad3: 49895500                       movq %rdx, (%r13)
   ad7: 498b442418                     movq 0x18(%r12), %rax
   adc: 488b8858010000                 movq 0x158(%rax), %rcx
   ae3: 48899058010000                 movq %rdx, 0x158(%rax)
   aea: f6c101                         testb $0x1, %cl
   aed: 750a                           jne 0xa
   aef: 48ff09                         decq (%rcx)
   af2: 7505                           jne 0x5
   af4: e800000000                     callq 0x0
        # hole +0xaf5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   af9: 498b442418                     movq 0x18(%r12), %rax
   afe: 488b8068010000                 movq 0x168(%rax), %rax
   b05: a801                           testb $0x1, %al
   b07: 7503                           jne 0x3
   b09: 48ff00                         incq (%rax)
   b0c: 49894500                       movq %rax, (%r13)
   b10: 498b4c2418                     movq 0x18(%r12), %rcx
   b15: 488b8970010000                 movq 0x170(%rcx), %rcx
   b1c: f6c101                         testb $0x1, %cl
   b1f: 7507                           jne 0x7
   b21: 48ff01                         incq (%rcx)
   b24: 498b4500                       movq (%r13), %rax
   b28: 89c2                           movl %eax, %edx
   b2a: 83e201                         andl $0x1, %edx
   b2d: 48890f                         movq %rcx, (%rdi)
   b30: 498d6e44                       leaq 0x44(%r14), %rbp
   b34: be0c030000                     movl $0x30c, %esi
   b39: 4885d2                         testq %rdx, %rdx
   b3c: 0f84ab000000                   je 0xab
   b42: 89ca                           movl %ecx, %edx
   b44: 83e201                         andl $0x1, %edx
   b47: 0f84a0000000                   je 0xa0
   b4d: 48d1f8                         sarq %rax
   b50: 48d1f9                         sarq %rcx
   b53: 4801c1                         addq %rax, %rcx
   b56: 4901cf                         addq %rcx, %r15
   b59: 0f895c010000                   jns 0x15c
   b5f: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   b67: 49894500                       movq %rax, (%r13)
   b6b: 498b542418                     movq 0x18(%r12), %rdx
   b70: 488b8a78010000                 movq 0x178(%rdx), %rcx
   b77: 48898278010000                 movq %rax, 0x178(%rdx)
   b7e: 4983c647                       addq $0x47, %r14
   b82: be2a030000                     movl $0x32a, %esi
   b87: f6c101                         testb $0x1, %cl
   b8a: 750a                           jne 0xa
   b8c: 48ff09                         decq (%rcx)
   b8f: 7505                           jne 0x5
   b91: e800000000                     callq 0x0
        # hole +0xb92: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   b96: 4c89ef                         movq %r13, %rdi
   b99: 41b902000000                   movl $0x2, %r9d
   b9f: eb26                           jmp 0x26
   ba1: 488b7c2440                     movq 0x40(%rsp), %rdi
   ba6: e9e3f6ffff                     jmp -0x91d
   bab: 488b7c2440                     movq 0x40(%rsp), %rdi
   bb0: 4c8b7c2438                     movq 0x38(%rsp), %r15
   bb5: e9d4f6ffff                     jmp -0x92c
   bba: 49894d00                       movq %rcx, (%r13)
   bbe: 4983c61f                       addq $0x1f, %r14
   bc2: be9a010000                     movl $0x19a, %esi
   bc7: 4c89f5                         movq %r14, %rbp
   bca: ebe4                           jmp -0x1c
   bcc: 4983c6f8                       addq $-0x8, %r14
   bd0: be14000000                     movl $0x14, %esi
   bd5: 4c89f5                         movq %r14, %rbp
   bd8: e9b1f6ffff                     jmp -0x94f
   bdd: 4c89ef                         movq %r13, %rdi
   be0: 41b903000000                   movl $0x3, %r9d
   be6: ebc8                           jmp -0x38
   be8: 4889c7                         movq %rax, %rdi
   beb: eb05                           jmp 0x5
   bed: 488b7c2440                     movq 0x40(%rsp), %rdi
   bf2: 4c8b7c2438                     movq 0x38(%rsp), %r15
   bf7: e98cf6ffff                     jmp -0x974
   bfc: 49ffc6                         incq %r14
   bff: be6e000000                     movl $0x6e, %esi
   c04: 4c89ef                         movq %r13, %rdi
   c07: 41b903000000                   movl $0x3, %r9d
   c0d: 4c89f5                         movq %r14, %rbp
   c10: e979f6ffff                     jmp -0x987
   c15: beaa000000                     movl $0xaa, %esi
   c1a: 41b902000000                   movl $0x2, %r9d
   c20: e969f6ffff                     jmp -0x997
   c25: 4983c60b                       addq $0xb, %r14
   c29: bed2000000                     movl $0xd2, %esi
   c2e: ebd4                           jmp -0x2c
   c30: 49894d00                       movq %rcx, (%r13)
   c34: 4983c637                       addq $0x37, %r14
   c38: be8a020000                     movl $0x28a, %esi
   c3d: 4c89f5                         movq %r14, %rbp
   c40: ebb0                           jmp -0x50
   c42: 49894d00                       movq %rcx, (%r13)
   c46: 4983c63b                       addq $0x3b, %r14
   c4a: beb2020000                     movl $0x2b2, %esi
   c4f: 4c89f5                         movq %r14, %rbp
   c52: eb9e                           jmp -0x62
   c54: 4983c620                       addq $0x20, %r14
   c58: bea4010000                     movl $0x1a4, %esi
   c5d: e965ffffff                     jmp -0x9b
   c62: 4983c62a                       addq $0x2a, %r14
   c66: be08020000                     movl $0x208, %esi
   c6b: 4c89ef                         movq %r13, %rdi
   c6e: 41b903000000                   movl $0x3, %r9d
   c74: e94effffff                     jmp -0xb2
   c79: 4983c634                       addq $0x34, %r14
   c7d: be6c020000                     movl $0x26c, %esi
   c82: 488b7c2440                     movq 0x40(%rsp), %rdi
   c87: 4c89f5                         movq %r14, %rbp
   c8a: e963ffffff                     jmp -0x9d
   c8f: 4983c638                       addq $0x38, %r14
   c93: be94020000                     movl $0x294, %esi
   c98: 4c89f5                         movq %r14, %rbp
   c9b: e952ffffff                     jmp -0xae
   ca0: 4983c63c                       addq $0x3c, %r14
   ca4: bebc020000                     movl $0x2bc, %esi
   ca9: 4c89f5                         movq %r14, %rbp
   cac: e941ffffff                     jmp -0xbf
   cb1: 488b7c2440                     movq 0x40(%rsp), %rdi
   cb6: e9cdf5ffff                     jmp -0xa33
   cbb: 4983c645                       addq $0x45, %r14
   cbf: be16030000                     movl $0x316, %esi
   cc4: ebbc                           jmp -0x44
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
        # hole data+0x10: GOT Abs64 symbol:tf_False+0
