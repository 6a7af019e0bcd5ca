# stencil _ERROR_POP_N for x86_64-unknown-linux-gnu: 114 code bytes, 0 data bytes, 5 holes
     0: 48bb0000000000000000           movabsq $0x0, %rbx
        # hole +0x2: R_X86_64_64 Abs64 oparg+0
     a: 4885db                         testq %rbx, %rbx
     d: 7434                           je 0x34
     f: 50                             pushq %rax
    10: eb17                           jmp 0x17
    12: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    20: 4983c5f8                       addq $-0x8, %r13
    24: 48ffcb                         decq %rbx
    27: 7416                           je 0x16
    29: 498b7df8                       movq -0x8(%r13), %rdi
    2d: 40f6c701                       testb $0x1, %dil
    31: 75ed                           jne -0x13
    33: 48ff0f                         decq (%rdi)
    36: 75e8                           jne -0x18
    38: e800000000                     callq 0x0
        # hole +0x39: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    3d: ebe1                           jmp -0x1f
    3f: 4883c408                       addq $0x8, %rsp
    43: 49c7461806000000               movq $0x6, 0x18(%r14)
    4b: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x4d: R_X86_64_64 Abs64 target+0
    55: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x57: R_X86_64_64 Abs64 index+0
    5f: 4c89e7                         movq %r12, %rdi
    62: 4c89ee                         movq %r13, %rsi
    65: 4c89f2                         movq %r14, %rdx
    68: b903000000                     movl $0x3, %ecx
    6d: e900000000                     jmp 0x0
        # hole +0x6e: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
