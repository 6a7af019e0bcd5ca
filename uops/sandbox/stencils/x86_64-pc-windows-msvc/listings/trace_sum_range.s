# stencil sum_range for x86_64-pc-windows-msvc: 420 code bytes, 8 data bytes, 5 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
     e: 498b55f8                       movq -0x8(%r13), %rdx
    12: b80a000000                     movl $0xa, %eax
    17: b901000000                     movl $0x1, %ecx
    1c: 41b901000000                   movl $0x1, %r9d
    22: f6c201                         testb $0x1, %dl
    25: 0f8517010000                   jne 0x117
    2b: 837a0804                       cmpl $0x4, 0x8(%rdx)
    2f: 0f850d010000                   jne 0x10d
    35: 488b4240                       movq 0x40(%rdx), %rax
    39: 488b4a30                       movq 0x30(%rdx), %rcx
    3d: 488b7a38                       movq 0x38(%rdx), %rdi
    41: 4885c0                         testq %rax, %rax
    44: 7e0a                           jle 0xa
    46: 4839f9                         cmpq %rdi, %rcx
    49: 7c0e                           jl 0xe
    4b: e919010000                     jmp 0x119
    50: 4839f9                         cmpq %rdi, %rcx
    53: 0f8e10010000                   jle 0x110
    59: 4801c8                         addq %rcx, %rax
    5c: 48894230                       movq %rax, 0x30(%rdx)
    60: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    68: 49894500                       movq %rax, (%r13)
    6c: 498b542418                     movq 0x18(%r12), %rdx
    71: 488b4a08                       movq 0x8(%rdx), %rcx
    75: 48894208                       movq %rax, 0x8(%rdx)
    79: f6c101                         testb $0x1, %cl
    7c: 7509                           jne 0x9
    7e: 48ff09                         decq (%rcx)
    81: 0f848d000000                   je 0x8d
    87: 498b442418                     movq 0x18(%r12), %rax
    8c: 488b00                         movq (%rax), %rax
    8f: a801                           testb $0x1, %al
    91: 7503                           jne 0x3
    93: 48ff00                         incq (%rax)
    96: 49894500                       movq %rax, (%r13)
    9a: 498b4c2418                     movq 0x18(%r12), %rcx
    9f: 488b4908                       movq 0x8(%rcx), %rcx
    a3: f6c101                         testb $0x1, %cl
    a6: 7507                           jne 0x7
    a8: 48ff01                         incq (%rcx)
    ab: 498b4500                       movq (%r13), %rax
    af: 49894d08                       movq %rcx, 0x8(%r13)
    b3: a801                           testb $0x1, %al
    b5: 747d                           je 0x7d
    b7: f6c101                         testb $0x1, %cl
    ba: 7478                           je 0x78
    bc: 48d1f8                         sarq %rax
    bf: 48d1f9                         sarq %rcx
    c2: 4801c1                         addq %rax, %rcx
    c5: 4889c8                         movq %rcx, %rax
    c8: 4801f0                         addq %rsi, %rax
    cb: 0f89c3000000                   jns 0xc3
    d1: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    d9: 49894500                       movq %rax, (%r13)
    dd: 498b542418                     movq 0x18(%r12), %rdx
    e2: 488b0a                         movq (%rdx), %rcx
    e5: 488902                         movq %rax, (%rdx)
    e8: f6c101                         testb $0x1, %cl
    eb: 750a                           jne 0xa
    ed: 48ff09                         decq (%rcx)
    f0: 7505                           jne 0x5
    f2: e800000000                     callq 0x0
        # hole +0xf3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f7: 498b4608                       movq 0x8(%r14), %rax
    fb: 48ffc0                         incq %rax
    fe: 49894608                       movq %rax, 0x8(%r14)
   102: 493b4610                       cmpq 0x10(%r14), %rax
   106: 7d73                           jge 0x73
   108: 49833e00                       cmpq $0x0, (%r14)
   10c: 0f84fcfeffff                   je -0x104
   112: eb6e                           jmp 0x6e
   114: e800000000                     callq 0x0
        # hole +0x115: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   119: 41b901000000                   movl $0x1, %r9d
   11f: 498b442418                     movq 0x18(%r12), %rax
   124: 488b00                         movq (%rax), %rax
   127: a801                           testb $0x1, %al
   129: 0f8464ffffff                   je -0x9c
   12f: e962ffffff                     jmp -0x9e
   134: 4983c510                       addq $0x10, %r13
   138: b846000000                     movl $0x46, %eax
   13d: b907000000                     movl $0x7, %ecx
   142: 488b1500000000                 movq (%rip), %rdx
        # hole +0x145: IMAGE_REL_AMD64_REL32 Rel32 data-4
   149: 4801ca                         addq %rcx, %rdx
   14c: 4889442428                     movq %rax, 0x28(%rsp)
   151: 4889542420                     movq %rdx, 0x20(%rsp)
   156: 4c89e1                         movq %r12, %rcx
   159: 4c89ea                         movq %r13, %rdx
   15c: 4d89f0                         movq %r14, %r8
   15f: e800000000                     callq 0x0
        # hole +0x160: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   164: 4883c438                       addq $0x38, %rsp
   168: c3                             retq
   169: b814000000                     movl $0x14, %eax
   16e: b902000000                     movl $0x2, %ecx
   173: 41b902000000                   movl $0x2, %r9d
   179: ebc7                           jmp -0x39
   17b: 49c70601000000                 movq $0x1, (%r14)
   182: b864000000                     movl $0x64, %eax
   187: b90a000000                     movl $0xa, %ecx
   18c: 41b902000000                   movl $0x2, %r9d
   192: ebae                           jmp -0x52
   194: 4983c510                       addq $0x10, %r13
   198: b850000000                     movl $0x50, %eax
   19d: b908000000                     movl $0x8, %ecx
   1a2: eb9e                           jmp -0x62
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
