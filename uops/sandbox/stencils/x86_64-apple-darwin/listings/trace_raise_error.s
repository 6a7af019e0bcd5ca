# stencil raise_error for x86_64-apple-darwin: 167 code bytes, 16 data bytes, 8 holes
     0: 498b442418                     movq 0x18(%r12), %rax
     5: 488b08                         movq (%rax), %rcx
     8: f6c101                         testb $0x1, %cl
     b: 7503                           jne 0x3
     d: 48ff01                         incq (%rcx)
    10: 49894d00                       movq %rcx, (%r13)
    14: 488b4008                       movq 0x8(%rax), %rax
    18: a801                           testb $0x1, %al
    1a: 7503                           jne 0x3
    1c: 48ff00                         incq (%rax)
    1f: 50                             pushq %rax
    20: 49894508                       movq %rax, 0x8(%r13)
    24: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x27: X86_64_RELOC_GOT_LOAD Rel32 data+4
    2b: 40f6c701                       testb $0x1, %dil
    2f: 751d                           jne 0x1d
    31: 488b07                         movq (%rdi), %rax
    34: 488d4801                       leaq 0x1(%rax), %rcx
    38: 48890f                         movq %rcx, (%rdi)
    3b: 49897d10                       movq %rdi, 0x10(%r13)
    3f: 488907                         movq %rax, (%rdi)
    42: 4885c0                         testq %rax, %rax
    45: 750b                           jne 0xb
    47: e800000000                     callq 0x0
        # hole +0x48: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    4c: eb04                           jmp 0x4
    4e: 49897d10                       movq %rdi, 0x10(%r13)
    52: 498b7d08                       movq 0x8(%r13), %rdi
    56: 40f6c701                       testb $0x1, %dil
    5a: 750a                           jne 0xa
    5c: 48ff0f                         decq (%rdi)
    5f: 7505                           jne 0x5
    61: e800000000                     callq 0x0
        # hole +0x62: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    66: 498b7d00                       movq (%r13), %rdi
    6a: 40f6c701                       testb $0x1, %dil
    6e: 750a                           jne 0xa
    70: 48ff0f                         decq (%rdi)
    73: 7505                           jne 0x5
    75: e800000000                     callq 0x0
        # hole +0x76: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
    7a: 49c7461806000000               movq $0x6, 0x18(%r14)
    82: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x85: X86_64_RELOC_GOT_LOAD Rel32 data-4
    89: 4983c004                       addq $0x4, %r8
    8d: 41b928000000                   movl $0x28, %r9d
    93: 4c89e7                         movq %r12, %rdi
    96: 4c89ee                         movq %r13, %rsi
    99: 4c89f2                         movq %r14, %rdx
    9c: b903000000                     movl $0x3, %ecx
    a1: 58                             popq %rax
    a2: e900000000                     jmp 0x0
        # hole +0xa3: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 operand0[3]+0
