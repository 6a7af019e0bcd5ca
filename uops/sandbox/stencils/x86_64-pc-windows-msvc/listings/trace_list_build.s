# stencil list_build for x86_64-pc-windows-msvc: 510 code bytes, 8 data bytes, 10 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498d7508                       leaq 0x8(%r13), %rsi
     8: 48bf00000000000000c0           movabsq $-0x4000000000000000, %rdi
    12: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    20: 498b45f8                       movq -0x8(%r13), %rax
    24: a801                           testb $0x1, %al
    26: 0f853b010000                   jne 0x13b
    2c: 83780804                       cmpl $0x4, 0x8(%rax)
    30: 0f8531010000                   jne 0x131
    36: 488b4840                       movq 0x40(%rax), %rcx
    3a: 488b5030                       movq 0x30(%rax), %rdx
    3e: 4c8b4038                       movq 0x38(%rax), %r8
    42: 4885c9                         testq %rcx, %rcx
    45: 7e19                           jle 0x19
    47: 4c39c2                         cmpq %r8, %rdx
    4a: 7c1d                           jl 0x1d
    4c: e92d010000                     jmp 0x12d
    51: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    60: 4c39c2                         cmpq %r8, %rdx
    63: 0f8e15010000                   jle 0x115
    69: 4801d1                         addq %rdx, %rcx
    6c: 48894830                       movq %rcx, 0x30(%rax)
    70: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    78: 49894500                       movq %rax, (%r13)
    7c: 498b542418                     movq 0x18(%r12), %rdx
    81: 488b4a08                       movq 0x8(%rdx), %rcx
    85: 48894208                       movq %rax, 0x8(%rdx)
    89: f6c101                         testb $0x1, %cl
    8c: 7509                           jne 0x9
    8e: 48ff09                         decq (%rcx)
    91: 0f84b6000000                   je 0xb6
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
    bb: 48890e                         movq %rcx, (%rsi)
    be: 498b442418                     movq 0x18(%r12), %rax
    c3: 488b4008                       movq 0x8(%rax), %rax
    c7: a801                           testb $0x1, %al
    c9: 7506                           jne 0x6
    cb: 48ff00                         incq (%rax)
    ce: 488b0e                         movq (%rsi), %rcx
    d1: 49894510                       movq %rax, 0x10(%r13)
    d5: 48d1f9                         sarq %rcx
    d8: 48d1f8                         sarq %rax
    db: 480fafc1                       imulq %rcx, %rax
    df: 0f8000010000                   jo 0x100
    e5: 488d0c38                       leaq (%rax,%rdi), %rcx
    e9: 4885c9                         testq %rcx, %rcx
    ec: 0f89f3000000                   jns 0xf3
    f2: 4c8d044501000000               leaq 0x1(,%rax,2), %r8
    fa: 4d894508                       movq %r8, 0x8(%r13)
    fe: 498b5500                       movq (%r13), %rdx
   102: 4c89f1                         movq %r14, %rcx
   105: e800000000                     callq 0x0
        # hole +0x106: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
   10a: 85c0                           testl %eax, %eax
   10c: 0f857e000000                   jne 0x7e
   112: 498b4d00                       movq (%r13), %rcx
   116: f6c101                         testb $0x1, %cl
   119: 7515                           jne 0x15
   11b: 48ff09                         decq (%rcx)
   11e: 7510                           jne 0x10
   120: e800000000                     callq 0x0
        # hole +0x121: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   125: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   130: 498b4608                       movq 0x8(%r14), %rax
   134: 48ffc0                         incq %rax
   137: 49894608                       movq %rax, 0x8(%r14)
   13b: 493b4610                       cmpq 0x10(%r14), %rax
   13f: 7d6a                           jge 0x6a
   141: 49833e00                       cmpq $0x0, (%r14)
   145: 0f84d5feffff                   je -0x12b
   14b: eb65                           jmp 0x65
   14d: e800000000                     callq 0x0
        # hole +0x14e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   152: 498b442418                     movq 0x18(%r12), %rax
   157: 488b00                         movq (%rax), %rax
   15a: a801                           testb $0x1, %al
   15c: 0f8441ffffff                   je -0xbf
   162: e93fffffff                     jmp -0xc1
   167: 488b0500000000                 movq (%rip), %rax
        # hole +0x16a: IMAGE_REL_AMD64_REL32 Rel32 data-4
   16e: 48ffc0                         incq %rax
   171: b90a000000                     movl $0xa, %ecx
   176: 41b901000000                   movl $0x1, %r9d
   17c: eb4a                           jmp 0x4a
   17e: 488b0500000000                 movq (%rip), %rax
        # hole +0x181: IMAGE_REL_AMD64_REL32 Rel32 data-4
   185: 4883c002                       addq $0x2, %rax
   189: b914000000                     movl $0x14, %ecx
   18e: eb32                           jmp 0x32
   190: 488b0500000000                 movq (%rip), %rax
        # hole +0x193: IMAGE_REL_AMD64_REL32 Rel32 data-4
   197: 4883c009                       addq $0x9, %rax
   19b: b95a000000                     movl $0x5a, %ecx
   1a0: 41b903000000                   movl $0x3, %r9d
   1a6: 4989f5                         movq %rsi, %r13
   1a9: eb1d                           jmp 0x1d
   1ab: 49c70601000000                 movq $0x1, (%r14)
   1b2: 488b0500000000                 movq (%rip), %rax
        # hole +0x1b5: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1b9: 4883c00b                       addq $0xb, %rax
   1bd: b96e000000                     movl $0x6e, %ecx
   1c2: 41b902000000                   movl $0x2, %r9d
   1c8: 48894c2428                     movq %rcx, 0x28(%rsp)
   1cd: 4889442420                     movq %rax, 0x20(%rsp)
   1d2: 4c89e1                         movq %r12, %rcx
   1d5: 4c89ea                         movq %r13, %rdx
   1d8: 4d89f0                         movq %r14, %r8
   1db: e800000000                     callq 0x0
        # hole +0x1dc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1e0: 4883c438                       addq $0x38, %rsp
   1e4: c3                             retq
   1e5: 4983c518                       addq $0x18, %r13
   1e9: 488b0500000000                 movq (%rip), %rax
        # hole +0x1ec: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1f0: 4883c008                       addq $0x8, %rax
   1f4: b950000000                     movl $0x50, %ecx
   1f9: e978ffffff                     jmp -0x88
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
