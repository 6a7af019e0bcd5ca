# stencil countdown_compare for x86_64-pc-windows-msvc: 629 code bytes, 16 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 4883ec50                       subq $0x50, %rsp
     5: 48b80300000001000000           movabsq $0x100000003, %rax
     f: 498d4d08                       leaq 0x8(%r13), %rcx
    13: 48894c2440                     movq %rcx, 0x40(%rsp)
    18: 488d4802                       leaq 0x2(%rax), %rcx
    1c: 48894c2438                     movq %rcx, 0x38(%rsp)
    21: 488b2d00000000                 movq (%rip), %rbp
        # hole +0x24: IMAGE_REL_AMD64_REL32 Rel32 data-4
    28: 488b3500000000                 movq (%rip), %rsi
        # hole +0x2b: IMAGE_REL_AMD64_REL32 Rel32 data+4
    2f: 49bf00000000000000c0           movabsq $-0x4000000000000000, %r15
    39: 48bbfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rbx
    43: 4883c00d                       addq $0xd, %rax
    47: 4889442448                     movq %rax, 0x48(%rsp)
    4c: bf02000000                     movl $0x2, %edi
    51: 6666666666662e0f1f840000000000 nopw %cs:(%rax,%rax)
    60: 498b442418                     movq 0x18(%r12), %rax
    65: 488b00                         movq (%rax), %rax
    68: a801                           testb $0x1, %al
    6a: 0f841b010000                   je 0x11b
    70: 49c7450801000000               movq $0x1, 0x8(%r13)
    78: 4889e9                         movq %rbp, %rcx
    7b: 4883f802                       cmpq $0x2, %rax
    7f: 7c03                           jl 0x3
    81: 4889f1                         movq %rsi, %rcx
    84: 49894d00                       movq %rcx, (%r13)
    88: 0f8ca4010000                   jl 0x1a4
    8e: 498b442418                     movq 0x18(%r12), %rax
    93: 488b00                         movq (%rax), %rax
    96: a801                           testb $0x1, %al
    98: 7503                           jne 0x3
    9a: 48ff00                         incq (%rax)
    9d: 49894500                       movq %rax, (%r13)
    a1: 498b442418                     movq 0x18(%r12), %rax
    a6: 488b4010                       movq 0x10(%rax), %rax
    aa: a801                           testb $0x1, %al
    ac: 0f8405010000                   je 0x105
    b2: 49894508                       movq %rax, 0x8(%r13)
    b6: 498b4d00                       movq (%r13), %rcx
    ba: 48d1f9                         sarq %rcx
    bd: 48d1f8                         sarq %rax
    c0: 4829c1                         subq %rax, %rcx
    c3: 4889c8                         movq %rcx, %rax
    c6: 4c01f8                         addq %r15, %rax
    c9: 0f8974010000                   jns 0x174
    cf: 488d044d01000000               leaq 0x1(,%rcx,2), %rax
    d7: 49894500                       movq %rax, (%r13)
    db: 498b542418                     movq 0x18(%r12), %rdx
    e0: 488b0a                         movq (%rdx), %rcx
    e3: 488902                         movq %rax, (%rdx)
    e6: f6c101                         testb $0x1, %cl
    e9: 7515                           jne 0x15
    eb: 48ff09                         decq (%rcx)
    ee: 7510                           jne 0x10
    f0: e800000000                     callq 0x0
        # hole +0xf1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    f5: 66662e0f1f840000000000         nopw %cs:(%rax,%rax)
   100: 498b442418                     movq 0x18(%r12), %rax
   105: 488b4008                       movq 0x8(%rax), %rax
   109: a801                           testb $0x1, %al
   10b: 0f84c6000000                   je 0xc6
   111: 49894500                       movq %rax, (%r13)
   115: 49c7450805000000               movq $0x5, 0x8(%r13)
   11d: 4839d8                         cmpq %rbx, %rax
   120: 0f8f36010000                   jg 0x136
   126: 4883c004                       addq $0x4, %rax
   12a: 49894500                       movq %rax, (%r13)
   12e: 498b542418                     movq 0x18(%r12), %rdx
   133: 488b4a08                       movq 0x8(%rdx), %rcx
   137: 48894208                       movq %rax, 0x8(%rdx)
   13b: f6c101                         testb $0x1, %cl
   13e: 7510                           jne 0x10
   140: 48ff09                         decq (%rcx)
   143: 750b                           jne 0xb
   145: e800000000                     callq 0x0
        # hole +0x146: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   14a: 660f1f440000                   nopw (%rax,%rax)
   150: 49833e00                       cmpq $0x0, (%r14)
   154: 0f85ad000000                   jne 0xad
   15a: 498b4608                       movq 0x8(%r14), %rax
   15e: 48ffc0                         incq %rax
   161: 49894608                       movq %rax, 0x8(%r14)
   165: 493b4610                       cmpq 0x10(%r14), %rax
   169: 0f8cf1feffff                   jl -0x10f
   16f: 49c70601000000                 movq $0x1, (%r14)
   176: 48b90300000001000000           movabsq $0x100000003, %rcx
   180: 4883c10e                       addq $0xe, %rcx
   184: b8aa000000                     movl $0xaa, %eax
   189: eb77                           jmp 0x77
   18b: 48ff00                         incq (%rax)
   18e: 49894500                       movq %rax, (%r13)
   192: 49c7450801000000               movq $0x1, 0x8(%r13)
   19a: 4983c510                       addq $0x10, %r13
   19e: b81e000000                     movl $0x1e, %eax
   1a3: bf01000000                     movl $0x1, %edi
   1a8: 4c89ea                         movq %r13, %rdx
   1ab: 48b90300000001000000           movabsq $0x100000003, %rcx
   1b5: eb5d                           jmp 0x5d
   1b7: 48ff00                         incq (%rax)
   1ba: 49894508                       movq %rax, 0x8(%r13)
   1be: 4983c510                       addq $0x10, %r13
   1c2: 48b90300000001000000           movabsq $0x100000003, %rcx
   1cc: 4883c105                       addq $0x5, %rcx
   1d0: b850000000                     movl $0x50, %eax
   1d5: eb26                           jmp 0x26
   1d7: 48ff00                         incq (%rax)
   1da: 49894500                       movq %rax, (%r13)
   1de: 49c7450805000000               movq $0x5, 0x8(%r13)
   1e6: 4983c510                       addq $0x10, %r13
   1ea: 48b90300000001000000           movabsq $0x100000003, %rcx
   1f4: 4883c10a                       addq $0xa, %rcx
   1f8: b882000000                     movl $0x82, %eax
   1fd: bf01000000                     movl $0x1, %edi
   202: 4c89ea                         movq %r13, %rdx
   205: eb0d                           jmp 0xd
   207: b8a0000000                     movl $0xa0, %eax
   20c: 4c89ea                         movq %r13, %rdx
   20f: 488b4c2448                     movq 0x48(%rsp), %rcx
   214: 4889442428                     movq %rax, 0x28(%rsp)
   219: 48894c2420                     movq %rcx, 0x20(%rsp)
   21e: 4c89e1                         movq %r12, %rcx
   221: 4d89f0                         movq %r14, %r8
   224: 4189f9                         movl %edi, %r9d
   227: e800000000                     callq 0x0
        # hole +0x228: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   22c: 4883c450                       addq $0x50, %rsp
   230: 5d                             popq %rbp
   231: c3                             retq
   232: b832000000                     movl $0x32, %eax
   237: 488b542440                     movq 0x40(%rsp), %rdx
   23c: 488b4c2438                     movq 0x38(%rsp), %rcx
   241: ebd1                           jmp -0x2f
   243: 4983c510                       addq $0x10, %r13
   247: 48b90300000001000000           movabsq $0x100000003, %rcx
   251: 4883c106                       addq $0x6, %rcx
   255: b85a000000                     movl $0x5a, %eax
   25a: eba1                           jmp -0x5f
   25c: 4983c510                       addq $0x10, %r13
   260: 48b90300000001000000           movabsq $0x100000003, %rcx
   26a: 4883c10b                       addq $0xb, %rcx
   26e: b88c000000                     movl $0x8c, %eax
   273: eb88                           jmp -0x78
# data
     0: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 symbol:tf_False+0
        # hole data+0x8: GOT Abs64 symbol:tf_True+0
