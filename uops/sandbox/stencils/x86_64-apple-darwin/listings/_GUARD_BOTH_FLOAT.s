# stencil _GUARD_BOTH_FLOAT for x86_64-apple-darwin: 66 code bytes, 16 data bytes, 6 holes
     0: 498b45f0                       movq -0x10(%r13), %rax
     4: a801                           testb $0x1, %al
     6: 7519                           jne 0x19
     8: 83780802                       cmpl $0x2, 0x8(%rax)
     c: 7513                           jne 0x13
     e: 498b45f8                       movq -0x8(%r13), %rax
    12: a801                           testb $0x1, %al
    14: 750b                           jne 0xb
    16: 83780802                       cmpl $0x2, 0x8(%rax)
    1a: 7505                           jne 0x5
    1c: e900000000                     jmp 0x0
        # hole +0x1d: X86_64_RELOC_BRANCH Rel32 continue-4
    21: 4c8b0d00000000                 movq (%rip), %r9
        # hole +0x24: X86_64_RELOC_GOT_LOAD Rel32 data+4
    28: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x2b: X86_64_RELOC_GOT_LOAD Rel32 data-4
    2f: 4c89e7                         movq %r12, %rdi
    32: 4c89ee                         movq %r13, %rsi
    35: 4c89f2                         movq %r14, %rdx
    38: b901000000                     movl $0x1, %ecx
    3d: e900000000                     jmp 0x0
        # hole +0x3e: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 target+0
