# stencil startup_loads for x86_64-pc-windows-msvc: 2538 code bytes, 80 data bytes, 67 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 488b00                         movq (%rax), %rax
     c: a801                           testb $0x1, %al
     e: 7503                           jne 0x3
    10: 48ff00                         incq (%rax)
    13: 49894500                       movq %rax, (%r13)
    17: 498b4c2418                     movq 0x18(%r12), %rcx
    1c: 488b4908                       movq 0x8(%rcx), %rcx
    20: f6c101                         testb $0x1, %cl
    23: 7507                           jne 0x7
    25: 48ff01                         incq (%rcx)
    28: 498b4500                       movq (%r13), %rax
    2c: 89c2                           movl %eax, %edx
    2e: 83e201                         andl $0x1, %edx
    31: 49894d08                       movq %rcx, 0x8(%r13)
    35: 4885d2                         testq %rdx, %rdx
    38: 0f8426030000                   je 0x326
    3e: 89ca                           movl %ecx, %edx
    40: 83e201                         andl $0x1, %edx
    43: 0f841b030000                   je 0x31b
    49: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
    53: 48d1f8                         sarq %rax
    56: 48d1f9                         sarq %rcx
    59: 4801c1                         addq %rax, %rcx
    5c: 4889c8                         movq %rcx, %rax
    5f: 4801f0                         addq %rsi, %rax
    62: 0f8911030000                   jns 0x311
    68: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    70: 49894500                       movq %rax, (%r13)
    74: 498b542418                     movq 0x18(%r12), %rdx
    79: 488b4a10                       movq 0x10(%rdx), %rcx
    7d: 48894210                       movq %rax, 0x10(%rdx)
    81: f6c101                         testb $0x1, %cl
    84: 7509                           jne 0x9
    86: 48ff09                         decq (%rcx)
    89: 0f84ca000000                   je 0xca
    8f: 488b0500000000                 movq (%rip), %rax
        # hole +0x92: IMAGE_REL_AMD64_REL32 Rel32 data-4
    96: a801                           testb $0x1, %al
    98: 7503                           jne 0x3
    9a: 48ff00                         incq (%rax)
    9d: 49894500                       movq %rax, (%r13)
    a1: 498b542418                     movq 0x18(%r12), %rdx
    a6: 488b4a18                       movq 0x18(%rdx), %rcx
    aa: 48894218                       movq %rax, 0x18(%rdx)
    ae: f6c101                         testb $0x1, %cl
    b1: 750a                           jne 0xa
    b3: 48ff09                         decq (%rcx)
    b6: 7505                           jne 0x5
    b8: e800000000                     callq 0x0
        # hole +0xb9: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    bd: 49c745001f010000               movq $0x11f, (%r13)
    c5: 498b442418                     movq 0x18(%r12), %rax
    ca: 488b4820                       movq 0x20(%rax), %rcx
    ce: 48c740201f010000               movq $0x11f, 0x20(%rax)
    d6: f6c101                         testb $0x1, %cl
    d9: 7509                           jne 0x9
    db: 48ff09                         decq (%rcx)
    de: 0f848e000000                   je 0x8e
    e4: 498b442418                     movq 0x18(%r12), %rax
    e9: 488b4028                       movq 0x28(%rax), %rax
    ed: a801                           testb $0x1, %al
    ef: 7503                           jne 0x3
    f1: 48ff00                         incq (%rax)
    f4: 49894500                       movq %rax, (%r13)
    f8: 498b4c2418                     movq 0x18(%r12), %rcx
    fd: 488b4930                       movq 0x30(%rcx), %rcx
   101: f6c101                         testb $0x1, %cl
   104: 7507                           jne 0x7
   106: 48ff01                         incq (%rcx)
   109: 498b4500                       movq (%r13), %rax
   10d: 89c2                           movl %eax, %edx
   10f: 83e201                         andl $0x1, %edx
   112: 49894d08                       movq %rcx, 0x8(%r13)
   116: 4885d2                         testq %rdx, %rdx
   119: 7407                           je 0x7
   11b: 89ca                           movl %ecx, %edx
   11d: 83e201                         andl $0x1, %edx
   120: 756b                           jne 0x6b
   122: 488b0500000000                 movq (%rip), %rax
        # hole +0x125: IMAGE_REL_AMD64_REL32 Rel32 data+4
   129: 4883c00f                       addq $0xf, %rax
   12d: b996000000                     movl $0x96, %ecx
   132: 4983c510                       addq $0x10, %r13
   136: 48894c2428                     movq %rcx, 0x28(%rsp)
   13b: 4889442420                     movq %rax, 0x20(%rsp)
   140: 4c89e1                         movq %r12, %rcx
   143: 4c89ea                         movq %r13, %rdx
   146: 4d89f0                         movq %r14, %r8
   149: 41b901000000                   movl $0x1, %r9d
   14f: e800000000                     callq 0x0
        # hole +0x150: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   154: 4883c438                       addq $0x38, %rsp
   158: c3                             retq
   159: e800000000                     callq 0x0
        # hole +0x15a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   15e: 488b0500000000                 movq (%rip), %rax
        # hole +0x161: IMAGE_REL_AMD64_REL32 Rel32 data-4
   165: a801                           testb $0x1, %al
   167: 0f842dffffff                   je -0xd3
   16d: e92bffffff                     jmp -0xd5
   172: e800000000                     callq 0x0
        # hole +0x173: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   177: 498b442418                     movq 0x18(%r12), %rax
   17c: 488b4028                       movq 0x28(%rax), %rax
   180: a801                           testb $0x1, %al
   182: 0f8469ffffff                   je -0x97
   188: e967ffffff                     jmp -0x99
   18d: 48d1f8                         sarq %rax
   190: 48d1f9                         sarq %rcx
   193: 4829c8                         subq %rcx, %rax
   196: 4889c1                         movq %rax, %rcx
   199: 4801f1                         addq %rsi, %rcx
   19c: 0f89ea020000                   jns 0x2ea
   1a2: 488d044501000000               leaq 0x1(,%rax,2), %rax
   1aa: 49894500                       movq %rax, (%r13)
   1ae: 498b542418                     movq 0x18(%r12), %rdx
   1b3: 488b4a38                       movq 0x38(%rdx), %rcx
   1b7: 48894238                       movq %rax, 0x38(%rdx)
   1bb: f6c101                         testb $0x1, %cl
   1be: 750a                           jne 0xa
   1c0: 48ff09                         decq (%rcx)
   1c3: 7505                           jne 0x5
   1c5: e800000000                     callq 0x0
        # hole +0x1c6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1ca: 488b0500000000                 movq (%rip), %rax
        # hole +0x1cd: IMAGE_REL_AMD64_REL32 Rel32 data+12
   1d1: a801                           testb $0x1, %al
   1d3: 7503                           jne 0x3
   1d5: 48ff00                         incq (%rax)
   1d8: 49894500                       movq %rax, (%r13)
   1dc: 498b542418                     movq 0x18(%r12), %rdx
   1e1: 488b4a40                       movq 0x40(%rdx), %rcx
   1e5: 48894240                       movq %rax, 0x40(%rdx)
   1e9: f6c101                         testb $0x1, %cl
   1ec: 750a                           jne 0xa
   1ee: 48ff09                         decq (%rcx)
   1f1: 7505                           jne 0x5
   1f3: e800000000                     callq 0x0
        # hole +0x1f4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1f8: 49c745008f010000               movq $0x18f, (%r13)
   200: 498b442418                     movq 0x18(%r12), %rax
   205: 488b4848                       movq 0x48(%rax), %rcx
   209: 48c740488f010000               movq $0x18f, 0x48(%rax)
   211: f6c101                         testb $0x1, %cl
   214: 750a                           jne 0xa
   216: 48ff09                         decq (%rcx)
   219: 7505                           jne 0x5
   21b: e800000000                     callq 0x0
        # hole +0x21c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   220: 498b442418                     movq 0x18(%r12), %rax
   225: 488b4850                       movq 0x50(%rax), %rcx
   229: f6c101                         testb $0x1, %cl
   22c: 7503                           jne 0x3
   22e: 48ff01                         incq (%rcx)
   231: 49894d00                       movq %rcx, (%r13)
   235: 498b442418                     movq 0x18(%r12), %rax
   23a: 488b4058                       movq 0x58(%rax), %rax
   23e: a801                           testb $0x1, %al
   240: 7507                           jne 0x7
   242: 48ff00                         incq (%rax)
   245: 498b4d00                       movq (%r13), %rcx
   249: 89ca                           movl %ecx, %edx
   24b: 83e201                         andl $0x1, %edx
   24e: 49894508                       movq %rax, 0x8(%r13)
   252: 4885d2                         testq %rdx, %rdx
   255: 7407                           je 0x7
   257: 89c2                           movl %eax, %edx
   259: 83e201                         andl $0x1, %edx
   25c: 7515                           jne 0x15
   25e: 488b0500000000                 movq (%rip), %rax
        # hole +0x261: IMAGE_REL_AMD64_REL32 Rel32 data+4
   265: 4883c01a                       addq $0x1a, %rax
   269: b904010000                     movl $0x104, %ecx
   26e: e9bffeffff                     jmp -0x141
   273: 48d1f9                         sarq %rcx
   276: 48d1f8                         sarq %rax
   279: 480fafc1                       imulq %rcx, %rax
   27d: 0f801c030000                   jo 0x31c
   283: 488d0c30                       leaq (%rax,%rsi), %rcx
   287: 4885c9                         testq %rcx, %rcx
   28a: 0f890f030000                   jns 0x30f
   290: 488d044501000000               leaq 0x1(,%rax,2), %rax
   298: 49894500                       movq %rax, (%r13)
   29c: 498b542418                     movq 0x18(%r12), %rdx
   2a1: 488b4a60                       movq 0x60(%rdx), %rcx
   2a5: 48894260                       movq %rax, 0x60(%rdx)
   2a9: f6c101                         testb $0x1, %cl
   2ac: 750a                           jne 0xa
   2ae: 48ff09                         decq (%rcx)
   2b1: 7505                           jne 0x5
   2b3: e800000000                     callq 0x0
        # hole +0x2b4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2b8: 488b0500000000                 movq (%rip), %rax
        # hole +0x2bb: IMAGE_REL_AMD64_REL32 Rel32 data+20
   2bf: a801                           testb $0x1, %al
   2c1: 7503                           jne 0x3
   2c3: 48ff00                         incq (%rax)
   2c6: 49894500                       movq %rax, (%r13)
   2ca: 498b542418                     movq 0x18(%r12), %rdx
   2cf: 488b4a68                       movq 0x68(%rdx), %rcx
   2d3: 48894268                       movq %rax, 0x68(%rdx)
   2d7: f6c101                         testb $0x1, %cl
   2da: 750a                           jne 0xa
   2dc: 48ff09                         decq (%rcx)
   2df: 7505                           jne 0x5
   2e1: e800000000                     callq 0x0
        # hole +0x2e2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2e6: 49c7450005010000               movq $0x105, (%r13)
   2ee: 498b442418                     movq 0x18(%r12), %rax
   2f3: 488b4870                       movq 0x70(%rax), %rcx
   2f7: 48c7407005010000               movq $0x105, 0x70(%rax)
   2ff: f6c101                         testb $0x1, %cl
   302: 750a                           jne 0xa
   304: 48ff09                         decq (%rcx)
   307: 7505                           jne 0x5
   309: e800000000                     callq 0x0
        # hole +0x30a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   30e: 498b442418                     movq 0x18(%r12), %rax
   313: 488b4078                       movq 0x78(%rax), %rax
   317: a801                           testb $0x1, %al
   319: 7503                           jne 0x3
   31b: 48ff00                         incq (%rax)
   31e: 49894500                       movq %rax, (%r13)
   322: 498b4c2418                     movq 0x18(%r12), %rcx
   327: 488b8980000000                 movq 0x80(%rcx), %rcx
   32e: f6c101                         testb $0x1, %cl
   331: 7507                           jne 0x7
   333: 48ff01                         incq (%rcx)
   336: 498b4500                       movq (%r13), %rax
   33a: 89c2                           movl %eax, %edx
   33c: 83e201                         andl $0x1, %edx
   33f: 49894d08                       movq %rcx, 0x8(%r13)
   343: 4885d2                         testq %rdx, %rdx
   346: 7407                           je 0x7
   348: 89ca                           movl %ecx, %edx
   34a: 83e201                         andl $0x1, %edx
   34d: 753f                           jne 0x3f
   34f: 488b0500000000                 movq (%rip), %rax
        # hole +0x352: IMAGE_REL_AMD64_REL32 Rel32 data+4
   356: 4883c025                       addq $0x25, %rax
   35a: b972010000                     movl $0x172, %ecx
   35f: e9cefdffff                     jmp -0x232
   364: 488b0500000000                 movq (%rip), %rax
        # hole +0x367: IMAGE_REL_AMD64_REL32 Rel32 data+4
   36b: 4883c004                       addq $0x4, %rax
   36f: b928000000                     movl $0x28, %ecx
   374: e9b9fdffff                     jmp -0x247
   379: 488b0500000000                 movq (%rip), %rax
        # hole +0x37c: IMAGE_REL_AMD64_REL32 Rel32 data+4
   380: 4883c005                       addq $0x5, %rax
   384: b932000000                     movl $0x32, %ecx
   389: e9a4fdffff                     jmp -0x25c
   38e: 48d1f8                         sarq %rax
   391: 48d1f9                         sarq %rcx
   394: 4801c1                         addq %rax, %rcx
   397: 4889c8                         movq %rcx, %rax
   39a: 4801f0                         addq %rsi, %rax
   39d: 0f8917030000                   jns 0x317
   3a3: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   3ab: 49894500                       movq %rax, (%r13)
   3af: 498b542418                     movq 0x18(%r12), %rdx
   3b4: 488b8a88000000                 movq 0x88(%rdx), %rcx
   3bb: 48898288000000                 movq %rax, 0x88(%rdx)
   3c2: f6c101                         testb $0x1, %cl
   3c5: 750a                           jne 0xa
   3c7: 48ff09                         decq (%rcx)
   3ca: 7505                           jne 0x5
   3cc: e800000000                     callq 0x0
        # hole +0x3cd: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3d1: 488b0500000000                 movq (%rip), %rax
        # hole +0x3d4: IMAGE_REL_AMD64_REL32 Rel32 data+28
   3d8: a801                           testb $0x1, %al
   3da: 7503                           jne 0x3
   3dc: 48ff00                         incq (%rax)
   3df: 49894500                       movq %rax, (%r13)
   3e3: 498b542418                     movq 0x18(%r12), %rdx
   3e8: 488b8a90000000                 movq 0x90(%rdx), %rcx
   3ef: 48898290000000                 movq %rax, 0x90(%rdx)
   3f6: f6c101                         testb $0x1, %cl
   3f9: 750a                           jne 0xa
   3fb: 48ff09                         decq (%rcx)
   3fe: 7505                           jne 0x5
   400: e800000000                     callq 0x0
        # hole +0x401: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   405: 49c7450061000000               movq $0x61, (%r13)
   40d: 498b442418                     movq 0x18(%r12), %rax
   412: 488b8898000000                 movq 0x98(%rax), %rcx
   419: 48c7809800000061000000         movq $0x61, 0x98(%rax)
   424: f6c101                         testb $0x1, %cl
   427: 750a                           jne 0xa
   429: 48ff09                         decq (%rcx)
   42c: 7505                           jne 0x5
   42e: e800000000                     callq 0x0
        # hole +0x42f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   433: 498b442418                     movq 0x18(%r12), %rax
   438: 488b80a0000000                 movq 0xa0(%rax), %rax
   43f: a801                           testb $0x1, %al
   441: 7503                           jne 0x3
   443: 48ff00                         incq (%rax)
   446: 49894500                       movq %rax, (%r13)
   44a: 498b4c2418                     movq 0x18(%r12), %rcx
   44f: 488b89a8000000                 movq 0xa8(%rcx), %rcx
   456: f6c101                         testb $0x1, %cl
   459: 7507                           jne 0x7
   45b: 48ff01                         incq (%rcx)
   45e: 498b4500                       movq (%r13), %rax
   462: 89c2                           movl %eax, %edx
   464: 83e201                         andl $0x1, %edx
   467: 49894d08                       movq %rcx, 0x8(%r13)
   46b: 4885d2                         testq %rdx, %rdx
   46e: 7407                           je 0x7
   470: 89ca                           movl %ecx, %edx
   472: 83e201                         andl $0x1, %edx
   475: 752a                           jne 0x2a
   477: 488b0500000000                 movq (%rip), %rax
        # hole +0x47a: IMAGE_REL_AMD64_REL32 Rel32 data+4
   47e: 4883c030                       addq $0x30, %rax
   482: b9e0010000                     movl $0x1e0, %ecx
   487: e9a6fcffff                     jmp -0x35a
   48c: 488b0500000000                 movq (%rip), %rax
        # hole +0x48f: IMAGE_REL_AMD64_REL32 Rel32 data+4
   493: 4883c010                       addq $0x10, %rax
   497: b9a0000000                     movl $0xa0, %ecx
   49c: e991fcffff                     jmp -0x36f
   4a1: 48d1f8                         sarq %rax
   4a4: 48d1f9                         sarq %rcx
   4a7: 4829c8                         subq %rcx, %rax
   4aa: 4889c1                         movq %rax, %rcx
   4ad: 4801f1                         addq %rsi, %rcx
   4b0: 0f8917030000                   jns 0x317
   4b6: 488d044501000000               leaq 0x1(,%rax,2), %rax
   4be: 49894500                       movq %rax, (%r13)
   4c2: 498b542418                     movq 0x18(%r12), %rdx
   4c7: 488b8ab0000000                 movq 0xb0(%rdx), %rcx
   4ce: 488982b0000000                 movq %rax, 0xb0(%rdx)
   4d5: f6c101                         testb $0x1, %cl
   4d8: 750a                           jne 0xa
   4da: 48ff09                         decq (%rcx)
   4dd: 7505                           jne 0x5
   4df: e800000000                     callq 0x0
        # hole +0x4e0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4e4: 488b0500000000                 movq (%rip), %rax
        # hole +0x4e7: IMAGE_REL_AMD64_REL32 Rel32 data+36
   4eb: a801                           testb $0x1, %al
   4ed: 7503                           jne 0x3
   4ef: 48ff00                         incq (%rax)
   4f2: 49894500                       movq %rax, (%r13)
   4f6: 498b542418                     movq 0x18(%r12), %rdx
   4fb: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   502: 488982b8000000                 movq %rax, 0xb8(%rdx)
   509: f6c101                         testb $0x1, %cl
   50c: 750a                           jne 0xa
   50e: 48ff09                         decq (%rcx)
   511: 7505                           jne 0x5
   513: e800000000                     callq 0x0
        # hole +0x514: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   518: 49c7450007010000               movq $0x107, (%r13)
   520: 498b442418                     movq 0x18(%r12), %rax
   525: 488b88c0000000                 movq 0xc0(%rax), %rcx
   52c: 48c780c000000007010000         movq $0x107, 0xc0(%rax)
   537: f6c101                         testb $0x1, %cl
   53a: 750a                           jne 0xa
   53c: 48ff09                         decq (%rcx)
   53f: 7505                           jne 0x5
   541: e800000000                     callq 0x0
        # hole +0x542: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   546: 498b442418                     movq 0x18(%r12), %rax
   54b: 488b88c8000000                 movq 0xc8(%rax), %rcx
   552: f6c101                         testb $0x1, %cl
   555: 7503                           jne 0x3
   557: 48ff01                         incq (%rcx)
   55a: 49894d00                       movq %rcx, (%r13)
   55e: 498b442418                     movq 0x18(%r12), %rax
   563: 488b80d0000000                 movq 0xd0(%rax), %rax
   56a: a801                           testb $0x1, %al
   56c: 7507                           jne 0x7
   56e: 48ff00                         incq (%rax)
   571: 498b4d00                       movq (%r13), %rcx
   575: 89ca                           movl %ecx, %edx
   577: 83e201                         andl $0x1, %edx
   57a: 49894508                       movq %rax, 0x8(%r13)
   57e: 4885d2                         testq %rdx, %rdx
   581: 7407                           je 0x7
   583: 89c2                           movl %eax, %edx
   585: 83e201                         andl $0x1, %edx
   588: 752a                           jne 0x2a
   58a: 488b0500000000                 movq (%rip), %rax
        # hole +0x58d: IMAGE_REL_AMD64_REL32 Rel32 data+4
   591: 4883c03b                       addq $0x3b, %rax
   595: b94e020000                     movl $0x24e, %ecx
   59a: e993fbffff                     jmp -0x46d
   59f: 488b0500000000                 movq (%rip), %rax
        # hole +0x5a2: IMAGE_REL_AMD64_REL32 Rel32 data+4
   5a6: 4883c01b                       addq $0x1b, %rax
   5aa: b90e010000                     movl $0x10e, %ecx
   5af: e97efbffff                     jmp -0x482
   5b4: 48d1f9                         sarq %rcx
   5b7: 48d1f8                         sarq %rax
   5ba: 480fafc1                       imulq %rcx, %rax
   5be: 0f801c030000                   jo 0x31c
   5c4: 488d0c30                       leaq (%rax,%rsi), %rcx
   5c8: 4885c9                         testq %rcx, %rcx
   5cb: 0f890f030000                   jns 0x30f
   5d1: 488d044501000000               leaq 0x1(,%rax,2), %rax
   5d9: 49894500                       movq %rax, (%r13)
   5dd: 498b542418                     movq 0x18(%r12), %rdx
   5e2: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   5e9: 488982d8000000                 movq %rax, 0xd8(%rdx)
   5f0: f6c101                         testb $0x1, %cl
   5f3: 750a                           jne 0xa
   5f5: 48ff09                         decq (%rcx)
   5f8: 7505                           jne 0x5
   5fa: e800000000                     callq 0x0
        # hole +0x5fb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5ff: 488b0500000000                 movq (%rip), %rax
        # hole +0x602: IMAGE_REL_AMD64_REL32 Rel32 data+44
   606: a801                           testb $0x1, %al
   608: 7503                           jne 0x3
   60a: 48ff00                         incq (%rax)
   60d: 49894500                       movq %rax, (%r13)
   611: 498b542418                     movq 0x18(%r12), %rdx
   616: 488b8ae0000000                 movq 0xe0(%rdx), %rcx
   61d: 488982e0000000                 movq %rax, 0xe0(%rdx)
   624: f6c101                         testb $0x1, %cl
   627: 750a                           jne 0xa
   629: 48ff09                         decq (%rcx)
   62c: 7505                           jne 0x5
   62e: e800000000                     callq 0x0
        # hole +0x62f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   633: 49c745003b010000               movq $0x13b, (%r13)
   63b: 498b442418                     movq 0x18(%r12), %rax
   640: 488b88e8000000                 movq 0xe8(%rax), %rcx
   647: 48c780e80000003b010000         movq $0x13b, 0xe8(%rax)
   652: f6c101                         testb $0x1, %cl
   655: 750a                           jne 0xa
   657: 48ff09                         decq (%rcx)
   65a: 7505                           jne 0x5
   65c: e800000000                     callq 0x0
        # hole +0x65d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   661: 498b442418                     movq 0x18(%r12), %rax
   666: 488b80f0000000                 movq 0xf0(%rax), %rax
   66d: a801                           testb $0x1, %al
   66f: 7503                           jne 0x3
   671: 48ff00                         incq (%rax)
   674: 49894500                       movq %rax, (%r13)
   678: 498b4c2418                     movq 0x18(%r12), %rcx
   67d: 488b89f8000000                 movq 0xf8(%rcx), %rcx
   684: f6c101                         testb $0x1, %cl
   687: 7507                           jne 0x7
   689: 48ff01                         incq (%rcx)
   68c: 498b4500                       movq (%r13), %rax
   690: 89c2                           movl %eax, %edx
   692: 83e201                         andl $0x1, %edx
   695: 49894d08                       movq %rcx, 0x8(%r13)
   699: 4885d2                         testq %rdx, %rdx
   69c: 7407                           je 0x7
   69e: 89ca                           movl %ecx, %edx
   6a0: 83e201                         andl $0x1, %edx
   6a3: 752a                           jne 0x2a
   6a5: 488b0500000000                 movq (%rip), %rax
        # hole +0x6a8: IMAGE_REL_AMD64_REL32 Rel32 data+4
   6ac: 4883c046                       addq $0x46, %rax
   6b0: b9bc020000                     movl $0x2bc, %ecx
   6b5: e978faffff                     jmp -0x588
   6ba: 488b0500000000                 movq (%rip), %rax
        # hole +0x6bd: IMAGE_REL_AMD64_REL32 Rel32 data+4
   6c1: 4883c026                       addq $0x26, %rax
   6c5: b97c010000                     movl $0x17c, %ecx
   6ca: e963faffff                     jmp -0x59d
   6cf: 48d1f8                         sarq %rax
   6d2: 48d1f9                         sarq %rcx
   6d5: 4801c1                         addq %rax, %rcx
   6d8: 4889c8                         movq %rcx, %rax
   6db: 4801f0                         addq %rsi, %rax
   6de: 0f89c7020000                   jns 0x2c7
   6e4: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   6ec: 49894500                       movq %rax, (%r13)
   6f0: 498b542418                     movq 0x18(%r12), %rdx
   6f5: 488b8a00010000                 movq 0x100(%rdx), %rcx
   6fc: 48898200010000                 movq %rax, 0x100(%rdx)
   703: f6c101                         testb $0x1, %cl
   706: 750a                           jne 0xa
   708: 48ff09                         decq (%rcx)
   70b: 7505                           jne 0x5
   70d: e800000000                     callq 0x0
        # hole +0x70e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   712: 488b0500000000                 movq (%rip), %rax
        # hole +0x715: IMAGE_REL_AMD64_REL32 Rel32 data+52
   719: a801                           testb $0x1, %al
   71b: 7503                           jne 0x3
   71d: 48ff00                         incq (%rax)
   720: 49894500                       movq %rax, (%r13)
   724: 498b542418                     movq 0x18(%r12), %rdx
   729: 488b8a08010000                 movq 0x108(%rdx), %rcx
   730: 48898208010000                 movq %rax, 0x108(%rdx)
   737: f6c101                         testb $0x1, %cl
   73a: 750a                           jne 0xa
   73c: 48ff09                         decq (%rcx)
   73f: 7505                           jne 0x5
   741: e800000000                     callq 0x0
        # hole +0x742: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   746: 49c7450031000000               movq $0x31, (%r13)
   74e: 498b442418                     movq 0x18(%r12), %rax
   753: 488b8810010000                 movq 0x110(%rax), %rcx
   75a: 48c7801001000031000000         movq $0x31, 0x110(%rax)
   765: f6c101                         testb $0x1, %cl
   768: 750a                           jne 0xa
   76a: 48ff09                         decq (%rcx)
   76d: 7505                           jne 0x5
   76f: e800000000                     callq 0x0
        # hole +0x770: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   774: 498b442418                     movq 0x18(%r12), %rax
   779: 488b8018010000                 movq 0x118(%rax), %rax
   780: a801                           testb $0x1, %al
   782: 7503                           jne 0x3
   784: 48ff00                         incq (%rax)
   787: 49894500                       movq %rax, (%r13)
   78b: 498b4c2418                     movq 0x18(%r12), %rcx
   790: 488b8920010000                 movq 0x120(%rcx), %rcx
   797: f6c101                         testb $0x1, %cl
   79a: 7507                           jne 0x7
   79c: 48ff01                         incq (%rcx)
   79f: 498b4500                       movq (%r13), %rax
   7a3: 89c2                           movl %eax, %edx
   7a5: 83e201                         andl $0x1, %edx
   7a8: 49894d08                       movq %rcx, 0x8(%r13)
   7ac: 4885d2                         testq %rdx, %rdx
   7af: 7407                           je 0x7
   7b1: 89ca                           movl %ecx, %edx
   7b3: 83e201                         andl $0x1, %edx
   7b6: 752a                           jne 0x2a
   7b8: 488b0500000000                 movq (%rip), %rax
        # hole +0x7bb: IMAGE_REL_AMD64_REL32 Rel32 data+4
   7bf: 4883c051                       addq $0x51, %rax
   7c3: b92a030000                     movl $0x32a, %ecx
   7c8: e965f9ffff                     jmp -0x69b
   7cd: 488b0500000000                 movq (%rip), %rax
        # hole +0x7d0: IMAGE_REL_AMD64_REL32 Rel32 data+4
   7d4: 4883c031                       addq $0x31, %rax
   7d8: b9ea010000                     movl $0x1ea, %ecx
   7dd: e950f9ffff                     jmp -0x6b0
   7e2: 48d1f8                         sarq %rax
   7e5: 48d1f9                         sarq %rcx
   7e8: 4829c8                         subq %rcx, %rax
   7eb: 4889c1                         movq %rax, %rcx
   7ee: 4801f1                         addq %rsi, %rcx
   7f1: 0f89c9010000                   jns 0x1c9
   7f7: 488d044501000000               leaq 0x1(,%rax,2), %rax
   7ff: 49894500                       movq %rax, (%r13)
   803: 498b542418                     movq 0x18(%r12), %rdx
   808: 488b8a28010000                 movq 0x128(%rdx), %rcx
   80f: 48898228010000                 movq %rax, 0x128(%rdx)
   816: f6c101                         testb $0x1, %cl
   819: 750a                           jne 0xa
   81b: 48ff09                         decq (%rcx)
   81e: 7505                           jne 0x5
   820: e800000000                     callq 0x0
        # hole +0x821: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   825: 488b0500000000                 movq (%rip), %rax
        # hole +0x828: IMAGE_REL_AMD64_REL32 Rel32 data+60
   82c: a801                           testb $0x1, %al
   82e: 7503                           jne 0x3
   830: 48ff00                         incq (%rax)
   833: 49894500                       movq %rax, (%r13)
   837: 498b542418                     movq 0x18(%r12), %rdx
   83c: 488b8a30010000                 movq 0x130(%rdx), %rcx
   843: 48898230010000                 movq %rax, 0x130(%rdx)
   84a: f6c101                         testb $0x1, %cl
   84d: 750a                           jne 0xa
   84f: 48ff09                         decq (%rcx)
   852: 7505                           jne 0x5
   854: e800000000                     callq 0x0
        # hole +0x855: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   859: 49c7450049000000               movq $0x49, (%r13)
   861: 498b442418                     movq 0x18(%r12), %rax
   866: 488b8838010000                 movq 0x138(%rax), %rcx
   86d: 48c7803801000049000000         movq $0x49, 0x138(%rax)
   878: f6c101                         testb $0x1, %cl
   87b: 750a                           jne 0xa
   87d: 48ff09                         decq (%rcx)
   880: 7505                           jne 0x5
   882: e800000000                     callq 0x0
        # hole +0x883: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   887: 498b442418                     movq 0x18(%r12), %rax
   88c: 488b8840010000                 movq 0x140(%rax), %rcx
   893: f6c101                         testb $0x1, %cl
   896: 7503                           jne 0x3
   898: 48ff01                         incq (%rcx)
   89b: 49894d00                       movq %rcx, (%r13)
   89f: 498b442418                     movq 0x18(%r12), %rax
   8a4: 488b8048010000                 movq 0x148(%rax), %rax
   8ab: a801                           testb $0x1, %al
   8ad: 7507                           jne 0x7
   8af: 48ff00                         incq (%rax)
   8b2: 498b4d00                       movq (%r13), %rcx
   8b6: 89ca                           movl %ecx, %edx
   8b8: 83e201                         andl $0x1, %edx
   8bb: 49894508                       movq %rax, 0x8(%r13)
   8bf: 4885d2                         testq %rdx, %rdx
   8c2: 7407                           je 0x7
   8c4: 89c2                           movl %eax, %edx
   8c6: 83e201                         andl $0x1, %edx
   8c9: 752a                           jne 0x2a
   8cb: 488b0500000000                 movq (%rip), %rax
        # hole +0x8ce: IMAGE_REL_AMD64_REL32 Rel32 data+4
   8d2: 4883c05c                       addq $0x5c, %rax
   8d6: b998030000                     movl $0x398, %ecx
   8db: e952f8ffff                     jmp -0x7ae
   8e0: 488b0500000000                 movq (%rip), %rax
        # hole +0x8e3: IMAGE_REL_AMD64_REL32 Rel32 data+4
   8e7: 4883c03c                       addq $0x3c, %rax
   8eb: b958020000                     movl $0x258, %ecx
   8f0: e93df8ffff                     jmp -0x7c3
   8f5: 48d1f9                         sarq %rcx
   8f8: 48d1f8                         sarq %rax
   8fb: 480fafc1                       imulq %rcx, %rax
   8ff: 0f80d0000000                   jo 0xd0
   905: 488d0c30                       leaq (%rax,%rsi), %rcx
   909: 4885c9                         testq %rcx, %rcx
   90c: 0f89c3000000                   jns 0xc3
   912: 488d044501000000               leaq 0x1(,%rax,2), %rax
   91a: 49894500                       movq %rax, (%r13)
   91e: 498b542418                     movq 0x18(%r12), %rdx
   923: 488b8a50010000                 movq 0x150(%rdx), %rcx
   92a: 48898250010000                 movq %rax, 0x150(%rdx)
   931: f6c101                         testb $0x1, %cl
   934: 750a                           jne 0xa
   936: 48ff09                         decq (%rcx)
   939: 7505                           jne 0x5
   93b: e800000000                     callq 0x0
        # hole +0x93c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   940: 488b0500000000                 movq (%rip), %rax
        # hole +0x943: IMAGE_REL_AMD64_REL32 Rel32 data+68
   947: a801                           testb $0x1, %al
   949: 7503                           jne 0x3
   94b: 48ff00                         incq (%rax)
   94e: 49894500                       movq %rax, (%r13)
   952: 498b542418                     movq 0x18(%r12), %rdx
   957: 488b8a58010000                 movq 0x158(%rdx), %rcx
   95e: 48898258010000                 movq %rax, 0x158(%rdx)
   965: f6c101                         testb $0x1, %cl
   968: 750a                           jne 0xa
   96a: 48ff09                         decq (%rcx)
   96d: 7505                           jne 0x5
   96f: e800000000                     callq 0x0
        # hole +0x970: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   974: 49c7450063010000               movq $0x163, (%r13)
   97c: 498b442418                     movq 0x18(%r12), %rax
   981: 488b8860010000                 movq 0x160(%rax), %rcx
   988: 48c7806001000063010000         movq $0x163, 0x160(%rax)
   993: f6c101                         testb $0x1, %cl
   996: 750a                           jne 0xa
   998: 48ff09                         decq (%rcx)
   99b: 7505                           jne 0x5
   99d: e800000000                     callq 0x0
        # hole +0x99e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   9a2: 4883c438                       addq $0x38, %rsp
   9a6: e900000000                     jmp 0x0
        # hole +0x9a7: IMAGE_REL_AMD64_REL32 Rel32 continue-4
   9ab: 488b0500000000                 movq (%rip), %rax
        # hole +0x9ae: IMAGE_REL_AMD64_REL32 Rel32 data+4
   9b2: 4883c047                       addq $0x47, %rax
   9b6: b9c6020000                     movl $0x2c6, %ecx
   9bb: e972f7ffff                     jmp -0x88e
   9c0: 488b0500000000                 movq (%rip), %rax
        # hole +0x9c3: IMAGE_REL_AMD64_REL32 Rel32 data+4
   9c7: 4883c052                       addq $0x52, %rax
   9cb: b934030000                     movl $0x334, %ecx
   9d0: e95df7ffff                     jmp -0x8a3
   9d5: 488b0500000000                 movq (%rip), %rax
        # hole +0x9d8: IMAGE_REL_AMD64_REL32 Rel32 data+4
   9dc: 4883c05d                       addq $0x5d, %rax
   9e0: b9a2030000                     movl $0x3a2, %ecx
   9e5: e948f7ffff                     jmp -0x8b8
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[7]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 operand0[18]+0
        # hole data+0x18: GOT Abs64 operand0[29]+0
        # hole data+0x20: GOT Abs64 operand0[40]+0
        # hole data+0x28: GOT Abs64 operand0[51]+0
        # hole data+0x30: GOT Abs64 operand0[62]+0
        # hole data+0x38: GOT Abs64 operand0[73]+0
        # hole data+0x40: GOT Abs64 operand0[84]+0
        # hole data+0x48: GOT Abs64 operand0[95]+0
