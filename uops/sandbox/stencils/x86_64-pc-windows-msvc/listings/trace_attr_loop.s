# stencil attr_loop for x86_64-pc-windows-msvc: 781 code bytes, 0 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d8d7d08                       leaq 0x8(%r13), %r15
     9: 498d5d10                       leaq 0x10(%r13), %rbx
     d: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    17: be01000000                     movl $0x1, %esi
    1c: 498b4df8                       movq -0x8(%r13), %rcx
    20: b80a000000                     movl $0xa, %eax
    25: ba01000000                     movl $0x1, %edx
    2a: f6c101                         testb $0x1, %cl
    2d: 0f854f020000                   jne 0x24f
    33: 83790804                       cmpl $0x4, 0x8(%rcx)
    37: 0f8545020000                   jne 0x245
    3d: 488b4140                       movq 0x40(%rcx), %rax
    41: 488b5130                       movq 0x30(%rcx), %rdx
    45: 488b7938                       movq 0x38(%rcx), %rdi
    49: 4885c0                         testq %rax, %rax
    4c: 7e12                           jle 0x12
    4e: 4839fa                         cmpq %rdi, %rdx
    51: 7c16                           jl 0x16
    53: e950020000                     jmp 0x250
    58: 0f1f840000000000               nopl (%rax,%rax)
    60: 4839fa                         cmpq %rdi, %rdx
    63: 0f8e3f020000                   jle 0x23f
    69: 4801d0                         addq %rdx, %rax
    6c: 48894130                       movq %rax, 0x30(%rcx)
    70: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    78: 49894500                       movq %rax, (%r13)
    7c: 498b542418                     movq 0x18(%r12), %rdx
    81: 488b4a08                       movq 0x8(%rdx), %rcx
    85: 48894208                       movq %rax, 0x8(%rdx)
    89: f6c101                         testb $0x1, %cl
    8c: 7509                           jne 0x9
    8e: 48ff09                         decq (%rcx)
    91: 0f84c2010000                   je 0x1c2
    97: 498b442418                     movq 0x18(%r12), %rax
    9c: 488b08                         movq (%rax), %rcx
    9f: f6c101                         testb $0x1, %cl
    a2: 7503                           jne 0x3
    a4: 48ff01                         incq (%rcx)
    a7: 49894d00                       movq %rcx, (%r13)
    ab: b83c000000                     movl $0x3c, %eax
    b0: ba06000000                     movl $0x6, %edx
    b5: f6c101                         testb $0x1, %cl
    b8: 0f85e5010000                   jne 0x1e5
    be: 83790807                       cmpl $0x7, 0x8(%rcx)
    c2: 0f85db010000                   jne 0x1db
    c8: bf00000000                     movl $0x0, %edi
        # hole +0xc9: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[6]+0
    cd: 4c8b4130                       movq 0x30(%rcx), %r8
    d1: 49397830                       cmpq %rdi, 0x30(%r8)
    d5: 0f85c8010000                   jne 0x1c8
    db: 48ff01                         incq (%rcx)
    de: 49890f                         movq %rcx, (%r15)
    e1: b850000000                     movl $0x50, %eax
    e6: ba08000000                     movl $0x8, %edx
    eb: 83790807                       cmpl $0x7, 0x8(%rcx)
    ef: 0f85d8010000                   jne 0x1d8
    f5: 4883793800                     cmpq $0x0, 0x38(%rcx)
    fa: 0f84cd010000                   je 0x1cd
   100: 488b4140                       movq 0x40(%rcx), %rax
   104: a801                           testb $0x1, %al
   106: 7528                           jne 0x28
   108: 48ff00                         incq (%rax)
   10b: 498907                         movq %rax, (%r15)
   10e: 48ff09                         decq (%rcx)
   111: 7525                           jne 0x25
   113: e800000000                     callq 0x0
        # hole +0x114: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   118: 498b442418                     movq 0x18(%r12), %rax
   11d: 488b4810                       movq 0x10(%rax), %rcx
   121: f6c101                         testb $0x1, %cl
   124: 7424                           je 0x24
   126: e98e010000                     jmp 0x18e
   12b: 0f1f440000                     nopl (%rax,%rax)
   130: 498907                         movq %rax, (%r15)
   133: 48ff09                         decq (%rcx)
   136: 74db                           je -0x25
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 488b4810                       movq 0x10(%rax), %rcx
   141: f6c101                         testb $0x1, %cl
   144: 0f856f010000                   jne 0x16f
   14a: 48ff01                         incq (%rcx)
   14d: 48890b                         movq %rcx, (%rbx)
   150: 83790807                       cmpl $0x7, 0x8(%rcx)
   154: 0f8563010000                   jne 0x163
   15a: 488b4130                       movq 0x30(%rcx), %rax
   15e: 4883783003                     cmpq $0x3, 0x30(%rax)
   163: 0f8554010000                   jne 0x154
   169: 4883793800                     cmpq $0x0, 0x38(%rcx)
   16e: 0f845e010000                   je 0x15e
   174: 488b4140                       movq 0x40(%rcx), %rax
   178: a801                           testb $0x1, %al
   17a: 7524                           jne 0x24
   17c: 48ff00                         incq (%rax)
   17f: 488903                         movq %rax, (%rbx)
   182: 48ff09                         decq (%rcx)
   185: 7521                           jne 0x21
   187: e800000000                     callq 0x0
        # hole +0x188: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   18c: 498b0f                         movq (%r15), %rcx
   18f: f6c101                         testb $0x1, %cl
   192: 7520                           jne 0x20
   194: e9db000000                     jmp 0xdb
   199: 0f1f8000000000                 nopl (%rax)
   1a0: 488903                         movq %rax, (%rbx)
   1a3: 48ff09                         decq (%rcx)
   1a6: 74df                           je -0x21
   1a8: 498b0f                         movq (%r15), %rcx
   1ab: f6c101                         testb $0x1, %cl
   1ae: 0f84c0000000                   je 0xc0
   1b4: 488b03                         movq (%rbx), %rax
   1b7: a801                           testb $0x1, %al
   1b9: 0f84b5000000                   je 0xb5
   1bf: 48d1f9                         sarq %rcx
   1c2: 48d1f8                         sarq %rax
   1c5: 4801c8                         addq %rcx, %rax
   1c8: 4889c1                         movq %rax, %rcx
   1cb: 4801e9                         addq %rbp, %rcx
   1ce: 0f8926010000                   jns 0x126
   1d4: 4c8d044501000000               leaq 0x1(,%rax,2), %r8
   1dc: 498b7d00                       movq (%r13), %rdi
   1e0: 49897d08                       movq %rdi, 0x8(%r13)
   1e4: 4d894500                       movq %r8, (%r13)
   1e8: b896000000                     movl $0x96, %eax
   1ed: ba0f000000                     movl $0xf, %edx
   1f2: 40f6c701                       testb $0x1, %dil
   1f6: 0f85d1000000                   jne 0xd1
   1fc: 837f0807                       cmpl $0x7, 0x8(%rdi)
   200: 0f85c7000000                   jne 0xc7
   206: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   20b: 0f82bc000000                   jb 0xbc
   211: 488b4f48                       movq 0x48(%rdi), %rcx
   215: 4c894748                       movq %r8, 0x48(%rdi)
   219: f6c101                         testb $0x1, %cl
   21c: 750a                           jne 0xa
   21e: 48ff09                         decq (%rcx)
   221: 7505                           jne 0x5
   223: e800000000                     callq 0x0
        # hole +0x224: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   228: 48ff0f                         decq (%rdi)
   22b: 7508                           jne 0x8
   22d: 4889f9                         movq %rdi, %rcx
   230: e800000000                     callq 0x0
        # hole +0x231: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   235: 498b4608                       movq 0x8(%r14), %rax
   239: 48ffc0                         incq %rax
   23c: 49894608                       movq %rax, 0x8(%r14)
   240: 493b4610                       cmpq 0x10(%r14), %rax
   244: 0f8d98000000                   jge 0x98
   24a: 49833e00                       cmpq $0x0, (%r14)
   24e: 0f84c8fdffff                   je -0x238
   254: e990000000                     jmp 0x90
   259: e800000000                     callq 0x0
        # hole +0x25a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   25e: 498b442418                     movq 0x18(%r12), %rax
   263: 488b08                         movq (%rax), %rcx
   266: f6c101                         testb $0x1, %cl
   269: 0f8435feffff                   je -0x1cb
   26f: e933feffff                     jmp -0x1cd
   274: 4983c518                       addq $0x18, %r13
   278: b878000000                     movl $0x78, %eax
   27d: ba0c000000                     movl $0xc, %edx
   282: 4889442428                     movq %rax, 0x28(%rsp)
   287: 4889542420                     movq %rdx, 0x20(%rsp)
   28c: 4c89e1                         movq %r12, %rcx
   28f: 4c89ea                         movq %r13, %rdx
   292: 4d89f0                         movq %r14, %r8
   295: 4189f1                         movl %esi, %r9d
   298: e800000000                     callq 0x0
        # hole +0x299: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   29d: 4883c430                       addq $0x30, %rsp
   2a1: 5d                             popq %rbp
   2a2: c3                             retq
   2a3: 4d89fd                         movq %r15, %r13
   2a6: ebda                           jmp -0x26
   2a8: b814000000                     movl $0x14, %eax
   2ad: ba02000000                     movl $0x2, %edx
   2b2: be02000000                     movl $0x2, %esi
   2b7: ebc9                           jmp -0x37
   2b9: 49894d10                       movq %rcx, 0x10(%r13)
   2bd: 4983c518                       addq $0x18, %r13
   2c1: b864000000                     movl $0x64, %eax
   2c6: ba0a000000                     movl $0xa, %edx
   2cb: ebb5                           jmp -0x4b
   2cd: 4989dd                         movq %rbx, %r13
   2d0: ebb0                           jmp -0x50
   2d2: 4983c518                       addq $0x18, %r13
   2d6: b86e000000                     movl $0x6e, %eax
   2db: ba0b000000                     movl $0xb, %edx
   2e0: eba0                           jmp -0x60
   2e2: 49c70601000000                 movq $0x1, (%r14)
   2e9: b8a0000000                     movl $0xa0, %eax
   2ee: ba10000000                     movl $0x10, %edx
   2f3: be02000000                     movl $0x2, %esi
   2f8: eb88                           jmp -0x78
   2fa: 4983c518                       addq $0x18, %r13
   2fe: b882000000                     movl $0x82, %eax
   303: ba0d000000                     movl $0xd, %edx
   308: e975ffffff                     jmp -0x8b
