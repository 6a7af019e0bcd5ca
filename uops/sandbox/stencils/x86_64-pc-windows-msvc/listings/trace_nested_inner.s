# stencil nested_inner for x86_64-pc-windows-msvc: 2500 code bytes, 24 data bytes, 26 holes
     0: 55                             pushq %rbp
     1: 4881ec20010000                 subq $0x120, %rsp
     8: 498b442410                     movq 0x10(%r12), %rax
     d: 48898424e0000000               movq %rax, 0xe0(%rsp)
    15: 410f100424                     movups (%r12), %xmm0
    1a: 0f298424d0000000               movaps %xmm0, 0xd0(%rsp)
    22: 4c89642448                     movq %r12, 0x48(%rsp)
    27: 498b442418                     movq 0x18(%r12), %rax
    2c: 4c8b28                         movq (%rax), %r13
    2f: 4c8b6008                       movq 0x8(%rax), %r12
    33: 488b5810                       movq 0x10(%rax), %rbx
    37: 488b5018                       movq 0x18(%rax), %rdx
    3b: 488b4820                       movq 0x20(%rax), %rcx
    3f: 488b4028                       movq 0x28(%rax), %rax
    43: 4889c6                         movq %rax, %rsi
    46: 48894c2470                     movq %rcx, 0x70(%rsp)
    4b: 4989c8                         movq %rcx, %r8
    4e: 4889542468                     movq %rdx, 0x68(%rsp)
    53: 4989d1                         movq %rdx, %r9
    56: 48895c2460                     movq %rbx, 0x60(%rsp)
    5b: 4c89642458                     movq %r12, 0x58(%rsp)
    60: 4c896c2450                     movq %r13, 0x50(%rsp)
    65: 4889442478                     movq %rax, 0x78(%rsp)
    6a: a801                           testb $0x1, %al
    6c: 0f85ab040000                   jne 0x4ab
    72: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    7c: 488b742478                     movq 0x78(%rsp), %rsi
    81: 4c8b442470                     movq 0x70(%rsp), %r8
    86: 4c8b4c2468                     movq 0x68(%rsp), %r9
    8b: 488b5c2460                     movq 0x60(%rsp), %rbx
    90: 4c8b642458                     movq 0x58(%rsp), %r12
    95: 4c8b6c2450                     movq 0x50(%rsp), %r13
    9a: 660f1f440000                   nopw (%rax,%rax)
    a0: 837e0804                       cmpl $0x4, 0x8(%rsi)
    a4: 0f8573040000                   jne 0x473
    aa: 488b4640                       movq 0x40(%rsi), %rax
    ae: 488b6e30                       movq 0x30(%rsi), %rbp
    b2: 488b4e38                       movq 0x38(%rsi), %rcx
    b6: 4885c0                         testq %rax, %rax
    b9: 0f8ea1010000                   jle 0x1a1
    bf: 4839cd                         cmpq %rcx, %rbp
    c2: 0f8da1010000                   jge 0x1a1
    c8: 4801e8                         addq %rbp, %rax
    cb: 48894630                       movq %rax, 0x30(%rsi)
    cf: f6c301                         testb $0x1, %bl
    d2: 7509                           jne 0x9
    d4: 48ff0b                         decq (%rbx)
    d7: 0f8413040000                   je 0x413
    dd: 41f6c501                       testb $0x1, %r13b
    e1: 7504                           jne 0x4
    e3: 49ff4500                       incq (%r13)
    e7: 41f6c401                       testb $0x1, %r12b
    eb: 7504                           jne 0x4
    ed: 49ff0424                       incq (%r12)
    f1: 488d1c6d01000000               leaq 0x1(,%rbp,2), %rbx
    f9: 4801ed                         addq %rbp, %rbp
    fc: 4c89e0                         movq %r12, %rax
    ff: 48d1f8                         sarq %rax
   102: 48d1fd                         sarq %rbp
   105: 480fafe8                       imulq %rax, %rbp
   109: 0f8061080000                   jo 0x861
   10f: 498d0c2f                       leaq (%r15,%rbp), %rcx
   113: 4885c9                         testq %rcx, %rcx
   116: 0f8954080000                   jns 0x854
   11c: 488d3c6d01000000               leaq 0x1(,%rbp,2), %rdi
   124: 41f6c501                       testb $0x1, %r13b
   128: 0f8458080000                   je 0x858
   12e: 4c89e9                         movq %r13, %rcx
   131: 48d1f9                         sarq %rcx
   134: 4801cd                         addq %rcx, %rbp
   137: 4889e9                         movq %rbp, %rcx
   13a: 4c01f9                         addq %r15, %rcx
   13d: 0f896b080000                   jns 0x86b
   143: 4c8d2c6d01000000               leaq 0x1(,%rbp,2), %r13
   14b: 49833e00                       cmpq $0x0, (%r14)
   14f: 0f85c7070000                   jne 0x7c7
   155: 498b4e08                       movq 0x8(%r14), %rcx
   159: 48ffc1                         incq %rcx
   15c: 49894e08                       movq %rcx, 0x8(%r14)
   160: 493b4e10                       cmpq 0x10(%r14), %rcx
   164: 0f8dc8070000                   jge 0x7c8
   16a: 660f1f440000                   nopw (%rax,%rax)
   170: 40f6c601                       testb $0x1, %sil
   174: 0f85dc030000                   jne 0x3dc
   17a: 837e0804                       cmpl $0x4, 0x8(%rsi)
   17e: 0f85d2030000                   jne 0x3d2
   184: 488b4e30                       movq 0x30(%rsi), %rcx
   188: 488b5640                       movq 0x40(%rsi), %rdx
   18c: 4885d2                         testq %rdx, %rdx
   18f: 7e0f                           jle 0xf
   191: 483b4e38                       cmpq 0x38(%rsi), %rcx
   195: 7c13                           jl 0x13
   197: e994000000                     jmp 0x94
   19c: 0f1f4000                       nopl (%rax)
   1a0: 483b4e38                       cmpq 0x38(%rsi), %rcx
   1a4: 0f8e86000000                   jle 0x86
   1aa: 4801ca                         addq %rcx, %rdx
   1ad: 48895630                       movq %rdx, 0x30(%rsi)
   1b1: 41f6c401                       testb $0x1, %r12b
   1b5: 7504                           jne 0x4
   1b7: 49ff0424                       incq (%r12)
   1bb: 488d1c4d01000000               leaq 0x1(,%rcx,2), %rbx
   1c3: 4801c9                         addq %rcx, %rcx
   1c6: 48d1f9                         sarq %rcx
   1c9: 480fafc8                       imulq %rax, %rcx
   1cd: 0f805a050000                   jo 0x55a
   1d3: 4a8d1439                       leaq (%rcx,%r15), %rdx
   1d7: 4885d2                         testq %rdx, %rdx
   1da: 0f894d050000                   jns 0x54d
   1e0: 488d3c4d01000000               leaq 0x1(,%rcx,2), %rdi
   1e8: 4c89ea                         movq %r13, %rdx
   1eb: 48d1fa                         sarq %rdx
   1ee: 4801ca                         addq %rcx, %rdx
   1f1: 4889d1                         movq %rdx, %rcx
   1f4: 4c01f9                         addq %r15, %rcx
   1f7: 0f896a050000                   jns 0x56a
   1fd: 4c8d2c5501000000               leaq 0x1(,%rdx,2), %r13
   205: 49833e00                       cmpq $0x0, (%r14)
   209: 0f856e030000                   jne 0x36e
   20f: 498b4e08                       movq 0x8(%r14), %rcx
   213: 48ffc1                         incq %rcx
   216: 49894e08                       movq %rcx, 0x8(%r14)
   21a: 493b4e10                       cmpq 0x10(%r14), %rcx
   21e: 0f8c4cffffff                   jl -0xb4
   224: e976030000                     jmp 0x376
   229: 0f1f8000000000                 nopl (%rax)
   230: 488b8424e0000000               movq 0xe0(%rsp), %rax
   238: 4889842400010000               movq %rax, 0x100(%rsp)
   240: 0f288424d0000000               movaps 0xd0(%rsp), %xmm0
   248: 0f298424f0000000               movaps %xmm0, 0xf0(%rsp)
   250: 4d89eb                         movq %r13, %r11
   253: 4889da                         movq %rbx, %rdx
   256: eb37                           jmp 0x37
   258: 0f1f840000000000               nopl (%rax,%rax)
   260: 4839cd                         cmpq %rcx, %rbp
   263: 0f8f5ffeffff                   jg -0x1a1
   269: 488b8424e0000000               movq 0xe0(%rsp), %rax
   271: 4889842400010000               movq %rax, 0x100(%rsp)
   279: 0f288424d0000000               movaps 0xd0(%rsp), %xmm0
   281: 0f298424f0000000               movaps %xmm0, 0xf0(%rsp)
   289: 40f6c601                       testb $0x1, %sil
   28d: 7547                           jne 0x47
   28f: 48ff0e                         decq (%rsi)
   292: 7542                           jne 0x42
   294: 4889f1                         movq %rsi, %rcx
   297: 4c89442440                     movq %r8, 0x40(%rsp)
   29c: 4c89cd                         movq %r9, %rbp
   29f: 4c89542438                     movq %r10, 0x38(%rsp)
   2a4: 4c899c2418010000               movq %r11, 0x118(%rsp)
   2ac: 4889942410010000               movq %rdx, 0x110(%rsp)
   2b4: e800000000                     callq 0x0
        # hole +0x2b5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2b9: 488b942410010000               movq 0x110(%rsp), %rdx
   2c1: 4c8b9c2418010000               movq 0x118(%rsp), %r11
   2c9: 4c8b542438                     movq 0x38(%rsp), %r10
   2ce: 4989e9                         movq %rbp, %r9
   2d1: 4c8b442440                     movq 0x40(%rsp), %r8
   2d6: 4c89ac2480000000               movq %r13, 0x80(%rsp)
   2de: 4c89a42488000000               movq %r12, 0x88(%rsp)
   2e6: 48899c2490000000               movq %rbx, 0x90(%rsp)
   2ee: 4c898c2498000000               movq %r9, 0x98(%rsp)
   2f6: 4c898424a0000000               movq %r8, 0xa0(%rsp)
   2fe: 4889b424a8000000               movq %rsi, 0xa8(%rsp)
   306: 4c899c24b0000000               movq %r11, 0xb0(%rsp)
   30e: 4889bc24b8000000               movq %rdi, 0xb8(%rsp)
   316: 48899424c0000000               movq %rdx, 0xc0(%rsp)
   31e: 4c899424c8000000               movq %r10, 0xc8(%rsp)
   326: 41f6c001                       testb $0x1, %r8b
   32a: 0f856e040000                   jne 0x46e
   330: 4183780804                     cmpl $0x4, 0x8(%r8)
   335: 0f8563040000                   jne 0x463
   33b: 498b4040                       movq 0x40(%r8), %rax
   33f: 498b4830                       movq 0x30(%r8), %rcx
   343: 498b5038                       movq 0x38(%r8), %rdx
   347: 4885c0                         testq %rax, %rax
   34a: 7e14                           jle 0x14
   34c: 4839d1                         cmpq %rdx, %rcx
   34f: 7c18                           jl 0x18
   351: e965040000                     jmp 0x465
   356: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   360: 4839d1                         cmpq %rdx, %rcx
   363: 0f8e52040000                   jle 0x452
   369: 4801c8                         addq %rcx, %rax
   36c: 49894030                       movq %rax, 0x30(%r8)
   370: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
   378: 48898424a8000000               movq %rax, 0xa8(%rsp)
   380: 4889842488000000               movq %rax, 0x88(%rsp)
   388: 41f6c401                       testb $0x1, %r12b
   38c: 7506                           jne 0x6
   38e: 49ff0c24                       decq (%r12)
   392: 7434                           je 0x34
   394: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x397: IMAGE_REL_AMD64_REL32 Rel32 data-4
   39b: 40f6c701                       testb $0x1, %dil
   39f: 743f                           je 0x3f
   3a1: 4889bc24a8000000               movq %rdi, 0xa8(%rsp)
   3a9: 488b842498000000               movq 0x98(%rsp), %rax
   3b1: a801                           testb $0x1, %al
   3b3: 7442                           je 0x42
   3b5: 48898424b0000000               movq %rax, 0xb0(%rsp)
   3bd: 40f6c701                       testb $0x1, %dil
   3c1: 7451                           je 0x51
   3c3: e913040000                     jmp 0x413
   3c8: 4c89e1                         movq %r12, %rcx
   3cb: e800000000                     callq 0x0
        # hole +0x3cc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3d0: 488b3d00000000                 movq (%rip), %rdi
        # hole +0x3d3: IMAGE_REL_AMD64_REL32 Rel32 data-4
   3d7: 40f6c701                       testb $0x1, %dil
   3db: 75c4                           jne -0x3c
   3dd: 0f1f00                         nopl (%rax)
   3e0: 48ff07                         incq (%rdi)
   3e3: 4889bc24a8000000               movq %rdi, 0xa8(%rsp)
   3eb: 488b842498000000               movq 0x98(%rsp), %rax
   3f3: a801                           testb $0x1, %al
   3f5: 75be                           jne -0x42
   3f7: 48ff00                         incq (%rax)
   3fa: 488bbc24a8000000               movq 0xa8(%rsp), %rdi
   402: 48898424b0000000               movq %rax, 0xb0(%rsp)
   40a: 40f6c701                       testb $0x1, %dil
   40e: 0f85c7030000                   jne 0x3c7
   414: 837f0808                       cmpl $0x8, 0x8(%rdi)
   418: 0f85bd030000                   jne 0x3bd
   41e: 41b801000000                   movl $0x1, %r8d
   424: 4c89f1                         movq %r14, %rcx
   427: 488d9424b0000000               leaq 0xb0(%rsp), %rdx
   42f: ff5738                         callq *0x38(%rdi)
   432: 4889c6                         movq %rax, %rsi
   435: 488b8c24b0000000               movq 0xb0(%rsp), %rcx
   43d: f6c101                         testb $0x1, %cl
   440: 7509                           jne 0x9
   442: 48ff09                         decq (%rcx)
   445: 0f8492000000                   je 0x92
   44b: 48ff0f                         decq (%rdi)
   44e: 7508                           jne 0x8
   450: 4889f9                         movq %rdi, %rcx
   453: e800000000                     callq 0x0
        # hole +0x454: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   458: 4885f6                         testq %rsi, %rsi
   45b: 0f84ee040000                   je 0x4ee
   461: 4889b424a8000000               movq %rsi, 0xa8(%rsp)
   469: 0f288424f0000000               movaps 0xf0(%rsp), %xmm0
   471: 0f298424d0000000               movaps %xmm0, 0xd0(%rsp)
   479: 488b842400010000               movq 0x100(%rsp), %rax
   481: 48898424e0000000               movq %rax, 0xe0(%rsp)
   489: 4c8bac2480000000               movq 0x80(%rsp), %r13
   491: 4c8ba42488000000               movq 0x88(%rsp), %r12
   499: 488b9c2490000000               movq 0x90(%rsp), %rbx
   4a1: 4c8b8c2498000000               movq 0x98(%rsp), %r9
   4a9: 4c8b8424a0000000               movq 0xa0(%rsp), %r8
   4b1: 4c8b9c24b0000000               movq 0xb0(%rsp), %r11
   4b9: 488bbc24b8000000               movq 0xb8(%rsp), %rdi
   4c1: 488b9424c0000000               movq 0xc0(%rsp), %rdx
   4c9: 4c8b9424c8000000               movq 0xc8(%rsp), %r10
   4d1: 40f6c601                       testb $0x1, %sil
   4d5: 0f84c5fbffff                   je -0x43b
   4db: eb40                           jmp 0x40
   4dd: e800000000                     callq 0x0
        # hole +0x4de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4e2: 48ff0f                         decq (%rdi)
   4e5: 0f856dffffff                   jne -0x93
   4eb: e960ffffff                     jmp -0xa0
   4f0: 4889d9                         movq %rbx, %rcx
   4f3: 4c89c7                         movq %r8, %rdi
   4f6: 4c89cb                         movq %r9, %rbx
   4f9: 4c89542438                     movq %r10, 0x38(%rsp)
   4fe: e800000000                     callq 0x0
        # hole +0x4ff: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   503: 4c8b542438                     movq 0x38(%rsp), %r10
   508: 4989d9                         movq %rbx, %r9
   50b: 4989f8                         movq %rdi, %r8
   50e: 41f6c501                       testb $0x1, %r13b
   512: 0f84cbfbffff                   je -0x435
   518: e9cafbffff                     jmp -0x436
   51d: 4c894c2438                     movq %r9, 0x38(%rsp)
   522: 4c89442440                     movq %r8, 0x40(%rsp)
   527: 4d89ef                         movq %r13, %r15
   52a: 4889d1                         movq %rdx, %rcx
   52d: 4889da                         movq %rbx, %rdx
   530: 488b0500000000                 movq (%rip), %rax
        # hole +0x533: IMAGE_REL_AMD64_REL32 Rel32 data+4
   537: 48ffc0                         incq %rax
   53a: bd30000000                     movl $0x30, %ebp
   53f: 41b80a000000                   movl $0xa, %r8d
   545: 41b901000000                   movl $0x1, %r9d
   54b: 4531d2                         xorl %r10d, %r10d
   54e: 4889cb                         movq %rcx, %rbx
   551: 4d89dd                         movq %r11, %r13
   554: eb7f                           jmp 0x7f
   556: 4c894c2438                     movq %r9, 0x38(%rsp)
   55b: 4c89442440                     movq %r8, 0x40(%rsp)
   560: 488b0500000000                 movq (%rip), %rax
        # hole +0x563: IMAGE_REL_AMD64_REL32 Rel32 data+4
   567: 48ffc0                         incq %rax
   56a: bd30000000                     movl $0x30, %ebp
   56f: 41b80a000000                   movl $0xa, %r8d
   575: 41b901000000                   movl $0x1, %r9d
   57b: eb4f                           jmp 0x4f
   57d: 4c894c2438                     movq %r9, 0x38(%rsp)
   582: 4c89442440                     movq %r8, 0x40(%rsp)
   587: 488b0500000000                 movq (%rip), %rax
        # hole +0x58a: IMAGE_REL_AMD64_REL32 Rel32 data+4
   58e: 4883c00c                       addq $0xc, %rax
   592: bd30000000                     movl $0x30, %ebp
   597: 41b878000000                   movl $0x78, %r8d
   59d: eb27                           jmp 0x27
   59f: 4c894c2438                     movq %r9, 0x38(%rsp)
   5a4: 4c89442440                     movq %r8, 0x40(%rsp)
   5a9: 49c70601000000                 movq $0x1, (%r14)
   5b0: 488b0500000000                 movq (%rip), %rax
        # hole +0x5b3: IMAGE_REL_AMD64_REL32 Rel32 data+4
   5b7: 4883c00d                       addq $0xd, %rax
   5bb: bd30000000                     movl $0x30, %ebp
   5c0: 41b882000000                   movl $0x82, %r8d
   5c6: 41b902000000                   movl $0x2, %r9d
   5cc: 4531d2                         xorl %r10d, %r10d
   5cf: 4889da                         movq %rbx, %rdx
   5d2: 4d89ef                         movq %r13, %r15
   5d5: 4531db                         xorl %r11d, %r11d
   5d8: 4c3b7c2450                     cmpq 0x50(%rsp), %r15
   5dd: 7558                           jne 0x58
   5df: 4c3b642458                     cmpq 0x58(%rsp), %r12
   5e4: 0f858d000000                   jne 0x8d
   5ea: 483b542460                     cmpq 0x60(%rsp), %rdx
   5ef: 488b4c2448                     movq 0x48(%rsp), %rcx
   5f4: 0f859a000000                   jne 0x9a
   5fa: 4c8b7c2438                     movq 0x38(%rsp), %r15
   5ff: 4c3b7c2468                     cmpq 0x68(%rsp), %r15
   604: 0f85ac000000                   jne 0xac
   60a: 4c8b7c2440                     movq 0x40(%rsp), %r15
   60f: 4c3b7c2470                     cmpq 0x70(%rsp), %r15
   614: 0f85b4000000                   jne 0xb4
   61a: 483b742478                     cmpq 0x78(%rsp), %rsi
   61f: 0f85bc000000                   jne 0xbc
   625: 488b5118                       movq 0x18(%rcx), %rdx
   629: 4584d2                         testb %r10b, %r10b
   62c: 0f85c0000000                   jne 0xc0
   632: e9d8000000                     jmp 0xd8
   637: 488b4c2448                     movq 0x48(%rsp), %rcx
   63c: 4889442450                     movq %rax, 0x50(%rsp)
   641: 4889d0                         movq %rdx, %rax
   644: 4489da                         movl %r11d, %edx
   647: 4589d3                         movl %r10d, %r11d
   64a: 4d89c2                         movq %r8, %r10
   64d: 4989e8                         movq %rbp, %r8
   650: 488b6918                       movq 0x18(%rcx), %rbp
   654: 4c897d00                       movq %r15, (%rbp)
   658: 4c89c5                         movq %r8, %rbp
   65b: 4d89d0                         movq %r10, %r8
   65e: 4589da                         movl %r11d, %r10d
   661: 4189d3                         movl %edx, %r11d
   664: 4889c2                         movq %rax, %rdx
   667: 488b442450                     movq 0x50(%rsp), %rax
   66c: 4c3b642458                     cmpq 0x58(%rsp), %r12
   671: 0f8473ffffff                   je -0x8d
   677: 488b4c2448                     movq 0x48(%rsp), %rcx
   67c: 4c8b7918                       movq 0x18(%rcx), %r15
   680: 4d896708                       movq %r12, 0x8(%r15)
   684: 483b542460                     cmpq 0x60(%rsp), %rdx
   689: 488b4c2448                     movq 0x48(%rsp), %rcx
   68e: 0f8466ffffff                   je -0x9a
   694: 488b4c2448                     movq 0x48(%rsp), %rcx
   699: 4c8b7918                       movq 0x18(%rcx), %r15
   69d: 49895710                       movq %rdx, 0x10(%r15)
   6a1: 488b4c2448                     movq 0x48(%rsp), %rcx
   6a6: 4c8b7c2438                     movq 0x38(%rsp), %r15
   6ab: 4c3b7c2468                     cmpq 0x68(%rsp), %r15
   6b0: 0f8454ffffff                   je -0xac
   6b6: 488b5118                       movq 0x18(%rcx), %rdx
   6ba: 4c897a18                       movq %r15, 0x18(%rdx)
   6be: 4c8b7c2440                     movq 0x40(%rsp), %r15
   6c3: 4c3b7c2470                     cmpq 0x70(%rsp), %r15
   6c8: 0f844cffffff                   je -0xb4
   6ce: 488b5118                       movq 0x18(%rcx), %rdx
   6d2: 4c897a20                       movq %r15, 0x20(%rdx)
   6d6: 483b742478                     cmpq 0x78(%rsp), %rsi
   6db: 0f8444ffffff                   je -0xbc
   6e1: 488b5118                       movq 0x18(%rcx), %rdx
   6e5: 48897228                       movq %rsi, 0x28(%rdx)
   6e9: 488b5118                       movq 0x18(%rcx), %rdx
   6ed: 4584d2                         testb %r10b, %r10b
   6f0: 741d                           je 0x1d
   6f2: 4c896a30                       movq %r13, 0x30(%rdx)
   6f6: 488b5118                       movq 0x18(%rcx), %rdx
   6fa: 48897a38                       movq %rdi, 0x38(%rdx)
   6fe: 488b5118                       movq 0x18(%rcx), %rdx
   702: 4584db                         testb %r11b, %r11b
   705: 7408                           je 0x8
   707: 48895a40                       movq %rbx, 0x40(%rdx)
   70b: 488b5118                       movq 0x18(%rcx), %rdx
   70f: 4801ea                         addq %rbp, %rdx
   712: 4c89442428                     movq %r8, 0x28(%rsp)
   717: 4889442420                     movq %rax, 0x20(%rsp)
   71c: 4d89f0                         movq %r14, %r8
   71f: e800000000                     callq 0x0
        # hole +0x720: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   724: 4881c420010000                 addq $0x120, %rsp
   72b: 5d                             popq %rbp
   72c: c3                             retq
   72d: 4c894c2438                     movq %r9, 0x38(%rsp)
   732: 4c89442440                     movq %r8, 0x40(%rsp)
   737: 488b0500000000                 movq (%rip), %rax
        # hole +0x73a: IMAGE_REL_AMD64_REL32 Rel32 data+4
   73e: 4883c008                       addq $0x8, %rax
   742: bd48000000                     movl $0x48, %ebp
   747: 41b201                         movb $0x1, %r10b
   74a: 41b850000000                   movl $0x50, %r8d
   750: 41b901000000                   movl $0x1, %r9d
   756: 4c89e7                         movq %r12, %rdi
   759: 4889da                         movq %rbx, %rdx
   75c: 4d89ef                         movq %r13, %r15
   75f: 41b301                         movb $0x1, %r11b
   762: e971feffff                     jmp -0x18f
   767: 4c894c2438                     movq %r9, 0x38(%rsp)
   76c: 4c89442440                     movq %r8, 0x40(%rsp)
   771: 488b0500000000                 movq (%rip), %rax
        # hole +0x774: IMAGE_REL_AMD64_REL32 Rel32 data+4
   778: 4883c00a                       addq $0xa, %rax
   77c: bd40000000                     movl $0x40, %ebp
   781: 41b201                         movb $0x1, %r10b
   784: 41b864000000                   movl $0x64, %r8d
   78a: 41b901000000                   movl $0x1, %r9d
   790: 4531db                         xorl %r11d, %r11d
   793: 4889da                         movq %rbx, %rdx
   796: 4d89ef                         movq %r13, %r15
   799: e93afeffff                     jmp -0x1c6
   79e: 488b0500000000                 movq (%rip), %rax
        # hole +0x7a1: IMAGE_REL_AMD64_REL32 Rel32 data+12
   7a5: 48ffc0                         incq %rax
   7a8: ba05000000                     movl $0x5, %edx
   7ad: 41ba0a000000                   movl $0xa, %r10d
   7b3: 41b901000000                   movl $0x1, %r9d
   7b9: eb1c                           jmp 0x1c
   7bb: 488b0500000000                 movq (%rip), %rax
        # hole +0x7be: IMAGE_REL_AMD64_REL32 Rel32 data+12
   7c2: 4883c002                       addq $0x2, %rax
   7c6: ba05000000                     movl $0x5, %edx
   7cb: 41ba14000000                   movl $0x14, %r10d
   7d1: 41b902000000                   movl $0x2, %r9d
   7d7: 31f6                           xorl %esi, %esi
   7d9: eb1f                           jmp 0x1f
   7db: 488b0500000000                 movq (%rip), %rax
        # hole +0x7de: IMAGE_REL_AMD64_REL32 Rel32 data+12
   7e2: 4883c007                       addq $0x7, %rax
   7e6: ba07000000                     movl $0x7, %edx
   7eb: 40b601                         movb $0x1, %sil
   7ee: 41ba46000000                   movl $0x46, %r10d
   7f4: 41b901000000                   movl $0x1, %r9d
   7fa: 488bbc2480000000               movq 0x80(%rsp), %rdi
   802: 483b7c2450                     cmpq 0x50(%rsp), %rdi
   807: 488b4c2448                     movq 0x48(%rsp), %rcx
   80c: 0f859a000000                   jne 0x9a
   812: 488bbc2488000000               movq 0x88(%rsp), %rdi
   81a: 483b7c2458                     cmpq 0x58(%rsp), %rdi
   81f: 0f85a1000000                   jne 0xa1
   825: 488bbc2490000000               movq 0x90(%rsp), %rdi
   82d: 483b7c2460                     cmpq 0x60(%rsp), %rdi
   832: 0f85a9000000                   jne 0xa9
   838: 488bbc2498000000               movq 0x98(%rsp), %rdi
   840: 483b7c2468                     cmpq 0x68(%rsp), %rdi
   845: 0f85b1000000                   jne 0xb1
   84b: 488bbc24a0000000               movq 0xa0(%rsp), %rdi
   853: 483b7c2470                     cmpq 0x70(%rsp), %rdi
   858: 7408                           je 0x8
   85a: 4c8b4118                       movq 0x18(%rcx), %r8
   85e: 49897820                       movq %rdi, 0x20(%r8)
   862: 488bbc24a8000000               movq 0xa8(%rsp), %rdi
   86a: 483b7c2478                     cmpq 0x78(%rsp), %rdi
   86f: 0f94c3                         sete %bl
   872: 4189f0                         movl %esi, %r8d
   875: 4180f001                       xorb $0x1, %r8b
   879: 4108d8                         orb %bl, %r8b
   87c: 7508                           jne 0x8
   87e: 4c8b4118                       movq 0x18(%rcx), %r8
   882: 49897828                       movq %rdi, 0x28(%r8)
   886: 4084f6                         testb %sil, %sil
   889: 7410                           je 0x10
   88b: 488bb424b0000000               movq 0xb0(%rsp), %rsi
   893: 488b7918                       movq 0x18(%rcx), %rdi
   897: 48897730                       movq %rsi, 0x30(%rdi)
   89b: c1e203                         shll $0x3, %edx
   89e: 48035118                       addq 0x18(%rcx), %rdx
   8a2: 4c89542428                     movq %r10, 0x28(%rsp)
   8a7: e96bfeffff                     jmp -0x195
   8ac: 4c8b4118                       movq 0x18(%rcx), %r8
   8b0: 498938                         movq %rdi, (%r8)
   8b3: 488bbc2488000000               movq 0x88(%rsp), %rdi
   8bb: 483b7c2458                     cmpq 0x58(%rsp), %rdi
   8c0: 0f845fffffff                   je -0xa1
   8c6: 4c8b4118                       movq 0x18(%rcx), %r8
   8ca: 49897808                       movq %rdi, 0x8(%r8)
   8ce: 488bbc2490000000               movq 0x90(%rsp), %rdi
   8d6: 483b7c2460                     cmpq 0x60(%rsp), %rdi
   8db: 0f8457ffffff                   je -0xa9
   8e1: 4c8b4118                       movq 0x18(%rcx), %r8
   8e5: 49897810                       movq %rdi, 0x10(%r8)
   8e9: 488bbc2498000000               movq 0x98(%rsp), %rdi
   8f1: 483b7c2468                     cmpq 0x68(%rsp), %rdi
   8f6: 0f844fffffff                   je -0xb1
   8fc: 4c8b4118                       movq 0x18(%rcx), %r8
   900: 49897818                       movq %rdi, 0x18(%r8)
   904: 488bbc24a0000000               movq 0xa0(%rsp), %rdi
   90c: 483b7c2470                     cmpq 0x70(%rsp), %rdi
   911: 0f8543ffffff                   jne -0xbd
   917: e946ffffff                     jmp -0xba
   91c: 4c894c2438                     movq %r9, 0x38(%rsp)
   921: 4c89442440                     movq %r8, 0x40(%rsp)
   926: 488b0500000000                 movq (%rip), %rax
        # hole +0x929: IMAGE_REL_AMD64_REL32 Rel32 data+4
   92d: e95cfcffff                     jmp -0x3a4
   932: 4c894c2438                     movq %r9, 0x38(%rsp)
   937: 4c89442440                     movq %r8, 0x40(%rsp)
   93c: 49c70601000000                 movq $0x1, (%r14)
   943: 488b0500000000                 movq (%rip), %rax
        # hole +0x946: IMAGE_REL_AMD64_REL32 Rel32 data+4
   94a: e968fcffff                     jmp -0x398
   94f: 488b0500000000                 movq (%rip), %rax
        # hole +0x952: IMAGE_REL_AMD64_REL32 Rel32 data+12
   956: 4883c007                       addq $0x7, %rax
   95a: ba05000000                     movl $0x5, %edx
   95f: 41ba46000000                   movl $0x46, %r10d
   965: 41b903000000                   movl $0x3, %r9d
   96b: e967feffff                     jmp -0x199
   970: 4c894c2438                     movq %r9, 0x38(%rsp)
   975: 4c89442440                     movq %r8, 0x40(%rsp)
   97a: 488b0500000000                 movq (%rip), %rax
        # hole +0x97d: IMAGE_REL_AMD64_REL32 Rel32 data+4
   981: e9b8fdffff                     jmp -0x248
   986: 4c894c2438                     movq %r9, 0x38(%rsp)
   98b: 4c89442440                     movq %r8, 0x40(%rsp)
   990: 488b0500000000                 movq (%rip), %rax
        # hole +0x993: IMAGE_REL_AMD64_REL32 Rel32 data+4
   997: 4883c009                       addq $0x9, %rax
   99b: bd40000000                     movl $0x40, %ebp
   9a0: 41b201                         movb $0x1, %r10b
   9a3: 41b85a000000                   movl $0x5a, %r8d
   9a9: e9dcfdffff                     jmp -0x224
   9ae: 4c894c2438                     movq %r9, 0x38(%rsp)
   9b3: 4c89442440                     movq %r8, 0x40(%rsp)
   9b8: 488b0500000000                 movq (%rip), %rax
        # hole +0x9bb: IMAGE_REL_AMD64_REL32 Rel32 data+4
   9bf: e9b4fdffff                     jmp -0x24c
# data
     0: 00000000000000000000000000000000
    10: 0000000000000000
        # hole data+0x0: GOT Abs64 operand0[21]+0
        # hole data+0x8: GOT Abs64 index+0
        # hole data+0x10: GOT Abs64 index[16]+0
