//! The trace parser and validator (stack effects, fields, exits) on arbitrary text, over
//! the bundled sandbox library: errors, never a panic or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;
use tracefuse::definitions::UopLibrary;
use tracefuse::source::SourceText;
use tracefuse::traces::{Trace, TraceSet};

fn lib() -> &'static UopLibrary {
    static LIB: OnceLock<UopLibrary> = OnceLock::new();
    LIB.get_or_init(|| UopLibrary::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../uops/sandbox")).expect("bundled library"))
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let src = SourceText { path: "fuzz.yaml".into(), text };
    if let Ok(t) = Trace::from_source(&src, lib()) {
        let _ = TraceSet::link(vec![t]);
    }
});
