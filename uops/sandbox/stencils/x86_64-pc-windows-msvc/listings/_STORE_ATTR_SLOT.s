# stencil _STORE_ATTR_SLOT for x86_64-pc-windows-msvc: 149 code bytes, 0 data bytes, 8 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b75f8                       movq -0x8(%r13), %rsi
     8: 40f6c601                       testb $0x1, %sil
     c: 755a                           jne 0x5a
     e: 837e0807                       cmpl $0x7, 0x8(%rsi)
    12: 7554                           jne 0x54
    14: b800000000                     movl $0x0, %eax
        # hole +0x15: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
    19: 48394638                       cmpq %rax, 0x38(%rsi)
    1d: 7649                           jbe 0x49
    1f: 498b55f0                       movq -0x10(%r13), %rdx
    23: 488b4cc640                     movq 0x40(%rsi,%rax,8), %rcx
    28: 488954c640                     movq %rdx, 0x40(%rsi,%rax,8)
    2d: f6c101                         testb $0x1, %cl
    30: 7505                           jne 0x5
    32: 48ff09                         decq (%rcx)
    35: 7412                           je 0x12
    37: 4983c5f0                       addq $-0x10, %r13
    3b: 48ff0e                         decq (%rsi)
    3e: 7417                           je 0x17
    40: 4883c438                       addq $0x38, %rsp
    44: e900000000                     jmp 0x0
        # hole +0x45: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    49: e800000000                     callq 0x0
        # hole +0x4a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    4e: 4983c5f0                       addq $-0x10, %r13
    52: 48ff0e                         decq (%rsi)
    55: 75e9                           jne -0x17
    57: 4889f1                         movq %rsi, %rcx
    5a: e800000000                     callq 0x0
        # hole +0x5b: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    5f: 4883c438                       addq $0x38, %rsp
    63: e900000000                     jmp 0x0
        # hole +0x64: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    68: b800000000                     movl $0x0, %eax
        # hole +0x69: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    6d: b900000000                     movl $0x0, %ecx
        # hole +0x6e: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    72: 4889442428                     movq %rax, 0x28(%rsp)
    77: 48894c2420                     movq %rcx, 0x20(%rsp)
    7c: 4c89e1                         movq %r12, %rcx
    7f: 4c89ea                         movq %r13, %rdx
    82: 4d89f0                         movq %r14, %r8
    85: 41b901000000                   movl $0x1, %r9d
    8b: e800000000                     callq 0x0
        # hole +0x8c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    90: 4883c438                       addq $0x38, %rsp
    94: c3                             retq
