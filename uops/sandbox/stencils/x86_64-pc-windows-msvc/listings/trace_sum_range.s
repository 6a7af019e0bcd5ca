# stencil sum_range for x86_64-pc-windows-msvc: 420 code bytes, 0 data bytes, 3 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 48bf010000000d000000           movabsq $0xd00000001, %rdi
     e: 488d7701                       leaq 0x1(%rdi), %rsi
    12: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    1c: 488d5f09                       leaq 0x9(%rdi), %rbx
    20: 498b4df8                       movq -0x8(%r13), %rcx
    24: b80a000000                     movl $0xa, %eax
    29: 41b901000000                   movl $0x1, %r9d
    2f: f6c101                         testb $0x1, %cl
    32: 0f8519010000                   jne 0x119
    38: 83790804                       cmpl $0x4, 0x8(%rcx)
    3c: 0f850f010000                   jne 0x10f
    42: 488b4140                       movq 0x40(%rcx), %rax
    46: 488b5130                       movq 0x30(%rcx), %rdx
    4a: 4c8b4138                       movq 0x38(%rcx), %r8
    4e: 4885c0                         testq %rax, %rax
    51: 7e0d                           jle 0xd
    53: 4c39c2                         cmpq %r8, %rdx
    56: 7c11                           jl 0x11
    58: e914010000                     jmp 0x114
    5d: 0f1f00                         nopl (%rax)
    60: 4c39c2                         cmpq %r8, %rdx
    63: 0f8e08010000                   jle 0x108
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
    91: 0f848d000000                   je 0x8d
    97: 498b442418                     movq 0x18(%r12), %rax
    9c: 488b00                         movq (%rax), %rax
    9f: a801                           testb $0x1, %al
    a1: 7503                           jne 0x3
    a3: 48ff00                         incq (%rax)
    a6: 49894500                       movq %rax, (%r13)
    aa: 498b4c2418                     movq 0x18(%r12), %rcx
    af: 488b4908                       movq 0x8(%rcx), %rcx
    b3: f6c101                         testb $0x1, %cl
    b6: 7507                           jne 0x7
    b8: 48ff01                         incq (%rcx)
    bb: 498b4500                       movq (%r13), %rax
    bf: 49894d08                       movq %rcx, 0x8(%r13)
    c3: a801                           testb $0x1, %al
    c5: 747d                           je 0x7d
    c7: f6c101                         testb $0x1, %cl
    ca: 7478                           je 0x78
    cc: 48d1f8                         sarq %rax
    cf: 48d1f9                         sarq %rcx
    d2: 4801c1                         addq %rax, %rcx
    d5: 4889c8                         movq %rcx, %rax
    d8: 4c01f8                         addq %r15, %rax
    db: 0f89b4000000                   jns 0xb4
    e1: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    e9: 49894500                       movq %rax, (%r13)
    ed: 498b542418                     movq 0x18(%r12), %rdx
    f2: 488b0a                         movq (%rdx), %rcx
    f5: 488902                         movq %rax, (%rdx)
    f8: f6c101                         testb $0x1, %cl
    fb: 750a                           jne 0xa
    fd: 48ff09                         decq (%rcx)
   100: 7505                           jne 0x5
   102: e800000000                     callq 0x0
        # hole +0x103: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   107: 498b4608                       movq 0x8(%r14), %rax
   10b: 48ffc0                         incq %rax
   10e: 49894608                       movq %rax, 0x8(%r14)
   112: 493b4610                       cmpq 0x10(%r14), %rax
   116: 7d66                           jge 0x66
   118: 49833e00                       cmpq $0x0, (%r14)
   11c: 0f84fefeffff                   je -0x102
   122: eb61                           jmp 0x61
   124: e800000000                     callq 0x0
        # hole +0x125: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   129: 41b901000000                   movl $0x1, %r9d
   12f: 498b442418                     movq 0x18(%r12), %rax
   134: 488b00                         movq (%rax), %rax
   137: a801                           testb $0x1, %al
   139: 0f8464ffffff                   je -0x9c
   13f: e962ffffff                     jmp -0x9e
   144: 4983c510                       addq $0x10, %r13
   148: 4883c706                       addq $0x6, %rdi
   14c: b846000000                     movl $0x46, %eax
   151: 4889fe                         movq %rdi, %rsi
   154: 4889442428                     movq %rax, 0x28(%rsp)
   159: 4889742420                     movq %rsi, 0x20(%rsp)
   15e: 4c89e1                         movq %r12, %rcx
   161: 4c89ea                         movq %r13, %rdx
   164: 4d89f0                         movq %r14, %r8
   167: e800000000                     callq 0x0
        # hole +0x168: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   16c: 4883c438                       addq $0x38, %rsp
   170: c3                             retq
   171: b814000000                     movl $0x14, %eax
   176: 41b902000000                   movl $0x2, %r9d
   17c: ebd6                           jmp -0x2a
   17e: 49c70601000000                 movq $0x1, (%r14)
   185: b864000000                     movl $0x64, %eax
   18a: 41b902000000                   movl $0x2, %r9d
   190: 4889de                         movq %rbx, %rsi
   193: ebbf                           jmp -0x41
   195: 4983c510                       addq $0x10, %r13
   199: 4883c707                       addq $0x7, %rdi
   19d: b850000000                     movl $0x50, %eax
   1a2: ebad                           jmp -0x53
