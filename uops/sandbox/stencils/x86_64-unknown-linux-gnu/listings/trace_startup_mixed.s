# stencil startup_mixed for x86_64-unknown-linux-gnu: 3704 code bytes, 0 data bytes, 41 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4c89f5                         movq %r14, %rbp
     8: 4d89e7                         movq %r12, %r15
     b: 498b442418                     movq 0x18(%r12), %rax
    10: 488b38                         movq (%rax), %rdi
    13: 40f6c701                       testb $0x1, %dil
    17: 7503                           jne 0x3
    19: 48ff07                         incq (%rdi)
    1c: 49bc0a0000000c000000           movabsq $0xc0000000a, %r12
    26: 498d7508                       leaq 0x8(%r13), %rsi
    2a: 49897d00                       movq %rdi, (%r13)
    2e: 498d4424f7                     leaq -0x9(%r12), %rax
    33: bb0a000000                     movl $0xa, %ebx
    38: 41be01000000                   movl $0x1, %r14d
    3e: 40f6c701                       testb $0x1, %dil
    42: 0f8553010000                   jne 0x153
    48: 837f0807                       cmpl $0x7, 0x8(%rdi)
    4c: 0f8549010000                   jne 0x149
    52: 48b90000000000000000           movabsq $0x0, %rcx
        # hole +0x54: R_X86_64_64 Abs64 operand0[1]+0
    5c: 488b5730                       movq 0x30(%rdi), %rdx
    60: 48394a30                       cmpq %rcx, 0x30(%rdx)
    64: 0f8531010000                   jne 0x131
    6a: 48837f3802                     cmpq $0x2, 0x38(%rdi)
    6f: 0f82b7080000                   jb 0x8b7
    75: 488b4748                       movq 0x48(%rdi), %rax
    79: a801                           testb $0x1, %al
    7b: 7503                           jne 0x3
    7d: 48ff00                         incq (%rax)
    80: 49894500                       movq %rax, (%r13)
    84: 48ff0f                         decq (%rdi)
    87: 4889742410                     movq %rsi, 0x10(%rsp)
    8c: 750a                           jne 0xa
    8e: e800000000                     callq 0x0
        # hole +0x8f: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    93: 488b742410                     movq 0x10(%rsp), %rsi
    98: 498b4d00                       movq (%r13), %rcx
    9c: 498b4718                       movq 0x18(%r15), %rax
    a0: 488b7808                       movq 0x8(%rax), %rdi
    a4: 48894808                       movq %rcx, 0x8(%rax)
    a8: 40f6c701                       testb $0x1, %dil
    ac: 7513                           jne 0x13
    ae: 48ff0f                         decq (%rdi)
    b1: 750e                           jne 0xe
    b3: e800000000                     callq 0x0
        # hole +0xb4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    b8: 488b742410                     movq 0x10(%rsp), %rsi
    bd: 498b4718                       movq 0x18(%r15), %rax
    c1: 4c8b7020                       movq 0x20(%rax), %r14
    c5: 41f6c601                       testb $0x1, %r14b
    c9: 7503                           jne 0x3
    cb: 49ff06                         incq (%r14)
    ce: 4c893c24                       movq %r15, (%rsp)
    d2: 4d897500                       movq %r14, (%r13)
    d6: 488b4010                       movq 0x10(%rax), %rax
    da: a801                           testb $0x1, %al
    dc: 7507                           jne 0x7
    de: 48ff00                         incq (%rax)
    e1: 4d8b7500                       movq (%r13), %r14
    e5: 498d4d10                       leaq 0x10(%r13), %rcx
    e9: 49894508                       movq %rax, 0x8(%r13)
    ed: 4d8d7c24fc                     leaq -0x4(%r12), %r15
    f2: bb3c000000                     movl $0x3c, %ebx
    f7: 41f6c601                       testb $0x1, %r14b
    fb: 0f85a2000000                   jne 0xa2
   101: 48894c2418                     movq %rcx, 0x18(%rsp)
   106: 41837e0808                     cmpl $0x8, 0x8(%r14)
   10b: 0f853d0d0000                   jne 0xd3d
   111: ba01000000                     movl $0x1, %edx
   116: 48896c2408                     movq %rbp, 0x8(%rsp)
   11b: 4889ef                         movq %rbp, %rdi
   11e: 41ff5638                       callq *0x38(%r14)
   122: 488b4c2410                     movq 0x10(%rsp), %rcx
   127: 4889c5                         movq %rax, %rbp
   12a: 488b39                         movq (%rcx), %rdi
   12d: 40f6c701                       testb $0x1, %dil
   131: 750f                           jne 0xf
   133: 48ff0f                         decq (%rdi)
   136: 750a                           jne 0xa
   138: e800000000                     callq 0x0
        # hole +0x139: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   13d: 488b4c2410                     movq 0x10(%rsp), %rcx
   142: 49ff0e                         decq (%r14)
   145: 750d                           jne 0xd
   147: 4c89f7                         movq %r14, %rdi
   14a: e800000000                     callq 0x0
        # hole +0x14b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   14f: 488b4c2410                     movq 0x10(%rsp), %rcx
   154: 4885ed                         testq %rbp, %rbp
   157: 0f84ea070000                   je 0x7ea
   15d: 49896d00                       movq %rbp, (%r13)
   161: 4c8b3c24                       movq (%rsp), %r15
   165: 498b4718                       movq 0x18(%r15), %rax
   169: 488b7818                       movq 0x18(%rax), %rdi
   16d: 48896818                       movq %rbp, 0x18(%rax)
   171: 40f6c701                       testb $0x1, %dil
   175: 7569                           jne 0x69
   177: 48ff0f                         decq (%rdi)
   17a: 488b6c2408                     movq 0x8(%rsp), %rbp
   17f: 7531                           jne 0x31
   181: e800000000                     callq 0x0
        # hole +0x182: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   186: 488b4c2410                     movq 0x10(%rsp), %rcx
   18b: 498b4718                       movq 0x18(%r15), %rax
   18f: 488b7828                       movq 0x28(%rax), %rdi
   193: 40f6c701                       testb $0x1, %dil
   197: 7556                           jne 0x56
   199: eb21                           jmp 0x21
   19b: 4989c4                         movq %rax, %r12
   19e: e95c010000                     jmp 0x15c
   1a3: 4889ce                         movq %rcx, %rsi
   1a6: 4d89fc                         movq %r15, %r12
   1a9: 4c8b3c24                       movq (%rsp), %r15
   1ad: e947010000                     jmp 0x147
   1b2: 488b7828                       movq 0x28(%rax), %rdi
   1b6: 40f6c701                       testb $0x1, %dil
   1ba: 7533                           jne 0x33
   1bc: 48ff07                         incq (%rdi)
   1bf: 49897d00                       movq %rdi, (%r13)
   1c3: 4c8b7030                       movq 0x30(%rax), %r14
   1c7: 41f6c601                       testb $0x1, %r14b
   1cb: 7430                           je 0x30
   1cd: 4c8931                         movq %r14, (%rcx)
   1d0: bb64000000                     movl $0x64, %ebx
   1d5: 40f6c701                       testb $0x1, %dil
   1d9: 743b                           je 0x3b
   1db: e914010000                     jmp 0x114
   1e0: 488b6c2408                     movq 0x8(%rsp), %rbp
   1e5: 488b7828                       movq 0x28(%rax), %rdi
   1e9: 40f6c701                       testb $0x1, %dil
   1ed: 74cd                           je -0x33
   1ef: 49897d00                       movq %rdi, (%r13)
   1f3: 4c8b7030                       movq 0x30(%rax), %r14
   1f7: 41f6c601                       testb $0x1, %r14b
   1fb: 75d0                           jne -0x30
   1fd: 49ff06                         incq (%r14)
   200: 498b7d00                       movq (%r13), %rdi
   204: 4c8931                         movq %r14, (%rcx)
   207: bb64000000                     movl $0x64, %ebx
   20c: 40f6c701                       testb $0x1, %dil
   210: 0f85de000000                   jne 0xde
   216: 837f0802                       cmpl $0x2, 0x8(%rdi)
   21a: 0f85d4000000                   jne 0xd4
   220: 41f6c601                       testb $0x1, %r14b
   224: 0f85ca000000                   jne 0xca
   22a: 41837e0802                     cmpl $0x2, 0x8(%r14)
   22f: 0f85bf000000                   jne 0xbf
   235: f20f104730                     movsd 0x30(%rdi), %xmm0
   23a: f2410f594630                   mulsd 0x30(%r14), %xmm0
   240: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   246: 48ff0f                         decq (%rdi)
   249: 7505                           jne 0x5
   24b: e800000000                     callq 0x0
        # hole +0x24c: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   250: 49ff0e                         decq (%r14)
   253: 7508                           jne 0x8
   255: 4c89f7                         movq %r14, %rdi
   258: e800000000                     callq 0x0
        # hole +0x259: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   25d: 4889ef                         movq %rbp, %rdi
   260: f20f10442420                   movsd 0x20(%rsp), %xmm0
   266: e800000000                     callq 0x0
        # hole +0x267: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   26b: 4885c0                         testq %rax, %rax
   26e: 0f840f070000                   je 0x70f
   274: 49894500                       movq %rax, (%r13)
   278: 498b4f18                       movq 0x18(%r15), %rcx
   27c: 488b7938                       movq 0x38(%rcx), %rdi
   280: 48894138                       movq %rax, 0x38(%rcx)
   284: 40f6c701                       testb $0x1, %dil
   288: 41be01000000                   movl $0x1, %r14d
   28e: 4c8b442410                     movq 0x10(%rsp), %r8
   293: 7513                           jne 0x13
   295: 48ff0f                         decq (%rdi)
   298: 750e                           jne 0xe
   29a: e800000000                     callq 0x0
        # hole +0x29b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   29f: 4c8b442410                     movq 0x10(%rsp), %r8
   2a4: 498b4f18                       movq 0x18(%r15), %rcx
   2a8: 488b4140                       movq 0x40(%rcx), %rax
   2ac: a801                           testb $0x1, %al
   2ae: 7503                           jne 0x3
   2b0: 48ff00                         incq (%rax)
   2b3: 49894500                       movq %rax, (%r13)
   2b7: 488b5148                       movq 0x48(%rcx), %rdx
   2bb: f6c201                         testb $0x1, %dl
   2be: 488b7c2418                     movq 0x18(%rsp), %rdi
   2c3: 7507                           jne 0x7
   2c5: 48ff02                         incq (%rdx)
   2c8: 498b4500                       movq (%r13), %rax
   2cc: 89c6                           movl %eax, %esi
   2ce: 83e601                         andl $0x1, %esi
   2d1: 498910                         movq %rdx, (%r8)
   2d4: 4885f6                         testq %rsi, %rsi
   2d7: 0f94c3                         sete %bl
   2da: f6c201                         testb $0x1, %dl
   2dd: 400f94c6                       sete %sil
   2e1: 4008de                         orb %bl, %sil
   2e4: 7432                           je 0x32
   2e6: 4983c405                       addq $0x5, %r12
   2ea: bb96000000                     movl $0x96, %ebx
   2ef: 4889fe                         movq %rdi, %rsi
   2f2: eb0b                           jmp 0xb
   2f4: 488b742418                     movq 0x18(%rsp), %rsi
   2f9: 41be01000000                   movl $0x1, %r14d
   2ff: 4c89ff                         movq %r15, %rdi
   302: 4889ea                         movq %rbp, %rdx
   305: 4489f1                         movl %r14d, %ecx
   308: 4d89e0                         movq %r12, %r8
   30b: 4989d9                         movq %rbx, %r9
   30e: 4883c430                       addq $0x30, %rsp
   312: 5d                             popq %rbp
   313: e900000000                     jmp 0x0
        # hole +0x314: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   318: 48d1f8                         sarq %rax
   31b: 48d1fa                         sarq %rdx
   31e: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x320: R_X86_64_64 Abs64 symbol:tf_True+0
   328: 48bf0000000000000000           movabsq $0x0, %rdi
        # hole +0x32a: R_X86_64_64 Abs64 symbol:tf_False+0
   332: 4839d0                         cmpq %rdx, %rax
   335: 480f4cfe                       cmovlq %rsi, %rdi
   339: 49897d00                       movq %rdi, (%r13)
   33d: 0f8d56060000                   jge 0x656
   343: 488b7950                       movq 0x50(%rcx), %rdi
   347: 40f6c701                       testb $0x1, %dil
   34b: 7503                           jne 0x3
   34d: 48ff07                         incq (%rdi)
   350: 49897d00                       movq %rdi, (%r13)
   354: 4c8b7158                       movq 0x58(%rcx), %r14
   358: 41f6c601                       testb $0x1, %r14b
   35c: 7507                           jne 0x7
   35e: 49ff06                         incq (%r14)
   361: 498b7d00                       movq (%r13), %rdi
   365: 4d8930                         movq %r14, (%r8)
   368: 498d44240a                     leaq 0xa(%r12), %rax
   36d: bbc8000000                     movl $0xc8, %ebx
   372: 40f6c701                       testb $0x1, %dil
   376: 0f85dd000000                   jne 0xdd
   37c: 837f0802                       cmpl $0x2, 0x8(%rdi)
   380: 0f85d3000000                   jne 0xd3
   386: 41f6c601                       testb $0x1, %r14b
   38a: 0f85c9000000                   jne 0xc9
   390: 41837e0802                     cmpl $0x2, 0x8(%r14)
   395: 0f85be000000                   jne 0xbe
   39b: f20f104730                     movsd 0x30(%rdi), %xmm0
   3a0: f2410f594630                   mulsd 0x30(%r14), %xmm0
   3a6: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   3ac: 48ff0f                         decq (%rdi)
   3af: 7505                           jne 0x5
   3b1: e800000000                     callq 0x0
        # hole +0x3b2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3b6: 49ff0e                         decq (%r14)
   3b9: 7508                           jne 0x8
   3bb: 4c89f7                         movq %r14, %rdi
   3be: e800000000                     callq 0x0
        # hole +0x3bf: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   3c3: 4889ef                         movq %rbp, %rdi
   3c6: f20f10442420                   movsd 0x20(%rsp), %xmm0
   3cc: e800000000                     callq 0x0
        # hole +0x3cd: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   3d1: 4885c0                         testq %rax, %rax
   3d4: 0f8421090000                   je 0x921
   3da: 49894500                       movq %rax, (%r13)
   3de: 498b4f18                       movq 0x18(%r15), %rcx
   3e2: 488b7960                       movq 0x60(%rcx), %rdi
   3e6: 48894160                       movq %rax, 0x60(%rcx)
   3ea: 40f6c701                       testb $0x1, %dil
   3ee: 41be01000000                   movl $0x1, %r14d
   3f4: 4c8b442410                     movq 0x10(%rsp), %r8
   3f9: 7513                           jne 0x13
   3fb: 48ff0f                         decq (%rdi)
   3fe: 750e                           jne 0xe
   400: e800000000                     callq 0x0
        # hole +0x401: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   405: 4c8b442410                     movq 0x10(%rsp), %r8
   40a: 498b4f18                       movq 0x18(%r15), %rcx
   40e: 488b5168                       movq 0x68(%rcx), %rdx
   412: f6c201                         testb $0x1, %dl
   415: 7503                           jne 0x3
   417: 48ff02                         incq (%rdx)
   41a: 49895500                       movq %rdx, (%r13)
   41e: 488b4170                       movq 0x70(%rcx), %rax
   422: a801                           testb $0x1, %al
   424: 488b7c2418                     movq 0x18(%rsp), %rdi
   429: 7507                           jne 0x7
   42b: 48ff00                         incq (%rax)
   42e: 498b5500                       movq (%r13), %rdx
   432: 89d6                           movl %edx, %esi
   434: 83e601                         andl $0x1, %esi
   437: 498900                         movq %rax, (%r8)
   43a: 4885f6                         testq %rsi, %rsi
   43d: 0f94c3                         sete %bl
   440: a801                           testb $0x1, %al
   442: 400f94c6                       sete %sil
   446: 4008de                         orb %bl, %sil
   449: 741b                           je 0x1b
   44b: 4983c40f                       addq $0xf, %r12
   44f: bbfa000000                     movl $0xfa, %ebx
   454: e996feffff                     jmp -0x16a
   459: 488b742418                     movq 0x18(%rsp), %rsi
   45e: 4989c4                         movq %rax, %r12
   461: e993feffff                     jmp -0x16d
   466: 48d1fa                         sarq %rdx
   469: 48d1f8                         sarq %rax
   46c: 498d742410                     leaq 0x10(%r12), %rsi
   471: 480fafc2                       imulq %rdx, %rax
   475: bb04010000                     movl $0x104, %ebx
   47a: 0f809d080000                   jo 0x89d
   480: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
   48a: 488d1428                       leaq (%rax,%rbp), %rdx
   48e: 4885d2                         testq %rdx, %rdx
   491: 0f898e080000                   jns 0x88e
   497: 488d044501000000               leaq 0x1(,%rax,2), %rax
   49f: 49894500                       movq %rax, (%r13)
   4a3: 488b7978                       movq 0x78(%rcx), %rdi
   4a7: 48894178                       movq %rax, 0x78(%rcx)
   4ab: 40f6c701                       testb $0x1, %dil
   4af: 7513                           jne 0x13
   4b1: 48ff0f                         decq (%rdi)
   4b4: 750e                           jne 0xe
   4b6: e800000000                     callq 0x0
        # hole +0x4b7: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   4bb: 4c8b442410                     movq 0x10(%rsp), %r8
   4c0: 498b4f18                       movq 0x18(%r15), %rcx
   4c4: 488b9180000000                 movq 0x80(%rcx), %rdx
   4cb: f6c201                         testb $0x1, %dl
   4ce: 7503                           jne 0x3
   4d0: 48ff02                         incq (%rdx)
   4d3: 49895500                       movq %rdx, (%r13)
   4d7: 488b8188000000                 movq 0x88(%rcx), %rax
   4de: a801                           testb $0x1, %al
   4e0: 488b7c2418                     movq 0x18(%rsp), %rdi
   4e5: 7507                           jne 0x7
   4e7: 48ff00                         incq (%rax)
   4ea: 498b5500                       movq (%r13), %rdx
   4ee: 89d6                           movl %edx, %esi
   4f0: 83e601                         andl $0x1, %esi
   4f3: 498900                         movq %rax, (%r8)
   4f6: 4885f6                         testq %rsi, %rsi
   4f9: 0f94c3                         sete %bl
   4fc: a801                           testb $0x1, %al
   4fe: 400f94c6                       sete %sil
   502: 4008de                         orb %bl, %sil
   505: 740e                           je 0xe
   507: 4983c414                       addq $0x14, %r12
   50b: bb2c010000                     movl $0x12c, %ebx
   510: e9a6000000                     jmp 0xa6
   515: 48d1fa                         sarq %rdx
   518: 48d1f8                         sarq %rax
   51b: 498d742415                     leaq 0x15(%r12), %rsi
   520: 480fafc2                       imulq %rdx, %rax
   524: bb36010000                     movl $0x136, %ebx
   529: 0f80ee070000                   jo 0x7ee
   52f: 488d1428                       leaq (%rax,%rbp), %rdx
   533: 4885d2                         testq %rdx, %rdx
   536: 0f89e9070000                   jns 0x7e9
   53c: 488d044501000000               leaq 0x1(,%rax,2), %rax
   544: 49894500                       movq %rax, (%r13)
   548: 488bb990000000                 movq 0x90(%rcx), %rdi
   54f: 48898190000000                 movq %rax, 0x90(%rcx)
   556: 40f6c701                       testb $0x1, %dil
   55a: 7513                           jne 0x13
   55c: 48ff0f                         decq (%rdi)
   55f: 750e                           jne 0xe
   561: e800000000                     callq 0x0
        # hole +0x562: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   566: 4c8b442410                     movq 0x10(%rsp), %r8
   56b: 498b4f18                       movq 0x18(%r15), %rcx
   56f: 488b9198000000                 movq 0x98(%rcx), %rdx
   576: f6c201                         testb $0x1, %dl
   579: 7503                           jne 0x3
   57b: 48ff02                         incq (%rdx)
   57e: 49895500                       movq %rdx, (%r13)
   582: 488b81a0000000                 movq 0xa0(%rcx), %rax
   589: a801                           testb $0x1, %al
   58b: 488b7c2418                     movq 0x18(%rsp), %rdi
   590: 7507                           jne 0x7
   592: 48ff00                         incq (%rax)
   595: 498b5500                       movq (%r13), %rdx
   599: 89d6                           movl %edx, %esi
   59b: 83e601                         andl $0x1, %esi
   59e: 498900                         movq %rax, (%r8)
   5a1: 4885f6                         testq %rsi, %rsi
   5a4: 0f94c3                         sete %bl
   5a7: a801                           testb $0x1, %al
   5a9: 400f94c6                       sete %sil
   5ad: 4008de                         orb %bl, %sil
   5b0: 7416                           je 0x16
   5b2: 4983c419                       addq $0x19, %r12
   5b6: bb5e010000                     movl $0x15e, %ebx
   5bb: 4889fe                         movq %rdi, %rsi
   5be: 488b6c2408                     movq 0x8(%rsp), %rbp
   5c3: e937fdffff                     jmp -0x2c9
   5c8: 48d1fa                         sarq %rdx
   5cb: 48d1f8                         sarq %rax
   5ce: 498d74241a                     leaq 0x1a(%r12), %rsi
   5d3: 480fafc2                       imulq %rdx, %rax
   5d7: bb68010000                     movl $0x168, %ebx
   5dc: 0f803b070000                   jo 0x73b
   5e2: 488d1428                       leaq (%rax,%rbp), %rdx
   5e6: 4885d2                         testq %rdx, %rdx
   5e9: 0f8936070000                   jns 0x736
   5ef: 488d044501000000               leaq 0x1(,%rax,2), %rax
   5f7: 49894500                       movq %rax, (%r13)
   5fb: 488bb9a8000000                 movq 0xa8(%rcx), %rdi
   602: 488981a8000000                 movq %rax, 0xa8(%rcx)
   609: 40f6c701                       testb $0x1, %dil
   60d: 7518                           jne 0x18
   60f: 48ff0f                         decq (%rdi)
   612: 4c89c6                         movq %r8, %rsi
   615: 7513                           jne 0x13
   617: e800000000                     callq 0x0
        # hole +0x618: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   61c: 488b742410                     movq 0x10(%rsp), %rsi
   621: 498b4f18                       movq 0x18(%r15), %rcx
   625: eb03                           jmp 0x3
   627: 4c89c6                         movq %r8, %rsi
   62a: 49c745003d000000               movq $0x3d, (%r13)
   632: 488bb9b0000000                 movq 0xb0(%rcx), %rdi
   639: 48c781b00000003d000000         movq $0x3d, 0xb0(%rcx)
   644: 40f6c701                       testb $0x1, %dil
   648: 7513                           jne 0x13
   64a: 48ff0f                         decq (%rdi)
   64d: 750e                           jne 0xe
   64f: e800000000                     callq 0x0
        # hole +0x650: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   654: 488b742410                     movq 0x10(%rsp), %rsi
   659: 498b4f18                       movq 0x18(%r15), %rcx
   65d: 488bb9b8000000                 movq 0xb8(%rcx), %rdi
   664: 40f6c701                       testb $0x1, %dil
   668: 0f85a7020000                   jne 0x2a7
   66e: 48ff07                         incq (%rdi)
   671: 49897d00                       movq %rdi, (%r13)
   675: 498d44241f                     leaq 0x1f(%r12), %rax
   67a: 837f0807                       cmpl $0x7, 0x8(%rdi)
   67e: bb9a010000                     movl $0x19a, %ebx
   683: 0f85b1020000                   jne 0x2b1
   689: 488b5730                       movq 0x30(%rdi), %rdx
   68d: 48817a30bb6e0800               cmpq $0x86ebb, 0x30(%rdx)
   695: 0f859f020000                   jne 0x29f
   69b: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   6a0: 0f82ce060000                   jb 0x6ce
   6a6: 488b4748                       movq 0x48(%rdi), %rax
   6aa: a801                           testb $0x1, %al
   6ac: 7503                           jne 0x3
   6ae: 48ff00                         incq (%rax)
   6b1: 49894500                       movq %rax, (%r13)
   6b5: 48ff0f                         decq (%rdi)
   6b8: 750d                           jne 0xd
   6ba: e800000000                     callq 0x0
        # hole +0x6bb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6bf: 488b0424                       movq (%rsp), %rax
   6c3: 488b4818                       movq 0x18(%rax), %rcx
   6c7: 498b4500                       movq (%r13), %rax
   6cb: 488bb9c0000000                 movq 0xc0(%rcx), %rdi
   6d2: 488981c0000000                 movq %rax, 0xc0(%rcx)
   6d9: 40f6c701                       testb $0x1, %dil
   6dd: 7512                           jne 0x12
   6df: 48ff0f                         decq (%rdi)
   6e2: 750d                           jne 0xd
   6e4: e800000000                     callq 0x0
        # hole +0x6e5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   6e9: 488b0424                       movq (%rsp), %rax
   6ed: 488b4818                       movq 0x18(%rax), %rcx
   6f1: 488b81e0000000                 movq 0xe0(%rcx), %rax
   6f8: a801                           testb $0x1, %al
   6fa: 7503                           jne 0x3
   6fc: 48ff00                         incq (%rax)
   6ff: 49894500                       movq %rax, (%r13)
   703: 488b81c8000000                 movq 0xc8(%rcx), %rax
   70a: a801                           testb $0x1, %al
   70c: 7503                           jne 0x3
   70e: 48ff00                         incq (%rax)
   711: 488b542410                     movq 0x10(%rsp), %rdx
   716: 488902                         movq %rax, (%rdx)
   719: 488b89d0000000                 movq 0xd0(%rcx), %rcx
   720: f6c101                         testb $0x1, %cl
   723: 7503                           jne 0x3
   725: 48ff01                         incq (%rcx)
   728: 498d4518                       leaq 0x18(%r13), %rax
   72c: 49894d10                       movq %rcx, 0x10(%r13)
   730: 4d8b7500                       movq (%r13), %r14
   734: 498d4c2425                     leaq 0x25(%r12), %rcx
   739: bbd6010000                     movl $0x1d6, %ebx
   73e: 41f6c601                       testb $0x1, %r14b
   742: 0f8519020000                   jne 0x219
   748: 48894c2428                     movq %rcx, 0x28(%rsp)
   74d: 41837e0808                     cmpl $0x8, 0x8(%r14)
   752: 0f850e070000                   jne 0x70e
   758: ba02000000                     movl $0x2, %edx
   75d: 488b7c2408                     movq 0x8(%rsp), %rdi
   762: 4c8b7c2410                     movq 0x10(%rsp), %r15
   767: 4c89fe                         movq %r15, %rsi
   76a: 41ff5638                       callq *0x38(%r14)
   76e: 4889442420                     movq %rax, 0x20(%rsp)
   773: 498b3f                         movq (%r15), %rdi
   776: 40f6c701                       testb $0x1, %dil
   77a: 750a                           jne 0xa
   77c: 48ff0f                         decq (%rdi)
   77f: 7505                           jne 0x5
   781: e800000000                     callq 0x0
        # hole +0x782: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   786: 498b7d10                       movq 0x10(%r13), %rdi
   78a: 40f6c701                       testb $0x1, %dil
   78e: 750a                           jne 0xa
   790: 48ff0f                         decq (%rdi)
   793: 7505                           jne 0x5
   795: e800000000                     callq 0x0
        # hole +0x796: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   79a: 49ff0e                         decq (%r14)
   79d: 7508                           jne 0x8
   79f: 4c89f7                         movq %r14, %rdi
   7a2: e800000000                     callq 0x0
        # hole +0x7a3: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7a7: 48837c242000                   cmpq $0x0, 0x20(%rsp)
   7ad: 0f841f060000                   je 0x61f
   7b3: 488b4c2420                     movq 0x20(%rsp), %rcx
   7b8: 49894d00                       movq %rcx, (%r13)
   7bc: 488b0424                       movq (%rsp), %rax
   7c0: 488b4018                       movq 0x18(%rax), %rax
   7c4: 488bb8d8000000                 movq 0xd8(%rax), %rdi
   7cb: 488988d8000000                 movq %rcx, 0xd8(%rax)
   7d2: 40f6c701                       testb $0x1, %dil
   7d6: 7512                           jne 0x12
   7d8: 48ff0f                         decq (%rdi)
   7db: 750d                           jne 0xd
   7dd: e800000000                     callq 0x0
        # hole +0x7de: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   7e2: 488b0424                       movq (%rsp), %rax
   7e6: 488b4018                       movq 0x18(%rax), %rax
   7ea: 488bb8e8000000                 movq 0xe8(%rax), %rdi
   7f1: 40f6c701                       testb $0x1, %dil
   7f5: 7503                           jne 0x3
   7f7: 48ff07                         incq (%rdi)
   7fa: 49897d00                       movq %rdi, (%r13)
   7fe: 4c8bb0f0000000                 movq 0xf0(%rax), %r14
   805: 41f6c601                       testb $0x1, %r14b
   809: 7507                           jne 0x7
   80b: 49ff06                         incq (%r14)
   80e: 498b7d00                       movq (%r13), %rdi
   812: 488b442410                     movq 0x10(%rsp), %rax
   817: 4c8930                         movq %r14, (%rax)
   81a: 498d442429                     leaq 0x29(%r12), %rax
   81f: bbfe010000                     movl $0x1fe, %ebx
   824: 40f6c701                       testb $0x1, %dil
   828: 0f8543010000                   jne 0x143
   82e: 837f0802                       cmpl $0x2, 0x8(%rdi)
   832: 0f8539010000                   jne 0x139
   838: 41f6c601                       testb $0x1, %r14b
   83c: 0f852f010000                   jne 0x12f
   842: 41837e0802                     cmpl $0x2, 0x8(%r14)
   847: 0f8524010000                   jne 0x124
   84d: f20f104730                     movsd 0x30(%rdi), %xmm0
   852: f2410f594630                   mulsd 0x30(%r14), %xmm0
   858: f20f11442420                   movsd %xmm0, 0x20(%rsp)
   85e: 48ff0f                         decq (%rdi)
   861: 7505                           jne 0x5
   863: e800000000                     callq 0x0
        # hole +0x864: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   868: 49ff0e                         decq (%r14)
   86b: 7508                           jne 0x8
   86d: 4c89f7                         movq %r14, %rdi
   870: e800000000                     callq 0x0
        # hole +0x871: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   875: 488b7c2408                     movq 0x8(%rsp), %rdi
   87a: f20f10442420                   movsd 0x20(%rsp), %xmm0
   880: e800000000                     callq 0x0
        # hole +0x881: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   885: 4885c0                         testq %rax, %rax
   888: 0f8457050000                   je 0x557
   88e: 49894500                       movq %rax, (%r13)
   892: 488b0c24                       movq (%rsp), %rcx
   896: 488b4918                       movq 0x18(%rcx), %rcx
   89a: 488bb9f8000000                 movq 0xf8(%rcx), %rdi
   8a1: 488981f8000000                 movq %rax, 0xf8(%rcx)
   8a8: 40f6c701                       testb $0x1, %dil
   8ac: 7512                           jne 0x12
   8ae: 48ff0f                         decq (%rdi)
   8b1: 750d                           jne 0xd
   8b3: e800000000                     callq 0x0
        # hole +0x8b4: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   8b8: 488b0424                       movq (%rsp), %rax
   8bc: 488b4818                       movq 0x18(%rax), %rcx
   8c0: 488b9100010000                 movq 0x100(%rcx), %rdx
   8c7: f6c201                         testb $0x1, %dl
   8ca: 7503                           jne 0x3
   8cc: 48ff02                         incq (%rdx)
   8cf: 49895500                       movq %rdx, (%r13)
   8d3: 488b8108010000                 movq 0x108(%rcx), %rax
   8da: a801                           testb $0x1, %al
   8dc: 7507                           jne 0x7
   8de: 48ff00                         incq (%rax)
   8e1: 498b5500                       movq (%r13), %rdx
   8e5: 89d6                           movl %edx, %esi
   8e7: 83e601                         andl $0x1, %esi
   8ea: 488b7c2410                     movq 0x10(%rsp), %rdi
   8ef: 488907                         movq %rax, (%rdi)
   8f2: 4885f6                         testq %rsi, %rsi
   8f5: 0f94c3                         sete %bl
   8f8: a801                           testb $0x1, %al
   8fa: 400f94c6                       sete %sil
   8fe: 4008de                         orb %bl, %sil
   901: 0f84a9000000                   je 0xa9
   907: 4983c42e                       addq $0x2e, %r12
   90b: bb30020000                     movl $0x230, %ebx
   910: e941010000                     jmp 0x141
   915: 49897d00                       movq %rdi, (%r13)
   919: 4983c41f                       addq $0x1f, %r12
   91d: bb9a010000                     movl $0x19a, %ebx
   922: 488b6c2408                     movq 0x8(%rsp), %rbp
   927: e9d3f9ffff                     jmp -0x62d
   92c: 4983c4f8                       addq $-0x8, %r12
   930: bb14000000                     movl $0x14, %ebx
   935: e9c5f9ffff                     jmp -0x63b
   93a: 4989c4                         movq %rax, %r12
   93d: 488b6c2408                     movq 0x8(%rsp), %rbp
   942: e9b8f9ffff                     jmp -0x648
   947: 4c89ee                         movq %r13, %rsi
   94a: 41be03000000                   movl $0x3, %r14d
   950: 4d89fc                         movq %r15, %r12
   953: 488b6c2408                     movq 0x8(%rsp), %rbp
   958: 4c8b3c24                       movq (%rsp), %r15
   95c: e99ef9ffff                     jmp -0x662
   961: 4889c6                         movq %rax, %rsi
   964: 4989cc                         movq %rcx, %r12
   967: 488b6c2408                     movq 0x8(%rsp), %rbp
   96c: e938f8ffff                     jmp -0x7c8
   971: 488b742418                     movq 0x18(%rsp), %rsi
   976: 4989c4                         movq %rax, %r12
   979: 488b6c2408                     movq 0x8(%rsp), %rbp
   97e: e926f8ffff                     jmp -0x7da
   983: 49ffc4                         incq %r12
   986: bb6e000000                     movl $0x6e, %ebx
   98b: 4c89ee                         movq %r13, %rsi
   98e: 41be03000000                   movl $0x3, %r14d
   994: e966f9ffff                     jmp -0x69a
   999: 4983c407                       addq $0x7, %r12
   99d: bbaa000000                     movl $0xaa, %ebx
   9a2: 41be02000000                   movl $0x2, %r14d
   9a8: 4c89c6                         movq %r8, %rsi
   9ab: e94ff9ffff                     jmp -0x6b1
   9b0: 48d1fa                         sarq %rdx
   9b3: 48d1f8                         sarq %rax
   9b6: 498d74242f                     leaq 0x2f(%r12), %rsi
   9bb: 480fafc2                       imulq %rdx, %rax
   9bf: bb3a020000                     movl $0x23a, %ebx
   9c4: 0f8032040000                   jo 0x432
   9ca: 488d1428                       leaq (%rax,%rbp), %rdx
   9ce: 4885d2                         testq %rdx, %rdx
   9d1: 0f8925040000                   jns 0x425
   9d7: 488d044501000000               leaq 0x1(,%rax,2), %rax
   9df: 49894500                       movq %rax, (%r13)
   9e3: 488bb910010000                 movq 0x110(%rcx), %rdi
   9ea: 48898110010000                 movq %rax, 0x110(%rcx)
   9f1: 40f6c701                       testb $0x1, %dil
   9f5: 7512                           jne 0x12
   9f7: 48ff0f                         decq (%rdi)
   9fa: 750d                           jne 0xd
   9fc: e800000000                     callq 0x0
        # hole +0x9fd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   a01: 488b0424                       movq (%rsp), %rax
   a05: 488b4818                       movq 0x18(%rax), %rcx
   a09: 488b8118010000                 movq 0x118(%rcx), %rax
   a10: a801                           testb $0x1, %al
   a12: 7503                           jne 0x3
   a14: 48ff00                         incq (%rax)
   a17: 49894500                       movq %rax, (%r13)
   a1b: 488b9120010000                 movq 0x120(%rcx), %rdx
   a22: f6c201                         testb $0x1, %dl
   a25: 7507                           jne 0x7
   a27: 48ff02                         incq (%rdx)
   a2a: 498b4500                       movq (%r13), %rax
   a2e: 89c6                           movl %eax, %esi
   a30: 83e601                         andl $0x1, %esi
   a33: 488b7c2410                     movq 0x10(%rsp), %rdi
   a38: 488917                         movq %rdx, (%rdi)
   a3b: 4885f6                         testq %rsi, %rsi
   a3e: 0f94c3                         sete %bl
   a41: f6c201                         testb $0x1, %dl
   a44: 400f94c6                       sete %sil
   a48: 4008de                         orb %bl, %sil
   a4b: 7418                           je 0x18
   a4d: 4983c433                       addq $0x33, %r12
   a51: bb62020000                     movl $0x262, %ebx
   a56: 488b742418                     movq 0x18(%rsp), %rsi
   a5b: 488b6c2408                     movq 0x8(%rsp), %rbp
   a60: e944f7ffff                     jmp -0x8bc
   a65: 48d1f8                         sarq %rax
   a68: 48d1fa                         sarq %rdx
   a6b: 4801c2                         addq %rax, %rdx
   a6e: 4889d0                         movq %rdx, %rax
   a71: 4801e8                         addq %rbp, %rax
   a74: 0f8997030000                   jns 0x397
   a7a: 488d045501000000               leaq 0x1(,%rdx,2), %rax
   a82: 49894500                       movq %rax, (%r13)
   a86: 488bb928010000                 movq 0x128(%rcx), %rdi
   a8d: 48898128010000                 movq %rax, 0x128(%rcx)
   a94: 40f6c701                       testb $0x1, %dil
   a98: 7512                           jne 0x12
   a9a: 48ff0f                         decq (%rdi)
   a9d: 750d                           jne 0xd
   a9f: e800000000                     callq 0x0
        # hole +0xaa0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   aa4: 488b0424                       movq (%rsp), %rax
   aa8: 488b4818                       movq 0x18(%rax), %rcx
   aac: 488bb930010000                 movq 0x130(%rcx), %rdi
   ab3: 40f6c701                       testb $0x1, %dil
   ab7: 0f854c020000                   jne 0x24c
   abd: 48ff07                         incq (%rdi)
   ac0: 49897d00                       movq %rdi, (%r13)
   ac4: 498d442437                     leaq 0x37(%r12), %rax
   ac9: 837f0807                       cmpl $0x7, 0x8(%rdi)
   acd: bb8a020000                     movl $0x28a, %ebx
   ad2: 0f8540020000                   jne 0x240
   ad8: 488b5730                       movq 0x30(%rdi), %rdx
   adc: 48817a3081cf0800               cmpq $0x8cf81, 0x30(%rdx)
   ae4: 0f852e020000                   jne 0x22e
   aea: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   aef: 0f842a030000                   je 0x32a
   af5: 488b4740                       movq 0x40(%rdi), %rax
   af9: a801                           testb $0x1, %al
   afb: 7503                           jne 0x3
   afd: 48ff00                         incq (%rax)
   b00: 49894500                       movq %rax, (%r13)
   b04: 48ff0f                         decq (%rdi)
   b07: 750d                           jne 0xd
   b09: e800000000                     callq 0x0
        # hole +0xb0a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b0e: 488b0424                       movq (%rsp), %rax
   b12: 488b4818                       movq 0x18(%rax), %rcx
   b16: 498b4500                       movq (%r13), %rax
   b1a: 488bb938010000                 movq 0x138(%rcx), %rdi
   b21: 48898138010000                 movq %rax, 0x138(%rcx)
   b28: 40f6c701                       testb $0x1, %dil
   b2c: 7512                           jne 0x12
   b2e: 48ff0f                         decq (%rdi)
   b31: 750d                           jne 0xd
   b33: e800000000                     callq 0x0
        # hole +0xb34: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   b38: 488b0424                       movq (%rsp), %rax
   b3c: 488b4818                       movq 0x18(%rax), %rcx
   b40: 488bb940010000                 movq 0x140(%rcx), %rdi
   b47: 40f6c701                       testb $0x1, %dil
   b4b: 0f85e9010000                   jne 0x1e9
   b51: 48ff07                         incq (%rdi)
   b54: 49897d00                       movq %rdi, (%r13)
   b58: 498d44243b                     leaq 0x3b(%r12), %rax
   b5d: 837f0807                       cmpl $0x7, 0x8(%rdi)
   b61: bbb2020000                     movl $0x2b2, %ebx
   b66: 0f85ac010000                   jne 0x1ac
   b6c: 488b5730                       movq 0x30(%rdi), %rdx
   b70: 48817a30d5ef0300               cmpq $0x3efd5, 0x30(%rdx)
   b78: 0f859a010000                   jne 0x19a
   b7e: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   b83: 0f84a4020000                   je 0x2a4
   b89: 488b4740                       movq 0x40(%rdi), %rax
   b8d: a801                           testb $0x1, %al
   b8f: 7503                           jne 0x3
   b91: 48ff00                         incq (%rax)
   b94: 49894500                       movq %rax, (%r13)
   b98: 48ff0f                         decq (%rdi)
   b9b: 750d                           jne 0xd
   b9d: e800000000                     callq 0x0
        # hole +0xb9e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   ba2: 488b0424                       movq (%rsp), %rax
   ba6: 488b4818                       movq 0x18(%rax), %rcx
   baa: 498b4500                       movq (%r13), %rax
   bae: 488bb948010000                 movq 0x148(%rcx), %rdi
   bb5: 48898148010000                 movq %rax, 0x148(%rcx)
   bbc: 40f6c701                       testb $0x1, %dil
   bc0: 7512                           jne 0x12
   bc2: 48ff0f                         decq (%rdi)
   bc5: 750d                           jne 0xd
   bc7: e800000000                     callq 0x0
        # hole +0xbc8: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   bcc: 488b0424                       movq (%rsp), %rax
   bd0: 488b4818                       movq 0x18(%rax), %rcx
   bd4: 4c8bb160010000                 movq 0x160(%rcx), %r14
   bdb: 41f6c601                       testb $0x1, %r14b
   bdf: 7503                           jne 0x3
   be1: 49ff06                         incq (%r14)
   be4: 4d897500                       movq %r14, (%r13)
   be8: 488b8150010000                 movq 0x150(%rcx), %rax
   bef: a801                           testb $0x1, %al
   bf1: 7507                           jne 0x7
   bf3: 48ff00                         incq (%rax)
   bf6: 4d8b7500                       movq (%r13), %r14
   bfa: 488b4c2410                     movq 0x10(%rsp), %rcx
   bff: 488901                         movq %rax, (%rcx)
   c02: 498d442440                     leaq 0x40(%r12), %rax
   c07: 4889442420                     movq %rax, 0x20(%rsp)
   c0c: bbe4020000                     movl $0x2e4, %ebx
   c11: 41f6c601                       testb $0x1, %r14b
   c15: 0f8545010000                   jne 0x145
   c1b: 41837e0808                     cmpl $0x8, 0x8(%r14)
   c20: 0f853a010000                   jne 0x13a
   c26: ba01000000                     movl $0x1, %edx
   c2b: 488b7c2408                     movq 0x8(%rsp), %rdi
   c30: 4c8b7c2410                     movq 0x10(%rsp), %r15
   c35: 4c89fe                         movq %r15, %rsi
   c38: 41ff5638                       callq *0x38(%r14)
   c3c: 4889442428                     movq %rax, 0x28(%rsp)
   c41: 498b3f                         movq (%r15), %rdi
   c44: 40f6c701                       testb $0x1, %dil
   c48: 750a                           jne 0xa
   c4a: 48ff0f                         decq (%rdi)
   c4d: 7505                           jne 0x5
   c4f: e800000000                     callq 0x0
        # hole +0xc50: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   c54: 49ff0e                         decq (%r14)
   c57: 7508                           jne 0x8
   c59: 4c89f7                         movq %r14, %rdi
   c5c: e800000000                     callq 0x0
        # hole +0xc5d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   c61: 48837c242800                   cmpq $0x0, 0x28(%rsp)
   c67: 0f84ce010000                   je 0x1ce
   c6d: 488b4c2428                     movq 0x28(%rsp), %rcx
   c72: 49894d00                       movq %rcx, (%r13)
   c76: 488b0424                       movq (%rsp), %rax
   c7a: 488b4018                       movq 0x18(%rax), %rax
   c7e: 488bb858010000                 movq 0x158(%rax), %rdi
   c85: 48898858010000                 movq %rcx, 0x158(%rax)
   c8c: 40f6c701                       testb $0x1, %dil
   c90: 7512                           jne 0x12
   c92: 48ff0f                         decq (%rdi)
   c95: 750d                           jne 0xd
   c97: e800000000                     callq 0x0
        # hole +0xc98: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   c9c: 488b0424                       movq (%rsp), %rax
   ca0: 488b4018                       movq 0x18(%rax), %rax
   ca4: 488b8868010000                 movq 0x168(%rax), %rcx
   cab: f6c101                         testb $0x1, %cl
   cae: 7503                           jne 0x3
   cb0: 48ff01                         incq (%rcx)
   cb3: 49894d00                       movq %rcx, (%r13)
   cb7: 488b9070010000                 movq 0x170(%rax), %rdx
   cbe: f6c201                         testb $0x1, %dl
   cc1: 7507                           jne 0x7
   cc3: 48ff02                         incq (%rdx)
   cc6: 498b4d00                       movq (%r13), %rcx
   cca: 89ce                           movl %ecx, %esi
   ccc: 83e601                         andl $0x1, %esi
   ccf: 488b7c2410                     movq 0x10(%rsp), %rdi
   cd4: 488917                         movq %rdx, (%rdi)
   cd7: 4885f6                         testq %rsi, %rsi
   cda: 0f94c3                         sete %bl
   cdd: f6c201                         testb $0x1, %dl
   ce0: 400f94c6                       sete %sil
   ce4: 4008de                         orb %bl, %sil
   ce7: 0f8492000000                   je 0x92
   ced: 4983c444                       addq $0x44, %r12
   cf1: bb0c030000                     movl $0x30c, %ebx
   cf6: e95bfdffff                     jmp -0x2a5
   cfb: 4983c40b                       addq $0xb, %r12
   cff: bbd2000000                     movl $0xd2, %ebx
   d04: e982fcffff                     jmp -0x37e
   d09: 49897d00                       movq %rdi, (%r13)
   d0d: 4983c437                       addq $0x37, %r12
   d11: bb8a020000                     movl $0x28a, %ebx
   d16: eb2f                           jmp 0x2f
   d18: 4989c4                         movq %rax, %r12
   d1b: eb2a                           jmp 0x2a
   d1d: 4989f4                         movq %rsi, %r12
   d20: e996f8ffff                     jmp -0x76a
   d25: 488b442418                     movq 0x18(%rsp), %rax
   d2a: 4989f4                         movq %rsi, %r12
   d2d: 4889c6                         movq %rax, %rsi
   d30: 488b6c2408                     movq 0x8(%rsp), %rbp
   d35: e9c5f5ffff                     jmp -0xa3b
   d3a: 49897d00                       movq %rdi, (%r13)
   d3e: 4983c43b                       addq $0x3b, %r12
   d42: bbb2020000                     movl $0x2b2, %ebx
   d47: 488b6c2408                     movq 0x8(%rsp), %rbp
   d4c: 4c8b3c24                       movq (%rsp), %r15
   d50: 41be01000000                   movl $0x1, %r14d
   d56: 488b742410                     movq 0x10(%rsp), %rsi
   d5b: e99ff5ffff                     jmp -0xa61
   d60: 488b742418                     movq 0x18(%rsp), %rsi
   d65: 4c8b642420                     movq 0x20(%rsp), %r12
   d6a: 488b6c2408                     movq 0x8(%rsp), %rbp
   d6f: e935f4ffff                     jmp -0xbcb
   d74: 4983c420                       addq $0x20, %r12
   d78: bba4010000                     movl $0x1a4, %ebx
   d7d: ebc8                           jmp -0x38
   d7f: 48d1f9                         sarq %rcx
   d82: 48d1fa                         sarq %rdx
   d85: 4801ca                         addq %rcx, %rdx
   d88: 4801d5                         addq %rdx, %rbp
   d8b: 0f89c7000000                   jns 0xc7
   d91: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   d99: 49894d00                       movq %rcx, (%r13)
   d9d: 488bb878010000                 movq 0x178(%rax), %rdi
   da4: 48898878010000                 movq %rcx, 0x178(%rax)
   dab: 4983c447                       addq $0x47, %r12
   daf: bb2a030000                     movl $0x32a, %ebx
   db4: 40f6c701                       testb $0x1, %dil
   db8: 750a                           jne 0xa
   dba: 48ff0f                         decq (%rdi)
   dbd: 7505                           jne 0x5
   dbf: e800000000                     callq 0x0
        # hole +0xdc0: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   dc4: 4c89ee                         movq %r13, %rsi
   dc7: 41be02000000                   movl $0x2, %r14d
   dcd: e981fbffff                     jmp -0x47f
   dd2: 4c89ee                         movq %r13, %rsi
   dd5: 41be03000000                   movl $0x3, %r14d
   ddb: 4c8b642428                     movq 0x28(%rsp), %r12
   de0: e96efbffff                     jmp -0x492
   de5: 4983c42a                       addq $0x2a, %r12
   de9: bb08020000                     movl $0x208, %ebx
   dee: 4c89ee                         movq %r13, %rsi
   df1: 41be03000000                   movl $0x3, %r14d
   df7: e957fbffff                     jmp -0x4a9
   dfc: 488b442418                     movq 0x18(%rsp), %rax
   e01: 4989f4                         movq %rsi, %r12
   e04: 4889c6                         movq %rax, %rsi
   e07: 488b6c2408                     movq 0x8(%rsp), %rbp
   e0c: e998f3ffff                     jmp -0xc68
   e11: 4983c434                       addq $0x34, %r12
   e15: bb6c020000                     movl $0x26c, %ebx
   e1a: e937fcffff                     jmp -0x3c9
   e1f: 4983c438                       addq $0x38, %r12
   e23: bb94020000                     movl $0x294, %ebx
   e28: e91affffff                     jmp -0xe6
   e2d: 4983c43c                       addq $0x3c, %r12
   e31: bbbc020000                     movl $0x2bc, %ebx
   e36: e90cffffff                     jmp -0xf4
   e3b: 4c89ee                         movq %r13, %rsi
   e3e: 41be03000000                   movl $0x3, %r14d
   e44: 4c8b642420                     movq 0x20(%rsp), %r12
   e49: e905fbffff                     jmp -0x4fb
   e4e: 488b742418                     movq 0x18(%rsp), %rsi
   e53: e94ef3ffff                     jmp -0xcb2
   e58: 4983c445                       addq $0x45, %r12
   e5c: bb16030000                     movl $0x316, %ebx
   e61: e9f0fbffff                     jmp -0x410
   e66: 4889c6                         movq %rax, %rsi
   e69: 4c8b642428                     movq 0x28(%rsp), %r12
   e6e: 488b6c2408                     movq 0x8(%rsp), %rbp
   e73: e931f3ffff                     jmp -0xccf
