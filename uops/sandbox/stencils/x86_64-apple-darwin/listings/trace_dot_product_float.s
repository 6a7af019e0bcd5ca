# stencil dot_product_float for x86_64-apple-darwin: 1189 code bytes, 8 data bytes, 22 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 4c89f5                         movq %r14, %rbp
     8: 4c89e3                         movq %r12, %rbx
     b: 4d8d4508                       leaq 0x8(%r13), %r8
     f: 4d8d7510                       leaq 0x10(%r13), %r14
    13: 498d7518                       leaq 0x18(%r13), %rsi
    17: 4889742418                     movq %rsi, 0x18(%rsp)
    1c: 4c89442410                     movq %r8, 0x10(%rsp)
    21: 498b45f8                       movq -0x8(%r13), %rax
    25: a801                           testb $0x1, %al
    27: 0f85f0030000                   jne 0x3f0
    2d: 83780804                       cmpl $0x4, 0x8(%rax)
    31: 0f85e6030000                   jne 0x3e6
    37: 488b4840                       movq 0x40(%rax), %rcx
    3b: 488b5030                       movq 0x30(%rax), %rdx
    3f: 488b7838                       movq 0x38(%rax), %rdi
    43: 4885c9                         testq %rcx, %rcx
    46: 7e18                           jle 0x18
    48: 4839fa                         cmpq %rdi, %rdx
    4b: 7c1c                           jl 0x1c
    4d: e9e2030000                     jmp 0x3e2
    52: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    60: 4839fa                         cmpq %rdi, %rdx
    63: 0f8ecb030000                   jle 0x3cb
    69: 4801d1                         addq %rdx, %rcx
    6c: 48894830                       movq %rcx, 0x30(%rax)
    70: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    78: 49894d00                       movq %rcx, (%r13)
    7c: 488b4318                       movq 0x18(%rbx), %rax
    80: 488b7818                       movq 0x18(%rax), %rdi
    84: 48894818                       movq %rcx, 0x18(%rax)
    88: 40f6c701                       testb $0x1, %dil
    8c: 7505                           jne 0x5
    8e: 48ff0f                         decq (%rdi)
    91: 7436                           je 0x36
    93: 488b4810                       movq 0x10(%rax), %rcx
    97: f6c101                         testb $0x1, %cl
    9a: 7554                           jne 0x54
    9c: 48ff01                         incq (%rcx)
    9f: 49894d00                       movq %rcx, (%r13)
    a3: 488b38                         movq (%rax), %rdi
    a6: 40f6c701                       testb $0x1, %dil
    aa: 7451                           je 0x51
    ac: 498938                         movq %rdi, (%r8)
    af: 488b4818                       movq 0x18(%rax), %rcx
    b3: f6c101                         testb $0x1, %cl
    b6: 7554                           jne 0x54
    b8: 48ff01                         incq (%rcx)
    bb: 49890e                         movq %rcx, (%r14)
    be: 40f6c701                       testb $0x1, %dil
    c2: 7455                           je 0x55
    c4: e91a030000                     jmp 0x31a
    c9: e800000000                     callq 0x0
        # hole +0xca: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    ce: 4c8b442410                     movq 0x10(%rsp), %r8
    d3: 488b742418                     movq 0x18(%rsp), %rsi
    d8: 488b4318                       movq 0x18(%rbx), %rax
    dc: 488b4810                       movq 0x10(%rax), %rcx
    e0: f6c101                         testb $0x1, %cl
    e3: 74b7                           je -0x49
    e5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
    f0: 49894d00                       movq %rcx, (%r13)
    f4: 488b38                         movq (%rax), %rdi
    f7: 40f6c701                       testb $0x1, %dil
    fb: 75af                           jne -0x51
    fd: 48ff07                         incq (%rdi)
   100: 498938                         movq %rdi, (%r8)
   103: 488b4818                       movq 0x18(%rax), %rcx
   107: f6c101                         testb $0x1, %cl
   10a: 74ac                           je -0x54
   10c: 49890e                         movq %rcx, (%r14)
   10f: 40f6c701                       testb $0x1, %dil
   113: 0f85ca020000                   jne 0x2ca
   119: f6c101                         testb $0x1, %cl
   11c: 0f84c1020000                   je 0x2c1
   122: 837f0803                       cmpl $0x3, 0x8(%rdi)
   126: 0f85b7020000                   jne 0x2b7
   12c: 48d1f9                         sarq %rcx
   12f: 0f88ae020000                   js 0x2ae
   135: 483b4f30                       cmpq 0x30(%rdi), %rcx
   139: 0f8da4020000                   jge 0x2a4
   13f: 488b5740                       movq 0x40(%rdi), %rdx
   143: 4c8b3cca                       movq (%rdx,%rcx,8), %r15
   147: 41f6c701                       testb $0x1, %r15b
   14b: 7533                           jne 0x33
   14d: 49ff07                         incq (%r15)
   150: 48ff0f                         decq (%rdi)
   153: 7530                           jne 0x30
   155: e800000000                     callq 0x0
        # hole +0x156: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   15a: 4c8b442410                     movq 0x10(%rsp), %r8
   15f: 488b742418                     movq 0x18(%rsp), %rsi
   164: 488b4318                       movq 0x18(%rbx), %rax
   168: 4d8938                         movq %r15, (%r8)
   16b: 488b7808                       movq 0x8(%rax), %rdi
   16f: 40f6c701                       testb $0x1, %dil
   173: 741d                           je 0x1d
   175: eb1e                           jmp 0x1e
   177: 660f1f840000000000             nopw (%rax,%rax)
   180: 48ff0f                         decq (%rdi)
   183: 74d0                           je -0x30
   185: 4d8938                         movq %r15, (%r8)
   188: 488b7808                       movq 0x8(%rax), %rdi
   18c: 40f6c701                       testb $0x1, %dil
   190: 7503                           jne 0x3
   192: 48ff07                         incq (%rdi)
   195: 4989ec                         movq %rbp, %r12
   198: 49893e                         movq %rdi, (%r14)
   19b: 488b4018                       movq 0x18(%rax), %rax
   19f: a801                           testb $0x1, %al
   1a1: 7503                           jne 0x3
   1a3: 48ff00                         incq (%rax)
   1a6: 488906                         movq %rax, (%rsi)
   1a9: 40f6c701                       testb $0x1, %dil
   1ad: 0f8548020000                   jne 0x248
   1b3: a801                           testb $0x1, %al
   1b5: 0f8440020000                   je 0x240
   1bb: 837f0803                       cmpl $0x3, 0x8(%rdi)
   1bf: 0f8536020000                   jne 0x236
   1c5: 48d1f8                         sarq %rax
   1c8: 0f882d020000                   js 0x22d
   1ce: 483b4730                       cmpq 0x30(%rdi), %rax
   1d2: 0f8d23020000                   jge 0x223
   1d8: 488b4f40                       movq 0x40(%rdi), %rcx
   1dc: 488b2cc1                       movq (%rcx,%rax,8), %rbp
   1e0: 40f6c501                       testb $0x1, %bpl
   1e4: 741a                           je 0x1a
   1e6: 48ff0f                         decq (%rdi)
   1e9: 741e                           je 0x1e
   1eb: 49892e                         movq %rbp, (%r14)
   1ee: 41f6c701                       testb $0x1, %r15b
   1f2: 7434                           je 0x34
   1f4: e9a6010000                     jmp 0x1a6
   1f9: 0f1f8000000000                 nopl (%rax)
   200: 48ff4500                       incq (%rbp)
   204: 48ff0f                         decq (%rdi)
   207: 75e2                           jne -0x1e
   209: e800000000                     callq 0x0
        # hole +0x20a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   20e: 488b742418                     movq 0x18(%rsp), %rsi
   213: 488b442410                     movq 0x10(%rsp), %rax
   218: 4c8b38                         movq (%rax), %r15
   21b: 49892e                         movq %rbp, (%r14)
   21e: 41f6c701                       testb $0x1, %r15b
   222: 0f8577010000                   jne 0x177
   228: 41837f0802                     cmpl $0x2, 0x8(%r15)
   22d: 0f856c010000                   jne 0x16c
   233: 89e8                           movl %ebp, %eax
   235: 83e001                         andl $0x1, %eax
   238: 0f8561010000                   jne 0x161
   23e: 837d0802                       cmpl $0x2, 0x8(%rbp)
   242: 0f8557010000                   jne 0x157
   248: f2410f104730                   movsd 0x30(%r15), %xmm0
   24e: f20f594530                     mulsd 0x30(%rbp), %xmm0
   253: 49ff0f                         decq (%r15)
   256: 7475                           je 0x75
   258: 48ff4d00                       decq (%rbp)
   25c: 0f8489000000                   je 0x89
   262: 4c89e5                         movq %r12, %rbp
   265: 4c89e7                         movq %r12, %rdi
   268: e800000000                     callq 0x0
        # hole +0x269: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   26d: 4885c0                         testq %rax, %rax
   270: 0f84f7010000                   je 0x1f7
   276: 49894508                       movq %rax, 0x8(%r13)
   27a: 498b7d00                       movq (%r13), %rdi
   27e: 40f6c701                       testb $0x1, %dil
   282: 0f8532010000                   jne 0x132
   288: 837f0802                       cmpl $0x2, 0x8(%rdi)
   28c: 0f8528010000                   jne 0x128
   292: 89c1                           movl %eax, %ecx
   294: 83e101                         andl $0x1, %ecx
   297: 0f851d010000                   jne 0x11d
   29d: 83780802                       cmpl $0x2, 0x8(%rax)
   2a1: 0f8513010000                   jne 0x113
   2a7: f20f104730                     movsd 0x30(%rdi), %xmm0
   2ac: f20f584030                     addsd 0x30(%rax), %xmm0
   2b1: 48ff0f                         decq (%rdi)
   2b4: 744e                           je 0x4e
   2b6: 48ff08                         decq (%rax)
   2b9: 7465                           je 0x65
   2bb: 4889ef                         movq %rbp, %rdi
   2be: e800000000                     callq 0x0
        # hole +0x2bf: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   2c3: 4885c0                         testq %rax, %rax
   2c6: 757d                           jne 0x7d
   2c8: e9c0010000                     jmp 0x1c0
   2cd: 4c89ff                         movq %r15, %rdi
   2d0: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   2d6: e800000000                     callq 0x0
        # hole +0x2d7: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2db: f20f10442408                   movsd 0x8(%rsp), %xmm0
   2e1: 48ff4d00                       decq (%rbp)
   2e5: 0f8577ffffff                   jne -0x89
   2eb: 4889ef                         movq %rbp, %rdi
   2ee: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   2f4: e800000000                     callq 0x0
        # hole +0x2f5: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   2f9: f20f10442408                   movsd 0x8(%rsp), %xmm0
   2ff: e95effffff                     jmp -0xa2
   304: 4989c7                         movq %rax, %r15
   307: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   30d: e800000000                     callq 0x0
        # hole +0x30e: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   312: f20f10442408                   movsd 0x8(%rsp), %xmm0
   318: 4c89f8                         movq %r15, %rax
   31b: 48ff08                         decq (%rax)
   31e: 759b                           jne -0x65
   320: 4889c7                         movq %rax, %rdi
   323: f20f11442408                   movsd %xmm0, 0x8(%rsp)
   329: e800000000                     callq 0x0
        # hole +0x32a: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   32e: f20f10442408                   movsd 0x8(%rsp), %xmm0
   334: 4889ef                         movq %rbp, %rdi
   337: e800000000                     callq 0x0
        # hole +0x338: X86_64_RELOC_BRANCH Rel32 symbol:tf_float_new-4
   33c: 4885c0                         testq %rax, %rax
   33f: 0f8448010000                   je 0x148
   345: 49894500                       movq %rax, (%r13)
   349: 488b4b18                       movq 0x18(%rbx), %rcx
   34d: 488b7910                       movq 0x10(%rcx), %rdi
   351: 48894110                       movq %rax, 0x10(%rcx)
   355: 40f6c701                       testb $0x1, %dil
   359: 7515                           jne 0x15
   35b: 48ff0f                         decq (%rdi)
   35e: 7510                           jne 0x10
   360: e800000000                     callq 0x0
        # hole +0x361: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   365: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   370: 488b4508                       movq 0x8(%rbp), %rax
   374: 48ffc0                         incq %rax
   377: 48894508                       movq %rax, 0x8(%rbp)
   37b: 483b4510                       cmpq 0x10(%rbp), %rax
   37f: 0f8dc2000000                   jge 0xc2
   385: 48837d0000                     cmpq $0x0, (%rbp)
   38a: 488b742418                     movq 0x18(%rsp), %rsi
   38f: 4c8b442410                     movq 0x10(%rsp), %r8
   394: 0f8487fcffff                   je -0x379
   39a: e9b0000000                     jmp 0xb0
   39f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3a2: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3a6: 4983c00c                       addq $0xc, %r8
   3aa: 41b978000000                   movl $0x78, %r9d
   3b0: b901000000                     movl $0x1, %ecx
   3b5: 4c89e5                         movq %r12, %rbp
   3b8: eb19                           jmp 0x19
   3ba: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3bd: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3c1: 4983c00e                       addq $0xe, %r8
   3c5: 41b98c000000                   movl $0x8c, %r9d
   3cb: b901000000                     movl $0x1, %ecx
   3d0: 4c89f6                         movq %r14, %rsi
   3d3: 4889df                         movq %rbx, %rdi
   3d6: 4889ea                         movq %rbp, %rdx
   3d9: 4883c420                       addq $0x20, %rsp
   3dd: 5d                             popq %rbp
   3de: e900000000                     jmp 0x0
        # hole +0x3df: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   3e3: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x3e6: X86_64_RELOC_GOT_LOAD Rel32 data-4
   3ea: 4983c008                       addq $0x8, %r8
   3ee: 41b950000000                   movl $0x50, %r9d
   3f4: b901000000                     movl $0x1, %ecx
   3f9: ebd8                           jmp -0x28
   3fb: 4983c520                       addq $0x20, %r13
   3ff: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x402: X86_64_RELOC_GOT_LOAD Rel32 data-4
   406: 4983c00b                       addq $0xb, %r8
   40a: 41b96e000000                   movl $0x6e, %r9d
   410: b901000000                     movl $0x1, %ecx
   415: 4c89ee                         movq %r13, %rsi
   418: 4c89e5                         movq %r12, %rbp
   41b: ebb6                           jmp -0x4a
   41d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x420: X86_64_RELOC_GOT_LOAD Rel32 data-4
   424: 49ffc0                         incq %r8
   427: 41b90a000000                   movl $0xa, %r9d
   42d: b901000000                     movl $0x1, %ecx
   432: eb31                           jmp 0x31
   434: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x437: X86_64_RELOC_GOT_LOAD Rel32 data-4
   43b: 4983c002                       addq $0x2, %r8
   43f: 41b914000000                   movl $0x14, %r9d
   445: eb19                           jmp 0x19
   447: 48c7450001000000               movq $0x1, (%rbp)
   44f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x452: X86_64_RELOC_GOT_LOAD Rel32 data-4
   456: 4983c011                       addq $0x11, %r8
   45a: 41b9aa000000                   movl $0xaa, %r9d
   460: b902000000                     movl $0x2, %ecx
   465: 4c89ee                         movq %r13, %rsi
   468: e966ffffff                     jmp -0x9a
   46d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x470: X86_64_RELOC_GOT_LOAD Rel32 data-4
   474: 4983c00d                       addq $0xd, %r8
   478: 41b982000000                   movl $0x82, %r9d
   47e: b903000000                     movl $0x3, %ecx
   483: 488b742410                     movq 0x10(%rsp), %rsi
   488: e946ffffff                     jmp -0xba
   48d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x490: X86_64_RELOC_GOT_LOAD Rel32 data-4
   494: 4983c00f                       addq $0xf, %r8
   498: 41b996000000                   movl $0x96, %r9d
   49e: b903000000                     movl $0x3, %ecx
   4a3: ebc0                           jmp -0x40
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
