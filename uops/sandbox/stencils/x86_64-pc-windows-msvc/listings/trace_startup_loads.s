# stencil startup_loads for x86_64-pc-windows-msvc: 2446 code bytes, 72 data bytes, 48 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 488b00                         movq (%rax), %rax
     c: a801                           testb $0x1, %al
     e: 7503                           jne 0x3
    10: 48ff00                         incq (%rax)
    13: 49894500                       movq %rax, (%r13)
    17: 498b4c2418                     movq 0x18(%r12), %rcx
    1c: 488b5108                       movq 0x8(%rcx), %rdx
    20: f6c201                         testb $0x1, %dl
    23: 7507                           jne 0x7
    25: 48ff02                         incq (%rdx)
    28: 498b4500                       movq (%r13), %rax
    2c: 89c7                           movl %eax, %edi
    2e: 83e701                         andl $0x1, %edi
    31: 48be040000000b000000           movabsq $0xb00000004, %rsi
    3b: 49895508                       movq %rdx, 0x8(%r13)
    3f: b928000000                     movl $0x28, %ecx
    44: 4885ff                         testq %rdi, %rdi
    47: 0f8402090000                   je 0x902
    4d: 89d7                           movl %edx, %edi
    4f: 83e701                         andl $0x1, %edi
    52: 0f84f7080000                   je 0x8f7
    58: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
    62: 48d1f8                         sarq %rax
    65: 48d1fa                         sarq %rdx
    68: 4801c2                         addq %rax, %rdx
    6b: 4889d0                         movq %rdx, %rax
    6e: 4801f8                         addq %rdi, %rax
    71: 0f89d0080000                   jns 0x8d0
    77: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    7f: 49894500                       movq %rax, (%r13)
    83: 498b542418                     movq 0x18(%r12), %rdx
    88: 488b4a10                       movq 0x10(%rdx), %rcx
    8c: 48894210                       movq %rax, 0x10(%rdx)
    90: f6c101                         testb $0x1, %cl
    93: 7509                           jne 0x9
    95: 48ff09                         decq (%rcx)
    98: 0f84c8000000                   je 0xc8
    9e: 488b0500000000                 movq (%rip), %rax
        # hole +0xa1: IMAGE_REL_AMD64_REL32 Rel32 data-4
    a5: a801                           testb $0x1, %al
    a7: 7503                           jne 0x3
    a9: 48ff00                         incq (%rax)
    ac: 49894500                       movq %rax, (%r13)
    b0: 498b542418                     movq 0x18(%r12), %rdx
    b5: 488b4a18                       movq 0x18(%rdx), %rcx
    b9: 48894218                       movq %rax, 0x18(%rdx)
    bd: f6c101                         testb $0x1, %cl
    c0: 750a                           jne 0xa
    c2: 48ff09                         decq (%rcx)
    c5: 7505                           jne 0x5
    c7: e800000000                     callq 0x0
        # hole +0xc8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    cc: 49c745001f010000               movq $0x11f, (%r13)
    d4: 498b442418                     movq 0x18(%r12), %rax
    d9: 488b4820                       movq 0x20(%rax), %rcx
    dd: 48c740201f010000               movq $0x11f, 0x20(%rax)
    e5: f6c101                         testb $0x1, %cl
    e8: 7509                           jne 0x9
    ea: 48ff09                         decq (%rcx)
    ed: 0f848c000000                   je 0x8c
    f3: 498b442418                     movq 0x18(%r12), %rax
    f8: 488b5028                       movq 0x28(%rax), %rdx
    fc: f6c201                         testb $0x1, %dl
    ff: 7503                           jne 0x3
   101: 48ff02                         incq (%rdx)
   104: 49895500                       movq %rdx, (%r13)
   108: 498b442418                     movq 0x18(%r12), %rax
   10d: 4c8b4030                       movq 0x30(%rax), %r8
   111: 41f6c001                       testb $0x1, %r8b
   115: 7507                           jne 0x7
   117: 49ff00                         incq (%r8)
   11a: 498b5500                       movq (%r13), %rdx
   11e: 4189d1                         movl %edx, %r9d
   121: 4183e101                       andl $0x1, %r9d
   125: 4d894508                       movq %r8, 0x8(%r13)
   129: 488d460b                       leaq 0xb(%rsi), %rax
   12d: b996000000                     movl $0x96, %ecx
   132: 4d85c9                         testq %r9, %r9
   135: 7408                           je 0x8
   137: 4489c3                         movl %r8d, %ebx
   13a: 83e301                         andl $0x1, %ebx
   13d: 755c                           jne 0x5c
   13f: 4983c510                       addq $0x10, %r13
   143: 48894c2428                     movq %rcx, 0x28(%rsp)
   148: 4889442420                     movq %rax, 0x20(%rsp)
   14d: 4c89e1                         movq %r12, %rcx
   150: 4c89ea                         movq %r13, %rdx
   153: 4d89f0                         movq %r14, %r8
   156: 41b901000000                   movl $0x1, %r9d
   15c: e800000000                     callq 0x0
        # hole +0x15d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   161: 4883c438                       addq $0x38, %rsp
   165: c3                             retq
   166: e800000000                     callq 0x0
        # hole +0x167: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   16b: 488b0500000000                 movq (%rip), %rax
        # hole +0x16e: IMAGE_REL_AMD64_REL32 Rel32 data-4
   172: a801                           testb $0x1, %al
   174: 0f842fffffff                   je -0xd1
   17a: e92dffffff                     jmp -0xd3
   17f: e800000000                     callq 0x0
        # hole +0x180: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   184: 498b442418                     movq 0x18(%r12), %rax
   189: 488b5028                       movq 0x28(%rax), %rdx
   18d: f6c201                         testb $0x1, %dl
   190: 0f846bffffff                   je -0x95
   196: e969ffffff                     jmp -0x97
   19b: 48d1fa                         sarq %rdx
   19e: 49d1f8                         sarq %r8
   1a1: 4c29c2                         subq %r8, %rdx
   1a4: 4889d0                         movq %rdx, %rax
   1a7: 4801f8                         addq %rdi, %rax
   1aa: 0f89a7070000                   jns 0x7a7
   1b0: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   1b8: 49894500                       movq %rax, (%r13)
   1bc: 498b542418                     movq 0x18(%r12), %rdx
   1c1: 488b4a38                       movq 0x38(%rdx), %rcx
   1c5: 48894238                       movq %rax, 0x38(%rdx)
   1c9: f6c101                         testb $0x1, %cl
   1cc: 750a                           jne 0xa
   1ce: 48ff09                         decq (%rcx)
   1d1: 7505                           jne 0x5
   1d3: e800000000                     callq 0x0
        # hole +0x1d4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d8: 488b0500000000                 movq (%rip), %rax
        # hole +0x1db: IMAGE_REL_AMD64_REL32 Rel32 data+4
   1df: a801                           testb $0x1, %al
   1e1: 7503                           jne 0x3
   1e3: 48ff00                         incq (%rax)
   1e6: 49894500                       movq %rax, (%r13)
   1ea: 498b542418                     movq 0x18(%r12), %rdx
   1ef: 488b4a40                       movq 0x40(%rdx), %rcx
   1f3: 48894240                       movq %rax, 0x40(%rdx)
   1f7: f6c101                         testb $0x1, %cl
   1fa: 750a                           jne 0xa
   1fc: 48ff09                         decq (%rcx)
   1ff: 7505                           jne 0x5
   201: e800000000                     callq 0x0
        # hole +0x202: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   206: 49c745008f010000               movq $0x18f, (%r13)
   20e: 498b442418                     movq 0x18(%r12), %rax
   213: 488b4848                       movq 0x48(%rax), %rcx
   217: 48c740488f010000               movq $0x18f, 0x48(%rax)
   21f: f6c101                         testb $0x1, %cl
   222: 750a                           jne 0xa
   224: 48ff09                         decq (%rcx)
   227: 7505                           jne 0x5
   229: e800000000                     callq 0x0
        # hole +0x22a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   22e: 498b442418                     movq 0x18(%r12), %rax
   233: 4c8b4050                       movq 0x50(%rax), %r8
   237: 41f6c001                       testb $0x1, %r8b
   23b: 7503                           jne 0x3
   23d: 49ff00                         incq (%r8)
   240: 4d894500                       movq %r8, (%r13)
   244: 498b442418                     movq 0x18(%r12), %rax
   249: 488b5058                       movq 0x58(%rax), %rdx
   24d: f6c201                         testb $0x1, %dl
   250: 7507                           jne 0x7
   252: 48ff02                         incq (%rdx)
   255: 4d8b4500                       movq (%r13), %r8
   259: 4589c1                         movl %r8d, %r9d
   25c: 4183e101                       andl $0x1, %r9d
   260: 49895508                       movq %rdx, 0x8(%r13)
   264: 488d4616                       leaq 0x16(%rsi), %rax
   268: b904010000                     movl $0x104, %ecx
   26d: 4d85c9                         testq %r9, %r9
   270: 0f84c9feffff                   je -0x137
   276: 89d3                           movl %edx, %ebx
   278: 83e301                         andl $0x1, %ebx
   27b: 0f84befeffff                   je -0x142
   281: 49d1f8                         sarq %r8
   284: 48d1fa                         sarq %rdx
   287: 488d4617                       leaq 0x17(%rsi), %rax
   28b: 490fafd0                       imulq %r8, %rdx
   28f: b90e010000                     movl $0x10e, %ecx
   294: 0f80a5feffff                   jo -0x15b
   29a: 4c8d043a                       leaq (%rdx,%rdi), %r8
   29e: 4d85c0                         testq %r8, %r8
   2a1: 0f8998feffff                   jns -0x168
   2a7: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   2af: 49894500                       movq %rax, (%r13)
   2b3: 498b542418                     movq 0x18(%r12), %rdx
   2b8: 488b4a60                       movq 0x60(%rdx), %rcx
   2bc: 48894260                       movq %rax, 0x60(%rdx)
   2c0: f6c101                         testb $0x1, %cl
   2c3: 750a                           jne 0xa
   2c5: 48ff09                         decq (%rcx)
   2c8: 7505                           jne 0x5
   2ca: e800000000                     callq 0x0
        # hole +0x2cb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2cf: 488b0500000000                 movq (%rip), %rax
        # hole +0x2d2: IMAGE_REL_AMD64_REL32 Rel32 data+12
   2d6: a801                           testb $0x1, %al
   2d8: 7503                           jne 0x3
   2da: 48ff00                         incq (%rax)
   2dd: 49894500                       movq %rax, (%r13)
   2e1: 498b542418                     movq 0x18(%r12), %rdx
   2e6: 488b4a68                       movq 0x68(%rdx), %rcx
   2ea: 48894268                       movq %rax, 0x68(%rdx)
   2ee: f6c101                         testb $0x1, %cl
   2f1: 750a                           jne 0xa
   2f3: 48ff09                         decq (%rcx)
   2f6: 7505                           jne 0x5
   2f8: e800000000                     callq 0x0
        # hole +0x2f9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2fd: 49c7450005010000               movq $0x105, (%r13)
   305: 498b442418                     movq 0x18(%r12), %rax
   30a: 488b4870                       movq 0x70(%rax), %rcx
   30e: 48c7407005010000               movq $0x105, 0x70(%rax)
   316: f6c101                         testb $0x1, %cl
   319: 750a                           jne 0xa
   31b: 48ff09                         decq (%rcx)
   31e: 7505                           jne 0x5
   320: e800000000                     callq 0x0
        # hole +0x321: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   325: 498b442418                     movq 0x18(%r12), %rax
   32a: 488b5078                       movq 0x78(%rax), %rdx
   32e: f6c201                         testb $0x1, %dl
   331: 7503                           jne 0x3
   333: 48ff02                         incq (%rdx)
   336: 49895500                       movq %rdx, (%r13)
   33a: 498b442418                     movq 0x18(%r12), %rax
   33f: 4c8b8080000000                 movq 0x80(%rax), %r8
   346: 41f6c001                       testb $0x1, %r8b
   34a: 7507                           jne 0x7
   34c: 49ff00                         incq (%r8)
   34f: 498b5500                       movq (%r13), %rdx
   353: 4189d1                         movl %edx, %r9d
   356: 4183e101                       andl $0x1, %r9d
   35a: 4d894508                       movq %r8, 0x8(%r13)
   35e: 488d4621                       leaq 0x21(%rsi), %rax
   362: b972010000                     movl $0x172, %ecx
   367: 4d85c9                         testq %r9, %r9
   36a: 0f84cffdffff                   je -0x231
   370: 4489c3                         movl %r8d, %ebx
   373: 83e301                         andl $0x1, %ebx
   376: 0f84c3fdffff                   je -0x23d
   37c: 48d1fa                         sarq %rdx
   37f: 49d1f8                         sarq %r8
   382: 4901d0                         addq %rdx, %r8
   385: 4c89c0                         movq %r8, %rax
   388: 4801f8                         addq %rdi, %rax
   38b: 0f89d1050000                   jns 0x5d1
   391: 4a8d044501000000               leaq 0x1(,%r8,2), %rax
   399: 49894500                       movq %rax, (%r13)
   39d: 498b542418                     movq 0x18(%r12), %rdx
   3a2: 488b8a88000000                 movq 0x88(%rdx), %rcx
   3a9: 48898288000000                 movq %rax, 0x88(%rdx)
   3b0: f6c101                         testb $0x1, %cl
   3b3: 750a                           jne 0xa
   3b5: 48ff09                         decq (%rcx)
   3b8: 7505                           jne 0x5
   3ba: e800000000                     callq 0x0
        # hole +0x3bb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3bf: 488b0500000000                 movq (%rip), %rax
        # hole +0x3c2: IMAGE_REL_AMD64_REL32 Rel32 data+20
   3c6: a801                           testb $0x1, %al
   3c8: 7503                           jne 0x3
   3ca: 48ff00                         incq (%rax)
   3cd: 49894500                       movq %rax, (%r13)
   3d1: 498b542418                     movq 0x18(%r12), %rdx
   3d6: 488b8a90000000                 movq 0x90(%rdx), %rcx
   3dd: 48898290000000                 movq %rax, 0x90(%rdx)
   3e4: f6c101                         testb $0x1, %cl
   3e7: 750a                           jne 0xa
   3e9: 48ff09                         decq (%rcx)
   3ec: 7505                           jne 0x5
   3ee: e800000000                     callq 0x0
        # hole +0x3ef: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3f3: 49c7450061000000               movq $0x61, (%r13)
   3fb: 498b442418                     movq 0x18(%r12), %rax
   400: 488b8898000000                 movq 0x98(%rax), %rcx
   407: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   412: f6c101                         testb $0x1, %cl
   415: 750a                           jne 0xa
   417: 48ff09                         decq (%rcx)
   41a: 7505                           jne 0x5
   41c: e800000000                     callq 0x0
        # hole +0x41d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   421: 498b442418                     movq 0x18(%r12), %rax
   426: 488b90a0000000                 movq 0xa0(%rax), %rdx
   42d: f6c201                         testb $0x1, %dl
   430: 7503                           jne 0x3
   432: 48ff02                         incq (%rdx)
   435: 49895500                       movq %rdx, (%r13)
   439: 498b442418                     movq 0x18(%r12), %rax
   43e: 4c8b80a8000000                 movq 0xa8(%rax), %r8
   445: 41f6c001                       testb $0x1, %r8b
   449: 7507                           jne 0x7
   44b: 49ff00                         incq (%r8)
   44e: 498b5500                       movq (%r13), %rdx
   452: 4189d1                         movl %edx, %r9d
   455: 4183e101                       andl $0x1, %r9d
   459: 4d894508                       movq %r8, 0x8(%r13)
   45d: 488d462c                       leaq 0x2c(%rsi), %rax
   461: b9e0010000                     movl $0x1e0, %ecx
   466: 4d85c9                         testq %r9, %r9
   469: 0f84d0fcffff                   je -0x330
   46f: 4489c3                         movl %r8d, %ebx
   472: 83e301                         andl $0x1, %ebx
   475: 0f84c4fcffff                   je -0x33c
   47b: 48d1fa                         sarq %rdx
   47e: 49d1f8                         sarq %r8
   481: 4c29c2                         subq %r8, %rdx
   484: 4889d0                         movq %rdx, %rax
   487: 4801f8                         addq %rdi, %rax
   48a: 0f89dd040000                   jns 0x4dd
   490: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   498: 49894500                       movq %rax, (%r13)
   49c: 498b542418                     movq 0x18(%r12), %rdx
   4a1: 488b8ab0000000                 movq 0xb0(%rdx), %rcx
   4a8: 488982b0000000                 movq %rax, 0xb0(%rdx)
   4af: f6c101                         testb $0x1, %cl
   4b2: 750a                           jne 0xa
   4b4: 48ff09                         decq (%rcx)
   4b7: 7505                           jne 0x5
   4b9: e800000000                     callq 0x0
        # hole +0x4ba: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4be: 488b0500000000                 movq (%rip), %rax
        # hole +0x4c1: IMAGE_REL_AMD64_REL32 Rel32 data+28
   4c5: a801                           testb $0x1, %al
   4c7: 7503                           jne 0x3
   4c9: 48ff00                         incq (%rax)
   4cc: 49894500                       movq %rax, (%r13)
   4d0: 498b542418                     movq 0x18(%r12), %rdx
   4d5: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   4dc: 488982b8000000                 movq %rax, 0xb8(%rdx)
   4e3: f6c101                         testb $0x1, %cl
   4e6: 750a                           jne 0xa
   4e8: 48ff09                         decq (%rcx)
   4eb: 7505                           jne 0x5
   4ed: e800000000                     callq 0x0
        # hole +0x4ee: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4f2: 49c7450007010000               movq $0x107, (%r13)
   4fa: 498b442418                     movq 0x18(%r12), %rax
   4ff: 488b88c0000000                 movq 0xc0(%rax), %rcx
   506: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   511: f6c101                         testb $0x1, %cl
   514: 750a                           jne 0xa
   516: 48ff09                         decq (%rcx)
   519: 7505                           jne 0x5
   51b: e800000000                     callq 0x0
        # hole +0x51c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   520: 498b442418                     movq 0x18(%r12), %rax
   525: 4c8b80c8000000                 movq 0xc8(%rax), %r8
   52c: 41f6c001                       testb $0x1, %r8b
   530: 7503                           jne 0x3
   532: 49ff00                         incq (%r8)
   535: 4d894500                       movq %r8, (%r13)
   539: 498b442418                     movq 0x18(%r12), %rax
   53e: 488b90d0000000                 movq 0xd0(%rax), %rdx
   545: f6c201                         testb $0x1, %dl
   548: 7507                           jne 0x7
   54a: 48ff02                         incq (%rdx)
   54d: 4d8b4500                       movq (%r13), %r8
   551: 4589c1                         movl %r8d, %r9d
   554: 4183e101                       andl $0x1, %r9d
   558: 49895508                       movq %rdx, 0x8(%r13)
   55c: 488d4637                       leaq 0x37(%rsi), %rax
   560: b94e020000                     movl $0x24e, %ecx
   565: 4d85c9                         testq %r9, %r9
   568: 0f84d1fbffff                   je -0x42f
   56e: 89d3                           movl %edx, %ebx
   570: 83e301                         andl $0x1, %ebx
   573: 0f84c6fbffff                   je -0x43a
   579: 49d1f8                         sarq %r8
   57c: 48d1fa                         sarq %rdx
   57f: 488d4638                       leaq 0x38(%rsi), %rax
   583: 490fafd0                       imulq %r8, %rdx
   587: b958020000                     movl $0x258, %ecx
   58c: 0f80adfbffff                   jo -0x453
   592: 4c8d043a                       leaq (%rdx,%rdi), %r8
   596: 4d85c0                         testq %r8, %r8
   599: 0f89a0fbffff                   jns -0x460
   59f: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   5a7: 49894500                       movq %rax, (%r13)
   5ab: 498b542418                     movq 0x18(%r12), %rdx
   5b0: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   5b7: 488982d8000000                 movq %rax, 0xd8(%rdx)
   5be: f6c101                         testb $0x1, %cl
   5c1: 750a                           jne 0xa
   5c3: 48ff09                         decq (%rcx)
   5c6: 7505                           jne 0x5
   5c8: e800000000                     callq 0x0
        # hole +0x5c9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5cd: 488b0500000000                 movq (%rip), %rax
        # hole +0x5d0: IMAGE_REL_AMD64_REL32 Rel32 data+36
   5d4: a801                           testb $0x1, %al
   5d6: 7503                           jne 0x3
   5d8: 48ff00                         incq (%rax)
   5db: 49894500                       movq %rax, (%r13)
   5df: 498b542418                     movq 0x18(%r12), %rdx
   5e4: 488b8ae0000000                 movq 0xe0(%rdx), %rcx
   5eb: 488982e0000000                 movq %rax, 0xe0(%rdx)
   5f2: f6c101                         testb $0x1, %cl
   5f5: 750a                           jne 0xa
   5f7: 48ff09                         decq (%rcx)
   5fa: 7505                           jne 0x5
   5fc: e800000000                     callq 0x0
        # hole +0x5fd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   601: 49c745003b010000               movq $0x13b, (%r13)
   609: 498b442418                     movq 0x18(%r12), %rax
   60e: 488b88e8000000                 movq 0xe8(%rax), %rcx
   615: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   620: f6c101                         testb $0x1, %cl
   623: 750a                           jne 0xa
   625: 48ff09                         decq (%rcx)
   628: 7505                           jne 0x5
   62a: e800000000                     callq 0x0
        # hole +0x62b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   62f: 498b442418                     movq 0x18(%r12), %rax
   634: 488b90f0000000                 movq 0xf0(%rax), %rdx
   63b: f6c201                         testb $0x1, %dl
   63e: 7503                           jne 0x3
   640: 48ff02                         incq (%rdx)
   643: 49895500                       movq %rdx, (%r13)
   647: 498b442418                     movq 0x18(%r12), %rax
   64c: 4c8b80f8000000                 movq 0xf8(%rax), %r8
   653: 41f6c001                       testb $0x1, %r8b
   657: 7507                           jne 0x7
   659: 49ff00                         incq (%r8)
   65c: 498b5500                       movq (%r13), %rdx
   660: 4189d1                         movl %edx, %r9d
   663: 4183e101                       andl $0x1, %r9d
   667: 4d894508                       movq %r8, 0x8(%r13)
   66b: 488d4642                       leaq 0x42(%rsi), %rax
   66f: b9bc020000                     movl $0x2bc, %ecx
   674: 4d85c9                         testq %r9, %r9
   677: 0f84c2faffff                   je -0x53e
   67d: 4489c3                         movl %r8d, %ebx
   680: 83e301                         andl $0x1, %ebx
   683: 0f84b6faffff                   je -0x54a
   689: 48d1fa                         sarq %rdx
   68c: 49d1f8                         sarq %r8
   68f: 4901d0                         addq %rdx, %r8
   692: 4c89c0                         movq %r8, %rax
   695: 4801f8                         addq %rdi, %rax
   698: 0f89da020000                   jns 0x2da
   69e: 4a8d044501000000               leaq 0x1(,%r8,2), %rax
   6a6: 49894500                       movq %rax, (%r13)
   6aa: 498b542418                     movq 0x18(%r12), %rdx
   6af: 488b8a00010000                 movq 0x100(%rdx), %rcx
   6b6: 48898200010000                 movq %rax, 0x100(%rdx)
   6bd: f6c101                         testb $0x1, %cl
   6c0: 750a                           jne 0xa
   6c2: 48ff09                         decq (%rcx)
   6c5: 7505                           jne 0x5
   6c7: e800000000                     callq 0x0
        # hole +0x6c8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6cc: 488b0500000000                 movq (%rip), %rax
        # hole +0x6cf: IMAGE_REL_AMD64_REL32 Rel32 data+44
   6d3: a801                           testb $0x1, %al
   6d5: 7503                           jne 0x3
   6d7: 48ff00                         incq (%rax)
   6da: 49894500                       movq %rax, (%r13)
   6de: 498b542418                     movq 0x18(%r12), %rdx
   6e3: 488b8a08010000                 movq 0x108(%rdx), %rcx
   6ea: 48898208010000                 movq %rax, 0x108(%rdx)
   6f1: f6c101                         testb $0x1, %cl
   6f4: 750a                           jne 0xa
   6f6: 48ff09                         decq (%rcx)
   6f9: 7505                           jne 0x5
   6fb: e800000000                     callq 0x0
        # hole +0x6fc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   700: 49c7450031000000               movq $0x31, (%r13)
   708: 498b442418                     movq 0x18(%r12), %rax
   70d: 488b8810010000                 movq 0x110(%rax), %rcx
   714: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   71f: f6c101                         testb $0x1, %cl
   722: 750a                           jne 0xa
   724: 48ff09                         decq (%rcx)
   727: 7505                           jne 0x5
   729: e800000000                     callq 0x0
        # hole +0x72a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   72e: 498b442418                     movq 0x18(%r12), %rax
   733: 488b9018010000                 movq 0x118(%rax), %rdx
   73a: f6c201                         testb $0x1, %dl
   73d: 7503                           jne 0x3
   73f: 48ff02                         incq (%rdx)
   742: 49895500                       movq %rdx, (%r13)
   746: 498b442418                     movq 0x18(%r12), %rax
   74b: 4c8b8020010000                 movq 0x120(%rax), %r8
   752: 41f6c001                       testb $0x1, %r8b
   756: 7507                           jne 0x7
   758: 49ff00                         incq (%r8)
   75b: 498b5500                       movq (%r13), %rdx
   75f: 4189d1                         movl %edx, %r9d
   762: 4183e101                       andl $0x1, %r9d
   766: 4d894508                       movq %r8, 0x8(%r13)
   76a: 488d464d                       leaq 0x4d(%rsi), %rax
   76e: b92a030000                     movl $0x32a, %ecx
   773: 4d85c9                         testq %r9, %r9
   776: 0f84c3f9ffff                   je -0x63d
   77c: 4489c3                         movl %r8d, %ebx
   77f: 83e301                         andl $0x1, %ebx
   782: 0f84b7f9ffff                   je -0x649
   788: 48d1fa                         sarq %rdx
   78b: 49d1f8                         sarq %r8
   78e: 4c29c2                         subq %r8, %rdx
   791: 4889d0                         movq %rdx, %rax
   794: 4801f8                         addq %rdi, %rax
   797: 0f89e6010000                   jns 0x1e6
   79d: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   7a5: 49894500                       movq %rax, (%r13)
   7a9: 498b542418                     movq 0x18(%r12), %rdx
   7ae: 488b8a28010000                 movq 0x128(%rdx), %rcx
   7b5: 48898228010000                 movq %rax, 0x128(%rdx)
   7bc: f6c101                         testb $0x1, %cl
   7bf: 750a                           jne 0xa
   7c1: 48ff09                         decq (%rcx)
   7c4: 7505                           jne 0x5
   7c6: e800000000                     callq 0x0
        # hole +0x7c7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7cb: 488b0500000000                 movq (%rip), %rax
        # hole +0x7ce: IMAGE_REL_AMD64_REL32 Rel32 data+52
   7d2: a801                           testb $0x1, %al
   7d4: 7503                           jne 0x3
   7d6: 48ff00                         incq (%rax)
   7d9: 49894500                       movq %rax, (%r13)
   7dd: 498b542418                     movq 0x18(%r12), %rdx
   7e2: 488b8a30010000                 movq 0x130(%rdx), %rcx
   7e9: 48898230010000                 movq %rax, 0x130(%rdx)
   7f0: f6c101                         testb $0x1, %cl
   7f3: 750a                           jne 0xa
   7f5: 48ff09                         decq (%rcx)
   7f8: 7505                           jne 0x5
   7fa: e800000000                     callq 0x0
        # hole +0x7fb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7ff: 49c7450049000000               movq $0x49, (%r13)
   807: 498b442418                     movq 0x18(%r12), %rax
   80c: 488b8838010000                 movq 0x138(%rax), %rcx
   813: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   81e: f6c101                         testb $0x1, %cl
   821: 750a                           jne 0xa
   823: 48ff09                         decq (%rcx)
   826: 7505                           jne 0x5
   828: e800000000                     callq 0x0
        # hole +0x829: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   82d: 498b442418                     movq 0x18(%r12), %rax
   832: 4c8b8040010000                 movq 0x140(%rax), %r8
   839: 41f6c001                       testb $0x1, %r8b
   83d: 7503                           jne 0x3
   83f: 49ff00                         incq (%r8)
   842: 4d894500                       movq %r8, (%r13)
   846: 498b442418                     movq 0x18(%r12), %rax
   84b: 488b9048010000                 movq 0x148(%rax), %rdx
   852: f6c201                         testb $0x1, %dl
   855: 7507                           jne 0x7
   857: 48ff02                         incq (%rdx)
   85a: 4d8b4500                       movq (%r13), %r8
   85e: 4589c1                         movl %r8d, %r9d
   861: 4183e101                       andl $0x1, %r9d
   865: 49895508                       movq %rdx, 0x8(%r13)
   869: 488d4658                       leaq 0x58(%rsi), %rax
   86d: b998030000                     movl $0x398, %ecx
   872: 4d85c9                         testq %r9, %r9
   875: 0f84c4f8ffff                   je -0x73c
   87b: 89d3                           movl %edx, %ebx
   87d: 83e301                         andl $0x1, %ebx
   880: 0f84b9f8ffff                   je -0x747
   886: 49d1f8                         sarq %r8
   889: 48d1fa                         sarq %rdx
   88c: 4883c659                       addq $0x59, %rsi
   890: 490fafd0                       imulq %r8, %rdx
   894: b9a2030000                     movl $0x3a2, %ecx
   899: 0f80b0000000                   jo 0xb0
   89f: 4801d7                         addq %rdx, %rdi
   8a2: 4889f0                         movq %rsi, %rax
   8a5: 4885ff                         testq %rdi, %rdi
   8a8: 0f8991f8ffff                   jns -0x76f
   8ae: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   8b6: 49894500                       movq %rax, (%r13)
   8ba: 498b542418                     movq 0x18(%r12), %rdx
   8bf: 488b8a50010000                 movq 0x150(%rdx), %rcx
   8c6: 48898250010000                 movq %rax, 0x150(%rdx)
   8cd: f6c101                         testb $0x1, %cl
   8d0: 750a                           jne 0xa
   8d2: 48ff09                         decq (%rcx)
   8d5: 7505                           jne 0x5
   8d7: e800000000                     callq 0x0
        # hole +0x8d8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8dc: 488b0500000000                 movq (%rip), %rax
        # hole +0x8df: IMAGE_REL_AMD64_REL32 Rel32 data+60
   8e3: a801                           testb $0x1, %al
   8e5: 7503                           jne 0x3
   8e7: 48ff00                         incq (%rax)
   8ea: 49894500                       movq %rax, (%r13)
   8ee: 498b542418                     movq 0x18(%r12), %rdx
   8f3: 488b8a58010000                 movq 0x158(%rdx), %rcx
   8fa: 48898258010000                 movq %rax, 0x158(%rdx)
   901: f6c101                         testb $0x1, %cl
   904: 750a                           jne 0xa
   906: 48ff09                         decq (%rcx)
   909: 7505                           jne 0x5
   90b: e800000000                     callq 0x0
        # hole +0x90c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   910: 49c7450063010000               movq $0x163, (%r13)
   918: 498b442418                     movq 0x18(%r12), %rax
   91d: 488b8860010000                 movq 0x160(%rax), %rcx
   924: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   92f: f6c101                         testb $0x1, %cl
   932: 750a                           jne 0xa
   934: 48ff09                         decq (%rcx)
   937: 7505                           jne 0x5
   939: e800000000                     callq 0x0
        # hole +0x93a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   93e: 4883c438                       addq $0x38, %rsp
   942: e900000000                     jmp 0x0
        # hole +0x943: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   947: 48ffc6                         incq %rsi
   94a: b932000000                     movl $0x32, %ecx
   94f: 4889f0                         movq %rsi, %rax
   952: e9e8f7ffff                     jmp -0x818
   957: 4883c60c                       addq $0xc, %rsi
   95b: b9a0000000                     movl $0xa0, %ecx
   960: ebed                           jmp -0x13
   962: 4883c622                       addq $0x22, %rsi
   966: b97c010000                     movl $0x17c, %ecx
   96b: ebe2                           jmp -0x1e
   96d: 4883c62d                       addq $0x2d, %rsi
   971: b9ea010000                     movl $0x1ea, %ecx
   976: ebd7                           jmp -0x29
   978: 4883c643                       addq $0x43, %rsi
   97c: b9c6020000                     movl $0x2c6, %ecx
   981: ebcc                           jmp -0x34
   983: 4883c64e                       addq $0x4e, %rsi
   987: b934030000                     movl $0x334, %ecx
   98c: ebc1                           jmp -0x3f
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[7]+0
        # hole data+0x8: GOT Abs64 operand0[18]+0
        # hole data+0x10: GOT Abs64 operand0[29]+0
        # hole data+0x18: GOT Abs64 operand0[40]+0
        # hole data+0x20: GOT Abs64 operand0[51]+0
        # hole data+0x28: GOT Abs64 operand0[62]+0
        # hole data+0x30: GOT Abs64 operand0[73]+0
        # hole data+0x38: GOT Abs64 operand0[84]+0
        # hole data+0x40: GOT Abs64 operand0[95]+0
