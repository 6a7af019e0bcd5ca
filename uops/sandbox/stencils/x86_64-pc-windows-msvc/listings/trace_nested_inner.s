# stencil nested_inner for x86_64-pc-windows-msvc: 521 code bytes, 0 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
     f: 48bb0100000005000000           movabsq $0x500000001, %rbx
    19: 498d7510                       leaq 0x10(%r13), %rsi
    1d: 4c8d7b08                       leaq 0x8(%rbx), %r15
    21: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    30: 498b4df8                       movq -0x8(%r13), %rcx
    34: b80a000000                     movl $0xa, %eax
    39: bf01000000                     movl $0x1, %edi
    3e: f6c101                         testb $0x1, %cl
    41: 0f857a010000                   jne 0x17a
    47: 83790804                       cmpl $0x4, 0x8(%rcx)
    4b: 0f8570010000                   jne 0x170
    51: 488b4140                       movq 0x40(%rcx), %rax
    55: 488b5130                       movq 0x30(%rcx), %rdx
    59: 4c8b4138                       movq 0x38(%rcx), %r8
    5d: 4885c0                         testq %rax, %rax
    60: 7e0e                           jle 0xe
    62: 4c39c2                         cmpq %r8, %rdx
    65: 7c12                           jl 0x12
    67: e930010000                     jmp 0x130
    6c: 0f1f4000                       nopl (%rax)
    70: 4c39c2                         cmpq %r8, %rdx
    73: 0f8e23010000                   jle 0x123
    79: 4801d0                         addq %rdx, %rax
    7c: 48894130                       movq %rax, 0x30(%rcx)
    80: 488d045501000000               leaq 0x1(,%rdx,2), %rax
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
    d4: 488b5010                       movq 0x10(%rax), %rdx
    d8: f6c201                         testb $0x1, %dl
    db: 7507                           jne 0x7
    dd: 48ff02                         incq (%rdx)
    e0: 498b4d08                       movq 0x8(%r13), %rcx
    e4: 48d1f9                         sarq %rcx
    e7: 4989d0                         movq %rdx, %r8
    ea: 49d1f8                         sarq %r8
    ed: 4889c8                         movq %rcx, %rax
    f0: 490fafc0                       imulq %r8, %rax
    f4: 4c0fafc1                       imulq %rcx, %r8
    f8: 488916                         movq %rdx, (%rsi)
    fb: 0f80e7000000                   jo 0xe7
   101: 4889c1                         movq %rax, %rcx
   104: 4801e9                         addq %rbp, %rcx
   107: 0f89db000000                   jns 0xdb
   10d: 488d0c4501000000               leaq 0x1(,%rax,2), %rcx
   115: 49894d08                       movq %rcx, 0x8(%r13)
   119: 498b4d00                       movq (%r13), %rcx
   11d: f6c101                         testb $0x1, %cl
   120: 0f84d1000000                   je 0xd1
   126: 48d1f9                         sarq %rcx
   129: 4801c8                         addq %rcx, %rax
   12c: 4889c1                         movq %rax, %rcx
   12f: 4801e9                         addq %rbp, %rcx
   132: 0f89c6000000                   jns 0xc6
   138: 488d044501000000               leaq 0x1(,%rax,2), %rax
   140: 49894500                       movq %rax, (%r13)
   144: 498b542418                     movq 0x18(%r12), %rdx
   149: 488b0a                         movq (%rdx), %rcx
   14c: 488902                         movq %rax, (%rdx)
   14f: f6c101                         testb $0x1, %cl
   152: 750c                           jne 0xc
   154: 48ff09                         decq (%rcx)
   157: 7507                           jne 0x7
   159: e800000000                     callq 0x0
        # hole +0x15a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   15e: 6690                           nop
   160: 49833e00                       cmpq $0x0, (%r14)
   164: bf02000000                     movl $0x2, %edi
   169: 753b                           jne 0x3b
   16b: 498b4608                       movq 0x8(%r14), %rax
   16f: 48ffc0                         incq %rax
   172: 49894608                       movq %rax, 0x8(%r14)
   176: 493b4610                       cmpq 0x10(%r14), %rax
   17a: 0f8cb0feffff                   jl -0x150
   180: eb2f                           jmp 0x2f
   182: e800000000                     callq 0x0
        # hole +0x183: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   187: 498b442418                     movq 0x18(%r12), %rax
   18c: 488b00                         movq (%rax), %rax
   18f: a801                           testb $0x1, %al
   191: 0f841cffffff                   je -0xe4
   197: e91affffff                     jmp -0xe6
   19c: 4883c430                       addq $0x30, %rsp
   1a0: 5d                             popq %rbp
   1a1: e900000000                     jmp 0x0
        # hole +0x1a2: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[2]-4
   1a6: 4883c30b                       addq $0xb, %rbx
   1aa: b878000000                     movl $0x78, %eax
   1af: eb10                           jmp 0x10
   1b1: 49c70601000000                 movq $0x1, (%r14)
   1b8: 4883c30c                       addq $0xc, %rbx
   1bc: b882000000                     movl $0x82, %eax
   1c1: 4c89ee                         movq %r13, %rsi
   1c4: 4989df                         movq %rbx, %r15
   1c7: 4889442428                     movq %rax, 0x28(%rsp)
   1cc: 4c897c2420                     movq %r15, 0x20(%rsp)
   1d1: 4c89e1                         movq %r12, %rcx
   1d4: 4889f2                         movq %rsi, %rdx
   1d7: 4d89f0                         movq %r14, %r8
   1da: 4189f9                         movl %edi, %r9d
   1dd: e800000000                     callq 0x0
        # hole +0x1de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1e2: 4883c430                       addq $0x30, %rsp
   1e6: 5d                             popq %rbp
   1e7: c3                             retq
   1e8: 4983c518                       addq $0x18, %r13
   1ec: 4883c307                       addq $0x7, %rbx
   1f0: b850000000                     movl $0x50, %eax
   1f5: ebca                           jmp -0x36
   1f7: b85a000000                     movl $0x5a, %eax
   1fc: ebc9                           jmp -0x37
   1fe: 4883c309                       addq $0x9, %rbx
   202: b864000000                     movl $0x64, %eax
   207: ebbb                           jmp -0x45
