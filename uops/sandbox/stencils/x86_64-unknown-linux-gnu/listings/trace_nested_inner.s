# stencil nested_inner for x86_64-unknown-linux-gnu: 1094 code bytes, 0 data bytes, 5 holes
     0: 55                             pushq %rbp
     1: 4883ec30                       subq $0x30, %rsp
     5: 4d8b6c2418                     movq 0x18(%r12), %r13
     a: 4d8b4500                       movq (%r13), %r8
     e: 498b7d10                       movq 0x10(%r13), %rdi
    12: 498b6d28                       movq 0x28(%r13), %rbp
    16: 41bb30000000                   movl $0x30, %r11d
    1c: 41bf01000000                   movl $0x1, %r15d
    22: 40f6c501                       testb $0x1, %bpl
    26: 0f8588020000                   jne 0x288
    2c: 837d0804                       cmpl $0x4, 0x8(%rbp)
    30: 0f857e020000                   jne 0x27e
    36: 498b5508                       movq 0x8(%r13), %rdx
    3a: 488b4540                       movq 0x40(%rbp), %rax
    3e: 4c8b7d30                       movq 0x30(%rbp), %r15
    42: 488b4d38                       movq 0x38(%rbp), %rcx
    46: 4885c0                         testq %rax, %rax
    49: 7e13                           jle 0x13
    4b: 4939cf                         cmpq %rcx, %r15
    4e: 7c13                           jl 0x13
    50: 4983c530                       addq $0x30, %r13
    54: 4883c430                       addq $0x30, %rsp
    58: 5d                             popq %rbp
    59: e900000000                     jmp 0x0
        # hole +0x5a: R_X86_64_PLT32 Rel32 exit_trace[2]-4
    5e: 4939cf                         cmpq %rcx, %r15
    61: 7eed                           jle -0x13
    63: 4c01f8                         addq %r15, %rax
    66: 48894530                       movq %rax, 0x30(%rbp)
    6a: 40f6c701                       testb $0x1, %dil
    6e: 4c89442410                     movq %r8, 0x10(%rsp)
    73: 751b                           jne 0x1b
    75: 48ff0f                         decq (%rdi)
    78: 7516                           jne 0x16
    7a: 4889fb                         movq %rdi, %rbx
    7d: 4989d5                         movq %rdx, %r13
    80: e800000000                     callq 0x0
        # hole +0x81: R_X86_64_PLT32 Rel32 symbol:tf_dealloc-4
    85: 4c89ea                         movq %r13, %rdx
    88: 4c8b442410                     movq 0x10(%rsp), %r8
    8d: 4889df                         movq %rbx, %rdi
    90: 41f6c001                       testb $0x1, %r8b
    94: 7503                           jne 0x3
    96: 49ff00                         incq (%r8)
    99: 4b8d043f                       leaq (%r15,%r15), %rax
    9d: f6c201                         testb $0x1, %dl
    a0: 7503                           jne 0x3
    a2: 48ff02                         incq (%rdx)
    a5: 4a8d1c7d01000000               leaq 0x1(,%r15,2), %rbx
    ad: 4989d1                         movq %rdx, %r9
    b0: 48d1fa                         sarq %rdx
    b3: 48d1f8                         sarq %rax
    b6: 4889542428                     movq %rdx, 0x28(%rsp)
    bb: 480fafc2                       imulq %rdx, %rax
    bf: 41bb48000000                   movl $0x48, %r11d
    c5: 41b201                         movb $0x1, %r10b
    c8: 41bf08000000                   movl $0x8, %r15d
    ce: 0f803c030000                   jo 0x33c
    d4: 48b900000000000000c0           movabsq $-0x4000000000000000, %rcx
    de: 488d1408                       leaq (%rax,%rcx), %rdx
    e2: 4885d2                         testq %rdx, %rdx
    e5: 0f8925030000                   jns 0x325
    eb: 4c8d2c4501000000               leaq 0x1(,%rax,2), %r13
    f3: 41bb40000000                   movl $0x40, %r11d
    f9: 41f6c001                       testb $0x1, %r8b
    fd: 0f841a030000                   je 0x31a
   103: 4c89c2                         movq %r8, %rdx
   106: 48d1fa                         sarq %rdx
   109: 4801d0                         addq %rdx, %rax
   10c: 4889c2                         movq %rax, %rdx
   10f: 4801ca                         addq %rcx, %rdx
   112: 0f891b030000                   jns 0x31b
   118: 4c8d144501000000               leaq 0x1(,%rax,2), %r10
   120: 41bb30000000                   movl $0x30, %r11d
   126: 49833e00                       cmpq $0x0, (%r14)
   12a: 0f85aa010000                   jne 0x1aa
   130: 498b4e08                       movq 0x8(%r14), %rcx
   134: 498b5610                       movq 0x10(%r14), %rdx
   138: 488d4101                       leaq 0x1(%rcx), %rax
   13c: 49894608                       movq %rax, 0x8(%r14)
   140: 4839d0                         cmpq %rdx, %rax
   143: 0f8da1010000                   jge 0x1a1
   149: 4c89742408                     movq %r14, 0x8(%rsp)
   14e: 8b7508                         movl 0x8(%rbp), %esi
   151: 41bf01000000                   movl $0x1, %r15d
   157: 83fe04                         cmpl $0x4, %esi
   15a: 0f858f010000                   jne 0x18f
   160: 48897c2418                     movq %rdi, 0x18(%rsp)
   165: 4c89642420                     movq %r12, 0x20(%rsp)
   16a: 488b4530                       movq 0x30(%rbp), %rax
   16e: 4c8b7d40                       movq 0x40(%rbp), %r15
   172: 4c8d1c00                       leaq (%rax,%rax), %r11
   176: 4f8d043f                       leaq (%r15,%r15), %r8
   17a: 4883c102                       addq $0x2, %rcx
   17e: 6690                           nop
   180: 4d89dc                         movq %r11, %r12
   183: 4d85ff                         testq %r15, %r15
   186: 7e18                           jle 0x18
   188: 483b4538                       cmpq 0x38(%rbp), %rax
   18c: 7c1c                           jl 0x1c
   18e: e9e5000000                     jmp 0xe5
   193: 666666662e0f1f840000000000     nopw %cs:(%rax,%rax)
   1a0: 483b4538                       cmpq 0x38(%rbp), %rax
   1a4: 0f8ece000000                   jle 0xce
   1aa: 4c01f8                         addq %r15, %rax
   1ad: 48894530                       movq %rax, 0x30(%rbp)
   1b1: 41f6c101                       testb $0x1, %r9b
   1b5: 7503                           jne 0x3
   1b7: 49ff01                         incq (%r9)
   1ba: 4c89e7                         movq %r12, %rdi
   1bd: 48d1ff                         sarq %rdi
   1c0: 480faf7c2428                   imulq 0x28(%rsp), %rdi
   1c6: 410f90c3                       seto %r11b
   1ca: 4989fe                         movq %rdi, %r14
   1cd: 48bb00000000000000c0           movabsq $-0x4000000000000000, %rbx
   1d7: 4901de                         addq %rbx, %r14
   1da: 410f99c5                       setns %r13b
   1de: 4508dd                         orb %r11b, %r13b
   1e1: 0f85c4010000                   jne 0x1c4
   1e7: 4d89d3                         movq %r10, %r11
   1ea: 49d1fb                         sarq %r11
   1ed: 4901fb                         addq %rdi, %r11
   1f0: 4d89de                         movq %r11, %r14
   1f3: 4901de                         addq %rbx, %r14
   1f6: 0f89c7010000                   jns 0x1c7
   1fc: 4e8d145d01000000               leaq 0x1(,%r11,2), %r10
   204: 4c8b5c2408                     movq 0x8(%rsp), %r11
   209: 49894b08                       movq %rcx, 0x8(%r11)
   20d: 4839d1                         cmpq %rdx, %rcx
   210: 0f8dfc000000                   jge 0xfc
   216: 498d5c2401                     leaq 0x1(%r12), %rbx
   21b: 4f8d1c04                       leaq (%r12,%r8), %r11
   21f: 48ffc1                         incq %rcx
   222: 83fe04                         cmpl $0x4, %esi
   225: 0f8455ffffff                   je -0xab
   22b: 4c8d0c7d01000000               leaq 0x1(,%rdi,2), %r9
   233: 49ffc4                         incq %r12
   236: 31d2                           xorl %edx, %edx
   238: 4c89e3                         movq %r12, %rbx
   23b: b901000000                     movl $0x1, %ecx
   240: 4c8b742408                     movq 0x8(%rsp), %r14
   245: 4c8b642420                     movq 0x20(%rsp), %r12
   24a: 488b7c2418                     movq 0x18(%rsp), %rdi
   24f: 4c8b442410                     movq 0x10(%rsp), %r8
   254: 41bb30000000                   movl $0x30, %r11d
   25a: bd0a000000                     movl $0xa, %ebp
   25f: 41bf01000000                   movl $0x1, %r15d
   265: 498b742418                     movq 0x18(%r12), %rsi
   26a: 4d39c2                         cmpq %r8, %r10
   26d: 0f85ed000000                   jne 0xed
   273: e9eb000000                     jmp 0xeb
   278: 4c3b542410                     cmpq 0x10(%rsp), %r10
   27d: 4c8b642420                     movq 0x20(%rsp), %r12
   282: 7408                           je 0x8
   284: 498b442418                     movq 0x18(%r12), %rax
   289: 4c8910                         movq %r10, (%rax)
   28c: 483b5c2418                     cmpq 0x18(%rsp), %rbx
   291: 4c8b742408                     movq 0x8(%rsp), %r14
   296: 7409                           je 0x9
   298: 498b442418                     movq 0x18(%r12), %rax
   29d: 48895810                       movq %rbx, 0x10(%rax)
   2a1: 4d8b6c2418                     movq 0x18(%r12), %r13
   2a6: 4983c530                       addq $0x30, %r13
   2aa: 4883c430                       addq $0x30, %rsp
   2ae: 5d                             popq %rbp
   2af: e900000000                     jmp 0x0
        # hole +0x2b0: R_X86_64_PLT32 Rel32 exit_trace[2]-4
   2b4: bd0a000000                     movl $0xa, %ebp
   2b9: 4531d2                         xorl %r10d, %r10d
   2bc: 4889fb                         movq %rdi, %rbx
   2bf: 4531ed                         xorl %r13d, %r13d
   2c2: 498b742418                     movq 0x18(%r12), %rsi
   2c7: b901000000                     movl $0x1, %ecx
   2cc: 4839fb                         cmpq %rdi, %rbx
   2cf: 0f8599000000                   jne 0x99
   2d5: e998000000                     jmp 0x98
   2da: 4d89e9                         movq %r13, %r9
   2dd: bd78000000                     movl $0x78, %ebp
   2e2: 41bf0c000000                   movl $0xc, %r15d
   2e8: eb62                           jmp 0x62
   2ea: 4d89e9                         movq %r13, %r9
   2ed: eb4b                           jmp 0x4b
   2ef: bd0a000000                     movl $0xa, %ebp
   2f4: 4d89e9                         movq %r13, %r9
   2f7: 31d2                           xorl %edx, %edx
   2f9: b901000000                     movl $0x1, %ecx
   2fe: 4531ed                         xorl %r13d, %r13d
   301: 4c8b742408                     movq 0x8(%rsp), %r14
   306: 498b742418                     movq 0x18(%r12), %rsi
   30b: 4d39c2                         cmpq %r8, %r10
   30e: 7550                           jne 0x50
   310: eb51                           jmp 0x51
   312: 4c8d0c7d01000000               leaq 0x1(,%rdi,2), %r9
   31a: 49ffc4                         incq %r12
   31d: 4c89e3                         movq %r12, %rbx
   320: 4c8b742408                     movq 0x8(%rsp), %r14
   325: 4c8b642420                     movq 0x20(%rsp), %r12
   32a: 488b7c2418                     movq 0x18(%rsp), %rdi
   32f: 4c8b442410                     movq 0x10(%rsp), %r8
   334: 41bb30000000                   movl $0x30, %r11d
   33a: 49c70601000000                 movq $0x1, (%r14)
   341: bd82000000                     movl $0x82, %ebp
   346: 41bf0d000000                   movl $0xd, %r15d
   34c: 31d2                           xorl %edx, %edx
   34e: 4531ed                         xorl %r13d, %r13d
   351: b902000000                     movl $0x2, %ecx
   356: 498b742418                     movq 0x18(%r12), %rsi
   35b: 4d39c2                         cmpq %r8, %r10
   35e: 7403                           je 0x3
   360: 4c8916                         movq %r10, (%rsi)
   363: 4d89d0                         movq %r10, %r8
   366: 4189d2                         movl %edx, %r10d
   369: 4839fb                         cmpq %rdi, %rbx
   36c: 7404                           je 0x4
   36e: 48895e10                       movq %rbx, 0x10(%rsi)
   372: 4584d2                         testb %r10b, %r10b
   375: 7411                           je 0x11
   377: 4c894630                       movq %r8, 0x30(%rsi)
   37b: 4c894e38                       movq %r9, 0x38(%rsi)
   37f: 4584ed                         testb %r13b, %r13b
   382: 7404                           je 0x4
   384: 48895e40                       movq %rbx, 0x40(%rsi)
   388: 4c01de                         addq %r11, %rsi
   38b: 49b80000000000000000           movabsq $0x0, %r8
        # hole +0x38d: R_X86_64_64 Abs64 index+0
   395: 4d01f8                         addq %r15, %r8
   398: 4c89e7                         movq %r12, %rdi
   39b: 4c89f2                         movq %r14, %rdx
   39e: 4989e9                         movq %rbp, %r9
   3a1: 4883c430                       addq $0x30, %rsp
   3a5: 5d                             popq %rbp
   3a6: e900000000                     jmp 0x0
        # hole +0x3a7: R_X86_64_PLT32 Rel32 symbol:tf_sandbox_exit-4
   3ab: 49ffc4                         incq %r12
   3ae: 41bb48000000                   movl $0x48, %r11d
   3b4: b201                           movb $0x1, %dl
   3b6: bd50000000                     movl $0x50, %ebp
   3bb: 41bf08000000                   movl $0x8, %r15d
   3c1: eb1e                           jmp 0x1e
   3c3: 4c8d0c7d01000000               leaq 0x1(,%rdi,2), %r9
   3cb: 49ffc4                         incq %r12
   3ce: 41bb40000000                   movl $0x40, %r11d
   3d4: b201                           movb $0x1, %dl
   3d6: bd64000000                     movl $0x64, %ebp
   3db: 41bf0a000000                   movl $0xa, %r15d
   3e1: 4c89e3                         movq %r12, %rbx
   3e4: b901000000                     movl $0x1, %ecx
   3e9: 4c8b742408                     movq 0x8(%rsp), %r14
   3ee: 4c8b642420                     movq 0x20(%rsp), %r12
   3f3: 488b7c2418                     movq 0x18(%rsp), %rdi
   3f8: 4c8b442410                     movq 0x10(%rsp), %r8
   3fd: 498b742418                     movq 0x18(%r12), %rsi
   402: 4d39c2                         cmpq %r8, %r10
   405: 0f8555ffffff                   jne -0xab
   40b: e953ffffff                     jmp -0xad
   410: bd50000000                     movl $0x50, %ebp
   415: 41b501                         movb $0x1, %r13b
   418: e9a5feffff                     jmp -0x15b
   41d: 4d89e9                         movq %r13, %r9
   420: 4531ed                         xorl %r13d, %r13d
   423: bd5a000000                     movl $0x5a, %ebp
   428: 41bf09000000                   movl $0x9, %r15d
   42e: e98ffeffff                     jmp -0x171
   433: 4d89e9                         movq %r13, %r9
   436: bd64000000                     movl $0x64, %ebp
   43b: 41bf0a000000                   movl $0xa, %r15d
   441: e979feffff                     jmp -0x187
