# stencil countdown_compare for x86_64-pc-windows-msvc: 562 code bytes, 16 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d89f0                         movq %r14, %r8
     8: 4c89e1                         movq %r12, %rcx
     b: 498b542418                     movq 0x18(%r12), %rdx
    10: 488b1a                         movq (%rdx), %rbx
    13: 488b4208                       movq 0x8(%rdx), %rax
    17: 4c8b5a10                       movq 0x10(%rdx), %r11
    1b: 4d89dc                         movq %r11, %r12
    1e: 49d1fc                         sarq %r12
    21: 49bdffffffffffffff3f           movabsq $0x3fffffffffffffff, %r13
    2b: 48bdfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rbp
    35: 4889c6                         movq %rax, %rsi
    38: 4889df                         movq %rbx, %rdi
    3b: 41b902000000                   movl $0x2, %r9d
    41: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    50: 40f6c701                       testb $0x1, %dil
    54: 0f84a0000000                   je 0xa0
    5a: 4989fa                         movq %rdi, %r10
    5d: 49d1fa                         sarq %r10
    60: 41b601                         movb $0x1, %r14b
    63: 4d85d2                         testq %r10, %r10
    66: 410f9ec7                       setle %r15b
    6a: 0f8e6e010000                   jle 0x16e
    70: 41f6c301                       testb $0x1, %r11b
    74: 7503                           jne 0x3
    76: 49ff03                         incq (%r11)
    79: ba28000000                     movl $0x28, %edx
    7e: 41f6c301                       testb $0x1, %r11b
    82: 0f849d000000                   je 0x9d
    88: 4d29e2                         subq %r12, %r10
    8b: 4d39ea                         cmpq %r13, %r10
    8e: 0f8f6d010000                   jg 0x16d
    94: 4a8d3c5501000000               leaq 0x1(,%r10,2), %rdi
    9c: 40f6c601                       testb $0x1, %sil
    a0: 0f8496000000                   je 0x96
    a6: 4839ee                         cmpq %rbp, %rsi
    a9: 0f8f63010000                   jg 0x163
    af: 4883c604                       addq $0x4, %rsi
    b3: 49833800                       cmpq $0x0, (%r8)
    b7: 0f85a2000000                   jne 0xa2
    bd: 498b5008                       movq 0x8(%r8), %rdx
    c1: 48ffc2                         incq %rdx
    c4: 49895008                       movq %rdx, 0x8(%r8)
    c8: 493b5010                       cmpq 0x10(%r8), %rdx
    cc: 7c82                           jl -0x7e
    ce: 49c70001000000                 movq $0x1, (%r8)
    d5: ba18000000                     movl $0x18, %edx
    da: 41bcaa000000                   movl $0xaa, %r12d
    e0: 41bd11000000                   movl $0x11, %r13d
    e6: 4531f6                         xorl %r14d, %r14d
    e9: 4889f5                         movq %rsi, %rbp
    ec: 41bb05000000                   movl $0x5, %r11d
    f2: 4531ff                         xorl %r15d, %r15d
    f5: e982000000                     jmp 0x82
    fa: 48ff07                         incq (%rdi)
    fd: ba28000000                     movl $0x28, %edx
   102: 41b601                         movb $0x1, %r14b
   105: 41bc1e000000                   movl $0x1e, %r12d
   10b: 41bd03000000                   movl $0x3, %r13d
   111: 41b901000000                   movl $0x1, %r9d
   117: 41bb01000000                   movl $0x1, %r11d
   11d: 4531ff                         xorl %r15d, %r15d
   120: 4889fd                         movq %rdi, %rbp
   123: eb57                           jmp 0x57
   125: 41bc50000000                   movl $0x50, %r12d
   12b: 41bd08000000                   movl $0x8, %r13d
   131: 4889fd                         movq %rdi, %rbp
   134: 41b901000000                   movl $0x1, %r9d
   13a: eb40                           jmp 0x40
   13c: 48ff06                         incq (%rsi)
   13f: 41bc82000000                   movl $0x82, %r12d
   145: 41bd0d000000                   movl $0xd, %r13d
   14b: 41bb05000000                   movl $0x5, %r11d
   151: 4531ff                         xorl %r15d, %r15d
   154: 4889f5                         movq %rsi, %rbp
   157: 41b901000000                   movl $0x1, %r9d
   15d: eb1d                           jmp 0x1d
   15f: ba18000000                     movl $0x18, %edx
   164: 41bca0000000                   movl $0xa0, %r12d
   16a: 41bd10000000                   movl $0x10, %r13d
   170: 4531f6                         xorl %r14d, %r14d
   173: 4889f5                         movq %rsi, %rbp
   176: 41bb05000000                   movl $0x5, %r11d
   17c: 4839df                         cmpq %rbx, %rdi
   17f: 750c                           jne 0xc
   181: 4839c6                         cmpq %rax, %rsi
   184: 7513                           jne 0x13
   186: 4584f6                         testb %r14b, %r14b
   189: 751b                           jne 0x1b
   18b: eb2e                           jmp 0x2e
   18d: 4c8b5118                       movq 0x18(%rcx), %r10
   191: 49893a                         movq %rdi, (%r10)
   194: 4839c6                         cmpq %rax, %rsi
   197: 74ed                           je -0x13
   199: 488b4118                       movq 0x18(%rcx), %rax
   19d: 48897008                       movq %rsi, 0x8(%rax)
   1a1: 4584f6                         testb %r14b, %r14b
   1a4: 7415                           je 0x15
   1a6: 488b4118                       movq 0x18(%rcx), %rax
   1aa: 48896818                       movq %rbp, 0x18(%rax)
   1ae: 4584ff                         testb %r15b, %r15b
   1b1: 7508                           jne 0x8
   1b3: 488b4118                       movq 0x18(%rcx), %rax
   1b7: 4c895820                       movq %r11, 0x20(%rax)
   1bb: 48035118                       addq 0x18(%rcx), %rdx
   1bf: 488b0500000000                 movq (%rip), %rax
        # hole +0x1c2: IMAGE_REL_AMD64_REL32 Rel32 data-4
   1c6: 4c01e8                         addq %r13, %rax
   1c9: 4c89642428                     movq %r12, 0x28(%rsp)
   1ce: 4889442420                     movq %rax, 0x20(%rsp)
   1d3: e800000000                     callq 0x0
        # hole +0x1d4: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   1d8: 4883c430                       addq $0x30, %rsp
   1dc: 5d                             popq %rbp
   1dd: c3                             retq
   1de: ba20000000                     movl $0x20, %edx
   1e3: 41bc32000000                   movl $0x32, %r12d
   1e9: 41bd05000000                   movl $0x5, %r13d
   1ef: 41bb01000000                   movl $0x1, %r11d
   1f5: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x1f8: IMAGE_REL_AMD64_REL32 Rel32 data+4
   1fc: e97bffffff                     jmp -0x85
   201: 41bc5a000000                   movl $0x5a, %r12d
   207: 41bd09000000                   movl $0x9, %r13d
   20d: e91fffffff                     jmp -0xe1
   212: 41bc8c000000                   movl $0x8c, %r12d
   218: 41bd0e000000                   movl $0xe, %r13d
   21e: 4889f5                         movq %rsi, %rbp
   221: 41bb05000000                   movl $0x5, %r11d
   227: 41b901000000                   movl $0x1, %r9d
   22d: e94affffff                     jmp -0xb6
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 index+0
        # hole data+0x8: GOT Abs64 symbol:tf_False+0
