# stencil startup_builtins for x86_64-apple-darwin: 2059 code bytes, 8 data bytes, 31 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 4c89742410                     movq %r14, 0x10(%rsp)
     a: 4c892424                       movq %r12, (%rsp)
     e: 498b442418                     movq 0x18(%r12), %rax
    13: 488b5810                       movq 0x10(%rax), %rbx
    17: f6c301                         testb $0x1, %bl
    1a: 7503                           jne 0x3
    1c: 48ff03                         incq (%rbx)
    1f: 49895d00                       movq %rbx, (%r13)
    23: 488b00                         movq (%rax), %rax
    26: a801                           testb $0x1, %al
    28: 7503                           jne 0x3
    2a: 48ff00                         incq (%rax)
    2d: 498d7510                       leaq 0x10(%r13), %rsi
    31: 49894508                       movq %rax, 0x8(%r13)
    35: 41bc14000000                   movl $0x14, %r12d
    3b: 41bf02000000                   movl $0x2, %r15d
    41: b901000000                     movl $0x1, %ecx
    46: f6c301                         testb $0x1, %bl
    49: 0f858b070000                   jne 0x78b
    4f: 4889742408                     movq %rsi, 0x8(%rsp)
    54: 837b0808                       cmpl $0x8, 0x8(%rbx)
    58: 0f85a6070000                   jne 0x7a6
    5e: 498d6d08                       leaq 0x8(%r13), %rbp
    62: ba01000000                     movl $0x1, %edx
    67: 488b7c2410                     movq 0x10(%rsp), %rdi
    6c: 4889ee                         movq %rbp, %rsi
    6f: ff5338                         callq *0x38(%rbx)
    72: 4989c6                         movq %rax, %r14
    75: 488b7d00                       movq (%rbp), %rdi
    79: 40f6c701                       testb $0x1, %dil
    7d: 7509                           jne 0x9
    7f: 48ff0f                         decq (%rdi)
    82: 0f8479010000                   je 0x179
    88: 48ff0b                         decq (%rbx)
    8b: 7508                           jne 0x8
    8d: 4889df                         movq %rbx, %rdi
    90: e800000000                     callq 0x0
        # hole +0x91: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    95: 4d85f6                         testq %r14, %r14
    98: 0f845c070000                   je 0x75c
    9e: 4d897500                       movq %r14, (%r13)
    a2: 488b0424                       movq (%rsp), %rax
    a6: 488b4018                       movq 0x18(%rax), %rax
    aa: 488b7808                       movq 0x8(%rax), %rdi
    ae: 4c897008                       movq %r14, 0x8(%rax)
    b2: 40f6c701                       testb $0x1, %dil
    b6: 7509                           jne 0x9
    b8: 48ff0f                         decq (%rdi)
    bb: 0f8453010000                   je 0x153
    c1: 488b5828                       movq 0x28(%rax), %rbx
    c5: f6c301                         testb $0x1, %bl
    c8: 7503                           jne 0x3
    ca: 48ff03                         incq (%rbx)
    cd: 49895d00                       movq %rbx, (%r13)
    d1: 488b4018                       movq 0x18(%rax), %rax
    d5: a801                           testb $0x1, %al
    d7: 7503                           jne 0x3
    d9: 48ff00                         incq (%rax)
    dc: 48894500                       movq %rax, (%rbp)
    e0: 41bc50000000                   movl $0x50, %r12d
    e6: 41bf08000000                   movl $0x8, %r15d
    ec: f6c301                         testb $0x1, %bl
    ef: 0f85a3060000                   jne 0x6a3
    f5: 837b0808                       cmpl $0x8, 0x8(%rbx)
    f9: 0f8599060000                   jne 0x699
    ff: ba01000000                     movl $0x1, %edx
   104: 488b7c2410                     movq 0x10(%rsp), %rdi
   109: 4889ee                         movq %rbp, %rsi
   10c: ff5338                         callq *0x38(%rbx)
   10f: 4989c6                         movq %rax, %r14
   112: 488b7d00                       movq (%rbp), %rdi
   116: 40f6c701                       testb $0x1, %dil
   11a: 7509                           jne 0x9
   11c: 48ff0f                         decq (%rdi)
   11f: 0f840e010000                   je 0x10e
   125: 48ff0b                         decq (%rbx)
   128: 7508                           jne 0x8
   12a: 4889df                         movq %rbx, %rdi
   12d: e800000000                     callq 0x0
        # hole +0x12e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   132: 4d85f6                         testq %r14, %r14
   135: 0f84bf060000                   je 0x6bf
   13b: 4d897500                       movq %r14, (%r13)
   13f: 488b0424                       movq (%rsp), %rax
   143: 488b4018                       movq 0x18(%rax), %rax
   147: 488b7820                       movq 0x20(%rax), %rdi
   14b: 4c897020                       movq %r14, 0x20(%rax)
   14f: 40f6c701                       testb $0x1, %dil
   153: 7509                           jne 0x9
   155: 48ff0f                         decq (%rdi)
   158: 0f84e8000000                   je 0xe8
   15e: 488b5848                       movq 0x48(%rax), %rbx
   162: f6c301                         testb $0x1, %bl
   165: 0f85f5000000                   jne 0xf5
   16b: 48ff03                         incq (%rbx)
   16e: 49895d00                       movq %rbx, (%r13)
   172: 488b4830                       movq 0x30(%rax), %rcx
   176: f6c101                         testb $0x1, %cl
   179: 0f84f2000000                   je 0xf2
   17f: 48894d00                       movq %rcx, (%rbp)
   183: 488b4038                       movq 0x38(%rax), %rax
   187: a801                           testb $0x1, %al
   189: 7503                           jne 0x3
   18b: 48ff00                         incq (%rax)
   18e: 498d7518                       leaq 0x18(%r13), %rsi
   192: 49894510                       movq %rax, 0x10(%r13)
   196: 41bc96000000                   movl $0x96, %r12d
   19c: 41bf0f000000                   movl $0xf, %r15d
   1a2: f6c301                         testb $0x1, %bl
   1a5: 0f852a060000                   jne 0x62a
   1ab: 4889742418                     movq %rsi, 0x18(%rsp)
   1b0: 837b0808                       cmpl $0x8, 0x8(%rbx)
   1b4: 0f8516060000                   jne 0x616
   1ba: ba02000000                     movl $0x2, %edx
   1bf: 488b7c2410                     movq 0x10(%rsp), %rdi
   1c4: 4889ee                         movq %rbp, %rsi
   1c7: ff5338                         callq *0x38(%rbx)
   1ca: 4989c6                         movq %rax, %r14
   1cd: 488b7d00                       movq (%rbp), %rdi
   1d1: 40f6c701                       testb $0x1, %dil
   1d5: 7509                           jne 0x9
   1d7: 48ff0f                         decq (%rdi)
   1da: 0f84a9000000                   je 0xa9
   1e0: 498b7d10                       movq 0x10(%r13), %rdi
   1e4: 40f6c701                       testb $0x1, %dil
   1e8: 0f85ae000000                   jne 0xae
   1ee: 48ff0f                         decq (%rdi)
   1f1: 0f85a5000000                   jne 0xa5
   1f7: e800000000                     callq 0x0
        # hole +0x1f8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   1fc: e99b000000                     jmp 0x9b
   201: e800000000                     callq 0x0
        # hole +0x202: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   206: 48ff0b                         decq (%rbx)
   209: 0f8586feffff                   jne -0x17a
   20f: e979feffff                     jmp -0x187
   214: e800000000                     callq 0x0
        # hole +0x215: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   219: 488b0424                       movq (%rsp), %rax
   21d: 488b4018                       movq 0x18(%rax), %rax
   221: 488b5828                       movq 0x28(%rax), %rbx
   225: f6c301                         testb $0x1, %bl
   228: 0f849cfeffff                   je -0x164
   22e: e99afeffff                     jmp -0x166
   233: e800000000                     callq 0x0
        # hole +0x234: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   238: 48ff0b                         decq (%rbx)
   23b: 0f85f1feffff                   jne -0x10f
   241: e9e4feffff                     jmp -0x11c
   246: e800000000                     callq 0x0
        # hole +0x247: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   24b: 488b0424                       movq (%rsp), %rax
   24f: 488b4018                       movq 0x18(%rax), %rax
   253: 488b5848                       movq 0x48(%rax), %rbx
   257: f6c301                         testb $0x1, %bl
   25a: 0f840bffffff                   je -0xf5
   260: 49895d00                       movq %rbx, (%r13)
   264: 488b4830                       movq 0x30(%rax), %rcx
   268: f6c101                         testb $0x1, %cl
   26b: 0f850effffff                   jne -0xf2
   271: 48ff01                         incq (%rcx)
   274: 48894d00                       movq %rcx, (%rbp)
   278: 488b4038                       movq 0x38(%rax), %rax
   27c: a801                           testb $0x1, %al
   27e: 0f8407ffffff                   je -0xf9
   284: e905ffffff                     jmp -0xfb
   289: e800000000                     callq 0x0
        # hole +0x28a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   28e: 498b7d10                       movq 0x10(%r13), %rdi
   292: 40f6c701                       testb $0x1, %dil
   296: 0f8452ffffff                   je -0xae
   29c: 48ff0b                         decq (%rbx)
   29f: 7508                           jne 0x8
   2a1: 4889df                         movq %rbx, %rdi
   2a4: e800000000                     callq 0x0
        # hole +0x2a5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2a9: 4d85f6                         testq %r14, %r14
   2ac: 0f8448050000                   je 0x548
   2b2: 4d897500                       movq %r14, (%r13)
   2b6: 488b0424                       movq (%rsp), %rax
   2ba: 488b4018                       movq 0x18(%rax), %rax
   2be: 488b7840                       movq 0x40(%rax), %rdi
   2c2: 4c897040                       movq %r14, 0x40(%rax)
   2c6: 40f6c701                       testb $0x1, %dil
   2ca: 7509                           jne 0x9
   2cc: 48ff0f                         decq (%rdi)
   2cf: 0f848f000000                   je 0x8f
   2d5: 488b5868                       movq 0x68(%rax), %rbx
   2d9: f6c301                         testb $0x1, %bl
   2dc: 0f859c000000                   jne 0x9c
   2e2: 48ff03                         incq (%rbx)
   2e5: 49895d00                       movq %rbx, (%r13)
   2e9: 488b4850                       movq 0x50(%rax), %rcx
   2ed: f6c101                         testb $0x1, %cl
   2f0: 0f8499000000                   je 0x99
   2f6: 48894d00                       movq %rcx, (%rbp)
   2fa: 488b4058                       movq 0x58(%rax), %rax
   2fe: a801                           testb $0x1, %al
   300: 7503                           jne 0x3
   302: 48ff00                         incq (%rax)
   305: 488b4c2408                     movq 0x8(%rsp), %rcx
   30a: 488901                         movq %rax, (%rcx)
   30d: 41bcdc000000                   movl $0xdc, %r12d
   313: 41bf16000000                   movl $0x16, %r15d
   319: f6c301                         testb $0x1, %bl
   31c: 0f85ae040000                   jne 0x4ae
   322: 837b0808                       cmpl $0x8, 0x8(%rbx)
   326: 0f85a4040000                   jne 0x4a4
   32c: ba02000000                     movl $0x2, %edx
   331: 488b7c2410                     movq 0x10(%rsp), %rdi
   336: 4889ee                         movq %rbp, %rsi
   339: ff5338                         callq *0x38(%rbx)
   33c: 4989c6                         movq %rax, %r14
   33f: 488b7d00                       movq (%rbp), %rdi
   343: 40f6c701                       testb $0x1, %dil
   347: 7505                           jne 0x5
   349: 48ff0f                         decq (%rdi)
   34c: 7459                           je 0x59
   34e: 498b7d10                       movq 0x10(%r13), %rdi
   352: 40f6c701                       testb $0x1, %dil
   356: 755e                           jne 0x5e
   358: 48ff0f                         decq (%rdi)
   35b: 7559                           jne 0x59
   35d: e800000000                     callq 0x0
        # hole +0x35e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   362: eb52                           jmp 0x52
   364: e800000000                     callq 0x0
        # hole +0x365: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   369: 488b0424                       movq (%rsp), %rax
   36d: 488b4018                       movq 0x18(%rax), %rax
   371: 488b5868                       movq 0x68(%rax), %rbx
   375: f6c301                         testb $0x1, %bl
   378: 0f8464ffffff                   je -0x9c
   37e: 49895d00                       movq %rbx, (%r13)
   382: 488b4850                       movq 0x50(%rax), %rcx
   386: f6c101                         testb $0x1, %cl
   389: 0f8567ffffff                   jne -0x99
   38f: 48ff01                         incq (%rcx)
   392: 48894d00                       movq %rcx, (%rbp)
   396: 488b4058                       movq 0x58(%rax), %rax
   39a: a801                           testb $0x1, %al
   39c: 0f8460ffffff                   je -0xa0
   3a2: e95effffff                     jmp -0xa2
   3a7: e800000000                     callq 0x0
        # hole +0x3a8: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3ac: 498b7d10                       movq 0x10(%r13), %rdi
   3b0: 40f6c701                       testb $0x1, %dil
   3b4: 74a2                           je -0x5e
   3b6: 48ff0b                         decq (%rbx)
   3b9: 7508                           jne 0x8
   3bb: 4889df                         movq %rbx, %rdi
   3be: e800000000                     callq 0x0
        # hole +0x3bf: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   3c3: 4d85f6                         testq %r14, %r14
   3c6: 0f842e040000                   je 0x42e
   3cc: 4d897500                       movq %r14, (%r13)
   3d0: 488b0424                       movq (%rsp), %rax
   3d4: 488b4018                       movq 0x18(%rax), %rax
   3d8: 488b7860                       movq 0x60(%rax), %rdi
   3dc: 4c897060                       movq %r14, 0x60(%rax)
   3e0: 40f6c701                       testb $0x1, %dil
   3e4: 7509                           jne 0x9
   3e6: 48ff0f                         decq (%rdi)
   3e9: 0f84f0010000                   je 0x1f0
   3ef: 488b9880000000                 movq 0x80(%rax), %rbx
   3f6: f6c301                         testb $0x1, %bl
   3f9: 7503                           jne 0x3
   3fb: 48ff03                         incq (%rbx)
   3fe: 49895d00                       movq %rbx, (%r13)
   402: 488b4070                       movq 0x70(%rax), %rax
   406: a801                           testb $0x1, %al
   408: 7503                           jne 0x3
   40a: 48ff00                         incq (%rax)
   40d: 48894500                       movq %rax, (%rbp)
   411: 41bc18010000                   movl $0x118, %r12d
   417: 41bf1c000000                   movl $0x1c, %r15d
   41d: f6c301                         testb $0x1, %bl
   420: 0f8572030000                   jne 0x372
   426: 837b0808                       cmpl $0x8, 0x8(%rbx)
   42a: 0f8568030000                   jne 0x368
   430: ba01000000                     movl $0x1, %edx
   435: 488b7c2410                     movq 0x10(%rsp), %rdi
   43a: 4889ee                         movq %rbp, %rsi
   43d: ff5338                         callq *0x38(%rbx)
   440: 4989c6                         movq %rax, %r14
   443: 488b7d00                       movq (%rbp), %rdi
   447: 40f6c701                       testb $0x1, %dil
   44b: 7509                           jne 0x9
   44d: 48ff0f                         decq (%rdi)
   450: 0f84ab010000                   je 0x1ab
   456: 48ff0b                         decq (%rbx)
   459: 7508                           jne 0x8
   45b: 4889df                         movq %rbx, %rdi
   45e: e800000000                     callq 0x0
        # hole +0x45f: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   463: 4d85f6                         testq %r14, %r14
   466: 0f848e030000                   je 0x38e
   46c: 4d897500                       movq %r14, (%r13)
   470: 488b0424                       movq (%rsp), %rax
   474: 488b4018                       movq 0x18(%rax), %rax
   478: 488b7878                       movq 0x78(%rax), %rdi
   47c: 4c897078                       movq %r14, 0x78(%rax)
   480: 40f6c701                       testb $0x1, %dil
   484: 7509                           jne 0x9
   486: 48ff0f                         decq (%rdi)
   489: 0f8485010000                   je 0x185
   48f: 488b9898000000                 movq 0x98(%rax), %rbx
   496: f6c301                         testb $0x1, %bl
   499: 7503                           jne 0x3
   49b: 48ff03                         incq (%rbx)
   49e: 49895d00                       movq %rbx, (%r13)
   4a2: 488b8088000000                 movq 0x88(%rax), %rax
   4a9: a801                           testb $0x1, %al
   4ab: 7503                           jne 0x3
   4ad: 48ff00                         incq (%rax)
   4b0: 48894500                       movq %rax, (%rbp)
   4b4: 41bc54010000                   movl $0x154, %r12d
   4ba: 41bf22000000                   movl $0x22, %r15d
   4c0: f6c301                         testb $0x1, %bl
   4c3: 0f85cf020000                   jne 0x2cf
   4c9: 837b0808                       cmpl $0x8, 0x8(%rbx)
   4cd: 0f85c5020000                   jne 0x2c5
   4d3: ba01000000                     movl $0x1, %edx
   4d8: 488b7c2410                     movq 0x10(%rsp), %rdi
   4dd: 4889ee                         movq %rbp, %rsi
   4e0: ff5338                         callq *0x38(%rbx)
   4e3: 4989c6                         movq %rax, %r14
   4e6: 488b7d00                       movq (%rbp), %rdi
   4ea: 40f6c701                       testb $0x1, %dil
   4ee: 7509                           jne 0x9
   4f0: 48ff0f                         decq (%rdi)
   4f3: 0f843d010000                   je 0x13d
   4f9: 48ff0b                         decq (%rbx)
   4fc: 7508                           jne 0x8
   4fe: 4889df                         movq %rbx, %rdi
   501: e800000000                     callq 0x0
        # hole +0x502: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   506: 4d85f6                         testq %r14, %r14
   509: 0f84eb020000                   je 0x2eb
   50f: 4d897500                       movq %r14, (%r13)
   513: 488b0424                       movq (%rsp), %rax
   517: 488b4018                       movq 0x18(%rax), %rax
   51b: 488bb890000000                 movq 0x90(%rax), %rdi
   522: 4c89b090000000                 movq %r14, 0x90(%rax)
   529: 40f6c701                       testb $0x1, %dil
   52d: 7509                           jne 0x9
   52f: 48ff0f                         decq (%rdi)
   532: 0f8411010000                   je 0x111
   538: 488b98b8000000                 movq 0xb8(%rax), %rbx
   53f: f6c301                         testb $0x1, %bl
   542: 0f851e010000                   jne 0x11e
   548: 48ff03                         incq (%rbx)
   54b: 49895d00                       movq %rbx, (%r13)
   54f: 488b88a0000000                 movq 0xa0(%rax), %rcx
   556: f6c101                         testb $0x1, %cl
   559: 0f841b010000                   je 0x11b
   55f: 48894d00                       movq %rcx, (%rbp)
   563: 488b80a8000000                 movq 0xa8(%rax), %rax
   56a: a801                           testb $0x1, %al
   56c: 7503                           jne 0x3
   56e: 48ff00                         incq (%rax)
   571: 488b4c2408                     movq 0x8(%rsp), %rcx
   576: 488901                         movq %rax, (%rcx)
   579: 41bc9a010000                   movl $0x19a, %r12d
   57f: 41bf29000000                   movl $0x29, %r15d
   585: f6c301                         testb $0x1, %bl
   588: 0f8542020000                   jne 0x242
   58e: 837b0808                       cmpl $0x8, 0x8(%rbx)
   592: 0f8538020000                   jne 0x238
   598: ba02000000                     movl $0x2, %edx
   59d: 488b7c2410                     movq 0x10(%rsp), %rdi
   5a2: 4889ee                         movq %rbp, %rsi
   5a5: ff5338                         callq *0x38(%rbx)
   5a8: 4989c6                         movq %rax, %r14
   5ab: 488b7d00                       movq (%rbp), %rdi
   5af: 40f6c701                       testb $0x1, %dil
   5b3: 7509                           jne 0x9
   5b5: 48ff0f                         decq (%rdi)
   5b8: 0f84d7000000                   je 0xd7
   5be: 498b7d10                       movq 0x10(%r13), %rdi
   5c2: 40f6c701                       testb $0x1, %dil
   5c6: 0f85dc000000                   jne 0xdc
   5cc: 48ff0f                         decq (%rdi)
   5cf: 0f85d3000000                   jne 0xd3
   5d5: e800000000                     callq 0x0
        # hole +0x5d6: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5da: e9c9000000                     jmp 0xc9
   5df: e800000000                     callq 0x0
        # hole +0x5e0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   5e4: 488b0424                       movq (%rsp), %rax
   5e8: 488b4018                       movq 0x18(%rax), %rax
   5ec: 488b9880000000                 movq 0x80(%rax), %rbx
   5f3: f6c301                         testb $0x1, %bl
   5f6: 0f84fffdffff                   je -0x201
   5fc: e9fdfdffff                     jmp -0x203
   601: e800000000                     callq 0x0
        # hole +0x602: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   606: 48ff0b                         decq (%rbx)
   609: 0f8554feffff                   jne -0x1ac
   60f: e947feffff                     jmp -0x1b9
   614: e800000000                     callq 0x0
        # hole +0x615: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   619: 488b0424                       movq (%rsp), %rax
   61d: 488b4018                       movq 0x18(%rax), %rax
   621: 488b9898000000                 movq 0x98(%rax), %rbx
   628: f6c301                         testb $0x1, %bl
   62b: 0f846afeffff                   je -0x196
   631: e968feffff                     jmp -0x198
   636: e800000000                     callq 0x0
        # hole +0x637: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   63b: 48ff0b                         decq (%rbx)
   63e: 0f85c2feffff                   jne -0x13e
   644: e9b5feffff                     jmp -0x14b
   649: e800000000                     callq 0x0
        # hole +0x64a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   64e: 488b0424                       movq (%rsp), %rax
   652: 488b4018                       movq 0x18(%rax), %rax
   656: 488b98b8000000                 movq 0xb8(%rax), %rbx
   65d: f6c301                         testb $0x1, %bl
   660: 0f84e2feffff                   je -0x11e
   666: 49895d00                       movq %rbx, (%r13)
   66a: 488b88a0000000                 movq 0xa0(%rax), %rcx
   671: f6c101                         testb $0x1, %cl
   674: 0f85e5feffff                   jne -0x11b
   67a: 48ff01                         incq (%rcx)
   67d: 48894d00                       movq %rcx, (%rbp)
   681: 488b80a8000000                 movq 0xa8(%rax), %rax
   688: a801                           testb $0x1, %al
   68a: 0f84defeffff                   je -0x122
   690: e9dcfeffff                     jmp -0x124
   695: e800000000                     callq 0x0
        # hole +0x696: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   69a: 498b7d10                       movq 0x10(%r13), %rdi
   69e: 40f6c701                       testb $0x1, %dil
   6a2: 0f8424ffffff                   je -0xdc
   6a8: 48ff0b                         decq (%rbx)
   6ab: 7508                           jne 0x8
   6ad: 4889df                         movq %rbx, %rdi
   6b0: e800000000                     callq 0x0
        # hole +0x6b1: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   6b5: 4d85f6                         testq %r14, %r14
   6b8: 0f843c010000                   je 0x13c
   6be: 4d897500                       movq %r14, (%r13)
   6c2: 488b0424                       movq (%rsp), %rax
   6c6: 488b4018                       movq 0x18(%rax), %rax
   6ca: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   6d1: 4c89b0b0000000                 movq %r14, 0xb0(%rax)
   6d8: 40f6c701                       testb $0x1, %dil
   6dc: 7509                           jne 0x9
   6de: 48ff0f                         decq (%rdi)
   6e1: 0f84b8000000                   je 0xb8
   6e7: 488b98d0000000                 movq 0xd0(%rax), %rbx
   6ee: f6c301                         testb $0x1, %bl
   6f1: 7503                           jne 0x3
   6f3: 48ff03                         incq (%rbx)
   6f6: 49895d00                       movq %rbx, (%r13)
   6fa: 488b80c0000000                 movq 0xc0(%rax), %rax
   701: a801                           testb $0x1, %al
   703: 7503                           jne 0x3
   705: 48ff00                         incq (%rax)
   708: 48894500                       movq %rax, (%rbp)
   70c: 41bcd6010000                   movl $0x1d6, %r12d
   712: 41bf2f000000                   movl $0x2f, %r15d
   718: f6c301                         testb $0x1, %bl
   71b: 757b                           jne 0x7b
   71d: 837b0808                       cmpl $0x8, 0x8(%rbx)
   721: 7575                           jne 0x75
   723: ba01000000                     movl $0x1, %edx
   728: 488b7c2410                     movq 0x10(%rsp), %rdi
   72d: 4889ee                         movq %rbp, %rsi
   730: ff5338                         callq *0x38(%rbx)
   733: 4989c6                         movq %rax, %r14
   736: 488b7d00                       movq (%rbp), %rdi
   73a: 40f6c701                       testb $0x1, %dil
   73e: 7505                           jne 0x5
   740: 48ff0f                         decq (%rdi)
   743: 747c                           je 0x7c
   745: 48ff0b                         decq (%rbx)
   748: 7508                           jne 0x8
   74a: 4889df                         movq %rbx, %rdi
   74d: e800000000                     callq 0x0
        # hole +0x74e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   752: 4d85f6                         testq %r14, %r14
   755: 0f849f000000                   je 0x9f
   75b: 4d897500                       movq %r14, (%r13)
   75f: 488b0424                       movq (%rsp), %rax
   763: 488b4018                       movq 0x18(%rax), %rax
   767: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   76e: 4c89b0c8000000                 movq %r14, 0xc8(%rax)
   775: 40f6c701                       testb $0x1, %dil
   779: 750a                           jne 0xa
   77b: 48ff0f                         decq (%rdi)
   77e: 7505                           jne 0x5
   780: e800000000                     callq 0x0
        # hole +0x781: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   785: 4c8b2424                       movq (%rsp), %r12
   789: 4c8b742410                     movq 0x10(%rsp), %r14
   78e: 4883c420                       addq $0x20, %rsp
   792: 5d                             popq %rbp
   793: e900000000                     jmp 0x0
        # hole +0x794: X86_64_RELOC_BRANCH Rel32 continue-4
   798: 488b742408                     movq 0x8(%rsp), %rsi
   79d: eb36                           jmp 0x36
   79f: e800000000                     callq 0x0
        # hole +0x7a0: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7a4: 488b0424                       movq (%rsp), %rax
   7a8: 488b4018                       movq 0x18(%rax), %rax
   7ac: 488b98d0000000                 movq 0xd0(%rax), %rbx
   7b3: f6c301                         testb $0x1, %bl
   7b6: 0f8437ffffff                   je -0xc9
   7bc: e935ffffff                     jmp -0xcb
   7c1: e800000000                     callq 0x0
        # hole +0x7c2: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   7c6: 48ff0b                         decq (%rbx)
   7c9: 7587                           jne -0x79
   7cb: e97affffff                     jmp -0x86
   7d0: 488b742418                     movq 0x18(%rsp), %rsi
   7d5: b901000000                     movl $0x1, %ecx
   7da: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x7dd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   7e1: 4d01f8                         addq %r15, %r8
   7e4: 488b3c24                       movq (%rsp), %rdi
   7e8: 488b542410                     movq 0x10(%rsp), %rdx
   7ed: 4d89e1                         movq %r12, %r9
   7f0: 4883c420                       addq $0x20, %rsp
   7f4: 5d                             popq %rbp
   7f5: e900000000                     jmp 0x0
        # hole +0x7f6: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   7fa: 4c89ee                         movq %r13, %rsi
   7fd: b903000000                     movl $0x3, %ecx
   802: ebd6                           jmp -0x2a
   804: 488b742408                     movq 0x8(%rsp), %rsi
   809: ebcf                           jmp -0x31
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
