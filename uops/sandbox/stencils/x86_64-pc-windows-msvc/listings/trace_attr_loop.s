# stencil attr_loop for x86_64-pc-windows-msvc: 864 code bytes, 16 data bytes, 19 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 498d7508                       leaq 0x8(%r13), %rsi
     9: 498d5d10                       leaq 0x10(%r13), %rbx
     d: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x10: IMAGE_REL_AMD64_REL32 Rel32 data-4
    14: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    1e: 498b45f8                       movq -0x8(%r13), %rax
    22: a801                           testb $0x1, %al
    24: 0f8573020000                   jne 0x273
    2a: 83780804                       cmpl $0x4, 0x8(%rax)
    2e: 0f8569020000                   jne 0x269
    34: 488b4840                       movq 0x40(%rax), %rcx
    38: 488b5030                       movq 0x30(%rax), %rdx
    3c: 488b7838                       movq 0x38(%rax), %rdi
    40: 4885c9                         testq %rcx, %rcx
    43: 7e0b                           jle 0xb
    45: 4839fa                         cmpq %rdi, %rdx
    48: 7c0f                           jl 0xf
    4a: e95f020000                     jmp 0x25f
    4f: 90                             nop
    50: 4839fa                         cmpq %rdi, %rdx
    53: 0f8e55020000                   jle 0x255
    59: 4801d1                         addq %rdx, %rcx
    5c: 48894830                       movq %rcx, 0x30(%rax)
    60: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    68: 49894500                       movq %rax, (%r13)
    6c: 498b542418                     movq 0x18(%r12), %rdx
    71: 488b4a08                       movq 0x8(%rdx), %rcx
    75: 48894208                       movq %rax, 0x8(%rdx)
    79: f6c101                         testb $0x1, %cl
    7c: 7509                           jne 0x9
    7e: 48ff09                         decq (%rcx)
    81: 0f84a8010000                   je 0x1a8
    87: 498b442418                     movq 0x18(%r12), %rax
    8c: 488b08                         movq (%rax), %rcx
    8f: f6c101                         testb $0x1, %cl
    92: 7503                           jne 0x3
    94: 48ff01                         incq (%rcx)
    97: 49894d00                       movq %rcx, (%r13)
    9b: f6c101                         testb $0x1, %cl
    9e: 0f85e1010000                   jne 0x1e1
    a4: 83790807                       cmpl $0x7, 0x8(%rcx)
    a8: 0f85d7010000                   jne 0x1d7
    ae: 4c89f8                         movq %r15, %rax
    b1: 488b5130                       movq 0x30(%rcx), %rdx
    b5: 48394230                       cmpq %rax, 0x30(%rdx)
    b9: 0f85c6010000                   jne 0x1c6
    bf: 48ff01                         incq (%rcx)
    c2: 48890e                         movq %rcx, (%rsi)
    c5: 83790807                       cmpl $0x7, 0x8(%rcx)
    c9: 0f8513020000                   jne 0x213
    cf: 4883793800                     cmpq $0x0, 0x38(%rcx)
    d4: 0f8408020000                   je 0x208
    da: 488b4140                       movq 0x40(%rcx), %rax
    de: a801                           testb $0x1, %al
    e0: 752e                           jne 0x2e
    e2: 48ff00                         incq (%rax)
    e5: 488906                         movq %rax, (%rsi)
    e8: 48ff09                         decq (%rcx)
    eb: 752b                           jne 0x2b
    ed: e800000000                     callq 0x0
        # hole +0xee: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f2: 498b442418                     movq 0x18(%r12), %rax
    f7: 488b4810                       movq 0x10(%rax), %rcx
    fb: f6c101                         testb $0x1, %cl
    fe: 742a                           je 0x2a
   100: e9c1010000                     jmp 0x1c1
   105: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   110: 488906                         movq %rax, (%rsi)
   113: 48ff09                         decq (%rcx)
   116: 74d5                           je -0x2b
   118: 498b442418                     movq 0x18(%r12), %rax
   11d: 488b4810                       movq 0x10(%rax), %rcx
   121: f6c101                         testb $0x1, %cl
   124: 0f859c010000                   jne 0x19c
   12a: 48ff01                         incq (%rcx)
   12d: 48890b                         movq %rcx, (%rbx)
   130: 83790807                       cmpl $0x7, 0x8(%rcx)
   134: 0f858f010000                   jne 0x18f
   13a: 488b4130                       movq 0x30(%rcx), %rax
   13e: 4883783003                     cmpq $0x3, 0x30(%rax)
   143: 0f8580010000                   jne 0x180
   149: 4883793800                     cmpq $0x0, 0x38(%rcx)
   14e: 0f84ac010000                   je 0x1ac
   154: 488b4140                       movq 0x40(%rcx), %rax
   158: a801                           testb $0x1, %al
   15a: 7524                           jne 0x24
   15c: 48ff00                         incq (%rax)
   15f: 488903                         movq %rax, (%rbx)
   162: 48ff09                         decq (%rcx)
   165: 7521                           jne 0x21
   167: e800000000                     callq 0x0
        # hole +0x168: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   16c: 488b0e                         movq (%rsi), %rcx
   16f: f6c101                         testb $0x1, %cl
   172: 7520                           jne 0x20
   174: e9d1000000                     jmp 0xd1
   179: 0f1f8000000000                 nopl (%rax)
   180: 488903                         movq %rax, (%rbx)
   183: 48ff09                         decq (%rcx)
   186: 74df                           je -0x21
   188: 488b0e                         movq (%rsi), %rcx
   18b: f6c101                         testb $0x1, %cl
   18e: 0f84b6000000                   je 0xb6
   194: 488b03                         movq (%rbx), %rax
   197: a801                           testb $0x1, %al
   199: 0f84ab000000                   je 0xab
   19f: 48d1f9                         sarq %rcx
   1a2: 48d1f8                         sarq %rax
   1a5: 4801c8                         addq %rcx, %rax
   1a8: 4889c1                         movq %rax, %rcx
   1ab: 4801e9                         addq %rbp, %rcx
   1ae: 0f8993010000                   jns 0x193
   1b4: 488d044501000000               leaq 0x1(,%rax,2), %rax
   1bc: 498b7d00                       movq (%r13), %rdi
   1c0: 49897d08                       movq %rdi, 0x8(%r13)
   1c4: 49894500                       movq %rax, (%r13)
   1c8: 40f6c701                       testb $0x1, %dil
   1cc: 0f8547010000                   jne 0x147
   1d2: 837f0807                       cmpl $0x7, 0x8(%rdi)
   1d6: 0f853d010000                   jne 0x13d
   1dc: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   1e1: 0f8232010000                   jb 0x132
   1e7: 488b4f48                       movq 0x48(%rdi), %rcx
   1eb: 48894748                       movq %rax, 0x48(%rdi)
   1ef: f6c101                         testb $0x1, %cl
   1f2: 750a                           jne 0xa
   1f4: 48ff09                         decq (%rcx)
   1f7: 7505                           jne 0x5
   1f9: e800000000                     callq 0x0
        # hole +0x1fa: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1fe: 48ff0f                         decq (%rdi)
   201: 7508                           jne 0x8
   203: 4889f9                         movq %rdi, %rcx
   206: e800000000                     callq 0x0
        # hole +0x207: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   20b: 498b4608                       movq 0x8(%r14), %rax
   20f: 48ffc0                         incq %rax
   212: 49894608                       movq %rax, 0x8(%r14)
   216: 493b4610                       cmpq 0x10(%r14), %rax
   21a: 0f8d0b010000                   jge 0x10b
   220: 49833e00                       cmpq $0x0, (%r14)
   224: 0f84f4fdffff                   je -0x20c
   22a: e903010000                     jmp 0x103
   22f: e800000000                     callq 0x0
        # hole +0x230: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   234: 498b442418                     movq 0x18(%r12), %rax
   239: 488b08                         movq (%rax), %rcx
   23c: f6c101                         testb $0x1, %cl
   23f: 0f844ffeffff                   je -0x1b1
   245: e94dfeffff                     jmp -0x1b3
   24a: 4983c518                       addq $0x18, %r13
   24e: 488b0500000000                 movq (%rip), %rax
        # hole +0x251: IMAGE_REL_AMD64_REL32 Rel32 data+4
   255: 4883c00c                       addq $0xc, %rax
   259: b978000000                     movl $0x78, %ecx
   25e: 41b901000000                   movl $0x1, %r9d
   264: 4c89ee                         movq %r13, %rsi
   267: 48894c2428                     movq %rcx, 0x28(%rsp)
   26c: 4889442420                     movq %rax, 0x20(%rsp)
   271: 4c89e1                         movq %r12, %rcx
   274: 4889f2                         movq %rsi, %rdx
   277: 4d89f0                         movq %r14, %r8
   27a: e800000000                     callq 0x0
        # hole +0x27b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   27f: 4883c430                       addq $0x30, %rsp
   283: 5d                             popq %rbp
   284: c3                             retq
   285: 488b0500000000                 movq (%rip), %rax
        # hole +0x288: IMAGE_REL_AMD64_REL32 Rel32 data+4
   28c: 4883c006                       addq $0x6, %rax
   290: b93c000000                     movl $0x3c, %ecx
   295: 41b901000000                   movl $0x1, %r9d
   29b: ebca                           jmp -0x36
   29d: 488b0500000000                 movq (%rip), %rax
        # hole +0x2a0: IMAGE_REL_AMD64_REL32 Rel32 data+4
   2a4: 48ffc0                         incq %rax
   2a7: b90a000000                     movl $0xa, %ecx
   2ac: ebb0                           jmp -0x50
   2ae: 488b0500000000                 movq (%rip), %rax
        # hole +0x2b1: IMAGE_REL_AMD64_REL32 Rel32 data+4
   2b5: 4883c002                       addq $0x2, %rax
   2b9: b914000000                     movl $0x14, %ecx
   2be: 41b902000000                   movl $0x2, %r9d
   2c4: eb9e                           jmp -0x62
   2c6: 48890b                         movq %rcx, (%rbx)
   2c9: 4983c518                       addq $0x18, %r13
   2cd: 488b0500000000                 movq (%rip), %rax
        # hole +0x2d0: IMAGE_REL_AMD64_REL32 Rel32 data+4
   2d4: 4883c00a                       addq $0xa, %rax
   2d8: b964000000                     movl $0x64, %ecx
   2dd: e97cffffff                     jmp -0x84
   2e2: 488b0500000000                 movq (%rip), %rax
        # hole +0x2e5: IMAGE_REL_AMD64_REL32 Rel32 data+4
   2e9: 4883c008                       addq $0x8, %rax
   2ed: b950000000                     movl $0x50, %ecx
   2f2: 41b901000000                   movl $0x1, %r9d
   2f8: 4889de                         movq %rbx, %rsi
   2fb: e967ffffff                     jmp -0x99
   300: 4983c518                       addq $0x18, %r13
   304: 488b0500000000                 movq (%rip), %rax
        # hole +0x307: IMAGE_REL_AMD64_REL32 Rel32 data+4
   30b: 4883c00b                       addq $0xb, %rax
   30f: b96e000000                     movl $0x6e, %ecx
   314: e945ffffff                     jmp -0xbb
   319: 488b0500000000                 movq (%rip), %rax
        # hole +0x31c: IMAGE_REL_AMD64_REL32 Rel32 data+4
   320: 4883c00f                       addq $0xf, %rax
   324: b996000000                     movl $0x96, %ecx
   329: ebc7                           jmp -0x39
   32b: 49c70601000000                 movq $0x1, (%r14)
   332: 488b0500000000                 movq (%rip), %rax
        # hole +0x335: IMAGE_REL_AMD64_REL32 Rel32 data+4
   339: 4883c010                       addq $0x10, %rax
   33d: b9a0000000                     movl $0xa0, %ecx
   342: e977ffffff                     jmp -0x89
   347: 4983c518                       addq $0x18, %r13
   34b: 488b0500000000                 movq (%rip), %rax
        # hole +0x34e: IMAGE_REL_AMD64_REL32 Rel32 data+4
   352: 4883c00d                       addq $0xd, %rax
   356: b982000000                     movl $0x82, %ecx
   35b: e9fefeffff                     jmp -0x102
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
