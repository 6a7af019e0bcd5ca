# stencil startup_attrs for x86_64-apple-darwin: 2721 code bytes, 80 data bytes, 77 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b38                         movq (%rax), %rdi
     8: 40f6c701                       testb $0x1, %dil
     c: 7503                           jne 0x3
     e: 48ff07                         incq (%rdi)
    11: 50                             pushq %rax
    12: 498d5d08                       leaq 0x8(%r13), %rbx
    16: 49897d00                       movq %rdi, (%r13)
    1a: 40f6c701                       testb $0x1, %dil
    1e: 0f85bc000000                   jne 0xbc
    24: 837f0807                       cmpl $0x7, 0x8(%rdi)
    28: 0f85b2000000                   jne 0xb2
    2e: 488b0500000000                 movq (%rip), %rax
        # hole +0x31: X86_64_RELOC_GOT_LOAD Rel32 data+68
    35: 488b4f30                       movq 0x30(%rdi), %rcx
    39: 48394130                       cmpq %rax, 0x30(%rcx)
    3d: 0f859d000000                   jne 0x9d
    43: 48837f3803                     cmpq $0x3, 0x38(%rdi)
    48: 0f825d030000                   jb 0x35d
    4e: 488b4f50                       movq 0x50(%rdi), %rcx
    52: f6c101                         testb $0x1, %cl
    55: 7503                           jne 0x3
    57: 48ff01                         incq (%rcx)
    5a: 49894d00                       movq %rcx, (%r13)
    5e: 48ff0f                         decq (%rdi)
    61: 7509                           jne 0x9
    63: e800000000                     callq 0x0
        # hole +0x64: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    68: 498b4d00                       movq (%r13), %rcx
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7808                       movq 0x8(%rax), %rdi
    75: 48894808                       movq %rcx, 0x8(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 750f                           jne 0xf
    7f: 48ff0f                         decq (%rdi)
    82: 750a                           jne 0xa
    84: e800000000                     callq 0x0
        # hole +0x85: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    89: 498b442418                     movq 0x18(%r12), %rax
    8e: 488b7810                       movq 0x10(%rax), %rdi
    92: 40f6c701                       testb $0x1, %dil
    96: 756f                           jne 0x6f
    98: 48ff07                         incq (%rdi)
    9b: 49897d00                       movq %rdi, (%r13)
    9f: 837f0807                       cmpl $0x7, 0x8(%rdi)
    a3: 7566                           jne 0x66
    a5: 488b4f30                       movq 0x30(%rdi), %rcx
    a9: 488179302f900400               cmpq $0x4902f, 0x30(%rcx)
    b1: 7558                           jne 0x58
    b3: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    b8: 0f8432040000                   je 0x432
    be: 488b4f40                       movq 0x40(%rdi), %rcx
    c2: f6c101                         testb $0x1, %cl
    c5: 7457                           je 0x57
    c7: 49894d00                       movq %rcx, (%r13)
    cb: 48ff0f                         decq (%rdi)
    ce: 745a                           je 0x5a
    d0: 488b7818                       movq 0x18(%rax), %rdi
    d4: 48894818                       movq %rcx, 0x18(%rax)
    d8: 40f6c701                       testb $0x1, %dil
    dc: 7468                           je 0x68
    de: eb75                           jmp 0x75
    e0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xe3: X86_64_RELOC_GOT_LOAD Rel32 data-4
    e7: 49ffc0                         incq %r8
    ea: 41b90a000000                   movl $0xa, %r9d
    f0: b901000000                     movl $0x1, %ecx
    f5: 4989dd                         movq %rbx, %r13
    f8: 4c89e7                         movq %r12, %rdi
    fb: 4c89ee                         movq %r13, %rsi
    fe: 4c89f2                         movq %r14, %rdx
   101: 58                             popq %rax
   102: e900000000                     jmp 0x0
        # hole +0x103: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   107: 49897d00                       movq %rdi, (%r13)
   10b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x10e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   112: 4983c005                       addq $0x5, %r8
   116: 41b932000000                   movl $0x32, %r9d
   11c: ebd2                           jmp -0x2e
   11e: 48ff01                         incq (%rcx)
   121: 49894d00                       movq %rcx, (%r13)
   125: 48ff0f                         decq (%rdi)
   128: 75a6                           jne -0x5a
   12a: e800000000                     callq 0x0
        # hole +0x12b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   12f: 498b4d00                       movq (%r13), %rcx
   133: 498b442418                     movq 0x18(%r12), %rax
   138: 488b7818                       movq 0x18(%rax), %rdi
   13c: 48894818                       movq %rcx, 0x18(%rax)
   140: 40f6c701                       testb $0x1, %dil
   144: 750f                           jne 0xf
   146: 48ff0f                         decq (%rdi)
   149: 750a                           jne 0xa
   14b: e800000000                     callq 0x0
        # hole +0x14c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   150: 498b442418                     movq 0x18(%r12), %rax
   155: 488b7820                       movq 0x20(%rax), %rdi
   159: 40f6c701                       testb $0x1, %dil
   15d: 7503                           jne 0x3
   15f: 48ff07                         incq (%rdi)
   162: 49897d00                       movq %rdi, (%r13)
   166: 40f6c701                       testb $0x1, %dil
   16a: 0f85df010000                   jne 0x1df
   170: 837f0807                       cmpl $0x7, 0x8(%rdi)
   174: 0f85d5010000                   jne 0x1d5
   17a: 488b0500000000                 movq (%rip), %rax
        # hole +0x17d: X86_64_RELOC_GOT_LOAD Rel32 data+60
   181: 488b4f30                       movq 0x30(%rdi), %rcx
   185: 48394130                       cmpq %rax, 0x30(%rcx)
   189: 0f85c0010000                   jne 0x1c0
   18f: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   194: 0f8486030000                   je 0x386
   19a: 488b4740                       movq 0x40(%rdi), %rax
   19e: a801                           testb $0x1, %al
   1a0: 7503                           jne 0x3
   1a2: 48ff00                         incq (%rax)
   1a5: 49894500                       movq %rax, (%r13)
   1a9: 48ff0f                         decq (%rdi)
   1ac: 7509                           jne 0x9
   1ae: e800000000                     callq 0x0
        # hole +0x1af: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1b3: 498b4500                       movq (%r13), %rax
   1b7: 498b4c2418                     movq 0x18(%r12), %rcx
   1bc: 488b7928                       movq 0x28(%rcx), %rdi
   1c0: 48894128                       movq %rax, 0x28(%rcx)
   1c4: 40f6c701                       testb $0x1, %dil
   1c8: 750f                           jne 0xf
   1ca: 48ff0f                         decq (%rdi)
   1cd: 750a                           jne 0xa
   1cf: e800000000                     callq 0x0
        # hole +0x1d0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1d4: 498b4c2418                     movq 0x18(%r12), %rcx
   1d9: 488b7930                       movq 0x30(%rcx), %rdi
   1dd: 40f6c701                       testb $0x1, %dil
   1e1: 7503                           jne 0x3
   1e3: 48ff07                         incq (%rdi)
   1e6: 49897d00                       movq %rdi, (%r13)
   1ea: 40f6c701                       testb $0x1, %dil
   1ee: 0f8571010000                   jne 0x171
   1f4: 837f0807                       cmpl $0x7, 0x8(%rdi)
   1f8: 0f8567010000                   jne 0x167
   1fe: 488b0500000000                 movq (%rip), %rax
        # hole +0x201: X86_64_RELOC_GOT_LOAD Rel32 data+52
   205: 488b4f30                       movq 0x30(%rdi), %rcx
   209: 48394130                       cmpq %rax, 0x30(%rcx)
   20d: 0f8552010000                   jne 0x152
   213: 48837f3803                     cmpq $0x3, 0x38(%rdi)
   218: 0f8299050000                   jb 0x599
   21e: 488b4750                       movq 0x50(%rdi), %rax
   222: a801                           testb $0x1, %al
   224: 7503                           jne 0x3
   226: 48ff00                         incq (%rax)
   229: 49894500                       movq %rax, (%r13)
   22d: 48ff0f                         decq (%rdi)
   230: 7509                           jne 0x9
   232: e800000000                     callq 0x0
        # hole +0x233: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   237: 498b4500                       movq (%r13), %rax
   23b: 498b4c2418                     movq 0x18(%r12), %rcx
   240: 488b7938                       movq 0x38(%rcx), %rdi
   244: 48894138                       movq %rax, 0x38(%rcx)
   248: 40f6c701                       testb $0x1, %dil
   24c: 750f                           jne 0xf
   24e: 48ff0f                         decq (%rdi)
   251: 750a                           jne 0xa
   253: e800000000                     callq 0x0
        # hole +0x254: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   258: 498b4c2418                     movq 0x18(%r12), %rcx
   25d: 488b7940                       movq 0x40(%rcx), %rdi
   261: 40f6c701                       testb $0x1, %dil
   265: 7503                           jne 0x3
   267: 48ff07                         incq (%rdi)
   26a: 49897d00                       movq %rdi, (%r13)
   26e: 40f6c701                       testb $0x1, %dil
   272: 0f8503010000                   jne 0x103
   278: 837f0807                       cmpl $0x7, 0x8(%rdi)
   27c: 0f85f9000000                   jne 0xf9
   282: 488b0500000000                 movq (%rip), %rax
        # hole +0x285: X86_64_RELOC_GOT_LOAD Rel32 data+44
   289: 488b4f30                       movq 0x30(%rdi), %rcx
   28d: 48394130                       cmpq %rax, 0x30(%rcx)
   291: 0f85e4000000                   jne 0xe4
   297: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   29c: 0f8441050000                   je 0x541
   2a2: 488b4f40                       movq 0x40(%rdi), %rcx
   2a6: f6c101                         testb $0x1, %cl
   2a9: 7503                           jne 0x3
   2ab: 48ff01                         incq (%rcx)
   2ae: 49894d00                       movq %rcx, (%r13)
   2b2: 48ff0f                         decq (%rdi)
   2b5: 7509                           jne 0x9
   2b7: e800000000                     callq 0x0
        # hole +0x2b8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2bc: 498b4d00                       movq (%r13), %rcx
   2c0: 498b442418                     movq 0x18(%r12), %rax
   2c5: 488b7848                       movq 0x48(%rax), %rdi
   2c9: 48894848                       movq %rcx, 0x48(%rax)
   2cd: 40f6c701                       testb $0x1, %dil
   2d1: 750f                           jne 0xf
   2d3: 48ff0f                         decq (%rdi)
   2d6: 750a                           jne 0xa
   2d8: e800000000                     callq 0x0
        # hole +0x2d9: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2dd: 498b442418                     movq 0x18(%r12), %rax
   2e2: 488b7850                       movq 0x50(%rax), %rdi
   2e6: 40f6c701                       testb $0x1, %dil
   2ea: 0f85a1000000                   jne 0xa1
   2f0: 48ff07                         incq (%rdi)
   2f3: 49897d00                       movq %rdi, (%r13)
   2f7: 837f0807                       cmpl $0x7, 0x8(%rdi)
   2fb: 0f8594000000                   jne 0x94
   301: 488b4f30                       movq 0x30(%rdi), %rcx
   305: 488179309af20c00               cmpq $0xcf29a, 0x30(%rcx)
   30d: 0f8582000000                   jne 0x82
   313: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   318: 0f84db040000                   je 0x4db
   31e: 488b4f40                       movq 0x40(%rdi), %rcx
   322: f6c101                         testb $0x1, %cl
   325: 0f8496000000                   je 0x96
   32b: 49894d00                       movq %rcx, (%r13)
   32f: 48ff0f                         decq (%rdi)
   332: 0f8499000000                   je 0x99
   338: 488b7858                       movq 0x58(%rax), %rdi
   33c: 48894858                       movq %rcx, 0x58(%rax)
   340: 40f6c701                       testb $0x1, %dil
   344: 0f84a3000000                   je 0xa3
   34a: e9ad000000                     jmp 0xad
   34f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x352: X86_64_RELOC_GOT_LOAD Rel32 data-4
   356: 4983c00b                       addq $0xb, %r8
   35a: 41b96e000000                   movl $0x6e, %r9d
   360: e98bfdffff                     jmp -0x275
   365: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x368: X86_64_RELOC_GOT_LOAD Rel32 data-4
   36c: 4983c011                       addq $0x11, %r8
   370: 41b9aa000000                   movl $0xaa, %r9d
   376: e975fdffff                     jmp -0x28b
   37b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x37e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   382: 4983c015                       addq $0x15, %r8
   386: 41b9d2000000                   movl $0xd2, %r9d
   38c: e95ffdffff                     jmp -0x2a1
   391: 49897d00                       movq %rdi, (%r13)
   395: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x398: X86_64_RELOC_GOT_LOAD Rel32 data-4
   39c: 4983c01b                       addq $0x1b, %r8
   3a0: 41b90e010000                   movl $0x10e, %r9d
   3a6: e945fdffff                     jmp -0x2bb
   3ab: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3ae: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3b2: 4983c002                       addq $0x2, %r8
   3b6: 41b914000000                   movl $0x14, %r9d
   3bc: e92ffdffff                     jmp -0x2d1
   3c1: 48ff01                         incq (%rcx)
   3c4: 49894d00                       movq %rcx, (%r13)
   3c8: 48ff0f                         decq (%rdi)
   3cb: 0f8567ffffff                   jne -0x99
   3d1: e800000000                     callq 0x0
        # hole +0x3d2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3d6: 498b4d00                       movq (%r13), %rcx
   3da: 498b442418                     movq 0x18(%r12), %rax
   3df: 488b7858                       movq 0x58(%rax), %rdi
   3e3: 48894858                       movq %rcx, 0x58(%rax)
   3e7: 40f6c701                       testb $0x1, %dil
   3eb: 750f                           jne 0xf
   3ed: 48ff0f                         decq (%rdi)
   3f0: 750a                           jne 0xa
   3f2: e800000000                     callq 0x0
        # hole +0x3f3: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3f7: 498b442418                     movq 0x18(%r12), %rax
   3fc: 488b7860                       movq 0x60(%rax), %rdi
   400: 40f6c701                       testb $0x1, %dil
   404: 7503                           jne 0x3
   406: 48ff07                         incq (%rdi)
   409: 49897d00                       movq %rdi, (%r13)
   40d: 40f6c701                       testb $0x1, %dil
   411: 0f85c3000000                   jne 0xc3
   417: 837f0807                       cmpl $0x7, 0x8(%rdi)
   41b: 0f85b9000000                   jne 0xb9
   421: 488b0500000000                 movq (%rip), %rax
        # hole +0x424: X86_64_RELOC_GOT_LOAD Rel32 data+36
   428: 488b4f30                       movq 0x30(%rdi), %rcx
   42c: 48394130                       cmpq %rax, 0x30(%rcx)
   430: 0f85a4000000                   jne 0xa4
   436: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   43b: 0f84e8030000                   je 0x3e8
   441: 488b4f40                       movq 0x40(%rdi), %rcx
   445: f6c101                         testb $0x1, %cl
   448: 7503                           jne 0x3
   44a: 48ff01                         incq (%rcx)
   44d: 49894d00                       movq %rcx, (%r13)
   451: 48ff0f                         decq (%rdi)
   454: 7509                           jne 0x9
   456: e800000000                     callq 0x0
        # hole +0x457: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   45b: 498b4d00                       movq (%r13), %rcx
   45f: 498b442418                     movq 0x18(%r12), %rax
   464: 488b7868                       movq 0x68(%rax), %rdi
   468: 48894868                       movq %rcx, 0x68(%rax)
   46c: 40f6c701                       testb $0x1, %dil
   470: 750f                           jne 0xf
   472: 48ff0f                         decq (%rdi)
   475: 750a                           jne 0xa
   477: e800000000                     callq 0x0
        # hole +0x478: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   47c: 498b442418                     movq 0x18(%r12), %rax
   481: 488b7870                       movq 0x70(%rax), %rdi
   485: 40f6c701                       testb $0x1, %dil
   489: 757b                           jne 0x7b
   48b: 48ff07                         incq (%rdi)
   48e: 49897d00                       movq %rdi, (%r13)
   492: 837f0807                       cmpl $0x7, 0x8(%rdi)
   496: 7572                           jne 0x72
   498: 488b4f30                       movq 0x30(%rdi), %rcx
   49c: 48817930d4990300               cmpq $0x399d4, 0x30(%rcx)
   4a4: 7564                           jne 0x64
   4a6: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   4ab: 0f82e5040000                   jb 0x4e5
   4b1: 488b4f48                       movq 0x48(%rdi), %rcx
   4b5: f6c101                         testb $0x1, %cl
   4b8: 747c                           je 0x7c
   4ba: 49894d00                       movq %rcx, (%r13)
   4be: 48ff0f                         decq (%rdi)
   4c1: 747f                           je 0x7f
   4c3: 488b7878                       movq 0x78(%rax), %rdi
   4c7: 48894878                       movq %rcx, 0x78(%rax)
   4cb: 40f6c701                       testb $0x1, %dil
   4cf: 0f8489000000                   je 0x89
   4d5: e993000000                     jmp 0x93
   4da: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x4dd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   4e1: 4983c021                       addq $0x21, %r8
   4e5: 41b94a010000                   movl $0x14a, %r9d
   4eb: e900fcffff                     jmp -0x400
   4f0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x4f3: X86_64_RELOC_GOT_LOAD Rel32 data-4
   4f7: 4983c006                       addq $0x6, %r8
   4fb: 41b93c000000                   movl $0x3c, %r9d
   501: e9eafbffff                     jmp -0x416
   506: 49897d00                       movq %rdi, (%r13)
   50a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x50d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   511: 4983c025                       addq $0x25, %r8
   515: 41b972010000                   movl $0x172, %r9d
   51b: e9d0fbffff                     jmp -0x430
   520: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x523: X86_64_RELOC_GOT_LOAD Rel32 data-4
   527: 4983c00c                       addq $0xc, %r8
   52b: 41b978000000                   movl $0x78, %r9d
   531: e9bafbffff                     jmp -0x446
   536: 48ff01                         incq (%rcx)
   539: 49894d00                       movq %rcx, (%r13)
   53d: 48ff0f                         decq (%rdi)
   540: 7581                           jne -0x7f
   542: e800000000                     callq 0x0
        # hole +0x543: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   547: 498b4d00                       movq (%r13), %rcx
   54b: 498b442418                     movq 0x18(%r12), %rax
   550: 488b7878                       movq 0x78(%rax), %rdi
   554: 48894878                       movq %rcx, 0x78(%rax)
   558: 40f6c701                       testb $0x1, %dil
   55c: 750f                           jne 0xf
   55e: 48ff0f                         decq (%rdi)
   561: 750a                           jne 0xa
   563: e800000000                     callq 0x0
        # hole +0x564: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   568: 498b442418                     movq 0x18(%r12), %rax
   56d: 488bb880000000                 movq 0x80(%rax), %rdi
   574: 40f6c701                       testb $0x1, %dil
   578: 7503                           jne 0x3
   57a: 48ff07                         incq (%rdi)
   57d: 49897d00                       movq %rdi, (%r13)
   581: 40f6c701                       testb $0x1, %dil
   585: 0f8500020000                   jne 0x200
   58b: 837f0807                       cmpl $0x7, 0x8(%rdi)
   58f: 0f85f6010000                   jne 0x1f6
   595: 488b0500000000                 movq (%rip), %rax
        # hole +0x598: X86_64_RELOC_GOT_LOAD Rel32 data+28
   59c: 488b4f30                       movq 0x30(%rdi), %rcx
   5a0: 48394130                       cmpq %rax, 0x30(%rcx)
   5a4: 0f85e1010000                   jne 0x1e1
   5aa: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   5af: 0f8411040000                   je 0x411
   5b5: 488b4740                       movq 0x40(%rdi), %rax
   5b9: a801                           testb $0x1, %al
   5bb: 7503                           jne 0x3
   5bd: 48ff00                         incq (%rax)
   5c0: 49894500                       movq %rax, (%r13)
   5c4: 48ff0f                         decq (%rdi)
   5c7: 7509                           jne 0x9
   5c9: e800000000                     callq 0x0
        # hole +0x5ca: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5ce: 498b4500                       movq (%r13), %rax
   5d2: 498b4c2418                     movq 0x18(%r12), %rcx
   5d7: 488bb988000000                 movq 0x88(%rcx), %rdi
   5de: 48898188000000                 movq %rax, 0x88(%rcx)
   5e5: 40f6c701                       testb $0x1, %dil
   5e9: 750f                           jne 0xf
   5eb: 48ff0f                         decq (%rdi)
   5ee: 750a                           jne 0xa
   5f0: e800000000                     callq 0x0
        # hole +0x5f1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5f5: 498b4c2418                     movq 0x18(%r12), %rcx
   5fa: 488bb990000000                 movq 0x90(%rcx), %rdi
   601: 40f6c701                       testb $0x1, %dil
   605: 7503                           jne 0x3
   607: 48ff07                         incq (%rdi)
   60a: 49897d00                       movq %rdi, (%r13)
   60e: 40f6c701                       testb $0x1, %dil
   612: 0f8589010000                   jne 0x189
   618: 837f0807                       cmpl $0x7, 0x8(%rdi)
   61c: 0f857f010000                   jne 0x17f
   622: 488b0500000000                 movq (%rip), %rax
        # hole +0x625: X86_64_RELOC_GOT_LOAD Rel32 data+20
   629: 488b4f30                       movq 0x30(%rdi), %rcx
   62d: 48394130                       cmpq %rax, 0x30(%rcx)
   631: 0f856a010000                   jne 0x16a
   637: 48837f3804                     cmpq $0x4, 0x38(%rdi)
   63c: 0f82f1030000                   jb 0x3f1
   642: 488b4758                       movq 0x58(%rdi), %rax
   646: a801                           testb $0x1, %al
   648: 7503                           jne 0x3
   64a: 48ff00                         incq (%rax)
   64d: 49894500                       movq %rax, (%r13)
   651: 48ff0f                         decq (%rdi)
   654: 7509                           jne 0x9
   656: e800000000                     callq 0x0
        # hole +0x657: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   65b: 498b4500                       movq (%r13), %rax
   65f: 498b4c2418                     movq 0x18(%r12), %rcx
   664: 488bb998000000                 movq 0x98(%rcx), %rdi
   66b: 48898198000000                 movq %rax, 0x98(%rcx)
   672: 40f6c701                       testb $0x1, %dil
   676: 750f                           jne 0xf
   678: 48ff0f                         decq (%rdi)
   67b: 750a                           jne 0xa
   67d: e800000000                     callq 0x0
        # hole +0x67e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   682: 498b4c2418                     movq 0x18(%r12), %rcx
   687: 488bb9a0000000                 movq 0xa0(%rcx), %rdi
   68e: 40f6c701                       testb $0x1, %dil
   692: 7503                           jne 0x3
   694: 48ff07                         incq (%rdi)
   697: 49897d00                       movq %rdi, (%r13)
   69b: 40f6c701                       testb $0x1, %dil
   69f: 0f8528010000                   jne 0x128
   6a5: 837f0807                       cmpl $0x7, 0x8(%rdi)
   6a9: 0f851e010000                   jne 0x11e
   6af: 488b0500000000                 movq (%rip), %rax
        # hole +0x6b2: X86_64_RELOC_GOT_LOAD Rel32 data+12
   6b6: 488b4f30                       movq 0x30(%rdi), %rcx
   6ba: 48394130                       cmpq %rax, 0x30(%rcx)
   6be: 0f8509010000                   jne 0x109
   6c4: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   6c9: 0f847a030000                   je 0x37a
   6cf: 488b4f40                       movq 0x40(%rdi), %rcx
   6d3: f6c101                         testb $0x1, %cl
   6d6: 7503                           jne 0x3
   6d8: 48ff01                         incq (%rcx)
   6db: 49894d00                       movq %rcx, (%r13)
   6df: 48ff0f                         decq (%rdi)
   6e2: 7509                           jne 0x9
   6e4: e800000000                     callq 0x0
        # hole +0x6e5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6e9: 498b4d00                       movq (%r13), %rcx
   6ed: 498b442418                     movq 0x18(%r12), %rax
   6f2: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   6f9: 488988a8000000                 movq %rcx, 0xa8(%rax)
   700: 40f6c701                       testb $0x1, %dil
   704: 750f                           jne 0xf
   706: 48ff0f                         decq (%rdi)
   709: 750a                           jne 0xa
   70b: e800000000                     callq 0x0
        # hole +0x70c: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   710: 498b442418                     movq 0x18(%r12), %rax
   715: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   71c: 40f6c701                       testb $0x1, %dil
   720: 0f85e9000000                   jne 0xe9
   726: 48ff07                         incq (%rdi)
   729: 49897d00                       movq %rdi, (%r13)
   72d: 837f0807                       cmpl $0x7, 0x8(%rdi)
   731: 0f85dc000000                   jne 0xdc
   737: 488b4f30                       movq 0x30(%rdi), %rcx
   73b: 48817930bb5e0800               cmpq $0x85ebb, 0x30(%rcx)
   743: 0f85ca000000                   jne 0xca
   749: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   74e: 0f820b030000                   jb 0x30b
   754: 488b4f48                       movq 0x48(%rdi), %rcx
   758: f6c101                         testb $0x1, %cl
   75b: 0f84de000000                   je 0xde
   761: 49894d00                       movq %rcx, (%r13)
   765: 48ff0f                         decq (%rdi)
   768: 0f84e1000000                   je 0xe1
   76e: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   775: 488988b8000000                 movq %rcx, 0xb8(%rax)
   77c: 40f6c701                       testb $0x1, %dil
   780: 0f84eb000000                   je 0xeb
   786: e9f5000000                     jmp 0xf5
   78b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x78e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   792: 4983c02b                       addq $0x2b, %r8
   796: 41b9ae010000                   movl $0x1ae, %r9d
   79c: e94ff9ffff                     jmp -0x6b1
   7a1: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7a4: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7a8: 4983c031                       addq $0x31, %r8
   7ac: 41b9ea010000                   movl $0x1ea, %r9d
   7b2: e939f9ffff                     jmp -0x6c7
   7b7: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7ba: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7be: 4983c012                       addq $0x12, %r8
   7c2: 41b9b4000000                   movl $0xb4, %r9d
   7c8: e923f9ffff                     jmp -0x6dd
   7cd: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7d0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7d4: 4983c035                       addq $0x35, %r8
   7d8: 41b912020000                   movl $0x212, %r9d
   7de: e90df9ffff                     jmp -0x6f3
   7e3: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7e6: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7ea: 4983c016                       addq $0x16, %r8
   7ee: 41b9dc000000                   movl $0xdc, %r9d
   7f4: e9f7f8ffff                     jmp -0x709
   7f9: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7fc: X86_64_RELOC_GOT_LOAD Rel32 data-4
   800: 4983c01c                       addq $0x1c, %r8
   804: 41b918010000                   movl $0x118, %r9d
   80a: e9e1f8ffff                     jmp -0x71f
   80f: 49897d00                       movq %rdi, (%r13)
   813: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x816: X86_64_RELOC_GOT_LOAD Rel32 data-4
   81a: 4983c03b                       addq $0x3b, %r8
   81e: 41b94e020000                   movl $0x24e, %r9d
   824: e9c7f8ffff                     jmp -0x739
   829: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x82c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   830: 4983c022                       addq $0x22, %r8
   834: 41b954010000                   movl $0x154, %r9d
   83a: e9b1f8ffff                     jmp -0x74f
   83f: 48ff01                         incq (%rcx)
   842: 49894d00                       movq %rcx, (%r13)
   846: 48ff0f                         decq (%rdi)
   849: 0f851fffffff                   jne -0xe1
   84f: e800000000                     callq 0x0
        # hole +0x850: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   854: 498b4d00                       movq (%r13), %rcx
   858: 498b442418                     movq 0x18(%r12), %rax
   85d: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   864: 488988b8000000                 movq %rcx, 0xb8(%rax)
   86b: 40f6c701                       testb $0x1, %dil
   86f: 750f                           jne 0xf
   871: 48ff0f                         decq (%rdi)
   874: 750a                           jne 0xa
   876: e800000000                     callq 0x0
        # hole +0x877: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   87b: 498b442418                     movq 0x18(%r12), %rax
   880: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   887: 40f6c701                       testb $0x1, %dil
   88b: 7503                           jne 0x3
   88d: 48ff07                         incq (%rdi)
   890: 49897d00                       movq %rdi, (%r13)
   894: 40f6c701                       testb $0x1, %dil
   898: 0f85e2000000                   jne 0xe2
   89e: 837f0807                       cmpl $0x7, 0x8(%rdi)
   8a2: 0f85d8000000                   jne 0xd8
   8a8: 488b0500000000                 movq (%rip), %rax
        # hole +0x8ab: X86_64_RELOC_GOT_LOAD Rel32 data+4
   8af: 488b4f30                       movq 0x30(%rdi), %rcx
   8b3: 48394130                       cmpq %rax, 0x30(%rcx)
   8b7: 0f85c3000000                   jne 0xc3
   8bd: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   8c2: 0f84ad010000                   je 0x1ad
   8c8: 488b4f40                       movq 0x40(%rdi), %rcx
   8cc: f6c101                         testb $0x1, %cl
   8cf: 7503                           jne 0x3
   8d1: 48ff01                         incq (%rcx)
   8d4: 49894d00                       movq %rcx, (%r13)
   8d8: 48ff0f                         decq (%rdi)
   8db: 7509                           jne 0x9
   8dd: e800000000                     callq 0x0
        # hole +0x8de: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   8e2: 498b4d00                       movq (%r13), %rcx
   8e6: 498b442418                     movq 0x18(%r12), %rax
   8eb: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   8f2: 488988c8000000                 movq %rcx, 0xc8(%rax)
   8f9: 40f6c701                       testb $0x1, %dil
   8fd: 750f                           jne 0xf
   8ff: 48ff0f                         decq (%rdi)
   902: 750a                           jne 0xa
   904: e800000000                     callq 0x0
        # hole +0x905: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   909: 498b442418                     movq 0x18(%r12), %rax
   90e: 488bb8d0000000                 movq 0xd0(%rax), %rdi
   915: 40f6c701                       testb $0x1, %dil
   919: 0f858d000000                   jne 0x8d
   91f: 48ff07                         incq (%rdi)
   922: 49897d00                       movq %rdi, (%r13)
   926: 837f0807                       cmpl $0x7, 0x8(%rdi)
   92a: 0f8580000000                   jne 0x80
   930: 488b4f30                       movq 0x30(%rdi), %rcx
   934: 488179303aba0a00               cmpq $0xaba3a, 0x30(%rcx)
   93c: 7572                           jne 0x72
   93e: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   943: 0f8242010000                   jb 0x142
   949: 488b4f48                       movq 0x48(%rdi), %rcx
   94d: f6c101                         testb $0x1, %cl
   950: 0f8486000000                   je 0x86
   956: 49894d00                       movq %rcx, (%r13)
   95a: 48ff0f                         decq (%rdi)
   95d: 0f8489000000                   je 0x89
   963: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   96a: 488988d8000000                 movq %rcx, 0xd8(%rax)
   971: 40f6c701                       testb $0x1, %dil
   975: 0f8493000000                   je 0x93
   97b: e998000000                     jmp 0x98
   980: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x983: X86_64_RELOC_GOT_LOAD Rel32 data-4
   987: 4983c041                       addq $0x41, %r8
   98b: 41b98a020000                   movl $0x28a, %r9d
   991: e95af7ffff                     jmp -0x8a6
   996: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x999: X86_64_RELOC_GOT_LOAD Rel32 data-4
   99d: 4983c026                       addq $0x26, %r8
   9a1: 41b97c010000                   movl $0x17c, %r9d
   9a7: e944f7ffff                     jmp -0x8bc
   9ac: 49897d00                       movq %rdi, (%r13)
   9b0: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x9b3: X86_64_RELOC_GOT_LOAD Rel32 data-4
   9b7: 4983c045                       addq $0x45, %r8
   9bb: 41b9b2020000                   movl $0x2b2, %r9d
   9c1: e92af7ffff                     jmp -0x8d6
   9c6: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x9c9: X86_64_RELOC_GOT_LOAD Rel32 data-4
   9cd: 4983c02c                       addq $0x2c, %r8
   9d1: 41b9b8010000                   movl $0x1b8, %r9d
   9d7: e914f7ffff                     jmp -0x8ec
   9dc: 48ff01                         incq (%rcx)
   9df: 49894d00                       movq %rcx, (%r13)
   9e3: 48ff0f                         decq (%rdi)
   9e6: 0f8577ffffff                   jne -0x89
   9ec: e800000000                     callq 0x0
        # hole +0x9ed: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   9f1: 498b4d00                       movq (%r13), %rcx
   9f5: 498b442418                     movq 0x18(%r12), %rax
   9fa: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   a01: 488988d8000000                 movq %rcx, 0xd8(%rax)
   a08: 40f6c701                       testb $0x1, %dil
   a0c: 750a                           jne 0xa
   a0e: 48ff0f                         decq (%rdi)
   a11: 7505                           jne 0x5
   a13: e800000000                     callq 0x0
        # hole +0xa14: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   a18: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa1b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a1f: 4983c04a                       addq $0x4a, %r8
   a23: 41b9e4020000                   movl $0x2e4, %r9d
   a29: b902000000                     movl $0x2, %ecx
   a2e: e9c5f6ffff                     jmp -0x93b
   a33: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa36: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a3a: 4983c032                       addq $0x32, %r8
   a3e: 41b9f4010000                   movl $0x1f4, %r9d
   a44: e9a7f6ffff                     jmp -0x959
   a49: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa4c: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a50: 4983c036                       addq $0x36, %r8
   a54: 41b91c020000                   movl $0x21c, %r9d
   a5a: e991f6ffff                     jmp -0x96f
   a5f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa62: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a66: 4983c03c                       addq $0x3c, %r8
   a6a: 41b958020000                   movl $0x258, %r9d
   a70: e97bf6ffff                     jmp -0x985
   a75: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa78: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a7c: 4983c042                       addq $0x42, %r8
   a80: 41b994020000                   movl $0x294, %r9d
   a86: e965f6ffff                     jmp -0x99b
   a8b: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa8e: X86_64_RELOC_GOT_LOAD Rel32 data-4
   a92: 4983c046                       addq $0x46, %r8
   a96: 41b9bc020000                   movl $0x2bc, %r9d
   a9c: e94ff6ffff                     jmp -0x9b1
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[65]+0
        # hole data+0x10: GOT Abs64 operand0[53]+0
        # hole data+0x18: GOT Abs64 operand0[49]+0
        # hole data+0x20: GOT Abs64 operand0[43]+0
        # hole data+0x28: GOT Abs64 operand0[33]+0
        # hole data+0x30: GOT Abs64 operand0[21]+0
        # hole data+0x38: GOT Abs64 operand0[17]+0
        # hole data+0x40: GOT Abs64 operand0[11]+0
        # hole data+0x48: GOT Abs64 operand0[1]+0
