# stencil nested_inner for x86_64-pc-windows-msvc: 695 code bytes, 8 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 4883ec40                       subq $0x40, %rsp
     5: 498b442418                     movq 0x18(%r12), %rax
     a: 4c8b28                         movq (%rax), %r13
     d: 488b4810                       movq 0x10(%rax), %rcx
    11: 488b5828                       movq 0x28(%rax), %rbx
    15: 41bb30000000                   movl $0x30, %r11d
    1b: bf0a000000                     movl $0xa, %edi
    20: 41ba01000000                   movl $0x1, %r10d
    26: 41b901000000                   movl $0x1, %r9d
    2c: f6c301                         testb $0x1, %bl
    2f: 48894c2438                     movq %rcx, 0x38(%rsp)
    34: 4c896c2430                     movq %r13, 0x30(%rsp)
    39: 0f8549010000                   jne 0x149
    3f: 488b7808                       movq 0x8(%rax), %rdi
    43: 4889fe                         movq %rdi, %rsi
    46: 48d1fe                         sarq %rsi
    49: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    53: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
    60: 837b0804                       cmpl $0x4, 0x8(%rbx)
    64: 0f8525010000                   jne 0x125
    6a: 488b4340                       movq 0x40(%rbx), %rax
    6e: 4885c0                         testq %rax, %rax
    71: 7e1d                           jle 0x1d
    73: 488b6b30                       movq 0x30(%rbx), %rbp
    77: 483b6b38                       cmpq 0x38(%rbx), %rbp
    7b: 7c21                           jl 0x21
    7d: e9d4000000                     jmp 0xd4
    82: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
    90: 488b6b30                       movq 0x30(%rbx), %rbp
    94: 483b6b38                       cmpq 0x38(%rbx), %rbp
    98: 0f8eb8000000                   jle 0xb8
    9e: 4801e8                         addq %rbp, %rax
    a1: 48894330                       movq %rax, 0x30(%rbx)
    a5: f6c101                         testb $0x1, %cl
    a8: 7509                           jne 0x9
    aa: 48ff09                         decq (%rcx)
    ad: 0f848f000000                   je 0x8f
    b3: 41f6c501                       testb $0x1, %r13b
    b7: 7504                           jne 0x4
    b9: 49ff4500                       incq (%r13)
    bd: 40f6c701                       testb $0x1, %dil
    c1: 7503                           jne 0x3
    c3: 48ff07                         incq (%rdi)
    c6: 488d0c6d01000000               leaq 0x1(,%rbp,2), %rcx
    ce: 4801ed                         addq %rbp, %rbp
    d1: 48d1fd                         sarq %rbp
    d4: 480fafee                       imulq %rsi, %rbp
    d8: 41b001                         movb $0x1, %r8b
    db: 0f8087010000                   jo 0x187
    e1: 498d042f                       leaq (%r15,%rbp), %rax
    e5: 4885c0                         testq %rax, %rax
    e8: 0f897a010000                   jns 0x17a
    ee: 488d046d01000000               leaq 0x1(,%rbp,2), %rax
    f6: 41f6c501                       testb $0x1, %r13b
    fa: 0f848a010000                   je 0x18a
   100: 4c89ea                         movq %r13, %rdx
   103: 48d1fa                         sarq %rdx
   106: 4801d5                         addq %rdx, %rbp
   109: 4889ea                         movq %rbp, %rdx
   10c: 4c01fa                         addq %r15, %rdx
   10f: 0f8984010000                   jns 0x184
   115: 4c8d2c6d01000000               leaq 0x1(,%rbp,2), %r13
   11d: 49833e00                       cmpq $0x0, (%r14)
   121: 757e                           jne 0x7e
   123: 498b5608                       movq 0x8(%r14), %rdx
   127: 48ffc2                         incq %rdx
   12a: 49895608                       movq %rdx, 0x8(%r14)
   12e: 493b5610                       cmpq 0x10(%r14), %rdx
   132: 7d7a                           jge 0x7a
   134: f6c301                         testb $0x1, %bl
   137: 0f8423ffffff                   je -0xdd
   13d: e98b000000                     jmp 0x8b
   142: e800000000                     callq 0x0
        # hole +0x143: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   147: 41f6c501                       testb $0x1, %r13b
   14b: 0f8468ffffff                   je -0x98
   151: e967ffffff                     jmp -0x99
   156: 4c3b6c2430                     cmpq 0x30(%rsp), %r13
   15b: 7408                           je 0x8
   15d: 498b442418                     movq 0x18(%r12), %rax
   162: 4c8928                         movq %r13, (%rax)
   165: 483b4c2438                     cmpq 0x38(%rsp), %rcx
   16a: 7409                           je 0x9
   16c: 498b442418                     movq 0x18(%r12), %rax
   171: 48894810                       movq %rcx, 0x10(%rax)
   175: 4d8b6c2418                     movq 0x18(%r12), %r13
   17a: 4983c530                       addq $0x30, %r13
   17e: 4883c440                       addq $0x40, %rsp
   182: 5d                             popq %rbp
   183: e900000000                     jmp 0x0
        # hole +0x184: IMAGE_REL_AMD64_REL32 Rel32 exit_trace[2]-4
   188: 4531c0                         xorl %r8d, %r8d
   18b: 31f6                           xorl %esi, %esi
   18d: eb5a                           jmp 0x5a
   18f: 4531c0                         xorl %r8d, %r8d
   192: 31f6                           xorl %esi, %esi
   194: 41b901000000                   movl $0x1, %r9d
   19a: bf0a000000                     movl $0xa, %edi
   19f: eb3c                           jmp 0x3c
   1a1: bf78000000                     movl $0x78, %edi
   1a6: 41ba0c000000                   movl $0xc, %r10d
   1ac: eb12                           jmp 0x12
   1ae: 49c70601000000                 movq $0x1, (%r14)
   1b5: bf82000000                     movl $0x82, %edi
   1ba: 41ba0d000000                   movl $0xd, %r10d
   1c0: 4531c0                         xorl %r8d, %r8d
   1c3: 41b902000000                   movl $0x2, %r9d
   1c9: 31f6                           xorl %esi, %esi
   1cb: eb16                           jmp 0x16
   1cd: bf0a000000                     movl $0xa, %edi
   1d2: 4531c0                         xorl %r8d, %r8d
   1d5: 31f6                           xorl %esi, %esi
   1d7: 41b901000000                   movl $0x1, %r9d
   1dd: 41ba01000000                   movl $0x1, %r10d
   1e3: 41bb30000000                   movl $0x30, %r11d
   1e9: 498b542418                     movq 0x18(%r12), %rdx
   1ee: 4c3b6c2430                     cmpq 0x30(%rsp), %r13
   1f3: 750e                           jne 0xe
   1f5: 483b4c2438                     cmpq 0x38(%rsp), %rcx
   1fa: 7516                           jne 0x16
   1fc: 4584c0                         testb %r8b, %r8b
   1ff: 751f                           jne 0x1f
   201: eb3d                           jmp 0x3d
   203: 4c892a                         movq %r13, (%rdx)
   206: 498b542418                     movq 0x18(%r12), %rdx
   20b: 483b4c2438                     cmpq 0x38(%rsp), %rcx
   210: 74ea                           je -0x16
   212: 48894a10                       movq %rcx, 0x10(%rdx)
   216: 498b542418                     movq 0x18(%r12), %rdx
   21b: 4584c0                         testb %r8b, %r8b
   21e: 7420                           je 0x20
   220: 4c896a30                       movq %r13, 0x30(%rdx)
   224: 498b542418                     movq 0x18(%r12), %rdx
   229: 48894238                       movq %rax, 0x38(%rdx)
   22d: 498b542418                     movq 0x18(%r12), %rdx
   232: 4084f6                         testb %sil, %sil
   235: 7409                           je 0x9
   237: 48894a40                       movq %rcx, 0x40(%rdx)
   23b: 498b542418                     movq 0x18(%r12), %rdx
   240: 4c01da                         addq %r11, %rdx
   243: 488b0500000000                 movq (%rip), %rax
        # hole +0x246: IMAGE_REL_AMD64_REL32 Rel32 data-4
   24a: 4c01d0                         addq %r10, %rax
   24d: 48897c2428                     movq %rdi, 0x28(%rsp)
   252: 4889442420                     movq %rax, 0x20(%rsp)
   257: 4c89e1                         movq %r12, %rcx
   25a: 4d89f0                         movq %r14, %r8
   25d: e800000000                     callq 0x0
        # hole +0x25e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   262: 4883c440                       addq $0x40, %rsp
   266: 5d                             popq %rbp
   267: c3                             retq
   268: 4889f8                         movq %rdi, %rax
   26b: 41ba08000000                   movl $0x8, %r10d
   271: bf50000000                     movl $0x50, %edi
   276: 40b601                         movb $0x1, %sil
   279: 41bb48000000                   movl $0x48, %r11d
   27f: 41b901000000                   movl $0x1, %r9d
   285: e95fffffff                     jmp -0xa1
   28a: 31f6                           xorl %esi, %esi
   28c: bf5a000000                     movl $0x5a, %edi
   291: 41ba09000000                   movl $0x9, %r10d
   297: eb0d                           jmp 0xd
   299: bf64000000                     movl $0x64, %edi
   29e: 41ba0a000000                   movl $0xa, %r10d
   2a4: 31f6                           xorl %esi, %esi
   2a6: 41bb40000000                   movl $0x40, %r11d
   2ac: 41b901000000                   movl $0x1, %r9d
   2b2: e932ffffff                     jmp -0xce
# data
     0: 0000000000000000
        # hole data+0x0: GOT Abs64 index+0
