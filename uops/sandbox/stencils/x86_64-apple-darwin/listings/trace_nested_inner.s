# stencil nested_inner for x86_64-apple-darwin: 542 code bytes, 8 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
     b: 498d5d10                       leaq 0x10(%r13), %rbx
     f: 90                             nop
    10: 498b4df8                       movq -0x8(%r13), %rcx
    14: 41b90a000000                   movl $0xa, %r9d
    1a: b801000000                     movl $0x1, %eax
    1f: 41bf01000000                   movl $0x1, %r15d
    25: f6c101                         testb $0x1, %cl
    28: 0f85a6010000                   jne 0x1a6
    2e: 83790804                       cmpl $0x4, 0x8(%rcx)
    32: 0f859c010000                   jne 0x19c
    38: 488b4140                       movq 0x40(%rcx), %rax
    3c: 488b5130                       movq 0x30(%rcx), %rdx
    40: 488b7138                       movq 0x38(%rcx), %rsi
    44: 4885c0                         testq %rax, %rax
    47: 7e17                           jle 0x17
    49: 4839f2                         cmpq %rsi, %rdx
    4c: 7c1b                           jl 0x1b
    4e: e95c010000                     jmp 0x15c
    53: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e46010000                   jle 0x146
    69: 4801d0                         addq %rdx, %rax
    6c: 48894130                       movq %rax, 0x30(%rcx)
    70: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    78: 49894d00                       movq %rcx, (%r13)
    7c: 498b442418                     movq 0x18(%r12), %rax
    81: 488b7810                       movq 0x10(%rax), %rdi
    85: 48894810                       movq %rcx, 0x10(%rax)
    89: 40f6c701                       testb $0x1, %dil
    8d: 7509                           jne 0x9
    8f: 48ff0f                         decq (%rdi)
    92: 0f84cb000000                   je 0xcb
    98: 488b08                         movq (%rax), %rcx
    9b: f6c101                         testb $0x1, %cl
    9e: 0f84dc000000                   je 0xdc
    a4: 49894d00                       movq %rcx, (%r13)
    a8: 488b7008                       movq 0x8(%rax), %rsi
    ac: 40f6c601                       testb $0x1, %sil
    b0: 0f84df000000                   je 0xdf
    b6: 49897508                       movq %rsi, 0x8(%r13)
    ba: 488b7810                       movq 0x10(%rax), %rdi
    be: 40f6c701                       testb $0x1, %dil
    c2: 7503                           jne 0x3
    c4: 48ff07                         incq (%rdi)
    c7: 48d1fe                         sarq %rsi
    ca: 4989f8                         movq %rdi, %r8
    cd: 49d1f8                         sarq %r8
    d0: 4889f2                         movq %rsi, %rdx
    d3: 490fafd0                       imulq %r8, %rdx
    d7: 4c0fafc6                       imulq %rsi, %r8
    db: 48893b                         movq %rdi, (%rbx)
    de: 0f800f010000                   jo 0x10f
    e4: 4889d6                         movq %rdx, %rsi
    e7: 4801ee                         addq %rbp, %rsi
    ea: 0f8903010000                   jns 0x103
    f0: 488d345501000000               leaq 0x1(,%rdx,2), %rsi
    f8: 49897508                       movq %rsi, 0x8(%r13)
    fc: f6c101                         testb $0x1, %cl
    ff: 0f84ff000000                   je 0xff
   105: 48d1f9                         sarq %rcx
   108: 4801ca                         addq %rcx, %rdx
   10b: 4889d1                         movq %rdx, %rcx
   10e: 4801e9                         addq %rbp, %rcx
   111: 0f89fa000000                   jns 0xfa
   117: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   11f: 49894d00                       movq %rcx, (%r13)
   123: 488b38                         movq (%rax), %rdi
   126: 488908                         movq %rcx, (%rax)
   129: 40f6c701                       testb $0x1, %dil
   12d: 7511                           jne 0x11
   12f: 48ff0f                         decq (%rdi)
   132: 750c                           jne 0xc
   134: e800000000                     callq 0x0
        # hole +0x135: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   139: 0f1f8000000000                 nopl (%rax)
   140: 41bf02000000                   movl $0x2, %r15d
   146: 49833e00                       cmpq $0x0, (%r14)
   14a: 7569                           jne 0x69
   14c: 498b4608                       movq 0x8(%r14), %rax
   150: 48ffc0                         incq %rax
   153: 49894608                       movq %rax, 0x8(%r14)
   157: 493b4610                       cmpq 0x10(%r14), %rax
   15b: 0f8caffeffff                   jl -0x151
   161: eb5f                           jmp 0x5f
   163: e800000000                     callq 0x0
        # hole +0x164: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   168: 498b442418                     movq 0x18(%r12), %rax
   16d: 488b08                         movq (%rax), %rcx
   170: f6c101                         testb $0x1, %cl
   173: 0f852bffffff                   jne -0xd5
   179: 0f1f8000000000                 nopl (%rax)
   180: 48ff01                         incq (%rcx)
   183: 49894d00                       movq %rcx, (%r13)
   187: 488b7008                       movq 0x8(%rax), %rsi
   18b: 40f6c601                       testb $0x1, %sil
   18f: 0f8521ffffff                   jne -0xdf
   195: 48ff06                         incq (%rsi)
   198: 49897508                       movq %rsi, 0x8(%r13)
   19c: 488b7810                       movq 0x10(%rax), %rdi
   1a0: 40f6c701                       testb $0x1, %dil
   1a4: 0f841affffff                   je -0xe6
   1aa: e918ffffff                     jmp -0xe8
   1af: 5d                             popq %rbp
   1b0: e900000000                     jmp 0x0
        # hole +0x1b1: X86_64_RELOC_BRANCH Rel32 exit_trace[2]-4
   1b5: 41b978000000                   movl $0x78, %r9d
   1bb: b80c000000                     movl $0xc, %eax
   1c0: eb12                           jmp 0x12
   1c2: 49c70601000000                 movq $0x1, (%r14)
   1c9: 41b982000000                   movl $0x82, %r9d
   1cf: b80d000000                     movl $0xd, %eax
   1d4: 4c89eb                         movq %r13, %rbx
   1d7: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1da: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1de: 4901c0                         addq %rax, %r8
   1e1: 4c89e7                         movq %r12, %rdi
   1e4: 4889de                         movq %rbx, %rsi
   1e7: 4c89f2                         movq %r14, %rdx
   1ea: 4489f9                         movl %r15d, %ecx
   1ed: 5d                             popq %rbp
   1ee: e900000000                     jmp 0x0
        # hole +0x1ef: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1f3: 4983c518                       addq $0x18, %r13
   1f7: 41b950000000                   movl $0x50, %r9d
   1fd: b808000000                     movl $0x8, %eax
   202: ebd0                           jmp -0x30
   204: 41b95a000000                   movl $0x5a, %r9d
   20a: b809000000                     movl $0x9, %eax
   20f: ebc6                           jmp -0x3a
   211: 41b964000000                   movl $0x64, %r9d
   217: b80a000000                     movl $0xa, %eax
   21c: ebb9                           jmp -0x47
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
