# stencil startup_builtins for x86_64-unknown-linux-gnu: 2089 code bytes, 0 data bytes, 30 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 4c89742408                     movq %r14, 0x8(%rsp)
     a: 4c892424                       movq %r12, (%rsp)
     e: 498b442418                     movq 0x18(%r12), %rax
    13: 488b5810                       movq 0x10(%rax), %rbx
    17: f6c301                         testb $0x1, %bl
    1a: 7503                           jne 0x3
    1c: 48ff03                         incq (%rbx)
    1f: 49895d00                       movq %rbx, (%r13)
    23: 488b00                         movq (%rax), %rax
    26: a801                           testb $0x1, %al
    28: 7507                           jne 0x7
    2a: 48ff00                         incq (%rax)
    2d: 498b5d00                       movq (%r13), %rbx
    31: 498d7510                       leaq 0x10(%r13), %rsi
    35: 49894508                       movq %rax, 0x8(%r13)
    39: 41bc14000000                   movl $0x14, %r12d
    3f: 41bf02000000                   movl $0x2, %r15d
    45: b901000000                     movl $0x1, %ecx
    4a: f6c301                         testb $0x1, %bl
    4d: 0f856d070000                   jne 0x76d
    53: 4889742410                     movq %rsi, 0x10(%rsp)
    58: 837b0808                       cmpl $0x8, 0x8(%rbx)
    5c: 0f85c0070000                   jne 0x7c0
    62: 498d6d08                       leaq 0x8(%r13), %rbp
    66: ba01000000                     movl $0x1, %edx
    6b: 488b7c2408                     movq 0x8(%rsp), %rdi
    70: 4889ee                         movq %rbp, %rsi
    73: ff5338                         callq *0x38(%rbx)
    76: 4989c6                         movq %rax, %r14
    79: 488b7d00                       movq (%rbp), %rdi
    7d: 40f6c701                       testb $0x1, %dil
    81: 7509                           jne 0x9
    83: 48ff0f                         decq (%rdi)
    86: 0f8481010000                   je 0x181
    8c: 48ff0b                         decq (%rbx)
    8f: 7508                           jne 0x8
    91: 4889df                         movq %rbx, %rdi
    94: e800000000                     callq 0x0
        # hole +0x95: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    99: 4d85f6                         testq %r14, %r14
    9c: 0f8476070000                   je 0x776
    a2: 4d897500                       movq %r14, (%r13)
    a6: 488b0424                       movq (%rsp), %rax
    aa: 488b4018                       movq 0x18(%rax), %rax
    ae: 488b7808                       movq 0x8(%rax), %rdi
    b2: 4c897008                       movq %r14, 0x8(%rax)
    b6: 40f6c701                       testb $0x1, %dil
    ba: 7509                           jne 0x9
    bc: 48ff0f                         decq (%rdi)
    bf: 0f845b010000                   je 0x15b
    c5: 488b5828                       movq 0x28(%rax), %rbx
    c9: f6c301                         testb $0x1, %bl
    cc: 7503                           jne 0x3
    ce: 48ff03                         incq (%rbx)
    d1: 49895d00                       movq %rbx, (%r13)
    d5: 488b4018                       movq 0x18(%rax), %rax
    d9: a801                           testb $0x1, %al
    db: 7507                           jne 0x7
    dd: 48ff00                         incq (%rax)
    e0: 498b5d00                       movq (%r13), %rbx
    e4: 48894500                       movq %rax, (%rbp)
    e8: 41bc50000000                   movl $0x50, %r12d
    ee: 41bf08000000                   movl $0x8, %r15d
    f4: f6c301                         testb $0x1, %bl
    f7: 0f85b9060000                   jne 0x6b9
    fd: 837b0808                       cmpl $0x8, 0x8(%rbx)
   101: 0f85af060000                   jne 0x6af
   107: ba01000000                     movl $0x1, %edx
   10c: 488b7c2408                     movq 0x8(%rsp), %rdi
   111: 4889ee                         movq %rbp, %rsi
   114: ff5338                         callq *0x38(%rbx)
   117: 4989c6                         movq %rax, %r14
   11a: 488b7d00                       movq (%rbp), %rdi
   11e: 40f6c701                       testb $0x1, %dil
   122: 7509                           jne 0x9
   124: 48ff0f                         decq (%rdi)
   127: 0f8412010000                   je 0x112
   12d: 48ff0b                         decq (%rbx)
   130: 7508                           jne 0x8
   132: 4889df                         movq %rbx, %rdi
   135: e800000000                     callq 0x0
        # hole +0x136: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   13a: 4d85f6                         testq %r14, %r14
   13d: 0f84d5060000                   je 0x6d5
   143: 4d897500                       movq %r14, (%r13)
   147: 488b0424                       movq (%rsp), %rax
   14b: 488b4018                       movq 0x18(%rax), %rax
   14f: 488b7820                       movq 0x20(%rax), %rdi
   153: 4c897020                       movq %r14, 0x20(%rax)
   157: 40f6c701                       testb $0x1, %dil
   15b: 7509                           jne 0x9
   15d: 48ff0f                         decq (%rdi)
   160: 0f84ec000000                   je 0xec
   166: 488b4848                       movq 0x48(%rax), %rcx
   16a: f6c101                         testb $0x1, %cl
   16d: 0f85f9000000                   jne 0xf9
   173: 48ff01                         incq (%rcx)
   176: 49894d00                       movq %rcx, (%r13)
   17a: 488b4830                       movq 0x30(%rax), %rcx
   17e: f6c101                         testb $0x1, %cl
   181: 0f84f6000000                   je 0xf6
   187: 48894d00                       movq %rcx, (%rbp)
   18b: 488b4038                       movq 0x38(%rax), %rax
   18f: a801                           testb $0x1, %al
   191: 7503                           jne 0x3
   193: 48ff00                         incq (%rax)
   196: 498d4d18                       leaq 0x18(%r13), %rcx
   19a: 48894c2418                     movq %rcx, 0x18(%rsp)
   19f: 49894510                       movq %rax, 0x10(%r13)
   1a3: 498b5d00                       movq (%r13), %rbx
   1a7: 41bc96000000                   movl $0x96, %r12d
   1ad: 41bf0f000000                   movl $0xf, %r15d
   1b3: f6c301                         testb $0x1, %bl
   1b6: 0f8551040000                   jne 0x451
   1bc: 837b0808                       cmpl $0x8, 0x8(%rbx)
   1c0: 0f8547040000                   jne 0x447
   1c6: ba02000000                     movl $0x2, %edx
   1cb: 488b7c2408                     movq 0x8(%rsp), %rdi
   1d0: 4889ee                         movq %rbp, %rsi
   1d3: ff5338                         callq *0x38(%rbx)
   1d6: 4989c6                         movq %rax, %r14
   1d9: 488b7d00                       movq (%rbp), %rdi
   1dd: 40f6c701                       testb $0x1, %dil
   1e1: 7509                           jne 0x9
   1e3: 48ff0f                         decq (%rdi)
   1e6: 0f84a9000000                   je 0xa9
   1ec: 498b7d10                       movq 0x10(%r13), %rdi
   1f0: 40f6c701                       testb $0x1, %dil
   1f4: 0f85ae000000                   jne 0xae
   1fa: 48ff0f                         decq (%rdi)
   1fd: 0f85a5000000                   jne 0xa5
   203: e800000000                     callq 0x0
        # hole +0x204: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   208: e99b000000                     jmp 0x9b
   20d: e800000000                     callq 0x0
        # hole +0x20e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   212: 48ff0b                         decq (%rbx)
   215: 0f857efeffff                   jne -0x182
   21b: e971feffff                     jmp -0x18f
   220: e800000000                     callq 0x0
        # hole +0x221: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   225: 488b0424                       movq (%rsp), %rax
   229: 488b4018                       movq 0x18(%rax), %rax
   22d: 488b5828                       movq 0x28(%rax), %rbx
   231: f6c301                         testb $0x1, %bl
   234: 0f8494feffff                   je -0x16c
   23a: e992feffff                     jmp -0x16e
   23f: e800000000                     callq 0x0
        # hole +0x240: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   244: 48ff0b                         decq (%rbx)
   247: 0f85edfeffff                   jne -0x113
   24d: e9e0feffff                     jmp -0x120
   252: e800000000                     callq 0x0
        # hole +0x253: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   257: 488b0424                       movq (%rsp), %rax
   25b: 488b4018                       movq 0x18(%rax), %rax
   25f: 488b4848                       movq 0x48(%rax), %rcx
   263: f6c101                         testb $0x1, %cl
   266: 0f8407ffffff                   je -0xf9
   26c: 49894d00                       movq %rcx, (%r13)
   270: 488b4830                       movq 0x30(%rax), %rcx
   274: f6c101                         testb $0x1, %cl
   277: 0f850affffff                   jne -0xf6
   27d: 48ff01                         incq (%rcx)
   280: 48894d00                       movq %rcx, (%rbp)
   284: 488b4038                       movq 0x38(%rax), %rax
   288: a801                           testb $0x1, %al
   28a: 0f8403ffffff                   je -0xfd
   290: e901ffffff                     jmp -0xff
   295: e800000000                     callq 0x0
        # hole +0x296: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   29a: 498b7d10                       movq 0x10(%r13), %rdi
   29e: 40f6c701                       testb $0x1, %dil
   2a2: 0f8452ffffff                   je -0xae
   2a8: 48ff0b                         decq (%rbx)
   2ab: 7508                           jne 0x8
   2ad: 4889df                         movq %rbx, %rdi
   2b0: e800000000                     callq 0x0
        # hole +0x2b1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2b5: 4d85f6                         testq %r14, %r14
   2b8: 0f845a050000                   je 0x55a
   2be: 4d897500                       movq %r14, (%r13)
   2c2: 488b0424                       movq (%rsp), %rax
   2c6: 488b4018                       movq 0x18(%rax), %rax
   2ca: 488b7840                       movq 0x40(%rax), %rdi
   2ce: 4c897040                       movq %r14, 0x40(%rax)
   2d2: 40f6c701                       testb $0x1, %dil
   2d6: 7509                           jne 0x9
   2d8: 48ff0f                         decq (%rdi)
   2db: 0f848f000000                   je 0x8f
   2e1: 488b4868                       movq 0x68(%rax), %rcx
   2e5: f6c101                         testb $0x1, %cl
   2e8: 0f859c000000                   jne 0x9c
   2ee: 48ff01                         incq (%rcx)
   2f1: 49894d00                       movq %rcx, (%r13)
   2f5: 488b4850                       movq 0x50(%rax), %rcx
   2f9: f6c101                         testb $0x1, %cl
   2fc: 0f8499000000                   je 0x99
   302: 48894d00                       movq %rcx, (%rbp)
   306: 488b4058                       movq 0x58(%rax), %rax
   30a: a801                           testb $0x1, %al
   30c: 7503                           jne 0x3
   30e: 48ff00                         incq (%rax)
   311: 49894510                       movq %rax, 0x10(%r13)
   315: 498b5d00                       movq (%r13), %rbx
   319: 41bcdc000000                   movl $0xdc, %r12d
   31f: 41bf16000000                   movl $0x16, %r15d
   325: f6c301                         testb $0x1, %bl
   328: 0f85df020000                   jne 0x2df
   32e: 837b0808                       cmpl $0x8, 0x8(%rbx)
   332: 0f85d5020000                   jne 0x2d5
   338: ba02000000                     movl $0x2, %edx
   33d: 488b7c2408                     movq 0x8(%rsp), %rdi
   342: 4889ee                         movq %rbp, %rsi
   345: ff5338                         callq *0x38(%rbx)
   348: 4989c6                         movq %rax, %r14
   34b: 488b7d00                       movq (%rbp), %rdi
   34f: 40f6c701                       testb $0x1, %dil
   353: 7505                           jne 0x5
   355: 48ff0f                         decq (%rdi)
   358: 7459                           je 0x59
   35a: 498b7d10                       movq 0x10(%r13), %rdi
   35e: 40f6c701                       testb $0x1, %dil
   362: 755e                           jne 0x5e
   364: 48ff0f                         decq (%rdi)
   367: 7559                           jne 0x59
   369: e800000000                     callq 0x0
        # hole +0x36a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   36e: eb52                           jmp 0x52
   370: e800000000                     callq 0x0
        # hole +0x371: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   375: 488b0424                       movq (%rsp), %rax
   379: 488b4018                       movq 0x18(%rax), %rax
   37d: 488b4868                       movq 0x68(%rax), %rcx
   381: f6c101                         testb $0x1, %cl
   384: 0f8464ffffff                   je -0x9c
   38a: 49894d00                       movq %rcx, (%r13)
   38e: 488b4850                       movq 0x50(%rax), %rcx
   392: f6c101                         testb $0x1, %cl
   395: 0f8567ffffff                   jne -0x99
   39b: 48ff01                         incq (%rcx)
   39e: 48894d00                       movq %rcx, (%rbp)
   3a2: 488b4058                       movq 0x58(%rax), %rax
   3a6: a801                           testb $0x1, %al
   3a8: 0f8460ffffff                   je -0xa0
   3ae: e95effffff                     jmp -0xa2
   3b3: e800000000                     callq 0x0
        # hole +0x3b4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3b8: 498b7d10                       movq 0x10(%r13), %rdi
   3bc: 40f6c701                       testb $0x1, %dil
   3c0: 74a2                           je -0x5e
   3c2: 48ff0b                         decq (%rbx)
   3c5: 7508                           jne 0x8
   3c7: 4889df                         movq %rbx, %rdi
   3ca: e800000000                     callq 0x0
        # hole +0x3cb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3cf: 4d85f6                         testq %r14, %r14
   3d2: 0f8440040000                   je 0x440
   3d8: 4d897500                       movq %r14, (%r13)
   3dc: 488b0424                       movq (%rsp), %rax
   3e0: 488b4018                       movq 0x18(%rax), %rax
   3e4: 488b7860                       movq 0x60(%rax), %rdi
   3e8: 4c897060                       movq %r14, 0x60(%rax)
   3ec: 40f6c701                       testb $0x1, %dil
   3f0: 7509                           jne 0x9
   3f2: 48ff0f                         decq (%rdi)
   3f5: 0f84f0010000                   je 0x1f0
   3fb: 488b9880000000                 movq 0x80(%rax), %rbx
   402: f6c301                         testb $0x1, %bl
   405: 7503                           jne 0x3
   407: 48ff03                         incq (%rbx)
   40a: 49895d00                       movq %rbx, (%r13)
   40e: 488b4070                       movq 0x70(%rax), %rax
   412: a801                           testb $0x1, %al
   414: 7507                           jne 0x7
   416: 48ff00                         incq (%rax)
   419: 498b5d00                       movq (%r13), %rbx
   41d: 48894500                       movq %rax, (%rbp)
   421: 41bc18010000                   movl $0x118, %r12d
   427: 41bf1c000000                   movl $0x1c, %r15d
   42d: f6c301                         testb $0x1, %bl
   430: 0f8580030000                   jne 0x380
   436: 837b0808                       cmpl $0x8, 0x8(%rbx)
   43a: 0f8576030000                   jne 0x376
   440: ba01000000                     movl $0x1, %edx
   445: 488b7c2408                     movq 0x8(%rsp), %rdi
   44a: 4889ee                         movq %rbp, %rsi
   44d: ff5338                         callq *0x38(%rbx)
   450: 4989c6                         movq %rax, %r14
   453: 488b7d00                       movq (%rbp), %rdi
   457: 40f6c701                       testb $0x1, %dil
   45b: 7509                           jne 0x9
   45d: 48ff0f                         decq (%rdi)
   460: 0f84b1010000                   je 0x1b1
   466: 48ff0b                         decq (%rbx)
   469: 7508                           jne 0x8
   46b: 4889df                         movq %rbx, %rdi
   46e: e800000000                     callq 0x0
        # hole +0x46f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   473: 4d85f6                         testq %r14, %r14
   476: 0f849c030000                   je 0x39c
   47c: 4d897500                       movq %r14, (%r13)
   480: 488b0424                       movq (%rsp), %rax
   484: 488b4018                       movq 0x18(%rax), %rax
   488: 488b7878                       movq 0x78(%rax), %rdi
   48c: 4c897078                       movq %r14, 0x78(%rax)
   490: 40f6c701                       testb $0x1, %dil
   494: 7509                           jne 0x9
   496: 48ff0f                         decq (%rdi)
   499: 0f848b010000                   je 0x18b
   49f: 488b9898000000                 movq 0x98(%rax), %rbx
   4a6: f6c301                         testb $0x1, %bl
   4a9: 7503                           jne 0x3
   4ab: 48ff03                         incq (%rbx)
   4ae: 49895d00                       movq %rbx, (%r13)
   4b2: 488b8088000000                 movq 0x88(%rax), %rax
   4b9: a801                           testb $0x1, %al
   4bb: 7507                           jne 0x7
   4bd: 48ff00                         incq (%rax)
   4c0: 498b5d00                       movq (%r13), %rbx
   4c4: 48894500                       movq %rax, (%rbp)
   4c8: 41bc54010000                   movl $0x154, %r12d
   4ce: 41bf22000000                   movl $0x22, %r15d
   4d4: f6c301                         testb $0x1, %bl
   4d7: 0f85d9020000                   jne 0x2d9
   4dd: 837b0808                       cmpl $0x8, 0x8(%rbx)
   4e1: 0f85cf020000                   jne 0x2cf
   4e7: ba01000000                     movl $0x1, %edx
   4ec: 488b7c2408                     movq 0x8(%rsp), %rdi
   4f1: 4889ee                         movq %rbp, %rsi
   4f4: ff5338                         callq *0x38(%rbx)
   4f7: 4989c6                         movq %rax, %r14
   4fa: 488b7d00                       movq (%rbp), %rdi
   4fe: 40f6c701                       testb $0x1, %dil
   502: 7509                           jne 0x9
   504: 48ff0f                         decq (%rdi)
   507: 0f843f010000                   je 0x13f
   50d: 48ff0b                         decq (%rbx)
   510: 7508                           jne 0x8
   512: 4889df                         movq %rbx, %rdi
   515: e800000000                     callq 0x0
        # hole +0x516: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   51a: 4d85f6                         testq %r14, %r14
   51d: 0f84f5020000                   je 0x2f5
   523: 4d897500                       movq %r14, (%r13)
   527: 488b0424                       movq (%rsp), %rax
   52b: 488b4018                       movq 0x18(%rax), %rax
   52f: 488bb890000000                 movq 0x90(%rax), %rdi
   536: 4c89b090000000                 movq %r14, 0x90(%rax)
   53d: 40f6c701                       testb $0x1, %dil
   541: 7509                           jne 0x9
   543: 48ff0f                         decq (%rdi)
   546: 0f8413010000                   je 0x113
   54c: 488b88b8000000                 movq 0xb8(%rax), %rcx
   553: f6c101                         testb $0x1, %cl
   556: 0f8520010000                   jne 0x120
   55c: 48ff01                         incq (%rcx)
   55f: 49894d00                       movq %rcx, (%r13)
   563: 488b88a0000000                 movq 0xa0(%rax), %rcx
   56a: f6c101                         testb $0x1, %cl
   56d: 0f841d010000                   je 0x11d
   573: 48894d00                       movq %rcx, (%rbp)
   577: 488b80a8000000                 movq 0xa8(%rax), %rax
   57e: a801                           testb $0x1, %al
   580: 7503                           jne 0x3
   582: 48ff00                         incq (%rax)
   585: 49894510                       movq %rax, 0x10(%r13)
   589: 498b5d00                       movq (%r13), %rbx
   58d: 41bc9a010000                   movl $0x19a, %r12d
   593: 41bf29000000                   movl $0x29, %r15d
   599: f6c301                         testb $0x1, %bl
   59c: 756f                           jne 0x6f
   59e: 837b0808                       cmpl $0x8, 0x8(%rbx)
   5a2: 7569                           jne 0x69
   5a4: ba02000000                     movl $0x2, %edx
   5a9: 488b7c2408                     movq 0x8(%rsp), %rdi
   5ae: 4889ee                         movq %rbp, %rsi
   5b1: ff5338                         callq *0x38(%rbx)
   5b4: 4989c6                         movq %rax, %r14
   5b7: 488b7d00                       movq (%rbp), %rdi
   5bb: 40f6c701                       testb $0x1, %dil
   5bf: 7509                           jne 0x9
   5c1: 48ff0f                         decq (%rdi)
   5c4: 0f84e1000000                   je 0xe1
   5ca: 498b7d10                       movq 0x10(%r13), %rdi
   5ce: 40f6c701                       testb $0x1, %dil
   5d2: 0f85e6000000                   jne 0xe6
   5d8: 48ff0f                         decq (%rdi)
   5db: 0f85dd000000                   jne 0xdd
   5e1: e800000000                     callq 0x0
        # hole +0x5e2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5e6: e9d3000000                     jmp 0xd3
   5eb: e800000000                     callq 0x0
        # hole +0x5ec: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   5f0: 488b0424                       movq (%rsp), %rax
   5f4: 488b4018                       movq 0x18(%rax), %rax
   5f8: 488b9880000000                 movq 0x80(%rax), %rbx
   5ff: f6c301                         testb $0x1, %bl
   602: 0f84fffdffff                   je -0x201
   608: e9fdfdffff                     jmp -0x203
   60d: 488b742418                     movq 0x18(%rsp), %rsi
   612: e9a4010000                     jmp 0x1a4
   617: e800000000                     callq 0x0
        # hole +0x618: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   61c: 48ff0b                         decq (%rbx)
   61f: 0f854efeffff                   jne -0x1b2
   625: e941feffff                     jmp -0x1bf
   62a: e800000000                     callq 0x0
        # hole +0x62b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   62f: 488b0424                       movq (%rsp), %rax
   633: 488b4018                       movq 0x18(%rax), %rax
   637: 488b9898000000                 movq 0x98(%rax), %rbx
   63e: f6c301                         testb $0x1, %bl
   641: 0f8464feffff                   je -0x19c
   647: e962feffff                     jmp -0x19e
   64c: e800000000                     callq 0x0
        # hole +0x64d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   651: 48ff0b                         decq (%rbx)
   654: 0f85c0feffff                   jne -0x140
   65a: e9b3feffff                     jmp -0x14d
   65f: e800000000                     callq 0x0
        # hole +0x660: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   664: 488b0424                       movq (%rsp), %rax
   668: 488b4018                       movq 0x18(%rax), %rax
   66c: 488b88b8000000                 movq 0xb8(%rax), %rcx
   673: f6c101                         testb $0x1, %cl
   676: 0f84e0feffff                   je -0x120
   67c: 49894d00                       movq %rcx, (%r13)
   680: 488b88a0000000                 movq 0xa0(%rax), %rcx
   687: f6c101                         testb $0x1, %cl
   68a: 0f85e3feffff                   jne -0x11d
   690: 48ff01                         incq (%rcx)
   693: 48894d00                       movq %rcx, (%rbp)
   697: 488b80a8000000                 movq 0xa8(%rax), %rax
   69e: a801                           testb $0x1, %al
   6a0: 0f84dcfeffff                   je -0x124
   6a6: e9dafeffff                     jmp -0x126
   6ab: e800000000                     callq 0x0
        # hole +0x6ac: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6b0: 498b7d10                       movq 0x10(%r13), %rdi
   6b4: 40f6c701                       testb $0x1, %dil
   6b8: 0f841affffff                   je -0xe6
   6be: 48ff0b                         decq (%rbx)
   6c1: 7508                           jne 0x8
   6c3: 4889df                         movq %rbx, %rdi
   6c6: e800000000                     callq 0x0
        # hole +0x6c7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6cb: 4d85f6                         testq %r14, %r14
   6ce: 0f8444010000                   je 0x144
   6d4: 4d897500                       movq %r14, (%r13)
   6d8: 488b0424                       movq (%rsp), %rax
   6dc: 488b4018                       movq 0x18(%rax), %rax
   6e0: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   6e7: 4c89b0b0000000                 movq %r14, 0xb0(%rax)
   6ee: 40f6c701                       testb $0x1, %dil
   6f2: 7509                           jne 0x9
   6f4: 48ff0f                         decq (%rdi)
   6f7: 0f84e6000000                   je 0xe6
   6fd: 488b98d0000000                 movq 0xd0(%rax), %rbx
   704: f6c301                         testb $0x1, %bl
   707: 7503                           jne 0x3
   709: 48ff03                         incq (%rbx)
   70c: 49895d00                       movq %rbx, (%r13)
   710: 488b80c0000000                 movq 0xc0(%rax), %rax
   717: a801                           testb $0x1, %al
   719: 7507                           jne 0x7
   71b: 48ff00                         incq (%rax)
   71e: 498b5d00                       movq (%r13), %rbx
   722: 48894500                       movq %rax, (%rbp)
   726: 41bcd6010000                   movl $0x1d6, %r12d
   72c: 41bf2f000000                   movl $0x2f, %r15d
   732: f6c301                         testb $0x1, %bl
   735: 757f                           jne 0x7f
   737: 837b0808                       cmpl $0x8, 0x8(%rbx)
   73b: 7579                           jne 0x79
   73d: ba01000000                     movl $0x1, %edx
   742: 488b7c2408                     movq 0x8(%rsp), %rdi
   747: 4889ee                         movq %rbp, %rsi
   74a: ff5338                         callq *0x38(%rbx)
   74d: 4989c6                         movq %rax, %r14
   750: 488b7d00                       movq (%rbp), %rdi
   754: 40f6c701                       testb $0x1, %dil
   758: 7509                           jne 0x9
   75a: 48ff0f                         decq (%rdi)
   75d: 0f84a2000000                   je 0xa2
   763: 48ff0b                         decq (%rbx)
   766: 7508                           jne 0x8
   768: 4889df                         movq %rbx, %rdi
   76b: e800000000                     callq 0x0
        # hole +0x76c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   770: 4d85f6                         testq %r14, %r14
   773: 0f849f000000                   je 0x9f
   779: 4d897500                       movq %r14, (%r13)
   77d: 488b0424                       movq (%rsp), %rax
   781: 488b4018                       movq 0x18(%rax), %rax
   785: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   78c: 4c89b0c8000000                 movq %r14, 0xc8(%rax)
   793: 40f6c701                       testb $0x1, %dil
   797: 750a                           jne 0xa
   799: 48ff0f                         decq (%rdi)
   79c: 7505                           jne 0x5
   79e: e800000000                     callq 0x0
        # hole +0x79f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7a3: 4c8b2424                       movq (%rsp), %r12
   7a7: 4c8b742408                     movq 0x8(%rsp), %r14
   7ac: 4883c420                       addq $0x20, %rsp
   7b0: 5d                             popq %rbp
   7b1: e900000000                     jmp 0x0
        # hole +0x7b2: R_X86_64_PLT32 Rel32 continue-4
   7b6: 488b742410                     movq 0x10(%rsp), %rsi
   7bb: b901000000                     movl $0x1, %ecx
   7c0: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x7c2: R_X86_64_64 Abs64 index+0
   7ca: 4d01f8                         addq %r15, %r8
   7cd: 488b3c24                       movq (%rsp), %rdi
   7d1: 488b542408                     movq 0x8(%rsp), %rdx
   7d6: 4d89e1                         movq %r12, %r9
   7d9: 4883c420                       addq $0x20, %rsp
   7dd: 5d                             popq %rbp
   7de: e900000000                     jmp 0x0
        # hole +0x7df: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   7e3: e800000000                     callq 0x0
        # hole +0x7e4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7e8: 488b0424                       movq (%rsp), %rax
   7ec: 488b4018                       movq 0x18(%rax), %rax
   7f0: 488b98d0000000                 movq 0xd0(%rax), %rbx
   7f7: f6c301                         testb $0x1, %bl
   7fa: 0f8409ffffff                   je -0xf7
   800: e907ffffff                     jmp -0xf9
   805: e800000000                     callq 0x0
        # hole +0x806: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   80a: 48ff0b                         decq (%rbx)
   80d: 0f855dffffff                   jne -0xa3
   813: e950ffffff                     jmp -0xb0
   818: 4c89ee                         movq %r13, %rsi
   81b: b903000000                     movl $0x3, %ecx
   820: eb9e                           jmp -0x62
   822: 488b742410                     movq 0x10(%rsp), %rsi
   827: eb97                           jmp -0x69
