# stencil nested_inner for x86_64-pc-windows-msvc: 572 code bytes, 8 data bytes, 11 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
     e: 498d7510                       leaq 0x10(%r13), %rsi
    12: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    20: 498b45f8                       movq -0x8(%r13), %rax
    24: a801                           testb $0x1, %al
    26: 0f8564010000                   jne 0x164
    2c: 83780804                       cmpl $0x4, 0x8(%rax)
    30: 0f855a010000                   jne 0x15a
    36: 488b4840                       movq 0x40(%rax), %rcx
    3a: 488b5030                       movq 0x30(%rax), %rdx
    3e: 4c8b4038                       movq 0x38(%rax), %r8
    42: 4885c9                         testq %rcx, %rcx
    45: 7e19                           jle 0x19
    47: 4c39c2                         cmpq %r8, %rdx
    4a: 7c1d                           jl 0x1d
    4c: e936010000                     jmp 0x136
    51: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    60: 4c39c2                         cmpq %r8, %rdx
    63: 0f8e1e010000                   jle 0x11e
    69: 4801d1                         addq %rdx, %rcx
    6c: 48894830                       movq %rcx, 0x30(%rax)
    70: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    78: 49894500                       movq %rax, (%r13)
    7c: 498b542418                     movq 0x18(%r12), %rdx
    81: 488b4a10                       movq 0x10(%rdx), %rcx
    85: 48894210                       movq %rax, 0x10(%rdx)
    89: f6c101                         testb $0x1, %cl
    8c: 7509                           jne 0x9
    8e: 48ff09                         decq (%rcx)
    91: 0f84d6000000                   je 0xd6
    97: 498b442418                     movq 0x18(%r12), %rax
    9c: 488b00                         movq (%rax), %rax
    9f: a801                           testb $0x1, %al
    a1: 7503                           jne 0x3
    a3: 48ff00                         incq (%rax)
    a6: 49894500                       movq %rax, (%r13)
    aa: 498b442418                     movq 0x18(%r12), %rax
    af: 488b4808                       movq 0x8(%rax), %rcx
    b3: f6c101                         testb $0x1, %cl
    b6: 7503                           jne 0x3
    b8: 48ff01                         incq (%rcx)
    bb: 49894d08                       movq %rcx, 0x8(%r13)
    bf: 498b442418                     movq 0x18(%r12), %rax
    c4: 488b5010                       movq 0x10(%rax), %rdx
    c8: f6c201                         testb $0x1, %dl
    cb: 7507                           jne 0x7
    cd: 48ff02                         incq (%rdx)
    d0: 498b4d08                       movq 0x8(%r13), %rcx
    d4: 48d1f9                         sarq %rcx
    d7: 4989d0                         movq %rdx, %r8
    da: 49d1f8                         sarq %r8
    dd: 4889c8                         movq %rcx, %rax
    e0: 490fafc0                       imulq %r8, %rax
    e4: 4c0fafc1                       imulq %rcx, %r8
    e8: 488916                         movq %rdx, (%rsi)
    eb: 0f80ed000000                   jo 0xed
    f1: 4889c1                         movq %rax, %rcx
    f4: 4801f9                         addq %rdi, %rcx
    f7: 0f89e1000000                   jns 0xe1
    fd: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   105: 49894d08                       movq %rcx, 0x8(%r13)
   109: 498b4d00                       movq (%r13), %rcx
   10d: f6c101                         testb $0x1, %cl
   110: 0f84de000000                   je 0xde
   116: 48d1f9                         sarq %rcx
   119: 4801c8                         addq %rcx, %rax
   11c: 4889c1                         movq %rax, %rcx
   11f: 4801f9                         addq %rdi, %rcx
   122: 0f89de000000                   jns 0xde
   128: 488d044501000000               leaq 0x1(,%rax,2), %rax
   130: 49894500                       movq %rax, (%r13)
   134: 498b542418                     movq 0x18(%r12), %rdx
   139: 488b0a                         movq (%rdx), %rcx
   13c: 488902                         movq %rax, (%rdx)
   13f: f6c101                         testb $0x1, %cl
   142: 750c                           jne 0xc
   144: 48ff09                         decq (%rcx)
   147: 7507                           jne 0x7
   149: e800000000                     callq 0x0
        # hole +0x14a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   14e: 6690                           nop
   150: 49833e00                       cmpq $0x0, (%r14)
   154: 7551                           jne 0x51
   156: 498b4608                       movq 0x8(%r14), %rax
   15a: 48ffc0                         incq %rax
   15d: 49894608                       movq %rax, 0x8(%r14)
   161: 493b4610                       cmpq 0x10(%r14), %rax
   165: 0f8cb5feffff                   jl -0x14b
   16b: eb52                           jmp 0x52
   16d: e800000000                     callq 0x0
        # hole +0x16e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   172: 498b442418                     movq 0x18(%r12), %rax
   177: 488b00                         movq (%rax), %rax
   17a: a801                           testb $0x1, %al
   17c: 0f8421ffffff                   je -0xdf
   182: e91fffffff                     jmp -0xe1
   187: 4883c438                       addq $0x38, %rsp
   18b: e900000000                     jmp 0x0
        # hole +0x18c: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[2]-4
   190: 488b0500000000                 movq (%rip), %rax
        # hole +0x193: IMAGE_REL_AMD64_REL32 Rel32 data-4
   197: 48ffc0                         incq %rax
   19a: b90a000000                     movl $0xa, %ecx
   19f: 41b901000000                   movl $0x1, %r9d
   1a5: eb78                           jmp 0x78
   1a7: 488b0500000000                 movq (%rip), %rax
        # hole +0x1aa: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1ae: 4883c00c                       addq $0xc, %rax
   1b2: b978000000                     movl $0x78, %ecx
   1b7: 41b902000000                   movl $0x2, %r9d
   1bd: eb60                           jmp 0x60
   1bf: 49c70601000000                 movq $0x1, (%r14)
   1c6: 488b0500000000                 movq (%rip), %rax
        # hole +0x1c9: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1cd: 4883c00d                       addq $0xd, %rax
   1d1: b982000000                     movl $0x82, %ecx
   1d6: 41b902000000                   movl $0x2, %r9d
   1dc: eb41                           jmp 0x41
   1de: 4983c518                       addq $0x18, %r13
   1e2: 488b0500000000                 movq (%rip), %rax
        # hole +0x1e5: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1e9: 4883c008                       addq $0x8, %rax
   1ed: b950000000                     movl $0x50, %ecx
   1f2: ebab                           jmp -0x55
   1f4: 488b0500000000                 movq (%rip), %rax
        # hole +0x1f7: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1fb: 4883c009                       addq $0x9, %rax
   1ff: b95a000000                     movl $0x5a, %ecx
   204: eb10                           jmp 0x10
   206: 488b0500000000                 movq (%rip), %rax
        # hole +0x209: IMAGE_REL_AMD64_REL32 Rel32 data-4
   20d: 4883c00a                       addq $0xa, %rax
   211: b964000000                     movl $0x64, %ecx
   216: 41b901000000                   movl $0x1, %r9d
   21c: 4989f5                         movq %rsi, %r13
   21f: 48894c2428                     movq %rcx, 0x28(%rsp)
   224: 4889442420                     movq %rax, 0x20(%rsp)
   229: 4c89e1                         movq %r12, %rcx
   22c: 4c89ea                         movq %r13, %rdx
   22f: 4d89f0                         movq %r14, %r8
   232: e800000000                     callq 0x0
        # hole +0x233: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   237: 4883c438                       addq $0x38, %rsp
   23b: c3                             retq
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
