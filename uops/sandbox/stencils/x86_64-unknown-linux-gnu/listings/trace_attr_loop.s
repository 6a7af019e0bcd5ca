# stencil attr_loop for x86_64-unknown-linux-gnu: 897 code bytes, 0 data bytes, 17 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 498d5d08                       leaq 0x8(%r13), %rbx
     9: 498d6d10                       leaq 0x10(%r13), %rbp
     d: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0xf: R_X86_64_64 Abs64 operand0[6]+0
    17: 498b45f8                       movq -0x8(%r13), %rax
    1b: a801                           testb $0x1, %al
    1d: 0f857c020000                   jne 0x27c
    23: 83780804                       cmpl $0x4, 0x8(%rax)
    27: 0f8572020000                   jne 0x272
    2d: 488b4840                       movq 0x40(%rax), %rcx
    31: 488b5030                       movq 0x30(%rax), %rdx
    35: 488b7038                       movq 0x38(%rax), %rsi
    39: 4885c9                         testq %rcx, %rcx
    3c: 7e12                           jle 0x12
    3e: 4839f2                         cmpq %rsi, %rdx
    41: 7c16                           jl 0x16
    43: e96c020000                     jmp 0x26c
    48: 0f1f840000000000               nopl (%rax,%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8e5b020000                   jle 0x25b
    59: 4801d1                         addq %rdx, %rcx
    5c: 48894830                       movq %rcx, 0x30(%rax)
    60: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    68: 49894d00                       movq %rcx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7808                       movq 0x8(%rax), %rdi
    75: 48894808                       movq %rcx, 0x8(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7509                           jne 0x9
    7f: 48ff0f                         decq (%rdi)
    82: 0f84ad010000                   je 0x1ad
    88: 488b38                         movq (%rax), %rdi
    8b: 40f6c701                       testb $0x1, %dil
    8f: 7503                           jne 0x3
    91: 48ff07                         incq (%rdi)
    94: 49897d00                       movq %rdi, (%r13)
    98: 40f6c701                       testb $0x1, %dil
    9c: 0f85e2010000                   jne 0x1e2
    a2: 837f0807                       cmpl $0x7, 0x8(%rdi)
    a6: 0f85d8010000                   jne 0x1d8
    ac: 4c89f8                         movq %r15, %rax
    af: 488b4f30                       movq 0x30(%rdi), %rcx
    b3: 48394130                       cmpq %rax, 0x30(%rcx)
    b7: 0f85c7010000                   jne 0x1c7
    bd: 48ff07                         incq (%rdi)
    c0: 48893b                         movq %rdi, (%rbx)
    c3: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    c8: 0f8422020000                   je 0x222
    ce: 488b4740                       movq 0x40(%rdi), %rax
    d2: a801                           testb $0x1, %al
    d4: 752a                           jne 0x2a
    d6: 48ff00                         incq (%rax)
    d9: 488903                         movq %rax, (%rbx)
    dc: 48ff0f                         decq (%rdi)
    df: 7527                           jne 0x27
    e1: e800000000                     callq 0x0
        # hole +0xe2: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    e6: 498b442418                     movq 0x18(%r12), %rax
    eb: 488b7810                       movq 0x10(%rax), %rdi
    ef: 40f6c701                       testb $0x1, %dil
    f3: 7426                           je 0x26
    f5: e9d5010000                     jmp 0x1d5
    fa: 660f1f440000                   nopw (%rax,%rax)
   100: 488903                         movq %rax, (%rbx)
   103: 48ff0f                         decq (%rdi)
   106: 74d9                           je -0x27
   108: 498b442418                     movq 0x18(%r12), %rax
   10d: 488b7810                       movq 0x10(%rax), %rdi
   111: 40f6c701                       testb $0x1, %dil
   115: 0f85b4010000                   jne 0x1b4
   11b: 48ff07                         incq (%rdi)
   11e: 48897d00                       movq %rdi, (%rbp)
   122: 837f0807                       cmpl $0x7, 0x8(%rdi)
   126: 0f85a7010000                   jne 0x1a7
   12c: 488b4730                       movq 0x30(%rdi), %rax
   130: 4883783003                     cmpq $0x3, 0x30(%rax)
   135: 0f8598010000                   jne 0x198
   13b: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   140: 0f84cb010000                   je 0x1cb
   146: 488b4740                       movq 0x40(%rdi), %rax
   14a: a801                           testb $0x1, %al
   14c: 7522                           jne 0x22
   14e: 48ff00                         incq (%rax)
   151: 48894500                       movq %rax, (%rbp)
   155: 48ff0f                         decq (%rdi)
   158: 751f                           jne 0x1f
   15a: e800000000                     callq 0x0
        # hole +0x15b: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   15f: 488b0b                         movq (%rbx), %rcx
   162: f6c101                         testb $0x1, %cl
   165: 751e                           jne 0x1e
   167: e9e5000000                     jmp 0xe5
   16c: 0f1f4000                       nopl (%rax)
   170: 48894500                       movq %rax, (%rbp)
   174: 48ff0f                         decq (%rdi)
   177: 74e1                           je -0x1f
   179: 488b0b                         movq (%rbx), %rcx
   17c: f6c101                         testb $0x1, %cl
   17f: 0f84cc000000                   je 0xcc
   185: 488b4500                       movq (%rbp), %rax
   189: a801                           testb $0x1, %al
   18b: 0f84c0000000                   je 0xc0
   191: 48d1f9                         sarq %rcx
   194: 48d1f8                         sarq %rax
   197: 4801c8                         addq %rcx, %rax
   19a: 4889c1                         movq %rax, %rcx
   19d: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1a7: 4801d1                         addq %rdx, %rcx
   1aa: 0f89b4010000                   jns 0x1b4
   1b0: 488d044501000000               leaq 0x1(,%rax,2), %rax
   1b8: 498b4d00                       movq (%r13), %rcx
   1bc: 49894d08                       movq %rcx, 0x8(%r13)
   1c0: 49894500                       movq %rax, (%r13)
   1c4: f6c101                         testb $0x1, %cl
   1c7: 0f8561010000                   jne 0x161
   1cd: 83790807                       cmpl $0x7, 0x8(%rcx)
   1d1: 0f8557010000                   jne 0x157
   1d7: 4883793802                     cmpq $0x2, 0x38(%rcx)
   1dc: 0f824c010000                   jb 0x14c
   1e2: 488b7948                       movq 0x48(%rcx), %rdi
   1e6: 48894148                       movq %rax, 0x48(%rcx)
   1ea: 40f6c701                       testb $0x1, %dil
   1ee: 7514                           jne 0x14
   1f0: 48ff0f                         decq (%rdi)
   1f3: 750f                           jne 0xf
   1f5: 48894c2408                     movq %rcx, 0x8(%rsp)
   1fa: e800000000                     callq 0x0
        # hole +0x1fb: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   1ff: 488b4c2408                     movq 0x8(%rsp), %rcx
   204: 48ff09                         decq (%rcx)
   207: 7508                           jne 0x8
   209: 4889cf                         movq %rcx, %rdi
   20c: e800000000                     callq 0x0
        # hole +0x20d: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   211: 498b4608                       movq 0x8(%r14), %rax
   215: 48ffc0                         incq %rax
   218: 49894608                       movq %rax, 0x8(%r14)
   21c: 493b4610                       cmpq 0x10(%r14), %rax
   220: 0f8d1e010000                   jge 0x11e
   226: 49833e00                       cmpq $0x0, (%r14)
   22a: 0f84e7fdffff                   je -0x219
   230: e916010000                     jmp 0x116
   235: e800000000                     callq 0x0
        # hole +0x236: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   23a: 498b442418                     movq 0x18(%r12), %rax
   23f: 488b38                         movq (%rax), %rdi
   242: 40f6c701                       testb $0x1, %dil
   246: 0f8445feffff                   je -0x1bb
   24c: e943feffff                     jmp -0x1bd
   251: 4983c518                       addq $0x18, %r13
   255: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x257: R_X86_64_64 Abs64 index+0
   25f: 4983c00c                       addq $0xc, %r8
   263: 41b978000000                   movl $0x78, %r9d
   269: b901000000                     movl $0x1, %ecx
   26e: 4c89eb                         movq %r13, %rbx
   271: 4c89e7                         movq %r12, %rdi
   274: 4889de                         movq %rbx, %rsi
   277: 4c89f2                         movq %r14, %rdx
   27a: 4883c410                       addq $0x10, %rsp
   27e: 5d                             popq %rbp
   27f: e900000000                     jmp 0x0
        # hole +0x280: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   284: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x286: R_X86_64_64 Abs64 index+0
   28e: 4983c006                       addq $0x6, %r8
   292: 41b93c000000                   movl $0x3c, %r9d
   298: b901000000                     movl $0x1, %ecx
   29d: ebd2                           jmp -0x2e
   29f: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2a1: R_X86_64_64 Abs64 index+0
   2a9: 49ffc0                         incq %r8
   2ac: 41b90a000000                   movl $0xa, %r9d
   2b2: ebb5                           jmp -0x4b
   2b4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2b6: R_X86_64_64 Abs64 index+0
   2be: 4983c002                       addq $0x2, %r8
   2c2: 41b914000000                   movl $0x14, %r9d
   2c8: b902000000                     movl $0x2, %ecx
   2cd: eb9f                           jmp -0x61
   2cf: 48897d00                       movq %rdi, (%rbp)
   2d3: 4983c518                       addq $0x18, %r13
   2d7: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2d9: R_X86_64_64 Abs64 index+0
   2e1: 4983c00a                       addq $0xa, %r8
   2e5: 41b964000000                   movl $0x64, %r9d
   2eb: e979ffffff                     jmp -0x87
   2f0: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x2f2: R_X86_64_64 Abs64 index+0
   2fa: 4983c008                       addq $0x8, %r8
   2fe: 41b950000000                   movl $0x50, %r9d
   304: b901000000                     movl $0x1, %ecx
   309: 4889eb                         movq %rbp, %rbx
   30c: e960ffffff                     jmp -0xa0
   311: 4983c518                       addq $0x18, %r13
   315: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x317: R_X86_64_64 Abs64 index+0
   31f: 4983c00b                       addq $0xb, %r8
   323: 41b96e000000                   movl $0x6e, %r9d
   329: e93bffffff                     jmp -0xc5
   32e: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x330: R_X86_64_64 Abs64 index+0
   338: 4983c00f                       addq $0xf, %r8
   33c: 41b996000000                   movl $0x96, %r9d
   342: ebc0                           jmp -0x40
   344: 49c70601000000                 movq $0x1, (%r14)
   34b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x34d: R_X86_64_64 Abs64 index+0
   355: 4983c010                       addq $0x10, %r8
   359: 41b9a0000000                   movl $0xa0, %r9d
   35f: e964ffffff                     jmp -0x9c
   364: 4983c518                       addq $0x18, %r13
   368: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x36a: R_X86_64_64 Abs64 index+0
   372: 4983c00d                       addq $0xd, %r8
   376: 41b982000000                   movl $0x82, %r9d
   37c: e9e8feffff                     jmp -0x118
