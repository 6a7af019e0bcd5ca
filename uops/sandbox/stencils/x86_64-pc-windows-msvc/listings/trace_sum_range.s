# stencil sum_range for x86_64-pc-windows-msvc: 457 code bytes, 8 data bytes, 9 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 48be00000000000000c0           movabsq $-0x4000000000000000, %rsi
     e: 498b45f8                       movq -0x8(%r13), %rax
    12: a801                           testb $0x1, %al
    14: 0f854e010000                   jne 0x14e
    1a: 83780804                       cmpl $0x4, 0x8(%rax)
    1e: 0f8544010000                   jne 0x144
    24: 488b4840                       movq 0x40(%rax), %rcx
    28: 488b5030                       movq 0x30(%rax), %rdx
    2c: 488b7838                       movq 0x38(%rax), %rdi
    30: 4885c9                         testq %rcx, %rcx
    33: 7e0b                           jle 0xb
    35: 4839fa                         cmpq %rdi, %rdx
    38: 7c0f                           jl 0xf
    3a: e93a010000                     jmp 0x13a
    3f: 90                             nop
    40: 4839fa                         cmpq %rdi, %rdx
    43: 0f8e30010000                   jle 0x130
    49: 4801d1                         addq %rdx, %rcx
    4c: 48894830                       movq %rcx, 0x30(%rax)
    50: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    58: 49894500                       movq %rax, (%r13)
    5c: 498b542418                     movq 0x18(%r12), %rdx
    61: 488b4a08                       movq 0x8(%rdx), %rcx
    65: 48894208                       movq %rax, 0x8(%rdx)
    69: f6c101                         testb $0x1, %cl
    6c: 7509                           jne 0x9
    6e: 48ff09                         decq (%rcx)
    71: 0f84a0000000                   je 0xa0
    77: 498b442418                     movq 0x18(%r12), %rax
    7c: 488b00                         movq (%rax), %rax
    7f: a801                           testb $0x1, %al
    81: 7503                           jne 0x3
    83: 48ff00                         incq (%rax)
    86: 49894500                       movq %rax, (%r13)
    8a: 498b4c2418                     movq 0x18(%r12), %rcx
    8f: 488b4908                       movq 0x8(%rcx), %rcx
    93: f6c101                         testb $0x1, %cl
    96: 7507                           jne 0x7
    98: 48ff01                         incq (%rcx)
    9b: 498b4500                       movq (%r13), %rax
    9f: 89c2                           movl %eax, %edx
    a1: 83e201                         andl $0x1, %edx
    a4: 49894d08                       movq %rcx, 0x8(%r13)
    a8: 4885d2                         testq %rdx, %rdx
    ab: 0f8480000000                   je 0x80
    b1: 89ca                           movl %ecx, %edx
    b3: 83e201                         andl $0x1, %edx
    b6: 7479                           je 0x79
    b8: 48d1f8                         sarq %rax
    bb: 48d1f9                         sarq %rcx
    be: 4801c1                         addq %rax, %rcx
    c1: 4889c8                         movq %rcx, %rax
    c4: 4801f0                         addq %rsi, %rax
    c7: 0f89e3000000                   jns 0xe3
    cd: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    d5: 49894500                       movq %rax, (%r13)
    d9: 498b542418                     movq 0x18(%r12), %rdx
    de: 488b0a                         movq (%rdx), %rcx
    e1: 488902                         movq %rax, (%rdx)
    e4: f6c101                         testb $0x1, %cl
    e7: 750a                           jne 0xa
    e9: 48ff09                         decq (%rcx)
    ec: 7505                           jne 0x5
    ee: e800000000                     callq 0x0
        # hole +0xef: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f3: 498b4608                       movq 0x8(%r14), %rax
    f7: 48ffc0                         incq %rax
    fa: 49894608                       movq %rax, 0x8(%r14)
    fe: 493b4610                       cmpq 0x10(%r14), %rax
   102: 0f8d89000000                   jge 0x89
   108: 49833e00                       cmpq $0x0, (%r14)
   10c: 0f84fcfeffff                   je -0x104
   112: e981000000                     jmp 0x81
   117: e800000000                     callq 0x0
        # hole +0x118: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   11c: 498b442418                     movq 0x18(%r12), %rax
   121: 488b00                         movq (%rax), %rax
   124: a801                           testb $0x1, %al
   126: 0f8457ffffff                   je -0xa9
   12c: e955ffffff                     jmp -0xab
   131: 4983c510                       addq $0x10, %r13
   135: 488b0500000000                 movq (%rip), %rax
        # hole +0x138: IMAGE_REL_AMD64_REL32 Rel32 data-4
   13c: 4883c007                       addq $0x7, %rax
   140: b946000000                     movl $0x46, %ecx
   145: 41b901000000                   movl $0x1, %r9d
   14b: 48894c2428                     movq %rcx, 0x28(%rsp)
   150: 4889442420                     movq %rax, 0x20(%rsp)
   155: 4c89e1                         movq %r12, %rcx
   158: 4c89ea                         movq %r13, %rdx
   15b: 4d89f0                         movq %r14, %r8
   15e: e800000000                     callq 0x0
        # hole +0x15f: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   163: 4883c438                       addq $0x38, %rsp
   167: c3                             retq
   168: 488b0500000000                 movq (%rip), %rax
        # hole +0x16b: IMAGE_REL_AMD64_REL32 Rel32 data-4
   16f: 48ffc0                         incq %rax
   172: b90a000000                     movl $0xa, %ecx
   177: ebcc                           jmp -0x34
   179: 488b0500000000                 movq (%rip), %rax
        # hole +0x17c: IMAGE_REL_AMD64_REL32 Rel32 data-4
   180: 4883c002                       addq $0x2, %rax
   184: b914000000                     movl $0x14, %ecx
   189: 41b902000000                   movl $0x2, %r9d
   18f: ebba                           jmp -0x46
   191: 49c70601000000                 movq $0x1, (%r14)
   198: 488b0500000000                 movq (%rip), %rax
        # hole +0x19b: IMAGE_REL_AMD64_REL32 Rel32 data-4
   19f: 4883c00a                       addq $0xa, %rax
   1a3: b964000000                     movl $0x64, %ecx
   1a8: 41b902000000                   movl $0x2, %r9d
   1ae: eb9b                           jmp -0x65
   1b0: 4983c510                       addq $0x10, %r13
   1b4: 488b0500000000                 movq (%rip), %rax
        # hole +0x1b7: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1bb: 4883c008                       addq $0x8, %rax
   1bf: b950000000                     movl $0x50, %ecx
   1c4: e97cffffff                     jmp -0x84
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
