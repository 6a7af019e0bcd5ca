# stencil attr_loop for x86_64-apple-darwin: 880 code bytes, 16 data bytes, 19 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 498d5d08                       leaq 0x8(%r13), %rbx
     9: 498d6d10                       leaq 0x10(%r13), %rbp
     d: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x10: X86_64_RELOC_GOT_LOAD Rel32 data+4
    14: 498b45f8                       movq -0x8(%r13), %rax
    18: a801                           testb $0x1, %al
    1a: 0f8589020000                   jne 0x289
    20: 83780804                       cmpl $0x4, 0x8(%rax)
    24: 0f857f020000                   jne 0x27f
    2a: 488b4840                       movq 0x40(%rax), %rcx
    2e: 488b5030                       movq 0x30(%rax), %rdx
    32: 488b7038                       movq 0x38(%rax), %rsi
    36: 4885c9                         testq %rcx, %rcx
    39: 7e15                           jle 0x15
    3b: 4839f2                         cmpq %rsi, %rdx
    3e: 7c19                           jl 0x19
    40: e976020000                     jmp 0x276
    45: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8e62020000                   jle 0x262
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
    82: 0f84bd010000                   je 0x1bd
    88: 488b38                         movq (%rax), %rdi
    8b: 40f6c701                       testb $0x1, %dil
    8f: 7503                           jne 0x3
    91: 48ff07                         incq (%rdi)
    94: 49897d00                       movq %rdi, (%r13)
    98: 40f6c701                       testb $0x1, %dil
    9c: 0f85ef010000                   jne 0x1ef
    a2: 837f0807                       cmpl $0x7, 0x8(%rdi)
    a6: 0f85e5010000                   jne 0x1e5
    ac: 4c89f8                         movq %r15, %rax
    af: 488b4f30                       movq 0x30(%rdi), %rcx
    b3: 48394130                       cmpq %rax, 0x30(%rcx)
    b7: 0f85d4010000                   jne 0x1d4
    bd: 488b07                         movq (%rdi), %rax
    c0: 48ffc0                         incq %rax
    c3: 488907                         movq %rax, (%rdi)
    c6: 48893b                         movq %rdi, (%rbx)
    c9: 48837f3800                     cmpq $0x0, 0x38(%rdi)
    ce: 0f841a020000                   je 0x21a
    d4: 488b4f40                       movq 0x40(%rdi), %rcx
    d8: f6c101                         testb $0x1, %cl
    db: 7533                           jne 0x33
    dd: 48ff01                         incq (%rcx)
    e0: 488b07                         movq (%rdi), %rax
    e3: 48890b                         movq %rcx, (%rbx)
    e6: 48ffc8                         decq %rax
    e9: 488907                         movq %rax, (%rdi)
    ec: 752d                           jne 0x2d
    ee: e800000000                     callq 0x0
        # hole +0xef: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    f3: 498b442418                     movq 0x18(%r12), %rax
    f8: 488b7810                       movq 0x10(%rax), %rdi
    fc: 40f6c701                       testb $0x1, %dil
   100: 742c                           je 0x2c
   102: e9cc010000                     jmp 0x1cc
   107: 660f1f840000000000             nopw (%rax,%rax)
   110: 48890b                         movq %rcx, (%rbx)
   113: 48ffc8                         decq %rax
   116: 488907                         movq %rax, (%rdi)
   119: 74d3                           je -0x2d
   11b: 498b442418                     movq 0x18(%r12), %rax
   120: 488b7810                       movq 0x10(%rax), %rdi
   124: 40f6c701                       testb $0x1, %dil
   128: 0f85a5010000                   jne 0x1a5
   12e: 48ff07                         incq (%rdi)
   131: 48897d00                       movq %rdi, (%rbp)
   135: 837f0807                       cmpl $0x7, 0x8(%rdi)
   139: 0f8598010000                   jne 0x198
   13f: 488b4730                       movq 0x30(%rdi), %rax
   143: 4883783003                     cmpq $0x3, 0x30(%rax)
   148: 0f8589010000                   jne 0x189
   14e: 48837f3800                     cmpq $0x0, 0x38(%rdi)
   153: 0f84b3010000                   je 0x1b3
   159: 488b4740                       movq 0x40(%rdi), %rax
   15d: a801                           testb $0x1, %al
   15f: 751f                           jne 0x1f
   161: 48ff00                         incq (%rax)
   164: 48894500                       movq %rax, (%rbp)
   168: 48ff0f                         decq (%rdi)
   16b: 751c                           jne 0x1c
   16d: e800000000                     callq 0x0
        # hole +0x16e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   172: 488b0b                         movq (%rbx), %rcx
   175: f6c101                         testb $0x1, %cl
   178: 751b                           jne 0x1b
   17a: e9e2000000                     jmp 0xe2
   17f: 90                             nop
   180: 48894500                       movq %rax, (%rbp)
   184: 48ff0f                         decq (%rdi)
   187: 74e4                           je -0x1c
   189: 488b0b                         movq (%rbx), %rcx
   18c: f6c101                         testb $0x1, %cl
   18f: 0f84cc000000                   je 0xcc
   195: 488b4500                       movq (%rbp), %rax
   199: a801                           testb $0x1, %al
   19b: 0f84c0000000                   je 0xc0
   1a1: 48d1f9                         sarq %rcx
   1a4: 48d1f8                         sarq %rax
   1a7: 4801c8                         addq %rcx, %rax
   1aa: 4889c1                         movq %rax, %rcx
   1ad: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1b7: 4801d1                         addq %rdx, %rcx
   1ba: 0f8996010000                   jns 0x196
   1c0: 488d044501000000               leaq 0x1(,%rax,2), %rax
   1c8: 498b4d00                       movq (%r13), %rcx
   1cc: 49894d08                       movq %rcx, 0x8(%r13)
   1d0: 49894500                       movq %rax, (%r13)
   1d4: f6c101                         testb $0x1, %cl
   1d7: 0f8549010000                   jne 0x149
   1dd: 83790807                       cmpl $0x7, 0x8(%rcx)
   1e1: 0f853f010000                   jne 0x13f
   1e7: 4883793802                     cmpq $0x2, 0x38(%rcx)
   1ec: 0f8234010000                   jb 0x134
   1f2: 488b7948                       movq 0x48(%rcx), %rdi
   1f6: 48894148                       movq %rax, 0x48(%rcx)
   1fa: 40f6c701                       testb $0x1, %dil
   1fe: 7514                           jne 0x14
   200: 48ff0f                         decq (%rdi)
   203: 750f                           jne 0xf
   205: 48894c2408                     movq %rcx, 0x8(%rsp)
   20a: e800000000                     callq 0x0
        # hole +0x20b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   20f: 488b4c2408                     movq 0x8(%rsp), %rcx
   214: 48ff09                         decq (%rcx)
   217: 7508                           jne 0x8
   219: 4889cf                         movq %rcx, %rdi
   21c: e800000000                     callq 0x0
        # hole +0x21d: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   221: 498b4608                       movq 0x8(%r14), %rax
   225: 48ffc0                         incq %rax
   228: 49894608                       movq %rax, 0x8(%r14)
   22c: 493b4610                       cmpq 0x10(%r14), %rax
   230: 0f8d03010000                   jge 0x103
   236: 49833e00                       cmpq $0x0, (%r14)
   23a: 0f84d4fdffff                   je -0x22c
   240: e9fb000000                     jmp 0xfb
   245: e800000000                     callq 0x0
        # hole +0x246: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   24a: 498b442418                     movq 0x18(%r12), %rax
   24f: 488b38                         movq (%rax), %rdi
   252: 40f6c701                       testb $0x1, %dil
   256: 0f8435feffff                   je -0x1cb
   25c: e933feffff                     jmp -0x1cd
   261: 4983c518                       addq $0x18, %r13
   265: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x268: X86_64_RELOC_GOT_LOAD Rel32 data-4
   26c: 4983c00c                       addq $0xc, %r8
   270: 41b978000000                   movl $0x78, %r9d
   276: b901000000                     movl $0x1, %ecx
   27b: 4c89eb                         movq %r13, %rbx
   27e: 4c89e7                         movq %r12, %rdi
   281: 4889de                         movq %rbx, %rsi
   284: 4c89f2                         movq %r14, %rdx
   287: 4883c410                       addq $0x10, %rsp
   28b: 5d                             popq %rbp
   28c: e900000000                     jmp 0x0
        # hole +0x28d: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   291: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x294: X86_64_RELOC_GOT_LOAD Rel32 data-4
   298: 4983c006                       addq $0x6, %r8
   29c: 41b93c000000                   movl $0x3c, %r9d
   2a2: b901000000                     movl $0x1, %ecx
   2a7: ebd5                           jmp -0x2b
   2a9: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2ac: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2b0: 49ffc0                         incq %r8
   2b3: 41b90a000000                   movl $0xa, %r9d
   2b9: ebbb                           jmp -0x45
   2bb: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2be: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2c2: 4983c002                       addq $0x2, %r8
   2c6: 41b914000000                   movl $0x14, %r9d
   2cc: b902000000                     movl $0x2, %ecx
   2d1: eba8                           jmp -0x58
   2d3: 48897d00                       movq %rdi, (%rbp)
   2d7: 4983c518                       addq $0x18, %r13
   2db: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2de: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2e2: 4983c00a                       addq $0xa, %r8
   2e6: 41b964000000                   movl $0x64, %r9d
   2ec: eb88                           jmp -0x78
   2ee: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2f1: X86_64_RELOC_GOT_LOAD Rel32 data-4
   2f5: 4983c008                       addq $0x8, %r8
   2f9: 41b950000000                   movl $0x50, %r9d
   2ff: b901000000                     movl $0x1, %ecx
   304: 4889eb                         movq %rbp, %rbx
   307: e972ffffff                     jmp -0x8e
   30c: 4983c518                       addq $0x18, %r13
   310: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x313: X86_64_RELOC_GOT_LOAD Rel32 data-4
   317: 4983c00b                       addq $0xb, %r8
   31b: 41b96e000000                   movl $0x6e, %r9d
   321: e950ffffff                     jmp -0xb0
   326: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x329: X86_64_RELOC_GOT_LOAD Rel32 data-4
   32d: 4983c00f                       addq $0xf, %r8
   331: 41b996000000                   movl $0x96, %r9d
   337: ebc6                           jmp -0x3a
   339: 49c70601000000                 movq $0x1, (%r14)
   340: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x343: X86_64_RELOC_GOT_LOAD Rel32 data-4
   347: 4983c010                       addq $0x10, %r8
   34b: 41b9a0000000                   movl $0xa0, %r9d
   351: e976ffffff                     jmp -0x8a
   356: 4983c518                       addq $0x18, %r13
   35a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x35d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   361: 4983c00d                       addq $0xd, %r8
   365: 41b982000000                   movl $0x82, %r9d
   36b: e906ffffff                     jmp -0xfa
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[6]+0
