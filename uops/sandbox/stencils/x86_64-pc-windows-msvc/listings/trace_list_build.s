# stencil list_build for x86_64-pc-windows-msvc: 471 code bytes, 8 data bytes, 6 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498d7d08                       leaq 0x8(%r13), %rdi
     8: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
    12: be01000000                     movl $0x1, %esi
    17: 660f1f840000000000             nopw (%rax,%rax)
    20: 498b55f8                       movq -0x8(%r13), %rdx
    24: b80a000000                     movl $0xa, %eax
    29: b901000000                     movl $0x1, %ecx
    2e: f6c201                         testb $0x1, %dl
    31: 0f8566010000                   jne 0x166
    37: 837a0804                       cmpl $0x4, 0x8(%rdx)
    3b: 0f855c010000                   jne 0x15c
    41: 488b4240                       movq 0x40(%rdx), %rax
    45: 488b4a30                       movq 0x30(%rdx), %rcx
    49: 4c8b4238                       movq 0x38(%rdx), %r8
    4d: 4885c0                         testq %rax, %rax
    50: 7e0e                           jle 0xe
    52: 4c39c1                         cmpq %r8, %rcx
    55: 7c12                           jl 0x12
    57: e90b010000                     jmp 0x10b
    5c: 0f1f4000                       nopl (%rax)
    60: 4c39c1                         cmpq %r8, %rcx
    63: 0f8efe000000                   jle 0xfe
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
    bb: 48890f                         movq %rcx, (%rdi)
    be: 498b442418                     movq 0x18(%r12), %rax
    c3: 488b4008                       movq 0x8(%rax), %rax
    c7: a801                           testb $0x1, %al
    c9: 7506                           jne 0x6
    cb: 48ff00                         incq (%rax)
    ce: 488b0f                         movq (%rdi), %rcx
    d1: 49894510                       movq %rax, 0x10(%r13)
    d5: 48d1f9                         sarq %rcx
    d8: 48d1f8                         sarq %rax
    db: 480fafc1                       imulq %rcx, %rax
    df: 0f80e2000000                   jo 0xe2
    e5: 488d0c18                       leaq (%rax,%rbx), %rcx
    e9: 4885c9                         testq %rcx, %rcx
    ec: 0f89d5000000                   jns 0xd5
    f2: 4c8d044501000000               leaq 0x1(,%rax,2), %r8
    fa: 4d894508                       movq %r8, 0x8(%r13)
    fe: 498b5500                       movq (%r13), %rdx
   102: 4c89f1                         movq %r14, %rcx
   105: e800000000                     callq 0x0
        # hole +0x106: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
   10a: 85c0                           testl %eax, %eax
   10c: 7565                           jne 0x65
   10e: 498b4d00                       movq (%r13), %rcx
   112: f6c101                         testb $0x1, %cl
   115: 7519                           jne 0x19
   117: 48ff09                         decq (%rcx)
   11a: 7514                           jne 0x14
   11c: e800000000                     callq 0x0
        # hole +0x11d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   121: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   130: 498b4608                       movq 0x8(%r14), %rax
   134: 48ffc0                         incq %rax
   137: 49894608                       movq %rax, 0x8(%r14)
   13b: 493b4610                       cmpq 0x10(%r14), %rax
   13f: 7d46                           jge 0x46
   141: 49833e00                       cmpq $0x0, (%r14)
   145: 0f84d5feffff                   je -0x12b
   14b: eb41                           jmp 0x41
   14d: e800000000                     callq 0x0
        # hole +0x14e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   152: 498b442418                     movq 0x18(%r12), %rax
   157: 488b00                         movq (%rax), %rax
   15a: a801                           testb $0x1, %al
   15c: 0f8441ffffff                   je -0xbf
   162: e93fffffff                     jmp -0xc1
   167: b814000000                     movl $0x14, %eax
   16c: b902000000                     movl $0x2, %ecx
   171: eb25                           jmp 0x25
   173: b85a000000                     movl $0x5a, %eax
   178: b909000000                     movl $0x9, %ecx
   17d: be03000000                     movl $0x3, %esi
   182: 4989fd                         movq %rdi, %r13
   185: eb16                           jmp 0x16
   187: 49c70601000000                 movq $0x1, (%r14)
   18e: b86e000000                     movl $0x6e, %eax
   193: b90b000000                     movl $0xb, %ecx
   198: be02000000                     movl $0x2, %esi
   19d: 488b1500000000                 movq (%rip), %rdx
        # hole +0x1a0: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1a4: 4801ca                         addq %rcx, %rdx
   1a7: 4889442428                     movq %rax, 0x28(%rsp)
   1ac: 4889542420                     movq %rdx, 0x20(%rsp)
   1b1: 4c89e1                         movq %r12, %rcx
   1b4: 4c89ea                         movq %r13, %rdx
   1b7: 4d89f0                         movq %r14, %r8
   1ba: 4189f1                         movl %esi, %r9d
   1bd: e800000000                     callq 0x0
        # hole +0x1be: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1c2: 4883c438                       addq $0x38, %rsp
   1c6: c3                             retq
   1c7: 4983c518                       addq $0x18, %r13
   1cb: b850000000                     movl $0x50, %eax
   1d0: b908000000                     movl $0x8, %ecx
   1d5: ebc6                           jmp -0x3a
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
