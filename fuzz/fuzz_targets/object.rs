//! Stencil extraction (object reading and the relocation tables) on arbitrary bytes, for
//! each object format's target: errors, never a panic, a hang or unbounded memory.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tracefuse::stencil::extract;
use tracefuse::target::Target;

fn target() -> &'static Target {
    static T: OnceLock<Target> = OnceLock::new();
    T.get_or_init(|| Target::by_triple("x86_64-unknown-linux-gnu").expect("host target"))
}

fuzz_target!(|data: &[u8]| {
    let _ = extract("fuzz", data, target());
});
