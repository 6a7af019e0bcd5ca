# stencil startup_builtins for x86_64-pc-windows-msvc: 1845 code bytes, 0 data bytes, 30 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 4c89742438                     movq %r14, 0x38(%rsp)
     a: 498b442418                     movq 0x18(%r12), %rax
     f: 4c8b7810                       movq 0x10(%rax), %r15
    13: 41f6c701                       testb $0x1, %r15b
    17: 7503                           jne 0x3
    19: 49ff07                         incq (%r15)
    1c: 4d897d00                       movq %r15, (%r13)
    20: 498b442418                     movq 0x18(%r12), %rax
    25: 488b00                         movq (%rax), %rax
    28: a801                           testb $0x1, %al
    2a: 7507                           jne 0x7
    2c: 48ff00                         incq (%rax)
    2f: 4d8b7d00                       movq (%r13), %r15
    33: 48bf020000000a000000           movabsq $0xa00000002, %rdi
    3d: 498d5510                       leaq 0x10(%r13), %rdx
    41: 49894508                       movq %rax, 0x8(%r13)
    45: 41be14000000                   movl $0x14, %r14d
    4b: 41b901000000                   movl $0x1, %r9d
    51: 41f6c701                       testb $0x1, %r15b
    55: 0f859d060000                   jne 0x69d
    5b: 4889542440                     movq %rdx, 0x40(%rsp)
    60: 41837f0808                     cmpl $0x8, 0x8(%r15)
    65: 0f85c3060000                   jne 0x6c3
    6b: 498d5d08                       leaq 0x8(%r13), %rbx
    6f: 41b801000000                   movl $0x1, %r8d
    75: 488b4c2438                     movq 0x38(%rsp), %rcx
    7a: 4889da                         movq %rbx, %rdx
    7d: 41ff5738                       callq *0x38(%r15)
    81: 4889c5                         movq %rax, %rbp
    84: 488b0b                         movq (%rbx), %rcx
    87: f6c101                         testb $0x1, %cl
    8a: 7509                           jne 0x9
    8c: 48ff09                         decq (%rcx)
    8f: 0f847d010000                   je 0x17d
    95: 49ff0f                         decq (%r15)
    98: 7508                           jne 0x8
    9a: 4c89f9                         movq %r15, %rcx
    9d: e800000000                     callq 0x0
        # hole +0x9e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    a2: 4885ed                         testq %rbp, %rbp
    a5: 0f846a060000                   je 0x66a
    ab: 49896d00                       movq %rbp, (%r13)
    af: 498b442418                     movq 0x18(%r12), %rax
    b4: 488b4808                       movq 0x8(%rax), %rcx
    b8: 48896808                       movq %rbp, 0x8(%rax)
    bc: f6c101                         testb $0x1, %cl
    bf: 7509                           jne 0x9
    c1: 48ff09                         decq (%rcx)
    c4: 0f845b010000                   je 0x15b
    ca: 498b442418                     movq 0x18(%r12), %rax
    cf: 4c8b7828                       movq 0x28(%rax), %r15
    d3: 41f6c701                       testb $0x1, %r15b
    d7: 7503                           jne 0x3
    d9: 49ff07                         incq (%r15)
    dc: 4d897d00                       movq %r15, (%r13)
    e0: 498b442418                     movq 0x18(%r12), %rax
    e5: 488b4018                       movq 0x18(%rax), %rax
    e9: a801                           testb $0x1, %al
    eb: 7507                           jne 0x7
    ed: 48ff00                         incq (%rax)
    f0: 4d8b7d00                       movq (%r13), %r15
    f4: 488903                         movq %rax, (%rbx)
    f7: 488d7706                       leaq 0x6(%rdi), %rsi
    fb: 41be50000000                   movl $0x50, %r14d
   101: 41f6c701                       testb $0x1, %r15b
   105: 0f85df050000                   jne 0x5df
   10b: 41837f0808                     cmpl $0x8, 0x8(%r15)
   110: 0f85d4050000                   jne 0x5d4
   116: 41b801000000                   movl $0x1, %r8d
   11c: 488b4c2438                     movq 0x38(%rsp), %rcx
   121: 4889da                         movq %rbx, %rdx
   124: 41ff5738                       callq *0x38(%r15)
   128: 4889c5                         movq %rax, %rbp
   12b: 488b0b                         movq (%rbx), %rcx
   12e: f6c101                         testb $0x1, %cl
   131: 7509                           jne 0x9
   133: 48ff09                         decq (%rcx)
   136: 0f8406010000                   je 0x106
   13c: 49ff0f                         decq (%r15)
   13f: 7508                           jne 0x8
   141: 4c89f9                         movq %r15, %rcx
   144: e800000000                     callq 0x0
        # hole +0x145: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   149: 4885ed                         testq %rbp, %rbp
   14c: 0f84ce050000                   je 0x5ce
   152: 49896d00                       movq %rbp, (%r13)
   156: 498b442418                     movq 0x18(%r12), %rax
   15b: 488b4820                       movq 0x20(%rax), %rcx
   15f: 48896820                       movq %rbp, 0x20(%rax)
   163: f6c101                         testb $0x1, %cl
   166: 7509                           jne 0x9
   168: 48ff09                         decq (%rcx)
   16b: 0f84e4000000                   je 0xe4
   171: 498b442418                     movq 0x18(%r12), %rax
   176: 488b4048                       movq 0x48(%rax), %rax
   17a: a801                           testb $0x1, %al
   17c: 7503                           jne 0x3
   17e: 48ff00                         incq (%rax)
   181: 49894500                       movq %rax, (%r13)
   185: 498b442418                     movq 0x18(%r12), %rax
   18a: 488b4030                       movq 0x30(%rax), %rax
   18e: a801                           testb $0x1, %al
   190: 7503                           jne 0x3
   192: 48ff00                         incq (%rax)
   195: 488903                         movq %rax, (%rbx)
   198: 498b442418                     movq 0x18(%r12), %rax
   19d: 488b4038                       movq 0x38(%rax), %rax
   1a1: a801                           testb $0x1, %al
   1a3: 7503                           jne 0x3
   1a5: 48ff00                         incq (%rax)
   1a8: 498d5518                       leaq 0x18(%r13), %rdx
   1ac: 49894510                       movq %rax, 0x10(%r13)
   1b0: 4d8b7d00                       movq (%r13), %r15
   1b4: 4889fe                         movq %rdi, %rsi
   1b7: 4883c70d                       addq $0xd, %rdi
   1bb: 41be96000000                   movl $0x96, %r14d
   1c1: 41f6c701                       testb $0x1, %r15b
   1c5: 0f8527050000                   jne 0x527
   1cb: 4889542448                     movq %rdx, 0x48(%rsp)
   1d0: 41837f0808                     cmpl $0x8, 0x8(%r15)
   1d5: 0f8508050000                   jne 0x508
   1db: 41b802000000                   movl $0x2, %r8d
   1e1: 488b4c2438                     movq 0x38(%rsp), %rcx
   1e6: 4889da                         movq %rbx, %rdx
   1e9: 41ff5738                       callq *0x38(%r15)
   1ed: 4889c5                         movq %rax, %rbp
   1f0: 488b0b                         movq (%rbx), %rcx
   1f3: f6c101                         testb $0x1, %cl
   1f6: 7505                           jne 0x5
   1f8: 48ff09                         decq (%rcx)
   1fb: 7473                           je 0x73
   1fd: 498b4d10                       movq 0x10(%r13), %rcx
   201: f6c101                         testb $0x1, %cl
   204: 7578                           jne 0x78
   206: 48ff09                         decq (%rcx)
   209: 7573                           jne 0x73
   20b: e800000000                     callq 0x0
        # hole +0x20c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   210: eb6c                           jmp 0x6c
   212: e800000000                     callq 0x0
        # hole +0x213: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   217: 49ff0f                         decq (%r15)
   21a: 0f8582feffff                   jne -0x17e
   220: e975feffff                     jmp -0x18b
   225: e800000000                     callq 0x0
        # hole +0x226: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   22a: 498b442418                     movq 0x18(%r12), %rax
   22f: 4c8b7828                       movq 0x28(%rax), %r15
   233: 41f6c701                       testb $0x1, %r15b
   237: 0f849cfeffff                   je -0x164
   23d: e99afeffff                     jmp -0x166
   242: e800000000                     callq 0x0
        # hole +0x243: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   247: 49ff0f                         decq (%r15)
   24a: 0f85f9feffff                   jne -0x107
   250: e9ecfeffff                     jmp -0x114
   255: e800000000                     callq 0x0
        # hole +0x256: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   25a: 498b442418                     movq 0x18(%r12), %rax
   25f: 488b4048                       movq 0x48(%rax), %rax
   263: a801                           testb $0x1, %al
   265: 0f8413ffffff                   je -0xed
   26b: e911ffffff                     jmp -0xef
   270: e800000000                     callq 0x0
        # hole +0x271: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   275: 498b4d10                       movq 0x10(%r13), %rcx
   279: f6c101                         testb $0x1, %cl
   27c: 7488                           je -0x78
   27e: 49ff0f                         decq (%r15)
   281: 7508                           jne 0x8
   283: 4c89f9                         movq %r15, %rcx
   286: e800000000                     callq 0x0
        # hole +0x287: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   28b: 4885ed                         testq %rbp, %rbp
   28e: 0f8481040000                   je 0x481
   294: 49896d00                       movq %rbp, (%r13)
   298: 498b442418                     movq 0x18(%r12), %rax
   29d: 488b4840                       movq 0x40(%rax), %rcx
   2a1: 48896840                       movq %rbp, 0x40(%rax)
   2a5: f6c101                         testb $0x1, %cl
   2a8: 750a                           jne 0xa
   2aa: 48ff09                         decq (%rcx)
   2ad: 7505                           jne 0x5
   2af: e800000000                     callq 0x0
        # hole +0x2b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2b4: 498b442418                     movq 0x18(%r12), %rax
   2b9: 488b4068                       movq 0x68(%rax), %rax
   2bd: a801                           testb $0x1, %al
   2bf: 4889f1                         movq %rsi, %rcx
   2c2: 7503                           jne 0x3
   2c4: 48ff00                         incq (%rax)
   2c7: 49894500                       movq %rax, (%r13)
   2cb: 498b442418                     movq 0x18(%r12), %rax
   2d0: 488b4050                       movq 0x50(%rax), %rax
   2d4: a801                           testb $0x1, %al
   2d6: 7503                           jne 0x3
   2d8: 48ff00                         incq (%rax)
   2db: 488903                         movq %rax, (%rbx)
   2de: 498b442418                     movq 0x18(%r12), %rax
   2e3: 488b4058                       movq 0x58(%rax), %rax
   2e7: a801                           testb $0x1, %al
   2e9: 7503                           jne 0x3
   2eb: 48ff00                         incq (%rax)
   2ee: 49894510                       movq %rax, 0x10(%r13)
   2f2: 4d8b7d00                       movq (%r13), %r15
   2f6: 488d7914                       leaq 0x14(%rcx), %rdi
   2fa: 41bedc000000                   movl $0xdc, %r14d
   300: 41f6c701                       testb $0x1, %r15b
   304: 0f85d9030000                   jne 0x3d9
   30a: 41837f0808                     cmpl $0x8, 0x8(%r15)
   30f: 0f85ce030000                   jne 0x3ce
   315: 41b802000000                   movl $0x2, %r8d
   31b: 488b4c2438                     movq 0x38(%rsp), %rcx
   320: 4889da                         movq %rbx, %rdx
   323: 41ff5738                       callq *0x38(%r15)
   327: 4889c5                         movq %rax, %rbp
   32a: 488b0b                         movq (%rbx), %rcx
   32d: f6c101                         testb $0x1, %cl
   330: 7505                           jne 0x5
   332: 48ff09                         decq (%rcx)
   335: 7415                           je 0x15
   337: 498b4d10                       movq 0x10(%r13), %rcx
   33b: f6c101                         testb $0x1, %cl
   33e: 751a                           jne 0x1a
   340: 48ff09                         decq (%rcx)
   343: 7515                           jne 0x15
   345: e800000000                     callq 0x0
        # hole +0x346: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   34a: eb0e                           jmp 0xe
   34c: e800000000                     callq 0x0
        # hole +0x34d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   351: 498b4d10                       movq 0x10(%r13), %rcx
   355: f6c101                         testb $0x1, %cl
   358: 74e6                           je -0x1a
   35a: 49ff0f                         decq (%r15)
   35d: 7508                           jne 0x8
   35f: 4c89f9                         movq %r15, %rcx
   362: e800000000                     callq 0x0
        # hole +0x363: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   367: 4885ed                         testq %rbp, %rbp
   36a: 0f84a5030000                   je 0x3a5
   370: 49896d00                       movq %rbp, (%r13)
   374: 498b442418                     movq 0x18(%r12), %rax
   379: 488b4860                       movq 0x60(%rax), %rcx
   37d: 48896860                       movq %rbp, 0x60(%rax)
   381: f6c101                         testb $0x1, %cl
   384: 750a                           jne 0xa
   386: 48ff09                         decq (%rcx)
   389: 7505                           jne 0x5
   38b: e800000000                     callq 0x0
        # hole +0x38c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   390: 498b442418                     movq 0x18(%r12), %rax
   395: 4c8bb880000000                 movq 0x80(%rax), %r15
   39c: 41f6c701                       testb $0x1, %r15b
   3a0: 4889f1                         movq %rsi, %rcx
   3a3: 7503                           jne 0x3
   3a5: 49ff07                         incq (%r15)
   3a8: 4d897d00                       movq %r15, (%r13)
   3ac: 498b442418                     movq 0x18(%r12), %rax
   3b1: 488b4070                       movq 0x70(%rax), %rax
   3b5: a801                           testb $0x1, %al
   3b7: 7507                           jne 0x7
   3b9: 48ff00                         incq (%rax)
   3bc: 4d8b7d00                       movq (%r13), %r15
   3c0: 488903                         movq %rax, (%rbx)
   3c3: 488d791a                       leaq 0x1a(%rcx), %rdi
   3c7: 41be18010000                   movl $0x118, %r14d
   3cd: 41f6c701                       testb $0x1, %r15b
   3d1: 0f8516030000                   jne 0x316
   3d7: 41837f0808                     cmpl $0x8, 0x8(%r15)
   3dc: 0f850b030000                   jne 0x30b
   3e2: 41b801000000                   movl $0x1, %r8d
   3e8: 488b4c2438                     movq 0x38(%rsp), %rcx
   3ed: 4889da                         movq %rbx, %rdx
   3f0: 41ff5738                       callq *0x38(%r15)
   3f4: 4889c5                         movq %rax, %rbp
   3f7: 488b0b                         movq (%rbx), %rcx
   3fa: f6c101                         testb $0x1, %cl
   3fd: 7509                           jne 0x9
   3ff: 48ff09                         decq (%rcx)
   402: 0f848e010000                   je 0x18e
   408: 49ff0f                         decq (%r15)
   40b: 7508                           jne 0x8
   40d: 4c89f9                         movq %r15, %rcx
   410: e800000000                     callq 0x0
        # hole +0x411: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   415: 4885ed                         testq %rbp, %rbp
   418: 0f84f7020000                   je 0x2f7
   41e: 49896d00                       movq %rbp, (%r13)
   422: 498b442418                     movq 0x18(%r12), %rax
   427: 488b4878                       movq 0x78(%rax), %rcx
   42b: 48896878                       movq %rbp, 0x78(%rax)
   42f: f6c101                         testb $0x1, %cl
   432: 750a                           jne 0xa
   434: 48ff09                         decq (%rcx)
   437: 7505                           jne 0x5
   439: e800000000                     callq 0x0
        # hole +0x43a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   43e: 498b442418                     movq 0x18(%r12), %rax
   443: 4c8bb898000000                 movq 0x98(%rax), %r15
   44a: 41f6c701                       testb $0x1, %r15b
   44e: 4889f1                         movq %rsi, %rcx
   451: 7503                           jne 0x3
   453: 49ff07                         incq (%r15)
   456: 4d897d00                       movq %r15, (%r13)
   45a: 498b442418                     movq 0x18(%r12), %rax
   45f: 488b8088000000                 movq 0x88(%rax), %rax
   466: a801                           testb $0x1, %al
   468: 7507                           jne 0x7
   46a: 48ff00                         incq (%rax)
   46d: 4d8b7d00                       movq (%r13), %r15
   471: 488903                         movq %rax, (%rbx)
   474: 488d7920                       leaq 0x20(%rcx), %rdi
   478: 41be54010000                   movl $0x154, %r14d
   47e: 41f6c701                       testb $0x1, %r15b
   482: 0f8565020000                   jne 0x265
   488: 41837f0808                     cmpl $0x8, 0x8(%r15)
   48d: 0f855a020000                   jne 0x25a
   493: 41b801000000                   movl $0x1, %r8d
   499: 488b4c2438                     movq 0x38(%rsp), %rcx
   49e: 4889da                         movq %rbx, %rdx
   4a1: 41ff5738                       callq *0x38(%r15)
   4a5: 4889c5                         movq %rax, %rbp
   4a8: 488b0b                         movq (%rbx), %rcx
   4ab: f6c101                         testb $0x1, %cl
   4ae: 7509                           jne 0x9
   4b0: 48ff09                         decq (%rcx)
   4b3: 0f84f0000000                   je 0xf0
   4b9: 49ff0f                         decq (%r15)
   4bc: 7508                           jne 0x8
   4be: 4c89f9                         movq %r15, %rcx
   4c1: e800000000                     callq 0x0
        # hole +0x4c2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4c6: 4885ed                         testq %rbp, %rbp
   4c9: 0f8446020000                   je 0x246
   4cf: 49896d00                       movq %rbp, (%r13)
   4d3: 498b442418                     movq 0x18(%r12), %rax
   4d8: 488b8890000000                 movq 0x90(%rax), %rcx
   4df: 4889a890000000                 movq %rbp, 0x90(%rax)
   4e6: f6c101                         testb $0x1, %cl
   4e9: 750a                           jne 0xa
   4eb: 48ff09                         decq (%rcx)
   4ee: 7505                           jne 0x5
   4f0: e800000000                     callq 0x0
        # hole +0x4f1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4f5: 498b442418                     movq 0x18(%r12), %rax
   4fa: 488b80b8000000                 movq 0xb8(%rax), %rax
   501: a801                           testb $0x1, %al
   503: 4889f1                         movq %rsi, %rcx
   506: 7503                           jne 0x3
   508: 48ff00                         incq (%rax)
   50b: 49894500                       movq %rax, (%r13)
   50f: 498b442418                     movq 0x18(%r12), %rax
   514: 488b80a0000000                 movq 0xa0(%rax), %rax
   51b: a801                           testb $0x1, %al
   51d: 7503                           jne 0x3
   51f: 48ff00                         incq (%rax)
   522: 488903                         movq %rax, (%rbx)
   525: 498b442418                     movq 0x18(%r12), %rax
   52a: 488b80a8000000                 movq 0xa8(%rax), %rax
   531: a801                           testb $0x1, %al
   533: 7503                           jne 0x3
   535: 48ff00                         incq (%rax)
   538: 49894510                       movq %rax, 0x10(%r13)
   53c: 4d8b7d00                       movq (%r13), %r15
   540: 488d7927                       leaq 0x27(%rcx), %rdi
   544: 41be9a010000                   movl $0x19a, %r14d
   54a: 41f6c701                       testb $0x1, %r15b
   54e: 0f858f010000                   jne 0x18f
   554: 41837f0808                     cmpl $0x8, 0x8(%r15)
   559: 0f8584010000                   jne 0x184
   55f: 41b802000000                   movl $0x2, %r8d
   565: 488b4c2438                     movq 0x38(%rsp), %rcx
   56a: 4889da                         movq %rbx, %rdx
   56d: 41ff5738                       callq *0x38(%r15)
   571: 4889c5                         movq %rax, %rbp
   574: 488b0b                         movq (%rbx), %rcx
   577: f6c101                         testb $0x1, %cl
   57a: 7505                           jne 0x5
   57c: 48ff09                         decq (%rcx)
   57f: 743b                           je 0x3b
   581: 498b4d10                       movq 0x10(%r13), %rcx
   585: f6c101                         testb $0x1, %cl
   588: 7540                           jne 0x40
   58a: 48ff09                         decq (%rcx)
   58d: 753b                           jne 0x3b
   58f: e800000000                     callq 0x0
        # hole +0x590: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   594: eb34                           jmp 0x34
   596: e800000000                     callq 0x0
        # hole +0x597: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   59b: 49ff0f                         decq (%r15)
   59e: 0f8571feffff                   jne -0x18f
   5a4: e964feffff                     jmp -0x19c
   5a9: e800000000                     callq 0x0
        # hole +0x5aa: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5ae: 49ff0f                         decq (%r15)
   5b1: 0f850fffffff                   jne -0xf1
   5b7: e902ffffff                     jmp -0xfe
   5bc: e800000000                     callq 0x0
        # hole +0x5bd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5c1: 498b4d10                       movq 0x10(%r13), %rcx
   5c5: f6c101                         testb $0x1, %cl
   5c8: 74c0                           je -0x40
   5ca: 49ff0f                         decq (%r15)
   5cd: 7508                           jne 0x8
   5cf: 4c89f9                         movq %r15, %rcx
   5d2: e800000000                     callq 0x0
        # hole +0x5d3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5d7: 4885ed                         testq %rbp, %rbp
   5da: 0f8435010000                   je 0x135
   5e0: 49896d00                       movq %rbp, (%r13)
   5e4: 498b442418                     movq 0x18(%r12), %rax
   5e9: 488b88b0000000                 movq 0xb0(%rax), %rcx
   5f0: 4889a8b0000000                 movq %rbp, 0xb0(%rax)
   5f7: f6c101                         testb $0x1, %cl
   5fa: 750a                           jne 0xa
   5fc: 48ff09                         decq (%rcx)
   5ff: 7505                           jne 0x5
   601: e800000000                     callq 0x0
        # hole +0x602: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   606: 498b442418                     movq 0x18(%r12), %rax
   60b: 4c8bb8d0000000                 movq 0xd0(%rax), %r15
   612: 41f6c701                       testb $0x1, %r15b
   616: 4889f7                         movq %rsi, %rdi
   619: 7503                           jne 0x3
   61b: 49ff07                         incq (%r15)
   61e: 4d897d00                       movq %r15, (%r13)
   622: 498b442418                     movq 0x18(%r12), %rax
   627: 488b80c0000000                 movq 0xc0(%rax), %rax
   62e: a801                           testb $0x1, %al
   630: 7507                           jne 0x7
   632: 48ff00                         incq (%rax)
   635: 4d8b7d00                       movq (%r13), %r15
   639: 488903                         movq %rax, (%rbx)
   63c: 4883c72d                       addq $0x2d, %rdi
   640: 41bed6010000                   movl $0x1d6, %r14d
   646: 41f6c701                       testb $0x1, %r15b
   64a: 0f859d000000                   jne 0x9d
   650: 41837f0808                     cmpl $0x8, 0x8(%r15)
   655: 0f8592000000                   jne 0x92
   65b: 41b801000000                   movl $0x1, %r8d
   661: 488b4c2438                     movq 0x38(%rsp), %rcx
   666: 4889da                         movq %rbx, %rdx
   669: 41ff5738                       callq *0x38(%r15)
   66d: 4889c6                         movq %rax, %rsi
   670: 488b0b                         movq (%rbx), %rcx
   673: f6c101                         testb $0x1, %cl
   676: 7505                           jne 0x5
   678: 48ff09                         decq (%rcx)
   67b: 7446                           je 0x46
   67d: 49ff0f                         decq (%r15)
   680: 7508                           jne 0x8
   682: 4c89f9                         movq %r15, %rcx
   685: e800000000                     callq 0x0
        # hole +0x686: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   68a: 4885f6                         testq %rsi, %rsi
   68d: 0f8482000000                   je 0x82
   693: 49897500                       movq %rsi, (%r13)
   697: 498b442418                     movq 0x18(%r12), %rax
   69c: 488b88c8000000                 movq 0xc8(%rax), %rcx
   6a3: 4889b0c8000000                 movq %rsi, 0xc8(%rax)
   6aa: f6c101                         testb $0x1, %cl
   6ad: 7505                           jne 0x5
   6af: 48ff09                         decq (%rcx)
   6b2: 741b                           je 0x1b
   6b4: 4c8b742438                     movq 0x38(%rsp), %r14
   6b9: 4883c450                       addq $0x50, %rsp
   6bd: 5d                             popq %rbp
   6be: e900000000                     jmp 0x0
        # hole +0x6bf: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   6c3: e800000000                     callq 0x0
        # hole +0x6c4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6c8: 49ff0f                         decq (%r15)
   6cb: 75bd                           jne -0x43
   6cd: ebb3                           jmp -0x4d
   6cf: e800000000                     callq 0x0
        # hole +0x6d0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6d4: 4c8b742438                     movq 0x38(%rsp), %r14
   6d9: 4883c450                       addq $0x50, %rsp
   6dd: 5d                             popq %rbp
   6de: e900000000                     jmp 0x0
        # hole +0x6df: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   6e3: 488b542448                     movq 0x48(%rsp), %rdx
   6e8: eb08                           jmp 0x8
   6ea: 4889f7                         movq %rsi, %rdi
   6ed: 488b542440                     movq 0x40(%rsp), %rdx
   6f2: 41b901000000                   movl $0x1, %r9d
   6f8: 4c89742428                     movq %r14, 0x28(%rsp)
   6fd: 48897c2420                     movq %rdi, 0x20(%rsp)
   702: 4c89e1                         movq %r12, %rcx
   705: 4c8b442438                     movq 0x38(%rsp), %r8
   70a: e800000000                     callq 0x0
        # hole +0x70b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   70f: 4883c450                       addq $0x50, %rsp
   713: 5d                             popq %rbp
   714: c3                             retq
   715: 4c89ea                         movq %r13, %rdx
   718: 41b903000000                   movl $0x3, %r9d
   71e: ebd8                           jmp -0x28
   720: 4c89ea                         movq %r13, %rdx
   723: 41b903000000                   movl $0x3, %r9d
   729: 4889f7                         movq %rsi, %rdi
   72c: ebca                           jmp -0x36
   72e: 488b542440                     movq 0x40(%rsp), %rdx
   733: ebc3                           jmp -0x3d
