# stencil _CALL_BUILTIN_FAST for x86_64-apple-darwin: 218 code bytes, 24 data bytes, 12 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 4c8b3d00000000                 movq (%rip), %r15
        # hole +0x8: X86_64_RELOC_GOT_LOAD Rel32 data+12
     c: 4c89fd                         movq %r15, %rbp
     f: 48f7d5                         notq %rbp
    12: 498b5ced00                     movq (%r13,%rbp,8), %rbx
    17: f6c301                         testb $0x1, %bl
    1a: 757e                           jne 0x7e
    1c: 837b0808                       cmpl $0x8, 0x8(%rbx)
    20: 7578                           jne 0x78
    22: 4c89642408                     movq %r12, 0x8(%rsp)
    27: 4a8d04fd00000000               leaq (,%r15,8), %rax
    2f: 4c89ee                         movq %r13, %rsi
    32: 4829c6                         subq %rax, %rsi
    35: 4c89f7                         movq %r14, %rdi
    38: 4c89fa                         movq %r15, %rdx
    3b: ff5338                         callq *0x38(%rbx)
    3e: 4989c4                         movq %rax, %r12
    41: 4d85ff                         testq %r15, %r15
    44: 7426                           je 0x26
    46: 49f7df                         negq %r15
    49: eb0a                           jmp 0xa
    4b: 0f1f440000                     nopl (%rax,%rax)
    50: 49ffc7                         incq %r15
    53: 7417                           je 0x17
    55: 4b8b7cfd00                     movq (%r13,%r15,8), %rdi
    5a: 40f6c701                       testb $0x1, %dil
    5e: 75f0                           jne -0x10
    60: 48ff0f                         decq (%rdi)
    63: 75eb                           jne -0x15
    65: e800000000                     callq 0x0
        # hole +0x66: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    6a: ebe4                           jmp -0x1c
    6c: 48ff0b                         decq (%rbx)
    6f: 7508                           jne 0x8
    71: 4889df                         movq %rbx, %rdi
    74: e800000000                     callq 0x0
        # hole +0x75: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    79: 4d8d6ced00                     leaq (%r13,%rbp,8), %r13
    7e: 4d85e4                         testq %r12, %r12
    81: 743d                           je 0x3d
    83: 4d896500                       movq %r12, (%r13)
    87: 4983c508                       addq $0x8, %r13
    8b: 4c8b642408                     movq 0x8(%rsp), %r12
    90: 4883c410                       addq $0x10, %rsp
    94: 5d                             popq %rbp
    95: e900000000                     jmp 0x0
        # hole +0x96: X86_64_RELOC_BRANCH Rel32 continue-4
    9a: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x9d: X86_64_RELOC_GOT_LOAD Rel32 data+4
    a1: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xa4: X86_64_RELOC_GOT_LOAD Rel32 data-4
    a8: b901000000                     movl $0x1, %ecx
    ad: 4c89e7                         movq %r12, %rdi
    b0: 4c89ee                         movq %r13, %rsi
    b3: 4c89f2                         movq %r14, %rdx
    b6: 4883c410                       addq $0x10, %rsp
    ba: 5d                             popq %rbp
    bb: e900000000                     jmp 0x0
        # hole +0xbc: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
    c0: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0xc3: X86_64_RELOC_GOT_LOAD Rel32 data+4
    c7: 4c8b0500000000                 movq (%rip), %r8
        # hole +0xca: X86_64_RELOC_GOT_LOAD Rel32 data-4
    ce: b903000000                     movl $0x3, %ecx
    d3: 4c8b642408                     movq 0x8(%rsp), %r12
    d8: ebd3                           jmp -0x2d
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
        # hole data+0x10: GOT Abs64 oparg+0
