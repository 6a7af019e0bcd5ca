# stencil list_build for x86_64-apple-darwin: 512 code bytes, 8 data bytes, 10 holes
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
    3c: e94e010000                     jmp 0x14e
    41: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    50: 4839f2                         cmpq %rsi, %rdx
    53: 0f8e36010000                   jle 0x136
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
    88: 488b30                         movq (%rax), %rsi
    8b: 40f6c601                       testb $0x1, %sil
    8f: 0f85bb000000                   jne 0xbb
    95: 48ff06                         incq (%rsi)
    98: 49897500                       movq %rsi, (%r13)
    9c: 488b4808                       movq 0x8(%rax), %rcx
    a0: f6c101                         testb $0x1, %cl
    a3: 0f84b8000000                   je 0xb8
    a9: 48890b                         movq %rcx, (%rbx)
    ac: 488b4008                       movq 0x8(%rax), %rax
    b0: a801                           testb $0x1, %al
    b2: 7503                           jne 0x3
    b4: 48ff00                         incq (%rax)
    b7: 49894510                       movq %rax, 0x10(%r13)
    bb: 48d1f9                         sarq %rcx
    be: 48d1f8                         sarq %rax
    c1: 480fafc1                       imulq %rcx, %rax
    c5: 0f801e010000                   jo 0x11e
    cb: 4a8d0c38                       leaq (%rax,%r15), %rcx
    cf: 4885c9                         testq %rcx, %rcx
    d2: 0f8911010000                   jns 0x111
    d8: 488d144501000000               leaq 0x1(,%rax,2), %rdx
    e0: 488913                         movq %rdx, (%rbx)
    e3: 4c89f7                         movq %r14, %rdi
    e6: e800000000                     callq 0x0
        # hole +0xe7: X86_64_RELOC_BRANCH Rel32 symbol:tf_list_append-4
    eb: 85c0                           testl %eax, %eax
    ed: 0f85af000000                   jne 0xaf
    f3: 498b7d00                       movq (%r13), %rdi
    f7: 40f6c701                       testb $0x1, %dil
    fb: 7513                           jne 0x13
    fd: 48ff0f                         decq (%rdi)
   100: 750e                           jne 0xe
   102: e800000000                     callq 0x0
        # hole +0x103: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   107: 660f1f840000000000             nopw (%rax,%rax)
   110: 498b4608                       movq 0x8(%r14), %rax
   114: 48ffc0                         incq %rax
   117: 49894608                       movq %rax, 0x8(%r14)
   11b: 493b4610                       cmpq 0x10(%r14), %rax
   11f: 0f8d98000000                   jge 0x98
   125: 49833e00                       cmpq $0x0, (%r14)
   129: 0f84e1feffff                   je -0x11f
   12f: e990000000                     jmp 0x90
   134: e800000000                     callq 0x0
        # hole +0x135: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   139: 498b442418                     movq 0x18(%r12), %rax
   13e: 488b30                         movq (%rax), %rsi
   141: 40f6c601                       testb $0x1, %sil
   145: 0f844affffff                   je -0xb6
   14b: 0f1f440000                     nopl (%rax,%rax)
   150: 49897500                       movq %rsi, (%r13)
   154: 488b4808                       movq 0x8(%rax), %rcx
   158: f6c101                         testb $0x1, %cl
   15b: 0f8548ffffff                   jne -0xb8
   161: 48ff01                         incq (%rcx)
   164: 48890b                         movq %rcx, (%rbx)
   167: 488b4008                       movq 0x8(%rax), %rax
   16b: a801                           testb $0x1, %al
   16d: 0f8441ffffff                   je -0xbf
   173: e93fffffff                     jmp -0xc1
   178: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x17b: X86_64_RELOC_GOT_LOAD Rel32 data-4
   17f: 49ffc0                         incq %r8
   182: 41b90a000000                   movl $0xa, %r9d
   188: b901000000                     movl $0x1, %ecx
   18d: eb4b                           jmp 0x4b
   18f: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x192: X86_64_RELOC_GOT_LOAD Rel32 data-4
   196: 4983c002                       addq $0x2, %r8
   19a: 41b914000000                   movl $0x14, %r9d
   1a0: eb33                           jmp 0x33
   1a2: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1a5: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1a9: 4983c009                       addq $0x9, %r8
   1ad: 41b95a000000                   movl $0x5a, %r9d
   1b3: b903000000                     movl $0x3, %ecx
   1b8: 4989dd                         movq %rbx, %r13
   1bb: eb1d                           jmp 0x1d
   1bd: 49c70601000000                 movq $0x1, (%r14)
   1c4: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1c7: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1cb: 4983c00b                       addq $0xb, %r8
   1cf: 41b96e000000                   movl $0x6e, %r9d
   1d5: b902000000                     movl $0x2, %ecx
   1da: 4c89e7                         movq %r12, %rdi
   1dd: 4c89ee                         movq %r13, %rsi
   1e0: 4c89f2                         movq %r14, %rdx
   1e3: 58                             popq %rax
   1e4: e900000000                     jmp 0x0
        # hole +0x1e5: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1e9: 4983c518                       addq $0x18, %r13
   1ed: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1f0: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1f4: 4983c008                       addq $0x8, %r8
   1f8: 41b950000000                   movl $0x50, %r9d
   1fe: eb88                           jmp -0x78
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
