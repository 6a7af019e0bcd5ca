# stencil startup_attrs for x86_64-unknown-linux-gnu: 2678 code bytes, 0 data bytes, 39 holes
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
    2f: 0f8560080000                   jne 0x860
    35: 837f0807                       cmpl $0x7, 0x8(%rdi)
    39: 0f8556080000                   jne 0x856
    3f: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x41: R_X86_64_64 Abs64 operand0[1]+0
    49: 488b5730                       movq 0x30(%rdi), %rdx
    4d: 48394230                       cmpq %rax, 0x30(%rdx)
    51: 0f853e080000                   jne 0x83e
    57: 48837f3803                     cmpq $0x3, 0x38(%rdi)
    5c: 0f825e080000                   jb 0x85e
    62: 488b4750                       movq 0x50(%rdi), %rax
    66: a801                           testb $0x1, %al
    68: 7503                           jne 0x3
    6a: 48ff00                         incq (%rax)
    6d: 49894500                       movq %rax, (%r13)
    71: 48ff0f                         decq (%rdi)
    74: 7510                           jne 0x10
    76: 4889f3                         movq %rsi, %rbx
    79: e800000000                     callq 0x0
        # hole +0x7a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    7e: 4889de                         movq %rbx, %rsi
    81: b901000000                     movl $0x1, %ecx
    86: 498b5500                       movq (%r13), %rdx
    8a: 498b442418                     movq 0x18(%r12), %rax
    8f: 488b7808                       movq 0x8(%rax), %rdi
    93: 48895008                       movq %rdx, 0x8(%rax)
    97: 40f6c701                       testb $0x1, %dil
    9b: 751a                           jne 0x1a
    9d: 48ff0f                         decq (%rdi)
    a0: 7515                           jne 0x15
    a2: 4889f3                         movq %rsi, %rbx
    a5: e800000000                     callq 0x0
        # hole +0xa6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    aa: 4889de                         movq %rbx, %rsi
    ad: b901000000                     movl $0x1, %ecx
    b2: 498b442418                     movq 0x18(%r12), %rax
    b7: 488b7810                       movq 0x10(%rax), %rdi
    bb: 40f6c701                       testb $0x1, %dil
    bf: 0f85c0070000                   jne 0x7c0
    c5: 48ff07                         incq (%rdi)
    c8: 49897d00                       movq %rdi, (%r13)
    cc: 41b932000000                   movl $0x32, %r9d
    d2: 41bf05000000                   movl $0x5, %r15d
    d8: 837f0807                       cmpl $0x7, 0x8(%rdi)
    dc: 0f85b3070000                   jne 0x7b3
    e2: 488b5730                       movq 0x30(%rdi), %rdx
    e6: 48817a302f900400               cmpq $0x4902f, 0x30(%rdx)
    ee: 0f85a1070000                   jne 0x7a1
    f4: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    f9: 0f84cf070000                   je 0x7cf
    ff: 488b5740                       movq 0x40(%rdi), %rdx
   103: f6c201                         testb $0x1, %dl
   106: 7503                           jne 0x3
   108: 48ff02                         incq (%rdx)
   10b: 49895500                       movq %rdx, (%r13)
   10f: 48ff0f                         decq (%rdi)
   112: 7515                           jne 0x15
   114: 4889f3                         movq %rsi, %rbx
   117: e800000000                     callq 0x0
        # hole +0x118: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   11c: 4889de                         movq %rbx, %rsi
   11f: b901000000                     movl $0x1, %ecx
   124: 498b442418                     movq 0x18(%r12), %rax
   129: 498b5500                       movq (%r13), %rdx
   12d: 488b7818                       movq 0x18(%rax), %rdi
   131: 48895018                       movq %rdx, 0x18(%rax)
   135: 40f6c701                       testb $0x1, %dil
   139: 751a                           jne 0x1a
   13b: 48ff0f                         decq (%rdi)
   13e: 7515                           jne 0x15
   140: 4889f3                         movq %rsi, %rbx
   143: e800000000                     callq 0x0
        # hole +0x144: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   148: 4889de                         movq %rbx, %rsi
   14b: b901000000                     movl $0x1, %ecx
   150: 498b442418                     movq 0x18(%r12), %rax
   155: 488b7820                       movq 0x20(%rax), %rdi
   159: 40f6c701                       testb $0x1, %dil
   15d: 7503                           jne 0x3
   15f: 48ff07                         incq (%rdi)
   162: 49897d00                       movq %rdi, (%r13)
   166: 41b96e000000                   movl $0x6e, %r9d
   16c: 41bf0b000000                   movl $0xb, %r15d
   172: 40f6c701                       testb $0x1, %dil
   176: 0f8519070000                   jne 0x719
   17c: 837f0807                       cmpl $0x7, 0x8(%rdi)
   180: 0f850f070000                   jne 0x70f
   186: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x188: R_X86_64_64 Abs64 operand0[11]+0
   190: 488b5730                       movq 0x30(%rdi), %rdx
   194: 48394230                       cmpq %rax, 0x30(%rdx)
   198: 0f85f7060000                   jne 0x6f7
   19e: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   1a3: 0f8470070000                   je 0x770
   1a9: 488b4740                       movq 0x40(%rdi), %rax
   1ad: a801                           testb $0x1, %al
   1af: 7503                           jne 0x3
   1b1: 48ff00                         incq (%rax)
   1b4: 49894500                       movq %rax, (%r13)
   1b8: 48ff0f                         decq (%rdi)
   1bb: 7510                           jne 0x10
   1bd: 4889f3                         movq %rsi, %rbx
   1c0: e800000000                     callq 0x0
        # hole +0x1c1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1c5: 4889de                         movq %rbx, %rsi
   1c8: b901000000                     movl $0x1, %ecx
   1cd: 498b5500                       movq (%r13), %rdx
   1d1: 498b442418                     movq 0x18(%r12), %rax
   1d6: 488b7828                       movq 0x28(%rax), %rdi
   1da: 48895028                       movq %rdx, 0x28(%rax)
   1de: 40f6c701                       testb $0x1, %dil
   1e2: 751a                           jne 0x1a
   1e4: 48ff0f                         decq (%rdi)
   1e7: 7515                           jne 0x15
   1e9: 4889f3                         movq %rsi, %rbx
   1ec: e800000000                     callq 0x0
        # hole +0x1ed: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1f1: 4889de                         movq %rbx, %rsi
   1f4: b901000000                     movl $0x1, %ecx
   1f9: 498b442418                     movq 0x18(%r12), %rax
   1fe: 488b7830                       movq 0x30(%rax), %rdi
   202: 40f6c701                       testb $0x1, %dil
   206: 7503                           jne 0x3
   208: 48ff07                         incq (%rdi)
   20b: 49897d00                       movq %rdi, (%r13)
   20f: 41b9aa000000                   movl $0xaa, %r9d
   215: 41bf11000000                   movl $0x11, %r15d
   21b: 40f6c701                       testb $0x1, %dil
   21f: 0f8570060000                   jne 0x670
   225: 837f0807                       cmpl $0x7, 0x8(%rdi)
   229: 0f8566060000                   jne 0x666
   22f: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x231: R_X86_64_64 Abs64 operand0[17]+0
   239: 488b5730                       movq 0x30(%rdi), %rdx
   23d: 48394230                       cmpq %rax, 0x30(%rdx)
   241: 0f854e060000                   jne 0x64e
   247: 48837f3803                     cmpq $0x3, 0x38(%rdi)
   24c: 0f82eb060000                   jb 0x6eb
   252: 488b4750                       movq 0x50(%rdi), %rax
   256: a801                           testb $0x1, %al
   258: 7503                           jne 0x3
   25a: 48ff00                         incq (%rax)
   25d: 49894500                       movq %rax, (%r13)
   261: 48ff0f                         decq (%rdi)
   264: 7510                           jne 0x10
   266: 4889f3                         movq %rsi, %rbx
   269: e800000000                     callq 0x0
        # hole +0x26a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   26e: 4889de                         movq %rbx, %rsi
   271: b901000000                     movl $0x1, %ecx
   276: 498b5500                       movq (%r13), %rdx
   27a: 498b442418                     movq 0x18(%r12), %rax
   27f: 488b7838                       movq 0x38(%rax), %rdi
   283: 48895038                       movq %rdx, 0x38(%rax)
   287: 40f6c701                       testb $0x1, %dil
   28b: 751a                           jne 0x1a
   28d: 48ff0f                         decq (%rdi)
   290: 7515                           jne 0x15
   292: 4889f3                         movq %rsi, %rbx
   295: e800000000                     callq 0x0
        # hole +0x296: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   29a: 4889de                         movq %rbx, %rsi
   29d: b901000000                     movl $0x1, %ecx
   2a2: 498b442418                     movq 0x18(%r12), %rax
   2a7: 488b7840                       movq 0x40(%rax), %rdi
   2ab: 40f6c701                       testb $0x1, %dil
   2af: 7503                           jne 0x3
   2b1: 48ff07                         incq (%rdi)
   2b4: 49897d00                       movq %rdi, (%r13)
   2b8: 41b9d2000000                   movl $0xd2, %r9d
   2be: 41bf15000000                   movl $0x15, %r15d
   2c4: 40f6c701                       testb $0x1, %dil
   2c8: 0f85c7050000                   jne 0x5c7
   2ce: 837f0807                       cmpl $0x7, 0x8(%rdi)
   2d2: 0f85bd050000                   jne 0x5bd
   2d8: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x2da: R_X86_64_64 Abs64 operand0[21]+0
   2e2: 488b5730                       movq 0x30(%rdi), %rdx
   2e6: 48394230                       cmpq %rax, 0x30(%rdx)
   2ea: 0f85a5050000                   jne 0x5a5
   2f0: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   2f5: 0f8466060000                   je 0x666
   2fb: 488b4740                       movq 0x40(%rdi), %rax
   2ff: a801                           testb $0x1, %al
   301: 7503                           jne 0x3
   303: 48ff00                         incq (%rax)
   306: 49894500                       movq %rax, (%r13)
   30a: 48ff0f                         decq (%rdi)
   30d: 7510                           jne 0x10
   30f: 4889f3                         movq %rsi, %rbx
   312: e800000000                     callq 0x0
        # hole +0x313: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   317: 4889de                         movq %rbx, %rsi
   31a: b901000000                     movl $0x1, %ecx
   31f: 498b5500                       movq (%r13), %rdx
   323: 498b442418                     movq 0x18(%r12), %rax
   328: 488b7848                       movq 0x48(%rax), %rdi
   32c: 48895048                       movq %rdx, 0x48(%rax)
   330: 40f6c701                       testb $0x1, %dil
   334: 751a                           jne 0x1a
   336: 48ff0f                         decq (%rdi)
   339: 7515                           jne 0x15
   33b: 4889f3                         movq %rsi, %rbx
   33e: e800000000                     callq 0x0
        # hole +0x33f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   343: 4889de                         movq %rbx, %rsi
   346: b901000000                     movl $0x1, %ecx
   34b: 498b442418                     movq 0x18(%r12), %rax
   350: 488b7850                       movq 0x50(%rax), %rdi
   354: 40f6c701                       testb $0x1, %dil
   358: 0f8550050000                   jne 0x550
   35e: 48ff07                         incq (%rdi)
   361: 49897d00                       movq %rdi, (%r13)
   365: 41b90e010000                   movl $0x10e, %r9d
   36b: 41bf1b000000                   movl $0x1b, %r15d
   371: 837f0807                       cmpl $0x7, 0x8(%rdi)
   375: 0f851a050000                   jne 0x51a
   37b: 488b5730                       movq 0x30(%rdi), %rdx
   37f: 48817a309af20c00               cmpq $0xcf29a, 0x30(%rdx)
   387: 0f8508050000                   jne 0x508
   38d: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   392: 0f84da050000                   je 0x5da
   398: 488b5740                       movq 0x40(%rdi), %rdx
   39c: f6c201                         testb $0x1, %dl
   39f: 7503                           jne 0x3
   3a1: 48ff02                         incq (%rdx)
   3a4: 49895500                       movq %rdx, (%r13)
   3a8: 48ff0f                         decq (%rdi)
   3ab: 7515                           jne 0x15
   3ad: 4889f3                         movq %rsi, %rbx
   3b0: e800000000                     callq 0x0
        # hole +0x3b1: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3b5: 4889de                         movq %rbx, %rsi
   3b8: b901000000                     movl $0x1, %ecx
   3bd: 498b442418                     movq 0x18(%r12), %rax
   3c2: 498b5500                       movq (%r13), %rdx
   3c6: 488b7858                       movq 0x58(%rax), %rdi
   3ca: 48895058                       movq %rdx, 0x58(%rax)
   3ce: 40f6c701                       testb $0x1, %dil
   3d2: 751a                           jne 0x1a
   3d4: 48ff0f                         decq (%rdi)
   3d7: 7515                           jne 0x15
   3d9: 4889f3                         movq %rsi, %rbx
   3dc: e800000000                     callq 0x0
        # hole +0x3dd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3e1: 4889de                         movq %rbx, %rsi
   3e4: b901000000                     movl $0x1, %ecx
   3e9: 498b442418                     movq 0x18(%r12), %rax
   3ee: 488b7860                       movq 0x60(%rax), %rdi
   3f2: 40f6c701                       testb $0x1, %dil
   3f6: 7503                           jne 0x3
   3f8: 48ff07                         incq (%rdi)
   3fb: 49897d00                       movq %rdi, (%r13)
   3ff: 41b94a010000                   movl $0x14a, %r9d
   405: 41bf21000000                   movl $0x21, %r15d
   40b: 40f6c701                       testb $0x1, %dil
   40f: 0f8580040000                   jne 0x480
   415: 4889f3                         movq %rsi, %rbx
   418: 837f0807                       cmpl $0x7, 0x8(%rdi)
   41c: 0f854c060000                   jne 0x64c
   422: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x424: R_X86_64_64 Abs64 operand0[33]+0
   42c: 488b4f30                       movq 0x30(%rdi), %rcx
   430: 48394130                       cmpq %rax, 0x30(%rcx)
   434: 0f85b2040000                   jne 0x4b2
   43a: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   43f: 0f8479050000                   je 0x579
   445: 488b4740                       movq 0x40(%rdi), %rax
   449: a801                           testb $0x1, %al
   44b: 7503                           jne 0x3
   44d: 48ff00                         incq (%rax)
   450: 49894500                       movq %rax, (%r13)
   454: 48ff0f                         decq (%rdi)
   457: 7505                           jne 0x5
   459: e800000000                     callq 0x0
        # hole +0x45a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   45e: 498b4d00                       movq (%r13), %rcx
   462: 498b442418                     movq 0x18(%r12), %rax
   467: 488b7868                       movq 0x68(%rax), %rdi
   46b: 48894868                       movq %rcx, 0x68(%rax)
   46f: 40f6c701                       testb $0x1, %dil
   473: 750f                           jne 0xf
   475: 48ff0f                         decq (%rdi)
   478: 750a                           jne 0xa
   47a: e800000000                     callq 0x0
        # hole +0x47b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   47f: 498b442418                     movq 0x18(%r12), %rax
   484: 488b7870                       movq 0x70(%rax), %rdi
   488: 40f6c701                       testb $0x1, %dil
   48c: 0f854a040000                   jne 0x44a
   492: 48ff07                         incq (%rdi)
   495: 49897d00                       movq %rdi, (%r13)
   499: 41bf25000000                   movl $0x25, %r15d
   49f: 837f0807                       cmpl $0x7, 0x8(%rdi)
   4a3: 0f854d040000                   jne 0x44d
   4a9: 488b4f30                       movq 0x30(%rdi), %rcx
   4ad: 48817930d4990300               cmpq $0x399d4, 0x30(%rcx)
   4b5: 0f853b040000                   jne 0x43b
   4bb: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   4c0: 0f8209050000                   jb 0x509
   4c6: 488b4f48                       movq 0x48(%rdi), %rcx
   4ca: f6c101                         testb $0x1, %cl
   4cd: 7503                           jne 0x3
   4cf: 48ff01                         incq (%rcx)
   4d2: 49894d00                       movq %rcx, (%r13)
   4d6: 48ff0f                         decq (%rdi)
   4d9: 750a                           jne 0xa
   4db: e800000000                     callq 0x0
        # hole +0x4dc: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4e0: 498b442418                     movq 0x18(%r12), %rax
   4e5: 498b4d00                       movq (%r13), %rcx
   4e9: 488b7878                       movq 0x78(%rax), %rdi
   4ed: 48894878                       movq %rcx, 0x78(%rax)
   4f1: 40f6c701                       testb $0x1, %dil
   4f5: 750f                           jne 0xf
   4f7: 48ff0f                         decq (%rdi)
   4fa: 750a                           jne 0xa
   4fc: e800000000                     callq 0x0
        # hole +0x4fd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   501: 498b442418                     movq 0x18(%r12), %rax
   506: 488bb880000000                 movq 0x80(%rax), %rdi
   50d: 40f6c701                       testb $0x1, %dil
   511: 7503                           jne 0x3
   513: 48ff07                         incq (%rdi)
   516: 49897d00                       movq %rdi, (%r13)
   51a: 41bf2b000000                   movl $0x2b, %r15d
   520: 40f6c701                       testb $0x1, %dil
   524: 0f85dc030000                   jne 0x3dc
   52a: 837f0807                       cmpl $0x7, 0x8(%rdi)
   52e: 0f85d2030000                   jne 0x3d2
   534: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x536: R_X86_64_64 Abs64 operand0[43]+0
   53e: 488b4f30                       movq 0x30(%rdi), %rcx
   542: 48394130                       cmpq %rax, 0x30(%rcx)
   546: 0f85ba030000                   jne 0x3ba
   54c: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   551: 0f84b1040000                   je 0x4b1
   557: 488b4740                       movq 0x40(%rdi), %rax
   55b: a801                           testb $0x1, %al
   55d: 7503                           jne 0x3
   55f: 48ff00                         incq (%rax)
   562: 49894500                       movq %rax, (%r13)
   566: 48ff0f                         decq (%rdi)
   569: 7505                           jne 0x5
   56b: e800000000                     callq 0x0
        # hole +0x56c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   570: 498b4d00                       movq (%r13), %rcx
   574: 498b442418                     movq 0x18(%r12), %rax
   579: 488bb888000000                 movq 0x88(%rax), %rdi
   580: 48898888000000                 movq %rcx, 0x88(%rax)
   587: 40f6c701                       testb $0x1, %dil
   58b: 750f                           jne 0xf
   58d: 48ff0f                         decq (%rdi)
   590: 750a                           jne 0xa
   592: e800000000                     callq 0x0
        # hole +0x593: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   597: 498b442418                     movq 0x18(%r12), %rax
   59c: 488bb890000000                 movq 0x90(%rax), %rdi
   5a3: 40f6c701                       testb $0x1, %dil
   5a7: 7503                           jne 0x3
   5a9: 48ff07                         incq (%rdi)
   5ac: 49897d00                       movq %rdi, (%r13)
   5b0: 41bf31000000                   movl $0x31, %r15d
   5b6: 40f6c701                       testb $0x1, %dil
   5ba: 0f856a030000                   jne 0x36a
   5c0: 837f0807                       cmpl $0x7, 0x8(%rdi)
   5c4: 0f8560030000                   jne 0x360
   5ca: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x5cc: R_X86_64_64 Abs64 operand0[49]+0
   5d4: 488b4f30                       movq 0x30(%rdi), %rcx
   5d8: 48394130                       cmpq %rax, 0x30(%rcx)
   5dc: 0f8548030000                   jne 0x348
   5e2: 48837f3804                     cmpq $0x4, 0x38(%rdi)
   5e7: 0f822c040000                   jb 0x42c
   5ed: 488b4758                       movq 0x58(%rdi), %rax
   5f1: a801                           testb $0x1, %al
   5f3: 7503                           jne 0x3
   5f5: 48ff00                         incq (%rax)
   5f8: 49894500                       movq %rax, (%r13)
   5fc: 48ff0f                         decq (%rdi)
   5ff: 7505                           jne 0x5
   601: e800000000                     callq 0x0
        # hole +0x602: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   606: 498b4d00                       movq (%r13), %rcx
   60a: 498b442418                     movq 0x18(%r12), %rax
   60f: 488bb898000000                 movq 0x98(%rax), %rdi
   616: 48898898000000                 movq %rcx, 0x98(%rax)
   61d: 40f6c701                       testb $0x1, %dil
   621: 750f                           jne 0xf
   623: 48ff0f                         decq (%rdi)
   626: 750a                           jne 0xa
   628: e800000000                     callq 0x0
        # hole +0x629: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   62d: 498b442418                     movq 0x18(%r12), %rax
   632: 488bb8a0000000                 movq 0xa0(%rax), %rdi
   639: 40f6c701                       testb $0x1, %dil
   63d: 7503                           jne 0x3
   63f: 48ff07                         incq (%rdi)
   642: 49897d00                       movq %rdi, (%r13)
   646: 41bf35000000                   movl $0x35, %r15d
   64c: 40f6c701                       testb $0x1, %dil
   650: 0f85f8020000                   jne 0x2f8
   656: 837f0807                       cmpl $0x7, 0x8(%rdi)
   65a: 0f85ee020000                   jne 0x2ee
   660: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x662: R_X86_64_64 Abs64 operand0[53]+0
   66a: 488b4f30                       movq 0x30(%rdi), %rcx
   66e: 48394130                       cmpq %rax, 0x30(%rcx)
   672: 0f85d6020000                   jne 0x2d6
   678: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   67d: 0f84a7030000                   je 0x3a7
   683: 488b4740                       movq 0x40(%rdi), %rax
   687: a801                           testb $0x1, %al
   689: 7503                           jne 0x3
   68b: 48ff00                         incq (%rax)
   68e: 49894500                       movq %rax, (%r13)
   692: 48ff0f                         decq (%rdi)
   695: 7505                           jne 0x5
   697: e800000000                     callq 0x0
        # hole +0x698: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   69c: 498b4d00                       movq (%r13), %rcx
   6a0: 498b442418                     movq 0x18(%r12), %rax
   6a5: 488bb8a8000000                 movq 0xa8(%rax), %rdi
   6ac: 488988a8000000                 movq %rcx, 0xa8(%rax)
   6b3: 40f6c701                       testb $0x1, %dil
   6b7: 750f                           jne 0xf
   6b9: 48ff0f                         decq (%rdi)
   6bc: 750a                           jne 0xa
   6be: e800000000                     callq 0x0
        # hole +0x6bf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6c3: 498b442418                     movq 0x18(%r12), %rax
   6c8: 488bb8b0000000                 movq 0xb0(%rax), %rdi
   6cf: 40f6c701                       testb $0x1, %dil
   6d3: 0f85aa020000                   jne 0x2aa
   6d9: 48ff07                         incq (%rdi)
   6dc: 49897d00                       movq %rdi, (%r13)
   6e0: 41bf3b000000                   movl $0x3b, %r15d
   6e6: 837f0807                       cmpl $0x7, 0x8(%rdi)
   6ea: 0f85a8020000                   jne 0x2a8
   6f0: 488b4f30                       movq 0x30(%rdi), %rcx
   6f4: 48817930bb5e0800               cmpq $0x85ebb, 0x30(%rcx)
   6fc: 0f8596020000                   jne 0x296
   702: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   707: 0f822e030000                   jb 0x32e
   70d: 488b4f48                       movq 0x48(%rdi), %rcx
   711: f6c101                         testb $0x1, %cl
   714: 7503                           jne 0x3
   716: 48ff01                         incq (%rcx)
   719: 49894d00                       movq %rcx, (%r13)
   71d: 48ff0f                         decq (%rdi)
   720: 750a                           jne 0xa
   722: e800000000                     callq 0x0
        # hole +0x723: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   727: 498b442418                     movq 0x18(%r12), %rax
   72c: 498b4d00                       movq (%r13), %rcx
   730: 488bb8b8000000                 movq 0xb8(%rax), %rdi
   737: 488988b8000000                 movq %rcx, 0xb8(%rax)
   73e: 40f6c701                       testb $0x1, %dil
   742: 750f                           jne 0xf
   744: 48ff0f                         decq (%rdi)
   747: 750a                           jne 0xa
   749: e800000000                     callq 0x0
        # hole +0x74a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   74e: 498b442418                     movq 0x18(%r12), %rax
   753: 488bb8c0000000                 movq 0xc0(%rax), %rdi
   75a: 40f6c701                       testb $0x1, %dil
   75e: 7503                           jne 0x3
   760: 48ff07                         incq (%rdi)
   763: 49897d00                       movq %rdi, (%r13)
   767: 41bf41000000                   movl $0x41, %r15d
   76d: 40f6c701                       testb $0x1, %dil
   771: 0f8534020000                   jne 0x234
   777: 837f0807                       cmpl $0x7, 0x8(%rdi)
   77b: 0f852a020000                   jne 0x22a
   781: 48b80000000000000000           movabsq $0x0, %rax
        # hole +0x783: R_X86_64_64 Abs64 operand0[65]+0
   78b: 488b4f30                       movq 0x30(%rdi), %rcx
   78f: 48394130                       cmpq %rax, 0x30(%rcx)
   793: 0f8512020000                   jne 0x212
   799: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   79e: 0f84a8020000                   je 0x2a8
   7a4: 488b4740                       movq 0x40(%rdi), %rax
   7a8: a801                           testb $0x1, %al
   7aa: 7503                           jne 0x3
   7ac: 48ff00                         incq (%rax)
   7af: 49894500                       movq %rax, (%r13)
   7b3: 48ff0f                         decq (%rdi)
   7b6: 7505                           jne 0x5
   7b8: e800000000                     callq 0x0
        # hole +0x7b9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7bd: 498b4d00                       movq (%r13), %rcx
   7c1: 498b442418                     movq 0x18(%r12), %rax
   7c6: 488bb8c8000000                 movq 0xc8(%rax), %rdi
   7cd: 488988c8000000                 movq %rcx, 0xc8(%rax)
   7d4: 40f6c701                       testb $0x1, %dil
   7d8: 750f                           jne 0xf
   7da: 48ff0f                         decq (%rdi)
   7dd: 750a                           jne 0xa
   7df: e800000000                     callq 0x0
        # hole +0x7e0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7e4: 498b442418                     movq 0x18(%r12), %rax
   7e9: 488bb8d0000000                 movq 0xd0(%rax), %rdi
   7f0: 40f6c701                       testb $0x1, %dil
   7f4: 0f85e6010000                   jne 0x1e6
   7fa: 48ff07                         incq (%rdi)
   7fd: 49897d00                       movq %rdi, (%r13)
   801: 41bf45000000                   movl $0x45, %r15d
   807: 837f0807                       cmpl $0x7, 0x8(%rdi)
   80b: 0f85e4010000                   jne 0x1e4
   811: 488b4f30                       movq 0x30(%rdi), %rcx
   815: 488179303aba0a00               cmpq $0xaba3a, 0x30(%rcx)
   81d: 0f85d2010000                   jne 0x1d2
   823: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   828: 0f822f020000                   jb 0x22f
   82e: 488b4f48                       movq 0x48(%rdi), %rcx
   832: f6c101                         testb $0x1, %cl
   835: 7503                           jne 0x3
   837: 48ff01                         incq (%rcx)
   83a: 49894d00                       movq %rcx, (%r13)
   83e: 48ff0f                         decq (%rdi)
   841: 750a                           jne 0xa
   843: e800000000                     callq 0x0
        # hole +0x844: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   848: 498b442418                     movq 0x18(%r12), %rax
   84d: 498b4d00                       movq (%r13), %rcx
   851: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   858: 488988d8000000                 movq %rcx, 0xd8(%rax)
   85f: 41bf4a000000                   movl $0x4a, %r15d
   865: 40f6c701                       testb $0x1, %dil
   869: 750a                           jne 0xa
   86b: 48ff0f                         decq (%rdi)
   86e: 7505                           jne 0x5
   870: e800000000                     callq 0x0
        # hole +0x871: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   875: 4c89ee                         movq %r13, %rsi
   878: b902000000                     movl $0x2, %ecx
   87d: 41b9e4020000                   movl $0x2e4, %r9d
   883: eb10                           jmp 0x10
   885: 49897d00                       movq %rdi, (%r13)
   889: 41b932000000                   movl $0x32, %r9d
   88f: 41bf05000000                   movl $0x5, %r15d
   895: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x897: R_X86_64_64 Abs64 index+0
   89f: 4d01f8                         addq %r15, %r8
   8a2: 4c89e7                         movq %r12, %rdi
   8a5: 4c89f2                         movq %r14, %rdx
   8a8: 58                             popq %rax
   8a9: e900000000                     jmp 0x0
        # hole +0x8aa: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   8ae: 49897d00                       movq %rdi, (%r13)
   8b2: 41b90e010000                   movl $0x10e, %r9d
   8b8: 41bf1b000000                   movl $0x1b, %r15d
   8be: ebd5                           jmp -0x2b
   8c0: 41b914000000                   movl $0x14, %r9d
   8c6: 41bf02000000                   movl $0x2, %r15d
   8cc: ebc7                           jmp -0x39
   8ce: 41b93c000000                   movl $0x3c, %r9d
   8d4: 41bf06000000                   movl $0x6, %r15d
   8da: ebb9                           jmp -0x47
   8dc: 49897d00                       movq %rdi, (%r13)
   8e0: 41b972010000                   movl $0x172, %r9d
   8e6: 41bf25000000                   movl $0x25, %r15d
   8ec: b901000000                     movl $0x1, %ecx
   8f1: 4889de                         movq %rbx, %rsi
   8f4: eb9f                           jmp -0x61
   8f6: b901000000                     movl $0x1, %ecx
   8fb: 4889de                         movq %rbx, %rsi
   8fe: 41b972010000                   movl $0x172, %r9d
   904: eb8f                           jmp -0x71
   906: b901000000                     movl $0x1, %ecx
   90b: 4889de                         movq %rbx, %rsi
   90e: 41b9ae010000                   movl $0x1ae, %r9d
   914: e97cffffff                     jmp -0x84
   919: 41b978000000                   movl $0x78, %r9d
   91f: 41bf0c000000                   movl $0xc, %r15d
   925: e96bffffff                     jmp -0x95
   92a: b901000000                     movl $0x1, %ecx
   92f: 4889de                         movq %rbx, %rsi
   932: 41b9ea010000                   movl $0x1ea, %r9d
   938: e958ffffff                     jmp -0xa8
   93d: 41b9b4000000                   movl $0xb4, %r9d
   943: 41bf12000000                   movl $0x12, %r15d
   949: e947ffffff                     jmp -0xb9
   94e: b901000000                     movl $0x1, %ecx
   953: 4889de                         movq %rbx, %rsi
   956: 41b912020000                   movl $0x212, %r9d
   95c: e934ffffff                     jmp -0xcc
   961: 41b9dc000000                   movl $0xdc, %r9d
   967: 41bf16000000                   movl $0x16, %r15d
   96d: e923ffffff                     jmp -0xdd
   972: 41b918010000                   movl $0x118, %r9d
   978: 41bf1c000000                   movl $0x1c, %r15d
   97e: e912ffffff                     jmp -0xee
   983: 49897d00                       movq %rdi, (%r13)
   987: 41b94e020000                   movl $0x24e, %r9d
   98d: 41bf3b000000                   movl $0x3b, %r15d
   993: e954ffffff                     jmp -0xac
   998: b901000000                     movl $0x1, %ecx
   99d: 4889de                         movq %rbx, %rsi
   9a0: 41b94e020000                   movl $0x24e, %r9d
   9a6: e9eafeffff                     jmp -0x116
   9ab: b901000000                     movl $0x1, %ecx
   9b0: 4889de                         movq %rbx, %rsi
   9b3: 41b98a020000                   movl $0x28a, %r9d
   9b9: e9d7feffff                     jmp -0x129
   9be: 41b954010000                   movl $0x154, %r9d
   9c4: 41bf22000000                   movl $0x22, %r15d
   9ca: e91dffffff                     jmp -0xe3
   9cf: 41b97c010000                   movl $0x17c, %r9d
   9d5: 41bf26000000                   movl $0x26, %r15d
   9db: e90cffffff                     jmp -0xf4
   9e0: 49897d00                       movq %rdi, (%r13)
   9e4: 41b9b2020000                   movl $0x2b2, %r9d
   9ea: 41bf45000000                   movl $0x45, %r15d
   9f0: e9f7feffff                     jmp -0x109
   9f5: b901000000                     movl $0x1, %ecx
   9fa: 4889de                         movq %rbx, %rsi
   9fd: 41b9b2020000                   movl $0x2b2, %r9d
   a03: e98dfeffff                     jmp -0x173
   a08: 41b9b8010000                   movl $0x1b8, %r9d
   a0e: 41bf2c000000                   movl $0x2c, %r15d
   a14: e9d3feffff                     jmp -0x12d
   a19: 41b9f4010000                   movl $0x1f4, %r9d
   a1f: 41bf32000000                   movl $0x32, %r15d
   a25: e9c2feffff                     jmp -0x13e
   a2a: 41b91c020000                   movl $0x21c, %r9d
   a30: 41bf36000000                   movl $0x36, %r15d
   a36: e9b1feffff                     jmp -0x14f
   a3b: 41b958020000                   movl $0x258, %r9d
   a41: 41bf3c000000                   movl $0x3c, %r15d
   a47: e9a0feffff                     jmp -0x160
   a4c: 41b994020000                   movl $0x294, %r9d
   a52: 41bf42000000                   movl $0x42, %r15d
   a58: e98ffeffff                     jmp -0x171
   a5d: 41b9bc020000                   movl $0x2bc, %r9d
   a63: 41bf46000000                   movl $0x46, %r15d
   a69: e97efeffff                     jmp -0x182
   a6e: 4889de                         movq %rbx, %rsi
   a71: e91ffeffff                     jmp -0x1e1
