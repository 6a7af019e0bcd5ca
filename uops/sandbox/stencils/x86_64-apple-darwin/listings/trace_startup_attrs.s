# stencil startup_attrs for x86_64-apple-darwin: 2771 code bytes, 80 data bytes, 49 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b38                         movq (%rax), %rdi
     8: 40f6c701                       testb $0x1, %dil
     c: 7503                           jne 0x3
     e: 48ff07                         incq (%rdi)
    11: 50                             pushq %rax
    12: 498d7508                       leaq 0x8(%r13), %rsi
    16: 49897d00                       movq %rdi, (%r13)
    1a: 41b90a000000                   movl $0xa, %r9d
    20: 41bf01000000                   movl $0x1, %r15d
    26: b901000000                     movl $0x1, %ecx
    2b: 40f6c701                       testb $0x1, %dil
    2f: 0f85ee000000                   jne 0xee
    35: 837f0807                       cmpl $0x7, 0x8(%rdi)
    39: 0f85e4000000                   jne 0xe4
    3f: 488b0500000000                 movq (%rip), %rax
        # hole +0x42: X86_64_RELOC_GOT_LOAD Rel32 data+68
    46: 488b5730                       movq 0x30(%rdi), %rdx
    4a: 48394230                       cmpq %rax, 0x30(%rdx)
    4e: 0f85cf000000                   jne 0xcf
    54: 48837f3803                     cmpq $0x3, 0x38(%rdi)
    59: 0f8295030000                   jb 0x395
    5f: 488b5750                       movq 0x50(%rdi), %rdx
    63: f6c201                         testb $0x1, %dl
    66: 7503                           jne 0x3
    68: 48ff02                         incq (%rdx)
    6b: 49895500                       movq %rdx, (%r13)
    6f: 48ff0f                         decq (%rdi)
    72: 7514                           jne 0x14
    74: 4889f3                         movq %rsi, %rbx
    77: e800000000                     callq 0x0
        # hole +0x78: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    7c: 4889de                         movq %rbx, %rsi
    7f: b901000000                     movl $0x1, %ecx
    84: 498b5500                       movq (%r13), %rdx
    88: 498b442418                     movq 0x18(%r12), %rax
    8d: 488b7808                       movq 0x8(%rax), %rdi
    91: 48895008                       movq %rdx, 0x8(%rax)
    95: 40f6c701                       testb $0x1, %dil
    99: 751a                           jne 0x1a
    9b: 48ff0f                         decq (%rdi)
    9e: 7515                           jne 0x15
    a0: 4889f3                         movq %rsi, %rbx
    a3: e800000000                     callq 0x0
        # hole +0xa4: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    a8: 4889de                         movq %rbx, %rsi
    ab: b901000000                     movl $0x1, %ecx
    b0: 498b442418                     movq 0x18(%r12), %rax
    b5: 488b7810                       movq 0x10(%rax), %rdi
    b9: 40f6c701                       testb $0x1, %dil
    bd: 7554                           jne 0x54
    bf: 48ff07                         incq (%rdi)
    c2: 49897d00                       movq %rdi, (%r13)
    c6: 41b932000000                   movl $0x32, %r9d
    cc: 41bf05000000                   movl $0x5, %r15d
    d2: 837f0807                       cmpl $0x7, 0x8(%rdi)
    d6: 754b                           jne 0x4b
    d8: 488b5730                       movq 0x30(%rdi), %rdx
    dc: 48817a302f900400               cmpq $0x4902f, 0x30(%rdx)
    e4: 753d                           jne 0x3d
    e6: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    eb: 0f8450040000                   je 0x450
    f1: 488b5740                       movq 0x40(%rdi), %rdx
    f5: f6c201                         testb $0x1, %dl
    f8: 743f                           je 0x3f
    fa: 49895500                       movq %rdx, (%r13)
    fe: 48ff0f                         decq (%rdi)
   101: 7442                           je 0x42
   103: 488b7818                       movq 0x18(%rax), %rdi
   107: 48895018                       movq %rdx, 0x18(%rax)
   10b: 40f6c701                       testb $0x1, %dil
   10f: 745b                           je 0x5b
   111: eb73                           jmp 0x73
   113: 49897d00                       movq %rdi, (%r13)
   117: 41b932000000                   movl $0x32, %r9d
   11d: 41bf05000000                   movl $0x5, %r15d
   123: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x126: X86_64_RELOC_GOT_LOAD Rel32 data+60
   12a: 4d01f8                         addq %r15, %r8
   12d: 4c89e7                         movq %r12, %rdi
   130: 4c89f2                         movq %r14, %rdx
   133: 58                             popq %rax
   134: e900000000                     jmp 0x0
        # hole +0x135: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   139: 48ff02                         incq (%rdx)
   13c: 49895500                       movq %rdx, (%r13)
   140: 48ff0f                         decq (%rdi)
   143: 75be                           jne -0x42
   145: 4889f3                         movq %rsi, %rbx
   148: e800000000                     callq 0x0
        # hole +0x149: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   14d: 4889de                         movq %rbx, %rsi
   150: b901000000                     movl $0x1, %ecx
   155: 498b5500                       movq (%r13), %rdx
   159: 498b442418                     movq 0x18(%r12), %rax
   15e: 488b7818                       movq 0x18(%rax), %rdi
   162: 48895018                       movq %rdx, 0x18(%rax)
   166: 40f6c701                       testb $0x1, %dil
   16a: 751a                           jne 0x1a
   16c: 48ff0f                         decq (%rdi)
   16f: 7515                           jne 0x15
   171: 4889f3                         movq %rsi, %rbx
   174: e800000000                     callq 0x0
        # hole +0x175: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   179: 4889de                         movq %rbx, %rsi
   17c: b901000000                     movl $0x1, %ecx
   181: 498b442418                     movq 0x18(%r12), %rax
   186: 488b7820                       movq 0x20(%rax), %rdi
   18a: 40f6c701                       testb $0x1, %dil
   18e: 7503                           jne 0x3
   190: 48ff07                         incq (%rdi)
   193: 49897d00                       movq %rdi, (%r13)
   197: 41b96e000000                   movl $0x6e, %r9d
   19d: 41bf0b000000                   movl $0xb, %r15d
   1a3: 40f6c701                       testb $0x1, %dil
   1a7: 0f8576ffffff                   jne -0x8a
   1ad: 837f0807                       cmpl $0x7, 0x8(%rdi)
   1b1: 0f856cffffff                   jne -0x94
   1b7: 488b0500000000                 movq (%rip), %rax
        # hole +0x1ba: X86_64_RELOC_GOT_LOAD Rel32 data+52
   1be: 488b5730                       movq 0x30(%rdi), %rdx
   1c2: 48394230                       cmpq %rax, 0x30(%rdx)
   1c6: 0f8557ffffff                   jne -0xa9
   1cc: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   1d1: 0f84ab030000                   je 0x3ab
   1d7: 488b4740                       movq 0x40(%rdi), %rax
   1db: a801                           testb $0x1, %al
   1dd: 7503                           jne 0x3
   1df: 48ff00                         incq (%rax)
   1e2: 49894500                       movq %rax, (%r13)
   1e6: 48ff0f                         decq (%rdi)
   1e9: 7514                           jne 0x14
   1eb: 4889f3                         movq %rsi, %rbx
   1ee: e800000000                     callq 0x0
        # hole +0x1ef: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1f3: 4889de                         movq %rbx, %rsi
   1f6: b901000000                     movl $0x1, %ecx
   1fb: 498b4500                       movq (%r13), %rax
   1ff: 498b542418                     movq 0x18(%r12), %rdx
   204: 488b7a28                       movq 0x28(%rdx), %rdi
   208: 48894228                       movq %rax, 0x28(%rdx)
   20c: 40f6c701                       testb $0x1, %dil
   210: 751a                           jne 0x1a
   212: 48ff0f                         decq (%rdi)
   215: 7515                           jne 0x15
   217: 4889f3                         movq %rsi, %rbx
   21a: e800000000                     callq 0x0
        # hole +0x21b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   21f: 4889de                         movq %rbx, %rsi
   222: b901000000                     movl $0x1, %ecx
   227: 498b542418                     movq 0x18(%r12), %rdx
   22c: 488b7a30                       movq 0x30(%rdx), %rdi
   230: 40f6c701                       testb $0x1, %dil
   234: 7503                           jne 0x3
   236: 48ff07                         incq (%rdi)
   239: 49897d00                       movq %rdi, (%r13)
   23d: 41b9aa000000                   movl $0xaa, %r9d
   243: 41bf11000000                   movl $0x11, %r15d
   249: 40f6c701                       testb $0x1, %dil
   24d: 0f85d0feffff                   jne -0x130
   253: 837f0807                       cmpl $0x7, 0x8(%rdi)
   257: 0f85c6feffff                   jne -0x13a
   25d: 488b0500000000                 movq (%rip), %rax
        # hole +0x260: X86_64_RELOC_GOT_LOAD Rel32 data+44
   264: 488b5730                       movq 0x30(%rdi), %rdx
   268: 48394230                       cmpq %rax, 0x30(%rdx)
   26c: 0f85b1feffff                   jne -0x14f
   272: 48837f3803                     cmpq $0x3, 0x38(%rdi)
   277: 0f82a9050000                   jb 0x5a9
   27d: 488b4750                       movq 0x50(%rdi), %rax
   281: a801                           testb $0x1, %al
   283: 7503                           jne 0x3
   285: 48ff00                         incq (%rax)
   288: 49894500                       movq %rax, (%r13)
   28c: 48ff0f                         decq (%rdi)
   28f: 7514                           jne 0x14
   291: 4889f3                         movq %rsi, %rbx
   294: e800000000                     callq 0x0
        # hole +0x295: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   299: 4889de                         movq %rbx, %rsi
   29c: b901000000                     movl $0x1, %ecx
   2a1: 498b4500                       movq (%r13), %rax
   2a5: 498b542418                     movq 0x18(%r12), %rdx
   2aa: 488b7a38                       movq 0x38(%rdx), %rdi
   2ae: 48894238                       movq %rax, 0x38(%rdx)
   2b2: 40f6c701                       testb $0x1, %dil
   2b6: 751a                           jne 0x1a
   2b8: 48ff0f                         decq (%rdi)
   2bb: 7515                           jne 0x15
   2bd: 4889f3                         movq %rsi, %rbx
   2c0: e800000000                     callq 0x0
        # hole +0x2c1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2c5: 4889de                         movq %rbx, %rsi
   2c8: b901000000                     movl $0x1, %ecx
   2cd: 498b542418                     movq 0x18(%r12), %rdx
   2d2: 488b7a40                       movq 0x40(%rdx), %rdi
   2d6: 40f6c701                       testb $0x1, %dil
   2da: 7503                           jne 0x3
   2dc: 48ff07                         incq (%rdi)
   2df: 49897d00                       movq %rdi, (%r13)
   2e3: 41b9d2000000                   movl $0xd2, %r9d
   2e9: 41bf15000000                   movl $0x15, %r15d
   2ef: 40f6c701                       testb $0x1, %dil
   2f3: 0f852afeffff                   jne -0x1d6
   2f9: 837f0807                       cmpl $0x7, 0x8(%rdi)
   2fd: 0f8520feffff                   jne -0x1e0
   303: 488b0500000000                 movq (%rip), %rax
        # hole +0x306: X86_64_RELOC_GOT_LOAD Rel32 data+36
   30a: 488b5730                       movq 0x30(%rdi), %rdx
   30e: 48394230                       cmpq %rax, 0x30(%rdx)
   312: 0f850bfeffff                   jne -0x1f5
   318: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   31d: 0f8427050000                   je 0x527
   323: 488b5740                       movq 0x40(%rdi), %rdx
   327: f6c201                         testb $0x1, %dl
   32a: 7503                           jne 0x3
   32c: 48ff02                         incq (%rdx)
   32f: 49895500                       movq %rdx, (%r13)
   333: 48ff0f                         decq (%rdi)
   336: 7514                           jne 0x14
   338: 4889f3                         movq %rsi, %rbx
   33b: e800000000                     callq 0x0
        # hole +0x33c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   340: 4889de                         movq %rbx, %rsi
   343: b901000000                     movl $0x1, %ecx
   348: 498b5500                       movq (%r13), %rdx
   34c: 498b442418                     movq 0x18(%r12), %rax
   351: 488b7848                       movq 0x48(%rax), %rdi
   355: 48895048                       movq %rdx, 0x48(%rax)
   359: 40f6c701                       testb $0x1, %dil
   35d: 751a                           jne 0x1a
   35f: 48ff0f                         decq (%rdi)
   362: 7515                           jne 0x15
   364: 4889f3                         movq %rsi, %rbx
   367: e800000000                     callq 0x0
        # hole +0x368: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   36c: 4889de                         movq %rbx, %rsi
   36f: b901000000                     movl $0x1, %ecx
   374: 498b442418                     movq 0x18(%r12), %rax
   379: 488b7850                       movq 0x50(%rax), %rdi
   37d: 40f6c701                       testb $0x1, %dil
   381: 755c                           jne 0x5c
   383: 48ff07                         incq (%rdi)
   386: 49897d00                       movq %rdi, (%r13)
   38a: 41b90e010000                   movl $0x10e, %r9d
   390: 41bf1b000000                   movl $0x1b, %r15d
   396: 837f0807                       cmpl $0x7, 0x8(%rdi)
   39a: 0f8583fdffff                   jne -0x27d
   3a0: 488b5730                       movq 0x30(%rdi), %rdx
   3a4: 48817a309af20c00               cmpq $0xcf29a, 0x30(%rdx)
   3ac: 0f8571fdffff                   jne -0x28f
   3b2: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   3b7: 0f849e040000                   je 0x49e
   3bd: 488b5740                       movq 0x40(%rdi), %rdx
   3c1: f6c201                         testb $0x1, %dl
   3c4: 743f                           je 0x3f
   3c6: 49895500                       movq %rdx, (%r13)
   3ca: 48ff0f                         decq (%rdi)
   3cd: 7442                           je 0x42
   3cf: 488b7858                       movq 0x58(%rax), %rdi
   3d3: 48895058                       movq %rdx, 0x58(%rax)
   3d7: 40f6c701                       testb $0x1, %dil
   3db: 745b                           je 0x5b
   3dd: eb73                           jmp 0x73
   3df: 49897d00                       movq %rdi, (%r13)
   3e3: 41b90e010000                   movl $0x10e, %r9d
   3e9: 41bf1b000000                   movl $0x1b, %r15d
   3ef: e92ffdffff                     jmp -0x2d1
   3f4: 41b914000000                   movl $0x14, %r9d
   3fa: 41bf02000000                   movl $0x2, %r15d
   400: e91efdffff                     jmp -0x2e2
   405: 48ff02                         incq (%rdx)
   408: 49895500                       movq %rdx, (%r13)
   40c: 48ff0f                         decq (%rdi)
   40f: 75be                           jne -0x42
   411: 4889f3                         movq %rsi, %rbx
   414: e800000000                     callq 0x0
        # hole +0x415: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   419: 4889de                         movq %rbx, %rsi
   41c: b901000000                     movl $0x1, %ecx
   421: 498b5500                       movq (%r13), %rdx
   425: 498b442418                     movq 0x18(%r12), %rax
   42a: 488b7858                       movq 0x58(%rax), %rdi
   42e: 48895058                       movq %rdx, 0x58(%rax)
   432: 40f6c701                       testb $0x1, %dil
   436: 751a                           jne 0x1a
   438: 48ff0f                         decq (%rdi)
   43b: 7515                           jne 0x15
   43d: 4889f3                         movq %rsi, %rbx
   440: e800000000                     callq 0x0
        # hole +0x441: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   445: 4889de                         movq %rbx, %rsi
   448: b901000000                     movl $0x1, %ecx
   44d: 498b442418                     movq 0x18(%r12), %rax
   452: 488b7860                       movq 0x60(%rax), %rdi
   456: 40f6c701                       testb $0x1, %dil
   45a: 7503                           jne 0x3
   45c: 48ff07                         incq (%rdi)
   45f: 49897d00                       movq %rdi, (%r13)
   463: 41b94a010000                   movl $0x14a, %r9d
   469: 41bf21000000                   movl $0x21, %r15d
   46f: 40f6c701                       testb $0x1, %dil
   473: 0f85aafcffff                   jne -0x356
   479: 4889f3                         movq %rsi, %rbx
   47c: 837f0807                       cmpl $0x7, 0x8(%rdi)
   480: 0f8545060000                   jne 0x645
   486: 488b0500000000                 movq (%rip), %rax
        # hole +0x489: X86_64_RELOC_GOT_LOAD Rel32 data+28
   48d: 488b4f30                       movq 0x30(%rdi), %rcx
   491: 48394130                       cmpq %rax, 0x30(%rcx)
   495: 0f85c7000000                   jne 0xc7
   49b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   4a0: 0f84ee030000                   je 0x3ee
   4a6: 488b4f40                       movq 0x40(%rdi), %rcx
   4aa: f6c101                         testb $0x1, %cl
   4ad: 7503                           jne 0x3
   4af: 48ff01                         incq (%rcx)
   4b2: 49894d00                       movq %rcx, (%r13)
   4b6: 48ff0f                         decq (%rdi)
   4b9: 7509                           jne 0x9
   4bb: e800000000                     callq 0x0
        # hole +0x4bc: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4c0: 498b4d00                       movq (%r13), %rcx
   4c4: 498b442418                     movq 0x18(%r12), %rax
   4c9: 488b7868                       movq 0x68(%rax), %rdi
   4cd: 48894868                       movq %rcx, 0x68(%rax)
   4d1: 40f6c701                       testb $0x1, %dil
   4d5: 750f                           jne 0xf
   4d7: 48ff0f                         decq (%rdi)
   4da: 750a                           jne 0xa
   4dc: e800000000                     callq 0x0
        # hole +0x4dd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   4e1: 498b442418                     movq 0x18(%r12), %rax
   4e6: 488b7870                       movq 0x70(%rax), %rdi
   4ea: 40f6c701                       testb $0x1, %dil
   4ee: 7562                           jne 0x62
   4f0: 48ff07                         incq (%rdi)
   4f3: 49897d00                       movq %rdi, (%r13)
   4f7: 41bf25000000                   movl $0x25, %r15d
   4fd: 837f0807                       cmpl $0x7, 0x8(%rdi)
   501: 756c                           jne 0x6c
   503: 488b4f30                       movq 0x30(%rdi), %rcx
   507: 48817930d4990300               cmpq $0x399d4, 0x30(%rcx)
   50f: 755e                           jne 0x5e
   511: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   516: 0f8210050000                   jb 0x510
   51c: 488b4f48                       movq 0x48(%rdi), %rcx
   520: f6c101                         testb $0x1, %cl
   523: 746e                           je 0x6e
   525: 49894d00                       movq %rcx, (%r13)
   529: 48ff0f                         decq (%rdi)
   52c: 7471                           je 0x71
   52e: 488b7878                       movq 0x78(%rax), %rdi
   532: 48894878                       movq %rcx, 0x78(%rax)
   536: 40f6c701                       testb $0x1, %dil
   53a: 747f                           je 0x7f
   53c: e989000000                     jmp 0x89
   541: 41b93c000000                   movl $0x3c, %r9d
   547: 41bf06000000                   movl $0x6, %r15d
   54d: e9d1fbffff                     jmp -0x42f
   552: 49897d00                       movq %rdi, (%r13)
   556: 41b972010000                   movl $0x172, %r9d
   55c: 41bf25000000                   movl $0x25, %r15d
   562: b901000000                     movl $0x1, %ecx
   567: 4889de                         movq %rbx, %rsi
   56a: e9b4fbffff                     jmp -0x44c
   56f: b901000000                     movl $0x1, %ecx
   574: 4889de                         movq %rbx, %rsi
   577: 41b972010000                   movl $0x172, %r9d
   57d: e9a1fbffff                     jmp -0x45f
   582: 41b978000000                   movl $0x78, %r9d
   588: 41bf0c000000                   movl $0xc, %r15d
   58e: e990fbffff                     jmp -0x470
   593: 48ff01                         incq (%rcx)
   596: 49894d00                       movq %rcx, (%r13)
   59a: 48ff0f                         decq (%rdi)
   59d: 758f                           jne -0x71
   59f: e800000000                     callq 0x0
        # hole +0x5a0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5a4: 498b4d00                       movq (%r13), %rcx
   5a8: 498b442418                     movq 0x18(%r12), %rax
   5ad: 488b7878                       movq 0x78(%rax), %rdi
   5b1: 48894878                       movq %rcx, 0x78(%rax)
   5b5: 40f6c701                       testb $0x1, %dil
   5b9: 750f                           jne 0xf
   5bb: 48ff0f                         decq (%rdi)
   5be: 750a                           jne 0xa
   5c0: e800000000                     callq 0x0
        # hole +0x5c1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5c5: 498b442418                     movq 0x18(%r12), %rax
   5ca: 488bb880000000                 movq 0x80(%rax), %rdi
   5d1: 40f6c701                       testb $0x1, %dil
   5d5: 7503                           jne 0x3
   5d7: 48ff07                         incq (%rdi)
   5da: 49897d00                       movq %rdi, (%r13)
   5de: 41bf2b000000                   movl $0x2b, %r15d
   5e4: 40f6c701                       testb $0x1, %dil
   5e8: 0f8512020000                   jne 0x212
   5ee: 837f0807                       cmpl $0x7, 0x8(%rdi)
   5f2: 0f8508020000                   jne 0x208
   5f8: 488b0500000000                 movq (%rip), %rax
        # hole +0x5fb: X86_64_RELOC_GOT_LOAD Rel32 data+20
   5ff: 488b4f30                       movq 0x30(%rdi), %rcx
   603: 48394130                       cmpq %rax, 0x30(%rcx)
   607: 0f85f3010000                   jne 0x1f3
   60d: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   612: 0f844d040000                   je 0x44d
   618: 488b4740                       movq 0x40(%rdi), %rax
   61c: a801                           testb $0x1, %al
   61e: 7503                           jne 0x3
   620: 48ff00                         incq (%rax)
   623: 49894500                       movq %rax, (%r13)
   627: 48ff0f                         decq (%rdi)
   62a: 7509                           jne 0x9
   62c: e800000000                     callq 0x0
        # hole +0x62d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   631: 498b4500                       movq (%r13), %rax
   635: 498b4c2418                     movq 0x18(%r12), %rcx
   63a: 488bb988000000                 movq 0x88(%rcx), %rdi
   641: 48898188000000                 movq %rax, 0x88(%rcx)
   648: 40f6c701                       testb $0x1, %dil
   64c: 750f                           jne 0xf
   64e: 48ff0f                         decq (%rdi)
   651: 750a                           jne 0xa
   653: e800000000                     callq 0x0
        # hole +0x654: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   658: 498b4c2418                     movq 0x18(%r12), %rcx
   65d: 488bb990000000                 movq 0x90(%rcx), %rdi
   664: 40f6c701                       testb $0x1, %dil
   668: 7503                           jne 0x3
   66a: 48ff07                         incq (%rdi)
   66d: 49897d00                       movq %rdi, (%r13)
   671: 41bf31000000                   movl $0x31, %r15d
   677: 40f6c701                       testb $0x1, %dil
   67b: 0f8592010000                   jne 0x192
   681: 837f0807                       cmpl $0x7, 0x8(%rdi)
   685: 0f8588010000                   jne 0x188
   68b: 488b0500000000                 movq (%rip), %rax
        # hole +0x68e: X86_64_RELOC_GOT_LOAD Rel32 data+12
   692: 488b4f30                       movq 0x30(%rdi), %rcx
   696: 48394130                       cmpq %rax, 0x30(%rcx)
   69a: 0f8573010000                   jne 0x173
   6a0: 48837f3804                     cmpq $0x4, 0x38(%rdi)
   6a5: 0f82cb030000                   jb 0x3cb
   6ab: 488b4758                       movq 0x58(%rdi), %rax
   6af: a801                           testb $0x1, %al
   6b1: 7503                           jne 0x3
   6b3: 48ff00                         incq (%rax)
   6b6: 49894500                       movq %rax, (%r13)
   6ba: 48ff0f                         decq (%rdi)
   6bd: 7509                           jne 0x9
   6bf: e800000000                     callq 0x0
        # hole +0x6c0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6c4: 498b4500                       movq (%r13), %rax
   6c8: 498b4c2418                     movq 0x18(%r12), %rcx
   6cd: 488bb998000000                 movq 0x98(%rcx), %rdi
   6d4: 48898198000000                 movq %rax, 0x98(%rcx)
   6db: 40f6c701                       testb $0x1, %dil
   6df: 750f                           jne 0xf
   6e1: 48ff0f                         decq (%rdi)
   6e4: 750a                           jne 0xa
   6e6: e800000000                     callq 0x0
        # hole +0x6e7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6eb: 498b4c2418                     movq 0x18(%r12), %rcx
   6f0: 488bb9a0000000                 movq 0xa0(%rcx), %rdi
   6f7: 40f6c701                       testb $0x1, %dil
   6fb: 7503                           jne 0x3
   6fd: 48ff07                         incq (%rdi)
   700: 49897d00                       movq %rdi, (%r13)
   704: 41bf35000000                   movl $0x35, %r15d
   70a: 40f6c701                       testb $0x1, %dil
   70e: 0f8523010000                   jne 0x123
   714: 837f0807                       cmpl $0x7, 0x8(%rdi)
   718: 0f8519010000                   jne 0x119
   71e: 488b0500000000                 movq (%rip), %rax
        # hole +0x721: X86_64_RELOC_GOT_LOAD Rel32 data+4
   725: 488b4f30                       movq 0x30(%rdi), %rcx
   729: 48394130                       cmpq %rax, 0x30(%rcx)
   72d: 0f8504010000                   jne 0x104
   733: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   738: 0f8449030000                   je 0x349
   73e: 488b4f40                       movq 0x40(%rdi), %rcx
   742: f6c101                         testb $0x1, %cl
   745: 7503                           jne 0x3
   747: 48ff01                         incq (%rcx)
   74a: 49894d00                       movq %rcx, (%r13)
   74e: 48ff0f                         decq (%rdi)
   751: 7509                           jne 0x9
   753: e800000000                     callq 0x0
        # hole +0x754: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   758: 498b4d00                       movq (%r13), %rcx
   75c: 498b442418                     movq 0x18(%r12), %rax
   761: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   768: 488988a8000000                 movq %rcx, 0xa8(%rax)
   76f: 40f6c701                       testb $0x1, %dil
   773: 750f                           jne 0xf
   775: 48ff0f                         decq (%rdi)
   778: 750a                           jne 0xa
   77a: e800000000                     callq 0x0
        # hole +0x77b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   77f: 498b442418                     movq 0x18(%r12), %rax
   784: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   78b: 40f6c701                       testb $0x1, %dil
   78f: 0f85d7000000                   jne 0xd7
   795: 48ff07                         incq (%rdi)
   798: 49897d00                       movq %rdi, (%r13)
   79c: 41bf3b000000                   movl $0x3b, %r15d
   7a2: 837f0807                       cmpl $0x7, 0x8(%rdi)
   7a6: 0f85d5000000                   jne 0xd5
   7ac: 488b4f30                       movq 0x30(%rdi), %rcx
   7b0: 48817930bb5e0800               cmpq $0x85ebb, 0x30(%rcx)
   7b8: 0f85c3000000                   jne 0xc3
   7be: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   7c3: 0f82cf020000                   jb 0x2cf
   7c9: 488b4f48                       movq 0x48(%rdi), %rcx
   7cd: f6c101                         testb $0x1, %cl
   7d0: 0f84cf000000                   je 0xcf
   7d6: 49894d00                       movq %rcx, (%r13)
   7da: 48ff0f                         decq (%rdi)
   7dd: 0f84d2000000                   je 0xd2
   7e3: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   7ea: 488988b8000000                 movq %rcx, 0xb8(%rax)
   7f1: 40f6c701                       testb $0x1, %dil
   7f5: 0f84dc000000                   je 0xdc
   7fb: e9e6000000                     jmp 0xe6
   800: b901000000                     movl $0x1, %ecx
   805: 4889de                         movq %rbx, %rsi
   808: 41b9ae010000                   movl $0x1ae, %r9d
   80e: e910f9ffff                     jmp -0x6f0
   813: b901000000                     movl $0x1, %ecx
   818: 4889de                         movq %rbx, %rsi
   81b: 41b9ea010000                   movl $0x1ea, %r9d
   821: e9fdf8ffff                     jmp -0x703
   826: 41b9b4000000                   movl $0xb4, %r9d
   82c: 41bf12000000                   movl $0x12, %r15d
   832: e9ecf8ffff                     jmp -0x714
   837: b901000000                     movl $0x1, %ecx
   83c: 4889de                         movq %rbx, %rsi
   83f: 41b912020000                   movl $0x212, %r9d
   845: e9d9f8ffff                     jmp -0x727
   84a: 41b9dc000000                   movl $0xdc, %r9d
   850: 41bf16000000                   movl $0x16, %r15d
   856: e9c8f8ffff                     jmp -0x738
   85b: 41b918010000                   movl $0x118, %r9d
   861: 41bf1c000000                   movl $0x1c, %r15d
   867: e9b7f8ffff                     jmp -0x749
   86c: 49897d00                       movq %rdi, (%r13)
   870: 41b94e020000                   movl $0x24e, %r9d
   876: 41bf3b000000                   movl $0x3b, %r15d
   87c: e9e1fcffff                     jmp -0x31f
   881: b901000000                     movl $0x1, %ecx
   886: 4889de                         movq %rbx, %rsi
   889: 41b94e020000                   movl $0x24e, %r9d
   88f: e98ff8ffff                     jmp -0x771
   894: 41b954010000                   movl $0x154, %r9d
   89a: 41bf22000000                   movl $0x22, %r15d
   8a0: e9bdfcffff                     jmp -0x343
   8a5: 48ff01                         incq (%rcx)
   8a8: 49894d00                       movq %rcx, (%r13)
   8ac: 48ff0f                         decq (%rdi)
   8af: 0f852effffff                   jne -0xd2
   8b5: e800000000                     callq 0x0
        # hole +0x8b6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8ba: 498b4d00                       movq (%r13), %rcx
   8be: 498b442418                     movq 0x18(%r12), %rax
   8c3: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   8ca: 488988b8000000                 movq %rcx, 0xb8(%rax)
   8d1: 40f6c701                       testb $0x1, %dil
   8d5: 750f                           jne 0xf
   8d7: 48ff0f                         decq (%rdi)
   8da: 750a                           jne 0xa
   8dc: e800000000                     callq 0x0
        # hole +0x8dd: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8e1: 498b442418                     movq 0x18(%r12), %rax
   8e6: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   8ed: 40f6c701                       testb $0x1, %dil
   8f1: 7503                           jne 0x3
   8f3: 48ff07                         incq (%rdi)
   8f6: 49897d00                       movq %rdi, (%r13)
   8fa: 41bf41000000                   movl $0x41, %r15d
   900: 40f6c701                       testb $0x1, %dil
   904: 0f850f010000                   jne 0x10f
   90a: 837f0807                       cmpl $0x7, 0x8(%rdi)
   90e: 0f8505010000                   jne 0x105
   914: 488b0500000000                 movq (%rip), %rax
        # hole +0x917: X86_64_RELOC_GOT_LOAD Rel32 data-4
   91b: 488b4f30                       movq 0x30(%rdi), %rcx
   91f: 48394130                       cmpq %rax, 0x30(%rcx)
   923: 0f85f0000000                   jne 0xf0
   929: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   92e: 0f8475010000                   je 0x175
   934: 488b4f40                       movq 0x40(%rdi), %rcx
   938: f6c101                         testb $0x1, %cl
   93b: 7503                           jne 0x3
   93d: 48ff01                         incq (%rcx)
   940: 49894d00                       movq %rcx, (%r13)
   944: 48ff0f                         decq (%rdi)
   947: 7509                           jne 0x9
   949: e800000000                     callq 0x0
        # hole +0x94a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   94e: 498b4d00                       movq (%r13), %rcx
   952: 498b442418                     movq 0x18(%r12), %rax
   957: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   95e: 488988c8000000                 movq %rcx, 0xc8(%rax)
   965: 40f6c701                       testb $0x1, %dil
   969: 750f                           jne 0xf
   96b: 48ff0f                         decq (%rdi)
   96e: 750a                           jne 0xa
   970: e800000000                     callq 0x0
        # hole +0x971: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   975: 498b442418                     movq 0x18(%r12), %rax
   97a: 488bb8d0000000                 movq 0xd0(%rax), %rdi
   981: 40f6c701                       testb $0x1, %dil
   985: 0f85b2000000                   jne 0xb2
   98b: 48ff07                         incq (%rdi)
   98e: 49897d00                       movq %rdi, (%r13)
   992: 41bf45000000                   movl $0x45, %r15d
   998: 837f0807                       cmpl $0x7, 0x8(%rdi)
   99c: 0f85b0000000                   jne 0xb0
   9a2: 488b4f30                       movq 0x30(%rdi), %rcx
   9a6: 488179303aba0a00               cmpq $0xaba3a, 0x30(%rcx)
   9ae: 0f859e000000                   jne 0x9e
   9b4: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   9b9: 0f82fb000000                   jb 0xfb
   9bf: 488b4f48                       movq 0x48(%rdi), %rcx
   9c3: f6c101                         testb $0x1, %cl
   9c6: 7503                           jne 0x3
   9c8: 48ff01                         incq (%rcx)
   9cb: 49894d00                       movq %rcx, (%r13)
   9cf: 48ff0f                         decq (%rdi)
   9d2: 750e                           jne 0xe
   9d4: e800000000                     callq 0x0
        # hole +0x9d5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   9d9: 498b4d00                       movq (%r13), %rcx
   9dd: 498b442418                     movq 0x18(%r12), %rax
   9e2: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   9e9: 488988d8000000                 movq %rcx, 0xd8(%rax)
   9f0: 41bf4a000000                   movl $0x4a, %r15d
   9f6: 40f6c701                       testb $0x1, %dil
   9fa: 750a                           jne 0xa
   9fc: 48ff0f                         decq (%rdi)
   9ff: 7505                           jne 0x5
   a01: e800000000                     callq 0x0
        # hole +0xa02: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a06: 4c89ee                         movq %r13, %rsi
   a09: b902000000                     movl $0x2, %ecx
   a0e: 41b9e4020000                   movl $0x2e4, %r9d
   a14: e90af7ffff                     jmp -0x8f6
   a19: b901000000                     movl $0x1, %ecx
   a1e: 4889de                         movq %rbx, %rsi
   a21: 41b98a020000                   movl $0x28a, %r9d
   a27: e9f7f6ffff                     jmp -0x909
   a2c: 41b97c010000                   movl $0x17c, %r9d
   a32: 41bf26000000                   movl $0x26, %r15d
   a38: e925fbffff                     jmp -0x4db
   a3d: 49897d00                       movq %rdi, (%r13)
   a41: 41b9b2020000                   movl $0x2b2, %r9d
   a47: 41bf45000000                   movl $0x45, %r15d
   a4d: e910fbffff                     jmp -0x4f0
   a52: b901000000                     movl $0x1, %ecx
   a57: 4889de                         movq %rbx, %rsi
   a5a: 41b9b2020000                   movl $0x2b2, %r9d
   a60: e9bef6ffff                     jmp -0x942
   a65: 41b9b8010000                   movl $0x1b8, %r9d
   a6b: 41bf2c000000                   movl $0x2c, %r15d
   a71: e9ecfaffff                     jmp -0x514
   a76: 41b9f4010000                   movl $0x1f4, %r9d
   a7c: 41bf32000000                   movl $0x32, %r15d
   a82: e9dbfaffff                     jmp -0x525
   a87: 41b91c020000                   movl $0x21c, %r9d
   a8d: 41bf36000000                   movl $0x36, %r15d
   a93: e9cafaffff                     jmp -0x536
   a98: 41b958020000                   movl $0x258, %r9d
   a9e: 41bf3c000000                   movl $0x3c, %r15d
   aa4: e9b9faffff                     jmp -0x547
   aa9: 41b994020000                   movl $0x294, %r9d
   aaf: 41bf42000000                   movl $0x42, %r15d
   ab5: e9a8faffff                     jmp -0x558
   aba: 41b9bc020000                   movl $0x2bc, %r9d
   ac0: 41bf46000000                   movl $0x46, %r15d
   ac6: e997faffff                     jmp -0x569
   acb: 4889de                         movq %rbx, %rsi
   ace: e950f6ffff                     jmp -0x9b0
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[65]+0
        # hole data+0x8: GOT Abs64 operand0[53]+0
        # hole data+0x10: GOT Abs64 operand0[49]+0
        # hole data+0x18: GOT Abs64 operand0[43]+0
        # hole data+0x20: GOT Abs64 operand0[33]+0
        # hole data+0x28: GOT Abs64 operand0[21]+0
        # hole data+0x30: GOT Abs64 operand0[17]+0
        # hole data+0x38: GOT Abs64 operand0[11]+0
        # hole data+0x40: GOT Abs64 index+0
        # hole data+0x48: GOT Abs64 operand0[1]+0
