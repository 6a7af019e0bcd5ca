# stencil startup_loads for x86_64-apple-darwin: 2254 code bytes, 80 data bytes, 50 holes
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
    2d: 0f84d2020000                   je 0x2d2
    33: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    3d: 48d1f9                         sarq %rcx
    40: 48d1fa                         sarq %rdx
    43: 4801ca                         addq %rcx, %rdx
    46: 4889d1                         movq %rdx, %rcx
    49: 4801d9                         addq %rbx, %rcx
    4c: 0f89c3020000                   jns 0x2c3
    52: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    5a: 49894d00                       movq %rcx, (%r13)
    5e: 488b7810                       movq 0x10(%rax), %rdi
    62: 48894810                       movq %rcx, 0x10(%rax)
    66: 40f6c701                       testb $0x1, %dil
    6a: 7509                           jne 0x9
    6c: 48ff0f                         decq (%rdi)
    6f: 0f84ab000000                   je 0xab
    75: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x78: X86_64_RELOC_GOT_LOAD Rel32 data+60
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
    c7: 7471                           je 0x71
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
    f1: 755c                           jne 0x5c
    f3: 41b996000000                   movl $0x96, %r9d
    f9: b80f000000                     movl $0xf, %eax
    fe: 4983c510                       addq $0x10, %r13
   102: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x105: X86_64_RELOC_GOT_LOAD Rel32 data+68
   109: 4901c0                         addq %rax, %r8
   10c: 4c89e7                         movq %r12, %rdi
   10f: 4c89ee                         movq %r13, %rsi
   112: 4c89f2                         movq %r14, %rdx
   115: b901000000                     movl $0x1, %ecx
   11a: 58                             popq %rax
   11b: e900000000                     jmp 0x0
        # hole +0x11c: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   120: e800000000                     callq 0x0
        # hole +0x121: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   125: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x128: X86_64_RELOC_GOT_LOAD Rel32 data+60
   12c: f6c101                         testb $0x1, %cl
   12f: 0f844cffffff                   je -0xb4
   135: e94affffff                     jmp -0xb6
   13a: e800000000                     callq 0x0
        # hole +0x13b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   13f: 498b442418                     movq 0x18(%r12), %rax
   144: 488b4828                       movq 0x28(%rax), %rcx
   148: f6c101                         testb $0x1, %cl
   14b: 7485                           je -0x7b
   14d: eb86                           jmp -0x7a
   14f: 48d1f9                         sarq %rcx
   152: 48d1fa                         sarq %rdx
   155: 4829d1                         subq %rdx, %rcx
   158: 4889ca                         movq %rcx, %rdx
   15b: 4801da                         addq %rbx, %rdx
   15e: 0f89aa020000                   jns 0x2aa
   164: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   16c: 49894d00                       movq %rcx, (%r13)
   170: 488b7838                       movq 0x38(%rax), %rdi
   174: 48894838                       movq %rcx, 0x38(%rax)
   178: 40f6c701                       testb $0x1, %dil
   17c: 750a                           jne 0xa
   17e: 48ff0f                         decq (%rdi)
   181: 7505                           jne 0x5
   183: e800000000                     callq 0x0
        # hole +0x184: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   188: 488b0500000000                 movq (%rip), %rax
        # hole +0x18b: X86_64_RELOC_GOT_LOAD Rel32 data+52
   18f: a801                           testb $0x1, %al
   191: 7503                           jne 0x3
   193: 48ff00                         incq (%rax)
   196: 49894500                       movq %rax, (%r13)
   19a: 498b4c2418                     movq 0x18(%r12), %rcx
   19f: 488b7940                       movq 0x40(%rcx), %rdi
   1a3: 48894140                       movq %rax, 0x40(%rcx)
   1a7: 40f6c701                       testb $0x1, %dil
   1ab: 750f                           jne 0xf
   1ad: 48ff0f                         decq (%rdi)
   1b0: 750a                           jne 0xa
   1b2: e800000000                     callq 0x0
        # hole +0x1b3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1b7: 498b4c2418                     movq 0x18(%r12), %rcx
   1bc: 49c745008f010000               movq $0x18f, (%r13)
   1c4: 488b7948                       movq 0x48(%rcx), %rdi
   1c8: 48c741488f010000               movq $0x18f, 0x48(%rcx)
   1d0: 40f6c701                       testb $0x1, %dil
   1d4: 750f                           jne 0xf
   1d6: 48ff0f                         decq (%rdi)
   1d9: 750a                           jne 0xa
   1db: e800000000                     callq 0x0
        # hole +0x1dc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1e0: 498b4c2418                     movq 0x18(%r12), %rcx
   1e5: 488b4150                       movq 0x50(%rcx), %rax
   1e9: a801                           testb $0x1, %al
   1eb: 7503                           jne 0x3
   1ed: 48ff00                         incq (%rax)
   1f0: 49894500                       movq %rax, (%r13)
   1f4: 488b5158                       movq 0x58(%rcx), %rdx
   1f8: f6c201                         testb $0x1, %dl
   1fb: 7503                           jne 0x3
   1fd: 48ff02                         incq (%rdx)
   200: 49895508                       movq %rdx, 0x8(%r13)
   204: 89c6                           movl %eax, %esi
   206: 21d6                           andl %edx, %esi
   208: 40f6c601                       testb $0x1, %sil
   20c: 7510                           jne 0x10
   20e: 41b904010000                   movl $0x104, %r9d
   214: b81a000000                     movl $0x1a, %eax
   219: e9e0feffff                     jmp -0x120
   21e: 48d1f8                         sarq %rax
   221: 48d1fa                         sarq %rdx
   224: 480fafd0                       imulq %rax, %rdx
   228: 41b90e010000                   movl $0x10e, %r9d
   22e: b81b000000                     movl $0x1b, %eax
   233: 0f80c5feffff                   jo -0x13b
   239: 488d341a                       leaq (%rdx,%rbx), %rsi
   23d: 4885f6                         testq %rsi, %rsi
   240: 0f89b8feffff                   jns -0x148
   246: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   24e: 49894500                       movq %rax, (%r13)
   252: 488b7960                       movq 0x60(%rcx), %rdi
   256: 48894160                       movq %rax, 0x60(%rcx)
   25a: 40f6c701                       testb $0x1, %dil
   25e: 750a                           jne 0xa
   260: 48ff0f                         decq (%rdi)
   263: 7505                           jne 0x5
   265: e800000000                     callq 0x0
        # hole +0x266: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   26a: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x26d: X86_64_RELOC_GOT_LOAD Rel32 data+44
   271: f6c101                         testb $0x1, %cl
   274: 7503                           jne 0x3
   276: 48ff01                         incq (%rcx)
   279: 49894d00                       movq %rcx, (%r13)
   27d: 498b442418                     movq 0x18(%r12), %rax
   282: 488b7868                       movq 0x68(%rax), %rdi
   286: 48894868                       movq %rcx, 0x68(%rax)
   28a: 40f6c701                       testb $0x1, %dil
   28e: 750f                           jne 0xf
   290: 48ff0f                         decq (%rdi)
   293: 750a                           jne 0xa
   295: e800000000                     callq 0x0
        # hole +0x296: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   29a: 498b442418                     movq 0x18(%r12), %rax
   29f: 49c7450005010000               movq $0x105, (%r13)
   2a7: 488b7870                       movq 0x70(%rax), %rdi
   2ab: 48c7407005010000               movq $0x105, 0x70(%rax)
   2b3: 40f6c701                       testb $0x1, %dil
   2b7: 750f                           jne 0xf
   2b9: 48ff0f                         decq (%rdi)
   2bc: 750a                           jne 0xa
   2be: e800000000                     callq 0x0
        # hole +0x2bf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2c3: 498b442418                     movq 0x18(%r12), %rax
   2c8: 488b4878                       movq 0x78(%rax), %rcx
   2cc: f6c101                         testb $0x1, %cl
   2cf: 7503                           jne 0x3
   2d1: 48ff01                         incq (%rcx)
   2d4: 49894d00                       movq %rcx, (%r13)
   2d8: 488b9080000000                 movq 0x80(%rax), %rdx
   2df: f6c201                         testb $0x1, %dl
   2e2: 7503                           jne 0x3
   2e4: 48ff02                         incq (%rdx)
   2e7: 49895508                       movq %rdx, 0x8(%r13)
   2eb: 89ce                           movl %ecx, %esi
   2ed: 21d6                           andl %edx, %esi
   2ef: 40f6c601                       testb $0x1, %sil
   2f3: 7530                           jne 0x30
   2f5: 41b972010000                   movl $0x172, %r9d
   2fb: b825000000                     movl $0x25, %eax
   300: e9f9fdffff                     jmp -0x207
   305: 41b928000000                   movl $0x28, %r9d
   30b: b804000000                     movl $0x4, %eax
   310: e9e9fdffff                     jmp -0x217
   315: 41b932000000                   movl $0x32, %r9d
   31b: b805000000                     movl $0x5, %eax
   320: e9d9fdffff                     jmp -0x227
   325: 48d1f9                         sarq %rcx
   328: 48d1fa                         sarq %rdx
   32b: 4801ca                         addq %rcx, %rdx
   32e: 4889d1                         movq %rdx, %rcx
   331: 4801d9                         addq %rbx, %rcx
   334: 0f89c7020000                   jns 0x2c7
   33a: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   342: 49894d00                       movq %rcx, (%r13)
   346: 488bb888000000                 movq 0x88(%rax), %rdi
   34d: 48898888000000                 movq %rcx, 0x88(%rax)
   354: 40f6c701                       testb $0x1, %dil
   358: 750a                           jne 0xa
   35a: 48ff0f                         decq (%rdi)
   35d: 7505                           jne 0x5
   35f: e800000000                     callq 0x0
        # hole +0x360: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   364: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x367: X86_64_RELOC_GOT_LOAD Rel32 data+36
   36b: f6c101                         testb $0x1, %cl
   36e: 7503                           jne 0x3
   370: 48ff01                         incq (%rcx)
   373: 49894d00                       movq %rcx, (%r13)
   377: 498b442418                     movq 0x18(%r12), %rax
   37c: 488bb890000000                 movq 0x90(%rax), %rdi
   383: 48898890000000                 movq %rcx, 0x90(%rax)
   38a: 40f6c701                       testb $0x1, %dil
   38e: 750f                           jne 0xf
   390: 48ff0f                         decq (%rdi)
   393: 750a                           jne 0xa
   395: e800000000                     callq 0x0
        # hole +0x396: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   39a: 498b442418                     movq 0x18(%r12), %rax
   39f: 49c7450061000000               movq $0x61, (%r13)
   3a7: 488bb898000000                 movq 0x98(%rax), %rdi
   3ae: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   3b9: 40f6c701                       testb $0x1, %dil
   3bd: 750f                           jne 0xf
   3bf: 48ff0f                         decq (%rdi)
   3c2: 750a                           jne 0xa
   3c4: e800000000                     callq 0x0
        # hole +0x3c5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3c9: 498b442418                     movq 0x18(%r12), %rax
   3ce: 488b88a0000000                 movq 0xa0(%rax), %rcx
   3d5: f6c101                         testb $0x1, %cl
   3d8: 7503                           jne 0x3
   3da: 48ff01                         incq (%rcx)
   3dd: 49894d00                       movq %rcx, (%r13)
   3e1: 488b90a8000000                 movq 0xa8(%rax), %rdx
   3e8: f6c201                         testb $0x1, %dl
   3eb: 7503                           jne 0x3
   3ed: 48ff02                         incq (%rdx)
   3f0: 49895508                       movq %rdx, 0x8(%r13)
   3f4: 89ce                           movl %ecx, %esi
   3f6: 21d6                           andl %edx, %esi
   3f8: 40f6c601                       testb $0x1, %sil
   3fc: 7520                           jne 0x20
   3fe: 41b9e0010000                   movl $0x1e0, %r9d
   404: b830000000                     movl $0x30, %eax
   409: e9f0fcffff                     jmp -0x310
   40e: 41b9a0000000                   movl $0xa0, %r9d
   414: b810000000                     movl $0x10, %eax
   419: e9e0fcffff                     jmp -0x320
   41e: 48d1f9                         sarq %rcx
   421: 48d1fa                         sarq %rdx
   424: 4829d1                         subq %rdx, %rcx
   427: 4889ca                         movq %rcx, %rdx
   42a: 4801da                         addq %rbx, %rdx
   42d: 0f89c7020000                   jns 0x2c7
   433: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   43b: 49894d00                       movq %rcx, (%r13)
   43f: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   446: 488988b0000000                 movq %rcx, 0xb0(%rax)
   44d: 40f6c701                       testb $0x1, %dil
   451: 750a                           jne 0xa
   453: 48ff0f                         decq (%rdi)
   456: 7505                           jne 0x5
   458: e800000000                     callq 0x0
        # hole +0x459: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   45d: 488b0500000000                 movq (%rip), %rax
        # hole +0x460: X86_64_RELOC_GOT_LOAD Rel32 data+28
   464: a801                           testb $0x1, %al
   466: 7503                           jne 0x3
   468: 48ff00                         incq (%rax)
   46b: 49894500                       movq %rax, (%r13)
   46f: 498b4c2418                     movq 0x18(%r12), %rcx
   474: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   47b: 488981b8000000                 movq %rax, 0xb8(%rcx)
   482: 40f6c701                       testb $0x1, %dil
   486: 750f                           jne 0xf
   488: 48ff0f                         decq (%rdi)
   48b: 750a                           jne 0xa
   48d: e800000000                     callq 0x0
        # hole +0x48e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   492: 498b4c2418                     movq 0x18(%r12), %rcx
   497: 49c7450007010000               movq $0x107, (%r13)
   49f: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   4a6: 48c781c000000007010000         movq $0x107, 0xc0(%rcx)
   4b1: 40f6c701                       testb $0x1, %dil
   4b5: 750f                           jne 0xf
   4b7: 48ff0f                         decq (%rdi)
   4ba: 750a                           jne 0xa
   4bc: e800000000                     callq 0x0
        # hole +0x4bd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4c1: 498b4c2418                     movq 0x18(%r12), %rcx
   4c6: 488b81c8000000                 movq 0xc8(%rcx), %rax
   4cd: a801                           testb $0x1, %al
   4cf: 7503                           jne 0x3
   4d1: 48ff00                         incq (%rax)
   4d4: 49894500                       movq %rax, (%r13)
   4d8: 488b91d0000000                 movq 0xd0(%rcx), %rdx
   4df: f6c201                         testb $0x1, %dl
   4e2: 7503                           jne 0x3
   4e4: 48ff02                         incq (%rdx)
   4e7: 49895508                       movq %rdx, 0x8(%r13)
   4eb: 89c6                           movl %eax, %esi
   4ed: 21d6                           andl %edx, %esi
   4ef: 40f6c601                       testb $0x1, %sil
   4f3: 7510                           jne 0x10
   4f5: 41b94e020000                   movl $0x24e, %r9d
   4fb: b83b000000                     movl $0x3b, %eax
   500: e9f9fbffff                     jmp -0x407
   505: 48d1f8                         sarq %rax
   508: 48d1fa                         sarq %rdx
   50b: 480fafd0                       imulq %rax, %rdx
   50f: 41b958020000                   movl $0x258, %r9d
   515: b83c000000                     movl $0x3c, %eax
   51a: 0f80defbffff                   jo -0x422
   520: 488d341a                       leaq (%rdx,%rbx), %rsi
   524: 4885f6                         testq %rsi, %rsi
   527: 0f89d1fbffff                   jns -0x42f
   52d: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   535: 49894500                       movq %rax, (%r13)
   539: 488bb9d8000000                 movq 0xd8(%rcx), %rdi
   540: 488981d8000000                 movq %rax, 0xd8(%rcx)
   547: 40f6c701                       testb $0x1, %dil
   54b: 750a                           jne 0xa
   54d: 48ff0f                         decq (%rdi)
   550: 7505                           jne 0x5
   552: e800000000                     callq 0x0
        # hole +0x553: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   557: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x55a: X86_64_RELOC_GOT_LOAD Rel32 data+20
   55e: f6c101                         testb $0x1, %cl
   561: 7503                           jne 0x3
   563: 48ff01                         incq (%rcx)
   566: 49894d00                       movq %rcx, (%r13)
   56a: 498b442418                     movq 0x18(%r12), %rax
   56f: 488bb8e0000000                 movq 0xe0(%rax), %rdi
   576: 488988e0000000                 movq %rcx, 0xe0(%rax)
   57d: 40f6c701                       testb $0x1, %dil
   581: 750f                           jne 0xf
   583: 48ff0f                         decq (%rdi)
   586: 750a                           jne 0xa
   588: e800000000                     callq 0x0
        # hole +0x589: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   58d: 498b442418                     movq 0x18(%r12), %rax
   592: 49c745003b010000               movq $0x13b, (%r13)
   59a: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   5a1: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   5ac: 40f6c701                       testb $0x1, %dil
   5b0: 750f                           jne 0xf
   5b2: 48ff0f                         decq (%rdi)
   5b5: 750a                           jne 0xa
   5b7: e800000000                     callq 0x0
        # hole +0x5b8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5bc: 498b442418                     movq 0x18(%r12), %rax
   5c1: 488b88f0000000                 movq 0xf0(%rax), %rcx
   5c8: f6c101                         testb $0x1, %cl
   5cb: 7503                           jne 0x3
   5cd: 48ff01                         incq (%rcx)
   5d0: 49894d00                       movq %rcx, (%r13)
   5d4: 488b90f8000000                 movq 0xf8(%rax), %rdx
   5db: f6c201                         testb $0x1, %dl
   5de: 7503                           jne 0x3
   5e0: 48ff02                         incq (%rdx)
   5e3: 49895508                       movq %rdx, 0x8(%r13)
   5e7: 89ce                           movl %ecx, %esi
   5e9: 21d6                           andl %edx, %esi
   5eb: 40f6c601                       testb $0x1, %sil
   5ef: 7520                           jne 0x20
   5f1: 41b9bc020000                   movl $0x2bc, %r9d
   5f7: b846000000                     movl $0x46, %eax
   5fc: e9fdfaffff                     jmp -0x503
   601: 41b97c010000                   movl $0x17c, %r9d
   607: b826000000                     movl $0x26, %eax
   60c: e9edfaffff                     jmp -0x513
   611: 48d1f9                         sarq %rcx
   614: 48d1fa                         sarq %rdx
   617: 4801ca                         addq %rcx, %rdx
   61a: 4889d1                         movq %rdx, %rcx
   61d: 4801d9                         addq %rbx, %rcx
   620: 0f8988020000                   jns 0x288
   626: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   62e: 49894d00                       movq %rcx, (%r13)
   632: 488bb800010000                 movq 0x100(%rax), %rdi
   639: 48898800010000                 movq %rcx, 0x100(%rax)
   640: 40f6c701                       testb $0x1, %dil
   644: 750a                           jne 0xa
   646: 48ff0f                         decq (%rdi)
   649: 7505                           jne 0x5
   64b: e800000000                     callq 0x0
        # hole +0x64c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   650: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x653: X86_64_RELOC_GOT_LOAD Rel32 data+12
   657: f6c101                         testb $0x1, %cl
   65a: 7503                           jne 0x3
   65c: 48ff01                         incq (%rcx)
   65f: 49894d00                       movq %rcx, (%r13)
   663: 498b442418                     movq 0x18(%r12), %rax
   668: 488bb808010000                 movq 0x108(%rax), %rdi
   66f: 48898808010000                 movq %rcx, 0x108(%rax)
   676: 40f6c701                       testb $0x1, %dil
   67a: 750f                           jne 0xf
   67c: 48ff0f                         decq (%rdi)
   67f: 750a                           jne 0xa
   681: e800000000                     callq 0x0
        # hole +0x682: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   686: 498b442418                     movq 0x18(%r12), %rax
   68b: 49c7450031000000               movq $0x31, (%r13)
   693: 488bb810010000                 movq 0x110(%rax), %rdi
   69a: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   6a5: 40f6c701                       testb $0x1, %dil
   6a9: 750f                           jne 0xf
   6ab: 48ff0f                         decq (%rdi)
   6ae: 750a                           jne 0xa
   6b0: e800000000                     callq 0x0
        # hole +0x6b1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6b5: 498b442418                     movq 0x18(%r12), %rax
   6ba: 488b8818010000                 movq 0x118(%rax), %rcx
   6c1: f6c101                         testb $0x1, %cl
   6c4: 7503                           jne 0x3
   6c6: 48ff01                         incq (%rcx)
   6c9: 49894d00                       movq %rcx, (%r13)
   6cd: 488b9020010000                 movq 0x120(%rax), %rdx
   6d4: f6c201                         testb $0x1, %dl
   6d7: 7503                           jne 0x3
   6d9: 48ff02                         incq (%rdx)
   6dc: 49895508                       movq %rdx, 0x8(%r13)
   6e0: 89ce                           movl %ecx, %esi
   6e2: 21d6                           andl %edx, %esi
   6e4: 40f6c601                       testb $0x1, %sil
   6e8: 7520                           jne 0x20
   6ea: 41b92a030000                   movl $0x32a, %r9d
   6f0: b851000000                     movl $0x51, %eax
   6f5: e904faffff                     jmp -0x5fc
   6fa: 41b9ea010000                   movl $0x1ea, %r9d
   700: b831000000                     movl $0x31, %eax
   705: e9f4f9ffff                     jmp -0x60c
   70a: 48d1f9                         sarq %rcx
   70d: 48d1fa                         sarq %rdx
   710: 4829d1                         subq %rdx, %rcx
   713: 4889ca                         movq %rcx, %rdx
   716: 4801da                         addq %rbx, %rdx
   719: 0f899f010000                   jns 0x19f
   71f: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   727: 49894d00                       movq %rcx, (%r13)
   72b: 488bb828010000                 movq 0x128(%rax), %rdi
   732: 48898828010000                 movq %rcx, 0x128(%rax)
   739: 40f6c701                       testb $0x1, %dil
   73d: 750a                           jne 0xa
   73f: 48ff0f                         decq (%rdi)
   742: 7505                           jne 0x5
   744: e800000000                     callq 0x0
        # hole +0x745: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   749: 488b0500000000                 movq (%rip), %rax
        # hole +0x74c: X86_64_RELOC_GOT_LOAD Rel32 data+4
   750: a801                           testb $0x1, %al
   752: 7503                           jne 0x3
   754: 48ff00                         incq (%rax)
   757: 49894500                       movq %rax, (%r13)
   75b: 498b4c2418                     movq 0x18(%r12), %rcx
   760: 488bb930010000                 movq 0x130(%rcx), %rdi
   767: 48898130010000                 movq %rax, 0x130(%rcx)
   76e: 40f6c701                       testb $0x1, %dil
   772: 750f                           jne 0xf
   774: 48ff0f                         decq (%rdi)
   777: 750a                           jne 0xa
   779: e800000000                     callq 0x0
        # hole +0x77a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   77e: 498b4c2418                     movq 0x18(%r12), %rcx
   783: 49c7450049000000               movq $0x49, (%r13)
   78b: 488bb938010000                 movq 0x138(%rcx), %rdi
   792: 48c7813801000049000000         movq $0x49, 0x138(%rcx)
   79d: 40f6c701                       testb $0x1, %dil
   7a1: 750f                           jne 0xf
   7a3: 48ff0f                         decq (%rdi)
   7a6: 750a                           jne 0xa
   7a8: e800000000                     callq 0x0
        # hole +0x7a9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7ad: 498b4c2418                     movq 0x18(%r12), %rcx
   7b2: 488b8140010000                 movq 0x140(%rcx), %rax
   7b9: a801                           testb $0x1, %al
   7bb: 7503                           jne 0x3
   7bd: 48ff00                         incq (%rax)
   7c0: 49894500                       movq %rax, (%r13)
   7c4: 488b9148010000                 movq 0x148(%rcx), %rdx
   7cb: f6c201                         testb $0x1, %dl
   7ce: 7503                           jne 0x3
   7d0: 48ff02                         incq (%rdx)
   7d3: 49895508                       movq %rdx, 0x8(%r13)
   7d7: 89c6                           movl %eax, %esi
   7d9: 21d6                           andl %edx, %esi
   7db: 40f6c601                       testb $0x1, %sil
   7df: 7510                           jne 0x10
   7e1: 41b998030000                   movl $0x398, %r9d
   7e7: b85c000000                     movl $0x5c, %eax
   7ec: e90df9ffff                     jmp -0x6f3
   7f1: 48d1f8                         sarq %rax
   7f4: 48d1fa                         sarq %rdx
   7f7: 480fafd0                       imulq %rax, %rdx
   7fb: 41b9a2030000                   movl $0x3a2, %r9d
   801: b85d000000                     movl $0x5d, %eax
   806: 0f80f2f8ffff                   jo -0x70e
   80c: 488d341a                       leaq (%rdx,%rbx), %rsi
   810: 4885f6                         testq %rsi, %rsi
   813: 0f89e5f8ffff                   jns -0x71b
   819: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   821: 49894500                       movq %rax, (%r13)
   825: 488bb950010000                 movq 0x150(%rcx), %rdi
   82c: 48898150010000                 movq %rax, 0x150(%rcx)
   833: 40f6c701                       testb $0x1, %dil
   837: 750a                           jne 0xa
   839: 48ff0f                         decq (%rdi)
   83c: 7505                           jne 0x5
   83e: e800000000                     callq 0x0
        # hole +0x83f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   843: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x846: X86_64_RELOC_GOT_LOAD Rel32 data-4
   84a: f6c101                         testb $0x1, %cl
   84d: 7503                           jne 0x3
   84f: 48ff01                         incq (%rcx)
   852: 49894d00                       movq %rcx, (%r13)
   856: 498b442418                     movq 0x18(%r12), %rax
   85b: 488bb858010000                 movq 0x158(%rax), %rdi
   862: 48898858010000                 movq %rcx, 0x158(%rax)
   869: 40f6c701                       testb $0x1, %dil
   86d: 750f                           jne 0xf
   86f: 48ff0f                         decq (%rdi)
   872: 750a                           jne 0xa
   874: e800000000                     callq 0x0
        # hole +0x875: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   879: 498b442418                     movq 0x18(%r12), %rax
   87e: 49c7450063010000               movq $0x163, (%r13)
   886: 488bb860010000                 movq 0x160(%rax), %rdi
   88d: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   898: 40f6c701                       testb $0x1, %dil
   89c: 750a                           jne 0xa
   89e: 48ff0f                         decq (%rdi)
   8a1: 7505                           jne 0x5
   8a3: e800000000                     callq 0x0
        # hole +0x8a4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8a8: 58                             popq %rax
   8a9: e900000000                     jmp 0x0
        # hole +0x8aa: X86_64_RELOC_BRANCH Rel32 continue-4
   8ae: 41b9c6020000                   movl $0x2c6, %r9d
   8b4: b847000000                     movl $0x47, %eax
   8b9: e940f8ffff                     jmp -0x7c0
   8be: 41b934030000                   movl $0x334, %r9d
   8c4: b852000000                     movl $0x52, %eax
   8c9: e930f8ffff                     jmp -0x7d0
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[95]+0
        # hole data+0x8: GOT Abs64 operand0[84]+0
        # hole data+0x10: GOT Abs64 operand0[73]+0
        # hole data+0x18: GOT Abs64 operand0[62]+0
        # hole data+0x20: GOT Abs64 operand0[51]+0
        # hole data+0x28: GOT Abs64 operand0[40]+0
        # hole data+0x30: GOT Abs64 operand0[29]+0
        # hole data+0x38: GOT Abs64 operand0[18]+0
        # hole data+0x40: GOT Abs64 operand0[7]+0
        # hole data+0x48: GOT Abs64 index+0
