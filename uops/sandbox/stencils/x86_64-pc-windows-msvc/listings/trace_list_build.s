# stencil list_build for x86_64-pc-windows-msvc: 479 code bytes, 0 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 48bb0100000004000000           movabsq $0x400000001, %rbx
     f: 4d8d7d08                       leaq 0x8(%r13), %r15
    13: 488d7b01                       leaq 0x1(%rbx), %rdi
    17: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
    21: 488d4308                       leaq 0x8(%rbx), %rax
    25: 4889442438                     movq %rax, 0x38(%rsp)
    2a: be01000000                     movl $0x1, %esi
    2f: 90                             nop
    30: 498b4df8                       movq -0x8(%r13), %rcx
    34: b80a000000                     movl $0xa, %eax
    39: f6c101                         testb $0x1, %cl
    3c: 0f856a010000                   jne 0x16a
    42: 83790804                       cmpl $0x4, 0x8(%rcx)
    46: 0f8560010000                   jne 0x160
    4c: 488b4140                       movq 0x40(%rcx), %rax
    50: 488b5130                       movq 0x30(%rcx), %rdx
    54: 4c8b4138                       movq 0x38(%rcx), %r8
    58: 4885c0                         testq %rax, %rax
    5b: 7e13                           jle 0x13
    5d: 4c39c2                         cmpq %r8, %rdx
    60: 7c17                           jl 0x17
    62: e910010000                     jmp 0x110
    67: 660f1f840000000000             nopw (%rax,%rax)
    70: 4c39c2                         cmpq %r8, %rdx
    73: 0f8efe000000                   jle 0xfe
    79: 4801d0                         addq %rdx, %rax
    7c: 48894130                       movq %rax, 0x30(%rcx)
    80: 488d045501000000               leaq 0x1(,%rdx,2), %rax
    88: 49894500                       movq %rax, (%r13)
    8c: 498b542418                     movq 0x18(%r12), %rdx
    91: 488b4a08                       movq 0x8(%rdx), %rcx
    95: 48894208                       movq %rax, 0x8(%rdx)
    99: f6c101                         testb $0x1, %cl
    9c: 7509                           jne 0x9
    9e: 48ff09                         decq (%rcx)
    a1: 0f84b6000000                   je 0xb6
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
    cb: 49890f                         movq %rcx, (%r15)
    ce: 498b442418                     movq 0x18(%r12), %rax
    d3: 488b4008                       movq 0x8(%rax), %rax
    d7: a801                           testb $0x1, %al
    d9: 7506                           jne 0x6
    db: 48ff00                         incq (%rax)
    de: 498b0f                         movq (%r15), %rcx
    e1: 49894510                       movq %rax, 0x10(%r13)
    e5: 48d1f9                         sarq %rcx
    e8: 48d1f8                         sarq %rax
    eb: 480fafc1                       imulq %rcx, %rax
    ef: 0f80db000000                   jo 0xdb
    f5: 488d0c28                       leaq (%rax,%rbp), %rcx
    f9: 4885c9                         testq %rcx, %rcx
    fc: 0f89ce000000                   jns 0xce
   102: 4c8d044501000000               leaq 0x1(,%rax,2), %r8
   10a: 4d894508                       movq %r8, 0x8(%r13)
   10e: 498b5500                       movq (%r13), %rdx
   112: 4c89f1                         movq %r14, %rcx
   115: e800000000                     callq 0x0
        # hole +0x116: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_list_append-4
   11a: 85c0                           testl %eax, %eax
   11c: 7565                           jne 0x65
   11e: 498b4d00                       movq (%r13), %rcx
   122: f6c101                         testb $0x1, %cl
   125: 7519                           jne 0x19
   127: 48ff09                         decq (%rcx)
   12a: 7514                           jne 0x14
   12c: e800000000                     callq 0x0
        # hole +0x12d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   131: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
   140: 498b4608                       movq 0x8(%r14), %rax
   144: 48ffc0                         incq %rax
   147: 49894608                       movq %rax, 0x8(%r14)
   14b: 493b4610                       cmpq 0x10(%r14), %rax
   14f: 7d46                           jge 0x46
   151: 49833e00                       cmpq $0x0, (%r14)
   155: 0f84d5feffff                   je -0x12b
   15b: eb41                           jmp 0x41
   15d: e800000000                     callq 0x0
        # hole +0x15e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   162: 498b442418                     movq 0x18(%r12), %rax
   167: 488b00                         movq (%rax), %rax
   16a: a801                           testb $0x1, %al
   16c: 0f8441ffffff                   je -0xbf
   172: e93fffffff                     jmp -0xc1
   177: b814000000                     movl $0x14, %eax
   17c: be02000000                     movl $0x2, %esi
   181: eb2c                           jmp 0x2c
   183: b85a000000                     movl $0x5a, %eax
   188: be03000000                     movl $0x3, %esi
   18d: 4d89fd                         movq %r15, %r13
   190: 488b7c2438                     movq 0x38(%rsp), %rdi
   195: eb18                           jmp 0x18
   197: 49c70601000000                 movq $0x1, (%r14)
   19e: 4883c30a                       addq $0xa, %rbx
   1a2: b86e000000                     movl $0x6e, %eax
   1a7: be02000000                     movl $0x2, %esi
   1ac: 4889df                         movq %rbx, %rdi
   1af: 4889442428                     movq %rax, 0x28(%rsp)
   1b4: 48897c2420                     movq %rdi, 0x20(%rsp)
   1b9: 4c89e1                         movq %r12, %rcx
   1bc: 4c89ea                         movq %r13, %rdx
   1bf: 4d89f0                         movq %r14, %r8
   1c2: 4189f1                         movl %esi, %r9d
   1c5: e800000000                     callq 0x0
        # hole +0x1c6: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1ca: 4883c440                       addq $0x40, %rsp
   1ce: 5d                             popq %rbp
   1cf: c3                             retq
   1d0: 4983c518                       addq $0x18, %r13
   1d4: 4883c307                       addq $0x7, %rbx
   1d8: b850000000                     movl $0x50, %eax
   1dd: ebcd                           jmp -0x33
