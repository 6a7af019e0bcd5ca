# stencil _ERROR_POP_N for x86_64-pc-windows-msvc: 110 code bytes, 24 data bytes, 8 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 488b3500000000                 movq (%rip), %rsi
        # hole +0x7: IMAGE_REL_AMD64_REL32 Rel32 data-4
     b: 4885f6                         testq %rsi, %rsi
     e: 7549                           jne 0x49
    10: 49c7461806000000               movq $0x6, 0x18(%r14)
    18: 488b0500000000                 movq (%rip), %rax
        # hole +0x1b: IMAGE_REL_AMD64_REL32 Rel32 data+4
    1f: 488b0d00000000                 movq (%rip), %rcx
        # hole +0x22: IMAGE_REL_AMD64_REL32 Rel32 data+12
    26: 4889442428                     movq %rax, 0x28(%rsp)
    2b: 48894c2420                     movq %rcx, 0x20(%rsp)
    30: 4c89e1                         movq %r12, %rcx
    33: 4c89ea                         movq %r13, %rdx
    36: 4d89f0                         movq %r14, %r8
    39: 41b903000000                   movl $0x3, %r9d
    3f: e800000000                     callq 0x0
        # hole +0x40: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
    44: 4883c438                       addq $0x38, %rsp
    48: c3                             retq
    49: 0f1f8000000000                 nopl (%rax)
    50: 4983c5f8                       addq $-0x8, %r13
    54: 48ffce                         decq %rsi
    57: 74b7                           je -0x49
    59: 498b4df8                       movq -0x8(%r13), %rcx
    5d: f6c101                         testb $0x1, %cl
    60: 75ee                           jne -0x12
    62: 48ff09                         decq (%rcx)
    65: 75e9                           jne -0x17
    67: e800000000                     callq 0x0
        # hole +0x68: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    6c: ebe2                           jmp -0x1e
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 oparg+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 index+0
