# stencil nested_inner for x86_64-apple-darwin: 610 code bytes, 0 data bytes, 4 holes
     0: 55                             pushq %rbp
     1: 4883ec10                       subq $0x10, %rsp
     5: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
     f: 48b80100000005000000           movabsq $0x500000001, %rax
    19: 498d5d10                       leaq 0x10(%r13), %rbx
    1d: 4883c008                       addq $0x8, %rax
    21: 4889442408                     movq %rax, 0x8(%rsp)
    26: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
    30: 498b45f8                       movq -0x8(%r13), %rax
    34: 41b90a000000                   movl $0xa, %r9d
    3a: 41bf01000000                   movl $0x1, %r15d
    40: a801                           testb $0x1, %al
    42: 0f8581010000                   jne 0x181
    48: 83780804                       cmpl $0x4, 0x8(%rax)
    4c: 0f8577010000                   jne 0x177
    52: 488b4840                       movq 0x40(%rax), %rcx
    56: 488b5030                       movq 0x30(%rax), %rdx
    5a: 488b7038                       movq 0x38(%rax), %rsi
    5e: 4885c9                         testq %rcx, %rcx
    61: 7e0d                           jle 0xd
    63: 4839f2                         cmpq %rsi, %rdx
    66: 7c11                           jl 0x11
    68: e952010000                     jmp 0x152
    6d: 0f1f00                         nopl (%rax)
    70: 4839f2                         cmpq %rsi, %rdx
    73: 0f8e46010000                   jle 0x146
    79: 4801d1                         addq %rdx, %rcx
    7c: 48894830                       movq %rcx, 0x30(%rax)
    80: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    88: 49894d00                       movq %rcx, (%r13)
    8c: 498b442418                     movq 0x18(%r12), %rax
    91: 488b7810                       movq 0x10(%rax), %rdi
    95: 48894810                       movq %rcx, 0x10(%rax)
    99: 40f6c701                       testb $0x1, %dil
    9d: 7509                           jne 0x9
    9f: 48ff0f                         decq (%rdi)
    a2: 0f84cb000000                   je 0xcb
    a8: 488b08                         movq (%rax), %rcx
    ab: f6c101                         testb $0x1, %cl
    ae: 0f84dc000000                   je 0xdc
    b4: 49894d00                       movq %rcx, (%r13)
    b8: 488b7008                       movq 0x8(%rax), %rsi
    bc: 40f6c601                       testb $0x1, %sil
    c0: 0f84df000000                   je 0xdf
    c6: 49897508                       movq %rsi, 0x8(%r13)
    ca: 488b7810                       movq 0x10(%rax), %rdi
    ce: 40f6c701                       testb $0x1, %dil
    d2: 7503                           jne 0x3
    d4: 48ff07                         incq (%rdi)
    d7: 48d1fe                         sarq %rsi
    da: 4989f8                         movq %rdi, %r8
    dd: 49d1f8                         sarq %r8
    e0: 4889f2                         movq %rsi, %rdx
    e3: 490fafd0                       imulq %r8, %rdx
    e7: 4c0fafc6                       imulq %rsi, %r8
    eb: 48893b                         movq %rdi, (%rbx)
    ee: 0f8031010000                   jo 0x131
    f4: 4889d6                         movq %rdx, %rsi
    f7: 4801ee                         addq %rbp, %rsi
    fa: 0f8925010000                   jns 0x125
   100: 488d345501000000               leaq 0x1(,%rdx,2), %rsi
   108: 49897508                       movq %rsi, 0x8(%r13)
   10c: f6c101                         testb $0x1, %cl
   10f: 0f842a010000                   je 0x12a
   115: 48d1f9                         sarq %rcx
   118: 4801ca                         addq %rcx, %rdx
   11b: 4889d1                         movq %rdx, %rcx
   11e: 4801e9                         addq %rbp, %rcx
   121: 0f8925010000                   jns 0x125
   127: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   12f: 49894d00                       movq %rcx, (%r13)
   133: 488b38                         movq (%rax), %rdi
   136: 488908                         movq %rcx, (%rax)
   139: 40f6c701                       testb $0x1, %dil
   13d: 7511                           jne 0x11
   13f: 48ff0f                         decq (%rdi)
   142: 750c                           jne 0xc
   144: e800000000                     callq 0x0
        # hole +0x145: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   149: 0f1f8000000000                 nopl (%rax)
   150: 49833e00                       cmpq $0x0, (%r14)
   154: 41bf02000000                   movl $0x2, %r15d
   15a: 757c                           jne 0x7c
   15c: 498b4608                       movq 0x8(%r14), %rax
   160: 48ffc0                         incq %rax
   163: 49894608                       movq %rax, 0x8(%r14)
   167: 493b4610                       cmpq 0x10(%r14), %rax
   16b: 0f8cbffeffff                   jl -0x141
   171: eb7b                           jmp 0x7b
   173: e800000000                     callq 0x0
        # hole +0x174: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   178: 498b442418                     movq 0x18(%r12), %rax
   17d: 488b08                         movq (%rax), %rcx
   180: f6c101                         testb $0x1, %cl
   183: 0f852bffffff                   jne -0xd5
   189: 0f1f8000000000                 nopl (%rax)
   190: 48ff01                         incq (%rcx)
   193: 49894d00                       movq %rcx, (%r13)
   197: 488b7008                       movq 0x8(%rax), %rsi
   19b: 40f6c601                       testb $0x1, %sil
   19f: 0f8521ffffff                   jne -0xdf
   1a5: 48ff06                         incq (%rsi)
   1a8: 49897508                       movq %rsi, 0x8(%r13)
   1ac: 488b7810                       movq 0x10(%rax), %rdi
   1b0: 40f6c701                       testb $0x1, %dil
   1b4: 0f841affffff                   je -0xe6
   1ba: e918ffffff                     jmp -0xe8
   1bf: 4883c410                       addq $0x10, %rsp
   1c3: 5d                             popq %rbp
   1c4: e900000000                     jmp 0x0
        # hole +0x1c5: X86_64_RELOC_BRANCH Rel32 exit_trace[2]-4
   1c9: 4c89eb                         movq %r13, %rbx
   1cc: 49b80100000005000000           movabsq $0x500000001, %r8
   1d6: eb37                           jmp 0x37
   1d8: 48b80100000005000000           movabsq $0x500000001, %rax
   1e2: 4883c00b                       addq $0xb, %rax
   1e6: 41b978000000                   movl $0x78, %r9d
   1ec: eb1b                           jmp 0x1b
   1ee: 49c70601000000                 movq $0x1, (%r14)
   1f5: 48b80100000005000000           movabsq $0x500000001, %rax
   1ff: 4883c00c                       addq $0xc, %rax
   203: 41b982000000                   movl $0x82, %r9d
   209: 4c89eb                         movq %r13, %rbx
   20c: 4989c0                         movq %rax, %r8
   20f: 4c89e7                         movq %r12, %rdi
   212: 4889de                         movq %rbx, %rsi
   215: 4c89f2                         movq %r14, %rdx
   218: 4489f9                         movl %r15d, %ecx
   21b: 4883c410                       addq $0x10, %rsp
   21f: 5d                             popq %rbp
   220: e900000000                     jmp 0x0
        # hole +0x221: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   225: 4983c518                       addq $0x18, %r13
   229: 48b80100000005000000           movabsq $0x500000001, %rax
   233: 4883c007                       addq $0x7, %rax
   237: 41b950000000                   movl $0x50, %r9d
   23d: ebca                           jmp -0x36
   23f: 41b95a000000                   movl $0x5a, %r9d
   245: 4c8b442408                     movq 0x8(%rsp), %r8
   24a: ebc3                           jmp -0x3d
   24c: 48b80100000005000000           movabsq $0x500000001, %rax
   256: 4883c009                       addq $0x9, %rax
   25a: 41b964000000                   movl $0x64, %r9d
   260: ebaa                           jmp -0x56
