# stencil attr_loop for x86_64-pc-windows-msvc: 781 code bytes, 16 data bytes, 10 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d8d7d08                       leaq 0x8(%r13), %r15
     9: 498d5d10                       leaq 0x10(%r13), %rbx
     d: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x10: IMAGE_REL_AMD64_REL32 Rel32 data-4
    14: be01000000                     movl $0x1, %esi
    19: 0f1f8000000000                 nopl (%rax)
    20: 498b4df8                       movq -0x8(%r13), %rcx
    24: b80a000000                     movl $0xa, %eax
    29: ba01000000                     movl $0x1, %edx
    2e: f6c101                         testb $0x1, %cl
    31: 0f858b020000                   jne 0x28b
    37: 83790804                       cmpl $0x4, 0x8(%rcx)
    3b: 0f8581020000                   jne 0x281
    41: 488b4140                       movq 0x40(%rcx), %rax
    45: 488b5130                       movq 0x30(%rcx), %rdx
    49: 488b7938                       movq 0x38(%rcx), %rdi
    4d: 4885c0                         testq %rax, %rax
    50: 7e0e                           jle 0xe
    52: 4839fa                         cmpq %rdi, %rdx
    55: 7c12                           jl 0x12
    57: e930020000                     jmp 0x230
    5c: 0f1f4000                       nopl (%rax)
    60: 4839fa                         cmpq %rdi, %rdx
    63: 0f8e23020000                   jle 0x223
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
    91: 0f84b4010000                   je 0x1b4
    97: 498b442418                     movq 0x18(%r12), %rax
    9c: 488b08                         movq (%rax), %rcx
    9f: f6c101                         testb $0x1, %cl
    a2: 7503                           jne 0x3
    a4: 48ff01                         incq (%rcx)
    a7: 49894d00                       movq %rcx, (%r13)
    ab: b83c000000                     movl $0x3c, %eax
    b0: ba06000000                     movl $0x6, %edx
    b5: f6c101                         testb $0x1, %cl
    b8: 0f85b4010000                   jne 0x1b4
    be: 83790807                       cmpl $0x7, 0x8(%rcx)
    c2: 0f85aa010000                   jne 0x1aa
    c8: 4889ef                         movq %rbp, %rdi
    cb: 4c8b4130                       movq 0x30(%rcx), %r8
    cf: 49397830                       cmpq %rdi, 0x30(%r8)
    d3: 0f8599010000                   jne 0x199
    d9: 48ff01                         incq (%rcx)
    dc: 49890f                         movq %rcx, (%r15)
    df: b850000000                     movl $0x50, %eax
    e4: ba08000000                     movl $0x8, %edx
    e9: 83790807                       cmpl $0x7, 0x8(%rcx)
    ed: 0f8584010000                   jne 0x184
    f3: 4883793800                     cmpq $0x0, 0x38(%rcx)
    f8: 0f8479010000                   je 0x179
    fe: 488b4140                       movq 0x40(%rcx), %rax
   102: a801                           testb $0x1, %al
   104: 752a                           jne 0x2a
   106: 48ff00                         incq (%rax)
   109: 498907                         movq %rax, (%r15)
   10c: 48ff09                         decq (%rcx)
   10f: 7527                           jne 0x27
   111: e800000000                     callq 0x0
        # hole +0x112: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   116: 498b442418                     movq 0x18(%r12), %rax
   11b: 488b4810                       movq 0x10(%rax), %rcx
   11f: f6c101                         testb $0x1, %cl
   122: 7426                           je 0x26
   124: e96f010000                     jmp 0x16f
   129: 0f1f8000000000                 nopl (%rax)
   130: 498907                         movq %rax, (%r15)
   133: 48ff09                         decq (%rcx)
   136: 74d9                           je -0x27
   138: 498b442418                     movq 0x18(%r12), %rax
   13d: 488b4810                       movq 0x10(%rax), %rcx
   141: f6c101                         testb $0x1, %cl
   144: 0f854e010000                   jne 0x14e
   14a: 48ff01                         incq (%rcx)
   14d: 48890b                         movq %rcx, (%rbx)
   150: 83790807                       cmpl $0x7, 0x8(%rcx)
   154: 0f8542010000                   jne 0x142
   15a: 488b4130                       movq 0x30(%rcx), %rax
   15e: 4883783003                     cmpq $0x3, 0x30(%rax)
   163: 0f8533010000                   jne 0x133
   169: 4883793800                     cmpq $0x0, 0x38(%rcx)
   16e: 0f8479010000                   je 0x179
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
   194: e9e3000000                     jmp 0xe3
   199: 0f1f8000000000                 nopl (%rax)
   1a0: 488903                         movq %rax, (%rbx)
   1a3: 48ff09                         decq (%rcx)
   1a6: 74df                           je -0x21
   1a8: 498b0f                         movq (%r15), %rcx
   1ab: f6c101                         testb $0x1, %cl
   1ae: 0f84c8000000                   je 0xc8
   1b4: 488b03                         movq (%rbx), %rax
   1b7: a801                           testb $0x1, %al
   1b9: 0f84bd000000                   je 0xbd
   1bf: 48d1f9                         sarq %rcx
   1c2: 48d1f8                         sarq %rax
   1c5: 4801c8                         addq %rcx, %rax
   1c8: 4889c1                         movq %rax, %rcx
   1cb: 48ba00000000000000c0           movabsq $-0x4000000000000000, %rdx
   1d5: 4801d1                         addq %rdx, %rcx
   1d8: 0f891f010000                   jns 0x11f
   1de: 4c8d044501000000               leaq 0x1(,%rax,2), %r8
   1e6: 498b7d00                       movq (%r13), %rdi
   1ea: 49897d08                       movq %rdi, 0x8(%r13)
   1ee: 4d894500                       movq %r8, (%r13)
   1f2: b896000000                     movl $0x96, %eax
   1f7: ba0f000000                     movl $0xf, %edx
   1fc: 40f6c701                       testb $0x1, %dil
   200: 7575                           jne 0x75
   202: 837f0807                       cmpl $0x7, 0x8(%rdi)
   206: 756f                           jne 0x6f
   208: 48837f3802                     cmpq $0x2, 0x38(%rdi)
   20d: 7268                           jb 0x68
   20f: 488b4f48                       movq 0x48(%rdi), %rcx
   213: 4c894748                       movq %r8, 0x48(%rdi)
   217: f6c101                         testb $0x1, %cl
   21a: 7505                           jne 0x5
   21c: 48ff09                         decq (%rcx)
   21f: 7445                           je 0x45
   221: 48ff0f                         decq (%rdi)
   224: 7508                           jne 0x8
   226: 4889f9                         movq %rdi, %rcx
   229: e800000000                     callq 0x0
        # hole +0x22a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   22e: 498b4608                       movq 0x8(%r14), %rax
   232: 48ffc0                         incq %rax
   235: 49894608                       movq %rax, 0x8(%r14)
   239: 493b4610                       cmpq 0x10(%r14), %rax
   23d: 7d6d                           jge 0x6d
   23f: 49833e00                       cmpq $0x0, (%r14)
   243: 0f84d7fdffff                   je -0x229
   249: eb68                           jmp 0x68
   24b: e800000000                     callq 0x0
        # hole +0x24c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   250: 498b442418                     movq 0x18(%r12), %rax
   255: 488b08                         movq (%rax), %rcx
   258: f6c101                         testb $0x1, %cl
   25b: 0f8443feffff                   je -0x1bd
   261: e941feffff                     jmp -0x1bf
   266: e800000000                     callq 0x0
        # hole +0x267: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   26b: 48ff0f                         decq (%rdi)
   26e: 75be                           jne -0x42
   270: ebb4                           jmp -0x4c
   272: 4d89fd                         movq %r15, %r13
   275: eb4b                           jmp 0x4b
   277: 4989dd                         movq %rbx, %r13
   27a: eb46                           jmp 0x46
   27c: 4983c518                       addq $0x18, %r13
   280: b878000000                     movl $0x78, %eax
   285: ba0c000000                     movl $0xc, %edx
   28a: eb36                           jmp 0x36
   28c: b814000000                     movl $0x14, %eax
   291: ba02000000                     movl $0x2, %edx
   296: eb25                           jmp 0x25
   298: 49894d10                       movq %rcx, 0x10(%r13)
   29c: 4983c518                       addq $0x18, %r13
   2a0: b864000000                     movl $0x64, %eax
   2a5: ba0a000000                     movl $0xa, %edx
   2aa: eb16                           jmp 0x16
   2ac: 49c70601000000                 movq $0x1, (%r14)
   2b3: b8a0000000                     movl $0xa0, %eax
   2b8: ba10000000                     movl $0x10, %edx
   2bd: be02000000                     movl $0x2, %esi
   2c2: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x2c5: IMAGE_REL_AMD64_REL32 Rel32 data+4
   2c9: 4801d1                         addq %rdx, %rcx
   2cc: 4889442428                     movq %rax, 0x28(%rsp)
   2d1: 48894c2420                     movq %rcx, 0x20(%rsp)
   2d6: 4c89e1                         movq %r12, %rcx
   2d9: 4c89ea                         movq %r13, %rdx
   2dc: 4d89f0                         movq %r14, %r8
   2df: 4189f1                         movl %esi, %r9d
   2e2: e800000000                     callq 0x0
        # hole +0x2e3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   2e7: 4883c430                       addq $0x30, %rsp
   2eb: 5d                             popq %rbp
   2ec: c3                             retq
   2ed: 4983c518                       addq $0x18, %r13
   2f1: b86e000000                     movl $0x6e, %eax
   2f6: ba0b000000                     movl $0xb, %edx
   2fb: ebc5                           jmp -0x3b
   2fd: 4983c518                       addq $0x18, %r13
   301: b882000000                     movl $0x82, %eax
   306: ba0d000000                     movl $0xd, %edx
   30b: ebb5                           jmp -0x4b
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[6]+0
        # hole data+0x8: GOT Abs64 index+0
