//! Bodies reach the stencil builder already simplified (`BODY_SIMPLIFY`, run once per body
//! before the cache), so no stencil pays for promoting a body's locals again: clang's
//! unoptimized bitcode keeps every local and parameter in an `alloca`, the simplified
//! bitcode has none in any body of the bundled library, on every target's triple.

use crate::common;

use inkwell::context::Context;
use inkwell::memory_buffer::MemoryBuffer;
use inkwell::module::Module;
use tracefuse::bodies::BodyCompiler;
use tracefuse::definitions::UopLibrary;

fn allocas(bitcode: &[u8], name: &str) -> usize {
    let ctx = Context::create();
    let buf = MemoryBuffer::create_from_memory_range_copy(bitcode, name);
    let module = Module::parse_bitcode_from_buffer(&buf, &ctx).unwrap();
    module.print_to_string().to_string().lines().filter(|l| l.contains(" = alloca ")).count()
}

#[test]
fn bodies_come_out_of_the_cache_with_their_locals_promoted() {
    let cache = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("simplified-bodies");
    let lib = UopLibrary::load(&common::example_library()).unwrap();
    let compiler = BodyCompiler::new(&cache).unwrap();
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-apple-darwin", "x86_64-pc-windows-msvc"] {
        let bc = compiler.compile_library(&lib, triple).unwrap();
        for (uop, body) in lib.uops.iter().zip(&bc.bodies) {
            assert_eq!(allocas(body, &uop.name), 0, "{triple}: the body of {} keeps allocas", uop.name);
        }
    }
}
