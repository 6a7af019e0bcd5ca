//! Stage 6 — code generation: an optimized stencil module to an object file in memory,
//! for the target machine made from a `targets/` description.

use crate::error::{Error, Result};
use inkwell::module::Module;
use inkwell::targets::{FileType, TargetMachine};

/// An object file's bytes, in the target's format (ELF, Mach-O or COFF).
#[derive(Debug, Clone)]
pub struct ObjectCode {
    pub name: String,
    pub bytes: Vec<u8>,
}

pub fn emit_object(module: &Module, machine: &TargetMachine, name: &str) -> Result<ObjectCode> {
    let buf = machine.write_to_memory_buffer(module, FileType::Object).map_err(|e| {
        Error::new(format!("code generation for {name} failed: {}", e.to_string().trim_end()))
    })?;
    Ok(ObjectCode { name: name.to_string(), bytes: buf.as_slice().to_vec() })
}
