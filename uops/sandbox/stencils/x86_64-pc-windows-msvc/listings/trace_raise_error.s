# stencil raise_error for x86_64-pc-windows-msvc: 171 code bytes, 0 data bytes, 5 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 488b00                         movq (%rax), %rax
     c: a801                           testb $0x1, %al
     e: 7503                           jne 0x3
    10: 48ff00                         incq (%rax)
    13: 49894500                       movq %rax, (%r13)
    17: 498b442418                     movq 0x18(%r12), %rax
    1c: 488b4008                       movq 0x8(%rax), %rax
    20: a801                           testb $0x1, %al
    22: 7503                           jne 0x3
    24: 48ff00                         incq (%rax)
    27: 49894508                       movq %rax, 0x8(%r13)
    2b: b900000000                     movl $0x0, %ecx
        # hole +0x2c: IMAGE_REL_AMD64_ADDR32 Abs32 operand0[3]+0
    30: f6c101                         testb $0x1, %cl
    33: 7513                           jne 0x13
    35: 48ff01                         incq (%rcx)
    38: 49894d10                       movq %rcx, 0x10(%r13)
    3c: 48ff09                         decq (%rcx)
    3f: 750b                           jne 0xb
    41: e800000000                     callq 0x0
        # hole +0x42: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    46: eb04                           jmp 0x4
    48: 49894d10                       movq %rcx, 0x10(%r13)
    4c: 498b4d08                       movq 0x8(%r13), %rcx
    50: f6c101                         testb $0x1, %cl
    53: 750a                           jne 0xa
    55: 48ff09                         decq (%rcx)
    58: 7505                           jne 0x5
    5a: e800000000                     callq 0x0
        # hole +0x5b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    5f: 498b4d00                       movq (%r13), %rcx
    63: f6c101                         testb $0x1, %cl
    66: 750a                           jne 0xa
    68: 48ff09                         decq (%rcx)
    6b: 7505                           jne 0x5
    6d: e800000000                     callq 0x0
        # hole +0x6e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    72: 49c7461806000000               movq $0x6, 0x18(%r14)
    7a: 48b80400000008000000           movabsq $0x800000004, %rax
    84: 4889442420                     movq %rax, 0x20(%rsp)
    89: 48c744242828000000             movq $0x28, 0x28(%rsp)
    92: 4c89e1                         movq %r12, %rcx
    95: 4c89ea                         movq %r13, %rdx
    98: 4d89f0                         movq %r14, %r8
    9b: 41b903000000                   movl $0x3, %r9d
    a1: e800000000                     callq 0x0
        # hole +0xa2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    a6: 4883c438                       addq $0x38, %rsp
    aa: c3                             retq
