# stencil raise_error for x86_64-pc-windows-msvc: 174 code bytes, 16 data bytes, 8 holes
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
    2b: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x2e: IMAGE_REL_AMD64_REL32 Rel32 data-4
    32: f6c101                         testb $0x1, %cl
    35: 7513                           jne 0x13
    37: 48ff01                         incq (%rcx)
    3a: 49894d10                       movq %rcx, 0x10(%r13)
    3e: 48ff09                         decq (%rcx)
    41: 750b                           jne 0xb
    43: e800000000                     callq 0x0
        # hole +0x44: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    48: eb04                           jmp 0x4
    4a: 49894d10                       movq %rcx, 0x10(%r13)
    4e: 498b4d08                       movq 0x8(%r13), %rcx
    52: f6c101                         testb $0x1, %cl
    55: 750a                           jne 0xa
    57: 48ff09                         decq (%rcx)
    5a: 7505                           jne 0x5
    5c: e800000000                     callq 0x0
        # hole +0x5d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    61: 498b4d00                       movq (%r13), %rcx
    65: f6c101                         testb $0x1, %cl
    68: 750a                           jne 0xa
    6a: 48ff09                         decq (%rcx)
    6d: 7505                           jne 0x5
    6f: e800000000                     callq 0x0
        # hole +0x70: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    74: 49c7461806000000               movq $0x6, 0x18(%r14)
    7c: 488b0500000000                 movq (%rip), %rax
        # hole +0x7f: IMAGE_REL_AMD64_REL32 Rel32 data+4
    83: 4883c004                       addq $0x4, %rax
    87: 4889442420                     movq %rax, 0x20(%rsp)
    8c: 48c744242828000000             movq $0x28, 0x28(%rsp)
    95: 4c89e1                         movq %r12, %rcx
    98: 4c89ea                         movq %r13, %rdx
    9b: 4d89f0                         movq %r14, %r8
    9e: 41b903000000                   movl $0x3, %r9d
    a4: e800000000                     callq 0x0
        # hole +0xa5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    a9: 4883c438                       addq $0x38, %rsp
    ad: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[3]+0
        # hole data+0x8: GOT Abs64 index+0
