# stencil _LOAD_ATTR_SLOT for x86_64-pc-windows-msvc: 128 code bytes, 0 data bytes, 7 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4df8                       movq -0x8(%r13), %rcx
     8: f6c101                         testb $0x1, %cl
     b: 7546                           jne 0x46
     d: 83790807                       cmpl $0x7, 0x8(%rcx)
    11: 7540                           jne 0x40
    13: b800000000                     movl $0x0, %eax
        # hole +0x14: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
    18: 48394138                       cmpq %rax, 0x38(%rcx)
    1c: 7635                           jbe 0x35
    1e: 488b44c140                     movq 0x40(%rcx,%rax,8), %rax
    23: a801                           testb $0x1, %al
    25: 7412                           je 0x12
    27: 498945f8                       movq %rax, -0x8(%r13)
    2b: 48ff09                         decq (%rcx)
    2e: 7415                           je 0x15
    30: 4883c438                       addq $0x38, %rsp
    34: e900000000                     jmp 0x0
        # hole +0x35: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    39: 48ff00                         incq (%rax)
    3c: 498945f8                       movq %rax, -0x8(%r13)
    40: 48ff09                         decq (%rcx)
    43: 75eb                           jne -0x15
    45: e800000000                     callq 0x0
        # hole +0x46: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    4a: 4883c438                       addq $0x38, %rsp
    4e: e900000000                     jmp 0x0
        # hole +0x4f: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    53: b800000000                     movl $0x0, %eax
        # hole +0x54: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    58: b900000000                     movl $0x0, %ecx
        # hole +0x59: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    5d: 4889442428                     movq %rax, 0x28(%rsp)
    62: 48894c2420                     movq %rcx, 0x20(%rsp)
    67: 4c89e1                         movq %r12, %rcx
    6a: 4c89ea                         movq %r13, %rdx
    6d: 4d89f0                         movq %r14, %r8
    70: 41b901000000                   movl $0x1, %r9d
    76: e800000000                     callq 0x0
        # hole +0x77: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    7b: 4883c438                       addq $0x38, %rsp
    7f: c3                             retq
