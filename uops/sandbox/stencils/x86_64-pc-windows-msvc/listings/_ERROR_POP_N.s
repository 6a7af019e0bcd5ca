# stencil _ERROR_POP_N for x86_64-pc-windows-msvc: 110 code bytes, 0 data bytes, 5 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: be00000000                     movl $0x0, %esi
        # hole +0x5: IMAGE_REL_AMD64_ADDR32 Abs32 oparg+0
     9: 4885f6                         testq %rsi, %rsi
     c: 754b                           jne 0x4b
     e: 49c7461806000000               movq $0x6, 0x18(%r14)
    16: b800000000                     movl $0x0, %eax
        # hole +0x17: IMAGE_REL_AMD64_ADDR32 Abs32 target+0
    1b: b900000000                     movl $0x0, %ecx
        # hole +0x1c: IMAGE_REL_AMD64_ADDR32 Abs32 index+0
    20: 4889442428                     movq %rax, 0x28(%rsp)
    25: 48894c2420                     movq %rcx, 0x20(%rsp)
    2a: 4c89e1                         movq %r12, %rcx
    2d: 4c89ea                         movq %r13, %rdx
    30: 4d89f0                         movq %r14, %r8
    33: 41b903000000                   movl $0x3, %r9d
    39: e800000000                     callq 0x0
        # hole +0x3a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    3e: 4883c438                       addq $0x38, %rsp
    42: c3                             retq
    43: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    50: 4983c5f8                       addq $-0x8, %r13
    54: 48ffce                         decq %rsi
    57: 74b5                           je -0x4b
    59: 498b4df8                       movq -0x8(%r13), %rcx
    5d: f6c101                         testb $0x1, %cl
    60: 75ee                           jne -0x12
    62: 48ff09                         decq (%rcx)
    65: 75e9                           jne -0x17
    67: e800000000                     callq 0x0
        # hole +0x68: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    6c: ebe2                           jmp -0x1e
