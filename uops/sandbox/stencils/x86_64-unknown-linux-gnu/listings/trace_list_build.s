# stencil list_build for x86_64-unknown-linux-gnu: 530 code bytes, 0 data bytes, 9 holes
     0: 50                             pushq %rax
     1: 498d5d08                       leaq 0x8(%r13), %rbx
     5: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
     f: 90                             nop
    10: 498b45f8                       movq -0x8(%r13), %rax
    14: a801                           testb $0x1, %al
    16: 0f855c010000                   jne 0x15c
    1c: 83780804                       cmpl $0x4, 0x8(%rax)
    20: 0f8552010000                   jne 0x152
    26: 488b4840                       movq 0x40(%rax), %rcx
    2a: 488b5030                       movq 0x30(%rax), %rdx
    2e: 488b7038                       movq 0x38(%rax), %rsi
    32: 4885c9                         testq %rcx, %rcx
    35: 7e19                           jle 0x19
    37: 4839f2                         cmpq %rsi, %rdx
    3a: 7c1d                           jl 0x1d
    3c: e951010000                     jmp 0x151
    41: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8e39010000                   jle 0x139
    59: 4801d1                         addq %rdx, %rcx
    5c: 48894830                       movq %rcx, 0x30(%rax)
    60: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    68: 49894d00                       movq %rcx, (%r13)
    6c: 498b442418                     movq 0x18(%r12), %rax
    71: 488b7808                       movq 0x8(%rax), %rdi
    75: 48894808                       movq %rcx, 0x8(%rax)
    79: 40f6c701                       testb $0x1, %dil
    7d: 7509                           jne 0x9
    7f: 48ff0f                         decq (%rdi)
    82: 0f84ac000000                   je 0xac
    88: 488b08                         movq (%rax), %rcx
    8b: f6c101                         testb $0x1, %cl
    8e: 0f85bc000000                   jne 0xbc
    94: 48ff01                         incq (%rcx)
    97: 49894d00                       movq %rcx, (%r13)
    9b: 488b4808                       movq 0x8(%rax), %rcx
    9f: f6c101                         testb $0x1, %cl
    a2: 0f84b9000000                   je 0xb9
    a8: 48890b                         movq %rcx, (%rbx)
    ab: 488b4008                       movq 0x8(%rax), %rax
    af: a801                           testb $0x1, %al
    b1: 7506                           jne 0x6
    b3: 48ff00                         incq (%rax)
    b6: 488b0b                         movq (%rbx), %rcx
    b9: 49894510                       movq %rax, 0x10(%r13)
    bd: 48d1f9                         sarq %rcx
    c0: 48d1f8                         sarq %rax
    c3: 480fafc1                       imulq %rcx, %rax
    c7: 0f8028010000                   jo 0x128
    cd: 4a8d0c38                       leaq (%rax,%r15), %rcx
    d1: 4885c9                         testq %rcx, %rcx
    d4: 0f891b010000                   jns 0x11b
    da: 488d144501000000               leaq 0x1(,%rax,2), %rdx
    e2: 49895508                       movq %rdx, 0x8(%r13)
    e6: 498b7500                       movq (%r13), %rsi
    ea: 4c89f7                         movq %r14, %rdi
    ed: e800000000                     callq 0x0
        # hole +0xee: R_X86_64_PLT32 Rel32 symbol:tf_list_append-4
    f2: 85c0                           testl %eax, %eax
    f4: 0f85ae000000                   jne 0xae
    fa: 498b7d00                       movq (%r13), %rdi
    fe: 40f6c701                       testb $0x1, %dil
   102: 750c                           jne 0xc
   104: 48ff0f                         decq (%rdi)
   107: 7507                           jne 0x7
   109: e800000000                     callq 0x0
        # hole +0x10a: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   10e: 6690                           nop
   110: 498b4608                       movq 0x8(%r14), %rax
   114: 48ffc0                         incq %rax
   117: 49894608                       movq %rax, 0x8(%r14)
   11b: 493b4610                       cmpq 0x10(%r14), %rax
   11f: 0f8da1000000                   jge 0xa1
   125: 49833e00                       cmpq $0x0, (%r14)
   129: 0f84e1feffff                   je -0x11f
   12f: e999000000                     jmp 0x99
   134: e800000000                     callq 0x0
        # hole +0x135: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   139: 498b442418                     movq 0x18(%r12), %rax
   13e: 488b08                         movq (%rax), %rcx
   141: f6c101                         testb $0x1, %cl
   144: 0f844affffff                   je -0xb6
   14a: 660f1f440000                   nopw (%rax,%rax)
   150: 49894d00                       movq %rcx, (%r13)
   154: 488b4808                       movq 0x8(%rax), %rcx
   158: f6c101                         testb $0x1, %cl
   15b: 0f8547ffffff                   jne -0xb9
   161: 48ff01                         incq (%rcx)
   164: 48890b                         movq %rcx, (%rbx)
   167: 488b4008                       movq 0x8(%rax), %rax
   16b: a801                           testb $0x1, %al
   16d: 0f8440ffffff                   je -0xc0
   173: e941ffffff                     jmp -0xbf
   178: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x17a: R_X86_64_64 Abs64 index+0
   182: 49ffc0                         incq %r8
   185: 41b90a000000                   movl $0xa, %r9d
   18b: b901000000                     movl $0x1, %ecx
   190: eb54                           jmp 0x54
   192: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x194: R_X86_64_64 Abs64 index+0
   19c: 4983c002                       addq $0x2, %r8
   1a0: 41b914000000                   movl $0x14, %r9d
   1a6: eb39                           jmp 0x39
   1a8: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1aa: R_X86_64_64 Abs64 index+0
   1b2: 4983c009                       addq $0x9, %r8
   1b6: 41b95a000000                   movl $0x5a, %r9d
   1bc: b903000000                     movl $0x3, %ecx
   1c1: 4989dd                         movq %rbx, %r13
   1c4: eb20                           jmp 0x20
   1c6: 49c70601000000                 movq $0x1, (%r14)
   1cd: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1cf: R_X86_64_64 Abs64 index+0
   1d7: 4983c00b                       addq $0xb, %r8
   1db: 41b96e000000                   movl $0x6e, %r9d
   1e1: b902000000                     movl $0x2, %ecx
   1e6: 4c89e7                         movq %r12, %rdi
   1e9: 4c89ee                         movq %r13, %rsi
   1ec: 4c89f2                         movq %r14, %rdx
   1ef: 58                             popq %rax
   1f0: e900000000                     jmp 0x0
        # hole +0x1f1: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   1f5: 4983c518                       addq $0x18, %r13
   1f9: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x1fb: R_X86_64_64 Abs64 index+0
   203: 4983c008                       addq $0x8, %r8
   207: 41b950000000                   movl $0x50, %r9d
   20d: e979ffffff                     jmp -0x87
