# stencil _STORE_ATTR_SLOT for x86_64-pc-windows-msvc: 155 code bytes, 24 data bytes, 11 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b75f8                       movq -0x8(%r13), %rsi
     8: 40f6c601                       testb $0x1, %sil
     c: 755c                           jne 0x5c
     e: 837e0807                       cmpl $0x7, 0x8(%rsi)
    12: 7556                           jne 0x56
    14: 488b0500000000                 movq (%rip), %rax
        # hole +0x17: IMAGE_REL_AMD64_REL32 Rel32 data-4
    1b: 48394638                       cmpq %rax, 0x38(%rsi)
    1f: 7649                           jbe 0x49
    21: 498b55f0                       movq -0x10(%r13), %rdx
    25: 488b4cc640                     movq 0x40(%rsi,%rax,8), %rcx
    2a: 488954c640                     movq %rdx, 0x40(%rsi,%rax,8)
    2f: f6c101                         testb $0x1, %cl
    32: 7505                           jne 0x5
    34: 48ff09                         decq (%rcx)
    37: 7412                           je 0x12
    39: 4983c5f0                       addq $-0x10, %r13
    3d: 48ff0e                         decq (%rsi)
    40: 7417                           je 0x17
    42: 4883c438                       addq $0x38, %rsp
    46: e900000000                     jmp 0x0
        # hole +0x47: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    4b: e800000000                     callq 0x0
        # hole +0x4c: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    50: 4983c5f0                       addq $-0x10, %r13
    54: 48ff0e                         decq (%rsi)
    57: 75e9                           jne -0x17
    59: 4889f1                         movq %rsi, %rcx
    5c: e800000000                     callq 0x0
        # hole +0x5d: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    61: 4883c438                       addq $0x38, %rsp
    65: e900000000                     jmp 0x0
        # hole +0x66: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    6a: 488b0500000000                 movq (%rip), %rax
        # hole +0x6d: IMAGE_REL_AMD64_REL32 Rel32 data+4
    71: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x74: IMAGE_REL_AMD64_REL32 Rel32 data+12
    78: 4889442428                     movq %rax, 0x28(%rsp)
    7d: 48894c2420                     movq %rcx, 0x20(%rsp)
    82: 4c89e1                         movq %r12, %rcx
    85: 4c89ea                         movq %r13, %rdx
    88: 4d89f0                         movq %r14, %r8
    8b: 41b901000000                   movl $0x1, %r9d
    91: e800000000                     callq 0x0
        # hole +0x92: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    96: 4883c438                       addq $0x38, %rsp
    9a: c3                             retq
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
