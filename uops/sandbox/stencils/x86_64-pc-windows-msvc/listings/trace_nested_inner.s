# stencil nested_inner for x86_64-pc-windows-msvc: 535 code bytes, 8 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
     e: 498d7510                       leaq 0x10(%r13), %rsi
    12: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    20: 498b55f8                       movq -0x8(%r13), %rdx
    24: b80a000000                     movl $0xa, %eax
    29: b901000000                     movl $0x1, %ecx
    2e: bf01000000                     movl $0x1, %edi
    33: f6c201                         testb $0x1, %dl
    36: 0f8586010000                   jne 0x186
    3c: 837a0804                       cmpl $0x4, 0x8(%rdx)
    40: 0f857c010000                   jne 0x17c
    46: 488b4240                       movq 0x40(%rdx), %rax
    4a: 488b4a30                       movq 0x30(%rdx), %rcx
    4e: 4c8b4238                       movq 0x38(%rdx), %r8
    52: 4885c0                         testq %rax, %rax
    55: 7e19                           jle 0x19
    57: 4c39c1                         cmpq %r8, %rcx
    5a: 7c1d                           jl 0x1d
    5c: e93b010000                     jmp 0x13b
    61: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    70: 4c39c1                         cmpq %r8, %rcx
    73: 0f8e23010000                   jle 0x123
    79: 4801c8                         addq %rcx, %rax
    7c: 48894230                       movq %rax, 0x30(%rdx)
    80: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    88: 49894500                       movq %rax, (%r13)
    8c: 498b542418                     movq 0x18(%r12), %rdx
    91: 488b4a10                       movq 0x10(%rdx), %rcx
    95: 48894210                       movq %rax, 0x10(%rdx)
    99: f6c101                         testb $0x1, %cl
    9c: 7509                           jne 0x9
    9e: 48ff09                         decq (%rcx)
    a1: 0f84db000000                   je 0xdb
    a7: 498b442418                     movq 0x18(%r12), %rax
    ac: 488b00                         movq (%rax), %rax
    af: a801                           testb $0x1, %al
    b1: 7503                           jne 0x3
    b3: 48ff00                         incq (%rax)
    b6: 49894500                       movq %rax, (%r13)
    ba: 498b442418                     movq 0x18(%r12), %rax
    bf: 488b4808                       movq 0x8(%rax), %rcx
    c3: f6c101                         testb $0x1, %cl
    c6: 7503                           jne 0x3
    c8: 48ff01                         incq (%rcx)
    cb: 49894d08                       movq %rcx, 0x8(%r13)
    cf: 498b442418                     movq 0x18(%r12), %rax
    d4: 488b4010                       movq 0x10(%rax), %rax
    d8: a801                           testb $0x1, %al
    da: 7507                           jne 0x7
    dc: 48ff00                         incq (%rax)
    df: 498b4d08                       movq 0x8(%r13), %rcx
    e3: 488906                         movq %rax, (%rsi)
    e6: 48d1f9                         sarq %rcx
    e9: 48d1f8                         sarq %rax
    ec: 480fafc1                       imulq %rcx, %rax
    f0: 0f80f9000000                   jo 0xf9
    f6: 488d0c18                       leaq (%rax,%rbx), %rcx
    fa: 4885c9                         testq %rcx, %rcx
    fd: 0f89ec000000                   jns 0xec
   103: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   10b: 49894d08                       movq %rcx, 0x8(%r13)
   10f: 498b4d00                       movq (%r13), %rcx
   113: f6c101                         testb $0x1, %cl
   116: 0f84e3000000                   je 0xe3
   11c: 48d1f9                         sarq %rcx
   11f: 4801c8                         addq %rcx, %rax
   122: 4889c1                         movq %rax, %rcx
   125: 4801d9                         addq %rbx, %rcx
   128: 0f89dd000000                   jns 0xdd
   12e: 488d044501000000               leaq 0x1(,%rax,2), %rax
   136: 49894500                       movq %rax, (%r13)
   13a: 498b542418                     movq 0x18(%r12), %rdx
   13f: 488b0a                         movq (%rdx), %rcx
   142: 488902                         movq %rax, (%rdx)
   145: f6c101                         testb $0x1, %cl
   148: 7516                           jne 0x16
   14a: 48ff09                         decq (%rcx)
   14d: 7511                           jne 0x11
   14f: e800000000                     callq 0x0
        # hole +0x150: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   154: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
   160: bf02000000                     movl $0x2, %edi
   165: 49833e00                       cmpq $0x0, (%r14)
   169: 753a                           jne 0x3a
   16b: 498b4608                       movq 0x8(%r14), %rax
   16f: 48ffc0                         incq %rax
   172: 49894608                       movq %rax, 0x8(%r14)
   176: 493b4610                       cmpq 0x10(%r14), %rax
   17a: 0f8ca0feffff                   jl -0x160
   180: eb2f                           jmp 0x2f
   182: e800000000                     callq 0x0
        # hole +0x183: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   187: 498b442418                     movq 0x18(%r12), %rax
   18c: 488b00                         movq (%rax), %rax
   18f: a801                           testb $0x1, %al
   191: 0f841cffffff                   je -0xe4
   197: e91affffff                     jmp -0xe6
   19c: 4883c438                       addq $0x38, %rsp
   1a0: e900000000                     jmp 0x0
        # hole +0x1a1: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[2]-4
   1a5: b878000000                     movl $0x78, %eax
   1aa: b90c000000                     movl $0xc, %ecx
   1af: eb11                           jmp 0x11
   1b1: 49c70601000000                 movq $0x1, (%r14)
   1b8: b882000000                     movl $0x82, %eax
   1bd: b90d000000                     movl $0xd, %ecx
   1c2: 4c89ee                         movq %r13, %rsi
   1c5: 488b1500000000                 movq (%rip), %rdx
        # hole +0x1c8: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1cc: 4801ca                         addq %rcx, %rdx
   1cf: 4889442428                     movq %rax, 0x28(%rsp)
   1d4: 4889542420                     movq %rdx, 0x20(%rsp)
   1d9: 4c89e1                         movq %r12, %rcx
   1dc: 4889f2                         movq %rsi, %rdx
   1df: 4d89f0                         movq %r14, %r8
   1e2: 4189f9                         movl %edi, %r9d
   1e5: e800000000                     callq 0x0
        # hole +0x1e6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1ea: 4883c438                       addq $0x38, %rsp
   1ee: c3                             retq
   1ef: 4983c518                       addq $0x18, %r13
   1f3: b850000000                     movl $0x50, %eax
   1f8: b908000000                     movl $0x8, %ecx
   1fd: ebc3                           jmp -0x3d
   1ff: b85a000000                     movl $0x5a, %eax
   204: b909000000                     movl $0x9, %ecx
   209: ebba                           jmp -0x46
   20b: b864000000                     movl $0x64, %eax
   210: b90a000000                     movl $0xa, %ecx
   215: ebae                           jmp -0x52
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
