# stencil startup_builtins for x86_64-pc-windows-msvc: 2092 code bytes, 8 data bytes, 47 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 488b5810                       movq 0x10(%rax), %rbx
     e: f6c301                         testb $0x1, %bl
    11: 7503                           jne 0x3
    13: 48ff03                         incq (%rbx)
    16: 49895d00                       movq %rbx, (%r13)
    1a: 498b442418                     movq 0x18(%r12), %rax
    1f: 488b00                         movq (%rax), %rax
    22: a801                           testb $0x1, %al
    24: 7507                           jne 0x7
    26: 48ff00                         incq (%rax)
    29: 498b5d00                       movq (%r13), %rbx
    2d: 498d7510                       leaq 0x10(%r13), %rsi
    31: 49894508                       movq %rax, 0x8(%r13)
    35: f6c301                         testb $0x1, %bl
    38: 0f8594060000                   jne 0x694
    3e: 837b0808                       cmpl $0x8, 0x8(%rbx)
    42: 0f858a060000                   jne 0x68a
    48: 498d7d08                       leaq 0x8(%r13), %rdi
    4c: 41b801000000                   movl $0x1, %r8d
    52: 4c89f1                         movq %r14, %rcx
    55: 4889fa                         movq %rdi, %rdx
    58: ff5338                         callq *0x38(%rbx)
    5b: 4989c7                         movq %rax, %r15
    5e: 488b0f                         movq (%rdi), %rcx
    61: f6c101                         testb $0x1, %cl
    64: 7509                           jne 0x9
    66: 48ff09                         decq (%rcx)
    69: 0f8456010000                   je 0x156
    6f: 48ff0b                         decq (%rbx)
    72: 7508                           jne 0x8
    74: 4889d9                         movq %rbx, %rcx
    77: e800000000                     callq 0x0
        # hole +0x78: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    7c: 4d85ff                         testq %r15, %r15
    7f: 0f840b070000                   je 0x70b
    85: 4d897d00                       movq %r15, (%r13)
    89: 498b442418                     movq 0x18(%r12), %rax
    8e: 488b4808                       movq 0x8(%rax), %rcx
    92: 4c897808                       movq %r15, 0x8(%rax)
    96: f6c101                         testb $0x1, %cl
    99: 7509                           jne 0x9
    9b: 48ff09                         decq (%rcx)
    9e: 0f8434010000                   je 0x134
    a4: 498b442418                     movq 0x18(%r12), %rax
    a9: 488b5828                       movq 0x28(%rax), %rbx
    ad: f6c301                         testb $0x1, %bl
    b0: 7503                           jne 0x3
    b2: 48ff03                         incq (%rbx)
    b5: 49895d00                       movq %rbx, (%r13)
    b9: 498b442418                     movq 0x18(%r12), %rax
    be: 488b4018                       movq 0x18(%rax), %rax
    c2: a801                           testb $0x1, %al
    c4: 7507                           jne 0x7
    c6: 48ff00                         incq (%rax)
    c9: 498b5d00                       movq (%r13), %rbx
    cd: 488907                         movq %rax, (%rdi)
    d0: f6c301                         testb $0x1, %bl
    d3: 0f850e060000                   jne 0x60e
    d9: 837b0808                       cmpl $0x8, 0x8(%rbx)
    dd: 0f8504060000                   jne 0x604
    e3: 41b801000000                   movl $0x1, %r8d
    e9: 4c89f1                         movq %r14, %rcx
    ec: 4889fa                         movq %rdi, %rdx
    ef: ff5338                         callq *0x38(%rbx)
    f2: 4989c7                         movq %rax, %r15
    f5: 488b0f                         movq (%rdi), %rcx
    f8: f6c101                         testb $0x1, %cl
    fb: 7509                           jne 0x9
    fd: 48ff09                         decq (%rcx)
   100: 0f84ee000000                   je 0xee
   106: 48ff0b                         decq (%rbx)
   109: 7508                           jne 0x8
   10b: 4889d9                         movq %rbx, %rcx
   10e: e800000000                     callq 0x0
        # hole +0x10f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   113: 4d85ff                         testq %r15, %r15
   116: 0f8486060000                   je 0x686
   11c: 4d897d00                       movq %r15, (%r13)
   120: 498b442418                     movq 0x18(%r12), %rax
   125: 488b4820                       movq 0x20(%rax), %rcx
   129: 4c897820                       movq %r15, 0x20(%rax)
   12d: f6c101                         testb $0x1, %cl
   130: 7509                           jne 0x9
   132: 48ff09                         decq (%rcx)
   135: 0f84cc000000                   je 0xcc
   13b: 498b442418                     movq 0x18(%r12), %rax
   140: 488b4048                       movq 0x48(%rax), %rax
   144: a801                           testb $0x1, %al
   146: 7503                           jne 0x3
   148: 48ff00                         incq (%rax)
   14b: 49894500                       movq %rax, (%r13)
   14f: 498b442418                     movq 0x18(%r12), %rax
   154: 488b4030                       movq 0x30(%rax), %rax
   158: a801                           testb $0x1, %al
   15a: 7503                           jne 0x3
   15c: 48ff00                         incq (%rax)
   15f: 488907                         movq %rax, (%rdi)
   162: 498b442418                     movq 0x18(%r12), %rax
   167: 488b4038                       movq 0x38(%rax), %rax
   16b: a801                           testb $0x1, %al
   16d: 7503                           jne 0x3
   16f: 48ff00                         incq (%rax)
   172: 498d6d18                       leaq 0x18(%r13), %rbp
   176: 49894510                       movq %rax, 0x10(%r13)
   17a: 498b5d00                       movq (%r13), %rbx
   17e: f6c301                         testb $0x1, %bl
   181: 0f8572050000                   jne 0x572
   187: 837b0808                       cmpl $0x8, 0x8(%rbx)
   18b: 0f8568050000                   jne 0x568
   191: 41b802000000                   movl $0x2, %r8d
   197: 4c89f1                         movq %r14, %rcx
   19a: 4889fa                         movq %rdi, %rdx
   19d: ff5338                         callq *0x38(%rbx)
   1a0: 4989c7                         movq %rax, %r15
   1a3: 488b0f                         movq (%rdi), %rcx
   1a6: f6c101                         testb $0x1, %cl
   1a9: 7505                           jne 0x5
   1ab: 48ff09                         decq (%rcx)
   1ae: 7472                           je 0x72
   1b0: 498b4d10                       movq 0x10(%r13), %rcx
   1b4: f6c101                         testb $0x1, %cl
   1b7: 7577                           jne 0x77
   1b9: 48ff09                         decq (%rcx)
   1bc: 7572                           jne 0x72
   1be: e800000000                     callq 0x0
        # hole +0x1bf: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1c3: eb6b                           jmp 0x6b
   1c5: e800000000                     callq 0x0
        # hole +0x1c6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1ca: 48ff0b                         decq (%rbx)
   1cd: 0f85a9feffff                   jne -0x157
   1d3: e99cfeffff                     jmp -0x164
   1d8: e800000000                     callq 0x0
        # hole +0x1d9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1dd: 498b442418                     movq 0x18(%r12), %rax
   1e2: 488b5828                       movq 0x28(%rax), %rbx
   1e6: f6c301                         testb $0x1, %bl
   1e9: 0f84c3feffff                   je -0x13d
   1ef: e9c1feffff                     jmp -0x13f
   1f4: e800000000                     callq 0x0
        # hole +0x1f5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1f9: 48ff0b                         decq (%rbx)
   1fc: 0f8511ffffff                   jne -0xef
   202: e904ffffff                     jmp -0xfc
   207: e800000000                     callq 0x0
        # hole +0x208: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   20c: 498b442418                     movq 0x18(%r12), %rax
   211: 488b4048                       movq 0x48(%rax), %rax
   215: a801                           testb $0x1, %al
   217: 0f842bffffff                   je -0xd5
   21d: e929ffffff                     jmp -0xd7
   222: e800000000                     callq 0x0
        # hole +0x223: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   227: 498b4d10                       movq 0x10(%r13), %rcx
   22b: f6c101                         testb $0x1, %cl
   22e: 7489                           je -0x77
   230: 48ff0b                         decq (%rbx)
   233: 7508                           jne 0x8
   235: 4889d9                         movq %rbx, %rcx
   238: e800000000                     callq 0x0
        # hole +0x239: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   23d: 4d85ff                         testq %r15, %r15
   240: 0f846e050000                   je 0x56e
   246: 4d897d00                       movq %r15, (%r13)
   24a: 498b442418                     movq 0x18(%r12), %rax
   24f: 488b4840                       movq 0x40(%rax), %rcx
   253: 4c897840                       movq %r15, 0x40(%rax)
   257: f6c101                         testb $0x1, %cl
   25a: 7509                           jne 0x9
   25c: 48ff09                         decq (%rcx)
   25f: 0f8486000000                   je 0x86
   265: 498b442418                     movq 0x18(%r12), %rax
   26a: 488b4068                       movq 0x68(%rax), %rax
   26e: a801                           testb $0x1, %al
   270: 7503                           jne 0x3
   272: 48ff00                         incq (%rax)
   275: 49894500                       movq %rax, (%r13)
   279: 498b442418                     movq 0x18(%r12), %rax
   27e: 488b4050                       movq 0x50(%rax), %rax
   282: a801                           testb $0x1, %al
   284: 7503                           jne 0x3
   286: 48ff00                         incq (%rax)
   289: 488907                         movq %rax, (%rdi)
   28c: 498b442418                     movq 0x18(%r12), %rax
   291: 488b4058                       movq 0x58(%rax), %rax
   295: a801                           testb $0x1, %al
   297: 7503                           jne 0x3
   299: 48ff00                         incq (%rax)
   29c: 49894510                       movq %rax, 0x10(%r13)
   2a0: 498b5d00                       movq (%r13), %rbx
   2a4: f6c301                         testb $0x1, %bl
   2a7: 0f855e040000                   jne 0x45e
   2ad: 837b0808                       cmpl $0x8, 0x8(%rbx)
   2b1: 0f8554040000                   jne 0x454
   2b7: 41b802000000                   movl $0x2, %r8d
   2bd: 4c89f1                         movq %r14, %rcx
   2c0: 4889fa                         movq %rdi, %rdx
   2c3: ff5338                         callq *0x38(%rbx)
   2c6: 4989c7                         movq %rax, %r15
   2c9: 488b0f                         movq (%rdi), %rcx
   2cc: f6c101                         testb $0x1, %cl
   2cf: 7505                           jne 0x5
   2d1: 48ff09                         decq (%rcx)
   2d4: 7430                           je 0x30
   2d6: 498b4d10                       movq 0x10(%r13), %rcx
   2da: f6c101                         testb $0x1, %cl
   2dd: 7535                           jne 0x35
   2df: 48ff09                         decq (%rcx)
   2e2: 7530                           jne 0x30
   2e4: e800000000                     callq 0x0
        # hole +0x2e5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2e9: eb29                           jmp 0x29
   2eb: e800000000                     callq 0x0
        # hole +0x2ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f0: 498b442418                     movq 0x18(%r12), %rax
   2f5: 488b4068                       movq 0x68(%rax), %rax
   2f9: a801                           testb $0x1, %al
   2fb: 0f8471ffffff                   je -0x8f
   301: e96fffffff                     jmp -0x91
   306: e800000000                     callq 0x0
        # hole +0x307: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   30b: 498b4d10                       movq 0x10(%r13), %rcx
   30f: f6c101                         testb $0x1, %cl
   312: 74cb                           je -0x35
   314: 48ff0b                         decq (%rbx)
   317: 7508                           jne 0x8
   319: 4889d9                         movq %rbx, %rcx
   31c: e800000000                     callq 0x0
        # hole +0x31d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   321: 4d85ff                         testq %r15, %r15
   324: 0f849c040000                   je 0x49c
   32a: 4d897d00                       movq %r15, (%r13)
   32e: 498b442418                     movq 0x18(%r12), %rax
   333: 488b4860                       movq 0x60(%rax), %rcx
   337: 4c897860                       movq %r15, 0x60(%rax)
   33b: f6c101                         testb $0x1, %cl
   33e: 7509                           jne 0x9
   340: 48ff09                         decq (%rcx)
   343: 0f84db010000                   je 0x1db
   349: 498b442418                     movq 0x18(%r12), %rax
   34e: 488b9880000000                 movq 0x80(%rax), %rbx
   355: f6c301                         testb $0x1, %bl
   358: 7503                           jne 0x3
   35a: 48ff03                         incq (%rbx)
   35d: 49895d00                       movq %rbx, (%r13)
   361: 498b442418                     movq 0x18(%r12), %rax
   366: 488b4070                       movq 0x70(%rax), %rax
   36a: a801                           testb $0x1, %al
   36c: 7507                           jne 0x7
   36e: 48ff00                         incq (%rax)
   371: 498b5d00                       movq (%r13), %rbx
   375: 488907                         movq %rax, (%rdi)
   378: f6c301                         testb $0x1, %bl
   37b: 0f859c030000                   jne 0x39c
   381: 837b0808                       cmpl $0x8, 0x8(%rbx)
   385: 0f8592030000                   jne 0x392
   38b: 41b801000000                   movl $0x1, %r8d
   391: 4c89f1                         movq %r14, %rcx
   394: 4889fa                         movq %rdi, %rdx
   397: ff5338                         callq *0x38(%rbx)
   39a: 4989c7                         movq %rax, %r15
   39d: 488b0f                         movq (%rdi), %rcx
   3a0: f6c101                         testb $0x1, %cl
   3a3: 7509                           jne 0x9
   3a5: 48ff09                         decq (%rcx)
   3a8: 0f8495010000                   je 0x195
   3ae: 48ff0b                         decq (%rbx)
   3b1: 7508                           jne 0x8
   3b3: 4889d9                         movq %rbx, %rcx
   3b6: e800000000                     callq 0x0
        # hole +0x3b7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3bb: 4d85ff                         testq %r15, %r15
   3be: 0f8414040000                   je 0x414
   3c4: 4d897d00                       movq %r15, (%r13)
   3c8: 498b442418                     movq 0x18(%r12), %rax
   3cd: 488b4878                       movq 0x78(%rax), %rcx
   3d1: 4c897878                       movq %r15, 0x78(%rax)
   3d5: f6c101                         testb $0x1, %cl
   3d8: 7509                           jne 0x9
   3da: 48ff09                         decq (%rcx)
   3dd: 0f8473010000                   je 0x173
   3e3: 498b442418                     movq 0x18(%r12), %rax
   3e8: 488b9898000000                 movq 0x98(%rax), %rbx
   3ef: f6c301                         testb $0x1, %bl
   3f2: 7503                           jne 0x3
   3f4: 48ff03                         incq (%rbx)
   3f7: 49895d00                       movq %rbx, (%r13)
   3fb: 498b442418                     movq 0x18(%r12), %rax
   400: 488b8088000000                 movq 0x88(%rax), %rax
   407: a801                           testb $0x1, %al
   409: 7507                           jne 0x7
   40b: 48ff00                         incq (%rax)
   40e: 498b5d00                       movq (%r13), %rbx
   412: 488907                         movq %rax, (%rdi)
   415: f6c301                         testb $0x1, %bl
   418: 0f8511030000                   jne 0x311
   41e: 837b0808                       cmpl $0x8, 0x8(%rbx)
   422: 0f8507030000                   jne 0x307
   428: 41b801000000                   movl $0x1, %r8d
   42e: 4c89f1                         movq %r14, %rcx
   431: 4889fa                         movq %rdi, %rdx
   434: ff5338                         callq *0x38(%rbx)
   437: 4989c7                         movq %rax, %r15
   43a: 488b0f                         movq (%rdi), %rcx
   43d: f6c101                         testb $0x1, %cl
   440: 7509                           jne 0x9
   442: 48ff09                         decq (%rcx)
   445: 0f842a010000                   je 0x12a
   44b: 48ff0b                         decq (%rbx)
   44e: 7508                           jne 0x8
   450: 4889d9                         movq %rbx, %rcx
   453: e800000000                     callq 0x0
        # hole +0x454: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   458: 4d85ff                         testq %r15, %r15
   45b: 0f8489030000                   je 0x389
   461: 4d897d00                       movq %r15, (%r13)
   465: 498b442418                     movq 0x18(%r12), %rax
   46a: 488b8890000000                 movq 0x90(%rax), %rcx
   471: 4c89b890000000                 movq %r15, 0x90(%rax)
   478: f6c101                         testb $0x1, %cl
   47b: 7509                           jne 0x9
   47d: 48ff09                         decq (%rcx)
   480: 0f8402010000                   je 0x102
   486: 498b442418                     movq 0x18(%r12), %rax
   48b: 488b80b8000000                 movq 0xb8(%rax), %rax
   492: a801                           testb $0x1, %al
   494: 7503                           jne 0x3
   496: 48ff00                         incq (%rax)
   499: 49894500                       movq %rax, (%r13)
   49d: 498b442418                     movq 0x18(%r12), %rax
   4a2: 488b80a0000000                 movq 0xa0(%rax), %rax
   4a9: a801                           testb $0x1, %al
   4ab: 7503                           jne 0x3
   4ad: 48ff00                         incq (%rax)
   4b0: 488907                         movq %rax, (%rdi)
   4b3: 498b442418                     movq 0x18(%r12), %rax
   4b8: 488b80a8000000                 movq 0xa8(%rax), %rax
   4bf: a801                           testb $0x1, %al
   4c1: 7503                           jne 0x3
   4c3: 48ff00                         incq (%rax)
   4c6: 49894510                       movq %rax, 0x10(%r13)
   4ca: 498b5d00                       movq (%r13), %rbx
   4ce: f6c301                         testb $0x1, %bl
   4d1: 0f856a020000                   jne 0x26a
   4d7: 837b0808                       cmpl $0x8, 0x8(%rbx)
   4db: 0f8560020000                   jne 0x260
   4e1: 41b802000000                   movl $0x2, %r8d
   4e7: 4c89f1                         movq %r14, %rcx
   4ea: 4889fa                         movq %rdi, %rdx
   4ed: ff5338                         callq *0x38(%rbx)
   4f0: 4989c7                         movq %rax, %r15
   4f3: 488b0f                         movq (%rdi), %rcx
   4f6: f6c101                         testb $0x1, %cl
   4f9: 7509                           jne 0x9
   4fb: 48ff09                         decq (%rcx)
   4fe: 0f84a2000000                   je 0xa2
   504: 498b4d10                       movq 0x10(%r13), %rcx
   508: f6c101                         testb $0x1, %cl
   50b: 0f85a7000000                   jne 0xa7
   511: 48ff09                         decq (%rcx)
   514: 0f859e000000                   jne 0x9e
   51a: e800000000                     callq 0x0
        # hole +0x51b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   51f: e994000000                     jmp 0x94
   524: e800000000                     callq 0x0
        # hole +0x525: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   529: 498b442418                     movq 0x18(%r12), %rax
   52e: 488b9880000000                 movq 0x80(%rax), %rbx
   535: f6c301                         testb $0x1, %bl
   538: 0f841cfeffff                   je -0x1e4
   53e: e91afeffff                     jmp -0x1e6
   543: e800000000                     callq 0x0
        # hole +0x544: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   548: 48ff0b                         decq (%rbx)
   54b: 0f856afeffff                   jne -0x196
   551: e95dfeffff                     jmp -0x1a3
   556: e800000000                     callq 0x0
        # hole +0x557: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   55b: 498b442418                     movq 0x18(%r12), %rax
   560: 488b9898000000                 movq 0x98(%rax), %rbx
   567: f6c301                         testb $0x1, %bl
   56a: 0f8484feffff                   je -0x17c
   570: e982feffff                     jmp -0x17e
   575: e800000000                     callq 0x0
        # hole +0x576: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   57a: 48ff0b                         decq (%rbx)
   57d: 0f85d5feffff                   jne -0x12b
   583: e9c8feffff                     jmp -0x138
   588: e800000000                     callq 0x0
        # hole +0x589: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   58d: 498b442418                     movq 0x18(%r12), %rax
   592: 488b80b8000000                 movq 0xb8(%rax), %rax
   599: a801                           testb $0x1, %al
   59b: 0f84f5feffff                   je -0x10b
   5a1: e9f3feffff                     jmp -0x10d
   5a6: e800000000                     callq 0x0
        # hole +0x5a7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5ab: 498b4d10                       movq 0x10(%r13), %rcx
   5af: f6c101                         testb $0x1, %cl
   5b2: 0f8459ffffff                   je -0xa7
   5b8: 48ff0b                         decq (%rbx)
   5bb: 7508                           jne 0x8
   5bd: 4889d9                         movq %rbx, %rcx
   5c0: e800000000                     callq 0x0
        # hole +0x5c1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5c5: 4d85ff                         testq %r15, %r15
   5c8: 0f842e020000                   je 0x22e
   5ce: 4d897d00                       movq %r15, (%r13)
   5d2: 498b442418                     movq 0x18(%r12), %rax
   5d7: 488b88b0000000                 movq 0xb0(%rax), %rcx
   5de: 4c89b8b0000000                 movq %r15, 0xb0(%rax)
   5e5: f6c101                         testb $0x1, %cl
   5e8: 7509                           jne 0x9
   5ea: 48ff09                         decq (%rcx)
   5ed: 0f84a5000000                   je 0xa5
   5f3: 498b442418                     movq 0x18(%r12), %rax
   5f8: 488b98d0000000                 movq 0xd0(%rax), %rbx
   5ff: f6c301                         testb $0x1, %bl
   602: 7503                           jne 0x3
   604: 48ff03                         incq (%rbx)
   607: 49895d00                       movq %rbx, (%r13)
   60b: 498b442418                     movq 0x18(%r12), %rax
   610: 488b80c0000000                 movq 0xc0(%rax), %rax
   617: a801                           testb $0x1, %al
   619: 7507                           jne 0x7
   61b: 48ff00                         incq (%rax)
   61e: 498b5d00                       movq (%r13), %rbx
   622: 488907                         movq %rax, (%rdi)
   625: f6c301                         testb $0x1, %bl
   628: 0f852e010000                   jne 0x12e
   62e: 837b0808                       cmpl $0x8, 0x8(%rbx)
   632: 0f8524010000                   jne 0x124
   638: 41b801000000                   movl $0x1, %r8d
   63e: 4c89f1                         movq %r14, %rcx
   641: 4889fa                         movq %rdi, %rdx
   644: ff5338                         callq *0x38(%rbx)
   647: 4889c6                         movq %rax, %rsi
   64a: 488b0f                         movq (%rdi), %rcx
   64d: f6c101                         testb $0x1, %cl
   650: 7505                           jne 0x5
   652: 48ff09                         decq (%rcx)
   655: 7460                           je 0x60
   657: 48ff0b                         decq (%rbx)
   65a: 7508                           jne 0x8
   65c: 4889d9                         movq %rbx, %rcx
   65f: e800000000                     callq 0x0
        # hole +0x660: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   664: 4885f6                         testq %rsi, %rsi
   667: 0f84a1010000                   je 0x1a1
   66d: 49897500                       movq %rsi, (%r13)
   671: 498b442418                     movq 0x18(%r12), %rax
   676: 488b88c8000000                 movq 0xc8(%rax), %rcx
   67d: 4889b0c8000000                 movq %rsi, 0xc8(%rax)
   684: f6c101                         testb $0x1, %cl
   687: 7505                           jne 0x5
   689: 48ff09                         decq (%rcx)
   68c: 7435                           je 0x35
   68e: 4883c430                       addq $0x30, %rsp
   692: 5d                             popq %rbp
   693: e900000000                     jmp 0x0
        # hole +0x694: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   698: e800000000                     callq 0x0
        # hole +0x699: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   69d: 498b442418                     movq 0x18(%r12), %rax
   6a2: 488b98d0000000                 movq 0xd0(%rax), %rbx
   6a9: f6c301                         testb $0x1, %bl
   6ac: 0f8452ffffff                   je -0xae
   6b2: e950ffffff                     jmp -0xb0
   6b7: e800000000                     callq 0x0
        # hole +0x6b8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6bc: 48ff0b                         decq (%rbx)
   6bf: 75a3                           jne -0x5d
   6c1: eb99                           jmp -0x67
   6c3: e800000000                     callq 0x0
        # hole +0x6c4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6c8: 4883c430                       addq $0x30, %rsp
   6cc: 5d                             popq %rbp
   6cd: e900000000                     jmp 0x0
        # hole +0x6ce: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   6d2: 488b0500000000                 movq (%rip), %rax
        # hole +0x6d5: IMAGE_REL_AMD64_REL32 Rel32 data-4
   6d9: 4883c002                       addq $0x2, %rax
   6dd: b914000000                     movl $0x14, %ecx
   6e2: e985000000                     jmp 0x85
   6e7: 488b0500000000                 movq (%rip), %rax
        # hole +0x6ea: IMAGE_REL_AMD64_REL32 Rel32 data-4
   6ee: 4883c008                       addq $0x8, %rax
   6f2: b950000000                     movl $0x50, %ecx
   6f7: eb73                           jmp 0x73
   6f9: 488b0500000000                 movq (%rip), %rax
        # hole +0x6fc: IMAGE_REL_AMD64_REL32 Rel32 data-4
   700: 4883c00f                       addq $0xf, %rax
   704: b996000000                     movl $0x96, %ecx
   709: eb46                           jmp 0x46
   70b: 488b0500000000                 movq (%rip), %rax
        # hole +0x70e: IMAGE_REL_AMD64_REL32 Rel32 data-4
   712: 4883c016                       addq $0x16, %rax
   716: b9dc000000                     movl $0xdc, %ecx
   71b: eb34                           jmp 0x34
   71d: 488b0500000000                 movq (%rip), %rax
        # hole +0x720: IMAGE_REL_AMD64_REL32 Rel32 data-4
   724: 4883c01c                       addq $0x1c, %rax
   728: b918010000                     movl $0x118, %ecx
   72d: eb3d                           jmp 0x3d
   72f: 488b0500000000                 movq (%rip), %rax
        # hole +0x732: IMAGE_REL_AMD64_REL32 Rel32 data-4
   736: 4883c022                       addq $0x22, %rax
   73a: b954010000                     movl $0x154, %ecx
   73f: eb2b                           jmp 0x2b
   741: 488b0500000000                 movq (%rip), %rax
        # hole +0x744: IMAGE_REL_AMD64_REL32 Rel32 data-4
   748: 4883c029                       addq $0x29, %rax
   74c: b99a010000                     movl $0x19a, %ecx
   751: 41b901000000                   movl $0x1, %r9d
   757: 4889ee                         movq %rbp, %rsi
   75a: eb16                           jmp 0x16
   75c: 488b0500000000                 movq (%rip), %rax
        # hole +0x75f: IMAGE_REL_AMD64_REL32 Rel32 data-4
   763: 4883c02f                       addq $0x2f, %rax
   767: b9d6010000                     movl $0x1d6, %ecx
   76c: 41b901000000                   movl $0x1, %r9d
   772: 48894c2428                     movq %rcx, 0x28(%rsp)
   777: 4889442420                     movq %rax, 0x20(%rsp)
   77c: 4c89e1                         movq %r12, %rcx
   77f: 4889f2                         movq %rsi, %rdx
   782: 4d89f0                         movq %r14, %r8
   785: e800000000                     callq 0x0
        # hole +0x786: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   78a: 4883c430                       addq $0x30, %rsp
   78e: 5d                             popq %rbp
   78f: c3                             retq
   790: 488b0500000000                 movq (%rip), %rax
        # hole +0x793: IMAGE_REL_AMD64_REL32 Rel32 data-4
   797: 4883c002                       addq $0x2, %rax
   79b: b914000000                     movl $0x14, %ecx
   7a0: eb7c                           jmp 0x7c
   7a2: 488b0500000000                 movq (%rip), %rax
        # hole +0x7a5: IMAGE_REL_AMD64_REL32 Rel32 data-4
   7a9: 4883c008                       addq $0x8, %rax
   7ad: b950000000                     movl $0x50, %ecx
   7b2: eb6a                           jmp 0x6a
   7b4: 488b0500000000                 movq (%rip), %rax
        # hole +0x7b7: IMAGE_REL_AMD64_REL32 Rel32 data-4
   7bb: 4883c00f                       addq $0xf, %rax
   7bf: b996000000                     movl $0x96, %ecx
   7c4: eb58                           jmp 0x58
   7c6: 488b0500000000                 movq (%rip), %rax
        # hole +0x7c9: IMAGE_REL_AMD64_REL32 Rel32 data-4
   7cd: 4883c016                       addq $0x16, %rax
   7d1: b9dc000000                     movl $0xdc, %ecx
   7d6: eb46                           jmp 0x46
   7d8: 488b0500000000                 movq (%rip), %rax
        # hole +0x7db: IMAGE_REL_AMD64_REL32 Rel32 data-4
   7df: 4883c01c                       addq $0x1c, %rax
   7e3: b918010000                     movl $0x118, %ecx
   7e8: eb34                           jmp 0x34
   7ea: 488b0500000000                 movq (%rip), %rax
        # hole +0x7ed: IMAGE_REL_AMD64_REL32 Rel32 data-4
   7f1: 4883c022                       addq $0x22, %rax
   7f5: b954010000                     movl $0x154, %ecx
   7fa: eb22                           jmp 0x22
   7fc: 488b0500000000                 movq (%rip), %rax
        # hole +0x7ff: IMAGE_REL_AMD64_REL32 Rel32 data-4
   803: 4883c029                       addq $0x29, %rax
   807: b99a010000                     movl $0x19a, %ecx
   80c: eb10                           jmp 0x10
   80e: 488b0500000000                 movq (%rip), %rax
        # hole +0x811: IMAGE_REL_AMD64_REL32 Rel32 data-4
   815: 4883c02f                       addq $0x2f, %rax
   819: b9d6010000                     movl $0x1d6, %ecx
   81e: 41b903000000                   movl $0x3, %r9d
   824: 4c89ee                         movq %r13, %rsi
   827: e946ffffff                     jmp -0xba
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
