# stencil startup_attrs for x86_64-pc-windows-msvc: 2473 code bytes, 80 data bytes, 49 holes
     0: 4883ec38                       subq $0x38, %rsp
     4: 498b442418                     movq 0x18(%r12), %rax
     9: 488b08                         movq (%rax), %rcx
     c: f6c101                         testb $0x1, %cl
     f: 7503                           jne 0x3
    11: 48ff01                         incq (%rcx)
    14: 498d5508                       leaq 0x8(%r13), %rdx
    18: 49894d00                       movq %rcx, (%r13)
    1c: bf0a000000                     movl $0xa, %edi
    21: bb01000000                     movl $0x1, %ebx
    26: 41b901000000                   movl $0x1, %r9d
    2c: f6c101                         testb $0x1, %cl
    2f: 0f8536080000                   jne 0x836
    35: 83790807                       cmpl $0x7, 0x8(%rcx)
    39: 0f852c080000                   jne 0x82c
    3f: 488b0500000000                 movq (%rip), %rax
        # hole +0x42: IMAGE_REL_AMD64_REL32 Rel32 data-4
    46: 488b7130                       movq 0x30(%rcx), %rsi
    4a: 48394630                       cmpq %rax, 0x30(%rsi)
    4e: 0f8517080000                   jne 0x817
    54: 4883793803                     cmpq $0x3, 0x38(%rcx)
    59: 0f8240080000                   jb 0x840
    5f: 488b4150                       movq 0x50(%rcx), %rax
    63: a801                           testb $0x1, %al
    65: 7503                           jne 0x3
    67: 48ff00                         incq (%rax)
    6a: 49894500                       movq %rax, (%r13)
    6e: 48ff09                         decq (%rcx)
    71: 7511                           jne 0x11
    73: 4889d6                         movq %rdx, %rsi
    76: e800000000                     callq 0x0
        # hole +0x77: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    7b: 4889f2                         movq %rsi, %rdx
    7e: 41b901000000                   movl $0x1, %r9d
    84: 498b4500                       movq (%r13), %rax
    88: 498b742418                     movq 0x18(%r12), %rsi
    8d: 488b4e08                       movq 0x8(%rsi), %rcx
    91: 48894608                       movq %rax, 0x8(%rsi)
    95: f6c101                         testb $0x1, %cl
    98: 7516                           jne 0x16
    9a: 48ff09                         decq (%rcx)
    9d: 7511                           jne 0x11
    9f: 4889d6                         movq %rdx, %rsi
    a2: e800000000                     callq 0x0
        # hole +0xa3: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
    a7: 4889f2                         movq %rsi, %rdx
    aa: 41b901000000                   movl $0x1, %r9d
    b0: 498b442418                     movq 0x18(%r12), %rax
    b5: 488b4810                       movq 0x10(%rax), %rcx
    b9: f6c101                         testb $0x1, %cl
    bc: 0f859b070000                   jne 0x79b
    c2: 48ff01                         incq (%rcx)
    c5: 49894d00                       movq %rcx, (%r13)
    c9: bf32000000                     movl $0x32, %edi
    ce: bb05000000                     movl $0x5, %ebx
    d3: 83790807                       cmpl $0x7, 0x8(%rcx)
    d7: 0f858e070000                   jne 0x78e
    dd: 488b4130                       movq 0x30(%rcx), %rax
    e1: 488178302f900400               cmpq $0x4902f, 0x30(%rax)
    e9: 0f857c070000                   jne 0x77c
    ef: 4883793800                     cmpq $0x0, 0x38(%rcx)
    f4: 0f84b6070000                   je 0x7b6
    fa: 488b4140                       movq 0x40(%rcx), %rax
    fe: a801                           testb $0x1, %al
   100: 7503                           jne 0x3
   102: 48ff00                         incq (%rax)
   105: 49894500                       movq %rax, (%r13)
   109: 48ff09                         decq (%rcx)
   10c: 7511                           jne 0x11
   10e: 4889d6                         movq %rdx, %rsi
   111: e800000000                     callq 0x0
        # hole +0x112: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   116: 4889f2                         movq %rsi, %rdx
   119: 41b901000000                   movl $0x1, %r9d
   11f: 498b4500                       movq (%r13), %rax
   123: 498b742418                     movq 0x18(%r12), %rsi
   128: 488b4e18                       movq 0x18(%rsi), %rcx
   12c: 48894618                       movq %rax, 0x18(%rsi)
   130: f6c101                         testb $0x1, %cl
   133: 7516                           jne 0x16
   135: 48ff09                         decq (%rcx)
   138: 7511                           jne 0x11
   13a: 4889d6                         movq %rdx, %rsi
   13d: e800000000                     callq 0x0
        # hole +0x13e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   142: 4889f2                         movq %rsi, %rdx
   145: 41b901000000                   movl $0x1, %r9d
   14b: 498b442418                     movq 0x18(%r12), %rax
   150: 488b4820                       movq 0x20(%rax), %rcx
   154: f6c101                         testb $0x1, %cl
   157: 7503                           jne 0x3
   159: 48ff01                         incq (%rcx)
   15c: 49894d00                       movq %rcx, (%r13)
   160: bf6e000000                     movl $0x6e, %edi
   165: bb0b000000                     movl $0xb, %ebx
   16a: f6c101                         testb $0x1, %cl
   16d: 0f85f8060000                   jne 0x6f8
   173: 83790807                       cmpl $0x7, 0x8(%rcx)
   177: 0f85ee060000                   jne 0x6ee
   17d: 488b0500000000                 movq (%rip), %rax
        # hole +0x180: IMAGE_REL_AMD64_REL32 Rel32 data+4
   184: 488b7130                       movq 0x30(%rcx), %rsi
   188: 48394630                       cmpq %rax, 0x30(%rsi)
   18c: 0f85d9060000                   jne 0x6d9
   192: 4883793800                     cmpq $0x0, 0x38(%rcx)
   197: 0f8438070000                   je 0x738
   19d: 488b4140                       movq 0x40(%rcx), %rax
   1a1: a801                           testb $0x1, %al
   1a3: 7503                           jne 0x3
   1a5: 48ff00                         incq (%rax)
   1a8: 49894500                       movq %rax, (%r13)
   1ac: 48ff09                         decq (%rcx)
   1af: 7511                           jne 0x11
   1b1: 4889d6                         movq %rdx, %rsi
   1b4: e800000000                     callq 0x0
        # hole +0x1b5: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1b9: 4889f2                         movq %rsi, %rdx
   1bc: 41b901000000                   movl $0x1, %r9d
   1c2: 498b4500                       movq (%r13), %rax
   1c6: 498b742418                     movq 0x18(%r12), %rsi
   1cb: 488b4e28                       movq 0x28(%rsi), %rcx
   1cf: 48894628                       movq %rax, 0x28(%rsi)
   1d3: f6c101                         testb $0x1, %cl
   1d6: 7516                           jne 0x16
   1d8: 48ff09                         decq (%rcx)
   1db: 7511                           jne 0x11
   1dd: 4889d6                         movq %rdx, %rsi
   1e0: e800000000                     callq 0x0
        # hole +0x1e1: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   1e5: 4889f2                         movq %rsi, %rdx
   1e8: 41b901000000                   movl $0x1, %r9d
   1ee: 498b442418                     movq 0x18(%r12), %rax
   1f3: 488b4830                       movq 0x30(%rax), %rcx
   1f7: f6c101                         testb $0x1, %cl
   1fa: 7503                           jne 0x3
   1fc: 48ff01                         incq (%rcx)
   1ff: 49894d00                       movq %rcx, (%r13)
   203: bfaa000000                     movl $0xaa, %edi
   208: bb11000000                     movl $0x11, %ebx
   20d: f6c101                         testb $0x1, %cl
   210: 0f8555060000                   jne 0x655
   216: 83790807                       cmpl $0x7, 0x8(%rcx)
   21a: 0f854b060000                   jne 0x64b
   220: 488b0500000000                 movq (%rip), %rax
        # hole +0x223: IMAGE_REL_AMD64_REL32 Rel32 data+12
   227: 488b7130                       movq 0x30(%rcx), %rsi
   22b: 48394630                       cmpq %rax, 0x30(%rsi)
   22f: 0f8536060000                   jne 0x636
   235: 4883793803                     cmpq $0x3, 0x38(%rcx)
   23a: 0f82a1060000                   jb 0x6a1
   240: 488b4150                       movq 0x50(%rcx), %rax
   244: a801                           testb $0x1, %al
   246: 7503                           jne 0x3
   248: 48ff00                         incq (%rax)
   24b: 49894500                       movq %rax, (%r13)
   24f: 48ff09                         decq (%rcx)
   252: 7511                           jne 0x11
   254: 4889d6                         movq %rdx, %rsi
   257: e800000000                     callq 0x0
        # hole +0x258: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   25c: 4889f2                         movq %rsi, %rdx
   25f: 41b901000000                   movl $0x1, %r9d
   265: 498b4500                       movq (%r13), %rax
   269: 498b742418                     movq 0x18(%r12), %rsi
   26e: 488b4e38                       movq 0x38(%rsi), %rcx
   272: 48894638                       movq %rax, 0x38(%rsi)
   276: f6c101                         testb $0x1, %cl
   279: 7516                           jne 0x16
   27b: 48ff09                         decq (%rcx)
   27e: 7511                           jne 0x11
   280: 4889d6                         movq %rdx, %rsi
   283: e800000000                     callq 0x0
        # hole +0x284: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   288: 4889f2                         movq %rsi, %rdx
   28b: 41b901000000                   movl $0x1, %r9d
   291: 498b442418                     movq 0x18(%r12), %rax
   296: 488b4840                       movq 0x40(%rax), %rcx
   29a: f6c101                         testb $0x1, %cl
   29d: 7503                           jne 0x3
   29f: 48ff01                         incq (%rcx)
   2a2: 49894d00                       movq %rcx, (%r13)
   2a6: bfd2000000                     movl $0xd2, %edi
   2ab: bb15000000                     movl $0x15, %ebx
   2b0: f6c101                         testb $0x1, %cl
   2b3: 0f85b2050000                   jne 0x5b2
   2b9: 83790807                       cmpl $0x7, 0x8(%rcx)
   2bd: 0f85a8050000                   jne 0x5a8
   2c3: 488b0500000000                 movq (%rip), %rax
        # hole +0x2c6: IMAGE_REL_AMD64_REL32 Rel32 data+20
   2ca: 488b7130                       movq 0x30(%rcx), %rsi
   2ce: 48394630                       cmpq %rax, 0x30(%rsi)
   2d2: 0f8593050000                   jne 0x593
   2d8: 4883793800                     cmpq $0x0, 0x38(%rcx)
   2dd: 0f840d060000                   je 0x60d
   2e3: 488b4140                       movq 0x40(%rcx), %rax
   2e7: a801                           testb $0x1, %al
   2e9: 7503                           jne 0x3
   2eb: 48ff00                         incq (%rax)
   2ee: 49894500                       movq %rax, (%r13)
   2f2: 48ff09                         decq (%rcx)
   2f5: 7511                           jne 0x11
   2f7: 4889d6                         movq %rdx, %rsi
   2fa: e800000000                     callq 0x0
        # hole +0x2fb: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   2ff: 4889f2                         movq %rsi, %rdx
   302: 41b901000000                   movl $0x1, %r9d
   308: 498b4500                       movq (%r13), %rax
   30c: 498b742418                     movq 0x18(%r12), %rsi
   311: 488b4e48                       movq 0x48(%rsi), %rcx
   315: 48894648                       movq %rax, 0x48(%rsi)
   319: f6c101                         testb $0x1, %cl
   31c: 7516                           jne 0x16
   31e: 48ff09                         decq (%rcx)
   321: 7511                           jne 0x11
   323: 4889d6                         movq %rdx, %rsi
   326: e800000000                     callq 0x0
        # hole +0x327: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   32b: 4889f2                         movq %rsi, %rdx
   32e: 41b901000000                   movl $0x1, %r9d
   334: 498b442418                     movq 0x18(%r12), %rax
   339: 488b4850                       movq 0x50(%rax), %rcx
   33d: f6c101                         testb $0x1, %cl
   340: 0f8549050000                   jne 0x549
   346: 48ff01                         incq (%rcx)
   349: 49894d00                       movq %rcx, (%r13)
   34d: bf0e010000                     movl $0x10e, %edi
   352: bb1b000000                     movl $0x1b, %ebx
   357: 83790807                       cmpl $0x7, 0x8(%rcx)
   35b: 0f850a050000                   jne 0x50a
   361: 488b4130                       movq 0x30(%rcx), %rax
   365: 488178309af20c00               cmpq $0xcf29a, 0x30(%rax)
   36d: 0f85f8040000                   jne 0x4f8
   373: 4883793800                     cmpq $0x0, 0x38(%rcx)
   378: 0f8481050000                   je 0x581
   37e: 488b4140                       movq 0x40(%rcx), %rax
   382: a801                           testb $0x1, %al
   384: 7503                           jne 0x3
   386: 48ff00                         incq (%rax)
   389: 49894500                       movq %rax, (%r13)
   38d: 48ff09                         decq (%rcx)
   390: 7511                           jne 0x11
   392: 4889d6                         movq %rdx, %rsi
   395: e800000000                     callq 0x0
        # hole +0x396: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   39a: 4889f2                         movq %rsi, %rdx
   39d: 41b901000000                   movl $0x1, %r9d
   3a3: 498b4500                       movq (%r13), %rax
   3a7: 498b742418                     movq 0x18(%r12), %rsi
   3ac: 488b4e58                       movq 0x58(%rsi), %rcx
   3b0: 48894658                       movq %rax, 0x58(%rsi)
   3b4: f6c101                         testb $0x1, %cl
   3b7: 7516                           jne 0x16
   3b9: 48ff09                         decq (%rcx)
   3bc: 7511                           jne 0x11
   3be: 4889d6                         movq %rdx, %rsi
   3c1: e800000000                     callq 0x0
        # hole +0x3c2: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   3c6: 4889f2                         movq %rsi, %rdx
   3c9: 41b901000000                   movl $0x1, %r9d
   3cf: 498b442418                     movq 0x18(%r12), %rax
   3d4: 488b4860                       movq 0x60(%rax), %rcx
   3d8: f6c101                         testb $0x1, %cl
   3db: 7503                           jne 0x3
   3dd: 48ff01                         incq (%rcx)
   3e0: 49894d00                       movq %rcx, (%r13)
   3e4: bf4a010000                     movl $0x14a, %edi
   3e9: bb21000000                     movl $0x21, %ebx
   3ee: f6c101                         testb $0x1, %cl
   3f1: 0f8574040000                   jne 0x474
   3f7: 4889d6                         movq %rdx, %rsi
   3fa: 83790807                       cmpl $0x7, 0x8(%rcx)
   3fe: 0f85a7040000                   jne 0x4a7
   404: 488b0500000000                 movq (%rip), %rax
        # hole +0x407: IMAGE_REL_AMD64_REL32 Rel32 data+28
   40b: 488b5130                       movq 0x30(%rcx), %rdx
   40f: 48394230                       cmpq %rax, 0x30(%rdx)
   413: 0f8592040000                   jne 0x492
   419: 4883793800                     cmpq $0x0, 0x38(%rcx)
   41e: 0f84fa040000                   je 0x4fa
   424: 488b4140                       movq 0x40(%rcx), %rax
   428: a801                           testb $0x1, %al
   42a: 7503                           jne 0x3
   42c: 48ff00                         incq (%rax)
   42f: 49894500                       movq %rax, (%r13)
   433: 48ff09                         decq (%rcx)
   436: 7505                           jne 0x5
   438: e800000000                     callq 0x0
        # hole +0x439: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   43d: 498b4500                       movq (%r13), %rax
   441: 498b542418                     movq 0x18(%r12), %rdx
   446: 488b4a68                       movq 0x68(%rdx), %rcx
   44a: 48894268                       movq %rax, 0x68(%rdx)
   44e: f6c101                         testb $0x1, %cl
   451: 750a                           jne 0xa
   453: 48ff09                         decq (%rcx)
   456: 7505                           jne 0x5
   458: e800000000                     callq 0x0
        # hole +0x459: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   45d: 498b442418                     movq 0x18(%r12), %rax
   462: 488b4870                       movq 0x70(%rax), %rcx
   466: f6c101                         testb $0x1, %cl
   469: 0f854d040000                   jne 0x44d
   46f: 48ff01                         incq (%rcx)
   472: 49894d00                       movq %rcx, (%r13)
   476: bf72010000                     movl $0x172, %edi
   47b: bb25000000                     movl $0x25, %ebx
   480: 83790807                       cmpl $0x7, 0x8(%rcx)
   484: 0f8540040000                   jne 0x440
   48a: 488b4130                       movq 0x30(%rcx), %rax
   48e: 48817830d4990300               cmpq $0x399d4, 0x30(%rax)
   496: 0f852e040000                   jne 0x42e
   49c: 4883793802                     cmpq $0x2, 0x38(%rcx)
   4a1: 0f8289040000                   jb 0x489
   4a7: 488b4148                       movq 0x48(%rcx), %rax
   4ab: a801                           testb $0x1, %al
   4ad: 7503                           jne 0x3
   4af: 48ff00                         incq (%rax)
   4b2: 49894500                       movq %rax, (%r13)
   4b6: 48ff09                         decq (%rcx)
   4b9: 7505                           jne 0x5
   4bb: e800000000                     callq 0x0
        # hole +0x4bc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4c0: 498b4500                       movq (%r13), %rax
   4c4: 498b542418                     movq 0x18(%r12), %rdx
   4c9: 488b4a78                       movq 0x78(%rdx), %rcx
   4cd: 48894278                       movq %rax, 0x78(%rdx)
   4d1: f6c101                         testb $0x1, %cl
   4d4: 750a                           jne 0xa
   4d6: 48ff09                         decq (%rcx)
   4d9: 7505                           jne 0x5
   4db: e800000000                     callq 0x0
        # hole +0x4dc: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   4e0: 498b442418                     movq 0x18(%r12), %rax
   4e5: 488b8880000000                 movq 0x80(%rax), %rcx
   4ec: f6c101                         testb $0x1, %cl
   4ef: 7503                           jne 0x3
   4f1: 48ff01                         incq (%rcx)
   4f4: 49894d00                       movq %rcx, (%r13)
   4f8: bfae010000                     movl $0x1ae, %edi
   4fd: bb2b000000                     movl $0x2b, %ebx
   502: f6c101                         testb $0x1, %cl
   505: 0f85bf030000                   jne 0x3bf
   50b: 83790807                       cmpl $0x7, 0x8(%rcx)
   50f: 0f85b5030000                   jne 0x3b5
   515: 488b0500000000                 movq (%rip), %rax
        # hole +0x518: IMAGE_REL_AMD64_REL32 Rel32 data+36
   51c: 488b5130                       movq 0x30(%rcx), %rdx
   520: 48394230                       cmpq %rax, 0x30(%rdx)
   524: 0f85a0030000                   jne 0x3a0
   52a: 4883793800                     cmpq $0x0, 0x38(%rcx)
   52f: 0f841a040000                   je 0x41a
   535: 488b4140                       movq 0x40(%rcx), %rax
   539: a801                           testb $0x1, %al
   53b: 7503                           jne 0x3
   53d: 48ff00                         incq (%rax)
   540: 49894500                       movq %rax, (%r13)
   544: 48ff09                         decq (%rcx)
   547: 7505                           jne 0x5
   549: e800000000                     callq 0x0
        # hole +0x54a: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   54e: 498b4500                       movq (%r13), %rax
   552: 498b542418                     movq 0x18(%r12), %rdx
   557: 488b8a88000000                 movq 0x88(%rdx), %rcx
   55e: 48898288000000                 movq %rax, 0x88(%rdx)
   565: f6c101                         testb $0x1, %cl
   568: 750a                           jne 0xa
   56a: 48ff09                         decq (%rcx)
   56d: 7505                           jne 0x5
   56f: e800000000                     callq 0x0
        # hole +0x570: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   574: 498b442418                     movq 0x18(%r12), %rax
   579: 488b8890000000                 movq 0x90(%rax), %rcx
   580: f6c101                         testb $0x1, %cl
   583: 7503                           jne 0x3
   585: 48ff01                         incq (%rcx)
   588: 49894d00                       movq %rcx, (%r13)
   58c: bfea010000                     movl $0x1ea, %edi
   591: bb31000000                     movl $0x31, %ebx
   596: f6c101                         testb $0x1, %cl
   599: 0f852b030000                   jne 0x32b
   59f: 83790807                       cmpl $0x7, 0x8(%rcx)
   5a3: 0f8521030000                   jne 0x321
   5a9: 488b0500000000                 movq (%rip), %rax
        # hole +0x5ac: IMAGE_REL_AMD64_REL32 Rel32 data+44
   5b0: 488b5130                       movq 0x30(%rcx), %rdx
   5b4: 48394230                       cmpq %rax, 0x30(%rdx)
   5b8: 0f850c030000                   jne 0x30c
   5be: 4883793804                     cmpq $0x4, 0x38(%rcx)
   5c3: 0f8295030000                   jb 0x395
   5c9: 488b4158                       movq 0x58(%rcx), %rax
   5cd: a801                           testb $0x1, %al
   5cf: 7503                           jne 0x3
   5d1: 48ff00                         incq (%rax)
   5d4: 49894500                       movq %rax, (%r13)
   5d8: 48ff09                         decq (%rcx)
   5db: 7505                           jne 0x5
   5dd: e800000000                     callq 0x0
        # hole +0x5de: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   5e2: 498b4500                       movq (%r13), %rax
   5e6: 498b542418                     movq 0x18(%r12), %rdx
   5eb: 488b8a98000000                 movq 0x98(%rdx), %rcx
   5f2: 48898298000000                 movq %rax, 0x98(%rdx)
   5f9: f6c101                         testb $0x1, %cl
   5fc: 750a                           jne 0xa
   5fe: 48ff09                         decq (%rcx)
   601: 7505                           jne 0x5
   603: e800000000                     callq 0x0
        # hole +0x604: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   608: 498b442418                     movq 0x18(%r12), %rax
   60d: 488b88a0000000                 movq 0xa0(%rax), %rcx
   614: f6c101                         testb $0x1, %cl
   617: 7503                           jne 0x3
   619: 48ff01                         incq (%rcx)
   61c: 49894d00                       movq %rcx, (%r13)
   620: bf12020000                     movl $0x212, %edi
   625: bb35000000                     movl $0x35, %ebx
   62a: f6c101                         testb $0x1, %cl
   62d: 0f8597020000                   jne 0x297
   633: 83790807                       cmpl $0x7, 0x8(%rcx)
   637: 0f858d020000                   jne 0x28d
   63d: 488b0500000000                 movq (%rip), %rax
        # hole +0x640: IMAGE_REL_AMD64_REL32 Rel32 data+52
   644: 488b5130                       movq 0x30(%rcx), %rdx
   648: 48394230                       cmpq %rax, 0x30(%rdx)
   64c: 0f8578020000                   jne 0x278
   652: 4883793800                     cmpq $0x0, 0x38(%rcx)
   657: 0f8410030000                   je 0x310
   65d: 488b4140                       movq 0x40(%rcx), %rax
   661: a801                           testb $0x1, %al
   663: 7503                           jne 0x3
   665: 48ff00                         incq (%rax)
   668: 49894500                       movq %rax, (%r13)
   66c: 48ff09                         decq (%rcx)
   66f: 7505                           jne 0x5
   671: e800000000                     callq 0x0
        # hole +0x672: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   676: 498b4500                       movq (%r13), %rax
   67a: 498b542418                     movq 0x18(%r12), %rdx
   67f: 488b8aa8000000                 movq 0xa8(%rdx), %rcx
   686: 488982a8000000                 movq %rax, 0xa8(%rdx)
   68d: f6c101                         testb $0x1, %cl
   690: 750a                           jne 0xa
   692: 48ff09                         decq (%rcx)
   695: 7505                           jne 0x5
   697: e800000000                     callq 0x0
        # hole +0x698: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   69c: 498b442418                     movq 0x18(%r12), %rax
   6a1: 488b88b0000000                 movq 0xb0(%rax), %rcx
   6a8: f6c101                         testb $0x1, %cl
   6ab: 0f855d020000                   jne 0x25d
   6b1: 48ff01                         incq (%rcx)
   6b4: 49894d00                       movq %rcx, (%r13)
   6b8: bf4e020000                     movl $0x24e, %edi
   6bd: bb3b000000                     movl $0x3b, %ebx
   6c2: 83790807                       cmpl $0x7, 0x8(%rcx)
   6c6: 0f85fe010000                   jne 0x1fe
   6cc: 488b4130                       movq 0x30(%rcx), %rax
   6d0: 48817830bb5e0800               cmpq $0x85ebb, 0x30(%rax)
   6d8: 0f85ec010000                   jne 0x1ec
   6de: 4883793802                     cmpq $0x2, 0x38(%rcx)
   6e3: 0f8293020000                   jb 0x293
   6e9: 488b4148                       movq 0x48(%rcx), %rax
   6ed: a801                           testb $0x1, %al
   6ef: 7503                           jne 0x3
   6f1: 48ff00                         incq (%rax)
   6f4: 49894500                       movq %rax, (%r13)
   6f8: 48ff09                         decq (%rcx)
   6fb: 7505                           jne 0x5
   6fd: e800000000                     callq 0x0
        # hole +0x6fe: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   702: 498b4500                       movq (%r13), %rax
   706: 498b542418                     movq 0x18(%r12), %rdx
   70b: 488b8ab8000000                 movq 0xb8(%rdx), %rcx
   712: 488982b8000000                 movq %rax, 0xb8(%rdx)
   719: f6c101                         testb $0x1, %cl
   71c: 750a                           jne 0xa
   71e: 48ff09                         decq (%rcx)
   721: 7505                           jne 0x5
   723: e800000000                     callq 0x0
        # hole +0x724: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   728: 498b442418                     movq 0x18(%r12), %rax
   72d: 488b88c0000000                 movq 0xc0(%rax), %rcx
   734: f6c101                         testb $0x1, %cl
   737: 7503                           jne 0x3
   739: 48ff01                         incq (%rcx)
   73c: 49894d00                       movq %rcx, (%r13)
   740: bf8a020000                     movl $0x28a, %edi
   745: bb41000000                     movl $0x41, %ebx
   74a: f6c101                         testb $0x1, %cl
   74d: 0f8577010000                   jne 0x177
   753: 83790807                       cmpl $0x7, 0x8(%rcx)
   757: 0f856d010000                   jne 0x16d
   75d: 488b0500000000                 movq (%rip), %rax
        # hole +0x760: IMAGE_REL_AMD64_REL32 Rel32 data+60
   764: 488b5130                       movq 0x30(%rcx), %rdx
   768: 48394230                       cmpq %rax, 0x30(%rdx)
   76c: 0f8558010000                   jne 0x158
   772: 4883793800                     cmpq $0x0, 0x38(%rcx)
   777: 0f840e020000                   je 0x20e
   77d: 488b4140                       movq 0x40(%rcx), %rax
   781: a801                           testb $0x1, %al
   783: 7503                           jne 0x3
   785: 48ff00                         incq (%rax)
   788: 49894500                       movq %rax, (%r13)
   78c: 48ff09                         decq (%rcx)
   78f: 7505                           jne 0x5
   791: e800000000                     callq 0x0
        # hole +0x792: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   796: 498b4500                       movq (%r13), %rax
   79a: 498b542418                     movq 0x18(%r12), %rdx
   79f: 488b8ac8000000                 movq 0xc8(%rdx), %rcx
   7a6: 488982c8000000                 movq %rax, 0xc8(%rdx)
   7ad: f6c101                         testb $0x1, %cl
   7b0: 750a                           jne 0xa
   7b2: 48ff09                         decq (%rcx)
   7b5: 7505                           jne 0x5
   7b7: e800000000                     callq 0x0
        # hole +0x7b8: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   7bc: 498b442418                     movq 0x18(%r12), %rax
   7c1: 488b88d0000000                 movq 0xd0(%rax), %rcx
   7c8: f6c101                         testb $0x1, %cl
   7cb: 0f856b010000                   jne 0x16b
   7d1: 48ff01                         incq (%rcx)
   7d4: 49894d00                       movq %rcx, (%r13)
   7d8: bfb2020000                     movl $0x2b2, %edi
   7dd: bb45000000                     movl $0x45, %ebx
   7e2: 83790807                       cmpl $0x7, 0x8(%rcx)
   7e6: 0f85de000000                   jne 0xde
   7ec: 488b4130                       movq 0x30(%rcx), %rax
   7f0: 488178303aba0a00               cmpq $0xaba3a, 0x30(%rax)
   7f8: 0f85cc000000                   jne 0xcc
   7fe: 4883793802                     cmpq $0x2, 0x38(%rcx)
   803: 0f8291010000                   jb 0x191
   809: 488b4148                       movq 0x48(%rcx), %rax
   80d: a801                           testb $0x1, %al
   80f: 7503                           jne 0x3
   811: 48ff00                         incq (%rax)
   814: 49894500                       movq %rax, (%r13)
   818: 48ff09                         decq (%rcx)
   81b: 7505                           jne 0x5
   81d: e800000000                     callq 0x0
        # hole +0x81e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   822: 498b4500                       movq (%r13), %rax
   826: 498b542418                     movq 0x18(%r12), %rdx
   82b: 488b8ad8000000                 movq 0xd8(%rdx), %rcx
   832: 488982d8000000                 movq %rax, 0xd8(%rdx)
   839: bfe4020000                     movl $0x2e4, %edi
   83e: bb4a000000                     movl $0x4a, %ebx
   843: f6c101                         testb $0x1, %cl
   846: 750a                           jne 0xa
   848: 48ff09                         decq (%rcx)
   84b: 7505                           jne 0x5
   84d: e800000000                     callq 0x0
        # hole +0x84e: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_dealloc-4
   852: 4c89ea                         movq %r13, %rdx
   855: 41b902000000                   movl $0x2, %r9d
   85b: eb0e                           jmp 0xe
   85d: 49894d00                       movq %rcx, (%r13)
   861: bf32000000                     movl $0x32, %edi
   866: bb05000000                     movl $0x5, %ebx
   86b: 488b0500000000                 movq (%rip), %rax
        # hole +0x86e: IMAGE_REL_AMD64_REL32 Rel32 data+68
   872: 4801d8                         addq %rbx, %rax
   875: 48897c2428                     movq %rdi, 0x28(%rsp)
   87a: 4889442420                     movq %rax, 0x20(%rsp)
   87f: 4c89e1                         movq %r12, %rcx
   882: 4d89f0                         movq %r14, %r8
   885: e800000000                     callq 0x0
        # hole +0x886: IMAGE_REL_AMD64_REL32 Rel32 symbol:tf_sandbox_exit-4
   88a: 4883c438                       addq $0x38, %rsp
   88e: c3                             retq
   88f: 49894d00                       movq %rcx, (%r13)
   893: bf0e010000                     movl $0x10e, %edi
   898: bb1b000000                     movl $0x1b, %ebx
   89d: ebcc                           jmp -0x34
   89f: bf14000000                     movl $0x14, %edi
   8a4: bb02000000                     movl $0x2, %ebx
   8a9: ebc0                           jmp -0x40
   8ab: 4889f2                         movq %rsi, %rdx
   8ae: ebbb                           jmp -0x45
   8b0: bf3c000000                     movl $0x3c, %edi
   8b5: bb06000000                     movl $0x6, %ebx
   8ba: ebaf                           jmp -0x51
   8bc: 49894d00                       movq %rcx, (%r13)
   8c0: bf72010000                     movl $0x172, %edi
   8c5: bb25000000                     movl $0x25, %ebx
   8ca: 41b901000000                   movl $0x1, %r9d
   8d0: 4889f2                         movq %rsi, %rdx
   8d3: eb96                           jmp -0x6a
   8d5: bf78000000                     movl $0x78, %edi
   8da: bb0c000000                     movl $0xc, %ebx
   8df: eb8a                           jmp -0x76
   8e1: bfb4000000                     movl $0xb4, %edi
   8e6: bb12000000                     movl $0x12, %ebx
   8eb: e97bffffff                     jmp -0x85
   8f0: bfdc000000                     movl $0xdc, %edi
   8f5: bb16000000                     movl $0x16, %ebx
   8fa: e96cffffff                     jmp -0x94
   8ff: bf18010000                     movl $0x118, %edi
   904: bb1c000000                     movl $0x1c, %ebx
   909: e95dffffff                     jmp -0xa3
   90e: 49894d00                       movq %rcx, (%r13)
   912: bf4e020000                     movl $0x24e, %edi
   917: bb3b000000                     movl $0x3b, %ebx
   91c: ebac                           jmp -0x54
   91e: bf54010000                     movl $0x154, %edi
   923: bb22000000                     movl $0x22, %ebx
   928: 4889f2                         movq %rsi, %rdx
   92b: e93bffffff                     jmp -0xc5
   930: bf7c010000                     movl $0x17c, %edi
   935: bb26000000                     movl $0x26, %ebx
   93a: eb8e                           jmp -0x72
   93c: 49894d00                       movq %rcx, (%r13)
   940: bfb2020000                     movl $0x2b2, %edi
   945: bb45000000                     movl $0x45, %ebx
   94a: e97bffffff                     jmp -0x85
   94f: bfb8010000                     movl $0x1b8, %edi
   954: bb2c000000                     movl $0x2c, %ebx
   959: e96cffffff                     jmp -0x94
   95e: bff4010000                     movl $0x1f4, %edi
   963: bb32000000                     movl $0x32, %ebx
   968: e95dffffff                     jmp -0xa3
   96d: bf1c020000                     movl $0x21c, %edi
   972: bb36000000                     movl $0x36, %ebx
   977: e94effffff                     jmp -0xb2
   97c: bf58020000                     movl $0x258, %edi
   981: bb3c000000                     movl $0x3c, %ebx
   986: e93fffffff                     jmp -0xc1
   98b: bf94020000                     movl $0x294, %edi
   990: bb42000000                     movl $0x42, %ebx
   995: e930ffffff                     jmp -0xd0
   99a: bfbc020000                     movl $0x2bc, %edi
   99f: bb46000000                     movl $0x46, %ebx
   9a4: e921ffffff                     jmp -0xdf
# data
     0: 00000000000000000000000000000000
    10: 00000000000000000000000000000000
    20: 00000000000000000000000000000000
    30: 00000000000000000000000000000000
    40: 00000000000000000000000000000000
        # hole data+0x0: GOT Abs64 operand0[1]+0
        # hole data+0x8: GOT Abs64 operand0[11]+0
        # hole data+0x10: GOT Abs64 operand0[17]+0
        # hole data+0x18: GOT Abs64 operand0[21]+0
        # hole data+0x20: GOT Abs64 operand0[33]+0
        # hole data+0x28: GOT Abs64 operand0[43]+0
        # hole data+0x30: GOT Abs64 operand0[49]+0
        # hole data+0x38: GOT Abs64 operand0[53]+0
        # hole data+0x40: GOT Abs64 operand0[65]+0
        # hole data+0x48: GOT Abs64 index+0
