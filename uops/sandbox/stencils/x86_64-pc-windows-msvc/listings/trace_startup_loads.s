# stencil startup_loads for x86_64-pc-windows-msvc: 2426 code bytes, 0 data bytes, 39 holes
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
    47: 0f84ee080000                   je 0x8ee
    4d: 89d7                           movl %edx, %edi
    4f: 83e701                         andl $0x1, %edi
    52: 0f84e3080000                   je 0x8e3
    58: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
    62: 48d1f8                         sarq %rax
    65: 48d1fa                         sarq %rdx
    68: 4801c2                         addq %rax, %rdx
    6b: 4889d0                         movq %rdx, %rax
    6e: 4801f8                         addq %rdi, %rax
    71: 0f89bc080000                   jns 0x8bc
    77: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    7f: 49894500                       movq %rax, (%r13)
    83: 498b542418                     movq 0x18(%r12), %rdx
    88: 488b4a10                       movq 0x10(%rdx), %rcx
    8c: 48894210                       movq %rax, 0x10(%rdx)
    90: f6c101                         testb $0x1, %cl
    93: 7509                           jne 0x9
    95: 48ff09                         decq (%rcx)
    98: 0f84c6000000                   je 0xc6
    9e: b800000000                     movl $0x0, %eax
        # hole +0x9f: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[7]+0
    a3: a801                           testb $0x1, %al
    a5: 7503                           jne 0x3
    a7: 48ff00                         incq (%rax)
    aa: 49894500                       movq %rax, (%r13)
    ae: 498b542418                     movq 0x18(%r12), %rdx
    b3: 488b4a18                       movq 0x18(%rdx), %rcx
    b7: 48894218                       movq %rax, 0x18(%rdx)
    bb: f6c101                         testb $0x1, %cl
    be: 750a                           jne 0xa
    c0: 48ff09                         decq (%rcx)
    c3: 7505                           jne 0x5
    c5: e800000000                     callq 0x0
        # hole +0xc6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    ca: 49c745001f010000               movq $0x11f, (%r13)
    d2: 498b442418                     movq 0x18(%r12), %rax
    d7: 488b4820                       movq 0x20(%rax), %rcx
    db: 48c740201f010000               movq $0x11f, 0x20(%rax)
    e3: f6c101                         testb $0x1, %cl
    e6: 7509                           jne 0x9
    e8: 48ff09                         decq (%rcx)
    eb: 0f848a000000                   je 0x8a
    f1: 498b442418                     movq 0x18(%r12), %rax
    f6: 488b5028                       movq 0x28(%rax), %rdx
    fa: f6c201                         testb $0x1, %dl
    fd: 7503                           jne 0x3
    ff: 48ff02                         incq (%rdx)
   102: 49895500                       movq %rdx, (%r13)
   106: 498b442418                     movq 0x18(%r12), %rax
   10b: 4c8b4030                       movq 0x30(%rax), %r8
   10f: 41f6c001                       testb $0x1, %r8b
   113: 7507                           jne 0x7
   115: 49ff00                         incq (%r8)
   118: 498b5500                       movq (%r13), %rdx
   11c: 4189d1                         movl %edx, %r9d
   11f: 4183e101                       andl $0x1, %r9d
   123: 4d894508                       movq %r8, 0x8(%r13)
   127: 488d460b                       leaq 0xb(%rsi), %rax
   12b: b996000000                     movl $0x96, %ecx
   130: 4d85c9                         testq %r9, %r9
   133: 7408                           je 0x8
   135: 4489c3                         movl %r8d, %ebx
   138: 83e301                         andl $0x1, %ebx
   13b: 755a                           jne 0x5a
   13d: 4983c510                       addq $0x10, %r13
   141: 48894c2428                     movq %rcx, 0x28(%rsp)
   146: 4889442420                     movq %rax, 0x20(%rsp)
   14b: 4c89e1                         movq %r12, %rcx
   14e: 4c89ea                         movq %r13, %rdx
   151: 4d89f0                         movq %r14, %r8
   154: 41b901000000                   movl $0x1, %r9d
   15a: e800000000                     callq 0x0
        # hole +0x15b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   15f: 4883c438                       addq $0x38, %rsp
   163: c3                             retq
   164: e800000000                     callq 0x0
        # hole +0x165: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   169: b800000000                     movl $0x0, %eax
        # hole +0x16a: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[7]+0
   16e: a801                           testb $0x1, %al
   170: 0f8431ffffff                   je -0xcf
   176: e92fffffff                     jmp -0xd1
   17b: e800000000                     callq 0x0
        # hole +0x17c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   180: 498b442418                     movq 0x18(%r12), %rax
   185: 488b5028                       movq 0x28(%rax), %rdx
   189: f6c201                         testb $0x1, %dl
   18c: 0f846dffffff                   je -0x93
   192: e96bffffff                     jmp -0x95
   197: 48d1fa                         sarq %rdx
   19a: 49d1f8                         sarq %r8
   19d: 4c29c2                         subq %r8, %rdx
   1a0: 4889d0                         movq %rdx, %rax
   1a3: 4801f8                         addq %rdi, %rax
   1a6: 0f8997070000                   jns 0x797
   1ac: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   1b4: 49894500                       movq %rax, (%r13)
   1b8: 498b542418                     movq 0x18(%r12), %rdx
   1bd: 488b4a38                       movq 0x38(%rdx), %rcx
   1c1: 48894238                       movq %rax, 0x38(%rdx)
   1c5: f6c101                         testb $0x1, %cl
   1c8: 750a                           jne 0xa
   1ca: 48ff09                         decq (%rcx)
   1cd: 7505                           jne 0x5
   1cf: e800000000                     callq 0x0
        # hole +0x1d0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1d4: b800000000                     movl $0x0, %eax
        # hole +0x1d5: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[18]+0
   1d9: a801                           testb $0x1, %al
   1db: 7503                           jne 0x3
   1dd: 48ff00                         incq (%rax)
   1e0: 49894500                       movq %rax, (%r13)
   1e4: 498b542418                     movq 0x18(%r12), %rdx
   1e9: 488b4a40                       movq 0x40(%rdx), %rcx
   1ed: 48894240                       movq %rax, 0x40(%rdx)
   1f1: f6c101                         testb $0x1, %cl
   1f4: 750a                           jne 0xa
   1f6: 48ff09                         decq (%rcx)
   1f9: 7505                           jne 0x5
   1fb: e800000000                     callq 0x0
        # hole +0x1fc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   200: 49c745008f010000               movq $0x18f, (%r13)
   208: 498b442418                     movq 0x18(%r12), %rax
   20d: 488b4848                       movq 0x48(%rax), %rcx
   211: 48c740488f010000               movq $0x18f, 0x48(%rax)
   219: f6c101                         testb $0x1, %cl
   21c: 750a                           jne 0xa
   21e: 48ff09                         decq (%rcx)
   221: 7505                           jne 0x5
   223: e800000000                     callq 0x0
        # hole +0x224: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   228: 498b442418                     movq 0x18(%r12), %rax
   22d: 4c8b4050                       movq 0x50(%rax), %r8
   231: 41f6c001                       testb $0x1, %r8b
   235: 7503                           jne 0x3
   237: 49ff00                         incq (%r8)
   23a: 4d894500                       movq %r8, (%r13)
   23e: 498b442418                     movq 0x18(%r12), %rax
   243: 488b5058                       movq 0x58(%rax), %rdx
   247: f6c201                         testb $0x1, %dl
   24a: 7507                           jne 0x7
   24c: 48ff02                         incq (%rdx)
   24f: 4d8b4500                       movq (%r13), %r8
   253: 4589c1                         movl %r8d, %r9d
   256: 4183e101                       andl $0x1, %r9d
   25a: 49895508                       movq %rdx, 0x8(%r13)
   25e: 488d4616                       leaq 0x16(%rsi), %rax
   262: b904010000                     movl $0x104, %ecx
   267: 4d85c9                         testq %r9, %r9
   26a: 0f84cdfeffff                   je -0x133
   270: 89d3                           movl %edx, %ebx
   272: 83e301                         andl $0x1, %ebx
   275: 0f84c2feffff                   je -0x13e
   27b: 49d1f8                         sarq %r8
   27e: 48d1fa                         sarq %rdx
   281: 488d4617                       leaq 0x17(%rsi), %rax
   285: 490fafd0                       imulq %r8, %rdx
   289: b90e010000                     movl $0x10e, %ecx
   28e: 0f80a9feffff                   jo -0x157
   294: 4c8d043a                       leaq (%rdx,%rdi), %r8
   298: 4d85c0                         testq %r8, %r8
   29b: 0f899cfeffff                   jns -0x164
   2a1: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   2a9: 49894500                       movq %rax, (%r13)
   2ad: 498b542418                     movq 0x18(%r12), %rdx
   2b2: 488b4a60                       movq 0x60(%rdx), %rcx
   2b6: 48894260                       movq %rax, 0x60(%rdx)
   2ba: f6c101                         testb $0x1, %cl
   2bd: 750a                           jne 0xa
   2bf: 48ff09                         decq (%rcx)
   2c2: 7505                           jne 0x5
   2c4: e800000000                     callq 0x0
        # hole +0x2c5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2c9: b800000000                     movl $0x0, %eax
        # hole +0x2ca: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[29]+0
   2ce: a801                           testb $0x1, %al
   2d0: 7503                           jne 0x3
   2d2: 48ff00                         incq (%rax)
   2d5: 49894500                       movq %rax, (%r13)
   2d9: 498b542418                     movq 0x18(%r12), %rdx
   2de: 488b4a68                       movq 0x68(%rdx), %rcx
   2e2: 48894268                       movq %rax, 0x68(%rdx)
   2e6: f6c101                         testb $0x1, %cl
   2e9: 750a                           jne 0xa
   2eb: 48ff09                         decq (%rcx)
   2ee: 7505                           jne 0x5
   2f0: e800000000                     callq 0x0
        # hole +0x2f1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f5: 49c7450005010000               movq $0x105, (%r13)
   2fd: 498b442418                     movq 0x18(%r12), %rax
   302: 488b4870                       movq 0x70(%rax), %rcx
   306: 48c7407005010000               movq $0x105, 0x70(%rax)
   30e: f6c101                         testb $0x1, %cl
   311: 750a                           jne 0xa
   313: 48ff09                         decq (%rcx)
   316: 7505                           jne 0x5
   318: e800000000                     callq 0x0
        # hole +0x319: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   31d: 498b442418                     movq 0x18(%r12), %rax
   322: 488b5078                       movq 0x78(%rax), %rdx
   326: f6c201                         testb $0x1, %dl
   329: 7503                           jne 0x3
   32b: 48ff02                         incq (%rdx)
   32e: 49895500                       movq %rdx, (%r13)
   332: 498b442418                     movq 0x18(%r12), %rax
   337: 4c8b8080000000                 movq 0x80(%rax), %r8
   33e: 41f6c001                       testb $0x1, %r8b
   342: 7507                           jne 0x7
   344: 49ff00                         incq (%r8)
   347: 498b5500                       movq (%r13), %rdx
   34b: 4189d1                         movl %edx, %r9d
   34e: 4183e101                       andl $0x1, %r9d
   352: 4d894508                       movq %r8, 0x8(%r13)
   356: 488d4621                       leaq 0x21(%rsi), %rax
   35a: b972010000                     movl $0x172, %ecx
   35f: 4d85c9                         testq %r9, %r9
   362: 0f84d5fdffff                   je -0x22b
   368: 4489c3                         movl %r8d, %ebx
   36b: 83e301                         andl $0x1, %ebx
   36e: 0f84c9fdffff                   je -0x237
   374: 48d1fa                         sarq %rdx
   377: 49d1f8                         sarq %r8
   37a: 4901d0                         addq %rdx, %r8
   37d: 4c89c0                         movq %r8, %rax
   380: 4801f8                         addq %rdi, %rax
   383: 0f89c5050000                   jns 0x5c5
   389: 4a8d044501000000               leaq 0x1(,%r8,2), %rax
   391: 49894500                       movq %rax, (%r13)
   395: 498b542418                     movq 0x18(%r12), %rdx
   39a: 488b8a88000000                 movq 0x88(%rdx), %rcx
   3a1: 48898288000000                 movq %rax, 0x88(%rdx)
   3a8: f6c101                         testb $0x1, %cl
   3ab: 750a                           jne 0xa
   3ad: 48ff09                         decq (%rcx)
   3b0: 7505                           jne 0x5
   3b2: e800000000                     callq 0x0
        # hole +0x3b3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3b7: b800000000                     movl $0x0, %eax
        # hole +0x3b8: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[40]+0
   3bc: a801                           testb $0x1, %al
   3be: 7503                           jne 0x3
   3c0: 48ff00                         incq (%rax)
   3c3: 49894500                       movq %rax, (%r13)
   3c7: 498b542418                     movq 0x18(%r12), %rdx
   3cc: 488b8a90000000                 movq 0x90(%rdx), %rcx
   3d3: 48898290000000                 movq %rax, 0x90(%rdx)
   3da: f6c101                         testb $0x1, %cl
   3dd: 750a                           jne 0xa
   3df: 48ff09                         decq (%rcx)
   3e2: 7505                           jne 0x5
   3e4: e800000000                     callq 0x0
        # hole +0x3e5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3e9: 49c7450061000000               movq $0x61, (%r13)
   3f1: 498b442418                     movq 0x18(%r12), %rax
   3f6: 488b8898000000                 movq 0x98(%rax), %rcx
   3fd: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   408: f6c101                         testb $0x1, %cl
   40b: 750a                           jne 0xa
   40d: 48ff09                         decq (%rcx)
   410: 7505                           jne 0x5
   412: e800000000                     callq 0x0
        # hole +0x413: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   417: 498b442418                     movq 0x18(%r12), %rax
   41c: 488b90a0000000                 movq 0xa0(%rax), %rdx
   423: f6c201                         testb $0x1, %dl
   426: 7503                           jne 0x3
   428: 48ff02                         incq (%rdx)
   42b: 49895500                       movq %rdx, (%r13)
   42f: 498b442418                     movq 0x18(%r12), %rax
   434: 4c8b80a8000000                 movq 0xa8(%rax), %r8
   43b: 41f6c001                       testb $0x1, %r8b
   43f: 7507                           jne 0x7
   441: 49ff00                         incq (%r8)
   444: 498b5500                       movq (%r13), %rdx
   448: 4189d1                         movl %edx, %r9d
   44b: 4183e101                       andl $0x1, %r9d
   44f: 4d894508                       movq %r8, 0x8(%r13)
   453: 488d462c                       leaq 0x2c(%rsi), %rax
   457: b9e0010000                     movl $0x1e0, %ecx
   45c: 4d85c9                         testq %r9, %r9
   45f: 0f84d8fcffff                   je -0x328
   465: 4489c3                         movl %r8d, %ebx
   468: 83e301                         andl $0x1, %ebx
   46b: 0f84ccfcffff                   je -0x334
   471: 48d1fa                         sarq %rdx
   474: 49d1f8                         sarq %r8
   477: 4c29c2                         subq %r8, %rdx
   47a: 4889d0                         movq %rdx, %rax
   47d: 4801f8                         addq %rdi, %rax
   480: 0f89d3040000                   jns 0x4d3
   486: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   48e: 49894500                       movq %rax, (%r13)
   492: 498b542418                     movq 0x18(%r12), %rdx
   497: 488b8ab0000000                 movq 0xb0(%rdx), %rcx
   49e: 488982b0000000                 movq %rax, 0xb0(%rdx)
   4a5: f6c101                         testb $0x1, %cl
   4a8: 750a                           jne 0xa
   4aa: 48ff09                         decq (%rcx)
   4ad: 7505                           jne 0x5
   4af: e800000000                     callq 0x0
        # hole +0x4b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4b4: b800000000                     movl $0x0, %eax
        # hole +0x4b5: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[51]+0
   4b9: a801                           testb $0x1, %al
   4bb: 7503                           jne 0x3
   4bd: 48ff00                         incq (%rax)
   4c0: 49894500                       movq %rax, (%r13)
   4c4: 498b542418                     movq 0x18(%r12), %rdx
   4c9: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   4d0: 488982b8000000                 movq %rax, 0xb8(%rdx)
   4d7: f6c101                         testb $0x1, %cl
   4da: 750a                           jne 0xa
   4dc: 48ff09                         decq (%rcx)
   4df: 7505                           jne 0x5
   4e1: e800000000                     callq 0x0
        # hole +0x4e2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4e6: 49c7450007010000               movq $0x107, (%r13)
   4ee: 498b442418                     movq 0x18(%r12), %rax
   4f3: 488b88c0000000                 movq 0xc0(%rax), %rcx
   4fa: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   505: f6c101                         testb $0x1, %cl
   508: 750a                           jne 0xa
   50a: 48ff09                         decq (%rcx)
   50d: 7505                           jne 0x5
   50f: e800000000                     callq 0x0
        # hole +0x510: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   514: 498b442418                     movq 0x18(%r12), %rax
   519: 4c8b80c8000000                 movq 0xc8(%rax), %r8
   520: 41f6c001                       testb $0x1, %r8b
   524: 7503                           jne 0x3
   526: 49ff00                         incq (%r8)
   529: 4d894500                       movq %r8, (%r13)
   52d: 498b442418                     movq 0x18(%r12), %rax
   532: 488b90d0000000                 movq 0xd0(%rax), %rdx
   539: f6c201                         testb $0x1, %dl
   53c: 7507                           jne 0x7
   53e: 48ff02                         incq (%rdx)
   541: 4d8b4500                       movq (%r13), %r8
   545: 4589c1                         movl %r8d, %r9d
   548: 4183e101                       andl $0x1, %r9d
   54c: 49895508                       movq %rdx, 0x8(%r13)
   550: 488d4637                       leaq 0x37(%rsi), %rax
   554: b94e020000                     movl $0x24e, %ecx
   559: 4d85c9                         testq %r9, %r9
   55c: 0f84dbfbffff                   je -0x425
   562: 89d3                           movl %edx, %ebx
   564: 83e301                         andl $0x1, %ebx
   567: 0f84d0fbffff                   je -0x430
   56d: 49d1f8                         sarq %r8
   570: 48d1fa                         sarq %rdx
   573: 488d4638                       leaq 0x38(%rsi), %rax
   577: 490fafd0                       imulq %r8, %rdx
   57b: b958020000                     movl $0x258, %ecx
   580: 0f80b7fbffff                   jo -0x449
   586: 4c8d043a                       leaq (%rdx,%rdi), %r8
   58a: 4d85c0                         testq %r8, %r8
   58d: 0f89aafbffff                   jns -0x456
   593: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   59b: 49894500                       movq %rax, (%r13)
   59f: 498b542418                     movq 0x18(%r12), %rdx
   5a4: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   5ab: 488982d8000000                 movq %rax, 0xd8(%rdx)
   5b2: f6c101                         testb $0x1, %cl
   5b5: 750a                           jne 0xa
   5b7: 48ff09                         decq (%rcx)
   5ba: 7505                           jne 0x5
   5bc: e800000000                     callq 0x0
        # hole +0x5bd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5c1: b800000000                     movl $0x0, %eax
        # hole +0x5c2: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[62]+0
   5c6: a801                           testb $0x1, %al
   5c8: 7503                           jne 0x3
   5ca: 48ff00                         incq (%rax)
   5cd: 49894500                       movq %rax, (%r13)
   5d1: 498b542418                     movq 0x18(%r12), %rdx
   5d6: 488b8ae0000000                 movq 0xe0(%rdx), %rcx
   5dd: 488982e0000000                 movq %rax, 0xe0(%rdx)
   5e4: f6c101                         testb $0x1, %cl
   5e7: 750a                           jne 0xa
   5e9: 48ff09                         decq (%rcx)
   5ec: 7505                           jne 0x5
   5ee: e800000000                     callq 0x0
        # hole +0x5ef: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5f3: 49c745003b010000               movq $0x13b, (%r13)
   5fb: 498b442418                     movq 0x18(%r12), %rax
   600: 488b88e8000000                 movq 0xe8(%rax), %rcx
   607: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   612: f6c101                         testb $0x1, %cl
   615: 750a                           jne 0xa
   617: 48ff09                         decq (%rcx)
   61a: 7505                           jne 0x5
   61c: e800000000                     callq 0x0
        # hole +0x61d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   621: 498b442418                     movq 0x18(%r12), %rax
   626: 488b90f0000000                 movq 0xf0(%rax), %rdx
   62d: f6c201                         testb $0x1, %dl
   630: 7503                           jne 0x3
   632: 48ff02                         incq (%rdx)
   635: 49895500                       movq %rdx, (%r13)
   639: 498b442418                     movq 0x18(%r12), %rax
   63e: 4c8b80f8000000                 movq 0xf8(%rax), %r8
   645: 41f6c001                       testb $0x1, %r8b
   649: 7507                           jne 0x7
   64b: 49ff00                         incq (%r8)
   64e: 498b5500                       movq (%r13), %rdx
   652: 4189d1                         movl %edx, %r9d
   655: 4183e101                       andl $0x1, %r9d
   659: 4d894508                       movq %r8, 0x8(%r13)
   65d: 488d4642                       leaq 0x42(%rsi), %rax
   661: b9bc020000                     movl $0x2bc, %ecx
   666: 4d85c9                         testq %r9, %r9
   669: 0f84cefaffff                   je -0x532
   66f: 4489c3                         movl %r8d, %ebx
   672: 83e301                         andl $0x1, %ebx
   675: 0f84c2faffff                   je -0x53e
   67b: 48d1fa                         sarq %rdx
   67e: 49d1f8                         sarq %r8
   681: 4901d0                         addq %rdx, %r8
   684: 4c89c0                         movq %r8, %rax
   687: 4801f8                         addq %rdi, %rax
   68a: 0f89d4020000                   jns 0x2d4
   690: 4a8d044501000000               leaq 0x1(,%r8,2), %rax
   698: 49894500                       movq %rax, (%r13)
   69c: 498b542418                     movq 0x18(%r12), %rdx
   6a1: 488b8a00010000                 movq 0x100(%rdx), %rcx
   6a8: 48898200010000                 movq %rax, 0x100(%rdx)
   6af: f6c101                         testb $0x1, %cl
   6b2: 750a                           jne 0xa
   6b4: 48ff09                         decq (%rcx)
   6b7: 7505                           jne 0x5
   6b9: e800000000                     callq 0x0
        # hole +0x6ba: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6be: b800000000                     movl $0x0, %eax
        # hole +0x6bf: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[73]+0
   6c3: a801                           testb $0x1, %al
   6c5: 7503                           jne 0x3
   6c7: 48ff00                         incq (%rax)
   6ca: 49894500                       movq %rax, (%r13)
   6ce: 498b542418                     movq 0x18(%r12), %rdx
   6d3: 488b8a08010000                 movq 0x108(%rdx), %rcx
   6da: 48898208010000                 movq %rax, 0x108(%rdx)
   6e1: f6c101                         testb $0x1, %cl
   6e4: 750a                           jne 0xa
   6e6: 48ff09                         decq (%rcx)
   6e9: 7505                           jne 0x5
   6eb: e800000000                     callq 0x0
        # hole +0x6ec: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6f0: 49c7450031000000               movq $0x31, (%r13)
   6f8: 498b442418                     movq 0x18(%r12), %rax
   6fd: 488b8810010000                 movq 0x110(%rax), %rcx
   704: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   70f: f6c101                         testb $0x1, %cl
   712: 750a                           jne 0xa
   714: 48ff09                         decq (%rcx)
   717: 7505                           jne 0x5
   719: e800000000                     callq 0x0
        # hole +0x71a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   71e: 498b442418                     movq 0x18(%r12), %rax
   723: 488b9018010000                 movq 0x118(%rax), %rdx
   72a: f6c201                         testb $0x1, %dl
   72d: 7503                           jne 0x3
   72f: 48ff02                         incq (%rdx)
   732: 49895500                       movq %rdx, (%r13)
   736: 498b442418                     movq 0x18(%r12), %rax
   73b: 4c8b8020010000                 movq 0x120(%rax), %r8
   742: 41f6c001                       testb $0x1, %r8b
   746: 7507                           jne 0x7
   748: 49ff00                         incq (%r8)
   74b: 498b5500                       movq (%r13), %rdx
   74f: 4189d1                         movl %edx, %r9d
   752: 4183e101                       andl $0x1, %r9d
   756: 4d894508                       movq %r8, 0x8(%r13)
   75a: 488d464d                       leaq 0x4d(%rsi), %rax
   75e: b92a030000                     movl $0x32a, %ecx
   763: 4d85c9                         testq %r9, %r9
   766: 0f84d1f9ffff                   je -0x62f
   76c: 4489c3                         movl %r8d, %ebx
   76f: 83e301                         andl $0x1, %ebx
   772: 0f84c5f9ffff                   je -0x63b
   778: 48d1fa                         sarq %rdx
   77b: 49d1f8                         sarq %r8
   77e: 4c29c2                         subq %r8, %rdx
   781: 4889d0                         movq %rdx, %rax
   784: 4801f8                         addq %rdi, %rax
   787: 0f89e2010000                   jns 0x1e2
   78d: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   795: 49894500                       movq %rax, (%r13)
   799: 498b542418                     movq 0x18(%r12), %rdx
   79e: 488b8a28010000                 movq 0x128(%rdx), %rcx
   7a5: 48898228010000                 movq %rax, 0x128(%rdx)
   7ac: f6c101                         testb $0x1, %cl
   7af: 750a                           jne 0xa
   7b1: 48ff09                         decq (%rcx)
   7b4: 7505                           jne 0x5
   7b6: e800000000                     callq 0x0
        # hole +0x7b7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7bb: b800000000                     movl $0x0, %eax
        # hole +0x7bc: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[84]+0
   7c0: a801                           testb $0x1, %al
   7c2: 7503                           jne 0x3
   7c4: 48ff00                         incq (%rax)
   7c7: 49894500                       movq %rax, (%r13)
   7cb: 498b542418                     movq 0x18(%r12), %rdx
   7d0: 488b8a30010000                 movq 0x130(%rdx), %rcx
   7d7: 48898230010000                 movq %rax, 0x130(%rdx)
   7de: f6c101                         testb $0x1, %cl
   7e1: 750a                           jne 0xa
   7e3: 48ff09                         decq (%rcx)
   7e6: 7505                           jne 0x5
   7e8: e800000000                     callq 0x0
        # hole +0x7e9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7ed: 49c7450049000000               movq $0x49, (%r13)
   7f5: 498b442418                     movq 0x18(%r12), %rax
   7fa: 488b8838010000                 movq 0x138(%rax), %rcx
   801: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   80c: f6c101                         testb $0x1, %cl
   80f: 750a                           jne 0xa
   811: 48ff09                         decq (%rcx)
   814: 7505                           jne 0x5
   816: e800000000                     callq 0x0
        # hole +0x817: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   81b: 498b442418                     movq 0x18(%r12), %rax
   820: 4c8b8040010000                 movq 0x140(%rax), %r8
   827: 41f6c001                       testb $0x1, %r8b
   82b: 7503                           jne 0x3
   82d: 49ff00                         incq (%r8)
   830: 4d894500                       movq %r8, (%r13)
   834: 498b442418                     movq 0x18(%r12), %rax
   839: 488b9048010000                 movq 0x148(%rax), %rdx
   840: f6c201                         testb $0x1, %dl
   843: 7507                           jne 0x7
   845: 48ff02                         incq (%rdx)
   848: 4d8b4500                       movq (%r13), %r8
   84c: 4589c1                         movl %r8d, %r9d
   84f: 4183e101                       andl $0x1, %r9d
   853: 49895508                       movq %rdx, 0x8(%r13)
   857: 488d4658                       leaq 0x58(%rsi), %rax
   85b: b998030000                     movl $0x398, %ecx
   860: 4d85c9                         testq %r9, %r9
   863: 0f84d4f8ffff                   je -0x72c
   869: 89d3                           movl %edx, %ebx
   86b: 83e301                         andl $0x1, %ebx
   86e: 0f84c9f8ffff                   je -0x737
   874: 49d1f8                         sarq %r8
   877: 48d1fa                         sarq %rdx
   87a: 4883c659                       addq $0x59, %rsi
   87e: 490fafd0                       imulq %r8, %rdx
   882: b9a2030000                     movl $0x3a2, %ecx
   887: 0f80ae000000                   jo 0xae
   88d: 4801d7                         addq %rdx, %rdi
   890: 4889f0                         movq %rsi, %rax
   893: 4885ff                         testq %rdi, %rdi
   896: 0f89a1f8ffff                   jns -0x75f
   89c: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   8a4: 49894500                       movq %rax, (%r13)
   8a8: 498b542418                     movq 0x18(%r12), %rdx
   8ad: 488b8a50010000                 movq 0x150(%rdx), %rcx
   8b4: 48898250010000                 movq %rax, 0x150(%rdx)
   8bb: f6c101                         testb $0x1, %cl
   8be: 750a                           jne 0xa
   8c0: 48ff09                         decq (%rcx)
   8c3: 7505                           jne 0x5
   8c5: e800000000                     callq 0x0
        # hole +0x8c6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8ca: b800000000                     movl $0x0, %eax
        # hole +0x8cb: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[95]+0
   8cf: a801                           testb $0x1, %al
   8d1: 7503                           jne 0x3
   8d3: 48ff00                         incq (%rax)
   8d6: 49894500                       movq %rax, (%r13)
   8da: 498b542418                     movq 0x18(%r12), %rdx
   8df: 488b8a58010000                 movq 0x158(%rdx), %rcx
   8e6: 48898258010000                 movq %rax, 0x158(%rdx)
   8ed: f6c101                         testb $0x1, %cl
   8f0: 750a                           jne 0xa
   8f2: 48ff09                         decq (%rcx)
   8f5: 7505                           jne 0x5
   8f7: e800000000                     callq 0x0
        # hole +0x8f8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   8fc: 49c7450063010000               movq $0x163, (%r13)
   904: 498b442418                     movq 0x18(%r12), %rax
   909: 488b8860010000                 movq 0x160(%rax), %rcx
   910: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   91b: f6c101                         testb $0x1, %cl
   91e: 750a                           jne 0xa
   920: 48ff09                         decq (%rcx)
   923: 7505                           jne 0x5
   925: e800000000                     callq 0x0
        # hole +0x926: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   92a: 4883c438                       addq $0x38, %rsp
   92e: e900000000                     jmp 0x0
        # hole +0x92f: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   933: 48ffc6                         incq %rsi
   936: b932000000                     movl $0x32, %ecx
   93b: 4889f0                         movq %rsi, %rax
   93e: e9faf7ffff                     jmp -0x806
   943: 4883c60c                       addq $0xc, %rsi
   947: b9a0000000                     movl $0xa0, %ecx
   94c: ebed                           jmp -0x13
   94e: 4883c622                       addq $0x22, %rsi
   952: b97c010000                     movl $0x17c, %ecx
   957: ebe2                           jmp -0x1e
   959: 4883c62d                       addq $0x2d, %rsi
   95d: b9ea010000                     movl $0x1ea, %ecx
   962: ebd7                           jmp -0x29
   964: 4883c643                       addq $0x43, %rsi
   968: b9c6020000                     movl $0x2c6, %ecx
   96d: ebcc                           jmp -0x34
   96f: 4883c64e                       addq $0x4e, %rsi
   973: b934030000                     movl $0x334, %ecx
   978: ebc1                           jmp -0x3f
