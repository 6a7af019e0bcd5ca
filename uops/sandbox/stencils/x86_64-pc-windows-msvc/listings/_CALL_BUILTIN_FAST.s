# stencil _CALL_BUILTIN_FAST for x86_64-pc-windows-msvc: 210 code bytes, 0 data bytes, 9 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: bf00000000                     movl $0x0, %edi
        # hole +0x5: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     9: 4989ff                         movq %rdi, %r15
     c: 49f7d7                         notq %r15
     f: 4b8b74fd00                     movq (%r13,%r15,8), %rsi
    14: 40f6c601                       testb $0x1, %sil
    18: 7579                           jne 0x79
    1a: 837e0808                       cmpl $0x8, 0x8(%rsi)
    1e: 7573                           jne 0x73
    20: 488d04fd00000000               leaq (,%rdi,8), %rax
    28: 4c89ea                         movq %r13, %rdx
    2b: 4829c2                         subq %rax, %rdx
    2e: 4c89f1                         movq %r14, %rcx
    31: 4989f8                         movq %rdi, %r8
    34: ff5638                         callq *0x38(%rsi)
    37: 4889c3                         movq %rax, %rbx
    3a: 4885ff                         testq %rdi, %rdi
    3d: 742c                           je 0x2c
    3f: 48f7df                         negq %rdi
    42: eb11                           jmp 0x11
    44: 6666662e0f1f840000000000       nopw %cs:(%rax,%rax)
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
    80: 743e                           je 0x3e
    82: 49895d00                       movq %rbx, (%r13)
    86: 4983c508                       addq $0x8, %r13
    8a: 4883c438                       addq $0x38, %rsp
    8e: e900000000                     jmp 0x0
        # hole +0x8f: IMAGE_REL_AMD64_REL32 Rel32 continue-4
    93: b800000000                     movl $0x0, %eax
        # hole +0x94: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    98: b900000000                     movl $0x0, %ecx
        # hole +0x99: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    9d: 41b901000000                   movl $0x1, %r9d
    a3: 4889442428                     movq %rax, 0x28(%rsp)
    a8: 48894c2420                     movq %rcx, 0x20(%rsp)
    ad: 4c89e1                         movq %r12, %rcx
    b0: 4c89ea                         movq %r13, %rdx
    b3: 4d89f0                         movq %r14, %r8
    b6: e800000000                     callq 0x0
        # hole +0xb7: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    bb: 4883c438                       addq $0x38, %rsp
    bf: c3                             retq
    c0: b800000000                     movl $0x0, %eax
        # hole +0xc1: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    c5: b900000000                     movl $0x0, %ecx
        # hole +0xc6: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    ca: 41b903000000                   movl $0x3, %r9d
    d0: ebd1                           jmp -0x2f
