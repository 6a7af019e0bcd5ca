# stencil _JUMP_TO_TOP@exit_to for x86_64-pc-windows-msvc: 44 code bytes, 0 data bytes, 3 holes
     0: 498b4608                       movq 0x8(%r14), %rax
     4: 48ffc0                         incq %rax
     7: 49894608                       movq %rax, 0x8(%r14)
     b: 493b4610                       cmpq 0x10(%r14), %rax
     f: 7d0f                           jge 0xf
    11: 49833e00                       cmpq $0x0, (%r14)
    15: 0f8400000000                   je 0x0
        # hole +0x17: IMAGE_REL_AMD64_REL32 Rel32 jump_target-4
    1b: e900000000                     jmp 0x0
        # hole +0x1c: IMAGE_REL_AMD64_REL32 Rel32 exit_trace-4
    20: 49c70601000000                 movq $0x1, (%r14)
    27: e900000000                     jmp 0x0
        # hole +0x28: IMAGE_REL_AMD64_REL32 Rel32 exit_trace-4
