# stencil startup_loads for x86_64-apple-darwin: 2373 code bytes, 80 data bytes, 67 holes
     0: 50                             pushq %rax
     1: 498b442418                     movq 0x18(%r12), %rax
     6: 488b08                         movq (%rax), %rcx
     9: f6c101                         testb $0x1, %cl
     c: 7503                           jne 0x3
     e: 48ff01                         incq (%rcx)
    11: 49894d00                       movq %rcx, (%r13)
    15: 488b5008                       movq 0x8(%rax), %rdx
    19: f6c201                         testb $0x1, %dl
    1c: 7503                           jne 0x3
    1e: 48ff02                         incq (%rdx)
    21: 49895508                       movq %rdx, 0x8(%r13)
    25: 89ce                           movl %ecx, %esi
    27: 21d6                           andl %edx, %esi
    29: 40f6c601                       testb $0x1, %sil
    2d: 0f84d1020000                   je 0x2d1
    33: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    3d: 48d1f9                         sarq %rcx
    40: 48d1fa                         sarq %rdx
    43: 4801ca                         addq %rcx, %rdx
    46: 4889d1                         movq %rdx, %rcx
    49: 4801d9                         addq %rbx, %rcx
    4c: 0f89c8020000                   jns 0x2c8
    52: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    5a: 49894d00                       movq %rcx, (%r13)
    5e: 488b7810                       movq 0x10(%rax), %rdi
    62: 48894810                       movq %rcx, 0x10(%rax)
    66: 40f6c701                       testb $0x1, %dil
    6a: 7509                           jne 0x9
    6c: 48ff0f                         decq (%rdi)
    6f: 0f84a7000000                   je 0xa7
    75: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x78: X86_64_RELOC_GOT_LOAD Rel32 data+68
    7c: f6c101                         testb $0x1, %cl
    7f: 7503                           jne 0x3
    81: 48ff01                         incq (%rcx)
    84: 49894d00                       movq %rcx, (%r13)
    88: 498b442418                     movq 0x18(%r12), %rax
    8d: 488b7818                       movq 0x18(%rax), %rdi
    91: 48894818                       movq %rcx, 0x18(%rax)
    95: 40f6c701                       testb $0x1, %dil
    99: 750f                           jne 0xf
    9b: 48ff0f                         decq (%rdi)
    9e: 750a                           jne 0xa
    a0: e800000000                     callq 0x0
        # hole +0xa1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a5: 498b442418                     movq 0x18(%r12), %rax
    aa: 49c745001f010000               movq $0x11f, (%r13)
    b2: 488b7820                       movq 0x20(%rax), %rdi
    b6: 48c740201f010000               movq $0x11f, 0x20(%rax)
    be: 40f6c701                       testb $0x1, %dil
    c2: 7505                           jne 0x5
    c4: 48ff0f                         decq (%rdi)
    c7: 746d                           je 0x6d
    c9: 488b4828                       movq 0x28(%rax), %rcx
    cd: f6c101                         testb $0x1, %cl
    d0: 7503                           jne 0x3
    d2: 48ff01                         incq (%rcx)
    d5: 49894d00                       movq %rcx, (%r13)
    d9: 488b5030                       movq 0x30(%rax), %rdx
    dd: f6c201                         testb $0x1, %dl
    e0: 7503                           jne 0x3
    e2: 48ff02                         incq (%rdx)
    e5: 49895508                       movq %rdx, 0x8(%r13)
    e9: 89ce                           movl %ecx, %esi
    eb: 21d6                           andl %edx, %esi
    ed: 40f6c601                       testb $0x1, %sil
    f1: 7558                           jne 0x58
    f3: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xf6: X86_64_RELOC_GOT_LOAD Rel32 data-4
    fa: 4983c00f                       addq $0xf, %r8
    fe: 41b996000000                   movl $0x96, %r9d
   104: 4983c510                       addq $0x10, %r13
   108: 4c89e7                         movq %r12, %rdi
   10b: 4c89ee                         movq %r13, %rsi
   10e: 4c89f2                         movq %r14, %rdx
   111: b901000000                     movl $0x1, %ecx
   116: 58                             popq %rax
   117: e900000000                     jmp 0x0
        # hole +0x118: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   11c: e800000000                     callq 0x0
        # hole +0x11d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   121: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x124: X86_64_RELOC_GOT_LOAD Rel32 data+68
   128: f6c101                         testb $0x1, %cl
   12b: 0f8450ffffff                   je -0xb0
   131: e94effffff                     jmp -0xb2
   136: e800000000                     callq 0x0
        # hole +0x137: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   13b: 498b442418                     movq 0x18(%r12), %rax
   140: 488b4828                       movq 0x28(%rax), %rcx
   144: f6c101                         testb $0x1, %cl
   147: 7489                           je -0x77
   149: eb8a                           jmp -0x76
   14b: 48d1f9                         sarq %rcx
   14e: 48d1fa                         sarq %rdx
   151: 4829d1                         subq %rdx, %rcx
   154: 4889ca                         movq %rcx, %rdx
   157: 4801da                         addq %rbx, %rdx
   15a: 0f89bf020000                   jns 0x2bf
   160: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   168: 49894d00                       movq %rcx, (%r13)
   16c: 488b7838                       movq 0x38(%rax), %rdi
   170: 48894838                       movq %rcx, 0x38(%rax)
   174: 40f6c701                       testb $0x1, %dil
   178: 750a                           jne 0xa
   17a: 48ff0f                         decq (%rdi)
   17d: 7505                           jne 0x5
   17f: e800000000                     callq 0x0
        # hole +0x180: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   184: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x187: X86_64_RELOC_GOT_LOAD Rel32 data+60
   18b: f6c101                         testb $0x1, %cl
   18e: 7503                           jne 0x3
   190: 48ff01                         incq (%rcx)
   193: 49894d00                       movq %rcx, (%r13)
   197: 498b442418                     movq 0x18(%r12), %rax
   19c: 488b7840                       movq 0x40(%rax), %rdi
   1a0: 48894840                       movq %rcx, 0x40(%rax)
   1a4: 40f6c701                       testb $0x1, %dil
   1a8: 750f                           jne 0xf
   1aa: 48ff0f                         decq (%rdi)
   1ad: 750a                           jne 0xa
   1af: e800000000                     callq 0x0
        # hole +0x1b0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1b4: 498b442418                     movq 0x18(%r12), %rax
   1b9: 49c745008f010000               movq $0x18f, (%r13)
   1c1: 488b7848                       movq 0x48(%rax), %rdi
   1c5: 48c740488f010000               movq $0x18f, 0x48(%rax)
   1cd: 40f6c701                       testb $0x1, %dil
   1d1: 750f                           jne 0xf
   1d3: 48ff0f                         decq (%rdi)
   1d6: 750a                           jne 0xa
   1d8: e800000000                     callq 0x0
        # hole +0x1d9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1dd: 498b442418                     movq 0x18(%r12), %rax
   1e2: 488b5050                       movq 0x50(%rax), %rdx
   1e6: f6c201                         testb $0x1, %dl
   1e9: 7503                           jne 0x3
   1eb: 48ff02                         incq (%rdx)
   1ee: 49895500                       movq %rdx, (%r13)
   1f2: 488b4858                       movq 0x58(%rax), %rcx
   1f6: f6c101                         testb $0x1, %cl
   1f9: 7503                           jne 0x3
   1fb: 48ff01                         incq (%rcx)
   1fe: 49894d08                       movq %rcx, 0x8(%r13)
   202: 89d6                           movl %edx, %esi
   204: 21ce                           andl %ecx, %esi
   206: 40f6c601                       testb $0x1, %sil
   20a: 7516                           jne 0x16
   20c: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x20f: X86_64_RELOC_GOT_LOAD Rel32 data-4
   213: 4983c01a                       addq $0x1a, %r8
   217: 41b904010000                   movl $0x104, %r9d
   21d: e9e2feffff                     jmp -0x11e
   222: 48d1fa                         sarq %rdx
   225: 48d1f9                         sarq %rcx
   228: 480fafca                       imulq %rdx, %rcx
   22c: 0f80f2020000                   jo 0x2f2
   232: 488d1419                       leaq (%rcx,%rbx), %rdx
   236: 4885d2                         testq %rdx, %rdx
   239: 0f89e5020000                   jns 0x2e5
   23f: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   247: 49894d00                       movq %rcx, (%r13)
   24b: 488b7860                       movq 0x60(%rax), %rdi
   24f: 48894860                       movq %rcx, 0x60(%rax)
   253: 40f6c701                       testb $0x1, %dil
   257: 750a                           jne 0xa
   259: 48ff0f                         decq (%rdi)
   25c: 7505                           jne 0x5
   25e: e800000000                     callq 0x0
        # hole +0x25f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   263: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x266: X86_64_RELOC_GOT_LOAD Rel32 data+52
   26a: f6c101                         testb $0x1, %cl
   26d: 7503                           jne 0x3
   26f: 48ff01                         incq (%rcx)
   272: 49894d00                       movq %rcx, (%r13)
   276: 498b442418                     movq 0x18(%r12), %rax
   27b: 488b7868                       movq 0x68(%rax), %rdi
   27f: 48894868                       movq %rcx, 0x68(%rax)
   283: 40f6c701                       testb $0x1, %dil
   287: 750f                           jne 0xf
   289: 48ff0f                         decq (%rdi)
   28c: 750a                           jne 0xa
   28e: e800000000                     callq 0x0
        # hole +0x28f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   293: 498b442418                     movq 0x18(%r12), %rax
   298: 49c7450005010000               movq $0x105, (%r13)
   2a0: 488b7870                       movq 0x70(%rax), %rdi
   2a4: 48c7407005010000               movq $0x105, 0x70(%rax)
   2ac: 40f6c701                       testb $0x1, %dil
   2b0: 750f                           jne 0xf
   2b2: 48ff0f                         decq (%rdi)
   2b5: 750a                           jne 0xa
   2b7: e800000000                     callq 0x0
        # hole +0x2b8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2bc: 498b442418                     movq 0x18(%r12), %rax
   2c1: 488b4878                       movq 0x78(%rax), %rcx
   2c5: f6c101                         testb $0x1, %cl
   2c8: 7503                           jne 0x3
   2ca: 48ff01                         incq (%rcx)
   2cd: 49894d00                       movq %rcx, (%r13)
   2d1: 488b9080000000                 movq 0x80(%rax), %rdx
   2d8: f6c201                         testb $0x1, %dl
   2db: 7503                           jne 0x3
   2dd: 48ff02                         incq (%rdx)
   2e0: 49895508                       movq %rdx, 0x8(%r13)
   2e4: 89ce                           movl %ecx, %esi
   2e6: 21d6                           andl %edx, %esi
   2e8: 40f6c601                       testb $0x1, %sil
   2ec: 7542                           jne 0x42
   2ee: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2f1: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2f5: 4983c025                       addq $0x25, %r8
   2f9: 41b972010000                   movl $0x172, %r9d
   2ff: e900feffff                     jmp -0x200
   304: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x307: X86_64_RELOC_GOT_LOAD Rel32 data-4
   30b: 4983c004                       addq $0x4, %r8
   30f: 41b928000000                   movl $0x28, %r9d
   315: e9eafdffff                     jmp -0x216
   31a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x31d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   321: 4983c005                       addq $0x5, %r8
   325: 41b932000000                   movl $0x32, %r9d
   32b: e9d4fdffff                     jmp -0x22c
   330: 48d1f9                         sarq %rcx
   333: 48d1fa                         sarq %rdx
   336: 4801ca                         addq %rcx, %rdx
   339: 4889d1                         movq %rdx, %rcx
   33c: 4801d9                         addq %rbx, %rcx
   33f: 0f89ec020000                   jns 0x2ec
   345: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   34d: 49894d00                       movq %rcx, (%r13)
   351: 488bb888000000                 movq 0x88(%rax), %rdi
   358: 48898888000000                 movq %rcx, 0x88(%rax)
   35f: 40f6c701                       testb $0x1, %dil
   363: 750a                           jne 0xa
   365: 48ff0f                         decq (%rdi)
   368: 7505                           jne 0x5
   36a: e800000000                     callq 0x0
        # hole +0x36b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   36f: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x372: X86_64_RELOC_GOT_LOAD Rel32 data+44
   376: f6c101                         testb $0x1, %cl
   379: 7503                           jne 0x3
   37b: 48ff01                         incq (%rcx)
   37e: 49894d00                       movq %rcx, (%r13)
   382: 498b442418                     movq 0x18(%r12), %rax
   387: 488bb890000000                 movq 0x90(%rax), %rdi
   38e: 48898890000000                 movq %rcx, 0x90(%rax)
   395: 40f6c701                       testb $0x1, %dil
   399: 750f                           jne 0xf
   39b: 48ff0f                         decq (%rdi)
   39e: 750a                           jne 0xa
   3a0: e800000000                     callq 0x0
        # hole +0x3a1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3a5: 498b442418                     movq 0x18(%r12), %rax
   3aa: 49c7450061000000               movq $0x61, (%r13)
   3b2: 488bb898000000                 movq 0x98(%rax), %rdi
   3b9: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   3c4: 40f6c701                       testb $0x1, %dil
   3c8: 750f                           jne 0xf
   3ca: 48ff0f                         decq (%rdi)
   3cd: 750a                           jne 0xa
   3cf: e800000000                     callq 0x0
        # hole +0x3d0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3d4: 498b442418                     movq 0x18(%r12), %rax
   3d9: 488b88a0000000                 movq 0xa0(%rax), %rcx
   3e0: f6c101                         testb $0x1, %cl
   3e3: 7503                           jne 0x3
   3e5: 48ff01                         incq (%rcx)
   3e8: 49894d00                       movq %rcx, (%r13)
   3ec: 488b90a8000000                 movq 0xa8(%rax), %rdx
   3f3: f6c201                         testb $0x1, %dl
   3f6: 7503                           jne 0x3
   3f8: 48ff02                         incq (%rdx)
   3fb: 49895508                       movq %rdx, 0x8(%r13)
   3ff: 89ce                           movl %ecx, %esi
   401: 21d6                           andl %edx, %esi
   403: 40f6c601                       testb $0x1, %sil
   407: 752c                           jne 0x2c
   409: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x40c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   410: 4983c030                       addq $0x30, %r8
   414: 41b9e0010000                   movl $0x1e0, %r9d
   41a: e9e5fcffff                     jmp -0x31b
   41f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x422: X86_64_RELOC_GOT_LOAD Rel32 data-4
   426: 4983c010                       addq $0x10, %r8
   42a: 41b9a0000000                   movl $0xa0, %r9d
   430: e9cffcffff                     jmp -0x331
   435: 48d1f9                         sarq %rcx
   438: 48d1fa                         sarq %rdx
   43b: 4829d1                         subq %rdx, %rcx
   43e: 4889ca                         movq %rcx, %rdx
   441: 4801da                         addq %rbx, %rdx
   444: 0f89ec020000                   jns 0x2ec
   44a: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   452: 49894d00                       movq %rcx, (%r13)
   456: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   45d: 488988b0000000                 movq %rcx, 0xb0(%rax)
   464: 40f6c701                       testb $0x1, %dil
   468: 750a                           jne 0xa
   46a: 48ff0f                         decq (%rdi)
   46d: 7505                           jne 0x5
   46f: e800000000                     callq 0x0
        # hole +0x470: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   474: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x477: X86_64_RELOC_GOT_LOAD Rel32 data+36
   47b: f6c101                         testb $0x1, %cl
   47e: 7503                           jne 0x3
   480: 48ff01                         incq (%rcx)
   483: 49894d00                       movq %rcx, (%r13)
   487: 498b442418                     movq 0x18(%r12), %rax
   48c: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   493: 488988b8000000                 movq %rcx, 0xb8(%rax)
   49a: 40f6c701                       testb $0x1, %dil
   49e: 750f                           jne 0xf
   4a0: 48ff0f                         decq (%rdi)
   4a3: 750a                           jne 0xa
   4a5: e800000000                     callq 0x0
        # hole +0x4a6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4aa: 498b442418                     movq 0x18(%r12), %rax
   4af: 49c7450007010000               movq $0x107, (%r13)
   4b7: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   4be: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   4c9: 40f6c701                       testb $0x1, %dil
   4cd: 750f                           jne 0xf
   4cf: 48ff0f                         decq (%rdi)
   4d2: 750a                           jne 0xa
   4d4: e800000000                     callq 0x0
        # hole +0x4d5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4d9: 498b442418                     movq 0x18(%r12), %rax
   4de: 488b90c8000000                 movq 0xc8(%rax), %rdx
   4e5: f6c201                         testb $0x1, %dl
   4e8: 7503                           jne 0x3
   4ea: 48ff02                         incq (%rdx)
   4ed: 49895500                       movq %rdx, (%r13)
   4f1: 488b88d0000000                 movq 0xd0(%rax), %rcx
   4f8: f6c101                         testb $0x1, %cl
   4fb: 7503                           jne 0x3
   4fd: 48ff01                         incq (%rcx)
   500: 49894d08                       movq %rcx, 0x8(%r13)
   504: 89d6                           movl %edx, %esi
   506: 21ce                           andl %ecx, %esi
   508: 40f6c601                       testb $0x1, %sil
   50c: 752c                           jne 0x2c
   50e: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x511: X86_64_RELOC_GOT_LOAD Rel32 data-4
   515: 4983c03b                       addq $0x3b, %r8
   519: 41b94e020000                   movl $0x24e, %r9d
   51f: e9e0fbffff                     jmp -0x420
   524: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x527: X86_64_RELOC_GOT_LOAD Rel32 data-4
   52b: 4983c01b                       addq $0x1b, %r8
   52f: 41b90e010000                   movl $0x10e, %r9d
   535: e9cafbffff                     jmp -0x436
   53a: 48d1fa                         sarq %rdx
   53d: 48d1f9                         sarq %rcx
   540: 480fafca                       imulq %rdx, %rcx
   544: 0f80f1020000                   jo 0x2f1
   54a: 488d1419                       leaq (%rcx,%rbx), %rdx
   54e: 4885d2                         testq %rdx, %rdx
   551: 0f89e4020000                   jns 0x2e4
   557: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   55f: 49894d00                       movq %rcx, (%r13)
   563: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   56a: 488988d8000000                 movq %rcx, 0xd8(%rax)
   571: 40f6c701                       testb $0x1, %dil
   575: 750a                           jne 0xa
   577: 48ff0f                         decq (%rdi)
   57a: 7505                           jne 0x5
   57c: e800000000                     callq 0x0
        # hole +0x57d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   581: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x584: X86_64_RELOC_GOT_LOAD Rel32 data+28
   588: f6c101                         testb $0x1, %cl
   58b: 7503                           jne 0x3
   58d: 48ff01                         incq (%rcx)
   590: 49894d00                       movq %rcx, (%r13)
   594: 498b442418                     movq 0x18(%r12), %rax
   599: 488bb8e0000000                 movq 0xe0(%rax), %rdi
   5a0: 488988e0000000                 movq %rcx, 0xe0(%rax)
   5a7: 40f6c701                       testb $0x1, %dil
   5ab: 750f                           jne 0xf
   5ad: 48ff0f                         decq (%rdi)
   5b0: 750a                           jne 0xa
   5b2: e800000000                     callq 0x0
        # hole +0x5b3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5b7: 498b442418                     movq 0x18(%r12), %rax
   5bc: 49c745003b010000               movq $0x13b, (%r13)
   5c4: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   5cb: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   5d6: 40f6c701                       testb $0x1, %dil
   5da: 750f                           jne 0xf
   5dc: 48ff0f                         decq (%rdi)
   5df: 750a                           jne 0xa
   5e1: e800000000                     callq 0x0
        # hole +0x5e2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5e6: 498b442418                     movq 0x18(%r12), %rax
   5eb: 488b88f0000000                 movq 0xf0(%rax), %rcx
   5f2: f6c101                         testb $0x1, %cl
   5f5: 7503                           jne 0x3
   5f7: 48ff01                         incq (%rcx)
   5fa: 49894d00                       movq %rcx, (%r13)
   5fe: 488b90f8000000                 movq 0xf8(%rax), %rdx
   605: f6c201                         testb $0x1, %dl
   608: 7503                           jne 0x3
   60a: 48ff02                         incq (%rdx)
   60d: 49895508                       movq %rdx, 0x8(%r13)
   611: 89ce                           movl %ecx, %esi
   613: 21d6                           andl %edx, %esi
   615: 40f6c601                       testb $0x1, %sil
   619: 752c                           jne 0x2c
   61b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x61e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   622: 4983c046                       addq $0x46, %r8
   626: 41b9bc020000                   movl $0x2bc, %r9d
   62c: e9d3faffff                     jmp -0x52d
   631: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x634: X86_64_RELOC_GOT_LOAD Rel32 data-4
   638: 4983c026                       addq $0x26, %r8
   63c: 41b97c010000                   movl $0x17c, %r9d
   642: e9bdfaffff                     jmp -0x543
   647: 48d1f9                         sarq %rcx
   64a: 48d1fa                         sarq %rdx
   64d: 4801ca                         addq %rcx, %rdx
   650: 4889d1                         movq %rdx, %rcx
   653: 4801d9                         addq %rbx, %rcx
   656: 0f89a7020000                   jns 0x2a7
   65c: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   664: 49894d00                       movq %rcx, (%r13)
   668: 488bb800010000                 movq 0x100(%rax), %rdi
   66f: 48898800010000                 movq %rcx, 0x100(%rax)
   676: 40f6c701                       testb $0x1, %dil
   67a: 750a                           jne 0xa
   67c: 48ff0f                         decq (%rdi)
   67f: 7505                           jne 0x5
   681: e800000000                     callq 0x0
        # hole +0x682: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   686: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x689: X86_64_RELOC_GOT_LOAD Rel32 data+20
   68d: f6c101                         testb $0x1, %cl
   690: 7503                           jne 0x3
   692: 48ff01                         incq (%rcx)
   695: 49894d00                       movq %rcx, (%r13)
   699: 498b442418                     movq 0x18(%r12), %rax
   69e: 488bb808010000                 movq 0x108(%rax), %rdi
   6a5: 48898808010000                 movq %rcx, 0x108(%rax)
   6ac: 40f6c701                       testb $0x1, %dil
   6b0: 750f                           jne 0xf
   6b2: 48ff0f                         decq (%rdi)
   6b5: 750a                           jne 0xa
   6b7: e800000000                     callq 0x0
        # hole +0x6b8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6bc: 498b442418                     movq 0x18(%r12), %rax
   6c1: 49c7450031000000               movq $0x31, (%r13)
   6c9: 488bb810010000                 movq 0x110(%rax), %rdi
   6d0: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   6db: 40f6c701                       testb $0x1, %dil
   6df: 750f                           jne 0xf
   6e1: 48ff0f                         decq (%rdi)
   6e4: 750a                           jne 0xa
   6e6: e800000000                     callq 0x0
        # hole +0x6e7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6eb: 498b442418                     movq 0x18(%r12), %rax
   6f0: 488b8818010000                 movq 0x118(%rax), %rcx
   6f7: f6c101                         testb $0x1, %cl
   6fa: 7503                           jne 0x3
   6fc: 48ff01                         incq (%rcx)
   6ff: 49894d00                       movq %rcx, (%r13)
   703: 488b9020010000                 movq 0x120(%rax), %rdx
   70a: f6c201                         testb $0x1, %dl
   70d: 7503                           jne 0x3
   70f: 48ff02                         incq (%rdx)
   712: 49895508                       movq %rdx, 0x8(%r13)
   716: 89ce                           movl %ecx, %esi
   718: 21d6                           andl %edx, %esi
   71a: 40f6c601                       testb $0x1, %sil
   71e: 752c                           jne 0x2c
   720: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x723: X86_64_RELOC_GOT_LOAD Rel32 data-4
   727: 4983c051                       addq $0x51, %r8
   72b: 41b92a030000                   movl $0x32a, %r9d
   731: e9cef9ffff                     jmp -0x632
   736: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x739: X86_64_RELOC_GOT_LOAD Rel32 data-4
   73d: 4983c031                       addq $0x31, %r8
   741: 41b9ea010000                   movl $0x1ea, %r9d
   747: e9b8f9ffff                     jmp -0x648
   74c: 48d1f9                         sarq %rcx
   74f: 48d1fa                         sarq %rdx
   752: 4829d1                         subq %rdx, %rcx
   755: 4889ca                         movq %rcx, %rdx
   758: 4801da                         addq %rbx, %rdx
   75b: 0f89b8010000                   jns 0x1b8
   761: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   769: 49894d00                       movq %rcx, (%r13)
   76d: 488bb828010000                 movq 0x128(%rax), %rdi
   774: 48898828010000                 movq %rcx, 0x128(%rax)
   77b: 40f6c701                       testb $0x1, %dil
   77f: 750a                           jne 0xa
   781: 48ff0f                         decq (%rdi)
   784: 7505                           jne 0x5
   786: e800000000                     callq 0x0
        # hole +0x787: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   78b: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x78e: X86_64_RELOC_GOT_LOAD Rel32 data+12
   792: f6c101                         testb $0x1, %cl
   795: 7503                           jne 0x3
   797: 48ff01                         incq (%rcx)
   79a: 49894d00                       movq %rcx, (%r13)
   79e: 498b442418                     movq 0x18(%r12), %rax
   7a3: 488bb830010000                 movq 0x130(%rax), %rdi
   7aa: 48898830010000                 movq %rcx, 0x130(%rax)
   7b1: 40f6c701                       testb $0x1, %dil
   7b5: 750f                           jne 0xf
   7b7: 48ff0f                         decq (%rdi)
   7ba: 750a                           jne 0xa
   7bc: e800000000                     callq 0x0
        # hole +0x7bd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7c1: 498b442418                     movq 0x18(%r12), %rax
   7c6: 49c7450049000000               movq $0x49, (%r13)
   7ce: 488bb838010000                 movq 0x138(%rax), %rdi
   7d5: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   7e0: 40f6c701                       testb $0x1, %dil
   7e4: 750f                           jne 0xf
   7e6: 48ff0f                         decq (%rdi)
   7e9: 750a                           jne 0xa
   7eb: e800000000                     callq 0x0
        # hole +0x7ec: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7f0: 498b442418                     movq 0x18(%r12), %rax
   7f5: 488b9040010000                 movq 0x140(%rax), %rdx
   7fc: f6c201                         testb $0x1, %dl
   7ff: 7503                           jne 0x3
   801: 48ff02                         incq (%rdx)
   804: 49895500                       movq %rdx, (%r13)
   808: 488b8848010000                 movq 0x148(%rax), %rcx
   80f: f6c101                         testb $0x1, %cl
   812: 7503                           jne 0x3
   814: 48ff01                         incq (%rcx)
   817: 49894d08                       movq %rcx, 0x8(%r13)
   81b: 89d6                           movl %edx, %esi
   81d: 21ce                           andl %ecx, %esi
   81f: 40f6c601                       testb $0x1, %sil
   823: 752c                           jne 0x2c
   825: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x828: X86_64_RELOC_GOT_LOAD Rel32 data-4
   82c: 4983c05c                       addq $0x5c, %r8
   830: 41b998030000                   movl $0x398, %r9d
   836: e9c9f8ffff                     jmp -0x737
   83b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x83e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   842: 4983c03c                       addq $0x3c, %r8
   846: 41b958020000                   movl $0x258, %r9d
   84c: e9b3f8ffff                     jmp -0x74d
   851: 48d1fa                         sarq %rdx
   854: 48d1f9                         sarq %rcx
   857: 480fafca                       imulq %rdx, %rcx
   85b: 0f80ce000000                   jo 0xce
   861: 488d1419                       leaq (%rcx,%rbx), %rdx
   865: 4885d2                         testq %rdx, %rdx
   868: 0f89c1000000                   jns 0xc1
   86e: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   876: 49894d00                       movq %rcx, (%r13)
   87a: 488bb850010000                 movq 0x150(%rax), %rdi
   881: 48898850010000                 movq %rcx, 0x150(%rax)
   888: 40f6c701                       testb $0x1, %dil
   88c: 750a                           jne 0xa
   88e: 48ff0f                         decq (%rdi)
   891: 7505                           jne 0x5
   893: e800000000                     callq 0x0
        # hole +0x894: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   898: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x89b: X86_64_RELOC_GOT_LOAD Rel32 data+4
   89f: f6c101                         testb $0x1, %cl
   8a2: 7503                           jne 0x3
   8a4: 48ff01                         incq (%rcx)
   8a7: 49894d00                       movq %rcx, (%r13)
   8ab: 498b442418                     movq 0x18(%r12), %rax
   8b0: 488bb858010000                 movq 0x158(%rax), %rdi
   8b7: 48898858010000                 movq %rcx, 0x158(%rax)
   8be: 40f6c701                       testb $0x1, %dil
   8c2: 750f                           jne 0xf
   8c4: 48ff0f                         decq (%rdi)
   8c7: 750a                           jne 0xa
   8c9: e800000000                     callq 0x0
        # hole +0x8ca: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8ce: 498b442418                     movq 0x18(%r12), %rax
   8d3: 49c7450063010000               movq $0x163, (%r13)
   8db: 488bb860010000                 movq 0x160(%rax), %rdi
   8e2: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   8ed: 40f6c701                       testb $0x1, %dil
   8f1: 750a                           jne 0xa
   8f3: 48ff0f                         decq (%rdi)
   8f6: 7505                           jne 0x5
   8f8: e800000000                     callq 0x0
        # hole +0x8f9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8fd: 58                             popq %rax
   8fe: e900000000                     jmp 0x0
        # hole +0x8ff: X86_64_RELOC_BRANCH Rel32 continue-4
   903: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x906: X86_64_RELOC_GOT_LOAD Rel32 data-4
   90a: 4983c047                       addq $0x47, %r8
   90e: 41b9c6020000                   movl $0x2c6, %r9d
   914: e9ebf7ffff                     jmp -0x815
   919: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x91c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   920: 4983c052                       addq $0x52, %r8
   924: 41b934030000                   movl $0x334, %r9d
   92a: e9d5f7ffff                     jmp -0x82b
   92f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x932: X86_64_RELOC_GOT_LOAD Rel32 data-4
   936: 4983c05d                       addq $0x5d, %r8
   93a: 41b9a2030000                   movl $0x3a2, %r9d
   940: e9bff7ffff                     jmp -0x841
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[95]+0
        # hole data+0x10: GOT Abs64 operand0[84]+0
        # hole data+0x18: GOT Abs64 operand0[73]+0
        # hole data+0x20: GOT Abs64 operand0[62]+0
        # hole data+0x28: GOT Abs64 operand0[51]+0
        # hole data+0x30: GOT Abs64 operand0[40]+0
        # hole data+0x38: GOT Abs64 operand0[29]+0
        # hole data+0x40: GOT Abs64 operand0[18]+0
        # hole data+0x48: GOT Abs64 operand0[7]+0
