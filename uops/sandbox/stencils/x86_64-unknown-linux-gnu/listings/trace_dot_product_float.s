# stencil dot_product_float for x86_64-unknown-linux-gnu: 1186 code bytes, 0 data bytes, 21 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 4d89f7                         movq %r14, %r15
     8: 498d6d08                       leaq 0x8(%r13), %rbp
     c: 498d5d10                       leaq 0x10(%r13), %rbx
    10: 498d7518                       leaq 0x18(%r13), %rsi
    14: 4889742408                     movq %rsi, 0x8(%rsp)
    19: 498b45f8                       movq -0x8(%r13), %rax
    1d: a801                           testb $0x1, %al
    1f: 0f85e9030000                   jne 0x3e9
    25: 83780804                       cmpl $0x4, 0x8(%rax)
    29: 0f85df030000                   jne 0x3df
    2f: 488b4840                       movq 0x40(%rax), %rcx
    33: 488b5030                       movq 0x30(%rax), %rdx
    37: 488b7838                       movq 0x38(%rax), %rdi
    3b: 4885c9                         testq %rcx, %rcx
    3e: 7e10                           jle 0x10
    40: 4839fa                         cmpq %rdi, %rdx
    43: 7c14                           jl 0x14
    45: e9de030000                     jmp 0x3de
    4a: 660f1f440000                   nopw (%rax,%rax)
    50: 4839fa                         cmpq %rdi, %rdx
    53: 0f8ecf030000                   jle 0x3cf
    59: 4801d1                         addq %rdx, %rcx
    5c: 48894830                       movq %rcx, 0x30(%rax)
    60: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    68: 49894d00                       movq %rcx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7818                       movq 0x18(%rax), %rdi
    75: 48894818                       movq %rcx, 0x18(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7509                           jne 0x9
    7f: 48ff0f                         decq (%rdi)
    82: 0f841c020000                   je 0x21c
    88: 488b4810                       movq 0x10(%rax), %rcx
    8c: f6c101                         testb $0x1, %cl
    8f: 7503                           jne 0x3
    91: 48ff01                         incq (%rcx)
    94: 49894d00                       movq %rcx, (%r13)
    98: 488b38                         movq (%rax), %rdi
    9b: 40f6c701                       testb $0x1, %dil
    9f: 7503                           jne 0x3
    a1: 48ff07                         incq (%rdi)
    a4: 4d89fe                         movq %r15, %r14
    a7: 48897d00                       movq %rdi, (%rbp)
    ab: 488b4818                       movq 0x18(%rax), %rcx
    af: f6c101                         testb $0x1, %cl
    b2: 7507                           jne 0x7
    b4: 48ff01                         incq (%rcx)
    b7: 488b7d00                       movq (%rbp), %rdi
    bb: 48890b                         movq %rcx, (%rbx)
    be: 40f6c701                       testb $0x1, %dil
    c2: 0f850b030000                   jne 0x30b
    c8: f6c101                         testb $0x1, %cl
    cb: 0f8402030000                   je 0x302
    d1: 837f0803                       cmpl $0x3, 0x8(%rdi)
    d5: 0f85f8020000                   jne 0x2f8
    db: 48d1f9                         sarq %rcx
    de: 0f88ef020000                   js 0x2ef
    e4: 483b4f30                       cmpq 0x30(%rdi), %rcx
    e8: 0f8de5020000                   jge 0x2e5
    ee: 488b5740                       movq 0x40(%rdi), %rdx
    f2: 4c8b3cca                       movq (%rdx,%rcx,8), %r15
    f6: 41f6c701                       testb $0x1, %r15b
    fa: 7554                           jne 0x54
    fc: 49ff07                         incq (%r15)
    ff: 48ff0f                         decq (%rdi)
   102: 7551                           jne 0x51
   104: e800000000                     callq 0x0
        # hole +0x105: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   109: 488b742408                     movq 0x8(%rsp), %rsi
   10e: 498b442418                     movq 0x18(%r12), %rax
   113: 4c897d00                       movq %r15, (%rbp)
   117: 488b7808                       movq 0x8(%rax), %rdi
   11b: 40f6c701                       testb $0x1, %dil
   11f: 7442                           je 0x42
   121: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   130: 48893b                         movq %rdi, (%rbx)
   133: 488b4018                       movq 0x18(%rax), %rax
   137: a801                           testb $0x1, %al
   139: 7536                           jne 0x36
   13b: 48ff00                         incq (%rax)
   13e: 488b3b                         movq (%rbx), %rdi
   141: 488906                         movq %rax, (%rsi)
   144: 40f6c701                       testb $0x1, %dil
   148: 7434                           je 0x34
   14a: e99a020000                     jmp 0x29a
   14f: 90                             nop
   150: 48ff0f                         decq (%rdi)
   153: 74af                           je -0x51
   155: 4c897d00                       movq %r15, (%rbp)
   159: 488b7808                       movq 0x8(%rax), %rdi
   15d: 40f6c701                       testb $0x1, %dil
   161: 75cd                           jne -0x33
   163: 48ff07                         incq (%rdi)
   166: 48893b                         movq %rdi, (%rbx)
   169: 488b4018                       movq 0x18(%rax), %rax
   16d: a801                           testb $0x1, %al
   16f: 74ca                           je -0x36
   171: 488906                         movq %rax, (%rsi)
   174: 40f6c701                       testb $0x1, %dil
   178: 0f856b020000                   jne 0x26b
   17e: a801                           testb $0x1, %al
   180: 0f8463020000                   je 0x263
   186: 837f0803                       cmpl $0x3, 0x8(%rdi)
   18a: 0f8559020000                   jne 0x259
   190: 48d1f8                         sarq %rax
   193: 0f8850020000                   js 0x250
   199: 483b4730                       cmpq 0x30(%rdi), %rax
   19d: 0f8d46020000                   jge 0x246
   1a3: 488b4f40                       movq 0x40(%rdi), %rcx
   1a7: 4c8b3cc1                       movq (%rcx,%rax,8), %r15
   1ab: 41f6c701                       testb $0x1, %r15b
   1af: 741f                           je 0x1f
   1b1: 48ff0f                         decq (%rdi)
   1b4: 7422                           je 0x22
   1b6: 4c893b                         movq %r15, (%rbx)
   1b9: 488b7d00                       movq (%rbp), %rdi
   1bd: 40f6c701                       testb $0x1, %dil
   1c1: 7430                           je 0x30
   1c3: e9c1010000                     jmp 0x1c1
   1c8: 0f1f840000000000               nopl (%rax,%rax)
   1d0: 49ff07                         incq (%r15)
   1d3: 48ff0f                         decq (%rdi)
   1d6: 75de                           jne -0x22
   1d8: e800000000                     callq 0x0
        # hole +0x1d9: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1dd: 488b742408                     movq 0x8(%rsp), %rsi
   1e2: 4c893b                         movq %r15, (%rbx)
   1e5: 488b7d00                       movq (%rbp), %rdi
   1e9: 40f6c701                       testb $0x1, %dil
   1ed: 0f8596010000                   jne 0x196
   1f3: 837f0802                       cmpl $0x2, 0x8(%rdi)
   1f7: 0f858c010000                   jne 0x18c
   1fd: 4489f8                         movl %r15d, %eax
   200: 83e001                         andl $0x1, %eax
   203: 0f8580010000                   jne 0x180
   209: 41837f0802                     cmpl $0x2, 0x8(%r15)
   20e: 0f8575010000                   jne 0x175
   214: f20f104730                     movsd 0x30(%rdi), %xmm0
   219: f2410f594730                   mulsd 0x30(%r15), %xmm0
   21f: 48ff0f                         decq (%rdi)
   222: 0f849d000000                   je 0x9d
   228: 49ff0f                         decq (%r15)
   22b: 0f84ac000000                   je 0xac
   231: 4d89f7                         movq %r14, %r15
   234: 4c89f7                         movq %r14, %rdi
   237: e800000000                     callq 0x0
        # hole +0x238: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   23c: 4885c0                         testq %rax, %rax
   23f: 0f8421020000                   je 0x221
   245: 49894508                       movq %rax, 0x8(%r13)
   249: 498b7d00                       movq (%r13), %rdi
   24d: 40f6c701                       testb $0x1, %dil
   251: 0f8550010000                   jne 0x150
   257: 837f0802                       cmpl $0x2, 0x8(%rdi)
   25b: 0f8546010000                   jne 0x146
   261: 89c1                           movl %eax, %ecx
   263: 83e101                         andl $0x1, %ecx
   266: 0f853b010000                   jne 0x13b
   26c: 83780802                       cmpl $0x2, 0x8(%rax)
   270: 0f8531010000                   jne 0x131
   276: f20f104730                     movsd 0x30(%rdi), %xmm0
   27b: f20f584030                     addsd 0x30(%rax), %xmm0
   280: 48ff0f                         decq (%rdi)
   283: 746f                           je 0x6f
   285: 48ff08                         decq (%rax)
   288: 0f8487000000                   je 0x87
   28e: 4c89ff                         movq %r15, %rdi
   291: e800000000                     callq 0x0
        # hole +0x292: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   296: 4885c0                         testq %rax, %rax
   299: 0f8599000000                   jne 0x99
   29f: e9e3010000                     jmp 0x1e3
   2a4: e800000000                     callq 0x0
        # hole +0x2a5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2a9: 488b742408                     movq 0x8(%rsp), %rsi
   2ae: 498b442418                     movq 0x18(%r12), %rax
   2b3: 488b4810                       movq 0x10(%rax), %rcx
   2b7: f6c101                         testb $0x1, %cl
   2ba: 0f84d1fdffff                   je -0x22f
   2c0: e9cffdffff                     jmp -0x231
   2c5: f20f110424                     movsd %xmm0, (%rsp)
   2ca: e800000000                     callq 0x0
        # hole +0x2cb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2cf: f20f100424                     movsd (%rsp), %xmm0
   2d4: 49ff0f                         decq (%r15)
   2d7: 0f8554ffffff                   jne -0xac
   2dd: 4c89ff                         movq %r15, %rdi
   2e0: f20f110424                     movsd %xmm0, (%rsp)
   2e5: e800000000                     callq 0x0
        # hole +0x2e6: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   2ea: f20f100424                     movsd (%rsp), %xmm0
   2ef: e93dffffff                     jmp -0xc3
   2f4: 4989c7                         movq %rax, %r15
   2f7: f20f110424                     movsd %xmm0, (%rsp)
   2fc: e800000000                     callq 0x0
        # hole +0x2fd: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   301: f20f100424                     movsd (%rsp), %xmm0
   306: 4c89f8                         movq %r15, %rax
   309: 4d89f7                         movq %r14, %r15
   30c: 48ff08                         decq (%rax)
   30f: 0f8579ffffff                   jne -0x87
   315: 4889c7                         movq %rax, %rdi
   318: f20f110424                     movsd %xmm0, (%rsp)
   31d: e800000000                     callq 0x0
        # hole +0x31e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   322: f20f100424                     movsd (%rsp), %xmm0
   327: 4c89ff                         movq %r15, %rdi
   32a: e800000000                     callq 0x0
        # hole +0x32b: R_X86_64_PLT32 Rel32 symbol:tf_float_new-4
   32f: 4885c0                         testq %rax, %rax
   332: 0f844f010000                   je 0x14f
   338: 49894500                       movq %rax, (%r13)
   33c: 498b4c2418                     movq 0x18(%r12), %rcx
   341: 488b7910                       movq 0x10(%rcx), %rdi
   345: 48894110                       movq %rax, 0x10(%rcx)
   349: 40f6c701                       testb $0x1, %dil
   34d: 7511                           jne 0x11
   34f: 48ff0f                         decq (%rdi)
   352: 750c                           jne 0xc
   354: e800000000                     callq 0x0
        # hole +0x355: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   359: 0f1f8000000000                 nopl (%rax)
   360: 498b4708                       movq 0x8(%r15), %rax
   364: 48ffc0                         incq %rax
   367: 49894708                       movq %rax, 0x8(%r15)
   36b: 493b4710                       cmpq 0x10(%r15), %rax
   36f: 0f8dc9000000                   jge 0xc9
   375: 49833f00                       cmpq $0x0, (%r15)
   379: 488b742408                     movq 0x8(%rsp), %rsi
   37e: 0f8495fcffff                   je -0x36b
   384: e9bc000000                     jmp 0xbc
   389: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x38b: R_X86_64_64 Abs64 index+0
   393: 4983c00c                       addq $0xc, %r8
   397: 41b978000000                   movl $0x78, %r9d
   39d: b901000000                     movl $0x1, %ecx
   3a2: 4d89f7                         movq %r14, %r15
   3a5: eb1c                           jmp 0x1c
   3a7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3a9: R_X86_64_64 Abs64 index+0
   3b1: 4983c00e                       addq $0xe, %r8
   3b5: 41b98c000000                   movl $0x8c, %r9d
   3bb: b901000000                     movl $0x1, %ecx
   3c0: 4889de                         movq %rbx, %rsi
   3c3: 4c89e7                         movq %r12, %rdi
   3c6: 4c89fa                         movq %r15, %rdx
   3c9: 4883c410                       addq $0x10, %rsp
   3cd: 5d                             popq %rbp
   3ce: e900000000                     jmp 0x0
        # hole +0x3cf: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   3d3: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3d5: R_X86_64_64 Abs64 index+0
   3dd: 4983c008                       addq $0x8, %r8
   3e1: 41b950000000                   movl $0x50, %r9d
   3e7: ebb4                           jmp -0x4c
   3e9: 4983c520                       addq $0x20, %r13
   3ed: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x3ef: R_X86_64_64 Abs64 index+0
   3f7: 4983c00b                       addq $0xb, %r8
   3fb: 41b96e000000                   movl $0x6e, %r9d
   401: b901000000                     movl $0x1, %ecx
   406: 4c89ee                         movq %r13, %rsi
   409: 4d89f7                         movq %r14, %r15
   40c: ebb5                           jmp -0x4b
   40e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x410: R_X86_64_64 Abs64 index+0
   418: 49ffc0                         incq %r8
   41b: 41b90a000000                   movl $0xa, %r9d
   421: b901000000                     movl $0x1, %ecx
   426: eb36                           jmp 0x36
   428: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x42a: R_X86_64_64 Abs64 index+0
   432: 4983c002                       addq $0x2, %r8
   436: 41b914000000                   movl $0x14, %r9d
   43c: eb1b                           jmp 0x1b
   43e: 49c70701000000                 movq $0x1, (%r15)
   445: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x447: R_X86_64_64 Abs64 index+0
   44f: 4983c011                       addq $0x11, %r8
   453: 41b9aa000000                   movl $0xaa, %r9d
   459: b902000000                     movl $0x2, %ecx
   45e: 4c89ee                         movq %r13, %rsi
   461: e95dffffff                     jmp -0xa3
   466: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x468: R_X86_64_64 Abs64 index+0
   470: 4983c00d                       addq $0xd, %r8
   474: 41b982000000                   movl $0x82, %r9d
   47a: b903000000                     movl $0x3, %ecx
   47f: 4889ee                         movq %rbp, %rsi
   482: e93cffffff                     jmp -0xc4
   487: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x489: R_X86_64_64 Abs64 index+0
   491: 4983c00f                       addq $0xf, %r8
   495: 41b996000000                   movl $0x96, %r9d
   49b: b903000000                     movl $0x3, %ecx
   4a0: ebbc                           jmp -0x44
