//! LLVM's disassembler (through llvm-sys), for listings: one line per instruction.

use crate::error::{Error, Result};
use llvm_sys::disassembler::{
    LLVMCreateDisasmCPU, LLVMDisasmDispose, LLVMDisasmInstruction, LLVMSetDisasmOptions,
};
use std::ffi::{CStr, CString};

/// One decoded instruction.
pub struct Line {
    pub offset: u64,
    pub len: usize,
    pub text: String,
}

/// Disassembles `code` for `triple` (invalid bytes become `.byte` lines).
pub fn disassemble(triple: &str, cpu: &str, code: &[u8]) -> Result<Vec<Line>> {
    inkwell::targets::Target::initialize_all(&inkwell::targets::InitializationConfig::default());
    let t = CString::new(triple).map_err(|_| Error::new("triple has a NUL"))?;
    let c = CString::new(cpu).map_err(|_| Error::new("cpu has a NUL"))?;
    // SAFETY: the context is created, used with in-bounds buffers, and disposed here.
    unsafe {
        let dc = LLVMCreateDisasmCPU(t.as_ptr(), c.as_ptr(), std::ptr::null_mut(), 0, None, None);
        if dc.is_null() {
            return Err(Error::new(format!("LLVM has no disassembler for {triple}")));
        }
        // LLVMDisassembler_Option_PrintImmHex.
        LLVMSetDisasmOptions(dc, 2);
        let mut out = Vec::new();
        let mut off = 0usize;
        let mut buf = [0 as std::ffi::c_char; 256];
        while off < code.len() {
            let n = LLVMDisasmInstruction(
                dc,
                code.as_ptr().add(off) as *mut u8,
                (code.len() - off) as u64,
                off as u64,
                buf.as_mut_ptr(),
                buf.len(),
            );
            let (len, text) = if n == 0 {
                (1, format!(".byte {:#04x}", code[off]))
            } else {
                (n, CStr::from_ptr(buf.as_ptr()).to_string_lossy().trim().replace('\t', " "))
            };
            out.push(Line { offset: off as u64, len, text });
            off += len;
        }
        LLVMDisasmDispose(dc);
        Ok(out)
    }
}
