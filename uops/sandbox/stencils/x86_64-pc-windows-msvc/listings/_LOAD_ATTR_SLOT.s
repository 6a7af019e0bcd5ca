# stencil _LOAD_ATTR_SLOT for x86_64-pc-windows-msvc: 134 code bytes, 24 data bytes, 10 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4df8                       movq -0x8(%r13), %rcx
     8: f6c101                         testb $0x1, %cl
     b: 7548                           jne 0x48
     d: 83790807                       cmpl $0x7, 0x8(%rcx)
    11: 7542                           jne 0x42
    13: 488b0500000000                 movq (%rip), %rax
        # hole +0x16: IMAGE_REL_AMD64_REL32 Rel32 data-4
    1a: 48394138                       cmpq %rax, 0x38(%rcx)
    1e: 7635                           jbe 0x35
    20: 488b44c140                     movq 0x40(%rcx,%rax,8), %rax
    25: a801                           testb $0x1, %al
    27: 7412                           je 0x12
    29: 498945f8                       movq %rax, -0x8(%r13)
    2d: 48ff09                         decq (%rcx)
    30: 7415                           je 0x15
    32: 4883c438                       addq $0x38, %rsp
    36: e900000000                     jmp 0x0
        # hole +0x37: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    3b: 48ff00                         incq (%rax)
    3e: 498945f8                       movq %rax, -0x8(%r13)
    42: 48ff09                         decq (%rcx)
    45: 75eb                           jne -0x15
    47: e800000000                     callq 0x0
        # hole +0x48: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    4c: 4883c438                       addq $0x38, %rsp
    50: e900000000                     jmp 0x0
        # hole +0x51: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    55: 488b0500000000                 movq (%rip), %rax
        # hole +0x58: IMAGE_REL_AMD64_REL32 Rel32 data+4
    5c: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x5f: IMAGE_REL_AMD64_REL32 Rel32 data+12
    63: 4889442428                     movq %rax, 0x28(%rsp)
    68: 48894c2420                     movq %rcx, 0x20(%rsp)
    6d: 4c89e1                         movq %r12, %rcx
    70: 4c89ea                         movq %r13, %rdx
    73: 4d89f0                         movq %r14, %r8
    76: 41b901000000                   movl $0x1, %r9d
    7c: e800000000                     callq 0x0
        # hole +0x7d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    81: 4883c438                       addq $0x38, %rsp
    85: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
