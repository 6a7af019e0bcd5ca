# stencil _CALL_BUILTIN_FAST for x86_64-unknown-linux-gnu: 230 code bytes, 0 data bytes, 9 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 49bf0000000000000000           movabsq $0x0, %r15
        # hole +0x7: R_X86_64_64 Abs64 oparg+0
     f: 4c89fd                         movq %r15, %rbp
    12: 48f7d5                         notq %rbp
    15: 498b5ced00                     movq (%r13,%rbp,8), %rbx
    1a: f6c301                         testb $0x1, %bl
    1d: 757b                           jne 0x7b
    1f: 837b0808                       cmpl $0x8, 0x8(%rbx)
    23: 7575                           jne 0x75
    25: 4c89642408                     movq %r12, 0x8(%rsp)
    2a: 4a8d04fd00000000               leaq (,%r15,8), %rax
    32: 4c89ee                         movq %r13, %rsi
    35: 4829c6                         subq %rax, %rsi
    38: 4c89f7                         movq %r14, %rdi
    3b: 4c89fa                         movq %r15, %rdx
    3e: ff5338                         callq *0x38(%rbx)
    41: 4989c4                         movq %rax, %r12
    44: 4d85ff                         testq %r15, %r15
    47: 7423                           je 0x23
    49: 49f7df                         negq %r15
    4c: eb07                           jmp 0x7
    4e: 6690                           nop
    50: 49ffc7                         incq %r15
    53: 7417                           je 0x17
    55: 4b8b7cfd00                     movq (%r13,%r15,8), %rdi
    5a: 40f6c701                       testb $0x1, %dil
    5e: 75f0                           jne -0x10
    60: 48ff0f                         decq (%rdi)
    63: 75eb                           jne -0x15
    65: e800000000                     callq 0x0
        # hole +0x66: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    6a: ebe4                           jmp -0x1c
    6c: 48ff0b                         decq (%rbx)
    6f: 7508                           jne 0x8
    71: 4889df                         movq %rbx, %rdi
    74: e800000000                     callq 0x0
        # hole +0x75: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    79: 4d8d6ced00                     leaq (%r13,%rbp,8), %r13
    7e: 4d85e4                         testq %r12, %r12
    81: 7443                           je 0x43
    83: 4d896500                       movq %r12, (%r13)
    87: 4983c508                       addq $0x8, %r13
    8b: 4c8b642408                     movq 0x8(%rsp), %r12
    90: 4883c410                       addq $0x10, %rsp
    94: 5d                             popq %rbp
    95: e900000000                     jmp 0x0
        # hole +0x96: R_X86_64_PLT32 Rel32 continue-4
    9a: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0x9c: R_X86_64_64 Abs64 target+0
    a4: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xa6: R_X86_64_64 Abs64 index+0
    ae: b901000000                     movl $0x1, %ecx
    b3: 4c89e7                         movq %r12, %rdi
    b6: 4c89ee                         movq %r13, %rsi
    b9: 4c89f2                         movq %r14, %rdx
    bc: 4883c410                       addq $0x10, %rsp
    c0: 5d                             popq %rbp
    c1: e900000000                     jmp 0x0
        # hole +0xc2: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
    c6: 49b90000000000000000           movabsq $0x0, %r9
        # hole +0xc8: R_X86_64_64 Abs64 target+0
    d0: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0xd2: R_X86_64_64 Abs64 index+0
    da: b903000000                     movl $0x3, %ecx
    df: 4c8b642408                     movq 0x8(%rsp), %r12
    e4: ebcd                           jmp -0x33
