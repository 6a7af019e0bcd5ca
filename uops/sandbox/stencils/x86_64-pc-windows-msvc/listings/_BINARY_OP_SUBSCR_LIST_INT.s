# stencil _BINARY_OP_SUBSCR_LIST_INT for x86_64-pc-windows-msvc: 162 code bytes, 16 data bytes, 8 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b4df0                       movq -0x10(%r13), %rcx
     8: f6c101                         testb $0x1, %cl
     b: 7564                           jne 0x64
     d: 83790803                       cmpl $0x3, 0x8(%rcx)
    11: 755e                           jne 0x5e
    13: 498b45f8                       movq -0x8(%r13), %rax
    17: 89c2                           movl %eax, %edx
    19: 83e201                         andl $0x1, %edx
    1c: 7453                           je 0x53
    1e: 48d1f8                         sarq %rax
    21: 784e                           js 0x4e
    23: 483b4130                       cmpq 0x30(%rcx), %rax
    27: 7d48                           jge 0x48
    29: 488b5140                       movq 0x40(%rcx), %rdx
    2d: 488b3cc2                       movq (%rdx,%rax,8), %rdi
    31: 40f6c701                       testb $0x1, %dil
    35: 7419                           je 0x19
    37: 498d75f8                       leaq -0x8(%r13), %rsi
    3b: 48ff09                         decq (%rcx)
    3e: 741c                           je 0x1c
    40: 49897df0                       movq %rdi, -0x10(%r13)
    44: 4989f5                         movq %rsi, %r13
    47: 4883c438                       addq $0x38, %rsp
    4b: e900000000                     jmp 0x0
        # hole +0x4c: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    50: 48ff07                         incq (%rdi)
    53: 498d75f8                       leaq -0x8(%r13), %rsi
    57: 48ff09                         decq (%rcx)
    5a: 75e4                           jne -0x1c
    5c: e800000000                     callq 0x0
        # hole +0x5d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    61: 49897df0                       movq %rdi, -0x10(%r13)
    65: 4989f5                         movq %rsi, %r13
    68: 4883c438                       addq $0x38, %rsp
    6c: e900000000                     jmp 0x0
        # hole +0x6d: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    71: 488b0500000000                 movq (%rip), %rax
        # hole +0x74: IMAGE_REL_AMD64_REL32 Rel32 data-4
    78: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x7b: IMAGE_REL_AMD64_REL32 Rel32 data+4
    7f: 4889442428                     movq %rax, 0x28(%rsp)
    84: 48894c2420                     movq %rcx, 0x20(%rsp)
    89: 4c89e1                         movq %r12, %rcx
    8c: 4c89ea                         movq %r13, %rdx
    8f: 4d89f0                         movq %r14, %r8
    92: 41b901000000                   movl $0x1, %r9d
    98: e800000000                     callq 0x0
        # hole +0x99: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    9d: 4883c438                       addq $0x38, %rsp
    a1: c3                             retq
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 target+0
        # hole data+0x8: GOT Abs64 index+0
