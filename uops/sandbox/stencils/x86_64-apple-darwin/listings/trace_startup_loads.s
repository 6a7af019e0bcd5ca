# stencil startup_loads for x86_64-apple-darwin: 2243 code bytes, 72 data bytes, 48 holes
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
    21: 48bb040000000b000000           movabsq $0xb00000004, %rbx
    2b: 49895508                       movq %rdx, 0x8(%r13)
    2f: 89ce                           movl %ecx, %esi
    31: 21d6                           andl %edx, %esi
    33: 40f6c601                       testb $0x1, %sil
    37: 0f84c9020000                   je 0x2c9
    3d: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    47: 48d1f9                         sarq %rcx
    4a: 48d1fa                         sarq %rdx
    4d: 4801ca                         addq %rcx, %rdx
    50: 4889d1                         movq %rdx, %rcx
    53: 4c01f9                         addq %r15, %rcx
    56: 0f89b5020000                   jns 0x2b5
    5c: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    64: 49894d00                       movq %rcx, (%r13)
    68: 488b7810                       movq 0x10(%rax), %rdi
    6c: 48894810                       movq %rcx, 0x10(%rax)
    70: 40f6c701                       testb $0x1, %dil
    74: 7509                           jne 0x9
    76: 48ff0f                         decq (%rdi)
    79: 0f84a3000000                   je 0xa3
    7f: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x82: X86_64_RELOC_GOT_LOAD Rel32 data+60
    86: f6c101                         testb $0x1, %cl
    89: 7503                           jne 0x3
    8b: 48ff01                         incq (%rcx)
    8e: 49894d00                       movq %rcx, (%r13)
    92: 498b442418                     movq 0x18(%r12), %rax
    97: 488b7818                       movq 0x18(%rax), %rdi
    9b: 48894818                       movq %rcx, 0x18(%rax)
    9f: 40f6c701                       testb $0x1, %dil
    a3: 750f                           jne 0xf
    a5: 48ff0f                         decq (%rdi)
    a8: 750a                           jne 0xa
    aa: e800000000                     callq 0x0
        # hole +0xab: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    af: 498b442418                     movq 0x18(%r12), %rax
    b4: 49c745001f010000               movq $0x11f, (%r13)
    bc: 488b7820                       movq 0x20(%rax), %rdi
    c0: 48c740201f010000               movq $0x11f, 0x20(%rax)
    c8: 40f6c701                       testb $0x1, %dil
    cc: 7505                           jne 0x5
    ce: 48ff0f                         decq (%rdi)
    d1: 7469                           je 0x69
    d3: 488b4828                       movq 0x28(%rax), %rcx
    d7: f6c101                         testb $0x1, %cl
    da: 7503                           jne 0x3
    dc: 48ff01                         incq (%rcx)
    df: 49894d00                       movq %rcx, (%r13)
    e3: 488b5030                       movq 0x30(%rax), %rdx
    e7: f6c201                         testb $0x1, %dl
    ea: 7503                           jne 0x3
    ec: 48ff02                         incq (%rdx)
    ef: 49895508                       movq %rdx, 0x8(%r13)
    f3: 89ce                           movl %ecx, %esi
    f5: 21d6                           andl %edx, %esi
    f7: 40f6c601                       testb $0x1, %sil
    fb: 7554                           jne 0x54
    fd: 4883c30b                       addq $0xb, %rbx
   101: 41b996000000                   movl $0x96, %r9d
   107: 4989d8                         movq %rbx, %r8
   10a: 4983c510                       addq $0x10, %r13
   10e: 4c89e7                         movq %r12, %rdi
   111: 4c89ee                         movq %r13, %rsi
   114: 4c89f2                         movq %r14, %rdx
   117: b901000000                     movl $0x1, %ecx
   11c: 58                             popq %rax
   11d: e900000000                     jmp 0x0
        # hole +0x11e: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   122: e800000000                     callq 0x0
        # hole +0x123: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   127: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x12a: X86_64_RELOC_GOT_LOAD Rel32 data+60
   12e: f6c101                         testb $0x1, %cl
   131: 0f8454ffffff                   je -0xac
   137: e952ffffff                     jmp -0xae
   13c: e800000000                     callq 0x0
        # hole +0x13d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   141: 498b442418                     movq 0x18(%r12), %rax
   146: 488b4828                       movq 0x28(%rax), %rcx
   14a: f6c101                         testb $0x1, %cl
   14d: 748d                           je -0x73
   14f: eb8e                           jmp -0x72
   151: 48d1f9                         sarq %rcx
   154: 48d1fa                         sarq %rdx
   157: 4829d1                         subq %rdx, %rcx
   15a: 4889ca                         movq %rcx, %rdx
   15d: 4c01fa                         addq %r15, %rdx
   160: 0f89a1020000                   jns 0x2a1
   166: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   16e: 49894d00                       movq %rcx, (%r13)
   172: 488b7838                       movq 0x38(%rax), %rdi
   176: 48894838                       movq %rcx, 0x38(%rax)
   17a: 40f6c701                       testb $0x1, %dil
   17e: 750a                           jne 0xa
   180: 48ff0f                         decq (%rdi)
   183: 7505                           jne 0x5
   185: e800000000                     callq 0x0
        # hole +0x186: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   18a: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x18d: X86_64_RELOC_GOT_LOAD Rel32 data+52
   191: f6c101                         testb $0x1, %cl
   194: 7503                           jne 0x3
   196: 48ff01                         incq (%rcx)
   199: 49894d00                       movq %rcx, (%r13)
   19d: 498b442418                     movq 0x18(%r12), %rax
   1a2: 488b7840                       movq 0x40(%rax), %rdi
   1a6: 48894840                       movq %rcx, 0x40(%rax)
   1aa: 40f6c701                       testb $0x1, %dil
   1ae: 750f                           jne 0xf
   1b0: 48ff0f                         decq (%rdi)
   1b3: 750a                           jne 0xa
   1b5: e800000000                     callq 0x0
        # hole +0x1b6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1ba: 498b442418                     movq 0x18(%r12), %rax
   1bf: 49c745008f010000               movq $0x18f, (%r13)
   1c7: 488b7848                       movq 0x48(%rax), %rdi
   1cb: 48c740488f010000               movq $0x18f, 0x48(%rax)
   1d3: 40f6c701                       testb $0x1, %dil
   1d7: 750f                           jne 0xf
   1d9: 48ff0f                         decq (%rdi)
   1dc: 750a                           jne 0xa
   1de: e800000000                     callq 0x0
        # hole +0x1df: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1e3: 498b442418                     movq 0x18(%r12), %rax
   1e8: 488b5050                       movq 0x50(%rax), %rdx
   1ec: f6c201                         testb $0x1, %dl
   1ef: 7503                           jne 0x3
   1f1: 48ff02                         incq (%rdx)
   1f4: 49895500                       movq %rdx, (%r13)
   1f8: 488b4858                       movq 0x58(%rax), %rcx
   1fc: f6c101                         testb $0x1, %cl
   1ff: 7503                           jne 0x3
   201: 48ff01                         incq (%rcx)
   204: 49894d08                       movq %rcx, 0x8(%r13)
   208: 89d6                           movl %edx, %esi
   20a: 21ce                           andl %ecx, %esi
   20c: 40f6c601                       testb $0x1, %sil
   210: 750f                           jne 0xf
   212: 4883c316                       addq $0x16, %rbx
   216: 41b904010000                   movl $0x104, %r9d
   21c: e9e6feffff                     jmp -0x11a
   221: 48d1fa                         sarq %rdx
   224: 48d1f9                         sarq %rcx
   227: 4c8d4317                       leaq 0x17(%rbx), %r8
   22b: 480fafca                       imulq %rdx, %rcx
   22f: 41b90e010000                   movl $0x10e, %r9d
   235: 0f80cffeffff                   jo -0x131
   23b: 4a8d1439                       leaq (%rcx,%r15), %rdx
   23f: 4885d2                         testq %rdx, %rdx
   242: 0f89c2feffff                   jns -0x13e
   248: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   250: 49894d00                       movq %rcx, (%r13)
   254: 488b7860                       movq 0x60(%rax), %rdi
   258: 48894860                       movq %rcx, 0x60(%rax)
   25c: 40f6c701                       testb $0x1, %dil
   260: 750a                           jne 0xa
   262: 48ff0f                         decq (%rdi)
   265: 7505                           jne 0x5
   267: e800000000                     callq 0x0
        # hole +0x268: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   26c: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x26f: X86_64_RELOC_GOT_LOAD Rel32 data+44
   273: f6c101                         testb $0x1, %cl
   276: 7503                           jne 0x3
   278: 48ff01                         incq (%rcx)
   27b: 49894d00                       movq %rcx, (%r13)
   27f: 498b442418                     movq 0x18(%r12), %rax
   284: 488b7868                       movq 0x68(%rax), %rdi
   288: 48894868                       movq %rcx, 0x68(%rax)
   28c: 40f6c701                       testb $0x1, %dil
   290: 750f                           jne 0xf
   292: 48ff0f                         decq (%rdi)
   295: 750a                           jne 0xa
   297: e800000000                     callq 0x0
        # hole +0x298: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   29c: 498b442418                     movq 0x18(%r12), %rax
   2a1: 49c7450005010000               movq $0x105, (%r13)
   2a9: 488b7870                       movq 0x70(%rax), %rdi
   2ad: 48c7407005010000               movq $0x105, 0x70(%rax)
   2b5: 40f6c701                       testb $0x1, %dil
   2b9: 750f                           jne 0xf
   2bb: 48ff0f                         decq (%rdi)
   2be: 750a                           jne 0xa
   2c0: e800000000                     callq 0x0
        # hole +0x2c1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2c5: 498b442418                     movq 0x18(%r12), %rax
   2ca: 488b4878                       movq 0x78(%rax), %rcx
   2ce: f6c101                         testb $0x1, %cl
   2d1: 7503                           jne 0x3
   2d3: 48ff01                         incq (%rcx)
   2d6: 49894d00                       movq %rcx, (%r13)
   2da: 488b9080000000                 movq 0x80(%rax), %rdx
   2e1: f6c201                         testb $0x1, %dl
   2e4: 7503                           jne 0x3
   2e6: 48ff02                         incq (%rdx)
   2e9: 49895508                       movq %rdx, 0x8(%r13)
   2ed: 89ce                           movl %ecx, %esi
   2ef: 21d6                           andl %edx, %esi
   2f1: 40f6c601                       testb $0x1, %sil
   2f5: 7528                           jne 0x28
   2f7: 4883c321                       addq $0x21, %rbx
   2fb: 41b972010000                   movl $0x172, %r9d
   301: e901feffff                     jmp -0x1ff
   306: 41b928000000                   movl $0x28, %r9d
   30c: e9f6fdffff                     jmp -0x20a
   311: 48ffc3                         incq %rbx
   314: 41b932000000                   movl $0x32, %r9d
   31a: e9e8fdffff                     jmp -0x218
   31f: 48d1f9                         sarq %rcx
   322: 48d1fa                         sarq %rdx
   325: 4801ca                         addq %rcx, %rdx
   328: 4889d1                         movq %rdx, %rcx
   32b: 4c01f9                         addq %r15, %rcx
   32e: 0f89c4020000                   jns 0x2c4
   334: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   33c: 49894d00                       movq %rcx, (%r13)
   340: 488bb888000000                 movq 0x88(%rax), %rdi
   347: 48898888000000                 movq %rcx, 0x88(%rax)
   34e: 40f6c701                       testb $0x1, %dil
   352: 750a                           jne 0xa
   354: 48ff0f                         decq (%rdi)
   357: 7505                           jne 0x5
   359: e800000000                     callq 0x0
        # hole +0x35a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   35e: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x361: X86_64_RELOC_GOT_LOAD Rel32 data+36
   365: f6c101                         testb $0x1, %cl
   368: 7503                           jne 0x3
   36a: 48ff01                         incq (%rcx)
   36d: 49894d00                       movq %rcx, (%r13)
   371: 498b442418                     movq 0x18(%r12), %rax
   376: 488bb890000000                 movq 0x90(%rax), %rdi
   37d: 48898890000000                 movq %rcx, 0x90(%rax)
   384: 40f6c701                       testb $0x1, %dil
   388: 750f                           jne 0xf
   38a: 48ff0f                         decq (%rdi)
   38d: 750a                           jne 0xa
   38f: e800000000                     callq 0x0
        # hole +0x390: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   394: 498b442418                     movq 0x18(%r12), %rax
   399: 49c7450061000000               movq $0x61, (%r13)
   3a1: 488bb898000000                 movq 0x98(%rax), %rdi
   3a8: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   3b3: 40f6c701                       testb $0x1, %dil
   3b7: 750f                           jne 0xf
   3b9: 48ff0f                         decq (%rdi)
   3bc: 750a                           jne 0xa
   3be: e800000000                     callq 0x0
        # hole +0x3bf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3c3: 498b442418                     movq 0x18(%r12), %rax
   3c8: 488b88a0000000                 movq 0xa0(%rax), %rcx
   3cf: f6c101                         testb $0x1, %cl
   3d2: 7503                           jne 0x3
   3d4: 48ff01                         incq (%rcx)
   3d7: 49894d00                       movq %rcx, (%r13)
   3db: 488b90a8000000                 movq 0xa8(%rax), %rdx
   3e2: f6c201                         testb $0x1, %dl
   3e5: 7503                           jne 0x3
   3e7: 48ff02                         incq (%rdx)
   3ea: 49895508                       movq %rdx, 0x8(%r13)
   3ee: 89ce                           movl %ecx, %esi
   3f0: 21d6                           andl %edx, %esi
   3f2: 40f6c601                       testb $0x1, %sil
   3f6: 751e                           jne 0x1e
   3f8: 4883c32c                       addq $0x2c, %rbx
   3fc: 41b9e0010000                   movl $0x1e0, %r9d
   402: e900fdffff                     jmp -0x300
   407: 4883c30c                       addq $0xc, %rbx
   40b: 41b9a0000000                   movl $0xa0, %r9d
   411: e9f1fcffff                     jmp -0x30f
   416: 48d1f9                         sarq %rcx
   419: 48d1fa                         sarq %rdx
   41c: 4829d1                         subq %rdx, %rcx
   41f: 4889ca                         movq %rcx, %rdx
   422: 4c01fa                         addq %r15, %rdx
   425: 0f89c4020000                   jns 0x2c4
   42b: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   433: 49894d00                       movq %rcx, (%r13)
   437: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   43e: 488988b0000000                 movq %rcx, 0xb0(%rax)
   445: 40f6c701                       testb $0x1, %dil
   449: 750a                           jne 0xa
   44b: 48ff0f                         decq (%rdi)
   44e: 7505                           jne 0x5
   450: e800000000                     callq 0x0
        # hole +0x451: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   455: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x458: X86_64_RELOC_GOT_LOAD Rel32 data+28
   45c: f6c101                         testb $0x1, %cl
   45f: 7503                           jne 0x3
   461: 48ff01                         incq (%rcx)
   464: 49894d00                       movq %rcx, (%r13)
   468: 498b442418                     movq 0x18(%r12), %rax
   46d: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   474: 488988b8000000                 movq %rcx, 0xb8(%rax)
   47b: 40f6c701                       testb $0x1, %dil
   47f: 750f                           jne 0xf
   481: 48ff0f                         decq (%rdi)
   484: 750a                           jne 0xa
   486: e800000000                     callq 0x0
        # hole +0x487: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   48b: 498b442418                     movq 0x18(%r12), %rax
   490: 49c7450007010000               movq $0x107, (%r13)
   498: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   49f: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   4aa: 40f6c701                       testb $0x1, %dil
   4ae: 750f                           jne 0xf
   4b0: 48ff0f                         decq (%rdi)
   4b3: 750a                           jne 0xa
   4b5: e800000000                     callq 0x0
        # hole +0x4b6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4ba: 498b442418                     movq 0x18(%r12), %rax
   4bf: 488b90c8000000                 movq 0xc8(%rax), %rdx
   4c6: f6c201                         testb $0x1, %dl
   4c9: 7503                           jne 0x3
   4cb: 48ff02                         incq (%rdx)
   4ce: 49895500                       movq %rdx, (%r13)
   4d2: 488b88d0000000                 movq 0xd0(%rax), %rcx
   4d9: f6c101                         testb $0x1, %cl
   4dc: 7503                           jne 0x3
   4de: 48ff01                         incq (%rcx)
   4e1: 49894d08                       movq %rcx, 0x8(%r13)
   4e5: 89d6                           movl %edx, %esi
   4e7: 21ce                           andl %ecx, %esi
   4e9: 40f6c601                       testb $0x1, %sil
   4ed: 750f                           jne 0xf
   4ef: 4883c337                       addq $0x37, %rbx
   4f3: 41b94e020000                   movl $0x24e, %r9d
   4f9: e909fcffff                     jmp -0x3f7
   4fe: 48d1fa                         sarq %rdx
   501: 48d1f9                         sarq %rcx
   504: 4c8d4338                       leaq 0x38(%rbx), %r8
   508: 480fafca                       imulq %rdx, %rcx
   50c: 41b958020000                   movl $0x258, %r9d
   512: 0f80f2fbffff                   jo -0x40e
   518: 4a8d1439                       leaq (%rcx,%r15), %rdx
   51c: 4885d2                         testq %rdx, %rdx
   51f: 0f89e5fbffff                   jns -0x41b
   525: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   52d: 49894d00                       movq %rcx, (%r13)
   531: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   538: 488988d8000000                 movq %rcx, 0xd8(%rax)
   53f: 40f6c701                       testb $0x1, %dil
   543: 750a                           jne 0xa
   545: 48ff0f                         decq (%rdi)
   548: 7505                           jne 0x5
   54a: e800000000                     callq 0x0
        # hole +0x54b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   54f: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x552: X86_64_RELOC_GOT_LOAD Rel32 data+20
   556: f6c101                         testb $0x1, %cl
   559: 7503                           jne 0x3
   55b: 48ff01                         incq (%rcx)
   55e: 49894d00                       movq %rcx, (%r13)
   562: 498b442418                     movq 0x18(%r12), %rax
   567: 488bb8e0000000                 movq 0xe0(%rax), %rdi
   56e: 488988e0000000                 movq %rcx, 0xe0(%rax)
   575: 40f6c701                       testb $0x1, %dil
   579: 750f                           jne 0xf
   57b: 48ff0f                         decq (%rdi)
   57e: 750a                           jne 0xa
   580: e800000000                     callq 0x0
        # hole +0x581: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   585: 498b442418                     movq 0x18(%r12), %rax
   58a: 49c745003b010000               movq $0x13b, (%r13)
   592: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   599: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   5a4: 40f6c701                       testb $0x1, %dil
   5a8: 750f                           jne 0xf
   5aa: 48ff0f                         decq (%rdi)
   5ad: 750a                           jne 0xa
   5af: e800000000                     callq 0x0
        # hole +0x5b0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5b4: 498b442418                     movq 0x18(%r12), %rax
   5b9: 488b88f0000000                 movq 0xf0(%rax), %rcx
   5c0: f6c101                         testb $0x1, %cl
   5c3: 7503                           jne 0x3
   5c5: 48ff01                         incq (%rcx)
   5c8: 49894d00                       movq %rcx, (%r13)
   5cc: 488b90f8000000                 movq 0xf8(%rax), %rdx
   5d3: f6c201                         testb $0x1, %dl
   5d6: 7503                           jne 0x3
   5d8: 48ff02                         incq (%rdx)
   5db: 49895508                       movq %rdx, 0x8(%r13)
   5df: 89ce                           movl %ecx, %esi
   5e1: 21d6                           andl %edx, %esi
   5e3: 40f6c601                       testb $0x1, %sil
   5e7: 751e                           jne 0x1e
   5e9: 4883c342                       addq $0x42, %rbx
   5ed: 41b9bc020000                   movl $0x2bc, %r9d
   5f3: e90ffbffff                     jmp -0x4f1
   5f8: 4883c322                       addq $0x22, %rbx
   5fc: 41b97c010000                   movl $0x17c, %r9d
   602: e900fbffff                     jmp -0x500
   607: 48d1f9                         sarq %rcx
   60a: 48d1fa                         sarq %rdx
   60d: 4801ca                         addq %rcx, %rdx
   610: 4889d1                         movq %rdx, %rcx
   613: 4c01f9                         addq %r15, %rcx
   616: 0f8989020000                   jns 0x289
   61c: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   624: 49894d00                       movq %rcx, (%r13)
   628: 488bb800010000                 movq 0x100(%rax), %rdi
   62f: 48898800010000                 movq %rcx, 0x100(%rax)
   636: 40f6c701                       testb $0x1, %dil
   63a: 750a                           jne 0xa
   63c: 48ff0f                         decq (%rdi)
   63f: 7505                           jne 0x5
   641: e800000000                     callq 0x0
        # hole +0x642: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   646: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x649: X86_64_RELOC_GOT_LOAD Rel32 data+12
   64d: f6c101                         testb $0x1, %cl
   650: 7503                           jne 0x3
   652: 48ff01                         incq (%rcx)
   655: 49894d00                       movq %rcx, (%r13)
   659: 498b442418                     movq 0x18(%r12), %rax
   65e: 488bb808010000                 movq 0x108(%rax), %rdi
   665: 48898808010000                 movq %rcx, 0x108(%rax)
   66c: 40f6c701                       testb $0x1, %dil
   670: 750f                           jne 0xf
   672: 48ff0f                         decq (%rdi)
   675: 750a                           jne 0xa
   677: e800000000                     callq 0x0
        # hole +0x678: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   67c: 498b442418                     movq 0x18(%r12), %rax
   681: 49c7450031000000               movq $0x31, (%r13)
   689: 488bb810010000                 movq 0x110(%rax), %rdi
   690: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   69b: 40f6c701                       testb $0x1, %dil
   69f: 750f                           jne 0xf
   6a1: 48ff0f                         decq (%rdi)
   6a4: 750a                           jne 0xa
   6a6: e800000000                     callq 0x0
        # hole +0x6a7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6ab: 498b442418                     movq 0x18(%r12), %rax
   6b0: 488b8818010000                 movq 0x118(%rax), %rcx
   6b7: f6c101                         testb $0x1, %cl
   6ba: 7503                           jne 0x3
   6bc: 48ff01                         incq (%rcx)
   6bf: 49894d00                       movq %rcx, (%r13)
   6c3: 488b9020010000                 movq 0x120(%rax), %rdx
   6ca: f6c201                         testb $0x1, %dl
   6cd: 7503                           jne 0x3
   6cf: 48ff02                         incq (%rdx)
   6d2: 49895508                       movq %rdx, 0x8(%r13)
   6d6: 89ce                           movl %ecx, %esi
   6d8: 21d6                           andl %edx, %esi
   6da: 40f6c601                       testb $0x1, %sil
   6de: 751e                           jne 0x1e
   6e0: 4883c34d                       addq $0x4d, %rbx
   6e4: 41b92a030000                   movl $0x32a, %r9d
   6ea: e918faffff                     jmp -0x5e8
   6ef: 4883c32d                       addq $0x2d, %rbx
   6f3: 41b9ea010000                   movl $0x1ea, %r9d
   6f9: e909faffff                     jmp -0x5f7
   6fe: 48d1f9                         sarq %rcx
   701: 48d1fa                         sarq %rdx
   704: 4829d1                         subq %rdx, %rcx
   707: 4889ca                         movq %rcx, %rdx
   70a: 4c01fa                         addq %r15, %rdx
   70d: 0f89a1010000                   jns 0x1a1
   713: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   71b: 49894d00                       movq %rcx, (%r13)
   71f: 488bb828010000                 movq 0x128(%rax), %rdi
   726: 48898828010000                 movq %rcx, 0x128(%rax)
   72d: 40f6c701                       testb $0x1, %dil
   731: 750a                           jne 0xa
   733: 48ff0f                         decq (%rdi)
   736: 7505                           jne 0x5
   738: e800000000                     callq 0x0
        # hole +0x739: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   73d: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x740: X86_64_RELOC_GOT_LOAD Rel32 data+4
   744: f6c101                         testb $0x1, %cl
   747: 7503                           jne 0x3
   749: 48ff01                         incq (%rcx)
   74c: 49894d00                       movq %rcx, (%r13)
   750: 498b442418                     movq 0x18(%r12), %rax
   755: 488bb830010000                 movq 0x130(%rax), %rdi
   75c: 48898830010000                 movq %rcx, 0x130(%rax)
   763: 40f6c701                       testb $0x1, %dil
   767: 750f                           jne 0xf
   769: 48ff0f                         decq (%rdi)
   76c: 750a                           jne 0xa
   76e: e800000000                     callq 0x0
        # hole +0x76f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   773: 498b442418                     movq 0x18(%r12), %rax
   778: 49c7450049000000               movq $0x49, (%r13)
   780: 488bb838010000                 movq 0x138(%rax), %rdi
   787: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   792: 40f6c701                       testb $0x1, %dil
   796: 750f                           jne 0xf
   798: 48ff0f                         decq (%rdi)
   79b: 750a                           jne 0xa
   79d: e800000000                     callq 0x0
        # hole +0x79e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7a2: 498b442418                     movq 0x18(%r12), %rax
   7a7: 488b9040010000                 movq 0x140(%rax), %rdx
   7ae: f6c201                         testb $0x1, %dl
   7b1: 7503                           jne 0x3
   7b3: 48ff02                         incq (%rdx)
   7b6: 49895500                       movq %rdx, (%r13)
   7ba: 488b8848010000                 movq 0x148(%rax), %rcx
   7c1: f6c101                         testb $0x1, %cl
   7c4: 7503                           jne 0x3
   7c6: 48ff01                         incq (%rcx)
   7c9: 49894d08                       movq %rcx, 0x8(%r13)
   7cd: 89d6                           movl %edx, %esi
   7cf: 21ce                           andl %ecx, %esi
   7d1: 40f6c601                       testb $0x1, %sil
   7d5: 750f                           jne 0xf
   7d7: 4883c358                       addq $0x58, %rbx
   7db: 41b998030000                   movl $0x398, %r9d
   7e1: e921f9ffff                     jmp -0x6df
   7e6: 48d1fa                         sarq %rdx
   7e9: 48d1f9                         sarq %rcx
   7ec: 4883c359                       addq $0x59, %rbx
   7f0: 480fafca                       imulq %rdx, %rcx
   7f4: 41b9a2030000                   movl $0x3a2, %r9d
   7fa: 0f8007f9ffff                   jo -0x6f9
   800: 4a8d1439                       leaq (%rcx,%r15), %rdx
   804: 4989d8                         movq %rbx, %r8
   807: 4885d2                         testq %rdx, %rdx
   80a: 0f89faf8ffff                   jns -0x706
   810: 488d0c4d01000000               leaq 0x1(,%rcx,2), %rcx
   818: 49894d00                       movq %rcx, (%r13)
   81c: 488bb850010000                 movq 0x150(%rax), %rdi
   823: 48898850010000                 movq %rcx, 0x150(%rax)
   82a: 40f6c701                       testb $0x1, %dil
   82e: 750a                           jne 0xa
   830: 48ff0f                         decq (%rdi)
   833: 7505                           jne 0x5
   835: e800000000                     callq 0x0
        # hole +0x836: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   83a: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x83d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   841: f6c101                         testb $0x1, %cl
   844: 7503                           jne 0x3
   846: 48ff01                         incq (%rcx)
   849: 49894d00                       movq %rcx, (%r13)
   84d: 498b442418                     movq 0x18(%r12), %rax
   852: 488bb858010000                 movq 0x158(%rax), %rdi
   859: 48898858010000                 movq %rcx, 0x158(%rax)
   860: 40f6c701                       testb $0x1, %dil
   864: 750f                           jne 0xf
   866: 48ff0f                         decq (%rdi)
   869: 750a                           jne 0xa
   86b: e800000000                     callq 0x0
        # hole +0x86c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   870: 498b442418                     movq 0x18(%r12), %rax
   875: 49c7450063010000               movq $0x163, (%r13)
   87d: 488bb860010000                 movq 0x160(%rax), %rdi
   884: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   88f: 40f6c701                       testb $0x1, %dil
   893: 750a                           jne 0xa
   895: 48ff0f                         decq (%rdi)
   898: 7505                           jne 0x5
   89a: e800000000                     callq 0x0
        # hole +0x89b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   89f: 58                             popq %rax
   8a0: e900000000                     jmp 0x0
        # hole +0x8a1: X86_64_RELOC_BRANCH Rel32 continue-4
   8a5: 4883c343                       addq $0x43, %rbx
   8a9: 41b9c6020000                   movl $0x2c6, %r9d
   8af: e953f8ffff                     jmp -0x7ad
   8b4: 4883c34e                       addq $0x4e, %rbx
   8b8: 41b934030000                   movl $0x334, %r9d
   8be: e944f8ffff                     jmp -0x7bc
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[95]+0
        # hole data+0x8: GOT Abs64 operand0[84]+0
        # hole data+0x10: GOT Abs64 operand0[73]+0
        # hole data+0x18: GOT Abs64 operand0[62]+0
        # hole data+0x20: GOT Abs64 operand0[51]+0
        # hole data+0x28: GOT Abs64 operand0[40]+0
        # hole data+0x30: GOT Abs64 operand0[29]+0
        # hole data+0x38: GOT Abs64 operand0[18]+0
        # hole data+0x40: GOT Abs64 operand0[7]+0
