# stencil nested_inner for x86_64-apple-darwin: 581 code bytes, 8 data bytes, 11 holes
     0: 50                             pushq %rax
     1: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
     b: 498d5d10                       leaq 0x10(%r13), %rbx
     f: 90                             nop
    10: 498b45f8                       movq -0x8(%r13), %rax
    14: a801                           testb $0x1, %al
    16: 0f8589010000                   jne 0x189
    1c: 83780804                       cmpl $0x4, 0x8(%rax)
    20: 0f857f010000                   jne 0x17f
    26: 488b4840                       movq 0x40(%rax), %rcx
    2a: 488b5030                       movq 0x30(%rax), %rdx
    2e: 488b7038                       movq 0x38(%rax), %rsi
    32: 4885c9                         testq %rcx, %rcx
    35: 7e19                           jle 0x19
    37: 4839f2                         cmpq %rsi, %rdx
    3a: 7c1d                           jl 0x1d
    3c: e95e010000                     jmp 0x15e
    41: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8e46010000                   jle 0x146
    59: 4801d1                         addq %rdx, %rcx
    5c: 48894830                       movq %rcx, 0x30(%rax)
    60: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    68: 49894d00                       movq %rcx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7810                       movq 0x10(%rax), %rdi
    75: 48894810                       movq %rcx, 0x10(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7509                           jne 0x9
    7f: 48ff0f                         decq (%rdi)
    82: 0f84cc000000                   je 0xcc
    88: 488b08                         movq (%rax), %rcx
    8b: f6c101                         testb $0x1, %cl
    8e: 0f84dc000000                   je 0xdc
    94: 49894d00                       movq %rcx, (%r13)
    98: 488b7008                       movq 0x8(%rax), %rsi
    9c: 40f6c601                       testb $0x1, %sil
    a0: 0f84df000000                   je 0xdf
    a6: 49897508                       movq %rsi, 0x8(%r13)
    aa: 488b7810                       movq 0x10(%rax), %rdi
    ae: 40f6c701                       testb $0x1, %dil
    b2: 7503                           jne 0x3
    b4: 48ff07                         incq (%rdi)
    b7: 48d1fe                         sarq %rsi
    ba: 4989f8                         movq %rdi, %r8
    bd: 49d1f8                         sarq %r8
    c0: 4889f2                         movq %rsi, %rdx
    c3: 490fafd0                       imulq %r8, %rdx
    c7: 4c0fafc6                       imulq %rsi, %r8
    cb: 48893b                         movq %rdi, (%rbx)
    ce: 0f801f010000                   jo 0x11f
    d4: 4889d6                         movq %rdx, %rsi
    d7: 4c01fe                         addq %r15, %rsi
    da: 0f8913010000                   jns 0x113
    e0: 488d345501000000               leaq 0x1(,%rdx,2), %rsi
    e8: 49897508                       movq %rsi, 0x8(%r13)
    ec: f6c101                         testb $0x1, %cl
    ef: 0f8415010000                   je 0x115
    f5: 48d1f9                         sarq %rcx
    f8: 4801ca                         addq %rcx, %rdx
    fb: 4889d1                         movq %rdx, %rcx
    fe: 4c01f9                         addq %r15, %rcx
   101: 0f8916010000                   jns 0x116
   107: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   10f: 49894d00                       movq %rcx, (%r13)
   113: 488b38                         movq (%rax), %rdi
   116: 488908                         movq %rcx, (%rax)
   119: 40f6c701                       testb $0x1, %dil
   11d: 7511                           jne 0x11
   11f: 48ff0f                         decq (%rdi)
   122: 750c                           jne 0xc
   124: e800000000                     callq 0x0
        # hole +0x125: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   129: 0f1f8000000000                 nopl (%rax)
   130: 49833e00                       cmpq $0x0, (%r14)
   134: 0f8582000000                   jne 0x82
   13a: 498b4608                       movq 0x8(%r14), %rax
   13e: 48ffc0                         incq %rax
   141: 49894608                       movq %rax, 0x8(%r14)
   145: 493b4610                       cmpq 0x10(%r14), %rax
   149: 0f8cc1feffff                   jl -0x13f
   14f: e980000000                     jmp 0x80
   154: e800000000                     callq 0x0
        # hole +0x155: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   159: 498b442418                     movq 0x18(%r12), %rax
   15e: 488b08                         movq (%rax), %rcx
   161: f6c101                         testb $0x1, %cl
   164: 0f852affffff                   jne -0xd6
   16a: 660f1f440000                   nopw (%rax,%rax)
   170: 48ff01                         incq (%rcx)
   173: 49894d00                       movq %rcx, (%r13)
   177: 488b7008                       movq 0x8(%rax), %rsi
   17b: 40f6c601                       testb $0x1, %sil
   17f: 0f8521ffffff                   jne -0xdf
   185: 48ff06                         incq (%rsi)
   188: 49897508                       movq %rsi, 0x8(%r13)
   18c: 488b7810                       movq 0x10(%rax), %rdi
   190: 40f6c701                       testb $0x1, %dil
   194: 0f841affffff                   je -0xe6
   19a: e918ffffff                     jmp -0xe8
   19f: 58                             popq %rax
   1a0: e900000000                     jmp 0x0
        # hole +0x1a1: X86_64_RELOC_BRANCH Rel32 exit_trace[2]-4
   1a5: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1a8: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1ac: 49ffc0                         incq %r8
   1af: 41b90a000000                   movl $0xa, %r9d
   1b5: b901000000                     movl $0x1, %ecx
   1ba: eb7a                           jmp 0x7a
   1bc: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1bf: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1c3: 4983c00c                       addq $0xc, %r8
   1c7: 41b978000000                   movl $0x78, %r9d
   1cd: b902000000                     movl $0x2, %ecx
   1d2: eb62                           jmp 0x62
   1d4: 49c70601000000                 movq $0x1, (%r14)
   1db: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1de: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1e2: 4983c00d                       addq $0xd, %r8
   1e6: 41b982000000                   movl $0x82, %r9d
   1ec: b902000000                     movl $0x2, %ecx
   1f1: eb43                           jmp 0x43
   1f3: 4983c518                       addq $0x18, %r13
   1f7: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1fa: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1fe: 4983c008                       addq $0x8, %r8
   202: 41b950000000                   movl $0x50, %r9d
   208: ebab                           jmp -0x55
   20a: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x20d: X86_64_RELOC_GOT_LOAD Rel32 data-4
   211: 4983c009                       addq $0x9, %r8
   215: 41b95a000000                   movl $0x5a, %r9d
   21b: eb11                           jmp 0x11
   21d: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x220: X86_64_RELOC_GOT_LOAD Rel32 data-4
   224: 4983c00a                       addq $0xa, %r8
   228: 41b964000000                   movl $0x64, %r9d
   22e: b901000000                     movl $0x1, %ecx
   233: 4989dd                         movq %rbx, %r13
   236: 4c89e7                         movq %r12, %rdi
   239: 4c89ee                         movq %r13, %rsi
   23c: 4c89f2                         movq %r14, %rdx
   23f: 58                             popq %rax
   240: e900000000                     jmp 0x0
        # hole +0x241: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
