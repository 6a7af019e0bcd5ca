# stencil sum_range for x86_64-pc-windows-msvc: 435 code bytes, 8 data bytes, 5 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
     e: be01000000                     movl $0x1, %esi
    13: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    20: 498b55f8                       movq -0x8(%r13), %rdx
    24: b80a000000                     movl $0xa, %eax
    29: b901000000                     movl $0x1, %ecx
    2e: f6c201                         testb $0x1, %dl
    31: 0f8542010000                   jne 0x142
    37: 837a0804                       cmpl $0x4, 0x8(%rdx)
    3b: 0f8538010000                   jne 0x138
    41: 488b4240                       movq 0x40(%rdx), %rax
    45: 488b4a30                       movq 0x30(%rdx), %rcx
    49: 4c8b4238                       movq 0x38(%rdx), %r8
    4d: 4885c0                         testq %rax, %rax
    50: 7e0e                           jle 0xe
    52: 4c39c1                         cmpq %r8, %rcx
    55: 7c12                           jl 0x12
    57: e9fb000000                     jmp 0xfb
    5c: 0f1f4000                       nopl (%rax)
    60: 4c39c1                         cmpq %r8, %rcx
    63: 0f8eee000000                   jle 0xee
    69: 4801c8                         addq %rcx, %rax
    6c: 48894230                       movq %rax, 0x30(%rdx)
    70: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    78: 49894500                       movq %rax, (%r13)
    7c: 498b542418                     movq 0x18(%r12), %rdx
    81: 488b4a08                       movq 0x8(%rdx), %rcx
    85: 48894208                       movq %rax, 0x8(%rdx)
    89: f6c101                         testb $0x1, %cl
    8c: 7509                           jne 0x9
    8e: 48ff09                         decq (%rcx)
    91: 0f8496000000                   je 0x96
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
    c5: 0f847c000000                   je 0x7c
    cb: f6c101                         testb $0x1, %cl
    ce: 7477                           je 0x77
    d0: 48d1f8                         sarq %rax
    d3: 48d1f9                         sarq %rcx
    d6: 4801c1                         addq %rax, %rcx
    d9: 4889c8                         movq %rcx, %rax
    dc: 4801f8                         addq %rdi, %rax
    df: 0f89be000000                   jns 0xbe
    e5: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    ed: 49894500                       movq %rax, (%r13)
    f1: 498b542418                     movq 0x18(%r12), %rdx
    f6: 488b0a                         movq (%rdx), %rcx
    f9: 488902                         movq %rax, (%rdx)
    fc: f6c101                         testb $0x1, %cl
    ff: 750f                           jne 0xf
   101: 48ff09                         decq (%rcx)
   104: 750a                           jne 0xa
   106: e800000000                     callq 0x0
        # hole +0x107: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   10b: 0f1f440000                     nopl (%rax,%rax)
   110: 498b4608                       movq 0x8(%r14), %rax
   114: 48ffc0                         incq %rax
   117: 49894608                       movq %rax, 0x8(%r14)
   11b: 493b4610                       cmpq 0x10(%r14), %rax
   11f: 7d42                           jge 0x42
   121: 49833e00                       cmpq $0x0, (%r14)
   125: 0f84f5feffff                   je -0x10b
   12b: eb3d                           jmp 0x3d
   12d: e800000000                     callq 0x0
        # hole +0x12e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   132: 498b442418                     movq 0x18(%r12), %rax
   137: 488b00                         movq (%rax), %rax
   13a: a801                           testb $0x1, %al
   13c: 0f8461ffffff                   je -0x9f
   142: e95fffffff                     jmp -0xa1
   147: 4983c510                       addq $0x10, %r13
   14b: b846000000                     movl $0x46, %eax
   150: b907000000                     movl $0x7, %ecx
   155: eb22                           jmp 0x22
   157: b814000000                     movl $0x14, %eax
   15c: b902000000                     movl $0x2, %ecx
   161: eb11                           jmp 0x11
   163: 49c70601000000                 movq $0x1, (%r14)
   16a: b864000000                     movl $0x64, %eax
   16f: b90a000000                     movl $0xa, %ecx
   174: be02000000                     movl $0x2, %esi
   179: 488b1500000000                 movq (%rip), %rdx
        # hole +0x17c: IMAGE_REL_AMD64_REL32 Rel32 data-4
   180: 4801ca                         addq %rcx, %rdx
   183: 4889442428                     movq %rax, 0x28(%rsp)
   188: 4889542420                     movq %rdx, 0x20(%rsp)
   18d: 4c89e1                         movq %r12, %rcx
   190: 4c89ea                         movq %r13, %rdx
   193: 4d89f0                         movq %r14, %r8
   196: 4189f1                         movl %esi, %r9d
   199: e800000000                     callq 0x0
        # hole +0x19a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   19e: 4883c438                       addq $0x38, %rsp
   1a2: c3                             retq
   1a3: 4983c510                       addq $0x10, %r13
   1a7: b850000000                     movl $0x50, %eax
   1ac: b908000000                     movl $0x8, %ecx
   1b1: ebc6                           jmp -0x3a
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
