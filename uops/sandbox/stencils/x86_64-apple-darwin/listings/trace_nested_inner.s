# stencil nested_inner for x86_64-apple-darwin: 525 code bytes, 8 data bytes, 6 holes
     0: 55                             pushq %rbp
     1: 48bd00000000000000c0           movabsq $-0x4000000000000000, %rbp
     b: 498d5d10                       leaq 0x10(%r13), %rbx
     f: 90                             nop
    10: 498b4df8                       movq -0x8(%r13), %rcx
    14: 41b90a000000                   movl $0xa, %r9d
    1a: b801000000                     movl $0x1, %eax
    1f: 41bf01000000                   movl $0x1, %r15d
    25: f6c101                         testb $0x1, %cl
    28: 0f8595010000                   jne 0x195
    2e: 83790804                       cmpl $0x4, 0x8(%rcx)
    32: 0f858b010000                   jne 0x18b
    38: 488b4140                       movq 0x40(%rcx), %rax
    3c: 488b5130                       movq 0x30(%rcx), %rdx
    40: 488b7138                       movq 0x38(%rcx), %rsi
    44: 4885c0                         testq %rax, %rax
    47: 7e17                           jle 0x17
    49: 4839f2                         cmpq %rsi, %rdx
    4c: 7c1b                           jl 0x1b
    4e: e94b010000                     jmp 0x14b
    53: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    60: 4839f2                         cmpq %rsi, %rdx
    63: 0f8e35010000                   jle 0x135
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
    92: 0f84bb000000                   je 0xbb
    98: 488b08                         movq (%rax), %rcx
    9b: f6c101                         testb $0x1, %cl
    9e: 0f84cc000000                   je 0xcc
    a4: 49894d00                       movq %rcx, (%r13)
    a8: 488b7008                       movq 0x8(%rax), %rsi
    ac: 40f6c601                       testb $0x1, %sil
    b0: 0f84cf000000                   je 0xcf
    b6: 49897508                       movq %rsi, 0x8(%r13)
    ba: 488b5010                       movq 0x10(%rax), %rdx
    be: f6c201                         testb $0x1, %dl
    c1: 7503                           jne 0x3
    c3: 48ff02                         incq (%rdx)
    c6: 488913                         movq %rdx, (%rbx)
    c9: 48d1fe                         sarq %rsi
    cc: 48d1fa                         sarq %rdx
    cf: 480fafd6                       imulq %rsi, %rdx
    d3: 0f8009010000                   jo 0x109
    d9: 488d342a                       leaq (%rdx,%rbp), %rsi
    dd: 4885f6                         testq %rsi, %rsi
    e0: 0f89fc000000                   jns 0xfc
    e6: 488d345501000000               leaq 0x1(,%rdx,2), %rsi
    ee: 49897508                       movq %rsi, 0x8(%r13)
    f2: f6c101                         testb $0x1, %cl
    f5: 0f84f8000000                   je 0xf8
    fb: 48d1f9                         sarq %rcx
    fe: 4801ca                         addq %rcx, %rdx
   101: 4889d1                         movq %rdx, %rcx
   104: 4801e9                         addq %rbp, %rcx
   107: 0f89f3000000                   jns 0xf3
   10d: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
   115: 49894d00                       movq %rcx, (%r13)
   119: 488b38                         movq (%rax), %rdi
   11c: 488908                         movq %rcx, (%rax)
   11f: 40f6c701                       testb $0x1, %dil
   123: 750b                           jne 0xb
   125: 48ff0f                         decq (%rdi)
   128: 7506                           jne 0x6
   12a: e800000000                     callq 0x0
        # hole +0x12b: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   12f: 90                             nop
   130: 41bf02000000                   movl $0x2, %r15d
   136: 49833e00                       cmpq $0x0, (%r14)
   13a: 7568                           jne 0x68
   13c: 498b4608                       movq 0x8(%r14), %rax
   140: 48ffc0                         incq %rax
   143: 49894608                       movq %rax, 0x8(%r14)
   147: 493b4610                       cmpq 0x10(%r14), %rax
   14b: 0f8cbffeffff                   jl -0x141
   151: eb5e                           jmp 0x5e
   153: e800000000                     callq 0x0
        # hole +0x154: X86_64_RELOC_BRANCH Rel32 symbol:tf_dealloc-4
   158: 498b442418                     movq 0x18(%r12), %rax
   15d: 488b08                         movq (%rax), %rcx
   160: f6c101                         testb $0x1, %cl
   163: 0f853bffffff                   jne -0xc5
   169: 0f1f8000000000                 nopl (%rax)
   170: 48ff01                         incq (%rcx)
   173: 49894d00                       movq %rcx, (%r13)
   177: 488b7008                       movq 0x8(%rax), %rsi
   17b: 40f6c601                       testb $0x1, %sil
   17f: 0f8531ffffff                   jne -0xcf
   185: 48ff06                         incq (%rsi)
   188: 49897508                       movq %rsi, 0x8(%r13)
   18c: 488b5010                       movq 0x10(%rax), %rdx
   190: f6c201                         testb $0x1, %dl
   193: 0f842affffff                   je -0xd6
   199: e928ffffff                     jmp -0xd8
   19e: 5d                             popq %rbp
   19f: e900000000                     jmp 0x0
        # hole +0x1a0: X86_64_RELOC_BRANCH Rel32 exit_trace[2]-4
   1a4: 41b978000000                   movl $0x78, %r9d
   1aa: b80c000000                     movl $0xc, %eax
   1af: eb12                           jmp 0x12
   1b1: 49c70601000000                 movq $0x1, (%r14)
   1b8: 41b982000000                   movl $0x82, %r9d
   1be: b80d000000                     movl $0xd, %eax
   1c3: 4c89eb                         movq %r13, %rbx
   1c6: 4c8b0500000000                 movq (%rip), %r8
        # hole +0x1c9: X86_64_RELOC_GOT_LOAD Rel32 data-4
   1cd: 4901c0                         addq %rax, %r8
   1d0: 4c89e7                         movq %r12, %rdi
   1d3: 4889de                         movq %rbx, %rsi
   1d6: 4c89f2                         movq %r14, %rdx
   1d9: 4489f9                         movl %r15d, %ecx
   1dc: 5d                             popq %rbp
   1dd: e900000000                     jmp 0x0
        # hole +0x1de: X86_64_RELOC_BRANCH Rel32 symbol:tf_sandbox_exit-4
   1e2: 4983c518                       addq $0x18, %r13
   1e6: 41b950000000                   movl $0x50, %r9d
   1ec: b808000000                     movl $0x8, %eax
   1f1: ebd0                           jmp -0x30
   1f3: 41b95a000000                   movl $0x5a, %r9d
   1f9: b809000000                     movl $0x9, %eax
   1fe: ebc6                           jmp -0x3a
   200: 41b964000000                   movl $0x64, %r9d
   206: b80a000000                     movl $0xa, %eax
   20b: ebb9                           jmp -0x47
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
