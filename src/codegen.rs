//! Stage 6 — code generation: an optimized stencil module to an object file in memory,
//! for the target machine made from a `targets/` description.
//!
//! LLVM reports what goes wrong while it emits code (inline asm its assembler rejects,
//! among others) through the context's diagnostic handler; with none installed, LLVM 19
//! drops such asm and still writes the object. So emission runs with a handler that
//! collects error diagnostics, and any error fails the stencil.

use crate::error::{Error, Result};
use inkwell::module::Module;
use inkwell::targets::{FileType, TargetMachine};
use llvm_sys::core::{
    LLVMContextGetDiagnosticContext, LLVMContextGetDiagnosticHandler, LLVMContextSetDiagnosticHandler,
    LLVMDisposeMessage, LLVMGetDiagInfoDescription, LLVMGetDiagInfoSeverity,
};
use llvm_sys::prelude::LLVMDiagnosticInfoRef;
use llvm_sys::LLVMDiagnosticSeverity;
use std::ffi::{c_void, CStr};

/// An object file's bytes, in the target's format (ELF, Mach-O or COFF).
#[derive(Debug, Clone)]
pub struct ObjectCode {
    pub name: String,
    pub bytes: Vec<u8>,
}

pub fn emit_object(module: &Module, machine: &TargetMachine, name: &str) -> Result<ObjectCode> {
    let mut errors: Vec<String> = Vec::new();
    let ctx = module.get_context().raw();
    // SAFETY: the handler and its context pointer (`errors`) are installed for the
    // duration of the emission only and the previous ones put back before `errors` goes;
    // LLVM calls the handler on this thread, inside write_to_memory_buffer.
    let buf = unsafe {
        let (old_handler, old_ctx) =
            (LLVMContextGetDiagnosticHandler(ctx), LLVMContextGetDiagnosticContext(ctx));
        LLVMContextSetDiagnosticHandler(
            ctx,
            Some(collect_errors),
            &mut errors as *mut Vec<String> as *mut c_void,
        );
        let buf = machine.write_to_memory_buffer(module, FileType::Object);
        LLVMContextSetDiagnosticHandler(ctx, old_handler, old_ctx);
        buf
    };
    let buf = buf.map_err(|e| {
        Error::new(format!("code generation for {name} failed: {}", e.to_string().trim_end()))
    })?;
    if !errors.is_empty() {
        return Err(Error::new(format!(
            "code generation for {name} failed: LLVM reported {}:\n  {}",
            if errors.len() == 1 { "an error" } else { "errors" },
            errors.join("\n  ")
        ))
        .help(
            "an inline asm statement the target's assembler rejects is the usual cause: fix the asm in \
             the body of the uop named (for a fused trace, the uop whose per-uop stencil fails too)",
        ));
    }
    Ok(ObjectCode { name: name.to_string(), bytes: buf.as_slice().to_vec() })
}

/// The diagnostic handler emission runs with: keeps each error's description.
extern "C" fn collect_errors(info: LLVMDiagnosticInfoRef, errors: *mut c_void) {
    // SAFETY: LLVM passes a live diagnostic and the context pointer installed with this
    // handler, a `Vec<String>` that outlives the emission.
    unsafe {
        if LLVMGetDiagInfoSeverity(info) != LLVMDiagnosticSeverity::LLVMDSError || errors.is_null() {
            return;
        }
        let text = LLVMGetDiagInfoDescription(info);
        if text.is_null() {
            return;
        }
        let mut message = CStr::from_ptr(text).to_string_lossy().trim().to_string();
        LLVMDisposeMessage(text);
        if message.is_empty() {
            // What LLVM 19 gives for inline asm its assembler rejects.
            message = "an error LLVM gave no description for (its assembler rejecting inline asm reports \
                       this way)"
                .to_string();
        }
        (*(errors as *mut Vec<String>)).push(message);
    }
}
