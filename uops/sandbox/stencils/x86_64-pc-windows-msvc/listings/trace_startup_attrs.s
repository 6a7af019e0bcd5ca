# stencil startup_attrs for x86_64-pc-windows-msvc: 2411 code bytes, 0 data bytes, 38 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 488b08                         movq (%rax), %rcx
     c: f6c101                         testb $0x1, %cl
     f: 7503                           jne 0x3
    11: 48ff01                         incq (%rcx)
    14: 48be0100000009000000           movabsq $0x900000001, %rsi
    1e: 498d5508                       leaq 0x8(%r13), %rdx
    22: 49894d00                       movq %rcx, (%r13)
    26: bb0a000000                     movl $0xa, %ebx
    2b: 41b901000000                   movl $0x1, %r9d
    31: f6c101                         testb $0x1, %cl
    34: 0f851a080000                   jne 0x81a
    3a: 83790807                       cmpl $0x7, 0x8(%rcx)
    3e: 0f8510080000                   jne 0x810
    44: b800000000                     movl $0x0, %eax
        # hole +0x45: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[1]+0
    49: 488b7930                       movq 0x30(%rcx), %rdi
    4d: 48394730                       cmpq %rax, 0x30(%rdi)
    51: 0f85fd070000                   jne 0x7fd
    57: 4883793803                     cmpq $0x3, 0x38(%rcx)
    5c: 0f821b080000                   jb 0x81b
    62: 488b4150                       movq 0x50(%rcx), %rax
    66: a801                           testb $0x1, %al
    68: 7503                           jne 0x3
    6a: 48ff00                         incq (%rax)
    6d: 49894500                       movq %rax, (%r13)
    71: 48ff09                         decq (%rcx)
    74: 7511                           jne 0x11
    76: 4889d7                         movq %rdx, %rdi
    79: e800000000                     callq 0x0
        # hole +0x7a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    7e: 4889fa                         movq %rdi, %rdx
    81: 41b901000000                   movl $0x1, %r9d
    87: 498b4500                       movq (%r13), %rax
    8b: 498b7c2418                     movq 0x18(%r12), %rdi
    90: 488b4f08                       movq 0x8(%rdi), %rcx
    94: 48894708                       movq %rax, 0x8(%rdi)
    98: f6c101                         testb $0x1, %cl
    9b: 7516                           jne 0x16
    9d: 48ff09                         decq (%rcx)
    a0: 7511                           jne 0x11
    a2: 4889d7                         movq %rdx, %rdi
    a5: e800000000                     callq 0x0
        # hole +0xa6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    aa: 4889fa                         movq %rdi, %rdx
    ad: 41b901000000                   movl $0x1, %r9d
    b3: 498b442418                     movq 0x18(%r12), %rax
    b8: 488b4810                       movq 0x10(%rax), %rcx
    bc: f6c101                         testb $0x1, %cl
    bf: 0f857d070000                   jne 0x77d
    c5: 48ff01                         incq (%rcx)
    c8: 49894d00                       movq %rcx, (%r13)
    cc: 488d4604                       leaq 0x4(%rsi), %rax
    d0: 83790807                       cmpl $0x7, 0x8(%rcx)
    d4: bb32000000                     movl $0x32, %ebx
    d9: 0f8572070000                   jne 0x772
    df: 488b7930                       movq 0x30(%rcx), %rdi
    e3: 48817f302f900400               cmpq $0x4902f, 0x30(%rdi)
    eb: 0f8560070000                   jne 0x760
    f1: 4883793800                     cmpq $0x0, 0x38(%rcx)
    f6: 0f8490070000                   je 0x790
    fc: 488b4140                       movq 0x40(%rcx), %rax
   100: a801                           testb $0x1, %al
   102: 7503                           jne 0x3
   104: 48ff00                         incq (%rax)
   107: 49894500                       movq %rax, (%r13)
   10b: 48ff09                         decq (%rcx)
   10e: 7511                           jne 0x11
   110: 4889d7                         movq %rdx, %rdi
   113: e800000000                     callq 0x0
        # hole +0x114: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   118: 4889fa                         movq %rdi, %rdx
   11b: 41b901000000                   movl $0x1, %r9d
   121: 498b4500                       movq (%r13), %rax
   125: 498b7c2418                     movq 0x18(%r12), %rdi
   12a: 488b4f18                       movq 0x18(%rdi), %rcx
   12e: 48894718                       movq %rax, 0x18(%rdi)
   132: f6c101                         testb $0x1, %cl
   135: 7516                           jne 0x16
   137: 48ff09                         decq (%rcx)
   13a: 7511                           jne 0x11
   13c: 4889d7                         movq %rdx, %rdi
   13f: e800000000                     callq 0x0
        # hole +0x140: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   144: 4889fa                         movq %rdi, %rdx
   147: 41b901000000                   movl $0x1, %r9d
   14d: 498b442418                     movq 0x18(%r12), %rax
   152: 488b4820                       movq 0x20(%rax), %rcx
   156: f6c101                         testb $0x1, %cl
   159: 7503                           jne 0x3
   15b: 48ff01                         incq (%rcx)
   15e: 49894d00                       movq %rcx, (%r13)
   162: 488d460a                       leaq 0xa(%rsi), %rax
   166: bb6e000000                     movl $0x6e, %ebx
   16b: f6c101                         testb $0x1, %cl
   16e: 0f85dd060000                   jne 0x6dd
   174: 83790807                       cmpl $0x7, 0x8(%rcx)
   178: 0f85d3060000                   jne 0x6d3
   17e: bf00000000                     movl $0x0, %edi
        # hole +0x17f: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[11]+0
   183: 4c8b4130                       movq 0x30(%rcx), %r8
   187: 49397830                       cmpq %rdi, 0x30(%r8)
   18b: 0f85c0060000                   jne 0x6c0
   191: 4883793800                     cmpq $0x0, 0x38(%rcx)
   196: 0f8418070000                   je 0x718
   19c: 488b4140                       movq 0x40(%rcx), %rax
   1a0: a801                           testb $0x1, %al
   1a2: 7503                           jne 0x3
   1a4: 48ff00                         incq (%rax)
   1a7: 49894500                       movq %rax, (%r13)
   1ab: 48ff09                         decq (%rcx)
   1ae: 7511                           jne 0x11
   1b0: 4889d7                         movq %rdx, %rdi
   1b3: e800000000                     callq 0x0
        # hole +0x1b4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1b8: 4889fa                         movq %rdi, %rdx
   1bb: 41b901000000                   movl $0x1, %r9d
   1c1: 498b4500                       movq (%r13), %rax
   1c5: 498b7c2418                     movq 0x18(%r12), %rdi
   1ca: 488b4f28                       movq 0x28(%rdi), %rcx
   1ce: 48894728                       movq %rax, 0x28(%rdi)
   1d2: f6c101                         testb $0x1, %cl
   1d5: 7516                           jne 0x16
   1d7: 48ff09                         decq (%rcx)
   1da: 7511                           jne 0x11
   1dc: 4889d7                         movq %rdx, %rdi
   1df: e800000000                     callq 0x0
        # hole +0x1e0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1e4: 4889fa                         movq %rdi, %rdx
   1e7: 41b901000000                   movl $0x1, %r9d
   1ed: 498b442418                     movq 0x18(%r12), %rax
   1f2: 488b4830                       movq 0x30(%rax), %rcx
   1f6: f6c101                         testb $0x1, %cl
   1f9: 7503                           jne 0x3
   1fb: 48ff01                         incq (%rcx)
   1fe: 49894d00                       movq %rcx, (%r13)
   202: 488d4610                       leaq 0x10(%rsi), %rax
   206: bbaa000000                     movl $0xaa, %ebx
   20b: f6c101                         testb $0x1, %cl
   20e: 0f853d060000                   jne 0x63d
   214: 83790807                       cmpl $0x7, 0x8(%rcx)
   218: 0f8533060000                   jne 0x633
   21e: bf00000000                     movl $0x0, %edi
        # hole +0x21f: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[17]+0
   223: 4c8b4130                       movq 0x30(%rcx), %r8
   227: 49397830                       cmpq %rdi, 0x30(%r8)
   22b: 0f8520060000                   jne 0x620
   231: 4883793803                     cmpq $0x3, 0x38(%rcx)
   236: 0f8283060000                   jb 0x683
   23c: 488b4150                       movq 0x50(%rcx), %rax
   240: a801                           testb $0x1, %al
   242: 7503                           jne 0x3
   244: 48ff00                         incq (%rax)
   247: 49894500                       movq %rax, (%r13)
   24b: 48ff09                         decq (%rcx)
   24e: 7511                           jne 0x11
   250: 4889d7                         movq %rdx, %rdi
   253: e800000000                     callq 0x0
        # hole +0x254: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   258: 4889fa                         movq %rdi, %rdx
   25b: 41b901000000                   movl $0x1, %r9d
   261: 498b4500                       movq (%r13), %rax
   265: 498b7c2418                     movq 0x18(%r12), %rdi
   26a: 488b4f38                       movq 0x38(%rdi), %rcx
   26e: 48894738                       movq %rax, 0x38(%rdi)
   272: f6c101                         testb $0x1, %cl
   275: 7516                           jne 0x16
   277: 48ff09                         decq (%rcx)
   27a: 7511                           jne 0x11
   27c: 4889d7                         movq %rdx, %rdi
   27f: e800000000                     callq 0x0
        # hole +0x280: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   284: 4889fa                         movq %rdi, %rdx
   287: 41b901000000                   movl $0x1, %r9d
   28d: 498b442418                     movq 0x18(%r12), %rax
   292: 488b4840                       movq 0x40(%rax), %rcx
   296: f6c101                         testb $0x1, %cl
   299: 7503                           jne 0x3
   29b: 48ff01                         incq (%rcx)
   29e: 49894d00                       movq %rcx, (%r13)
   2a2: 488d4614                       leaq 0x14(%rsi), %rax
   2a6: bbd2000000                     movl $0xd2, %ebx
   2ab: f6c101                         testb $0x1, %cl
   2ae: 0f859d050000                   jne 0x59d
   2b4: 83790807                       cmpl $0x7, 0x8(%rcx)
   2b8: 0f8593050000                   jne 0x593
   2be: bf00000000                     movl $0x0, %edi
        # hole +0x2bf: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[21]+0
   2c3: 4c8b4130                       movq 0x30(%rcx), %r8
   2c7: 49397830                       cmpq %rdi, 0x30(%r8)
   2cb: 0f8580050000                   jne 0x580
   2d1: 4883793800                     cmpq $0x0, 0x38(%rcx)
   2d6: 0f84ee050000                   je 0x5ee
   2dc: 488b4140                       movq 0x40(%rcx), %rax
   2e0: a801                           testb $0x1, %al
   2e2: 7503                           jne 0x3
   2e4: 48ff00                         incq (%rax)
   2e7: 49894500                       movq %rax, (%r13)
   2eb: 48ff09                         decq (%rcx)
   2ee: 7511                           jne 0x11
   2f0: 4889d7                         movq %rdx, %rdi
   2f3: e800000000                     callq 0x0
        # hole +0x2f4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2f8: 4889fa                         movq %rdi, %rdx
   2fb: 41b901000000                   movl $0x1, %r9d
   301: 498b4500                       movq (%r13), %rax
   305: 498b7c2418                     movq 0x18(%r12), %rdi
   30a: 488b4f48                       movq 0x48(%rdi), %rcx
   30e: 48894748                       movq %rax, 0x48(%rdi)
   312: f6c101                         testb $0x1, %cl
   315: 7516                           jne 0x16
   317: 48ff09                         decq (%rcx)
   31a: 7511                           jne 0x11
   31c: 4889d7                         movq %rdx, %rdi
   31f: e800000000                     callq 0x0
        # hole +0x320: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   324: 4889fa                         movq %rdi, %rdx
   327: 41b901000000                   movl $0x1, %r9d
   32d: 498b442418                     movq 0x18(%r12), %rax
   332: 488b4850                       movq 0x50(%rax), %rcx
   336: f6c101                         testb $0x1, %cl
   339: 0f852f050000                   jne 0x52f
   33f: 48ff01                         incq (%rcx)
   342: 49894d00                       movq %rcx, (%r13)
   346: 488d461a                       leaq 0x1a(%rsi), %rax
   34a: 83790807                       cmpl $0x7, 0x8(%rcx)
   34e: bb0e010000                     movl $0x10e, %ebx
   353: 0f85f8040000                   jne 0x4f8
   359: 488b7930                       movq 0x30(%rcx), %rdi
   35d: 48817f309af20c00               cmpq $0xcf29a, 0x30(%rdi)
   365: 0f85e6040000                   jne 0x4e6
   36b: 4883793800                     cmpq $0x0, 0x38(%rcx)
   370: 0f8462050000                   je 0x562
   376: 488b4140                       movq 0x40(%rcx), %rax
   37a: a801                           testb $0x1, %al
   37c: 7503                           jne 0x3
   37e: 48ff00                         incq (%rax)
   381: 49894500                       movq %rax, (%r13)
   385: 48ff09                         decq (%rcx)
   388: 7511                           jne 0x11
   38a: 4889d7                         movq %rdx, %rdi
   38d: e800000000                     callq 0x0
        # hole +0x38e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   392: 4889fa                         movq %rdi, %rdx
   395: 41b901000000                   movl $0x1, %r9d
   39b: 498b4500                       movq (%r13), %rax
   39f: 498b7c2418                     movq 0x18(%r12), %rdi
   3a4: 488b4f58                       movq 0x58(%rdi), %rcx
   3a8: 48894758                       movq %rax, 0x58(%rdi)
   3ac: f6c101                         testb $0x1, %cl
   3af: 7516                           jne 0x16
   3b1: 48ff09                         decq (%rcx)
   3b4: 7511                           jne 0x11
   3b6: 4889d7                         movq %rdx, %rdi
   3b9: e800000000                     callq 0x0
        # hole +0x3ba: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3be: 4889fa                         movq %rdi, %rdx
   3c1: 41b901000000                   movl $0x1, %r9d
   3c7: 498b442418                     movq 0x18(%r12), %rax
   3cc: 488b4860                       movq 0x60(%rax), %rcx
   3d0: f6c101                         testb $0x1, %cl
   3d3: 7503                           jne 0x3
   3d5: 48ff01                         incq (%rcx)
   3d8: 49894d00                       movq %rcx, (%r13)
   3dc: 488d4620                       leaq 0x20(%rsi), %rax
   3e0: bb4a010000                     movl $0x14a, %ebx
   3e5: f6c101                         testb $0x1, %cl
   3e8: 0f8563040000                   jne 0x463
   3ee: 4889d7                         movq %rdx, %rdi
   3f1: 83790807                       cmpl $0x7, 0x8(%rcx)
   3f5: 0f858c040000                   jne 0x48c
   3fb: ba00000000                     movl $0x0, %edx
        # hole +0x3fc: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[33]+0
   400: 4c8b4130                       movq 0x30(%rcx), %r8
   404: 49395030                       cmpq %rdx, 0x30(%r8)
   408: 0f8579040000                   jne 0x479
   40e: 4883793800                     cmpq $0x0, 0x38(%rcx)
   413: 0f84dc040000                   je 0x4dc
   419: 488b4140                       movq 0x40(%rcx), %rax
   41d: a801                           testb $0x1, %al
   41f: 7503                           jne 0x3
   421: 48ff00                         incq (%rax)
   424: 49894500                       movq %rax, (%r13)
   428: 48ff09                         decq (%rcx)
   42b: 7505                           jne 0x5
   42d: e800000000                     callq 0x0
        # hole +0x42e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   432: 498b4500                       movq (%r13), %rax
   436: 498b542418                     movq 0x18(%r12), %rdx
   43b: 488b4a68                       movq 0x68(%rdx), %rcx
   43f: 48894268                       movq %rax, 0x68(%rdx)
   443: f6c101                         testb $0x1, %cl
   446: 750a                           jne 0xa
   448: 48ff09                         decq (%rcx)
   44b: 7505                           jne 0x5
   44d: e800000000                     callq 0x0
        # hole +0x44e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   452: 498b442418                     movq 0x18(%r12), %rax
   457: 488b4870                       movq 0x70(%rax), %rcx
   45b: f6c101                         testb $0x1, %cl
   45e: 0f8533040000                   jne 0x433
   464: 48ff01                         incq (%rcx)
   467: 49894d00                       movq %rcx, (%r13)
   46b: 488d4624                       leaq 0x24(%rsi), %rax
   46f: 83790807                       cmpl $0x7, 0x8(%rcx)
   473: bb72010000                     movl $0x172, %ebx
   478: 0f8528040000                   jne 0x428
   47e: 488b5130                       movq 0x30(%rcx), %rdx
   482: 48817a30d4990300               cmpq $0x399d4, 0x30(%rdx)
   48a: 0f8516040000                   jne 0x416
   490: 4883793802                     cmpq $0x2, 0x38(%rcx)
   495: 0f8265040000                   jb 0x465
   49b: 488b4148                       movq 0x48(%rcx), %rax
   49f: a801                           testb $0x1, %al
   4a1: 7503                           jne 0x3
   4a3: 48ff00                         incq (%rax)
   4a6: 49894500                       movq %rax, (%r13)
   4aa: 48ff09                         decq (%rcx)
   4ad: 7505                           jne 0x5
   4af: e800000000                     callq 0x0
        # hole +0x4b0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4b4: 498b4500                       movq (%r13), %rax
   4b8: 498b542418                     movq 0x18(%r12), %rdx
   4bd: 488b4a78                       movq 0x78(%rdx), %rcx
   4c1: 48894278                       movq %rax, 0x78(%rdx)
   4c5: f6c101                         testb $0x1, %cl
   4c8: 750a                           jne 0xa
   4ca: 48ff09                         decq (%rcx)
   4cd: 7505                           jne 0x5
   4cf: e800000000                     callq 0x0
        # hole +0x4d0: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4d4: 498b442418                     movq 0x18(%r12), %rax
   4d9: 488b8880000000                 movq 0x80(%rax), %rcx
   4e0: f6c101                         testb $0x1, %cl
   4e3: 7503                           jne 0x3
   4e5: 48ff01                         incq (%rcx)
   4e8: 49894d00                       movq %rcx, (%r13)
   4ec: 488d462a                       leaq 0x2a(%rsi), %rax
   4f0: bbae010000                     movl $0x1ae, %ebx
   4f5: f6c101                         testb $0x1, %cl
   4f8: 0f85a8030000                   jne 0x3a8
   4fe: 83790807                       cmpl $0x7, 0x8(%rcx)
   502: 0f859e030000                   jne 0x39e
   508: ba00000000                     movl $0x0, %edx
        # hole +0x509: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[43]+0
   50d: 4c8b4130                       movq 0x30(%rcx), %r8
   511: 49395030                       cmpq %rdx, 0x30(%r8)
   515: 0f858b030000                   jne 0x38b
   51b: 4883793800                     cmpq $0x0, 0x38(%rcx)
   520: 0f84f4030000                   je 0x3f4
   526: 488b4140                       movq 0x40(%rcx), %rax
   52a: a801                           testb $0x1, %al
   52c: 7503                           jne 0x3
   52e: 48ff00                         incq (%rax)
   531: 49894500                       movq %rax, (%r13)
   535: 48ff09                         decq (%rcx)
   538: 7505                           jne 0x5
   53a: e800000000                     callq 0x0
        # hole +0x53b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   53f: 498b4500                       movq (%r13), %rax
   543: 498b542418                     movq 0x18(%r12), %rdx
   548: 488b8a88000000                 movq 0x88(%rdx), %rcx
   54f: 48898288000000                 movq %rax, 0x88(%rdx)
   556: f6c101                         testb $0x1, %cl
   559: 750a                           jne 0xa
   55b: 48ff09                         decq (%rcx)
   55e: 7505                           jne 0x5
   560: e800000000                     callq 0x0
        # hole +0x561: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   565: 498b442418                     movq 0x18(%r12), %rax
   56a: 488b8890000000                 movq 0x90(%rax), %rcx
   571: f6c101                         testb $0x1, %cl
   574: 7503                           jne 0x3
   576: 48ff01                         incq (%rcx)
   579: 49894d00                       movq %rcx, (%r13)
   57d: 488d4630                       leaq 0x30(%rsi), %rax
   581: bbea010000                     movl $0x1ea, %ebx
   586: f6c101                         testb $0x1, %cl
   589: 0f8517030000                   jne 0x317
   58f: 83790807                       cmpl $0x7, 0x8(%rcx)
   593: 0f850d030000                   jne 0x30d
   599: ba00000000                     movl $0x0, %edx
        # hole +0x59a: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[49]+0
   59e: 4c8b4130                       movq 0x30(%rcx), %r8
   5a2: 49395030                       cmpq %rdx, 0x30(%r8)
   5a6: 0f85fa020000                   jne 0x2fa
   5ac: 4883793804                     cmpq $0x4, 0x38(%rcx)
   5b1: 0f826e030000                   jb 0x36e
   5b7: 488b4158                       movq 0x58(%rcx), %rax
   5bb: a801                           testb $0x1, %al
   5bd: 7503                           jne 0x3
   5bf: 48ff00                         incq (%rax)
   5c2: 49894500                       movq %rax, (%r13)
   5c6: 48ff09                         decq (%rcx)
   5c9: 7505                           jne 0x5
   5cb: e800000000                     callq 0x0
        # hole +0x5cc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5d0: 498b4500                       movq (%r13), %rax
   5d4: 498b542418                     movq 0x18(%r12), %rdx
   5d9: 488b8a98000000                 movq 0x98(%rdx), %rcx
   5e0: 48898298000000                 movq %rax, 0x98(%rdx)
   5e7: f6c101                         testb $0x1, %cl
   5ea: 750a                           jne 0xa
   5ec: 48ff09                         decq (%rcx)
   5ef: 7505                           jne 0x5
   5f1: e800000000                     callq 0x0
        # hole +0x5f2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5f6: 498b442418                     movq 0x18(%r12), %rax
   5fb: 488b88a0000000                 movq 0xa0(%rax), %rcx
   602: f6c101                         testb $0x1, %cl
   605: 7503                           jne 0x3
   607: 48ff01                         incq (%rcx)
   60a: 49894d00                       movq %rcx, (%r13)
   60e: 488d4634                       leaq 0x34(%rsi), %rax
   612: bb12020000                     movl $0x212, %ebx
   617: f6c101                         testb $0x1, %cl
   61a: 0f8586020000                   jne 0x286
   620: 83790807                       cmpl $0x7, 0x8(%rcx)
   624: 0f857c020000                   jne 0x27c
   62a: ba00000000                     movl $0x0, %edx
        # hole +0x62b: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[53]+0
   62f: 4c8b4130                       movq 0x30(%rcx), %r8
   633: 49395030                       cmpq %rdx, 0x30(%r8)
   637: 0f8569020000                   jne 0x269
   63d: 4883793800                     cmpq $0x0, 0x38(%rcx)
   642: 0f84eb020000                   je 0x2eb
   648: 488b4140                       movq 0x40(%rcx), %rax
   64c: a801                           testb $0x1, %al
   64e: 7503                           jne 0x3
   650: 48ff00                         incq (%rax)
   653: 49894500                       movq %rax, (%r13)
   657: 48ff09                         decq (%rcx)
   65a: 7505                           jne 0x5
   65c: e800000000                     callq 0x0
        # hole +0x65d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   661: 498b4500                       movq (%r13), %rax
   665: 498b542418                     movq 0x18(%r12), %rdx
   66a: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   671: 488982a8000000                 movq %rax, 0xa8(%rdx)
   678: f6c101                         testb $0x1, %cl
   67b: 750a                           jne 0xa
   67d: 48ff09                         decq (%rcx)
   680: 7505                           jne 0x5
   682: e800000000                     callq 0x0
        # hole +0x683: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   687: 498b442418                     movq 0x18(%r12), %rax
   68c: 488b88b0000000                 movq 0xb0(%rax), %rcx
   693: f6c101                         testb $0x1, %cl
   696: 0f854a020000                   jne 0x24a
   69c: 48ff01                         incq (%rcx)
   69f: 49894d00                       movq %rcx, (%r13)
   6a3: 488d463a                       leaq 0x3a(%rsi), %rax
   6a7: 83790807                       cmpl $0x7, 0x8(%rcx)
   6ab: bb4e020000                     movl $0x24e, %ebx
   6b0: 0f85f0010000                   jne 0x1f0
   6b6: 488b5130                       movq 0x30(%rcx), %rdx
   6ba: 48817a30bb5e0800               cmpq $0x85ebb, 0x30(%rdx)
   6c2: 0f85de010000                   jne 0x1de
   6c8: 4883793802                     cmpq $0x2, 0x38(%rcx)
   6cd: 0f826e020000                   jb 0x26e
   6d3: 488b4148                       movq 0x48(%rcx), %rax
   6d7: a801                           testb $0x1, %al
   6d9: 7503                           jne 0x3
   6db: 48ff00                         incq (%rax)
   6de: 49894500                       movq %rax, (%r13)
   6e2: 48ff09                         decq (%rcx)
   6e5: 7505                           jne 0x5
   6e7: e800000000                     callq 0x0
        # hole +0x6e8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6ec: 498b4500                       movq (%r13), %rax
   6f0: 498b542418                     movq 0x18(%r12), %rdx
   6f5: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   6fc: 488982b8000000                 movq %rax, 0xb8(%rdx)
   703: f6c101                         testb $0x1, %cl
   706: 750a                           jne 0xa
   708: 48ff09                         decq (%rcx)
   70b: 7505                           jne 0x5
   70d: e800000000                     callq 0x0
        # hole +0x70e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   712: 498b442418                     movq 0x18(%r12), %rax
   717: 488b88c0000000                 movq 0xc0(%rax), %rcx
   71e: f6c101                         testb $0x1, %cl
   721: 7503                           jne 0x3
   723: 48ff01                         incq (%rcx)
   726: 49894d00                       movq %rcx, (%r13)
   72a: 488d4640                       leaq 0x40(%rsi), %rax
   72e: bb8a020000                     movl $0x28a, %ebx
   733: f6c101                         testb $0x1, %cl
   736: 0f856a010000                   jne 0x16a
   73c: 83790807                       cmpl $0x7, 0x8(%rcx)
   740: 0f8560010000                   jne 0x160
   746: ba00000000                     movl $0x0, %edx
        # hole +0x747: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[65]+0
   74b: 4c8b4130                       movq 0x30(%rcx), %r8
   74f: 49395030                       cmpq %rdx, 0x30(%r8)
   753: 0f854d010000                   jne 0x14d
   759: 4883793800                     cmpq $0x0, 0x38(%rcx)
   75e: 0f84eb010000                   je 0x1eb
   764: 488b4140                       movq 0x40(%rcx), %rax
   768: a801                           testb $0x1, %al
   76a: 7503                           jne 0x3
   76c: 48ff00                         incq (%rax)
   76f: 49894500                       movq %rax, (%r13)
   773: 48ff09                         decq (%rcx)
   776: 7505                           jne 0x5
   778: e800000000                     callq 0x0
        # hole +0x779: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   77d: 498b4500                       movq (%r13), %rax
   781: 498b542418                     movq 0x18(%r12), %rdx
   786: 488b8ac8000000                 movq 0xc8(%rdx), %rcx
   78d: 488982c8000000                 movq %rax, 0xc8(%rdx)
   794: f6c101                         testb $0x1, %cl
   797: 750a                           jne 0xa
   799: 48ff09                         decq (%rcx)
   79c: 7505                           jne 0x5
   79e: e800000000                     callq 0x0
        # hole +0x79f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7a3: 498b442418                     movq 0x18(%r12), %rax
   7a8: 488b88d0000000                 movq 0xd0(%rax), %rcx
   7af: f6c101                         testb $0x1, %cl
   7b2: 0f8553010000                   jne 0x153
   7b8: 48ff01                         incq (%rcx)
   7bb: 49894d00                       movq %rcx, (%r13)
   7bf: 488d4644                       leaq 0x44(%rsi), %rax
   7c3: 83790807                       cmpl $0x7, 0x8(%rcx)
   7c7: bbb2020000                     movl $0x2b2, %ebx
   7cc: 0f85d4000000                   jne 0xd4
   7d2: 488b5130                       movq 0x30(%rcx), %rdx
   7d6: 48817a303aba0a00               cmpq $0xaba3a, 0x30(%rdx)
   7de: 0f85c2000000                   jne 0xc2
   7e4: 4883793802                     cmpq $0x2, 0x38(%rcx)
   7e9: 0f826e010000                   jb 0x16e
   7ef: 488b4148                       movq 0x48(%rcx), %rax
   7f3: a801                           testb $0x1, %al
   7f5: 7503                           jne 0x3
   7f7: 48ff00                         incq (%rax)
   7fa: 49894500                       movq %rax, (%r13)
   7fe: 48ff09                         decq (%rcx)
   801: 7505                           jne 0x5
   803: e800000000                     callq 0x0
        # hole +0x804: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   808: 498b4500                       movq (%r13), %rax
   80c: 498b542418                     movq 0x18(%r12), %rdx
   811: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   818: 488982d8000000                 movq %rax, 0xd8(%rdx)
   81f: 4883c649                       addq $0x49, %rsi
   823: bbe4020000                     movl $0x2e4, %ebx
   828: f6c101                         testb $0x1, %cl
   82b: 750a                           jne 0xa
   82d: 48ff09                         decq (%rcx)
   830: 7505                           jne 0x5
   832: e800000000                     callq 0x0
        # hole +0x833: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   837: 4c89ea                         movq %r13, %rdx
   83a: 41b902000000                   movl $0x2, %r9d
   840: eb12                           jmp 0x12
   842: 49894d00                       movq %rcx, (%r13)
   846: 4883c604                       addq $0x4, %rsi
   84a: bb32000000                     movl $0x32, %ebx
   84f: eb03                           jmp 0x3
   851: 4889c6                         movq %rax, %rsi
   854: 48895c2428                     movq %rbx, 0x28(%rsp)
   859: 4889742420                     movq %rsi, 0x20(%rsp)
   85e: 4c89e1                         movq %r12, %rcx
   861: 4d89f0                         movq %r14, %r8
   864: e800000000                     callq 0x0
        # hole +0x865: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   869: 4883c438                       addq $0x38, %rsp
   86d: c3                             retq
   86e: 49894d00                       movq %rcx, (%r13)
   872: 4883c61a                       addq $0x1a, %rsi
   876: bb0e010000                     movl $0x10e, %ebx
   87b: ebd7                           jmp -0x29
   87d: 48ffc6                         incq %rsi
   880: bb14000000                     movl $0x14, %ebx
   885: ebcd                           jmp -0x33
   887: 4889c6                         movq %rax, %rsi
   88a: eb23                           jmp 0x23
   88c: 4883c605                       addq $0x5, %rsi
   890: bb3c000000                     movl $0x3c, %ebx
   895: ebbd                           jmp -0x43
   897: 49894d00                       movq %rcx, (%r13)
   89b: 4883c624                       addq $0x24, %rsi
   89f: bb72010000                     movl $0x172, %ebx
   8a4: eb03                           jmp 0x3
   8a6: 4889c6                         movq %rax, %rsi
   8a9: 41b901000000                   movl $0x1, %r9d
   8af: 4889fa                         movq %rdi, %rdx
   8b2: eba0                           jmp -0x60
   8b4: 4883c60b                       addq $0xb, %rsi
   8b8: bb78000000                     movl $0x78, %ebx
   8bd: eb95                           jmp -0x6b
   8bf: 4883c611                       addq $0x11, %rsi
   8c3: bbb4000000                     movl $0xb4, %ebx
   8c8: eb8a                           jmp -0x76
   8ca: 4883c615                       addq $0x15, %rsi
   8ce: bbdc000000                     movl $0xdc, %ebx
   8d3: e97cffffff                     jmp -0x84
   8d8: 4883c61b                       addq $0x1b, %rsi
   8dc: bb18010000                     movl $0x118, %ebx
   8e1: e96effffff                     jmp -0x92
   8e6: 49894d00                       movq %rcx, (%r13)
   8ea: 4883c63a                       addq $0x3a, %rsi
   8ee: bb4e020000                     movl $0x24e, %ebx
   8f3: ebb4                           jmp -0x4c
   8f5: 4883c621                       addq $0x21, %rsi
   8f9: bb54010000                     movl $0x154, %ebx
   8fe: ebaf                           jmp -0x51
   900: 4883c625                       addq $0x25, %rsi
   904: bb7c010000                     movl $0x17c, %ebx
   909: eb9e                           jmp -0x62
   90b: 49894d00                       movq %rcx, (%r13)
   90f: 4883c644                       addq $0x44, %rsi
   913: bbb2020000                     movl $0x2b2, %ebx
   918: eb8f                           jmp -0x71
   91a: 4883c62b                       addq $0x2b, %rsi
   91e: bbb8010000                     movl $0x1b8, %ebx
   923: eb84                           jmp -0x7c
   925: 4883c631                       addq $0x31, %rsi
   929: bbf4010000                     movl $0x1f4, %ebx
   92e: e976ffffff                     jmp -0x8a
   933: 4883c635                       addq $0x35, %rsi
   937: bb1c020000                     movl $0x21c, %ebx
   93c: e968ffffff                     jmp -0x98
   941: 4883c63b                       addq $0x3b, %rsi
   945: bb58020000                     movl $0x258, %ebx
   94a: e95affffff                     jmp -0xa6
   94f: 4883c641                       addq $0x41, %rsi
   953: bb94020000                     movl $0x294, %ebx
   958: e94cffffff                     jmp -0xb4
   95d: 4883c645                       addq $0x45, %rsi
   961: bbbc020000                     movl $0x2bc, %ebx
   966: e93effffff                     jmp -0xc2
