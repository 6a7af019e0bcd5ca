//! Stencil extraction (object reading and the relocation tables) on arbitrary bytes, for
//! every target description: the first byte picks the target (by its position among the
//! sorted triples, as `cargo xtask fuzz` seeds the corpus), so ELF, Mach-O and COFF
//! objects each meet their own format's table. Errors, never a panic, a hang or
//! unbounded memory.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tracefuse::extract::extract;
use tracefuse::target::{all_triples, Target};

fn targets() -> &'static [Target] {
    static T: OnceLock<Vec<Target>> = OnceLock::new();
    T.get_or_init(|| {
        let triples = all_triples().expect("bundled target descriptions");
        triples.iter().map(|t| Target::by_triple(t).expect("bundled target")).collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, object)) = data.split_first() else { return };
    let targets = targets();
    let _ = extract("fuzz", object, &targets[pick as usize % targets.len()]);
});
