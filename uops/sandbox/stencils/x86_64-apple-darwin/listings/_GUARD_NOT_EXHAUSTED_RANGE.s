# stencil _GUARD_NOT_EXHAUSTED_RANGE for x86_64-apple-darwin: 73 code bytes, 16 data bytes, 7 holes
     0: 498b4df8                       movq -0x8(%r13), %rcx
     4: 4883794000                     cmpq $0x0, 0x40(%rcx)
     9: 488b4130                       movq 0x30(%rcx), %rax
     d: 488b4938                       movq 0x38(%rcx), %rcx
    11: 7e0b                           jle 0xb
    13: 4839c8                         cmpq %rcx, %rax
    16: 0f8c00000000                   jl 0x0
        # hole +0x18: X86_64_RELOC_BRANCH Rel32 continue-4
    1c: eb0a                           jmp 0xa
    1e: 4839c8                         cmpq %rcx, %rax
    21: 7e05                           jle 0x5
    23: e900000000                     jmp 0x0
        # hole +0x24: X86_64_RELOC_BRANCH Rel32 continue-4
    28: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x2b: X86_64_RELOC_GOT_LOAD Rel32 data+4
    2f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x32: X86_64_RELOC_GOT_LOAD Rel32 data-4
    36: 4c89e7                         movq %r12, %rdi
    39: 4c89ee                         movq %r13, %rsi
    3c: 4c89f2                         movq %r14, %rdx
    3f: b902000000                     movl $0x2, %ecx
    44: e900000000                     jmp 0x0
        # hole +0x45: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
