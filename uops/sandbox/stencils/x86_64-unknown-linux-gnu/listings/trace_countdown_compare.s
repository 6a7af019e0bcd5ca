# stencil countdown_compare for x86_64-unknown-linux-gnu: 663 code bytes, 0 data bytes, 7 holes
     0: 55                             pushq %rbp
     1: 4883ec20                       subq $0x20, %rsp
     5: 48b80300000001000000           movabsq $0x100000003, %rax
     f: 498d4d08                       leaq 0x8(%r13), %rcx
    13: 48894c2410                     movq %rcx, 0x10(%rsp)
    18: 488d4802                       leaq 0x2(%rax), %rcx
    1c: 48894c2408                     movq %rcx, 0x8(%rsp)
    21: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x23: R_X86_64_64 Abs64 symbol:tf_True+0
    2b: 48bd0000000000000000           movabsq $0x0, %rbp
        # hole +0x2d: R_X86_64_64 Abs64 symbol:tf_False+0
    35: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    3f: 48bbfbffffffffffff7f           movabsq $0x7ffffffffffffffb, %rbx
    49: 4883c00d                       addq $0xd, %rax
    4d: 4889442418                     movq %rax, 0x18(%rsp)
    52: 41bf02000000                   movl $0x2, %r15d
    58: 0f1f840000000000               nopl (%rax,%rax)
    60: 498b442418                     movq 0x18(%r12), %rax
    65: 488b08                         movq (%rax), %rcx
    68: f6c101                         testb $0x1, %cl
    6b: 0f843b010000                   je 0x13b
    71: 49c7450801000000               movq $0x1, 0x8(%r13)
    79: 4889ea                         movq %rbp, %rdx
    7c: 4883f902                       cmpq $0x2, %rcx
    80: 480f4dd6                       cmovgeq %rsi, %rdx
    84: 49895500                       movq %rdx, (%r13)
    88: 0f8cc3010000                   jl 0x1c3
    8e: 488b08                         movq (%rax), %rcx
    91: f6c101                         testb $0x1, %cl
    94: 7503                           jne 0x3
    96: 48ff01                         incq (%rcx)
    99: 49894d00                       movq %rcx, (%r13)
    9d: 488b4810                       movq 0x10(%rax), %rcx
    a1: f6c101                         testb $0x1, %cl
    a4: 0f8430010000                   je 0x130
    aa: 49894d08                       movq %rcx, 0x8(%r13)
    ae: 498b5500                       movq (%r13), %rdx
    b2: 48d1fa                         sarq %rdx
    b5: 48d1f9                         sarq %rcx
    b8: 4829ca                         subq %rcx, %rdx
    bb: 4889d1                         movq %rdx, %rcx
    be: 4c01c1                         addq %r8, %rcx
    c1: 0f899c010000                   jns 0x19c
    c7: 488d0c5501000000               leaq 0x1(,%rdx,2), %rcx
    cf: 49894d00                       movq %rcx, (%r13)
    d3: 488b38                         movq (%rax), %rdi
    d6: 488908                         movq %rcx, (%rax)
    d9: 40f6c701                       testb $0x1, %dil
    dd: 7531                           jne 0x31
    df: 48ff0f                         decq (%rdi)
    e2: 752c                           jne 0x2c
    e4: e800000000                     callq 0x0
        # hole +0xe5: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    e9: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
    f3: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0xf5: R_X86_64_64 Abs64 symbol:tf_True+0
    fd: 498b442418                     movq 0x18(%r12), %rax
   102: 66666666662e0f1f840000000000   nopw %cs:(%rax,%rax)
   110: 488b4808                       movq 0x8(%rax), %rcx
   114: f6c101                         testb $0x1, %cl
   117: 0f84de000000                   je 0xde
   11d: 49894d00                       movq %rcx, (%r13)
   121: 49c7450805000000               movq $0x5, 0x8(%r13)
   129: 4839d9                         cmpq %rbx, %rcx
   12c: 0f8f4b010000                   jg 0x14b
   132: 4883c104                       addq $0x4, %rcx
   136: 49894d00                       movq %rcx, (%r13)
   13a: 488b7808                       movq 0x8(%rax), %rdi
   13e: 48894808                       movq %rcx, 0x8(%rax)
   142: 40f6c701                       testb $0x1, %dil
   146: 7528                           jne 0x28
   148: 48ff0f                         decq (%rdi)
   14b: 7523                           jne 0x23
   14d: e800000000                     callq 0x0
        # hole +0x14e: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
   152: 49b800000000000000c0           movabsq $-0x4000000000000000, %r8
   15c: 48be0000000000000000           movabsq $0x0, %rsi
        # hole +0x15e: R_X86_64_64 Abs64 symbol:tf_True+0
   166: 662e0f1f840000000000           nopw %cs:(%rax,%rax)
   170: 49833e00                       cmpq $0x0, (%r14)
   174: 0f85b6000000                   jne 0xb6
   17a: 498b4608                       movq 0x8(%r14), %rax
   17e: 48ffc0                         incq %rax
   181: 49894608                       movq %rax, 0x8(%r14)
   185: 493b4610                       cmpq 0x10(%r14), %rax
   189: 0f8cd1feffff                   jl -0x12f
   18f: 49c70601000000                 movq $0x1, (%r14)
   196: 48b80300000001000000           movabsq $0x100000003, %rax
   1a0: 4883c00e                       addq $0xe, %rax
   1a4: 41b9aa000000                   movl $0xaa, %r9d
   1aa: eb7c                           jmp 0x7c
   1ac: 48ff01                         incq (%rcx)
   1af: 49894d00                       movq %rcx, (%r13)
   1b3: 49c7450801000000               movq $0x1, 0x8(%r13)
   1bb: 4983c510                       addq $0x10, %r13
   1bf: 41b91e000000                   movl $0x1e, %r9d
   1c5: 41bf01000000                   movl $0x1, %r15d
   1cb: 4c89ee                         movq %r13, %rsi
   1ce: 49b80300000001000000           movabsq $0x100000003, %r8
   1d8: eb64                           jmp 0x64
   1da: 48ff01                         incq (%rcx)
   1dd: 49894d08                       movq %rcx, 0x8(%r13)
   1e1: 4983c510                       addq $0x10, %r13
   1e5: 48b80300000001000000           movabsq $0x100000003, %rax
   1ef: 4883c005                       addq $0x5, %rax
   1f3: 41b950000000                   movl $0x50, %r9d
   1f9: eb27                           jmp 0x27
   1fb: 48ff01                         incq (%rcx)
   1fe: 49894d00                       movq %rcx, (%r13)
   202: 49c7450805000000               movq $0x5, 0x8(%r13)
   20a: 4983c510                       addq $0x10, %r13
   20e: 48b80300000001000000           movabsq $0x100000003, %rax
   218: 4883c00a                       addq $0xa, %rax
   21c: 41b982000000                   movl $0x82, %r9d
   222: 41bf01000000                   movl $0x1, %r15d
   228: 4c89ee                         movq %r13, %rsi
   22b: 4989c0                         movq %rax, %r8
   22e: eb0e                           jmp 0xe
   230: 41b9a0000000                   movl $0xa0, %r9d
   236: 4c89ee                         movq %r13, %rsi
   239: 4c8b442418                     movq 0x18(%rsp), %r8
   23e: 4c89e7                         movq %r12, %rdi
   241: 4c89f2                         movq %r14, %rdx
   244: 4489f9                         movl %r15d, %ecx
   247: 4883c420                       addq $0x20, %rsp
   24b: 5d                             popq %rbp
   24c: e900000000                     jmp 0x0
        # hole +0x24d: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   251: 41b932000000                   movl $0x32, %r9d
   257: 488b742410                     movq 0x10(%rsp), %rsi
   25c: 4c8b442408                     movq 0x8(%rsp), %r8
   261: ebdb                           jmp -0x25
   263: 4983c510                       addq $0x10, %r13
   267: 48b80300000001000000           movabsq $0x100000003, %rax
   271: 4883c006                       addq $0x6, %rax
   275: 41b95a000000                   movl $0x5a, %r9d
   27b: eba5                           jmp -0x5b
   27d: 4983c510                       addq $0x10, %r13
   281: 48b80300000001000000           movabsq $0x100000003, %rax
   28b: 4883c00b                       addq $0xb, %rax
   28f: 41b98c000000                   movl $0x8c, %r9d
   295: eb8b                           jmp -0x75
