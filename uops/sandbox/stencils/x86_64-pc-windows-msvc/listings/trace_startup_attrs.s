# stencil startup_attrs for x86_64-pc-windows-msvc: 2429 code bytes, 72 data bytes, 47 holes
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
    34: 0f852c080000                   jne 0x82c
    3a: 83790807                       cmpl $0x7, 0x8(%rcx)
    3e: 0f8522080000                   jne 0x822
    44: 488b0500000000                 movq (%rip), %rax
        # hole +0x47: IMAGE_REL_AMD64_REL32 Rel32 data-4
    4b: 488b7930                       movq 0x30(%rcx), %rdi
    4f: 48394730                       cmpq %rax, 0x30(%rdi)
    53: 0f850d080000                   jne 0x80d
    59: 4883793803                     cmpq $0x3, 0x38(%rcx)
    5e: 0f822b080000                   jb 0x82b
    64: 488b4150                       movq 0x50(%rcx), %rax
    68: a801                           testb $0x1, %al
    6a: 7503                           jne 0x3
    6c: 48ff00                         incq (%rax)
    6f: 49894500                       movq %rax, (%r13)
    73: 48ff09                         decq (%rcx)
    76: 7511                           jne 0x11
    78: 4889d7                         movq %rdx, %rdi
    7b: e800000000                     callq 0x0
        # hole +0x7c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    80: 4889fa                         movq %rdi, %rdx
    83: 41b901000000                   movl $0x1, %r9d
    89: 498b4500                       movq (%r13), %rax
    8d: 498b7c2418                     movq 0x18(%r12), %rdi
    92: 488b4f08                       movq 0x8(%rdi), %rcx
    96: 48894708                       movq %rax, 0x8(%rdi)
    9a: f6c101                         testb $0x1, %cl
    9d: 7516                           jne 0x16
    9f: 48ff09                         decq (%rcx)
    a2: 7511                           jne 0x11
    a4: 4889d7                         movq %rdx, %rdi
    a7: e800000000                     callq 0x0
        # hole +0xa8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    ac: 4889fa                         movq %rdi, %rdx
    af: 41b901000000                   movl $0x1, %r9d
    b5: 498b442418                     movq 0x18(%r12), %rax
    ba: 488b4810                       movq 0x10(%rax), %rcx
    be: f6c101                         testb $0x1, %cl
    c1: 0f858d070000                   jne 0x78d
    c7: 48ff01                         incq (%rcx)
    ca: 49894d00                       movq %rcx, (%r13)
    ce: 488d4604                       leaq 0x4(%rsi), %rax
    d2: 83790807                       cmpl $0x7, 0x8(%rcx)
    d6: bb32000000                     movl $0x32, %ebx
    db: 0f8582070000                   jne 0x782
    e1: 488b7930                       movq 0x30(%rcx), %rdi
    e5: 48817f302f900400               cmpq $0x4902f, 0x30(%rdi)
    ed: 0f8570070000                   jne 0x770
    f3: 4883793800                     cmpq $0x0, 0x38(%rcx)
    f8: 0f84a0070000                   je 0x7a0
    fe: 488b4140                       movq 0x40(%rcx), %rax
   102: a801                           testb $0x1, %al
   104: 7503                           jne 0x3
   106: 48ff00                         incq (%rax)
   109: 49894500                       movq %rax, (%r13)
   10d: 48ff09                         decq (%rcx)
   110: 7511                           jne 0x11
   112: 4889d7                         movq %rdx, %rdi
   115: e800000000                     callq 0x0
        # hole +0x116: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   11a: 4889fa                         movq %rdi, %rdx
   11d: 41b901000000                   movl $0x1, %r9d
   123: 498b4500                       movq (%r13), %rax
   127: 498b7c2418                     movq 0x18(%r12), %rdi
   12c: 488b4f18                       movq 0x18(%rdi), %rcx
   130: 48894718                       movq %rax, 0x18(%rdi)
   134: f6c101                         testb $0x1, %cl
   137: 7516                           jne 0x16
   139: 48ff09                         decq (%rcx)
   13c: 7511                           jne 0x11
   13e: 4889d7                         movq %rdx, %rdi
   141: e800000000                     callq 0x0
        # hole +0x142: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   146: 4889fa                         movq %rdi, %rdx
   149: 41b901000000                   movl $0x1, %r9d
   14f: 498b442418                     movq 0x18(%r12), %rax
   154: 488b4820                       movq 0x20(%rax), %rcx
   158: f6c101                         testb $0x1, %cl
   15b: 7503                           jne 0x3
   15d: 48ff01                         incq (%rcx)
   160: 49894d00                       movq %rcx, (%r13)
   164: 488d460a                       leaq 0xa(%rsi), %rax
   168: bb6e000000                     movl $0x6e, %ebx
   16d: f6c101                         testb $0x1, %cl
   170: 0f85ed060000                   jne 0x6ed
   176: 83790807                       cmpl $0x7, 0x8(%rcx)
   17a: 0f85e3060000                   jne 0x6e3
   180: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x183: IMAGE_REL_AMD64_REL32 Rel32 data+4
   187: 4c8b4130                       movq 0x30(%rcx), %r8
   18b: 49397830                       cmpq %rdi, 0x30(%r8)
   18f: 0f85ce060000                   jne 0x6ce
   195: 4883793800                     cmpq $0x0, 0x38(%rcx)
   19a: 0f8426070000                   je 0x726
   1a0: 488b4140                       movq 0x40(%rcx), %rax
   1a4: a801                           testb $0x1, %al
   1a6: 7503                           jne 0x3
   1a8: 48ff00                         incq (%rax)
   1ab: 49894500                       movq %rax, (%r13)
   1af: 48ff09                         decq (%rcx)
   1b2: 7511                           jne 0x11
   1b4: 4889d7                         movq %rdx, %rdi
   1b7: e800000000                     callq 0x0
        # hole +0x1b8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1bc: 4889fa                         movq %rdi, %rdx
   1bf: 41b901000000                   movl $0x1, %r9d
   1c5: 498b4500                       movq (%r13), %rax
   1c9: 498b7c2418                     movq 0x18(%r12), %rdi
   1ce: 488b4f28                       movq 0x28(%rdi), %rcx
   1d2: 48894728                       movq %rax, 0x28(%rdi)
   1d6: f6c101                         testb $0x1, %cl
   1d9: 7516                           jne 0x16
   1db: 48ff09                         decq (%rcx)
   1de: 7511                           jne 0x11
   1e0: 4889d7                         movq %rdx, %rdi
   1e3: e800000000                     callq 0x0
        # hole +0x1e4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1e8: 4889fa                         movq %rdi, %rdx
   1eb: 41b901000000                   movl $0x1, %r9d
   1f1: 498b442418                     movq 0x18(%r12), %rax
   1f6: 488b4830                       movq 0x30(%rax), %rcx
   1fa: f6c101                         testb $0x1, %cl
   1fd: 7503                           jne 0x3
   1ff: 48ff01                         incq (%rcx)
   202: 49894d00                       movq %rcx, (%r13)
   206: 488d4610                       leaq 0x10(%rsi), %rax
   20a: bbaa000000                     movl $0xaa, %ebx
   20f: f6c101                         testb $0x1, %cl
   212: 0f854b060000                   jne 0x64b
   218: 83790807                       cmpl $0x7, 0x8(%rcx)
   21c: 0f8541060000                   jne 0x641
   222: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x225: IMAGE_REL_AMD64_REL32 Rel32 data+12
   229: 4c8b4130                       movq 0x30(%rcx), %r8
   22d: 49397830                       cmpq %rdi, 0x30(%r8)
   231: 0f852c060000                   jne 0x62c
   237: 4883793803                     cmpq $0x3, 0x38(%rcx)
   23c: 0f828f060000                   jb 0x68f
   242: 488b4150                       movq 0x50(%rcx), %rax
   246: a801                           testb $0x1, %al
   248: 7503                           jne 0x3
   24a: 48ff00                         incq (%rax)
   24d: 49894500                       movq %rax, (%r13)
   251: 48ff09                         decq (%rcx)
   254: 7511                           jne 0x11
   256: 4889d7                         movq %rdx, %rdi
   259: e800000000                     callq 0x0
        # hole +0x25a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   25e: 4889fa                         movq %rdi, %rdx
   261: 41b901000000                   movl $0x1, %r9d
   267: 498b4500                       movq (%r13), %rax
   26b: 498b7c2418                     movq 0x18(%r12), %rdi
   270: 488b4f38                       movq 0x38(%rdi), %rcx
   274: 48894738                       movq %rax, 0x38(%rdi)
   278: f6c101                         testb $0x1, %cl
   27b: 7516                           jne 0x16
   27d: 48ff09                         decq (%rcx)
   280: 7511                           jne 0x11
   282: 4889d7                         movq %rdx, %rdi
   285: e800000000                     callq 0x0
        # hole +0x286: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   28a: 4889fa                         movq %rdi, %rdx
   28d: 41b901000000                   movl $0x1, %r9d
   293: 498b442418                     movq 0x18(%r12), %rax
   298: 488b4840                       movq 0x40(%rax), %rcx
   29c: f6c101                         testb $0x1, %cl
   29f: 7503                           jne 0x3
   2a1: 48ff01                         incq (%rcx)
   2a4: 49894d00                       movq %rcx, (%r13)
   2a8: 488d4614                       leaq 0x14(%rsi), %rax
   2ac: bbd2000000                     movl $0xd2, %ebx
   2b1: f6c101                         testb $0x1, %cl
   2b4: 0f85a9050000                   jne 0x5a9
   2ba: 83790807                       cmpl $0x7, 0x8(%rcx)
   2be: 0f859f050000                   jne 0x59f
   2c4: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x2c7: IMAGE_REL_AMD64_REL32 Rel32 data+20
   2cb: 4c8b4130                       movq 0x30(%rcx), %r8
   2cf: 49397830                       cmpq %rdi, 0x30(%r8)
   2d3: 0f858a050000                   jne 0x58a
   2d9: 4883793800                     cmpq $0x0, 0x38(%rcx)
   2de: 0f84f8050000                   je 0x5f8
   2e4: 488b4140                       movq 0x40(%rcx), %rax
   2e8: a801                           testb $0x1, %al
   2ea: 7503                           jne 0x3
   2ec: 48ff00                         incq (%rax)
   2ef: 49894500                       movq %rax, (%r13)
   2f3: 48ff09                         decq (%rcx)
   2f6: 7511                           jne 0x11
   2f8: 4889d7                         movq %rdx, %rdi
   2fb: e800000000                     callq 0x0
        # hole +0x2fc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   300: 4889fa                         movq %rdi, %rdx
   303: 41b901000000                   movl $0x1, %r9d
   309: 498b4500                       movq (%r13), %rax
   30d: 498b7c2418                     movq 0x18(%r12), %rdi
   312: 488b4f48                       movq 0x48(%rdi), %rcx
   316: 48894748                       movq %rax, 0x48(%rdi)
   31a: f6c101                         testb $0x1, %cl
   31d: 7516                           jne 0x16
   31f: 48ff09                         decq (%rcx)
   322: 7511                           jne 0x11
   324: 4889d7                         movq %rdx, %rdi
   327: e800000000                     callq 0x0
        # hole +0x328: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   32c: 4889fa                         movq %rdi, %rdx
   32f: 41b901000000                   movl $0x1, %r9d
   335: 498b442418                     movq 0x18(%r12), %rax
   33a: 488b4850                       movq 0x50(%rax), %rcx
   33e: f6c101                         testb $0x1, %cl
   341: 0f8539050000                   jne 0x539
   347: 48ff01                         incq (%rcx)
   34a: 49894d00                       movq %rcx, (%r13)
   34e: 488d461a                       leaq 0x1a(%rsi), %rax
   352: 83790807                       cmpl $0x7, 0x8(%rcx)
   356: bb0e010000                     movl $0x10e, %ebx
   35b: 0f8502050000                   jne 0x502
   361: 488b7930                       movq 0x30(%rcx), %rdi
   365: 48817f309af20c00               cmpq $0xcf29a, 0x30(%rdi)
   36d: 0f85f0040000                   jne 0x4f0
   373: 4883793800                     cmpq $0x0, 0x38(%rcx)
   378: 0f846c050000                   je 0x56c
   37e: 488b4140                       movq 0x40(%rcx), %rax
   382: a801                           testb $0x1, %al
   384: 7503                           jne 0x3
   386: 48ff00                         incq (%rax)
   389: 49894500                       movq %rax, (%r13)
   38d: 48ff09                         decq (%rcx)
   390: 7511                           jne 0x11
   392: 4889d7                         movq %rdx, %rdi
   395: e800000000                     callq 0x0
        # hole +0x396: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   39a: 4889fa                         movq %rdi, %rdx
   39d: 41b901000000                   movl $0x1, %r9d
   3a3: 498b4500                       movq (%r13), %rax
   3a7: 498b7c2418                     movq 0x18(%r12), %rdi
   3ac: 488b4f58                       movq 0x58(%rdi), %rcx
   3b0: 48894758                       movq %rax, 0x58(%rdi)
   3b4: f6c101                         testb $0x1, %cl
   3b7: 7516                           jne 0x16
   3b9: 48ff09                         decq (%rcx)
   3bc: 7511                           jne 0x11
   3be: 4889d7                         movq %rdx, %rdi
   3c1: e800000000                     callq 0x0
        # hole +0x3c2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3c6: 4889fa                         movq %rdi, %rdx
   3c9: 41b901000000                   movl $0x1, %r9d
   3cf: 498b442418                     movq 0x18(%r12), %rax
   3d4: 488b4860                       movq 0x60(%rax), %rcx
   3d8: f6c101                         testb $0x1, %cl
   3db: 7503                           jne 0x3
   3dd: 48ff01                         incq (%rcx)
   3e0: 49894d00                       movq %rcx, (%r13)
   3e4: 488d4620                       leaq 0x20(%rsi), %rax
   3e8: bb4a010000                     movl $0x14a, %ebx
   3ed: f6c101                         testb $0x1, %cl
   3f0: 0f856d040000                   jne 0x46d
   3f6: 4889d7                         movq %rdx, %rdi
   3f9: 83790807                       cmpl $0x7, 0x8(%rcx)
   3fd: 0f8596040000                   jne 0x496
   403: 488b1500000000                 movq (%rip), %rdx
        # hole +0x406: IMAGE_REL_AMD64_REL32 Rel32 data+28
   40a: 4c8b4130                       movq 0x30(%rcx), %r8
   40e: 49395030                       cmpq %rdx, 0x30(%r8)
   412: 0f8581040000                   jne 0x481
   418: 4883793800                     cmpq $0x0, 0x38(%rcx)
   41d: 0f84e4040000                   je 0x4e4
   423: 488b4140                       movq 0x40(%rcx), %rax
   427: a801                           testb $0x1, %al
   429: 7503                           jne 0x3
   42b: 48ff00                         incq (%rax)
   42e: 49894500                       movq %rax, (%r13)
   432: 48ff09                         decq (%rcx)
   435: 7505                           jne 0x5
   437: e800000000                     callq 0x0
        # hole +0x438: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   43c: 498b4500                       movq (%r13), %rax
   440: 498b542418                     movq 0x18(%r12), %rdx
   445: 488b4a68                       movq 0x68(%rdx), %rcx
   449: 48894268                       movq %rax, 0x68(%rdx)
   44d: f6c101                         testb $0x1, %cl
   450: 750a                           jne 0xa
   452: 48ff09                         decq (%rcx)
   455: 7505                           jne 0x5
   457: e800000000                     callq 0x0
        # hole +0x458: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   45c: 498b442418                     movq 0x18(%r12), %rax
   461: 488b4870                       movq 0x70(%rax), %rcx
   465: f6c101                         testb $0x1, %cl
   468: 0f853b040000                   jne 0x43b
   46e: 48ff01                         incq (%rcx)
   471: 49894d00                       movq %rcx, (%r13)
   475: 488d4624                       leaq 0x24(%rsi), %rax
   479: 83790807                       cmpl $0x7, 0x8(%rcx)
   47d: bb72010000                     movl $0x172, %ebx
   482: 0f8530040000                   jne 0x430
   488: 488b5130                       movq 0x30(%rcx), %rdx
   48c: 48817a30d4990300               cmpq $0x399d4, 0x30(%rdx)
   494: 0f851e040000                   jne 0x41e
   49a: 4883793802                     cmpq $0x2, 0x38(%rcx)
   49f: 0f826d040000                   jb 0x46d
   4a5: 488b4148                       movq 0x48(%rcx), %rax
   4a9: a801                           testb $0x1, %al
   4ab: 7503                           jne 0x3
   4ad: 48ff00                         incq (%rax)
   4b0: 49894500                       movq %rax, (%r13)
   4b4: 48ff09                         decq (%rcx)
   4b7: 7505                           jne 0x5
   4b9: e800000000                     callq 0x0
        # hole +0x4ba: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4be: 498b4500                       movq (%r13), %rax
   4c2: 498b542418                     movq 0x18(%r12), %rdx
   4c7: 488b4a78                       movq 0x78(%rdx), %rcx
   4cb: 48894278                       movq %rax, 0x78(%rdx)
   4cf: f6c101                         testb $0x1, %cl
   4d2: 750a                           jne 0xa
   4d4: 48ff09                         decq (%rcx)
   4d7: 7505                           jne 0x5
   4d9: e800000000                     callq 0x0
        # hole +0x4da: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4de: 498b442418                     movq 0x18(%r12), %rax
   4e3: 488b8880000000                 movq 0x80(%rax), %rcx
   4ea: f6c101                         testb $0x1, %cl
   4ed: 7503                           jne 0x3
   4ef: 48ff01                         incq (%rcx)
   4f2: 49894d00                       movq %rcx, (%r13)
   4f6: 488d462a                       leaq 0x2a(%rsi), %rax
   4fa: bbae010000                     movl $0x1ae, %ebx
   4ff: f6c101                         testb $0x1, %cl
   502: 0f85b0030000                   jne 0x3b0
   508: 83790807                       cmpl $0x7, 0x8(%rcx)
   50c: 0f85a6030000                   jne 0x3a6
   512: 488b1500000000                 movq (%rip), %rdx
        # hole +0x515: IMAGE_REL_AMD64_REL32 Rel32 data+36
   519: 4c8b4130                       movq 0x30(%rcx), %r8
   51d: 49395030                       cmpq %rdx, 0x30(%r8)
   521: 0f8591030000                   jne 0x391
   527: 4883793800                     cmpq $0x0, 0x38(%rcx)
   52c: 0f84fa030000                   je 0x3fa
   532: 488b4140                       movq 0x40(%rcx), %rax
   536: a801                           testb $0x1, %al
   538: 7503                           jne 0x3
   53a: 48ff00                         incq (%rax)
   53d: 49894500                       movq %rax, (%r13)
   541: 48ff09                         decq (%rcx)
   544: 7505                           jne 0x5
   546: e800000000                     callq 0x0
        # hole +0x547: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   54b: 498b4500                       movq (%r13), %rax
   54f: 498b542418                     movq 0x18(%r12), %rdx
   554: 488b8a88000000                 movq 0x88(%rdx), %rcx
   55b: 48898288000000                 movq %rax, 0x88(%rdx)
   562: f6c101                         testb $0x1, %cl
   565: 750a                           jne 0xa
   567: 48ff09                         decq (%rcx)
   56a: 7505                           jne 0x5
   56c: e800000000                     callq 0x0
        # hole +0x56d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   571: 498b442418                     movq 0x18(%r12), %rax
   576: 488b8890000000                 movq 0x90(%rax), %rcx
   57d: f6c101                         testb $0x1, %cl
   580: 7503                           jne 0x3
   582: 48ff01                         incq (%rcx)
   585: 49894d00                       movq %rcx, (%r13)
   589: 488d4630                       leaq 0x30(%rsi), %rax
   58d: bbea010000                     movl $0x1ea, %ebx
   592: f6c101                         testb $0x1, %cl
   595: 0f851d030000                   jne 0x31d
   59b: 83790807                       cmpl $0x7, 0x8(%rcx)
   59f: 0f8513030000                   jne 0x313
   5a5: 488b1500000000                 movq (%rip), %rdx
        # hole +0x5a8: IMAGE_REL_AMD64_REL32 Rel32 data+44
   5ac: 4c8b4130                       movq 0x30(%rcx), %r8
   5b0: 49395030                       cmpq %rdx, 0x30(%r8)
   5b4: 0f85fe020000                   jne 0x2fe
   5ba: 4883793804                     cmpq $0x4, 0x38(%rcx)
   5bf: 0f8272030000                   jb 0x372
   5c5: 488b4158                       movq 0x58(%rcx), %rax
   5c9: a801                           testb $0x1, %al
   5cb: 7503                           jne 0x3
   5cd: 48ff00                         incq (%rax)
   5d0: 49894500                       movq %rax, (%r13)
   5d4: 48ff09                         decq (%rcx)
   5d7: 7505                           jne 0x5
   5d9: e800000000                     callq 0x0
        # hole +0x5da: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5de: 498b4500                       movq (%r13), %rax
   5e2: 498b542418                     movq 0x18(%r12), %rdx
   5e7: 488b8a98000000                 movq 0x98(%rdx), %rcx
   5ee: 48898298000000                 movq %rax, 0x98(%rdx)
   5f5: f6c101                         testb $0x1, %cl
   5f8: 750a                           jne 0xa
   5fa: 48ff09                         decq (%rcx)
   5fd: 7505                           jne 0x5
   5ff: e800000000                     callq 0x0
        # hole +0x600: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   604: 498b442418                     movq 0x18(%r12), %rax
   609: 488b88a0000000                 movq 0xa0(%rax), %rcx
   610: f6c101                         testb $0x1, %cl
   613: 7503                           jne 0x3
   615: 48ff01                         incq (%rcx)
   618: 49894d00                       movq %rcx, (%r13)
   61c: 488d4634                       leaq 0x34(%rsi), %rax
   620: bb12020000                     movl $0x212, %ebx
   625: f6c101                         testb $0x1, %cl
   628: 0f858a020000                   jne 0x28a
   62e: 83790807                       cmpl $0x7, 0x8(%rcx)
   632: 0f8580020000                   jne 0x280
   638: 488b1500000000                 movq (%rip), %rdx
        # hole +0x63b: IMAGE_REL_AMD64_REL32 Rel32 data+52
   63f: 4c8b4130                       movq 0x30(%rcx), %r8
   643: 49395030                       cmpq %rdx, 0x30(%r8)
   647: 0f856b020000                   jne 0x26b
   64d: 4883793800                     cmpq $0x0, 0x38(%rcx)
   652: 0f84ed020000                   je 0x2ed
   658: 488b4140                       movq 0x40(%rcx), %rax
   65c: a801                           testb $0x1, %al
   65e: 7503                           jne 0x3
   660: 48ff00                         incq (%rax)
   663: 49894500                       movq %rax, (%r13)
   667: 48ff09                         decq (%rcx)
   66a: 7505                           jne 0x5
   66c: e800000000                     callq 0x0
        # hole +0x66d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   671: 498b4500                       movq (%r13), %rax
   675: 498b542418                     movq 0x18(%r12), %rdx
   67a: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   681: 488982a8000000                 movq %rax, 0xa8(%rdx)
   688: f6c101                         testb $0x1, %cl
   68b: 750a                           jne 0xa
   68d: 48ff09                         decq (%rcx)
   690: 7505                           jne 0x5
   692: e800000000                     callq 0x0
        # hole +0x693: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   697: 498b442418                     movq 0x18(%r12), %rax
   69c: 488b88b0000000                 movq 0xb0(%rax), %rcx
   6a3: f6c101                         testb $0x1, %cl
   6a6: 0f854c020000                   jne 0x24c
   6ac: 48ff01                         incq (%rcx)
   6af: 49894d00                       movq %rcx, (%r13)
   6b3: 488d463a                       leaq 0x3a(%rsi), %rax
   6b7: 83790807                       cmpl $0x7, 0x8(%rcx)
   6bb: bb4e020000                     movl $0x24e, %ebx
   6c0: 0f85f2010000                   jne 0x1f2
   6c6: 488b5130                       movq 0x30(%rcx), %rdx
   6ca: 48817a30bb5e0800               cmpq $0x85ebb, 0x30(%rdx)
   6d2: 0f85e0010000                   jne 0x1e0
   6d8: 4883793802                     cmpq $0x2, 0x38(%rcx)
   6dd: 0f8270020000                   jb 0x270
   6e3: 488b4148                       movq 0x48(%rcx), %rax
   6e7: a801                           testb $0x1, %al
   6e9: 7503                           jne 0x3
   6eb: 48ff00                         incq (%rax)
   6ee: 49894500                       movq %rax, (%r13)
   6f2: 48ff09                         decq (%rcx)
   6f5: 7505                           jne 0x5
   6f7: e800000000                     callq 0x0
        # hole +0x6f8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   6fc: 498b4500                       movq (%r13), %rax
   700: 498b542418                     movq 0x18(%r12), %rdx
   705: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   70c: 488982b8000000                 movq %rax, 0xb8(%rdx)
   713: f6c101                         testb $0x1, %cl
   716: 750a                           jne 0xa
   718: 48ff09                         decq (%rcx)
   71b: 7505                           jne 0x5
   71d: e800000000                     callq 0x0
        # hole +0x71e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   722: 498b442418                     movq 0x18(%r12), %rax
   727: 488b88c0000000                 movq 0xc0(%rax), %rcx
   72e: f6c101                         testb $0x1, %cl
   731: 7503                           jne 0x3
   733: 48ff01                         incq (%rcx)
   736: 49894d00                       movq %rcx, (%r13)
   73a: 488d4640                       leaq 0x40(%rsi), %rax
   73e: bb8a020000                     movl $0x28a, %ebx
   743: f6c101                         testb $0x1, %cl
   746: 0f856c010000                   jne 0x16c
   74c: 83790807                       cmpl $0x7, 0x8(%rcx)
   750: 0f8562010000                   jne 0x162
   756: 488b1500000000                 movq (%rip), %rdx
        # hole +0x759: IMAGE_REL_AMD64_REL32 Rel32 data+60
   75d: 4c8b4130                       movq 0x30(%rcx), %r8
   761: 49395030                       cmpq %rdx, 0x30(%r8)
   765: 0f854d010000                   jne 0x14d
   76b: 4883793800                     cmpq $0x0, 0x38(%rcx)
   770: 0f84eb010000                   je 0x1eb
   776: 488b4140                       movq 0x40(%rcx), %rax
   77a: a801                           testb $0x1, %al
   77c: 7503                           jne 0x3
   77e: 48ff00                         incq (%rax)
   781: 49894500                       movq %rax, (%r13)
   785: 48ff09                         decq (%rcx)
   788: 7505                           jne 0x5
   78a: e800000000                     callq 0x0
        # hole +0x78b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   78f: 498b4500                       movq (%r13), %rax
   793: 498b542418                     movq 0x18(%r12), %rdx
   798: 488b8ac8000000                 movq 0xc8(%rdx), %rcx
   79f: 488982c8000000                 movq %rax, 0xc8(%rdx)
   7a6: f6c101                         testb $0x1, %cl
   7a9: 750a                           jne 0xa
   7ab: 48ff09                         decq (%rcx)
   7ae: 7505                           jne 0x5
   7b0: e800000000                     callq 0x0
        # hole +0x7b1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7b5: 498b442418                     movq 0x18(%r12), %rax
   7ba: 488b88d0000000                 movq 0xd0(%rax), %rcx
   7c1: f6c101                         testb $0x1, %cl
   7c4: 0f8553010000                   jne 0x153
   7ca: 48ff01                         incq (%rcx)
   7cd: 49894d00                       movq %rcx, (%r13)
   7d1: 488d4644                       leaq 0x44(%rsi), %rax
   7d5: 83790807                       cmpl $0x7, 0x8(%rcx)
   7d9: bbb2020000                     movl $0x2b2, %ebx
   7de: 0f85d4000000                   jne 0xd4
   7e4: 488b5130                       movq 0x30(%rcx), %rdx
   7e8: 48817a303aba0a00               cmpq $0xaba3a, 0x30(%rdx)
   7f0: 0f85c2000000                   jne 0xc2
   7f6: 4883793802                     cmpq $0x2, 0x38(%rcx)
   7fb: 0f826e010000                   jb 0x16e
   801: 488b4148                       movq 0x48(%rcx), %rax
   805: a801                           testb $0x1, %al
   807: 7503                           jne 0x3
   809: 48ff00                         incq (%rax)
   80c: 49894500                       movq %rax, (%r13)
   810: 48ff09                         decq (%rcx)
   813: 7505                           jne 0x5
   815: e800000000                     callq 0x0
        # hole +0x816: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   81a: 498b4500                       movq (%r13), %rax
   81e: 498b542418                     movq 0x18(%r12), %rdx
   823: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   82a: 488982d8000000                 movq %rax, 0xd8(%rdx)
   831: 4883c649                       addq $0x49, %rsi
   835: bbe4020000                     movl $0x2e4, %ebx
   83a: f6c101                         testb $0x1, %cl
   83d: 750a                           jne 0xa
   83f: 48ff09                         decq (%rcx)
   842: 7505                           jne 0x5
   844: e800000000                     callq 0x0
        # hole +0x845: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   849: 4c89ea                         movq %r13, %rdx
   84c: 41b902000000                   movl $0x2, %r9d
   852: eb12                           jmp 0x12
   854: 49894d00                       movq %rcx, (%r13)
   858: 4883c604                       addq $0x4, %rsi
   85c: bb32000000                     movl $0x32, %ebx
   861: eb03                           jmp 0x3
   863: 4889c6                         movq %rax, %rsi
   866: 48895c2428                     movq %rbx, 0x28(%rsp)
   86b: 4889742420                     movq %rsi, 0x20(%rsp)
   870: 4c89e1                         movq %r12, %rcx
   873: 4d89f0                         movq %r14, %r8
   876: e800000000                     callq 0x0
        # hole +0x877: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   87b: 4883c438                       addq $0x38, %rsp
   87f: c3                             retq
   880: 49894d00                       movq %rcx, (%r13)
   884: 4883c61a                       addq $0x1a, %rsi
   888: bb0e010000                     movl $0x10e, %ebx
   88d: ebd7                           jmp -0x29
   88f: 48ffc6                         incq %rsi
   892: bb14000000                     movl $0x14, %ebx
   897: ebcd                           jmp -0x33
   899: 4889c6                         movq %rax, %rsi
   89c: eb23                           jmp 0x23
   89e: 4883c605                       addq $0x5, %rsi
   8a2: bb3c000000                     movl $0x3c, %ebx
   8a7: ebbd                           jmp -0x43
   8a9: 49894d00                       movq %rcx, (%r13)
   8ad: 4883c624                       addq $0x24, %rsi
   8b1: bb72010000                     movl $0x172, %ebx
   8b6: eb03                           jmp 0x3
   8b8: 4889c6                         movq %rax, %rsi
   8bb: 41b901000000                   movl $0x1, %r9d
   8c1: 4889fa                         movq %rdi, %rdx
   8c4: eba0                           jmp -0x60
   8c6: 4883c60b                       addq $0xb, %rsi
   8ca: bb78000000                     movl $0x78, %ebx
   8cf: eb95                           jmp -0x6b
   8d1: 4883c611                       addq $0x11, %rsi
   8d5: bbb4000000                     movl $0xb4, %ebx
   8da: eb8a                           jmp -0x76
   8dc: 4883c615                       addq $0x15, %rsi
   8e0: bbdc000000                     movl $0xdc, %ebx
   8e5: e97cffffff                     jmp -0x84
   8ea: 4883c61b                       addq $0x1b, %rsi
   8ee: bb18010000                     movl $0x118, %ebx
   8f3: e96effffff                     jmp -0x92
   8f8: 49894d00                       movq %rcx, (%r13)
   8fc: 4883c63a                       addq $0x3a, %rsi
   900: bb4e020000                     movl $0x24e, %ebx
   905: ebb4                           jmp -0x4c
   907: 4883c621                       addq $0x21, %rsi
   90b: bb54010000                     movl $0x154, %ebx
   910: ebaf                           jmp -0x51
   912: 4883c625                       addq $0x25, %rsi
   916: bb7c010000                     movl $0x17c, %ebx
   91b: eb9e                           jmp -0x62
   91d: 49894d00                       movq %rcx, (%r13)
   921: 4883c644                       addq $0x44, %rsi
   925: bbb2020000                     movl $0x2b2, %ebx
   92a: eb8f                           jmp -0x71
   92c: 4883c62b                       addq $0x2b, %rsi
   930: bbb8010000                     movl $0x1b8, %ebx
   935: eb84                           jmp -0x7c
   937: 4883c631                       addq $0x31, %rsi
   93b: bbf4010000                     movl $0x1f4, %ebx
   940: e976ffffff                     jmp -0x8a
   945: 4883c635                       addq $0x35, %rsi
   949: bb1c020000                     movl $0x21c, %ebx
   94e: e968ffffff                     jmp -0x98
   953: 4883c63b                       addq $0x3b, %rsi
   957: bb58020000                     movl $0x258, %ebx
   95c: e95affffff                     jmp -0xa6
   961: 4883c641                       addq $0x41, %rsi
   965: bb94020000                     movl $0x294, %ebx
   96a: e94cffffff                     jmp -0xb4
   96f: 4883c645                       addq $0x45, %rsi
   973: bbbc020000                     movl $0x2bc, %ebx
   978: e93effffff                     jmp -0xc2
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 operand0[11]+0
        # hole data+0x10: GOT Abs64 operand0[17]+0
        # hole data+0x18: GOT Abs64 operand0[21]+0
        # hole data+0x20: GOT Abs64 operand0[33]+0
        # hole data+0x28: GOT Abs64 operand0[43]+0
        # hole data+0x30: GOT Abs64 operand0[49]+0
        # hole data+0x38: GOT Abs64 operand0[53]+0
        # hole data+0x40: GOT Abs64 operand0[65]+0
