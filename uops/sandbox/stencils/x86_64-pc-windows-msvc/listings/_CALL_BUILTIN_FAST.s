# stencil _CALL_BUILTIN_FAST for x86_64-pc-windows-msvc: 218 code bytes, 24 data bytes, 12 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x7: IMAGE_REL_AMD64_REL32 Rel32 data-4
     b: 4989ff                         movq %rdi, %r15
     e: 49f7d7                         notq %r15
    11: 4b8b74fd00                     movq (%r13,%r15,8), %rsi
    16: 40f6c601                       testb $0x1, %sil
    1a: 7577                           jne 0x77
    1c: 837e0808                       cmpl $0x8, 0x8(%rsi)
    20: 7571                           jne 0x71
    22: 488d04fd00000000               leaq (,%rdi,8), %rax
    2a: 4c89ea                         movq %r13, %rdx
    2d: 4829c2                         subq %rax, %rdx
    30: 4c89f1                         movq %r14, %rcx
    33: 4989f8                         movq %rdi, %r8
    36: ff5638                         callq *0x38(%rsi)
    39: 4889c3                         movq %rax, %rbx
    3c: 4885ff                         testq %rdi, %rdi
    3f: 742a                           je 0x2a
    41: 48f7df                         negq %rdi
    44: eb0f                           jmp 0xf
    46: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    50: 48ffc7                         incq %rdi
    53: 7416                           je 0x16
    55: 498b4cfd00                     movq (%r13,%rdi,8), %rcx
    5a: f6c101                         testb $0x1, %cl
    5d: 75f1                           jne -0xf
    5f: 48ff09                         decq (%rcx)
    62: 75ec                           jne -0x14
    64: e800000000                     callq 0x0
        # hole +0x65: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    69: ebe5                           jmp -0x1b
    6b: 48ff0e                         decq (%rsi)
    6e: 7508                           jne 0x8
    70: 4889f1                         movq %rsi, %rcx
    73: e800000000                     callq 0x0
        # hole +0x74: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    78: 4f8d6cfd00                     leaq (%r13,%r15,8), %r13
    7d: 4885db                         testq %rbx, %rbx
    80: 7442                           je 0x42
    82: 49895d00                       movq %rbx, (%r13)
    86: 4983c508                       addq $0x8, %r13
    8a: 4883c438                       addq $0x38, %rsp
    8e: e900000000                     jmp 0x0
        # hole +0x8f: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    93: 488b0500000000                 movq (%rip), %rax
        # hole +0x96: IMAGE_REL_AMD64_REL32 Rel32 data+4
    9a: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x9d: IMAGE_REL_AMD64_REL32 Rel32 data+12
    a1: 41b901000000                   movl $0x1, %r9d
    a7: 4889442428                     movq %rax, 0x28(%rsp)
    ac: 48894c2420                     movq %rcx, 0x20(%rsp)
    b1: 4c89e1                         movq %r12, %rcx
    b4: 4c89ea                         movq %r13, %rdx
    b7: 4d89f0                         movq %r14, %r8
    ba: e800000000                     callq 0x0
        # hole +0xbb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    bf: 4883c438                       addq $0x38, %rsp
    c3: c3                             retq
    c4: 488b0500000000                 movq (%rip), %rax
        # hole +0xc7: IMAGE_REL_AMD64_REL32 Rel32 data+4
    cb: 488b0d00000000                 movq (%rip), %rcx
        # hole +0xce: IMAGE_REL_AMD64_REL32 Rel32 data+12
    d2: 41b903000000                   movl $0x3, %r9d
    d8: ebcd                           jmp -0x33
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
